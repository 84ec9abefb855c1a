"""Build the test108 gold files (data/eval/test108/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test108/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test108.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test108"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Nome Nugget (Russia suspends visa-free visits for Bering Strait Native families), straight quotes,
#    byline, "Nugget Staff Writer", AP-style "Nov. 27", multi-paragraph quote.
ARTICLES[f"{BATCH}/bering-strait-visa-free-visits-suspended.gold.json"] = {
    "article": f"{BATCH}/bering-strait-visa-free-visits-suspended.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian Foreign Ministry", "a forced response to the unfriendly actions of the United States", None),
        (P, "Russian Foreign Ministry", "until conditions for normal consular cooperation are restored.", None),
        (I, "Kawerak", "About 60 people crossed under the program in 2019, the last full year before the pandemic",
            None),
        (P, "Kawerak", "deeply saddened", None),
        (D, "Irene Kulukhon", "For our elders, this is not about politics,", None),
        (D, "Irene Kulukhon", "It is about seeing a sister before she dies.", None),
        (D, "Irene Kulukhon", "We are asking both governments to find a way to keep this one door open, even if "
            "everything else between them is closed.", None),
        (P, "Valentina Ettyne", "just as disappointed", None),
        (I, "Valentina Ettyne", "the decision was Moscow's to make", None),
        (D, "Valentina Ettyne", "Our doors are not closed forever. The friendship between the peoples of the Bering "
            "Strait is older than any border,", None),
        (I, "Vernon Slwooko", "he had planned to travel with his grandson in July on one of the charter flights the "
            "tribes organize each summer", None),
        (D, "Vernon Slwooko", "They say it is because of America. America says it is because of Russia. We are just old "
            "people who want to visit,", None),
        (P, "State Department spokesperson", "regrets", None),
        (I, "State Department spokesperson", "the U.S. side had made no changes to the program", None),
        (S, None, "Friendship Flight,", None),
        (I, "Katya Morozova", "the visa-free program had survived the collapse of the Soviet Union, two wars and a "
            "pandemic", None),
        (D, "Katya Morozova", "Moscow is using these families as a bargaining chip. Shutting the program down costs the "
            "Kremlin nothing, and it sends a message to Washington,", None),
    ],
    "actors": [
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Kawerak", "organisation", title="regional nonprofit tribal consortium", aliases=["Kawerak"], stance=-1),
        actor("Irene Kulukhon", "person", title="President", affiliation="Kawerak",
              aliases=["Irene Kulukhon", "Kulukhon"], stance=0),
        actor("Valentina Ettyne", "person", title="deputy governor for Indigenous affairs", affiliation="Chukotka",
              aliases=["Valentina Ettyne", "Ettyne"], stance=0),
        actor("Vernon Slwooko", "person", title="Gambell elder", aliases=["Vernon Slwooko", "Slwooko"], stance=0),
        actor("State Department spokesperson", "person", title="spokesperson", affiliation="U.S. State Department",
              aliases=["State Department spokesperson"], stance=-1),
        actor("Katya Morozova", "person", title="historian", affiliation="University of Alaska Fairbanks",
              aliases=["Katya Morozova", "Morozova"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. BoxingScene (a champion withdraws from a title defence with a cracked rib), Title Case headline,
#    "By ... - Updated on 12/05/2026", straight quotes, punctuation inside closing marks, nickname scare.
ARTICLES[f"{BATCH}/oyelaran-withdraws-salcido-rib-injury.gold.json"] = {
    "article": f"{BATCH}/oyelaran-withdraws-salcido-rib-injury.txt",
    "target": "Callum Oyelaran",
    "quotes": [
        (I, "Dennis Harcombe", "Oyelaran (19-0, 14 KOs) has withdrawn from his December 19 fight against Rigoberto "
            "Salcido at OVO Arena Wembley after suffering a rib injury in sparring", None),
        (I, "Dennis Harcombe", "scans had shown a cracked rib on the left side and that doctors had ruled out any "
            "sparring for at least five weeks", None),
        (D, "Dennis Harcombe", "It's gutting for everyone. Callum was in the best shape of his life, the tickets were "
            "flying, and then one shot in sparring changes everything,", None),
        (P, "Callum Oyelaran", "stronger than ever", None),
        (D, "Callum Oyelaran", "I'm not the type to pull out of anything. Anyone who knows me knows that,", None),
        (I, "Tunde Oyelaran", "the injury happened on Tuesday during a session with a heavyweight sparring partner at "
            "the family's gym in Bermondsey", None),
        (D, "Tunde Oyelaran", "We don't duck anybody. Salcido can say what he likes. We'll fight him when Callum is "
            "healthy, and the result will be the same,", None),
        (D, "Arturo Benavides", "Funny how the injury shows up right after everyone saw how strong Rigo looked at the "
            "open workout,", None),
        (D, "Arturo Benavides", "We've been in London for three weeks. We spent our own money on this camp.", None),
        (P, "Arturo Benavides", "looking for an exit", None),
        (I, "Arturo Benavides", "Salcido would ask the British Boxing Board of Control to order the fight to take place "
            "by the end of March", None),
        (S, None, "El Toro,", None),
        (D, "Rigoberto Salcido", "I came here to fight. I am still here. If he is hurt, I wish him a fast recovery. If "
            "he is not hurt, everybody will know,", None),
        (I, "British Boxing Board of Control", "it had received medical documentation from Oyelaran's team", None),
        (P, "British Boxing Board of Control", "at the earliest safe opportunity.", None),
        (I, "A source close to the promotion", "talks had already started about moving the fight to a February date at "
            "the AO Arena in Manchester, with the undercard largely intact", None),
    ],
    "actors": [
        actor("Dennis Harcombe", "person", title="promoter", affiliation="Lionheart Promotions",
              aliases=["Dennis Harcombe", "Harcombe"], stance=1),
        actor("Callum Oyelaran", "person", title="British super middleweight champion",
              aliases=["Callum Oyelaran", "Oyelaran", "Callum"], stance=1),
        actor("Tunde Oyelaran", "person", title="father and trainer", aliases=["Tunde Oyelaran"], stance=1),
        actor("Arturo Benavides", "person", title="Salcido's manager", aliases=["Arturo Benavides", "Benavides"],
              stance=-1),
        actor("Rigoberto Salcido", "person", title="boxer", aliases=["Rigoberto Salcido", "Salcido", "Rigo"],
              stance=-1),
        actor("British Boxing Board of Control", "organisation", title="governing body",
              aliases=["British Boxing Board of Control"], stance=0),
        actor("A source close to the promotion", "person", title="anonymous source",
              aliases=["A source close to the promotion"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Breaking Travel News (a UK tour operator collapses), curly quotes and apostrophes, "Published:" and
#    "Written by" lines, en dash in "ABTA – The Travel Association".
ARTICLES[f"{BATCH}/solvista-holidays-administration-atol.gold.json"] = {
    "article": f"{BATCH}/solvista-holidays-administration-atol.txt",
    "target": "Solvista Holidays",
    "quotes": [
        (I, "Civil Aviation Authority", "UK tour operator Solvista Holidays has ceased trading, with around 9,400 "
            "customers currently abroad and a further 61,000 future bookings cancelled", None),
        (I, "Kendrick Marsh Restructuring", "The Bristol-based specialist in Greek island and Canary Islands packages "
            "appointed administrators late on Tuesday night after last-ditch talks with a potential investor broke "
            "down", None),
        (I, "Civil Aviation Authority", "all customers currently abroad were protected under the ATOL scheme and would be "
            "able to complete their holidays as planned", None),
        (D, "Gareth Penhallow", "Nobody who is on holiday with Solvista today needs to cut their trip short,", None),
        (D, "Gareth Penhallow", "Hotels have been told that the ATOL scheme will cover their bills, and return flights "
            "are operating as normal.", None),
        (P, "Simone Achterberg", "a perfect storm", None),
        (D, "Simone Achterberg", "The management team fought hard to save this business, and I want to acknowledge "
            "that,", None),
        (P, "Tom\u00e1s Echeverr\u00eda", "heartbroken", None),
        (I, "Tom\u00e1s Echeverr\u00eda", "every option to rescue the business had been explored", None),
        (D, "Tom\u00e1s Echeverr\u00eda", "We built Solvista on the idea that a family holiday should feel personal. I "
            "am sorry that, in the end, we could not find a way through,", None),
        (S, None, "kids go free", None),
        (I, "ABTA \u2013 The Travel Association", "it was working with the CAA and with hotel partners in Greece and "
            "Spain to support affected customers", None),
        (I, "Denise Farrow", "she had found out about the collapse from a news alert on her phone", None),
        (D, "Denise Farrow", "Not an email, not a text. We had to read about it on the BBC,", None),
        (P, "Duncan Rourke", "squeezed from both sides", None),
        (I, "Duncan Rourke", "the collapse reflected pressures across the sector rather than failings at the company, "
            "and that further failures among smaller operators were likely before the summer", None),
    ],
    "actors": [
        actor("Civil Aviation Authority", "government", title="regulator", affiliation="UK",
              aliases=["Civil Aviation Authority", "CAA"], stance=None),
        actor("Kendrick Marsh Restructuring", "organisation", title="administrators",
              aliases=["Kendrick Marsh Restructuring", "Kendrick Marsh"], stance=None),
        actor("Gareth Penhallow", "person", title="consumer director", affiliation="Civil Aviation Authority",
              aliases=["Gareth Penhallow", "Penhallow"], stance=None),
        actor("Simone Achterberg", "person", title="joint administrator", affiliation="Kendrick Marsh Restructuring",
              aliases=["Simone Achterberg", "Achterberg"], stance=1),
        actor("Tom\u00e1s Echeverr\u00eda", "person", title="founder and chief executive", affiliation="Solvista Holidays",
              aliases=["Tom\u00e1s Echeverr\u00eda", "Echeverr\u00eda"], stance=1),
        actor("ABTA \u2013 The Travel Association", "organisation", title="trade association",
              aliases=["ABTA \u2013 The Travel Association", "ABTA"], stance=None),
        actor("Denise Farrow", "person", title="customer", aliases=["Denise Farrow", "Farrow"], stance=-1),
        actor("Duncan Rourke", "person", title="travel industry analyst", affiliation="Holloway Travel Insights",
              aliases=["Duncan Rourke", "Rourke"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Toowoomba Chronicle (council hands the Carnival of Flowers to a private operator), straight quotes,
#    standfirst, byline block with "December 4, 2026 - 5:30PM", "Cr", "Mr", quote-only continuation paragraphs.
ARTICLES[f"{BATCH}/carnival-of-flowers-private-operator-vote.gold.json"] = {
    "article": f"{BATCH}/carnival-of-flowers-private-operator-vote.txt",
    "target": "Toowoomba Regional Council",
    "quotes": [
        (I, "Tourism and Events Queensland", "The carnival attracted more than 250,000 visitors in 2025 and injected "
            "about $60 million into the regional economy", None),
        (I, "Rebecca Hartigan", "the decision would secure the carnival's future rather than threaten it", None),
        (D, "Rebecca Hartigan", "Nobody around this table wants to see the carnival shrink,", None),
        (D, "Rebecca Hartigan", "But ratepayers are carrying a bill that has doubled in six years, and a specialist "
            "operator can grow this event in ways we simply can't.", None),
        (I, "Tania Brodie", "Halcyon had committed to keeping the Food and Wine Festival and the Grand Central Floral "
            "Parade in their current form", None),
        (I, "council spokeswoman", "the new arrangement would save about $900,000 a year, and that the gardens in Queens "
            "Park and Laurel Bank Park would still be planted and maintained by council staff", None),
        (P, "Nathan K\u00fchl", "a sad day for the Garden City", None),
        (D, "Nathan K\u00fchl", "We are handing the crown jewel of this region to a company that has never run a single "
            "event west of the Range,", None),
        (D, "Nathan K\u00fchl", "I hope I'm wrong. I don't think I am.", None),
        (I, "Lachlan Pyke", "members were divided, with accommodation providers generally supportive and smaller "
            "retailers worried about losing stalls in the CBD", None),
        (D, "Lachlan Pyke", "If Halcyon brings in more visitors, everyone wins. If it turns the carnival into a ticketed "
            "show, we lose what makes it ours,", None),
        (I, "Joan Sorensen", "she and other volunteers had not been told whether there would still be a role for them",
            None),
        (D, "Joan Sorensen", "We've planted bulbs in the rain and the frost for this city. Some of us have given half "
            "our lives to it,", None),
        (D, "Joan Sorensen", "It would have been nice if someone from council had picked up the phone before they "
            "voted.", None),
    ],
    "actors": [
        actor("Tourism and Events Queensland", "government", title="state tourism body",
              aliases=["Tourism and Events Queensland"], stance=None),
        actor("Rebecca Hartigan", "person", title="Mayor", affiliation="Toowoomba Regional Council",
              aliases=["Rebecca Hartigan", "Hartigan"], stance=1),
        actor("Tania Brodie", "person", title="events and tourism portfolio chair",
              affiliation="Toowoomba Regional Council", aliases=["Tania Brodie", "Brodie"], stance=1),
        actor("council spokeswoman", "person", title="spokeswoman", affiliation="Toowoomba Regional Council",
              aliases=["council spokeswoman"], stance=1),
        actor("Nathan K\u00fchl", "person", title="councillor", affiliation="Toowoomba Regional Council",
              aliases=["Nathan K\u00fchl", "K\u00fchl"], stance=-1),
        actor("Lachlan Pyke", "person", title="president", affiliation="Toowoomba Chamber of Commerce",
              aliases=["Lachlan Pyke", "Pyke"], stance=0),
        actor("Joan Sorensen", "person", title="carnival volunteer", aliases=["Joan Sorensen", "Sorensen"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
