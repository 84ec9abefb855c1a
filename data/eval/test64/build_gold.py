"""Build the test64 gold files (data/eval/test64/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test64/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test64.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test64"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Argus Media energy markets (Russia extends its gasoline export ban), straight quotes, "pc", "b/d".
ARTICLES[f"{BATCH}/russia-gasoline-export-ban-extended.gold.json"] = {
    "article": f"{BATCH}/russia-gasoline-export-ban-extended.txt",
    "target": "Russia",
    "quotes": [
        (I, "government", "Russia will extend its ban on gasoline exports until the end of March and bar traders that "
            "do not own refineries from exporting diesel", None),
        (P, "energy ministry", "ensure stable supply to the domestic market", None),
        (I, "energy ministry", "Producers will still be allowed to ship gasoline under intergovernmental agreements, "
            "including to members of the Eurasian Economic Union", None),
        (I, "Argus", "Russian gasoline exports averaged 82,000 b/d in January-October, down by 31pc from a year "
            "earlier", None),
        (I, "Andrei Lukin", "refinery runs would recover to 5.4mn b/d by February as damaged units returned to "
            "service", None),
        (D, "Andrei Lukin", "We see no risk of shortages at the pump. The market is fully supplied, and the exchange "
            "price is stabilising,", None),
        (S, None, "damper", None),
        (I, "SBU", "its drones had struck the Saratov and Syzran refineries on the night of 30 November", None),
        (I, "defence ministry", "air defences had destroyed 41 drones over several regions that night", None),
        (I, "Traders in Novorossiysk", "smaller exporters had been given no warning and would struggle to cancel "
            "December cargoes already sold to buyers in Turkey and north Africa", None),
        (P, "One trader at an independent exporter", "punish everyone who does not own a refinery and reward the few "
            "who do", None),
        (D, "One trader at an independent exporter", "The big integrated companies will pick up our customers within a "
            "week. Nobody in the ministry asked us anything,", None),
        (I, "shipbrokers in Istanbul", "Turkish importers have lined up replacement cargoes from India and the Mideast "
            "Gulf", None),
        (P, "A Moscow-based analyst", "semi-permanent", None),
        (D, "A Moscow-based analyst", "It was introduced as an emergency step. It has now been in place, on and off, for "
            "most of the past three years. The refining system simply cannot cover the domestic market and exports at "
            "the same time while it is being hit,", None),
    ],
    "actors": [
        actor("government", "government", title="Russian government", affiliation="Russia",
              aliases=["government"], stance=1),
        actor("energy ministry", "government", title="ministry", affiliation="Russia",
              aliases=["energy ministry"], stance=1),
        actor("Argus", "organisation", title="price reporting agency", aliases=["Argus"], stance=None),
        actor("Andrei Lukin", "person", title="Deputy energy minister", affiliation="Russia",
              aliases=["Andrei Lukin", "Lukin"], stance=1),
        actor("SBU", "government", title="security service", affiliation="Ukraine",
              aliases=["SBU"], stance=-1),
        actor("defence ministry", "government", title="ministry", affiliation="Russia",
              aliases=["defence ministry"], stance=None),
        actor("Traders in Novorossiysk", "group", aliases=["Traders in Novorossiysk"], stance=-1),
        actor("One trader at an independent exporter", "person", title="trader (anonymous)",
              aliases=["One trader at an independent exporter"], stance=-1),
        actor("shipbrokers in Istanbul", "group", aliases=["shipbrokers in Istanbul"], stance=None),
        actor("A Moscow-based analyst", "person", title="analyst (anonymous)",
              aliases=["A Moscow-based analyst"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. VeloNews cycling (a rider provisionally suspended over whereabouts failures), curly quotes, American
#    punctuation inside closing marks, headline with a curly single fragment.
ARTICLES[f"{BATCH}/van-hoof-whereabouts-suspension.gold.json"] = {
    "article": f"{BATCH}/van-hoof-whereabouts-suspension.txt",
    "target": "Liesbeth Van Hoof",
    "quotes": [
        (P, "Liesbeth Van Hoof", "I have never cheated", None),
        (I, "International Testing Agency", "Liesbeth Van Hoof has been provisionally suspended after three whereabouts "
            "failures in a 12-month period", None),
        (I, "International Testing Agency", "Van Hoof\u2019s third failure came on September 14, when doping control "
            "officers were unable to find her at her home address in Oudenaarde during her declared one-hour window",
            None),
        (D, "International Testing Agency", "Athletes are responsible for keeping their whereabouts information accurate "
            "and up to date at all times,", None),
        (D, "Liesbeth Van Hoof", "I have never taken a banned substance in my life, and I never will,", None),
        (D, "Liesbeth Van Hoof", "Two of those missed tests happened while I was sitting next to my father in intensive "
            "care in Ghent. I made mistakes with an app. I did not cheat.", None),
        (I, "Pieter-Jan Claes", "they would challenge the third failure", None),
        (P, "Pieter-Jan Claes", "a clerical error by the testing authority.", None),
        (I, "Pieter-Jan Claes", "Van Hoof had updated her address the evening before the test and had screenshots to "
            "prove it", None),
        (D, "Pieter-Jan Claes", "She is 27. She is not going anywhere.", None),
        (I, "Lumora-Keurbos", "it had been informed of the case in October", None),
        (D, "Lumora-Keurbos", "We respect the process and will not comment further while it is ongoing,", None),
        (D, "Lumora-Keurbos", "Liesbeth has our full support.", None),
        (P, "Britt Fontaine", "brutal on anyone with a real life", None),
        (P, "Britt Fontaine", "own it", None),
        (D, "Britt Fontaine", "Everyone I know has had a close call. Most of us have had one strike. Three is a lot,",
            None),
        (S, None, "whereabouts", "\u201cwhereabouts\u201d case"),
        (P, "Dirk Mertens", "the most honest athlete I have ever worked with.", None),
        (D, "Dirk Mertens", "She forgets her bidon, she forgets her rain jacket. That is Liesbeth. She does not forget "
            "to be clean,", None),
    ],
    "actors": [
        actor("Liesbeth Van Hoof", "person", title="rider", affiliation="Lumora-Keurbos",
              aliases=["Liesbeth Van Hoof", "Van Hoof", "Liesbeth"], stance=1),
        actor("International Testing Agency", "organisation", title="anti-doping agency",
              aliases=["International Testing Agency", "ITA"], stance=-1),
        actor("Pieter-Jan Claes", "person", title="lawyer", affiliation="Liesbeth Van Hoof",
              aliases=["Pieter-Jan Claes", "Claes"], stance=1),
        actor("Lumora-Keurbos", "organisation", title="Women's WorldTeam", aliases=["Lumora-Keurbos"], stance=1),
        actor("Britt Fontaine", "person", title="rider", affiliation="rival team",
              aliases=["Britt Fontaine", "Fontaine"], stance=0),
        actor("Dirk Mertens", "person", title="former coach", aliases=["Dirk Mertens", "Mertens"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kamloops This Week education (a university cuts course sections and raises international tuition),
#    straight quotes, Canadian spelling, "they said" for a pair of anonymous students.
ARTICLES[f"{BATCH}/tru-course-cuts-international-tuition.gold.json"] = {
    "article": f"{BATCH}/tru-course-cuts-international-tuition.txt",
    "target": "Thompson Rivers University",
    "quotes": [
        (I, "Thompson Rivers University", "it faces a projected $11.6-million deficit in 2027-28, largely because "
            "federal caps on study permits have cut its international enrolment by nearly half since 2023", None),
        (D, "Anjali Chaudhry", "These are difficult decisions, and they were not made lightly,", None),
        (D, "Anjali Chaudhry", "We have tried to protect the programs with strong demand and the services students rely "
            "on most.", None),
        (I, "Anjali Chaudhry", "no faculty layoffs were planned for the coming year", None),
        (S, None, "right-sizing", None),
        (P, "TRU Faculty Association", "short-sighted", None),
        (I, "TRU Faculty Association", "sessional instructors would bear the brunt of them", None),
        (I, "Marnie Wong", "the sections being cut include several in first-year English and mathematics that are "
            "required for other programs", None),
        (D, "Marnie Wong", "When you cut a required course, you don't save money. You just push students into a longer "
            "degree, or out the door,", None),
        (I, "Harjot Sandhu", "the increase would be the fourth in four years for international students, who already "
            "pay roughly four times as much as domestic students", None),
        (D, "Harjot Sandhu", "International students are being treated like an ATM,", None),
        (D, "Harjot Sandhu", "And then everyone wonders why fewer of them are coming to Kamloops.", None),
        (I, "Two international students from India", "they had already taken on extra shifts at a downtown restaurant "
            "to cover rent", None),
        (D, "Two international students from India", "If the fees go up again, we will have to think about transferring "
            "to a college in Surrey,", None),
        (I, "Ministry of Post-Secondary Education and Future Skills", "institutions set their own international tuition "
            "and that the province gave TRU $2.3 million in one-time funding in the spring", None),
    ],
    "actors": [
        actor("Thompson Rivers University", "organisation", title="university",
              aliases=["Thompson Rivers University", "TRU"], stance=1),
        actor("Anjali Chaudhry", "person", title="provost", affiliation="Thompson Rivers University",
              aliases=["Anjali Chaudhry", "Chaudhry"], stance=1),
        actor("TRU Faculty Association", "organisation", title="faculty union",
              aliases=["TRU Faculty Association"], stance=-1),
        actor("Marnie Wong", "person", title="president", affiliation="TRU Faculty Association",
              aliases=["Marnie Wong", "Wong"], stance=-1),
        actor("Harjot Sandhu", "person", title="president", affiliation="TRU Students' Union",
              aliases=["Harjot Sandhu", "Sandhu"], stance=-1),
        actor("Two international students from India", "group",
              aliases=["Two international students from India"], stance=-1),
        actor("Ministry of Post-Secondary Education and Future Skills", "government", title="provincial ministry",
              affiliation="British Columbia", aliases=["Ministry of Post-Secondary Education and Future Skills"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Agenzia Nova (English service) migration/diplomacy (Tunisia limits repatriation flights from Italy),
#    straight quotes, "Migrants:" headline, "Rome, Dec 5 (Agenzia Nova) -" dateline.
ARTICLES[f"{BATCH}/tunisia-repatriation-flights-italy.gold.json"] = {
    "article": f"{BATCH}/tunisia-repatriation-flights-italy.txt",
    "target": "Tunisia",
    "quotes": [
        (I, "Tunisian Ministry of Foreign Affairs", "Tunisia will accept no more than two repatriation flights a week "
            "from Italy starting next month, half the current number", None),
        (P, "Tunisian Ministry of Foreign Affairs", "on the basis of mutual respect", None),
        (P, "Tunisian Ministry of Foreign Affairs", "border guard", None),
        (P, "Tunisian Ministry of Foreign Affairs", "with due care", None),
        (P, "presidency of the republic", "refuses to be a country of transit or of settlement", None),
        (P, "presidency of the republic", "collective returns", None),
        (P, "Marco Ferretti", "incomprehensible", None),
        (D, "Marco Ferretti", "Italy has respected every commitment it made, to the last euro. We expect the same from "
            "our partners,", None),
        (D, "Marco Ferretti", "Unilateral decisions of this kind do not help anyone, least of all the Tunisian young "
            "people who risk their lives at sea.", None),
        (I, "Italian interior ministry", "2,140 Tunisian citizens were repatriated from Italy between January and "
            "October, making Tunisia the leading country of destination for returns", None),
        (I, "Diplomatic sources", "the director general of the Farnesina for migration policy would travel to Tunis "
            "next week for talks on the issue", None),
        (S, None, "safe countries of origin", None),
        (P, "Chiara Vitale", "failed", None),
        (P, "Chiara Vitale", "more on photo opportunities than on solutions", None),
        (P, "Tunisian Forum for Economic and Social Rights", "a first step", None),
        (I, "Tunisian Forum for Economic and Social Rights", "the authorities continued to expel migrants from "
            "sub-Saharan Africa towards the desert border areas with Libya and Algeria", None),
        (D, "Hatem Jaziri", "Tunisia cannot ask Europe for dignity for its own citizens and deny it to others at the "
            "same time,", None),
        (I, "Italian interior ministry", "Arrivals of Tunisian nationals in Italy have fallen by about 60 per cent "
            "compared with last year", None),
    ],
    "actors": [
        actor("Tunisian Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Tunisia",
              aliases=["Tunisian Ministry of Foreign Affairs"], stance=1),
        actor("presidency of the republic", "government", title="Tunisian presidency", affiliation="Tunisia",
              aliases=["presidency of the republic"], stance=1),
        actor("Marco Ferretti", "person", title="Interior Undersecretary", affiliation="Italy",
              aliases=["Marco Ferretti", "Ferretti"], stance=-1),
        actor("Italian interior ministry", "government", title="ministry", affiliation="Italy",
              aliases=["Italian interior ministry"], stance=None),
        actor("Diplomatic sources", "group", title="anonymous sources", aliases=["Diplomatic sources"], stance=0),
        actor("Chiara Vitale", "person", title="deputy", affiliation="Democratic Party (PD)",
              aliases=["Chiara Vitale", "Vitale"], stance=None),
        actor("Tunisian Forum for Economic and Social Rights", "organisation", title="rights group",
              aliases=["Tunisian Forum for Economic and Social Rights", "FTDES"], stance=0),
        actor("Hatem Jaziri", "person", title="spokesman", affiliation="FTDES",
              aliases=["Hatem Jaziri", "Jaziri"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
