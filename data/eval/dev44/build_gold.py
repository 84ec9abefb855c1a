"""Build the dev44 gold files (data/eval/dev44/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev44/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev44.  Standard library only.
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
# 1. The Moscow Times economy (Russia extends its gasoline export ban), Title Case headline without
#    speech, "By NAME" byline, no dateline, curly “ ” and ’ apostrophes (country’s, Kazakhstan’s),
#    American punctuation inside closing marks, "Dec. 31". Lede content before "the Russian government
#    said Wednesday"; content before "the government said in a statement". Deputy PM "told reporters
#    that ... “...” and that ... “...”" (two partials), then a quote split by "Vereshchak said",
#    resumed. Exchange figure before "according to the St. Petersburg International Mercantile
#    Exchange"; scare so-called “damper,” (glossed by the writer). Analyst "said the authorities were
#    “...”" (partial only), then "he said". Anonymous ministry source "told The Moscow Times that A"
#    (one span). Station owner named after the first stretch, resumed. Kazakhstan's ministry "said it
#    was “...” of the extension and that B" (partial plus indirect). Analyst "said A. He noted that B"
#    (two indirects), then "he said". Deputy PM's closing indirect ("but gave no figure" left out).
ARTICLES["data/eval/dev44/russia-gasoline-export-ban-extended.gold.json"] = {
    "article": "data/eval/dev44/russia-gasoline-export-ban-extended.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian government", "Gasoline exports will remain banned until the end of March", None),
        (I, "Russian government", "It will not apply to fuel shipped under intergovernmental agreements with members "
            "of the Eurasian Economic Union", None),
        (P, "Anatoly Vereshchak", "fully supplied", None),
        (P, "Anatoly Vereshchak", "a precaution, not a sign of shortage.", None),
        (D, "Anatoly Vereshchak", "Our refineries are finishing their scheduled repairs. Once they are done, we will "
            "look at the balance again,", None),
        (D, "Anatoly Vereshchak", "There is no reason for drivers to worry.", None),
        (I, "St. Petersburg International Mercantile Exchange", "Wholesale prices for AI-95 gasoline hit a record "
            "78,400 rubles per ton last week", None),
        (S, None, "damper,", None),
        (P, "Mikhail Turov", "treating the symptom.", None),
        (D, "Mikhail Turov", "The export ban keeps a few hundred thousand tons at home each month. It does nothing "
            "about the drones, and it does nothing about the fact that half the spare parts for these units used "
            "to come from Germany,", None),
        (I, "source in the Energy Ministry", "the ministry had asked oil companies to postpone non-urgent maintenance "
            "until the spring and to keep reserves at filling stations in the Far East above two weeks of sales",
            None),
        (D, "Oleg Sukhanov", "We get a truck every three days now instead of every day,", None),
        (D, "Oleg Sukhanov", "Moscow says there is no shortage. Let them come and stand in this line.", None),
        (P, "Kazakhstan\u2019s Energy Ministry", "studying the consequences", None),
        (I, "Kazakhstan\u2019s Energy Ministry", "it had asked Moscow for written guarantees on deliveries", None),
        (I, "Mikhail Turov", "the picture would not change quickly", None),
        (I, "Mikhail Turov", "independent refiners have little incentive to invest while the government caps their "
            "prices and bans their exports", None),
        (D, "Mikhail Turov", "Every time the ban is extended, the message to the industry is the same: produce for "
            "the home market at a loss and wait,", None),
        (I, "Anatoly Vereshchak", "the government was prepared to lift the ban early if wholesale prices fell for a "
            "sustained period", None),
    ],
    "actors": [
        actor("Russian government", "government", title="federal government", affiliation="Russia",
              aliases=["Russian government", "the government"], stance=1),
        actor("Anatoly Vereshchak", "person", title="Deputy Prime Minister", affiliation="Russian government",
              aliases=["Anatoly Vereshchak", "Vereshchak"], stance=1),
        actor("St. Petersburg International Mercantile Exchange", "organisation", title="commodity exchange (price data)",
              aliases=["St. Petersburg International Mercantile Exchange"], stance=None),
        actor("Mikhail Turov", "person", title="independent fuel market analyst",
              aliases=["Mikhail Turov", "Turov"], stance=-1),
        actor("source in the Energy Ministry", "person", title="anonymous ministry source",
              affiliation="Russian Energy Ministry", aliases=["source in the Energy Ministry"], stance=None),
        actor("Oleg Sukhanov", "person", title="owner of two filling stations outside Khabarovsk",
              aliases=["Oleg Sukhanov", "Sukhanov"], stance=-1),
        actor("Kazakhstan\u2019s Energy Ministry", "government", title="energy ministry", affiliation="Kazakhstan",
              aliases=["Kazakhstan\u2019s Energy Ministry"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Financial Post (Canada) business results (a grocer's profit jumps as shoppers trade down),
#    sentence-case headline with a straight single scare 'greedflation', byline and "Published" lines,
#    Canadian spelling and style ("per cent", "Ont.", "nine per cent"), straight " and apostrophes
#    (analysts', we're, company's, Harvest Lane's), punctuation inside closing marks. Lede "said
#    Thursday A" (indirect; the next sentence is the writer's). Content before "the company said". CEO
#    quote split by "chief executive X told analysts on a conference call", resumed. "said ... was
#    "..." and that B" (partial plus indirect). MP "called the results "..." and said B" (partial plus
#    indirect), then "she said". "Bay Street took a kinder view." is not speech. Analyst named after
#    the first stretch ("said X, an analyst at ..., who ..."), resumed. Union "said A" (indirect).
#    Competition Bureau spokesperson "said ... was "..." but that B" (partial plus indirect). "Asked ...
#    Desrosiers said he would "..."" (partial only). "He said A, noting that B" (two indirects).
#    Company "said A" (one span; the dividend sentence is the writer's).
ARTICLES["data/eval/dev44/harvest-lane-profit-discount-shift.gold.json"] = {
    "article": "data/eval/dev44/harvest-lane-profit-discount-shift.txt",
    "target": "Harvest Lane Markets Inc.",
    "quotes": [
        (S, None, "greedflation", None),
        (I, "Harvest Lane Markets Inc.", "its third-quarter profit rose 18 per cent to $412 million", None),
        (I, "Harvest Lane Markets Inc.", "Sales at its Value Lane discount banner grew nine per cent from a year "
            "earlier, while same-store sales at its conventional supermarkets were flat", None),
        (D, "Paul Desrosiers", "Customers are telling us very clearly where they want to shop, and we're building "
            "more of those stores,", None),
        (D, "Paul Desrosiers", "We're not going to apologize for running an efficient business.", None),
        (P, "Paul Desrosiers", "in line with the industry", None),
        (I, "Paul Desrosiers", "most of the food inflation Canadians had seen over the past two years had come from "
            "suppliers, not grocers", None),
        (P, "Rachel Oduya", "a slap in the face to every family that's skipping meals", None),
        (I, "Rachel Oduya", "the federal government should look at a windfall tax on the largest grocery chains",
            None),
        (D, "Rachel Oduya", "Harvest Lane's profit didn't fall from the sky. It came out of people's grocery carts,",
            None),
        (D, "Irene Vasquez", "The quarter was clean, and the shift to discount is real and it's durable,", None),
        (D, "Irene Vasquez", "The political risk is the one thing I can't model.", None),
        (I, "United Food and Commercial Workers union", "the results proved the company could afford the wage "
            "increases it had refused at the bargaining table in Ontario this summer", None),
        (P, "spokesperson for the Competition Bureau", "monitoring the sector closely", None),
        (I, "spokesperson for the Competition Bureau", "its last market study had found no evidence of price "
            "collusion among the big grocers", None),
        (P, "Paul Desrosiers", "leave politics to the politicians.", None),
        (I, "Paul Desrosiers", "Harvest Lane would keep investing in price", None),
        (I, "Paul Desrosiers", "the chain had frozen prices on 1,500 house-brand items through the end of January",
            None),
        (I, "Harvest Lane Markets Inc.", "it would open 22 new Value Lane stores next year, most of them in Ontario "
            "and Alberta, and convert another 10 conventional supermarkets to the discount format", None),
    ],
    "actors": [
        actor("Harvest Lane Markets Inc.", "organisation", title="grocery chain (Brampton, Ont.)",
              aliases=["Harvest Lane Markets Inc.", "Harvest Lane", "the company"], stance=0),
        actor("Paul Desrosiers", "person", title="chief executive", affiliation="Harvest Lane Markets Inc.",
              aliases=["Paul Desrosiers", "Desrosiers"], stance=1),
        actor("Rachel Oduya", "person", title="NDP MP, critic for consumer affairs", affiliation="NDP",
              aliases=["Rachel Oduya", "Oduya"], stance=-1),
        actor("Irene Vasquez", "person", title="analyst", affiliation="Lakeshore Capital Markets",
              aliases=["Irene Vasquez", "Vasquez"], stance=1),
        actor("United Food and Commercial Workers union", "organisation", title="union of Harvest Lane employees",
              aliases=["United Food and Commercial Workers union"], stance=-1),
        actor("spokesperson for the Competition Bureau", "person", title="anonymous Competition Bureau spokesperson",
              affiliation="Competition Bureau", aliases=["spokesperson for the Competition Bureau"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Irish Examiner (Cork) local services (a boil water notice extended in Midleton), curly ‘ ’ in
#    the headline and “ ” in the body, ’ apostrophes (town’s, HSE’s, we’re, I’ve, I’d), fragment
#    punctuation outside the marks (British), "Mr Foley", "TD", "€8". Headline fragment "... ‘a
#    disgrace’, says councillor" -> Sinéad Walsh (the headline names her by description; her body
#    "described the situation as “a disgrace”" is a second partial). Lede content before "Uisce Éireann
#    has said" ("after tests found ..." is the writer's). Manager "said ... was “...” ... but that ...
#    “...”" (two partials, no indirect), then a quote split by "Mr Foley said", resumed. Councillor
#    "described ... as “...” and said B" (partial plus indirect), then "she said". HSE spokeswoman "said
#    A, and that B" (one span). Scare “bottled-only” menus. Chamber president "said ... “...”"
#    (partial only), then "he added" between two stretches. TD "said ... was “...”" (partial), then
#    "he said". Mother "said ... “...”, but that B" (partial plus indirect), then "she said". Utility
#    closing "said A and that B" (one span).
ARTICLES["data/eval/dev44/midleton-boil-water-notice-extended.gold.json"] = {
    "article": "data/eval/dev44/midleton-boil-water-notice-extended.txt",
    "target": "Uisce \u00c9ireann",
    "quotes": [
        (P, "Sin\u00e9ad Walsh", "a disgrace", "\u2018a disgrace"),
        (I, "Uisce \u00c9ireann", "More than 14,000 people in Midleton and surrounding areas will have to boil their "
            "drinking water for at least another fortnight", None),
        (P, "Ciar\u00e1n Foley", "doing everything possible", None),
        (P, "Ciar\u00e1n Foley", "had to come first", None),
        (D, "Ciar\u00e1n Foley", "We have installed additional UV treatment on site and we are sampling every day,",
            None),
        (D, "Ciar\u00e1n Foley", "I know this is a huge inconvenience, and I want to thank people for their "
            "patience.", None),
        (P, "Sin\u00e9ad Walsh", "a disgrace", "as \u201ca disgrace"),
        (I, "Sin\u00e9ad Walsh", "residents had been promised a new treatment plant as far back as 2019", None),
        (D, "Sin\u00e9ad Walsh", "Six years later we\u2019re still boiling kettles. Families with small babies are "
            "buying bottled water at \u20ac8 a pack,", None),
        (I, "spokeswoman for the HSE\u2019s Department of Public Health South", "there had been 11 confirmed cases of "
            "cryptosporidiosis in East Cork since September, and that most patients had recovered at home", None),
        (S, None, "bottled-only", None),
        (P, "Tom Hegarty", "thousands a week", None),
        (D, "Tom Hegarty", "People see the sign on the door and they keep walking,", None),
        (D, "Tom Hegarty", "Uisce \u00c9ireann needs to give us a date, not another fortnight.", None),
        (P, "P\u00e1draig Cronin", "fully funded", None),
        (D, "P\u00e1draig Cronin", "Uisce \u00c9ireann has a plan and contractors lined up. I\u2019d rather the work "
            "is done right than done fast,", None),
        (P, "Aoife Kiely", "genuinely useful", None),
        (I, "Aoife Kiely", "nobody had been able to tell her when the notice would end", None),
        (D, "Aoife Kiely", "I\u2019ve a six-month-old. I\u2019m up at two in the morning boiling water to make up "
            "bottles,", None),
        (I, "Uisce \u00c9ireann", "the results of further tests were expected on Friday and that bottled water would "
            "continue to be available at the Midleton Community Centre for vulnerable customers", None),
    ],
    "actors": [
        actor("Sin\u00e9ad Walsh", "person", title="Independent councillor (Cork County Council)",
              aliases=["Sin\u00e9ad Walsh", "Walsh", "councillor"], stance=-1),
        actor("Uisce \u00c9ireann", "organisation", title="national water utility",
              aliases=["Uisce \u00c9ireann"], stance=1),
        actor("Ciar\u00e1n Foley", "person", title="regional operations manager", affiliation="Uisce \u00c9ireann",
              aliases=["Ciar\u00e1n Foley", "Foley", "Mr Foley"], stance=1),
        actor("spokeswoman for the HSE\u2019s Department of Public Health South", "person",
              title="anonymous public health spokeswoman", affiliation="HSE",
              aliases=["spokeswoman for the HSE\u2019s Department of Public Health South"], stance=None),
        actor("Tom Hegarty", "person", title="president", affiliation="Midleton Chamber",
              aliases=["Tom Hegarty", "Hegarty"], stance=-1),
        actor("P\u00e1draig Cronin", "person", title="TD for Cork East", aliases=["P\u00e1draig Cronin", "Cronin"],
              stance=1),
        actor("Aoife Kiely", "person", title="mother of three (Ballinacurra)", aliases=["Aoife Kiely", "Kiely"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. New Zealand Herald transport (a Cook Strait ferry's sailings cancelled for a week), byline "By
#    NAME", NZ style (no honorifics, "3800" without a comma, "the Government"), straight " and
#    apostrophes (ferry's, KiwiRail's, isn't), punctuation inside closing marks for full clauses,
#    outside for a fragment ("a national embarrassment".). Headline and lede without speech
#    ("KiwiRail cancelled" is action). "KiwiRail said A and engineers needed "..." to ..." (indirect
#    for A plus the partial). Manager "said A", a quote with "he said", then "Pryor said A, and that
#    B" (one span). Trucker "said ... had become "..."" (partial only), quote with "Walker said", then
#    "Walker, who ..., said A". Scare "mega-ferries" project. Minister "said A", then a quote split by
#    "he said", resumed. Opposition spokeswoman "said ... was "..." and that B" (partial plus
#    indirect). Union official "said A", then "he said". Regulator "said A and would B" (one span).
#    Closing content before "KiwiRail said".
ARTICLES["data/eval/dev44/interislander-aratere-sailings-cancelled.gold.json"] = {
    "article": "data/eval/dev44/interislander-aratere-sailings-cancelled.txt",
    "target": "KiwiRail",
    "quotes": [
        (I, "KiwiRail", "the fault, in one of the ship's four main generators, was found during a routine check in "
            "Picton on Sunday night", None),
        (P, "KiwiRail", "several days", None),
        (I, "Duncan Pryor", "about 3800 passengers and 600 freight bookings had been affected", None),
        (D, "Duncan Pryor", "We know how disruptive this is, especially for people travelling for work or family "
            "reasons. We would rather lose a week of sailings than take a risk with a ship full of people,", None),
        (I, "Duncan Pryor", "passengers were being moved to the Kaitaki and Kaiarahi where possible, and that freight "
            "customers would be offered space on Bluebridge sailings under an existing agreement", None),
        (P, "Hemi Walker", "a national embarrassment", None),
        (D, "Hemi Walker", "Every time one of these ships goes down, the whole supply chain between the islands goes "
            "sideways. My drivers are sleeping in their cabs at the terminal,", None),
        (I, "Hemi Walker", "he had lost about $40,000 in the last month alone", None),
        (S, None, "mega-ferries", None),
        (I, "Graham Tate", "the fault showed why the Government was moving quickly to buy two new ships", None),
        (D, "Graham Tate", "KiwiRail's crews are doing the best they can with vessels that should have been replaced "
            "years ago,", None),
        (D, "Graham Tate", "That isn't their fault, but it is the reality we inherited.", None),
        (P, "Aroha Pene", "blaming everyone but himself", None),
        (I, "Aroha Pene", "the cancelled project would have delivered new ferries by 2026", None),
        (I, "Leo Faleolo", "crews had been warning about the Aratere's reliability for more than two years", None),
        (D, "Leo Faleolo", "Our members are the ones standing at the gangway explaining to families why their "
            "holiday is off. They deserve a fleet that works,", None),
        (I, "Maritime New Zealand", "it had been notified of the fault and would review KiwiRail's repair plan before "
            "the ship returned to service", None),
        (I, "KiwiRail", "Passengers booked on cancelled sailings can move to another Interislander sailing at no "
            "charge or receive a full refund", None),
    ],
    "actors": [
        actor("KiwiRail", "organisation", title="state-owned rail and ferry operator (Interislander)",
              aliases=["KiwiRail"], stance=0),
        actor("Duncan Pryor", "person", title="Interislander executive general manager", affiliation="KiwiRail",
              aliases=["Duncan Pryor", "Pryor"], stance=1),
        actor("Hemi Walker", "person", title="trucking operator (Picton)", aliases=["Hemi Walker", "Walker"],
              stance=-1),
        actor("Graham Tate", "person", title="Rail Minister", affiliation="New Zealand Government",
              aliases=["Graham Tate", "Tate"], stance=1),
        actor("Aroha Pene", "person", title="transport spokeswoman", affiliation="Labour",
              aliases=["Aroha Pene", "Pene"], stance=None),
        actor("Leo Faleolo", "person", title="Wellington branch secretary", affiliation="Maritime Union",
              aliases=["Leo Faleolo", "Faleolo"], stance=-1),
        actor("Maritime New Zealand", "government", title="maritime regulator", aliases=["Maritime New Zealand"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
