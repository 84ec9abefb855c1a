"""Build the dev55 gold files (data/eval/dev55/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev54/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev55/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev55.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Euractiv EU energy (ministers approve a ban on Russian LNG from 2027), headline without speech, byline
#    and date lines, curly “ ” and ’, British punctuation outside closing marks, "(4 December)" after the
#    weekday. Commissioner named after his quote ("told reporters"), then "said A and that member states
#    facing “...” supply problems could ..." (indirect plus partial); figure before "according to
#    Commission figures, much of it ..."; minister "called the decision “...” and said B" (partial plus
#    indirect), then a Facebook video quote "Horváth said: “..." open at the end of its line and continued
#    by a closed paragraph; minister "said her ... country had “...” in the short term and would seek an
#    exemption" (partial only); group "EU diplomats said A. They said B" (plural they); Kremlin spokesman
#    "said Europe was “...” and that B" (partial plus indirect); scare so-called “shadow fleet” (glossed);
#    group "Campaigners welcomed the decision but said A" (welcomed: an act); campaigner "said the ban “...”
#    and warned that B" (partial plus indirect); industry group "said in a statement that it “...” but that
#    B" (partial plus indirect).
ARTICLES["data/eval/dev55/eu-russian-lng-ban-approved.gold.json"] = {
    "article": "data/eval/dev55/eu-russian-lng-ban-approved.txt",
    "target": "Russia",
    "quotes": [
        (D, "Lars \u00d8stergaard", "Today Europe closes the door on Russian gas for good. Every cubic metre we stop "
            "buying is money that no longer goes into the Kremlin\u2019s war chest,", None),
        (I, "Lars \u00d8stergaard", "the Commission would closely monitor prices", None),
        (P, "Lars \u00d8stergaard", "exceptional", None),
        (I, "Commission", "Russian LNG still made up 14% of the EU\u2019s LNG imports in the first nine months "
            "of this year", None),
        (P, "P\u00e9ter Horv\u00e1th", "an ideological crusade", None),
        (I, "P\u00e9ter Horv\u00e1th", "Budapest would challenge it at the EU Court of Justice", None),
        (D, "P\u00e9ter Horv\u00e1th", "Brussels wants Hungarian families to pay for its sanctions policy. We will not "
            "accept that.", None),
        (D, "P\u00e9ter Horv\u00e1th", "Russian gas has been reliable for fifty years. It is not our job to replace cheap "
            "energy with expensive energy for political reasons.", None),
        (P, "Zuzana Kov\u00e1\u010dov\u00e1", "no realistic alternative", None),
        (I, "EU diplomats", "the regulation had been drafted as a trade measure so that it could pass without unanimity",
            None),
        (I, "EU diplomats", "Hungary had been offered a longer transition period in October but had turned it down",
            None),
        (P, "Dmitry Orlov", "shooting itself in the foot", None),
        (I, "Dmitry Orlov", "Russian LNG would find buyers in Asia", None),
        (S, None, "shadow fleet", None),
        (I, "Campaigners", "it was overdue", None),
        (P, "Marta Ruiz", "should have come years ago", None),
        (I, "Marta Ruiz", "Russian LNG could still reach Europe through transhipment in third countries", None),
        (P, "Eurogas", "respects the decision", None),
        (I, "Eurogas", "companies needed legal certainty over force majeure claims from Russian suppliers", None),
    ],
    "actors": [
        actor("Lars \u00d8stergaard", "person", title="Energy Commissioner", affiliation="European Commission",
              aliases=["Lars \u00d8stergaard", "\u00d8stergaard", "Energy Commissioner"], stance=-1),
        actor("Commission", "government", title="EU executive", affiliation="European Union",
              aliases=["Commission"], stance=None),
        actor("P\u00e9ter Horv\u00e1th", "person", title="Foreign Minister", affiliation="Hungary",
              aliases=["P\u00e9ter Horv\u00e1th", "Horv\u00e1th"], stance=1),
        actor("Zuzana Kov\u00e1\u010dov\u00e1", "person", title="Economy Minister", affiliation="Slovakia",
              aliases=["Zuzana Kov\u00e1\u010dov\u00e1", "Kov\u00e1\u010dov\u00e1"], stance=0),
        actor("EU diplomats", "group", title="anonymous EU diplomats", aliases=["EU diplomats"], stance=None),
        actor("Dmitry Orlov", "person", title="Kremlin spokesman", affiliation="Russia",
              aliases=["Dmitry Orlov", "Orlov"], stance=1),
        actor("Campaigners", "group", title="campaigners", aliases=["Campaigners"], stance=-1),
        actor("Marta Ruiz", "person", title="senior campaigner", affiliation="Global Witness",
              aliases=["Marta Ruiz", "Ruiz"], stance=-1),
        actor("Eurogas", "organisation", title="industry group", aliases=["Eurogas"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AP sports (an NHL team fires its coach), headline without speech, "By NAME AP Hockey Writer" line,
#    dateline "CALGARY, Alberta (AP) —", straight " and apostrophes (didn't, That's, Calgary's), punctuation
#    inside closing marks, "___" and hub-link footer. Content before "general manager Paul Brisebois said";
#    quote split by "Brisebois said at a news conference ...", resumed; team statement "thanked Delorme for
#    his "..." and said A" (partial; thanked is an act; plus indirect); coach "said in a statement released
#    through his agent that he was "..."" (partial), then "the statement said" (his); anonymous "person
#    familiar with the decision told The Associated Press that A"; scare so-called "Battle of Alberta,"
#    (comma inside); captain "said the players had "..."", then "Sorensen said after practice"; Q&A "Asked
#    whether ..., Brisebois replied: "...""; interim coach "said A", then "he said"; former player "posted
#    on X: "..."".
ARTICLES["data/eval/dev55/flames-fire-coach-delorme.gold.json"] = {
    "article": "data/eval/dev55/flames-fire-coach-delorme.txt",
    "target": "Marc Delorme",
    "quotes": [
        (I, "Paul Brisebois", "Assistant coach Trevor Lindgren will take over on an interim basis", None),
        (D, "Paul Brisebois", "This was not an easy decision, and it is not one that falls on Marc alone,", None),
        (D, "Paul Brisebois", "But we reached a point where we felt the group needed a new voice, and we could not wait "
            "any longer.", None),
        (P, "Calgary Flames", "professionalism and commitment", None),
        (I, "Calgary Flames", "it would not comment further on the reasons for the change", None),
        (P, "Marc Delorme", "grateful for the opportunity.", None),
        (D, "Marc Delorme", "I believe in this group of young players, and I know better days are coming for them,",
            None),
        (I, "person familiar with the decision", "ownership had pushed for the change after a 6-1 loss to Edmonton on "
            "Saturday night", None),
        (S, None, "Battle of Alberta,", None),
        (P, "Nate Sorensen", "let him down.", None),
        (D, "Nate Sorensen", "We didn't give him the effort he deserved. That's on us, not him,", None),
        (D, "Paul Brisebois", "No. I don't believe that, and I don't think the players believe that either.", None),
        (I, "Trevor Lindgren", "he would simplify the team's defensive system", None),
        (D, "Trevor Lindgren", "We're going to keep it simple. Win battles, get pucks out, and go from there,", None),
        (D, "Kris Haldane", "Marc is one of the best people I've had behind a bench. He'll land on his feet.", None),
    ],
    "actors": [
        actor("Paul Brisebois", "person", title="general manager", affiliation="Calgary Flames",
              aliases=["Paul Brisebois", "Brisebois"], stance=0),
        actor("Calgary Flames", "organisation", title="NHL team", aliases=["Calgary Flames", "Flames", "team"],
              stance=1),
        actor("Marc Delorme", "person", title="coach (fired)", affiliation="Calgary Flames",
              aliases=["Marc Delorme", "Delorme"], stance=1),
        actor("person familiar with the decision", "person", title="anonymous source",
              aliases=["person familiar with the decision"], stance=None),
        actor("Nate Sorensen", "person", title="Captain", affiliation="Calgary Flames",
              aliases=["Nate Sorensen", "Sorensen"], stance=1),
        actor("Trevor Lindgren", "person", title="assistant coach (interim coach)", affiliation="Calgary Flames",
              aliases=["Trevor Lindgren", "Lindgren"], stance=None),
        actor("Kris Haldane", "person", title="former Flames defenseman", aliases=["Kris Haldane", "Haldane"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. WalesOnline obituary/tributes (a Welsh-language poet dies), headline with a straight single fragment
#    "Culture Secretary leads tributes to 'giant of Welsh poetry'", standfirst without speech, byline, desk
#    and "06:00, 5 DEC 2026" lines, straight " in the body and apostrophes (year's), British punctuation
#    outside closing marks for fragments. Family "said she died peacefully ..., "..."" (partial only);
#    scare strict-metre "cynghanedd" (glossed); secretary "said she was "..." whose work had "..."" (two
#    partials), then "He later wrote on X: "<Welsh>."" with the English translation in parentheses outside
#    the marks (one direct); Eisteddfod "said in a statement that Prys had "..." and that B" (partial plus
#    indirect); publisher "said A"; the poet's own archived words "In a 2019 interview ..., she said A",
#    then "she said"; "was denounced by some chapel ministers as "..."" (partial); former pupil "said: "..."
#    open at the end of its line, continued by a closed paragraph.
ARTICLES["data/eval/dev55/gwenllian-prys-poet-dies.gold.json"] = {
    "article": "data/eval/dev55/gwenllian-prys-poet-dies.txt",
    "target": "Gwenllian Prys",
    "quotes": [
        (P, "Rhodri Pugh", "giant of Welsh poetry", "'giant"),
        (P, "family", "surrounded by books, grandchildren and far too many cats", None),
        (S, None, "cynghanedd", None),
        (P, "Rhodri Pugh", "a giant of Welsh poetry", None),
        (P, "Rhodri Pugh", "given a voice to the quarry villages of the north", None),
        (D, "Rhodri Pugh", "Cwsg yn dawel, Gwenllian. Diolch am y geiriau.", None),
        (P, "National Eisteddfod", "changed what a Welsh poem could be", None),
        (I, "National Eisteddfod", "a memorial event would be held at next year's festival", None),
        (I, "Gwasg Carreg Gwalch", "her final collection would be published in the spring as planned", None),
        (I, "Gwenllian Prys", "she had never been tempted to write in English", None),
        (D, "Gwenllian Prys", "English had plenty of poets. Welsh needed every one it could get,", None),
        (P, "some chapel ministers", "blasphemous", None),
        (D, "Iwan Hughes", "She would hand your poem back covered in red ink and then tell you it was the best thing "
            "she had read all week.", None),
        (D, "Iwan Hughes", "We were all a little afraid of her, and we all wanted to be her. I still hear her voice "
            "every time I write a line.", None),
    ],
    "actors": [
        actor("Rhodri Pugh", "person", title="Culture Secretary", affiliation="Welsh Government",
              aliases=["Rhodri Pugh", "Pugh", "Culture Secretary"], stance=1),
        actor("family", "group", title="the poet's family", aliases=["family"], stance=1),
        actor("National Eisteddfod", "organisation", title="cultural festival", aliases=["National Eisteddfod"],
              stance=1),
        actor("Gwasg Carreg Gwalch", "organisation", title="publisher", aliases=["Gwasg Carreg Gwalch"], stance=None),
        actor("Gwenllian Prys", "person", title="poet", aliases=["Gwenllian Prys", "Prys"], stance=1),
        actor("some chapel ministers", "group", title="chapel ministers (1980s critics)",
              aliases=["some chapel ministers"], stance=-1),
        actor("Iwan Hughes", "person", title="poet and broadcaster, former pupil", aliases=["Iwan Hughes", "Hughes"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The West Australian business (a lithium refinery is mothballed), headline without speech, byline,
#    outlet and "Mon, 7 December 2026 1:15PM" lines, curly “ ” and ’ (today’s, wife’s, we’ve), Australian
#    style ("per cent", "46¢", "Mr"), punctuation outside closing marks for fragments. Lede "blaming a slump
#    in lithium prices and “...” costs that ..." (partial for the company); "In a statement to the ASX ...,
#    the company said A and that B" (one span); managing director "said the decision was “...” for the
#    company ..." (partial only), then "Mr Leckie said"; scare so-called “lithium valley”; union secretary
#    "said workers had been “...” and that the company had offered “...” the plant ..." (two partials);
#    minister "said the Government was “...” and would work ... to keep the plant “...” when ..." (two
#    partials); analyst named after her quote, "She said A"; worker "said A", then "he said"; mayor "wrote
#    on Facebook: “...”".
ARTICLES["data/eval/dev55/kestrel-lithium-kwinana-refinery-mothballed.gold.json"] = {
    "article": "data/eval/dev55/kestrel-lithium-kwinana-refinery-mothballed.txt",
    "target": "Kestrel Lithium",
    "quotes": [
        (P, "Kestrel Lithium", "structural", None),
        (I, "Kestrel Lithium", "the refinery would be placed on care and maintenance from February and that it would "
            "book an impairment of up to $1.1 billion against the plant", None),
        (P, "Andrew Leckie", "gut-wrenching", None),
        (D, "Andrew Leckie", "We have spent three years trying to make this plant work. At today\u2019s prices, every "
            "tonne we produce loses money, and no business can keep doing that,", None),
        (S, None, "lithium valley", None),
        (P, "Shane Ridley", "treated like disposable parts", None),
        (P, "Shane Ridley", "no guarantee", None),
        (P, "Jackie Nolan", "disappointed", None),
        (P, "Jackie Nolan", "ready to restart", None),
        (D, "Priya Venkatesh", "Western refineries were always going to struggle against Chinese operators with cheaper "
            "power, cheaper labour and cheaper capital,", None),
        (I, "Priya Venkatesh", "Kestrel had also been slower than its rivals to cut costs once prices began to fall in "
            "2024", None),
        (I, "Jason Terry", "staff were told of the closure at a 7am meeting", None),
        (D, "Jason Terry", "They told us to go home and wait for a phone call. My wife\u2019s pregnant and we\u2019ve got "
            "a mortgage in Baldivis,", None),
        (D, "Tanya Brookes", "This is a hard day for Kwinana. Council will do everything we can to support the families "
            "affected.", None),
    ],
    "actors": [
        actor("Kestrel Lithium", "organisation", title="lithium miner and refiner",
              aliases=["Kestrel Lithium", "Kestrel"], stance=1),
        actor("Andrew Leckie", "person", title="managing director", affiliation="Kestrel Lithium",
              aliases=["Andrew Leckie", "Leckie"], stance=1),
        actor("Shane Ridley", "person", title="state secretary",
              affiliation="Australian Manufacturing Workers\u2019 Union", aliases=["Shane Ridley", "Ridley"], stance=-1),
        actor("Jackie Nolan", "person", title="Mines Minister", affiliation="WA Government",
              aliases=["Jackie Nolan", "Nolan", "Mines Minister"], stance=0),
        actor("Priya Venkatesh", "person", title="analyst", affiliation="Canaccord Genuity",
              aliases=["Priya Venkatesh", "Venkatesh"], stance=-1),
        actor("Jason Terry", "person", title="process operator", affiliation="Kestrel Lithium",
              aliases=["Jason Terry", "Terry"], stance=-1),
        actor("Tanya Brookes", "person", title="Kwinana Mayor", affiliation="City of Kwinana",
              aliases=["Tanya Brookes", "Brookes"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
