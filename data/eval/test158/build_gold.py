"""Build the test158 gold files (data/eval/test158/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test158/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test158.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test158"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Majorca Daily Bulletin (Spain, English-language) local government (Palma bans new holiday lets in flats),
#    headline without speech, "Majorca Daily Bulletin | 03-12-2026" line, byline, British straight single quotes
#    '...' for quotes and fragments, straight apostrophes (Thursday's, council's, tenants'), punctuation outside
#    closing marks for fragments; lede "has approved a ban" (the writer's); council "said A and that B" (one span);
#    councillor (title before the name in an apposition) quote split by "told the plenary", "Coll said A and that B";
#    association "called the decision '...' and said A" (partial plus indirect); spokesman "said A", quote split by
#    "he said"; opposition spokesperson "said the ban was '...' and that B" (partial plus indirect), "she said";
#    federation "welcomed the ban but said A" (the welcome an act); scare so-called 'seasonal rentals'; expat "said
#    A", quote split by "he said"; hoteliers "said A, which it estimated at ..." (one span); content before
#    "According to figures from the Balearic tourism ministry" (sentence-initial "According to ..., A").
ARTICLES[f"{BATCH}/palma-holiday-rentals-ban.gold.json"] = {
    "article": f"{BATCH}/palma-holiday-rentals-ban.txt",
    "target": "Palma city council",
    "quotes": [
        (I, "Palma city council", "the ban, which was passed at Thursday's plenary session with the votes of the ruling "
            "Partido Popular and Vox, would protect the supply of homes for local families and that existing licences "
            "would not be affected", None),
        (D, "Margalida Coll", "Palma has to be a city where people can live, not only a city people visit,", None),
        (D, "Margalida Coll", "Every flat that becomes a tourist let is a flat that a teacher or a nurse cannot rent.",
            None),
        (I, "Margalida Coll", "the council's inspectors had closed 412 illegal holiday lets this year and that fines for "
            "unlicensed advertising would rise to 40,000 euros from January", None),
        (P, "Habtur", "a populist measure that will not lower a single rent", None),
        (I, "Habtur", "it would study an appeal to the Balearic High Court", None),
        (I, "Jordi Ferrer", "most of Palma's legal holiday lets were in houses rather than flats", None),
        (D, "Jordi Ferrer", "The council is blaming 600 legal apartments for a housing crisis caused by thirty years of "
            "building too little,", None),
        (D, "Jordi Ferrer", "Meanwhile the illegal market carries on as before.", None),
        (P, "Rosa Vidal", "too little, too late", None),
        (I, "Rosa Vidal", "the council had done nothing to build social housing since 2023", None),
        (D, "Rosa Vidal", "We have been asking for this for four years. Now they present it as if it were their idea,",
            None),
        (I, "Palma Residents' Federation", "it should be extended to seasonal rentals", None),
        (S, None, "seasonal rentals", "The so-called"),
        (I, "Graham Tully", "his building had lost four permanent neighbours to holiday lets since the pandemic", None),
        (D, "Graham Tully", "You never know who is on the stairs. Suitcases at three in the morning, parties on the "
            "roof terrace,", None),
        (D, "Graham Tully", "I am not against tourism, I work in it. But there has to be a limit.", None),
        (I, "Majorca Hoteliers Federation", "it supported any measure against illegal tourist accommodation, which it "
            "estimated at more than 10,000 beds on the island", None),
        (I, "Balearic tourism ministry", "there are just over 640 licensed holiday rental places in apartment blocks in "
            "Palma, compared with about 9,000 in houses and villas in the rest of the municipality", None),
    ],
    "actors": [
        actor("Palma city council", "government", title="city council", affiliation="Palma",
              aliases=["Palma city council", "The council"], stance=1),
        actor("Margalida Coll", "person", title="councillor for urban planning", affiliation="Palma city council",
              aliases=["Margalida Coll", "Coll"], stance=1),
        actor("Habtur", "organisation", title="holiday rental association", affiliation=None, aliases=["Habtur"],
              stance=-1),
        actor("Jordi Ferrer", "person", title="spokesman", affiliation="Habtur", aliases=["Jordi Ferrer", "Ferrer"],
              stance=-1),
        actor("Rosa Vidal", "person", title="spokesperson, opposition PSOE group", affiliation="PSOE",
              aliases=["Rosa Vidal", "Vidal"], stance=-1),
        actor("Palma Residents' Federation", "organisation", title="residents' federation", affiliation="Palma",
              aliases=["Palma Residents' Federation"], stance=0),
        actor("Graham Tully", "person", title="British resident of Son Espanyolet", affiliation=None,
              aliases=["Graham Tully", "Tully"], stance=1),
        actor("Majorca Hoteliers Federation", "organisation", title="hoteliers' federation", affiliation="Majorca",
              aliases=["Majorca Hoteliers Federation"], stance=0),
        actor("Balearic tourism ministry", "government", title="regional tourism ministry",
              affiliation="Balearic government", aliases=["Balearic tourism ministry"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fin24 (South Africa) business/energy (the regulator grants the power utility less than half its tariff request),
#    headline without speech, standfirst with a straight double fragment "Eskom says decision leaves a "R60 billion
#    hole" ...", byline and date lines, straight " and apostrophes (can't inside a quote), "9.7%", "R38 billion";
#    lede "has approved" (the writer's); "Announcing the decision ..., Nersa said A. It described the utility's
#    spending ... as "..."" (indirect, then a partial); regulator member named after the first stretch ("said Nersa
#    full-time member for electricity, Thandeka Mabuza"), second stretch, "She said A"; utility "said in a statement
#    that the decision left a "..." in its revenue ... and that B" (partial plus indirect); CFO "told Fin24 A", "he
#    said"; business body "welcomed the regulator's "..."" (partial), "saying A" (participial indirect); local
#    government association "said A and that B" (one span); analyst "said the decision was "..."", quote split by "he
#    said"; scare so-called "cost-reflective tariff" path; anonymous department official "said the minister would
#    "..."" (partial only); group "Households using prepaid meters in Soweto said A"; pensioner named after her quote.
ARTICLES[f"{BATCH}/nersa-eskom-tariff-decision.gold.json"] = {
    "article": f"{BATCH}/nersa-eskom-tariff-decision.txt",
    "target": "Eskom",
    "quotes": [
        (P, "Eskom", "R60 billion hole", "Eskom says decision"),
        (I, "National Energy Regulator of South Africa", "it had disallowed about R38 billion of Eskom's proposed "
            "operating costs", None),
        (P, "National Energy Regulator of South Africa", "unjustified", None),
        (D, "Thandeka Mabuza", "The regulator has to balance the sustainability of Eskom with the ability of households "
            "and businesses to pay,", None),
        (D, "Thandeka Mabuza", "An increase of more than 20% would have done serious damage to an economy that is "
            "barely growing.", None),
        (I, "Thandeka Mabuza", "municipalities, which buy about 40% of Eskom's power and resell it to households, would "
            "receive a slightly lower increase of 9.2% from July", None),
        (P, "Eskom", "R60 billion hole", "Eskom said in a statement"),
        (I, "Eskom", "it would study the reasons for the decision before deciding whether to take it on review in the "
            "high court", None),
        (I, "Pieter de Klerk", "the utility had already cut costs by R12 billion since 2024", None),
        (D, "Pieter de Klerk", "We are not asking customers to pay for inefficiency. We are asking them to pay what "
            "electricity actually costs to produce,", None),
        (P, "Business Unity South Africa", "restraint", None),
        (I, "Business Unity South Africa", "energy-intensive manufacturers had already cut jobs because of electricity "
            "costs", None),
        (I, "South African Local Government Association", "the increase for municipalities was still higher than "
            "inflation and that many councils would struggle to pass it on to residents who were already in arrears",
            None),
        (P, "Kagiso Bezuidenhout", "the right one for the wrong reasons.", None),
        (D, "Kagiso Bezuidenhout", "Nersa has cut costs on paper. Whether Eskom can actually cut them is another "
            "question,", None),
        (D, "Kagiso Bezuidenhout", "If it can't, the bill comes back next year.", None),
        (S, None, "cost-reflective tariff", None),
        (P, "official at the Department of Electricity and Energy", "respect the independence of the regulator.", None),
        (I, "Households using prepaid meters in Soweto", "any increase was too much", None),
        (D, "Nomsa Dlamini", "Every April it goes up, and every April the lights still go off,", None),
    ],
    "actors": [
        actor("Eskom", "organisation", title="state power utility", affiliation="South Africa", aliases=["Eskom"],
              stance=1),
        actor("National Energy Regulator of South Africa", "government", title="energy regulator",
              affiliation="South Africa", aliases=["National Energy Regulator of South Africa", "Nersa"], stance=-1),
        actor("Thandeka Mabuza", "person", title="full-time member for electricity",
              affiliation="National Energy Regulator of South Africa", aliases=["Thandeka Mabuza", "Mabuza"],
              stance=-1),
        actor("Pieter de Klerk", "person", title="chief financial officer", affiliation="Eskom",
              aliases=["Pieter de Klerk", "de Klerk"], stance=1),
        actor("Business Unity South Africa", "organisation", title="business body", affiliation="South Africa",
              aliases=["Business Unity South Africa", "Busa"], stance=-1),
        actor("South African Local Government Association", "organisation", title="local government association",
              affiliation="South Africa", aliases=["South African Local Government Association", "Salga"], stance=-1),
        actor("Kagiso Bezuidenhout", "person", title="energy analyst", affiliation="Gridline Advisory",
              aliases=["Kagiso Bezuidenhout", "Bezuidenhout"], stance=0),
        actor("official at the Department of Electricity and Energy", "person", title="anonymous official",
              affiliation="Department of Electricity and Energy",
              aliases=["official at the Department of Electricity and Energy"], stance=None),
        actor("Households using prepaid meters in Soweto", "group", title="households", affiliation=None,
              aliases=["Households using prepaid meters in Soweto"], stance=-1),
        actor("Nomsa Dlamini", "person", title="pensioner in Orlando East", affiliation=None,
              aliases=["Nomsa Dlamini", "Dlamini"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Local Sweden health (a region closes a rural maternity ward), headline with a straight double fragment "... as
#    midwives warn of "dangerous" distances", "Published: ... CET" line, straight " and apostrophes (I'm inside a
#    quote, Norrland's outside), Swedish names (å, ä, ö); lede "will close" (the writer's); "The region said A and
#    that B" (one span); director named after the first stretch ("said Anders Lindqvist, the region's director of
#    health care, at a press conference"), then a quote-only paragraph; "Lindqvist said A"; association "said the
#    decision was "..." and that B" (partial plus indirect); its chair "told The Local A", "she said"; "According to
#    figures from the National Board of Health and Welfare, A"; council chair "defended the vote" (act), quote split
#    by "she told reporters"; opposition councillor "called the hotel offer "..."", then "He said: "...""; group "The
#    protesters said A"; pregnant woman named after her quote; professor "said A", "he said"; scare so-called "birth
#    safety plan".
ARTICLES[f"{BATCH}/lycksele-maternity-ward-closure.gold.json"] = {
    "article": f"{BATCH}/lycksele-maternity-ward-closure.txt",
    "target": "Region Västerbotten",
    "quotes": [
        (P, "Swedish Association of Midwives", "dangerous", None),
        (I, "Region Västerbotten", "the Lycksele unit had been unable to fill more than half of its midwife posts for two "
            "years and that it had relied on temporary staff hired from agencies for almost every weekend shift", None),
        (D, "Anders Lindqvist", "We cannot run a delivery ward with locums who have never worked there before. That is "
            "not safe either,", None),
        (D, "Anders Lindqvist", "I understand the fear people feel. But a ward that is open on paper and short of staff "
            "in reality does not give anyone security.", None),
        (I, "Anders Lindqvist", "the region would station an ambulance with specially trained staff in Storuman and "
            "offer pregnant women a free hotel room near the hospital in Umeå from week 38", None),
        (P, "Swedish Association of Midwives", "a gamble with the lives of mothers and babies", None),
        (I, "Swedish Association of Midwives", "the region had not tried hard enough to recruit", None),
        (I, "Sofia Bergkvist", "distances of several hours made births on the road more likely", None),
        (D, "Sofia Bergkvist", "Every time a maternity ward in the north has closed, the number of babies born in cars "
            "has gone up. We have seen it in Sollefteå and in Kramfors,", None),
        (I, "National Board of Health and Welfare", "38 babies were born outside hospital in Västerbotten last year, up "
            "from 21 in 2019", None),
        (D, "Karin Holmberg", "No one in this room wanted this outcome,", None),
        (D, "Karin Holmberg", "But we have to put our staff where they can do the most good.", None),
        (P, "Erik Sjödin", "a plaster on a broken leg.", None),
        (D, "Erik Sjödin", "Women in Tärnaby and Sorsele will now be told to leave their families for two weeks and wait "
            "in a hotel. That is not health care, that is logistics.", None),
        (I, "protesters", "they would keep fighting the decision", None),
        (D, "Hanna Eriksson", "I'm due in May. I live an hour and a half from Lycksele and now it will be four hours to "
            "Umeå, in winter,", None),
        (I, "Mats Öberg", "smaller units with few births each year could find it hard to keep staff skills up to date",
            None),
        (D, "Mats Öberg", "There is a real trade-off between distance and competence. Neither choice is free of risk,",
            None),
        (S, None, "birth safety plan", None),
    ],
    "actors": [
        actor("Region Västerbotten", "government", title="regional health authority", affiliation="Sweden",
              aliases=["Region Västerbotten", "The region"], stance=1),
        actor("Anders Lindqvist", "person", title="director of health care", affiliation="Region Västerbotten",
              aliases=["Anders Lindqvist", "Lindqvist"], stance=1),
        actor("Swedish Association of Midwives", "organisation", title="midwives' association", affiliation="Sweden",
              aliases=["Swedish Association of Midwives", "midwives"], stance=-1),
        actor("Sofia Bergkvist", "person", title="chair", affiliation="Swedish Association of Midwives",
              aliases=["Sofia Bergkvist", "Bergkvist"], stance=-1),
        actor("National Board of Health and Welfare", "government", title="national health agency",
              affiliation="Sweden", aliases=["National Board of Health and Welfare"], stance=0),
        actor("Karin Holmberg", "person", title="Region council chair", affiliation="Social Democrats",
              aliases=["Karin Holmberg", "Holmberg"], stance=1),
        actor("Erik Sjödin", "person", title="Centre Party regional councillor", affiliation="Centre Party",
              aliases=["Erik Sjödin", "Sjödin"], stance=-1),
        actor("protesters", "group", title="torch protest outside Lycksele hospital", affiliation=None,
              aliases=["protesters", "The protesters"], stance=-1),
        actor("Hanna Eriksson", "person", title="pregnant woman from Storuman, 29", affiliation=None,
              aliases=["Hanna Eriksson", "Eriksson"], stance=-1),
        actor("Mats Öberg", "person", title="obstetrician, professor", affiliation="Umeå University",
              aliases=["Mats Öberg", "Professor Mats Öberg", "Öberg"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Mirror (Sri Lanka) technology/regulation (the telecom regulator orders unlicensed satellite terminals
#    seized; fishing boat owners object), headline "...; fishermen cry foul" without quote marks, byline, curly “ ”
#    and ’; lede "has directed Customs and the Police to seize ..." (a directive, not annotated); director general
#    "told the Daily Mirror that A", quote split by "he said", "He said A"; association "said A" ("However, ..."); its
#    president (initials before the name) "said A", quote with "he said" and a quote-only paragraph (a question);
#    group "The association’s members in ... said A"; ministry secretary "said the ministry had asked the TRCSL to
#    exempt ... and to give ..." (reported content, one span), "she said"; MP "described the order as “...” and said
#    B" (partial plus indirect); anonymous official "said A"; chapter "said the regulator should publish ..." (one
#    span); scare so-called “second phase”; "According to the TRCSL, A".
ARTICLES[f"{BATCH}/trcsl-satellite-terminals-fishermen.gold.json"] = {
    "article": f"{BATCH}/trcsl-satellite-terminals-fishermen.txt",
    "target": "TRCSL",
    "quotes": [
        (I, "Ruwan Jayasekara", "more than 1,800 such terminals were believed to be in use, most of them bought online "
            "and carried in by travellers", None),
        (D, "Ruwan Jayasekara", "These devices are transmitting on frequencies that have not been assigned to them in "
            "Sri Lanka. Some of them are causing interference to licensed operators,", None),
        (D, "Ruwan Jayasekara", "The law is very clear. Equipment must be approved before it is used.", None),
        (I, "Ruwan Jayasekara", "owners would be given one month to register their terminals and apply for approval "
            "before any seizures began", None),
        (I, "All Ceylon Multi-Day Fishing Boat Owners’ Association", "the order would put the lives of crews at risk",
            None),
        (I, "W. A. Nishantha Fernando", "the terminals had become the only reliable way to call for help when boats were "
            "more than 200 nautical miles from the coast", None),
        (D, "W. A. Nishantha Fernando", "Last year two of our boats were lost in the Arabian Sea and nobody knew for five "
            "days. Now, with these devices, the owner in Negombo can talk to the skipper every evening,", None),
        (D, "W. A. Nishantha Fernando", "If the TRCSL takes them away, who will answer for the next boat that does not "
            "come home?", None),
        (I, "association’s members in Beruwala, Negombo and Trincomalee", "they would tie up their boats in protest next "
            "week if the order was not withdrawn", None),
        (I, "Kumari Wickramaratne", "the ministry had asked the TRCSL to exempt fishing vessels and to give the "
            "association more time", None),
        (D, "Kumari Wickramaratne", "Safety at sea is our priority. We will work with the regulator to find a solution "
            "that is legal and safe,", None),
        (P, "Chamika Weerasooriya", "a war on technology", None),
        (I, "Chamika Weerasooriya", "the government was protecting the profits of local operators", None),
        (I, "TRCSL official", "the commission had received formal complaints from two mobile operators about "
            "interference in the 12 GHz band", None),
        (I, "Internet Society’s Sri Lanka chapter", "the regulator should publish a clear licensing process for "
            "satellite broadband to attract investment and lower prices", None),
        (S, None, "second phase", None),
        (I, "TRCSL", "the terminals can be approved within three weeks if owners submit the required documents", None),
    ],
    "actors": [
        actor("TRCSL", "government", title="Telecommunications Regulatory Commission of Sri Lanka",
              affiliation="Sri Lanka",
              aliases=["TRCSL", "Telecommunications Regulatory Commission of Sri Lanka", "the regulator"], stance=1),
        actor("Ruwan Jayasekara", "person", title="Director General", affiliation="TRCSL",
              aliases=["Ruwan Jayasekara", "Jayasekara"], stance=1),
        actor("All Ceylon Multi-Day Fishing Boat Owners’ Association", "organisation", title="boat owners' association",
              affiliation="Sri Lanka", aliases=["All Ceylon Multi-Day Fishing Boat Owners’ Association"], stance=-1),
        actor("W. A. Nishantha Fernando", "person", title="president",
              affiliation="All Ceylon Multi-Day Fishing Boat Owners’ Association",
              aliases=["W. A. Nishantha Fernando", "Nishantha Fernando", "Fernando"], stance=-1),
        actor("association’s members in Beruwala, Negombo and Trincomalee", "group", title="boat owners",
              affiliation="All Ceylon Multi-Day Fishing Boat Owners’ Association",
              aliases=["association’s members in Beruwala, Negombo and Trincomalee"], stance=-1),
        actor("Kumari Wickramaratne", "person", title="Fisheries Ministry Secretary", affiliation="Fisheries Ministry",
              aliases=["Kumari Wickramaratne", "Dr Kumari Wickramaratne", "Wickramaratne"], stance=0),
        actor("Chamika Weerasooriya", "person", title="Opposition MP", affiliation="Parliament of Sri Lanka",
              aliases=["Chamika Weerasooriya", "Weerasooriya"], stance=-1),
        actor("TRCSL official", "person", title="anonymous official", affiliation="TRCSL", aliases=["TRCSL official"],
              stance=1),
        actor("Internet Society’s Sri Lanka chapter", "organisation", title="internet policy group",
              affiliation="Internet Society", aliases=["Internet Society’s Sri Lanka chapter"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
