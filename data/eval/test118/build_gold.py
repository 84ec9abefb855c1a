"""Build the test118 gold files (data/eval/test118/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test118/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test118.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test118"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Grimsby Telegraph (the UK bans Russian cod and haddock), target Russia.
ARTICLES[f"{BATCH}/grimsby-russian-whitefish-ban.gold.json"] = {
    "article": f"{BATCH}/grimsby-russian-whitefish-ban.txt",
    "target": "Russia",
    "quotes": [
        (I, "Fish processors in Grimsby", "hundreds of jobs could be at risk from a complete ban on imports of "
            "Russian-caught cod and haddock", None),
        (I, "Ministers", "the tariff had failed to cut the flow of money to the Kremlin because Russian suppliers had "
            "simply lowered their prices", None),
        (D, "Department for Business and Trade spokesperson", "We will not allow British consumers to unknowingly help "
            "fund Putin's illegal war. This ban closes a loophole that has allowed Russian state-linked fishing "
            "companies to keep profiting from the UK market.", None),
        (I, "Department for Business and Trade spokesperson", "the Government would work with the industry to secure "
            "alternative supplies from Norway, Iceland and the Faroe Islands", None),
        (P, "Karen Halloran", "unrealistic", None),
        (D, "Karen Halloran", "Nobody in this town is defending Russia. But you cannot replace a third of your raw "
            "material in four months, and the Norwegians know it. Prices will go up and some firms won't survive,",
            None),
        (I, "Seafish", "Russian vessels caught around 30 per cent of the cod and haddock processed in the UK last "
            "year, with much of it handled in Grimsby", None),
        (P, "Russian embassy in London", "another act of economic self-harm", None),
        (P, "Russian embassy in London", "reliable partners", None),
        (D, "Russian embassy in London", "British fish and chip shops will pay the price for the political games of "
            "their government,", None),
        (I, "Dmitry Kostin", "the company had already diverted most of its UK volumes to buyers in China and South "
            "Korea", None),
        (D, "Dmitry Kostin", "For us, Britain has not been a key market for some time. We regret the decision, but we "
            "will not suffer from it,", None),
        (P, "Gary Thornton", "in principle", None),
        (I, "Gary Thornton", "ministers must offer help to affected businesses", None),
        (D, "Gary Thornton", "I will not stand in the way of anything that weakens Putin's war machine. But the people "
            "on the processing lines in Grimsby shouldn't be the ones paying for it,", None),
        (I, "Bogdan Nowak", "staff at his factory had been told to expect shorter shifts from the spring", None),
        (D, "Bogdan Nowak", "We hear about this on the radio like everyone else. Nobody tells us anything,", None),
    ],
    "actors": [
        actor("Fish processors in Grimsby", "group", title="fish processors", aliases=["Fish processors in Grimsby"],
              stance=None),
        actor("Ministers", "group", title="UK ministers", affiliation="UK Government", aliases=["Ministers"],
              stance=-1),
        actor("Department for Business and Trade spokesperson", "person", title="spokesperson",
              affiliation="Department for Business and Trade",
              aliases=["Department for Business and Trade spokesperson"], stance=-1),
        actor("Karen Halloran", "person", title="chief executive", affiliation="Grimsby Fish Merchants' Association",
              aliases=["Karen Halloran", "Halloran"], stance=0),
        actor("Seafish", "organisation", title="industry body", aliases=["Seafish"], stance=None),
        actor("Russian embassy in London", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in London"], stance=1),
        actor("Dmitry Kostin", "person", title="commercial director", affiliation="Murman Trawl Fleet",
              aliases=["Dmitry Kostin", "Kostin"], stance=1),
        actor("Gary Thornton", "person", title="MP for Great Grimsby and Cleethorpes",
              aliases=["Gary Thornton", "Thornton"], stance=-1),
        actor("Bogdan Nowak", "person", title="filleter", aliases=["Bogdan Nowak", "Nowak"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Cayman News Service (a marine contractor fined for reef damage), target Seven Mile Marine Works.
ARTICLES[f"{BATCH}/seven-mile-marine-coral-fine.gold.json"] = {
    "article": f"{BATCH}/seven-mile-marine-coral-fine.txt",
    "target": "Seven Mile Marine Works Ltd",
    "quotes": [
        (I, "Darlene Ebanks", "the company had been warned twice by Department of Environment officers that its "
            "anchors were sitting on coral, but that the barge was not moved until a third inspection in June 2025",
            None),
        (D, "Darlene Ebanks", "This was not an accident that happened in a moment. It was a choice, repeated day after "
            "day, to put convenience ahead of the law,", None),
        (I, "Darlene Ebanks", "The DoE estimated that the reef would take at least 25 years to recover fully", None),
        (I, "Peter Thistlewood", "his client accepted full responsibility and had already paid for a survey of the "
            "damaged area", None),
        (I, "Peter Thistlewood", "the company's managing director had been off-island for medical treatment at the "
            "time", None),
        (P, "Peter Thistlewood", "misunderstood", None),
        (D, "Peter Thistlewood", "My client is a Caymanian company that has worked on these waters for thirty years. "
            "It is deeply embarrassed by what happened,", None),
        (I, "Adelle Whittaker", "she accepted that the company had shown remorse", None),
        (P, "Adelle Whittaker", "the irreplaceable nature", None),
        (D, "Adelle Whittaker", "The marine environment is not a backdrop to commerce in these islands. It is the "
            "foundation of it,", None),
        (D, "Adelle Whittaker", "Those who work on it must treat it accordingly.", None),
        (P, "Seven Mile Marine Works Ltd", "cooperated fully", None),
        (I, "Seven Mile Marine Works Ltd", "it had introduced new anchoring procedures and GPS monitoring on all of its "
            "vessels", None),
        (I, "Kirk Ebanks", "the fine was a step forward", None),
        (P, "Kirk Ebanks", "pocket change", None),
        (D, "Kirk Ebanks", "Divers come here for that reef. You can't put a price on it, but if you did, it would be a "
            "lot more than 180 grand,", None),
        (I, "Department of Environment", "it was the largest fine imposed for damage to a marine protected area since "
            "the National Conservation Act came into force in 2013", None),
    ],
    "actors": [
        actor("Darlene Ebanks", "person", title="Crown Counsel", affiliation="Crown", aliases=["Darlene Ebanks"],
              stance=-1),
        actor("Peter Thistlewood", "person", title="defence attorney", affiliation="Seven Mile Marine Works Ltd",
              aliases=["Peter Thistlewood", "Thistlewood"], stance=1),
        actor("Adelle Whittaker", "person", title="Magistrate", affiliation="Summary Court",
              aliases=["Adelle Whittaker", "Whittaker"], stance=0),
        actor("Seven Mile Marine Works Ltd", "organisation", title="marine construction firm",
              aliases=["Seven Mile Marine Works Ltd", "Seven Mile Marine Works"], stance=1),
        actor("Kirk Ebanks", "person", title="dive operator", aliases=["Kirk Ebanks"], stance=-1),
        actor("Department of Environment", "government", title="government department", affiliation="Cayman Islands",
              aliases=["Department of Environment", "DoE"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Construction Dive (OSHA withdraws its proposed heat rule), target OSHA.
ARTICLES[f"{BATCH}/osha-heat-rule-withdrawal.gold.json"] = {
    "article": f"{BATCH}/osha-heat-rule-withdrawal.txt",
    "target": "Occupational Safety and Health Administration",
    "quotes": [
        (P, "Occupational Safety and Health Administration", "unworkable", "citing '"),
        (P, "Occupational Safety and Health Administration", "unworkable", "have imposed"),
        (I, "Occupational Safety and Health Administration", "the agency would instead focus on enforcement under the "
            "general duty clause and on voluntary guidance", None),
        (D, "OSHA spokesperson", "Protecting workers from heat is a priority for this agency, and it will remain one,",
            None),
        (D, "OSHA spokesperson", "But a single national rule that treats a roofing crew in Phoenix the same as a framing "
            "crew in Maine was never going to work.", None),
        (P, "Associated Builders and Contractors", "a victory for common sense.", None),
        (I, "Greg Halvorsen", "member firms already had heat safety programs in place", None),
        (P, "Greg Halvorsen", "a one-size-fits-all mandate from Washington", None),
        (D, "Greg Halvorsen", "Nobody understands the risk of heat better than the people who work in it every day, "
            "and that includes the contractors who employ them,", None),
        (P, "Luis Carrasco", "leave millions of workers exposed", None),
        (D, "Luis Carrasco", "Every year we bury workers who died of something completely preventable. Water, rest, "
            "shade. That's all this rule asked for,", None),
        (D, "Luis Carrasco", "OSHA just told those families their lives weren't worth the paperwork.", None),
        (I, "Kimberly Osei", "employers should not read the withdrawal as a green light", None),
        (D, "Kimberly Osei", "Heat cases are still being cited under the general duty clause, and states like "
            "California, Washington and Oregon have their own standards,", None),
        (D, "Kimberly Osei", "If anything, the compliance picture just got more complicated for contractors working "
            "across state lines.", None),
        (I, "Bureau of Labor Statistics", "construction workers accounted for about a third of all occupational "
            "heat-related deaths in the U.S. between 2011 and 2022, despite making up about 6% of the workforce",
            None),
        (P, "OSHA spokesperson", "never says never", None),
        (I, "OSHA spokesperson", "it had no plans to do so", None),
        (I, "Several Democratic lawmakers", "they would introduce legislation to require OSHA to issue a heat "
            "standard", None),
    ],
    "actors": [
        actor("Occupational Safety and Health Administration", "government", title="federal agency",
              affiliation="US Department of Labor",
              aliases=["Occupational Safety and Health Administration", "OSHA"], stance=1),
        actor("OSHA spokesperson", "person", title="spokesperson",
              affiliation="Occupational Safety and Health Administration", aliases=["OSHA spokesperson"], stance=1),
        actor("Associated Builders and Contractors", "organisation", title="contractors' association",
              aliases=["Associated Builders and Contractors", "ABC"], stance=1),
        actor("Greg Halvorsen", "person", title="vice president of regulatory affairs",
              affiliation="Associated Builders and Contractors", aliases=["Greg Halvorsen", "Halvorsen"], stance=1),
        actor("Luis Carrasco", "person", title="safety director",
              affiliation="Laborers' International Union of North America", aliases=["Luis Carrasco", "Carrasco"],
              stance=-1),
        actor("Kimberly Osei", "person", title="partner", affiliation="Holloway Pratt",
              aliases=["Kimberly Osei", "Osei"], stance=0),
        actor("Bureau of Labor Statistics", "government", title="federal statistics agency",
              aliases=["Bureau of Labor Statistics"], stance=None),
        actor("Several Democratic lawmakers", "group", title="lawmakers", aliases=["Several Democratic lawmakers"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Katherine Times (a council chief executive under fire over a pool closure), target Rowan Blight.
ARTICLES[f"{BATCH}/katherine-pool-closure-blight.gold.json"] = {
    "article": f"{BATCH}/katherine-pool-closure-blight.txt",
    "target": "Rowan Blight",
    "quotes": [
        (I, "Rowan Blight", "he would make the same call again", None),
        (I, "Rowan Blight", "the council could not legally open the pool without qualified lifeguards on deck", None),
        (D, "Rowan Blight", "I know people are angry, and I understand why. But I wasn't going to put kids in the water "
            "without the supervision the law requires. If something had gone wrong, we'd be having a very different "
            "conversation,", None),
        (I, "Rowan Blight", "the council had advertised the positions nationally since August and had offered "
            "relocation assistance, without success", None),
        (P, "Dean Kowalczyk", "from Facebook, like everyone else.", None),
        (D, "Dean Kowalczyk", "This is a management failure, plain and simple. The contract was coming up for renewal, "
            "everyone knew the staffing was thin, and nothing was done until the doors were locked,", None),
        (I, "Jenny Kilpatrick", "the council would receive a report on the closure in February", None),
        (P, "Jenny Kilpatrick", "pre-empt", None),
        (D, "Jenny Kilpatrick", "Mr Blight has my confidence. That doesn't mean there aren't lessons to learn,", None),
        (I, "Sharon Wu", "families without air-conditioning had nowhere else to go", None),
        (D, "Sharon Wu", "The river's full of crocs and the shopping centre kicks you out if you sit there too long. "
            "Where are people meant to take their kids?", None),
        (I, "Leonie Brennan", "the closure had hit families in town camps hardest", None),
        (P, "A former lifeguard at the centre", "at least three times", None),
        (I, "Northern Territory Government spokesperson", "pools were the responsibility of local councils", None),
    ],
    "actors": [
        actor("Rowan Blight", "person", title="chief executive", affiliation="Katherine Town Council",
              aliases=["Rowan Blight", "Blight"], stance=1),
        actor("Dean Kowalczyk", "person", title="councillor", affiliation="Katherine Town Council",
              aliases=["Dean Kowalczyk", "Kowalczyk"], stance=-1),
        actor("Jenny Kilpatrick", "person", title="Mayor", affiliation="Katherine Town Council",
              aliases=["Jenny Kilpatrick", "Kilpatrick"], stance=1),
        actor("Sharon Wu", "person", title="resident", aliases=["Sharon Wu", "Wu"], stance=-1),
        actor("Leonie Brennan", "person", title="spokesperson", affiliation="Jawoyn Association",
              aliases=["Leonie Brennan", "Brennan"], stance=-1),
        actor("A former lifeguard at the centre", "person", title="anonymous former lifeguard",
              aliases=["A former lifeguard at the centre"], stance=-1),
        actor("Northern Territory Government spokesperson", "person", title="spokesperson",
              affiliation="Northern Territory Government", aliases=["Northern Territory Government spokesperson"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
