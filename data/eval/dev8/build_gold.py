"""Build the dev8 gold files (data/eval/dev8/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev5/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev8/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev8.  Standard library only.
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
# 1. Washington Post-style accountability investigation, curly “ ” and ’. Lede content before
#    "according to four current and former officials familiar with the matter" (group actor).
#    Emails: "told subordinates ... that the review ... was “...”" (partial only) and "asked them
#    to find a way ..." (directive, not annotated); "called X “...”" (partial). Draft memo from the
#    bureau's Nevada state office speaks for the office ("warned ... that ... “...”": partial).
#    Anonymous employee named by a long description after the quote; the quote runs over two
#    paragraphs and the second holds a nested ‘approve it.’ (not annotated). "A senior
#    administration official ... defended Whitmore, saying ..." (participial: indirect; "defended"
#    alone is not speech), then "the official said". Attorney "said he “...”" (partial) then
#    "Lyle wrote". Lobbyist indirect plus direct. Department statement (partial only). Senator
#    "said ... “...” and that ..." (partial plus indirect). Group "Tribal leaders said" then a
#    chairwoman "said X, 61, chairwoman of ...". Scare “Dig American” (an initiative's name).
#    "declined to be interviewed", "did not respond"
#    not annotated.
ARTICLES["data/eval/dev8/interior-lithium-mine-whitmore.gold.json"] = {
    "article": "data/eval/dev8/interior-lithium-mine-whitmore.txt",
    "target": "Alan Whitmore",
    "quotes": [
        (I, "officials familiar with the matter",
            "A senior Interior Department official repeatedly pressed career staff this spring to shave months off "
            "the environmental review of a Nevada lithium mine whose developer had hired his former business "
            "partner as a lobbyist", None),
        (P, "Alan Whitmore", "taking far too long", None),
        (P, "Alan Whitmore", "a luxury we can\u2019t afford.", None),
        (P, "bureau\u2019s Nevada state office", "leaves no realistic room", None),
        (D, "bureau employee", "We were being asked to write the conclusion first and the analysis second,", None),
        (D, "bureau employee", "Everyone in that office knew what July meant.", None),
        (D, "bureau employee", "Nobody ever wrote \u2018approve it.\u2019 Nobody had to.", None),
        (I, "senior administration official",
            "the deputy secretary had pushed to accelerate dozens of permits for minerals the administration "
            "considers critical to national security", None),
        (D, "senior administration official",
            "This was never about one mine. He was doing exactly what the president has asked every one of us "
            "to do,", None),
        (P, "Rebecca Lyle", "has never discussed Basin Ridge with Mr. Strand, in any setting, at any time.", None),
        (D, "Rebecca Lyle", "Mr. Whitmore has spent his career trying to make government work faster. He makes no "
            "apology for that,", None),
        (I, "Kevin Strand", "he had not spoken to Whitmore about the project since registering as a lobbyist", None),
        (D, "Kevin Strand", "I know where the lines are, and I\u2019ve stayed on the right side of them,", None),
        (P, "Interior Department", "has followed every applicable law and regulation.", None),
        (S, None, "Dig American", None),
        (P, "Ra\u00fal Ocampo", "serious questions", None),
        (I, "Ra\u00fal Ocampo", "he would ask the department\u2019s inspector general to investigate", None),
        (D, "Ra\u00fal Ocampo", "If a deputy secretary can lean on his staff to help a company that pays his old "
            "business partner, then the ethics rules are just for show,", None),
        (I, "Tribal leaders", "they had learned of the faster schedule from reporters, not from Washington", None),
        (D, "Lorraine Tso", "Nobody called us. Not once,", None),
    ],
    "actors": [
        actor("officials familiar with the matter", "group",
              title="four current and former Interior officials (anonymous)", affiliation="Interior Department",
              aliases=["officials familiar with the matter"], stance=-1),
        actor("Alan Whitmore", "person", title="deputy secretary", affiliation="Interior Department",
              aliases=["Alan Whitmore", "Whitmore", "Mr. Whitmore", "the deputy secretary"], stance=1),
        actor("bureau\u2019s Nevada state office", "organisation",
              title="Bureau of Land Management state office (draft memo)", affiliation="Bureau of Land Management",
              aliases=["bureau\u2019s Nevada state office"], stance=-1),
        actor("bureau employee", "person", title="employee who worked on the review (anonymous)",
              affiliation="Bureau of Land Management", aliases=["bureau employee"], stance=-1),
        actor("senior administration official", "person", title="senior administration official (anonymous)",
              aliases=["senior administration official", "the official"], stance=1),
        actor("Rebecca Lyle", "person", title="attorney", affiliation="Alan Whitmore",
              aliases=["Rebecca Lyle", "Lyle"], stance=1),
        actor("Kevin Strand", "person", title="lobbyist, Whitmore's former business partner",
              affiliation="Basin Ridge Lithium", aliases=["Kevin Strand", "Strand", "Mr. Strand"], stance=1),
        actor("Interior Department", "government", title="U.S. federal department (statement)",
              aliases=["Interior Department"], stance=1),
        actor("Ra\u00fal Ocampo", "person", title="U.S. senator (D-N.M.)",
              affiliation="Senate Energy and Natural Resources Committee",
              aliases=["Ra\u00fal Ocampo", "Ocampo"], stance=-1),
        actor("Tribal leaders", "group", title="leaders of tribes near the mine site",
              aliases=["Tribal leaders"], stance=-1),
        actor("Lorraine Tso", "person", title="tribal chairwoman (61)", affiliation="Sage Creek Paiute Tribe",
              aliases=["Lorraine Tso", "Tso"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. CNN live-news transport accident, straight " and apostrophes, em-dash dateline. Lede content
#    before "according to police" (actor "police"); content before "the rail agency said".
#    Passenger named after the quote ("said X, 38, who ..."), then "told CNN affiliate WGN" (no
#    "that"). Witness partial. Police chief: indirect, direct, "Asked whether ..., Kowalski said:"
#    (the reported question is not annotated, the answer is direct), then "A reporter then asked
#    whether ..." (not annotated) and "“...,” she said." (Kowalski: the reporter is not a speaker).
#    NTSB "said in a post on X that". Agency statement: partial plus indirect, then "The agency
#    said ... and were “working as designed.”" (partial only). Union president: indirect plus
#    direct. Spokesman "confirmed A, and said B" (two spans). Group "Passengers said"; the next
#    sentence ("Relatives gathered there ...") is the writer's. Village president "wrote on X:".
#    "did not immediately respond", "This is a developing story", contributor line not annotated.
ARTICLES["data/eval/dev8/northbrook-commuter-train-crash.gold.json"] = {
    "article": "data/eval/dev8/northbrook-commuter-train-crash.txt",
    "target": "Lakeshore Commuter Rail",
    "quotes": [
        (I, "police", "A packed commuter train slammed into a dump truck stalled on the tracks in the northern "
            "Chicago suburb of Northbrook on Thursday morning, injuring at least 23 people, three of them "
            "critically", None),
        (I, "Lakeshore Commuter Rail", "The Lakeshore Commuter Rail train, carrying about 400 passengers toward "
            "downtown Chicago, struck the truck at the Shermer Road crossing at about 7:40 a.m.", None),
        (D, "Tyrone Haskins", "It was like hitting a wall. Everybody just flew forward, coffee, phones, people, "
            "everything,", None),
        (I, "Tyrone Haskins", "he had hit his head on the seat in front of him and was treated at the scene for a "
            "cut above his eye", None),
        (P, "Jenna Morales", "waving his arms like crazy", None),
        (I, "Dana Kowalski", "the driver, a 52-year-old man from Wheeling, had tried for about a minute to restart "
            "the truck after it stalled between the lowered gates", None),
        (D, "Dana Kowalski", "He did the right thing. He got out and he ran,", None),
        (D, "Dana Kowalski", "That's a question for the NTSB, and I'm not going to get ahead of them.", None),
        (D, "Dana Kowalski", "Not at that speed. No,", None),
        (I, "National Transportation Safety Board", "it was sending a team of investigators to Northbrook", None),
        (P, "Lakeshore Commuter Rail", "heartbroken", None),
        (I, "Lakeshore Commuter Rail", "it was cooperating fully with investigators", None),
        (P, "Lakeshore Commuter Rail", "working as designed.", None),
        (I, "Gloria Fenwick", "the union had written to the agency twice in the past year about quarry trucks "
            "getting stuck on the crossing's steep hump", None),
        (D, "Gloria Fenwick", "We told them this crossing was an accident waiting to happen. Now it's happened, "
            "and 23 people are in the hospital,", None),
        (I, "Colin Marsh", "the agency had received the letters", None),
        (I, "Colin Marsh", "it had asked the Illinois Department of Transportation last fall to study regrading "
            "the crossing", None),
        (I, "passengers", "they were led off the train through the rear cars and taken by bus to a nearby high "
            "school", None),
        (D, "Kathy Lindgren", "Our hearts are with every passenger and their families. Please stay away from the "
            "Shermer Road area so crews can work.", None),
    ],
    "actors": [
        actor("police", "organisation", title="Northbrook police (lede source)",
              aliases=["police"], stance=None),
        actor("Lakeshore Commuter Rail", "organisation", title="commuter rail agency (train operator)",
              aliases=["Lakeshore Commuter Rail", "Lakeshore", "the rail agency", "The agency", "the agency"],
              stance=1),
        actor("Tyrone Haskins", "person", title="passenger (38)", aliases=["Tyrone Haskins", "Haskins"],
              stance=None),
        actor("Jenna Morales", "person", title="driver waiting at the crossing (witness)",
              aliases=["Jenna Morales", "Morales"], stance=None),
        actor("Dana Kowalski", "person", title="police chief", affiliation="Northbrook Police",
              aliases=["Dana Kowalski", "Kowalski"], stance=None),
        actor("National Transportation Safety Board", "organisation", title="U.S. federal accident investigator",
              aliases=["National Transportation Safety Board", "NTSB"], stance=None),
        actor("Gloria Fenwick", "person", title="union local president",
              affiliation="Transit Rail Workers Local 212", aliases=["Gloria Fenwick", "Fenwick"], stance=-1),
        actor("Colin Marsh", "person", title="spokesman", affiliation="Lakeshore Commuter Rail",
              aliases=["Colin Marsh", "Marsh"], stance=0),
        actor("passengers", "group", title="passengers on the train",
              aliases=["passengers", "Passengers"], stance=None),
        actor("Kathy Lindgren", "person", title="village president", affiliation="Village of Northbrook",
              aliases=["Kathy Lindgren", "Lindgren"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Irish Times local politics, curly single ‘ ’ with ’ apostrophes (They’re, I’m, I’ll inside
#    quotes; county’s, council’s outside). Headline `a ‘tax on fresh air’, says TD` -> partial for
#    the TD (Gilligan; she says `a tax on fresh air` in the body, a separate partial). Standfirst
#    has no speech. Present-tense "The council says". Council official "told the meeting the
#    beaches had become ‘...’" (partial only) then "he said". "called the charges ‘...’ and said
#    ..." (partial plus indirect). "Ms Gilligan told The Irish Times". "Cllr X (FG), who proposed
#    the motion, argued that ... ‘...’ and pointed out that ..." (partial plus indirect). Q&A in
#    prose: reported question (not annotated), "Mr Costigan replied", "‘For how long?’ Cllr Moffitt
#    asked", "‘...,’ came the reply" (Costigan). Residents' association statement (one span).
#    Surf-school owner named after the quote. Senator "told Ocean FM ... that ... ‘...’ and that
#    ..." (partial plus indirect).
ARTICLES["data/eval/dev8/sligo-beach-parking-charges.gold.json"] = {
    "article": "data/eval/dev8/sligo-beach-parking-charges.txt",
    "target": "Sligo County Council",
    "quotes": [
        (P, "M\u00e1ir\u00e9ad Gilligan", "tax on fresh air", "Parking charges at Sligo"),
        (I, "Sligo County Council", "the charges will raise about \u20ac400,000 a year, all of which will be spent on "
            "lifeguards, toilets and beach cleaning", None),
        (P, "Aidan Costigan", "victims of their own success", None),
        (D, "Aidan Costigan", "On a sunny Sunday in July we have 2,000 cars trying to get into Strandhill and "
            "spaces for 400. Something has to give,", None),
        (P, "M\u00e1ir\u00e9ad Gilligan", "a tax on fresh air", None),
        (I, "M\u00e1ir\u00e9ad Gilligan", "families on low incomes would be priced out of the seaside", None),
        (D, "M\u00e1ir\u00e9ad Gilligan", "The sea belongs to everybody in this county, not just the people who can "
            "afford \u20ac8 a day to look at it,", None),
        (P, "Orla Feeney", "modest by any standard", None),
        (I, "Orla Feeney", "several other seaside towns on the west coast had charged for parking for years", None),
        (D, "Orla Feeney", "Nobody is being charged to go to the beach. They\u2019re being charged to park a car "
            "beside it,", None),
        (I, "Declan Moffitt", "he had been contacted by more than 200 constituents about the plan", None),
        (D, "Declan Moffitt", "Not one of them was in favour. Not one,", None),
        (D, "Aidan Costigan", "No. Residents will get a permit, free of charge,", None),
        (D, "Declan Moffitt", "For how long?", None),
        (D, "Aidan Costigan", "For as long as I\u2019m director of services,", None),
        (I, "Strandhill Community Association", "it had not been consulted on the plan and would seek a meeting "
            "with the council\u2019s chief executive", None),
        (D, "Shane Gormley", "Half my summer business is day-trippers from Leitrim and Roscommon. If they go to "
            "Enniscrone instead, I\u2019ll feel it within a fortnight,", None),
        (P, "P\u00e1draig Mac Giolla", "a sensible decision", None),
        (I, "P\u00e1draig Mac Giolla", "every cent raised would be spent at the beaches", None),
    ],
    "actors": [
        actor("M\u00e1ir\u00e9ad Gilligan", "person", title="Sinn F\u00e9in TD for Sligo-Leitrim",
              affiliation="Sinn F\u00e9in",
              aliases=["M\u00e1ir\u00e9ad Gilligan", "Gilligan", "Ms Gilligan", "TD"], stance=-1),
        actor("Sligo County Council", "government", title="county council (local authority, owner of the charges)",
              aliases=["Sligo County Council", "the council"], stance=1),
        actor("Aidan Costigan", "person", title="director of services for infrastructure",
              affiliation="Sligo County Council", aliases=["Aidan Costigan", "Costigan", "Mr Costigan"], stance=1),
        actor("Orla Feeney", "person", title="councillor (Fine Gael), proposer of the motion",
              affiliation="Sligo County Council", aliases=["Orla Feeney", "Feeney"], stance=1),
        actor("Declan Moffitt", "person", title="councillor (Independent)", affiliation="Sligo County Council",
              aliases=["Declan Moffitt", "Moffitt", "Cllr Moffitt"], stance=-1),
        actor("Strandhill Community Association", "organisation", title="residents' association",
              aliases=["Strandhill Community Association"], stance=-1),
        actor("Shane Gormley", "person", title="surf school owner (Strandhill)",
              aliases=["Shane Gormley", "Gormley"], stance=-1),
        actor("P\u00e1draig Mac Giolla", "person", title="senator (Fianna F\u00e1il)", affiliation="Fianna F\u00e1il",
              aliases=["P\u00e1draig Mac Giolla", "Mac Giolla"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Earnings story (wire/markets desk), straight " in the body and a straight single 'keep
#    showing up' in the headline -> partial for the entity the headline names (IronPeak Fitness;
#    the words recur inside the CEO's body quote, which is one direct entry). Tickers in
#    parentheses. Company results "said A, while B" (one span; "Analysts polled by LSEG had
#    expected" and "now expects" are not speech). CEO on the call (two stretches split by the
#    attribution), "said ... had been "..." and that ..." (partial plus indirect). Scare "Peak Plus"
#    (a product tier nobody is said to say). CFO "told analysts A, ..., and that B" (one span), then
#    direct. Q&A in prose: reported question (not annotated), "Brannigan replied", analyst's
#    "“Next year?” Pinto pressed" (direct question), Brannigan's answer. Analyst named after the
#    quote with a long apposition. Critic indirect plus "she said". Company statement "said in a
#    statement that A and that B" (one span). "Wall Street was largely impressed", "Not everyone is
#    cheering" are not speech.
ARTICLES["data/eval/dev8/ironpeak-fitness-q2-earnings.gold.json"] = {
    "article": "data/eval/dev8/ironpeak-fitness-q2-earnings.txt",
    "target": "IronPeak Fitness",
    "quotes": [
        (P, "IronPeak Fitness", "keep showing up", "IronPeak Fitness raises"),
        (I, "IronPeak Fitness", "revenue rose 18% to $412.3 million in the three months ended June 30, while "
            "adjusted earnings per share climbed to 61 cents from 44 cents a year earlier", None),
        (D, "Todd Brannigan", "We put the price up by two dollars and braced for people to leave. They didn't. They "
            "keep showing up,", None),
        (D, "Todd Brannigan", "That tells you this is not a luxury for our members. It's part of how they live.",
            None),
        (P, "Todd Brannigan", "absorbed almost completely", None),
        (I, "Todd Brannigan", "cancellations in July were running below last year's rate", None),
        (S, None, "Peak Plus", None),
        (I, "Rhea Sandoval", "the company would open 150 to 160 clubs this year, the top end of its earlier range, "
            "and that it had paid down $200 million of debt since January", None),
        (D, "Rhea Sandoval", "We have never had a cleaner balance sheet,", None),
        (D, "Todd Brannigan", "Not this year,", None),
        (D, "Greg Pinto", "Next year?", None),
        (D, "Todd Brannigan", "I'm not going to negotiate against myself on a conference call,", None),
        (D, "Owen Fairley", "This is a business with pricing power that nobody gave it credit for, and now the "
            "numbers are too big to ignore,", None),
        (I, "Teresa Okafor", "IronPeak still required members at about a third of its clubs to cancel in person or "
            "by certified mail", None),
        (D, "Teresa Okafor", "Low churn is easy when you make leaving hard,", None),
        (I, "IronPeak Fitness", "members could already cancel online in every state where the law required it and "
            "that it would offer online cancellation at all of its clubs by the end of the year", None),
    ],
    "actors": [
        actor("IronPeak Fitness", "organisation", title="budget gym operator (NASDAQ: IPFT)",
              aliases=["IronPeak Fitness", "IronPeak", "the company"], stance=1),
        actor("Todd Brannigan", "person", title="chief executive", affiliation="IronPeak Fitness",
              aliases=["Todd Brannigan", "Brannigan"], stance=1),
        actor("Rhea Sandoval", "person", title="chief financial officer", affiliation="IronPeak Fitness",
              aliases=["Rhea Sandoval", "Sandoval"], stance=1),
        actor("Greg Pinto", "person", title="analyst", affiliation="Harlow Securities",
              aliases=["Greg Pinto", "Pinto"], stance=None),
        actor("Owen Fairley", "person", title="analyst", affiliation="Brookmoor Partners",
              aliases=["Owen Fairley", "Fairley"], stance=1),
        actor("Teresa Okafor", "person", title="director", affiliation="Fair Contracts Coalition",
              aliases=["Teresa Okafor", "Okafor"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
