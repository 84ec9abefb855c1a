"""Build the test35 gold files (data/eval/test35/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test35/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test35.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test35"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Hurriyet Daily News culture/media (Russia's media regulator orders Turkish series off streaming platforms),
#    headline without speech, `ISTANBUL` dateline line, straight " and apostrophes, American punctuation
#    inside closing marks, AP-style dates (`Dec. 8`), Turkish names with diacritics (`TİM`). Lede `has ordered
#    ... (a directive), saying the shows promote "..."` (partial only); `In a statement on its website,
#    Roskomnadzor said the series contained scenes that "..." and that B` (partial plus indirect); content
#    before `, according to the Turkish Exporters Assembly (TİM)`; `Turkish producers said A` (group); quote
#    before `said Melis Tan, head of ...`; word-like surname (`Tan said A`); scare so-called "dizi" boom;
#    deputy minister `told reporters ... that A, describing the ban as "..." of relations ...` (indirect plus
#    partial); Duma deputy `told the Izvestia newspaper that Russian audiences deserved "..."` (partial only),
#    quote with `she said`; embassy `said the decision was "..." and that B`; `Fans of the shows were less
#    understanding.` (no speech), then a quote with `one user wrote on ... VKontakte`; scholar `said A, and
#    warned that B` (two indirects; the relative clause `which has received ...` inside A), quote with
#    `Özdemir said`.
ARTICLES[f"{BATCH}/russia-orders-turkish-series-removed.gold.json"] = {
    "article": f"{BATCH}/russia-orders-turkish-series-removed.txt",
    "target": "Russia",
    "quotes": [
        (P, "Roskomnadzor", "values alien to Russian society.", None),
        (P, "Roskomnadzor", "discredit traditional family values", None),
        (I, "Roskomnadzor", "platforms failing to comply would face fines of up to 4 million rubles", None),
        (I, "Turkish Exporters Assembly", "Russia has become one of the biggest markets for Turkish series since "
            "Western studios left the country in 2022", None),
        (I, "Turkish producers", "the decision could cost the industry as much as $60 million a year in lost "
            "licensing revenue", None),
        (D, "Melis Tan", "We are shocked. These are love stories and family stories. If they are a threat to "
            "Russian values, I don't know what isn't,", None),
        (I, "Melis Tan", "her company had three series on the list and had already received notices from two "
            "Russian platforms", None),
        (S, None, "dizi", None),
        (I, "Kerem Alper", "Türkiye would raise the matter with Moscow", None),
        (P, "Kerem Alper", "incompatible with the spirit", None),
        (P, "Yelena Kravets", "our own stories.", None),
        (D, "Yelena Kravets", "Nobody is against Türkiye. But for years our platforms have bought foreign series "
            "because it was cheaper than making our own. That time is over,", None),
        (P, "Russian Embassy in Ankara", "an internal regulatory matter", None),
        (I, "Russian Embassy in Ankara", "it was not aimed at Türkiye or at Turkish culture", None),
        (D, "user", "What is my mother supposed to watch now, the news?", None),
        (I, "Burcu Özdemir", "the move was less about values than about protecting Russia's own drama industry, "
            "which has received record state subsidies this year", None),
        (I, "Burcu Özdemir", "series from other countries could be next", None),
        (D, "Burcu Özdemir", "Turkish series were simply the biggest target. When a market closes for political "
            "reasons, it rarely opens again quickly,", None),
    ],
    "actors": [
        actor("Roskomnadzor", "government", title="media regulator", affiliation="Russia",
              aliases=["Roskomnadzor", "media regulator"], stance=1),
        actor("Turkish Exporters Assembly", "organisation", title="exporters' body",
              aliases=["Turkish Exporters Assembly", "TİM"], stance=None),
        actor("Turkish producers", "group", title="television producers", aliases=["Turkish producers"], stance=-1),
        actor("Melis Tan", "person", title="head of international sales", affiliation="Kuzey Film",
              aliases=["Melis Tan", "Tan"], stance=-1),
        actor("Kerem Alper", "person", title="Deputy Culture and Tourism Minister", affiliation="Türkiye",
              aliases=["Kerem Alper", "Alper"], stance=-1),
        actor("Yelena Kravets", "person", title="State Duma deputy", affiliation="Russia",
              aliases=["Yelena Kravets", "Kravets"], stance=1),
        actor("Russian Embassy in Ankara", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Ankara"], stance=1),
        actor("user", "person", title="anonymous VKontakte user", aliases=["user"], stance=-1),
        actor("Burcu Özdemir", "person", title="media scholar", affiliation="Kadir Has University",
              aliases=["Burcu Özdemir", "Özdemir"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Pharmaceutical Journal (a wholesaler's new charge for rural pharmacies' second daily delivery),
#    headline without speech, standfirst with reported speech but no quote marks (not annotated), `By NAME`
#    and `9 December 2026` lines, curly quotes and apostrophes, British punctuation (full stop outside the
#    marks), `£12.50`. Lede content before `, the company has told customers`; `In a letter ..., Harbury said
#    rising ... meant the "..." for ...` (partial only); `The letter said A`; scare so-called "last mile";
#    shared surname: the managing director `Fraser Gill` (`Gill added that A and that B`: one span) and the
#    pharmacist `Anita Gill` (`who ... is no relation to ...`; always named in full, no bare-surname alias),
#    her quote with `she said`, a quote-only paragraph, then Q&A `Asked whether ..., she said: "..."`; CPE
#    `said it was "..." about the plans and that B` (partial plus indirect); NPA `described the charge as
#    "..."`, `According to the NPA, A`; HDA `said its members had been "..." and noted that B` (partial plus
#    indirect); DHSC spokesperson `said: "..."`; `Harbury said A`.
ARTICLES[f"{BATCH}/harbury-healthcare-rural-delivery-charge.gold.json"] = {
    "article": f"{BATCH}/harbury-healthcare-rural-delivery-charge.txt",
    "target": "Harbury Healthcare",
    "quotes": [
        (I, "Harbury Healthcare", "Pharmacies in rural England will be charged £12.50 for every second daily "
            "delivery from pharmaceutical wholesaler Harbury Healthcare from 1 February 2027, unless their monthly "
            "orders exceed £40,000", None),
        (P, "Harbury Healthcare", "current model of free multiple daily deliveries is no longer sustainable", None),
        (I, "Harbury Healthcare", "around 900 pharmacies would be affected, most of them in Cumbria, Northumberland, "
            "Lincolnshire and the South West", None),
        (S, None, "last mile", None),
        (P, "Fraser Gill", "held off for as long as we could", None),
        (D, "Fraser Gill", "Our distribution costs have gone up by more than a third since 2023, and a van driving "
            "60 miles to drop off two bags of stock is not something any business can keep doing for free,", None),
        (I, "Fraser Gill", "pharmacies would still receive one free delivery a day and that urgent items for "
            "palliative care patients would be exempt from the charge", None),
        (P, "Community Pharmacy England", "extremely concerned", None),
        (I, "Community Pharmacy England", "it had written to Harbury asking it to delay the charge while the impact "
            "on patients was assessed", None),
        (I, "Anita Gill", "the charge would cost her business about £6,000 a year", None),
        (D, "Anita Gill", "People think of a pharmacy as a shop. Out here, for a lot of older patients, we are the "
            "only healthcare professional they see between GP appointments,", None),
        (D, "Anita Gill", "The afternoon delivery is how we get someone their antibiotics on the same day. Take it "
            "away, or make it too expensive, and they wait until tomorrow.", None),
        (D, "Anita Gill", "There isn’t another one that comes up the valley twice a day. That’s rather the point.",
            None),
        (P, "National Pharmacy Association", "another cost landing on pharmacies that are already running on empty",
            None),
        (I, "National Pharmacy Association", "38 independent pharmacies in England closed in the first ten months "
            "of 2026", None),
        (P, "Healthcare Distribution Association", "absorbing costs for years", None),
        (I, "Healthcare Distribution Association", "the cost of running a delivery fleet had risen by 28% since 2022",
            None),
        (D, "spokesperson for the Department of Health and Social Care", "Commercial arrangements between wholesalers "
            "and pharmacies are a matter for them. We expect the supply chain to ensure patients continue to receive "
            "their medicines safely and on time.", None),
        (I, "Harbury Healthcare", "it would review the policy after six months", None),
    ],
    "actors": [
        actor("Harbury Healthcare", "organisation", title="pharmaceutical wholesaler",
              aliases=["Harbury Healthcare", "Harbury", "the company"], stance=1),
        actor("Fraser Gill", "person", title="managing director", affiliation="Harbury Healthcare",
              aliases=["Fraser Gill", "Gill"], stance=1),
        actor("Community Pharmacy England", "organisation", title="community pharmacy negotiating body",
              aliases=["Community Pharmacy England", "CPE"], stance=-1),
        actor("Anita Gill", "person", title="owner of two pharmacies in the Eden Valley, Cumbria",
              aliases=["Anita Gill"], stance=-1),
        actor("National Pharmacy Association", "organisation", title="pharmacy trade body",
              aliases=["National Pharmacy Association", "NPA"], stance=-1),
        actor("Healthcare Distribution Association", "organisation", title="wholesalers' trade body",
              aliases=["Healthcare Distribution Association", "HDA"], stance=1),
        actor("spokesperson for the Department of Health and Social Care", "person", title="spokesperson",
              affiliation="Department of Health and Social Care",
              aliases=["spokesperson for the Department of Health and Social Care"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Shetland Times culture (an Unst-born novelist shortlisted for a prize; unease on the island),
#    headline without speech, `by NAME` and `Friday 11 December 2026` lines, straight " and apostrophes,
#    en dash, a book title without quote marks, a photo caption (`Photo: NAME`), Shetland dialect inside a
#    quote. Lede content before `, the society announced on Wednesday`; `In its citation, the society
#    described the novel as "..."`; novelist `said she had "..." when ...` (partial only), quote with `she
#    said`; scare so-called "ferry lottery"; community council chairwoman with a word-like surname (`Agnes
#    Young`, `Young said`) `said some islanders felt the novel painted the island as "..."` (partial only),
#    then a quote-only paragraph; `Isbister said the Ness ... was "..." and that B` (partial plus indirect);
#    Q&A `Asked whether ..., she replied: "..."`; publisher `said in a statement that it was "..." of the book
#    and that B`; teacher with a word-like surname (`Joan Hay`, `Hay said`) `said opinion ... had been "..."`;
#    anonymous group member `put it more bluntly: "..."` (colon after a full clause: direct, in dialect);
#    Shetland Arts `said the shortlisting was "..." and that B`.
ARTICLES[f"{BATCH}/ruby-isbister-shortlist-unst.gold.json"] = {
    "article": f"{BATCH}/ruby-isbister-shortlist-unst.txt",
    "target": "Ruby Isbister",
    "quotes": [
        (I, "Saltire Society", "Isbister's second novel, The Haaf, which follows three generations of a fishing "
            "family in a fictional north isles community, is one of six books in the running for the Saltire "
            "Society's fiction book of the year", None),
        (P, "Saltire Society", "fierce, funny and entirely unsentimental", None),
        (P, "Ruby Isbister", "screamed a bit", None),
        (D, "Ruby Isbister", "I wrote most of it at my granny's kitchen table in Haroldswick, so a bit of this prize "
            "belongs to Unst,", None),
        (S, None, "ferry lottery", None),
        (P, "Agnes Young", "a place folk only ever leave", None),
        (D, "Agnes Young", "There are young families moving here, there's the spaceport, there's the school roll "
            "going up for the first time in years. You wouldn't know any of that from reading it,", None),
        (D, "Agnes Young", "Nobody's saying she can't write what she likes. But people recognise the houses, and "
            "some of them recognise themselves.", None),
        (P, "Ruby Isbister", "not Unst, and not anywhere", None),
        (I, "Ruby Isbister", "every one of its characters was invented", None),
        (D, "Ruby Isbister", "Honestly, no. When you write about a small place, people are going to read it like a "
            "map. I'd only ask them to read to the end.", None),
        (P, "Polygon", "immensely proud", None),
        (I, "Polygon", "a paperback edition would follow in March", None),
        (P, "Joan Hay", "split right down the middle", None),
        (D, "Joan Hay", "Some folk loved it and some folk threw it at the wall. I'd say that's the sign of a good "
            "book,", None),
        (D, "elderly member of the group", "Shö can write, I'll gie her dat. But hit's no da Unst I ken.", None),
        (P, "Shetland Arts", "a huge moment for writing in the isles", None),
        (I, "Shetland Arts", "all 250 tickets had sold out within two days", None),
    ],
    "actors": [
        actor("Saltire Society", "organisation", title="literary prize organiser",
              aliases=["Saltire Society", "the society"], stance=1),
        actor("Ruby Isbister", "person", title="novelist", aliases=["Ruby Isbister", "Isbister"], stance=1),
        actor("Agnes Young", "person", title="Unst Community Council chairwoman",
              affiliation="Unst Community Council", aliases=["Agnes Young", "Young"], stance=-1),
        actor("Polygon", "organisation", title="publisher", aliases=["Polygon"], stance=1),
        actor("Joan Hay", "person", title="retired teacher, book group leader", aliases=["Joan Hay", "Hay"], stance=1),
        actor("elderly member of the group", "person", title="anonymous book group member",
              affiliation="Baltasound book group", aliases=["elderly member of the group"], stance=0),
        actor("Shetland Arts", "organisation", title="arts agency", aliases=["Shetland Arts"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Solomon Star education/diplomacy (New Zealand ends its budget support to the education ministry),
#    headline without speech, capitalised byline, lede opening in capitals (`NEW Zealand will end`), straight
#    " and apostrophes, `Hon.`/`Mr`/`Mrs`/`Dr`, `NZ$`/`SBD$`. Content before `, the New Zealand High Commission
#    in Honiara has confirmed`; `In a statement yesterday, the High Commission said New Zealand remained "..."
#    to ... and that B` (partial plus indirect); deputy high commissioner `told the Solomon Star A`, quote with
#    `he said`; minister after a title chain `said the Ministry had been "..." by the timing` (partial only),
#    quote with `Mr Gaviro said`, then a quote-only paragraph; scare so-called "fee-free" policy; teachers'
#    association `said A and warned that B` (two indirects); principal with a word-like surname (`Rosemary
#    Tome`, `Tome said`) `said A`; opposition spokesman `said the Government had "..." its ... funding and that
#    B` (partial plus indirect); researcher in an apposition `said A, and that New Zealand's decision was "..."
#    given ...` (indirect plus partial).
ARTICLES[f"{BATCH}/new-zealand-ends-education-budget-support.gold.json"] = {
    "article": f"{BATCH}/new-zealand-ends-education-budget-support.txt",
    "target": "New Zealand",
    "quotes": [
        (I, "New Zealand High Commission", "NEW Zealand will end its direct budget support to the Ministry of "
            "Education and Human Resources Development (MEHRD) at the end of June next year", None),
        (P, "New Zealand High Commission", "fully committed", None),
        (I, "New Zealand High Commission", "future funding would go through a new scholarships and teacher-exchange "
            "programme instead", None),
        (I, "Tom Ngata", "the decision followed a review of New Zealand's aid programme across the Pacific", None),
        (D, "Tom Ngata", "This is not about walking away. It is about putting our money where we think it will make "
            "the biggest difference for students,", None),
        (P, "Moffat Gaviro", "caught off guard", None),
        (D, "Moffat Gaviro", "We respect New Zealand's right to decide how it spends its money. But to give us six "
            "months' notice, in the middle of a budget year, is very hard,", None),
        (D, "Moffat Gaviro", "The ones who will feel this first are the rural schools, where the school grant is "
            "sometimes the only money the school ever sees.", None),
        (S, None, "fee-free", None),
        (I, "Solomon Islands National Teachers Association", "teachers in the provinces were already waiting months "
            "for their allowances", None),
        (I, "Solomon Islands National Teachers Association", "the loss of the grants would push more schools to ask "
            "parents for money", None),
        (I, "Rosemary Tome", "her school had used last year's grant to buy solar lights, exercise books and a water "
            "tank", None),
        (D, "Rosemary Tome", "Without it, parents will have to pay, and many of them simply cannot. Some children will "
            "stay home,", None),
        (P, "Silas Kenilau", "failed to diversify", None),
        (I, "Silas Kenilau", "it had relied on one donor for too long", None),
        (I, "Grace Huria", "donors across the Pacific were moving away from budget support", None),
        (P, "Grace Huria", "not surprising", None),
    ],
    "actors": [
        actor("New Zealand High Commission", "government", title="High Commission in Honiara",
              affiliation="New Zealand", aliases=["New Zealand High Commission", "High Commission"], stance=1),
        actor("Tom Ngata", "person", title="Deputy High Commissioner", affiliation="New Zealand",
              aliases=["Tom Ngata", "Ngata"], stance=1),
        actor("Moffat Gaviro", "person", title="Minister of Education and Human Resources Development",
              affiliation="Solomon Islands Government", aliases=["Moffat Gaviro", "Gaviro", "Mr Gaviro"], stance=-1),
        actor("Solomon Islands National Teachers Association", "organisation", title="teachers' union",
              aliases=["Solomon Islands National Teachers Association", "SINTA"], stance=-1),
        actor("Rosemary Tome", "person", title="school principal near Gizo", aliases=["Rosemary Tome", "Tome"],
              stance=-1),
        actor("Silas Kenilau", "person", title="Opposition education spokesman", aliases=["Silas Kenilau", "Kenilau"],
              stance=None),
        actor("Grace Huria", "person", title="development researcher", affiliation="Australian National University",
              aliases=["Grace Huria", "Huria"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
