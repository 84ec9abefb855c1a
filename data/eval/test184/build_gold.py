"""Build the test184 gold files (data/eval/test184/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test184/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test184.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test184"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. TATOLI (Timor-Leste news agency) energy/politics (a parliamentary committee questions the national oil company
#    over a delayed supply base), headline without speech, dateline "DILI, 05 December 2026 (TATOLI) -", straight "
#    and apostrophes, "US$"; "questioned ... over" (act); CEO in an apposition "told the committee A" (no "that"),
#    quote split by "Amaral said"; committee chair "said: "..."" (colon); MP "said the company had become "..." and
#    called for ..." (partial only; directive); "According to the Ministry ..., A"; "The ministry said in a statement
#    that A and that the Suai base was "..."" (indirect plus partial); group "workers said A"; worker ""...," said X,
#    a 34-year-old welder"; company "said A and that B" (one span); scare so-called "south coast corridor";
#    researcher "said A", quote with "she told TATOLI"; "Journalist:"/"Editor:" lines.
ARTICLES[f"{BATCH}/timor-gap-suai-supply-base.gold.json"] = {
    "article": f"{BATCH}/timor-gap-suai-supply-base.txt",
    "target": "Timor GAP",
    "quotes": [
        (I, "Januário Amaral", "the delays were caused by the COVID-19 pandemic and by a contractor that went bankrupt in "
            "2024", None),
        (D, "Januário Amaral", "We have not lost one dollar. Every payment is documented and the auditors have seen "
            "them,", None),
        (D, "Januário Amaral", "The base will be ready in the second half of 2027.", None),
        (D, "Maria Angelina Sarmento", "The people of the south coast have waited long enough for Tasi Mane to bring jobs. "
            "Every year we are told next year.", None),
        (P, "Francisco Xavier da Silva", "a black box", None),
        (I, "Ministry of Petroleum and Mineral Resources", "the Petroleum Fund has financed US$1.2 billion of spending on "
            "the Tasi Mane project since 2011", None),
        (I, "Ministry of Petroleum and Mineral Resources", "it continued to support Timor GAP", None),
        (P, "Ministry of Petroleum and Mineral Resources", "essential", None),
        (I, "workers", "they had not been paid for two months", None),
        (D, "Domingos Pereira", "We come every day and we wait. Nobody tells us anything,", None),
        (I, "Timor GAP", "the wage arrears were the responsibility of a subcontractor and that it had asked the main "
            "contractor to pay the workers before Christmas", None),
        (S, None, "south coast corridor", None),
        (I, "Ana Lemos", "the Petroleum Fund could be empty by the mid-2030s if withdrawals continued at current levels",
            None),
        (D, "Ana Lemos", "Timor GAP keeps asking for money for projects that have no buyers. Sunrise is still not "
            "decided, and the base is already built for it,", None),
    ],
    "actors": [
        actor("Januário Amaral", "person", title="chief executive", affiliation="Timor GAP",
              aliases=["Januário Amaral", "Amaral"], stance=1),
        actor("Maria Angelina Sarmento", "person", title="chair, Committee C", affiliation="National Parliament",
              aliases=["Maria Angelina Sarmento", "Sarmento"], stance=-1),
        actor("Francisco Xavier da Silva", "person", title="opposition MP", affiliation="National Parliament",
              aliases=["Francisco Xavier da Silva", "da Silva"], stance=-1),
        actor("Ministry of Petroleum and Mineral Resources", "government", title="ministry", affiliation="Timor-Leste",
              aliases=["Ministry of Petroleum and Mineral Resources", "The ministry"], stance=1),
        actor("workers", "group", title="construction workers", affiliation="Suai supply base site",
              aliases=["workers"], stance=-1),
        actor("Domingos Pereira", "person", title="welder", affiliation="Suai Loro",
              aliases=["Domingos Pereira", "Pereira"], stance=-1),
        actor("Timor GAP", "organisation", title="national oil company", affiliation="Timor-Leste",
              aliases=["Timor GAP"], stance=1),
        actor("Ana Lemos", "person", title="researcher", affiliation="Timor Economic Watch",
              aliases=["Ana Lemos", "Lemos"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Motorsport.com (international motorsport) sport (a driver attacks the stewards' penalty), headline
#    "Reinholt slams FIA over “inconsistent” ..." (partial for Reinholt), byline and time lines, curly “ ” with a
#    nested ‘ ’ and ’ apostrophes; "has accused the FIA of “...” stewarding" (partial); quote split by "Reinholt told
#    Motorsport.com", its second stretch left open at the paragraph end and continued by a quote-only paragraph;
#    "Villaverde saw it differently." (no speech) then a quote with "said the Argentine"; FIA spokesperson "said the
#    decision had been taken “...” ..., and that B" (partial plus indirect); "The FIA said on Sunday night it would
#    ..." (no "that"); team principal "said A but described the decision as “...”" (indirect plus partial),
#    "Falk said"; GPDA "said in a statement that drivers had been asking for “...” rules" (partial only); pundit
#    "said A", "he said"; scare so-called “car-width” rule.
ARTICLES[f"{BATCH}/reinholt-abu-dhabi-penalty.gold.json"] = {
    "article": f"{BATCH}/reinholt-abu-dhabi-penalty.txt",
    "target": "FIA",
    "quotes": [
        (P, "Lukas Reinholt", "inconsistent", "Reinholt slams"),
        (P, "Lukas Reinholt", "inconsistent", "accused the FIA"),
        (D, "Lukas Reinholt", "I left him a car’s width. I watched the replay ten times and I still don’t know what I did "
            "wrong,", None),
        (D, "Lukas Reinholt", "Two races ago the same move was ‘a racing incident’. Now it’s a penalty, and nobody can "
            "tell me what the rule is.", None),
        (D, "Lukas Reinholt", "I’m not asking for favours. I’m asking for the same decision every time.", None),
        (D, "Tomás Villaverde", "He pushed me onto the run-off, simple as that. The stewards saw it and they did their "
            "job,", None),
        (P, "FIA spokesperson", "in line with the driving standards guidelines", None),
        (I, "FIA spokesperson", "the stewards had reviewed onboard footage from both cars", None),
        (I, "FIA", "it would hold a review of the guidelines with the drivers and teams over the winter", None),
        (I, "Henrik Falk", "the team would not appeal", None),
        (P, "Henrik Falk", "harsh", None),
        (D, "Henrik Falk", "We accept it, because there is nothing else to do. But the drivers deserve clarity, and at the "
            "moment they don’t have it,", None),
        (P, "Grand Prix Drivers’ Association", "clear and consistent", None),
        (I, "Paul Merrick", "the penalty was correct", None),
        (D, "Paul Merrick", "You can argue about other cases this year, but on this one the stewards got it right. Lukas "
            "moved late and he moved twice,", None),
        (S, None, "car-width", None),
    ],
    "actors": [
        actor("Lukas Reinholt", "person", title="driver", affiliation="Williams",
              aliases=["Lukas Reinholt", "Reinholt", "Lukas"], stance=-1),
        actor("Tomás Villaverde", "person", title="driver", affiliation="Haas",
              aliases=["Tomás Villaverde", "Villaverde", "the Argentine"], stance=1),
        actor("FIA spokesperson", "person", title="spokesperson", affiliation="FIA", aliases=["FIA spokesperson"],
              stance=1),
        actor("FIA", "organisation", title="motorsport governing body", affiliation=None, aliases=["FIA"], stance=0),
        actor("Henrik Falk", "person", title="team principal", affiliation="Williams",
              aliases=["Henrik Falk", "Falk"], stance=-1),
        actor("Grand Prix Drivers’ Association", "organisation", title="drivers' association", affiliation=None,
              aliases=["Grand Prix Drivers’ Association"], stance=-1),
        actor("Paul Merrick", "person", title="former F1 driver and steward", affiliation=None,
              aliases=["Paul Merrick", "Merrick"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. DairyReporter (dairy trade press) agri-business (a UK dairy co-operative cuts its farmgate milk price), headline
#    "... as farmers warn of 'exodus'" (straight single marks; partial for the farmers), byline and date lines,
#    British straight single quotes for quotes and fragments, straight apostrophes (Fenmoor's, NFU's, month's
#    outside), "%"; lede content before ", the processor said on Monday", then "blaming ..." (act); director named
#    after the first stretch ("said Fenmoor's milk procurement director, X"), then a quote-only paragraph; group
#    "Farmers supplying the processor said A"; NFU vice-chair "said the cut was '...' and warned that B" (partial
#    plus indirect), "she said"; farmer "said A", "he said"; scare so-called 'fair milk' premium; rival "said A";
#    "According to AHDB, A"; analyst "said ... was '...', and said B" (partial plus indirect), quote with "Mawdsley
#    told Dairy Reporter"; statement "said it remained '...' ... and would review ..." (partial only, no second
#    subject).
ARTICLES[f"{BATCH}/fenmoor-dairies-milk-price-cut.gold.json"] = {
    "article": f"{BATCH}/fenmoor-dairies-milk-price-cut.txt",
    "target": "Fenmoor Dairies",
    "quotes": [
        (P, "Farmers supplying the processor", "exodus", None),
        (I, "Fenmoor Dairies", "Fenmoor Dairies will cut the price it pays for standard litre milk by 2p to 36.5p per "
            "litre from 1 January", None),
        (D, "Gareth Lloyd-Pugh", "Wholesale prices have fallen for three months in a row and we cannot hold our price "
            "above the market indefinitely,", None),
        (D, "Gareth Lloyd-Pugh", "We held it through October and November. That is as far as we could go.", None),
        (I, "Farmers supplying the processor", "the cut would wipe out what little margin they had left after a wet autumn "
            "pushed up feed and bedding costs", None),
        (P, "Alison Brereton", "a blow that will be felt on every farm", None),
        (I, "Alison Brereton", "more producers would leave the industry in the spring", None),
        (D, "Alison Brereton", "We lost 400 dairy farmers in England last year. Every time a processor does this, we lose "
            "more,", None),
        (I, "Tom Beddoes", "he had been given less than a month's notice of the change", None),
        (D, "Tom Beddoes", "They tell you in December, and by then you have already bought your feed for the winter,",
            None),
        (S, None, "fair milk", None),
        (I, "Muller", "it would hold its price for January", None),
        (I, "AHDB", "the average UK farmgate milk price stood at 39.1p per litre in October, down from 41.4p in June",
            None),
        (P, "Chris Mawdsley", "in line with the market", None),
        (I, "Chris Mawdsley", "other processors were likely to follow in February if butter prices did not recover", None),
        (D, "Chris Mawdsley", "Nobody likes it, but Fenmoor is selling into the same market as everyone else. If cream is "
            "down 20%, the milk price cannot stay where it was,", None),
        (P, "Fenmoor Dairies", "fully committed", None),
    ],
    "actors": [
        actor("Farmers supplying the processor", "group", title="dairy farmers", affiliation="Fenmoor Dairies suppliers",
              aliases=["Farmers supplying the processor", "farmers"], stance=-1),
        actor("Fenmoor Dairies", "organisation", title="dairy co-operative (processor)", affiliation="UK",
              aliases=["Fenmoor Dairies", "Fenmoor", "the processor"], stance=1),
        actor("Gareth Lloyd-Pugh", "person", title="milk procurement director", affiliation="Fenmoor Dairies",
              aliases=["Gareth Lloyd-Pugh", "Lloyd-Pugh"], stance=1),
        actor("Alison Brereton", "person", title="dairy board vice-chair", affiliation="NFU",
              aliases=["Alison Brereton", "Brereton"], stance=-1),
        actor("Tom Beddoes", "person", title="dairy farmer", affiliation="Shropshire; Fenmoor supplier",
              aliases=["Tom Beddoes", "Beddoes"], stance=-1),
        actor("Muller", "organisation", title="rival processor", affiliation=None, aliases=["Muller"], stance=None),
        actor("AHDB", "government", title="levy board", affiliation="UK", aliases=["AHDB"], stance=None),
        actor("Chris Mawdsley", "person", title="independent dairy analyst", affiliation=None,
              aliases=["Chris Mawdsley", "Mawdsley"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Pakistan Today (Pakistan) health (a shortage of essential medicines amid a pricing row), headline without
#    speech, dateline "ISLAMABAD:", straight " and apostrophes; lede content before ", pharmacists said on Tuesday",
#    then "traded blame" (act); association "said A"; chairman "told Pakistan Today that manufacturers were "..." on
#    ..." (partial only), "he said"; spokesperson "said A and was B" (one span), "the spokesperson said"; CEO "said
#    A and seized "..." of hoarded stock" (indirect plus partial); mother "said A", "she said" (the quote reports the
#    pharmacist); PMA "said the shortage had become "..." and that B" (partial plus indirect); scare so-called
#    "hardship cases" category; "According to the Ministry ..., A"; group "Pharmacists in Peshawar said A".
ARTICLES[f"{BATCH}/drap-medicine-shortage.gold.json"] = {
    "article": f"{BATCH}/drap-medicine-shortage.txt",
    "target": "Drug Regulatory Authority of Pakistan",
    "quotes": [
        (I, "pharmacists", "Patients across Punjab and Khyber Pakhtunkhwa are struggling to find at least 40 essential "
            "medicines, including some brands of insulin and anti-epilepsy drugs", None),
        (I, "Pakistan Pharmaceutical Manufacturers' Association", "its members had stopped producing several medicines "
            "because DRAP had not decided on price increases requested more than a year ago", None),
        (P, "Tariq Mahmood Qureshi", "selling at a loss", None),
        (D, "Tariq Mahmood Qureshi", "We cannot make a product for 100 rupees and sell it for 80. Nobody can. DRAP knows "
            "this and has known it for a year,", None),
        (I, "DRAP spokesperson", "the authority had approved hardship price increases for 26 medicines in October and was "
            "considering the remaining applications on a case-by-case basis", None),
        (D, "DRAP spokesperson", "There is no shortage that cannot be managed. Some companies are holding back stock to "
            "force higher prices, and we will not be blackmailed,", None),
        (I, "Sohail Anwar Bhatti", "the authority's inspectors had raided distributors in Lahore and Peshawar over the "
            "weekend", None),
        (P, "Sohail Anwar Bhatti", "large quantities", None),
        (I, "Shazia Bibi", "she had visited six shops in two days looking for her son's epilepsy medicine", None),
        (D, "Shazia Bibi", "The pharmacist said come back next week. What do I give my son until next week? Nobody in the "
            "government answers for this,", None),
        (P, "Pakistan Medical Association", "a public health emergency", None),
        (I, "Pakistan Medical Association", "both DRAP and the manufacturers were to blame for letting a pricing dispute "
            "reach patients", None),
        (S, None, "hardship cases", None),
        (I, "Ministry of National Health Services, Regulations and Coordination", "a committee headed by the federal health "
            "secretary will meet on Thursday to review the pending price applications", None),
        (I, "Pharmacists in Peshawar", "substitutes were available for some of the missing medicines, but not for all",
            None),
    ],
    "actors": [
        actor("pharmacists", "group", title="pharmacists", affiliation="Punjab and Khyber Pakhtunkhwa",
              aliases=["pharmacists"], stance=0),
        actor("Pakistan Pharmaceutical Manufacturers' Association", "organisation", title="manufacturers' body",
              affiliation="Pakistan", aliases=["Pakistan Pharmaceutical Manufacturers' Association", "PPMA"], stance=-1),
        actor("Tariq Mahmood Qureshi", "person", title="chairman", affiliation="PPMA",
              aliases=["Tariq Mahmood Qureshi", "Qureshi"], stance=-1),
        actor("DRAP spokesperson", "person", title="spokesperson", affiliation="Drug Regulatory Authority of Pakistan",
              aliases=["DRAP spokesperson", "the spokesperson"], stance=1),
        actor("Sohail Anwar Bhatti", "person", title="chief executive", affiliation="Drug Regulatory Authority of Pakistan",
              aliases=["Sohail Anwar Bhatti", "Bhatti", "Dr Sohail Anwar Bhatti"], stance=1),
        actor("Shazia Bibi", "person", title="mother of a patient", affiliation="Lahore",
              aliases=["Shazia Bibi"], stance=-1),
        actor("Pakistan Medical Association", "organisation", title="doctors' body", affiliation="Pakistan",
              aliases=["Pakistan Medical Association", "PMA"], stance=-1),
        actor("Ministry of National Health Services, Regulations and Coordination", "government", title="federal health "
              "ministry", affiliation="Pakistan", aliases=["Ministry of National Health Services, Regulations and "
              "Coordination"], stance=0),
        actor("Pharmacists in Peshawar", "group", title="pharmacists", affiliation="Peshawar",
              aliases=["Pharmacists in Peshawar"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
