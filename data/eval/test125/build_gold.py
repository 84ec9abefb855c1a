"""Build the test125 gold files (data/eval/test125/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test125/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test125.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test125"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. SeafoodSource (the EU phases out its duty-free quota for Russian pollock), headline without speech,
#    byline and date lines, straight " and apostrophes, "metric tons"/"MT", "E.U.". Content before
#    "according to a Council document seen by SeafoodSource" (the document speaks for the Council); Russian
#    fisheries agency "called the decision "..." and said Russian exporters would "...," pointing to ..."
#    (two partials; "pointing to" not a cue); "went further" (no content); association president "told
#    SeafoodSource that A", quote with "Sheremet said", "He noted that A and said the fishery ... was "...""
#    (indirect plus partial); scare so-called "pollock problem"; "had lobbied for a longer transition" (act);
#    federation director named after the quote ("said Dr. Katrin Holm, managing director of ..."), "Holm said
#    A"; MEP "welcomed the vote" (act), "She said every euro ... "..."" (partial only), "urged the
#    Commission to ..." (directive); US producers "said in a statement that the decision was "..." and that
#    B"; Commission official "speaking on background, said ... "..." and that B"; "Analysts were split"
#    (no content); analyst "said A", quote with "Aasen said"; content before "according to the Federal
#    Agency for Fishery".
ARTICLES[f"{BATCH}/eu-russian-pollock-quota-phaseout.gold.json"] = {
    "article": f"{BATCH}/eu-russian-pollock-quota-phaseout.txt",
    "target": "Russia",
    "quotes": [
        (I, "Council", "The autonomous tariff quota (ATQ), which currently allows 340,000 metric tons of frozen pollock "
            "fillets and blocks into the bloc each year without duty, will be cut to 170,000 MT in 2027 and closed to "
            "Russian-origin fish entirely in 2028", None),
        (P, "Federal Agency for Fishery", "politically motivated", None),
        (P, "Federal Agency for Fishery", "find other markets without difficulty,", None),
        (I, "Igor Sheremet", "European consumers, not Russian fishermen, would pay the price", None),
        (D, "Igor Sheremet", "Europe is going to buy the same fish, processed in China, at a higher price, with a "
            "longer supply chain and a bigger carbon footprint. This is not a sanction against Russia. It is a tax on "
            "German fish fingers,", None),
        (I, "Igor Sheremet", "Russian pollock carries Marine Stewardship Council certification", None),
        (P, "Igor Sheremet", "one of the best managed in the world.", None),
        (S, None, "pollock problem", None),
        (D, "Katrin Holm", "We understand the political reasons. But two years is very little time to replace a raw "
            "material that makes up nearly half of what our members process,", None),
        (I, "Katrin Holm", "some member companies were already in talks with U.S. suppliers", None),
        (P, "Dalia Kavaliauskien\u0117", "ends up, one way or another, in the Kremlin's budget,", None),
        (P, "Genuine Alaska Pollock Producers", "long overdue", None),
        (I, "Genuine Alaska Pollock Producers", "American producers were ready to supply European customers", None),
        (P, "official at the European Commission's fisheries directorate", "a realistic runway", None),
        (I, "official at the European Commission's fisheries directorate", "Brussels would review the impact on "
            "prices in 2028", None),
        (I, "Bj\u00f8rn Aasen", "prices for frozen pollock blocks could rise 10 to 15 percent next year", None),
        (D, "Bj\u00f8rn Aasen", "The Russians will not have a problem selling their fish. The Europeans might have a "
            "problem buying it at today's price,", None),
        (I, "Federal Agency for Fishery", "Russia exported roughly 430,000 MT of pollock products in the first nine "
            "months of 2026, about a quarter of it to the E.U.", None),
    ],
    "actors": [
        actor("Council", "government", title="Council of the EU (its document)", affiliation="European Union",
              aliases=["Council"], stance=0),
        actor("Federal Agency for Fishery", "government", title="Russian fisheries agency", affiliation="Russia",
              aliases=["Federal Agency for Fishery", "Rosrybolovstvo"], stance=1),
        actor("Igor Sheremet", "person", title="president, Russian Pollock Catchers' Association",
              affiliation="Russian Pollock Catchers' Association", aliases=["Igor Sheremet", "Sheremet"], stance=1),
        actor("Katrin Holm", "person", title="managing director, German fish industry federation",
              affiliation="Bundesverband der deutschen Fischindustrie", aliases=["Katrin Holm", "Holm"], stance=0),
        actor("Dalia Kavaliauskien\u0117", "person", title="Lithuanian MEP", affiliation="European Parliament",
              aliases=["Dalia Kavaliauskien\u0117", "Kavaliauskien\u0117"], stance=-1),
        actor("Genuine Alaska Pollock Producers", "organisation", title="U.S. industry group",
              aliases=["Genuine Alaska Pollock Producers", "GAPP"], stance=-1),
        actor("official at the European Commission's fisheries directorate", "person", title="anonymous official",
              affiliation="European Commission",
              aliases=["official at the European Commission's fisheries directorate"], stance=None),
        actor("Bj\u00f8rn Aasen", "person", title="whitefish analyst", affiliation="Kontali",
              aliases=["Bj\u00f8rn Aasen", "Aasen"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. FasterSkier (the U.S. head coach leaves a skier off a World Cup start list), title-case headline
#    without speech, byline and date lines, straight " and apostrophes, club in parentheses. Lede "says A,
#    a call that has drawn criticism ..." (the writer's apposition not in the span); scare so-called
#    "discretionary" start spots; coach's quote split by "told FasterSkier in a phone call from ...", the
#    second stretch open at the end of its paragraph, then a closed quote-only paragraph (first name
#    "Caitlin" inside); "Hart was less diplomatic" (no content), quote with "she said on Wednesday"; "Hart
#    said A, and that B"; club coach "said the decision sent "..." to ..." (partial only); federation "said in
#    a statement that A"; "Not everyone on the team agreed" (no content); anonymous athlete "described the
#    mood ... as "..."" (partial only); commentator "said on a podcast ... that A but that B "..."" (indirect
#    plus partial); "According to the FIS World Cup rules, A"; "Hart said A", then "she said".
ARTICLES[f"{BATCH}/us-ski-team-davos-selection-kvale.gold.json"] = {
    "article": f"{BATCH}/us-ski-team-davos-selection-kvale.txt",
    "target": "Anders Kvale",
    "quotes": [
        (I, "Anders Kvale", "he stands by his decision to leave Caitlin Hart off the start list for next weekend's "
            "World Cup sprint in Davos, Switzerland", None),
        (S, None, "discretionary", None),
        (D, "Anders Kvale", "I know how this looks from the outside,", None),
        (D, "Anders Kvale", "But selection is not just about one race in November. We are building a team for the "
            "2030 Olympics, and Ruby and Tess need World Cup starts now if they are going to be ready.", None),
        (D, "Anders Kvale", "Caitlin is a great skier and a great teammate. She will get her chances this season.",
            None),
        (D, "Caitlin Hart", "I did everything they asked. I was the top American in the race they told us mattered. If "
            "the criteria don't mean anything, they should just say that,", None),
        (I, "Caitlin Hart", "she had not heard from Kvale directly until a day after the start list was published, and "
            "that she learned of the decision from a teammate's text message", None),
        (P, "Erik Lindqvist", "exactly the wrong message", None),
        (I, "U.S. Ski & Snowboard", "the selection had been made in line with its published criteria, which give the "
            "head coach discretion over a limited number of start rights", None),
        (P, "One national team athlete", "pretty uncomfortable.", None),
        (I, "Liz Harstad", "she understood Kvale's logic", None),
        (P, "Liz Harstad", "should have been handled a lot better.", None),
        (I, "FIS", "each nation's quota of start places in individual sprint races is set by its ranking in the "
            "Nations Cup", None),
        (I, "Caitlin Hart", "she would race the SuperTour in Bozeman instead", None),
        (D, "Caitlin Hart", "I'll let the results do the talking,", None),
    ],
    "actors": [
        actor("Anders Kvale", "person", title="U.S. Ski Team head coach", affiliation="U.S. Ski & Snowboard",
              aliases=["Anders Kvale", "Kvale"], stance=1),
        actor("Caitlin Hart", "person", title="skier", affiliation="Alaska Pacific University",
              aliases=["Caitlin Hart", "Hart", "Caitlin"], stance=-1),
        actor("Erik Lindqvist", "person", title="coach at APU", affiliation="Alaska Pacific University",
              aliases=["Erik Lindqvist", "Lindqvist"], stance=-1),
        actor("U.S. Ski & Snowboard", "organisation", title="national federation", aliases=["U.S. Ski & Snowboard"],
              stance=1),
        actor("One national team athlete", "person", title="anonymous team athlete",
              aliases=["One national team athlete"], stance=-1),
        actor("Liz Harstad", "person", title="Olympic medalist, commentator", aliases=["Liz Harstad", "Harstad"],
              stance=0),
        actor("FIS", "organisation", title="international ski federation (its World Cup rules)", aliases=["FIS"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Western Telegraph (Pembrokeshire) local democracy report (the cabinet ends free school transport for
#    pupils under three miles), headline and standfirst without speech, byline, "Local democracy reporter"
#    and date lines, lede opening in capitals, straight " and apostrophes, "£1.1m", "Cllr"; lede "despite
#    warnings from parents that ... "..."" (partial for the parents); cabinet member "said A", "She said:
#    "..."", "Cllr Davies said A, and that B"; spokesperson "added that A"; shared surname Davies (Cllr
#    Gwyneth Davies and the farmer Huw Davies, "Mr Davies"): farmer "said the safety assessments were "...""
#    (partial only), quote with "Mr Davies said" and a quote-only paragraph; opposition leader "described the
#    cut as "..." and said B"; union "said it was "..." and warned that B"; "According to the council's own
#    impact assessment, A" (the council's document); anonymous cabinet member "told the Western Telegraph
#    the vote had been "..." in ..." (partial only); parent "said A", then "she said". Not annotated: the
#    petition "calling on the council to reverse the decision" (directive).
ARTICLES[f"{BATCH}/pembrokeshire-school-transport-cut.gold.json"] = {
    "article": f"{BATCH}/pembrokeshire-school-transport-cut.txt",
    "target": "Pembrokeshire County Council",
    "quotes": [
        (P, "parents", "lanes with no pavements and no lights", None),
        (I, "Gwyneth Davies", "the council spent more than \u00a31.1m a year on discretionary transport that it was not "
            "legally required to provide", None),
        (D, "Gwyneth Davies", "Nobody becomes a councillor to take buses away from children. But we have a legal duty to "
            "balance the budget, and every pound we spend above the statutory minimum is a pound we can't spend on "
            "classrooms or additional learning needs.", None),
        (I, "Gwyneth Davies", "every route would be assessed for safety before September, and that pupils whose walk "
            "was judged hazardous would keep their free place", None),
        (I, "council spokesperson", "families would be able to buy a seat on existing buses for \u00a31.50 a day, where "
            "spaces were available", None),
        (P, "Huw Davies", "a paper exercise", None),
        (D, "Huw Davies", "My daughter would have to walk two and a half miles along the A478, with lorries and "
            "tractors coming round blind bends. No parent in their right mind would let her do it,", None),
        (D, "Huw Davies", "So we'll drive her, and so will everyone else. That's more cars outside the school gates, "
            "not fewer.", None),
        (P, "Eurig Prosser", "short-sighted", None),
        (I, "Eurig Prosser", "the council had failed to consult properly with schools", None),
        (P, "NAHT Cymru", "deeply concerned", None),
        (I, "NAHT Cymru", "attendance, already below pre-pandemic levels in the county, would suffer", None),
        (I, "Pembrokeshire County Council", "around 640 pupils will lose their free place, most of them in rural north "
            "Pembrokeshire", None),
        (P, "One cabinet member", "the least bad option", None),
        (I, "Angharad Rees", "she worked early shifts and had no way of getting him to school by car", None),
        (D, "Angharad Rees", "They talk about choices. What choice have I got?", None),
    ],
    "actors": [
        actor("parents", "group", title="parents", aliases=["parents"], stance=-1),
        actor("Gwyneth Davies", "person", title="Cabinet member for education", affiliation="Pembrokeshire County Council",
              aliases=["Gwyneth Davies", "Davies", "Cllr Davies"], stance=1),
        actor("council spokesperson", "person", title="spokesperson", affiliation="Pembrokeshire County Council",
              aliases=["council spokesperson"], stance=1),
        actor("Huw Davies", "person", title="farmer near Crymych, parent", aliases=["Huw Davies", "Mr Davies"],
              stance=-1),
        actor("Eurig Prosser", "person", title="Opposition group leader", aliases=["Eurig Prosser", "Prosser"],
              stance=-1),
        actor("NAHT Cymru", "organisation", title="headteachers' union", aliases=["NAHT Cymru"], stance=-1),
        actor("Pembrokeshire County Council", "government", title="county council (its impact assessment)",
              aliases=["Pembrokeshire County Council"], stance=0),
        actor("One cabinet member", "person", title="anonymous cabinet member",
              affiliation="Pembrokeshire County Council", aliases=["One cabinet member"], stance=1),
        actor("Angharad Rees", "person", title="parent, Milford Haven", aliases=["Angharad Rees", "Rees"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Kitsap Sun (an oyster company closes its plant after norovirus harvest closures), headline without
#    speech, byline and paper lines, dateline "SEABECK —", straight " and apostrophes, AP style, "Reach
#    reporter ..." sign-off. Lede content before "the company told state officials in a notice filed this
#    week"; content before "co-owner Marcy Tollefson said Wednesday"; quote split by "Tollefson told the
#    Kitsap Sun"; "Tollefson said A and that B"; Department of Health "said in a statement that A and that
#    B", "The department said A"; "Not all of the workers accept the company's account" (no content);
#    anonymous shucker "said A", quote with "she said"; "Tollefson disputed that, saying A" (participial
#    cue); commissioner "called the closure "..." for ..." (partial), quote with "Webb said"; health district
#    "said A and that B"; restaurant owner "said A", "she said"; "According to the Pacific Coast Shellfish
#    Growers Association, A"; scare so-called "mini-WARN" law.
ARTICLES[f"{BATCH}/hood-canal-oyster-plant-layoffs.gold.json"] = {
    "article": f"{BATCH}/hood-canal-oyster-plant-layoffs.txt",
    "target": "Dabob Shellfish Co.",
    "quotes": [
        (I, "Dabob Shellfish Co.", "Dabob Shellfish Co., one of the oldest oyster growers on Hood Canal, will close its "
            "processing plant in Seabeck at the end of January and lay off 38 of its 61 employees", None),
        (I, "Marcy Tollefson", "The company will keep growing oysters but will send them to a contract processor in "
            "Shelton", None),
        (D, "Marcy Tollefson", "We held on as long as we could. Between the closures, the recall and the cost of the new "
            "testing, we've lost more than $2 million this year,", None),
        (D, "Marcy Tollefson", "This isn't the way my grandfather would have wanted it to end, but it's the only way "
            "the farm survives.", None),
        (I, "Marcy Tollefson", "every laid-off worker would receive eight weeks' pay and that the company would help "
            "them apply for jobs with other growers", None),
        (I, "Department of Health", "the company had cooperated fully during both closures and that its beds had been "
            "reopened after testing clean in October", None),
        (I, "Department of Health", "the source of the contamination had been traced to a failed septic system on a "
            "neighboring property, not to the company's own operations", None),
        (I, "shucker", "managers had known for weeks that the plant would close", None),
        (D, "shucker", "They told us in the lunchroom on Monday, after we'd already heard it from a truck driver. "
            "Fourteen years, and that's how you find out,", None),
        (I, "Marcy Tollefson", "the final decision was made only on Friday", None),
        (P, "Oran Webb", "a real blow", None),
        (D, "Oran Webb", "Dabob Shellfish has been a good employer here for three generations. I don't think anybody "
            "blames them for what happened,", None),
        (I, "Kitsap Public Health District", "it was working with the owner of the neighboring property to replace the "
            "septic system and that it would step up its inspections of shoreline septic systems along Dabob Bay next "
            "year", None),
        (I, "Priya Castellano", "she would keep buying from the company as long as it kept growing", None),
        (D, "Priya Castellano", "People ask for them by name. A bad year doesn't change that,", None),
        (I, "Pacific Coast Shellfish Growers Association", "Washington produces about a quarter of the nation's farmed "
            "oysters, with much of it coming from Hood Canal and Willapa Bay", None),
        (S, None, "mini-WARN", None),
    ],
    "actors": [
        actor("Dabob Shellfish Co.", "organisation", title="oyster grower",
              aliases=["Dabob Shellfish Co.", "Dabob Shellfish", "the company"], stance=1),
        actor("Marcy Tollefson", "person", title="co-owner", affiliation="Dabob Shellfish Co.",
              aliases=["Marcy Tollefson", "Tollefson"], stance=1),
        actor("Department of Health", "government", title="Washington state health department",
              aliases=["Department of Health", "The department"], stance=1),
        actor("shucker", "person", title="anonymous plant worker of 14 years", affiliation="Dabob Shellfish Co.",
              aliases=["shucker"], stance=-1),
        actor("Oran Webb", "person", title="Kitsap County Commissioner", aliases=["Oran Webb", "Webb"], stance=1),
        actor("Kitsap Public Health District", "government", title="county health district",
              aliases=["Kitsap Public Health District"], stance=None),
        actor("Priya Castellano", "person", title="Bremerton restaurant owner",
              aliases=["Priya Castellano", "Castellano"], stance=1),
        actor("Pacific Coast Shellfish Growers Association", "organisation", title="industry association",
              aliases=["Pacific Coast Shellfish Growers Association"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
