"""Build the dev51 gold files (data/eval/dev51/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev46/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev51/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev51.  Standard library only.
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
# 1. Novaya Gazeta Europe courts (a Pskov history teacher sentenced for "fakes" after telling pupils
#    about Bucha), headline with a curly single scare ‘fakes’ (the law's word, nobody's speech),
#    outlet and date lines, curly “ ” and ’ apostrophes, American punctuation inside closing marks.
#    Lede scare “fakes” and "after she told a ninth-grade class that A" (indirect); judge "said in
#    reading out the verdict that Volkova had “...,” according to a ... correspondent" (partial only);
#    "had asked for seven years" (a request); prosecutor "told the court that teachers bore “...” for
#    ..." (partial only); "complained to" (an act); testimony "said her son had come home “...” after
#    the lesson" (partial only), then "she told the court"; "Two pupils questioned as witnesses said A";
#    lawyer "said A", then "he told Novaya Gazeta Europe"; scare “last word,” (glossed); "Volkova said
#    A", then a two-paragraph quote (the first open, the second closed, no cue) with a nested ‘Bucha’;
#    former pupil (first name only) named after the quote; education department "said in a statement
#    that A and that schools ... would hold “...”" (indirect plus partial); "According to OVD-Info, A";
#    closing scare “fakes”.
ARTICLES["data/eval/dev51/pskov-teacher-sentenced-bucha-fakes.gold.json"] = {
    "article": "data/eval/dev51/pskov-teacher-sentenced-bucha-fakes.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "fakes", "for \u2018fakes"),
        (S, None, "fakes", "spreading \u201cfakes"),
        (I, "Irina Volkova", "Russian soldiers had killed civilians in the Ukrainian town of Bucha", None),
        (P, "Andrei Loskutov", "deliberately misled minors,", None),
        (P, "Yelena Gusarova", "special responsibility", None),
        (P, "Svetlana Nikonova", "in tears", None),
        (D, "Svetlana Nikonova", "I send my child to school to learn history, not to hear what the enemy says about "
            "our men,", None),
        (I, "Two pupils questioned as witnesses", "they did not remember the teacher saying anything about the army "
            "at all", None),
        (I, "Mikhail Bessonov", "the verdict would be appealed", None),
        (D, "Mikhail Bessonov", "There is not a single piece of evidence in this case except the words of one frightened "
            "parent. My client answered a question from a student. In any normal country, that is called teaching,",
            None),
        (S, None, "last word,", None),
        (I, "Irina Volkova", "she did not regret what she had told her pupils", None),
        (D, "Irina Volkova", "I have taught history for 29 years. I have always told children that the most important "
            "thing is to check the facts and not to be afraid of them.", None),
        (D, "Irina Volkova", "If I am guilty, then I am guilty of doing my job. I am not afraid of prison. I am afraid "
            "of a country where a teacher cannot say the word \u2018Bucha\u2019 in a classroom.", None),
        (D, "Daria", "She was the only teacher who talked to us like adults,", None),
        (I, "Pskov region education department", "Volkova had been dismissed in April", None),
        (P, "Pskov region education department", "additional lessons on patriotic education", None),
        (I, "OVD-Info", "at least 34 teachers have faced criminal or administrative charges for anti-war statements "
            "since February 2022", None),
        (S, None, "fakes", "law on \u201cfakes"),
    ],
    "actors": [
        actor("Irina Volkova", "person", title="history teacher (defendant)", affiliation="Pskov",
              aliases=["Irina Volkova", "Volkova"], stance=-1),
        actor("Andrei Loskutov", "person", title="Judge", affiliation="Pskov court",
              aliases=["Andrei Loskutov", "Loskutov"], stance=1),
        actor("Yelena Gusarova", "person", title="Prosecutor", affiliation="Russian prosecutor's office",
              aliases=["Yelena Gusarova", "Gusarova"], stance=1),
        actor("Svetlana Nikonova", "person", title="pupil's mother (prosecution witness)",
              aliases=["Svetlana Nikonova", "Nikonova"], stance=1),
        actor("Two pupils questioned as witnesses", "group", title="pupils (witnesses)",
              aliases=["Two pupils questioned as witnesses"], stance=None),
        actor("Mikhail Bessonov", "person", title="defence lawyer", aliases=["Mikhail Bessonov", "Bessonov"],
              stance=-1),
        actor("Daria", "person", title="former pupil", aliases=["Daria"], stance=-1),
        actor("Pskov region education department", "government", title="regional education department",
              affiliation="Russia", aliases=["Pskov region education department"], stance=1),
        actor("OVD-Info", "organisation", title="human rights monitor", aliases=["OVD-Info"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Guardian Australia environment (the environment minister approves a Hunter coalmine extension),
#    headline with a curly single fragment "says decision ‘follows the law’", standfirst with a curly
#    single fragment "Greens accuse environment minister of ‘breaking faith’", byline and "Thu 3 Dec 2026
#    16.04 AEDT" lines, curly “ ” and ’ apostrophes, British punctuation outside the closing marks
#    (“...enough”.), "140m tonnes". Lede "has approved" (an act); statement "said she had assessed the
#    project “...” and that B" (partial plus indirect), then "she said"; scare so-called “climate
#    trigger” (glossed); Greens senator "said the minister had “...” with voters who ..." (partial only),
#    then "Faulkner said"; company "welcomed the decision and said A"; farmers' chair "said A and that the
#    conditions “...”" (indirect plus partial); FOI documents "show departmental officials warned in August
#    that ... was “inadequate”" (partial only); Lock the Gate "said A"; opposition "said the approval had
#    taken “...” and that the minister had left ... in “...” for 18 months" (two partials); government
#    source "said Ridgeway had “...” to refuse ..." (partial only); Q&A "Asked on ABC Radio National ...
#    whether ..., Ridgeway replied: “...”"; closing "Glenrock has said A".
ARTICLES["data/eval/dev51/ridgeway-mount-carrow-coalmine-approval.gold.json"] = {
    "article": "data/eval/dev51/ridgeway-mount-carrow-coalmine-approval.txt",
    "target": "Clare Ridgeway",
    "quotes": [
        (P, "Clare Ridgeway", "follows the law", None),
        (P, "Greens", "breaking faith", None),
        (P, "Clare Ridgeway", "strictly in accordance with the law", None),
        (I, "Clare Ridgeway", "the extension had been approved with 62 conditions to protect groundwater and "
            "threatened species, including the koala and the regent honeyeater", None),
        (D, "Clare Ridgeway", "Under our national environment laws, the minister cannot refuse a project because of the "
            "emissions from burning its coal overseas. I am not going to pretend otherwise,", None),
        (S, None, "climate trigger", None),
        (P, "Jordan Faulkner", "broken faith", None),
        (D, "Jordan Faulkner", "Every approval like this one locks in decades more coal. You cannot call yourself a "
            "climate minister and sign off on this,", None),
        (I, "Glenrock Resources", "the extension would secure 650 jobs in the region until 2047", None),
        (I, "Bronwyn Keogh", "landholders near the mine had raised concerns about falling bore levels for more than five "
            "years", None),
        (P, "Bronwyn Keogh", "don\u2019t go anywhere near far enough", None),
        (P, "departmental officials", "inadequate", None),
        (I, "Ellen Truscott", "the group was considering a legal challenge in the federal court", None),
        (P, "Hamish Lyle", "far too long", None),
        (P, "Hamish Lyle", "limbo", None),
        (P, "government source", "no realistic legal avenue", None),
        (D, "Clare Ridgeway", "Our emissions targets apply to emissions in Australia, and we are on track to meet them.",
            None),
        (I, "Glenrock Resources", "the extension will not require any new pits, only the deepening of two existing ones",
            None),
    ],
    "actors": [
        actor("Clare Ridgeway", "person", title="federal environment minister", affiliation="Australian government",
              aliases=["Clare Ridgeway", "Ridgeway", "the minister"], stance=1),
        actor("Greens", "organisation", title="political party", aliases=["Greens"], stance=-1),
        actor("Jordan Faulkner", "person", title="Greens environment spokesperson (senator)", affiliation="Greens",
              aliases=["Jordan Faulkner", "Faulkner"], stance=-1),
        actor("Glenrock Resources", "organisation", title="mine owner", aliases=["Glenrock Resources", "Glenrock"],
              stance=1),
        actor("Bronwyn Keogh", "person", title="Hunter regional chair", affiliation="NSW Farmers",
              aliases=["Bronwyn Keogh", "Keogh"], stance=-1),
        actor("departmental officials", "group", title="environment department officials (FOI documents)",
              affiliation="federal environment department", aliases=["departmental officials"], stance=-1),
        actor("Ellen Truscott", "person", title="national coordinator", affiliation="Lock the Gate Alliance",
              aliases=["Ellen Truscott", "Truscott"], stance=-1),
        actor("Hamish Lyle", "person", title="opposition environment spokesperson", affiliation="opposition",
              aliases=["Hamish Lyle", "Lyle"], stance=-1),
        actor("government source", "person", title="anonymous government source", affiliation="Australian government",
              aliases=["government source"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. DutchNews (Amsterdam halves river cruise berths), headline with a straight single fragment
#    "industry warns of 'economic own goal'", date line, British straight single quotes '...' for all
#    quotes (apostrophes in Residents', residents'), British spelling, "€100 million". Lede "has voted"
#    (an act); content before "the City of Amsterdam said in a statement"; alderman named after the first
#    stretch, resumed; "Van Dijk told broadcaster NOS A, so that ..." (one span: the purpose clause is
#    part of the content); scare 'Stay Away' (a campaign's name); association "said the decision was an
#    '...' that would cost ..." (partial only); spokesman named after the quote ("told DutchNews");
#    hospitality association "said A, since B" (one span); "Residents' groups ... welcomed the vote,
#    though some said A"; residents' platform spokeswoman named after the first stretch, resumed;
#    councillor "said the council was '...' on visitors and that B" (partial plus indirect); "According
#    to the Parool, A".
ARTICLES["data/eval/dev51/amsterdam-river-cruise-berths-halved.gold.json"] = {
    "article": "data/eval/dev51/amsterdam-river-cruise-berths-halved.txt",
    "target": "Amsterdam",
    "quotes": [
        (P, "Inland River Cruise Association", "economic own goal", "warns of 'economic"),
        (I, "City of Amsterdam", "River cruise visits will fall from around 2,100 a year to 1,050, and the remaining "
            "berths will be moved from the stretch of the IJ behind Central Station to a new quay in the western "
            "docklands", None),
        (D, "Hester van Dijk", "Amsterdam is a city to live in first, and a city to visit second,", None),
        (D, "Hester van Dijk", "Every day in summer, thousands of cruise passengers are dropped into the same few "
            "streets for a few hours. That is not good for residents and, frankly, not much fun for the visitors "
            "either.", None),
        (I, "Hester van Dijk", "the city would also require the remaining ships to plug into shore power from 2027, so "
            "that they no longer run diesel generators while moored", None),
        (S, None, "Stay Away", None),
        (P, "Inland River Cruise Association", "economic own goal", "decision was an 'economic"),
        (D, "Pieter Hoekstra", "Our passengers spend money in museums, restaurants and shops. They do not sleep in "
            "Airbnbs or cause trouble on the Wallen. They will now simply go to Antwerp or Cologne instead,", None),
        (I, "KHN", "the measure would make little difference to hotels, since river cruise passengers eat and sleep "
            "on board", None),
        (I, "Residents' groups", "it did not go far enough", None),
        (D, "Marjolein de Vries", "We have been asking for this for ten years,", None),
        (D, "Marjolein de Vries", "But halving is not enough. The ships should go altogether, like the big cruise "
            "ships.", None),
        (P, "Thomas Bakker", "pulling up the drawbridge", None),
        (I, "Thomas Bakker", "tourism taxes in Amsterdam were already the highest in Europe", None),
        (I, "Parool", "operators with long-term berth contracts could claim compensation from the city if their "
            "contracts are cut short", None),
    ],
    "actors": [
        actor("Inland River Cruise Association", "organisation", title="river cruise industry association",
              aliases=["Inland River Cruise Association", "industry"], stance=-1),
        actor("City of Amsterdam", "government", title="city government", affiliation="Amsterdam",
              aliases=["City of Amsterdam", "Amsterdam"], stance=1),
        actor("Hester van Dijk", "person", title="alderman responsible for tourism", affiliation="City of Amsterdam",
              aliases=["Hester van Dijk", "Van Dijk", "van Dijk"], stance=1),
        actor("Pieter Hoekstra", "person", title="spokesman", affiliation="Inland River Cruise Association",
              aliases=["Pieter Hoekstra", "Hoekstra"], stance=-1),
        actor("KHN", "organisation", title="hospitality association", aliases=["KHN"], stance=0),
        actor("Residents' groups", "group", title="residents' groups (city centre)", aliases=["Residents' groups"],
              stance=1),
        actor("Marjolein de Vries", "person", title="residents' platform spokeswoman", affiliation="Stop de Stroom",
              aliases=["Marjolein de Vries", "de Vries"], stance=1),
        actor("Thomas Bakker", "person", title="VVD councillor", affiliation="VVD", aliases=["Thomas Bakker", "Bakker"],
              stance=-1),
        actor("Parool", "organisation", title="newspaper (Het Parool)", aliases=["Parool"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Mail & Guardian (South Africa) education (NSFAS's unpaid student allowances), headline with a
#    straight single fragment "NSFAS says allowance backlog will be cleared 'within two weeks'", byline
#    and "04 Dec 2026" lines, straight " and apostrophes (scheme's, can't), South African number style
#    ("48 000", "R5.1-billion"), British spelling. Figure before "according to figures presented to
#    Parliament by the National Student Financial Aid Scheme (NSFAS)"; "NSFAS told the portfolio
#    committee ... that A"; scare "direct payment" model; spokesperson "told the Mail & Guardian that the
#    backlog would be cleared "..." and that B" (partial plus indirect), then "Khumalo said"; committee
#    chair "described the scheme's explanation as "..." and said B" (partial plus indirect); students'
#    union president "said A", then a quoted question with "he said"; nursing student "said A", then a
#    two-paragraph quote (the first open, the second closed by "she asked"); department "said it was
#    "..." the situation, and that B" (partial plus indirect); "According to the auditor-general's latest
#    report, A".
ARTICLES["data/eval/dev51/nsfas-allowance-backlog-students.gold.json"] = {
    "article": "data/eval/dev51/nsfas-allowance-backlog-students.txt",
    "target": "National Student Financial Aid Scheme",
    "quotes": [
        (P, "National Student Financial Aid Scheme", "within two weeks", "cleared 'within"),
        (I, "National Student Financial Aid Scheme", "More than 48 000 university and TVET college students have not "
            "received their monthly living allowances for October and November", None),
        (I, "National Student Financial Aid Scheme", "the delays had been caused by the switch to a new payment system "
            "and by institutions submitting incomplete registration data", None),
        (S, None, "direct payment", None),
        (P, "Zodwa Khumalo", "within two weeks", "cleared \"within"),
        (I, "Zodwa Khumalo", "no student would lose their allowance because of the delay", None),
        (D, "Zodwa Khumalo", "We understand the frustration and we apologise to every student who has been affected. "
            "But we are not going to pay money into accounts that we have not verified. That is how fraud happened "
            "in the past,", None),
        (P, "Nomvula Sithole", "the same excuse we hear every single year", None),
        (I, "Nomvula Sithole", "the committee would summon the NSFAS board to appear before it next week", None),
        (I, "Lwazi Ndlovu", "students at several campuses had been locked out of private residences because "
            "accommodation providers had not been paid", None),
        (D, "Lwazi Ndlovu", "Students are sleeping in libraries. Some of them are eating one meal a day. And NSFAS "
            "wants us to wait another two weeks?", None),
        (I, "Thandeka Mokoena", "she had been borrowing money from classmates to buy food since the middle of October",
            None),
        (D, "Thandeka Mokoena", "My mother sells vegetables on the side of the road in Polokwane. She can't send me "
            "anything. Every morning I check my phone to see if the allowance has come in.", None),
        (D, "Thandeka Mokoena", "I write exams in two weeks. How am I supposed to study when I am hungry?", None),
        (P, "department of higher education", "closely monitoring", None),
        (I, "department of higher education", "it had asked NSFAS to submit weekly progress reports until every "
            "student had been paid", None),
        (I, "auditor-general", "the scheme could not provide adequate evidence for R5.1-billion in payments made during "
            "the 2024-25 financial year", None),
    ],
    "actors": [
        actor("National Student Financial Aid Scheme", "government", title="student funding agency",
              affiliation="South Africa", aliases=["National Student Financial Aid Scheme", "NSFAS"], stance=1),
        actor("Zodwa Khumalo", "person", title="spokesperson", affiliation="National Student Financial Aid Scheme",
              aliases=["Zodwa Khumalo", "Khumalo"], stance=1),
        actor("Nomvula Sithole", "person", title="chairperson of the portfolio committee on higher education",
              affiliation="Parliament", aliases=["Nomvula Sithole", "Sithole"], stance=-1),
        actor("Lwazi Ndlovu", "person", title="president", affiliation="South African Union of Students",
              aliases=["Lwazi Ndlovu", "Ndlovu"], stance=-1),
        actor("Thandeka Mokoena", "person", title="nursing student (University of Johannesburg)",
              aliases=["Thandeka Mokoena", "Mokoena"], stance=-1),
        actor("department of higher education", "government", title="government department", affiliation="South Africa",
              aliases=["department of higher education"], stance=0),
        actor("auditor-general", "government", title="auditor-general", affiliation="South Africa",
              aliases=["auditor-general"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
