"""Build the test177 gold files (data/eval/test177/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test177/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test177.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test177"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Vietnam Investment Review (Vietnam) business/investment (a Korean components maker's second plant), headline
#    without speech, no byline, straight quotes, "per cent", "$420 million"; lede content before "the company said on
#    December 2"; content before "general director Park Ji-hoon told VIR" (Korean name, surname first: "Park said");
#    "He added that A"; provincial vice chairman "said the project showed investors' "..." in Bac Ninh and that B"
#    (partial plus indirect); Vietnamese name used by the given name ("Thanh said"); "According to the Foreign
#    Investment Agency ..., A"; scare so-called "China plus one"; analyst "said A", "But he warned that B", "Quang said";
#    group "Workers at the company's first factory, ..., said A"; worker named after her quote; provincial union "said in
#    a statement that A"; Q&A "Asked whether ..., Park replied: "..."".
ARTICLES[f"{BATCH}/daehan-precision-bac-ninh-plant.gold.json"] = {
    "article": f"{BATCH}/daehan-precision-bac-ninh-plant.txt",
    "target": "Daehan Precision Vina",
    "quotes": [
        (I, "Daehan Precision Vina", "South Korean electronics components maker Daehan Precision Vina will invest $420 "
            "million in a second factory in Bac Ninh province, creating about 6,000 jobs by 2029", None),
        (I, "Park Ji-hoon", "The plant, in Yen Phong II-C Industrial Park, will make camera modules and flexible circuit "
            "boards for smartphone makers", None),
        (D, "Park Ji-hoon", "Vietnam is no longer just an assembly base for us. The new plant will have its own research "
            "team of 300 engineers, most of them Vietnamese,", None),
        (I, "Park Ji-hoon", "the company planned to source 40 per cent of its components locally by 2030, up from about 15 "
            "per cent now", None),
        (P, "Nguyen Van Thanh", "strong confidence", None),
        (I, "Nguyen Van Thanh", "the province would guarantee power supply to the industrial park", None),
        (D, "Nguyen Van Thanh", "We learned a hard lesson about electricity in 2023. This time we have a dedicated 220kV "
            "substation under construction,", None),
        (I, "Foreign Investment Agency", "South Korea remains Vietnam's largest source of foreign direct investment, with "
            "total registered capital of more than $90 billion", None),
        (S, None, "China plus one", None),
        (I, "Tran Minh Quang", "the investment showed that Korean suppliers were following their largest customers deeper "
            "into Vietnam", None),
        (I, "Tran Minh Quang", "Daehan was heavily dependent on a single customer, which buys about 70 per cent of its "
            "output", None),
        (D, "Tran Minh Quang", "If that customer sneezes, Daehan catches a cold. The new plant makes sense only if they win "
            "orders from other brands,", None),
        (I, "Workers at the company's first factory", "they hoped the new plant would bring back overtime hours that had "
            "been cut since the summer", None),
        (D, "Le Thi Hoa", "I earn 9 million dong a month with overtime. Without it, it is hard to send money home,", None),
        (I, "Bac Ninh Confederation of Labour", "it would ask the company to sign a collective labour agreement covering "
            "both plants before the new factory starts hiring", None),
        (D, "Park Ji-hoon", "We are in India too, for the Indian market. Vietnam is for the world.", None),
    ],
    "actors": [
        actor("Daehan Precision Vina", "organisation", title="electronics components maker",
              affiliation="South Korea / Vietnam", aliases=["Daehan Precision Vina", "Daehan Precision", "Daehan"],
              stance=1),
        actor("Park Ji-hoon", "person", title="general director", affiliation="Daehan Precision Vina",
              aliases=["Park Ji-hoon", "Park"], stance=1),
        actor("Nguyen Van Thanh", "person", title="vice chairman of the provincial People's Committee",
              affiliation="Bac Ninh province", aliases=["Nguyen Van Thanh", "Thanh"], stance=1),
        actor("Foreign Investment Agency", "government", title="agency under the Ministry of Finance", affiliation="Vietnam",
              aliases=["Foreign Investment Agency"], stance=None),
        actor("Tran Minh Quang", "person", title="head of research", affiliation="Lotus Securities (Hanoi)",
              aliases=["Tran Minh Quang", "Quang"], stance=0),
        actor("Workers at the company's first factory", "group", title="factory workers",
              affiliation="Daehan Precision Vina", aliases=["Workers at the company's first factory"], stance=1),
        actor("Le Thi Hoa", "person", title="factory worker, 27", affiliation="Daehan Precision Vina",
              aliases=["Le Thi Hoa", "Hoa"], stance=None),
        actor("Bac Ninh Confederation of Labour", "organisation", title="provincial labour confederation",
              affiliation="Bac Ninh province", aliases=["Bac Ninh Confederation of Labour"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The North Africa Post (Morocco) energy/diplomacy (Morocco and the EU sign a green hydrogen pact), headline without
#    speech, byline, dateline "Rabat –", curly “ ” and ’, "the Kingdom"; ministry "said in a statement that the agreement
#    would mobilise “...” in private investment and that B" (partial plus indirect); minister in a relative-clause
#    apposition "said the deal confirmed the Kingdom’s place as “...”" (partial), "she said"; commissioner "said Morocco
#    was “...” in ..." (partial only); "According to Lund, “...”" (direct, lower-case start, full stop inside);
#    scare so-called “Moroccan Offer”; fellow "told The North Africa Post that the pact was “...” for Rabat but that B"
#    (partial plus indirect), then a quote-only paragraph (his, by continuity); observatory "said in a report ... that A";
#    coordinator named after her quote; group "Farmers near Guelmim, ..., said A"; chief executive "said A", "she added";
#    "The ministry said A and that B" (one span).
ARTICLES[f"{BATCH}/morocco-eu-green-hydrogen-pact.gold.json"] = {
    "article": f"{BATCH}/morocco-eu-green-hydrogen-pact.txt",
    "target": "Morocco",
    "quotes": [
        (P, "Ministry of Energy Transition and Sustainable Development", "more than 30 billion euros", None),
        (I, "Ministry of Energy Transition and Sustainable Development", "it would create 25,000 direct jobs", None),
        (P, "Samira Tazi", "Europe’s natural energy partner", None),
        (D, "Samira Tazi", "Morocco has the sun, the wind, the land and the ports. What we needed was a buyer willing to "
            "sign long-term contracts, and today we have one,", None),
        (P, "Anders Lund", "ahead of every other country in the region", None),
        (D, "Anders Lund", "the first molecules could reach Rotterdam before the end of this decade.", None),
        (S, None, "Moroccan Offer", None),
        (P, "Rachid El Alami", "a major diplomatic win", None),
        (I, "Rachid El Alami", "most of the projects were still at the feasibility stage", None),
        (D, "Rachid El Alami", "Signing is the easy part. Financing a plant in the desert, with a pipeline and a port, is "
            "something else entirely.", None),
        (I, "Moroccan Observatory for Water and Climate", "the planned volumes would require desalination capacity roughly "
            "equal to what the country has built over the past two decades", None),
        (D, "Nadia Ouhbi", "A country in its seventh year of drought should not be exporting its water in the form of "
            "hydrogen,", None),
        (I, "Farmers near Guelmim", "they had not been consulted before land next to their grazing areas was allocated",
            None),
        (I, "Katrin Vogel", "the company would take a final investment decision on its 1-gigawatt project in 2027", None),
        (D, "Katrin Vogel", "Morocco moves faster than anyone expected. The permits that take three years in Europe took us "
            "eight months here,", None),
        (I, "Ministry of Energy Transition and Sustainable Development", "all projects would have to use desalinated "
            "seawater and that none would be allowed to draw on groundwater", None),
    ],
    "actors": [
        actor("Ministry of Energy Transition and Sustainable Development", "government", title="energy ministry",
              affiliation="Morocco", aliases=["Ministry of Energy Transition and Sustainable Development", "The ministry"],
              stance=1),
        actor("Samira Tazi", "person", title="Energy Transition Minister", affiliation="Morocco",
              aliases=["Samira Tazi", "Tazi"], stance=1),
        actor("Anders Lund", "person", title="EU Energy Commissioner", affiliation="European Union",
              aliases=["Anders Lund", "Lund"], stance=1),
        actor("Rachid El Alami", "person", title="senior fellow", affiliation="Policy Center for the New South",
              aliases=["Rachid El Alami", "El Alami"], stance=0),
        actor("Moroccan Observatory for Water and Climate", "organisation", title="water observatory", affiliation="Morocco",
              aliases=["Moroccan Observatory for Water and Climate"], stance=-1),
        actor("Nadia Ouhbi", "person", title="coordinator", affiliation="Moroccan Observatory for Water and Climate",
              aliases=["Nadia Ouhbi", "Ouhbi"], stance=-1),
        actor("Farmers near Guelmim", "group", title="farmers", affiliation="Guelmim", aliases=["Farmers near Guelmim"],
              stance=-1),
        actor("Katrin Vogel", "person", title="chief executive", affiliation="Hydronord (Germany)",
              aliases=["Katrin Vogel", "Vogel"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Agweek (US Upper Midwest agriculture) co-op business (a sugar beet co-op cuts its initial payment), headline without
#    speech, byline, dateline "WAHPETON, N.D. —", straight quotes, AP style (punctuation inside closing marks, "Minn.",
#    "27%"); lede content before "the cooperative told its 640 shareholders"; "The co-op said A"; CEO named after the
#    first stretch of a split quote whose second stretch stays open to the end of its paragraph, then a closed
#    quote-only paragraph; "Haugen said A"; scare so-called "stockpile premium,"; two men introduced together, then
#    "Tollefson said A", "he said" (Tollefson), "Kuehl was blunter." and "he said" (Kuehl); chairman "wrote that A and
#    that B" (one span) in a letter, then "he wrote"; economist "said A", "she said"; association "said in a statement that
#    it "..." facing processors but that B" (partial plus indirect); "According to the U.S. Department of Agriculture, A".
ARTICLES[f"{BATCH}/northern-plains-sugar-beet-payment.gold.json"] = {
    "article": f"{BATCH}/northern-plains-sugar-beet-payment.txt",
    "target": "Northern Plains Sugar Cooperative",
    "quotes": [
        (I, "Northern Plains Sugar Cooperative", "Sugar beet growers who deliver to Northern Plains Sugar Cooperative will "
            "receive an initial payment of $38 per ton for the 2026 crop, down from $52 a year ago", None),
        (I, "Northern Plains Sugar Cooperative", "lower refined sugar prices and a record crop, which has filled its storage "
            "piles beyond capacity, were to blame", None),
        (D, "Dale Haugen", "Nobody in this building is happy about this number,", None),
        (D, "Dale Haugen", "But we pay out what the market pays us.", None),
        (D, "Dale Haugen", "We can't pay out money we don't have, and we won't borrow against next year's crop to make this "
            "one look better.", None),
        (I, "Dale Haugen", "the final payment, due in October 2027, could still rise if sugar prices recovered in the "
            "spring", None),
        (S, None, "stockpile premium,", None),
        (I, "Mark Tollefson", "the cut would wipe out the profit on this year's crop, even with yields of 34 tons an acre",
            None),
        (D, "Mark Tollefson", "At $38, we're under water on every acre. The yields were the best we've ever had, and it "
            "doesn't matter,", None),
        (D, "Brian Kuehl", "The co-op built a new warehouse in a year when everybody could see prices were coming down. Now "
            "we're paying for it,", None),
        (I, "Gary Ness", "the warehouse had been financed before prices fell and that it would cut storage losses by about "
            "a third", None),
        (D, "Gary Ness", "We made that decision in a different market, and we still believe it was the right one,", None),
        (I, "Sarah Lindahl", "production costs for beets in the Red River Valley averaged about $1,150 an acre this year",
            None),
        (D, "Sarah Lindahl", "Growers who don't have a strong balance sheet are going to feel this for two or three years,",
            None),
        (P, "Red River Valley Sugarbeet Growers Association", "understands the pressures", None),
        (I, "Red River Valley Sugarbeet Growers Association", "growers could not absorb a 27% cut on their own", None),
        (I, "U.S. Department of Agriculture", "U.S. beet sugar production is forecast at a record 5.6 million short tons "
            "in the 2026-27 marketing year, while imports from Mexico have also risen", None),
    ],
    "actors": [
        actor("Northern Plains Sugar Cooperative", "organisation", title="sugar beet cooperative", affiliation="North Dakota",
              aliases=["Northern Plains Sugar Cooperative", "Northern Plains Sugar", "NPSC", "The co-op", "the cooperative"],
              stance=0),
        actor("Dale Haugen", "person", title="president and CEO", affiliation="Northern Plains Sugar Cooperative",
              aliases=["Dale Haugen", "Haugen"], stance=1),
        actor("Mark Tollefson", "person", title="sugar beet grower", affiliation="Breckenridge, Minn.",
              aliases=["Mark Tollefson", "Tollefson"], stance=-1),
        actor("Brian Kuehl", "person", title="sugar beet grower (Tollefson's son-in-law)", affiliation="Breckenridge, Minn.",
              aliases=["Brian Kuehl", "Kuehl"], stance=-1),
        actor("Gary Ness", "person", title="board chairman", affiliation="Northern Plains Sugar Cooperative",
              aliases=["Gary Ness", "Ness"], stance=1),
        actor("Sarah Lindahl", "person", title="agricultural economist",
              affiliation="North Dakota State University Extension", aliases=["Sarah Lindahl", "Lindahl"], stance=None),
        actor("Red River Valley Sugarbeet Growers Association", "organisation", title="growers' association",
              affiliation="Red River Valley", aliases=["Red River Valley Sugarbeet Growers Association"], stance=0),
        actor("U.S. Department of Agriculture", "government", title="federal department", affiliation="United States",
              aliases=["U.S. Department of Agriculture"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. edie (UK sustainability business news) retail/environment (a supermarket misses its plastics target), headline with
#    a straight single fragment "blames 'slower than expected' refill uptake", no byline, British straight single quotes
#    '...' for quotes and fragments (apostrophes in "Marlowe's", "haven't", "I'm", "we've", "it's", "isn't", "UK's" are
#    not openings), "31%"; lede content before "according to its annual sustainability report" (the company's);
#    "The retailer said ... had been '...' and that B" (partial plus indirect); head of sustainability in an apposition
#    "said: '...'", then "she added"; "Pryce said A and would B" (one span); "Campaigners were unimpressed." (no speech);
#    campaigner "called the new deadline '...'" (partial), "he said"; scare so-called 'naked' aisles; "According to
#    WRAP, A"; trade body spokesperson "said A"; consultant "said Marlowe's had been '...' about its shortfall" (partial),
#    "she said"; charity "said it would ask shareholders to back ..." (indirect); "Its report also said A".
ARTICLES[f"{BATCH}/marlowes-plastics-target-missed.gold.json"] = {
    "article": f"{BATCH}/marlowes-plastics-target-missed.txt",
    "target": "Marlowe's",
    "quotes": [
        (P, "Marlowe's", "slower than expected", "Marlowe's misses"),
        (I, "Marlowe's", "Supermarket chain Marlowe's has missed its target to halve the virgin plastic packaging it sells, "
            "cutting it by 31% against a 2019 baseline by the end of 2025", None),
        (P, "Marlowe's", "slower than expected", "The retailer said"),
        (I, "Marlowe's", "own-brand sales growth had added around 4,000 tonnes of packaging since 2022", None),
        (D, "Joanna Pryce", "We set ourselves a stretching target, and we haven't hit it. I'm not going to dress that up.",
            None),
        (D, "Joanna Pryce", "What we've learned is that refill works when it's cheaper and easier than the packaged version, "
            "and for too many products it still isn't,", None),
        (I, "Joanna Pryce", "the company would now aim to reach a 50% reduction by 2028 and would publish its progress every "
            "six months rather than once a year", None),
        (P, "Tom Ellery", "a three-year extension on a promise that was already too weak", None),
        (D, "Tom Ellery", "Marlowe's was one of the first to make big promises on plastic. It is now one of the first to "
            "quietly move the goalposts,", None),
        (S, None, "naked", None),
        (I, "WRAP", "members of the UK Plastics Pact reduced their use of problem and unnecessary single-use plastics by "
            "more than 90% between 2018 and 2024, but progress on overall virgin plastic has been slower", None),
        (I, "spokesperson for the British Retail Consortium", "retailers had reduced plastic packaging by around a fifth "
            "since 2018 despite rising sales volumes", None),
        (P, "Priya Natarajan", "more honest than most", None),
        (D, "Priya Natarajan", "Several retailers have hit their numbers by switching to heavier paper-based packs, which is "
            "not always a win for the climate,", None),
        (I, "ShareAction", "it would ask shareholders to back a resolution at the company's annual meeting in June requiring "
            "it to report plastic use by product category", None),
        (I, "Marlowe's", "scope 1 and 2 emissions had fallen by 38% since 2019, ahead of its interim target", None),
    ],
    "actors": [
        actor("Marlowe's", "organisation", title="supermarket chain", affiliation="England and Wales",
              aliases=["Marlowe's", "The retailer"], stance=0),
        actor("Joanna Pryce", "person", title="head of sustainability", affiliation="Marlowe's",
              aliases=["Joanna Pryce", "Pryce"], stance=0),
        actor("Tom Ellery", "person", title="plastics campaigner", affiliation="Greenpeace UK",
              aliases=["Tom Ellery", "Ellery"], stance=-1),
        actor("WRAP", "organisation", title="waste charity (UK Plastics Pact)", affiliation="UK", aliases=["WRAP"],
              stance=None),
        actor("spokesperson for the British Retail Consortium", "person", title="spokesperson",
              affiliation="British Retail Consortium", aliases=["spokesperson for the British Retail Consortium"],
              stance=None),
        actor("Priya Natarajan", "person", title="packaging consultant", affiliation="Circular Packaging Partners",
              aliases=["Priya Natarajan", "Natarajan"], stance=1),
        actor("ShareAction", "organisation", title="responsible investment charity", affiliation="UK",
              aliases=["ShareAction"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
