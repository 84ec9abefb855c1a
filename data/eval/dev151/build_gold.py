"""Build the dev151 gold files (data/eval/dev151/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev151/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev151.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev151"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Farm Progress agriculture/trade (cheap Russian wheat weighs on U.S. Plains prices), headline and deck
#    without speech, "Mallory Dekker | Dec 04, 2026" line, "At a Glance" bullet lines without speech,
#    present-tense "says", straight " and apostrophes. Content before "according to U.S. Wheat
#    Associates"; scare so-called "Black Sea discount,"; quote before "says Darren Holcomb, vice president
#    of ... for U.S. Wheat Associates" (person separate from the organisation), then a quote-only
#    paragraph; "Holcomb says A"; farmer "says A", "he says"; ministry "said in a statement last month
#    that A, and that ... were "..."" (indirect plus partial); Russian Grain Union official "told Farm
#    Progress by email that ... reflected "..."" (partial only), then a quote with "Sorokin wrote";
#    Russian analyst "says A", quote with "Vorobyova says"; "According to a report from the USDA Foreign
#    Agricultural Service office in Moscow, A"; "Kansas Wheat said in its weekly market commentary that
#    A"; closing quote split by "he says" (two directs).
ARTICLES[f"{BATCH}/russian-wheat-plains-prices.gold.json"] = {
    "article": f"{BATCH}/russian-wheat-plains-prices.txt",
    "target": "Russia",
    "quotes": [
        (I, "U.S. Wheat Associates", "Russian 12.5% protein wheat was offered at $221 per metric ton free on board "
            "Novorossiysk last week, about $18 below comparable U.S. hard red winter out of the Gulf", None),
        (S, None, "Black Sea discount,", None),
        (D, "Darren Holcomb", "When Russia has a crop like this, and the ruble is where it is, there's simply no way "
            "for us to compete on price in Egypt or Algeria or Indonesia,", None),
        (D, "Darren Holcomb", "We compete on quality and on reliability. That's a much harder sell when the gap is "
            "this wide.", None),
        (I, "Darren Holcomb", "U.S. wheat has lost roughly a third of its market share in the Philippines, long its "
            "most loyal customer in Southeast Asia, since 2024", None),
        (I, "Lyle Brandt", "he will cut his wheat acres by a quarter next fall and put that ground into sorghum",
            None),
        (D, "Lyle Brandt", "I've raised wheat my whole life, and my dad did before me. But I can't keep planting a "
            "crop that loses money because of what happens on the Volga,", None),
        (I, "Ministry of Agriculture", "the country expected to export 48 million tons of grain in the 2026-27 "
            "season", None),
        (P, "Ministry of Agriculture", "meeting legitimate demand from partner countries.", None),
        (P, "Pavel Sorokin", "nothing more than a big harvest and low costs.", None),
        (D, "Pavel Sorokin", "Our farmers are efficient. Nobody complains when American soybeans are cheap,", None),
        (I, "Yelena Vorobyova", "the government's floating export duty is squeezing Russian farmers' margins even as "
            "exporters win business abroad", None),
        (D, "Yelena Vorobyova", "Exporters are doing fine. The farmer in Rostov or Krasnodar is earning less than he "
            "did three years ago, and many are switching to sunflowers and peas,", None),
        (I, "USDA Foreign Agricultural Service", "Russian farmers planted about 3% less winter wheat this fall than a "
            "year earlier, mostly because of dry soils in the south", None),
        (I, "Kansas Wheat", "hard red winter prices in central Kansas were trading near $4.90 a bushel, the lowest "
            "December level since 2020", None),
        (D, "Lyle Brandt", "Sorghum doesn't pay great either,", None),
        (D, "Lyle Brandt", "But it doesn't have to beat Russia.", None),
    ],
    "actors": [
        actor("U.S. Wheat Associates", "organisation", title="U.S. wheat export promotion group",
              aliases=["U.S. Wheat Associates"], stance=None),
        actor("Darren Holcomb", "person", title="vice president of overseas operations",
              affiliation="U.S. Wheat Associates", aliases=["Darren Holcomb", "Holcomb"], stance=-1),
        actor("Lyle Brandt", "person", title="farmer near Hays, Kan.", aliases=["Lyle Brandt", "Brandt"], stance=-1),
        actor("Ministry of Agriculture", "government", title="agriculture ministry", affiliation="Russia",
              aliases=["Ministry of Agriculture"], stance=1),
        actor("Pavel Sorokin", "person", title="vice president", affiliation="Russian Grain Union",
              aliases=["Pavel Sorokin", "Sorokin"], stance=1),
        actor("Yelena Vorobyova", "person", title="analyst", affiliation="Agroresurs",
              aliases=["Yelena Vorobyova", "Vorobyova"], stance=0),
        actor("USDA Foreign Agricultural Service", "government", title="U.S. agriculture department's foreign service",
              affiliation="United States", aliases=["USDA Foreign Agricultural Service"], stance=None),
        actor("Kansas Wheat", "organisation", title="Kansas wheat growers' organisation", aliases=["Kansas Wheat"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Times of Swaziland labour (textile workers strike over unpaid wages), capitalised headline without
#    speech, "BY NOMSA DLAMINI" byline, "MATSAPHA –" dateline, straight " and apostrophes, "E350",
#    "1 400". Group lede "downed tools yesterday, saying A"; "According to the workers, A"; union secretary
#    general introduced by a title chain "ATUSWA Secretary General Sibusiso Mkhonta said A", quote with
#    "Mkhonta said", "He said A", "He added that ... had been "..."" (partial only); "When reached for
#    comment, the company's Managing Director, Kevin Hsu, said A", quote with "Hsu said", Q&A "Asked why
#    ..., he said: "..."", "He said the transport allowance had been "..." and that it would ..." (partial
#    plus indirect); anonymous worker "said A", "she said"; worker Thandeka Dlamini "said A"; Labour
#    Commissioner Mandla Dlamini (same surname as the worker and the reporter) "confirmed that A and said
#    B" (two indirects), quote with "the commissioner said"; scare so-called "AGOA window"; "It is worth
#    mentioning that the FSE&CC said earlier this month that A".
ARTICLES[f"{BATCH}/ngwane-textile-unpaid-wages.gold.json"] = {
    "article": f"{BATCH}/ngwane-textile-unpaid-wages.txt",
    "target": "Ngwane Textile Mills",
    "quotes": [
        (I, "workers", "they had not been paid their November salaries", None),
        (I, "workers", "salaries which were due on November 27 had still not been paid by yesterday afternoon, and "
            "this was the second time this year that wages had been late", None),
        (I, "Sibusiso Mkhonta", "the union had written to the company twice and had not received a reply", None),
        (D, "Sibusiso Mkhonta", "These are mothers who must feed children and pay school fees in January. The "
            "company cannot keep treating their salaries as something it will pay when it feels like it,", None),
        (I, "Sibusiso Mkhonta", "the workers would not return to their machines until every cent owed to them had "
            "been paid", None),
        (P, "Sibusiso Mkhonta", "quietly removed", None),
        (I, "Kevin Hsu", "the delay had been caused by a late payment from a buyer in the United States", None),
        (D, "Kevin Hsu", "We understand the frustration of our workers. The money has now been received and salaries "
            "will be paid on Friday,", None),
        (D, "Kevin Hsu", "We meet the union every month. I am not aware of any letter that was ignored.", None),
        (P, "Kevin Hsu", "restructured, not removed", None),
        (I, "Kevin Hsu", "it would now be paid quarterly", None),
        (I, "One of the workers", "she had borrowed E800 from a neighbour to buy food", None),
        (D, "One of the workers", "We are tired. Every time it is a buyer, a bank, a shipment. Meanwhile we are the "
            "ones who suffer,", None),
        (I, "Thandeka Dlamini", "she had never seen the situation so bad", None),
        (I, "Mandla Dlamini", "his office had received a complaint from the union", None),
        (I, "Mandla Dlamini", "a meeting with both parties had been scheduled for Thursday", None),
        (D, "Mandla Dlamini", "The law is clear that wages must be paid on the agreed date. We will establish the "
            "facts and, where there is a breach, the employer will be held accountable,", None),
        (S, None, "AGOA window", None),
        (I, "Federation of Swaziland Employers and Chamber of Commerce", "several textile firms were under pressure "
            "because of delays in payments from overseas buyers", None),
    ],
    "actors": [
        actor("workers", "group", title="striking workers", affiliation="Ngwane Textile Mills",
              aliases=["workers"], stance=-1),
        actor("Sibusiso Mkhonta", "person", title="Secretary General",
              affiliation="Amalgamated Trade Unions of Swaziland",
              aliases=["Sibusiso Mkhonta", "Mkhonta"], stance=-1),
        actor("Kevin Hsu", "person", title="Managing Director", affiliation="Ngwane Textile Mills",
              aliases=["Kevin Hsu", "Hsu"], stance=1),
        actor("One of the workers", "person", title="anonymous worker", affiliation="Ngwane Textile Mills",
              aliases=["One of the workers"], stance=-1),
        actor("Thandeka Dlamini", "person", title="worker", affiliation="Ngwane Textile Mills",
              aliases=["Thandeka Dlamini", "Dlamini"], stance=-1),
        actor("Mandla Dlamini", "person", title="Labour Commissioner", affiliation="Eswatini",
              aliases=["Mandla Dlamini", "Dlamini", "Labour Commissioner"], stance=0),
        actor("Federation of Swaziland Employers and Chamber of Commerce", "organisation", title="employers' body",
              aliases=["Federation of Swaziland Employers and Chamber of Commerce", "FSE&CC"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Lethbridge Herald sport (a WHL defenceman suspended for a head hit), headline without speech,
#    "Posted on December 3, 2026 by Lethbridge Herald" line, byline block with email, Canadian spelling
#    (defenceman), straight " and apostrophes. League "said ... had made "..." with ..." (partial only),
#    "The league added that A"; content before "the Tigers said", "The club said A"; scare "clean" check;
#    GM "said A", then a quote split by "Borschneck said" (two directs); coach "said A", quote with
#    "Ostafichuk said after Tuesday's practice"; the player "In a statement ..., said he "..." and wished
#    ... (act)" (partial only); opposing coach named after his quote ("..., Tigers head coach Darcy
#    Lautermilch told reporters ..."), "He said the league had to send "..." about ..." (partial only);
#    the injured player's father Rick Wiebe "said A", then a quote split by "the elder Wiebe said" (the
#    surname shared with his son Tyson, who does not speak).
ARTICLES[f"{BATCH}/redcrow-whl-suspension.gold.json"] = {
    "article": f"{BATCH}/redcrow-whl-suspension.txt",
    "target": "Mason Redcrow",
    "quotes": [
        (P, "Western Hockey League", "forceful and avoidable contact", None),
        (I, "Western Hockey League", "the length of the suspension took into account a two-game ban Redcrow served "
            "in October", None),
        (I, "Medicine Hat Tigers", "Wiebe was taken off the ice on a stretcher midway through the second period and "
            "released from Chinook Regional Hospital early Sunday morning", None),
        (I, "Medicine Hat Tigers", "he remains out indefinitely with an upper-body injury", None),
        (S, None, "clean", None),
        (I, "Ryan Borschneck", "the club would not appeal", None),
        (D, "Ryan Borschneck", "Mason is not a dirty player. He's a big body who plays a physical game, and on that "
            "play he was a half-second late,", None),
        (D, "Ryan Borschneck", "He knows that. We accept the league's decision.", None),
        (I, "Jamie Ostafichuk", "Redcrow had reached out to Wiebe by text message on Sunday", None),
        (D, "Jamie Ostafichuk", "He's been sick about it since Saturday night. That's not who he is,", None),
        (P, "Mason Redcrow", "never meant to hurt anyone", None),
        (D, "Darcy Lautermilch", "Eight games for a hit like that? I'd have liked to see double that,", None),
        (P, "Darcy Lautermilch", "a much stronger message", None),
        (I, "Rick Wiebe", "his son was resting at home in Swift Current and had no memory of the hit", None),
        (D, "Rick Wiebe", "He's 17. Right now I just want him to be able to go back to school, never mind hockey,",
            None),
        (D, "Rick Wiebe", "The young man sent Tyson a message. We appreciated that.", None),
    ],
    "actors": [
        actor("Western Hockey League", "organisation", title="junior hockey league",
              aliases=["Western Hockey League", "league"], stance=-1),
        actor("Medicine Hat Tigers", "organisation", title="WHL club", aliases=["Medicine Hat Tigers", "Tigers"],
              stance=None),
        actor("Ryan Borschneck", "person", title="general manager", affiliation="Lethbridge Hurricanes",
              aliases=["Ryan Borschneck", "Borschneck"], stance=1),
        actor("Jamie Ostafichuk", "person", title="head coach", affiliation="Lethbridge Hurricanes",
              aliases=["Jamie Ostafichuk", "Ostafichuk"], stance=1),
        actor("Mason Redcrow", "person", title="defenceman", affiliation="Lethbridge Hurricanes",
              aliases=["Mason Redcrow", "Redcrow"], stance=1),
        actor("Darcy Lautermilch", "person", title="head coach", affiliation="Medicine Hat Tigers",
              aliases=["Darcy Lautermilch", "Lautermilch"], stance=-1),
        actor("Rick Wiebe", "person", title="father of the injured player", aliases=["Rick Wiebe", "Wiebe"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Shields Gazette crime/local (a third assault on Metro staff at a South Shields station), headline with
#    a curly single fragment "Union says Metro staff ‘fear for their safety’ ..." (partial for the RMT),
#    standfirst with a directive only ("RMT calls for ..."), "By ..." / "Reporter" / "Published 4th Dec
#    2026, 16:45 GMT" lines, curly double quotes and ’ apostrophes, "£1.4million", "READ MORE:" lines,
#    police appeal (directive). Content before "according to the RMT union"; "Northumbria Police said A";
#    scare so-called "graveyard shift"; organiser "said staff were "..." on late shifts" (partial only),
#    quote with "he said" and a quote-only paragraph; "He said A"; "A spokesperson for Nexus, which runs
#    ..., said: "..."", "The spokesperson said A and that B" (one span); councillor "said A", quote with
#    "she told the Gazette"; passenger with age apposition "said A", "she said"; police inspector "said A",
#    "she said".
ARTICLES[f"{BATCH}/chichester-metro-staff-assault.gold.json"] = {
    "article": f"{BATCH}/chichester-metro-staff-assault.txt",
    "target": "Nexus",
    "quotes": [
        (P, "RMT", "fear for their safety", None),
        (I, "RMT", "A Metro customer service adviser was punched in the face at Chichester station on Tuesday night, "
            "the third assault on staff at South Shields stations since the start of November", None),
        (I, "Northumbria Police", "a 16-year-old boy had been arrested on suspicion of assault and released on bail "
            "pending further enquiries", None),
        (S, None, "graveyard shift", None),
        (P, "Gary Nesbitt", "frightened to come to work", None),
        (D, "Gary Nesbitt", "Our members are being spat at, threatened and now punched, and Nexus keeps telling us "
            "the network is safe,", None),
        (D, "Gary Nesbitt", "It isn\u2019t safe. Not after nine o\u2019clock, and not at Chichester.", None),
        (I, "Gary Nesbitt", "the union wanted a police officer or a security guard on every late-night service "
            "between Pelaw and South Shields until the end of March", None),
        (D, "spokesperson for Nexus", "The safety of our staff and customers is our top priority. Assaults on our "
            "people are completely unacceptable and we will always support prosecutions.", None),
        (I, "spokesperson for Nexus", "Nexus had invested \u00a31.4million in extra security staff this year and "
            "that recorded crime on the Metro had fallen by 8% compared with 2025", None),
        (I, "Denise Lowery", "residents had been raising concerns about youths gathering at the station for months",
            None),
        (D, "Denise Lowery", "I\u2019ve lost count of the number of emails. People are scared to use their own "
            "station at night, and Nexus has known about it since the summer,", None),
        (I, "Ellie Robson", "she now gets off at Tyne Dock and walks the rest of the way", None),
        (D, "Ellie Robson", "I shouldn\u2019t have to do that. I pay for a ticket like everyone else,", None),
        (I, "Karen Wong", "officers would carry out extra patrols at Chichester and at South Shields Interchange over "
            "the coming weeks", None),
        (D, "Karen Wong", "We know how worrying this is for staff and for passengers, and we are working closely "
            "with Nexus,", None),
    ],
    "actors": [
        actor("RMT", "organisation", title="rail union", aliases=["RMT", "Union"], stance=-1),
        actor("Northumbria Police", "organisation", title="police force", aliases=["Northumbria Police"],
              stance=None),
        actor("Gary Nesbitt", "person", title="regional organiser", affiliation="RMT",
              aliases=["Gary Nesbitt", "Nesbitt"], stance=-1),
        actor("spokesperson for Nexus", "person", title="spokesperson", affiliation="Nexus",
              aliases=["spokesperson for Nexus", "spokesperson"], stance=1),
        actor("Denise Lowery", "person", title="councillor for Westoe ward", affiliation="South Tyneside Council",
              aliases=["Denise Lowery", "Lowery"], stance=-1),
        actor("Ellie Robson", "person", title="shop worker and Metro passenger", aliases=["Ellie Robson", "Robson"],
              stance=-1),
        actor("Karen Wong", "person", title="Inspector", affiliation="Northumbria Police",
              aliases=["Karen Wong", "Wong"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
