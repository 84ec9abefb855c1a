"""Build the test34 gold files (data/eval/test34/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev91/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test34/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test34.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test34"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Azernews (Azerbaijan, English) trade/diplomacy (Azerbaijani trucks stranded by new Russian border checks),
#    headline without speech, `By NAME` line, curly quotes and apostrophes, en dash in the crossing's name, `$4.7
#    million`; lede content before `, Azerbaijan's State Customs Committee said on Tuesday`; `The committee said A`;
#    scare so-called `"green corridor"`; customs service `said in a statement on its Telegram channel that the checks
#    were "..." linked to "..."` (two partials), `It gave no date` (negated); spokesperson `told reporters in Baku
#    that the issue had been raised ... "..."` (partial only), quote with `Huseynova stressed`, `She noted that A`;
#    driver `told Azernews by phone that A`, quote with `he said`; `According to the Agriculture Ministry, A`; MP
#    `described the checks as "..."`, quote with `said the lawmaker, who ...`; anonymous source `quoted by the RBC
#    news outlet, said the inspections had uncovered "..." to ...` (partial only); `According to political analyst
#    X, A`; quote split by `she said, pointing to ...`; `Abbasli said A, but that B` (one span); closing content
#    before `, according to the State Customs Committee`.
ARTICLES[f"{BATCH}/azerbaijani-trucks-stranded-russian-border.gold.json"] = {
    "article": f"{BATCH}/azerbaijani-trucks-stranded-russian-border.txt",
    "target": "Russia",
    "quotes": [
        (I, "State Customs Committee", "More than 1,100 trucks carrying Azerbaijani fruit and vegetables have been "
            "stuck at the Samur–Yarag-Kazmalyar border crossing for up to six days", None),
        (I, "State Customs Committee", "the delays began on November 28, when the Russian side started unloading and "
            "X-raying every vehicle entering Dagestan from Azerbaijan", None),
        (S, None, "green corridor", None),
        (P, "Federal Customs Service", "a temporary measure", None),
        (P, "Federal Customs Service", "an increased risk of smuggling of prohibited goods", None),
        (P, "Leyla Huseynova", "at the appropriate level", None),
        (D, "Leyla Huseynova", "We see no objective reason for these measures. Azerbaijani exporters have always "
            "complied with every requirement of the Russian side,", None),
        (I, "Leyla Huseynova", "Azerbaijan supplied around a third of the tomatoes Russia imported last year", None),
        (I, "Elchin Gasimov", "his load of persimmons was already starting to spoil", None),
        (D, "Elchin Gasimov", "We sleep in the cabins. There is no water, no toilets. Nobody tells us anything,", None),
        (I, "Agriculture Ministry", "exporters’ losses had reached around 8 million manats ($4.7 million) by Monday "
            "evening, with perishable produce such as tomatoes, persimmons and pomegranates worst affected", None),
        (P, "Vugar Rustamli", "economic pressure dressed up as customs control", None),
        (D, "Vugar Rustamli", "This is not the first time Moscow has used the border as a lever, and every time the "
            "target is the same: our farmers,", None),
        (P, "source in Russia’s customs service", "several attempts", None),
        (I, "Nigar Abbasli", "the timing of the checks was no coincidence", None),
        (D, "Nigar Abbasli", "Every time relations cool, the trucks are the first to feel it,", None),
        (D, "Nigar Abbasli", "Moscow knows exactly how much our farmers depend on its market, and it knows the produce "
            "cannot wait.", None),
        (I, "Nigar Abbasli", "Azerbaijani exporters had been slowly diversifying toward Central Asia, the Gulf and the "
            "EU, but that Russia would remain their main market for years to come", None),
        (I, "State Customs Committee", "Azerbaijan exported agricultural products worth $1.1 billion to Russia in the "
            "first ten months of this year", None),
    ],
    "actors": [
        actor("State Customs Committee", "government", affiliation="Azerbaijan",
              aliases=["State Customs Committee", "The committee"], stance=0),
        actor("Federal Customs Service", "government", affiliation="Russia",
              aliases=["Federal Customs Service", "FCS"], stance=1),
        actor("Leyla Huseynova", "person", title="Foreign Ministry spokesperson", affiliation="Azerbaijan",
              aliases=["Leyla Huseynova", "Huseynova"], stance=-1),
        actor("Elchin Gasimov", "person", title="truck driver", aliases=["Elchin Gasimov", "Gasimov"], stance=-1),
        actor("Agriculture Ministry", "government", affiliation="Azerbaijan", aliases=["Agriculture Ministry"],
              stance=0),
        actor("Vugar Rustamli", "person", title="Member of the Milli Majlis", affiliation="Azerbaijan",
              aliases=["Vugar Rustamli", "Rustamli"], stance=-1),
        actor("source in Russia’s customs service", "person", title="anonymous source", affiliation="Russia",
              aliases=["source in Russia’s customs service"], stance=1),
        actor("Nigar Abbasli", "person", title="political analyst", aliases=["Nigar Abbasli", "Abbasli"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Energy Voice (Aberdeen energy trade press) North Sea oil and gas (an operator shuts a field early with jobs at
#    risk), headline without speech, `By NAME` and `03/12/2025, 7:00 am` lines, straight `"` and apostrophes,
#    British spelling, trade jargon (`EPL`, `barrels of oil equivalent`, `cessation of production`); `The company said
#    on Wednesday the decision had been driven by ... "..." in ...` (partial only); content before `, according to a
#    statement to the London Stock Exchange`; chief executive named after the quote, `he added`; `Mr Bruce said A and
#    that B` (one span); scare `often described as a "windfall tax"` (passive, no speaker); union `said ... were
#    "..."` (partial only); union officer named after the quote; OEUK `said the announcement was "..." and that B`
#    (partial plus indirect); department spokesperson `said: "...` over two paragraphs; `Not everyone is convinced`
#    (no speech); analyst `said A, and that the field was "..." at ...` (indirect plus partial), quote with `she told
#    Energy Voice`; NSTA `confirmed A and would review it "..."` (indirect plus partial).
ARTICLES[f"{BATCH}/caledon-offshore-ballater-early-closure.gold.json"] = {
    "article": f"{BATCH}/caledon-offshore-ballater-early-closure.txt",
    "target": "Caledon Offshore",
    "quotes": [
        (P, "Caledon Offshore", "investment certainty", None),
        (I, "Caledon Offshore", "Production from Ballater, which lies around 120 miles east of Aberdeen, will end in "
            "the second quarter of 2026, with well plugging and abandonment work starting the following year", None),
        (D, "Alasdair Bruce", "Ballater still has oil in the ground. Under a different fiscal regime, we would be "
            "drilling new wells there next year, not planning to plug them,", None),
        (D, "Alasdair Bruce", "We have been warning for two years that this would happen,", None),
        (I, "Alasdair Bruce", "the firm would offer redeployment to as many staff as possible and that a formal "
            "consultation with employees would begin next week", None),
        (S, None, "windfall tax", None),
        (P, "Unite", "a hammer blow", None),
        (D, "Vic Fraser", "Workers are paying the price for a blame game between operators and the government. Caledon "
            "made £310 million in profit over the last three years and still it's the workforce that gets the bill,",
            None),
        (P, "Offshore Energies UK", "exactly what we have been warning about", None),
        (I, "Offshore Energies UK", "at least 15 other fields faced early closure unless the levy was reformed", None),
        (D, "Department for Energy Security and Net Zero spokesperson", "We are disappointed by Caledon's decision and "
            "our thoughts are with the workers and families affected.", None),
        (D, "Department for Energy Security and Net Zero spokesperson", "We are working with industry and unions on a "
            "long-term plan for the North Sea that will protect jobs and support the transition to clean energy.",
            None),
        (I, "Kirsty Ogilvie", "Ballater's output had fallen by about 40% since 2021", None),
        (P, "Kirsty Ogilvie", "marginal at best", None),
        (D, "Kirsty Ogilvie", "The tax is part of the story, but it isn't the whole story. This is an ageing asset with "
            "rising operating costs, and any operator would be looking hard at it,", None),
        (I, "North Sea Transition Authority", "it had received Caledon's cessation of production application", None),
        (P, "North Sea Transition Authority", "in the normal way", None),
    ],
    "actors": [
        actor("Caledon Offshore", "organisation", title="Aberdeen-based North Sea operator",
              aliases=["Caledon Offshore", "Caledon", "The company"], stance=1),
        actor("Alasdair Bruce", "person", title="chief executive", affiliation="Caledon Offshore",
              aliases=["Alasdair Bruce", "Mr Bruce", "Bruce"], stance=1),
        actor("Unite", "organisation", title="trade union", aliases=["Unite"], stance=-1),
        actor("Vic Fraser", "person", title="industrial officer", affiliation="Unite", aliases=["Vic Fraser", "Fraser"],
              stance=-1),
        actor("Offshore Energies UK", "organisation", title="industry body",
              aliases=["Offshore Energies UK", "OEUK"], stance=1),
        actor("Department for Energy Security and Net Zero spokesperson", "person",
              affiliation="Department for Energy Security and Net Zero (UK Government)",
              aliases=["Department for Energy Security and Net Zero spokesperson"], stance=-1),
        actor("Kirsty Ogilvie", "person", title="research director", affiliation="Wood Mackenzie",
              aliases=["Kirsty Ogilvie", "Ogilvie"], stance=0),
        actor("North Sea Transition Authority", "government", title="regulator", affiliation="UK",
              aliases=["North Sea Transition Authority", "NSTA"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Horse & Hound (UK equestrian magazine) eventing/discipline (a rider banned for excessive whip use), headline
#    without speech, standfirst `The FEI Tribunal found the rider struck his horse "excessively" ...` (partial for the
#    tribunal it names), byline and `3 December, 2025 11:30` lines, closing letters line, curly quotes and
#    apostrophes, British spelling, `CHF 5,000`, `Tuesday (2 December)`; `found him guilty of` (no speech); `In its
#    decision, ... the tribunal said Pellow had struck ... "..." as ..., and that B` (partial plus indirect); `The
#    tribunal described the incident as "..." and said the rider had shown "..." into ...` (two partials); `In a
#    statement issued through his solicitor, Pellow said he accepted ... "..."` (partial), quote split by `he said`
#    whose second stretch is left open, then a closed quote-only paragraph (continuity); BE `said it "..." the FEI's
#    decision and that B` (partial plus indirect); scare `"welfare first"` strategy; charity `said the case showed
#    "..."` (partial only); owner in an apposition `said A and that B` (one span), quote with `she told H&H`;
#    anonymous rider `told H&H the ban sent "..." to ...` (partial only); `The FEI confirmed A`; solicitor in an
#    apposition `said A`.
ARTICLES[f"{BATCH}/pellow-banned-whip-burghley.gold.json"] = {
    "article": f"{BATCH}/pellow-banned-whip-burghley.txt",
    "target": "Marcus Pellow",
    "quotes": [
        (P, "FEI Tribunal", "excessively", None),
        (P, "FEI Tribunal", "in quick succession", None),
        (I, "FEI Tribunal", "there was no evidence the horse had been refusing or was in danger", None),
        (P, "FEI Tribunal", "a serious breach of the rules on horse welfare", None),
        (P, "FEI Tribunal", "limited insight", None),
        (P, "Marcus Pellow", "with a heavy heart", None),
        (D, "Marcus Pellow", "I have ridden for 22 years and I have never had a horse’s welfare questioned. I made a "
            "split-second judgement on a tired horse and I got it wrong,", None),
        (D, "Marcus Pellow", "I am deeply sorry.", None),
        (D, "Marcus Pellow", "Kilcoran Blue is sound, happy and turned out in the field at home. I will use this time "
            "to reflect, and I intend to come back a better horseman.", None),
        (P, "British Eventing", "fully supported", None),
        (I, "British Eventing", "the suspension would also apply to national competitions in Britain", None),
        (S, None, "welfare first", None),
        (P, "World Horse Welfare", "why the sport’s social licence can never be taken for granted", None),
        (I, "Fenella Carrick", "she would keep Kilcoran Blue in Pellow’s yard during the ban and that another rider "
            "from the yard would compete him next season", None),
        (D, "Fenella Carrick", "Marcus has been nothing but kind to this horse for six years. One bad moment doesn’t "
            "define him as a horseman,", None),
        (P, "five-star rider", "a clear message", None),
        (I, "FEI", "Pellow had 21 days to lodge an appeal with the Court of Arbitration for Sport (CAS)", None),
        (I, "Jonathan Eade", "no decision had yet been made on an appeal", None),
    ],
    "actors": [
        actor("FEI Tribunal", "organisation", affiliation="FEI", aliases=["FEI Tribunal", "the tribunal"], stance=-1),
        actor("Marcus Pellow", "person", title="event rider", affiliation="Britain",
              aliases=["Marcus Pellow", "Pellow", "Marcus"], stance=0),
        actor("British Eventing", "organisation", aliases=["British Eventing", "BE"], stance=-1),
        actor("World Horse Welfare", "organisation", title="charity", aliases=["World Horse Welfare"], stance=-1),
        actor("Fenella Carrick", "person", title="the horse's owner", aliases=["Fenella Carrick", "Carrick"], stance=1),
        actor("five-star rider", "person", title="event rider (anonymous)", aliases=["five-star rider"], stance=-1),
        actor("FEI", "organisation", title="international equestrian federation", aliases=["FEI"], stance=None),
        actor("Jonathan Eade", "person", title="solicitor", affiliation="Marcus Pellow",
              aliases=["Jonathan Eade", "Eade"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Inside Housing (UK social housing trade press) regulation (the regulator downgrades a housing association over
#    damp and mould), headline with a curly single fragment `to C3 over 'serious failings'` (partial for the
#    regulator it names), `By NAME` and date lines, curly double quotes in the body and `’` apostrophes, British
#    spelling, sector jargon (`C3`, `consumer standards`, `Awaab's Law`, `severe maladministration`); lede `after
#    finding "..."` (partial); `In its regulatory judgement, ..., the regulator said A and that B` (one span); `It said
#    the landlord had also failed to meet ... in "..." of cases` (partial only); director in an apposition `said:
#    "..."`; chief executive `said A`, quote split by `she said` whose second stretch is left open, then a closed
#    quote-only paragraph (continuity); scare `"Better Homes"` programme; tenant `said A`, quote with `she told Inside
#    Housing`; Ombudsman `said A`; tenants' panel in an apposition `said the downgrade came as "..."` (partial only);
#    `annual accounts showed` (no speech).
ARTICLES[f"{BATCH}/northvale-homes-downgraded-damp-mould.gold.json"] = {
    "article": f"{BATCH}/northvale-homes-downgraded-damp-mould.txt",
    "target": "Northvale Homes",
    "quotes": [
        (P, "Regulator of Social Housing", "serious failings", "over ‘"),
        (P, "Regulator of Social Housing", "serious failings", "after finding"),
        (I, "Regulator of Social Housing", "Northvale did not have an accurate picture of the condition of its homes "
            "and that more than 1,400 damp and mould cases had been open for longer than six months", None),
        (P, "Regulator of Social Housing", "a significant number", None),
        (D, "Simon Hale", "Tenants have a right to a safe and decent home. Northvale’s board needs to get a grip on the "
            "basics, and we will be watching its progress very closely.", None),
        (I, "Joanne Whitlam", "the landlord accepted the judgement in full", None),
        (D, "Joanne Whitlam", "We have let some of our tenants down, and I want to apologise to every one of them,",
            None),
        (D, "Joanne Whitlam", "Since the spring we have brought in an extra 40 surveyors, and every home with an open "
            "damp case will have been visited by the end of January.", None),
        (D, "Joanne Whitlam", "We know words are not enough. Our tenants will judge us on what they see in their homes.",
            None),
        (S, None, "Better Homes", None),
        (I, "Shelley Barraclough", "mould had returned to her children’s bedroom three times after being painted over",
            None),
        (D, "Shelley Barraclough", "They send someone, he sprays it, paints it, and a month later it’s back. My youngest "
            "has had a chest infection since September,", None),
        (I, "Housing Ombudsman", "it had issued 11 severe maladministration findings against Northvale since 2023, most "
            "of them involving damp, mould and leaks", None),
        (P, "Northvale Tenants’ Voice", "no surprise to anyone living in these homes", None),
    ],
    "actors": [
        actor("Regulator of Social Housing", "government", title="social housing regulator", affiliation="England",
              aliases=["Regulator of Social Housing", "RSH", "Regulator", "the regulator"], stance=-1),
        actor("Simon Hale", "person", title="director of regulation", affiliation="Regulator of Social Housing",
              aliases=["Simon Hale", "Hale"], stance=-1),
        actor("Joanne Whitlam", "person", title="chief executive", affiliation="Northvale Homes",
              aliases=["Joanne Whitlam", "Whitlam"], stance=0),
        actor("Shelley Barraclough", "person", title="tenant", affiliation="Lupset",
              aliases=["Shelley Barraclough", "Barraclough"], stance=-1),
        actor("Housing Ombudsman", "government", aliases=["Housing Ombudsman"], stance=-1),
        actor("Northvale Tenants’ Voice", "group", title="residents' panel", affiliation="Northvale Homes",
              aliases=["Northvale Tenants’ Voice"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
