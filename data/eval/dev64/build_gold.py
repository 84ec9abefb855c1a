"""Build the dev64 gold files (data/eval/dev64/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev64/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev64.  Standard library only.
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
# 1. The Astana Times business/diplomacy (Russia lifts extra checks on Kazakh grain transit), headline
#    without speech, "By NAME in Business on 3 December 2026" line, dateline "ASTANA –", curly quotes and
#    apostrophes, AP-style dates ("Dec. 2"). Lede content before "Kazakhstan's Ministry of Agriculture
#    reported"; "According to the ministry, A"; Rosselkhoznadzor "At the time, the service said A";
#    deputy PM "thanked ... for what he called a "..."" (act plus partial), quote with "he said";
#    Rosselkhoznadzor's deputy head "said A", quote with "he told reporters"; union and its chairman in one
#    sentence ("The Grain Union ... said A, and its chairman, Talgat Abenov, said B"), quote with "Abenov
#    said", "He said A"; scare so-called "Middle Corridor" in the writer's sentence after it; embassy "said in a statement
#    that the checks had been "..." and had "..."" (two partials); analyst "was less convinced" (no cue),
#    quote with "she said", "According to Sultanbekova, A"; trade ministry "said A and that B"; farmer
#    quote before "said Bauyrzhan Omarov, who ...", "Omarov said A". Not annotated: the harvest figure,
#    the photo credit line.
ARTICLES["data/eval/dev64/kazakh-grain-transit-russia.gold.json"] = {
    "article": "data/eval/dev64/kazakh-grain-transit-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Agriculture", "Russia has lifted the additional checks it imposed in October on Kazakh wheat "
            "crossing its territory", None),
        (I, "Ministry of Agriculture", "the Russian side agreed to accept phytosanitary certificates issued by "
            "accredited Kazakh laboratories without repeat inspections at border stations", None),
        (I, "Rosselkhoznadzor", "it had found traces of the khapra beetle, a quarantine pest, in 14 consignments bound "
            "for ports on the Black Sea", None),
        (P, "Yerlan Kassymov", "constructive approach", None),
        (D, "Yerlan Kassymov", "This is a good result for our farmers and for our exporters. We have shown once again "
            "that Kazakh grain meets the highest international standards,", None),
        (I, "Konstantin Savelyev", "the Russian service would continue to monitor shipments closely", None),
        (D, "Konstantin Savelyev", "We have no interest in blocking trade with our closest partner. But food safety is "
            "not a subject for compromise, and if violations are detected again, the controls will return,", None),
        (I, "Grain Union of Kazakhstan", "about 1.2 million tonnes of grain had been held up by the checks", None),
        (I, "Talgat Abenov", "the delays had cost exporters an estimated $40 million in storage fees and penalties",
            None),
        (D, "Talgat Abenov", "Nobody will compensate these losses. Some of our members lost contracts with buyers in "
            "Azerbaijan and Georgia, who simply went to other suppliers,", None),
        (I, "Talgat Abenov", "the union had asked the government for years to invest in alternative routes that do not "
            "depend on Russian railways", None),
        (S, None, "Middle Corridor", None),
        (P, "Russian Embassy in Astana", "purely technical", None),
        (P, "Russian Embassy in Astana", "nothing to do with politics.", None),
        (D, "Dinara Sultanbekova", "The checks appeared a few weeks after our ministry published a record harvest "
            "forecast, at the moment when Kazakh and Russian wheat compete for the same buyers. I don\u2019t think "
            "that is a coincidence,", None),
        (I, "Dinara Sultanbekova", "exporters will need at least two months to clear the backlog at stations in the "
            "Kostanay and North Kazakhstan regions", None),
        (I, "Ministry of Trade and Integration", "the checks had been inconsistent with the rules of the Eurasian "
            "Economic Union (EAEU) and that it would raise the issue at a meeting of the union\u2019s "
            "intergovernmental council later this month", None),
        (D, "Bauyrzhan Omarov", "We had the harvest in the barns, the buyers were waiting, and the wagons just stood "
            "there,", None),
        (I, "Bauyrzhan Omarov", "he had sold part of his crop to local mills at a discount of almost 20 percent to pay "
            "his workers before winter", None),
    ],
    "actors": [
        actor("Ministry of Agriculture", "government", title="agriculture ministry", affiliation="Kazakhstan",
              aliases=["Ministry of Agriculture", "ministry"], stance=0),
        actor("Rosselkhoznadzor", "government", title="Russian veterinary and phytosanitary service",
              affiliation="Russia", aliases=["Rosselkhoznadzor", "Federal Service for Veterinary and Phytosanitary "
                                             "Surveillance", "service"], stance=1),
        actor("Yerlan Kassymov", "person", title="Deputy Prime Minister", affiliation="Kazakhstan",
              aliases=["Yerlan Kassymov", "Kassymov"], stance=1),
        actor("Konstantin Savelyev", "person", title="deputy head of Rosselkhoznadzor", affiliation="Rosselkhoznadzor",
              aliases=["Konstantin Savelyev", "Savelyev"], stance=1),
        actor("Grain Union of Kazakhstan", "organisation", title="grain industry union",
              aliases=["Grain Union of Kazakhstan"], stance=-1),
        actor("Talgat Abenov", "person", title="chairman", affiliation="Grain Union of Kazakhstan",
              aliases=["Talgat Abenov", "Abenov"], stance=-1),
        actor("Russian Embassy in Astana", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Astana"], stance=1),
        actor("Dinara Sultanbekova", "person", title="agricultural analyst (Almaty)",
              aliases=["Dinara Sultanbekova", "Sultanbekova"], stance=-1),
        actor("Ministry of Trade and Integration", "government", title="trade ministry", affiliation="Kazakhstan",
              aliases=["Ministry of Trade and Integration"], stance=-1),
        actor("Bauyrzhan Omarov", "person", title="farmer near Kostanay", aliases=["Bauyrzhan Omarov", "Omarov"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Fiji Times local news (water cuts at Labasa villages), headline without speech, byline in
#    capitals and "Thursday, December 03, 2026" line, lede opening in capitals ("RESIDENTS", no speech),
#    straight " and apostrophes, Fijian title "Ratu" and "turaga ni koro", caption ending
#    "Picture: NAME". Authority "said A and that B"; "The authority said A"; village headman "said A",
#    quote with "he said" and a quote-only paragraph, later "Ratu Josaia said A" (first name with the
#    title, as the paper writes it); two speakers sharing the surname Kumar (shopkeeper "Ms Kumar",
#    chief executive "Mr Kumar"); chief executive "said A and that B", quote with "Mr Kumar said", Q&A
#    "When asked why ..., he replied: "...""; anonymous worker "told this newspaper A and that B";
#    ministry "has urged residents to boil ..." (directive); medical officer "said A", quote with "she
#    said"; MP "said the people ... had been "..." by WAF" (partial only), then "he said";
#    "According to WAF, A"; scare so-called "night supply" arrangement. Not annotated: the lede, the
#    caption.
ARTICLES["data/eval/dev64/labasa-water-cuts-waf.gold.json"] = {
    "article": "data/eval/dev64/labasa-water-cuts-waf.txt",
    "target": "Water Authority of Fiji",
    "quotes": [
        (I, "Water Authority of Fiji", "the pump's motor had burnt out and that a replacement was being shipped from "
            "New Zealand and would arrive next week", None),
        (I, "Water Authority of Fiji", "water carts had been delivering supplies to affected areas every second day "
            "since the breakdown", None),
        (I, "Ratu Josaia Vuniwaqa", "the carts had come only twice in the past week", None),
        (D, "Ratu Josaia Vuniwaqa", "We have old people, we have babies, we have a kindergarten here. Two drums of water "
            "for a whole family is not enough to cook, wash and bathe,", None),
        (D, "Ratu Josaia Vuniwaqa", "Every time we call WAF they tell us tomorrow. We are tired of tomorrow.", None),
        (I, "Sunita Kumar", "she had been buying bottled water from town at her own cost", None),
        (D, "Sunita Kumar", "I can't sell what I can't make. No water, no roti, no business,", None),
        (I, "Avinesh Kumar", "he understood the frustration of residents and that the authority had hired three more "
            "private carriers this week", None),
        (D, "Avinesh Kumar", "I want to apologise to our customers in Labasa. Our teams are working around the clock, "
            "and I am confident that full supply will be restored by the middle of December,", None),
        (D, "Avinesh Kumar", "That is something we are reviewing. The Nagigi plant is more than 30 years old and some of "
            "its parts are no longer manufactured.", None),
        (I, "WAF worker", "the motor had shown signs of overheating for months and that requests for a new one had been "
            "turned down because of budget constraints", None),
        (I, "Ilisapeci Tawake", "there had been no confirmed cases of typhoid or other waterborne diseases linked to the "
            "outage so far", None),
        (D, "Ilisapeci Tawake", "But this is the season when we normally see an increase in diarrhoea and typhoid cases "
            "in the North, and when people cannot wash their hands properly the risk goes up,", None),
        (P, "Semi Koroivalu", "treated like second-class customers", None),
        (D, "Semi Koroivalu", "If this happened in Suva, it would be fixed in two days,", None),
        (I, "Water Authority of Fiji", "about 4,800 customers are supplied by the Nagigi plant, which draws water from "
            "the Labasa River", None),
        (S, None, "night supply", None),
        (I, "Ratu Josaia Vuniwaqa", "villagers would meet WAF officials at the Labasa Civic Centre on Saturday", None),
    ],
    "actors": [
        actor("Water Authority of Fiji", "organisation", title="state water utility",
              aliases=["Water Authority of Fiji", "WAF", "authority"], stance=1),
        actor("Ratu Josaia Vuniwaqa", "person", title="turaga ni koro (village headman) of Nasea Village",
              aliases=["Ratu Josaia Vuniwaqa", "Ratu Josaia", "Vuniwaqa"], stance=-1),
        actor("Sunita Kumar", "person", title="shopkeeper, Vunimoli settlement", aliases=["Sunita Kumar", "Ms Kumar"],
              stance=-1),
        actor("Avinesh Kumar", "person", title="chief executive", affiliation="Water Authority of Fiji",
              aliases=["Avinesh Kumar", "Mr Kumar"], stance=1),
        actor("WAF worker", "person", title="anonymous worker", affiliation="Water Authority of Fiji",
              aliases=["WAF worker"], stance=-1),
        actor("Ilisapeci Tawake", "person", title="Divisional medical officer Northern",
              affiliation="Ministry of Health and Medical Services", aliases=["Ilisapeci Tawake", "Tawake"],
              stance=None),
        actor("Semi Koroivalu", "person", title="Opposition MP", aliases=["Semi Koroivalu", "Koroivalu"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The New Times (Rwanda) sport (a rider left out of the national cycling squad), headline without
#    speech, byline and "Friday, December 04, 2026" lines, straight " and apostrophes. Lede content before
#    "the Rwanda Cycling Federation (Ferwacy) confirmed on Thursday"; federation "In a statement, ... said A
#    and that he had not responded to "..."" (indirect plus partial); president's quote before "Ferwacy
#    president Théoneste Kamanzi told Times Sport"; "Kamanzi said A and that ... if he "..."" (indirect
#    plus partial); rider "said A" after "Reached by phone", quote with "he said" and a quote-only
#    paragraph; coach "said A", quote with "Sibomana said"; club manager named Innocent "described the
#    decision as "..." and said B" (partial plus indirect), quote with "Gasana said" (first name "Eric"
#    inside); ministry "said A and that B"; former rider "said A", then "he said"; scare so-called "zero
#    tolerance" approach; "According to Ferwacy, A". Not annotated: the race details.
ARTICLES["data/eval/dev64/tuyishimire-tour-du-rwanda-squad.gold.json"] = {
    "article": "data/eval/dev64/tuyishimire-tour-du-rwanda-squad.txt",
    "target": "Eric Tuyishimire",
    "quotes": [
        (I, "Rwanda Cycling Federation", "Eric Tuyishimire, the country's best-placed rider at this year's Tour du "
            "Rwanda, has been left out of the national team's provisional squad for the 2027 edition", None),
        (I, "Rwanda Cycling Federation", "the 24-year-old had left the team's training camp in Musanze without "
            "permission last week", None),
        (P, "Rwanda Cycling Federation", "repeated attempts", None),
        (D, "Th\u00e9oneste Kamanzi", "Discipline is the foundation of any team. No rider, however talented, is bigger "
            "than Team Rwanda,", None),
        (I, "Th\u00e9oneste Kamanzi", "the door had not been closed", None),
        (P, "Th\u00e9oneste Kamanzi", "shows the right attitude", None),
        (I, "Eric Tuyishimire", "he had left the camp for two days to attend his grandmother's funeral and had informed "
            "the team's coach before leaving", None),
        (D, "Eric Tuyishimire", "I sent a message to the coach before I left. I have the message on my phone, and I can "
            "show it to anyone,", None),
        (D, "Eric Tuyishimire", "I love this jersey. I have never refused to ride for my country and I never will.",
            None),
        (I, "F\u00e9lix Sibomana", "he had received no message from the rider", None),
        (D, "F\u00e9lix Sibomana", "We had a camp of 18 riders and 17 of them respected the rules. I cannot explain to "
            "the others why one rider should be treated differently,", None),
        (P, "Innocent Gasana", "too harsh", None),
        (I, "Innocent Gasana", "the club would write to the federation this week asking it to reconsider", None),
        (D, "Innocent Gasana", "Eric is the best climber we have produced in years. You don't leave a rider like that at "
            "home over a misunderstanding,", None),
        (I, "Ministry of Sports", "the matter was an internal issue for the federation and that it would not interfere",
            None),
        (I, "Aimable Bizimungu", "young riders across the country were watching how the case would be handled", None),
        (D, "Aimable Bizimungu", "If Eric was wrong, he should be told. But if he was at a funeral, let us hear both "
            "sides before we punish him in public,", None),
        (S, None, "zero tolerance", None),
        (I, "Rwanda Cycling Federation", "the provisional squad of 14 riders will be cut to six in mid-January, after a "
            "second camp in Musanze and a selection race in the Eastern Province", None),
    ],
    "actors": [
        actor("Rwanda Cycling Federation", "organisation", title="national cycling federation",
              aliases=["Rwanda Cycling Federation", "Ferwacy", "federation"], stance=-1),
        actor("Th\u00e9oneste Kamanzi", "person", title="Ferwacy president", affiliation="Rwanda Cycling Federation",
              aliases=["Th\u00e9oneste Kamanzi", "Kamanzi"], stance=-1),
        actor("Eric Tuyishimire", "person", title="cyclist", affiliation="Amani Cycling Team",
              aliases=["Eric Tuyishimire", "Tuyishimire", "Eric", "the rider"], stance=1),
        actor("F\u00e9lix Sibomana", "person", title="national team head coach", affiliation="Team Rwanda",
              aliases=["F\u00e9lix Sibomana", "Sibomana"], stance=-1),
        actor("Innocent Gasana", "person", title="team manager", affiliation="Amani Cycling Team",
              aliases=["Innocent Gasana", "Gasana"], stance=1),
        actor("Ministry of Sports", "government", title="sports ministry", affiliation="Rwanda",
              aliases=["Ministry of Sports"], stance=None),
        actor("Aimable Bizimungu", "person", title="former national team rider, cycling academy owner (Huye)",
              aliases=["Aimable Bizimungu", "Bizimungu"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Gulf News courts (a Dubai court orders a developer to refund buyers of a stalled tower), headline
#    and standfirst without speech, "By NAME, Staff Reporter" and "Published: December 02, 2026 18:40"
#    lines, "Dubai:" dateline, curly quotes and apostrophes, British punctuation outside closing marks for
#    fragments, "Dh186 million", a "What happens next" box without speech. The judgment's terms
#    ("requires the developer to ...": no cue); "According to the ruling, seen by Gulf News, A" (the
#    court); buyers' lawyer "said the judgment was "..." who sells ..." (partial only), quote with "Al Ketbi
#    told Gulf News", "He said A"; developer "In a statement ..., Azure Crest said A", quote with "the
#    statement said", "The developer said A"; buyer introduced in a "For X, ..." sentence, quote split by
#    "he said"; second buyer "said she would believe it "..."" (partial only); buyers' committee "said in a
#    message to members that A and urged owners not to sign ..." (indirect; directive not annotated);
#    "According to the DLD, A"; anonymous DLD official "said A and had warned ..." (one span); property
#    lawyer "said A", quote with "she said" containing a nested ‘force majeure’ (not annotated); scare
#    so-called "second wave" of off-plan launches.
ARTICLES["data/eval/dev64/azure-crest-refund-ruling-dubai.gold.json"] = {
    "article": "data/eval/dev64/azure-crest-refund-ruling-dubai.txt",
    "target": "Azure Crest Properties",
    "quotes": [
        (I, "Dubai Court of First Instance", "construction had stopped at the podium level in 2022, and the developer "
            "had failed to show that the delay was caused by circumstances outside its control", None),
        (P, "Ibrahim Al Ketbi", "a message to every developer", None),
        (D, "Ibrahim Al Ketbi", "My clients are teachers, nurses, engineers. Many of them put their life savings into "
            "this project. Some of them have been paying rent and a mortgage at the same time for years,", None),
        (I, "Ibrahim Al Ketbi", "the buyers would ask the court to freeze the developer\u2019s bank accounts if the "
            "refunds were not paid within 30 days", None),
        (I, "Azure Crest Properties", "it respected the judiciary and was studying the ruling with its legal advisers",
            None),
        (D, "Azure Crest Properties", "The company has always acted in good faith. The project was affected by the "
            "pandemic, by the rise in construction costs and by the failure of our main contractor, and we believe "
            "the court did not give enough weight to these facts,", None),
        (I, "Azure Crest Properties", "it intended to appeal", None),
        (D, "Anil Pillai", "I came to Dubai to build a future for my family. For six years I have been driving past a "
            "concrete skeleton,", None),
        (D, "Anil Pillai", "Today I feel, for the first time, that someone listened.", None),
        (P, "Sarah Whitcombe", "when the money is in my account", None),
        (I, "Azure Crest Owners Committee", "it would hold a meeting on Saturday to discuss the next steps", None),
        (I, "Dubai Land Department", "about Dh91 million remains in the escrow account for the project", None),
        (I, "DLD official", "the department had been in contact with the developer since 2023 and had warned it twice "
            "about the pace of work", None),
        (I, "Nadia Farouk", "the ruling was in line with recent decisions by Dubai courts", None),
        (D, "Nadia Farouk", "Judges are looking very closely at the so-called \u2018force majeure\u2019 defence. The "
            "pandemic is no longer accepted as a blanket excuse for a project that stopped two years later,", None),
        (S, None, "second wave", None),
    ],
    "actors": [
        actor("Dubai Court of First Instance", "government", title="court",
              aliases=["Dubai Court of First Instance", "ruling", "judgment"], stance=-1),
        actor("Ibrahim Al Ketbi", "person", title="lawyer representing the buyers",
              aliases=["Ibrahim Al Ketbi", "Al Ketbi"], stance=-1),
        actor("Azure Crest Properties", "organisation", title="property developer",
              aliases=["Azure Crest Properties", "Azure Crest", "developer", "statement"], stance=1),
        actor("Anil Pillai", "person", title="buyer, engineer from Kerala", aliases=["Anil Pillai", "Pillai"],
              stance=-1),
        actor("Sarah Whitcombe", "person", title="buyer, British teacher", aliases=["Sarah Whitcombe", "Whitcombe"],
              stance=-1),
        actor("Azure Crest Owners Committee", "group", title="buyers' group",
              aliases=["Azure Crest Owners Committee", "buyers\u2019 group"], stance=-1),
        actor("Dubai Land Department", "government", title="land regulator", affiliation="Dubai",
              aliases=["Dubai Land Department", "DLD"], stance=0),
        actor("DLD official", "person", title="anonymous official", affiliation="Dubai Land Department",
              aliases=["DLD official"], stance=-1),
        actor("Nadia Farouk", "person", title="property lawyer", aliases=["Nadia Farouk", "Farouk"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
