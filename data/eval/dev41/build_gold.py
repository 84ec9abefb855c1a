"""Build the dev41 gold files (data/eval/dev41/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev41/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev41.  Standard library only.
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
# 1. Radio Free Europe/Radio Liberty (a Russian election monitor jailed for working with an
#    "undesirable" group), Title Case headline, "By RFE/RL's Russian Service" and date lines,
#    American spelling (organization, defense, offense, center), straight double quotes in the body
#    and straight single 'Undesirable' in the headline, straight apostrophes (RFE/RL's, Russia's,
#    Duma's, Don't), punctuation inside closing marks, "Ms." with a point. Scare 'Undesirable' in
#    the headline and "undesirable" in the lede (the legal designation in the writer's sentence; no
#    one is said to have said it). Group "Her supporters said A". The verdict paragraph is action
#    ("found ... guilty"), not speech. "Prosecutors said A and had B" (one span). Defendant's final
#    statement: "Zhukova said A" (indirect), then "she said", then a closed quote-only paragraph
#    (continuity). Lawyer named after his quote ("her lawyer, X, told RFE/RL's Russian Service";
#    "Tatyana" inside), then "He said A and described the verdict as "..."" (indirect plus partial).
#    Kremlin spokesman "declined to comment ..., telling reporters ... that the Kremlin "..." in ..."
#    (partial only), then "Belyakov said". Group statement "said in a statement that A and that ...
#    "..." after ..." (indirect plus partial). Exiled co-founder "told Current Time that ... "..."
#    ready to ..." (partial only), then "he said" ("Tanya" inside). Deputy "welcomed the sentence,
#    saying ... "..."" (partial only). "The U.S. State Department condemned the verdict." (no
#    proposition), then the spokeswoman's quote "said in a statement, calling for her immediate
#    release" (direct; the participle is a directive). Background paragraph without speech. Closing
#    "she called out to them: "..."" (colon cue, imperative quote).
ARTICLES["data/eval/dev41/yekaterinburg-election-monitor-sentenced.gold.json"] = {
    "article": "data/eval/dev41/yekaterinburg-election-monitor-sentenced.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "Undesirable", None),
        (S, None, "undesirable", None),
        (I, "supporters", "the verdict was a warning to anyone planning to observe next year's elections to the State "
            "Duma, Russia's lower house of parliament", None),
        (I, "Prosecutors", "Zhukova had recruited and trained more than 200 observers for Vybor ahead of the 2024 "
            "presidential election and had passed their reports to the group's leaders abroad", None),
        (I, "Tatyana Zhukova", "she had never hidden what she did", None),
        (D, "Tatyana Zhukova", "I counted ballots. I photographed ballot boxes. I wrote down what I saw, and I signed my "
            "name under it,", None),
        (D, "Tatyana Zhukova", "If that is a crime in Russia now, then I am guilty, and so is every person who has ever "
            "believed their vote should be counted honestly.", None),
        (D, "Mikhail Rudnev", "There is nothing in the case file to show that Tatyana did anything except observe "
            "elections, which is legal under Russian law,", None),
        (I, "Mikhail Rudnev", "the defense would appeal", None),
        (P, "Mikhail Rudnev", "written before the trial began.", None),
        (P, "Yury Belyakov", "never interferes", None),
        (D, "Yury Belyakov", "There is a law, and there are people who break it. Everything else is emotion,", None),
        (I, "Vybor", "Zhukova was the ninth of its coordinators to be prosecuted since 2023", None),
        (P, "Vybor", "revenge for the numbers we published", None),
        (P, "Grigory Melkonyan", "hundreds of people", None),
        (D, "Grigory Melkonyan", "They can put Tanya in prison. They cannot put the whole country in prison,", None),
        (P, "Valery Lagutin", "financed by Washington from the first day.", None),
        (D, "Karen Hollis", "Ms. Zhukova's only offense was wanting Russians to know how their votes were counted,",
            None),
        (D, "Tatyana Zhukova", "Don't be afraid. Go and vote.", None),
    ],
    "actors": [
        actor("supporters", "group", title="Zhukova's supporters", aliases=["supporters"], stance=-1),
        actor("Prosecutors", "government", title="prosecution in the Yekaterinburg case", affiliation="Russia",
              aliases=["Prosecutors"], stance=1),
        actor("Tatyana Zhukova", "person", title="election monitor (51), former schoolteacher", affiliation="Vybor",
              aliases=["Tatyana Zhukova", "Zhukova", "Tatyana", "Tanya", "Ms. Zhukova"], stance=-1),
        actor("Mikhail Rudnev", "person", title="Zhukova's lawyer", aliases=["Mikhail Rudnev", "Rudnev"], stance=-1),
        actor("Yury Belyakov", "person", title="Kremlin spokesman", affiliation="Kremlin",
              aliases=["Yury Belyakov", "Belyakov"], stance=1),
        actor("Vybor", "organisation", title="election-monitoring movement (listed as undesirable)",
              aliases=["Vybor"], stance=-1),
        actor("Grigory Melkonyan", "person", title="co-founder of Vybor, in exile in Vilnius", affiliation="Vybor",
              aliases=["Grigory Melkonyan", "Melkonyan"], stance=-1),
        actor("Valery Lagutin", "person", title="State Duma deputy, security committee", affiliation="United Russia",
              aliases=["Valery Lagutin", "Lagutin"], stance=1),
        actor("Karen Hollis", "person", title="spokeswoman", affiliation="U.S. State Department",
              aliases=["Karen Hollis", "Hollis"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Independent UK politics (cross-party MPs' letter against an approved pylon line), headline,
#    standfirst, "NAME Political Correspondent" and date lines, British spelling (organised,
#    apologise, decarbonise), curly “ ” in the body and ‘ ’ in the headline and standfirst, ’
#    apostrophes (Grid’s, consumers’, can’t, Democrats’), fragment punctuation outside the marks,
#    "Mr Rendell" without a point, lower-case "energy secretary". Headline fragment "MPs accuse
#    energy secretary of ‘bulldozing’" -> the group MPs; the standfirst "Cross-party letter warns
#    landscapes will be scarred ‘for a century’" (a speech cue: annotated like body text, partial
#    only, the letter speaking for the MPs); the lede "have accused the energy secretary of “...”" is
#    the group's third partial. "overruling a planning inspector who had recommended that ..." (a
#    recommendation, not annotated). The letter "said the line would “...” and that ... had been
#    “...”" (two partials). The signatories sentence is the writer's. MP who organised the letter
#    "said: “...”", then "she added". Energy secretary "said the pylons were “...” to ..., and that
#    B" (partial plus indirect), then a quote split by "he told The Independent", resumed. Scare
#    so-called “clean power 2030” mission. Anonymous Labour MP "said the decision had “...” in ..."
#    (partial only), then "they said" ("the secretary of state" inside). Lib Dem spokesperson "said
#    the government had “...”" (partial only). Supportive Labour MP "said A" (indirect), then "he
#    said". National Grid "said A and that B" (one span). Downing Street spokesperson "said the prime
#    minister “...” the decision" (partial only).
ARTICLES["data/eval/dev41/fenland-link-pylons-mps-letter.gold.json"] = {
    "article": "data/eval/dev41/fenland-link-pylons-mps-letter.txt",
    "target": "Tom Rendell",
    "quotes": [
        (P, "MPs", "bulldozing", "MPs accuse energy secretary"),
        (P, "MPs", "for a century", "Cross-party letter warns"),
        (P, "MPs", "bulldozing", "More than 40 MPs"),
        (P, "MPs", "scar some of the most beautiful landscapes in the country for a century", None),
        (P, "MPs", "dismissed without proper consideration", None),
        (D, "Nicola Hartwell", "Nobody in my constituency is against clean energy. What they are against is being told "
            "that their fields, their views and the value of their homes are a price worth paying so that Whitehall can "
            "hit its targets.", None),
        (D, "Nicola Hartwell", "Ministers have not even pretended to listen,", None),
        (P, "Tom Rendell", "essential", None),
        (I, "Tom Rendell", "burying the Fens section would have added \u00a31.1bn to the cost of the project, all of it "
            "paid for through consumers\u2019 bills", None),
        (D, "Tom Rendell", "Every year we delay, families pay more for gas we have to import,", None),
        (D, "Tom Rendell", "I will not apologise for building the infrastructure this country needs.", None),
        (S, None, "clean power 2030", None),
        (P, "Labour MP", "gone down very badly", None),
        (D, "Labour MP", "There are colleagues who will lose their seats over this, and the secretary of state knows "
            "it,", None),
        (P, "Anna Whitcroft", "chosen the cheapest option on paper and the most expensive one in public trust", None),
        (I, "Ben Oduya", "the line would bring hundreds of jobs to the Humber", None),
        (D, "Ben Oduya", "My constituents build the turbines. There is no point building them if we can\u2019t get the "
            "power to where people live,", None),
        (I, "National Grid", "construction would begin in 2027 and that landowners along the route would receive "
            "compensation payments", None),
        (P, "Downing Street spokesperson", "fully supports", None),
    ],
    "actors": [
        actor("MPs", "group", title="cross-party group of more than 40 MPs (letter to the prime minister)",
              aliases=["MPs", "cross-party group", "Cross-party letter"], stance=-1),
        actor("Nicola Hartwell", "person", title="Conservative MP for North East Cambridgeshire, organiser of the letter",
              affiliation="Conservative party", aliases=["Nicola Hartwell", "Hartwell"], stance=-1),
        actor("Tom Rendell", "person", title="energy secretary", affiliation="UK government",
              aliases=["Tom Rendell", "Rendell", "Mr Rendell", "energy secretary", "secretary of state"], stance=1),
        actor("Labour MP", "person", title="anonymous Labour MP who signed the letter", affiliation="Labour party",
              aliases=["Labour MP"], stance=-1),
        actor("Anna Whitcroft", "person", title="Liberal Democrat energy spokesperson",
              affiliation="Liberal Democrats", aliases=["Anna Whitcroft", "Whitcroft"], stance=-1),
        actor("Ben Oduya", "person", title="Labour MP for Great Grimsby and Cleethorpes", affiliation="Labour party",
              aliases=["Ben Oduya", "Oduya"], stance=1),
        actor("National Grid", "organisation", title="grid operator building the Fenland Link",
              aliases=["National Grid"], stance=0),
        actor("Downing Street spokesperson", "person", title="anonymous No 10 spokesperson",
              affiliation="Downing Street", aliases=["Downing Street spokesperson"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Hollywood Reporter business news (a studio closes its in-house animation studio; the union
#    cries foul), Title Case headline, deck without speech, byline and date lines, curly “ ” in the
#    body and ‘ ’ in the headline, ’ apostrophes (Lodestar’s, studio’s, I’ve, isn’t, doesn’t),
#    punctuation inside closing marks, film title without quote marks. Headline fragment "Animation
#    Guild Calls ... ‘Union-Busting in Slow Motion’" -> The Animation Guild (title case, a different
#    string from the body's); the body's "called the move “...” and said A" is its partial plus
#    indirect. Lede content before "the studio said Wednesday" (the writer's ", a decision that will
#    ..." left out). Animation president's memo "wrote that the decision was “...” and had “...”"
#    (two partials), then a three-stretch quote: split by "Kirsch wrote", the resumed stretch left
#    open at the end of its paragraph, then a quote-only paragraph. Anonymous spokesperson "said A
#    and extend B" (one span). "According to two people familiar with the matter, A" (indirect, the
#    group). Scare so-called “AI-assisted” tools (the writer's sentence). Union president named after
#    the first stretch ("said X, the guild’s president"), resumed. Laid-off artist "said A"
#    (indirect), then a quote with a nested ‘Studio Update.’ ("he said"; the nested title is not
#    annotated). The industry paragraph is the writer's. Analyst named after her quote. Director
#    "wrote on Instagram that she was “...” and would not make another film for the studio “...”"
#    (two partials).
ARTICLES["data/eval/dev41/lodestar-burbank-animation-studio-closure.gold.json"] = {
    "article": "data/eval/dev41/lodestar-burbank-animation-studio-closure.txt",
    "target": "Lodestar Pictures",
    "quotes": [
        (P, "The Animation Guild", "Union-Busting in Slow Motion", None),
        (I, "Lodestar Pictures", "Lodestar Pictures will close its in-house animation studio in Burbank next spring and "
            "move production of its animated features to outside vendors", None),
        (P, "The Animation Guild", "union-busting in slow motion", None),
        (I, "The Animation Guild", "it would file an unfair labor practice charge with the National Labor Relations "
            "Board", None),
        (P, "Dana Kirsch", "the hardest call I\u2019ve made in 20 years in this business", None),
        (P, "Dana Kirsch", "nothing to do with the guild.", None),
        (D, "Dana Kirsch", "The economics of a 300-person studio making one film every 18 months no longer work,", None),
        (D, "Dana Kirsch", "Our partners can deliver the same quality at a fraction of the overhead, and they can scale "
            "up and down with our slate.", None),
        (D, "Dana Kirsch", "I know that is cold comfort to people who have given this company their best work. You "
            "deserve better than a memo, and I will be on the floor Thursday to answer every question I can.", None),
        (I, "Lodestar spokesperson", "the studio would offer affected employees 16 weeks of severance and extend their "
            "health coverage through the end of 2026", None),
        (I, "two people familiar with the matter", "Lodestar\u2019s next two animated features will be made by "
            "Brightmoor Animation in Vancouver and by a studio in Hyderabad", None),
        (S, None, "AI-assisted", None),
        (D, "Marisol Ortega", "They waited until we had a contract that protects our members from being replaced by "
            "generative AI, and then they replaced the whole building,", None),
        (D, "Marisol Ortega", "If this isn\u2019t illegal, it should be.", None),
        (I, "Kevin Tran", "he learned of the closure from a trade report ten minutes before an all-hands meeting", None),
        (D, "Kevin Tran", "They sent us a calendar invite called \u2018Studio Update.\u2019 That was it,", None),
        (D, "Rachel Ng", "Every studio is asking whether it needs to own a building full of animators, and most of them "
            "are deciding it doesn\u2019t. The risk is that you outsource the thing that made your films worth seeing,",
            None),
        (P, "Lena Kowalczyk", "heartbroken", None),
        (P, "Lena Kowalczyk", "without the crew that made the last one.", None),
    ],
    "actors": [
        actor("The Animation Guild", "organisation", title="animation workers' union (IATSE Local 839)",
              aliases=["The Animation Guild", "Animation Guild", "the guild"], stance=-1),
        actor("Lodestar Pictures", "organisation", title="film studio",
              aliases=["Lodestar Pictures", "Lodestar", "the studio"], stance=0),
        actor("Dana Kirsch", "person", title="president of Lodestar Animation", affiliation="Lodestar Pictures",
              aliases=["Dana Kirsch", "Kirsch"], stance=1),
        actor("Lodestar spokesperson", "person", title="anonymous studio spokesperson",
              affiliation="Lodestar Pictures", aliases=["Lodestar spokesperson"], stance=0),
        actor("two people familiar with the matter", "group", title="anonymous sources",
              aliases=["two people familiar with the matter"], stance=None),
        actor("Marisol Ortega", "person", title="president", affiliation="The Animation Guild",
              aliases=["Marisol Ortega", "Ortega"], stance=-1),
        actor("Kevin Tran", "person", title="storyboard artist (since 2014)", affiliation="Lodestar Pictures",
              aliases=["Kevin Tran", "Tran"], stance=-1),
        actor("Rachel Ng", "person", title="media analyst", affiliation="Wexford Research",
              aliases=["Rachel Ng", "Ng"], stance=0),
        actor("Lena Kowalczyk", "person", title="director", aliases=["Lena Kowalczyk", "Kowalczyk"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Philippine Daily Inquirer regional news (a governor says typhoon relief is arriving in a
#    "trickle"), headline, "By: NAME - Correspondent" and "Philippine Daily Inquirer / time date"
#    lines, dateline "VIRAC, Catanduanes —", American spelling (centers, neighbors, kilometers),
#    straight double quotes in the body and straight single 'trickle' in the headline, straight
#    apostrophes (DSWD's, We're, don't), punctuation inside closing marks, "Gov.", "Sen.", "Fr.".
#    Headline fragment "Catanduanes gov slams 'trickle' ..." -> Tabinas (the headline names her by
#    role, so "Catanduanes gov" is an alias); the lede's "said relief goods were arriving in a
#    "trickle" while ..." is her second partial (partial only). Scare Typhoon "Banog" (Inquirer
#    style for the local name). Governor "told the Inquirer by phone". Department "said A and that B"
#    (one span). Secretary "said A" (indirect), then "he said at a briefing". Death toll before
#    "according to the National Disaster Risk Reduction and Management Council (NDRRMC)". Evacuee
#    "said A" (indirect), then a quote split by "she said in Filipino", resumed. Senator "called the
#    response "..." and said A" (partial plus indirect). Spokesperson "said A but that B" (one span).
#    Priest named after his quote ("said Fr. X, coordinator of ..."). Mayor "said A and that B" (one
#    span). Weather bureau "said A". Governor closing quote split by "Tabinas said", resumed.
ARTICLES["data/eval/dev41/catanduanes-typhoon-relief-trickle.gold.json"] = {
    "article": "data/eval/dev41/catanduanes-typhoon-relief-trickle.txt",
    "target": "Department of Social Welfare and Development",
    "quotes": [
        (P, "Maria Lourdes Tabinas", "trickle", "Catanduanes gov slams"),
        (S, None, "Banog", None),
        (P, "Maria Lourdes Tabinas", "trickle", "arriving in a"),
        (D, "Maria Lourdes Tabinas", "We have 38,000 families in evacuation centers, and what arrived yesterday was "
            "enough for 6,000. The rest are eating whatever they can salvage from their houses,", None),
        (I, "Department of Social Welfare and Development", "it had delivered 72,000 family food packs to the Bicol "
            "region as of Tuesday and that two Navy ships carrying 40,000 more were expected to dock at Virac port on "
            "Wednesday", None),
        (I, "Ramon Villanueva", "the deliveries had been held up by rough seas and a damaged runway at Virac Airport, "
            "which could not take C-130 cargo planes until Monday", None),
        (D, "Ramon Villanueva", "Nobody is being neglected. Catanduanes is our top priority, and the packs are already "
            "on the water,", None),
        (I, "National Disaster Risk Reduction and Management Council", "The typhoon killed at least 23 people in Bicol "
            "and Eastern Visayas and damaged nearly 61,000 houses", None),
        (I, "Teresita Vargas", "her household of nine had received one food pack on Monday, containing six kilos of "
            "rice, a few canned goods and instant noodles", None),
        (D, "Teresita Vargas", "We're sharing it with our neighbors because they got nothing,", None),
        (D, "Teresita Vargas", "The children keep asking for food and I don't know what to tell them.", None),
        (P, "Rafael Dimaano", "unacceptable for a province that gets hit every single year", None),
        (I, "Rafael Dimaano", "he would file a resolution seeking an inquiry into the DSWD's prepositioning of relief "
            "goods", None),
        (I, "Mark Anthony Salazar", "the agency had prepositioned 15,000 packs in Catanduanes before the typhoon made "
            "landfall but that many of them were destroyed when the roof of the provincial warehouse was torn off",
            None),
        (D, "Noel Abundo", "The ports are not the problem anymore. The problem is the last 20 kilometers, because the "
            "roads to the interior towns are still blocked,", None),
        (I, "Eduardo Tolentino", "landslides had cut off six villages and that residents there had not received any "
            "government aid", None),
        (I, "PAGASA", "a low-pressure area east of Mindanao could develop into a tropical depression by the weekend",
            None),
        (D, "Maria Lourdes Tabinas", "We are grateful for the help that has come,", None),
        (D, "Maria Lourdes Tabinas", "But gratitude does not feed 38,000 families.", None),
    ],
    "actors": [
        actor("Maria Lourdes Tabinas", "person", title="governor of Catanduanes", affiliation="Catanduanes province",
              aliases=["Maria Lourdes Tabinas", "Tabinas", "Catanduanes gov"], stance=-1),
        actor("Department of Social Welfare and Development", "government", title="national social welfare agency",
              affiliation="Philippines", aliases=["Department of Social Welfare and Development", "DSWD"], stance=1),
        actor("Ramon Villanueva", "person", title="Social Welfare Secretary",
              affiliation="Department of Social Welfare and Development", aliases=["Ramon Villanueva", "Villanueva"],
              stance=1),
        actor("National Disaster Risk Reduction and Management Council", "government",
              title="national disaster agency (casualty and damage figures)", affiliation="Philippines",
              aliases=["National Disaster Risk Reduction and Management Council", "NDRRMC"], stance=None),
        actor("Teresita Vargas", "person", title="evacuee (62), Virac", aliases=["Teresita Vargas", "Vargas"],
              stance=-1),
        actor("Rafael Dimaano", "person", title="senator, chair of the Senate social justice and welfare committee",
              affiliation="Senate of the Philippines", aliases=["Rafael Dimaano", "Dimaano"], stance=-1),
        actor("Mark Anthony Salazar", "person", title="DSWD spokesperson",
              affiliation="Department of Social Welfare and Development",
              aliases=["Mark Anthony Salazar", "Salazar"], stance=1),
        actor("Noel Abundo", "person", title="priest, coordinator", affiliation="Bicol Bayanihan Network",
              aliases=["Noel Abundo", "Abundo", "Fr. Noel Abundo"], stance=0),
        actor("Eduardo Tolentino", "person", title="mayor of Bato", affiliation="Bato municipality",
              aliases=["Eduardo Tolentino", "Tolentino"], stance=-1),
        actor("PAGASA", "government", title="state weather bureau", affiliation="Philippines", aliases=["PAGASA"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
