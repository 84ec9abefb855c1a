"""Build the test40 gold files (data/eval/test40/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test40/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test40.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test40"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Global Arbitration Review (legal trade press) courts/arbitration (Switzerland's Federal Supreme Court upholds a
#    Crimea investment treaty award against Russia), headline and standfirst without speech, name and
#    `03 December 2026` lines, curly quotes and apostrophes, British spelling, closing counsel list. `The tribunal
#    ... found that A` (not a cue, as `inspectors found` in dev58); `Russia had argued that A, and that B` (one
#    span, the country as party); `The court rejected both arguments` (act); `it said A`, quote with `the court
#    wrote`; ministry `said in a statement ... that A, which it described as "..."` (indirect plus partial), quote
#    split by `the ministry said`; counsel `said A and that B`, quote split by `she told GAR`; chief executive `said
#    A`, `he said`; Q&A `Asked whether ..., Kovalenko replied: "..."`; scare so-called "anti-arbitration
#    injunctions"; anonymous `A person familiar with ... said A`; content before `, according to a tally by the
#    Ukrainian Arbitration Association`; professor `said A`, `she said`; `declined to comment`.
ARTICLES[f"{BATCH}/swiss-court-upholds-crimea-solar-award.gold.json"] = {
    "article": f"{BATCH}/swiss-court-upholds-crimea-solar-award.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russia", "the treaty could not apply because Tavria Solar\u2019s investments were made in Ukraine rather "
            "than in the territory of the Russian Federation, and that enforcing the award would breach Swiss public "
            "policy", None),
        (I, "Federal Supreme Court", "the relevant question was whether Russia exercised effective control over the "
            "territory at the time of the alleged breach, not when the investment was made", None),
        (D, "Federal Supreme Court", "The temporal scope of the treaty cannot be read so as to leave investors without "
            "protection at precisely the moment when control over the territory changes hands,", None),
        (I, "Ministry of Justice", "it did not recognise the award or the judgment", None),
        (P, "Ministry of Justice", "legally null and politically motivated", None),
        (D, "Ministry of Justice", "The Russian Federation never consented to arbitrate disputes concerning the "
            "territory of the Republic of Crimea, which is an integral part of Russia,", None),
        (D, "Ministry of Justice", "Any attempt to enforce this award against Russian state property will be met with "
            "a proportionate response.", None),
        (I, "Olena Marchuk", "the judgment closed off Russia\u2019s last avenue of challenge at the seat and that her "
            "client would now turn to enforcement", None),
        (D, "Olena Marchuk", "Every court that has looked at this question, in Switzerland, in the Netherlands and "
            "elsewhere, has reached the same answer,", None),
        (D, "Olena Marchuk", "Russia can keep saying it does not recognise these awards. That is not a legal argument.",
            None),
        (I, "Andriy Kovalenko", "the company had waited more than a decade for a result", None),
        (D, "Andriy Kovalenko", "We built those plants with our own money. They were taken from us in one afternoon,",
            None),
        (D, "Andriy Kovalenko", "We are patient. We have been patient for eleven years.", None),
        (S, None, "anti-arbitration injunctions", None),
        (I, "person familiar with the claimant\u2019s enforcement strategy", "Tavria Solar had already applied to "
            "courts in two other European countries for recognition of the award", None),
        (I, "Ukrainian Arbitration Association", "At least 11 investment treaty awards relating to Crimea have been "
            "rendered against Russia since 2018, with a combined value of more than US$10 billion", None),
        (I, "Catherine Aubert-Lenoir", "claimants would still struggle to find Russian assets that were neither "
            "protected by state immunity nor frozen under sanctions", None),
        (D, "Catherine Aubert-Lenoir", "Winning the award is the easy part. Collecting on it is where the real work "
            "begins,", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Russian Federation"], stance=1),
        actor("Federal Supreme Court", "organisation", title="Switzerland's highest court", affiliation="Switzerland",
              aliases=["Federal Supreme Court", "Swiss court"], stance=-1),
        actor("Ministry of Justice", "government", affiliation="Russia", aliases=["Ministry of Justice", "ministry"],
              stance=1),
        actor("Olena Marchuk", "person", title="partner, counsel to Tavria Solar", affiliation="Harcastle Wendt",
              aliases=["Olena Marchuk", "Marchuk"], stance=-1),
        actor("Andriy Kovalenko", "person", title="founder and chief executive", affiliation="Tavria Solar",
              aliases=["Andriy Kovalenko", "Kovalenko"], stance=-1),
        actor("person familiar with the claimant\u2019s enforcement strategy", "person", title="source (anonymous)",
              aliases=["person familiar with the claimant\u2019s enforcement strategy"], stance=None),
        actor("Ukrainian Arbitration Association", "organisation", title="arbitration association",
              affiliation="Ukraine", aliases=["Ukrainian Arbitration Association"], stance=0),
        actor("Catherine Aubert-Lenoir", "person", title="professor of international arbitration",
              affiliation="University of Geneva", aliases=["Catherine Aubert-Lenoir", "Aubert-Lenoir"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Voice of America (VOA) Africa diplomacy/humanitarian (Niger's junta suspends an international medical charity),
#    headline with a straight single fragment `..., citing 'security concerns'`, `By NAME` and `December 01, 2026
#    6:40 PM` lines, dateline `DAKAR, SENEGAL —` running into the lede, straight " and apostrophes, American
#    punctuation inside closing marks, `U.N.`, closing contributor line. Lede `has suspended ..., accusing it of
#    "..." ..., state television reported Monday` (partial only); minister `said A had "..." and that B` (partial
#    plus indirect); participial `published figures saying A`; country director named after the quote (`the group's
#    country director, Hélène Bouchard, told VOA`), quote resumed; `Bouchard said A and had B` (one span); scare
#    so-called "sovereign information," (comma inside); OCHA spokesperson `said the U.N. was "..." by the decision
#    and that B "..."` (two partials); State Department spokesperson `said A and urged Niamey to ...` (indirect;
#    directive not annotated); anonymous resident `told VOA A`, `he said`; researcher `said A, where authorities ...
#    treat ... as "..."` (indirect plus partial, as `said A, which she described as "..."` in dev99), quote split by `Diarra said`; `did not respond to VOA's requests for
#    comment`; the charity `says A`; content before `, according to the U.N. refugee agency, UNHCR`.
ARTICLES[f"{BATCH}/niger-suspends-aid-group-tillaberi.gold.json"] = {
    "article": f"{BATCH}/niger-suspends-aid-group-tillaberi.txt",
    "target": "Niger",
    "quotes": [
        (P, "Niger", "security concerns", None),
        (P, "Niger", "spreading false information", None),
        (P, "Sani Mahaman Laouali", "gone beyond its humanitarian mandate", None),
        (I, "Sani Mahaman Laouali", "its activities in the Tillab\u00e9ri region would be suspended for three months", None),
        (I, "Sahel Health Alliance", "37 civilians, including 12 children, had been treated for gunshot wounds at its "
            "clinics following a military operation near the town of T\u00e9ra", None),
        (D, "H\u00e9l\u00e8ne Bouchard", "The numbers are what our doctors saw. We did not say who fired the shots, and we "
            "have never taken sides,", None),
        (D, "H\u00e9l\u00e8ne Bouchard", "Today, thousands of people in Tillab\u00e9ri have no access to care.", None),
        (I, "H\u00e9l\u00e8ne Bouchard", "the organization had received no written notice of the allegations and had "
            "asked for a meeting with the ministry", None),
        (S, None, "sovereign information,", None),
        (P, "Ngozi Adebayo", "deeply concerned", None),
        (P, "Ngozi Adebayo", "without fear of reprisal.", None),
        (I, "State Department spokesperson", "Washington was following the situation closely", None),
        (I, "resident of T\u00e9ra", "the alliance's clinic in the town had been closed since Saturday, with its staff "
            "sent home", None),
        (D, "resident of T\u00e9ra", "My wife is expecting our fourth child. The nearest hospital is in Tillab\u00e9ri, 180 "
            "kilometers away. Where will she go now?", None),
        (I, "Ousmane Diarra", "the suspension followed a pattern across the region's military-led states", None),
        (P, "Ousmane Diarra", "a matter of national security.", None),
        (D, "Ousmane Diarra", "The governments in Niamey, Bamako and Ouagadougou see information as part of the "
            "battlefield,", None),
        (D, "Ousmane Diarra", "If an NGO publishes a number that contradicts the army, it becomes an enemy.", None),
        (I, "Sahel Health Alliance", "it runs 14 clinics and supports three district hospitals in Tillab\u00e9ri", None),
        (I, "UNHCR", "More than 400,000 people have been displaced in the region by violence linked to groups "
            "affiliated with al-Qaida and the Islamic State", None),
    ],
    "actors": [
        actor("Niger", "country", aliases=["Niger", "Niamey"], stance=1),
        actor("Sani Mahaman Laouali", "person", title="Interior Minister, Brigadier General", affiliation="Niger",
              aliases=["Sani Mahaman Laouali", "Laouali"], stance=1),
        actor("Sahel Health Alliance", "organisation", title="international medical charity",
              aliases=["Sahel Health Alliance"], stance=0),
        actor("H\u00e9l\u00e8ne Bouchard", "person", title="country director", affiliation="Sahel Health Alliance",
              aliases=["H\u00e9l\u00e8ne Bouchard", "Bouchard"], stance=-1),
        actor("Ngozi Adebayo", "person", title="spokesperson",
              affiliation="U.N. Office for the Coordination of Humanitarian Affairs",
              aliases=["Ngozi Adebayo", "Adebayo"], stance=-1),
        actor("State Department spokesperson", "person", title="spokesperson", affiliation="U.S. State Department",
              aliases=["State Department spokesperson"], stance=-1),
        actor("resident of T\u00e9ra", "person", title="resident (anonymous)", aliases=["resident of T\u00e9ra"],
              stance=-1),
        actor("Ousmane Diarra", "person", title="Sahel researcher", affiliation="Institute for Security Studies",
              aliases=["Ousmane Diarra", "Diarra"], stance=-1),
        actor("UNHCR", "organisation", title="U.N. refugee agency", aliases=["UNHCR"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Recharge (NHST renewable energy trade press) offshore wind/business (a Danish developer abandons an
#    Australian offshore wind project), headline without speech, standfirst with a straight single fragment
#    `Danish developer blames ... 'unworkable' auction terms`, `By NAME` and `2 December 2026 6:12 GMT` lines,
#    straight " and apostrophes (`O'Halloran`), `DKK1.1bn ($170m)`, `2GW`, `40%`. The founder shares his name
#    with the company: `Skovgaard told Recharge` is the person, `Skovgaard` in the union's and the analyst's words
#    is the company. Lede participial `saying A and that B "..."` (indirect plus partial); `The company said in a
#    statement ... that A`; quote before `said founder and chief executive Anders Skovgaard`, resumed; `Skovgaard
#    told Recharge A` (the next sentence is the writer's); scare so-called "two-sided" contract; minister `said she
#    was "..." by ... but that B remained "..."` (two partials), then `she said`; Clean Energy Council `said A were
#    "..." and called on ... to ...` (partial; directive); union secretary `said A had been promised a "..."
#    industry and that B had walked away "..."` (two partials); analyst `said A`, quote split by `he said`; content
#    before `, according to the Global Wind Energy Council`.
ARTICLES[f"{BATCH}/skovgaard-exits-gippsland-offshore-wind.gold.json"] = {
    "article": f"{BATCH}/skovgaard-exits-gippsland-offshore-wind.txt",
    "target": "Skovgaard Energy",
    "quotes": [
        (P, "Skovgaard Energy", "unworkable", None),
        (I, "Skovgaard Energy", "costs had risen by more than 40% since it secured a feasibility licence in 2024", None),
        (P, "Skovgaard Energy", "almost all of the risk", None),
        (I, "Skovgaard Energy", "it would hand back the licence to the federal government and write off around "
            "DKK1.1bn ($170m) in development spending", None),
        (D, "Anders Skovgaard", "This was a difficult decision and not one we take lightly,", None),
        (D, "Anders Skovgaard", "We have spent four years and a great deal of money in Gippsland. But we cannot sign a "
            "contract where the price is fixed and every other number keeps moving.", None),
        (I, "Anders Skovgaard", "the group would now concentrate its capital on projects in the Baltic and off Taiwan",
            None),
        (S, None, "two-sided", None),
        (P, "Harriet Nguyen", "disappointed", None),
        (P, "Harriet Nguyen", "absolutely achievable", None),
        (D, "Harriet Nguyen", "We have strong interest from other developers, and we will not be rewriting the rules "
            "to suit any one company,", None),
        (P, "Clean Energy Council", "shared right across the industry", None),
        (P, "Terry O'Halloran", "once-in-a-generation", None),
        (P, "Terry O'Halloran", "the moment it got hard", None),
        (I, "Oskar Dahlberg", "the decision was less about Australia than about capital discipline at a mid-sized "
            "developer with too many projects in its pipeline", None),
        (D, "Oskar Dahlberg", "Skovgaard had to choose where to put its money, and Australia is the market where it had "
            "the least certainty,", None),
        (D, "Oskar Dahlberg", "I would not be surprised to see one or two more exits before the auction closes.", None),
        (I, "Global Wind Energy Council", "Offshore wind projects with a combined capacity of more than 18GW have been "
            "cancelled or shelved worldwide since the start of 2023", None),
    ],
    "actors": [
        actor("Skovgaard Energy", "organisation", title="offshore wind developer", affiliation="Denmark",
              aliases=["Skovgaard Energy", "Danish developer", "The company"], stance=1),
        actor("Anders Skovgaard", "person", title="founder and chief executive", affiliation="Skovgaard Energy",
              aliases=["Anders Skovgaard", "Skovgaard"], stance=1),
        actor("Harriet Nguyen", "person", title="Victorian Energy Minister", affiliation="Victoria",
              aliases=["Harriet Nguyen", "Nguyen"], stance=-1),
        actor("Clean Energy Council", "organisation", title="industry body", aliases=["Clean Energy Council"],
              stance=1),
        actor("Terry O'Halloran", "person", title="Victorian branch secretary",
              affiliation="Maritime Union of Australia", aliases=["Terry O'Halloran", "O'Halloran"], stance=-1),
        actor("Oskar Dahlberg", "person", title="senior analyst", affiliation="Rystad Energy",
              aliases=["Oskar Dahlberg", "Dahlberg"], stance=0),
        actor("Global Wind Energy Council", "organisation", title="industry body",
              aliases=["Global Wind Energy Council"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. SABC News (South Africa's public broadcaster) provincial politics/education (scholar transport collapses and
#    the Education MEC faces calls to resign), headline without speech, byline and `Wednesday, 2 December 2026
#    17:45` lines, straight " and apostrophes, South African usage (`learners`, `MEC`, `14 000`), present-tense
#    `says` throughout, quotes with `says NAME` after them, closing `Below is a related video:` line. Department
#    `says A, and that B` (one span); MEC `says A and B` (one span), quote with `says Sityebi`, `She says A and that
#    B` (one span); party `says Sityebi has "..."` (partial only); DA spokesperson `says the MEC has been "..." for
#    two years, and that B` (partial plus indirect), quote with `asks Van der Walt`; parent `says A`, `says Mbali`;
#    principal Lucky Ntsebeza `says A`, `he says`; union `says learners cannot be "..." in ...` (partial only); ANC
#    `says A and that B`; Office of the Premier `says A`; scare so-called "learner-first" plan (`set a target of
#    ...`, no speech).
ARTICLES[f"{BATCH}/eastern-cape-scholar-transport-mec.gold.json"] = {
    "article": f"{BATCH}/eastern-cape-scholar-transport-mec.txt",
    "target": "Nomakhaya Sityebi",
    "quotes": [
        (I, "Department of Transport", "operators have not been paid since September because of a dispute over "
            "invoices, and that 212 routes remain suspended", None),
        (I, "Nomakhaya Sityebi", "the Education Department transferred the money in October and the delays lie with "
            "the transport department's verification process", None),
        (D, "Nomakhaya Sityebi", "I understand the anger of parents. I am a parent myself. But I will not resign over "
            "a problem that my department did not create,", None),
        (I, "Nomakhaya Sityebi", "she has asked the Premier to intervene and that buses will be back on the roads by "
            "Monday", None),
        (P, "Democratic Alliance", "lost all credibility", None),
        (P, "Marike van der Walt", "passing the buck", None),
        (I, "Marike van der Walt", "learners are paying the price", None),
        (D, "Marike van der Walt", "Children are walking 10 kilometres to write exams. Some of them have simply stopped "
            "going. Who is going to answer for that?", None),
        (I, "Nosipho Mbali", "her two children leave home at 4am to walk to school", None),
        (D, "Nosipho Mbali", "When it rains, they arrive wet and they cannot concentrate. The MEC must come here and see "
            "for herself,", None),
        (I, "Lucky Ntsebeza", "only 40 of the school's 130 matric candidates arrived in time for Tuesday's Physical "
            "Sciences paper", None),
        (D, "Lucky Ntsebeza", "We don't care whose fault it is. We need the buses,", None),
        (P, "South African Democratic Teachers' Union", "collateral damage", None),
        (I, "ANC", "it has full confidence in the MEC and that the problem is being resolved", None),
        (I, "Office of the Premier", "a task team made up of officials from both departments will report back by "
            "Friday", None),
        (S, None, "learner-first", None),
    ],
    "actors": [
        actor("Department of Transport", "government", affiliation="Eastern Cape provincial government",
              aliases=["Department of Transport"], stance=None),
        actor("Nomakhaya Sityebi", "person", title="Eastern Cape Education MEC", affiliation="ANC",
              aliases=["Nomakhaya Sityebi", "Sityebi", "MEC"], stance=1),
        actor("Democratic Alliance", "organisation", title="opposition party (provincial legislature)",
              aliases=["Democratic Alliance", "DA"], stance=-1),
        actor("Marike van der Walt", "person", title="education spokesperson", affiliation="Democratic Alliance",
              aliases=["Marike van der Walt", "Van der Walt"], stance=-1),
        actor("Nosipho Mbali", "person", title="parent", affiliation="Ngqeleni", aliases=["Nosipho Mbali", "Mbali"],
              stance=-1),
        actor("Lucky Ntsebeza", "person", title="principal", affiliation="Mqanduli Senior Secondary School",
              aliases=["Lucky Ntsebeza", "Ntsebeza"], stance=0),
        actor("South African Democratic Teachers' Union", "organisation", title="teachers' union",
              aliases=["South African Democratic Teachers' Union", "SADTU"], stance=0),
        actor("ANC", "organisation", title="governing party in the Eastern Cape", aliases=["ANC"], stance=1),
        actor("Office of the Premier", "government", affiliation="Eastern Cape provincial government",
              aliases=["Office of the Premier"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
