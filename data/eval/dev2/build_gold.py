"""Build the dev2 gold files (data/eval/dev2/*.gold.json) from the annotation specs below.

Same approach as data/eval/build_gold.py, whose helpers (read_text, locate, actor, build) are
imported: each quote is given by its exact text and, when that text occurs more than once, by an
anchor (a string occurring exactly once in the article) from whose start the text is searched.
Run from anywhere:  python3 data/eval/dev2/build_gold.py  then  python3 data/eval/dev2/check.py.
Standard library only.
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
# 1. US local politics, AP style, straight quotes. The target (the mayor) speaks only once, in a
#    quoted fragment from a Facebook post; his spokeswoman is her own actor.
ARTICLES["data/eval/dev2/toledo-rent-cap-vote.gold.json"] = {
    "article": "data/eval/dev2/toledo-rent-cap-vote.txt",
    "target": "Raymond Ostrowski",
    "quotes": [
        (D, "Teresa Alvarado", "This is about whether a nurse or a bus driver can still afford to live "
            "in the city they serve,", None),
        (D, "Teresa Alvarado", "For too long, we've told those families to wait.", None),
        (I, "Teresa Alvarado", "the cap would cover about 38,000 households and would not apply to "
            "buildings less than 15 years old", None),
        (P, "Derek Hollis", "solving a supply problem by strangling supply.", None),
        # "he said" / "she said" / "he shot back": the Hollis-Alvarado exchange announced just before.
        (D, "Derek Hollis", "Every developer I've talked to has told me the same thing: They'll build in "
            "Sylvania or Perrysburg instead,", None),
        (D, "Teresa Alvarado", "Then let them. The families who live here now aren't going anywhere,", None),
        (D, "Derek Hollis", "That's easy to say when you've never had to finance a 60-unit building,", None),
        (D, "Samuel Okafor", "I'm not going to punish a retired couple who rents out the other half of "
            "their house. That was my red line, and the mayor met it,", None),
        # Multi-paragraph quote introduced by a colon: the open paragraph runs to the end of its line.
        (D, "Marisol Vega", "I have lived in the same apartment on Dorr Street for 19 years. I raised three "
            "children there. Last spring my landlord raised the rent by $240 a month, and since then I "
            "have been choosing between groceries and my blood pressure pills.", None),
        (D, "Marisol Vega", "I am not asking for charity. I am asking you to pass this so I can stay in my "
            "home.", None),
        (I, "Greater Toledo Apartment Association", "it was weighing a legal challenge", None),
        (P, "Greater Toledo Apartment Association", "a blunt instrument that will hurt the very renters it "
            "claims to protect.", None),
        (P, "Raymond Ostrowski", "a promise kept.", None),
        (I, "Dana Kim", "he would sign the ordinance on Thursday", None),
        # Kim's quote reports the mayor's view, but the speaker of the quote is Kim.
        (D, "Dana Kim", "He has said from day one that this city can't grow if the people who keep it "
            "running are priced out of it,", None),
    ],
    "actors": [
        actor("Teresa Alvarado", "person", title="councilwoman", affiliation="Toledo City Council (Democrat)",
              aliases=["Teresa Alvarado", "Alvarado"], stance=1),
        actor("Derek Hollis", "person", title="councilman", affiliation="Toledo City Council (Republican)",
              aliases=["Derek Hollis", "Hollis"], stance=-1),
        actor("Samuel Okafor", "person", title="councilman", affiliation="Toledo City Council",
              aliases=["Samuel Okafor", "Okafor"], stance=1),
        actor("Marisol Vega", "person", title="resident, home health aide",
              aliases=["Marisol Vega", "Vega"], stance=1),
        actor("Greater Toledo Apartment Association", "organisation", title="landlords' association",
              aliases=["Greater Toledo Apartment Association", "The group"], stance=-1),
        actor("Raymond Ostrowski", "person", title="mayor", affiliation="Toledo",
              aliases=["Raymond Ostrowski", "Ostrowski", "the mayor"], stance=1),
        actor("Dana Kim", "person", title="spokeswoman for the mayor", affiliation="Toledo mayor's office",
              aliases=["Dana Kim", "Kim"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Science/health, curly double quotes, em dashes inside quotes. "according to the study" and
#    "(the) researchers said/reported" are one actor, the trial's research team; the trial's lead
#    author is her own actor, and so is the CEO quoted "in the statement".
ARTICLES["data/eval/dev2/alzheimers-antibody-trial.gold.json"] = {
    "article": "data/eval/dev2/alzheimers-antibody-trial.txt",
    "target": "Corvane Biosciences",
    "quotes": [
        (I, "researchers", "An experimental antibody made by Corvane Biosciences slowed the loss of memory "
            "and thinking skills by 31% over 18 months in people with early Alzheimer\u2019s disease", None),
        (I, "researchers", "The benefit began to appear at six months and grew steadily through the end of "
            "the trial", None),
        (D, "Helen Marsh", "This is the first time we have seen an effect this size hold up on every "
            "measure we looked at.", None),
        (D, "Helen Marsh", "For patients, that could mean several more months of living independently "
            "\u2014 driving, paying their own bills, recognizing their grandchildren,", None),
        (I, "researchers", "21% of patients on the drug developed brain swelling visible on MRI scans, "
            "compared with 3% on the placebo, and three deaths in the treatment group were linked to "
            "bleeding in the brain", None),
        (S, None, "amyloid hypothesis", None),
        (P, "Amir Haddad", "genuinely encouraging", None),
        (D, "Amir Haddad", "But three deaths is not a footnote. Doctors will need to sit down with every "
            "family and walk through that risk \u2014 honestly, and more than once,", None),
        (I, "Corvane Biosciences", "Corvane plans to ask the Food and Drug Administration for approval "
            "before the end of the year", None),
        (P, "Corvane Biosciences", "a turning point for patients and the people who care for them.", None),
        (D, "Mark Lindqvist", "We believe zenolimab can change what an Alzheimer\u2019s diagnosis means,", None),
        (I, "Sunita Rao", "the average patient in the trial was 71, younger and healthier than most people "
            "living with the disease", None),
        (D, "Sunita Rao", "The people in my clinic are in their 80s. They have heart disease, and half of "
            "them are on blood thinners,", None),
        (D, "Sunita Rao", "Those are exactly the patients who bleed.", None),
        (I, "Helen Marsh", "her team would follow the patients for two more years to see whether the "
            "benefit lasts once the infusions stop", None),
    ],
    "actors": [
        actor("researchers", "group", title="trial research team",
              aliases=["researchers", "study"], stance=0),
        actor("Helen Marsh", "person", title="neurologist, trial lead", affiliation="University of Michigan",
              aliases=["Helen Marsh", "Marsh"], stance=1),
        actor("Amir Haddad", "person", title="doctor (not involved in the study)",
              affiliation="Johns Hopkins University", aliases=["Amir Haddad", "Haddad"], stance=0),
        actor("Corvane Biosciences", "organisation",
              aliases=["Corvane Biosciences", "Corvane", "the company"], stance=1),
        actor("Mark Lindqvist", "person", title="chief executive", affiliation="Corvane Biosciences",
              aliases=["Mark Lindqvist", "Lindqvist"], stance=1),
        actor("Sunita Rao", "person", title="geriatrician", affiliation="University of Washington",
              aliases=["Sunita Rao", "Rao"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Court/crime, curly double quotes with a nested single-quoted phrase (one direct entry, the
#    nested 'leave now,' is not annotated separately: no overlaps). "A former bartender" in the
#    lede is Tanya Ferreira, named in the fourth paragraph.
ARTICLES["data/eval/dev2/copper-pail-arson-trial.gold.json"] = {
    "article": "data/eval/dev2/copper-pail-arson-trial.txt",
    "target": "Curtis Lamb",
    "quotes": [
        (I, "Tanya Ferreira", "bar owner Curtis Lamb ordered her out of his downtown Providence bar about "
            "20 minutes before it went up in flames in March 2022", None),
        (I, "Prosecutors", "he set the fire to collect a $1.2 million insurance payout after the city moved "
            "to strip the Copper Pail of its liquor license over years of noise complaints", None),
        (I, "Elena Ruiz", "the blaze was started by a faulty deep fryer and that fire investigators had "
            "ruled out an accident too quickly", None),
        (P, "residents", "unbearable.", None),
        (I, "Tanya Ferreira", "Lamb walked behind the counter shortly after 1 a.m. and switched off the "
            "music", None),
        (D, "Tanya Ferreira", "He told me \u2018leave now,\u2019 and I did,", None),
        (D, "Tanya Ferreira", "In three years he had never once let me close early.", None),
        (D, "Neil Sutton", "The defendant was out of money, out of time and out of options,", None),
        (D, "Neil Sutton", "So he chose fire.", None),
        # "she asked": Ruiz, the cross-examiner (subject of the sentence before), not Ferreira.
        (D, "Elena Ruiz", "You gave a statement to detectives the morning after the fire and never "
            "mentioned any of this. Why now?", None),
        (D, "Tanya Ferreira", "Because I was scared of him,", None),
        (D, "Curtis Lamb", "That\u2019s a lie!", None),
        (D, "Harold Brandt", "Mr. Lamb, you will get your chance to speak in this courtroom. This is not "
            "it,", None),
        (I, "Omar Price", "the fire began in a storeroom behind the bar, not in the kitchen, and that he "
            "found traces of gasoline on the storeroom floor", None),
    ],
    "actors": [
        actor("Tanya Ferreira", "person", title="former bartender, prosecution witness",
              affiliation="Copper Pail", aliases=["Tanya Ferreira", "Ferreira"], stance=-1),
        actor("Prosecutors", "group", affiliation="Rhode Island Attorney General's office", stance=-1),
        actor("Elena Ruiz", "person", title="defense lawyer", affiliation="Curtis Lamb",
              aliases=["Elena Ruiz", "Ruiz"], stance=1),
        actor("residents", "group", title="residents above the bar", stance=-1),
        actor("Neil Sutton", "person", title="Assistant Attorney General", affiliation="Rhode Island",
              aliases=["Neil Sutton", "Sutton"], stance=-1),
        actor("Curtis Lamb", "person", title="bar owner, defendant", affiliation="Copper Pail",
              aliases=["Curtis Lamb", "Lamb", "Mr. Lamb", "the defendant"], stance=1),
        actor("Harold Brandt", "person", title="Superior Court judge",
              aliases=["Harold Brandt", "Brandt", "the judge"], stance=0),
        actor("Omar Price", "person", title="Deputy State Fire Marshal", affiliation="Rhode Island",
              aliases=["Omar Price", "Price"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Business/technology, straight quotes. The headline fragment "messy" goes to the entity the
#    headline names (the chipmaker, Kestrel Systems), not to Iyer, who says it in the body.
ARTICLES["data/eval/dev2/kestrel-chip-forecast-cut.gold.json"] = {
    "article": "data/eval/dev2/kestrel-chip-forecast-cut.txt",
    "target": "Kestrel Systems",
    "quotes": [
        (P, "Kestrel Systems", "messy", "warns of \"messy"),
        (I, "Kestrel Systems", "its largest customer had delayed orders for its data-center processors", None),
        (I, "Kestrel Systems", "Kestrel now expects revenue of $4.1 billion to $4.3 billion for the year, down "
            "from the $4.8 billion it forecast in February", None),
        (D, "Meera Iyer", "This is going to be a messy quarter, and I'm not going to pretend otherwise,", None),
        (D, "Meera Iyer", "But our backlog is up 22% from a year ago, and not a single customer has canceled "
            "an order.", None),
        (I, "Meera Iyer", "the delays came from one large cloud provider and that she expected most of the "
            "postponed shipments to land in the first half of next year", None),
        (D, "Jordan Pike", "When your biggest customer sneezes, you catch a cold, and right now Kestrel has "
            "a fever,", None),
        (I, "Jordan Pike", "three customers now account for roughly 40% of Kestrel's sales, up from 25% two "
            "years ago", None),
        (D, "Simone Adeyemi", "Nothing about the demand picture has changed. The revenue is late, not lost,",
            None),
        (I, "Kestrel Systems", "Gross margin fell to 51.2% in the quarter from 56.8% a year earlier, largely "
            "because of start-up costs at a new packaging plant in Arizona", None),
        (I, "Kestrel Systems", "it would cut about 6% of its workforce, or roughly 900 jobs, mostly in sales "
            "and administration", None),
        (D, "Meera Iyer", "None of these cuts reflect the work our engineers have done. They built the best "
            "chip we have ever shipped, and it is still the best chip on the market,", None),
        (D, "Daniel Voss", "Layoffs + a 14% drop in one day. The board needs to start asking hard questions, "
            "and it needs to start this week,", None),
    ],
    "actors": [
        actor("Kestrel Systems", "organisation", title="chipmaker",
              aliases=["Kestrel Systems", "Kestrel", "the company", "the chipmaker"], stance=0),
        actor("Meera Iyer", "person", title="chief executive", affiliation="Kestrel Systems",
              aliases=["Meera Iyer", "Iyer"], stance=1),
        actor("Jordan Pike", "person", title="analyst", affiliation="Wedbush Securities",
              aliases=["Jordan Pike", "Pike"], stance=-1),
        actor("Simone Adeyemi", "person", title="analyst", affiliation="Bernstein",
              aliases=["Simone Adeyemi", "Adeyemi"], stance=1),
        actor("Daniel Voss", "person", title="co-founder, former executive, shareholder",
              affiliation="Kestrel Systems", aliases=["Daniel Voss", "Voss"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 5. Sport, British style, curly single quotes with curly apostrophes (players' inside a quote).
#    A sentence split by its attribution gives two direct entries, the second starting lower-case.
ARTICLES["data/eval/dev2/castlebridge-harland-defeat.gold.json"] = {
    "article": "data/eval/dev2/castlebridge-harland-defeat.txt",
    "target": "Steve Harland",
    "quotes": [
        (P, "Steve Harland", "deserved to lose", "admits Castlebridge"),
        (D, "Steve Harland", "We were poor,", None),
        (D, "Steve Harland", "and we deserved to lose. I\u2019m not going to stand here and dress it up as "
            "anything else.", None),
        (S, None, "new-manager bounce", None),
        (D, "Steve Harland", "I\u2019ve spoken to the chairman this week and nothing has changed,", None),
        (I, "Steve Harland", "he would not make wholesale changes for Saturday\u2019s trip to Ravensworth", None),
        (D, "Steve Harland", "It\u2019s not the players\u2019 fault, it\u2019s mine,", None),
        (D, "Steve Harland", "I pick the team, I pick the tactics, and today I got both wrong.", None),
        (D, "Georgia Ashworth", "Hundred per cent,", None),
        (D, "Georgia Ashworth", "Nobody in that dressing room has given up on him. We let him down today, "
            "not the other way round.", None),
        (D, "Lena Fischer", "It\u2019s a strange feeling scoring here. This club made me,", None),
        (D, "Joanne Reilly", "They\u2019re a good side going through a bad spell, and Steve will turn it "
            "round,", None),
        (P, "Rachel Moss", "a team without a plan", None),
        (I, "club spokesperson", "there were no plans to discuss the manager\u2019s position", None),
    ],
    "actors": [
        actor("Steve Harland", "person", title="manager", affiliation="Castlebridge United",
              aliases=["Steve Harland", "Harland", "Steve", "the 54-year-old"], stance=0),
        actor("Georgia Ashworth", "person", title="captain", affiliation="Castlebridge United",
              aliases=["Georgia Ashworth", "Ashworth"], stance=1),
        actor("Lena Fischer", "person", title="forward", affiliation="Northfield Rovers",
              aliases=["Lena Fischer", "Fischer"], stance=None),
        actor("Joanne Reilly", "person", title="manager", affiliation="Northfield Rovers",
              aliases=["Joanne Reilly", "Reilly"], stance=1),
        actor("Rachel Moss", "person", title="pundit, former England defender", affiliation="BBC Radio 5 Live",
              aliases=["Rachel Moss", "Moss"], stance=-1),
        actor("club spokesperson", "person", title="spokesperson (anonymous)", affiliation="Castlebridge United",
              aliases=["club spokesperson"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
