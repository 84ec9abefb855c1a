"""Build the test81 gold files (data/eval/test81/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test81/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test81.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test81"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Bulgarian National Radio (BNR English) diplomacy (a Russian diplomat expelled over photographs of
#    the Kozloduy nuclear plant), headline without speech, "Posted in Politics | ..." and "Author:" lines,
#    curly quotes and ’, "Photo: BGNES" caption line. Lede content before "the Ministry of Foreign Affairs
#    in Sofia said"; "The ministry said ... had carried out activities "..."" (partial only); "According to
#    the State Agency for National Security (SANS), A"; minister "told reporters ... that Bulgaria would
#    not tolerate "..."" (partial only), "she said"; embassy "called the expulsion "..."" (partial), "the
#    embassy said the diplomat had been "..." to the Danube and that Moscow would respond" (partial plus
#    indirect); Russian Foreign Ministry "said a "..." would follow, according to ... TASS" (partial only);
#    plant management "said A and that B" (one span); scare so-called "fuel diversification"; opposition
#    MP "said the government was "..." to ..." (partial only), quote with "Hristov told BNR"; content
#    before "security analyst ... noted", "she said". Not annotated: "It did not name him", "drew sharp
#    criticism".
ARTICLES[f"{BATCH}/kozloduy-russian-diplomat-expelled.gold.json"] = {
    "article": f"{BATCH}/kozloduy-russian-diplomat-expelled.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Foreign Affairs", "Bulgaria has declared a Russian diplomat persona non grata and given him "
            "72 hours to leave the country", None),
        (P, "Ministry of Foreign Affairs", "incompatible with his diplomatic status", None),
        (I, "State Agency for National Security", "the diplomat was stopped by police on 28 November near the "
            "perimeter fence of the Kozloduy nuclear power plant with a camera fitted with a long-range lens and a "
            "drone in the boot of his car", None),
        (P, "Nadezhda Stoyanova", "any attempt to map our critical infrastructure for hostile purposes", None),
        (D, "Nadezhda Stoyanova", "Kozloduy produces a third of our electricity. We will protect it from anyone, and "
            "we have informed our partners in NATO and the EU,", None),
        (P, "Russian embassy in Sofia", "another provocation in the spirit of anti-Russian hysteria", None),
        (P, "Russian embassy in Sofia", "on a private trip with his family", None),
        (I, "Russian embassy in Sofia", "Moscow would respond", None),
        (P, "Russian Foreign Ministry", "mirror response", None),
        (I, "Kozloduy NPP", "the plant was operating normally and that security around the site had been tightened "
            "as a precaution", None),
        (S, None, "fuel diversification", None),
        (P, "Plamen Hristov", "inventing spies", None),
        (D, "Plamen Hristov", "Every time this government has a problem, a Russian is found behind a bush,", None),
        (I, "Maria Angelova", "It was the fourth expulsion of a Russian diplomat from Bulgaria in two years", None),
        (D, "Maria Angelova", "The pattern is clear: Moscow sees Bulgaria as the soft underbelly of NATO\u2019s "
            "southern flank. The real question is how many of these cases we never hear about,", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Bulgaria",
              aliases=["Ministry of Foreign Affairs"], stance=-1),
        actor("State Agency for National Security", "government", title="security agency", affiliation="Bulgaria",
              aliases=["State Agency for National Security", "SANS"], stance=-1),
        actor("Nadezhda Stoyanova", "person", title="Foreign Minister", affiliation="Bulgaria",
              aliases=["Nadezhda Stoyanova", "Stoyanova", "Foreign Minister"], stance=-1),
        actor("Russian embassy in Sofia", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Sofia"], stance=1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Kozloduy NPP", "organisation", title="nuclear power plant operator", affiliation="Bulgaria",
              aliases=["Kozloduy NPP"], stance=None),
        actor("Plamen Hristov", "person", title="MP", affiliation="Vazrazhdane",
              aliases=["Plamen Hristov", "Hristov"], stance=1),
        actor("Maria Angelova", "person", title="security analyst", affiliation="Centre for Strategic Resilience",
              aliases=["Maria Angelova", "Angelova"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Poultry World (a Polish processor recalls chicken after salmonella is found), headline and
#    standfirst without speech, byline and date lines, straight " and apostrophes, "Human cases"
#    crosshead. Content before "the company said in a statement"; quote before "said chief executive Marek
#    Lis" (a surname that is a common Polish word), "Lis said the company was "..."" (partial only); FSA
#    "said A"; incidents head quote before "said Ruth Calloway, head of incidents at the FSA"; inspectorate
#    "said A and that its inspectors would remain on site "..."" (indirect plus partial); "According to the
#    UK Health Security Agency (UKHSA), A, and B" (one span); company "said there was "..." between ..., and
#    noted that B" (partial plus indirect); importer "said ... had been "..." and that B" (partial plus
#    indirect); anonymous buyer "said A", "he said"; content before "according to Justyna Kowal, an
#    analyst"; Which? "said the recall showed the need for "..." on ..." (partial only); scare so-called
#    "light-touch" regime. Not annotated: "Retailers are less forgiving".
ARTICLES[f"{BATCH}/zagroda-salmonella-chicken-recall.gold.json"] = {
    "article": f"{BATCH}/zagroda-salmonella-chicken-recall.txt",
    "target": "Zagroda Foods",
    "quotes": [
        (I, "Zagroda Foods", "The contamination was traced to a single cutting line at the company's plant in Kutno, "
            "central Poland", None),
        (D, "Marek Lis", "We have stopped the line, we have brought in independent auditors, and we will not restart "
            "it until every test is clear,", None),
        (P, "Marek Lis", "deeply sorry", None),
        (I, "Food Standards Agency", "it had been notified of the problem through the EU's Rapid Alert System for Food "
            "and Feed (RASFF) on 27 November", None),
        (D, "Ruth Calloway", "Cooking chicken thoroughly will kill salmonella, but we are asking people not to eat "
            "these products and to return them to the store for a full refund,", None),
        (I, "Chief Veterinary Inspectorate", "the plant's other lines met all EU hygiene requirements", None),
        (P, "Chief Veterinary Inspectorate", "for as long as necessary", None),
        (I, "UK Health Security Agency", "23 cases of illness with a strain matching the one found in the Zagroda "
            "samples have been reported in England since October, and four people were treated in hospital", None),
        (P, "Zagroda Foods", "no confirmed link", None),
        (I, "Zagroda Foods", "the same strain has circulated in Europe for years", None),
        (P, "Willem van Dijk", "quick and transparent", None),
        (I, "Willem van Dijk", "his company would keep buying from it", None),
        (I, "A buyer at one UK supermarket chain", "several retailers were reviewing their Polish sourcing", None),
        (D, "A buyer at one UK supermarket chain", "This is the third salmonella issue out of Poland in 18 months. "
            "Nobody is going to ignore that,", None),
        (I, "Justyna Kowal", "Poland is the EU's largest poultry meat producer, accounting for about a fifth of the "
            "bloc's output", None),
        (P, "Which?", "tougher checks at the border", None),
        (S, None, "light-touch", None),
    ],
    "actors": [
        actor("Zagroda Foods", "organisation", title="poultry processor", affiliation="Poland",
              aliases=["Zagroda Foods", "Zagroda"], stance=1),
        actor("Marek Lis", "person", title="chief executive", affiliation="Zagroda Foods",
              aliases=["Marek Lis", "Lis"], stance=1),
        actor("Food Standards Agency", "government", title="food regulator", affiliation="UK",
              aliases=["Food Standards Agency", "FSA"], stance=None),
        actor("Ruth Calloway", "person", title="head of incidents", affiliation="Food Standards Agency",
              aliases=["Ruth Calloway", "Calloway"], stance=0),
        actor("Chief Veterinary Inspectorate", "government", title="veterinary inspectorate", affiliation="Poland",
              aliases=["Chief Veterinary Inspectorate", "GIW"], stance=1),
        actor("UK Health Security Agency", "government", title="public health agency",
              aliases=["UK Health Security Agency", "UKHSA"], stance=-1),
        actor("Willem van Dijk", "person", title="managing director", affiliation="Hollandse Kip Import",
              aliases=["Willem van Dijk", "van Dijk"], stance=1),
        actor("A buyer at one UK supermarket chain", "person", title="anonymous supermarket buyer",
              aliases=["A buyer at one UK supermarket chain"], stance=-1),
        actor("Justyna Kowal", "person", title="analyst", affiliation="Terra Agri Research",
              aliases=["Justyna Kowal", "Kowal"], stance=None),
        actor("Which?", "organisation", title="consumer group", aliases=["Which?"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Bellingham Herald local government (a council member proposes a moratorium on new drive-thru
#    coffee stands), headline without speech, capitalised byline and timestamp, AP style, straight " and
#    apostrophes, American punctuation inside the marks, reporter tag line. "Birch introduced the
#    proposal ..., saying A" (indirect), quote with "Birch said" (a surname that is a common word), "She
#    said A"; director "told the council that A"; council member Hollis Vang (Hmong surname) "said he was
#    "..." a moratorium was ..." (partial only), "Vang said"; Q&A "Asked by Vang whether ..., Birch replied:
#    "...""; stand owner "said a moratorium would "..." behind ..." (partial only), "she said"; scare
#    "espresso row," (known locally as); resident Moss "said the idling cars were "..." for his street"
#    (partial only); business group "said in a letter ... that the proposal sent "..." to ..." (partial
#    only). Not annotated: the vote, "Not everyone on the council was sold", public comment counts.
ARTICLES[f"{BATCH}/bellingham-drive-thru-coffee-moratorium.gold.json"] = {
    "article": f"{BATCH}/bellingham-drive-thru-coffee-moratorium.txt",
    "target": "Dana Birch",
    "quotes": [
        (I, "Dana Birch", "the number of drive-thru stands in the city has nearly doubled since 2019", None),
        (D, "Dana Birch", "I love coffee as much as anyone in this town. But when a line of idling cars backs up onto "
            "Lakeway Drive every morning, we have a planning problem, not a caffeine problem,", None),
        (I, "Dana Birch", "the moratorium would not affect existing stands or those whose permits are already being "
            "reviewed", None),
        (I, "Blake Lyman", "staff had received 11 applications for new drive-thru stands so far in 2026, compared with "
            "four in all of 2021", None),
        (P, "Hollis Vang", "not convinced", None),
        (D, "Hollis Vang", "If the problem is traffic, let's fix the traffic rules. Let's not freeze an entire kind of "
            "small business,", None),
        (D, "Dana Birch", "Most of the new applications aren't from local owners. They're from regional chains.",
            None),
        (P, "Mandy Tran", "pull up the ladder", None),
        (D, "Mandy Tran", "I started in a shed with one espresso machine and a space heater. Under this rule, I never "
            "would have gotten a second stand,", None),
        (S, None, "espresso row,", None),
        (P, "Carl Moss", "a daily nuisance", None),
        (P, "Whatcom Business Alliance", "the wrong message", None),
    ],
    "actors": [
        actor("Dana Birch", "person", title="City Council member", affiliation="Bellingham City Council",
              aliases=["Dana Birch", "Birch"], stance=1),
        actor("Blake Lyman", "person", title="Planning and Community Development Director",
              affiliation="City of Bellingham", aliases=["Blake Lyman", "Lyman"], stance=None),
        actor("Hollis Vang", "person", title="Council member", affiliation="Bellingham City Council",
              aliases=["Hollis Vang", "Vang"], stance=-1),
        actor("Mandy Tran", "person", title="coffee stand owner", affiliation="Bean There",
              aliases=["Mandy Tran", "Tran"], stance=-1),
        actor("Carl Moss", "person", title="resident", aliases=["Carl Moss", "Moss"], stance=1),
        actor("Whatcom Business Alliance", "organisation", title="business group",
              aliases=["Whatcom Business Alliance"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Nursery World (sector bodies criticise Ofsted's first early years report cards), headline without
#    speech, standfirst with a grade label in curly single quotes (scare), byline and
#    "Wednesday, December 2, 2026", British curly single quotes with ’ apostrophes, crosshead, "Read
#    more:" line. "According to Ofsted, A"; national director "said the report cards gave parents '...'"
#    (partial only), "she said"; alliance chief executive "said the new grades were '...'" (partial only),
#    "he added"; NDNA "said A, and warned that the pressure ... was '...'" (indirect plus partial); nursery
#    owner Baker (a surname that is a common word) "said A", quote split by "Baker said"; DfE spokesperson
#    "said: '...'"; anonymous inspector "said inspectors had been given '...' to train ..." (partial only).
ARTICLES[f"{BATCH}/ofsted-early-years-report-cards.gold.json"] = {
    "article": f"{BATCH}/ofsted-early-years-report-cards.txt",
    "target": "Ofsted",
    "quotes": [
        (S, None, "needs attention", None),
        (I, "Ofsted", "79 per cent of providers met or exceeded the expected standard in every one of the six "
            "evaluation areas", None),
        (P, "Sarah Kenwright", "a far richer picture than a single word ever could", None),
        (D, "Sarah Kenwright", "Most providers are doing a good job, and the report cards show that clearly. Where we "
            "identify weaknesses, we do it so that children benefit,", None),
        (P, "Marcus Bellamy", "every bit as blunt as the old ones, just with more boxes", None),
        (D, "Marcus Bellamy", "Providers told us over and over that the real problem was inconsistency between "
            "inspectors. Nothing in this framework fixes that,", None),
        (I, "National Day Nurseries Association", "it had received more than 200 calls to its helpline from members "
            "since the results were published", None),
        (P, "National Day Nurseries Association", "pushing good people out of the sector", None),
        (I, "Jo Baker", "her inspector had spent less than 20 minutes in the baby room", None),
        (D, "Jo Baker", "I\u2019ve got staff in tears. Two of them are talking about leaving,", None),
        (D, "Jo Baker", "That is the real cost of this, and nobody at Ofsted seems to see it.", None),
        (D, "Department for Education spokesperson", "We reformed inspection so that parents get clearer, more useful "
            "information about their child\u2019s nursery. We will keep working with Ofsted and the sector as the new "
            "system beds in.", None),
        (P, "One Ofsted inspector", "far too little time", None),
    ],
    "actors": [
        actor("Ofsted", "government", title="schools and early years inspectorate", aliases=["Ofsted"], stance=1),
        actor("Sarah Kenwright", "person", title="national director for early years", affiliation="Ofsted",
              aliases=["Sarah Kenwright", "Kenwright"], stance=1),
        actor("Marcus Bellamy", "person", title="chief executive", affiliation="Early Years Alliance",
              aliases=["Marcus Bellamy", "Bellamy"], stance=-1),
        actor("National Day Nurseries Association", "organisation", title="nursery sector body",
              aliases=["National Day Nurseries Association", "NDNA"], stance=-1),
        actor("Jo Baker", "person", title="nursery owner", affiliation="Little Acorns Nursery",
              aliases=["Jo Baker", "Baker"], stance=-1),
        actor("Department for Education spokesperson", "government", title="spokesperson",
              affiliation="Department for Education", aliases=["Department for Education spokesperson"], stance=1),
        actor("One Ofsted inspector", "person", title="anonymous inspector", affiliation="Ofsted",
              aliases=["One Ofsted inspector"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
