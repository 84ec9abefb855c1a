"""Build the test115 gold files (data/eval/test115/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test115/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test115.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test115"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Nuclear Engineering International (Armenia extends its Russian fuel contract), target Russia.
ARTICLES[f"{BATCH}/metsamor-tvel-fuel-extension.gold.json"] = {
    "article": f"{BATCH}/metsamor-tvel-fuel-extension.txt",
    "target": "Russia",
    "quotes": [
        (I, "Armenian Nuclear Power Plant", "it had signed an agreement with TVEL, the fuel company of Russian state "
            "nuclear corporation Rosatom, covering deliveries of fuel assemblies for unit 2 until 2036", None),
        (I, "TVEL", "the new assemblies, an upgraded version of the design now in use, would allow the unit to move "
            "from 12-month to 18-month fuel cycles", None),
        (P, "Gevorg Sahakyan", "driven by engineering, not politics", None),
        (D, "Gevorg Sahakyan", "Unit 2 was designed around this fuel. Every assembly we have loaded since the restart "
            "has come from the same fabrication plant, and the performance record is excellent,", None),
        (D, "Gevorg Sahakyan", "Qualifying a new fuel for a reactor of this age would take years and cost money we "
            "would rather spend on the lifetime extension.", None),
        (P, "Gevorg Sahakyan", "a watching brief", None),
        (P, "Halvorsen Energy Partners", "single-source risk", None),
        (P, "Russian embassy in Yerevan", "confirms the strategic nature", None),
        (I, "Russian embassy in Yerevan", "Russia stood ready to build new generating capacity in Armenia", None),
        (D, "Oksana Belova", "Armenia is a long-standing and reliable partner, and we are proud that our fuel has "
            "supported safe operation at Metsamor for three decades,", None),
        (I, "Oksana Belova", "the first batch under the new contract will be delivered by air in the second quarter "
            "of 2027", None),
        (I, "Hakob Vardanyan", "the government supported the extension but had not abandoned diversification", None),
        (D, "Hakob Vardanyan", "We are not putting all our eggs in one basket. The unit that replaces Metsamor will be "
            "chosen on the basis of the best offer, whether it comes from Russia, the United States, Korea or anyone "
            "else,", None),
        (S, None, "nuclear renaissance", None),
        (P, "Tatevik Hayrapetyan", "a missed opportunity", None),
        (P, "Tatevik Hayrapetyan", "once again tied its energy security to Moscow", None),
        (D, "Tatevik Hayrapetyan", "Every year we delay, the dependence becomes harder to undo,", None),
        (I, "A Western diplomat in Yerevan", "the extension was unsurprising given the plant’s design", None),
        (P, "A Western diplomat in Yerevan", "the real test", None),
    ],
    "actors": [
        actor("Armenian Nuclear Power Plant", "organisation", title="plant operator", affiliation="Armenia",
              aliases=["Armenian Nuclear Power Plant", "ANPP"], stance=1),
        actor("TVEL", "organisation", title="fuel company", affiliation="Rosatom", aliases=["TVEL"], stance=1),
        actor("Gevorg Sahakyan", "person", title="director general", affiliation="Armenian Nuclear Power Plant",
              aliases=["Gevorg Sahakyan", "Sahakyan"], stance=1),
        actor("Halvorsen Energy Partners", "organisation", title="consultancy (Washington)",
              aliases=["Halvorsen Energy Partners"], stance=-1),
        actor("Russian embassy in Yerevan", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Yerevan", "Russian embassy"], stance=1),
        actor("Oksana Belova", "person", title="senior vice-president for commercial affairs", affiliation="TVEL",
              aliases=["Oksana Belova", "Belova"], stance=1),
        actor("Hakob Vardanyan", "person", title="deputy minister of territorial administration and infrastructure",
              affiliation="Armenia", aliases=["Hakob Vardanyan", "Vardanyan"], stance=0),
        actor("Tatevik Hayrapetyan", "person", title="opposition MP", affiliation="Armenia",
              aliases=["Tatevik Hayrapetyan", "Hayrapetyan"], stance=-1),
        actor("A Western diplomat in Yerevan", "person", title="anonymous diplomat",
              aliases=["A Western diplomat in Yerevan"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Wonkhe (a university closes languages and music), target Pennine Valleys University.
ARTICLES[f"{BATCH}/pennine-valleys-languages-closure.gold.json"] = {
    "article": f"{BATCH}/pennine-valleys-languages-closure.txt",
    "target": "Pennine Valleys University",
    "quotes": [
        (P, "Office for Students", "course-level", "as OfS warns"),
        (P, "Pennine Valleys University", "portfolio reset", None),
        (I, "Pennine Valleys University", "the programmes had run at a combined deficit of £6.8m last year", None),
        (P, "Pennine Valleys University", "taught out", None),
        (I, "Alison Marr", "she did not pretend the decision was painless", None),
        (D, "Alison Marr", "These are subjects I care about, and colleagues who have given this institution decades "
            "of their working lives,", None),
        (D, "Alison Marr", "But we cannot ask nursing and engineering students to cross-subsidise programmes that "
            "recruited fewer than forty students between them this year. That is not a sustainable model, and "
            "pretending otherwise would put the whole university at risk.", None),
        (D, "Alison Marr", "We looked at every option. None of them closed the gap.", None),
        (P, "University and College Union", "cultural vandalism", None),
        (I, "University and College Union", "management had ignored an alternative plan that would have saved 60 "
            "posts", None),
        (I, "Kwame Oduya", "staff had learned of the council vote from a local radio bulletin", None),
        (D, "Kwame Oduya", "Nobody from the executive picked up the phone. Not one email,", None),
        (D, "Kwame Oduya", "If this is how they treat people who have been here for twenty years, what does that tell "
            "prospective students about the place?", None),
        (I, "A lecturer in the music department", "the way the closures had been handled had already driven "
            "colleagues to apply for jobs abroad", None),
        (I, "Office for Students", "providers were expected to protect the interests of students when closing "
            "courses", None),
        (P, "Office for Students", "course-level", "any assurances given"),
        (P, "Daniel Hurst", "broken", None),
        (I, "Daniel Hurst", "the government had to act before more universities followed", None),
        (D, "Department for Education spokesperson", "Universities are independent and autonomous bodies responsible "
            "for their own decisions. We expect all providers to treat students and staff fairly.", None),
    ],
    "actors": [
        actor("Office for Students", "government", title="regulator", aliases=["Office for Students", "OfS"],
              stance=0),
        actor("Pennine Valleys University", "organisation", title="university",
              aliases=["Pennine Valleys University", "Pennine Valleys"], stance=1),
        actor("Alison Marr", "person", title="vice-chancellor", affiliation="Pennine Valleys University",
              aliases=["Alison Marr", "Marr"], stance=1),
        actor("University and College Union", "organisation", title="local branch",
              aliases=["University and College Union"], stance=-1),
        actor("Kwame Oduya", "person", title="branch president", affiliation="University and College Union",
              aliases=["Kwame Oduya", "Oduya"], stance=-1),
        actor("A lecturer in the music department", "person", title="anonymous lecturer",
              affiliation="Pennine Valleys University", aliases=["A lecturer in the music department"], stance=-1),
        actor("Daniel Hurst", "person", title="local MP, education select committee member",
              aliases=["Daniel Hurst", "Hurst"], stance=0),
        actor("Department for Education spokesperson", "person", title="spokesperson",
              affiliation="Department for Education", aliases=["Department for Education spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Red Deer Advocate (council sanctions a councillor), target Terry Glass.
ARTICLES[f"{BATCH}/red-deer-council-sanctions-glass.gold.json"] = {
    "article": f"{BATCH}/red-deer-council-sanctions-glass.txt",
    "target": "Terry Glass",
    "quotes": [
        (I, "Leanne Marchetti", "Glass had shared information from a closed session with a local developer in "
            "August", None),
        (P, "Leanne Marchetti", "a serious breach of the trust placed in members of council", None),
        (S, None, "old Co-op lot,", None),
        (I, "Terry Glass", "he had acted in the public interest", None),
        (D, "Terry Glass", "I made a mistake in how I went about it, and I own that,", None),
        (D, "Terry Glass", "But I was trying to make sure residents weren't going to be blindsided by a deal that was "
            "being done behind closed doors.", None),
        (I, "Terry Glass", "he would not challenge the sanctions in court", None),
        (P, "Dawn Forde", "not about punishing anyone.", None),
        (D, "Dawn Forde", "Council has a code of conduct for a reason. When confidential information walks out the "
            "door, it costs taxpayers money, and it costs this council the public's trust,", None),
        (I, "Marcus Hope", "the punishment was out of proportion to what had happened", None),
        (D, "Marcus Hope", "Terry's heart was in the right place. Every one of us has said something at some point "
            "that we shouldn't have,", None),
        (P, "Harjit Sandhu", "no choice", None),
        (P, "Parkland Ridge Holdings", "unsolicited", None),
        (I, "Parkland Ridge Holdings", "it had reported the contact to the city the same day", None),
        (I, "Amanda Glass", "residents had been asking questions about the land sale for months without getting "
            "answers", None),
        (D, "Amanda Glass", "If it took a leak for people to find out what was going on, then maybe the real problem "
            "is how much this council does in secret,", None),
        (I, "A city spokesperson", "the sale remains under negotiation and that no agreement has been signed", None),
    ],
    "actors": [
        actor("Leanne Marchetti", "person", title="integrity commissioner", affiliation="City of Red Deer",
              aliases=["Leanne Marchetti", "Marchetti"], stance=-1),
        actor("Terry Glass", "person", title="city councillor", affiliation="Red Deer city council",
              aliases=["Terry Glass", "Glass"], stance=1),
        actor("Dawn Forde", "person", title="mayor", affiliation="Red Deer", aliases=["Dawn Forde", "Forde"],
              stance=-1),
        actor("Marcus Hope", "person", title="city councillor", affiliation="Red Deer city council",
              aliases=["Marcus Hope", "Hope"], stance=1),
        actor("Harjit Sandhu", "person", title="city councillor", affiliation="Red Deer city council",
              aliases=["Harjit Sandhu", "Sandhu"], stance=-1),
        actor("Parkland Ridge Holdings", "organisation", title="developer", aliases=["Parkland Ridge Holdings"],
              stance=-1),
        actor("Amanda Glass", "person", title="president", affiliation="Woodlea Community Association",
              aliases=["Amanda Glass"], stance=1),
        actor("A city spokesperson", "person", title="spokesperson", affiliation="City of Red Deer",
              aliases=["A city spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Kingston Whig-Standard (a quarry operator fined over a worker's death), target Bellrock Aggregates.
ARTICLES[f"{BATCH}/bellrock-aggregates-fined-worker-death.gold.json"] = {
    "article": f"{BATCH}/bellrock-aggregates-fined-worker-death.txt",
    "target": "Bellrock Aggregates Ltd.",
    "quotes": [
        (I, "Jonah Whitcombe", "the alarm had been reported as faulty at least three times in the six weeks before "
            "the death, and that a replacement part had been ordered but never installed", None),
        (D, "Jonah Whitcombe", "The alarm was not a mystery to anyone on that site,", None),
        (D, "Jonah Whitcombe", "Everybody knew. The only thing missing was someone deciding it mattered.", None),
        (I, "Claire Beaudoin-Tran", "the company had since spent more than $400,000 on safety upgrades, including "
            "proximity sensors and cameras on every vehicle in its fleet", None),
        (D, "Claire Beaudoin-Tran", "This is a company that has taken responsibility from day one,", None),
        (D, "Claire Beaudoin-Tran", "It did not wait for a court to tell it what to do.", None),
        (D, "Lorraine Fenwick", "Dale left for work at six o'clock that morning the way he had done for 22 years,",
            None),
        (D, "Lorraine Fenwick", "He never came home.", None),
        (D, "Lorraine Fenwick", "I don't want anyone's apology. I want to know that no other family gets the phone "
            "call we got.", None),
        (I, "Mariam El-Khoury", "the company had no prior convictions and had pleaded guilty at an early stage, "
            "sparing the family a trial", None),
        (P, "Mariam El-Khoury", "known hazard", None),
        (D, "Mariam El-Khoury", "Safety is not a line item to be deferred until the next budget,", None),
        (S, None, "victim fine surcharge,", None),
        (P, "Bellrock Aggregates Ltd.", "deeply regrets", None),
        (I, "Bellrock Aggregates Ltd.", "it had co-operated fully with the ministry throughout the investigation",
            None),
        (P, "A former co-worker", "for most of that summer.", None),
        (I, "Ministry of Labour", "14 workers died in incidents at Ontario mines and aggregate operations between "
            "2020 and 2025", None),
    ],
    "actors": [
        actor("Jonah Whitcombe", "person", title="Ministry of Labour prosecutor", affiliation="Ministry of Labour",
              aliases=["Jonah Whitcombe", "Whitcombe"], stance=-1),
        actor("Claire Beaudoin-Tran", "person", title="defence lawyer", affiliation="Bellrock Aggregates Ltd.",
              aliases=["Claire Beaudoin-Tran", "Beaudoin-Tran"], stance=1),
        actor("Lorraine Fenwick", "person", title="widow of Dale Fenwick",
              aliases=["Lorraine Fenwick"], stance=-1),
        actor("Mariam El-Khoury", "person", title="Justice of the Peace", affiliation="Ontario Court of Justice",
              aliases=["Mariam El-Khoury", "El-Khoury"], stance=0),
        actor("Bellrock Aggregates Ltd.", "organisation", title="quarry operator",
              aliases=["Bellrock Aggregates Ltd.", "Bellrock"], stance=1),
        actor("A former co-worker", "person", title="anonymous former co-worker", aliases=["A former co-worker"],
              stance=-1),
        actor("Ministry of Labour", "government", title="provincial ministry", affiliation="Ontario",
              aliases=["Ministry of Labour"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
