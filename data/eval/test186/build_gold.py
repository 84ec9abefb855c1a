"""Build the test186 gold files (data/eval/test186/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test186/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test186.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test186"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Solomon Times (Solomon Islands) disaster (villages still waiting for cyclone relief), headline without speech,
#    dateline "HONIARA -", photo caption ending "(Solomon Times/Gina Maka)", straight " and apostrophes; lede
#    content before ", village leaders say" (present tense); NDMO "said A and that B" (one span); director named after
#    the first stretch ("NDMO director X said"), then a quote-only paragraph; chief "said A", "he said", then a
#    quote-only paragraph; premier "said A, and accused the national authorities of "..."" (indirect plus partial);
#    MP "told Solomon Times the NDMO was "..." but needed ..." (partial only, no second subject); Red Cross "said
#    A"; High Commission "said in a statement that A"; scare so-called "last mile" deliveries; "has declared a state
#    of emergency" (act).
ARTICLES[f"{BATCH}/makira-cyclone-relief-ndmo.gold.json"] = {
    "article": f"{BATCH}/makira-cyclone-relief-ndmo.txt",
    "target": "National Disaster Management Office",
    "quotes": [
        (I, "village leaders", "Communities on the weather coast of Makira are still waiting for food and clean water two "
            "weeks after Tropical Cyclone Lesi flattened gardens and homes across the island", None),
        (I, "National Disaster Management Office", "it had delivered relief supplies to 38 communities and that rough seas "
            "had kept its boats from reaching the weather coast for most of last week", None),
        (D, "Lonsdale Fugui", "We have two boats and one helicopter for the whole country. We are doing everything we can "
            "with what we have,", None),
        (D, "Lonsdale Fugui", "Nobody has been forgotten. Every community on our list will be reached by the end of next "
            "week.", None),
        (I, "Joseph Waisu", "the only visit his area had received was from a provincial officer who took photographs and "
            "left", None),
        (D, "Joseph Waisu", "The NDMO came to Kirakira and took pictures. They did not come to us,", None),
        (D, "Joseph Waisu", "Our gardens are gone. The children are drinking from the river. We are still waiting.", None),
        (I, "Julian Tarii", "the provincial government had used its own funds to charter a ship to the weather coast", None),
        (P, "Julian Tarii", "leaving Makira to last", None),
        (P, "Derek Manedika", "doing its best", None),
        (I, "Solomon Islands Red Cross", "its volunteers had reached 11 villages on foot and were handing out water "
            "containers and tarpaulins", None),
        (I, "Australian High Commission", "a RAAF aircraft carrying 20 tonnes of relief supplies had landed in Honiara on "
            "Monday", None),
        (S, None, "last mile", None),
    ],
    "actors": [
        actor("village leaders", "group", title="village leaders", affiliation="weather coast of Makira",
              aliases=["village leaders"], stance=-1),
        actor("National Disaster Management Office", "government", title="disaster agency", affiliation="Solomon Islands",
              aliases=["National Disaster Management Office", "NDMO"], stance=1),
        actor("Lonsdale Fugui", "person", title="NDMO director", affiliation="National Disaster Management Office",
              aliases=["Lonsdale Fugui", "Fugui"], stance=1),
        actor("Joseph Waisu", "person", title="Chief", affiliation="Star Harbour, Makira",
              aliases=["Joseph Waisu", "Waisu", "Chief Joseph Waisu"], stance=-1),
        actor("Julian Tarii", "person", title="Provincial Premier", affiliation="Makira-Ulawa Province",
              aliases=["Julian Tarii", "Tarii"], stance=-1),
        actor("Derek Manedika", "person", title="Member of Parliament for East Makira", affiliation="National Parliament",
              aliases=["Derek Manedika", "Manedika"], stance=0),
        actor("Solomon Islands Red Cross", "organisation", title="humanitarian organisation", affiliation="Solomon Islands",
              aliases=["Solomon Islands Red Cross"], stance=None),
        actor("Australian High Commission", "government", title="diplomatic mission", affiliation="Australia",
              aliases=["Australian High Commission"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Daily Star (Lebanon) culture/heritage (a developer razes a protected house in Beirut), headline without
#    speech, dateline "BEIRUT:", curly “ ” and ’ (house’s inside a quote; Beirut’s, Cedarline’s outside); lede
#    content before ", heritage activists said Monday"; "Activists, who ..., described the demolition as “...”" (full
#    stop inside; partial only); ministry "said in a statement that A and that B" (one span); scare so-called
#    “protected list”; developer "said A and that its removal was “...”" (indirect plus partial); general manager
#    named after the quote ("told The Daily Star"); architect in an apposition "said A", "she said"; anonymous
#    ministry official "speaking on condition of anonymity, said A"; neighbour "“...,” said X, 67, who ...";
#    municipality "said A".
ARTICLES[f"{BATCH}/gemmayzeh-heritage-house-demolition.gold.json"] = {
    "article": f"{BATCH}/gemmayzeh-heritage-house-demolition.txt",
    "target": "Cedarline Holding",
    "quotes": [
        (I, "heritage activists", "A developer demolished most of a 19th-century house in Beirut’s Gemmayzeh district over "
            "the weekend despite a Culture Ministry order protecting the building", None),
        (P, "heritage activists", "cultural vandalism.", None),
        (I, "Culture Ministry", "it had not issued any permit for the demolition and that it had referred the case to the "
            "public prosecutor", None),
        (S, None, "protected list", None),
        (I, "Cedarline Holding", "the building had been declared structurally unsafe by an engineering firm", None),
        (P, "Cedarline Holding", "a matter of public safety.", None),
        (D, "Karim Abi Nader", "We did not wake up one morning and decide to knock down a piece of history. The house was "
            "falling down on its own, and we have the reports to prove it,", None),
        (I, "Nadine Sfeir", "the engineering report had never been submitted to the ministry", None),
        (D, "Nadine Sfeir", "This is the oldest trick in Beirut. You let a house rot for years, you call it unsafe, and "
            "then you bring in the bulldozers on a Saturday,", None),
        (I, "ministry official", "Cedarline had twice applied to have the house removed from the heritage list and been "
            "refused both times", None),
        (D, "Georges Khoury", "My grandmother was married in that house’s garden. Now there is a hole,", None),
        (I, "Beirut Municipality", "it had stopped all work at the site pending an investigation", None),
    ],
    "actors": [
        actor("heritage activists", "group", title="heritage activists", affiliation="Beirut",
              aliases=["heritage activists", "Activists"], stance=-1),
        actor("Culture Ministry", "government", title="ministry", affiliation="Lebanon",
              aliases=["Culture Ministry", "the ministry"], stance=-1),
        actor("Cedarline Holding", "organisation", title="developer", affiliation="Beirut",
              aliases=["Cedarline Holding", "Cedarline"], stance=1),
        actor("Karim Abi Nader", "person", title="general manager", affiliation="Cedarline Holding",
              aliases=["Karim Abi Nader", "Abi Nader"], stance=1),
        actor("Nadine Sfeir", "person", title="architect", affiliation="Save Beirut Heritage",
              aliases=["Nadine Sfeir", "Sfeir"], stance=-1),
        actor("ministry official", "person", title="official (anonymous)", affiliation="Culture Ministry",
              aliases=["ministry official"], stance=-1),
        actor("Georges Khoury", "person", title="neighbour", affiliation="Gemmayzeh",
              aliases=["Georges Khoury", "Khoury"], stance=-1),
        actor("Beirut Municipality", "government", title="municipality", affiliation="Beirut",
              aliases=["Beirut Municipality"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Zambia Daily Mail (Zambia) science/agriculture (the biosafety regulator approves a GM maize field trial),
#    headline without speech, byline in capitals and "Lusaka" line, lede opening in capitals ("THE"), straight " and
#    apostrophes, "Dr"/"Prof"/"Ms"; registrar with a title chain "said yesterday the trial ... would be ..." (no
#    "that"), quote with "Dr Chanda said", then a quote-only paragraph; professor "who will lead the trial, said A";
#    scare so-called "GMO-free" status; coordinator with a title chain "said the authority had approved the trial
#    "..." and without consulting ..." (partial only), "she said"; "Ms Hamweemba said A"; ZNFU "said in a statement
#    that it supported A but wanted "..." on liability" (indirect plus partial); farmer in an apposition "said A",
#    "she said"; "According to the Ministry of Agriculture, A".
ARTICLES[f"{BATCH}/nba-gm-maize-field-trial.gold.json"] = {
    "article": f"{BATCH}/nba-gm-maize-field-trial.txt",
    "target": "National Biosafety Authority",
    "quotes": [
        (I, "Mwila Chanda", "the trial at the Zambia Agriculture Research Institute station at Mt Makulu would be confined "
            "to two hectares and monitored by NBA inspectors throughout the season", None),
        (D, "Mwila Chanda", "This is a research trial, not a commercial release. Not a single seed will leave that "
            "station,", None),
        (D, "Mwila Chanda", "Zambian scientists must be allowed to answer Zambian questions with Zambian data.", None),
        (I, "Beatrice Mulenga", "the variety had performed well in trials in Kenya and Nigeria during the 2024 drought",
            None),
        (S, None, "GMO-free", None),
        (P, "Mutinta Hamweemba", "behind closed doors", None),
        (D, "Mutinta Hamweemba", "Once GM maize is in the ground, you cannot put it back in the bag. Our seed systems are "
            "at stake,", None),
        (I, "Mutinta Hamweemba", "ZAAB would write to the Minister of Green Economy and Environment asking for the "
            "approval to be reviewed", None),
        (I, "Zambia National Farmers Union", "it supported research that could help farmers cope with drought", None),
        (P, "Zambia National Farmers Union", "clear guarantees", None),
        (I, "Esnart Banda", "she would plant any seed that could survive a dry season", None),
        (D, "Esnart Banda", "If the scientists say it is safe, let them test it. We are the ones who went hungry last "
            "year,", None),
        (I, "Ministry of Agriculture", "the 2024 drought cut national maize output by more than half, forcing the country "
            "to import maize for the first time in a decade", None),
    ],
    "actors": [
        actor("Mwila Chanda", "person", title="registrar and chief executive officer",
              affiliation="National Biosafety Authority (NBA)", aliases=["Mwila Chanda", "Chanda", "Dr Chanda"], stance=1),
        actor("Beatrice Mulenga", "person", title="professor, trial leader", affiliation="University of Zambia",
              aliases=["Beatrice Mulenga", "Mulenga", "Prof Beatrice Mulenga"], stance=1),
        actor("Mutinta Hamweemba", "person", title="national coordinator",
              affiliation="Zambia Alliance for Agroecology and Biodiversity (ZAAB)",
              aliases=["Mutinta Hamweemba", "Hamweemba", "Ms Hamweemba"], stance=-1),
        actor("Zambia National Farmers Union", "organisation", title="farmers' union", affiliation="Zambia",
              aliases=["Zambia National Farmers Union", "ZNFU"], stance=0),
        actor("Esnart Banda", "person", title="farmer", affiliation="Chongwe", aliases=["Esnart Banda", "Banda"],
              stance=1),
        actor("Ministry of Agriculture", "government", title="ministry", affiliation="Zambia",
              aliases=["Ministry of Agriculture"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Korea Times (South Korea) education (the exam institute accepts two answers after a question error),
#    headline "KICE admits error ..." without quote marks (not annotated), byline, curly “ ” with straight apostrophes
#    (year's, KICE's, child's), Korean names in family-name-first order; institute "said Thursday it would A,
#    after receiving ..." (no "that"; the "after" clause is the writer's); president's quote split by "KICE
#    President X said at a briefing"; "Baek said A and would B" (one span); content before ", according to KICE" (the rest of the sentence is the writer's); union "said in a statement that
#    the error was “...” of ... and that B" (partial plus indirect); instructor in an apposition "said A", "he said";
#    "For students, ... were an ordeal." (no speech); student "“...,” said X, 18, ..."; ministry "said A and that B"
#    (one span); lawmaker "said A and called on ..." (indirect; directive not annotated), "Kang said"; scare so-called
#    “killer questions”.
ARTICLES[f"{BATCH}/kice-csat-english-question-error.gold.json"] = {
    "article": f"{BATCH}/kice-csat-english-question-error.txt",
    "target": "Korea Institute for Curriculum and Evaluation",
    "quotes": [
        (I, "Korea Institute for Curriculum and Evaluation", "it would accept two answers for question 34 in the English "
            "section of this year's College Scholastic Ability Test (CSAT)", None),
        (D, "Baek Jae-min", "We sincerely apologize to the students and parents who suffered confusion and anxiety,", None),
        (D, "Baek Jae-min", "After a full review, the committee concluded that option 2 could also be read as correct.",
            None),
        (I, "Baek Jae-min", "the institute would add a second external review stage for the English section from next "
            "year and would ask native-speaking experts to check every reading passage", None),
        (I, "Korea Institute for Curriculum and Evaluation", "About 41,000 test-takers chose option 2", None),
        (P, "Korean Teachers and Education Workers Union", "the predictable result", None),
        (I, "Korean Teachers and Education Workers Union", "the names of the review panel members should be made public",
            None),
        (I, "Kim Ji-hoon", "he had flagged the ambiguity on his YouTube channel on the night of the exam", None),
        (D, "Kim Ji-hoon", "Any native speaker would have seen it in five minutes. The question was written to be tricky, "
            "and it tricked the people who wrote it,", None),
        (D, "Lee Seo-yeon", "I chose option 2. For three weeks I thought I had lost my chance at medical school,", None),
        (I, "Ministry of Education", "it would audit KICE's question review process and that the results would be "
            "published in January", None),
        (I, "Kang Min-jung", "it was the fourth CSAT error in a decade", None),
        (D, "Kang Min-jung", "An apology is not enough when a single question can decide a child's future,", None),
        (S, None, "killer questions,", None),
    ],
    "actors": [
        actor("Korea Institute for Curriculum and Evaluation", "government", title="state exam institute",
              affiliation="South Korea", aliases=["Korea Institute for Curriculum and Evaluation", "KICE"], stance=0),
        actor("Baek Jae-min", "person", title="KICE President",
              affiliation="Korea Institute for Curriculum and Evaluation (KICE)", aliases=["Baek Jae-min", "Baek"],
              stance=0),
        actor("Korean Teachers and Education Workers Union", "organisation", title="teachers' union",
              affiliation="South Korea", aliases=["Korean Teachers and Education Workers Union", "KTU"], stance=-1),
        actor("Kim Ji-hoon", "person", title="English instructor at a cram school", affiliation="Daechi-dong, Seoul",
              aliases=["Kim Ji-hoon", "Kim"], stance=-1),
        actor("Lee Seo-yeon", "person", title="student", affiliation="Daegu", aliases=["Lee Seo-yeon", "Lee"],
              stance=-1),
        actor("Ministry of Education", "government", title="ministry", affiliation="South Korea",
              aliases=["Ministry of Education"], stance=0),
        actor("Kang Min-jung", "person", title="lawmaker (Rep.)", affiliation="Democratic Party; National Assembly "
              "education committee", aliases=["Kang Min-jung", "Kang", "Rep. Kang Min-jung"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
