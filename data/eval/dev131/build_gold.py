"""Build the dev131 gold files (data/eval/dev131/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev131/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev131.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev131"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Agerpres (Romanian national news agency, English service) diplomacy/security (drone fragments found in
#    Tulcea County; the Russian chargé d'affaires summoned), headline without speech, "Bucharest, Dec 11
#    /Agerpres/ -" dateline, straight " and apostrophes, Romanian diacritics, closing author/editor line.
#    "According to a press release sent to AGERPRES, the MAE conveyed ... "..." ... and demanded that ..."
#    (partial only; the demand is a directive); quote with "the quoted source said" (the MAE); "The Ministry of
#    National Defence (MApN) informs that A and that B" (one indirect); "According to the MApN, A"; quote with
#    "the MApN release shows"; prefect "told AGERPRES that A", "said Grigoraş" after the quote; mayor "said
#    that A", "Bunea said"; Russian Embassy "said in a message posted on Telegram that Romania had not presented
#    "..." that ..., and described the summoning as part of "..."" (two partials); first secretary "told ... TASS
#    that the Russian armed forces strike only "..." on ..." (partial only); Ukraine's embassy "thanked ..."
#    (act) "and stated that A"; former minister "told AGERPRES that A", "Pârvu said"; second "According to the
#    MApN, A".
ARTICLES[f"{BATCH}/tulcea-drone-debris-russia.gold.json"] = {
    "article": f"{BATCH}/tulcea-drone-debris-russia.txt",
    "target": "Russia",
    "quotes": [
        (P, "Ministry of Foreign Affairs", "a firm protest", None),
        (D, "Ministry of Foreign Affairs", "Romania firmly condemns these irresponsible actions, which endanger the "
            "safety of Romanian citizens and represent a serious breach of international law,", None),
        (I, "Ministry of National Defence", "the fragments were discovered by a resident of the village of Plauru at "
            "around 19:30 and that the area was secured by military and Border Police teams", None),
        (I, "Ministry of National Defence", "the radar systems of the Romanian Army detected a group of drones heading "
            "towards Ukrainian port infrastructure on the Danube overnight, and one of the aircraft crossed into "
            "national airspace for approximately four minutes", None),
        (D, "Ministry of National Defence", "Two F-16 aircraft were scrambled from the 86th Air Base at Borcea. The "
            "pilots did not receive authorisation to engage, as the target posed no direct risk to the population at "
            "that moment,", None),
        (I, "Ionel Grigoraş", "there were no casualties or material damage", None),
        (D, "Ionel Grigoraş", "People are scared, that is the truth. This is the fourth time this year that we have "
            "found debris in the area. The people of Plauru want to know that the state can protect them,", None),
        (I, "Vasile Bunea", "several families had asked to be temporarily relocated", None),
        (D, "Vasile Bunea", "I have elderly people who do not sleep at night anymore. When they hear the engines over "
            "the Danube, they go down to the cellar,", None),
        (P, "Russian Embassy", "any evidence", None),
        (P, "Russian Embassy", "an anti-Russian campaign", None),
        (P, "Andrei Lavrentiev", "legitimate military targets", None),
        (I, "Embassy of Ukraine in Romania", "Russia was deliberately testing NATO's reaction on its eastern flank",
            None),
        (I, "Cristian Pârvu", "the incident showed the need for a short-range air defence system along the Danube",
            None),
        (D, "Cristian Pârvu", "We cannot shoot down a drone with a press release. Moscow knows exactly where the "
            "border is, and it knows that our response so far has been a protest note,", None),
        (I, "Ministry of National Defence", "the fragments will be analysed by specialists to establish the type of "
            "drone and its origin, and the results will be communicated to NATO allies", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs", "government", affiliation="Romania",
              aliases=["Ministry of Foreign Affairs", "MAE", "the quoted source"], stance=-1),
        actor("Ministry of National Defence", "government", affiliation="Romania",
              aliases=["Ministry of National Defence", "MApN"], stance=None),
        actor("Ionel Grigoraş", "person", title="Tulcea County prefect", affiliation="Romania",
              aliases=["Ionel Grigoraş", "Grigoraş"], stance=None),
        actor("Vasile Bunea", "person", title="mayor of Ceatalchioi", aliases=["Vasile Bunea", "Bunea"],
              stance=None),
        actor("Russian Embassy", "government", title="embassy in Bucharest", affiliation="Russia",
              aliases=["Russian Embassy"], stance=1),
        actor("Andrei Lavrentiev", "person", title="first secretary", affiliation="Russian Embassy in Bucharest",
              aliases=["Andrei Lavrentiev", "Lavrentiev"], stance=1),
        actor("Embassy of Ukraine in Romania", "government", affiliation="Ukraine",
              aliases=["Embassy of Ukraine in Romania"], stance=-1),
        actor("Cristian Pârvu", "person", title="former Defence Minister, political analyst",
              aliases=["Cristian Pârvu", "Pârvu"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. New Straits Times (Malaysia) courts (a former state executive councillor acquitted of graft), headline
#    without speech, "By ... - December 10, 2026 @ 4:12pm" byline, "KUANTAN:" dateline, straight " and
#    apostrophes, Malaysian honorifics (Datin, Datuk), "RM2.4 million". Judge "ruled that A"; "In her judgment,
#    she said the testimony ... was "..."" (partial only), quote with "she said"; acquitted man "thanked his
#    supporters" (act) "and said A", quote with "he told reporters"; counsel "described the decision as "...""
#    (partial), quote with "he said, adding that A" (participial indirect); DPP "said A"; MACC "in a statement
#    tonight, said A", quote with "the statement read"; anonymous MACC source "told the New Straits Times that
#    investigators had been "..." by ..." (partial only); Umno secretary "said the acquittal would be welcomed by
#    ... members ..., who had "..." Razali" (the reported clause holds the fragment: partial only); DAP
#    vice-chairman "said that A", "Lee said"; "declined to say whether" (not annotated).
ARTICLES[f"{BATCH}/ex-exco-acquitted-razali.gold.json"] = {
    "article": f"{BATCH}/ex-exco-acquitted-razali.txt",
    "target": "Razali Mat Isa",
    "quotes": [
        (I, "Rohani Abdul Latif", "the prosecution had failed to establish a prima facie case against Datuk Razali Mat "
            "Isa, 61, at the end of the prosecution's case", None),
        (P, "Rohani Abdul Latif", "riddled with contradictions", None),
        (D, "Rohani Abdul Latif", "The court cannot convict on the word of a witness who has himself admitted to lying "
            "to investigators on two occasions,", None),
        (I, "Razali Mat Isa", "the past two years had been the hardest of his life", None),
        (D, "Razali Mat Isa", "I have always said that I am innocent. Today the court has said the same thing. I leave "
            "it to the people to judge those who dragged my name through the mud,", None),
        (P, "Gurdeep Singh Sandhu", "a complete vindication", None),
        (D, "Gurdeep Singh Sandhu", "There was never a case. The money was traced to the contractor's own business "
            "debts, not to my client,", None),
        (I, "Gurdeep Singh Sandhu", "the defence would consider claiming costs", None),
        (I, "Nur Amalina Che Hassan", "the prosecution would study the grounds of judgment before deciding whether to "
            "appeal", None),
        (I, "Malaysian Anti-Corruption Commission", "it respected the court's decision but stood by its investigation",
            None),
        (D, "Malaysian Anti-Corruption Commission", "The commission will discuss with the Attorney-General's Chambers "
            "on the next course of action,", None),
        (P, "source in the MACC", "frustrated", None),
        (P, "Zulkifli Ahmad", "never doubted", None),
        (I, "Lee Chee Keong", "the acquittal did not answer questions about how the reclamation contracts were awarded",
            None),
        (D, "Lee Chee Keong", "The court has ruled on the criminal charges. It has not ruled on whether the process was "
            "clean, and the state government still owes the public an explanation,", None),
    ],
    "actors": [
        actor("Rohani Abdul Latif", "person", title="Sessions Court Judge", affiliation="Sessions Court Kuantan",
              aliases=["Rohani Abdul Latif", "Rohani"], stance=0),
        actor("Razali Mat Isa", "person", title="former Pahang state executive councillor",
              aliases=["Razali Mat Isa", "Razali"], stance=1),
        actor("Gurdeep Singh Sandhu", "person", title="defence counsel", aliases=["Gurdeep Singh Sandhu", "Gurdeep"],
              stance=1),
        actor("Nur Amalina Che Hassan", "person", title="deputy public prosecutor",
              aliases=["Nur Amalina Che Hassan", "Nur Amalina"], stance=None),
        actor("Malaysian Anti-Corruption Commission", "government", affiliation="Malaysia",
              aliases=["Malaysian Anti-Corruption Commission", "MACC"], stance=-1),
        actor("source in the MACC", "person", title="anonymous source", affiliation="MACC",
              aliases=["source in the MACC"], stance=-1),
        actor("Zulkifli Ahmad", "person", title="Pekan Umno division secretary", affiliation="Umno",
              aliases=["Zulkifli Ahmad", "Zulkifli"], stance=1),
        actor("Lee Chee Keong", "person", title="Pahang DAP vice-chairman", affiliation="DAP",
              aliases=["Lee Chee Keong", "Lee"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Nelson Mail (Stuff, New Zealand) local/climate (the district council brings in early water restrictions),
#    headline and standfirst without speech, byline and "Nelson Mail | 13:05, Dec 09 2026" line, straight " and
#    apostrophes, "35%", te reo Māori with macrons. Council manager (long title chain) "said A and that it was
#    "..."" (indirect plus partial, full stop outside the marks), quote with "Fifita said", "She said A"; grower
#    "said A", a quote split by "he said"; irrigators' chairman "said A", then "The council's communications had
#    been "...", he said." (partial only); mayor "acknowledged A", "Tasker said"; iwi organisation "said A", its
#    manager named after the quote ("said the organisation's environmental manager, Hōhepa Tūmanako"); "The
#    council says A"; content before "according to the council's drought plan" (the council).
ARTICLES[f"{BATCH}/waimea-water-restrictions-tdc.gold.json"] = {
    "article": f"{BATCH}/waimea-water-restrictions-tdc.txt",
    "target": "Tasman District Council",
    "quotes": [
        (I, "Aneta Fifita", "the decision had been made on the advice of the council's hydrologists", None),
        (P, "Aneta Fifita", "not one anyone takes lightly", None),
        (D, "Aneta Fifita", "We've had almost no rain since the end of October and the forecast for the next three "
            "weeks is dry. If we wait, we risk having to go much harder in January,", None),
        (I, "Aneta Fifita", "the Waimea Community Dam, which opened in 2022, was releasing water to keep the river "
            "flowing but had been designed to support restrictions, not replace them", None),
        (I, "Dave Cropp", "the timing could not have been worse", None),
        (D, "Dave Cropp", "This is exactly when the fruit is sizing. You cut the water now and you lose size, and small "
            "apples don't pay,", None),
        (D, "Dave Cropp", "We were told the dam would stop this happening. Now it's the third dry summer in a row and "
            "we're back to cuts.", None),
        (I, "Murray King", "growers had paid a large share of the dam's cost and felt the council had not kept its side "
            "of the bargain", None),
        (P, "Murray King", "hopeless", None),
        (I, "Tim Tasker", "the council could have given growers more warning", None),
        (D, "Tim Tasker", "That's fair criticism, and I've said to staff we need to do better. But the call itself is "
            "the right call. The river comes first,", None),
        (I, "Tiakina Te Taiao", "the council should have acted even earlier to protect the river's health", None),
        (D, "Hōhepa Tūmanako", "Te mana o te wai must come first. The river has been giving and giving for years, and "
            "now it is telling us it needs a break,", None),
        (I, "Tasman District Council", "it will review the restrictions weekly", None),
        (I, "Tasman District Council", "Stage-four restrictions, which would cut irrigation by 50% and ban all outdoor "
            "watering in the towns, would be triggered if the river's flow fell below 800 litres per second", None),
    ],
    "actors": [
        actor("Aneta Fifita", "person", title="group manager community infrastructure",
              affiliation="Tasman District Council", aliases=["Aneta Fifita", "Fifita"], stance=1),
        actor("Dave Cropp", "person", title="apple grower", aliases=["Dave Cropp", "Cropp"], stance=-1),
        actor("Murray King", "person", title="chairman", affiliation="Waimea Irrigators Ltd",
              aliases=["Murray King", "King"], stance=-1),
        actor("Tim Tasker", "person", title="Tasman mayor", affiliation="Tasman District Council",
              aliases=["Tim Tasker", "Tasker"], stance=1),
        actor("Tiakina Te Taiao", "organisation", title="iwi resource management organisation",
              aliases=["Tiakina Te Taiao"], stance=0),
        actor("Hōhepa Tūmanako", "person", title="environmental manager", affiliation="Tiakina Te Taiao",
              aliases=["Hōhepa Tūmanako", "Tūmanako"], stance=1),
        actor("Tasman District Council", "government", title="district council",
              aliases=["Tasman District Council", "The council", "the council"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. BusinessWorld (Philippines) markets (a listed developer's shares slide on a stock rights offer), headline
#    without speech, "By ..., Reporter" byline, lede opening in capitals ("SHARES of"), straight " and
#    apostrophes, "P6 billion", "P1.63 apiece", "Mr."/"Ma.", closing "— Katrina Mae S. Dizon". Lede "after the
#    listed property developer said A"; "In a regulatory filing ..., the company said A, and that B" (one
#    indirect); CEO "said the offer would give ... "..." in ..." (partial only), quote with "Mr. Galvez told
#    reporters on the sidelines of ...", "He said A, noting that B" (two indirects); "Analysts were less upbeat"
#    (not speech); analyst named after the first stretch of a split quote ("..., Luis Gabriel A. Tan, research
#    head at ..., said in a Viber message. "..."), "Mr. Tan said A"; analyst "said the township still had "..."
#    but that B" (partial plus indirect); content before "according to the company's latest quarterly report"
#    (the company); anonymous fund manager "said A", "the fund manager said"; Q&A "Asked about ..., Mr. Galvez
#    said: "..."" ; "PHLC said it expects A".
ARTICLES[f"{BATCH}/pasig-harbor-land-rights-offer.gold.json"] = {
    "article": f"{BATCH}/pasig-harbor-land-rights-offer.txt",
    "target": "Pasig Harbor Land Corp.",
    "quotes": [
        (I, "Pasig Harbor Land Corp.", "it would raise up to P6 billion through a stock rights offer to fund its "
            "delayed township project in Batangas", None),
        (I, "Pasig Harbor Land Corp.", "its board had approved the offer of up to 3.6 billion common shares at P1.65 "
            "each to shareholders of record, and that proceeds would be used mainly for the second phase of its "
            "220-hectare Lipa Bay township and to refinance short-term loans", None),
        (P, "Roberto M. Galvez", "first priority", None),
        (D, "Roberto M. Galvez", "We could have gone to the banks. But borrowing more at current rates would not be "
            "prudent, and we believe our shareholders deserve the chance to participate,", None),
        (I, "Roberto M. Galvez", "the rights offer was not a sign of financial stress", None),
        (I, "Roberto M. Galvez", "pre-selling at Lipa Bay had reached 68% of the first phase's inventory", None),
        (D, "Luis Gabriel A. Tan", "The pricing tells you they need the money more than the market needs the shares,",
            None),
        (D, "Luis Gabriel A. Tan", "The discount is thin, and the use of proceeds includes refinancing, which is never "
            "what investors want to hear.", None),
        (I, "Luis Gabriel A. Tan", "the stock would likely stay under pressure until the rights offer closes", None),
        (P, "Ma. Cristina D. Uy", "solid long-term potential", None),
        (I, "Ma. Cristina D. Uy", "construction delays had eroded investor confidence", None),
        (I, "Pasig Harbor Land Corp.", "The second phase of Lipa Bay, originally scheduled for turnover in 2025, has "
            "been moved to the third quarter of 2028", None),
        (I, "fund manager who asked not to be named", "some institutional holders were unlikely to take up their "
            "rights in full", None),
        (D, "fund manager who asked not to be named", "Some of us are already overweight in property, and nobody wants "
            "to double down on a name that keeps moving its deadlines,", None),
        (D, "Roberto M. Galvez", "The market reacts to the headline. We are building for the next 10 years, not the "
            "next 10 trading days.", None),
        (I, "Pasig Harbor Land Corp.", "it expects to complete the rights offer by the end of February, subject to the "
            "approval of the Securities and Exchange Commission (SEC) and the PSE", None),
    ],
    "actors": [
        actor("Pasig Harbor Land Corp.", "organisation", title="listed property developer",
              aliases=["Pasig Harbor Land Corp.", "PHLC", "the listed property developer", "the company"], stance=0),
        actor("Roberto M. Galvez", "person", title="President and Chief Executive Officer",
              affiliation="Pasig Harbor Land Corp.", aliases=["Roberto M. Galvez", "Mr. Galvez", "Galvez"], stance=1),
        actor("Luis Gabriel A. Tan", "person", title="research head", affiliation="Regina Capital Development Corp.",
              aliases=["Luis Gabriel A. Tan", "Mr. Tan", "Tan"], stance=-1),
        actor("Ma. Cristina D. Uy", "person", title="equity analyst", affiliation="Philstocks-Mindanao Securities, Inc.",
              aliases=["Ma. Cristina D. Uy", "Uy"], stance=0),
        actor("fund manager who asked not to be named", "person", title="anonymous fund manager",
              aliases=["fund manager who asked not to be named", "the fund manager"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
