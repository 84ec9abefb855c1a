"""Build the test176 gold files (data/eval/test176/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test176/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test176.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test176"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Somali Guardian (Somalia) disaster (the Shabelle floods Beledweyne), headline without speech, dateline
#    "BELEDWEYNE (Somali Guardian) –", straight quotes; lede content before "according to local officials"; agency "said
#    A"; commissioner "told reporters ... that A and that B" (one span), quote with "Warsame said", "He said A"; group
#    "Residents of the Koshin district said A and that B"; mother named after the first paragraph of a three-paragraph
#    quote ("told Somali Guardian by phone"), the second paragraph open to its end, the third closed; governor "said A
#    but had received "..."" (indirect for the first clause plus partial); scare so-called "Shabelle flood barrier";
#    PM's office "said in a statement ... that A and that B"; "According to ... (OCHA), A"; MP "accused the government of
#    "..."", "she said"; "Aid agencies warned that A"; elders "said A", then a quote with "they said in a statement read
#    to reporters".
ARTICLES[f"{BATCH}/beledweyne-shabelle-floods.gold.json"] = {
    "article": f"{BATCH}/beledweyne-shabelle-floods.txt",
    "target": "Somalia's federal government",
    "quotes": [
        (I, "local officials", "More than 60,000 people have fled their homes in and around Beledweyne after the Shabelle "
            "River burst its banks overnight on Monday, flooding most of the town's eastern districts", None),
        (I, "Somali Disaster Management Agency", "the river had risen by more than two metres in 48 hours after heavy "
            "rains in the Ethiopian highlands", None),
        (I, "Abdirahman Nuur Warsame", "Somalia's federal government had sent food, tents and two rescue boats to the town "
            "and that more aid would arrive by air on Thursday", None),
        (D, "Abdirahman Nuur Warsame", "We warned people two weeks ago to move to higher ground. Many did, and that is why "
            "we have not lost more lives,", None),
        (I, "Abdirahman Nuur Warsame", "at least nine people had drowned, most of them children", None),
        (I, "Residents of the Koshin district", "the warning had come too late and that no boats had reached them until "
            "Tuesday afternoon", None),
        (D, "Halima Osman", "The water came into the house while the children were sleeping. We carried them on our "
            "shoulders to the main road,", None),
        (D, "Halima Osman", "Every year it is the same river, the same flood, the same promises from Mogadishu.", None),
        (D, "Halima Osman", "They come, they take photographs, and they leave.", None),
        (I, "Hassan Mohamed Abtidoon", "the region had asked the federal government in September for money to repair the "
            "river's embankments", None),
        (P, "Hassan Mohamed Abtidoon", "nothing but letters", None),
        (S, None, "Shabelle flood barrier", None),
        (I, "Office of the Prime Minister", "the government had set up a national flood committee and that $2 million had "
            "been released for the emergency response", None),
        (I, "UN Office for the Coordination of Humanitarian Affairs", "about 230,000 people have been affected by flooding "
            "along the Shabelle and Juba rivers since the start of the Deyr rains in October", None),
        (P, "Fadumo Sheikh Ali", "spending on conferences while Beledweyne drowns", None),
        (D, "Fadumo Sheikh Ali", "The money for the embankments has been promised since 2019. Not one metre has been "
            "built,", None),
        (I, "Aid agencies", "stagnant water in the camps could lead to outbreaks of cholera and malaria in the coming weeks",
            None),
        (I, "Elders in the town", "they had set up committees with local volunteers to help distribute food and tents to "
            "displaced families", None),
        (D, "Elders in the town", "We do not want the food sold in the market again, as it was after the last flood,",
            None),
    ],
    "actors": [
        actor("local officials", "group", title="officials", affiliation="Beledweyne", aliases=["local officials"],
              stance=None),
        actor("Somali Disaster Management Agency", "government", title="disaster management agency",
              affiliation="Somalia's federal government", aliases=["Somali Disaster Management Agency", "SODMA"],
              stance=1),
        actor("Abdirahman Nuur Warsame", "person", title="SODMA Commissioner",
              affiliation="Somali Disaster Management Agency", aliases=["Abdirahman Nuur Warsame", "Warsame"], stance=1),
        actor("Residents of the Koshin district", "group", title="residents", affiliation="Beledweyne",
              aliases=["Residents of the Koshin district"], stance=-1),
        actor("Halima Osman", "person", title="mother of six, displaced", affiliation=None,
              aliases=["Halima Osman", "Osman"], stance=-1),
        actor("Hassan Mohamed Abtidoon", "person", title="Hiiraan regional governor", affiliation="Hiiraan region",
              aliases=["Hassan Mohamed Abtidoon", "Abtidoon"], stance=-1),
        actor("Office of the Prime Minister", "government", title="prime minister's office",
              affiliation="Somalia's federal government", aliases=["Office of the Prime Minister"], stance=1),
        actor("UN Office for the Coordination of Humanitarian Affairs", "organisation", title="UN humanitarian office",
              affiliation="United Nations", aliases=["UN Office for the Coordination of Humanitarian Affairs", "OCHA"],
              stance=None),
        actor("Fadumo Sheikh Ali", "person", title="federal MP from Hiiraan", affiliation="federal parliament",
              aliases=["Fadumo Sheikh Ali"], stance=-1),
        actor("Aid agencies", "group", title="aid agencies", affiliation=None, aliases=["Aid agencies"], stance=None),
        actor("Elders in the town", "group", title="elders", affiliation="Beledweyne", aliases=["Elders in the town"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Airport World (aviation trade press) infrastructure (an airport terminal is delayed and over budget), headline
#    without speech, byline, straight quotes, "C$815 million", "per cent"; lede content before "the Fraser Valley Airport
#    Authority (FVAA) has confirmed"; chief executive named after the first stretch of a split quote ("said the
#    authority's president and chief executive, Dana Whitcombe."), "told Airport World that A, and of B" (one span);
#    "The authority said A"; contractor "said in a statement that ... had added "..." to the programme and that B"
#    (partial plus indirect); content before "according to the FVAA"; airline "described the delay as "..."" (partial),
#    its officer "said A", quote with "Malhotra said"; scare so-called "swing gates"; consultant "said A", "she said";
#    "According to ACI World, A"; councillor "said A but that B" (one span); "Whitcombe said: "...` open at the end of its
#    paragraph, then a closed quote-only paragraph.
ARTICLES[f"{BATCH}/fraser-valley-terminal-delay.gold.json"] = {
    "article": f"{BATCH}/fraser-valley-terminal-delay.txt",
    "target": "Fraser Valley Airport Authority",
    "quotes": [
        (I, "Fraser Valley Airport Authority", "The new passenger terminal at Fraser Valley International Airport in British "
            "Columbia will open in spring 2028, 18 months later than planned, and will cost C$815 million rather than the "
            "C$640 million budgeted in 2023", None),
        (D, "Dana Whitcombe", "This is not the news anyone wanted to give, least of all me,", None),
        (D, "Dana Whitcombe", "But I would rather open a year and a half late than open a building that does not work on "
            "day one.", None),
        (I, "Dana Whitcombe", "the delay was mainly the result of a redesign of the baggage hall, ordered after passenger "
            "forecasts were revised upwards last year, and of a shortage of skilled electricians in the Lower Mainland",
            None),
        (I, "Fraser Valley Airport Authority", "the extra cost would be met through a C$150 million bond issue and a rise in "
            "the airport improvement fee from C$20 to C$25 per departing passenger from July", None),
        (P, "Northline Constructors", "more than 40 weeks", None),
        (I, "Northline Constructors", "it had met every milestone set out in the original contract", None),
        (I, "Fraser Valley Airport Authority", "The airport handled 2.1 million passengers last year, up 11 per cent on 2024",
            None),
        (P, "Pacific Horizon Airlines", "a serious setback", None),
        (I, "Raj Malhotra", "the airline would postpone the launch of three new routes to Mexico until the new building was "
            "open", None),
        (D, "Raj Malhotra", "We planned our fleet around a 2026 opening. Now we have aircraft arriving next year with nowhere "
            "to park them overnight,", None),
        (S, None, "swing gates", None),
        (I, "Fiona Leclerc", "terminal projects across North America had faced similar delays since the pandemic", None),
        (D, "Fiona Leclerc", "Eighteen months on a project this size is painful but not unusual. What matters is that the "
            "authority has been honest about it early,", None),
        (I, "ACI World", "passenger traffic at Canadian airports is expected to grow by around 4 per cent a year until 2030",
            None),
        (I, "Priya Sandhu", "the city still supported the project but that residents living under the flight path were "
            "worried about more night flights once the terminal opened", None),
        (D, "Dana Whitcombe", "We have told every carrier the same thing. The new date is a firm date, and the budget now "
            "includes a contingency we did not have before.", None),
        (D, "Dana Whitcombe", "If that changes, you will hear it from me first.", None),
    ],
    "actors": [
        actor("Fraser Valley Airport Authority", "organisation", title="airport operator", affiliation="British Columbia",
              aliases=["Fraser Valley Airport Authority", "FVAA", "The authority"], stance=1),
        actor("Dana Whitcombe", "person", title="president and chief executive",
              affiliation="Fraser Valley Airport Authority", aliases=["Dana Whitcombe", "Whitcombe"], stance=1),
        actor("Northline Constructors", "organisation", title="main contractor", affiliation=None,
              aliases=["Northline Constructors"], stance=-1),
        actor("Pacific Horizon Airlines", "organisation", title="airline, largest tenant", affiliation=None,
              aliases=["Pacific Horizon Airlines"], stance=-1),
        actor("Raj Malhotra", "person", title="chief commercial officer", affiliation="Pacific Horizon Airlines",
              aliases=["Raj Malhotra", "Malhotra"], stance=-1),
        actor("Fiona Leclerc", "person", title="aviation consultant", affiliation="Skyward Advisory (Vancouver)",
              aliases=["Fiona Leclerc", "Leclerc"], stance=1),
        actor("ACI World", "organisation", title="airports association", affiliation=None, aliases=["ACI World"],
              stance=None),
        actor("Priya Sandhu", "person", title="city councillor", affiliation="Abbotsford",
              aliases=["Priya Sandhu", "Sandhu"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. RugbyPass (rugby news site) sport (a head coach quits a Japanese club), headline with a curly single fragment
#    "Harwood quits Thunderbolts, says he ‘ran out of answers’", byline, curly single ‘...’ with ’ apostrophes; coach
#    as "the 51-year-old" in a split quote ("told RugbyPass on Wednesday."); "Harwood insisted A and that B" (one span);
#    quote split by "he said."; club "said in a statement that Harwood had ‘...’ and that B" (partial plus indirect);
#    chief executive "said A and would B" (one span); scare so-called ‘Project 27’; captain in an apposition "was quick to
#    defend his coach" (act), quote split by "Taufa said."; pundit "said ... had been ‘...’ for a league ..." (partial
#    only); quote with "Hirano said"; group "Several supporters posting on the club’s official forum said A"; interim
#    coach "Speaking through an interpreter, he said: ‘...’" (the first name of the coach inside); "Harwood ... said A".
ARTICLES[f"{BATCH}/harwood-quits-osaka-thunderbolts.gold.json"] = {
    "article": f"{BATCH}/harwood-quits-osaka-thunderbolts.txt",
    "target": "Nick Harwood",
    "quotes": [
        (P, "Nick Harwood", "ran out of answers", "Harwood quits"),
        (D, "Nick Harwood", "I’ve given this everything I had, and I ran out of answers,", None),
        (D, "Nick Harwood", "The players deserve someone who can give them something fresh.", None),
        (I, "Nick Harwood", "he had not been pushed and that the decision was his alone", None),
        (D, "Nick Harwood", "Nobody tapped me on the shoulder,", None),
        (D, "Nick Harwood", "I went to the chairman on Monday morning and told him it was time.", None),
        (P, "Osaka Thunderbolts", "rebuilt the culture of the club", None),
        (I, "Osaka Thunderbolts", "assistant coach Kenji Moriyama would take charge for the rest of the season", None),
        (I, "Takashi Arai", "the club would not rush to appoint a permanent successor and would look at candidates from "
            "Japan and overseas", None),
        (S, None, "Project 27", None),
        (D, "Sione Taufa", "He took a chance on a lot of us when nobody else would,", None),
        (D, "Sione Taufa", "Results are on us, the players, not on him.", None),
        (P, "Daisuke Hirano", "ten years out of date", None),
        (D, "Daisuke Hirano", "You cannot come to this league and try to play like it is 2015. Every team worked him out "
            "by round three,", None),
        (I, "Several supporters posting on the club’s official forum", "the board should share the blame for a thin squad "
            "after two big-name signings fell through in the summer", None),
        (D, "Kenji Moriyama", "Nick built something here. My job is to keep it standing until the end of the season.",
            None),
        (I, "Nick Harwood", "he planned to stay in Japan until his children finish the school year", None),
    ],
    "actors": [
        actor("Nick Harwood", "person", title="head coach (outgoing), former Wallabies flanker",
              affiliation="Osaka Thunderbolts", aliases=["Nick Harwood", "Harwood", "Nick", "the 51-year-old"], stance=0),
        actor("Osaka Thunderbolts", "organisation", title="rugby club", affiliation="Japan Rugby League One",
              aliases=["Osaka Thunderbolts", "Thunderbolts", "The Thunderbolts"], stance=1),
        actor("Takashi Arai", "person", title="chief executive", affiliation="Osaka Thunderbolts",
              aliases=["Takashi Arai", "Arai"], stance=None),
        actor("Sione Taufa", "person", title="captain, lock", affiliation="Osaka Thunderbolts",
              aliases=["Sione Taufa", "Taufa", "Captain Sione Taufa"], stance=1),
        actor("Daisuke Hirano", "person", title="former Japan scrum-half, television pundit", affiliation=None,
              aliases=["Daisuke Hirano", "Hirano"], stance=-1),
        actor("Several supporters posting on the club’s official forum", "group", title="supporters",
              affiliation="Osaka Thunderbolts", aliases=["Several supporters posting on the club’s official forum"],
              stance=0),
        actor("Kenji Moriyama", "person", title="assistant coach, interim head coach", affiliation="Osaka Thunderbolts",
              aliases=["Kenji Moriyama", "Moriyama"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Dialogue Earth (Asia environment site) science/environment (a growing glacial lake above a Nepali hydropower dam),
#    headline without speech, byline and date lines, curly “ ” and ’ (an apostrophe inside a fragment: “less than 40
#    minutes’ warning”); lede content before "researchers at the International Centre for Integrated Mountain
#    Development (ICIMOD) have warned"; "the researchers said A"; "They described the ... project ... as “...” to a flood
#    that could arrive with “...”" (two partials); lead author named after her first quote, then a quote split by "she
#    told Dialogue Earth." whose second stretch stays open to the end of its paragraph, and a closed quote-only paragraph;
#    company "said in a written response that the dam had been designed to withstand “...” and that B" (partial plus
#    indirect); MD "said the study relied on “...”" (partial), "Adhikari said"; scare so-called “climate-resilient”;
#    "According to the Department of Hydrology and Meteorology, A"; group "Villagers in Tilche, ..., said A"; lodge owner
#    named after his quote; ward chair in an apposition "said A and had received no reply" (one span); "Experts in the
#    region point to ..." (no cue); hydrologist named after his quote, then "He said A".
ARTICLES[f"{BATCH}/manang-glacial-lake-hydropower.gold.json"] = {
    "article": f"{BATCH}/manang-glacial-lake-hydropower.txt",
    "target": "Upper Dudh Khola Hydropower Company",
    "quotes": [
        (I, "researchers at the International Centre for Integrated Mountain Development", "A glacial lake above a "
            "hydropower dam under construction in Nepal’s Manang district has grown by nearly a third in five years, "
            "raising the risk of a sudden outburst flood", None),
        (I, "researchers at the International Centre for Integrated Mountain Development", "satellite images showed the "
            "lake’s surface area had increased from 0.41 square kilometres in 2020 to 0.54 square kilometres this year",
            None),
        (P, "researchers at the International Centre for Integrated Mountain Development", "highly exposed", None),
        (P, "researchers at the International Centre for Integrated Mountain Development", "less than 40 minutes’ warning",
            None),
        (D, "Tashi Dolkar Sherpa", "The lake is held back by a wall of loose moraine. If a large piece of ice falls into "
            "it, or if there is an earthquake, that wall can fail in minutes,", None),
        (D, "Tashi Dolkar Sherpa", "We are not saying the dam should not be built,", None),
        (D, "Tashi Dolkar Sherpa", "We are saying that the people building it should plan for the lake that exists now, "
            "not the lake that existed when the design was approved.", None),
        (D, "Tashi Dolkar Sherpa", "That means sirens, sensors on the moraine, and a plan to evacuate the workers’ camp.",
            None),
        (P, "Upper Dudh Khola Hydropower Company", "a 1-in-1,000-year flood", None),
        (I, "Upper Dudh Khola Hydropower Company", "it would install an early warning system before the plant starts "
            "generating in 2027", None),
        (P, "Binod Adhikari", "worst-case assumptions", None),
        (D, "Binod Adhikari", "Every hydropower project in the Himalaya sits below some glacier. If we stopped building for "
            "every lake, Nepal would have no electricity,", None),
        (S, None, "climate-resilient", None),
        (I, "Department of Hydrology and Meteorology", "21 glacial lakes in Nepal are currently classed as potentially "
            "dangerous", None),
        (I, "Villagers in Tilche", "they had never been told what to do if the lake burst", None),
        (D, "Pasang Lama", "The company came to talk about jobs and compensation for land. Nobody talked about the lake,",
            None),
        (I, "Karma Tsering Gurung", "the municipality had written to the company twice this year asking for an emergency "
            "drill and had received no reply", None),
        (D, "Ravi Shekhar Menon", "Sikkim showed us what happens when a dam and a glacial lake meet without a warning "
            "system. Teesta III was gone in a night,", None),
        (I, "Ravi Shekhar Menon", "lowering the lake’s water level, as Nepal did at Tsho Rolpa two decades ago, was "
            "expensive but possible", None),
    ],
    "actors": [
        actor("researchers at the International Centre for Integrated Mountain Development", "group",
              title="researchers (the study's authors)",
              affiliation="International Centre for Integrated Mountain Development (ICIMOD)",
              aliases=["researchers at the International Centre for Integrated Mountain Development", "the researchers"],
              stance=-1),
        actor("Tashi Dolkar Sherpa", "person", title="glaciologist, lead author",
              affiliation="International Centre for Integrated Mountain Development (ICIMOD)",
              aliases=["Tashi Dolkar Sherpa", "Sherpa"], stance=-1),
        actor("Upper Dudh Khola Hydropower Company", "organisation", title="hydropower developer", affiliation="Nepal",
              aliases=["Upper Dudh Khola Hydropower Company"], stance=1),
        actor("Binod Adhikari", "person", title="managing director", affiliation="Upper Dudh Khola Hydropower Company",
              aliases=["Binod Adhikari", "Adhikari"], stance=1),
        actor("Department of Hydrology and Meteorology", "government", title="government department", affiliation="Nepal",
              aliases=["Department of Hydrology and Meteorology"], stance=None),
        actor("Villagers in Tilche", "group", title="villagers", affiliation="Tilche", aliases=["Villagers in Tilche"],
              stance=-1),
        actor("Pasang Lama", "person", title="lodge owner, 44", affiliation="Tilche", aliases=["Pasang Lama", "Lama"],
              stance=-1),
        actor("Karma Tsering Gurung", "person", title="ward chair", affiliation="Nason Rural Municipality",
              aliases=["Karma Tsering Gurung", "Gurung"], stance=-1),
        actor("Ravi Shekhar Menon", "person", title="hydrologist", affiliation="Indian Institute of Technology Roorkee",
              aliases=["Ravi Shekhar Menon", "Menon"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
