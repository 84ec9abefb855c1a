"""Build the test116 gold files (data/eval/test116/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test116/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test116.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test116"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Insider (Russia seizes a Danish-owned insulin plant), target Russia.
ARTICLES[f"{BATCH}/kaluga-insulin-plant-temporary-management.gold.json"] = {
    "article": f"{BATCH}/kaluga-insulin-plant-temporary-management.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian government", "Danish drugmaker Nordhavn Pharma’s insulin plant in Kaluga has been placed under "
            "the control of the Federal Agency for State Property Management (Rosimushchestvo)", None),
        (P, "Russian government", "unfriendly actions", None),
        (I, "Roman Chudinov", "patients had nothing to fear", None),
        (D, "Roman Chudinov", "Production will continue without interruption. Every contract, every delivery schedule "
            "and every job at the plant will be preserved,", None),
        (D, "Roman Chudinov", "The state is acting to protect Russian patients, not to take anyone’s property.", None),
        (P, "Roman Chudinov", "return to a constructive dialogue", None),
        (P, "Roman Chudinov", "the confiscation of Russian assets in Europe", None),
        (D, "Mette Kjærgaard", "We have run this facility safely for fifteen years. We consider the decree an "
            "expropriation in all but name, and we will use every legal avenue available to us,", None),
        (I, "Ministry of Foreign Affairs", "it had summoned the Russian ambassador over the seizure", None),
        (I, "Russian embassy in Copenhagen", "accusations that Moscow was nationalising the plant", None),
        (I, "Russian embassy in Copenhagen", "the measure was temporary and fully consistent with Russian law", None),
        (I, "A manager at the plant", "representatives of Medprom-Invest had arrived on Friday morning with security "
            "guards and asked for access to the plant’s bank accounts", None),
        (D, "A manager at the plant", "Nobody talked about patients. They wanted the accounts and the export "
            "contracts,", None),
        (I, "Ilya Kogan", "the regime’s name should not mislead anyone", None),
        (D, "Ilya Kogan", "There is not a single case since 2023 in which an asset placed under this regime has been "
            "returned to its owner,", None),
        (D, "Ilya Kogan", "In practice, it is the first step towards a sale to a friendly buyer at a symbolic price.",
            None),
        (S, None, "temporary management", None),
    ],
    "actors": [
        actor("Russian government", "government", title="government (decree)", affiliation="Russia",
              aliases=["Russian government"], stance=1),
        actor("Roman Chudinov", "person", title="Deputy Industry and Trade Minister", affiliation="Russia",
              aliases=["Roman Chudinov", "Chudinov"], stance=1),
        actor("Mette Kjærgaard", "person", title="chief executive", affiliation="Nordhavn Pharma",
              aliases=["Mette Kjærgaard", "Kjærgaard"], stance=-1),
        actor("Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Denmark",
              aliases=["Ministry of Foreign Affairs"], stance=-1),
        actor("Russian embassy in Copenhagen", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Copenhagen"], stance=1),
        actor("A manager at the plant", "person", title="anonymous plant manager", affiliation="Nordhavn Pharma",
              aliases=["A manager at the plant"], stance=-1),
        actor("Ilya Kogan", "person", title="Russian corporate lawyer (Riga)", aliases=["Ilya Kogan", "Kogan"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Offaly Express (GAA: a county board ratifies a hurling manager), target Fergal Kinsella.
ARTICLES[f"{BATCH}/offaly-hurling-manager-kinsella-ratified.gold.json"] = {
    "article": f"{BATCH}/offaly-hurling-manager-kinsella-ratified.txt",
    "target": "Fergal Kinsella",
    "quotes": [
        (P, "Siobhán Dooley", "unanimous", None),
        (D, "Siobhán Dooley", "We went looking for the best person for the job, not the best person from a particular "
            "parish,", None),
        (D, "Siobhán Dooley", "Fergal has a record at underage and senior level that nobody else who applied could "
            "match.", None),
        (P, "selection committee", "the most detailed and ambitious plan", None),
        (P, "Tom Egan", "rushed through in three weeks", None),
        (I, "Tom Egan", "clubs had not been consulted on the shortlist", None),
        (D, "Noel Spain", "We have All-Ireland medal winners in this county who have been coaching for twenty years, "
            "and not one of them got a second interview,", None),
        (D, "Noel Spain", "What message does that send to every young coach in Offaly?", None),
        (P, "Noel Spain", "row in behind", None),
        (P, "One former Offaly hurler", "a tougher nut than Tipp minors", None),
        (D, "Fergal Kinsella", "I understand the feeling. If I was an Offaly man I'd probably feel the same way,", None),
        (D, "Fergal Kinsella", "But I didn't come here to be a visitor. I'll be in Tullamore four nights a week, I'll "
            "be at club games every weekend, and I want players from every corner of the county to know the door is "
            "open.", None),
        (D, "Fergal Kinsella", "Judge me on what happens in the summer, not on where I was born.", None),
        (I, "Fergal Kinsella", "his backroom team would include former Offaly goalkeeper Ger Dolan as a selector and "
            "that a second Offaly selector would be named before Christmas", None),
        (P, "Fergal Kinsella", "number one target", None),
    ],
    "actors": [
        actor("Siobhán Dooley", "person", title="county board chairperson", affiliation="Offaly GAA",
              aliases=["Siobhán Dooley", "Dooley"], stance=1),
        actor("selection committee", "group", title="five-person selection committee", affiliation="Offaly GAA",
              aliases=["selection committee"], stance=1),
        actor("Tom Egan", "person", title="Birr delegate", affiliation="Birr", aliases=["Tom Egan", "Egan"],
              stance=-1),
        actor("Noel Spain", "person", title="Coolderry delegate", affiliation="Coolderry",
              aliases=["Noel Spain", "Spain"], stance=-1),
        actor("One former Offaly hurler", "person", title="anonymous former player",
              aliases=["One former Offaly hurler"], stance=-1),
        actor("Fergal Kinsella", "person", title="Offaly senior hurling manager", affiliation="Offaly GAA",
              aliases=["Fergal Kinsella", "Kinsella"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Derby Telegraph (a bus operator cuts six routes), target Peak & Derwent Buses.
ARTICLES[f"{BATCH}/peak-derwent-buses-route-cuts.gold.json"] = {
    "article": f"{BATCH}/peak-derwent-buses-route-cuts.txt",
    "target": "Peak & Derwent Buses",
    "quotes": [
        (I, "Peak & Derwent Buses", "Six bus routes serving Derby and surrounding villages will be scrapped from "
            "January 11", None),
        (P, "Peak & Derwent Buses", "too few passengers to be sustainable", None),
        (D, "spokesman for Peak & Derwent", "No operator wants to withdraw services that people rely on, and we have "
            "not taken this decision lightly.", None),
        (D, "spokesman for Peak & Derwent", "The simple reality is that these routes cost us more than £1.2m a year "
            "to run, and the funding that kept them going has come to an end. We will continue to talk to both "
            "councils about any option that would allow some journeys to be restored.", None),
        (I, "Peak & Derwent Buses", "around 40 driver posts would be affected", None),
        (I, "Peak & Derwent Buses", "it expected to redeploy most staff to other routes", None),
        (I, "Unite", "members would be balloted for strike action if any compulsory redundancies were announced",
            None),
        (P, "Dean Mellor", "a kick in the teeth for drivers and passengers alike", None),
        (D, "Dean Mellor", "They found the money to put new electric buses on the profitable routes. They can find the "
            "money to keep a village connected,", None),
        (P, "Dean Mellor", "by a notice on the canteen wall", None),
        (I, "Derbyshire County Council", "it had offered the operator a reduced grant in October, which the company "
            "turned down", None),
        (P, "Baljit Johal", "devastating", None),
        (D, "Baljit Johal", "I've had people on the phone in tears. For some of them the 14 is the only way to get to "
            "the GP, to the shops, to see their grandchildren,", None),
        (D, "Baljit Johal", "We will look at everything, but I'm not going to promise money we don't have.", None),
        (I, "Margaret Orme", "she did not know how she would get to her hospital appointments at the Royal Derby",
            None),
        (D, "Margaret Orme", "They call it a business decision. To us it's our lifeline,", None),
        (I, "Department for Transport", "the number of local bus journeys in Derbyshire has fallen by about a quarter "
            "since 2010", None),
        (I, "Peak & Derwent Buses", "timetables for its remaining routes would be published on its website next week",
            None),
    ],
    "actors": [
        actor("Peak & Derwent Buses", "organisation", title="bus operator",
              aliases=["Peak & Derwent Buses", "Peak & Derwent"], stance=1),
        actor("spokesman for Peak & Derwent", "person", title="spokesman", affiliation="Peak & Derwent Buses",
              aliases=["spokesman for Peak & Derwent"], stance=1),
        actor("Unite", "organisation", title="union", aliases=["Unite"], stance=-1),
        actor("Dean Mellor", "person", title="regional officer", affiliation="Unite",
              aliases=["Dean Mellor", "Mellor"], stance=-1),
        actor("Derbyshire County Council", "government", title="county council",
              aliases=["Derbyshire County Council"], stance=-1),
        actor("Baljit Johal", "person", title="city councillor for Spondon", affiliation="Derby City Council",
              aliases=["Baljit Johal", "Johal"], stance=-1),
        actor("Margaret Orme", "person", title="passenger, Kirk Langley", aliases=["Margaret Orme", "Orme"],
              stance=-1),
        actor("Department for Transport", "government", title="government department",
              aliases=["Department for Transport"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Saipan Tribune (Manila pauses new worker deployment to the CNMI), target the Philippines.
ARTICLES[f"{BATCH}/philippines-deployment-pause-cnmi.gold.json"] = {
    "article": f"{BATCH}/philippines-deployment-pause-cnmi.txt",
    "target": "Philippines",
    "quotes": [
        (P, "Department of Migrant Workers", "until adequate safeguards are in place", None),
        (I, "Department of Migrant Workers", "workers already in the CNMI would not be affected", None),
        (P, "Marivic Dela Cruz", "not a ban, but a pause.", None),
        (D, "Marivic Dela Cruz", "Our first duty is to our nationals. When seventeen of them come to us with the same "
            "story of unpaid wages, we cannot simply keep sending more people into the same situation,", None),
        (I, "Marivic Dela Cruz", "the consulate had been in contact with the CNMI Department of Labor and with the "
            "contractor involved", None),
        (I, "Ramon Tenorio", "he respected the Philippines' right to protect its citizens", None),
        (P, "Ramon Tenorio", "hundreds of honest employers for the actions of one.", None),
        (D, "Ramon Tenorio", "Filipino workers built much of this island, and we want them to keep coming. But a "
            "blanket suspension is not the answer,", None),
        (P, "Ramon Tenorio", "within weeks, not months.", None),
        (I, "Velma Castro", "hotels and construction firms already struggling with the CW-1 visa cap could face "
            "serious delays on projects scheduled for next year", None),
        (D, "Velma Castro", "Roughly half of our skilled construction workforce comes from the Philippines. If this "
            "goes on into the second quarter, projects will stall,", None),
        (P, "A senior manager at one Garapan hotel", "a long time coming", None),
        (I, "Renato Bautista", "he and his colleagues had finally received part of their back pay last week after the "
            "consulate intervened", None),
        (D, "Renato Bautista", "Without the consulate, nobody would listen to us. Now the company is paying because "
            "Manila is watching,", None),
        (I, "United Filipino Organizations of the CNMI", "it supported the suspension", None),
        (P, "United Filipino Organizations of the CNMI", "a wake-up call", None),
        (I, "CNMI Department of Labor", "there were 2,874 Filipino CW-1 workers in the Commonwealth as of September, "
            "making them the largest group of contract workers in the islands", None),
    ],
    "actors": [
        actor("Department of Migrant Workers", "government", title="department", affiliation="Philippines",
              aliases=["Department of Migrant Workers"], stance=1),
        actor("Marivic Dela Cruz", "person", title="Consul General",
              affiliation="Philippine Consulate General in Agana", aliases=["Marivic Dela Cruz", "Dela Cruz"],
              stance=1),
        actor("Ramon Tenorio", "person", title="Governor", affiliation="CNMI", aliases=["Ramon Tenorio", "Tenorio"],
              stance=-1),
        actor("Velma Castro", "person", title="president", affiliation="Saipan Chamber of Commerce",
              aliases=["Velma Castro", "Castro"], stance=-1),
        actor("A senior manager at one Garapan hotel", "person", title="anonymous hotel manager",
              aliases=["A senior manager at one Garapan hotel"], stance=1),
        actor("Renato Bautista", "person", title="construction worker", aliases=["Renato Bautista", "Bautista"],
              stance=1),
        actor("United Filipino Organizations of the CNMI", "organisation", title="community group",
              aliases=["United Filipino Organizations of the CNMI"], stance=1),
        actor("CNMI Department of Labor", "government", title="territorial department", affiliation="CNMI",
              aliases=["CNMI Department of Labor"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
