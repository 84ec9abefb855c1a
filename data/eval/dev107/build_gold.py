"""Build the dev107 gold files (data/eval/dev107/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev107/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev107.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev107"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kun.uz (Uzbekistan, English edition) labour migration (thousands of Uzbek workers added to Russia's
#    registry of "controlled persons"), headline without speech, `17:40 / 11.12.2026` time line, no byline, curly
#    quotes and apostrophes, `%`; lede content before `, the Agency for External Labour Migration under the
#    Ministry of ... said on Thursday`; scare so-called "controlled persons" registry; `The agency said A, and that
#    B` (one span); quote with the speaker after it (`deputy director of the agency Sherzod Rakhimov told
#    Kun.uz.`), `Rakhimov said A`; `In a statement on its website, Russia's Interior Ministry said A and that B`
#    (one span), `The ministry added that 94% of appeals ... had been "..."` (partial only); Duma deputy `was less
#    conciliatory.` then quote with `he told RIA Novosti`; migrant named by first name only (`Jasur, a 29-year-old
#    builder ..., who asked that his surname not be published`) `said A`, quote split by `he said by phone`;
#    foreign ministry spokesperson `said Tashkent was raising the issue "..." and that B` (partial plus indirect);
#    Q&A `Asked whether ..., Mirzayev said: "..."`; `The Russian embassy ... did not respond` (not annotated);
#    economist `said A`, `she said`; `According to the Central Bank of Uzbekistan, A`; content before `, according
#    to the agency`.
ARTICLES[f"{BATCH}/russia-migrant-registry-uzbek-workers.gold.json"] = {
    "article": f"{BATCH}/russia-migrant-registry-uzbek-workers.txt",
    "target": "Russia",
    "quotes": [
        (I, "Agency for External Labour Migration", "More than 11,000 citizens of Uzbekistan have been added to "
            "Russia\u2019s registry of controlled persons since the beginning of November", None),
        (S, None, "controlled persons", "so-called \u201ccontrolled"),
        (I, "Agency for External Labour Migration", "many of those added to the list had valid work patents and had "
            "been included because of errors in regional databases, and that it had sent the Russian side a list of "
            "2,300 such cases for review", None),
        (D, "Sherzod Rakhimov", "We are talking about people who paid every tax and every fee. They find out they are "
            "on the list only when their salary card is blocked,", None),
        (I, "Sherzod Rakhimov", "the agency\u2019s hotline had received more than 4,000 calls in three weeks, twice as "
            "many as during the whole of last year", None),
        (I, "Russia\u2019s Interior Ministry", "the registry was aimed at foreigners who were in the country illegally "
            "and that anyone included by mistake could apply to have their name removed through the Gosuslugi public "
            "services portal", None),
        (P, "Russia\u2019s Interior Ministry", "considered within the established time frame", None),
        (D, "Mikhail Zatsepin", "Russia is not a passage yard. Whoever comes to work here must respect our laws, and "
            "whoever does not want to will leave,", None),
        (I, "Jasur", "he learned he was on the registry when a police officer checked his documents on a suburban "
            "train", None),
        (D, "Jasur", "I showed my patent, my receipts, everything. He said the computer was right and I was wrong,",
            None),
        (D, "Jasur", "Now I have until December 20 to leave. My employer still owes me for two months.", None),
        (P, "Otabek Mirzayev", "at all levels", None),
        (I, "Otabek Mirzayev", "a working group of the two countries\u2019 migration services would meet in Moscow "
            "next week", None),
        (D, "Otabek Mirzayev", "Our relations with Russia are those of strategic partnership. We solve problems "
            "through dialogue, not through counter-steps.", None),
        (I, "Dilnoza Yusupova", "the registry was part of a wider tightening of Russian migration policy that would "
            "eventually push Uzbek workers towards other markets", None),
        (D, "Dilnoza Yusupova", "Russia needs our workers more than it admits. Construction in Moscow would stop without "
            "them. But every new restriction makes Korea, Britain or the Gulf look more attractive,", None),
        (I, "Central Bank of Uzbekistan", "remittances from Russia reached $11.4 billion in the first nine months of "
            "the year, accounting for about 72% of all money transfers into the country", None),
        (I, "Agency for External Labour Migration", "An estimated 1.1 million Uzbek citizens are currently working in "
            "Russia", None),
    ],
    "actors": [
        actor("Agency for External Labour Migration", "government", title="labour migration agency",
              affiliation="Uzbekistan", aliases=["Agency for External Labour Migration", "The agency", "the agency"],
              stance=-1),
        actor("Sherzod Rakhimov", "person", title="deputy director", affiliation="Agency for External Labour Migration",
              aliases=["Sherzod Rakhimov", "Rakhimov"], stance=-1),
        actor("Russia\u2019s Interior Ministry", "government", title="interior ministry", affiliation="Russia",
              aliases=["Russia\u2019s Interior Ministry", "The ministry"], stance=1),
        actor("Mikhail Zatsepin", "person", title="State Duma deputy", affiliation="Russia",
              aliases=["Mikhail Zatsepin", "Zatsepin"], stance=1),
        actor("Jasur", "person", title="builder, 29, from Samarkand region", aliases=["Jasur"], stance=-1),
        actor("Otabek Mirzayev", "person", title="Foreign Ministry spokesperson", affiliation="Uzbekistan",
              aliases=["Otabek Mirzayev", "Mirzayev"], stance=0),
        actor("Dilnoza Yusupova", "person", title="economist", aliases=["Dilnoza Yusupova", "Yusupova"], stance=-1),
        actor("Central Bank of Uzbekistan", "government", title="central bank", affiliation="Uzbekistan",
              aliases=["Central Bank of Uzbekistan"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Luxembourg Times courts (closing speeches in the trial of a former wealth-management boss), headline and
#    standfirst without speech, byline and `Luxembourg, 10 December 2026` lines, curly quotes and apostrophes,
#    `€14 million`; lede `asked the District Court to sentence ...` (a request, not annotated); `has pleaded not
#    guilty` (not annotated); prosecutor with a title before the name `said the defendant had "..." and had lied
#    ...` (partial only: no second subject), `Kieffer told the court`, `She said A`; defendant `told the court in
#    Luxembourgish that A and that B` (one span), quote split by `he said`; lawyer `Maître Frank Rollinger, argued
#    that A and that the losses were the result of a "..." business gamble` (indirect plus partial), `Rollinger
#    said`; witness named after an apposition (`a former accountant at the firm, Carole Thill, who said A`), `She
#    said she had felt "..." from then on` (partial only); Q&A `Asked by the presiding judge why ..., Thill replied:
#    "..."`; victims' chair `said A`, `Weber said`; regulator `said in a statement that A and that the case had led
#    to "..." of ...` (indirect plus partial); `According to the court-appointed liquidator, A`; scare a kind of
#    "family office".
ARTICLES[f"{BATCH}/moselle-wealth-reding-fraud-trial.gold.json"] = {
    "article": f"{BATCH}/moselle-wealth-reding-fraud-trial.txt",
    "target": "Gilles Reding",
    "quotes": [
        (P, "Sandra Kieffer", "built a house of cards with other people\u2019s savings", None),
        (D, "Sandra Kieffer", "This was not a bad investment decision. It was a system, and Mr Reding was the only "
            "person who understood all of it,", None),
        (I, "Sandra Kieffer", "many of the victims were pensioners from the north of the country who had entrusted "
            "their entire savings to the firm", None),
        (I, "Gilles Reding", "the Portuguese project had been hit by the pandemic and that he had always intended to "
            "pay clients back once the apartments were sold", None),
        (D, "Gilles Reding", "I made mistakes, I don\u2019t deny that. But I never took a single euro for myself,", None),
        (D, "Gilles Reding", "I believed in that project until the last day.", None),
        (I, "Frank Rollinger", "the prosecution had failed to show that his client had personally benefited", None),
        (P, "Frank Rollinger", "catastrophic but honest", None),
        (D, "Frank Rollinger", "You cannot send a man to prison for being wrong about the Algarve property market,",
            None),
        (I, "Carole Thill", "she had raised concerns about the transfers with Reding in 2021", None),
        (P, "Carole Thill", "like the office troublemaker", None),
        (D, "Carole Thill", "I had two children and a mortgage. I was afraid, and I am not proud of it.", None),
        (I, "Romain Weber", "its members wanted the money back more than they wanted to see Reding in prison", None),
        (D, "Romain Weber", "My father lost \u20ac310,000. He is 84. What does a sentence give him?", None),
        (I, "CSSF", "it had cooperated fully with the investigation", None),
        (P, "CSSF", "a reinforcement", None),
        (I, "court-appointed liquidator", "about \u20ac3.2 million has so far been recovered, mainly from the sale of "
            "two buildings in Faro", None),
        (S, None, "family office", None),
    ],
    "actors": [
        actor("Sandra Kieffer", "person", title="deputy state prosecutor", affiliation="Luxembourg prosecution",
              aliases=["Sandra Kieffer", "Kieffer"], stance=-1),
        actor("Gilles Reding", "person", title="former managing director, defendant",
              affiliation="Moselle Wealth Partners", aliases=["Gilles Reding", "Reding", "Mr Reding"], stance=1),
        actor("Frank Rollinger", "person", title="defence lawyer",
              aliases=["Frank Rollinger", "Ma\u00eetre Frank Rollinger", "Rollinger"], stance=1),
        actor("Carole Thill", "person", title="former accountant", affiliation="Moselle Wealth Partners",
              aliases=["Carole Thill", "Thill"], stance=-1),
        actor("Romain Weber", "person", title="chair of an association of former clients",
              aliases=["Romain Weber", "Weber"], stance=-1),
        actor("CSSF", "government", title="financial regulator", affiliation="Luxembourg", aliases=["CSSF"],
              stance=None),
        actor("court-appointed liquidator", "person", title="liquidator", affiliation="Moselle Wealth Partners",
              aliases=["court-appointed liquidator"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kuensel (Bhutan) climate/disaster (a false glacial-lake flood alarm in Punakha), headline without speech,
#    `Yeshey Lhadon | Punakha` byline, straight `"` and apostrophes, Bhutanese names without surnames (repeated
#    in full: `Sangay Om said`, `Tashi Dorji said`; two speakers named Dorji), Dzongkha terms (gup, dzongdag,
#    dzongkhag, gewog); content before `, the National Centre for Hydrology and Meteorology (NCHM) confirmed on
#    Wednesday morning`; scare so-called "last-mile" alert project; `NCHM said A, and that B` (one span); quote with
#    the speaker after it (`NCHM's director, Rinchen Namgay, said yesterday`), `He said A`; group `Residents,
#    however, said A`; elderly resident `said A`, `Sangay Om said`; anonymous shopkeeper `said A`, then his quote
#    in the same paragraph with `he said`; dzongdag `said A`, `the dzongdag said`; lecturer `said A and that B`
#    (one span), quote split by `Tashi Dorji said`; National Council member `said he would raise ... and described
#    the centre's communication ... as "..."` (indirect plus partial); `According to NCHM, A`; `The centre said
#    A`; residents `calling the system "..."` (partial, the residents).
ARTICLES[f"{BATCH}/punakha-glof-siren-false-alarm-nchm.gold.json"] = {
    "article": f"{BATCH}/punakha-glof-siren-false-alarm-nchm.txt",
    "target": "National Centre for Hydrology and Meteorology",
    "quotes": [
        (I, "National Centre for Hydrology and Meteorology", "It was a false alarm", None),
        (S, None, "last-mile", None),
        (I, "National Centre for Hydrology and Meteorology", "the alarm was triggered by a faulty water-level sensor at "
            "Lunana, about 90km upstream, and that the sensor had since been replaced", None),
        (D, "Rinchen Namgay", "The system did exactly what it was designed to do when it received the reading. The "
            "problem was the reading, and we have fixed that,", None),
        (I, "Rinchen Namgay", "the centre would install a second sensor at each of the upstream stations by March so "
            "that a single faulty instrument could not set off the sirens again", None),
        (I, "Residents", "they had received no information for almost half an hour after the sirens started", None),
        (I, "Sangay Om", "she walked uphill in the dark with her two grandchildren and waited in the cold until almost "
            "1am", None),
        (D, "Sangay Om", "We did what they taught us in the drills. But nobody came to tell us anything, not the gup, "
            "not the police, nobody,", None),
        (I, "shopkeeper in Khuruthang town", "many people had left behind medicines and warm clothes in the rush",
            None),
        (D, "shopkeeper in Khuruthang town", "If it happens again, I am not sure people will run,", None),
        (I, "Dawa Tenzin", "the dzongkhag administration had received the confirmation from NCHM only at 12:05am and "
            "announced it immediately", None),
        (D, "Dawa Tenzin", "I understand people's frustration. But I would rather people go uphill for nothing than "
            "stay at home when the flood is real,", None),
        (I, "Tashi Dorji", "false alarms were common with early warning systems worldwide and that the bigger risk was "
            "people losing trust in them", None),
        (D, "Tashi Dorji", "One false alarm is a technical problem. Three false alarms is a social problem,", None),
        (D, "Tashi Dorji", "NCHM has to explain publicly what happened, or the next siren will be ignored.", None),
        (I, "Ugyen Dorji", "he would raise the matter in the upcoming session", None),
        (P, "Ugyen Dorji", "far too slow", None),
        (I, "National Centre for Hydrology and Meteorology", "the early warning system has 19 sirens between Lunana and "
            "Wangduephodrang and was last fully tested in October", None),
        (I, "National Centre for Hydrology and Meteorology", "it would hold community meetings in the four affected "
            "gewogs next week to explain what had happened", None),
        (P, "Residents", "the wolf siren", None),
    ],
    "actors": [
        actor("National Centre for Hydrology and Meteorology", "government", title="hydromet agency",
              affiliation="Bhutan", aliases=["National Centre for Hydrology and Meteorology", "NCHM", "The centre"],
              stance=1),
        actor("Rinchen Namgay", "person", title="director", affiliation="National Centre for Hydrology and Meteorology",
              aliases=["Rinchen Namgay"], stance=1),
        actor("Residents", "group", title="residents of the Punakha valley", aliases=["Residents"], stance=-1),
        actor("Sangay Om", "person", title="resident, 67, of Changyuel", aliases=["Sangay Om"], stance=-1),
        actor("shopkeeper in Khuruthang town", "person", title="anonymous shopkeeper",
              aliases=["shopkeeper in Khuruthang town"], stance=-1),
        actor("Dawa Tenzin", "person", title="Punakha Dzongdag", affiliation="Punakha dzongkhag administration",
              aliases=["Dawa Tenzin", "the dzongdag"], stance=0),
        actor("Tashi Dorji", "person", title="lecturer", affiliation="College of Science and Technology",
              aliases=["Tashi Dorji"], stance=0),
        actor("Ugyen Dorji", "person", title="National Council member for Punakha", affiliation="National Council",
              aliases=["Ugyen Dorji"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Newcastle Herald (NSW) labour/energy (a coal export terminal cuts 180 jobs), headline and standfirst without
#    speech, `By Bridget Coulter` and `Updated December 11 2026 - 5:45pm, first published 2:30pm` lines, capitalised
#    lede opening (`ONE of Newcastle's ...`, `blaming a sharp fall ...`: an act), straight `"` and apostrophes,
#    `per cent`; company `told staff ... that A and that B` (one span); `In a statement, the company said A and
#    that it had "..." to ...` (indirect plus partial); CEO's quote with the speaker after it (`chief executive
#    Dean Sutter said`) and a quote-only paragraph, `Sutter said A and was not planning ...` (one span); union
#    secretary with a title chain `said workers had been "..." and that B` (partial plus indirect), `he said`;
#    anonymous operator `said the mood on site was "..."` (partial only), `he said`; lord mayor `said A but "..."`
#    (indirect plus partial), `Cr Pattinson said`; port spokesperson `said A. They said the port's ... plans ...
#    were "..."` (singular `They`; partial only); economist `was blunt: "..."` (colon after a full clause);
#    alliance `said the announcement showed why a "..." with funding was urgently needed, and accused both
#    governments of having "..." for coal workers` (two partials); `The company did not say ...` (negated); scare
#    the long-predicted "coal cliff"; the `* Do you have a story ...` line.
ARTICLES[f"{BATCH}/hunter-bulk-terminals-job-cuts-kooragang.gold.json"] = {
    "article": f"{BATCH}/hunter-bulk-terminals-job-cuts-kooragang.txt",
    "target": "Hunter Bulk Terminals",
    "quotes": [
        (I, "Hunter Bulk Terminals", "one of its two shiploaders would be mothballed from March and that the remaining "
            "roster would be cut from four crews to three", None),
        (I, "Hunter Bulk Terminals", "throughput had fallen 23 per cent in two years", None),
        (P, "Hunter Bulk Terminals", "no responsible alternative", None),
        (D, "Dean Sutter", "This is a painful decision and not one we have taken lightly,", None),
        (D, "Dean Sutter", "Every person affected will be offered redeployment where we can, retraining support and "
            "redundancy entitlements well above the award.", None),
        (I, "Dean Sutter", "the company remained profitable and was not planning to close the terminal", None),
        (P, "Glen Akers", "blindsided", None),
        (I, "Glen Akers", "the union had been given less than an hour's notice of the meeting", None),
        (D, "Glen Akers", "They've known for months the volumes were dropping. They chose to tell blokes with mortgages "
            "on a Thursday morning, two weeks before Christmas,", None),
        (P, "shiploader operator", "grim", None),
        (D, "shiploader operator", "Half of us are over fifty. Where are we going to find work that pays like this in "
            "Newcastle?", None),
        (I, "Erin Pattinson", "the news was a blow for the families involved", None),
        (P, "Erin Pattinson", "not a surprise to anyone who has been watching the coal price", None),
        (D, "Erin Pattinson", "The Hunter has been told for a decade to get ready for this day. Now it's here, and we "
            "need the state and federal governments at the table,", None),
        (I, "Port of Newcastle spokesperson", "coal still made up about 70 per cent of the port's trade by volume",
            None),
        (P, "Port of Newcastle spokesperson", "on track", None),
        (D, "Anh Nguyen", "Nobody should pretend this is a one-off. What matters now is whether the region can catch "
            "these workers before they leave the industry altogether.", None),
        (P, "Hunter Jobs Alliance", "proper transition authority", None),
        (P, "Hunter Jobs Alliance", "no plan B", None),
        (S, None, "coal cliff", None),
    ],
    "actors": [
        actor("Hunter Bulk Terminals", "organisation", title="coal export terminal operator",
              aliases=["Hunter Bulk Terminals", "the company"], stance=1),
        actor("Dean Sutter", "person", title="chief executive", affiliation="Hunter Bulk Terminals",
              aliases=["Dean Sutter", "Sutter"], stance=1),
        actor("Glen Akers", "person", title="Newcastle branch secretary", affiliation="Maritime Union of Australia",
              aliases=["Glen Akers", "Akers"], stance=-1),
        actor("shiploader operator", "person", title="anonymous worker", affiliation="Hunter Bulk Terminals",
              aliases=["shiploader operator"], stance=-1),
        actor("Erin Pattinson", "person", title="Newcastle lord mayor", affiliation="City of Newcastle",
              aliases=["Erin Pattinson", "Cr Pattinson", "Pattinson"], stance=0),
        actor("Port of Newcastle spokesperson", "person", title="spokesperson", affiliation="Port of Newcastle",
              aliases=["Port of Newcastle spokesperson"], stance=None),
        actor("Anh Nguyen", "person", title="economist", affiliation="University of Newcastle",
              aliases=["Anh Nguyen", "Dr Anh Nguyen", "Nguyen"], stance=0),
        actor("Hunter Jobs Alliance", "organisation", title="coalition of unions and environment groups",
              aliases=["Hunter Jobs Alliance"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
