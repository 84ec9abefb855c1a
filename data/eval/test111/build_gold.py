"""Build the test111 gold files (data/eval/test111/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test111/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test111.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test111"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Petroleum Economist (energy trade press): Russia's Arctic oil project slips. Curly single quotes.
ARTICLES[f"{BATCH}/vostok-oil-first-cargo-delay.gold.json"] = {
    "article": f"{BATCH}/vostok-oil-first-cargo-delay.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rosneft", "Russia's first crude exports from the Vostok Oil project on the Taimyr peninsula will not "
            "leave the Sever Bay terminal before the second half of 2028", None),
        (P, "Rosneft", "the unprecedented and illegitimate pressure", None),
        (I, "Rosneft", "pipeline construction between the Payakha fields and the coast was 70pc complete", None),
        (P, "Artyom Lukin", "a strategic priority for the state", None),
        (I, "Artyom Lukin", "the government would keep its tax holiday for Arctic developments in place", None),
        (D, "Artyom Lukin", "Nobody should read this as a retreat. The Arctic is where Russia\u2019s oil industry will "
            "be in 20 years, with or without the approval of Brussels,", None),
        (P, "Artyom Lukin", "friendly", None),
        (P, "Artyom Lukin", "at an advanced stage", None),
        (I, "two people familiar with the yard's schedule", "The first of six Arc7 tankers ordered from Zvezda will "
            "not be delivered until 2027 at the earliest", None),
        (D, "Mark Price", "You can drill all the wells you like, but if you cannot move the barrels, you do not have "
            "a project,", None),
        (D, "Mark Price", "Moscow\u2019s Arctic timelines have never been credible, and the tanker gap is the real "
            "story here, not the pipeline.", None),
        (I, "Mark Price", "he expected Vostok Oil to produce no more than 100,000b/d by 2030", None),
        (I, "executive at a state-run refiner", "Indian companies would be cautious about signing long-term deals "
            "for Arctic crude", None),
        (D, "executive at a state-run refiner", "The price has to be right, and the risk of secondary sanctions has "
            "to be manageable. Today neither is clear,", None),
        (I, "Kpler", "India's purchases of Russian crude have fallen from a peak of about 2mn b/d in 2024 to roughly "
            "1.1mn b/d in November", None),
        (S, None, "shadow fleet", None),
        (P, "European Commission", "working as intended", None),
        (P, "Lars Nyberg", "keep tightening the net", None),
        (P, "Russian foreign ministry", "economic banditry", None),
        (P, "Russian foreign ministry", "find its way to market", None),
    ],
    "actors": [
        actor("Rosneft", "organisation", title="state-controlled oil company", affiliation="Russia",
              aliases=["Rosneft", "the state-controlled company"], stance=1),
        actor("Artyom Lukin", "person", title="deputy energy minister", affiliation="Russia",
              aliases=["Artyom Lukin", "Lukin"], stance=1),
        actor("two people familiar with the yard's schedule", "group", title="anonymous sources",
              aliases=["two people familiar with the yard's schedule"], stance=None),
        actor("Mark Price", "person", title="head of Russia research", affiliation="Northgate Energy",
              aliases=["Mark Price", "Price"], stance=-1),
        actor("executive at a state-run refiner", "person", title="anonymous refinery executive",
              affiliation="state-run Indian refiner", aliases=["executive at a state-run refiner"], stance=0),
        actor("Kpler", "organisation", title="ship-tracking data provider", aliases=["Kpler"], stance=None),
        actor("European Commission", "government", title="EU executive", affiliation="European Union",
              aliases=["European Commission", "Commission"], stance=-1),
        actor("Lars Nyberg", "person", title="Commission spokesman", affiliation="European Commission",
              aliases=["Lars Nyberg", "Nyberg"], stance=-1),
        actor("Russian foreign ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian foreign ministry"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Tri-City Herald (Kennewick, Wash.) business/labour: a french fry plant closes. Straight quotes.
ARTICLES[f"{BATCH}/ridgeline-potato-pasco-closure.gold.json"] = {
    "article": f"{BATCH}/ridgeline-potato-pasco-closure.txt",
    "target": "Ridgeline Potato Co.",
    "quotes": [
        (D, "Rosa Guzm\u00e1n", "We did everything they asked,", None),
        (I, "Ridgeline Potato Co.", "Ridgeline Potato Co. will close its french fry plant in east Pasco in March, "
            "putting about 340 people out of work", None),
        (P, "Ridgeline Potato Co.", "no longer competitive", None),
        (I, "Ridgeline Potato Co.", "production would move to those sites over the winter", None),
        (D, "Ridgeline Potato Co.", "This was a very difficult decision, and it is not a reflection of the people who "
            "work in Pasco,", None),
        (D, "Ridgeline Potato Co.", "Our Pasco team has been among our most dedicated anywhere.", None),
        (I, "Curtis Bell", "the company would pay severance to all hourly workers and keep their health insurance in "
            "place through June", None),
        (D, "Curtis Bell", "I know the numbers. Frozen potato prices have dropped for two years running, and this "
            "building needs $60 million we just don't have. I'd rather be straight with people than drag this out,",
            None),
        (I, "Several workers", "they had heard rumors of a closure since the summer", None),
        (I, "Rosa Guzm\u00e1n", "many of her co-workers are couples who both work there", None),
        (D, "Rosa Guzm\u00e1n", "We did everything they asked. Extra shifts in harvest, new machines, new training,",
            None),
        (D, "Rosa Guzm\u00e1n", "Now they say we are too expensive. For a family with two paychecks from Ridgeline, "
            "this is both paychecks.", None),
        (I, "Teamsters Local 839", "the company gave the union no warning before Thursday's announcement", None),
        (P, "Lanny Fox", "a gut punch to the Tri-Cities", None),
        (I, "Lanny Fox", "the union would press Ridgeline over whether it had met its obligations under the contract",
            None),
        (D, "Lanny Fox", "They were in the room with us in August negotiating a three-year deal, and not one word "
            "about this,", None),
        (D, "Lanny Fox", "Either they knew and didn't tell us, or they don't plan very well. I don't know which is "
            "worse.", None),
        (I, "Nathan Long", "the city had learned of the closure Wednesday night in a phone call from the company",
            None),
        (D, "Nathan Long", "It's painful, there's no way around it. But this is a region that has absorbed bigger "
            "shocks than this one, and we have employers looking for exactly these skills,", None),
        (P, "Washington State Employment Security Department", "rapid response", None),
    ],
    "actors": [
        actor("Rosa Guzm\u00e1n", "person", title="line lead", affiliation="Ridgeline Potato Co. (Pasco plant)",
              aliases=["Rosa Guzm\u00e1n", "Guzm\u00e1n"], stance=-1),
        actor("Ridgeline Potato Co.", "organisation", title="potato processor",
              aliases=["Ridgeline Potato Co.", "Ridgeline", "the company", "The Boise-based processor"], stance=1),
        actor("Curtis Bell", "person", title="plant manager", affiliation="Ridgeline Potato Co.",
              aliases=["Curtis Bell", "Bell"], stance=1),
        actor("Several workers", "group", title="plant workers", aliases=["Several workers"], stance=None),
        actor("Teamsters Local 839", "organisation", title="union", aliases=["Teamsters Local 839"], stance=-1),
        actor("Lanny Fox", "person", title="Secretary-Treasurer", affiliation="Teamsters Local 839",
              aliases=["Lanny Fox", "Fox"], stance=-1),
        actor("Nathan Long", "person", title="Pasco Mayor", affiliation="City of Pasco",
              aliases=["Nathan Long", "Long"], stance=0),
        actor("Washington State Employment Security Department", "government", title="state agency",
              aliases=["Washington State Employment Security Department"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Yale Daily News campus (the economics chair skips a PhD cohort). Curly quotes, class years.
ARTICLES[f"{BATCH}/economics-phd-pause-whitlock.gold.json"] = {
    "article": f"{BATCH}/economics-phd-pause-whitlock.txt",
    "target": "Lena Whitlock",
    "quotes": [
        (P, "Lena Whitlock", "pause", "\u201cpause\u201d"),
        (I, "Lena Whitlock", "The Department of Economics will not admit a new class of doctoral students next fall",
            None),
        (P, "Lena Whitlock", "structural gap", None),
        (D, "Lena Whitlock", "I did not take this decision lightly, and I know it will be painful for many of you,",
            None),
        (D, "Lena Whitlock", "But the alternative was to admit students we could not be sure of supporting through "
            "their fifth and sixth years. I was not willing to do that.", None),
        (I, "Lena Whitlock", "every current doctoral student would keep full funding and that the department expected "
            "to resume admissions in the fall of 2028", None),
        (D, "Lena Whitlock", "If the numbers change, of course. They have not changed.", None),
        (P, "Local 33\u2013UNITE HERE", "a cut dressed up as prudence", None),
        (I, "Local 33\u2013UNITE HERE", "it had not been told of the plan before Monday\u2019s email", None),
        (I, "Esther Kim", "many students learned of the decision from friends in other departments", None),
        (D, "Esther Kim", "Nobody is saying the money isn\u2019t tight. What we\u2019re saying is that there was a room "
            "where this was decided and none of us were in it,", None),
        (I, "Daniel Kim", "the decision had made him rethink his plans", None),
        (P, "Arjun Mehta", "the responsible call", None),
        (I, "Arjun Mehta", "other departments were likely to face similar choices", None),
        (D, "Arjun Mehta", "Lena is doing in public what several chairs are doing quietly. She deserves credit for "
            "that, not a petition,", None),
        (I, "Two other economics professors", "the chair had presented the pause at a faculty meeting in November as "
            "one of several options, and that no vote was taken", None),
        (I, "Thomas Beckwith", "decisions about the size of doctoral cohorts rest with departments and the Graduate "
            "School", None),
        (P, "Thomas Beckwith", "remains firmly committed", None),
        (D, "Will Young", "People have a lot of questions about what this means for them, and the town hall is the "
            "place to ask them.", None),
        (S, None, "six-year promise.", None),
    ],
    "actors": [
        actor("Lena Whitlock", "person", title="chair, Department of Economics", affiliation="Yale University",
              aliases=["Lena Whitlock", "Whitlock", "Lena", "the chair"], stance=1),
        actor("Local 33\u2013UNITE HERE", "organisation", title="graduate workers' union",
              aliases=["Local 33\u2013UNITE HERE", "the union"], stance=-1),
        actor("Esther Kim", "person", title="third-year economics doctoral student, union organizer",
              affiliation="Local 33\u2013UNITE HERE", aliases=["Esther Kim", "Kim"], stance=-1),
        actor("Daniel Kim", "person", title="economics major", affiliation="Yale College",
              aliases=["Daniel Kim"], stance=None),
        actor("Arjun Mehta", "person", title="professor, former chair of economics", affiliation="Yale University",
              aliases=["Arjun Mehta", "Mehta"], stance=1),
        actor("Two other economics professors", "group", title="anonymous economics professors",
              affiliation="Yale University", aliases=["Two other economics professors"], stance=-1),
        actor("Thomas Beckwith", "person", title="University spokesperson", affiliation="Yale University",
              aliases=["Thomas Beckwith", "Beckwith"], stance=0),
        actor("Will Young", "person", title="co-chair, Yale Undergraduate Economics Association",
              aliases=["Will Young", "Young"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Pharma Letter (pharma trade press): Australia's TGA refuses an MND drug. Straight quotes.
ARTICLES[f"{BATCH}/tga-rejects-pelorus-mnd-drug.gold.json"] = {
    "article": f"{BATCH}/tga-rejects-pelorus-mnd-drug.txt",
    "target": "Therapeutic Goods Administration",
    "quotes": [
        (P, "Therapeutic Goods Administration", "insufficient evidence", "citing"),
        (P, "Therapeutic Goods Administration", "insufficient evidence", "provided \"insufficient"),
        (I, "Therapeutic Goods Administration", "a confirmatory trial would be needed before the application could be "
            "reconsidered", None),
        (D, "Faith Goodwin", "We are deeply disappointed, and frankly we are surprised,", None),
        (D, "Faith Goodwin", "The TGA has applied a standard to a rare, fatal disease that it would not apply to a "
            "common one. Patients with MND do not have time for another three-year trial.", None),
        (I, "Faith Goodwin", "the company would seek an internal review of the decision under section 60 of the "
            "Therapeutic Goods Act, and was also considering an appeal to the Administrative Review Tribunal", None),
        (I, "Pelorus Bio", "a pre-specified subgroup of patients treated early showed a clearer benefit", None),
        (P, "TGA spokesperson", "the devastating impact of MND on patients and families", None),
        (I, "TGA spokesperson", "it could not register a medicine whose benefit had not been established", None),
        (D, "TGA spokesperson", "Our role is to make sure that medicines supplied in Australia are safe and that they "
            "work. We have applied the same standard we apply to every application, and we have explained to the "
            "sponsor what further evidence would address our concerns,", None),
        (I, "Therapeutic Goods Administration", "PLR-207 remained available to some patients through the Special "
            "Access Scheme", None),
        (P, "FightMND", "with the same options they had in 1996", None),
        (P, "FightMND", "hiding behind process", None),
        (D, "Quang Nguyen", "I have seen patients on this drug who have done remarkably well, and I have seen patients "
            "who have not. That is exactly why we run trials,", None),
        (D, "Quang Nguyen", "I understand the TGA's position, even if I wish the data had been cleaner.", None),
        (I, "Canaccord Genuity", "the company would likely need to raise capital to fund a confirmatory study", None),
        (S, None, "provisional pathway", None),
        (I, "Pelorus Bio", "it had not applied for provisional determination before filing", None),
        (I, "Pelorus Bio", "it had cash to fund operations into the third quarter of 2027", None),
    ],
    "actors": [
        actor("Therapeutic Goods Administration", "government", title="medicines regulator", affiliation="Australia",
              aliases=["Therapeutic Goods Administration", "TGA", "the regulator"], stance=1),
        actor("Faith Goodwin", "person", title="chief executive", affiliation="Pelorus Bio",
              aliases=["Faith Goodwin", "Goodwin", "Dr Goodwin"], stance=-1),
        actor("Pelorus Bio", "organisation", title="biotech company",
              aliases=["Pelorus Bio", "Pelorus", "the company"], stance=-1),
        actor("TGA spokesperson", "person", title="spokesperson", affiliation="Therapeutic Goods Administration",
              aliases=["TGA spokesperson", "the spokesperson"], stance=1),
        actor("FightMND", "organisation", title="MND charity", aliases=["FightMND"], stance=-1),
        actor("Quang Nguyen", "person", title="neurologist, SHORELINE investigator",
              aliases=["Quang Nguyen", "Nguyen", "Prof Nguyen"], stance=0),
        actor("Canaccord Genuity", "organisation", title="broker (analysts)", aliases=["Canaccord Genuity"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
