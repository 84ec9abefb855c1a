"""Build the test143 gold files (data/eval/test143/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test143/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test143.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test143"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Macau Daily Times business (a gaming concessionaire closes its satellite casinos), headline without
#    speech, "Staff Reporter" byline, curly “ ” and ’, British punctuation outside closing marks; lede
#    content before "the gaming concessionaire said yesterday" (the writer's "a move that ..." after the cue
#    is left out); "the company said the closures were “...” and that B" (partial plus indirect); scare
#    so-called “satellite” casinos; COO "told reporters ... that the company had “no intention” of ..."
#    (partial only), quote with "Leong said", "She added that A"; association "said A"; its president named
#    after his first stretch ("said the association’s president, Chan Kin Wa. “...”"), "Chan said A";
#    bureau "said it had “...” with ... and would follow up any complaint “...”" (two partials); lawmaker
#    "said A, and accused the government of having “...”" (indirect plus partial), quote with "she said";
#    anonymous analyst "was unmoved: “...”" (colon after a full clause); "According to the ... (DICJ), A";
#    dealer "Lam" (surname only) introduced without speech, quote with "she said".
ARTICLES[f"{BATCH}/lotus-crown-satellite-casino-closures.gold.json"] = {
    "article": f"{BATCH}/lotus-crown-satellite-casino-closures.txt",
    "target": "Lotus Crown Entertainment",
    "quotes": [
        (I, "Lotus Crown Entertainment", "Lotus Crown Entertainment will close its three remaining satellite casinos "
            "on the Macau peninsula by December 31", None),
        (P, "Lotus Crown Entertainment", "a commercial decision taken after careful review", None),
        (I, "Lotus Crown Entertainment", "all affected staff would be offered positions at its Cotai properties", None),
        (S, None, "satellite", "so-called “satellite”"),
        (P, "Vivian Leong Sio Man", "no intention", None),
        (D, "Vivian Leong Sio Man", "Every single employee at these venues will have a job with us on January 1. Nobody "
            "is being asked to leave, and nobody will earn less,", None),
        (I, "Vivian Leong Sio Man", "transport subsidies would be paid for twelve months to staff whose commute to Cotai "
            "became longer", None),
        (I, "Macau Gaming Employees’ Association", "it had received more than 80 complaints from members since the "
            "announcement, most of them from dealers in their fifties", None),
        (D, "Chan Kin Wa", "They say there is a job, but they do not say which job,", None),
        (D, "Chan Kin Wa", "A dealer with twenty years of experience can be sent to clean tables in a food court, and "
            "the company will still call it a transfer.", None),
        (I, "Chan Kin Wa", "the association would ask the Labour Affairs Bureau (DSAL) to monitor the transfers", None),
        (P, "Labour Affairs Bureau", "been in contact", None),
        (P, "Labour Affairs Bureau", "in accordance with the law", None),
        (I, "Ng Sio Lai", "the closures were the predictable result of the law’s three-year transition period", None),
        (P, "Ng Sio Lai", "no plan at all", None),
        (D, "Ng Sio Lai", "I don’t blame a company for following the law. But when these casinos go, the restaurants, "
            "the pawn shops and the taxi stands around them go too, and San Ma Lo will feel it first,", None),
        (D, "analyst at a Hong Kong brokerage", "The satellites were less than 4 percent of its gross gaming revenue "
            "last quarter. For the company, this is housekeeping.", None),
        (I, "Gaming Inspection and Coordination Bureau", "eleven satellite casinos were still operating in Macau at the "
            "end of September, down from 18 a year earlier", None),
        (D, "Lam", "I am not afraid of work. I am afraid of being told at 52 that I have to start again,", None),
    ],
    "actors": [
        actor("Lotus Crown Entertainment", "organisation", title="gaming concessionaire", affiliation=None,
              aliases=["Lotus Crown Entertainment", "Lotus Crown", "the gaming concessionaire", "the company"],
              stance=1),
        actor("Vivian Leong Sio Man", "person", title="chief operating officer", affiliation="Lotus Crown Entertainment",
              aliases=["Vivian Leong Sio Man", "Leong"], stance=1),
        actor("Macau Gaming Employees’ Association", "organisation", title="gaming workers' association",
              affiliation="Macau", aliases=["Macau Gaming Employees’ Association", "the association"], stance=-1),
        actor("Chan Kin Wa", "person", title="president", affiliation="Macau Gaming Employees’ Association",
              aliases=["Chan Kin Wa", "Chan"], stance=-1),
        actor("Labour Affairs Bureau", "government", title="labour bureau", affiliation="Macau",
              aliases=["Labour Affairs Bureau", "DSAL"], stance=0),
        actor("Ng Sio Lai", "person", title="lawmaker", affiliation="Macau Legislative Assembly",
              aliases=["Ng Sio Lai", "Lawmaker Ng Sio Lai"], stance=0),
        actor("analyst at a Hong Kong brokerage", "person", title="analyst (anonymous)", affiliation=None,
              aliases=["analyst at a Hong Kong brokerage"], stance=0),
        actor("Gaming Inspection and Coordination Bureau", "government", title="gaming regulator", affiliation="Macau",
              aliases=["Gaming Inspection and Coordination Bureau", "DICJ"], stance=None),
        actor("Lam", "person", title="dealer, 52", affiliation="Lotus Crown Entertainment", aliases=["Lam"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. NewsDay (Zimbabwe) local government (Harare's western suburbs without tap water), headline "... as council
#    blames power cuts" without quote marks, byline in capitals, lede "RESIDENTS of ... say A" (capitals),
#    straight " and apostrophes, British punctuation outside closing marks, "1 200 megalitres"; resident named
#    after her quote, then a quote-only paragraph; spokesperson "said A, and blamed the shortfall on ..." (the
#    blame is an act), quote split by "Chidzomba said", "He said the council had procured ..., which would be
#    installed "..."" (partial only); power utility "said in a statement that the waterworks were on a "..."
#    and had only been affected ..." (no second subject: partial only); residents' association chairperson
#    "dismissed the council's explanation as "..."" (partial), quote with "Nyoni said"; councillor "said A,
#    but that the council alone could not fix "..."" (indirect plus partial); health director "warned that
#    A", quote with "she said"; anonymous ministry official "told NewsDay the ministry was considering placing
#    ... "..."" (partial only), then "the official said"; vendor by first name only, quote split by "said a
#    vendor ... Tapiwa".
ARTICLES[f"{BATCH}/harare-western-suburbs-water-cuts.gold.json"] = {
    "article": f"{BATCH}/harare-western-suburbs-water-cuts.txt",
    "target": "Harare City Council",
    "quotes": [
        (I, "RESIDENTS of Harare's western suburbs", "they have gone without tap water for more than five weeks, with "
            "some families now buying 20-litre containers from vendors at US$1 each", None),
        (D, "Memory Chikwanha", "We wake up at 3am to queue at the borehole. By 6am the line is longer than the road,",
            None),
        (D, "Memory Chikwanha", "My children go to school without bathing. What kind of city is this?", None),
        (I, "Farai Chidzomba", "the council was pumping about 280 megalitres a day against a demand of 1 200 "
            "megalitres", None),
        (D, "Farai Chidzomba", "When Zesa switches off Morton Jaffray, we cannot pump. It is as simple as that,", None),
        (D, "Farai Chidzomba", "We are not hiding water from anyone.", None),
        (P, "Farai Chidzomba", "before the end of the month", None),
        (P, "Zimbabwe Electricity Transmission and Distribution Company", "priority feeder", None),
        (P, "Simbarashe Nyoni", "an excuse we have heard for 15 years", None),
        (D, "Simbarashe Nyoni", "The council collects water bills every month from people who have not seen water "
            "since October. That money should be going somewhere,", None),
        (I, "Tinashe Gumbo", "residents had a right to be angry", None),
        (P, "Tinashe Gumbo", "a national power problem", None),
        (I, "Rutendo Mabika", "the shortages raised the risk of cholera and typhoid, particularly in high-density "
            "suburbs", None),
        (D, "Rutendo Mabika", "We have already recorded 23 suspected typhoid cases in Kuwadzana since November 1,",
            None),
        (P, "official in the Ministry of Local Government", "under administration", None),
        (D, "official in the Ministry of Local Government", "The minister is running out of patience with the city "
            "fathers,", None),
        (D, "Tapiwa", "When there is no water, there is money,", None),
        (D, "Tapiwa", "But I also have a family that needs water.", None),
    ],
    "actors": [
        actor("RESIDENTS of Harare's western suburbs", "group", title="residents", affiliation=None,
              aliases=["RESIDENTS of Harare's western suburbs"], stance=-1),
        actor("Memory Chikwanha", "person", title="Kuwadzana resident, mother of three", affiliation=None,
              aliases=["Memory Chikwanha", "Chikwanha"], stance=-1),
        actor("Farai Chidzomba", "person", title="spokesperson", affiliation="Harare City Council",
              aliases=["Farai Chidzomba", "Chidzomba"], stance=1),
        actor("Zimbabwe Electricity Transmission and Distribution Company", "organisation", title="power utility",
              affiliation="Zimbabwe",
              aliases=["Zimbabwe Electricity Transmission and Distribution Company", "ZETDC"], stance=-1),
        actor("Simbarashe Nyoni", "person", title="chairperson",
              affiliation="Combined Harare Residents Association", aliases=["Simbarashe Nyoni", "Nyoni"], stance=-1),
        actor("Tinashe Gumbo", "person", title="Councillor, environment committee chairperson",
              affiliation="Harare City Council", aliases=["Tinashe Gumbo", "Councillor Tinashe Gumbo", "Gumbo"],
              stance=0),
        actor("Rutendo Mabika", "person", title="health services director (Dr)", affiliation="City of Harare",
              aliases=["Rutendo Mabika", "Dr Rutendo Mabika", "Mabika"], stance=None),
        actor("official in the Ministry of Local Government", "person", title="ministry official (anonymous)",
              affiliation="Ministry of Local Government",
              aliases=["official in the Ministry of Local Government", "the official"], stance=-1),
        actor("Tapiwa", "person", title="water vendor in Warren Park", affiliation=None, aliases=["Tapiwa"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. MaltaToday planning/politics (the Planning Authority approves a seafront tower), headline and standfirst
#    without speech (standfirst "residents' groups vow to appeal": no quote marks, not annotated), British
#    straight single quotes '...' for quotes and fragments, straight apostrophes (developer's, residents');
#    case officer's report "saying the tower would '...' ... and was '...'" (two partials); chairman "defended
#    the decision" (act), then a quote with "he said"; Q&A "Asked whether ..., he replied: '...'"; architect
#    "told the board the project would create '...'" (partial only), "he said"; NGO "said the decision showed
#    that ... had '...' and that the appeal process was '...'" (two partials); mayor "said A", "she said"; ERA
#    "said in a statement that it noted ... and would '...'" (no second subject: partial only); MP "said the
#    approval was '...' for residents and accused the government of turning the PA into '...'" (two
#    partials); government spokesperson "said A and that B"; anonymous board member "told MaltaToday that
#    several members had '...'" (partial only), then "the member said"; scare so-called '...' policy.
ARTICLES[f"{BATCH}/sliema-tower-planning-authority.gold.json"] = {
    "article": f"{BATCH}/sliema-tower-planning-authority.txt",
    "target": "Planning Authority",
    "quotes": [
        (P, "case officer", "dominate the skyline", None),
        (P, "case officer", "incompatible with the Urban Conservation Area", None),
        (D, "Joseph Camilleri Bonnici", "The board is not bound by the case officer. We looked at the economic "
            "benefits, at the public open space the developer is offering, and we took a decision,", None),
        (D, "Joseph Camilleri Bonnici", "Nobody pressured anyone. I resent the suggestion.", None),
        (P, "Mark Vella Zammit", "a public piazza where today there is a wall of garages", None),
        (D, "Mark Vella Zammit", "This is not a tower for the sake of a tower. It gives back to Sliema more than it "
            "takes,", None),
        (P, "Moviment Graffitti", "once again sided with speculators", None),
        (P, "Moviment Graffitti", "the only thing left standing between Sliema and the bulldozers", None),
        (I, "Daniela Grech Sant", "the local council would file an appeal before the Environment and Planning Review "
            "Tribunal", None),
        (D, "Daniela Grech Sant", "We have been told for ten years that every tower is the last one. Nobody in Sliema "
            "believes that any more,", None),
        (P, "Environment and Resources Authority", "study its implications", None),
        (P, "Karl Azzopardi Farrugia", "a slap in the face", None),
        (P, "Karl Azzopardi Farrugia", "a rubber stamp", None),
        (I, "government spokesperson", "the Planning Authority was an autonomous body and that the government did not "
            "comment on individual planning decisions", None),
        (P, "board member who voted against the project", "made up their minds before the hearing started", None),
        (D, "board member who voted against the project", "I have sat on this board for four years and I have never "
            "seen a vote this predictable,", None),
        (S, None, "height limitation adjustment policy", None),
    ],
    "actors": [
        actor("case officer", "person", title="Planning Authority case officer", affiliation="Planning Authority",
              aliases=["case officer"], stance=-1),
        actor("Joseph Camilleri Bonnici", "person", title="Planning Board chairman", affiliation="Planning Authority",
              aliases=["Joseph Camilleri Bonnici", "Camilleri Bonnici"], stance=1),
        actor("Mark Vella Zammit", "person", title="architect", affiliation="Tigné Heights Developments",
              aliases=["Mark Vella Zammit", "Vella Zammit"], stance=1),
        actor("Moviment Graffitti", "organisation", title="activist group", affiliation=None,
              aliases=["Moviment Graffitti"], stance=-1),
        actor("Daniela Grech Sant", "person", title="Sliema mayor", affiliation="Sliema local council",
              aliases=["Daniela Grech Sant", "Grech Sant"], stance=-1),
        actor("Environment and Resources Authority", "government", title="environmental regulator",
              affiliation="Malta", aliases=["Environment and Resources Authority", "ERA"], stance=0),
        actor("Karl Azzopardi Farrugia", "person", title="Nationalist MP", affiliation="Nationalist Party",
              aliases=["Karl Azzopardi Farrugia", "Azzopardi Farrugia"], stance=-1),
        actor("government spokesperson", "person", title="government spokesperson", affiliation="Government of Malta",
              aliases=["government spokesperson"], stance=0),
        actor("board member who voted against the project", "person", title="Planning Board member (anonymous)",
              affiliation="Planning Authority",
              aliases=["board member who voted against the project", "the member"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Marine Log (US maritime trade press) shipbuilding (a yard's hybrid ferry delivery slips), headline
#    without speech, "By Marine Log Staff" and date lines, straight " and apostrophes, US punctuation inside
#    closing marks; lede content before "the Bayou La Batre, AL, shipbuilder confirmed this week"; "Pelican
#    Bend said the delay was due to "..." from ... and to "..."" (two partials); image caption ending with a
#    credit "(Image: Pelican Bend Shipbuilding)" (not annotated); president "told Marine Log that A and that
#    B" (one span), quote split by "Thibodeaux said", "He said A"; quote first, then "its executive director,
#    Karen Osterberg, said" (its = the ferry authority), "She said A and would B" (one span); supplier "said
#    in an emailed statement that A and that "..."" (indirect plus partial); anonymous naval architect "said
#    A", then "the naval architect said"; "According to the authority, A" (the authority, separate from its
#    director); rider-group chair named after the quote; scare so-called "hot-work window," (comma inside).
ARTICLES[f"{BATCH}/pelican-bend-hybrid-ferry-delay.gold.json"] = {
    "article": f"{BATCH}/pelican-bend-hybrid-ferry-delay.txt",
    "target": "Pelican Bend Shipbuilding",
    "quotes": [
        (I, "Pelican Bend Shipbuilding", "Pelican Bend Shipbuilding has pushed back delivery of the first of two 150-car "
            "diesel-electric hybrid ferries for the North Sound Ferry Authority to the second quarter of 2027", None),
        (P, "Pelican Bend Shipbuilding", "late delivery of the battery and propulsion package", None),
        (P, "Pelican Bend Shipbuilding", "design changes requested by the owner after contract signing.", None),
        (I, "Russell Thibodeaux", "the hull and superstructure of the first vessel were complete and that outfitting "
            "was about 60 percent done", None),
        (D, "Russell Thibodeaux", "We are not going to put a vessel in the water that isn't right. The batteries are "
            "the heart of this boat, and we don't have them yet,", None),
        (D, "Russell Thibodeaux", "When they arrive, we'll move fast.", None),
        (I, "Russell Thibodeaux", "the yard had added a second shift to recover part of the schedule", None),
        (D, "Karen Osterberg", "The change orders we issued were small, and they were issued in the first six months. "
            "They don't explain a nine-month slip,", None),
        (I, "Karen Osterberg", "the authority was withholding a $4.2 million milestone payment and would seek "
            "liquidated damages of $15,000 for each day of delay", None),
        (I, "Fjordcell AS", "it had shipped the first battery system on schedule", None),
        (P, "Fjordcell AS", "any suggestion to the contrary is incorrect.", None),
        (I, "naval architect familiar with the project", "both sides had a point", None),
        (D, "naval architect familiar with the project", "The owner did change the vessel, and the yard did underbid "
            "it. That's the honest version,", None),
        (I, "North Sound Ferry Authority", "the two ferries are budgeted at $187 million, with 80 percent funded "
            "through the Federal Transit Administration's ferry grant program", None),
        (D, "Dana Whitcomb", "Every month they're late is another month on boats older than I am,", None),
        (S, None, "hot-work window,", None),
    ],
    "actors": [
        actor("Pelican Bend Shipbuilding", "organisation", title="shipbuilder", affiliation=None,
              aliases=["Pelican Bend Shipbuilding", "Pelican Bend", "the yard"], stance=1),
        actor("Russell Thibodeaux", "person", title="president", affiliation="Pelican Bend Shipbuilding",
              aliases=["Russell Thibodeaux", "Thibodeaux"], stance=1),
        actor("Karen Osterberg", "person", title="executive director", affiliation="North Sound Ferry Authority",
              aliases=["Karen Osterberg", "Osterberg"], stance=-1),
        actor("Fjordcell AS", "organisation", title="battery supplier", affiliation="Norway",
              aliases=["Fjordcell AS", "Fjordcell"], stance=-1),
        actor("naval architect familiar with the project", "person", title="naval architect (anonymous)",
              affiliation=None, aliases=["naval architect familiar with the project", "the naval architect"],
              stance=0),
        actor("North Sound Ferry Authority", "organisation", title="ferry operator (owner)", affiliation=None,
              aliases=["North Sound Ferry Authority", "the authority", "The ferry authority"], stance=None),
        actor("Dana Whitcomb", "person", title="chair", affiliation="North Sound Riders Coalition",
              aliases=["Dana Whitcomb", "Whitcomb"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
