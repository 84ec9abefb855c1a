"""Build the test121 gold files (data/eval/test121/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test121/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test121.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test121"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Naharnet (Russia offers Lebanon fuel oil for its power plants), headline "... U.S. warns of
#    sanctions risk" (reported, no quote marks: not annotated), "by Naharnet Newsdesk 03 December 2026,
#    14:20" line, straight " and apostrophes. Lede content before "Russian Ambassador Dmitry Sorokin said
#    Wednesday"; "Sorokin said A would be sold at "..." and that B" (partial plus indirect); quote with "the
#    ambassador told reporters", then a quote-only paragraph; minister "described the offer as "..." and said
#    A" (partial plus indirect), quote with "the minister said"; embassy "warned in a statement that A";
#    embassy spokesperson "told Naharnet" (a quoted directive is still a direct); scare so-called "eastward
#    option"; MP "welcomed what he called a "..." initiative, saying Lebanon should not "..."" (two partials);
#    MP "said ... was being dragged into a "..." and that B" (partial plus indirect), quote with "Abi Khalil
#    said"; "Al-Akhbar daily reported ... that A, and that B" (one span); anonymous "ministerial source told
#    Naharnet that A", then "the source said".
ARTICLES[f"{BATCH}/russia-fuel-offer-lebanon-edl.gold.json"] = {
    "article": f"{BATCH}/russia-fuel-offer-lebanon-edl.txt",
    "target": "Russia",
    "quotes": [
        (I, "Dmitry Sorokin", "Russia is ready to supply Lebanon with up to 200,000 tonnes of fuel oil for its state "
            "power plants over the next year", None),
        (P, "Dmitry Sorokin", "preferential prices", None),
        (I, "Dmitry Sorokin", "Moscow was prepared to accept payment partly in Lebanese pounds", None),
        (D, "Dmitry Sorokin", "Russia has never turned its back on the Lebanese people, and we will not do so now, when "
            "they are sitting in the dark for twenty hours a day,", None),
        (D, "Dmitry Sorokin", "We are not asking for anything in return. There are no political conditions.", None),
        (P, "Walid Haddad", "serious", None),
        (I, "Walid Haddad", "his ministry would study it together with the World Bank", None),
        (D, "Walid Haddad", "Any fuel that reaches our plants at a reasonable price is welcome, wherever it comes from. "
            "But we will not sign anything that puts Lebanon at odds with its international partners,", None),
        (I, "U.S. Embassy in Beirut", "any transaction with Russian state-owned energy companies could expose Lebanese "
            "institutions and banks to U.S. sanctions", None),
        (D, "embassy spokesperson", "We urge the Lebanese government to think very carefully before entering into any "
            "agreement of this kind,", None),
        (S, None, "eastward option", None),
        (P, "Ali Mroueh", "brave and sincere", None),
        (P, "Ali Mroueh", "freeze in the winter to please Washington.", None),
        (P, "Pierre Abi Khalil", "dangerous axis", None),
        (I, "Pierre Abi Khalil", "the Russian fuel would solve nothing without reform of Electricite du Liban (EDL)", None),
        (D, "Pierre Abi Khalil", "This is the same old story of looking east. It sounds good on television, and then "
            "the lights stay off,", None),
        (I, "Al-Akhbar", "the Russian offer had first been raised during a visit by a Lebanese delegation to Moscow in "
            "October, and that the energy ministry had kept it quiet for weeks to avoid a row within the cabinet", None),
        (I, "ministerial source", "the prime minister had not yet taken a position and would wait for the World Bank's "
            "assessment", None),
        (D, "ministerial source", "The prime minister does not want to say yes to Moscow and lose the Americans, or say "
            "no and be blamed for the blackouts,", None),
    ],
    "actors": [
        actor("Dmitry Sorokin", "person", title="Russian Ambassador to Lebanon", affiliation="Russia",
              aliases=["Dmitry Sorokin", "Sorokin", "the ambassador"], stance=1),
        actor("Walid Haddad", "person", title="Energy Minister", affiliation="Lebanon",
              aliases=["Walid Haddad", "Haddad", "the minister"], stance=0),
        actor("U.S. Embassy in Beirut", "government", affiliation="United States",
              aliases=["U.S. Embassy in Beirut"], stance=-1),
        actor("embassy spokesperson", "person", title="spokesperson", affiliation="U.S. Embassy in Beirut",
              aliases=["embassy spokesperson"], stance=-1),
        actor("Ali Mroueh", "person", title="MP", affiliation="Hezbollah", aliases=["Ali Mroueh", "Mroueh"], stance=1),
        actor("Pierre Abi Khalil", "person", title="MP", affiliation="Lebanese Forces",
              aliases=["Pierre Abi Khalil", "Abi Khalil"], stance=-1),
        actor("Al-Akhbar", "organisation", title="daily newspaper", aliases=["Al-Akhbar"], stance=None),
        actor("ministerial source", "person", title="anonymous ministerial source", aliases=["ministerial source",
              "the source"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Peterborough Examiner health (the regional hospital closes beds and cuts jobs), headline and
#    standfirst without speech, "Kira Boychuk, Examiner Staff" and "Thu., Dec. 3, 2026" lines, straight "
#    and apostrophes, Canadian spelling, Local Journalism Initiative tag line. Lede content before "the
#    hospital said Wednesday"; content before "according to the hospital"; "In a statement, PRHC said A";
#    CEO named after the first stretch ("said Dr. Lorraine Achebe-Scott, ..."), second stretch after;
#    "Achebe-Scott said the hospital was working ... to open 30 "..." spaces" (partial only); scare
#    so-called "unconventional spaces"; "When asked whether ..., she said: "...""; "The Ontario Nurses'
#    Association was not convinced" (not speech); union local president "said the plan was "..."" (partial
#    only), quote with "Mercer said", then a quote-only paragraph; MPP "called the cuts the "..." of ..."
#    (partial); minister's office "said A, and that B" (one span); family member "said A", then "he said".
ARTICLES[f"{BATCH}/prhc-bed-closures-deficit.gold.json"] = {
    "article": f"{BATCH}/prhc-bed-closures-deficit.txt",
    "target": "Peterborough Regional Health Centre",
    "quotes": [
        (I, "Peterborough Regional Health Centre", "Peterborough Regional Health Centre will close 22 inpatient beds and "
            "eliminate about 60 full-time positions by next spring as it tries to balance a $14-million operating "
            "deficit", None),
        (I, "Peterborough Regional Health Centre", "Most of the job cuts will come through retirements and vacant "
            "positions that will not be filled, but as many as 25 staff could receive layoff notices in January", None),
        (I, "Peterborough Regional Health Centre", "the beds being closed are in a medicine unit where, on an average "
            "day, a third of patients no longer need hospital care and are waiting for a long-term care or home care "
            "placement", None),
        (D, "Lorraine Achebe-Scott", "These are difficult decisions, and they are not made lightly,", None),
        (D, "Lorraine Achebe-Scott", "But the Broader Public Sector Accountability Act requires us to present a balanced "
            "budget, and we cannot keep borrowing against next year to pay for this one.", None),
        (P, "Lorraine Achebe-Scott", "transitional care", None),
        (S, None, "unconventional spaces", None),
        (D, "Lorraine Achebe-Scott", "Our goal is the opposite. If we get the right patients into the right beds in the "
            "community, it frees up capacity here.", None),
        (P, "Dawn Mercer", "built on wishful thinking.", None),
        (D, "Dawn Mercer", "There are no community spaces waiting for these patients. I have nurses in the ER who are "
            "looking after admitted patients in hallways for three and four days,", None),
        (D, "Dawn Mercer", "Take away 22 beds and those patients don't disappear. They end up on a stretcher next to the "
            "ambulance bay.", None),
        (P, "Nathan Oduya", "predictable result", None),
        (I, "office of Ontario's health minister", "hospitals in Ontario have received record funding increases in each "
            "of the last three years, and that PRHC's budget alone had grown by more than $40 million since 2022", None),
        (I, "Ross Pennington", "he was worried about what the closures would mean for families like his", None),
        (D, "Ross Pennington", "The staff there are wonderful. It's the system that's broken, and now it's getting "
            "smaller,", None),
    ],
    "actors": [
        actor("Peterborough Regional Health Centre", "organisation", title="regional hospital",
              aliases=["Peterborough Regional Health Centre", "PRHC", "the hospital"], stance=1),
        actor("Lorraine Achebe-Scott", "person", title="president and CEO",
              affiliation="Peterborough Regional Health Centre",
              aliases=["Lorraine Achebe-Scott", "Achebe-Scott"], stance=1),
        actor("Dawn Mercer", "person", title="bargaining unit president, registered nurse",
              affiliation="Ontario Nurses' Association", aliases=["Dawn Mercer", "Mercer"], stance=-1),
        actor("Nathan Oduya", "person", title="MPP for Peterborough-Kawartha", aliases=["Nathan Oduya", "Oduya"],
              stance=0),
        actor("office of Ontario's health minister", "government", affiliation="Government of Ontario",
              aliases=["office of Ontario's health minister"], stance=-1),
        actor("Ross Pennington", "person", title="son of a former patient",
              aliases=["Ross Pennington", "Pennington"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Canadian Lawyer (a law society hearing panel suspends a real estate lawyer), headline and standfirst
#    without speech, byline and "03 Dec 2026" line, straight " and apostrophes, neutral citation at the end.
#    Panel "wrote that ... showed "..."" (partial only), quote with "the panel wrote"; "ordered Teo to pay ..."
#    (not annotated); Teo "had argued at the hearing that A and that B" (one span); "The panel rejected that
#    explanation, noting that A" (act plus indirect); Teo "said he was "..." by the decision and that B"
#    (partial plus indirect), then "he said"; counsel "said the penalty was "..." with ..." (partial only),
#    quote with "Visser said"; former client "told Canadian Lawyer she had ...", quote with "Roy said"; law
#    society spokesperson "said A but noted that B" (two indirects); ethics professor "said the penalty sat
#    "..."" (partial only), quote split by "he said".
ARTICLES[f"{BATCH}/teo-law-society-suspension.gold.json"] = {
    "article": f"{BATCH}/teo-law-society-suspension.txt",
    "target": "Marcus Teo",
    "quotes": [
        (P, "hearing panel", "a persistent blindness to the most basic duty a lawyer owes a client.", None),
        (D, "hearing panel", "The respondent is an experienced and capable practitioner. That is precisely why his "
            "failure to recognize, or to disclose, an obvious conflict is so troubling,", None),
        (I, "Marcus Teo", "he had mentioned the company's involvement to his client in a phone call and that the omission "
            "from the written retainer was an administrative error", None),
        (I, "hearing panel", "there was no record of the call", None),
        (P, "Marcus Teo", "deeply disappointed", None),
        (I, "Marcus Teo", "he would appeal it to the BC Court of Appeal", None),
        (D, "Marcus Teo", "I have practised for 27 years without a single complaint. I have always put my clients first, "
            "and I will continue to say so in every forum available to me,", None),
        (P, "Anneke Visser", "wildly out of proportion", None),
        (D, "Anneke Visser", "Mr. Teo's client did not lose a dollar. The panel has punished a paperwork failure as if it "
            "were dishonesty,", None),
        (I, "Delphine Roy", "she had only learned of Teo's stake from a news article two years after the deal closed", None),
        (D, "Delphine Roy", "I trusted him completely. If I had known, I would have walked away,", None),
        (I, "spokesperson for the Law Society of British Columbia", "the society does not comment on individual decisions "
            "beyond the published reasons", None),
        (I, "spokesperson for the Law Society of British Columbia", "conflict-of-interest findings were among the most "
            "common grounds for discipline in real estate practice", None),
        (P, "Amar Bhatnagar", "at the upper end of the range, but within it.", None),
        (D, "Amar Bhatnagar", "Panels have been signalling for several years that they see undisclosed financial interests "
            "as a serious matter, not a technical one,", None),
        (D, "Amar Bhatnagar", "Lawyers in real estate practice would be wise to take note.", None),
    ],
    "actors": [
        actor("hearing panel", "organisation", title="three-member hearing panel",
              affiliation="Law Society of British Columbia", aliases=["hearing panel", "the panel", "The panel"],
              stance=-1),
        actor("Marcus Teo", "person", title="real estate lawyer", aliases=["Marcus Teo", "Teo", "Mr. Teo"], stance=1),
        actor("Anneke Visser", "person", title="counsel for Teo", affiliation="Visser Lam LLP",
              aliases=["Anneke Visser", "Visser"], stance=1),
        actor("Delphine Roy", "person", title="former client, complainant", aliases=["Delphine Roy", "Roy"], stance=-1),
        actor("spokesperson for the Law Society of British Columbia", "person", title="spokesperson",
              affiliation="Law Society of British Columbia",
              aliases=["spokesperson for the Law Society of British Columbia"], stance=None),
        actor("Amar Bhatnagar", "person", title="legal ethics teacher",
              affiliation="University of British Columbia, Peter A. Allard School of Law",
              aliases=["Amar Bhatnagar", "Bhatnagar"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Sentinel / StokeonTrentLive business (a pottery firm closes its factory), headline with a straight
#    single fragment "... is a 'hammer blow', says union", standfirst without speech, byline, "Business
#    Reporter" and "11:30, 4 DEC 2026" lines, straight " and apostrophes, "Read more:" line, newsletter
#    footer. Company "told staff ... that A"; "In a statement, the company said ... "..." and that ... "..."
#    ..." (two partials, no indirect); managing director Jonathan Pell (his surname is also in the firm's
#    name) named after the first stretch ("said managing director Jonathan Pell"), then a quote-only
#    paragraph; "Pell said A"; union "said A"; organiser "described the news as a "..." ... and accused the
#    company of "..."" (two partials), then "she said"; worker "said: "...""; MP "said A", then "she said";
#    confederation chief "said A and that the closure "..." for ministers" (indirect plus partial); scare
#    "ceramics revival"; council leader "said A".
ARTICLES[f"{BATCH}/harwood-pell-longton-factory-closure.gold.json"] = {
    "article": f"{BATCH}/harwood-pell-longton-factory-closure.txt",
    "target": "Harwood & Pell",
    "quotes": [
        (P, "GMB", "hammer blow", "'hammer blow'"),
        (I, "Harwood & Pell", "production at its Anchor Road works would end in March and move to a partner factory near "
            "Aveiro in Portugal", None),
        (P, "Harwood & Pell", "no longer viable", None),
        (P, "Harwood & Pell", "every possible alternative", None),
        (D, "Jonathan Pell", "Our kilns run on gas 24 hours a day. Our energy bill has trebled since 2021, and we simply "
            "cannot pass those costs on to customers who can buy a mug from Asia for a fraction of the price,", None),
        (D, "Jonathan Pell", "This is the hardest day in the history of this business. My great-great-grandfather opened "
            "this factory, and I am the one who has to close it.", None),
        (I, "Jonathan Pell", "the firm would keep its design studio and factory shop in Longton, safeguarding around 25 "
            "jobs", None),
        (I, "GMB", "it had not been consulted before the announcement", None),
        (P, "Lisa Bourne", "hammer blow", "described the news"),
        (P, "Lisa Bourne", "walking away", None),
        (D, "Lisa Bourne", "We were told on Monday that there was a rescue plan on the table. On Thursday they handed "
            "people a letter and sent them home,", None),
        (D, "Tony Baddeley", "My dad worked here, my uncle worked here. I don't know what else I'd do at my age. There's "
            "nothing else like it left round here.", None),
        (I, "Rachel Ndlovu", "she had written to the Business Secretary to ask for an urgent meeting about energy costs "
            "for the ceramics industry", None),
        (D, "Rachel Ndlovu", "Harwood & Pell is part of the fabric of this city. I know how hard the last few years have "
            "been, but I am asking the company to pause and talk to us before it is too late,", None),
        (I, "Andrew Skelton", "manufacturers in the Potteries were paying some of the highest industrial energy prices in "
            "Europe", None),
        (P, "Andrew Skelton", "should be a wake-up call", None),
        (S, None, "ceramics revival", None),
        (I, "Majid Farooq", "the council's jobs and skills team would be on site next week to help affected staff find "
            "new work", None),
    ],
    "actors": [
        actor("GMB", "organisation", title="union", aliases=["GMB", "union"], stance=-1),
        actor("Harwood & Pell", "organisation", title="pottery firm", aliases=["Harwood & Pell", "the company"], stance=1),
        actor("Jonathan Pell", "person", title="managing director", affiliation="Harwood & Pell",
              aliases=["Jonathan Pell", "Pell"], stance=1),
        actor("Lisa Bourne", "person", title="Regional organiser", affiliation="GMB", aliases=["Lisa Bourne", "Bourne"],
              stance=-1),
        actor("Tony Baddeley", "person", title="Kiln operator", affiliation="Harwood & Pell",
              aliases=["Tony Baddeley", "Baddeley"], stance=-1),
        actor("Rachel Ndlovu", "person", title="MP for Stoke-on-Trent South", aliases=["Rachel Ndlovu", "Ndlovu"],
              stance=0),
        actor("Andrew Skelton", "person", title="chief executive", affiliation="British Ceramic Confederation",
              aliases=["Andrew Skelton", "Skelton"], stance=1),
        actor("Majid Farooq", "person", title="Stoke-on-Trent City Council leader", aliases=["Majid Farooq", "Farooq"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
