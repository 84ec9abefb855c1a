"""Build the dev198 gold files (data/eval/dev198/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev198/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev198.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev198"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Schools Week (UK education trade press) academies (the DfE moves a failing school to a new trust),
#    headline with a curly single fragment "DfE strips ... academy that ‘lost its way’" (speaker the entity
#    the headline names: the DfE), byline and date lines, curly “ ” and ’, British punctuation; regional
#    director "said the trust had “...” to ..." (partial only), then "“...,” she wrote. “...”" (two directs);
#    "Ofsted’s report ... said behaviour ... was “...” and that leaders had been “...” on ..." (two partials);
#    scare so-called “hub model” after "Inspectors also criticised" (act); CEO "said he was “...” by the
#    decision but accepted it" (partial only), quote with "Pell said" and a quote-only paragraph; trust
#    statement "said A and that B" (one span); union secretary "said staff had been “...” for months", quote
#    with "he said"; anonymous parent "told Schools Week A", quote with "she said"; new sponsor's CEO
#    "said: “...”"; content before "according to DfE data"; "Asked whether ..., a DfE spokesperson said:
#    “...”" (the DfE spokesperson is a separate actor).
ARTICLES[f"{BATCH}/marshland-academy-rebrokered.gold.json"] = {
    "article": f"{BATCH}/marshland-academy-rebrokered.txt",
    "target": "Fens Learning Partnership",
    "quotes": [
        (P, "Department for Education", "lost its way", "DfE strips"),
        (P, "Helen Marchant", "not demonstrated the capacity", None),
        (D, "Helen Marchant", "The school has lost its way, and pupils cannot wait another two years for things to "
            "get better,", None),
        (D, "Helen Marchant", "Our priority now is a smooth transfer that keeps disruption to a minimum.", None),
        (P, "Ofsted", "too often chaotic", None),
        (P, "Ofsted", "slow to act", None),
        (S, None, "hub model", None),
        (P, "Graham Pell", "disappointed", None),
        (D, "Graham Pell", "We inherited a school in serious difficulty and we have made real progress on attendance "
            "and exclusions. That progress has not yet shown up in the way Ofsted measures things,", None),
        (D, "Graham Pell", "Nobody at the trust is walking away from these children. We will work with the new sponsor "
            "to make sure the handover is done properly.", None),
        (I, "Fens Learning Partnership", "it had invested £1.2 million in the school’s buildings since 2022 and that "
            "all staff would transfer on their existing terms and conditions", None),
        (P, "Kevin Doyle", "kept in the dark", None),
        (D, "Kevin Doyle", "Teachers found out from a local Facebook group that the school was being moved. That tells "
            "you everything about how this trust communicates,", None),
        (I, "One parent", "the academy had gone through four headteachers in five years", None),
        (D, "One parent", "The children can feel it. Every September there’s a new face at the front of the hall, and "
            "every one of them promises it will be different,", None),
        (D, "Anjali Rao", "We know Wisbech well, and we are looking forward to getting to know the staff and families "
            "at Marshland over the coming months.", None),
        (I, "Department for Education", "More than 140 academies were moved between trusts in the 2025-26 academic "
            "year", None),
        (D, "DfE spokesperson", "Where a trust cannot deliver the improvement children need, we will not hesitate to "
            "act. We are keeping all of the trust’s schools under review.", None),
    ],
    "actors": [
        actor("Department for Education", "government", title="government department", affiliation="UK",
              aliases=["Department for Education", "DfE"], stance=-1),
        actor("Helen Marchant", "person", title="DfE regional director for the east of England",
              affiliation="Department for Education", aliases=["Helen Marchant", "Marchant"], stance=-1),
        actor("Ofsted", "government", title="schools inspectorate", affiliation="UK",
              aliases=["Ofsted"], stance=-1),
        actor("Graham Pell", "person", title="chief executive", affiliation="Fens Learning Partnership",
              aliases=["Graham Pell", "Pell"], stance=1),
        actor("Fens Learning Partnership", "organisation", title="multi-academy trust", affiliation=None,
              aliases=["Fens Learning Partnership", "the trust"], stance=1),
        actor("Kevin Doyle", "person", title="district secretary for Fenland",
              affiliation="National Education Union", aliases=["Kevin Doyle", "Doyle"], stance=-1),
        actor("One parent", "person", title="parent (anonymous)", affiliation=None,
              aliases=["One parent"], stance=-1),
        actor("Anjali Rao", "person", title="chief executive (Dr)", affiliation="Ouse Valley Academies Trust",
              aliases=["Anjali Rao", "Dr Anjali Rao", "Rao"], stance=None),
        actor("DfE spokesperson", "person", title="spokesperson", affiliation="Department for Education",
              aliases=["DfE spokesperson"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. News Diggers! (Zambia) courts/environment (the High Court orders a mining company to compensate
#    farmers after a tailings spill), headline without speech, byline and date lines, straight " and
#    apostrophes, "K48 million"; the judge "said the mining firm had been "..." in maintaining the dam"
#    (partial only); colon after a full clause ("The judge was blunt: "...""); quote split by "Justice
#    Chisanga-Phiri said" (two directs, the second lower-case); scare so-called "orange river" disaster;
#    lawyer "told News Diggers! that her clients were "..."" (partial only), quote with "Banda said"; farmer
#    "said A", quote split by "he said" (two directs); company statement "said A" (one span: "respected ...
#    but would study ..."), "The company said A"; manager "said the company had "..." towards ..., adding
#    that the farmers' claims had been inflated by "..."" (two partials); "According to ZEMA, A"; quote
#    before "said Peter Lungu, coordinator of ..."; "Lungu said A" (reported, not a directive).
ARTICLES[f"{BATCH}/kcr-mwambashi-spill-judgment.gold.json"] = {
    "article": f"{BATCH}/kcr-mwambashi-spill-judgment.txt",
    "target": "Kalulushi Copper Resources",
    "quotes": [
        (P, "Mary Chisanga-Phiri", "negligent in the extreme", None),
        (D, "Mary Chisanga-Phiri", "The evidence before this court shows that the company knew of cracks in the dam "
            "wall at least four months before it failed. It chose to do nothing.", None),
        (D, "Mary Chisanga-Phiri", "A company that profits from the land,", None),
        (D, "Mary Chisanga-Phiri", "must also answer for what it does to the land and to the people who live on it.",
            None),
        (S, None, "orange river", None),
        (P, "Tasila Banda", "relieved but exhausted", None),
        (D, "Tasila Banda", "Some of these families have been eating one meal a day since the spill. No amount of "
            "money gives them back those two years,", None),
        (I, "Mutale Kapembwa", "he lost 400 bags of maize and all the fish in his three ponds", None),
        (D, "Mutale Kapembwa", "We used to sell fish in Kitwe every Saturday. After the water came, the ponds turned "
            "orange and everything died,", None),
        (D, "Mutale Kapembwa", "My grandchildren stopped going to school because there was no money for fees.", None),
        (I, "Kalulushi Copper Resources", "it respected the court but would study the judgment with a view to "
            "appealing", None),
        (I, "Kalulushi Copper Resources", "it had spent more than K20 million on clean-up and relief since the spill, "
            "including food hampers and the drilling of 14 boreholes", None),
        (P, "Brian Sikazwe", "always acted in good faith", None),
        (P, "Brian Sikazwe", "people who were not even living there", None),
        (I, "Zambia Environmental Management Agency", "acid levels in the stream returned to normal only in March this "
            "year, more than a year after the dam failed", None),
        (D, "Peter Lungu", "This judgment should be a warning to every mine on the Copperbelt that the days of paying "
            "nothing for pollution are over,", None),
        (I, "Peter Lungu", "the network would ask Parliament to make it a criminal offence for mine managers to ignore "
            "safety warnings on tailings dams", None),
    ],
    "actors": [
        actor("Mary Chisanga-Phiri", "person", title="High Court judge (Justice)", affiliation="Lusaka High Court",
              aliases=["Mary Chisanga-Phiri", "Justice Mary Chisanga-Phiri", "Justice Chisanga-Phiri",
                       "Chisanga-Phiri", "The judge"], stance=-1),
        actor("Tasila Banda", "person", title="lawyer for the farmers", affiliation="Banda and Associates",
              aliases=["Tasila Banda", "Banda"], stance=-1),
        actor("Mutale Kapembwa", "person", title="farmer, 58", affiliation=None,
              aliases=["Mutale Kapembwa", "Kapembwa"], stance=None),
        actor("Kalulushi Copper Resources", "organisation", title="mining company", affiliation=None,
              aliases=["Kalulushi Copper Resources", "KCR", "The company"], stance=1),
        actor("Brian Sikazwe", "person", title="corporate affairs manager", affiliation="Kalulushi Copper Resources",
              aliases=["Brian Sikazwe", "Sikazwe"], stance=1),
        actor("Zambia Environmental Management Agency", "government", title="environmental regulator",
              affiliation="Zambia", aliases=["Zambia Environmental Management Agency", "ZEMA"], stance=0),
        actor("Peter Lungu", "person", title="coordinator", affiliation="Copperbelt Environment Network",
              aliases=["Peter Lungu", "Lungu"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Colombia Reports (Colombia) disaster/infrastructure (a landslide buries the Pan-American Highway),
#    headline without speech, "by NAME | date" line, straight " with US punctuation, Spanish names and
#    accents; lede content before "the national disaster agency UNGRD said on Tuesday"; scare "temporary"
#    bypass (no so-called); governor "accused INVÍAS of "..."" (partial), quote split by "Ortega told
#    reporters in Popayán" whose second part runs over two paragraphs (open paragraph, then a closed one);
#    INVÍAS director "told Caracol Radio that A and that the rainfall ... had been "..."" (indirect plus
#    partial), quote split by "he said"; "According to the IDEAM weather institute, A"; group "Truckers
#    stranded ... said A"; quote before "said Jhon Fredy Muñoz, a driver from Ipiales"; indigenous council
#    "said in a statement that A and that their complaints were "..."" (indirect plus partial); geologist
#    "said A", quote with "she said"; INVÍAS "said in a later statement that A and that a new bypass could
#    take "..." to build" (indirect plus partial).
ARTICLES[f"{BATCH}/cauca-panamericana-landslide-invias.gold.json"] = {
    "article": f"{BATCH}/cauca-panamericana-landslide-invias.txt",
    "target": "INVÍAS",
    "quotes": [
        (I, "UNGRD", "At least 11 people were killed and 27 remain missing after a landslide buried a stretch of the "
            "Pan-American Highway near Rosas, in Colombia's southwestern Cauca province", None),
        (S, None, "temporary", None),
        (P, "Alba Lucía Ortega", "ignoring three years of warnings", None),
        (D, "Alba Lucía Ortega", "We sent letters. We sent studies. We sent photographs of the cracks,", None),
        (D, "Alba Lucía Ortega", "Every time, the answer from Bogotá was that the works were scheduled.", None),
        (D, "Alba Lucía Ortega", "Today I have families asking me where their children are, and I have no answer for "
            "them.", None),
        (I, "Camilo Restrepo", "the institute had invested more than 180 billion pesos in the corridor since 2023",
            None),
        (P, "Camilo Restrepo", "extraordinary.", None),
        (D, "Camilo Restrepo", "No engineering solution holds a mountain that is moving at this speed,", None),
        (D, "Camilo Restrepo", "We are not going to hide behind the rain, but we are also not going to accept that "
            "this was a simple case of neglect.", None),
        (I, "IDEAM", "more than 300 millimeters of rain fell on the area in the ten days before the slide, nearly "
            "three times the average for late November", None),
        (I, "Truckers stranded at a roadblock in Timbío", "hundreds of vehicles carrying food, fuel and medicine were "
            "stuck on both sides of the slide", None),
        (D, "Jhon Fredy Muñoz", "I have been here two days with 30 tons of potatoes. If this goes on, I throw them "
            "away,", None),
        (I, "Regional Indigenous Council of Cauca", "communities near Rosas had reported new cracks in the slope in "
            "October", None),
        (P, "Regional Indigenous Council of Cauca", "filed and forgotten.", None),
        (I, "Mariana Vélez", "the hillside sat on weathered volcanic ash that became unstable when saturated", None),
        (D, "Mariana Vélez", "The warning signs were there. Whether anyone could have stopped this slope completely is "
            "another question, but the bypass was never meant to carry this traffic for three years,", None),
        (I, "INVÍAS", "an air bridge of military cargo planes would be set up to move essential goods", None),
        (P, "INVÍAS", "at least six weeks", None),
    ],
    "actors": [
        actor("UNGRD", "government", title="national disaster agency", affiliation="Colombia",
              aliases=["UNGRD"], stance=None),
        actor("Alba Lucía Ortega", "person", title="Cauca Governor", affiliation="Cauca",
              aliases=["Alba Lucía Ortega", "Ortega"], stance=-1),
        actor("Camilo Restrepo", "person", title="INVÍAS director", affiliation="INVÍAS",
              aliases=["Camilo Restrepo", "Restrepo"], stance=1),
        actor("IDEAM", "government", title="weather institute", affiliation="Colombia",
              aliases=["IDEAM"], stance=None),
        actor("Truckers stranded at a roadblock in Timbío", "group", title="truck drivers", affiliation=None,
              aliases=["Truckers stranded at a roadblock in Timbío"], stance=None),
        actor("Jhon Fredy Muñoz", "person", title="truck driver from Ipiales", affiliation=None,
              aliases=["Jhon Fredy Muñoz", "Muñoz"], stance=None),
        actor("Regional Indigenous Council of Cauca", "organisation", title="indigenous council", affiliation=None,
              aliases=["Regional Indigenous Council of Cauca", "CRIC"], stance=-1),
        actor("Mariana Vélez", "person", title="geologist", affiliation="University of Cauca",
              aliases=["Mariana Vélez", "Vélez"], stance=0),
        actor("INVÍAS", "government", title="national roads institute", affiliation="Colombia",
              aliases=["INVÍAS"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Jersey Evening Post (Channel Islands) local government (the States Assembly approves beach parking
#    charges), headline without speech, byline and date lines, lede in capitals (ISLANDERS), British
#    straight single quotes '...' for full quotes and fragments, apostrophes inside (don't, won't) and
#    outside (Jersey's, St Ouen's); minister "told the Assembly that A", quote with "he said" and a
#    quote-only paragraph; Constable "said the charges were '...' and would push ..." (partial only), quote
#    split by "Constable Pallot said" (two directs); Deputy "said A" (one span with "after the minister
#    agreed ..."); scare so-called 'seasonal permit'; surf club chairman "said younger surfers ... 'simply
#    won't come' if ..." (partial only), quote with "he said"; kiosk owner "told the JEP A", quote with
#    "she said"; National Trust "said it welcomed A but was concerned about '...'" (indirect plus
#    partial); anonymous "One Deputy ... said ministers had been '...' to support it" (partial only);
#    "Speaking after the vote, the minister said A, and that B" (one span).
ARTICLES[f"{BATCH}/jersey-beach-parking-charges.gold.json"] = {
    "article": f"{BATCH}/jersey-beach-parking-charges.txt",
    "target": "Alan Renouf",
    "quotes": [
        (I, "Alan Renouf", "the charges would raise about £900,000 a year, all of which would be ring-fenced for "
            "coastal maintenance and lifeguard cover", None),
        (D, "Alan Renouf", "These car parks cost money to run and to repair. At the moment, every taxpayer pays for "
            "them, whether they go to the beach or not,", None),
        (D, "Alan Renouf", "I don't pretend this is popular. But I would rather ask the people who use these car parks "
            "to contribute than cut lifeguard hours.", None),
        (P, "Richard Pallot", "a tax on families", None),
        (D, "Richard Pallot", "Half of my parishioners have no garden worth speaking of. The beach is their garden,",
            None),
        (D, "Richard Pallot", "Now the minister wants to put a meter on it.", None),
        (I, "Sophie Gallichan", "she had backed the proposition reluctantly after the minister agreed to exempt blue "
            "badge holders and to offer an annual permit for residents at £40", None),
        (S, None, "seasonal permit", None),
        (P, "Marc Quenault", "simply won't come", None),
        (D, "Marc Quenault", "We spend years getting teenagers into the water and into lifesaving. This feels like it "
            "was designed by people who have never carried a board down that slipway,", None),
        (I, "Jenny Hamon", "she was less worried than some of her neighbours", None),
        (D, "Jenny Hamon", "If the money really goes on the beach, on the toilets and the lifeguards, people will "
            "accept it. If it disappears into the general pot, they won't forgive it,", None),
        (I, "National Trust for Jersey", "it welcomed the ring-fencing of the money for the coast", None),
        (P, "National Trust for Jersey", "displacement parking", None),
        (P, "One Deputy", "leaned on", None),
        (I, "Alan Renouf", "he would publish the number of permits sold and the income raised at the end of next "
            "summer, and that the charges would be reviewed after one season", None),
    ],
    "actors": [
        actor("Alan Renouf", "person", title="Infrastructure Minister (Deputy)", affiliation="Government of Jersey",
              aliases=["Alan Renouf", "Deputy Renouf", "Renouf", "the minister"], stance=1),
        actor("Richard Pallot", "person", title="Constable of St Ouen", affiliation="States Assembly",
              aliases=["Richard Pallot", "Constable Pallot", "Pallot", "Constable of St Ouen"], stance=-1),
        actor("Sophie Gallichan", "person", title="Deputy of St Brelade", affiliation="States Assembly",
              aliases=["Sophie Gallichan", "Deputy Sophie Gallichan", "Gallichan"], stance=1),
        actor("Marc Quenault", "person", title="chairman", affiliation="Five Mile Road Surf Club",
              aliases=["Marc Quenault", "Quenault"], stance=-1),
        actor("Jenny Hamon", "person", title="kiosk owner at Le Braye", affiliation=None,
              aliases=["Jenny Hamon", "Hamon"], stance=0),
        actor("National Trust for Jersey", "organisation", title="heritage and conservation charity", affiliation=None,
              aliases=["National Trust for Jersey"], stance=0),
        actor("One Deputy", "person", title="States member who voted against (anonymous)", affiliation="States Assembly",
              aliases=["One Deputy"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
