"""Build the test66 gold files (data/eval/test66/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test66/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test66.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test66"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. IntraFish seafood trade press (Russia threatens to walk away from the Barents Sea cod deal), straight
#    quotes, Norwegian letters, "saying in a Telegram post that ... "..." ... "..."".
ARTICLES[f"{BATCH}/barents-cod-deal-port-curbs.gold.json"] = {
    "article": f"{BATCH}/barents-cod-deal-port-curbs.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rosrybolovstvo", "it would not sign a 2027 quota agreement for Northeast Arctic cod unless Norway lifted "
            "restrictions that limit Russian fishing vessels to three Norwegian ports", None),
        (P, "Oleg Pankratov", "discriminatory", None),
        (I, "Oleg Pankratov", "they violated the spirit of a fisheries agreement dating back to 1975", None),
        (D, "Oleg Pankratov", "Russian fishermen have been treated like smugglers in Norwegian harbors for two years. "
            "This cannot continue, and it will not continue,", None),
        (I, "Kjersti Holm", "Norway would not change its port rules under pressure", None),
        (D, "Kjersti Holm", "We want a cod agreement. Russia wants a cod agreement. But Norway's security policy is not "
            "on the negotiating table,", None),
        (P, "Russian Embassy in Oslo", "sacrificing", None),
        (P, "Russian Embassy in Oslo", "anti-Russian hysteria", None),
        (I, "Joint Norwegian-Russian Fisheries Commission", "The 2026 total allowable catch for Northeast Arctic cod was "
            "set at 340,000 metric tons, the lowest since 1991", None),
        (S, None, "Grey Zone", None),
        (I, "Norwegian Fishermen's Association", "a breakdown would hurt both fleets and, in the end, the stock itself",
            None),
        (D, "Torbj\u00f8rn Skog", "If there is no agreement, we are back to the 1970s, with two fleets fishing the same "
            "stock without common rules. Nobody wins that,", None),
        (I, "Kola Trawl", "its vessels had lost an average of three days per trip because of the port rules", None),
        (D, "Anatoly Rybin", "The agency is right to defend us. We are fishermen, not a navy,", None),
        (P, "Ingrid Dahl", "a game of chicken", None),
        (D, "Ingrid Dahl", "Russia has made threats like this before and signed at the last minute. But this time the "
            "port question is political in Moscow, not just commercial,", None),
    ],
    "actors": [
        actor("Rosrybolovstvo", "government", title="Federal Agency for Fishery", affiliation="Russia",
              aliases=["Rosrybolovstvo", "Federal Agency for Fishery"], stance=1),
        actor("Oleg Pankratov", "person", title="deputy head", affiliation="Rosrybolovstvo",
              aliases=["Oleg Pankratov", "Pankratov"], stance=1),
        actor("Kjersti Holm", "person", title="Fisheries Minister", affiliation="Norway",
              aliases=["Kjersti Holm", "Holm"], stance=-1),
        actor("Russian Embassy in Oslo", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Oslo"], stance=1),
        actor("Joint Norwegian-Russian Fisheries Commission", "organisation", title="fisheries commission",
              aliases=["Joint Norwegian-Russian Fisheries Commission"], stance=None),
        actor("Norwegian Fishermen's Association", "organisation", title="fishermen's association",
              aliases=["Norwegian Fishermen's Association", "Norges Fiskarlag"], stance=0),
        actor("Torbj\u00f8rn Skog", "person", title="head of resource policy",
              affiliation="Norwegian Fishermen's Association", aliases=["Torbj\u00f8rn Skog", "Skog"], stance=0),
        actor("Kola Trawl", "organisation", title="trawler company", affiliation="Murmansk",
              aliases=["Kola Trawl"], stance=1),
        actor("Anatoly Rybin", "person", title="chief executive", affiliation="Kola Trawl",
              aliases=["Anatoly Rybin", "Rybin"], stance=1),
        actor("Ingrid Dahl", "person", title="senior researcher", affiliation="Nofima",
              aliases=["Ingrid Dahl", "Dahl"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Chemical Week (a PVC plant closure in Spain), present-tense "says", straight quotes, American punctuation
#    inside closing marks, "metric tons/year", euro figures.
ARTICLES[f"{BATCH}/arvex-tarragona-pvc-closure.gold.json"] = {
    "article": f"{BATCH}/arvex-tarragona-pvc-closure.txt",
    "target": "Arvex Polymers",
    "quotes": [
        (I, "Arvex Polymers", "it will permanently close its 300,000-metric tons/year polyvinyl chloride (PVC) plant at "
            "Tarragona, Spain, by the end of the second quarter of 2027", None),
        (P, "Arvex Polymers", "unsustainable", None),
        (I, "Arvex Polymers", "The closure will affect about 320 employees", None),
        (D, "Henrik Lund", "This was a painful decision, taken after exploring every alternative, including a sale of "
            "the asset,", None),
        (D, "Henrik Lund", "Europe's PVC producers are competing against material that arrives with energy costs a third "
            "of ours and, in some cases, below our own production cost.", None),
        (I, "Henrik Lund", "the company will take a one-off charge of about \u20ac140 million in the fourth quarter, "
            "mostly non-cash", None),
        (I, "European Chemical Industry Council", "European PVC demand fell by an estimated 6% in 2025 and is expected "
            "to fall again this year", None),
        (I, "Cefic spokesperson", "Europe has lost about 11 million metric tons/year of chemical capacity since 2023",
            None),
        (P, "Cefic spokesperson", "no longer the exception but the pattern.", None),
        (I, "CCOO", "Arvex received public support for an energy-efficiency upgrade at the site as recently as 2024",
            None),
        (P, "CCOO", "abandoning", None),
        (D, "N\u00faria Pujol", "They took the money, they promised a future, and now they are walking out,", None),
        (D, "N\u00faria Pujol", "We will fight this closure in every forum available to us.", None),
        (I, "Jordi Casals", "the regional government has asked Arvex to keep the plant available for sale for at least "
            "six months", None),
        (I, "Jordi Casals", "the company must return any grants linked to the site's future operation", None),
        (D, "Marc Deprez", "Arvex's Tarragona unit was one of the smallest and least integrated in Europe. Frankly, the "
            "surprise is that it lasted this long,", None),
        (I, "Marc Deprez", "further closures are likely in 2027, particularly among PVC producers without their own "
            "ethylene supply", None),
        (P, "Arvex spokeswoman", "work constructively", None),
        (I, "Arvex Polymers", "those sites are not affected", None),
        (S, None, "carbon border", None),
    ],
    "actors": [
        actor("Arvex Polymers", "organisation", title="PVC producer", aliases=["Arvex Polymers", "Arvex"], stance=1),
        actor("Henrik Lund", "person", title="CEO", affiliation="Arvex Polymers",
              aliases=["Henrik Lund", "Lund"], stance=1),
        actor("European Chemical Industry Council", "organisation", title="industry association",
              aliases=["European Chemical Industry Council", "Cefic"], stance=None),
        actor("Cefic spokesperson", "person", title="spokesperson", affiliation="Cefic",
              aliases=["Cefic spokesperson"], stance=None),
        actor("CCOO", "organisation", title="union (local branch)", aliases=["CCOO"], stance=-1),
        actor("N\u00faria Pujol", "person", title="union representative", affiliation="CCOO",
              aliases=["N\u00faria Pujol", "Pujol"], stance=-1),
        actor("Jordi Casals", "person", title="business minister", affiliation="Catalan regional government",
              aliases=["Jordi Casals", "Casals"], stance=-1),
        actor("Marc Deprez", "person", title="partner", affiliation="Kessler Partners",
              aliases=["Marc Deprez", "Deprez"], stance=1),
        actor("Arvex spokeswoman", "person", title="spokeswoman", affiliation="Arvex Polymers",
              aliases=["Arvex spokeswoman"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Geelong Advertiser racing (a trainer suspended for raceday treatment), curly quotes and apostrophes,
#    British punctuation outside closing marks for fragments, participial "telling the board ...".
ARTICLES[f"{BATCH}/killeen-trainer-suspended-rad-board.gold.json"] = {
    "article": f"{BATCH}/killeen-trainer-suspended-rad-board.txt",
    "target": "Bronte Killeen",
    "quotes": [
        (S, None, "milkshake", None),
        (I, "Bronte Killeen", "a stable hand had mixed the wrong feed supplement without her knowledge", None),
        (P, "Peter Mancini", "not credible", None),
        (D, "Peter Mancini", "The rules place the responsibility squarely on the trainer. That responsibility cannot be "
            "handed to a stable hand when something goes wrong,", None),
        (P, "Peter Mancini", "significant", None),
        (P, "Rebecca Hanlon", "to the heart of the integrity of the sport", None),
        (P, "Bronte Killeen", "gutted", None),
        (I, "Bronte Killeen", "she would not appeal", None),
        (D, "Bronte Killeen", "I love these horses more than anything, and I\u2019d never do something to put one of "
            "them at risk,", None),
        (D, "Bronte Killeen", "I\u2019m going to take it on the chin, get the stable back in order and come back better.",
            None),
        (P, "Tom Gale", "paid a heavy price", None),
        (I, "Sharon Doyle", "the club would support Killeen\u2019s staff through the suspension", None),
        (D, "Sharon Doyle", "Bronte has been a big part of this club for a long time. Our thoughts are with the people "
            "in her stable, who\u2019ve done nothing wrong,", None),
        (I, "Craig Pattison", "he was standing by his trainer", None),
        (D, "Craig Pattison", "She\u2019s as honest as they come. I\u2019ll be sending the horse straight back to her the "
            "day she\u2019s back,", None),
        (I, "Racing Victoria", "11 trainers had been penalised for raceday treatment offences in Victoria this year",
            None),
    ],
    "actors": [
        actor("Bronte Killeen", "person", title="trainer", aliases=["Bronte Killeen", "Killeen", "Bronte"], stance=1),
        actor("Peter Mancini", "person", title="chair", affiliation="Racing Appeals and Disciplinary Board",
              aliases=["Peter Mancini", "Mancini", "Judge Mancini"], stance=-1),
        actor("Rebecca Hanlon", "person", title="counsel for the stewards", affiliation="Racing Victoria stewards",
              aliases=["Rebecca Hanlon", "Hanlon"], stance=-1),
        actor("Tom Gale", "person", title="barrister", affiliation="Bronte Killeen",
              aliases=["Tom Gale", "Gale"], stance=1),
        actor("Sharon Doyle", "person", title="chief executive", affiliation="Geelong Racing Club",
              aliases=["Sharon Doyle", "Doyle", "Ms Doyle"], stance=1),
        actor("Craig Pattison", "person", title="part-owner of Moorabool Lad",
              aliases=["Craig Pattison", "Pattison"], stance=1),
        actor("Racing Victoria", "organisation", title="racing regulator", aliases=["Racing Victoria"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Impartial Reporter (Fermanagh) local news (a council closes a leisure centre pool for repairs),
#    British straight single quotes for all quotes, multi-paragraph quote, capitalised lede opening, fadas.
ARTICLES[f"{BATCH}/lakeland-forum-pool-closure.gold.json"] = {
    "article": f"{BATCH}/lakeland-forum-pool-closure.txt",
    "target": "Fermanagh and Omagh District Council",
    "quotes": [
        (I, "Fermanagh and Omagh District Council", "THE swimming pool at the Fermanagh Lakeland Forum in Enniskillen "
            "will close for up to 14 months from February while its roof and water treatment plant are replaced", None),
        (I, "Fermanagh and Omagh District Council", "The work is expected to cost \u00a36.8 million", None),
        (P, "Fermanagh and Omagh District Council", "the end of their serviceable life", None),
        (P, "Fermanagh and Omagh District Council", "no safe alternative", None),
        (D, "Kevin Maguire", "We know how much this pool means to people in Enniskillen and right across Fermanagh. "
            "Nobody wanted to close it, but we cannot keep patching up a building that is nearly 50 years old.", None),
        (D, "Kevin Maguire", "We will be working with neighbouring councils and with schools to find as much alternative "
            "pool time as we can.", None),
        (S, None, "Swim Safe", None),
        (P, "Siobh\u00e1n Currie", "a kick in the teeth", None),
        (D, "Siobh\u00e1n Currie", "This council has known about the state of that roof for at least five years,", None),
        (D, "Siobh\u00e1n Currie", "If the work had been planned properly, we would not be looking at 14 months with no "
            "pool.", None),
        (P, "Raymond Irvine", "no choice", None),
        (I, "Raymond Irvine", "members should now focus on getting the work finished on time and on budget", None),
        (I, "Gr\u00e1inne Mulligan", "the club's 180 members would have to travel to Omagh Leisure Complex for training "
            "and that some families could not afford the extra journeys", None),
        (D, "Gr\u00e1inne Mulligan", "We'll lose swimmers. It's as simple as that. Kids who are just learning now won't "
            "come back in 14 months,", None),
        (I, "One mother", "she had first heard about the closure on Facebook", None),
        (I, "Department for Communities", "the provision of leisure facilities was a matter for local councils", None),
    ],
    "actors": [
        actor("Fermanagh and Omagh District Council", "organisation", title="district council",
              aliases=["Fermanagh and Omagh District Council", "council"], stance=1),
        actor("Kevin Maguire", "person", title="director of community, health and leisure",
              affiliation="Fermanagh and Omagh District Council", aliases=["Kevin Maguire", "Maguire"], stance=1),
        actor("Siobh\u00e1n Currie", "person", title="councillor", affiliation="Sinn F\u00e9in",
              aliases=["Siobh\u00e1n Currie", "Currie"], stance=-1),
        actor("Raymond Irvine", "person", title="Alderman", affiliation="DUP",
              aliases=["Raymond Irvine", "Irvine"], stance=1),
        actor("Gr\u00e1inne Mulligan", "person", title="head coach", affiliation="Erne Otters Swimming Club",
              aliases=["Gr\u00e1inne Mulligan", "Mulligan"], stance=-1),
        actor("One mother", "person", title="parent (anonymous)", aliases=["One mother"], stance=-1),
        actor("Department for Communities", "government", title="Northern Ireland department",
              aliases=["Department for Communities"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
