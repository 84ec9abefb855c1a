"""Build the dev49 gold files (data/eval/dev49/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev46/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev49/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev49.  Standard library only.
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
# 1. Meduza (English) Russia (weeks of mobile internet shutdowns in Perm), headline with a curly
#    single fragment "have sent them ‘back to 2005’", standfirst without speech, time and "Source:
#    Meduza" lines, curly “ ” and ’ apostrophes, em dashes, serial commas. Regional government
#    "announced on its Telegram channel that mobile internet would be “...” to protect “...”" (two
#    partials); content before "according to the monitoring project Na Svyazi"; ministry "said in a
#    statement that ... “...” and that B" (partial plus indirect); scare so-called “white list”; Duma
#    deputy "wrote on Telegram: “...”"; courier (first name only) named after his quote, then "Asked
#    whether ..., he shrugged. “...,” he said."; shop owner "said A and that B", then "she told Meduza";
#    "Several residents told Meduza A, and that B" (the writer's ", which ..." gloss left out); lawyer
#    "said the shutdowns had no legal basis: “...”" (indirect plus direct after the colon); anonymous
#    source "told Meduza that ... a “test” and that B" (partial plus indirect); "did not respond" (not
#    speech); closing regional government "said the restrictions would remain in place “...”" (partial
#    only).
ARTICLES["data/eval/dev49/perm-mobile-internet-shutdowns.gold.json"] = {
    "article": "data/eval/dev49/perm-mobile-internet-shutdowns.txt",
    "target": "Russia",
    "quotes": [
        (P, "Perm residents", "back to 2005", None),
        (P, "regional government", "temporarily restricted", None),
        (P, "regional government", "critical infrastructure facilities.", None),
        (I, "Na Svyazi", "Since then, mobile internet has been switched off in the region on 19 of the last 22 days, "
            "sometimes for more than 12 hours at a stretch", None),
        (P, "Russia\u2019s Ministry of Digital Development", "at the request of the competent authorities", None),
        (I, "Russia\u2019s Ministry of Digital Development", "access to government services, banks, and major "
            "marketplaces would be maintained throughout", None),
        (S, None, "white list", None),
        (D, "Andrei Lugovkin", "If someone can\u2019t survive a few hours without TikTok, they should think about our "
            "guys at the front. Security comes first, and the people of Perm understand that.", None),
        (D, "Artyom", "We\u2019re back in 2005. I print out my delivery addresses on paper in the morning, and if a "
            "customer changes something, I find out when I get there,", None),
        (D, "Artyom", "Drones fly at night. The internet is off in the middle of the day. You work it out,", None),
        (I, "Yelena Rudakova", "her card terminal stops working whenever the mobile network goes down and that her "
            "sales had fallen by almost a third in November", None),
        (D, "Yelena Rudakova", "People just walk out. Nobody carries cash anymore, and I can\u2019t exactly ask them "
            "to pay me with a bouquet,", None),
        (I, "Perm residents", "they had gone back to home Wi-Fi, pay phones, and even paper maps, and that local shops "
            "had sold out of cheap push-button phones", None),
        (I, "Nikita Sokolovsky", "the shutdowns had no legal basis", None),
        (D, "Nikita Sokolovsky", "There is no law that allows a governor to switch off the internet for an entire "
            "city. They do it because nobody can stop them, and because every region that does it makes the next one "
            "easier.", None),
        (P, "source close to the presidential administration", "test", None),
        (I, "source close to the presidential administration", "officials were watching how residents reacted before "
            "deciding whether to introduce similar measures elsewhere", None),
        (P, "regional government", "as long as the threat remains.", None),
    ],
    "actors": [
        actor("Perm residents", "group", title="residents of Perm", aliases=["Perm residents", "residents"],
              stance=-1),
        actor("regional government", "government", title="Perm regional government", affiliation="Russia",
              aliases=["regional government"], stance=1),
        actor("Na Svyazi", "organisation", title="internet shutdown monitoring project", aliases=["Na Svyazi"],
              stance=None),
        actor("Russia\u2019s Ministry of Digital Development", "government", title="digital development ministry",
              affiliation="Russia", aliases=["Russia\u2019s Ministry of Digital Development"], stance=1),
        actor("Andrei Lugovkin", "person", title="State Duma deputy", affiliation="State Duma",
              aliases=["Andrei Lugovkin", "Lugovkin"], stance=1),
        actor("Artyom", "person", title="courier (Perm)", aliases=["Artyom"], stance=-1),
        actor("Yelena Rudakova", "person", title="flower shop owner (Perm)", aliases=["Yelena Rudakova", "Rudakova"],
              stance=-1),
        actor("Nikita Sokolovsky", "person", title="lawyer", affiliation="Roskomsvoboda",
              aliases=["Nikita Sokolovsky", "Sokolovsky"], stance=-1),
        actor("source close to the presidential administration", "person", title="anonymous source",
              affiliation="Kremlin", aliases=["source close to the presidential administration"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Boston Globe schools (the superintendent's later high school start times draw a packed hearing),
#    headline without speech (em dash), run-together "By NAME Globe Staff,Updated ..." line, curly “ ”
#    and ’ apostrophes, American punctuation inside closing marks, "a.m.", "Jan. 14". Lede "defended her
#    plan ..., telling a ... hearing that the change was “...” and backed by “...” on ..." (two
#    partials); quote with "Okafor said"; scare “tiered” schedule (the writer's); "According to a Boston
#    Public Schools memo obtained by the Globe, A"; parent named after the first stretch, resumed; union
#    president "said the union supported ... “in principle” but warned that B" (partial plus indirect),
#    then "Marchetti said"; committee chair "said A"; student "wrote on Instagram after the hearing:
#    “...”"; councilor "called the rollout “...” and said Okafor had “...”" (two partials); mayor's
#    spokesperson "said the mayor “...” and would “...”" (two partials); "she acknowledged that A", then
#    a two-paragraph quote (the first open, the second closed, no cue: continuity).
ARTICLES["data/eval/dev49/okafor-later-start-times-hearing.gold.json"] = {
    "article": "data/eval/dev49/okafor-later-start-times-hearing.txt",
    "target": "Renata Okafor",
    "quotes": [
        (P, "Renata Okafor", "long overdue", None),
        (P, "Renata Okafor", "a mountain of research", None),
        (D, "Renata Okafor", "Our teenagers are not lazy. They are exhausted. We have been asking 15-year-olds to be "
            "alert in algebra at 7:20 in the morning, and then we act surprised when they are not,", None),
        (S, None, "tiered", None),
        (I, "Boston Public Schools", "the change would save about $9 million a year in transportation costs", None),
        (D, "Marisol Pe\u00f1a", "I have a 6-year-old who would have to be at the bus stop at 6:50, in January, in the "
            "dark,", None),
        (D, "Marisol Pe\u00f1a", "Nobody asked us. We found out from a flyer in a backpack.", None),
        (P, "Keith Marchetti", "in principle", None),
        (I, "Keith Marchetti", "the district could not impose the plan without bargaining, since it would change "
            "teachers\u2019 working hours", None),
        (D, "Keith Marchetti", "If the superintendent wants to change the workday for 4,000 educators, she has to come "
            "to the table. That\u2019s not a threat, that\u2019s the contract,", None),
        (I, "Linh Tran", "the committee would vote on the plan on Jan. 14, after two more public hearings", None),
        (D, "Amara Joseph", "Sleeping until 7 instead of 5:45 isn\u2019t a luxury. It\u2019s the difference between "
            "learning something and just surviving the day.", None),
        (P, "Brendan Walsh", "a masterclass in how not to do community engagement", None),
        (P, "Brendan Walsh", "a habit of announcing first and listening later.", None),
        (P, "spokesperson for the mayor", "trusts the superintendent", None),
        (P, "spokesperson for the mayor", "follow the process closely.", None),
        (I, "Renata Okafor", "the district had not done enough to explain the change to families of younger children",
            None),
        (D, "Renata Okafor", "I hear the frustration, and some of it is fair. We should have started these "
            "conversations earlier, and we will hold meetings in every neighborhood before the vote.", None),
        (D, "Renata Okafor", "But I am not going to stand up here and tell you that 7:20 a.m. is good for a "
            "16-year-old brain. It isn\u2019t, and every one of us knows it.", None),
    ],
    "actors": [
        actor("Renata Okafor", "person", title="Superintendent", affiliation="Boston Public Schools",
              aliases=["Renata Okafor", "Okafor", "the superintendent"], stance=1),
        actor("Boston Public Schools", "government", title="school district (memo)", affiliation="Boston",
              aliases=["Boston Public Schools"], stance=1),
        actor("Marisol Pe\u00f1a", "person", title="parent (Dorchester)", aliases=["Marisol Pe\u00f1a", "Pe\u00f1a"],
              stance=-1),
        actor("Keith Marchetti", "person", title="president", affiliation="Boston Teachers Union",
              aliases=["Keith Marchetti", "Marchetti"], stance=0),
        actor("Linh Tran", "person", title="School Committee chair", affiliation="Boston School Committee",
              aliases=["Linh Tran", "Tran"], stance=None),
        actor("Amara Joseph", "person", title="student (Boston Latin Academy)", aliases=["Amara Joseph", "Joseph"],
              stance=1),
        actor("Brendan Walsh", "person", title="City Councilor", affiliation="Boston City Council",
              aliases=["Brendan Walsh", "Walsh"], stance=-1),
        actor("spokesperson for the mayor", "person", title="unnamed spokesperson", affiliation="Boston mayor's office",
              aliases=["spokesperson for the mayor"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. VnExpress International weather/city (a record tide and a downpour flood Ho Chi Minh City),
#    headline without speech, "By NAME   date | time GMT+7" line, straight " and apostrophes (city's),
#    American punctuation inside closing marks, Vietnamese names by the given name (Hoa, Tuan, Anh),
#    "VND10-trillion (US$394 million)". Figure before "according to the Southern Hydro-Meteorological
#    Station"; content before "the station said"; noodle seller named after the quote; "Hoa said A and
#    that she had raised ... "but it is still not enough."" (indirect plus partial); deputy director
#    "said A and could not cope with such "extreme" events" (indirect plus partial), then "Tuan said";
#    "He said the ... project, which ..., had "..." in ..." (partial only); scare "flood hotspots,";
#    lecturer "said A", then a quote split by "Anh said", resumed; Facebook post ("one Facebook user
#    wrote"); People's Committee "said in a statement ... that A and that B", then "It said it would
#    "..." work on ..." (partial only); station "said A".
ARTICLES["data/eval/dev49/hcmc-record-tide-downpour-flooding.gold.json"] = {
    "article": "data/eval/dev49/hcmc-record-tide-downpour-flooding.txt",
    "target": "Ho Chi Minh City",
    "quotes": [
        (I, "Southern Hydro-Meteorological Station", "The tide at the Phu An gauge on the Saigon River peaked at 1.82 "
            "meters at 6 p.m., breaking the record set in 2019", None),
        (I, "Southern Hydro-Meteorological Station", "Rain of up to 90 millimeters fell on Thu Duc City and District 7 "
            "within two hours", None),
        (D, "Tran Thi Hoa", "I have lived here for 20 years and every year the city says the flooding will be solved. "
            "Every year my house floods again,", None),
        (I, "Tran Thi Hoa", "water had entered her house three times since October", None),
        (P, "Tran Thi Hoa", "but it is still not enough.", None),
        (I, "Le Minh Tuan", "the drainage system in the older districts was designed for rainfall of around 50 "
            "millimeters in three hours", None),
        (P, "Le Minh Tuan", "extreme", None),
        (D, "Le Minh Tuan", "When the tide is high, the water in the drains has nowhere to go. We can pump, but we "
            "cannot pump the Saigon River,", None),
        (P, "Le Minh Tuan", "prevented much worse flooding", None),
        (S, None, "flood hotspots,", None),
        (I, "Nguyen Ngoc Anh", "the city had filled in too many of its natural canals and low-lying fields to make way "
            "for housing projects", None),
        (D, "Nguyen Ngoc Anh", "The city keeps building drains for yesterday's rain. Climate change and land "
            "subsidence mean tomorrow's rain will be heavier and the ground will be lower,", None),
        (D, "Nguyen Ngoc Anh", "In some places Ho Chi Minh City is sinking by up to two centimeters a year.", None),
        (D, "Facebook user", "Venice is free this year, no visa needed,", None),
        (I, "People's Committee", "no casualties had been reported and that 14 mobile pumping stations had been "
            "deployed overnight", None),
        (P, "People's Committee", "speed up", None),
        (I, "Southern Hydro-Meteorological Station", "the tide would remain high until Friday, with another peak of "
            "around 1.75 meters expected on Thursday evening", None),
    ],
    "actors": [
        actor("Southern Hydro-Meteorological Station", "government", title="weather station", affiliation="Vietnam",
              aliases=["Southern Hydro-Meteorological Station", "the station", "The station"], stance=None),
        actor("Tran Thi Hoa", "person", title="noodle soup seller (Thu Duc)", aliases=["Tran Thi Hoa", "Hoa"],
              stance=-1),
        actor("Le Minh Tuan", "person", title="deputy director", affiliation="Department of Construction (HCMC)",
              aliases=["Le Minh Tuan", "Tuan"], stance=1),
        actor("Nguyen Ngoc Anh", "person", title="urban planning lecturer",
              affiliation="HCMC University of Architecture", aliases=["Nguyen Ngoc Anh", "Anh"], stance=-1),
        actor("Facebook user", "person", title="social media user", aliases=["Facebook user"], stance=-1),
        actor("People's Committee", "government", title="municipal People's Committee", affiliation="Ho Chi Minh City",
              aliases=["People's Committee"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Graphic Online (Ghana) sport (the GFA orders Kotoko to play four matches behind closed doors),
#    headline without speech, "Story:" and "Date:" lines, Ghanaian English (`persons`, `put before
#    court`, `GH¢150,000`, `sachet water`, `Mr`), straight " and apostrophes, British fragment
#    punctuation outside the marks ("supporters", "overdue".). Lede "has ordered ... and fined" (acts);
#    the GFA's statement "said ... liable for "...", including ..." (partial only), "The statement said
#    the sanctions were meant to "..." to all clubs ..., and that B" (partial plus indirect), "the
#    statement added" (direct); scare "Super Clash" (the derby's popular name); Kotoko CEO "described the
#    sanctions as "..." and said B" (partial plus indirect), then "he told the Daily Graphic" after
#    quoted questions; police command "said A and that B"; Hearts of Oak director "said the sanctions
#    were "..."" (partial only), then "he said"; minister "said A and would B"; fan named after the quote;
#    "According to the veteran sports journalist, Mr X, "the real problem is ..."" (direct, lower-case
#    clause); closing "The GFA has not said whether ..." (negated, not annotated).
ARTICLES["data/eval/dev49/gfa-kotoko-closed-doors-derby-violence.gold.json"] = {
    "article": "data/eval/dev49/gfa-kotoko-closed-doors-derby-violence.txt",
    "target": "Ghana Football Association",
    "quotes": [
        (P, "Ghana Football Association", "the misconduct of its supporters", None),
        (P, "Ghana Football Association", "send a clear signal", None),
        (I, "Ghana Football Association", "Kotoko had three days to appeal", None),
        (D, "Ghana Football Association", "The Association will not sit unconcerned while a few individuals drag the "
            "image of our football into disrepute. Every club is responsible for the conduct of its supporters,", None),
        (S, None, "Super Clash", None),
        (P, "Kwaku Duah-Agyeman", "harsh and one-sided", None),
        (I, "Kwaku Duah-Agyeman", "the club would file an appeal before the deadline", None),
        (D, "Kwaku Duah-Agyeman", "We condemn violence in every form, but the GFA has punished Kotoko for a situation "
            "its own match commissioner failed to manage. Where were the stewards? Where was the security plan?",
            None),
        (I, "Ashanti Regional Police Command", "11 persons had been arrested in connection with the disturbances and "
            "that three of them had been put before court on Monday", None),
        (P, "Kofi Ampofo", "long overdue", None),
        (D, "Kofi Ampofo", "Our players were attacked and our supporters were chased out of the stadium. If the FA had "
            "acted the last time, Sunday would not have happened,", None),
        (I, "Ebenezer Tetteh-Larbi", "the government stood fully behind the GFA and would support any measures to "
            "restore order at the country's stadiums", None),
        (D, "Yaw Boateng", "The FA is killing the league. Four matches without fans means no gate proceeds, no "
            "atmosphere, nothing. The innocent are paying for the guilty,", None),
        (D, "Fiifi Quansah", "the real problem is that nobody has ever been jailed for stadium violence in this "
            "country. Until that changes, closing stadiums will only punish the clubs and the fans who behave.", None),
    ],
    "actors": [
        actor("Ghana Football Association", "organisation", title="football association", affiliation="Ghana",
              aliases=["Ghana Football Association", "GFA", "FA"], stance=1),
        actor("Kwaku Duah-Agyeman", "person", title="Chief Executive Officer", affiliation="Asante Kotoko",
              aliases=["Kwaku Duah-Agyeman", "Duah-Agyeman", "Mr Kwaku Duah-Agyeman"], stance=-1),
        actor("Ashanti Regional Police Command", "government", title="regional police command", affiliation="Ghana Police Service",
              aliases=["Ashanti Regional Police Command"], stance=None),
        actor("Kofi Ampofo", "person", title="Communications Director", affiliation="Accra Hearts of Oak",
              aliases=["Kofi Ampofo", "Ampofo", "Mr Kofi Ampofo"], stance=1),
        actor("Ebenezer Tetteh-Larbi", "person", title="Minister for Youth and Sports", affiliation="Ghana",
              aliases=["Ebenezer Tetteh-Larbi", "Tetteh-Larbi", "Mr Ebenezer Tetteh-Larbi"], stance=1),
        actor("Yaw Boateng", "person", title="Kotoko supporter (Obuasi)", aliases=["Yaw Boateng", "Boateng",
              "Mr Yaw Boateng"], stance=-1),
        actor("Fiifi Quansah", "person", title="veteran sports journalist",
              aliases=["Fiifi Quansah", "Quansah", "Mr Fiifi Quansah"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
