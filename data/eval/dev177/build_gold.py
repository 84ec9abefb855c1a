"""Build the dev177 gold files (data/eval/dev177/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev174/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev177/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev177.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev177"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Newsday (Trinidad and Tobago) tourism/diplomacy (Russian charter flights to Tobago), headline
#    without speech, byline and "Sat 5 Dec 2026" lines, lede opening in capitals ("TOBAGO will
#    receive"), straight " and apostrophes, "Mc Kenzie". Lede content before "the THA Division of
#    Tourism has confirmed"; secretary "told Newsday on Friday A" (no "that"), "she said", "She said the
#    division had done its "..." on the operator and that B" (partial plus indirect); ambassador "said in a
#    message to Newsday that Russian tourists were "..."" (partial only), quote with "he wrote"; tour
#    operator director "said A"; minority leader "said A", quote with "he asked"; hoteliers' president
#    "said hoteliers were "..."" (partial only), "she said"; US embassy spokesperson "said the embassy was
#    "..." and had no further comment" (partial only); content before "according to the Tobago Tourism
#    Agency" with a tail after the cue; scare Moscow's so-called "unfriendly countries" list.
ARTICLES[f"{BATCH}/tobago-russian-charter-flights.gold.json"] = {
    "article": f"{BATCH}/tobago-russian-charter-flights.txt",
    "target": "Russia",
    "quotes": [
        (I, "THA Division of Tourism", "TOBAGO will receive weekly charter flights from Moscow from January under an "
            "agreement between the Tobago House of Assembly (THA) and a Russian tour operator", None),
        (I, "Denelle Roberts", "the flights, operated by Sibir Voyage, would bring about 300 visitors a week to the "
            "island during the winter season", None),
        (D, "Denelle Roberts", "The Russian market is one of the biggest outbound travel markets in the world, and "
            "Russians love the Caribbean. We would be foolish to ignore them while our hotels sit half-empty in "
            "January,", None),
        (P, "Denelle Roberts", "due diligence", None),
        (I, "Denelle Roberts", "payments would be made through a bank in the United Arab Emirates", None),
        (P, "Nikolai Zhuravlev", "tired of being told where they can and cannot travel", None),
        (D, "Nikolai Zhuravlev", "Tobago is a beautiful island with warm people. Russians will feel at home there, and "
            "I hope this is only the beginning,", None),
        (I, "Anastasia Belova", "the company had already sold more than 1,100 seats for the first four flights", None),
        (I, "Kelvon Daniel", "the deal raised serious questions about sanctions", None),
        (D, "Kelvon Daniel", "We are a small island that depends on the goodwill of the United States, Canada and the "
            "UK. Why would we put that at risk for 300 tourists a week?", None),
        (P, "Carla Ottley", "cautiously optimistic", None),
        (D, "Carla Ottley", "A full room is a full room. But we need to know that we will be paid, and that the flights "
            "won't be cancelled in March because of some new sanction,", None),
        (P, "A spokesperson for the US Embassy in Port of Spain", "aware of the reports", None),
        (I, "Tobago Tourism Agency", "Tobago received fewer than 28,000 international stay-over visitors last year",
            None),
        (S, None, "unfriendly countries", None),
    ],
    "actors": [
        actor("THA Division of Tourism", "government", affiliation="Tobago House of Assembly",
              aliases=["THA Division of Tourism", "division"], stance=1),
        actor("Denelle Roberts", "person", title="Tourism Secretary", affiliation="Tobago House of Assembly",
              aliases=["Denelle Roberts", "Roberts"], stance=1),
        actor("Nikolai Zhuravlev", "person", title="Russia's Ambassador to Guyana (accredited to Trinidad and Tobago)",
              affiliation="Russia", aliases=["Nikolai Zhuravlev", "Zhuravlev"], stance=1),
        actor("Anastasia Belova", "person", title="commercial director", affiliation="Sibir Voyage",
              aliases=["Anastasia Belova", "Belova"], stance=1),
        actor("Kelvon Daniel", "person", title="Minority Leader in the THA", affiliation="Tobago House of Assembly",
              aliases=["Kelvon Daniel", "Daniel"], stance=-1),
        actor("Carla Ottley", "person", title="president", affiliation="Tobago Hotel and Tourism Association",
              aliases=["Carla Ottley", "Ottley"], stance=0),
        actor("A spokesperson for the US Embassy in Port of Spain", "person", title="embassy spokesperson",
              affiliation="US Embassy in Port of Spain",
              aliases=["A spokesperson for the US Embassy in Port of Spain"], stance=None),
        actor("Tobago Tourism Agency", "organisation", title="tourism agency", aliases=["Tobago Tourism Agency"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Ethiopian Herald health/science (the public health institute opens a genomic surveillance
#    centre), headline without speech, byline in capitals, dateline "ADDIS ABABA –" (en dash), straight "
#    and apostrophes, "birr", Ethiopian naming (people called by their first name: "Dr Abebe", "Dr
#    Meron"), state-press cues ("the Institute announced", "said that", "He noted that", "stated", "for her
#    part", "According to her,"). Lede content before "the Institute announced"; director general "said
#    that A", "He noted that B", quote with "Dr Abebe stated", Q&A "Asked about ..., Dr Abebe said A";
#    state minister "said the centre was part of the government's commitment to "..."" (partial only),
#    "According to her, A"; WHO representative "described the centre as "..."" (partial only), "he said";
#    scare so-called "One Health" approach; microbiologist "welcomed the launch but cautioned that A"
#    (act, then indirect), quote with "Dr Meron said"; anonymous physician "told The Ethiopian Herald that
#    results ... often arrived "..." for patients ..." (partial only), "The physician added that A".
ARTICLES[f"{BATCH}/ephi-genomic-surveillance-centre.gold.json"] = {
    "article": f"{BATCH}/ephi-genomic-surveillance-centre.txt",
    "target": "Ethiopian Public Health Institute",
    "quotes": [
        (I, "Ethiopian Public Health Institute", "The Ethiopian Public Health Institute (EPHI) has launched a national "
            "genomic surveillance centre that will allow the country to identify disease-causing pathogens within 72 "
            "hours", None),
        (I, "Abebe Worku", "the centre would help Ethiopia respond faster to outbreaks such as cholera, measles and "
            "mpox", None),
        (I, "Abebe Worku", "until now many samples had to be sent abroad for sequencing, a process that could take up "
            "to six weeks", None),
        (D, "Abebe Worku", "This centre means that Ethiopian scientists will answer Ethiopian questions, in Ethiopia, "
            "in days rather than weeks,", None),
        (P, "Hiwot Tesfaye", "self-reliance in health security", None),
        (I, "Hiwot Tesfaye", "the Ministry has allocated 240 million birr for equipment and training over the next "
            "three years, and 60 laboratory scientists have already completed training", None),
        (P, "Samuel Mensah", "a milestone for the whole region", None),
        (D, "Samuel Mensah", "Pathogens do not respect borders. What is sequenced in Addis Ababa today may protect a "
            "family in Nairobi or Juba tomorrow,", None),
        (S, None, "One Health", None),
        (I, "Meron Alemu", "the centre would need a steady supply of reagents, most of which are imported", None),
        (D, "Meron Alemu", "Buildings and machines are the easy part. The hard part is keeping trained people and "
            "keeping the reagents coming when foreign currency is short,", None),
        (I, "Abebe Worku", "the Institute had signed framework agreements with two suppliers and was working with "
            "partners to produce some reagents locally", None),
        (P, "A physician at a regional referral hospital in Gondar", "too late to change treatment", None),
        (I, "A physician at a regional referral hospital in Gondar", "he hoped the new centre would change that", None),
    ],
    "actors": [
        actor("Ethiopian Public Health Institute", "organisation", title="national public health institute",
              affiliation="Ethiopia", aliases=["Ethiopian Public Health Institute", "EPHI", "Institute"], stance=1),
        actor("Abebe Worku", "person", title="Director General", affiliation="Ethiopian Public Health Institute",
              aliases=["Abebe Worku", "Abebe", "Dr Abebe"], stance=1),
        actor("Hiwot Tesfaye", "person", title="State Minister of Health", affiliation="Ministry of Health",
              aliases=["Hiwot Tesfaye", "Hiwot"], stance=1),
        actor("Samuel Mensah", "person", title="WHO Representative to Ethiopia",
              affiliation="World Health Organization", aliases=["Samuel Mensah", "Mensah"], stance=1),
        actor("Meron Alemu", "person", title="microbiologist", affiliation="Addis Ababa University",
              aliases=["Meron Alemu", "Meron", "Dr Meron"], stance=0),
        actor("A physician at a regional referral hospital in Gondar", "person", title="anonymous physician",
              aliases=["A physician at a regional referral hospital in Gondar"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Sligo Champion arts/local politics (a public sculpture's cost), headline without speech,
#    byline and "December 9 2026" lines, lede opening in capitals ("THE artist"), straight " and
#    apostrophes, "€180,000", party tags "(Ind)", "(FF)", Irish names with fadas, a work's title without
#    marks. Lede "several councillors described it as "..."" (partial only, a group); councillor "said
#    the council had "..." spending ... "..."" (two partials), "he said"; sculptor "Speaking to The Sligo
#    Champion, ... said he was "..." by the reaction" (partial only), "he said", "He said A, and that B"
#    (one span); council "In a statement, ... said A, ..., and that B" (one span); second councillor "said
#    she had walked past the sculpture "..." since ... and found it "..."" (two partials); café owner
#    "said A", "she said"; scare the council's so-called "cultural quarter" plan. Not annotated: "A motion
#    calling for a review ...".
ARTICLES[f"{BATCH}/stephen-street-swans-sculpture.gold.json"] = {
    "article": f"{BATCH}/stephen-street-swans-sculpture.txt",
    "target": "Ciar\u00e1n Hession",
    "quotes": [
        (P, "several councillors", "a waste of public money", None),
        (P, "Se\u00e1n Durcan", "no business", None),
        (P, "Se\u00e1n Durcan", "while people are sleeping in cars in this town", None),
        (D, "Se\u00e1n Durcan", "I've had more calls about this than about the housing list, and not one of them was "
            "positive,", None),
        (P, "Ciar\u00e1n Hession", "not surprised", None),
        (D, "Ciar\u00e1n Hession", "Every piece of public art in Ireland gets this treatment in the first year. Ten years "
            "later, people are bringing their grandchildren to see it,", None),
        (I, "Ciar\u00e1n Hession", "the \u20ac180,000 covered casting, the steel frame, installation and a 15-year "
            "maintenance plan, and that his own fee was less than a fifth of the total", None),
        (I, "Sligo County Council", "the sculpture had been funded under the Per Cent for Art scheme, which requires a "
            "portion of the budget of public capital projects to be spent on art, and that no money had been taken "
            "from housing", None),
        (P, "Gr\u00e1inne Harte", "dozens of times", None),
        (P, "Gr\u00e1inne Harte", "beautiful", None),
        (I, "Maeve Kilfeather", "footfall had been up since the unveiling", None),
        (D, "Maeve Kilfeather", "People stop, they take photos, they come in for a coffee. I don't care what it cost, "
            "it's been good for us,", None),
        (S, None, "cultural quarter", None),
    ],
    "actors": [
        actor("several councillors", "group", affiliation="Sligo County Council", aliases=["several councillors"],
              stance=-1),
        actor("Se\u00e1n Durcan", "person", title="Cllr (Ind)", affiliation="Sligo County Council",
              aliases=["Se\u00e1n Durcan", "Durcan", "Cllr Se\u00e1n Durcan"], stance=-1),
        actor("Ciar\u00e1n Hession", "person", title="sculptor", aliases=["Ciar\u00e1n Hession", "Hession"], stance=1),
        actor("Sligo County Council", "government", title="local authority", aliases=["Sligo County Council", "council"],
              stance=1),
        actor("Gr\u00e1inne Harte", "person", title="Cllr (FF)", affiliation="Sligo County Council",
              aliases=["Gr\u00e1inne Harte", "Harte", "Cllr Gr\u00e1inne Harte"], stance=1),
        actor("Maeve Kilfeather", "person", title="caf\u00e9 owner", aliases=["Maeve Kilfeather", "Kilfeather"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Deseret News business (a Lehi robotics company moves 400 jobs to Texas), headline without speech,
#    byline and "Dec 3, 2026, 4:05 p.m. MST" lines, dateline "LEHI —", straight " and apostrophes,
#    "State Sen. ..., R-Lehi,", "3%". Lede content before "the company announced Thursday"; CEO "said A", a
#    quote split by "Hendricks said in an interview with the Deseret News"; content before "according to
#    the Governor's Office of Economic Opportunity"; office "In a statement, the office said it was "..."
#    but respected ..., and that the incentive structure had worked "..." because ..." (two partials);
#    state senator "said A", quote with "Whitaker said"; economist "said A", "he said"; anonymous
#    technician "who asked not to be named because ..., said A but that B" (one span), "he said"; scare the
#    company's so-called "Utah first" expansion.
ARTICLES[f"{BATCH}/bonneville-robotics-texas-move.gold.json"] = {
    "article": f"{BATCH}/bonneville-robotics-texas-move.txt",
    "target": "Bonneville Robotics",
    "quotes": [
        (I, "Bonneville Robotics", "Bonneville Robotics, one of the fastest-growing companies on the Silicon Slopes, "
            "will move about 400 of its 1,100 Utah jobs to a new plant near Austin, Texas, over the next 18 months",
            None),
        (I, "Travis Hendricks", "the decision came down to manufacturing space and the cost of electricity", None),
        (D, "Travis Hendricks", "We love Utah. Our headquarters is staying in Lehi, and our engineers are staying in "
            "Lehi,", None),
        (D, "Travis Hendricks", "But we build heavy machines, and we simply couldn't find the industrial space we need "
            "here at a price that works.", None),
        (I, "Governor's Office of Economic Opportunity", "The move means the company will forfeit up to $6.2 million in "
            "post-performance tax credits it was awarded in 2023", None),
        (P, "Governor's Office of Economic Opportunity", "disappointed", None),
        (P, "Governor's Office of Economic Opportunity", "exactly as designed", None),
        (I, "Dallin Whitaker", "he had met with company leaders twice this fall", None),
        (D, "Dallin Whitaker", "I don't blame them for making a business decision, but I do think we need to have an "
            "honest conversation about energy prices and land for industry in Utah County,", None),
        (I, "Ryan Tolman", "the loss of 400 jobs would barely register in Utah County, where unemployment is below 3%",
            None),
        (D, "Ryan Tolman", "This is a signal, not a crisis,", None),
        (I, "One production technician", "employees had been offered relocation packages but that many with families "
            "in Utah would not go", None),
        (D, "One production technician", "Nobody I work with is moving to Texas. It feels like they used Utah to get "
            "big, and now they're leaving,", None),
        (S, None, "Utah first", None),
    ],
    "actors": [
        actor("Bonneville Robotics", "organisation", title="Lehi robotics company",
              aliases=["Bonneville Robotics", "the company"], stance=1),
        actor("Travis Hendricks", "person", title="Co-founder and CEO", affiliation="Bonneville Robotics",
              aliases=["Travis Hendricks", "Hendricks"], stance=1),
        actor("Governor's Office of Economic Opportunity", "government", affiliation="Utah",
              aliases=["Governor's Office of Economic Opportunity", "the office"], stance=0),
        actor("Dallin Whitaker", "person", title="State Sen., R-Lehi", affiliation="Utah Senate",
              aliases=["Dallin Whitaker", "Whitaker"], stance=1),
        actor("Ryan Tolman", "person", title="senior economist",
              affiliation="University of Utah's Kem C. Gardner Policy Institute", aliases=["Ryan Tolman", "Tolman"],
              stance=None),
        actor("One production technician", "person", title="anonymous employee", affiliation="Bonneville Robotics",
              aliases=["One production technician"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
