"""Build the dev97 gold files (data/eval/dev97/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev97/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev97.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev97"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. bne IntelliNews energy/Central Asia (Gazprom cuts gas flows to Uzbekistan by a third), headline without speech,
#    standfirst `Moscow blames ‘technical limitations’ as ...` (partial for `Moscow`), `bne IntelliNews December 10,
#    2026` line, curly `“ ”` and `’` apostrophes, `9mn cubic metres`, `minus 15C`, `%`; lede content before `,
#    Uzbekistan’s Energy Ministry said on December 9` (the writer's `leaving Tashkent scrambling ...` left out); `The
#    ministry said A, and that B` (one span); Gazprom `said the reduction was due to “...” at ..., and that B`
#    (partial plus indirect); deputy minister `told reporters in Tashkent that A`, then `he said`; distributor `said A,
#    and that B` (one span); Russian ministry `in a comment to the TASS news agency, said it saw “...” to the
#    reduction, describing it as a “...” matter` (two partials); scare so-called `“gas union”`; consultant `said A`
#    (the next sentence is the writer's), `Karimova said`; analyst `said A, noting that B and that C` (two indirects),
#    quote with `he added`; `According to Kazakhstan’s QazaqGaz, which operates ..., A`; `Kommersant, citing industry
#    sources, reported that A`; MP in a long apposition `called the cut “...” and said A` (partial plus indirect).
ARTICLES[f"{BATCH}/russia-gazprom-cuts-gas-uzbekistan.gold.json"] = {
    "article": f"{BATCH}/russia-gazprom-cuts-gas-uzbekistan.txt",
    "target": "Russia",
    "quotes": [
        (P, "Moscow", "technical limitations", "Moscow blames"),
        (I, "Uzbekistan’s Energy Ministry", "Russia’s Gazprom has cut gas deliveries to Uzbekistan by about a third "
            "since December 6", None),
        (I, "Uzbekistan’s Energy Ministry", "daily deliveries had fallen from around 9mn cubic metres to about 6mn cubic "
            "metres, and that the shortfall breached the terms of the two-year supply agreement the two sides signed in "
            "2025", None),
        (P, "Gazprom", "technical limitations", "In a short statement"),
        (I, "Gazprom", "it was working to restore full volumes", None),
        (I, "Sardor Yusupov", "Uzbekistan had paid for the full December volumes in advance", None),
        (D, "Sardor Yusupov", "We have fulfilled every one of our obligations. We expect our partners to do the same,",
            None),
        (I, "Hududgaztaminot", "it had cut supplies to industrial consumers, including cement plants and greenhouse "
            "complexes, to keep homes heated, and that supplies in parts of the Fergana Valley could still be "
            "interrupted", None),
        (P, "Russia’s Energy Ministry", "no political dimension", None),
        (P, "Russia’s Energy Ministry", "purely technical", None),
        (S, None, "gas union", None),
        (I, "Nodira Karimova", "the cut showed the risk of Uzbekistan’s growing dependence on Russian gas", None),
        (D, "Nodira Karimova", "Moscow does not need to say anything political. When the pressure drops in the pipe in "
            "December, everyone in Tashkent understands the message,", None),
        (I, "Alexei Grishin", "Gazprom’s explanation was plausible", None),
        (I, "Alexei Grishin", "much of the pipeline had not been modernised since the 1980s and that demand in Russia’s "
            "own Urals regions was at a record high", None),
        (D, "Alexei Grishin", "But plausibility is not the same as good faith. Gazprom chose whose gas to cut, and it "
            "did not choose its own customers,", None),
        (I, "QazaqGaz", "flows entering Kazakhstan from Russia at the Alexandrov Gai metering station were down by about "
            "30% on the week", None),
        (I, "Kommersant", "Gazprom had diverted volumes to meet demand in the Chelyabinsk and Sverdlovsk regions during "
            "the cold spell", None),
        (P, "Bahrom Tursunov", "a lesson", None),
        (I, "Bahrom Tursunov", "the government should speed up talks on importing more gas from Turkmenistan", None),
    ],
    "actors": [
        actor("Moscow", "government", affiliation="Russia", aliases=["Moscow"], stance=1),
        actor("Uzbekistan’s Energy Ministry", "government", affiliation="Uzbekistan",
              aliases=["Uzbekistan’s Energy Ministry", "The ministry"], stance=-1),
        actor("Gazprom", "organisation", title="Russian state gas company", affiliation="Russia",
              aliases=["Gazprom"], stance=1),
        actor("Sardor Yusupov", "person", title="Deputy Energy Minister", affiliation="Uzbekistan",
              aliases=["Sardor Yusupov", "Yusupov"], stance=-1),
        actor("Hududgaztaminot", "organisation", title="state gas distributor", affiliation="Uzbekistan",
              aliases=["Hududgaztaminot"], stance=None),
        actor("Russia’s Energy Ministry", "government", affiliation="Russia", aliases=["Russia’s Energy Ministry"],
              stance=1),
        actor("Nodira Karimova", "person", title="energy consultant", affiliation="Tashkent",
              aliases=["Nodira Karimova", "Karimova"], stance=-1),
        actor("Alexei Grishin", "person", title="analyst", affiliation="Energy Horizons (Moscow consultancy)",
              aliases=["Alexei Grishin", "Grishin"], stance=0),
        actor("QazaqGaz", "organisation", title="transit operator", affiliation="Kazakhstan", aliases=["QazaqGaz"],
              stance=None),
        actor("Kommersant", "organisation", title="Russian newspaper", aliases=["Kommersant"], stance=0),
        actor("Bahrom Tursunov", "person", title="deputy of the Oliy Majlis lower house, energy committee",
              affiliation="Uzbekistan", aliases=["Bahrom Tursunov", "Tursunov"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Retail Gazette (UK retail trade news site) suppliers/retail (a regional supermarket extends supplier payment terms to
#    75 days), headline `Castlegate suppliers hit out at ‘unilateral’ move ...` (partial for the group the headline
#    names), standfirst without speech, `By NAME` and date lines, curly `“ ”` in the body and `‘ ’` in the headline,
#    `’` apostrophes, British spelling, `£40m`, `£5.1bn`, trade terms (`own-label`, `big four`, `Kantar periods`,
#    `GCA`); lede `, Retail Gazette can reveal, in a move suppliers have branded “...” and “...”` (two partials; the
#    reveal is the paper's); `wrote to suppliers last week to say A` (indirect); commercial director in the letter
#    `said the change would allow Castlegate to invest “...” in ...` (partial only); letter quote split by `he wrote`;
#    spokeswoman `said the retailer had “...” with ... and that B` (partial plus indirect); `Suppliers were not
#    convinced.`; anonymous supplier `told Retail Gazette A` (no `that`), then `he said`; managing director `said the
#    fast-track scheme was “...”, because ...` (partial only), `Hewitt said`; FDF `said it was “...” and had B`
#    (partial plus indirect); GCA `does not comment` (policy, not speech); `A spokesman for the adjudicator said only
#    that A`; scare so-called `“price lock”` campaigns; analyst `said A` (the next sentence is the writer's), quote
#    split by `she said`.
ARTICLES[f"{BATCH}/castlegate-extends-supplier-payment-terms.gold.json"] = {
    "article": f"{BATCH}/castlegate-extends-supplier-payment-terms.txt",
    "target": "Castlegate",
    "quotes": [
        (P, "Castlegate suppliers", "unilateral", "at ‘"),
        (P, "Castlegate suppliers", "unilateral", "have branded"),
        (P, "Castlegate suppliers", "unsustainable", None),
        (I, "Castlegate", "the new terms would apply to all invoices raised from 1 February, including those of small "
            "and medium-sized businesses", None),
        (P, "Gareth Pryce", "more than £40m", None),
        (D, "Gareth Pryce", "We know this is a significant change and we have not taken it lightly,", None),
        (D, "Gareth Pryce", "But our customers are under real pressure, and we are asking every part of our supply "
            "chain to play its part in keeping prices down.", None),
        (P, "Castlegate spokeswoman", "engaged constructively", None),
        (I, "Castlegate spokeswoman", "a fast-track payment scheme would be available for businesses with a turnover "
            "below £5m", None),
        (I, "supplier of chilled ready meals", "the new terms would cost his business about £1.2m in working capital",
            None),
        (D, "supplier of chilled ready meals", "Nobody asked us. We got a two-page letter and a deadline. For a business "
            "our size that is the difference between investing in a new line and going to the bank cap in hand,", None),
        (P, "Tom Hewitt", "a loan with a Castlegate logo on it", None),
        (D, "Tom Hewitt", "If you want your money in 30 days, you pay for the privilege. Call it what you like, but that "
            "is a price cut paid for by suppliers,", None),
        (P, "Food and Drink Federation", "deeply concerned", None),
        (I, "Food and Drink Federation", "had raised the matter with the Groceries Code Adjudicator", None),
        (I, "spokesman for the adjudicator", "payment practices remained one of the office’s priority issues for 2027",
            None),
        (S, None, "price lock", None),
        (I, "Priya Nandra", "Castlegate was under pressure to close the price gap with the discounters", None),
        (D, "Priya Nandra", "Castlegate needs to find money for price somewhere, and suppliers are the easiest place to "
            "look,", None),
        (D, "Priya Nandra", "The risk is that the best small brands simply walk away.", None),
    ],
    "actors": [
        actor("Castlegate suppliers", "group", aliases=["Castlegate suppliers", "suppliers"], stance=-1),
        actor("Castlegate", "organisation", title="regional supermarket chain (312 stores)",
              aliases=["Castlegate", "the retailer"], stance=1),
        actor("Gareth Pryce", "person", title="commercial director", affiliation="Castlegate",
              aliases=["Gareth Pryce", "Pryce"], stance=1),
        actor("Castlegate spokeswoman", "person", title="spokeswoman", affiliation="Castlegate",
              aliases=["Castlegate spokeswoman"], stance=1),
        actor("supplier of chilled ready meals", "person", title="supplier (anonymous)",
              aliases=["supplier of chilled ready meals"], stance=-1),
        actor("Tom Hewitt", "person", title="managing director", affiliation="Dales Kettle (Yorkshire crisp maker)",
              aliases=["Tom Hewitt", "Hewitt"], stance=-1),
        actor("Food and Drink Federation", "organisation", title="industry body",
              aliases=["Food and Drink Federation"], stance=-1),
        actor("spokesman for the adjudicator", "person", title="spokesman",
              affiliation="Groceries Code Adjudicator (GCA)", aliases=["spokesman for the adjudicator"], stance=0),
        actor("Priya Nandra", "person", title="retail analyst", affiliation="Harbour Retail Consulting",
              aliases=["Priya Nandra", "Nandra"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Zambia Daily Mail national news/energy (the energy minister says load-shedding will drop to eight hours),
#    headline `Load-shedding to drop to eight hours - Banda` (no quote marks: not annotated), `By NAME` in capitals
#    and `Lusaka` lines, capitalised first word of the lede (`ENERGY Minister`), present-tense lede `says A`,
#    `Government` without an article, `Mr`/`Dr`/`Ms` + surname, straight `"` and apostrophes, `percent`; `Mr Banda
#    said yesterday that A`, `Mr Banda said A, following ...`, `he said`; `He was speaking during a media briefing`
#    (not speech); `The minister appealed to Zambians to ...` (directive); utility chief in a long apposition `said
#    A`, `Mr Mulenga said A`; opposition spokesman `described the minister's announcement as "..." that ...`
#    (partial only); quote with `Mr Mwanza said`; `He said A and that B` (one span); scare so-called `"emergency
#    tariff"`; shared surname: economist Grace Mwanza (`Dr Mwanza said`, `She, however, said A`); `According to the
#    Energy Regulation Board (ERB), A`; trader `welcomed the announcement` (act), then a quote with `Ms Phiri said`;
#    association `said in a statement that A and needed "..." to recover` (indirect plus partial).
ARTICLES[f"{BATCH}/banda-load-shedding-eight-hours-january.gold.json"] = {
    "article": f"{BATCH}/banda-load-shedding-eight-hours-january.txt",
    "target": "Mwila Banda",
    "quotes": [
        (I, "Mwila Banda", "load-shedding will be reduced from the current 14 hours to a maximum of eight hours a day "
            "from January 15 as water levels at Kariba and Kafue Gorge continue to improve", None),
        (I, "Mwila Banda", "Government had also secured an additional 150 megawatts of imported power from Mozambique "
            "under a short-term agreement that will run until the end of April", None),
        (D, "Mwila Banda", "The worst is behind us. I want to assure the people of Zambia that Government has been "
            "working day and night to bring relief to households and businesses,", None),
        (I, "Mwila Banda", "the Kariba Dam reservoir had risen to 23 percent of usable storage from 11 percent in "
            "October, following good rains in the catchment area", None),
        (D, "Mwila Banda", "We are not yet out of the woods, but the numbers are going in the right direction. If the "
            "rains continue, we will reduce the hours further,", None),
        (I, "Chanda Mulenga", "the power utility would publish a revised load-shedding schedule for all areas by "
            "January 10", None),
        (I, "Chanda Mulenga", "the imported power would be prioritised for hospitals, water utilities and the mines",
            None),
        (P, "Brian Mwanza", "a Christmas promise", None),
        (D, "Brian Mwanza", "We have heard this before. In March they told us load-shedding would end by August. In "
            "August they told us it would end by December. Zambians are tired of promises,", None),
        (I, "Brian Mwanza", "the power imports from Mozambique were too expensive and that ZESCO was already struggling "
            "to pay its suppliers", None),
        (S, None, "emergency tariff", None),
        (I, "Grace Mwanza", "the reduction would bring some relief to small businesses such as welders, barbers and "
            "millers, which had been hit hardest by the long power cuts", None),
        (D, "Grace Mwanza", "For a welder in Chawama, the difference between 14 hours and eight hours without power is "
            "the difference between closing and staying open,", None),
        (I, "Grace Mwanza", "the country needed to invest in solar and other sources of power to reduce its dependence "
            "on hydropower", None),
        (I, "Energy Regulation Board", "more than 80 percent of Zambia's electricity is generated from hydropower "
            "stations on the Zambezi and Kafue rivers", None),
        (D, "Mary Phiri", "Eight hours is still too long, but it is better than 14. At least now my fridge can keep the "
            "fish cold,", None),
        (I, "Zambia Chamber of Small and Medium Business Associations", "many of its members had laid off workers during "
            "the crisis", None),
        (P, "Zambia Chamber of Small and Medium Business Associations", "more than a reduction of hours", None),
    ],
    "actors": [
        actor("Mwila Banda", "person", title="Energy Minister", affiliation="Government of Zambia",
              aliases=["Mwila Banda", "Banda", "Mr Banda"], stance=1),
        actor("Chanda Mulenga", "person", title="acting managing director",
              affiliation="Zambia Electricity Supply Corporation (ZESCO) Limited",
              aliases=["Chanda Mulenga", "Mulenga", "Mr Mulenga"], stance=0),
        actor("Brian Mwanza", "person", title="energy spokesperson", affiliation="Patriotic Front (PF) (opposition)",
              aliases=["Brian Mwanza", "Mwanza", "Mr Mwanza"], stance=-1),
        actor("Grace Mwanza", "person", title="economist, lecturer", affiliation="University of Zambia (UNZA)",
              aliases=["Grace Mwanza", "Mwanza", "Dr Mwanza"], stance=0),
        actor("Energy Regulation Board", "government", affiliation="Zambia",
              aliases=["Energy Regulation Board", "ERB"], stance=None),
        actor("Mary Phiri", "person", title="trader", affiliation="Soweto Market, Lusaka",
              aliases=["Mary Phiri", "Phiri", "Ms Phiri"], stance=1),
        actor("Zambia Chamber of Small and Medium Business Associations", "organisation",
              aliases=["Zambia Chamber of Small and Medium Business Associations", "ZCSMBA"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Peninsula (Qatar) education (the education ministry freezes private school fees), headline without speech,
#    `NAME | The Peninsula` byline, `Doha:` dateline running into the lede, `Ministry` capitalised in later mentions,
#    straight `"` and apostrophes, `QR5,000`, `percent`, `Dr.`; lede content before `, the Ministry announced
#    yesterday`; `In a post on its official X account, the Ministry said the decision came "..." and that B` (partial
#    plus indirect); `Speaking to The Peninsula, Director of ..., Hamad Al Kuwari, said A` (title before the name, set
#    off by commas), then `he said`; `Al Kuwari said A`; `He noted that A`; scare so-called `"development fee"`;
#    `The decision was widely welcomed by parents, many of whom had complained ... about what they called "..."`
#    (partial for `parents`; the welcome is an act); father `told The Peninsula the freeze was "..."` (partial only),
#    then `he said`; mother `said she hoped A`; `School operators were more cautious.`; anonymous principal `said A`,
#    then `the principal said`; `According to the Ministry, A`; consultant `said the freeze was "..." but that B`
#    (partial plus indirect), then `she said`.
ARTICLES[f"{BATCH}/moehe-freezes-private-school-fees.gold.json"] = {
    "article": f"{BATCH}/moehe-freezes-private-school-fees.txt",
    "target": "Ministry of Education and Higher Education",
    "quotes": [
        (I, "Ministry of Education and Higher Education", "The Ministry of Education and Higher Education (MoEHE) has "
            "decided not to approve any increase in tuition fees at private schools and kindergartens for the 2027-2028 "
            "academic year", None),
        (P, "Ministry of Education and Higher Education", "in light of the economic conditions of families", None),
        (I, "Ministry of Education and Higher Education", "schools which had already submitted requests for increases "
            "would be informed that they had been rejected", None),
        (I, "Hamad Al Kuwari", "the freeze would apply to all 340 private schools and kindergartens in the country, "
            "regardless of their curriculum", None),
        (D, "Hamad Al Kuwari", "Education is a right, and the Ministry will not allow it to become a burden that families "
            "cannot carry. At the same time, we are aware of the costs schools face, and we will review each case next "
            "year,", None),
        (I, "Hamad Al Kuwari", "schools that wished to introduce new services, such as transport or extracurricular "
            "programmes, would still have to seek the Ministry's approval before charging parents for them", None),
        (I, "Hamad Al Kuwari", "the Ministry had received 112 requests for fee increases this year, most of them between "
            "5 and 10 percent", None),
        (S, None, "development fee", None),
        (P, "parents", "hidden fees", None),
        (P, "Mohammed Al Sulaiti", "good news for every family", None),
        (D, "Mohammed Al Sulaiti", "Every year we receive a letter in May with a new fee, and we have no choice. This "
            "time at least we can plan,", None),
        (I, "Sunitha Menon", "she hoped the Ministry would also look at registration and re-enrolment charges", None),
        (I, "principal of a British curriculum school in Al Rayyan", "teachers' salaries and rents had risen sharply "
            "over the past two years", None),
        (D, "principal of a British curriculum school in Al Rayyan", "We respect the decision, but schools are not "
            "charities. If fees stay frozen for long, some of us will have to cut staff or close classes,", None),
        (I, "Ministry of Education and Higher Education", "private schools enrol more than 60 percent of students in "
            "Qatar", None),
        (P, "Layla Haddad", "a reasonable pause", None),
        (I, "Layla Haddad", "the Ministry should publish clear criteria for future increases", None),
        (D, "Layla Haddad", "Parents and schools both need predictability. A freeze solves this year's problem, not next "
            "year's,", None),
    ],
    "actors": [
        actor("Ministry of Education and Higher Education", "government", affiliation="Qatar",
              aliases=["Ministry of Education and Higher Education", "MoEHE", "Ministry"], stance=1),
        actor("Hamad Al Kuwari", "person", title="Director of the Private Schools Licensing Department",
              affiliation="Ministry of Education and Higher Education", aliases=["Hamad Al Kuwari", "Al Kuwari"],
              stance=1),
        actor("parents", "group", aliases=["parents"], stance=1),
        actor("Mohammed Al Sulaiti", "person", title="parent (father of three)", affiliation="Al Wakra",
              aliases=["Mohammed Al Sulaiti", "Al Sulaiti"], stance=1),
        actor("Sunitha Menon", "person", title="parent", aliases=["Sunitha Menon", "Menon"], stance=0),
        actor("principal of a British curriculum school in Al Rayyan", "person", title="school principal (anonymous)",
              aliases=["principal of a British curriculum school in Al Rayyan", "the principal"], stance=-1),
        actor("Layla Haddad", "person", title="education consultant", aliases=["Layla Haddad", "Haddad"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
