"""Build the dev167 gold files (data/eval/dev167/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev166/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev167/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev167.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev167"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Libya Herald diplomacy/security (Tripoli protests Russian cargo flights to a southern airbase), headline
#    without speech, "By Hadia Ghariani." and "Tripoli, 3 December 2026:" lines, straight " and apostrophes,
#    British punctuation outside fragments, "HoR", "GNU", "LNA". Ministry "said A and that B" (one span), "It
#    described the flights as "..."" (partial only); minister "told reporters ... that Libya "..."" (partial
#    only), then "he said"; embassy "rejected the accusation, saying A" (act; indirect); chargé d'affaires
#    "was quoted as saying by the RIA Novosti news agency"; Moscow ministry "said ... that reports ... were
#    "..."" (partial only); scare so-called "Africa Corps"; LNA "did not respond" (not annotated); HoR member
#    "said the GNU was "..."", then "he told Libya Herald by telephone"; UNSMIL "said A and was B" (one span),
#    "It reminded all member states ..." (act); "According to Marwan Ashour, ..., A", quote with "Ashour
#    said"; municipal head "denied that A and said the new field hospital was "..."" (indirect plus partial).
ARTICLES[f"{BATCH}/tripoli-protests-russian-flights-kufra.gold.json"] = {
    "article": f"{BATCH}/tripoli-protests-russian-flights-kufra.txt",
    "target": "Russia",
    "quotes": [
        (I, "Foreign Ministry of the Government of National Unity", "at least nine Il-76 transport aircraft had landed at "
            "the base since 14 November and that their cargo had not been declared to Libyan authorities", None),
        (P, "Foreign Ministry of the Government of National Unity", "a flagrant violation of Libyan sovereignty and of the "
            "UN arms embargo", None),
        (P, "Abdelhamid Sowaid", "does not want to become a chessboard for the great powers", None),
        (D, "Abdelhamid Sowaid", "We have told our Russian friends clearly: any cooperation with Libya goes through the "
            "legitimate state, not around it,", None),
        (I, "Russian Embassy in Tripoli", "the flights were carrying humanitarian aid and equipment for a field hospital in "
            "Kufra", None),
        (D, "Yevgeny Zhuravlyov", "Russia has always respected the unity of Libya and has always worked with all Libyans, "
            "in the east, the west and the south,", None),
        (P, "Russian Foreign Ministry", "fabrications spread by those who destroyed Libya in 2011", None),
        (S, None, "Africa Corps", None),
        (P, "Salem Al-Obeidi", "in no position to lecture anybody about foreign forces", None),
        (D, "Salem Al-Obeidi", "The Turks have bases in the west and nobody in Tripoli summons their ambassador,", None),
        (I, "UN Support Mission in Libya", "it was aware of the reports and was seeking information from all parties", None),
        (I, "Marwan Ashour", "Kufra has grown in importance for Moscow since Russia lost much of its footing in Syria",
            None),
        (D, "Marwan Ashour", "Kufra gives Moscow a road into Sudan, Chad and the Sahel. For a country that lost its Syrian "
            "bases, that matters a great deal,", None),
        (I, "Abdelrahman Bokhari", "any foreign troops were stationed in the town", None),
        (P, "Abdelrahman Bokhari", "badly needed", None),
    ],
    "actors": [
        actor("Foreign Ministry of the Government of National Unity", "government", title="foreign ministry",
              affiliation="Libya (Government of National Unity)",
              aliases=["Foreign Ministry of the Government of National Unity", "Ministry"], stance=-1),
        actor("Abdelhamid Sowaid", "person", title="Foreign Minister", affiliation="Government of National Unity",
              aliases=["Abdelhamid Sowaid", "Sowaid"], stance=-1),
        actor("Russian Embassy in Tripoli", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Tripoli"], stance=1),
        actor("Yevgeny Zhuravlyov", "person", title="charg\u00e9 d'affaires", affiliation="Russian Embassy in Tripoli",
              aliases=["Yevgeny Zhuravlyov", "Zhuravlyov"], stance=1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Salem Al-Obeidi", "person", title="House of Representatives member for Tobruk",
              affiliation="House of Representatives", aliases=["Salem Al-Obeidi", "Al-Obeidi"], stance=1),
        actor("UN Support Mission in Libya", "organisation", title="UN mission",
              aliases=["UN Support Mission in Libya", "UNSMIL"], stance=0),
        actor("Marwan Ashour", "person", title="researcher", affiliation="Sadeq Institute",
              aliases=["Marwan Ashour", "Ashour"], stance=0),
        actor("Abdelrahman Bokhari", "person", title="head of the Kufra municipal council",
              aliases=["Abdelrahman Bokhari", "Bokhari"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Star (Sheffield) business/labour (a steel forge cuts 240 jobs), headline with a straight single
#    fragment "... as union warns of 'hammer blow'" (speaker Community, the union the body names), standfirst
#    without speech, byline and "Published 1st Dec 2026, 16:42 GMT" line, British straight " with
#    punctuation outside fragments, "Mr Hartley", "Read more:" line. Lede "blaming ..." (act); company "told
#    staff ... that A"; statement "said it had "..." and that the decision had been taken "..."" (two
#    partials); CEO "said: "... open paragraph and a closed one; "Mr Hartley said A and would B" (one span);
#    union "called the cuts a "..." for ... and said A" (partial plus indirect); regional officer "said members
#    had learned of the plan "..."" (partial only), quote split by "he said"; worker "said the mood ... was
#    "..."", question in a quote with "he told The Star"; MP "said A and had B" (one span), then "she said";
#    department spokesperson "said the Government was "..." and pointed to ..." (partial; act); council leader
#    "described the announcement as "..." and said A" (partial plus indirect).
ARTICLES[f"{BATCH}/don-valley-forge-job-cuts.gold.json"] = {
    "article": f"{BATCH}/don-valley-forge-job-cuts.txt",
    "target": "Don Valley Forge",
    "quotes": [
        (P, "Community", "hammer blow", "'hammer blow'"),
        (I, "Don Valley Forge", "its open-die forging line would close by the end of March", None),
        (P, "Don Valley Forge", "explored every possible alternative", None),
        (P, "Don Valley Forge", "with great reluctance", None),
        (D, "Simon Hartley", "Our electricity costs are more than double those of our competitors in France and Germany. "
            "We cannot keep absorbing that and stay in business.", None),
        (D, "Simon Hartley", "This is about protecting the 560 jobs that remain and making sure Don Valley Forge is still "
            "here in ten years' time.", None),
        (I, "Simon Hartley", "the firm would offer voluntary redundancy first and would work with the unions to find roles "
            "elsewhere in the business for as many people as possible", None),
        (P, "Community", "hammer blow", "a \"hammer blow\""),
        (I, "Community", "the company had failed to invest in the plant for more than a decade", None),
        (P, "Dave Pickering", "at the same time as the press", None),
        (D, "Dave Pickering", "These are skilled, well-paid jobs that you don't get back once they're gone,", None),
        (D, "Dave Pickering", "The company has had years of warnings about energy costs and it has sat on its hands.", None),
        (P, "Shaun Wells", "like a funeral", None),
        (D, "Shaun Wells", "My dad worked here, my granddad worked here. I've got a lad who started his apprenticeship in "
            "September. What does he do now?", None),
        (I, "Joanne Lister", "she had spoken to the business secretary and had asked for an urgent meeting with the "
            "company", None),
        (D, "Joanne Lister", "Don Valley Forge is part of the fabric of this city, and I'll be doing everything I can to "
            "keep these jobs in Sheffield,", None),
        (P, "A Department for Business and Trade spokesperson", "committed to a sustainable future for UK steel", None),
        (P, "Tom Bramall", "deeply worrying", None),
        (I, "Tom Bramall", "the council's business team would offer support to anyone affected", None),
    ],
    "actors": [
        actor("Community", "organisation", title="steelworkers' union", aliases=["Community", "union"], stance=-1),
        actor("Don Valley Forge", "organisation", title="steel forging company", aliases=["Don Valley Forge"], stance=1),
        actor("Simon Hartley", "person", title="chief executive", affiliation="Don Valley Forge",
              aliases=["Simon Hartley", "Hartley"], stance=1),
        actor("Dave Pickering", "person", title="regional officer", affiliation="Community",
              aliases=["Dave Pickering", "Pickering"], stance=-1),
        actor("Shaun Wells", "person", title="forging line worker", affiliation="Don Valley Forge",
              aliases=["Shaun Wells", "Wells"], stance=-1),
        actor("Joanne Lister", "person", title="MP for Sheffield South East", aliases=["Joanne Lister", "Lister"],
              stance=0),
        actor("A Department for Business and Trade spokesperson", "person", title="government spokesperson",
              affiliation="Department for Business and Trade",
              aliases=["A Department for Business and Trade spokesperson"], stance=None),
        actor("Tom Bramall", "person", title="Sheffield City Council leader", affiliation="Sheffield City Council",
              aliases=["Tom Bramall", "Bramall"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Guyana Times national news/diplomacy (a Venezuelan navy vessel in Guyana's EEZ), headline without
#    speech, subhead starting with an ellipsis ("…Govt lodges formal protest, alerts CARICOM and UN"), no
#    byline, straight " and apostrophes, times as "09:40h", British punctuation outside fragments. Lede
#    content before "the Guyana Defence Force (GDF) has said"; "According to the GDF, A"; "the Army said the
#    Venezuelan ship had "..." responded ... and that B" (partial plus indirect); Foreign Secretary "told Guyana
#    Times yesterday that A and that B" (one span), quote split by "she said", "The Foreign Secretary noted
#    that A"; Venezuela's ministry "insisted that its vessel had been carrying out "..." and accused Guyana of
#    allowing ExxonMobil to act as "..."" (two partials), "The communiqué said A and that B"; CARICOM
#    Secretariat "said the Community "..." with Guyana and called on Venezuela to ..." (partial; directive);
#    opposition leader "said the incident showed that ... remained "..."" (partial only), quote split by
#    "Atherly said at a press conference"; ExxonMobil spokesperson "said A and that the company was "..."
#    with ..." (indirect plus partial); fisherman "said A", Creolese quote split by "he said".
ARTICLES[f"{BATCH}/venezuelan-vessel-stabroek-incursion.gold.json"] = {
    "article": f"{BATCH}/venezuelan-vessel-stabroek-incursion.txt",
    "target": "Venezuela",
    "quotes": [
        (I, "Guyana Defence Force", "A Venezuelan navy patrol vessel sailed into Guyana's Exclusive Economic Zone (EEZ) on "
            "Monday and remained there for close to six hours before turning back", None),
        (I, "Guyana Defence Force", "the vessel was first detected at about 09:40h some 38 nautical miles from the Liza Unity "
            "production vessel in the Stabroek Block, and was shadowed by the Coast Guard's GDFS Essequibo until it left "
            "the area at about 15:30h", None),
        (P, "Guyana Defence Force", "at no time", None),
        (I, "Guyana Defence Force", "the incident had been reported to the Government", None),
        (I, "Roxanne Persaud-Hinds", "a protest note had been handed to the Venezuelan Embassy in Georgetown and that the "
            "matter had also been raised with the Caribbean Community (CARICOM) and the United Nations Secretary-General",
            None),
        (D, "Roxanne Persaud-Hinds", "This was not an accident. A naval vessel does not wander six hours into another "
            "country's waters by mistake,", None),
        (D, "Roxanne Persaud-Hinds", "Guyana will not be intimidated, and we will continue to rely on international law "
            "and our friends in the international community.", None),
        (I, "Roxanne Persaud-Hinds", "the International Court of Justice (ICJ) had ordered both countries in December 2023 "
            "to refrain from any action that could aggravate the border controversy, which is still before the court",
            None),
        (P, "Venezuela's Ministry of Foreign Affairs", "routine patrols in waters pending delimitation", None),
        (P, "Venezuela's Ministry of Foreign Affairs", "the owner of a sea that does not belong to it", None),
        (I, "Venezuela's Ministry of Foreign Affairs", "the Essequibo region, about two-thirds of Guyana's territory, was "
            "Venezuelan and that Caracas did not recognise the jurisdiction of the ICJ in the matter", None),
        (P, "CARICOM Secretariat", "stands firmly", None),
        (P, "Kwame Atherly", "woefully thin", None),
        (D, "Kwame Atherly", "We have billions in the bank and one offshore patrol vessel to watch an area the size of "
            "Jamaica,", None),
        (D, "Kwame Atherly", "The Government must explain what it intends to do.", None),
        (I, "A spokesperson for ExxonMobil Guyana", "production had not been affected", None),
        (P, "A spokesperson for ExxonMobil Guyana", "monitoring the situation closely", None),
        (I, "Deonarine Ramsaran", "boats from the West Coast had stopped going too far out since another Venezuelan "
            "incursion in March", None),
        (D, "Deonarine Ramsaran", "We hear the navy boat come close and everybody pull up the seine and run,", None),
        (D, "Deonarine Ramsaran", "Is we livelihood they playing with.", None),
    ],
    "actors": [
        actor("Guyana Defence Force", "government", title="army", affiliation="Guyana",
              aliases=["Guyana Defence Force", "GDF", "Army"], stance=-1),
        actor("Roxanne Persaud-Hinds", "person", title="Foreign Secretary", affiliation="Guyana",
              aliases=["Roxanne Persaud-Hinds", "Persaud-Hinds", "Foreign Secretary"], stance=-1),
        actor("Venezuela's Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Venezuela",
              aliases=["Venezuela's Ministry of Foreign Affairs"], stance=1),
        actor("CARICOM Secretariat", "organisation", title="regional secretariat", aliases=["CARICOM Secretariat"],
              stance=-1),
        actor("Kwame Atherly", "person", title="Opposition Leader", aliases=["Kwame Atherly", "Atherly"], stance=None),
        actor("A spokesperson for ExxonMobil Guyana", "person", title="company spokesperson",
              affiliation="ExxonMobil Guyana", aliases=["A spokesperson for ExxonMobil Guyana"], stance=None),
        actor("Deonarine Ramsaran", "person", title="fisherman", aliases=["Deonarine Ramsaran", "Ramsaran"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Catholic Herald church news (a bishop's plan to close 19 churches; parishioners appeal to Rome), headline
#    without speech, standfirst with a curly single fragment "Bishop Gerard McAndrew says the diocese has ‘no
#    choice’ but to ..." (partial, the bishop), byline and time line, curly “ ” and ’, British punctuation
#    outside fragments, "Fr"/"Mrs", "Related:" line. Lede participial "telling parishioners in a pastoral
#    letter ... that the diocese “...”" (partial only); "wrote that A and that B" (one span), letter quote split
#    by "he wrote"; "which the diocese calls “...”" (partial, the diocese); lay group "has lodged a formal
#    appeal ..., arguing that A" (indirect); its chair "said the listening sessions ... had been “...”" (partial
#    only), quote with "she told the Catholic Herald", "Mrs Hurley said A and had B" (one span); diocesan
#    spokesman "said A and that B", quote split by "the spokesman said"; priest "Fr Michael Long" (a name that
#    is a common word) "said he supported the bishop “...”" (partial only), quote split by "Fr Long said"; canon
#    lawyer "said A but could B" (one span); Historic England "said it would work ... to find “...” for ..."
#    (partial only).
ARTICLES[f"{BATCH}/bishop-mcandrew-parish-mergers.gold.json"] = {
    "article": f"{BATCH}/bishop-mcandrew-parish-mergers.txt",
    "target": "Gerard McAndrew",
    "quotes": [
        (P, "Gerard McAndrew", "no choice", None),
        (P, "Gerard McAndrew", "cannot keep open buildings we cannot fill, heat or staff", None),
        (I, "Gerard McAndrew", "the number of priests in active ministry in the diocese had fallen from 112 to 58 in 20 "
            "years and that Mass attendance had halved over the same period", None),
        (D, "Gerard McAndrew", "I know that for many of you these are not just buildings. They are where you were "
            "baptised, married and where you said goodbye to those you love,", None),
        (D, "Gerard McAndrew", "I do not ask you to stop grieving. I ask you to help build what comes next.", None),
        (P, "diocese", "Called Together", None),
        (I, "a group of lay Catholics", "the bishop failed to consult parishioners as canon law requires", None),
        (P, "Ann Marie Hurley", "a box-ticking exercise", None),
        (D, "Ann Marie Hurley", "We were told the decisions would be shaped by what we said. Then the list of closures "
            "came out and it was the same list that had been drawn up before a single meeting took place,", None),
        (I, "Ann Marie Hurley", "the group had collected more than 4,000 signatures and had retained a canon lawyer in "
            "Rome", None),
        (I, "A spokesman for the diocese", "the consultation had involved more than 3,000 people and that every parish "
            "had been given the opportunity to respond in writing", None),
        (D, "A spokesman for the diocese", "The Bishop has listened carefully, and the final plan is significantly "
            "different from the first draft,", None),
        (D, "A spokesman for the diocese", "Eleven churches originally proposed for closure will now remain open.", None),
        (P, "Michael Long", "with a heavy heart", None),
        (D, "Michael Long", "He is trying to do an impossible job with the resources he has,", None),
        (D, "Michael Long", "But I will not pretend this is easy for my people.", None),
        (I, "Tomasz Wr\u00f3bel", "appeals of this kind were rarely successful but could delay closures by a year or more",
            None),
        (P, "Historic England", "sympathetic new uses", None),
    ],
    "actors": [
        actor("Gerard McAndrew", "person", title="Bishop of Ardmore", affiliation="Diocese of Ardmore",
              aliases=["Gerard McAndrew", "McAndrew", "Bishop of Ardmore"], stance=1),
        actor("diocese", "organisation", title="Catholic diocese of Ardmore", aliases=["diocese"], stance=1),
        actor("a group of lay Catholics", "group", title="lay Catholics from seven affected parishes",
              aliases=["a group of lay Catholics"], stance=-1),
        actor("Ann Marie Hurley", "person", title="retired headteacher, chair of the lay group",
              aliases=["Ann Marie Hurley", "Hurley"], stance=-1),
        actor("A spokesman for the diocese", "person", title="diocesan spokesman", affiliation="Diocese of Ardmore",
              aliases=["A spokesman for the diocese"], stance=1),
        actor("Michael Long", "person", title="parish priest of St Brendan\u2019s, Harwood",
              aliases=["Michael Long", "Long", "Fr Long"], stance=1),
        actor("Tomasz Wr\u00f3bel", "person", title="canon lawyer", aliases=["Tomasz Wr\u00f3bel", "Wr\u00f3bel"],
              stance=0),
        actor("Historic England", "organisation", title="heritage body", aliases=["Historic England"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
