"""Build the dev54 gold files (data/eval/dev54/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev53/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev54/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev54.  Standard library only.
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
# 1. The Kathmandu Post (families of Nepalis killed fighting for Russia), headline without speech, byline
#    and "Kathmandu, December 5" lines, straight " and apostrophes, British spelling, "Rs 800,000". Figure
#    before "according to the Ministry of Foreign Affairs"; group "Relatives of the dead and missing, who
#    staged a sit-in ..., said A"; widow's two-paragraph quote (the first open, the second closed) with the
#    speaker named after it; scare so-called "student visa" route; minister "Speaking in the House ...,
#    said the government had asked Moscow "..." to stop ..." (partial only), then "she said"; embassy "said
#    in a statement posted on Facebook that foreign citizens served ... "..." and received "..."" (two
#    partials), "It added that A"; arrests before "according to the Central Investigation Bureau"; anonymous
#    former recruit (singular they) "said A", then "they said"; former ambassador "said A", then "he said".
ARTICLES["data/eval/dev54/nepali-recruits-russian-army-families.gold.json"] = {
    "article": "data/eval/dev54/nepali-recruits-russian-army-families.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Foreign Affairs", "At least 62 Nepali nationals have been killed while fighting for the Russian "
            "army in Ukraine and 11 others are being held as prisoners of war", None),
        (I, "Relatives of the dead and missing", "the government had done little beyond sending diplomatic notes to "
            "Moscow", None),
        (D, "Sita Magar", "My husband went to Russia to work in a kitchen. That is what the agent told us. Three weeks "
            "later they gave him a gun.", None),
        (D, "Sita Magar", "Now they say he is dead, but nobody can tell me where his body is. The Russian embassy does "
            "not even answer the phone,", None),
        (S, None, "student visa", "so-called \"student"),
        (P, "Bimala Thapa", "again and again", None),
        (D, "Bimala Thapa", "We will not rest until every Nepali citizen is brought back, alive or dead,", None),
        (P, "Russian embassy in Kathmandu", "voluntarily and under contract", None),
        (P, "Russian embassy in Kathmandu", "the same pay and benefits as Russian servicemen", None),
        (I, "Russian embassy in Kathmandu", "the embassy was processing all requests from Nepali families for the "
            "repatriation of remains", None),
        (I, "Central Investigation Bureau", "Police have arrested 23 people, including 14 manpower agents, on human "
            "trafficking charges since January", None),
        (I, "former recruit from Syangja", "recruits had been sent to the front after barely two weeks of training",
            None),
        (D, "former recruit from Syangja", "They told us we would be guarding buildings behind the lines. Within a month "
            "I was in a trench near Pokrovsk, and the commander took our phones,", None),
        (I, "Hari Prasad Gyawali", "Nepal had little leverage over Moscow", None),
        (D, "Hari Prasad Gyawali", "We are a small country asking a permanent member of the Security Council for a "
            "favour. Moscow knows it can ignore us, and so far it has,", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Nepal",
              aliases=["Ministry of Foreign Affairs"], stance=None),
        actor("Relatives of the dead and missing", "group", title="families of Nepali recruits",
              aliases=["Relatives of the dead and missing"], stance=None),
        actor("Sita Magar", "person", title="widow of a recruit (Rolpa)", aliases=["Sita Magar", "Magar"], stance=-1),
        actor("Bimala Thapa", "person", title="Foreign Minister", affiliation="Nepal",
              aliases=["Bimala Thapa", "Thapa", "Foreign Minister"], stance=-1),
        actor("Russian embassy in Kathmandu", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Kathmandu"], stance=1),
        actor("Central Investigation Bureau", "government", title="police investigation bureau", affiliation="Nepal",
              aliases=["Central Investigation Bureau"], stance=None),
        actor("former recruit from Syangja", "person", title="anonymous former recruit (deserter)",
              aliases=["former recruit from Syangja"], stance=-1),
        actor("Hari Prasad Gyawali", "person", title="former ambassador", affiliation="Nepal",
              aliases=["Hari Prasad Gyawali", "Gyawali"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Belfast Telegraph courts (a former charity chief executive's fraud trial opens), headline with a
#    straight double fragment "Prosecutor tells jury ex-charity boss "lied to trustees"", "By Court
#    Reporter" and date lines, straight " and apostrophes, Irish/British style "(52)", "Mr", "Mrs", "KC",
#    punctuation outside closing marks for fragments. Lede partial "... "systematically lied" to his
#    trustees ..., a jury ... has heard" (the prosecution's case); barrister "said the defendant had "..."
#    the payments as ..." (partial only), then a quote with "she told the jury" continued by a quote-only
#    paragraph; scare so-called "consultancy" payments; "A report by forensic accountant X, read to the
#    court, said A"; witness "Giving evidence, ..., said she had "..." that ..." (partial only), then "she
#    told the court"; "Mrs Quinn said A" under cross-examination; Q&A "Asked by Mr Tierney whether ...,
#    Mrs Quinn replied: "...""; defence barrister "told the jury that his client was "..." for the charity
#    and that B" (partial plus indirect); defendant "told police in interview that he had "...", the jury
#    was told" (partial); charity "said in a statement ... that ... had been "..."" (partial), "It said
#    A"; judge "warned jurors not to ..." (directive), then a quote with "the judge said".
ARTICLES["data/eval/dev54/brighter-futures-fraud-trial-mulholland.gold.json"] = {
    "article": "data/eval/dev54/brighter-futures-fraud-trial-mulholland.txt",
    "target": "Declan Mulholland",
    "quotes": [
        (P, "Ciara Lavery", "lied to trustees", None),
        (P, "Ciara Lavery", "systematically lied", None),
        (P, "Ciara Lavery", "dressed up", None),
        (D, "Ciara Lavery", "This is a case about trust, and about a man who abused it for his own benefit,", None),
        (D, "Ciara Lavery", "You will hear that the charity's families went without holiday schemes while Mr "
            "Mulholland's invoices were paid in full, every month, without question.", None),
        (S, None, "consultancy", None),
        (I, "Rachel Boyd", "41 invoices worth \u00a3168,000 had been paid to two firms registered at the same address in "
            "Lisburn as the home of Mr Mulholland's brother-in-law", None),
        (P, "Margaret Quinn", "no idea", None),
        (D, "Margaret Quinn", "If I had known, I would have gone straight to the police,", None),
        (I, "Margaret Quinn", "the board had relied on Mr Mulholland's own summaries of spending", None),
        (D, "Margaret Quinn", "Not that I can recall.", None),
        (P, "Owen Tierney", "a man who worked 70-hour weeks", None),
        (I, "Owen Tierney", "the payments were for genuine work carried out by people he trusted", None),
        (P, "Declan Mulholland", "nothing to hide", None),
        (P, "Brighter Futures NI", "badly let down", None),
        (I, "Brighter Futures NI", "it had cooperated fully with the PSNI throughout the investigation", None),
        (D, "Niall Fegan", "You must put out of your minds anything you may have read or heard about this case. Your "
            "verdict must be based only on the evidence you hear in this room,", None),
    ],
    "actors": [
        actor("Ciara Lavery", "person", title="prosecuting barrister", affiliation="Crown",
              aliases=["Ciara Lavery", "Lavery", "Prosecutor"], stance=-1),
        actor("Rachel Boyd", "person", title="forensic accountant (report read to the court)",
              aliases=["Rachel Boyd", "Boyd"], stance=-1),
        actor("Margaret Quinn", "person", title="former chair of trustees", affiliation="Brighter Futures NI",
              aliases=["Margaret Quinn", "Quinn"], stance=-1),
        actor("Owen Tierney", "person", title="defence barrister (KC)", aliases=["Owen Tierney", "Tierney"], stance=1),
        actor("Declan Mulholland", "person", title="former chief executive (defendant)", affiliation="Brighter Futures NI",
              aliases=["Declan Mulholland", "Mulholland"], stance=1),
        actor("Brighter Futures NI", "organisation", title="children's charity", aliases=["Brighter Futures NI"],
              stance=-1),
        actor("Niall Fegan", "person", title="Judge", affiliation="Belfast Crown Court",
              aliases=["Niall Fegan", "Fegan", "judge"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Otago Daily Times health (the new Dunedin Hospital will open with 40 fewer beds), headline without
#    speech, byline and desk lines, curly “ ” and ’, NZ/British style ("Dr", "Ms", "Mr" without stops),
#    punctuation outside closing marks for fragments. Lede "Health New Zealand has confirmed A, and that
#    two of its ... theatres will not be fitted out until “...”" (indirect plus partial); scare “value
#    engineering” review; director named after his quote, "He said A"; minister "said the previous
#    government had “...” the project, and that the current plan was “...”" (two partials); mayor's
#    Facebook post ("Ms Rowe wrote on Facebook" after the quote), "She said A"; association "said in a
#    statement the decision would mean “...” for patients" (partial only); branch president named after his
#    quote; anonymous surgeon "said staff had learned of the changes “...”" (partial only); Q&A in prose
#    ("was asked whether ...", then "he said"); closing "Health New Zealand says A" (present tense).
ARTICLES["data/eval/dev54/dunedin-hospital-fewer-beds.gold.json"] = {
    "article": "data/eval/dev54/dunedin-hospital-fewer-beds.txt",
    "target": "Health New Zealand",
    "quotes": [
        (I, "Health New Zealand", "the inpatient building at the new Dunedin Hospital will open with 370 beds instead of "
            "the 410 promised", None),
        (P, "Health New Zealand", "later in the decade", None),
        (S, None, "value engineering", None),
        (D, "Michael Adebayo", "We have had to make some hard choices to keep this project within its budget, but I "
            "want to be clear: Dunedin is getting a new hospital, and it will be a very good one,", None),
        (I, "Michael Adebayo", "the building had been designed so that two more floors of wards could be fitted out "
            "when demand required", None),
        (P, "Ruth Callender", "overpromised and underfunded", None),
        (P, "Ruth Callender", "the hospital Otago can actually afford", None),
        (D, "Helen Rowe", "Southerners were promised a hospital built for the next 50 years. What we are getting is a "
            "hospital built for the next budget,", None),
        (I, "Helen Rowe", "the city council would write to the minister asking for the beds to be restored", None),
        (P, "Association of Salaried Medical Specialists", "longer waits and more cancelled surgery", None),
        (D, "Kieran Moss", "Dunedin already has some of the longest waits for elective surgery in the country. Cutting "
            "theatres before the building has even opened is the last thing this region needs,", None),
        (P, "senior surgeon at Dunedin Hospital", "from the media, like everyone else", None),
        (D, "Michael Adebayo", "That will depend on population growth and on future budgets. I\u2019m not going to "
            "pretend I can guarantee it,", None),
        (I, "Health New Zealand", "the inpatient building will still be the largest hospital building in the South "
            "Island when it opens, with single rooms for most patients and a helipad on the roof", None),
    ],
    "actors": [
        actor("Health New Zealand", "government", title="national health agency", affiliation="New Zealand",
              aliases=["Health New Zealand", "Health NZ"], stance=1),
        actor("Michael Adebayo", "person", title="director of infrastructure", affiliation="Health New Zealand",
              aliases=["Michael Adebayo", "Adebayo"], stance=1),
        actor("Ruth Callender", "person", title="Health Minister", affiliation="New Zealand Government",
              aliases=["Ruth Callender", "Callender", "Health Minister"], stance=1),
        actor("Helen Rowe", "person", title="Dunedin Mayor", affiliation="Dunedin City Council",
              aliases=["Helen Rowe", "Rowe"], stance=-1),
        actor("Association of Salaried Medical Specialists", "organisation", title="senior doctors' union",
              aliases=["Association of Salaried Medical Specialists"], stance=-1),
        actor("Kieran Moss", "person", title="Otago branch president",
              affiliation="Association of Salaried Medical Specialists", aliases=["Kieran Moss", "Moss"], stance=-1),
        actor("senior surgeon at Dunedin Hospital", "person", title="anonymous senior surgeon",
              affiliation="Dunedin Hospital", aliases=["senior surgeon at Dunedin Hospital"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Sabah (Türkiye condemns Greece's Aegean marine park), headline with a straight single fragment
#    "Türkiye slams Greece's 'unilateral' marine parks plan" (straight apostrophe in Greece's), "DAILY
#    SABAH WITH AA", "ISTANBUL" and date lines, straight " in the body, American punctuation inside
#    closing marks for most fragments. Lede "Türkiye ... condemned Greece's plan ..., saying Athens was
#    trying to "..." in areas ..." (partial only); ministry "said the plan had "..." for Türkiye and that
#    Ankara would "..."" (two partials), then a quote with "the statement said"; spokesperson "told
#    reporters in Ankara: "<Turkish>," which translates as "<English>."" (two directs); Greek spokesperson
#    "said ... that the park concerned "..." and that Greece "..." to protect ..." (two partials); Greek
#    ministry "said A"; "Ankara says A" (present tense, the country); scare so-called "casus belli"
#    resolution; anonymous defence ministry sources "said ... were "..." developments ... and were ready to
#    take "..."" (two partials); academic "said A", then "she told Daily Sabah".
ARTICLES["data/eval/dev54/turkiye-greece-aegean-marine-parks.gold.json"] = {
    "article": "data/eval/dev54/turkiye-greece-aegean-marine-parks.txt",
    "target": "Greece",
    "quotes": [
        (P, "T\u00fcrkiye", "unilateral", "'unilateral"),
        (P, "T\u00fcrkiye", "create a fait accompli", None),
        (P, "Foreign Ministry", "no legal validity", None),
        (P, "Foreign Ministry", "not allow its rights and interests in the Aegean to be ignored.", None),
        (D, "Foreign Ministry", "Environmental protection cannot be used as a cover for political and legal claims over "
            "the Aegean. T\u00fcrkiye remains ready for dialogue, but dialogue cannot begin with unilateral steps,",
            None),
        (D, "Oktay Aydemir", "Ege'de hi\u00e7bir oldubittiye izin vermeyece\u011fiz,", None),
        (D, "Oktay Aydemir", "We will not allow any fait accompli in the Aegean.", None),
        (P, "Nikos Kalafatis", "exclusively Greek territorial waters", None),
        (P, "Nikos Kalafatis", "does not need anyone's permission", None),
        (I, "Greek Environment Ministry", "the park would ban bottom trawling and protect habitats of the endangered "
            "Mediterranean monk seal and several species of dolphin", None),
        (I, "T\u00fcrkiye", "the boundaries overlap with areas where the two countries dispute the extent of territorial "
            "waters and continental shelf", None),
        (S, None, "casus belli", None),
        (P, "National Defense Ministry sources", "closely following", None),
        (P, "National Defense Ministry sources", "all necessary measures.", None),
        (I, "Selin Karaca", "the timing of the announcement was not accidental", None),
        (D, "Selin Karaca", "Athens knows that marine parks sound innocent to European ears. It is using the language of "
            "environmentalism to extend its jurisdiction step by step,", None),
    ],
    "actors": [
        actor("T\u00fcrkiye", "country", aliases=["T\u00fcrkiye", "Ankara"], stance=-1),
        actor("Foreign Ministry", "government", title="foreign ministry (written statement)", affiliation="T\u00fcrkiye",
              aliases=["Foreign Ministry"], stance=-1),
        actor("Oktay Aydemir", "person", title="Foreign Ministry spokesperson", affiliation="T\u00fcrkiye",
              aliases=["Oktay Aydemir", "Aydemir"], stance=-1),
        actor("Nikos Kalafatis", "person", title="Greek government spokesperson", affiliation="Greece",
              aliases=["Nikos Kalafatis", "Kalafatis"], stance=1),
        actor("Greek Environment Ministry", "government", title="environment ministry", affiliation="Greece",
              aliases=["Greek Environment Ministry"], stance=1),
        actor("National Defense Ministry sources", "group", title="anonymous defence ministry sources",
              affiliation="T\u00fcrkiye", aliases=["National Defense Ministry sources"], stance=-1),
        actor("Selin Karaca", "person", title="associate professor of international law",
              affiliation="Marmara University", aliases=["Selin Karaca", "Karaca"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
