"""Build the dev175 gold files (data/eval/dev175/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev174/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev175/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev175.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev175"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. National Post politics/defence (a Canadian patrol shadows a Russian research ship in the Arctic),
#    headline and standfirst without speech, byline and "Published Dec 05, 2026" lines, dateline
#    "OTTAWA —", straight " and apostrophes, "kilometres", Canadian spelling. Lede content before "the
#    Department of National Defence confirmed Friday"; content before "according to DND"; minister "said
#    Canada "..." about ..." (partial only), quote with "Marchildon told reporters on Parliament Hill";
#    anonymous official "speaking on background because they were not authorized ..., said A" (singular
#    they); embassy "In a statement posted on social media, it said the vessel was conducting "..." in
#    ..." (partial only), then "the statement said" (speaker the embassy); scare so-called "grey zone"
#    activity; academic "said A", a quote split by "Varga said"; opposition critic "said the episode
#    showed the government had let ... "..."" (partial only), "he said"; Inuit leader "said A", "she
#    said". Not annotated: "dismissed the concerns", the ship's return to Halifax.
ARTICLES[f"{BATCH}/arctic-russian-research-ship.gold.json"] = {
    "article": f"{BATCH}/arctic-russian-research-ship.txt",
    "target": "Russia",
    "quotes": [
        (I, "Department of National Defence", "A Royal Canadian Navy patrol ship spent nine days shadowing a Russian "
            "research vessel through waters off the Canadian Arctic archipelago last month", None),
        (I, "Department of National Defence", "The Akademik Gorshkov, operated by a Russian state oceanographic "
            "institute, never entered Canada's 12-nautical-mile territorial sea but spent most of its voyage inside "
            "Canada's exclusive economic zone", None),
        (P, "H\u00e9l\u00e8ne Marchildon", "will not be naive", None),
        (D, "H\u00e9l\u00e8ne Marchildon", "We know exactly what this ship is and what it does. It carries oceanographic "
            "equipment, yes, but it also maps the seabed in places where submarines like to travel,", None),
        (I, "A senior government official", "the ship had deployed towed sonar equipment on at least three occasions "
            "during the voyage", None),
        (P, "Russian Embassy in Ottawa", "peaceful scientific research", None),
        (D, "Russian Embassy in Ottawa", "The Canadian side's hysteria about every Russian ship in the Arctic says more "
            "about Ottawa than about Moscow,", None),
        (S, None, "grey zone", None),
        (I, "Kirsten Varga", "the voyage fit a pattern stretching back several years", None),
        (D, "Kirsten Varga", "Moscow has been very clear that it sees the Arctic as its strategic backyard,", None),
        (D, "Kirsten Varga", "Ships like this one are how you build the map you would need in a crisis.", None),
        (P, "Darren Kowalchuk", "wither", None),
        (D, "Darren Kowalchuk", "It took us nine days and one ship to follow one Russian vessel. The Russians have more "
            "than 40 icebreakers,", None),
        (I, "Jeannie Qaunaq", "hunters near Resolute had reported seeing the vessel days before the military publicly "
            "acknowledged it", None),
        (D, "Jeannie Qaunaq", "Our people are the eyes of the Arctic. It would be nice if Ottawa listened to them before "
            "a ship is halfway through the passage,", None),
    ],
    "actors": [
        actor("Department of National Defence", "government", affiliation="Canada",
              aliases=["Department of National Defence", "DND"], stance=0),
        actor("H\u00e9l\u00e8ne Marchildon", "person", title="Defence Minister", affiliation="Canada",
              aliases=["H\u00e9l\u00e8ne Marchildon", "Marchildon"], stance=-1),
        actor("A senior government official", "person", title="anonymous official", affiliation="Government of Canada",
              aliases=["A senior government official"], stance=0),
        actor("Russian Embassy in Ottawa", "government", affiliation="Russia", aliases=["Russian Embassy in Ottawa"],
              stance=1),
        actor("Kirsten Varga", "person", title="Arctic security researcher",
              affiliation="University of Calgary's School of Public Policy", aliases=["Kirsten Varga", "Varga"],
              stance=-1),
        actor("Darren Kowalchuk", "person", title="Conservative defence critic", affiliation="Conservative Party",
              aliases=["Darren Kowalchuk", "Kowalchuk"], stance=None),
        actor("Jeannie Qaunaq", "person", title="president", affiliation="Qikiqtani Inuit Association",
              aliases=["Jeannie Qaunaq", "Qaunaq"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Windhoek Observer agriculture/trade (South Africa suspends imports of Namibian weaners), headline
#    without speech, byline and "Monday, 7 December 2026" lines, lede opening in capitals ("THOUSANDS of
#    weaners"), straight " and apostrophes, "120 000" (space as thousands separator), "N$1,4 billion"
#    (decimal comma). Scare so-called "red line"; minister "said on Friday the decision was "..." because
#    ..." (partial only), "he said", "He said A" (coordinated predicate, one span); South African
#    spokesperson "told the Windhoek Observer the suspension was "..."" (partial only), quote with
#    "Mokoena said"; "According to the Meat Board of Namibia, A"; union president "said A", quote with
#    "Kotzé said"; farmer "said A", "she said"; economist "said A", "he said". Not annotated: "citing a
#    foot-and-mouth disease outbreak", "The ministry has not said whether ...".
ARTICLES[f"{BATCH}/south-africa-weaner-ban.gold.json"] = {
    "article": f"{BATCH}/south-africa-weaner-ban.txt",
    "target": "South Africa",
    "quotes": [
        (S, None, "red line", None),
        (P, "Petrus Nangombe", "not based on science", None),
        (D, "Petrus Nangombe", "We have been free of foot-and-mouth south of the veterinary cordon fence for decades. Our "
            "neighbours know this. The World Organisation for Animal Health knows this,", None),
        (I, "Petrus Nangombe", "his ministry had written to its South African counterpart and requested an urgent "
            "meeting of the two countries' chief veterinary officers", None),
        (P, "Thabo Mokoena", "precautionary and temporary", None),
        (D, "Thabo Mokoena", "South Africa has to protect its own herd. We have had our own outbreaks and we know what "
            "they cost. As soon as we have the assurances we need, trade will resume,", None),
        (I, "Meat Board of Namibia", "about 120 000 weaners were exported to South Africa last year, worth more than "
            "N$1,4 billion", None),
        (I, "Wilhelm Kotz\u00e9", "farmers had been given no warning", None),
        (D, "Wilhelm Kotz\u00e9", "Some of our members had trucks on the road. They were turned back at Ariamsvlei with "
            "the animals inside,", None),
        (I, "Josephine Tjiriange", "she was feeding 300 weaners she had planned to sell last week, at a cost of about "
            "N$40 per animal per day", None),
        (D, "Josephine Tjiriange", "Every day they stay here costs me money. If this ban lasts until March, I am "
            "finished,", None),
        (I, "Tangeni Shilongo", "the suspension had exposed the industry's reliance on a single buyer", None),
        (D, "Tangeni Shilongo", "South Africa is not doing anything unusual here. Any country would do the same. The "
            "problem is that we have put all our eggs in one basket,", None),
    ],
    "actors": [
        actor("Petrus Nangombe", "person", title="Agriculture minister", affiliation="Namibia",
              aliases=["Petrus Nangombe", "Nangombe"], stance=-1),
        actor("Thabo Mokoena", "person", title="spokesperson", affiliation="South Africa's Department of Agriculture",
              aliases=["Thabo Mokoena", "Mokoena"], stance=1),
        actor("Meat Board of Namibia", "organisation", title="meat industry regulator",
              aliases=["Meat Board of Namibia"], stance=None),
        actor("Wilhelm Kotz\u00e9", "person", title="president", affiliation="Namibia Agricultural Union (NAU)",
              aliases=["Wilhelm Kotz\u00e9", "Kotz\u00e9"], stance=-1),
        actor("Josephine Tjiriange", "person", title="Otjiwarongo farmer",
              aliases=["Josephine Tjiriange", "Tjiriange"], stance=-1),
        actor("Tangeni Shilongo", "person", title="economist", affiliation="Simonis Storm",
              aliases=["Tangeni Shilongo", "Shilongo"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Express & Star football (Walsall's head coach after an FA Cup exit to non-league opposition),
#    headline with a straight single fragment "Hollins insists he is 'the right man' ..." (partial for
#    Hollins), byline with "Walsall correspondent", straight " and apostrophes, club nicknames
#    (Saddlers). Lede "has vowed to fight on" (not annotated); coach "said: "..." open at the end of its
#    line, then a closed paragraph, "added that A." then "He said he still had "..."" (indirect, then a
#    partial only); chairman "In a statement ..., the chairman said the board would "..." on the result
#    and that "..."" (two partials), then "the statement said" (the chairman); captain "told the Express
#    & Star the players had "..."" (partial only), quote with "Adeyemi said"; rival manager "said his
#    players had "..." after ..." (partial only), a quote split by "Fenwick said"; supporters' trust
#    "said A"; its chair "said fans' patience was "..."" (partial only), "she said"; phone-in caller "who
#    gave his name only as Kev, told BBC WM's ... phone-in that A".
ARTICLES[f"{BATCH}/walsall-hollins-fa-cup-exit.gold.json"] = {
    "article": f"{BATCH}/walsall-hollins-fa-cup-exit.txt",
    "target": "Danny Hollins",
    "quotes": [
        (P, "Danny Hollins", "the right man", "'the right man'"),
        (D, "Danny Hollins", "I'm the right man for this job. I've never been more sure of anything.", None),
        (D, "Danny Hollins", "Today was not good enough, I'll hold my hands up to that. But one bad afternoon doesn't "
            "undo 18 months of work.", None),
        (I, "Danny Hollins", "he had spoken to chairman Gary Dunmore on Saturday night", None),
        (P, "Danny Hollins", "his full backing", None),
        (P, "Gary Dunmore", "reflect", None),
        (P, "Gary Dunmore", "no decisions will be made in the heat of the moment", None),
        (D, "Gary Dunmore", "We all want the same thing, which is to see this club back in League One,", None),
        (P, "Reece Adeyemi", "let the gaffer down", None),
        (D, "Reece Adeyemi", "He puts everything into this club. It's on us, not him. We didn't win our battles and "
            "that's not on the manager,", None),
        (P, "Carl Fenwick", "earned every bit of it", None),
        (D, "Carl Fenwick", "I feel for Danny. He's a good coach and he'll turn it round,", None),
        (D, "Carl Fenwick", "But this is the best day of these lads' football lives and I won't apologise for that.",
            None),
        (I, "Walsall Supporters' Trust", "it would survey its 1,400 members on the direction of the club before the "
            "January transfer window", None),
        (P, "Sandra Brooks", "wearing thin", None),
        (D, "Sandra Brooks", "Nobody's calling for heads yet, but if we're still in the bottom half at Christmas, that "
            "conversation will happen,", None),
        (I, "Kev", "it was the worst Walsall performance he had seen in 30 years of watching the club", None),
    ],
    "actors": [
        actor("Danny Hollins", "person", title="Walsall head coach", affiliation="Walsall",
              aliases=["Danny Hollins", "Hollins", "Danny"], stance=1),
        actor("Gary Dunmore", "person", title="chairman", affiliation="Walsall", aliases=["Gary Dunmore", "Dunmore"],
              stance=0),
        actor("Reece Adeyemi", "person", title="Skipper", affiliation="Walsall", aliases=["Reece Adeyemi", "Adeyemi"],
              stance=1),
        actor("Carl Fenwick", "person", title="Hednesford boss", affiliation="Hednesford Town",
              aliases=["Carl Fenwick", "Fenwick"], stance=1),
        actor("Walsall Supporters' Trust", "organisation", title="supporters' trust",
              aliases=["Walsall Supporters' Trust"], stance=None),
        actor("Sandra Brooks", "person", title="Trust chair", affiliation="Walsall Supporters' Trust",
              aliases=["Sandra Brooks", "Brooks"], stance=-1),
        actor("Kev", "person", title="phone-in caller", aliases=["Kev"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Brownfield Ag News (farm radio network's website: a grain co-op closes country elevators),
#    headline without speech, byline and date lines, present-tense cues throughout ("says", "tells
#    Brownfield", "he says", "she says"), straight " and apostrophes, "percent". Lede "A northern Iowa
#    grain cooperative says A" (speaker the co-op, named in the next paragraph); CEO "tells Brownfield A",
#    two quotes with "he says", "He says A"; scare so-called "right-sizing" plan; farmer "says A", "he
#    says"; second farmer "says she's worried the co-op is "..." as it grows" (partial only); extension
#    economist "says A", "he says"; "According to the Iowa Department of Agriculture and Land Stewardship,
#    A"; board chairman "says A and that B" (one span).
ARTICLES[f"{BATCH}/prairie-horizon-elevator-closures.gold.json"] = {
    "article": f"{BATCH}/prairie-horizon-elevator-closures.txt",
    "target": "Prairie Horizon Cooperative",
    "quotes": [
        (I, "Prairie Horizon Cooperative", "it will close 11 of its smaller country elevators after next year's harvest",
            None),
        (I, "Brad Ostrander", "the locations handle less than 8 percent of the co-op's grain but account for nearly a "
            "quarter of its maintenance costs", None),
        (D, "Brad Ostrander", "Some of these elevators were built in the 1950s for 40-bushel corn and four-row "
            "planters. Our members are running 24-row planters and semis now, and those sites just can't keep up,",
            None),
        (I, "Brad Ostrander", "the co-op will invest about $60 million in expanding its shuttle-loading terminals at "
            "Algona and Garner, which can load a 110-car train in under ten hours", None),
        (D, "Brad Ostrander", "We're not walking away from anybody. Every member will still have a Prairie Horizon "
            "location within 25 miles of their farm,", None),
        (S, None, "right-sizing", None),
        (I, "Dale Erpelding", "the closure of the elevator at Lone Rock will add about 20 miles to each trip he makes "
            "during harvest", None),
        (D, "Dale Erpelding", "I understand the math. I just don't like being on the wrong end of it,", None),
        (P, "Emily Haack", "forgetting the little guy", None),
        (I, "Kurt Lindahl", "consolidation across the grain-handling industry has been under way for decades", None),
        (D, "Kurt Lindahl", "The economics of small elevators stopped working a long time ago. Prairie Horizon is "
            "doing what almost every co-op in the state has done or will do,", None),
        (I, "Iowa Department of Agriculture and Land Stewardship", "the number of licensed grain warehouses in the "
            "state has fallen by more than a third since 2000", None),
        (I, "Randy Schaller", "the decision was approved unanimously and that members will get a vote on the terminal "
            "expansion at a special meeting in March", None),
    ],
    "actors": [
        actor("Prairie Horizon Cooperative", "organisation", title="northern Iowa grain cooperative",
              aliases=["Prairie Horizon Cooperative", "Prairie Horizon"], stance=1),
        actor("Brad Ostrander", "person", title="CEO", affiliation="Prairie Horizon Cooperative",
              aliases=["Brad Ostrander", "Ostrander"], stance=1),
        actor("Dale Erpelding", "person", title="Kossuth County farmer", aliases=["Dale Erpelding", "Erpelding"],
              stance=0),
        actor("Emily Haack", "person", title="farmer near Titonka", aliases=["Emily Haack", "Haack"], stance=-1),
        actor("Kurt Lindahl", "person", title="extension economist", affiliation="Iowa State University",
              aliases=["Kurt Lindahl", "Lindahl"], stance=1),
        actor("Iowa Department of Agriculture and Land Stewardship", "government", affiliation="Iowa",
              aliases=["Iowa Department of Agriculture and Land Stewardship"], stance=None),
        actor("Randy Schaller", "person", title="Board chairman", affiliation="Prairie Horizon Cooperative",
              aliases=["Randy Schaller", "Schaller"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
