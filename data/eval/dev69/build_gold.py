"""Build the dev69 gold files (data/eval/dev69/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev68/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev69/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev69.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. MercoPress trade/energy (Brazil's imports of Russian diesel hit a record), headline with a straight
#    double fragment "... as Washington warns of "consequences"" (partial for Washington, the entity the
#    headline names), "Thursday, December 3rd 2026 - 08:52 UTC" line, straight " and apostrophes, "%".
#    Lede content before "according to figures released on Wednesday by the Ministry of ... (MDIC)" (the
#    writer's ", consolidating ..." is left out); content before "the ministry said"; State Department
#    spokesperson "said on Tuesday that countries which "..." should expect "..."" (two partials); minister
#    "said Brazil bought fuel "..." and would not accept "..." from anybody" (two partials), quote with
#    "the minister told reporters"; scare so-called "shadow fleet"; trade representative "said in an
#    interview with the TASS news agency that A", quote with "he was quoted as saying"; Abicom "said A";
#    anonymous executive "speaking on condition of anonymity ..., said A", quote with "the executive said";
#    "Not everyone is comfortable" (no cue); economist "warned that A", quote with "she said"; senator
#    "accused the government of "..." at a time when ..." (partial only).
ARTICLES["data/eval/dev69/brazil-russian-diesel-record-imports.gold.json"] = {
    "article": "data/eval/dev69/brazil-russian-diesel-record-imports.txt",
    "target": "Russia",
    "quotes": [
        (P, "Washington", "consequences", "Washington warns"),
        (I, "Ministry of Development, Industry, Trade and Services", "Brazil imported a record 1.6 million tonnes of "
            "Russian diesel in November", None),
        (I, "Ministry of Development, Industry, Trade and Services", "Russian diesel accounted for 71% of Brazil's "
            "diesel imports in the first eleven months of the year, up from 58% in 2025", None),
        (P, "spokesperson for the US State Department", "continue to fund the Kremlin's war machine", None),
        (P, "spokesperson for the US State Department", "consequences", "should expect"),
        (P, "Rodrigo Queiroz Lemos", "where it is cheapest", None),
        (P, "Rodrigo Queiroz Lemos", "lessons", None),
        (D, "Rodrigo Queiroz Lemos", "Brazil is a sovereign country. Russia has been a reliable supplier when others "
            "were not, and our priority is the price of diesel at the pump for the truck driver and the farmer,", None),
        (S, None, "shadow fleet", None),
        (I, "Oleg Timoshenko", "Russian companies were ready to increase deliveries further in 2027", None),
        (D, "Oleg Timoshenko", "Brazil is a strategic partner, and our trade is not directed against any third "
            "country,", None),
        (I, "Brazilian Association of Fuel Importers", "Russian diesel was being sold at a discount of between 8 and 12 "
            "US cents per litre compared with cargoes from the US Gulf Coast", None),
        (I, "executive at a Sao Paulo-based importer", "most independent importers now relied almost entirely on "
            "Russian cargoes", None),
        (D, "executive at a Sao Paulo-based importer", "Without Russian diesel, the price at the pump would be ten "
            "percent higher tomorrow. Nobody in this business wants to go back,", None),
        (I, "Mariana Fontes Brand\u00e3o", "the dependence carried serious risks for the country", None),
        (D, "Mariana Fontes Brand\u00e3o", "If secondary sanctions come, importers could be cut off from the dollar "
            "system overnight. Brazil has put too many eggs in one basket,", None),
        (P, "Tereza Vilela", "choosing Moscow over Washington", None),
    ],
    "actors": [
        actor("Washington", "government", title="US government (headline)", affiliation="United States",
              aliases=["Washington"], stance=-1),
        actor("Ministry of Development, Industry, Trade and Services", "government", title="trade ministry",
              affiliation="Brazil", aliases=["Ministry of Development, Industry, Trade and Services", "MDIC",
                                             "ministry"], stance=0),
        actor("spokesperson for the US State Department", "person", title="anonymous spokesperson",
              affiliation="US State Department", aliases=["spokesperson for the US State Department"], stance=-1),
        actor("Rodrigo Queiroz Lemos", "person", title="Mines and Energy Minister", affiliation="Brazil",
              aliases=["Rodrigo Queiroz Lemos", "Lemos", "minister"], stance=1),
        actor("Oleg Timoshenko", "person", title="Russian trade representative in Brazil", affiliation="Russia",
              aliases=["Oleg Timoshenko", "Timoshenko"], stance=1),
        actor("Brazilian Association of Fuel Importers", "organisation", title="importers' association",
              aliases=["Brazilian Association of Fuel Importers", "Abicom"], stance=0),
        actor("executive at a Sao Paulo-based importer", "person", title="anonymous fuel importer executive",
              aliases=["executive at a Sao Paulo-based importer", "executive"], stance=1),
        actor("Mariana Fontes Brand\u00e3o", "person", title="economist", affiliation="Getulio Vargas Foundation",
              aliases=["Mariana Fontes Brand\u00e3o", "Brand\u00e3o"], stance=-1),
        actor("Tereza Vilela", "person", title="Opposition Senator", affiliation="Liberal Party (PL)",
              aliases=["Tereza Vilela", "Vilela"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Tico Times (Costa Rica) climate/science (a study links Nicaraguan deforestation to sediment in
#    the San Juan River), headline without speech, byline and date lines, curly “ ” and ’, British
#    punctuation outside a fragment. Lede content before "according to a study published this week by
#    researchers at the University of Costa Rica (UCR)" (the study speaks for its researchers, as in dev2);
#    lead author "said the river now carries “...” more sediment ..." (partial only), quote with
#    "Chinchilla said", "She added that A"; content before "according to Global Forest Watch" (the apposition
#    inside the content is kept); scare so-called “frontera agrícola” in the writer's next sentence;
#    Costa Rica's Foreign Ministry "said in a statement that A", then "It described the situation as “...”
#    for ..." (partial); Nicaragua's environment ministry "said in a statement read on ... that the
#    reserve was “...” by the army and that the study was “...” against the country" (two partials), quote
#    with "the statement said"; exiled environmentalist "said A", quote with "Obando told The Tico Times";
#    fisherman named Minor "said A", quote with "he said"; "The researchers said A"; "Related:" line.
ARTICLES["data/eval/dev69/nicaragua-indio-maiz-san-juan-sediment.gold.json"] = {
    "article": "data/eval/dev69/nicaragua-indio-maiz-san-juan-sediment.txt",
    "target": "Nicaragua",
    "quotes": [
        (I, "researchers", "Clearing of forest in Nicaragua\u2019s Indio Ma\u00edz Biological Reserve has more than "
            "doubled the amount of sediment carried by the San Juan River into Costa Rica\u2019s northern wetlands "
            "since 2018", None),
        (P, "Valeria Chinchilla Mora", "three to four times", None),
        (D, "Valeria Chinchilla Mora", "What we are seeing is the soil of Indio Ma\u00edz ending up in our wetlands. The "
            "forest on the Nicaraguan side is disappearing, mostly for cattle, and nobody is stopping it,", None),
        (I, "Valeria Chinchilla Mora", "the sediment was smothering the nurseries of fish such as the guapote and the "
            "gaspar in the Ca\u00f1o Negro wetland, a protected site under the Ramsar Convention", None),
        (I, "Global Forest Watch", "Indio Ma\u00edz, one of the largest remaining blocks of rainforest in Central "
            "America, has lost about 18% of its forest cover since 2011", None),
        (S, None, "frontera agr\u00edcola", None),
        (I, "Foreign Ministry", "it would raise the findings with Managua through diplomatic channels", None),
        (P, "Foreign Ministry", "a matter of serious concern", None),
        (P, "Ministry of Environment and Natural Resources", "protected and guarded", None),
        (P, "Ministry of Environment and Natural Resources", "part of a campaign of lies", None),
        (D, "Ministry of Environment and Natural Resources", "Nicaragua has always defended Mother Earth, and we will "
            "not accept lessons from those who sell their own forests to tourists,", None),
        (I, "Leonel Obando", "settlers were moving into the reserve with the knowledge of local officials and party "
            "structures", None),
        (D, "Leonel Obando", "Everyone in R\u00edo San Juan knows who is selling the land. The army guards the roads, "
            "not the forest,", None),
        (I, "Minor Arguedas", "his catch had fallen by half in five years", None),
        (D, "Minor Arguedas", "The river comes down brown, like coffee with milk. On the other side they cut "
            "everything, and the mud comes to us,", None),
        (I, "researchers", "the sediment load could be reduced within a decade if cattle were removed from the reserve "
            "and natural regeneration allowed", None),
    ],
    "actors": [
        actor("researchers", "group", title="research team", affiliation="University of Costa Rica",
              aliases=["researchers", "study"], stance=-1),
        actor("Valeria Chinchilla Mora", "person", title="hydrologist, lead author",
              affiliation="University of Costa Rica", aliases=["Valeria Chinchilla Mora", "Chinchilla"], stance=-1),
        actor("Global Forest Watch", "organisation", title="forest monitoring platform",
              aliases=["Global Forest Watch"], stance=0),
        actor("Foreign Ministry", "government", title="foreign ministry", affiliation="Costa Rica",
              aliases=["Foreign Ministry"], stance=-1),
        actor("Ministry of Environment and Natural Resources", "government", title="environment ministry",
              affiliation="Nicaragua", aliases=["Ministry of Environment and Natural Resources", "MARENA"], stance=1),
        actor("Leonel Obando", "person", title="exiled Nicaraguan environmentalist",
              aliases=["Leonel Obando", "Obando"], stance=-1),
        actor("Minor Arguedas", "person", title="fisherman (Los Chiles)", aliases=["Minor Arguedas", "Arguedas"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Birmingham Mail (BirminghamLive, Reach) labour/local government (bin workers to strike again),
#    headline with a straight single fragment "... as union says council 'broke its word'" (partial for
#    Unite, the headline's "union"), standfirst without speech, byline, "Senior Reporter" and "11:42, 3 DEC
#    2026" lines, straight " in the body, "per cent", "Cllr", "Mother-of-three", "READ MORE:" lines. Lede
#    content before "the union Unite said on Wednesday"; "The union said A and that the council had "..."
#    over ..." (indirect plus partial, the body's form of the headline's words); scare so-called "safety
#    critical" allowance, followed by the relative clause "which it says exposes it to ..." (indirect for the
#    council, present-tense "says"); regional officer "said: "..."", then "He added: "...` open at the end of
#    its line and a closed quote-only paragraph; council spokesperson "said the council was "..." by ... and
#    that B" (partial plus indirect), quote with "the spokesperson said"; council leader "told ... that the
#    authority was "..." by a union that had "..."" (two partials); "Residents still remember" (no cue);
#    resident "said A", quote with "she said"; opposition leader "said the ... council had "..." of the
#    dispute and should bring in ..." (partial only, no second subject); anonymous driver "told
#    BirminghamLive A"; "The council has said that A, but that B" (one span).
ARTICLES["data/eval/dev69/birmingham-bin-strike-january.gold.json"] = {
    "article": "data/eval/dev69/birmingham-bin-strike-january.txt",
    "target": "Birmingham City Council",
    "quotes": [
        (P, "Unite", "broke its word", None),
        (I, "Unite", "Bin workers in Birmingham will go on strike again for ten days in January after talks with the "
            "city council broke down", None),
        (I, "Unite", "94 per cent of members who took part in the ballot had backed the action", None),
        (P, "Unite", "broken its word", None),
        (S, None, "safety critical", None),
        (I, "Birmingham City Council", "exposes it to further equal pay claims", None),
        (D, "Gary Bishop", "Our members did everything that was asked of them. They went back to work in good faith, "
            "and the council has thrown that back in their faces.", None),
        (D, "Gary Bishop", "Nobody wants to see rubbish piling up on the streets over Christmas and new year, which is "
            "why we have given the council five weeks to come back to the table.", None),
        (D, "Gary Bishop", "But if they don't, the strike will go ahead, and the responsibility will lie with the "
            "council leadership.", None),
        (P, "Birmingham City Council spokesperson", "disappointed", None),
        (I, "Birmingham City Council spokesperson", "contingency plans were being drawn up", None),
        (D, "Birmingham City Council spokesperson", "We have made a fair offer that is in line with our legal "
            "obligations on equal pay. We cannot agree to anything that would expose the council, and the people of "
            "Birmingham, to further claims,", None),
        (P, "Shabana Akhtar", "not going to be held to ransom", None),
        (P, "Shabana Akhtar", "walked away from a fair deal", None),
        (I, "Kelly Marsh", "rubbish had been left uncollected on her road for almost a month", None),
        (D, "Kelly Marsh", "We had rats in the garden, and I've got a toddler. I don't care whose fault it is, I just "
            "want it sorted before it starts again,", None),
        (P, "Edward Lyle", "lost control", None),
        (I, "driver", "the council's offer would leave him about \u00a32,400 a year worse off", None),
        (I, "Birmingham City Council", "fortnightly collections of general waste will continue if the strike goes "
            "ahead, but that recycling and garden waste collections are likely to be suspended", None),
    ],
    "actors": [
        actor("Unite", "organisation", title="trade union", aliases=["Unite", "union"], stance=-1),
        actor("Birmingham City Council", "government", title="city council",
              aliases=["Birmingham City Council", "council"], stance=1),
        actor("Gary Bishop", "person", title="Unite regional officer", affiliation="Unite",
              aliases=["Gary Bishop", "Bishop"], stance=-1),
        actor("Birmingham City Council spokesperson", "person", title="council spokesperson",
              affiliation="Birmingham City Council",
              aliases=["Birmingham City Council spokesperson", "spokesperson"], stance=1),
        actor("Shabana Akhtar", "person", title="Council leader", affiliation="Birmingham City Council (Labour)",
              aliases=["Shabana Akhtar", "Akhtar"], stance=1),
        actor("Kelly Marsh", "person", title="resident (Erdington), mother-of-three",
              aliases=["Kelly Marsh", "Marsh"], stance=0),
        actor("Edward Lyle", "person", title="Conservative group leader", affiliation="Conservatives",
              aliases=["Edward Lyle", "Lyle"], stance=-1),
        actor("driver", "person", title="anonymous bin lorry driver", affiliation="Birmingham City Council",
              aliases=["driver"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Law360 courts (a judge refuses to send a delivery drivers' misclassification suit to arbitration),
#    Title Case headline "..., Judge Says" without quote marks, byline, "Law360 (December 2, 2026, 8:14 PM
#    EST) --" lede opener, straight " and apostrophes, US punctuation inside closing marks, counsel and case
#    lines at the end, "--Editing by" line. Lede "A California federal judge ... refused ..., finding that
#    the company's arbitration agreement was "..." unconscionable terms" (partial; the judge is named in
#    the next paragraph); "In a 24-page order, U.S. District Judge Theodore Ng said the agreement's
#    requirements ... would "..."" (partial only, full stop inside); order quote split by "Judge Ng wrote";
#    "According to the complaint, A" (the complaint speaks for the lead plaintiff, as in dev63); scare
#    so-called "ABC test"; defence counsel "argued that drivers had "..." to opt out ..." (partial only);
#    the judge's question "..." he asked" (direct); "Feld said A"; "According to the order, A"; drivers'
#    counsel "told Law360 ... that the ruling was "..." for workers who had been "..."" (two partials),
#    quote with "she said"; "Parcelo said Thursday A"; spokesperson's statement split by "a company
#    spokesperson, Brett Kaminski, said in an emailed statement"; "has said in securities filings that A".
ARTICLES["data/eval/dev69/parcelo-drivers-arbitration-ruling.gold.json"] = {
    "article": "data/eval/dev69/parcelo-drivers-arbitration-ruling.txt",
    "target": "Parcelo",
    "quotes": [
        (P, "Theodore Ng", "riddled with", None),
        (P, "Theodore Ng", "effectively strip workers of the protections the California Labor Code guarantees them.",
            None),
        (D, "Theodore Ng", "Parcelo drafted this agreement, presented it on a smartphone screen as a condition of "
            "logging in, and gave drivers no realistic opportunity to negotiate any of its terms,", None),
        (D, "Theodore Ng", "The court will not sever one or two provisions to save an agreement whose central purpose "
            "is one-sided.", None),
        (I, "Jamal Whitfield", "Parcelo sets drivers' fees, dictates delivery windows and deactivates drivers whose "
            "acceptance rate falls below 85%", None),
        (S, None, "ABC test", None),
        (P, "Douglas Feld", "ample opportunity", None),
        (D, "Theodore Ng", "How many drivers actually opted out, counsel?", None),
        (I, "Douglas Feld", "he did not have the figure at hand", None),
        (I, "Theodore Ng", "fewer than 40 of the roughly 61,000 drivers who signed up in California between 2022 and "
            "2025 used the opt-out", None),
        (P, "Priya Venkataraman", "a complete victory", None),
        (P, "Priya Venkataraman", "told to take it or leave it.", None),
        (D, "Priya Venkataraman", "Parcelo built its business on the idea that its drivers have no rights worth "
            "enforcing. Now it is going to have to defend that idea in open court, in front of a jury,", None),
        (I, "Parcelo", "it would appeal the order to the Ninth Circuit", None),
        (D, "Brett Kaminski", "We respectfully disagree with the court's decision, which misreads settled law on "
            "arbitration,", None),
        (D, "Brett Kaminski", "The overwhelming majority of drivers choose Parcelo because of the flexibility it "
            "offers.", None),
        (I, "Parcelo", "reclassifying its drivers as employees could raise its labor costs by as much as 30%", None),
    ],
    "actors": [
        actor("Theodore Ng", "person", title="U.S. District Judge",
              affiliation="U.S. District Court for the Northern District of California",
              aliases=["Theodore Ng", "Ng", "Judge Ng", "order"], stance=-1),
        actor("Jamal Whitfield", "person", title="former Parcelo driver, lead plaintiff",
              aliases=["Jamal Whitfield", "Whitfield", "complaint"], stance=-1),
        actor("Douglas Feld", "person", title="Parcelo's counsel", affiliation="Harmon Pryce LLP",
              aliases=["Douglas Feld", "Feld"], stance=1),
        actor("Priya Venkataraman", "person", title="drivers' counsel", affiliation="Venkataraman & Lowe LLP",
              aliases=["Priya Venkataraman", "Venkataraman"], stance=-1),
        actor("Parcelo", "organisation", title="delivery app company", aliases=["Parcelo", "Parcelo Inc."], stance=1),
        actor("Brett Kaminski", "person", title="company spokesperson", affiliation="Parcelo",
              aliases=["Brett Kaminski", "Kaminski"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
