"""Build the dev22 gold files (data/eval/dev22/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev22/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev22.  Standard library only.
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
# 1. New York Times-style political feature (town hall), Title Case headline and deck without
#    speech, byline, dateline with an em dash, curly “ ” and ’, Mr./Ms. honorifics, ages.
#    Lede speaker unnamed ("a man ... who said he had voted ...": indirect), named in the next
#    paragraph after his quoted question ("asked the man, Ray Pelkey, 67, ..."); the congressman
#    "replied". Voter named after a long quote ("said X, 52, who ..."). Protesters "chanted"
#    (group, direct). "has argued that A and that B" (one span); "conceded that". Quote split by
#    "he said" whose second part runs on into the next paragraph (three direct entries).
#    "In a post on social media ..., she wrote that Mr. Huttner had “...”" (partial only);
#    "said in a phone interview that". Campaign spokeswoman "said A and called X “...”" (indirect
#    plus partial). Party chairman named after the quote. "a woman near the back called out, “...”"
#    (unnamed speaker, direct). Political scientist "noted that" then "she said". Closing "he said"
#    is Pelkey (subject of the sentence before).
ARTICLES["data/eval/dev22/bradford-airport-huttner-town-hall.gold.json"] = {
    "article": "data/eval/dev22/bradford-airport-huttner-town-hall.txt",
    "target": "Dale Huttner",
    "quotes": [
        (I, "Ray Pelkey", "he had voted for Representative Dale Huttner three times", None),
        (D, "Ray Pelkey", "Who\u2019s going to fly in here when the plane\u2019s gone?", None),
        (D, "Dale Huttner", "Nobody, if the flights keep losing money the way they do now,", None),
        (D, "Donna Reinholt", "I knocked doors for Dale in 2020. I\u2019d probably do it again tomorrow. But I want "
            "him to look at me and tell me why my daughter has to drive two and a half hours to catch a flight,",
            None),
        (D, "protesters", "Keep Bradford flying!", None),
        (I, "Dale Huttner", "the program costs taxpayers more than $500 a passenger at some airports and that the "
            "money would do more good on rural roads", None),
        (I, "Dale Huttner", "he had underestimated how personally people would take the vote", None),
        (D, "Dale Huttner", "I\u2019m not going to pretend it was popular up here,", None),
        (D, "Dale Huttner", "But I was sent to Washington to stop spending money we don\u2019t have, and I don\u2019t "
            "get to make an exception for my own district.", None),
        (D, "Dale Huttner", "If I did, I\u2019d be every other politician these folks complain about.", None),
        (P, "Beth Ann Sawicki", "traded Bradford for a talking point.", None),
        (I, "Beth Ann Sawicki", "the airport was one of the main reasons two manufacturers had kept their plants in "
            "the county", None),
        (I, "Kelsey Ward", "the congressman had secured $14 million for Route 219 in the same bill", None),
        (P, "Kelsey Ward", "a lot of noise from someone who has never had to cast a hard vote.", None),
        (D, "Kevin Ostrander", "He handed us the first issue in twenty years that people in this district actually "
            "argue about at the diner,", None),
        (D, "woman near the back", "Thank you for saying it!", None),
        (I, "Jill Harrow", "the subsidy for the whole country amounts to a rounding error in the federal budget",
            None),
        (D, "Jill Harrow", "It is not a rounding error in these towns. That gap is exactly where a primary "
            "challenger lives,", None),
        (D, "Ray Pelkey", "He\u2019s a good man. He\u2019s just wrong about this one,", None),
    ],
    "actors": [
        actor("Ray Pelkey", "person", title="retired machinist, 67", affiliation="Lewis Run, Pa.",
              aliases=["Ray Pelkey", "Pelkey", "Mr. Pelkey"], stance=-1),
        actor("Dale Huttner", "person", title="U.S. representative (Republican, third term)",
              affiliation="U.S. House of Representatives",
              aliases=["Dale Huttner", "Huttner", "Mr. Huttner", "the congressman", "Dale"], stance=1),
        actor("Donna Reinholt", "person", title="flower shop owner, 52", affiliation="Bradford, Pa.",
              aliases=["Donna Reinholt", "Reinholt"], stance=-1),
        actor("protesters", "group", title="about 30 protesters on the library steps",
              aliases=["protesters"], stance=-1),
        actor("Beth Ann Sawicki", "person", title="township supervisor; Republican primary challenger, 44",
              affiliation="Smethport, Pa.", aliases=["Beth Ann Sawicki", "Sawicki", "Ms. Sawicki"], stance=-1),
        actor("Kelsey Ward", "person", title="campaign spokeswoman", affiliation="Huttner campaign",
              aliases=["Kelsey Ward", "Ward"], stance=1),
        actor("Kevin Ostrander", "person", title="county Democratic chairman", affiliation="McKean County Democrats",
              aliases=["Kevin Ostrander", "Ostrander"], stance=-1),
        actor("woman near the back", "person", title="town hall attendee",
              aliases=["woman near the back"], stance=1),
        actor("Jill Harrow", "person", title="political scientist",
              affiliation="University of Pittsburgh at Bradford", aliases=["Jill Harrow", "Harrow"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ABC News (Australia) regional rural story, "ABC Western Qld" line, byline, "Posted" line,
#    "In short:" summary whose bullets carry reported speech ("The council says ...",
#    "What's next? Producers say ..."), plain subheadings without speech; straight double quotes
#    and straight apostrophes (I've, ratepayers', We've, It's, state's); full stop outside a
#    closing mark. Group "After ..., cattle producers ... say" (indirect, span after the cue only)
#    and "Producers who packed the public gallery shouted "Shame!"" (direct, same group). Mayor
#    "said the decision was "..." but the council could not keep "..."" (two partials, no
#    indirect); "Cr Gallagher told ABC Western Queensland" then a quote-only paragraph
#    (continuity). "The council says A and that B" (one span). Grazier introduced with "who ...",
#    "said" then "he said". Councillor "said ... "..." ..., and accused the majority of having
#    "..."" (two partials). Stock agent "said" (indirect) then "Ms Thorne said". Government
#    spokesperson "said A and B" (one span). CEO statement "said A and that B" (one span).
ARTICLES["data/eval/dev22/kilcarra-saleyards-closure.gold.json"] = {
    "article": "data/eval/dev22/kilcarra-saleyards-closure.txt",
    "target": "Warrego Plains Regional Council",
    "quotes": [
        (I, "Warrego Plains Regional Council", "the yards lose about $400,000 a year and need more than $3 million "
            "in repairs", None),
        (I, "cattle producers", "they will take their fight to the state government", None),
        (I, "cattle producers", "they will have to truck stock hundreds of kilometres further to sell it", None),
        (D, "cattle producers", "Shame!", None),
        (P, "Trish Gallagher", "the hardest vote I've had to take", None),
        (P, "Trish Gallagher", "pouring ratepayers' money into a facility we use a dozen times a year", None),
        (D, "Trish Gallagher", "We've looked at every option. We went to the state, we went to the agents, we looked "
            "at leasing it out,", None),
        (D, "Trish Gallagher", "Nobody came to the table with money.", None),
        (I, "Warrego Plains Regional Council", "the yards lost $412,000 last financial year and that an engineering "
            "report found ramps, pens and the effluent system needed $3.1 million of work", None),
        (I, "Col Mahony", "the nearest alternative was Roma, a 380-kilometre drive on roads that flood most wet "
            "seasons", None),
        (D, "Col Mahony", "You put young cattle on a truck for six hours instead of one and they come off lighter, "
            "they come off stressed, and the buyer knows it,", None),
        (P, "Darren Pidgeon", "never seriously tried", None),
        (P, "Darren Pidgeon", "made up their minds two years ago", None),
        (I, "Melissa Thorne", "the yards held 11 sales last year, down from more than 30 a decade ago, as producers "
            "increasingly sold direct to feedlots or through online auctions", None),
        (D, "Melissa Thorne", "It's sad, and I'll miss it, but the numbers have been going one way for a long time,",
            None),
        (I, "Queensland government spokesperson", "saleyards were owned and run by local councils and decisions "
            "about their future were a matter for each council", None),
        (I, "Graham Iles", "the closure would free up money for roads and that the site would be offered for sale or "
            "lease, with any buyer required to keep a loading ramp open for local producers for at least five years",
            None),
        (I, "Col Mahony", "producers would meet at the Kilcarra showgrounds next Thursday to draft a petition to the "
            "state's agriculture minister", None),
        (D, "Col Mahony", "We're not asking for a handout. We're asking for a set of yards,", None),
    ],
    "actors": [
        actor("Warrego Plains Regional Council", "organisation", title="local council (south-west Queensland)",
              aliases=["Warrego Plains Regional Council", "The council", "the council"], stance=1),
        actor("cattle producers", "group", title="cattle producers of the Kilcarra district",
              aliases=["cattle producers", "Producers"], stance=-1),
        actor("Trish Gallagher", "person", title="mayor", affiliation="Warrego Plains Regional Council",
              aliases=["Trish Gallagher", "Gallagher", "Cr Gallagher"], stance=1),
        actor("Col Mahony", "person", title="grazier (Bimbadeen Station)", aliases=["Col Mahony", "Mahony",
              "Mr Mahony"], stance=-1),
        actor("Darren Pidgeon", "person", title="councillor (voted against the closure)",
              affiliation="Warrego Plains Regional Council", aliases=["Darren Pidgeon", "Pidgeon"], stance=-1),
        actor("Melissa Thorne", "person", title="stock agent", affiliation="Kilcarra Rural Agencies",
              aliases=["Melissa Thorne", "Thorne", "Ms Thorne"], stance=0),
        actor("Queensland government spokesperson", "person", title="spokesperson",
              affiliation="Queensland government", aliases=["Queensland government spokesperson"], stance=0),
        actor("Graham Iles", "person", title="chief executive", affiliation="Warrego Plains Regional Council",
              aliases=["Graham Iles", "Iles"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. US tech trade press (consumer-hardware site), byline and timestamp lines, curly “ ” in the
#    body and ‘ ’ in the headline, ’ apostrophes, American punctuation inside closing marks.
#    Headline fragment ‘extremely rare’ (calls incidents) -> Tessel Labs (the entity the headline
#    names). Lede content before "according to a notice ... by the US Consumer Product Safety
#    Commission"; "The CPSC says". Company statement: content before "the company said in a
#    statement", participial "adding that it was acting “...”" (partial only), "Incidents were
#    “extremely rare,” the statement said" (partial). Scare “wear it and forget it” (a marketing
#    line nobody is said to say). "was quoted by Bloomberg ... as saying Tessel had “...”"
#    (partial, Oyelaran). Blog post "wrote that the company had “...”" (partial only), then "he
#    wrote" (two direct). Reddit user by handle: "wrote ... that her dock had “...” and that
#    ..." (partial plus indirect), "she told Signal Path in a direct message" (direct).
#    Spokesperson "said A" (indirect), "Asked about ..., Cho said agents had been following “...”"
#    (partial only; the question not annotated). Engineer named after the first part of a split
#    quote. "The company says" (indirect). Update line not annotated.
ARTICLES["data/eval/dev22/tessel-drift-charger-recall.gold.json"] = {
    "article": "data/eval/dev22/tessel-drift-charger-recall.txt",
    "target": "Tessel Labs",
    "quotes": [
        (P, "Tessel Labs", "extremely rare", "calls incidents"),
        (I, "US Consumer Product Safety Commission", "Tessel Labs is recalling about 310,000 charging docks for its "
            "Drift smart ring after receiving 61 reports of the docks overheating, including 14 reports of minor "
            "burns", None),
        (I, "US Consumer Product Safety Commission", "the dock\u2019s charging contacts can short out when exposed to "
            "sweat or moisture, which can make the plastic housing hot enough to warp", None),
        (I, "Tessel Labs", "Tessel will mail every owner a redesigned dock and a $25 store credit", None),
        (P, "Tessel Labs", "out of an abundance of caution.", None),
        (P, "Tessel Labs", "extremely rare,", None),
        (S, None, "wear it and forget it", None),
        (P, "Marcus Oyelaran", "never had a single thermal incident", None),
        (P, "Marcus Oyelaran", "let down the people who trust us to wear our product 24 hours a day.", None),
        (D, "Marcus Oyelaran", "We should have caught this in testing. We didn\u2019t, and I\u2019m sorry,", None),
        (D, "Marcus Oyelaran", "Every Drift owner gets a new dock, whether or not they\u2019ve had a problem with "
            "theirs.", None),
        (P, "u/quietkeel", "melted a little crescent into my nightstand", None),
        (I, "u/quietkeel", "Tessel\u2019s support team had told her to wipe the contacts with a dry cloth", None),
        (D, "u/quietkeel", "They treated it like user error for months,", None),
        (I, "Renata Cho", "the company opened an investigation in September and finished its testing in December, "
            "when it stopped shipping the HD-2", None),
        (P, "Renata Cho", "a troubleshooting script written for a different problem.", None),
        (D, "Tomasz Wilk", "A dock that sits on a nightstand next to a sleeping person is a different risk category "
            "from a phone charger on a desk,", None),
        (D, "Tomasz Wilk", "Fourteen burns is not a big number. It\u2019s also not a number you want.", None),
        (I, "Tessel Labs", "the new docks, which use sealed contacts, will start shipping in June", None),
    ],
    "actors": [
        actor("Tessel Labs", "organisation", title="consumer hardware company (Drift smart ring)",
              aliases=["Tessel Labs", "Tessel", "the company", "The company"], stance=1),
        actor("US Consumer Product Safety Commission", "government", title="US federal product safety regulator",
              aliases=["US Consumer Product Safety Commission", "CPSC"], stance=0),
        actor("Marcus Oyelaran", "person", title="chief executive", affiliation="Tessel Labs",
              aliases=["Marcus Oyelaran", "Oyelaran"], stance=0),
        actor("u/quietkeel", "person", title="Reddit user (Drift owner)", aliases=["u/quietkeel"], stance=-1),
        actor("Renata Cho", "person", title="spokesperson", affiliation="Tessel Labs",
              aliases=["Renata Cho", "Cho"], stance=1),
        actor("Tomasz Wilk", "person", title="battery safety engineer (consults for retailers)",
              aliases=["Tomasz Wilk", "Wilk"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Canadian newspaper court report (Nova Scotia Supreme Court, Charter challenge), byline with
#    a middle dot, "Posted:" line, straight double quotes and straight apostrophes (tenants',
#    days', alliance's, Isn't, I'm, can't), Canadian spelling and "per cent", no honorifics.
#    Lede "A Halifax tenants' group told Nova Scotia Supreme Court ... that" (the alliance speaks
#    through its application: indirect). Scare "renovictions," ("known locally as"). "According
#    to figures the alliance filed with the court, A" (indirect, the alliance). Lawyer named after
#    the first part of a split quote ("X, the alliance's lawyer, told the court"), "Tilley argued
#    that". Q&A in court: the judge's quoted question ("the judge asked"), "Tilley replied" (two
#    direct). Province's lawyer "argued that A, and described the application as "..."" (indirect
#    plus partial). Tenant outside court "said" (indirect), then a quote split by "she said" that
#    runs on into the next paragraph (three direct entries). Department emailed statement "said A
#    and that the government was "confident" ..." (indirect plus partial only). Landlords'
#    spokesman named after the quote ("said X, executive director of ..., which ..."). Judge
#    "reserved her decision and said" (indirect).
ARTICLES["data/eval/dev22/nova-scotia-renovation-eviction-challenge.gold.json"] = {
    "article": "data/eval/dev22/nova-scotia-renovation-eviction-challenge.txt",
    "target": "Nova Scotia government",
    "quotes": [
        (I, "Halifax Tenants Alliance", "a provincial law letting landlords evict tenants for major renovations "
            "without a tribunal hearing violates the Charter of Rights and Freedoms", None),
        (S, None, "renovictions,", None),
        (I, "Halifax Tenants Alliance", "landlords issued 412 renovation eviction notices in the first six months "
            "after the law took effect", None),
        (D, "Emily Tilley", "The province has effectively built a trapdoor under every tenant in Nova Scotia,", None),
        (D, "Emily Tilley", "You can fall through it with 60 days' notice, and no one ever has to hear your side.",
            None),
        (I, "Emily Tilley", "the law breaches Section 7 of the Charter, which protects security of the person, "
            "because older and disabled tenants face a real risk of homelessness when they lose their apartments",
            None),
        (D, "Anne-Marie Keating", "Isn't that exactly the kind of policy choice the legislature gets to make?", None),
        (D, "Emily Tilley", "It is a choice the legislature gets to make within the Charter,", None),
        (D, "Emily Tilley", "Not outside it.", None),
        (I, "Jonathan Keddy", "nothing in the Charter guarantees a right to a particular apartment", None),
        (P, "Jonathan Keddy", "a policy disagreement dressed up as a constitutional case.", None),
        (I, "Marlene Boutilier", "she had lived in her Dartmouth apartment for 26 years before receiving a renovation "
            "notice in April", None),
        (D, "Marlene Boutilier", "They painted the hallway and put in new cupboards, and now the same unit is listed "
            "for $2,100,", None),
        (D, "Marlene Boutilier", "I was paying $940.", None),
        (D, "Marlene Boutilier", "I'm not a lawyer. I just know I did nothing wrong and I lost my home.", None),
        (I, "Department of Municipal Affairs and Housing", "the changes were meant to bring aging rental buildings up "
            "to code faster", None),
        (P, "Department of Municipal Affairs and Housing", "confident", None),
        (D, "Craig Mosher", "Landlords need to be able to do major work on buildings that are 50 and 60 years old, "
            "and you can't replace wiring with somebody living in the unit,", None),
        (I, "Anne-Marie Keating", "she hoped to rule early in the new year", None),
    ],
    "actors": [
        actor("Halifax Tenants Alliance", "organisation", title="tenants' group (applicant)",
              aliases=["Halifax Tenants Alliance", "tenants' group", "the alliance"], stance=-1),
        actor("Emily Tilley", "person", title="lawyer for the applicants", affiliation="Halifax Tenants Alliance",
              aliases=["Emily Tilley", "Tilley"], stance=-1),
        actor("Anne-Marie Keating", "person", title="justice", affiliation="Nova Scotia Supreme Court",
              aliases=["Anne-Marie Keating", "Keating", "the judge"], stance=None),
        actor("Jonathan Keddy", "person", title="lawyer for the province",
              affiliation="Nova Scotia Department of Justice", aliases=["Jonathan Keddy", "Keddy"], stance=1),
        actor("Marlene Boutilier", "person", title="tenant and co-applicant, 71", affiliation="Dartmouth, N.S.",
              aliases=["Marlene Boutilier", "Boutilier"], stance=-1),
        actor("Department of Municipal Affairs and Housing", "government",
              title="Nova Scotia provincial department",
              aliases=["Department of Municipal Affairs and Housing"], stance=1),
        actor("Craig Mosher", "person", title="executive director", affiliation="Nova Scotia Landlords Council",
              aliases=["Craig Mosher", "Mosher"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
