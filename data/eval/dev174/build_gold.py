"""Build the dev174 gold files (data/eval/dev174/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev174/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev174.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev174"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Nigerian Tribune business/diplomacy (a Russian firm signs to revive the Ajaokuta steel plant),
#    headline without speech, "By ... - Abuja" byline, Nigerian press cues ("disclosed that", "the
#    minister stated", "According to him,", "he lamented", "pleaded anonymity"), honorifics (Alhaji,
#    Mr, Comrade, Dr, Mrs). Ambassador "described the agreement as "..." for ..., noting that B"
#    (partial plus indirect); union president "told Tribune Online that workers had heard "..." many
#    times" (partial only); economist "saying much of the equipment ... was "..."" (partial only);
#    state government "in a statement signed by the Commissioner ... welcomed ... and said it would
#    create "..."" (act; partial only, speaker the state government); content before "according to the
#    Bureau of Public Enterprises"; scare "revival" committees.
ARTICLES[f"{BATCH}/ajaokuta-steel-russian-deal.gold.json"] = {
    "article": f"{BATCH}/ajaokuta-steel-russian-deal.txt",
    "target": "Russia",
    "quotes": [
        (I, "Umar Danladi", "the first phase of the $1.2bn project would see the plant's light section mill running by "
            "the end of 2028", None),
        (D, "Umar Danladi", "Ajaokuta is not a dead project. It is a sleeping giant, and today we have started to wake "
            "it up,", None),
        (I, "Umar Danladi", "the Russian side will provide the technical team while Nigeria will fund the project "
            "through a mix of budgetary allocation and export credit", None),
        (P, "Dmitry Volokhov", "a return home", None),
        (I, "Dmitry Volokhov", "the Soviet Union designed and built much of the plant in the 1980s", None),
        (D, "Dmitry Volokhov", "Russia has always been a reliable partner of Nigeria. We did not come here to take; we "
            "came to build,", None),
        (I, "Oleg Korovin", "the company would bring in more than 200 Russian specialists in the first year, and that "
            "Nigerian engineers would be trained at its plants in Yekaterinburg", None),
        (P, "Yakubu Abdullahi", "the same promises", None),
        (D, "Yakubu Abdullahi", "Every government comes with a Russian partner and a big ceremony. After the ceremony, "
            "nothing happens. Our members have not been paid their arrears for 31 months,", None),
        (P, "Funmilayo Ajayi", "largely obsolete", None),
        (D, "Funmilayo Ajayi", "The Russians know this plant better than anyone, that is true. But the question is "
            "whether we should be rebuilding a 1970s blast furnace in 2026 or investing in modern electric arc "
            "furnaces,", None),
        (I, "A senior official in the ministry", "Western sanctions on Russia could complicate payments to the "
            "company", None),
        (D, "A senior official in the ministry", "We are looking at settling some of the obligations in naira and "
            "roubles. The lawyers are still working on it,", None),
        (P, "Kogi State Government", "thousands of jobs", None),
        (I, "Bureau of Public Enterprises", "Ajaokuta has gulped more than $8bn since 1979 without producing a single "
            "sheet of steel", None),
        (S, None, "revival", None),
    ],
    "actors": [
        actor("Umar Danladi", "person", title="Minister of Steel Development", affiliation="Federal Government of Nigeria",
              aliases=["Umar Danladi", "Danladi"], stance=1),
        actor("Dmitry Volokhov", "person", title="Russia's Ambassador to Nigeria", affiliation="Russia",
              aliases=["Dmitry Volokhov", "Volokhov"], stance=1),
        actor("Oleg Korovin", "person", title="Chief Executive Officer", affiliation="Sibtyazhmash",
              aliases=["Oleg Korovin", "Korovin"], stance=1),
        actor("Yakubu Abdullahi", "person", title="President",
              affiliation="Iron and Steel Senior Staff Association of Nigeria (ISSSAN)",
              aliases=["Yakubu Abdullahi", "Abdullahi"], stance=-1),
        actor("Funmilayo Ajayi", "person", title="economist", affiliation="University of Ibadan",
              aliases=["Funmilayo Ajayi", "Ajayi"], stance=0),
        actor("A senior official in the ministry", "person", title="anonymous ministry official",
              affiliation="Ministry of Steel Development", aliases=["A senior official in the ministry"], stance=0),
        actor("Kogi State Government", "government", affiliation="Kogi State", aliases=["Kogi State Government"],
              stance=1),
        actor("Bureau of Public Enterprises", "government", affiliation="Federal Government of Nigeria",
              aliases=["Bureau of Public Enterprises"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Arkansas Democrat-Gazette courts (a former county judge's theft trial opens), headline without
#    speech, byline, "Arkansas Democrat-Gazette" and "December 2, 2026 at 6:41 p.m." lines, dateline
#    "DANVILLE --", straight " and apostrophes, commas inside closing marks. Three people named Pruitt
#    (the defendant, an unrelated foreman, the defendant's wife). Lede "Prosecutors told a ... jury that
#    X treated ... "..."," (partial only, speaker the prosecutors as a group); deputy prosecutor quote then
#    "told jurors that A"; defence lawyer "said A", a quote split by "Bledsoe said", "described the case
#    as "..." and noted that B" (partial plus indirect); foreman "testified that A", Q&A "Asked by ...,
#    he said, "..."", "acknowledged that A"; content before "according to an Arkansas State Police
#    investigative file"; wife "said outside that the family was "..."" (partial only), then "she said";
#    judge "told jurors A"; scare "courtesy work" category. Not annotated: "He has pleaded innocent",
#    "Harlan declined to comment", "did not speak to reporters".
ARTICLES[f"{BATCH}/yell-county-judge-trial-pruitt.gold.json"] = {
    "article": f"{BATCH}/yell-county-judge-trial-pruitt.txt",
    "target": "Darrell Pruitt",
    "quotes": [
        (P, "Prosecutors", "like his own private contracting company,", None),
        (D, "Karen Whitlow", "This case is about a man who forgot that the bulldozers belonged to the taxpayers,", None),
        (I, "Karen Whitlow", "county records would show crews spent more than 900 hours on Pruitt's properties between "
            "2021 and 2024", None),
        (I, "Jeff Bledsoe", "the work was done on county easements and benefited neighbors as much as it did his "
            "client", None),
        (D, "Jeff Bledsoe", "You are going to hear a lot about a pond,", None),
        (D, "Jeff Bledsoe", "What you are not going to hear is a single witness who says Judge Pruitt told anybody to "
            "lie.", None),
        (P, "Jeff Bledsoe", "a political hit job", None),
        (I, "Jeff Bledsoe", "the complaint was filed weeks before the 2024 Republican primary, which Pruitt lost to "
            "current County Judge Ted Harlan", None),
        (I, "Ricky Pruitt", "he and two other employees spent most of June 2022 digging the pond", None),
        (D, "Ricky Pruitt", "He was the judge. You don't tell the judge no.", None),
        (I, "Ricky Pruitt", "the pond's overflow drained into a county ditch that had flooded a nearby road for years",
            None),
        (I, "Arkansas State Police", "The investigation began after an anonymous complaint in early 2024", None),
        (S, None, "courtesy work", None),
        (P, "Connie Pruitt", "at peace.", None),
        (D, "Connie Pruitt", "He's a good man who's spent his whole life serving this county, and he'll be cleared,",
            None),
        (I, "Paula Strand", "the trial was expected to last four days", None),
    ],
    "actors": [
        actor("Prosecutors", "group", title="prosecution", affiliation="Yell County prosecuting attorney's office",
              aliases=["Prosecutors"], stance=-1),
        actor("Karen Whitlow", "person", title="Deputy Prosecuting Attorney", aliases=["Karen Whitlow", "Whitlow"],
              stance=-1),
        actor("Jeff Bledsoe", "person", title="defense attorney", affiliation="Darrell Pruitt's defense",
              aliases=["Jeff Bledsoe", "Bledsoe"], stance=1),
        actor("Ricky Pruitt", "person", title="road department foreman", affiliation="Yell County road department",
              aliases=["Ricky Pruitt"], stance=-1),
        actor("Arkansas State Police", "government", title="state police investigative file",
              aliases=["Arkansas State Police"], stance=None),
        actor("Connie Pruitt", "person", title="defendant's wife", aliases=["Connie Pruitt"], stance=1),
        actor("Paula Strand", "person", title="Circuit Judge", aliases=["Paula Strand", "Strand"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Bolton News health (the hospital trust ends free parking for blue badge holders), Newsquest
#    style: headline and standfirst without speech, byline with "Health reporter", lede opening in
#    capitals ("DISABLED patients ..."), straight " and apostrophes, "£2.50", "Cllr", "Ms", two "Read
#    more:" lines. Lede "after ... Trust confirmed it will ..." (indirect); content before "the trust
#    said"; director "said: "..." open at the end of its line, then a closed paragraph, "He said A";
#    councillor "said the decision was "..."" (partial only), "she said" and a quote-only paragraph;
#    "In a statement, the trust said A"; petition starter "said she had started it "..."" (partial only)
#    and "She said: "...""; Healthwatch "said A and that B" (one span); anonymous staff member "said
#    workers were also "..." with ..." (partial only); "what the trust calls a "..." review" (partial, as
#    dev59's fire service).
ARTICLES[f"{BATCH}/bolton-hospital-blue-badge-parking.gold.json"] = {
    "article": f"{BATCH}/bolton-hospital-blue-badge-parking.txt",
    "target": "Bolton NHS Foundation Trust",
    "quotes": [
        (I, "Bolton NHS Foundation Trust", "it will start charging blue badge holders to park at Royal Bolton Hospital "
            "from January", None),
        (I, "Bolton NHS Foundation Trust", "Under the new tariff, blue badge holders will pay \u00a32.50 for up to four "
            "hours", None),
        (D, "Gareth Lomax", "We have not taken this decision lightly.", None),
        (D, "Gareth Lomax", "Every pound we spend subsidising car parking is a pound we are not spending on patient "
            "care, and the money raised will go straight back into improving the site.", None),
        (I, "Gareth Lomax", "the trust was one of only a handful in Greater Manchester still offering free parking to "
            "blue badge holders", None),
        (P, "Hilary Fairclough", "a tax on being ill", None),
        (D, "Hilary Fairclough", "I've had calls all week from people who are frightened they won't be able to afford "
            "to visit relatives,", None),
        (D, "Hilary Fairclough", "One lady told me she goes in three times a week with her husband for his dialysis. "
            "Where is she supposed to find another \u00a37.50?", None),
        (I, "Bolton NHS Foundation Trust", "exemptions would remain for patients attending for cancer treatment and "
            "renal dialysis, and for parents of babies on the neonatal unit", None),
        (P, "Leanne Birch", "out of pure frustration", None),
        (D, "Leanne Birch", "Alfie has appointments at the hospital almost every week. We don't choose to be there. "
            "Nobody parks at a hospital for fun.", None),
        (I, "Healthwatch Bolton", "it had received 40 complaints since the announcement and that the trust should pause "
            "the change until it had spoken to patient groups", None),
        (P, "One member of staff", "fed up", None),
        (P, "Bolton NHS Foundation Trust", "fair parking", None),
    ],
    "actors": [
        actor("Bolton NHS Foundation Trust", "organisation", title="hospital trust", affiliation="NHS",
              aliases=["Bolton NHS Foundation Trust", "trust"], stance=1),
        actor("Gareth Lomax", "person", title="director of estates", affiliation="Bolton NHS Foundation Trust",
              aliases=["Gareth Lomax", "Lomax"], stance=1),
        actor("Hilary Fairclough", "person", title="councillor for Harper Green", affiliation="Bolton Council",
              aliases=["Hilary Fairclough", "Fairclough", "Cllr Hilary Fairclough"], stance=-1),
        actor("Leanne Birch", "person", title="petition organiser, Westhoughton mum",
              aliases=["Leanne Birch", "Birch", "Ms Birch"], stance=-1),
        actor("Healthwatch Bolton", "organisation", title="patient watchdog", aliases=["Healthwatch Bolton"],
              stance=-1),
        actor("One member of staff", "person", title="anonymous hospital worker",
              affiliation="Bolton NHS Foundation Trust", aliases=["One member of staff"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Supermarket News (trade press: a regional grocer pulls self-checkout), headline, standfirst
#    without speech, "Ellen Barto | Dec 04, 2026" line, straight " and apostrophes, commas and full
#    stops inside closing marks, "SN". Lede "..., the ... grocer said Thursday" and content before "the
#    company said in a news release" (two indirects); CEO quote split by "CEO Marcus Delgado said in the
#    release" (spokespeople are their own actors), "told SN in an interview that A", Q&A "Asked whether
#    ..., he said: "...""; analyst "said A, but warned that B" (two indirects), "she said"; union local
#    president "said the company had "..." to employees ..." (partial only), "But she said A", quote with
#    "Spiegel said"; anonymous store manager "said the change was "..."" (partial only); spokeswoman "said
#    A and that B" (one span); scare the industry's "frictionless" checkout push. Not annotated: "The
#    company did not disclose ...".
ARTICLES[f"{BATCH}/harvest-lane-self-checkout.gold.json"] = {
    "article": f"{BATCH}/harvest-lane-self-checkout.txt",
    "target": "Harvest Lane Markets",
    "quotes": [
        (I, "Harvest Lane Markets", "Harvest Lane Markets is removing self-checkout kiosks from 40 of its 112 stores by "
            "the end of February", None),
        (I, "Harvest Lane Markets", "The stores, mostly in Ohio and Indiana, will replace the kiosks with staffed "
            "express lanes, and the chain plans to hire about 300 cashiers", None),
        (D, "Marcus Delgado", "Self-checkout promised speed and lower costs, and in a lot of our stores it delivered "
            "neither,", None),
        (D, "Marcus Delgado", "Our customers told us they missed seeing a friendly face at the end of their trip, and "
            "frankly, so did we.", None),
        (I, "Marcus Delgado", "losses from theft and scanning errors at the kiosks were running at roughly twice the "
            "rate of staffed lanes", None),
        (D, "Marcus Delgado", "It will, in the short term. But shrink was costing us more than the wages will.", None),
        (S, None, "frictionless", None),
        (I, "Priya Raman", "the decision made sense for a chain of Harvest Lane's size", None),
        (I, "Priya Raman", "it could be hard to reverse if the labor market tightens again", None),
        (D, "Priya Raman", "Regional grocers compete on service. They were never going to beat Walmart on "
            "self-checkout,", None),
        (P, "Rhonda Spiegel", "finally listened", None),
        (I, "Rhonda Spiegel", "the new positions should be full-time jobs with benefits", None),
        (D, "Rhonda Spiegel", "Three hundred part-time jobs at $14 an hour won't feed a family,", None),
        (P, "One store manager in Indianapolis", "long overdue.", None),
        (I, "Dana Kowalczyk", "the removed kiosks would be moved to 12 busier suburban stores and that no current "
            "employees would lose hours as a result", None),
    ],
    "actors": [
        actor("Harvest Lane Markets", "organisation", title="Dayton, Ohio-based grocer",
              aliases=["Harvest Lane Markets", "Harvest Lane", "the company"], stance=1),
        actor("Marcus Delgado", "person", title="CEO", affiliation="Harvest Lane Markets",
              aliases=["Marcus Delgado", "Delgado"], stance=1),
        actor("Priya Raman", "person", title="retail analyst", affiliation="Coresight Research",
              aliases=["Priya Raman", "Raman"], stance=0),
        actor("Rhonda Spiegel", "person", title="union local president", affiliation="union local of Harvest Lane workers",
              aliases=["Rhonda Spiegel", "Spiegel"], stance=0),
        actor("One store manager in Indianapolis", "person", title="anonymous store manager",
              affiliation="Harvest Lane Markets", aliases=["One store manager in Indianapolis"], stance=1),
        actor("Dana Kowalczyk", "person", title="Spokeswoman", affiliation="Harvest Lane Markets",
              aliases=["Dana Kowalczyk", "Kowalczyk"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
