"""Build the test59 gold files (data/eval/test59/*.gold.json) from the annotation specs below.

Held out like ../test/: do not read while tuning. Same approach as data/eval/dev59/build_gold.py,
importing the helpers (actor from data/eval/build_gold.py, write_all from data/eval/write_gold.py):
each quote is given by its exact text and, when that text occurs more than once, by an anchor (a
string occurring exactly once in the article) from whose start the text is searched. Run from
anywhere:  python3 data/eval/test59/build_gold.py  then  python3 data/eval/check_batch.py
data/eval/test59.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test59"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Hromadske (English) (occupation authorities decree the seizure of farmland), headline without
#    speech, "Author:" and date lines, curly quotes and apostrophes, photo caption "Photo: Hromadske",
#    "Read more:" line. Lede content before "Ukraine's Ministry of Agrarian Policy and Food said";
#    Russian-installed administration "declaring the land "ownerless"" (partial); scare so-called
#    "registration window"; deputy minister quote split by "told Hromadske"; "Hrytsai said A and that B"
#    (one span); Moscow-appointed head "defended the decree" (act), "He said the land had been "..." and
#    would be handed over to "..." who ..." (two partials), quote split by "Korolyov said"; Russian
#    Foreign Ministry "said in a statement that the measures were "..." of what it called ..., and
#    accused Kyiv of "..."" (two partials); farmer "said she had learned A", quote split by "she said";
#    economist sharing the farmer's surname "According to Oleh Bondar, ..., A", "he said", "The economist
#    added that B"; anonymous diplomat "said the seizures "..." in Brussels" (partial only).
ARTICLES[f"{BATCH}/zaporizhzhia-farmland-seizure-decree.gold.json"] = {
    "article": f"{BATCH}/zaporizhzhia-farmland-seizure-decree.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Agrarian Policy and Food", "Russian occupation authorities in the Zaporizhzhia region have "
            "ordered the seizure of about 40,000 hectares of farmland belonging to Ukrainians who left after the "
            "full-scale invasion", None),
        (P, "Russian-installed administration", "ownerless", "declaring the land"),
        (S, None, "registration window", None),
        (D, "Mykola Hrytsai", "This is theft dressed up as paperwork,", None),
        (D, "Mykola Hrytsai", "Nobody can travel from Zaporizhzhia or Kyiv to Melitopol to register their own field. "
            "The occupiers know that perfectly well.", None),
        (I, "Mykola Hrytsai", "the ministry had already recorded more than 1,200 complaints from landowners and that the "
            "documents would be passed to the Prosecutor General\u2019s Office", None),
        (P, "Andrei Korolyov", "abandoned for three seasons", None),
        (P, "Andrei Korolyov", "responsible farmers", None),
        (D, "Andrei Korolyov", "Anyone who lives on this land and works it honestly has nothing to fear,", None),
        (D, "Andrei Korolyov", "But fields cannot stand empty while their owners sit in Kyiv or in Europe.", None),
        (P, "Russian Foreign Ministry", "an internal matter", None),
        (P, "Russian Foreign Ministry", "spreading fakes", None),
        (I, "Nadiia Bondar", "she had learned about the decree from a neighbour\u2019s message on Telegram", None),
        (D, "Nadiia Bondar", "My father got this land back in 1992. Now a man I have never seen is going to take it "
            "because I did not come to his office with my passport,", None),
        (D, "Nadiia Bondar", "Of course I will not go. They would arrest me at the first checkpoint.", None),
        (I, "Oleh Bondar", "at least 2.5 million hectares of Ukrainian farmland remain under Russian occupation", None),
        (D, "Oleh Bondar", "The pattern is the same one we saw in Crimea after 2014. First the land is declared "
            "ownerless, then it goes to people close to the administration, then it is sold on,", None),
        (I, "Oleh Bondar", "grain from seized fields was often shipped through occupied Berdiansk and relabelled as "
            "Russian", None),
        (P, "A Western diplomat in Kyiv", "will not go unnoticed", None),
    ],
    "actors": [
        actor("Ministry of Agrarian Policy and Food", "government", title="ministry", affiliation="Ukraine",
              aliases=["Ministry of Agrarian Policy and Food"], stance=-1),
        actor("Russian-installed administration", "government", title="occupation administration of the region",
              affiliation="Russia", aliases=["Russian-installed administration"], stance=1),
        actor("Mykola Hrytsai", "person", title="Deputy Minister of Agrarian Policy", affiliation="Ukraine",
              aliases=["Mykola Hrytsai", "Hrytsai"], stance=-1),
        actor("Andrei Korolyov", "person", title="Moscow-appointed head of the occupied part of the region",
              affiliation="Russia", aliases=["Andrei Korolyov", "Korolyov"], stance=1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Nadiia Bondar", "person", title="farmer", aliases=["Nadiia Bondar", "Bondar"], stance=-1),
        actor("Oleh Bondar", "person", title="agricultural economist", affiliation="Kyiv School of Economics",
              aliases=["Oleh Bondar", "Bondar"], stance=-1),
        actor("A Western diplomat in Kyiv", "person", title="anonymous Western diplomat",
              aliases=["A Western diplomat in Kyiv"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fastmarkets (a nickel sulfate plant goes on care and maintenance), headline without speech,
#    "By", city and "December 4, 2026 16:32 GMT" lines, straight " and apostrophes, price assessment
#    paragraph, crossheads, "What to read next:" line. Lede content before "the company said on Thursday
#    December 3, becoming ..."; managing director quote split by "... said on a call with analysts"; "Bell
#    said the company expected ... "..." and that B" (partial plus indirect); "Tarrant blamed what it
#    described as a "..."" (partial); scare so-called "green premium"; anonymous trader "said A", quote
#    split by "the trader said"; second source "told Fastmarkets that A and was now ..." (one span), "he
#    said"; analyst "said A", "she said"; union "said the company had given workers "..."" (partial only);
#    branch secretary named after the quote; minister "said the state government was "..." by the
#    decision, and that B" (partial plus indirect). Not annotated: the price assessment.
ARTICLES[f"{BATCH}/kambalda-nickel-sulfate-plant-idled.gold.json"] = {
    "article": f"{BATCH}/kambalda-nickel-sulfate-plant-idled.txt",
    "target": "Tarrant Minerals",
    "quotes": [
        (I, "Tarrant Minerals", "Australia-listed Tarrant Minerals will place its Kambalda nickel sulfate plant in "
            "Western Australia on care and maintenance from January", None),
        (D, "Grant Bell", "We have done everything we can to keep Kambalda running, but at current prices every tonne we "
            "produce loses money,", None),
        (D, "Grant Bell", "We are not prepared to keep burning shareholders' cash while we wait for the market to turn.",
            None),
        (P, "Grant Bell", "at least 18 months", None),
        (I, "Grant Bell", "around 140 of the site's 210 employees would lose their jobs", None),
        (P, "Tarrant Minerals", "structural surplus", None),
        (S, None, "green premium", None),
        (I, "A nickel trader in Singapore", "the closure would do little to tighten the market", None),
        (D, "A nickel trader in Singapore", "Kambalda is a rounding error next to what is coming out of Sulawesi,", None),
        (D, "A nickel trader in Singapore", "If anything, people will read this as a sign that more Western capacity is "
            "going to go the same way.", None),
        (I, "A second source", "his company had bought Tarrant material under a term contract for 2027 and was now "
            "looking for replacement tonnes", None),
        (D, "A second source", "It is disappointing, but nobody is surprised. They were the highest-cost unit in our "
            "supply chain,", None),
        (I, "Cristina Luz", "the outlook for prices in 2027 remained weak", None),
        (D, "Cristina Luz", "We expect the market to stay in surplus through 2028, so we would not be surprised to see "
            "further announcements like Tarrant's in the coming months,", None),
        (P, "Australian Workers' Union", "less than a month's notice", None),
        (D, "Dean Whitlock", "These are people with mortgages in Kambalda and Kalgoorlie. Tarrant took millions in state "
            "support, and now it is walking away,", None),
        (P, "Kate Rooney", "disappointed", None),
        (I, "Kate Rooney", "it would work with the company on a plan to restart the plant once prices recovered", None),
    ],
    "actors": [
        actor("Tarrant Minerals", "organisation", title="nickel producer", aliases=["Tarrant Minerals", "Tarrant"],
              stance=1),
        actor("Grant Bell", "person", title="managing director", affiliation="Tarrant Minerals",
              aliases=["Grant Bell", "Bell"], stance=1),
        actor("A nickel trader in Singapore", "person", title="anonymous nickel trader",
              aliases=["A nickel trader in Singapore"], stance=0),
        actor("A second source", "person", title="anonymous source at a South Korean precursor producer",
              aliases=["A second source"], stance=0),
        actor("Cristina Luz", "person", title="nickel analyst", affiliation="Fastmarkets",
              aliases=["Cristina Luz", "Luz"], stance=0),
        actor("Australian Workers' Union", "organisation", title="union", aliases=["Australian Workers' Union"],
              stance=-1),
        actor("Dean Whitlock", "person", title="WA branch secretary", affiliation="Australian Workers' Union",
              aliases=["Dean Whitlock", "Whitlock"], stance=-1),
        actor("Kate Rooney", "person", title="Mines and Petroleum Minister", affiliation="Western Australia",
              aliases=["Kate Rooney", "Rooney"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Orcadian local news (an island primary school faces mothballing), headline without speech,
#    byline and "Thursday, December 3, 2026" line, straight " and apostrophes, "Ms"/"Mr"/"Cllr". Lede
#    "are preparing to fight plans" (no speech); a committee report "recommends" (not a speech cue); scare
#    "learning estate" review; director "said in the report that A and that B" (one span), quote split by
#    "Ms Rendall told The Orcadian", "She added that C"; parent "said the plan would mean ... "..." getting
#    to ..." (partial only), a question quote with "she said" and a quote-only paragraph; community
#    council chairman named Rich "said A", quote with "Mr Rich said"; councillor "said A" then "described
#    the proposal as "..." for an island that was "..."" (two partials); committee chairman "said A and that
#    members would "..." to ..." (indirect plus partial), quote split by "he said".
ARTICLES[f"{BATCH}/flotta-school-mothballing.gold.json"] = {
    "article": f"{BATCH}/flotta-school-mothballing.txt",
    "target": "Orkney Islands Council",
    "quotes": [
        (S, None, "learning estate", None),
        (I, "Marie Rendall", "the school's roll had fallen from 11 pupils in 2019 and that the cost per pupil was now "
            "more than \u00a360,000 a year", None),
        (D, "Marie Rendall", "Mothballing is not closure,", None),
        (D, "Marie Rendall", "The building will be maintained, and if families with young children move to the island, "
            "the school can reopen.", None),
        (I, "Marie Rendall", "the council would pay for an escort to travel on the ferry with the youngest pupils", None),
        (P, "Gemma Sinclair", "nearly three hours a day", None),
        (D, "Gemma Sinclair", "In the winter the ferry gets cancelled half the time. What happens to my boys when they're "
            "stuck at Houton at four o'clock in the dark?", None),
        (D, "Gemma Sinclair", "Close the school and you close the island. No young family is going to move here if "
            "there's no school.", None),
        (I, "Billy Rich", "the community had not been properly consulted", None),
        (D, "Billy Rich", "The first we heard of it was when the report went up on the council website on Friday,",
            None),
        (I, "Freya Hourston", "she would vote against the recommendation", None),
        (P, "Freya Hourston", "a false economy", None),
        (P, "Freya Hourston", "already fighting for its future", None),
        (I, "Ivan Tulloch", "no decision had been taken", None),
        (P, "Ivan Tulloch", "listen carefully", None),
        (D, "Ivan Tulloch", "We have a duty to every child in Orkney, including the ones on Flotta, and to the council "
            "tax payer,", None),
        (D, "Ivan Tulloch", "Nobody on this committee wants to see a school close.", None),
    ],
    "actors": [
        actor("Marie Rendall", "person", title="corporate director for education", affiliation="Orkney Islands Council",
              aliases=["Marie Rendall", "Rendall", "Ms Rendall"], stance=1),
        actor("Gemma Sinclair", "person", title="Flotta parent", aliases=["Gemma Sinclair", "Sinclair"], stance=-1),
        actor("Billy Rich", "person", title="Flotta Community Council chairman",
              affiliation="Flotta Community Council", aliases=["Billy Rich", "Rich", "Mr Rich"], stance=-1),
        actor("Freya Hourston", "person", title="councillor for the South Isles ward",
              affiliation="Orkney Islands Council", aliases=["Freya Hourston", "Hourston"], stance=-1),
        actor("Ivan Tulloch", "person", title="committee chairman", affiliation="Orkney Islands Council",
              aliases=["Ivan Tulloch", "Tulloch", "Cllr Ivan Tulloch"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. SportsPro (a league commissioner defends a streaming deal), headline and standfirst without
#    speech, "Author:" and date lines, curly quotes and apostrophes, crossheads, "READ MORE:" line.
#    Commissioner "saying it would bring ... "..." even as ..." (partial); scare so-called "super-app"
#    strategy; content before "according to Nielsen"; "Speaking at ..., Whitford-Ito said A"; quote split
#    by "she said"; "She added that B"; owner "said the league had "..." and that C" (partial plus
#    indirect), quote split by "King said"; anonymous owners "told SportsPro they had "..." about ..."
#    (partial only), "Both said D"; platform spokesperson "said the platform was "..." to the PBL and that
#    E" (partial plus indirect); players' union chief "said A", "he said"; consultant's quote before
#    "said Morgan Best, managing director of ...".
ARTICLES[f"{BATCH}/pbl-strata-streaming-commissioner.gold.json"] = {
    "article": f"{BATCH}/pbl-strata-streaming-commissioner.txt",
    "target": "Dana Whitford-Ito",
    "quotes": [
        (P, "Dana Whitford-Ito", "closer to the fans who actually watch it", None),
        (S, None, "super-app", None),
        (I, "Nielsen", "Average audiences for the opening six rounds were down 41 per cent on the same period last year",
            None),
        (I, "Dana Whitford-Ito", "the numbers told only part of the story", None),
        (D, "Dana Whitford-Ito", "Linear ratings measure one screen in one room. Our fans are on their phones, on their "
            "laptops, watching clips at two in the morning,", None),
        (D, "Dana Whitford-Ito", "When we count all of that, our total audience is up, not down.", None),
        (I, "Dana Whitford-Ito", "Strata would publish full-season streaming data in March", None),
        (P, "Rex King", "traded reach for revenue", None),
        (I, "Rex King", "sponsors were already asking questions", None),
        (D, "Rex King", "I\u2019ve had two of our three biggest partners on the phone this month. They signed up for "
            "free-to-air eyeballs,", None),
        (D, "Rex King", "Dana is a smart operator, but this one needs a second look.", None),
        (P, "Two other owners", "serious concerns", None),
        (I, "Two other owners", "they would raise it at the league\u2019s board meeting in February", None),
        (P, "Strata", "fully committed", None),
        (I, "Strata", "it had added a free highlights channel in response to feedback from fans", None),
        (I, "Tomasi Vainikolo", "players were split on the move", None),
        (D, "Tomasi Vainikolo", "Some of the guys like that their games are on an app their mates already use. Others are "
            "worried nobody back home can see them play,", None),
        (D, "Morgan Best", "Every league that has gone behind a paywall has taken a ratings hit in year one. The question "
            "is whether Whitford-Ito has the patience, and the backing, to get to year three,", None),
    ],
    "actors": [
        actor("Dana Whitford-Ito", "person", title="PBL commissioner", affiliation="Pacific Basketball League",
              aliases=["Dana Whitford-Ito", "Whitford-Ito"], stance=1),
        actor("Nielsen", "organisation", title="ratings agency", aliases=["Nielsen"], stance=None),
        actor("Rex King", "person", title="owner of the Christchurch Comets", affiliation="Christchurch Comets",
              aliases=["Rex King", "King"], stance=-1),
        actor("Two other owners", "group", title="anonymous franchise owners", affiliation="Pacific Basketball League",
              aliases=["Two other owners"], stance=-1),
        actor("Strata", "organisation", title="streaming platform (its spokesperson)", aliases=["Strata"], stance=1),
        actor("Tomasi Vainikolo", "person", title="chief executive", affiliation="PBL Players\u2019 Association",
              aliases=["Tomasi Vainikolo", "Vainikolo"], stance=0),
        actor("Morgan Best", "person", title="managing director", affiliation="Fieldhouse Media",
              aliases=["Morgan Best", "Best"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
