"""Build the test63 gold files (data/eval/test63/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test63/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test63.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test63"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Emerging Europe trade/diplomacy, curly quotes and apostrophes, em dash inside a quote.
ARTICLES[f"{BATCH}/armenian-brandy-ban-rosselkhoznadzor.gold.json"] = {
    "article": f"{BATCH}/armenian-brandy-ban-rosselkhoznadzor.txt",
    "target": "Russia",
    "quotes": [
        (P, "economy ministry", "politically motivated", None),
        (P, "Rosselkhoznadzor", "systematic violations", None),
        (D, "Rosselkhoznadzor", "The products in question pose a risk to the health of Russian consumers. Until the "
            "producers can guarantee compliance, we see no alternative,", None),
        (I, "Statistical Committee", "Russia remains by far the largest market for Armenian brandy, taking around 80 per "
            "cent of the country\u2019s exports last year", None),
        (I, "Narek Avetisyan", "the laboratory findings had not been shared with Armenian authorities and that the "
            "producers concerned had passed every European Union inspection this year", None),
        (D, "Narek Avetisyan", "We have asked for the test results three times. We have received nothing,", None),
        (D, "Narek Avetisyan", "If there is a real problem, show us. If there is not, then everyone understands what "
            "this is.", None),
        (D, "Irina Volkova", "This is a question of consumer protection, not of foreign policy,", None),
        (P, "Irina Volkova", "well aware", None),
        (I, "Irina Volkova", "the restriction would be lifted once the producers had submitted to a new round of "
            "inspections by Russian specialists", None),
        (D, "Tatevik Grigoryan", "Russia has used food safety inspections as a foreign policy instrument for twenty "
            "years \u2014 against Georgian wine, Moldovan wine, Ukrainian chocolate. The pattern is very familiar,", None),
        (I, "Tatevik Grigoryan", "producers had spent heavily on finding buyers in Asia and the Gulf", None),
        (P, "Tatevik Grigoryan", "for at least a decade", None),
        (S, None, "brandy war", None),
        (I, "Areni Hills", "about 60 per cent of its output this winter had been destined for Russia", None),
        (D, "Ani Mkrtchyan", "We have forty trucks of product that were supposed to be in Moscow for the New Year,", None),
        (D, "Ani Mkrtchyan", "We did nothing wrong. Now we are calling buyers in Kazakhstan and Dubai, and hoping.", None),
    ],
    "actors": [
        actor("economy ministry", "government", title="ministry", affiliation="Armenia",
              aliases=["economy ministry"], stance=-1),
        actor("Rosselkhoznadzor", "government", title="agricultural watchdog", affiliation="Russia",
              aliases=["Rosselkhoznadzor", "Federal Service for Veterinary and Phytosanitary Surveillance"], stance=1),
        actor("Statistical Committee", "government", title="statistics agency", affiliation="Armenia",
              aliases=["Statistical Committee"], stance=None),
        actor("Narek Avetisyan", "person", title="Deputy Minister of Economy", affiliation="Armenia",
              aliases=["Narek Avetisyan", "Avetisyan"], stance=-1),
        actor("Irina Volkova", "person", title="spokesperson", affiliation="Russian foreign ministry",
              aliases=["Irina Volkova", "Volkova"], stance=1),
        actor("Tatevik Grigoryan", "person", title="trade economist", affiliation="Caucasus Policy Institute",
              aliases=["Tatevik Grigoryan", "Grigoryan"], stance=-1),
        actor("Areni Hills", "organisation", title="distillery", aliases=["Areni Hills"], stance=None),
        actor("Ani Mkrtchyan", "person", title="managing director", affiliation="Areni Hills",
              aliases=["Ani Mkrtchyan", "Mkrtchyan"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Supply Management (CIPS) procurement, straight quotes, British punctuation outside marks for fragments.
ARTICLES[f"{BATCH}/brackenfield-foods-supplier-payment-terms.gold.json"] = {
    "article": f"{BATCH}/brackenfield-foods-supplier-payment-terms.txt",
    "target": "Brackenfield Foods",
    "quotes": [
        (P, "Brackenfield Foods", "protect investment", "will \"protect"),
        (I, "Brackenfield Foods", "Frozen food maker Brackenfield Foods is to extend its standard payment terms for "
            "suppliers from 60 to 120 days from February", None),
        (P, "Brackenfield Foods", "protect investment in our UK sites", None),
        (P, "Brackenfield Foods", "challenging trading environment", None),
        (D, "spokesperson for Brackenfield", "We value our supplier relationships enormously. The new terms bring us into "
            "line with wider industry practice, and any supplier who needs faster payment will be able to use our "
            "supply chain finance programme at a competitive rate.", None),
        (I, "Brackenfield Foods", "around 30% of its 1,400 suppliers would be affected, most of them small and "
            "medium-sized firms", None),
        (P, "Rowan Best", "funding a company a hundred times our size", None),
        (D, "Rowan Best", "We're being asked to act as their bank. And if we use their finance scheme, we pay them for "
            "the privilege of being paid on time,", None),
        (D, "Rowan Best", "I don't know how else to describe that.", None),
        (I, "One vegetable grower", "at least three other growers in the county were considering walking away", None),
        (D, "One vegetable grower", "It's take it or leave it. There was no consultation at all,", None),
        (I, "Federation of Small Businesses", "Late payment is responsible for the closure of around 38 small "
            "businesses a day in the UK", None),
        (P, "Office of the Small Business Commissioner", "concerned", None),
        (I, "Office of the Small Business Commissioner", "it would be contacting Brackenfield in the coming days", None),
        (I, "Procurement specialists", "longer terms rarely delivered the savings buyers expected", None),
        (P, "Priya Rao", "a false economy", None),
        (D, "Priya Rao", "Big buyers think they're improving their working capital, but what they're really doing is "
            "pushing risk down the chain. When a tier-two supplier fails, the buyer's costs go up, not down,", None),
        (S, None, "Growing Together", None),
        (P, "Brackenfield Foods", "fair, transparent and timely", None),
        (I, "Priya Rao", "the new terms sat uneasily with that commitment", None),
    ],
    "actors": [
        actor("Brackenfield Foods", "organisation", title="frozen food manufacturer",
              aliases=["Brackenfield Foods", "Brackenfield"], stance=1),
        actor("spokesperson for Brackenfield", "person", title="spokesperson", affiliation="Brackenfield Foods",
              aliases=["spokesperson for Brackenfield"], stance=1),
        actor("Rowan Best", "person", title="managing director", affiliation="Best Crates",
              aliases=["Rowan Best", "Best"], stance=-1),
        actor("One vegetable grower", "person", title="supplier (anonymous)",
              aliases=["One vegetable grower"], stance=-1),
        actor("Federation of Small Businesses", "organisation", title="business group",
              aliases=["Federation of Small Businesses", "FSB"], stance=None),
        actor("Office of the Small Business Commissioner", "government", title="regulator",
              aliases=["Office of the Small Business Commissioner"], stance=-1),
        actor("Procurement specialists", "group", aliases=["Procurement specialists"], stance=-1),
        actor("Priya Rao", "person", title="senior lecturer in supply chain management",
              affiliation="Cranfield School of Management", aliases=["Priya Rao", "Rao"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Windsor Star (Postmedia) local politics, straight quotes, American punctuation inside closing marks,
#    "Article content" lines, caption with photo credit, brothers sharing the surname Rizzo.
ARTICLES[f"{BATCH}/rizzo-conflict-report-windsor-council.gold.json"] = {
    "article": f"{BATCH}/rizzo-conflict-report-windsor-council.txt",
    "target": "Angelo Rizzo",
    "quotes": [
        (P, "Helen Marchand", "ought to have known", None),
        (S, None, "gateway", None),
        (D, "Helen Marchand", "Councillor Rizzo was not a passive participant. He spoke in favour of the application "
            "twice and voted for it,", None),
        (D, "Helen Marchand", "The public is entitled to expect that members will declare an interest of this kind.",
            None),
        (I, "Helen Marchand", "she had found no evidence that Rizzo benefited financially from the decision", None),
        (I, "Angelo Rizzo", "he accepted the finding", None),
        (P, "Angelo Rizzo", "made an honest mistake.", None),
        (D, "Angelo Rizzo", "My brother and I don't talk business. I genuinely did not know the details of that "
            "company's ownership, and that's on me,", None),
        (D, "Angelo Rizzo", "I've apologized to my colleagues, and I'll apologize to the residents of Ward 6.", None),
        (P, "Sandra Bell", "a slap on the wrist", None),
        (D, "Sandra Bell", "If the vote was tainted, then the decision is tainted. It's that simple,", None),
        (P, "Paul Rizzo", "fully transparent from day one", None),
        (I, "Paul Rizzo", "he had never discussed it with his brother", None),
        (I, "Residents who opposed the building", "the report vindicated them", None),
        (D, "Lorraine Vachon", "We said from the start that something wasn't right, and nobody at city hall wanted to "
            "hear it,", None),
        (I, "Lorraine Vachon", "the association was raising money for a possible application to Superior Court", None),
        (I, "Angelo Rizzo", "he plans to run again in 2030", None),
        (P, "Angelo Rizzo", "let the voters decide.", None),
    ],
    "actors": [
        actor("Helen Marchand", "person", title="integrity commissioner", affiliation="City of Windsor",
              aliases=["Helen Marchand", "Marchand"], stance=-1),
        actor("Angelo Rizzo", "person", title="Ward 6 councillor", affiliation="Windsor city council",
              aliases=["Angelo Rizzo", "Rizzo", "Coun. Rizzo"], stance=1),
        actor("Sandra Bell", "person", title="councillor", affiliation="Windsor city council",
              aliases=["Sandra Bell", "Bell"], stance=-1),
        actor("Paul Rizzo", "person", title="developer", aliases=["Paul Rizzo"], stance=1),
        actor("Residents who opposed the building", "group", aliases=["Residents who opposed the building"],
              stance=-1),
        actor("Lorraine Vachon", "person", title="chair", affiliation="Riverside East Neighbourhood Association",
              aliases=["Lorraine Vachon", "Vachon"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. WalesOnline health, straight quotes, British punctuation, multi-paragraph quote, "Read more:" lines,
#    "(Image: ...)" caption, Mair Jones and Geraint Jones (no relation) never called "Jones" alone.
ARTICLES[f"{BATCH}/bronglais-stroke-overnight-hywel-dda.gold.json"] = {
    "article": f"{BATCH}/bronglais-stroke-overnight-hywel-dda.txt",
    "target": "Hywel Dda University Health Board",
    "quotes": [
        (I, "Hywel Dda University Health Board", "it could no longer staff its night-time stroke service at Bronglais "
            "Hospital in Aberystwyth", None),
        (P, "Hywel Dda University Health Board", "at least six months", None),
        (D, "Owain Rhys", "This is not a decision we have taken lightly. Patient safety has to come first, and at the "
            "moment we cannot safely provide round-the-clock specialist stroke care at Bronglais.", None),
        (D, "Owain Rhys", "Patients will still be assessed by experienced emergency staff at Bronglais, and "
            "clot-busting treatment will continue to be available there during the day.", None),
        (I, "Campaigners", "the journey of almost 50 miles along the A487 and A485 could cost lives", None),
        (D, "Mair Jones", "Every minute counts with a stroke. Everybody knows that. Now someone in Tregaron or "
            "Machynlleth who has a stroke at two in the morning is looking at well over an hour in an ambulance, if an "
            "ambulance is even available.", None),
        (I, "Mair Jones", "the group would hold a public meeting at the Morlan Centre in Aberystwyth next week and was "
            "taking legal advice", None),
        (I, "Welsh Ambulance Services University NHS Trust", "Ambulances took a median of nine minutes to reach the "
            "most serious calls in Ceredigion in October", None),
        (P, "Geraint Jones", "within the hour", None),
        (I, "Geraint Jones", "he had since made a good recovery", None),
        (D, "Geraint Jones", "If Dad had been sent to Carmarthen, I honestly don't think he'd be here now,", None),
        (P, "Llinos Prydderch", "run down", None),
        (D, "Llinos Prydderch", "This is a closure by the back door, and everyone in Ceredigion can see it. Temporary has "
            "a way of becoming permanent in Hywel Dda,", None),
        (D, "Welsh Government spokesperson", "Decisions on the configuration of local services are a matter for health "
            "boards. We expect Hywel Dda to engage fully with local people and to keep the arrangement under review.",
            None),
        (I, "Llais", "it had asked the board to publish its assessment of the impact on travel times", None),
        (S, None, "hub", None),
        (I, "Hywel Dda University Health Board", "a recruitment campaign for the stroke posts, including overseas, would "
            "begin before Christmas", None),
    ],
    "actors": [
        actor("Hywel Dda University Health Board", "organisation", title="health board",
              aliases=["Hywel Dda University Health Board", "Hywel Dda", "health board"], stance=1),
        actor("Owain Rhys", "person", title="medical director", affiliation="Hywel Dda University Health Board",
              aliases=["Owain Rhys", "Rhys", "Dr Owain Rhys"], stance=1),
        actor("Campaigners", "group", aliases=["Campaigners"], stance=-1),
        actor("Mair Jones", "person", title="chair", affiliation="Bronglais Stroke Action",
              aliases=["Mair Jones", "Ms Jones"], stance=-1),
        actor("Welsh Ambulance Services University NHS Trust", "organisation", title="ambulance service",
              aliases=["Welsh Ambulance Services University NHS Trust"], stance=None),
        actor("Geraint Jones", "person", title="patient's son", aliases=["Geraint Jones", "Mr Jones"], stance=-1),
        actor("Llinos Prydderch", "person", title="Senedd member", affiliation="Plaid Cymru",
              aliases=["Llinos Prydderch", "Prydderch"], stance=-1),
        actor("Welsh Government spokesperson", "person", title="spokesperson", affiliation="Welsh Government",
              aliases=["Welsh Government spokesperson"], stance=0),
        actor("Llais", "organisation", title="patients' body", aliases=["Llais"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
