"""Build the dev78 gold files (data/eval/dev78/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev77/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev78/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev78.  Standard library only.
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
# 1. The Western Producer (Canada) agriculture/markets (a record Russian wheat crop depresses Prairie prices),
#    headline and standfirst without speech, byline, "Reporter" and "Published: December 3, 2026" lines,
#    "SASKATOON —" dateline, straight " and apostrophes, American punctuation inside closing marks, "Sask.",
#    "US$". Lede content before ", according to the Russian Agriculture Ministry" (the rest of the sentence is
#    the writer's); "The ministry said last week that A"; farm groups "have lobbied for a cut" (no proposition);
#    scare so-called "floor price"; deputy minister "struck a confident tone at ...: "..."" (colon, direct);
#    grain union president "told the Interfax news agency that Russian farmers had "..." and that B" (partial
#    plus indirect); analyst "said Russian exporters were working on "..." to hold ..." (partial only), "she
#    said"; farmer "said A", then a two-paragraph quote with no verb of its own (continuity after the indirect);
#    Cereals Canada "said in a statement that ... competed on "..." rather than on price" (partial only); "was
#    blunter" (no speech), quote split by "said Lund"; "Lund said A, and that B" (one span); anonymous trader
#    "said A"; federal minister "said Ottawa would raise "..." at ..." (partial only); "did not respond to a
#    request for comment" (not annotated).
ARTICLES["data/eval/dev78/russian-wheat-glut-prairie-prices.gold.json"] = {
    "article": "data/eval/dev78/russian-wheat-glut-prairie-prices.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Agriculture Ministry", "Russia harvested a record 94 million tonnes of wheat this year", None),
        (I, "Russian Agriculture Ministry", "it had no plans to cut its wheat export tax", None),
        (S, None, "floor price", None),
        (D, "Andrei Razin", "Russian wheat is in demand because it is good wheat at a fair price. We are not going to "
            "apologize to anyone for that.", None),
        (P, "Arkady Zhukov", "done their job", None),
        (I, "Arkady Zhukov", "the world should be grateful for the supply", None),
        (P, "Irina Belova", "a very thin margin", None),
        (D, "Irina Belova", "They are buying market share with a weak rouble and cheap freight. It is not forever, but "
            "it can last another season,", None),
        (I, "Kevin Thiessen", "he had about a third of his crop still in the bin and no intention of selling it at "
            "current prices", None),
        (D, "Kevin Thiessen", "I've got fertilizer bills that went up 40 percent in three years and a wheat price "
            "that's going the other way. You can't farm like that for long.", None),
        (D, "Kevin Thiessen", "Everybody keeps saying Canadian wheat is the best in the world. That's great. The buyer "
            "in Cairo isn't paying for the best in the world. He's paying for whatever the Russians are selling "
            "cheapest.", None),
        (P, "Cereals Canada", "quality, consistency and reliability", None),
        (D, "Darcy Lund", "Russia is the price-setter in the world wheat market now,", None),
        (D, "Darcy Lund", "Everybody else, us included, is a price-taker.", None),
        (I, "Darcy Lund", "he expected Russian export volumes to stay high until at least the end of the 2026-27 crop "
            "year, and that Canadian prices would recover only if the southern hemisphere harvest disappointed", None),
        (I, "Winnipeg-based grain trader", "Russian cargoes were being offered into Egypt at roughly US$15 a tonne below "
            "comparable Canadian wheat", None),
        (P, "Marie-Claude Doucet", "market-distorting export practices", None),
    ],
    "actors": [
        actor("Russian Agriculture Ministry", "government", affiliation="Russia",
              aliases=["Russian Agriculture Ministry", "ministry"], stance=0),
        actor("Andrei Razin", "person", title="Deputy Agriculture Minister", affiliation="Russia",
              aliases=["Andrei Razin", "Razin"], stance=1),
        actor("Arkady Zhukov", "person", title="president", affiliation="Russian Grain Union",
              aliases=["Arkady Zhukov", "Zhukov"], stance=1),
        actor("Irina Belova", "person", title="analyst", affiliation="SovEcon", aliases=["Irina Belova", "Belova"],
              stance=0),
        actor("Kevin Thiessen", "person", title="farmer (Rosetown, Sask.)", aliases=["Kevin Thiessen", "Thiessen"],
              stance=-1),
        actor("Cereals Canada", "organisation", title="industry association", aliases=["Cereals Canada"], stance=0),
        actor("Darcy Lund", "person", title="analyst", affiliation="Prairie Grain Analytics",
              aliases=["Darcy Lund", "Lund"], stance=0),
        actor("Winnipeg-based grain trader", "person", title="grain trader (anonymous)",
              aliases=["Winnipeg-based grain trader"], stance=0),
        actor("Marie-Claude Doucet", "person", title="Federal Agriculture Minister", affiliation="Canada",
              aliases=["Marie-Claude Doucet", "Doucet"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Irish News (Belfast) GAA sport (a hurling manager's extension as a senior player quits the panel),
#    headline with a curly single fragment "... as McCloskey quits panel over ‘lack of respect’" (the player,
#    whom the headline names), byline and "03 December, 2026 01:00" lines, lede opening in capitals (ANTRIM),
#    curly double quotes and apostrophes, punctuation outside fragments, Irish names (Seán, Ciarán, Ó
#    Dochartaigh, Ó hEára), a player and the county chairman sharing a surname ("Ciarán McCloskey – no
#    relation –"). Lede content before ", the Antrim County Board confirmed last night"; board "said Hegarty had
#    "..." of ... and that the decision had been "..."" (two partials); player "said on social media that A",
#    "the 29-year-old wrote", "McCloskey said A but had B" (one span); chairman "told The Irish News that A and
#    that Hegarty had done "..."" (indirect plus partial), "he said"; manager "insisted that he had "..." with
#    ..." (partial only), "he said", Q&A "Asked whether ..., he replied: "...""; scare so-called "back door";
#    pundit "said the board had "..." by ..." (partial only), "he said"; GPA "said A and would "..."" (indirect
#    plus partial).
ARTICLES["data/eval/dev78/antrim-hurling-hegarty-mccloskey.gold.json"] = {
    "article": "data/eval/dev78/antrim-hurling-hegarty-mccloskey.txt",
    "target": "Declan Hegarty",
    "quotes": [
        (P, "Se\u00e1n McCloskey", "lack of respect", "\u2018lack of respect\u2019"),
        (I, "Antrim County Board", "ANTRIM hurling manager Declan Hegarty has been handed a two-year extension to his "
            "term", None),
        (P, "Antrim County Board", "the full support", None),
        (P, "Antrim County Board", "unanimous", None),
        (I, "Se\u00e1n McCloskey", "he was stepping away from the county set-up with immediate effect", None),
        (D, "Se\u00e1n McCloskey", "I have given ten years to this jersey. What I won\u2019t give is my silence when "
            "players are treated with a lack of respect,", None),
        (I, "Se\u00e1n McCloskey", "he had raised his concerns with the county board in September but had received no "
            "reply", None),
        (I, "Ciar\u00e1n McCloskey", "the board had met the player twice since the summer", None),
        (P, "Ciar\u00e1n McCloskey", "a serious job with limited resources", None),
        (D, "Ciar\u00e1n McCloskey", "Our door is open to Se\u00e1n. It always has been,", None),
        (P, "Declan Hegarty", "no issue", None),
        (D, "Declan Hegarty", "We were a puck of a ball away from a Leinster semi-final in May. I have unfinished "
            "business here, and so have the lads who are staying,", None),
        (D, "Declan Hegarty", "I\u2019ll ring him this week. I rang him before, and I\u2019ll ring him again.", None),
        (S, None, "back door", None),
        (P, "Liam \u00d3 hE\u00e1ra", "made a rod for its own back", None),
        (D, "Liam \u00d3 hE\u00e1ra", "Declan is a good coach and the players respect what he\u2019s done on the field. "
            "But you can\u2019t have your best forward finding out through Twitter that the manager\u2019s been given "
            "two more years,", None),
        (I, "Gaelic Players Association", "it was in contact with the player", None),
        (P, "Gaelic Players Association", "support him in whatever he decides", None),
    ],
    "actors": [
        actor("Se\u00e1n McCloskey", "person", title="hurler (Dunloy)", affiliation="Antrim",
              aliases=["Se\u00e1n McCloskey", "McCloskey", "Se\u00e1n", "the 29-year-old"], stance=-1),
        actor("Antrim County Board", "organisation", title="GAA county board",
              aliases=["Antrim County Board", "county board"], stance=1),
        actor("Ciar\u00e1n McCloskey", "person", title="county chairman", affiliation="Antrim County Board",
              aliases=["Ciar\u00e1n McCloskey", "county chairman"], stance=1),
        actor("Declan Hegarty", "person", title="Antrim hurling manager", affiliation="Antrim",
              aliases=["Declan Hegarty", "Hegarty", "Declan"], stance=1),
        actor("Liam \u00d3 hE\u00e1ra", "person", title="pundit, former Antrim goalkeeper", affiliation="BBC Sport NI",
              aliases=["Liam \u00d3 hE\u00e1ra", "\u00d3 hE\u00e1ra"], stance=0),
        actor("Gaelic Players Association", "organisation", title="players' union",
              aliases=["Gaelic Players Association"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Mmegi (Botswana) labour/mining (a diamond company sends 1,200 workers home unpaid), headline without
#    speech, byline in capitals, "Staff Writer" and "Wednesday, 02 December 2026" lines, "LETLHAKANE:" dateline
#    running into the lede, straight " and apostrophes, Botswana usage (no comma closing the apposition in
#    "TDC managing director, Boitumelo Sebina said", "government" without article, Pula amounts "P2,500",
#    "once-off", Kgosi as a chief's title), a worker named Gift. Lede content before ", the company has
#    confirmed"; MD "said the decision was "..." after ..." (partial only), "Sebina said"; "TDC said A and would
#    B" (one span); scare so-called "care and maintenance"; union "has described the move as "..." and said B"
#    (partial plus indirect); secretary general "said A and would B" (one span), "Gaolathe said"; worker "said
#    A", then a two-paragraph quote with no verb (continuity after the indirect); anonymous employee "who spoke
#    on condition of anonymity, said A"; minister "said government was "..." TDC and the union and that it hoped
#    B" (partial plus indirect); chief "said A", "Masilo said"; content before ", according to the Bank of
#    Botswana"; "TDC ... said it would B".
ARTICLES["data/eval/dev78/tsodilo-diamonds-unpaid-leave-letlhakane.gold.json"] = {
    "article": "data/eval/dev78/tsodilo-diamonds-unpaid-leave-letlhakane.txt",
    "target": "Tsodilo Diamond Company",
    "quotes": [
        (I, "Tsodilo Diamond Company", "About 1,200 employees of the Tsodilo Diamond Company (TDC) will be placed on "
            "unpaid leave for at least three months from January 4 as the company halts production at its Mosetlha "
            "mine", None),
        (P, "Boitumelo Sebina", "painful but unavoidable", None),
        (D, "Boitumelo Sebina", "Global demand for natural diamonds has not recovered, and laboratory-grown stones "
            "continue to take market share. We must protect the long-term future of Mosetlha, and that means stopping "
            "production until prices improve,", None),
        (I, "Tsodilo Diamond Company", "affected employees would keep their medical aid cover and would be paid a "
            "once-off allowance of P2,500 before Christmas", None),
        (S, None, "care and maintenance", None),
        (P, "Botswana Mine Workers Union", "a retrenchment by another name", None),
        (I, "Botswana Mine Workers Union", "workers had not been consulted", None),
        (I, "Kabo Gaolathe", "the union had written to the Commissioner of Labour and would approach the Industrial "
            "Court if the company did not reverse its decision", None),
        (D, "Kabo Gaolathe", "You cannot tell a man with a mortgage and four children that he must wait at home for "
            "three months with no salary and call it leave. Leave is something you apply for,", None),
        (I, "Gift Ramotswa", "the news had spread through the mine's canteen on Monday morning before any manager spoke "
            "to the workers", None),
        (D, "Gift Ramotswa", "We heard it from our phones. Then the supervisors came and read the letter to us. Nobody "
            "could answer our questions.", None),
        (D, "Gift Ramotswa", "Some of us are already in debt because of the short time this year. Where will we go "
            "now?", None),
        (I, "senior employee at the mine", "contractors had been told to leave the site by December 18", None),
        (P, "Kefilwe Molefhe", "engaging", None),
        (I, "Kefilwe Molefhe", "it hoped the two parties would find a solution that protected jobs", None),
        (I, "Tshepo Masilo", "the whole village depended on the mine", None),
        (D, "Tshepo Masilo", "When the mine sneezes, Letlhakane catches a cold. The shops, the taxis, the landlords, "
            "everybody will feel this,", None),
        (I, "Bank of Botswana", "Diamonds account for about 80 percent of Botswana's exports and a third of government "
            "revenue", None),
        (I, "Tsodilo Diamond Company", "it would review market conditions at the end of March", None),
    ],
    "actors": [
        actor("Tsodilo Diamond Company", "organisation", title="diamond miner",
              aliases=["Tsodilo Diamond Company", "TDC", "the company"], stance=1),
        actor("Boitumelo Sebina", "person", title="managing director", affiliation="Tsodilo Diamond Company",
              aliases=["Boitumelo Sebina", "Sebina"], stance=1),
        actor("Botswana Mine Workers Union", "organisation", title="mineworkers' union",
              aliases=["Botswana Mine Workers Union", "BMWU"], stance=-1),
        actor("Kabo Gaolathe", "person", title="secretary general", affiliation="Botswana Mine Workers Union",
              aliases=["Kabo Gaolathe", "Gaolathe"], stance=-1),
        actor("Gift Ramotswa", "person", title="dump truck operator", affiliation="Mosetlha mine",
              aliases=["Gift Ramotswa", "Ramotswa"], stance=-1),
        actor("senior employee at the mine", "person", title="employee (anonymous)", affiliation="Mosetlha mine",
              aliases=["senior employee at the mine"], stance=0),
        actor("Kefilwe Molefhe", "person", title="Minister of Minerals and Energy", affiliation="Botswana government",
              aliases=["Kefilwe Molefhe", "Dr Kefilwe Molefhe", "Molefhe"], stance=0),
        actor("Tshepo Masilo", "person", title="Kgosi (chief) of Letlhakane",
              aliases=["Tshepo Masilo", "Kgosi Tshepo Masilo", "Masilo"], stance=None),
        actor("Bank of Botswana", "government", title="central bank", affiliation="Botswana",
              aliases=["Bank of Botswana"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Philadelphia Inquirer local news (the Free Library closes 11 branches on Saturdays), headline without
#    quote marks ("..., citing staff shortages"), standfirst with reported speech but no quote marks, "by NAME"
#    and "Published Dec. 2, 2026, 5:00 a.m. ET" lines, curly double quotes and apostrophes, American punctuation
#    inside closing marks (including a partial "a choice, not a necessity."), a speaker referred to as "they"
#    (Jordan Whitfield) and one named Hope. Lede content before ", the library said Tuesday" ("a move it blamed
#    on ..." is an act); president "said A", quote split by "Ellison-Park said", Q&A "Asked whether ..., she
#    said: "...""; content before ", according to the library's own visitor counts"; union "said it had learned
#    ... and called the decision "..."" (indirect plus partial); councilmember "called the cuts "..." and said B"
#    (partial plus indirect); Mayor's Office "said in a statement that the administration had "..." ... and that
#    B" (partial plus indirect); student "Whitfield said", "They said A but that B" (one span); grandmother
#    "brings her two grandsons ..." (no speech), quote split by "she said" and running into the next paragraph;
#    scare so-called "Saturday gap".
ARTICLES["data/eval/dev78/free-library-saturday-closures.gold.json"] = {
    "article": "data/eval/dev78/free-library-saturday-closures.txt",
    "target": "Free Library of Philadelphia",
    "quotes": [
        (I, "Free Library of Philadelphia", "The Free Library of Philadelphia will close 11 of its 54 neighborhood "
            "branches on Saturdays starting Feb. 6", None),
        (I, "Nadia Ellison-Park", "the system had 74 vacant positions and could no longer staff every branch six days a "
            "week without closing some of them at short notice", None),
        (D, "Nadia Ellison-Park", "What we have been doing is worse than this,", None),
        (D, "Nadia Ellison-Park", "Families show up on a Saturday morning and find a sign on the door. At least now "
            "they will know where to go.", None),
        (D, "Nadia Ellison-Park", "I can\u2019t promise you that there won\u2019t be.", None),
        (I, "Free Library of Philadelphia", "Saturday is the second-busiest day at neighborhood branches", None),
        (I, "District Council 47", "it had learned of the plan from a memo sent to branch managers on Monday", None),
        (P, "District Council 47", "a choice, not a necessity.", None),
        (P, "Isaiah Grant", "indefensible", None),
        (I, "Isaiah Grant", "he would ask Council to restore $3.2 million to the library\u2019s budget when it returns "
            "in January", None),
        (P, "Mayor\u2019s Office", "protected", "had \u201cprotected"),
        (I, "Mayor\u2019s Office", "it supported the library\u2019s decision to prioritize weekday hours", None),
        (D, "Jordan Whitfield", "My house is loud. There\u2019s five of us and one table. This is where I get things "
            "done,", None),
        (I, "Jordan Whitfield", "they would try the Central Library on Vine Street but that the trip took more than 40 "
            "minutes each way", None),
        (D, "Hope Carrington", "Their mother works weekends. I work weekdays,", None),
        (D, "Hope Carrington", "Saturday is the one day we can all come here together.", None),
        (D, "Hope Carrington", "They keep telling us the library is for everybody. It doesn\u2019t feel like it\u2019s "
            "for us.", None),
        (S, None, "Saturday gap", None),
    ],
    "actors": [
        actor("Free Library of Philadelphia", "organisation", title="public library system",
              aliases=["Free Library of Philadelphia", "Free Library", "the library"], stance=0),
        actor("Nadia Ellison-Park", "person", title="president and director", affiliation="Free Library of Philadelphia",
              aliases=["Nadia Ellison-Park", "Ellison-Park"], stance=1),
        actor("District Council 47", "organisation", title="union representing library workers",
              aliases=["District Council 47"], stance=-1),
        actor("Isaiah Grant", "person", title="Councilmember", affiliation="Philadelphia City Council",
              aliases=["Isaiah Grant", "Councilmember Isaiah Grant", "Grant"], stance=-1),
        actor("Mayor\u2019s Office", "government", affiliation="City of Philadelphia", aliases=["Mayor\u2019s Office"],
              stance=1),
        actor("Jordan Whitfield", "person", title="community college student", aliases=["Jordan Whitfield", "Whitfield"],
              stance=-1),
        actor("Hope Carrington", "person", title="grandmother and library user", aliases=["Hope Carrington", "Carrington"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
