"""Build the test7 gold files (data/eval/test7/*.gold.json) from the annotation specs below.

Held out, like data/eval/test/. Same approach as data/eval/dev12/build_gold.py, importing the
helpers (actor, build) of data/eval/build_gold.py: each quote is given by its exact text and, when
that text occurs more than once, by an anchor (a string occurring exactly once in the article) from
whose start the text is searched. Run from anywhere:  python3 data/eval/test7/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test7.  Standard library only.
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
# 1. Guardian UK politics (Channel small boats), curly “ ” in the body and ‘ ’ in the headline,
#    ’ apostrophes (returnee’s, France’s, I’m), full stops outside fragment quotes. Headline
#    fragment ‘dragging its feet’ (says home secretary) -> Simon Carrick; the lede repeats it as
#    a separate partial (`The home secretary has accused France of “...”`), speaker named only in
#    the next paragraph. `said A` then a split quote `he told MPs`; `Carrick said A, and that B`
#    (one span). Content before `according to Home Office figures`. Interior ministry statement
#    `it said ... “...” and that ... “...”` (two partials, no indirect); `a ministry spokeswoman
#    told the Guardian` inside a split quote. `was quoted by Le Figaro as saying that Britain
#    wanted “...”` (partial only). Shadow home secretary `said the figures showed ... “...”`
#    (partial only), then `she said` split quote. Group `Charities warned that` (indirect). Charity
#    head named after a long quote (`said X, the chief executive of ..., which ...`). Reported
#    question `Asked ... whether` not annotated; `the prime minister’s official spokesperson said:
#    “...”`. Scare so-called “one in, one out”. Standfirst without speech.
ARTICLES["data/eval/test7/france-channel-returns-row.gold.json"] = {
    "article": "data/eval/test7/france-channel-returns-row.txt",
    "target": "France",
    "quotes": [
        (P, "Simon Carrick", "dragging its feet", "France \u2018dragging"),
        (P, "Simon Carrick", "dragging its feet", "of \u201cdragging"),
        (I, "Simon Carrick", "only 212 people had been sent back across the Channel since July under the pilot "
            "agreed with Paris", None),
        (D, "Simon Carrick", "When we signed this agreement, both sides talked about thousands of returns a year, "
            "not a couple of hundred,", None),
        (D, "Simon Carrick", "I\u2019m not going to pretend that\u2019s good enough, and I don\u2019t think the French "
            "government would pretend that either.", None),
        (I, "Simon Carrick", "French officials had repeatedly delayed the paperwork needed to confirm each "
            "returnee\u2019s identity, and that British liaison officers in Calais had waited up to six weeks for "
            "answers on individual cases", None),
        (I, "Home Office", "Some 30,214 people have crossed the Channel in small boats so far this year, up 9% on "
            "the same point last year", None),
        (P, "interior ministry", "as both governments designed it", None),
        (P, "interior ministry", "with the same care as any other", None),
        (D, "ministry spokeswoman", "France has intercepted more than 9,000 people on its beaches this year, "
            "often at real risk to its own officers,", None),
        (D, "ministry spokeswoman", "We will not take lessons from anyone on our commitment.", None),
        (P, "\u00c9ric Vasseur", "to subcontract its border to French police and then complain about the service",
            None),
        (P, "Fiona Marsh", "collapsed within months", None),
        (D, "Fiona Marsh", "The home secretary promised to smash the gangs by Christmas. Instead we have record "
            "crossings and a minister reading out excuses to a select committee,", None),
        (D, "Fiona Marsh", "This is not France\u2019s failure. It is his.", None),
        (I, "Charities", "the argument between the two governments risked obscuring who was in the boats", None),
        (D, "Lucy Tremaine", "Whatever happens between London and Paris, the people we meet on the beach at Dover "
            "have fled Sudan, Eritrea and Afghanistan. Sending a few hundred of them back to a tent in Dunkirk "
            "does nothing about why they come,", None),
        (D, "prime minister\u2019s official spokesperson", "The prime minister and the home secretary are "
            "completely aligned. We want France to go further and faster.", None),
        (S, None, "one in, one out", None),
    ],
    "actors": [
        actor("Simon Carrick", "person", title="home secretary", affiliation="UK government",
              aliases=["Simon Carrick", "Carrick", "home secretary"], stance=-1),
        actor("Home Office", "government", title="UK interior department (figures)",
              aliases=["Home Office"], stance=None),
        actor("interior ministry", "government", title="France\u2019s interior ministry (statement)",
              aliases=["interior ministry"], stance=1),
        actor("ministry spokeswoman", "person", title="spokeswoman", affiliation="French interior ministry",
              aliases=["ministry spokeswoman"], stance=1),
        actor("\u00c9ric Vasseur", "person", title="centrist MP for Pas-de-Calais", affiliation="French parliament",
              aliases=["\u00c9ric Vasseur", "Vasseur"], stance=1),
        actor("Fiona Marsh", "person", title="shadow home secretary", affiliation="opposition",
              aliases=["Fiona Marsh", "Marsh"], stance=1),
        actor("Charities", "group", title="refugee charities", aliases=["Charities"], stance=None),
        actor("Lucy Tremaine", "person", title="chief executive", affiliation="Harbour Refugee Trust",
              aliases=["Lucy Tremaine", "Tremaine"], stance=None),
        actor("prime minister\u2019s official spokesperson", "person", title="official spokesperson",
              affiliation="Downing Street", aliases=["prime minister\u2019s official spokesperson"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Bloomberg tech earnings, straight `"` and apostrophes (company's, don't, Tallis's), byline,
#    `(Bloomberg) --` dateline, `--With assistance from` line. Lede participial `saying A`
#    (indirect, the company). Forecast before `, the company said in a statement` (content before
#    the cue; the next sentence is the writer's). CEO split quote `Chief Executive Officer X said
#    on a call with analysts`, then `Lindqvist, 51, who ..., said A and that B` (one span).
#    Reported question `Asked by one analyst whether ...` not annotated; `she replied: "No. ..."`.
#    Scare "agentic". CFO `said in an interview with Bloomberg Television that A and would B` (one
#    span), then `Sandell said`. `Not everyone was reassured.` is not speech. Analyst named only
#    after a long quote (`said X, an analyst at ... who ...`). `Bloomberg Intelligence analyst X
#    wrote in a note that ... "overdone" given that ...` (partial only). Investor introduced in
#    the sentence before (`was more pointed.`), quote then `he wrote in a post on X`. Content
#    before `people familiar with the matter said, asking not to be identified ...`, then `the
#    people said`. `declined to comment` not annotated.
ARTICLES["data/eval/test7/tallis-software-forecast-cut.gold.json"] = {
    "article": "data/eval/test7/tallis-software-forecast-cut.txt",
    "target": "Tallis Software",
    "quotes": [
        (I, "Tallis Software", "large customers were holding off on new contracts while they tested "
            "artificial-intelligence tools", None),
        (I, "Tallis Software", "Tallis now expects revenue to grow 4% to 6% this year at constant currency, down "
            "from an earlier forecast of 11% to 13%", None),
        (D, "Maja Lindqvist", "Customers are not cancelling, they are pausing,", None),
        (D, "Maja Lindqvist", "Nearly every large retailer we talk to is running a pilot with some kind of AI "
            "planning agent right now, and until those pilots finish, they don't want to sign a five-year "
            "contract with anyone.", None),
        (I, "Maja Lindqvist", "Tallis hadn't lost any of its 20 largest customers and that deals worth about 600 "
            "million kronor had slipped into next year", None),
        (D, "Maja Lindqvist", "No. Those tools need data, and the data lives in our systems.", None),
        (S, None, "agentic", None),
        (I, "Henrik Sandell", "Tallis would freeze hiring outside research and development until at least March "
            "and would keep its dividend unchanged", None),
        (D, "Henrik Sandell", "We're not going to cut our way out of this, but we're also not going to keep "
            "hiring as if it's 2021,", None),
        (D, "Oskar Nyberg", "The guidance cut is bigger than anyone feared, and the explanation is the one "
            "investors least wanted to hear. If the next thing a retailer buys is an AI agent rather than more "
            "Tallis seats, this isn't a one-quarter problem,", None),
        (P, "Anjali Rao", "overdone", None),
        (D, "Erik Dahl", "Management has had two years to build the AI product its customers now want to buy from "
            "someone else,", None),
        (I, "people familiar with the matter", "Tallis has held early talks with at least two private equity "
            "firms about a possible take-private deal", None),
        (I, "people familiar with the matter", "No decision has been made and the talks may not lead to a "
            "transaction", None),
    ],
    "actors": [
        actor("Tallis Software", "organisation", title="Swedish supply-chain planning software maker",
              aliases=["Tallis Software", "Tallis Software AB", "Tallis", "the company"], stance=0),
        actor("Maja Lindqvist", "person", title="chief executive officer (51)", affiliation="Tallis Software",
              aliases=["Maja Lindqvist", "Lindqvist"], stance=1),
        actor("Henrik Sandell", "person", title="chief financial officer", affiliation="Tallis Software",
              aliases=["Henrik Sandell", "Sandell"], stance=1),
        actor("Oskar Nyberg", "person", title="analyst (sell-equivalent rating)",
              affiliation="Norrvik Securities, Stockholm", aliases=["Oskar Nyberg", "Nyberg"], stance=-1),
        actor("Anjali Rao", "person", title="analyst", affiliation="Bloomberg Intelligence",
              aliases=["Anjali Rao", "Rao"], stance=1),
        actor("Erik Dahl", "person", title="hedge fund founder (about 3% shareholder)", affiliation="Kvarn Capital",
              aliases=["Erik Dahl", "Dahl"], stance=-1),
        actor("people familiar with the matter", "group", title="anonymous sources",
              aliases=["people familiar with the matter", "the people"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AP state courts, curly “ ” and ’, American punctuation inside closing marks, nested curly
#    ‘Yes, you can.’ inside a quote, byline. Lede content before `the Arkansas Supreme Court said
#    Thursday, ordering ...` (the court speaks; `ordering that ...` is a directive). Majority
#    opinion `Writing for the majority, Justice X said ... “...” ..., and that B` (partial plus
#    indirect), then `Dunning wrote`. Dissent `argued that ... “...” and that B` (partial plus
#    indirect), `Teague wrote`. Plaintiff `said A`, then `Hollins, 62, said in an interview with
#    The Associated Press` inside a split quote. Lawyer named after the first part of his quote
#    (`said X, a Little Rock attorney who ...`), the quote running into the next paragraph (three
#    direct entries). `Education Secretary X said A and would B` (one span); `But he defended the
#    takeover.` is not speech; `Pratt said` split quote. Board chair `wrote in a post on social
#    media that ... “...”` (partial only). `State Sen. X ... said he would file a bill ... so the
#    board could ... “...”` (partial only). `Rep. X ... called the ruling “...”` (partial). Group
#    `dozens of residents` then `“Our schools, our vote!” they chanted` (direct). `did not respond
#    to a request for comment` not annotated.
ARTICLES["data/eval/test7/arkansas-delta-ridge-takeover-ruling.gold.json"] = {
    "article": "data/eval/test7/arkansas-delta-ridge-takeover-ruling.txt",
    "target": "Arkansas State Board of Education",
    "quotes": [
        (I, "Arkansas Supreme Court", "The Arkansas State Board of Education overstepped its authority when it "
            "dissolved the elected school board of a small Delta district and handed control to a "
            "state-appointed superintendent", None),
        (P, "Carla Dunning", "a meaningful opportunity to correct", None),
        (I, "Carla Dunning", "the Delta Ridge School District had been given 41 days", None),
        (D, "Carla Dunning", "Forty-one days is not an opportunity. It is a formality,", None),
        (P, "Raymond Teague", "rewritten the statute", None),
        (I, "Raymond Teague", "lawmakers had given the board wide discretion precisely so it could act quickly",
            None),
        (D, "Raymond Teague", "The court today tells the state it must wait, and wait again, while children in "
            "Phillips County fall further behind,", None),
        (I, "Teresa Hollins", "she cried when her lawyer called with the news", None),
        (D, "Teresa Hollins", "They told us we couldn\u2019t be trusted with our own children\u2019s schools,", None),
        (D, "Teresa Hollins", "Today the highest court in this state said, \u2018Yes, you can.\u2019", None),
        (D, "Nathaniel Greer", "This isn\u2019t only about one district,", None),
        (D, "Nathaniel Greer", "Every community the state board has taken over can now ask whether it got the fair "
            "chance the law requires.", None),
        (D, "Nathaniel Greer", "We intend to make sure they ask.", None),
        (I, "Lowell Pratt", "the department respected the court\u2019s decision and would work with the district on "
            "an orderly transition", None),
        (D, "Lowell Pratt", "Test scores are up, the books are balanced, and for the first time in years there is "
            "a certified teacher in every classroom,", None),
        (D, "Lowell Pratt", "Those are facts, and no ruling changes them.", None),
        (P, "Gwen Harlow", "in good faith and in the interest of students.", None),
        (P, "Curtis Oakes", "when a district is in crisis.", None),
        (P, "Vivian Cole", "a long time coming.", None),
        (D, "residents", "Our schools, our vote!", None),
    ],
    "actors": [
        actor("Arkansas Supreme Court", "organisation", title="state supreme court (4-3 ruling)",
              aliases=["Arkansas Supreme Court"], stance=-1),
        actor("Carla Dunning", "person", title="justice (majority opinion)", affiliation="Arkansas Supreme Court",
              aliases=["Carla Dunning", "Dunning"], stance=-1),
        actor("Raymond Teague", "person", title="justice (dissent)", affiliation="Arkansas Supreme Court",
              aliases=["Raymond Teague", "Teague"], stance=1),
        actor("Teresa Hollins", "person", title="former school board president (62), plaintiff",
              affiliation="Delta Ridge School District", aliases=["Teresa Hollins", "Hollins"], stance=-1),
        actor("Nathaniel Greer", "person", title="attorney for the ousted board members (Little Rock)",
              aliases=["Nathaniel Greer", "Greer"], stance=-1),
        actor("Lowell Pratt", "person", title="education secretary", affiliation="Arkansas Department of Education",
              aliases=["Lowell Pratt", "Pratt"], stance=1),
        actor("Gwen Harlow", "person", title="chair", affiliation="Arkansas State Board of Education",
              aliases=["Gwen Harlow", "Harlow"], stance=1),
        actor("Curtis Oakes", "person", title="state senator (Republican, Searcy), sponsor of the 2015 law",
              affiliation="Arkansas Senate", aliases=["Curtis Oakes", "Oakes"], stance=1),
        actor("Vivian Cole", "person", title="state representative (Democrat)",
              affiliation="Arkansas House of Representatives", aliases=["Vivian Cole", "Cole"], stance=-1),
        actor("residents", "group", title="residents gathered outside the Phillips County Courthouse",
              aliases=["residents"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Canadian regional community story (Saskatchewan town hall), straight `"` and straight
#    apostrophes (town's, engineer's, I'd, don't), `Coun.` titles, `Nov. 12`. Content before
#    `Kowalchuk told the crowd` (the whole cost sentence, including `more than three times ...`).
#    Split quote `he said`. Company `has said it would ...` (indirect). Scare "temporary" roof
#    patch. Curling club president named after a long quote (`said X, president of ..., who
#    ...`). Group `Several residents said A`. Q&A in prose: `Rick Toews, 71, stood up and asked
#    the mayor: "...?"` (direct, question only) and `"...," Kowalchuk replied`. Two councillors,
#    a woman and a man, named together in a sentence without speech, then `"...," she said`
#    (Kuzyk) and `"...," he said` (Ostafie). Ministry `A spokesperson for ... said A ..., and that
#    B` (one span). Facebook post `wrote in a post on Facebook that he would never have come home
#    "..."` (partial only), then `Schmidt wrote`. `Kowalchuk said after the meeting that A and
#    that B` (one span). `defended his plan` and `Council is split` are not speech.
ARTICLES["data/eval/test7/barlow-creek-curling-rink-sale.gold.json"] = {
    "article": "data/eval/test7/barlow-creek-curling-rink-sale.txt",
    "target": "Dale Kowalchuk",
    "quotes": [
        (I, "Dale Kowalchuk", "The rink needs a new roof and ice plant that together would cost about $1.4 "
            "million, more than three times what the town of 1,300 collects in property taxes in a year", None),
        (D, "Dale Kowalchuk", "I grew up on that ice. My dad skipped a rink there for 30 years. Nobody in this room "
            "wants to do this less than I do,", None),
        (D, "Dale Kowalchuk", "But I was elected to look after the town's money, not to look after a building.",
            None),
        (I, "Harvest Line Grain", "it would use the site to store equipment", None),
        (S, None, "temporary", None),
        (D, "Joanne Pelletier", "We've got 48 members, a junior program with 19 kids, and the only place in town "
            "where you'll find a farmer, a nurse and a Grade 9 kid on the same team on a Tuesday night. You can't "
            "put a price on that, and he's trying to,", None),
        (I, "residents", "they would accept a small tax increase if it meant keeping the rink", None),
        (D, "Rick Toews", "How much would it cost just to fix the roof?", None),
        (D, "Dale Kowalchuk", "About $600,000. And then we'd still have an ice plant from 1962,", None),
        (D, "Marianne Kuzyk", "We never once asked people in this town to help us raise the money. We went straight "
            "from a bad engineer's report to a for-sale sign,", None),
        (D, "Terry Ostafie", "Fundraising for a roof is one thing. Nobody bake-sales their way to an ice plant,",
            None),
        (I, "spokesperson for Saskatchewan's Ministry of Parks, Culture and Sport", "the town had applied twice to "
            "a provincial recreation infrastructure fund and been turned down both times because the fund was "
            "oversubscribed, and that a third application would be considered", None),
        (P, "Brent Schmidt", "if I'd known the rink was on the block.", None),
        (D, "Brent Schmidt", "Small towns don't lose their people all at once. They lose them one building at a "
            "time,", None),
        (I, "Dale Kowalchuk", "he had heard the room and that council would not rush the vote", None),
    ],
    "actors": [
        actor("Dale Kowalchuk", "person", title="mayor", affiliation="Town of Barlow Creek",
              aliases=["Dale Kowalchuk", "Kowalchuk", "the mayor"], stance=1),
        actor("Harvest Line Grain", "organisation", title="grain company (inland terminal operator), bidder",
              aliases=["Harvest Line Grain", "The company"], stance=None),
        actor("Joanne Pelletier", "person", title="president", affiliation="Barlow Creek Curling Club",
              aliases=["Joanne Pelletier", "Pelletier"], stance=-1),
        actor("residents", "group", title="residents at the town hall", aliases=["residents", "Several residents"],
              stance=-1),
        actor("Rick Toews", "person", title="resident (71)", aliases=["Rick Toews", "Toews"], stance=None),
        actor("Marianne Kuzyk", "person", title="town councillor", affiliation="Barlow Creek town council",
              aliases=["Marianne Kuzyk", "Kuzyk"], stance=-1),
        actor("Terry Ostafie", "person", title="town councillor", affiliation="Barlow Creek town council",
              aliases=["Terry Ostafie", "Ostafie"], stance=1),
        actor("spokesperson for Saskatchewan's Ministry of Parks, Culture and Sport", "person", title="spokesperson",
              affiliation="Saskatchewan Ministry of Parks, Culture and Sport",
              aliases=["spokesperson for Saskatchewan's Ministry of Parks, Culture and Sport"], stance=None),
        actor("Brent Schmidt", "person", title="resident (moved back from Calgary in 2021)",
              aliases=["Brent Schmidt", "Schmidt"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
