"""Build the dev33 gold files (data/eval/dev33/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev33/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev33.  Standard library only.
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
# 1. Politico Europe (EU politics: Commission proposal to delay CO2 targets for trucks), American
#    spelling (center-right, modeled, percent), straight " and apostrophes (People's, Parliament's),
#    punctuation inside closing marks; headline with straight single 'gift to diesel' (partial for
#    the Greens, the entity the headline names; Strand's body "a gift to diesel." is a separate
#    partial); standfirst ("the left crying foul") and byline/date lines without speech. Scare
#    "flexibility mechanism" (the writer's name for the scheme). Commissioner's two-sentence quote
#    with "told POLITICO" after it; "Dahl said A." (indirect), then content before "according to
#    Commission estimates" (the Commission itself). Spokesperson "told reporters ... that the proposal
#    was "..." and that B" (partial plus indirect), then "he said". MEP named after the first stretch
#    ("said X, a German MEP who ..."), quote resumed; "Lanz added that". "called the proposal "..."".
#    Second "told POLITICO" split quote. "He warned that A ... "something in return," ..." (partial
#    only). Minister "called the proposal "..." in a post on X"; minister "said Paris would "..." at
#    whether ..., but stopped short of ..." (partial only). Content before "according to one EU
#    diplomat, who was granted anonymity ...", then "the diplomat said".
ARTICLES["data/eval/dev33/eu-truck-co2-delay-parliament-split.gold.json"] = {
    "article": "data/eval/dev33/eu-truck-co2-delay-parliament-split.txt",
    "target": "European Commission",
    "quotes": [
        (P, "Greens", "gift to diesel", "Greens accuse"),
        (S, None, "flexibility mechanism", None),
        (D, "Sofie Dahl", "We are not changing the destination. We are changing the speed at which we get "
            "there,", None),
        (I, "Sofie Dahl", "the sector had been hit by a collapse in orders for electric trucks and a shortage "
            "of charging points along Europe's main freight corridors", None),
        (I, "European Commission", "Without the change, manufacturers would have faced fines of up to "
            "\u20ac2 billion in 2030 alone", None),
        (P, "Tomasz Wrona", "targeted and temporary", None),
        (I, "Tomasz Wrona", "it would not reopen the bloc's 2040 climate goal", None),
        (D, "Tomasz Wrona", "Nobody should read this as a signal on 2040,", None),
        (D, "Friedrich Lanz", "This is what listening looks like,", None),
        (D, "Friedrich Lanz", "For two years we warned that the targets were written for a market that does "
            "not exist. Finally someone in the Berlaymont has read the order books.", None),
        (I, "Friedrich Lanz", "his group would try to extend the same flexibility to bus manufacturers once "
            "the proposal reaches the Parliament's environment committee", None),
        (P, "Elin Strand", "a gift to diesel.", None),
        (D, "Elin Strand", "Every truck that leaves the factory in 2031 with a diesel engine will still be on "
            "the road in 2045,", None),
        (D, "Elin Strand", "The Commission knows this. It just decided that the industry's quarterly results "
            "matter more.", None),
        (P, "Paolo Ferri", "something in return,", None),
        (P, "Jens Hollmann", "pragmatic and overdue", None),
        (P, "Claire Morvan", "look very carefully", None),
        (I, "one EU diplomat", "At least eight countries had privately asked for a three-year delay", None),
        (D, "one EU diplomat", "Two years is the compromise. Some capitals wanted the target to disappear "
            "altogether,", None),
    ],
    "actors": [
        actor("Greens", "organisation", title="European Parliament group (Greens/EFA)",
              affiliation="European Parliament", aliases=["Greens"], stance=-1),
        actor("Sofie Dahl", "person", title="Climate Commissioner", affiliation="European Commission",
              aliases=["Sofie Dahl", "Dahl"], stance=1),
        actor("European Commission", "organisation", title="EU executive", affiliation="European Union",
              aliases=["European Commission", "Commission"], stance=1),
        actor("Tomasz Wrona", "person", title="Commission spokesperson", affiliation="European Commission",
              aliases=["Tomasz Wrona", "Wrona"], stance=1),
        actor("Friedrich Lanz", "person", title="MEP (Germany), leads the EPP's work on the file",
              affiliation="European People's Party (EPP)", aliases=["Friedrich Lanz", "Lanz"], stance=1),
        actor("Elin Strand", "person", title="MEP (Sweden)", affiliation="Greens",
              aliases=["Elin Strand", "Strand"], stance=-1),
        actor("Paolo Ferri", "person", title="MEP (Italy), rapporteur on the original law",
              affiliation="S&D (Socialists)", aliases=["Paolo Ferri", "Ferri"], stance=0),
        actor("Jens Hollmann", "person", title="transport minister", affiliation="Germany",
              aliases=["Jens Hollmann", "Hollmann"], stance=1),
        actor("Claire Morvan", "person", title="ecological transition minister", affiliation="France",
              aliases=["Claire Morvan", "Morvan"], stance=0),
        actor("one EU diplomat", "person", title="EU diplomat (anonymous)",
              aliases=["one EU diplomat", "the diplomat"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Guardian UK business/consumer (energy supplier back-billing settlement), British spelling,
#    curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes (Britain’s, didn’t, Radio 4’s),
#    fragment punctuation outside the marks, £ amounts; headline "Ofgem says ... ‘unacceptable’ as
#    ..." (partial for Ofgem; Feeney's body "That is unacceptable, ..." is inside his direct quote);
#    standfirst and byline line without speech. Lede content before "the regulator has said" (Ofgem).
#    "Ofgem said A, a practice known as “back-billing”" (indirect stopping before the writer's
#    gloss; scare). Regulator's director named after the first stretch, quote resumed. Company
#    statement "said it was “...” and that it had “...”" (two partials), then "The company said A and
#    that B" (one span). Chief executive "told BBC Radio 4’s Today programme that A", then a split
#    quote "she said". Consumer-group director named after her quote. Customer introduced without
#    speech, then "she said" in a quote that runs over two paragraphs (three entries). Union officer
#    "said workers had been “...” by ..." (partial only), then "he said". Company spokesperson "said A
#    and that B". The last paragraph (Ofgem writing to suppliers to ask ...) is not annotated.
ARTICLES["data/eval/dev33/brightwell-energy-back-billing-payout.gold.json"] = {
    "article": "data/eval/dev33/brightwell-energy-back-billing-payout.txt",
    "target": "Brightwell Energy",
    "quotes": [
        (P, "Ofgem", "unacceptable", "Ofgem says"),
        (I, "Ofgem", "Brightwell Energy, one of Britain\u2019s biggest household suppliers, is to pay \u00a311m in "
            "refunds and compensation after sending catch-up bills to more than 90,000 customers for energy they "
            "had used more than a year earlier", None),
        (I, "Ofgem", "the company had broken rules that bar suppliers from charging households for gas and "
            "electricity used more than 12 months before a bill is issued", None),
        (S, None, "back-billing", None),
        (D, "Marcus Feeney", "These customers did nothing wrong. They paid what they were asked to pay, and then, "
            "in some cases years later, they were told they owed thousands of pounds,", None),
        (D, "Marcus Feeney", "That is unacceptable, and Brightwell has rightly been made to put it right.", None),
        (P, "Brightwell Energy", "truly sorry", None),
        (P, "Brightwell Energy", "fallen short of the standards our customers rightly expect", None),
        (I, "Brightwell Energy", "most of those affected had already been contacted and that the rest would "
            "receive letters by the end of the month", None),
        (I, "Alison Rudd", "the problems stemmed from the company\u2019s move to a new billing system in 2022",
            None),
        (D, "Alison Rudd", "We moved 2.3 million accounts on to a new platform, and for a group of customers the "
            "meter readings simply didn\u2019t come across,", None),
        (D, "Alison Rudd", "We should have spotted it far sooner.", None),
        (D, "Rachel Okafor", "For many of these households a bill for \u00a33,000 out of nowhere isn\u2019t an "
            "inconvenience, it\u2019s a crisis,", None),
        (D, "Denise Hartley", "I rang them at least a dozen times,", None),
        (D, "Denise Hartley", "Every time I was told somebody would call me back, and nobody ever did. In the end "
            "I was turning the heating off in January because I was frightened of what the next bill would say.",
            None),
        (D, "Denise Hartley", "When the letter came saying they\u2019d got it wrong, I sat down and cried. I "
            "don\u2019t want \u00a3250. I want them to pick up the phone.", None),
        (P, "Jake Priestley", "set up to fail", None),
        (D, "Jake Priestley", "Our members took the abuse for decisions that were made in the boardroom,", None),
        (I, "Brightwell spokesperson", "the company had recruited 350 advisers since last summer and that average "
            "call waiting times had fallen below six minutes", None),
    ],
    "actors": [
        actor("Ofgem", "government", title="energy regulator (Great Britain)", affiliation="UK",
              aliases=["Ofgem", "the regulator"], stance=-1),
        actor("Marcus Feeney", "person", title="director of retail enforcement", affiliation="Ofgem",
              aliases=["Marcus Feeney", "Feeney"], stance=-1),
        actor("Brightwell Energy", "organisation", title="household energy supplier",
              aliases=["Brightwell Energy", "Brightwell", "The company"], stance=0),
        actor("Alison Rudd", "person", title="chief executive", affiliation="Brightwell Energy",
              aliases=["Alison Rudd", "Rudd"], stance=0),
        actor("Rachel Okafor", "person", title="director of energy policy", affiliation="Citizens Advice",
              aliases=["Rachel Okafor", "Okafor"], stance=-1),
        actor("Denise Hartley", "person", title="customer (71), retired school cook, Stockport",
              aliases=["Denise Hartley", "Hartley"], stance=-1),
        actor("Jake Priestley", "person", title="national officer", affiliation="GMB union",
              aliases=["Jake Priestley", "Priestley"], stance=-1),
        actor("Brightwell spokesperson", "person", title="spokesperson", affiliation="Brightwell Energy",
              aliases=["Brightwell spokesperson"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Nature news (deep-sea mining study), British spelling (metres, ploughed, finalise), curly “ ”
#    and ’ apostrophes, en dash in Clarion–Clipperton, em dashes, punctuation inside closing marks for
#    full sentences and outside for fragments, present-tense "says" for interviewees; headline and
#    standfirst without speech. Lede content before "according to a study published today in Nature"
#    and a second finding before "the authors report" (the study's authors: group "researchers").
#    Lead author named after the first stretch ("says lead author X, a ... at ..."), quote resumed.
#    "the team writes in the paper" after a full sentence (direct, researchers). Co-author "says A"
#    then a split quote "he says". Company statement "said the trial “...” and that its collector
#    disturbs “...” sediment" (two partials). Chief scientist "told Nature that A" then "he says".
#    Outside expert named after a two-sentence quote ("who was not involved in the study"); second
#    expert "notes that A" then "he says". Scare so-called “mining code”. Spokesperson "said the study
#    would be “...”" (partial only). Closing split quote "she says" with a nested ‘recovery’.
ARTICLES["data/eval/dev33/deep-sea-mining-test-seabed-recovery-study.gold.json"] = {
    "article": "data/eval/dev33/deep-sea-mining-test-seabed-recovery-study.txt",
    "target": "Meridian Nodule Resources",
    "quotes": [
        (I, "researchers", "Two years after a prototype mining machine crawled across a patch of Pacific sea floor, "
            "the animals that lived there have largely failed to return", None),
        (I, "researchers", "Inside the tracks left by the collector, which the Canadian company Meridian Nodule "
            "Resources tested at a depth of 4,300 metres in 2023, the abundance of animals living on and among the "
            "nodules was 64% lower than on nearby undisturbed sea floor", None),
        (D, "Tamsin Greaves", "We expected some recovery at the edges, at least from mobile animals such as sea "
            "cucumbers and brittle stars,", None),
        (D, "Tamsin Greaves", "What we found was a sea floor that, for the most part, still looks as if it was "
            "ploughed yesterday.", None),
        (D, "researchers", "For nodule-dependent fauna, recovery on human timescales is not possible,", None),
        (I, "Kenji Arai", "the plume results worry him more than the tracks themselves", None),
        (D, "Kenji Arai", "A commercial operation would run for 20 or 30 years, not for a few days,", None),
        (D, "Kenji Arai", "The footprint of the plume would be the size of a small country.", None),
        (P, "Meridian Nodule Resources", "was never designed to represent commercial mining", None),
        (P, "Meridian Nodule Resources", "significantly less", None),
        (I, "Rafael Ostrander", "the study\u2019s control sites may themselves have been dusted by the plume", None),
        (D, "Rafael Ostrander", "You can\u2019t measure a loss against a baseline that has already moved,", None),
        (D, "Ana Rebelo", "The control sites are more than ten kilometres away and upstream of the plume. I "
            "don\u2019t see how that criticism holds,", None),
        (I, "Gareth Lewin", "two years is a short window for a deep-sea ecosystem", None),
        (D, "Gareth Lewin", "Some of these communities turn over on decadal timescales. I\u2019d want to see the "
            "five-year data before drawing firm conclusions about what recovers and what doesn\u2019t,", None),
        (S, None, "mining code", None),
        (P, "ISA spokesperson", "considered by the Legal and Technical Commission alongside all available science",
            None),
        (D, "Tamsin Greaves", "If those tracks still look the way they do now,", None),
        (D, "Tamsin Greaves", "regulators will have to ask whether \u2018recovery\u2019 is the right word to use "
            "at all.", None),
    ],
    "actors": [
        actor("researchers", "group", title="authors of the study (published in Nature)",
              affiliation="National Oceanography Centre and co-authors",
              aliases=["researchers", "authors", "team", "study"], stance=-1),
        actor("Tamsin Greaves", "person", title="deep-sea ecologist, lead author",
              affiliation="National Oceanography Centre, Southampton", aliases=["Tamsin Greaves", "Greaves"],
              stance=-1),
        actor("Kenji Arai", "person", title="biological oceanographer, co-author",
              affiliation="University of Hawaii at Manoa", aliases=["Kenji Arai", "Arai"], stance=-1),
        actor("Meridian Nodule Resources", "organisation", title="Canadian deep-sea mining company",
              aliases=["Meridian Nodule Resources", "Meridian"], stance=1),
        actor("Rafael Ostrander", "person", title="chief scientist", affiliation="Meridian Nodule Resources",
              aliases=["Rafael Ostrander", "Ostrander"], stance=1),
        actor("Ana Rebelo", "person", title="marine ecologist (not involved in the study)",
              affiliation="University of Aveiro", aliases=["Ana Rebelo", "Rebelo"], stance=-1),
        actor("Gareth Lewin", "person", title="sea-floor ecologist", affiliation="Ifremer",
              aliases=["Gareth Lewin", "Lewin"], stance=0),
        actor("ISA spokesperson", "person", title="spokesperson", affiliation="International Seabed Authority",
              aliases=["ISA spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Indian newspaper cricket report (The Hindu/Sportstar style; Ranji Trophy non-striker run-out),
#    byline and "RAJKOT, <date> IST" lines, dateline "RAJKOT:", straight " and apostrophes
#    (non-striker's, batter's), punctuation inside closing marks; headline with straight single
#    'within the laws' (partial, Solanki; his body quote "It is within the laws. ..." is a separate
#    direct entry); standfirst without speech ("as Mumbai cry foul": no content). Lede "defended his
#    decision" (no content). Scare "Mankad," (the name of the dismissal). Split quote "Solanki told
#    reporters after the match", the second stretch ending in questions. "The 24-year-old said A and
#    that he would do it again "..."" (indirect plus partial). Coach "insisted A" then "Parulekar
#    said" split quote ("Aditya" inside it). "did not speak to the media" (negated). Captain "backed
#    his bowler" (no content), then a quote ("Nirav" inside it) and ", adding that A". Anonymous "An SCA
#    official, who did not wish to be named, said A". Former player "wrote on X that Solanki had "..."
#    and that batters had to "..."" (two partials). Association statement "said ... that it would
#    lodge a complaint ... over what it called "..."" (partial only). Scorecard paragraphs without
#    speech. "Asked whether ...", "Solanki smiled" not annotated; "he said" quote at the end.
ARTICLES["data/eval/dev33/saurashtra-mumbai-ranji-non-striker-run-out.gold.json"] = {
    "article": "data/eval/dev33/saurashtra-mumbai-ranji-non-striker-run-out.txt",
    "target": "Nirav Solanki",
    "quotes": [
        (P, "Nirav Solanki", "within the laws", "Solanki says"),
        (S, None, "Mankad,", None),
        (D, "Nirav Solanki", "It is within the laws. I warned him once in the first innings and once today, and he "
            "kept leaving his crease early,", None),
        (D, "Nirav Solanki", "If I have given him two warnings and he still does it, what should I do? Let him "
            "steal a run?", None),
        (I, "Nirav Solanki", "he had no regrets", None),
        (P, "Nirav Solanki", "in a final, in a Test match, anywhere.", None),
        (I, "Vinod Parulekar", "no warning had been given in the second innings", None),
        (D, "Vinod Parulekar", "Nobody in our dressing room heard any warning today. Not the umpires, not Aditya, "
            "nobody,", None),
        (D, "Vinod Parulekar", "Everyone knows what the law says. But there is the law, and there is the way you "
            "want to win a game of cricket.", None),
        (D, "Devang Trivedi", "Nirav told me at lunch on day two that he had warned him. After that, it is the "
            "batter's responsibility to stay in his crease,", None),
        (I, "Devang Trivedi", "the umpires had been told about the first warning", None),
        (I, "SCA official", "the on-field umpires had recorded the first warning in their report to the match "
            "referee", None),
        (P, "Prakash Iyengar", "done nothing wrong", None),
        (P, "Prakash Iyengar", "stop treating the crease as a suggestion.", None),
        (P, "Mumbai Cricket Association", "an unsporting end to a hard-fought game.", None),
        (D, "Nirav Solanki", "Let them shout. I will bowl the same way,", None),
    ],
    "actors": [
        actor("Nirav Solanki", "person", title="off-spinner (24)", affiliation="Saurashtra",
              aliases=["Nirav Solanki", "Solanki", "Nirav", "The 24-year-old"], stance=1),
        actor("Vinod Parulekar", "person", title="head coach", affiliation="Mumbai",
              aliases=["Vinod Parulekar", "Parulekar"], stance=-1),
        actor("Devang Trivedi", "person", title="captain", affiliation="Saurashtra",
              aliases=["Devang Trivedi", "Trivedi"], stance=1),
        actor("SCA official", "person", title="official (anonymous)",
              affiliation="Saurashtra Cricket Association", aliases=["SCA official"], stance=1),
        actor("Prakash Iyengar", "person", title="former India off-spinner",
              aliases=["Prakash Iyengar", "Iyengar"], stance=1),
        actor("Mumbai Cricket Association", "organisation", title="state cricket association",
              aliases=["Mumbai Cricket Association"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
