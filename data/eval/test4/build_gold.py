"""Build the test4 gold files (data/eval/test4/*.gold.json) from the annotation specs below.

Held-out batch: do not read these articles or specs while building or tuning the extractor.
Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test4/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test4.  Standard library only.
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
# 1. AFP environment/politics, curly “ ” with ’ apostrophes, punctuation inside closing marks
#    (“premature.”). Dateline "Oslo (AFP) –". Content before "the energy ministry said".
#    "Energy Minister X told reporters" after a quote; "She said A and that B" (one span). Country
#    speaking: "Norway, which ..., has long argued that A, and that B" (one span). Scare “critical”
#    in the writer's sentence. Speaker named after a long three-sentence quote ("said X, director
#    of ..., which ..."). "Professor X, ..., who ..., told AFP that" then a quote split by "he said".
#    Fishing group "said in a statement it feared ... and called ... “premature.”" (indirect plus
#    partial). "France ... said it “regretted” ..." (partial only); French minister "wrote on X
#    that ... “not a quarry” and that Paris would ..." (partial plus indirect). "was quoted as
#    saying that Norway “...”" (partial only). "The ministry countered that A and that B" (one
#    span). Trading house "said it would “...” and that it expected ..." (partial plus indirect).
ARTICLES["data/eval/test4/norway-seabed-mining-licences.gold.json"] = {
    "article": "data/eval/test4/norway-seabed-mining-licences.txt",
    "target": "Norway",
    "quotes": [
        (I, "energy ministry", "The three exploration permits, covering about 4,000 square kilometres of the "
            "Norwegian Sea between Jan Mayen and the Svalbard archipelago, went to two Norwegian companies and a "
            "consortium led by a Japanese trading house", None),
        (D, "Ingrid Solbakken", "We are not opening a mine tomorrow. We are opening a door to knowledge, and we "
            "will walk through it carefully, with the strictest environmental rules in the world,", None),
        (I, "Ingrid Solbakken", "the licences allowed only surveys and sampling for the first five years and that "
            "any decision on commercial extraction would go back to parliament", None),
        (I, "Norway", "the seabed holds copper, cobalt and rare earths that Europe needs for batteries and wind "
            "turbines, and that the continent cannot go on buying them from China", None),
        (S, None, "critical", None),
        (D, "Marit Eide", "Norway likes to present itself as an ocean nation that protects the ocean. Today it "
            "became the first country in Europe to hand out licences to dig up the deep sea before anyone "
            "understands what lives there. That is not leadership. It is a gamble with an ecosystem that took "
            "millions of years to form,", None),
        (I, "Lars Myhre", "fewer than a third of the species found around its hydrothermal vents had been "
            "formally described", None),
        (D, "Lars Myhre", "We find new animals on every trip,", None),
        (D, "Lars Myhre", "You cannot write a rulebook for a place you have barely seen.", None),
        (I, "Fiskeriforbundet Nord", "it feared plumes of sediment stirred up by mining could drift into spawning "
            "grounds for cod and herring", None),
        (P, "Fiskeriforbundet Nord", "premature.", None),
        (P, "France", "regretted", None),
        (P, "\u00c9lodie Marchand", "not a quarry", None),
        (I, "\u00c9lodie Marchand", "Paris would raise the issue at the next session of the International Seabed "
            "Authority in Kingston, Jamaica", None),
        (P, "Ingrid Solbakken", "will not be lectured by countries that import their cobalt from the Congo.", None),
        (I, "energy ministry", "licence holders would have to leave untouched buffer zones around the vents and "
            "that no company could move to extraction without a fresh environmental impact assessment", None),
        (P, "Tokai Shoji", "share all environmental data openly", None),
        (I, "Tokai Shoji", "it expected to begin survey work next summer", None),
    ],
    "actors": [
        actor("energy ministry", "government", title="Norwegian energy ministry",
              aliases=["energy ministry", "The ministry"], stance=1),
        actor("Ingrid Solbakken", "person", title="energy minister", affiliation="Norwegian government",
              aliases=["Ingrid Solbakken", "Solbakken"], stance=1),
        actor("Norway", "country", title="Norway", aliases=["Norway"], stance=1),
        actor("Marit Eide", "person", title="director", affiliation="Havvern (Norwegian conservation group)",
              aliases=["Marit Eide", "Eide"], stance=-1),
        actor("Lars Myhre", "person", title="professor, marine biologist", affiliation="University of Bergen",
              aliases=["Lars Myhre", "Myhre"], stance=-1),
        actor("Fiskeriforbundet Nord", "organisation", title="fishing industry group (some 2,000 boat owners)",
              aliases=["Fiskeriforbundet Nord"], stance=-1),
        actor("France", "country", title="France", aliases=["France", "Paris"], stance=-1),
        actor("\u00c9lodie Marchand", "person", title="minister for the sea", affiliation="French government",
              aliases=["\u00c9lodie Marchand", "Marchand"], stance=-1),
        actor("Tokai Shoji", "organisation", title="Japanese trading house leading a licensed consortium",
              aliases=["Tokai Shoji"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Bloomberg business, straight " and apostrophes (grocer's, That's, I'm inside quotes).
#    Headline fragment "Simply Wrong" (Harvestway Says ...) -> Harvestway Markets. Lede "said it
#    has never used ..., after ..." (indirect, span stops before ", after"). The statement
#    "said in a statement ... that the claims were "simply wrong" and that prices ... change
#    "..."" gives two partials and no indirect. Scare "dynamic pricing" ("a practice known as").
#    Senators' letter ("In their letter, the senators said families "..."": partial only, group
#    speaker). "Fuentes said in an interview with Bloomberg Television" inside a two-part quote.
#    "Tabor ... was more measured." (no speech) then "he said" twice. "Lindahl said A" (indirect),
#    "Lindahl told analysts on a call" inside a two-part quote, "He conceded that ... "too slow""
#    (partial only). "A spokeswoman for X, a ..., said it had ..." (indirect; "it" is the
#    coalition). "Harvestway later said A and that B" (one span). "declined to say" not annotated.
#    Analyst named after a long quote ("said X, an analyst at ... who ..."). "--With assistance
#    from" line not annotated.
ARTICLES["data/eval/test4/harvestway-shelf-pricing-senators.gold.json"] = {
    "article": "data/eval/test4/harvestway-shelf-pricing-senators.txt",
    "target": "Harvestway Markets",
    "quotes": [
        (P, "Harvestway Markets", "Simply Wrong", None),
        (I, "Harvestway Markets", "it has never used its new digital shelf labels to raise prices when stores are "
            "busiest", None),
        (P, "Harvestway Markets", "simply wrong", None),
        (P, "Harvestway Markets", "no more often than on paper tags, and never by time of day.", None),
        (S, None, "dynamic pricing", None),
        (P, "senators", "should not have to race the clock to buy groceries.", None),
        (D, "Marisol Fuentes", "Surge pricing belongs on ride-hailing apps, not in the cereal aisle,", None),
        (D, "Marisol Fuentes", "If Harvestway has nothing to hide, it should have no trouble showing us the "
            "data.", None),
        (D, "Owen Tabor", "I'm not interested in a show trial,", None),
        (D, "Owen Tabor", "I want to see the logs, and if the logs are clean, I'll say so.", None),
        (I, "Greg Lindahl", "the labels had been introduced to save the roughly 30,000 staff hours a week the "
            "chain spent changing paper tags", None),
        (D, "Greg Lindahl", "We have never changed a price because a store was busy, and we never will,", None),
        (D, "Greg Lindahl", "What happened in that video was a price correction that should have gone through on "
            "Monday morning and went through on a Thursday afternoon instead. That's a mistake. It's not a "
            "strategy.", None),
        (P, "Greg Lindahl", "too slow", None),
        (I, "spokeswoman for the Fair Checkout Coalition", "it had received more than 200 complaints from "
            "Harvestway shoppers since the footage aired, most of them about shelf prices that did not match the "
            "price charged at the register", None),
        (I, "Harvestway Markets", "it would print the time of the last price change on every label by the end of "
            "March and that it had hired an outside auditor to review its pricing records since the rollout "
            "began in 2023", None),
        (D, "Rachel Osei", "Investors aren't really worried that Harvestway is gouging anyone. They're worried "
            "that the story sticks, and that shoppers who already split their trips between Harvestway and the "
            "discounters start picking the discounter,", None),
    ],
    "actors": [
        actor("Harvestway Markets", "organisation", title="Midwestern supermarket chain (Columbus, Ohio)",
              aliases=["Harvestway Markets", "Harvestway", "the grocer", "The company", "the company"],
              stance=1),
        actor("senators", "group", title="Sen. Marisol Fuentes and Sen. Owen Tabor (joint letter)",
              aliases=["senators"], stance=-1),
        actor("Marisol Fuentes", "person", title="U.S. senator (D-Mich.)", affiliation="U.S. Senate",
              aliases=["Marisol Fuentes", "Fuentes"], stance=-1),
        actor("Owen Tabor", "person", title="U.S. senator (R-Ind.)", affiliation="U.S. Senate",
              aliases=["Owen Tabor", "Tabor"], stance=0),
        actor("Greg Lindahl", "person", title="chief executive", affiliation="Harvestway Markets",
              aliases=["Greg Lindahl", "Lindahl"], stance=1),
        actor("spokeswoman for the Fair Checkout Coalition", "person",
              title="spokeswoman", affiliation="Fair Checkout Coalition (consumer advocacy group, Washington)",
              aliases=["spokeswoman for the Fair Checkout Coalition"], stance=-1),
        actor("Rachel Osei", "person", title="analyst", affiliation="Northcote Securities",
              aliases=["Rachel Osei", "Osei"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. British local paper (Local Democracy Reporter), curly single ‘ ’ with ’ apostrophes
#    (town’s, It’s, Tanner’s), punctuation outside closing marks for fragments; blank lines
#    between paragraphs. Headline fragment ‘the only honest option’ (Holbrook defends ...) ->
#    Holbrook; her body quote repeats the words inside a direct entry. Byline not annotated.
#    Lede speaker named in the next paragraph ("The leader of Bramleigh Borough Council has
#    insisted she will ..."). "told a packed meeting ... that A and had ‘...’" (indirect plus
#    partial). Quote split by "she said" running into the next paragraph (three direct entries).
#    Group: "protesters ..., chanting ‘Hands off our libraries!’" (direct). "said Cllr X, leader
#    of ..., who ..." after the quote. "He accused Cllr Holbrook of ‘...’ and said A" (partial plus
#    indirect). Man and woman named together, then "he said" / "she replied". "said X, 78, who
#    ..." after the quote. "A spokeswoman for Unison, which ..., said the union would ‘...’"
#    (partial only). "the council leader acknowledged that ... ‘rushed’ but said A" (partial plus
#    indirect). "told the Post the group had ..." (indirect, no "that") then "he said".
ARTICLES["data/eval/test4/bramleigh-library-closures-holbrook.gold.json"] = {
    "article": "data/eval/test4/bramleigh-library-closures-holbrook.txt",
    "target": "Denise Holbrook",
    "quotes": [
        (P, "Denise Holbrook", "the only honest option", "Holbrook defends"),
        (I, "Denise Holbrook", "she will not back down over plans to close six of the town\u2019s eleven "
            "libraries", None),
        (I, "Denise Holbrook", "the council faced a \u00a314.2m gap in its budget over the next two years", None),
        (P, "Denise Holbrook", "run out of painless choices", None),
        (D, "Denise Holbrook", "I did not come into politics to close libraries. Nobody in this chamber did,",
            None),
        (D, "Denise Holbrook", "But I would rather stand here and tell people the truth than pretend we can keep "
            "every building open and then watch the whole service collapse within three years.", None),
        (D, "Denise Holbrook", "Keeping five good libraries open is the only honest option we have left.", None),
        (D, "protesters", "Hands off our libraries!", None),
        (D, "Martin Greaves", "This is a leader who has lost the confidence of her own town,", None),
        (P, "Martin Greaves", "hiding behind the budget", None),
        (I, "Martin Greaves", "the council had spent \u00a33.1m on consultants since 2022", None),
        (D, "Martin Greaves", "You had four years to find these savings and you chose the libraries,", None),
        (D, "Denise Holbrook", "And your party had fourteen years in government and chose to cut our grant by a "
            "third,", None),
        (D, "Eileen Pickup", "It\u2019s not just books. It\u2019s the only warm place some of us have got, and "
            "some days it\u2019s the only place I talk to anyone,", None),
        (P, "spokeswoman for Unison", "resist any compulsory redundancies", None),
        (P, "Denise Holbrook", "rushed", None),
        (I, "Denise Holbrook", "the figures had not changed", None),
        (I, "Asif Rahman", "the group had not yet decided how to vote", None),
        (D, "Asif Rahman", "We want to see whether she will look again at Highfield and Clough End. If she does, "
            "that changes things,", None),
    ],
    "actors": [
        actor("Denise Holbrook", "person", title="council leader (Labour)", affiliation="Bramleigh Borough Council",
              aliases=["Denise Holbrook", "Holbrook", "Cllr Holbrook", "council leader"], stance=1),
        actor("protesters", "group", title="about 200 protesters outside the town hall",
              aliases=["protesters"], stance=-1),
        actor("Martin Greaves", "person", title="leader of the Conservative group",
              affiliation="Bramleigh Borough Council", aliases=["Martin Greaves", "Greaves", "Cllr Greaves"],
              stance=-1),
        actor("Eileen Pickup", "person", title="library user (78)", aliases=["Eileen Pickup", "Pickup"],
              stance=-1),
        actor("spokeswoman for Unison", "person", title="spokeswoman", affiliation="Unison (library staff union)",
              aliases=["spokeswoman for Unison"], stance=-1),
        actor("Asif Rahman", "person", title="leader of the Liberal Democrat group",
              affiliation="Bramleigh Borough Council", aliases=["Asif Rahman", "Rahman"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AP sports, straight " and apostrophes (Sunday's, race's, I'm, didn't), no blank lines.
#    Dateline "OMAHA, Neb. (AP) —". Content before "according to the Omaha Fire Department,
#    which said A" (two spans). Scare "black flag" (a status name in the writer's sentence).
#    Participial "saying A" (indirect). Quote split by "Sokol said at a news conference". Weather
#    service advisory "warning of highs "in the low 90s"" (partial only). "meteorologist X told
#    The Associated Press" after the quote. Q&A in prose ("..." one reporter asked. / "...,"
#    Sokol said. "..."). Group "Several runners said A". Runner named after the first half of a
#    split quote ("said X, 41, a nurse ... who ..."). "In a post on social media, X, 29, of ...,
#    called the race "..."" (partial). "Dr. X, ..., said A" then "she said" split quote.
#    Organiser statement "said A and would B" (one span). Content before "organizers said".
ARTICLES["data/eval/test4/heartland-marathon-heat-halted.gold.json"] = {
    "article": "data/eval/test4/heartland-marathon-heat-halted.txt",
    "target": "Heartland Marathon",
    "quotes": [
        (I, "Omaha Fire Department", "No one was in critical condition Sunday night", None),
        (I, "Omaha Fire Department", "two runners remained hospitalized for observation", None),
        (S, None, "black flag", None),
        (I, "Brian Sokol", "the forecast that morning had called for a high of 84", None),
        (D, "Brian Sokol", "We had more water, more ice and more medical staff on that course than in any year in "
            "the race's history,", None),
        (D, "Brian Sokol", "We followed our plan. When the conditions went past what the plan allowed for, we "
            "stopped the race.", None),
        (P, "National Weather Service", "in the low 90s", None),
        (D, "Karen Liu", "The advisory was out before the first runner got to the start line,", None),
        (D, "one reporter", "Did anyone suggest stopping it earlier?", None),
        (D, "Brian Sokol", "It was discussed,", None),
        (D, "Brian Sokol", "It was not an easy call, and I'm not going to pretend it was.", None),
        (I, "runners", "there had been no water at the aid station near mile 20 for at least half an hour before "
            "the race was stopped", None),
        (D, "Maria Delgado", "The cups were gone. The tables were just sitting there,", None),
        (D, "Maria Delgado", "I stopped to help a guy who was lying on the curb, and the first thing he asked me "
            "for was water. I didn't have any.", None),
        (P, "Derek Haines", "a disaster that everyone saw coming except the people in charge.", None),
        (I, "Anita Raghavan", "most had body temperatures above 104 degrees when they arrived", None),
        (D, "Anita Raghavan", "Heat stroke is not bad luck. It is predictable, and it is preventable,", None),
        (D, "Anita Raghavan", "You look at the forecast, and you move the start or you shorten the race.", None),
        (I, "Heartland Marathon", "it would commission an independent review of its heat policy and would refund "
            "entry fees to runners who were stopped on the course", None),
        (I, "Heartland Marathon", "Half marathon runners, who started at 7:30 a.m., were not affected by the "
            "stoppage", None),
    ],
    "actors": [
        actor("Omaha Fire Department", "organisation", title="city fire department",
              aliases=["Omaha Fire Department"], stance=None),
        actor("Brian Sokol", "person", title="race director", affiliation="Heartland Marathon",
              aliases=["Brian Sokol", "Sokol"], stance=1),
        actor("National Weather Service", "government", title="U.S. weather agency (Omaha office)",
              aliases=["National Weather Service"], stance=None),
        actor("Karen Liu", "person", title="meteorologist", affiliation="National Weather Service (Omaha office)",
              aliases=["Karen Liu", "Liu"], stance=-1),
        actor("one reporter", "person", title="reporter at the news conference", aliases=["one reporter"],
              stance=None),
        actor("runners", "group", title="several runners in the marathon", aliases=["runners", "Several runners"],
              stance=-1),
        actor("Maria Delgado", "person", title="nurse and runner (41)", affiliation="Lincoln, Neb.",
              aliases=["Maria Delgado", "Delgado"], stance=-1),
        actor("Derek Haines", "person", title="runner (29)", affiliation="Council Bluffs, Iowa",
              aliases=["Derek Haines", "Haines"], stance=-1),
        actor("Anita Raghavan", "person", title="Dr., emergency physician", affiliation="Omaha hospital",
              aliases=["Anita Raghavan", "Raghavan"], stance=-1),
        actor("Heartland Marathon", "organisation", title="race organizer",
              aliases=["Heartland Marathon", "organizers"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
