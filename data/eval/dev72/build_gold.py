"""Build the dev72 gold files (data/eval/dev72/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev72/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev72.  Standard library only.
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
# 1. Hürriyet Daily News (Turkey) trade/diplomacy (Russia suspends tomato imports from 12 Turkish
#    exporters), headline without speech, "ANKARA" line, straight " and apostrophes, American
#    punctuation inside closing marks, "Dec. 2", Turkish names with diacritics. Lede content before
#    ", the country's agricultural watchdog Rosselkhoznadzor said"; "said the restrictions would remain
#    in place "..." and that B" (partial plus indirect); "according to the Turkish Statistical Institute";
#    exporters' chair "said the decision was "..."" (partial only), quote before "Yörük told the
#    Hürriyet Daily News", "He said A and that B" (one span); scare so-called "green corridor"; trade
#    representative "rejected the criticism" (act), quote split by "he said", "Solovyov said A and that
#    B"; embassy "said the decision had "..." bilateral relations, which it described as "..."" (two
#    partials); ministry "said A and that B", "According to the ministry, A"; greenhouse owner "Mustafa
#    Can" ("Can said", a name that reads as a modal), "said A"; economist "noted that Moscow had used ...
#    as a "..." in the past" (partial only), "she said", then a quote-only paragraph.
ARTICLES["data/eval/dev72/russia-turkish-tomato-import-ban.gold.json"] = {
    "article": "data/eval/dev72/russia-turkish-tomato-import-ban.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rosselkhoznadzor", "Russia will suspend imports of tomatoes and peppers from 12 Turkish exporters from "
            "Dec. 5 after finding the tomato leaf miner pest in several consignments", None),
        (P, "Rosselkhoznadzor", "until the Turkish side provides reliable guarantees of the safety of its products",
            None),
        (I, "Rosselkhoznadzor", "inspections at Russian border crossings had been stepped up", None),
        (I, "Turkish Statistical Institute", "Russia bought about 900,000 tons of Turkish tomatoes last year, worth "
            "some $750 million", None),
        (P, "Hakan Yörük", "political, not technical.", None),
        (D, "Hakan Yörük", "Our products go to more than 60 countries, including the European Union, which has the "
            "strictest controls in the world. Nobody else found a problem. Why only Russia, and why now?", None),
        (I, "Hakan Yörük", "around 400 trucks loaded with produce were waiting at the Sarp border gate or on ferries "
            "bound for Novorossiysk and that many drivers had been told to turn back", None),
        (S, None, "green corridor", None),
        (D, "Andrei Solovyov", "This is not about politics. Russia is the largest buyer of Turkish tomatoes, and we "
            "want this trade to continue,", None),
        (D, "Andrei Solovyov", "But our consumers must be protected, and the rules are the same for everyone.", None),
        (I, "Andrei Solovyov", "the suspension applied only to companies where violations had been found and that "
            "other Turkish exporters could continue shipping as normal", None),
        (P, "Russian Embassy in Ankara", "nothing to do with", None),
        (P, "Russian Embassy in Ankara", "friendly and mutually beneficial.", None),
        (I, "Agriculture and Forestry Ministry", "it was in contact with its Russian counterparts and that a technical "
            "delegation would travel to Moscow next week to resolve the issue", None),
        (I, "Agriculture and Forestry Ministry", "the 12 companies account for about 15 percent of the country's "
            "tomato exports to Russia", None),
        (I, "Mustafa Can", "wholesale prices at the Kumluca market had fallen by almost a third since the news broke",
            None),
        (D, "Mustafa Can", "Yesterday I sold at 18 liras a kilo. Today nobody even asks the price. I borrowed to heat "
            "these greenhouses, and I don't know how I will pay it back,", None),
        (P, "Selin Ertürk", "foreign policy tool", None),
        (D, "Selin Ertürk", "Every time relations go through a rough patch, the first thing we hear about is Turkish "
            "tomatoes,", None),
        (D, "Selin Ertürk", "Exporters need to find new markets, but that takes years, not weeks. In the meantime, "
            "it is the small farmer who pays.", None),
    ],
    "actors": [
        actor("Rosselkhoznadzor", "government", title="agricultural watchdog", affiliation="Russia",
              aliases=["Rosselkhoznadzor"], stance=1),
        actor("Turkish Statistical Institute", "government", title="statistics agency", affiliation="Türkiye",
              aliases=["Turkish Statistical Institute", "TÜİK"], stance=0),
        actor("Hakan Yörük", "person", title="chair of the fresh produce board",
              affiliation="Mediterranean Exporters' Association", aliases=["Hakan Yörük", "Yörük"], stance=-1),
        actor("Andrei Solovyov", "person", title="Russia's Trade Representative in Türkiye", affiliation="Russia",
              aliases=["Andrei Solovyov", "Solovyov"], stance=1),
        actor("Russian Embassy in Ankara", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Ankara", "Russian Embassy"], stance=1),
        actor("Agriculture and Forestry Ministry", "government", title="ministry", affiliation="Türkiye",
              aliases=["Agriculture and Forestry Ministry", "ministry"], stance=0),
        actor("Mustafa Can", "person", title="greenhouse owner", affiliation="Antalya",
              aliases=["Mustafa Can", "Can"], stance=-1),
        actor("Selin Ertürk", "person", title="economist", affiliation="Economic Research Center",
              aliases=["Selin Ertürk", "Ertürk"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Times of Israel health/labour (the Health Ministry director-general defends his plan to cap
#    residents' shifts), headline without speech, subhead with a curly single fragment ("Residents'
#    organization calls reform ‘too little, too late’"), byline and "2 December 2026, 4:12 pm" lines,
#    curly “ ” and ’, "Dr."/"Prof.", "MK ... (Yesh Atid)". Lede "defended his plan" and "threatened to
#    walk out" (acts); quote split by "Carmeli told Kan public radio"; Q&A "Asked whether ..., Carmeli
#    replied: “...”"; Mirsham "said the reform was “...” and that B" (partial plus indirect); quote
#    split by "said Dr. Yael Ben-Haim, ..." (her quote names Carmeli), "Ben-Haim said A"; scare so-called
#    “mass resignation”; IMA "struck a more cautious tone" (act), chairman "said the plan was “...” but
#    warned that ... it would collapse “...”" (two partials); forum "said in a letter to Carmeli, seen by
#    The Times of Israel, that A"; anonymous treasury official "said A", "the official said";
#    "according to the Health Ministry's own figures"; MK "called the reform “...” and said A" (partial
#    plus indirect); "declined to comment on whether ..." (negated, not annotated).
ARTICLES["data/eval/dev72/residents-shifts-carmeli-strike.gold.json"] = {
    "article": "data/eval/dev72/residents-shifts-carmeli-strike.txt",
    "target": "Nadav Carmeli",
    "quotes": [
        (P, "Mirsham", "too little, too late", "\u2018too little"),
        (D, "Nadav Carmeli", "I understand the anger. I was a resident myself, and I remember what it is like to make "
            "decisions at four in the morning after 22 hours on your feet,", None),
        (D, "Nadav Carmeli", "But if I cut all the long shifts tomorrow, there will be nobody to staff the emergency "
            "rooms in the Galilee and the Negev.", None),
        (D, "Nadav Carmeli", "The money is there for 2027. For 2028 and beyond, that is a conversation with the "
            "Finance Ministry, and I intend to win it.", None),
        (P, "Mirsham", "too little, too late", "\u201ctoo little"),
        (I, "Mirsham", "residents would begin a partial strike on December 9, treating only emergency cases", None),
        (D, "Yael Ben-Haim", "Every year they promise us a reform, and every year another resident falls asleep at the "
            "wheel on the way home,", None),
        (D, "Yael Ben-Haim", "Dr. Carmeli is a decent man, but decent men do not change the system.", None),
        (I, "Yael Ben-Haim", "she had worked seven 26-hour shifts in November alone", None),
        (S, None, "mass resignation", None),
        (P, "Moshe Adler", "a real step forward", None),
        (P, "Moshe Adler", "under its own weight.", None),
        (I, "forum of hospital directors", "the hospitals lacked the senior physicians needed to supervise residents "
            "working shorter shifts", None),
        (I, "senior Finance Ministry official", "the treasury had not agreed to fund the plan beyond 2027", None),
        (D, "senior Finance Ministry official", "Nobody asked us before the announcement. The Health Ministry cannot "
            "make promises with money it does not have,", None),
        (I, "Health Ministry", "Israel has 3.2 practicing physicians per 1,000 residents, below the OECD average of 3.7",
            None),
        (P, "Orit Shani", "a press release, not a policy", None),
        (I, "Orit Shani", "the government had cut the health budget twice in the past year", None),
    ],
    "actors": [
        actor("Nadav Carmeli", "person", title="Health Ministry Director-General", affiliation="Health Ministry",
              aliases=["Nadav Carmeli", "Carmeli", "Dr. Carmeli"], stance=1),
        actor("Mirsham", "organisation", title="residents' organization",
              aliases=["Mirsham", "Residents\u2019 organization"], stance=-1),
        actor("Yael Ben-Haim", "person", title="pediatrics resident, Mirsham leader",
              affiliation="Soroka Medical Center", aliases=["Yael Ben-Haim", "Ben-Haim"], stance=-1),
        actor("Moshe Adler", "person", title="chairman", affiliation="Israel Medical Association",
              aliases=["Moshe Adler", "Adler"], stance=0),
        actor("forum of hospital directors", "group", title="hospital directors",
              aliases=["forum of hospital directors"], stance=-1),
        actor("senior Finance Ministry official", "person", title="anonymous treasury official",
              affiliation="Finance Ministry", aliases=["senior Finance Ministry official", "the official"],
              stance=-1),
        actor("Health Ministry", "government", title="ministry", affiliation="Israel",
              aliases=["Health Ministry"], stance=None),
        actor("Orit Shani", "person", title="Opposition MK", affiliation="Yesh Atid",
              aliases=["Orit Shani", "Shani"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. 1News (TVNZ) sport (New Zealand Rugby cuts provincial union funding), headline and standfirst
#    without speech, "By ..., 1News Sport Reporter" and "2:58pm Dec 2" lines, straight " and
#    apostrophes, NZ punctuation outside fragment quotes ("agonising".), macrons (Hāwera, Ngāti
#    Ruanui). Lede content before ", the national body confirmed this afternoon" (the writer's "as it
#    tries ..." left out); "In a statement, NZR said the reduction was "..." after ..., and that B"
#    (partial plus indirect); chief executive "told 1News the decision had been "..."" (partial only),
#    quote with "Kirkwood said" and a quote-only paragraph, "He said A"; Taranaki chief executive Guy
#    Young (a name of common words), "said A", quote split by "Young said", "Young said A and that B";
#    scare so-called "super-union" model; players' association "said A and described the cuts as "...""
#    (indirect plus partial); its chief executive "said A, but warned that B" (two indirects); "Not
#    everyone in the game was critical." (no speech); former All Black "said A", "he said"; club
#    treasurer "said A", "she said".
ARTICLES["data/eval/dev72/nzr-provincial-funding-cut.gold.json"] = {
    "article": "data/eval/dev72/nzr-provincial-funding-cut.txt",
    "target": "New Zealand Rugby",
    "quotes": [
        (I, "New Zealand Rugby", "New Zealand Rugby will cut the money it hands to the country's 26 provincial unions "
            "by 12 per cent next year", None),
        (P, "New Zealand Rugby", "unavoidable", None),
        (I, "New Zealand Rugby", "the cut would be reviewed at the end of 2027", None),
        (P, "David Kirkwood", "agonising", None),
        (D, "David Kirkwood", "Nobody at NZR wanted to do this. The provincial game is the heart of rugby in this "
            "country and it will stay that way,", None),
        (D, "David Kirkwood", "But we can't spend money we don't have. Every part of the organisation is taking its "
            "share of the pain, including head office.", None),
        (I, "David Kirkwood", "staff numbers at NZR's Wellington headquarters would fall by about 20 over the next six "
            "months", None),
        (I, "Guy Young", "his union would lose about $310,000, close to a fifth of its budget", None),
        (D, "Guy Young", "We're already running on volunteers and goodwill,", None),
        (D, "Guy Young", "If this goes through as it stands, I can't promise there'll be a Taranaki team in the NPC "
            "in 2028.", None),
        (I, "Guy Young", "NZR had given the unions less than a week's notice and that no one from head office had "
            "come to New Plymouth to explain the decision", None),
        (S, None, "super-union", None),
        (I, "New Zealand Rugby Players' Association", "it had not been consulted", None),
        (P, "New Zealand Rugby Players' Association", "short-sighted", None),
        (I, "Aaron Tapsell", "players' wages would not be affected under the collective agreement", None),
        (I, "Aaron Tapsell", "fewer provincial teams would mean fewer pathways for young players coming out of school "
            "and club rugby", None),
        (I, "Sam Tuitupou-Reed", "he understood why the national body had acted", None),
        (D, "Sam Tuitupou-Reed", "People forget NZR is running a business now. The All Blacks pay for everything, and "
            "if the money isn't coming in, something has to give,", None),
        (I, "Hine Parata", "the club relied on grants passed down from the provincial union to pay for junior gear and "
            "referees", None),
        (D, "Hine Parata", "It always ends up at the bottom. The big decisions get made in Wellington and it's the "
            "kids in Hāwera who miss out,", None),
    ],
    "actors": [
        actor("New Zealand Rugby", "organisation", title="national rugby body",
              aliases=["New Zealand Rugby", "NZR", "the national body"], stance=1),
        actor("David Kirkwood", "person", title="Chief executive", affiliation="New Zealand Rugby",
              aliases=["David Kirkwood", "Kirkwood"], stance=1),
        actor("Guy Young", "person", title="Taranaki Rugby chief executive", affiliation="Taranaki Rugby",
              aliases=["Guy Young", "Young"], stance=-1),
        actor("New Zealand Rugby Players' Association", "organisation", title="players' association",
              aliases=["New Zealand Rugby Players' Association", "NZRPA"], stance=-1),
        actor("Aaron Tapsell", "person", title="chief executive",
              affiliation="New Zealand Rugby Players' Association", aliases=["Aaron Tapsell", "Tapsell"], stance=-1),
        actor("Sam Tuitupou-Reed", "person", title="Former All Blacks lock",
              aliases=["Sam Tuitupou-Reed", "Tuitupou-Reed"], stance=1),
        actor("Hine Parata", "person", title="Club treasurer", affiliation="Ngāti Ruanui Rugby Club",
              aliases=["Hine Parata", "Parata"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Focus Taiwan (CNA English) technology/climate (a chipmaker trucks in water during a drought),
#    headline without speech, "12/02/2026 07:45 PM" line, "Taipei, Dec. 2 (CNA)" dateline running into
#    the lede, Chinese characters in brackets after names, straight " and apostrophes, closing
#    "(By ...)" and "Enditem/AW" lines. Lede content before ", the company said Wednesday" (the writer's
#    "as a prolonged dry spell ..." left out); "In a statement, Hsinyang said A and that B" (one span);
#    spokesperson "told CNA the company had "..." and would "..."" (two partials); agency "said Tuesday
#    that A, and that B" (one span); two people surnamed Lin: the agency's Lin Yu-ting ("said A", "Lin
#    said") and the farmer Lin Chia-hao (quote split by "said Lin Chia-hao (...), 58, ...", then "Lin
#    Chia-hao said A, which he described as "..."", indirect plus partial); the bare "Lin" is only Lin
#    Yu-ting; environmentalist "said the trucking plan was a "..." and that B" (partial plus indirect);
#    scare so-called "silicon shield"; "According to Chou Yi-fan (...), an analyst ..., A", "Chou said".
ARTICLES["data/eval/dev72/hsinyang-water-trucking-tainan-drought.gold.json"] = {
    "article": "data/eval/dev72/hsinyang-water-trucking-tainan-drought.txt",
    "target": "Hsinyang Semiconductor Manufacturing Co.",
    "quotes": [
        (I, "Hsinyang Semiconductor Manufacturing Co.", "Hsinyang Semiconductor Manufacturing Co. (新陽半導體) will begin "
            "trucking water to its new plant in the Southern Taiwan Science Park next week to reduce its draw on "
            "local reservoirs", None),
        (I, "Hsinyang Semiconductor Manufacturing Co.", "it would transport about 3,000 tonnes of water a day from its "
            "Kaohsiung facility and that its plants already recycled more than 85 percent of the water they used",
            None),
        (P, "Cheng Wen-hao", "a responsibility to the community", None),
        (P, "Cheng Wen-hao", "not let production come before people's daily needs.", None),
        (I, "Water Resources Agency", "water pressure in parts of Tainan and Kaohsiung would be reduced at night from "
            "Dec. 4, and that irrigation of about 8,000 hectares of farmland would be suspended until the spring "
            "rains", None),
        (I, "Lin Yu-ting", "reservoirs in the south were at their lowest level for December since 2021, when Taiwan "
            "experienced its worst drought in more than half a century", None),
        (D, "Lin Yu-ting", "We cannot rule out further restrictions if there is no significant rainfall by the end of "
            "January,", None),
        (D, "Lin Chia-hao", "Every time there is a drought, the farmers are the first to be cut off and the factories "
            "are the last,", None),
        (D, "Lin Chia-hao", "The new Hsinyang plant alone uses more water than this whole district. The government "
            "says chips are the nation's lifeline. What about rice?", None),
        (I, "Lin Chia-hao", "he would receive compensation of NT$12,000 per hectare for the fallow period", None),
        (P, "Lin Chia-hao", "not even enough to cover the fertilizer.", None),
        (P, "Tsai Ming-chen", "public relations exercise", None),
        (I, "Tsai Ming-chen", "the company should publish its actual daily water consumption at the Tainan site", None),
        (S, None, "silicon shield,", None),
        (I, "Chou Yi-fan", "water accounts for less than 1 percent of a chipmaker's operating costs, but even a brief "
            "interruption in supply can be far costlier", None),
        (D, "Chou Yi-fan", "For a fab, a few hours without water means scrapped wafers. Trucking is expensive, but it "
            "is cheap insurance,", None),
    ],
    "actors": [
        actor("Hsinyang Semiconductor Manufacturing Co.", "organisation", title="chipmaker",
              aliases=["Hsinyang Semiconductor Manufacturing Co.", "Hsinyang", "the company"], stance=1),
        actor("Cheng Wen-hao", "person", title="spokesperson", affiliation="Hsinyang Semiconductor Manufacturing Co.",
              aliases=["Cheng Wen-hao", "Cheng"], stance=1),
        actor("Water Resources Agency", "government", title="agency under the Ministry of Economic Affairs",
              affiliation="Taiwan", aliases=["Water Resources Agency", "WRA"], stance=None),
        actor("Lin Yu-ting", "person", title="WRA deputy director-general", affiliation="Water Resources Agency",
              aliases=["Lin Yu-ting", "Lin"], stance=None),
        actor("Lin Chia-hao", "person", title="water chestnut farmer", affiliation="Guantian District",
              aliases=["Lin Chia-hao"], stance=-1),
        actor("Tsai Ming-chen", "person", title="researcher", affiliation="Citizen of the Earth, Taiwan",
              aliases=["Tsai Ming-chen", "Tsai"], stance=-1),
        actor("Chou Yi-fan", "person", title="analyst", affiliation="TrendForce",
              aliases=["Chou Yi-fan", "Chou"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
