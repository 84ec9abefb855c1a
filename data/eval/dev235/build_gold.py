"""Build the dev235 gold files (data/eval/dev235/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev235/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev235.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev235"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Saipan Tribune (Northern Mariana Islands) business/legislature (a resort owes $9.6M in taxes), headline
#    "Resort owes ..., Finance tells lawmakers" without quote marks, byline, straight " and apostrophes; content before
#    "according to the Department of Finance"; secretary "told the House Ways and Means Committee yesterday that A and
#    had B" (one span), quote with "Babauta said", "He said A"; general manager in an apposition "said A", split quote
#    with "Tan said." whose second stretch runs open to the end of its paragraph, then a closed quote-only paragraph;
#    Q&A "Asked by committee chair ... when ..., Tan replied: "...""; chair "said she was "..." the resort intended
#    to pay" (partial only), quote with "she said"; scare so-called "tax holiday"; group "Several resort workers who
#    attended the hearing said A"; anonymous housekeeper "one housekeeper said, asking not to be named"; "Tan said A";
#    visitors authority "said A"; a second lawmaker in an apposition "said A", "he said".
ARTICLES[f"{BATCH}/garapan-bay-resort-unpaid-taxes.gold.json"] = {
    "article": f"{BATCH}/garapan-bay-resort-unpaid-taxes.txt",
    "target": "Garapan Bay Resort",
    "quotes": [
        (I, "Department of Finance", "Garapan Bay Resort owes the CNMI government more than $9.6 million in unpaid "
            "business gross revenue taxes and penalties", None),
        (I, "Joaquin Babauta", "the resort had not made a full tax payment since March 2024 and had ignored three demand "
            "letters", None),
        (D, "Joaquin Babauta", "We have been patient. We have given them payment plans, and they have broken every one "
            "of them,", None),
        (I, "Joaquin Babauta", "his office would ask the Attorney General's Office to file a collection suit if no "
            "payment was received by Dec. 31", None),
        (I, "Kevin Tan", "the company had been hit hard by the slow recovery of tourist arrivals from Korea and China",
            None),
        (D, "Kevin Tan", "Our occupancy was 31 percent last year. No hotel on Saipan can pay its full taxes at 31 "
            "percent,", None),
        (D, "Kevin Tan", "We are not running away. We are asking for time.", None),
        (D, "Kevin Tan", "We have 240 local employees. If we close, the government collects nothing.", None),
        (D, "Kevin Tan", "By the end of the second quarter, if arrivals improve.", None),
        (P, "Marissa Cabrera", "not convinced", None),
        (D, "Marissa Cabrera", "Every small business on this island pays its BGRT on time or gets shut down. Why is this "
            "one different?", None),
        (S, None, "tax holiday", None),
        (I, "Several resort workers who attended the hearing", "they had not received overtime pay since September",
            None),
        (D, "one housekeeper", "We are scared to complain because we need the job,", None),
        (I, "Kevin Tan", "all overtime would be paid with the December payroll", None),
        (I, "Marianas Visitors Authority", "arrivals in fiscal year 2026 were still 38 percent below 2019 levels, with "
            "Korea accounting for most of the visitors", None),
        (I, "Dennis Sablan", "lawmakers should not push the resort into bankruptcy while the tourism industry was still "
            "recovering", None),
        (D, "Dennis Sablan", "Nobody is defending non-payment. But if this hotel closes, we lose 240 jobs and the tax "
            "base along with it,", None),
    ],
    "actors": [
        actor("Department of Finance", "government", title="finance department", affiliation="CNMI government",
              aliases=["Department of Finance", "Finance"], stance=-1),
        actor("Joaquin Babauta", "person", title="Finance Secretary", affiliation="Department of Finance",
              aliases=["Joaquin Babauta", "Babauta"], stance=-1),
        actor("Kevin Tan", "person", title="general manager", affiliation="Garapan Bay Resort",
              aliases=["Kevin Tan", "Tan"], stance=1),
        actor("Marissa Cabrera", "person", title="Rep. (R-Saipan), chair of the House Ways and Means Committee",
              affiliation="CNMI House of Representatives", aliases=["Marissa Cabrera", "Cabrera"], stance=-1),
        actor("Several resort workers who attended the hearing", "group", title="resort workers",
              affiliation="Garapan Bay Resort", aliases=["Several resort workers who attended the hearing"], stance=-1),
        actor("one housekeeper", "person", title="anonymous housekeeper", affiliation="Garapan Bay Resort",
              aliases=["one housekeeper"], stance=-1),
        actor("Marianas Visitors Authority", "government", title="tourism authority", affiliation="CNMI",
              aliases=["Marianas Visitors Authority"], stance=None),
        actor("Dennis Sablan", "person", title="Rep. (Ind-Saipan), committee member",
              affiliation="CNMI House of Representatives", aliases=["Dennis Sablan", "Sablan"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ChimpReports (Uganda) health/parliament (MPs question National Medical Stores over expired medicines), headline
#    in title case without speech, no byline, curly “ ” and ’, "Shs14.2 billion", "Dr."; lede "have demanded answers"
#    and "the Auditor General flagged ..." (acts, not annotated); content before "according to the Auditor General’s
#    report"; general manager "said A", quote with "Ssekitto told MPs", "He added that B"; committee chair after "was
#    not satisfied.", split quote with "she said." (two closed stretches); MP "said NMS had “...” of matching ..."
#    (partial only), "He told ChimpReports after the session that A"; permanent secretary "defended the agency,
#    saying A “...”" (indirect plus partial), quote with "she said", "Dr. Akello said A"; coalition "said the losses
#    were “...” at a time when ..." (partial only); "The Auditor General’s report also questioned the agency’s
#    so-called “push system,”" (act; scare inside); anonymous NMS official "told ChimpReports that A", quote with
#    "the official said".
ARTICLES[f"{BATCH}/nms-expired-medicines-mps.gold.json"] = {
    "article": f"{BATCH}/nms-expired-medicines-mps.txt",
    "target": "National Medical Stores",
    "quotes": [
        (I, "Auditor General", "The drugs, mostly antimalarials, HIV test kits and antibiotics, expired between July 2024 "
            "and June 2025", None),
        (I, "Patrick Ssekitto", "the bulk of the expired stock had been donated by development partners with short shelf "
            "lives", None),
        (D, "Patrick Ssekitto", "When a donor sends you antimalarials with four months of shelf life left, and the "
            "districts already have stock, there is very little you can do,", None),
        (I, "Patrick Ssekitto", "NMS had since introduced a rule rejecting donations with less than 12 months of shelf "
            "life remaining", None),
        (D, "Esther Nakimuli", "Shs14 billion is not small money. In my constituency, the health centre has had no "
            "amoxicillin since August,", None),
        (D, "Esther Nakimuli", "So the medicine is expiring in Entebbe while mothers are being told to buy it in private "
            "pharmacies.", None),
        (P, "Joseph Opio", "failed in its most basic duty", None),
        (I, "Joseph Opio", "he would ask Parliament to order a forensic audit of the agency’s distribution records",
            None),
        (I, "Ruth Akello", "NMS delivered medicines to more than 3,000 health facilities every two months", None),
        (P, "Ruth Akello", "in very difficult conditions.", None),
        (D, "Ruth Akello", "The system is not perfect, but it works. Expiry of less than two percent of stock is within "
            "what we see across the region,", None),
        (I, "Ruth Akello", "the ministry was working with NMS on a new electronic stock system that would allow health "
            "centres to report shortages in real time", None),
        (P, "Coalition for Health Promotion and Social Development", "a scandal", None),
        (S, None, "push system,", None),
        (I, "NMS official", "the agency had warned the ministry about the problem in 2023", None),
        (D, "NMS official", "We wrote letters. The districts need one thing and the budget buys another,", None),
    ],
    "actors": [
        actor("Auditor General", "government", title="Auditor General (report)", affiliation="Uganda",
              aliases=["Auditor General"], stance=-1),
        actor("Patrick Ssekitto", "person", title="General Manager", affiliation="National Medical Stores",
              aliases=["Patrick Ssekitto", "Ssekitto", "Dr. Patrick Ssekitto"], stance=1),
        actor("Esther Nakimuli", "person", title="chairperson, Committee on Health", affiliation="Parliament of Uganda",
              aliases=["Esther Nakimuli", "Nakimuli", "Dr. Esther Nakimuli"], stance=-1),
        actor("Joseph Opio", "person", title="MP (Kilak South)", affiliation="Parliament of Uganda",
              aliases=["Joseph Opio", "Opio"], stance=-1),
        actor("Ruth Akello", "person", title="Permanent Secretary", affiliation="Ministry of Health",
              aliases=["Ruth Akello", "Akello", "Dr. Ruth Akello", "Dr. Akello"], stance=1),
        actor("Coalition for Health Promotion and Social Development", "organisation",
              title="civil society coalition", affiliation="Uganda",
              aliases=["Coalition for Health Promotion and Social Development", "HEPS-Uganda"], stance=-1),
        actor("NMS official", "person", title="anonymous official", affiliation="National Medical Stores",
              aliases=["NMS official", "the official"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Helsinki Times (Finland) environment (Metsähallitus plans to log old forests in Lapland), headline without
#    quote marks ("... criticise ... plan"), "HELSINKI TIMES" line, straight " and apostrophes, "per cent"; content
#    before "according to its new regional plan"; "reindeer herding cooperatives, which say A" (present tense, group);
#    chair named after his quote with "told STT", "Aikio said A but that B" (one span), "he said"; company "said in a
#    statement that A and that B" (one span); regional director "said A", split quote with "Lehtonen said." (two closed
#    stretches), "He said A"; "Researchers ... have found that ..." (no cue); senior scientist "said A", "she said";
#    group "Environmental groups called the plan "..."" (partial); conservation association "said A"; Sámi Parliament
#    "said A, as required under ..., and that B" (one span); "Some forestry entrepreneurs ... welcomed the plan" (act);
#    anonymous contractor "who did not want to be named said A", "he said"; minister "said she would ..."; scare
#    so-called "landscape ecological" areas.
ARTICLES[f"{BATCH}/metsahallitus-lapland-logging-reindeer.gold.json"] = {
    "article": f"{BATCH}/metsahallitus-lapland-logging-reindeer.txt",
    "target": "Metsähallitus",
    "quotes": [
        (I, "Metsähallitus", "State forest enterprise Metsähallitus plans to fell about 2,300 hectares of forest in the "
            "municipalities of Inari and Savukoski over the next five years, including stands more than 150 years old",
            None),
        (I, "reindeer herding cooperatives", "the old forests are the only places where their animals can find hanging "
            "lichen in winters with thick ice on the ground", None),
        (D, "Niilo Aikio", "When the ground lichen is under ice, the reindeer eat from the trees. If the old trees are "
            "gone, we have to buy feed, and feed costs more than the reindeer are worth,", None),
        (I, "Niilo Aikio", "the cooperative had taken part in three consultation meetings but that none of its proposals "
            "had been included", None),
        (D, "Niilo Aikio", "They listened politely. Then they drew the map they had already drawn,", None),
        (I, "Metsähallitus", "the plan left more than 60 per cent of its forest land in the two municipalities outside "
            "commercial use and that cutting would avoid the most important winter pastures", None),
        (I, "Kari Lehtonen", "the company had to balance many interests in the north", None),
        (D, "Kari Lehtonen", "We have a duty to produce timber for the mills and income for the state, and we have a duty "
            "to the herders and to nature,", None),
        (D, "Kari Lehtonen", "This plan does both. I understand that not everyone agrees.", None),
        (I, "Kari Lehtonen", "the felling volumes were about a third lower than in the previous plan", None),
        (I, "Anna-Liisa Mäkinen", "the planned cuts would shrink winter pastures for decades", None),
        (D, "Anna-Liisa Mäkinen", "In herding terms, a forest cut today comes back for the grandchildren of today's "
            "herders,", None),
        (P, "Environmental groups", "a step backwards", None),
        (I, "Finnish Association for Nature Conservation", "the stands slated for felling included at least 14 sites it "
            "had mapped as potential old-growth forest", None),
        (I, "Sámi Parliament", "it had not been properly consulted, as required under the Sámi Parliament Act, and that "
            "it would consider a complaint to the Chancellor of Justice", None),
        (I, "harvesting contractor", "local jobs depended on the state's forests", None),
        (D, "harvesting contractor", "Every winter there is less work. If Metsähallitus stops cutting, my two drivers go "
            "south,", None),
        (I, "Sari Kettunen", "she would meet representatives of the herders and the Sámi Parliament in Inari in January",
            None),
        (S, None, "landscape ecological", None),
    ],
    "actors": [
        actor("Metsähallitus", "organisation", title="state forest enterprise", affiliation="Finland",
              aliases=["Metsähallitus"], stance=1),
        actor("reindeer herding cooperatives", "group", title="reindeer herding cooperatives", affiliation="Lapland",
              aliases=["reindeer herding cooperatives"], stance=-1),
        actor("Niilo Aikio", "person", title="chair", affiliation="Paistunturi reindeer herding cooperative",
              aliases=["Niilo Aikio", "Aikio"], stance=-1),
        actor("Kari Lehtonen", "person", title="regional director", affiliation="Metsähallitus",
              aliases=["Kari Lehtonen", "Lehtonen"], stance=1),
        actor("Anna-Liisa Mäkinen", "person", title="senior scientist",
              affiliation="Natural Resources Institute Finland (Luke)", aliases=["Anna-Liisa Mäkinen", "Mäkinen"],
              stance=-1),
        actor("Environmental groups", "group", title="environmental groups", affiliation="Finland",
              aliases=["Environmental groups"], stance=-1),
        actor("Finnish Association for Nature Conservation", "organisation", title="conservation group",
              affiliation="Finland", aliases=["Finnish Association for Nature Conservation"], stance=-1),
        actor("Sámi Parliament", "government", title="Sámi self-government body", affiliation="Finland",
              aliases=["Sámi Parliament"], stance=-1),
        actor("harvesting contractor", "person", title="anonymous harvesting contractor", affiliation="Savukoski",
              aliases=["harvesting contractor"], stance=1),
        actor("Sari Kettunen", "person", title="Minister of Agriculture and Forestry", affiliation="Finnish government",
              aliases=["Sari Kettunen", "Kettunen"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Business Post (Ireland) business (a US-owned biologics plant in Cork to close), headline without speech,
#    standfirst "US parent says facility is ‘no longer competitive’ as ...", byline, curly single ‘ ’ for quotes and
#    fragments with ’ apostrophes (plant’s, Verant’s, canteen), "Co Cork", "Dr"; content before "the company confirmed
#    on Thursday" (Carrigaline Biologics); "In a statement, Verant said the Cork site was ‘...’ against ... and that
#    the decision had ‘...’" (two partials); anonymous technician, split quote with "said one process technician, who
#    asked not to be named." (two closed stretches); head of operations in an apposition "said A and would B" (one
#    span), split quote with "he said." whose second stretch runs open to the end of its paragraph, then a closed
#    quote-only paragraph; minister "said he was ‘...’ and that B" (partial plus indirect); IDA "said the facility was
#    ‘...’ and that B" (partial plus indirect); union organiser "said A", split quote with "she said."; economist
#    "said A", "she said"; share move (no cue).
ARTICLES[f"{BATCH}/carrigaline-biologics-plant-closure.gold.json"] = {
    "article": f"{BATCH}/carrigaline-biologics-plant-closure.txt",
    "target": "Verant Therapeutics",
    "quotes": [
        (P, "Verant Therapeutics", "no longer competitive", "US parent says"),
        (I, "Carrigaline Biologics", "Carrigaline Biologics is to close its manufacturing plant in Ringaskiddy, Co Cork, "
            "by the end of 2027 with the loss of 410 jobs", None),
        (P, "Verant Therapeutics", "no longer competitive", "In a statement"),
        (P, "Verant Therapeutics", "nothing to do with the quality of the workforce in Ireland", None),
        (D, "one process technician", "People walked out of that room in shock,", None),
        (D, "one process technician", "Some of us have been here since the day it opened. We were told in June that the "
            "new product line was coming to Cork.", None),
        (I, "Daniel Reyes", "the company would pay enhanced redundancy terms above the statutory minimum and would offer "
            "roles in North Carolina to staff who wanted to relocate", None),
        (D, "Daniel Reyes", "This is a painful decision and not one we took lightly,", None),
        (D, "Daniel Reyes", "Cork has been an excellent site for us for 14 years.", None),
        (D, "Daniel Reyes", "But the economics of a single-product plant of this age no longer work, and we have to be "
            "honest with our people about that.", None),
        (P, "Declan Furlong", "deeply disappointed", None),
        (I, "Declan Furlong", "IDA Ireland would work to find a new occupier for the site", None),
        (P, "IDA Ireland", "a high-quality, fully validated asset", None),
        (I, "IDA Ireland", "it had already been contacted by two companies interested in it", None),
        (I, "Gráinne Holland", "the union would seek an urgent meeting with the company to negotiate redundancy terms",
            None),
        (D, "Gráinne Holland", "Workers were given assurances as recently as the summer. Those assurances turned out to "
            "be worthless,", None),
        (D, "Gráinne Holland", "We want to know what changed, and when.", None),
        (I, "Niamh Corcoran", "the closure reflected a shift in the industry rather than a problem with Ireland", None),
        (D, "Niamh Corcoran", "Older plants making a single biologic are vulnerable everywhere. The newer multi-product "
            "sites in Cork are still winning investment,", None),
    ],
    "actors": [
        actor("Verant Therapeutics", "organisation", title="US parent company", affiliation="United States",
              aliases=["Verant Therapeutics", "Verant", "US parent"], stance=1),
        actor("Carrigaline Biologics", "organisation", title="biologics manufacturer (Cork plant)",
              affiliation="Verant Therapeutics", aliases=["Carrigaline Biologics"], stance=0),
        actor("one process technician", "person", title="anonymous process technician",
              affiliation="Carrigaline Biologics", aliases=["one process technician"], stance=-1),
        actor("Daniel Reyes", "person", title="head of global operations", affiliation="Verant Therapeutics",
              aliases=["Daniel Reyes", "Reyes"], stance=1),
        actor("Declan Furlong", "person", title="Minister for Enterprise, Tourism and Employment",
              affiliation="Irish government", aliases=["Declan Furlong", "Furlong"], stance=-1),
        actor("IDA Ireland", "government", title="investment agency", affiliation="Ireland", aliases=["IDA Ireland"],
              stance=None),
        actor("Gráinne Holland", "person", title="divisional organiser", affiliation="Siptu",
              aliases=["Gráinne Holland", "Holland"], stance=-1),
        actor("Niamh Corcoran", "person", title="economist", affiliation="University College Cork",
              aliases=["Niamh Corcoran", "Corcoran", "Dr Niamh Corcoran"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
