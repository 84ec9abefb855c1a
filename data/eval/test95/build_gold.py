"""Build the test95 gold files (data/eval/test95/*.gold.json) from the annotation specs below.

Held out, like ../test/: do not read while tuning the extractor.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test95/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test95.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test95"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. World Nuclear News (Kazakhstan and Russia sign the construction agreement for the Balkhash plant),
#    headline without speech, date and "New Nuclear" section lines, straight " and apostrophes, "2400
#    MWe", closing "Researched and written by World Nuclear News" line. Content before "the Ministry of
#    Energy said"; minister's quote split over two stretches ("Sapar said at the signing ceremony"), "He
#    said A"; Rosatom deputy "described the agreement as "..." and said B" (partial plus indirect), quote
#    with "he told reporters"; Russian government "said in a statement that the agreement "..." of ..."
#    (partial only), "It said A"; ambassador "told the Khabar 24 television channel that ... "..." ..."
#    (partial only); scare so-called "multi-vector"; civic group "said the deal tied ... "..."" (partial
#    only); coordinator named after the quote ("said the group's coordinator, Aigerim Zhaksylykova"),
#    "She said A"; analyst "said A", two stretches with "Iskakov said"; "According to the World Nuclear
#    Association, A"; project company "said A and that B" (one span).
ARTICLES[f"{BATCH}/balkhash-plant-agreement-rosatom.gold.json"] = {
    "article": f"{BATCH}/balkhash-plant-agreement-rosatom.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Energy", "The two units will have a combined gross capacity of about 2400 MWe and are "
            "expected to supply around 10% of Kazakhstan's electricity once both are in operation", None),
        (D, "Nurlan Sapar", "This is the most important infrastructure project in the history of independent "
            "Kazakhstan,", None),
        (D, "Nurlan Sapar", "We chose the partner whose technology has been proven at home and abroad, and who could "
            "offer the full package, from financing to the training of personnel.", None),
        (I, "Nurlan Sapar", "the government would continue talks with Chinese and French companies on a possible "
            "second plant, a decision on which is expected next year", None),
        (P, "Andrei Sidorenko", "a long-term commitment to Kazakhstan's energy security", None),
        (I, "Andrei Sidorenko", "Rosatom would localise at least 40% of equipment and services by the time the second "
            "unit is commissioned", None),
        (D, "Andrei Sidorenko", "Kazakhstan supplies a significant share of the uranium used in our reactors. Now we "
            "will build a plant here that runs on fuel made, in part, from Kazakh uranium. That closes the circle,",
            None),
        (P, "Russian government", "confirms the strategic nature", None),
        (I, "Russian government", "Russian state export credit would cover up to 85% of the cost of the project",
            None),
        (P, "Mikhail Orlov", "no impact whatsoever", None),
        (S, None, "multi-vector", None),
        (P, "Balkhash Initiative", "for the next 60 years at least", None),
        (D, "Aigerim Zhaksylykova", "We were told during the referendum campaign that the consortium would be truly "
            "international. Now we see that it is Rosatom, with everyone else as subcontractors,", None),
        (I, "Aigerim Zhaksylykova", "the group would ask the Constitutional Court to review whether the public had "
            "been properly consulted on the choice of vendor", None),
        (I, "Timur Iskakov", "the decision had been expected since Rosatom was named consortium leader last year",
            None),
        (D, "Timur Iskakov", "It was always going to be a political decision as much as a technical one,", None),
        (D, "Timur Iskakov", "Rosatom is the only vendor that could bring both the reactor and the money. But it "
            "means Astana will have to work hard to show that it is not putting all its eggs in one basket.", None),
        (I, "World Nuclear Association", "Kazakhstan was the world's largest producer of uranium in 2025, accounting "
            "for about 40% of global mine output", None),
        (I, "Kazakhstan Nuclear Power Plants", "engineering surveys at the Ulken site had been completed and that an "
            "application for a construction licence would be submitted to the regulator in the first half of 2027",
            None),
    ],
    "actors": [
        actor("Ministry of Energy", "government", title="energy ministry", affiliation="Kazakhstan",
              aliases=["Ministry of Energy"], stance=None),
        actor("Nurlan Sapar", "person", title="Energy Minister", affiliation="Kazakhstan",
              aliases=["Nurlan Sapar", "Sapar"], stance=1),
        actor("Andrei Sidorenko", "person", title="first deputy director general", affiliation="Rosatom",
              aliases=["Andrei Sidorenko", "Sidorenko"], stance=1),
        actor("Russian government", "government", title="government of Russia", affiliation="Russia",
              aliases=["Russian government"], stance=1),
        actor("Mikhail Orlov", "person", title="ambassador to Kazakhstan", affiliation="Russia",
              aliases=["Mikhail Orlov", "Orlov"], stance=1),
        actor("Balkhash Initiative", "organisation", title="civic group", affiliation="Kazakhstan",
              aliases=["Balkhash Initiative"], stance=-1),
        actor("Aigerim Zhaksylykova", "person", title="coordinator", affiliation="Balkhash Initiative",
              aliases=["Aigerim Zhaksylykova", "Zhaksylykova"], stance=-1),
        actor("Timur Iskakov", "person", title="Almaty-based energy analyst", aliases=["Timur Iskakov", "Iskakov"],
              stance=0),
        actor("World Nuclear Association", "organisation", title="industry association",
              aliases=["World Nuclear Association"], stance=None),
        actor("Kazakhstan Nuclear Power Plants", "organisation", title="state-owned project company",
              affiliation="Kazakhstan", aliases=["Kazakhstan Nuclear Power Plants"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Food Manufacture (UK food trade press; a plant bakery group proposes to close a factory), headline and
#    standfirst without speech, byline, "03-Dec-2026 - Last updated on ..." line, curly “ ” and ’, a "Read
#    more:" line, crossheads, closing "Related topics:" line, "£4.1m". Lede content before "the company
#    confirmed yesterday (2 December), blaming ..." (the participle is an act); company "said in a statement
#    that the ... site needed “...” and that B" (partial plus indirect); CEO quote split by "said chief
#    executive Martin Stone"; "Stone said the company would offer redeployment ... “...” and would lay on
#    ..." (no second subject: partial only); "According to Stone, A"; union "described the proposal as
#    “...”" (partial); officer "said: “...”", then "She added: “...` open at the end of its line and a
#    closed paragraph; MP "said A, and that she was “...” by ..." (indirect plus partial); anonymous line
#    operator "told Food Manufacture that A", "she said"; scare so-called “cost-price squeeze”; content
#    before "according to Kantar"; FDF "said A, and warned that B" (two indirects).
ARTICLES[f"{BATCH}/hallam-bakeries-barnsley-closure.gold.json"] = {
    "article": f"{BATCH}/hallam-bakeries-barnsley-closure.txt",
    "target": "Hallam Bakeries",
    "quotes": [
        (I, "Hallam Bakeries", "Hallam Bakeries has proposed to close its Carlton Road bakery in Barnsley by the end "
            "of April 2027", None),
        (P, "Hallam Bakeries", "significant investment", None),
        (I, "Hallam Bakeries", "production would transfer to its larger bakery at Stourton in Leeds", None),
        (D, "Martin Stone", "This is not a decision we have taken lightly,", None),
        (D, "Martin Stone", "Barnsley has been part of the Hallam story since 1964, and the people who work there have "
            "done nothing wrong. But the numbers simply don’t work any more.", None),
        (P, "Martin Stone", "wherever possible", None),
        (I, "Martin Stone", "the group’s energy bill has risen by £4.1m over three years, while the Barnsley ovens, "
            "some of which date from the 1980s, use around a third more gas per tonne of product than the lines at "
            "Stourton", None),
        (P, "Bakers, Food and Allied Workers’ Union", "a hammer blow for Barnsley", None),
        (D, "Lorraine Hope", "Our members found out from a PowerPoint presentation that they might lose their jobs "
            "before Christmas. Some of them have worked on those lines for 30 years.", None),
        (D, "Lorraine Hope", "We will be going through the business case line by line.", None),
        (D, "Lorraine Hope", "If energy is the problem, let’s talk about energy. Shutting the doors is not the answer.",
            None),
        (I, "Sarah Whitlock", "she had written to Stone to request a meeting", None),
        (P, "Sarah Whitlock", "deeply disappointed", None),
        (I, "One line operator", "staff had been assured in the summer that the site’s future was secure", None),
        (D, "One line operator", "Now it’s gone, just like that,", None),
        (S, None, "cost-price squeeze", None),
        (I, "Kantar", "Sales of packaged bread fell 3.2% by volume in the 52 weeks to 8 November", None),
        (I, "Food and Drink Federation", "energy costs for bakery manufacturers had roughly doubled since 2021", None),
        (I, "Food and Drink Federation", "more sites could close next year without targeted support from government",
            None),
    ],
    "actors": [
        actor("Hallam Bakeries", "organisation", title="plant bakery group",
              aliases=["Hallam Bakeries", "the company"], stance=1),
        actor("Martin Stone", "person", title="chief executive", affiliation="Hallam Bakeries",
              aliases=["Martin Stone", "Stone"], stance=1),
        actor("Bakers, Food and Allied Workers’ Union", "organisation", title="trade union",
              aliases=["Bakers, Food and Allied Workers’ Union", "BFAWU"], stance=-1),
        actor("Lorraine Hope", "person", title="regional officer for Yorkshire",
              affiliation="Bakers, Food and Allied Workers’ Union", aliases=["Lorraine Hope", "Hope"], stance=-1),
        actor("Sarah Whitlock", "person", title="Barnsley North MP", aliases=["Sarah Whitlock", "Whitlock"],
              stance=-1),
        actor("One line operator", "person", title="anonymous line operator", affiliation="Hallam Bakeries",
              aliases=["One line operator"], stance=-1),
        actor("Kantar", "organisation", title="market research firm", aliases=["Kantar"], stance=None),
        actor("Food and Drink Federation", "organisation", title="industry body",
              aliases=["Food and Drink Federation", "FDF"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kalgoorlie Miner courts (a former shire president fined over council fuel card spending), headline
#    without speech, "Courts" section line, byline, masthead and "Mon, 7 December 2026 4:00AM" lines,
#    straight " and apostrophes (O'Dea, ratepayers'), "$8460", "Mr"/"Ms" without stops. "pleaded guilty"
#    (act); prosecutor "told the court A", "He said A, and that B" (one span); scare "one card, one user"
#    policy; lawyer "said his client had "..." but had never set out ..." (no second subject: partial only),
#    "Mr O'Dea said", then a quote-only paragraph; magistrate "said A were held to "..." and that B"
#    (partial plus indirect), "she said"; "declined to make a spent conviction order" (act); defendant
#    "told the Kalgoorlie Miner A", a quote split by "he said"; shire president "said in a statement that
#    A", "Ms Fairweather said"; department spokesman "said A and would consider ..." (one span); resident
#    "said it was "..." for a man who ..." (partial only), then "he said".
ARTICLES[f"{BATCH}/coolgardie-fuel-card-malcolm-drage.gold.json"] = {
    "article": f"{BATCH}/coolgardie-fuel-card-malcolm-drage.txt",
    "target": "Malcolm Drage",
    "quotes": [
        (I, "Ben Kaur", "Drage had made 47 transactions worth $8460 on the card between March 2024 and September 2025",
            None),
        (I, "Ben Kaur", "the spending only came to light when a new chief executive ordered an audit of all council "
            "credit and fuel cards, and that none of the transactions had been approved by the shire", None),
        (S, None, "one card, one user", None),
        (P, "Kieran O'Dea", "made a terrible mess of his own paperwork", None),
        (D, "Kieran O'Dea", "He repaid every cent, with interest, before he was ever charged,", None),
        (D, "Kieran O'Dea", "He has lost his position and his reputation in a town where he has lived all his life, "
            "and he will carry that.", None),
        (P, "Elise Tran", "a higher standard than the ordinary citizen", None),
        (I, "Elise Tran", "the repayment did not change the nature of the offending", None),
        (D, "Elise Tran", "The community is entitled to expect that those who sit around the council table will not "
            "treat ratepayers' money as their own,", None),
        (I, "Malcolm Drage", "he accepted the penalty", None),
        (D, "Malcolm Drage", "I'm ashamed, and I want to apologise to the people of Coolgardie and Kambalda,", None),
        (D, "Malcolm Drage", "I did 20 years on that council and I'd like to think most of it was good work.", None),
        (I, "Dawn Fairweather", "the shire had tightened its controls on corporate cards since the audit, including "
            "monthly reconciliations reviewed by the audit committee", None),
        (D, "Dawn Fairweather", "What happened was a breach of the trust ratepayers put in us. But the shire has moved "
            "on, and so has the council,", None),
        (I, "spokesman for the Department of Local Government, Industry Regulation and Safety", "it was aware of the "
            "outcome and would consider whether further action was required under the Local Government Act", None),
        (P, "Joe Pisano", "a sad end", None),
        (D, "Joe Pisano", "Malcolm was always the first one there when something needed doing. He got this wrong, and "
            "he's paid for it,", None),
    ],
    "actors": [
        actor("Ben Kaur", "person", title="Police prosecutor Sergeant", affiliation="WA Police",
              aliases=["Ben Kaur", "Kaur"], stance=-1),
        actor("Kieran O'Dea", "person", title="defence lawyer", aliases=["Kieran O'Dea", "O'Dea", "Mr O'Dea"],
              stance=1),
        actor("Elise Tran", "person", title="Magistrate", affiliation="Kalgoorlie Magistrates Court",
              aliases=["Elise Tran", "Tran", "Ms Tran"], stance=-1),
        actor("Malcolm Drage", "person", title="former Shire of Coolgardie president",
              aliases=["Malcolm Drage", "Drage", "Malcolm"], stance=0),
        actor("Dawn Fairweather", "person", title="Shire president", affiliation="Shire of Coolgardie",
              aliases=["Dawn Fairweather", "Fairweather", "Ms Fairweather"], stance=-1),
        actor("spokesman for the Department of Local Government, Industry Regulation and Safety", "person",
              title="department spokesman",
              affiliation="Department of Local Government, Industry Regulation and Safety",
              aliases=["spokesman for the Department of Local Government, Industry Regulation and Safety"], stance=0),
        actor("Joe Pisano", "person", title="Kambalda resident", aliases=["Joe Pisano", "Pisano"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Cabin Radio (Yellowknife; the territorial health authority pauses births at Inuvik's hospital),
#    headline without speech, byline and "Published: ..." lines, straight " and apostrophes (Gwich'in),
#    photo caption with a "Name/Cabin Radio" credit and no speech. Lede content before "the NWT Health and
#    Social Services Authority says" (present tense); "the authority said A", content before "the authority
#    added"; CEO quote split mid-sentence ("said Paulette Lafferty, the authority's chief executive,
#    "but ..."), "Lafferty said A and the unit would reopen "..."" (indirect plus partial), negated "she
#    could not give a date" (not annotated); Q&A "Asked whether ..., she said: "...""; scare so-called
#    "hub model"; MLA "called the decision "..." and said B" (partial plus indirect), "Allen told Cabin
#    Radio"; tribal council "said in a statement that it had "..." about ... and wanted ..." (no second
#    subject: partial only); expectant mother "said A", "she said" (the quote's "he" is her son); minister
#    "said A", quote with "Kuptana said in the legislature"; physician "said A and that B" (one span);
#    "According to the authority, A"; closing "The authority says A".
ARTICLES[f"{BATCH}/inuvik-births-pause-health-authority.gold.json"] = {
    "article": f"{BATCH}/inuvik-births-pause-health-authority.txt",
    "target": "NWT Health and Social Services Authority",
    "quotes": [
        (I, "NWT Health and Social Services Authority", "Babies will not be delivered at Inuvik Regional Hospital for "
            "at least six months from January 15", None),
        (I, "NWT Health and Social Services Authority", "it did not have enough obstetric nurses to staff the "
            "hospital's labour and delivery unit safely around the clock", None),
        (I, "NWT Health and Social Services Authority", "Expectant parents from the Beaufort Delta will instead be "
            "flown to Stanton Territorial Hospital in Yellowknife at around 36 weeks of pregnancy", None),
        (D, "Paulette Lafferty", "This was not a decision anyone wanted to make,", None),
        (D, "Paulette Lafferty", "but we will not run a birthing unit that we cannot staff safely.", None),
        (I, "Paulette Lafferty", "recruitment was under way", None),
        (P, "Paulette Lafferty", "as soon as we have a stable team,", None),
        (D, "Paulette Lafferty", "We already are. The problem is not only money. There are simply not enough nurses "
            "with obstetric experience willing to come north, and every other jurisdiction is trying to hire the "
            "same people.", None),
        (S, None, "hub model", None),
        (P, "Vern Allen", "devastating for families", None),
        (I, "Vern Allen", "he had not been told about it in advance", None),
        (D, "Vern Allen", "Families are going to be spending a month or more in a hotel room in Yellowknife, away from "
            "their other kids, away from their support. That's not a small thing,", None),
        (P, "Gwich'in Tribal Council", "serious concerns", None),
        (I, "Emily Snowshoe", "she had planned to give birth in Inuvik, as her mother and grandmother did", None),
        (D, "Emily Snowshoe", "Now I'm going to be in Yellowknife for a month with my two-year-old, or he stays here "
            "without me. Neither of those is OK,", None),
        (I, "Lucy Kuptana", "she supported the authority's decision", None),
        (D, "Lucy Kuptana", "Patient safety has to come first. I would rather have a difficult conversation with "
            "families now than a tragedy later,", None),
        (I, "Nnamdi Okeke", "most births in the region were low-risk and that the authority had not done enough to "
            "keep the nurses it already had", None),
        (I, "NWT Health and Social Services Authority", "118 babies were born at Inuvik Regional Hospital in the "
            "2025-26 fiscal year", None),
        (I, "NWT Health and Social Services Authority", "it will pay for travel and accommodation for one escort for "
            "each expectant parent, as it does now for medical travel", None),
    ],
    "actors": [
        actor("NWT Health and Social Services Authority", "organisation", title="territorial health authority",
              affiliation="Northwest Territories", aliases=["NWT Health and Social Services Authority", "the authority"],
              stance=1),
        actor("Paulette Lafferty", "person", title="chief executive",
              affiliation="NWT Health and Social Services Authority", aliases=["Paulette Lafferty", "Lafferty"],
              stance=1),
        actor("Vern Allen", "person", title="MLA for Inuvik Twin Lakes", aliases=["Vern Allen", "Allen"], stance=-1),
        actor("Gwich'in Tribal Council", "organisation", title="Indigenous government",
              aliases=["Gwich'in Tribal Council"], stance=-1),
        actor("Emily Snowshoe", "person", title="expectant mother", aliases=["Emily Snowshoe", "Snowshoe"], stance=-1),
        actor("Lucy Kuptana", "person", title="Health minister", affiliation="Government of the Northwest Territories",
              aliases=["Lucy Kuptana", "Kuptana"], stance=1),
        actor("Nnamdi Okeke", "person", title="family physician", aliases=["Nnamdi Okeke", "Okeke", "Dr. Nnamdi Okeke"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
