"""Build the dev145 gold files (data/eval/dev145/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text
occurs more than once, by an anchor (a string occurring exactly once in the article) from whose start the
text is searched. Run from anywhere:  python3 data/eval/dev145/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev145.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev145"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Guardian (Nigeria) diplomacy/crime (families of Nigerians recruited into the Russian army protest),
#    headline with a straight single fragment attributed to "Families", "By ..., Abuja" byline, straight
#    quotes with a nested single quote, "Mrs."/"Dr."/"Ambassador" titles, "N3 million".
ARTICLES[f"{BATCH}/nigerians-recruited-russian-army.gold.json"] = {
    "article": f"{BATCH}/nigerians-recruited-russian-army.txt",
    "target": "Russia",
    "quotes": [
        (P, "The families", "tricked", "Families demand"),
        (P, "The families", "tricked", "The families, who"),
        (S, None, "study-and-work", None),
        (I, "Blessing Eze", "she last heard from him in October", None),
        (D, "Blessing Eze", "He called me at night and said they had given him a gun and a uniform. He was crying. He "
            "said, 'Mama, this is not what they told us,'", None),
        (D, "Blessing Eze", "I am appealing to the President. These are not soldiers. They are our children.", None),
        (I, "Tunde", "he escaped from a training camp near Rostov after three weeks and made his way home through "
            "Belarus with the help of a church group", None),
        (D, "Tunde", "They took our passports on the first day. Anybody who complained was told he would go to prison,",
            None),
        (I, "Hadiza Bello-Kura", "the agency had identified four recruitment networks operating in Lagos, Enugu and "
            "Kano, and that two suspects were in custody", None),
        (P, "Hadiza Bello-Kura", "human trafficking dressed up as employment.", None),
        (I, "Yusuf Danjuma", "the ministry had formally requested information from the Russian authorities on Nigerians "
            "believed to be serving in the Russian armed forces", None),
        (D, "Yusuf Danjuma", "Nigeria will not abandon any of its citizens, wherever they are,", None),
        (I, "Embassy of the Russian Federation in Abuja", "foreigners who join the Russian armed forces do so "
            "voluntarily and under written contracts", None),
        (P, "Embassy of the Russian Federation in Abuja", "no information", None),
        (D, "Embassy of the Russian Federation in Abuja", "Russia does not recruit anybody by deception. We urge "
            "Nigerian citizens to be wary of criminals who use the name of our country,", None),
        (I, "Ngozi Ajayi", "Russia was exploiting youth unemployment across Africa to fill its ranks", None),
        (D, "Ngozi Ajayi", "Moscow knows exactly what it is doing. We have seen the same pattern in Kenya, in Ghana, in "
            "Cameroon,", None),
    ],
    "actors": [
        actor("The families", "group", title="families of Nigerian men in the Russian army",
              aliases=["The families", "Families"], stance=-1),
        actor("Blessing Eze", "person", title="mother of a recruit", aliases=["Blessing Eze", "Mrs. Blessing Eze", "Eze"],
              stance=-1),
        actor("Tunde", "person", title="returnee (first name only)", aliases=["Tunde"], stance=-1),
        actor("Hadiza Bello-Kura", "person", title="Director-General", affiliation="NAPTIP",
              aliases=["Hadiza Bello-Kura", "Bello-Kura"], stance=-1),
        actor("Yusuf Danjuma", "person", title="Foreign Affairs ministry spokesperson", affiliation="Nigeria",
              aliases=["Yusuf Danjuma", "Danjuma"], stance=0),
        actor("Embassy of the Russian Federation in Abuja", "government", title="embassy", affiliation="Russia",
              aliases=["Embassy of the Russian Federation in Abuja"], stance=1),
        actor("Ngozi Ajayi", "person", title="senior lecturer in international relations",
              affiliation="University of Lagos", aliases=["Ngozi Ajayi", "Ajayi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Whitehorse Star business/local (an airline suspends winter flights to Dawson City), headline without
#    speech, byline and "Posted on Thursday, December 3, 2026" lines, straight quotes, Canadian spelling,
#    "Tr'ondëk Hwëch'in" (apostrophes inside a word).
ARTICLES[f"{BATCH}/dawson-city-flights-suspended.gold.json"] = {
    "article": f"{BATCH}/dawson-city-flights-suspended.txt",
    "target": "Northern Lights Air",
    "quotes": [
        (I, "Northern Lights Air", "Northern Lights Air will suspend its scheduled flights between Whitehorse and Dawson "
            "City from Jan. 5 until the end of March", None),
        (I, "Northern Lights Air", "passenger numbers on the route had fallen by nearly 40 per cent since last winter",
            None),
        (P, "Northern Lights Air", "climbed relentlessly.", None),
        (D, "Rob Halvorsen", "This was not an easy decision, and it is not one we take lightly,", None),
        (D, "Rob Halvorsen", "But we cannot keep flying half-empty planes through the darkest, coldest months of the "
            "year and stay in business.", None),
        (I, "Rob Halvorsen", "the airline hoped to restore the route in April, in time for the summer tourist season",
            None),
        (S, None, "aurora season", None),
        (I, "Marie-Claude Fortier", "the suspension would leave the town without a scheduled air link to the capital for "
            "almost three months", None),
        (D, "Marie-Claude Fortier", "People here need to get to medical appointments, to court, to see family. The "
            "highway is not always an option in January,", None),
        (I, "Marie-Claude Fortier", "council had asked the airline to reconsider", None),
        (P, "Norma Taylor", "deeply disappointed", None),
        (I, "Norma Taylor", "elders who travel to Whitehorse for treatment would be hit hardest", None),
        (I, "Darren Sidney", "the government had no plans to subsidize the route", None),
        (P, "Darren Sidney", "open to a conversation", None),
        (I, "Jolene Kraft", "she had already had cancellations", None),
        (D, "Jolene Kraft", "Half my winter bookings are government workers and contractors who fly in. They're not "
            "going to drive eight hours on that road in February,", None),
        (I, "Tourism Industry Association of the Yukon", "it understood the airline's position", None),
        (I, "Tourism Industry Association of the Yukon", "the decision could hurt Dawson's growing winter tourism "
            "market", None),
    ],
    "actors": [
        actor("Northern Lights Air", "organisation", title="Whitehorse-based airline",
              aliases=["Northern Lights Air"], stance=1),
        actor("Rob Halvorsen", "person", title="chief executive", affiliation="Northern Lights Air",
              aliases=["Rob Halvorsen", "Halvorsen"], stance=1),
        actor("Marie-Claude Fortier", "person", title="Dawson City Mayor", affiliation="City of Dawson",
              aliases=["Marie-Claude Fortier", "Fortier"], stance=-1),
        actor("Norma Taylor", "person", title="Chief", affiliation="Tr'ondëk Hwëch'in",
              aliases=["Norma Taylor", "Taylor"], stance=-1),
        actor("Darren Sidney", "person", title="Highways and Public Works Minister", affiliation="Yukon government",
              aliases=["Darren Sidney", "Sidney"], stance=0),
        actor("Jolene Kraft", "person", title="owner, Gold Dust Inn", aliases=["Jolene Kraft", "Kraft"], stance=-1),
        actor("Tourism Industry Association of the Yukon", "organisation", title="tourism industry body",
              aliases=["Tourism Industry Association of the Yukon"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Mayo News local (the county council moves to ban overnight camper vans at Keem Bay), headline and
#    standfirst without speech, byline, lede opening in capitals ("MAYO County Council"), curly quotes with ’
#    apostrophes, British punctuation outside fragments, "Cllr", "(Ind)"/"(FF)", fadas, a German visitor.
ARTICLES[f"{BATCH}/keem-bay-camper-van-ban.gold.json"] = {
    "article": f"{BATCH}/keem-bay-camper-van-ban.txt",
    "target": "Mayo County Council",
    "quotes": [
        (P, "Mayo County Council", "unsustainable", None),
        (I, "Seán Geraghty", "the number of vans at Keem had more than doubled since 2022", None),
        (D, "Seán Geraghty", "On a good weekend in July, you could have 80 vans on a car park built for 40 cars. There "
            "is no water, no toilets and no waste facilities out there,", None),
        (D, "Seán Geraghty", "Something has to give.", None),
        (S, None, "Wild Atlantic Way effect", None),
        (I, "Rose Gallagher", "she supported the ban", None),
        (P, "Rose Gallagher", "asleep at the wheel", None),
        (D, "Rose Gallagher", "We’ve been asking for proper facilities at Keem since before Covid. Now, instead of "
            "providing them, the council is going to fine people,", None),
        (P, "Brendan Ó Máille", "a first step, not the last word", None),
        (I, "Brendan Ó Máille", "the council would look at providing a serviced site for motorhomes elsewhere on the "
            "island", None),
        (P, "Niamh Lavelle", "split", None),
        (D, "Niamh Lavelle", "Some people see the vans as freeloaders, others see them as customers. The truth is "
            "somewhere in between,", None),
        (I, "Jürgen Vogel", "he would respect the ban if it came in", None),
        (D, "Jürgen Vogel", "But I will go somewhere else, and I will spend my money somewhere else,", None),
        (I, "An Taisce", "it welcomed the proposal", None),
        (I, "An Taisce", "Keem as one of the most sensitive coastal sites in the county", None),
    ],
    "actors": [
        actor("Mayo County Council", "government", title="county council", aliases=["Mayo County Council"], stance=1),
        actor("Seán Geraghty", "person", title="Director of Services for Roads", affiliation="Mayo County Council",
              aliases=["Seán Geraghty", "Geraghty"], stance=1),
        actor("Rose Gallagher", "person", title="councillor (Independent), Achill", affiliation="Mayo County Council",
              aliases=["Rose Gallagher", "Cllr Rose Gallagher", "Gallagher"], stance=0),
        actor("Brendan Ó Máille", "person", title="Cathaoirleach of the West Mayo Municipal District (Fianna Fáil)",
              affiliation="Mayo County Council", aliases=["Brendan Ó Máille", "Cllr Brendan Ó Máille", "Ó Máille"],
              stance=1),
        actor("Niamh Lavelle", "person", title="chairperson", affiliation="Achill Tourism",
              aliases=["Niamh Lavelle", "Ms Lavelle", "Lavelle"], stance=0),
        actor("Jürgen Vogel", "person", title="retired teacher, visitor from Freiburg",
              aliases=["Jürgen Vogel", "Vogel"], stance=-1),
        actor("An Taisce", "organisation", title="heritage and environment trust", aliases=["An Taisce"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Sudbury Star culture (the francophone theatre's artistic director steps down), headline without
#    speech, deck with a straight single fragment attributed to "Landry", byline, straight quotes, AP
#    punctuation inside a fragment ("a fearless programmer."), a councillor sharing the target's surname.
ARTICLES[f"{BATCH}/tno-artistic-director-landry-steps-down.gold.json"] = {
    "article": f"{BATCH}/tno-artistic-director-landry-steps-down.txt",
    "target": "Geneviève Landry",
    "quotes": [
        (P, "Geneviève Landry", "a new voice", "Landry says it is time"),
        (I, "Théâtre du Nouvel-Ontario", "Geneviève Landry, who has led Théâtre du Nouvel-Ontario since 2014, will step "
            "down at the end of the current season", None),
        (I, "Geneviève Landry", "she had been thinking about leaving since the pandemic and that she wanted to make room "
            "for a younger artist", None),
        (D, "Geneviève Landry", "Twelve years is a long time for one person to decide what a community sees on its stage. "
            "Sudbury deserves a new voice, and so does TNO,", None),
        (D, "Geneviève Landry", "I am not retiring. I am just getting out of the way.", None),
        (I, "Marc-André Séguin", "Landry had transformed the company, doubling its subscriber base and taking three "
            "productions on tour to Quebec and France", None),
        (D, "Marc-André Séguin", "She leaves us in the best shape we have been in for 50 years,", None),
        (I, "Marc-André Séguin", "the board would launch an international search for a successor in the new year", None),
        (S, None, "kitchen table", None),
        (P, "Chantal Bisaillon", "a fearless programmer.", None),
        (D, "Chantal Bisaillon", "She put miners, nurses and teenagers from the Valley on a professional stage, in their "
            "own French, and she never apologized for it,", None),
        (I, "Yves Cloutier", "Landry had done a great deal for the company", None),
        (P, "Yves Cloutier", "played it safe", None),
        (I, "A former member of the company's acting ensemble", "Landry could be demanding to work with", None),
        (D, "A former member of the company's acting ensemble", "Everybody respected her. Not everybody enjoyed her "
            "rehearsals,", None),
        (P, "Joscelyne Landry", "an anchor", None),
        (D, "Joscelyne Landry", "When people come downtown for a show, they stay for dinner. That matters to every "
            "business on Elgin Street,", None),
    ],
    "actors": [
        actor("Geneviève Landry", "person", title="artistic director", affiliation="Théâtre du Nouvel-Ontario",
              aliases=["Geneviève Landry", "Landry"], stance=1),
        actor("Théâtre du Nouvel-Ontario", "organisation", title="francophone theatre company",
              aliases=["Théâtre du Nouvel-Ontario", "TNO"], stance=None),
        actor("Marc-André Séguin", "person", title="Board president", affiliation="Théâtre du Nouvel-Ontario",
              aliases=["Marc-André Séguin", "Séguin"], stance=1),
        actor("Chantal Bisaillon", "person", title="playwright", aliases=["Chantal Bisaillon", "Bisaillon"], stance=1),
        actor("Yves Cloutier", "person", title="French literature teacher", affiliation="Laurentian University",
              aliases=["Yves Cloutier", "Cloutier"], stance=0),
        actor("A former member of the company's acting ensemble", "person", title="anonymous former actor",
              affiliation="Théâtre du Nouvel-Ontario", aliases=["A former member of the company's acting ensemble"],
              stance=0),
        actor("Joscelyne Landry", "person", title="Ward 12 councillor", affiliation="City of Greater Sudbury",
              aliases=["Joscelyne Landry", "Coun. Joscelyne Landry", "Landry"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
