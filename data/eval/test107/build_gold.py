"""Build the test107 gold files (data/eval/test107/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test107/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test107.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test107"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. AeroTime (Russia certifies the import-substituted MC-21), curly quotes and apostrophes, byline and
#    date lines, "Read more:" line, subheading.
ARTICLES[f"{BATCH}/mc21-type-certificate-export-push.gold.json"] = {
    "article": f"{BATCH}/mc21-type-certificate-export-push.txt",
    "target": "Russia",
    "quotes": [
        (I, "Federal Air Transport Agency", "Russia\u2019s Federal Air Transport Agency (Rosaviatsia) has issued a full "
            "type certificate for the Yakovlev MC-21-310, the version of the narrowbody built without Western "
            "components", None),
        (I, "Federal Air Transport Agency", "The certificate covers the aircraft\u2019s Aviadvigatel PD-14 engines "
            "together with its Russian-made avionics, composite wing box and landing gear", None),
        (P, "Federal Air Transport Agency", "in the first quarter of 2027", None),
        (S, None, "Russification", None),
        (D, "Kirill Zhuravlyov", "This is the day our aircraft industry showed that sanctions cannot ground it,", None),
        (D, "Kirill Zhuravlyov", "Every system on this aircraft, from the engines to the galley, is Russian.", None),
        (I, "Kirill Zhuravlyov", "the ministry expected Irkut to hand over 12 MC-21s in 2027 and to reach a rate of 36 "
            "a year by 2030", None),
        (P, "Nikolai Grin", "the most important milestone since the Superjet", None),
        (P, "Nikolai Grin", "an advanced stage", None),
        (D, "Nikolai Grin", "We are not asking anyone for permission,", None),
        (D, "Nikolai Grin", "Our customers are asking us for delivery slots.", None),
        (P, "Aeroflot", "the future backbone of our fleet", None),
        (D, "EASA spokesperson", "There is no change to that position. The agency does not validate products from a "
            "state of design that is subject to EU sanctions.", None),
        (P, "Aigerim Seitkali", "a genuine engineering achievement", None),
        (I, "Aigerim Seitkali", "Irkut had never built more than eight airliners of any type in a single year", None),
        (D, "Aigerim Seitkali", "The paperwork is done. The production line is the hard part,", None),
        (D, "Aigerim Seitkali", "Airlines in Tehran or Cairo will want to know who fixes the aircraft at three in the "
            "morning when a PD-14 throws a fault code, and how long a spare part takes to arrive.", None),
        (P, "An executive at a Central Asian carrier", "very attractive", None),
        (I, "An executive at a Central Asian carrier", "the main obstacle was the risk of secondary US sanctions on any "
            "airline that took the aircraft", None),
    ],
    "actors": [
        actor("Federal Air Transport Agency", "government", title="aviation regulator", affiliation="Russia",
              aliases=["Federal Air Transport Agency", "Rosaviatsia"], stance=1),
        actor("Kirill Zhuravlyov", "person", title="Deputy Industry and Trade Minister", affiliation="Russia",
              aliases=["Kirill Zhuravlyov", "Zhuravlyov"], stance=1),
        actor("Nikolai Grin", "person", title="general director", affiliation="United Aircraft Corporation (UAC)",
              aliases=["Nikolai Grin", "Grin"], stance=1),
        actor("Aeroflot", "organisation", title="airline", affiliation="Russia", aliases=["Aeroflot"], stance=1),
        actor("EASA spokesperson", "person", title="spokesperson",
              affiliation="European Union Aviation Safety Agency (EASA)", aliases=["EASA spokesperson"], stance=-1),
        actor("Aigerim Seitkali", "person", title="aviation analyst", affiliation="SkyBridge Advisory",
              aliases=["Aigerim Seitkali", "Seitkali"], stance=0),
        actor("An executive at a Central Asian carrier", "person", title="anonymous airline executive",
              aliases=["An executive at a Central Asian carrier"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. CoventryLive (Coventry Telegraph) courts (a landlord jailed after an HMO fire), straight quotes and
#    apostrophes, byline with "Court Reporter", "16:12, 3 DEC 2026", "Read more:" lines.
ARTICLES[f"{BATCH}/foleshill-hmo-fire-landlord-jailed.gold.json"] = {
    "article": f"{BATCH}/foleshill-hmo-fire-landlord-jailed.txt",
    "target": "Desmond Hurley",
    "quotes": [
        (I, "Nadia Blackwood", "the fire had started in the ground-floor kitchen of the house in Foleshill Road shortly "
            "after 3am on March 14 this year", None),
        (I, "Nadia Blackwood", "the only staircase had been blocked by mattresses and bicycles and the back door had "
            "been padlocked from the outside", None),
        (D, "Nadia Blackwood", "This was not a case of a landlord who did not know the rules,", None),
        (D, "Nadia Blackwood", "He had been told, in writing, three times.", None),
        (I, "Tomasz W\u00f3jcik", "he still woke up at night convinced he could smell smoke", None),
        (D, "Tomasz W\u00f3jcik", "I jumped because I thought I was going to die in that room. We told him about the "
            "alarms many times and nothing happened,", None),
        (P, "Amrit Bains", "deeply ashamed", None),
        (I, "Amrit Bains", "he had since sold the house and paid for Mr W\u00f3jcik's physiotherapy", None),
        (P, "Amrit Bains", "got in over his head", None),
        (I, "Simon Church", "he had put his income ahead of the safety of the people living under his roof", None),
        (D, "Simon Church", "You were warned again and again. You chose to do nothing because doing something would "
            "have cost you money,", None),
        (D, "Simon Church", "It is only by good fortune that I am not sentencing you for manslaughter.", None),
        (P, "Liam Hurley", "terrible mistakes", None),
        (D, "Liam Hurley", "He's my dad and he's going to prison at 61. He knows he got it wrong, and he's not the "
            "monster people are making him out to be,", None),
        (D, "Patricia Seager", "Let this case be a warning to every landlord in the city. If you put tenants' lives at "
            "risk, we will find you and we will take you to court.", None),
        (I, "West Midlands Fire Service", "crews had rescued three more tenants from the first floor using ladders and "
            "that the fire had been caused by an overloaded extension lead", None),
    ],
    "actors": [
        actor("Nadia Blackwood", "person", title="prosecutor", affiliation="Coventry City Council",
              aliases=["Nadia Blackwood", "Blackwood"], stance=-1),
        actor("Tomasz W\u00f3jcik", "person", title="injured tenant",
              aliases=["Tomasz W\u00f3jcik", "W\u00f3jcik"], stance=-1),
        actor("Amrit Bains", "person", title="defence barrister", aliases=["Amrit Bains", "Bains"], stance=1),
        actor("Simon Church", "person", title="judge", affiliation="Warwick Crown Court",
              aliases=["Simon Church", "Church"], stance=-1),
        actor("Liam Hurley", "person", title="the defendant's son", aliases=["Liam Hurley"], stance=1),
        actor("Patricia Seager", "person", title="cabinet member for housing", affiliation="Coventry City Council",
              aliases=["Patricia Seager", "Seager"], stance=-1),
        actor("West Midlands Fire Service", "organisation", title="fire service",
              aliases=["West Midlands Fire Service"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Eye Radio (South Sudan) trade/diplomacy (trucks stranded by a new Kenyan transit levy), straight
#    quotes and apostrophes, "Author: ... | Published: ..." line, photo caption, "Hon." title.
ARTICLES[f"{BATCH}/nadapal-transit-levy-trucks-stranded.gold.json"] = {
    "article": f"{BATCH}/nadapal-transit-levy-trucks-stranded.txt",
    "target": "Kenya",
    "quotes": [
        (I, "South Sudan Truck Drivers Union", "More than 300 cargo trucks bound for South Sudan are stuck at the "
            "Nadapal-Lokichoggio border crossing after Kenya began charging a new levy on transit goods", None),
        (I, "Kenya Revenue Authority", "The charge of 450 US dollars per truck took effect on Monday", None),
        (I, "Kenya Revenue Authority", "the money would be used to maintain the road between Lodwar and Lokichoggio, "
            "which is used almost entirely by traffic heading to and from South Sudan", None),
        (I, "Achol Garang Dut", "Juba had not been consulted before the levy was introduced", None),
        (D, "Achol Garang Dut", "We learned about this levy from our drivers, not from our brothers in Nairobi. That is "
            "not how partners in the East African Community behave,", None),
        (I, "Achol Garang Dut", "her ministry had written to the Kenyan High Commission in Juba asking for an urgent "
            "meeting before the end of the week", None),
        (P, "Kenyan High Commission in Juba", "to all transit cargo without discrimination", None),
        (I, "Kenyan High Commission in Juba", "it was not directed at South Sudan", None),
        (D, "Kenyan High Commission in Juba", "Kenya values its relationship with the Republic of South Sudan and "
            "remains committed to the free movement of goods along the Northern Corridor,", None),
        (I, "Lado Wani", "some of the men had run out of food and were drinking water bought from children in Nadapal "
            "town", None),
        (D, "Lado Wani", "Some of the drivers are sick. Some of them are carrying fuel and medicine that is needed in "
            "Juba and Torit,", None),
        (D, "Lado Wani", "If Kenya wants to charge us, let them first repair the road from Lodwar. We are paying for a "
            "road that is breaking our trucks.", None),
        (I, "A trader at Konyo-Konyo market", "the price of a 50-kilogram bag of sugar had risen by almost a third since "
            "Monday", None),
        (D, "A trader at Konyo-Konyo market", "When the trucks stop at Nadapal, the whole of Juba pays,", None),
        (S, None, "one-stop", None),
        (I, "Angelina Nyakuoth Gatluak", "Kenya had the right to charge for the use of its roads but should have given "
            "its neighbours at least three months' notice", None),
        (D, "Angelina Nyakuoth Gatluak", "Both sides have a point. The problem is that South Sudan has no other route "
            "that works in the rainy season, and Nairobi knows it,", None),
    ],
    "actors": [
        actor("South Sudan Truck Drivers Union", "organisation", title="drivers' union",
              aliases=["South Sudan Truck Drivers Union"], stance=-1),
        actor("Kenya Revenue Authority", "government", title="tax authority", affiliation="Kenya",
              aliases=["Kenya Revenue Authority"], stance=1),
        actor("Achol Garang Dut", "person", title="Minister of Trade and Industry", affiliation="South Sudan",
              aliases=["Achol Garang Dut", "Dut"], stance=-1),
        actor("Kenyan High Commission in Juba", "government", title="embassy", affiliation="Kenya",
              aliases=["Kenyan High Commission in Juba"], stance=1),
        actor("Lado Wani", "person", title="chairperson", affiliation="South Sudan Truck Drivers Union",
              aliases=["Lado Wani", "Wani"], stance=-1),
        actor("A trader at Konyo-Konyo market", "person", title="anonymous trader",
              aliases=["A trader at Konyo-Konyo market"], stance=-1),
        actor("Angelina Nyakuoth Gatluak", "person", title="economist", affiliation="University of Juba",
              aliases=["Angelina Nyakuoth Gatluak", "Gatluak"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Golf Monthly equipment/rules (a start-up's ball is taken off the conforming list), British curly
#    single quotes with curly apostrophes, punctuation outside fragments, Q&A subheading, multi-paragraph quote.
ARTICLES[f"{BATCH}/kestrel-tour-x-ball-nonconforming.gold.json"] = {
    "article": f"{BATCH}/kestrel-tour-x-ball-nonconforming.txt",
    "target": "Kestrel Golf",
    "quotes": [
        (I, "R&A", "repeat tests in St Andrews had found that the ball exceeded the Overall Distance Standard", None),
        (P, "R&A", "well beyond anything attributable to testing variation", None),
        (I, "USGA spokesperson", "the decision was final and applied to every batch of the ball manufactured since "
            "March", None),
        (P, "Kestrel Golf", "shocked and disappointed", None),
        (I, "Kestrel Golf", "it would ask for the ball to be tested again by an independent laboratory", None),
        (D, "Hamish Bell", "Every batch we shipped this year went through the same independent lab, and every batch "
            "passed. We don\u2019t understand how the same ball can be legal in July and illegal in December.", None),
        (D, "Hamish Bell", "We\u2019ve treated the governing bodies with nothing but respect, and we expect the same in "
            "return.", None),
        (I, "Hamish Bell", "Kestrel had sold around 40,000 dozen Tour X balls in the UK and Ireland alone, most of them "
            "through pro shops", None),
        (I, "R&A", "golfers who use the ball in a general play round after 1 January will not be able to submit that "
            "score for handicap purposes", None),
        (S, None, "rollback", None),
        (I, "Priya Castellino", "club golfers should not throw their Tour X balls away", None),
        (D, "Priya Castellino", "It\u2019s a good ball and there\u2019s nothing wrong with using it for practice or a "
            "friendly fourball,", None),
        (D, "Priya Castellino", "But it\u2019s not worth a disqualification in the monthly medal.", None),
        (I, "Linnea \u00c5kesson", "she would switch to another ball for the start of the Ladies European Tour season",
            None),
        (D, "Linnea \u00c5kesson", "I\u2019ve played it all year and nobody told me there was a problem,", None),
        (D, "Linnea \u00c5kesson", "The guys at Kestrel have always been straight with me, and I really hope they get "
            "this sorted.", None),
        (P, "An executive at one of the major ball manufacturers", "overdue", None),
        (I, "An executive at one of the major ball manufacturers", "several companies had raised concerns about the ball "
            "with the R&A in the summer", None),
    ],
    "actors": [
        actor("R&A", "organisation", title="governing body", aliases=["R&A"], stance=-1),
        actor("USGA spokesperson", "person", title="spokesperson", affiliation="USGA", aliases=["USGA spokesperson"],
              stance=-1),
        actor("Kestrel Golf", "organisation", title="golf ball maker", aliases=["Kestrel Golf", "Kestrel"], stance=1),
        actor("Hamish Bell", "person", title="chief executive", affiliation="Kestrel Golf",
              aliases=["Hamish Bell", "Bell"], stance=1),
        actor("Priya Castellino", "person", title="Golf Monthly Top 50 Coach", aliases=["Priya Castellino", "Castellino"],
              stance=0),
        actor("Linnea \u00c5kesson", "person", title="tour player", affiliation="Ladies European Tour",
              aliases=["Linnea \u00c5kesson", "\u00c5kesson"], stance=1),
        actor("An executive at one of the major ball manufacturers", "person", title="anonymous rival executive",
              aliases=["An executive at one of the major ball manufacturers"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
