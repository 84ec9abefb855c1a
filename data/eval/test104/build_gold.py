"""Build the test104 gold files (data/eval/test104/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test104/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test104.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test104"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Spaceflight Now (a Soyuz crew launch delayed after a leak on a Progress freighter), curly quotes.
ARTICLES[f"{BATCH}/soyuz-ms30-delay-progress-leak.gold.json"] = {
    "article": f"{BATCH}/soyuz-ms30-delay-progress-leak.txt",
    "target": "Russia",
    "quotes": [
        (I, "Roscosmos", "The launch is now targeted for no earlier than Jan. 9", None),
        (I, "Roscosmos", "the leak, spotted by the station's crew on Dec. 2, had been traced to a radiator line on the "
            "Progress MS-34 freighter", None),
        (P, "Roscosmos", "no threat", None),
        (D, "Oleg Chernyshov", "We have decided not to take any risks. The schedule is less important than the safety "
            "of the crew,", None),
        (I, "Oleg Chernyshov", "the Progress would be undocked and sent to burn up in the atmosphere earlier than "
            "planned, freeing the port the Soyuz needs, and that engineers at the Energia plant near Moscow were "
            "checking whether the same batch of radiator components had been used on the new Soyuz", None),
        (S, None, "lifeboat", None),
        (P, "NASA", "in close contact", None),
        (I, "NASA", "the U.S. segment of the station was unaffected", None),
        (P, "Karen Tuttle", "full confidence", None),
        (D, "Karen Tuttle", "Our Russian colleagues found this quickly, they characterized it quickly and they are "
            "being very transparent with us,", None),
        (D, "Karen Tuttle", "That's what you want from a partner.", None),
        (D, "Karen Tuttle", "We're not there. Brian trained for Soyuz, and Soyuz is where we expect him to fly.", None),
        (I, "A NASA official", "the agency had asked Roscosmos for detailed data on the radiator components before "
            "agreeing to a new date", None),
        (I, "Ilya Barsky", "the repeated leaks pointed to quality problems at Russian suppliers that had been short of "
            "parts and engineers since 2022", None),
        (D, "Ilya Barsky", "Three leaks is not bad luck. It is a pattern,", None),
        (D, "Ilya Barsky", "Roscosmos will fix this radiator, but the question is what else on these vehicles was "
            "built with the same shortcuts.", None),
        (I, "TASS", "the Soyuz itself had passed all of its checks", None),
        (P, "Yelena Zorina", "in good spirits", None),
        (D, "Yelena Zorina", "Our engineers did their job and caught it in time. We'll celebrate New Year in Star City "
            "and fly in January,", None),
    ],
    "actors": [
        actor("Roscosmos", "government", title="Russian space agency", affiliation="Russia",
              aliases=["Roscosmos"], stance=1),
        actor("Oleg Chernyshov", "person", title="executive director for human spaceflight programs",
              affiliation="Roscosmos", aliases=["Oleg Chernyshov", "Chernyshov"], stance=1),
        actor("NASA", "government", title="US space agency", aliases=["NASA"], stance=0),
        actor("Karen Tuttle", "person", title="deputy manager of the space station program", affiliation="NASA",
              aliases=["Karen Tuttle", "Tuttle"], stance=1),
        actor("A NASA official", "person", title="official (anonymous)", affiliation="NASA",
              aliases=["A NASA official"], stance=0),
        actor("Ilya Barsky", "person", title="space industry analyst",
              affiliation="Institute for East European Studies", aliases=["Ilya Barsky", "Barsky"], stance=-1),
        actor("TASS", "organisation", title="Russian state news agency", affiliation="Russia",
              aliases=["TASS"], stance=1),
        actor("Yelena Zorina", "person", title="cosmonaut", affiliation="Roscosmos",
              aliases=["Yelena Zorina", "Zorina"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fishing News (UK-Norway fisheries talks collapse), curly single quotes and curly apostrophes.
ARTICLES[f"{BATCH}/norway-talks-collapse-whitefish-access.gold.json"] = {
    "article": f"{BATCH}/norway-talks-collapse-whitefish-access.txt",
    "target": "Norway",
    "quotes": [
        (P, "Defra spokesperson", "a fair and balanced offer", None),
        (P, "Defra spokesperson", "chosen to walk away", None),
        (S, None, "cod equivalent", None),
        (P, "Ministry of Trade, Industry and Fisheries", "did not reflect the real value", None),
        (D, "Trond Haugland", "Norway has negotiated in good faith for three years. We are not willing to give away "
            "Norwegian fish for access we do not need,", None),
        (I, "Trond Haugland", "Norwegian vessels would fish their blue whiting quota in Norwegian, Faroese and "
            "international waters instead", None),
        (P, "Alasdair Munro", "a hammer blow", None),
        (D, "Alasdair Munro", "Some of our boats take a third of their annual earnings from Norwegian waters. You "
            "cannot just replace that by steaming somewhere else,", None),
        (D, "Alasdair Munro", "Norway has played hardball from day one, and the UK Government let it.", None),
        (I, "Alasdair Munro", "the federation would seek an urgent meeting with the Scottish Government\u2019s fisheries "
            "secretary", None),
        (P, "Davie Gatt", "at the worst possible time", None),
        (D, "Davie Gatt", "I\u2019ve got six crew with mortgages. What do I tell them?", None),
        (D, "Davie Gatt", "Norway holds all the cards and they know it.", None),
        (P, "Geir Olav Lie", "far more than their share", None),
        (I, "Norwegian Directorate of Fisheries", "UK vessels landed about 28,400 tonnes from Norwegian waters in 2025",
            None),
        (P, "One senior industry figure", "planning to squeeze us for a year", None),
    ],
    "actors": [
        actor("Defra spokesperson", "person", title="spokesperson",
              affiliation="Department for Environment, Food and Rural Affairs", aliases=["Defra spokesperson"],
              stance=-1),
        actor("Ministry of Trade, Industry and Fisheries", "government", title="ministry", affiliation="Norway",
              aliases=["Ministry of Trade, Industry and Fisheries"], stance=1),
        actor("Trond Haugland", "person", title="fisheries minister", affiliation="Norway",
              aliases=["Trond Haugland", "Haugland", "Mr Haugland"], stance=1),
        actor("Alasdair Munro", "person", title="chief executive", affiliation="Scottish Fishermen\u2019s Federation",
              aliases=["Alasdair Munro", "Munro", "Mr Munro"], stance=-1),
        actor("Davie Gatt", "person", title="skipper", affiliation="Ocean Harvester (Fraserburgh)",
              aliases=["Davie Gatt", "Gatt"], stance=-1),
        actor("Geir Olav Lie", "person", title="leader", affiliation="Norwegian Fishermen\u2019s Association",
              aliases=["Geir Olav Lie", "Lie"], stance=1),
        actor("Norwegian Directorate of Fisheries", "government", title="fisheries directorate", affiliation="Norway",
              aliases=["Norwegian Directorate of Fisheries"], stance=None),
        actor("One senior industry figure", "person", title="industry figure (anonymous)", affiliation="Shetland",
              aliases=["One senior industry figure"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. MooseJawToday.com (a former food bank director sentenced for theft), straight " and apostrophes.
ARTICLES[f"{BATCH}/food-bank-theft-sentencing-baptiste.gold.json"] = {
    "article": f"{BATCH}/food-bank-theft-sentencing-baptiste.txt",
    "target": "Corinne Baptiste",
    "quotes": [
        (P, "Daryl Rose", "serious and sustained", None),
        (P, "Daryl Rose", "the most vulnerable people in our community.", None),
        (I, "Daryl Rose", "Baptiste had no criminal record, had repaid $11,000 before her arrest and had shown genuine "
            "remorse, and that a jail term would only make it harder for her to pay back the rest", None),
        (P, "Rob Parker", "trusted her completely.", None),
        (D, "Rob Parker", "Every one of those cheques was a choice. Sixty-three choices,", None),
        (D, "Rob Parker", "This was not a moment of weakness.", None),
        (I, "Jaime Hurd", "her client had been struggling with a gambling addiction and with the cost of her late "
            "mother's care when the thefts began", None),
        (D, "Jaime Hurd", "Ms. Baptiste has lost her career, her reputation and most of her friends. She is not asking "
            "anyone to forget what she did,", None),
        (D, "Corinne Baptiste", "I let down people who had nothing, and I let down the volunteers who gave up their "
            "Saturdays to feed them,", None),
        (D, "Corinne Baptiste", "I will pay back every dollar, however long it takes.", None),
        (P, "Marc Baptiste", "a different person", None),
        (I, "Wes Lark", "donations had dropped by nearly a quarter in the months after the theft became public", None),
        (D, "Wes Lark", "People stopped trusting us. Families who needed food paid the price for that,", None),
        (I, "Wes Lark", "he was disappointed there would be no jail time", None),
        (D, "Wes Lark", "I hope she pays it back. I'm not holding my breath,", None),
        (I, "Moose Jaw Police Service", "its financial crimes unit had spent eight months on the case", None),
    ],
    "actors": [
        actor("Daryl Rose", "person", title="provincial court judge", aliases=["Daryl Rose", "Rose"], stance=0),
        actor("Rob Parker", "person", title="Crown prosecutor", aliases=["Rob Parker", "Parker"], stance=-1),
        actor("Jaime Hurd", "person", title="defence lawyer", affiliation="Corinne Baptiste",
              aliases=["Jaime Hurd", "Hurd"], stance=1),
        actor("Corinne Baptiste", "person", title="former executive director",
              affiliation="Moose Jaw & District Food Bank",
              aliases=["Corinne Baptiste", "Baptiste", "Ms. Baptiste"], stance=0),
        actor("Marc Baptiste", "person", title="husband of Corinne Baptiste", aliases=["Marc Baptiste"], stance=1),
        actor("Wes Lark", "person", title="board chair", affiliation="Moose Jaw & District Food Bank",
              aliases=["Wes Lark", "Lark"], stance=-1),
        actor("Moose Jaw Police Service", "government", title="police", aliases=["Moose Jaw Police Service"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Veterinary Record news (the CMA's final order on vets), straight single quotes.
ARTICLES[f"{BATCH}/cma-vets-remedies-final-order.gold.json"] = {
    "article": f"{BATCH}/cma-vets-remedies-final-order.txt",
    "target": "Competition and Markets Authority",
    "quotes": [
        (I, "Sarah Whitfield", "the remedies would save pet owners around \u00a31 billion over five years", None),
        (D, "Sarah Whitfield", "Too many pet owners have been paying more than they need to, without knowing they had a "
            "choice. These measures give them the information to make that choice,", None),
        (I, "Competition and Markets Authority", "it had listened to the profession's concerns about red tape and had "
            "dropped a proposal that would have required practices to publish prices for more than 40 separate "
            "treatments", None),
        (P, "British Veterinary Association", "piling yet more paperwork", None),
        (D, "Rhiannon Price", "We have always supported transparency. But the CMA has underestimated how much this will "
            "cost small independent practices, and clients will ultimately pay for that cost.", None),
        (D, "Rhiannon Price", "Nobody came into this profession to fill in forms.", None),
        (I, "Rhiannon Price", "she was also concerned that the prescription cap could push some practices to raise "
            "consultation fees instead", None),
        (P, "Joe Hamer", "lumped everyone together", None),
        (D, "Joe Hamer", "We're not the problem. The corporate groups are the problem, and the CMA has ended up treating "
            "a small farm practice in Cumbria as if it were one of them,", None),
        (I, "IVC Evidensia", "it accepted the order and would begin implementing the changes early", None),
        (P, "A senior figure at another corporate group", "tough but workable", None),
        (P, "Which?", "a big step forward", None),
        (I, "Which?", "the CMA should have gone further and capped the price of medicines themselves", None),
        (I, "Competition and Markets Authority", "average prices at UK practices rose by around 60 per cent between "
            "2016 and 2023, well above inflation", None),
        (I, "Royal College of Veterinary Surgeons", "it would update its Code of Professional Conduct to reflect the "
            "order by the spring", None),
    ],
    "actors": [
        actor("Sarah Whitfield", "person", title="chair of the independent inquiry group",
              affiliation="Competition and Markets Authority", aliases=["Sarah Whitfield", "Whitfield"], stance=1),
        actor("Competition and Markets Authority", "government", title="competition regulator",
              aliases=["Competition and Markets Authority", "CMA"], stance=1),
        actor("British Veterinary Association", "organisation", title="vets' professional body",
              aliases=["British Veterinary Association", "BVA"], stance=-1),
        actor("Rhiannon Price", "person", title="BVA president", affiliation="British Veterinary Association",
              aliases=["Rhiannon Price", "Price", "Dr Price"], stance=-1),
        actor("Joe Hamer", "person", title="practice owner", affiliation="mixed practice near Penrith",
              aliases=["Joe Hamer", "Hamer"], stance=-1),
        actor("IVC Evidensia", "organisation", title="corporate veterinary group", aliases=["IVC Evidensia"],
              stance=0),
        actor("A senior figure at another corporate group", "person", title="corporate group executive (anonymous)",
              aliases=["A senior figure at another corporate group"], stance=0),
        actor("Which?", "organisation", title="consumer group", aliases=["Which?"], stance=1),
        actor("Royal College of Veterinary Surgeons", "organisation", title="veterinary regulator",
              aliases=["Royal College of Veterinary Surgeons", "RCVS"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
