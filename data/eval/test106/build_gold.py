"""Build the test106 gold files (data/eval/test106/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test106/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test106.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test106"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Offshore Energy (Arctic LNG 2 ships a winter cargo on a new Arc7 carrier), curly quotes and apostrophes.
ARTICLES[f"{BATCH}/arctic-lng2-winter-cargo-arc7.gold.json"] = {
    "article": f"{BATCH}/arctic-lng2-winter-cargo-arc7.txt",
    "target": "Russia",
    "quotes": [
        (I, "Novatek", "the carrier, Vladimir Arsenyev, had left the Utrenneye terminal on the Gydan peninsula with about "
            "170,000 cubic metres of LNG and was heading east along the Northern Sea Route", None),
        (P, "Novatek", "a new stage", None),
        (I, "Novatek", "further Arc7 vessels would be delivered from Zvezda in 2027", None),
        (P, "Roman Yeltsov", "the most complex ships in the world", None),
        (D, "Roman Yeltsov", "They told us Arctic LNG 2 was dead. They were wrong,", None),
        (D, "Roman Yeltsov", "Our LNG will find buyers, with or without the approval of Washington or Brussels.", None),
        (I, "Dmitri Kalinin", "nuclear icebreakers would escort the carrier through the Vilkitsky Strait, where the ice "
            "was already up to 1.2 metres thick", None),
        (S, None, "shadow fleet", None),
        (I, "Kpler", "the Vladimir Arsenyev has not declared a destination, a common practice among vessels carrying "
            "sanctioned cargoes", None),
        (I, "Tomas Brennhaug", "the most likely buyers were Chinese terminals that had already taken sanctioned cargoes "
            "from the project last year", None),
        (D, "Tomas Brennhaug", "The buyers exist. The question is whether Novatek can get enough ships to make this more "
            "than a symbolic cargo,", None),
        (P, "US State Department spokesperson", "continue to use all available tools", None),
        (I, "US State Department spokesperson", "any company or vessel involved in the trade risked sanctions", None),
        (P, "European Commission", "closely monitoring", None),
        (I, "One shipbroker in Singapore", "charterers were still wary of Zvezda-built vessels after delays and technical "
            "problems on earlier hulls", None),
    ],
    "actors": [
        actor("Novatek", "organisation", title="LNG producer", affiliation="Russia", aliases=["Novatek"], stance=1),
        actor("Roman Yeltsov", "person", title="Deputy Energy Minister", affiliation="Russia",
              aliases=["Roman Yeltsov", "Yeltsov"], stance=1),
        actor("Dmitri Kalinin", "person", title="head of the Northern Sea Route Directorate", affiliation="Rosatom",
              aliases=["Dmitri Kalinin", "Kalinin"], stance=None),
        actor("Kpler", "organisation", title="ship-tracking and analytics firm", aliases=["Kpler"], stance=None),
        actor("Tomas Brennhaug", "person", title="senior LNG analyst", affiliation="Kpler",
              aliases=["Tomas Brennhaug", "Brennhaug"], stance=0),
        actor("US State Department spokesperson", "person", title="spokesperson", affiliation="US State Department",
              aliases=["US State Department spokesperson"], stance=-1),
        actor("European Commission", "government", title="EU executive", aliases=["European Commission"], stance=0),
        actor("One shipbroker in Singapore", "person", title="shipbroker (anonymous)",
              aliases=["One shipbroker in Singapore"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Daily Nexus (a recall petition against the student body president), curly quotes and apostrophes.
ARTICLES[f"{BATCH}/as-president-recall-castellanos.gold.json"] = {
    "article": f"{BATCH}/as-president-recall-castellanos.txt",
    "target": "Maya Castellanos",
    "quotes": [
        (P, "Maya Castellanos", "a distraction", "Castellanos calls"),
        (I, "A.S. Elections Board", "A petition to recall Associated Students President Maya Castellanos has gathered "
            "enough verified signatures to trigger a special election in winter quarter", None),
        (I, "Devin Ahn", "the board had verified 2,614 signatures, just over the 10% of undergraduates required under "
            "the A.S. Legal Code", None),
        (I, "Jordan Whitlock", "the money came out of student fees", None),
        (P, "Jordan Whitlock", "a real answer, not a press release.", None),
        (D, "Jordan Whitlock", "Maya is a good person, I\u2019ll say that. But she signed off on a six-figure contract "
            "without a permit, and then tried to blame the administration when it fell apart,", None),
        (I, "Maya Castellanos", "she took responsibility for the decision", None),
        (P, "Maya Castellanos", "a distraction", "the recall was"),
        (D, "Maya Castellanos", "I made a call that, looking back, I would make differently. I\u2019ve said that "
            "publicly, and I\u2019ve apologized to the Senate,", None),
        (D, "Maya Castellanos", "But running a special election will cost A.S. another $20,000. I don\u2019t see how "
            "that helps anyone.", None),
        (P, "Maya Castellanos", "every indication", None),
        (I, "Kenji Morales", "the Senate had already passed new rules requiring a permit before any contract over "
            "$25,000 is signed", None),
        (D, "Kenji Morales", "The Senate isn\u2019t taking a side on the recall. That\u2019s for students to decide,",
            None),
        (P, "UCSB spokesperson", "incomplete,", None),
        (I, "UCSB spokesperson", "it had no role in the association\u2019s contracting decisions", None),
        (P, "Amara Singh", "somebody has to be responsible.", None),
        (P, "Lucas Brand", "a pile-on.", None),
        (D, "Lucas Brand", "She messed up. People mess up. You don\u2019t recall someone over one concert,", None),
        (I, "A.S. Elections Board", "The special election is expected to take place in the third week of winter "
            "quarter", None),
    ],
    "actors": [
        actor("Maya Castellanos", "person", title="Associated Students President", affiliation="UC Santa Barbara",
              aliases=["Maya Castellanos", "Castellanos", "Maya"], stance=1),
        actor("A.S. Elections Board", "organisation", title="student elections board",
              affiliation="Associated Students", aliases=["A.S. Elections Board", "Elections Board"], stance=None),
        actor("Devin Ahn", "person", title="Elections Board Chair", affiliation="Associated Students",
              aliases=["Devin Ahn", "Ahn"], stance=None),
        actor("Jordan Whitlock", "person", title="petition organizer; economics major",
              affiliation="Students for Accountable Spending", aliases=["Jordan Whitlock", "Whitlock"], stance=-1),
        actor("Kenji Morales", "person", title="A.S. Senate President Pro Tempore", affiliation="Associated Students",
              aliases=["Kenji Morales", "Morales"], stance=0),
        actor("UCSB spokesperson", "person", title="spokesperson", affiliation="UC Santa Barbara",
              aliases=["UCSB spokesperson"], stance=-1),
        actor("Amara Singh", "person", title="biology major", affiliation="UC Santa Barbara",
              aliases=["Amara Singh", "Singh"], stance=-1),
        actor("Lucas Brand", "person", title="film and media studies major", affiliation="UC Santa Barbara",
              aliases=["Lucas Brand", "Brand"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Ashburton Guardian (a council votes for water meters), straight quotes, "Cr".
ARTICLES[f"{BATCH}/ashburton-water-meters-council-vote.gold.json"] = {
    "article": f"{BATCH}/ashburton-water-meters-council-vote.txt",
    "target": "Ashburton District Council",
    "quotes": [
        (S, None, "fair use", None),
        (I, "Ashburton District Council", "meters will reduce summer demand by up to a quarter", None),
        (I, "Rob Gillespie", "the decision had not been easy but the council could not keep building bigger reservoirs "
            "to cope with a handful of heavy users", None),
        (D, "Rob Gillespie", "We've had two summers of restrictions in Methven already. Meters are the fairest way I "
            "know of making sure the people who use the most pay the most,", None),
        (I, "Priya Sandhu", "the meters would cost about $4.2 million, most of it covered by the government's water "
            "infrastructure fund", None),
        (I, "Priya Sandhu", "trials in Tinwald had found that leaks on private property made up nearly 20 per cent of "
            "the water lost from the network", None),
        (D, "Priya Sandhu", "Half the time people have no idea they've got a leak until we show them the numbers,", None),
        (P, "Tony Frost", "off the table", None),
        (D, "Tony Frost", "People feel they've been had. We consulted them, they said no, and here we are,", None),
        (I, "Tony Frost", "he would ask for the decision to be revisited once the new council was elected", None),
        (I, "Anahera Tipene", "the council had listened and had already dropped an earlier proposal to meter the "
            "Ashburton town supply", None),
        (P, "Grant Reid", "mixed feelings", None),
        (I, "Grant Reid", "Some residents were worried about the cost for larger families", None),
        (I, "Jo Weir", "farmers already paid for their water", None),
        (P, "Jo Weir", "pleased to see towns held to the same standard", None),
        (I, "Kathleen Murray", "she was not against meters but wanted to know what the council would charge per cubic "
            "metre before she made up her mind", None),
        (D, "Kathleen Murray", "I've got eight bathrooms. You tell me what that's going to cost,", None),
        (I, "Ashburton District Council", "the per-unit charge will be set in the 2027-28 Annual Plan", None),
    ],
    "actors": [
        actor("Ashburton District Council", "government", title="district council",
              aliases=["Ashburton District Council", "council"], stance=1),
        actor("Rob Gillespie", "person", title="Mayor", affiliation="Ashburton District Council",
              aliases=["Rob Gillespie", "Gillespie"], stance=1),
        actor("Priya Sandhu", "person", title="group manager of infrastructure",
              affiliation="Ashburton District Council", aliases=["Priya Sandhu", "Sandhu"], stance=1),
        actor("Tony Frost", "person", title="councillor", affiliation="Ashburton District Council",
              aliases=["Tony Frost", "Frost", "Cr Frost"], stance=-1),
        actor("Anahera Tipene", "person", title="councillor", affiliation="Ashburton District Council",
              aliases=["Anahera Tipene", "Tipene"], stance=1),
        actor("Grant Reid", "person", title="Methven Community Board chair", affiliation="Methven Community Board",
              aliases=["Grant Reid", "Reid"], stance=0),
        actor("Jo Weir", "person", title="Mid Canterbury president", affiliation="Federated Farmers",
              aliases=["Jo Weir", "Weir"], stance=1),
        actor("Kathleen Murray", "person", title="Methven resident, B&B owner",
              aliases=["Kathleen Murray", "Murray"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Pig Progress (a Spanish pig producer culls pigs as ASF spreads), straight quotes.
ARTICLES[f"{BATCH}/ebro-porcino-asf-sow-farms.gold.json"] = {
    "article": f"{BATCH}/ebro-porcino-asf-sow-farms.txt",
    "target": "Grupo Ebro Porcino",
    "quotes": [
        (I, "Grupo Ebro Porcino", "Spain's third-largest pig producer, Grupo Ebro Porcino, is culling around 42,000 pigs "
            "on farms inside the enlarged African swine fever (ASF) restriction zone in the province of Lleida", None),
        (I, "Jordi Puigvert", "the company had decided to depopulate the farms itself rather than wait for the "
            "authorities to order it", None),
        (D, "Jordi Puigvert", "We do not have a single positive animal. But if the virus enters one of these farms, we "
            "lose the whole region's export status, and the whole sector pays,", None),
        (D, "Jordi Puigvert", "This is the hardest decision I have taken in 25 years in this business.", None),
        (I, "Jordi Puigvert", "the company would compensate its contract growers in full and would not be seeking state "
            "aid for the culls", None),
        (P, "Catalan Department of Agriculture", "valued the responsible attitude", None),
        (I, "Catalan Department of Agriculture", "its veterinary services would supervise the culls", None),
        (I, "Catalan Department of Agriculture", "14 wild boar have now tested positive in the new cluster", None),
        (P, "Interporc", "sends the wrong message", None),
        (I, "spokesperson for the farmers' union Uni\u00f3 de Pagesos", "several smaller family farms in the zone had "
            "not been offered the same terms and feared being squeezed out", None),
        (D, "spokesperson for the farmers' union Uni\u00f3 de Pagesos", "Ebro can afford to empty its farms for two "
            "years. A family farm with 600 sows cannot,", None),
        (I, "Ramon Vilar\u00f3", "the company had treated him fairly", None),
        (D, "Ramon Vilar\u00f3", "They paid us before the trucks even arrived. I have nothing bad to say about them,",
            None),
        (D, "Ramon Vilar\u00f3", "But 30 years of work is gone in one week.", None),
        (P, "Marta Castells", "commercially logical", None),
        (I, "Marta Castells", "Japan and the Philippines had already suspended imports of pork from Catalonia", None),
        (I, "Mercolleida", "Pig prices in Spain fell by \u20ac0.09 per kg last week", None),
        (S, None, "mega-farm", None),
    ],
    "actors": [
        actor("Grupo Ebro Porcino", "organisation", title="pig producer",
              aliases=["Grupo Ebro Porcino", "Ebro Porcino", "Ebro"], stance=1),
        actor("Jordi Puigvert", "person", title="chief executive", affiliation="Grupo Ebro Porcino",
              aliases=["Jordi Puigvert", "Puigvert"], stance=1),
        actor("Catalan Department of Agriculture", "government", title="regional agriculture department",
              affiliation="Catalonia", aliases=["Catalan Department of Agriculture"], stance=1),
        actor("Interporc", "organisation", title="Spanish pork interprofessional", aliases=["Interporc"], stance=-1),
        actor("spokesperson for the farmers' union Uni\u00f3 de Pagesos", "person", title="spokesperson",
              affiliation="Uni\u00f3 de Pagesos",
              aliases=["spokesperson for the farmers' union Uni\u00f3 de Pagesos", "spokesperson"], stance=-1),
        actor("Ramon Vilar\u00f3", "person", title="contract sow farmer", affiliation="Grupo Ebro Porcino (contract)",
              aliases=["Ramon Vilar\u00f3", "Vilar\u00f3"], stance=1),
        actor("Marta Castells", "person", title="senior animal protein analyst", affiliation="Rabobank",
              aliases=["Marta Castells", "Castells"], stance=1),
        actor("Mercolleida", "organisation", title="pig market", aliases=["Mercolleida"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
