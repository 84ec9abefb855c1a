"""Build the test78 gold files (data/eval/test78/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test78/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test78.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test78"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}
# ---------------------------------------------------------------------------------------------
# 1. Simple Flying aviation (Russia lets airlines fly A320neo jets past engine overhaul limits), Title Case
#    headline without speech, "Summary" bullets without speech, "By NAME" and "Published Dec 5, 2026" lines,
#    a "Photo:" caption and a subheading, straight " and apostrophes, American punctuation inside closing
#    marks. Lede content before "Rosaviatsia said on Thursday"; "The agency said the decision was based on
#    "..." of each engine and that B" (partial plus indirect); minister "told the State Duma that Russian
#    carriers had flown ... "..."" (partial only), quote with "Oreshkin said"; scare the government's "import
#    substitution" program; content before "according to the fleet database FleetPulse"; airline "said in a
#    statement that A"; its chief executive (Tatar name) "said: "...""; EASA "said it had "..." of ... and that
#    B" (partial plus indirect); analyst "said the approach "..."" (partial only), "he said"; anonymous captain
#    "told Simple Flying that A", "he said". Not annotated: the summary bullets, the caption, background.
ARTICLES[f"{BATCH}/russia-a320neo-engine-limits-rosaviatsia.gold.json"] = {
    "article": f"{BATCH}/russia-a320neo-engine-limits-rosaviatsia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rosaviatsia", "Russia's aviation authority has allowed domestic airlines to keep flying Airbus A320neo-family "
            "jets whose engines have passed the manufacturer's recommended time between shop visits", None),
        (P, "Rosaviatsia", "individual technical assessments", None),
        (I, "Rosaviatsia", "airlines would have to carry out borescope inspections every 150 flight hours instead of "
            "every 400", None),
        (P, "Gennady Oreshkin", "despite every obstacle placed in our way.", None),
        (D, "Gennady Oreshkin", "Our engineers have proved that they can keep this fleet flying safely. Western "
            "companies thought we would be grounded within a year. They were wrong,", None),
        (S, None, "import substitution", None),
        (I, "FleetPulse", "At least 38 A320neo-family aircraft operated by Russian airlines are currently parked "
            "awaiting engine work", None),
        (I, "Volga Air Lines", "it had returned six of its nine grounded A321neos to service under the new rules", None),
        (D, "Ruslan Khabibullin", "Every aircraft that flies is an aircraft that does not need to be replaced by "
            "something we cannot buy.", None),
        (P, "European Union Aviation Safety Agency", "no visibility", None),
        (I, "European Union Aviation Safety Agency", "it could not vouch for their airworthiness", None),
        (P, "Graham Sutter", "pushes the risk onto next year and the year after.", None),
        (D, "Graham Sutter", "You can defer a shop visit. You can't defer physics,", None),
        (I, "A captain with a Russian carrier", "crews had been instructed not to discuss engine performance on social "
            "media", None),
        (D, "A captain with a Russian carrier", "We fly the planes we are given. Nobody asks us whether we are "
            "comfortable,", None),
    ],
    "actors": [
        actor("Rosaviatsia", "government", title="Russia's aviation authority", affiliation="Russia",
              aliases=["Rosaviatsia", "agency"], stance=1),
        actor("Gennady Oreshkin", "person", title="Transport Minister", affiliation="Russia",
              aliases=["Gennady Oreshkin", "Oreshkin"], stance=1),
        actor("FleetPulse", "organisation", title="fleet database", aliases=["FleetPulse"], stance=None),
        actor("Volga Air Lines", "organisation", title="Russian airline", affiliation="Russia",
              aliases=["Volga Air Lines"], stance=1),
        actor("Ruslan Khabibullin", "person", title="chief executive", affiliation="Volga Air Lines",
              aliases=["Ruslan Khabibullin", "Khabibullin"], stance=1),
        actor("European Union Aviation Safety Agency", "government", title="EU aviation regulator",
              affiliation="European Union", aliases=["European Union Aviation Safety Agency", "EASA"], stance=-1),
        actor("Graham Sutter", "person", title="managing director", affiliation="Skyward Insight",
              aliases=["Graham Sutter", "Sutter"], stance=-1),
        actor("A captain with a Russian carrier", "person", title="anonymous airline captain",
              aliases=["A captain with a Russian carrier"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Electrek EV/tech (a charging network shuts 140 Midwest fast chargers, including NEVI-funded sites),
#    lower-case-style headline without speech, "NAME | Dec 3 2026 - 11:20 am PT" line, straight " and
#    apostrophes, American punctuation inside closing marks, chatty writer's asides, "Electrek's Take" opinion
#    section and "FTC:" disclosure line. Company "said the stations would go offline "..."" (partial only); CEO
#    "in a LinkedIn post, saying the ... sites had "..." and that B" (participial cue; partial plus indirect),
#    "he wrote"; state DOT "said A and that B" (one span); FHWA spokesperson (unnamed, own actor) "said A";
#    driver "said A", "she said"; Reddit user "wrote that the ... site had been broken for "..." anyway"
#    (partial only); advocacy group "said the shutdown was "..." advocates had raised ... and that B" (partial
#    plus indirect); rival's spokesperson "said the company was "..." with ..." (partial only); scare "Call it
#    the "build it and bail" model" (the writer's own coinage). Not annotated: the Take's opinions, the NEVI
#    rules.
ARTICLES[f"{BATCH}/voltlane-midwest-charger-shutdown.gold.json"] = {
    "article": f"{BATCH}/voltlane-midwest-charger-shutdown.txt",
    "target": "VoltLane",
    "quotes": [
        (P, "VoltLane", "as part of a strategic realignment of our network.", None),
        (P, "Marcus Delacroix-Young", "never reached sustainable utilization", None),
        (I, "Marcus Delacroix-Young", "VoltLane would focus on its roughly 600 sites on the East Coast", None),
        (D, "Marcus Delacroix-Young", "We built ahead of demand in places where demand did not arrive fast enough. That "
            "is on us,", None),
        (I, "Iowa Department of Transportation", "22 of the stations had been built with NEVI funds and that it was "
            "reviewing whether VoltLane had breached its five-year operating commitment", None),
        (I, "Federal Highway Administration spokesperson", "states were responsible for enforcing NEVI contracts with "
            "individual operators", None),
        (I, "Tasha Grier", "the VoltLane site in Grinnell was the only fast charger on her regular route to Iowa City",
            None),
        (D, "Tasha Grier", "That station is the reason I could buy an EV. Without it I'm doing the math on every trip "
            "again,", None),
        (P, "One Reddit user", "half of October", None),
        (P, "Plug In America", "exactly the scenario", None),
        (I, "Plug In America", "states should require performance bonds from operators receiving federal funds", None),
        (P, "Amperion spokesperson", "in active conversations", None),
        (S, None, "build it and bail", None),
    ],
    "actors": [
        actor("VoltLane", "organisation", title="DC fast charging network", aliases=["VoltLane"], stance=1),
        actor("Marcus Delacroix-Young", "person", title="CEO", affiliation="VoltLane",
              aliases=["Marcus Delacroix-Young", "Delacroix-Young"], stance=1),
        actor("Iowa Department of Transportation", "government", title="state transportation department",
              affiliation="Iowa", aliases=["Iowa Department of Transportation"], stance=0),
        actor("Federal Highway Administration spokesperson", "person", title="unnamed spokesperson",
              affiliation="Federal Highway Administration", aliases=["Federal Highway Administration spokesperson"],
              stance=None),
        actor("Tasha Grier", "person", title="Des Moines resident, EV driver", aliases=["Tasha Grier", "Grier"],
              stance=-1),
        actor("One Reddit user", "person", title="anonymous forum user", aliases=["One Reddit user"], stance=-1),
        actor("Plug In America", "organisation", title="EV advocacy group", aliases=["Plug In America"], stance=-1),
        actor("Amperion spokesperson", "person", title="unnamed spokesperson", affiliation="Amperion",
              aliases=["Amperion spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cricbuzz (Indian cricket site) domestic cricket (a state association suspends its Ranji Trophy captain
#    over remarks about selectors), headline without speech, byline and "Mon, Dec 7, 2026 • 2:40 PM" lines,
#    straight " and apostrophes, American-style punctuation inside closing marks, Indian names (V Srinivasa Rao,
#    Farooq Ahmed Siddiqui, Syed Mazhar Ali). Association "In a letter to Kadam, seen by Cricbuzz, ... said his
#    remarks amounted to "..." and that B" (partial plus indirect); captain "had told reporters ... that the
#    team "..."" (partial only); scare so-called "zonal quota" ("questioned" is an act); "posted a statement on
#    Instagram: "..."" (direct); secretary "said no player was "..." and that B" (partial plus indirect), quote
#    with "Rao told Cricbuzz"; coach "said A and that Kadam remained "..."" (indirect plus partial); content
#    before "according to a member of the squad who did not wish to be named"; former captain "called the
#    suspension "..." by ..." (partial), quote with "Mazhar Ali said"; "A BCCI official said the board would not
#    intervene in "..."" (partial only). Not annotated: statistics, the disciplinary hearing (directive).
ARTICLES[f"{BATCH}/kadam-suspension-hyderabad-ranji.gold.json"] = {
    "article": f"{BATCH}/kadam-suspension-hyderabad-ranji.txt",
    "target": "Rohan Kadam",
    "quotes": [
        (P, "Hyderabad Cricket Association", "conduct unbecoming of a captain", None),
        (I, "Hyderabad Cricket Association", "he had breached the players' code of conduct signed at the start of the "
            "season", None),
        (P, "Rohan Kadam", "was picked by people who haven't watched a single session of our nets.", None),
        (S, None, "zonal quota", None),
        (D, "Rohan Kadam", "I stand by what I said. I said it because I care about this team, and I will say it again "
            "if I have to.", None),
        (P, "V Srinivasa Rao", "above the institution", None),
        (I, "V Srinivasa Rao", "selection matters were always discussed internally", None),
        (D, "V Srinivasa Rao", "We have great respect for Rohan as a cricketer. But there are channels, and the dressing "
            "room is not a press conference,", None),
        (I, "Farooq Ahmed Siddiqui", "he had not been consulted about the suspension", None),
        (P, "Farooq Ahmed Siddiqui", "the best leader in our dressing room.", None),
        (I, "a member of the squad", "Several senior players have written to the HCA in support of Kadam", None),
        (P, "Syed Mazhar Ali", "an overreaction", None),
        (D, "Syed Mazhar Ali", "He said what half of Hyderabad cricket has been saying for years. You don't solve that "
            "by removing the one man who said it out loud,", None),
        (P, "BCCI official", "a state association matter.", None),
    ],
    "actors": [
        actor("Hyderabad Cricket Association", "organisation", title="state cricket association",
              aliases=["Hyderabad Cricket Association", "HCA"], stance=-1),
        actor("Rohan Kadam", "person", title="Hyderabad captain", affiliation="Hyderabad",
              aliases=["Rohan Kadam", "Kadam", "Rohan"], stance=1),
        actor("V Srinivasa Rao", "person", title="HCA secretary", affiliation="Hyderabad Cricket Association",
              aliases=["V Srinivasa Rao", "Rao"], stance=-1),
        actor("Farooq Ahmed Siddiqui", "person", title="Head coach", affiliation="Hyderabad",
              aliases=["Farooq Ahmed Siddiqui", "Siddiqui"], stance=1),
        actor("a member of the squad", "person", title="anonymous squad member", affiliation="Hyderabad",
              aliases=["a member of the squad"], stance=1),
        actor("Syed Mazhar Ali", "person", title="Former Hyderabad captain",
              aliases=["Syed Mazhar Ali", "Mazhar Ali"], stance=1),
        actor("BCCI official", "person", title="anonymous board official", affiliation="BCCI",
              aliases=["BCCI official"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Medscape UK (Medscape News UK) primary care/regulation (a GP practice rated inadequate; partners dispute
#    the CQC's findings), headline without speech, "Author:" and "Date:" lines, curly double quotes and curly
#    apostrophes, British punctuation outside fragments, "See more:" line. Regulator "In its report, ... said it
#    had found "..." about ... and that B" (partial plus indirect); deputy chief inspector "said A", "she said";
#    senior partner "called the inspection "..." and said A" (partial plus indirect), then an open paragraph and
#    a closed paragraph (one direct each); BMA committee chair "said the ... framework was "..." for ..."
#    (partial only); scare so-called "ratings cliff edge" ("have long complained about" not a cue); PPG chair
#    named after an apposition "said patients had "..." for ..." (partial only); Healthwatch "said A";
#    anonymous inspector "told Medscape News UK that A", "the inspector said". Not annotated: "are preparing a
#    formal challenge", the 2024 review's findings, the 28-day rule.
ARTICLES[f"{BATCH}/cqc-inadequate-rating-luton-practice.gold.json"] = {
    "article": f"{BATCH}/cqc-inadequate-rating-luton-practice.txt",
    "target": "Care Quality Commission",
    "quotes": [
        (P, "Care Quality Commission", "significant concerns", None),
        (I, "Care Quality Commission", "leaders had not ensured that patients on high-risk medicines were monitored in "
            "line with national guidance", None),
        (I, "Yetunde Adeyemi-Clarke", "the rating reflected the evidence inspectors had gathered over two days in "
            "September", None),
        (D, "Yetunde Adeyemi-Clarke", "We recognise the enormous pressure general practice is under. But where we find "
            "that patients are at risk of harm, we have a duty to act, and we have done so here,", None),
        (P, "Sunil Karia", "a paper exercise", None),
        (I, "Sunil Karia", "the surgery had fixed the issues raised on the first day before inspectors returned for the "
            "second", None),
        (D, "Sunil Karia", "Not one patient was harmed. Not one. The inspectors spent most of their time looking at "
            "spreadsheets rather than talking to our staff or our patients.", None),
        (D, "Sunil Karia", "We have 14,000 patients and one of the lowest A&E attendance rates in Bedfordshire. None of "
            "that appears in the report.", None),
        (P, "Hannah Lutterworth", "not fit for purpose", None),
        (S, None, "ratings cliff edge", None),
        (P, "Brenda Okafor", "nothing but praise", None),
        (I, "Healthwatch Luton", "it had shared patient feedback about the practice with the CQC before the inspection",
            None),
        (I, "One CQC inspector", "inspectors were under pressure to complete a growing number of assessments with fewer "
            "staff", None),
        (D, "One CQC inspector", "It\u2019s quantity over quality at the moment, and everybody knows it,", None),
    ],
    "actors": [
        actor("Care Quality Commission", "government", title="health and social care regulator",
              aliases=["Care Quality Commission", "CQC", "regulator"], stance=1),
        actor("Yetunde Adeyemi-Clarke", "person", title="deputy chief inspector for primary care",
              affiliation="Care Quality Commission", aliases=["Yetunde Adeyemi-Clarke", "Adeyemi-Clarke"], stance=1),
        actor("Sunil Karia", "person", title="senior partner", affiliation="Fenwick Road Surgery",
              aliases=["Sunil Karia", "Karia"], stance=-1),
        actor("Hannah Lutterworth", "person", title="chair of the BMA\u2019s England GP committee", affiliation="BMA",
              aliases=["Hannah Lutterworth", "Lutterworth"], stance=-1),
        actor("Brenda Okafor", "person", title="chair of the patient participation group",
              affiliation="Fenwick Road Surgery", aliases=["Brenda Okafor", "Okafor"], stance=-1),
        actor("Healthwatch Luton", "organisation", title="local patient watchdog", aliases=["Healthwatch Luton"],
              stance=None),
        actor("One CQC inspector", "person", title="anonymous inspector", affiliation="Care Quality Commission",
              aliases=["One CQC inspector"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
