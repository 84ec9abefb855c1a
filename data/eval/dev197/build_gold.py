"""Build the dev197 gold files (data/eval/dev197/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev197/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev197.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev197"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Global Construction Review (construction trade press) contracts (a Spanish contractor suspends work
#    on a Lima expressway over unpaid bills), headline without speech, byline and date lines, straight "
#    and apostrophes, British spelling, "$38m", "9km"; lede participial "saying A" (indirect); filing "said
#    A, and that B" (one span); CEO's quote before "chief executive Álvaro Roldán told GCR", then a
#    quote-only paragraph; municipality "said in a statement that Tecnovial's claims included "..."
#    variations ... and that B" (partial plus indirect); municipal manager "said the contractor was "..."
#    the city" (partial only), quote split by "Zevallos said" (two stretches); scare so-called "adicionales"
#    (glossed; "auditors have long regarded with suspicion" is not speech); chamber "weighed in on the
#    contractor's side" (act), its president "said late payment ... was "..." that was driving ..."
#    (partial only); "Residents of Chorrillos said A"; analyst "said A", quote with "he said"; "According
#    to its latest annual report, A" (Tecnovial's report); "Lima's mayor has not commented" (not annotated).
ARTICLES[f"{BATCH}/lima-costa-verde-contractor-exit.gold.json"] = {
    "article": f"{BATCH}/lima-costa-verde-contractor-exit.txt",
    "target": "Tecnovial Infraestructuras",
    "quotes": [
        (I, "Tecnovial Infraestructuras", "the city government owes it $38m for work already completed", None),
        (I, "Tecnovial Infraestructuras", "it had given the Metropolitan Municipality of Lima 30 days' notice of "
            "termination, and that it would seek damages through international arbitration if the debt was not settled",
            None),
        (D, "Álvaro Roldán", "We have kept 600 people working for five months without being paid. No company can "
            "finance a public project indefinitely,", None),
        (D, "Álvaro Roldán", "We still want to finish this road. But we need a counterparty that honours its contracts.",
            None),
        (P, "Metropolitan Municipality of Lima", "unsupported", None),
        (I, "Metropolitan Municipality of Lima", "it had paid every certificate approved by the project supervisor",
            None),
        (P, "Carlos Zevallos", "using the press to pressure", None),
        (D, "Carlos Zevallos", "The contract is clear. We pay what is certified, not what is invoiced,", None),
        (D, "Carlos Zevallos", "If Tecnovial leaves, we will call the second bidder.", None),
        (S, None, "adicionales", None),
        (P, "Guillermo Pacheco", "a chronic problem", None),
        (I, "Residents of Chorrillos", "the contractor had left open trenches and piles of rubble along the coastal road, "
            "which is now closed to traffic in both directions between the two districts", None),
        (I, "Sebastián Ugarte", "walking away from a flagship project carried risks for Tecnovial as well as for the "
            "city", None),
        (D, "Sebastián Ugarte", "Tecnovial may be right on the numbers, but it is bidding for two airport packages in "
            "Peru next year. Clients remember who left a site,", None),
        (I, "Tecnovial Infraestructuras", "Tecnovial generated 41% of its revenue in Latin America in 2025, mainly in "
            "Peru, Chile and Colombia", None),
    ],
    "actors": [
        actor("Tecnovial Infraestructuras", "organisation", title="Spanish contractor", affiliation=None,
              aliases=["Tecnovial Infraestructuras", "Tecnovial", "The company"], stance=1),
        actor("Álvaro Roldán", "person", title="chief executive", affiliation="Tecnovial Infraestructuras",
              aliases=["Álvaro Roldán", "Roldán"], stance=1),
        actor("Metropolitan Municipality of Lima", "government", title="city government", affiliation="Lima",
              aliases=["Metropolitan Municipality of Lima", "The municipality"], stance=-1),
        actor("Carlos Zevallos", "person", title="municipal manager", affiliation="Metropolitan Municipality of Lima",
              aliases=["Carlos Zevallos", "Zevallos"], stance=-1),
        actor("Guillermo Pacheco", "person", title="president", affiliation="Capeco (Peru's construction chamber)",
              aliases=["Guillermo Pacheco", "Pacheco"], stance=1),
        actor("Residents of Chorrillos", "group", title="residents", affiliation=None,
              aliases=["Residents of Chorrillos"], stance=-1),
        actor("Sebastián Ugarte", "person", title="construction analyst", affiliation="Andes Research",
              aliases=["Sebastián Ugarte", "Ugarte"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. MONTSAME (Mongolia's national news agency, English service) environment / mining (coal-truck dust
#    on a Gobi haul road), headline without speech, dateline "Ulaanbaatar, December 3 (MONTSAME).",
#    straight " and apostrophes, Mongolian initial-plus-given-name style ("G.Batzorig", "S.Naranbaatar",
#    "D.Bayarmaa", "E.Tumurbaatar"), "MNT 48 billion", "percent"; lede content before "the General Agency
#    for Specialized Inspection reported on Wednesday"; inspector "noted that A" (indirect), quote with "he
#    said"; company "said A and that B" (one span) in a written response, "The company also said it had
#    been spraying water ... "..." since September" (partial only); executive's quote before "Executive
#    Director of Khongor Coal S.Naranbaatar said", "He said A"; scare so-called "coal corridor"; "Local
#    herders said A and that B" (one span); herder's quote before "herder D.Bayarmaa, whose ..., told
#    MONTSAME", then a quote-only paragraph; soum governor "said A"; ministry "said it would review ... and
#    would decide ..." (one span); "According to the Customs General Administration, A"; the Government
#    "plans" (not speech).
ARTICLES[f"{BATCH}/khongor-coal-truck-dust.gold.json"] = {
    "article": f"{BATCH}/khongor-coal-truck-dust.txt",
    "target": "Khongor Coal LLC",
    "quotes": [
        (I, "General Agency for Specialized Inspection", "Dust levels along an unpaved coal haulage road in Tsogttsetsii "
            "soum of Umnugovi aimag exceeded national air quality standards by up to seven times in October", None),
        (I, "G.Batzorig", "the company had received two written warnings about dust on the road in 2025", None),
        (D, "G.Batzorig", "The company was required by its environmental impact assessment to pave this road by the end "
            "of 2025. Not one kilometre has been paved,", None),
        (I, "Khongor Coal LLC", "it had signed a contract worth MNT 48 billion to pave the road and that work would begin "
            "in April, once the ground thaws", None),
        (P, "Khongor Coal LLC", "twice a day", None),
        (D, "S.Naranbaatar", "We take the concerns of herders seriously. Since September we have spent more than MNT 600 "
            "million on water trucks and health checks for local families,", None),
        (I, "S.Naranbaatar", "the company employed 1,400 people, more than half of them from Umnugovi aimag", None),
        (S, None, "coal corridor", None),
        (I, "Local herders", "their winter pastures near the road had turned grey with dust and that several families "
            "had moved their camps further away this year", None),
        (D, "D.Bayarmaa", "My goats will not eat the grass near the road. It is covered with coal dust. When the wind "
            "blows, my grandchildren cough all night,", None),
        (D, "D.Bayarmaa", "Nobody asked us before they opened this road. Now they tell us to wait until April.", None),
        (I, "E.Tumurbaatar", "the soum health centre had recorded a 30 percent rise in respiratory illness among "
            "children this year, mostly in families living near the road", None),
        (I, "Ministry of Environment and Climate Change", "it would review the company's environmental management plan "
            "by the end of January and would decide whether further measures were needed", None),
        (I, "Customs General Administration", "Mongolia exported 81.9 million tonnes of coal in the first eleven months "
            "of this year, most of it to China", None),
    ],
    "actors": [
        actor("General Agency for Specialized Inspection", "government", title="inspection agency", affiliation="Mongolia",
              aliases=["General Agency for Specialized Inspection"], stance=-1),
        actor("G.Batzorig", "person", title="Senior State Inspector",
              affiliation="General Agency for Specialized Inspection", aliases=["G.Batzorig", "Batzorig"], stance=-1),
        actor("Khongor Coal LLC", "organisation", title="coal mining company", affiliation=None,
              aliases=["Khongor Coal LLC", "Khongor Coal", "The company"], stance=1),
        actor("S.Naranbaatar", "person", title="Executive Director", affiliation="Khongor Coal LLC",
              aliases=["S.Naranbaatar", "Naranbaatar"], stance=1),
        actor("Local herders", "group", title="herders", affiliation="Tsogttsetsii soum",
              aliases=["Local herders"], stance=-1),
        actor("D.Bayarmaa", "person", title="herder", affiliation=None, aliases=["D.Bayarmaa", "Bayarmaa"], stance=-1),
        actor("E.Tumurbaatar", "person", title="Governor of Tsogttsetsii soum", affiliation=None,
              aliases=["E.Tumurbaatar", "Tumurbaatar"], stance=-1),
        actor("Ministry of Environment and Climate Change", "government", title="ministry", affiliation="Mongolia",
              aliases=["Ministry of Environment and Climate Change"], stance=0),
        actor("Customs General Administration", "government", title="customs", affiliation="Mongolia",
              aliases=["Customs General Administration"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. MercoPress (South Atlantic news agency) labour (a strike halts a pulp mill in Uruguay), headline
#    "Strike halts Uruguay pulp mill as union rejects ‘insufficient’ wage offer" (curly single-quoted
#    fragment, speaker the union the headline names), "Friday, December 4th 2026 - 09:12 UTC" line, curly
#    double marks with ’ apostrophes, "4.5%", "US$2 million"; lede content before "the company confirmed
#    on Thursday"; union "said in a statement that management’s offer ... was “...” given ..., and that B"
#    (partial plus indirect); union leader's quote before "SITRA secretary general Martín Olivera told
#    MercoPress"; company "said the delegates had been dismissed for “...” of safety rules ..., and that its
#    offer was “...” set by ..." (two partials only); manager's quote before "general manager Henrik
#    Lindroos said at a press conference", "He said A"; scare so-called “zona franca”; federation "said it
#    would hold ..." (reported intention: indirect); labour director "said A", quote with "she said";
#    "The opposition was quick to take the company’s side" (not speech), senator "said the government
#    should guarantee “...” of employees ..." (partial only); "Local hauliers said A"; "According to Uruguay
#    XXI, the government’s export promotion agency, A".
ARTICLES[f"{BATCH}/arazati-pulp-mill-strike.gold.json"] = {
    "article": f"{BATCH}/arazati-pulp-mill-strike.txt",
    "target": "Arazatí Celulosa",
    "quotes": [
        (P, "SITRA", "insufficient", "Strike halts"),
        (I, "Arazatí Celulosa", "Production at the Arazatí pulp mill in Uruguay’s Río Negro department has been halted "
            "since Tuesday after about 700 workers walked out over pay and the dismissal of two union delegates", None),
        (P, "SITRA", "insufficient", "SITRA, said"),
        (I, "SITRA", "the strike would continue until the two delegates were reinstated", None),
        (D, "Martín Olivera", "They fired Sergio and Paola the day after they asked for a safety inspection of the "
            "bleaching plant. That is not a coincidence, it is a message to everyone who works here,", None),
        (P, "Arazatí Celulosa", "serious breaches", None),
        (P, "Arazatí Celulosa", "above the guideline", None),
        (D, "Henrik Lindroos", "We respect freedom of association absolutely. But we cannot accept a blockade of the "
            "gates of a chemical plant, which puts everyone at risk,", None),
        (I, "Henrik Lindroos", "the stoppage was costing the company about US$2 million a day in lost production", None),
        (S, None, "zona franca", None),
        (I, "PIT-CNT", "it would hold a four-hour national stoppage next Wednesday in solidarity with the Arazatí "
            "workers", None),
        (I, "Gabriela Ferreira", "both sides had agreed to attend a tripartite meeting in Montevideo on Friday afternoon",
            None),
        (D, "Gabriela Ferreira", "Nobody gains from a long conflict in a sector this important for the country. The "
            "ministry’s door is open to both parties,", None),
        (P, "Ignacio Barreto", "the right to work", None),
        (I, "Local hauliers", "more than 200 trucks loaded with eucalyptus logs had been parked along Route 2 since "
            "Tuesday", None),
        (I, "Uruguay XXI", "pulp was the country’s second-largest export in 2025, worth US$2.6 billion, behind only beef",
            None),
    ],
    "actors": [
        actor("SITRA", "organisation", title="mill workers' union", affiliation="Arazatí mill",
              aliases=["SITRA", "union"], stance=-1),
        actor("Arazatí Celulosa", "organisation", title="pulp mill operator (Finnish-Chilean owned)", affiliation=None,
              aliases=["Arazatí Celulosa", "the company"], stance=1),
        actor("Martín Olivera", "person", title="secretary general", affiliation="SITRA",
              aliases=["Martín Olivera", "Olivera"], stance=-1),
        actor("Henrik Lindroos", "person", title="general manager", affiliation="Arazatí Celulosa",
              aliases=["Henrik Lindroos", "Lindroos"], stance=1),
        actor("PIT-CNT", "organisation", title="trade union federation", affiliation="Uruguay",
              aliases=["PIT-CNT"], stance=-1),
        actor("Gabriela Ferreira", "person", title="national director of labour", affiliation="Labour Ministry",
              aliases=["Gabriela Ferreira", "Ferreira"], stance=0),
        actor("Ignacio Barreto", "person", title="senator", affiliation="National Party",
              aliases=["Ignacio Barreto", "Barreto"], stance=1),
        actor("Local hauliers", "group", title="hauliers supplying the mill", affiliation=None,
              aliases=["Local hauliers"], stance=None),
        actor("Uruguay XXI", "government", title="export promotion agency", affiliation="Uruguay",
              aliases=["Uruguay XXI"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Norfolk Islander (weekly, Norfolk Island) local government (Canberra's plan for a part-appointed
#    advisory council), headline "Canberra’s council plan ‘a step backwards’, say Islanders" (curly
#    single-quoted fragment, speaker the group the headline names), paper and date lines, Australian
#    curly single marks ‘ ’ for quotes and ’ apostrophes (Norf’k, island’s), punctuation outside closing
#    marks for fragments, "Ms"/"Mr"/"Dr"; lede content before "the Assistant Minister for Territories,
#    Rebecca Hollis, confirmed on Thursday"; content before "the Minister said in a statement"; quote split
#    by "Ms Hollis said"; "Islanders who spoke at the meeting said the plan gave Canberra ‘...’" (partial
#    only); convenor "said: ‘...` open at the end of its line and a closed paragraph; Administrator "told The
#    Norfolk Islander that the appointed members would be ‘...’ and not for their politics" (partial only),
#    "He said A"; scare so-called ‘takeover’; chamber president "said A", quote with "Mr Evans said";
#    lawyer "said A, and that B" (one span); anonymous former councillor "who asked not to be named, said
#    A", quote with "the former councillor said"; department "said A"; "The Minister is expected to visit"
#    (not speech).
ARTICLES[f"{BATCH}/norfolk-island-advisory-council.gold.json"] = {
    "article": f"{BATCH}/norfolk-island-advisory-council.txt",
    "target": "Commonwealth",
    "quotes": [
        (P, "Islanders", "a step backwards", None),
        (I, "Rebecca Hollis", "The Commonwealth will appoint four of the seven members of a new Norfolk Island Advisory "
            "Council and keep the final say over the island’s budget", None),
        (I, "Rebecca Hollis", "The three remaining members will be elected by residents in a ballot to be held in May "
            "2027", None),
        (D, "Rebecca Hollis", "This model gives Islanders a real voice while we continue to rebuild the island’s "
            "finances and services,", None),
        (D, "Rebecca Hollis", "It is a stepping stone, not a destination.", None),
        (P, "Islanders", "more control, not less", None),
        (D, "Moira Adams-Buffett", "We were promised that self-government would come back. What we have been given is a "
            "committee that can be outvoted by Canberra every time.", None),
        (D, "Moira Adams-Buffett", "Islanders are not children. We ran this island for more than 30 years.", None),
        (P, "Neil Furness", "chosen for their skills", None),
        (I, "Neil Furness", "the Commonwealth had invested more than $120 million in the island’s hospital, roads, water "
            "and electricity since 2016", None),
        (S, None, "takeover", None),
        (I, "Tim Evans", "business owners were tired of waiting", None),
        (D, "Tim Evans", "Business just wants certainty. Any council is better than no council,", None),
        (I, "Hamish Reeves", "the model was similar to arrangements in other external territories, and that the "
            "Commonwealth was unlikely to give up control of the budget while the island relied on federal funding",
            None),
        (I, "former member of the suspended council", "Canberra had ignored two rounds of community consultation in 2024 "
            "and 2025", None),
        (D, "former member of the suspended council", "Every time we tell them what we want, they go away and design "
            "something else,", None),
        (I, "Department of Infrastructure", "the island’s resident population had fallen 4 per cent since 2021, to about "
            "2,100", None),
    ],
    "actors": [
        actor("Islanders", "group", title="residents at the public meeting", affiliation="Norfolk Island",
              aliases=["Islanders"], stance=-1),
        actor("Rebecca Hollis", "person", title="Assistant Minister for Territories", affiliation="Commonwealth",
              aliases=["Rebecca Hollis", "Hollis", "Ms Hollis", "the Minister"], stance=1),
        actor("Moira Adams-Buffett", "person", title="convenor", affiliation="Norfolk Island Community Forum",
              aliases=["Moira Adams-Buffett", "Adams-Buffett"], stance=-1),
        actor("Neil Furness", "person", title="Administrator", affiliation="Commonwealth",
              aliases=["Neil Furness", "Furness", "The Administrator"], stance=1),
        actor("Tim Evans", "person", title="Chamber of Commerce president", affiliation="Chamber of Commerce",
              aliases=["Tim Evans", "Mr Evans", "Evans"], stance=1),
        actor("Hamish Reeves", "person", title="constitutional lawyer (Dr)", affiliation="Australian National University",
              aliases=["Hamish Reeves", "Reeves"], stance=0),
        actor("former member of the suspended council", "person", title="former councillor (anonymous)",
              affiliation="Norfolk Island Regional Council (suspended)",
              aliases=["former member of the suspended council", "the former councillor"], stance=-1),
        actor("Department of Infrastructure", "government", title="federal department", affiliation="Commonwealth",
              aliases=["Department of Infrastructure"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
