"""Build the dev227 gold files (data/eval/dev227/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev226/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev227/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev227.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev227"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Chanzo (Tanzania) courts/land (the High Court halts a port authority's demolitions pending a compensation
#    case), headline without quote marks, byline, dateline "Dar es Salaam." opening the lede, straight " and
#    apostrophes, "Sh1.2 trillion"; content before "according to the Kigamboni Municipal Council"; judge "said the
#    residents had shown "..." and that demolishing ... would cause them "..."" (two partials, no indirect: each clause
#    holds a fragment), then "the judge said"; "She ordered TPA to file ..." (directive); advocate in an apposition
#    "told The Chanzo the ruling was "..."" (partial only), "she said"; "TPA said in a statement that A and would B"
#    (one span); spokesman named after his quote, "He said A, and that "..."" (indirect plus partial); scare so-called
#    "phase three" zone; resident surnamed Said ("said Mwanaisha Said"), "she added"; group "Residents of the
#    neighbouring Kibada area, where ..., said A"; NGO "said in a statement that A".
ARTICLES[f"{BATCH}/kigamboni-tpa-evictions-injunction.gold.json"] = {
    "article": f"{BATCH}/kigamboni-tpa-evictions-injunction.txt",
    "target": "Tanzania Ports Authority",
    "quotes": [
        (I, "Kigamboni Municipal Council", "About 3,400 people live in the affected area", None),
        (P, "Salma Mchome", "a prima facie case", None),
        (P, "Salma Mchome", "irreparable loss.", None),
        (D, "Salma Mchome", "The applicants are not asking this court to stop the project. They are asking that they "
            "be paid what the law says they are owed before their homes are destroyed,", None),
        (P, "Fatma Kombo", "a relief for families who have been living with red X marks on their walls since August.",
            None),
        (D, "Fatma Kombo", "Some of my clients were offered 4 million shillings for a house they built over 20 years. "
            "You cannot buy a plot of land in Kigamboni for that,", None),
        (I, "Tanzania Ports Authority", "it respected the court's decision and would comply with the order", None),
        (D, "Joseph Mwakyusa", "The valuation was done by the Chief Government Valuer in accordance with the Land Act. "
            "The authority has nothing to hide,", None),
        (I, "Joseph Mwakyusa", "the Vijibweni expansion was part of a Sh1.2 trillion plan to increase the port's "
            "container capacity", None),
        (P, "Joseph Mwakyusa", "every month of delay costs the nation.", None),
        (S, None, "phase three", None),
        (D, "Mwanaisha Said", "We have been sleeping with one eye open, waiting for the bulldozers,", None),
        (D, "Mwanaisha Said", "Today I will sleep,", None),
        (I, "Residents of the neighbouring Kibada area", "they would file a similar case next week", None),
        (I, "Legal and Human Rights Centre", "compensation rates used by government valuers had not kept pace with land "
            "prices in Dar es Salaam, where a plot in some suburbs now costs ten times what it did a decade ago", None),
    ],
    "actors": [
        actor("Kigamboni Municipal Council", "government", title="municipal council", affiliation="Dar es Salaam",
              aliases=["Kigamboni Municipal Council"], stance=None),
        actor("Salma Mchome", "person", title="High Court judge (Land Division)", affiliation="High Court of Tanzania",
              aliases=["Salma Mchome", "Mchome", "the judge"], stance=-1),
        actor("Fatma Kombo", "person", title="advocate for the residents", affiliation=None,
              aliases=["Fatma Kombo", "Kombo"], stance=-1),
        actor("Tanzania Ports Authority", "government", title="port authority", affiliation="Tanzania",
              aliases=["Tanzania Ports Authority", "TPA"], stance=1),
        actor("Joseph Mwakyusa", "person", title="head of corporate communications",
              affiliation="Tanzania Ports Authority", aliases=["Joseph Mwakyusa", "Mwakyusa"], stance=1),
        actor("Mwanaisha Said", "person", title="resident of Vijibweni, 54", affiliation=None,
              aliases=["Mwanaisha Said", "Said"], stance=-1),
        actor("Residents of the neighbouring Kibada area", "group", title="residents whose houses are marked",
              affiliation=None, aliases=["Residents of the neighbouring Kibada area"], stance=-1),
        actor("Legal and Human Rights Centre", "organisation", title="human rights NGO", affiliation="Tanzania",
              aliases=["Legal and Human Rights Centre", "LHRC"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Gladstone Observer (Queensland, Australia) labour (maintenance workers strike at an LNG plant), headline
#    without speech, byline name line, curly “ ” and ’, "Mr"; union organiser in a title phrase "said A and had B" (one
#    span), quote with "Mr Kilgour said", then a quote-only paragraph; scare so-called “four-and-three” roster; company
#    "said in a statement A" (no "that"); anonymous "a company spokeswoman said" after her quote, "She said the union’s
#    claim ... “...” to labour costs" (partial only); group "Workers on the picket line at the Gladstone Marina ferry
#    terminal said A"; electrician named after his quote; mayor "said A, but that ... would hurt “...” who ..."
#    (indirect plus partial); analyst "said A", "he said"; "The Fair Work Commission confirmed A"; content before "the
#    union said".
ARTICLES[f"{BATCH}/curtis-island-lng-strike.gold.json"] = {
    "article": f"{BATCH}/curtis-island-lng-strike.txt",
    "target": "Curtis Coast LNG",
    "quotes": [
        (I, "Brett Kilgour", "workers had been without a new agreement for 14 months and had voted 91 per cent in favour "
            "of industrial action", None),
        (D, "Brett Kilgour", "These are the people who keep a $20 billion plant running. They are asking for what every "
            "other LNG site in the country has already given,", None),
        (D, "Brett Kilgour", "The company has had more than a year to put a fair offer on the table. It chose not to.",
            None),
        (S, None, "four-and-three", None),
        (I, "Curtis Coast LNG", "the plant was operating safely and LNG shipments had not been affected", None),
        (D, "company spokeswoman", "We have offered a 12 per cent pay increase over three years, which is in line with "
            "the market,", None),
        (P, "company spokeswoman", "would add $40 million a year", None),
        (I, "Workers on the picket line at the Gladstone Marina ferry terminal", "the dispute was as much about fatigue "
            "as money", None),
        (D, "Dean Pappas", "I’ve done 19 nights straight during a shutdown. You’re driving home at 7am half asleep, with "
            "the kids’ school run after that,", None),
        (I, "Sharon Whitlock", "the dispute was a matter for the company and its workers", None),
        (P, "Sharon Whitlock", "the cafes, the motels and the tradies", None),
        (I, "Saul Kavanagh", "the strike was unlikely to affect exports unless it dragged on", None),
        (D, "Saul Kavanagh", "These plants are designed to run through a day or two of disruption. If it goes to weeks, "
            "buyers in Japan and Korea will start asking questions,", None),
        (I, "Fair Work Commission", "it had received an application from the company to suspend the industrial action, "
            "with a hearing set for Monday in Brisbane", None),
        (I, "Australian Workers’ Union", "Further stoppages are planned for December 15 and 16", None),
    ],
    "actors": [
        actor("Brett Kilgour", "person", title="Queensland organiser", affiliation="Australian Workers’ Union",
              aliases=["Brett Kilgour", "Kilgour", "Mr Kilgour"], stance=-1),
        actor("Curtis Coast LNG", "organisation", title="LNG plant operator", affiliation="Curtis Island, Queensland",
              aliases=["Curtis Coast LNG"], stance=1),
        actor("company spokeswoman", "person", title="spokeswoman (unnamed)", affiliation="Curtis Coast LNG",
              aliases=["company spokeswoman"], stance=1),
        actor("Workers on the picket line at the Gladstone Marina ferry terminal", "group", title="striking workers",
              affiliation=None, aliases=["Workers on the picket line at the Gladstone Marina ferry terminal"],
              stance=-1),
        actor("Dean Pappas", "person", title="electrician", affiliation="Curtis Coast LNG",
              aliases=["Dean Pappas", "Pappas"], stance=-1),
        actor("Sharon Whitlock", "person", title="Mayor", affiliation="Gladstone Regional Council",
              aliases=["Sharon Whitlock", "Whitlock"], stance=0),
        actor("Saul Kavanagh", "person", title="energy analyst", affiliation=None,
              aliases=["Saul Kavanagh", "Kavanagh"], stance=None),
        actor("Fair Work Commission", "government", title="industrial relations tribunal", affiliation="Australia",
              aliases=["Fair Work Commission"], stance=None),
        actor("Australian Workers’ Union", "organisation", title="union", affiliation=None,
              aliases=["Australian Workers’ Union", "the union"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Harpers Wine & Spirit (UK drinks trade press) business (a wine merchant chain goes into administration),
#    headline with a curly single fragment "Cellarhouse blames ‘perfect storm’ as ...", byline and date lines, British
#    curly single quotes ‘...’ with ’ apostrophes ("WSTA’s", "chain’s", "Cellarhouse’s" outside quotes), "£";
#    administrator "said A", "she said"; "The company blamed ‘...’ of ..." (partial); CEO "said A", quote with "he
#    said", then a quote-only paragraph; scare so-called ‘wine easement’ (glossed); anonymous "One Burgundy importer,
#    who asked not to be named, said Cellarhouse had been ‘...’ and that B" (partial plus indirect), "the importer
#    said"; trade body "said the collapse was ‘...’ of ... and called on the Treasury to ..." (partial only; directive);
#    policy director named after her quote; analyst named after the first stretch of a split quote; content before
#    "the administrators said"; "could not be reached for comment", "have been advised to contact" (not annotated).
ARTICLES[f"{BATCH}/cellarhouse-administration.gold.json"] = {
    "article": f"{BATCH}/cellarhouse-administration.txt",
    "target": "Cellarhouse",
    "quotes": [
        (P, "Cellarhouse", "perfect storm", "Cellarhouse blames"),
        (I, "Fiona Greer", "all 38 shops would continue to trade while a buyer was sought", None),
        (D, "Fiona Greer", "We have already had a number of expressions of interest, including from within the trade,",
            None),
        (P, "Cellarhouse", "a perfect storm", None),
        (I, "Mark Ashdown", "the business had been hit hard by the change to the alcohol duty system in 2023, which taxes "
            "wine by strength", None),
        (S, None, "wine easement", None),
        (D, "Mark Ashdown", "A bottle of claret that cost us £2.23 in duty three years ago now costs more than £3. We "
            "could not pass all of that on, and we could not absorb it either,", None),
        (D, "Mark Ashdown", "I am deeply sorry for our staff, many of whom have been with us for 20 years.", None),
        (P, "Burgundy importer", "paying at 120 days for two years", None),
        (I, "Burgundy importer", "several smaller suppliers were owed more than £50,000 each", None),
        (D, "Burgundy importer", "Everyone in the trade knew they were in trouble. The question was always when, not "
            "whether,", None),
        (P, "Wine and Spirit Trade Association", "the latest casualty", None),
        (D, "Helen Wardle", "This is not about one business. Independent merchants across the country are telling us the "
            "same thing, and the Treasury is not listening,", None),
        (D, "Richard Coyle", "Cellarhouse expanded too fast after the pandemic, when everyone was drinking at home,",
            None),
        (D, "Richard Coyle", "It opened 11 shops in 2021 and 2022, and most of them were in the wrong places.", None),
        (I, "Morland Begg", "Cellarhouse’s online store, which accounts for about a fifth of sales, has been suspended",
            None),
    ],
    "actors": [
        actor("Cellarhouse", "organisation", title="wine merchant chain", affiliation=None,
              aliases=["Cellarhouse", "The company"], stance=1),
        actor("Fiona Greer", "person", title="joint administrator", affiliation="Morland Begg",
              aliases=["Fiona Greer", "Greer"], stance=0),
        actor("Mark Ashdown", "person", title="chief executive", affiliation="Cellarhouse",
              aliases=["Mark Ashdown", "Ashdown"], stance=1),
        actor("Burgundy importer", "person", title="wine importer (anonymous), a supplier", affiliation=None,
              aliases=["Burgundy importer", "the importer"], stance=-1),
        actor("Wine and Spirit Trade Association", "organisation", title="trade association", affiliation=None,
              aliases=["Wine and Spirit Trade Association", "WSTA"], stance=1),
        actor("Helen Wardle", "person", title="director of policy", affiliation="Wine and Spirit Trade Association",
              aliases=["Helen Wardle", "Wardle"], stance=1),
        actor("Richard Coyle", "person", title="drinks retail analyst", affiliation="Kingsgate Research",
              aliases=["Richard Coyle", "Coyle"], stance=-1),
        actor("Morland Begg", "organisation", title="administrators", affiliation=None,
              aliases=["Morland Begg", "the administrators"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Yucatán Times (Mérida, Mexico, English-language) culture/heritage (the national heritage institute suspends a
#    night show at a Maya site), headline without speech, dateline "MÉRIDA, Yuc. —", straight " and apostrophes, US
#    spelling; lede "has suspended ..., saying A" (participial indirect); content before "according to the Yucatán
#    Tourism Secretariat (Sefotur)"; "INAH's Yucatán center said an inspection had found "..." in ... and that the
#    suspension would last "..." to ..." (two partials, no indirect); director named after her quote, "She said A";
#    company "said it was "..." by the decision, which ..." (partial only); company director's quote with "told The
#    Yucatán Times", "He said A"; technician named after the first stretch of a split quote; state secretary "said A
#    but hoped ... "..."" (indirect plus partial; "hoped" is no cue); archaeologist "said A", "he said"; scare so-called
#    "night-use" permits; content before "the operator said".
ARTICLES[f"{BATCH}/uxmal-night-show-suspended.gold.json"] = {
    "article": f"{BATCH}/uxmal-night-show-suspended.txt",
    "target": "National Institute of Anthropology and History",
    "quotes": [
        (I, "National Institute of Anthropology and History", "vibrations from the sound system and foot traffic after "
            "dark may have loosened stones on the Pyramid of the Magician", None),
        (I, "Yucatán Tourism Secretariat", "The show, operated since 2019 by the private company Noche Maya Producciones "
            "under a concession from the state government, drew about 90,000 visitors last year", None),
        (P, "National Institute of Anthropology and History", "new fissures", None),
        (P, "National Institute of Anthropology and History", "as long as necessary", None),
        (D, "Leticia Pool Canché", "Uxmal has stood for more than a thousand years. Our obligation is to make sure it "
            "stands for another thousand, and that comes before any show,", None),
        (I, "Leticia Pool Canché", "the institute had warned the operator twice in 2025 about the volume of the speakers",
            None),
        (P, "Noche Maya Producciones", "surprised and disappointed", None),
        (D, "Arturo Cervera", "We have always followed INAH's technical guidelines. Our sound levels are measured every "
            "night and are below the limits in our contract,", None),
        (I, "Arturo Cervera", "45 people, most of them from the nearby towns of Santa Elena and Muna, worked on the show "
            "and would be without income over the holiday season", None),
        (D, "Gaspar Chi", "For us this is not a show, it is our living,", None),
        (D, "Gaspar Chi", "Nobody from INAH came to talk to us.", None),
        (I, "Mariana Cetina", "the state government respected INAH's authority over the site", None),
        (P, "Mariana Cetina", "with whatever adjustments are needed", None),
        (I, "Rafael Uc Tun", "the decision was long overdue", None),
        (D, "Rafael Uc Tun", "Light shows at Maya sites were always a compromise. Uxmal's stones are limestone, and "
            "limestone does not like vibration,", None),
        (S, None, "night-use", None),
        (I, "Noche Maya Producciones", "Tickets already sold for the night show will be refunded", None),
    ],
    "actors": [
        actor("National Institute of Anthropology and History", "government", title="federal heritage institute "
              "(its Yucatán center)", affiliation="Mexico",
              aliases=["National Institute of Anthropology and History", "INAH", "the institute"], stance=1),
        actor("Yucatán Tourism Secretariat", "government", title="state tourism secretariat", affiliation="Yucatán",
              aliases=["Yucatán Tourism Secretariat", "Sefotur"], stance=None),
        actor("Leticia Pool Canché", "person", title="director of INAH's Yucatán center, archaeologist",
              affiliation="National Institute of Anthropology and History",
              aliases=["Leticia Pool Canché", "Pool Canché"], stance=1),
        actor("Noche Maya Producciones", "organisation", title="show operator (concessionaire)", affiliation=None,
              aliases=["Noche Maya Producciones", "the operator"], stance=-1),
        actor("Arturo Cervera", "person", title="director", affiliation="Noche Maya Producciones",
              aliases=["Arturo Cervera", "Cervera"], stance=-1),
        actor("Gaspar Chi", "person", title="lighting technician from Santa Elena", affiliation="Noche Maya Producciones",
              aliases=["Gaspar Chi", "Chi"], stance=-1),
        actor("Mariana Cetina", "person", title="State Tourism Secretary", affiliation="Government of Yucatán",
              aliases=["Mariana Cetina", "Cetina"], stance=0),
        actor("Rafael Uc Tun", "person", title="archaeologist", affiliation="Autonomous University of Yucatán",
              aliases=["Rafael Uc Tun", "Uc Tun"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
