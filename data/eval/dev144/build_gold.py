"""Build the dev144 gold files (data/eval/dev144/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text
occurs more than once, by an anchor (a string occurring exactly once in the article) from whose start the
text is searched. Run from anywhere:  python3 data/eval/dev144/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev144.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev144"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Libya Observer diplomacy/security (the GNU protests Russian cargo flights to Al-Jufra), headline with
#    a straight fragment attributed to "Moscow", byline, straight quotes, AP punctuation inside fragments.
ARTICLES[f"{BATCH}/al-jufra-russian-cargo-flights.gold.json"] = {
    "article": f"{BATCH}/al-jufra-russian-cargo-flights.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "by invitation", None),
        (P, "Government of National Unity", "sharp increase", None),
        (I, "Ministry of Foreign Affairs", "at least 14 Ilyushin Il-76 transport planes had landed at the base since "
            "mid-November, carrying weapons, vehicles and personnel belonging to Russia's so-called Africa Corps",
            None),
        (D, "Ministry of Foreign Affairs", "These flights take place without the knowledge or consent of the legitimate "
            "government. They are a violation of Libya's sovereignty and of UN Security Council resolutions,", None),
        (I, "Ministry of Foreign Affairs", "it had summoned the Russian chargé d'affaires in Tripoli, Roman "
            "Zakharchenko, and handed him a protest note", None),
        (P, "Russian Embassy in Tripoli", "at the invitation of the legitimate authorities", None),
        (P, "Russian Embassy in Tripoli", "maintain stability", None),
        (P, "Roman Zakharchenko", "calm and professional.", None),
        (D, "Roman Zakharchenko", "Russia has always supported the unity of Libya and dialogue between all Libyan "
            "parties,", None),
        (S, None, "gateway", None),
        (P, "UN Support Mission in Libya", "following with concern", None),
        (P, "Fathi Al-Mabrouk", "a logistics hub for its operations in the Sahel.", None),
        (D, "Fathi Al-Mabrouk", "Libya is being used as a bridge. Today it is Mali and Niger, tomorrow it could be "
            "anywhere,", None),
        (I, "Ahmed Al-Mahdawi", "the flights were routine and that Russian advisers were working under agreements with "
            "the General Command", None),
        (I, "Nouri Buzaid", "the protest was mostly aimed at a domestic audience, since the government in Tripoli had no "
            "means of stopping the flights", None),
        (D, "Nouri Buzaid", "Moscow has built something in Libya that it does not intend to give up. Everyone knows "
            "this, including Tripoli,", None),
        (I, "A resident of the nearby town of Hun", "the planes usually landed at night", None),
        (D, "A resident of the nearby town of Hun", "We hear them at two or three in the morning. Nobody here asks "
            "questions,", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Government of National Unity", "government", title="Tripoli-based government", affiliation="Libya",
              aliases=["Government of National Unity", "GNU"], stance=-1),
        actor("Ministry of Foreign Affairs", "government", title="GNU foreign ministry", affiliation="Libya (GNU)",
              aliases=["Ministry of Foreign Affairs"], stance=-1),
        actor("Russian Embassy in Tripoli", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Tripoli"], stance=1),
        actor("Roman Zakharchenko", "person", title="Russian chargé d'affaires in Tripoli", affiliation="Russia",
              aliases=["Roman Zakharchenko", "Zakharchenko"], stance=1),
        actor("UN Support Mission in Libya", "organisation", title="UN mission",
              aliases=["UN Support Mission in Libya", "UNSMIL"], stance=-1),
        actor("Fathi Al-Mabrouk", "person", title="Member of the High Council of State",
              affiliation="High Council of State (HCS)", aliases=["Fathi Al-Mabrouk", "Al-Mabrouk"], stance=-1),
        actor("Ahmed Al-Mahdawi", "person", title="spokesman", affiliation="Libyan National Army (LNA)",
              aliases=["Ahmed Al-Mahdawi", "Al-Mahdawi"], stance=1),
        actor("Nouri Buzaid", "person", title="political analyst", aliases=["Nouri Buzaid", "Buzaid"], stance=0),
        actor("A resident of the nearby town of Hun", "person", title="anonymous resident of Hun",
              aliases=["A resident of the nearby town of Hun"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Post and Courier (Charleston) courts (a former small-town mayor on trial), headline with an
#    unquoted "prosecutor tells jury" (not annotated), byline with an e-mail address, "WALTERBORO —" dateline,
#    AP style; the lede's "a state prosecutor" is Meredith Caine (named in the next paragraph).
ARTICLES[f"{BATCH}/kinloch-landing-mayor-trial.gold.json"] = {
    "article": f"{BATCH}/kinloch-landing-mayor-trial.txt",
    "target": "Dwayne Frasier",
    "quotes": [
        (I, "Meredith Caine", "Former Kinloch Landing Mayor Dwayne Frasier used a town credit card to pay for more than "
            "$48,000 in repairs at his Edisto Beach rental house", None),
        (P, "Meredith Caine", "storm recovery", None),
        (D, "Meredith Caine", "He treated the town's money like his own. And when the bills came in, he lied about "
            "them,", None),
        (I, "Meredith Caine", "the state would show jurors bank records, emails and invoices from three contractors who "
            "worked on the house", None),
        (S, None, "rainy day", None),
        (I, "Franklin Gadsden", "the repairs were made to a house Frasier had let the town use for free to shelter "
            "public works staff during storms, and that the spending had been approved by the town council", None),
        (D, "Franklin Gadsden", "This is not a theft case. This is a bookkeeping case that somebody decided to turn into "
            "a crime,", None),
        (I, "Lakeisha Wise", "she had raised questions about the card statements in 2024 and had been told to stop "
            "asking", None),
        (D, "Lakeisha Wise", "I was scared of losing my job. So I stopped asking,", None),
        (D, "Lakeisha Wise", "Not that I remember.", None),
        (P, "Dwayne Frasier", "at peace", None),
        (I, "Dwayne Frasier", "he trusted the jury", None),
        (D, "Dwayne Frasier", "I served this town for 12 years. I'm not going to apologize for keeping it running after "
            "a storm,", None),
        (I, "Brenda Ravenel", "the town had tightened its spending rules and now requires two signatures for any "
            "purchase over $2,500", None),
        (D, "Brenda Ravenel", "We've had to rebuild trust from the ground up,", None),
        (I, "S.C. Attorney General's Office", "it expects to call 11 witnesses", None),
    ],
    "actors": [
        actor("Meredith Caine", "person", title="Assistant Attorney General", affiliation="S.C. Attorney General's Office",
              aliases=["Meredith Caine", "Caine"], stance=-1),
        actor("Franklin Gadsden", "person", title="defense attorney", aliases=["Franklin Gadsden", "Gadsden"], stance=1),
        actor("Lakeisha Wise", "person", title="former town clerk", affiliation="Kinloch Landing",
              aliases=["Lakeisha Wise", "Wise"], stance=-1),
        actor("Dwayne Frasier", "person", title="former mayor", affiliation="Kinloch Landing",
              aliases=["Dwayne Frasier", "Frasier"], stance=1),
        actor("Brenda Ravenel", "person", title="Councilwoman", affiliation="Kinloch Landing town council",
              aliases=["Brenda Ravenel", "Ravenel"], stance=-1),
        actor("S.C. Attorney General's Office", "government", title="state prosecutor's office",
              aliases=["S.C. Attorney General's Office"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Telegraph-Journal (Saint John, N.B.) environment/courts (a pulp mill fined for an effluent spill),
#    headline without speech, deck with a straight single fragment attributed to "Wolastoqey chief",
#    byline/outlet/date lines, "SAINT JOHN •" dateline, Canadian spelling, accented names.
ARTICLES[f"{BATCH}/fundy-pulp-effluent-fine.gold.json"] = {
    "article": f"{BATCH}/fundy-pulp-effluent-fine.txt",
    "target": "Fundy Pulp and Paper",
    "quotes": [
        (P, "Darlene Tomah", "the cost of doing business", "Wolastoqey chief says"),
        (I, "Alison Kierstead", "a failed pump at the mill's treatment plant allowed about 3.2 million litres of effluent "
            "to flow into the river over 36 hours in May, and that the company took nearly a day to report it", None),
        (D, "Alison Kierstead", "The delay is what makes this serious. Every hour that went by, more fish died,", None),
        (D, "Daniel Thériault", "We let the river down, and we let our neighbours down. We have fixed what failed, and "
            "it will not happen again,", None),
        (I, "Fundy Pulp and Paper", "it had spent $4 million upgrading the treatment system since the spill", None),
        (P, "Fundy Pulp and Paper", "fair.", None),
        (S, None, "green industry", None),
        (P, "Darlene Tomah", "the cost of doing business", "Chief Darlene Tomah"),
        (D, "Darlene Tomah", "Our people have fished this river for thousands of years. We were never consulted about "
            "that plant, and we were told about the spill by a fisherman, not by the company,", None),
        (I, "Noémie LeBlanc", "the province should have pushed for a much bigger penalty", None),
        (I, "Noémie LeBlanc", "the $650,000 amounted to less than two days of the mill's revenue", None),
        (I, "Shawn Fougère", "the department had increased inspections at the mill to once a month", None),
        (D, "Shawn Fougère", "Nobody in this province should have to wonder what is coming out of a pipe upstream of "
            "them,", None),
        (P, "Gary Sharpe", "by the bucketful", None),
        (D, "Gary Sharpe", "I called the company first. They told me it was probably the heat,", None),
    ],
    "actors": [
        actor("Darlene Tomah", "person", title="Chief of Kingsclear First Nation", affiliation="Kingsclear First Nation",
              aliases=["Darlene Tomah", "Chief Darlene Tomah", "Tomah", "Wolastoqey chief"], stance=-1),
        actor("Alison Kierstead", "person", title="Crown prosecutor", aliases=["Alison Kierstead", "Kierstead"],
              stance=-1),
        actor("Daniel Thériault", "person", title="vice-president of operations", affiliation="Fundy Pulp and Paper",
              aliases=["Daniel Thériault", "Thériault"], stance=1),
        actor("Fundy Pulp and Paper", "organisation", title="pulp mill", aliases=["Fundy Pulp and Paper", "Fundy Pulp"],
              stance=1),
        actor("Noémie LeBlanc", "person", title="freshwater program director",
              affiliation="Conservation Council of New Brunswick", aliases=["Noémie LeBlanc", "LeBlanc"], stance=-1),
        actor("Shawn Fougère", "person", title="Environment Minister", affiliation="New Brunswick",
              aliases=["Shawn Fougère", "Fougère"], stance=0),
        actor("Gary Sharpe", "person", title="gaspereau fisherman", aliases=["Gary Sharpe", "Sharpe"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. ChimpReports (Uganda) sport (FUFA docks a club six points), title-case headline without speech, byline,
#    straight quotes, "Shs20 million", "Hajji" title; content before "according to a statement released by
#    the federation"; "denied claims that ..." keeps the noun object.
ARTICLES[f"{BATCH}/kampala-lions-fufa-points-deduction.gold.json"] = {
    "article": f"{BATCH}/kampala-lions-fufa-points-deduction.txt",
    "target": "Federation of Uganda Football Associations",
    "quotes": [
        (I, "Federation of Uganda Football Associations", "Congolese midfielder Jean-Paul Mukendi featured for the club "
            "in the three games before his international transfer certificate (ITC) had been cleared", None),
        (D, "Federation of Uganda Football Associations", "The club was notified of the status of the player and chose to "
            "field him anyway. The rules are clear and they apply to everyone,", None),
        (P, "Abdul Nsubuga", "daylight robbery", None),
        (I, "Abdul Nsubuga", "the club would appeal to FUFA's Appeals Committee and, if necessary, to the Court of "
            "Arbitration for Sport", None),
        (D, "Abdul Nsubuga", "We followed every instruction from FUFA. We have the emails. If the ITC was delayed, that "
            "is the problem of FUFA and the Congolese federation, not Kampala Lions,", None),
        (D, "Abdul Nsubuga", "Why is it that these things only happen to clubs that speak out?", None),
        (I, "Aisha Nakato", "claims that the federation was targeting clubs that criticise it", None),
        (D, "Aisha Nakato", "Every club has the same portal and the same deadlines. We do not look at who is talking on "
            "radio before we apply the rules,", None),
        (I, "Aisha Nakato", "Kampala Lions had been informed of the player's status on two occasions in August", None),
        (S, None, "one-click", None),
        (P, "Moses Kizza", "slow and confusing", None),
        (D, "Moses Kizza", "This is not the first case and it will not be the last. Clubs are losing points because of "
            "paperwork,", None),
        (I, "National Council of Sports", "it would not interfere in FUFA's disciplinary matters", None),
        (I, "Jean-Paul Mukendi", "he had done nothing wrong", None),
        (D, "Jean-Paul Mukendi", "I came here to play football. The papers are not my job,", None),
    ],
    "actors": [
        actor("Federation of Uganda Football Associations", "organisation", title="national football federation",
              aliases=["Federation of Uganda Football Associations", "FUFA"], stance=1),
        actor("Abdul Nsubuga", "person", title="Club president", affiliation="Kampala Lions FC",
              aliases=["Abdul Nsubuga", "Hajji Abdul Nsubuga", "Nsubuga"], stance=-1),
        actor("Aisha Nakato", "person", title="head of competitions", affiliation="FUFA",
              aliases=["Aisha Nakato", "Nakato"], stance=1),
        actor("Moses Kizza", "person", title="football analyst, former Uganda Cranes defender", affiliation="NBS Sport",
              aliases=["Moses Kizza", "Kizza"], stance=-1),
        actor("National Council of Sports", "government", title="sports regulator",
              aliases=["National Council of Sports", "NCS"], stance=0),
        actor("Jean-Paul Mukendi", "person", title="Congolese midfielder", affiliation="Kampala Lions FC",
              aliases=["Jean-Paul Mukendi", "Mukendi"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
