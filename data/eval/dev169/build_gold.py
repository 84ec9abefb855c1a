"""Build the dev169 gold files (data/eval/dev169/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev168/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev169/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev169.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev169"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Zimbabwe Independent media/diplomacy (Russia's state broadcaster RT opens a Harare bureau), headline without
#    speech, byline in capitals, lede opening "RUSSIA's", straight " and apostrophes, "US$1 500" (space as
#    thousands separator), British punctuation outside fragments. Content before "according to the
#    broadcaster"; RT's Africa director "said the channel wanted to give Africans a chance to "..."" (partial
#    only), quote with "Morozova said"; permanent secretary "described the bureau as a "..." ... and said A"
#    (partial plus indirect), "He told the Zimbabwe Independent that A"; ambassador "said the opening reflected
#    "..."" (partial only), quote with "Skvortsov said"; MISA chapter "said it was concerned that A"; its
#    director's quote with "MISA Zimbabwe director Rutendo Chigumba said" and a quote-only paragraph; group
#    "Several journalists ... said A"; anonymous reporter "said A", "she said"; lecturer "said A", "According to
#    Ncube, A"; US embassy "declined to comment" (act).
ARTICLES[f"{BATCH}/rt-harare-bureau-russia-media.gold.json"] = {
    "article": f"{BATCH}/rt-harare-bureau-russia-media.txt",
    "target": "Russia",
    "quotes": [
        (I, "RT", "The bureau, housed in a refurbished office block on Samora Machel Avenue, will employ 26 local "
            "journalists and produce content in English, Shona and Ndebele for television, radio and social media", None),
        (P, "Yekaterina Morozova", "tell their own stories, without a Western filter", None),
        (D, "Yekaterina Morozova", "For decades, the world has seen Africa through the eyes of London, Paris and New York. "
            "We are not here to tell Zimbabweans what to think. We are here to give them a microphone,", None),
        (P, "Gift Mabhena", "welcome addition", None),
        (I, "Gift Mabhena", "it had been licensed under the same conditions as any other foreign broadcaster", None),
        (I, "Gift Mabhena", "the government did not vet the editorial content of foreign media houses", None),
        (P, "Oleg Skvortsov", "the all-weather friendship", None),
        (D, "Oleg Skvortsov", "Russia stood with Zimbabwe during the liberation struggle and during the years of illegal "
            "sanctions. We will not abandon our friends in the information war either,", None),
        (I, "Media Institute of Southern Africa", "it was concerned that a broadcaster banned in the European Union for "
            "spreading disinformation was now recruiting young Zimbabwean journalists", None),
        (D, "Rutendo Chigumba", "Our concern is not that RT is here. Our concern is what it will ask our colleagues to do,",
            None),
        (D, "Rutendo Chigumba", "There is a difference between telling African stories and telling the Kremlin's stories "
            "in an African accent.", None),
        (I, "Several journalists", "the salaries on offer, reportedly between US$1 500 and US$3 000 a month, were far "
            "higher than those paid by local media houses", None),
        (I, "One reporter at a private daily", "she had been offered a post but was still weighing it", None),
        (D, "One reporter at a private daily", "I have a family to feed. But I also have a name to protect,", None),
        (I, "Blessing Ncube", "the opening was part of a broader pattern that had seen Russian state media expand in Mali, "
            "Burkina Faso and Kenya since 2023", None),
        (I, "Blessing Ncube", "RT's African audiences remain small but are growing fast on TikTok and YouTube, "
            "particularly among young urban viewers", None),
    ],
    "actors": [
        actor("RT", "organisation", title="Russian state-funded broadcaster", affiliation="Russia",
              aliases=["RT", "broadcaster"], stance=1),
        actor("Yekaterina Morozova", "person", title="Africa director", affiliation="RT",
              aliases=["Yekaterina Morozova", "Morozova"], stance=1),
        actor("Gift Mabhena", "person", title="permanent secretary, Information, Publicity and Broadcasting Services",
              affiliation="Zimbabwe", aliases=["Gift Mabhena", "Mabhena"], stance=1),
        actor("Oleg Skvortsov", "person", title="Russia's ambassador to Zimbabwe", affiliation="Russia",
              aliases=["Oleg Skvortsov", "Skvortsov"], stance=1),
        actor("Media Institute of Southern Africa", "organisation", title="media freedom group (Zimbabwe chapter)",
              aliases=["Media Institute of Southern Africa", "MISA"], stance=-1),
        actor("Rutendo Chigumba", "person", title="director", affiliation="MISA Zimbabwe",
              aliases=["Rutendo Chigumba", "Chigumba"], stance=-1),
        actor("Several journalists", "group", title="journalists who applied for jobs at the bureau",
              aliases=["Several journalists"], stance=None),
        actor("One reporter at a private daily", "person", title="anonymous reporter",
              aliases=["One reporter at a private daily"], stance=0),
        actor("Blessing Ncube", "person", title="journalism lecturer", affiliation="Harare Polytechnic",
              aliases=["Blessing Ncube", "Ncube"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Idaho Statesman health/business (a cheesemaker linked to a listeria outbreak), headline and standfirst
#    without speech, byline and "Updated December 3, 2026 4:12 PM" lines, curly “ ” and ’, American punctuation
#    inside closing marks, "Read Next" line. Lede content before "state and federal health officials said
#    Wednesday"; "The department said A"; epidemiologist's quote split by "said Dr. Alana Whitcomb, the state
#    epidemiologist"; content before "according to the U.S. Food and Drug Administration"; company "said it was
#    “...” and that B" (partial plus indirect); owner's quote split by "owner Daniel Etxeberria said in the
#    statement", "Etxeberria, whose grandparents ..., said A"; "records ... show that inspectors noted “...”"
#    (partial, the inspectors; "asked the company to fix ..." a directive); department spokesperson "said the
#    drainage issue had been corrected ..."; attorney "who said he represents ..." (relative-clause indirect),
#    "called the outbreak “...”" (partial), quote with "Whitney said"; relative "said A", quote split by "Baker
#    said" (Baker is a surname that is also a word); district health "said A".
ARTICLES[f"{BATCH}/snake-river-creamery-listeria-recall.gold.json"] = {
    "article": f"{BATCH}/snake-river-creamery-listeria-recall.txt",
    "target": "Snake River Creamery",
    "quotes": [
        (I, "state and federal health officials", "A Gooding County cheesemaker is at the center of a listeria outbreak that "
            "has sickened at least 11 people in Idaho, Oregon and Utah", None),
        (I, "Idaho Department of Health and Welfare", "nine of the 11 people had been hospitalized, including a pregnant "
            "woman in Canyon County", None),
        (D, "Alana Whitcomb", "Listeria is especially dangerous for pregnant people, newborns, adults over 65 and anyone "
            "with a weakened immune system,", None),
        (D, "Alana Whitcomb", "If you have any of these cheeses in your refrigerator, please throw them out, even if "
            "someone has already eaten some and felt fine.", None),
        (I, "U.S. Food and Drug Administration", "The recalled products include the company\u2019s Sawtooth Brie, Owyhee "
            "Blue and Basque-style sheep cheese, sold at grocery stores and farmers markets in Idaho, Oregon, Utah, "
            "Nevada, Washington and Montana", None),
        (P, "Snake River Creamery", "heartbroken", None),
        (I, "Snake River Creamery", "it was cooperating fully with investigators", None),
        (D, "Daniel Etxeberria", "We are a small family business and food safety has always been our first priority,", None),
        (D, "Daniel Etxeberria", "We have stopped production and will not reopen until we know exactly what went wrong.",
            None),
        (I, "Daniel Etxeberria", "the creamery had passed its most recent state inspection in August with no violations",
            None),
        (P, "inspectors", "condensation dripping onto product", None),
        (I, "Ryan Delgado", "the drainage issue had been corrected by the time of a follow-up inspection", None),
        (I, "Graham Whitney", "he represents three of the people who became ill", None),
        (P, "Graham Whitney", "entirely preventable.", None),
        (D, "Graham Whitney", "Listeria doesn\u2019t appear out of nowhere. It lives in drains, in cracks, in equipment "
            "that isn\u2019t cleaned properly,", None),
        (I, "Cheryl Baker", "her 78-year-old mother spent eight days at Saint Alphonsus Regional Medical Center after "
            "eating brie she bought at a Boise farmers market", None),
        (D, "Cheryl Baker", "She\u2019s home now, but she\u2019s still weak,", None),
        (D, "Cheryl Baker", "I don\u2019t want to see the business ruined. I just want them to be honest about what "
            "happened.", None),
        (I, "Southwest District Health", "it was contacting stores and markets in its area to make sure the products had "
            "been removed from shelves", None),
    ],
    "actors": [
        actor("state and federal health officials", "group", title="health officials",
              aliases=["state and federal health officials"], stance=0),
        actor("Idaho Department of Health and Welfare", "government", title="state health department",
              aliases=["Idaho Department of Health and Welfare", "Department of Health and Welfare", "department"],
              stance=0),
        actor("Alana Whitcomb", "person", title="state epidemiologist",
              affiliation="Idaho Department of Health and Welfare", aliases=["Alana Whitcomb", "Whitcomb"], stance=0),
        actor("U.S. Food and Drug Administration", "government", title="federal regulator",
              aliases=["U.S. Food and Drug Administration"], stance=None),
        actor("Snake River Creamery", "organisation", title="cheesemaker", aliases=["Snake River Creamery", "creamery"],
              stance=1),
        actor("Daniel Etxeberria", "person", title="owner", affiliation="Snake River Creamery",
              aliases=["Daniel Etxeberria", "Etxeberria"], stance=1),
        actor("inspectors", "group", title="state inspectors", aliases=["inspectors"], stance=-1),
        actor("Ryan Delgado", "person", title="spokesperson", affiliation="Idaho Department of Health and Welfare",
              aliases=["Ryan Delgado", "Delgado"], stance=1),
        actor("Graham Whitney", "person", title="Boise attorney for three of the sick",
              aliases=["Graham Whitney", "Whitney"], stance=-1),
        actor("Cheryl Baker", "person", title="daughter of a patient", aliases=["Cheryl Baker", "Baker"], stance=0),
        actor("Southwest District Health", "government", title="district health department",
              aliases=["Southwest District Health"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. St Lucia Times sport/governance (the football association president faces a no-confidence motion), Title
#    Case headline without speech, date line, no byline, straight " and apostrophes, British punctuation
#    outside fragments, "EC$1.2 million"; lede "says he will not resign despite ..."
#    (present-tense indirect); the motion "accuses the SLFA executive of ..." (a document's act, not
#    annotated); president "described the allegations as "..."", quote with "he said" and a quote-only
#    paragraph, "Alcindor, a former ..., said A"; club president "said clubs had been asking ... and had
#    received "..."" (indirect plus partial), quote split by "Emmanuel told this reporter", "Emmanuel said A";
#    CONCACAF "said it was aware ... and was monitoring developments, but that internal governance was "...""
#    (indirect plus partial); general secretary "said A"; former captain "said A", quote with "Charles said";
#    ministry "urged both sides ... and said the Government "..."" (directive; partial only); anonymous club
#    official "said A", then "the official said".
ARTICLES[f"{BATCH}/slfa-president-alcindor-no-confidence.gold.json"] = {
    "article": f"{BATCH}/slfa-president-alcindor-no-confidence.txt",
    "target": "Vernon Alcindor",
    "quotes": [
        (I, "Vernon Alcindor", "he will not resign despite a motion of no confidence tabled by eleven of the association's "
            "member clubs", None),
        (P, "Vernon Alcindor", "politics dressed up as accountability", None),
        (D, "Vernon Alcindor", "Every cent that came into this association is accounted for. The audit for 2024 is with "
            "the auditors as we speak, and when it is ready the members will see it,", None),
        (D, "Vernon Alcindor", "I was elected to do a job and I intend to finish it.", None),
        (I, "Vernon Alcindor", "the delay in the audit was caused by the late submission of documents from two district "
            "associations", None),
        (I, "Donnie Emmanuel", "clubs had been asking for the accounts since March", None),
        (P, "Donnie Emmanuel", "nothing but excuses", None),
        (D, "Donnie Emmanuel", "We are not against anybody personally. We are against the way this association is being "
            "run,", None),
        (D, "Donnie Emmanuel", "The clubs are the owners of the SLFA, not the executive.", None),
        (I, "Donnie Emmanuel", "the clubs had also written to CONCACAF and FIFA asking them to review how the grant money "
            "was spent", None),
        (I, "CONCACAF", "it was aware of the situation and was monitoring developments", None),
        (P, "CONCACAF", "for the member association and its members to resolve", None),
        (I, "Merlene Joseph", "the extraordinary general meeting would go ahead as required by the association's "
            "constitution", None),
        (I, "Jamal Charles", "the dispute was hurting players at a time when the men's team was preparing for next year's "
            "CONCACAF Nations League qualifiers", None),
        (D, "Jamal Charles", "Every week we spend fighting in the boardroom is a week we are not spending on the field. The "
            "players deserve better from all sides,", None),
        (P, "Ministry of Youth Development and Sports", "will not interfere in the internal affairs of an independent "
            "sporting body", None),
        (I, "One club official from the south", "at least three more clubs were expected to back the motion before the "
            "meeting", None),
        (D, "One club official from the south", "The numbers are there. Vernon knows it,", None),
    ],
    "actors": [
        actor("Vernon Alcindor", "person", title="President", affiliation="Saint Lucia Football Association",
              aliases=["Vernon Alcindor", "Alcindor", "Vernon"], stance=1),
        actor("Donnie Emmanuel", "person", title="Gros Islet FC president", affiliation="Gros Islet FC",
              aliases=["Donnie Emmanuel", "Emmanuel"], stance=-1),
        actor("CONCACAF", "organisation", title="regional football confederation", aliases=["CONCACAF"], stance=0),
        actor("Merlene Joseph", "person", title="General Secretary", affiliation="Saint Lucia Football Association",
              aliases=["Merlene Joseph", "Joseph"], stance=None),
        actor("Jamal Charles", "person", title="former national captain, youth coach",
              aliases=["Jamal Charles", "Charles"], stance=0),
        actor("Ministry of Youth Development and Sports", "government", title="sports ministry", affiliation="Saint Lucia",
              aliases=["Ministry of Youth Development and Sports"], stance=0),
        actor("One club official from the south", "person", title="anonymous club official",
              aliases=["One club official from the south"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Evening Express (Aberdeen) health (the health board ends overnight out-of-hours GP cover in two towns),
#    headline and standfirst without speech, byline and "Thursday December 3 2026, 5.45pm" lines, straight "
#    and apostrophes, British punctuation outside fragments, Doric nicknames (the Broch, the Blue Toon, bairn),
#    newsdesk contact line. Lede content before "NHS Grampian has confirmed"; "The health board said A"; deputy
#    medical director "said A", quote with "he said" and a quote-only paragraph, "He said the board would keep
#    the arrangement "..." and that B" (partial plus indirect); councillor "said the move would leave ... "...""
#    (partial only), question in a quote with "she said"; MSP "said he had written to the health secretary
#    asking her to intervene" (indirect), "he said"; mother "told the Evening Express she had used ..." (no
#    "that"), "she said"; BMA committee "said the closures were "..." across Scotland and warned that B"
#    (partial plus indirect); government spokesman "said A but that ministers expected NHS Grampian to "...""
#    (indirect plus partial); "Figures obtained by the Evening Express show" (no speech).
ARTICLES[f"{BATCH}/nhs-grampian-peterhead-out-of-hours.gold.json"] = {
    "article": f"{BATCH}/nhs-grampian-peterhead-out-of-hours.txt",
    "target": "NHS Grampian",
    "quotes": [
        (I, "NHS Grampian", "Patients in Peterhead and Fraserburgh will no longer be able to see an out-of-hours doctor "
            "locally overnight from January", None),
        (I, "NHS Grampian", "a shortage of GPs willing to work night shifts meant the two bases, at Peterhead Community "
            "Hospital and Fraserburgh Hospital, would close between midnight and 8am for at least six months", None),
        (I, "Alasdair Reid", "the decision had not been taken lightly", None),
        (D, "Alasdair Reid", "On too many nights this year we have had nobody to put on the rota in Peterhead or "
            "Fraserburgh, and we have had to close at short notice. That is not safe and it is not fair on patients,",
            None),
        (D, "Alasdair Reid", "A planned, temporary change is better than a service that may or may not be there when you "
            "need it.", None),
        (P, "Alasdair Reid", "under constant review", None),
        (I, "Alasdair Reid", "paramedics and community nurses would continue to provide overnight home visits where "
            "appropriate", None),
        (P, "Fiona Strachan", "at the end of a very long road", None),
        (D, "Fiona Strachan", "If you haven't got a car, how are you getting to Foresterhill at three in the morning with "
            "a sick bairn? A taxi is \u00a380,", None),
        (I, "Craig Duthie", "he had written to the health secretary asking her to intervene", None),
        (D, "Craig Duthie", "Every time there's a staffing problem, it's the rural areas that pay the price. The north-east "
            "is tired of being treated as an afterthought,", None),
        (I, "Leanne Stephen", "she had used the overnight service three times this year", None),
        (D, "Leanne Stephen", "Each time they saw him within the hour. I don't know what I'll do now,", None),
        (P, "BMA Scotland's GP committee", "a symptom of a workforce crisis", None),
        (I, "BMA Scotland's GP committee", "more health boards would follow unless out-of-hours work was made more "
            "attractive to doctors", None),
        (I, "A Scottish Government spokesman", "out-of-hours services were the responsibility of health boards", None),
        (P, "A Scottish Government spokesman", "engage fully", None),
    ],
    "actors": [
        actor("NHS Grampian", "organisation", title="health board", aliases=["NHS Grampian", "health board"], stance=1),
        actor("Alasdair Reid", "person", title="deputy medical director", affiliation="NHS Grampian",
              aliases=["Alasdair Reid", "Reid"], stance=1),
        actor("Fiona Strachan", "person", title="councillor for Peterhead North and Rattray",
              affiliation="Aberdeenshire Council", aliases=["Fiona Strachan", "Strachan"], stance=-1),
        actor("Craig Duthie", "person", title="MSP for Banffshire and Buchan Coast", aliases=["Craig Duthie", "Duthie"],
              stance=-1),
        actor("Leanne Stephen", "person", title="Fraserburgh mother", aliases=["Leanne Stephen", "Stephen"], stance=-1),
        actor("BMA Scotland's GP committee", "organisation", title="doctors' union committee",
              aliases=["BMA Scotland's GP committee"], stance=0),
        actor("A Scottish Government spokesman", "person", title="government spokesman", affiliation="Scottish Government",
              aliases=["A Scottish Government spokesman"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
