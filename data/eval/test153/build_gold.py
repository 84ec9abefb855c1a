"""Build the test153 gold files (data/eval/test153/*.gold.json) from the annotation specs below.

Held out: do not read these articles or specs while building or tuning the extractor.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test153/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test153.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test153"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Prensa Latina (Cuba, English service) sport (a national team denied US visas), headline without speech, dateline
#    "Havana, Dec 3 (Prensa Latina)" running into the lede, straight " and apostrophes, US punctuation inside closing
#    marks; lede content before "the Cuban Volleyball Federation denounced on Wednesday"; federation "described the
#    decision as "..." and pointed out that B" (partial plus indirect); INDER president "stressed that sport should
#    be "..."" (partial only), quote with "Fornaris told reporters", "He added that A"; captain "said A", quote with
#    "Mesa said" and a quote-only paragraph; ministry "said in a note that the denial was part of ... "..." against
#    the island and that B" (partial plus indirect); scare so-called "list of state sponsors of terrorism," (comma
#    inside), "which the Cuban government has repeatedly rejected" (act); NORCECA "said ... that it "..." the absence
#    ... and that B" (partial plus indirect); embassy spokesperson "said A and declined to comment" (the refusal not
#    annotated); "According to the Puerto Rican Volleyball Federation, A"; group "Cuban fans called the decision
#    "..."" (partial).
ARTICLES[f"{BATCH}/cuba-volleyball-us-visas-denied.gold.json"] = {
    "article": f"{BATCH}/cuba-volleyball-us-visas-denied.txt",
    "target": "United States",
    "quotes": [
        (I, "Cuban Volleyball Federation", "The Cuban men's volleyball team will miss the NORCECA Continental "
            "Championship in Puerto Rico after the United States denied visas to 14 of its 18 members", None),
        (P, "Cuban Volleyball Federation", "a new act of discrimination against Cuban sport", None),
        (I, "Cuban Volleyball Federation", "the team had submitted its applications at the US embassy in Havana in "
            "September, more than two months before the event", None),
        (P, "Raúl Fornaris Peña", "a bridge between peoples and not a hostage of politics.", None),
        (D, "Raúl Fornaris Peña", "Our athletes train all year for this championship. They are not diplomats or "
            "politicians, they are volleyball players, and today they have been punished for being Cuban,", None),
        (I, "Raúl Fornaris Peña", "INDER had asked NORCECA to move the matches involving Cuba to a neutral venue", None),
        (I, "Ariel Mesa Duquesne", "the players learned of the decision during a morning training session at the Cerro "
            "Pelado high performance center", None),
        (D, "Ariel Mesa Duquesne", "We were doing blocking drills when the coach called us together. Some of the boys "
            "cried. For the younger ones it was going to be their first tournament abroad,", None),
        (D, "Ariel Mesa Duquesne", "We will keep training. When they let us play, we will be ready.", None),
        (P, "Ministry of Foreign Affairs", "maximum pressure", None),
        (I, "Ministry of Foreign Affairs", "it violated the principles of the Olympic Charter", None),
        (S, None, "list of state sponsors of terrorism,", None),
        (P, "NORCECA", "regrets", None),
        (I, "NORCECA", "it remained in contact with the organizing committee and the US authorities", None),
        (I, "spokesperson for the US embassy in Havana", "visa records were confidential under US law", None),
        (I, "Puerto Rican Volleyball Federation", "eight teams will now take part instead of the nine originally "
            "scheduled", None),
        (P, "Cuban fans", "shameful", None),
    ],
    "actors": [
        actor("Cuban Volleyball Federation", "organisation", title="national volleyball federation",
              affiliation="Cuba", aliases=["Cuban Volleyball Federation", "the federation"], stance=-1),
        actor("Raúl Fornaris Peña", "person", title="president",
              affiliation="National Institute of Sports, Physical Education and Recreation (INDER)",
              aliases=["Raúl Fornaris Peña", "Fornaris"], stance=-1),
        actor("Ariel Mesa Duquesne", "person", title="team captain, 27", affiliation="Cuban men's volleyball team",
              aliases=["Ariel Mesa Duquesne", "Mesa"], stance=-1),
        actor("Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Cuba",
              aliases=["Ministry of Foreign Affairs", "MINREX"], stance=-1),
        actor("NORCECA", "organisation", title="regional volleyball confederation", affiliation=None,
              aliases=["NORCECA"], stance=0),
        actor("spokesperson for the US embassy in Havana", "person", title="embassy spokesperson",
              affiliation="United States", aliases=["spokesperson for the US embassy in Havana"], stance=1),
        actor("Puerto Rican Volleyball Federation", "organisation", title="host federation", affiliation="Puerto Rico",
              aliases=["Puerto Rican Volleyball Federation"], stance=None),
        actor("Cuban fans", "group", title="fans on social networks", affiliation=None, aliases=["Cuban fans"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. BioPharma Dive (US pharma trade press) regulation (the FDA rejects an ALS drug), headline without speech,
#    "Published Dec. 3, 2026" and byline lines, "Dive Brief:" with "- " bullet paragraphs and "Dive Insight:",
#    straight " and apostrophes, US punctuation inside closing marks; first bullet content before "the Boston-based
#    biotech said Wednesday"; FDA (its letter) "said the ... results ... were "..." and that B" (partial plus
#    indirect); "The company said A and had B" (one span); "what the company calls a "..." of ..." (partial);
#    chief executive named after the first stretch of a split quote ("said in a statement"); analyst "wrote that the
#    FDA had "..." and cut his price target" (partial only; the act not annotated), quote split by "Quill told
#    BioPharma Dive"; neurologist "said she had seen some patients ... "..." but added that B" (partial plus
#    indirect); "Patient advocates reacted with frustration." (no speech); coalition "said the decision would leave
#    patients with "..." and urged ..." (partial only); co-founder named after his quote; scare so-called
#    "right-to-try" requests; "Halvard said A"; "The FDA declined to comment." (not annotated).
ARTICLES[f"{BATCH}/halvard-als-drug-fda-rejection.gold.json"] = {
    "article": f"{BATCH}/halvard-als-drug-fda-rejection.txt",
    "target": "Halvard Therapeutics",
    "quotes": [
        (I, "Halvard Therapeutics", "The Food and Drug Administration has rejected Halvard Therapeutics' treatment for "
            "amyotrophic lateral sclerosis and asked for another Phase 3 trial before it will reconsider the drug",
            None),
        (P, "Food and Drug Administration", "not sufficiently persuasive", None),
        (I, "Food and Drug Administration", "a single trial that missed its main goal could not support approval", None),
        (I, "Halvard Therapeutics", "it would request a meeting with the agency and had enough cash to fund operations "
            "into 2028", None),
        (P, "Halvard Therapeutics", "meaningful slowing", None),
        (D, "Naomi Ferrante", "We are deeply disappointed, and we know the ALS community is too,", None),
        (D, "Naomi Ferrante", "We continue to believe HT-210 can help patients, and we will work with the agency to "
            "find the fastest path forward.", None),
        (P, "Thomas Quill", "signaled its skepticism for months", None),
        (D, "Thomas Quill", "The subgroup story was always going to be a hard sell with this division,", None),
        (D, "Thomas Quill", "The question now is whether Halvard can afford a second Phase 3 on its own.", None),
        (P, "Rosa Villanueva", "do better than I expected,", None),
        (I, "Rosa Villanueva", "the overall data were mixed", None),
        (P, "ALS Access Coalition", "nothing new for years", None),
        (D, "Derek Lomax", "People with ALS do not have time for another trial. I may not be alive when it reads out,",
            None),
        (S, None, "right-to-try", None),
        (I, "Halvard Therapeutics", "it would continue to supply HT-210 to the roughly 300 patients enrolled in its "
            "open-label extension study", None),
    ],
    "actors": [
        actor("Halvard Therapeutics", "organisation", title="biotech company", affiliation=None,
              aliases=["Halvard Therapeutics", "Halvard", "the Boston-based biotech"], stance=1),
        actor("Food and Drug Administration", "government", title="drug regulator", affiliation="United States",
              aliases=["Food and Drug Administration", "FDA", "the agency"], stance=-1),
        actor("Naomi Ferrante", "person", title="Chief Executive Officer", affiliation="Halvard Therapeutics",
              aliases=["Naomi Ferrante", "Ferrante"], stance=1),
        actor("Thomas Quill", "person", title="analyst", affiliation="Harborview Securities",
              aliases=["Thomas Quill", "Quill"], stance=-1),
        actor("Rosa Villanueva", "person", title="neurologist, trial site investigator",
              affiliation="University of Colorado", aliases=["Rosa Villanueva", "Villanueva"], stance=0),
        actor("ALS Access Coalition", "organisation", title="patient advocacy group", affiliation=None,
              aliases=["ALS Access Coalition"], stance=1),
        actor("Derek Lomax", "person", title="co-founder, living with ALS", affiliation="ALS Access Coalition",
              aliases=["Derek Lomax", "Lomax"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Standard (The Gambia) labour (teachers' union threatens a strike over allowances), headline with a straight
#    single fragment "GTU gives gov't 'final' ultimatum" (apostrophes in `gov't` and `teachers'`), byline, straight
#    " and apostrophes, British punctuation outside closing marks, "D41 million"; lede "has given the government 14
#    days to pay ... or face ..." (an ultimatum: not annotated); scare so-called "hardship areas" (glossed);
#    secretary general "said A", quote with "Jobe said" and a quote-only paragraph; "He said A and described the
#    ministry's explanations so far as "..."" (indirect plus partial); "In a statement ..., the GTU said A";
#    ministry "said the delay was caused by a "..." to ... and that B" (partial plus indirect); minister "told The
#    Standard the government "..." and was not looking for ..." (partial only), quote split by "she said";
#    anonymous teacher "who asked not to be named ..., said A", "he said"; group "Parents in Brikama said A".
ARTICLES[f"{BATCH}/gambia-teachers-allowance-ultimatum.gold.json"] = {
    "article": f"{BATCH}/gambia-teachers-allowance-ultimatum.txt",
    "target": "Ministry of Basic and Secondary Education",
    "quotes": [
        (P, "Gambia Teachers' Union", "final", "gov't 'final'"),
        (S, None, "hardship areas", None),
        (I, "Lamin Jobe", "teachers in those schools had not received their allowances since March", None),
        (D, "Lamin Jobe", "This is our final warning. We have written letters, we have held meetings, we have been "
            "patient. But our members cannot be patient on an empty stomach,", None),
        (D, "Lamin Jobe", "If by the 17th of December the money is not paid, no teacher will enter a classroom in "
            "January.", None),
        (I, "Lamin Jobe", "the union had documented arrears of about D41 million", None),
        (P, "Lamin Jobe", "excuses wrapped in promises", None),
        (I, "Gambia Teachers' Union", "it had also written to the Public Service Commission and the National Assembly's "
            "education committee", None),
        (P, "Ministry of Basic and Secondary Education", "verification exercise", None),
        (I, "Ministry of Basic and Secondary Education", "payments would start before the end of the month", None),
        (P, "Habibatou Drammeh", "values its teachers", None),
        (D, "Habibatou Drammeh", "We found names of people who retired years ago, and even of people who have died, "
            "still receiving allowances. We cannot pay public money without checking,", None),
        (D, "Habibatou Drammeh", "The genuine teachers will be paid, every dalasi.", None),
        (I, "teacher at a lower basic school in Basse", "he had borrowed money from relatives to pay his rent since "
            "the summer", None),
        (D, "teacher at a lower basic school in Basse", "I have been teaching for eleven years. I am not a ghost,", None),
        (I, "Parents in Brikama", "they feared another disruption after schools lost three weeks of lessons to the 2024 "
            "strike", None),
    ],
    "actors": [
        actor("Gambia Teachers' Union", "organisation", title="teachers' union", affiliation="The Gambia",
              aliases=["Gambia Teachers' Union", "GTU", "the union"], stance=-1),
        actor("Lamin Jobe", "person", title="secretary general", affiliation="Gambia Teachers' Union",
              aliases=["Lamin Jobe", "Jobe"], stance=-1),
        actor("Ministry of Basic and Secondary Education", "government", title="education ministry",
              affiliation="The Gambia", aliases=["Ministry of Basic and Secondary Education", "MoBSE"], stance=1),
        actor("Habibatou Drammeh", "person", title="Education Minister", affiliation="Government of The Gambia",
              aliases=["Habibatou Drammeh", "Drammeh"], stance=1),
        actor("teacher at a lower basic school in Basse", "person", title="teacher (anonymous)", affiliation=None,
              aliases=["teacher at a lower basic school in Basse"], stance=-1),
        actor("Parents in Brikama", "group", title="parents", affiliation=None, aliases=["Parents in Brikama"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Civil Service World (UK civil service trade press) government (a department tightens office attendance),
#    headline without speech, standfirst with a straight single fragment "Unions warn of 'chaos' ...", byline and
#    date lines, British straight single quotes '...' for quotes and fragments with apostrophes inside (`don't`,
#    `it's`) and outside (`department's`, `manager's`), "60%", "£6m"; lede content before "according to an internal
#    notice seen by CSW" (the department's notice); "The notice said attendance ... had averaged 43% ..., '...' the
#    expectation ..." (partial only); scare so-called 'hub' offices (glossed); permanent secretary "In a message to
#    staff, ... said: '...'", "She said A and to B" (one span); union "said there was '...' at several sites"
#    (partial only); group president "said: '...'"; the FDA union "said the change had been made '...' and that B"
#    (partial plus indirect); department spokesperson "said A, and that the policy would be applied '...' for ..."
#    (indirect plus partial); Cabinet Office spokesperson "said A and that B" (one span); anonymous "One policy
#    adviser ..., who asked not to be named, told CSW A", "she said" (her quote contains "Nobody said").
ARTICLES[f"{BATCH}/defra-office-attendance-rule.gold.json"] = {
    "article": f"{BATCH}/defra-office-attendance-rule.txt",
    "target": "Department for Environment, Food and Rural Affairs",
    "quotes": [
        (P, "Unions", "chaos", None),
        (I, "Department for Environment, Food and Rural Affairs", "The Department for Environment, Food and Rural "
            "Affairs will require staff to spend at least 60% of their working time in the office from 2 February",
            None),
        (P, "Department for Environment, Food and Rural Affairs", "well below", None),
        (S, None, "hub", "so-called 'hub'"),
        (D, "Tamsin Hollis", "I know many of you have built your lives around a pattern of working that suited you, and "
            "I don't underestimate what this asks of you. But the evidence from across government is that teams learn "
            "faster and work better when they are together.", None),
        (I, "Tamsin Hollis", "managers would be asked to record attendance from March and to discuss it with staff at "
            "their mid-year reviews", None),
        (P, "PCS union", "simply not enough room", None),
        (D, "Sam Okafor", "Our members in York are already hot-desking at ten people to six desks on busy days. Adding "
            "more people to that is not a policy, it's a queue.", None),
        (P, "FDA", "without any meaningful consultation", None),
        (I, "FDA", "it would ask members whether to register a formal dispute", None),
        (I, "Defra spokesperson", "the department was investing £6m in extra desks and meeting rooms", None),
        (P, "Defra spokesperson", "flexibly", None),
        (I, "Cabinet Office spokesperson", "all departments were expected to meet the 60% minimum and that attendance "
            "figures would be published every quarter", None),
        (I, "One policy adviser in Bristol", "she had moved to Somerset during the pandemic with her manager's "
            "agreement and now faced a 90-minute commute each way", None),
        (D, "One policy adviser in Bristol", "Nobody said in 2021 that this was temporary. Now it's being presented as "
            "if we all knew,", None),
    ],
    "actors": [
        actor("Unions", "group", title="civil service unions", affiliation=None, aliases=["Unions"], stance=-1),
        actor("Department for Environment, Food and Rural Affairs", "government", title="government department",
              affiliation="UK government",
              aliases=["Department for Environment, Food and Rural Affairs", "Defra", "the department"], stance=1),
        actor("Tamsin Hollis", "person", title="permanent secretary",
              affiliation="Department for Environment, Food and Rural Affairs", aliases=["Tamsin Hollis", "Hollis"],
              stance=1),
        actor("PCS union", "organisation", title="union", affiliation=None, aliases=["PCS union", "PCS"], stance=-1),
        actor("Sam Okafor", "person", title="PCS Defra group president", affiliation="PCS union",
              aliases=["Sam Okafor", "Okafor"], stance=-1),
        actor("FDA", "organisation", title="union for senior civil servants", affiliation=None, aliases=["FDA"],
              stance=-1),
        actor("Defra spokesperson", "person", title="spokesperson",
              affiliation="Department for Environment, Food and Rural Affairs", aliases=["Defra spokesperson"],
              stance=1),
        actor("Cabinet Office spokesperson", "person", title="spokesperson", affiliation="Cabinet Office",
              aliases=["Cabinet Office spokesperson"], stance=1),
        actor("One policy adviser in Bristol", "person", title="policy adviser (anonymous)",
              affiliation="Department for Environment, Food and Rural Affairs",
              aliases=["One policy adviser in Bristol"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
