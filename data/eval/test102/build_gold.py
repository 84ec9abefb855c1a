"""Build the test102 gold files (data/eval/test102/*.gold.json) from the annotation specs below.

Held out, like ../test/: do not read while tuning the extractor.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test102/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test102.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test102"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The New Humanitarian (Russia's donated wheat reaches Burkina Faso; who receives it), headline and
#    standfirst without speech, byline with "Freelance journalist" and "OUAGADOUGOU, 2 December 2026", curly
#    “ ” and ’, spaced en dash. Content before "according to the UN's World Food Programme (WFP)"; embassy
#    "said in a statement that the grain was a "..." and that it would be distributed ... to "..."" (two
#    partials); ambassador "said A", quote with "he said, to applause ..."; minister "thanked Russia for what
#    he called its "..." and said B" (partial plus indirect); "several humanitarian workers told The New
#    Humanitarian that A" (group); quote before "said an aid worker with an international NGO, who ..."
#    ("they"), then a second stretch after the attribution; "Another aid worker said A"; displaced woman named
#    by first name only "said A", "she said"; WFP "said A and could not B" (one span); researcher "said A",
#    "he said"; Q&A "Asked about ..., Ouédraogo replied that A" (indirect), then a quote with "he said";
#    content before "according to the UN Office for the Coordination of Humanitarian Affairs (OCHA)".
ARTICLES[f"{BATCH}/russia-wheat-donation-burkina-faso.gold.json"] = {
    "article": f"{BATCH}/russia-wheat-donation-burkina-faso.txt",
    "target": "Russia",
    "quotes": [
        (I, "World Food Programme", "More than 2 million people in Burkina Faso face crisis levels of hunger", None),
        (P, "Russia’s embassy in Ouagadougou", "gift from the Russian people", None),
        (P, "Russia’s embassy in Ouagadougou", "the most vulnerable families", None),
        (I, "Dmitri Zhelnorov", "Moscow did not attach conditions to its help", None),
        (D, "Dmitri Zhelnorov", "We do not come with lectures, and we do not come with lists of demands. We come with "
            "wheat,", None),
        (P, "Adama Ouédraogo", "constant solidarity", None),
        (I, "Adama Ouédraogo", "the government would publish the full distribution plan before the end of the year",
            None),
        (I, "several humanitarian workers", "previous Russian donations had largely bypassed the towns under blockade "
            "by armed groups in the north and east, where the need is greatest", None),
        (D, "aid worker with an international NGO", "Most of what we saw from the last shipment went to Ouagadougou "
            "and Bobo-Dioulasso, and some of it ended up in the markets,", None),
        (D, "aid worker with an international NGO", "In Djibo, people were eating leaves.", None),
        (I, "Another aid worker", "local committees that draw up beneficiary lists were often chosen by "
            "military-appointed officials, leaving displaced families with no way to appeal", None),
        (I, "Aminata", "she had never received any of the Russian wheat", None),
        (D, "Aminata", "We hear about it on the radio. We have never seen it here,", None),
        (I, "World Food Programme", "it had not been involved in distributing the Russian donations and could not "
            "comment on where they had gone", None),
        (I, "Ousmane Sawadogo", "the shipments were as much political as humanitarian", None),
        (D, "Ousmane Sawadogo", "For Moscow, this is cheap diplomacy with a very good return. The grain itself is real "
            "and it is needed, but the question of who receives it is decided here, not in Russia,", None),
        (I, "Adama Ouédraogo", "any official found diverting aid would be prosecuted", None),
        (D, "Adama Ouédraogo", "There is no place for theft when our people are hungry,", None),
        (I, "UN Office for the Coordination of Humanitarian Affairs", "The UN’s humanitarian appeal for the country is "
            "only 31 percent funded", None),
    ],
    "actors": [
        actor("World Food Programme", "organisation", title="UN agency", affiliation="United Nations",
              aliases=["World Food Programme", "WFP"], stance=None),
        actor("Russia’s embassy in Ouagadougou", "government", title="embassy", affiliation="Russia",
              aliases=["Russia’s embassy in Ouagadougou"], stance=1),
        actor("Dmitri Zhelnorov", "person", title="Ambassador", affiliation="Russia",
              aliases=["Dmitri Zhelnorov", "Zhelnorov", "Ambassador Dmitri Zhelnorov"], stance=1),
        actor("Adama Ouédraogo", "person", title="Minister of Humanitarian Action", affiliation="Burkina Faso",
              aliases=["Adama Ouédraogo", "Ouédraogo"], stance=1),
        actor("several humanitarian workers", "group", title="humanitarian workers", affiliation=None,
              aliases=["several humanitarian workers"], stance=-1),
        actor("aid worker with an international NGO", "person", title="anonymous aid worker", affiliation=None,
              aliases=["aid worker with an international NGO"], stance=-1),
        actor("Another aid worker", "person", title="aid worker", affiliation=None, aliases=["Another aid worker"],
              stance=-1),
        actor("Aminata", "person", title="displaced mother of five", affiliation=None, aliases=["Aminata"],
              stance=-1),
        actor("Ousmane Sawadogo", "person", title="researcher on the Sahel", affiliation="University of Ouagadougou",
              aliases=["Ousmane Sawadogo", "Sawadogo"], stance=0),
        actor("UN Office for the Coordination of Humanitarian Affairs", "organisation", title="UN office",
              affiliation="United Nations", aliases=["UN Office for the Coordination of Humanitarian Affairs", "OCHA"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. gCaptain maritime news (a feeder containership grounds after a propulsion failure), headline in title
#    case without speech, byline and date lines, straight " and apostrophes, "Photo: ... U.S. Coast Guard
#    photo" caption (not annotated). Lede content before "the U.S. Coast Guard said"; content before
#    "according to a Coast Guard update"; quote before "said Petty Officer 1st Class Dana Whitlock, a
#    spokesperson ..."; content before "Whitlock said"; company "said in a statement that it was "..." ...
#    and that B" (partial plus indirect); COO's quote "..., the company's chief operating officer, Lars-Erik
#    Sund, said in the statement" (Sund, not the company); retired pilot "said A", quote with "Hollister told
#    gCaptain"; anonymous relative "said A"; "declined to respond to that claim" (not annotated); NTSB "said A
#    and would B" (one span); ITF inspector (long title before the name) "said A", "he said".
ARTICLES[f"{BATCH}/meridian-osprey-grounding-port-angeles.gold.json"] = {
    "article": f"{BATCH}/meridian-osprey-grounding-port-angeles.txt",
    "target": "Pacific Meridian Lines",
    "quotes": [
        (I, "U.S. Coast Guard", "The 1,700 TEU containership Meridian Osprey ran aground on a sand and gravel shoal "
            "near Ediz Hook, at the entrance to Port Angeles harbor, early Tuesday after losing propulsion in heavy "
            "weather", None),
        (I, "U.S. Coast Guard", "All 19 crew members were reported safe, and no pollution had been observed as of "
            "Wednesday afternoon", None),
        (D, "Dana Whitlock", "The master reported a main engine failure and dropped both anchors, but they did not hold "
            "in winds gusting to 50 knots,", None),
        (I, "Dana Whitlock", "Two tugs were on scene by mid-morning, and salvors from Resolve Marine were assessing the "
            "hull before attempting a refloat on Thursday's high tide", None),
        (P, "Pacific Meridian Lines", "cooperating fully", None),
        (I, "Pacific Meridian Lines", "the vessel's fuel tanks were intact", None),
        (D, "Lars-Erik Sund", "Our first thought is for the crew, and we are grateful they are all safe. We will not "
            "speculate on the cause until the investigation is complete,", None),
        (I, "Ray Hollister", "two propulsion or steering failures in eight months should worry regulators", None),
        (D, "Ray Hollister", "One incident is bad luck. Two in the same fleet, in the same year, is a pattern, and "
            "somebody needs to be asking about maintenance and manning,", None),
        (I, "crew member's relative in the Philippines", "sailors aboard the Osprey had complained for weeks about "
            "repeated engine alarms", None),
        (I, "National Transportation Safety Board", "it had opened an investigation and would send a team to Port "
            "Angeles on Thursday", None),
        (I, "Colm Garrity", "the union would seek to board the ship once it was refloated", None),
        (D, "Colm Garrity", "We want to talk to the crew directly, without the company in the room,", None),
    ],
    "actors": [
        actor("U.S. Coast Guard", "government", title="coast guard", affiliation="United States",
              aliases=["U.S. Coast Guard", "Coast Guard"], stance=0),
        actor("Dana Whitlock", "person", title="Petty Officer 1st Class, spokesperson",
              affiliation="Coast Guard Sector Puget Sound", aliases=["Dana Whitlock", "Whitlock"], stance=0),
        actor("Pacific Meridian Lines", "organisation", title="vessel operator", affiliation=None,
              aliases=["Pacific Meridian Lines", "Pacific Meridian"], stance=1),
        actor("Lars-Erik Sund", "person", title="chief operating officer", affiliation="Pacific Meridian Lines",
              aliases=["Lars-Erik Sund", "Sund"], stance=1),
        actor("Ray Hollister", "person", title="retired Puget Sound pilot, marine casualty consultant",
              affiliation=None, aliases=["Ray Hollister", "Hollister", "Captain Ray Hollister"], stance=-1),
        actor("crew member's relative in the Philippines", "person", title="anonymous relative of a crew member",
              affiliation=None, aliases=["crew member's relative in the Philippines"], stance=-1),
        actor("National Transportation Safety Board", "government", title="federal safety board",
              affiliation="United States", aliases=["National Transportation Safety Board"], stance=0),
        actor("Colm Garrity", "person", title="ITF inspector for the Pacific Northwest",
              affiliation="International Transport Workers' Federation", aliases=["Colm Garrity", "Garrity"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Concord Monitor politics (an ethics complaint over a state senator's propane bill), headline with a
#    straight single fragment "Thibodeau says he has 'nothing to hide'" (partial for him), byline in
#    capitals, "Monitor staff", "Published: 12/4/2026 5:31:08 PM", straight " and apostrophes. Lede
#    participial "arguing the Hooksett Republican should not have pushed ..." (indirect for the watchdog
#    group); "The complaint ... says A" (the group's complaint); senator "called the complaint "..." and said
#    B" (partial plus indirect), quote with "he said in an interview Friday", then a quote-only paragraph;
#    watchdog director "said the issue was not whether ... but whether ...", "she said"; content before
#    "according to its website"; minority leader named Strong "said the complaint raised "..." that ..."
#    (partial only); Senate President "said his colleague was "..." who ..." (partial only); "Republicans
#    largely rallied around Thibodeau." (not speech); anonymous senator "said privately that some ... had
#    warned Thibodeau ... that the bill "..."" (partial only, full stop inside), quote with "the senator
#    said"; fire marshal's office "said in a statement that A"; "does not comment" (not annotated).
ARTICLES[f"{BATCH}/thibodeau-propane-bill-ethics-complaint.gold.json"] = {
    "article": f"{BATCH}/thibodeau-propane-bill-ethics-complaint.txt",
    "target": "Doug Thibodeau",
    "quotes": [
        (P, "Doug Thibodeau", "nothing to hide", "Ethics complaint targets"),
        (I, "Granite State Open Government", "the Hooksett Republican should not have pushed a bill easing safety "
            "inspection rules for propane dealers while his family owns one of the largest in central New Hampshire",
            None),
        (I, "Granite State Open Government", "Thibodeau failed to disclose his financial interest when he introduced "
            "the bill as chair of the Senate Energy and Natural Resources Committee", None),
        (P, "Doug Thibodeau", "a political stunt", None),
        (I, "Doug Thibodeau", "he had disclosed his stake in Thibodeau Fuel & Propane every year on his financial forms",
            None),
        (D, "Doug Thibodeau", "Everybody in Concord knows my family sells propane. It's on the side of our trucks. I've "
            "got nothing to hide, and I'm not going to apologize for knowing something about the industry I'm "
            "writing rules for,", None),
        (D, "Doug Thibodeau", "If the committee wants to look at it, they're welcome to. They'll find exactly what "
            "I've told them.", None),
        (I, "Marisol Echeverría", "the issue was not whether Thibodeau had filed his forms but whether he should have "
            "recused himself", None),
        (D, "Marisol Echeverría", "Disclosure is the floor, not the ceiling. When a committee chair writes a bill that "
            "saves his own company money, the public deserves more than a line on a form nobody reads,", None),
        (I, "Thibodeau Fuel & Propane", "Thibodeau Fuel & Propane, based in Hooksett, operates 38 delivery trucks",
            None),
        (P, "Rebecca Strong", "serious questions", None),
        (P, "Gary Dufresne", "a man of integrity", None),
        (P, "Republican senator", "would look bad.", None),
        (D, "Republican senator", "He's not corrupt. He's stubborn. There's a difference, but it doesn't always matter "
            "to voters,", None),
        (I, "state fire marshal's office", "it had not taken a position on the bill", None),
    ],
    "actors": [
        actor("Doug Thibodeau", "person", title="state senator (R-Hooksett), Senate Energy committee chair",
              affiliation="New Hampshire Senate", aliases=["Doug Thibodeau", "Thibodeau"], stance=1),
        actor("Granite State Open Government", "organisation", title="watchdog group", affiliation=None,
              aliases=["Granite State Open Government", "watchdog group", "The complaint"], stance=-1),
        actor("Marisol Echeverría", "person", title="executive director", affiliation="Granite State Open Government",
              aliases=["Marisol Echeverría", "Echeverría"], stance=-1),
        actor("Thibodeau Fuel & Propane", "organisation", title="propane dealer (the senator's family business)",
              affiliation=None, aliases=["Thibodeau Fuel & Propane"], stance=None),
        actor("Rebecca Strong", "person", title="Senate Minority Leader", affiliation="Democrats",
              aliases=["Rebecca Strong", "Strong"], stance=-1),
        actor("Gary Dufresne", "person", title="Senate President", affiliation="Republicans",
              aliases=["Gary Dufresne", "Dufresne"], stance=1),
        actor("Republican senator", "person", title="anonymous Republican senator", affiliation="Republicans",
              aliases=["Republican senator", "the senator"], stance=0),
        actor("state fire marshal's office", "government", title="fire marshal's office", affiliation="New Hampshire",
              aliases=["state fire marshal's office"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Leadership (Nigeria) education (an exam board's computer-based test glitch and resit), headline
#    "Parents, lawmakers fault JAMB ..." (an act, no quote marks), byline "By ..., Abuja", straight " and
#    apostrophes, titles "Prof.", "Hon.", "Mrs", "N85,000", "LEADERSHIP" and "our correspondent". Registrar
#    "said the fault was caused by a "..." ..., and that B" (partial plus indirect); colon quote "Danladi
#    said: "..."" (direct); "He said A and that B" (one span); "parents who spoke to LEADERSHIP said A"
#    (group); mother "said A", "she said"; committee chairman "described the incident as "..." and said B"
#    (partial plus indirect), quote with "Yola said"; anonymous official "told our correspondent that A"; NANS
#    "said in a statement that it "..." but that B" (partial plus indirect); analyst "said A, but warned that
#    B" (two indirects), "she said"; content before ", JAMB said."
ARTICLES[f"{BATCH}/jamb-cbt-glitch-resit-candidates.gold.json"] = {
    "article": f"{BATCH}/jamb-cbt-glitch-resit-candidates.txt",
    "target": "Joint Admissions and Matriculation Board",
    "quotes": [
        (P, "Ibrahim Danladi", "corrupted update", None),
        (I, "Ibrahim Danladi", "the affected candidates had not been penalised in any way", None),
        (D, "Ibrahim Danladi", "We owe these young people an apology, and I am giving it without reservation. But let "
            "me be clear: no result was manipulated, and no candidate will lose admission because of this.", None),
        (I, "Ibrahim Danladi", "the board had terminated its contract with the provider and that a panel would report "
            "within 30 days", None),
        (I, "parents who spoke to LEADERSHIP", "many candidates were informed of the resit less than 48 hours in "
            "advance, forcing some to travel hundreds of kilometres at their own expense", None),
        (I, "Folasade Adebayo", "the family spent over N85,000 on transport and accommodation to reach the new centre "
            "in Abeokuta", None),
        (D, "Folasade Adebayo", "My son cried when he saw the message. He had prepared for months. Now we are told it "
            "is a technical problem, as if that explains everything,", None),
        (P, "Musa Garba Yola", "an embarrassment to the nation", None),
        (I, "Musa Garba Yola", "the committee would summon the Registrar next week", None),
        (D, "Musa Garba Yola", "JAMB has done good work in cleaning up this examination over the years, and we "
            "acknowledge that. But one failure like this wipes away a lot of public confidence,", None),
        (I, "senior official of the board", "the service provider had been warned twice in October about instability "
            "in its software", None),
        (P, "National Association of Nigerian Students", "welcomes the resit", None),
        (I, "National Association of Nigerian Students", "JAMB must refund candidates who incurred extra costs", None),
        (I, "Ngozi Eze-Uzomaka", "the board had handled the aftermath better than it handled similar glitches in "
            "previous years", None),
        (I, "Ngozi Eze-Uzomaka", "its reliance on private CBT centres remained a weak point", None),
        (D, "Ngozi Eze-Uzomaka", "The board responded within days, which is an improvement. The deeper problem is that "
            "it does not own the infrastructure it depends on,", None),
        (I, "Joint Admissions and Matriculation Board", "Results of the fresh examination are expected to be released "
            "next week", None),
    ],
    "actors": [
        actor("Ibrahim Danladi", "person", title="Registrar", affiliation="Joint Admissions and Matriculation Board",
              aliases=["Ibrahim Danladi", "Danladi", "Prof. Ibrahim Danladi"], stance=1),
        actor("parents who spoke to LEADERSHIP", "group", title="parents of candidates", affiliation=None,
              aliases=["parents who spoke to LEADERSHIP"], stance=-1),
        actor("Folasade Adebayo", "person", title="parent", affiliation=None,
              aliases=["Folasade Adebayo", "Adebayo", "Mrs Folasade Adebayo"], stance=-1),
        actor("Musa Garba Yola", "person",
              title="Chairman, House of Representatives Committee on Basic Examination Bodies",
              affiliation="House of Representatives", aliases=["Musa Garba Yola", "Yola", "Hon. Musa Garba Yola"],
              stance=-1),
        actor("senior official of the board", "person", title="anonymous senior official",
              affiliation="Joint Admissions and Matriculation Board", aliases=["senior official of the board"],
              stance=0),
        actor("National Association of Nigerian Students", "organisation", title="students' association",
              affiliation=None, aliases=["National Association of Nigerian Students", "NANS"], stance=0),
        actor("Ngozi Eze-Uzomaka", "person", title="education analyst", affiliation=None,
              aliases=["Ngozi Eze-Uzomaka", "Eze-Uzomaka"], stance=0),
        actor("Joint Admissions and Matriculation Board", "government", title="examination board", affiliation="Nigeria",
              aliases=["Joint Admissions and Matriculation Board", "JAMB"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
