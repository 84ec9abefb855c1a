"""Build the test112 gold files (data/eval/test112/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test112/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test112.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test112"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Mining Journal (mining trade press): Russia auctions Tomtor rare earths to "friendly" investors.
ARTICLES[f"{BATCH}/tomtor-rare-earths-licence-auction.gold.json"] = {
    "article": f"{BATCH}/tomtor-rare-earths-licence-auction.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Natural Resources", "Russia will auction development rights to two sections of the Tomtor "
            "niobium and rare earths deposit in Yakutia next year", None),
        (P, "Ministry of Natural Resources", "friendly", "\"friendly\""),
        (I, "Ministry of Natural Resources", "the auction, expected in the second quarter of 2027, would carry a "
            "starting price of RUB18 billion (US$205 million), and that winning bidders would be required to build a "
            "processing plant in Russia rather than export concentrate", None),
        (P, "Yulia Karpova", "serious and growing", None),
        (D, "Yulia Karpova", "Tomtor is one of the richest rare earths deposits in the world. For thirty years it has "
            "been a project on paper. We intend to change that, and we will do it with partners who respect Russia,",
            None),
        (I, "Yulia Karpova", "companies from the US, the UK and EU member states would not be allowed to bid", None),
        (S, None, "unfriendly", None),
        (D, "Yulia Karpova", "Sanctions have not stopped a single project in the Russian Arctic. They have only "
            "changed who our partners are.", None),
        (P, "Ilya Bykov", "at least two", None),
        (D, "Ilya Bykov", "The ore grades at Tomtor are exceptional, but the deposit is 400 kilometres from the "
            "nearest railway and the climate is brutal. No single company can do this alone,", None),
        (P, "Tom Rich", "world class", None),
        (I, "Tom Rich", "the cost of building roads, power and a processing plant in the permafrost could exceed "
            "US$3 billion", None),
        (D, "Tom Rich", "Moscow has announced Tomtor three or four times since the Soviet era, and every time the "
            "economics have beaten the geology,", None),
        (D, "Tom Rich", "I would want to see a road being built before I believed the timeline.", None),
        (I, "Tom Rich", "Chinese producers, which already dominate rare earths processing, had little reason to "
            "invest in a Russian competitor", None),
        (I, "V. Ramanathan", "his company was studying the auction documents but had made no decision", None),
        (I, "V. Ramanathan", "India's priority was to secure a stable supply of neodymium and praseodymium for its "
            "electric-motor industry", None),
        (D, "V. Ramanathan", "We will look at Tomtor like any other opportunity: on price, on risk and on the terms,",
            None),
        (I, "US State Department spokesperson", "Washington was aware of the auction", None),
        (P, "US State Department spokesperson", "could expose themselves", None),
    ],
    "actors": [
        actor("Ministry of Natural Resources", "government", title="natural resources ministry", affiliation="Russia",
              aliases=["Ministry of Natural Resources", "The ministry"], stance=1),
        actor("Yulia Karpova", "person", title="deputy minister", affiliation="Ministry of Natural Resources (Russia)",
              aliases=["Yulia Karpova", "Karpova"], stance=1),
        actor("Ilya Bykov", "person", title="chief executive", affiliation="Vostok Redmet",
              aliases=["Ilya Bykov", "Bykov"], stance=1),
        actor("Tom Rich", "person", title="head of critical minerals", affiliation="Cassini Metals Research",
              aliases=["Tom Rich", "Rich"], stance=-1),
        actor("V. Ramanathan", "person", title="chairman", affiliation="Coromandel Minerals",
              aliases=["V. Ramanathan", "Ramanathan"], stance=0),
        actor("US State Department spokesperson", "person", title="spokesperson", affiliation="US State Department",
              aliases=["US State Department spokesperson"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Argus Leader (Sioux Falls) labour/safety: OSHA fines a pork plant over an ammonia leak.
ARTICLES[f"{BATCH}/dakota-crest-ammonia-leak-osha.gold.json"] = {
    "article": f"{BATCH}/dakota-crest-ammonia-leak-osha.txt",
    "target": "Dakota Crest Foods",
    "quotes": [
        (I, "Occupational Safety and Health Administration", "it had cited the company for 11 violations", None),
        (P, "Occupational Safety and Health Administration", "willful,", "\"willful,\""),
        (I, "Occupational Safety and Health Administration", "a valve on the plant's refrigeration system had been "
            "leaking for at least two weeks before the June 18 release, and workers had reported the smell of ammonia "
            "to supervisors at least three times", None),
        (D, "Dana Borkowski", "This was not an accident in the sense that nobody could have seen it coming,", None),
        (D, "Dana Borkowski", "Workers told their supervisors. The company had the information and chose to keep the "
            "line running.", None),
        (P, "Jeff Strand", "strongly disagrees", None),
        (I, "Jeff Strand", "it would contest them", None),
        (D, "Jeff Strand", "We have spent more than $6 million on our refrigeration systems over the last three years, "
            "and the safety of our team members is our first priority,", None),
        (D, "Jeff Strand", "We are proud of the way our people responded that morning.", None),
        (I, "Jeff Strand", "the company had since replaced the valve and hired an outside engineering firm to review "
            "the plant's ammonia systems", None),
        (P, "Ryan Amundson", "well above", None),
        (I, "Abdi Hassan", "he still has trouble breathing when he climbs stairs", None),
        (D, "Abdi Hassan", "I told the lead man on Monday. I told him again on Wednesday,", None),
        (D, "Abdi Hassan", "He said, keep working, they will fix it.", None),
        (I, "Abdi Hassan", "he returned to work in August because he needed the money", None),
        (I, "Abdi Hassan", "he had not been offered a different job away from the refrigeration area", None),
        (I, "UFCW Local 304A", "the citations confirmed what its members had been saying since the summer", None),
        (D, "Renee Oyelaran", "Our members did the right thing. They spoke up. The company did not listen,", None),
        (D, "Renee Oyelaran", "Now the company wants to argue about the word 'willful.' Our members want to know it "
            "won't happen again.", None),
        (I, "UFCW Local 304A", "it would ask the company to create a joint safety committee with the power to shut "
            "down a line", None),
    ],
    "actors": [
        actor("Occupational Safety and Health Administration", "government", title="federal safety regulator",
              affiliation="U.S. Department of Labor",
              aliases=["Occupational Safety and Health Administration", "OSHA"], stance=-1),
        actor("Dana Borkowski", "person", title="OSHA area director in Sioux Falls",
              affiliation="Occupational Safety and Health Administration",
              aliases=["Dana Borkowski", "Borkowski"], stance=-1),
        actor("Jeff Strand", "person", title="Company spokesperson", affiliation="Dakota Crest Foods",
              aliases=["Jeff Strand", "Strand"], stance=1),
        actor("Ryan Amundson", "person", title="Battalion Chief", affiliation="Sioux Falls Fire Rescue",
              aliases=["Ryan Amundson", "Amundson"], stance=None),
        actor("Abdi Hassan", "person", title="injured worker", affiliation="Dakota Crest Foods",
              aliases=["Abdi Hassan", "Hassan"], stance=-1),
        actor("UFCW Local 304A", "organisation", title="union", aliases=["UFCW Local 304A", "The union"], stance=-1),
        actor("Renee Oyelaran", "person", title="union president", affiliation="UFCW Local 304A",
              aliases=["Renee Oyelaran", "Oyelaran"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Yorkshire Evening Post rugby league: the Leeds Rhinos captain is banned for four matches.
ARTICLES[f"{BATCH}/rhinos-pryce-four-match-ban.gold.json"] = {
    "article": f"{BATCH}/rhinos-pryce-four-match-ban.txt",
    "target": "Kallum Pryce",
    "quotes": [
        (P, "Rohan Sealey", "harsh", "'harsh'"),
        (P, "Rugby Football League's independent tribunal", "reckless", None),
        (I, "Rugby Football League's independent tribunal", "Pryce's previous good record had been taken into account "
            "but that the force of the contact meant a ban of fewer than four matches would not be appropriate", None),
        (D, "Rohan Sealey", "I've watched it 30 times and I still don't see a player trying to hurt anyone,", None),
        (D, "Rohan Sealey", "It's harsh. Kallum has played 200-odd games and never been in front of a panel for "
            "anything like this.", None),
        (I, "Rohan Sealey", "the club would consider an appeal once it had studied the written reasons in full", None),
        (P, "Rohan Sealey", "slim", None),
        (D, "Kallum Pryce", "I accept the decision. It was never my intention to catch Gethin high and I'm glad he's "
            "ok,", None),
        (D, "Kallum Pryce", "I'll be training harder than ever to come back and help the boys.", None),
        (P, "Mick Pryce", "over the top", None),
        (D, "Mick Pryce", "He's a tough lad but he's not a dirty lad. Ask anybody who's played against him,", None),
        (I, "Danny Lamb", "the tribunal had got it right", None),
        (P, "Danny Lamb", "whoever they are", None),
        (D, "Danny Lamb", "I love Kallum, I played with him, but you can't have one rule for captains and another for "
            "everybody else,", None),
        (I, "source at the club", "there was some frustration that the tribunal had taken more than three weeks to "
            "hear the case, which meant Pryce's suspension would now fall at the start of the new season rather than "
            "during the international window", None),
        (P, "RFL", "entirely normal", None),
        (I, "RFL", "it had followed the process set out in its operational rules", None),
    ],
    "actors": [
        actor("Rohan Sealey", "person", title="head coach", affiliation="Leeds Rhinos",
              aliases=["Rohan Sealey", "Sealey", "coach"], stance=1),
        actor("Rugby Football League's independent tribunal", "organisation", title="disciplinary tribunal",
              affiliation="Rugby Football League",
              aliases=["Rugby Football League's independent tribunal", "the tribunal"], stance=-1),
        actor("Kallum Pryce", "person", title="captain", affiliation="Leeds Rhinos",
              aliases=["Kallum Pryce", "Pryce", "Kallum"], stance=0),
        actor("Mick Pryce", "person", title="father, former Bramley hooker", aliases=["Mick Pryce"], stance=1),
        actor("Danny Lamb", "person", title="former Rhinos forward, broadcaster", aliases=["Danny Lamb", "Lamb"],
              stance=-1),
        actor("source at the club", "person", title="anonymous club source", affiliation="Leeds Rhinos",
              aliases=["source at the club"], stance=None),
        actor("RFL", "organisation", title="governing body", aliases=["RFL", "Rugby Football League"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. VietnamPlus (Vietnam News Agency, English) diplomacy/environment: Vietnam and Laos's Mekong dam.
ARTICLES[f"{BATCH}/mekong-houay-lom-dam-consultation.gold.json"] = {
    "article": f"{BATCH}/mekong-houay-lom-dam-consultation.txt",
    "target": "Laos",
    "quotes": [
        (I, "Tran Quang Vinh", "Vietnam has asked Laos to share additional studies on sediment flows and fish migration "
            "before the planned Houay Lom hydropower dam on the Mekong mainstream moves to construction", None),
        (I, "Tran Quang Vinh", "Vietnam respected the right of every riparian country to develop its water resources",
            None),
        (P, "Tran Quang Vinh", "cumulative impact", None),
        (D, "Tran Quang Vinh", "The Mekong Delta is home to 17 million people and produces more than half of Vietnam's "
            "rice. Every tonne of sediment that does not reach the Delta is a loss that cannot be recovered,", None),
        (I, "Tran Quang Vinh", "Vietnam would submit its formal comments to the Mekong River Commission (MRC) before "
            "the end of the six-month prior consultation period, which began in August", None),
        (P, "Lao Ministry of Energy and Mines", "state-of-the-art", None),
        (P, "Lao Ministry of Energy and Mines", "fully complied", None),
        (D, "Lao Ministry of Energy and Mines", "Hydropower is the foundation of Laos's development and of our "
            "contribution to clean energy in the region,", None),
        (D, "Lao Ministry of Energy and Mines", "We are ready to continue dialogue with our neighbours in a spirit of "
            "friendship and cooperation.", None),
        (I, "MRC Secretariat", "sediment reaching the Mekong Delta has fallen by around two thirds since the 1990s, "
            "mainly because of dams upstream and sand mining", None),
        (I, "Souksavanh Phommachanh", "the commission's technical review of the project documents would be published "
            "in January", None),
        (P, "Souksavanh Phommachanh", "constructively", None),
        (I, "Nguyen Van Hieu", "the Delta was already sinking and shrinking, and that another mainstream dam would make "
            "matters worse", None),
        (D, "Nguyen Van Hieu", "We keep being told that each project is small. But there are now nine of them, and the "
            "river does not care whose flag is on the dam,", None),
        (I, "Nguyen Thi Lan", "catches of wild fish in the upper Delta had fallen sharply in recent years", None),
        (D, "Nguyen Thi Lan", "When I was a child, the flood season brought fish to our door. Now we have to buy "
            "fingerlings from the hatchery,", None),
        (P, "Tran Quang Vinh", "special", "\"special\""),
        (P, "Tran Quang Vinh", "frankly, as between brothers", None),
    ],
    "actors": [
        actor("Tran Quang Vinh", "person", title="Deputy Minister of Agriculture and Environment", affiliation="Vietnam",
              aliases=["Tran Quang Vinh", "Vinh", "the Deputy Minister"], stance=0),
        actor("Lao Ministry of Energy and Mines", "government", title="energy ministry", affiliation="Laos",
              aliases=["Lao Ministry of Energy and Mines", "the ministry"], stance=1),
        actor("MRC Secretariat", "organisation", title="Mekong River Commission Secretariat",
              affiliation="Mekong River Commission", aliases=["MRC Secretariat"], stance=None),
        actor("Souksavanh Phommachanh", "person", title="Secretariat spokesperson", affiliation="MRC Secretariat",
              aliases=["Souksavanh Phommachanh", "Phommachanh"], stance=0),
        actor("Nguyen Van Hieu", "person", title="hydrologist", affiliation="Can Tho University",
              aliases=["Nguyen Van Hieu", "Hieu", "Dr Hieu"], stance=-1),
        actor("Nguyen Thi Lan", "person", title="fish farmer, Chau Doc", aliases=["Nguyen Thi Lan", "Lan"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
