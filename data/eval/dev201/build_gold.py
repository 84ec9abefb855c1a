"""Build the dev201 gold files (data/eval/dev201/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev201/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev201.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev201"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Sarajevo Times (Bosnia and Herzegovina) labour/transport (public transport drivers strike over unpaid
#    salaries), title-case headline without speech, dateline "SARAJEVO, December 3 (Sarajevo Times) -",
#    straight " and apostrophes, "4 million KM", plain non-native English; scare so-called "minimum service";
#    union president introduced "President of ..., Senad Hodžić, stated that A and that B" (one span), quote
#    with "Hodžić said" and a quote-only paragraph, "He pointed out that A"; director "said the company was in
#    a "..." financial situation because ..." (partial only), quote with "Kovačević told reporters ...";
#    "According to her, A" (pronoun); minister "said A" (one span), quote with "the minister said"; opposition
#    "accused the Government and the GRAS management of "..." and demanded ..." (partial; the demand not
#    annotated); group "Citizens waiting at the Skenderija stop told Sarajevo Times A, but that B" (one span);
#    quote before "said Lejla, a 21-year-old student" (first name only); "An older man who gave his name only
#    as Mustafa said A", quote with "he said"; "Taxi associations stated that A".
ARTICLES[f"{BATCH}/gras-drivers-strike-sarajevo.gold.json"] = {
    "article": f"{BATCH}/gras-drivers-strike-sarajevo.txt",
    "target": "GRAS",
    "quotes": [
        (S, None, "minimum service", None),
        (I, "Senad Hodžić", "workers had not received their salaries for October and November and that the company "
            "still owed contributions to the pension fund for most of this year", None),
        (D, "Senad Hodžić", "Our people drive in the night, in the snow, with vehicles that are older than some of the "
            "drivers. And at the end of the month they go home with nothing,", None),
        (D, "Senad Hodžić", "We are not striking against the citizens. We are striking because nobody in this company "
            "or in the Government listens to us until the trams stop.", None),
        (I, "Senad Hodžić", "the strike would continue until both salaries were paid in full", None),
        (P, "Amra Kovačević", "very difficult", None),
        (D, "Amra Kovačević", "GRAS is not a private company that can decide its own prices. We have asked the Canton "
            "for help many times, and I understand the anger of the workers completely,", None),
        (I, "Amra Kovačević", "the company had enough money in its account to pay one salary and would do so on "
            "Friday", None),
        (I, "Edin Mujagić", "the Government would hold an urgent session on Friday and would propose an advance of 4 "
            "million KM for GRAS from the cantonal budget", None),
        (D, "Edin Mujagić", "The management of GRAS must also understand that the Canton cannot keep covering losses "
            "without a plan. We will ask for a serious restructuring program in return,", None),
        (P, "Canton's opposition parties", "years of mismanagement", None),
        (I, "Citizens waiting at the Skenderija stop", "they supported the drivers, but that the city could not "
            "function for long without public transport", None),
        (D, "Lejla", "I walked from Otoka to the faculty, one hour and a half. But I am not angry at the drivers, they "
            "have families too,", None),
        (I, "Mustafa", "he had been using trams in Sarajevo for 60 years", None),
        (D, "Mustafa", "Even in the war the tram ran for some days. Now it is stopped because of salaries. Shame on "
            "those who brought it here,", None),
        (I, "Taxi associations", "demand had tripled during the morning", None),
    ],
    "actors": [
        actor("Senad Hodžić", "person", title="President", affiliation="Independent Union of GRAS Workers",
              aliases=["Senad Hodžić", "Hodžić"], stance=-1),
        actor("Amra Kovačević", "person", title="director", affiliation="GRAS",
              aliases=["Amra Kovačević", "Kovačević"], stance=1),
        actor("Edin Mujagić", "person", title="Sarajevo Canton Minister of Transport",
              affiliation="Government of Sarajevo Canton", aliases=["Edin Mujagić", "Mujagić", "the minister"],
              stance=0),
        actor("Canton's opposition parties", "group", title="opposition parties", affiliation="Sarajevo Canton",
              aliases=["Canton's opposition parties"], stance=-1),
        actor("Citizens waiting at the Skenderija stop", "group", title="commuters", affiliation=None,
              aliases=["Citizens waiting at the Skenderija stop"], stance=-1),
        actor("Lejla", "person", title="student, 21", affiliation=None, aliases=["Lejla"], stance=None),
        actor("Mustafa", "person", title="older passenger", affiliation=None, aliases=["Mustafa"], stance=-1),
        actor("Taxi associations", "group", title="taxi associations", affiliation=None,
              aliases=["Taxi associations"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Edition (Maldives) environment/tourism (the EPA halts a resort's dredging after coral damage),
#    headline without speech, byline and date lines, curly “ ” and ’, British punctuation, "percent"; lede
#    "has ordered ... to stop" (not speech); EPA "said its officers had found “...” on ..." (partial only),
#    "The agency said A and that B" (one span); scare so-called “zero-impact” design in the company's
#    relative clause, then "said it would comply ..."; CEO "told The Edition that A and that B" (one span),
#    quote split by "Nashwan said"; anonymous "an EPA official, speaking to The Edition on condition of
#    anonymity, said A"; marine biologist "said A", quote with "she said" and a quote-only paragraph; group
#    "Fishermen from Eydhafushi said A"; council president "said A" (one span), quote with "Leena said";
#    ministry "said in a statement that A and that it would work with the EPA to “...”" (indirect plus
#    partial); NGO "called the damage “...” and said A" (partial plus indirect); "According to the Maldives
#    Marine Research Institute, A".
ARTICLES[f"{BATCH}/baa-atoll-resort-reclamation-epa.gold.json"] = {
    "article": f"{BATCH}/baa-atoll-resort-reclamation-epa.txt",
    "target": "Azure Atoll Resorts",
    "quotes": [
        (P, "Environmental Protection Agency", "extensive sedimentation", None),
        (I, "Environmental Protection Agency", "the company had failed to install silt curtains required under the "
            "project’s environmental impact assessment and that work could only resume once a remediation plan had "
            "been approved", None),
        (S, None, "zero-impact", None),
        (I, "Azure Atoll Resorts", "it would comply fully with the order", None),
        (I, "Ali Nashwan", "the silt curtains had been damaged in rough weather in November and that replacement "
            "equipment was already on its way from Singapore", None),
        (D, "Ali Nashwan", "We have never tried to hide anything. When the curtains failed, our own team reported it,",
            None),
        (D, "Ali Nashwan", "We will pay for the monitoring and the restoration, whatever the EPA decides.", None),
        (I, "EPA official", "the agency had first received complaints about the sediment from dive operators more than "
            "three weeks before the company reported the problem", None),
        (I, "Sofia Lindqvist", "visibility at the feeding site had fallen from about 25 metres to less than five", None),
        (D, "Sofia Lindqvist", "We had guests in the water in October watching 40 mantas at once. Last week we saw two,",
            None),
        (D, "Sofia Lindqvist", "Coral can recover from a lot of things, but not from being buried for weeks. Some of the "
            "table corals on the outer reef are already dead.", None),
        (I, "Fishermen from Eydhafushi", "bait fish had disappeared from the lagoon since dredging began in September",
            None),
        (I, "Aishath Leena", "the council had raised concerns about the project with the Tourism Ministry in July and "
            "received no reply", None),
        (D, "Aishath Leena", "Our people have fished this lagoon for generations. Nobody asked us before they started "
            "digging it up,", None),
        (I, "Tourism Ministry", "the resort’s development permit remained valid", None),
        (P, "Tourism Ministry", "balance investment and conservation", None),
        (P, "Reef Watch Maldives", "entirely predictable", None),
        (I, "Reef Watch Maldives", "the EPA should publish all monitoring reports for the project", None),
        (I, "Maldives Marine Research Institute", "Baa Atoll’s reefs were already recovering from a bleaching event in "
            "2024, in which an estimated 30 percent of hard corals died", None),
    ],
    "actors": [
        actor("Environmental Protection Agency", "government", title="environmental regulator", affiliation="Maldives",
              aliases=["Environmental Protection Agency", "EPA", "The agency"], stance=-1),
        actor("Azure Atoll Resorts", "organisation", title="resort developer", affiliation=None,
              aliases=["Azure Atoll Resorts"], stance=1),
        actor("Ali Nashwan", "person", title="chief executive", affiliation="Azure Atoll Resorts",
              aliases=["Ali Nashwan", "Nashwan"], stance=1),
        actor("EPA official", "person", title="EPA official (anonymous)", affiliation="Environmental Protection Agency",
              aliases=["EPA official"], stance=-1),
        actor("Sofia Lindqvist", "person", title="marine biologist, dive centre manager at a neighbouring resort",
              affiliation=None, aliases=["Sofia Lindqvist", "Lindqvist"], stance=-1),
        actor("Fishermen from Eydhafushi", "group", title="fishermen", affiliation=None,
              aliases=["Fishermen from Eydhafushi"], stance=-1),
        actor("Aishath Leena", "person", title="Eydhafushi Council President", affiliation="Eydhafushi Council",
              aliases=["Aishath Leena", "Leena"], stance=-1),
        actor("Tourism Ministry", "government", title="ministry", affiliation="Maldives",
              aliases=["Tourism Ministry"], stance=0),
        actor("Reef Watch Maldives", "organisation", title="environmental NGO", affiliation=None,
              aliases=["Reef Watch Maldives"], stance=-1),
        actor("Maldives Marine Research Institute", "government", title="research institute", affiliation="Maldives",
              aliases=["Maldives Marine Research Institute"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Capital FM (Kenya) health (counties run out of insulin and HIV drugs; the medical supplies agency blames
#    unpaid bills), headline without speech ("KEMSA blames unpaid bills": no quote marks), byline in capitals
#    with a straight apostrophe (NDUNG'U), dateline "NAIROBI, Kenya, Dec 2 –", straight " and apostrophes,
#    "Sh6.2 billion", "Dr."; lede content before "the Kenya Medical Practitioners, Pharmacists and Dentists
#    Union (KMPDU) has said"; secretary general "said A", quote with "she said" and a quote-only paragraph;
#    KEMSA "acknowledged the shortages but said A" (the acknowledgement is an act), quote before "KEMSA Chief
#    Executive Officer Dr. Samuel Kiprono told Capital FM News on Tuesday"; "He stated that A ... and would
#    reach county depots "..."" (partial only); "Kiprono also blamed the so-called "pull system" ... for ..."
#    (scare; "blamed X for Y" is an act); "The Council of Governors (CoG) rejected that explanation" (act);
#    governor "said A", quote split by "Chebet said"; "According to the Ministry of Health, A"; cabinet
#    secretary "said he had directed ... and that B" (reported, one span), quote with "Langat said"; PSK
#    "said in a statement that A and warned of "..." if ..." (indirect plus partial); mother "said A",
#    question quote with "she asked"; "Patient groups have called on Parliament to ..." (directive).
ARTICLES[f"{BATCH}/kemsa-insulin-arv-shortages.gold.json"] = {
    "article": f"{BATCH}/kemsa-insulin-arv-shortages.txt",
    "target": "Kenya Medical Supplies Authority",
    "quotes": [
        (I, "Kenya Medical Practitioners, Pharmacists and Dentists Union", "At least 19 counties have run out of "
            "insulin and several first-line HIV drugs, forcing patients to buy medicines from private pharmacies at "
            "up to four times the price", None),
        (I, "Wanjiru Kibet", "public hospitals in Kakamega, Kisumu, Nakuru and Machakos had gone without insulin for "
            "more than three weeks", None),
        (D, "Wanjiru Kibet", "We are telling diabetic patients to go and buy insulin in town when we know very well "
            "they cannot afford it. Some of them will simply stop taking it,", None),
        (D, "Wanjiru Kibet", "This is not a county problem or a national problem. It is a KEMSA problem, and it has "
            "been coming for months.", None),
        (I, "Kenya Medical Supplies Authority", "counties owed it Sh6.2 billion in unpaid bills, limiting its ability "
            "to buy stock from manufacturers", None),
        (D, "Samuel Kiprono", "KEMSA is not a charity. We buy on credit, we supply on credit, and when counties do not "
            "pay, the suppliers stop delivering to us,", None),
        (P, "Samuel Kiprono", "by the end of next week.", None),
        (S, None, "pull system", None),
        (I, "Mary Chebet", "counties had paid KEMSA for orders that were never delivered", None),
        (D, "Mary Chebet", "We have receipts. We have paid, and our hospitals are still empty,", None),
        (D, "Mary Chebet", "KEMSA wants to blame counties for its own failures.", None),
        (I, "Ministry of Health", "KEMSA's order fill rate fell to 54 percent in the three months to September, down "
            "from 81 percent a year earlier", None),
        (I, "Joseph Langat", "he had directed the authority to prioritise insulin, antiretrovirals and TB drugs, and "
            "that the ministry would audit county debts within 30 days", None),
        (D, "Joseph Langat", "Nobody should die because two government agencies are arguing about an invoice,", None),
        (I, "Pharmaceutical Society of Kenya", "private pharmacies had also reported shortages of some HIV drugs",
            None),
        (P, "Pharmaceutical Society of Kenya", "panic buying", None),
        (I, "Grace Achieng", "she had spent Sh4,500 on insulin for her 14-year-old son in the past fortnight", None),
        (D, "Grace Achieng", "I sold two of my goats. What will I sell next month?", None),
    ],
    "actors": [
        actor("Kenya Medical Practitioners, Pharmacists and Dentists Union", "organisation", title="doctors' union",
              affiliation="Kenya",
              aliases=["Kenya Medical Practitioners, Pharmacists and Dentists Union", "KMPDU"], stance=-1),
        actor("Wanjiru Kibet", "person", title="Secretary General (Dr.)",
              affiliation="Kenya Medical Practitioners, Pharmacists and Dentists Union",
              aliases=["Wanjiru Kibet", "Dr. Wanjiru Kibet", "Kibet"], stance=-1),
        actor("Kenya Medical Supplies Authority", "government", title="state medical supplies agency",
              affiliation="Kenya", aliases=["Kenya Medical Supplies Authority", "KEMSA", "the authority"], stance=1),
        actor("Samuel Kiprono", "person", title="Chief Executive Officer (Dr.)",
              affiliation="Kenya Medical Supplies Authority",
              aliases=["Samuel Kiprono", "Dr. Samuel Kiprono", "Kiprono"], stance=1),
        actor("Mary Chebet", "person", title="Governor, chair of the CoG Health Committee",
              affiliation="Council of Governors", aliases=["Mary Chebet", "Governor Mary Chebet", "Chebet"],
              stance=-1),
        actor("Ministry of Health", "government", title="ministry", affiliation="Kenya",
              aliases=["Ministry of Health"], stance=0),
        actor("Joseph Langat", "person", title="Health Cabinet Secretary", affiliation="Ministry of Health",
              aliases=["Joseph Langat", "Langat"], stance=0),
        actor("Pharmaceutical Society of Kenya", "organisation", title="pharmacists' professional body",
              affiliation="Kenya", aliases=["Pharmaceutical Society of Kenya", "PSK"], stance=None),
        actor("Grace Achieng", "person", title="mother of a diabetic patient", affiliation=None,
              aliases=["Grace Achieng", "Achieng"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. EFE (Spanish news agency, English service) courts (the Supreme Court upholds a former tourism chief's
#    prison sentence), headline without speech, dateline "Madrid, Dec 3 (EFE).-", straight " and apostrophes,
#    US punctuation inside closing marks; lede "has upheld" and "rejected ... and confirmed his conviction"
#    (legal acts, not speech); "The ruling, to which EFE had access, states that A "..." and that B "..."" (two
#    partials, the court's); quote with "the judges wrote" (the court); scare so-called "Pavilion case"; "an
#    internal audit ... found ..." (not speech); lawyer "said A because B" (one span), quote with "Montoro told
#    EFE"; "Celaya himself wrote on X that he was "..." with his conscience" (partial only), quote with "he
#    wrote"; group "Sources from the Anti-Corruption Prosecutor's Office told EFE that the ruling confirmed
#    "..." ..., and that B" (partial plus indirect); content before "according to the ruling"; regional
#    government "said A and would not comment further ..." (one span); "Its spokeswoman, Elena Ferrer, told
#    reporters ...: "..."" (colon); party "said the ruling showed that ... had been run "..." for years"
#    (partial only); quote before "said Compromís deputy Marta Vidal in the regional parliament"; content
#    before "sources close to the case said".
ARTICLES[f"{BATCH}/supreme-court-celaya-pavilion-case.gold.json"] = {
    "article": f"{BATCH}/supreme-court-celaya-pavilion-case.txt",
    "target": "Ramón Celaya",
    "quotes": [
        (P, "Supreme Court", "to measure", None),
        (P, "Supreme Court", "never provided or provided only on paper.", None),
        (D, "Supreme Court", "The defendant did not act out of negligence or ignorance of the rules. He knew them "
            "perfectly and used them to disguise a decision that had already been taken,", None),
        (S, None, "Pavilion case", None),
        (I, "Beatriz Montoro", "her client would take the case to the Constitutional Court because his right to the "
            "presumption of innocence had been violated", None),
        (D, "Beatriz Montoro", "This is a conviction built on emails read out of context and on the testimony of a "
            "witness who had every reason to lie,", None),
        (P, "Ramón Celaya", "at peace", None),
        (D, "Ramón Celaya", "I have never taken a single euro that did not belong to me, and I will keep saying it for "
            "as long as it takes,", None),
        (P, "Sources from the Anti-Corruption Prosecutor's Office", "point by point", None),
        (I, "Sources from the Anti-Corruption Prosecutor's Office", "the prosecution would ask the Valencia court to "
            "enforce the sentence without delay", None),
        (I, "Supreme Court", "The businessman at the centre of the scheme, Jorge Salvà, had his three-and-a-half-year "
            "sentence reduced to two years by the Supreme Court because he had returned part of the money", None),
        (I, "Valencian regional government", "it respected the court's decision and would not comment further on a "
            "judicial matter", None),
        (D, "Elena Ferrer", "What happened at the agency in those years was unacceptable. Today every contract is "
            "published and audited, and 2.1 million euros has already been recovered.", None),
        (P, "Compromís", "as a private club", None),
        (D, "Marta Vidal", "We were called liars and opportunists for saying this in 2019. Today the Supreme Court says "
            "we were right,", None),
        (I, "sources close to the case", "Celaya, 61, has 10 days to present himself at a prison of his choice", None),
    ],
    "actors": [
        actor("Supreme Court", "government", title="court (criminal chamber)", affiliation="Spain",
              aliases=["Spain's Supreme Court", "Supreme Court", "The ruling", "the judges"], stance=-1),
        actor("Beatriz Montoro", "person", title="Celaya's lawyer", affiliation=None,
              aliases=["Beatriz Montoro", "Montoro"], stance=1),
        actor("Ramón Celaya", "person", title="former director of the Valencian regional tourism agency",
              affiliation=None, aliases=["Ramón Celaya", "Celaya"], stance=1),
        actor("Sources from the Anti-Corruption Prosecutor's Office", "group", title="prosecution sources (anonymous)",
              affiliation="Anti-Corruption Prosecutor's Office",
              aliases=["Sources from the Anti-Corruption Prosecutor's Office"], stance=-1),
        actor("Valencian regional government", "government", title="regional government", affiliation="Valencia",
              aliases=["Valencian regional government", "Generalitat"], stance=0),
        actor("Elena Ferrer", "person", title="spokeswoman", affiliation="Valencian regional government",
              aliases=["Elena Ferrer", "Ferrer"], stance=-1),
        actor("Compromís", "organisation", title="left-wing coalition (party)", affiliation=None,
              aliases=["Compromís"], stance=-1),
        actor("Marta Vidal", "person", title="Compromís deputy", affiliation="Compromís",
              aliases=["Marta Vidal", "Vidal"], stance=-1),
        actor("sources close to the case", "group", title="sources (anonymous)", affiliation=None,
              aliases=["sources close to the case"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
