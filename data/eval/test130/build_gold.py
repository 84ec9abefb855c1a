"""Build the test130 gold files (data/eval/test130/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when
that text occurs more than once, by an anchor (a string occurring exactly once in the article) from
whose start the text is searched. Run from anywhere:  python3 data/eval/test130/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test130.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test130"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Emirates News Agency (WAM) (a UAE-mediated exchange of captives between Russia and Ukraine).
ARTICLES[f"{BATCH}/uae-mediation-russia-ukraine-exchange.gold.json"] = {
    "article": f"{BATCH}/uae-mediation-russia-ukraine-exchange.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Foreign Affairs", "The UAE's mediation efforts have succeeded in completing a new exchange of "
            "380 captives between the Russian Federation and Ukraine, bringing the total number of captives exchanged "
            "in UAE-mediated operations since the beginning of the crisis to more than 5,100", None),
        (P, "Ministry of Foreign Affairs", "strong and trusted", None),
        (I, "Ministry of Foreign Affairs", "the UAE would continue its efforts to support all initiatives aimed at "
            "finding a peaceful solution to the crisis and alleviating its humanitarian consequences, including for "
            "refugees and captives", None),
        (I, "Timur Zakharov", "Moscow valued the role played by the UAE leadership", None),
        (D, "Timur Zakharov", "Russia has always been open to humanitarian steps, and the UAE has proven to be an honest "
            "and reliable partner in this process,", None),
        (D, "Timur Zakharov", "We are ready to continue such exchanges as long as the other side is ready.", None),
        (I, "Russian Ministry of Defence", "the 190 Russian servicemen released under the agreement had been transferred "
            "to Belarus and would be flown to Moscow for medical and psychological treatment", None),
        (I, "Russian Ministry of Defence", "the servicemen would later be sent to military medical facilities for "
            "rehabilitation", None),
        (I, "Coordination Headquarters for the Treatment of Prisoners of War", "190 Ukrainian defenders had returned "
            "home, among them soldiers who had been held since 2022", None),
        (P, "Coordination Headquarters for the Treatment of Prisoners of War", "never stop", None),
        (I, "Coordination Headquarters for the Treatment of Prisoners of War", "Russia was still holding thousands of "
            "Ukrainian civilians in violation of international humanitarian law", None),
        (P, "Hessa Al Ketbi", "a channel that both parties trust at a time when few such channels remain.", None),
        (D, "Hessa Al Ketbi", "Mediation of this kind requires patience and discretion. The UAE does not speak about "
            "these efforts until they are complete, and that is precisely why both sides continue to rely on it,",
            None),
        (I, "Hessa Al Ketbi", "humanitarian files such as prisoner exchanges could help build the confidence needed for "
            "wider talks", None),
        (S, None, "all for all", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs", "government", title="ministry", affiliation="UAE",
              aliases=["Ministry of Foreign Affairs", "MoFA", "Ministry"], stance=0),
        actor("Timur Zakharov", "person", title="Ambassador of the Russian Federation to the UAE", affiliation="Russia",
              aliases=["Timur Zakharov", "Zakharov"], stance=1),
        actor("Russian Ministry of Defence", "government", title="defence ministry", affiliation="Russia",
              aliases=["Russian Ministry of Defence"], stance=None),
        actor("Coordination Headquarters for the Treatment of Prisoners of War", "government",
              title="prisoner-of-war coordination body", affiliation="Ukraine",
              aliases=["Coordination Headquarters for the Treatment of Prisoners of War", "Headquarters"], stance=-1),
        actor("Hessa Al Ketbi", "person", title="researcher in international relations",
              affiliation="Abu Dhabi-based policy centre", aliases=["Hessa Al Ketbi", "Dr. Hessa Al Ketbi", "Al Ketbi"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Fishing Daily (Norway halves EU blue whiting access; the Irish fleet reacts).
ARTICLES[f"{BATCH}/norway-blue-whiting-access-irish-fleet.gold.json"] = {
    "article": f"{BATCH}/norway-blue-whiting-access-irish-fleet.txt",
    "target": "Norway",
    "quotes": [
        (I, "Norway", "it will reduce the amount of blue whiting that EU vessels can catch in Norwegian waters in 2027 "
            "by more than half", None),
        (P, "Norwegian Ministry of Trade, Industry and Fisheries", "the significant decline", None),
        (I, "Norwegian Ministry of Trade, Industry and Fisheries", "Norway had offered the EU a fair share of the "
            "available access", None),
        (P, "Kjersti Langeland Bø", "protects the long-term health of the stock for everyone who fishes it.", None),
        (P, "Aodh Ó Gallchóir", "a disaster", None),
        (D, "Aodh Ó Gallchóir", "Norway has once again looked after Norway. Our boats will be tied up in Killybegs for "
            "weeks while Norwegian vessels fish the same stock a few miles away,", None),
        (D, "Aodh Ó Gallchóir", "The European Commission needs to explain why it signed up to this.", None),
        (P, "Aodh Ó Gallchóir", "left out in the cold", None),
        (I, "Irish South and West Fish Producers Organisation", "the cut would cost the sector an estimated €18 million "
            "in lost landings next year", None),
        (I, "Tom Keaveney", "he shared the industry's disappointment and would raise the matter at the December "
            "Fisheries Council in Brussels", None),
        (D, "Tom Keaveney", "I accept that the science has changed. What I do not accept is that Ireland should carry a "
            "bigger share of the pain than others,", None),
        (P, "A spokesperson for the European Commission", "the best achievable outcome", None),
        (P, "Eirik Haugland", "gone further than it needed to", None),
        (D, "Eirik Haugland", "Blue whiting spawns and feeds in our waters. For years the EU has taken far more from our "
            "zone than its share would justify,", None),
        (I, "Pádraig Mac Giolla Bhríde", "he had planned to spend six weeks in the Norwegian zone in March", None),
        (D, "Pádraig Mac Giolla Bhríde", "Now we'll be lucky to get two weeks. The bank doesn't care about quotas,",
            None),
        (S, None, "coastal state", None),
    ],
    "actors": [
        actor("Norway", "country", aliases=["Norway"], stance=1),
        actor("Norwegian Ministry of Trade, Industry and Fisheries", "government", title="fisheries ministry",
              affiliation="Norway", aliases=["Norwegian Ministry of Trade, Industry and Fisheries"], stance=1),
        actor("Kjersti Langeland Bø", "person", title="Minister of Fisheries and Oceans", affiliation="Norway",
              aliases=["Kjersti Langeland Bø", "Bø"], stance=1),
        actor("Aodh Ó Gallchóir", "person", title="chief executive", affiliation="Killybegs Fishermen's Organisation",
              aliases=["Aodh Ó Gallchóir", "Ó Gallchóir"], stance=-1),
        actor("Irish South and West Fish Producers Organisation", "organisation", title="producer organisation",
              aliases=["Irish South and West Fish Producers Organisation"], stance=-1),
        actor("Tom Keaveney", "person", title="Minister for Agriculture, Food and the Marine", affiliation="Ireland",
              aliases=["Tom Keaveney", "Keaveney", "Minister"], stance=0),
        actor("A spokesperson for the European Commission", "person", title="Commission spokesperson",
              affiliation="European Commission", aliases=["A spokesperson for the European Commission"], stance=0),
        actor("Eirik Haugland", "person", title="director of quota policy", affiliation="Fiskebåt",
              aliases=["Eirik Haugland", "Haugland"], stance=1),
        actor("Pádraig Mac Giolla Bhríde", "person", title="Killybegs skipper",
              aliases=["Pádraig Mac Giolla Bhríde", "Mac Giolla Bhríde"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Times-Tribune (Scranton) (council questions the mayor's tax increase).
ARTICLES[f"{BATCH}/scranton-budget-tax-hike-kalinowski.gold.json"] = {
    "article": f"{BATCH}/scranton-budget-tax-hike-kalinowski.txt",
    "target": "Joseph Kalinowski",
    "quotes": [
        (I, "two of the five members", "they would not support a 9% property tax increase in its current form", None),
        (I, "Joseph Kalinowski", "the increase was needed to cover rising pension and health care costs and to avoid "
            "cutting public safety", None),
        (D, "Joseph Kalinowski", "I didn't run for mayor to raise taxes. But I'm not going to hand the next mayor a city "
            "that can't pay its bills,", None),
        (D, "Joseph Kalinowski", "This is the responsible budget, and I'll defend every line of it.", None),
        (P, "Gerard Moss", "a very heavy lift", None),
        (D, "Gerard Moss", "I understand the mayor's position. I just don't think the taxpayers of this city can absorb "
            "9% in one year,", None),
        (P, "Tara Bell", "built on hope", None),
        (I, "Tara Bell", "it counted on $3 million in state grants that had not been awarded", None),
        (P, "Kevin Lutz", "every reason", None),
        (D, "Kevin Lutz", "We would come back to council. We always have.", None),
        (I, "Pennsylvania Economy League", "the average homeowner would pay about $112 more a year under the proposal",
            None),
        (I, "Dolores Yanick", "she was already choosing between medicine and groceries some months", None),
        (D, "Dolores Yanick", "Every year it's something. The sewer fee, the garbage fee, now this. Where does it end?",
            None),
        (P, "Charles Ferrante", "the first in a long time", None),
        (D, "Charles Ferrante", "He's making a hard decision that his predecessors kept putting off,", None),
        (I, "One council member", "a compromise of about 6% was likely", None),
    ],
    "actors": [
        actor("two of the five members", "group", title="council members", affiliation="Scranton City Council",
              aliases=["two of the five members"], stance=-1),
        actor("Joseph Kalinowski", "person", title="Mayor", affiliation="City of Scranton",
              aliases=["Joseph Kalinowski", "Mayor Joseph Kalinowski", "Kalinowski"], stance=1),
        actor("Gerard Moss", "person", title="Council President", affiliation="Scranton City Council",
              aliases=["Gerard Moss", "Moss"], stance=-1),
        actor("Tara Bell", "person", title="Councilwoman", affiliation="Scranton City Council",
              aliases=["Tara Bell", "Bell"], stance=-1),
        actor("Kevin Lutz", "person", title="Business Administrator", affiliation="City of Scranton",
              aliases=["Kevin Lutz", "Lutz"], stance=1),
        actor("Pennsylvania Economy League", "organisation", title="research organisation",
              aliases=["Pennsylvania Economy League"], stance=0),
        actor("Dolores Yanick", "person", title="West Scranton resident", aliases=["Dolores Yanick", "Yanick"],
              stance=-1),
        actor("Charles Ferrante", "person", title="president of the Scranton Fire Fighters union, Local 60",
              affiliation="Scranton Fire Fighters Local 60", aliases=["Charles Ferrante", "Ferrante"], stance=1),
        actor("One council member", "person", title="anonymous council member", affiliation="Scranton City Council",
              aliases=["One council member"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Erie Times-News (a foundry cuts jobs and moves work to Mexico).
ARTICLES[f"{BATCH}/erie-lakeshore-castings-layoffs.gold.json"] = {
    "article": f"{BATCH}/erie-lakeshore-castings-layoffs.txt",
    "target": "Lakeshore Castings",
    "quotes": [
        (I, "Lakeshore Castings", "Lakeshore Castings Inc. will lay off 240 workers at its east Erie foundry over the "
            "next six months as it moves production of heavy rail and mining components to a plant in Saltillo, Mexico",
            None),
        (P, "Lakeshore Castings", "painful but unavoidable", None),
        (I, "Lakeshore Castings", "it followed two years of losses at the Erie site", None),
        (D, "Brian Wojcik", "Our Erie employees have built an outstanding reputation over many decades, and this decision "
            "is no reflection on their skill or commitment,", None),
        (D, "Brian Wojcik", "The market for these castings has changed, and we have to change with it.", None),
        (I, "Brian Wojcik", "the company would offer severance and job placement help to affected employees and would "
            "keep its engineering and pattern shop in Erie", None),
        (I, "Mike Szymanski", "members learned of the layoffs at a shift meeting that lasted less than 10 minutes", None),
        (D, "Mike Szymanski", "They took concessions from us in 2024 and told us it would save the plant. Two years later "
            "they're packing the patterns into trucks for Mexico,", None),
        (P, "Mike Szymanski", "every dollar", None),
        (P, "Diane Castellano", "a body blow to east Erie", None),
        (I, "Diane Castellano", "her administration had reached out to the company to discuss keeping more of the work "
            "in the city", None),
        (I, "Luke Hanlon", "he would ask the state to review whether Lakeshore Castings had received any economic "
            "development grants that included job-retention conditions", None),
        (D, "Luke Hanlon", "If taxpayers helped keep that plant open, taxpayers deserve to know what they got for it,",
            None),
        (I, "James Ortiz", "he was two years from a full pension", None),
        (D, "James Ortiz", "I've got nothing bad to say about the guys I work with. The company is a different story,",
            None),
        (I, "One supervisor at the plant", "the move had been discussed among managers since the spring", None),
        (S, None, "footprint optimization", None),
    ],
    "actors": [
        actor("Lakeshore Castings", "organisation", title="foundry company",
              aliases=["Lakeshore Castings", "Lakeshore Castings Inc."], stance=1),
        actor("Brian Wojcik", "person", title="President and CEO", affiliation="Lakeshore Castings",
              aliases=["Brian Wojcik", "Wojcik"], stance=1),
        actor("Mike Szymanski", "person", title="president of United Steelworkers Local 1186",
              affiliation="United Steelworkers Local 1186", aliases=["Mike Szymanski", "Szymanski"], stance=-1),
        actor("Diane Castellano", "person", title="Erie Mayor", affiliation="City of Erie",
              aliases=["Diane Castellano", "Castellano"], stance=-1),
        actor("Luke Hanlon", "person", title="State Rep., D-Erie", affiliation="Pennsylvania House",
              aliases=["Luke Hanlon", "Hanlon"], stance=-1),
        actor("James Ortiz", "person", title="molder", affiliation="Lakeshore Castings",
              aliases=["James Ortiz", "Ortiz"], stance=-1),
        actor("One supervisor at the plant", "person", title="anonymous supervisor", affiliation="Lakeshore Castings",
              aliases=["One supervisor at the plant"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
