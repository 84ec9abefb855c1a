"""Build the test129 gold files (data/eval/test129/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when
that text occurs more than once, by an anchor (a string occurring exactly once in the article) from
whose start the text is searched. Run from anywhere:  python3 data/eval/test129/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test129.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test129"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Balkan Green Energy News (Serbia and Russia agree to expand a jointly owned gas storage site).
ARTICLES[f"{BATCH}/serbia-russia-banatski-dvor-storage.gold.json"] = {
    "article": f"{BATCH}/serbia-russia-banatski-dvor-storage.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Mining and Energy", "Serbia and Russia have agreed to expand the Banatski Dvor underground gas "
            "storage facility in Vojvodina from 750 million to 1.5 billion cubic meters", None),
        (D, "Jelena Stojković Radić", "Storage is the cheapest insurance a country can buy. Last winter showed that "
            "Serbia cannot rely on the spot market alone,", None),
        (P, "Jelena Stojković Radić", "continue to diversify", None),
        (I, "Jelena Stojković Radić", "the expansion was not a political decision", None),
        (I, "Aleksei Zubarev", "Gazprom was prepared to cover more than half of the investment, estimated at EUR 420 "
            "million", None),
        (D, "Aleksei Zubarev", "Our partners in Serbia have always paid on time and kept their word. We will do the "
            "same,", None),
        (P, "Gazprom", "guarantee of energy security for the entire region.", None),
        (P, "Konstantin Orlov", "pressure from outside", None),
        (P, "spokesperson for the EU Delegation to Serbia", "taken note", None),
        (D, "spokesperson for the EU Delegation to Serbia", "Any new long-term arrangement that deepens dependence on "
            "Russian gas runs counter to the direction the European Union has set, and we expect Serbia to take that "
            "into account,", None),
        (I, "One EU diplomat in Belgrade", "the memorandum would be raised when the accession chapter on energy is next "
            "discussed", None),
        (I, "Milica Todorović", "the capacity itself made sense, but that Gazprom’s stake gave Moscow too much say over "
            "Serbia’s reserves", None),
        (D, "Milica Todorović", "More storage is good. More storage owned by Gazprom, at a moment like this, is a "
            "different story,", None),
        (I, "Zelena Voda", "the money would be better spent on solar, wind and heat pumps", None),
        (S, None, "green transition", None),
    ],
    "actors": [
        actor("Ministry of Mining and Energy", "government", title="ministry", affiliation="Serbia",
              aliases=["Ministry of Mining and Energy"], stance=1),
        actor("Jelena Stojković Radić", "person", title="Minister of Mining and Energy", affiliation="Serbia",
              aliases=["Jelena Stojković Radić", "Stojković Radić"], stance=1),
        actor("Aleksei Zubarev", "person", title="Gazprom deputy chief executive", affiliation="Gazprom",
              aliases=["Aleksei Zubarev", "Zubarev"], stance=1),
        actor("Gazprom", "organisation", title="Russian state-controlled gas company", affiliation="Russia",
              aliases=["Gazprom"], stance=1),
        actor("Konstantin Orlov", "person", title="Russian Ambassador to Serbia", affiliation="Russia",
              aliases=["Konstantin Orlov", "Orlov"], stance=1),
        actor("spokesperson for the EU Delegation to Serbia", "person", title="spokesperson",
              affiliation="EU Delegation to Serbia", aliases=["spokesperson for the EU Delegation to Serbia"],
              stance=-1),
        actor("One EU diplomat in Belgrade", "person", title="anonymous EU diplomat", affiliation="European Union",
              aliases=["One EU diplomat in Belgrade"], stance=-1),
        actor("Milica Todorović", "person", title="energy analyst", affiliation="Belgrade Energy Policy Institute",
              aliases=["Milica Todorović", "Todorović"], stance=0),
        actor("Zelena Voda", "organisation", title="environmental group", aliases=["Zelena Voda"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. TBNewsWatch (a Thunder Bay curling rink removed from the provincials over a residency rule).
ARTICLES[f"{BATCH}/thunder-bay-curling-rink-disqualified.gold.json"] = {
    "article": f"{BATCH}/thunder-bay-curling-rink-disqualified.txt",
    "target": "Kira Mäkelä",
    "quotes": [
        (I, "Kira Mäkelä", "her team followed the rules and will appeal", None),
        (I, "Kira Mäkelä", "the team would appeal the decision", None),
        (D, "Kira Mäkelä", "We read the rule book, we asked questions in September, and we were told we were fine. Now, "
            "three weeks before the provincials, we're told we're not. That's not fair to anybody,", None),
        (P, "CurlON", "applied consistently to all teams", None),
        (I, "CurlON", "it had informed the rink of the problem as soon as it became aware of it", None),
        (P, "Paul Leclair", "a great deal of sympathy", None),
        (D, "Paul Leclair", "This is not a judgment on anyone's character or their curling. The residency rule exists "
            "so that every team is competing on the same footing,", None),
        (I, "Paul Leclair", "the appeal would be heard by an independent panel before Christmas", None),
        (P, "Jordyn Lake", "terrible", None),
        (D, "Jordyn Lake", "I'd step aside tomorrow if it meant they could play. But they won't let the team go with a "
            "spare either, so here we are,", None),
        (I, "Kira Mäkelä", "the team had an email from a CurlON staff member in September confirming Lake was eligible",
            None),
        (I, "CurlON", "it was reviewing that correspondence", None),
        (P, "Dave Rinta", "100 per cent", None),
        (I, "Dave Rinta", "the club would help cover the cost of the appeal", None),
        (D, "Dave Rinta", "Kira has done everything right. She's the kind of skip this city has been waiting twenty years "
            "for,", None),
        (P, "One skip who lost to Mäkelä in the qualifier", "common knowledge", None),
        (D, "One skip who lost to Mäkelä in the qualifier", "Nobody wants to win like this, but rules are rules,", None),
        (S, None, "snowbird clause,", None),
    ],
    "actors": [
        actor("Kira Mäkelä", "person", title="skip", affiliation="Thunder Bay women's curling rink",
              aliases=["Kira Mäkelä", "Mäkelä", "Kira"], stance=1),
        actor("CurlON", "organisation", title="provincial curling body", aliases=["CurlON"], stance=-1),
        actor("Paul Leclair", "person", title="CurlON executive director", affiliation="CurlON",
              aliases=["Paul Leclair", "Leclair"], stance=0),
        actor("Jordyn Lake", "person", title="second", affiliation="Thunder Bay women's curling rink",
              aliases=["Jordyn Lake", "Lake"], stance=1),
        actor("Dave Rinta", "person", title="Fort William Curling Club president",
              affiliation="Fort William Curling Club", aliases=["Dave Rinta", "Rinta"], stance=1),
        actor("One skip who lost to Mäkelä in the qualifier", "person", title="anonymous rival skip",
              aliases=["One skip who lost to Mäkelä in the qualifier"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Power Technology (a battery maker recalls modules after a storage site fire).
ARTICLES[f"{BATCH}/ampera-battery-recall-kern-fire.gold.json"] = {
    "article": f"{BATCH}/ampera-battery-recall-kern-fire.txt",
    "target": "Ampera Storage",
    "quotes": [
        (I, "local officials", "the company has questions to answer", None),
        (I, "Ampera Storage", "the recall covers 11,240 modules installed at 14 projects in California, Arizona and "
            "Texas, and that replacement units would be shipped from its plant in Reno, Nevada, from January", None),
        (P, "Ampera Storage", "a manufacturing defect in a limited batch of cell connectors", None),
        (P, "Marcus Teller", "taking full responsibility", None),
        (D, "Marcus Teller", "Our customers and the communities around these sites deserve certainty, not reassurance. "
            "We are replacing every module from the affected production window, whether or not it shows any sign of a "
            "fault,", None),
        (D, "Marcus Teller", "More than we would like, and less than losing anyone's trust.", None),
        (I, "Rosa Delgado", "crews had been forced to let the fire burn out because water could not safely be used on "
            "the burning modules", None),
        (D, "Rosa Delgado", "We had no injuries, and we're grateful for that. But we evacuated 60 homes for a day and a "
            "half, and those families want answers,", None),
        (I, "Glenn Parrish", "Ampera had waited nine days before telling the county which product was involved", None),
        (D, "Glenn Parrish", "This company wanted a permit in three months. It took them a week and a half to tell us "
            "what was on fire,", None),
        (I, "Priya Raghunathan", "the recall was unlikely to slow the wider US storage market", None),
        (I, "GlobalData", "The US installed a record 38GW of storage in 2025", None),
        (D, "Priya Raghunathan", "Recalls like this are painful for the manufacturer, but they are also how the industry "
            "learns. Ampera's response has been faster than we have seen in some earlier cases,", None),
        (I, "Rosedale Neighbors for Safe Energy", "it would ask the California Public Utilities Commission to require "
            "independent fire testing of Ampera's replacement modules before any are installed", None),
        (P, "One developer with Ampera modules at two Texas projects", "precaution", None),
        (I, "One developer with Ampera modules at two Texas projects", "it expected them to return to service in "
            "February", None),
        (I, "Ampera Storage", "its order book remained strong", None),
    ],
    "actors": [
        actor("local officials", "group", title="Kern County officials", aliases=["local officials"], stance=-1),
        actor("Ampera Storage", "organisation", title="battery manufacturer", aliases=["Ampera Storage", "Ampera"],
              stance=1),
        actor("Marcus Teller", "person", title="chief executive", affiliation="Ampera Storage",
              aliases=["Marcus Teller", "Teller"], stance=1),
        actor("Rosa Delgado", "person", title="battalion chief", affiliation="Kern County Fire Department",
              aliases=["Rosa Delgado", "Delgado"], stance=0),
        actor("Glenn Parrish", "person", title="county supervisor", affiliation="Kern County",
              aliases=["Glenn Parrish", "Parrish"], stance=-1),
        actor("Priya Raghunathan", "person", title="analyst", affiliation="GlobalData",
              aliases=["Priya Raghunathan", "Raghunathan"], stance=1),
        actor("GlobalData", "organisation", title="data and analytics company", aliases=["GlobalData"], stance=None),
        actor("Rosedale Neighbors for Safe Energy", "group", title="residents' group",
              aliases=["Rosedale Neighbors for Safe Energy"], stance=-1),
        actor("One developer with Ampera modules at two Texas projects", "organisation", title="anonymous developer",
              aliases=["One developer with Ampera modules at two Texas projects"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Durango Herald (a school board votes to close an elementary school).
ARTICLES[f"{BATCH}/durango-9r-school-closure-vote.gold.json"] = {
    "article": f"{BATCH}/durango-9r-school-closure-vote.txt",
    "target": "Durango School District 9-R",
    "quotes": [
        (I, "Durango School District 9-R", "Enrollment at the north-county school has fallen from 312 students in 2016 "
            "to 171 this fall", None),
        (I, "Andrew Schaal", "the decision was about protecting programs for every student in the district", None),
        (D, "Andrew Schaal", "Nobody on this board or in this office wanted to close a school. But we cannot keep paying "
            "for buildings that are half empty and ask teachers to go without raises again,", None),
        (I, "Andrew Schaal", "Hermosa Creek students would be offered places at Animas Valley Elementary and that the "
            "district would run an additional bus route from the Hermosa area", None),
        (P, "Erin Kowalczyk", "every alternative we could think of,", None),
        (I, "Tomás Archuleta", "the district had not done enough to explain the savings to families", None),
        (D, "Tomás Archuleta", "I have not seen numbers that convince me this saves what we've been told it saves. I'm "
            "not going to vote for something I can't explain to parents,", None),
        (P, "Jess Harland", "picking the easy target.", None),
        (D, "Jess Harland", "This school is the heart of our community. There's no coffee shop, no library, nothing "
            "else out there. You're closing the one place where families see each other,", None),
        (I, "Luis Archuleta", "his son would face a 40-minute bus ride each way", None),
        (D, "Luis Archuleta", "He's 7,", None),
        (D, "Luis Archuleta", "Forty minutes is a long time for a 7-year-old.", None),
        (I, "Durango Education Association", "it understood the financial pressure", None),
        (P, "Durango Education Association", "almost no notice", None),
        (I, "A Hermosa Creek teacher", "staff learned of the plan from a parent's Facebook post", None),
        (I, "Durango School District 9-R", "all Hermosa Creek teachers would be offered positions at other 9-R schools",
            None),
        (I, "Andrew Schaal", "The building, which opened in 1961, would be used for district storage and possibly as an "
            "early childhood center", None),
        (S, None, "right-sizing", None),
    ],
    "actors": [
        actor("Durango School District 9-R", "organisation", title="school district",
              aliases=["Durango School District 9-R", "9-R"], stance=1),
        actor("Andrew Schaal", "person", title="Superintendent", affiliation="Durango School District 9-R",
              aliases=["Andrew Schaal", "Schaal"], stance=1),
        actor("Erin Kowalczyk", "person", title="Board President", affiliation="Durango School District 9-R",
              aliases=["Erin Kowalczyk", "Kowalczyk"], stance=1),
        actor("Tomás Archuleta", "person", title="board member", affiliation="Durango School District 9-R",
              aliases=["Tomás Archuleta", "Archuleta"], stance=-1),
        actor("Jess Harland", "person", title="parent", aliases=["Jess Harland", "Harland"], stance=-1),
        actor("Luis Archuleta", "person", title="parent", aliases=["Luis Archuleta"], stance=-1),
        actor("Durango Education Association", "organisation", title="teachers' union",
              aliases=["Durango Education Association"], stance=0),
        actor("A Hermosa Creek teacher", "person", title="anonymous teacher", affiliation="Hermosa Creek Elementary",
              aliases=["A Hermosa Creek teacher"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
