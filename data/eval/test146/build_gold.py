"""Build the test146 gold files (data/eval/test146/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test146/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test146.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test146"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Ynetnews (Israel) health (internal medicine wards overflow as the flu season peaks early), headline and
#    standfirst without speech, straight " and apostrophes, US punctuation inside closing marks, "Dr.",
#    "Prof."; hospital "reported an occupancy rate of ..." (noun object kept); ward director named after her
#    first stretch ("..., Dr. Yael Ben-Ami, director of ..., told Ynet"), then a paragraph that ends without a
#    closing mark and a closed quote-only paragraph; ministry "said in a statement that A and that B" (one
#    span); director-general "said at a press briefing that the early peak had been "..." and that the
#    ministry was monitoring hospitals "..."" (two partials), quote with "Shamir said", Q&A "Asked why ..., he
#    replied: "..."" ; medical association "said Shamir's comments were "..." and that B" (partial plus
#    indirect); committee head named after his quote; nurses' association "said A"; anonymous Finance
#    Ministry official "told Ynet the budget ... had been transferred "..." of ..." (partial only); relative
#    "said she did not blame the staff" (a reported proposition, not negated speech), then "she said"; scare
#    so-called "winter readiness plan" (the plan's "called for" is not speech); "Health experts have warned for
#    years that A" (a group).
ARTICLES[f"{BATCH}/internal-medicine-wards-flu-overcrowding.gold.json"] = {
    "article": f"{BATCH}/internal-medicine-wards-flu-overcrowding.txt",
    "target": "Health Ministry",
    "quotes": [
        (I, "Sharon Valley Medical Center", "an occupancy rate of 148% in its four internal medicine wards", None),
        (D, "Yael Ben-Ami", "We have patients in their 90s lying in the corridor next to the elevator. No one should be "
            "hospitalized like that, not in Israel in 2026,", None),
        (D, "Yael Ben-Ami", "My staff is exhausted. Nurses are doing double shifts for the third week in a row, and some "
            "of them are getting sick themselves.", None),
        (D, "Yael Ben-Ami", "The Health Ministry knows these numbers. It has known them every winter for ten years.",
            None),
        (I, "Health Ministry", "it had approved 300 additional temporary beds for hospitals in the center of the country "
            "and that a national flu vaccination campaign had reached 1.9 million people", None),
        (P, "Eitan Shamir", "unexpected", None),
        (P, "Eitan Shamir", "on a daily basis.", None),
        (D, "Eitan Shamir", "The system is under pressure, but it is working. Nobody is being turned away,", None),
        (D, "Eitan Shamir", "We approved them the moment the data justified it.", None),
        (P, "Israel Medical Association", "detached from reality", None),
        (I, "Israel Medical Association", "the shortage of internal medicine beds was structural", None),
        (D, "Ronen Gal", "Israel has 1.8 hospital beds per thousand people, among the lowest in the OECD. Three hundred "
            "temporary beds are a bandage,", None),
        (I, "National Association of Nurses", "it would hold an emergency meeting on Monday to discuss the workload in "
            "internal medicine wards", None),
        (P, "senior Finance Ministry official", "within 48 hours", None),
        (I, "Rina Levi", "she did not blame the staff", None),
        (D, "Rina Levi", "I understand the doctors are doing their best. But my father was lying under a fluorescent "
            "light for 40 hours. Where is the ministry?", None),
        (S, None, "winter readiness plan", None),
        (I, "Health experts", "Israel's hospital bed ratio has been falling as the population grows and ages", None),
    ],
    "actors": [
        actor("Sharon Valley Medical Center", "organisation", title="hospital", affiliation="Kfar Saba",
              aliases=["Sharon Valley Medical Center", "Sharon Valley"], stance=None),
        actor("Yael Ben-Ami", "person", title="director of Internal Medicine B (Dr.)",
              affiliation="Sharon Valley Medical Center", aliases=["Yael Ben-Ami", "Dr. Yael Ben-Ami", "Ben-Ami"],
              stance=-1),
        actor("Health Ministry", "government", title="ministry", affiliation="Israel",
              aliases=["Health Ministry", "the ministry"], stance=1),
        actor("Eitan Shamir", "person", title="Health Ministry Director-General (Prof.)", affiliation="Health Ministry",
              aliases=["Eitan Shamir", "Prof. Eitan Shamir", "Shamir"], stance=1),
        actor("Israel Medical Association", "organisation", title="doctors' association", affiliation="Israel",
              aliases=["Israel Medical Association", "the association"], stance=-1),
        actor("Ronen Gal", "person", title="head of the committee on hospital medicine (Dr.)",
              affiliation="Israel Medical Association", aliases=["Ronen Gal", "Dr. Ronen Gal", "Gal"], stance=-1),
        actor("National Association of Nurses", "organisation", title="nurses' union", affiliation="Israel",
              aliases=["National Association of Nurses"], stance=None),
        actor("senior Finance Ministry official", "person", title="Finance Ministry official (anonymous)",
              affiliation="Finance Ministry", aliases=["senior Finance Ministry official"], stance=None),
        actor("Rina Levi", "person", title="daughter of an 87-year-old patient", affiliation=None,
              aliases=["Rina Levi", "Levi"], stance=-1),
        actor("Health experts", "group", title="health experts", affiliation=None, aliases=["Health experts"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. BusinessTech (South Africa) business/tech (a digital bank's 14-hour app outage), headline `Umoya Bank blames
#    "failed upgrade" for ...` (a straight double fragment inside an act: the bank's partial), straight " and
#    apostrophes, British punctuation outside closing marks, "22:30"; "has apologised" (act); "the bank said
#    the outage had been caused by "..." during ... and that B" (partial plus indirect); CEO named after her
#    quote, "Ntuli said A and that B" (one span); "users posted screenshots" (not speech); teacher named after
#    his quote; regulator "said A and had B" (one span); analyst "said A, adding that ... had "..."" (indirect
#    plus partial: the participle's clause holds the fragment), "he said"; present-tense "says it has ..."
#    (indirect); anonymous former IT manager "told BusinessTech that A", then "the former manager said";
#    "Responding to these claims, the bank said it "..." and that B" (partial plus indirect); scare so-called
#    "month-end crunch".
ARTICLES[f"{BATCH}/umoya-bank-app-outage.gold.json"] = {
    "article": f"{BATCH}/umoya-bank-app-outage.txt",
    "target": "Umoya Bank",
    "quotes": [
        (P, "Umoya Bank", "failed upgrade", None),
        (P, "Umoya Bank", "a failed database upgrade", None),
        (I, "Umoya Bank", "no client data had been compromised", None),
        (D, "Thandeka Ntuli", "We know how much our clients depend on us, especially at month-end. We got this wrong, "
            "and we are sorry,", None),
        (I, "Thandeka Ntuli", "the bank would refund all failed-transaction and overdraft fees incurred during the "
            "outage and that affected clients would not need to apply", None),
        (D, "Sipho Dlamini", "I couldn't pay for petrol on my way home. I had to leave my ID with the garage and come "
            "back with cash,", None),
        (I, "Prudential Authority", "it was aware of the incident and had requested a full report from the bank within "
            "14 days", None),
        (I, "Pieter du Toit", "it was the bank's third major outage in 18 months", None),
        (P, "Pieter du Toit", "outpaced its technology investment", None),
        (D, "Pieter du Toit", "Digital banks sell reliability. When the app goes down, there is no branch to walk into. "
            "Clients will forgive one outage, maybe two. A third starts to look like a pattern,", None),
        (I, "Umoya Bank", "it has 7.4 million clients", None),
        (I, "former Umoya IT manager", "engineers had warned management about the upgrade plan weeks in advance", None),
        (D, "former Umoya IT manager", "There was a rollback plan on paper. Nobody had ever tested it,", None),
        (P, "Umoya Bank", "does not comment on the views of former employees", None),
        (I, "Umoya Bank", "a full review was under way", None),
        (S, None, "month-end crunch", None),
    ],
    "actors": [
        actor("Umoya Bank", "organisation", title="digital bank", affiliation="South Africa",
              aliases=["Umoya Bank", "Umoya", "the bank"], stance=1),
        actor("Thandeka Ntuli", "person", title="CEO", affiliation="Umoya Bank", aliases=["Thandeka Ntuli", "Ntuli"],
              stance=0),
        actor("Sipho Dlamini", "person", title="teacher from Soweto (client)", affiliation=None,
              aliases=["Sipho Dlamini", "Dlamini"], stance=-1),
        actor("Prudential Authority", "government", title="banking regulator",
              affiliation="South African Reserve Bank", aliases=["Prudential Authority"], stance=0),
        actor("Pieter du Toit", "person", title="banking analyst", affiliation="Cape Fintech Research",
              aliases=["Pieter du Toit", "du Toit"], stance=-1),
        actor("former Umoya IT manager", "person", title="former IT manager (anonymous)", affiliation="Umoya Bank",
              aliases=["former Umoya IT manager", "the former manager"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Mada Masr (Egypt) labour (a public-sector spinning company's workers sit in over a withheld bonus),
#    headline without speech, curly “ ” and ’, em dashes inside an indirect span, US punctuation inside closing
#    marks, "LE214 million"; "demanding the payment of ..." (directive); group of anonymous workers "said A,
#    and that B" (one span, with an em-dash apposition inside); "A 44-year-old machine operator, one of the
#    three, said: “...”" then a quote-only paragraph; chairman "said in a statement ... that the company had
#    recorded a loss ... because of “...” increases" (partial only), then "the statement read" (his direct),
#    "Mansour said the company was prepared to pay a “...” of ..." (partial only); anonymous holding-company
#    source "told Mada Masr that the holding company had asked ... to “...”" (partial only); lawyer "said A",
#    quote with "Fawzy told Mada Masr", "He added that A, and that B" (one span); "did not respond to ...
#    request for comment" (not annotated); "According to the Center for Trade Union and Workers Services, A";
#    MP "said A, and described the management’s offer as “...”" (indirect plus partial); scare so-called
#    “restructuring plan”.
ARTICLES[f"{BATCH}/kafr-al-dawwar-spinning-bonus-sit-in.gold.json"] = {
    "article": f"{BATCH}/kafr-al-dawwar-spinning-bonus-sit-in.txt",
    "target": "Nile Delta Spinning Company",
    "quotes": [
        (I, "Three workers", "the bonus — equivalent to three months’ basic pay — had been paid every year since 2011, "
            "and that workers learned it had been cancelled from a notice pinned to the factory gate on November 27",
            None),
        (D, "machine operator", "They told us the company made a loss. But the machines never stopped, and we produced "
            "more yarn this year than last year. Where did the money go?", None),
        (D, "machine operator", "We are not asking for a raise. We are asking for what is ours.", None),
        (P, "Adel Mansour", "unprecedented", None),
        (D, "Adel Mansour", "Paying the bonus this year would mean borrowing to pay it, and borrowing would put the jobs "
            "of all workers at risk,", None),
        (P, "Adel Mansour", "goodwill grant", None),
        (P, "source at the Holding Company for Cotton, Spinning and Weaving", "find a solution", None),
        (I, "Haitham Fawzy", "the bonus was part of the workers’ employment contracts and could not be cancelled "
            "unilaterally", None),
        (D, "Haitham Fawzy", "This is not a gift that the company gives when it feels generous. It is in the contract, "
            "and any court will say so,", None),
        (I, "Haitham Fawzy", "security forces had summoned at least four workers for questioning on Monday, and that two "
            "of them had not returned home by Tuesday evening", None),
        (I, "Center for Trade Union and Workers Services", "at least 17 labor protests were recorded in the textile "
            "sector in the first ten months of the year", None),
        (I, "Soha Abdel Rahman", "she had raised the workers’ demands with the minister of public business sector",
            None),
        (P, "Soha Abdel Rahman", "reasonable in the circumstances.", None),
        (S, None, "restructuring plan", None),
    ],
    "actors": [
        actor("Three workers", "group", title="workers (anonymous)", affiliation="Nile Delta Spinning Company",
              aliases=["Three workers"], stance=-1),
        actor("machine operator", "person", title="44-year-old machine operator (anonymous), one of the three workers",
              affiliation="Nile Delta Spinning Company", aliases=["machine operator"], stance=-1),
        actor("Adel Mansour", "person", title="chairman", affiliation="Nile Delta Spinning Company",
              aliases=["Adel Mansour", "Mansour"], stance=1),
        actor("source at the Holding Company for Cotton, Spinning and Weaving", "person", title="source (anonymous)",
              affiliation="Holding Company for Cotton, Spinning and Weaving",
              aliases=["source at the Holding Company for Cotton, Spinning and Weaving"], stance=0),
        actor("Haitham Fawzy", "person", title="labor lawyer representing workers", affiliation=None,
              aliases=["Haitham Fawzy", "Fawzy"], stance=-1),
        actor("Center for Trade Union and Workers Services", "organisation", title="labour rights NGO",
              affiliation="Egypt", aliases=["Center for Trade Union and Workers Services"], stance=None),
        actor("Soha Abdel Rahman", "person", title="member of Parliament for Kafr al-Dawwar", affiliation=None,
              aliases=["Soha Abdel Rahman", "Abdel Rahman"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Otago Daily Times (New Zealand) science/environment (yellow-eyed penguin numbers hit a record low), headline
#    without speech, straight " and apostrophes, British punctuation outside closing marks, "Dr", "Mr", "Ms",
#    "Doc" for the Department of Conservation; lede content before "according to a study published yesterday";
#    "The researchers said A"; lead author "said A", quote with "Dr Aldous said", "She said the Department of
#    Conservation's recovery plan ... had "..." with ..." (partial only), "she said"; Doc manager "said the
#    department "..." and that B" (partial plus indirect), quote with "Mr Bain said", "He said A"; trust manager
#    "said A", quote with "Ms Corbett said"; NGO "said in a statement the study was "..." of decades of
#    underfunding, and called for ..." (partial; the call is a directive); industry body "said A, and that
#    fishers were "..."" (indirect plus partial); tour operator "said A", "he said"; scare so-called "penguin
#    ICU".
ARTICLES[f"{BATCH}/otago-peninsula-hoiho-decline.gold.json"] = {
    "article": f"{BATCH}/otago-peninsula-hoiho-decline.txt",
    "target": "Department of Conservation",
    "quotes": [
        (I, "researchers", "Yellow-eyed penguin (hoiho) breeding pairs on the Otago Peninsula have fallen to 58, the "
            "lowest number since monitoring began in 1978", None),
        (I, "researchers", "the decline had accelerated sharply since 2017", None),
        (I, "Kirsten Aldous", "avian diphtheria and starvation during marine heatwaves accounted for most chick deaths "
            "over the past five seasons", None),
        (D, "Kirsten Aldous", "We are watching a species disappear from a place where people come from all over the "
            "world to see it. Fifty-eight pairs is not a population, it's a warning,", None),
        (P, "Kirsten Aldous", "not kept pace", None),
        (D, "Kirsten Aldous", "Some of the measures work. The rehabilitation programme saves chicks every year. But we "
            "can't rehab our way out of an ocean that's getting warmer,", None),
        (P, "Murray Bain", "accepted the findings", None),
        (I, "Murray Bain", "a review of the recovery plan would begin next year", None),
        (D, "Murray Bain", "Doc has put more money into hoiho in the past five years than into any other seabird. We are "
            "not standing still,", None),
        (I, "Murray Bain", "funding for the species had risen to $1.6 million a year", None),
        (I, "Leanne Corbett", "the trust had taken in 41 chicks this season, twice the number of two years ago", None),
        (D, "Leanne Corbett", "The volunteers are carrying this species. We're doing Doc's job on weekends,", None),
        (P, "Forest & Bird", "a damning indictment", None),
        (I, "Seafood New Zealand", "commercial set-netting was already banned in most hoiho feeding areas", None),
        (P, "Seafood New Zealand", "not the problem here", None),
        (I, "Gary Hoskins", "penguin tours brought about $20 million a year to the peninsula", None),
        (D, "Gary Hoskins", "If the hoiho go, a lot of us go with them,", None),
        (S, None, "penguin ICU", None),
    ],
    "actors": [
        actor("researchers", "group", title="study authors", affiliation="University of Otago",
              aliases=["researchers", "study"], stance=None),
        actor("Kirsten Aldous", "person", title="lead author, zoologist (Dr)", affiliation="University of Otago",
              aliases=["Kirsten Aldous", "Dr Kirsten Aldous", "Dr Aldous", "Aldous"], stance=-1),
        actor("Murray Bain", "person", title="Coastal Otago operations manager", affiliation="Department of Conservation",
              aliases=["Murray Bain", "Mr Bain", "Bain"], stance=1),
        actor("Leanne Corbett", "person", title="manager", affiliation="Harington Point Penguin Trust",
              aliases=["Leanne Corbett", "Ms Corbett", "Corbett"], stance=-1),
        actor("Forest & Bird", "organisation", title="conservation NGO", affiliation="New Zealand",
              aliases=["Forest & Bird"], stance=-1),
        actor("Seafood New Zealand", "organisation", title="seafood industry body", affiliation="New Zealand",
              aliases=["Seafood New Zealand"], stance=None),
        actor("Gary Hoskins", "person", title="peninsula tour operator", affiliation=None,
              aliases=["Gary Hoskins", "Hoskins"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
