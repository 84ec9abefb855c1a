"""Build the dev17 gold files (data/eval/dev17/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev17/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev17.  Standard library only.
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
# 1. AP state-capitol wire (North Carolina), straight " and apostrophes (state's, public's,
#    didn't), dateline "RALEIGH, N.C. (AP) —", "Gov."/"Rep."/"Sen."/"House Speaker", AP party and
#    hometown tags ("R-Hickory", "D-Durham"). Lede is a reported question ("questioned ... whether")
#    and is not annotated. Governor's quote split by "Porter said at a news conference" (two
#    entries). Press secretary "said in an email that A and that ... "fewer than 5%" ..."
#    (indirect plus partial). "State Rep. X, R-Hickory, who chairs ..., said A and B" (one span),
#    then a two-sentence quote with "told The Associated Press" after it (one entry). "called the
#    order "..." and said ..." (partial plus indirect). Employee named after the first stretch
#    ("said X, 44, a ... who ..."), quote resumed. Alliance statement "said in a statement that A
#    and that it was "..."" (indirect plus partial). "was quoted by WRAL-TV as saying the governor
#    "..." but that lawmakers would "..."" (two partials). Reported question from a reporter (not
#    annotated), then "she said" (Porter). "Asked later about ..., Norris conceded that ... "..."
#    ..., but said ..." (partial plus indirect). Group "several state workers said". "In a post on
#    social media, Rep. X, D-Greensboro, wrote: "..."" (direct).
ARTICLES["data/eval/dev17/north-carolina-return-to-office-order.gold.json"] = {
    "article": "data/eval/dev17/north-carolina-return-to-office-order.txt",
    "target": "Elaine Porter",
    "quotes": [
        (D, "Elaine Porter", "People who pay for state government deserve to see state government at work,", None),
        (D, "Elaine Porter", "I don't think it's too much to ask that a public servant show up at the public's "
            "building.", None),
        (I, "Caleb Norris", "agencies had been told to report their space needs by Nov. 15", None),
        (P, "Caleb Norris", "fewer than 5%", None),
        (I, "Marcus Tillery", "the state had given up leases on more than 400,000 square feet of office space since "
            "2021 and sold two downtown buildings outright", None),
        (D, "Marcus Tillery", "You can't sell the building and then order everybody back into it. I back the governor "
            "on a lot of things, but on this one somebody didn't do the math,", None),
        (P, "Renee Castellanos", "a pay cut dressed up as a policy", None),
        (I, "Renee Castellanos", "she would file legislation in January requiring agencies to publish the cost of "
            "any change to telework rules before it takes effect", None),
        (D, "Tonya Reid", "It's going to cost me about $340 a month in gas and after-school care, and nobody asked,",
            None),
        (D, "Tonya Reid", "I'm not lazy. I'm an hour and a half from Raleigh each way.", None),
        (I, "Carolina Public Employees Alliance", "it had not been consulted", None),
        (P, "Carolina Public Employees Alliance", "exploring every option, including legal ones.", None),
        (P, "Tom Greer", "has every right to run her own workforce,", None),
        (P, "Tom Greer", "want to see the numbers", None),
        (D, "Elaine Porter", "I've seen the empty parking lots, and that's my data,", None),
        (P, "Caleb Norris", "get creative", None),
        (I, "Caleb Norris", "the Department of Administration was reopening two floors of the Albemarle Building "
            "and negotiating short-term leases in Raleigh and Durham", None),
        (I, "state workers", "they had learned of the order from news alerts on their phones, hours before any email "
            "from their managers arrived", None),
        (D, "Lena Marsh", "We are short 4,000 state workers and the governor's big idea is a longer commute. Good luck "
            "hiring.", None),
    ],
    "actors": [
        actor("Elaine Porter", "person", title="governor (Republican)", affiliation="State of North Carolina",
              aliases=["Elaine Porter", "Porter", "the Republican governor", "the governor"], stance=1),
        actor("Caleb Norris", "person", title="press secretary", affiliation="Office of Gov. Elaine Porter",
              aliases=["Caleb Norris", "Norris"], stance=1),
        actor("Marcus Tillery", "person", title="state representative (R-Hickory), chair of the House capital "
              "budget committee", affiliation="Republican Party; North Carolina House",
              aliases=["Marcus Tillery", "Tillery"], stance=-1),
        actor("Renee Castellanos", "person", title="state senator (D-Durham)",
              affiliation="Democratic Party; North Carolina Senate",
              aliases=["Renee Castellanos", "Castellanos"], stance=-1),
        actor("Tonya Reid", "person", title="claims examiner (44), Kinston",
              affiliation="North Carolina Department of Health and Human Services",
              aliases=["Tonya Reid", "Reid"], stance=-1),
        actor("Carolina Public Employees Alliance", "organisation", title="state employees' association",
              aliases=["Carolina Public Employees Alliance"], stance=-1),
        actor("Tom Greer", "person", title="House Speaker (R-Shelby)",
              affiliation="Republican Party; North Carolina House", aliases=["Tom Greer", "Greer"], stance=0),
        actor("state workers", "group", title="state employees outside the Archdale Building",
              aliases=["state workers"], stance=-1),
        actor("Lena Marsh", "person", title="state representative (D-Greensboro)",
              affiliation="Democratic Party; North Carolina House", aliases=["Lena Marsh", "Marsh"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. BBC News science/environment, straight " in the body and straight single '...' in the
#    headline, straight apostrophes (We're, aren't, companies' own), "Dr"/"Prof" without full
#    stops, punctuation outside closing marks for fragments. Headline fragment 'cannot be
#    trusted' ("study suggests") -> researchers (the group actor for the study and its authors, as
#    in dev2/dev7). Lede content before "according to a study published on Thursday". Scare
#    'known as "self-monitoring"'. "In the paper, published in the journal Water Research, the
#    researchers reported that A, and that B" (one span). Lead author "said the gaps were not
#    random" (indirect), then "she said" and a quote-only paragraph (continuity). "Her co-author,
#    Prof X of ..., told BBC News A" (no "that"), then "he said". Agency statement "said it had
#    "..." ... and that it was carrying out "..."" (two partials). Agency official "acknowledged
#    that ... "...", but said A" (partial plus indirect), then "she said". Industry body
#    "questioned the study's methods, saying A and that B" (one indirect span; "questioned the
#    study's methods" alone has no content). Independent critic named after the quote ("said Prof
#    X, ... who was not involved in the research"). Group "Swimmers on the Wharfe said", then
#    their chair (indirect, then "she said").
ARTICLES["data/eval/dev17/yorkshire-sewage-monitor-study.gold.json"] = {
    "article": "data/eval/dev17/yorkshire-sewage-monitor-study.txt",
    "target": "Environment Agency",
    "quotes": [
        (P, "researchers", "cannot be trusted", None),
        (I, "researchers", "Water companies in Yorkshire under-reported how long raw sewage flowed into rivers by "
            "almost a third, and the Environment Agency failed to spot it", None),
        (S, None, "self-monitoring", None),
        (I, "researchers", "the official monitors had missed 31% of the hours in which sewage was spilled, and that "
            "at six sites overflows recorded as inactive for a whole year had discharged for more than 200 hours",
            None),
        (I, "Eleanor Whitby", "the gaps were not random", None),
        (D, "Eleanor Whitby", "The monitors were most likely to fail or go offline during the biggest storms, which "
            "is exactly when the most sewage is being released,", None),
        (D, "Eleanor Whitby", "If you only look at the official data, you would think some of these rivers were "
            "doing fine. They aren't.", None),
        (I, "Gareth Lund", "the agency had physically inspected fewer than one in 10 of the monitors in the region "
            "since 2020", None),
        (D, "Gareth Lund", "We're not accusing anyone of falsifying anything. But this is a system where companies "
            "mark their own homework and the regulator hardly ever checks the answers,", None),
        (P, "Environment Agency", "significantly increased", None),
        (P, "Environment Agency", "the largest criminal investigation into potential environmental offences in its "
            "history", None),
        (P, "Helen Cartwright", "has not always been good enough", None),
        (I, "Helen Cartwright", "the sites in the study had been chosen because campaigners had already raised "
            "concerns about them", None),
        (D, "Helen Cartwright", "These are not 41 overflows picked at random. I'd be cautious about reading across "
            "from them to the whole of Yorkshire, let alone England,", None),
        (I, "Water UK", "the researchers' sensors had not been certified to the same standard as the companies' own "
            "monitors and that those monitors were tested every year against rules set by the Environment Agency",
            None),
        (D, "Anita Desai", "It's a careful piece of work. But 41 overflows in one region is not the whole country, and "
            "I'd be wary of scaling that 31% up to a national figure,", None),
        (I, "Swimmers on the Wharfe", "the findings matched what they had seen", None),
        (I, "Rachel Hirst", "members had sent the agency photographs and water samples since 2019", None),
        (D, "Rachel Hirst", "Every time, we were told the data showed no problem. Now we know why,", None),
    ],
    "actors": [
        actor("researchers", "group", title="authors of the study (University of Leeds, Newcastle University)",
              aliases=["researchers", "study"], stance=-1),
        actor("Eleanor Whitby", "person", title="hydrologist, lead author of the study",
              affiliation="University of Leeds", aliases=["Eleanor Whitby", "Whitby"], stance=-1),
        actor("Gareth Lund", "person", title="professor, co-author of the study", affiliation="Newcastle University",
              aliases=["Gareth Lund", "Lund"], stance=-1),
        actor("Environment Agency", "government", title="environmental regulator (England)",
              aliases=["Environment Agency", "the agency", "the regulator"], stance=1),
        actor("Helen Cartwright", "person", title="deputy director for water quality",
              affiliation="Environment Agency", aliases=["Helen Cartwright", "Cartwright"], stance=0),
        actor("Water UK", "organisation", title="water industry body", aliases=["Water UK"], stance=1),
        actor("Anita Desai", "person", title="environmental statistician (professor), not involved in the study",
              affiliation="University of York", aliases=["Anita Desai", "Desai"], stance=0),
        actor("Swimmers on the Wharfe", "group", title="river swimmers",
              aliases=["Swimmers on the Wharfe"], stance=-1),
        actor("Rachel Hirst", "person", title="chair", affiliation="Wharfe Swimmers' Association (Otley)",
              aliases=["Rachel Hirst", "Hirst"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kenyan daily (Nation-style), curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes
#    (firm’s, don’t, company’s, union’s). Headline fragment ‘machine takeover’ ("Union vows to
#    resist ...") -> the union (the body's "described the plan as a “machine takeover”" is a
#    separate partial). Lede: "the Labour ministry summoned ..." is not speech. Group chant
#    ("Protesters ... chanted “Machines don’t eat!”", direct). Company "said last week it would
#    ..." (indirect; the next sentence is the writer's). Union "described the plan as a “...” ...
#    and said A" (partial plus indirect). Secretary-general named after the quote ("the union’s
#    secretary-general, X, told the Nation"). Company statement "said it had “no option” but to
#    ... and that A" (partial plus indirect). Managing director "insisted A" (no "that"), then a
#    quote-only paragraph with "he said". Cabinet Secretary "said A" then next paragraph quote
#    with "she told reporters in Nairobi". Second Cabinet Secretary "struck a different tone,
#    telling a ... forum ... that ... “...” and that B" (partial plus indirect). Group "residents
#    and traders said". Market trader named after the quote ("said X, 38, who ..."). Plucker
#    introduced in a sentence without speech, then "he said". "Langat countered that A, and would
#    B" (one span). Union leader's rhetorical question inside his own quote (direct).
ARTICLES["data/eval/dev17/chebown-tea-plucking-machines.gold.json"] = {
    "article": "data/eval/dev17/chebown-tea-plucking-machines.txt",
    "target": "Chebown Tea Estates",
    "quotes": [
        (P, "Kenya Tea Estates Workers\u2019 Union", "machine takeover", "Union vows"),
        (D, "Protesters", "Machines don\u2019t eat!", None),
        (I, "Chebown Tea Estates", "it would bring in 64 more mechanical harvesters across its 11 estates over the "
            "next two years", None),
        (P, "Kenya Tea Estates Workers\u2019 Union", "machine takeover", "described the plan"),
        (I, "Kenya Tea Estates Workers\u2019 Union", "it would call a strike on all 11 estates if the talks failed",
            None),
        (D, "Joseph Kiprono", "These are not just jobs. One plucker feeds six, seven people. When you sack 1,800 "
            "pluckers, you are sacking a whole town,", None),
        (P, "Chebown Tea Estates", "no option", None),
        (I, "Chebown Tea Estates", "affected workers would be paid severance above the legal minimum", None),
        (I, "Peter Langat", "the estates could no longer compete with cheaper tea from producers who had mechanised "
            "years ago", None),
        (D, "Peter Langat", "If we do not do this, in five years there will be no Chebown and no jobs at all, for "
            "anyone,", None),
        (I, "Ruth Chepkemoi", "the government was not opposed to mechanisation", None),
        (D, "Ruth Chepkemoi", "But technology cannot come in through the back door and put families on the street "
            "without a plan,", None),
        (P, "Daniel Oduya", "too expensive to pick by hand", None),
        (I, "Daniel Oduya", "growers who refused to modernise would lose their buyers to other countries", None),
        (I, "residents and traders", "business had already slowed since the estates stopped hiring seasonal pluckers "
            "in June", None),
        (D, "Mercy Chelangat", "When the pluckers are paid, we are paid. When they are not, nobody buys anything,",
            None),
        (D, "Wilson Korir", "A machine has no children to feed. Who will employ a man of my age?", None),
        (I, "Peter Langat", "the company had offered to retrain 400 workers as machine operators and mechanics, and "
            "would give priority to those with the longest service", None),
        (D, "Joseph Kiprono", "Four hundred out of 1,800? That is not a plan. That is a raffle,", None),
    ],
    "actors": [
        actor("Kenya Tea Estates Workers\u2019 Union", "organisation", title="plantation workers' union",
              aliases=["Kenya Tea Estates Workers\u2019 Union", "Union"], stance=-1),
        actor("Protesters", "group", title="tea pluckers marching in Kericho", aliases=["Protesters"], stance=-1),
        actor("Chebown Tea Estates", "organisation", title="tea grower (subsidiary of Highmoor Plantations)",
              aliases=["Chebown Tea Estates", "Chebown", "the company"], stance=1),
        actor("Joseph Kiprono", "person", title="secretary-general",
              affiliation="Kenya Tea Estates Workers\u2019 Union", aliases=["Joseph Kiprono", "Kiprono"], stance=-1),
        actor("Peter Langat", "person", title="managing director", affiliation="Chebown Tea Estates",
              aliases=["Peter Langat", "Langat"], stance=1),
        actor("Ruth Chepkemoi", "person", title="Labour Cabinet Secretary", affiliation="Kenyan government",
              aliases=["Ruth Chepkemoi", "Chepkemoi"], stance=0),
        actor("Daniel Oduya", "person", title="Agriculture Cabinet Secretary", affiliation="Kenyan government",
              aliases=["Daniel Oduya", "Oduya"], stance=1),
        actor("residents and traders", "group", title="Kericho town residents and traders",
              aliases=["residents and traders"], stance=-1),
        actor("Mercy Chelangat", "person", title="vegetable seller (38), Kericho main market",
              aliases=["Mercy Chelangat", "Chelangat"], stance=-1),
        actor("Wilson Korir", "person", title="tea plucker (52), 19 years on the Chebown estates",
              aliases=["Wilson Korir", "Korir"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Scottish local politics (Press and Journal-style), straight single quotes '...' with
#    straight apostrophes inside quotes (I've, who'll, o'clock, they'd) and outside (a' Cheò in a
#    ward name), a nested straight double "consultation" inside a single-quoted quote (not
#    annotated), £. Headline without quote marks. Scare so-called 'tourist tax'. Present-tense
#    "The council says A" (indirect). Council leader "told the chamber: '...'" then "he added".
#    Councillor "argued that A, and that ... 'no guarantee whatsoever' ..." (indirect plus
#    partial). Exchange in the chamber: "she asked" (Nicolson), "Cllr Macrae replied", "she said"
#    (Nicolson). MSP "said the decision was 'a hammer blow' to ..." (partial only), then "he said".
#    Second MSP "wrote on social media that the levy was '...' and that B" (partial plus
#    indirect). Tourism association "said it was '...' and warned that ... 'park up ...'" (two
#    partials). Guesthouse owner named after the first stretch, quote resumed. Group "Several
#    Portree residents told the Press and Journal A and that B" (one span). Council spokeswoman
#    "said A and that B" (one span).
ARTICLES["data/eval/dev17/highland-visitor-levy-vote.gold.json"] = {
    "article": "data/eval/dev17/highland-visitor-levy-vote.txt",
    "target": "Highland Council",
    "quotes": [
        (S, None, "tourist tax", None),
        (I, "Highland Council", "the levy will raise about \u00a310 million a year, to be spent on roads, public "
            "toilets, parking and ranger services in the places most visitors go", None),
        (D, "Alasdair Macrae", "For years we have been told to be grateful for the tourists, and we are. But the "
            "people of the Highlands cannot keep paying for the car parks, the bins and the single-track roads on "
            "their own.", None),
        (D, "Alasdair Macrae", "This is not a tax on tourism. It is a contribution from those who enjoy the Highlands "
            "to the upkeep of the Highlands,", None),
        (I, "Fiona Nicolson", "Skye would raise more than a fifth of the total", None),
        (P, "Fiona Nicolson", "no guarantee whatsoever", None),
        (D, "Fiona Nicolson", "Can the leader tell me today that every pound raised in Portree will be spent on Skye?",
            None),
        (D, "Alasdair Macrae", "I can tell the member that every pound will be spent in the Highlands,", None),
        (D, "Fiona Nicolson", "That is not what I asked,", None),
        (P, "Euan Drummond", "a hammer blow", None),
        (D, "Euan Drummond", "Visitors to Skye already pay more for everything from diesel to a pint of milk. Now the "
            "council wants to charge them for the privilege of sleeping here,", None),
        (P, "Ruaridh Kerr", "long overdue", None),
        (I, "Ruaridh Kerr", "dozens of European cities and regions had charged one for years without losing visitors",
            None),
        (P, "Skye and Lochalsh Tourism Association", "deeply disappointed", None),
        (P, "Skye and Lochalsh Tourism Association", "park up in Fort William and day-trip across the bridge", None),
        (D, "Donald MacLeod", "I've got eight rooms and I'm the one who'll have to explain it to a German couple at "
            "ten o'clock at night,", None),
        (D, "Donald MacLeod", "The council had a \"consultation\", and then did what they'd always intended.", None),
        (I, "Portree residents", "the island's roads were overwhelmed every summer and that visitors should pay their "
            "share of the upkeep", None),
        (I, "Highland Council spokeswoman", "the levy would be reviewed after three years and that part of the money "
            "would be set aside for communities with the highest visitor numbers, including Skye", None),
    ],
    "actors": [
        actor("Highland Council", "government", title="local authority (Highland)",
              aliases=["Highland Council", "The council", "the council"], stance=1),
        actor("Alasdair Macrae", "person", title="council leader (SNP)", affiliation="Highland Council; SNP",
              aliases=["Alasdair Macrae", "Macrae", "Cllr Macrae", "the leader"], stance=1),
        actor("Fiona Nicolson", "person", title="councillor for Eilean a' Cheò (Liberal Democrat), mover of the "
              "Skye amendment", affiliation="Highland Council; Liberal Democrats",
              aliases=["Fiona Nicolson", "Nicolson", "the member"], stance=-1),
        actor("Euan Drummond", "person", title="MSP for the Highlands and Islands (Scottish Conservative)",
              affiliation="Scottish Conservatives", aliases=["Euan Drummond", "Drummond"], stance=-1),
        actor("Ruaridh Kerr", "person", title="MSP for the Highlands and Islands (Scottish Green)",
              affiliation="Scottish Greens", aliases=["Ruaridh Kerr", "Kerr"], stance=1),
        actor("Skye and Lochalsh Tourism Association", "organisation", title="tourism business association "
              "(230 members)", aliases=["Skye and Lochalsh Tourism Association"], stance=-1),
        actor("Donald MacLeod", "person", title="guesthouse owner (61), Portree",
              aliases=["Donald MacLeod", "MacLeod"], stance=-1),
        actor("Portree residents", "group", title="residents of Portree, Skye", aliases=["Portree residents"],
              stance=1),
        actor("Highland Council spokeswoman", "person", title="spokeswoman", affiliation="Highland Council",
              aliases=["Highland Council spokeswoman"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
