"""Build the dev84 gold files (data/eval/dev84/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev84/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev84.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev84"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The EastAfrican shipping/diplomacy (a Russian state-backed firm wins a 25-year concession for a
#    grain terminal at Tanga), headline without speech, `Summary` box with two bullets (no quote marks,
#    no speech verb: `Kenyan millers worry ...`), `By NAME` and `The EastAfrican` lines, straight `"` and
#    apostrophes; lede `in a deal the government hopes will ...` (no speech verb); TPA `said on Tuesday that
#    A, and that B` (one indirect); director-general named after the quote (`..., TPA Director-General
#    Abdallah Kiwelu told The EastAfrican ...`), `He said A`; ambassador in an apposition `described the
#    project as "..."` (partial only), then `he said`; `Read:` line; content before `, according to the
#    Eastern Africa Grain Council`; scare so-called "blue economy" window; `Millers in Kenya ... say the
#    terminal could give Moscow "..." into ...` (partial only); association chairman with a title chain
#    `said A`, quote split by `Mr Odhiambo said`; minister `dismissed the concerns, saying A`, `he said`;
#    Russian ministry `said in a statement that the terminal would "..." and that B` (partial plus indirect);
#    anonymous diplomat `said the deal was "..." of ...` (partial only); economist named Faith `said A, but
#    warned that B` (two indirects), `she said`.
ARTICLES[f"{BATCH}/russia-tanga-grain-terminal-concession.gold.json"] = {
    "article": f"{BATCH}/russia-tanga-grain-terminal-concession.txt",
    "target": "Russia",
    "quotes": [
        (I, "Tanzania Ports Authority", "Volga Bulk Holding would invest $310 million over four years in a berth "
            "able to handle 1.5 million tonnes of cargo a year, and that it would run the facility under a 25-year "
            "concession", None),
        (D, "Abdallah Kiwelu", "This is not about picking sides. Tanga has capacity, and Russia has wheat and "
            "fertiliser that our farmers and millers need,", None),
        (I, "Abdallah Kiwelu", "the terminal would remain open to cargo from any origin", None),
        (P, "Igor Starodubtsev", "a long-term commitment to food security in Africa, not a one-season trade.", None),
        (D, "Igor Starodubtsev", "Russian grain has never been under sanctions, and African buyers should not have "
            "to pay for the politics of others,", None),
        (I, "Eastern Africa Grain Council", "Russia was the largest source of wheat imported into East Africa last "
            "year, supplying about 3.2 million tonnes", None),
        (S, None, "blue economy", None),
        (P, "Millers in Kenya", "a chokehold on the corridor", None),
        (I, "Kenneth Odhiambo", "the association had written to the East African Community secretariat asking "
            "whether the concession was consistent with the bloc's customs union rules", None),
        (D, "Kenneth Odhiambo", "We are not against Russian wheat. We buy it every month,", None),
        (D, "Kenneth Odhiambo", "What worries us is one supplier owning the gate as well as the goods.", None),
        (I, "Ameir Haji Hamad", "Tanzania had signed similar concessions with companies from the United Arab "
            "Emirates and China without complaints from its neighbours", None),
        (D, "Ameir Haji Hamad", "Nobody asked these questions when other foreign operators came to Dar es Salaam,",
            None),
        (P, "Russia's Ministry of Agriculture", "strengthen the logistics of Russian agricultural exports to "
            "friendly countries", None),
        (I, "Russia's Ministry of Agriculture", "similar projects were under discussion with Kenya and Mozambique",
            None),
        (P, "Western diplomat in Dar es Salaam", "part of a pattern", None),
        (I, "Faith Lyimo", "the terminal made commercial sense for Tanga", None),
        (I, "Faith Lyimo", "the concession had been awarded without a public tender", None),
        (D, "Faith Lyimo", "If the terms are good, publish them. That is the only way to end the suspicion,", None),
    ],
    "actors": [
        actor("Tanzania Ports Authority", "government", affiliation="Tanzania",
              aliases=["Tanzania Ports Authority", "TPA"], stance=1),
        actor("Abdallah Kiwelu", "person", title="Director-General", affiliation="Tanzania Ports Authority",
              aliases=["Abdallah Kiwelu", "Kiwelu"], stance=1),
        actor("Igor Starodubtsev", "person", title="Russian ambassador to Tanzania", affiliation="Russia",
              aliases=["Igor Starodubtsev", "Starodubtsev"], stance=1),
        actor("Eastern Africa Grain Council", "organisation", aliases=["Eastern Africa Grain Council"], stance=None),
        actor("Millers in Kenya", "group", affiliation="Kenya", stance=-1),
        actor("Kenneth Odhiambo", "person", title="chairman", affiliation="Cereal Millers Association (Kenya)",
              aliases=["Kenneth Odhiambo", "Mr Odhiambo", "Odhiambo"], stance=-1),
        actor("Ameir Haji Hamad", "person", title="Transport minister", affiliation="Tanzania",
              aliases=["Ameir Haji Hamad", "Hamad"], stance=1),
        actor("Russia's Ministry of Agriculture", "government", affiliation="Russia",
              aliases=["Russia's Ministry of Agriculture"], stance=1),
        actor("Western diplomat in Dar es Salaam", "person", title="diplomat (anonymous)", stance=-1),
        actor("Faith Lyimo", "person", title="trade economist", affiliation="University of Dar es Salaam",
              aliases=["Faith Lyimo", "Dr Faith Lyimo", "Lyimo"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Los Angeles Times business/climate (an insurer drops 38,000 foothill homeowners), headline without
#    speech, subhead with `says`/`say` but no quote marks (not annotated), byline with `Staff Writer`,
#    `Dec. 3, 2026 5 AM PT` line, curly `“ ”` and `’`, `ZIP Codes`, `%`; lede content before `, the company
#    told state regulators Wednesday` (the writer's `the latest sign ...` left out); filing `said its
#    exposure ... had become “...” and that B` (partial plus indirect); chief executive's statement split by
#    `Pacific Crest Chief Executive Gregory Ashdown said in a statement`; content before `, the company said`;
#    homeowner with a long apposition `said A`, quote split by `she said`; photo caption with credit (not
#    annotated); commissioner `called the move “...” and said A` (partial plus indirect); Q&A `Asked whether
#    ..., Arredondo said: “...”`; scare so-called “insurance deserts”; industry group `said A`; advocate named
#    after the first stretch (`said Tessa Lindqvist, a staff attorney at ...`); anonymous agent `was blunter`
#    (no speech), then `she said`; `Ashdown said in the statement that A and would ... “...”` (indirect plus
#    partial).
ARTICLES[f"{BATCH}/pacific-crest-insurance-foothill-nonrenewals.gold.json"] = {
    "article": f"{BATCH}/pacific-crest-insurance-foothill-nonrenewals.txt",
    "target": "Pacific Crest Insurance",
    "quotes": [
        (I, "Pacific Crest Insurance", "Pacific Crest Insurance will stop renewing about 38,000 homeowners policies "
            "in the foothill communities of Los Angeles and Ventura counties over the next 12 months", None),
        (P, "Pacific Crest Insurance", "unsustainable", None),
        (I, "Pacific Crest Insurance", "its reinsurance costs had risen by more than 40% since 2024", None),
        (D, "Gregory Ashdown", "We have paid out more in the last two years than we collected in premiums in the "
            "previous 10,", None),
        (D, "Gregory Ashdown", "No company can keep writing policies on those terms.", None),
        (I, "Pacific Crest Insurance", "Affected customers will receive nonrenewal notices at least 75 days before "
            "their policies expire", None),
        (I, "Denise Okafor", "she learned of the decision from a neighbor’s post on Nextdoor", None),
        (D, "Denise Okafor", "I did everything they asked. I cleared the brush, I put in the ember-resistant vents, "
            "I replaced the roof,", None),
        (D, "Denise Okafor", "And now they’re telling me none of that matters.", None),
        (P, "Miguel Arredondo", "deeply disappointing", None),
        (I, "Miguel Arredondo", "his department would examine whether Pacific Crest had complied with the one-year "
            "moratorium on nonrenewals that followed the January 2025 fires", None),
        (D, "Miguel Arredondo", "We have tools, and we will use every one of them. But I can’t force a company to "
            "stay in a market.", None),
        (S, None, "insurance deserts", None),
        (I, "Personal Insurance Federation of California", "insurers were still waiting for regulators to approve "
            "rate increases that reflect the true cost of wildfire risk", None),
        (D, "Tessa Lindqvist", "They got their rate increases, and they’re leaving anyway,", None),
        (D, "Tessa Lindqvist", "Homeowners were told that higher premiums would keep insurers in California. This "
            "is what they got.", None),
        (D, "Pacific Crest agent in La Cañada Flintridge", "Half my book is in those ZIP Codes,", None),
        (D, "Pacific Crest agent in La Cañada Flintridge", "I don’t know what I’m going to tell people who have "
            "been with us for 30 years.", None),
        (I, "Gregory Ashdown", "the company would continue to write policies in most of Southern California", None),
        (P, "Gregory Ashdown", "if the numbers change.", None),
    ],
    "actors": [
        actor("Pacific Crest Insurance", "organisation",
              aliases=["Pacific Crest Insurance", "Pacific Crest", "the company"], stance=1),
        actor("Gregory Ashdown", "person", title="Chief Executive", affiliation="Pacific Crest Insurance",
              aliases=["Gregory Ashdown", "Ashdown"], stance=1),
        actor("Denise Okafor", "person", title="retired schoolteacher, homeowner", affiliation="Altadena",
              aliases=["Denise Okafor", "Okafor"], stance=-1),
        actor("Miguel Arredondo", "person", title="Insurance Commissioner", affiliation="California",
              aliases=["Miguel Arredondo", "Arredondo"], stance=-1),
        actor("Personal Insurance Federation of California", "organisation", title="industry group",
              aliases=["Personal Insurance Federation of California"], stance=1),
        actor("Tessa Lindqvist", "person", title="staff attorney", affiliation="United Policyholders",
              aliases=["Tessa Lindqvist", "Lindqvist"], stance=-1),
        actor("Pacific Crest agent in La Cañada Flintridge", "person", title="insurance agent (anonymous)",
              affiliation="Pacific Crest Insurance", stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cayman Compass politics (a no-confidence motion against a planning minister over a Crown land sale),
#    headline without speech, `By NAME - December 3, 2026` line, straight `"` and apostrophes, bare surnames
#    on later references, `Rivers` (a surname that is a common word); lede `accusing him of "..."` (partial
#    for the group); Opposition Leader `told the Compass on Wednesday that A` (his clause reports what the
#    minister told Parliament: one indirect), `Solomon said`; `rejected the accusation` (act); the minister's
#    statement split by `he said in a statement issued through Government Information Services`; `He said the
#    buyer ... had paid "..." for the land, ..., and that B` (partial plus indirect); photo caption with
#    `- Photo:` credit; Premier's Office `said in a brief statement that A`; scare "expressions of interest"
#    process; `East End residents who attended ... said A`; fisherman with a title before the name and an
#    apposition `said A`, `Bodden said`; `According to the Department of Environment, A`; Auditor General's
#    office `confirmed A, but said B` (two indirects); anonymous backbencher `said A but that "..." with ...`
#    (indirect plus partial); `Solomon said A`; `did not respond` (not annotated).
ARTICLES[f"{BATCH}/marlon-rivers-no-confidence-east-end-land.gold.json"] = {
    "article": f"{BATCH}/marlon-rivers-no-confidence-east-end-land.txt",
    "target": "Marlon Rivers",
    "quotes": [
        (P, "Opposition MPs", "misleading Parliament", None),
        (I, "Craig Solomon", "the minister had assured Parliament in September that no offer had been accepted for "
            "the land, when a sale agreement had in fact been signed two weeks earlier", None),
        (D, "Craig Solomon", "This is not about one piece of land. It is about whether a minister can stand up in "
            "this House and say something that is not true, and face no consequences,", None),
        (D, "Marlon Rivers", "When I answered that question in September, the information I had from the Lands and "
            "Survey Department was that negotiations were ongoing. That was the truth as I knew it,", None),
        (D, "Marlon Rivers", "I have nothing to hide, and I welcome the debate.", None),
        (P, "Marlon Rivers", "full market value", None),
        (I, "Marlon Rivers", "the proceeds would go towards affordable housing in the district", None),
        (I, "Premier's Office", "Rivers continued to have the full support of Cabinet", None),
        (S, None, "expressions of interest", None),
        (I, "East End residents", "they had not been consulted about the sale", None),
        (I, "Rodney Bodden", "the parcel backs onto one of the few remaining turtle-nesting beaches on the island's "
            "eastern coast", None),
        (D, "Rodney Bodden", "My grandfather fished off that beach. Nobody came to ask us anything,", None),
        (I, "Department of Environment", "31 green and loggerhead turtle nests were recorded on that stretch of "
            "beach during the 2026 season", None),
        (I, "Office of the Auditor General", "it had received a complaint about the sale", None),
        (I, "Office of the Auditor General", "it was too early to say whether a review would be opened", None),
        (I, "One government backbencher", "the numbers were there to defeat the motion", None),
        (P, "One government backbencher", "a few people are uncomfortable", None),
        (I, "Craig Solomon", "the Opposition would also ask Parliament's Public Accounts Committee to call the chief "
            "officer of the Lands and Survey Department to give evidence", None),
    ],
    "actors": [
        actor("Opposition MPs", "group", affiliation="Opposition (Cayman Islands Parliament)", stance=-1),
        actor("Craig Solomon", "person", title="Opposition Leader", affiliation="Opposition",
              aliases=["Craig Solomon", "Solomon"], stance=-1),
        actor("Marlon Rivers", "person", title="Planning Minister", affiliation="Cayman Islands Government",
              aliases=["Marlon Rivers", "Rivers"], stance=1),
        actor("Premier's Office", "government", affiliation="Cayman Islands Government",
              aliases=["Premier's Office"], stance=1),
        actor("East End residents", "group", affiliation="East End", stance=-1),
        actor("Rodney Bodden", "person", title="fisherman", affiliation="Colliers, East End",
              aliases=["Rodney Bodden", "Bodden"], stance=-1),
        actor("Department of Environment", "government", affiliation="Cayman Islands Government",
              aliases=["Department of Environment"], stance=None),
        actor("Office of the Auditor General", "government", affiliation="Cayman Islands",
              aliases=["Office of the Auditor General"], stance=0),
        actor("One government backbencher", "person", title="backbencher (anonymous)",
              affiliation="Cayman Islands Government", aliases=["One government backbencher"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Irish Farmers Journal agriculture (farmers wait for ACRES agri-environment payments), headline with a
#    curly single fragment `Department blames ‘mapping errors’`, byline and date lines without `By`, curly
#    `“ ”` and `’`, `ha`, `€`, `Co Clare`, Irish-language names (`Colm Ó Dálaigh`, `Aoife Ní Mhurchú` in the
#    byline, `Bríd`, `Séamus`); lede content before `, the Department of Agriculture has confirmed`; `In a
#    statement to the Irish Farmers Journal, the Department said the delays were caused by “...” in ..., and
#    that B` (partial plus indirect); scare `the scheme’s “results-based” model`; minister with a long title
#    chain `told the Dáil on Wednesday that A`, quote split by `the Minister said`; IFA chair `said the
#    explanation “...” with ...` (partial only), `he said`, then a quote-only paragraph; two unrelated Hogans
#    (`ICMSA deputy president Tim Hogan said ... “...” ...`, partial only; farmer `Bríd Hogan` named after her
#    quote, `She said A and was B`); TD `described X as “...” and said A` (partial plus indirect); anonymous
#    adviser `who asked not to be named, said A`, `the adviser said`; `has previously apologised for ...`
#    (act); content before `, the Minister said`.
ARTICLES[f"{BATCH}/acres-payment-delays-department-agriculture.gold.json"] = {
    "article": f"{BATCH}/acres-payment-delays-department-agriculture.txt",
    "target": "Department of Agriculture",
    "quotes": [
        (P, "Department of Agriculture", "mapping errors", "blames \u2018"),
        (I, "Department of Agriculture", "More than 9,400 farmers in the ACRES agri-environment scheme have yet to "
            "receive their full 2025 payments", None),
        (P, "Department of Agriculture", "mapping errors", "caused by \u201c"),
        (I, "Department of Agriculture", "staff had been reassigned to clear the backlog before Christmas", None),
        (S, None, "results-based", None),
        (I, "Colm Ó Dálaigh", "91% of ACRES participants had now been paid in full", None),
        (D, "Colm Ó Dálaigh", "The officials in Johnstown Castle have been working evenings and weekends on this,",
            None),
        (D, "Colm Ó Dálaigh", "The vast majority of farmers have been paid, and the rest will be paid as soon as each "
            "case is resolved.", None),
        (P, "Pat Cahalane", "doesn’t wash", None),
        (D, "Pat Cahalane", "Farmers did the work. They planted the hedges, they fenced the cattle off the "
            "riverbanks, and they filled in every form the Department sent them,", None),
        (D, "Pat Cahalane", "Now they’re being told a computer got it wrong. That’s not good enough, and it "
            "wouldn’t be accepted from a farmer for one minute.", None),
        (P, "Tim Hogan", "thousands of euro", None),
        (D, "Bríd Hogan", "We were told October, then November. Now I ring the helpline and nobody can tell me "
            "anything,", None),
        (I, "Bríd Hogan", "the family had borrowed from the credit union to pay for winter fodder and was owed "
            "€6,800", None),
        (P, "Séamus Considine", "a slow-motion disaster", None),
        (I, "Séamus Considine", "he would raise the issue at the Oireachtas agriculture committee next week", None),
        (I, "One ACRES adviser in the west", "the errors in the scorecards had been flagged to the Department as "
            "far back as June", None),
        (D, "One ACRES adviser in the west", "We told them in June, and again in August. We have the emails,", None),
        (I, "Colm Ó Dálaigh", "Farmers who have not been paid by the end of January can seek an interim payment",
            None),
    ],
    "actors": [
        actor("Department of Agriculture", "government", affiliation="Ireland",
              aliases=["Department of Agriculture", "Department"], stance=1),
        actor("Colm Ó Dálaigh", "person", title="Minister for Agriculture, Food and the Marine",
              affiliation="Irish Government", aliases=["Colm Ó Dálaigh", "Ó Dálaigh", "Minister"], stance=1),
        actor("Pat Cahalane", "person", title="rural development chair", affiliation="IFA",
              aliases=["Pat Cahalane", "Cahalane"], stance=-1),
        actor("Tim Hogan", "person", title="deputy president", affiliation="ICMSA", aliases=["Tim Hogan"], stance=-1),
        actor("Bríd Hogan", "person", title="farmer", affiliation="Kilfenora, Co Clare", aliases=["Bríd Hogan"],
              stance=-1),
        actor("Séamus Considine", "person", title="Independent TD for Clare", affiliation="Dáil Éireann",
              aliases=["Séamus Considine", "Considine"], stance=-1),
        actor("One ACRES adviser in the west", "person", title="ACRES adviser (anonymous)",
              aliases=["One ACRES adviser in the west", "adviser"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
