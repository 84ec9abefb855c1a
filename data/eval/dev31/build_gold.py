"""Build the dev31 gold files (data/eval/dev31/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when
that text occurs more than once, by an anchor (a string occurring exactly once in the article) from
whose start the text is searched. Run from anywhere:  python3 data/eval/dev31/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev31.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. FT "Big Read"-style news analysis (a European battery start-up in trouble), present tense
#    throughout, curly “ ” and ’ apostrophes (Nordvik’s, EU’s, Lund’s), British spelling, `per
#    cent`, `Mr Lund`, fragment punctuation outside the marks. Headline, standfirst and byline
#    line without speech. Scare so-called “battery sovereignty”. Lede-style `Its chief executive
#    now concedes that A` (the speaker named only in the next paragraph: `says Magnus Lund,
#    Nordvik’s chief executive, ...`). `Mr Lund argues that A`; content before `he points out`;
#    `The company says it expects ...`; content before `reckons Tom Avery, who ...`; group
#    `Several people close to the company say A` (span keeps the inner `is that ...`); anonymous
#    `One former executive ... describes X as “...”` (partial only); `Others point the finger at
#    Brussels` (no content, not annotated); `X of Bruegel, a think-tank, argues that A` then `she
#    says`; content before `the company announced on Tuesday`; `X ... reckons A` (cue before the
#    content), `she says` with the quote resumed; ministry spokesperson `says the government is
#    “...” and that B` (partial plus indirect); closing split quote `he says` after `Mr Lund walks`.
ARTICLES["data/eval/dev31/nordvik-battery-maker-retrenchment.gold.json"] = {
    "article": "data/eval/dev31/nordvik-battery-maker-retrenchment.txt",
    "target": "Nordvik",
    "quotes": [
        (S, None, "battery sovereignty", None),
        (I, "Magnus Lund", "the question is no longer how fast Nordvik can grow but whether it can get through "
            "the next 18 months", None),
        (D, "Magnus Lund", "We built the plane while we were flying it, and some of the parts did not fit,", None),
        (I, "Magnus Lund", "these are the problems of any factory learning a difficult trade, not the symptoms of "
            "a flawed business", None),
        (I, "Magnus Lund", "Scrap rates have fallen from almost 40 per cent of cells in January to 14 per cent",
            None),
        (I, "Nordvik", "it expects to break even on a cash basis in 2027", None),
        (I, "Tom Avery", "Scrap rates at established Asian producers run at between 2 and 5 per cent", None),
        (D, "Tom Avery", "Fourteen per cent is a lot better than 40, but it is still a number that loses you "
            "money on every cell you sell,", None),
        (I, "people close to the company", "the deeper problem is that Nordvik tried to do everything at once: "
            "design its own cell chemistry, build its own production machinery and open four sites in three "
            "countries within five years", None),
        (P, "One former executive", "a start-up with the budget of a ministry and the discipline of neither", None),
        (I, "Elena Marchetti", "the EU\u2019s state-aid rules and its high power prices have left European battery "
            "makers paying more for everything from land to electricity than their rivals in China or, since the "
            "passage of the Inflation Reduction Act, America", None),
        (D, "Elena Marchetti", "Nordvik made its own mistakes, but it is also the victim of a Europe that wanted a "
            "battery industry without paying the full price for one,", None),
        (I, "Nordvik", "The second Pite\u00e5 plant will be mothballed, a planned factory in Poland has been shelved "
            "and about 1,600 of Nordvik\u2019s 6,500 staff will lose their jobs", None),
        (I, "Sofie Brandt", "Nordvik will need at least $1bn of fresh money before the end of next year", None),
        (D, "Sofie Brandt", "We still believe in the technology,", None),
        (D, "Sofie Brandt", "But the existing shareholders have written their last cheque at these prices. The "
            "next one will come from a government or from a buyer, and neither will be cheap.", None),
        (P, "spokesperson for the enterprise ministry", "following developments closely", None),
        (I, "spokesperson for the enterprise ministry", "it has no plans to take a stake in the company", None),
        (D, "Magnus Lund", "People ask me whether Europe can build batteries,", None),
        (D, "Magnus Lund", "We are building them. The question is whether we can build them cheaply enough, and "
            "fast enough, before the money runs out.", None),
    ],
    "actors": [
        actor("Magnus Lund", "person", title="chief executive and co-founder", affiliation="Nordvik",
              aliases=["Magnus Lund", "Lund", "Mr Lund"], stance=1),
        actor("Nordvik", "organisation", title="Swedish battery-cell maker",
              aliases=["Nordvik", "The company", "the company"], stance=1),
        actor("Tom Avery", "person", title="battery-industry analyst", affiliation="Bernstein",
              aliases=["Tom Avery", "Avery"], stance=-1),
        actor("people close to the company", "group", title="unnamed people close to Nordvik",
              aliases=["people close to the company"], stance=-1),
        actor("One former executive", "person", title="former executive (anonymous)", affiliation="Nordvik",
              aliases=["One former executive"], stance=-1),
        actor("Elena Marchetti", "person", title="economist", affiliation="Bruegel (think-tank)",
              aliases=["Elena Marchetti", "Marchetti"], stance=0),
        actor("Sofie Brandt", "person", title="fund manager", affiliation="Lindholm Kapital (early investor)",
              aliases=["Sofie Brandt", "Brandt"], stance=0),
        actor("spokesperson for the enterprise ministry", "person", title="spokesperson",
              affiliation="Sweden's enterprise ministry", aliases=["spokesperson for the enterprise ministry"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. US regional newspaper (school board votes to close an elementary school and sell the land to
#    a developer), byline `By NAME | Courier Staff Writer`, dateline `BROOKFIELD —`, straight `"`
#    and apostrophes (`kids' school`, `can't`, `we'd`), punctuation inside closing marks. Headline
#    without speech. Scare so-called "right-sizing" plan. `Whitcomb has argued for months that A`;
#    split quote `Whitcomb said after the vote`; `Whitcomb said the money would ...`. Parent named
#    after her first stretch (`said X, who ...`), quote resumed, then a quote-only paragraph
#    (continuity) and `Trent said A, and that B` (one span): the same speaker in three consecutive
#    paragraphs. Teacher `told the board she had ...` then a quote attributed `Ellison said, drawing
#    ...`. Supporting parent `said A and B` (one span). Board member `called the process "..."` then
#    `He said A` (partial, then indirect); question `Keller asked`. `did not respond to a request for
#    comment` (not annotated). Developer `said the company would A and would B` (one span). Closing
#    quote `she said` after a sentence with no speech (Trent, its subject).
ARTICLES["data/eval/dev31/brookfield-harmon-elementary-closure.gold.json"] = {
    "article": "data/eval/dev31/brookfield-harmon-elementary-closure.txt",
    "target": "Brookfield Area School District",
    "quotes": [
        (S, None, "right-sizing", None),
        (I, "Dana Whitcomb", "the district cannot afford to keep five elementary buildings open while enrollment "
            "keeps falling", None),
        (D, "Dana Whitcomb", "Nobody in this district wants to close a school. But I can't ask taxpayers to put "
            "$6.8 million into a building we'd be closing in five years anyway,", None),
        (D, "Dana Whitcomb", "The kids at Harmon aren't losing their teachers. They're moving down the road with "
            "them.", None),
        (I, "Dana Whitcomb", "the money would go toward an eight-classroom addition at Fox Run", None),
        (D, "Melissa Trent", "You are selling our kids' school to pay for somebody else's kids' school,", None),
        (D, "Melissa Trent", "That's not consolidation. That's a real estate deal.", None),
        (D, "Melissa Trent", "My daughter walks to Harmon. To get to Fox Run, she'll be on a bus for 40 minutes "
            "each way. She's 7.", None),
        (I, "Melissa Trent", "parents had collected more than 1,100 signatures on a petition asking the board to "
            "delay the vote by a year, and that several families were already touring private schools", None),
        (I, "Ruth Ellison", "she had seen the school's enrollment swing up and down before", None),
        (D, "Ruth Ellison", "Ten years ago you were putting trailers in our parking lot because we were out of "
            "room. Now you're telling us we're empty. Which is it going to be when those 140 townhomes are full "
            "of families?", None),
        (I, "Carlos Mendez", "classrooms there were already crowded and the addition was long overdue", None),
        (D, "Carlos Mendez", "We've been waiting on that wing since my son was in kindergarten,", None),
        (P, "Tom Keller", "rushed from start to finish.", None),
        (I, "Tom Keller", "the board should have waited for Brookfield Township to decide whether to rezone the "
            "land before agreeing to sell it", None),
        (D, "Tom Keller", "We're selling a property before we know what can legally be built on it. If the "
            "rezoning fails, what's our plan B?", None),
        (I, "Brian Sato", "the company would keep the school's two ballfields open as a public park and would pay "
            "for a traffic signal at Harmon Road and Route 23", None),
        (D, "Brian Sato", "The district ran an open bidding process, and we paid a fair price. We're going to be "
            "neighbors here for a long time,", None),
        (D, "Melissa Trent", "They voted tonight. We'll see who shows up in March,", None),
    ],
    "actors": [
        actor("Dana Whitcomb", "person", title="superintendent", affiliation="Brookfield Area School District",
              aliases=["Dana Whitcomb", "Whitcomb"], stance=1),
        actor("Melissa Trent", "person", title="Harmon parent, president of its parent-teacher organization",
              aliases=["Melissa Trent", "Trent"], stance=-1),
        actor("Ruth Ellison", "person", title="third-grade teacher (22 years)", affiliation="Harmon Elementary School",
              aliases=["Ruth Ellison", "Ellison"], stance=-1),
        actor("Carlos Mendez", "person", title="Fox Run parent", aliases=["Carlos Mendez", "Mendez"], stance=1),
        actor("Tom Keller", "person", title="school board member (voted no)",
              affiliation="Brookfield Area School Board", aliases=["Tom Keller", "Keller"], stance=-1),
        actor("Brian Sato", "person", title="vice president", affiliation="Keystone Ridge Homes (developer)",
              aliases=["Brian Sato", "Sato"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. RTÉ-style health story (record trolley count at a hospital), headline with straight single
#    `'unsafe'` (partial, the INMO: the headline names it), body in straight `"` with straight
#    apostrophes (`RTÉ's`, `They're`), fragment punctuation outside the marks, byline and
#    `Health Correspondent` lines, blank lines between paragraphs. Lede content before `according
#    to the Irish Nurses and Midwives Organisation`; `The union said A, and that B` (one span). Scare
#    so-called "full capacity protocol". Union official `said staff ... were "..."` (partial only),
#    then `she said` and a quote-only paragraph (continuity). Minister `said the figures were "..."
#    and that B` (partial plus indirect), `Ms Carolan said: "..."` (colon), `She said A, and that B`
#    (one span). Opposition `accused the minister of "..." and said ... had "..."` (two partials),
#    split quote `Mr Madigan said`. Patient quote `she told RTÉ News` running over two paragraphs.
#    HSE statement `said A, ..., and apologised to ...` (the apology has no content), then `It said
#    A, and that B` (one span, `It` = the HSE).
ARTICLES["data/eval/dev31/st-fiachras-athlone-trolley-record.gold.json"] = {
    "article": "data/eval/dev31/st-fiachras-athlone-trolley-record.txt",
    "target": "Niamh Carolan",
    "quotes": [
        (P, "Irish Nurses and Midwives Organisation", "unsafe", None),
        (I, "Irish Nurses and Midwives Organisation", "A record 142 patients are waiting on trolleys for a bed at "
            "St Fiachra's University Hospital in Athlone this morning", None),
        (I, "Irish Nurses and Midwives Organisation", "it was the highest number recorded at a single hospital "
            "since it began its Trolley Watch count in 2006, and that it had warned the Department of Health in "
            "September that the hospital would not cope this winter", None),
        (S, None, "full capacity protocol", None),
        (P, "Ciara Nolan", "at breaking point", None),
        (D, "Ciara Nolan", "Nurses are going home in tears. They're working through their breaks and being moved "
            "from ward to ward to plug gaps, and then they're told to do it all safely,", None),
        (D, "Ciara Nolan", "The minister has known about this hospital for two years. Every winter we're told "
            "there's a plan, and every winter we end up here.", None),
        (P, "Niamh Carolan", "completely unacceptable", None),
        (I, "Niamh Carolan", "she had asked the HSE for a full report on the hospital by Friday", None),
        (D, "Niamh Carolan", "This Government has put more money into the health service than any government in "
            "the history of the State. But money on its own does not fix a hospital where patients cannot be "
            "discharged because there is no home care package for them to go to.", None),
        (I, "Niamh Carolan", "40 additional beds would open at St Fiachra's in the spring, and that she would meet "
            "hospital management in Athlone next week", None),
        (P, "Eoin Madigan", "presiding over a slow-motion disaster", None),
        (P, "Eoin Madigan", "failed before winter even started", None),
        (D, "Eoin Madigan", "The minister comes on the radio every January to tell us about record investment,",
            None),
        (D, "Eoin Madigan", "Patients can't lie on record investment.", None),
        (D, "Mary Kavanagh", "The nurses have been very good to me. They're run off their feet,", None),
        (D, "Mary Kavanagh", "There's a man on the trolley beside me who's been here since Saturday and nobody can "
            "tell him when he'll get a bed.", None),
        (D, "Mary Kavanagh", "I'm 79 years of age. I never thought I'd be lying in a corridor with my coat over "
            "me.", None),
        (I, "HSE", "the hospital had seen a 23% rise in emergency department attendances over the past week, "
            "driven largely by flu", None),
        (I, "HSE", "the hospital was working with community services in Westmeath and Roscommon to speed up "
            "discharges, and that a number of elective procedures scheduled for this week had been postponed",
            None),
    ],
    "actors": [
        actor("Irish Nurses and Midwives Organisation", "organisation", title="nurses' union",
              aliases=["Irish Nurses and Midwives Organisation", "INMO", "The union"], stance=-1),
        actor("Ciara Nolan", "person", title="industrial relations officer",
              affiliation="Irish Nurses and Midwives Organisation", aliases=["Ciara Nolan", "Nolan"], stance=-1),
        actor("Niamh Carolan", "person", title="Minister for Health", affiliation="Government of Ireland",
              aliases=["Niamh Carolan", "Carolan", "Ms Carolan", "the minister", "The minister"], stance=1),
        actor("Eoin Madigan", "person", title="health spokesperson", affiliation="Sinn Féin",
              aliases=["Eoin Madigan", "Madigan", "Mr Madigan"], stance=-1),
        actor("Mary Kavanagh", "person", title="patient (79), from Moate", aliases=["Mary Kavanagh", "Kavanagh"],
              stance=None),
        actor("HSE", "government", title="Health Service Executive (statement)", affiliation="Ireland",
              aliases=["HSE"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AFP humanitarian wire (Chad orders Sudanese refugees moved from the border), dateline
#    `Adre (Chad) (AFP) -`, straight `"` and apostrophes (`Sudan's`, `N'Djamena`, `MSF's`),
#    punctuation inside closing marks, AFP slug line at the end. Headline `UN refugee agency warns
#    of 'catastrophe' as ...` (partial, UNHCR: the headline names it; the body's `a catastrophe in
#    the making` sits inside Fontaine's direct quote). Lede: an order (directive), `has alarmed
#    humanitarian groups` (no speech). The order `says the relocation is needed to "..."` (the
#    document speaks for the interior ministry; partial only). Scare so-called "spontaneous" sites.
#    `UNHCR said A and that B` (one span). Representative named after the first stretch (`UNHCR's
#    representative in Chad, X, told AFP by telephone ...`), quote resumed. Spokesman `defended the
#    order` (no content), then `he told reporters` split quote; `He said A, and accused some aid
#    groups of "..."` (indirect plus partial). WFP `said A and could not B` (one span). MSF indirect,
#    its coordinator named after the first stretch, quote resumed. Witnesses by first name only
#    (`said Hawa, 34, ...`; `Adam, 61, ..., said A` then `he said`). Anonymous diplomat `said A, but
#    that B "..."` (indirect plus the partial only). Closing background without cues.
ARTICLES["data/eval/dev31/chad-sudanese-refugees-relocation-order.gold.json"] = {
    "article": "data/eval/dev31/chad-sudanese-refugees-relocation-order.txt",
    "target": "Chad",
    "quotes": [
        (P, "UNHCR", "catastrophe", "warns of '"),
        (P, "interior ministry", "restore state authority", None),
        (S, None, "spontaneous", None),
        (I, "UNHCR", "it had not been consulted and that the three inland sites named in the order, some 150 "
            "kilometres to the west, had no water supply and no health facilities", None),
        (D, "Mireille Fontaine", "Moving this many people, most of them women and children, along roads that turn "
            "to mud every afternoon would be a catastrophe in the making,", None),
        (D, "Mireille Fontaine", "We are asking the government for time, and for a plan.", None),
        (D, "Ousmane Djidda", "Chad has opened its doors to more refugees than almost any country in the world, "
            "and it will keep them open,", None),
        (D, "Ousmane Djidda", "But we cannot allow armed men to come and go among civilians a few kilometres from "
            "a war.", None),
        (I, "Ousmane Djidda", "the government would provide trucks and fuel for the move", None),
        (P, "Ousmane Djidda", "exaggerating the risks to raise money.", None),
        (I, "World Food Programme", "it had already halved rations in the border camps because of funding "
            "shortfalls and could not guarantee food deliveries at the new sites before October", None),
        (I, "Doctors Without Borders", "its teams in Adre had treated more than 600 suspected cholera cases in the "
            "past three weeks", None),
        (D, "Tomas Eriksen", "Cholera travels with people,", None),
        (D, "Tomas Eriksen", "If you put tens of thousands of people on trucks and into new camps without clean "
            "water, you will spread it.", None),
        (D, "Hawa", "We walked nine days to get here. They killed my husband in Geneina. Now they tell us to move "
            "again,", None),
        (I, "Adam", "he would not board the trucks", None),
        (D, "Adam", "From here we can see Sudan. If there is peace, we walk home in one day,", None),
        (I, "Western diplomat", "the government was worried about armed groups recruiting young men in the camps",
            None),
        (P, "Western diplomat", "not realistic.", None),
    ],
    "actors": [
        actor("UNHCR", "organisation", title="UN refugee agency", affiliation="United Nations",
              aliases=["UNHCR", "UN refugee agency"], stance=-1),
        actor("interior ministry", "government", title="Chad's interior ministry (its relocation order)",
              affiliation="Chad", aliases=["interior ministry"], stance=1),
        actor("Mireille Fontaine", "person", title="UNHCR representative in Chad", affiliation="UNHCR",
              aliases=["Mireille Fontaine", "Fontaine"], stance=-1),
        actor("Ousmane Djidda", "person", title="government spokesman", affiliation="Chad",
              aliases=["Ousmane Djidda", "Djidda"], stance=1),
        actor("World Food Programme", "organisation", affiliation="United Nations",
              aliases=["World Food Programme"], stance=0),
        actor("Doctors Without Borders", "organisation", title="aid group",
              aliases=["Doctors Without Borders", "MSF"], stance=None),
        actor("Tomas Eriksen", "person", title="emergency coordinator in eastern Chad",
              affiliation="Doctors Without Borders (MSF)", aliases=["Tomas Eriksen", "Eriksen"], stance=-1),
        actor("Hawa", "person", title="refugee (34), mother of five, from Geneina", aliases=["Hawa"], stance=-1),
        actor("Adam", "person", title="refugee (61), former secondary school teacher from Geneina",
              aliases=["Adam"], stance=-1),
        actor("Western diplomat", "person", title="Western diplomat in N'Djamena (anonymous)",
              aliases=["Western diplomat"], stance=0),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
