"""Build the test123 gold files (data/eval/test123/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test123/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test123.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test123"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Turan Information Agency (Azerbaijani trucks held at the Russian side of the Yarag-Kazmalyar
#    crossing), headline without speech, dateline "Baku/04.12.26/Turan:", straight " and apostrophes,
#    "percent". Lede content before "according to the Azerbaijan International Road Carriers Association
#    (ABADA)"; Russian customs service "said at the time that it would "..." at ..." (partial only); ABADA
#    chairman quote split by "told Turan", the second stretch open at the end of its paragraph, then a
#    closed quote-only paragraph; "Gasimzade said A, and that B" (one span); spokeswoman "told journalists
#    the situation was "..." and that B" (partial plus indirect); embassy "said in a statement ... that the
#    new procedure applied "..."" (partial only), "It added that A"; customs official "told RIA Novosti that
#    A", quote with "Alibekov said"; "Drivers ... tell a different story" (no content); driver "said A",
#    "he said"; State Customs Committee "said A and that B"; shared surname Aliyev (the president,
#    mentioned only, and the economist); economist "said A", quote split by "Aliyev said"; anonymous
#    government source "told Turan A"; scare so-called "truck diplomacy".
ARTICLES[f"{BATCH}/yarag-kazmalyar-truck-queue-russia.gold.json"] = {
    "article": f"{BATCH}/yarag-kazmalyar-truck-queue-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Azerbaijan International Road Carriers Association", "More than 600 Azerbaijani trucks have been held "
            "for up to nine days at the Yarag-Kazmalyar crossing on the Russian side of the border, where a new "
            "electronic queue system has slowed processing to a crawl", None),
        (P, "Federal Customs Service", "put an end to queues and informal payments", None),
        (D, "Rauf Gasimzade", "We have drivers sleeping in their cabs at minus five, with fruit rotting in the "
            "trailers behind them,", None),
        (D, "Rauf Gasimzade", "Nobody on the Russian side answers the phone.", None),
        (D, "Rauf Gasimzade", "Our people registered in the system exactly as they were told. Russian-registered "
            "trucks are passing in two or three hours. Ours wait a week. You can draw your own conclusions.", None),
        (I, "Rauf Gasimzade", "the association had recorded losses of at least $2.3 million in spoiled persimmons, "
            "tomatoes and citrus, and that several exporters had already cancelled December contracts with buyers "
            "in Moscow and St Petersburg", None),
        (P, "Elmira Novruzova", "unacceptable between strategic partners", None),
        (I, "Elmira Novruzova", "Baku expected the crossing to be cleared within days", None),
        (P, "Russian Embassy in Baku", "equally to carriers of all countries", None),
        (I, "Russian Embassy in Baku", "the electronic system had suffered technical failures in its first week, "
            "which had now been fixed", None),
        (I, "Magomed Alibekov", "most of the delayed drivers had failed to book a slot in advance", None),
        (D, "Magomed Alibekov", "The system works. Those who registered crossed in hours, not days. We are not "
            "going back to the old chaos because some carriers do not want to learn,", None),
        (I, "Vugar Mammadov", "he had been waiting since November 27 with 20 tonnes of persimmons bound for a "
            "wholesale market in Rostov", None),
        (D, "Vugar Mammadov", "I have the booking on my phone, I showed it to them three times. They just point to "
            "the back of the line,", None),
        (I, "State Customs Committee", "trucks were leaving the Azerbaijani side of the border without delay and "
            "that the bottleneck was entirely on the Russian side", None),
        (I, "Rovshan Aliyev", "the timing was no accident", None),
        (D, "Rovshan Aliyev", "Moscow is reminding Baku which way the road runs,", None),
        (D, "Rovshan Aliyev", "When relations are warm, the queues disappear. When they cool, the queues come back. "
            "This is an old instrument.", None),
        (I, "source in the Azerbaijani government", "the issue would be raised at a meeting of the "
            "intergovernmental commission in Moscow later this month", None),
        (S, None, "truck diplomacy", None),
    ],
    "actors": [
        actor("Azerbaijan International Road Carriers Association", "organisation", title="carriers' association",
              aliases=["Azerbaijan International Road Carriers Association", "ABADA"], stance=-1),
        actor("Federal Customs Service", "government", title="Russian customs service", affiliation="Russia",
              aliases=["Federal Customs Service"], stance=1),
        actor("Rauf Gasimzade", "person", title="ABADA chairman",
              affiliation="Azerbaijan International Road Carriers Association",
              aliases=["Rauf Gasimzade", "Gasimzade"], stance=-1),
        actor("Elmira Novruzova", "person", title="Foreign Ministry spokeswoman", affiliation="Azerbaijan",
              aliases=["Elmira Novruzova", "Novruzova"], stance=-1),
        actor("Russian Embassy in Baku", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Baku"], stance=1),
        actor("Magomed Alibekov", "person", title="deputy head of the customs post at Yarag-Kazmalyar",
              affiliation="Russia", aliases=["Magomed Alibekov", "Alibekov"], stance=1),
        actor("Vugar Mammadov", "person", title="truck driver", aliases=["Vugar Mammadov", "Mammadov"], stance=-1),
        actor("State Customs Committee", "government", title="Azerbaijan's customs authority", affiliation="Azerbaijan",
              aliases=["State Customs Committee"], stance=-1),
        actor("Rovshan Aliyev", "person", title="economist, head of the Centre for Economic Initiatives",
              aliases=["Rovshan Aliyev", "Aliyev"], stance=-1),
        actor("source in the Azerbaijani government", "person", title="anonymous government source",
              affiliation="Azerbaijan", aliases=["source in the Azerbaijani government"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Dental Tribune International (a Swiss implant maker recalls abutment screws), headline and
#    standfirst without speech, "By Dental Tribune International" and "Wed. 2 December 2026" lines,
#    dateline "ZURICH, Switzerland:", curly “ ” and ’, "CHF", "%". Company "said on Monday that A and that B"
#    (one span); "described the problem as “...” and said B" (partial plus indirect); CEO quote with "told
#    Dental Tribune International" and a second stretch in the same paragraph; "Brügger said A"; regulator
#    "confirmed A and said B" (two cues: two indirects); clinician "said A" with a long apposition, "she
#    said", "welcomed the recall but said B" (act plus indirect); association "said ... had acted “...” and
#    advised members to ..." (partial; directive not annotated), content before "the association added";
#    "According to Kessler Research, ..., A"; analyst "estimated that ... a “...” sum ..." (partial only);
#    anonymous distributor "was blunt", then "he said"; scare “Swiss precision”; closing "Veltrona said A
#    and that B". Not annotated: the standfirst's "are being asked to check", the editorial note.
ARTICLES[f"{BATCH}/veltrona-abutment-screw-recall.gold.json"] = {
    "article": f"{BATCH}/veltrona-abutment-screw-recall.txt",
    "target": "Veltrona",
    "quotes": [
        (I, "Veltrona", "about 38,000 screws were affected and that no implant bodies were involved", None),
        (P, "Veltrona", "a deviation in the heat treatment process at one supplier", None),
        (I, "Veltrona", "the affected screws had been made between March and July this year", None),
        (D, "Annika Br\u00fcgger", "Patient safety comes before everything else. We identified the cause within days, "
            "and we are replacing every affected screw free of charge, including the chair time,", None),
        (D, "Annika Br\u00fcgger", "We would rather recall too much than too little.", None),
        (I, "Annika Br\u00fcgger", "the company had informed Swissmedic, the Swiss regulator, on 20 November, before "
            "the first notice to customers went out", None),
        (I, "Swissmedic", "it had received the report", None),
        (I, "Swissmedic", "it was monitoring the recall", None),
        (I, "Chiara Ferri", "both had occurred within three weeks of loading", None),
        (D, "Chiara Ferri", "The screw simply snapped at the neck. In 20 years I have seen that perhaps twice, and now "
            "twice in one month,", None),
        (I, "Chiara Ferri", "dentists had been left to find replacement screws on their own for almost a week before "
            "the company\u2019s notice arrived", None),
        (P, "Swiss Dental Association", "quickly and transparently", None),
        (I, "Swiss Dental Association", "Patients who have had an implant restored since March do not need to contact "
            "their dentist unless they notice movement or discomfort", None),
        (I, "Kessler Research", "Veltrona holds about 4% of the global dental implant market and around 11% in "
            "Switzerland and Austria", None),
        (P, "Lukas Imhof", "manageable", None),
        (D, "Lukas Imhof", "The bigger risk is reputational. Implant dentists are conservative people, and they have "
            "long memories,", None),
        (D, "One distributor in Germany", "Communication in the first days was poor. We heard about it from a "
            "customer, not from Veltrona,", None),
        (S, None, "Swiss precision", None),
        (I, "Veltrona", "replacement screws from a new supplier were already being shipped and that it expected all "
            "affected customers in Europe to have received them by mid-December", None),
    ],
    "actors": [
        actor("Veltrona", "organisation", title="Swiss dental implant manufacturer",
              aliases=["Veltrona", "The company"], stance=1),
        actor("Annika Br\u00fcgger", "person", title="CEO", affiliation="Veltrona",
              aliases=["Annika Br\u00fcgger", "Br\u00fcgger"], stance=1),
        actor("Swissmedic", "government", title="Swiss regulator", aliases=["Swissmedic"], stance=0),
        actor("Chiara Ferri", "person", title="prosthodontist in Milan", aliases=["Chiara Ferri", "Ferri"], stance=0),
        actor("Swiss Dental Association", "organisation", title="dental association",
              aliases=["Swiss Dental Association", "SSO", "the association"], stance=1),
        actor("Kessler Research", "organisation", title="Basel-based market research firm",
              aliases=["Kessler Research"], stance=None),
        actor("Lukas Imhof", "person", title="medtech analyst", affiliation="Z\u00fcrcher Kantonalbank",
              aliases=["Lukas Imhof", "Imhof"], stance=0),
        actor("One distributor in Germany", "person", title="anonymous distributor",
              aliases=["One distributor in Germany"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Hartlepool Mail sport (a National League manager under pressure after a 4-0 home defeat), headline
#    with a straight single fragment "vows to 'fight on'", "By ..." and "Published 6th Dec 2026, 18:42 GMT"
#    lines, straight " and apostrophes, two "READ MORE:" lines without speech. Lede "says A" (present
#    tense); supporters "calling for the 44-year-old to go" (directive); "Penny said: "...` open at the end
#    of its line, then a closed paragraph; Q&A "Asked whether ..., he replied: "...""; club statement "said
#    the board retained "..." in Penny ... and that the manager would be given "..."" (two partials);
#    "Not all supporters are convinced" (no content); trust chair "said fans had been "..." but that B"
#    (partial plus indirect), quote with "said Bell" after it; anonymous senior player "said A and that B";
#    ex-player "wrote on social media that ... ran "..."" (partial only); scare so-called "Pools way";
#    opposing manager "said his side had "..." and praised ..." (partial; act not annotated); fan introduced
#    with age and place, "was among those outside the ground", then "she said".
ARTICLES[f"{BATCH}/hartlepool-united-lee-penny.gold.json"] = {
    "article": f"{BATCH}/hartlepool-united-lee-penny.txt",
    "target": "Lee Penny",
    "quotes": [
        (P, "Lee Penny", "fight on", "vows to"),
        (I, "Lee Penny", "he has no intention of walking away from the club after Saturday's 4-0 home defeat to "
            "Boston United", None),
        (D, "Lee Penny", "I understand the frustration. I'm frustrated. Nobody is hurting more than me and the players "
            "in that dressing room.", None),
        (D, "Lee Penny", "But I've been in tougher spots than this as a player and as a coach, and I'm not a quitter. "
            "I'll fight on.", None),
        (D, "Lee Penny", "We speak every day. That hasn't changed.", None),
        (P, "Hartlepool United", "full confidence", None),
        (P, "Hartlepool United", "the January window to strengthen the squad", None),
        (P, "Gary Bell", "patient for a long time", None),
        (I, "Gary Bell", "patience was running out after a run of one win since October", None),
        (D, "Gary Bell", "Lee is a decent man and he's given everything, but the football simply hasn't been good "
            "enough for months. The trust believes a change is needed before it's too late,", None),
        (I, "One senior player", "the squad remained fully behind the manager and that the players, not the staff, "
            "were to blame for Saturday's performance", None),
        (P, "Aaron Stokoe", "far deeper than the manager", None),
        (S, None, "Pools way", None),
        (P, "Ian Kilby", "deserved every goal", None),
        (D, "Sharon Wise", "I've never booed a Pools manager in my life and I didn't today. But something has to "
            "change, and it has to change soon,", None),
    ],
    "actors": [
        actor("Lee Penny", "person", title="Hartlepool United manager", affiliation="Hartlepool United",
              aliases=["Lee Penny", "Penny", "Lee"], stance=1),
        actor("Hartlepool United", "organisation", title="football club",
              aliases=["Hartlepool United", "Pools", "the club"], stance=1),
        actor("Gary Bell", "person", title="chair of the Hartlepool United Supporters' Trust",
              affiliation="Hartlepool United Supporters' Trust", aliases=["Gary Bell", "Bell"], stance=-1),
        actor("One senior player", "person", title="anonymous senior player", affiliation="Hartlepool United",
              aliases=["One senior player"], stance=1),
        actor("Aaron Stokoe", "person", title="former Pools defender", aliases=["Aaron Stokoe", "Stokoe"], stance=1),
        actor("Ian Kilby", "person", title="Boston United manager", affiliation="Boston United",
              aliases=["Ian Kilby", "Kilby"], stance=None),
        actor("Sharon Wise", "person", title="season-ticket holder, 52, from Seaton Carew",
              aliases=["Sharon Wise", "Wise"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Yakima Herald-Republic (the Bureau of Reclamation's early 2027 water-supply outlook), headline
#    without speech, byline in capitals with the paper's name and "Dec 3, 2026" lines, straight " and
#    apostrophes, AP style ("Rep. Bruce Oakley, R-Grandview,"), photo caption with credit. Lede content
#    before "the U.S. Bureau of Reclamation said Wednesday"; content before "according to the agency";
#    field office manager named after the first stretch ("said Dana Whitcomb, manager of ..."), second
#    stretch after it; "Whitcomb said A"; scare "prorating." (system known locally as); district manager
#    "said Reclamation had kept "..." ... and that B" (partial plus indirect), quote with "Koenig said";
#    "Asked about the criticism, Whitcomb said A and had B" (one span); tribal fisheries program "said in a
#    statement that A and that they were "..."" (indirect plus partial); grower "said he had already told
#    ... there might be ..." (one span, the inner "told" is part of the content), quote split by "he said";
#    Ecology "said A"; legislator "called the outlook "..." for ... and said he would ask ..." (partial plus
#    indirect). Not annotated: the caption, the 2014-15 drought history.
ARTICLES[f"{BATCH}/yakima-basin-water-outlook-reclamation.gold.json"] = {
    "article": f"{BATCH}/yakima-basin-water-outlook-reclamation.txt",
    "target": "U.S. Bureau of Reclamation",
    "quotes": [
        (I, "U.S. Bureau of Reclamation", "Junior water-rights holders in the Yakima Basin could receive as little as "
            "45% of their full supply next year", None),
        (I, "U.S. Bureau of Reclamation", "The early estimate reflects a thin snowpack in the Cascades and reservoirs "
            "that stand at 31% of capacity, the lowest for early December since 2015", None),
        (D, "Dana Whitcomb", "It's early. A couple of big storms in January could change this picture completely,", None),
        (D, "Dana Whitcomb", "But we'd rather people plan for a tough year now than be surprised in April.", None),
        (I, "Dana Whitcomb", "the agency would update the forecast monthly starting in February", None),
        (S, None, "prorating.", None),
        (P, "Lyle Koenig", "far too much water", None),
        (I, "Lyle Koenig", "growers were now paying the price", None),
        (D, "Lyle Koenig", "We've asked for years for a real say in how that storage is managed. We don't get one,",
            None),
        (I, "Dana Whitcomb", "the fall releases were required under the agency's biological opinion for the river and "
            "had been planned with irrigators' representatives at the table", None),
        (I, "Yakama Nation", "the fall flows were needed to protect spawning spring chinook", None),
        (P, "Yakama Nation", "not negotiable.", None),
        (I, "Jes\u00fas Villanueva", "he had already told two of his seasonal workers there might be less work for "
            "them next spring", None),
        (D, "Jes\u00fas Villanueva", "At 45%, you decide which blocks live and which blocks die,", None),
        (D, "Jes\u00fas Villanueva", "Cherries first, because they pay. The old Reds probably go.", None),
        (I, "Department of Ecology", "it was too early to make that call", None),
        (P, "Bruce Oakley", "a gut punch", None),
        (I, "Bruce Oakley", "he would ask the Legislature for drought funding when it convenes in January", None),
    ],
    "actors": [
        actor("U.S. Bureau of Reclamation", "government", title="federal water agency",
              aliases=["U.S. Bureau of Reclamation", "Reclamation", "the agency"], stance=0),
        actor("Dana Whitcomb", "person", title="manager of Reclamation's Yakima Field Office",
              affiliation="U.S. Bureau of Reclamation", aliases=["Dana Whitcomb", "Whitcomb"], stance=1),
        actor("Lyle Koenig", "person", title="manager", affiliation="Roza Irrigation District",
              aliases=["Lyle Koenig", "Koenig"], stance=-1),
        actor("Yakama Nation", "group", title="tribe's fisheries program",
              aliases=["Yakama Nation"], stance=1),
        actor("Jes\u00fas Villanueva", "person", title="apple and cherry grower near Zillah",
              aliases=["Jes\u00fas Villanueva", "Villanueva"], stance=None),
        actor("Department of Ecology", "government", title="Washington state agency",
              aliases=["Department of Ecology"], stance=None),
        actor("Bruce Oakley", "person", title="state representative, R-Grandview",
              aliases=["Bruce Oakley", "Oakley", "Rep. Bruce Oakley"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
