"""Build the test10 gold files (data/eval/test10/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test10/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test10.  Standard library only.

HELD OUT: do not read these articles or their gold while tuning the extractor; only score them.
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
# 1. Reuters foreign affairs wire (Paraguay-Brazil dispute over the Itaipu dam's power price),
#    dateline "ASUNCION, March 11 (Reuters) -", straight quotes and apostrophes (dam's, Brazil's),
#    American punctuation inside closing marks. Headline without speech. Lede "recalled ...,
#    saying A" (participial cue; the country speaks). Foreign minister "told reporters ... that
#    ... had "collapsed" after ..., and that B" (partial for the first clause, indirect for the
#    unquoted second). Minister quote resumed after "Villalba said". Scare "cession" fee. Figure
#    before "according to the state power company ANDE". Foreign ministry statement "said in a
#    statement that A and that Brazil remained "..." ..." (indirect plus partial), "It said ... was
#    "..."" (partial). Anonymous diplomat "said A and that B" (one span), then a quote-only
#    paragraph attributed "the diplomat said". Energy minister "said A and that the door to talks
#    "..."" (indirect plus partial), then a direct told to reporters. Opposition senator "called
#    it "..." and said A" (partial plus indirect). Analyst named after her first stretch, then a
#    quote-only paragraph (continuity). "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/test10/paraguay-brazil-itaipu-tariff-row.gold.json"] = {
    "article": "data/eval/test10/paraguay-brazil-itaipu-tariff-row.txt",
    "target": "Brazil",
    "quotes": [
        (I, "Paraguay", "Brasilia had refused to negotiate in good faith over the price it pays for electricity from "
            "the giant Itaipu hydroelectric dam the two countries share", None),
        (P, "Esteban Villalba", "collapsed", None),
        (I, "Esteban Villalba", "Paraguay would take the dispute to the Permanent Court of Arbitration in The Hague if "
            "there was no deal by June", None),
        (D, "Esteban Villalba", "We have been patient for fourteen months. Paraguay is not asking for a favor, it is "
            "asking for what the treaty says,", None),
        (D, "Esteban Villalba", "Brazil cannot keep treating Itaipu as if it were a Brazilian dam with a Paraguayan "
            "address.", None),
        (S, None, "cession", None),
        (I, "ANDE", "Paraguay earned about $410 million last year from selling its surplus Itaipu power", None),
        (I, "Brazil's foreign ministry", "it regretted the decision", None),
        (P, "Brazil's foreign ministry", "fully committed", None),
        (P, "Brazil's foreign ministry", "fair, transparent and consistent with the real costs of the plant.", None),
        (I, "Brazilian diplomat familiar with the talks", "Paraguay's latest demand would add to the power bills of "
            "millions of Brazilian households and that Brasilia saw no reason to move", None),
        (D, "Brazilian diplomat familiar with the talks", "They want Brazilian consumers to close a hole in their "
            "budget,", None),
        (I, "Renato Aguiar", "he had spoken by phone with his Paraguayan counterpart on Monday night", None),
        (P, "Renato Aguiar", "remains open.", None),
        (D, "Renato Aguiar", "But we will not sign a tariff that Brazilian families end up paying for in their "
            "electricity bills. That is not intransigence, that is my job,", None),
        (P, "Mirta C\u00e1ceres", "theater for the home crowd", None),
        (I, "Mirta C\u00e1ceres", "the government had mishandled the negotiations from the start by promising voters a "
            "windfall it could not deliver", None),
        (D, "Luc\u00eda Ben\u00edtez", "Recalling an ambassador is cheap. Going to arbitration is slow and expensive, "
            "and both governments know that,", None),
        (D, "Luc\u00eda Ben\u00edtez", "Asuncion wants a bigger check and Brasilia wants cheap power. Neither side will "
            "get everything, and my bet is they settle long before anyone flies to The Hague.", None),
    ],
    "actors": [
        actor("Paraguay", "country", title="country (government that recalled its ambassador)",
              aliases=["Paraguay"], stance=-1),
        actor("Esteban Villalba", "person", title="Foreign Minister", affiliation="Paraguay",
              aliases=["Esteban Villalba", "Villalba"], stance=-1),
        actor("ANDE", "organisation", title="state power company", affiliation="Paraguay", aliases=["ANDE"],
              stance=None),
        actor("Brazil's foreign ministry", "government", title="foreign ministry (Itamaraty)", affiliation="Brazil",
              aliases=["Brazil's foreign ministry", "Itamaraty"], stance=1),
        actor("Brazilian diplomat familiar with the talks", "person", title="diplomat (anonymous)",
              affiliation="Brazil", aliases=["Brazilian diplomat familiar with the talks", "the diplomat"], stance=1),
        actor("Renato Aguiar", "person", title="Mines and Energy Minister", affiliation="Brazil",
              aliases=["Renato Aguiar", "Aguiar"], stance=1),
        actor("Mirta C\u00e1ceres", "person", title="opposition senator", affiliation="Paraguay",
              aliases=["Mirta C\u00e1ceres", "C\u00e1ceres"], stance=None),
        actor("Luc\u00eda Ben\u00edtez", "person", title="political scientist",
              affiliation="Catholic University in Asuncion", aliases=["Luc\u00eda Ben\u00edtez", "Ben\u00edtez"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Guardian Australia federal politics (regional rail funding scrapped), Australian spelling,
#    curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes (government’s, shouldn’t,
#    Nationals’), fragment punctuation outside the marks. Headline fragment ‘kick in the guts’ ->
#    the Shepparton mayor (the headline names her; the body's full sentence is a separate direct).
#    Standfirst "Infrastructure minister scraps ..." (title used as name, no speech). Lede "with
#    the infrastructure minister, X, telling parliament A" (participial cue). Scare so-called
#    “pipeline review”. Minister quote resumed after "Kourakis told the house". "He said A and that
#    B" (one span). Mayor introduced with apposition ("The mayor of Greater Shepparton, X, said"),
#    then "she said" with the quote resumed. State minister "said A, and accused the commonwealth of
#    “...”" (indirect plus partial). Anonymous Labor MP (partial only). "Asked later whether ...,
#    Kourakis said he had briefed “...”" (partial only). Shadow minister "said A" then a direct.
#    Figure before "according to an assessment by Infrastructure Australia". Think-tank director
#    "said the decision was “...”, given ..." (partial only). Commuter introduced without speech,
#    then "she said".
ARTICLES["data/eval/test10/shepparton-rail-funding-cut-kourakis.gold.json"] = {
    "article": "data/eval/test10/shepparton-rail-funding-cut-kourakis.txt",
    "target": "Daniel Kourakis",
    "quotes": [
        (P, "Bernadette Coyle", "kick in the guts", "Goulburn Valley rail cut"),
        (I, "Daniel Kourakis", "the project no longer stacked up after its cost rose by almost 60% in three years",
            None),
        (S, None, "pipeline review", None),
        (D, "Daniel Kourakis", "I am not going to sign a blank cheque for a project whose price tag has gone from "
            "$1.3bn to more than $2bn before a single sleeper has been laid,", None),
        (D, "Daniel Kourakis", "Taxpayers in Shepparton deserve better than that, and so do taxpayers everywhere "
            "else.", None),
        (I, "Daniel Kourakis", "about $600m of the money would instead go to safety upgrades on the Goulburn Valley "
            "Highway and that the government remained open to a smaller, staged rail proposal from the Victorian "
            "government", None),
        (I, "Bernadette Coyle", "the region had been promised a better service by governments of both stripes for "
            "more than two decades", None),
        (D, "Bernadette Coyle", "This is a kick in the guts for every family up here who has been told for twenty "
            "years that the train is coming,", None),
        (D, "Bernadette Coyle", "We did everything Canberra asked of us. We did the business case twice. We did it "
            "their way.", None),
        (I, "Lachlan Ferris", "the state had already spent $400m on new platforms and passing loops along the line",
            None),
        (P, "Lachlan Ferris", "walking away from regional Victoria", None),
        (P, "Victorian Labor MP", "about ten minutes before question time", None),
        (P, "Daniel Kourakis", "every member who asked", None),
        (I, "Angus McAllister", "a Coalition government would restore the funding in full", None),
        (D, "Angus McAllister", "Labor has never understood the regions, and today it proved it. If you live in "
            "Shepparton, apparently your train can wait,", None),
        (I, "Infrastructure Australia", "The upgrade would have returned about 70 cents for every dollar spent", None),
        (P, "Marcus Oyelaran", "overdue, and frankly a bit brave", None),
        (D, "Jess Amato", "You get used to it, but you shouldn\u2019t have to. People in Bendigo and Ballarat got their "
            "fast trains. We got a press release,", None),
    ],
    "actors": [
        actor("Daniel Kourakis", "person", title="federal infrastructure minister", affiliation="Australian government "
              "(Labor)", aliases=["Daniel Kourakis", "Kourakis", "Infrastructure minister"], stance=1),
        actor("Bernadette Coyle", "person", title="mayor of Greater Shepparton",
              aliases=["Bernadette Coyle", "Coyle", "Shepparton mayor"], stance=-1),
        actor("Lachlan Ferris", "person", title="Victorian transport minister", affiliation="Victorian government",
              aliases=["Lachlan Ferris", "Ferris"], stance=-1),
        actor("Victorian Labor MP", "person", title="Labor MP (anonymous)", affiliation="Labor (Victoria)",
              aliases=["Victorian Labor MP"], stance=-1),
        actor("Angus McAllister", "person", title="shadow infrastructure minister", affiliation="Nationals",
              aliases=["Angus McAllister", "McAllister"], stance=-1),
        actor("Infrastructure Australia", "government", title="federal infrastructure advisory body",
              aliases=["Infrastructure Australia"], stance=None),
        actor("Marcus Oyelaran", "person", title="transport program director", affiliation="Grattan Institute",
              aliases=["Marcus Oyelaran", "Oyelaran"], stance=1),
        actor("Jess Amato", "person", title="nurse, Shepparton commuter", aliases=["Jess Amato", "Amato"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. US business news (video game publisher delays its flagship game and cuts jobs), byline,
#    curly “ ” with ’ apostrophes (isn’t, hasn’t, Brightforge’s), American punctuation inside
#    closing marks. Headline without speech. Lede "delayed ... and said A" (only the second verb
#    is a cue). "The Los Angeles-based company said A" (apposition inside the span). CEO quote
#    split by "Chief Executive X told analysts", resumed, running over two paragraphs (the open
#    paragraph's span runs to the end of its line). "Analysts polled by LSEG had expected" is not
#    speech. CFO "said A and that B" (one span), "He said ... “...”" (partial only). Analyst named
#    after his first stretch, quote resumed. Second analyst "writing in a note to clients that
#    ... “...” and that B" (partial plus indirect). Union "said A and that B" (one span), "It
#    said ... “...”" (partial). Anonymous developer "said A, a practice known in the industry as
#    “crunch.”" (indirect stops before the writer's apposition; scare), then "the developer said"
#    with the quote resumed. Spokeswoman "said in an email that ... “...” and that B" (partial plus
#    indirect). "The company had told investors ... that A" (indirect).
ARTICLES["data/eval/test10/brightforge-tidebreaker-delay-layoffs.gold.json"] = {
    "article": "data/eval/test10/brightforge-tidebreaker-delay-layoffs.txt",
    "target": "Brightforge Interactive",
    "quotes": [
        (I, "Brightforge Interactive", "it would cut about 240 jobs, or 11% of its workforce", None),
        (I, "Brightforge Interactive", "Tidebreaker, an open-world pirate adventure in development since 2019, would "
            "now be released in the first half of 2027 rather than this November", None),
        (D, "Dana Whitcombe", "We could ship Tidebreaker this year,", None),
        (D, "Dana Whitcombe", "We would not be proud of it, and neither would our players. The combat isn\u2019t where "
            "it needs to be, and the world isn\u2019t as alive as we promised people it would be.", None),
        (D, "Dana Whitcombe", "Delaying it is painful. Cutting jobs is worse. I take responsibility for both.", None),
        (I, "Raj Menon", "the layoffs would save about $45 million a year and that most of the affected employees "
            "worked in publishing, marketing and player support rather than on Tidebreaker itself", None),
        (P, "Raj Menon", "through launch and well beyond.", None),
        (D, "Gareth Solis", "Investors have now been told twice that this game is coming, and twice it hasn\u2019t,",
            None),
        (D, "Gareth Solis", "At some point the delay stops being a footnote and becomes the story.", None),
        (P, "Hannah Cho", "the least bad option", None),
        (I, "Hannah Cho", "Brightforge\u2019s record of polishing its games before release had earned it some "
            "patience", None),
        (I, "Brightforge Workers United", "it would demand to bargain over severance and that none of its members had "
            "been consulted", None),
        (P, "Brightforge Workers United", "from a press release, like everyone else.", None),
        (I, "developer on the Tidebreaker team", "teams had been working six-day weeks since January to hit the "
            "November date", None),
        (S, None, "crunch.", None),
        (D, "developer on the Tidebreaker team", "Nobody is surprised by the delay,", None),
        (D, "developer on the Tidebreaker team", "People are surprised they kept saying November for so long.", None),
        (P, "Ellie Marsh", "voluntary and paid", None),
        (I, "Ellie Marsh", "the company had hired more than 60 additional developers for Tidebreaker over the past "
            "year", None),
        (I, "Brightforge Interactive", "the game was on track for this year", None),
    ],
    "actors": [
        actor("Brightforge Interactive", "organisation", title="video game publisher (Los Angeles)",
              aliases=["Brightforge Interactive", "Brightforge", "the video game publisher",
                       "The Los Angeles-based company", "The company"], stance=1),
        actor("Dana Whitcombe", "person", title="Chief Executive", affiliation="Brightforge Interactive",
              aliases=["Dana Whitcombe", "Whitcombe"], stance=1),
        actor("Raj Menon", "person", title="Chief Financial Officer", affiliation="Brightforge Interactive",
              aliases=["Raj Menon", "Menon"], stance=1),
        actor("Gareth Solis", "person", title="analyst", affiliation="Benchmark", aliases=["Gareth Solis", "Solis"],
              stance=-1),
        actor("Hannah Cho", "person", title="analyst", affiliation="Piper Sandler", aliases=["Hannah Cho", "Cho"],
              stance=1),
        actor("Brightforge Workers United", "organisation", title="union of about 300 Brightforge developers "
              "(Communications Workers of America)", aliases=["Brightforge Workers United", "The union"], stance=-1),
        actor("developer on the Tidebreaker team", "person", title="developer (anonymous)",
              affiliation="Brightforge Interactive", aliases=["developer on the Tidebreaker team", "the developer"],
              stance=-1),
        actor("Ellie Marsh", "person", title="spokeswoman", affiliation="Brightforge Interactive",
              aliases=["Ellie Marsh", "Marsh"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British local news (Local Democracy Reporter: county council switches off village
#    streetlights overnight), straight single quotes '...' with straight apostrophes inside
#    (isn't, That's, It's, there's, I'll) and outside (council's), full-sentence punctuation
#    inside the closing mark, fragment punctuation outside. Headline fragment 'in the dark' ->
#    parish councils (the headline names them). Present-tense "The council says A and B" (one
#    span). Scare "known as 'part-night lighting'". Cabinet member "told the meeting: '...'"
#    (colon). "He said A and that B" (one span). Group "opposition councillors said ... '...'"
#    (partial only), then the Lib Dem leader named after her first stretch, quote resumed. Joint
#    letter "14 parish councils warned that ... '...' and asked for ..." (partial only; the request
#    is not annotated). Parish chairman indirect then "he said". Care worker introduced with
#    apposition and age, "said A", then "she said" with the quote resumed. Police spokesman "said
#    A" then "He said ... '...'" (indirect plus partial). Charity "welcomed the decision, saying A"
#    (participial cue). Council spokeswoman (own actor, not the council) "said: '...'". Closing
#    "The council has said it will ..." (indirect).
ARTICLES["data/eval/test10/caldermoor-streetlight-switch-off.gold.json"] = {
    "article": "data/eval/test10/caldermoor-streetlight-switch-off.txt",
    "target": "Caldermoor County Council",
    "quotes": [
        (P, "parish councils", "in the dark", None),
        (I, "Caldermoor County Council", "the change will save \u00a3310,000 a year on its energy bill and cut its "
            "carbon emissions by around 900 tonnes", None),
        (S, None, "part-night lighting", None),
        (D, "Graham Pettifer", "Nobody on this council wants to turn the lights off. But our energy costs have "
            "doubled in four years, and every pound we spend lighting an empty lane at three in the morning is a pound "
            "we are not spending on potholes or on social care.", None),
        (I, "Graham Pettifer", "main roads, junctions, pedestrian crossings and town centres would stay lit through "
            "the night and that the scheme would be reviewed after 12 months", None),
        (P, "opposition councillors", "rushed through", None),
        (D, "Sue Ellingham", "We had one online survey that most people in my ward never heard of,", None),
        (D, "Sue Ellingham", "That isn't consultation. That's a box being ticked.", None),
        (P, "parish councils", "afraid to leave their homes after dark", None),
        (I, "Tom Aske", "the village had still not been told which of its 23 lights would go off", None),
        (D, "Tom Aske", "We found out about the whole thing from a Facebook post,", None),
        (I, "Joanne Birtles", "she was already dreading the winter", None),
        (D, "Joanne Birtles", "It's a ten-minute walk and there's no pavement for half of it,", None),
        (D, "Joanne Birtles", "I'll be doing it with the torch on my phone, I suppose. What else am I meant to do?",
            None),
        (I, "spokesman for Caldermoor Police", "the force had been consulted on the plans", None),
        (P, "spokesman for Caldermoor Police", "monitor any changes", None),
        (I, "CPRE Caldermoor", "darker skies would benefit bats, moths and other nocturnal wildlife", None),
        (D, "council spokeswoman", "Residents who are worried about a particular light can contact us, and every "
            "request will be looked at individually. Safety will always come first.", None),
        (I, "Caldermoor County Council", "it will publish a full list of the lights to be switched off on its website "
            "before then", None),
    ],
    "actors": [
        actor("parish councils", "group", title="14 parish councils (joint letter)", affiliation="Caldermoor",
              aliases=["parish councils"], stance=-1),
        actor("Caldermoor County Council", "government", title="county council", affiliation="Caldermoor",
              aliases=["Caldermoor County Council", "The council"], stance=1),
        actor("Graham Pettifer", "person", title="councillor, cabinet member for highways",
              affiliation="Caldermoor County Council", aliases=["Graham Pettifer", "Pettifer"], stance=1),
        actor("opposition councillors", "group", title="opposition councillors", affiliation="Caldermoor County "
              "Council", aliases=["opposition councillors"], stance=-1),
        actor("Sue Ellingham", "person", title="leader of the Liberal Democrat group",
              affiliation="Caldermoor County Council", aliases=["Sue Ellingham", "Ellingham"], stance=-1),
        actor("Tom Aske", "person", title="chairman", affiliation="Little Tarrow Parish Council",
              aliases=["Tom Aske", "Aske"], stance=-1),
        actor("Joanne Birtles", "person", title="care worker (47), Hensford", aliases=["Joanne Birtles", "Birtles"],
              stance=-1),
        actor("spokesman for Caldermoor Police", "person", title="spokesman", affiliation="Caldermoor Police",
              aliases=["spokesman for Caldermoor Police"], stance=0),
        actor("CPRE Caldermoor", "organisation", title="local branch of the countryside charity CPRE",
              aliases=["CPRE Caldermoor"], stance=1),
        actor("council spokeswoman", "person", title="spokeswoman", affiliation="Caldermoor County Council",
              aliases=["council spokeswoman"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
