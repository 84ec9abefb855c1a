"""Build the test110 gold files (data/eval/test110/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test110/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test110.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test110"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}
# ---------------------------------------------------------------------------------------------
# 1. Daily Sitka Sentinel (the Park Service declines a Russian request to borrow artifacts), Title Case
#    headline, byline in capitals and "Sentinel Staff Writer", straight quotes, AP style.
ARTICLES[f"{BATCH}/sitka-park-declines-russian-artifact-loan.gold.json"] = {
    "article": f"{BATCH}/sitka-park-declines-russian-artifact-loan.txt",
    "target": "Russia",
    "quotes": [
        (I, "National Park Service", "Sitka National Historical Park will not lend a collection of Russian-American "
            "Company artifacts to a museum in Moscow", None),
        (P, "Ministry of Culture", "shared heritage.", None),
        (S, None, "Russian America", None),
        (I, "Ministry of Culture", "the exhibition is due to open in May 2027 and will travel to St. Petersburg and "
            "Novosibirsk", None),
        (I, "National Park Service", "The items have been in the park's collection since the 1960s", None),
        (I, "Dana Whitcomb", "agency policy did not allow loans to institutions in countries under U.S. sanctions", None),
        (D, "Dana Whitcomb", "It's not a judgment about the exhibition or about anyone's history. It's federal policy, "
            "and it applies to everyone,", None),
        (P, "Russian Embassy in Washington", "short-sighted", None),
        (P, "Russian Embassy in Washington", "a history that no sanctions can erase.", None),
        (D, "Russian Embassy in Washington", "Culture must remain a bridge between our peoples, even in difficult "
            "times,", None),
        (D, "Harold Jack", "Those objects were made to mark land that was taken from us. They belong here, where our "
            "people can see them and tell the whole story,", None),
        (I, "Harold Jack", "the clan had written to the Park Service in October asking it to refuse the loan", None),
        (I, "Sitka Tribe of Alaska", "it supported the decision", None),
        (P, "Vera Kolesnikoff", "not unusual,", None),
        (I, "Vera Kolesnikoff", "Russian museums had lent dozens of objects to Alaska institutions for the 150th "
            "anniversary of the Alaska Purchase in 2017", None),
        (D, "Vera Kolesnikoff", "Ten years ago this would have been routine paperwork. Now everything is politics,",
            None),
    ],
    "actors": [
        actor("National Park Service", "government", title="federal agency", affiliation="United States",
              aliases=["National Park Service", "Park Service"], stance=-1),
        actor("Ministry of Culture", "government", title="culture ministry", affiliation="Russia",
              aliases=["Ministry of Culture"], stance=1),
        actor("Dana Whitcomb", "person", title="Park Service spokeswoman", affiliation="National Park Service",
              aliases=["Dana Whitcomb", "Whitcomb"], stance=0),
        actor("Russian Embassy in Washington", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Washington"], stance=1),
        actor("Harold Jack", "person", title="Kiks.\u00e1di clan leader", aliases=["Harold Jack", "Jack"], stance=-1),
        actor("Sitka Tribe of Alaska", "organisation", title="tribal government", aliases=["Sitka Tribe of Alaska"],
              stance=-1),
        actor("Vera Kolesnikoff", "person", title="local historian", aliases=["Vera Kolesnikoff", "Kolesnikoff"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. DairyReporter (a dairy co-op closes a cheese plant), straight quotes, "03-Dec-2026 - Last updated on
#    ..." line, subheading, Q&A "Asked whether ..., he replied: ...".
ARTICLES[f"{BATCH}/prairie-gold-reedsville-cheese-plant-closure.gold.json"] = {
    "article": f"{BATCH}/prairie-gold-reedsville-cheese-plant-closure.txt",
    "target": "Prairie Gold Dairy Cooperative",
    "quotes": [
        (I, "Prairie Gold Dairy Cooperative", "Prairie Gold Dairy Cooperative will close its cheddar plant in "
            "Reedsville, Wisconsin, by the end of March 2027, with the loss of 186 jobs", None),
        (P, "Prairie Gold Dairy Cooperative", "no longer competitive", None),
        (I, "Prairie Gold Dairy Cooperative", "the 2.1 million pounds of milk it processes each day would be redirected "
            "to its plants in Minnesota and South Dakota", None),
        (D, "Rick Oberholtzer", "This was the hardest decision our board has made in a decade,", None),
        (D, "Rick Oberholtzer", "But we cannot ask our farmer-owners to keep paying for a plant that loses money every "
            "month.", None),
        (D, "Rick Oberholtzer", "Not at this time. We have invested heavily in Sioux Falls and Pipestone, and those "
            "plants are full.", None),
        (S, None, "cheese glut", None),
        (P, "Marie Kowalski", "a two-paragraph memo", None),
        (D, "Marie Kowalski", "Some of these people have made cheese in Reedsville for 30 years. They deserved to hear "
            "it face to face, not from a piece of paper,", None),
        (I, "Ben Vanderloop", "he understood the decision", None),
        (I, "Ben Vanderloop", "hauling costs would rise sharply for farms in the eastern part of the state", None),
        (I, "Wisconsin Department of Agriculture, Trade and Consumer Protection", "it would send its dairy business team "
            "to Reedsville next week to work with affected workers and farmers", None),
        (P, "Sofia Mikkelsen", "little choice", None),
        (I, "Sofia Mikkelsen", "smaller, older plants across the region faced the same squeeze, and that further "
            "closures were likely in 2027", None),
    ],
    "actors": [
        actor("Prairie Gold Dairy Cooperative", "organisation", title="dairy cooperative",
              aliases=["Prairie Gold Dairy Cooperative", "Prairie Gold"], stance=1),
        actor("Rick Oberholtzer", "person", title="chief executive", affiliation="Prairie Gold Dairy Cooperative",
              aliases=["Rick Oberholtzer", "Oberholtzer"], stance=1),
        actor("Marie Kowalski", "person", title="union steward", aliases=["Marie Kowalski", "Kowalski"], stance=-1),
        actor("Ben Vanderloop", "person", title="dairy farmer", aliases=["Ben Vanderloop", "Vanderloop"], stance=0),
        actor("Wisconsin Department of Agriculture, Trade and Consumer Protection", "government",
              title="state agriculture department", affiliation="Wisconsin",
              aliases=["Wisconsin Department of Agriculture, Trade and Consumer Protection"], stance=None),
        actor("Sofia Mikkelsen", "person", title="dairy analyst", affiliation="Rabobank",
              aliases=["Sofia Mikkelsen", "Mikkelsen"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Daily Herald (St. Maarten) politics (The Hague ties reconstruction funds to a tax reform
#    deadline), "PHILIPSBURG--" dateline, straight quotes, punctuation inside closing marks, Dutch names.
ARTICLES[f"{BATCH}/hague-reconstruction-funds-tax-reform-deadline.gold.json"] = {
    "article": f"{BATCH}/hague-reconstruction-funds-tax-reform-deadline.txt",
    "target": "Netherlands",
    "quotes": [
        (I, "Joost van der Heijden", "The Netherlands will release the next 38 million euros in reconstruction funding "
            "to St. Maarten only if Parliament passes the long-delayed tax reform before July 1, 2027", None),
        (P, "Joost van der Heijden", "patient for three years", None),
        (P, "Joost van der Heijden", "results rather than promises.", None),
        (D, "Joost van der Heijden", "The Dutch taxpayer has shown great solidarity with St. Maarten. That solidarity "
            "is not unconditional,", None),
        (I, "A Dutch government source", "the conditions had been agreed by the Kingdom Council of Ministers RMR in "
            "November and would not be renegotiated", None),
        (I, "Dutch Ministry of the Interior and Kingdom Relations", "St. Maarten has received more than 550 million "
            "euros through the World Bank-managed Trust Fund since Hurricane Irma struck the island in September 2017",
            None),
        (S, None, "country packages", None),
        (P, "Cheryl Arrindell-Hodge", "unrealistic", None),
        (D, "Cheryl Arrindell-Hodge", "We are not children waiting for pocket money. St. Maarten is an autonomous "
            "country within the Kingdom, and we will pass this reform on our timetable, not on one written in The "
            "Hague,", None),
        (I, "Cheryl Arrindell-Hodge", "the draft law, which would replace the turnover tax with a value-added tax and "
            "lower profit tax for small businesses, would go to Parliament in March", None),
        (P, "Kenroy Fleming", "only itself to blame.", None),
        (D, "Kenroy Fleming", "The Dutch are not wrong about this. We have been talking about tax reform since 2019, and "
            "we have nothing to show for it except consultants' reports,", None),
        (I, "Committee for Financial Supervision", "St. Maarten's 2026 budget deficit was likely to reach 41 million "
            "guilders, well above the agreed ceiling", None),
        (P, "Angelique Richardson", "certainty", None),
        (I, "Angelique Richardson", "any reform should not raise the tax burden on small and medium-sized enterprises",
            None),
    ],
    "actors": [
        actor("Joost van der Heijden", "person", title="State Secretary of Kingdom Relations",
              affiliation="Netherlands", aliases=["Joost van der Heijden", "Van der Heijden"], stance=1),
        actor("A Dutch government source", "person", title="anonymous government source", affiliation="Netherlands",
              aliases=["A Dutch government source"], stance=1),
        actor("Dutch Ministry of the Interior and Kingdom Relations", "government", title="ministry",
              affiliation="Netherlands", aliases=["Dutch Ministry of the Interior and Kingdom Relations"], stance=None),
        actor("Cheryl Arrindell-Hodge", "person", title="Finance Minister", affiliation="St. Maarten",
              aliases=["Cheryl Arrindell-Hodge", "Arrindell-Hodge"], stance=-1),
        actor("Kenroy Fleming", "person", title="Opposition Member of Parliament", affiliation="St. Maarten",
              aliases=["Kenroy Fleming", "Fleming"], stance=1),
        actor("Committee for Financial Supervision", "organisation", title="financial supervisor",
              aliases=["Committee for Financial Supervision", "CFT"], stance=None),
        actor("Angelique Richardson", "person", title="president", affiliation="Chamber of Commerce and Industry COCI",
              aliases=["Angelique Richardson", "Richardson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. High Country News (a Utah water district leases water to a data center), curly quotes and apostrophes,
#    present-tense "says"/"calls", scene-setting lede, em dash, standfirst.
ARTICLES[f"{BATCH}/sevier-water-district-data-center-lease.gold.json"] = {
    "article": f"{BATCH}/sevier-water-district-data-center-lease.txt",
    "target": "Lower Sevier Water Conservancy District",
    "quotes": [
        (I, "U.S. Census Bureau", "Delta\u2019s population has fallen by 8% since 2010", None),
        (I, "Curtis Oyler", "the lease will bring in about $3.2 million a year, and that the district needs the money to "
            "line its leaking canals", None),
        (D, "Curtis Oyler", "We lose almost a third of our water before it reaches a headgate. If we don\u2019t fix that, "
            "there won\u2019t be any farms left to protect,", None),
        (I, "Lynette Hatch", "the contract includes a clause that suspends deliveries to Sandline in declared drought "
            "years", None),
        (P, "Travis Bunker", "a slow-motion sale", None),
        (D, "Travis Bunker", "Once a data center is built, nobody is going to turn off its water in a dry year. "
            "Everybody in that gym knows it,", None),
        (D, "Travis Bunker", "My granddad fought the state for these shares. I\u2019m not going to watch them get piped "
            "to a server farm.", None),
        (I, "Ray Nielson", "the board should have put a decision of this size to the district\u2019s shareholders", None),
        (S, None, "use it or lose it", None),
        (I, "Paiute Indian Tribe of Utah", "it had not been consulted", None),
        (P, "Paiute Indian Tribe of Utah", "one more decision about the Sevier made without the people who were here "
            "first.", None),
        (I, "Jordan Pelletier", "the center will use a closed-loop cooling system and will need far less than the full "
            "8,000 acre-feet in most years", None),
        (P, "Amelia Stroud", "a test case", None),
        (I, "Amelia Stroud", "other districts are watching closely", None),
        (D, "Amelia Stroud", "If this works for Delta, you\u2019ll see a dozen more of these within five years. If it "
            "doesn\u2019t, it will be the farmers who pay,", None),
    ],
    "actors": [
        actor("U.S. Census Bureau", "government", title="statistics agency", aliases=["U.S. Census Bureau"],
              stance=None),
        actor("Curtis Oyler", "person", title="general manager", affiliation="Lower Sevier Water Conservancy District",
              aliases=["Curtis Oyler", "Oyler"], stance=1),
        actor("Lynette Hatch", "person", title="board chair", affiliation="Lower Sevier Water Conservancy District",
              aliases=["Lynette Hatch", "Hatch"], stance=1),
        actor("Travis Bunker", "person", title="alfalfa grower", aliases=["Travis Bunker", "Bunker"], stance=-1),
        actor("Ray Nielson", "person", title="board member", affiliation="Lower Sevier Water Conservancy District",
              aliases=["Ray Nielson", "Nielson"], stance=-1),
        actor("Paiute Indian Tribe of Utah", "organisation", title="tribe", aliases=["Paiute Indian Tribe of Utah"],
              stance=-1),
        actor("Jordan Pelletier", "person", title="spokesperson", affiliation="Sandline Compute",
              aliases=["Jordan Pelletier", "Pelletier"], stance=1),
        actor("Amelia Stroud", "person", title="water policy director", affiliation="Western Resource Advocates",
              aliases=["Amelia Stroud", "Stroud"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
