"""Build the test39 gold files (data/eval/test39/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test39/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test39.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test39"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Inside the Games (Olympic sport news site) winter sport/governance (the IBU Executive Board turns down a
#    Russian request for neutral athletes), headline without speech, `By NAME` and date lines, straight " and
#    apostrophes, British spelling. Board `said in a statement ... that A "..." and that B` (partial plus
#    indirect); president `told insidethegames the decision had been taken "..." but was unanimous` (partial
#    only), quote split by `he said`; RBU president `described the ruling as "..." and said A` (partial plus
#    indirect), quote with `told ... TASS`; minister `accusing the IBU of "..."` (partial), `He said A, which he
#    claimed was now "..."` (indirect plus partial); ROC `said in a statement that the IBU had "..." set out in
#    ...` (partial only); `According to one Executive Board member, ..., the RBU's application contained "..."
#    on ...` (partial only), quote with `the Board member said`; `welcomed the decision` (act); federation
#    secretary general `said the Board had reached "..." while ...` (partial only); Ukrainian athlete `said
#    athletes ... had been "..."` (partial), then `he said`; athlete `said A, and that B` (one span), quote split
#    by `Ebner said`.
ARTICLES[f"{BATCH}/ibu-keeps-russia-suspended-neutral-request.gold.json"] = {
    "article": f"{BATCH}/ibu-keeps-russia-suspended-neutral-request.txt",
    "target": "Russia",
    "quotes": [
        (P, "IBU Executive Board", "have not been met", None),
        (I, "IBU Executive Board", "the suspension of the Russian Biathlon Union (RBU), in place since 2022, would "
            "remain under review", None),
        (P, "Tomas Wernersson", "with a heavy heart", None),
        (D, "Tomas Wernersson", "We are not a political organisation, and nobody on the Board takes any pleasure in "
            "keeping athletes away from the start line,", None),
        (D, "Tomas Wernersson", "But the war has not ended, the situation has not changed, and our rules are very "
            "clear about what has to happen before a member federation can return.", None),
        (P, "Viktor Maslennikov", "a political decision dressed up in legal language", None),
        (I, "Viktor Maslennikov", "the union would take the case to the Court of Arbitration for Sport (CAS)", None),
        (D, "Viktor Maslennikov", "Our athletes have been punished for three years for something they did not do, and "
            "now it is four. Everyone understands that this decision was taken long before the meeting,", None),
        (P, "Arkady Belyayev", "following orders from Washington and Brussels", None),
        (I, "Arkady Belyayev", "Russia would continue to build up its own domestic series", None),
        (P, "Arkady Belyayev", "stronger than the World Cup in every discipline", None),
        (P, "Russian Olympic Committee", "once again ignored the principle of non-discrimination", None),
        (P, "Executive Board member", "no concrete guarantees", None),
        (D, "Executive Board member", "Half of their national team are serving officers. We cannot pretend that is "
            "neutral,", None),
        (P, "Ingrid Haugvik", "the only possible outcome", None),
        (P, "Taras Hnatyuk", "living with this war every single day", None),
        (D, "Taras Hnatyuk", "If Russians stand next to us on the start line, what do I say to his family?", None),
        (I, "Franziska Ebner", "many competitors felt individual athletes should be judged on their own conduct, and "
            "that the Committee had asked the Board to publish clear criteria for any future return", None),
        (D, "Franziska Ebner", "Nobody in this room supports the war,", None),
        (D, "Franziska Ebner", "But we are athletes, and there has to be a path back that is the same for everyone.",
            None),
    ],
    "actors": [
        actor("IBU Executive Board", "organisation", title="executive board",
              affiliation="International Biathlon Union", aliases=["IBU Executive Board", "Board"], stance=-1),
        actor("Tomas Wernersson", "person", title="IBU President", affiliation="International Biathlon Union",
              aliases=["Tomas Wernersson", "Wernersson"], stance=-1),
        actor("Viktor Maslennikov", "person", title="president", affiliation="Russian Biathlon Union",
              aliases=["Viktor Maslennikov", "Maslennikov"], stance=1),
        actor("Arkady Belyayev", "person", title="Sports Minister", affiliation="Russia",
              aliases=["Arkady Belyayev", "Belyayev"], stance=1),
        actor("Russian Olympic Committee", "organisation", title="national Olympic committee", affiliation="Russia",
              aliases=["Russian Olympic Committee"], stance=1),
        actor("Executive Board member", "person", title="IBU Executive Board member (anonymous)",
              affiliation="International Biathlon Union", aliases=["Executive Board member", "Board member"],
              stance=-1),
        actor("Ingrid Haugvik", "person", title="secretary general", affiliation="Norway's biathlon federation",
              aliases=["Ingrid Haugvik", "Haugvik"], stance=-1),
        actor("Taras Hnatyuk", "person", title="biathlete, Ukrainian relay team", affiliation="Ukraine",
              aliases=["Taras Hnatyuk", "Hnatyuk"], stance=-1),
        actor("Franziska Ebner", "person", title="biathlete, IBU Athletes' Committee member", affiliation="Germany",
              aliases=["Franziska Ebner", "Ebner"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Just Food (food-industry trade press) manufacturing/labour (a frozen ready-meals maker closes a factory),
#    headline without speech, standfirst with a curly fragment `Unite calls the decision a "betrayal"`, `By NAME |
#    date` line, curly quotes and apostrophes, British spelling, `£14m`. Company `said on Tuesday (1 December) it
#    had started ... and expected ...` (one span); content before `according to Harrowgate's latest accounts`
#    (the company's); scare so-called "range review"; chief executive `said in a statement: "...` open at the end
#    of its line, then a closed paragraph; `Drewe added that A and would B` (one span); union `called the closure
#    a "..." of a town ...` (partial); officer `said A and was now "..."` (indirect plus partial), quote split by
#    `Mallett said`; owner's spokesperson `said A and that B`; a worker sharing the officer's surname `said A`,
#    then `he said`; MP `said A and would B`, quote with `Ashby said`; consultant `described the announcement as
#    "..." and argued that B` (partial plus indirect).
ARTICLES[f"{BATCH}/harrowgate-foods-lowestoft-closure.gold.json"] = {
    "article": f"{BATCH}/harrowgate-foods-lowestoft-closure.txt",
    "target": "Harrowgate Foods",
    "quotes": [
        (P, "Unite", "betrayal", "Unite calls the decision"),
        (I, "Harrowgate Foods", "it had started a 45-day consultation with staff and expected production at the site "
            "to wind down by the end of May", None),
        (I, "Harrowgate Foods", "The Lowestoft site, which makes lasagnes, cottage pies and curries under retailers\u2019 "
            "own labels, has made an operating loss in each of the past three financial years", None),
        (S, None, "range review", None),
        (D, "Philippa Drewe", "Lowestoft has a skilled and loyal workforce, and this is no reflection on them.", None),
        (D, "Philippa Drewe", "But the plant is more than 50 years old, energy costs in the UK remain far higher than "
            "at our other sites, and our customers are not willing to pay more for their ready meals. We have to make "
            "this business sustainable for the long term.", None),
        (I, "Philippa Drewe", "the company would offer redeployment to the Wrexham site where possible and would pay "
            "enhanced redundancy terms above the statutory minimum", None),
        (P, "Unite", "betrayal", "called the closure a"),
        (I, "Dawn Mallett", "Castlemoor had loaded the business with debt after buying it in 2021", None),
        (P, "Dawn Mallett", "making the workers pay for it", None),
        (D, "Dawn Mallett", "They bought a profitable company, took millions out in fees and interest, and now they "
            "are shipping the jobs to Poland,", None),
        (D, "Dawn Mallett", "People here have given 20 or 30 years to that factory.", None),
        (I, "spokesperson for Castlemoor", "the firm had invested more than \u00a318m in Harrowgate since the "
            "acquisition and that no dividends had been paid to its fund", None),
        (I, "Simon Mallett", "staff were told the news at a meeting in the canteen on Tuesday morning", None),
        (D, "Simon Mallett", "Some people were crying, some just walked out. There\u2019s not a lot else round here that "
            "pays the same,", None),
        (I, "Kieran Ashby", "he had asked to meet Harrowgate\u2019s management and would press the company to look for "
            "a buyer for the site as a going concern", None),
        (D, "Kieran Ashby", "This is a hammer blow for Lowestoft, and it comes right before Christmas,", None),
        (P, "Amit Khosla", "depressingly familiar", None),
        (I, "Amit Khosla", "retailers\u2019 own-label contracts had squeezed margins for manufacturers to the point "
            "where older sites could no longer pay their way", None),
    ],
    "actors": [
        actor("Unite", "organisation", title="trade union", aliases=["Unite"], stance=-1),
        actor("Harrowgate Foods", "organisation", title="frozen ready-meals maker", affiliation="Castlemoor Partners",
              aliases=["Harrowgate Foods", "Harrowgate", "the company"], stance=0),
        actor("Philippa Drewe", "person", title="chief executive", affiliation="Harrowgate Foods",
              aliases=["Philippa Drewe", "Drewe"], stance=1),
        actor("Dawn Mallett", "person", title="regional officer", affiliation="Unite",
              aliases=["Dawn Mallett", "Mallett"], stance=-1),
        actor("spokesperson for Castlemoor", "person", title="spokesperson", affiliation="Castlemoor Partners",
              aliases=["spokesperson for Castlemoor"], stance=1),
        actor("Simon Mallett", "person", title="line leader", affiliation="Harrowgate Foods (Lowestoft)",
              aliases=["Simon Mallett"], stance=-1),
        actor("Kieran Ashby", "person", title="MP", affiliation="Labour", aliases=["Kieran Ashby", "Ashby"],
              stance=-1),
        actor("Amit Khosla", "person", title="food-industry consultant", affiliation="Brightfield Consulting",
              aliases=["Amit Khosla", "Khosla"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Ubyssey (University of British Columbia student newspaper) campus news (a proposed residence fee
#    increase), headline without quote marks, `By NAME`, `News Reporter` and date lines, straight " and
#    apostrophes, Canadian spelling, `per cent`. Lede content before `, according to a proposal from Student
#    Housing and Community Services (SHCS) ...` (the next sentence is the writer's); `In the proposal, SHCS said
#    A`; `Without it, the document warned, the department would face a "..." from 2028` (partial only: the
#    clause around the cue has a fragment); spokesperson `said in an emailed statement that the university
#    understood "..."` (partial only), quote with `Lindholm wrote`; students' VP `called the proposal "..." with
#    ... and said A` (partial plus indirect), quote split by `Asante said`; student named Hunter Price (`Price
#    said`) `said A`; Q&A `Asked whether ..., Lindholm said A, but that B` (one span); the AMS `at the time
#    described as "..."` (partial); scare so-called "cost-recovery" model; board representative `said she had
#    received the proposal "..." before ...` (partial only), then `she said`; content before `, according to
#    SHCS`; ministry `said A and that B` (one span).
ARTICLES[f"{BATCH}/ubc-residence-fee-increase-proposal.gold.json"] = {
    "article": f"{BATCH}/ubc-residence-fee-increase-proposal.txt",
    "target": "UBC",
    "quotes": [
        (I, "Student Housing and Community Services", "UBC is proposing to raise residence fees by up to 9.5 per "
            "cent next year", None),
        (I, "Student Housing and Community Services", "the increase was needed to cover rising operating costs and "
            "debt payments on two new residence towers under construction at the Exchange site", None),
        (P, "Student Housing and Community Services", "structural deficit", None),
        (P, "Kerry Lindholm", "the financial pressure students are under.", None),
        (D, "Kerry Lindholm", "Even with this increase, UBC residence remains significantly below market rents in "
            "Vancouver, and every dollar of residence fees is reinvested in student housing,", None),
        (P, "Kwabena Asante", "completely out of touch", None),
        (I, "Kwabena Asante", "the AMS would ask the Board to cap any increase at the rate of inflation", None),
        (D, "Kwabena Asante", "Students are already skipping meals and working 25 hours a week to stay in residence,",
            None),
        (D, "Kwabena Asante", "UBC keeps telling us housing is a priority. This is not what a priority looks like.",
            None),
        (I, "Hunter Price", "she had already started looking for a basement suite in East Vancouver for next year",
            None),
        (D, "Hunter Price", "It's an hour and a half on two buses, but it's still cheaper than staying here,", None),
        (I, "Kerry Lindholm", "SHCS had modelled several options, but that anything below seven per cent would mean "
            "delaying maintenance on older buildings such as Place Vanier", None),
        (P, "AMS", "the ceiling of what students can absorb.", None),
        (S, None, "cost-recovery", None),
        (P, "Giulia Ferrante", "less than a week", None),
        (D, "Giulia Ferrante", "This is the pattern every year. We get the numbers at the last minute and then we are "
            "told there is no alternative,", None),
        (I, "Student Housing and Community Services", "More than 6,000 students were on the waitlist for first-year "
            "and upper-year residence in August", None),
        (I, "Ministry of Post-Secondary Education and Future Skills", "residence fees were set by each university's "
            "board of governors and that the province expected institutions to keep student housing affordable",
            None),
    ],
    "actors": [
        actor("Student Housing and Community Services", "organisation", title="university housing department",
              affiliation="UBC", aliases=["Student Housing and Community Services", "SHCS"], stance=1),
        actor("Kerry Lindholm", "person", title="spokesperson", affiliation="UBC",
              aliases=["Kerry Lindholm", "Lindholm"], stance=1),
        actor("Kwabena Asante", "person", title="AMS VP External", affiliation="AMS",
              aliases=["Kwabena Asante", "Asante"], stance=-1),
        actor("Hunter Price", "person", title="third-year forestry student, Totem Park resident",
              aliases=["Hunter Price", "Price"], stance=-1),
        actor("AMS", "organisation", title="student society", affiliation="UBC", aliases=["AMS"], stance=-1),
        actor("Giulia Ferrante", "person", title="student representative on the Board of Governors",
              affiliation="UBC Board of Governors", aliases=["Giulia Ferrante", "Ferrante"], stance=-1),
        actor("Ministry of Post-Secondary Education and Future Skills", "government", affiliation="British Columbia",
              aliases=["Ministry of Post-Secondary Education and Future Skills"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Newcastle Herald (Australia) courts (sentencing hearing of a former childcare centre director), headline
#    without quote marks (`..., court told`), `By NAME` and `December 3 2026 - 5:30pm` lines, straight " and
#    apostrophes, Australian usage, surnames without honorifics. Lede content before `, a prosecutor has told
#    Newcastle District Court` (the prosecutor, named in the third paragraph); prosecutor `told Judge ... that
#    Marsh had "..." and that B` (partial plus indirect), quote with `Vickery said`, `He said that A, while B`
#    (one span); defence barrister `said her client had been "..." after ..., and that B` (partial plus
#    indirect), quote with `Moffatt said`, `Moffatt said A` (one span), `She asked the court to ...` (a
#    request); `Marsh apologised to the families` (act), her letter `she wrote`; mother `said she had trusted the
#    centre "..."` (partial only), then `she told the court`; judge `said she would A, but that B was "..." in
#    ...` (indirect plus partial); owner's director `said A were "..." and that B` (partial plus indirect);
#    department spokesperson `said the case showed the regulator would "..." where ...` (partial only); the
#    mother `said A` outside court.
ARTICLES[f"{BATCH}/cessnock-childcare-director-sentencing-hearing.gold.json"] = {
    "article": f"{BATCH}/cessnock-childcare-director-sentencing-hearing.txt",
    "target": "Leanne Marsh",
    "quotes": [
        (I, "Jonah Vickery", "A former childcare centre director who falsified staff rosters to hide that her "
            "Cessnock centre was routinely understaffed should go to jail", None),
        (P, "Jonah Vickery", "put children at risk for the sake of the bottom line", None),
        (I, "Jonah Vickery", "only a full-time custodial sentence would reflect the seriousness of the offending", None),
        (D, "Jonah Vickery", "This was not a single lapse of judgment. It was a deliberate scheme, carried out over two "
            "years, to deceive the regulator and the parents who trusted her,", None),
        (I, "Jonah Vickery", "on at least 60 days the centre had one educator caring for as many as eight babies, "
            "double the legal ratio, while the rosters sent to the regulator showed the correct numbers", None),
        (P, "Kylie Moffatt", "drowning", None),
        (I, "Kylie Moffatt", "she had never personally profited from the deception", None),
        (D, "Kylie Moffatt", "She is not a villain in this story. She was a middle manager who was told to make the "
            "numbers work and didn't have the courage to say no,", None),
        (I, "Kylie Moffatt", "Marsh had lost her career, had been banned from working in childcare and was now "
            "stacking shelves at a supermarket in Maitland", None),
        (D, "Leanne Marsh", "I let down the children I was meant to protect, and I will carry that for the rest of my "
            "life,", None),
        (P, "Renee Doust", "completely", None),
        (D, "Renee Doust", "When I found out my son had been left in a cot for hours with nobody checking on him, I "
            "felt sick. I still do,", None),
        (I, "Helen Strang", "she would take into account Marsh's early guilty plea and her lack of any prior "
            "convictions", None),
        (P, "Helen Strang", "a significant consideration", None),
        (P, "Paul Ferreira", "entirely the actions of one individual", None),
        (I, "Paul Ferreira", "the company had cooperated fully with the regulator", None),
        (P, "spokesperson for the NSW Department of Education", "act decisively", None),
        (I, "Renee Doust", "she hoped the case would make other centre directors think twice before cutting corners",
            None),
    ],
    "actors": [
        actor("Jonah Vickery", "person", title="Crown prosecutor", aliases=["Jonah Vickery", "Vickery"], stance=-1),
        actor("Kylie Moffatt", "person", title="defence barrister", aliases=["Kylie Moffatt", "Moffatt"], stance=1),
        actor("Leanne Marsh", "person", title="former childcare centre director",
              affiliation="Little Wattles Early Learning", aliases=["Leanne Marsh", "Marsh"], stance=0),
        actor("Renee Doust", "person", title="parent", aliases=["Renee Doust", "Doust"], stance=-1),
        actor("Helen Strang", "person", title="District Court judge", affiliation="Newcastle District Court",
              aliases=["Helen Strang", "Judge Strang", "Strang"], stance=0),
        actor("Paul Ferreira", "person", title="director", affiliation="Hunter Kids Holdings",
              aliases=["Paul Ferreira", "Ferreira"], stance=-1),
        actor("spokesperson for the NSW Department of Education", "person", title="spokesperson",
              affiliation="NSW Department of Education",
              aliases=["spokesperson for the NSW Department of Education"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
