"""Build the dev125 gold files (data/eval/dev125/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev125/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev125.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev125"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Daryo (Uzbekistan) trade/food (Russia's wheat export cut sends flour prices up), headline without speech,
#    "Daryo News | 19 December 2026, 14:20" line, straight " and apostrophes, "18%", "soums". Lede content
#    before "according to the Association of Flour Producers of Uzbekistan"; Russian ministry "said on December
#    4 that A", then content with a fragment before "the ministry said" (partial only); association chairman
#    "told Daryo that A", "he said"; Uzbek ministry "said A"; Russian embassy "said in a comment to Daryo that
#    the quota applied "..." and that B" (partial plus indirect); Kazakh grain union deputy "said ... were ready
#    to increase shipments ... "..."" (partial only); baker "said A", "she said"; scare so-called "bread index"
#    ("cited by economists" is a generic habit, not speech); economist "said the episode showed the country's
#    "..." on ..." (partial only), "Nazarov said", "He added that A".
ARTICLES[f"{BATCH}/russia-wheat-quota-uzbek-flour.gold.json"] = {
    "article": f"{BATCH}/russia-wheat-quota-uzbek-flour.txt",
    "target": "Russia",
    "quotes": [
        (I, "Association of Flour Producers of Uzbekistan", "Wholesale flour prices in Tashkent have risen by about 18% "
            "over the past two weeks after Russia cut its grain export quota for the first half of 2027", None),
        (I, "Russia's Ministry of Agriculture", "the quota for wheat exports would be cut to 11 million tonnes, from 20 "
            "million tonnes a year earlier", None),
        (P, "Russia's Ministry of Agriculture", "keep prices stable for Russian consumers", None),
        (I, "Bakhtiyor Rakhimov", "several mills in the Fergana Valley had already reduced working hours because of a "
            "shortage of Russian grain", None),
        (D, "Bakhtiyor Rakhimov", "We depend on Russian wheat for the strong flour used in bread. Kazakh wheat alone "
            "cannot cover it. Russia decides, and our bakers pay,", None),
        (I, "Ministry of Economy and Finance", "it would temporarily scrap import duties on flour from Kazakhstan and "
            "release 50,000 tonnes of wheat from state reserves to stabilise the market", None),
        (P, "Russian Embassy in Tashkent", "equally to all partners", None),
        (I, "Russian Embassy in Tashkent", "supplies under existing contracts with Uzbek buyers would be honoured", None),
        (P, "Serik Zhakupov", "but not overnight", None),
        (I, "Dilnoza Yusupova", "she had raised the price of a round loaf of non from 4,000 to 4,500 soums last week",
         None),
        (D, "Dilnoza Yusupova", "Customers complain, but what can I do? I cannot bake at a loss,", None),
        (S, None, "bread index", None),
        (P, "Farrukh Nazarov", "dangerous dependence", None),
        (D, "Farrukh Nazarov", "Moscow uses grain quotas to manage its own inflation, and it will do so again. We "
            "should not be surprised every time it happens,", None),
        (I, "Farrukh Nazarov", "Uzbekistan should expand irrigated wheat production in Karakalpakstan and sign "
            "long-term supply agreements with several countries", None),
    ],
    "actors": [
        actor("Association of Flour Producers of Uzbekistan", "organisation",
              aliases=["Association of Flour Producers of Uzbekistan"], stance=0),
        actor("Russia's Ministry of Agriculture", "government", affiliation="Russia",
              aliases=["Russia's Ministry of Agriculture", "Ministry of Agriculture"], stance=1),
        actor("Bakhtiyor Rakhimov", "person", title="chairman",
              affiliation="Association of Flour Producers of Uzbekistan",
              aliases=["Bakhtiyor Rakhimov", "Rakhimov"], stance=-1),
        actor("Ministry of Economy and Finance", "government", affiliation="Uzbekistan",
              aliases=["Ministry of Economy and Finance"], stance=None),
        actor("Russian Embassy in Tashkent", "government", affiliation="Russia",
              aliases=["Russian Embassy in Tashkent"], stance=1),
        actor("Serik Zhakupov", "person", title="deputy chairman", affiliation="Grain Union of Kazakhstan",
              aliases=["Serik Zhakupov", "Zhakupov"], stance=None),
        actor("Dilnoza Yusupova", "person", title="baker", affiliation="Chilanzar district, Tashkent",
              aliases=["Dilnoza Yusupova", "Yusupova"], stance=None),
        actor("Farrukh Nazarov", "person", title="economist",
              affiliation="Center for Economic Research and Reforms (CERR)",
              aliases=["Farrukh Nazarov", "Nazarov"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Border Mail (Albury-Wodonga) courts (a former club president admits stealing $86,000), headline without
#    speech, byline and "Updated ... first published ..." line, lede opening in capitals ("A FORMER"), straight
#    " and apostrophes, "Ms"/"Mr", "Sergeant Fry". Lede "has been warned he faces a "..." of jail" (partial,
#    the magistrate named later); prosecutor "told the court A", "Sergeant Fry said A", then "he said"; defence
#    lawyer "said her client had been "..." by ..." (partial only), "She said A and had B" (one span), "Ms Roach
#    said"; magistrate "said the offending was "..." and there was a "..." of ..." (two partials), "Mr Dwyer
#    said"; "He adjourned ..." and "declined to comment" (not speech); club board "said it was "..." the matter
#    ... and that B" (partial plus indirect); life member "said A", then a quote split by "she said"; league
#    manager "said A".
ARTICLES[f"{BATCH}/barnawartha-creek-club-theft.gold.json"] = {
    "article": f"{BATCH}/barnawartha-creek-club-theft.txt",
    "target": "Brendan Oates",
    "quotes": [
        (P, "Peter Dwyer", "real prospect", "A FORMER"),
        (I, "Liam Fry", "Oates had made 47 transfers from the club's accounts to his own between March 2024 and August "
            "2025, while he was both president and treasurer", None),
        (I, "Liam Fry", "the thefts came to light when the club's new treasurer could not reconcile the books ahead of "
            "the 2025 annual general meeting", None),
        (D, "Liam Fry", "This was a sustained and deliberate course of conduct by a man in a position of great trust in "
            "a small community,", None),
        (P, "Anita Roach", "consumed", None),
        (I, "Anita Roach", "he had since repaid $31,000 and had attended 20 sessions with a gambling counsellor", None),
        (D, "Anita Roach", "He is deeply ashamed. He has lost his reputation, his standing in the town he grew up in, "
            "and many of his friends,", None),
        (P, "Peter Dwyer", "a gross breach of trust", None),
        (P, "Peter Dwyer", "real prospect", "Magistrate Peter Dwyer"),
        (D, "Peter Dwyer", "Clubs like this one run on the goodwill of volunteers. When someone at the top does this, "
            "it damages every club in the league,", None),
        (P, "Barnawartha Creek Football Netball Club", "relieved", None),
        (I, "Barnawartha Creek Football Netball Club", "new financial controls had been introduced, including a "
            "requirement for two signatories on every payment", None),
        (I, "Noreen Baxter", "many people at the club still struggled to believe what had happened", None),
        (D, "Noreen Baxter", "He coached my boys,", None),
        (D, "Noreen Baxter", "He was at every working bee, every fundraiser. You don't expect it from someone like "
            "Brendan.", None),
        (I, "Tim Carberry", "the league would review its guidelines on financial audits for all 14 of its clubs", None),
    ],
    "actors": [
        actor("Peter Dwyer", "person", title="Magistrate", affiliation="Wodonga Magistrates Court",
              aliases=["Peter Dwyer", "Dwyer", "Mr Dwyer"], stance=-1),
        actor("Liam Fry", "person", title="Police prosecutor", affiliation="Victoria Police",
              aliases=["Liam Fry", "Fry", "Sergeant Fry"], stance=-1),
        actor("Anita Roach", "person", title="Defence lawyer", affiliation="Brendan Oates's defence",
              aliases=["Anita Roach", "Roach", "Ms Roach"], stance=1),
        actor("Barnawartha Creek Football Netball Club", "organisation", title="club's board",
              aliases=["Barnawartha Creek Football Netball Club"], stance=-1),
        actor("Noreen Baxter", "person", title="club life member",
              affiliation="Barnawartha Creek Football Netball Club", aliases=["Noreen Baxter", "Baxter"], stance=-1),
        actor("Tim Carberry", "person", title="general manager", affiliation="AFL North East Border",
              aliases=["Tim Carberry", "Carberry"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Science|Business (Brussels research-policy trade press: the ERC cuts the number of Starting Grants),
#    headline without speech, byline and "17 Dec 2026 | News" lines, straight " and apostrophes, "%", "€175
#    billion". Lede content before "the ERC said on Wednesday, after ..."; "In a statement, the ERC said A, and
#    that B"; president "said the Scientific Council had faced "..."" (partial only), quote with "Sjöberg told
#    Science|Business", "He said the council would press ... for a "..." increase" (partial only); LERU "called
#    the decision "..." and said B" (partial plus indirect); secretary-general named after her quote; Eurodoc
#    "said A"; postdoc "said she was "..." offers ..." (partial only), "she said"; Commission spokesperson "said
#    ... would be "..." and that B" (partial plus indirect); MEP "said MEPs would fight for "..." of ..." (partial
#    only); scare so-called "excellence gap".
ARTICLES[f"{BATCH}/erc-starting-grants-success-rate.gold.json"] = {
    "article": f"{BATCH}/erc-starting-grants-success-rate.txt",
    "target": "European Research Council",
    "quotes": [
        (I, "European Research Council", "The success rate for the European Research Council's 2027 Starting Grants is "
            "set to fall to around 9%, the lowest since the funding agency was set up in 2007", None),
        (I, "European Research Council", "the number of Starting Grants would fall from around 400 to 330, and that the "
            "maximum grant size would rise by 10% to keep pace with salaries and inflation", None),
        (P, "Henrik Sjöberg", "a choice between fewer grants and worse grants", None),
        (D, "Henrik Sjöberg", "We chose to protect the quality of what we fund. I know that this will be very hard news "
            "for many excellent young researchers, and I am not going to pretend otherwise,", None),
        (P, "Henrik Sjöberg", "substantial", None),
        (P, "League of European Research Universities", "a symptom, not the disease", None),
        (I, "League of European Research Universities", "the real problem was the Commission's plan to move part of the "
            "FP10 budget into the new European Competitiveness Fund", None),
        (D, "Jorien Vandamme", "The ERC has done what it can with the money it has. But if Europe wants to keep its "
            "best young scientists, it cannot ask them to play a lottery with odds of one in eleven,", None),
        (I, "Eurodoc", "the cut would push more early-career researchers to leave Europe", None),
        (P, "Marta Costa", "seriously considering", None),
        (D, "Marta Costa", "Three years of preparation for a one-in-eleven chance. At some point you have to be "
            "realistic,", None),
        (P, "Commission spokesperson", "the largest ever", None),
        (I, "Commission spokesperson", "the ERC's share would be decided by the co-legislators", None),
        (P, "Ulrike Brandl", "every euro", None),
        (S, None, "excellence gap", None),
    ],
    "actors": [
        actor("European Research Council", "organisation", title="EU research funding agency",
              aliases=["European Research Council", "ERC"], stance=1),
        actor("Henrik Sjöberg", "person", title="ERC President", affiliation="European Research Council",
              aliases=["Henrik Sjöberg", "Sjöberg"], stance=1),
        actor("League of European Research Universities", "organisation",
              aliases=["League of European Research Universities", "LERU"], stance=0),
        actor("Jorien Vandamme", "person", title="secretary-general",
              affiliation="League of European Research Universities", aliases=["Jorien Vandamme", "Vandamme"],
              stance=0),
        actor("Eurodoc", "organisation", title="doctoral candidates' and junior researchers' body",
              aliases=["Eurodoc"], stance=-1),
        actor("Marta Costa", "person", title="postdoctoral researcher in immunology",
              affiliation="University of Porto", aliases=["Marta Costa", "Costa"], stance=-1),
        actor("Commission spokesperson", "person", title="spokesperson", affiliation="European Commission",
              aliases=["Commission spokesperson"], stance=None),
        actor("Ulrike Brandl", "person", title="MEP", affiliation="European Parliament (industry and research "
              "committee)", aliases=["Ulrike Brandl", "Brandl"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Egypt Independent (the Transport Ministry suspends the ride-hailing app Mishwar after an assault), headline
#    without speech, masthead and "Sunday, December 20, 2026 - 03:15 PM" lines, straight " and apostrophes.
#    Lede content before "the ministry said in a statement on Saturday"; "The ministry said ... on "..." of its
#    drivers, in violation ..." (partial only); prosecution "said in a separate statement that A and that B"
#    (one span); company "said in a statement that it was "..." by the incident, that B, and that it was "..."
#    with ..." (partial, indirect, partial); CEO in an apposition "told Egypt Independent that A, but that B" (one
#    span), "he said"; scare so-called "verified driver" badge; NCW "said A, and demanded that ..." (indirect;
#    the demand is a directive); group "Dozens of drivers ..., saying A"; driver named after his quote; lawyer
#    named Said "said the family supported the suspension but wanted "..."" (partial only), "Said said A";
#    closing present-tense "Mishwar ... says A". El-Sayed (the CEO) and Said (the lawyer) are different people.
ARTICLES[f"{BATCH}/mishwar-ride-hailing-suspension.gold.json"] = {
    "article": f"{BATCH}/mishwar-ride-hailing-suspension.txt",
    "target": "Mishwar",
    "quotes": [
        (I, "Ministry of Transport", "Egypt's Ministry of Transport has suspended the operating licence of the "
            "ride-hailing app Mishwar for 30 days, after a driver working through the app was arrested on suspicion of "
            "assaulting a female passenger in Giza last week", None),
        (P, "Ministry of Transport", "a significant number", None),
        (I, "Public Prosecution", "the driver, a 34-year-old man, had been remanded in custody for four days pending "
            "investigation and that footage from a camera inside the car had been seized", None),
        (P, "Mishwar", "shocked and saddened", None),
        (I, "Mishwar", "the driver had been permanently removed from the platform", None),
        (P, "Mishwar", "cooperating fully", None),
        (I, "Youssef El-Sayed", "the company had run background checks on all drivers who joined after January 2025, "
            "but that older accounts had not been re-checked", None),
        (D, "Youssef El-Sayed", "We made a mistake with the older accounts, and we are fixing it. But suspending the "
            "whole service punishes 40,000 drivers who have done nothing wrong,", None),
        (S, None, "verified driver", None),
        (I, "National Council for Women", "it had filed a complaint with the Public Prosecution", None),
        (I, "Dozens of drivers", "they had been left without any income just weeks before the end of the year", None),
        (D, "Mahmoud Abdel Aziz", "I have a car loan. Thirty days without work means the bank takes the car,", None),
        (P, "Reem Said", "real accountability, not a 30-day holiday", None),
        (I, "Reem Said", "the victim, a 26-year-old pharmacist, was recovering at home and had given her statement to "
            "prosecutors", None),
        (I, "Mishwar", "it completes around 1.5 million trips a month in Greater Cairo and Alexandria", None),
    ],
    "actors": [
        actor("Ministry of Transport", "government", affiliation="Egypt",
              aliases=["Ministry of Transport", "Transport Ministry", "The ministry"], stance=-1),
        actor("Public Prosecution", "government", affiliation="Egypt", aliases=["Public Prosecution"], stance=None),
        actor("Mishwar", "organisation", title="ride-hailing app", aliases=["Mishwar"], stance=1),
        actor("Youssef El-Sayed", "person", title="co-founder and CEO", affiliation="Mishwar",
              aliases=["Youssef El-Sayed", "El-Sayed"], stance=1),
        actor("National Council for Women", "government", affiliation="Egypt",
              aliases=["National Council for Women", "NCW"], stance=-1),
        actor("Dozens of drivers", "group", affiliation="Mishwar drivers", aliases=["Dozens of drivers"], stance=None),
        actor("Mahmoud Abdel Aziz", "person", title="Mishwar driver", aliases=["Mahmoud Abdel Aziz", "Abdel Aziz"],
              stance=None),
        actor("Reem Said", "person", title="lawyer representing the victim's family", aliases=["Reem Said", "Said"],
              stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
