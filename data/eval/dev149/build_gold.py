"""Build the dev149 gold files (data/eval/dev149/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev149/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev149.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev149"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Arab Weekly diplomacy/security (Russia expands its presence at a Libyan air base), headline without
#    speech, standfirst "Moscow says its personnel are "instructors" invited by ..." (partial for Russia, the
#    entity it names), "The Arab Weekly" line, dateline "TRIPOLI –", straight " and apostrophes, British
#    punctuation outside closing marks. Lede content before "Libyan and Western officials say" (present
#    tense); "According to an analysis ... by ... Sahel Watch, A"; scare so-called "Africa Corps"; Russian
#    spokeswoman "told a weekly briefing ... that ... were "..." invited by the "..."" (two partials), then
#    "she said"; GNU foreign ministry "said in a statement ... that ... was "..."" (partial only), "It said
#    A"; LNA spokesman with a title chain "said cooperation with Russia was "..." and that Libya "..."" (two
#    partials); anonymous US official "told The Arab Weekly that Washington was "..." by ... and that B"
#    (partial plus indirect); group "Analysts say A"; analyst named after his quote, "He said A"; anonymous
#    "A resident of Kufra ... said A". "was unapologetic" is not speech.
ARTICLES[f"{BATCH}/russia-maaten-al-sarra-libya.gold.json"] = {
    "article": f"{BATCH}/russia-maaten-al-sarra-libya.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "instructors", "are \"instructors"),
        (I, "Libyan and Western officials", "Russia has sharply increased the number of military personnel and aircraft "
            "at the Maaten al-Sarra air base in Libya's far south since September", None),
        (I, "Sahel Watch", "at least four Il-76 transport planes and two Su-24 bombers were parked at the base last "
            "week, alongside newly built hangars and a fuel depot", None),
        (S, None, "Africa Corps", None),
        (P, "Yelena Voronova", "instructors and advisers", None),
        (P, "Yelena Voronova", "legitimate authorities in Benghazi", None),
        (D, "Yelena Voronova", "Russia is not building any bases in Libya. Our cooperation with our Libyan partners is "
            "transparent and fully in line with international law,", None),
        (P, "Government of National Unity", "a violation of Libya's sovereignty", None),
        (I, "Government of National Unity", "it would raise the issue at the next meeting of the Arab League", None),
        (P, "Faraj al-Obeidi", "a sovereign decision", None),
        (P, "Faraj al-Obeidi", "will not take lessons from those who destroyed it in 2011", None),
        (P, "A US State Department official", "deeply concerned", None),
        (I, "A US State Department official", "the issue had been raised directly with the LNA leadership", None),
        (I, "Analysts", "the base matters less for Libya than for Russia's ambitions further south", None),
        (D, "Khaled Zentani", "For Moscow, the south of Libya is a corridor, not a destination. From Maaten al-Sarra you "
            "can supply Niger, Chad and Sudan,", None),
        (I, "Khaled Zentani", "the Kremlin's aim was to secure its supply lines to the Sahel after losing much of its "
            "foothold in Syria", None),
        (I, "A resident of Kufra", "Russian-speaking men had been seen buying supplies in the town's market for several "
            "weeks", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Libyan and Western officials", "group", title="officials", aliases=["Libyan and Western officials"],
              stance=0),
        actor("Sahel Watch", "organisation", title="open-source research group", aliases=["Sahel Watch"], stance=0),
        actor("Yelena Voronova", "person", title="Russian Foreign Ministry spokeswoman", affiliation="Russia",
              aliases=["Yelena Voronova", "Voronova"], stance=1),
        actor("Government of National Unity", "government", title="foreign ministry of the Tripoli government",
              affiliation="Libya", aliases=["Government of National Unity", "GNU"], stance=-1),
        actor("Faraj al-Obeidi", "person", title="LNA spokesman", affiliation="Libyan National Army",
              aliases=["Faraj al-Obeidi", "al-Obeidi"], stance=1),
        actor("A US State Department official", "person", title="anonymous official", affiliation="US State Department",
              aliases=["A US State Department official"], stance=-1),
        actor("Analysts", "group", title="analysts", aliases=["Analysts"], stance=0),
        actor("Khaled Zentani", "person", title="analyst", affiliation="Maghreb Policy Centre",
              aliases=["Khaled Zentani", "Zentani"], stance=0),
        actor("A resident of Kufra", "person", title="anonymous resident", aliases=["A resident of Kufra"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. SunStar Cebu (Philippines) transport/labour (jeepney drivers strike against the LTFRB's consolidation
#    deadline), headline without speech ("vs"), "By NAME" and "December 2, 2026" lines, lede opening in
#    capitals ("CLASSES"), straight " and apostrophes, American punctuation inside closing marks, "P2.8
#    million", "(KAL)" initials at the end. DepEd division "said in an advisory that A"; transport group
#    president with a "Jr." suffix "said A", quote in Cebuano with an English gloss in parentheses inside the
#    marks ("Sison said in Cebuano"), "Sison said A"; the group "In a statement, Sujoda called ... "..."
#    (partial); scare "King of the Road,"; regional director "said A, which had already been moved ..." (one
#    span), quote with "Villacastin said"; "According to the LTFRB, A"; commuter "said A", "she said";
#    councillor "said A", "He described the policy as "..." in ..." (partial only).
ARTICLES[f"{BATCH}/cebu-jeepney-strike-ltfrb.gold.json"] = {
    "article": f"{BATCH}/cebu-jeepney-strike-ltfrb.txt",
    "target": "Land Transportation Franchising and Regulatory Board",
    "quotes": [
        (I, "Department of Education (DepEd) Cebu City Division", "face-to-face classes would resume on Thursday", None),
        (I, "Greg Sison Jr.", "about 1,800 jeepneys stayed off the road on the first day of the strike, paralyzing "
            "routes from Talamban to Colon and from Mandaue to Carbon", None),
        (D, "Greg Sison Jr.", "Wala mi kapilian (We have no choice). A modern jeepney costs P2.8 million. Where will a "
            "driver who earns P800 a day get that kind of money?", None),
        (I, "Greg Sison Jr.", "the group would hold a motorcade to the LTFRB 7 office on Wednesday", None),
        (P, "Sugbo Jeepney Operators and Drivers Association", "a death sentence for small operators.", None),
        (S, None, "King of the Road,", None),
        (I, "Rhea Villacastin", "the agency would not extend the deadline, which had already been moved three times "
            "since 2023", None),
        (D, "Rhea Villacastin", "We understand the drivers' situation, but the modernization program is about the "
            "safety of commuters and cleaner air. We cannot go back to 60-year-old jeepneys,", None),
        (I, "Land Transportation Franchising and Regulatory Board", "62 percent of the 5,300 traditional jeepney "
            "franchises in Central Visayas have been consolidated into cooperatives or corporations", None),
        (I, "Joy Ann Maglasang", "she spent P250 on a motorcycle taxi to get to her office in the IT Park, five times "
            "her usual fare", None),
        (D, "Joy Ann Maglasang", "I understand both sides, but I also need to get to work. We commuters are always the "
            "ones who suffer,", None),
        (I, "Paolo Enriquez", "the City Council would pass a resolution asking the LTFRB to suspend the deadline for "
            "six months", None),
        (P, "Paolo Enriquez", "anti-poor", None),
    ],
    "actors": [
        actor("Department of Education (DepEd) Cebu City Division", "government", title="schools division",
              affiliation="Department of Education",
              aliases=["Department of Education (DepEd) Cebu City Division"], stance=None),
        actor("Greg Sison Jr.", "person", title="president", affiliation="Sugbo Jeepney Operators and Drivers Association",
              aliases=["Greg Sison Jr.", "Sison"], stance=-1),
        actor("Sugbo Jeepney Operators and Drivers Association", "organisation", title="transport group",
              aliases=["Sugbo Jeepney Operators and Drivers Association", "Sujoda"], stance=-1),
        actor("Rhea Villacastin", "person", title="LTFRB 7 Regional Director",
              affiliation="Land Transportation Franchising and Regulatory Board",
              aliases=["Rhea Villacastin", "Villacastin"], stance=1),
        actor("Land Transportation Franchising and Regulatory Board", "government", title="transport regulator",
              affiliation="Philippines", aliases=["Land Transportation Franchising and Regulatory Board", "LTFRB"],
              stance=1),
        actor("Joy Ann Maglasang", "person", title="call center agent", aliases=["Joy Ann Maglasang", "Maglasang"],
              stance=0),
        actor("Paolo Enriquez", "person", title="Cebu City Councilor", affiliation="Cebu City Council",
              aliases=["Paolo Enriquez", "Enriquez"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. BusinessDesk (New Zealand business news) markets/biotech (a listed biotech's lead drug fails a trial),
#    headline without speech, standfirst "The Auckland company says A." (no marks, not annotated), byline and
#    "Thu, 03 Dec 2026" lines, curly quotes and apostrophes, "58%", "$41m". Lede "after the company said A";
#    "In a statement to the NZX ..., the company said A but B" (one span); chief executive with "Dr" "said the
#    result was "..." for ..." (partial only), quote with "Pillay told BusinessDesk", "She said A"; broker
#    analyst "said ... gave it "..." but that B" (partial plus indirect), quote with "Gale said"; scare
#    so-called "valley of death"; shareholders' association chair with a word-like surname (Rob Tui) "said
#    A"; company chair with "Sir" "said the board retained "..." in ..." (partial only); retired investor
#    "said A and was B" (one span), "she said".
ARTICLES[f"{BATCH}/aotea-biotech-eczema-trial-fails.gold.json"] = {
    "article": f"{BATCH}/aotea-biotech-eczema-trial-fails.txt",
    "target": "Aotea Biotech",
    "quotes": [
        (I, "Aotea Biotech", "its lead drug candidate, AOT-201, had failed to meet its main goal in a mid-stage trial in "
            "patients with moderate to severe eczema", None),
        (I, "Aotea Biotech", "the drug was safe and well tolerated but did not reduce itching and skin lesions "
            "significantly more than a placebo after 16 weeks", None),
        (P, "Meera Pillay", "deeply disappointing", None),
        (D, "Meera Pillay", "We believed in this molecule and we still believe the science behind it is sound. But the "
            "data is the data, and we owe our shareholders a clear-eyed look at what comes next,", None),
        (I, "Meera Pillay", "the company would review the full data set over the next three months before deciding "
            "whether to keep developing AOT-201 for other conditions", None),
        (P, "Hamish Gale", "a bit of breathing room", None),
        (I, "Hamish Gale", "investors would now look hard at the rest of its pipeline", None),
        (D, "Hamish Gale", "The market was pricing this as a one-drug company. The cash buys them time, but they need "
            "to show investors what else is in the cupboard,", None),
        (S, None, "valley of death", None),
        (I, "Rob Tui", "retail investors, who hold about 40% of the company, had been given an overly optimistic "
            "picture at the annual meeting in October", None),
        (P, "Graeme Holloway", "full confidence", None),
        (I, "Ngaire Sutton", "she had bought shares after the annual meeting and was now down about $18,000", None),
        (D, "Ngaire Sutton", "They stood up there in October and told us the trial was going well. I feel a bit stupid "
            "now,", None),
    ],
    "actors": [
        actor("Aotea Biotech", "organisation", title="NZX-listed biotech company", aliases=["Aotea Biotech", "Aotea"],
              stance=1),
        actor("Meera Pillay", "person", title="Chief executive", affiliation="Aotea Biotech",
              aliases=["Meera Pillay", "Pillay"], stance=1),
        actor("Hamish Gale", "person", title="analyst", affiliation="Forsyth Barr", aliases=["Hamish Gale", "Gale"],
              stance=0),
        actor("Rob Tui", "person", title="chair", affiliation="NZ Shareholders' Association", aliases=["Rob Tui", "Tui"],
              stance=-1),
        actor("Graeme Holloway", "person", title="chair", affiliation="Aotea Biotech",
              aliases=["Graeme Holloway", "Holloway"], stance=1),
        actor("Ngaire Sutton", "person", title="retired teacher, shareholder", aliases=["Ngaire Sutton", "Sutton"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Gibraltar Chronicle (Gibraltar) cross-border politics (Spain steps up checks at the land frontier),
#    headline without speech, "By NAME" and "4th December 2026" lines, straight " and apostrophes, "Mr"/"Ms".
#    Lede "a move the Gibraltar Government described as "..."" (partial); content before "No.6 Convent Place
#    said in a statement" (the seat of government as the speaker, an alias of the Gibraltar Government);
#    sub-delegation "said the controls were "..." and were being carried out ... in response to "..." in
#    ..." (two partials only); sub-delegate "told the Chronicle by phone that the checks would continue
#    "..."" (partial only), quote with "Mr Rueda said"; minister with a title chain "said A", quote with "Mr
#    Ferrary said", "He noted that A"; scare so-called "fluidity"; cross-border worker Juan Carlos García
#    and Chamber chief executive Louise Garcia (the same surname, spelt with and without the accent), each
#    "said A" ("Mr García said"); police union "said officers ... were "..." and that B" (partial plus
#    indirect); content before "according to the Gibraltar Government".
ARTICLES[f"{BATCH}/frontier-queues-spain-checks.gold.json"] = {
    "article": f"{BATCH}/frontier-queues-spain-checks.txt",
    "target": "Spain",
    "quotes": [
        (P, "Gibraltar Government", "disproportionate and unnecessary", None),
        (I, "Gibraltar Government", "The checks began at around 7am without any prior notice to the Gibraltar "
            "authorities", None),
        (P, "Government Sub-Delegation in Cádiz", "routine", "were \"routine"),
        (P, "Government Sub-Delegation in Cádiz", "a significant increase", None),
        (P, "José Antonio Rueda", "as long as necessary", None),
        (D, "José Antonio Rueda", "Spain has the right and the obligation to protect the external border of the "
            "European Union. This has nothing to do with politics,", None),
        (I, "Kieran Ferrary", "the Government had asked the UK Foreign Office to raise the matter with Madrid", None),
        (D, "Kieran Ferrary", "We have seen this film before. Every time there is a political disagreement, the queues "
            "appear at the frontier, and it is ordinary people on both sides who pay the price,", None),
        (I, "Kieran Ferrary", "tobacco seizures by HM Customs had fallen by a third this year", None),
        (S, None, "fluidity", None),
        (I, "Juan Carlos García", "he had left home at 5am and still arrived two hours late for work", None),
        (D, "Juan Carlos García", "Nobody tells us anything. You just sit in the car and wait, and your boss loses "
            "patience,", None),
        (I, "Louise Garcia", "businesses were already reporting staff shortages and cancelled deliveries", None),
        (P, "JUPOL", "overstretched", None),
        (I, "JUPOL", "they had not been given extra staff to carry out the checks", None),
        (I, "Gibraltar Government", "Around 15,000 people cross the frontier every day to work in Gibraltar", None),
    ],
    "actors": [
        actor("Gibraltar Government", "government", title="government", affiliation="Gibraltar",
              aliases=["Gibraltar Government", "No.6 Convent Place"], stance=-1),
        actor("Government Sub-Delegation in Cádiz", "government", title="Spanish central government office",
              affiliation="Spain", aliases=["Government Sub-Delegation in Cádiz"], stance=1),
        actor("José Antonio Rueda", "person", title="Sub-delegate", affiliation="Government Sub-Delegation in Cádiz",
              aliases=["José Antonio Rueda", "Rueda"], stance=1),
        actor("Kieran Ferrary", "person", title="Minister for the Port and Frontier", affiliation="Gibraltar Government",
              aliases=["Kieran Ferrary", "Ferrary"], stance=-1),
        actor("Juan Carlos García", "person", title="cross-border worker, chef",
              aliases=["Juan Carlos García", "García"], stance=-1),
        actor("Louise Garcia", "person", title="chief executive", affiliation="Gibraltar Chamber of Commerce",
              aliases=["Louise Garcia", "Garcia"], stance=-1),
        actor("JUPOL", "organisation", title="Spanish police union", affiliation="Spain", aliases=["JUPOL"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
