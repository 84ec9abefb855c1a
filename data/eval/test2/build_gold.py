"""Build the test2 gold files (data/eval/test2/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev3/build_gold.py and data/eval/dev4/build_gold.py, importing the
helpers (actor, build) of data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test2/build_gold.py  then
python3 data/eval/test2/check.py.  Standard library only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import ROOT, actor, build  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Tech product launch, AP style, straight quotes. Lede "unveiled ... and said they could ...":
#    indirect, speaker the company (the writer's "a bold claim ..." is left out). CEO on stage
#    ("Koh told about 2,000 developers", "Koh joked", "Koh said A and that B" one span, "Koh told
#    reporters ... that"). "said X "..." but warned that Y": partial plus indirect. Colon after a
#    full clause (Webb). Man and woman named together, then "He said ...; she said ...". Company as
#    "the company", "The firm"; advocacy group as "The group". "Lumora has not said how many ..."
#    (negated speech) is not annotated. Speaker named only after a long apposition (Priya Nair).
#    Scare "next iPhone."
ARTICLES["data/eval/test2/lumora-halo-glasses-launch.gold.json"] = {
    "article": "data/eval/test2/lumora-halo-glasses-launch.txt",
    "target": "Lumora",
    "quotes": [
        (I, "Lumora", "they could replace a smartphone for most everyday tasks", None),
        (S, None, "next iPhone.", None),
        (D, "Adrian Koh", "For fifteen years we've all been staring down at a slab of glass,", None),
        (D, "Adrian Koh", "Today we're asking you to look up.", None),
        (I, "Adrian Koh", "the glasses would run for a full day on a single charge and that Lumora had signed "
            "deals with three U.S. carriers to sell them in stores", None),
        (D, "Adrian Koh", "That's why we call it a live demo,", None),
        (P, "Rachel Stein", "aggressive in the right way", None),
        (I, "Rachel Stein", "developers, not hardware, would decide whether Halo succeeded", None),
        (D, "Marcus Webb", "Every company that has tried this has discovered the same thing. People do not want "
            "to wear a computer on their face all day.", None),
        (I, "Marcus Webb", "300,000 was more likely", None),
        (I, "Rachel Stein", "600,000 was possible if the company could hold the price under $1,000", None),
        (I, "Lumora", "it had spent $1.4 billion developing the glasses over four years", None),
        (I, "Lumora", "it expected the device to lose money until at least 2027", None),
        (D, "Nadia Rahimi", "A camera on your face is a camera on everyone you look at,", None),
        (I, "Open Privacy Project", "it had written to the Federal Trade Commission asking regulators to review "
            "the device before it goes on sale", None),
        (I, "Adrian Koh", "a small white light on the frame turns on whenever either camera is recording", None),
        (D, "Adrian Koh", "We didn't build a spy camera. We built a pair of glasses that respects the people "
            "around you,", None),
        (D, "Priya Nair", "I've built apps for every headset of the last ten years, and this is the first one "
            "I'd actually wear on the bus,", None),
    ],
    "actors": [
        actor("Lumora", "organisation", title="mapping-software company",
              aliases=["Lumora", "the company", "The firm"], stance=1),
        actor("Adrian Koh", "person", title="chief executive", affiliation="Lumora",
              aliases=["Adrian Koh", "Koh"], stance=1),
        actor("Rachel Stein", "person", title="analyst", affiliation="Carrick Research",
              aliases=["Rachel Stein", "Stein"], stance=0),
        actor("Marcus Webb", "person", title="analyst", affiliation="Tidewater Securities",
              aliases=["Marcus Webb", "Webb"], stance=-1),
        actor("Nadia Rahimi", "person", title="policy director", affiliation="Open Privacy Project",
              aliases=["Nadia Rahimi", "Rahimi"], stance=-1),
        actor("Open Privacy Project", "organisation", title="Washington-based advocacy group",
              aliases=["Open Privacy Project", "The group"], stance=-1),
        actor("Priya Nair", "person", title="game designer, developer (31)", aliases=["Priya Nair", "Nair"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Election night, New York Times style: curly quotes, honorifics ("Ms. Ortega", "Mr. Halloran",
#    "Mr. Murphy", "said Ms. Ortega" with the verb before the name). Lede without speech; content
#    before "according to". Victory speech: partial after "told ... supporters that", then a
#    quote over two paragraphs (one entry per paragraph). "conceded", "congratulated" are speech
#    acts without content. "He ... said he would help" then "he said" (Halloran; "she" inside his
#    quote is Ortega). Voters named with age. "because he had “...”": partial only. Speaker named
#    only after a long apposition that names both candidates (Councilwoman Nina Basu); "Elena"
#    inside her quote is Ortega. Association: indirect plus partial for "but that ... “...”".
#    Scare "missing middle".
ARTICLES["data/eval/test2/tucson-mayor-election-night.gold.json"] = {
    "article": "data/eval/test2/tucson-mayor-election-night.txt",
    "target": "Elena Ortega",
    "quotes": [
        (I, "Pima County Elections Department", "Ms. Ortega had 54 percent of the vote to Mr. Halloran\u2019s "
            "44 percent with about 92 percent of ballots counted", None),
        (P, "Elena Ortega", "voted for the people who actually live here.", None),
        (D, "Elena Ortega", "When I started this campaign, people told me a principal couldn\u2019t run a city,",
            None),
        (D, "Elena Ortega", "Well, I ran a school with 900 teenagers in it. I have been shouted at by experts.",
            None),
        (D, "Elena Ortega", "Tomorrow we start on rents. Not next year. Not after a study. Tomorrow.", None),
        (I, "Greg Halloran", "he would help with the transition", None),
        (D, "Greg Halloran", "The voters have spoken, and they\u2019ve spoken clearly,", None),
        (D, "Greg Halloran", "I hope she succeeds. This city needs her to.", None),
        (S, None, "missing middle", None),
        (D, "Rosa Delgado", "My rent went up $400 in two years. I didn\u2019t need a poll to tell me who to vote "
            "for,", None),
        (P, "Frank Murphy", "kept the streets paved and the budget balanced.", None),
        (D, "Frank Murphy", "I don\u2019t know what she\u2019s going to do about rents, and I don\u2019t think she "
            "does either,", None),
        (D, "Nina Basu", "Housing wasn\u2019t one issue in this race. It was the only issue, and Elena was the only "
            "one talking about it,", None),
        (I, "Southern Arizona Apartment Owners Association", "it would work with the new mayor", None),
        (P, "Southern Arizona Apartment Owners Association", "would make the shortage worse, not better.", None),
        (D, "Elena Ortega", "I\u2019m going to be the mayor of the people who voted against me, too,", None),
        (I, "Elena Ortega", "her first act would be to ask the City Council for an emergency vote on rezoning",
            None),
    ],
    "actors": [
        actor("Pima County Elections Department", "government", title="county elections office",
              aliases=["Pima County Elections Department"], stance=None),
        actor("Elena Ortega", "person", title="mayor-elect, former high school principal",
              aliases=["Elena Ortega", "Ortega", "Ms. Ortega", "Elena"], stance=1),
        actor("Greg Halloran", "person", title="mayor (defeated)", affiliation="Tucson",
              aliases=["Greg Halloran", "Halloran", "Mr. Halloran"], stance=1),
        actor("Rosa Delgado", "person", title="voter, home health aide (38)", aliases=["Rosa Delgado", "Delgado"],
              stance=1),
        actor("Frank Murphy", "person", title="voter, retired Air Force mechanic (71)",
              aliases=["Frank Murphy", "Murphy", "Mr. Murphy"], stance=-1),
        actor("Nina Basu", "person", title="councilwoman", affiliation="Tucson City Council (Democrat)",
              aliases=["Nina Basu", "Basu"], stance=1),
        actor("Southern Arizona Apartment Owners Association", "organisation", title="landlords' association",
              aliases=["Southern Arizona Apartment Owners Association"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Labour dispute, Australian (Guardian Australia style) with straight single quotes and
#    straight apostrophes inside them (I've, I've got), punctuation outside the closing mark.
#    Union and university trade statements: "the university put the number of strikers at
#    '...'" and "said it had '...' and accused the union of '...'" (partials only), "The union hit
#    back ..., saying ..." (participial indirect; "Westhaven" inside it is the university).
#    "said ... was '...' and that ...": partial plus indirect. Woman and man named together, then
#    "she said" (Kovacs) and "He said" (Tulloch). First-name-only tutor named after a long
#    apposition ("asked that only her first name be used" is not annotated). Content before
#    "according to the union". "Federal Education Minister Daniel Morrow", then "the minister".
#    Reported question not annotated, the spokeswoman's answer is a partial. "The union called on
#    management to ..." (directive) not annotated. Scare 'workforce renewal'.
ARTICLES["data/eval/test2/westhaven-university-strike.gold.json"] = {
    "article": "data/eval/test2/westhaven-university-strike.txt",
    "target": "Westhaven University",
    "quotes": [
        (I, "University Workers Union", "about 1,200 academic and professional staff had joined the strike", None),
        (P, "Westhaven University", "fewer than 600", None),
        (D, "Lena Kovacs", "We have been at the table for more than a year, and the university has not moved on a "
            "single thing that matters to our members,", None),
        (D, "Lena Kovacs", "Nobody wants to strike in exam season. Management made that choice for us.", None),
        (P, "Graham Tulloch", "fair, affordable and above inflation", None),
        (I, "Graham Tulloch", "the union's claim of 16 per cent would force job cuts", None),
        (D, "Lena Kovacs", "We were close on pay. We were nowhere on casual staff,", None),
        (I, "Graham Tulloch", "the university could not promise to convert casual roles into permanent jobs while "
            "international student numbers were falling", None),
        (P, "Westhaven University", "bent over backwards", None),
        (P, "Westhaven University", "holding students hostage", None),
        (I, "University Workers Union", "Westhaven had posted a $48m surplus last year and paid its vice-chancellor "
            "more than $1.1m", None),
        (D, "Amira", "I've taught the same course for nine years on 13-week contracts, and every December I find "
            "out whether I've got a job in February,", None),
        (I, "University Workers Union", "Casual staff teach more than half of Westhaven's undergraduate classes",
            None),
        (S, None, "workforce renewal", None),
        (I, "Tom Nguyen", "many students supported the strike but were anxious about their exams", None),
        (D, "Tom Nguyen", "People are stressed. They want both sides locked in a room until this is fixed,", None),
        (I, "Daniel Morrow", "he would not intervene", None),
        (D, "Daniel Morrow", "This is a matter for the university, its staff and the Fair Work Commission,", None),
        (P, "university spokeswoman", "follow the law", None),
    ],
    "actors": [
        actor("University Workers Union", "organisation", title="trade union",
              aliases=["University Workers Union", "The union", "the union"], stance=-1),
        actor("Westhaven University", "organisation", title="university (employer)",
              aliases=["Westhaven University", "the university", "Westhaven"], stance=1),
        actor("Lena Kovacs", "person", title="branch president", affiliation="University Workers Union",
              aliases=["Lena Kovacs", "Kovacs"], stance=-1),
        actor("Graham Tulloch", "person", title="vice-chancellor", affiliation="Westhaven University",
              aliases=["Graham Tulloch", "Tulloch"], stance=1),
        actor("Amira", "person", title="casual tutor, sociologist (41)", aliases=["Amira"], stance=-1),
        actor("Tom Nguyen", "person", title="president of the students' representative council",
              affiliation="Westhaven University", aliases=["Tom Nguyen", "Nguyen"], stance=0),
        actor("Daniel Morrow", "person", title="federal education minister", affiliation="Australian government",
              aliases=["Daniel Morrow", "Morrow", "the minister"], stance=0),
        actor("university spokeswoman", "person", title="spokeswoman (anonymous)",
              affiliation="Westhaven University", aliases=["university spokeswoman"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Irish health policy, curly double quotes and apostrophes. Lede content before "the Minister
#    for Health has said" (the minister is named in the next paragraph: "Minister for Health Aoife
#    Brennan"), participial "Announcing ..., X said". Department statement (content before "the
#    Department of Health said in a statement") and its unnamed spokeswoman are two actors.
#    "said it supported ... but warned that ...": two cues, two indirect spans. Speaker named only
#    after a long apposition with an Irish particle name (Dr Fionnuala Ní Bhriain). Colon after a
#    full clause ("Ms Brennan was unapologetic:"). "welcomed the scheme" not annotated; "The group
#    said ..." is Patients First Ireland. Man and woman named together, then "he said" (Murray) and
#    "She said" (Ní Bhriain). "said ... “...” and accused ... of “...”": two partials. "The
#    minister said" is Brennan. Scare "pharmacy first".
ARTICLES["data/eval/test2/ireland-pharmacist-prescribing.gold.json"] = {
    "article": "data/eval/test2/ireland-pharmacist-prescribing.txt",
    "target": "Department of Health",
    "quotes": [
        (I, "Aoife Brennan", "Pharmacists will be able to prescribe medicines for eight common conditions, "
            "including urinary tract infections, shingles and cold sores, from March", None),
        (I, "Aoife Brennan", "it would free up an estimated 400,000 GP appointments a year and cost the State "
            "about \u20ac18 million annually", None),
        (D, "Aoife Brennan", "Nobody should have to wait four days to see a GP for a prescription their pharmacist "
            "is fully qualified to give them,", None),
        (D, "Aoife Brennan", "This is about using the skills we already have in every town in the country.", None),
        (I, "Department of Health", "Pharmacists must complete a 12-week training course before they can take part",
            None),
        (I, "Irish Association of Family Doctors", "it supported a bigger role for pharmacists", None),
        (I, "Irish Association of Family Doctors", "the scheme risked driving up the use of antibiotics", None),
        (D, "Fionnuala N\u00ed Bhriain", "Antibiotics are not sweets. Every time one is handed out for a sore "
            "throat that would have cleared up on its own, we are spending a resource our grandchildren will "
            "need,", None),
        (I, "Fionnuala N\u00ed Bhriain", "GPs had not been consulted on the final list of conditions", None),
        (D, "Aoife Brennan", "We consulted for 18 months. At some point you have to stop consulting and start "
            "doing.", None),
        (I, "Patients First Ireland", "its own survey of 2,000 adults found that one in three had waited more than "
            "a week for a GP appointment in the past year", None),
        (D, "Declan Murray", "For a mother with a sick child and no GP within 20 miles, this is not a risk, "
            "it\u2019s a lifeline,", None),
        (I, "Fionnuala N\u00ed Bhriain", "the association would publish its own prescribing guidance for members "
            "within a month", None),
        (S, None, "pharmacy first", None),
        (P, "Eoin Cullinane", "a sticking plaster on a gaping wound", None),
        (P, "Eoin Cullinane", "quietly giving up", None),
        (I, "Department of Health spokeswoman", "the list of conditions would be reviewed after 12 months and could "
            "be extended to include ear infections", None),
        (I, "Aoife Brennan", "she expected about 1,500 pharmacies to sign up by the end of the first year", None),
    ],
    "actors": [
        actor("Aoife Brennan", "person", title="Minister for Health", affiliation="Irish Government",
              aliases=["Aoife Brennan", "Brennan", "Ms Brennan", "Minister for Health", "The minister"], stance=1),
        actor("Department of Health", "government", affiliation="Ireland",
              aliases=["Department of Health"], stance=1),
        actor("Irish Association of Family Doctors", "organisation", title="GPs' association",
              aliases=["Irish Association of Family Doctors", "the association"], stance=0),
        actor("Fionnuala N\u00ed Bhriain", "person", title="president; GP in Ballina",
              affiliation="Irish Association of Family Doctors",
              aliases=["Fionnuala N\u00ed Bhriain", "N\u00ed Bhriain", "Dr N\u00ed Bhriain"], stance=-1),
        actor("Patients First Ireland", "organisation", title="patient group",
              aliases=["Patients First Ireland", "The group"], stance=1),
        actor("Declan Murray", "person", title="chief executive", affiliation="Patients First Ireland",
              aliases=["Declan Murray", "Murray"], stance=1),
        actor("Eoin Cullinane", "person", title="health spokesman", affiliation="Labour",
              aliases=["Eoin Cullinane", "Cullinane"], stance=-1),
        actor("Department of Health spokeswoman", "person", title="spokeswoman (anonymous)",
              affiliation="Department of Health", aliases=["Department of Health spokeswoman"], stance=1),
    ],
}


def main() -> None:
    for gold_path, spec in ARTICLES.items():
        gold = build(gold_path, spec)
        out = ROOT / gold_path
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {gold_path}: {len(gold['quotes'])} quotes")


if __name__ == "__main__":
    main()
