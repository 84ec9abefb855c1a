"""Build the test84 gold files (data/eval/test84/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test84/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test84.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test84"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Breaking Defense (Russia claims its first Su-57E export delivery), headline and standfirst without
#    speech, byline-and-time line, "WASHINGTON —" dateline, curly quotes and apostrophes. Lede content
#    before "state arms exporter Rosoboronexport said Thursday"; "Rosoboronexport said the aircraft had been
#    delivered "...," but did not name ..." (partial only; negated speech not annotated); deputy director
#    general "told ... TASS that the export order book ... had "..." this year and that B" (partial plus
#    indirect), quote with "Savrasov said"; scare "fifth-generation" label; Pentagon spokesperson "said the
#    department was "..." and that it would not comment ..." (partial plus indirect); anonymous State
#    Department official quote with "the official told Breaking Defense on condition of anonymity", "The
#    official said ... "..."" (partial only); IISS fellow "said A", quote split by "he said"; CNA researcher
#    "calling the Su-57 "..."" (partial), quote split by "she said in an interview"; Ukrainian Air Force
#    spokesperson "said on Telegram that A", quote with "he wrote"; closing content before "according to
#    TASS". "has repeatedly claimed successes" is not annotated (no reported clause).
ARTICLES[f"{BATCH}/su57e-export-delivery-russia.gold.json"] = {
    "article": f"{BATCH}/su57e-export-delivery-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rosoboronexport", "Russia has handed over the first batch of Su-57E fighters to a foreign customer", None),
        (P, "Rosoboronexport", "on schedule and in full compliance with the contract,", None),
        (P, "Oleg Savrasov", "more than doubled", None),
        (I, "Oleg Savrasov", "several countries in Africa and Asia were in talks about the aircraft", None),
        (D, "Oleg Savrasov", "The Su-57E has proven itself in real combat conditions. No Western fighter on the export "
            "market can say the same,", None),
        (S, None, "fifth-generation", None),
        (P, "Karen Whitfield", "aware of the reports", None),
        (I, "Karen Whitfield", "it would not comment on intelligence matters", None),
        (D, "State Department official", "Any government that takes delivery of these aircraft should expect a very "
            "serious conversation with Washington about sanctions,", None),
        (P, "State Department official", "remains fully in force.", None),
        (I, "Henrik Solberg", "Russia had delivered fewer than 40 serial-production Su-57s to its own air force since "
            "2020, well short of the 76 ordered", None),
        (D, "Henrik Solberg", "Exporting jets you can\u2019t build fast enough for yourself is a political decision, not "
            "an industrial one,", None),
        (D, "Henrik Solberg", "It tells you Moscow values the headline and the hard currency more than its own force "
            "structure.", None),
        (P, "Rachel Sokolova", "a genuinely capable aircraft", None),
        (D, "Rachel Sokolova", "People in the West like to dismiss it, and that is a mistake,", None),
        (D, "Rachel Sokolova", "But the sanctions have hit avionics and engine production hard, and a foreign customer "
            "will notice that in spare parts before anything else.", None),
        (I, "Mykola Ivanchuk", "Ukrainian drones had damaged at least two Su-57s on the ground at Russian airbases in 2024 "
            "and 2025", None),
        (D, "Mykola Ivanchuk", "They are not invisible to us, and they are not invincible,", None),
        (I, "TASS", "Rosoboronexport plans to display the Su-57E at the Dubai Airshow next year", None),
    ],
    "actors": [
        actor("Rosoboronexport", "organisation", title="state arms exporter", affiliation="Russia",
              aliases=["Rosoboronexport"], stance=1),
        actor("Oleg Savrasov", "person", title="deputy director general", affiliation="Rosoboronexport",
              aliases=["Oleg Savrasov", "Savrasov"], stance=1),
        actor("Karen Whitfield", "person", title="Pentagon spokesperson", affiliation="Pentagon",
              aliases=["Karen Whitfield", "Whitfield"], stance=None),
        actor("State Department official", "person", title="official (anonymous)", affiliation="State Department",
              aliases=["State Department official"], stance=-1),
        actor("Henrik Solberg", "person", title="senior fellow for military aerospace",
              affiliation="International Institute for Strategic Studies", aliases=["Henrik Solberg", "Solberg"],
              stance=-1),
        actor("Rachel Sokolova", "person", title="Russia defense researcher", affiliation="CNA",
              aliases=["Rachel Sokolova", "Sokolova"], stance=0),
        actor("Mykola Ivanchuk", "person", title="Ukrainian Air Force spokesperson", affiliation="Ukraine",
              aliases=["Mykola Ivanchuk", "Ivanchuk"], stance=-1),
        actor("TASS", "organisation", title="state news agency", affiliation="Russia", aliases=["TASS"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Edition.mv (Maldives) economy/diplomacy (India rolls over a treasury bill), headline without speech,
#    byline, "Malé, 2 December 2026" line, straight " and apostrophes, "USD 300 million". Lede content before
#    "the Finance Ministry said on Wednesday"; ministry "said the rollover had been approved on "..." and
#    thanked the Government of India for its "..."" (two partials; the clause holding the first fragment
#    is not indirect; "thanked" is an act); minister "said A and that the rollover was a routine arrangement
#    between "..."" (indirect plus partial), quote with "the minister said", Q&A "Asked whether ..., Rasheed
#    replied: "...""; High Commission "said in a press release that the decision reflected New Delhi's
#    "..." policy and its commitment to the "..."" (two partials); content before "according to figures
#    published by the High Commission"; MDP "said the government had "..." only months after ..." (partial
#    only); spokesperson quote with a nested single 'India Out' before "told Edition.mv", "He said A";
#    economist "said A but warned that B" (two indirects), quote split by "she said"; anonymous MMA official
#    "said the central bank had been "..." to ..." (partial only); Chinese embassy spokesperson "said China
#    was "..." discussions ..." (partial only). Not annotated: Fitch's 2024 cut ("citing" is not a cue).
ARTICLES[f"{BATCH}/india-currency-swap-maldives.gold.json"] = {
    "article": f"{BATCH}/india-currency-swap-maldives.txt",
    "target": "India",
    "quotes": [
        (I, "Finance Ministry", "India has agreed to roll over a USD 300 million treasury bill held by the State Bank of "
            "India for another year, giving the Maldives breathing room as usable foreign reserves fell below USD 180 "
            "million last month", None),
        (P, "Finance Ministry", "concessional terms", None),
        (P, "Finance Ministry", "timely and generous support", None),
        (I, "Ibrahim Fayaz Rasheed", "the government had not asked for new loans", None),
        (P, "Ibrahim Fayaz Rasheed", "two close neighbours", None),
        (D, "Ibrahim Fayaz Rasheed", "There is no crisis. We have a plan to bring our debt under control, and our "
            "partners have confidence in that plan,", None),
        (D, "Ibrahim Fayaz Rasheed", "None whatsoever. India has never asked us for anything in return, and we would not "
            "accept such a thing.", None),
        (P, "High Commission of India", "Neighbourhood First", None),
        (P, "High Commission of India", "economic stability and prosperity of the people of Maldives", None),
        (I, "High Commission of India", "India has extended more than USD 1.4 billion in credit lines, swaps and grants "
            "to the Maldives since 2023", None),
        (P, "Maldivian Democratic Party", "run to New Delhi", None),
        (D, "Mohamed Ikram Ali", "The same people who shouted 'India Out' are now queuing for Indian money. They owe the "
            "public an apology,", None),
        (I, "Mohamed Ikram Ali", "the party would submit a motion to Parliament's Budget Committee seeking the full terms "
            "of the agreement", None),
        (I, "Fathmath Nizla", "the rollover was welcome", None),
        (I, "Fathmath Nizla", "it only postponed the problem", None),
        (D, "Fathmath Nizla", "A rollover buys time. It does not earn dollars,", None),
        (D, "Fathmath Nizla", "Without real cuts to subsidies and state-owned enterprise losses, we will be back here "
            "next December.", None),
        (P, "official at the MMA", "very close", None),
        (P, "Chinese embassy spokesperson", "ready to continue", None),
    ],
    "actors": [
        actor("Finance Ministry", "government", title="finance ministry", affiliation="Maldives",
              aliases=["Finance Ministry"], stance=1),
        actor("Ibrahim Fayaz Rasheed", "person", title="Finance Minister", affiliation="Maldives",
              aliases=["Ibrahim Fayaz Rasheed", "Rasheed"], stance=1),
        actor("High Commission of India", "government", title="diplomatic mission", affiliation="India",
              aliases=["High Commission of India", "High Commission"], stance=1),
        actor("Maldivian Democratic Party", "organisation", title="opposition party",
              aliases=["Maldivian Democratic Party", "MDP"], stance=None),
        actor("Mohamed Ikram Ali", "person", title="MDP spokesperson", affiliation="Maldivian Democratic Party",
              aliases=["Mohamed Ikram Ali", "Ali"], stance=None),
        actor("Fathmath Nizla", "person", title="economist, former deputy governor",
              affiliation="Maldives Monetary Authority", aliases=["Fathmath Nizla", "Nizla"], stance=0),
        actor("official at the MMA", "person", title="central bank official (anonymous)",
              affiliation="Maldives Monetary Authority", aliases=["official at the MMA"], stance=None),
        actor("Chinese embassy spokesperson", "person", title="embassy spokesperson", affiliation="China",
              aliases=["Chinese embassy spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cape Breton Post labour (a seafood company closes a processing plant), headline without speech,
#    "Greg MacIsaac · Cape Breton Post" and "Published Dec 03, 2026 · 3 minute read" lines, "LOUISBOURG —"
#    dateline, straight " and apostrophes. Lede content before "the Halifax-based company confirmed
#    Wednesday"; company "said the decision followed "..." at the plant and that B" (partial plus
#    indirect); CEO quote split by "president and CEO Paul Doucette said in the statement", "He said A and
#    that B" (one span); union local president "said A", "She called the offer ... "..." for ..."
#    (partial), quote with "Boudreau said"; worker Donnie MacNeil "said A", quote with "he said outside
#    ..."; MLA Joanne MacNeil ("no relation") "said A but that B" (one span), quote with "MacNeil said" (the
#    MLA); mayor "described the closure as "..." for ..." (partial only), quote with "Gillis said"; scare
#    "summer-only" reputation; content before "according to the Nova Scotia Fish Packers Association";
#    closing "Boudreau said A". "The company did not say ..." (negated) is not annotated.
ARTICLES[f"{BATCH}/louisbourg-plant-closure-cabot.gold.json"] = {
    "article": f"{BATCH}/louisbourg-plant-closure-cabot.txt",
    "target": "Cabot Seafoods",
    "quotes": [
        (I, "Cabot Seafoods", "About 140 seasonal workers will lose their jobs when Cabot Seafoods closes its snow crab "
            "and lobster processing plant here at the end of the month", None),
        (P, "Cabot Seafoods", "three consecutive years of losses", None),
        (I, "Cabot Seafoods", "processing would be consolidated at its larger facility in Arichat", None),
        (D, "Paul Doucette", "This was the most difficult decision our family has made in 40 years of business,", None),
        (D, "Paul Doucette", "We looked at every option to keep Louisbourg open.", None),
        (I, "Paul Doucette", "all employees would receive severance above the legal minimum and that the company would "
            "help workers apply for positions in Arichat, about 90 kilometres away", None),
        (I, "Rita Boudreau", "workers learned of the closure from a two-paragraph letter handed out at the end of "
            "Tuesday's shift", None),
        (P, "Rita Boudreau", "a slap in the face", None),
        (D, "Rita Boudreau", "These are people who've worked the line for 25, 30 years. Some of them walk to work. Now "
            "they're being told to drive an hour and a half each way, in January, on those roads,", None),
        (I, "Donnie MacNeil", "he had worked at the plant every season since 1991, starting as a teenager unloading "
            "boats", None),
        (D, "Donnie MacNeil", "My mother worked there. My wife worked there. I don't know what this town is without it,",
            None),
        (I, "Joanne MacNeil", "the province had offered the company help through its seafood innovation fund but that "
            "the offer was turned down", None),
        (D, "Joanne MacNeil", "I'm disappointed, but I'm not going to stand here and pretend the company had an easy "
            "choice. The market for crab has been brutal,", None),
        (P, "Kevin Gillis", "a body blow", None),
        (D, "Kevin Gillis", "When you lose the plant, you lose the young families, and then you lose the school. We've "
            "seen that movie before in this part of the island,", None),
        (S, None, "summer-only", None),
        (I, "Nova Scotia Fish Packers Association", "At least six seafood processing plants in Nova Scotia have closed or "
            "changed hands since 2023", None),
        (I, "Rita Boudreau", "the union would meet with the company next week to negotiate the terms of severance and "
            "recall rights at Arichat", None),
    ],
    "actors": [
        actor("Cabot Seafoods", "organisation", title="seafood processor", aliases=["Cabot Seafoods"], stance=1),
        actor("Paul Doucette", "person", title="president and CEO", affiliation="Cabot Seafoods",
              aliases=["Paul Doucette", "Doucette"], stance=1),
        actor("Rita Boudreau", "person", title="local president", affiliation="Unifor Local 2217",
              aliases=["Rita Boudreau", "Boudreau"], stance=-1),
        actor("Donnie MacNeil", "person", title="plant worker", affiliation="Louisbourg",
              aliases=["Donnie MacNeil", "MacNeil"], stance=-1),
        actor("Joanne MacNeil", "person", title="MLA", affiliation="Progressive Conservative",
              aliases=["Joanne MacNeil", "MacNeil"], stance=0),
        actor("Kevin Gillis", "person", title="Mayor", affiliation="Cape Breton Regional Municipality",
              aliases=["Kevin Gillis", "Gillis"], stance=-1),
        actor("Nova Scotia Fish Packers Association", "organisation", title="industry association",
              aliases=["Nova Scotia Fish Packers Association"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Kerryman courts (a former GAA club treasurer admits stealing club funds), headline with a curly
#    single fragment ‘deeply ashamed’ (partial for the former treasurer the headline names), standfirst
#    without speech, byline and "Wed 2 Dec 2026 at 17:30" lines, lede opening in capitals ("A FORMER"),
#    curly double quotes with straight apostrophes (O'Shea), "(46)", "BL"/"SC". Lede "has told a court he is
#    "..." of ..." (partial only); detective "told the court that A", "He said A, and had presented "..."
#    bank statements ..." (indirect plus partial); prosecuting barrister "said A"; defence counsel "said his
#    client had been "..." by ... and that B" (partial plus indirect); the accused's letter with "Mr O'Shea
#    wrote"; chairperson Nora Stack "said the theft had "..." of ..." (partial only), quote with "Ms Stack
#    said"; judge "said the offences were a "..." in ..." (partial only), quote with "the judge said",
#    "Judge Kiely said A, and adjourned ..." (the adjournment is an act); club spokesperson "said A and that
#    the club's focus was "..."" (indirect plus partial). Not annotated: the plea, the bail, the helpline.
ARTICLES[f"{BATCH}/ballyrahan-gaa-treasurer-theft.gold.json"] = {
    "article": f"{BATCH}/ballyrahan-gaa-treasurer-theft.txt",
    "target": "Con O'Shea",
    "quotes": [
        (P, "Con O'Shea", "deeply ashamed", "\u2018deeply"),
        (P, "Con O'Shea", "deeply ashamed", "\u201cdeeply"),
        (I, "Michael Fox", "the thefts came to light when a new club committee could not reconcile the accounts for a "
            "lotto fundraiser", None),
        (I, "Michael Fox", "Mr O'Shea had transferred club money to his own account in amounts of between \u20ac500 and "
            "\u20ac4,000", None),
        (P, "Michael Fox", "doctored", None),
        (I, "Tom Rice", "the State accepted Mr O'Shea had co-operated fully with garda\u00ed from the outset", None),
        (P, "Brendan \u00d3 Cath\u00e1in", "consumed", None),
        (I, "Brendan \u00d3 Cath\u00e1in", "he had since repaid \u20ac22,000 from the sale of his car and a credit union "
            "loan", None),
        (D, "Con O'Shea", "I was trusted by people I grew up with and I let every one of them down. I am deeply ashamed "
            "and I will pay back every cent, however long it takes,", None),
        (P, "Nora Stack", "ripped the heart out", None),
        (D, "Nora Stack", "We had children training in the dark because we thought we couldn't afford to fix the "
            "floodlights. The money was there all along. It was just in his pocket,", None),
        (P, "Eamon Kiely", "grave breach of trust", None),
        (D, "Eamon Kiely", "But I also note the early plea, the genuine remorse and the efforts at repayment, which are "
            "substantial for a man in his circumstances,", None),
        (I, "Eamon Kiely", "he would take into account any further repayment made before the sentence hearing", None),
        (I, "spokesperson for Ballyrahan GAA Club", "new financial controls had been introduced on the advice of the "
            "Kerry County Board", None),
        (P, "spokesperson for Ballyrahan GAA Club", "on the pitch and on the kids", None),
    ],
    "actors": [
        actor("Con O'Shea", "person", title="former club treasurer", affiliation="Ballyrahan GAA Club",
              aliases=["Con O'Shea", "O'Shea", "Mr O'Shea"], stance=1),
        actor("Michael Fox", "person", title="Detective Garda", affiliation="An Garda S\u00edoch\u00e1na",
              aliases=["Michael Fox", "Fox"], stance=-1),
        actor("Tom Rice", "person", title="prosecuting barrister", affiliation="the State",
              aliases=["Tom Rice", "Rice"], stance=1),
        actor("Brendan \u00d3 Cath\u00e1in", "person", title="defence senior counsel",
              aliases=["Brendan \u00d3 Cath\u00e1in", "\u00d3 Cath\u00e1in", "Mr \u00d3 Cath\u00e1in"], stance=1),
        actor("Nora Stack", "person", title="club chairperson", affiliation="Ballyrahan GAA Club",
              aliases=["Nora Stack", "Stack", "Ms Stack"], stance=-1),
        actor("Eamon Kiely", "person", title="Judge", affiliation="Tralee Circuit Criminal Court",
              aliases=["Eamon Kiely", "Kiely", "Judge Kiely"], stance=0),
        actor("spokesperson for Ballyrahan GAA Club", "person", title="club spokesperson",
              affiliation="Ballyrahan GAA Club", aliases=["spokesperson for Ballyrahan GAA Club"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
