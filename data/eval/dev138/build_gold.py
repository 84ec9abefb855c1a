"""Build the dev138 gold files (data/eval/dev138/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev138/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev138.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev138"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Xinhua (English) wire (a Russian grain terminal on the Chinese border opens), "MOSCOW, Dec. 4 (Xinhua) --"
#    dateline, straight " and apostrophes, "Enditem" and "Editor:" lines. Lede content before "the Russian
#    Ministry of Agriculture said"; content before "the ministry said in a statement, adding that it would
#    "..."" (indirect plus partial only); deputy minister "said the corridor was "..."" (partial only), quote
#    with "Lukina said", "She added that A"; Chinese port official "told Xinhua that A", split quote "A," Wang
#    said. "B."; company head "said A and planned to B" (one span), quote with "he said"; scare so-called
#    "eastern vector"; "According to X, "the ..."" (direct, lower-case); "Korn noted, however, that A";
#    feed buyer "said A but that B" (one span), quote with "Liu said".
ARTICLES[f"{BATCH}/zabaikalsk-grain-terminal-russia.gold.json"] = {
    "article": f"{BATCH}/zabaikalsk-grain-terminal-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Ministry of Agriculture", "The first trainload of Russian wheat shipped through a new dedicated "
            "grain terminal at the Zabaikalsk-Manzhouli border crossing arrived in northeast China on Thursday", None),
        (I, "Russian Ministry of Agriculture", "The terminal, built by the Russian company Novy Zernovoy Put, can "
            "handle up to 8 million tonnes of grain a year", None),
        (P, "Russian Ministry of Agriculture", "substantially expand", None),
        (P, "Oksana Lukina", "a long-term project, not a one-season deal.", None),
        (D, "Oksana Lukina", "Russian farmers have a reliable partner in China. We are ready to supply not only wheat "
            "but also barley, oilseeds and pulses,", None),
        (I, "Oksana Lukina", "Russia expected its grain exports to China to exceed 5 million tonnes in 2027, up from "
            "about 2.3 million tonnes this year", None),
        (I, "Wang Deli", "customs clearance for grain at the crossing had been cut from three days to less than 10 "
            "hours", None),
        (D, "Wang Deli", "Every train that comes through here saves time for both sides,", None),
        (D, "Wang Deli", "This cooperation is practical, and it is mutually beneficial.", None),
        (I, "Artyom Sedykh", "the company had invested about 21 billion rubles (about 270 million U.S. dollars) in the "
            "terminal and planned to open a second loading line by 2028", None),
        (D, "Artyom Sedykh", "When some people talked about isolating Russia, they forgot that the world is much "
            "bigger than Europe,", None),
        (S, None, "eastern vector", None),
        (D, "Yevgeny Korn", "the eastward turn in agricultural trade is now irreversible.", None),
        (I, "Yevgeny Korn", "high rail tariffs and the volatility of the ruble remained serious challenges for "
            "exporters, particularly smaller farms in Siberia", None),
        (I, "Liu Jun", "Russian wheat was competitively priced but that quality inspections would remain strict",
            None),
        (D, "Liu Jun", "We will buy more if the quality is stable,", None),
    ],
    "actors": [
        actor("Russian Ministry of Agriculture", "government", title="ministry",
              aliases=["Russian Ministry of Agriculture", "ministry"], stance=1),
        actor("Oksana Lukina", "person", title="Deputy Agriculture Minister", affiliation="Russia",
              aliases=["Oksana Lukina", "Lukina"], stance=1),
        actor("Wang Deli", "person", title="deputy director", affiliation="Manzhouli port administration",
              aliases=["Wang Deli", "Wang"], stance=1),
        actor("Artyom Sedykh", "person", title="general director", affiliation="Novy Zernovoy Put",
              aliases=["Artyom Sedykh", "Sedykh"], stance=1),
        actor("Yevgeny Korn", "person", title="senior researcher",
              affiliation="Institute of China and Contemporary Asia, Russian Academy of Sciences",
              aliases=["Yevgeny Korn", "Korn"], stance=0),
        actor("Liu Jun", "person", title="purchasing manager", affiliation="feed company in Heilongjiang",
              aliases=["Liu Jun", "Liu"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Beef Central (Australian beef trade press) processing news (a processor mothballs an abattoir), headline
#    with a "Processing:" kicker and no speech, byline-and-date line, lede opening in capitals ("NORTH"),
#    curly quotes and apostrophes, "Mr"/"Ms". Company "what it describes as "..."" (partial) and "told staff
#    ... that A"; chief executive "said A" in a statement, quote with "Mr Ticehurst said" and a quote-only
#    paragraph, "He said A and would B" (one span); union "said A"; split quote of an organiser with
#    "union organiser Kylie Batt said" in the middle, "Ms Batt said A"; group "Local cattle producers say A";
#    producer "said she understood ... but feared ..." (one span), quote; anonymous "A processing industry
#    source told Beef Central that A"; minister "said the Government was "..."" (partial only), "He has asked
#    the company ..." (act), "Mr Rigano said A". Not annotated: "Beef Central understands", the kill figures.
ARTICLES[f"{BATCH}/burdekin-abattoir-closure-clare.gold.json"] = {
    "article": f"{BATCH}/burdekin-abattoir-closure-clare.txt",
    "target": "Burdekin Meats",
    "quotes": [
        (P, "Burdekin Meats", "unsustainable", None),
        (I, "Burdekin Meats", "about 340 permanent and casual positions would be affected", None),
        (I, "Graham Ticehurst", "the decision had not been taken lightly", None),
        (D, "Graham Ticehurst", "We have run this plant at a loss for 19 of the past 24 months. Cattle numbers in our "
            "supply area have not recovered from the 2025 floods, and we are competing for every head with much "
            "larger plants further south,", None),
        (D, "Graham Ticehurst", "This is a pause, not a farewell. We intend to reopen Clare when the herd rebuilds.",
            None),
        (I, "Graham Ticehurst", "the company would honour all entitlements and would offer redeployment to its "
            "Townsville boning room where possible", None),
        (I, "Australasian Meat Industry Employees\u2019 Union", "the announcement had blindsided workers, many of whom "
            "had been with the plant for more than a decade", None),
        (D, "Kylie Batt", "They were told on a Tuesday morning, a few weeks before Christmas, that their jobs are "
            "gone,", None),
        (D, "Kylie Batt", "Burdekin Meats has known about this for months. These families deserved better.", None),
        (I, "Kylie Batt", "the union would seek an urgent meeting with the company over redundancy terms", None),
        (I, "Local cattle producers", "the closure will add hundreds of kilometres to their freight bills", None),
        (I, "Sandy Wells", "she understood the company\u2019s position but feared many smaller producers would "
            "struggle", None),
        (D, "Sandy Wells", "Clare was our kill. Now it\u2019s a seven-hour truck trip to Rockhampton, and that comes "
            "straight off our margin,", None),
        (I, "A processing industry source", "at least one other northern plant was reviewing its roster for the 2027 "
            "season because of tight cattle supply", None),
        (P, "Tony Rigano", "disappointed", None),
        (I, "Tony Rigano", "a support team from the Department of Primary Industries would be in Ayr next week to "
            "help affected workers", None),
    ],
    "actors": [
        actor("Burdekin Meats", "organisation", title="beef processor", aliases=["Burdekin Meats"], stance=1),
        actor("Graham Ticehurst", "person", title="chief executive", affiliation="Burdekin Meats",
              aliases=["Graham Ticehurst", "Ticehurst", "Mr Ticehurst"], stance=1),
        actor("Australasian Meat Industry Employees\u2019 Union", "organisation", title="meatworkers' union",
              aliases=["Australasian Meat Industry Employees\u2019 Union"], stance=-1),
        actor("Kylie Batt", "person", title="union organiser",
              affiliation="Australasian Meat Industry Employees\u2019 Union",
              aliases=["Kylie Batt", "Batt", "Ms Batt"], stance=-1),
        actor("Local cattle producers", "group", title="cattle producers", aliases=["Local cattle producers"],
              stance=-1),
        actor("Sandy Wells", "person", title="cattle producer", affiliation="Millaroo",
              aliases=["Sandy Wells", "Wells", "Ms Wells"], stance=0),
        actor("A processing industry source", "person", title="anonymous industry source",
              aliases=["A processing industry source"], stance=None),
        actor("Tony Rigano", "person", title="Queensland Agriculture Minister", affiliation="Queensland Government",
              aliases=["Tony Rigano", "Rigano", "Mr Rigano"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Southland Times (NZ, Stuff masthead) courts (a trust treasurer jailed for fraud), headline and
#    standfirst without speech, byline and "15:42, Dec 02 2026" lines, curly quotes for speech, straight
#    apostrophes, fragments with the full stop outside. Prosecutor "said A", quote with "Penno said", "He told
#    the court that A, and that B" (one span); lawyer "said A and had been "..."" (indirect plus partial), quote
#    with "she said", directive "asked the judge to consider ..." with "saying A" (indirect); victim impact
#    statement "said A", split quote around "Dunn wrote"; judge "said A but that B" (one span), quote with
#    "she told him"; sentencing discount (act); detective "said ... had used "..." of paperwork" (partial
#    only); club president "said A", then "Moffat had been a life member, he said" (content before the cue);
#    content before "according to Dunn".
ARTICLES[f"{BATCH}/invercargill-trust-fraud-sentencing.gold.json"] = {
    "article": f"{BATCH}/invercargill-trust-fraud-sentencing.txt",
    "target": "Brendon Moffat",
    "quotes": [
        (I, "Hamish Penno", "Moffat had created false invoices from clubs that did not exist and paid the money into "
            "accounts he controlled", None),
        (D, "Hamish Penno", "This was not a moment of weakness. It was a sustained, calculated course of offending "
            "that went on for the best part of six years,", None),
        (I, "Hamish Penno", "some of the money had been meant for junior rugby and netball, and that at least three "
            "clubs had missed out on grants as a result", None),
        (I, "Sonia Te Au", "her client had a severe gambling addiction", None),
        (P, "Sonia Te Au", "living a double life", None),
        (D, "Sonia Te Au", "He is deeply ashamed. He has sold his house and paid back $96,000, and he has not "
            "gambled for 14 months,", None),
        (I, "Sonia Te Au", "Moffat was the main carer for his elderly father", None),
        (I, "Leigh Dunn", "the offending had shaken the confidence of volunteers across the region", None),
        (D, "Leigh Dunn", "We trusted Brendon completely. He sat at our table, he ate with our families,", None),
        (D, "Leigh Dunn", "The worst of it is that good people now wonder whether they should volunteer at all.",
            None),
        (I, "Mary-Jane Peek", "Moffat's remorse appeared genuine but that the scale and duration of the offending "
            "meant home detention was not an option", None),
        (D, "Mary-Jane Peek", "You took money that was meant for children's sport, and you took it again and again,",
            None),
        (P, "Aaron Wilde", "layer after layer", None),
        (I, "Rangi Tipene", "the club felt badly let down and was still coming to terms with what had happened", None),
        (I, "Rangi Tipene", "Moffat had been a life member", None),
        (I, "Leigh Dunn", "The trust has since changed its rules so that no single trustee can approve a payment",
            None),
    ],
    "actors": [
        actor("Hamish Penno", "person", title="Crown prosecutor", aliases=["Hamish Penno", "Penno"], stance=-1),
        actor("Sonia Te Au", "person", title="defence lawyer", aliases=["Sonia Te Au", "Te Au"], stance=1),
        actor("Leigh Dunn", "person", title="trust chairwoman", affiliation="Murihiku Community Grants Trust",
              aliases=["Leigh Dunn", "Dunn"], stance=-1),
        actor("Mary-Jane Peek", "person", title="District Court judge", affiliation="Invercargill District Court",
              aliases=["Mary-Jane Peek", "Peek", "Judge Peek"], stance=-1),
        actor("Aaron Wilde", "person", title="Detective Sergeant", affiliation="New Zealand Police",
              aliases=["Aaron Wilde", "Wilde"], stance=-1),
        actor("Rangi Tipene", "person", title="club president", affiliation="Makarewa Rugby Club",
              aliases=["Rangi Tipene", "Tipene"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Expats.cz (Prague, English-language city news) local (City Hall moves to curb late-night party boats),
#    headline and standfirst without attributed speech ("Operators say the plan would sink their businesses"
#    is the standfirst's paraphrase of the story: not annotated, as a standfirst), author and "04.12.2026"
#    lines, straight quotes, Czech diacritics, two "READ MORE:" lines, "CZK". Scare so-called "alcohol
#    tourism"; deputy mayor "said A", quote with "Hořejší told reporters", "He said A"; association "said A
#    and called it "..."" (indirect plus partial), quote before "said Tomáš Vrba, who chairs ..." and its
#    quote-only continuation, "Vrba added that A"; "Residents ... welcomed the plan" (act); residents' group
#    head "said A", "she said"; a second Nováková "(no relation)" "told Expats.cz that A"; "According to data
#    from the Prague City Tourism agency, A"; spokesperson "said the office would enforce ... "..." but noted
#    that B" (partial plus indirect).
ARTICLES[f"{BATCH}/prague-party-boats-city-hall.gold.json"] = {
    "article": f"{BATCH}/prague-party-boats-city-hall.txt",
    "target": "Prague City Hall",
    "quotes": [
        (S, None, "alcohol tourism", None),
        (I, "Filip Ho\u0159ej\u0161\u00ed", "the measure was long overdue", None),
        (D, "Filip Ho\u0159ej\u0161\u00ed", "People who live along the embankments have been putting up with this for "
            "ten years. Music until two in the morning, people shouting, bottles thrown into the water. That is not "
            "the Prague we want to show the world,", None),
        (I, "Filip Ho\u0159ej\u0161\u00ed", "the city had received more than 1,400 complaints about river noise this "
            "year, almost double the number in 2024", None),
        (I, "Association of Vltava Boat Operators", "the decree would cost about 600 jobs", None),
        (P, "Association of Vltava Boat Operators", "a solution looking for a problem.", None),
        (D, "Tom\u00e1\u0161 Vrba", "We are not the ones smashing bottles on N\u00e1plavka,", None),
        (D, "Tom\u00e1\u0161 Vrba", "Our guests have tickets, there is security on board, and we stop the music at "
            "11. The city should go after the people who cause trouble, not after licensed businesses.", None),
        (I, "Tom\u00e1\u0161 Vrba", "several operators had already taken bookings for company parties next summer",
            None),
        (I, "Eva Nov\u00e1kov\u00e1", "the boats were only part of the problem but an important one", None),
        (D, "Eva Nov\u00e1kov\u00e1", "When a boat passes at midnight with the bass turned up, it shakes the windows,",
            None),
        (I, "Lenka Nov\u00e1kov\u00e1", "the river was one of the few places in the center where young locals still "
            "went out", None),
        (I, "Prague City Tourism", "about 480,000 people took an evening boat cruise in the city last year", None),
        (P, "A spokesperson for the State Navigation Administration", "within its legal powers", None),
        (I, "A spokesperson for the State Navigation Administration", "the river was also a national waterway", None),
    ],
    "actors": [
        actor("Filip Ho\u0159ej\u0161\u00ed", "person", title="Deputy Mayor", affiliation="Prague City Hall",
              aliases=["Filip Ho\u0159ej\u0161\u00ed", "Ho\u0159ej\u0161\u00ed"], stance=1),
        actor("Association of Vltava Boat Operators", "organisation", title="boat operators' association",
              aliases=["Association of Vltava Boat Operators"], stance=-1),
        actor("Tom\u00e1\u0161 Vrba", "person", title="association chair and boat operator",
              affiliation="Association of Vltava Boat Operators", aliases=["Tom\u00e1\u0161 Vrba", "Vrba"], stance=-1),
        actor("Eva Nov\u00e1kov\u00e1", "person", title="head of a residents' group in Prague 5",
              aliases=["Eva Nov\u00e1kov\u00e1"], stance=1),
        actor("Lenka Nov\u00e1kov\u00e1", "person", title="teacher, Podskal\u00ed resident",
              aliases=["Lenka Nov\u00e1kov\u00e1"], stance=-1),
        actor("Prague City Tourism", "organisation", title="city tourism agency", aliases=["Prague City Tourism"],
              stance=None),
        actor("A spokesperson for the State Navigation Administration", "person", title="unnamed spokesperson",
              affiliation="State Navigation Administration",
              aliases=["A spokesperson for the State Navigation Administration"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
