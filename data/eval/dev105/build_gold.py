"""Build the dev105 gold files (data/eval/dev105/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev105/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev105.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev105"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Star (Kenya) diplomacy/crime (families of Kenyans recruited into Russia's army demand their return),
#    headline without speech, `In Summary` bullets without speech, byline in capitals with `Journalist` line, `08
#    December 2026 - 14:10` line, straight `"` with a nested straight `'...'` inside a quote, `Sh250,000`. Lede
#    present-tense group `Families of at least 11 Kenyan men who ... say A`; mother `Speaking to the Star ..., Grace
#    Chepkoech said A`, quote with `she said` (its nested `'Mum, ...'` is her son's words inside her quote) and a
#    quote-only paragraph; PS with a title chain `told the Star the ministry was aware of ...` (no `that`), quote with
#    `Ombati said` and a quote-only paragraph; embassy `In a statement posted on X, ... said foreign citizens served ...
#    "..." and in full compliance with Russian law` (partial only), `The embassy said A and warned against what it
#    called "..."` (indirect plus partial); DCI arrests (not speech), scare so-called `"job visas"`; `The DCI said in a
#    post on X that A and that B`; anonymous former recruit `told the Star on condition of anonymity that A`, then `he
#    said`; MP `said Russia was "..." and asked the National Assembly to summon ...` (partial; directive); `According to
#    Haki Africa, the Mombasa-based rights group, A`; `The group said in a statement that A`; closing `Chepkoech ...
#    said A`.
ARTICLES[f"{BATCH}/kenyans-recruited-russian-army-families.gold.json"] = {
    "article": f"{BATCH}/kenyans-recruited-russian-army-families.txt",
    "target": "Russia",
    "quotes": [
        (I, "Families of at least 11 Kenyan men", "their relatives were made to sign military contracts and sent to the "
            "front line in Ukraine", None),
        (I, "Grace Chepkoech", "her son, Brian Kiprono, 27, last called her on October 19 from a military camp near the "
            "city of Rostov", None),
        (D, "Grace Chepkoech", "He told me, 'Mum, they have taken our passports. Pray for me.' Since then, nothing,",
            None),
        (D, "Grace Chepkoech", "I sold two cows to pay the agent. Now I don't even know if my son is alive.", None),
        (I, "Julius Ombati", "the ministry was aware of 46 Kenyans who had been recruited into the Russian military since "
            "2024, at least nine of whom had been killed", None),
        (D, "Julius Ombati", "We are engaging the Russian authorities through our embassy in Moscow, and we have asked for "
            "a full list of Kenyan citizens serving under contract,", None),
        (D, "Julius Ombati", "Our priority is simple. We want our young men back home, alive.", None),
        (P, "Russian Embassy in Nairobi", "exclusively on a voluntary basis", None),
        (I, "Russian Embassy in Nairobi", "it had not received any official request from Kenya concerning the 11 men",
            None),
        (P, "Russian Embassy in Nairobi", "attempts to use individual cases to damage Russian-African friendship", None),
        (S, None, "job visas", None),
        (I, "Directorate of Criminal Investigations", "the suspects would be arraigned on Monday and that more arrests "
            "were expected", None),
        (I, "31-year-old former recruit from Kericho", "the men were given 10 days of training before being sent to "
            "occupied areas of Donetsk", None),
        (D, "31-year-old former recruit from Kericho", "They told us we would guard warehouses. The first thing they gave "
            "us was a rifle,", None),
        (P, "Stephen Koros", "using poor African boys as cannon fodder", None),
        (I, "Haki Africa", "at least 200 Kenyans have travelled to Russia on similar offers in the past two years, most of "
            "them young men from rural areas with no previous military training", None),
        (I, "Haki Africa", "recruiters were targeting unemployed graduates through TikTok and WhatsApp groups", None),
        (I, "Grace Chepkoech", "she still keeps her son's phone charged in case he calls", None),
    ],
    "actors": [
        actor("Families of at least 11 Kenyan men", "group", title="relatives of recruits",
              aliases=["Families of at least 11 Kenyan men"], stance=-1),
        actor("Grace Chepkoech", "person", title="mother of a recruit", affiliation="Nakuru (Bahati)",
              aliases=["Grace Chepkoech", "Chepkoech"], stance=-1),
        actor("Julius Ombati", "person", title="Foreign and Diaspora Affairs Principal Secretary", affiliation="Kenya",
              aliases=["Julius Ombati", "Ombati"], stance=0),
        actor("Russian Embassy in Nairobi", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Nairobi", "The embassy"], stance=1),
        actor("Directorate of Criminal Investigations", "government", title="police investigations directorate",
              affiliation="Kenya", aliases=["Directorate of Criminal Investigations", "DCI"], stance=None),
        actor("31-year-old former recruit from Kericho", "person", title="anonymous returnee",
              aliases=["31-year-old former recruit from Kericho"], stance=-1),
        actor("Stephen Koros", "person", title="Nakuru Town East MP", affiliation="National Assembly",
              aliases=["Stephen Koros", "Koros"], stance=-1),
        actor("Haki Africa", "organisation", title="Mombasa-based rights group", aliases=["Haki Africa", "The group"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. KentOnline local government (the county council proposes closing five household waste recycling centres),
#    headline and standfirst without speech, `By NAME, Local Democracy Reporter` and `06:00, 09 December 2026` lines,
#    curly `“ ”` and `’`, British punctuation outside closing marks for fragments, `Cllr`, `Mrs`, `£2.1m`, `94%`, a
#    `Read more:` line. Lede content before `, Kent County Council (KCC) has confirmed`; present-tense document `The
#    consultation document, published on Monday, says A. It says B.` (two indirects for the council); scare so-called
#    `“hub and spoke”` model; cabinet member named after the first quote (`said Cllr Gary Langridge, KCC’s cabinet
#    member for environment`), then a quote-only paragraph; `He said A but that this would have saved “...” as much`
#    (indirect plus partial); `Opposition councillors were quick to criticise the proposals.` (act); Lib Dem leader
#    `called them “...” and said the council would “...”` (two partials); charity spokesperson `said A, though the link
#    was “...”` (indirect plus partial); district council (relative clause) `said A`; petition (not speech); resident
#    `Mrs Gardener, 68, who lives in ..., said A`, quote split by `she said`; `A KCC spokesman said A`; content before
#    `, according to the council’s own figures`.
ARTICLES[f"{BATCH}/kent-tips-closure-kcc-consultation.gold.json"] = {
    "article": f"{BATCH}/kent-tips-closure-kcc-consultation.txt",
    "target": "Kent County Council",
    "quotes": [
        (I, "Kent County Council", "Five of Kent\u2019s 18 household waste recycling centres could close next year under "
            "plans to save \u00a32.1 million", None),
        (I, "Kent County Council", "the remaining 13 sites are within a 20-minute drive of 94% of Kent households", None),
        (I, "Kent County Council", "the larger sites that stay open would have longer opening hours", None),
        (S, None, "hub and spoke", None),
        (D, "Gary Langridge", "We have been left with a \u00a3112 million gap in next year\u2019s budget and difficult "
            "choices have to be made,", None),
        (D, "Gary Langridge", "Nobody gets into politics to close tips. But these five sites are the least used in the "
            "county, and most residents will still have one within a short drive.", None),
        (I, "Gary Langridge", "the council had looked at cutting opening hours across all 18 sites", None),
        (P, "Gary Langridge", "less than half", None),
        (P, "Rachel Oyelaran", "a false economy", None),
        (P, "Rachel Oyelaran", "spend every penny it saves clearing up fly-tipping", None),
        (I, "Keep Britain Tidy spokesperson", "evidence from other areas suggested tip closures led to a rise in "
            "fly-tipping", None),
        (P, "Keep Britain Tidy spokesperson", "not always straightforward", None),
        (I, "Swale Borough Council", "it dealt with 2,914 incidents last year, the highest number of any district in "
            "Kent", None),
        (I, "Sue Gardener", "the nearest alternative, in Canterbury, meant a 25-minute drive each way", None),
        (D, "Sue Gardener", "I\u2019m not going to do that with a boot full of hedge cuttings, and I don\u2019t think many "
            "people will,", None),
        (D, "Sue Gardener", "It\u2019ll end up in a lay-by.", None),
        (I, "KCC spokesman", "all responses to the consultation, which runs until January 19, would be considered before "
            "any decision was made", None),
        (I, "Kent County Council", "The Faversham site on Oare Road handled around 11,000 tonnes of waste last year",
            None),
    ],
    "actors": [
        actor("Kent County Council", "government", title="county council",
              aliases=["Kent County Council", "KCC", "the council"], stance=1),
        actor("Gary Langridge", "person", title="cabinet member for environment", affiliation="Kent County Council",
              aliases=["Gary Langridge", "Cllr Gary Langridge", "Langridge"], stance=1),
        actor("Rachel Oyelaran", "person", title="leader of the Liberal Democrat group", affiliation="Kent County Council",
              aliases=["Rachel Oyelaran", "Cllr Rachel Oyelaran", "Oyelaran"], stance=-1),
        actor("Keep Britain Tidy spokesperson", "person", title="spokesperson", affiliation="Keep Britain Tidy",
              aliases=["Keep Britain Tidy spokesperson"], stance=0),
        actor("Swale Borough Council", "government", title="district council", aliases=["Swale Borough Council"],
              stance=None),
        actor("Sue Gardener", "person", title="resident, petition organiser, 68", affiliation="Faversham",
              aliases=["Sue Gardener", "Mrs Gardener", "Gardener"], stance=-1),
        actor("KCC spokesman", "person", title="spokesman", affiliation="Kent County Council", aliases=["KCC spokesman"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. KFF Health News rural health (a Kansas hospital closes its labor and delivery unit), Title Case headline in two
#    sentences without speech, byline and date lines, dateline `LIBERAL, Kan. —` (a town whose name is a common
#    word), curly `“ ”` and `’`, American punctuation inside closing marks, present-tense scene lede, KFF boilerplate
#    line. Expectant mother's quote split by `Morales said in Spanish`; the system `closed its ... unit` (not speech),
#    then `The system said A`; spokesperson `In a written statement, ... said A, down from ..., and had spent ...` (one
#    span), then `Weems said in the statement`; CEO `In a letter to employees obtained by KFF Health News, ... wrote that
#    the system could not “...” keep running ...` (partial only); `what the March of Dimes calls a “...,”` (partial,
#    glossed by the writer); obstetrician `said A`, `She is moving ...` (no speech), then `she said`; anonymous nurse
#    `who asked not to be named ..., said A because B` (one span); commissioner `said A`, `Unruh said`; content before
#    `, according to the Kansas Hospital Association`; content before `, said Marisol Thiessen, a researcher at ...`,
#    then `Thiessen said`; closing scene without speech.
ARTICLES[f"{BATCH}/liberal-kansas-hospital-stops-deliveries.gold.json"] = {
    "article": f"{BATCH}/liberal-kansas-hospital-stops-deliveries.txt",
    "target": "Prairie Ridge Health",
    "quotes": [
        (D, "Yesenia Morales", "If the baby comes fast, like my son did, I don\u2019t know what we will do,", None),
        (D, "Yesenia Morales", "My husband works nights at the plant. I don\u2019t have anybody to drive me.", None),
        (I, "Prairie Ridge Health", "a shortage of obstetric nurses and a steady decline in births had made the unit "
            "impossible to staff safely", None),
        (I, "Carla Weems", "the hospital had delivered 212 babies in 2025, down from 380 a decade earlier, and had spent "
            "more than $1.4 million on traveling nurses to keep the unit open", None),
        (D, "Carla Weems", "This was not a financial decision. It was a safety decision,", None),
        (P, "Douglas Hartwig", "in good conscience", None),
        (P, "March of Dimes", "maternity care desert,", None),
        (I, "Esperanza Ruelas", "she had offered to take a pay cut to keep the unit running", None),
        (D, "Esperanza Ruelas", "I told them I would work for less. I told them we could train our own nurses. Nobody "
            "wanted to hear it,", None),
        (I, "labor and delivery nurse who still works at the hospital", "the unit had been short-staffed for years because "
            "the system would not raise pay to match hospitals in Garden City and Amarillo", None),
        (I, "Dale Unruh", "the county learned of the closure from a news release", None),
        (D, "Dale Unruh", "We have a meatpacking plant with 3,000 workers, a lot of them young families. You don\u2019t "
            "close the baby unit in a town like this without at least picking up the phone,", None),
        (I, "Kansas Hospital Association", "At least 11 rural hospitals in Kansas have stopped delivering babies since "
            "2015", None),
        (I, "Marisol Thiessen", "When obstetric units close, more babies are born in emergency rooms and in cars", None),
        (D, "Marisol Thiessen", "The babies don\u2019t stop coming. They just come somewhere less prepared,", None),
    ],
    "actors": [
        actor("Yesenia Morales", "person", title="expectant mother", affiliation="Liberal, Kansas",
              aliases=["Yesenia Morales", "Morales"], stance=-1),
        actor("Prairie Ridge Health", "organisation", title="nonprofit hospital system",
              aliases=["Prairie Ridge Health", "Prairie Ridge", "The system", "the system"], stance=1),
        actor("Carla Weems", "person", title="spokesperson", affiliation="Prairie Ridge Health",
              aliases=["Carla Weems", "Weems"], stance=1),
        actor("Douglas Hartwig", "person", title="CEO", affiliation="Prairie Ridge Health",
              aliases=["Douglas Hartwig", "Hartwig"], stance=1),
        actor("March of Dimes", "organisation", title="maternal and infant health nonprofit", aliases=["March of Dimes"],
              stance=None),
        actor("Esperanza Ruelas", "person", title="obstetrician", affiliation="Cimarron Valley Medical Center",
              aliases=["Esperanza Ruelas", "Dr. Esperanza Ruelas", "Ruelas"], stance=-1),
        actor("labor and delivery nurse who still works at the hospital", "person", title="anonymous nurse",
              affiliation="Cimarron Valley Medical Center",
              aliases=["labor and delivery nurse who still works at the hospital"], stance=-1),
        actor("Dale Unruh", "person", title="Seward County Commissioner", affiliation="Seward County",
              aliases=["Dale Unruh", "Unruh"], stance=-1),
        actor("Kansas Hospital Association", "organisation", title="hospital association",
              aliases=["Kansas Hospital Association"], stance=None),
        actor("Marisol Thiessen", "person", title="researcher",
              affiliation="University of Minnesota Rural Health Research Center",
              aliases=["Marisol Thiessen", "Thiessen"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Rio Times (Brazil) agribusiness/trade (China suspends beef imports from three Brazilian plants), Title Case
#    headline without speech, `Key Points:` bullets without speech, dateline `RIO DE JANEIRO, BRAZIL –`, straight `"`
#    and apostrophes, American punctuation inside closing marks, `percent`, `R$15 per arroba`. Lede content before
#    `, Brazil's Ministry of Agriculture and Livestock (MAPA) said on Tuesday`; `In a notice posted on its website,
#    China's General Administration of Customs (GACC) said A`; `The suspension will remain in place "...," the notice
#    said` (the fragment inside the writer's clause: partial only); minister `called the suspension "..." and said B`
#    (partial plus indirect), quote split by `Tavares told reporters in Brasília`; association `said A`; its president
#    (`Its president, ..., said in a note that the sector trusted in "..."`: partial only); embassy `said in a statement
#    that the measure was "...," adding that A` (partial plus indirect); scare so-called `"boi China,"` (glossed);
#    rancher (apposition, relative clause) `said A`, quote split by `he said`; group `Analysts said A, given B`; analyst
#    named after her quote (`said Fernanda Kozlowski, an analyst at ...`).
ARTICLES[f"{BATCH}/china-suspends-brazil-beef-plants.gold.json"] = {
    "article": f"{BATCH}/china-suspends-brazil-beef-plants.txt",
    "target": "China",
    "quotes": [
        (I, "Ministry of Agriculture and Livestock", "China has suspended beef imports from three Brazilian meatpacking "
            "plants after its inspectors found traces of a banned veterinary drug in shipments", None),
        (I, "General Administration of Customs", "residues of ractopamine, a growth promoter banned in China, had been "
            "detected in four containers that arrived at the port of Qingdao in November", None),
        (P, "General Administration of Customs", "until the Brazilian side completes a full investigation and submits a "
            "rectification report,", None),
        (P, "Renato Tavares", "disproportionate", None),
        (I, "Renato Tavares", "the ministry had opened an audit of the three plants", None),
        (D, "Renato Tavares", "Brazil has one of the most rigorous sanitary systems in the world. If there was a failure, "
            "we will find it and correct it,", None),
        (D, "Renato Tavares", "What we will not accept is that three plants are used to cast doubt on an entire "
            "industry.", None),
        (I, "Brazilian Beef Exporters Association", "the affected plants accounted for about 6 percent of Brazil's beef "
            "shipments to China", None),
        (P, "Roberto Pimentel", "a quick technical solution.", None),
        (P, "Chinese Embassy in Bras\u00edlia", "strictly technical,", None),
        (I, "Chinese Embassy in Bras\u00edlia", "China valued its partnership with Brazil and would continue to buy from "
            "the more than 60 Brazilian plants authorized to export to the Chinese market", None),
        (S, None, "boi China,", None),
        (I, "Ademir Schwantes", "the price of finished cattle had already fallen by R$15 per arroba this week", None),
        (D, "Ademir Schwantes", "Every time there is a problem, China closes the door first and asks questions later,",
            None),
        (D, "Ademir Schwantes", "And who pays? The producer.", None),
        (I, "Analysts", "the suspension was unlikely to be extended to other plants, given China's tight domestic supply "
            "ahead of the Lunar New Year", None),
        (D, "Fernanda Kozlowski", "China needs Brazilian beef as much as Brazil needs China. Australia and Argentina cannot "
            "fill that gap,", None),
    ],
    "actors": [
        actor("Ministry of Agriculture and Livestock", "government", affiliation="Brazil",
              aliases=["Ministry of Agriculture and Livestock", "MAPA"], stance=0),
        actor("General Administration of Customs", "government", title="customs authority", affiliation="China",
              aliases=["General Administration of Customs", "GACC"], stance=1),
        actor("Renato Tavares", "person", title="Agriculture Minister", affiliation="Brazil",
              aliases=["Renato Tavares", "Tavares"], stance=-1),
        actor("Brazilian Beef Exporters Association", "organisation", title="exporters' association",
              aliases=["Brazilian Beef Exporters Association", "Abiec"], stance=0),
        actor("Roberto Pimentel", "person", title="president", affiliation="Brazilian Beef Exporters Association",
              aliases=["Roberto Pimentel", "Pimentel"], stance=0),
        actor("Chinese Embassy in Bras\u00edlia", "government", title="embassy", affiliation="China",
              aliases=["Chinese Embassy in Bras\u00edlia"], stance=1),
        actor("Ademir Schwantes", "person", title="cattle rancher", affiliation="Juara, Mato Grosso",
              aliases=["Ademir Schwantes", "Schwantes"], stance=-1),
        actor("Analysts", "group", aliases=["Analysts"], stance=0),
        actor("Fernanda Kozlowski", "person", title="analyst", affiliation="Agrifatto",
              aliases=["Fernanda Kozlowski", "Kozlowski"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
