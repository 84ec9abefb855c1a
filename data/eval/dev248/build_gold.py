"""Build the dev248 gold files (data/eval/dev248/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev248/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev248.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev248"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Cyprus Mail (Cyprus) sport (referees threaten a strike after an arson attack), headline "Referees threaten strike
#    over ‘campaign of intimidation’" (partial for the lede's group), "By ... | December 6, 2026" line, curly “ ” in the
#    body and ‘ ’ in the headline, ’ apostrophes, "€300,000"; lede "what they called a “...”" (partial); "Police said on
#    Friday that A and that B" (one span); association "said in a statement that its members had “...” and that B"
#    (partial plus indirect); chairman named after the first stretch ("said the association’s chairman, Kyriacos
#    Petrou"), then a quote-only paragraph; referee "told the Cyprus Mail that A", "he said"; scare so-called “black
#    list” ("Fans have circulated" is no speech); "The CFA insisted it had taken “...”" (partial only); "According to
#    CFA president Giorgos Christofides, “the federation has ...”" (direct, lower-case start); "He said A"; club
#    spokesman "said the club “...” but that B" (partial plus indirect); KOA "described the arson as “...”" (partial
#    only); anonymous club official "called the CFA’s fines “...”" (partial), "the official said".
ARTICLES[f"{BATCH}/cyprus-referees-strike-threat.gold.json"] = {
    "article": f"{BATCH}/cyprus-referees-strike-threat.txt",
    "target": "Cyprus Football Association",
    "quotes": [
        (P, "Referees in Cyprus", "campaign of intimidation", "Referees threaten"),
        (P, "Referees in Cyprus", "campaign of intimidation", "what they called"),
        (I, "Police", "they were examining CCTV footage from the area and that no arrests had been made", None),
        (P, "Cyprus Football Referees’ Association", "reached the limit", None),
        (I, "Cyprus Football Referees’ Association", "the CFA had failed to punish clubs whose officials publicly named and "
            "attacked referees", None),
        (D, "Kyriacos Petrou", "A referee makes a mistake, and the next morning a club president is on television calling "
            "him a thief. The day after, his car is burning. The CFA sees this and does nothing,", None),
        (D, "Kyriacos Petrou", "We are not asking for money. We are asking to be able to go home after a match.", None),
        (I, "Marios Stylianou", "he had moved his wife and two children to his parents’ house in Dromolaxia", None),
        (D, "Marios Stylianou", "My daughter asked me if they will burn the house next. What do I tell her?", None),
        (S, None, "black list", None),
        (P, "Cyprus Football Association", "every measure within its powers", None),
        (D, "Giorgos Christofides", "the federation has fined clubs more than €300,000 in two seasons for statements "
            "against referees, and it will not hesitate to do more.", None),
        (I, "Giorgos Christofides", "the CFA would meet the referees’ association on Tuesday", None),
        (P, "spokesman for Doxa Paphos", "condemns all violence", None),
        (I, "spokesman for Doxa Paphos", "its president had a right to criticise poor decisions", None),
        (P, "Cyprus Sports Organisation", "an attack on the sport itself", None),
        (P, "first division club official", "a joke", None),
        (D, "first division club official", "They fine us €10,000 and the president pays it from his pocket the same day. "
            "Nothing changes,", None),
    ],
    "actors": [
        actor("Referees in Cyprus", "group", title="football referees", affiliation="Cyprus",
              aliases=["Referees in Cyprus", "Referees"], stance=-1),
        actor("Police", "government", title="police", affiliation="Cyprus", aliases=["Police"], stance=None),
        actor("Cyprus Football Referees’ Association", "organisation", title="referees' association", affiliation="Cyprus",
              aliases=["Cyprus Football Referees’ Association", "the association"], stance=-1),
        actor("Kyriacos Petrou", "person", title="chairman", affiliation="Cyprus Football Referees’ Association",
              aliases=["Kyriacos Petrou", "Petrou"], stance=-1),
        actor("Marios Stylianou", "person", title="referee", affiliation="Larnaca",
              aliases=["Marios Stylianou", "Stylianou"], stance=None),
        actor("Cyprus Football Association", "organisation", title="football federation", affiliation="Cyprus",
              aliases=["Cyprus Football Association", "CFA"], stance=1),
        actor("Giorgos Christofides", "person", title="president", affiliation="Cyprus Football Association",
              aliases=["Giorgos Christofides", "Christofides"], stance=1),
        actor("spokesman for Doxa Paphos", "person", title="spokesman", affiliation="Doxa Paphos",
              aliases=["spokesman for Doxa Paphos"], stance=None),
        actor("Cyprus Sports Organisation", "government", title="state sports body", affiliation="Cyprus",
              aliases=["Cyprus Sports Organisation", "KOA"], stance=None),
        actor("first division club official", "person", title="club official (anonymous)", affiliation=None,
              aliases=["first division club official", "the official"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Rappler (Philippines) local politics/corruption (a mayor denies steering flood control contracts), headline
#    "Malabon mayor calls audit flags 'politically motivated'" (straight single marks; partial for the mayor), no
#    byline, dateline "MANILA, Philippines –", straight " and apostrophes, "P480 million"; "denied accusations that A"
#    (noun object kept); COA "said A, and that two of them were "..." at ..." (indirect plus partial); mayor named after
#    his quote ("told reporters at city hall"); "He said A and that B" (one span); ""...," he added"; councillor
#    "described the mayor's explanation as "..."" (partial only), "she said"; group "Residents of Barangay Tonsuya told
#    Rappler that A"; resident's quote (Tagalog then English) before "said Lorna Santos, 52, who ..."; contractor
#    "said all its projects were "..." and that B" (partial plus indirect); Ombudsman "confirmed it had received A, but
#    did not give details" (negated speech not annotated); scare so-called "ghost projects"; closing "has said he will
#    run ..." (indirect); "– Rappler.com" sign-off.
ARTICLES[f"{BATCH}/malabon-mayor-flood-control-audit.gold.json"] = {
    "article": f"{BATCH}/malabon-mayor-flood-control-audit.txt",
    "target": "Ramon Villafuerte",
    "quotes": [
        (P, "Ramon Villafuerte", "politically motivated", "calls audit flags"),
        (I, "Ramon Villafuerte", "accusations that his administration steered P480 million in flood control contracts to a "
            "company owned by his brother-in-law", None),
        (I, "Commission on Audit", "three drainage projects awarded to Tanza Builders Incorporated were paid in full", None),
        (P, "Commission on Audit", "less than 40% complete", None),
        (D, "Ramon Villafuerte", "This is politically motivated. The elections are in May, and suddenly there is an audit "
            "report in every newsroom,", None),
        (I, "Ramon Villafuerte", "the contracts had gone through public bidding and that his brother-in-law had sold his "
            "shares in the company in 2023", None),
        (D, "Ramon Villafuerte", "I have nothing to hide. Let them file a case,", None),
        (P, "Jasmine Dela Cruz", "the same story we hear every flood season.", None),
        (D, "Jasmine Dela Cruz", "The streets of Tonsuya were underwater for three days in July. If the drainage was "
            "finished, where did the water go?", None),
        (I, "Residents of Barangay Tonsuya", "the canal behind their homes had not been dredged since 2022", None),
        (D, "Lorna Santos", "Tuwing umuulan, lumulubog kami. We have been asking for years,", None),
        (P, "Tanza Builders", "completed according to plans", None),
        (I, "Tanza Builders", "the COA inspection had taken place before final works were done", None),
        (I, "Office of the Ombudsman", "it had received a complaint against Villafuerte and three city engineers", None),
        (S, None, "ghost projects", None),
        (I, "Ramon Villafuerte", "he will run for a third and final term in May", None),
    ],
    "actors": [
        actor("Ramon Villafuerte", "person", title="mayor", affiliation="Malabon",
              aliases=["Ramon Villafuerte", "Villafuerte", "Malabon Mayor Ramon Villafuerte", "the mayor",
                       "Malabon mayor"], stance=1),
        actor("Commission on Audit", "government", title="state audit body", affiliation="Philippines",
              aliases=["Commission on Audit", "COA"], stance=-1),
        actor("Jasmine Dela Cruz", "person", title="opposition councilor", affiliation="Malabon city council",
              aliases=["Jasmine Dela Cruz", "Dela Cruz"], stance=-1),
        actor("Residents of Barangay Tonsuya", "group", title="residents", affiliation="Barangay Tonsuya, Malabon",
              aliases=["Residents of Barangay Tonsuya"], stance=-1),
        actor("Lorna Santos", "person", title="sari-sari store owner, 52", affiliation="Tonsuya",
              aliases=["Lorna Santos", "Santos"], stance=-1),
        actor("Tanza Builders", "organisation", title="contractor", affiliation="Malabon",
              aliases=["Tanza Builders", "Tanza Builders Incorporated"], stance=1),
        actor("Office of the Ombudsman", "government", title="anti-graft office", affiliation="Philippines",
              aliases=["Office of the Ombudsman"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Seychelles Nation (Seychelles) fisheries/environment (the octopus fishery closed for three months), headline
#    without speech, byline and date lines, straight " and apostrophes, "Ms"/"Mr" before names, "SCR 4,500"; lede
#    content before "the Seychelles Fishing Authority (SFA) said in a communiqué"; "According to the SFA, A, and B" (one
#    span); CEO "told Nation that A", "she said", then a quote-only paragraph; group "Octopus fishers at the Bel Ombre
#    landing site said A but that B" (one span); fisher's quote before "said Mr Jean-Paul Labiche, who ..."; minister
#    after "Answering questions in the National Assembly ..., the Minister ..., Mr Alain Barbé, said A", "he said"; MCSS
#    "described the closure as "..." and said B" (partial plus indirect); MNA "said the allowance was "..."", "she
#    added"; scare so-called "blue bond"; closing "The SFA said A".
ARTICLES[f"{BATCH}/seychelles-octopus-fishery-closure.gold.json"] = {
    "article": f"{BATCH}/seychelles-octopus-fishery-closure.txt",
    "target": "Seychelles Fishing Authority",
    "quotes": [
        (I, "Seychelles Fishing Authority", "The octopus fishery around Mahé and Praslin will be closed from January 1 to "
            "March 31 to allow stocks to recover", None),
        (I, "Seychelles Fishing Authority", "catches of octopus fell from 140 tonnes in 2022 to 62 tonnes last year, and the "
            "average size of octopus landed has dropped by almost a third", None),
        (I, "Marie-Claire Hoareau", "the closure followed two years of surveys carried out with fishers on the east and "
            "south coasts of Mahé", None),
        (D, "Marie-Claire Hoareau", "We did not take this decision in an office. The fishers themselves told us the octopus "
            "were getting smaller and harder to find,", None),
        (D, "Marie-Claire Hoareau", "Three months is short. If we act now, we will not need to close the fishery for a whole "
            "year later on.", None),
        (I, "Octopus fishers at the Bel Ombre landing site", "they supported a closure in principle but that three months "
            "without income was too long to manage without help", None),
        (D, "Jean-Paul Labiche", "We are not against the closure. We are against closing it and leaving us with nothing. "
            "Nobody from the SFA came to Bel Ombre to ask us,", None),
        (I, "Alain Barbé", "the government would pay registered octopus fishers a monthly allowance of SCR 4,500 during the "
            "closure", None),
        (D, "Alain Barbé", "The money has been approved by Cabinet. Nobody will be left with nothing,", None),
        (P, "Marine Conservation Society Seychelles", "long overdue", None),
        (I, "Marine Conservation Society Seychelles", "similar closures in Rodrigues had doubled catches within three years",
            None),
        (P, "Sandra Esparon", "welcome but late", None),
        (D, "Sandra Esparon", "Fishers should have been told in September, not in December, so they could plan for it,",
            None),
        (S, None, "blue bond", None),
        (I, "Seychelles Fishing Authority", "fishers caught with octopus during the closure could face fines of up to SCR "
            "50,000 and the confiscation of their gear", None),
    ],
    "actors": [
        actor("Seychelles Fishing Authority", "government", title="fisheries authority", affiliation="Seychelles",
              aliases=["Seychelles Fishing Authority", "SFA"], stance=1),
        actor("Marie-Claire Hoareau", "person", title="chief executive", affiliation="Seychelles Fishing Authority",
              aliases=["Marie-Claire Hoareau", "Hoareau", "Ms Marie-Claire Hoareau"], stance=1),
        actor("Octopus fishers at the Bel Ombre landing site", "group", title="fishers", affiliation="Bel Ombre",
              aliases=["Octopus fishers at the Bel Ombre landing site"], stance=0),
        actor("Jean-Paul Labiche", "person", title="octopus fisher", affiliation="Bel Ombre",
              aliases=["Jean-Paul Labiche", "Labiche", "Mr Jean-Paul Labiche"], stance=-1),
        actor("Alain Barbé", "person", title="Minister for Fisheries and the Blue Economy", affiliation="Seychelles government",
              aliases=["Alain Barbé", "Barbé", "Mr Alain Barbé"], stance=1),
        actor("Marine Conservation Society Seychelles", "organisation", title="conservation NGO", affiliation="Seychelles",
              aliases=["Marine Conservation Society Seychelles", "MCSS"], stance=1),
        actor("Sandra Esparon", "person", title="MNA for Bel Ombre", affiliation="National Assembly",
              aliases=["Sandra Esparon", "Esparon", "Ms Sandra Esparon"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Railway Gazette (rail trade press) rolling stock (a bi-mode fleet for Wales delayed by software faults), headline
#    without speech, "Written by" and date lines, "UK:" dateline, curly “ ” and ’, present-tense "says" throughout
#    beside past "said"/"confirmed"; lede content before "Transport for Wales confirmed on December 2"; "According to
#    TfW, A, and B" (one span); "Korvan says A and that B" (one span); MD named after his quote ("says Stefan Brauer,
#    managing director of ..."), then a quote-only paragraph; caption ending "Photo: Korvan Rail" (not annotated); TfW
#    COO "says the delay is “...” but that B" (partial plus indirect), "she says"; scare so-called “smart changeover”;
#    Welsh Government "said it would expect Korvan to meet “...” of ..." (partial only); union organiser "said drivers
#    had reported the fault “...” and that their concerns had been “...”" (two partials); consultant "says A", "she
#    says".
ARTICLES[f"{BATCH}/korvan-bi-mode-fleet-wales-delay.gold.json"] = {
    "article": f"{BATCH}/korvan-bi-mode-fleet-wales-delay.txt",
    "target": "Korvan Rail",
    "quotes": [
        (I, "Transport for Wales", "The entry into service of 38 Class 232 bi-mode multiple units being built by Korvan Rail "
            "has been pushed back by at least nine months after software faults were found during testing", None),
        (I, "Transport for Wales", "the units have repeatedly failed to switch between diesel and battery power at speeds "
            "above 80 km/h, and two have shut down completely during test runs on the Heart of Wales line", None),
        (I, "Korvan Rail", "it has identified the cause and that a software update will be tested in January", None),
        (D, "Stefan Brauer", "This is a new traction system, and we have always been clear that testing would find "
            "problems. That is what testing is for,", None),
        (D, "Stefan Brauer", "We will not hand over a train until it is right.", None),
        (P, "Rhian Powell", "disappointing", None),
        (I, "Rhian Powell", "passengers will not see cuts to services, as the Class 150 and Class 158 units that the new "
            "fleet is due to replace will be kept in traffic", None),
        (D, "Rhian Powell", "We have been through this before with other fleets. The priority is a reliable train, not a "
            "fast one,", None),
        (S, None, "smart changeover", None),
        (P, "Welsh Government", "the full cost", None),
        (P, "Gareth Morgan", "as far back as June", None),
        (P, "Gareth Morgan", "brushed aside", None),
        (I, "Amrita Sen", "the problems are typical of a first-of-type fleet", None),
        (D, "Amrita Sen", "Every new bi-mode design in Britain has had a difficult first year. Korvan is not unusual, but "
            "it did promise more than it has delivered,", None),
    ],
    "actors": [
        actor("Transport for Wales", "organisation", title="rail operator", affiliation="Wales",
              aliases=["Transport for Wales", "TfW"], stance=0),
        actor("Korvan Rail", "organisation", title="train manufacturer", affiliation=None, aliases=["Korvan Rail", "Korvan"],
              stance=1),
        actor("Stefan Brauer", "person", title="managing director", affiliation="Korvan Rail UK",
              aliases=["Stefan Brauer", "Brauer"], stance=1),
        actor("Rhian Powell", "person", title="Chief Operating Officer", affiliation="Transport for Wales",
              aliases=["Rhian Powell", "Powell"], stance=0),
        actor("Welsh Government", "government", title="devolved government", affiliation="Wales",
              aliases=["Welsh Government"], stance=-1),
        actor("Gareth Morgan", "person", title="district organiser", affiliation="ASLEF",
              aliases=["Gareth Morgan", "Morgan"], stance=-1),
        actor("Amrita Sen", "person", title="rolling stock consultant", affiliation=None,
              aliases=["Amrita Sen", "Sen", "Dr Amrita Sen"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
