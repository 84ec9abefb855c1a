"""Build the test150 gold files (data/eval/test150/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test150/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test150.
Standard library only. Held out: do not read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test150"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. CMC (Caribbean Media Corporation) wire, aviation/business (a regional airline suspends five routes),
#    headline without speech, dateline "BRIDGETOWN, Barbados, Dec 3, CMC -", straight " and apostrophes,
#    "US$4.3 million"; lede present-tense "says it will suspend ..., blaming ... and what it described as
#    "..." airport charges" (indirect plus partial); "In a statement, the airline said flights ... would be
#    suspended "..."" (partial only); CEO in an apposition "said A", quote with "Greaves told the CMC", "He
#    said the carrier had asked ... but had received "..."" (no second subject: partial only); scare so-called
#    "lifeline route" subsidy ("lobbied for": no proposition); minister "said the government was "..." by ...
#    and that B" (partial plus indirect), quote with "Laville told reporters in Roseau"; government "said in a
#    brief statement that A"; group "Officials in Montserrat, where ..., said A"; quote before "said Grenadian
#    nurse Celia Frederick, who ..."; quote before "said Trinidad-based aviation consultant Roger Baptiste";
#    "Baptiste warned, however, that A"; association "said in a statement that ... remained "..." to ..., and
#    urged ..." (partial only; the directive not annotated).
ARTICLES[f"{BATCH}/antilles-express-air-route-cuts.gold.json"] = {
    "article": f"{BATCH}/antilles-express-air-route-cuts.txt",
    "target": "Antilles Express Air",
    "quotes": [
        (I, "Antilles Express Air", "it will suspend five routes in the Eastern Caribbean from January 15", None),
        (P, "Antilles Express Air", "punishing", None),
        (P, "Antilles Express Air", "until further notice", None),
        (I, "Marlon Greaves", "the five routes had lost a combined US$4.3 million in the financial year ended "
            "September", None),
        (D, "Marlon Greaves", "We have carried these routes for as long as we could. Every seat we fly to Montserrat "
            "costs us more in fees than the passenger pays for the ticket,", None),
        (P, "Marlon Greaves", "polite letters and no action", None),
        (S, None, "lifeline route", None),
        (P, "Kelvin Laville", "disappointed", None),
        (I, "Kelvin Laville", "it would meet the airline's management in Bridgetown next week", None),
        (D, "Kelvin Laville", "Dominica has supported this airline through two hurricanes and a pandemic. We expected "
            "a conversation before an announcement,", None),
        (I, "St Vincent and the Grenadines government", "it was in talks with another carrier about operating the "
            "Barbados route", None),
        (I, "Officials in Montserrat", "they had not been informed of the decision before it was made public", None),
        (D, "Celia Frederick", "It is going to cost me a whole day and an extra US$300 to visit my mother in "
            "Carriacou,", None),
        (D, "Roger Baptiste", "AEA is doing what LIAT should have done ten years ago: cutting the routes that bleed "
            "money before they bleed the whole airline,", None),
        (I, "Roger Baptiste", "the smaller islands would end up paying the price of the airline's recovery, since no "
            "other carrier was likely to take on routes with fewer than 30 passengers a day", None),
        (P, "Caribbean Hotel and Tourism Association", "the single biggest obstacle", None),
    ],
    "actors": [
        actor("Antilles Express Air", "organisation", title="regional airline", affiliation=None,
              aliases=["Antilles Express Air", "AEA", "the airline"], stance=1),
        actor("Marlon Greaves", "person", title="chief executive officer", affiliation="Antilles Express Air",
              aliases=["Marlon Greaves", "Greaves"], stance=1),
        actor("Kelvin Laville", "person", title="Minister of Tourism", affiliation="Dominica",
              aliases=["Kelvin Laville", "Laville"], stance=-1),
        actor("St Vincent and the Grenadines government", "government", title="government",
              affiliation="St Vincent and the Grenadines", aliases=["St Vincent and the Grenadines government"],
              stance=None),
        actor("Officials in Montserrat", "group", title="officials", affiliation="Montserrat",
              aliases=["Officials in Montserrat"], stance=-1),
        actor("Celia Frederick", "person", title="Grenadian nurse", affiliation=None,
              aliases=["Celia Frederick", "Frederick"], stance=-1),
        actor("Roger Baptiste", "person", title="aviation consultant", affiliation=None,
              aliases=["Roger Baptiste", "Baptiste"], stance=0),
        actor("Caribbean Hotel and Tourism Association", "organisation", title="tourism association",
              affiliation=None, aliases=["Caribbean Hotel and Tourism Association", "CHTA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ProPublica accountability (five deaths in a county jail), headline without speech, "by NAME" and date
#    lines, curly “ ” and ’, US punctuation inside closing marks; narrative lede with the dead man's reported
#    words ("he told a booking officer that A"); content before "according to death reports the county filed
#    with the state"; sheriff "said in an interview that A", quote split by "Tolliver said"; "A ProPublica
#    review ... found that ..." (not speech) holding a scare so-called “medical watch” cells; anonymous
#    "A former nurse employed by the jail's medical contractor, who spoke on condition ..., said A", then a
#    quote-only paragraph ending without a closing mark and a closed quote-only paragraph; contractor "said
#    in a written statement that its staffing ... “...” ... and that B" (partial plus indirect); mother "said
#    she had called ... and was told ... that her son was “...”" (partial only, full stop inside); county
#    official "called Tolliver “...” but said A" (partial plus indirect); "Experts ... were less charitable"
#    (not speech), quote before "said Dr. Alicia Brandt, a former ..."; "declined to answer questions ...,
#    citing ..." (not annotated); sheriff's office "said it “...” of its practices" (partial only).
ARTICLES[f"{BATCH}/calder-county-jail-deaths-tolliver.gold.json"] = {
    "article": f"{BATCH}/calder-county-jail-deaths-tolliver.txt",
    "target": "Wade Tolliver",
    "quotes": [
        (I, "Derrick Hollins", "he had swallowed a handful of pills", None),
        (I, "Calder County", "He was the fifth person to die in the jail since October 2024", None),
        (I, "Wade Tolliver", "his staff had followed every policy in each of the five cases", None),
        (D, "Wade Tolliver", "I’m not going to stand here and tell you five deaths is acceptable. It’s not,", None),
        (D, "Wade Tolliver", "But my officers are not doctors. When somebody tells us they need medical help, we call "
            "the medical provider. That’s the system.", None),
        (S, None, "medical watch", None),
        (I, "former nurse employed by the jail’s medical contractor", "she had raised concerns about staffing at the "
            "jail at least four times in writing", None),
        (D, "former nurse employed by the jail’s medical contractor", "We had one nurse for 180 inmates on nights. One. "
            "I told the captain, I told the company, I told anyone who would listen,", None),
        (D, "former nurse employed by the jail’s medical contractor", "Nobody wanted to hear it, because fixing it "
            "cost money.", None),
        (P, "Bluegrass Correctional Health", "met or exceeded", None),
        (I, "Bluegrass Correctional Health", "it was cooperating fully with state inspectors", None),
        (P, "Teresa Hollins", "sleeping it off.", None),
        (D, "Teresa Hollins", "They had him for ten hours. Ten hours. He told them what he took, and they put him in a "
            "room and shut the door,", None),
        (P, "Lonnie Mays", "a good man in a hard job", None),
        (I, "Lonnie Mays", "the fiscal court would vote this month on whether to hire an outside monitor for the jail",
            None),
        (D, "Alicia Brandt", "When you see five deaths in a jail this size in a year and a half, that is not bad luck. "
            "That is a pattern, and the person who runs the jail owns that pattern,", None),
        (P, "Calder County Sheriff’s Office", "welcomes any independent review", None),
    ],
    "actors": [
        actor("Derrick Hollins", "person", title="detainee who died, 29", affiliation=None,
              aliases=["Derrick Hollins", "Hollins"], stance=None),
        actor("Calder County", "government", title="county (its death reports to the state)", affiliation="Kentucky",
              aliases=["Calder County"], stance=0),
        actor("Wade Tolliver", "person", title="Sheriff", affiliation="Calder County Sheriff’s Office",
              aliases=["Wade Tolliver", "Sheriff Wade Tolliver", "Tolliver"], stance=1),
        actor("former nurse employed by the jail’s medical contractor", "person", title="former jail nurse (anonymous)",
              affiliation="Bluegrass Correctional Health",
              aliases=["former nurse employed by the jail’s medical contractor"], stance=-1),
        actor("Bluegrass Correctional Health", "organisation", title="jail medical contractor", affiliation=None,
              aliases=["Bluegrass Correctional Health"], stance=None),
        actor("Teresa Hollins", "person", title="mother of Derrick Hollins", affiliation=None,
              aliases=["Teresa Hollins"], stance=-1),
        actor("Lonnie Mays", "person", title="Calder County Judge-Executive", affiliation="Calder County",
              aliases=["Lonnie Mays", "Mays"], stance=0),
        actor("Alicia Brandt", "person", title="former jail medical director (Dr.)", affiliation=None,
              aliases=["Alicia Brandt", "Dr. Alicia Brandt", "Brandt"], stance=-1),
        actor("Calder County Sheriff’s Office", "government", title="sheriff's office", affiliation="Calder County",
              aliases=["Calder County Sheriff’s Office"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. FoodNavigator (food industry trade press, Europe) regulation (EFSA declines to back an insect protein
#    novel food), headline "EFSA rejects ..." (no speech), byline and "03-Dec-2026 - Last updated on ..."
#    lines, British straight single quotes '...' for every quotation, "EUR600,000", "%"; lede participial
#    "has declined to back ..., saying A" (indirect); panel "said the ... data ... were '...' of the product"
#    (partial only), "the opinion stated"; scare so-called 'protein transition'; CEO "said the company was
#    '...' by ..." (partial only), quote with "he told FoodNavigator", "De Wit said A" (particle surname
#    capitalised); platform "said the opinion risked creating '...' for producers, and that B" (partial plus
#    indirect); consumer group "took the opposite view" (not speech), "It said EFSA had been '...' and that B"
#    (pronoun; partial plus indirect); researcher "agreed that A" (indirect), quote with "she said" and a
#    quote-only paragraph; Commission spokesperson "said the Commission would '...' ... and discuss ..."
#    (partial only); "The company, which ..., said A".
ARTICLES[f"{BATCH}/efsa-cricket-protein-opinion.gold.json"] = {
    "article": f"{BATCH}/efsa-cricket-protein-opinion.txt",
    "target": "European Food Safety Authority",
    "quotes": [
        (I, "European Food Safety Authority", "the applicant had not provided enough evidence that the product was safe "
            "for people with shellfish allergies", None),
        (P, "Panel on Nutrition, Novel Foods and Food Allergens", "insufficient to conclude on the safety", None),
        (D, "Panel on Nutrition, Novel Foods and Food Allergens", "The Panel cannot exclude that consumers allergic to "
            "crustaceans and dust mites may react to the novel food,", None),
        (S, None, "protein transition", None),
        (P, "Maarten de Wit", "surprised and disappointed", None),
        (D, "Maarten de Wit", "We supplied every study EFSA asked for, some of them twice. Three years and more than "
            "EUR600,000 later, we are told the goalposts have moved,", None),
        (I, "Maarten de Wit", "Krekel would commission an additional clinical study and refile its application in the "
            "spring", None),
        (P, "International Platform of Insects for Food and Feed", "a moving target", None),
        (I, "International Platform of Insects for Food and Feed", "approval times for insect products had averaged "
            "more than four years", None),
        (P, "BEUC", "right to be cautious", None),
        (I, "BEUC", "allergen labelling alone would not protect consumers who did not know they were at risk", None),
        (I, "Hanna Virtanen", "the science was on the authority's side", None),
        (D, "Hanna Virtanen", "Cross-reactivity between insects and shellfish is well documented. It would have been "
            "strange if EFSA had waved this through,", None),
        (D, "Hanna Virtanen", "That said, the agency needs to be much clearer with applicants from the start about what "
            "evidence it wants. Small companies cannot afford to guess.", None),
        (P, "European Commission spokesperson", "take note", None),
        (I, "Krekel Foods", "it had enough funding to continue operating through 2027", None),
    ],
    "actors": [
        actor("European Food Safety Authority", "government", title="EU food safety agency", affiliation="European Union",
              aliases=["European Food Safety Authority", "EFSA"], stance=1),
        actor("Panel on Nutrition, Novel Foods and Food Allergens", "organisation", title="EFSA scientific panel",
              affiliation="European Food Safety Authority",
              aliases=["Panel on Nutrition, Novel Foods and Food Allergens", "NDA", "the opinion"], stance=1),
        actor("Maarten de Wit", "person", title="chief executive", affiliation="Krekel Foods",
              aliases=["Maarten de Wit", "De Wit"], stance=-1),
        actor("International Platform of Insects for Food and Feed", "organisation", title="insect sector trade body",
              affiliation=None, aliases=["International Platform of Insects for Food and Feed", "IPIFF"], stance=-1),
        actor("BEUC", "organisation", title="European consumer organisation", affiliation=None, aliases=["BEUC"],
              stance=1),
        actor("Hanna Virtanen", "person", title="food allergy researcher (Dr)", affiliation="University of Helsinki",
              aliases=["Hanna Virtanen", "Dr Hanna Virtanen", "Virtanen"], stance=0),
        actor("European Commission spokesperson", "person", title="spokesperson (unnamed)",
              affiliation="European Commission", aliases=["European Commission spokesperson"], stance=None),
        actor("Krekel Foods", "organisation", title="insect protein start-up (applicant)", affiliation=None,
              aliases=["Krekel Foods", "Krekel"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Kathmandu Post (Nepal) disaster/infrastructure (a landslide blocks the main highway for a third day),
#    headline and standfirst without speech, "Post Report" byline, dateline "Chitwan, Dec 3 -", straight "
#    and apostrophes, "Dr" without a full stop; department "said A because B" (one span); quote before "said
#    Keshav Raj Adhikari, spokesperson for the department" (three-word name); "Adhikari described the
#    landslide as "..." the department had dealt with ..." (partial only), "He said A, despite ..." (one
#    span); official (title before the name, no comma) "said A and that B" (one span), quote with "Thapa
#    said"; group "Stranded drivers said A"; quote before "said truck driver Bir Bahadur Tamang", then a
#    quote-only paragraph (his quote names "The road department"); scare so-called "four-lane upgrade";
#    geologist "said A, and that B" (one span), "she said"; "According to the National Disaster Risk
#    Reduction and Management Authority, A"; group "Traders in Mugling bazaar said A"; "The Nepal Army said
#    A".
ARTICLES[f"{BATCH}/narayangadh-mugling-landslide-blockade.gold.json"] = {
    "article": f"{BATCH}/narayangadh-mugling-landslide-blockade.txt",
    "target": "Department of Roads",
    "quotes": [
        (I, "Department of Roads", "clearing the debris could take at least four more days because loose rock "
            "continued to fall from the slope above the road", None),
        (D, "Keshav Raj Adhikari", "We have two excavators working from the Mugling side and one from Narayangadh, but "
            "every time we clear a section, more material comes down,", None),
        (P, "Keshav Raj Adhikari", "one of the most difficult", None),
        (I, "Keshav Raj Adhikari", "the department had not received the budget needed to build retaining walls along "
            "the most vulnerable sections, despite requesting it three years ago", None),
        (I, "Rameshwor Thapa", "police had diverted light vehicles via the Hetauda-Narayangadh route and that heavy "
            "goods vehicles had been asked to wait at Mugling and Bharatpur", None),
        (D, "Rameshwor Thapa", "Nobody should try to walk across the debris. We have already rescued two people who "
            "tried,", None),
        (I, "Stranded drivers", "they had been waiting without food or toilets for two days", None),
        (D, "Bir Bahadur Tamang", "I am carrying 12 tonnes of cabbage from Dhading. By the time the road opens, half of "
            "it will be rotten,", None),
        (D, "Bir Bahadur Tamang", "Every monsoon it is the same, and now it is happening in winter too. The road "
            "department only comes after the hill has already fallen.", None),
        (S, None, "four-lane upgrade", None),
        (I, "Sunita Karki", "the widening had cut into the base of slopes that were already unstable, and that the "
            "department had ignored warnings in a 2021 assessment of the section", None),
        (D, "Sunita Karki", "They cut the slope almost vertical and hoped it would stand. Rock does not listen to "
            "hope,", None),
        (I, "National Disaster Risk Reduction and Management Authority", "at least 37 landslides have been recorded "
            "along the highway since June", None),
        (I, "Traders in Mugling bazaar", "business had fallen by more than half since the road closed, with hotels and "
            "restaurants empty", None),
        (I, "Nepal Army", "it had sent a team of 40 soldiers with heavy equipment from Bharatpur to help clear the "
            "debris", None),
    ],
    "actors": [
        actor("Department of Roads", "government", title="roads department", affiliation="Nepal",
              aliases=["Department of Roads", "the department"], stance=0),
        actor("Keshav Raj Adhikari", "person", title="spokesperson", affiliation="Department of Roads",
              aliases=["Keshav Raj Adhikari", "Adhikari"], stance=1),
        actor("Rameshwor Thapa", "person", title="Chief District Officer of Chitwan", affiliation="Chitwan",
              aliases=["Rameshwor Thapa", "Thapa"], stance=None),
        actor("Stranded drivers", "group", title="drivers", affiliation=None, aliases=["Stranded drivers"],
              stance=None),
        actor("Bir Bahadur Tamang", "person", title="truck driver", affiliation=None,
              aliases=["Bir Bahadur Tamang", "Tamang"], stance=-1),
        actor("Sunita Karki", "person", title="geologist (Dr)", affiliation="Tribhuvan University",
              aliases=["Sunita Karki", "Dr Sunita Karki", "Karki"], stance=-1),
        actor("National Disaster Risk Reduction and Management Authority", "government", title="disaster authority",
              affiliation="Nepal", aliases=["National Disaster Risk Reduction and Management Authority"],
              stance=None),
        actor("Traders in Mugling bazaar", "group", title="traders", affiliation=None,
              aliases=["Traders in Mugling bazaar"], stance=None),
        actor("Nepal Army", "government", title="army", affiliation="Nepal", aliases=["Nepal Army"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
