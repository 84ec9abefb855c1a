"""Build the test147 gold files (data/eval/test147/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test147/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test147.
Standard library only. Held out: do not read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test147"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Point (Gambia) health (a teaching hospital's oxygen plant breaks down; families buy cylinders),
#    headline without speech, byline, curly “ ” and ’, British punctuation outside closing marks for
#    fragments, "D3,500"; lede "The Point has learnt" (not speech); director "confirmed the breakdown"
#    (act) "but said the situation was “...”" (partial only); quote split by "Dr Darboe told journalists";
#    "He added that A"; relative "said A", question quote with "she asked", then a paragraph ending
#    without a closing mark and a closed quote-only paragraph; anonymous "Another relative, who asked not
#    to be named ..., said A"; anonymous "A nurse at the ward, speaking on condition of anonymity, said A",
#    then "the nurse said"; scare so-called “oxygen runners”; ministry "said in a statement ... that A and
#    that B" (one span), "The statement described ... as “...”" (partial); MP "said the breakdown was
#    “...” and called on ..." (partial; directive not annotated), "he said"; "According to figures from the
#    hospital, A"; quote before "said Dr Awa Njie, head of ...".
ARTICLES[f"{BATCH}/efsth-oxygen-plant-breakdown.gold.json"] = {
    "article": f"{BATCH}/efsth-oxygen-plant-breakdown.txt",
    "target": "Edward Francis Small Teaching Hospital",
    "quotes": [
        (P, "Lamin K. Darboe", "under control", None),
        (D, "Lamin K. Darboe", "We have a backup supply from the Ministry of Health’s central store and no patient "
            "has been turned away because of oxygen,", None),
        (D, "Lamin K. Darboe", "The compressor that failed is more than twelve years old. We ordered the spare part "
            "in September.", None),
        (I, "Lamin K. Darboe", "technicians from the manufacturer were expected in the country before the end of the "
            "month", None),
        (I, "Fatoumatta Jallow", "she had paid D3,500 for a cylinder from a supplier in Kanifing on Sunday night",
            None),
        (D, "Fatoumatta Jallow", "The nurse told us there was no oxygen on the ward and that we should find our own. "
            "What should I do, watch my mother die?", None),
        (D, "Fatoumatta Jallow", "They are doing their best, the nurses. It is not their fault,", None),
        (D, "Fatoumatta Jallow", "The problem is the people at the top who knew this machine was old and did "
            "nothing.", None),
        (I, "Another relative", "families were being asked to pay cash to porters to carry the cylinders up to the "
            "wards", None),
        (I, "nurse at the ward", "the backup supply had run out twice last week, once for almost six hours", None),
        (D, "nurse at the ward", "We were using hand pumps on two children in the paediatric unit,", None),
        (S, None, "oxygen runners", None),
        (I, "Ministry of Health", "it had released D2 million for emergency repairs and that two oxygen concentrator "
            "units had been moved from the Bundung Maternal and Child Health Hospital to EFSTH", None),
        (P, "Ministry of Health", "prompt and responsible", None),
        (P, "Alieu Sonko", "a scandal waiting to happen", None),
        (D, "Alieu Sonko", "Every year we approve money for EFSTH equipment, and every year we hear the same "
            "excuses,", None),
        (I, "Edward Francis Small Teaching Hospital", "the Medical Ward treats an average of 40 patients needing "
            "oxygen every day, and the paediatric unit another 15", None),
        (D, "Awa Njie", "Our staff have not slept properly in ten days, but not a single patient on my unit has gone "
            "without oxygen,", None),
    ],
    "actors": [
        actor("Lamin K. Darboe", "person", title="Chief Medical Director (Dr)",
              affiliation="Edward Francis Small Teaching Hospital",
              aliases=["Lamin K. Darboe", "Dr Lamin K. Darboe", "Dr Darboe", "Darboe"], stance=1),
        actor("Fatoumatta Jallow", "person", title="daughter of a patient", affiliation=None,
              aliases=["Fatoumatta Jallow", "Jallow"], stance=-1),
        actor("Another relative", "person", title="relative of a patient (anonymous)", affiliation=None,
              aliases=["Another relative"], stance=-1),
        actor("nurse at the ward", "person", title="nurse (anonymous)",
              affiliation="Edward Francis Small Teaching Hospital", aliases=["nurse at the ward", "the nurse"],
              stance=-1),
        actor("Ministry of Health", "government", title="ministry", affiliation="The Gambia",
              aliases=["Ministry of Health"], stance=1),
        actor("Alieu Sonko", "person", title="opposition National Assembly Member", affiliation="National Assembly",
              aliases=["Alieu Sonko", "Sonko"], stance=-1),
        actor("Edward Francis Small Teaching Hospital", "organisation", title="teaching hospital",
              affiliation="The Gambia", aliases=["Edward Francis Small Teaching Hospital", "EFSTH"], stance=0),
        actor("Awa Njie", "person", title="head of the anaesthesia unit (Dr)",
              affiliation="Edward Francis Small Teaching Hospital", aliases=["Awa Njie", "Dr Awa Njie", "Njie"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Just Drinks (drinks trade press) business (a craft cider maker ends a third of its grower contracts),
#    headline with a straight fragment "leaner", "By NAME | date" line, straight " and apostrophes, spaced
#    hyphens as dashes inside a quote, "%"; lede content before "the company confirmed to Just Drinks";
#    company "said the move would allow it to concentrate ... on "..." suppliers and cut ..." (partial only,
#    no second subject); CEO "described ... as "..." and said A" (partial plus indirect), quote with "Marwood
#    told Just Drinks" and a quote-only paragraph; scare "orchard to bottle" promise; association "said the
#    decision had left ... "..." and that B" (partial plus indirect); chairman "said: "..."", "Bevan said A";
#    content before "according to NielsenIQ" (the writer's "as shoppers ..." after the cue left out); quote
#    split by "said Daniel Okafor, a drinks analyst at ..."; "Okafor added, however, that the company risked
#    weakening the "..." that ..." (partial only); "declined to comment" (not annotated); "Marwood wrote that
#    the company would publish ... "..."" (partial only).
ARTICLES[f"{BATCH}/northmoor-cider-grower-contracts.gold.json"] = {
    "article": f"{BATCH}/northmoor-cider-grower-contracts.txt",
    "target": "Northmoor Cider Company",
    "quotes": [
        (P, "Northmoor Cider Company", "leaner", "Northmoor Cider to drop"),
        (I, "Northmoor Cider Company", "UK craft cider producer Northmoor Cider Company is to end contracts with 38 of "
            "its 112 apple growers in Herefordshire and Somerset from next autumn", None),
        (P, "Northmoor Cider Company", "fewer, larger and more resilient", None),
        (P, "Helen Marwood", "leaner and better paid", None),
        (I, "Helen Marwood", "growers who stayed with the company would receive a 9% increase in the price per tonne "
            "from the 2027 harvest", None),
        (D, "Helen Marwood", "We are not walking away from anybody in a hurry. Every grower has a full season's "
            "notice, and we have offered to help them find other buyers,", None),
        (D, "Helen Marwood", "Frankly, the old model - dozens of small orchards, lorries going up and down "
            "single-track lanes - doesn't work for a business of our size any more.", None),
        (S, None, "orchard to bottle", None),
        (P, "Three Counties Fruit Growers' Association", "nowhere to go", None),
        (I, "Three Counties Fruit Growers' Association", "Northmoor was using its parent company's scale to squeeze "
            "smaller suppliers", None),
        (D, "Rhys Bevan", "Some of these orchards have supplied Northmoor for three generations. You cannot replant a "
            "cider orchard with dessert apples overnight, and there is nobody else in the county buying at that "
            "volume.", None),
        (I, "Rhys Bevan", "he knew of at least six growers who were now considering grubbing up their trees", None),
        (I, "NielsenIQ", "Sales of premium cider in the UK fell 4.2% by value in the 52 weeks to 4 October", None),
        (D, "Daniel Okafor", "This is the cider category finally catching up with what brewing did to hop farming "
            "years ago,", None),
        (D, "Daniel Okafor", "Margins in premium cider have been squeezed by duty changes and by the price of glass, "
            "and a consolidated supply base is the obvious lever.", None),
        (P, "Daniel Okafor", "provenance story", None),
        (P, "Helen Marwood", "as soon as the new contracts are signed", None),
    ],
    "actors": [
        actor("Northmoor Cider Company", "organisation", title="craft cider producer", affiliation="Van Aalst Dranken",
              aliases=["Northmoor Cider Company", "Northmoor Cider", "Northmoor"], stance=1),
        actor("Helen Marwood", "person", title="chief executive", affiliation="Northmoor Cider Company",
              aliases=["Helen Marwood", "Marwood"], stance=1),
        actor("Three Counties Fruit Growers' Association", "organisation", title="growers' association",
              affiliation=None, aliases=["Three Counties Fruit Growers' Association"], stance=-1),
        actor("Rhys Bevan", "person", title="chairman, cider apple grower",
              affiliation="Three Counties Fruit Growers' Association", aliases=["Rhys Bevan", "Bevan"], stance=-1),
        actor("NielsenIQ", "organisation", title="market research firm", affiliation=None, aliases=["NielsenIQ"],
              stance=None),
        actor("Daniel Okafor", "person", title="drinks analyst", affiliation="Harbourside Insights",
              aliases=["Daniel Okafor", "Okafor"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Turks and Caicos Weekly News local government (the Premier defends a cruise berth lease), headline
#    without speech, byline, dateline "GRAND TURK -", straight " and apostrophes, "percent"; lede "defended
#    his government's agreement ..., insisting that the project would bring "..." to the island" (partial
#    only; "defended" an act); "Forbes said: "..."", "he said"; opposition leader "said A and that B" (one
#    span), "she said" (her quote names "The Premier"), "She described the lease as "..."" (partial), "She
#    added that A"; Q&A "Asked by reporters whether ..., Forbes replied: "..."" (direct); scare "community
#    benefit" clause; group "Residents of Back Salina, where ..., said A"; quote before "said Lionel Swann,
#    58, a fisherman ..."; "According to the Turks and Caicos Islands Tourist Board, A"; company "said in a
#    statement ... A and that ... would be "..."" (indirect plus partial); its vice president "told the Weekly
#    News that A" (apposition "The company's vice president for development, Carla Menendez,"); "The
#    Governor's Office said in a brief statement that A and that B" (one span).
ARTICLES[f"{BATCH}/grand-turk-cruise-berth-forbes.gold.json"] = {
    "article": f"{BATCH}/grand-turk-cruise-berth-forbes.txt",
    "target": "Dalton Forbes",
    "quotes": [
        (P, "Dalton Forbes", "hundreds of good jobs", None),
        (D, "Dalton Forbes", "This is the biggest private investment Grand Turk has seen in a generation. I make no "
            "apology for wanting it here.", None),
        (D, "Dalton Forbes", "People said the same thing about the first pier in 2006, and look at what it did for "
            "this island,", None),
        (I, "Marsha Hamilton-Dean", "the government had kept the terms secret for seven weeks and that the duty "
            "exemption alone could cost the Treasury more than $18 million", None),
        (D, "Marsha Hamilton-Dean", "The Premier wants us to trust him. Trust is built by publishing the contract, not "
            "by holding a press conference after it has been signed,", None),
        (P, "Marsha Hamilton-Dean", "a giveaway dressed up as development", None),
        (I, "Marsha Hamilton-Dean", "the opposition would table a motion in the House of Assembly on Friday calling "
            "for the full contract to be published", None),
        (D, "Dalton Forbes", "When the commercial negotiations on the second phase are finished, yes. Not before.",
            None),
        (S, None, "community benefit", None),
        (I, "Residents of Back Salina", "they had not been consulted about the route", None),
        (D, "Lionel Swann", "They drew a road through my mother's yard on a map and nobody came to knock on the door,",
            None),
        (I, "Turks and Caicos Islands Tourist Board", "Grand Turk received 1.1 million cruise passengers in the "
            "2025-26 season, up 8 percent on the previous year", None),
        (I, "Atlantic Berth Partners", "the berth would create about 450 construction jobs", None),
        (P, "Atlantic Berth Partners", "Turks and Caicos Islanders or Belongers", None),
        (I, "Carla Menendez", "environmental surveys of the seabed had been completed in August and had found no coral "
            "of significance along the route of the new berth", None),
        (I, "Governor's Office", "the agreement was a matter for the elected government and that it had not been "
            "asked to review it", None),
    ],
    "actors": [
        actor("Dalton Forbes", "person", title="Premier", affiliation="Turks and Caicos Islands Government",
              aliases=["Dalton Forbes", "Forbes", "Premier"], stance=1),
        actor("Marsha Hamilton-Dean", "person", title="Leader of the Opposition", affiliation=None,
              aliases=["Marsha Hamilton-Dean", "Hamilton-Dean"], stance=-1),
        actor("Residents of Back Salina", "group", title="residents", affiliation=None,
              aliases=["Residents of Back Salina"], stance=-1),
        actor("Lionel Swann", "person", title="fisherman, 58", affiliation=None, aliases=["Lionel Swann", "Swann"],
              stance=-1),
        actor("Turks and Caicos Islands Tourist Board", "government", title="tourist board",
              affiliation="Turks and Caicos Islands", aliases=["Turks and Caicos Islands Tourist Board"], stance=None),
        actor("Atlantic Berth Partners", "organisation", title="developer", affiliation=None,
              aliases=["Atlantic Berth Partners"], stance=1),
        actor("Carla Menendez", "person", title="vice president for development", affiliation="Atlantic Berth Partners",
              aliases=["Carla Menendez", "Menendez"], stance=1),
        actor("Governor's Office", "government", title="Governor's Office", affiliation="Turks and Caicos Islands",
              aliases=["Governor's Office"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. MaltaToday courts/planning (the Court of Appeal revokes a Gozo hotel permit), headline with a straight
#    single fragment "... says Planning Authority 'ignored' its own policy", standfirst without speech, byline
#    and date lines, British straight single quotes '...' for every quotation (apostrophes inside: court's),
#    punctuation outside closing marks for fragments; lede "has revoked ..., ruling that the Planning
#    Authority had 'ignored' ..." (partial, the court's); judge "said the authority's board had given '...'
#    for ..., and that B" (partial plus indirect), "the judge wrote"; scare so-called 'Gozo exception' (the
#    developers "had relied on" it: not speech); authority "said in a statement that it '...' and that B"
#    (partial plus indirect), "It noted that A"; "According to figures published by the authority, A";
#    director "said A", quote split by "Saliba told MaltaToday"; mayor "said residents had objected '...'"
#    (partial only), "she said" and a quote-only paragraph; NGO "said the ruling was '...'" (partial only).
ARTICLES[f"{BATCH}/xlendi-hotel-permit-revoked.gold.json"] = {
    "article": f"{BATCH}/xlendi-hotel-permit-revoked.txt",
    "target": "Planning Authority",
    "quotes": [
        (P, "Court of Appeal", "ignored", "Court revokes"),
        (P, "Court of Appeal", "ignored", "The Court of Appeal has revoked"),
        (P, "Anthony Vella Borg", "no reasons at all", None),
        (I, "Anthony Vella Borg", "the tribunal which later confirmed the permit had repeated the same mistake", None),
        (D, "Anthony Vella Borg", "A policy that can be set aside whenever a developer asks is not a policy,", None),
        (S, None, "Gozo exception", None),
        (P, "Planning Authority", "respects the court's judgment", None),
        (I, "Planning Authority", "its board would review how height policies were applied in Gozo", None),
        (I, "Planning Authority", "the permit had been approved by a majority of the board after a public hearing "
            "lasting more than four hours", None),
        (I, "Planning Authority", "41 of the 52 hotel applications it decided in Gozo since 2020 were approved", None),
        (I, "Clayton Saliba", "the company was considering an application to the Constitutional Court", None),
        (D, "Clayton Saliba", "We followed every step the authority asked of us, paid every fee and answered every "
            "objection,", None),
        (D, "Clayton Saliba", "Now we are told the authority should have said no. Who pays for that?", None),
        (P, "Rita Xuereb", "from day one", None),
        (D, "Rita Xuereb", "The Planning Authority treated Xlendi like a plot of land, not a village,", None),
        (D, "Rita Xuereb", "We are not against tourism. Half the families in Xlendi live from tourism. But nobody "
            "comes to Gozo to look at a tower block.", None),
        (P, "Moviment Graffitti", "a victory for every resident who was told that their objection did not matter",
            None),
    ],
    "actors": [
        actor("Court of Appeal", "government", title="court", affiliation="Malta", aliases=["Court of Appeal"],
              stance=-1),
        actor("Anthony Vella Borg", "person", title="judge (Mr Justice)", affiliation="Court of Appeal",
              aliases=["Anthony Vella Borg", "Mr Justice Anthony Vella Borg", "Vella Borg", "the judge"], stance=-1),
        actor("Planning Authority", "government", title="planning regulator", affiliation="Malta",
              aliases=["Planning Authority", "the authority"], stance=1),
        actor("Clayton Saliba", "person", title="director", affiliation="Sirena Hospitality Ltd",
              aliases=["Clayton Saliba", "Saliba"], stance=1),
        actor("Rita Xuereb", "person", title="Munxar mayor", affiliation="Munxar local council",
              aliases=["Rita Xuereb", "Xuereb"], stance=-1),
        actor("Moviment Graffitti", "organisation", title="activist group", affiliation=None,
              aliases=["Moviment Graffitti"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
