"""Build the test9 gold files (data/eval/test9/*.gold.json) from the annotation specs below.

Held-out batch: the engineers score it, they do not read it while tuning. Same approach as
data/eval/dev25/build_gold.py, importing the helpers (actor, build) of data/eval/build_gold.py:
each quote is given by its exact text and, when that text occurs more than once, by an anchor (a
string occurring exactly once in the article) from whose start the text is searched. Run from
anywhere:  python3 data/eval/test9/build_gold.py  then  python3 data/eval/check_batch.py
data/eval/test9.  Standard library only.
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
# 1. AFP diplomacy wire (Japan protests a South Korean survey ship near the disputed islets),
#    dateline "Tokyo (AFP) –", curly “ ” and ’ apostrophes (ship’s, Japan’s, other’s), British
#    spelling, fragment punctuation outside the closing mark, a clause quote with the comma inside.
#    Headline without speech. Lede "lodged a formal protest ..., saying the ... presence ... was
#    “...”" (participial cue, partial only; the country speaks). Ship's movements before "according
#    to Japan’s coast guard". Chief cabinet secretary named after the first stretch ("Chief Cabinet
#    Secretary X told a regular press conference"), quote resumed; "Morimoto said A and demanded
#    that B" (one span: the demand is part of what he reports). "Seoul was quick to hit back" (no
#    content). "The islets are “...,” spokeswoman X told reporters, adding that A" (partial plus
#    indirect), then "she said". Oceans ministry statement "said A, and that B" (one span). "Tokyo
#    says A and that B" (the country, present tense). Scare so-called “shuttle diplomacy”. Anonymous
#    official "said A" then "the official said". Lawmakers "urged ... to postpone" (directive, not
#    annotated); "called the survey “...” timed to ..." (partial). State Department "urged both
#    allies to handle the dispute “...”" (a fragment inside a directive is still a partial). Analyst
#    named after the first stretch, quote resumed. Group "fishermen said A"; fisherman named after
#    his quote.
ARTICLES["data/eval/test9/japan-korea-islets-survey-protest.gold.json"] = {
    "article": "data/eval/test9/japan-korea-islets-survey-protest.txt",
    "target": "South Korea",
    "quotes": [
        (P, "Japan", "totally unacceptable", None),
        (I, "Japan\u2019s coast guard", "The South Korean vessel entered waters around the rocky outcrops, known as "
            "Dokdo in Korea and Takeshima in Japan, shortly after dawn on Tuesday and stayed for around nine hours",
            None),
        (D, "Kenji Morimoto", "The survey was carried out without Japan\u2019s consent in waters that are an "
            "integral part of our territory,", None),
        (D, "Kenji Morimoto", "We have conveyed our position to Seoul in the strongest possible terms.", None),
        (I, "Kenji Morimoto", "a senior foreign ministry official had summoned South Korea\u2019s deputy ambassador "
            "in Tokyo and demanded that the ship leave the area immediately", None),
        (P, "Lim Soo-yeon", "clearly South Korean territory, historically, geographically and under international "
            "law,", None),
        (I, "Lim Soo-yeon", "the survey was a routine scientific mission planned months in advance", None),
        (D, "Lim Soo-yeon", "We will not accept any unjust claim by Japan over Dokdo, and there is nothing to "
            "discuss,", None),
        (I, "South Korea\u2019s oceans ministry", "the ship had been measuring water temperatures and currents as "
            "part of a monitoring programme that has run since the 1990s, and that the data would be shared with "
            "researchers abroad", None),
        (I, "Japan", "they are an inherent part of Japanese territory and that Seoul occupies them illegally", None),
        (S, None, "shuttle diplomacy", None),
        (I, "Japanese government official", "the trip had not been called off", None),
        (D, "Japanese government official", "The visit matters precisely because we have problems like this one,",
            None),
        (P, "Hiroko Nishida", "a deliberate provocation", None),
        (P, "State Department", "calmly and through dialogue", None),
        (D, "Choi Hyun-woo", "Both governments have domestic audiences to think about, but neither of them wants "
            "this to derail the summer,", None),
        (D, "Choi Hyun-woo", "Expect strong words this week and quiet phone calls next week.", None),
        (I, "fishermen", "they had been shut out of rich squid grounds around the islets for as long as they could "
            "remember", None),
        (D, "Masato Ueda", "Every time a Korean ship goes out there, the message is the same: those waters are "
            "closed to us,", None),
    ],
    "actors": [
        actor("Japan", "country", aliases=["Japan", "Tokyo"], stance=-1),
        actor("Japan\u2019s coast guard", "government", title="coast guard", affiliation="Japan",
              aliases=["Japan\u2019s coast guard"], stance=0),
        actor("Kenji Morimoto", "person", title="Chief Cabinet Secretary", affiliation="Japan",
              aliases=["Kenji Morimoto", "Morimoto"], stance=-1),
        actor("Lim Soo-yeon", "person", title="foreign ministry spokeswoman", affiliation="South Korea",
              aliases=["Lim Soo-yeon", "Lim"], stance=1),
        actor("South Korea\u2019s oceans ministry", "government", title="oceans ministry", affiliation="South Korea",
              aliases=["South Korea\u2019s oceans ministry"], stance=1),
        actor("Japanese government official", "person", title="government official (anonymous)",
              affiliation="Japan", aliases=["Japanese government official", "the official"], stance=0),
        actor("Hiroko Nishida", "person", title="lawmaker", affiliation="Liberal Democratic Party (Japan)",
              aliases=["Hiroko Nishida", "Nishida"], stance=-1),
        actor("State Department", "government", affiliation="United States", aliases=["State Department"],
              stance=0),
        actor("Choi Hyun-woo", "person", title="professor of international relations",
              affiliation="Yonsei University, Seoul", aliases=["Choi Hyun-woo", "Choi"], stance=0),
        actor("fishermen", "group", title="fishermen on the Oki Islands, Shimane prefecture", aliases=["fishermen"],
              stance=-1),
        actor("Masato Ueda", "person", title="head of a fishing cooperative", affiliation="Oki Islands",
              aliases=["Masato Ueda", "Ueda"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AP Washington politics (Senate hearing on the air traffic controller shortage), byline
#    "By NAME Associated Press", dateline "WASHINGTON (AP) —", straight " and apostrophes (nation's,
#    committee's, I'm, he's), punctuation inside closing marks, straight single quotes in the
#    headline. Headline fragment 'years' -> the secretary (the headline names him as
#    "Transportation chief"). Lede "told senators Thursday that A, as lawmakers ... pressed him ..."
#    (the span stops before the writer's "as" clause). Opening statement over two paragraphs (the
#    first paragraph has a closed stretch and an open one, the second is only a quote): three
#    direct entries. Near miss before "according to a preliminary report by the National
#    Transportation Safety Board" (the report speaks for the board). Senator "called the ... plan
#    "..."" (partial), then "she told Kessler" with a question in the second stretch. "Kessler
#    replied that A, ..., and had B" (one span). Chairman "was more measured." then "he said",
#    quote resumed. Union statement "said ... that A and that ... "..."" (indirect plus partial).
#    Spokesman "said the president had "..." in Kessler" (partial). Plan before "according to two
#    people familiar with the plans, who ...". Scare so-called "silver tsunami". "brushed off a
#    question ... about whether ..." (no content), then "he said".
ARTICLES["data/eval/test9/kessler-controller-shortage-hearing.gold.json"] = {
    "article": "data/eval/test9/kessler-controller-shortage-hearing.txt",
    "target": "Dale Kessler",
    "quotes": [
        (P, "Dale Kessler", "years", "will take 'years'"),
        (I, "Dale Kessler", "the nation's shortage of air traffic controllers would take years to fix", None),
        (D, "Dale Kessler", "We inherited a system that was short-staffed, overworked and running on equipment older "
            "than some of the people operating it,", None),
        (D, "Dale Kessler", "That did not happen overnight, and it will not be fixed overnight.", None),
        (D, "Dale Kessler", "There is no switch I can flip. What I can promise this committee is that we will hire "
            "every qualified controller we can train, and we will not cut corners on safety to do it.", None),
        (I, "National Transportation Safety Board", "Last month, a regional jet taking off from Newark Liberty "
            "International Airport and a cargo plane on approach came within 400 feet of each other", None),
        (P, "Alicia Benavides", "a press release, not a plan.", None),
        (D, "Alicia Benavides", "Your own inspector general warned about this two years ago,", None),
        (D, "Alicia Benavides", "What exactly has changed since then?", None),
        (I, "Dale Kessler", "the FAA had hired more than 1,800 controllers last year, the most in a decade, and had "
            "shortened training at its academy in Oklahoma City by three months", None),
        (D, "Tom Brandauer", "The secretary walked into a problem that was 20 years in the making, and I give him "
            "credit for the hiring numbers,", None),
        (D, "Tom Brandauer", "But I'm not sure the flying public can wait for the timeline he's describing.", None),
        (I, "National Air Traffic Controllers Association", "some of its members were working six-day weeks", None),
        (P, "National Air Traffic Controllers Association", "does nothing for the people in the tower today.",
            None),
        (P, "Eli Navarro", "full confidence", None),
        (I, "people familiar with the plans", "Kessler is expected to announce retention bonuses of up to $25,000 "
            "for controllers who put off retirement", None),
        (S, None, "silver tsunami", None),
        (D, "Dale Kessler", "I'm not going anywhere until this is fixed,", None),
    ],
    "actors": [
        actor("Dale Kessler", "person", title="Transportation Secretary", affiliation="U.S. government",
              aliases=["Dale Kessler", "Kessler", "Transportation chief", "The secretary"], stance=1),
        actor("National Transportation Safety Board", "government", title="federal accident investigator",
              affiliation="United States", aliases=["National Transportation Safety Board"], stance=None),
        actor("Alicia Benavides", "person", title="senator (New Mexico), top Democrat on the Senate Commerce "
              "Committee", affiliation="Democrat", aliases=["Alicia Benavides", "Benavides"], stance=-1),
        actor("Tom Brandauer", "person", title="senator (Montana), chairman of the Senate Commerce Committee",
              affiliation="Republican", aliases=["Tom Brandauer", "Brandauer"], stance=0),
        actor("National Air Traffic Controllers Association", "organisation", title="controllers' union",
              aliases=["National Air Traffic Controllers Association"], stance=-1),
        actor("Eli Navarro", "person", title="White House spokesman", affiliation="White House",
              aliases=["Eli Navarro", "Navarro"], stance=1),
        actor("people familiar with the plans", "group", title="anonymous sources",
              aliases=["people familiar with the plans"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Financial Times-style markets story (retailer's profit warning), British spelling, "per cent",
#    "£38mn", curly “ ” and ’ apostrophes (shopworkers’, board’s), fragment punctuation outside the
#    closing marks, headline, standfirst and byline without speech. Lede "the furniture retailer
#    warned that A" (indirect). Profit range before "it said in a trading update" (content before
#    the cue, pronoun = the company); "It described sales ... as “...”" (partial only). Chief
#    executive named after the first stretch ("X, chief executive, told analysts on a conference
#    call"), quote resumed; "Vale, who ..., said A and cut B" (one span). Finance director "said the
#    balance sheet remained “...”, with ..., and that B" (partial plus indirect). Chairman "said the
#    board was “...”" (partial; "Catriona" inside it). Scare “affordable luxury” banner. Broker
#    "writing in a note to clients that the warning “...”" (partial only). Analyst named after her
#    quote. Anonymous shareholder "said the board would need to “...” at whether ..." (partial
#    only), then "the investor said", quote resumed. Union "said A was “...” ... and that B" (partial
#    plus indirect). "Asked whether ..." (not annotated), "Vale said A" then "she said".
ARTICLES["data/eval/test9/pembury-home-profit-warning.gold.json"] = {
    "article": "data/eval/test9/pembury-home-profit-warning.txt",
    "target": "Pembury Home",
    "quotes": [
        (I, "Pembury Home", "annual profits would fall well short of expectations following a sharp slowdown in "
            "spending on sofas and beds", None),
        (I, "Pembury Home", "The company now expects pre-tax profit of between \u00a338mn and \u00a342mn for the year "
            "to March, down from \u00a371mn a year earlier", None),
        (P, "Pembury Home", "disappointing", None),
        (D, "Catriona Vale", "We got the ranging wrong in upholstery, and we were too slow to react when customers "
            "told us so,", None),
        (D, "Catriona Vale", "The changes we are making today will put that right, and the core of this business is "
            "strong.", None),
        (I, "Catriona Vale", "the group would move more of its range online and cut the number of sofa styles it "
            "sells by a third", None),
        (P, "Owen Latimer", "robust", None),
        (I, "Owen Latimer", "the company had no plans to raise equity", None),
        (P, "Sir Nigel Ashworth", "fully behind Catriona and her team", None),
        (S, None, "affordable luxury", None),
        (P, "Analysts at Peel Hunt", "raises real questions about whether management has a grip on the basics",
            None),
        (D, "Nadia Qureshi", "Pembury is not a broken business, but it has lost its way on product, and the market "
            "has stopped giving it the benefit of the doubt,", None),
        (P, "top-20 shareholder", "look hard", None),
        (D, "top-20 shareholder", "Everyone gets one profit warning,", None),
        (D, "top-20 shareholder", "Nobody gets two.", None),
        (P, "Usdaw", "a hammer blow", None),
        (I, "Usdaw", "it would seek urgent talks with management", None),
        (I, "Catriona Vale", "she had spoken to Ashworth that morning", None),
        (D, "Catriona Vale", "I have the board\u2019s backing, and I intend to finish the job,", None),
    ],
    "actors": [
        actor("Pembury Home", "organisation", title="furniture and homewares retailer (190 stores)",
              aliases=["Pembury Home", "Pembury", "The company"], stance=0),
        actor("Catriona Vale", "person", title="chief executive", affiliation="Pembury Home",
              aliases=["Catriona Vale", "Vale", "Catriona"], stance=1),
        actor("Owen Latimer", "person", title="finance director", affiliation="Pembury Home",
              aliases=["Owen Latimer", "Latimer"], stance=1),
        actor("Sir Nigel Ashworth", "person", title="chairman", affiliation="Pembury Home",
              aliases=["Sir Nigel Ashworth", "Sir Nigel", "Ashworth"], stance=1),
        actor("Analysts at Peel Hunt", "group", title="broker's analysts", affiliation="Peel Hunt",
              aliases=["Analysts at Peel Hunt", "Peel Hunt"], stance=-1),
        actor("Nadia Qureshi", "person", title="retail analyst", affiliation="Shore Capital",
              aliases=["Nadia Qureshi", "Qureshi"], stance=0),
        actor("top-20 shareholder", "person", title="shareholder (anonymous)", affiliation="Pembury Home investor",
              aliases=["top-20 shareholder", "the investor"], stance=-1),
        actor("Usdaw", "organisation", title="shopworkers' union", aliases=["Usdaw"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British regional sport (rugby league coach sacked), straight single quotes '...' with straight
#    apostrophes inside (doesn't, I'm, We've, club's, it's) and outside (Friday's, Supporters'),
#    fragment punctuation outside the closing marks, byline without speech. Headline fragment
#    'unacceptable' -> the club (the headline names it; the statement's longer fragment in the body
#    is a separate partial). Club statement "said ... that results had been '...' and that B"
#    (partial plus indirect). Chairman named after the first stretch ("said chairman X"), quote
#    resumed ("Gary" inside it); "Ackroyd said A but had B" (one span). Sacked coach "told BBC Radio
#    Leeds he was '...' by the decision" (partial only), then a quote over two paragraphs ("he said"
#    after the first stretch; the open paragraph runs to the end of its line; the next paragraph is
#    only a quote): three direct entries. Captain "said the players had to '...'" (partial) then "he
#    said". Anonymous "source close to the board said A". Supporters' trust "said it backed the
#    decision but called on the board to '...' on a ... policy it described as '...'" (indirect for
#    the first clause; the directive's fragment and the description's fragment are partials).
#    Pundit "was less forgiving of the board." then "he said", quote resumed ("the chairman" inside
#    it is Ackroyd). Scare so-called 'new-coach bounce'.
ARTICLES["data/eval/test9/thornbury-titans-sack-lumb.gold.json"] = {
    "article": "data/eval/test9/thornbury-titans-sack-lumb.txt",
    "target": "Thornbury Titans",
    "quotes": [
        (P, "Thornbury Titans", "unacceptable", "sack Lumb after"),
        (P, "Thornbury Titans", "unacceptable for a club of our ambitions", None),
        (I, "Thornbury Titans", "assistant coach Paul Whitely would take charge for Friday's home game against "
            "Hull KR", None),
        (D, "Martin Ackroyd", "This is the hardest decision I have had to make since I bought the club,", None),
        (D, "Martin Ackroyd", "Gary is a good man and he gave everything, but the table doesn't lie and we cannot "
            "afford to go down.", None),
        (I, "Martin Ackroyd", "Lumb had been offered a role with the club's academy but had turned it down", None),
        (P, "Gary Lumb", "gutted", None),
        (D, "Gary Lumb", "In January I was told I had until the end of the season. Seven weeks later I'm out of the "
            "door,", None),
        (D, "Gary Lumb", "We've had nine first-teamers injured at once and we've still been in every game.", None),
        (D, "Gary Lumb", "I'd like somebody to explain what changed between January and now, because nobody has "
            "explained it to me.", None),
        (P, "Jordan Pickersgill", "look in the mirror", None),
        (D, "Jordan Pickersgill", "The club's made its call and we have to respect that. But it's us who have been "
            "missing tackles, not Gary,", None),
        (I, "source close to the board", "Lumb's relationship with director of rugby Neil Cawthorne had broken down "
            "over recruitment during the close season", None),
        (I, "Thornbury Titans Supporters' Trust", "it backed the decision", None),
        (P, "Thornbury Titans Supporters' Trust", "show its working", None),
        (P, "Thornbury Titans Supporters' Trust", "haphazard", None),
        (D, "Kevin Ramsden", "You don't give a coach a public vote of confidence in January and sack him in March,",
            None),
        (D, "Kevin Ramsden", "Either the chairman was wrong then or he's wrong now.", None),
        (S, None, "new-coach bounce", None),
    ],
    "actors": [
        actor("Thornbury Titans", "organisation", title="Super League rugby league club",
              aliases=["Thornbury Titans", "The club"], stance=1),
        actor("Martin Ackroyd", "person", title="chairman (owner)", affiliation="Thornbury Titans",
              aliases=["Martin Ackroyd", "Ackroyd", "the chairman"], stance=1),
        actor("Gary Lumb", "person", title="head coach (sacked), 47", affiliation="Thornbury Titans",
              aliases=["Gary Lumb", "Lumb", "Gary"], stance=-1),
        actor("Jordan Pickersgill", "person", title="captain", affiliation="Thornbury Titans",
              aliases=["Jordan Pickersgill", "Pickersgill"], stance=0),
        actor("source close to the board", "person", title="source (anonymous)", affiliation="Thornbury Titans",
              aliases=["source close to the board"], stance=None),
        actor("Thornbury Titans Supporters' Trust", "organisation", title="supporters' trust",
              aliases=["Thornbury Titans Supporters' Trust"], stance=0),
        actor("Kevin Ramsden", "person", title="former Titans prop, Sky Sports summariser",
              aliases=["Kevin Ramsden", "Ramsden"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
