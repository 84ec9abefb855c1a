"""Build the test109 gold files (data/eval/test109/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test109/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test109.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test109"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}
# ---------------------------------------------------------------------------------------------
# 1. Slippedisc (classical music news; the Bolshoi books its first EU dates since 2022), curly quotes and
#    apostrophes, present-tense "tells Slippedisc", "UPDATE:" paragraph, no byline.
ARTICLES[f"{BATCH}/bolshoi-bratislava-swan-lake-tour.gold.json"] = {
    "article": f"{BATCH}/bolshoi-bratislava-swan-lake-tour.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Culture", "the Bolshoi Ballet will dance three performances of Swan Lake at the Slovak National "
            "Theatre in Bratislava next March, the company\u2019s first appearances inside the European Union since "
            "February 2022", None),
        (P, "Ministry of Culture", "culture cannot be cancelled by politicians", None),
        (I, "Ministry of Culture", "further European dates were under discussion", None),
        (I, "Marek Hud\u00e1k", "the request came from the Slovak government", None),
        (P, "Marek Hud\u00e1k", "did not seek", None),
        (D, "Marek Hud\u00e1k", "We are a repertory house, not a foreign ministry. If our founder instructs us to host a "
            "guest company, we host it,", None),
        (D, "Marek Hud\u00e1k", "I will not pretend that I am comfortable.", None),
        (P, "Halyna Bondar", "a gift to Kremlin propaganda, wrapped in white tutus", None),
        (D, "Halyna Bondar", "Every ticket sold in Bratislava helps to pay for the drones falling on Kharkiv,", None),
        (P, "More than 200 Slovak musicians", "shame Slovak culture in front of Europe", None),
        (I, "European Commission spokesperson", "culture remained a national competence", None),
        (I, "European Commission spokesperson", "the Commission had advised member states since 2022 against "
            "cooperation with institutions funded by the Russian state", None),
        (P, "Russia\u2019s embassy in Bratislava", "Russophobic hysteria", None),
        (D, "Russia\u2019s embassy in Bratislava", "Tchaikovsky belongs to all of humanity, and so does the Bolshoi,",
            None),
        (S, None, "friendly countries", None),
        (P, "Bolshoi spokeswoman", "confirmed and very much looking forward to Bratislava", None),
    ],
    "actors": [
        actor("Ministry of Culture", "government", title="culture ministry", affiliation="Russia",
              aliases=["Ministry of Culture"], stance=1),
        actor("Marek Hud\u00e1k", "person", title="general director", affiliation="Slovak National Theatre",
              aliases=["Marek Hud\u00e1k", "Hud\u00e1k"], stance=0),
        actor("Halyna Bondar", "person", title="Ukraine's ambassador to Slovakia", affiliation="Ukraine",
              aliases=["Halyna Bondar", "Bondar"], stance=-1),
        actor("More than 200 Slovak musicians", "group", title="signatories of an open letter",
              aliases=["More than 200 Slovak musicians"], stance=-1),
        actor("European Commission spokesperson", "person", title="spokesperson", affiliation="European Commission",
              aliases=["European Commission spokesperson"], stance=-1),
        actor("Russia\u2019s embassy in Bratislava", "government", title="embassy", affiliation="Russia",
              aliases=["Russia\u2019s embassy in Bratislava"], stance=1),
        actor("Bolshoi spokeswoman", "person", title="spokeswoman", affiliation="Bolshoi Ballet",
              aliases=["Bolshoi spokeswoman"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Cowichan Valley Citizen (Black Press; a quarry owner vows to appeal a permit refusal), straight quotes,
#    Canadian Press style ("Dec. 3", punctuation inside closing marks), subhead, present-tense lede.
ARTICLES[f"{BATCH}/shawnigan-quarry-expansion-refused.gold.json"] = {
    "article": f"{BATCH}/shawnigan-quarry-expansion-refused.txt",
    "target": "Marty Haldane",
    "quotes": [
        (I, "Marty Haldane", "he will appeal the province's decision to refuse his application to double the size of "
            "the operation", None),
        (P, "Marty Haldane", "moved the goalposts", None),
        (D, "Marty Haldane", "I've done everything they asked. I hired the hydrologists, I paid for the monitoring wells, "
            "and now they tell me no,", None),
        (D, "Marty Haldane", "We'll see them at the appeal board.", None),
        (P, "Ministry of Mining and Critical Minerals", "unacceptable risk", None),
        (I, "Ministry of Mining and Critical Minerals", "the company had not shown a new settling pond would keep "
            "sediment out of the creek during heavy rain", None),
        (S, None, "gravel wars,", None),
        (I, "ministry spokesperson", "the company could keep operating under its existing permit, which allows it to "
            "extract up to 90,000 tonnes of sand and gravel a year", None),
        (I, "Sierra Vukovich", "residents had waited years for the ruling", None),
        (D, "Sierra Vukovich", "This is a win for everyone who drinks water out of this lake, and that's most of us,",
            None),
        (I, "Shawnigan Residents for Clean Water", "it would oppose any appeal", None),
        (I, "Dale Hughes", "22 jobs depended on the quarry, most of them held by people who live in the valley", None),
        (D, "Dale Hughes", "Marty's a good employer. People forget somebody has to dig the gravel for their driveways "
            "and their subdivisions,", None),
        (P, "Ines Ferreira", "defensible,", None),
        (P, "Ines Ferreira", "not conclusive either way.", None),
    ],
    "actors": [
        actor("Marty Haldane", "person", title="quarry owner", affiliation="Haldane Aggregates",
              aliases=["Marty Haldane", "Haldane", "Marty"], stance=1),
        actor("Ministry of Mining and Critical Minerals", "government", title="provincial ministry",
              affiliation="British Columbia", aliases=["Ministry of Mining and Critical Minerals"], stance=-1),
        actor("ministry spokesperson", "person", title="spokesperson",
              affiliation="Ministry of Mining and Critical Minerals", aliases=["ministry spokesperson"], stance=None),
        actor("Sierra Vukovich", "person", title="regional district director for Shawnigan Lake",
              affiliation="Cowichan Valley Regional District", aliases=["Sierra Vukovich", "Vukovich"], stance=-1),
        actor("Shawnigan Residents for Clean Water", "organisation", title="residents' group",
              aliases=["Shawnigan Residents for Clean Water"], stance=-1),
        actor("Dale Hughes", "person", title="truck driver", affiliation="Haldane Aggregates",
              aliases=["Dale Hughes", "Hughes"], stance=1),
        actor("Ines Ferreira", "person", title="hydrogeologist", affiliation="Cowichan Valley Regional District",
              aliases=["Ines Ferreira", "Ferreira"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. FoodNavigator (food trade press; a French court fines a plant-based brand over meat names), curly
#    quotes and apostrophes, "02-Dec-2026 - Last updated on ..." line, "Related tags:" line, subheadings.
ARTICLES[f"{BATCH}/verdane-lyon-court-meat-names-fine.gold.json"] = {
    "article": f"{BATCH}/verdane-lyon-court-meat-names-fine.txt",
    "target": "Verdane",
    "quotes": [
        (S, None, "steak", "\u201csteak\u201d and"),
        (S, None, "lardons", None),
        (I, "commercial court in Lyon", "Verdane kept the terms on its packaging for more than three months after a "
            "formal warning from France\u2019s consumer protection authority, the DGCCRF", None),
        (I, "Th\u00e9o Marchetti", "the company would appeal", None),
        (P, "Th\u00e9o Marchetti", "disproportionate for a business of our size", None),
        (D, "Th\u00e9o Marchetti", "Nobody who buys a Verdane steak thinks they are buying beef. Our customers read the "
            "label \u2013 that is why they buy it,", None),
        (I, "Th\u00e9o Marchetti", "Verdane had already begun reprinting its packaging under new names, at a cost of "
            "around \u20ac300,000", None),
        (P, "spokesperson for Interbev", "a clear signal", None),
        (D, "spokesperson for Interbev", "Consumers have a right to know what they are eating. The rules are the rules, "
            "and they apply to start-ups just as much as to multinationals,", None),
        (P, "Katrien De Smet", "punish", None),
        (D, "Katrien De Smet", "This is exactly the outcome we warned about. A young company that employs 40 people in "
            "Lyon is paying the price for a law written to protect the incumbents,", None),
        (P, "Jean-Baptiste Roux", "a real chance", None),
        (I, "Jean-Baptiste Roux", "other brands should not treat the case as a one-off", None),
        (I, "Th\u00e9o Marchetti", "Verdane\u2019s products will remain on shelves at Carrefour and Monoprix under "
            "their new names from January", None),
    ],
    "actors": [
        actor("commercial court in Lyon", "organisation", title="commercial court", affiliation="France",
              aliases=["commercial court in Lyon"], stance=-1),
        actor("Th\u00e9o Marchetti", "person", title="co-founder and chief executive", affiliation="Verdane",
              aliases=["Th\u00e9o Marchetti", "Marchetti"], stance=1),
        actor("spokesperson for Interbev", "person", title="spokesperson", affiliation="Interbev",
              aliases=["spokesperson for Interbev"], stance=-1),
        actor("Katrien De Smet", "person", title="policy manager", affiliation="Good Food Institute Europe",
              aliases=["Katrien De Smet", "De Smet"], stance=1),
        actor("Jean-Baptiste Roux", "person", title="food law specialist", affiliation="Cabinet Arlaud",
              aliases=["Jean-Baptiste Roux", "Roux"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Island Sun (Solomon Islands; Australia pauses labour-scheme recruitment from two provinces), byline in
#    capitals, lede opening in capitals, straight quotes and apostrophes, "Hon.", "Mr", "Mrs", "Dr".
ARTICLES[f"{BATCH}/palm-recruitment-pause-malaita-makira.gold.json"] = {
    "article": f"{BATCH}/palm-recruitment-pause-malaita-makira.txt",
    "target": "Australia",
    "quotes": [
        (I, "Australian High Commission in Honiara", "AUSTRALIA has paused the recruitment of new workers from Malaita "
            "and Makira-Ulawa provinces under its Pacific Australia Labour Mobility (PALM) scheme", None),
        (P, "Australian High Commission in Honiara", "temporary", None),
        (I, "Australian High Commission in Honiara", "it followed a sharp rise in the number of workers leaving their "
            "approved employers in Australia", None),
        (D, "Australian High Commission in Honiara", "Australia values the contribution Solomon Islands workers make to "
            "our farms and meat works, and we want the scheme to be safe and fair for everyone,", None),
        (P, "Peter Manedika", "adequate notice", None),
        (D, "Peter Manedika", "We respect Australia's right to manage its own programme, but the workers from these two "
            "provinces have done nothing wrong,", None),
        (D, "Peter Manedika", "Why should a young man in Auki be punished for what someone else did in Queensland?", None),
        (I, "Peter Manedika", "he would raise the matter with the Australian High Commissioner when they meet this week",
            None),
        (I, "Rosemary Ghemu", "more than 1,100 workers from the two provinces were already in Australia and would not be "
            "affected by the pause", None),
        (P, "Rosemary Ghemu", "a real problem", None),
        (I, "Rosemary Ghemu", "her unit had been working with Australian officials on it since the middle of the year",
            None),
        (S, None, "seasonal dream", None),
        (I, "A returned worker from North Malaita", "he had left his employer in Victoria after being made to work "
            "60-hour weeks while being paid for 38", None),
        (D, "A returned worker from North Malaita", "Nobody asks why the boys run away. They run because some farms are "
            "treating them like slaves,", None),
        (P, "Siosaia Fonua", "punishing the many for the choices of a few", None),
        (I, "Siosaia Fonua", "the number of workers leaving their employers had tripled since 2024", None),
        (I, "Central Bank of Solomon Islands", "Remittances from labour mobility schemes were worth more than SBD$400 "
            "million to the Solomon Islands economy last year", None),
    ],
    "actors": [
        actor("Australian High Commission in Honiara", "government", title="high commission", affiliation="Australia",
              aliases=["Australian High Commission in Honiara", "High Commission"], stance=1),
        actor("Peter Manedika", "person", title="Minister of Commerce, Industry, Labour and Immigration",
              affiliation="Solomon Islands", aliases=["Peter Manedika", "Manedika"], stance=-1),
        actor("Rosemary Ghemu", "person", title="director", affiliation="Labour Mobility Unit",
              aliases=["Rosemary Ghemu", "Ghemu"], stance=0),
        actor("A returned worker from North Malaita", "person", title="anonymous returned worker",
              aliases=["A returned worker from North Malaita"], stance=-1),
        actor("Siosaia Fonua", "person", title="development economist",
              affiliation="Australian National University's Development Policy Centre",
              aliases=["Siosaia Fonua", "Fonua"], stance=0),
        actor("Central Bank of Solomon Islands", "organisation", title="central bank",
              aliases=["Central Bank of Solomon Islands"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
