"""Build the test145 gold files (data/eval/test145/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test145/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test145.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test145"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Point (The Gambia) sport (the football federation sacks the national team coach), headline without
#    speech, byline, straight " and apostrophes, British punctuation outside closing marks; lede content before
#    "the federation said in a statement yesterday"; "the GFF said the decision was taken "..." after ...,
#    and thanked Touray for "..."" (two partials: a fragment in a clause and one inside an act); "Touray
#    disputed the federation's account." (act), then a quote with "he said" and a quote-only paragraph; "He
#    said A and that B" (one span); secretary general "denied that A", quote with "Jallow told reporters ...",
#    "Jallow said A"; former captain "said the federation had "..." with local coaches" (partial only), quote
#    with "Jobe said"; "Supporters who spoke to The Point were divided." (no speech); supporter named after
#    her quote; "Another supporter, Ousman Bah, ..., said Touray had been "..." for ..." (partial only);
#    ministry "said A but expected the next coach to be appointed through "..."" (indirect plus partial);
#    scare so-called "Vision 2030" roadmap.
ARTICLES[f"{BATCH}/gff-scorpions-coach-touray-sacked.gold.json"] = {
    "article": f"{BATCH}/gff-scorpions-coach-touray-sacked.txt",
    "target": "Alieu Touray",
    "quotes": [
        (I, "Gambia Football Federation", "The Gambia Football Federation (GFF) has terminated the contract of "
            "Scorpions head coach Alieu Touray following the team's failure to qualify for the 2027 Africa Cup of "
            "Nations", None),
        (P, "Gambia Football Federation", "by mutual agreement", None),
        (P, "Gambia Football Federation", "his commitment and professionalism", None),
        (D, "Alieu Touray", "There was no mutual agreement. I was called to a meeting and told it was finished. That "
            "is the truth,", None),
        (D, "Alieu Touray", "I am proud of what we built. Half of this team is under 23, and in two years the country "
            "will see.", None),
        (I, "Alieu Touray", "he had not been paid his salary for September and October and that his lawyers would "
            "write to the federation this week", None),
        (I, "Ebrima Jallow", "any salary was outstanding", None),
        (D, "Ebrima Jallow", "All the coach's entitlements have been paid up to date, and he knows it,", None),
        (I, "Ebrima Jallow", "an interim coach would be named before the March international window", None),
        (P, "Pa Modou Jobe", "no patience", None),
        (D, "Pa Modou Jobe", "When a foreign coach loses, they give him another chance. When a Gambian coach loses, "
            "they sack him,", None),
        (D, "Fatou Sanneh", "Touray did his best, but the results are the results. Three wins from ten is not good "
            "enough for this generation of players,", None),
        (P, "Ousman Bah", "made a scapegoat", None),
        (I, "Ministry of Youth and Sports", "it respected the GFF's independence", None),
        (P, "Ministry of Youth and Sports", "a transparent process", None),
        (S, None, "Vision 2030", None),
    ],
    "actors": [
        actor("Gambia Football Federation", "organisation", title="national football federation",
              affiliation="The Gambia",
              aliases=["Gambia Football Federation", "GFF", "the federation"], stance=0),
        actor("Alieu Touray", "person", title="Scorpions head coach (sacked)", affiliation="Gambia Football Federation",
              aliases=["Alieu Touray", "Touray"], stance=1),
        actor("Ebrima Jallow", "person", title="GFF secretary general", affiliation="Gambia Football Federation",
              aliases=["Ebrima Jallow", "Jallow"], stance=-1),
        actor("Pa Modou Jobe", "person", title="former Scorpions captain", affiliation=None,
              aliases=["Pa Modou Jobe", "Jobe"], stance=1),
        actor("Fatou Sanneh", "person", title="member, Scorpions Supporters Club", affiliation=None,
              aliases=["Fatou Sanneh", "Sanneh"], stance=-1),
        actor("Ousman Bah", "person", title="supporter, trader at Serrekunda market", affiliation=None,
              aliases=["Ousman Bah", "Bah"], stance=1),
        actor("Ministry of Youth and Sports", "government", title="ministry", affiliation="The Gambia",
              aliases=["Ministry of Youth and Sports"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Mauritius Times courts (the Supreme Court quashes a minister's beach lease), headline "..., calls
#    Minister’s decision ‘irrational’" (a curly single fragment: the court's partial), curly single ‘ ’ with
#    ’ apostrophes, British punctuation outside closing marks, "Mr", "per cent"; "quashed" (a legal act);
#    judges "held that the decision was ‘...’ and that ... had been ‘...’" (two partials), then "the judges
#    wrote"; association "which argued that A"; president "wept" (no speech), then a quote with "he said";
#    minister "said in a statement ... that he ‘took note’ of the judgment and that B" (partial plus
#    indirect), quote with "the Minister added"; developer's counsel "had told the court ... that his client
#    had ‘...’ set by the ministry" (partial only); MP "said the judgment was ‘...’ on ..., and called for his
#    resignation" (partial; the call is a directive), quote with "she told Mauritius Times"; anonymous civil
#    servant "said the technical committee had raised its concerns ... ‘...’" (partial only), then "the civil
#    servant said"; NGO "said A, and that B" (one span); scare so-called ‘Pas Géométriques’.
ARTICLES[f"{BATCH}/le-morne-beach-lease-quashed.gold.json"] = {
    "article": f"{BATCH}/le-morne-beach-lease-quashed.txt",
    "target": "Devanand Ramlagun",
    "quotes": [
        (P, "Supreme Court", "irrational", "Supreme Court quashes"),
        (P, "Supreme Court", "irrational and procedurally unfair", None),
        (P, "Supreme Court", "denied any meaningful opportunity to be heard", None),
        (D, "Supreme Court", "A Minister who sets aside the unanimous advice of his technical committee must at least "
            "say why. Here, he said nothing,", None),
        (I, "Association des Pêcheurs de Le Morne", "the lease would close off the last public beach access on that "
            "stretch of coast", None),
        (D, "Josian Ravaton", "For three years they told us we were wasting our time. Today the court has told the "
            "Minister that the beach belongs to the people,", None),
        (P, "Devanand Ramlagun", "took note", None),
        (I, "Devanand Ramlagun", "his ministry would study it with the Solicitor General before deciding whether to "
            "appeal to the Judicial Committee of the Privy Council", None),
        (D, "Devanand Ramlagun", "The lease was granted in the national interest, to bring investment and jobs to the "
            "south-west. I have nothing to hide,", None),
        (P, "Kevin Ng Wan", "complied with every condition", None),
        (P, "Nandini Seebaluck", "a damning verdict", None),
        (D, "Nandini Seebaluck", "This is not the first lease he has handed out behind closed doors. It is the first "
            "one that a court has looked at,", None),
        (P, "senior civil servant at the Ministry of Housing and Lands", "in writing, twice", None),
        (D, "senior civil servant at the Ministry of Housing and Lands", "Nobody in the ministry was surprised by this "
            "judgment,", None),
        (I, "Reef Guardians Mauritius", "the ruling was a warning to all developers eyeing the remaining public "
            "beaches, and that more than 70 per cent of the island’s coastline was already under private lease",
            None),
        (S, None, "Pas Géométriques", None),
    ],
    "actors": [
        actor("Supreme Court", "government", title="court", affiliation="Mauritius",
              aliases=["Supreme Court", "the judges"], stance=-1),
        actor("Association des Pêcheurs de Le Morne", "organisation", title="fishermen's association",
              affiliation=None, aliases=["Association des Pêcheurs de Le Morne", "association"], stance=-1),
        actor("Josian Ravaton", "person", title="president", affiliation="Association des Pêcheurs de Le Morne",
              aliases=["Josian Ravaton", "Ravaton"], stance=-1),
        actor("Devanand Ramlagun", "person", title="Minister of Housing and Lands", affiliation="Government of Mauritius",
              aliases=["Devanand Ramlagun", "Mr Ramlagun", "Ramlagun", "the Minister"], stance=1),
        actor("Kevin Ng Wan", "person", title="counsel for the developer", affiliation="Shoreline Hospitality Ltd",
              aliases=["Kevin Ng Wan", "Mr Kevin Ng Wan", "Ng Wan"], stance=1),
        actor("Nandini Seebaluck", "person", title="Opposition MP", affiliation=None,
              aliases=["Nandini Seebaluck", "Seebaluck"], stance=-1),
        actor("senior civil servant at the Ministry of Housing and Lands", "person", title="civil servant (anonymous)",
              affiliation="Ministry of Housing and Lands",
              aliases=["senior civil servant at the Ministry of Housing and Lands", "the civil servant"], stance=-1),
        actor("Reef Guardians Mauritius", "organisation", title="environmental group", affiliation=None,
              aliases=["Reef Guardians Mauritius"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kabar (Kyrgyz state news agency) energy (scheduled power outages), headline without speech, dateline
#    "BISHKEK, December 2. /Kabar/.", straight " and apostrophes, plain non-native English with present tense
#    in reported clauses ("said that the measures are temporary"); lede content before "the press service of the
#    ministry reported" (the ministry); "According to the ministry, A"; minister "at a briefing ... said that
#    A", quote with "the minister said", "He noted that A", "According to him, the construction ... will solve
#    the problem "..."" (partial only); group "Residents of the Jal microdistrict complained to Kabar that A";
#    resident named after her quote; organisation name in quote marks ("the public association "Energy
#    Consumers Union"": scare); its chairman "said that the schedules ... are "..." and that B" (partial plus
#    indirect), "he said"; holding company "said that A"; deputy "stated that A. According to the deputy, the
#    ministry "..." to buy ..." (indirect, then a partial), quote with "Abdyldaeva said"; bakery owner "told
#    Kabar that A"; "the Cabinet of Ministers declared an energy emergency" (a legal act, not annotated).
ARTICLES[f"{BATCH}/bishkek-rolling-power-outages.gold.json"] = {
    "article": f"{BATCH}/bishkek-rolling-power-outages.txt",
    "target": "Ministry of Energy of the Kyrgyz Republic",
    "quotes": [
        (I, "Ministry of Energy of the Kyrgyz Republic", "The Ministry of Energy of the Kyrgyz Republic has introduced "
            "scheduled power outages of up to three hours a day in Bishkek and Chui region starting from December 3",
            None),
        (I, "Ministry of Energy of the Kyrgyz Republic", "the water level in the Toktogul reservoir has fallen to 10.9 "
            "billion cubic meters, which is 2.1 billion cubic meters below the same date last year", None),
        (I, "Nurbek Asanaliev", "the measures are temporary and will be lifted as soon as imports from Kazakhstan and "
            "Uzbekistan increase", None),
        (D, "Nurbek Asanaliev", "We are not hiding the situation from citizens. The winter is cold, the consumption is "
            "growing by 12 percent every year, and our generation is not enough. Without the schedule, the whole "
            "system can fall,", None),
        (I, "Nurbek Asanaliev", "hospitals, maternity homes, water utilities and heating plants will not be "
            "disconnected", None),
        (P, "Nurbek Asanaliev", "in the long term", None),
        (I, "Residents of the Jal microdistrict", "the schedule is not respected", None),
        (D, "Aizada Toktosunova", "The light was switched off at 7 in the evening instead of 9, and for four hours, not "
            "three. My children were doing homework with a phone flashlight,", None),
        (S, None, "Energy Consumers Union", "public association"),
        (P, "Kubat Sydykov", "a formality", None),
        (I, "Kubat Sydykov", "the ministry must pay compensation to small businesses for spoiled goods", None),
        (D, "Kubat Sydykov", "Every year in December we hear the same words about water in Toktogul. Where is the plan "
            "for the year when there is no rain?", None),
        (I, "National Energy Holding Company", "electricity consumption in the republic on December 1 reached 68 "
            "million kilowatt-hours, a record for this date", None),
        (I, "Dinara Abdyldaeva", "the government had known about the low water level since summer", None),
        (P, "Dinara Abdyldaeva", "did nothing", None),
        (D, "Dinara Abdyldaeva", "Import contracts should be signed in August, not in November. Now we buy at the "
            "highest price,", None),
        (I, "Bakyt Usonov", "he lost about 40,000 soms of dough in one day because of an unannounced outage", None),
    ],
    "actors": [
        actor("Ministry of Energy of the Kyrgyz Republic", "government", title="ministry", affiliation="Kyrgyzstan",
              aliases=["Ministry of Energy of the Kyrgyz Republic", "Ministry of Energy", "the ministry"], stance=0),
        actor("Nurbek Asanaliev", "person", title="Minister of Energy",
              affiliation="Ministry of Energy of the Kyrgyz Republic",
              aliases=["Nurbek Asanaliev", "Asanaliev", "the minister"], stance=1),
        actor("Residents of the Jal microdistrict", "group", title="residents", affiliation=None,
              aliases=["Residents of the Jal microdistrict"], stance=-1),
        actor("Aizada Toktosunova", "person", title="Bishkek resident", affiliation=None,
              aliases=["Aizada Toktosunova", "Toktosunova"], stance=-1),
        actor("Kubat Sydykov", "person", title="chairman", affiliation="Energy Consumers Union",
              aliases=["Kubat Sydykov", "Sydykov"], stance=-1),
        actor("National Energy Holding Company", "organisation", title="state energy holding", affiliation="Kyrgyzstan",
              aliases=["National Energy Holding Company"], stance=None),
        actor("Dinara Abdyldaeva", "person", title="Deputy of the Jogorku Kenesh", affiliation="Jogorku Kenesh",
              aliases=["Dinara Abdyldaeva", "Abdyldaeva", "the deputy"], stance=-1),
        actor("Bakyt Usonov", "person", title="bakery owner at the Alamedin market", affiliation=None,
              aliases=["Bakyt Usonov", "Usonov"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Aruba Today culture (the carnival committee moves the Grand Parade out of downtown), headline without
#    speech, dateline "ORANJESTAD —", curly “ ” and ’, US spelling and punctuation inside closing marks; lede
#    content before "the committee said at a press conference"; president "said A" (one span with "after ..."),
#    quote with "Croes said", "She added that A"; "Not all carnival groups are happy" (no speech); group
#    leader named after his quote, "Tromp said A"; "Downtown merchants also raised concerns." (no content);
#    association president "said A", quote with "she told Aruba Today"; police "said in a statement that it
#    supported the new route, which it described as “...”" (indirect plus partial); minister "said A but B"
#    (one span), "he said"; "took the news calmly" (no speech); quote before "laughed Denise Kock, 58" (a full
#    quoted sentence with "laughed": direct); scare so-called “Old Mask” parade; "the committee expects"
#    (not speech).
ARTICLES[f"{BATCH}/aruba-carnival-parade-route.gold.json"] = {
    "article": f"{BATCH}/aruba-carnival-parade-route.txt",
    "target": "Aruba Carnival Committee",
    "quotes": [
        (I, "Aruba Carnival Committee", "The Aruba Carnival Committee (ACC) will move the 2027 Oranjestad Grand Parade "
            "from its traditional route along the downtown waterfront to a new 2.4-kilometer route starting at the "
            "stadium", None),
        (I, "Ruthmila Croes", "the change was necessary for safety reasons after crowds of more than 20,000 people "
            "blocked the boulevard near the harbor last year", None),
        (D, "Ruthmila Croes", "We love the boulevard as much as anyone. But when an ambulance needs twenty minutes to "
            "reach a person who fainted, we have to listen,", None),
        (I, "Ruthmila Croes", "the new route would have three first-aid posts and wider spaces for families with small "
            "children", None),
        (D, "Edwin Tromp", "Carnival in Aruba was born downtown. You cannot take a tradition of seventy years and move "
            "it to a parking lot,", None),
        (I, "Edwin Tromp", "at least eight of the 22 groups registered for the parade had written to the committee to "
            "ask it to reconsider", None),
        (I, "Giselle Maduro", "her members made up to a quarter of their February revenue on parade day", None),
        (D, "Giselle Maduro", "For many small shops, the parade is the best day of the year. Now the crowds will be "
            "somewhere else,", None),
        (I, "Aruba Police Force", "it supported the new route", None),
        (P, "Aruba Police Force", "much easier to secure.", None),
        (I, "Marlon Wever", "the government had not been involved in the decision but respected the committee’s "
            "independence", None),
        (D, "Marlon Wever", "Carnival belongs to the people, and the people will follow the parade wherever it goes,",
            None),
        (D, "Denise Kock", "Honestly? As long as there is music and the bar is open, I don’t care which street it is,",
            None),
        (S, None, "Old Mask", None),
    ],
    "actors": [
        actor("Aruba Carnival Committee", "organisation", title="carnival organiser", affiliation="Aruba",
              aliases=["Aruba Carnival Committee", "ACC", "the committee"], stance=1),
        actor("Ruthmila Croes", "person", title="ACC president", affiliation="Aruba Carnival Committee",
              aliases=["Ruthmila Croes", "Croes"], stance=1),
        actor("Edwin Tromp", "person", title="leader", affiliation="Tivoli Lighthouse Carnival Club",
              aliases=["Edwin Tromp", "Tromp"], stance=-1),
        actor("Giselle Maduro", "person", title="president", affiliation="Aruba Trade & Industry Association",
              aliases=["Giselle Maduro", "Maduro"], stance=-1),
        actor("Aruba Police Force", "government", title="police force", affiliation="Aruba",
              aliases=["Aruba Police Force", "KPA"], stance=1),
        actor("Marlon Wever", "person", title="Minister of Culture", affiliation="Government of Aruba",
              aliases=["Marlon Wever", "Wever"], stance=0),
        actor("Denise Kock", "person", title="reveler, 58", affiliation=None, aliases=["Denise Kock", "Kock"],
              stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
