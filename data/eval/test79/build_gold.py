"""Build the test79 gold files (data/eval/test79/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test79/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test79.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test79"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Estonian World diplomacy (Russian border guards detain two Estonian fishermen on Lake Peipus),
#    headline and standfirst without speech, "ESTONIAN WORLD" and date lines, curly quotes and ’,
#    photo caption with a credit, "Read more:" line, crosshead. Lede content before "the Police and
#    Border Guard Board (PPA) said"; "according to the board" after content; minister "said the
#    detention was "..."" (partial only), quote with "Vaher told reporters", "He said A"; embassy "said
#    the boat had "..." and that the crew had been detained "..."" (two partials); FSB "said A, according
#    to ... TASS" (FSB the speaker); charge d'affaires "told ... ERR ... that Moscow "..."" (partial
#    only), quote with "Volkov said"; shared surname Kask (Urmas and Helle, "no relation"; "Mayor Kask"
#    is Helle); "said A and that B" one span; analyst "described ... as part of a pattern of "..."" (partial
#    only); anonymous official; scare so-called "buoy war".
ARTICLES[f"{BATCH}/peipus-fishermen-detained-russia.gold.json"] = {
    "article": f"{BATCH}/peipus-fishermen-detained-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Police and Border Guard Board", "Two Estonian fishermen from the lakeside town of Kallaste were detained "
            "by a Russian border patrol boat on Tuesday afternoon roughly 300 metres on the Estonian side of the "
            "border line", None),
        (I, "Police and Border Guard Board", "The men, aged 54 and 31, were taken to the Russian city of Pskov", None),
        (P, "Kristjan Vaher", "a textbook example of the pressure Russia puts on its neighbours when it thinks nobody "
            "is watching", None),
        (D, "Kristjan Vaher", "Our position is simple. The men were in Estonian waters, they had every right to be "
            "there, and they must be returned home without delay,", None),
        (I, "Kristjan Vaher", "Estonia had informed its NATO allies and the European Commission and would raise the "
            "case at the OSCE in Vienna on Thursday", None),
        (P, "Russian embassy in Tallinn", "crossed the state border of the Russian Federation in violation of "
            "established procedures", None),
        (P, "Russian embassy in Tallinn", "in strict accordance with the law", None),
        (I, "Federal Security Service", "the fishermen had ignored repeated warnings to stop", None),
        (P, "Andrei Volkov", "will not be lectured about borders by a country that tears down monuments to its "
            "liberators", None),
        (D, "Andrei Volkov", "The Estonian side knows very well where the line runs. If their fishermen cannot read "
            "a map, that is not our problem,", None),
        (I, "Urmas Kask", "the family had heard nothing from Russian officials since Tuesday evening", None),
        (D, "Urmas Kask", "Tiit has fished this lake for thirty years. He knows these buoys better than anyone in "
            "Pskov,", None),
        (I, "Helle Kask", "other crews along the shore were now afraid to go out", None),
        (D, "Helle Kask", "People here live from the lake. If the lake becomes a place where you can simply "
            "disappear, the villages will empty,", None),
        (I, "Police and Border Guard Board", "it had stepped up patrols on the Estonian side of the lake and that its "
            "officers were in contact with their Russian counterparts through a border commissioners\u2019 hotline",
            None),
        (P, "Kaarel Lind", "low-cost harassment", None),
        (S, None, "buoy war", None),
        (D, "Kaarel Lind", "Moscow is testing how much attention a small incident can attract. Every time we react "
            "calmly and by the book, the test fails,", None),
        (I, "A government official", "Tallinn expected the case to be resolved within days rather than weeks", None),
    ],
    "actors": [
        actor("Police and Border Guard Board", "government", title="border guard and police agency",
              affiliation="Estonia", aliases=["Police and Border Guard Board", "PPA"], stance=-1),
        actor("Kristjan Vaher", "person", title="Foreign Minister", affiliation="Estonia",
              aliases=["Kristjan Vaher", "Vaher", "Foreign Minister"], stance=-1),
        actor("Russian embassy in Tallinn", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Tallinn"], stance=1),
        actor("Federal Security Service", "government", title="security service commanding the border guards",
              affiliation="Russia", aliases=["Federal Security Service", "FSB"], stance=1),
        actor("Andrei Volkov", "person", title="charg\u00e9 d\u2019affaires", affiliation="Russia",
              aliases=["Andrei Volkov", "Volkov"], stance=1),
        actor("Urmas Kask", "person", title="brother of a detained fisherman", aliases=["Urmas Kask"], stance=-1),
        actor("Helle Kask", "person", title="mayor of Peipsi\u00e4\u00e4re parish",
              aliases=["Helle Kask", "Mayor Kask"], stance=-1),
        actor("Kaarel Lind", "person", title="research fellow",
              affiliation="International Centre for Defence and Security", aliases=["Kaarel Lind", "Lind"], stance=-1),
        actor("A government official", "person", title="anonymous Estonian government official",
              affiliation="Estonia", aliases=["A government official"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. PharmaTimes (NICE draft guidance rejects a company's migraine drug; the company pauses UK
#    trials), straight " and apostrophes, standfirst with a fragment (speaker the company it names),
#    byline and date lines, "Industry reaction" crosshead. Lede "after NICE declined to recommend" (an
#    act); NICE "said A, but that ... were "well above" ..." (indirect plus partial); CEO "said the
#    company was "..." and described the draft decision as "..."" (two partials), a quote split by "she
#    said"; company "said in a statement that A"; NICE director "said the ... committee had recognised
#    the "..." of ..." (partial only), "he added", quote with "Eze said"; ABPI "said ... was "..." with
#    ..." (partial only), "According to the ABPI, A"; patient named Price ("said A", "Price said");
#    charity "said A, and urged ... to "..."" (indirect plus the directive's partial); DHSC spokesperson
#    "said: "...""; scare so-called "clawback" rate.
ARTICLES[f"{BATCH}/kestrel-tavopirant-nice-rejection.gold.json"] = {
    "article": f"{BATCH}/kestrel-tavopirant-nice-rejection.txt",
    "target": "Kestrel Therapeutics",
    "quotes": [
        (P, "Kestrel Therapeutics", "chilling signal", "Company says draft"),
        (I, "NICE", "the evidence showed tavopirant reduced the number of monthly migraine days compared with "
            "placebo", None),
        (P, "NICE", "well above", None),
        (P, "Miriam Aldous", "deeply disappointed", None),
        (P, "Miriam Aldous", "a chilling signal to anyone thinking of bringing innovative medicines to this country",
            None),
        (D, "Miriam Aldous", "We have offered the NHS a confidential discount that we believe is among the largest "
            "for any neurology medicine in Europe,", None),
        (D, "Miriam Aldous", "If that is not enough, it is fair to ask what would be.", None),
        (I, "Kestrel Therapeutics", "the three studies, which would have enrolled about 1,400 patients at 40 NHS "
            "hospitals, would be moved to other European countries unless the guidance changed before it became "
            "final", None),
        (P, "Samuel Eze", "real and often hidden burden", None),
        (D, "Samuel Eze", "But our job is to make sure the NHS gets value for the money it spends, and at the price "
            "the company has put forward, tavopirant doesn't offer that,", None),
        (D, "Samuel Eze", "The door is not closed. We'd welcome a revised offer before the committee meets again in "
            "February,", None),
        (P, "Association of the British Pharmaceutical Industry", "out of step", None),
        (I, "Association of the British Pharmaceutical Industry", "the number of industry-funded trials starting in "
            "the UK each year fell by almost a fifth between 2019 and 2025", None),
        (I, "Daniel Price", "the drug had cut his migraine days from 18 a month to five", None),
        (D, "Daniel Price", "I got my life back for two years. Then the trial ended, and I was back to square one,",
            None),
        (I, "The Migraine Trust", "it would respond to the consultation", None),
        (P, "The Migraine Trust", "get back round the table", None),
        (D, "Department of Health and Social Care spokesperson", "NICE's decisions are independent of government. "
            "We are working closely with industry to make the UK one of the best places in the world to research, "
            "develop and launch new medicines.", None),
        (S, None, "clawback", None),
    ],
    "actors": [
        actor("Kestrel Therapeutics", "organisation", title="drugmaker",
              aliases=["Kestrel Therapeutics", "Kestrel"], stance=1),
        actor("NICE", "government", title="health technology assessment body",
              aliases=["NICE", "National Institute for Health and Care Excellence"], stance=0),
        actor("Miriam Aldous", "person", title="chief executive", affiliation="Kestrel Therapeutics",
              aliases=["Miriam Aldous", "Aldous"], stance=1),
        actor("Samuel Eze", "person", title="director of medicines evaluation", affiliation="NICE",
              aliases=["Samuel Eze", "Eze"], stance=0),
        actor("Association of the British Pharmaceutical Industry", "organisation", title="industry body",
              aliases=["Association of the British Pharmaceutical Industry", "ABPI"], stance=1),
        actor("Daniel Price", "person", title="teacher and former trial participant",
              aliases=["Daniel Price", "Price"], stance=1),
        actor("The Migraine Trust", "organisation", title="charity", aliases=["The Migraine Trust"], stance=0),
        actor("Department of Health and Social Care spokesperson", "government", title="spokesperson",
              affiliation="Department of Health and Social Care",
              aliases=["Department of Health and Social Care spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cherwell (Oxford student paper; a JCR passes a no-confidence motion in a college Principal over a
#    rent rise), headline and standfirst without speech, "by X and Y" byline, "5th December 2026",
#    British curly single quotes with ’ apostrophes and a nested curly double fragment inside a full
#    quote (not annotated separately). The motion "said the Principal had shown '...'" (partial; the
#    JCR's motion, speaker the JCR); President "said: '...'"; scare 'flat rate' model; Principal "said he
#    '...' but that the increase was '...' given ..." (two partials), quote with "he said" and a
#    quote-only paragraph; college spokesperson "said A and that B" (one span); anonymous student "told
#    Cherwell A", quote split by "she said"; MCR president Jiang Wen (family name first) "said graduates
#    faced '...' and would raise ..." (partial plus indirect); "According to Oxford SU's ... survey, A";
#    Fellow "said the Principal had been '...' for ..." (partial only), quote with "Marsh said".
ARTICLES[f"{BATCH}/bradmore-jcr-no-confidence-reede.gold.json"] = {
    "article": f"{BATCH}/bradmore-jcr-no-confidence-reede.txt",
    "target": "Jonathan Reede",
    "quotes": [
        (P, "Junior Common Room", "a persistent disregard for the financial realities facing students", None),
        (D, "Amara Nwosu", "Nobody took this step lightly. But when the person at the top tells students who are "
            "skipping meals that they should \u201cbudget more carefully\u201d, something has gone badly wrong.",
            None),
        (S, None, "flat rate", None),
        (P, "Jonathan Reede", "respected the right of the JCR to express its view", None),
        (P, "Jonathan Reede", "unavoidable", None),
        (D, "Jonathan Reede", "I understand that this is a difficult message. The college has frozen charges in two "
            "of the last four years, and we have doubled the hardship fund,", None),
        (D, "Jonathan Reede", "I remain committed to working with the JCR on every part of this, including how the "
            "hardship fund is allocated.", None),
        (I, "college spokesperson", "the Governing Body had approved the rise after a full review of the college\u2019s "
            "accounts and that no further changes were planned for this academic year", None),
        (I, "One second-year student", "she had taken on a fifteen-hour-a-week job at a caf\u00e9 on Cowley Road to "
            "cover her rent", None),
        (D, "One second-year student", "I came here to read Chemistry, not to learn how to make flat whites,", None),
        (D, "One second-year student", "My tutor has noticed. Everyone has noticed, apart from the Lodge.", None),
        (P, "Jiang Wen", "exactly the same squeeze", None),
        (I, "Jiang Wen", "would raise the matter at the next meeting of the Governing Body", None),
        (I, "Oxford SU", "average weekly rents for college rooms across the University have risen by 31 per cent "
            "since 2020", None),
        (P, "Hugh Marsh", "unfairly singled out", None),
        (D, "Hugh Marsh", "Jonathan argued for a smaller rise than the one we ended up with. People are entitled to "
            "be angry, but they are aiming at the wrong man,", None),
    ],
    "actors": [
        actor("Junior Common Room", "group", title="undergraduate student body", affiliation="Bradmore College",
              aliases=["Junior Common Room", "JCR"], stance=-1),
        actor("Amara Nwosu", "person", title="JCR President", affiliation="Bradmore College",
              aliases=["Amara Nwosu", "Nwosu"], stance=-1),
        actor("Jonathan Reede", "person", title="Principal", affiliation="Bradmore College",
              aliases=["Jonathan Reede", "Reede", "Professor Reede"], stance=1),
        actor("college spokesperson", "organisation", title="spokesperson", affiliation="Bradmore College",
              aliases=["college spokesperson"], stance=1),
        actor("One second-year student", "person", title="anonymous undergraduate", affiliation="Bradmore College",
              aliases=["One second-year student"], stance=-1),
        actor("Jiang Wen", "person", title="MCR president", affiliation="Bradmore College",
              aliases=["Jiang Wen", "Jiang"], stance=-1),
        actor("Oxford SU", "organisation", title="students' union", aliases=["Oxford SU"], stance=None),
        actor("Hugh Marsh", "person", title="Fellow in History", affiliation="Bradmore College",
              aliases=["Hugh Marsh", "Marsh"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Loop News (Saint Lucia) sport (referees refuse to officiate over unpaid fees; the football
#    association postpones the league), headline without speech, "Loop News" and time-stamped date
#    lines, straight " and apostrophes. Lede "after the Referees Association of Saint Lucia (RASL) said
#    A" (indirect); SLFA "said the postponement was "..." and that it was "..." to ..." (two partials), "The
#    association said A"; RASL president "told Loop News that A", quote with "Jn Baptiste said", "he
#    added"; "According to the referees' body, A" (RASL); SLFA president named Hope ("said he was
#    confident ...", Q&A "Asked whether ..., Hope replied: "...""); content before "Sports Minister ...
#    confirmed"; minister "said the ministry had "..." ... and that any delay lay with "..."" (two
#    partials); club president "said A", quote with "Charles said"; anonymous referee "said A"; scare
#    so-called "payment calendar".
ARTICLES[f"{BATCH}/slfa-referees-boycott-unpaid-fees.gold.json"] = {
    "article": f"{BATCH}/slfa-referees-boycott-unpaid-fees.txt",
    "target": "Saint Lucia Football Association",
    "quotes": [
        (I, "Referees Association of Saint Lucia", "its members would not officiate until outstanding match fees "
            "are paid", None),
        (P, "Saint Lucia Football Association", "regrettable but necessary", None),
        (P, "Saint Lucia Football Association", "working around the clock", None),
        (I, "Saint Lucia Football Association", "the payments had been delayed because a grant from the Ministry of "
            "Youth Development and Sports had not yet been disbursed", None),
        (I, "Marcus Jn Baptiste", "some referees had not been paid since July", None),
        (D, "Marcus Jn Baptiste", "We love this game. But our referees are paying out of their own pockets for "
            "transport to Vieux Fort and Soufri\u00e8re every weekend and getting nothing back,", None),
        (D, "Marcus Jn Baptiste", "The SLFA keeps giving us dates. We are done with dates,", None),
        (I, "Referees Association of Saint Lucia", "the SLFA owes its members about EC$86,000 in match fees and travel "
            "allowances for the 2026 season", None),
        (I, "Lyndon Hope", "he was confident the matter would be resolved before the end of the month", None),
        (D, "Lyndon Hope", "It must. We have no intention of letting our champions miss out because of a few weeks' "
            "delay.", None),
        (I, "Dwight Alexander", "The grant of EC$150,000 has been approved and will be paid next week", None),
        (P, "Dwight Alexander", "met every obligation", None),
        (P, "Dwight Alexander", "paperwork on both sides", None),
        (I, "Clive Charles", "the postponement hurt clubs that had already paid for pitch hire and transport for the "
            "weekend", None),
        (D, "Clive Charles", "Every week we don't play, we lose young players to the streets or to the States. People "
            "in the association need to understand that,", None),
        (I, "A referee", "he had stopped answering calls from the association's fixtures office until he was paid",
            None),
        (S, None, "payment calendar", None),
    ],
    "actors": [
        actor("Referees Association of Saint Lucia", "organisation", title="referees' association",
              aliases=["Referees Association of Saint Lucia", "RASL"], stance=-1),
        actor("Saint Lucia Football Association", "organisation", title="national football association",
              aliases=["Saint Lucia Football Association", "SLFA"], stance=1),
        actor("Marcus Jn Baptiste", "person", title="RASL president", affiliation="Referees Association of Saint Lucia",
              aliases=["Marcus Jn Baptiste", "Jn Baptiste"], stance=-1),
        actor("Lyndon Hope", "person", title="SLFA President", affiliation="Saint Lucia Football Association",
              aliases=["Lyndon Hope", "Hope"], stance=1),
        actor("Dwight Alexander", "person", title="Sports Minister", affiliation="Government of Saint Lucia",
              aliases=["Dwight Alexander", "Alexander", "Sports Minister"], stance=0),
        actor("Clive Charles", "person", title="club president", affiliation="La Clery Warriors",
              aliases=["Clive Charles", "Charles"], stance=-1),
        actor("A referee", "person", title="anonymous referee", aliases=["A referee"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
