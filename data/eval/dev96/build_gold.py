"""Build the dev96 gold files (data/eval/dev96/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev96/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev96.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev96"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Baltic Times (Riga) diplomacy/transport (Russia holds about 60 Latvian trucks at the Burachki checkpoint),
#    headline with a straight single fragment `Riga calls ... 'deliberate pressure'` (partial for `Riga`), `TBT Staff
#    | 09.12.2026` line, `RIGA -` dateline, straight `"` and apostrophes, Latvian diacritics, punctuation outside the
#    closing mark for fragments (`"...none".`); lede content before `, the Latvian Foreign Ministry said on
#    Wednesday, calling the move "..."` (indirect plus partial); `The ministry said it had summoned ...` (indirect);
#    state secretary named after the quote in an apposition; customs service `said in a statement carried by TASS
#    that the trucks had been stopped because of "..." and that the checks would be completed "..."` (two partials);
#    scare so-called `"risk management system"`; embassy `rejected the protest and said ... was "..."` (partial);
#    `Drivers ... described a long and uncomfortable wait` (no `as`: not annotated); driver named after the quote,
#    `Ozols said A and that B`; association `said A`; president named after the quote, `She added that A`; analyst
#    `said A, and that the timing, ..., was "..."` (indirect plus partial); Lithuanian ministry `said it was following
#    the situation "..." and had not received ...` (partial plus indirect); `According to the State Border Guard, A`.
ARTICLES[f"{BATCH}/russia-holds-latvian-trucks-terehova.gold.json"] = {
    "article": f"{BATCH}/russia-holds-latvian-trucks-terehova.txt",
    "target": "Russia",
    "quotes": [
        (P, "Riga", "deliberate pressure", None),
        (I, "Latvian Foreign Ministry", "Russian customs officers have been holding around 60 Latvian-registered trucks "
            "at the Burachki checkpoint opposite Latvia's Terehova border crossing since Monday", None),
        (P, "Latvian Foreign Ministry", "a deliberate act of pressure", None),
        (I, "Latvian Foreign Ministry", "it had summoned Russia's charge d'affaires in Riga and handed him a note of "
            "protest demanding that the vehicles and their drivers be allowed to leave without delay", None),
        (D, "Andris Kalniņš", "This is not a customs problem. It is a political message, and it is addressed to all of "
            "us,", None),
        (P, "Federal Customs Service", "irregularities in transit documents", None),
        (P, "Federal Customs Service", "within the time frame established by law", None),
        (S, None, "risk management system", None),
        (P, "Russian Embassy in Riga", "once again looking for a Russian trace where there is none", None),
        (D, "Jānis Ozols", "We have been standing here for three days. There is no water, the toilets are closed, and "
            "nobody tells us anything,", None),
        (I, "Jānis Ozols", "his truck was carrying furniture for a customer in Pskov and that customs officers had twice "
            "unloaded it for inspection", None),
        (I, "Latvijas Auto", "the delays were costing each company about 500 euros a day per vehicle, not counting "
            "penalties for late delivery", None),
        (D, "Inta Bērziņa", "Our members have been working on the Russian route for thirty years. Nobody remembers "
            "anything like this,", None),
        (I, "Inta Bērziņa", "several firms were now considering whether to stop sending trucks east altogether", None),
        (I, "Kārlis Dimants", "Moscow had used border checks against Baltic carriers before, notably against Lithuanian "
            "hauliers in 2013", None),
        (P, "Kārlis Dimants", "hardly a coincidence", None),
        (D, "Kārlis Dimants", "The Kremlin knows perfectly well that Latvian transport companies are already on their "
            "knees. This is about showing that it can still hurt us,", None),
        (P, "Lithuania's Foreign Ministry", "with concern", None),
        (I, "Lithuania's Foreign Ministry", "had not received any reports of Lithuanian trucks being held at the Russian "
            "border", None),
        (I, "State Border Guard", "about 120 trucks were waiting to leave Latvia at Terehova on Wednesday morning, "
            "roughly the usual number for the time of year", None),
    ],
    "actors": [
        actor("Riga", "government", affiliation="Latvia", aliases=["Riga"], stance=-1),
        actor("Latvian Foreign Ministry", "government", affiliation="Latvia",
              aliases=["Latvian Foreign Ministry", "the ministry"], stance=-1),
        actor("Andris Kalniņš", "person", title="State secretary", affiliation="Latvian Foreign Ministry",
              aliases=["Andris Kalniņš", "Kalniņš"], stance=-1),
        actor("Federal Customs Service", "government", affiliation="Russia",
              aliases=["Federal Customs Service"], stance=1),
        actor("Russian Embassy in Riga", "government", affiliation="Russia", aliases=["Russian Embassy in Riga"],
              stance=1),
        actor("Jānis Ozols", "person", title="truck driver", affiliation="Rēzekne", aliases=["Jānis Ozols", "Ozols"],
              stance=-1),
        actor("Latvijas Auto", "organisation", title="national association of road carriers",
              aliases=["Latvijas Auto"], stance=-1),
        actor("Inta Bērziņa", "person", title="President", affiliation="Latvijas Auto",
              aliases=["Inta Bērziņa", "Bērziņa"], stance=-1),
        actor("Kārlis Dimants", "person", title="researcher",
              affiliation="Latvian Institute of International Affairs (LIIA)", aliases=["Kārlis Dimants", "Dimants"],
              stance=-1),
        actor("Lithuania's Foreign Ministry", "government", affiliation="Lithuania",
              aliases=["Lithuania's Foreign Ministry"], stance=-1),
        actor("State Border Guard", "government", affiliation="Latvia", aliases=["State Border Guard"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Mining Weekly (Creamer Media, South African mining trade press) (a platinum miner puts a loss-making shaft on
#    care and maintenance), headline without speech, date, `By: NAME` and title lines, `JOHANNESBURG
#    (miningweekly.com) –` dateline, `Edited by:` footer, straight `"` and apostrophes, South African number style
#    (`1 400`, `R640-million`, `1 100 m`), trade jargon (`Sens`, `Section 189A`, `UG2 reef`); lede content before
#    `, the company announced in a ... (Sens) statement on Tuesday`; `The company said A and would B` (one span);
#    content before `, according to the company`; `Thaba said A, and that B` (one span); CEO `told Mining Weekly in an
#    interview that the decision had been "..."` (partial only); multi-paragraph quote (attributed closed paragraph,
#    then a quote-only paragraph left open and a closed one); `Steyn pointed out that ... "..." should ...` (partial
#    only); union `said it would oppose the plan "..."` (partial only); regional secretary `accused the company of
#    "..."`; anonymous union official `said A`; department `said in a statement that A and would B`; scare so-called
#    `"legacy"` shafts; content before `, according to the Minerals Council South Africa` (the writer's `as basket
#    prices ...` left out); analyst `said ... was "..." and that B` (partial plus indirect), quote with `she said,
#    adding that A` (direct plus indirect).
ARTICLES[f"{BATCH}/thaba-platinum-kgomo-shaft-care-maintenance.gold.json"] = {
    "article": f"{BATCH}/thaba-platinum-kgomo-shaft-care-maintenance.txt",
    "target": "Thaba Platinum",
    "quotes": [
        (I, "Thaba Platinum", "JSE-listed Thaba Platinum will place its loss-making Kgomo shaft, near Rustenburg, in "
            "North West, on care and maintenance from the end of March", None),
        (I, "Thaba Platinum", "it had issued a notice in terms of Section 189A of the Labour Relations Act and would "
            "begin consultations with organised labour and the Department of Employment and Labour next week", None),
        (I, "Thaba Platinum", "Kgomo, which mines the UG2 reef at depths of more than 1 100 m, has lost money in eleven "
            "of the past 14 quarters", None),
        (I, "Thaba Platinum", "the shaft had lost R640-million in the financial year to June, and that a weak rhodium "
            "price offered no prospect of a recovery in the medium term", None),
        (P, "Pieter Steyn", "the hardest of my career", None),
        (D, "Pieter Steyn", "We looked at every option. We looked at mechanising the lower levels, we looked at a joint "
            "venture with our neighbours, we looked at selling the shaft. None of it makes Kgomo pay at these prices,",
            None),
        (D, "Pieter Steyn", "What we will not do is let one shaft drag down the rest of the company and put another "
            "6 000 jobs at our other operations at risk.", None),
        (D, "Pieter Steyn", "Where we can, we will move people to Tlhabane and Boitshoko, and we will offer voluntary "
            "separation packages to those who want them.", None),
        (P, "Pieter Steyn", "within 18 months", None),
        (P, "National Union of Mineworkers", "with everything at our disposal", None),
        (P, "Kagiso Mabe", "hiding behind the rhodium price", None),
        (D, "Kagiso Mabe", "When rhodium was at $20 000 an ounce, nobody at Thaba talked about the workers. Now that the "
            "price has come down, the workers must pay. We reject that,", None),
        (I, "union official", "the union would ask the company to open its books on Kgomo before any jobs were cut",
            None),
        (I, "Department of Mineral and Petroleum Resources", "it had noted the announcement and would engage the company "
            "on its Social and Labour Plan commitments to the surrounding communities of Bapong and Mmakau", None),
        (S, None, "legacy", None),
        (I, "Minerals Council South Africa", "Platinum group metals producers have shed more than 10 000 jobs since 2023",
            None),
        (P, "Rethabile Mahlangu", "sensible and overdue", None),
        (I, "Rethabile Mahlangu", "the market had been waiting for the company to act on Kgomo for at least two years",
            None),
        (D, "Rethabile Mahlangu", "Investors will like this. Kgomo was a hole in the balance sheet, and the rest of the "
            "portfolio is in decent shape,", None),
        (I, "Rethabile Mahlangu", "other producers with deep conventional shafts were likely to follow", None),
    ],
    "actors": [
        actor("Thaba Platinum", "organisation", title="JSE-listed platinum miner",
              aliases=["Thaba Platinum", "Thaba", "the company"], stance=1),
        actor("Pieter Steyn", "person", title="CEO", affiliation="Thaba Platinum", aliases=["Pieter Steyn", "Steyn"],
              stance=1),
        actor("National Union of Mineworkers", "organisation", title="trade union",
              aliases=["National Union of Mineworkers", "NUM"], stance=-1),
        actor("Kagiso Mabe", "person", title="Rustenburg regional secretary", affiliation="NUM",
              aliases=["Kagiso Mabe", "Mabe"], stance=-1),
        actor("union official", "person", title="union official (anonymous)", affiliation="NUM",
              aliases=["union official"], stance=-1),
        actor("Department of Mineral and Petroleum Resources", "government", affiliation="South Africa",
              aliases=["Department of Mineral and Petroleum Resources"], stance=0),
        actor("Minerals Council South Africa", "organisation", title="industry body",
              aliases=["Minerals Council South Africa"], stance=None),
        actor("Rethabile Mahlangu", "person", title="mining analyst", affiliation="Nedbank CIB",
              aliases=["Rethabile Mahlangu", "Mahlangu"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Nassau Guardian (Bahamas) national news/public works (the works minister defends a delayed road project),
#    headline `Knowles: ... ‘will be finished’ by Easter` (partial for the minister the headline names), standfirst
#    without speech, byline, `Staff Reporter` and `Published` lines, curly `“ ”` in the body and `‘ ’` in the
#    headline, `’` apostrophes (`can’t`, `project’s`), fragment punctuation outside the marks (`“...anticipated”.`),
#    `$` figures; lede `yesterday insisted that A, despite ...` (the writer's `despite ...` left out); minister named
#    after the quote; `Knowles said A, which he said took “...”` (indirect plus partial); `He also defended the cost
#    increase.` (act); opposition spokesman `said the minister had “...” and accused the government of misleading ...
#    “...”` (two partials); `Rolle said in a statement`; scare so-called `“Carmichael crawl”`; shared surname: the shop
#    owner Patrice Knowles (`said A`; `said Knowles, who is no relation to the minister`; `She added: “...”`);
#    contractor `said in a statement that it remained “...” ... and that B` (partial plus indirect); anonymous
#    ministry official `said A and that B` (one span); Q&A `Asked about that yesterday, Knowles replied: “...”`.
ARTICLES[f"{BATCH}/knowles-carmichael-road-easter-deadline.gold.json"] = {
    "article": f"{BATCH}/knowles-carmichael-road-easter-deadline.txt",
    "target": "Darren Knowles",
    "quotes": [
        (P, "Darren Knowles", "will be finished", "Carmichael Road works ‘"),
        (I, "Darren Knowles", "the long-delayed Carmichael Road improvement project will be finished by Easter", None),
        (D, "Darren Knowles", "I know people are frustrated. I drive that road too. But the contractor has assured us, "
            "and I have assured the Cabinet, that we will have that road open to full traffic by Easter,", None),
        (I, "Darren Knowles", "the delays were caused largely by the relocation of Water & Sewerage Corporation mains and "
            "Bahamas Power and Light poles", None),
        (P, "Darren Knowles", "far longer than anyone anticipated", None),
        (D, "Darren Knowles", "When you dig up a road that is 50 years old, you find things that nobody put on any map. "
            "That costs money,", None),
        (I, "Darren Knowles", "a revised budget of $47.3 million was approved by Cabinet in October", None),
        (P, "Kendal Rolle", "run out of excuses", None),
        (P, "Kendal Rolle", "from day one", None),
        (D, "Kendal Rolle", "This is the third completion date the minister has given us. First it was August, then it "
            "was Christmas, now it is Easter. Which Easter?", None),
        (S, None, "Carmichael crawl", None),
        (I, "Patrice Knowles", "her sales have fallen by nearly half since the road was closed to westbound traffic",
            None),
        (D, "Patrice Knowles", "Customers can’t reach us. When it rains, the whole front of the store is a lake,", None),
        (D, "Patrice Knowles", "We were told six months. It has been nearly two years.", None),
        (P, "Tropic Civil Works Ltd", "fully committed", None),
        (I, "Tropic Civil Works Ltd", "it had added a night shift in November", None),
        (I, "senior Ministry of Works official", "the Easter date depended heavily on the weather and that some of the "
            "drainage work would probably continue into the summer", None),
        (D, "Darren Knowles", "The road will be open by Easter. If there is finishing work after that, it will be done at "
            "night.", None),
    ],
    "actors": [
        actor("Darren Knowles", "person", title="Minister of Works", affiliation="Government of The Bahamas",
              aliases=["Darren Knowles", "Knowles"], stance=1),
        actor("Kendal Rolle", "person", title="Opposition spokesman on works", aliases=["Kendal Rolle", "Rolle"],
              stance=-1),
        actor("Patrice Knowles", "person", title="beauty supply store owner", affiliation="Carmichael Road",
              aliases=["Patrice Knowles", "Knowles"], stance=-1),
        actor("Tropic Civil Works Ltd", "organisation", title="contractor", aliases=["Tropic Civil Works Ltd"],
              stance=1),
        actor("senior Ministry of Works official", "person", title="ministry official (anonymous)",
              affiliation="Ministry of Works", aliases=["senior Ministry of Works official"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Mainichi (Mainichi Japan, English) sport/society (the Japan Sumo Association demotes a stablemaster and
#    closes his stable over assaults on apprentices), headline without speech, `December 9, 2026 (Mainichi Japan)`
#    line, `TOKYO --` dateline, `(Japanese original by NAME, Sports News Department)` footer, straight `"` and
#    apostrophes, American punctuation inside the closing mark (`"inappropriate,"`), `Dec. 8`; lede content before
#    `, the association announced`; content before `, according to the JSA`; committee chair in an apposition `said
#    A`, `Tanabe said`, `She said A but had B` (one span); scare `"kawaigari,"` (a slang term nobody in the article is
#    said to say); director `said the decision showed the association had "..."` (partial only); lawyer `told the
#    Mainichi Shimbun that his client accepted that ... had been "...," but that the punishment was "..."` (two
#    partials); quote with `Mori said, adding that A` (direct plus indirect); anonymous father `told the Mainichi
#    Shimbun A` (no `that`), then `he said`; anonymous agency official (`An official of the Japan Sports Agency said A`); journalist `said the decision sent "..." ...,
#    but that B` (partial plus indirect).
ARTICLES[f"{BATCH}/sumo-association-demotes-stablemaster-shirakawa.gold.json"] = {
    "article": f"{BATCH}/sumo-association-demotes-stablemaster-shirakawa.txt",
    "target": "Japan Sumo Association",
    "quotes": [
        (I, "Japan Sumo Association", "The Japan Sumo Association (JSA) on Dec. 8 demoted stablemaster Shirakawa, a "
            "former komusubi, by two ranks and ordered his stable closed after an internal investigation found he had "
            "repeatedly struck young wrestlers with a bamboo sword", None),
        (I, "Japan Sumo Association", "The six wrestlers at the Shirakawa stable in Tokyo's Sumida Ward will be "
            "transferred to another stable within the same ichimon group", None),
        (I, "Keiko Tanabe", "the committee had confirmed at least 14 incidents of violence between April 2024 and "
            "September this year, including one in which an apprentice suffered a ruptured eardrum", None),
        (D, "Keiko Tanabe", "The stablemaster described these acts as guidance. They were not guidance. They were "
            "violence, and the association cannot allow them to continue in the name of tradition,", None),
        (I, "Keiko Tanabe", "the committee had considered recommending Shirakawa's dismissal from the association but "
            "had taken into account that he had cooperated with the investigation and expressed remorse", None),
        (S, None, "kawaigari,", None),
        (P, "Nobuyuki Sato", "changed", None),
        (D, "Nobuyuki Sato", "We are determined to make sumo a sport that parents can trust with their children,", None),
        (P, "Takeshi Mori", "inappropriate,", None),
        (P, "Takeshi Mori", "excessive", None),
        (D, "Takeshi Mori", "He has devoted 30 years of his life to sumo. Closing the stable takes away everything he "
            "built,", None),
        (I, "Takeshi Mori", "Shirakawa was considering whether to ask the association to reconsider", None),
        (I, "father of one of the wrestlers", "his son had been afraid to speak out for more than a year", None),
        (D, "father of one of the wrestlers", "My son went to Tokyo because he loved sumo. I am grateful to the "
            "association for finally listening, but I want to know why it took so long,", None),
        (I, "official of the Japan Sports Agency", "the agency would ask the JSA to report on its measures to prevent a recurrence by the "
            "end of January", None),
        (P, "Hiroko Matsuda", "a clear message", None),
        (I, "Hiroko Matsuda", "the JSA still relied too heavily on young wrestlers reporting abuse themselves", None),
    ],
    "actors": [
        actor("Japan Sumo Association", "organisation", aliases=["Japan Sumo Association", "JSA", "the association"],
              stance=1),
        actor("Keiko Tanabe", "person", title="lawyer, chair of the compliance committee",
              affiliation="Japan Sumo Association", aliases=["Keiko Tanabe", "Tanabe"], stance=1),
        actor("Nobuyuki Sato", "person", title="director, head of public relations",
              affiliation="Japan Sumo Association", aliases=["Nobuyuki Sato", "Sato"], stance=1),
        actor("Takeshi Mori", "person", title="lawyer for stablemaster Shirakawa", aliases=["Takeshi Mori", "Mori"],
              stance=-1),
        actor("father of one of the wrestlers", "person", title="wrestler's father (unnamed)",
              affiliation="Kumamoto Prefecture", aliases=["father of one of the wrestlers"], stance=0),
        actor("official of the Japan Sports Agency", "person", title="government official (unnamed)",
              affiliation="Japan Sports Agency", aliases=["official of the Japan Sports Agency"], stance=0),
        actor("Hiroko Matsuda", "person", title="sumo journalist", aliases=["Hiroko Matsuda", "Matsuda"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
