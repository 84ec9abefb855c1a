"""Build the test17 gold files (data/eval/test17/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev46/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test17/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test17.
Standard library only.
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
# 1. Balkan Insight (BIRN) foreign affairs (Montenegro closes a Russian-funded cultural centre),
#    Title Case headline with a curly single fragment "Russia Accuses Montenegro of ‘Hysteria’"
#    (partial for Russia), standfirst without speech, byline block with place and date-time lines,
#    curly “ ” and ’ apostrophes, British fragment punctuation outside the marks. Lede "accusing it
#    of running a “...” of disinformation" (partial only); content before "the government said in a
#    statement"; minister's quote split by "Foreign Minister X told reporters in Podgorica", resumed;
#    "She said A and that B" (one span); "According to the ANB, A, where ... what the agency
#    described as “...”" (indirect stopping before ", where", plus partial); scare so-called
#    “friendship tours”; embassy "rejected the accusations" (no content), then "called the closure
#    “...” and said ... “...” for 14 years" (two partials); embassy quote then ", adding that Moscow
#    would respond “...”" (partial only); MP "said the government was “...” to please ..." (partial
#    only), then "he said"; analyst named after the first stretch, resumed; anonymous diplomat "told
#    BIRN that A and that the EU delegation would “...”" (indirect plus partial).
ARTICLES["data/eval/test17/montenegro-russian-house-podgorica-closure.gold.json"] = {
    "article": "data/eval/test17/montenegro-russian-house-podgorica-closure.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "Hysteria", None),
        (P, "Montenegro\u2019s government", "systematic campaign", None),
        (I, "Montenegro\u2019s government", "The centre must cease all activities within 30 days and its two Russian "
            "staff members will have their residence permits reviewed", None),
        (D, "Ivana Laki\u0107evi\u0107", "We have nothing against Russian culture. Tolstoy and Chekhov are read in our "
            "schools and they will continue to be read,", None),
        (D, "Ivana Laki\u0107evi\u0107", "What we will not accept is a foreign state using a library as a cover to tell "
            "our teenagers that their country is an occupied colony.", None),
        (I, "Ivana Laki\u0107evi\u0107", "the decision was based on a report by the National Security Agency, ANB, and "
            "that Montenegro had informed its NATO and EU partners before the session", None),
        (I, "National Security Agency", "at least 140 Montenegrin secondary school pupils travelled to summer camps in "
            "Russia and Republika Srpska over the past two years on trips organised or promoted through the centre",
            None),
        (P, "National Security Agency", "military-patriotic training", None),
        (S, None, "friendship tours", None),
        (P, "Russian embassy in Podgorica", "an act of political hysteria", None),
        (P, "Russian embassy in Podgorica", "nothing but language courses, film evenings and concerts", None),
        (D, "Russian embassy in Podgorica", "Montenegro\u2019s authorities are once again carrying out orders from "
            "Brussels and Washington. The Montenegrin people, who have always been close to Russia, will draw their "
            "own conclusions,", None),
        (P, "Russian embassy in Podgorica", "in a mirror manner", None),
        (P, "Predrag Jokanovi\u0107", "settling accounts with a library", None),
        (D, "Predrag Jokanovi\u0107", "Today it is the Russian House. Tomorrow it will be the church choirs and the "
            "folklore societies,", None),
        (D, "Tamara \u0110urovi\u0107", "The decision sends a message that Podgorica is no longer willing to look the "
            "other way,", None),
        (D, "Tamara \u0110urovi\u0107", "But Moscow does not need a building to reach young people in Montenegro. It "
            "has TikTok, and it has Telegram.", None),
        (I, "Western diplomat in Podgorica", "several EU capitals had been briefed on the ANB report in November",
            None),
        (P, "Western diplomat in Podgorica", "follow the case closely", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia"], stance=1),
        actor("Montenegro\u2019s government", "government", title="government", affiliation="Montenegro",
              aliases=["Montenegro\u2019s government", "the government"], stance=-1),
        actor("Ivana Laki\u0107evi\u0107", "person", title="Foreign Minister", affiliation="Montenegro",
              aliases=["Ivana Laki\u0107evi\u0107", "Laki\u0107evi\u0107"], stance=-1),
        actor("National Security Agency", "government", title="security agency", affiliation="Montenegro",
              aliases=["National Security Agency", "ANB", "the agency"], stance=-1),
        actor("Russian embassy in Podgorica", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Podgorica", "the embassy"], stance=1),
        actor("Predrag Jokanovi\u0107", "person", title="opposition MP", affiliation="pro-Serbian opposition party",
              aliases=["Predrag Jokanovi\u0107", "Jokanovi\u0107"], stance=1),
        actor("Tamara \u0110urovi\u0107", "person", title="researcher",
              affiliation="University of Montenegro\u2019s Faculty of Political Science",
              aliases=["Tamara \u0110urovi\u0107", "\u0110urovi\u0107"], stance=-1),
        actor("Western diplomat in Podgorica", "person", title="anonymous Western diplomat",
              aliases=["Western diplomat in Podgorica"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. STAT-style biotech news (the FDA places a clinical hold on a gene therapy after a patient's
#    liver failure), headline ("halts", an act) and deck without speech, byline and date lines,
#    straight " and apostrophes (Veridane's, company's). Lede content before "the company said
#    Wednesday"; content before "according to a filing Veridane made with the SEC" (the company's
#    filing); scare so-called "stealth" capsid; CEO "said on a call ... that the company was "..." for
#    ..., but that B" (partial plus indirect); a quote split by "Okafor said", resumed and running
#    into a second paragraph (the first open: one entry per paragraph); FDA spokesperson "said A"
#    (present tense); analyst named after the quote (apposition with "who cut ..."), then "She said
#    ... was "..." but that B" (partial plus indirect); anonymous investigator "said A and that
#    Veridane had moved ... "..."" (indirect plus partial); patient advocate "said A", then a quote
#    split by "she said", resumed; closing "In its statement, Veridane said A and would B" (one span).
ARTICLES["data/eval/test17/veridane-gene-therapy-clinical-hold.gold.json"] = {
    "article": "data/eval/test17/veridane-gene-therapy-clinical-hold.txt",
    "target": "Veridane Therapeutics",
    "quotes": [
        (I, "Veridane Therapeutics", "The Food and Drug Administration has placed a clinical hold on Veridane "
            "Therapeutics' lead gene therapy after a teenage patient in its pivotal study developed acute liver "
            "failure", None),
        (I, "Veridane Therapeutics", "The patient, a 15-year-old boy treated in October, is in stable condition after "
            "receiving a liver transplant", None),
        (S, None, "stealth", None),
        (P, "Martin Okafor", "devastated", None),
        (I, "Martin Okafor", "the event did not mean the therapy had failed", None),
        (D, "Martin Okafor", "We are going to understand exactly what happened in this young man's liver, and we are "
            "going to share it,", None),
        (D, "Martin Okafor", "Then we will sit down with the agency and decide together what the right dose and the "
            "right patients are.", None),
        (D, "Martin Okafor", "I am not going to stand here and tell you we will be back on schedule. I don't know that "
            "today.", None),
        (I, "FDA spokesperson", "the agency does not comment on individual product applications", None),
        (D, "Hannah Levitt", "Liver toxicity at high doses is the known risk of this whole class. The question now is "
            "whether Veridane can find a dose that works without it, and that could take a year or more,", None),
        (P, "Hannah Levitt", "still sound", None),
        (I, "Hannah Levitt", "investors had been pricing in a flawless launch", None),
        (I, "investigator at a U.S. trial site", "the boy's liver enzymes began rising about six weeks after the "
            "infusion", None),
        (P, "investigator at a U.S. trial site", "faster than some of us were comfortable with.", None),
        (I, "Lauren Whitlock", "parents had been told about the case in an email on Tuesday night", None),
        (D, "Lauren Whitlock", "We knew this was a risk. Every parent in that trial signed a consent form that talked "
            "about the liver on almost every page,", None),
        (D, "Lauren Whitlock", "What we need now is for everyone, the company and the FDA, to tell us plainly what "
            "went wrong so the next trial is safer.", None),
        (I, "Veridane Therapeutics", "it had notified all trial sites and regulators in Europe and would pause dosing "
            "in a separate study in adults until the review is complete", None),
    ],
    "actors": [
        actor("Veridane Therapeutics", "organisation", title="gene therapy company (Cambridge, Mass.)",
              aliases=["Veridane Therapeutics", "Veridane", "the company"], stance=0),
        actor("Martin Okafor", "person", title="chief executive", affiliation="Veridane Therapeutics",
              aliases=["Martin Okafor", "Okafor"], stance=1),
        actor("FDA spokesperson", "person", title="unnamed FDA spokesperson",
              affiliation="Food and Drug Administration", aliases=["FDA spokesperson"], stance=None),
        actor("Hannah Levitt", "person", title="analyst", affiliation="Corbel Partners",
              aliases=["Hannah Levitt", "Levitt"], stance=0),
        actor("investigator at a U.S. trial site", "person", title="anonymous trial investigator",
              aliases=["investigator at a U.S. trial site"], stance=-1),
        actor("Lauren Whitlock", "person", title="patient advocate, parent", affiliation="OTC Families Network",
              aliases=["Lauren Whitlock", "Whitlock"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Times of Malta politics/health (the nurses' union says the health minister kept back an A&E
#    report), headline with a curly single fragment "Nurses’ union says minister ‘buried’ A&E
#    report" (partial for the union; "Nurses’ union" and "minister" are aliases), byline and
#    date-time lines, curly single quotes ‘ ’ throughout the body (apostrophes ’ in hospital’s,
#    Nurses’), British fragment punctuation outside the marks. Lede "The union said on Thursday that
#    A" (indirect); "the union said the report ... had been ‘...’ because it ‘...’" (two partials);
#    union president named after the quote, then a quote-only paragraph (continuity); scare
#    so-called ‘corridor care’; "hit back" (no content), then "he said the document was ‘...’ and
#    that the final version would be published ‘...’" (two partials); a quote split by "the minister
#    said", resumed; "According to the health ministry, A"; opposition spokeswoman "said the
#    minister had ‘...’" (partial only), then "She said A"; anonymous consultant "said the document
#    had been ‘...’" (partial only); patient (first name only) "said A", then "he said".
ARTICLES["data/eval/test17/malta-mater-dei-emergency-report-minister.gold.json"] = {
    "article": "data/eval/test17/malta-mater-dei-emergency-report-minister.txt",
    "target": "Roderick Zammit Bonello",
    "quotes": [
        (P, "Malta Union of Midwives and Nurses", "buried", "says minister \u2018buried"),
        (I, "Malta Union of Midwives and Nurses", "Health Minister Roderick Zammit Bonello had kept back an internal "
            "report which found that patients admitted through Mater Dei Hospital\u2019s emergency department waited "
            "an average of nine hours for a ward bed last summer", None),
        (P, "Malta Union of Midwives and Nurses", "buried", "had been \u2018buried"),
        (P, "Malta Union of Midwives and Nurses", "contradicts everything the minister has told Parliament", None),
        (D, "Antoine Farrugia", "Our members are treating people on trolleys in corridors every night. They do not need "
            "a report to tell them that, but the public deserves to see it,", None),
        (D, "Antoine Farrugia", "If the minister is proud of his record, let him publish it.", None),
        (S, None, "corridor care", None),
        (P, "Roderick Zammit Bonello", "a working draft", None),
        (P, "Roderick Zammit Bonello", "in the coming weeks, once the data has been checked", None),
        (D, "Roderick Zammit Bonello", "Nobody has buried anything. I have been the first to say that our emergency "
            "department is under pressure,", None),
        (D, "Roderick Zammit Bonello", "But I will not publish numbers that the hospital\u2019s own statisticians tell me "
            "are incomplete.", None),
        (I, "health ministry", "1,140 nurses have been recruited since 2024, most of them from outside the EU, and a new "
            "40-bed acute medical ward will open at Mater Dei in March", None),
        (P, "Graziella Cilia", "run out of excuses", None),
        (I, "Graziella Cilia", "she would file a parliamentary question asking for the full report to be tabled in the "
            "House next week", None),
        (P, "senior consultant at the hospital", "final in every sense except the word on the cover", None),
        (I, "Carmel", "he spent 14 hours on a trolley in October with a fractured hip before he was moved to an "
            "orthopaedic ward", None),
        (D, "Carmel", "The nurses were angels. It is not their fault. Somebody above them decided that this is normal "
            "and that we should be grateful,", None),
    ],
    "actors": [
        actor("Malta Union of Midwives and Nurses", "organisation", title="nurses' union",
              aliases=["Malta Union of Midwives and Nurses", "MUMN", "Nurses\u2019 union", "the union"], stance=-1),
        actor("Antoine Farrugia", "person", title="MUMN president", affiliation="Malta Union of Midwives and Nurses",
              aliases=["Antoine Farrugia", "Farrugia"], stance=-1),
        actor("Roderick Zammit Bonello", "person", title="Health Minister", affiliation="Maltese government",
              aliases=["Roderick Zammit Bonello", "Zammit Bonello", "minister", "the minister"], stance=1),
        actor("health ministry", "government", title="health ministry", affiliation="Malta",
              aliases=["health ministry"], stance=1),
        actor("Graziella Cilia", "person", title="health spokeswoman", affiliation="Nationalist Party",
              aliases=["Graziella Cilia", "Cilia"], stance=-1),
        actor("senior consultant at the hospital", "person", title="anonymous consultant",
              affiliation="Mater Dei Hospital", aliases=["senior consultant at the hospital"], stance=-1),
        actor("Carmel", "person", title="patient (\u017babbar, 71)", aliases=["Carmel"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Texas Tribune local government (Corpus Christi charges industrial water users a drought
#    surcharge), headline and deck without speech, capitals byline with date and time, dateline
#    "CORPUS CHRISTI —", straight " and apostrophes (city's, don't). Figure before "according to the
#    city's water department"; mayor's quote split by "Mayor X said after the vote", resumed;
#    "Esparza said A"; scare "drought-proof" (the writer's gloss of the shelved plant); industry
#    group "called the surcharge "..." and said B" (partial plus indirect); its president "told The
#    Texas Tribune that A", then a quote split by "Henshaw said", resumed; council member "said A but
#    feared the city was "..." with ..." (indirect plus partial); anonymous engineer "said A"; state
#    agency "said in a statement that it was "..." and that B" (partial plus indirect); resident "told
#    council members A" (no "that"), then a two-paragraph quote (the first open, after her indirect:
#    continuity; the second closed, no cue).
ARTICLES["data/eval/test17/corpus-christi-industrial-water-surcharge.gold.json"] = {
    "article": "data/eval/test17/corpus-christi-industrial-water-surcharge.txt",
    "target": "Corpus Christi",
    "quotes": [
        (I, "city's water department", "It could cut demand by as much as 8 million gallons a day", None),
        (D, "Ruben Esparza", "We have asked residents to stop watering their lawns, to let their cars get dirty, to take "
            "shorter showers. They have done it,", None),
        (D, "Ruben Esparza", "It is not fair to ask a family in Flour Bluff to sacrifice while the biggest users in "
            "this city pay the same rate they paid five years ago.", None),
        (I, "Ruben Esparza", "the city would use the extra revenue, estimated at $22 million a year, to speed up work on "
            "a brackish groundwater project west of the city", None),
        (S, None, "drought-proof", None),
        (P, "Coastal Bend Industry Alliance", "a tax on jobs", None),
        (I, "Coastal Bend Industry Alliance", "its members had already cut their water use by 12% since 2023", None),
        (I, "Dale Henshaw", "the companies had offered to help pay for an expanded pipeline from Lake Texana rather than "
            "pay higher rates", None),
        (D, "Dale Henshaw", "We came to the table with a real solution, and the council chose a political one,", None),
        (D, "Dale Henshaw", "Every plant manager on that ship channel is now being asked by headquarters whether the "
            "next expansion should go to Louisiana instead.", None),
        (I, "Marisa Delgado-Pruitt", "she supported the goal of the surcharge", None),
        (P, "Marisa Delgado-Pruitt", "picking a fight", None),
        (I, "city water department engineer", "the two main reservoirs, Choke Canyon and Lake Corpus Christi, could "
            "fall below 10% by late spring if the region did not get significant rain", None),
        (P, "Texas Commission on Environmental Quality", "monitoring the situation closely", None),
        (I, "Texas Commission on Environmental Quality", "it had approved the city's request to draw more water from "
            "the Nueces River under an emergency order", None),
        (I, "Yolanda Reyes", "she had not watered her roses since July", None),
        (D, "Yolanda Reyes", "My grandchildren ask me why the grass is brown and the refinery stacks are still "
            "steaming. I don't have an answer for them.", None),
        (D, "Yolanda Reyes", "You did the right thing tonight. Now do the next one, and get us water that doesn't "
            "depend on the sky.", None),
    ],
    "actors": [
        actor("city's water department", "government", title="municipal water department",
              affiliation="City of Corpus Christi", aliases=["city's water department"], stance=1),
        actor("Ruben Esparza", "person", title="Mayor", affiliation="City of Corpus Christi",
              aliases=["Ruben Esparza", "Esparza"], stance=1),
        actor("Coastal Bend Industry Alliance", "organisation", title="industry group (14 manufacturers)",
              aliases=["Coastal Bend Industry Alliance"], stance=-1),
        actor("Dale Henshaw", "person", title="president", affiliation="Coastal Bend Industry Alliance",
              aliases=["Dale Henshaw", "Henshaw"], stance=-1),
        actor("Marisa Delgado-Pruitt", "person", title="Council member", affiliation="Corpus Christi City Council",
              aliases=["Marisa Delgado-Pruitt", "Delgado-Pruitt"], stance=0),
        actor("city water department engineer", "person", title="anonymous water department engineer",
              affiliation="City of Corpus Christi", aliases=["city water department engineer"], stance=None),
        actor("Texas Commission on Environmental Quality", "government", title="state environmental regulator",
              affiliation="Texas", aliases=["Texas Commission on Environmental Quality"], stance=None),
        actor("Yolanda Reyes", "person", title="retired schoolteacher (Westside)",
              aliases=["Yolanda Reyes", "Reyes"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
