"""Build the test113 gold files (data/eval/test113/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test113/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test113.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test113"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Polar Journal (polar news): Russia plans a research centre for BRICS scientists on Svalbard.
ARTICLES[f"{BATCH}/barentsburg-research-centre-svalbard.gold.json"] = {
    "article": f"{BATCH}/barentsburg-research-centre-svalbard.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Ministry of Science and Higher Education", "Russia intends to open a new research centre in "
            "Barentsburg, its coal-mining settlement on Svalbard, by the summer of 2028 and to invite scientists from "
            "China, India, Brazil and other BRICS countries to work there", None),
        (I, "Russian Ministry of Science and Higher Education", "the centre would focus on glaciology, permafrost and "
            "climate research, and that it would be built on the site of an old miners\u2019 hostel in the centre of "
            "the settlement", None),
        (P, "Ildar Nurmukhametov", "a natural next step", None),
        (D, "Ildar Nurmukhametov", "Russia has been on Spitsbergen for centuries. Our scientists have worked here in "
            "every season and under every government,", None),
        (D, "Ildar Nurmukhametov", "We want to share our infrastructure with colleagues who are interested in honest "
            "cooperation, not politics.", None),
        (I, "Ildar Nurmukhametov", "the station would have laboratories, a small hospital and accommodation for up to "
            "60 researchers", None),
        (P, "Kari Lien", "from all nations", None),
        (I, "Kari Lien", "any new activity would have to follow Norwegian law, including the strict environmental "
            "rules of the Svalbard Environmental Protection Act", None),
        (D, "Kari Lien", "Svalbard is Norwegian territory. Research here is open to everyone, but it is not a place "
            "for building political showcases,", None),
        (I, "Kari Lien", "the government had not received any application for the project", None),
        (P, "Governor of Svalbard", "in the normal way", None),
        (P, "Russia\u2019s Foreign Ministry", "squeeze out", None),
        (S, None, "fisheries protection zone", None),
        (I, "Torbj\u00f8rn Vik", "the plan was less about science than about keeping Barentsburg alive as coal "
            "production declines", None),
        (D, "Torbj\u00f8rn Vik", "The mine is running out, the population is shrinking, and Moscow needs a reason to "
            "be there,", None),
        (D, "Torbj\u00f8rn Vik", "A so-called \u2018BRICS science hub\u2019 is a good reason, and it also sends a message "
            "to Oslo.", None),
        (I, "Torbj\u00f8rn Vik", "Russia had announced similar projects in Pyramiden, the abandoned Soviet mining town, "
            "without building them", None),
        (I, "Governor of Svalbard", "around 340 people lived in Barentsburg at the start of 2026, most of them from "
            "Russia and Ukraine\u2019s Donbas region, down from more than 400 a decade ago", None),
    ],
    "actors": [
        actor("Russian Ministry of Science and Higher Education", "government", title="science ministry",
              affiliation="Russia", aliases=["Russian Ministry of Science and Higher Education", "The ministry"],
              stance=1),
        actor("Ildar Nurmukhametov", "person", title="head of the Russian scientific centre on Spitsbergen",
              affiliation="Russia", aliases=["Ildar Nurmukhametov", "Nurmukhametov"], stance=1),
        actor("Kari Lien", "person", title="state secretary", affiliation="Ministry of Justice and Public Security "
              "(Norway)", aliases=["Kari Lien", "Lien"], stance=-1),
        actor("Governor of Svalbard", "government", title="Norwegian governor's office", affiliation="Norway",
              aliases=["Governor of Svalbard"], stance=0),
        actor("Russia\u2019s Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russia\u2019s Foreign Ministry", "Foreign Ministry"], stance=1),
        actor("Torbj\u00f8rn Vik", "person", title="researcher", affiliation="Fridtjof Nansen Institute",
              aliases=["Torbj\u00f8rn Vik", "Vik"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Hockey News (NHL): a goalie who lost his starting job asks for a trade.
ARTICLES[f"{BATCH}/ducks-kral-trade-request.gold.json"] = {
    "article": f"{BATCH}/ducks-kral-trade-request.txt",
    "target": "Tomas Kral",
    "quotes": [
        (I, "Neil Sparrow", "The Anaheim Ducks goaltender has asked GM Ray Dunleavy for a trade", None),
        (D, "Neil Sparrow", "Tomas is a competitor. He wants to play, and it's become clear that's not going to happen "
            "in Anaheim,", None),
        (D, "Neil Sparrow", "We've made the request privately and respectfully, and we expect it to be handled the "
            "same way.", None),
        (I, "Neil Sparrow", "there was no ill will toward the organization", None),
        (P, "Neil Sparrow", "nothing but professional", None),
        (D, "Tomas Kral", "I'm not going to lie to you, it's hard. I've been the No. 1 here for four years,", None),
        (D, "Tomas Kral", "But Lucas is playing great, and I'm happy for him. He's a good kid.", None),
        (D, "Tomas Kral", "I want to play hockey. That's all I'll say.", None),
        (I, "Ray Dunleavy", "the team was aware of the request", None),
        (P, "Ray Dunleavy", "do what's best for the Anaheim Ducks,", None),
        (I, "Ray Dunleavy", "he was in no hurry to move a goalie with three years left on his deal", None),
        (D, "Ray Dunleavy", "Tomas has been a big part of this team and we respect him,", None),
        (D, "Ray Dunleavy", "We're not going to give a player away because it's a difficult moment. If the right deal "
            "is there, we'll look at it.", None),
        (P, "Mario Leclair", "purely about performance", None),
        (I, "Mario Leclair", "Kral would get starts before the holiday break", None),
        (D, "Mario Leclair", "Nobody in that room works harder than Tomas. That's not the issue,", None),
        (I, "Cole Bishop", "Kral had been among the first players to congratulate Brandt after his first NHL shutout",
            None),
        (D, "Cole Bishop", "People outside don't see that stuff. He's a pro,", None),
        (P, "One Western Conference executive", "a tough sell", None),
        (I, "One Western Conference executive", "a team needing an experienced backup for a playoff run might be "
            "interested, but probably not before the trade deadline in March", None),
    ],
    "actors": [
        actor("Neil Sparrow", "person", title="agent", aliases=["Neil Sparrow", "Sparrow"], stance=1),
        actor("Tomas Kral", "person", title="goaltender", affiliation="Anaheim Ducks",
              aliases=["Tomas Kral", "Kral", "Tomas"], stance=1),
        actor("Ray Dunleavy", "person", title="GM", affiliation="Anaheim Ducks", aliases=["Ray Dunleavy", "Dunleavy"],
              stance=0),
        actor("Mario Leclair", "person", title="Coach", affiliation="Anaheim Ducks",
              aliases=["Mario Leclair", "Leclair"], stance=0),
        actor("Cole Bishop", "person", title="defenseman, alternate captain", affiliation="Anaheim Ducks",
              aliases=["Cole Bishop", "Bishop"], stance=1),
        actor("One Western Conference executive", "person", title="anonymous executive",
              aliases=["One Western Conference executive", "The executive"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Bozeman Daily Chronicle education: the school board votes to close an elementary school.
ARTICLES[f"{BATCH}/sourdough-creek-school-closure-vote.gold.json"] = {
    "article": f"{BATCH}/sourdough-creek-school-closure-vote.txt",
    "target": "Bozeman School District",
    "quotes": [
        (I, "Bozeman School District", "enrollment at the 1962 building on the city's south side has fallen to 214 "
            "students, about half its capacity, and that the school needs an estimated $9.4 million in repairs to its "
            "roof, boiler and plumbing", None),
        (I, "Casey Bertelsen", "the closure would save the district about $1.1 million a year in operating costs",
            None),
        (D, "Casey Bertelsen", "Nobody on this staff wanted to bring this recommendation to you,", None),
        (D, "Casey Bertelsen", "But we have a building we can't afford to fix and seats we can't fill, and every dollar "
            "we put into that boiler is a dollar that doesn't go into a classroom.", None),
        (I, "Bozeman School District", "it would provide bus service for all affected students, regardless of distance",
            None),
        (P, "Denise Whitehorse", "one of the hardest this board has taken", None),
        (P, "Denise Whitehorse", "every step of the way.", None),
        (I, "Gabe Ortiz", "the district had not seriously considered alternatives, such as moving a preschool program "
            "into the empty classrooms", None),
        (D, "Gabe Ortiz", "We're telling a neighborhood that its school is a line item,", None),
        (D, "Gabe Ortiz", "I don't think we've earned the right to do that yet.", None),
        (I, "Jordan Reyes", "the district had known about the building's problems for a decade and had chosen not to "
            "fix them", None),
        (D, "Jordan Reyes", "They let it fall apart and now they're using that as the reason to close it,", None),
        (D, "Jordan Reyes", "That's not a plan. That's a neglect strategy.", None),
        (I, "Jordan Reyes", "they would consider moving their children to a charter school rather than to Longfellow",
            None),
        (D, "Marisol Acu\u00f1a", "These kids know that this is their place. Some of them don't have a lot of places "
            "like that,", None),
        (P, "Bozeman Education Association", "deeply disappointed", None),
        (I, "Bozeman Education Association", "it would work to make sure no teacher lost a job as a result of the "
            "closure", None),
        (I, "Casey Bertelsen", "all Sourdough Creek staff will be offered positions elsewhere in the district", None),
        (S, None, "right-sizing", None),
    ],
    "actors": [
        actor("Bozeman School District", "organisation", title="school district",
              aliases=["Bozeman School District", "The district"], stance=1),
        actor("Casey Bertelsen", "person", title="Superintendent", affiliation="Bozeman School District",
              aliases=["Casey Bertelsen", "Bertelsen"], stance=1),
        actor("Denise Whitehorse", "person", title="Board chair", affiliation="Bozeman School District board of trustees",
              aliases=["Denise Whitehorse", "Whitehorse"], stance=1),
        actor("Gabe Ortiz", "person", title="Trustee", affiliation="Bozeman School District board of trustees",
              aliases=["Gabe Ortiz", "Ortiz"], stance=-1),
        actor("Jordan Reyes", "person", title="parent", aliases=["Jordan Reyes", "Reyes"], stance=-1),
        actor("Marisol Acu\u00f1a", "person", title="Fourth-grade teacher", affiliation="Sourdough Creek Elementary",
              aliases=["Marisol Acu\u00f1a", "Acu\u00f1a"], stance=-1),
        actor("Bozeman Education Association", "organisation", title="teachers' union",
              aliases=["Bozeman Education Association"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. C&EN (chemistry trade press): Morocco caps phosphate rock exports.
ARTICLES[f"{BATCH}/morocco-phosphate-rock-export-quota.gold.json"] = {
    "article": f"{BATCH}/morocco-phosphate-rock-export-quota.txt",
    "target": "Morocco",
    "quotes": [
        (I, "Ministry of Energy Transition", "Morocco will limit exports of unprocessed phosphate rock to 8 million "
            "metric tons in 2027, about 20% less than this year, and will raise the export levy on rock by 5 "
            "percentage points", None),
        (P, "Morocco", "growing share", None),
        (I, "US Geological Survey", "Morocco holds about 70% of the world\u2019s known phosphate reserves", None),
        (I, "Layla Benhaddou", "the country would continue to honor existing long-term contracts", None),
        (D, "Layla Benhaddou", "Morocco has always been a reliable supplier, and it will remain one,", None),
        (D, "Layla Benhaddou", "But it is natural that a country wants to capture more of the value of its own "
            "resources. Every major producer does the same.", None),
        (I, "OCP Group", "it supported the decision", None),
        (D, "Youssef Amrani-Tazi", "Our customers increasingly want finished products, not rock. This policy simply "
            "follows the market,", None),
        (I, "Fertiliser Association of India", "the cap would raise costs for Indian farmers at a time when fertilizer "
            "subsidies are already stretched", None),
        (D, "Sanjay Mehrotra", "We are being asked to buy Moroccan acid and Moroccan DAP instead of rock. That is a "
            "decision for Indian companies to make, not for Rabat,", None),
        (I, "Sanjay Mehrotra", "the association would raise the issue with India\u2019s Department of Fertilizers and "
            "urge it to diversify supply toward Jordan, Saudi Arabia and Togo", None),
        (I, "spokesperson for Fertilizers Europe", "the group was studying the decree", None),
        (P, "spokesperson for Fertilizers Europe", "largely secured.", None),
        (I, "Analysts", "the cap is unlikely to move prices sharply in the short term", None),
        (I, "Lars Oberholzer", "most Moroccan rock already goes to OCP\u2019s own plants or to long-term partners", None),
        (D, "Lars Oberholzer", "The spot market for rock is thin. The people who will feel this are the smaller acid "
            "producers in South Asia and Eastern Europe who buy cargo by cargo,", None),
        (I, "Lars Oberholzer", "the decision could encourage other producers to follow", None),
        (D, "Lars Oberholzer", "If Morocco does this successfully, do not be surprised to see the same thing elsewhere. "
            "The era of cheap rock is probably over.", None),
        (I, "Haldane Agri", "Phosphate rock prices at Moroccan ports averaged $152 per metric ton in November, up from "
            "$118 a year earlier", None),
        (S, None, "conflict phosphate", None),
    ],
    "actors": [
        actor("Ministry of Energy Transition", "government", title="energy ministry", affiliation="Morocco",
              aliases=["Ministry of Energy Transition"], stance=1),
        actor("Morocco", "country", title="government (decree)", aliases=["Morocco", "Rabat"], stance=1),
        actor("US Geological Survey", "government", title="US geological agency", aliases=["US Geological Survey"],
              stance=None),
        actor("Layla Benhaddou", "person", title="Minister", affiliation="Ministry of Energy Transition (Morocco)",
              aliases=["Layla Benhaddou", "Benhaddou"], stance=1),
        actor("OCP Group", "organisation", title="state-owned phosphate company", affiliation="Morocco",
              aliases=["OCP Group", "OCP"], stance=1),
        actor("Youssef Amrani-Tazi", "person", title="chief commercial officer", affiliation="OCP Group",
              aliases=["Youssef Amrani-Tazi", "Amrani-Tazi"], stance=1),
        actor("Fertiliser Association of India", "organisation", title="fertilizer industry association",
              aliases=["Fertiliser Association of India", "the association"], stance=-1),
        actor("Sanjay Mehrotra", "person", title="director general", affiliation="Fertiliser Association of India",
              aliases=["Sanjay Mehrotra", "Mehrotra"], stance=-1),
        actor("spokesperson for Fertilizers Europe", "person", title="spokesperson", affiliation="Fertilizers Europe",
              aliases=["spokesperson for Fertilizers Europe"], stance=0),
        actor("Analysts", "group", title="fertilizer analysts", aliases=["Analysts"], stance=0),
        actor("Lars Oberholzer", "person", title="fertilizer analyst", affiliation="Haldane Agri",
              aliases=["Lars Oberholzer", "Oberholzer"], stance=0),
        actor("Haldane Agri", "organisation", title="consultancy", aliases=["Haldane Agri"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
