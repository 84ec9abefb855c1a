"""Build the dev85 gold files (data/eval/dev85/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev85/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev85.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev85"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kaieteur News (Guyana) mining/labour (a Russian-owned bauxite company restarts a mine; the union wants
#    severance paid first), headline without speech (`union wants ...`, no quote marks), `Dec 03, 2026 News`
#    line, lede opening `Kaieteur News –`, straight `"` and apostrophes, `$` (Guyana dollars) and `US$`; lede
#    `(BCGI) says A` (present tense); `what it called "..."` (partial for the company); `In a press release on
#    Wednesday, the company said A and that B` (one indirect); general manager in an apposition `told
#    reporters ... that Russia "..." and that B` (partial plus indirect), quote split by `Kovalchuk said`;
#    ambassador in an apposition `said Moscow valued its "..." with Georgetown`, `He added that A`; union
#    `said A`; union president `Selwyn Goodluck` (a surname that is a common word) `said A`, `Goodluck told
#    Kaieteur News`; `Asked about the claim, Kovalchuk said the severance payments had been calculated "..."
#    and that B`; former worker `said A`, `he said`; minister `struck a cautious tone` (no speech), then
#    `Persaud said`; opposition MP `said the Government should not "..." for a company that had treated ...
#    "..."` (two partials); `The company says A` (present tense).
ARTICLES[f"{BATCH}/russia-bcgi-aroaima-mine-restart.gold.json"] = {
    "article": f"{BATCH}/russia-bcgi-aroaima-mine-restart.txt",
    "target": "Russia",
    "quotes": [
        (I, "Bauxite Company of Guyana Inc.", "it will resume mining at Aroaima, in Region Ten, by March next year "
            "and rehire about 150 workers", None),
        (P, "Bauxite Company of Guyana Inc.", "care and maintenance", None),
        (I, "Bauxite Company of Guyana Inc.", "new excavation equipment had been shipped from St Petersburg and that "
            "a marketing agreement had been signed with buyers in Eastern Europe", None),
        (P, "Dmitry Kovalchuk", "has never turned its back on Guyana", None),
        (I, "Dmitry Kovalchuk", "the restart was proof of a long-term commitment to the bauxite industry", None),
        (D, "Dmitry Kovalchuk", "We went through a difficult period. The market was bad, shipping was expensive and "
            "the sanctions made everything slower,", None),
        (D, "Dmitry Kovalchuk", "But we did not leave, and we are coming back stronger.", None),
        (P, "Mikhail Bortnikov", "old and sincere friendship", None),
        (I, "Mikhail Bortnikov", "Russian companies were interested in investing in other sectors, including "
            "agriculture and river transport", None),
        (I, "Guyana Bauxite and General Workers Union", "it would not support the restart until the company paid the "
            "severance still owed to workers who were laid off in 2025", None),
        (I, "Selwyn Goodluck", "the company owed former workers more than $180 million in severance and unpaid leave",
            None),
        (D, "Selwyn Goodluck", "They want to come back and hire people again like nothing happened. Pay the people "
            "what you owe them first, then we can talk,", None),
        (P, "Dmitry Kovalchuk", "in full accordance with the laws of Guyana", None),
        (I, "Dmitry Kovalchuk", "any dispute should be settled through the Ministry of Labour", None),
        (I, "Orin Fraser", "he was still waiting on $1.4 million", None),
        (D, "Orin Fraser", "I give that company 22 years. Twenty-two years. And when they send me home, all they give "
            "me is a letter,", None),
        (D, "Keith Persaud", "We welcome any investment that brings jobs back to Kwakwani, but workers must be "
            "treated fairly and the law must be respected,", None),
        (P, "Terrence Hinds", "roll out the red carpet", None),
        (P, "Terrence Hinds", "like spare parts", None),
        (I, "Bauxite Company of Guyana Inc.", "it has invested more than US$300 million in Guyana since then", None),
    ],
    "actors": [
        actor("Bauxite Company of Guyana Inc.", "organisation", affiliation="RUSAL (Russia)",
              aliases=["Bauxite Company of Guyana Inc.", "BCGI", "the company", "The company"], stance=1),
        actor("Dmitry Kovalchuk", "person", title="General Manager", affiliation="Bauxite Company of Guyana Inc.",
              aliases=["Dmitry Kovalchuk", "Kovalchuk"], stance=1),
        actor("Mikhail Bortnikov", "person", title="Russian Ambassador to Guyana", affiliation="Russia",
              aliases=["Mikhail Bortnikov", "Bortnikov"], stance=1),
        actor("Guyana Bauxite and General Workers Union", "organisation",
              aliases=["Guyana Bauxite and General Workers Union", "GB&GWU"], stance=-1),
        actor("Selwyn Goodluck", "person", title="Union President",
              affiliation="Guyana Bauxite and General Workers Union", aliases=["Selwyn Goodluck", "Goodluck"],
              stance=-1),
        actor("Orin Fraser", "person", title="former excavator operator", affiliation="Kwakwani Park",
              aliases=["Orin Fraser", "Fraser"], stance=-1),
        actor("Keith Persaud", "person", title="Labour Minister", affiliation="Government of Guyana",
              aliases=["Keith Persaud", "Persaud"], stance=0),
        actor("Terrence Hinds", "person", title="Opposition Member of Parliament", affiliation="Opposition (Guyana)",
              aliases=["Terrence Hinds", "Hinds"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Nursing Times (UK trade press) health/workforce (a trust plans to replace registered nurse posts with
#    nursing associates), headline with a curly single fragment `Unions warn of ‘dangerous’ staffing`,
#    standfirst with `says` but no quote marks (not annotated), `By NAME` and `3 December, 2026` lines, curly
#    `“ ”` and `’`, punctuation outside fragments; `Nursing Times has learned` (no speaker); `According to board
#    papers seen by Nursing Times, A` (the papers speak for the trust); scare so-called “workforce
#    transformation” programme; `In a statement, the trust said A and that B “...”` (indirect plus partial);
#    chief nursing officer `said A and that the plan was about “...”` (indirect plus partial), quote with `she
#    told Nursing Times`, then a quote-only paragraph; `Read more:` line; RCN `said the plans were “...” and
#    risked “...” the ...` (two partials); regional director named after the first stretch (`said Nadia
#    Marchetti, RCN regional director ...`); Unison branch secretary `Gary Bishop` (a surname that is a common
#    word) `said A`, `he said`; anonymous nurse `told Nursing Times that A`, `she said`; Q&A `Asked whether
#    ..., Ms Adeyemi said: “...”`; NMC `said A but that ... must not be “...” for ...` (indirect plus partial).
ARTICLES[f"{BATCH}/wessex-coast-trust-nursing-associates-skill-mix.gold.json"] = {
    "article": f"{BATCH}/wessex-coast-trust-nursing-associates-skill-mix.txt",
    "target": "Wessex Coast University Hospitals NHS Foundation Trust",
    "quotes": [
        (P, "Unions", "dangerous", "warn of \u2018"),
        (I, "Wessex Coast University Hospitals NHS Foundation Trust", "Wessex Coast University Hospitals NHS "
            "Foundation Trust intends to change the skill mix on its medical and surgical wards from 65% registered "
            "nurses and 35% support staff to an even split by the end of 2028", None),
        (S, None, "workforce transformation", None),
        (I, "Wessex Coast University Hospitals NHS Foundation Trust", "no registered nurse would lose their job", None),
        (P, "Wessex Coast University Hospitals NHS Foundation Trust", "through natural turnover and vacancies", None),
        (I, "Bola Adeyemi", "the trust had one of the highest registered nurse vacancy rates in the region", None),
        (P, "Bola Adeyemi", "building a sustainable workforce, not cutting corners", None),
        (D, "Bola Adeyemi", "Nursing associates are a registered profession in their own right. They are regulated "
            "by the NMC, they are trained, and they are already doing an excellent job on our wards,", None),
        (D, "Bola Adeyemi", "What we are not going to do is leave posts vacant for two years waiting for registered "
            "nurses who are not coming.", None),
        (P, "Royal College of Nursing", "dangerous", "plans were \u201c"),
        (P, "Royal College of Nursing", "diluting", None),
        (D, "Nadia Marchetti", "Nursing associates are valued colleagues, but they are not registered nurses and they "
            "were never meant to replace them,", None),
        (D, "Nadia Marchetti", "This is a cost-cutting exercise dressed up as workforce reform.", None),
        (I, "Gary Bishop", "staff had not been consulted before the proposals went to the board", None),
        (D, "Gary Bishop", "Staff found out from a leaked board paper. That tells you everything about how this trust "
            "sees its nurses,", None),
        (I, "One band 6 nurse at the trust", "on some night shifts there was already only one registered nurse for "
            "every 14 patients", None),
        (D, "One band 6 nurse at the trust", "If they take more of us off the rota, I honestly don’t know who will be "
            "giving the IV antibiotics at 2am,", None),
        (D, "Bola Adeyemi", "Every ward will have a safe staffing review before any change is made, and the board "
            "will see every one of those reviews.", None),
        (I, "Nursing and Midwifery Council", "it was for employers to decide their skill mix", None),
        (P, "Nursing and Midwifery Council", "used as substitutes", None),
    ],
    "actors": [
        actor("Unions", "group", stance=-1),
        actor("Wessex Coast University Hospitals NHS Foundation Trust", "organisation", affiliation="NHS England",
              aliases=["Wessex Coast University Hospitals NHS Foundation Trust", "Wessex Coast University Hospitals",
                       "the trust"], stance=1),
        actor("Bola Adeyemi", "person", title="Chief nursing officer",
              affiliation="Wessex Coast University Hospitals NHS Foundation Trust",
              aliases=["Bola Adeyemi", "Ms Adeyemi", "Adeyemi"], stance=1),
        actor("Royal College of Nursing", "organisation", aliases=["Royal College of Nursing", "RCN"], stance=-1),
        actor("Nadia Marchetti", "person", title="regional director for the South West",
              affiliation="Royal College of Nursing", aliases=["Nadia Marchetti", "Marchetti"], stance=-1),
        actor("Gary Bishop", "person", title="branch secretary", affiliation="Unison",
              aliases=["Gary Bishop", "Bishop"], stance=-1),
        actor("One band 6 nurse at the trust", "person", title="band 6 nurse (anonymous)",
              affiliation="Wessex Coast University Hospitals NHS Foundation Trust",
              aliases=["One band 6 nurse at the trust"], stance=-1),
        actor("Nursing and Midwifery Council", "organisation", title="regulator",
              aliases=["Nursing and Midwifery Council", "NMC"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Houston Chronicle environment/industry (a tank fire at a Channelview chemical plant forces a
#    shelter-in-place order), headline without speech, `By NAME, Staff writer` and `Dec 3, 2026` lines, straight
#    `"` and apostrophes, `a.m.`, `ISD`; content before `, according to the Harris County Fire Marshal's Office`
#    (the next sentence, the writer's explanation of the liquid, not annotated); content before `, the company
#    said`; `In a statement, Gulfbend said its ... team had the fire "..." by 9:15 a.m. and that air monitoring
#    ... had detected "..."` (two partials); plant manager's statement split by `plant manager Kevin
#    Shaughnessy said in the statement`; `County officials said A`; content before `, County Judge Alicia
#    Fuentes-Moreno said at an afternoon news conference`; her quote contains a nested straight single quote
#    (`'no levels of concern,'`) echoing the company, `She said A`; fire marshal `Daniel Gross` (a surname that is
#    a common word) `said A but that a failed pump seal was "..."` (indirect plus partial); resident with an
#    apposition `said A`, `she said`; scare the county's "good neighbor" pledge; advocacy group `said A and
#    called on state regulators to ...` (directive); manufacturers' association `said A and that B "..."`
#    (indirect plus partial); `did not say when ...` (negated).
ARTICLES[f"{BATCH}/gulfbend-chemical-channelview-tank-fire.gold.json"] = {
    "article": f"{BATCH}/gulfbend-chemical-channelview-tank-fire.txt",
    "target": "Gulfbend Chemical",
    "quotes": [
        (I, "Harris County Fire Marshal's Office", "The fire broke out at about 6:40 a.m. in a storage tank holding "
            "pyrolysis gasoline", None),
        (I, "Gulfbend Chemical", "No one was injured", None),
        (P, "Gulfbend Chemical", "under control", None),
        (P, "Gulfbend Chemical", "no levels of concern.", "detected \""),
        (D, "Kevin Shaughnessy", "We deeply regret the disruption this has caused our neighbors,", None),
        (D, "Kevin Shaughnessy", "We will cooperate fully with every agency looking into this.", None),
        (I, "County officials", "their own monitors told a different story", None),
        (I, "Alicia Fuentes-Moreno", "Harris County Pollution Control Services recorded benzene at 38 parts per "
            "billion near Brown Elementary School shortly after 8 a.m.", None),
        (D, "Alicia Fuentes-Moreno", "That is not 'no levels of concern,'", None),
        (D, "Alicia Fuentes-Moreno", "Families deserve the real numbers, in real time, not a press release three "
            "hours later.", None),
        (I, "Alicia Fuentes-Moreno", "the County Attorney's Office was reviewing whether to take legal action against "
            "the company", None),
        (I, "Daniel Gross", "investigators had not yet determined what caused the fire", None),
        (P, "Daniel Gross", "one of the things we're looking at.", None),
        (I, "Maria Elena Quiroga", "she kept her two children home after the county's alert went off on her phone",
            None),
        (D, "Maria Elena Quiroga", "I smelled it before I heard anything. Like nail polish, but stronger. We've been "
            "through this too many times out here,", None),
        (S, None, "good neighbor", None),
        (I, "Air Alliance Houston", "it was the third significant incident at the plant since 2023", None),
        (I, "East Harris County Manufacturers Association", "its members had responded quickly", None),
        (P, "East Harris County Manufacturers Association", "exactly as designed.", None),
    ],
    "actors": [
        actor("Harris County Fire Marshal's Office", "government", affiliation="Harris County",
              aliases=["Harris County Fire Marshal's Office"], stance=0),
        actor("Gulfbend Chemical", "organisation", aliases=["Gulfbend Chemical", "Gulfbend", "the company"], stance=1),
        actor("Kevin Shaughnessy", "person", title="plant manager", affiliation="Gulfbend Chemical",
              aliases=["Kevin Shaughnessy", "Shaughnessy"], stance=1),
        actor("County officials", "group", affiliation="Harris County", stance=-1),
        actor("Alicia Fuentes-Moreno", "person", title="County Judge", affiliation="Harris County",
              aliases=["Alicia Fuentes-Moreno", "Fuentes-Moreno"], stance=-1),
        actor("Daniel Gross", "person", title="Fire Marshal", affiliation="Harris County",
              aliases=["Daniel Gross", "Gross"], stance=0),
        actor("Maria Elena Quiroga", "person", title="resident", affiliation="Channelview",
              aliases=["Maria Elena Quiroga", "Quiroga"], stance=-1),
        actor("Air Alliance Houston", "organisation", title="environmental advocacy group", stance=-1),
        actor("East Harris County Manufacturers Association", "organisation", title="industry group", stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. MyJoyOnline / Joy Business (Ghana) agriculture/trade (Burkina Faso bans live animal exports and Ghana's
#    Christmas livestock prices soar), headline without speech, `Source: NAME | Joy Business` and `Date: ...
#    Time: ...` lines, straight `"` and apostrophes, `GH¢`, `%`, Ghanaian and Burkinabè names with `Hajia` and
#    `Alhaji`; lede content before `, traders have said`; Burkinabè ministry `In a communiqué dated November 18,
#    ... said the suspension was necessary to "..." and that B` (partial plus indirect); scare `talk of
#    "livestock nationalism"`; ambassador in an apposition `told JoyNews that the measure was "..." and that B`
#    (partial plus indirect), `Mr Sawadogo said`; `READ ALSO:` line; deputy minister in an apposition `said A
#    and was B` (one indirect), `she said`; `business has slowed to a trickle` (no speech); association chairman
#    `said the ban had come at "..." for traders` (partial), then a two-paragraph quote (first paragraph left
#    open) ending `he told JoyNews`; butcher `Gift Dzorgbenu` (a given name that is a common word) `said A`;
#    ECOWAS Commission `in a brief response to JoyNews, said restrictions ... should be "..."` (partial only);
#    economist `said A`, `she said`; `Traders in Ashaiman say A`.
ARTICLES[f"{BATCH}/burkina-faso-livestock-export-ban-ghana-prices.gold.json"] = {
    "article": f"{BATCH}/burkina-faso-livestock-export-ban-ghana-prices.txt",
    "target": "Burkina Faso",
    "quotes": [
        (I, "traders", "Prices of cattle, sheep and goats at major livestock markets across the country have risen by "
            "as much as 60% in two weeks after Burkina Faso suspended the export of live animals", None),
        (P, "Burkina Faso's Ministry of Agriculture, Animal and Fisheries Resources", "guarantee the supply of the "
            "national market", None),
        (I, "Burkina Faso's Ministry of Agriculture, Animal and Fisheries Resources", "it would remain in force until "
            "further notice", None),
        (S, None, "livestock nationalism", None),
        (P, "Mahamadi Sawadogo", "not directed at Ghana", None),
        (I, "Mahamadi Sawadogo", "traders with contracts signed before the ban could apply for special permits", None),
        (D, "Mahamadi Sawadogo", "Burkina Faso has its own people to feed. When the price of meat in Ouagadougou "
            "doubles, the government must act,", None),
        (I, "Fatimatu Iddrisu", "government had opened talks with the Burkinabè authorities and was also looking to "
            "Mali and Niger to make up the shortfall", None),
        (D, "Fatimatu Iddrisu", "We respect the sovereign right of Burkina Faso to take decisions in its own interest, "
            "but we also expect the spirit of ECOWAS free movement to be respected,", None),
        (P, "Seidu Abubakari", "the worst possible time", None),
        (D, "Seidu Abubakari", "Christmas is when we make our money for the whole year. Now I have customers calling "
            "me every day and I have nothing to sell them.", None),
        (D, "Seidu Abubakari", "Even the animals that were already on the road, they turned them back at Dakola. Some "
            "of our boys slept at the border for four days,", None),
        (I, "Gift Dzorgbenu", "a medium-sized cow that sold for GH¢9,000 in October now costs more than GH¢14,000",
            None),
        (P, "ECOWAS Commission", "temporary and proportionate", None),
        (I, "Priscilla Twumasi-Ankrah", "the ban had exposed how dependent Ghana had become on livestock from the "
            "Sahel", None),
        (D, "Priscilla Twumasi-Ankrah", "We have the land in the northern regions to raise our own cattle. What we "
            "don't have is the investment in water, feed and veterinary services,", None),
        (I, "Traders in Ashaiman", "they will lobby government to raise the matter at the next ECOWAS summit", None),
    ],
    "actors": [
        actor("traders", "group", affiliation="Ghana's livestock markets", aliases=["traders"], stance=0),
        actor("Burkina Faso's Ministry of Agriculture, Animal and Fisheries Resources", "government",
              affiliation="Burkina Faso",
              aliases=["Burkina Faso's Ministry of Agriculture, Animal and Fisheries Resources"], stance=1),
        actor("Mahamadi Sawadogo", "person", title="Burkina Faso's Ambassador to Ghana", affiliation="Burkina Faso",
              aliases=["Mahamadi Sawadogo", "Mr Sawadogo", "Sawadogo"], stance=1),
        actor("Fatimatu Iddrisu", "person", title="Deputy Minister for Food and Agriculture",
              affiliation="Government of Ghana", aliases=["Fatimatu Iddrisu", "Hajia Fatimatu Iddrisu", "Iddrisu"],
              stance=0),
        actor("Seidu Abubakari", "person", title="Chairman, Ashaiman Cattle Dealers Association",
              aliases=["Seidu Abubakari", "Alhaji Seidu Abubakari", "Abubakari"], stance=-1),
        actor("Gift Dzorgbenu", "person", title="butcher", affiliation="Kaneshie market",
              aliases=["Gift Dzorgbenu", "Dzorgbenu"], stance=0),
        actor("ECOWAS Commission", "organisation", aliases=["ECOWAS Commission"], stance=0),
        actor("Priscilla Twumasi-Ankrah", "person", title="agricultural economist", affiliation="University of Ghana",
              aliases=["Priscilla Twumasi-Ankrah", "Dr Priscilla Twumasi-Ankrah", "Twumasi-Ankrah"], stance=None),
        actor("Traders in Ashaiman", "group", affiliation="Ashaiman", stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
