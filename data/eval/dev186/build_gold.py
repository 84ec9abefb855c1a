"""Build the dev186 gold files (data/eval/dev186/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev186/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev186.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev186"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Al Arabiya English energy diplomacy (Russia's deputy PM in Riyadh before an OPEC+ meeting).
#    Lede content before "Deputy Prime Minister Arkady Lunin said"; "told reporters ... that the
#    market was "..." and that B" (partial plus indirect); quote with "he said"; scare so-called
#    "compensation cuts"; ministry "said in a statement that the two sides would discuss "..."" (partial
#    only); the Kremlin "said A" (one span); analyst quote split by "said Huda al-Mutairi, ..."; "said
#    A, and that the Kingdom would probably push for "..." approach" (indirect plus partial);
#    ambassador "described ... as "..."" (partial only), "he said A", quote with "Bagautdinov said";
#    anonymous diplomat "said A", quote with "the diplomat said"; spokesman "wrote that every barrel
#    ... "..."" (partial only); Q&A "Asked ..., Lunin replied: "..."". "Read more:" line not annotated.
ARTICLES[f"{BATCH}/russia-opec-lunin-riyadh.gold.json"] = {
    "article": f"{BATCH}/russia-opec-lunin-riyadh.txt",
    "target": "Russia",
    "quotes": [
        (I, "Arkady Lunin", "Russia will ask its Gulf partners to keep oil output curbs in place for at least another "
            "six months", None),
        (P, "Arkady Lunin", "still fragile", None),
        (I, "Arkady Lunin", "a premature rise in supply would hurt producers and consumers alike", None),
        (D, "Arkady Lunin", "We came here as partners, not as petitioners. Russia has met every commitment it made "
            "under the OPEC+ framework, and we expect the same discipline from everyone around the table,", None),
        (S, None, "compensation cuts", None),
        (P, "Ministry of Energy", "market stability and long-term cooperation,", None),
        (I, "Kremlin", "the trip had been planned for months and was not a response to recent price moves", None),
        (D, "Huda al-Mutairi", "Moscow needs the cuts more than Riyadh does,", None),
        (D, "Huda al-Mutairi", "Russian crude is already selling at a discount, and the budget in Moscow is built on a "
            "price it has not seen since the summer.", None),
        (I, "Huda al-Mutairi", "Saudi officials were wary of losing market share to US shale producers and to newer "
            "exporters such as Guyana", None),
        (P, "Huda al-Mutairi", "a gradual, data-driven", None),
        (P, "Timur Bagautdinov", "the strongest they have been in half a century.", None),
        (I, "Timur Bagautdinov", "trade between the two countries had risen by almost a third this year, driven by "
            "Russian wheat and fertilizer exports", None),
        (D, "Timur Bagautdinov", "Whatever you hear in Western capitals, Russia is not isolated. Look at who we are "
            "talking to this week,", None),
        (I, "Gulf diplomat", "some producers were frustrated that Russia's actual exports had repeatedly exceeded its "
            "declared quota", None),
        (D, "Gulf diplomat", "They talk about discipline, but the tanker-tracking data tells a different story,", None),
        (P, "Andrii Savchuk", "pays for missiles fired at Ukrainian cities.", None),
        (D, "Arkady Lunin", "We will accept what is fair. And what is fair is what protects the market.", None),
    ],
    "actors": [
        actor("Arkady Lunin", "person", title="Deputy Prime Minister", affiliation="Russia",
              aliases=["Arkady Lunin", "Lunin"], stance=1),
        actor("Ministry of Energy", "government", title="ministry", affiliation="Saudi Arabia",
              aliases=["Ministry of Energy"], stance=0),
        actor("Kremlin", "government", title="Russian presidency", affiliation="Russia",
              aliases=["Kremlin"], stance=1),
        actor("Huda al-Mutairi", "person", title="head of energy research", affiliation="Gulf Horizon Advisory",
              aliases=["Huda al-Mutairi", "Al-Mutairi"], stance=0),
        actor("Timur Bagautdinov", "person", title="Russian ambassador to Saudi Arabia", affiliation="Russia",
              aliases=["Timur Bagautdinov", "Bagautdinov"], stance=1),
        actor("Gulf diplomat", "person", title="diplomat (anonymous)", affiliation=None,
              aliases=["Gulf diplomat", "the diplomat"], stance=-1),
        actor("Andrii Savchuk", "person", title="foreign ministry spokesman", affiliation="Ukraine",
              aliases=["Andrii Savchuk", "Savchuk"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Queensland Country Life (ACM rural) agribusiness (an export abattoir closes at Roma), headline and
#    standfirst without speech, byline and date lines, lede in capitals, straight " and apostrophes,
#    Mr/Cr honorifics, "per cent"; company statement "said A and that "..." remained ..." (indirect plus
#    partial); CEO "said the decision had been "..."" (partial only), quote with "Mr Kessel said" and a
#    quote-only paragraph, "Mr Kessel said A"; caption with "Picture: File" (no speech); mayor and grazier
#    share the surname Taylor ("(no relation)", then Cr Taylor / Mr Taylor); union secretary "accused the
#    company of "..."" (partial), "He said A", quote; anonymous worker "said A and that a move ... was
#    "..."" (indirect plus partial); scare so-called "restocking year"; "According to Meat & Livestock
#    Australia figures, A"; department spokesperson "said it was "..." with ..." (partial only).
ARTICLES[f"{BATCH}/roma-meatworks-closure.gold.json"] = {
    "article": f"{BATCH}/roma-meatworks-closure.txt",
    "target": "Condamine Valley Meats",
    "quotes": [
        (I, "Condamine Valley Meats", "the site had lost money in each of the past three financial years", None),
        (P, "Condamine Valley Meats", "no viable path", None),
        (P, "Andrew Kessel", "gut-wrenching", None),
        (D, "Andrew Kessel", "I understand why people are angry. But this is not a reflection on our people in Roma. "
            "They are some of the best operators in the industry,", None),
        (D, "Andrew Kessel", "We are paying more for power than at any plant we run in NSW, and we simply cannot fill "
            "the chain when the cattle are not there.", None),
        (I, "Andrew Kessel", "affected workers would receive their full entitlements and would be offered positions at "
            "the company's Casino plant in northern NSW", None),
        (P, "Wendy Taylor", "hit the town like a freight train", None),
        (D, "Wendy Taylor", "We were given about an hour's notice. That is not how you treat a community that has "
            "backed this business for 40 years,", None),
        (I, "Wendy Taylor", "council would meet state government representatives next week to discuss support for "
            "affected families", None),
        (I, "Col Taylor", "local producers would now have to truck cattle to Dinmore or Oakey, adding about $40 a head "
            "in freight", None),
        (D, "Col Taylor", "I understand the numbers they're looking at, but that comes straight off our bottom line,",
            None),
        (D, "Col Taylor", "Some of the smaller blokes won't wear it.", None),
        (P, "Darren Hope", "walking away", None),
        (I, "Darren Hope", "the union had been told in October that the plant's future was secure", None),
        (D, "Darren Hope", "Three months ago they looked our delegates in the eye and said there was nothing to worry "
            "about,", None),
        (I, "worker at the plant", "many of her colleagues had mortgages in Roma", None),
        (P, "worker at the plant", "not a real option for most of us", None),
        (S, None, "restocking year", None),
        (I, "Meat & Livestock Australia", "Queensland's cattle kill fell 9 per cent in the year to September", None),
        (P, "Department of Primary Industries", "working closely", None),
    ],
    "actors": [
        actor("Condamine Valley Meats", "organisation", title="meat processor",
              aliases=["Condamine Valley Meats"], stance=1),
        actor("Andrew Kessel", "person", title="chief executive", affiliation="Condamine Valley Meats",
              aliases=["Andrew Kessel", "Mr Kessel", "Kessel"], stance=1),
        actor("Wendy Taylor", "person", title="mayor", affiliation="Maranoa Regional Council",
              aliases=["Wendy Taylor", "Cr Taylor"], stance=-1),
        actor("Col Taylor", "person", title="grazier", affiliation=None,
              aliases=["Col Taylor", "Mr Taylor"], stance=0),
        actor("Darren Hope", "person", title="Queensland secretary",
              affiliation="Australasian Meat Industry Employees Union", aliases=["Darren Hope", "Mr Hope", "Hope"],
              stance=-1),
        actor("worker at the plant", "person", title="worker (anonymous)", affiliation="Condamine Valley Meats",
              aliases=["worker at the plant"], stance=-1),
        actor("Meat & Livestock Australia", "organisation", title="industry body",
              aliases=["Meat & Livestock Australia"], stance=None),
        actor("Department of Primary Industries", "government", title="state department", affiliation="Queensland",
              aliases=["Department of Primary Industries"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Budapest Business Journal (BBJ) central banking (the MNB holds its base rate), headline without
#    speech, "BBJ" and date lines, straight " and apostrophes, "%", Hungarian accents; lede "said
#    inflation risks remained "..."" (partial only); scare the "psychological" 400 level; deputy governor
#    "said the Monetary Council saw "..." for easing" (partial only), quote split by "Kertész told
#    reporters"; "he replied that A, but added that "..."" (indirect plus partial); "According to the
#    MNB's quarterly Inflation Report, A" (the bank); ministry "said ... that it "..." ... but that ...
#    needed "..."" (two partials); two Nagys (Zsófia, quote split by "said Zsófia Nagy, ..."; "Her
#    namesake Ádám Nagy ... saying A", quote with "he told BBJ"); chamber "warned that A, and said high
#    rates were "..."" (indirect plus partial); shop owner "said he had shelved plans ... "..."" (partial
#    only). "Read more:" line not annotated.
ARTICLES[f"{BATCH}/mnb-rate-hold-forint.gold.json"] = {
    "article": f"{BATCH}/mnb-rate-hold-forint.txt",
    "target": "Magyar Nemzeti Bank",
    "quotes": [
        (P, "Magyar Nemzeti Bank", "tilted to the upside", None),
        (S, None, "psychological", None),
        (P, "Barnabás Kertész", "no room", None),
        (D, "Barnabás Kertész", "Patience is still the right policy. We have cut too early before, and Hungarian "
            "households paid for it,", None),
        (D, "Barnabás Kertész", "We will not repeat that mistake.", None),
        (I, "Barnabás Kertész", "the central bank did not target any exchange rate", None),
        (P, "Barnabás Kertész", "stability of the currency is a precondition of disinflation.", None),
        (I, "Magyar Nemzeti Bank", "consumer prices are forecast to rise by 4.1-4.6% in 2027", None),
        (P, "Ministry for National Economy", "respects the independence", None),
        (P, "Ministry for National Economy", "predictable and affordable credit", None),
        (D, "Zsófia Nagy", "The MNB is being very cautious, perhaps overly so,", None),
        (D, "Zsófia Nagy", "Core inflation has come down for five months in a row. I think a 25bp cut in February is "
            "still on the table.", None),
        (I, "Ádám Nagy", "the bank had been right to hold given wage growth of around 9%", None),
        (D, "Ádám Nagy", "Wages are the problem, not the base rate. If the MNB cuts now, it will be chasing the forint "
            "all year,", None),
        (I, "Hungarian Chamber of Commerce and Industry", "corporate investment had fallen for seven straight quarters",
            None),
        (P, "Hungarian Chamber of Commerce and Industry", "strangling", None),
        (P, "Levente Szabó", "until the central bank comes to its senses.", None),
    ],
    "actors": [
        actor("Magyar Nemzeti Bank", "organisation", title="central bank", affiliation="Hungary",
              aliases=["Magyar Nemzeti Bank", "MNB"], stance=1),
        actor("Barnabás Kertész", "person", title="Deputy Governor", affiliation="Magyar Nemzeti Bank",
              aliases=["Barnabás Kertész", "Kertész"], stance=1),
        actor("Ministry for National Economy", "government", title="ministry", affiliation="Hungary",
              aliases=["Ministry for National Economy"], stance=-1),
        actor("Zsófia Nagy", "person", title="senior economist", affiliation="Erste Bank Hungary",
              aliases=["Zsófia Nagy"], stance=-1),
        actor("Ádám Nagy", "person", title="analyst", affiliation="Equilor Investment",
              aliases=["Ádám Nagy"], stance=1),
        actor("Hungarian Chamber of Commerce and Industry", "organisation", title="business chamber",
              aliases=["Hungarian Chamber of Commerce and Industry", "MKIK"], stance=-1),
        actor("Levente Szabó", "person", title="print shop owner", affiliation=None,
              aliases=["Levente Szabó", "Szabó"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Ada Derana (Sri Lanka) courts (a former state minister remanded over a fertiliser tender),
#    headline without speech, date-and-time line, straight " with the full stop inside, "Rs."
#    amounts; Commission lawyer "told court that A and that B" (one span), "She said A, and that further
#    arrests were "..."" (indirect plus partial), "argued that A"; defence counsel "told court that his
#    client had "..."" (partial only), "He said A and had B" (one span), quote with "Kumarage said";
#    magistrate "refused bail, observing that ... was at "..."" (partial only); suspect "told reporters
#    he was the victim of a "..."" (partial only), quote with "he said"; "According to the Auditor
#    General, A"; scare so-called "fertiliser mafia"; anonymous official "told Ada Derana that A"; party
#    "said ... that it would "..."" and "what it called the "..." targeting" (two partials); opposition MP
#    "said the arrest "..."" (partial only).
ARTICLES[f"{BATCH}/pathiraja-remanded-fertiliser-tender.gold.json"] = {
    "article": f"{BATCH}/pathiraja-remanded-fertiliser-tender.txt",
    "target": "Chaminda Pathiraja",
    "quotes": [
        (I, "Nadeeka Samarasinghe", "the tender had been awarded to a company with no prior experience in importing "
            "fertiliser and that the State had lost over Rs. 340 million as a result", None),
        (I, "Nadeeka Samarasinghe", "investigators had traced payments of Rs. 28 million to a bank account held by a "
            "close relative of the former minister", None),
        (P, "Nadeeka Samarasinghe", "likely in the coming weeks.", None),
        (P, "Upul Kumarage", "nothing to hide.", None),
        (I, "Upul Kumarage", "Pathiraja had cooperated fully with investigators since the inquiry began in 2024 and had "
            "voluntarily surrendered his passport", None),
        (D, "Upul Kumarage", "My client walked into the Commission of his own accord. A man who intends to flee does "
            "not do that,", None),
        (I, "Nadeeka Samarasinghe", "the suspect could influence witnesses, several of whom were former officials of "
            "the ministry", None),
        (P, "Ruwan Pallewatte", "a sensitive stage.", None),
        (P, "Chaminda Pathiraja", "political witch-hunt.", None),
        (D, "Chaminda Pathiraja", "I will prove my innocence in court. The people of Polonnaruwa know who I am,", None),
        (I, "Auditor General", "the supplier was registered just 11 days before bids closed", None),
        (S, None, "fertiliser mafia", None),
        (I, "senior CIABOC official", "at least two other former ministry officials were under investigation", None),
        (P, "Sri Lanka Podujana Peramuna", "respect the judicial process", None),
        (P, "Sri Lanka Podujana Peramuna", "selective", None),
        (P, "Kavinda Hettiarachchi", "should have happened two years ago.", None),
    ],
    "actors": [
        actor("Nadeeka Samarasinghe", "person", title="Assistant Director (Legal)",
              affiliation="Commission to Investigate Allegations of Bribery or Corruption",
              aliases=["Nadeeka Samarasinghe", "Samarasinghe"], stance=-1),
        actor("Upul Kumarage", "person", title="President's Counsel (defence)", affiliation=None,
              aliases=["Upul Kumarage", "Kumarage"], stance=1),
        actor("Ruwan Pallewatte", "person", title="Chief Magistrate", affiliation="Colombo Chief Magistrate's Court",
              aliases=["Ruwan Pallewatte", "Pallewatte"], stance=0),
        actor("Chaminda Pathiraja", "person", title="former State Minister of Agriculture", affiliation="SLPP",
              aliases=["Chaminda Pathiraja", "Pathiraja"], stance=1),
        actor("Auditor General", "government", title="state auditor", affiliation="Sri Lanka",
              aliases=["Auditor General"], stance=-1),
        actor("senior CIABOC official", "person", title="official (anonymous)",
              affiliation="Commission to Investigate Allegations of Bribery or Corruption",
              aliases=["senior CIABOC official"], stance=None),
        actor("Sri Lanka Podujana Peramuna", "organisation", title="political party",
              aliases=["Sri Lanka Podujana Peramuna", "SLPP"], stance=1),
        actor("Kavinda Hettiarachchi", "person", title="MP", affiliation="Samagi Jana Balawegaya",
              aliases=["Kavinda Hettiarachchi", "Hettiarachchi"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
