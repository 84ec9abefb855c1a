"""Build the test119 gold files (data/eval/test119/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test119/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test119.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test119"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. PTI wire (India and Russia sign a pact to train Indian seafarers for the Northern Sea Route),
#    headline without speech, dateline "New Delhi, Dec 4 (PTI)" with no dash, straight " and
#    apostrophes, agency code line at the end. Lede content before "the Shipping Ministry said", then
#    "calling it "..."" (partial); deputy PM quote with "Lavrentyev said", then "he said"; minister
#    "said A would create "..." for ... and that B" (partial plus indirect), quote with "the minister
#    told reporters"; "According to Rosatom, A"; Rosatom official named after the quote ("said Anatoly
#    Shirokov, deputy director ..."), "Shirokov said A"; scare so-called "shadow fleet"; union
#    "welcomed the agreement but said A" (act plus indirect); union leader "told PTI"; anonymous
#    official "said A. He said ... had given "..." that ..." (indirect, then partial only); "Experts
#    ... sounded a note of caution" (act); analyst named after the quote, then "Rao said A "..."" (the clause
#    holds the fragment: partial only); MEA "said the pact reflected the "..."" (partial only).
ARTICLES[f"{BATCH}/india-russia-arctic-seafarers-pact.gold.json"] = {
    "article": f"{BATCH}/india-russia-arctic-seafarers-pact.txt",
    "target": "Russia",
    "quotes": [
        (I, "Shipping Ministry", "Russia will train up to 1,500 Indian seafarers over the next three years to operate "
            "ice-class vessels on the Northern Sea Route under an agreement signed here on Friday", None),
        (P, "Shipping Ministry", "a new chapter", None),
        (D, "Yegor Lavrentyev", "Russia is offering its unique experience of navigation in ice conditions to its most "
            "trusted partner,", None),
        (D, "Yegor Lavrentyev", "The Northern Sea Route is not a dream for the future. It is already working, and we "
            "want Indian officers on the bridge,", None),
        (P, "Harsh Vardhan Kulkarni", "thousands of well-paid jobs", None),
        (I, "Harsh Vardhan Kulkarni", "it would help Indian shipping companies cut sailing times to East Asia by up to "
            "two weeks", None),
        (D, "Harsh Vardhan Kulkarni", "Our seafarers are among the best in the world. With this training they will be "
            "ready for the most demanding waters on the planet,", None),
        (I, "Rosatom", "cargo traffic on the route reached 41 million tonnes in 2026, and Indian companies accounted "
            "for nearly a fifth of the crude oil shipped along it", None),
        (D, "Anatoly Shirokov", "We will start with simulator courses in Mumbai and St Petersburg, and the first cadets "
            "will go on board in the summer navigation season,", None),
        (I, "Anatoly Shirokov", "the training would be free for the first 300 cadets, with the rest of the cost shared "
            "by the two sides", None),
        (S, None, "shadow fleet", None),
        (I, "National Union of Seafarers of India", "crews must not be forced to sail on vessels placed under Western "
            "sanctions", None),
        (D, "Sunil D'Souza", "Nobody is against jobs. But if a ship is blacklisted, it is the seafarer who pays the "
            "price, not the owner,", None),
        (I, "senior official of the Directorate General of Shipping", "the question of sanctioned vessels had been "
            "raised during the talks", None),
        (P, "senior official of the Directorate General of Shipping", "clear assurances", None),
        (D, "Nandini Rao", "The route is shorter, but insurance is a nightmare and the navigation season is only a few "
            "months long,", None),
        (P, "Nandini Rao", "as long as the discounts last", None),
        (P, "Ministry of External Affairs", "special and privileged strategic partnership", None),
    ],
    "actors": [
        actor("Shipping Ministry", "government", affiliation="India", aliases=["Shipping Ministry"], stance=1),
        actor("Yegor Lavrentyev", "person", title="Deputy Prime Minister", affiliation="Russia",
              aliases=["Yegor Lavrentyev", "Lavrentyev"], stance=1),
        actor("Harsh Vardhan Kulkarni", "person", title="Union Shipping Minister", affiliation="India",
              aliases=["Harsh Vardhan Kulkarni", "Kulkarni", "the minister"], stance=1),
        actor("Rosatom", "organisation", title="state nuclear corporation", affiliation="Russia",
              aliases=["Rosatom"], stance=0),
        actor("Anatoly Shirokov", "person", title="deputy director of the Northern Sea Route directorate",
              affiliation="Rosatom", aliases=["Anatoly Shirokov", "Shirokov"], stance=1),
        actor("National Union of Seafarers of India", "organisation", title="seafarers' union",
              aliases=["National Union of Seafarers of India", "NUSI"], stance=0),
        actor("Sunil D'Souza", "person", title="general secretary",
              affiliation="National Union of Seafarers of India", aliases=["Sunil D'Souza", "D'Souza"], stance=0),
        actor("senior official of the Directorate General of Shipping", "person", title="anonymous senior official",
              affiliation="Directorate General of Shipping",
              aliases=["senior official of the Directorate General of Shipping"], stance=1),
        actor("Nandini Rao", "person", title="maritime analyst", affiliation="Gateway House",
              aliases=["Nandini Rao", "Rao"], stance=0),
        actor("Ministry of External Affairs", "government", affiliation="India",
              aliases=["Ministry of External Affairs"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Lawyers Weekly (junior lawyers sue a mid-tier firm over unpaid overtime), headline with a curly
#    single fragment "... over ‘unpaid hours’", standfirst without speech, byline and "08 December 2026 |
#    Big Law" line, curly “ ” and ’, "Ms"/"Mr", "Read more:" lines. Applicants "say A" (present tense);
#    their lawyer "said the case was about “...”" (partial only), quote with "Ms Ng told Lawyers Weekly",
#    then a quote-only paragraph; firm's spokesperson "said the firm “...” the allegations and that B"
#    (partial plus indirect), quote with "the spokesperson said"; managing partner "declined to comment"
#    (not annotated); anonymous applicant "said A", then "she said"; alliance "has previously warned about
#    what it calls a “...”" (partial only); law society president "said A but that B remained “...”"
#    (indirect plus partial), quote with "Mr Okafor said"; barrister "said A", quote split by "she said";
#    scare so-called “flexible hours” policy.
ARTICLES[f"{BATCH}/harcourt-lyle-junior-lawyers-overtime.gold.json"] = {
    "article": f"{BATCH}/harcourt-lyle-junior-lawyers-overtime.txt",
    "target": "Harcourt Lyle",
    "quotes": [
        (P, "Junior lawyers", "unpaid hours", None),
        (I, "Junior lawyers", "they were routinely expected to work more than 60 hours a week on salaries that, once "
            "their hours were taken into account, fell below the minimum set by the Legal Services Award", None),
        (P, "Matilda Ng", "a business model, not a few bad weeks", None),
        (D, "Matilda Ng", "These were young people who were told, in effect, that the hours were the price of "
            "admission. The firm recorded every six-minute unit they billed, so it knew exactly how long they were "
            "working,", None),
        (D, "Matilda Ng", "What it did not do was pay them for it.", None),
        (P, "spokesperson for Harcourt Lyle", "strongly rejects", None),
        (I, "spokesperson for Harcourt Lyle", "it would defend the proceedings", None),
        (D, "spokesperson for Harcourt Lyle", "Harcourt Lyle pays its junior lawyers above the award and has done so "
            "for many years. We take the wellbeing of our people seriously and we are confident the court will find "
            "that we have met our obligations,", None),
        (I, "One of the applicants", "she had once billed 71 hours in a week during a due diligence exercise", None),
        (D, "One of the applicants", "Nobody forced you to stay, exactly. But everybody knew who went home at six and "
            "what happened to them at review time,", None),
        (P, "Australian Lawyers Alliance", "culture of silence", None),
        (I, "Daniel Okafor", "the profession had made progress on wellbeing", None),
        (P, "Daniel Okafor", "the elephant in the room", None),
        (D, "Daniel Okafor", "Firms that treat six-minute units as the only measure of value will keep losing their "
            "best young people,", None),
        (I, "Priya Halloran", "underpayment claims by lawyers were still rare because junior practitioners feared for "
            "their careers", None),
        (D, "Priya Halloran", "It takes real courage to sue your own firm in a profession this small,", None),
        (D, "Priya Halloran", "Whatever the outcome, this case will make a lot of managing partners check their "
            "numbers.", None),
        (S, None, "flexible hours", None),
    ],
    "actors": [
        actor("Junior lawyers", "group", title="applicants", affiliation="Harcourt Lyle (current and former)",
              aliases=["Junior lawyers", "The applicants"], stance=-1),
        actor("Matilda Ng", "person", title="lawyer for the applicants", affiliation="Ng Carver",
              aliases=["Matilda Ng", "Ng", "Ms Ng"], stance=-1),
        actor("spokesperson for Harcourt Lyle", "person", title="spokesperson", affiliation="Harcourt Lyle",
              aliases=["spokesperson for Harcourt Lyle", "the spokesperson"], stance=1),
        actor("One of the applicants", "person", title="anonymous former junior associate",
              affiliation="Harcourt Lyle (former)", aliases=["One of the applicants"], stance=-1),
        actor("Australian Lawyers Alliance", "organisation", aliases=["Australian Lawyers Alliance"], stance=None),
        actor("Daniel Okafor", "person", title="president", affiliation="Law Society of NSW",
              aliases=["Daniel Okafor", "Okafor", "Mr Okafor"], stance=None),
        actor("Priya Halloran", "person", title="workplace relations barrister",
              aliases=["Priya Halloran", "Halloran"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Keene Sentinel local news (the college proposes cutting five majors), headline without
#    speech, byline in capitals, "Sentinel Staff" and date lines, dateline "KEENE —", straight " and
#    apostrophes, reporter's contact line at the end. Lede content before "college officials told faculty
#    Thursday"; content before "the college said"; scare so-called "program prioritization" review;
#    president "said the college had "..."" (partial only), quote with "he wrote", then "said: "..." open at
#    the end of its line and a closed paragraph; faculty union "said A, and it accused ... of "..."" (indirect
#    plus partial); union president named after the first stretch ("said Martin Bell, ..."), second stretch
#    after the attribution; "Bell said A"; student Ava Bell (shared surname; "Bell" alone is the professor)
#    "said A", then "she said"; student leader "said ... had been "..." ... but that B" (partial plus
#    indirect), then "they said"; system spokeswoman "said A"; state rep "called the proposal "..."" (partial).
ARTICLES[f"{BATCH}/keene-state-majors-cuts.gold.json"] = {
    "article": f"{BATCH}/keene-state-majors-cuts.txt",
    "target": "Keene State College",
    "quotes": [
        (I, "college officials", "Keene State College wants to eliminate five undergraduate majors, including geology "
            "and music performance, as it tries to close a projected $6.8 million budget gap", None),
        (I, "Keene State College", "Students already enrolled in those programs would be allowed to finish their "
            "degrees", None),
        (S, None, "program prioritization", None),
        (P, "Carlos Ybarra-Lind", "no responsible alternative.", None),
        (D, "Carlos Ybarra-Lind", "Enrollment in these programs has fallen by more than half in a decade, and we cannot "
            "keep asking every other department to carry them,", None),
        (D, "Carlos Ybarra-Lind", "I know what these programs mean to the people who built them, and to the alumni who "
            "still write to me about them.", None),
        (D, "Carlos Ybarra-Lind", "But a public college has to be honest about where students are going. This is the "
            "hardest recommendation I have made in this job.", None),
        (I, "Keene State College Education Association", "the cuts would put at least 14 tenured positions at risk", None),
        (P, "Keene State College Education Association", "hollowing out", None),
        (D, "Martin Bell", "You do not close a geology program in a state that is literally made of granite,", None),
        (D, "Martin Bell", "Nobody asked us for alternatives. We found out from a slide deck.", None),
        (I, "Martin Bell", "the union had proposed merging geology with environmental studies in October but had never "
            "received a response", None),
        (I, "Ava Bell", "she had turned down a scholarship at a larger school to study at Keene State", None),
        (D, "Ava Bell", "They put our wind ensemble on the cover of the brochure. Now they want to cut it,", None),
        (P, "Jordan Snow", "blindsided", None),
        (I, "Jordan Snow", "they understood the college's finances were under real strain", None),
        (D, "Jordan Snow", "We want to be part of the conversation, not the last ones to hear about it,", None),
        (I, "Dana Whitcombe", "the board would take up the proposal at its meeting in February", None),
        (P, "Amos Leclair", "short-sighted", None),
    ],
    "actors": [
        actor("college officials", "group", affiliation="Keene State College", aliases=["college officials"], stance=0),
        actor("Keene State College", "organisation", title="public college",
              aliases=["Keene State College", "Keene State", "the college"], stance=1),
        actor("Carlos Ybarra-Lind", "person", title="President", affiliation="Keene State College",
              aliases=["Carlos Ybarra-Lind", "Ybarra-Lind"], stance=1),
        actor("Keene State College Education Association", "organisation", title="faculty union",
              aliases=["Keene State College Education Association"], stance=-1),
        actor("Martin Bell", "person", title="geology professor, union president",
              affiliation="Keene State College Education Association", aliases=["Martin Bell", "Bell"], stance=-1),
        actor("Ava Bell", "person", title="music performance junior", affiliation="Keene State College",
              aliases=["Ava Bell"], stance=-1),
        actor("Jordan Snow", "person", title="president of the Student Assembly", affiliation="Keene State College",
              aliases=["Jordan Snow", "Snow"], stance=0),
        actor("Dana Whitcombe", "person", title="spokeswoman", affiliation="University System of New Hampshire",
              aliases=["Dana Whitcombe", "Whitcombe"], stance=None),
        actor("Amos Leclair", "person", title="State Rep., D-Keene", affiliation="New Hampshire House of Representatives",
              aliases=["Amos Leclair", "Leclair"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Professional Engineering (IMechE; a government-commissioned review backs a fleet of tidal lagoons),
#    headline and standfirst without speech, byline and "4 Dec 2026" line, curly “ ” and ’, "£22bn", photo
#    caption ending "(Credit: ...)", newsletter footer. Lede "..., the chair of a government-commissioned
#    review has said" (speaker named in the next paragraph: Solberg); "calls for the government to ..."
#    (directive); quote split by "Solberg said at ..."; "Asked whether ..., she said: “...”"; scare
#    “white elephant”; IMechE head "said the report was “...” and that B" (partial plus indirect), then
#    "she added"; RSPB "said A"; its officer "said: “...”" naming "Professor Solberg"; developer "welcomed the
#    report, which he said “...”" (partial only); economist Park Hyun-woo (family name first) "said ... assumed
#    borrowing rates that “...”" (partial only), quote with "Park said", then a quote-only paragraph; DESNZ
#    spokesperson "said the government would “...” the recommendations, adding that B" (partial plus
#    indirect). Not annotated: "The review also recommends ...", the 2018 rejection.
ARTICLES[f"{BATCH}/tidal-lagoon-review-solberg.gold.json"] = {
    "article": f"{BATCH}/tidal-lagoon-review-solberg.txt",
    "target": "Ingrid Solberg",
    "quotes": [
        (I, "Ingrid Solberg", "A fleet of six tidal lagoons around the coasts of England and Wales could supply enough "
            "electricity for two million homes by 2040", None),
        (D, "Ingrid Solberg", "Tidal range is the only renewable source we can predict to the minute, a hundred years "
            "ahead,", None),
        (D, "Ingrid Solberg", "We have been talking about lagoons for 20 years. It is time to build one.", None),
        (D, "Ingrid Solberg", "It is a big number. But it buys infrastructure that will still be working when today\u2019s "
            "wind turbines have been recycled twice.", None),
        (S, None, "white elephant", None),
        (P, "Anjali Kettering", "the most rigorous case for tidal power yet made", None),
        (I, "Anjali Kettering", "much of the supply chain for turbines, sluice gates and breakwaters could be built in "
            "the UK", None),
        (D, "Anjali Kettering", "The skills question is the one that keeps me up at night,", None),
        (D, "Anjali Kettering", "We will need thousands of welders and marine engineers, and we are not training them "
            "yet.", None),
        (I, "RSPB", "the recommendations ignored the damage that lagoon walls could do to intertidal mudflats used by "
            "hundreds of thousands of wading birds each winter", None),
        (D, "Gareth Mould", "Professor Solberg\u2019s review treats our estuaries as empty space on a map. They are not, "
            "and the birds that depend on them cannot simply move somewhere else.", None),
        (P, "Owain Probert", "finally puts real numbers on the table", None),
        (P, "Park Hyun-woo", "look optimistic in today\u2019s market", None),
        (D, "Park Hyun-woo", "If you compare a lagoon with offshore wind plus batteries, the lagoon loses on price for "
            "most of its life,", None),
        (D, "Park Hyun-woo", "Where it wins is certainty. You know exactly what it will produce on a Tuesday in 2090, "
            "and the grid will need some of that.", None),
        (P, "spokesperson for the Department for Energy Security and Net Zero", "carefully consider", None),
        (I, "spokesperson for the Department for Energy Security and Net Zero", "a full response would be published in "
            "the spring", None),
    ],
    "actors": [
        actor("Ingrid Solberg", "person", title="Professor, chair of the tidal lagoon review",
              affiliation="University of Strathclyde",
              aliases=["Ingrid Solberg", "Solberg", "Professor Solberg"], stance=1),
        actor("Anjali Kettering", "person", title="head of engineering policy",
              affiliation="Institution of Mechanical Engineers (IMechE)",
              aliases=["Anjali Kettering", "Kettering"], stance=1),
        actor("RSPB", "organisation", title="conservation charity", aliases=["RSPB"], stance=-1),
        actor("Gareth Mould", "person", title="head of conservation policy", affiliation="RSPB",
              aliases=["Gareth Mould", "Mould"], stance=-1),
        actor("Owain Probert", "person", title="chief executive", affiliation="Severnside Lagoons",
              aliases=["Owain Probert", "Probert"], stance=1),
        actor("Park Hyun-woo", "person", title="energy economist", affiliation="Imperial College London",
              aliases=["Park Hyun-woo", "Park"], stance=0),
        actor("spokesperson for the Department for Energy Security and Net Zero", "person", title="spokesperson",
              affiliation="Department for Energy Security and Net Zero",
              aliases=["spokesperson for the Department for Energy Security and Net Zero"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
