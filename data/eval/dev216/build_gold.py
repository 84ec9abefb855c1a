"""Build the dev216 gold files (data/eval/dev216/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev216/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev216.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev216"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. TODAY (Singapore) sport (the football association sacks the national coach), headline without speech,
#    byline, "Published December 4, 2026" line, dateline "SINGAPORE —" with an em dash, "(Dec 4)", curly “ ” and
#    ’; association "said the decision had been taken “...” and that B" (partial plus indirect); general secretary
#    "said the association was grateful to Brenner for “...” but that results had “...” in the team" (two
#    partials), quote split by "Mr Lim told reporters at ..."; coach "posted a farewell message on Instagram:
#    “...”" (direct), "He did not elaborate, and did not respond ..." (not annotated); captain "told TODAY the
#    players were “...”" (partial only), quote with "said the 29-year-old defender"; scare so-called “Unleash the
#    Roar!” project; former striker "said the FAS had “...” and that B" (partial plus indirect), "he said" (a quote
#    naming Pep Guardiola); chief executive "said ... “at current levels” through 2027" (partial only); supporters'
#    group "said in a Facebook post that sacking the coach was “...” for ..." (partial only); "The FAS said A".
ARTICLES[f"{BATCH}/fas-sacks-lions-coach-brenner.gold.json"] = {
    "article": f"{BATCH}/fas-sacks-lions-coach-brenner.txt",
    "target": "Football Association of Singapore",
    "quotes": [
        (P, "Football Association of Singapore", "after a thorough review of the team’s performances over the past 18 "
            "months", None),
        (I, "Football Association of Singapore", "an interim coach would be named next week", None),
        (P, "Jeremy Lim", "introducing a clear playing identity", None),
        (P, "Jeremy Lim", "not matched the investment", None),
        (D, "Jeremy Lim", "Our supporters deserve to see the Lions competing in the knockout rounds, not hoping for other "
            "results on the final night,", None),
        (D, "Jeremy Lim", "We owe them that.", None),
        (D, "Tomas Brenner", "I gave everything for this team and I leave with my head high. The players know the truth "
            "about what happened in the last months.", None),
        (P, "Irfan Rashid", "shocked", None),
        (D, "Irfan Rashid", "Coach Tomas brought a lot of good things. But in football, when you don’t win, the coach "
            "pays first. We have to look at ourselves too,", None),
        (S, None, "Unleash the Roar!", None),
        (P, "Rizal Osman", "changed coaches five times in eight years", None),
        (I, "Rizal Osman", "the problem lay with the association, not the men in the dugout", None),
        (D, "Rizal Osman", "You can bring in Pep Guardiola and it will not change anything if our boys are playing "
            "semi-pro football three times a week,", None),
        (P, "Melissa Goh", "at current levels", None),
        (P, "Lion City Ultras", "the easy way out", None),
        (I, "Football Association of Singapore", "Brenner’s assistant, Hafiz Nor, would take charge of the team for a "
            "friendly against Hong Kong in March if no interim appointment had been made by then", None),
    ],
    "actors": [
        actor("Football Association of Singapore", "organisation", title="national football association",
              affiliation="Singapore", aliases=["Football Association of Singapore", "FAS", "the association"],
              stance=1),
        actor("Jeremy Lim", "person", title="general secretary", affiliation="Football Association of Singapore",
              aliases=["Jeremy Lim", "Lim", "Mr Lim"], stance=1),
        actor("Tomas Brenner", "person", title="national coach (sacked)", affiliation="Football Association of Singapore",
              aliases=["Tomas Brenner", "Brenner", "Coach Tomas"], stance=-1),
        actor("Irfan Rashid", "person", title="national captain, defender, 29", affiliation="Singapore national team",
              aliases=["Irfan Rashid", "Irfan", "the 29-year-old defender"], stance=0),
        actor("Rizal Osman", "person", title="former Lions striker", affiliation=None,
              aliases=["Rizal Osman", "Rizal"], stance=-1),
        actor("Melissa Goh", "person", title="chief executive", affiliation="Sport Singapore",
              aliases=["Melissa Goh", "Goh"], stance=None),
        actor("Lion City Ultras", "group", title="supporters' group", affiliation=None, aliases=["Lion City Ultras"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Sunday Mail (Zimbabwe) agriculture (tobacco farmers say a contractor inflated input deductions), headline
#    without speech, "Sunday Mail Reporter" byline, straight " and apostrophes, "Mr"/"Mrs", age in brackets "(52)",
#    spaces as thousands separators ("2 800kg", "US$8 400"), decimal comma "US$1,2 billion"; lede group "Tobacco
#    farmers in Mashonaland Central say A" (present tense); farmer "said A", "he said", then a quote-only
#    paragraph; second farmer "said A"; director "dismissed the claims as "..." and said B" (partial plus
#    indirect), quote with "he charged"; board "said A and had B" (one span); spokesperson "added: "...""; scare
#    so-called "30 percent" rule (glossed); deputy minister "told The Sunday Mail that Government would not allow
#    contractors to "..."" (partial only); union "said A"; content before "according to TIMB figures"; "Mr
#    Chigumira said A", "he said".
ARTICLES[f"{BATCH}/zambezi-leaf-tobacco-deductions.gold.json"] = {
    "article": f"{BATCH}/zambezi-leaf-tobacco-deductions.txt",
    "target": "Zambezi Leaf Holdings",
    "quotes": [
        (I, "Tobacco farmers in Mashonaland Central", "a contractor, Zambezi Leaf Holdings, has been deducting inflated "
            "input costs from their sales, leaving some with less than a quarter of the value of their crop", None),
        (I, "Tendai Chigumira", "he had delivered 2 800kg of tobacco worth US$8 400 to the auction floors in Harare last "
            "week but received only US$1 950 after deductions", None),
        (D, "Tendai Chigumira", "They gave us fertiliser and chemicals on credit, but nobody told us the prices. When we "
            "got to the floors, the figures were double what we pay in Bindura shops,", None),
        (D, "Tendai Chigumira", "I have nine children. What do I tell them this year?", None),
        (I, "Memory Nyathi", "the company's field officers had made growers sign contracts written only in English, which "
            "many of them could not read", None),
        (P, "Farai Mutasa", "baseless", None),
        (I, "Farai Mutasa", "all input prices were set out in the contracts signed at the beginning of the season", None),
        (D, "Farai Mutasa", "We have 4 000 growers on our books. The vast majority are happy, and the ones who are "
            "complaining are side-marketing to other buyers,", None),
        (I, "Tobacco Industry and Marketing Board", "it had received 47 complaints against contractors this season and "
            "had launched an audit of input pricing by all 21 registered contractors", None),
        (D, "Innocent Gumbo", "Contractors must charge input costs at prevailing market rates. Where we find abuse, "
            "licences will be revoked.", None),
        (S, None, "30 percent", "so-called"),
        (P, "Tapiwa Chinyanga", "turn farmers into labourers on their own land", None),
        (I, "Zimbabwe Farmers Union", "it would provide legal assistance to affected members in Bindura, Mvurwi and "
            "Guruve", None),
        (I, "Tobacco Industry and Marketing Board", "Tobacco earned the country US$1,2 billion from 298 million kilogrammes "
            "sold last season", None),
        (I, "Tendai Chigumira", "he would not sign with any contractor next season", None),
        (D, "Tendai Chigumira", "Next year I will grow maize and soya beans on my own and sell to whoever pays cash,",
            None),
    ],
    "actors": [
        actor("Tobacco farmers in Mashonaland Central", "group", title="tobacco farmers", affiliation=None,
              aliases=["Tobacco farmers in Mashonaland Central"], stance=-1),
        actor("Tendai Chigumira", "person", title="tobacco farmer, 52, Bindura", affiliation=None,
              aliases=["Tendai Chigumira", "Chigumira", "Mr Chigumira"], stance=-1),
        actor("Memory Nyathi", "person", title="tobacco farmer, Mvurwi", affiliation=None,
              aliases=["Memory Nyathi", "Nyathi", "Mrs Memory Nyathi"], stance=-1),
        actor("Farai Mutasa", "person", title="operations director", affiliation="Zambezi Leaf Holdings",
              aliases=["Farai Mutasa", "Mutasa", "Mr Farai Mutasa"], stance=1),
        actor("Tobacco Industry and Marketing Board", "government", title="tobacco regulator", affiliation="Zimbabwe",
              aliases=["Tobacco Industry and Marketing Board", "TIMB"], stance=0),
        actor("Innocent Gumbo", "person", title="spokesperson", affiliation="Tobacco Industry and Marketing Board",
              aliases=["Innocent Gumbo", "Gumbo", "Mr Innocent Gumbo"], stance=0),
        actor("Tapiwa Chinyanga", "person", title="Deputy Minister of Lands, Agriculture, Fisheries, Water and Rural "
              "Development", affiliation="Government of Zimbabwe", aliases=["Tapiwa Chinyanga", "Chinyanga",
              "Mr Tapiwa Chinyanga"], stance=-1),
        actor("Zimbabwe Farmers Union", "organisation", title="farmers' union", affiliation="Zimbabwe",
              aliases=["Zimbabwe Farmers Union", "ZFU"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Krakow Post (Poland, English-language local paper) local government/tourism (the city council caps
#    short-term rentals), headline without speech, byline, British straight single quotes '...' (apostrophes in
#    "residents'" and "city's" outside quotes), Polish diacritics (Łukasz, Floriańska, Małopolska, Gdańsk); scare
#    so-called 'party flats' in the lede; group "Councillors said A"; deputy mayor "said A", "she told the
#    council", then a quote-only paragraph, "Wrona said A and that B" (one span); councillor "said the rules were
#    '...' and that they would B" (partial plus indirect); association "said in a statement that A"; its
#    president "said: '...'"; residents' chairwoman "told the Krakow Post that residents had waited '...'"
#    (partial only; the association's name written without quote marks); hotel association "said the cap was '...'
#    but that B" (partial plus indirect); content before "according to the city's tourism department"; anonymous
#    landlord "said A"; the voivode "has 30 days to review" (no speech).
ARTICLES[f"{BATCH}/krakow-short-term-rentals-cap.gold.json"] = {
    "article": f"{BATCH}/krakow-short-term-rentals-cap.txt",
    "target": "Kraków city council",
    "quotes": [
        (S, None, "party flats", None),
        (I, "Councillors", "the rules would be the strictest of their kind in Poland", None),
        (I, "Agnieszka Wrona", "the number of flats listed on rental platforms in the two districts had tripled since "
            "2019, to about 6,800", None),
        (D, "Agnieszka Wrona", "People who were born on Miodowa Street can no longer afford to live on Miodowa Street. A "
            "city centre cannot be only a hotel,", None),
        (D, "Agnieszka Wrona", "We are not against tourists. We are against empty staircases in January.", None),
        (I, "Agnieszka Wrona", "inspectors would check listings against a new municipal registration database from July "
            "and that fines for unregistered flats could reach 50,000 zloty", None),
        (P, "Zbigniew Kmiecik", "an attack on property rights", None),
        (I, "Zbigniew Kmiecik", "they would push rentals into the grey economy", None),
        (I, "Polish Association of Short-Term Rental Operators", "its members would challenge the resolution before the "
            "provincial administrative court", None),
        (D, "Łukasz Borowiec", "Most of our members are pensioners renting one flat to top up their income. The council "
            "is treating them like hotel chains.", None),
        (P, "Halina Sowa", "ten years for this vote", None),
        (P, "Małopolska Hotel Association", "a step in the right direction", None),
        (I, "Małopolska Hotel Association", "enforcement would decide whether it worked", None),
        (I, "city's tourism department", "About 4.2 million foreign tourists visited Kraków last year", None),
        (I, "One Old Town landlord", "he would switch to letting them to students by the month", None),
    ],
    "actors": [
        actor("Councillors", "group", title="city councillors", affiliation="Kraków city council",
              aliases=["Councillors"], stance=1),
        actor("Agnieszka Wrona", "person", title="Deputy Mayor", affiliation="Kraków city hall",
              aliases=["Agnieszka Wrona", "Wrona"], stance=1),
        actor("Zbigniew Kmiecik", "person", title="councillor", affiliation="Law and Justice",
              aliases=["Zbigniew Kmiecik", "Kmiecik"], stance=-1),
        actor("Polish Association of Short-Term Rental Operators", "organisation", title="rental operators' association",
              affiliation="Poland", aliases=["Polish Association of Short-Term Rental Operators"], stance=-1),
        actor("Łukasz Borowiec", "person", title="president", affiliation="Polish Association of Short-Term Rental "
              "Operators", aliases=["Łukasz Borowiec", "Borowiec"], stance=-1),
        actor("Halina Sowa", "person", title="chair, Kazimierz residents' association", affiliation="Nasz Kazimierz",
              aliases=["Halina Sowa", "Sowa"], stance=1),
        actor("Małopolska Hotel Association", "organisation", title="hotel association", affiliation=None,
              aliases=["Małopolska Hotel Association"], stance=1),
        actor("city's tourism department", "government", title="tourism department", affiliation="Kraków city hall",
              aliases=["city's tourism department"], stance=None),
        actor("One Old Town landlord", "person", title="landlord (anonymous)", affiliation=None,
              aliases=["One Old Town landlord"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The National (Papua New Guinea) mining/land (landowners blockade a gold mine over royalties), headline without
#    speech, byline in capitals, straight " and apostrophes, "K14 million", "toea", "Chief Supt", "yesterday";
#    lede group named, then "They say A" (pronoun for the landowners); chairman "said the company had promised to
#    pay "..." but that B" (partial plus indirect), quote split by "Yandi said"; general manager "told The National
#    that A, and that B" (one span), "he said"; content before "according to the company" (the company, separate
#    from its general manager); authority "said in a statement that A and were being held ... "..." among ..."
#    (indirect plus partial); scare so-called "benefit-sharing agreement"; police commander "said police would not
#    use force ... "..."" (partial only); mother "said A", "she said"; minister "said A".
ARTICLES[f"{BATCH}/kiluwe-mine-landowners-blockade.gold.json"] = {
    "article": f"{BATCH}/kiluwe-mine-landowners-blockade.txt",
    "target": "Kiluwe Gold Ltd",
    "quotes": [
        (I, "Landowners of the Mt Kiluwe gold mine", "K14 million in royalty payments for 2024 and 2025 has not been "
            "paid", None),
        (P, "Pokowa Yandi", "in full by September", None),
        (I, "Pokowa Yandi", "not a single toea had reached the landowners", None),
        (D, "Pokowa Yandi", "We are not criminals. We are the owners of this land, and we have waited long enough,",
            None),
        (D, "Pokowa Yandi", "The road will stay closed until the money is in our account.", None),
        (I, "Craig Dempsey", "the royalties had been paid to the Mineral Resources Authority as required by law, and that "
            "the company had no control over how they were distributed", None),
        (D, "Craig Dempsey", "We understand the frustration, but it is misdirected. Blocking the road puts 900 jobs at "
            "risk, most of them held by people from these same villages,", None),
        (I, "Kiluwe Gold Ltd", "The mine produced 112,000 ounces of gold last year", None),
        (I, "Mineral Resources Authority", "the payments had been received", None),
        (P, "Mineral Resources Authority", "pending resolution of a leadership dispute", None),
        (S, None, "benefit-sharing agreement", None),
        (P, "Felix Anda", "unless lives are at risk", None),
        (I, "Rose Gamu", "the blockade had stopped the company bus that takes children from the villages to Bulolo "
            "Secondary School", None),
        (D, "Rose Gamu", "My daughter has missed two weeks of revision before her Grade 12 exams. Our children are "
            "paying for a fight between big men,", None),
        (I, "Paul Ambene", "he would meet both parties in Lae on Friday", None),
    ],
    "actors": [
        actor("Landowners of the Mt Kiluwe gold mine", "group", title="landowners", affiliation=None,
              aliases=["Landowners of the Mt Kiluwe gold mine"], stance=-1),
        actor("Pokowa Yandi", "person", title="chairman", affiliation="Kiluwe Landowners Association",
              aliases=["Pokowa Yandi", "Yandi"], stance=-1),
        actor("Craig Dempsey", "person", title="general manager", affiliation="Kiluwe Gold Ltd",
              aliases=["Craig Dempsey", "Dempsey"], stance=1),
        actor("Kiluwe Gold Ltd", "organisation", title="gold mining company", affiliation=None,
              aliases=["Kiluwe Gold Ltd", "the company"], stance=1),
        actor("Mineral Resources Authority", "government", title="mining regulator", affiliation="Papua New Guinea",
              aliases=["Mineral Resources Authority", "MRA"], stance=1),
        actor("Felix Anda", "person", title="Morobe provincial police commander", affiliation="Royal Papua New Guinea "
              "Constabulary", aliases=["Felix Anda", "Anda"], stance=None),
        actor("Rose Gamu", "person", title="mother from Zindaga village", affiliation=None,
              aliases=["Rose Gamu", "Gamu"], stance=None),
        actor("Paul Ambene", "person", title="Mining Minister", affiliation="Government of Papua New Guinea",
              aliases=["Paul Ambene", "Ambene"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
