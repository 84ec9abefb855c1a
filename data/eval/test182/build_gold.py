"""Build the test182 gold files (data/eval/test182/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test182/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test182.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test182"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Hiiraan Online (Somalia) health/humanitarian (cholera in displacement camps), headline without speech, dateline
#    "Baidoa (HOL) —", straight " and apostrophes; lede content before "the Federal Ministry of Health said on Sunday,
#    as aid agencies warned that B" (two speakers, two indirects); "In a statement, the ministry said A and that B";
#    minister's quote first, then "Health Minister Dr. Hodan Warsame told reporters in Baidoa on Sunday.", then a
#    quote-only paragraph; scare so-called "deyr" rains (glossed); WHO head in an apposition "said the ministry had
#    responded "..." but that B" (partial plus indirect); MSF "said A"; coordinator named after her quote; camp leader
#    "said A", quote with "he said"; mother "said A", quote split by "she said."; anonymous aid official "who asked not
#    to be named ..., said A", quote with "the official said."; "According to the UN Office ... (OCHA), A"; "The ministry
#    has appealed for ..." (not annotated).
ARTICLES[f"{BATCH}/baidoa-cholera-camps.gold.json"] = {
    "article": f"{BATCH}/baidoa-cholera-camps.txt",
    "target": "Federal Ministry of Health",
    "quotes": [
        (I, "Federal Ministry of Health", "Health authorities have recorded more than 1,400 suspected cholera cases in "
            "displacement camps around Baidoa since mid-November", None),
        (I, "aid agencies", "funding cuts had left treatment centres short of staff and supplies", None),
        (I, "Federal Ministry of Health", "23 people had died and that oral vaccination would begin in the five "
            "worst-affected camps next week", None),
        (D, "Hodan Warsame", "We are fighting this outbreak with the tools we have, and the tools are not enough,", None),
        (D, "Hodan Warsame", "The international community must not look away from Somalia now. Cholera does not wait for "
            "the next donor conference.", None),
        (S, None, "deyr", None),
        (P, "Peter Nyambura", "quickly and transparently", None),
        (I, "Peter Nyambura", "the case fatality rate of 1.6 percent was well above the emergency threshold of one percent",
            None),
        (I, "Médecins Sans Frontières", "its 60 beds had been full for ten days", None),
        (D, "Amina Odhiambo", "We are putting patients on mats in the corridor. We have never had this many children at "
            "once,", None),
        (I, "Ibrahim Aden Mursal", "residents had waited a week for chlorine tablets after the first cases were reported",
            None),
        (D, "Ibrahim Aden Mursal", "People drink from the same water point they wash in. We told the district in November, "
            "and we told them again,", None),
        (I, "Fadumo Hassan", "health workers arrived in her part of the camp the day after his burial", None),
        (D, "Fadumo Hassan", "Nobody told us the water was bad,", None),
        (D, "Fadumo Hassan", "If someone had come one week before, maybe he would be alive.", None),
        (I, "aid official in Baidoa", "government surveillance teams had been slow to report the first cases", None),
        (D, "aid official in Baidoa", "The first patients were seen in early November. The alert came two weeks later,",
            None),
        (I, "UN Office for the Coordination of Humanitarian Affairs", "the 2026 humanitarian plan for Somalia is only 31 "
            "percent funded", None),
    ],
    "actors": [
        actor("Federal Ministry of Health", "government", title="federal health ministry", affiliation="Somalia",
              aliases=["Federal Ministry of Health", "the ministry"], stance=0),
        actor("aid agencies", "group", title="aid agencies", affiliation=None, aliases=["aid agencies"], stance=None),
        actor("Hodan Warsame", "person", title="Health Minister", affiliation="Somalia",
              aliases=["Hodan Warsame", "Warsame", "Dr. Hodan Warsame"], stance=1),
        actor("Peter Nyambura", "person", title="head of the WHO office in Somalia", affiliation="World Health Organization",
              aliases=["Peter Nyambura", "Nyambura", "Dr. Peter Nyambura"], stance=0),
        actor("Médecins Sans Frontières", "organisation", title="medical charity", affiliation=None,
              aliases=["Médecins Sans Frontières", "MSF"], stance=None),
        actor("Amina Odhiambo", "person", title="project coordinator in Baidoa", affiliation="Médecins Sans Frontières",
              aliases=["Amina Odhiambo", "Odhiambo"], stance=None),
        actor("Ibrahim Aden Mursal", "person", title="camp leader", affiliation="Daarusalaam camp",
              aliases=["Ibrahim Aden Mursal", "Mursal"], stance=-1),
        actor("Fadumo Hassan", "person", title="mother of six", affiliation="Daarusalaam camp",
              aliases=["Fadumo Hassan", "Hassan"], stance=-1),
        actor("aid official in Baidoa", "person", title="aid official (anonymous)", affiliation=None,
              aliases=["aid official in Baidoa", "the official"], stance=-1),
        actor("UN Office for the Coordination of Humanitarian Affairs", "organisation", title="UN humanitarian office",
              affiliation="United Nations", aliases=["UN Office for the Coordination of Humanitarian Affairs", "OCHA"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Focus Taiwan (CNA English news) science/space (a new satellite's solar panel fails to deploy), headline with a
#    straight single fragment "TASA says Yushan-1 satellite 'not lost' ...", dateline "Taipei, Dec. 8 (CNA)", straight
#    " and apostrophes, Chinese name order (Huang Kuo-ping -> Huang); agency "said Tuesday that A, but insisted B" (two
#    indirects); director-general "told reporters ... that A and that B", quote with "Huang said.", "He said A"; Q&A
#    "Asked whether ..., Huang said: "...""; "According to TASA, A"; scare so-called "national team"; legislator in a
#    relative-clause apposition "said TASA owed the public "..." of ..." (partial only), quote with "Lin told CNA.";
#    professor "said hinge failures were "..." for ... and that B" (partial plus indirect), quote with "Chang said.";
#    council "said in a statement that it A and would B" (one span); "(By ...)" and "Enditem/ls" lines.
ARTICLES[f"{BATCH}/yushan-1-satellite-solar-panel.gold.json"] = {
    "article": f"{BATCH}/yushan-1-satellite-solar-panel.txt",
    "target": "Taiwan Space Agency",
    "quotes": [
        (P, "Taiwan Space Agency", "not lost", "TASA says Yushan-1"),
        (I, "Taiwan Space Agency", "its Yushan-1 ocean observation satellite, launched last week from California, had "
            "failed to fully deploy one of its two solar panels", None),
        (I, "Taiwan Space Agency", "the mission could still be saved", None),
        (I, "Huang Kuo-ping", "engineers had established stable contact with the satellite and that its battery was "
            "charging at about 60 percent of the planned rate", None),
        (D, "Huang Kuo-ping", "The satellite is not lost. It is talking to us every 90 minutes, and every pass gives us "
            "more data about the hinge,", None),
        (I, "Huang Kuo-ping", "the agency would try to free the panel by turning the satellite so that the hinge mechanism "
            "warms in direct sunlight", None),
        (D, "Huang Kuo-ping", "Every test on the ground passed. Space is a different environment, and we will find out what "
            "was different.", None),
        (I, "Taiwan Space Agency", "about 82 percent of the satellite's components were made in Taiwan, the highest share of "
            "any Taiwanese satellite to date", None),
        (S, None, "national team", None),
        (P, "Lin Mei-hua", "a full account", None),
        (D, "Lin Mei-hua", "This is taxpayers' money. When something goes wrong, we should hear about it from the agency, "
            "not from amateur radio enthusiasts online,", None),
        (P, "Chang Wen-chieh", "not unusual", None),
        (I, "Chang Wen-chieh", "most were resolved within weeks", None),
        (D, "Chang Wen-chieh", "I would not call this a failure yet. I would call it a bad first week,", None),
        (I, "National Science and Technology Council", "it fully supported the agency's handling of the fault and would "
            "review the results of the recovery attempt with TASA in January", None),
    ],
    "actors": [
        actor("Taiwan Space Agency", "government", title="national space agency", affiliation="Taiwan",
              aliases=["Taiwan Space Agency", "TASA"], stance=1),
        actor("Huang Kuo-ping", "person", title="Director-General", affiliation="Taiwan Space Agency",
              aliases=["Huang Kuo-ping", "Huang"], stance=1),
        actor("Lin Mei-hua", "person", title="Legislator", affiliation="Kuomintang (KMT)",
              aliases=["Lin Mei-hua", "Lin"], stance=-1),
        actor("Chang Wen-chieh", "person", title="professor of space science", affiliation="National Central University",
              aliases=["Chang Wen-chieh", "Chang"], stance=1),
        actor("National Science and Technology Council", "government", title="science council (oversees TASA)",
              affiliation="Taiwan", aliases=["National Science and Technology Council", "NSTC"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Amandala (Belize) labour/politics (the teachers' union threatens a strike over an unpaid salary tranche), headline
#    "BNTU warns of strike over "broken promise"", standfirst without speech, "BELIZE CITY, Mon. Dec. 7, 2026" line,
#    straight " and apostrophes, "GOB"; "has given the Government ... 14 days to pay ..." (an act); president "said the
#    government had signed the agreement "..." and had now "..." to ..." (two partials), quote with "Flowers said."
#    then an open quote-only paragraph and a closed one; scare so-called "red day"; minister "told Amandala on Tuesday
#    that A but that B" (one span), quote with "he said"; "According to the Ministry of Finance, A"; opposition "said in
#    a release that the government had found money for "..." but not for ..." (partial only); union congress "said A
#    and would B" (one span); parent "said A"; parent named after his quote ("said Wilbert Gentle, a father of three,
#    who ...").
ARTICLES[f"{BATCH}/bntu-salary-strike-warning.gold.json"] = {
    "article": f"{BATCH}/bntu-salary-strike-warning.txt",
    "target": "Government of Belize",
    "quotes": [
        (P, "Belize National Teachers' Union", "broken promise", None),
        (P, "Maritza Flowers", "in front of the whole country", None),
        (P, "Maritza Flowers", "broken its promise", None),
        (D, "Maritza Flowers", "We did not ask for anything new. We asked them to pay what they signed. Teachers have been "
            "patient enough,", None),
        (D, "Maritza Flowers", "If we do not see the money by December 21, we will meet with our branches and we will "
            "decide on action. Nothing is off the table.", None),
        (D, "Maritza Flowers", "And I want the parents to understand: we are not doing this against the children. We are "
            "doing this for the schools.", None),
        (S, None, "red day", None),
        (I, "Dennis Gillett", "the government remained committed to the agreement but that a shortfall in revenue had "
            "delayed the payment", None),
        (D, "Dennis Gillett", "We are not running away from it. The money will be paid; we are working on the date, and I "
            "have told the union that directly,", None),
        (I, "Ministry of Finance", "the second tranche would cost about $18 million a year", None),
        (P, "United Democratic Party", "ministerial vehicles and consultants", None),
        (I, "National Trade Union Congress of Belize", "it stood in solidarity with the teachers and would consider action "
            "by other public sector unions if the matter was not resolved", None),
        (I, "Roxanne Castillo", "she supported the teachers", None),
        (D, "Wilbert Gentle", "But a strike right before the exams in February? That hurts the children first,", None),
    ],
    "actors": [
        actor("Belize National Teachers' Union", "organisation", title="teachers' union", affiliation="Belize",
              aliases=["Belize National Teachers' Union", "BNTU"], stance=-1),
        actor("Maritza Flowers", "person", title="national president", affiliation="Belize National Teachers' Union",
              aliases=["Maritza Flowers", "Flowers"], stance=-1),
        actor("Dennis Gillett", "person", title="Minister of Education", affiliation="Government of Belize",
              aliases=["Dennis Gillett", "Gillett"], stance=1),
        actor("Ministry of Finance", "government", title="finance ministry", affiliation="Government of Belize",
              aliases=["Ministry of Finance"], stance=None),
        actor("United Democratic Party", "organisation", title="Opposition party", affiliation="Belize",
              aliases=["United Democratic Party", "UDP"], stance=-1),
        actor("National Trade Union Congress of Belize", "organisation", title="union congress", affiliation="Belize",
              aliases=["National Trade Union Congress of Belize", "NTUCB"], stance=-1),
        actor("Roxanne Castillo", "person", title="parent", affiliation="Belize City",
              aliases=["Roxanne Castillo", "Castillo"], stance=-1),
        actor("Wilbert Gentle", "person", title="parent, father of three", affiliation="Belize City",
              aliases=["Wilbert Gentle", "Gentle"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. UPI (US wire) aviation/safety (a runway near-miss after a controller's double clearance), headline "NTSB:
#    Controller cleared ..." (no quote marks, not annotated), byline, dateline "Dec. 7 (UPI) --", straight " and
#    apostrophes; lede content before "federal investigators said Monday" (the NTSB); "The ... preliminary report said
#    A"; content before ", the report said."; investigator's quote split by "NTSB investigator-in-charge Dana Whitlock
#    told reporters at a briefing in Washington."; scare so-called "runway incursion"; agency "said in a statement that
#    it had "..." reviewed ... and that B" (partial plus indirect); union "said A"; regional vice president named after
#    her quote ("said Carla Mendes, the union's regional vice president."); congressman "called the incident "..." and
#    said B" (partial plus indirect); airline "said in a statement that A and that B"; passenger "told UPI that A", quote
#    with "she said"; "According to FAA data, A"; "The NTSB said A".
ARTICLES[f"{BATCH}/boise-runway-near-miss-ntsb.gold.json"] = {
    "article": f"{BATCH}/boise-runway-near-miss-ntsb.txt",
    "target": "Federal Aviation Administration",
    "quotes": [
        (I, "National Transportation Safety Board", "A regional jet and a cargo plane came within 300 feet of each other on "
            "a runway at Boise Airport last month after an air traffic controller cleared both aircraft to use it", None),
        (I, "National Transportation Safety Board", "the controller, who was working the ground and local positions at the "
            "same time, cleared a Cascadia Regional Airlines Embraer 175 to land on Runway 10L about 40 seconds after "
            "clearing a Northline Cargo Boeing 757 to take off from the same runway", None),
        (I, "National Transportation Safety Board", "The crew of the cargo jet saw the regional jet's landing lights and "
            "stopped their takeoff roll", None),
        (D, "Dana Whitlock", "This was a matter of seconds,", None),
        (D, "Dana Whitlock", "Had the cargo crew not been looking down that runway, we would be having a very different "
            "conversation today.", None),
        (S, None, "runway incursion", "The incident is the third"),
        (P, "Federal Aviation Administration", "immediately", None),
        (I, "Federal Aviation Administration", "controllers there would no longer combine the two positions during busy "
            "periods", None),
        (I, "National Air Traffic Controllers Association", "the Boise tower had 14 fully certified controllers, against a "
            "staffing target of 22", None),
        (D, "Carla Mendes", "Controllers are doing the job of two people on every shift. This is what fatigue looks like, "
            "and we have been saying it for years,", None),
        (P, "Dale Hutchins", "unacceptable", None),
        (I, "Dale Hutchins", "he would ask the FAA administrator to testify before the House transportation committee in "
            "January", None),
        (I, "Cascadia Regional Airlines", "its crew followed all instructions and that the airline was cooperating fully "
            "with investigators", None),
        (I, "Megan Ortiz", "the pilot had told passengers only that the plane was going around because of traffic", None),
        (D, "Megan Ortiz", "Nobody on the plane knew anything had happened until we saw it on the news,", None),
        (I, "Federal Aviation Administration", "there were 1,723 runway incursions at U.S. airports in fiscal year 2026, 19 "
            "of them classified as serious", None),
        (I, "National Transportation Safety Board", "a final report, including its findings on probable cause, is expected "
            "in 12 to 18 months", None),
    ],
    "actors": [
        actor("National Transportation Safety Board", "government", title="federal accident investigators",
              affiliation="United States",
              aliases=["National Transportation Safety Board", "NTSB", "federal investigators"], stance=-1),
        actor("Dana Whitlock", "person", title="NTSB investigator-in-charge",
              affiliation="National Transportation Safety Board", aliases=["Dana Whitlock", "Whitlock"], stance=-1),
        actor("Federal Aviation Administration", "government", title="aviation regulator (runs the control towers)",
              affiliation="United States", aliases=["Federal Aviation Administration", "FAA"], stance=1),
        actor("National Air Traffic Controllers Association", "organisation", title="controllers' union",
              affiliation="United States", aliases=["National Air Traffic Controllers Association"], stance=-1),
        actor("Carla Mendes", "person", title="regional vice president",
              affiliation="National Air Traffic Controllers Association", aliases=["Carla Mendes", "Mendes"], stance=-1),
        actor("Dale Hutchins", "person", title="Rep., R-Idaho", affiliation="U.S. House of Representatives",
              aliases=["Dale Hutchins", "Hutchins", "Rep. Dale Hutchins"], stance=-1),
        actor("Cascadia Regional Airlines", "organisation", title="regional airline", affiliation=None,
              aliases=["Cascadia Regional Airlines", "Cascadia Regional"], stance=None),
        actor("Megan Ortiz", "person", title="passenger, 34", affiliation=None, aliases=["Megan Ortiz", "Ortiz"],
              stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
