"""Build the dev191 gold files (data/eval/dev191/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev191/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev191.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev191"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kaniva Tonga News sport (the national rugby league body moves a home test to Auckland), headline without
#    speech, outlet and date lines, straight " and apostrophes, Tongan ʻokina (U+02BB) in names (Nukuʻalofa,
#    Mate Maʻa Tonga); lede "has confirmed A" (no "that"); the league's Facebook statement "said A", then a
#    quote with "the statement said" (the league); chief executive "told Kaniva News A", split quote
#    "“...,” he said, “and ...”" (second stretch lower-case); "The announcement was met with anger" (not
#    speech); quote before "said Viliami Fifita, 41, ..."; "Fifita said A"; former captain "called the move
#    "..." for local fans and said the board had "..."" (two partials); minister "told Parliament ... that
#    A", "He said A", quote with "he said"; scare so-called "Sea of Red"; "Critics at home say A" (group);
#    captain "said A but supported ..." (one span), quote with "Latu told Kaniva News"; "Taufa said A".
ARTICLES[f"{BATCH}/tonga-test-moved-to-auckland.gold.json"] = {
    "article": f"{BATCH}/tonga-test-moved-to-auckland.txt",
    "target": "Tonga National Rugby League",
    "quotes": [
        (I, "Tonga National Rugby League", "next year's home test against Samoa will be played at Auckland's Mt "
            "Smart Stadium instead of Teufaiva Stadium in Nukuʻalofa", None),
        (I, "Tonga National Rugby League", "the decision was made after an inspection found the stadium's lighting "
            "and drainage did not meet the standards required for international matches", None),
        (D, "Tonga National Rugby League", "We know how much our fans in Tonga wanted to see Mate Maʻa Tonga play at "
            "home. This was not an easy decision, but we could not risk losing the fixture altogether,", None),
        (I, "Sione Taufa", "the board had hoped to bring a test home for the first time in years", None),
        (D, "Sione Taufa", "The government has promised to upgrade Teufaiva,", None),
        (D, "Sione Taufa", "and when that work is done we will be the first to bring the team back. But the Pacific "
            "Championship has rules and we have to follow them.", None),
        (D, "Viliami Fifita", "The Auckland crowd is mostly Tongans anyway, but what about our people here who cannot "
            "afford a plane ticket? This is our national team,", None),
        (I, "Viliami Fifita", "he had watched every Tonga test on television since 2017 and had saved money to take "
            "his two sons to Teufaiva", None),
        (P, "Siosaia Moala", "heartbreaking", None),
        (P, "Siosaia Moala", "given up too easily", None),
        (I, "Lose Vaipulu", "the government had set aside TOP$3.2 million for the stadium upgrade, which would begin "
            "in March", None),
        (I, "Lose Vaipulu", "the TNRL had not asked the government for help before making its decision", None),
        (D, "Lose Vaipulu", "If they had come to us in October, we could have found a way. Our people deserve to see "
            "their team,", None),
        (S, None, "Sea of Red", None),
        (I, "Critics at home", "the league has come to depend on the diaspora for ticket sales", None),
        (I, "Tevita Latu", "the players were disappointed but supported the board", None),
        (D, "Tevita Latu", "Wherever we play, we play for Tonga. The boys will give everything, in Auckland or in "
            "Nukuʻalofa,", None),
        (I, "Sione Taufa", "the TNRL would organise a public training session and a fan day in Nukuʻalofa before the "
            "team leaves for Auckland", None),
    ],
    "actors": [
        actor("Tonga National Rugby League", "organisation", title="national rugby league body", affiliation="Tonga",
              aliases=["Tonga National Rugby League", "TNRL"], stance=1),
        actor("Sione Taufa", "person", title="chief executive", affiliation="Tonga National Rugby League",
              aliases=["Sione Taufa", "Taufa"], stance=1),
        actor("Viliami Fifita", "person", title="fan, bus driver, 41", affiliation=None,
              aliases=["Viliami Fifita", "Fifita"], stance=-1),
        actor("Siosaia Moala", "person", title="former Tonga captain", affiliation=None,
              aliases=["Siosaia Moala", "Moala"], stance=-1),
        actor("Lose Vaipulu", "person", title="Minister for Sport (Hon.)", affiliation="Tonga government",
              aliases=["Lose Vaipulu", "Vaipulu"], stance=-1),
        actor("Critics at home", "group", title="critics", affiliation="Tonga", aliases=["Critics at home"],
              stance=-1),
        actor("Tevita Latu", "person", title="captain", affiliation="Mate Maʻa Tonga",
              aliases=["Tevita Latu", "Latu"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Law Gazette (UK legal trade press) regulation/courts (a City firm fined for AML failures), headline with a
#    straight single fragment "Tribunal fines City firm £250k over 'persistent' ..." (speaker the tribunal,
#    which the headline names), byline and date lines, British straight single quotes '...' for every quote
#    with apostrophes inside (tribunal's) and outside (firm's, society); the SDT's judgment "said the firm's
#    failures were '...' and had exposed it to a '...' of ..." (two partials); "The tribunal said A, and that
#    B" (one span); "The SRA said A ..., and that B" (one span); SRA spokesperson "said: '...'"; scare
#    so-called 'priority risks'; the firm's statement "said it '...' the failings, which it said related to
#    '...'" (two partials); managing partner "said: '...` open at the end of its line, then "'...,' she
#    added, 'but ...'" (three directs); practitioner "said A and would '...' ..." (indirect plus partial),
#    quote with "he said"; Law Society spokesperson "said A and that B" (one span).
ARTICLES[f"{BATCH}/harcastle-lowe-aml-fine.gold.json"] = {
    "article": f"{BATCH}/harcastle-lowe-aml-fine.txt",
    "target": "Harcastle Lowe LLP",
    "quotes": [
        (P, "Solicitors Disciplinary Tribunal", "persistent", "Tribunal fines"),
        (P, "Solicitors Disciplinary Tribunal", "serious and persistent", None),
        (P, "Solicitors Disciplinary Tribunal", "real and obvious risk", None),
        (I, "Solicitors Disciplinary Tribunal", "there was no evidence that any partner had knowingly assisted a "
            "client to launder money, and that the firm had co-operated fully with the investigation", None),
        (I, "Solicitors Regulation Authority", "the firm had no firm-wide risk assessment in place between 2019 and "
            "2023, as required by the money laundering regulations, and that fee earners had opened files for "
            "high-risk clients without checks being signed off by its compliance team", None),
        (D, "SRA spokesperson", "Firms have had clear rules on money laundering for years. Those that fail to follow "
            "them, whatever their size, can expect to face the consequences.", None),
        (S, None, "priority risks", None),
        (P, "Harcastle Lowe LLP", "deeply regretted", None),
        (P, "Harcastle Lowe LLP", "historic systems", None),
        (D, "Fiona Carrick", "We have invested heavily in compliance over the last three years and we are a very "
            "different firm today. We accept the tribunal's findings in full.", None),
        (D, "Fiona Carrick", "Nobody at this firm set out to break the rules,", None),
        (D, "Fiona Carrick", "but good intentions are not a defence, and we understand that.", None),
        (I, "Daniel Osei", "the fine was the largest imposed by the tribunal on a firm for AML failures", None),
        (P, "Daniel Osei", "focus minds", None),
        (D, "Daniel Osei", "Two years ago a fine of this size would have been unthinkable. The SRA is clearly trying "
            "to send a message,", None),
        (I, "Law Society spokesperson", "the vast majority of firms took their AML obligations seriously and that the "
            "society would continue to provide guidance and training to members", None),
    ],
    "actors": [
        actor("Solicitors Disciplinary Tribunal", "organisation", title="disciplinary tribunal", affiliation=None,
              aliases=["Solicitors Disciplinary Tribunal", "SDT", "Tribunal", "the tribunal"], stance=-1),
        actor("Solicitors Regulation Authority", "organisation", title="regulator", affiliation=None,
              aliases=["Solicitors Regulation Authority", "SRA", "The regulator"], stance=-1),
        actor("SRA spokesperson", "person", title="spokesperson", affiliation="Solicitors Regulation Authority",
              aliases=["SRA spokesperson"], stance=-1),
        actor("Harcastle Lowe LLP", "organisation", title="law firm", affiliation=None,
              aliases=["Harcastle Lowe LLP", "Harcastle Lowe"], stance=0),
        actor("Fiona Carrick", "person", title="managing partner", affiliation="Harcastle Lowe LLP",
              aliases=["Fiona Carrick", "Carrick"], stance=0),
        actor("Daniel Osei", "person", title="partner specialising in financial crime", affiliation="Birchall Grey",
              aliases=["Daniel Osei", "Osei"], stance=None),
        actor("Law Society spokesperson", "person", title="spokesperson", affiliation="Law Society",
              aliases=["Law Society spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Newsroom Panama local/utility (water cuts in San Miguelito), headline "..., says IDAAN" without quote
#    marks, outlet and "Monday, December 7, 2026" lines, straight " with US punctuation, Spanish names and
#    accents (Transístmica, Defensoría del Pueblo); lede content before "the National Institute of Aqueducts
#    and Sewers (IDAAN) said"; "The institute said A"; director "told reporters that crews were working "..."
#    and that B" (partial plus indirect), quote with "Castillo said"; "demanding a permanent solution"
#    (directive); quote before "said Yaneth Moreno, a 38-year-old mother ..."; "Residents said A" (group);
#    scare so-called "tanker business"; Ombudsman "said A and called the situation "..."" (indirect plus
#    partial, period inside); deputy "said IDAAN had become "..." for ..." (partial only), quote with "she
#    said during ..."; "According to the Panama Canal Authority (ACP), A"; engineer "said A", quote with "he
#    said"; the government's plan "unveiled in October" (not speech).
ARTICLES[f"{BATCH}/idaan-san-miguelito-water-cuts.gold.json"] = {
    "article": f"{BATCH}/idaan-san-miguelito-water-cuts.txt",
    "target": "IDAAN",
    "quotes": [
        (I, "IDAAN", "Residents of San Miguelito and parts of Panama North will continue to face daily water cuts "
            "until at least mid-January", None),
        (I, "IDAAN", "the Chilibre water treatment plant, which supplies most of the capital, was operating at 70 "
            "percent of capacity because of repairs to a main pumping station and low levels in Lake Alajuela after a "
            "dry end to the rainy season", None),
        (P, "Rogelio Castillo", "around the clock", None),
        (I, "Rogelio Castillo", "tanker trucks would deliver water to schools and health centers in the affected "
            "areas", None),
        (D, "Rogelio Castillo", "We understand the frustration of the people. Nobody wants to wake up without water. "
            "But this pump station is 50 years old, and we are paying for decades without investment,", None),
        (D, "Yaneth Moreno", "Three weeks without water from the tap. We buy bottles, we carry buckets up four floors. "
            "And they still send us the bill,", None),
        (I, "Residents", "the tanker trucks came irregularly and often ran out before everyone had filled their "
            "containers", None),
        (S, None, "tanker business", None),
        (I, "Ombudsman's Office", "it had received more than 400 complaints about the water supply in November", None),
        (P, "Ombudsman's Office", "unacceptable in a country that sells its water to the world's ships.", None),
        (P, "Marisol Quintero", "a bottomless pit", None),
        (D, "Marisol Quintero", "Every government promises to fix IDAAN, and every government leaves it worse than it "
            "found it,", None),
        (I, "Panama Canal Authority", "Lake Alajuela stood at 246 feet on Sunday, about four feet below its average "
            "level for December", None),
        (I, "Ricardo Aparicio", "the institute lost about 40 percent of the water it treated through leaks and illegal "
            "connections", None),
        (D, "Ricardo Aparicio", "The problem is not only the pump. You can produce all the water you want, but if half "
            "of it disappears underground, the people at the end of the line will always go dry,", None),
    ],
    "actors": [
        actor("IDAAN", "government", title="state water utility", affiliation="Panama",
              aliases=["IDAAN", "National Institute of Aqueducts and Sewers", "The institute"], stance=1),
        actor("Rogelio Castillo", "person", title="executive director", affiliation="IDAAN",
              aliases=["Rogelio Castillo", "Castillo"], stance=1),
        actor("Yaneth Moreno", "person", title="resident, mother, 38", affiliation=None,
              aliases=["Yaneth Moreno", "Moreno"], stance=-1),
        actor("Residents", "group", title="residents", affiliation="San Miguelito", aliases=["Residents"], stance=-1),
        actor("Ombudsman's Office", "government", title="ombudsman", affiliation="Panama",
              aliases=["Ombudsman's Office", "Defensoría del Pueblo"], stance=-1),
        actor("Marisol Quintero", "person", title="independent deputy for San Miguelito",
              affiliation="National Assembly", aliases=["Marisol Quintero", "Quintero"], stance=-1),
        actor("Panama Canal Authority", "government", title="canal authority", affiliation="Panama",
              aliases=["Panama Canal Authority", "ACP"], stance=None),
        actor("Ricardo Aparicio", "person", title="civil engineer, former IDAAN board member", affiliation=None,
              aliases=["Ricardo Aparicio", "Aparicio"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Doha News culture/heritage (Qatar Museums plans to move a dhow yard), headline without speech, "Doha News
#    Team" and date lines, curly “ ” with ’ and British punctuation; lede "a move that craftsmen say will turn
#    ... into “...”" (partial, group); QM's statement "said the new site would give the builders “...” and that
#    B" (partial plus indirect), then a quote with "the statement said" (QM); scare so-called “Pearl Coast”;
#    master builder "said A", quote with "he told Doha News, speaking in Arabic through a relative", then a
#    quote-only paragraph; carpenter "said A", quote with "he said"; historian "described the yard as “...”
#    and said A" (partial plus indirect); hashtag (not speech); council member "said A and that residents
#    wanted the yard to stay “...”" (indirect plus partial only for the second clause); anonymous QM official
#    (singular "they") "said A and that B" (one span), quote with "the official said".
ARTICLES[f"{BATCH}/al-khor-dhow-yard-relocation.gold.json"] = {
    "article": f"{BATCH}/al-khor-dhow-yard-relocation.txt",
    "target": "Qatar Museums",
    "quotes": [
        (P, "craftsmen", "a museum exhibit", None),
        (P, "Qatar Museums", "modern workshops, proper shade and a steady stream of visitors", None),
        (I, "Qatar Museums", "construction would begin in the second quarter of 2027", None),
        (D, "Qatar Museums", "Our aim is to protect this craft for the next generation, not to freeze it. The builders "
            "will keep building boats, and more people than ever will see them do it,", None),
        (S, None, "Pearl Coast", None),
        (I, "Khalifa Al Suwaidi", "the craft could not survive away from the sea", None),
        (D, "Khalifa Al Suwaidi", "A dhow is born next to the water. You cannot build it in a car park and carry it to "
            "the sea on a truck,", None),
        (D, "Khalifa Al Suwaidi", "My father built here and his father built here. If they move us, this will be the "
            "last generation.", None),
        (I, "Rajan Nair", "the workers had not been told whether they would keep their jobs after the move", None),
        (D, "Rajan Nair", "We heard about Lusail from a customer, not from anyone in charge,", None),
        (P, "Maryam Al Mannai", "one of the very few places in the Gulf where this knowledge is still passed on by "
            "hand", None),
        (I, "Maryam Al Mannai", "the plan, though well meant, risked emptying the craft of its meaning", None),
        (I, "Mohammed Al Marri", "he would raise the matter at the council’s next session", None),
        (P, "Mohammed Al Marri", "where it has always been", None),
        (I, "QM official", "the workers would be offered the same jobs in Lusail and that transport from Al Khor "
            "would be provided", None),
        (D, "QM official", "Nobody is losing their job. We want them there more than anyone,", None),
    ],
    "actors": [
        actor("craftsmen", "group", title="dhow craftsmen", affiliation="Al Khor", aliases=["craftsmen"], stance=-1),
        actor("Qatar Museums", "government", title="state museums authority", affiliation="Qatar",
              aliases=["Qatar Museums", "QM"], stance=1),
        actor("Khalifa Al Suwaidi", "person", title="master dhow builder, 71", affiliation=None,
              aliases=["Khalifa Al Suwaidi", "Al Suwaidi"], stance=-1),
        actor("Rajan Nair", "person", title="carpenter, 58", affiliation=None, aliases=["Rajan Nair", "Nair"],
              stance=-1),
        actor("Maryam Al Mannai", "person", title="maritime historian (Dr)", affiliation="Qatar University",
              aliases=["Maryam Al Mannai", "Al Mannai", "Dr Maryam Al Mannai"], stance=-1),
        actor("Mohammed Al Marri", "person", title="Central Municipal Council member for Al Khor",
              affiliation="Central Municipal Council", aliases=["Mohammed Al Marri", "Al Marri"], stance=-1),
        actor("QM official", "person", title="official (anonymous)", affiliation="Qatar Museums",
              aliases=["QM official", "the official"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
