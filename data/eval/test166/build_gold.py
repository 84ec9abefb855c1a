"""Build the test166 gold files (data/eval/test166/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test166/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test166.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test166"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Electronics Weekly (UK electronics trade press) business/labour (a chipmaker closes its Welsh wafer fab),
#    headline without speech, byline and date lines, British curly single quotes ‘...’ for full quotes and
#    fragments with ’ apostrophes (`they’d` inside a quote), "€60 million", "per cent"; lede content before "the
#    company said on Wednesday"; "The Dutch-headquartered power semiconductor maker said A and that B" (one span);
#    CEO named after his quote, then a quote-only paragraph; "Hoekstra said A and would ‘...’ at any offer ..."
#    (indirect plus partial); union officer "said A and that B" (one span), "he said"; scare so-called
#    ‘mature-node’ devices; "A Welsh Government spokesperson said ministers were ‘...’ by the decision and that B"
#    (partial plus indirect); MP "described the news as ‘...’ for the city" (partial only); analyst "said A", quote
#    with "Nowak told Electronics Weekly"; group "Workers leaving the site ... said A"; anonymous technician named
#    by the phrase after his quote ("said one process technician, who did not want to be named").
ARTICLES[f"{BATCH}/arlenta-newport-fab-closure.gold.json"] = {
    "article": f"{BATCH}/arlenta-newport-fab-closure.txt",
    "target": "Arlenta Semiconductors",
    "quotes": [
        (I, "Arlenta Semiconductors", "Arlenta Semiconductors is to close its 200mm wafer fab in Newport, south Wales, by "
            "the end of 2027 with the loss of about 380 jobs", None),
        (I, "Arlenta Semiconductors", "demand for the silicon MOSFETs made at the site had fallen by more than a third "
            "since 2024 and that production would move to its larger fab in Dresden", None),
        (D, "Pieter Hoekstra", "This is a painful decision, and it is not a reflection on the people in Newport, who have "
            "run one of the best-performing fabs in our network,", None),
        (D, "Pieter Hoekstra", "The market for older silicon devices has changed permanently. We have to concentrate our "
            "volume where we can run at scale.", None),
        (I, "Pieter Hoekstra", "the company would offer redundancy terms above the statutory minimum", None),
        (P, "Pieter Hoekstra", "look seriously", None),
        (I, "Gareth Lewis", "members had been told of the closure at a 15-minute meeting on Wednesday morning and that the "
            "union would fight for every job", None),
        (D, "Gareth Lewis", "Three years ago these workers were told they were the future of the compound semiconductor "
            "cluster in south Wales. Now they are told they are surplus,", None),
        (S, None, "mature-node", None),
        (P, "Welsh Government spokesperson", "deeply disappointed", None),
        (I, "Welsh Government spokesperson", "officials would work with the company and the UK Government to find a buyer "
            "for the site", None),
        (P, "Catrin Howells", "a hammer blow", None),
        (I, "Tomasz Nowak", "the closure reflected overcapacity in older silicon as Chinese fabs ramped up production of "
            "the same parts at lower prices", None),
        (D, "Tomasz Nowak", "Europe has too many small 200mm fabs making commodity parts. Newport is not going to be the "
            "last,", None),
        (I, "Workers leaving the site on Wednesday afternoon", "they had expected cuts but not a full closure", None),
        (D, "one process technician", "We thought they’d move a product line, not shut the doors,", None),
    ],
    "actors": [
        actor("Arlenta Semiconductors", "organisation", title="power semiconductor maker",
              affiliation="Netherlands", aliases=["Arlenta Semiconductors", "Arlenta", "the company"], stance=0),
        actor("Pieter Hoekstra", "person", title="chief executive", affiliation="Arlenta Semiconductors",
              aliases=["Pieter Hoekstra", "Hoekstra"], stance=1),
        actor("Gareth Lewis", "person", title="regional officer", affiliation="Unite",
              aliases=["Gareth Lewis", "Lewis"], stance=-1),
        actor("Welsh Government spokesperson", "person", title="spokesperson", affiliation="Welsh Government",
              aliases=["Welsh Government spokesperson"], stance=-1),
        actor("Catrin Howells", "person", title="Newport West MP", affiliation=None,
              aliases=["Catrin Howells", "Howells"], stance=-1),
        actor("Tomasz Nowak", "person", title="analyst", affiliation="Lindqvist Research",
              aliases=["Tomasz Nowak", "Nowak"], stance=0),
        actor("Workers leaving the site on Wednesday afternoon", "group", title="workers",
              affiliation="Arlenta Semiconductors (Newport)", aliases=["Workers leaving the site on Wednesday afternoon"],
              stance=-1),
        actor("one process technician", "person", title="process technician (anonymous)",
              affiliation="Arlenta Semiconductors (Newport)", aliases=["one process technician"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Business Times (Singapore) markets/REITs (a logistics REIT's units fall on a rights issue), headline
#    without speech, byline and "Published Wed, Dec 3, 2026 · 07:15 PM" lines, lede opening in capitals
#    ("UNITS"), straight " and apostrophes, "S$420 million", "per cent"; lede "after its manager unveiled a ...
#    rights issue" (no speech verb); content before "the manager, MALT Asset Management, said in a bourse filing";
#    "The manager said A and that B" (one span); CEO named after her quote, then a quote split mid-sentence by "she
#    added" (the second stretch lower-case); "Lim said A but had B so that ... "..."" (indirect plus partial);
#    scare so-called "right of first refusal" pipeline; "Analysts were divided." (no speech); analyst "said the deal
#    was "..." but that B" (partial plus indirect); anonymous "A fund manager who holds the units, speaking on
#    condition of anonymity, told The Business Times that the manager had "..." to ..." (partial only), then "The
#    fund manager said A"; content before "according to its latest results" (the manager's); investors' association
#    "said it would A".
ARTICLES[f"{BATCH}/malt-rights-issue-vietnam-warehouses.gold.json"] = {
    "article": f"{BATCH}/malt-rights-issue-vietnam-warehouses.txt",
    "target": "MALT Asset Management",
    "quotes": [
        (I, "MALT Asset Management", "The rights will be offered at S$0.62 each, a 19 per cent discount to Tuesday's "
            "closing price", None),
        (I, "MALT Asset Management", "the acquisition would lift distribution per unit (DPU) by 2.4 per cent on a pro "
            "forma basis and that the sponsor, Hong Kong-listed Meridian Group, had undertaken to subscribe for its full "
            "entitlement", None),
        (D, "Lim Wei Ling", "We see northern Vietnam as the most attractive logistics market in the region for the next "
            "decade. Manufacturers are moving there and they need modern, well-located space,", None),
        (D, "Lim Wei Ling", "The rights issue is the cleanest way to fund it,", None),
        (D, "Lim Wei Ling", "without stretching the balance sheet.", None),
        (I, "Lim Wei Ling", "the manager had considered a private placement but had chosen a rights issue so that all "
            "unitholders could take part", None),
        (P, "Lim Wei Ling", "on equal terms", None),
        (S, None, "right of first refusal", None),
        (P, "Kenneth Ong", "yield-accretive on paper", None),
        (I, "Kenneth Ong", "it would raise MALT's exposure to a single emerging market to almost a third of its portfolio",
            None),
        (P, "fund manager who holds the units", "not earned the right", None),
        (I, "fund manager who holds the units", "he would vote against the acquisition at the extraordinary general "
            "meeting, which is expected to be held in January", None),
        (I, "MALT Asset Management", "MALT's gearing stood at 41.2 per cent as at Sept 30", None),
        (I, "Securities Investors Association (Singapore)", "it would write to the manager to seek clarification on how "
            "the issue price had been set", None),
    ],
    "actors": [
        actor("MALT Asset Management", "organisation", title="REIT manager", affiliation="Meridian Asia Logistics Trust",
              aliases=["MALT Asset Management", "the manager", "The manager"], stance=1),
        actor("Lim Wei Ling", "person", title="chief executive", affiliation="MALT Asset Management",
              aliases=["Lim Wei Ling", "Lim"], stance=1),
        actor("Kenneth Ong", "person", title="analyst", affiliation="Harbourfront Securities",
              aliases=["Kenneth Ong", "Ong"], stance=0),
        actor("fund manager who holds the units", "person", title="fund manager (anonymous)", affiliation=None,
              aliases=["fund manager who holds the units", "The fund manager"], stance=-1),
        actor("Securities Investors Association (Singapore)", "organisation", title="investors' association",
              affiliation="Singapore", aliases=["Securities Investors Association (Singapore)"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Khaama Press (Afghanistan, English-language) disaster (flash floods in Baghlan; residents say aid was slow),
#    headline without speech (`residents say aid slow to arrive` has no quote marks and is not annotated), byline,
#    straight " and apostrophes; lede content before "the Taliban administration's Ministry of State for Disaster
#    Management said on Wednesday"; spokesman "said A and that B" (one span), quote with "Nazari told Khaama Press";
#    group "But residents of Burka district said A and had B" (one span); farmer named after his quote, "He said A";
#    governor's spokesman "said A"; "According to the UN Office ... (OCHA), A"; WFP "said A but warned that B" (two
#    indirects); elder "said the floods were "..." and blamed the cutting of trees ..." (partial only; "blamed" an
#    act), "he said"; scare so-called "early warning system"; "Nazari denied that A, saying B and that C" (two
#    indirects); group "Aid agencies have warned that A".
ARTICLES[f"{BATCH}/baghlan-flash-floods-aid.gold.json"] = {
    "article": f"{BATCH}/baghlan-flash-floods-aid.txt",
    "target": "Taliban administration",
    "quotes": [
        (I, "Ministry of State for Disaster Management", "At least 34 people have been killed and dozens injured after "
            "flash floods swept through several districts of northern Baghlan province on Monday night", None),
        (I, "Abdul Qadir Nazari", "more than 600 homes had been destroyed or damaged in Baghlan-e-Markazi, Burka and Nahrin "
            "districts and that rescue teams were still searching for 11 missing people", None),
        (D, "Abdul Qadir Nazari", "Our teams reached the affected areas within hours. Food, tents and medicine have been "
            "distributed to more than 400 families, and more aid is on the way,", None),
        (I, "residents of Burka district", "they had received no help in the first two days and had dug through the mud "
            "with their hands to find survivors", None),
        (D, "Gul Ahmad", "We lost everything: the house, the wheat we stored for winter, two cows. Nobody from the "
            "government came until Wednesday,", None),
        (I, "Gul Ahmad", "his nephew was among the missing", None),
        (I, "Hekmatullah Rahimi", "heavy machinery had been sent to reopen the Baghlan-Mazar highway, which was blocked by "
            "mud and rocks in two places", None),
        (I, "UN Office for the Coordination of Humanitarian Affairs", "about 4,800 people have been affected by the floods, "
            "and several health facilities and schools have been damaged", None),
        (I, "World Food Programme", "it had delivered emergency food to 1,200 families", None),
        (I, "World Food Programme", "funding cuts had left it with stocks in the province for only a few weeks", None),
        (P, "Sayed Karim", "the worst in forty years", None),
        (D, "Sayed Karim", "When I was a boy the hills were covered in pistachio trees. Now the water comes down like a "
            "wall,", None),
        (S, None, "early warning system", None),
        (I, "Abdul Qadir Nazari", "the response had been slow", None),
        (I, "Abdul Qadir Nazari", "floodwater had cut roads in several places and that helicopters could not fly on "
            "Tuesday because of low cloud", None),
        (I, "Aid agencies", "cuts in international funding since 2021 have left the country poorly prepared for natural "
            "disasters, with millions already dependent on food assistance", None),
    ],
    "actors": [
        actor("Ministry of State for Disaster Management", "government", title="disaster management ministry",
              affiliation="Taliban administration", aliases=["Ministry of State for Disaster Management", "the ministry"],
              stance=0),
        actor("Abdul Qadir Nazari", "person", title="spokesman", affiliation="Ministry of State for Disaster Management",
              aliases=["Abdul Qadir Nazari", "Nazari"], stance=1),
        actor("residents of Burka district", "group", title="residents", affiliation="Baghlan province",
              aliases=["residents of Burka district"], stance=-1),
        actor("Gul Ahmad", "person", title="farmer, 52, from Dahana", affiliation=None, aliases=["Gul Ahmad", "Ahmad"],
              stance=-1),
        actor("Hekmatullah Rahimi", "person", title="provincial governor's spokesman", affiliation="Baghlan governor's office",
              aliases=["Hekmatullah Rahimi", "Rahimi", "Mawlawi Hekmatullah Rahimi"], stance=1),
        actor("UN Office for the Coordination of Humanitarian Affairs", "organisation", title="UN humanitarian office",
              affiliation="United Nations", aliases=["UN Office for the Coordination of Humanitarian Affairs", "OCHA"],
              stance=None),
        actor("World Food Programme", "organisation", title="UN food agency", affiliation="United Nations",
              aliases=["World Food Programme"], stance=None),
        actor("Sayed Karim", "person", title="tribal elder in Nahrin", affiliation=None,
              aliases=["Sayed Karim", "Karim", "Haji Sayed Karim"], stance=None),
        actor("Aid agencies", "group", title="aid agencies", affiliation=None, aliases=["Aid agencies"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Hakai Magazine (Canada, coastal science) science/fisheries (a study says the fisheries department overestimated
#    herring stocks), title-case headline without speech, byline and date lines, curly “ ” and ’ (`O’Reilly`,
#    `It’s` inside a quote); lede content before "according to a study published Tuesday in the journal ..."; "The
#    researchers said A"; lead author named after her quote, then a quote over two paragraphs (an open paragraph,
#    then a closed one); co-author "said A, noting that B" (two indirects); scare so-called “kazunoko” market;
#    department "In an emailed statement, DFO said its stock assessments were “...” and that B" (partial plus
#    indirect), quote with "the statement said"; content before "according to DFO figures"; association director
#    "said the study was “...”" (partial only, full stop inside), "he said"; network coordinator "said A"; "The
#    study’s authors recommend that ..." (directive, not annotated).
ARTICLES[f"{BATCH}/strait-of-georgia-herring-study-dfo.gold.json"] = {
    "article": f"{BATCH}/strait-of-georgia-herring-study-dfo.txt",
    "target": "Fisheries and Oceans Canada",
    "quotes": [
        (I, "researchers", "Fisheries and Oceans Canada (DFO) overestimated the size of Pacific herring stocks in the "
            "Strait of Georgia for at least 15 years, allowing catches that may have contributed to the loss of spawning "
            "in several areas", None),
        (I, "researchers", "the department’s models had consistently assumed that herring were surviving to spawn at "
            "higher rates than they were", None),
        (D, "Aisha Rahman", "The numbers looked healthy on paper because the model kept telling us the fish were there,",
            None),
        (D, "Aisha Rahman", "But the spawn surveys were shrinking in places like Baynes Sound and Lambert Channel, and "
            "nobody connected the two in time.", None),
        (D, "Aisha Rahman", "By the time the model caught up, some of those spawning areas were gone.", None),
        (I, "Liam O’Reilly", "the study did not prove that fishing alone caused the declines", None),
        (I, "Liam O’Reilly", "warmer water and predators such as seals and humpback whales had also increased over the "
            "period", None),
        (S, None, "kazunoko", None),
        (P, "Fisheries and Oceans Canada", "peer-reviewed and precautionary", None),
        (I, "Fisheries and Oceans Canada", "the department had cut the Strait of Georgia harvest rate from 20 to 10 per "
            "cent in 2022", None),
        (D, "Fisheries and Oceans Canada", "Science evolves, and our models evolve with it,", None),
        (I, "Fisheries and Oceans Canada", "The 2026 spawning biomass in the strait was estimated at about 68,000 tonnes",
            None),
        (P, "Dan Whelan", "hindsight dressed up as science.", None),
        (D, "Dan Whelan", "Every decision was made with the best data available at the time. It’s easy to draw a line "
            "backwards,", None),
        (I, "Mei Lin Zhao", "the findings confirmed what First Nations and divers had been reporting for two decades",
            None),
    ],
    "actors": [
        actor("researchers", "group", title="study authors", affiliation="Fish and Fisheries study",
              aliases=["researchers", "study"], stance=-1),
        actor("Aisha Rahman", "person", title="lead author, fisheries scientist", affiliation="Simon Fraser University",
              aliases=["Aisha Rahman", "Rahman", "Dr. Aisha Rahman"], stance=-1),
        actor("Liam O’Reilly", "person", title="co-author", affiliation=None,
              aliases=["Liam O’Reilly", "O’Reilly", "Dr. Liam O’Reilly"], stance=0),
        actor("Fisheries and Oceans Canada", "government", title="federal fisheries department", affiliation="Canada",
              aliases=["Fisheries and Oceans Canada", "DFO", "the department", "the statement"], stance=1),
        actor("Dan Whelan", "person", title="executive director", affiliation="Pacific Roe Herring Association",
              aliases=["Dan Whelan", "Whelan"], stance=1),
        actor("Mei Lin Zhao", "person", title="coordinator", affiliation="Salish Sea Herring Network",
              aliases=["Mei Lin Zhao", "Zhao"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
