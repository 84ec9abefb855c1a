"""Build the test54 gold files (data/eval/test54/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test54/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test54.  Standard library only.
HELD OUT, like ../test/: do not read while tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test54"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}


# ---------------------------------------------------------------------------------------------
# 1. Euromaidan Press culture/war (Scythian gold removed from occupied Melitopol shown in Moscow), headline
#    without speech, standfirst with speech ("Ukraine's Culture Ministry calls the exhibition "..." and says
#    it will ask ... to act": partial plus indirect), byline and "2026/12/04 - 16:20" lines, straight " and
#    apostrophes, US punctuation inside closing marks; lede "images ... show" (not speech); ministry "said in
#    a statement that the exhibition was "..." and that B" (partial plus indirect); deputy minister's quote
#    with "Deputy Culture Minister Oleksandra Tkachuk told Euromaidan Press"; "Read also:" line; "Moscow tells
#    a different story" (not speech); Russian-installed director "told ... TASS that the collection had been
#    "..." from ..." (partial only); Russian ministry "said the exhibition showed "..." and that the
#    artefacts would be "..."" (two partials); scare "historical unity" narrative; former curator "said A",
#    quote with "Kovalenko said", "She said A"; UNESCO spokesperson "said the organisation was "..." by ..."
#    (partial only); content before "according to the Ukrainian ministry"; closing quote with "Tkachuk said".
ARTICLES[f"{BATCH}/melitopol-scythian-gold-moscow-exhibition.gold.json"] = {
    "article": f"{BATCH}/melitopol-scythian-gold-moscow-exhibition.txt",
    "target": "Russia",
    "quotes": [
        (P, "Ukraine's Ministry of Culture and Strategic Communications", "a showcase of looting",
            "calls the exhibition"),
        (I, "Ukraine's Ministry of Culture and Strategic Communications", "it will ask UNESCO and Interpol to act", None),
        (P, "Ukraine's Ministry of Culture and Strategic Communications", "a showcase of looting",
            "said in a statement that the exhibition"),
        (I, "Ukraine's Ministry of Culture and Strategic Communications", "Kyiv would ask UNESCO and Interpol to register "
            "the objects as stolen cultural property", None),
        (D, "Oleksandra Tkachuk", "Russia is not only stealing our land and our people. It is stealing our past, and now "
            "it is selling tickets to it,", None),
        (P, "Galina Sorokina", "evacuated for safekeeping", None),
        (P, "Russia's Ministry of Culture", "the common heritage of the peoples of Russia", None),
        (P, "Russia's Ministry of Culture", "returned to Melitopol when conditions allow.", None),
        (S, None, "historical unity", None),
        (I, "Iryna Kovalenko", "she recognised a gold pectoral and two diadem fragments in the photographs from Moscow",
            None),
        (D, "Iryna Kovalenko", "I catalogued those pieces with my own hands. There is no doubt. They are ours,", None),
        (I, "Iryna Kovalenko", "Russian soldiers and officials had come to the museum at least three times in the spring "
            "of 2022 and had forced staff to reveal where the collection was hidden", None),
        (P, "UNESCO spokesperson", "deeply concerned", None),
        (I, "Ukraine's Ministry of Culture and Strategic Communications", "More than 1.3 million museum items have been "
            "moved from occupied Ukrainian territories to Russia or Crimea since 2022", None),
        (D, "Oleksandra Tkachuk", "For us it's simple: every object has a number and a history, and every object will "
            "come home,", None),
    ],
    "actors": [
        actor("Ukraine's Ministry of Culture and Strategic Communications", "government", affiliation="Ukraine",
              aliases=["Ukraine's Ministry of Culture and Strategic Communications", "Ukraine's Culture Ministry",
                       "Ukrainian ministry"], stance=-1),
        actor("Oleksandra Tkachuk", "person", title="Deputy Culture Minister", affiliation="Ukraine",
              aliases=["Oleksandra Tkachuk", "Tkachuk"], stance=-1),
        actor("Galina Sorokina", "person", title="Russian-installed director of the Melitopol museum",
              affiliation="Russian occupation authorities", aliases=["Galina Sorokina", "Sorokina"], stance=1),
        actor("Russia's Ministry of Culture", "government", affiliation="Russia", aliases=["Russia's Ministry of Culture"],
              stance=1),
        actor("Iryna Kovalenko", "person", title="former curator", affiliation="Melitopol Museum of Local History",
              aliases=["Iryna Kovalenko", "Kovalenko"], stance=-1),
        actor("UNESCO spokesperson", "person", title="spokesperson", affiliation="UNESCO",
              aliases=["UNESCO spokesperson"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Wisden county cricket (a leg-spinner suspended for an illegal action), headline and standfirst without
#    speech, "Wisden Staff" and "December 4, 2026" lines, straight " and apostrophes, US punctuation inside
#    closing marks; scare so-called "15-degree rule"; ECB "said A and that B" (one span); player "said he was
#    "..." by the outcome" (partial only), "He said A"; quote split by "he said" whose second stretch stays
#    open at the end of its paragraph, then a closed paragraph; Q&A "Asked whether he would appeal, Qadir
#    said: "...""; content before "according to the ECB"; director of cricket "said the club would give Qadir
#    "..." and described him as one of ..." (partial plus indirect "him as ..."), quote with "Laidlaw said";
#    "Not everyone is so sympathetic" (not speech); former umpire "said ... had been "..." in ..." (partial
#    only), quote with "Fletcher told Wisden"; captain (first name Will) "said the dressing room was "..."
#    Qadir" (partial only); anonymous batter "said A".
ARTICLES[f"{BATCH}/farhan-qadir-bowling-action-suspension.gold.json"] = {
    "article": f"{BATCH}/farhan-qadir-bowling-action-suspension.txt",
    "target": "Farhan Qadir",
    "quotes": [
        (S, None, "15-degree rule", None),
        (I, "ECB", "Qadir's stock leg-break had been found to be legal and that he would be free to apply for a "
            "reassessment once he had undergone remedial work on the other two deliveries", None),
        (P, "Farhan Qadir", "shocked and gutted", None),
        (I, "Farhan Qadir", "he would work with the club's coaches to remodel his action over the winter", None),
        (D, "Farhan Qadir", "I've bowled like this since I was eleven years old in Bradford, and nobody ever said a word,",
            None),
        (D, "Farhan Qadir", "I'm not a cheat. If the numbers say something's wrong, I'll fix it, and I'll be back.", None),
        (D, "Farhan Qadir", "The thing that hurts is people on social media calling me a chucker before they've seen a "
            "single frame of the footage.", None),
        (D, "Farhan Qadir", "We're looking at it with the PCA. I won't say any more than that for now.", None),
        (I, "ECB", "Testing at the ECB's biomechanics facility at Loughborough University showed elbow extension of up to "
            "19 degrees on the googly", None),
        (P, "Owen Laidlaw", "every possible support", None),
        (I, "Owen Laidlaw", "him as one of the hardest-working players on the staff", None),
        (D, "Owen Laidlaw", "Farhan is a brilliant young cricketer and a good lad. He'll put in the hours, and I've no "
            "doubt he'll be bowling for us again,", None),
        (P, "Graham Fletcher", "given the benefit of the doubt for far too long", None),
        (D, "Graham Fletcher", "Batters have been getting out to balls that shouldn't have been bowled. That's not "
            "Farhan's fault, but it isn't fair on them either,", None),
        (P, "Will Ashdown", "right behind", None),
        (I, "One opposing batter", "several county players had raised concerns about the googly privately during the "
            "season", None),
    ],
    "actors": [
        actor("ECB", "organisation", title="England and Wales Cricket Board", aliases=["ECB"], stance=0),
        actor("Farhan Qadir", "person", title="leg-spinner", affiliation="Worcestershire",
              aliases=["Farhan Qadir", "Qadir", "Farhan"], stance=1),
        actor("Owen Laidlaw", "person", title="director of cricket", affiliation="Worcestershire",
              aliases=["Owen Laidlaw", "Laidlaw"], stance=1),
        actor("Graham Fletcher", "person", title="Former Test umpire", aliases=["Graham Fletcher", "Fletcher"],
              stance=-1),
        actor("Will Ashdown", "person", title="captain", affiliation="Worcestershire", aliases=["Will Ashdown", "Ashdown"],
              stance=1),
        actor("One opposing batter", "person", title="anonymous county batter", aliases=["One opposing batter"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Nursing Standard (a hospital trust plans to cut nursing posts), headline and standfirst without speech,
#    byline and "4 December 2026" lines, British curly single quotes for every quote with curly apostrophes,
#    British punctuation outside closing marks, "£38m", "Ms"; trust "told staff at a briefing on Tuesday that A,
#    but that B" (one span); scare 'workforce transformation' programme; chief nurse (surname Marsh) "said A",
#    quote split by "Ms Marsh said"; Q&A "Asked whether ..., she said: '...'"; trust "said in a statement ...
#    A and that B" (one span); RCN "said the plans would leave wards '...' during winter and accused the trust
#    of balancing its books '...'" (two partials); regional director "said: '...'" open at the end of its
#    paragraph, then a closed paragraph; Unison branch secretary "said A"; anonymous nurse "told Nursing
#    Standard that A", quote with "she said"; content before "according to NHS England workforce statistics";
#    NHS England spokesperson "said A".
ARTICLES[f"{BATCH}/wyre-valley-trust-nursing-posts.gold.json"] = {
    "article": f"{BATCH}/wyre-valley-trust-nursing-posts.txt",
    "target": "Wyre Valley Hospitals NHS Trust",
    "quotes": [
        (I, "Wyre Valley Hospitals NHS Trust", "most of the posts would be removed by not filling vacancies, but that up "
            "to 35 nurses could face redeployment or redundancy", None),
        (S, None, "workforce transformation", None),
        (I, "Angela Marsh", "the trust had no choice but to act after NHS England told it to return to financial balance "
            "by the end of 2027-28", None),
        (D, "Angela Marsh", "Nobody comes into nursing to have conversations like this one,", None),
        (D, "Angela Marsh", "But I would rather we shape these changes ourselves, with our staff, than have them imposed "
            "on us.", None),
        (D, "Angela Marsh", "Every ward will continue to meet the staffing levels set by our safer staffing tool. I will "
            "not sign off anything that puts patients at risk.", None),
        (I, "Wyre Valley Hospitals NHS Trust", "it had invested £6m in nurse recruitment since 2023 and that its vacancy "
            "rate had fallen from 14% to under 6%", None),
        (P, "RCN", "dangerously thin", None),
        (P, "RCN", "on the backs of nursing staff", None),
        (D, "Tariq Hussain", "Two years ago this trust was flying nurses in from overseas because it could not fill its "
            "rotas. Now it is telling the same nurses their posts are surplus.", None),
        (D, "Tariq Hussain", "Our members will not stand by and watch that happen.", None),
        (I, "Pauline Eckersley", "healthcare assistants were also worried that they would be asked to take on clinical "
            "tasks without extra pay", None),
        (I, "A band 5 nurse on one of the trust’s medical wards", "staff had learned about the plans from a local news "
            "website before the briefing", None),
        (D, "A band 5 nurse on one of the trust’s medical wards", "We are already short on most shifts. Morale is on the "
            "floor,", None),
        (I, "NHS England", "The number of nurses employed by the NHS in England has risen by around 8% since 2022", None),
        (I, "NHS England spokesperson", "individual trusts were responsible for workforce decisions, which must take "
            "account of safe staffing guidance", None),
    ],
    "actors": [
        actor("Wyre Valley Hospitals NHS Trust", "organisation", title="hospital trust",
              aliases=["Wyre Valley Hospitals NHS Trust", "trust"], stance=1),
        actor("Angela Marsh", "person", title="Chief nurse", affiliation="Wyre Valley Hospitals NHS Trust",
              aliases=["Angela Marsh", "Marsh", "Ms Marsh"], stance=1),
        actor("RCN", "organisation", title="Royal College of Nursing (union)", aliases=["RCN"], stance=-1),
        actor("Tariq Hussain", "person", title="regional director", affiliation="RCN North West",
              aliases=["Tariq Hussain", "Hussain"], stance=-1),
        actor("Pauline Eckersley", "person", title="branch secretary", affiliation="Unison",
              aliases=["Pauline Eckersley", "Eckersley"], stance=-1),
        actor("A band 5 nurse on one of the trust’s medical wards", "person", title="anonymous band 5 nurse",
              affiliation="Wyre Valley Hospitals NHS Trust", aliases=["A band 5 nurse on one of the trust’s medical wards"],
              stance=-1),
        actor("NHS England", "government", aliases=["NHS England"], stance=None),
        actor("NHS England spokesperson", "person", title="spokesperson", affiliation="NHS England",
              aliases=["NHS England spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Prothom Alo English labour (garment workers block a highway over unpaid wages), headline without speech,
#    "Staff Correspondent | Gazipur" and "Updated: 05 Dec 2026, 18:30" lines, straight " and apostrophes,
#    British punctuation outside closing marks, "Tk 18 crore", "9:30am"; "demanding ... arrears" (directive);
#    workers "said A and that B" (one span, group); content before "according to the Industrial Police";
#    factory notice "the authorities said the factory was closed ... because of "..." by workers" (partial
#    only, the company); sewing operator "said A", quote with "she told Prothom Alo" (a question inside), then a
#    quote-only paragraph; managing director "told Prothom Alo over the phone that A", quote with "he said",
#    "He denied allegations that A, calling them "..."" (indirect with the noun kept, plus partial); labour
#    leader "said A", quote with "he said"; police superintendent "said A"; DIFE official "said A"; "Several
#    workers, however, said A" (a second group); BGMEA "said in a statement that it was "..." the situation"
#    (partial only); "Read more:" line; scare so-called "no work, no pay" rule.
ARTICLES[f"{BATCH}/gazipur-tarabo-knit-unpaid-wages.gold.json"] = {
    "article": f"{BATCH}/gazipur-tarabo-knit-unpaid-wages.txt",
    "target": "Tarabo Knit Composite Ltd",
    "quotes": [
        (I, "workers", "they had not been paid since September and that the owners had stopped answering their calls "
            "after the factory was shut on Thursday", None),
        (I, "Industrial Police", "Traffic on the highway was halted from around 9:30am and tailbacks stretched for 12 "
            "kilometres towards Chandra", None),
        (P, "Tarabo Knit Composite Ltd", "illegal work stoppage", None),
        (I, "Shirin Akter", "she owed her landlord two months' rent", None),
        (D, "Shirin Akter", "We worked every day in September and October. We made their shirts, they shipped their "
            "shirts. Where is our money?", None),
        (D, "Shirin Akter", "My son's school has asked for his fees three times. What do I tell him?", None),
        (I, "Mahbubur Rahman Chowdhury", "two European buyers had cancelled orders worth Tk 18 crore in October, leaving "
            "the company unable to pay its 2,300 workers on time", None),
        (D, "Mahbubur Rahman Chowdhury", "We are not running away. We have applied to the bank for a loan, and the moment "
            "it is sanctioned every worker will be paid in full,", None),
        (I, "Mahbubur Rahman Chowdhury", "allegations that the owners had moved machinery out of the factory at night",
            None),
        (P, "Mahbubur Rahman Chowdhury", "completely baseless", None),
        (I, "Rafiqul Islam Babu", "the closure notice was an attempt to punish workers for demanding their own wages",
            None),
        (D, "Rafiqul Islam Babu", "This is the oldest trick in the book. First they don't pay, then they lock the gate and "
            "call the workers criminals,", None),
        (I, "Sarwar Jahan", "the blockade was lifted peacefully after officials of the Department of Inspection for "
            "Factories and Establishments (DIFE) arrived at the scene", None),
        (I, "Mosharraf Hossain", "the owners had agreed to pay September's wages by 15 December and the rest by the end of "
            "the month", None),
        (I, "Several workers", "they had heard such promises before", None),
        (P, "Bangladesh Garment Manufacturers and Exporters Association", "closely monitoring", None),
        (S, None, "no work, no pay", None),
    ],
    "actors": [
        actor("workers", "group", title="workers of the factory", affiliation="Tarabo Knit Composite Ltd",
              aliases=["workers"], stance=-1),
        actor("Industrial Police", "government", title="police unit for industrial areas", affiliation="Bangladesh",
              aliases=["Industrial Police"], stance=None),
        actor("Tarabo Knit Composite Ltd", "organisation", title="garment factory (its authorities' notice)",
              aliases=["Tarabo Knit Composite Ltd", "Tarabo Knit"], stance=1),
        actor("Shirin Akter", "person", title="sewing operator", affiliation="Tarabo Knit Composite Ltd",
              aliases=["Shirin Akter", "Akter"], stance=-1),
        actor("Mahbubur Rahman Chowdhury", "person", title="managing director", affiliation="Tarabo Knit Composite Ltd",
              aliases=["Mahbubur Rahman Chowdhury", "Chowdhury"], stance=1),
        actor("Rafiqul Islam Babu", "person", title="president", affiliation="Garment Workers Unity Forum",
              aliases=["Rafiqul Islam Babu", "Babu"], stance=-1),
        actor("Sarwar Jahan", "person", title="Superintendent of Industrial Police-2 Gazipur",
              affiliation="Industrial Police", aliases=["Sarwar Jahan", "Jahan"], stance=None),
        actor("Mosharraf Hossain", "person", title="deputy inspector general",
              affiliation="Department of Inspection for Factories and Establishments (DIFE)",
              aliases=["Mosharraf Hossain", "Hossain"], stance=0),
        actor("Several workers", "group", affiliation="Tarabo Knit Composite Ltd", aliases=["Several workers"],
              stance=-1),
        actor("Bangladesh Garment Manufacturers and Exporters Association", "organisation", title="industry association",
              aliases=["Bangladesh Garment Manufacturers and Exporters Association", "BGMEA"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
