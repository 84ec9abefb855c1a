"""Build the test41 gold files (data/eval/test41/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test41/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test41.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test41"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Arctic Today (Arctic news site) diplomacy/Indigenous affairs (Russia offers to restart visa-free visits
#    between Chukotka and Alaska), headline without speech, standfirst with a curly fragment `Moscow says ...
#    "political games."` (period inside), `By NAME` and date lines, curly quotes and apostrophes, American
#    punctuation inside closing marks, `Sen.`. Lede content before `, the Russian Foreign Ministry said Thursday`;
#    spokesperson `told reporters ... that A had been suspended "..." and that B` (partial plus indirect), quote
#    with `Gorbunova said`; scare so-called "Ice Curtain"; `responded cautiously` (no speech); department
#    spokesperson `said ... that Washington valued "..." ..., but that any arrangement would have to be considered
#    "..."` (two partials); elder named after the quote (`said Agnes Kaningok, 71, an elder in Gambell`), then
#    `Kaningok said she would apply ... "..."` (partial only); Kawerak board member `said Moscow was using the
#    families "..." to show ...` (partial only), quote with `Soxie said`; governor `said on ... Telegram channel
#    that A and that B had "..."` (indirect plus partial); state senator `said she had written ... urging him to
#    "..."` (partial only); researcher `said A`, `she said`; content before `, according to Russia's 2021 census`;
#    Bering Air `said A`.
ARTICLES[f"{BATCH}/russia-offers-chukotka-alaska-visa-free-visits.gold.json"] = {
    "article": f"{BATCH}/russia-offers-chukotka-alaska-visa-free-visits.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "political games.", None),
        (I, "Russian Foreign Ministry", "Russia is ready to resume the visa-free travel program that for three decades "
            "allowed Indigenous residents of Chukotka and Alaska to visit relatives across the Bering Strait", None),
        (P, "Yelena Gorbunova", "not by our choice", None),
        (I, "Yelena Gorbunova", "Russia had informed the U.S. side it was prepared to reopen the exchanges as early as "
            "next summer", None),
        (D, "Yelena Gorbunova", "The Yupik and Chukchi peoples lived as one family long before there was any border. "
            "They should not pay for political games,", None),
        (S, None, "Ice Curtain", None),
        (P, "department spokesperson", "people-to-people ties", None),
        (P, "department spokesperson", "in the context of Russia\u2019s ongoing war against Ukraine.", None),
        (D, "Agnes Kaningok", "My mother\u2019s sister lived in Sireniki. I visited her four times before the border "
            "closed. She died last year, and I could not go to the funeral,", None),
        (P, "Agnes Kaningok", "the first day they open it.", None),
        (P, "Daniel Soxie", "as a bargaining chip", None),
        (D, "Daniel Soxie", "If they cared about the Yupik people in Chukotka, they would let them speak freely and "
            "stop sending their young men to the front,", None),
        (I, "Sergei Nikolayev", "Provideniya and Lavrentiya were ready to receive guests", None),
        (P, "Sergei Nikolayev", "kept their doors open", None),
        (P, "Ruth Pikonganna", "take yes for an answer.", None),
        (I, "Mia Kristiansen", "the exchanges had worked well for both countries for most of their history", None),
        (D, "Mia Kristiansen", "But Russia has every reason to want this now. It is cheap, it looks humane, and it "
            "puts Washington in the position of saying no to grandmothers,", None),
        (I, "Russia\u2019s 2021 census", "About 1,500 Yupik people live in Chukotka", None),
        (I, "Bering Air", "it had not been approached about restarting the route", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Russian Foreign Ministry", "government", affiliation="Russia",
              aliases=["Russian Foreign Ministry", "Foreign Ministry"], stance=1),
        actor("Yelena Gorbunova", "person", title="Foreign Ministry spokesperson", affiliation="Russia",
              aliases=["Yelena Gorbunova", "Gorbunova"], stance=1),
        actor("department spokesperson", "person", title="spokesperson", affiliation="U.S. State Department",
              aliases=["department spokesperson"], stance=-1),
        actor("Agnes Kaningok", "person", title="elder, 71", affiliation="Gambell",
              aliases=["Agnes Kaningok", "Kaningok"], stance=1),
        actor("Daniel Soxie", "person", title="board member", affiliation="Kawerak",
              aliases=["Daniel Soxie", "Soxie"], stance=-1),
        actor("Sergei Nikolayev", "person", title="governor of Chukotka", affiliation="Russia",
              aliases=["Sergei Nikolayev", "Nikolayev"], stance=1),
        actor("Ruth Pikonganna", "person", title="Alaska state senator", affiliation="Alaska Legislature",
              aliases=["Ruth Pikonganna", "Pikonganna"], stance=1),
        actor("Mia Kristiansen", "person", title="Arctic security researcher",
              affiliation="University of Alaska Fairbanks", aliases=["Mia Kristiansen", "Kristiansen"], stance=0),
        actor("Russia\u2019s 2021 census", "government", title="national census", affiliation="Russia",
              aliases=["Russia\u2019s 2021 census"], stance=None),
        actor("Bering Air", "organisation", title="airline", aliases=["Bering Air"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Museums Journal (Museums Association trade press) culture/heritage (an independent museum plans to sell a
#    Lowry), headline without speech, standfirst with a straight single fragment `... is a 'last resort' as ...`,
#    name and date lines, British straight single quotes '...' for quotes and fragments with straight apostrophes
#    (`museum's`, `Christie's`, `Lowry's`), artwork titles without quote marks, en dash inside a quote. `the trust
#    said the sale was a '...' after ..., and that B` (partial plus indirect); chair `said: '...` open at the end of
#    its line, then a closed paragraph; `Ackroyd added that A`; MA `said it was '...' by the plan and that B`
#    (partial plus indirect); scare `'financially motivated'` (`Under the code, ...`: the code's wording, nobody in
#    the article is said to say it); Arts Council spokesperson `said A`; director `defended the decision` (act),
#    quote split by `he said`; donor's granddaughter `told Museums Journal her grandfather had given it '...'`
#    (partial only); Friends group `said A and would B` (one span); council member `said the council had '...' but
#    to end the grant ..., and that B` (partial plus indirect); adviser `said A but would B` (one span), `he said`.
ARTICLES[f"{BATCH}/moorland-museum-lowry-sale.gold.json"] = {
    "article": f"{BATCH}/moorland-museum-lowry-sale.txt",
    "target": "Moorland Museum",
    "quotes": [
        (P, "Moorland Museum", "last resort", "Evening is a '"),
        (P, "Moorland Museum", "last resort", "the sale was a '"),
        (I, "Moorland Museum", "the proceeds would be used to set up an endowment to secure the museum's future", None),
        (D, "Hilary Ackroyd", "Nobody on the board wanted to be in this position. We looked at every alternative \u2013 "
            "cutting opening hours, merging with another museum, handing the building back to the council.", None),
        (D, "Hilary Ackroyd", "None of those options keeps the collection together and the doors open. Selling one "
            "painting does.", None),
        (I, "Hilary Ackroyd", "the museum had sought advice from the Museums Association (MA) and Arts Council England "
            "before the vote", None),
        (P, "Museums Association", "deeply concerned", None),
        (I, "Museums Association", "it did not appear to meet the tests set out in its Code of Ethics for selling items "
            "from a collection", None),
        (S, None, "financially motivated", None),
        (I, "spokesperson for Arts Council England", "the museum's accreditation would be reviewed if the sale went "
            "ahead", None),
        (D, "Owen Brierley", "We are not selling the family silver to pay the electricity bill,", None),
        (D, "Owen Brierley", "This is about making sure there is still a museum here in 20 years.", None),
        (P, "Jean Haworth", "to the people of Burnley, not to the trustees", None),
        (I, "Friends of the Moorland Museum", "it had not been consulted and would hold a public meeting on 10 December",
            None),
        (P, "Imran Sadiq", "no choice", None),
        (I, "Imran Sadiq", "it had offered the museum help with fundraising", None),
        (I, "Nick Farrow", "the trustees were entitled to make the decision but would have to live with the "
            "consequences", None),
        (D, "Nick Farrow", "A trust in this much trouble has to think about survival first. But once a painting like "
            "this goes into a private collection, the public may never see it again,", None),
    ],
    "actors": [
        actor("Moorland Museum", "organisation", title="independent museum (trust)", affiliation="Burnley",
              aliases=["Moorland Museum", "trust"], stance=1),
        actor("Hilary Ackroyd", "person", title="chair of trustees", affiliation="Moorland Museum",
              aliases=["Hilary Ackroyd", "Ackroyd"], stance=1),
        actor("Museums Association", "organisation", title="museum sector body",
              aliases=["Museums Association", "MA"], stance=-1),
        actor("spokesperson for Arts Council England", "person", title="spokesperson",
              affiliation="Arts Council England", aliases=["spokesperson for Arts Council England"], stance=0),
        actor("Owen Brierley", "person", title="museum director", affiliation="Moorland Museum",
              aliases=["Owen Brierley", "Brierley"], stance=1),
        actor("Jean Haworth", "person", title="granddaughter of the donor", aliases=["Jean Haworth", "Haworth"],
              stance=-1),
        actor("Friends of the Moorland Museum", "group", title="supporters' group",
              aliases=["Friends of the Moorland Museum"], stance=-1),
        actor("Imran Sadiq", "person", title="executive member for leisure", affiliation="Burnley Borough Council",
              aliases=["Imran Sadiq", "Sadiq"], stance=None),
        actor("Nick Farrow", "person", title="disposals adviser, former director of collections",
              aliases=["Nick Farrow", "Farrow"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Drinks Business (db, wine and spirits trade press) trade/regulation (India's new port testing rules strand
#    wine imports), headline without speech, `By NAME` and `Published: 03 December, 2026` lines, straight " and
#    apostrophes, British spelling, `€9 million`, closing `Related news` block of headlines without quote marks.
#    Groups with present-tense `say` (`European and Australian producers say A`, `Importers say A`); scare
#    so-called "one batch, one test" rule; `In a statement, FSSAI said A and were intended to "..."` (indirect plus
#    partial); anonymous official quote before `told db on condition of anonymity`, resumed; `The official said the
#    backlog would be cleared "..." as ...` (partial only); CEEV secretary general `said A, and that B was "..."`
#    (indirect plus partial), then `he said`; Wine Australia manager `said A, and that the testing regime risked
#    "..." that progress` (indirect plus partial); importer `said A`, quote with `Mehrotra said`; winemaker `said
#    Indian producers had faced the same tests "...", and that B` (partial plus indirect); content before `,
#    according to IWSR`.
ARTICLES[f"{BATCH}/india-wine-import-testing-rules.gold.json"] = {
    "article": f"{BATCH}/india-wine-import-testing-rules.txt",
    "target": "India",
    "quotes": [
        (I, "European and Australian producers", "the rules amount to a trade barrier", None),
        (S, None, "one batch, one test", None),
        (I, "Importers", "the process is taking up to seven weeks", None),
        (I, "Food Safety and Standards Authority of India", "the rules applied equally to all alcoholic beverages, "
            "domestic and imported", None),
        (P, "Food Safety and Standards Authority of India", "protect Indian consumers from unsafe products", None),
        (D, "senior official at the Ministry of Commerce and Industry", "India has the sovereign right to set food "
            "safety standards, and those standards are not negotiable,", None),
        (D, "senior official at the Ministry of Commerce and Industry", "Nobody complains when Europe tests our rice "
            "and our spices.", None),
        (P, "senior official at the Ministry of Commerce and Industry", "within weeks", None),
        (I, "Ignacio Ferrer", "European wineries had shipments worth more than \u20ac9 million waiting at Nhava Sheva and "
            "Chennai alone", None),
        (P, "Ignacio Ferrer", "at risk of spoiling in the heat", None),
        (D, "Ignacio Ferrer", "We support food safety. What we cannot accept is a system designed so that nothing gets "
            "through,", None),
        (I, "Fiona Treloar", "Australian exports to India had risen by 60% since the 2022 trade agreement between the "
            "two countries cut tariffs", None),
        (P, "Fiona Treloar", "undoing", None),
        (I, "Rahul Mehrotra", "several hotel groups preparing for the wedding season had started switching to domestic "
            "labels", None),
        (D, "Rahul Mehrotra", "December is our busiest month. I have 11 containers at the port and I cannot tell my "
            "customers when they will get them,", None),
        (P, "Anjali Deshmukh", "for years", None),
        (I, "Anjali Deshmukh", "imports were simply being held to the same standard as local wine", None),
        (I, "IWSR", "India's wine market grew by 11% by volume in 2025, with imports accounting for around a third of "
            "sales by value", None),
    ],
    "actors": [
        actor("European and Australian producers", "group", title="wine producers",
              aliases=["European and Australian producers"], stance=-1),
        actor("Importers", "group", title="wine importers in India", aliases=["Importers"], stance=-1),
        actor("Food Safety and Standards Authority of India", "government", title="food regulator", affiliation="India",
              aliases=["Food Safety and Standards Authority of India", "FSSAI"], stance=1),
        actor("senior official at the Ministry of Commerce and Industry", "person", title="official (anonymous)",
              affiliation="India's Ministry of Commerce and Industry",
              aliases=["senior official at the Ministry of Commerce and Industry", "official"], stance=1),
        actor("Ignacio Ferrer", "person", title="secretary general",
              affiliation="Comit\u00e9 Europ\u00e9en des Entreprises Vins (CEEV)", aliases=["Ignacio Ferrer", "Ferrer"],
              stance=-1),
        actor("Fiona Treloar", "person", title="general manager of market access", affiliation="Wine Australia",
              aliases=["Fiona Treloar", "Treloar"], stance=-1),
        actor("Rahul Mehrotra", "person", title="managing director", affiliation="Vinoteca India",
              aliases=["Rahul Mehrotra", "Mehrotra"], stance=-1),
        actor("Anjali Deshmukh", "person", title="chief winemaker", affiliation="Godavari Ridge Estate",
              aliases=["Anjali Deshmukh", "Deshmukh"], stance=1),
        actor("IWSR", "organisation", title="drinks market research firm", aliases=["IWSR"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Connacht Tribune (Galway regional weekly) labour/business (a US-owned medtech company moves 240 jobs to Costa
#    Rica), headline without speech, `By NAME` and `Thursday, December 3, 2026` lines, curly single quotes for
#    quotes and fragments with curly apostrophes, Irish usage (`TD`, `Deputy`, `Minister for Enterprise`, `Ms`,
#    `Mr`), Irish names with fadas (`Gráinne`, `Seán Ó Fátharta`). `The company told staff ... that A, and that B`
#    (one span); `In a statement, Veranta said the decision was '...' of ..., but was driven by '...'` (two
#    partials); site leader `said the company remained '...' and that B` (partial plus indirect), quote split by
#    `she said`, `Ms Kilkelly added that A and that B would be '...'` (indirect plus partial); SIPTU organiser
#    Dermot Best (`Mr Best said`) `said the news had come as '...' to workers ...` (partial only), `He said A`;
#    anonymous worker `said A`, `she said`; IDA `said it would work ... to '...' to retain jobs, and that B
#    remained '...'` (two partials); minister `described the announcement as '...' ..., but welcomed ...`
#    (partial; act); TD `said A`, quote with `Deputy Ó Fátharta said`; content before `, according to the Irish
#    Medtech Association`.
ARTICLES[f"{BATCH}/veranta-medical-parkmore-job-cuts.gold.json"] = {
    "article": f"{BATCH}/veranta-medical-parkmore-job-cuts.txt",
    "target": "Veranta Medical",
    "quotes": [
        (I, "Veranta Medical", "production of the two lines would transfer to its facility in Heredia, Costa Rica, "
            "from next spring, and that the Galway site would concentrate on research and development and on newer "
            "devices", None),
        (P, "Veranta Medical", "not a reflection on the skill or commitment", None),
        (P, "Veranta Medical", "global cost pressures and the need to stay competitive", None),
        (P, "Gr\u00e1inne Kilkelly", "deeply committed to Galway", None),
        (I, "Gr\u00e1inne Kilkelly", "it would invest \u20ac30 million in a new research centre at Parkmore over the next "
            "three years", None),
        (D, "Gr\u00e1inne Kilkelly", "This is a really difficult day for the people affected, and we will support every "
            "one of them,", None),
        (D, "Gr\u00e1inne Kilkelly", "But the investment we are announcing today secures the future of this site for "
            "the next decade.", None),
        (I, "Gr\u00e1inne Kilkelly", "those affected would be offered redeployment into other roles where possible",
            None),
        (P, "Gr\u00e1inne Kilkelly", "well above", None),
        (P, "Dermot Best", "a kick in the teeth", None),
        (D, "Dermot Best", "Some of these people have given 25 years to this company. They were told in a 20-minute "
            "meeting that their jobs are going to Costa Rica,", None),
        (I, "Dermot Best", "the union would be seeking an urgent meeting with management to discuss the terms of the "
            "package", None),
        (I, "worker", "staff had suspected for months that something was coming", None),
        (D, "worker", "They stopped hiring in the summer, and the new line that was promised for Building 3 never "
            "arrived,", None),
        (P, "IDA Ireland", "explore every opportunity", None),
        (P, "IDA Ireland", "one of the strongest medtech clusters in the world", None),
        (P, "Niamh Kerrigan", "very disappointing", None),
        (I, "Se\u00e1n \u00d3 F\u00e1tharta", "it was the third multinational in two years to move jobs out of Galway",
            None),
        (D, "Se\u00e1n \u00d3 F\u00e1tharta", "These companies take the grants and the tax breaks, and the minute a "
            "cheaper place comes along, they are gone,", None),
        (I, "Irish Medtech Association", "Medtech companies employ more than 12,000 people in Galway city and county, "
            "most of them at Parkmore, Ballybrit and Mervue", None),
    ],
    "actors": [
        actor("Veranta Medical", "organisation", title="US-owned medtech company",
              aliases=["Veranta Medical", "Veranta", "the company", "The company"], stance=1),
        actor("Gr\u00e1inne Kilkelly", "person", title="site leader", affiliation="Veranta Medical (Parkmore)",
              aliases=["Gr\u00e1inne Kilkelly", "Ms Kilkelly", "Kilkelly"], stance=1),
        actor("Dermot Best", "person", title="organiser", affiliation="SIPTU",
              aliases=["Dermot Best", "Mr Best", "Best"], stance=-1),
        actor("worker", "person", title="worker of 19 years (anonymous)", affiliation="Veranta Medical (Parkmore)",
              aliases=["worker"], stance=-1),
        actor("IDA Ireland", "government", title="investment agency", affiliation="Ireland",
              aliases=["IDA Ireland"], stance=0),
        actor("Niamh Kerrigan", "person", title="Minister for Enterprise", affiliation="Government of Ireland",
              aliases=["Niamh Kerrigan", "Kerrigan"], stance=0),
        actor("Se\u00e1n \u00d3 F\u00e1tharta", "person", title="Independent TD",
              aliases=["Se\u00e1n \u00d3 F\u00e1tharta", "Deputy \u00d3 F\u00e1tharta", "\u00d3 F\u00e1tharta"], stance=-1),
        actor("Irish Medtech Association", "organisation", title="industry body",
              aliases=["Irish Medtech Association"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
