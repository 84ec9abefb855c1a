"""Build the dev14 gold files (data/eval/dev14/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev14/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev14.  Standard library only.
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
# 1. Reuters energy/commodities, dateline "MAPUTO, March 4 (Reuters) -", straight quotes and
#    apostrophes (country's, ENG's, months'). Officials by title only at first, names later:
#    lede content before "the country's energy minister said on Tuesday" (the writer's "dealing a
#    blow ..." left out); "The minister told a news conference ... that ... "no choice" ..., and
#    that B" (partial plus indirect); "he said" (the minister); "The minister, Carlos Mabunda, ...,
#    said" (indirect); scare "domestic gas first" strategy; state company statement "said in a
#    statement that A and that B" (one span); "ENG's chief executive told Reuters ... that the
#    company was discussing "flexible volumes" ..." (partial only; the CEO is named only after her
#    next quote: "said Alda Nhantumbo, who has run ENG since 2022"); "Nhantumbo acknowledged that A,
#    but said B" (two spans); anonymous "senior ENG official"; "South Africa's electricity minister
#    warned that" (title only), then a quote split by "said the minister, Sipho Ntuli, who ...";
#    industry group "warned that"; buyer "said A and had "..."" (indirect plus partial); analyst
#    named after a three-sentence quote; "Asked whether ..." (not annotated) then "Mabunda said:
#    "..."" (surname only); "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/dev14/mozambique-gas-export-cut.gold.json"] = {
    "article": "data/eval/dev14/mozambique-gas-export-cut.txt",
    "target": "Mozambique",
    "quotes": [
        (I, "Carlos Mabunda", "Mozambique will cut pipeline gas exports to South Africa by about a quarter from July "
            "to feed new power plants at home", None),
        (P, "Carlos Mabunda", "no choice", None),
        (I, "Carlos Mabunda", "the reduction would be reviewed at the end of 2026", None),
        (D, "Carlos Mabunda", "Our gas has lit factories in Johannesburg for twenty years while villages in Sofala "
            "have sat in the dark. That cannot continue,", None),
        (I, "Carlos Mabunda", "state-owned Empresa Nacional de Gas (ENG) would honour existing delivery schedules "
            "until the end of June", None),
        (S, None, "domestic gas first", None),
        (I, "ENG", "it had notified its South African customers and that annual deliveries would fall to about "
            "140 million gigajoules from roughly 185 million", None),
        (P, "Alda Nhantumbo", "flexible volumes", None),
        (D, "Alda Nhantumbo", "We are not closing a tap. We are moving part of it. If a customer needs more in June "
            "and less in October, we can talk about that,", None),
        (I, "Alda Nhantumbo", "the company's export revenue would fall this year", None),
        (I, "Alda Nhantumbo", "higher domestic sales would make up most of the gap by 2027", None),
        (I, "senior ENG official", "the cut could deepen to a third in 2027 if two gas-fired power stations under "
            "construction near Beira came online on schedule", None),
        (I, "Sipho Ntuli", "the decision could cost thousands of jobs in Gauteng and Mpumalanga provinces, where "
            "most of the gas is burned", None),
        (D, "Sipho Ntuli", "We were told about this on Friday, by letter. Neighbours do not treat each other like "
            "that,", None),
        (D, "Sipho Ntuli", "We will be raising it with Maputo at the highest level.", None),
        (I, "Gas Users Forum", "as many as 40,000 jobs could be at risk if manufacturers were forced to switch to "
            "costlier fuels", None),
        (I, "Vaal Polymers", "it was assessing the impact", None),
        (P, "Vaal Polymers", "contingency options,", None),
        (D, "Zanele Khumalo", "Mozambique is doing what every producer does once it has a home market worth serving. "
            "Four months' notice is harsh, but South African buyers have known for a decade that these volumes "
            "would not last forever, and most of them did nothing,", None),
        (D, "Carlos Mabunda", "South Africa is our brother. But a brother does not ask you to leave your own "
            "children without light.", None),
    ],
    "actors": [
        actor("Carlos Mabunda", "person", title="energy minister", affiliation="Mozambican government",
              aliases=["Carlos Mabunda", "Mabunda", "energy minister", "The minister"], stance=1),
        actor("ENG", "organisation", title="Mozambican state-owned gas company",
              aliases=["Empresa Nacional de Gas", "ENG"], stance=0),
        actor("Alda Nhantumbo", "person", title="chief executive", affiliation="ENG",
              aliases=["Alda Nhantumbo", "Nhantumbo", "ENG's chief executive"], stance=1),
        actor("senior ENG official", "person", title="anonymous company official", affiliation="ENG",
              aliases=["senior ENG official"], stance=0),
        actor("Sipho Ntuli", "person", title="electricity minister", affiliation="South African government",
              aliases=["Sipho Ntuli", "Ntuli", "electricity minister"], stance=-1),
        actor("Gas Users Forum", "organisation", title="South African industry group",
              aliases=["Gas Users Forum"], stance=-1),
        actor("Vaal Polymers", "organisation", title="plastics maker (Sasolburg), pipeline gas buyer",
              aliases=["Vaal Polymers"], stance=0),
        actor("Zanele Khumalo", "person", title="energy analyst", affiliation="Tswelo Research (Johannesburg)",
              aliases=["Zanele Khumalo", "Khumalo"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Local US newspaper city hall (Springfield, Mo.), byline line, dateline with an em dash,
#    curly “ ” with ’ apostrophes (Pruitt’s, I’ve, isn’t). Developer "told council members A and
#    that B “...”" (indirect for A, partial for the fragment in B); quote split by "Pruitt said";
#    scare so-called “but for” test; "City staff said in a report ... that" (indirect; the writer's
#    ", a conclusion several speakers disputed" left out); group "Opponents said"; resident named
#    after her quote ("said Doris Kemper, 74, a retired schoolteacher who ...") then resumed; "The
#    line drew the loudest applause" (no speech); "Andre Lyle, 38, who ..., said" (indirect) then a
#    quote with a nested ‘Why should we ...?’ ("he said"); "Councilwoman X, who ..., said A but
#    could not support “...”" (indirect plus partial); "Farris pressed Pruitt on whether ..." (a
#    reported question, not annotated), then a prose exchange “Put it in writing,” she said. /
#    “Done,” Pruitt said.; mayor "said A" then a quote split by "Albers said after the meeting";
#    vote tally (no speech); "In a text message ..., Pruitt wrote that" (indirect).
ARTICLES["data/eval/dev14/springfield-pruitt-hotel-tif.gold.json"] = {
    "article": "data/eval/dev14/springfield-pruitt-hotel-tif.txt",
    "target": "Harlan Pruitt",
    "quotes": [
        (I, "Harlan Pruitt", "the project would not be possible without public help", None),
        (P, "Harlan Pruitt", "that has been a parking lot for forty years.", None),
        (D, "Harlan Pruitt", "I\u2019ve been told for two years that I\u2019m asking for a handout. I\u2019m asking "
            "the city to invest in itself,", None),
        (D, "Harlan Pruitt", "Every dollar of this comes back out of taxes the hotel itself will generate. If it "
            "isn\u2019t built, there\u2019s nothing to give back.", None),
        (S, None, "but for", None),
        (I, "City staff", "Pruitt\u2019s project met that test", None),
        (I, "Opponents", "the city could not afford to give up two decades of property tax growth while it was "
            "cutting library hours and delaying repairs to the Grant Avenue bridge", None),
        (D, "Doris Kemper", "My property taxes went up 11% this year. Nobody offered me a tax increment anything,",
            None),
        (D, "Doris Kemper", "I don\u2019t begrudge the man his money. I begrudge him mine.", None),
        (I, "Andre Lyle", "the hotel would bring weekday customers to a part of downtown that empties out after "
            "5 p.m.", None),
        (D, "Andre Lyle", "People keep saying, \u2018Why should we help a rich guy?\u2019 I get it. But I\u2019m the "
            "one who\u2019s been looking at that parking lot out my window for six years,", None),
        (I, "Angela Farris", "she was not against a hotel on the site", None),
        (P, "Angela Farris", "a deal where the public takes all the risk and the developer keeps all the upside.",
            None),
        (D, "Angela Farris", "Put it in writing,", None),
        (D, "Harlan Pruitt", "Done,", None),
        (I, "Ron Albers", "the amendment answered the strongest objection he had heard", None),
        (D, "Ron Albers", "This is the kind of project a downtown either says yes to or watches go to Branson,",
            None),
        (D, "Ron Albers", "I\u2019d rather say yes with strings attached.", None),
        (I, "Harlan Pruitt", "he hoped to break ground in April and open the hotel in the fall of 2027", None),
    ],
    "actors": [
        actor("Harlan Pruitt", "person", title="developer (61)", affiliation="Pruitt Ridge Development",
              aliases=["Harlan Pruitt", "Pruitt"], stance=1),
        actor("City staff", "government", title="Springfield city staff (report to the council)",
              aliases=["City staff"], stance=1),
        actor("Opponents", "group", title="residents who spoke against the deal at the council meeting",
              aliases=["Opponents"], stance=-1),
        actor("Doris Kemper", "person", title="retired schoolteacher (74), Walnut Street resident",
              aliases=["Doris Kemper", "Kemper"], stance=-1),
        actor("Andre Lyle", "person", title="coffee shop owner (38)", aliases=["Andre Lyle", "Lyle"], stance=1),
        actor("Angela Farris", "person", title="councilwoman (Zone 1)", affiliation="Springfield City Council",
              aliases=["Angela Farris", "Farris"], stance=-1),
        actor("Ron Albers", "person", title="mayor", affiliation="Springfield City Council",
              aliases=["Ron Albers", "Albers"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Healthcare-tech trade press (MedTech Dive-style "Dive Brief:" bullets and "Dive Insight:"),
#    straight " in the body, straight single 'not a diagnosis' in the headline, straight apostrophes
#    (watch's, don't, Pulsewise's). Headline fragment -> Pulsewise (the company the headline names;
#    the CMO's "It is not a diagnosis, ..." in the body is her own direct quote). Bulleted lede
#    content before "the company confirmed Tuesday" (the writer's "a week after ..." left out);
#    "what the company calls "..."" (partial); regulator's emailed statement "said it was "aware of"
#    the feature and "in contact with the manufacturer," and that ..." (two partials plus an
#    indirect); scare "general wellness" policy (an official name), then "the company has argued
#    that" (indirect); VP of product "said in an interview that A and that B" (one span) then a
#    split quote with nested '...' stretches (one entry each part); CMO named after her quote ("said
#    Dr. X, Pulsewise's chief medical officer, who ..."); "Pulsewise's chief executive, X, struck a
#    conciliatory note in a post on LinkedIn, writing that ... "..." and would "..."" (two partials);
#    "A Pulsewise spokeswoman said A and that B" (one span); former FDA reviewer named after a long
#    quote; cardiologist "said A, and that B" (one span) then a quote split by "he said".
ARTICLES["data/eval/dev14/pulsewise-blood-pressure-fda.gold.json"] = {
    "article": "data/eval/dev14/pulsewise-blood-pressure-fda.txt",
    "target": "Pulsewise",
    "quotes": [
        (P, "Pulsewise", "not a diagnosis", "Pulsewise says blood-pressure"),
        (I, "Pulsewise", "The Food and Drug Administration has asked wearables maker Pulsewise to explain how a new "
            "blood-pressure feature on its Arc 4 smartwatch differs from a regulated medical device", None),
        (P, "Pulsewise", "sustained elevated patterns", None),
        (P, "FDA", "aware of", None),
        (P, "FDA", "in contact with the manufacturer,", None),
        (I, "FDA", "it does not comment on pending compliance matters", None),
        (S, None, "general wellness", None),
        (I, "Pulsewise", "the feature fits that category", None),
        (I, "Owen Marsh", "the watch never displays a reading in millimeters of mercury and that every alert tells "
            "the user to confirm the result with a cuff", None),
        (D, "Owen Marsh", "We designed this knowing exactly where the line is,", None),
        (D, "Owen Marsh", "We don't show a number. We don't say 'you have hypertension.' We say, 'your pattern has "
            "changed, go and check.'", None),
        (D, "Priyanka Sethi", "It is not a diagnosis, and we have never said it was. It is a nudge to measure "
            "properly, the same nudge a pharmacist gives you when you pick up your prescription,", None),
        (P, "Tobias Lindgren", "welcomes the FDA's questions", None),
        (P, "Tobias Lindgren", "answer every one of them, in public if they like.", None),
        (I, "Pulsewise spokeswoman", "the feature had generated about 38,000 alerts in its first week and that none "
            "had been linked to a reported injury", None),
        (D, "Gail Horowitz", "If a product tells you that you may have a medical condition and sends you to get it "
            "checked, most reviewers I worked with would call that a device. The label on the box doesn't change "
            "what the software does,", None),
        (I, "Marcus Oyelaran", "cuffless estimates remain unreliable in people with irregular heart rhythms or darker "
            "skin, and that the company's study did not report results for either group", None),
        (D, "Marcus Oyelaran", "Some of what patients bring me from their watches is genuinely useful,", None),
        (D, "Marcus Oyelaran", "Some of it sends people to the emergency room at two in the morning for nothing.",
            None),
    ],
    "actors": [
        actor("Pulsewise", "organisation", title="wearables maker (Arc 4 smartwatch)",
              aliases=["Pulsewise", "the company"], stance=1),
        actor("FDA", "government", title="U.S. Food and Drug Administration (medical device regulator)",
              aliases=["Food and Drug Administration", "FDA", "the agency"], stance=0),
        actor("Owen Marsh", "person", title="vice president of product", affiliation="Pulsewise",
              aliases=["Owen Marsh", "Marsh"], stance=1),
        actor("Priyanka Sethi", "person", title="chief medical officer (Dr.)", affiliation="Pulsewise",
              aliases=["Priyanka Sethi", "Sethi"], stance=1),
        actor("Tobias Lindgren", "person", title="chief executive", affiliation="Pulsewise",
              aliases=["Tobias Lindgren", "Lindgren"], stance=1),
        actor("Pulsewise spokeswoman", "person", title="company spokeswoman (unnamed)", affiliation="Pulsewise",
              aliases=["Pulsewise spokeswoman"], stance=1),
        actor("Gail Horowitz", "person", title="former FDA cardiovascular software reviewer, regulatory adviser",
              aliases=["Gail Horowitz", "Horowitz"], stance=-1),
        actor("Marcus Oyelaran", "person", title="cardiologist (Dr.)",
              affiliation="Rush University Medical Center (Chicago)",
              aliases=["Marcus Oyelaran", "Oyelaran"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. New York Times-style feature-ish news, Title Case headline, deck without speech, dateline
#    with an em dash, curly “ ” with ’ apostrophes, honorifics on later references (Ms. Haskell,
#    Dr. Soto). Scene-setting lede without speech; long quote with the speaker named only after
#    it ("said Ms. Haskell, 51, who ..."); commission "said" (indirect); chairwoman's statement
#    introduced by a colon at the end of its own paragraph, running over two paragraphs (two direct
#    entries; the first paragraph has no closing mark); "Dr. Soto acknowledged ... that A, but said
#    B “...”" (indirect plus partial only); scare so-called “latent” traps; group "Many fishermen
#    here said"; young fisherman named after a long quote; state commissioner "said in an interview
#    that" then a quote split by "he said, referring to ..." (the writer's gloss); alliance "called
#    the vote “...” and said ..." (partial plus indirect); scientist named after a long quote with
#    "who was not involved ..."; the writer's own question in prose ("Would she sell ...?", no
#    marks, not annotated) then “Not this year,” she said.
ARTICLES["data/eval/dev14/maine-lobster-trap-limit.gold.json"] = {
    "article": "data/eval/dev14/maine-lobster-trap-limit.txt",
    "target": "Atlantic States Marine Fisheries Commission",
    "quotes": [
        (D, "Jolene Haskell", "I\u2019ve been setting 800 since my father handed me his license in 1998. I know where "
            "every one of them goes, which ledge, which depth, which month. You\u2019re asking me which quarter of "
            "my living I\u2019d like to give back, and the answer is none of it,", None),
        (I, "Atlantic States Marine Fisheries Commission", "the cut was needed to ease pressure on a stock in which "
            "the number of young lobsters settling on the seabed has fallen by more than half since 2012", None),
        (D, "Miriam Soto", "The young lobsters are not showing up. We can argue about why \u2014 warmer water, more "
            "predators, something we haven\u2019t found yet \u2014 but we cannot argue with the survey. Fewer traps "
            "in the water means more of the lobsters that are there survive to breed.", None),
        (D, "Miriam Soto", "I would rather take this step now, while there is still a fishery to protect, than "
            "explain to these communities in ten years why we waited.", None),
        (I, "Miriam Soto", "the cut would fall hardest on fishermen who set the full 800", None),
        (P, "Miriam Soto", "impossible to enforce from a patrol boat.", None),
        (S, None, "latent", None),
        (I, "fishermen", "the commission\u2019s survey stations were in the wrong places and missed the deeper water "
            "where lobsters have moved as the gulf has warmed", None),
        (D, "Caleb Eaton", "Nobody on this wharf thinks the bottom is what it was when my grandfather fished it. But "
            "you take 200 traps from a man with 800 and a paid-off boat, and he gets by. Take them from a kid who "
            "just borrowed $300,000 for his first boat, and you\u2019ve put him out of business,", None),
        (I, "Patrick Lown", "Maine would ask the commission to phase the cut in over five years", None),
        (D, "Patrick Lown", "We support conservation. We are the people who invented the V-notch,", None),
        (D, "Patrick Lown", "What we don\u2019t support is a number picked in a hotel conference room in Virginia.",
            None),
        (P, "Downeast Lobstermen\u2019s Alliance", "a betrayal of the people who actually live on this water", None),
        (I, "Downeast Lobstermen\u2019s Alliance", "it would ask Maine\u2019s congressional delegation to intervene",
            None),
        (D, "Hannah Pelletier", "The settlement numbers are the ones that keep me up at night. Landings can look fine "
            "for years while the nursery empties out behind them, and by the time the catch drops, you have lost a "
            "decade,", None),
        (D, "Jolene Haskell", "Not this year,", None),
    ],
    "actors": [
        actor("Jolene Haskell", "person", title="lobster fisherman (51), Stonington",
              aliases=["Jolene Haskell", "Haskell", "Ms. Haskell"], stance=-1),
        actor("Atlantic States Marine Fisheries Commission", "organisation", title="interstate fisheries regulator",
              aliases=["Atlantic States Marine Fisheries Commission", "The commission", "the commission"], stance=1),
        actor("Miriam Soto", "person", title="chairwoman, fisheries biologist (Dr.)",
              affiliation="Atlantic States Marine Fisheries Commission",
              aliases=["Miriam Soto", "Soto", "Dr. Soto"], stance=1),
        actor("fishermen", "group", title="Stonington lobster fishermen", aliases=["fishermen", "Many fishermen"],
              stance=-1),
        actor("Caleb Eaton", "person", title="lobster fisherman (27)", aliases=["Caleb Eaton", "Eaton"], stance=-1),
        actor("Patrick Lown", "person", title="marine resources commissioner", affiliation="State of Maine",
              aliases=["Patrick Lown", "Lown"], stance=-1),
        actor("Downeast Lobstermen\u2019s Alliance", "organisation", title="fishermen's association (about 1,100 "
              "license holders)", aliases=["Downeast Lobstermen\u2019s Alliance"], stance=-1),
        actor("Hannah Pelletier", "person", title="marine ecologist (Dr.)",
              affiliation="University of Maine Darling Marine Center",
              aliases=["Hannah Pelletier", "Pelletier"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
