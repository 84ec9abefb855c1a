"""Build the dev10 gold files (data/eval/dev10/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev5/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev10/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev10.  Standard library only.
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
# 1. Reuters commodities (cocoa), straight quotes, straight apostrophes (N'Guessan, exporters').
#    Lede content before "Agriculture Minister Kouadio Bamba said on Tuesday" (the writer's
#    "disappointing growers ..." is left out). "told a news conference ... that". Regulator
#    statement "said A, in line with ..., and that B" (one span). Scare "living income
#    differential," (Reuters punctuation inside). Content before "according to exporters'
#    estimates" (group "exporters"). Union "called ... "..." and said ..." (partial plus
#    indirect). Farmer named after the first quote with age and a who-clause, quote resumed.
#    "The agriculture ministry countered that" (ministry) vs "a ministry official told Reuters"
#    (anonymous official; "asking not to be named" not annotated). Trading house's emailed
#    statement (indirect plus "which it called "..."" partial); its managing director "was more
#    candid" (no speech) then a quote with "he told Reuters by telephone"; "He conceded ... that
#    ... "..."" (partial only). Analyst named after the quote. "insisted" (no that); "Asked
#    whether ..." not annotated, "he replied: "..."" direct. "(Reporting by ...)" not annotated.
ARTICLES["data/eval/dev10/ivory-coast-cocoa-farmgate-price.gold.json"] = {
    "article": "data/eval/dev10/ivory-coast-cocoa-farmgate-price.txt",
    "target": "Ivory Coast",
    "quotes": [
        (I, "Kouadio Bamba", "Ivory Coast will keep the price paid to cocoa farmers at 1,800 CFA francs ($2.95) per "
            "kilogram for the April-to-September mid-crop", "ABIDJAN"),
        (I, "Kouadio Bamba", "the bulk of the mid-crop had been sold when world prices were less than half their "
            "current level", None),
        (D, "Kouadio Bamba", "We cannot pay farmers with money we have not received. The forward sales protect them "
            "when the market falls, and this season they are the reason we must be patient,", None),
        (I, "Coffee and Cocoa Council", "the price amounted to about 62% of the average forward price achieved for "
            "the 2024/25 season, in line with a government commitment, and that it would review the figure before "
            "the October main crop", None),
        (S, None, "living income differential,", None),
        (I, "exporters", "Farmers have delivered about 1.52 million tonnes of beans to ports since the season began "
            "on Oct. 1, down 9% from a year earlier", None),
        (P, "Union of Cocoa Cooperatives of the South-West", "an insult to the people who grow the cocoa", None),
        (I, "Union of Cocoa Cooperatives of the South-West", "its members would consider holding back beans from "
            "buyers", None),
        (D, "Yao N'Guessan", "Every day we hear on the radio that cocoa is at a record in London. Then the buyer "
            "comes to the village and the price is the same as last year,", None),
        (D, "Yao N'Guessan", "People are asking where the money goes, and some are carrying their beans across the "
            "border to Ghana.", None),
        (I, "agriculture ministry", "smuggling had fallen sharply since border patrols were stepped up last year",
            None),
        (D, "ministry official", "The border is not a sieve any more,", None),
        (I, "Lagune Commodities", "it supported the CCC's forward-sales system", None),
        (P, "Lagune Commodities", "the only thing standing between farmers and the full volatility of the market.",
            None),
        (D, "Philippe Aka", "Honestly, nobody expected a raise. The CCC sold the mid-crop at around $4,500 a tonne, "
            "and the market is now above $9,000. You cannot pay the farmer from a price you did not get,", None),
        (P, "Philippe Aka", "politically very difficult", None),
        (D, "Sandrine Koffi", "The forward-sales system worked beautifully when prices were falling. Now farmers "
            "carry the risk and get none of the upside, and that is not sustainable for a second season,", None),
        (I, "Kouadio Bamba", "the government had not forgotten growers", None),
        (D, "Kouadio Bamba", "That is being studied, and farmers will have an answer before October.", None),
    ],
    "actors": [
        actor("Kouadio Bamba", "person", title="agriculture minister", affiliation="Ivory Coast government",
              aliases=["Kouadio Bamba", "Bamba"], stance=1),
        actor("Coffee and Cocoa Council", "organisation", title="cocoa industry regulator (Ivory Coast)",
              aliases=["Coffee and Cocoa Council", "CCC"], stance=1),
        actor("exporters", "group", title="cocoa exporters (port-arrival estimates)",
              aliases=["exporters"], stance=None),
        actor("Union of Cocoa Cooperatives of the South-West", "organisation", title="farmers' association",
              aliases=["Union of Cocoa Cooperatives of the South-West", "UCCSO", "the union"], stance=-1),
        actor("Yao N'Guessan", "person", title="cocoa farmer (47), UCCSO board member",
              affiliation="Union of Cocoa Cooperatives of the South-West",
              aliases=["Yao N'Guessan", "N'Guessan"], stance=-1),
        actor("agriculture ministry", "government", title="Ivory Coast agriculture ministry",
              aliases=["agriculture ministry"], stance=1),
        actor("ministry official", "person", title="anonymous official", affiliation="Ivory Coast agriculture ministry",
              aliases=["ministry official"], stance=1),
        actor("Lagune Commodities", "organisation", title="cocoa exporter (Abidjan)",
              aliases=["Lagune Commodities", "Lagune"], stance=1),
        actor("Philippe Aka", "person", title="managing director", affiliation="Lagune Commodities",
              aliases=["Philippe Aka", "Aka"], stance=0),
        actor("Sandrine Koffi", "person", title="head of agricultural research", affiliation="Tellurian Research",
              aliases=["Sandrine Koffi", "Koffi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Local TV station website (Iowa), curly double quotes and apostrophes, short paragraphs.
#    Lede content before "Prairie Crest Health confirmed Monday"; "The health system, which ...,
#    said it would ..." (indirect). Statement introduced by "Prairie Crest Health said:" on its own
#    line and running over three paragraphs (three direct entries; the open ones run to the end of
#    the line). Scare "rural emergency hospital" (a federal designation; "did not say whether" is
#    negated speech). Group chant (direct, "crowd"). Resident's question named after the quote
#    ("asked Linda Hovland, 63, whose ..."). Regional president "told the crowd that A and that B"
#    (one span), then a quote; Q&A in prose ("one woman called out" / ""That's my plan," he
#    said." = Feld). Group "Parents said". Mother named after the first stretch, quote resumed.
#    County chair "said A but B" (one span) then "told KWDN 7". "State Sen. ..., R-Cedar Bend,
#    wrote on Facebook that ... "..." and that ..." (partial plus indirect). Copyright line.
ARTICLES["data/eval/dev10/cedar-bend-hospital-closure.gold.json"] = {
    "article": "data/eval/dev10/cedar-bend-hospital-closure.txt",
    "target": "Prairie Crest Health",
    "quotes": [
        (I, "Prairie Crest Health", "Cedar Bend Memorial Hospital will close its emergency room and stop admitting "
            "overnight patients on June 30", "CEDAR BEND, Iowa"),
        (I, "Prairie Crest Health", "it would turn the building into an outpatient clinic open weekdays from 7 a.m. "
            "to 7 p.m., with lab work, X-rays and primary care", None),
        (D, "Prairie Crest Health", "This was not a decision we made quickly or lightly. Over the last three years, "
            "Cedar Bend Memorial has averaged fewer than four inpatients a day, and we have struggled to staff the "
            "emergency department around the clock.", None),
        (D, "Prairie Crest Health", "Like many rural hospitals across Iowa, Cedar Bend has lost money every year "
            "since 2019, and those losses now exceed $6 million a year.", None),
        (D, "Prairie Crest Health", "We remain committed to keeping care close to home. The new clinic will be "
            "staffed by the same providers Hollis County families already know and trust.", None),
        (S, None, "rural emergency hospital", None),
        (D, "crowd", "Save our ER!", None),
        (D, "Linda Hovland", "Where am I supposed to go when my husband has a heart attack at 2 in the morning?",
            None),
        (I, "Aaron Feld", "ambulances would take emergency patients to Mason City, about 45 minutes away, and that "
            "the health system was in talks to station a second ambulance in Cedar Bend", None),
        (D, "Aaron Feld", "I understand the fear in this room. I\u2019m not going to stand up here and tell you the "
            "drive to Mason City doesn\u2019t matter, because it does,", None),
        (D, "one woman", "Will you still be here in two years?", None),
        (D, "Aaron Feld", "That\u2019s my plan,", None),
        (I, "Parents", "they were most worried about losing the hospital\u2019s birthing unit, which delivered 96 "
            "babies last year", None),
        (D, "Kelsey Dahl", "My daughter was born here in 11 minutes flat. If we\u2019d been on the highway, I\u2019d "
            "have had her in the truck,", None),
        (D, "Kelsey Dahl", "Now that\u2019s exactly what could happen.", None),
        (I, "Dale Rasmussen", "the county had offered to cut the hospital\u2019s rent on the building but was never "
            "given a chance to make a counteroffer", None),
        (D, "Dale Rasmussen", "We found out the same day as everybody else. That\u2019s not how you treat a "
            "community that has supported this hospital for 70 years,", None),
        (P, "Brenda Kuehl", "a gut punch to every family in Hollis County", None),
        (I, "Brenda Kuehl", "she would ask state health officials whether Prairie Crest had given enough notice",
            None),
    ],
    "actors": [
        actor("Prairie Crest Health", "organisation", title="nonprofit health system (owner of Cedar Bend Memorial "
              "Hospital)", aliases=["Prairie Crest Health", "Prairie Crest", "The health system", "the health system"],
              stance=1),
        actor("crowd", "group", title="residents at the public meeting", aliases=["crowd"], stance=-1),
        actor("Linda Hovland", "person", title="resident (63)", aliases=["Linda Hovland", "Hovland"], stance=-1),
        actor("Aaron Feld", "person", title="regional president", affiliation="Prairie Crest Health",
              aliases=["Aaron Feld", "Feld"], stance=1),
        actor("one woman", "person", title="resident at the public meeting", aliases=["one woman"], stance=None),
        actor("Parents", "group", title="parents of young children (Cedar Bend)", aliases=["Parents"], stance=-1),
        actor("Kelsey Dahl", "person", title="mother (29)", aliases=["Kelsey Dahl", "Dahl"], stance=-1),
        actor("Dale Rasmussen", "person", title="chair, Hollis County Board of Supervisors",
              affiliation="Hollis County", aliases=["Dale Rasmussen", "Rasmussen"], stance=-1),
        actor("Brenda Kuehl", "person", title="Iowa state senator (R-Cedar Bend)", affiliation="Republican Party",
              aliases=["Brenda Kuehl", "Kuehl"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Guardian consumer story, curly single quotes in the headline, curly double in the body,
#    curly apostrophes, British punctuation outside closing marks for fragments. Headline
#    fragment "Ombudsman condemns ... 'shameful'" -> Energy Ombudsman. Standfirst without speech.
#    Lede content before "the Energy Ombudsman has said"; "The ombudsman, which ..., said A, ...,
#    and described ... as "shameful"" (indirect plus partial). Scare so-called "catch-up" bills.
#    Group "Many customers said". Customer's quote over two paragraphs (she said, quote resumed,
#    open paragraph, closing paragraph). "recalled that" (indirect; "He paid it on a credit card."
#    is the writer's). Chief ombudsman named after the quote ("the chief ombudsman, Lorna
#    Pettigrew, told the Guardian"). Company statement (partial plus indirect). CEO "acknowledged
#    that ... "..." but insisted ..." (partial plus indirect) then direct. Charity director "Dr"
#    (no full stop), indirect then "he said". Regulator partial.
ARTICLES["data/eval/dev10/brightwell-energy-back-billing.gold.json"] = {
    "article": "data/eval/dev10/brightwell-energy-back-billing.txt",
    "target": "Brightwell Energy",
    "quotes": [
        (P, "Energy Ombudsman", "shameful", "Ombudsman condemns"),
        (I, "Energy Ombudsman", "Brightwell Energy must refund or write off more than \u00a34m after billing "
            "thousands of households for gas and electricity they used up to three years earlier", None),
        (I, "Energy Ombudsman", "it had upheld 2,300 complaints against the company since January, more than "
            "against any other supplier", None),
        (P, "Energy Ombudsman", "shameful", "customers as \u201c"),
        (S, None, "catch-up", None),
        (I, "customers", "they heard nothing from the company for months after the switch, then received a single "
            "demand covering the whole period", None),
        (D, "Ruth Agyeman", "I thought it was a scam. I rang them and they said no, that\u2019s what you owe, and "
            "it\u2019s due in 14 days,", None),
        (D, "Ruth Agyeman", "I\u2019ve never owed anybody anything in my life.", None),
        (D, "Ruth Agyeman", "I didn\u2019t sleep for a week. My son had to sit with me on the phone for two hours "
            "before anyone would even look at it.", None),
        (I, "Tom Hartley", "the company had threatened to fit a prepayment meter in his flat unless he paid "
            "\u00a32,140 within a month", None),
        (D, "Lorna Pettigrew", "We raised this with Brightwell\u2019s senior managers four times last year. Some of "
            "the people affected paid bills the law says they never owed,", None),
        (P, "Brightwell Energy", "a small minority", None),
        (I, "Brightwell Energy", "every one of them had now been reviewed", None),
        (P, "Simon Okafor", "badly handled", None),
        (I, "Simon Okafor", "the vast majority of customers had been billed correctly", None),
        (D, "Simon Okafor", "Ninety-seven per cent of our customers noticed nothing at all. For the other 3%, we got "
            "it wrong, and we are putting it right,", None),
        (I, "Naveed Iqbal", "the refunds were welcome but had come too late for many families", None),
        (D, "Naveed Iqbal", "People took out loans. They sat in cold rooms through January to pay these bills off. "
            "You cannot refund a winter,", None),
        (P, "Ofgem", "looking closely", None),
    ],
    "actors": [
        actor("Energy Ombudsman", "organisation", title="energy sector ombudsman (UK)",
              aliases=["Energy Ombudsman", "Ombudsman", "The ombudsman", "the ombudsman"], stance=-1),
        actor("customers", "group", title="Brightwell customers", aliases=["customers", "Many customers"],
              stance=-1),
        actor("Ruth Agyeman", "person", title="retired midwife (71), Bradford", aliases=["Ruth Agyeman", "Agyeman"],
              stance=-1),
        actor("Tom Hartley", "person", title="bus driver, Swindon", aliases=["Tom Hartley", "Hartley"], stance=-1),
        actor("Lorna Pettigrew", "person", title="chief ombudsman", affiliation="Energy Ombudsman",
              aliases=["Lorna Pettigrew", "Pettigrew"], stance=-1),
        actor("Brightwell Energy", "organisation", title="energy supplier",
              aliases=["Brightwell Energy", "Brightwell", "the company"], stance=1),
        actor("Simon Okafor", "person", title="chief executive", affiliation="Brightwell Energy",
              aliases=["Simon Okafor", "Okafor"], stance=0),
        actor("Naveed Iqbal", "person", title="director of policy", affiliation="Heat Matters (fuel poverty charity)",
              aliases=["Naveed Iqbal", "Iqbal"], stance=-1),
        actor("Ofgem", "organisation", title="energy regulator (Great Britain)", aliases=["Ofgem"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Scottish football contract dispute, British straight single quotes in headline and body,
#    straight apostrophes inside (I've, wasn't, That's) and outside (weeks', Reid's, chairman's).
#    Headline fragment "Reid 'has broken his contract', says Dunmore" -> Dunmore Thistle.
#    "with the club accusing the 24-year-old of a 'clear breach'" (partial). Club statement
#    "said A and that B" (one span), then "the statement added" (direct, the club). Scare
#    so-called 'gentleman's agreement' (apostrophe inside the span). Agent "told BBC Scotland A,
#    and that B" (no that; one span) then a split quote. CEO "denied that" (indirect) then
#    "she said". Agent and CEO named together, then "he said" (Kerrigan) and "she said"
#    (Fleming). Player's Instagram post over two paragraphs. Manager "acknowledged ... that"
#    (indirect); "Asked whether ..." not annotated, "he said: '...'" direct. League "said ...
#    '...', but noted that A and that B" (partial plus indirect).
ARTICLES["data/eval/dev10/dunmore-reid-contract-row.gold.json"] = {
    "article": "data/eval/dev10/dunmore-reid-contract-row.txt",
    "target": "Callum Reid",
    "quotes": [
        (P, "Dunmore Thistle", "has broken his contract", None),
        (P, "Dunmore Thistle", "clear breach", None),
        (I, "Dunmore Thistle", "Reid had not answered three letters from the club and that the matter had been "
            "passed to its lawyers", None),
        (D, "Dunmore Thistle", "Callum is a Dunmore player until the summer of 2027. No player is bigger than this "
            "club, and no player decides when he turns up for work,", None),
        (S, None, "gentleman's agreement", None),
        (I, "Danny Kerrigan", "the club had agreed then to let him leave if an offer of more than \u00a31.2m arrived "
            "this summer, and that two such offers had since been turned down", None),
        (D, "Danny Kerrigan", "We had a handshake in the chairman's office. Everybody in that room knows what was "
            "said,", None),
        (D, "Danny Kerrigan", "Now they want to pretend it never happened.", None),
        (I, "Morag Fleming", "any such agreement existed", None),
        (D, "Morag Fleming", "There was no promise, verbal or written. I've been in football for 30 years and I know "
            "better than to make one,", None),
        (D, "Danny Kerrigan", "She wasn't interested in a conversation,", None),
        (D, "Morag Fleming", "He wanted me to agree to something that was never agreed,", None),
        (D, "Callum Reid", "I love this club and the fans have been nothing but brilliant to me. But I was given a "
            "promise in March and I've kept my side of it.", None),
        (D, "Callum Reid", "I have never refused to play for Dunmore. All I'm asking is that the club does what it "
            "said it would do.", None),
        (I, "Ally Dempster", "Reid was the best finisher he had worked with", None),
        (D, "Ally Dempster", "That's not my decision today. Today my decision is who trains, and he's not here.",
            None),
        (P, "Scottish Professional Football League", "a matter for the club and the player", None),
        (I, "Scottish Professional Football League", "Reid's registration remained with Dunmore and that he could "
            "not play for another club without its consent", None),
    ],
    "actors": [
        actor("Dunmore Thistle", "organisation", title="football club (Scottish Premiership)",
              aliases=["Dunmore Thistle", "Dunmore", "the club"], stance=-1),
        actor("Danny Kerrigan", "person", title="agent", affiliation="Callum Reid",
              aliases=["Danny Kerrigan", "Kerrigan"], stance=1),
        actor("Morag Fleming", "person", title="chief executive (52)", affiliation="Dunmore Thistle",
              aliases=["Morag Fleming", "Fleming"], stance=-1),
        actor("Callum Reid", "person", title="striker (24)", affiliation="Dunmore Thistle",
              aliases=["Callum Reid", "Reid", "Callum", "the 24-year-old", "the striker"], stance=1),
        actor("Ally Dempster", "person", title="manager", affiliation="Dunmore Thistle",
              aliases=["Ally Dempster", "Dempster"], stance=0),
        actor("Scottish Professional Football League", "organisation", title="league body",
              aliases=["Scottish Professional Football League"], stance=0),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
