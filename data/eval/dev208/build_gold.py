"""Build the dev208 gold files (data/eval/dev208/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev208/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev208.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev208"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Guardian (Nigeria) energy/politics (the regulator raises the Band A electricity tariff), headline without
#    quote marks, byline with place ("By ..., Abuja"), straight " and apostrophes, US punctuation inside closing
#    marks, "N245/kWh", "per cent", "Dr.", "Comrade"; lede content before "the Nigerian Electricity Regulatory
#    Commission (NERC) said yesterday"; "In an order signed by its chairman, ..., the commission said the review
#    was necessary to reduce the "..." subsidy burden ..." (partial only; the chairman only signs); chairman "said
#    A", "she said" and a quote-only paragraph; scare so-called "cost-reflective" tariff; labour congress
#    "described the increase as "..." and threatened a nationwide protest" (partial; the threat an act); its
#    president "said A", "he said"; manufacturers' association "said A, and warned that B" (two indirects); its
#    director-general "told The Guardian that A because supply ... was "..."" (partial only); trader "said A",
#    "she said"; distribution company "said A"; senator "said the committee would invite the NERC chairman ..."
#    (indirect).
ARTICLES[f"{BATCH}/nerc-band-a-tariff-increase.gold.json"] = {
    "article": f"{BATCH}/nerc-band-a-tariff-increase.txt",
    "target": "Nigerian Electricity Regulatory Commission",
    "quotes": [
        (I, "Nigerian Electricity Regulatory Commission", "Band A electricity customers will pay N245 per kilowatt-hour "
            "from January 1, up from N209.50", None),
        (P, "Nigerian Electricity Regulatory Commission", "unsustainable", None),
        (I, "Ifeoma Nwachukwu", "Band A customers, who are promised at least 20 hours of supply a day, made up only 15 per "
            "cent of electricity users", None),
        (D, "Ifeoma Nwachukwu", "We are not touching the tariff of ordinary Nigerians in Bands B to E. The people in Band "
            "A are getting the best service in the country, and it is only fair that they pay something close to the "
            "cost of that service,", None),
        (D, "Ifeoma Nwachukwu", "Any DisCo that fails to deliver 20 hours will be downgraded, and the customers will pay "
            "less. That is our promise.", None),
        (S, None, "cost-reflective", None),
        (P, "Nigeria Labour Congress", "wicked and insensitive", None),
        (I, "Adewale Ogunleye", "Nigerians were already struggling with the cost of food and transport", None),
        (D, "Adewale Ogunleye", "Band A is not for the rich. It is the woman selling pure water in Surulere, it is the "
            "barber, it is the welder. They are the ones who will pay,", None),
        (I, "Manufacturers Association of Nigeria", "the new tariff would push up production costs by as much as 18 per "
            "cent", None),
        (I, "Manufacturers Association of Nigeria", "more factories could shut down", None),
        (P, "Segun Adeyemi", "unreliable even in Band A.", None),
        (I, "Yetunde Bakare", "her monthly electricity bill had risen from N180,000 to N310,000 since last year", None),
        (D, "Yetunde Bakare", "Light is better than before, I will not lie. But if they add this one again, I will have "
            "to increase the price of bread, and my customers are already complaining,", None),
        (I, "Lagos Central Distribution Company", "the new tariff would allow it to replace ageing transformers and "
            "extend metering to more customers", None),
        (I, "Abubakar Danladi", "the committee would invite the NERC chairman to explain the basis of the new tariff "
            "before the end of the month", None),
    ],
    "actors": [
        actor("Nigerian Electricity Regulatory Commission", "government", title="electricity regulator",
              affiliation="Nigeria", aliases=["Nigerian Electricity Regulatory Commission", "NERC", "the commission"],
              stance=1),
        actor("Ifeoma Nwachukwu", "person", title="chairman", affiliation="Nigerian Electricity Regulatory Commission",
              aliases=["Ifeoma Nwachukwu", "Nwachukwu", "NERC chairman"], stance=1),
        actor("Nigeria Labour Congress", "organisation", title="labour federation", affiliation="Nigeria",
              aliases=["Nigeria Labour Congress", "NLC"], stance=-1),
        actor("Adewale Ogunleye", "person", title="NLC President", affiliation="Nigeria Labour Congress",
              aliases=["Adewale Ogunleye", "Ogunleye"], stance=-1),
        actor("Manufacturers Association of Nigeria", "organisation", title="manufacturers' association",
              affiliation="Nigeria", aliases=["Manufacturers Association of Nigeria", "MAN"], stance=-1),
        actor("Segun Adeyemi", "person", title="Director-General", affiliation="Manufacturers Association of Nigeria",
              aliases=["Segun Adeyemi", "Adeyemi"], stance=-1),
        actor("Yetunde Bakare", "person", title="bakery owner in Yaba, Lagos", affiliation=None,
              aliases=["Yetunde Bakare", "Bakare"], stance=-1),
        actor("Lagos Central Distribution Company", "organisation", title="electricity distribution company",
              affiliation=None, aliases=["Lagos Central Distribution Company", "LCDC"], stance=1),
        actor("Abubakar Danladi", "person", title="Chairman of the Senate Committee on Power", affiliation="Senate",
              aliases=["Abubakar Danladi", "Danladi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Daily Excelsior (Jammu and Kashmir) agriculture/weather (an early snowfall damages apple orchards), headline
#    "..., growers blame Deptt for delay in assessment" without quote marks, "Excelsior Correspondent" line,
#    dateline "SRINAGAR, Dec 3:", straight " and apostrophes, Indian English ("crores of rupees", "seven lakh",
#    "Deptt", "Director Horticulture Kashmir, Dr ... said" without a comma after the name); lede content before
#    "growers' bodies said today"; director "said A and B" (one span), quote with "Dr Wani told Excelsior", "He said
#    A"; association president "said the Department had "..." to help growers and that B" (partial plus
#    indirect), quote with "Bhat said"; group "Growers in Shopian said A"; grower named after his quote, then a
#    quote-only paragraph; scare so-called "weather-based" scheme; scientist "said A, and that B but C" (one span);
#    content before "according to traffic officials"; chamber "termed the losses "..." and said the Department's
#    assessment should not become "..."" (two partials).
ARTICLES[f"{BATCH}/kashmir-early-snowfall-apple-orchards.gold.json"] = {
    "article": f"{BATCH}/kashmir-early-snowfall-apple-orchards.txt",
    "target": "Horticulture Department",
    "quotes": [
        (I, "growers' bodies", "Apple growers in south Kashmir have suffered losses running into crores of rupees after "
            "an unusually early snowfall broke branches and uprooted young trees in Shopian, Kulgam and Pulwama "
            "districts", None),
        (I, "Mushtaq Ahmad Wani", "field teams had been deployed to all the affected districts and a preliminary "
            "assessment would be completed within a week", None),
        (D, "Mushtaq Ahmad Wani", "We have received reports of damage to high density orchards in particular, where the "
            "trees are young and the branches were still carrying leaves. Our teams are visiting every block,", None),
        (I, "Mushtaq Ahmad Wani", "compensation would be paid under the State Disaster Response Fund norms once the "
            "assessment was complete", None),
        (P, "Bashir Ahmad Bhat", "no serious plan", None),
        (I, "Bashir Ahmad Bhat", "compensation for the hailstorm damage of 2024 had still not been paid to hundreds of "
            "orchardists", None),
        (D, "Bashir Ahmad Bhat", "Every year it is the same story. Officers come, they take photographs and then nothing "
            "happens. Growers took loans from banks to buy these plants and now the plants are broken,", None),
        (I, "Growers in Shopian", "the snow came before many of them had finished harvesting late varieties", None),
        (D, "Abdul Rashid Dar", "I had 300 boxes of Delicious still on the trees. Half of them are now lying on the "
            "ground,", None),
        (D, "Abdul Rashid Dar", "Three days have passed and nobody from the Horticulture Department has come to my "
            "orchard. Who will count my loss if they do not come?", None),
        (S, None, "weather-based", None),
        (I, "Ruqaya Jan", "snowfall in the first week of November had become more frequent over the last decade, and that "
            "the Department had started advising growers to prune high density plants before winter but the advice had "
            "reached only a few farmers", None),
        (I, "traffic officials", "around 1,800 fruit-laden trucks remained stranded on the Srinagar-Jammu National "
            "Highway, which was closed for the third consecutive day after fresh landslides at Ramban", None),
        (P, "Kashmir Chamber of Commerce and Industry", "a big blow to the economy of the Valley", None),
        (P, "Kashmir Chamber of Commerce and Industry", "another paper exercise.", None),
    ],
    "actors": [
        actor("growers' bodies", "group", title="apple growers' organisations", affiliation=None,
              aliases=["growers' bodies"], stance=None),
        actor("Mushtaq Ahmad Wani", "person", title="Director Horticulture Kashmir", affiliation="Horticulture Department",
              aliases=["Mushtaq Ahmad Wani", "Wani", "Dr Wani"], stance=1),
        actor("Bashir Ahmad Bhat", "person", title="president", affiliation="Kashmir Apple Growers Association",
              aliases=["Bashir Ahmad Bhat", "Bhat"], stance=-1),
        actor("Growers in Shopian", "group", title="apple growers", affiliation=None, aliases=["Growers in Shopian"],
              stance=None),
        actor("Abdul Rashid Dar", "person", title="grower from Zainapora", affiliation=None,
              aliases=["Abdul Rashid Dar", "Dar"], stance=-1),
        actor("Ruqaya Jan", "person", title="scientist, Division of Fruit Science", affiliation="SKUAST-Kashmir",
              aliases=["Ruqaya Jan", "Jan"], stance=0),
        actor("traffic officials", "group", title="traffic officials", affiliation=None, aliases=["traffic officials"],
              stance=None),
        actor("Kashmir Chamber of Commerce and Industry", "organisation", title="chamber of commerce", affiliation=None,
              aliases=["Kashmir Chamber of Commerce and Industry", "KCCI"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. FRANCE 24 (France) culture/labour (a Paris Opera strike over the pension reform), headline with a curly
#    fragment "as unions denounce “attack” on ...", "Issued on: 03/12/2026 - 18:42" line, "(FRANCE 24 with AFP)"
#    credit line, curly “ ” and ’, British punctuation outside closing marks for fragments, ballet title without
#    marks; lede "cancelled" (act); Opera "said in a statement that A and that it “...” the cancellations"
#    (indirect plus partial); "Unions said the plan amounted to an “...” on ..." (partial only); scare "often
#    called the “Sun King’s pension”"; soloist named after her quote; union delegate "told FRANCE 24 that A and that
#    their pensions were “...”" (indirect plus partial), "he said"; director "said he understood ... but that
#    cancelling performances “...”" (indirect plus partial), quote with "Mercier told reporters"; minister "told
#    France Inter radio that the reform was “...” to ..." (partial only), "she said"; group "Several said A" (the
#    ticket holders of the sentence before); ticket holder named after her quote; content before "according to
#    the Court of Audit"; "The unions have called a general assembly" (act).
ARTICLES[f"{BATCH}/paris-opera-pension-strike.gold.json"] = {
    "article": f"{BATCH}/paris-opera-pension-strike.txt",
    "target": "French government",
    "quotes": [
        (P, "Unions", "attack", "denounce"),
        (I, "Paris Opera", "ticket holders would be fully reimbursed", None),
        (P, "Paris Opera", "deeply regretted", None),
        (P, "Unions", "attack", "amounted to"),
        (S, None, "Sun King’s pension", None),
        (D, "Camille Rousseau", "A dancer’s body is not an accountant’s body. At 42, most of us have had two or three "
            "operations. You cannot ask us to do the splits at 46,", None),
        (I, "Karim Benali", "stagehands regularly worked until 1am", None),
        (P, "Karim Benali", "compensation, not a privilege", None),
        (D, "Karim Benali", "We carry the sets, we work nights and weekends. Nobody in the ministry asks how many of us "
            "have bad backs at 55,", None),
        (I, "Laurent Mercier", "he understood the concerns of the staff", None),
        (P, "Laurent Mercier", "punishes the public, not the government", None),
        (D, "Laurent Mercier", "We are in a dialogue with the unions and with the ministry. I hope the performances on "
            "Saturday can take place,", None),
        (P, "Claire Dumont", "indispensable", None),
        (D, "Claire Dumont", "Nobody wants to end the exception of the ballet. But a dancer who retires at 42 will live "
            "for 45 more years on a pension. That has to be financed,", None),
        (I, "Disappointed ticket holders", "they had learnt of the cancellation by text message barely an hour before "
            "the curtain was due to rise", None),
        (D, "Martine Leclerc", "We came from Lyon for this. I understand the dancers, and the government should listen to "
            "them, but it is sad for us,", None),
        (I, "Court of Audit", "The Opera lost around 6 million euros in ticket revenue during a similar strike in the "
            "winter of 2019-2020", None),
    ],
    "actors": [
        actor("Unions", "group", title="Opera staff unions", affiliation="Paris Opera", aliases=["Unions", "unions"],
              stance=-1),
        actor("Paris Opera", "organisation", title="national opera house", affiliation="France",
              aliases=["Paris Opera", "The Opera"], stance=None),
        actor("Camille Rousseau", "person", title="soloist and SUD union delegate", affiliation="Paris Opera",
              aliases=["Camille Rousseau", "Rousseau"], stance=-1),
        actor("Karim Benali", "person", title="CGT delegate for the technical staff", affiliation="CGT",
              aliases=["Karim Benali", "Benali"], stance=-1),
        actor("Laurent Mercier", "person", title="general director", affiliation="Paris Opera",
              aliases=["Laurent Mercier", "Mercier"], stance=0),
        actor("Claire Dumont", "person", title="Culture Minister", affiliation="French government",
              aliases=["Claire Dumont", "Dumont"], stance=1),
        actor("Disappointed ticket holders", "group", title="ticket holders", affiliation=None,
              aliases=["Disappointed ticket holders"], stance=None),
        actor("Martine Leclerc", "person", title="ticket holder from Lyon, 64", affiliation=None,
              aliases=["Martine Leclerc", "Leclerc"], stance=-1),
        actor("Court of Audit", "government", title="public audit court", affiliation="France",
              aliases=["Court of Audit"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. HINA (Croatian news agency, English service) business/transport (a ferry operator raises island fares),
#    headline without speech, dateline "ZAGREB, Dec 3 (Hina) -", straight " and apostrophes, "pct"/"percent",
#    "2.3 million euro"; lede content before "the company said on Wednesday, citing higher fuel and labour costs"
#    (the participial "citing" has a noun object: not annotated); chairman named after his quote ("the chairman of
#    the company's management board, Davor Kralj, told a press conference"), then "he added"; "Kralj said that A and
#    that B" (one span); mayor "said the increase was "..." and that B" (partial plus indirect), quote with "Jurić
#    said"; agency "said A because B"; ministry "told Hina that A"; association "said the new fares "..." and
#    called for ..." (partial; the call a directive); union "said A and that B"; group "Residents of Cres who
#    gathered ... said A"; pensioner named after his quote; scare so-called "island supplement".
ARTICLES[f"{BATCH}/kvarner-linije-ferry-fares.gold.json"] = {
    "article": f"{BATCH}/kvarner-linije-ferry-fares.txt",
    "target": "Kvarner Linije",
    "quotes": [
        (I, "Kvarner Linije", "The ferry operator Kvarner Linije will raise fares on its eight state-subsidised island "
            "lines by between 18 and 30 percent from January", None),
        (D, "Davor Kralj", "The price of fuel has gone up by 40 percent in two years and the collective agreement signed "
            "in the summer increased wages by 12 percent. The state subsidy has not changed since 2022,", None),
        (D, "Davor Kralj", "We are not doing this to make a profit. Last year the company lost 2.3 million euro,", None),
        (I, "Davor Kralj", "islanders with permanent residence would continue to travel at a discount of 50 percent and "
            "that the price of monthly tickets for workers and students would not change", None),
        (P, "Ivana Jurić", "a blow to every family living on the islands", None),
        (I, "Ivana Jurić", "the town council would ask the government to intervene", None),
        (D, "Ivana Jurić", "A family from Lošinj that goes to the hospital in Rijeka once a month will now pay 60 euro "
            "more a year. Tourists will not notice it, but we will,", None),
        (I, "Coastal Liner Services Agency", "it had approved the new price list because the concession contract allowed "
            "annual adjustments in line with costs", None),
        (I, "Ministry of the Sea, Transport and Infrastructure", "it was considering an increase in the subsidy for "
            "island lines in the 2027 budget", None),
        (P, "Association of Croatian Islands", "make life on the islands even harder", None),
        (I, "Ferry Workers' Union", "the wage increase accounted for less than a third of the company's higher costs and "
            "that its members should not be blamed for the price rise", None),
        (I, "Residents of Cres", "they would block the first morning ferry on Saturday", None),
        (D, "Mate Sorić", "Everything on the island comes by ferry, the bread, the milk, the doctor. If the ferry is more "
            "expensive, everything is more expensive,", None),
        (S, None, "island supplement", None),
    ],
    "actors": [
        actor("Kvarner Linije", "organisation", title="ferry operator", affiliation=None,
              aliases=["Kvarner Linije", "the company"], stance=1),
        actor("Davor Kralj", "person", title="chairman of the management board", affiliation="Kvarner Linije",
              aliases=["Davor Kralj", "Kralj"], stance=1),
        actor("Ivana Jurić", "person", title="mayor of Mali Lošinj", affiliation=None,
              aliases=["Ivana Jurić", "Jurić"], stance=-1),
        actor("Coastal Liner Services Agency", "government", title="concessions agency", affiliation="Croatia",
              aliases=["Coastal Liner Services Agency"], stance=1),
        actor("Ministry of the Sea, Transport and Infrastructure", "government", title="ministry", affiliation="Croatia",
              aliases=["Ministry of the Sea, Transport and Infrastructure"], stance=0),
        actor("Association of Croatian Islands", "organisation", title="islands' association", affiliation=None,
              aliases=["Association of Croatian Islands"], stance=-1),
        actor("Ferry Workers' Union", "organisation", title="union", affiliation=None, aliases=["Ferry Workers' Union"],
              stance=-1),
        actor("Residents of Cres", "group", title="islanders", affiliation=None, aliases=["Residents of Cres"],
              stance=-1),
        actor("Mate Sorić", "person", title="retired fisherman from Cres, 71", affiliation=None,
              aliases=["Mate Sorić", "Sorić"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
