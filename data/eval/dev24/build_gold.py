"""Build the dev24 gold files (data/eval/dev24/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev24/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev24.  Standard library only.
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
# 1. Scottish local weekly (west-coast island ferry), curly single ‘ ’ throughout, ’ apostrophes
#    inside quotes (We’ve, it’s, can’t) and outside (CalMac’s, island’s); British punctuation
#    outside closing marks for fragments. Headline fragment ‘run out of road’ (Islay council says)
#    -> Islay Community Council; the body repeats the words in the council's Facebook statement
#    (separate partial, same actor). Company `confirmed ... that ‘...’ and that B` (partial plus
#    indirect). Group `hauliers said`. Scare ‘lifeline’ (a service designation in the writer's
#    sentence). Chair named after a quote holding a question (`said X, who chairs ...`), then
#    `Mrs Currie said A, ‘...’` (indirect plus partial). Haulier introduced with age in a speech-less
#    sentence, quote split by `he told the Courier`, second stretch runs into the next paragraph
#    (three direct entries). Operator's director `CalMac’s director of operations, X, said A and that
#    B` (one span), quote split by `she said`, `Asked whether ...` then partial only. Anonymous
#    `spokeswoman for Transport Scotland` (partial only). B&B owner introduced without speech, then
#    `she said`. Closing content before `, CalMac said`.
ARTICLES["data/eval/dev24/islay-ferry-kintra-breakdown.gold.json"] = {
    "article": "data/eval/dev24/islay-ferry-kintra-breakdown.txt",
    "target": "CalMac Ferries",
    "quotes": [
        (P, "Islay Community Council", "run out of road", "Islay council says"),
        (P, "CalMac Ferries", "as soon as a slot is available", None),
        (I, "CalMac Ferries", "the smaller MV Loch Arnish would run a reduced timetable between Kennacraig and "
            "Port Ellen in the meantime", None),
        (I, "hauliers", "most of their bookings for the next fortnight had already been cancelled to make room "
            "for food deliveries, fuel and livestock", None),
        (S, None, "lifeline", None),
        (D, "Morag Currie", "We\u2019ve had a gearbox in March, a steering fault in May and now this. At what point "
            "does somebody in Gourock stand up and say this ship is finished?", None),
        (I, "Morag Currie", "the council had written to CalMac and Transport Scotland asking for a second vessel "
            "to be based on the route for the rest of the summer", None),
        (P, "Morag Currie", "not as a favour, but because it\u2019s the only way this island keeps working", None),
        (P, "Islay Community Council", "run out of road", "CalMac had \u2018"),
        (D, "Robert MacPhee", "I\u2019ve got twenty tonnes of cattle feed sitting at Kennacraig and no ferry to put "
            "it on,", None),
        (D, "Robert MacPhee", "The farmers are phoning me, I\u2019m phoning CalMac, and CalMac are phoning nobody.",
            None),
        (D, "Robert MacPhee", "You can\u2019t run an island like that. You just can\u2019t.", None),
        (I, "Fiona Laing", "the gearbox fault was unrelated to the earlier repairs and that engineers had worked "
            "through the weekend trying to fix it at sea", None),
        (D, "Fiona Laing", "I completely understand the frustration on Islay, and I\u2019m sorry for it,", None),
        (D, "Fiona Laing", "But I will not put a ship back into service until I am satisfied she is safe, and I "
            "don\u2019t think anyone on the island would want me to.", None),
        (P, "Fiona Laing", "no spare capacity at all", None),
        (P, "spokeswoman for Transport Scotland", "acutely aware", None),
        (D, "Ishbel Mactaggart", "It\u2019s not the lads on the boat. They\u2019re doing their best with a ship that "
            "should have been retired years ago,", None),
        (I, "CalMac Ferries", "The Kintra is expected back in service by 14 July if replacement parts arrive from "
            "Germany on schedule", None),
    ],
    "actors": [
        actor("Islay Community Council", "organisation", title="community council (Islay)",
              aliases=["Islay Community Council", "Islay council", "the community council", "the council"],
              stance=-1),
        actor("CalMac Ferries", "organisation", title="ferry operator (Clyde and Hebrides network)",
              aliases=["CalMac Ferries", "CalMac", "the operator"], stance=0),
        actor("hauliers", "group", title="island haulage firms", aliases=["hauliers"], stance=-1),
        actor("Morag Currie", "person", title="chair", affiliation="Islay Community Council",
              aliases=["Morag Currie", "Currie", "Mrs Currie"], stance=-1),
        actor("Robert MacPhee", "person", title="haulier (61), Bowmore",
              aliases=["Robert MacPhee", "MacPhee"], stance=-1),
        actor("Fiona Laing", "person", title="director of operations", affiliation="CalMac Ferries",
              aliases=["Fiona Laing", "Laing", "Ms Laing"], stance=1),
        actor("spokeswoman for Transport Scotland", "person", title="spokeswoman",
              affiliation="Transport Scotland", aliases=["spokeswoman for Transport Scotland"], stance=0),
        actor("Ishbel Mactaggart", "person", title="bed and breakfast owner, Port Charlotte",
              aliases=["Ishbel Mactaggart", "Mactaggart"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Reuters energy (OPEC+), dateline `LONDON/ASTANA, Nov 27 (Reuters) -`, straight " and straight
#    apostrophes (Kazakhstan's, group's). Headline without speech. Lede content before `four
#    delegates from the group told Reuters` (group actor `delegates`; the writer's `as frustration
#    ...` left out). Figure before `according to the International Energy Agency's latest monthly
#    report` (the report speaks for the agency). Anonymous delegates as separate actors: `said one
#    delegate from a Gulf producer, who declined to be named ...` (speaker after the quote; the
#    anonymity clause not annotated); `A second delegate said A but that B` (one span) then `the
#    delegate said`; `A third delegate, from an African producer, countered that A and that B "..."`
#    (indirect plus partial only). Scare "voluntary" cuts. Ministry statement (partial plus
#    indirect), `The ministry has argued for months that A and that B` (one span). Minister `was
#    quoted by the Interfax-Kazakhstan news agency ... as saying: "..."` (direct), `Asked ... ,
#    Akhmetov said: "..."`. Content before `, a source familiar with Saudi thinking said`, then
#    `adding that` (second span). Analyst named after the first stretch, quote resumed.
#    `(Reporting by ...)` line not annotated.
ARTICLES["data/eval/dev24/opec-kazakhstan-overproduction.gold.json"] = {
    "article": "data/eval/dev24/opec-kazakhstan-overproduction.txt",
    "target": "Kazakhstan",
    "quotes": [
        (I, "delegates", "Several OPEC+ members are pressing Kazakhstan to set out concrete steps to compensate "
            "for months of pumping above its quota", None),
        (I, "International Energy Agency", "Kazakhstan produced 1.84 million barrels per day (bpd) of crude oil "
            "in October, well above its OPEC+ target of 1.47 million bpd", None),
        (D, "delegate from a Gulf producer", "There is a lot of frustration. Everyone else has cut, sometimes "
            "painfully, and Kazakhstan keeps promising compensation and then producing more,", None),
        (I, "second delegate", "the issue would be raised at Sunday's online meeting but that no member wanted "
            "a public confrontation with Astana", None),
        (D, "second delegate", "Nobody is talking about penalties. OPEC+ has never worked like that, and it is "
            "not going to start now,", None),
        (S, None, "voluntary", None),
        (P, "energy ministry", "fully committed", None),
        (I, "energy ministry", "it had sent an updated compensation schedule to the group's secretariat in "
            "Vienna", None),
        (I, "energy ministry", "most of the extra barrels come from fields run by international oil companies, "
            "including the giant Tengiz field, and that it cannot simply order foreign operators to cut output",
            None),
        (D, "Yerlan Akhmetov", "We are a responsible member of OPEC+. But we are also a country that invited "
            "foreign investors in, and we keep our word to them too.", None),
        (D, "Yerlan Akhmetov", "That question is not on the table.", None),
        (I, "third delegate", "several other countries had also exceeded their targets this year", None),
        (P, "third delegate", "unhelpful", None),
        (I, "source familiar with Saudi thinking", "Riyadh has been losing patience with members that "
            "repeatedly miss their targets", None),
        (I, "source familiar with Saudi thinking", "Saudi officials had raised the matter directly with Kazakh "
            "counterparts this month", None),
        (D, "Giulia Ferraro", "The market stopped taking these compensation schedules seriously a long time ago,",
            None),
        (D, "Giulia Ferraro", "They get revised every quarter and the barrels never actually come off.", None),
    ],
    "actors": [
        actor("delegates", "group", title="four OPEC+ delegates (anonymous)", affiliation="OPEC+",
              aliases=["delegates"], stance=-1),
        actor("International Energy Agency", "organisation", title="energy agency (monthly oil market report)",
              aliases=["International Energy Agency"], stance=0),
        actor("delegate from a Gulf producer", "person", title="OPEC+ delegate (anonymous)", affiliation="OPEC+",
              aliases=["delegate from a Gulf producer"], stance=-1),
        actor("second delegate", "person", title="OPEC+ delegate (anonymous)", affiliation="OPEC+",
              aliases=["second delegate", "the delegate"], stance=0),
        actor("energy ministry", "government", title="Kazakhstan's energy ministry",
              aliases=["energy ministry", "The ministry"], stance=1),
        actor("Yerlan Akhmetov", "person", title="energy minister", affiliation="Kazakh government",
              aliases=["Yerlan Akhmetov", "Akhmetov"], stance=1),
        actor("third delegate", "person", title="OPEC+ delegate from an African producer (anonymous)",
              affiliation="OPEC+", aliases=["third delegate"], stance=1),
        actor("source familiar with Saudi thinking", "person", title="anonymous source",
              aliases=["source familiar with Saudi thinking"], stance=-1),
        actor("Giulia Ferraro", "person", title="head of oil research",
              affiliation="Calloway Partners (London)", aliases=["Giulia Ferraro", "Ferraro"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. RNZ (Radio New Zealand) education, curly “ ” and ’ apostrophes, macrons (whānau, Ōtara),
#    present-tense `says` throughout the body, no honorifics, full stops outside fragment quotes.
#    Headline (`push back`) and standfirst carry no speech. `Education Minister X says A, and she
#    is “...” for ...` (indirect plus partial). Scare “attendance dashboard” (a product name in the
#    writer's sentence). Figure before `according to ministry figures` (Ministry of Education).
#    `told Morning Report the rankings were about “...”` (partial only). `Pressed on whether ...,
#    Whitcombe said that was “a fair question” and officials were looking at it` (partial plus an
#    indirect for the unmarked clause). `But she would not commit to any adjustment: “...”` (colon
#    after a full clause: direct). Group `Principals say`. Federation president `says the minister
#    is “...”` (partial), then `Tawhiri told RNZ` and a quote-only continuation paragraph. Advocacy
#    group `says it backs the change`, co-founder named after the quote (`says the group’s
#    co-founder X, a father of three ...`). `In a post on social media, X said A “...” and that B`
#    (partial plus indirect). `The ministry says` at the end.
ARTICLES["data/eval/dev24/nz-school-attendance-rankings.gold.json"] = {
    "article": "data/eval/dev24/nz-school-attendance-rankings.txt",
    "target": "Hana Whitcombe",
    "quotes": [
        (I, "Hana Whitcombe", "parents deserve to know how often children at their local school are actually in "
            "class", None),
        (P, "Hana Whitcombe", "not going to apologise", None),
        (S, None, "attendance dashboard", None),
        (I, "Ministry of Education", "Only 47 percent of students attended regularly in Term 2, up from 43 percent "
            "a year earlier", None),
        (P, "Hana Whitcombe", "sunlight, not shame", None),
        (D, "Hana Whitcombe", "If your child\u2019s school has 30 percent of kids turning up regularly, I think you "
            "should know that. I think the board should know that. And frankly, the school should want to do "
            "something about it,", None),
        (P, "Hana Whitcombe", "a fair question", None),
        (I, "Hana Whitcombe", "officials were looking at it", None),
        (D, "Hana Whitcombe", "I\u2019m not going to water this down until it tells parents nothing.", None),
        (I, "Principals", "the rankings will punish schools for things they cannot control, from overcrowded "
            "housing to wh\u0101nau moving around the country for seasonal work", None),
        (P, "Mere Tawhiri", "measuring the weather and blaming the farmer", None),
        (D, "Mere Tawhiri", "We have families in three-bedroom homes with 12 people in them. When one child gets "
            "sick, they all get sick. When the car breaks down, nobody gets to school,", None),
        (D, "Mere Tawhiri", "A league table doesn\u2019t fix any of that. It just tells everyone in South Auckland "
            "which schools to avoid.", None),
        (I, "School Voice Aotearoa", "it backs the change", None),
        (D, "Daniel Kerr", "Parents already look up ERO reports and NCEA results before they choose a school. This "
            "is one more piece of information, and it\u2019s one that actually matters,", None),
        (P, "Ruth Paenga", "a gimmick", None),
        (I, "Ruth Paenga", "the government should instead be funding the attendance officers it cut last year",
            None),
        (I, "Ministry of Education", "the first rankings will be published in March, with schools given two weeks "
            "to check their data beforehand", None),
    ],
    "actors": [
        actor("Hana Whitcombe", "person", title="Education Minister", affiliation="New Zealand government",
              aliases=["Hana Whitcombe", "Whitcombe", "the minister"], stance=1),
        actor("Ministry of Education", "government", title="New Zealand Ministry of Education",
              aliases=["Ministry of Education", "ministry", "The ministry"], stance=0),
        actor("Principals", "group", title="school principals", aliases=["Principals"], stance=-1),
        actor("Mere Tawhiri", "person", title="president (primary school principal in \u014ctara)",
              affiliation="New Zealand Principals\u2019 Federation", aliases=["Mere Tawhiri", "Tawhiri"], stance=-1),
        actor("School Voice Aotearoa", "organisation", title="parent advocacy group",
              aliases=["School Voice Aotearoa", "the group"], stance=1),
        actor("Daniel Kerr", "person", title="co-founder (father of three, Tauranga)",
              affiliation="School Voice Aotearoa", aliases=["Daniel Kerr", "Kerr"], stance=1),
        actor("Ruth Paenga", "person", title="education spokesperson", affiliation="Labour",
              aliases=["Ruth Paenga", "Paenga"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. BBC Sport-style tennis match report, straight " in the body and straight single in the
#    headline, straight apostrophes inside quotes (I'm, That's, don't) and outside (tour's,
#    Fenwick's), diacritics (Koubková, Castellví). Headline fragment 'embarrassed' -> Fenwick (the
#    headline names her; the body's `I'm embarrassed` sits inside a direct quote and is separate).
#    Lede `said she was embarrassed by her behaviour after ...` (span stops before the writer's
#    `after`). Scare "point penalty schedule" (a rule name). Post-match news conference: quote with
#    `Fenwick said in her post-match news conference`, a quote-only continuation paragraph, then
#    `Asked whether ..., she paused before answering: "..."` (the reported question is not
#    annotated; the answer after the colon is direct). Group `a handful of spectators shouted "Let
#    her play!"`. Opponent `was sympathetic.` then a quote split by `she said, smiling`. Coach
#    `said ... "..." ..., but insisted A` (partial plus indirect). `A WTA spokesperson said A and that
#    ... "..."` (indirect plus partial only). Pundit `was less forgiving: "..."` (colon). `wrote on
#    Instagram that A and would "..."` (indirect plus partial).
ARTICLES["data/eval/dev24/fenwick-eastbourne-point-penalty.gold.json"] = {
    "article": "data/eval/dev24/fenwick-eastbourne-point-penalty.txt",
    "target": "Isla Fenwick",
    "quotes": [
        (P, "Isla Fenwick", "embarrassed", "Fenwick 'embarrassed'"),
        (I, "Isla Fenwick", "she was embarrassed by her behaviour", None),
        (S, None, "point penalty schedule", None),
        (D, "Isla Fenwick", "I'm embarrassed, honestly. That's not who I want to be on a tennis court, and it's not "
            "what the people who paid to watch today deserved,", None),
        (D, "Isla Fenwick", "I'll take the fine, I'll take whatever comes. I just don't want to be the player people "
            "remember for the wrong reasons.", None),
        (D, "Isla Fenwick", "Harsh? Maybe. But I said it and she heard it. That's on me.", None),
        (D, "spectators", "Let her play!", None),
        (D, "Tereza Koubkov\u00e1", "Everybody has done it. I broke three racquets in one match in Miami when I "
            "was 19,", None),
        (D, "Tereza Koubkov\u00e1", "Isla is a great competitor. She will learn from this, like I did.", None),
        (P, "Dan Whitlock", "sit down and talk it through", None),
        (I, "Dan Whitlock", "the outburst did not reflect her attitude in training", None),
        (I, "WTA spokesperson", "the incident would be reviewed by the tour supervisor", None),
        (P, "WTA spokesperson", "in the usual way", None),
        (D, "Claire Ashdown", "You cannot do that at 5-5 in the third. She had the match on her racquet and she "
            "handed it over.", None),
        (I, "Isla Fenwick", "she had apologised to the umpire in person", None),
        (P, "Isla Fenwick", "come back better", None),
    ],
    "actors": [
        actor("Isla Fenwick", "person", title="tennis player (British number three, 24)",
              aliases=["Isla Fenwick", "Fenwick", "Isla", "the British number three"], stance=0),
        actor("spectators", "group", title="spectators on Centre Court, Eastbourne", aliases=["spectators"],
              stance=1),
        actor("Tereza Koubkov\u00e1", "person", title="tennis player (Czech, 29, ranked 41st)",
              aliases=["Tereza Koubkov\u00e1", "Koubkov\u00e1", "The Czech"], stance=1),
        actor("Dan Whitlock", "person", title="coach", affiliation="Isla Fenwick",
              aliases=["Dan Whitlock", "Whitlock"], stance=1),
        actor("WTA spokesperson", "person", title="spokesperson", affiliation="WTA",
              aliases=["WTA spokesperson"], stance=0),
        actor("Claire Ashdown", "person", title="former British number one; BBC Sport commentator",
              affiliation="BBC Sport", aliases=["Claire Ashdown", "Ashdown"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
