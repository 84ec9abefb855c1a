"""Build the dev63 gold files (data/eval/dev63/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev62/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev63/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev63.  Standard library only.
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
# 1. LSM (Latvian Public Broadcasting, English) sport/diplomacy (Latvia threatens to boycott the 2028 ice hockey
#    World Championship if Russia is readmitted), headline without speech, "LSM+" and "November 27, 2026 11:42"
#    lines, straight " and apostrophes, Latvian names (Bērziņa, Rīta Panorāma), a player surnamed Grants (a
#    common word). Lede content before ", Latvian Ice Hockey Federation (LHF) president Kaspars Ozols told
#    Latvian Radio on Thursday"; IIHF "said in October that it would review the ban "..."" (partial only); quote
#    with "Ozols said"; "He said A"; FHR "said the Latvian position was "..." and that sport should stay "..."" (two
#    partials); FHR official "told the TASS news agency: "..."" (direct); Russian ministry "said A and that B" (one
#    span); minister "said A", quote with "she told LTV's morning programme Rīta Panorāma"; player "said the
#    players had discussed ... and were "..." behind the federation" (partial only), quote with "Grants said";
#    Ukrainian federation "thanked Latvia for what it called a "..."" (partial); scare so-called "neutral
#    athletes". Not annotated: the co-hosting history, the 2021 name.
ARTICLES["data/eval/dev63/latvia-hockey-boycott-russia-iihf.gold.json"] = {
    "article": "data/eval/dev63/latvia-hockey-boycott-russia-iihf.txt",
    "target": "Russia",
    "quotes": [
        (I, "Kaspars Ozols", "Latvia will not send its national ice hockey team to the 2028 World Championship if Russia "
            "is allowed to take part", None),
        (P, "International Ice Hockey Federation", "in light of the situation on the ground and the decisions of the IOC",
            None),
        (D, "Kaspars Ozols", "We will not play against a country whose army is killing Ukrainian athletes and bombing "
            "Ukrainian ice rinks. This is not a threat. It is simply a fact,", None),
        (I, "Kaspars Ozols", "the federation had the backing of the government and of the players, several of whom play "
            "in North America", None),
        (P, "Russia's Ice Hockey Federation", "blackmail", None),
        (P, "Russia's Ice Hockey Federation", "outside politics", None),
        (D, "Dmitry Shatalin", "Latvia has earned a great deal from Russian players and Russian fans over the years. Now "
            "some people there want to build a career on hatred. The IIHF will not be led by small countries.", None),
        (I, "Ministry of Sport", "Russian teams had been excluded illegally for four years and that it expected the IIHF "
            "to follow its own statutes", None),
        (I, "Ilze B\u0113rzi\u0146a", "the government fully supported the federation", None),
        (D, "Ilze B\u0113rzi\u0146a", "Sport is not a bubble. As long as Russia is waging its war, there is no place for its "
            "flag in international competitions,", None),
        (P, "Miks Grants", "one hundred percent", None),
        (D, "Miks Grants", "Some of us have friends who play in the KHL. That's not the point. The point is what happened "
            "in Bucha and what is happening in Kharkiv,", None),
        (P, "Ukrainian Ice Hockey Federation", "principled position", None),
        (S, None, "neutral athletes", None),
    ],
    "actors": [
        actor("Kaspars Ozols", "person", title="president", affiliation="Latvian Ice Hockey Federation (LHF)",
              aliases=["Kaspars Ozols", "Ozols"], stance=-1),
        actor("International Ice Hockey Federation", "organisation", title="world governing body",
              aliases=["International Ice Hockey Federation", "IIHF"], stance=0),
        actor("Russia's Ice Hockey Federation", "organisation", title="national federation", affiliation="Russia",
              aliases=["Russia's Ice Hockey Federation", "FHR"], stance=1),
        actor("Dmitry Shatalin", "person", title="first vice-president", affiliation="FHR",
              aliases=["Dmitry Shatalin", "Shatalin"], stance=1),
        actor("Ministry of Sport", "government", affiliation="Russia", aliases=["Ministry of Sport"], stance=1),
        actor("Ilze B\u0113rzi\u0146a", "person", title="Education and Science Minister", affiliation="Latvia",
              aliases=["Ilze B\u0113rzi\u0146a", "B\u0113rzi\u0146a"], stance=-1),
        actor("Miks Grants", "person", title="national team forward", affiliation="Latvia",
              aliases=["Miks Grants", "Grants"], stance=-1),
        actor("Ukrainian Ice Hockey Federation", "organisation", affiliation="Ukraine",
              aliases=["Ukrainian Ice Hockey Federation"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Portugal News (Portugal accuses Spain of breaching the Tagus flow minimums), headline without speech,
#    "TPN/Lusa, in News · 27 Nov 2026, 10:14" line, straight " and apostrophes, Portuguese and Spanish names
#    with accents. Lede content before ", according to data from the Portuguese Environment Agency (APA)";
#    minister "said on Wednesday that A and would B" (one span), quote with "the minister told Lusa", "She said
#    ... "..." when ..." (partial only); Spanish ministry "said in a statement that A, and that Spain had "..."
#    with ..." (indirect plus partial); secretary of state "Speaking in Madrid, ..., said: "..."" (direct);
#    movement spokeswoman "said ... had been "..." with Madrid" (partial only), "she said"; rice grower "said A",
#    "he said"; hydrologist "said A", "she said"; scare so-called "exception regime". Not annotated: the
#    convention's rivers, the meeting date.
ARTICLES["data/eval/dev63/tagus-flows-spain-albufeira.gold.json"] = {
    "article": "data/eval/dev63/tagus-flows-spain-albufeira.txt",
    "target": "Spain",
    "quotes": [
        (I, "Portuguese Environment Agency", "The amount of water Spain released into the Tagus at the Portuguese border "
            "fell below the minimum set in the Albufeira Convention for the third week running", None),
        (I, "Rita Magalh\u00e3es", "Portugal had formally asked Spain to explain the shortfall and would raise the issue "
            "at the next meeting of the convention's joint commission in December", None),
        (D, "Rita Magalh\u00e3es", "The convention is not a recommendation. It is an international treaty, and it must be "
            "respected in dry years as well as in wet ones,", None),
        (P, "Rita Magalh\u00e3es", "cannot be the last in the queue", None),
        (I, "Ministry for the Ecological Transition", "the flows were measured over a full hydrological year and not "
            "week by week", None),
        (P, "Ministry for the Ecological Transition", "fully complied", None),
        (D, "\u00c1lvaro S\u00e1enz", "Spain is going through the same drought as Portugal. We are sharing the water that "
            "exists, not the water we would like to exist.", None),
        (P, "Joana Mira", "far too polite", None),
        (D, "Joana Mira", "Every summer Spain sends water to the greenhouses of Murcia, and we get a river you can walk "
            "across at Vila Velha de R\u00f3d\u00e3o,", None),
        (I, "Ant\u00f3nio Branco", "salt water was creeping further up the estuary each year because the river no longer "
            "had the strength to push it back", None),
        (D, "Ant\u00f3nio Branco", "My grandfather grew rice on this land. I don't know if my son will be able to,", None),
        (I, "In\u00eas Cardoso", "both countries were working with flow rules that had been set before the effects of "
            "climate change on the Iberian Peninsula were understood", None),
        (D, "In\u00eas Cardoso", "We are trying to share a river that is shrinking with a treaty written for a river that "
            "no longer exists,", None),
        (S, None, "exception regime", None),
    ],
    "actors": [
        actor("Portuguese Environment Agency", "government", affiliation="Portugal",
              aliases=["Portuguese Environment Agency", "APA"], stance=0),
        actor("Rita Magalh\u00e3es", "person", title="Environment Minister", affiliation="Portugal",
              aliases=["Rita Magalh\u00e3es", "Magalh\u00e3es", "minister"], stance=-1),
        actor("Ministry for the Ecological Transition", "government", affiliation="Spain",
              aliases=["Ministry for the Ecological Transition"], stance=1),
        actor("\u00c1lvaro S\u00e1enz", "person", title="Secretary of State for the Environment", affiliation="Spain",
              aliases=["\u00c1lvaro S\u00e1enz", "S\u00e1enz"], stance=1),
        actor("Joana Mira", "person", title="spokeswoman", affiliation="proTEJO citizens' movement",
              aliases=["Joana Mira", "Mira"], stance=-1),
        actor("Ant\u00f3nio Branco", "person", title="rice grower, Salvaterra de Magos",
              aliases=["Ant\u00f3nio Branco", "Branco"], stance=None),
        actor("In\u00eas Cardoso", "person", title="hydrologist", affiliation="University of Lisbon",
              aliases=["In\u00eas Cardoso", "Cardoso"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Minnesota Star Tribune courts/crime (a landlord charged with manslaughter after a fatal fire), headline
#    and deck without quote marks (the deck's "Charges say ..." is not annotated), "By Dana Lindahl The Minnesota
#    Star Tribune" byline, "November 24, 2026 — 6:05pm", AP style (no courtesy titles, "Aug. 14", "Voss'"),
#    straight " and apostrophes, American punctuation inside closing marks; the victim and her brother share the
#    surname Abdi. Lede without speech (charged); content before ", according to the criminal complaint filed by
#    the Ramsey County Attorney's Office"; prosecutor's quote before "Assistant Ramsey County Attorney Rachel
#    Okafor said at a news conference", "Okafor said A"; "According to the complaint, A"; defense attorney "said
#    his client was "..." by the deaths but would plead not guilty" (partial only: no second subject), quote with
#    "Sterling said", "Sterling said A and that B" (one span); the target "said: "..."" ("declined to answer
#    further questions" not annotated); brother "said A", quote with "Abdirahman Abdi said, speaking outside
#    ..."; tenant "said he had complained to Voss about the alarms "..." last spring" (partial only), "Greer
#    said"; city department "said in a statement that A, and that B" (one span); scare so-called "problem
#    properties" list; organizer "said the charges sent a message "..."" (partial only).
ARTICLES["data/eval/dev63/frogtown-fire-landlord-charged.gold.json"] = {
    "article": "data/eval/dev63/frogtown-fire-landlord-charged.txt",
    "target": "Gerald Voss",
    "quotes": [
        (I, "Ramsey County Attorney's Office", "Gerald Voss, 63, of Woodbury, failed to repair broken smoke alarms and "
            "allowed a rear exit to be blocked with stored furniture despite three city orders to correct the "
            "violations", None),
        (D, "Rachel Okafor", "This was not a tragedy that nobody could have seen coming. It was a tragedy that was "
            "written down, in city inspection reports, three separate times,", None),
        (I, "Rachel Okafor", "the charges were the first of their kind against a landlord in the county in more than a "
            "decade", None),
        (I, "Ramsey County Attorney's Office", "a firefighter who reached the rear stairwell found the exit door blocked "
            "by two mattresses, a couch and several boxes", None),
        (P, "Paul Sterling", "heartbroken", None),
        (D, "Paul Sterling", "Gerald Voss is not a monster. He is a small landlord who made mistakes with paperwork, and "
            "the county is trying to turn a terrible accident into a crime,", None),
        (I, "Paul Sterling", "the building had passed a fire inspection in 2024 and that the items blocking the rear door "
            "belonged to a tenant, not to his client", None),
        (D, "Gerald Voss", "I think about that little boy every day. I did everything the city asked me to do.", None),
        (I, "Abdirahman Abdi", "the family had waited more than three months for someone to be held responsible", None),
        (D, "Abdirahman Abdi", "My sister called the landlord about the alarms. She called the city. She did everything "
            "right,", None),
        (P, "Marcus Greer", "at least five times", None),
        (D, "Marcus Greer", "He'd say he'd send somebody. Nobody ever came,", None),
        (I, "Department of Safety and Inspections", "inspectors had issued correction orders in June 2025 and twice in "
            "2026, and that a re-inspection scheduled for late August had not taken place before the fire", None),
        (S, None, "problem properties", None),
        (P, "Kia Vang", "to every landlord who treats a fire code violation like a parking ticket.", None),
    ],
    "actors": [
        actor("Ramsey County Attorney's Office", "government", title="prosecutors (the criminal complaint)",
              aliases=["Ramsey County Attorney's Office", "complaint"], stance=-1),
        actor("Rachel Okafor", "person", title="Assistant Ramsey County Attorney",
              aliases=["Rachel Okafor", "Okafor"], stance=-1),
        actor("Paul Sterling", "person", title="defense attorney", aliases=["Paul Sterling", "Sterling"], stance=1),
        actor("Gerald Voss", "person", title="landlord, 63, of Woodbury", aliases=["Gerald Voss", "Voss"], stance=1),
        actor("Abdirahman Abdi", "person", title="brother of Fadumo Abdi", aliases=["Abdirahman Abdi"], stance=-1),
        actor("Marcus Greer", "person", title="former tenant", aliases=["Marcus Greer", "Greer"], stance=-1),
        actor("Department of Safety and Inspections", "government", affiliation="City of St. Paul",
              aliases=["Department of Safety and Inspections"], stance=0),
        actor("Kia Vang", "person", title="organizer", affiliation="Frogtown Renters Alliance",
              aliases=["Kia Vang", "Vang"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Farmers Weekly (UK agricultural trade press) dairy (a processor cuts its milk price), headline with a curly
#    single fragment "... as farmers warn of ‘exodus’", standfirst without speech, byline and "Thursday 26
#    November 2026 09:30", British curly single quotes ‘ ’ throughout with ’ apostrophes inside (We’re, don’t,
#    isn’t, processor’s) and outside (Westmoor’s, days’), full stops outside fragment quotes, "ppl", "£11.2m".
#    Lede content before ", the Somerset-based processor has told its 640 suppliers"; farmers "have warned of an
#    ‘...’ of producers" (partial); content before ", according to figures compiled by AHDB"; letter "Westmoor
#    said A and that it could not ‘...’" (indirect plus partial); director "said: ‘...` open at the end of its
#    line, then a closed quote-only paragraph; NFU chairman "said A, and described the timing as ‘...’"
#    (indirect plus partial), "he said"; farmer "said A", "she said"; consultant "said A", "she said"; scare
#    so-called ‘take it or leave it’ contracts. Not annotated: the regulations, the supermarket contracts, profit.
ARTICLES["data/eval/dev63/westmoor-dairies-milk-price-cut.gold.json"] = {
    "article": "data/eval/dev63/westmoor-dairies-milk-price-cut.txt",
    "target": "Westmoor Dairies",
    "quotes": [
        (P, "Dairy farmers", "exodus", "warn of \u2018exodus"),
        (I, "Westmoor Dairies", "Westmoor Dairies will cut its standard litre price by 2p to 36.5ppl from 1 January",
            None),
        (P, "Dairy farmers", "exodus", "an \u2018exodus"),
        (I, "AHDB", "It is Westmoor\u2019s second reduction in three months and leaves it more than 3ppl below the "
            "January price announced by Arla", None),
        (I, "Westmoor Dairies", "wholesale cream and butter prices had fallen by almost a quarter since the summer", None),
        (P, "Westmoor Dairies", "hold prices at a level the market no longer supports", None),
        (D, "Richard Penhale", "No processor wants to cut its milk price, least of all before Christmas. But we have to "
            "price milk on what we can sell it for, and right now that is less than it was.", None),
        (D, "Richard Penhale", "We expect markets to recover in the spring, and when they do, our farmers will be the "
            "first to see it.", None),
        (I, "Owain Pryce", "the cut came as farmers faced higher feed, fuel and labour costs", None),
        (P, "Owain Pryce", "brutal", None),
        (D, "Owain Pryce", "Farmers have invested on the back of the prices Westmoor paid last year. They are now being "
            "asked to carry the processor\u2019s losses on the cream market,", None),
        (I, "Jenny Pascoe", "the latest cut would cost her business about \u00a350,000 a year", None),
        (D, "Jenny Pascoe", "We\u2019re producing milk at 40p a litre and being paid 36.5p. You don\u2019t need to be an "
            "accountant to see where that ends,", None),
        (I, "Sarah Holloway", "Westmoor\u2019s heavy reliance on cream and butter left it more exposed to commodity "
            "markets than processors with cheese or liquid milk contracts", None),
        (D, "Sarah Holloway", "Westmoor isn\u2019t being greedy, it\u2019s being exposed. But that is a business model "
            "choice, and its farmers are paying for it,", None),
        (S, None, "take it or leave it", None),
    ],
    "actors": [
        actor("Dairy farmers", "group", title="farmers supplying Westmoor in the South West",
              aliases=["Dairy farmers", "farmers"], stance=-1),
        actor("Westmoor Dairies", "organisation", title="dairy processor",
              aliases=["Westmoor Dairies", "Westmoor", "processor", "company"], stance=1),
        actor("AHDB", "organisation", title="levy board (price figures)", aliases=["AHDB"], stance=0),
        actor("Richard Penhale", "person", title="milk procurement director", affiliation="Westmoor Dairies",
              aliases=["Richard Penhale", "Penhale"], stance=1),
        actor("Owain Pryce", "person", title="dairy board chairman", affiliation="NFU",
              aliases=["Owain Pryce", "Pryce"], stance=-1),
        actor("Jenny Pascoe", "person", title="dairy farmer, Launceston", aliases=["Jenny Pascoe", "Pascoe"],
              stance=-1),
        actor("Sarah Holloway", "person", title="partner", affiliation="Kite Consulting",
              aliases=["Sarah Holloway", "Holloway"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
