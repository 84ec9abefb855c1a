"""Build the test141 gold files (data/eval/test141/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test141/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test141.
Standard library only. Held out: do not read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test141"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Newsfirst (News 1st, Sri Lanka) disaster (a landslide kills nine; was the NBRO warning passed on?),
#    headline without speech, date/time line, "COLOMBO (News 1st);" dateline, straight " and apostrophes;
#    lede content before "the Disaster Management Centre (DMC) said on Thursday", then "as villagers
#    questioned whether ..." (reported question, not annotated); DMC spokesperson "said A and that B" (one
#    span); "According to the Department of Meteorology, A"; "The NBRO insisted that A"; Director General
#    "said: "...` open at the end of its line, then a closed paragraph (two directs); scare so-called
#    "hazard zonation" maps; villagers "told News 1st they had ...", quote with "they said"; bereaved
#    woman "said: "..."" (colon); her son "said A"; District Secretary "said A", "He said A"; MP "told
#    Parliament ... that the NBRO had "..." of what happened next" (partial only), quote with "he said".
ARTICLES[f"{BATCH}/haldummulla-landslide-nbro-warning.gold.json"] = {
    "article": f"{BATCH}/haldummulla-landslide-nbro-warning.txt",
    "target": "National Building Research Organisation",
    "quotes": [
        (I, "Disaster Management Centre", "The death toll from Tuesday's landslide in Haldummulla has risen to nine",
            None),
        (I, "Chaminda Herath", "two people were still missing and that 214 families had been moved to temporary "
            "shelters in three schools", None),
        (I, "Department of Meteorology", "247 mm of rain fell in Haldummulla in the 24 hours to 8.30 a.m. on "
            "Tuesday", None),
        (I, "National Building Research Organisation", "a Level 3 red warning for the Haldummulla Divisional "
            "Secretariat area was issued at 2.00 p.m. on Monday, nearly 18 hours before the slope above the "
            "Wellangolla estate collapsed", None),
        (D, "Nilantha Wickramasinghe", "Our warning went out through the DMC, the District Secretariat and the "
            "media. We cannot knock on every door. That is the job of the local authorities.", None),
        (D, "Nilantha Wickramasinghe", "What we have asked for, for five years, is for people in the red zones to "
            "be relocated before the monsoon, not after a disaster. The maps exist. The money does not.", None),
        (S, None, "hazard zonation", None),
        (I, "Villagers in Wellangolla", "they had heard about the warning only on Tuesday morning, from a television "
            "broadcast, by which time the rain had already cut off the road to Haldummulla town", None),
        (D, "Villagers in Wellangolla", "We slept in the temple for two nights. Nobody came to tell us anything "
            "before the earth came down,", None),
        (D, "M. Selvarani", "They say there was a warning. What warning? A warning on a website does not reach a "
            "line room in Wellangolla.", None),
        (I, "R. Kumar", "the family had asked to be relocated in 2021, after cracks appeared in the walls of their "
            "line house", None),
        (I, "P. W. Jayasundara", "the NBRO warning had been forwarded to all Grama Niladhari officers in the "
            "division within an hour of being received", None),
        (I, "P. W. Jayasundara", "an inquiry would be held into why the warning had not reached the estate", None),
        (P, "Lakshman Perera", "a habit of issuing warnings and washing its hands", None),
        (D, "Lakshman Perera", "It is not enough to issue a PDF and go home. Somebody must make sure that people "
            "actually move,", None),
    ],
    "actors": [
        actor("Disaster Management Centre", "government", title="disaster agency", affiliation="Sri Lanka",
              aliases=["Disaster Management Centre", "DMC"], stance=None),
        actor("Chaminda Herath", "person", title="DMC spokesperson", affiliation="Disaster Management Centre",
              aliases=["Chaminda Herath", "Herath"], stance=None),
        actor("Department of Meteorology", "government", title="weather service", affiliation="Sri Lanka",
              aliases=["Department of Meteorology"], stance=None),
        actor("National Building Research Organisation", "government", title="landslide warning agency",
              affiliation="Sri Lanka", aliases=["National Building Research Organisation", "NBRO"], stance=1),
        actor("Nilantha Wickramasinghe", "person", title="NBRO Director General (Dr.)",
              affiliation="National Building Research Organisation",
              aliases=["Nilantha Wickramasinghe", "Dr. Nilantha Wickramasinghe", "Wickramasinghe"], stance=1),
        actor("Villagers in Wellangolla", "group", title="villagers", affiliation=None,
              aliases=["Villagers in Wellangolla"], stance=-1),
        actor("M. Selvarani", "person", title="villager, 52, lost her sister and brother-in-law", affiliation=None,
              aliases=["M. Selvarani", "Selvarani"], stance=-1),
        actor("R. Kumar", "person", title="villager, 27, M. Selvarani's son", affiliation=None,
              aliases=["R. Kumar", "Kumar"], stance=None),
        actor("P. W. Jayasundara", "person", title="Badulla District Secretary", affiliation="District Secretariat",
              aliases=["P. W. Jayasundara", "Jayasundara"], stance=0),
        actor("Lakshman Perera", "person", title="Opposition Badulla District MP", affiliation="Opposition",
              aliases=["Lakshman Perera", "Perera"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Independent (Uganda) labour (arts teachers strike for pay parity with science teachers),
#    headline with a curly single-quoted fragment (speaker the entity the headline names: "Public
#    Service", the ministry), "THE INDEPENDENT | NAME | date" line, "Kampala, Uganda |" dateline, curly
#    “ ” with US punctuation and ’ apostrophes; lede "demanding pay parity" (not annotated), then "as the
#    Ministry of Public Service said A"; union "says A" (present tense); general secretary "told The
#    Independent that A", quote with nested ‘Be patient, your turn is coming.’ and "Ssentongo said"; scare
#    so-called “science-first” pay policy; spokesperson "said the ministry had “...” for the teachers but
#    that B" (partial plus indirect), quote with "Namuli said"; teacher "said A", quote with "he said";
#    parent "said A", quote with "she asked"; committee chair "said A, and described the pay gap as “...”"
#    (indirect plus partial); anonymous finance official "said A"; "UNATU has said A"; "according to the
#    Ministry of Education and Sports" (content before the cue).
ARTICLES[f"{BATCH}/arts-teachers-strike-public-service.gold.json"] = {
    "article": f"{BATCH}/arts-teachers-strike-public-service.txt",
    "target": "Ministry of Public Service",
    "quotes": [
        (P, "Ministry of Public Service", "there is no money", "Arts teachers’ strike enters"),
        (I, "Ministry of Public Service", "the government could not afford a salary increase before the 2027/28 "
            "budget", None),
        (I, "Uganda National Teachers’ Union", "about 62 per cent of arts teachers in government secondary schools "
            "have joined the industrial action", None),
        (I, "Moses Ssentongo", "teachers had waited three years for the government to honour a promise made in "
            "2022", None),
        (D, "Moses Ssentongo", "When they raised science teachers to four million shillings, they told us: ‘Be "
            "patient, your turn is coming.’ We have been patient. A graduate arts teacher still earns 1.1 million. "
            "Patience does not pay school fees,", None),
        (S, None, "science-first", None),
        (P, "Grace Namuli", "great sympathy", None),
        (I, "Grace Namuli", "the wage bill already consumed 48 per cent of domestic revenue", None),
        (D, "Grace Namuli", "We are not saying the demand is unfair. We are saying there is no money in this budget "
            "for it. Striking will not create money,", None),
        (I, "Denis Okot", "more than half of the school’s 38 teachers had not reported for work since the strike "
            "began", None),
        (D, "Denis Okot", "Our students are sitting for mocks next month. We love these children, but we also have "
            "children of our own,", None),
        (I, "Margaret Auma", "he had not had a single arts lesson since the strike began", None),
        (D, "Margaret Auma", "He goes to school, but he is just sitting there. If this goes on, who will pay for the "
            "time he has lost?", None),
        (I, "Patrick Opio", "the committee would summon the Minister of Public Service next week", None),
        (P, "Patrick Opio", "a policy mistake that is now costing children.", None),
        (I, "senior official in the Ministry of Finance", "a phased increase for arts teachers was being considered "
            "for next year’s budget", None),
        (I, "Uganda National Teachers’ Union", "the strike will continue until the government presents a written "
            "timetable for pay parity", None),
        (I, "Ministry of Education and Sports", "Uganda has about 12,000 arts teachers in government secondary "
            "schools", None),
    ],
    "actors": [
        actor("Ministry of Public Service", "government", title="ministry", affiliation="Uganda",
              aliases=["Ministry of Public Service", "Public Service", "the ministry"], stance=1),
        actor("Uganda National Teachers’ Union", "organisation", title="teachers' union", affiliation="Uganda",
              aliases=["Uganda National Teachers’ Union", "UNATU"], stance=-1),
        actor("Moses Ssentongo", "person", title="UNATU general secretary", affiliation="UNATU",
              aliases=["Moses Ssentongo", "Ssentongo"], stance=-1),
        actor("Grace Namuli", "person", title="Ministry spokesperson", affiliation="Ministry of Public Service",
              aliases=["Grace Namuli", "Namuli"], stance=1),
        actor("Denis Okot", "person", title="history and literature teacher", affiliation="Gulu Senior Secondary "
              "School", aliases=["Denis Okot", "Okot"], stance=-1),
        actor("Margaret Auma", "person", title="parent, Lira", affiliation=None,
              aliases=["Margaret Auma", "Auma"], stance=None),
        actor("Patrick Opio", "person", title="chairperson of Parliament's Committee on Education",
              affiliation="Parliament", aliases=["Patrick Opio", "Opio"], stance=-1),
        actor("senior official in the Ministry of Finance", "person", title="official (anonymous)",
              affiliation="Ministry of Finance", aliases=["senior official in the Ministry of Finance"], stance=0),
        actor("Ministry of Education and Sports", "government", title="ministry", affiliation="Uganda",
              aliases=["Ministry of Education and Sports"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. BVI Beacon courts/governance (the High Court quashes a marina seabed lease), headline with a curly
#    single-quoted fragment (speaker the entity the headline names: the judge), byline in capitals and
#    date line, curly “ ” with US punctuation and ’ apostrophes, "Dr."/"Mr."/"Ms."; lede without speech;
#    judge "said in a 42-page judgment ... A" (the content after the name), quote with "the judge wrote",
#    "She described the process as “...”" (partial) and "ordered ..." (act); scare so-called “fast-track”
#    procedure; quote before "said cooperative President Elroy Hodge, who ...", "Mr. Hodge said A";
#    attorney "said the ruling sent a message “...”" (partial only); minister "said in a statement ...
#    that A and that she would “...” ..." (indirect plus partial), quote with "the minister said";
#    developer "said it was “...” and that B" (partial plus indirect), "did not say whether" (negated);
#    legislator "said the ruling was “...” that ..." (partial only), "She called on the minister to
#    resign" (directive), quote with "Ms. Wheatley-George asked"; "According to the Virgin Islands Reef
#    Trust, A"; "did not respond to a request for comment".
ARTICLES[f"{BATCH}/savannah-bay-marina-lease-quashed.gold.json"] = {
    "article": f"{BATCH}/savannah-bay-marina-lease-quashed.txt",
    "target": "Avril Stoutt-Vanterpool",
    "quotes": [
        (P, "Camilla Forde", "rushed", "Judge quashes"),
        (I, "Camilla Forde", "Natural Resources Minister Dr. Avril Stoutt-Vanterpool had failed to consult fishers "
            "and residents before approving the lease, as the law required", None),
        (D, "Camilla Forde", "The consultation that took place was, on the evidence, a single public notice "
            "published in the Gazette eleven days before the decision. That is not consultation in any meaningful "
            "sense,", None),
        (P, "Camilla Forde", "rushed and opaque", None),
        (S, None, "fast-track", None),
        (D, "Elroy Hodge", "We are not against development. We are against people deciding our future in an office "
            "in Road Town and telling us after,", None),
        (I, "Elroy Hodge", "members would meet next week to decide whether to seek damages for the months they could "
            "not set their fish pots while survey work was under way", None),
        (P, "Shawna Blyden-Harrigan", "to every minister who thinks the Gazette is a substitute for a public "
            "meeting.", None),
        (I, "Avril Stoutt-Vanterpool", "she respected the court’s decision", None),
        (P, "Avril Stoutt-Vanterpool", "study the ruling carefully", None),
        (D, "Avril Stoutt-Vanterpool", "This government was elected to create jobs for Virgin Islanders, and a "
            "marina in Savannah Bay would have created more than 200 of them. I acted in good faith and on the "
            "advice of my technical officers,", None),
        (P, "Cobalt Cay Holdings", "deeply disappointed", None),
        (I, "Cobalt Cay Holdings", "it had spent more than $3 million on studies and design work since 2023", None),
        (P, "Keisha Wheatley-George", "the third time in two years", None),
        (D, "Keisha Wheatley-George", "How many times does a judge have to tell this government to follow the law?",
            None),
        (I, "Virgin Islands Reef Trust", "Savannah Bay contains one of the territory’s last healthy seagrass "
            "meadows, a feeding ground for green turtles", None),
    ],
    "actors": [
        actor("Camilla Forde", "person", title="High Court judge (Justice)", affiliation="High Court",
              aliases=["Camilla Forde", "Justice Camilla Forde", "Forde", "the judge", "Judge"], stance=-1),
        actor("Elroy Hodge", "person", title="President, Virgin Gorda Fishers Cooperative",
              affiliation="Virgin Gorda Fishers Cooperative", aliases=["Elroy Hodge", "Mr. Hodge", "Hodge"],
              stance=-1),
        actor("Shawna Blyden-Harrigan", "person", title="attorney for the claimants", affiliation=None,
              aliases=["Shawna Blyden-Harrigan", "Blyden-Harrigan"], stance=-1),
        actor("Avril Stoutt-Vanterpool", "person", title="Natural Resources Minister (Dr.)",
              affiliation="BVI government",
              aliases=["Avril Stoutt-Vanterpool", "Dr. Avril Stoutt-Vanterpool", "Dr. Stoutt-Vanterpool",
                       "Stoutt-Vanterpool", "the minister"], stance=1),
        actor("Cobalt Cay Holdings", "organisation", title="developer", affiliation=None,
              aliases=["Cobalt Cay Holdings", "The developer", "The company"], stance=1),
        actor("Keisha Wheatley-George", "person", title="opposition legislator", affiliation="House of Assembly",
              aliases=["Keisha Wheatley-George", "Ms. Wheatley-George", "Wheatley-George"], stance=-1),
        actor("Virgin Islands Reef Trust", "organisation", title="conservation group", affiliation=None,
              aliases=["Virgin Islands Reef Trust"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. SalmonBusiness aquaculture trade press (Norway's food safety authority orders a salmon farmer to
#    cull a site over sea lice), headline with a curly single-quoted fragment (speaker the entity the
#    headline names: Mattilsynet), standfirst without speech, byline and date/time lines, British curly
#    single marks ‘ ’ for every quote (punctuation outside fragments) and ’ apostrophes; lede "has
#    ordered" (act); decision letter: the authority "described the situation at the site as ‘...’ and
#    said the company’s treatment plan had ‘...’" (two partials); quote before "said Mattilsynet’s
#    regional director for the west, Torunn Eide"; "Eide said the authority had given Nordvik ‘...’ to
#    ..., and that B" (partial plus indirect); scare so-called ‘traffic light’ system; CEO quote split by
#    "chief executive Lars Vikøren told SalmonBusiness." into two sentences (two directs), "Vikøren said A,
#    and that B" (one span); "According to BarentsWatch, A"; "Analysts were not surprised." (not speech);
#    analyst quote before "... wrote in a note", "He said A"; association "welcomed the order" (act),
#    quote before "said the association’s leader, Kjetil Brekke", "He said A" in the same paragraph; mayor
#    "told local newspaper Grenda she was ...", quote with "she said".
ARTICLES[f"{BATCH}/nordvik-skorpo-lice-cull.gold.json"] = {
    "article": f"{BATCH}/nordvik-skorpo-lice-cull.txt",
    "target": "Nordvik Sjømat",
    "quotes": [
        (P, "Norwegian Food Safety Authority", "failure", "Mattilsynet orders Nordvik"),
        (P, "Norwegian Food Safety Authority", "a serious failure of lice control", None),
        (P, "Norwegian Food Safety Authority", "not delivered the expected effect", None),
        (D, "Torunn Eide", "Wild salmon smolts migrate out through this fjord in the spring. We cannot accept a lice "
            "situation like this one going into the migration season,", None),
        (P, "Torunn Eide", "every opportunity", None),
        (I, "Torunn Eide", "the company had carried out nine treatments at the site since August", None),
        (S, None, "traffic light", None),
        (D, "Lars Vikøren", "We take the decision very seriously,", None),
        (D, "Lars Vikøren", "But we believe an early harvest of this size, with fish at an average weight of 2.8 "
            "kilos, is not the best outcome for fish welfare or for the fjord.", None),
        (I, "Lars Vikøren", "the company would appeal the decision to the authority’s head office, and that a new "
            "cleaner-fish programme had brought lice numbers down over the past two weeks", None),
        (I, "BarentsWatch", "the Skorpo site reported an average of 1.4 adult female lice per fish last week, "
            "against a limit of 0.5", None),
        (D, "Henrik Aas", "Investors have been bracing for this. The volumes are small for the group, but the message "
            "to the market is not,", None),
        (I, "Henrik Aas", "the early harvest would cut Nordvik’s 2027 operating profit by about NOK 140 million",
            None),
        (D, "Kjetil Brekke", "This should have happened in October, not in December,", None),
        (I, "Kjetil Brekke", "catches of wild salmon in the fjord’s rivers had fallen by 70 percent since the 1990s",
            None),
        (I, "Solveig Haugland", "she was concerned about the 23 jobs at the site", None),
        (D, "Solveig Haugland", "Nordvik has been a good employer in Kvinnherad for thirty years. I hope they and "
            "Mattilsynet can find a solution that protects both the fish and the jobs,", None),
    ],
    "actors": [
        actor("Norwegian Food Safety Authority", "government", title="food safety regulator", affiliation="Norway",
              aliases=["Norwegian Food Safety Authority", "Mattilsynet", "the authority"], stance=-1),
        actor("Torunn Eide", "person", title="regional director for the west",
              affiliation="Norwegian Food Safety Authority", aliases=["Torunn Eide", "Eide"], stance=-1),
        actor("Lars Vikøren", "person", title="chief executive", affiliation="Nordvik Sjømat",
              aliases=["Lars Vikøren", "Vikøren"], stance=1),
        actor("BarentsWatch", "organisation", title="monitoring service (lice data)", affiliation="Norway",
              aliases=["BarentsWatch"], stance=0),
        actor("Henrik Aas", "person", title="analyst", affiliation="Pareto Securities",
              aliases=["Henrik Aas", "Aas"], stance=0),
        actor("Kjetil Brekke", "person", title="leader", affiliation="Hardanger Wild Salmon Association",
              aliases=["Kjetil Brekke", "Brekke"], stance=-1),
        actor("Solveig Haugland", "person", title="Kvinnherad mayor", affiliation="Kvinnherad",
              aliases=["Solveig Haugland", "Haugland"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
