"""Build the dev119 gold files (data/eval/dev119/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev119/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev119.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev119"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Newstalk (Irish talk radio website) defence/security (a Russian "research" ship shadowed off Cork), headline
#    with a scare single fragment 'research', byline and "08.12 3 Dec 2026" lines, straight " and apostrophes,
#    British punctuation outside the marks, "Read more:" lines, fadas (LÉ, Ó Briain, Dónal). Lede content before
#    "the Defence Forces have confirmed"; "In a statement, the Defence Forces said the ship had "..." remained
#    ... and that its movements were being "..." ..." (two partials); minister "Speaking on Newstalk Breakfast,
#    the Minister for Defence Gerard Kinsella said: "..."", then a quote paragraph with "he said", "He said A";
#    embassy "dismissed the reports as "..." and said the Yantar was carrying out "..." ..." (two partials);
#    embassy spokesperson "told Newstalk" (separate actor); opposition spokesperson "said it was "..." that ..."
#    (partial only), "she said"; lecturer "said the Yantar was "..."" (partial only), "According to Ó Briain, A",
#    "he told Newstalk"; group "Fishermen in west Cork said A"; skipper's quote with "said Castletownbere skipper
#    Dónal Harrington".
ARTICLES[f"{BATCH}/yantar-cork-naval-service.gold.json"] = {
    "article": f"{BATCH}/yantar-cork-naval-service.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "research", None),
        (I, "Defence Forces", "A Russian navy vessel suspected of mapping undersea cables has been shadowed by the "
            "Naval Service for more than 48 hours off the south coast", None),
        (P, "Defence Forces", "at all times", None),
        (P, "Defence Forces", "closely monitored", None),
        (D, "Gerard Kinsella", "We are a neutral country, but we are not a naive one.", None),
        (D, "Gerard Kinsella", "Those cables carry a huge share of Europe's data, and Ireland has a responsibility to "
            "know who is sailing over them,", None),
        (I, "Gerard Kinsella", "the Government would bring proposals to Cabinet next week to speed up the purchase of a "
            "primary radar system and two new sonar-equipped patrol ships", None),
        (P, "Russian Embassy in Dublin", "Russophobic hysteria", None),
        (P, "Russian Embassy in Dublin", "routine scientific work", None),
        (D, "embassy spokesperson", "Irish media and politicians are once again looking for Russian submarines under "
            "every bed,", None),
        (P, "Nessa Lynch", "deeply worrying", None),
        (D, "Nessa Lynch", "Russia is testing us, and so far we are failing the test,", None),
        (P, "Cathal Ó Briain", "not a fishing trawler that took a wrong turn", None),
        (I, "Cathal Ó Briain", "the ship carries two crewed submersibles capable of diving to 6,000 metres, deep enough "
            "to reach any cable on the Irish seabed", None),
        (D, "Cathal Ó Briain", "These are the cables that connect Europe to North America. Ireland sits right on top of "
            "them, and everyone in Moscow knows that,", None),
        (I, "Fishermen in west Cork", "they had seen the vessel on Tuesday", None),
        (D, "Dónal Harrington", "We saw her on Tuesday morning, grey as anything, sitting very still. You'd notice a "
            "thing like that out there,", None),
    ],
    "actors": [
        actor("Defence Forces", "government", title="Irish armed forces", affiliation="Ireland",
              aliases=["Defence Forces"], stance=0),
        actor("Gerard Kinsella", "person", title="Minister for Defence", affiliation="Government of Ireland",
              aliases=["Gerard Kinsella", "Kinsella", "Minister for Defence"], stance=-1),
        actor("Russian Embassy in Dublin", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Dublin"], stance=1),
        actor("embassy spokesperson", "person", title="spokesperson", affiliation="Russian Embassy in Dublin",
              aliases=["embassy spokesperson"], stance=1),
        actor("Nessa Lynch", "person", title="defence spokesperson", affiliation="Labour Party",
              aliases=["Nessa Lynch", "Lynch"], stance=-1),
        actor("Cathal Ó Briain", "person", title="lecturer in security studies", affiliation="University College Cork",
              aliases=["Cathal Ó Briain", "Ó Briain", "Dr Cathal Ó Briain"], stance=-1),
        actor("Fishermen in west Cork", "group", title="fishermen", aliases=["Fishermen in west Cork"], stance=None),
        actor("Dónal Harrington", "person", title="Castletownbere skipper", aliases=["Dónal Harrington", "Harrington"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Malawi24 energy/business (ESCOM blames low water levels for 14-hour blackouts), headline without speech,
#    byline and date lines, straight " and apostrophes, Malawian English ("government" without article,
#    "K45 billion"), present-tense "says" for organisations, first names that are common words (Innocent,
#    Patience, Blessings). Lede "ESCOM says A"; PR manager introduced by apposition "told Malawi24 on Thursday
#    that A", quote with "said Kalua", "Kalua added that A and that B "..."" (indirect plus partial); anonymous
#    engineer "said A", "the engineer said"; chamber "says the blackouts are "..." businesses" (partial only);
#    CEO "said: "...""; consumer spokesperson "said the corporation should A", quote with "Phiri said"; barber
#    "says A" then "he said"; minister "told Parliament on Tuesday that A"; scare so-called "solar revolution".
ARTICLES[f"{BATCH}/escom-blackouts-water-levels.gold.json"] = {
    "article": f"{BATCH}/escom-blackouts-water-levels.txt",
    "target": "ESCOM",
    "quotes": [
        (I, "Electricity Supply Corporation of Malawi", "load-shedding will continue until the rains raise water levels "
            "at the Nkula and Kapichira hydro power stations on the Shire River", None),
        (I, "Innocent Kalua", "the Electricity Generation Company (EGENCO) is currently producing about 180 megawatts "
            "against a national demand of over 400 megawatts", None),
        (D, "Innocent Kalua", "We are not hiding anything from Malawians. The problem is water, and until the rains "
            "come there is very little we can do,", None),
        (I, "Innocent Kalua", "ESCOM was in talks with Mozambique's state utility to import 50 megawatts", None),
        (P, "Innocent Kalua", "by March", None),
        (I, "ESCOM engineer", "ageing equipment was also to blame for many of the outages", None),
        (D, "ESCOM engineer", "Some of the transformers in Blantyre are older than me. When they trip, it is not because "
            "of the water,", None),
        (P, "Malawi Confederation of Chambers of Commerce and Industry", "crippling", None),
        (D, "Patience Mwale", "Our members are spending more on diesel for generators than on salaries. Some have "
            "already sent workers home, and if this continues into January we will see factories closing.", None),
        (I, "Blessings Phiri", "the corporation should publish an accurate schedule and compensate customers whose "
            "appliances had been damaged by power surges", None),
        (D, "Blessings Phiri", "ESCOM cannot keep blaming the weather every year. The rains fail every few years in this "
            "country. Where is the plan?", None),
        (I, "Chikondi Banda", "he has changed his working hours to follow the power", None),
        (D, "Chikondi Banda", "When power comes at 11 at night, I open. When it goes at 5 in the morning, I close and "
            "sleep,", None),
        (I, "Lucius Mkandawire", "government had set aside K45 billion for solar projects that will add 120 megawatts "
            "to the national grid by the end of 2027", None),
        (S, None, "solar revolution", None),
    ],
    "actors": [
        actor("Electricity Supply Corporation of Malawi", "organisation", title="state power utility",
              aliases=["Electricity Supply Corporation of Malawi", "ESCOM", "the corporation"], stance=1),
        actor("Innocent Kalua", "person", title="Public Relations Manager", affiliation="ESCOM",
              aliases=["Innocent Kalua", "Kalua"], stance=1),
        actor("ESCOM engineer", "person", title="anonymous engineer", affiliation="ESCOM",
              aliases=["ESCOM engineer", "the engineer"], stance=-1),
        actor("Malawi Confederation of Chambers of Commerce and Industry", "organisation", title="business chamber",
              aliases=["Malawi Confederation of Chambers of Commerce and Industry", "MCCCI"], stance=-1),
        actor("Patience Mwale", "person", title="Chief Executive Officer", affiliation="MCCCI",
              aliases=["Patience Mwale", "Mwale"], stance=-1),
        actor("Blessings Phiri", "person", title="spokesperson", affiliation="Consumers Association of Malawi",
              aliases=["Blessings Phiri", "Phiri"], stance=-1),
        actor("Chikondi Banda", "person", title="barber, Area 23, Lilongwe", aliases=["Chikondi Banda", "Banda"],
              stance=0),
        actor("Lucius Mkandawire", "person", title="Minister of Energy", affiliation="Government of Malawi",
              aliases=["Lucius Mkandawire", "Mkandawire", "Minister of Energy"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Dallas Morning News high school sports (the UIL suspends a football coach over recruiting), headline
#    and standfirst without speech, byline, "Staff Writer" and "4:57 PM on Dec 3, 2026 CST" lines, "AUSTIN —"
#    dateline, curly “ ” and ’, punctuation inside the closing mark. Lede "after the UIL found that ..." and
#    "which concluded in November that ..." (findings, not speech); committee chair "said the evidence was
#    "..." and that the committee had "..." but to act" (two partials), quote with "Okafor said"; coach "In a
#    text message to The Dallas Morning News, he said A and planned to appeal" (one span), "Tillery wrote";
#    attorney "said the UIL had punished the head coach "..."" (partial only); superintendent "said in a
#    statement that the district would "..." with the ruling" (partial only), "She said A"; the coach's son
#    Jalen Tillery (shared surname) "posted on X on Thursday night: "...""; anonymous rival coach, quote split by
#    "said one Dallas-area head coach, who asked not to be named ..."; parent, quote split by "said Yolanda
#    Pierce, whose son ...".
ARTICLES[f"{BATCH}/cedar-valley-coach-uil-suspension.gold.json"] = {
    "article": f"{BATCH}/cedar-valley-coach-uil-suspension.txt",
    "target": "DeMarcus Tillery",
    "quotes": [
        (P, "Linda Okafor", "overwhelming", None),
        (P, "Linda Okafor", "no choice", None),
        (D, "Linda Okafor", "Athletic recruiting is the one thing we cannot tolerate in this league. If we let it go, "
            "every small school in Texas loses,", None),
        (I, "DeMarcus Tillery", "he had not known about the housing arrangement and planned to appeal", None),
        (D, "DeMarcus Tillery", "I’ve given 20 years to these kids. I never paid anybody and I never told anybody to pay "
            "anybody,", None),
        (P, "Mark Wendt", "for something two grown men did without telling him.", None),
        (P, "Rochelle Banks", "fully comply", None),
        (I, "Rochelle Banks", "defensive coordinator Tony Salas would lead the team in Friday’s Class 5A Division I "
            "regional final against Longview", None),
        (D, "Jalen Tillery", "Same team. Same goal. Play for Pops.", None),
        (D, "one Dallas-area head coach", "Everybody in this part of the state has heard stories about Cedar Valley for "
            "years,", None),
        (D, "one Dallas-area head coach", "Now there’s a ruling.", None),
        (D, "Yolanda Pierce", "Coach Tillery is the reason my son is going to college,", None),
        (D, "Yolanda Pierce", "Whatever those assistants did, that’s on them.", None),
    ],
    "actors": [
        actor("Linda Okafor", "person", title="Committee chair", affiliation="UIL State Executive Committee",
              aliases=["Linda Okafor", "Okafor"], stance=-1),
        actor("DeMarcus Tillery", "person", title="head football coach", affiliation="Cedar Valley High School",
              aliases=["DeMarcus Tillery", "Tillery", "Coach Tillery"], stance=1),
        actor("Mark Wendt", "person", title="attorney for DeMarcus Tillery", aliases=["Mark Wendt", "Wendt"], stance=1),
        actor("Rochelle Banks", "person", title="superintendent", affiliation="Cedar Valley ISD",
              aliases=["Rochelle Banks", "Banks", "Dr. Rochelle Banks"], stance=0),
        actor("Jalen Tillery", "person", title="senior receiver, the coach's son", affiliation="Cedar Valley High School",
              aliases=["Jalen Tillery"], stance=1),
        actor("one Dallas-area head coach", "person", title="anonymous rival head coach",
              aliases=["one Dallas-area head coach"], stance=-1),
        actor("Yolanda Pierce", "person", title="parent", aliases=["Yolanda Pierce", "Pierce"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Edmonton Journal (Postmedia) labour/transit (the transit union issues 72-hour strike notice), headline and
#    deck without speech, "Author of the article: ... • Edmonton Journal" and "Published ... • 3 minute read"
#    lines, curly “ ” and ’, punctuation inside the closing mark. Union "said in a statement that talks ... had
#    broken down over wages and what it called a "..." lack of security" (partial only); local president "said
#    A", quote with "Gill told reporters outside the union hall", "She said the union would keep bargaining ...
#    "if ..."" (partial only); city "In a statement, the city said its offer ... was "..." and in line with ..."
#    (partial only); city manager "said A, ..., but added that B" (two indirects), quote split by "Lacroix said";
#    councillor "said council had given its bargaining team a "..." and would not negotiate "..."" (two
#    partials); anonymous operator "said A", "she said"; rider introduced by "For Abdi Hassan, ...", quote with
#    "said Hassan, who lives in Mill Woods"; professor "said A and that B" (one span); scare so-called "Transit
#    Safety Plan,"; "— With files from ...".
ARTICLES[f"{BATCH}/edmonton-transit-strike-notice.gold.json"] = {
    "article": f"{BATCH}/edmonton-transit-strike-notice.txt",
    "target": "City of Edmonton",
    "quotes": [
        (P, "Amalgamated Transit Union Local 569", "dangerous", None),
        (I, "Harpreet Gill", "members had been without a contract for 22 months", None),
        (D, "Harpreet Gill", "Our operators are spat on, punched and threatened every single week. The city has offered "
            "us a wage freeze and a task force. That is not an offer,", None),
        (P, "Harpreet Gill", "if the city comes back with something real.", None),
        (P, "City of Edmonton", "fair and responsible", None),
        (I, "Andre Lacroix", "contingency plans were in place, including extra DATS trips for people with "
            "disabilities", None),
        (I, "Andre Lacroix", "a strike would cause hardship for the roughly 200,000 people who ride transit each "
            "weekday", None),
        (D, "Andre Lacroix", "We want a deal. We have never stopped wanting a deal,", None),
        (D, "Andre Lacroix", "But we also have a responsibility to taxpayers.", None),
        (P, "Sheila Bouchard", "clear mandate", None),
        (P, "Sheila Bouchard", "in public.", None),
        (I, "One operator", "she had been assaulted twice this year, once by a passenger with a knife", None),
        (D, "One operator", "Nobody at city hall has to drive the 4 a.m. run out of Clareview,", None),
        (D, "Abdi Hassan", "I don’t have a car. I don’t have money for Uber every night,", None),
        (I, "Marie-Claude Dubé", "neither side had much to gain from a long strike and that the province was unlikely "
            "to step in unless it dragged on for weeks", None),
        (S, None, "Transit Safety Plan,", None),
    ],
    "actors": [
        actor("Amalgamated Transit Union Local 569", "organisation", title="transit union",
              aliases=["Amalgamated Transit Union Local 569", "the union"], stance=-1),
        actor("Harpreet Gill", "person", title="Local president", affiliation="Amalgamated Transit Union Local 569",
              aliases=["Harpreet Gill", "Gill"], stance=-1),
        actor("City of Edmonton", "government", title="city", aliases=["City of Edmonton", "the city"], stance=1),
        actor("Andre Lacroix", "person", title="City manager", affiliation="City of Edmonton",
              aliases=["Andre Lacroix", "Lacroix"], stance=1),
        actor("Sheila Bouchard", "person", title="councillor, transit committee chair", affiliation="Edmonton city council",
              aliases=["Sheila Bouchard", "Bouchard", "Coun. Sheila Bouchard"], stance=1),
        actor("One operator", "person", title="anonymous transit operator",
              affiliation="Amalgamated Transit Union Local 569", aliases=["One operator"], stance=-1),
        actor("Abdi Hassan", "person", title="night-shift cleaner, transit rider", aliases=["Abdi Hassan", "Hassan"],
              stance=None),
        actor("Marie-Claude Dubé", "person", title="labour relations instructor", affiliation="MacEwan University",
              aliases=["Marie-Claude Dubé", "Dubé"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
