"""Build the test142 gold files (data/eval/test142/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test142/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test142.
Standard library only. Held out: do not read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test142"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Curaçao Chronicle tourism/business (a developer presents a second mega cruise pier), headline
#    without speech, date line, "WILLEMSTAD -" dateline, straight " with US punctuation and apostrophes;
#    lede "presented plans ..., saying A" (participial indirect); quote before "said Caribbean Gateway
#    managing director Roderick Martina during ...", "Martina said A, and that B" (one span); scare
#    so-called "Blue Growth" agenda; "According to the Curaçao Ports Authority (CPA), A"; tourist board
#    "said in a statement that it welcomed "..." ..., but that B" (partial plus indirect); "Not everyone
#    is enthusiastic." (not speech); researcher "said the proposed pier would be built directly on a reef
#    slope that was "..."" (partial only), then a two-paragraph quote (open paragraph, then a closed one
#    with "Doran said"); "The company said A, and that B" (one span); minister "told reporters ... that A",
#    quote with "the minister said"; "souvenir vendors welcomed ..." (act); vendor's quote before "said
#    Yulisa Rosario, who ...", "She said A" in the same paragraph; content before "according to figures
#    from the CTB".
ARTICLES[f"{BATCH}/rif-cruise-pier-plan.gold.json"] = {
    "article": f"{BATCH}/rif-cruise-pier-plan.txt",
    "target": "Caribbean Gateway Holdings",
    "quotes": [
        (I, "Caribbean Gateway Holdings", "the 95 million dollar project would allow Curaçao to receive up to four "
            "of the world's largest cruise ships at the same time", None),
        (D, "Roderick Martina", "Cruise lines are already asking us for more berths. If Curaçao doesn't build them, "
            "Aruba and the Dominican Republic will,", None),
        (I, "Roderick Martina", "construction could start in 2028 if permits were granted next year, and that the "
            "company would finance the project without any government guarantee", None),
        (S, None, "Blue Growth", None),
        (I, "Curaçao Ports Authority", "312 cruise calls are already scheduled for 2027, the highest number ever",
            None),
        (P, "Curaçao Tourist Board", "any initiative", None),
        (I, "Curaçao Tourist Board", "the infrastructure in Punda and Otrobanda would need to keep pace with the "
            "growing number of visitors", None),
        (P, "Sharine Doran", "among the healthiest on the south coast.", None),
        (D, "Sharine Doran", "Dredging for the first mega pier buried corals that we had monitored for twenty years. "
            "We have the data, and we published it. Nobody can say they did not know.", None),
        (D, "Sharine Doran", "If this pier goes ahead in this location, we will lose the reef at Rif. It is as "
            "simple as that,", None),
        (I, "Caribbean Gateway Holdings", "an environmental impact assessment by a Dutch engineering firm would be "
            "published in March, and that the design had been adjusted to avoid the most sensitive part of the "
            "reef", None),
        (I, "Sharlon Pietersz", "the government would not take a position until that study was complete", None),
        (D, "Sharlon Pietersz", "We want more cruise tourism, but not at any price. Let the experts do their work "
            "first,", None),
        (D, "Yulisa Rosario", "We live from the cruise ships. Six months a year we make our money, and six months "
            "we wait,", None),
        (I, "Yulisa Rosario", "her sales had doubled since the first mega pier opened", None),
        (I, "Curaçao Tourist Board", "Curaçao received 812,000 cruise passengers in the first eleven months of this "
            "year", None),
    ],
    "actors": [
        actor("Caribbean Gateway Holdings", "organisation", title="developer", affiliation=None,
              aliases=["Caribbean Gateway Holdings", "Caribbean Gateway", "The company"], stance=1),
        actor("Roderick Martina", "person", title="managing director", affiliation="Caribbean Gateway Holdings",
              aliases=["Roderick Martina", "Martina"], stance=1),
        actor("Curaçao Ports Authority", "government", title="ports authority", affiliation="Curaçao",
              aliases=["Curaçao Ports Authority", "CPA"], stance=None),
        actor("Curaçao Tourist Board", "organisation", title="tourist board", affiliation="Curaçao",
              aliases=["Curaçao Tourist Board", "CTB"], stance=0),
        actor("Sharine Doran", "person", title="coral reef researcher (Dr.)", affiliation="Carmabi",
              aliases=["Sharine Doran", "Dr. Sharine Doran", "Doran"], stance=-1),
        actor("Sharlon Pietersz", "person", title="Minister of Economic Development", affiliation="Curaçao government",
              aliases=["Sharlon Pietersz", "Pietersz", "the minister"], stance=0),
        actor("Yulisa Rosario", "person", title="jewelry vendor near the Rif Fort", affiliation=None,
              aliases=["Yulisa Rosario", "Rosario"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Kiribati Independent utilities/health (South Tarawa's desalination plant offline for nine days),
#    headline without speech, byline and "Kiribati Independent, date" lines, photo caption with
#    "(Photo: Kiribati Independent)", lede opening in capitals, straight single marks '...' for quotes
#    and fragments (British punctuation) with apostrophes (o'clock, plant's), "Mr", "A$"; lede content
#    before "the Public Utilities Board (PUB) has confirmed"; CEO "said A", quote with "Mr Tekeraoi
#    said", "He said A"; ministry "said A. It advised ..." (directive not annotated); scare so-called
#    'freshwater lens'; resident's quote split by "said Teretia Kautu, a mother of four." (two directs),
#    "She said A"; minister "told parliament ... that A", "He described the breakdown as '...' and said B"
#    (partial plus indirect); MP "said PUB had '...'" (partial only), quote with "he said"; ADB "said it
#    was '...' with ..., and that B" (partial plus indirect); "According to the Kiribati Red Cross
#    Society, A"; closing "Mr Tekeraoi said A".
ARTICLES[f"{BATCH}/betio-desalination-plant-outage.gold.json"] = {
    "article": f"{BATCH}/betio-desalination-plant-outage.txt",
    "target": "Public Utilities Board",
    "quotes": [
        (I, "Public Utilities Board", "THOUSANDS of households in Betio and Bairiki have had no piped water for nine "
            "days after the main pumps at the South Tarawa desalination plant failed", None),
        (I, "Kaboua Tekeraoi", "a technician from the plant's Australian supplier was due to arrive on Friday's "
            "flight from Nadi with the replacement parts", None),
        (D, "Kaboua Tekeraoi", "We know families are suffering and we are sorry. Our staff are driving the water "
            "trucks day and night, but nine days is too long and I will not pretend otherwise,", None),
        (I, "Kaboua Tekeraoi", "the board had warned the government in 2025 that one of the plant's two main pumps "
            "needed to be replaced", None),
        (I, "Ministry of Health and Medical Services", "46 cases of diarrhoea had been recorded at the Betio clinic "
            "since Saturday, almost double the usual number", None),
        (S, None, "freshwater lens", None),
        (D, "Teretia Kautu", "We come at five o'clock and sometimes the truck is empty by eight,", None),
        (D, "Teretia Kautu", "My children are bathing in the lagoon now. Is that healthy?", None),
        (I, "Teretia Kautu", "nobody from PUB had told residents when the water would come back", None),
        (I, "Kiata Temwaang", "Cabinet had approved A$400,000 in emergency funding for the repairs and for "
            "additional water trucks", None),
        (P, "Kiata Temwaang", "unacceptable", None),
        (I, "Kiata Temwaang", "he had asked the board for a full report within two weeks", None),
        (P, "Tebano Iotebwa", "run the plant like a second-hand car", None),
        (D, "Tebano Iotebwa", "They buy the cheapest parts and pray. This is the result,", None),
        (P, "Asian Development Bank", "in close contact", None),
        (I, "Asian Development Bank", "a maintenance training programme for PUB engineers would begin in February",
            None),
        (I, "Kiribati Red Cross Society", "its volunteers delivered 62,000 litres of water in Betio between Sunday "
            "and Wednesday", None),
        (I, "Kaboua Tekeraoi", "water would be restored to Bairiki first, and to Betio within two days after that, "
            "if the parts arrived as planned", None),
    ],
    "actors": [
        actor("Public Utilities Board", "government", title="state water and power utility", affiliation="Kiribati",
              aliases=["Public Utilities Board", "PUB", "the board"], stance=0),
        actor("Kaboua Tekeraoi", "person", title="PUB chief executive", affiliation="Public Utilities Board",
              aliases=["Kaboua Tekeraoi", "Mr Tekeraoi", "Tekeraoi"], stance=1),
        actor("Ministry of Health and Medical Services", "government", title="ministry", affiliation="Kiribati",
              aliases=["Ministry of Health and Medical Services"], stance=None),
        actor("Teretia Kautu", "person", title="Betio resident, mother of four", affiliation=None,
              aliases=["Teretia Kautu", "Kautu"], stance=-1),
        actor("Kiata Temwaang", "person", title="Minister for Infrastructure and Sustainable Energy",
              affiliation="Kiribati government", aliases=["Kiata Temwaang", "Temwaang"], stance=-1),
        actor("Tebano Iotebwa", "person", title="Member for Betio", affiliation="parliament",
              aliases=["Tebano Iotebwa", "Iotebwa"], stance=-1),
        actor("Asian Development Bank", "organisation", title="development bank", affiliation=None,
              aliases=["Asian Development Bank", "ADB"], stance=None),
        actor("Kiribati Red Cross Society", "organisation", title="Red Cross society", affiliation="Kiribati",
              aliases=["Kiribati Red Cross Society"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Manila Times science/environment (a university study links reclamation to seagrass loss),
#    headline "... — UP study" (attribution without quote marks, not annotated), byline and date lines,
#    lede opening in capitals, curly “ ” with US punctuation and ’ apostrophes; lede content before
#    "according to a study by the University of the Philippines Marine Science Institute (UP MSI)"; "The
#    researchers said A" (the same group); quote before "lead author Dr. Angelica Soriano-Lim said in an
#    interview", "Soriano-Lim said A"; scare so-called “island cities”; developer "said in a statement
#    that the study “...” other sources ..." (partial only), quote with "the company said"; fisherman's
#    quote in Filipino before "said Ernesto Malabanan, 56, who ...", followed by the writer's translation
#    in parentheses without quote marks (not annotated), "Malabanan said A, and that B" (one span); DENR
#    "said A"; senator "who filed a resolution ... seeking ..." (act), "said the study showed that the
#    reclamation was “...”" (partial only); marine biologist "said the findings were “...,” but cautioned
#    that B" (partial plus indirect); "did not respond to a request for comment".
ARTICLES[f"{BATCH}/manila-bay-seagrass-reclamation.gold.json"] = {
    "article": f"{BATCH}/manila-bay-seagrass-reclamation.txt",
    "target": "Pacific Bayfront Development Corp.",
    "quotes": [
        (I, "researchers", "SEAGRASS beds off the coast of Parañaque and Las Piñas have shrunk by about 60 percent "
            "since reclamation works began in 2023", None),
        (I, "researchers", "sediment plumes from dredging and filling had cut the amount of light reaching the "
            "seabed by more than half at most of the sites they surveyed", None),
        (D, "Angelica Soriano-Lim", "Seagrass is the nursery of the bay. When you lose it, you lose the fish, and "
            "then you lose the fisherfolk. The timing and the location both point to the reclamation,", None),
        (I, "Angelica Soriano-Lim", "the team had compared satellite images with underwater surveys at 48 sites "
            "from 2019 to 2026", None),
        (S, None, "island cities", None),
        (P, "Pacific Bayfront Development Corp.", "failed to consider", None),
        (D, "Pacific Bayfront Development Corp.", "Manila Bay was in crisis long before the first barge arrived. We "
            "have complied with every condition of our Environmental Compliance Certificate, and we welcome "
            "independent monitoring,", None),
        (D, "Ernesto Malabanan", "Mula nang tambakan nila ang dagat, wala na kaming mahuli,", None),
        (I, "Ernesto Malabanan", "his daily catch had fallen from about 30 kilos to less than five since 2023, and "
            "that many of his neighbors now worked as construction laborers on the same reclamation site", None),
        (I, "Department of Environment and Natural Resources", "it would review the study’s findings and the "
            "project’s monitoring reports", None),
        (P, "Lorna Deogracias", "eating the bay alive.", None),
        (P, "Paolo Ricafort", "consistent with what we see in other reclamation sites in Southeast Asia,", None),
        (I, "Paolo Ricafort", "seagrass loss in the bay could have several causes at once", None),
    ],
    "actors": [
        actor("researchers", "group", title="researchers (the study)",
              affiliation="University of the Philippines Marine Science Institute (UP MSI)",
              aliases=["researchers", "study", "UP MSI team"], stance=-1),
        actor("Angelica Soriano-Lim", "person", title="lead author (Dr.)",
              affiliation="University of the Philippines Marine Science Institute",
              aliases=["Angelica Soriano-Lim", "Dr. Angelica Soriano-Lim", "Soriano-Lim"], stance=-1),
        actor("Pacific Bayfront Development Corp.", "organisation", title="reclamation developer", affiliation=None,
              aliases=["Pacific Bayfront Development Corp.", "the company"], stance=1),
        actor("Ernesto Malabanan", "person", title="fisherman, 56, Barangay La Huerta", affiliation=None,
              aliases=["Ernesto Malabanan", "Malabanan"], stance=-1),
        actor("Department of Environment and Natural Resources", "government", title="environment department",
              affiliation="Philippines", aliases=["Department of Environment and Natural Resources", "DENR"],
              stance=None),
        actor("Lorna Deogracias", "person", title="Senator", affiliation="Senate",
              aliases=["Lorna Deogracias", "Deogracias"], stance=-1),
        actor("Paolo Ricafort", "person", title="marine biologist (Dr.)", affiliation="De La Salle University",
              aliases=["Paolo Ricafort", "Dr. Paolo Ricafort", "Ricafort"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sermitsiaq.AG (Greenland, English) politics (the parliament passes a halibut quota cap), headline
#    with a straight single-quoted fragment (speaker the person the headline names: the minister),
#    standfirst without speech, byline and "Nuuk, date - time" lines, straight " with US punctuation;
#    lede without speech (the vote); minister "called the vote "..." and said A" (partial plus indirect),
#    quote with "Mathiassen said in the chamber", "She told KNR afterwards that A"; scare so-called "quota
#    parking" practice; opposition spokesperson "said the cap would "..." of investments ... and warned that
#    B" (partial plus indirect), quote with "Kleist said"; association chairman "said the association had
#    waited "..." for the change, but that B" (partial plus indirect); company "in a written comment ...
#    said it would "..." of the law carefully and was in dialogue with ..." (one clause: partial only);
#    "According to the Economic Council, A"; fisherman "told Sermitsiaq.AG by phone that he would believe
#    in the change "..."" (partial only), quote with "he said" naming "The minister".
ARTICLES[f"{BATCH}/greenland-halibut-quota-law.gold.json"] = {
    "article": f"{BATCH}/greenland-halibut-quota-law.txt",
    "target": "Ane-Sofie Mathiassen",
    "quotes": [
        (P, "Ane-Sofie Mathiassen", "historic day", "Fisheries law passes"),
        (P, "Ane-Sofie Mathiassen", "a historic day for the small boats", None),
        (I, "Ane-Sofie Mathiassen", "the law would return quota to settlements that had lost it over two decades",
            None),
        (D, "Ane-Sofie Mathiassen", "For twenty years the quota has moved in one direction: from the villages to the "
            "big companies in Nuuk and Sisimiut. From today it moves back,", None),
        (I, "Ane-Sofie Mathiassen", "the ministry would present rules for the transfer of quota before the spring "
            "fishery begins", None),
        (S, None, "quota parking", None),
        (P, "Tittus Kleist", "destroy the value", None),
        (I, "Tittus Kleist", "companies might move processing to Denmark", None),
        (D, "Tittus Kleist", "This is a law written for the next election, not for the next generation,", None),
        (P, "Aqqaluk Møller", "far too long", None),
        (I, "Aqqaluk Møller", "the cap should have been set at 10 percent", None),
        (P, "Royal Greenland", "study the consequences", None),
        (I, "Economic Council", "the halibut fishery accounted for 18 percent of Greenland's export earnings in "
            "2025", None),
        (P, "Karl Petrussen", "when I see the quota in my own hands.", None),
        (D, "Karl Petrussen", "The minister says many nice things. But the boats in Ilulissat have heard nice things "
            "before,", None),
    ],
    "actors": [
        actor("Ane-Sofie Mathiassen", "person", title="Minister for Fisheries and Hunting",
              affiliation="Naalakkersuisut (Greenland government)",
              aliases=["Ane-Sofie Mathiassen", "Mathiassen", "minister", "The minister"], stance=1),
        actor("Tittus Kleist", "person", title="fisheries spokesperson", affiliation="Naleraq",
              aliases=["Tittus Kleist", "Kleist"], stance=-1),
        actor("Aqqaluk Møller", "person", title="chairman", affiliation="KNAPK (fishers' and hunters' association)",
              aliases=["Aqqaluk Møller", "Møller"], stance=0),
        actor("Royal Greenland", "organisation", title="seafood company", affiliation="Greenland",
              aliases=["Royal Greenland"], stance=0),
        actor("Economic Council", "government", title="economic advisory council", affiliation="Greenland",
              aliases=["Economic Council"], stance=None),
        actor("Karl Petrussen", "person", title="halibut fisherman, 61, Ilulissat", affiliation=None,
              aliases=["Karl Petrussen", "Petrussen"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
