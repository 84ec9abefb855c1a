"""Build the test154 gold files (data/eval/test154/*.gold.json) from the annotation specs below.

Held out: do not read these articles or specs while building or tuning the extractor.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test154/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test154.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test154"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Daily Express (Sabah, Malaysia) local (a burst main pipe cuts water supply), headline without speech, dateline
#    "Kota Kinabalu:" opening the lede, straight " and apostrophes, "RM1.2 billion", "1,200mm"; lede content before
#    "the Sabah Water Department (JANS) said"; director "said A, but warned that B" (two indirects), quote with "he
#    told reporters", "He said A"; group "Residents in Taman Foh Sang and Luyang, however, said A"; retiree named
#    after her quote, then a quote-only paragraph; assemblyman "said the ... disruptions showed that JANS had "..."
#    for ..., and called for ..." (partial only; the directive not annotated), "he said in a statement"; scare
#    so-called "non-revenue water" (glossed); "According to State Infrastructure Development Minister Datuk Rahman
#    Sulaiman, A", quote with "Rahman said"; association "said A and that B" (one span); "some asked guests to
#    limit ...", "JANS has advised consumers to ..." (directives).
ARTICLES[f"{BATCH}/kota-kinabalu-water-pipe-burst.gold.json"] = {
    "article": f"{BATCH}/kota-kinabalu-water-pipe-burst.txt",
    "target": "Sabah Water Department",
    "quotes": [
        (I, "Sabah Water Department", "More than 80,000 consumers in Kota Kinabalu and Penampang have been without water "
            "since Sunday after a main pipe burst for the third time this year", None),
        (I, "Matthew Gundan", "repairs on the 1,200mm pipe at Kampung Kolombong were expected to be completed by "
            "Wednesday night", None),
        (I, "Matthew Gundan", "supply to higher areas could take another two days to recover", None),
        (D, "Matthew Gundan", "The pipe is more than 40 years old. We have replaced the damaged section twice, but the "
            "whole line needs to be changed, and that requires federal funding,", None),
        (I, "Matthew Gundan", "the department had deployed 26 water tankers to affected areas, giving priority to "
            "hospitals, clinics and schools", None),
        (I, "Residents in Taman Foh Sang and Luyang", "the tankers arrived irregularly and often ran out before everyone "
            "could fill their containers", None),
        (D, "Chong Mei Ling", "I waited from seven in the morning until noon with six buckets. When my turn came, the "
            "lorry was empty,", None),
        (D, "Chong Mei Ling", "My husband is diabetic. We cannot live like this every few months.", None),
        (P, "Alvin Teo", "failed to plan", None),
        (D, "Alvin Teo", "Every year we hear the same story: old pipes, no money. The people are tired of excuses,",
            None),
        (S, None, "non-revenue water", None),
        (I, "Rahman Sulaiman", "the state has applied for RM1.2 billion under the federal water supply programme to "
            "replace ageing pipes on the west coast", None),
        (D, "Rahman Sulaiman", "The Water Department is doing its best with what it has. The problem is decades of "
            "under-investment, and that will not be solved in one budget,", None),
        (I, "Kota Kinabalu Restaurant Owners Association", "several of its members had closed temporarily since Sunday "
            "and that JANS should compensate affected businesses for their losses", None),
    ],
    "actors": [
        actor("Sabah Water Department", "government", title="state water department", affiliation="Sabah",
              aliases=["Sabah Water Department", "JANS", "the department"], stance=0),
        actor("Matthew Gundan", "person", title="director", affiliation="Sabah Water Department",
              aliases=["Matthew Gundan", "Gundan"], stance=1),
        actor("Residents in Taman Foh Sang and Luyang", "group", title="residents", affiliation=None,
              aliases=["Residents in Taman Foh Sang and Luyang"], stance=-1),
        actor("Chong Mei Ling", "person", title="retiree, 68", affiliation=None, aliases=["Chong Mei Ling", "Chong"],
              stance=-1),
        actor("Alvin Teo", "person", title="Luyang assemblyman", affiliation="Sabah State Assembly",
              aliases=["Alvin Teo", "Teo"], stance=-1),
        actor("Rahman Sulaiman", "person", title="State Infrastructure Development Minister (Datuk)",
              affiliation="Sabah state government", aliases=["Rahman Sulaiman", "Rahman"], stance=1),
        actor("Kota Kinabalu Restaurant Owners Association", "organisation", title="business association",
              affiliation=None, aliases=["Kota Kinabalu Restaurant Owners Association"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Scottish Farmer (Scotland, farming weekly) agriculture (a processor cuts its milk price), headline with a
#    curly single fragment "‘a kick in the teeth’, says NFUS", byline, British curly single quotes ‘ ’ with ’
#    apostrophes (`can’t`, `isn’t`, `year’s`, `it’s` inside quotes, `Clydebrae’s`, `company’s` outside), lede opening
#    in capitals (`DAIRY farmers`), "36.5ppl", "£45,000"; lede content before "the processor confirmed this week –
#    ..."; union "which NFU Scotland said was ‘...’ for ..." (partial only); processor's letter "said the reduction
#    reflected ‘...’ in ... and that it had held its price ‘...’" (two partials); scare so-called ‘Greener Milk’
#    contract (glossed); managing director "said: ‘...’"; committee chair "said the timing ... was ‘...’" (partial),
#    quote split by "he said"; producer "said A", "she said"; "According to AHDB, A"; consultant "said Clydebrae was
#    ‘...’ and that B" (partial plus indirect); MSP "said A", "he added".
ARTICLES[f"{BATCH}/clydebrae-milk-price-cut.gold.json"] = {
    "article": f"{BATCH}/clydebrae-milk-price-cut.txt",
    "target": "Clydebrae Dairies",
    "quotes": [
        (P, "NFU Scotland", "a kick in the teeth", None),
        (I, "Clydebrae Dairies", "DAIRY farmers supplying Clydebrae Dairies will see their milk price fall by 2.5p per "
            "litre from January 1", None),
        (P, "NFU Scotland", "well below the cost of production", None),
        (P, "Clydebrae Dairies", "sustained weakness", None),
        (P, "Clydebrae Dairies", "for as long as was commercially possible", None),
        (S, None, "Greener Milk", None),
        (D, "Euan Leckie", "Nobody in this business takes a price cut lightly. Our farmers are our business, and we will "
            "move the price back up as soon as the markets allow. But we can’t pay a price that the market isn’t "
            "paying us.", None),
        (P, "Alastair Brodie", "brutal", None),
        (D, "Alastair Brodie", "Farmers have just paid for winter feed and fertiliser at last year’s prices. They’ve got "
            "no room left,", None),
        (D, "Alastair Brodie", "A lot of the younger ones will be asking whether it’s worth carrying on.", None),
        (I, "Fiona McCallum", "the cut would cost her family business about £45,000 a year", None),
        (D, "Fiona McCallum", "We’ve invested in a new parlour, we’ve done everything Clydebrae asked on sustainability, "
            "and this is what we get,", None),
        (I, "AHDB", "the average UK farmgate milk price stood at 39.8ppl in October, with wholesale cream and butter "
            "prices down 18% since the summer", None),
        (P, "Ruth Galbraith", "not alone", None),
        (I, "Ruth Galbraith", "she expected at least two other processors to announce cuts before the end of January",
            None),
        (I, "Graeme Rennie", "he had written to Clydebrae asking it to delay the cut until the spring flush", None),
        (D, "Graeme Rennie", "Processors need to share the pain, not pass all of it down the chain,", None),
    ],
    "actors": [
        actor("NFU Scotland", "organisation", title="farmers' union", affiliation=None,
              aliases=["NFU Scotland", "NFUS"], stance=-1),
        actor("Clydebrae Dairies", "organisation", title="milk processor", affiliation=None,
              aliases=["Clydebrae Dairies", "Clydebrae", "the processor"], stance=1),
        actor("Euan Leckie", "person", title="managing director", affiliation="Clydebrae Dairies",
              aliases=["Euan Leckie", "Leckie"], stance=1),
        actor("Alastair Brodie", "person", title="milk committee chair", affiliation="NFU Scotland",
              aliases=["Alastair Brodie", "Brodie"], stance=-1),
        actor("Fiona McCallum", "person", title="dairy producer, Stewarton (Ayrshire)", affiliation=None,
              aliases=["Fiona McCallum", "McCallum"], stance=-1),
        actor("AHDB", "organisation", title="levy board (market data)", affiliation=None, aliases=["AHDB"],
              stance=None),
        actor("Ruth Galbraith", "person", title="independent dairy consultant", affiliation=None,
              aliases=["Ruth Galbraith", "Galbraith"], stance=0),
        actor("Graeme Rennie", "person", title="South Scotland MSP", affiliation="Scottish Parliament",
              aliases=["Graeme Rennie", "Rennie"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Tonga Broadcasting Commission news (Tonga) disaster (cyclone relief slow to reach outer islands), headline
#    without speech, dateline "Nuku'alofa, Tonga (TBC News) --" running into the lede, straight " with apostrophes in
#    place names (`Ha'apai`, `Nuku'alofa`, `Ha'ano`, `Otuanga'ofa`), US punctuation inside closing marks, "TOP$2.5
#    million"; lede content before "according to town officers on Ha'ano and Foa"; NEMO "said A, and that they would
#    be sent ... "..."" (indirect plus partial); director named after his quote ("told TBC News"), "He said A and
#    that B" (one span); town officer named after his quote, then a quote-only paragraph; scare so-called
#    "evacuation centres" (glossed); MP "said the response had been "..." and that B" (partial plus indirect); Prime
#    Minister's Office "said in a statement that A"; Red Cross "said A, and warned that B" (two indirects); resident
#    "said A", "she said"; "According to Tonga Meteorological Service, A".
ARTICLES[f"{BATCH}/haapai-cyclone-relief-delays.gold.json"] = {
    "article": f"{BATCH}/haapai-cyclone-relief-delays.txt",
    "target": "National Emergency Management Office",
    "quotes": [
        (I, "town officers on Ha'ano and Foa", "Families on Ha'apai's outer islands are still sleeping in churches and "
            "under makeshift shelters a week after Tropical Cyclone Lisiate destroyed or damaged more than 400 homes",
            None),
        (I, "National Emergency Management Office", "relief supplies, including 1,200 tarpaulins, water containers and "
            "hygiene kits, had reached Pangai on Monday on the government vessel MV Otuanga'ofa", None),
        (P, "National Emergency Management Office", "as soon as sea conditions allow.", None),
        (D, "Sione Taufa", "We know people are waiting and we know it is hard. But we cannot send small boats into a "
            "three-metre swell with cargo and volunteers on board. We will not risk lives to save a day,", None),
        (I, "Sione Taufa", "38 percent of homes on Ha'ano had been destroyed and that the Ministry of Infrastructure had "
            "begun repairing the damaged wharf at Pangai", None),
        (D, "Viliami Lolo", "We are thirty people sleeping in the church hall. The children have been coughing since the "
            "second night,", None),
        (D, "Viliami Lolo", "We saw the government boat go past to Pangai on Monday. Nobody has come to us yet.", None),
        (S, None, "evacuation centres", None),
        (P, "Tevita Fakatava", "too slow and too centralised", None),
        (I, "Tevita Fakatava", "he would raise it in Parliament on Thursday", None),
        (I, "Prime Minister's Office", "Cabinet had approved TOP$2.5 million in emergency funding for Ha'apai, including "
            "cash grants for families whose homes were destroyed", None),
        (I, "Tonga Red Cross Society", "its volunteers had reached Foa by road and distributed drinking water to 90 "
            "households", None),
        (I, "Tonga Red Cross Society", "water tanks contaminated by seawater could cause diarrhoea among young children",
            None),
        (I, "Lesieli Vea", "her family had received a tarpaulin and a bag of rice on Tuesday", None),
        (D, "Lesieli Vea", "NEMO came quickly here. It is the small islands that are forgotten,", None),
        (I, "Tonga Meteorological Service", "another low-pressure system could bring heavy rain to the Ha'apai group by "
            "the weekend", None),
    ],
    "actors": [
        actor("town officers on Ha'ano and Foa", "group", title="town officers", affiliation=None,
              aliases=["town officers on Ha'ano and Foa"], stance=-1),
        actor("National Emergency Management Office", "government", title="disaster management office",
              affiliation="Tonga", aliases=["National Emergency Management Office", "NEMO"], stance=1),
        actor("Sione Taufa", "person", title="director", affiliation="National Emergency Management Office",
              aliases=["Sione Taufa", "Taufa"], stance=1),
        actor("Viliami Lolo", "person", title="town officer of Fakakakai (Ha'ano)", affiliation=None,
              aliases=["Viliami Lolo", "Lolo"], stance=-1),
        actor("Tevita Fakatava", "person", title="Ha'apai People's Representative", affiliation="Parliament of Tonga",
              aliases=["Tevita Fakatava", "Fakatava"], stance=-1),
        actor("Prime Minister's Office", "government", title="Prime Minister's Office", affiliation="Tonga",
              aliases=["Prime Minister's Office"], stance=None),
        actor("Tonga Red Cross Society", "organisation", title="Red Cross society", affiliation=None,
              aliases=["Tonga Red Cross Society"], stance=None),
        actor("Lesieli Vea", "person", title="resident of Pangai, 52", affiliation=None, aliases=["Lesieli Vea", "Vea"],
              stance=0),
        actor("Tonga Meteorological Service", "government", title="weather service", affiliation="Tonga",
              aliases=["Tonga Meteorological Service"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. TechCrunch (US tech news) security (a delivery startup exposes customer data), headline without speech, byline
#    and "2:15 PM PST · December 3, 2026" lines, curly “ ” and ’, US punctuation inside closing marks; "TechCrunch has
#    learned" (the publication's own reporting, not annotated); researcher "said A", quote split by "Voss told
#    TechCrunch"; scare so-called “delivery notes,” (comma inside; glossed); spokesperson "said in an email that the
#    database had been “...” of ... and that there was “...” the data ..." (two partials), quote with "Ruelas said";
#    "Voss disputed that account." (act), "She said A"; CEO "told TechCrunch on a call that the exposed database was
#    a “...” that ..." (partial only), "he said", "He said A and would B" (one span); privacy researcher named after
#    her quote, which contains a nested ‘no evidence of access’; privacy commissioner "said it had contacted ...
#    “...”" (partial only); anonymous customer "said A", "she said"; investor "declined to comment" (not annotated).
ARTICLES[f"{BATCH}/parcelwise-database-exposure.gold.json"] = {
    "article": f"{BATCH}/parcelwise-database-exposure.txt",
    "target": "Parcelwise",
    "quotes": [
        (I, "Lina Voss", "it contained more than 1.4 million delivery records from cities across the United States and "
            "Canada, some dating back to 2023", None),
        (D, "Lina Voss", "Door codes are the part that worried me most,", None),
        (D, "Lina Voss", "If you have someone’s address, their delivery schedule and the code to their building, you "
            "basically have a map of when they’re not home.", None),
        (S, None, "delivery notes,", None),
        (P, "Dana Ruelas", "secured within hours", None),
        (P, "Dana Ruelas", "no evidence", "there was “no evidence”"),
        (D, "Dana Ruelas", "We take the security of our customers’ information extremely seriously,", None),
        (I, "Lina Voss", "the database’s logs showed that at least two other IP addresses had queried the data in "
            "October, weeks before she reported it", None),
        (P, "Marcus Ilunga", "staging environment", None),
        (D, "Marcus Ilunga", "That’s on us, and we’ll own it,", None),
        (I, "Marcus Ilunga", "the company had hired an outside security firm and would notify affected customers by "
            "email this week", None),
        (D, "Priya Chandrasekar", "Companies say ‘no evidence of access’ when they haven’t kept the logs to know,", None),
        (P, "Office of the Privacy Commissioner of Canada", "to better understand what happened.", None),
        (I, "One Parcelwise customer in Toronto", "she had not received any notification from the company", None),
        (D, "One Parcelwise customer in Toronto", "I gave them my door code so the driver wouldn’t leave packages in the "
            "rain. I didn’t expect it to end up on the internet,", None),
    ],
    "actors": [
        actor("Lina Voss", "person", title="security researcher", affiliation=None, aliases=["Lina Voss", "Voss"],
              stance=-1),
        actor("Dana Ruelas", "person", title="spokesperson", affiliation="Parcelwise",
              aliases=["Dana Ruelas", "Ruelas"], stance=1),
        actor("Marcus Ilunga", "person", title="co-founder and CEO", affiliation="Parcelwise",
              aliases=["Marcus Ilunga", "Ilunga"], stance=0),
        actor("Priya Chandrasekar", "person", title="privacy researcher", affiliation="Open Rights Lab",
              aliases=["Priya Chandrasekar", "Chandrasekar"], stance=-1),
        actor("Office of the Privacy Commissioner of Canada", "government", title="privacy regulator",
              affiliation="Canada", aliases=["Office of the Privacy Commissioner of Canada"], stance=0),
        actor("One Parcelwise customer in Toronto", "person", title="customer (anonymous)", affiliation=None,
              aliases=["One Parcelwise customer in Toronto"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
