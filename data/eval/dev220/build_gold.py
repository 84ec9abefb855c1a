"""Build the dev220 gold files (data/eval/dev220/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev220/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev220.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev220"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Tico Times (Costa Rica, English-language) environment (a pesticide in a village's wells near pineapple
#    farms), headline with a straight double fragment "Siquirres residents say ... is "an insult"", byline with date
#    "By ... | December 4, 2026", straight " and apostrophes, American punctuation inside the marks ("pineapple
#    belt," / "a gesture of good faith."), "₡45 million"; lede content before "the Costa Rican Institute of Aqueducts
#    and Sewers (AyA) said Wednesday"; scare so-called "pineapple belt,"; "Many residents hold ... responsible" (no
#    speech verb); company "said Tuesday it would B and called the offer "..."" (indirect plus partial); president
#    of the water association named after her quote; group "Residents of El Cairo who attended ... said A"; photo
#    caption with a credit; company lawyer "told The Tico Times that there was "..." linking ... and that B"
#    (partial plus indirect), "Araya said"; AyA president "said A", "Mora said"; minister "said A, but that any
#    sanction would take "..."" (indirect plus partial); toxicologist introduced without speech, two quotes split by
#    "she said."
ARTICLES[f"{BATCH}/siquirres-bromacil-water-pineapple.gold.json"] = {
    "article": f"{BATCH}/siquirres-bromacil-water-pineapple.txt",
    "target": "Agroindustrial Piñas del Norte",
    "quotes": [
        (P, "Residents of El Cairo", "an insult", "Siquirres residents say"),
        (I, "Costa Rican Institute of Aqueducts and Sewers", "About 3,000 residents of El Cairo, in the Caribbean canton "
            "of Siquirres, will keep receiving drinking water by tanker truck for at least six more months after new "
            "tests found the banned herbicide bromacil in their wells", None),
        (S, None, "pineapple belt,", None),
        (I, "Agroindustrial Piñas del Norte", "it would pay for a carbon filtration system for the town's main well",
            None),
        (P, "Agroindustrial Piñas del Norte", "a gesture of good faith.", None),
        (D, "Marta Solano", "It's an insult. They poison the water for 15 years and now they want to sell us a filter as "
            "if it were a gift,", None),
        (I, "Residents of El Cairo", "they wanted the company to pay for a new aqueduct from an uncontaminated spring in "
            "the hills above the town", None),
        (P, "Rodrigo Araya", "no scientific evidence", None),
        (I, "Rodrigo Araya", "bromacil had been used by several growers in the area before it was banned in 2017", None),
        (D, "Rodrigo Araya", "We have always complied with the law. We are offering the filter because we are neighbors, "
            "not because we are guilty,", None),
        (I, "Gabriela Mora", "the tanker service costs the institution about ₡45 million a month", None),
        (D, "Gabriela Mora", "We cannot keep doing this forever. Someone has to pay for a permanent solution, and it "
            "should not be the people of El Cairo,", None),
        (I, "Luis Diego Rojas", "the ministry had opened an administrative case against the company", None),
        (P, "Luis Diego Rojas", "months, not weeks.", None),
        (D, "Ana Vargas", "Bromacil moves easily through the soil and stays in groundwater for years. Finding it now does "
            "not mean someone sprayed it last month,", None),
        (D, "Ana Vargas", "But it came from somewhere, and in El Cairo there is only one crop.", None),
    ],
    "actors": [
        actor("Residents of El Cairo", "group", title="residents of El Cairo (Siquirres)", affiliation=None,
              aliases=["Residents of El Cairo", "Siquirres residents"], stance=-1),
        actor("Costa Rican Institute of Aqueducts and Sewers", "government", title="national water institute",
              affiliation="Costa Rica", aliases=["Costa Rican Institute of Aqueducts and Sewers", "AyA"], stance=None),
        actor("Agroindustrial Piñas del Norte", "organisation", title="pineapple grower", affiliation="Costa Rica",
              aliases=["Agroindustrial Piñas del Norte", "The company", "the company"], stance=1),
        actor("Marta Solano", "person", title="president, El Cairo community water association", affiliation=None,
              aliases=["Marta Solano", "Solano"], stance=-1),
        actor("Rodrigo Araya", "person", title="lawyer", affiliation="Agroindustrial Piñas del Norte",
              aliases=["Rodrigo Araya", "Araya"], stance=1),
        actor("Gabriela Mora", "person", title="executive president", affiliation="Costa Rican Institute of Aqueducts "
              "and Sewers", aliases=["Gabriela Mora", "Mora"], stance=-1),
        actor("Luis Diego Rojas", "person", title="Environment Minister", affiliation="Government of Costa Rica",
              aliases=["Luis Diego Rojas", "Rojas"], stance=0),
        actor("Ana Vargas", "person", title="toxicologist",
              affiliation="Regional Institute for Studies on Toxic Substances (IRET), National University",
              aliases=["Ana Vargas", "Vargas"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Addis Standard (Ethiopia) local government (evictions for the capital's corridor development project), headline
#    without speech, byline, dateline "Addis Abeba –" run into the lede, curly " " and ’, British punctuation outside
#    the marks ("kebele houses", / "losing its memory".), "W/ro", Ethiopian names referred to by the first name
#    ("Almaz said", "Yonas said"); lede content before "residents told Addis Standard"; scare so-called "kebele
#    houses"; resident "said A", quote with "Almaz said"; anonymous shop owner ("Another resident, a shop owner who
#    requested anonymity ...") "said the compensation ... did not cover "..." elsewhere" (partial only), "he said";
#    city administration "said in a statement posted on its Facebook page that all affected residents would be "..."
#    and that B" (partial plus indirect); deputy mayor "told journalists on Monday that A", quote with "Yonas said";
#    "According to the city's Corridor Development Project Office, A"; commission "said in a report ... that some
#    evictions ... had been carried out "..."" (partial only), "The commission said A"; group "Residents who have
#    already moved to Koye Feche, ..., said A and that B" (one span); planner "said A but warned that Addis Abeba
#    was "..."" (indirect plus partial), "she told Addis Standard"; content before "according to the city
#    administration".
ARTICLES[f"{BATCH}/addis-arada-corridor-evictions.gold.json"] = {
    "article": f"{BATCH}/addis-arada-corridor-evictions.txt",
    "target": "Addis Abeba City Administration",
    "quotes": [
        (I, "residents", "Hundreds of households in Arada sub-city’s Woreda 1 have been told to vacate their homes by "
            "the end of December to make way for the next phase of the city’s corridor development project", None),
        (S, None, "kebele houses", None),
        (I, "Almaz Tesfaye", "she received a written notice on November 28", None),
        (D, "Almaz Tesfaye", "They told us the city will give us a condominium, but nobody can tell us where, or when. I "
            "have nowhere to put my things,", None),
        (P, "shop owner", "even three months of rent", None),
        (D, "shop owner", "We are not against development. We are against being treated like we do not exist,", None),
        (P, "Addis Abeba City Administration", "relocated with dignity", None),
        (I, "Addis Abeba City Administration", "replacement housing had been prepared in Koye Feche and Gelan", None),
        (I, "Yonas Mekonnen", "the corridor project had already transformed the city", None),
        (D, "Yonas Mekonnen", "Addis Abeba cannot remain a city of mud houses and broken roads. What we are building is "
            "for the children of these same residents,", None),
        (I, "Corridor Development Project Office", "more than 4,500 households have been relocated since the first "
            "phase began in 2024", None),
        (P, "Ethiopian Human Rights Commission", "without adequate notice or consultation", None),
        (I, "Ethiopian Human Rights Commission", "it had received 214 complaints related to the project in the past "
            "year", None),
        (I, "Residents who have already moved to Koye Feche", "the condominiums had no running water for the first "
            "months and that transport to the city centre cost them half their daily income", None),
        (I, "Meskerem Haile", "the corridors had improved mobility in the capital", None),
        (P, "Meskerem Haile", "losing its memory", None),
        (D, "Meskerem Haile", "Piassa is where the modern city was born. You can widen a road in a year, but you cannot "
            "rebuild a hundred years of history,", None),
        (I, "Addis Abeba City Administration", "The second phase of the project covers 135 kilometres of roads, cycle "
            "lanes and walkways across the capital", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of Arada sub-city", affiliation=None, aliases=["residents"],
              stance=-1),
        actor("Almaz Tesfaye", "person", title="resident, 63", affiliation=None,
              aliases=["Almaz Tesfaye", "Almaz", "W/ro Almaz Tesfaye"], stance=-1),
        actor("shop owner", "person", title="shop owner (anonymous resident)", affiliation=None, aliases=["shop owner"],
              stance=-1),
        actor("Addis Abeba City Administration", "government", title="city administration", affiliation="Addis Abeba",
              aliases=["Addis Abeba City Administration", "city administration"], stance=1),
        actor("Yonas Mekonnen", "person", title="Deputy Mayor", affiliation="Addis Abeba City Administration",
              aliases=["Yonas Mekonnen", "Yonas"], stance=1),
        actor("Corridor Development Project Office", "government", title="project office",
              affiliation="Addis Abeba City Administration", aliases=["Corridor Development Project Office"], stance=0),
        actor("Ethiopian Human Rights Commission", "government", title="national human rights institution",
              affiliation="Ethiopia", aliases=["Ethiopian Human Rights Commission", "EHRC", "The commission"],
              stance=-1),
        actor("Residents who have already moved to Koye Feche", "group", title="relocated residents", affiliation=None,
              aliases=["Residents who have already moved to Koye Feche"], stance=-1),
        actor("Meskerem Haile", "person", title="urban planner, lecturer",
              affiliation="Ethiopian Institute of Architecture, Building Construction and City Development (EiABC)",
              aliases=["Meskerem Haile", "Meskerem", "Dr. Meskerem Haile"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Viet Nam News transport (a metro line's underground section is delayed), headline without speech, dateline "HÀ
#    NỘI —" run into the lede, straight " and apostrophes, Vietnamese diacritics, Vietnamese names referred to by the
#    given name ("Hải said"), "VNĐ3 trillion (US$118 million)", "— VNS" at the end; lede content before "the Hà Nội
#    Metropolitan Railway Management Board (MRB) said on Thursday"; "Speaking at a press conference, MRB deputy
#    director ... said A had been slowed by "..." and by B" (partial only), "Hải said", "He said A"; "According to
#    the board, A"; group "Commuters said A"; office worker named after her quote; scare so-called "last mile" gap
#    ("Planners hope" is not speech); deputy "said the repeated delays were "..." for ..." (partial only), "he
#    said"; vice chairman "told reporters that A"; expert "said A", "She added: "...""
ARTICLES[f"{BATCH}/hanoi-metro-line3-underground-delay.gold.json"] = {
    "article": f"{BATCH}/hanoi-metro-line3-underground-delay.txt",
    "target": "Hà Nội Metropolitan Railway Management Board",
    "quotes": [
        (I, "Hà Nội Metropolitan Railway Management Board", "The underground section of the Nhổn – Hà Nội Station metro "
            "line will not open until the end of 2029, two years later than planned", None),
        (P, "Nguyễn Văn Hải", "unexpected ground conditions", None),
        (D, "Nguyễn Văn Hải", "We found old foundations and pockets of water that were not in the original survey. "
            "Safety has to come first,", None),
        (I, "Nguyễn Văn Hải", "the elevated section from Nhổn to Cầu Giấy, which opened in August 2024, carried an "
            "average of 32,000 passengers a day in November", None),
        (I, "Hà Nội Metropolitan Railway Management Board", "the delay could add about VNĐ3 trillion (US$118 million) to "
            "the project's total cost of VNĐ34.8 trillion", None),
        (I, "Commuters", "the elevated line was fast and clean but ended too far from their offices in the old quarter",
            None),
        (D, "Phạm Thu Trang", "I take the metro to Cầu Giấy and then wait 20 minutes for a bus. They promised us the "
            "underground part years ago,", None),
        (S, None, "last mile", None),
        (P, "Trần Minh Đức", "unacceptable", None),
        (D, "Trần Minh Đức", "Every year we hear a new date. People have stopped believing the dates,", None),
        (I, "Đỗ Văn Long", "the city would hand over the remaining land for the station at the end of the line by March",
            None),
        (I, "Lê Thị Hương", "problems of this kind were common on a city's first underground line", None),
        (D, "Lê Thị Hương", "HCM City had the same problems with its first line. The board should publish its schedule "
            "every quarter so that people can see the progress for themselves.", None),
    ],
    "actors": [
        actor("Hà Nội Metropolitan Railway Management Board", "government", title="metro project board",
              affiliation="Hà Nội People's Committee",
              aliases=["Hà Nội Metropolitan Railway Management Board", "MRB", "the board"], stance=0),
        actor("Nguyễn Văn Hải", "person", title="deputy director",
              affiliation="Hà Nội Metropolitan Railway Management Board", aliases=["Nguyễn Văn Hải", "Hải"], stance=1),
        actor("Commuters", "group", title="commuters", affiliation=None, aliases=["Commuters"], stance=0),
        actor("Phạm Thu Trang", "person", title="office worker, 29", affiliation=None,
              aliases=["Phạm Thu Trang", "Trang"], stance=-1),
        actor("Trần Minh Đức", "person", title="National Assembly deputy", affiliation="Hà Nội delegation",
              aliases=["Trần Minh Đức", "Đức"], stance=-1),
        actor("Đỗ Văn Long", "person", title="Vice chairman", affiliation="Hà Nội People's Committee",
              aliases=["Đỗ Văn Long", "Long"], stance=None),
        actor("Lê Thị Hương", "person", title="transport expert", affiliation="University of Transport and Communications",
              aliases=["Lê Thị Hương", "Hương"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Matangi Tonga health (dialysis machines break down at the national hospital), headline without speech, dateline
#    line "Nuku'alofa, Tonga" (apostrophe inside the word), Tongan names with the ʻokina (ʻAna, Vavaʻu; not a quote
#    mark), straight " and apostrophes, "TOP$80,000", "percent"; lede content before "the Ministry of Health
#    confirmed this week"; CEO for Health "said A but would B" (one span), "he said"; group "But relatives of patients
#    said A"; daughter named after her quote, then by her first name ("Mele said A"); nephrologist "told Matangi Tonga
#    that A", "she said"; scare so-called "medical referral" scheme; support group "said A, describing the ministry's
#    response as "..."" (indirect plus partial); people's representative "told the Legislative Assembly on Tuesday
#    that the machines had been "..." without being replaced" (partial only), "Moala said"; minister "responded that
#    A and that B" (one span), "He said A"; content before "according to a 2024 World Health Organization report".
ARTICLES[f"{BATCH}/vaiola-dialysis-machines-tonga.gold.json"] = {
    "article": f"{BATCH}/vaiola-dialysis-machines-tonga.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Ministry of Health", "Four of the eight dialysis machines at Vaiola Hospital have broken down, forcing 38 "
            "kidney patients to share the remaining machines in shortened sessions", None),
        (I, "Sione Latu", "replacement parts had been ordered from Australia but would not arrive before January", None),
        (D, "Sione Latu", "We are doing everything we can with what we have. No patient has missed a session,", None),
        (I, "relatives of patients", "sessions had been cut from four hours to two and a half hours", None),
        (D, "Mele Fifita", "My mother comes home tired and swollen. Two and a half hours is not enough to clean her "
            "blood,", None),
        (I, "Mele Fifita", "families had been asking the ministry for more machines since the unit opened in 2019", None),
        (I, "ʻAna Vake", "the unit had been designed for 24 patients", None),
        (D, "ʻAna Vake", "We now have 38, and every month there are new patients with kidney failure because of "
            "diabetes,", None),
        (S, None, "medical referral", None),
        (I, "Tonga Kidney Support Group", "it had raised TOP$80,000 through church fundraising for two new machines",
            None),
        (P, "Tonga Kidney Support Group", "too slow.", None),
        (P, "Tevita Moala", "breaking down for two years", None),
        (D, "Tevita Moala", "This is not bad luck. This is neglect,", None),
        (I, "Viliami Taufa", "Cabinet had approved TOP$2.4 million for a new renal unit and that construction would "
            "begin in March", None),
        (I, "Viliami Taufa", "the new unit would have 16 machines and a training room for nurses", None),
        (I, "World Health Organization", "Kidney disease linked to diabetes is one of the leading causes of death in "
            "Tonga, where more than 90 percent of adults are overweight or obese", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", title="health ministry", affiliation="Tonga",
              aliases=["Ministry of Health", "the ministry"], stance=0),
        actor("Sione Latu", "person", title="Chief Executive Officer for Health", affiliation="Ministry of Health",
              aliases=["Sione Latu", "Latu", "Dr Sione Latu"], stance=1),
        actor("relatives of patients", "group", title="patients' relatives", affiliation=None,
              aliases=["relatives of patients"], stance=-1),
        actor("Mele Fifita", "person", title="daughter of a dialysis patient", affiliation=None,
              aliases=["Mele Fifita", "Fifita", "Mele"], stance=-1),
        actor("ʻAna Vake", "person", title="nephrologist", affiliation="Vaiola Hospital",
              aliases=["ʻAna Vake", "Vake", "Dr ʻAna Vake"], stance=0),
        actor("Tonga Kidney Support Group", "organisation", title="patient support group", affiliation="Tonga",
              aliases=["Tonga Kidney Support Group"], stance=-1),
        actor("Tevita Moala", "person", title="Tongatapu 4 People's Representative", affiliation="Legislative Assembly",
              aliases=["Tevita Moala", "Moala"], stance=-1),
        actor("Viliami Taufa", "person", title="Minister of Health", affiliation="Government of Tonga",
              aliases=["Viliami Taufa", "Taufa", "Dr Viliami Taufa"], stance=1),
        actor("World Health Organization", "organisation", title="UN health agency", affiliation=None,
              aliases=["World Health Organization"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
