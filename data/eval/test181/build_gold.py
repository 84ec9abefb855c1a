"""Build the test181 gold files (data/eval/test181/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test181/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test181.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test181"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Sunday Times (Sri Lanka) sport (a veteran batsman dropped from the Test squad), headline without speech, "By
#    Sports Reporter", straight " and apostrophes, a nested straight single 'A' inside a quote; chief selector "has
#    defended the decision ..., saying the panel had to "..."" (partial only); content before ", according to Sri Lanka
#    Cricket (SLC) records, and was ..." (the tail not in the span); quote split by "Wickramanayake told the Sunday
#    Times."; "He said A"; Q&A "Asked whether ..., Wickramanayake replied: "...""; player "said he was "..."" (partial
#    only), quote split by "he said."; scare so-called "Big Three"; board "said in a statement ... that A and that B";
#    former captain "called the decision "..." and said B", quote split by "Senanayake said."; minister "said A but had
#    asked ..." (one span); coach "said the younger players had "..." in ..." (partial only), quote with "Oldfield said."
ARTICLES[f"{BATCH}/kulatunga-dropped-test-squad.gold.json"] = {
    "article": f"{BATCH}/kulatunga-dropped-test-squad.txt",
    "target": "Ranjith Wickramanayake",
    "quotes": [
        (P, "Ranjith Wickramanayake", "look beyond the next series", None),
        (I, "Sri Lanka Cricket", "Kulatunga, 34, has scored 4,211 runs in 61 Tests at an average of 41.3", None),
        (D, "Ranjith Wickramanayake", "Chamath has been a great servant of Sri Lankan cricket and nobody is saying his "
            "career is over,", None),
        (D, "Ranjith Wickramanayake", "But we have three young batsmen who scored heavily on the 'A' tour of South Africa, "
            "and they need Test cricket now, not in two years.", None),
        (I, "Ranjith Wickramanayake", "the five-member panel had been unanimous", None),
        (D, "Ranjith Wickramanayake", "The door is never closed. It depends on him.", None),
        (P, "Chamath Kulatunga", "hurt, but not finished", None),
        (D, "Chamath Kulatunga", "Nobody called me. I heard it on the news like everyone else,", None),
        (D, "Chamath Kulatunga", "I will go back to my club, score runs and make it very hard for them to ignore me.",
            None),
        (S, None, "Big Three", None),
        (I, "Sri Lanka Cricket", "the selection committee was independent and that the board did not interfere in squad "
            "choices", None),
        (P, "Lalith Senanayake", "baffling", None),
        (I, "Lalith Senanayake", "no young batsman in the country had earned a place ahead of Kulatunga on current form",
            None),
        (D, "Lalith Senanayake", "You drop a player when he is out of form, not when he is the best batsman in the country "
            "that season,", None),
        (D, "Lalith Senanayake", "This is how you lose a dressing room.", None),
        (I, "Chaminda Wijekoon", "he would not interfere in selection matters but had asked SLC for a report on how the "
            "decision was communicated to the player", None),
        (P, "Martin Oldfield", "earned their chance", None),
        (D, "Martin Oldfield", "Pathum, Kavindu and Ravindu batted on seaming pitches in Durban and Paarl and they did not "
            "flinch. That is what we need in New Zealand,", None),
    ],
    "actors": [
        actor("Ranjith Wickramanayake", "person", title="Chief selector", affiliation="Sri Lanka Cricket",
              aliases=["Ranjith Wickramanayake", "Wickramanayake"], stance=1),
        actor("Sri Lanka Cricket", "organisation", title="cricket board", affiliation="Sri Lanka",
              aliases=["Sri Lanka Cricket", "SLC"], stance=1),
        actor("Chamath Kulatunga", "person", title="veteran batsman", affiliation="Sri Lanka",
              aliases=["Chamath Kulatunga", "Kulatunga", "Chamath"], stance=-1),
        actor("Lalith Senanayake", "person", title="Former Test captain", affiliation="Sri Lanka",
              aliases=["Lalith Senanayake", "Senanayake"], stance=-1),
        actor("Chaminda Wijekoon", "person", title="Sports Minister", affiliation="Sri Lanka",
              aliases=["Chaminda Wijekoon", "Wijekoon"], stance=0),
        actor("Martin Oldfield", "person", title="Head coach (non-voting panel member)", affiliation="Sri Lanka Cricket",
              aliases=["Martin Oldfield", "Oldfield"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Foroyaa (The Gambia) environment/local (villagers protest a fishmeal factory's waste), headline in title case
#    without speech, byline, straight " and apostrophes; "they accuse of discharging ..." (no speech cue); group "The
#    protesters ... said A and that B", "They said A"; VDC chairperson in an apposition after "Speaking to Foroyaa,",
#    "said A", quote with "Bojang said." then a quote-only paragraph; "According to him, A"; scare so-called "fishmeal
#    boom"; oyster harvester "said A", quote with "she said"; operations manager "said the company had "..." and that
#    B" (partial plus indirect), quote with "Colley said."; NEA director "told this reporter that A and that B", quote
#    with "he added."; group "Some young people at the protest said A"; Seyfo "urged them to ... and said B" (directive
#    not annotated, indirect).
ARTICLES[f"{BATCH}/kartong-fishmeal-factory-protest.gold.json"] = {
    "article": f"{BATCH}/kartong-fishmeal-factory-protest.txt",
    "target": "Atlantic Marine Proteins",
    "quotes": [
        (I, "protesters", "the river had turned red and foul-smelling in the past month and that dead fish were washing up "
            "along its banks", None),
        (I, "protesters", "they would return to the factory gate every Tuesday until the discharge stops", None),
        (I, "Sainey Bojang", "the community was not against the factory itself", None),
        (D, "Sainey Bojang", "We are not against investment. We are against poison,", None),
        (D, "Sainey Bojang", "Our women harvest oysters in this river. Our children swim in it. Since the factory started "
            "its second production line, nobody can stay near the water for more than five minutes.", None),
        (I, "Sainey Bojang", "the VDC wrote to the National Environment Agency (NEA) three times since June without "
            "receiving a response", None),
        (S, None, "fishmeal boom", None),
        (I, "Haddy Badjie", "her income had dropped by more than half since the rainy season", None),
        (D, "Haddy Badjie", "I used to fill three basins in a morning. Now I come back with one, and half of them are dead,",
            None),
        (P, "Ebrima Colley", "all the required permits", None),
        (I, "Ebrima Colley", "its waste water was treated in settling ponds before it reached the river", None),
        (D, "Ebrima Colley", "We employ 140 young Gambians. If there is a problem, we are ready to sit down with the "
            "community and the NEA,", None),
        (I, "Momodou Sowe", "a team had taken water samples on Monday and that the results would be made public within two "
            "weeks", None),
        (D, "Momodou Sowe", "If the factory is found to be in breach, the agency will not hesitate to suspend its licence,",
            None),
        (I, "Some young people at the protest", "they would welcome jobs at the factory if it stopped polluting the river",
            None),
        (I, "Seyfo of Kombo South", "he would raise the matter with the Governor of the West Coast Region", None),
    ],
    "actors": [
        actor("protesters", "group", title="women oyster harvesters and fishermen", affiliation="Kartong",
              aliases=["protesters"], stance=-1),
        actor("Sainey Bojang", "person", title="chairperson", affiliation="Kartong Village Development Committee (VDC)",
              aliases=["Sainey Bojang", "Bojang"], stance=-1),
        actor("Haddy Badjie", "person", title="oyster harvester", affiliation="Kartong",
              aliases=["Haddy Badjie", "Badjie"], stance=-1),
        actor("Ebrima Colley", "person", title="operations manager", affiliation="Atlantic Marine Proteins",
              aliases=["Ebrima Colley", "Colley"], stance=1),
        actor("Momodou Sowe", "person", title="Director of Environmental Quality",
              affiliation="National Environment Agency (NEA)", aliases=["Momodou Sowe", "Sowe"], stance=0),
        actor("Some young people at the protest", "group", title="young people", affiliation="Kartong",
              aliases=["Some young people at the protest"], stance=-1),
        actor("Seyfo of Kombo South", "person", title="Seyfo (district chief)", affiliation="Kombo South District",
              aliases=["Seyfo of Kombo South"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Connexion (France, English-language) disaster (flash floods; mayors say the red warning came too late),
#    headline "mayors say warning came ‘far too late’", standfirst without speech, byline and "Published" lines, British
#    curly single quotes ‘...’ with ’ apostrophes (night’s, insurers’) and a nested curly double “Call someone.” inside
#    a quote; lede "have criticised ..., saying A" (indirect for the participle; the act not annotated); content before
#    ", the Var prefecture said"; mayor named between the two stretches of a split quote ("..., Christine Aubanel, the
#    mayor of ..., told Var-Matin."); "She and five other mayors wrote ... saying the warning had come ‘...’" (partial
#    only, the mayors); statement "said the rainfall ... had been ‘...’ and that B" (partial plus indirect); regional
#    director "said the service had raised the warning to red ‘...’" (partial only), quote with "he said."; scare
#    so-called ‘épisode méditerranéen’ (glossed); prefect "said A and that B"; pensioner "said A", quote with "he said."
#    then a quote-only paragraph; "According to France Assureurs, ..., A".
ARTICLES[f"{BATCH}/var-floods-meteo-france-warning.gold.json"] = {
    "article": f"{BATCH}/var-floods-meteo-france-warning.txt",
    "target": "Météo-France",
    "quotes": [
        (P, "Mayors in the Var", "far too late", "Var floods: mayors say"),
        (I, "Mayors in the Var", "the forecaster should have issued its highest red warning hours earlier", None),
        (I, "Var prefecture", "Around 1,200 homes were flooded and two people remain missing", None),
        (D, "Christine Aubanel", "We were on orange all evening. At 11pm the water was already in the streets,", None),
        (D, "Christine Aubanel", "An orange warning tells people to be careful. A red warning tells them to go upstairs. "
            "That difference cost us.", None),
        (P, "Mayors in the Var", "far too late", "She and five other mayors"),
        (P, "Météo-France", "exceptionally localised", None),
        (I, "Météo-France", "its models had shown the heaviest rain falling further east, over the Estérel", None),
        (P, "Jean-Marc Perrin", "as soon as the data justified it", None),
        (D, "Jean-Marc Perrin", "Nobody likes to hear that a warning could have come sooner. We will look at every hour of "
            "that night, and we will publish what we find,", None),
        (S, None, "épisode méditerranéen", None),
        (I, "Hélène Marchetti", "450 firefighters and three helicopters had been deployed and that the search for the two "
            "missing people, a couple in their seventies from Vidauban, would continue through the weekend", None),
        (I, "Gérard Olivieri", "he had spent the night on the roof of his house with his wife", None),
        (D, "Gérard Olivieri", "I have lived here since 1961 and I never saw the Argens like that,", None),
        (D, "Gérard Olivieri", "My wife kept saying, “Call someone.” But who do you call when the phones are down and the "
            "road is a river?", None),
        (I, "France Assureurs", "the bill for the floods could exceed €150 million", None),
    ],
    "actors": [
        actor("Mayors in the Var", "group", title="mayors of the Argens valley (six signed the letter)", affiliation="Var",
              aliases=["Mayors in the Var", "mayors", "Six mayors in the Argens valley"], stance=-1),
        actor("Var prefecture", "government", title="prefecture", affiliation="Var", aliases=["Var prefecture"],
              stance=None),
        actor("Christine Aubanel", "person", title="mayor of Roquebrune-sur-Argens", affiliation="Roquebrune-sur-Argens",
              aliases=["Christine Aubanel", "Aubanel"], stance=-1),
        actor("Météo-France", "government", title="national weather forecaster", affiliation="France",
              aliases=["Météo-France", "the forecaster"], stance=1),
        actor("Jean-Marc Perrin", "person", title="regional director", affiliation="Météo-France",
              aliases=["Jean-Marc Perrin", "Perrin"], stance=1),
        actor("Hélène Marchetti", "person", title="Var prefect", affiliation="French State",
              aliases=["Hélène Marchetti", "Marchetti"], stance=None),
        actor("Gérard Olivieri", "person", title="resident, 78", affiliation="Vidauban",
              aliases=["Gérard Olivieri", "Olivieri"], stance=None),
        actor("France Assureurs", "organisation", title="insurers' federation", affiliation="France",
              aliases=["France Assureurs"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Mining Weekly (South Africa, mining trade press) safety (a Section 54 stoppage after three deaths), headline
#    without speech, date line "7th December 2026", "By: Creamer Media Reporter", curly “ ” and ’, "4 000 oz" (space
#    thousands), "2.1-million", "15%"; inspector's quote first, then "acting chief inspector of mines Thandeka Ngcobo
#    said in a statement on Monday."; "Ngcobo said inspectors had found that ..." (indirect: the finding is reported);
#    CEO "said A and that B", then an open quote-only paragraph and a closed quote-only paragraph; "He noted that A";
#    content before ", the company said"; union "said it had warned management ... about “...” hangingwall conditions"
#    (partial only); branch secretary "told Mining Weekly that A", quote with "he said"; scare so-called “zero harm”
#    targets; Minerals Council "said in a statement that A and that B"; analyst "said A, but described it as “...” to
#    ..." (indirect plus partial).
ARTICLES[f"{BATCH}/moepi-platinum-section-54-stoppage.gold.json"] = {
    "article": f"{BATCH}/moepi-platinum-section-54-stoppage.txt",
    "target": "Moepi Platinum",
    "quotes": [
        (D, "Thandeka Ngcobo", "The instruction will remain in place until we are satisfied that the support standards on "
            "every working face meet the law,", None),
        (I, "Thandeka Ngcobo", "inspectors had found that temporary support units were missing at two of the panels where "
            "the accident happened", None),
        (I, "Johan Coetzer", "the company was cooperating fully with the inspectorate and that an independent investigation "
            "into the accident had been commissioned", None),
        (D, "Johan Coetzer", "Our thoughts are with the families of our three colleagues, and we will support them for as "
            "long as they need us. We owe them a full and honest account of what went wrong at 14 level.", None),
        (D, "Johan Coetzer", "Until we have that account, we will not put anyone back underground at that section, "
            "whatever the instruction says.", None),
        (I, "Johan Coetzer", "the shaft had recorded 2.1-million fatality-free shifts before the accident", None),
        (I, "Moepi Platinum", "The stoppage will cost about 4 000 oz of platinum group metals a week", None),
        (P, "Association of Mineworkers and Construction Union", "unsafe", None),
        (I, "Tebogo Maseko", "rock drill operators had been told to meet daily blasting targets even when support was "
            "incomplete", None),
        (D, "Tebogo Maseko", "Workers were told to drill or go home. That is not a safety culture, that is a production "
            "culture,", None),
        (S, None, "zero harm", None),
        (I, "Minerals Council South Africa", "falls of ground remained the single biggest cause of deaths in the country’s "
            "mines and that it would support the DMPR’s investigation", None),
        (I, "Sizwe Dlamini", "the stoppage was unlikely to affect global platinum supply", None),
        (P, "Sizwe Dlamini", "a serious blow", None),
    ],
    "actors": [
        actor("Thandeka Ngcobo", "person", title="acting chief inspector of mines",
              affiliation="Department of Mineral and Petroleum Resources (DMPR)",
              aliases=["Thandeka Ngcobo", "Ngcobo"], stance=-1),
        actor("Johan Coetzer", "person", title="CEO", affiliation="Moepi Platinum",
              aliases=["Johan Coetzer", "Coetzer"], stance=1),
        actor("Moepi Platinum", "organisation", title="platinum miner", affiliation="South Africa",
              aliases=["Moepi Platinum", "Moepi", "the company"], stance=0),
        actor("Association of Mineworkers and Construction Union", "organisation", title="union", affiliation="South Africa",
              aliases=["Association of Mineworkers and Construction Union", "Amcu"], stance=-1),
        actor("Tebogo Maseko", "person", title="branch secretary",
              affiliation="Association of Mineworkers and Construction Union", aliases=["Tebogo Maseko", "Maseko"],
              stance=-1),
        actor("Minerals Council South Africa", "organisation", title="mining industry body", affiliation="South Africa",
              aliases=["Minerals Council South Africa"], stance=None),
        actor("Sizwe Dlamini", "person", title="mining analyst", affiliation="Kwena Securities",
              aliases=["Sizwe Dlamini", "Dlamini"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
