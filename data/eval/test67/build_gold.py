"""Build the test67 gold files (data/eval/test67/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test67/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test67.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test67"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Moldpres (Moldova expels a Russian diplomat), "Chisinau, 3 December /MOLDPRES/ -" dateline,
#    straight " and apostrophes. Lede content before "the Ministry of Foreign Affairs and European
#    Integration (MAEIE) said today"; "the ministry said the diplomat had been involved in "..."" (partial
#    only); content before "according to the ministry"; minister "told reporters ... that A and that B"
#    (one span), quote with "Turcanu said", quote with "she added", Q&A "the minister replied: "...""; so-called
#    "According to the ... SIS, A"; SIS director named Rusu (a surname meaning "Russian"); embassy "described the decision as "..." by ...
#    and said A" (partial plus indirect); press secretary quote before "told MOLDPRES"; ministry in Moscow
#    "said ... that Chisinau was "..." of ..." (partial only); MP "called the expulsion a "..."" (partial),
#    quote with "he said"; analyst "said A" then a two-paragraph quote.
ARTICLES[f"{BATCH}/moldova-expels-russian-diplomat.gold.json"] = {
    "article": f"{BATCH}/moldova-expels-russian-diplomat.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Foreign Affairs and European Integration", "Moldova has declared a second secretary of the "
            "Russian Embassy in Chisinau persona non grata and given him 72 hours to leave the country", None),
        (P, "Ministry of Foreign Affairs and European Integration", "activities incompatible with diplomatic status", None),
        (I, "Ministry of Foreign Affairs and European Integration", "The Russian ambassador, Oleg Vasnetsov, was summoned "
            "to the ministry on Wednesday morning and handed a note of protest", None),
        (I, "Veronica Turcanu", "Moldova would not tolerate interference in its internal affairs and that the decision "
            "had been coordinated with the country's European partners", None),
        (D, "Veronica Turcanu", "We have presented clear evidence to the Russian side. Money was transferred, people were "
            "recruited, buses were hired. This is not diplomacy,", None),
        (D, "Veronica Turcanu", "Our doors remain open for normal dialogue, but normal dialogue means respecting the "
            "sovereignty of the Republic of Moldova,", None),
        (D, "Veronica Turcanu", "We do not exclude anything. It depends entirely on the behaviour of the other side.", None),
        (I, "Information and Security Service", "more than 4,000 people received payments through a mobile application "
            "linked to a Moscow-based company between October and November", None),
        (I, "Alexandru Rusu", "investigators had identified 14 regional coordinators, three of whom had been detained by "
            "prosecutors", None),
        (D, "Alexandru Rusu", "The scheme was built to look spontaneous. It was anything but spontaneous. Every payment "
            "left a trace,", None),
        (P, "Russian Embassy", "another unfriendly step", None),
        (I, "Russian Embassy", "Moscow reserved the right to respond in kind", None),
        (D, "Yelena Sokolova", "The accusations are absurd and are not supported by a single document. Russia has never "
            "interfered and does not interfere in the internal affairs of Moldova,", None),
        (P, "Russian Foreign Ministry", "destroying what remains", None),
        (P, "Sergiu Cebotari", "political show", None),
        (D, "Sergiu Cebotari", "The government cannot explain to people why their bills are rising, so it looks for "
            "enemies in Moscow. Tomorrow they will expel someone else,", None),
        (I, "Ana Gherman", "it was the fourth expulsion of a Russian diplomat from Moldova this year and reflected a shift "
            "in the way Chisinau responds to hybrid threats", None),
        (D, "Ana Gherman", "Chisinau has become much more confident. Two years ago such a decision would have been "
            "debated for weeks.", None),
        (D, "Ana Gherman", "At the same time, expulsions alone will not stop the flow of money. Russia has shown again "
            "and again that it can adapt quickly,", None),
        (S, None, "gas crisis", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs and European Integration", "government", title="foreign ministry",
              affiliation="Moldova",
              aliases=["Ministry of Foreign Affairs and European Integration", "MAEIE", "ministry"], stance=-1),
        actor("Veronica Turcanu", "person", title="Deputy Prime Minister and Minister of Foreign Affairs",
              affiliation="Moldova", aliases=["Veronica Turcanu", "Turcanu"], stance=-1),
        actor("Information and Security Service", "government", title="intelligence service", affiliation="Moldova",
              aliases=["Information and Security Service", "SIS"], stance=-1),
        actor("Alexandru Rusu", "person", title="SIS director", affiliation="Information and Security Service",
              aliases=["Alexandru Rusu", "Rusu"], stance=-1),
        actor("Russian Embassy", "government", title="embassy in Chisinau", affiliation="Russia",
              aliases=["Russian Embassy"], stance=1),
        actor("Yelena Sokolova", "person", title="embassy press secretary", affiliation="Russian Embassy",
              aliases=["Yelena Sokolova", "Sokolova"], stance=1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Sergiu Cebotari", "person", title="member of parliament", affiliation="Party of Socialists (PSRM)",
              aliases=["Sergiu Cebotari", "Cebotari"], stance=1),
        actor("Ana Gherman", "person", title="political analyst", affiliation="Institute for Public Policy Studies",
              aliases=["Ana Gherman", "Gherman"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Chemist+Druggist (a pharmacy multiple closes branches), curly “ ” with ’ apostrophes, headline with a
#    curly single fragment "... as PDA warns of ‘hollowed-out’ service" (partial for the PDA), standfirst
#    without attributed speech, byline and date lines, two "Read more:" lines, a crosshead. Lede content
#    before "the multiple has confirmed"; "Hallam said: “...”"; "The company said A “...” and that B" (partial
#    plus indirect); scare so-called “efficiency programme”; chief executive "described the closures as “...”"
#    (partial only), quote with "he told C+D", then a quote-only paragraph; PDA "said ... a “...” pharmacy
#    service" (partial only); organiser named after the quote ("said PDA national organiser ..."), "He said A";
#    anonymous pharmacist manager "told C+D A", "she said"; "An NPA spokesperson told C+D that A"; Healthwatch
#    chair who shares the chief executive's surname ("Jean Wise ... who is no relation"), "said A", "she said";
#    DHSC spokesperson "said A and that B"; "According to Community Pharmacy England, A"; closing "Hallam said A".
ARTICLES[f"{BATCH}/hallam-pharmacy-closures.gold.json"] = {
    "article": f"{BATCH}/hallam-pharmacy-closures.txt",
    "target": "Hallam Pharmacy Group",
    "quotes": [
        (P, "Pharmacists\u2019 Defence Association", "hollowed-out", "\u2018hollowed-out"),
        (I, "Hallam Pharmacy Group", "Hallam Pharmacy Group will close 48 of its 310 branches across the north of "
            "England by the end of March", None),
        (D, "Hallam Pharmacy Group", "This has been an extremely difficult decision. We have reviewed every branch, and "
            "these pharmacies are no longer financially sustainable under the current contractual framework.", None),
        (P, "Hallam Pharmacy Group", "wherever possible", None),
        (I, "Hallam Pharmacy Group", "patients\u2019 prescriptions would be transferred to other Hallam pharmacies unless "
            "they chose otherwise", None),
        (S, None, "efficiency programme", None),
        (P, "Daniel Wise", "painful but necessary", None),
        (D, "Daniel Wise", "The funding model for community pharmacy is broken. We are dispensing more items than ever "
            "and being paid less in real terms for every one of them,", None),
        (D, "Daniel Wise", "I would rather keep 262 pharmacies open and secure than watch all 310 go under slowly.", None),
        (P, "Pharmacists\u2019 Defence Association", "hollowed-out", "\u201chollowed-out"),
        (D, "Martin Okafor", "Our members found out from a group email at half past four on a Tuesday afternoon. Some of "
            "them have worked in those branches for 20 years,", None),
        (I, "Martin Okafor", "the union had asked Hallam for an urgent meeting to discuss redeployment and redundancy "
            "terms", None),
        (I, "One pharmacist manager", "the pharmacy dispensed around 9,000 items a month and was the only one in the "
            "village", None),
        (D, "One pharmacist manager", "People here don\u2019t drive. The next pharmacy is two bus rides away,", None),
        (I, "NPA spokesperson", "Hallam\u2019s decision was a symptom of chronic underfunding across the sector rather "
            "than a failure of management", None),
        (I, "Jean Wise", "older patients in the borough had already contacted the organisation in distress", None),
        (D, "Jean Wise", "They were told the pharmacy would always be there. Now they are being told to go online,", None),
        (I, "spokesperson for the Department of Health and Social Care", "decisions on individual branches were a "
            "commercial matter for pharmacy owners and that the government had increased the community pharmacy "
            "contractual framework by \u00a3193 million this year", None),
        (I, "Community Pharmacy England", "412 pharmacies closed in England in the 12 months to October, the highest "
            "number since 2020", None),
        (I, "Hallam Pharmacy Group", "it expected the 48 branches to close in three phases, starting in January", None),
    ],
    "actors": [
        actor("Pharmacists\u2019 Defence Association", "organisation", title="pharmacists' union",
              aliases=["Pharmacists\u2019 Defence Association", "PDA"], stance=-1),
        actor("Hallam Pharmacy Group", "organisation", title="pharmacy multiple",
              aliases=["Hallam Pharmacy Group", "Hallam", "company", "multiple"], stance=1),
        actor("Daniel Wise", "person", title="chief executive", affiliation="Hallam Pharmacy Group",
              aliases=["Daniel Wise", "Wise"], stance=1),
        actor("Martin Okafor", "person", title="PDA national organiser",
              affiliation="Pharmacists\u2019 Defence Association", aliases=["Martin Okafor", "Okafor"], stance=-1),
        actor("One pharmacist manager", "person", title="anonymous pharmacist manager of a branch earmarked for closure",
              affiliation="Hallam Pharmacy Group", aliases=["One pharmacist manager"], stance=-1),
        actor("NPA spokesperson", "person", title="spokesperson", affiliation="National Pharmacy Association",
              aliases=["NPA spokesperson"], stance=1),
        actor("Jean Wise", "person", title="chair", affiliation="Healthwatch Barnsley",
              aliases=["Jean Wise", "Wise"], stance=-1),
        actor("spokesperson for the Department of Health and Social Care", "person", title="spokesperson",
              affiliation="Department of Health and Social Care",
              aliases=["spokesperson for the Department of Health and Social Care"], stance=0),
        actor("Community Pharmacy England", "organisation", title="pharmacy contractors' body",
              aliases=["Community Pharmacy England"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Namibian Sun sport (the national women's football coach is suspended), headline without speech, byline
#    line and an e-mail sign-off, straight " and apostrophes, a name with a click letter (!Gaoses). Lede
#    content before "the association said in a statement yesterday"; squad letter "accused Amupolo of "..."
#    ..." (partial), "According to the letter, ..., "..."" (direct, the squad); secretary general "told
#    Namibian Sun A" (one span with its "and would be chaired" coordination), quote with "Cloete said";
#    captain "confirmed that A", "She said: "..." open at the end of its line, then a closed paragraph;
#    coach "said A and had learnt ..." (one span), quote split by "Amupolo said"; anonymous senior player
#    "said A", "she said"; minister "said A but wanted the matter resolved "..."" (indirect plus partial);
#    league chairperson "described Amupolo as "..."" (partial only), ", saying A" (indirect), quote with
#    "!Gaoses said"; scare so-called "camp code"; "According to the NFA, A".
ARTICLES[f"{BATCH}/gladiators-coach-suspended.gold.json"] = {
    "article": f"{BATCH}/gladiators-coach-suspended.txt",
    "target": "Hendrina Amupolo",
    "quotes": [
        (I, "Namibia Football Association", "The Namibia Football Association (NFA) has suspended Brave Gladiators head "
            "coach Hendrina Amupolo with immediate effect pending a disciplinary hearing", None),
        (P, "Brave Gladiators squad", "humiliating", None),
        (D, "Brave Gladiators squad", "the environment in camp has become unbearable and several senior players are "
            "considering retiring from international football.", None),
        (I, "Franco Cloete", "the hearing would take place before the end of January and would be chaired by an "
            "independent advocate", None),
        (D, "Franco Cloete", "Nobody has been found guilty of anything. The coach has the right to be heard, and the "
            "players have the right to be heard,", None),
        (I, "Vistorina Kandjii", "she was among the signatories", None),
        (D, "Vistorina Kandjii", "We did not write that letter lightly. Some of us have played under this coach for six "
            "years and we have always respected her.", None),
        (D, "Vistorina Kandjii", "But when a player cries in the bus after training every day, somebody must say "
            "something.", None),
        (I, "Hendrina Amupolo", "she had not been given a copy of the letter and had learnt about her suspension from a "
            "journalist", None),
        (D, "Hendrina Amupolo", "I have given eleven years of my life to women's football in this country,", None),
        (D, "Hendrina Amupolo", "I will not let my name be destroyed by people who were unhappy about selection.", None),
        (I, "One senior player", "the problems had started after the Cosafa tournament in September, when four players "
            "were dropped without explanation", None),
        (D, "One senior player", "Nobody wants to see her go like this. We just want to be treated like adults,", None),
        (I, "Jerome Hoveka", "his ministry would not interfere in the NFA's processes", None),
        (P, "Jerome Hoveka", "quickly and fairly", None),
        (P, "Monika !Gaoses", "the best coach this country has had", None),
        (I, "Monika !Gaoses", "many of the complaints came from a small group of players", None),
        (D, "Monika !Gaoses", "She is strict, yes. Coaches are strict all over the world. If she was a man, we would be "
            "calling it discipline,", None),
        (S, None, "camp code", None),
        (I, "Namibia Football Association", "assistant coach Paulina Nghipandulwa will take charge of the team for next "
            "month's friendly against Botswana at the Independence Stadium", None),
    ],
    "actors": [
        actor("Namibia Football Association", "organisation", title="football association",
              aliases=["Namibia Football Association", "NFA", "association"], stance=0),
        actor("Brave Gladiators squad", "group", title="national women's football team players",
              aliases=["Brave Gladiators squad", "players"], stance=-1),
        actor("Franco Cloete", "person", title="NFA secretary general", affiliation="Namibia Football Association",
              aliases=["Franco Cloete", "Cloete"], stance=0),
        actor("Vistorina Kandjii", "person", title="team captain", affiliation="Brave Gladiators",
              aliases=["Vistorina Kandjii", "Kandjii"], stance=-1),
        actor("Hendrina Amupolo", "person", title="Brave Gladiators head coach", affiliation="Namibia Football Association",
              aliases=["Hendrina Amupolo", "Amupolo"], stance=1),
        actor("One senior player", "person", title="anonymous senior player", affiliation="Brave Gladiators",
              aliases=["One senior player"], stance=-1),
        actor("Jerome Hoveka", "person", title="Sport minister", affiliation="Namibia",
              aliases=["Jerome Hoveka", "Hoveka"], stance=0),
        actor("Monika !Gaoses", "person", title="Khomas Women's Super League chairperson",
              affiliation="Khomas Women's Super League", aliases=["Monika !Gaoses", "!Gaoses"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Local Government Chronicle (a district council issues a section 114 notice), curly single ‘ ’ for every
#    quote and ’ for apostrophes, headline and standfirst without speech, byline and date lines, a crosshead
#    without marks, a "Related:" line. Section 151 officer "told members in a report ... that A"; council
#    "In a statement, ... said its services ... would ‘...’ and that B" (partial plus indirect); leader
#    "blamed the position on ‘...’" (partial), a quote split by "he said", "Mr Cross said A", Q&A "Asked by LGC
#    whether ..., he replied: ‘...’"; opposition leader "said the administration had been ‘...’ that ..."
#    (partial only), "She said: ‘...’"; content before "according to Ms Basu’s report"; branch secretary "said
#    A had waited ‘...’ and that B" (partial plus indirect), quote before "Mr Kowalczyk told LGC"; ministry
#    spokesperson "said A and that ... ‘...’" (indirect plus partial); anonymous officer "told LGC that X had
#    been ‘...’, and that B" (partial plus indirect); "According to the Chartered Institute ..., A".
ARTICLES[f"{BATCH}/north-calder-section-114.gold.json"] = {
    "article": f"{BATCH}/north-calder-section-114.txt",
    "target": "North Calder DC",
    "quotes": [
        (I, "Rupa Basu", "the council would be unable to set a balanced budget for 2027-28 without exceptional financial "
            "support from government", None),
        (P, "North Calder DC", "continue as normal", None),
        (I, "North Calder DC", "bin collections, council tax support and homelessness services would not "
            "be affected", None),
        (P, "Brian Cross", "a decade of cuts", None),
        (D, "Brian Cross", "Our spending power is still lower in real terms than it was in 2015,", None),
        (D, "Brian Cross", "No council of our size could absorb a bill like this, however well it was run.", None),
        (I, "Brian Cross", "the council had written to the local government minister to request a capitalisation "
            "direction of up to \u00a311m", None),
        (D, "Brian Cross", "No. I will stay and see this through.", None),
        (P, "Sally Marsh", "warned for years", None),
        (D, "Sally Marsh", "The claims were lodged in 2021. Every budget since then has pretended they would go away. "
            "They didn\u2019t.", None),
        (I, "Rupa Basu", "The liability relates to around 600 current and former employees, mostly in catering, "
            "cleaning and care roles, whose jobs were found to have been undervalued against comparable male-dominated "
            "roles", None),
        (P, "Dave Kowalczyk", "long enough", None),
        (I, "Dave Kowalczyk", "they must not be asked to accept a reduced settlement", None),
        (D, "Dave Kowalczyk", "These women were underpaid by this council for years. The council knew, and now it "
            "wants sympathy,", None),
        (I, "spokesperson for the Ministry of Housing, Communities and Local Government", "the department was in "
            "contact with the council", None),
        (P, "spokesperson for the Ministry of Housing, Communities and Local Government", "carefully", None),
        (P, "One senior finance officer", "unlucky with timing but slow to act", None),
        (I, "One senior finance officer", "several district councils faced similar claims", None),
        (I, "Chartered Institute of Public Finance and Accountancy", "councils in England hold a combined equal pay "
            "liability of more than \u00a31.5bn", None),
    ],
    "actors": [
        actor("Rupa Basu", "person", title="section 151 officer", affiliation="North Calder DC",
              aliases=["Rupa Basu", "Basu"], stance=0),
        actor("North Calder DC", "government", title="district council",
              aliases=["North Calder DC", "North Calder", "council"], stance=1),
        actor("Brian Cross", "person", title="council leader", affiliation="Labour",
              aliases=["Brian Cross", "Cross"], stance=1),
        actor("Sally Marsh", "person", title="Liberal Democrat group leader", affiliation="Liberal Democrats",
              aliases=["Sally Marsh", "Marsh"], stance=-1),
        actor("Dave Kowalczyk", "person", title="branch secretary", affiliation="Unison",
              aliases=["Dave Kowalczyk", "Kowalczyk"], stance=-1),
        actor("spokesperson for the Ministry of Housing, Communities and Local Government", "person",
              title="spokesperson", affiliation="Ministry of Housing, Communities and Local Government",
              aliases=["spokesperson for the Ministry of Housing, Communities and Local Government"], stance=0),
        actor("One senior finance officer", "person", title="anonymous senior finance officer at a neighbouring authority",
              aliases=["One senior finance officer"], stance=0),
        actor("Chartered Institute of Public Finance and Accountancy", "organisation", title="public finance body",
              aliases=["Chartered Institute of Public Finance and Accountancy"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
