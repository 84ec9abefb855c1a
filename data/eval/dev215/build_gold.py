"""Build the dev215 gold files (data/eval/dev215/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev215/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev215.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev215"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Australian (national broadsheet) federal politics/resources (the environment minister approves a gas
#    project extension), headline with a curly single fragment ‘in the national interest’ (partial for Kovac,
#    whom the headline names), byline in capitals with "POLITICAL REPORTER", "4 December 2026 - 6:15PM" line,
#    curly “ ” and ’, "Ms"/"Mr", "per cent", "1200"; content before "Ms Kovac said in a statement" and before
#    "she said"; quote with "Ms Kovac said"; Q&A "Asked on ABC Radio National whether ..., Ms Kovac replied: “...”";
#    senator "said the minister had “...” and that B" (partial plus indirect), quote naming the minister with
#    "Senator Halloran said"; opposition spokesman "said the approval was welcome but “...”" (partial only), "Mr
#    Tennant told The Australian"; chief executive "said A", "he said"; industry body "said the decision sent
#    “...” to investors but that approvals ... remained “...”" (two partials); council "said A"; chairman named
#    after his quote; scare so-called “gas reservation” policy (glossed); anonymous MP "said the approval would
#    “...” in seats ..." (partial only).
ARTICLES[f"{BATCH}/kovac-halyard-gas-approval.gold.json"] = {
    "article": f"{BATCH}/kovac-halyard-gas-approval.txt",
    "target": "Rachel Kovac",
    "quotes": [
        (P, "Rachel Kovac", "in the national interest", "Kovac backs"),
        (I, "Rachel Kovac", "The project would supply about 15 per cent of the west coast’s domestic gas and support "
            "more than 1200 jobs", None),
        (I, "Rachel Kovac", "The approval comes with 48 conditions, including a requirement that Halyard offset all "
            "emissions from processing at its onshore plant from 2030 and reach net zero by 2050", None),
        (D, "Rachel Kovac", "This decision is in the national interest. It keeps the lights on in Perth, it keeps "
            "industry running, and it comes with the toughest conditions ever placed on a gas project in this country,",
            None),
        (D, "Rachel Kovac", "Yes. Our targets have always assumed gas as a firming fuel through the transition.", None),
        (P, "Tess Halloran", "signed a death warrant for the reef systems off the Burrup", None),
        (I, "Tess Halloran", "Labor had broken an election promise to end new fossil fuel approvals", None),
        (D, "Tess Halloran", "Rachel Kovac promised Australians she would be a minister for the environment. Today she "
            "has been a minister for Halyard Energy,", None),
        (P, "Mark Tennant", "two years too late", None),
        (D, "Mark Tennant", "The minister sat on this while the east coast faced shortfalls and investors looked at "
            "Qatar,", None),
        (I, "Simon Achterberg", "the company would make a final investment decision by the middle of 2027", None),
        (D, "Simon Achterberg", "We have worked through every question the department put to us, and we accept every "
            "condition,", None),
        (P, "Australian Energy Producers", "a clear signal", None),
        (P, "Australian Energy Producers", "glacial", None),
        (I, "Pilbara Traditional Owners Council", "it had not been properly consulted about the project’s impact on rock "
            "art on the Burrup Peninsula, which is on the World Heritage list", None),
        (D, "Warren Ashby", "Our ancestors carved those rocks 40,000 years before anyone drilled for gas. We are not "
            "against jobs, but we were told, not asked,", None),
        (S, None, "gas reservation", None),
        (P, "One Labor MP from a Victorian inner-city seat", "cost us votes to the Greens", None),
    ],
    "actors": [
        actor("Rachel Kovac", "person", title="Environment Minister", affiliation="Australian Government (Labor)",
              aliases=["Rachel Kovac", "Kovac", "Ms Kovac", "the minister"], stance=1),
        actor("Tess Halloran", "person", title="Greens environment spokeswoman, senator", affiliation="Australian Greens",
              aliases=["Tess Halloran", "Halloran", "Senator Halloran"], stance=-1),
        actor("Mark Tennant", "person", title="opposition resources spokesman", affiliation="Coalition",
              aliases=["Mark Tennant", "Tennant", "Mr Tennant"], stance=-1),
        actor("Simon Achterberg", "person", title="chief executive", affiliation="Halyard Energy",
              aliases=["Simon Achterberg", "Achterberg"], stance=1),
        actor("Australian Energy Producers", "organisation", title="industry body", affiliation=None,
              aliases=["Australian Energy Producers"], stance=0),
        actor("Pilbara Traditional Owners Council", "organisation", title="Traditional Owners council",
              affiliation=None, aliases=["Pilbara Traditional Owners Council"], stance=-1),
        actor("Warren Ashby", "person", title="chairman", affiliation="Pilbara Traditional Owners Council",
              aliases=["Warren Ashby", "Ashby"], stance=-1),
        actor("One Labor MP from a Victorian inner-city seat", "person", title="Labor MP (anonymous)",
              affiliation="Labor", aliases=["One Labor MP from a Victorian inner-city seat"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Herald (Glasgow) arts (a touring theatre company loses its Creative Scotland funding), headline without
#    speech, byline with "Arts Correspondent", lede opening in capitals ("ONE of"), British curly single quotes
#    ‘ ’ with ’ apostrophes inside quotes (doesn’t, arm’s, Scotland’s) and outside (agency’s, employers’,
#    performers’); lede speaker named in the next paragraph ("has warned it could close by the summer"); artistic
#    director "said the decision was ‘...’ for audiences who ‘...’" (two partials), "she said", then a quote-only
#    paragraph; content before "the agency said"; spokesperson "said the funding round had been ‘...’, with ..."
#    (partial only), quote split by "the spokesperson said"; scare so-called ‘standstill’ budgets (glossed);
#    culture secretary "told MSPs that A and that ... were ‘...’" (indirect plus partial); opposition spokesman
#    "said the process had ‘...’" (partial only); actor "wrote on social media that the company had ‘...’"
#    (partial only); union "said it was ‘...’ by the outcome and called on ..." (partial; the directive not
#    annotated); book title without quote marks.
ARTICLES[f"{BATCH}/fireside-theatre-creative-scotland.gold.json"] = {
    "article": f"{BATCH}/fireside-theatre-creative-scotland.txt",
    "target": "Creative Scotland",
    "quotes": [
        (I, "Fireside Theatre", "it could close by the summer", None),
        (P, "Morag Lindsay", "devastating", None),
        (P, "Morag Lindsay", "never see professional theatre any other way", None),
        (D, "Morag Lindsay", "We play to 40 people in a hall in Lochboisdale on a wet Tuesday. That doesn’t look good "
            "on a spreadsheet, but it is the whole point of us,", None),
        (D, "Morag Lindsay", "Nobody at Creative Scotland has been to see us in six years.", None),
        (I, "Creative Scotland", "Creative Scotland will fund 251 organisations over the next three years from April",
            None),
        (P, "Creative Scotland spokesperson", "hugely oversubscribed", None),
        (D, "Creative Scotland spokesperson", "These are incredibly difficult decisions, and we know how disappointing "
            "they will be,", None),
        (D, "Creative Scotland spokesperson", "Every organisation that has been unsuccessful will be offered transition "
            "funding and a meeting with our team.", None),
        (S, None, "standstill", None),
        (I, "Fiona Drummond", "the Scottish Government had increased Creative Scotland’s budget by £25m this year", None),
        (P, "Fiona Drummond", "rightly taken at arm’s length", None),
        (P, "Neil Bannerman", "failed the Highlands and islands", None),
        (P, "Kirsty Shand", "taught half of Scotland’s actors how to tell a story to a room", None),
        (P, "Equity", "deeply concerned", None),
    ],
    "actors": [
        actor("Fireside Theatre", "organisation", title="touring theatre company", affiliation=None,
              aliases=["Fireside Theatre", "Fireside"], stance=-1),
        actor("Morag Lindsay", "person", title="artistic director", affiliation="Fireside Theatre",
              aliases=["Morag Lindsay", "Lindsay"], stance=-1),
        actor("Creative Scotland", "government", title="arts funding agency", affiliation="Scotland",
              aliases=["Creative Scotland", "the agency"], stance=1),
        actor("Creative Scotland spokesperson", "person", title="spokesperson", affiliation="Creative Scotland",
              aliases=["Creative Scotland spokesperson", "the spokesperson"], stance=1),
        actor("Fiona Drummond", "person", title="Culture Secretary", affiliation="Scottish Government",
              aliases=["Fiona Drummond", "Drummond", "The Culture Secretary"], stance=1),
        actor("Neil Bannerman", "person", title="culture spokesman", affiliation="Scottish Labour",
              aliases=["Neil Bannerman", "Bannerman"], stance=-1),
        actor("Kirsty Shand", "person", title="actor", affiliation=None, aliases=["Kirsty Shand", "Shand"],
              stance=None),
        actor("Equity", "organisation", title="performers' union", affiliation=None, aliases=["Equity"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Emirates 24|7 (Dubai) property/business (a developer delays an off-plan tower's handover again), headline
#    without speech, byline, "Dubai:" dateline at the start of the lede, straight " and apostrophes, "Dh1.1
#    million", "per cent"; lede group "Hundreds of buyers in ... say A" (present tense; the writer's "the third
#    delay since ..." outside the span); developer's letter "said A and blamed "..." for the delay" (indirect plus
#    partial); buyer named after his quote ("said Rohan Mehta, an Indian IT consultant who ..."), "He said A";
#    chief executive "told Emirates 24|7 that the project was "..." and that B" (partial plus indirect), "he
#    said", Q&A "Asked whether ..., he said: "..."" (direct); regulator "said in a statement that ... was "..."
#    and that B" (partial plus indirect); scare so-called "post-handover payment plans" (glossed); anonymous buyer
#    "said the offer ... was "..."" (partial only); analyst named after her quote, then "Varghese said A, but B"
#    (one span); content before "according to Meridian" (the firm, separate from its head of research).
ARTICLES[f"{BATCH}/dubai-azure-crest-handover-delay.gold.json"] = {
    "article": f"{BATCH}/dubai-azure-crest-handover-delay.txt",
    "target": "Azure Crest Developments",
    "quotes": [
        (I, "buyers in Azure Crest Developments' Marina Sands project", "they have been told to wait another 18 months "
            "for their keys", None),
        (I, "Azure Crest Developments", "the completion date had moved to June 2028", None),
        (P, "Azure Crest Developments", "contractor restructuring", None),
        (D, "Rohan Mehta", "I paid 60 per cent of the price by 2024. I have been renting a flat in Al Nahda for four "
            "years while I pay for one I cannot live in,", None),
        (I, "Rohan Mehta", "a group of 230 buyers had hired a law firm to seek refunds through the Dubai Land "
            "Department's dispute centre", None),
        (P, "Khalid Al Suwaidi", "87 per cent complete", None),
        (I, "Khalid Al Suwaidi", "no buyer would lose money", None),
        (D, "Khalid Al Suwaidi", "We understand the frustration. We are not a developer that disappears. Every dirham is "
            "in the escrow account, and the regulator can see it,", None),
        (D, "Khalid Al Suwaidi", "Our contracts provide for it, and we will honour the contracts.", None),
        (P, "Real Estate Regulatory Agency", "under review", None),
        (I, "Real Estate Regulatory Agency", "developers were required to notify buyers of any change to completion "
            "dates within 30 days", None),
        (S, None, "post-handover payment plans", None),
        (P, "British buyer", "an insult", None),
        (D, "Maya Varghese", "It's a small developer in a hot market that grew too fast,", None),
        (I, "Meridian Property Advisory", "Off-plan sales accounted for 62 per cent of residential transactions in Dubai "
            "in the first ten months of the year", None),
        (I, "Maya Varghese", "most delayed projects in the emirate were eventually completed, but buyers should check a "
            "developer's track record on the Dubai REST app before paying a deposit", None),
    ],
    "actors": [
        actor("buyers in Azure Crest Developments' Marina Sands project", "group", title="off-plan buyers",
              affiliation=None, aliases=["buyers in Azure Crest Developments' Marina Sands project"], stance=-1),
        actor("Azure Crest Developments", "organisation", title="property developer", affiliation="Dubai",
              aliases=["Azure Crest Developments", "Azure Crest", "the developer"], stance=1),
        actor("Rohan Mehta", "person", title="buyer, Indian IT consultant", affiliation=None,
              aliases=["Rohan Mehta", "Mehta"], stance=-1),
        actor("Khalid Al Suwaidi", "person", title="chief executive", affiliation="Azure Crest Developments",
              aliases=["Khalid Al Suwaidi", "Al Suwaidi"], stance=1),
        actor("Real Estate Regulatory Agency", "government", title="property regulator",
              affiliation="Dubai Land Department", aliases=["Real Estate Regulatory Agency", "Rera"], stance=0),
        actor("British buyer", "person", title="buyer (anonymous)", affiliation=None, aliases=["British buyer"],
              stance=-1),
        actor("Maya Varghese", "person", title="head of research", affiliation="Meridian Property Advisory",
              aliases=["Maya Varghese", "Varghese"], stance=-1),
        actor("Meridian Property Advisory", "organisation", title="property consultancy", affiliation="Dubai",
              aliases=["Meridian Property Advisory", "Meridian"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Guardian (Nigeria) energy/business (residents protest their feeders' move to the Band A electricity
#    tariff), headline without speech, byline, straight " and apostrophes, "N209.50", "yesterday", Nigerian cues
#    ("Reacting, ... said", "She noted that", "disclosed that"); group "The protesters said A" (the lede's
#    "Hundreds of residents and traders ..."); association chairman with the title before the name ("Chairman
#    of ..., Alhaji Musiliu Adebanjo, said: "...") open at the end of its line, then a closed paragraph; company
#    spokeswoman "said the migration followed "..." ... and that B" (partial plus indirect), "She noted that A",
#    quote with "Ogundipe added"; regulator "said in a post on its X handle that it had "..." into ... and would
#    sanction any DisCo found to have "..." customers" (two partials); scare so-called "service-based tariff"
#    (glossed); consumer advocate "described the Band A system as "..." and said B" (partial plus indirect);
#    analyst "disclosed that A", "he said"; commissioner "said A".
ARTICLES[f"{BATCH}/lagos-band-a-tariff-protest.gold.json"] = {
    "article": f"{BATCH}/lagos-band-a-tariff-protest.txt",
    "target": "Lagoon Electricity Distribution Company",
    "quotes": [
        (I, "residents and traders in Surulere and Yaba", "they had received supply for fewer than 10 hours a day in "
            "November", None),
        (D, "Musiliu Adebanjo", "We are paying for 20 hours of light and we are getting eight on a good day. Our cold "
            "rooms are running on generators and diesel is now N1,400 a litre.", None),
        (D, "Musiliu Adebanjo", "If LEDC wants Band A money, let them give us Band A light. Until then, we will not pay.",
            None),
        (P, "Funmilayo Ogundipe", "a technical assessment of supply", None),
        (I, "Funmilayo Ogundipe", "the company had recorded an average of 19.6 hours of supply in the last two weeks",
            None),
        (I, "Funmilayo Ogundipe", "vandals had stolen armoured cables from two injection substations in October, which "
            "disrupted supply to parts of Surulere for several days", None),
        (D, "Funmilayo Ogundipe", "We appeal to our customers to bear with us. Any feeder that fails to meet the Band A "
            "threshold for seven consecutive days will be downgraded automatically,", None),
        (P, "Nigerian Electricity Regulatory Commission", "commenced an investigation", None),
        (P, "Nigerian Electricity Regulatory Commission", "misclassified", None),
        (S, None, "service-based tariff", None),
        (P, "Chinedu Okafor", "a licence to extort", None),
        (I, "Chinedu Okafor", "the regulator had failed to enforce its own rules on minimum supply", None),
        (I, "Tunde Balogun", "Band A customers account for about 40 per cent of the revenue of DisCos, although they "
            "make up only about 15 per cent of customers", None),
        (D, "Tunde Balogun", "Band A was supposed to reward good supply. It has become the easiest way for a DisCo to "
            "raise revenue without improving anything,", None),
        (I, "Olawale Dosunmu", "the state government was engaging LEDC and the regulator to resolve the complaints",
            None),
    ],
    "actors": [
        actor("residents and traders in Surulere and Yaba", "group", title="protesters", affiliation=None,
              aliases=["residents and traders in Surulere and Yaba", "The protesters"], stance=-1),
        actor("Musiliu Adebanjo", "person", title="Chairman, Tejuosho Market Traders Association",
              affiliation="Tejuosho Market Traders Association", aliases=["Musiliu Adebanjo", "Adebanjo",
              "Alhaji Musiliu Adebanjo"], stance=-1),
        actor("Funmilayo Ogundipe", "person", title="Head of Corporate Communications",
              affiliation="Lagoon Electricity Distribution Company", aliases=["Funmilayo Ogundipe", "Ogundipe",
              "Mrs Funmilayo Ogundipe"], stance=1),
        actor("Nigerian Electricity Regulatory Commission", "government", title="electricity regulator",
              affiliation="Nigeria", aliases=["Nigerian Electricity Regulatory Commission", "NERC"], stance=0),
        actor("Chinedu Okafor", "person", title="Executive Director", affiliation="Electricity Consumers Rights "
              "Initiative", aliases=["Chinedu Okafor", "Okafor", "Dr Chinedu Okafor"], stance=-1),
        actor("Tunde Balogun", "person", title="energy analyst", affiliation=None, aliases=["Tunde Balogun", "Balogun"],
              stance=-1),
        actor("Olawale Dosunmu", "person", title="Commissioner for Energy and Mineral Resources",
              affiliation="Lagos State Government", aliases=["Olawale Dosunmu", "Dosunmu", "Mr Olawale Dosunmu"],
              stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
