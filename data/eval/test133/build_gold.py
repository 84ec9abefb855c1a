"""Build the test133 gold files (data/eval/test133/*.gold.json) from the annotation specs below.

Held out: do not read these articles or this file while building or tuning the extractor.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test133/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test133.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test133"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Pollstar (US live-music trade press) business (a promoter cancels its festival days before it
#    opens), Title Case headline with a straight single fragment (`Blue Mesa Cites 'Financial Headwinds'`:
#    speaker the promoter the headline names), byline and date lines, no dateline, straight " with US
#    punctuation (`Oct. 23-25`, `Ariz.`, `N.M.`); statement `the ... promoter blamed "..." and "...," and said
#    A` (two partials plus an indirect); split quote with `the statement said` (the company's); CEO `told
#    Pollstar ... that A`, quote with `Whitcomb said`, Q&A `Asked whether ..., Whitcomb said: "..."`;
#    `Not everyone was satisfied` (not speech); manager `said A`, quote with `Delgado said`; anonymous
#    `person familiar with the festival's finances ... said A`; AG's office `said it had received ... and
#    was "..." them` (indirect plus partial); city spokesperson `said A and that B`; scare so-called
#    "boutique" festivals; consultant's quote before `said Jenna Park, a ...`; `Fans who had booked ...
#    said A`; fan's quote before `said Tyler Brooks, 27, of ...`; closing content before `the company said`.
ARTICLES[f"{BATCH}/saguaro-sound-festival-canceled.gold.json"] = {
    "article": f"{BATCH}/saguaro-sound-festival-canceled.txt",
    "target": "Blue Mesa Presents",
    "quotes": [
        (P, "Blue Mesa Presents", "Financial Headwinds", None),
        (P, "Blue Mesa Presents", "financial headwinds", None),
        (P, "Blue Mesa Presents", "a softer-than-expected market for three-day passes,", None),
        (I, "Blue Mesa Presents", "all ticket holders would receive full refunds within 30 days", None),
        (D, "Blue Mesa Presents", "This is the hardest decision we have made as a company,", None),
        (D, "Blue Mesa Presents", "We let down fans, artists and vendors, and we own that.", None),
        (I, "Dana Whitcomb", "advance sales had reached about 11,000 of the 25,000 passes the festival needed to "
            "break even", None),
        (D, "Dana Whitcomb", "We saw the curve flattening in August and we believed the late lineup additions would "
            "turn it around. We did everything we could to save this show,", None),
        (D, "Dana Whitcomb", "I don't know yet. Right now my only job is getting people their money back.", None),
        (I, "Ray Delgado", "the band had received only half of its guarantee, which was due in full 30 days before "
            "the show", None),
        (D, "Ray Delgado", "They had our money in August. Now we're finding out from Instagram,", None),
        (I, "person familiar with the festival's finances", "Blue Mesa had also missed a payment to its staging "
            "contractor in September", None),
        (I, "Arizona Attorney General's Office", "it had received more than 300 consumer complaints about the "
            "festival since Wednesday morning", None),
        (P, "Arizona Attorney General's Office", "reviewing", None),
        (I, "Lauren Ochoa", "the promoter had paid its permit fees in full and that the city had not been told of "
            "any problems until Tuesday afternoon", None),
        (S, None, "boutique", None),
        (D, "Jenna Park", "The middle of the festival market is hollowing out. You either have a brand that sells "
            "out in an hour, or you're fighting for every single ticket,", None),
        (I, "Fans", "refunds for the passes would not cover their other costs", None),
        (D, "Tyler Brooks", "I'm out $600 on a hotel that won't refund me. Blue Mesa should be paying for that, "
            "too,", None),
        (I, "Blue Mesa Presents", "Those shows are not affected", None),
    ],
    "actors": [
        actor("Blue Mesa Presents", "organisation", title="festival promoter", affiliation="Phoenix",
              aliases=["Blue Mesa Presents", "Blue Mesa", "the promoter", "the company"], stance=1),
        actor("Dana Whitcomb", "person", title="founder and CEO", affiliation="Blue Mesa Presents",
              aliases=["Dana Whitcomb", "Whitcomb"], stance=1),
        actor("Ray Delgado", "person", title="manager of The Velvet Arroyos", affiliation=None,
              aliases=["Ray Delgado", "Delgado"], stance=-1),
        actor("person familiar with the festival's finances", "person", title="source (anonymous)", affiliation=None,
              aliases=["person familiar with the festival's finances"], stance=-1),
        actor("Arizona Attorney General's Office", "government", title="state attorney general's office",
              affiliation="Arizona", aliases=["Arizona Attorney General's Office"], stance=0),
        actor("Lauren Ochoa", "person", title="City of Tempe spokesperson", affiliation="City of Tempe",
              aliases=["Lauren Ochoa", "Ochoa"], stance=0),
        actor("Jenna Park", "person", title="live-events consultant", affiliation=None,
              aliases=["Jenna Park", "Park"], stance=None),
        actor("Fans", "group", title="fans who had booked flights and hotels", affiliation=None,
              aliases=["Fans"], stance=-1),
        actor("Tyler Brooks", "person", title="fan, 27, of Albuquerque", affiliation=None,
              aliases=["Tyler Brooks", "Brooks"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. TODAY (Singapore) consumer/childcare (a private preschool chain closes six centres at a week's
#    notice), headline without speech, byline in capitals and `Published ...` line, `SINGAPORE —`
#    dateline, curly “ ” and ’, weekday with date in brackets (`Wednesday (Oct 8)`), honorifics `Mr` and
#    `Madam` on every reference; lede `told parents ... that A` (the operator); email `the company said it
#    had “...” after ..., and that B` (partial plus indirect); agency `said ... that it was “...” by ... and
#    that B` (partial plus indirect), quote with `the agency said`; scare so-called “anchor operators”;
#    director `told TODAY that A`, split quote with `said Mr Ho, 52.`, Q&A `Asked why ..., he said: “...”`;
#    `Parents said A` (group); parent `said A`, split quote with `she said` (ending in a question);
#    second parent `said A`, quote with `he said`; anonymous teacher `said A`; consumer association `said
#    A`.
ARTICLES[f"{BATCH}/little-acorns-preschool-closures.gold.json"] = {
    "article": f"{BATCH}/little-acorns-preschool-closures.txt",
    "target": "Little Acorns Learning Hub",
    "quotes": [
        (I, "Little Acorns Learning Hub", "its six centres would close for good on Oct 17", None),
        (P, "Little Acorns Learning Hub", "exhausted all options", None),
        (I, "Little Acorns Learning Hub", "fees paid for October would be refunded in full", None),
        (P, "Early Childhood Development Agency", "disappointed", None),
        (I, "Early Childhood Development Agency", "its officers would help affected families find places at other "
            "centres", None),
        (D, "Early Childhood Development Agency", "Operators are required to give parents and ECDA at least three "
            "months’ notice before closing a centre. We are following up with the operator on why this was not "
            "done,", None),
        (S, None, "anchor operators", None),
        (I, "Vincent Ho", "the company had been losing money since 2024 because of rising rents and a shortage of "
            "teachers", None),
        (D, "Vincent Ho", "We are heartbroken. Our teachers and our children are like family to us,", None),
        (D, "Vincent Ho", "But we could not keep paying salaries from our own pockets.", None),
        (D, "Vincent Ho", "We really believed the sale would go through. If it had, nobody would have needed to "
            "move.", None),
        (I, "Parents", "they had been given no warning", None),
        (I, "Nurul Huda", "she had spent two days calling other preschools", None),
        (D, "Nurul Huda", "Every centre near my home has a waiting list. One of them told me to try again in "
            "March,", None),
        (D, "Nurul Huda", "I work shifts at the hospital. What am I supposed to do with two four-year-olds?", None),
        (I, "Daniel Koh", "the company had collected a full year’s registration and material fees from families in "
            "January", None),
        (D, "Daniel Koh", "They knew they were in trouble. They took our money anyway,", None),
        (I, "teacher at one of the centres", "staff had been told of the closure only an hour before parents "
            "received the email", None),
        (I, "Consumers Association of Singapore", "it had received 57 complaints about Little Acorns since "
            "Wednesday", None),
    ],
    "actors": [
        actor("Little Acorns Learning Hub", "organisation", title="preschool operator", affiliation="Singapore",
              aliases=["Little Acorns Learning Hub", "Little Acorns", "the company"], stance=1),
        actor("Early Childhood Development Agency", "government", title="regulator", affiliation="Singapore",
              aliases=["Early Childhood Development Agency", "ECDA", "the agency"], stance=-1),
        actor("Vincent Ho", "person", title="director", affiliation="Little Acorns Learning Hub",
              aliases=["Vincent Ho", "Mr Vincent Ho", "Mr Ho", "Ho"], stance=1),
        actor("Parents", "group", title="parents", affiliation=None, aliases=["Parents"], stance=-1),
        actor("Nurul Huda", "person", title="parent, 34 (Madam)", affiliation=None,
              aliases=["Nurul Huda", "Madam Nurul Huda"], stance=-1),
        actor("Daniel Koh", "person", title="parent, 41", affiliation=None,
              aliases=["Daniel Koh", "Mr Daniel Koh", "Koh"], stance=-1),
        actor("teacher at one of the centres", "person", title="teacher (anonymous)",
              affiliation="Little Acorns Learning Hub", aliases=["teacher at one of the centres"], stance=-1),
        actor("Consumers Association of Singapore", "organisation", title="consumer association",
              affiliation="Singapore", aliases=["Consumers Association of Singapore", "Case"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Daily News (Tanzania) agriculture/business (farmers reject low bids at the first cashew auction of
#    the season), headline without speech, `By Correspondent, Mtwara` line, lede opening in capitals
#    (`CASHEW farmers`), straight " and apostrophes, `1,650/-` prices, `Mr`, `Dr`, `Mama`, `the Board`
#    with a capital; `According to the Cashewnut Board of Tanzania (CBT), A`; scare so-called "stakabadhi
#    ghalani" system; director general `said A`, quote with `he said`, `He advised farmers not to ...`
#    (directive), `Mr Mwasomola added that A`; union manager `said the union would not sell "..." and that
#    B` (partial plus indirect), `He said A` (with an inner `that` clause kept in the span); `Farmers who
#    spoke to the Daily News ... said A`; farmer's quote (ending in a question) before `said Mr Saidi
#    Mpwapwa, a farmer from ...`; `Mama Zuhura Lihame, who ..., said: "..."`; deputy minister `urged farmers
#    and buyers to "..." and said A` (partial in a directive, plus an indirect); economist `said A, but that
#    B` (one span), quote with `he said`; anonymous buyer `said A`.
ARTICLES[f"{BATCH}/tandahimba-cashew-auction-cbt.gold.json"] = {
    "article": f"{BATCH}/tandahimba-cashew-auction-cbt.txt",
    "target": "Cashewnut Board of Tanzania",
    "quotes": [
        (I, "Cashewnut Board of Tanzania", "11,200 tonnes were offered at the auction, but farmers' representatives "
            "declined all 14 bids from buyers", None),
        (S, None, "stakabadhi ghalani", None),
        (I, "Eliud Mwasomola", "the low bids reflected a fall in world prices, as processors in Vietnam and India "
            "were still holding large stocks from last year", None),
        (D, "Eliud Mwasomola", "The Board does not set the price. The price is set in Vietnam and in India, and this "
            "year those markets are full,", None),
        (I, "Eliud Mwasomola", "the Board had asked the Treasury to review the 15 percent export levy on raw "
            "cashew", None),
        (P, "Mohamed Nassoro", "at a loss to the farmer", None),
        (I, "Mohamed Nassoro", "the crop would stay in its warehouses until the next auction on November 4", None),
        (I, "Mohamed Nassoro", "the Board had known since August that prices were falling but had done nothing to "
            "find new buyers", None),
        (I, "Farmers", "input costs, especially sulphur for spraying, had nearly doubled this season", None),
        (D, "Saidi Mpwapwa", "A bag of sulphur is now 65,000/-. At 1,650/- a kilo, I cannot even pay back what I "
            "borrowed for spraying. The Board tells us about the world price, but who checks the Board?", None),
        (D, "Zuhura Lihame", "Every year the Board tells us to wait. We waited last year and the price went up. This "
            "year we will wait again.", None),
        (P, "Neema Mwakalinga", "meet halfway", None),
        (I, "Neema Mwakalinga", "the government would not allow middlemen to exploit the situation", None),
        (I, "Anselm Kavishe", "the auction system had brought farmers better prices over the past decade, but that "
            "Tanzania's reliance on exporting raw nuts left them exposed to every swing in Asian demand", None),
        (D, "Anselm Kavishe", "Less than 15 percent of our cashew is processed at home. Until that changes, the "
            "farmer in Tandahimba will always be the last to know the price and the first to feel it,", None),
        (I, "buyer from one of the processing firms", "offers were unlikely to improve before December", None),
    ],
    "actors": [
        actor("Cashewnut Board of Tanzania", "government", title="crop board", affiliation="Tanzania",
              aliases=["Cashewnut Board of Tanzania", "CBT", "the Board"], stance=0),
        actor("Eliud Mwasomola", "person", title="Director General", affiliation="Cashewnut Board of Tanzania",
              aliases=["Eliud Mwasomola", "Mr Eliud Mwasomola", "Mr Mwasomola", "Mwasomola"], stance=1),
        actor("Mohamed Nassoro", "person", title="General Manager",
              affiliation="Tandahimba and Newala Cooperative Union (TANECU)",
              aliases=["Mohamed Nassoro", "Mr Mohamed Nassoro", "Nassoro"], stance=-1),
        actor("Farmers", "group", title="farmers at the Tandahimba auction centre", affiliation=None,
              aliases=["Farmers"], stance=None),
        actor("Saidi Mpwapwa", "person", title="farmer, Mahuta village", affiliation=None,
              aliases=["Saidi Mpwapwa", "Mr Saidi Mpwapwa", "Mpwapwa"], stance=-1),
        actor("Zuhura Lihame", "person", title="farmer (Mama)", affiliation=None,
              aliases=["Zuhura Lihame", "Mama Zuhura Lihame", "Lihame"], stance=-1),
        actor("Neema Mwakalinga", "person", title="Deputy Minister for Agriculture (Dr)", affiliation="government",
              aliases=["Neema Mwakalinga", "Dr Neema Mwakalinga", "Mwakalinga"], stance=0),
        actor("Anselm Kavishe", "person", title="agricultural economist (Dr)", affiliation="University of Dar es Salaam",
              aliases=["Anselm Kavishe", "Dr Anselm Kavishe", "Kavishe"], stance=0),
        actor("buyer from one of the processing firms", "person", title="buyer (anonymous)", affiliation=None,
              aliases=["buyer from one of the processing firms"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Prague Daily Monitor / CTK wire (Czech Republic) local government/housing (Prague 1 caps short-term
#    rentals at 90 nights a year), headline without speech, CTK dateline `Prague, Oct 14 (CTK) -` running
#    into the lede, straight " with punctuation outside the marks for fragments, Czech names with
#    diacritics (Dvořáček, Šimková, Pospíšilová, Živá Praha 1); lede content before `district mayor Pavel
#    Dvořáček told CTK`; content before `Dvořáček said`; split quote with `Dvořáček said`; `According to
#    the Czech Statistical Office, A`; scare so-called "Airbnbisation"; Airbnb `said in a statement that it
#    supported "..." rules but that B` (partial plus indirect); association `welcomed the decision` (act),
#    vice-president `said hotels had ... been competing with flats that paid "..."` (partial only);
#    landlord `said A`, quote with `he told Czech Radio`; residents' initiative `said the council had acted
#    "..." but that B` (partial plus indirect); ministry spokeswoman `said A`; opposition councillor `said A
#    and that B` (one span); lawyer `said: "..."`.
ARTICLES[f"{BATCH}/prague1-short-term-rental-cap.gold.json"] = {
    "article": f"{BATCH}/prague1-short-term-rental-cap.txt",
    "target": "Prague 1 district",
    "quotes": [
        (I, "Pavel Dvořáček", "Flats in residential buildings in Prague's historic centre will be able to host "
            "tourists for no more than 90 nights a year from next July, after the Prague 1 council approved the "
            "limit on Tuesday evening", None),
        (I, "Pavel Dvořáček", "Owners will also have to register every flat used for short-term rentals with the "
            "district and display the registration number in online listings", None),
        (D, "Pavel Dvořáček", "The centre of Prague is not a hotel. People live here, children go to school here, and "
            "they have a right to sleep at night,", None),
        (D, "Pavel Dvořáček", "We are not banning anyone. We are setting rules that other European cities set years "
            "ago.", None),
        (I, "Czech Statistical Office", "the number of permanent residents in Prague 1 has fallen from about 40,000 in "
            "2001 to fewer than 28,000", None),
        (S, None, "Airbnbisation", None),
        (P, "Airbnb", "clear and proportionate", None),
        (I, "Airbnb", "a 90-night cap would push hosts towards unregistered listings", None),
        (P, "Markéta Vondrová", "neither the accommodation fee nor the same taxes", None),
        (I, "Tomáš Kubíček", "the limit would force him to switch to long-term tenants or to sell", None),
        (D, "Tomáš Kubíček", "Ninety nights does not even pay the service charges in this building. The council is "
            "punishing people who renovated flats that were falling apart,", None),
        (P, "Živá Praha 1", "years too late", None),
        (I, "Živá Praha 1", "the decision was a good start", None),
        (I, "Lucie Šimková", "the ministry was preparing a national register of short-term rentals, due to take "
            "effect in 2027", None),
        (I, "Radek Hruška", "the district had no legal power to enforce it and that he expected a court challenge "
            "within weeks", None),
        (D, "Jana Pospíšilová", "A municipality can regulate how a building is used, but it cannot simply tell an owner "
            "how many nights a year he may use his own property. We will see the district in court.", None),
    ],
    "actors": [
        actor("Pavel Dvořáček", "person", title="district mayor", affiliation="Prague 1",
              aliases=["Pavel Dvořáček", "Dvořáček"], stance=1),
        actor("Czech Statistical Office", "government", title="statistics office", affiliation="Czech Republic",
              aliases=["Czech Statistical Office"], stance=None),
        actor("Airbnb", "organisation", title="rental platform", affiliation=None, aliases=["Airbnb"], stance=-1),
        actor("Markéta Vondrová", "person", title="vice-president",
              affiliation="Association of Hotels and Restaurants of the Czech Republic (AHR)",
              aliases=["Markéta Vondrová", "Vondrová"], stance=1),
        actor("Tomáš Kubíček", "person", title="landlord", affiliation=None,
              aliases=["Tomáš Kubíček", "Kubíček"], stance=-1),
        actor("Živá Praha 1", "group", title="residents' initiative", affiliation="Prague 1",
              aliases=["Živá Praha 1"], stance=0),
        actor("Lucie Šimková", "person", title="spokeswoman", affiliation="Ministry for Regional Development",
              aliases=["Lucie Šimková", "Šimková"], stance=None),
        actor("Radek Hruška", "person", title="opposition councillor", affiliation="Prague 1",
              aliases=["Radek Hruška", "Hruška"], stance=-1),
        actor("Jana Pospíšilová", "person", title="lawyer for flat owners", affiliation=None,
              aliases=["Jana Pospíšilová", "Pospíšilová"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
