"""Build the dev25 gold files (data/eval/dev25/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev25/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev25.  Standard library only.
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
# 1. Reuters European politics (Dutch coalition talks), straight quotes and apostrophes (party's,
#    don't), American punctuation inside closing marks. Headline without speech. Lede "walked out,
#    saying ..." (participial cue, indirect; the party speaks). Leader named after his quote
#    ("Rural Movement leader X told reporters"), "said A, which he called "..."" (indirect stopping
#    before ", which" plus the partial). Scare "known in the Netherlands as the "stikstofcrisis,"".
#    "A spokeswoman for the Civic Alliance said ... "..." and that ..." (partial plus indirect).
#    Leader's post on X (direct; "Geert" inside it is Hoekstra). "said his party was "..."" (partial),
#    "He argued that A, and added: "..."" (indirect plus direct with a nested 'nitrogen'). Party
#    statement "said in a statement that A but B" (one span). Opposition leader named after his quote
#    ("said X, leader of ..., which ..."), then "Visser said A and that ... "..."" (indirect plus
#    partial). Informateur "told reporters A" (no "that"); "Asked whether ..." not annotated, "she
#    said: "..."". Poll figure before "according to a survey by polling firm Peilcentrum". Analyst
#    named after a three-sentence quote. "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/dev25/dutch-coalition-rural-movement-walkout.gold.json"] = {
    "article": "data/eval/dev25/dutch-coalition-rural-movement-walkout.txt",
    "target": "Civic Alliance",
    "quotes": [
        (I, "Rural Movement", "the Civic Alliance, the largest party in parliament, had gone back on a promise to "
            "protect livestock farmers", None),
        (D, "Geert Hoekstra", "The Civic Alliance has broken its word to farmers, and we will not sit at a table "
            "where promises mean nothing,", None),
        (I, "Geert Hoekstra", "his party would return only if the Civic Alliance withdrew a plan to buy out up to "
            "3,000 livestock farms near protected nature areas", None),
        (P, "Geert Hoekstra", "expropriation with a smile.", None),
        (S, None, "stikstofcrisis,", None),
        (P, "spokeswoman for the Civic Alliance", "on the table from day one", None),
        (I, "spokeswoman for the Civic Alliance", "the party remained committed to a four-party government", None),
        (D, "Marloes Dijkstra", "Geert knows where to find me. My door is open tonight, tomorrow and next week,",
            None),
        (P, "Ruud Kramer", "disappointed but not surprised", None),
        (I, "Ruud Kramer", "the buyout was the only plan on offer that could get construction moving again", None),
        (D, "Ruud Kramer", "You cannot negotiate with someone who leaves the room every time the word 'nitrogen' "
            "comes up.", None),
        (I, "Christian Centre", "it would stay at the table for now but would not join a minority government", None),
        (D, "Sem Visser", "We said in March that a government leaning on the Rural Movement would be built on "
            "sand. Seven months later, here we are,", None),
        (I, "Sem Visser", "Labour Forward would not prop up a minority cabinet led by Dijkstra", None),
        (P, "Sem Visser", "the honest option.", None),
        (I, "Anneke Smit", "she would meet all four party leaders separately on Wednesday", None),
        (D, "Anneke Smit", "I have seen talks come back from worse. I have also seen them not come back.", None),
        (I, "Peilcentrum", "A majority of voters, 54%, would now prefer a fresh election to further negotiations",
            None),
        (D, "Joris Veenstra", "Dijkstra has put the buyout at the heart of her programme because the courts leave "
            "her little choice. The problem is that she needs the one party that hates it most. Something has to "
            "give, and I don't think it will be the courts,", None),
    ],
    "actors": [
        actor("Rural Movement", "organisation", title="agrarian party (19 seats)", affiliation="Netherlands",
              aliases=["Rural Movement"], stance=-1),
        actor("Geert Hoekstra", "person", title="party leader", affiliation="Rural Movement",
              aliases=["Geert Hoekstra", "Hoekstra", "Geert"], stance=-1),
        actor("spokeswoman for the Civic Alliance", "person", title="spokeswoman", affiliation="Civic Alliance",
              aliases=["spokeswoman for the Civic Alliance"], stance=1),
        actor("Marloes Dijkstra", "person", title="party leader, expected prime minister",
              affiliation="Civic Alliance", aliases=["Marloes Dijkstra", "Dijkstra"], stance=1),
        actor("Ruud Kramer", "person", title="party leader", affiliation="Open Netherlands",
              aliases=["Ruud Kramer", "Kramer"], stance=1),
        actor("Christian Centre", "organisation", title="party in the coalition talks", affiliation="Netherlands",
              aliases=["Christian Centre"], stance=0),
        actor("Sem Visser", "person", title="party leader (opposition)", affiliation="Labour Forward",
              aliases=["Sem Visser", "Visser"], stance=-1),
        actor("Anneke Smit", "person", title="former senator, appointed by parliament to steer the talks",
              affiliation="Dutch parliament", aliases=["Anneke Smit", "Smit"], stance=None),
        actor("Peilcentrum", "organisation", title="polling firm", aliases=["Peilcentrum"], stance=None),
        actor("Joris Veenstra", "person", title="political scientist", affiliation="Leiden University",
              aliases=["Joris Veenstra", "Veenstra"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AP disaster story (dam failure after record rain), "By NAME Associated Press", dateline
#    "OSAGE BEND, Mo. (AP) —", straight quotes and apostrophes (don't, You'd, We're, party's),
#    punctuation inside closing marks. Headline without speech. Lede content before "authorities
#    said". Sheriff named after the first stretch ("Sheriff X said at a news conference"), quote
#    resumed; "Tolliver said A, and that B" (one span). Group "Residents said". "recalled that"
#    (indirect), then "she said". Resident named after the first stretch ("said X, 66, who ..."),
#    quote resumed. Scare "high hazard," (a state classification). Inspection finding before
#    "according to records from the Missouri Department of Natural Resources" (the records speak for
#    the department); "The department said in a statement ... that A but that B" (one span). Company
#    statement "said ... that it was "..." ... and that it had "..." ..." (two partials). President
#    "told The Associated Press in a phone interview that A and that the dam had been "..."" (indirect
#    plus partial). Weather service (indirect). Mayor "wrote on Facebook that A and asked residents to
#    ..." (indirect; the directive is not annotated). Resident quoted again at the end.
ARTICLES["data/eval/dev25/missouri-lake-tamarack-dam-failure.gold.json"] = {
    "article": "data/eval/dev25/missouri-lake-tamarack-dam-failure.txt",
    "target": "Whitetail Ridge Properties",
    "quotes": [
        (I, "authorities", "An earthen dam holding back a private lake gave way early Sunday after more than 9 "
            "inches of rain fell overnight, sending a surge of water through this small Ozarks town and killing at "
            "least two people", None),
        (D, "Wade Tolliver", "We had people on rooftops at 4 in the morning and the water still coming up,", None),
        (D, "Wade Tolliver", "Our guys went out in johnboats in the dark. I don't know how we didn't lose more.",
            None),
        (I, "Wade Tolliver", "the bodies of a man and a woman, both in their 70s, were found in a pickup truck that "
            "had been swept off a county road about a mile downstream, and that their names would be released once "
            "relatives had been notified", None),
        (I, "Residents", "the creek rose in a matter of minutes", None),
        (I, "Donna Rushing", "she woke to a sound like a freight train", None),
        (D, "Donna Rushing", "I opened the back door and the yard was just gone. There was a propane tank floating "
            "past my truck,", None),
        (D, "Earl Dobbins", "They knew that dam was leaking. Everybody on this creek knew it,", None),
        (D, "Earl Dobbins", "You'd walk along the bottom of it in August and your boots would get wet.", None),
        (S, None, "high hazard,", None),
        (I, "Missouri Department of Natural Resources", "It was cited for seepage at its base during a 2022 "
            "inspection", None),
        (I, "Missouri Department of Natural Resources", "the owner had submitted a repair plan in 2023 but that the "
            "finished work had not been inspected before the storm", None),
        (P, "Whitetail Ridge Properties", "devastated", None),
        (P, "Whitetail Ridge Properties", "followed every recommendation", None),
        (I, "Brent Harlow", "repairs to a drainage pipe were finished in the spring of 2024", None),
        (P, "Brent Harlow", "built to handle a big storm, not a storm like this one.", None),
        (I, "National Weather Service", "the 9.4 inches recorded at the Osage Bend gauge between 10 p.m. Saturday "
            "and 5 a.m. Sunday was the most for any seven-hour period since records began in the county", None),
        (I, "Patsy Greer", "the town's water plant was offline", None),
        (D, "Donna Rushing", "We're alive. That's the headline for us,", None),
    ],
    "actors": [
        actor("authorities", "group", title="authorities (unspecified)", aliases=["authorities"], stance=None),
        actor("Wade Tolliver", "person", title="sheriff", aliases=["Wade Tolliver", "Tolliver"], stance=None),
        actor("Residents", "group", title="residents of Osage Bend along Bear Creek", aliases=["Residents"],
              stance=None),
        actor("Donna Rushing", "person", title="resident (58), Osage Bend", aliases=["Donna Rushing", "Rushing"],
              stance=None),
        actor("Earl Dobbins", "person", title="resident (66) below the lake", aliases=["Earl Dobbins", "Dobbins"],
              stance=-1),
        actor("Missouri Department of Natural Resources", "government", title="state agency (dam safety)",
              affiliation="Missouri", aliases=["Missouri Department of Natural Resources", "The department"],
              stance=0),
        actor("Whitetail Ridge Properties", "organisation", title="owner of Lake Tamarack and its dam",
              aliases=["Whitetail Ridge Properties"], stance=1),
        actor("Brent Harlow", "person", title="president", affiliation="Whitetail Ridge Properties",
              aliases=["Brent Harlow", "Harlow"], stance=1),
        actor("National Weather Service", "government", title="U.S. weather agency",
              aliases=["National Weather Service"], stance=None),
        actor("Patsy Greer", "person", title="mayor", affiliation="Osage Bend, Mo.",
              aliases=["Patsy Greer", "Greer"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Aviation trade press (airline business weekly), British spelling, curly “ ” in the body and
#    ‘ ’ in the headline, ’ apostrophes (Spain’s, don’t, Carriers’), fragment punctuation outside
#    the marks, byline line with "|", present-tense "says" for most speakers. Headline fragment
#    ‘symbolic’ -> ACAE (the headline names it; the body's “symbolic” is a separate partial).
#    "The ministry says A" (indirect); scare so-called “rail-first” principle; ministry statement
#    "said A “...” ... and that ... “...” ..." (two partials). Association "describes the plan as
#    “...” and warns that A" (partial plus indirect). President named after the first stretch
#    ("says ACAE president X"), quote resumed; "Mendiola adds that" (indirect). Chief executive
#    "told Runway Weekly that A, but conceded that B" (two spans), then "she says" with a second
#    stretch ending in a question. Campaigner "says the decree is “...”, noting that A" (partial
#    plus indirect). "declined to comment", "have not said whether" (negated) and "Industry
#    observers expect" are not annotated. Consultant named after her quote.
ARTICLES["data/eval/dev25/spain-short-haul-flight-ban-decree.gold.json"] = {
    "article": "data/eval/dev25/spain-short-haul-flight-ban-decree.txt",
    "target": "Spain",
    "quotes": [
        (P, "Spanish Air Carriers\u2019 Association", "symbolic", "ACAE says"),
        (I, "transport ministry", "the measure will cut carbon dioxide emissions by around 200,000t a year", None),
        (S, None, "rail-first", None),
        (P, "transport ministry", "a real alternative", None),
        (P, "transport ministry", "more than enough time", None),
        (P, "Spanish Air Carriers\u2019 Association", "symbolic", "describes the plan"),
        (I, "Spanish Air Carriers\u2019 Association", "it will weaken Madrid-Barajas as a hub for Latin America",
            None),
        (D, "Javier Mendiola", "Passengers from Valencia don\u2019t fly to Madrid to visit Madrid. They fly to Madrid "
            "to get to Bogot\u00e1 or Mexico City,", None),
        (D, "Javier Mendiola", "Take away the first leg and a lot of them will simply connect through Paris or "
            "Lisbon instead.", None),
        (I, "Javier Mendiola", "the association will ask the ministry for an exemption for connecting passengers "
            "during the consultation", None),
        (I, "Nuria Castells", "the carrier would move the turboprops to Balearic routes", None),
        (I, "Nuria Castells", "some of the 60 crew members based in Madrid could lose their jobs", None),
        (D, "Nuria Castells", "We are being asked to fix a climate problem with a route that carries 900 people a "
            "day,", None),
        (D, "Nuria Castells", "The trains between Madrid and Valencia are already full at peak times. Where exactly "
            "are these passengers supposed to go?", None),
        (P, "Pieter Claes", "a start, not a solution", None),
        (I, "Pieter Claes", "the three routes account for less than 1% of carbon dioxide emissions from flights "
            "departing Spain", None),
        (D, "Marta Echevarr\u00eda", "If Madrid gives the airlines the French exemption, they will complain for a "
            "month and move on. If it doesn\u2019t, I would expect a legal challenge before the decree takes effect,",
            None),
    ],
    "actors": [
        actor("Spanish Air Carriers\u2019 Association", "organisation", title="airline association (14 airlines)",
              aliases=["Spanish Air Carriers\u2019 Association", "ACAE", "the association"], stance=-1),
        actor("transport ministry", "government", title="Spain's transport ministry", affiliation="Spain",
              aliases=["transport ministry", "The ministry", "the ministry"], stance=1),
        actor("Javier Mendiola", "person", title="president", affiliation="Spanish Air Carriers\u2019 Association",
              aliases=["Javier Mendiola", "Mendiola"], stance=-1),
        actor("Nuria Castells", "person", title="chief executive", affiliation="Alisea (Valencia-based regional "
              "airline)", aliases=["Nuria Castells", "Castells"], stance=-1),
        actor("Pieter Claes", "person", title="aviation director", affiliation="Cleaner Skies Europe",
              aliases=["Pieter Claes", "Claes"], stance=0),
        actor("Marta Echevarr\u00eda", "person", title="managing director",
              affiliation="Alto Vuelo Advisory (Madrid consultancy)",
              aliases=["Marta Echevarr\u00eda", "Echevarr\u00eda"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Magazine long-form profile, British curly single quotes ‘ ’ throughout with ’ apostrophes
#    inside (doesn’t, it’s, I’d) and outside (Trease’s, RNLI’s) quotes, fragment punctuation
#    outside the marks, present-tense "says" throughout. Headline "‘...’: the fish-market worker
#    who ..." (a full clause, direct, the profile's subject; the body repeats the sentence inside a
#    longer quote, a separate entry). Standfirst and byline without speech. Scare ‘shout’ (lifeboat
#    slang). "as she puts it, ‘...’" (partial). "she says, and laughs" (direct). Critic "wrote to the
#    local paper that the job needed ‘...’" (partial only), then a split quote ("Couch, 79, says from
#    ..."). Alternating he/she exchange between Pascoe and Trease. "recalls that" (indirect), then
#    "he says" ("Morwenna" inside it). "describes Trease as ‘...’" (partial, the RNLI spokeswoman).
#    Writer's question in prose ("Does she get frightened?") not annotated; the answer ‘Every
#    time,’ is direct.
ARTICLES["data/eval/dev25/porthgullow-lifeboat-coxswain-profile.gold.json"] = {
    "article": "data/eval/dev25/porthgullow-lifeboat-coxswain-profile.txt",
    "target": "Morwenna Trease",
    "quotes": [
        (D, "Morwenna Trease", "The sea doesn\u2019t care who\u2019s driving", "\u2018The sea doesn"),
        (S, None, "shout", "This is a"),
        (D, "Morwenna Trease", "People think it\u2019s all shouting and heroics, like in the films. Mostly it\u2019s "
            "checklists,", None),
        (D, "Morwenna Trease", "I am a very boring person at two in the morning.", None),
        (P, "Morwenna Trease", "to swear in three languages and lift anything", None),
        (D, "Morwenna Trease", "My mum cried for a week,", None),
        (D, "Lowena", "A fortnight, more like. I still don\u2019t sleep when that pager goes. But I\u2019d have been "
            "a fool to try and stop her, and nobody ever has,", None),
        (P, "Bill Couch", "a man\u2019s strength and a man\u2019s nerve", None),
        (D, "Bill Couch", "I\u2019ve nothing against her personally. She handles a boat well enough, I\u2019ll give "
            "her that,", None),
        (D, "Bill Couch", "But it\u2019s the wrong job for a woman, and that\u2019s all I\u2019ll say about it.",
            None),
        (D, "Morwenna Trease", "Bill taught me to splice a rope when I was nine. He\u2019s allowed his opinion. The "
            "sea doesn\u2019t care who\u2019s driving,", None),
        (D, "Jory Pascoe", "She\u2019s quicker on the radio than I ever was, and she reads a chart better,", None),
        (D, "Morwenna Trease", "He only says that because you\u2019re here,", None),
        (D, "Jory Pascoe", "I said it to the panel as well,", None),
        (I, "Mark Tonkin", "he had given up hope by the time the lifeboat\u2019s lights appeared through the spray",
            None),
        (D, "Mark Tonkin", "I\u2019d said my goodbyes. Then there\u2019s this voice on the loudhailer telling me to "
            "stop messing about and do my lifejacket up properly. That was Morwenna,", None),
        (P, "spokeswoman for the RNLI", "exactly the kind of coxswain we want young volunteers to see", None),
        (D, "Morwenna Trease", "Every time,", None),
        (D, "Morwenna Trease", "The day you stop being frightened is the day you should stop going out.", None),
    ],
    "actors": [
        actor("Morwenna Trease", "person", title="lifeboat coxswain (38), former fish-market worker",
              affiliation="RNLI Porthgullow lifeboat station",
              aliases=["Morwenna Trease", "Trease", "Morwenna"], stance=1),
        actor("Lowena", "person", title="Trease's mother (64)", aliases=["Lowena"], stance=1),
        actor("Bill Couch", "person", title="retired trawlerman (79), Porthgullow",
              aliases=["Bill Couch", "Couch", "Bill"], stance=-1),
        actor("Jory Pascoe", "person", title="former coxswain (19 years)",
              affiliation="RNLI Porthgullow lifeboat station", aliases=["Jory Pascoe", "Pascoe"], stance=1),
        actor("Mark Tonkin", "person", title="fisherman (44) rescued from the crabber Kerensa",
              aliases=["Mark Tonkin", "Tonkin"], stance=1),
        actor("spokeswoman for the RNLI", "person", title="spokeswoman", affiliation="RNLI",
              aliases=["spokeswoman for the RNLI"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
