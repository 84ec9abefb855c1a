"""Build the test73 gold files (data/eval/test73/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test73/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test73.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test73"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. in-cyprus (Philenews English) diplomacy (Cyprus expels a Russian diplomat), headline with a curly single
#    fragment naming Cyprus (partial for Cyprus), "Newsroom" and date lines, curly “ ” and ’, British
#    punctuation outside closing marks, "Read also:" line (not annotated). Lede content before "the Cypriot
#    Foreign Ministry said on Friday"; "the ministry said the diplomat had engaged in “...” and that the
#    decision was taken “...”" (two partials); "It did not name ..." (negated); anonymous government source
#    "told in-cyprus A"; spokesman "said Cyprus wanted “...” with Russia but would not tolerate “...”" (two
#    partials), "he told reporters"; embassy "described the expulsion as “...” based on “...” and said A" (two
#    partials plus an indirect), "the embassy said in a post on Telegram"; scare sometimes dubbed
#    “Limassolgrad”; AKEL "said the government owed the public “...” and warned against turning Cyprus into
#    “...”" (two partials); MP "said the expulsion was “...”", "Pavlou said"; resident named after the quote,
#    "Petrenko said A"; lecturer named after the quote.
ARTICLES[f"{BATCH}/cyprus-expels-russian-diplomat.gold.json"] = {
    "article": f"{BATCH}/cyprus-expels-russian-diplomat.txt",
    "target": "Russia",
    "quotes": [
        (P, "Cyprus", "activities incompatible with status", None),
        (I, "Cypriot Foreign Ministry", "Cyprus has declared a second secretary at the Russian embassy in Nicosia "
            "persona non grata and given him 72 hours to leave the island", None),
        (P, "Cypriot Foreign Ministry", "activities incompatible with his diplomatic status", None),
        (P, "Cypriot Foreign Ministry", "after careful assessment of information provided by the competent services",
            None),
        (I, "A government source", "the diplomat had been under surveillance by the Cyprus Intelligence Service (KYP) "
            "for several months over his contacts with employees of a telecommunications company", None),
        (P, "Giorgos Hadjistephanou", "normal, correct relations", None),
        (P, "Giorgos Hadjistephanou", "any activity that threatens our national security", None),
        (D, "Giorgos Hadjistephanou", "Cyprus is a small country, but it is a sovereign country and a member of the "
            "European Union. We expect every embassy on our territory to respect that,", None),
        (P, "Russian embassy", "an unfriendly step", None),
        (P, "Russian embassy", "baseless fabrications", None),
        (I, "Russian embassy", "Moscow would respond", None),
        (D, "Russian embassy", "We regret that Nicosia has once again chosen to follow the anti-Russian line dictated "
            "from Brussels,", None),
        (S, None, "Limassolgrad", None),
        (P, "AKEL", "a full explanation", None),
        (P, "AKEL", "a frontline state", None),
        (P, "Annita Pavlou", "long overdue", None),
        (D, "Annita Pavlou", "For years Russian services have treated Cyprus as a playground. That has to end,", None),
        (D, "Olga Petrenko", "Most Russians here have nothing to do with politics. We run businesses, we pay taxes, our "
            "kids go to school here,", None),
        (I, "Olga Petrenko", "she feared the case would fuel hostility towards the roughly 30,000 Russian speakers who "
            "still live in Limassol", None),
        (D, "Marios Kyriacou", "Ten years ago this would have been unthinkable. Cyprus was the country that always asked "
            "for exceptions for Russia in Brussels,", None),
    ],
    "actors": [
        actor("Cyprus", "country", title="country", aliases=["Cyprus"], stance=-1),
        actor("Cypriot Foreign Ministry", "government", title="foreign ministry", affiliation="Cyprus",
              aliases=["Cypriot Foreign Ministry", "ministry"], stance=-1),
        actor("A government source", "person", title="anonymous government source", affiliation="Cyprus",
              aliases=["A government source"], stance=-1),
        actor("Giorgos Hadjistephanou", "person", title="Government spokesman", affiliation="Cyprus",
              aliases=["Giorgos Hadjistephanou", "Hadjistephanou"], stance=-1),
        actor("Russian embassy", "government", title="embassy in Nicosia", affiliation="Russia",
              aliases=["Russian embassy", "embassy"], stance=1),
        actor("AKEL", "organisation", title="opposition party", affiliation="Cyprus", aliases=["AKEL"], stance=0),
        actor("Annita Pavlou", "person", title="MP", affiliation="Disy", aliases=["Annita Pavlou", "Pavlou"],
              stance=-1),
        actor("Olga Petrenko", "person", title="language school owner", affiliation="Limassol",
              aliases=["Olga Petrenko", "Petrenko"], stance=None),
        actor("Marios Kyriacou", "person", title="lecturer in international relations",
              affiliation="University of Nicosia", aliases=["Marios Kyriacou", "Kyriacou"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Commercial Motor road-haulage trade press (a haulier collapses into administration), headline and
#    standfirst without speech, byline and date lines, straight quotes, British punctuation outside closing
#    marks for fragments, "told CM"; the managing director shares his surname with the company. Lede without a
#    cue; administrators "said A"; joint administrator "told CM that A and that B" (one span), "she said"; MD
#    "said he was "..."" (partial only), "he said"; scare "driver-first" culture; "Drivers were told ... not to
#    report" (directive, no speaker); anonymous driver "told CM A", "he said"; union officer "said the union
#    would pursue a protective award for members "..."" (partial only), "Okoro said"; "Brannock rejected the
#    claim" (act) then a quote with "he said" (Brannock, the sentence subject, not Okoro); RHA "said A and that
#    members were facing "..."" (indirect plus partial); customer "said A and that B"; "The Office of the
#    Traffic Commissioner confirmed that A".
ARTICLES[f"{BATCH}/brannock-logistics-administration.gold.json"] = {
    "article": f"{BATCH}/brannock-logistics-administration.txt",
    "target": "Brannock Logistics",
    "quotes": [
        (I, "Harlow Mercer Restructuring", "the business had been hit by rising fuel and insurance costs and by the "
            "loss of a major retail distribution contract in the summer", None),
        (I, "Fiona Drummond", "42 staff had been retained to help wind down operations and that the firm's vehicles "
            "would be sold at auction in the new year", None),
        (D, "Fiona Drummond", "This is a difficult day for the employees and their families. Regrettably, despite an "
            "extensive search for a buyer, no viable offer was received,", None),
        (P, "Gary Brannock", "heartbroken", None),
        (D, "Gary Brannock", "We fought for this company for two years. We cut costs, we cut our own salaries, we went "
            "to the banks and we went to the customers. In the end the numbers just didn't add up,", None),
        (S, None, "driver-first", None),
        (I, "One driver", "he found out he had lost his job from a WhatsApp group before the official message arrived",
            None),
        (D, "One driver", "Eleven years and they couldn't even pick up the phone,", None),
        (P, "Darren Okoro", "who have been treated appallingly", None),
        (D, "Darren Okoro", "Workers were paid on Friday and sacked on Wednesday. The directors will have known for "
            "weeks that this was coming,", None),
        (D, "Gary Brannock", "That is simply not true. We were negotiating with a buyer until Tuesday night,", None),
        (I, "Road Haulage Association", "Brannock was the third sizeable haulier to fail this year", None),
        (P, "Road Haulage Association", "the toughest trading conditions in a generation", None),
        (I, "Kessock Foods", "it had moved its volumes to other carriers and that deliveries to stores had not been "
            "disrupted", None),
        (I, "Office of the Traffic Commissioner", "Brannock's operator's licence, which authorised 260 vehicles and 140 "
            "trailers, had been surrendered", None),
    ],
    "actors": [
        actor("Harlow Mercer Restructuring", "organisation", title="joint administrators",
              aliases=["Harlow Mercer Restructuring"], stance=0),
        actor("Fiona Drummond", "person", title="joint administrator", affiliation="Harlow Mercer Restructuring",
              aliases=["Fiona Drummond", "Drummond"], stance=0),
        actor("Gary Brannock", "person", title="managing director", affiliation="Brannock Logistics",
              aliases=["Gary Brannock", "Brannock"], stance=1),
        actor("One driver", "person", title="anonymous driver", affiliation="Brannock Logistics",
              aliases=["One driver"], stance=-1),
        actor("Darren Okoro", "person", title="regional officer", affiliation="Unite",
              aliases=["Darren Okoro", "Okoro"], stance=-1),
        actor("Road Haulage Association", "organisation", title="trade association",
              aliases=["Road Haulage Association"], stance=0),
        actor("Kessock Foods", "organisation", title="former customer", aliases=["Kessock Foods"], stance=None),
        actor("Office of the Traffic Commissioner", "government", title="haulage licensing regulator",
              aliases=["Office of the Traffic Commissioner"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Gloucestershire Echo (Gloucestershire Live) court report (a landlord fined over an unlicensed HMO),
#    headline and standfirst without speech, "By ..., Court reporter" and "14:02, 3 DEC 2026" lines, straight
#    quotes, British punctuation outside closing marks for fragments, "Miss"/"Mr"/"Cllr", "READ MORE:" line
#    (not annotated); word-like names (Mark Noble, Rose Hardy, Marsh). Prosecutor "said A"; "The court heard
#    that A, and that B" (the prosecution's opening, given to the prosecutor; one span); quote with "Miss
#    Pettigrew told the court"; "She said A"; solicitor "said in mitigation that his client had "..." after
#    ..." (partial only); "Mr Marsh said A"; "Mr Marsh said"; bench chair "told Noble the offences were "..."";
#    scare "Safer Homes" campaign; councillor "said the council would "..." to prosecute ..." (partial only),
#    "she said"; anonymous former tenant "told Gloucestershire Live that A", "she said"; landlord's statement
#    "said ... that he had "..." and that B" (partial plus indirect).
ARTICLES[f"{BATCH}/cheltenham-landlord-hmo-fine.gold.json"] = {
    "article": f"{BATCH}/cheltenham-landlord-hmo-fine.txt",
    "target": "Mark Noble",
    "quotes": [
        (I, "Sarah Pettigrew", "environmental health officers visited the six-bedroom property on Hewlett Road in March "
            "after a complaint from a tenant", None),
        (I, "Sarah Pettigrew", "the only route out from the top floor was blocked by a locked door, and that two of the "
            "bedrooms had no windows that could be opened", None),
        (D, "Sarah Pettigrew", "Had there been a fire at night, the consequences for the people in those rooms could "
            "have been catastrophic,", None),
        (I, "Sarah Pettigrew", "Mr Noble had been warned in writing twice in 2025 that the property needed a licence",
            None),
        (P, "Kieran Marsh", "buried his head in the sand", None),
        (I, "Kieran Marsh", "his client had since spent \u00a318,000 on repairs", None),
        (D, "Kieran Marsh", "He is not a rogue landlord. He is a man who let things slide at the worst time of his life, "
            "and he is deeply ashamed,", None),
        (P, "Rose Hardy", "serious and entirely avoidable", None),
        (S, None, "Safer Homes", None),
        (P, "Nadia Kowalczyk", "not hesitate", None),
        (D, "Nadia Kowalczyk", "Most landlords in Cheltenham do a good job. This case shows what happens when one "
            "doesn't,", None),
        (I, "A former tenant", "she moved out in April after months of complaints about damp", None),
        (D, "A former tenant", "I used to lie awake listening for the smoke alarm that I knew wasn't going to go off,",
            None),
        (P, "Mark Noble", "never intended to put anyone at risk", None),
        (I, "Mark Noble", "the house was now fully licensed", None),
    ],
    "actors": [
        actor("Sarah Pettigrew", "person", title="prosecutor", affiliation="Cheltenham Borough Council",
              aliases=["Sarah Pettigrew", "Pettigrew", "Miss Pettigrew"], stance=-1),
        actor("Kieran Marsh", "person", title="defence solicitor", affiliation="Mark Noble",
              aliases=["Kieran Marsh", "Marsh", "Mr Marsh"], stance=1),
        actor("Rose Hardy", "person", title="Chair of the bench", affiliation="Cheltenham Magistrates' Court",
              aliases=["Rose Hardy", "Hardy"], stance=-1),
        actor("Nadia Kowalczyk", "person", title="cabinet member for housing", affiliation="Cheltenham Borough Council",
              aliases=["Nadia Kowalczyk", "Kowalczyk", "Cllr Nadia Kowalczyk"], stance=-1),
        actor("A former tenant", "person", title="anonymous former tenant", aliases=["A former tenant"], stance=-1),
        actor("Mark Noble", "person", title="landlord", affiliation="Cheltenham",
              aliases=["Mark Noble", "Noble", "Mr Noble"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. FE Week education trade press (a further education college rated inadequate by Ofsted), headline and
#    standfirst without speech, byline and "Published:" lines, straight quotes, British punctuation outside
#    closing marks, "Read more:" line (not annotated). Lede participial "with inspectors warning that A"
#    (Ofsted, through its inspectors); "inspectors said leaders had "..." on ..." (partial only); "They said A,
#    and that ... was "..."" (indirect plus partial); principal "said the college was "..." by the grade"
#    (partial only), "she said"; "She told FE Week that the merger had left the college with "..." and that B"
#    (partial plus indirect); Q&A "Asked whether she would resign, Ramsay said: "...""; scare so-called "one
#    college, four campuses" strategy; DfE spokesperson "said A and that ministers expected "..."" (indirect
#    plus partial); UCU branch secretary "said A", "he said"; students' union president "told FE Week that A
#    but that B" (one span); AoC "said the sector had faced "..." from ..., and that B" (partial plus indirect).
ARTICLES[f"{BATCH}/severnside-college-ofsted-inadequate.gold.json"] = {
    "article": f"{BATCH}/severnside-college-ofsted-inadequate.txt",
    "target": "Severnside College",
    "quotes": [
        (I, "Ofsted", "learners were not always safe on two of its four campuses", None),
        (P, "Ofsted", "not acted quickly enough", None),
        (I, "Ofsted", "staff on the Avonmouth campus had not been trained to spot the signs of criminal exploitation",
            None),
        (P, "Ofsted", "far too low", None),
        (P, "Helen Ramsay", "deeply disappointed", None),
        (D, "Helen Ramsay", "We accept the findings in full. Some of what inspectors describe is simply not good enough, "
            "and I apologise to every learner we have let down,", None),
        (P, "Helen Ramsay", "two very different cultures", None),
        (I, "Helen Ramsay", "a new safeguarding lead had been appointed in September", None),
        (D, "Helen Ramsay", "No. I am the person who commissioned the safeguarding review that found many of these "
            "problems, and I intend to finish the job.", None),
        (S, None, "one college, four campuses", None),
        (I, "Department for Education", "the college would receive support from the FE Commissioner's team", None),
        (P, "Department for Education", "rapid improvement", None),
        (I, "Mike Fennell", "staff had warned managers about the problems for more than a year", None),
        (D, "Mike Fennell", "Nobody who works here is surprised by this report. We raised safeguarding at every joint "
            "committee meeting since the merger and were told it was in hand,", None),
        (I, "Aisha Begum", "most students felt safe but that the college had ignored complaints from female students at "
            "Avonmouth", None),
        (P, "Association of Colleges", "huge pressure", None),
        (I, "Association of Colleges", "the report should not overshadow the work of staff", None),
    ],
    "actors": [
        actor("Ofsted", "government", title="education inspectorate", aliases=["Ofsted", "inspectors"], stance=-1),
        actor("Helen Ramsay", "person", title="Principal and chief executive", affiliation="Severnside College",
              aliases=["Helen Ramsay", "Ramsay"], stance=1),
        actor("Department for Education", "government", title="government department",
              aliases=["Department for Education"], stance=-1),
        actor("Mike Fennell", "person", title="UCU branch secretary", affiliation="UCU",
              aliases=["Mike Fennell", "Fennell"], stance=-1),
        actor("Aisha Begum", "person", title="Students' union president", affiliation="Severnside College",
              aliases=["Aisha Begum", "Begum"], stance=0),
        actor("Association of Colleges", "organisation", title="colleges' association",
              aliases=["Association of Colleges"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
