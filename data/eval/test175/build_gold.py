"""Build the test175 gold files (data/eval/test175/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test175/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test175.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test175"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Financial Express (Bangladesh) business/trade (a port storage surcharge), headline without speech, "FE Report",
#    dateline "CHATTOGRAM, Dec 3:", straight quotes; lede content before "the Chittagong Port Authority (CPA) said";
#    "The port authority said in a circular that A"; chairman named after his quote ("told reporters"), then "He said A";
#    "According to CPA data, A"; BGMEA vice-president "said the surcharge was "..." and that B" (partial plus indirect),
#    then a quote split by "he said" whose second stretch runs open to the end of its paragraph, and a quote-only
#    paragraph; anonymous customs official "told The Financial Express that ... took "..." ... and that B" (partial plus
#    indirect); association "said in a statement that A, but warned that B" (two indirects); scare so-called "green
#    channel"; researcher named after the first stretch of a split quote; Q&A "Asked about ..., Rahman said A and would
#    B" (one span); ministry spokesperson "said A".
ARTICLES[f"{BATCH}/chattogram-port-storage-surcharge.gold.json"] = {
    "article": f"{BATCH}/chattogram-port-storage-surcharge.txt",
    "target": "Chittagong Port Authority",
    "quotes": [
        (I, "Chittagong Port Authority", "Containers left at Chattogram port for more than four days after unloading will "
            "be charged four times the current storage rent from January 1", None),
        (I, "Chittagong Port Authority", "the new rates were needed to clear congestion in its yards, which were holding "
            "about 41,000 TEUs (twenty-foot equivalent units) against a capacity of 53,000 TEUs", None),
        (D, "Mahbub Rahman", "We cannot allow the port to be used as a free warehouse. Every box that sits in the yard for "
            "two weeks blocks a ship that is waiting at the outer anchorage,", None),
        (I, "Mahbub Rahman", "ships were waiting an average of three days for a berth, up from less than a day in June",
            None),
        (I, "Chittagong Port Authority", "the average dwell time of import containers rose to 11 days in November from "
            "seven days a year earlier", None),
        (P, "Shahidul Alam Chowdhury", "a penalty on the victims", None),
        (I, "Shahidul Alam Chowdhury", "most delays were caused by the customs process, not by importers", None),
        (D, "Shahidul Alam Chowdhury", "Our containers do not sit in the yard because we want them to,", None),
        (D, "Shahidul Alam Chowdhury", "They sit there because customs has not released them, because the lab test has "
            "not come back, because the truck cannot get into the port.", None),
        (D, "Shahidul Alam Chowdhury", "Now the port wants us to pay for all of that, in a year when orders are already "
            "down.", None),
        (P, "senior official of the Chattogram Custom House", "no more than 48 hours", None),
        (I, "senior official of the Chattogram Custom House", "the port was right to charge importers who left their "
            "boxes in the yard for weeks", None),
        (I, "Bangladesh Shipping Agents' Association", "it supported any measure to reduce congestion", None),
        (I, "Bangladesh Shipping Agents' Association", "the timing, weeks before the peak shipping season for "
            "spring-summer orders, could push up freight costs", None),
        (S, None, "green channel", None),
        (D, "Farzana Haque", "The surcharge will move boxes for a while, and that is good,", None),
        (D, "Farzana Haque", "But it treats the symptom. The real problem is that the port handles 30 per cent more boxes "
            "than it did five years ago with the same yard space.", None),
        (I, "Mahbub Rahman", "the authority had consulted trade bodies in October and would review the rates after three "
            "months", None),
        (I, "commerce ministry spokesperson", "the ministry would hold a meeting with the CPA, customs and exporters' "
            "bodies next week", None),
    ],
    "actors": [
        actor("Chittagong Port Authority", "organisation", title="port authority", affiliation="Bangladesh",
              aliases=["Chittagong Port Authority", "CPA", "port authority"], stance=1),
        actor("Mahbub Rahman", "person", title="CPA Chairman, Rear Admiral", affiliation="Chittagong Port Authority",
              aliases=["Mahbub Rahman", "Rahman", "Rear Admiral Mahbub Rahman"], stance=1),
        actor("Shahidul Alam Chowdhury", "person", title="vice-president",
              affiliation="Bangladesh Garment Manufacturers and Exporters Association",
              aliases=["Shahidul Alam Chowdhury", "Chowdhury"], stance=-1),
        actor("senior official of the Chattogram Custom House", "person", title="customs official (anonymous)",
              affiliation="Chattogram Custom House", aliases=["senior official of the Chattogram Custom House"], stance=1),
        actor("Bangladesh Shipping Agents' Association", "organisation", title="shipping agents' association",
              affiliation="Bangladesh", aliases=["Bangladesh Shipping Agents' Association"], stance=0),
        actor("Farzana Haque", "person", title="research director", affiliation="Policy Research Forum (Dhaka)",
              aliases=["Farzana Haque", "Haque"], stance=0),
        actor("commerce ministry spokesperson", "person", title="spokesperson", affiliation="commerce ministry",
              aliases=["commerce ministry spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Daily Mercury (Mackay, Queensland) local government (the council votes to close a town's pool), headline without
#    speech, byline, lede opening "WALKERSTON’s", curly “ ” and ’, "Cr", "Ms", "$2.4 million", British punctuation
#    outside closing marks for fragments; mayor "said the decision had been “...” but that B" (partial plus indirect),
#    quote split by "she said"; "According to council figures, A"; scare so-called “aquatic facilities strategy”;
#    councillor "accused the majority of “...”" (partial), quote split by "Cr Bellamy said"; group "Walkerston residents
#    said A and that B" (one span); petition organiser "said A", quote with "Ms Moffat said", a quote-only paragraph,
#    then "She said A"; club "said in a Facebook post that A and that members were “...”" (indirect plus partial);
#    society spokesperson "said A"; reported question "was asked whether ..." (not annotated), answer with "she
#    replied"; photo caption "Picture: ..." (not annotated).
ARTICLES[f"{BATCH}/walkerston-pool-closure-vote.gold.json"] = {
    "article": f"{BATCH}/walkerston-pool-closure-vote.txt",
    "target": "Mackay Regional Council",
    "quotes": [
        (P, "Julie Brannigan", "the hardest of the term", None),
        (I, "Julie Brannigan", "the council could not justify spending ratepayers’ money on a pool used by fewer than 40 "
            "people a day", None),
        (D, "Julie Brannigan", "I grew up swimming in that pool, so don’t think this was easy,", None),
        (D, "Julie Brannigan", "But the engineers told us the tank is cracked in three places, and patching it would buy "
            "us five years at most.", None),
        (I, "Mackay Regional Council", "attendance at the pool has fallen by half since 2019, while running costs have "
            "risen to $310,000 a year", None),
        (S, None, "aquatic facilities strategy", None),
        (P, "Martin Bellamy", "treating Walkerston as an afterthought", None),
        (D, "Martin Bellamy", "We are taking something from a small town that the big suburbs would never lose,", None),
        (D, "Martin Bellamy", "Nobody on this council would dream of closing a pool in Andergrove.", None),
        (I, "Walkerston residents", "the nearest alternative, in Mackay, was a 20-minute drive each way and that lessons "
            "there were booked out until March", None),
        (I, "Kerri-Anne Moffat", "the council had let the facility run down for a decade", None),
        (D, "Kerri-Anne Moffat", "They keep telling us it’s about numbers. Put shade over it, run proper learn-to-swim "
            "lessons, and the numbers will come,", None),
        (D, "Kerri-Anne Moffat", "This is where every kid in Walkerston learns to swim. In a region full of creeks and "
            "dams, that is not a luxury.", None),
        (I, "Kerri-Anne Moffat", "she would take the petition to the state member for Mirani before Christmas", None),
        (I, "Walkerston Amateur Swimming Club", "it would move its Saturday carnivals to Mackay from February", None),
        (P, "Walkerston Amateur Swimming Club", "heartbroken", None),
        (I, "Royal Life Saving Society Queensland spokesperson", "children in regional Queensland were almost twice as "
            "likely to drown as children in the state’s southeast", None),
        (D, "Julie Brannigan", "Bring us a business plan and we will read it,", None),
    ],
    "actors": [
        actor("Julie Brannigan", "person", title="Mayor", affiliation="Mackay Regional Council",
              aliases=["Julie Brannigan", "Brannigan", "Mayor Julie Brannigan", "Cr Brannigan"], stance=1),
        actor("Mackay Regional Council", "government", title="regional council", affiliation="Queensland",
              aliases=["Mackay Regional Council", "council"], stance=1),
        actor("Martin Bellamy", "person", title="councillor", affiliation="Mackay Regional Council",
              aliases=["Martin Bellamy", "Bellamy", "Cr Martin Bellamy", "Cr Bellamy"], stance=-1),
        actor("Walkerston residents", "group", title="residents", affiliation="Walkerston",
              aliases=["Walkerston residents"], stance=-1),
        actor("Kerri-Anne Moffat", "person", title="petition organiser", affiliation=None,
              aliases=["Kerri-Anne Moffat", "Moffat", "Ms Moffat"], stance=-1),
        actor("Walkerston Amateur Swimming Club", "organisation", title="swimming club", affiliation="Walkerston",
              aliases=["Walkerston Amateur Swimming Club"], stance=-1),
        actor("Royal Life Saving Society Queensland spokesperson", "person", title="spokesperson",
              affiliation="Royal Life Saving Society Queensland",
              aliases=["Royal Life Saving Society Queensland spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Personnel Today (UK HR trade press) employment law (a tribunal finds an algorithm-led dismissal unfair), headline
#    with a curly single fragment "Judge criticises ‘blind reliance’ ...", section and byline lines, curly single
#    ‘...’ with ’ apostrophes; scare ‘idle time’ in the lede (nobody is said to have said it); "The tribunal ... heard
#    that" (not a cue); judge "said in her written reasons that the company had placed ‘...’ on ... and had never asked
#    ..." (partial only: no second subject), quote continued after "the judge said."; "She added that ... had been ‘...’
#    from ..." (partial only); organiser in an apposition "told Personnel Today: ‘...’"; claimant "said she felt ‘...’
#    but would not be returning" (partial only), "she said"; company spokesperson "said the company was ‘...’ with the
#    decision and that it was considering an appeal" (partial plus indirect), "the spokesperson added", "The spokesperson
#    said A"; lawyer "said A", "he said"; "According to the CIPD, A"; "Acas guidance ... says A" (indirect).
ARTICLES[f"{BATCH}/warehouse-picker-algorithm-tribunal.gold.json"] = {
    "article": f"{BATCH}/warehouse-picker-algorithm-tribunal.txt",
    "target": "Harrowgate Fulfilment",
    "quotes": [
        (P, "Helen Marwood", "blind reliance", "Judge criticises"),
        (S, None, "idle time", None),
        (P, "Helen Marwood", "blind reliance", "Employment Judge Helen Marwood said"),
        (D, "Helen Marwood", "A manager who had spoken to the claimant for five minutes would have learned that she was "
            "caring for her husband after his stroke and had asked for a change of shift,", None),
        (D, "Helen Marwood", "No one did.", None),
        (P, "Helen Marwood", "predetermined", None),
        (D, "Carl Hesketh", "Margaret gave that company 11 years. They replaced a conversation with a spreadsheet.", None),
        (P, "Margaret Dunmore", "vindicated", None),
        (D, "Margaret Dunmore", "I just want other people on that floor to know they can challenge it,", None),
        (P, "Harrowgate Fulfilment spokesperson", "disappointed", None),
        (I, "Harrowgate Fulfilment spokesperson", "it was considering an appeal", None),
        (D, "Harrowgate Fulfilment spokesperson", "Productivity data is one tool among many, and every case is reviewed "
            "by a manager before any action is taken,", None),
        (I, "Harrowgate Fulfilment spokesperson", "the scanner system had been introduced with the agreement of employee "
            "representatives in 2022", None),
        (I, "Tom Ashworth", "the case was a warning to employers that rely on automated monitoring", None),
        (D, "Tom Ashworth", "Tribunals are not against technology. What they will not accept is a dismissal where nobody "
            "can explain the decision except by pointing at a screen,", None),
        (I, "CIPD", "around one in four UK employers now uses some form of electronic performance monitoring", None),
        (I, "Acas", "employers should tell staff what is being monitored and why, and should not rely on monitoring data "
            "alone when deciding on disciplinary action", None),
    ],
    "actors": [
        actor("Helen Marwood", "person", title="Employment Judge", affiliation="employment tribunal (Nottingham)",
              aliases=["Helen Marwood", "Marwood", "Employment Judge Helen Marwood", "Judge", "the judge"], stance=-1),
        actor("Carl Hesketh", "person", title="regional organiser", affiliation="GMB union",
              aliases=["Carl Hesketh", "Hesketh"], stance=-1),
        actor("Margaret Dunmore", "person", title="warehouse picker, claimant", affiliation=None,
              aliases=["Margaret Dunmore", "Dunmore", "Ms Dunmore", "Margaret"], stance=-1),
        actor("Harrowgate Fulfilment spokesperson", "person", title="spokesperson", affiliation="Harrowgate Fulfilment Ltd",
              aliases=["Harrowgate Fulfilment spokesperson", "the spokesperson", "The spokesperson"], stance=1),
        actor("Tom Ashworth", "person", title="partner", affiliation="Ashworth Kemp (Leeds)",
              aliases=["Tom Ashworth", "Ashworth"], stance=-1),
        actor("CIPD", "organisation", title="HR professional body", affiliation="UK", aliases=["CIPD"], stance=None),
        actor("Acas", "organisation", title="conciliation service (its guidance)", affiliation="UK", aliases=["Acas"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. El Universal in English (Mexico) health/utilities (water cuts from the Cutzamala System), headline with a curly
#    fragment "Conagua defends ... as “necessary” ...", byline and date lines, dateline "MEXICO CITY.-", curly “ ” and ’,
#    Spanish double surnames (Benítez Solís -> Benítez, Quintero Maldonado -> Quintero, Sandoval Ruiz -> Sandoval);
#    lede content before "the National Water Commission (Conagua) said"; director in an apposition "said the reduction
#    was “...” and that B" (partial plus indirect), quote with "Benítez told a press conference", quote split by "he
#    added."; "According to Conagua, A"; borough mayor "said A", "Quintero said"; group "Residents of Santa Martha
#    Acatitla said A and that B" (one span); resident named after her quote; scare so-called “tandeo” (glossed);
#    researcher "told El Universal that the cuts were “...” but that B" (partial plus indirect), "he said"; city water
#    system "said in a statement that A and that B" (one span); anonymous engineer "who asked not to be named said A".
ARTICLES[f"{BATCH}/cutzamala-water-cuts-conagua.gold.json"] = {
    "article": f"{BATCH}/cutzamala-water-cuts-conagua.txt",
    "target": "Conagua",
    "quotes": [
        (P, "Conagua", "necessary", "Conagua defends"),
        (I, "Conagua", "The flow of water from the Cutzamala System to Mexico City and the State of Mexico will be reduced "
            "by 12 percent from next Monday", None),
        (P, "Arturo Benítez Solís", "necessary and temporary", None),
        (I, "Arturo Benítez Solís", "the alternative was much deeper cuts in April and May", None),
        (D, "Arturo Benítez Solís", "If we do nothing now, in April we will be talking about 30 or 40 percent, and nobody "
            "wants that,", None),
        (D, "Arturo Benítez Solís", "We are not going to run out of water,", None),
        (D, "Arturo Benítez Solís", "But every household has to understand that this is a shared effort.", None),
        (I, "Conagua", "the three main reservoirs of the system, Valle de Bravo, El Bosque and Villa Victoria, held 356 "
            "million cubic meters on Monday, compared with 512 million a year earlier", None),
        (I, "Rosalba Quintero Maldonado", "her borough, where several neighborhoods already depend on tanker trucks, would "
            "be hit hardest", None),
        (D, "Rosalba Quintero Maldonado", "Conagua announces cuts from an office in Coyoacán, but the people who carry "
            "buckets are in Iztapalapa,", None),
        (I, "Residents of Santa Martha Acatitla", "water had been arriving only two days a week since October and that no "
            "one from Conagua had come to explain the cuts", None),
        (D, "Guadalupe Hernández", "We fill the tinaco when it comes and we pray,", None),
        (S, None, "tandeo", None),
        (P, "Ignacio Sandoval Ruiz", "reasonable", None),
        (I, "Ignacio Sandoval Ruiz", "the capital loses about 40 percent of its drinking water to leaks before it reaches "
            "a tap", None),
        (D, "Ignacio Sandoval Ruiz", "Conagua can only manage the water that arrives. The leaks are a city problem, and "
            "they have been for 40 years,", None),
        (I, "Mexico City Water System", "it would send 1,200 tanker trucks to the most affected neighborhoods and that "
            "repair crews had fixed 3,400 leaks so far this year", None),
        (I, "Conagua engineer", "the reduction could be extended into June if the rainy season started late, as it did in "
            "2024", None),
    ],
    "actors": [
        actor("Conagua", "government", title="National Water Commission", affiliation="Mexico",
              aliases=["Conagua", "National Water Commission", "the agency"], stance=1),
        actor("Arturo Benítez Solís", "person", title="director for the Valley of Mexico basin", affiliation="Conagua",
              aliases=["Arturo Benítez Solís", "Benítez"], stance=1),
        actor("Rosalba Quintero Maldonado", "person", title="mayor of Iztapalapa", affiliation="Iztapalapa",
              aliases=["Rosalba Quintero Maldonado", "Quintero"], stance=-1),
        actor("Residents of Santa Martha Acatitla", "group", title="residents", affiliation="Santa Martha Acatitla",
              aliases=["Residents of Santa Martha Acatitla"], stance=-1),
        actor("Guadalupe Hernández", "person", title="quesadilla seller, 61", affiliation=None,
              aliases=["Guadalupe Hernández", "Hernández"], stance=None),
        actor("Ignacio Sandoval Ruiz", "person", title="researcher, Institute of Engineering",
              affiliation="National Autonomous University of Mexico (UNAM)",
              aliases=["Ignacio Sandoval Ruiz", "Sandoval"], stance=1),
        actor("Mexico City Water System", "government", title="city water utility", affiliation="Mexico City",
              aliases=["Mexico City Water System", "Sacmex"], stance=None),
        actor("Conagua engineer", "person", title="engineer (anonymous)", affiliation="Conagua",
              aliases=["Conagua engineer"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
