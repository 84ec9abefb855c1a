"""Build the dev176 gold files (data/eval/dev176/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev174/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev176/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev176.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev176"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Starr FM (Ghana) diplomacy (the Russian embassy denies recruiting Ghanaians to fight in Ukraine),
#    headline without speech (its "Russia denies recruiting ..." is a headline summary without marks),
#    "Ghana | Starr FM | by ... | December 5, 2026" line, "Source: Starrfm.com.gh" line, straight " and
#    apostrophes, honorifics (Madam, Dr, Hon.), "GH¢". Lede embassy "has denied that A"; ministry "said
#    A"; ambassador "Speaking to Starr News ..., said any foreign national ... had signed a contract
#    "..."" (partial only), "he said", "He added that two of the men had already been "..." and that B"
#    (partial plus indirect); deputy minister "said A", quote with "she told journalists in Accra",
#    "According to her, A"; mother "told Starr News A", a quote with a nested single-quoted line ('Mama,
#    ...') left inside her direct; analyst "said on Starr Chat that the recruitment networks operated
#    through "..." advertising on ..." (partial only), "she said"; MP "described the government's
#    response as "..."" (partial only), "he said"; scare so-called "study-and-work" packages.
ARTICLES[f"{BATCH}/ghana-recruits-russia-embassy.gold.json"] = {
    "article": f"{BATCH}/ghana-recruits-russia-embassy.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Embassy in Accra", "it played any role in the recruitment of young Ghanaian men who are believed "
            "to be fighting for Russian forces in Ukraine", None),
        (I, "Ministry of Foreign Affairs", "at least 14 Ghanaians had been lured to Russia this year on student or work "
            "visas and later sent to the front line", None),
        (P, "Pavel Yaroshenko", "voluntarily and in accordance with Russian law", None),
        (D, "Pavel Yaroshenko", "The Russian Federation does not recruit in Ghana. We have never done so and we will "
            "never do so. If criminal agents are deceiving young people, we are ready to work with the Ghanaian "
            "authorities to stop them,", None),
        (P, "Pavel Yaroshenko", "located", None),
        (I, "Pavel Yaroshenko", "the embassy was in contact with their commanders", None),
        (I, "Akosua Boateng-Mensah", "the government was not satisfied with the explanation", None),
        (D, "Akosua Boateng-Mensah", "These are our citizens. Some of them are barely twenty years old. They went to "
            "Russia to study or to work in factories, and now their mothers are watching videos of them in "
            "trenches,", None),
        (I, "Akosua Boateng-Mensah", "Ghana has formally asked Moscow to repatriate any Ghanaian who wishes to leave "
            "the Russian army", None),
        (I, "Gifty Owusu", "she last heard from him in September", None),
        (D, "Gifty Owusu", "He called me crying. He said, 'Mama, they gave me a gun.' Since then, nothing,", None),
        (P, "Efua Amponsah-Darko", "fake agencies", None),
        (D, "Efua Amponsah-Darko", "Russia is not the only country with this problem, but it is the one paying the "
            "salaries. Moscow cannot say it knows nothing,", None),
        (P, "Kojo Asamoah-Bediako", "slow and timid", None),
        (D, "Kojo Asamoah-Bediako", "We should have summoned the ambassador on day one. Instead we are reading about our "
            "own children on social media,", None),
        (S, None, "study-and-work", None),
    ],
    "actors": [
        actor("Russian Embassy in Accra", "government", affiliation="Russia", aliases=["Russian Embassy in Accra"],
              stance=1),
        actor("Ministry of Foreign Affairs", "government", affiliation="Ghana",
              aliases=["Ministry of Foreign Affairs", "ministry"], stance=-1),
        actor("Pavel Yaroshenko", "person", title="Russia's Ambassador to Ghana", affiliation="Russia",
              aliases=["Pavel Yaroshenko", "Yaroshenko"], stance=1),
        actor("Akosua Boateng-Mensah", "person", title="Deputy Minister for Foreign Affairs", affiliation="Ghana",
              aliases=["Akosua Boateng-Mensah", "Boateng-Mensah"], stance=-1),
        actor("Gifty Owusu", "person", title="mother of a recruit", aliases=["Gifty Owusu", "Owusu", "Madam Gifty Owusu"],
              stance=-1),
        actor("Efua Amponsah-Darko", "person", title="security analyst",
              affiliation="Kofi Annan International Peacekeeping Training Centre",
              aliases=["Efua Amponsah-Darko", "Amponsah-Darko"], stance=-1),
        actor("Kojo Asamoah-Bediako", "person", title="Ranking Member, Foreign Affairs Committee",
              affiliation="Parliament of Ghana", aliases=["Kojo Asamoah-Bediako", "Asamoah-Bediako"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Lexington Herald-Leader education (the school district proposes closing two elementary schools),
#    headline without speech, byline and "Updated December 8, 2026 9:12 PM" lines, straight " and
#    apostrophes, "Dec. 14", names that are common words (Faith Rice, Penny Wood). Content before
#    "according to district documents" (speaker the district); superintendent "told board members A"
#    (no "that"), a quote split by "Pennington said"; CFO "said A"; parent's quote with an inverted cue
#    "said Faith Rice, whose ..." and a relative clause after it, "Rice said A and that B" (one span);
#    board member "said she had "..." about ..." (partial only), quote with "Wood said"; board chair "said
#    A and that B" (one span); union president "said the union was "..." the cuts were needed while ..."
#    (partial only); anonymous teacher "who asked not to be named because ..., said A"; scare so-called
#    "fiscal cliff".
ARTICLES[f"{BATCH}/fcps-elementary-closures.gold.json"] = {
    "article": f"{BATCH}/fcps-elementary-closures.txt",
    "target": "Fayette County Public Schools",
    "quotes": [
        (I, "Fayette County Public Schools", "The plan would close Linden Park and Greer Road elementary schools and move "
            "about 640 students to four nearby schools", None),
        (I, "Marcus Pennington", "the district faces a $28 million shortfall next year, driven by the end of federal "
            "pandemic relief money and rising health insurance costs", None),
        (D, "Marcus Pennington", "Nobody who works in this district wants to close a school. I certainly don't,", None),
        (D, "Marcus Pennington", "But I would rather make a hard decision now than make a much harder one in two years.",
            None),
        (I, "Dan Okafor", "the closures would save about $4.1 million a year, mostly in staffing and building costs",
            None),
        (D, "Faith Rice", "You're balancing the budget on the backs of the kids who can least afford it,", None),
        (I, "Faith Rice", "many families in the neighborhood do not own cars and that the nearest receiving school is "
            "more than two miles away", None),
        (P, "Penny Wood", "serious concerns", None),
        (D, "Penny Wood", "I'm not saying no. I'm saying not like this, not with five months' notice,", None),
        (I, "Tyler Nash", "the board would not vote on the plan until January and that the district would hold public "
            "forums at both schools before then", None),
        (P, "Jessie Malone", "not convinced", None),
        (I, "A Greer Road teacher", "staff learned of the proposal from a district news release an hour before it was "
            "made public", None),
        (S, None, "fiscal cliff", None),
    ],
    "actors": [
        actor("Fayette County Public Schools", "organisation", title="school district",
              aliases=["Fayette County Public Schools", "FCPS"], stance=1),
        actor("Marcus Pennington", "person", title="Superintendent", affiliation="Fayette County Public Schools",
              aliases=["Marcus Pennington", "Pennington"], stance=1),
        actor("Dan Okafor", "person", title="chief financial officer", affiliation="Fayette County Public Schools",
              aliases=["Dan Okafor", "Okafor"], stance=1),
        actor("Faith Rice", "person", title="Linden Park parent", aliases=["Faith Rice", "Rice"], stance=-1),
        actor("Penny Wood", "person", title="Board member", affiliation="Fayette County school board",
              aliases=["Penny Wood", "Wood"], stance=0),
        actor("Tyler Nash", "person", title="Board chair", affiliation="Fayette County school board",
              aliases=["Tyler Nash", "Nash"], stance=None),
        actor("Jessie Malone", "person", title="president", affiliation="Fayette County Education Association",
              aliases=["Jessie Malone", "Malone"], stance=-1),
        actor("A Greer Road teacher", "person", title="anonymous teacher", affiliation="Fayette County Public Schools",
              aliases=["A Greer Road teacher"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Teesside Gazette / Teesside Live business (a chemical firm shuts its Billingham plant), headline
#    without speech, standfirst with a straight single fragment "... but unions say workers were treated
#    'appallingly'" (partial for the unions the standfirst names), byline with "Business Reporter",
#    "08:15, 3 DEC 2026" line, straight " and apostrophes, "£11.6m". Lede "announced it would A"; company
#    "blamed high energy prices and "..." from imports" (partial); spokesperson "In a statement, a
#    spokesperson for the company said: "..." open at the end of its line, then a closed paragraph, "The
#    spokesperson said A and that redundancy terms "..." would be offered" (indirect plus partial);
#    content before "according to its latest accounts filed at Companies House" (the company); union
#    officer "said members were "..."" (partial only), quote with "she told Teesside Live", "She said A";
#    anonymous operator "who did not want to be named, said A", "he said"; chamber "described the closure
#    as "..." for ..." (partial only) "and called on ministers ..." (directive); councillor "said: "...""
#    in one paragraph; scare the area's promised "green industrial revolution".
ARTICLES[f"{BATCH}/brinefield-billingham-closure.gold.json"] = {
    "article": f"{BATCH}/brinefield-billingham-closure.txt",
    "target": "Brinefield Chemicals",
    "quotes": [
        (P, "unions", "appallingly", None),
        (I, "Brinefield Chemicals", "it would close the site next summer", None),
        (P, "Brinefield Chemicals", "unfair competition", None),
        (D, "a spokesperson for the company", "This has been an incredibly difficult decision.", None),
        (D, "a spokesperson for the company", "We have explored every option, including a sale of the site, over the "
            "last 18 months. Sadly, with gas prices in the UK still far higher than those paid by our competitors in "
            "the US and the Middle East, the plant is no longer viable.", None),
        (I, "a spokesperson for the company", "the firm would work with unions to support staff", None),
        (P, "a spokesperson for the company", "above the statutory minimum", None),
        (I, "Brinefield Chemicals", "Brinefield made a pre-tax loss of \u00a311.6m last year", None),
        (P, "Gemma Norton", "devastated", None),
        (D, "Gemma Norton", "Some of these lads have worked on that site for 30 years, like their dads before them, and "
            "they found out in a ten-minute meeting. That's no way to treat people,", None),
        (I, "Gemma Norton", "the union would press the Government for an emergency energy support package for the "
            "chemicals sector", None),
        (I, "One process operator", "the workforce had been called to the canteen at 7am on Tuesday and told the news "
            "by a director who had flown in from the firm's head office", None),
        (D, "One process operator", "They had the security lads standing at the back. That tells you everything,", None),
        (P, "North East England Chamber of Commerce", "a hammer blow", None),
        (D, "Ann Pickering", "The company took a \u00a32.4m regional growth grant in 2021 to keep this plant open. People "
            "will want to know where that money went.", None),
        (S, None, "green industrial revolution", None),
    ],
    "actors": [
        actor("unions", "group", title="trade unions at the plant", aliases=["unions"], stance=-1),
        actor("Brinefield Chemicals", "organisation", title="chemical manufacturer",
              aliases=["Brinefield Chemicals", "Brinefield", "the company"], stance=1),
        actor("a spokesperson for the company", "person", title="company spokesperson", affiliation="Brinefield Chemicals",
              aliases=["a spokesperson for the company", "The spokesperson"], stance=1),
        actor("Gemma Norton", "person", title="regional officer for the chemicals sector", affiliation="Unite",
              aliases=["Gemma Norton", "Norton"], stance=-1),
        actor("One process operator", "person", title="anonymous worker", affiliation="Brinefield Chemicals",
              aliases=["One process operator"], stance=-1),
        actor("North East England Chamber of Commerce", "organisation", title="business group",
              aliases=["North East England Chamber of Commerce"], stance=0),
        actor("Ann Pickering", "person", title="Billingham councillor", aliases=["Ann Pickering", "Pickering"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Public Finance (CIPFA's trade magazine: a district council issues a section 114 notice), headline
#    without speech, "By ... | 4 December 2026" line, straight " and apostrophes, "£19.4m", "2027-28",
#    trade terms (section 114, section 151 officer, exceptional financial support, PWLB). Lede "after its
#    section 151 officer warned A" (the officer, named in the next paragraph); "The notice, signed by
#    ..., says A" (the officer; present tense); "Chaudhry wrote that the authority's reserves were "...",
#    and that B" (partial plus indirect); leader "told PF the investments had been made "..." and on ..."
#    (partial only), "he said", "He said A"; opposition leader "said Abernethy had been warned "..."" (partial
#    only), quote with "Fairweather said"; auditor "said in a report ... that A and that key decisions had
#    been taken with "..."" (indirect plus partial); ministry spokesperson "said: "...""; academic "said
#    Hartsmoor fitted a wider pattern of councils that had "..."" (partial only), "he said"; scare
#    "commercialisation" strategies. Not annotated: "The notice bans all new spending ...".
ARTICLES[f"{BATCH}/hartsmoor-section-114.gold.json"] = {
    "article": f"{BATCH}/hartsmoor-section-114.txt",
    "target": "Neil Abernethy",
    "quotes": [
        (I, "Priya Chaudhry", "it could not set a balanced budget for 2027-28", None),
        (I, "Priya Chaudhry", "the council faces a \u00a319.4m gap, largely as a result of losses on a portfolio of "
            "out-of-town retail parks bought between 2017 and 2020", None),
        (P, "Priya Chaudhry", "effectively exhausted", None),
        (I, "Priya Chaudhry", "without exceptional financial support it would be unable to meet its legal "
            "obligations", None),
        (P, "Neil Abernethy", "in good faith", None),
        (D, "Neil Abernethy", "Nobody could have predicted a pandemic, followed by the collapse of half the high street "
            "chains in this country. Those parks were fully let when we bought them,", None),
        (I, "Neil Abernethy", "he had no plans to resign", None),
        (P, "Tom Fairweather", "again and again", None),
        (D, "Tom Fairweather", "The leader was told in 2019, in writing, that the council was over-exposed. He ignored "
            "it. Council tax payers will now be paying for his ambitions for decades,", None),
        (I, "Grant Thornton", "the authority had borrowed \u00a3210m to fund the purchases", None),
        (P, "Grant Thornton", "insufficient scrutiny", None),
        (D, "A spokesperson for the Ministry of Housing, Communities and Local Government", "We are in close contact "
            "with Hartsmoor and will consider any request for exceptional financial support carefully.", None),
        (P, "Alan Greaves", "borrowed cheaply to buy their way out of austerity", None),
        (D, "Alan Greaves", "It's easy to be wise after the event. But the warnings were there, and some councils chose "
            "not to hear them,", None),
        (S, None, "commercialisation", None),
    ],
    "actors": [
        actor("Priya Chaudhry", "person", title="director of finance (section 151 officer)",
              affiliation="Hartsmoor Borough Council", aliases=["Priya Chaudhry", "Chaudhry"], stance=0),
        actor("Neil Abernethy", "person", title="Council leader", affiliation="Hartsmoor Borough Council",
              aliases=["Neil Abernethy", "Abernethy"], stance=1),
        actor("Tom Fairweather", "person", title="Liberal Democrat group leader", affiliation="Liberal Democrats",
              aliases=["Tom Fairweather", "Fairweather"], stance=-1),
        actor("Grant Thornton", "organisation", title="external auditor", aliases=["Grant Thornton"], stance=-1),
        actor("A spokesperson for the Ministry of Housing, Communities and Local Government", "person",
              title="ministry spokesperson", affiliation="Ministry of Housing, Communities and Local Government",
              aliases=["A spokesperson for the Ministry of Housing, Communities and Local Government"], stance=None),
        actor("Alan Greaves", "person", title="Professor", affiliation="Institute of Local Government Studies, "
              "University of Birmingham", aliases=["Alan Greaves", "Greaves"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
