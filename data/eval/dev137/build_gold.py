"""Build the dev137 gold files (data/eval/dev137/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev137/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev137.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev137"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Regina Leader-Post business (Russian potash price cuts hit Saskatchewan), headline and standfirst
#    without speech, byline and "Published Dec 03, 2026" lines, straight " and apostrophes, Canadian
#    spelling and "per cent", punctuation inside closing marks of fragments. Lede content before "industry
#    officials and analysts say" (group); content before "according to figures compiled by the commodity
#    consultancy CRU"; split quote with "said Aaron Delorme, a fertilizer analyst with ..."; scare so-called
#    "friendly" countries; minister "said the province had raised the issue with Ottawa and wanted the
#    federal government to press allies to "..."" (indirect plus partial: no second subject), quote with
#    "Sawatzky told the Leader-Post"; embassy "said in an emailed statement that ... was "..." and that
#    accusations of dumping were "..."" (two partials), quote with "the statement said"; Uralkali "did not
#    respond" (not speech); union president "said A", "he said"; CEO "said the company was "..."" (partial
#    only), "She said A".
ARTICLES[f"{BATCH}/russian-potash-price-cuts-saskatchewan.gold.json"] = {
    "article": f"{BATCH}/russian-potash-price-cuts-saskatchewan.txt",
    "target": "Russia",
    "quotes": [
        (I, "industry officials and analysts", "Saskatchewan's potash industry is losing ground in key overseas markets "
            "as Russian exporters cut prices to win back customers", None),
        (I, "CRU", "Russian potash landed in Brazil was selling for about US$310 a tonne in November, roughly 15 per "
            "cent below Canadian product", None),
        (D, "Aaron Delorme", "They're buying market share, plain and simple,", None),
        (D, "Aaron Delorme", "When you have a state behind you and sanctions keeping you out of some markets, you dump "
            "volume wherever you can.", None),
        (S, None, "friendly", None),
        (I, "Lori Sawatzky", "the province had raised the issue with Ottawa", None),
        (P, "Lori Sawatzky", "close the loopholes", None),
        (D, "Lori Sawatzky", "Russia is using fertilizer the way it uses oil and gas - as a weapon,", None),
        (P, "Russian Embassy in Ottawa", "not subject to any international sanctions", None),
        (P, "Russian Embassy in Ottawa", "baseless.", None),
        (D, "Russian Embassy in Ottawa", "Russian producers offer a reliable product at a fair price. Farmers in Brazil "
            "and India are free to choose,", None),
        (I, "Shawn Pelletier", "members at two mines near Esterhazy had been told to expect rotating shutdowns in the "
            "new year", None),
        (D, "Shawn Pelletier", "If Russia is allowed to flood the market, it's Saskatchewan families that pay. These are "
            "good jobs, and they're not coming back once they're gone,", None),
        (P, "Megan Ostrowski", "not panicking.", None),
        (I, "Megan Ostrowski", "long-term demand for potash remained strong as farmers in Asia and South America try to "
            "lift yields", None),
    ],
    "actors": [
        actor("industry officials and analysts", "group", aliases=["industry officials and analysts"], stance=0),
        actor("CRU", "organisation", title="commodity consultancy", aliases=["CRU"], stance=0),
        actor("Aaron Delorme", "person", title="fertilizer analyst", aliases=["Aaron Delorme", "Delorme"], stance=-1),
        actor("Lori Sawatzky", "person", title="Trade and Export Development Minister", affiliation="Saskatchewan",
              aliases=["Lori Sawatzky", "Sawatzky"], stance=-1),
        actor("Russian Embassy in Ottawa", "government", affiliation="Russia", aliases=["Russian Embassy in Ottawa"],
              stance=1),
        actor("Shawn Pelletier", "person", title="president, United Steelworkers Local 8917",
              affiliation="United Steelworkers", aliases=["Shawn Pelletier", "Pelletier"], stance=-1),
        actor("Megan Ostrowski", "person", title="chief executive", affiliation="Prairie Potash Corp.",
              aliases=["Megan Ostrowski", "Ostrowski"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. KT Press (Rwanda) health (the drugs regulator recalls an under-strength antibiotic batch from a
#    distributor), headline without speech, byline and "On Dec 4, 2026" lines, straight " and apostrophes,
#    "Dr.", punctuation inside the closing mark of a fragment. Lede "after laboratory tests found ..." (not a
#    cue); "In a notice published on Wednesday, the regulator said A"; "It asked pharmacies to ..."
#    (directive); director general "told KT Press that A but that ... were "..."" (indirect plus partial
#    only for the second clause), "she said"; MD "said A and was "..." by the results" (indirect plus partial:
#    no second subject), quote with "Habimana said", "He said A"; anonymous pharmacist "said A"; content
#    before "according to the regulator's records" (the regulator); mother "said A", question quote with
#    "she said"; RBC "said A". Not annotated: the background on antimicrobial resistance and the regulator.
ARTICLES[f"{BATCH}/kivu-pharma-amoxicillin-recall.gold.json"] = {
    "article": f"{BATCH}/kivu-pharma-amoxicillin-recall.txt",
    "target": "Kivu Pharma",
    "quotes": [
        (I, "Rwanda Food and Drugs Authority", "the batch, numbered AMX-2609, had been supplied to at least 140 "
            "pharmacies and 23 health centres across the country", None),
        (I, "Alice Mukamana", "no patient harm had been reported so far", None),
        (P, "Alice Mukamana", "a serious public health risk.", None),
        (D, "Alice Mukamana", "A child who takes half a dose of antibiotic does not get better, and the bacteria learn to "
            "survive. That is how resistance starts,", None),
        (I, "Innocent Habimana", "the company had imported the syrup from a manufacturer in India with all the required "
            "certificates", None),
        (P, "Innocent Habimana", "as surprised as anyone", None),
        (D, "Innocent Habimana", "We have cooperated fully with Rwanda FDA from the first day. Every bottle will be "
            "collected and the pharmacies will be refunded,", None),
        (I, "Innocent Habimana", "the company had suspended all imports from the manufacturer pending its own "
            "investigation", None),
        (I, "A pharmacist in Nyabugogo", "this was the second time in a year that products from the company had been "
            "flagged", None),
        (I, "Rwanda Food and Drugs Authority", "Rwanda FDA recalled a batch of paracetamol tablets imported by Kivu "
            "Pharma in March", None),
        (I, "Claudine Mukeshimana", "her four-year-old son had taken the syrup for a chest infection last month and did "
            "not improve until a doctor changed the medicine", None),
        (D, "Claudine Mukeshimana", "I trusted the medicine because it came from the pharmacy. Now who do I trust?",
            None),
        (I, "Rwanda Biomedical Centre", "it was working with Rwanda FDA to trace patients who had received the batch at "
            "public health centres", None),
    ],
    "actors": [
        actor("Rwanda Food and Drugs Authority", "government", title="medicines regulator", affiliation="Rwanda",
              aliases=["Rwanda Food and Drugs Authority", "Rwanda FDA"], stance=-1),
        actor("Alice Mukamana", "person", title="Director General", affiliation="Rwanda Food and Drugs Authority",
              aliases=["Alice Mukamana", "Mukamana", "Dr. Alice Mukamana"], stance=-1),
        actor("Innocent Habimana", "person", title="managing director", affiliation="Kivu Pharma",
              aliases=["Innocent Habimana", "Habimana"], stance=1),
        actor("A pharmacist in Nyabugogo", "person", title="anonymous pharmacist",
              aliases=["A pharmacist in Nyabugogo"], stance=-1),
        actor("Claudine Mukeshimana", "person", title="mother of two, Kicukiro",
              aliases=["Claudine Mukeshimana", "Mukeshimana"], stance=-1),
        actor("Rwanda Biomedical Centre", "government", aliases=["Rwanda Biomedical Centre", "RBC"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kerrang! music news (a rock band cancels its arena tour as the singer steps back), headline and
#    standfirst without speech, "Words:" byline and date lines, curly “ ” and ’, first names after the first
#    mention (Jesse, Tomasz), closing "Read this:" line without quotes. Lede "with frontman Jesse Crane saying
#    A"; "In a statement posted to the band's Instagram this afternoon, Jesse wrote: “...” open at the end of
#    its line, then a closed paragraph; "The band said A"; guitarist "said the rest of the band were “...”
#    behind ..." (partial only), quote with "Tomasz told Kerrang!"; drummer "posted a photo ..., writing that
#    she was “...” of her friend" (partial only); promoter's spokesperson "said the decision had been made
#    “...”" (partial only); anonymous source "told Kerrang! that ticket sales ... had been “...”" (partial
#    only); "Jesse described touring as “...”, and said A" (partial plus indirect); charity "said A"; fan
#    "wrote: “...”"; scare so-called “TikTok generation”; "the band say A" (present tense).
ARTICLES[f"{BATCH}/hollow-saints-cancel-tour.gold.json"] = {
    "article": f"{BATCH}/hollow-saints-cancel-tour.txt",
    "target": "Jesse Crane",
    "quotes": [
        (I, "Jesse Crane", "he needs time away from music to look after his mental health", None),
        (D, "Jesse Crane", "This is the hardest thing I\u2019ve ever had to write. I have been running on empty for two "
            "years, and I reached the point where I couldn\u2019t hide it from the people I love any more.", None),
        (D, "Jesse Crane", "I\u2019m not walking away from this band. I\u2019m walking towards getting well, so that "
            "there is still a band to come back to.", None),
        (I, "Hollow Saints", "refunds would be issued automatically at the point of purchase", None),
        (P, "Tomasz Wi\u015bniewski", "100 per cent", None),
        (D, "Tomasz Wi\u015bniewski", "Jesse has carried this band on his back since we were 17. If he needs a year, he "
            "gets a year. If he needs two, he gets two,", None),
        (P, "Leah Okafor", "so proud", None),
        (P, "spokesperson for promoter Live Nation", "with the band\u2019s wellbeing at the centre", None),
        (P, "One industry source", "slower than expected", None),
        (P, "Jesse Crane", "a machine that never stops", None),
        (I, "Jesse Crane", "he had struggled to sleep for weeks after the band\u2019s last run of shows", None),
        (I, "Music Support", "calls to its helpline had risen by around 40 per cent in two years", None),
        (D, "One fan", "Take all the time you need. We\u2019ll be here.", None),
        (S, None, "TikTok generation", None),
        (I, "Hollow Saints", "the show will go ahead as planned", None),
    ],
    "actors": [
        actor("Jesse Crane", "person", title="frontman", affiliation="Hollow Saints",
              aliases=["Jesse Crane", "Crane", "Jesse"], stance=1),
        actor("Hollow Saints", "group", title="band", aliases=["Hollow Saints"], stance=None),
        actor("Tomasz Wi\u015bniewski", "person", title="guitarist", affiliation="Hollow Saints",
              aliases=["Tomasz Wi\u015bniewski", "Wi\u015bniewski", "Tomasz"], stance=1),
        actor("Leah Okafor", "person", title="drummer", affiliation="Hollow Saints", aliases=["Leah Okafor", "Okafor"],
              stance=1),
        actor("spokesperson for promoter Live Nation", "person", title="spokesperson", affiliation="Live Nation",
              aliases=["spokesperson for promoter Live Nation"], stance=1),
        actor("One industry source", "person", title="anonymous industry source", aliases=["One industry source"],
              stance=-1),
        actor("Music Support", "organisation", title="charity", aliases=["Music Support"], stance=None),
        actor("One fan", "person", title="fan", aliases=["One fan"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Cambridge News local democracy (the city's lido stays shut until 2028), headline and standfirst
#    without speech, byline, "Local Democracy Reporter" and "16:45, 3 Dec 2026" lines, straight " and
#    apostrophes, "£3.4m", "Cllr", a "READ MORE:" line without quotes. Lede "after Cambridge City Council said
#    the cost ... had risen to £3.4m because of damage that "..."" (partial only); "A report to the council's
#    ... committee says the original estimate ... was based on a survey that "..." the pipework" (partial
#    only); executive councillor "told the Local Democracy Reporting Service (LDRS) that the council was
#    "..." to reopening the lido" (partial only), "she said", "She said A"; friends' group "reacted angrily"
#    (act), its chair "said the group was "..." and that the council had let the pool "..."" (two partials),
#    "she said"; opposition leader "said the administration had "..."" (partial only), "Penrose said A"; scare
#    so-called "wild swimming" spots ("warnings about water quality": a noun, no cue); swimmer "said A", "she
#    said"; "A council spokesperson said A".
ARTICLES[f"{BATCH}/jesus-green-lido-closure.gold.json"] = {
    "article": f"{BATCH}/jesus-green-lido-closure.txt",
    "target": "Cambridge City Council",
    "quotes": [
        (P, "Cambridge City Council", "could not have been foreseen", None),
        (P, "report", "had not been able to access", None),
        (P, "Anika Sharma", "absolutely committed", None),
        (D, "Anika Sharma", "Nobody is more disappointed than we are. But I'm not going to reopen a pool that might not "
            "be safe, and I'm not going to pretend we can find \u00a33.4m down the back of the sofa,", None),
        (I, "Anika Sharma", "the council would apply to Sport England and the National Lottery Heritage Fund for grants "
            "towards the work", None),
        (P, "Gwen Ashby", "devastated", None),
        (P, "Gwen Ashby", "fall apart in slow motion", None),
        (D, "Gwen Ashby", "We've been warning them about the plant room and the floor since 2019. We have the emails,",
            None),
        (P, "Oliver Penrose", "questions to answer", None),
        (I, "Oliver Penrose", "he would ask for an independent review of how the original estimate was arrived at", None),
        (S, None, "wild swimming", None),
        (I, "Deborah Kahn", "she now drives to a pool in Newmarket three times a week", None),
        (D, "Deborah Kahn", "It's not the same. The lido is the heart of Cambridge in summer,", None),
        (I, "A council spokesperson", "the lido's changing rooms and caf\u00e9 would be used for community events in "
            "summer 2027 so that the site did not stand empty", None),
    ],
    "actors": [
        actor("Cambridge City Council", "government", aliases=["Cambridge City Council"], stance=1),
        actor("report", "organisation", title="report to the environment and communities scrutiny committee",
              affiliation="Cambridge City Council", aliases=["report"], stance=0),
        actor("Anika Sharma", "person", title="executive councillor for open spaces", affiliation="Cambridge City Council",
              aliases=["Anika Sharma", "Sharma", "Cllr Anika Sharma"], stance=1),
        actor("Gwen Ashby", "person", title="chair", affiliation="Friends of Jesus Green Lido",
              aliases=["Gwen Ashby", "Ashby"], stance=-1),
        actor("Oliver Penrose", "person", title="Liberal Democrat group leader", affiliation="Liberal Democrats",
              aliases=["Oliver Penrose", "Penrose", "Cllr Oliver Penrose"], stance=-1),
        actor("Deborah Kahn", "person", title="year-round swimmer", aliases=["Deborah Kahn", "Kahn"], stance=None),
        actor("A council spokesperson", "person", title="spokesperson", affiliation="Cambridge City Council",
              aliases=["A council spokesperson"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
