"""Build the test190 gold files (data/eval/test190/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test190/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test190.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test190"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Telangana Today (Hyderabad) health/city (dengue cases cross 2,000; the civic body's fogging is criticised),
#    headline without quote marks, outlet line, dateline "Hyderabad:", straight " and apostrophes, initials in names
#    ("K. Srilatha", "Dr. V. Ramprasad"); content before "according to data from the State Health department"; residents
#    "said A, and that B" (one span); resident after her quote with a long apposition; entomologist "said A, and that ...
#    on a "..." basis ..." (indirect plus partial), "he said"; corporator "said the corporation was "..." instead of ..."
#    (partial only); paediatrician "said A", "She said A, and urged ..." (indirect; directive not annotated); anonymous
#    worker "said A and that B" (one span), "the worker said"; scare so-called "dry day"; "Officials said A, and that B"
#    (one span).
ARTICLES[f"{BATCH}/hyderabad-dengue-ghmc-fogging.gold.json"] = {
    "article": f"{BATCH}/hyderabad-dengue-ghmc-fogging.txt",
    "target": "Greater Hyderabad Municipal Corporation",
    "quotes": [
        (I, "State Health department", "The number of dengue cases reported in Hyderabad this season has crossed 2,000, "
            "with 312 cases in the past week alone", None),
        (I, "Residents of several colonies in Kukatpally, Malkajgiri and LB Nagar", "anti-larval operations and fogging "
            "by the Greater Hyderabad Municipal Corporation (GHMC) had been irregular, and that many lanes had not seen a "
            "fogging vehicle in weeks", None),
        (D, "K. Srilatha", "Our lane has stagnant water from the storm drain work that has been going on since June. We "
            "have called the GHMC helpline four times. Nobody has come,", None),
        (I, "V. Ramprasad", "the corporation had deployed 2,600 anti-larval workers and 128 fogging machines across the "
            "city's 30 circles", None),
        (P, "V. Ramprasad", "rotational basis", None),
        (D, "V. Ramprasad", "Fogging alone does not stop dengue. The Aedes mosquito breeds in clean water stored inside "
            "homes, in coolers, flower pots and overhead tanks. Unless residents check their own premises every Sunday, "
            "no amount of fogging will help,", None),
        (P, "P. Ravi Goud", "blaming the victims", None),
        (I, "Sunitha Reddy", "the hospital had admitted 96 children with dengue in September, nearly double the number in "
            "the same month last year", None),
        (I, "Sunitha Reddy", "platelet transfusions were needed only in a small number of cases", None),
        (I, "anti-larval worker in the Serilingampally circle", "workers had not been paid for two months and that several "
            "had stopped turning up for duty", None),
        (D, "anti-larval worker in the Serilingampally circle", "How do we work when we do not get salary? Even the "
            "kerosene for the fogging machines is rationed,", None),
        (S, None, "dry day", None),
        (I, "Officials", "special teams would be sent to 40 colonies identified as hotspots from Monday, and that "
            "construction sites found with stagnant water would be fined", None),
    ],
    "actors": [
        actor("State Health department", "government", title="state health department", affiliation="Telangana",
              aliases=["State Health department"], stance=None),
        actor("Residents of several colonies in Kukatpally, Malkajgiri and LB Nagar", "group", title="residents",
              affiliation="Hyderabad",
              aliases=["Residents of several colonies in Kukatpally, Malkajgiri and LB Nagar"], stance=-1),
        actor("K. Srilatha", "person", title="resident", affiliation="Vivekananda Nagar, Kukatpally",
              aliases=["K. Srilatha", "Srilatha"], stance=-1),
        actor("V. Ramprasad", "person", title="Chief Entomologist",
              affiliation="Greater Hyderabad Municipal Corporation (GHMC)",
              aliases=["V. Ramprasad", "Ramprasad", "Dr. V. Ramprasad"], stance=1),
        actor("P. Ravi Goud", "person", title="corporator", affiliation="Malkajgiri",
              aliases=["P. Ravi Goud", "Goud"], stance=-1),
        actor("Sunitha Reddy", "person", title="paediatrician", affiliation="Niloufer Hospital",
              aliases=["Sunitha Reddy", "Reddy", "Dr. Sunitha Reddy"], stance=None),
        actor("anti-larval worker in the Serilingampally circle", "person", title="anti-larval worker (anonymous)",
              affiliation="GHMC", aliases=["anti-larval worker in the Serilingampally circle", "the worker"], stance=-1),
        actor("Officials", "group", title="civic officials (unnamed)", affiliation="GHMC", aliases=["Officials"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Anguillian (Anguilla) local government/tourism (a visitor access fee for a beach), headline without speech,
#    "By Staff Reporter" byline, curly “ ” and ’, "US$10"; content before "Minister of Tourism Hon. ... confirmed on
#    Tuesday"; "Speaking at a press briefing ..., the minister said A, and that B" (one span); quote with "Richardson
#    said", then "He said A"; vendors "said A" (group); vendor after her quote with an apposition, then a quote-only
#    paragraph; hotel association "said in a statement that it supported “...” for ..., but that B" (partial plus
#    indirect); opposition MHA "described the plan as “...” and accused the government of “...”" (two partials); scare
#    so-called “beach pass”; anonymous civil servant "told The Anguillian that A and that B" (one span).
ARTICLES[f"{BATCH}/shoal-bay-access-fee.gold.json"] = {
    "article": f"{BATCH}/shoal-bay-access-fee.txt",
    "target": "Government of Anguilla",
    "quotes": [
        (I, "Marvin Richardson", "The Government of Anguilla will introduce a US$10 daily access fee for visitors at Shoal "
            "Bay East from July", None),
        (I, "Marvin Richardson", "the fee would apply only to visitors, and that residents with a valid Anguilla "
            "identification card would continue to enter free of charge", None),
        (D, "Marvin Richardson", "Shoal Bay is the jewel of this island. Every year more people come, and every year the "
            "cost of keeping it clean goes up. Somebody has to pay for that, and it should not be the Anguillian "
            "taxpayer,", None),
        (I, "Marvin Richardson", "the money would fund lifeguards, public toilets and a permanent beach clean-up crew, none "
            "of which the beach currently has", None),
        (I, "Vendors who operate along the beach", "the fee would drive away day-trippers from St Martin, who make up much "
            "of their trade", None),
        (D, "Janelle Gumbs", "A family of five comes over on the ferry, they pay the departure tax, they pay the taxi, and "
            "now fifty dollars to sit on the sand? They will go to Orient Bay instead,", None),
        (D, "Janelle Gumbs", "I have seen governments come and go. Not one of them ever asked the vendors what we think "
            "before they decide.", None),
        (P, "Anguilla Hotel and Tourism Association", "the principle of sustainable funding", None),
        (I, "Anguilla Hotel and Tourism Association", "it had not been consulted on the amount or on how the fee would be "
            "collected", None),
        (P, "Curtis Fleming", "a tax on the island’s good name", None),
        (P, "Curtis Fleming", "selling our beaches one ticket at a time", None),
        (S, None, "beach pass", None),
        (I, "senior civil servant", "the fee had first been recommended in a consultant’s report in 2025 and that Cabinet "
            "had approved it last month without public consultation", None),
    ],
    "actors": [
        actor("Marvin Richardson", "person", title="Minister of Tourism", affiliation="Government of Anguilla",
              aliases=["Marvin Richardson", "Richardson", "Hon. Marvin Richardson", "the minister"], stance=1),
        actor("Vendors who operate along the beach", "group", title="beach vendors", affiliation="Shoal Bay East",
              aliases=["Vendors who operate along the beach"], stance=-1),
        actor("Janelle Gumbs", "person", title="food stall operator", affiliation="Shoal Bay",
              aliases=["Janelle Gumbs", "Gumbs"], stance=-1),
        actor("Anguilla Hotel and Tourism Association", "organisation", title="hotel and tourism association",
              affiliation="Anguilla", aliases=["Anguilla Hotel and Tourism Association", "AHTA"], stance=0),
        actor("Curtis Fleming", "person", title="Opposition MHA", affiliation="House of Assembly",
              aliases=["Curtis Fleming", "Fleming"], stance=-1),
        actor("senior civil servant", "person", title="civil servant (anonymous)", affiliation="Government of Anguilla",
              aliases=["senior civil servant"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Construction Enquirer (UK construction trade press) business (a contractor collapses into administration),
#    headline without speech, byline and date lines, British straight single quotes for quotes and fragments, straight
#    apostrophes inside (administrator's) and outside (firm's, Brooke's), "£23m"; administrators "said A" (one span);
#    joint administrator after the quote ("said joint administrator Helen Tait"), then a quote-only paragraph; "Tait said
#    A and that B" (one span); board "said it had '...' to ..., and thanked ... for their '...'" (two partials; thanked is
#    an act); anonymous subcontractor "told Construction Enquirer he had been promised A" (no that), "he said", "He said A
#    and was B" (one span); federation "said ... was '...' and called on ..." (partial only); council "said A and that it
#    was '...' options ..." (indirect plus partial); union officer "said workers had been '...', learning ..." (partial
#    only); scare so-called 'two-stage' tendering.
ARTICLES[f"{BATCH}/hallam-brooke-administration.gold.json"] = {
    "article": f"{BATCH}/hallam-brooke-administration.txt",
    "target": "Hallam Brooke Construction",
    "quotes": [
        (I, "Clarke Moreton Restructuring", "the firm had been hit by losses on three fixed-price public sector contracts "
            "signed in 2023, when build cost inflation was at its peak", None),
        (D, "Helen Tait", "The business had a strong order book, but it was carrying too many legacy contracts that were "
            "losing money on every pour,", None),
        (D, "Helen Tait", "We explored a sale over the last fortnight, but no buyer was willing to take on those "
            "contracts.", None),
        (I, "Helen Tait", "the firm's housing maintenance division, which employs 85 staff, was still trading and that "
            "talks with a potential buyer were continuing", None),
        (P, "Hallam Brooke Construction", "exhausted every option", None),
        (P, "Hallam Brooke Construction", "loyalty through a very difficult period", None),
        (I, "groundworks subcontractor", "he had been promised payment on the Friday before the appointment", None),
        (D, "groundworks subcontractor", "They looked me in the eye and said the money would be in the account on Monday. "
            "On Monday we got the administrator's letter,", None),
        (I, "groundworks subcontractor", "he had already laid off four of his own workers and was not sure his firm would "
            "survive the summer", None),
        (P, "National Federation of Builders", "long overdue", None),
        (I, "Nottinghamshire County Council", "work on the site had stopped", None),
        (P, "Nottinghamshire County Council", "urgently assessing", None),
        (P, "Dean Ashworth", "treated with contempt", None),
        (S, None, "two-stage", None),
    ],
    "actors": [
        actor("Clarke Moreton Restructuring", "organisation", title="joint administrators", affiliation=None,
              aliases=["Clarke Moreton Restructuring"], stance=0),
        actor("Helen Tait", "person", title="joint administrator", affiliation="Clarke Moreton Restructuring",
              aliases=["Helen Tait", "Tait"], stance=0),
        actor("Hallam Brooke Construction", "organisation", title="contractor (its board)", affiliation="Leicester",
              aliases=["Hallam Brooke Construction", "Hallam Brooke"], stance=1),
        actor("groundworks subcontractor", "person", title="groundworks subcontractor (anonymous)", affiliation=None,
              aliases=["groundworks subcontractor"], stance=-1),
        actor("National Federation of Builders", "organisation", title="builders' federation", affiliation="UK",
              aliases=["National Federation of Builders"], stance=None),
        actor("Nottinghamshire County Council", "government", title="client council", affiliation="Nottinghamshire",
              aliases=["Nottinghamshire County Council"], stance=0),
        actor("Dean Ashworth", "person", title="regional officer", affiliation="Unite",
              aliases=["Dean Ashworth", "Ashworth"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Cyprus Mail education (a software error gives students wrong exam grades), headline without speech, byline,
#    straight " and apostrophes (Parents' before a space, year's); content before "the education ministry confirmed on
#    Friday"; "In a statement, the ministry said A and that B" (one span); "the statement said" after the quote (the
#    ministry); permanent secretary "told reporters that A, and that B" (one span); Q&A "Asked whether ..., Loizou
#    replied: "..."" (direct); "Parents were unimpressed." (no speech); confederation "said the mistake had caused "..."
#    to ..., and called for ..." (partial only); parent's quote split by "said Nicosia parent ... "..."" (two directs);
#    union "said A, and that the system had been introduced "..."" (indirect plus partial); scare so-called "e-grading"
#    system; committee chairman "said A"; student named by first name only, "said A", then "Andreas told the Cyprus
#    Mail"; university "said A and that B" (one span).
ARTICLES[f"{BATCH}/pancyprian-results-error.gold.json"] = {
    "article": f"{BATCH}/pancyprian-results-error.txt",
    "target": "education ministry",
    "quotes": [
        (I, "education ministry", "Around 1,400 students received incorrect grades in this year's Pancyprian exams because "
            "of a software error", None),
        (I, "education ministry", "the error affected the conversion of marks in the modern Greek paper and that corrected "
            "results would be posted on its website by Monday", None),
        (D, "education ministry", "We sincerely apologise to the students and families affected. No student will be "
            "disadvantaged in university admissions because of this error,", None),
        (I, "Christiana Loizou", "the external contractor responsible for the software had been asked to explain what went "
            "wrong, and that the ministry was considering legal action", None),
        (D, "Christiana Loizou", "This is not the time for heads to roll. This is the time to fix the problem, and we have "
            "fixed it.", None),
        (P, "Pancyprian Confederation of Parents' Associations", "unacceptable anxiety", None),
        (D, "Maria Theophanous", "My daughter was told she had missed medicine by half a mark. For three days she did not "
            "leave her room,", None),
        (D, "Maria Theophanous", "Then we find out it was a computer mistake. Who gives her those three days back?", None),
        (I, "Oelmek", "it had warned the ministry last year about the new marking software", None),
        (P, "Oelmek", "in a hurry", None),
        (S, None, "e-grading", None),
        (I, "Demetris Kyprianou", "the committee would summon the education minister and the contractor to a session on "
            "Wednesday", None),
        (I, "Andreas", "he had checked the results portal more than twenty times on Thursday night", None),
        (D, "Andreas", "First I had 17.2, then 18.9. Which one is real? Nobody at the ministry could tell me,", None),
        (I, "University of Cyprus", "admissions would be based on the corrected grades and that no places would be "
            "allocated before Wednesday", None),
    ],
    "actors": [
        actor("education ministry", "government", title="ministry of education", affiliation="Cyprus",
              aliases=["education ministry", "the ministry"], stance=1),
        actor("Christiana Loizou", "person", title="permanent secretary", affiliation="education ministry",
              aliases=["Christiana Loizou", "Loizou"], stance=1),
        actor("Pancyprian Confederation of Parents' Associations", "organisation", title="parents' confederation",
              affiliation="Cyprus", aliases=["Pancyprian Confederation of Parents' Associations"], stance=-1),
        actor("Maria Theophanous", "person", title="parent", affiliation="Nicosia",
              aliases=["Maria Theophanous", "Theophanous"], stance=-1),
        actor("Oelmek", "organisation", title="secondary school teachers' union", affiliation="Cyprus",
              aliases=["Oelmek"], stance=-1),
        actor("Demetris Kyprianou", "person", title="House education committee chairman", affiliation="House of "
              "Representatives", aliases=["Demetris Kyprianou", "Kyprianou"], stance=0),
        actor("Andreas", "person", title="student, 18", affiliation=None, aliases=["Andreas"], stance=-1),
        actor("University of Cyprus", "organisation", title="university", affiliation="Cyprus",
              aliases=["University of Cyprus"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
