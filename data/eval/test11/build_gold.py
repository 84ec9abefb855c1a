"""Build the test11 gold files (data/eval/test11/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test11/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test11.  Standard library only.

Held-out batch: do not read the articles or these specs while tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Reuters Asia politics (South Korea proposes a pension overhaul), dateline "SEOUL, Oct 8
#    (Reuters) -", straight quotes and apostrophes (country's, companies', I'm, doesn't), punctuation
#    inside closing marks, American spelling (labor, skeptical), "(Reporting by ...)" line. Headline
#    without speech. Lede: the country speaks, participial "saying A" (indirect). Scare so-called
#    "automatic adjustment" mechanism (the union's later unquoted "automatic adjustment" is inside its
#    own quote). Minister's quote split by "Health and Welfare Minister X told a news conference ...",
#    resumed; "Yoon said A, and that B" (one span). Figure before "according to Statistics Korea".
#    Union "called the proposal "..." and said A" (partial plus indirect), then "the union said in a
#    statement" after a quote. Business lobby "said A and would fall hardest on "..."" (indirect plus
#    partial). Opposition lawmaker "said his party could not back a plan that "..."" (partial only),
#    "He said A" (indirect). Anonymous ministry official "said A but B" (one span). Young worker named
#    after the first stretch, resumed. Economist's indirect, then "he said". "Asked whether ..." not
#    annotated; "Yoon said that was "..."" (partial only).
ARTICLES["data/eval/test11/south-korea-pension-contribution-rise.gold.json"] = {
    "article": "data/eval/test11/south-korea-pension-contribution-rise.txt",
    "target": "South Korea",
    "quotes": [
        (I, "South Korea", "the national pension fund would otherwise run dry by 2056", None),
        (S, None, "automatic adjustment", "so-called"),
        (D, "Yoon Hae-jin", "We are asking every generation to carry part of the weight, so that no single "
            "generation is left carrying all of it,", None),
        (D, "Yoon Hae-jin", "If we do nothing, our children will pay 30% of their wages into a fund that is empty.",
            None),
        (I, "Yoon Hae-jin", "the government would pay part of the contributions of low-income and self-employed "
            "workers for five years, and that military service and childbirth would earn workers additional "
            "credited months", None),
        (I, "Statistics Korea", "People aged 65 and older will make up more than 40% of the population by 2050",
            None),
        (P, "Korean Confederation of Trade Unions", "a pension cut dressed up as reform", None),
        (I, "Korean Confederation of Trade Unions", "it would hold rallies in Seoul and five other cities next "
            "month", None),
        (D, "Korean Confederation of Trade Unions", "Workers will pay more, for longer, and get less at the end. "
            "There is no other way to read the automatic adjustment,", None),
        (I, "Korea Enterprises Federation", "the higher rate would add about 6 trillion won ($4.4 billion) a year "
            "to companies' labor costs", None),
        (P, "Korea Enterprises Federation", "small manufacturers already squeezed by high interest rates.", None),
        (P, "Kim Tae-won", "asks young people to pay for a promise the state may not keep.", None),
        (I, "Kim Tae-won", "the opposition would put forward its own bill, funding part of the shortfall from "
            "general tax revenue", None),
        (I, "ministry official", "the government hoped to pass the bill before the end of the year but was "
            "prepared to phase in the adjustment mechanism more slowly to win opposition votes", None),
        (D, "Lee Seo-yeon", "My parents get a pension. I'm not sure I ever will, and now they want more of my "
            "salary,", None),
        (D, "Lee Seo-yeon", "Nobody my age believes the fund will still be there.", None),
        (I, "Choi Dong-hyun", "the proposal was the most serious attempt at reform in two decades but still fell "
            "short", None),
        (D, "Choi Dong-hyun", "It buys about 15 years. It doesn't fix the problem. Sooner or later someone will "
            "have to talk about the retirement age,", None),
        (P, "Yoon Hae-jin", "not on the table for now.", None),
    ],
    "actors": [
        actor("South Korea", "country", title="government proposing the pension overhaul",
              aliases=["South Korea"], stance=1),
        actor("Yoon Hae-jin", "person", title="Health and Welfare Minister", affiliation="South Korea",
              aliases=["Yoon Hae-jin", "Yoon"], stance=1),
        actor("Statistics Korea", "government", title="national statistics agency (figures)",
              affiliation="South Korea", aliases=["Statistics Korea"], stance=None),
        actor("Korean Confederation of Trade Unions", "organisation", title="labor umbrella group",
              aliases=["Korean Confederation of Trade Unions", "the union"], stance=-1),
        actor("Korea Enterprises Federation", "organisation", title="employers' lobby",
              aliases=["Korea Enterprises Federation"], stance=-1),
        actor("Kim Tae-won", "person", title="senior opposition lawmaker, health and welfare committee",
              affiliation="main opposition party", aliases=["Kim Tae-won", "Kim"], stance=-1),
        actor("ministry official", "person", title="anonymous official of the welfare ministry",
              affiliation="South Korea", aliases=["ministry official"], stance=None),
        actor("Lee Seo-yeon", "person", title="insurance company worker (29), Seoul",
              aliases=["Lee Seo-yeon", "Lee"], stance=-1),
        actor("Choi Dong-hyun", "person", title="senior fellow", affiliation="Korea Development Institute",
              aliases=["Choi Dong-hyun", "Choi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Mint (India) business (food delivery platform raises its platform fee), byline line, dateline
#    "Bengaluru:", straight quotes and apostrophes (Mint's, don't, I'm, Workers'), punctuation inside
#    closing marks, Indian English and figures (₹, crore, lakh, GST). Headline ("cry foul") and lede
#    without speech (the fee rise is the writer's). Content before "the company said in an emailed
#    response ..."; "It said the fee "..."" (partial only). Scare so-called "rain surge" charges.
#    Chief executive "defended the move in a post on X." (not speech), then a quote closed by "he
#    wrote". Restaurant body "said the fee had been raised "..." and that B" (partial plus indirect).
#    Its president named after the quote ("said X, president of the NRAI, who ..."), then "She said A"
#    (a reported request to the regulator is reported content). "Two people aware of the matter said
#    A" (indirect); "did not respond to a request for comment" not annotated. Union "said A", then
#    content before "it said". Union official's quote naming the chief executive. Company "said A and
#    that B" (one span). Customer's indirect then "she said". Analyst "wrote in a note ... that A"
#    (indirect), then "he wrote".
ARTICLES["data/eval/test11/zaikaa-platform-fee-hike.gold.json"] = {
    "article": "data/eval/test11/zaikaa-platform-fee-hike.txt",
    "target": "Zaikaa",
    "quotes": [
        (I, "Zaikaa", "The increase, which took effect on Friday, applies in 38 cities including Delhi, Mumbai and "
            "Bengaluru", None),
        (P, "Zaikaa", "helps us keep delivery charges low and invest in faster, more reliable service.", None),
        (S, None, "rain surge", None),
        (D, "Rohan Bhatia", "A platform fee of ₹14 is less than what most people pay for parking. It is what lets "
            "us pay riders better and keep the lights on,", None),
        (P, "National Restaurant Association of India", "without any consultation", None),
        (I, "National Restaurant Association of India", "restaurants were already paying commissions of 20-30% on "
            "every order", None),
        (D, "Meenakshi Rao", "When a customer sees a ₹600 bill for a ₹450 meal, they don't blame the app. They stop "
            "ordering, and we are the ones who lose the business,", None),
        (I, "Meenakshi Rao", "the association had written to the Competition Commission of India (CCI) asking it to "
            "examine the fee as well as Zaikaa's practice of ranking restaurants that offer deeper discounts "
            "higher in search results", None),
        (I, "people aware of the matter", "the CCI had received complaints from restaurant groups in at least three "
            "states and was weighing whether to widen an existing inquiry into food delivery platforms", None),
        (I, "Karnataka App-Based Delivery Workers' Union", "none of the additional revenue from the fee had reached "
            "riders", None),
        (I, "Karnataka App-Based Delivery Workers' Union", "Per-order pay for riders in Bengaluru has stayed at "
            "₹25-30 for two years", None),
        (D, "Imran Pasha", "Bhatia says the fee lets him pay riders better. Let him show us one rider whose pay has "
            "gone up,", None),
        (I, "Zaikaa", "rider earnings had risen 11% over the past year once incentives were included and that all "
            "riders were covered by accident insurance of up to ₹10 lakh", None),
        (I, "Ananya Kulkarni", "she had cut her orders from four a week to one since January", None),
        (D, "Ananya Kulkarni", "Between the platform fee, the delivery fee, the packaging charge and GST, I'm paying "
            "₹90 before the food even arrives. I'd rather cook,", None),
        (I, "Sahil Jain", "every ₹1 increase in the platform fee adds about ₹40 crore to Zaikaa's annual operating "
            "profit", None),
        (D, "Sahil Jain", "There is no sign yet that fees are hurting order growth, which was 19% in the June "
            "quarter. Customers have shown they will pay for convenience,", None),
    ],
    "actors": [
        actor("Zaikaa", "organisation", title="food delivery platform (listed on the NSE)",
              aliases=["Zaikaa", "the company"], stance=1),
        actor("Rohan Bhatia", "person", title="co-founder and chief executive", affiliation="Zaikaa",
              aliases=["Rohan Bhatia", "Bhatia"], stance=1),
        actor("National Restaurant Association of India", "organisation", title="restaurant industry body",
              aliases=["National Restaurant Association of India", "NRAI", "the association"], stance=-1),
        actor("Meenakshi Rao", "person", title="president; restaurant owner (Chennai)",
              affiliation="National Restaurant Association of India", aliases=["Meenakshi Rao", "Rao"], stance=-1),
        actor("people aware of the matter", "group", title="anonymous sources on the competition regulator",
              aliases=["people aware of the matter"], stance=None),
        actor("Karnataka App-Based Delivery Workers' Union", "organisation", title="delivery riders' union",
              aliases=["Karnataka App-Based Delivery Workers' Union"], stance=-1),
        actor("Imran Pasha", "person", title="general secretary",
              affiliation="Karnataka App-Based Delivery Workers' Union", aliases=["Imran Pasha", "Pasha"],
              stance=-1),
        actor("Ananya Kulkarni", "person", title="software engineer (31), Pune; customer",
              aliases=["Ananya Kulkarni", "Kulkarni"], stance=-1),
        actor("Sahil Jain", "person", title="analyst", affiliation="Meridian Capital",
              aliases=["Sahil Jain", "Jain"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Scottish local paper (council plans to halve an island's winter ferry sailings), byline "By
#    NAME", British spelling (finalised, Councillor, 18 December), curly “ ” in the body and ‘ ’ in
#    the headline, ’ apostrophes (island’s, don’t, I’m, can’t, We’ve), fragment punctuation outside
#    the marks. Headline fragment "Islanders vow to fight ‘devastating’ cut" -> Islanders (the body's
#    "devastating" inside Rennie's quote is her own direct entry, so the headline span needs an
#    anchor). Standfirst without speech. Lede: "Islanders ... have vowed to fight ..., warning that A"
#    (indirect). Scare “lifeline” (a government classification in the writer's sentence). Council
#    "said A and that B" (one span). Policy lead (title before the name) indirect, then a quote closed
#    by "he said" and a quote-only paragraph (continuity). Community council chair "said the proposal
#    had been drawn up “...”" (partial only), then "she said". Parent introduced without speech, then
#    "she said". MSP "accused the council of “...” and called on ministers to step in" (partial; the
#    directive is not annotated). Anonymous Transport Scotland spokesperson "said A, and that B" (one
#    span). "Ms Galbraith said A", then a quote split by "she said", resumed.
ARTICLES["data/eval/test11/brannay-ferry-winter-sailings-cut.gold.json"] = {
    "article": "data/eval/test11/brannay-ferry-winter-sailings-cut.txt",
    "target": "Argyll and Bute Council",
    "quotes": [
        (P, "Islanders", "devastating", "Islanders vow"),
        (I, "Islanders", "the cut would drive young families away and put its primary school at risk", None),
        (S, None, "lifeline", None),
        (I, "Argyll and Bute Council", "the change was needed to help close a £9.8 million budget gap and that "
            "passenger numbers on the winter timetable had fallen by almost a third since 2019", None),
        (I, "Alasdair MacKinnon", "nobody on the council wanted to cut island services", None),
        (D, "Alasdair MacKinnon", "Every option in front of us this year is a bad one. If we don\u2019t find savings "
            "on the ferries, they come out of social care or out of schools, and I\u2019m not prepared to do that,",
            None),
        (D, "Alasdair MacKinnon", "We will sit down with the community before anything is finalised and look at "
            "whether the times of the sailings can be made to work better.", None),
        (P, "Kirsty Galbraith", "without a single conversation with the people who depend on that boat", None),
        (D, "Kirsty Galbraith", "Three sailings means the first boat leaves after nine and the last one is back "
            "before four. You can\u2019t hold down a job on the mainland on that, and you can\u2019t get to a "
            "hospital appointment in Oban and home again in a day,", None),
        (D, "Eilidh Rennie", "We came because there was a school and a boat you could rely on. Take away the boat "
            "and the school is next. It would be devastating for this island,", None),
        (P, "Fraser Lindsay", "balancing its books on the backs of island communities", None),
        (I, "Transport Scotland spokesperson", "timetables on council-run routes were a matter for the local "
            "authority, and that officials would meet council officers next month to discuss funding for island "
            "ferries", None),
        (I, "Kirsty Galbraith", "islanders would be in the public gallery", None),
        (D, "Kirsty Galbraith", "We\u2019ve been here before,", None),
        (D, "Kirsty Galbraith", "In 2012 they tried the same thing and we filled the council chamber. We\u2019ll "
            "fill it again.", None),
    ],
    "actors": [
        actor("Islanders", "group", title="residents of Brannay", aliases=["Islanders", "islanders"], stance=-1),
        actor("Argyll and Bute Council", "government", title="local authority running the ferry",
              aliases=["Argyll and Bute Council", "The council"], stance=1),
        actor("Alasdair MacKinnon", "person", title="councillor, policy lead for roads and infrastructure",
              affiliation="Argyll and Bute Council", aliases=["Alasdair MacKinnon", "MacKinnon"], stance=1),
        actor("Kirsty Galbraith", "person", title="chairwoman", affiliation="Brannay Community Council",
              aliases=["Kirsty Galbraith", "Galbraith", "Ms Galbraith"], stance=-1),
        actor("Eilidh Rennie", "person", title="Brannay resident, parent of two",
              aliases=["Eilidh Rennie", "Rennie"], stance=-1),
        actor("Fraser Lindsay", "person", title="MSP for the Highlands and Islands",
              affiliation="Scottish Conservatives", aliases=["Fraser Lindsay", "Lindsay"], stance=-1),
        actor("Transport Scotland spokesperson", "person", title="anonymous spokesperson",
              affiliation="Transport Scotland", aliases=["Transport Scotland spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AP state/courts (former city clerk sentenced for embezzlement), byline "By NAME Associated
#    Press", dateline "DES MOINES, Iowa (AP) —", curly “ ” and ’ apostrophes (Harker’s, weren’t,
#    doesn’t, town’s), punctuation inside closing marks. Headline without speech. Lede "after a judge
#    told her she had betrayed “...”" (partial only; the judge is named two paragraphs on).
#    Prosecutors "said A, and hid ..." (one span), then content before "they said". Judge "said A,
#    but that B" (one span), then a quote split by "Okafor told Harker", resumed. "ordered Harker to
#    repay" not annotated. Scare “employee of the year” (an award title in the writer's clause).
#    "wept as she addressed the court" not annotated; defendant's quote split by "she said", resumed.
#    Attorney "had asked for four years" (a request, not annotated), "arguing that A" (indirect).
#    Mayor's indirect, then a quote split by "Reinholt said after the hearing", resumed. Content before
#    "City Attorney X said". "state auditors said A" (group). Former council member's indirect, then
#    "he said". Attorney "said his client “...” and that B" (partial plus indirect).
ARTICLES["data/eval/test11/iowa-city-clerk-embezzlement-sentence.gold.json"] = {
    "article": "data/eval/test11/iowa-city-clerk-embezzlement-sentence.txt",
    "target": "Denise Harker",
    "quotes": [
        (P, "Stephanie Okafor", "a whole community.", None),
        (I, "Prosecutors", "she wrote more than 400 checks from city accounts to herself and to her credit card "
            "companies between 2015 and 2024, and hid the losses by altering the bank statements she handed to the "
            "City Council each month", None),
        (I, "Prosecutors", "Much of the money was lost at casinos in Council Bluffs and Altoona", None),
        (I, "Stephanie Okafor", "she had taken into account Harker\u2019s gambling addiction and her lack of a "
            "criminal record, but that the length and planning of the scheme called for a prison term", None),
        (D, "Stephanie Okafor", "You weren\u2019t stealing from a faceless institution,", None),
        (D, "Stephanie Okafor", "You were stealing from your neighbors, from the people you sat next to in church.",
            None),
        (S, None, "employee of the year", None),
        (D, "Denise Harker", "I have no excuse,", None),
        (D, "Denise Harker", "Every month I told myself I would pay it back, and every month it got worse.", None),
        (I, "Mark Delaney", "she had begun treatment for her addiction and had already sold her house to repay part "
            "of the money", None),
        (I, "Tom Reinholt", "the town had raised water rates by 18% and postponed replacing a 90-year-old water main "
            "to cover the shortfall", None),
        (D, "Tom Reinholt", "We had people on fixed incomes paying more for water because of what she did,", None),
        (D, "Tom Reinholt", "Six years doesn\u2019t give us the money back. But it tells people this mattered.",
            None),
        (I, "Paula Wendt", "The city has recovered about $310,000 through an insurance policy", None),
        (I, "state auditors", "no one other than Harker had looked at the city\u2019s bank statements for at least "
            "nine years", None),
        (I, "Gary Pruitt", "he had trusted her completely", None),
        (D, "Gary Pruitt", "She looked us in the eye every month and handed us those statements,", None),
        (P, "Mark Delaney", "accepts full responsibility", None),
        (I, "Mark Delaney", "she would not appeal the sentence", None),
    ],
    "actors": [
        actor("Stephanie Okafor", "person", title="U.S. District Judge", aliases=["Stephanie Okafor", "Okafor"],
              stance=-1),
        actor("Prosecutors", "group", title="federal prosecutors", aliases=["Prosecutors"], stance=-1),
        actor("Denise Harker", "person", title="former city clerk (58), defendant",
              affiliation="Harlan Springs, Iowa", aliases=["Denise Harker", "Harker"], stance=0),
        actor("Mark Delaney", "person", title="defense attorney", affiliation="Denise Harker",
              aliases=["Mark Delaney", "Delaney"], stance=1),
        actor("Tom Reinholt", "person", title="mayor", affiliation="Harlan Springs, Iowa",
              aliases=["Tom Reinholt", "Reinholt"], stance=-1),
        actor("Paula Wendt", "person", title="City Attorney", affiliation="Harlan Springs, Iowa",
              aliases=["Paula Wendt", "Wendt"], stance=None),
        actor("state auditors", "group", title="Iowa state auditors (report)", affiliation="State of Iowa",
              aliases=["state auditors"], stance=None),
        actor("Gary Pruitt", "person", title="former City Council member", affiliation="Harlan Springs, Iowa",
              aliases=["Gary Pruitt", "Pruitt"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
