"""Build the dev184 gold files (data/eval/dev184/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev184/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev184.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev184"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Stars and Stripes (military: suspected Russian GPS jamming forces an Army Black Hawk to divert over
#    Lithuania), headline without speech, byline in capitals, "STARS AND STRIPES • December 3, 2026" line,
#    "VILNIUS, Lithuania —" dateline, straight " and apostrophes, American punctuation inside closing marks,
#    ranks ("Lt. Col."), caption ending in a credit, closing e-mail line. Lede content before "U.S. and
#    Lithuanian officials said"; content before "U.S. Army Europe and Africa said in a statement Tuesday";
#    spokesman's quote before "said Lt. Col. Dwayne Albright, a spokesman for the command" and continued after
#    it; "was less guarded" (not speech); ministry "said its monitoring had traced the signal to "..." near ...,
#    and that B" (partial plus indirect); vice minister (title chain after the quote) "told Stars and Stripes",
#    then a quote-only paragraph; "did not respond to a request for comment"; embassy "said on Telegram that
#    accusations ... were "..." by NATO states and that Russia had "..." to protect ..." (two partials);
#    anonymous officer "said the crew noticed ... placing the aircraft "..."" (partial only), "he said";
#    content before "according to Tomas Jankauskas, a fellow at ..."; scare "spoofing," (known as); "Jankauskas
#    said ... to avoid "..."" (partial only).
ARTICLES[f"{BATCH}/black-hawk-gps-jamming-lithuania.gold.json"] = {
    "article": f"{BATCH}/black-hawk-gps-jamming-lithuania.txt",
    "target": "Russia",
    "quotes": [
        (I, "U.S. and Lithuanian officials", "An Army UH-60 Black Hawk carrying nine soldiers was forced to abandon a "
            "training flight near the Suwalki Gap last week after both of its GPS receivers lost signal", None),
        (I, "U.S. Army Europe and Africa", "The crew switched to backup navigation and landed safely at Kazlu Ruda "
            "airfield, about 40 miles from the Russian border", None),
        (D, "Dwayne Albright", "Our aircrews train for a degraded environment, and this crew did exactly what it was "
            "trained to do,", None),
        (D, "Dwayne Albright", "We're not going to speculate publicly on the source of the interference.", None),
        (P, "Lithuania's Ministry of National Defence", "a known Russian electronic warfare site", None),
        (I, "Lithuania's Ministry of National Defence", "similar interference had been recorded on more than 200 days "
            "this year", None),
        (D, "Rūta Kazlauskaitė", "This is not an accident and it is not new. Russia is deliberately endangering civil "
            "and military aviation across the Baltic region,", None),
        (D, "Rūta Kazlauskaitė", "The only new thing is that this time it was an American helicopter.", None),
        (P, "Russian Embassy in Vilnius", "another provocation", None),
        (P, "Russian Embassy in Vilnius", "every right", None),
        (P, "Army aviation officer familiar with the incident", "in the middle of the Baltic Sea.", None),
        (D, "Army aviation officer familiar with the incident", "It was jumping around like crazy. The pilots knew "
            "within seconds what was going on,", None),
        (I, "Tomas Jankauskas", "Jamming, which drowns out satellite signals, has become routine along NATO's eastern "
            "flank since 2023", None),
        (S, None, "spoofing,", None),
        (P, "Tomas Jankauskas", "handing Moscow an escalation it can use.", None),
    ],
    "actors": [
        actor("U.S. and Lithuanian officials", "group", aliases=["U.S. and Lithuanian officials"], stance=0),
        actor("U.S. Army Europe and Africa", "organisation", title="command", affiliation="U.S. Army",
              aliases=["U.S. Army Europe and Africa"], stance=None),
        actor("Dwayne Albright", "person", title="Lt. Col., spokesman", affiliation="U.S. Army Europe and Africa",
              aliases=["Dwayne Albright", "Albright"], stance=None),
        actor("Lithuania's Ministry of National Defence", "government", affiliation="Lithuania",
              aliases=["Lithuania's Ministry of National Defence", "Ministry of National Defence"], stance=-1),
        actor("Rūta Kazlauskaitė", "person", title="Vice Minister of National Defence", affiliation="Lithuania",
              aliases=["Rūta Kazlauskaitė", "Kazlauskaitė"], stance=-1),
        actor("Russian Embassy in Vilnius", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Vilnius"], stance=1),
        actor("Army aviation officer familiar with the incident", "person", title="anonymous Army aviation officer",
              affiliation="U.S. Army", aliases=["Army aviation officer familiar with the incident"], stance=0),
        actor("Tomas Jankauskas", "person", title="fellow", affiliation="Center for European Policy Analysis",
              aliases=["Tomas Jankauskas", "Jankauskas"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Baseball America (sport: an unsigned first-round pick goes to junior college), Title Case headline without
#    speech, "December 3, 2026 | By ..." line, straight " and apostrophes, closed em dash, American punctuation
#    inside closing marks, scouting jargon. Lede content before "he told Baseball America on Tuesday"; quote with
#    "Keener said"; content before "according to a person with knowledge of the negotiations"; club "In a
#    statement in July, ... said they had made Keener "..." and that they respected his decision" (partial plus
#    indirect); father Ron Keener (shares the surname) "said A", quote split by "he said"; scare so-called "JUCO
#    route,"; "Scouts were split" (not speech); anonymous scouting director named after the first half of his
#    quote; anonymous crosschecker "was blunter, saying Keener had "..." with ... as "..."" (two partials); coach
#    "called Keener "..." and said B" (partial plus indirect); "Asked whether ..., Keener said A and that there
#    were "..."" (indirect plus partial).
ARTICLES[f"{BATCH}/dallas-keener-juco-after-pirates.gold.json"] = {
    "article": f"{BATCH}/dallas-keener-juco-after-pirates.txt",
    "target": "Dallas Keener",
    "quotes": [
        (I, "Dallas Keener", "Dallas Keener, the Texas high school righthander who stunned the industry by declining to "
            "sign with the Pirates as the ninth overall pick in July, will pitch next spring at San Jacinto (Texas) JC",
            None),
        (D, "Dallas Keener", "I know what people are saying, that I got bad advice or that I'm greedy. It was never about "
            "money. It was about where I'd develop best, and I didn't feel that was the right place for me,", None),
        (I, "person with knowledge of the negotiations", "The Pirates offered Keener a bonus of $4.1 million, about "
            "$600,000 below the slot value of the pick", None),
        (P, "Pirates", "a strong, fair offer", None),
        (I, "Pirates", "they respected his decision", None),
        (I, "Ron Keener", "the family had no regrets", None),
        (D, "Ron Keener", "Dallas had a plan and the Pirates had a plan, and they weren't the same plan,", None),
        (D, "Ron Keener", "That's baseball. Nobody did anything wrong.", None),
        (S, None, "JUCO route,", None),
        (D, "one American League scouting director", "The stuff is first-round stuff. He's 96-98 with a real slider, and "
            "that doesn't go away,", None),
        (D, "one American League scouting director", "The question is how teams read the makeup piece after this.",
            None),
        (P, "National League crosschecker", "burned a bridge", None),
        (P, "National League crosschecker", "a tough sign.", None),
        (P, "Hector Villarreal", "the most advanced arm I've had in 20 years", None),
        (I, "Hector Villarreal", "he would be used as a starter from opening day", None),
        (I, "Dallas Keener", "he had exchanged text messages with the area scout who followed him through high school",
            None),
        (P, "Dallas Keener", "no hard feelings on my end.", None),
    ],
    "actors": [
        actor("Dallas Keener", "person", title="pitcher, unsigned 2026 first-round pick",
              aliases=["Dallas Keener", "Keener", "Dallas"], stance=1),
        actor("person with knowledge of the negotiations", "person", title="anonymous source",
              aliases=["person with knowledge of the negotiations"], stance=0),
        actor("Pirates", "organisation", title="MLB club", aliases=["Pirates"], stance=0),
        actor("Ron Keener", "person", title="father, high school coach", aliases=["Ron Keener"], stance=1),
        actor("one American League scouting director", "person", title="anonymous scouting director",
              aliases=["one American League scouting director"], stance=0),
        actor("National League crosschecker", "person", title="anonymous crosschecker",
              aliases=["National League crosschecker"], stance=-1),
        actor("Hector Villarreal", "person", title="coach", affiliation="San Jacinto JC",
              aliases=["Hector Villarreal", "Villarreal"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Chalkbeat Chicago (education: midyear cuts to special education aides), headline without speech, byline and
#    "Dec 4, 2026, 6:53pm CST" lines, curly double quotes and curly apostrophes, American punctuation inside
#    closing marks, author note and newsletter line. Lede content before "district officials told principals in
#    an email Thursday"; "The email, which Chalkbeat obtained, said A, and that B" (one span, the officials'
#    email); scare so-called "fiscal cliff"; spokesperson "said the district was "..." while facing "..."" (two
#    partials); CEO's quote split by "interim CEO Marisol Etheridge told reporters after ...", "She said A";
#    "Parents ... were not persuaded" (not speech); parent's quote split by "said Keisha Marbury, whose ...";
#    union "called the plan "..." and said B" (partial plus indirect); board member Lucy Park "said A" and "She
#    questioned whether ..." (reported question, not annotated), quote with "Park said"; anonymous principal
#    "said A", "she said"; "According to ISBE data, A".
ARTICLES[f"{BATCH}/cps-special-education-aide-cuts.gold.json"] = {
    "article": f"{BATCH}/cps-special-education-aide-cuts.txt",
    "target": "Chicago Public Schools",
    "quotes": [
        (I, "district officials", "Chicago Public Schools will eliminate about 380 special education classroom assistant "
            "positions in January to help close a $212 million midyear budget gap", None),
        (I, "district officials", "the cuts would mostly affect positions that are currently vacant or filled by "
            "temporary staff, and that no student\u2019s individualized education program, or IEP, would be changed as "
            "a result", None),
        (S, None, "fiscal cliff", None),
        (P, "Evan Marchetti", "committed to meeting every student\u2019s needs", None),
        (P, "Evan Marchetti", "a structural deficit we did not create.", None),
        (D, "Marisol Etheridge", "Nobody wants to make these reductions in the middle of a school year,", None),
        (D, "Marisol Etheridge", "But the alternative is bigger cuts in the spring that would reach every classroom.",
            None),
        (I, "Marisol Etheridge", "the district had asked the Illinois State Board of Education to review the plan before "
            "it takes effect", None),
        (D, "Keisha Marbury", "My son\u2019s aide is the reason he can sit in a classroom at all,", None),
        (D, "Keisha Marbury", "They keep saying IEPs won\u2019t change. The paper won\u2019t change. What happens in the "
            "room will.", None),
        (P, "Chicago Teachers Union", "an attack on the most vulnerable students in this city", None),
        (I, "Chicago Teachers Union", "it would file a grievance", None),
        (I, "Lucy Park", "she had not been told about the cuts before Thursday", None),
        (D, "Lucy Park", "I found out from a parent\u2019s text message. That is not how this board should learn about "
            "decisions like this,", None),
        (I, "principal on the Southwest Side", "her school would lose three of its seven aides", None),
        (D, "principal on the Southwest Side", "We\u2019ll figure it out, because we always do. But the kids will feel "
            "it,", None),
        (I, "Illinois State Board of Education", "CPS serves about 54,000 students with disabilities, roughly 17% of its "
            "enrollment", None),
    ],
    "actors": [
        actor("district officials", "group", affiliation="Chicago Public Schools",
              aliases=["district officials", "The email"], stance=0),
        actor("Evan Marchetti", "person", title="spokesperson", affiliation="Chicago Public Schools",
              aliases=["Evan Marchetti", "Marchetti"], stance=1),
        actor("Marisol Etheridge", "person", title="interim CEO", affiliation="Chicago Public Schools",
              aliases=["Marisol Etheridge", "Etheridge"], stance=1),
        actor("Keisha Marbury", "person", title="parent", aliases=["Keisha Marbury", "Marbury"], stance=-1),
        actor("Chicago Teachers Union", "organisation", title="union", aliases=["Chicago Teachers Union"], stance=-1),
        actor("Lucy Park", "person", title="board member", affiliation="Chicago Board of Education",
              aliases=["Lucy Park", "Park"], stance=-1),
        actor("principal on the Southwest Side", "person", title="anonymous principal",
              affiliation="Chicago Public Schools", aliases=["principal on the Southwest Side"], stance=-1),
        actor("Illinois State Board of Education", "government", affiliation="Illinois",
              aliases=["Illinois State Board of Education", "ISBE"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Food For Mzansi (South African agriculture: a dairy processor cuts the milk price paid to small farmers),
#    headline and standfirst without quote marks (the standfirst's unquoted "Farmers ... say ..." is not
#    annotated), "By ... | 3 December 2026" line, straight " and apostrophes, "2 400 litres", "R7.85", present-tense
#    "says", names that are common words (Gift, Lucky), a shared surname (Lucky and Thandeka Mthembu). Feature
#    lede (not speech); farmer's quote with "says Ndlovu, who ...", "Ndlovu says A"; content before "the company
#    confirmed to Food For Mzansi"; scare so-called "price-review" clause; manager (apposition) "said the
#    processor was facing "..." of ..." (partial only), "Fourie said", "She said A"; "Not everyone accepts the
#    explanation" (not speech); MPO "says A"; economist "says processors are passing ... "..."" (partial only),
#    "he says"; farmer's quote with "says Mthembu"; his wife "says A", "she says"; Afasa "said it had written ...
#    asking it to investigate whether ... were "..."" (partial only); department spokesperson (title chain) "said
#    A".
ARTICLES[f"{BATCH}/amatola-dairies-milk-price-cut.gold.json"] = {
    "article": f"{BATCH}/amatola-dairies-milk-price-cut.txt",
    "target": "Amatola Dairies",
    "quotes": [
        (D, "Gift Ndlovu", "I got an SMS on a Friday afternoon saying the price is going down by 60 cents from the 1st "
            "of December. Sixty cents! My margin was 40 cents in a good month,", None),
        (I, "Gift Ndlovu", "he has already sold six heifers to pay for feed", None),
        (I, "Amatola Dairies", "Amatola Dairies, one of the largest milk buyers in the Eastern Cape, has cut its producer "
            "price from R7.85 to R7.25 a litre for all suppliers", None),
        (S, None, "price-review", None),
        (P, "Elmarie Fourie", "a perfect storm", None),
        (D, "Elmarie Fourie", "We regret the short notice. But if we don't adjust now, we put the whole business at risk "
            "– and then nobody gets paid,", None),
        (I, "Elmarie Fourie", "the company would review the price again at the end of February", None),
        (I, "Milk Producers' Organisation", "the average producer price in South Africa has fallen by about 4% since "
            "August, far less than the cut announced by Amatola", None),
        (P, "Pieter-Jan Swanepoel", "because farmers are the ones who can't say no", None),
        (D, "Pieter-Jan Swanepoel", "A big commercial farmer can sell to someone else. A small farmer with 60 cows and "
            "one buyer within 100km has no bargaining power at all,", None),
        (D, "Lucky Mthembu", "We took a loan from the Land Bank to buy a milking machine last year. Now the machine is "
            "working and the price is not,", None),
        (I, "Thandeka Mthembu", "three neighbouring farmers have already stopped milking", None),
        (D, "Thandeka Mthembu", "Nobody came to ask us anything before they decided,", None),
        (P, "African Farmers' Association of South Africa", "acting in concert", None),
        (I, "Sizwe Mbete", "the department was monitoring the situation and would meet milk buyers in January", None),
    ],
    "actors": [
        actor("Gift Ndlovu", "person", title="dairy farmer", aliases=["Gift Ndlovu", "Ndlovu"], stance=-1),
        actor("Amatola Dairies", "organisation", title="milk processor", aliases=["Amatola Dairies", "Amatola"],
              stance=1),
        actor("Elmarie Fourie", "person", title="procurement manager", affiliation="Amatola Dairies",
              aliases=["Elmarie Fourie", "Fourie"], stance=1),
        actor("Milk Producers' Organisation", "organisation", title="producers' organisation",
              aliases=["Milk Producers' Organisation", "MPO"], stance=-1),
        actor("Pieter-Jan Swanepoel", "person", title="economist", affiliation="Milk Producers' Organisation",
              aliases=["Pieter-Jan Swanepoel", "Swanepoel"], stance=-1),
        actor("Lucky Mthembu", "person", title="dairy farmer", aliases=["Lucky Mthembu", "Mthembu"], stance=-1),
        actor("Thandeka Mthembu", "person", title="dairy farmer, keeps the farm's books",
              aliases=["Thandeka Mthembu"], stance=-1),
        actor("African Farmers' Association of South Africa", "organisation", title="farmers' association",
              aliases=["African Farmers' Association of South Africa", "Afasa"], stance=-1),
        actor("Sizwe Mbete", "person", title="spokesperson",
              affiliation="Eastern Cape Department of Rural Development and Agrarian Reform",
              aliases=["Sizwe Mbete", "Mbete"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
