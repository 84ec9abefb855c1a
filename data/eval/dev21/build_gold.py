"""Build the dev21 gold files (data/eval/dev21/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev21/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev21.  Standard library only.
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
# 1. Bloomberg markets, short-seller attack, straight quotes and apostrophes, American
#    punctuation inside closing marks. Lede: "after short seller X said A" (indirect) plus
#    ", an allegation the company called "..."" (partial, target). Report "said A, and that B
#    "..."" (indirect plus partial); "The firm is betting against the stock." (writer's, no cue).
#    Founder "wrote in a post on X" (direct). Company statement "said ... "..." and that B"
#    (partial plus indirect), "It said it would consider "..."" (partial only). CEO "X, 49,
#    who ..., told Bloomberg Television that ... "..." and that B", then a split quote. "was
#    quoted by the Financial Times in March as saying ... "..."" (partial). Analyst "wrote in a
#    note to clients that ... "..." but that B" (partial plus indirect). Portfolio manager named
#    after the first stretch, resumed. Content before "according to a person familiar with the
#    matter". "declined to comment" not annotated. Scare: report title "Castle in the Air".
#    "Read more:" and "--With assistance from" lines carry no speech.
ARTICLES["data/eval/dev21/halcyon-payments-short-seller.gold.json"] = {
    "article": "data/eval/dev21/halcyon-payments-short-seller.txt",
    "target": "Halcyon Payments",
    "quotes": [
        (I, "Coldwater Research", "the card-processing firm had overstated how much money flows through its network",
            None),
        (P, "Halcyon Payments", "false and misleading.", None),
        (I, "Coldwater Research", "about a fifth of the payment volume Halcyon reported last year came from merchants "
            "linked to two of its own directors", None),
        (P, "Coldwater Research", "appear to exist only on paper.", None),
        (D, "Nathan Brisk", "We have never seen a payments company whose best customers share a mailing address "
            "with its board,", None),
        (P, "Halcyon Payments", "numerous factual errors", None),
        (I, "Halcyon Payments", "its financial statements had been audited every year since the listing by "
            "Brannock & Pike LLP", None),
        (P, "Halcyon Payments", "all available legal remedies.", None),
        (P, "Sandra Whitlock", "fully disclosed", None),
        (I, "Sandra Whitlock", "neither director had a financial interest in them", None),
        (D, "Sandra Whitlock", "Short sellers make money when the stock goes down. That is the whole business model,",
            None),
        (D, "Sandra Whitlock", "I'd encourage people to read our filings, not their PDF.", None),
        (P, "Sandra Whitlock", "no related-party exposure worth the name.", None),
        (P, "Tomasz Gorski", "raises questions management needs to answer quickly", None),
        (I, "Tomasz Gorski", "he had seen no evidence so far of accounting fraud", None),
        (D, "Rachel Ong", "Even if half of this is wrong, the other half is a governance problem,", None),
        (D, "Rachel Ong", "The board needs an independent review, not a press release.", None),
        (I, "person familiar with the matter", "Halcyon's board met on Tuesday afternoon and is weighing whether to "
            "hire an outside law firm to examine the claims", None),
        (S, None, "Castle in the Air", None),
    ],
    "actors": [
        actor("Coldwater Research", "organisation", title="short seller (research firm)",
              aliases=["Coldwater Research", "Coldwater", "The firm"], stance=-1),
        actor("Halcyon Payments", "organisation", title="card-processing company",
              aliases=["Halcyon Payments Inc.", "Halcyon Payments", "Halcyon", "the company"], stance=1),
        actor("Nathan Brisk", "person", title="founder", affiliation="Coldwater Research",
              aliases=["Nathan Brisk", "Brisk"], stance=-1),
        actor("Sandra Whitlock", "person", title="chief executive officer and co-founder (49)",
              affiliation="Halcyon Payments", aliases=["Sandra Whitlock", "Whitlock"], stance=1),
        actor("Tomasz Gorski", "person", title="analyst", affiliation="Hartwell Securities",
              aliases=["Tomasz Gorski", "Gorski"], stance=0),
        actor("Rachel Ong", "person", title="portfolio manager", affiliation="Tidewater Capital",
              aliases=["Rachel Ong", "Ong"], stance=-1),
        actor("person familiar with the matter", "person", title="anonymous source",
              aliases=["person familiar with the matter"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Local US newspaper, city council vote (Bloomington, Ind.), byline line, straight quotes
#    and apostrophes, a nested straight single '...' inside a double-quoted quote. Scare
#    so-called "hot list". Chief introduced in a relative clause "who told the council A"
#    (indirect). Q&A in prose between a man and a woman: "he asked" / "she said" / "Brandt
#    asked" / "Whitcomb replied". "X, 44, who ..., said A "..." and that B" (partial plus
#    indirect). Group "Several residents said". Resident named after a long quote with a nested
#    saying ("said X, 71, a retired ... who ..."). "A spokeswoman for X, the ... company that
#    ..., said A and that B" (one span). "told colleagues A" then a two-paragraph quote. Mayor
#    "wrote on Facebook ... that ... "..."" (partial only). "said after the meeting that" then a
#    split quote with "she said".
ARTICLES["data/eval/dev21/bloomington-plate-reader-cameras.gold.json"] = {
    "article": "data/eval/dev21/bloomington-plate-reader-cameras.txt",
    "target": "Dana Whitcomb",
    "quotes": [
        (S, None, "hot list", None),
        (I, "Dana Whitcomb", "they would help officers solve car thefts", None),
        (D, "Dana Whitcomb", "This is not about watching anybody's comings and goings. It's about finding a stolen "
            "Kia before somebody uses it in a robbery,", None),
        (D, "Isaiah Brandt", "Can a federal agency log in and search our residents' plates?", None),
        (D, "Dana Whitcomb", "No. Not without a warrant, and not without coming through me,", None),
        (D, "Isaiah Brandt", "And if the vendor gets a subpoena?", None),
        (D, "Dana Whitcomb", "Then our city attorney fights it,", None),
        (P, "Rosa Jimenez", "the strictest in the state", None),
        (I, "Rosa Jimenez", "she would push for an independent audit after the first year", None),
        (I, "residents", "they feared the images could be used to track immigrants or people going to protests",
            None),
        (D, "Hal Pruett", "This is a dragnet. You are putting every one of us in a database because somebody "
            "stole a Kia. My grandmother used to say, 'If you build a fence, somebody will find a reason to lock "
            "the gate,'", None),
        (I, "spokeswoman for Lumen Watch", "the company does not sell or share data collected for police customers "
            "and that each department sets its own retention period", None),
        (I, "Isaiah Brandt", "the amendment had not changed his mind", None),
        (D, "Isaiah Brandt", "Thirty days is better than ninety. I'll give the chief that. But we are building the "
            "road before we know where it goes, and once these cameras go up, nobody ever takes them down.", None),
        (D, "Isaiah Brandt", "I've been on this council for nine years. I have never once seen a surveillance "
            "program get smaller.", None),
        (P, "Paul Kessling", "a reasonable balance", None),
        (I, "Dana Whitcomb", "the first cameras could be running by March", None),
        (D, "Dana Whitcomb", "We asked for the tools and the council asked for the guardrails,", None),
        (D, "Dana Whitcomb", "I think both sides got something.", None),
    ],
    "actors": [
        actor("Dana Whitcomb", "person", title="police chief", affiliation="Bloomington Police Department",
              aliases=["Dana Whitcomb", "Whitcomb", "the chief"], stance=1),
        actor("Isaiah Brandt", "person", title="council member (District 4)", affiliation="Bloomington City Council",
              aliases=["Isaiah Brandt", "Brandt"], stance=-1),
        actor("Rosa Jimenez", "person", title="council member (44)", affiliation="Bloomington City Council",
              aliases=["Rosa Jimenez", "Jimenez"], stance=1),
        actor("residents", "group", title="speakers at public comment",
              aliases=["Several residents", "residents"], stance=-1),
        actor("Hal Pruett", "person", title="retired Indiana University librarian (71)",
              aliases=["Hal Pruett", "Pruett"], stance=-1),
        actor("spokeswoman for Lumen Watch", "person", title="spokeswoman", affiliation="Lumen Watch",
              aliases=["spokeswoman for Lumen Watch"], stance=1),
        actor("Paul Kessling", "person", title="mayor", affiliation="City of Bloomington",
              aliases=["Paul Kessling", "Kessling"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Guardian environment, curly ‘ ’ in the headline and “ ” in the body, ’ apostrophes, full
#    stops outside fragment quotes, Dr/Prof without full stops. Headline fragment "Wildlife
#    charity accuses Natural England of ‘rubber-stamping’ ..." (the charity). Standfirst and
#    byline without speech. Lede content before "a wildlife charity has said"; the charity named
#    next paragraph ("The Upland Rivers Trust said figures it had obtained ... showed ..." is one
#    indirect span). Scare so-called “cool burns”. Chief executive named after the quote, then a
#    quote-only paragraph (continuity). Professor "said the evidence ... was “thin at best”"
#    (partial only), then "he told the Guardian". Unnamed Natural England spokesperson (partial
#    plus indirect), "The spokesperson added: “...”". Chief executive "acknowledged ... that ...
#    “...”, but argued that B" (partial plus indirect). Association "said A “...” and that B
#    “...”" (two partials). Defra spokesperson (partial only). MP "wrote on X that ... “...”"
#    (partial only). Cafe owner "was unconvinced" (no speech), then a split quote "she said".
ARTICLES["data/eval/dev21/natural-england-peat-burning-licences.gold.json"] = {
    "article": "data/eval/dev21/natural-england-peat-burning-licences.txt",
    "target": "Natural England",
    "quotes": [
        (P, "Upland Rivers Trust", "rubber-stamping", None),
        (I, "Upland Rivers Trust", "Natural England approved almost every application to burn heather on protected "
            "peat bogs in England last winter", None),
        (I, "Upland Rivers Trust", "figures it had obtained under freedom of information law showed the "
            "government’s nature watchdog granted 38 of the 40 licences sought by grouse moor estates to burn on "
            "deep peat inside sites of special scientific interest between October and April", None),
        (S, None, "cool burns", None),
        (D, "Fiona Garside", "The ban was sold to the public as the end of burning on our most precious peatlands. "
            "What we have instead is a permit system where the answer is almost always yes,", None),
        (D, "Fiona Garside", "Natural England is supposed to be the referee. At the moment it is the one holding the "
            "matches.", None),
        (P, "Martin Okello", "thin at best", None),
        (D, "Martin Okello", "If you want to make a bog resistant to fire, you make it wetter. You block the drains. "
            "You don’t set it alight,", None),
        (P, "Natural England spokesperson", "on its individual merits", None),
        (I, "Natural England spokesperson", "licences were granted only where burning was the best way to reduce "
            "the risk of a severe summer wildfire", None),
        (D, "Natural England spokesperson", "Many of these licences covered smaller areas than were applied for, and "
            "all came with strict conditions on timing and weather.", None),
        (P, "Alan Pryor", "not where we want it to be", None),
        (I, "Alan Pryor", "refusing licences outright would leave the body open to legal challenge from landowners",
            None),
        (P, "Moorland Estates Association", "a vital tool", None),
        (P, "Moorland Estates Association", "to the letter", None),
        (P, "spokesperson for the Department for Environment, Food and Rural Affairs",
            "set out next steps on peatland protection shortly", None),
        (P, "Hannah Ruddock", "a ban in name only", None),
        (D, "Jo Pickering", "Every time they burn up there, we pay for it down here,", None),
        (D, "Jo Pickering", "Nobody from Natural England has ever come to see what the water does to this town.", None),
    ],
    "actors": [
        actor("Upland Rivers Trust", "organisation", title="wildlife charity",
              aliases=["Upland Rivers Trust", "Wildlife charity", "wildlife charity", "the trust"], stance=-1),
        actor("Fiona Garside", "person", title="chief executive", affiliation="Upland Rivers Trust",
              aliases=["Fiona Garside", "Garside"], stance=-1),
        actor("Martin Okello", "person", title="peatland ecologist", affiliation="University of Leeds",
              aliases=["Martin Okello", "Okello"], stance=-1),
        actor("Natural England spokesperson", "person", title="spokesperson", affiliation="Natural England",
              aliases=["Natural England spokesperson", "The spokesperson"], stance=1),
        actor("Alan Pryor", "person", title="chief executive", affiliation="Natural England",
              aliases=["Alan Pryor", "Pryor"], stance=0),
        actor("Moorland Estates Association", "organisation", title="grouse moor owners' association",
              aliases=["Moorland Estates Association"], stance=1),
        actor("spokesperson for the Department for Environment, Food and Rural Affairs", "person",
              title="spokesperson",
              affiliation="Department for Environment, Food and Rural Affairs",
              aliases=["spokesperson for the Department for Environment, Food and Rural Affairs"], stance=None),
        actor("Hannah Ruddock", "person", title="Liberal Democrat environment spokesperson",
              affiliation="Liberal Democrats", aliases=["Hannah Ruddock", "Ruddock"], stance=-1),
        actor("Jo Pickering", "person", title="cafe owner (Hebden Bridge)", aliases=["Jo Pickering", "Pickering"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Al Jazeera Middle East diplomacy, curly “ ” in the body and ‘ ’ in the standfirst, ’
#    apostrophes, full stops outside fragment quotes. Standfirst fragment "Kuwait’s foreign
#    minister says ... ‘remains binding’" (the minister; the body repeats the words inside his
#    direct quote). Lede content before "Kuwait’s foreign ministry said" (the writer's "two
#    years after ..." left out). "Speaking at a joint news conference ..., X said A and would B"
#    (one span), then a split quote. Counterpart "struck a more cautious note, saying ... “...”"
#    (partial only), then "told reporters". Ministry statement "said ... “...” ... and that B"
#    (partial plus indirect). "welcomed the talks" (no content). Protesters "chanting “...”" (a
#    full clause: direct). MP "wrote on X that any deal that “...” would be voted down" (partial
#    only), then "she told Al Jazeera by phone". Scare "known locally as the “green line”".
#    Fisherman by kunya and age, named after his quote. Group "Fishermen in Fao said". Anonymous
#    official "said ... “a handful” ..." (partial only). Group "Analysts say" (present tense),
#    then a political scientist named after the first stretch, resumed.
ARTICLES["data/eval/dev21/kuwait-iraq-khor-abdullah-talks.gold.json"] = {
    "article": "data/eval/dev21/kuwait-iraq-khor-abdullah-talks.txt",
    "target": "Kuwait",
    "quotes": [
        (P, "Abdullah al-Mutairi", "remains binding", "‘remains binding’"),
        (I, "Kuwait’s foreign ministry", "Kuwait and Iraq have agreed to set up a joint technical committee to "
            "settle their dispute over navigation in the Khor Abdullah waterway", None),
        (I, "Abdullah al-Mutairi", "the committee would meet for the first time in Kuwait City next month and would "
            "report to both governments within six months", None),
        (D, "Abdullah al-Mutairi", "The 2012 agreement was ratified by both countries and deposited with the United "
            "Nations. For Kuwait, it remains binding,", None),
        (D, "Abdullah al-Mutairi", "But we did not come to Baghdad to argue about the past.", None),
        (P, "Haider al-Saadi", "respect the rulings of Iraq’s judiciary", None),
        (D, "Haider al-Saadi", "Iraq is not looking for a crisis with its neighbour. We are looking for a solution "
            "that Iraqis can accept,", None),
        (P, "Kuwait’s foreign ministry", "maintain calm", None),
        (I, "Kuwait’s foreign ministry", "Kuwaiti coastguard vessels would stay clear of the main shipping channel "
            "while the committee did its work", None),
        (D, "protesters", "Khor Abdullah is Iraqi", None),
        (P, "Amira al-Khafaji", "gives away a single metre of Iraqi water", None),
        (D, "Amira al-Khafaji", "The government is negotiating as if the court never ruled. Parliament will not be "
            "bypassed a second time,", None),
        (S, None, "green line", None),
        (D, "Abu Ali", "Before, we fished where our fathers fished. Now there are lines on the water that we cannot "
            "see, and if we cross them the Kuwaiti coastguard takes our nets,", None),
        (I, "fishermen", "seizures of Iraqi boats had risen sharply over the past year", None),
        (P, "Kuwaiti official", "a handful", None),
        (I, "Analysts", "the agreement to talk is in itself a modest breakthrough", None),
        (D, "Bader al-Enezi", "Both governments need this to go quiet,", None),
        (D, "Bader al-Enezi", "Kuwait wants its new port on Bubiyan protected, and Baghdad cannot afford a fight with "
            "a Gulf neighbour while it is asking Gulf states to invest.", None),
    ],
    "actors": [
        actor("Abdullah al-Mutairi", "person", title="foreign minister", affiliation="Kuwait",
              aliases=["Abdullah al-Mutairi", "al-Mutairi", "Kuwait’s foreign minister"], stance=1),
        actor("Kuwait’s foreign ministry", "government", title="Ministry of Foreign Affairs", affiliation="Kuwait",
              aliases=["Kuwait’s foreign ministry", "Kuwait’s Ministry of Foreign Affairs"], stance=1),
        actor("Haider al-Saadi", "person", title="foreign minister", affiliation="Iraq",
              aliases=["Haider al-Saadi", "al-Saadi"], stance=0),
        actor("protesters", "group", title="protesters in Basra", aliases=["protesters"], stance=-1),
        actor("Amira al-Khafaji", "person", title="member of parliament (Basra)", affiliation="Iraqi parliament",
              aliases=["Amira al-Khafaji", "al-Khafaji"], stance=-1),
        actor("Abu Ali", "person", title="fisherman (61)", aliases=["Abu Ali"], stance=-1),
        actor("fishermen", "group", title="fishermen in Fao", aliases=["Fishermen", "fishermen"], stance=-1),
        actor("Kuwaiti official", "person", title="anonymous official", affiliation="Kuwait",
              aliases=["Kuwaiti official"], stance=1),
        actor("Analysts", "group", title="analysts", aliases=["Analysts"], stance=0),
        actor("Bader al-Enezi", "person", title="political scientist", affiliation="Kuwait University",
              aliases=["Bader al-Enezi", "al-Enezi"], stance=0),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
