"""Build the dev143 gold files (data/eval/dev143/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text
occurs more than once, by an anchor (a string occurring exactly once in the article) from whose start the
text is searched. Run from anywhere:  python3 data/eval/dev143/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev143.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev143"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Telegram (St. John's, N.L.) fisheries/diplomacy (a Russian trawler is let into port for a medical
#    emergency), headline without speech, deck with a straight single fragment attributed to "Fisheries
#    union", "Name · The Telegram" and "Published Dec 05, 2026" lines, "ST. JOHN'S, N.L. —" dateline,
#    straight quotes, AP punctuation inside fragments ("senseless."), "READ MORE:" line.
ARTICLES[f"{BATCH}/st-johns-russian-trawler-emergency-entry.gold.json"] = {
    "article": f"{BATCH}/st-johns-russian-trawler-emergency-entry.txt",
    "target": "Russia",
    "quotes": [
        (P, "Fish, Food and Allied Workers", "wrong message", None),
        (I, "Transport Canada", "The Kapitan Rudnev, which had been fishing for redfish on the Flemish Cap outside "
            "Canada's 200-mile limit, requested emergency entry late Thursday after a 34-year-old deckhand suffered "
            "serious head injuries in a winch accident", None),
        (P, "Transport Canada", "on strictly humanitarian grounds", None),
        (I, "Transport Canada", "the vessel would not be allowed to land fish, take on fuel or make crew changes while "
            "in port", None),
        (S, None, "closed harbours", None),
        (P, "Ilya Morgunov", "senseless.", None),
        (D, "Ilya Morgunov", "Fishermen are not politicians. When a man is hurt at sea, the nearest port should not "
            "depend on which flag is flying,", None),
        (P, "Ilya Morgunov", "for half a century", None),
        (P, "Gail Tobin", "no quarrel", None),
        (I, "Gail Tobin", "the union wanted assurances the port would stay closed to Russian ships", None),
        (D, "Gail Tobin", "We've watched Russian trawlers hammer stocks on the Nose and Tail of the Banks for decades. "
            "Today it's a medical emergency. Tomorrow it's a fuel stop, and then what?", None),
        (I, "Anne Power", "Canada's sanctions on Russia were unchanged", None),
        (D, "Anne Power", "Nothing about today changes our position. Russia's war in Ukraine continues, and so do our "
            "measures,", None),
        (I, "Nikolai Shevchuk", "the crew was grateful to everyone who had helped", None),
        (D, "Nikolai Shevchuk", "The doctors, the pilots, the people on the wharf, they did everything right. We will "
            "not forget it,", None),
        (I, "Ruth Hardy", "the decision was consistent with international maritime law, which obliges states to assist "
            "people in distress at sea", None),
        (I, "Ruth Hardy", "the bigger question was whether Russian fishing effort on the Flemish Cap was being properly "
            "monitored", None),
        (D, "Ruth Hardy", "Canada can close its ports. It can't close the high seas,", None),
        (I, "Gerry Walsh", "the crew looked exhausted", None),
        (D, "Gerry Walsh", "They were just young fellas, same as ours,", None),
    ],
    "actors": [
        actor("Fish, Food and Allied Workers", "organisation", title="fish harvesters' union",
              aliases=["Fish, Food and Allied Workers", "FFAW-Unifor", "Fisheries union"], stance=-1),
        actor("Transport Canada", "government", title="federal transport department", affiliation="Canada",
              aliases=["Transport Canada"], stance=0),
        actor("Ilya Morgunov", "person", title="spokesman", affiliation="Federal Agency for Fishery (Russia)",
              aliases=["Ilya Morgunov", "Morgunov"], stance=1),
        actor("Gail Tobin", "person", title="president", affiliation="Fish, Food and Allied Workers (FFAW-Unifor)",
              aliases=["Gail Tobin", "Tobin"], stance=-1),
        actor("Anne Power", "person", title="Federal Fisheries Minister", affiliation="Canada",
              aliases=["Anne Power", "Power"], stance=-1),
        actor("Nikolai Shevchuk", "person", title="captain of the Kapitan Rudnev",
              aliases=["Nikolai Shevchuk", "Shevchuk"], stance=None),
        actor("Ruth Hardy", "person", title="fisheries enforcement researcher",
              affiliation="Memorial University's Marine Institute", aliases=["Ruth Hardy", "Hardy"], stance=0),
        actor("Gerry Walsh", "person", title="longshoreman", aliases=["Gerry Walsh", "Walsh"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Santa Fe New Mexican science/local (a plutonium glovebox breach at Los Alamos), headline without
#    speech, deck with unquoted "Lab says exposure was low" (a headline without a quote: not annotated),
#    byline with an e-mail address, "Dec 4, 2026", AP style (comma inside the scare quote "pit mission,").
ARTICLES[f"{BATCH}/los-alamos-glovebox-breach.gold.json"] = {
    "article": f"{BATCH}/los-alamos-glovebox-breach.txt",
    "target": "Los Alamos National Laboratory",
    "quotes": [
        (I, "Los Alamos National Laboratory", "Two workers at Los Alamos National Laboratory's plutonium facility were "
            "contaminated last week when a glove on a sealed work box tore during a routine operation", None),
        (I, "Defense Nuclear Facilities Safety Board", "The Nov. 25 incident at the facility known as PF-4, where the lab "
            "is ramping up production of plutonium cores for nuclear weapons, was the third glovebox breach there "
            "this year", None),
        (I, "Carla Ortiz-Sandoval", "both workers were treated on site", None),
        (P, "Carla Ortiz-Sandoval", "well below", None),
        (D, "Carla Ortiz-Sandoval", "Safety is the foundation of everything we do at PF-4. We take every breach "
            "seriously, and we will learn from this one,", None),
        (I, "Carla Ortiz-Sandoval", "the workers had returned to their regular duties", None),
        (I, "National Nuclear Security Administration", "it was reviewing the incident but that it did not expect it "
            "to affect the schedule for pit production", None),
        (S, None, "pit mission,", None),
        (I, "Rosalind Sisneros", "the breaches were not a surprise", None),
        (D, "Rosalind Sisneros", "This is what happens when you push an old building and a young workforce to hit "
            "production numbers set in Washington,", None),
        (D, "Rosalind Sisneros", "The lab keeps telling us these are minor events. Three in one year is not minor.",
            None),
        (I, "Tomás Archuleta", "the department had not been notified of any release outside the facility and that air "
            "monitors around the lab had detected nothing unusual", None),
        (D, "Tomás Archuleta", "Based on what we know today, there is no risk to the public. But we are asking "
            "questions, and we expect answers,", None),
        (I, "A radiological control technician at PF-4", "staff had been raising concerns about worn gloves for months",
            None),
        (D, "A radiological control technician at PF-4", "We've been told there's a supply problem with the gloves. So "
            "you stretch them. You make do,", None),
        (P, "Joanne Story", "a warning we shouldn't ignore", None),
        (I, "Joanne Story", "she had requested a briefing from lab management", None),
    ],
    "actors": [
        actor("Los Alamos National Laboratory", "organisation", title="national laboratory",
              aliases=["Los Alamos National Laboratory", "Los Alamos"], stance=1),
        actor("Defense Nuclear Facilities Safety Board", "government", title="federal safety board",
              aliases=["Defense Nuclear Facilities Safety Board"], stance=0),
        actor("Carla Ortiz-Sandoval", "person", title="Lab spokeswoman", affiliation="Los Alamos National Laboratory",
              aliases=["Carla Ortiz-Sandoval", "Ortiz-Sandoval"], stance=1),
        actor("National Nuclear Security Administration", "government", title="federal agency overseeing the lab",
              aliases=["National Nuclear Security Administration"], stance=1),
        actor("Rosalind Sisneros", "person", title="executive director",
              affiliation="Citizens for Nuclear Accountability", aliases=["Rosalind Sisneros", "Sisneros"], stance=-1),
        actor("Tomás Archuleta", "person", title="State Environment Secretary", affiliation="New Mexico",
              aliases=["Tomás Archuleta", "Archuleta"], stance=0),
        actor("A radiological control technician at PF-4", "person", title="anonymous technician",
              affiliation="Los Alamos National Laboratory", aliases=["A radiological control technician at PF-4"],
              stance=-1),
        actor("Joanne Story", "person", title="State Rep., D-Los Alamos", affiliation="New Mexico House",
              aliases=["Joanne Story", "Story"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Western Mail (Wales) health (record A&E waits; the Health Secretary under fire), headline and standfirst
#    without speech, "By ..., Health Editor" byline, lede in capitals ("WALES' Health Secretary"), straight
#    quotes with British punctuation outside fragments, Welsh names and places, "Ms"/"Dr".
ARTICLES[f"{BATCH}/wales-ae-waits-health-secretary.gold.json"] = {
    "article": f"{BATCH}/wales-ae-waits-health-secretary.txt",
    "target": "Gwenllian Morgan",
    "quotes": [
        (P, "Gwenllian Morgan", "a plan that is working", None),
        (I, "NHS Wales", "26.3% of patients spent more than 12 hours in A&E in November, the highest proportion since "
            "records began in 2011", None),
        (S, None, "corridor care", None),
        (P, "Gwenllian Morgan", "disappointing", None),
        (D, "Gwenllian Morgan", "I am not going to pretend that a patient waiting 12 hours on a trolley is acceptable. "
            "It is not,", None),
        (D, "Gwenllian Morgan", "But the direction of travel on handovers is right, and I am asking people to judge us "
            "on what happens this winter, not on one month's figures.", None),
        (P, "Elin Gwyndaf", "run out of patience", None),
        (D, "Elin Gwyndaf", "Every month we hear that the corner is about to be turned. Every month the numbers get "
            "worse,", None),
        (D, "Gwenllian Morgan", "No. I'm going to get on with the job.", None),
        (P, "Owain Rhydderch", "permanently overwhelmed", None),
        (P, "Owain Rhydderch", "inherited a mess", None),
        (I, "Owain Rhydderch", "she needed to be honest with the public about how long recovery would take", None),
        (I, "Welsh Ambulance Service", "crews lost more than 17,000 hours waiting outside hospitals in November, down "
            "from 21,000 in July", None),
        (I, "Carys Pugh", "her 87-year-old father waited 31 hours in the emergency department at Ysbyty Gwynedd after a "
            "fall at home last month", None),
        (D, "Carys Pugh", "Dad was on a trolley next to the toilets for a day and a half. The staff were wonderful, but "
            "they were drowning,", None),
        (I, "Carys Pugh", "she had written to the Health Secretary about his care but had yet to receive a reply", None),
        (I, "A Welsh Government spokesperson", "an extra £25m had been allocated to health boards to help them cope over "
            "the winter, including funding for 150 additional step-down beds in the community", None),
    ],
    "actors": [
        actor("Gwenllian Morgan", "person", title="Health Secretary", affiliation="Welsh Government",
              aliases=["Gwenllian Morgan", "Morgan", "Ms Morgan", "Health Secretary"], stance=1),
        actor("NHS Wales", "government", title="health service", aliases=["NHS Wales"], stance=0),
        actor("Elin Gwyndaf", "person", title="health spokeswoman", affiliation="Plaid Cymru",
              aliases=["Elin Gwyndaf", "Gwyndaf", "Ms Gwyndaf"], stance=-1),
        actor("Owain Rhydderch", "person", title="chair, BMA Cymru Wales consultants committee",
              affiliation="BMA Cymru Wales", aliases=["Owain Rhydderch", "Dr Owain Rhydderch", "Rhydderch"], stance=0),
        actor("Welsh Ambulance Service", "organisation", title="ambulance service",
              aliases=["Welsh Ambulance Service"], stance=0),
        actor("Carys Pugh", "person", title="patient's daughter", aliases=["Carys Pugh", "Pugh"], stance=-1),
        actor("A Welsh Government spokesperson", "person", title="government spokesperson",
              affiliation="Welsh Government", aliases=["A Welsh Government spokesperson"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Liberian Observer (Daily Observer) land/labour (residents block a rubber company's road), title-case
#    headline without speech, byline, straight quotes with AP punctuation inside the fragment
#    ("... duly identified."), "Mrs."/"Ms."/"Hon."/"Rep." titles, "US$", a speaker named Sunday.
ARTICLES[f"{BATCH}/pleebo-rubber-road-blockade.gold.json"] = {
    "article": f"{BATCH}/pleebo-rubber-road-blockade.txt",
    "target": "Harper Rubber Plantation Company",
    "quotes": [
        (I, "Jacob Nyenpan", "the company had bulldozed more than 300 acres of community land since September, "
            "destroying cassava and rice farms", None),
        (D, "Jacob Nyenpan", "Our grandparents were buried on this land. The company came with bulldozers and said they "
            "have a paper from Monrovia. We have never seen this paper,", None),
        (D, "Jacob Nyenpan", "We are not against investment. We are against stealing.", None),
        (P, "Emmanuel Sunday", "comes to the table", None),
        (D, "Emmanuel Sunday", "We are not afraid. This is our land, and we will stand here until somebody listens,",
            None),
        (S, None, "buffer zone", None),
        (P, "Harper Rubber Plantation Company", "within the boundaries of its concession agreement", None),
        (P, "Harper Rubber Plantation Company", "all affected farmers who were duly identified.", None),
        (I, "Edith Kollie-Greaves", "the blockade had cost the company more than US$200,000 in lost exports and put the "
            "jobs of its 2,400 workers at risk", None),
        (D, "Edith Kollie-Greaves", "We respect the right of people to protest, but blocking a public road is against "
            "the law. Our doors remain open for dialogue,", None),
        (I, "Dorothy Toe", "the county administration had called a meeting between the company and the affected towns "
            "for Friday in Pleebo", None),
        (I, "Liberia Land Authority", "the boundaries of the HRPC concession have never been fully demarcated, a problem "
            "common to many agricultural concessions in the country", None),
        (P, "Comfort Sieh", "a ticking time bomb", None),
        (D, "Comfort Sieh", "When companies and communities are left to fight over maps nobody has seen, violence is "
            "never far away,", None),
        (I, "Isaac Gbeh Dweh", "he would raise the matter when the House of Representatives returns from its Christmas "
            "break", None),
        (D, "Isaac Gbeh Dweh", "No concession agreement gives any company the right to destroy people's farms without "
            "talking to them first,", None),
        (I, "Police in Pleebo", "no arrests had been made", None),
    ],
    "actors": [
        actor("Jacob Nyenpan", "person", title="Chief of Kpanneh Town",
              aliases=["Jacob Nyenpan", "Chief Nyenpan", "Nyenpan"], stance=-1),
        actor("Emmanuel Sunday", "person", title="Youth chairman", aliases=["Emmanuel Sunday", "Sunday"], stance=-1),
        actor("Harper Rubber Plantation Company", "organisation", title="rubber concession company",
              aliases=["Harper Rubber Plantation Company", "HRPC"], stance=1),
        actor("Edith Kollie-Greaves", "person", title="Communications Manager",
              affiliation="Harper Rubber Plantation Company", aliases=["Edith Kollie-Greaves", "Kollie-Greaves"],
              stance=1),
        actor("Dorothy Toe", "person", title="Maryland County Superintendent",
              aliases=["Dorothy Toe", "Toe"], stance=None),
        actor("Liberia Land Authority", "government", title="land agency",
              aliases=["Liberia Land Authority", "LLA"], stance=0),
        actor("Comfort Sieh", "person", title="land rights campaigner",
              affiliation="Sustainable Development Institute (SDI)", aliases=["Comfort Sieh", "Sieh"], stance=0),
        actor("Isaac Gbeh Dweh", "person", title="Representative, Maryland County Electoral District #1",
              affiliation="House of Representatives", aliases=["Isaac Gbeh Dweh", "Dweh", "Rep. Dweh"], stance=-1),
        actor("Police in Pleebo", "government", title="local police", aliases=["Police in Pleebo"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
