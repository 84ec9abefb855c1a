"""Build the dev134 gold files (data/eval/dev134/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev134/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev134.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev134"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Bulawayo24 (a Russian-backed platinum project in Zimbabwe), headline without speech, "by Staff
#    Reporter" and "06 Dec 2026 at 07:14hrs | Views" lines, lede in capitals, straight " and apostrophes,
#    spaced hyphens as dashes, "Source - Bulawayo24" sign-off. Lede "A ... company says its ... project ...
#    will begin commercial production "..."" (partial only, the company); CEO "said A and would B" (one
#    span), split quote with "Semyonov said"; ambassador "described the project as "..."" (partial), quote
#    with "Voronin told journalists", "dismissed Western criticism" (act), Q&A "Asked whether ..., he
#    replied: "...""; deputy minister "said: "...""; residents "say A" (group); farmer quote before "said
#    Tendai Mhlanga, a 58-year-old farmer"; anonymous villager "said A but B" (one span); legislator named
#    Blessing "told Parliament ... that the Russians were being given "..." while ..." (partial only),
#    quote with "Chari said"; ZELA "said in a statement that A and that B", "According to ZELA, A"; CEO "said
#    the company had "..." and that B" (partial plus indirect); economist named Gift "pointed to ..." (act),
#    quote with "Dube said"; scare "Look East" policy.
ARTICLES[f"{BATCH}/darwendale-platinum-russia.gold.json"] = {
    "article": f"{BATCH}/darwendale-platinum-russia.txt",
    "target": "Russia",
    "quotes": [
        (P, "Volga-Dyke Platinum", "no later than the first quarter of 2028", None),
        (I, "Arkady Semyonov", "the company had already spent more than US$280 million on the project and would not "
            "walk away from Zimbabwe", None),
        (D, "Arkady Semyonov", "We have been patient, and Zimbabwe has been patient with us,", None),
        (D, "Arkady Semyonov", "The sanctions made everything slower - equipment, banking, insurance - but the money is "
            "now in place and the concentrator is 60 percent complete.", None),
        (P, "Mikhail Voronin", "a flagship of our economic partnership", None),
        (D, "Mikhail Voronin", "Russia does not come to Africa to take and leave. We come to build, and we stay,", None),
        (D, "Mikhail Voronin", "Look around you. Who else is building here? The people who imposed the sanctions are "
            "the same people who left.", None),
        (D, "Tafadzwa Moyo", "This project was stalled for a long time, and there were doubts. Those doubts are being "
            "answered.", None),
        (I, "residents of Mutorashanga ward", "they have not been told where they will go", None),
        (D, "Tendai Mhlanga", "They came with papers and maps, but no one has shown us the land. My grandfather is "
            "buried here. Who will pay for that?", None),
        (I, "Another villager", "company officials had promised boreholes two years ago but none had been drilled", None),
        (P, "Blessing Chari", "a blank cheque", None),
        (D, "Blessing Chari", "We are not against investment. We are against investment that treats our people as an "
            "obstacle,", None),
        (I, "Zimbabwe Environmental Law Association", "the project's environmental impact assessment had not been made "
            "public and that residents had a right to see it before any relocation took place", None),
        (I, "Zimbabwe Environmental Law Association", "at least two streams feeding the Manyame River run through the "
            "planned tailings area", None),
        (P, "Arkady Semyonov", "nothing to hide", None),
        (I, "Arkady Semyonov", "the assessment had been approved by the Environmental Management Agency in 2024", None),
        (D, "Gift Dube", "Platinum prices have recovered, which helps. But Russian companies still struggle to move money "
            "through the international banking system, and that does not go away because an ambassador gives a "
            "speech,", None),
        (S, None, "Look East", None),
    ],
    "actors": [
        actor("Volga-Dyke Platinum", "organisation", title="Russian-backed mining company", affiliation="Russia",
              aliases=["Volga-Dyke Platinum"], stance=1),
        actor("Arkady Semyonov", "person", title="chief executive", affiliation="Volga-Dyke Platinum",
              aliases=["Arkady Semyonov", "Semyonov"], stance=1),
        actor("Mikhail Voronin", "person", title="Russia's ambassador to Zimbabwe", affiliation="Russia",
              aliases=["Mikhail Voronin", "Voronin"], stance=1),
        actor("Tafadzwa Moyo", "person", title="Deputy Minister of Mines and Mining Development", affiliation="Zimbabwe",
              aliases=["Tafadzwa Moyo", "Moyo"], stance=1),
        actor("residents of Mutorashanga ward", "group", aliases=["residents of Mutorashanga ward"], stance=-1),
        actor("Tendai Mhlanga", "person", title="farmer", aliases=["Tendai Mhlanga", "Mhlanga"], stance=-1),
        actor("Another villager", "person", title="anonymous villager", aliases=["Another villager"], stance=-1),
        actor("Blessing Chari", "person", title="Mashonaland West legislator", affiliation="CCC",
              aliases=["Blessing Chari", "Chari"], stance=-1),
        actor("Zimbabwe Environmental Law Association", "organisation", title="environmental law group",
              aliases=["Zimbabwe Environmental Law Association", "ZELA"], stance=-1),
        actor("Gift Dube", "person", title="mining economist", aliases=["Gift Dube", "Dube"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Utility Week (Ofgem fines an energy supplier over smart prepayment meters), headline and standfirst
#    without speech, byline and date lines, straight " and apostrophes, "£14.2m", a crosshead without speech.
#    Lede "after finding ..." (not a cue); regulator "said its investigation found that Halden had "..."
#    missed ..." (partial only); director "said: "..." open at the end of its line, then a closed paragraph;
#    "Scott-Mills said A" (conditional inversion inside); CEO "said A", split quote with "Price said", "He
#    added that B"; Q&A "Asked by Utility Week whether ..., a Halden spokesperson said the payment had been
#    "..." in its accounts" (partial only); "Consumer groups welcomed the fine (act) but said A"; charity "said
#    A"; its director's split quote with "said Morgan Wilde, the charity's director ..."; trade body "said A and
#    that B" (one span); anonymous source "told Utility Week that Halden had been "..." after ..." (partial
#    only), then a quote with "the source said"; MP "said he would write ... asking why ...", "he said"; scare
#    "supplier resilience" reforms.
ARTICLES[f"{BATCH}/halden-energy-ofgem-fine.gold.json"] = {
    "article": f"{BATCH}/halden-energy-ofgem-fine.txt",
    "target": "Halden Energy",
    "quotes": [
        (P, "Ofgem", "repeatedly and knowingly", None),
        (D, "Cathryn Scott-Mills", "Prepayment customers are often the most vulnerable people on the system. When their "
            "meter stops working, they don't just lose a service, they lose heat and light.", None),
        (D, "Cathryn Scott-Mills", "Halden knew the scale of the problem and did not put enough engineers on the ground "
            "to fix it. That is simply not acceptable.", None),
        (I, "Cathryn Scott-Mills", "the penalty would have been higher had the company not cooperated with the "
            "investigation and agreed to settle at an early stage", None),
        (I, "Rowan Price", "the company accepted the findings in full", None),
        (D, "Rowan Price", "We let some of our customers down badly, and I am sorry,", None),
        (D, "Rowan Price", "We have since doubled the size of our field team and cut the average repair time from 19 days "
            "to under four.", None),
        (I, "Rowan Price", "every affected customer would be contacted by the end of January", None),
        (P, "Halden spokesperson", "fully provided for", None),
        (I, "Consumer groups", "it did not go far enough", None),
        (I, "Citizens Advice", "the case showed the regulator needed stronger powers to stop suppliers taking on "
            "customers they could not serve", None),
        (D, "Morgan Wilde", "A fine after the event is too little, too late for a family who spent a week in the cold,",
            None),
        (D, "Morgan Wilde", "Ofgem should be able to stop a supplier growing until it can look after the customers it "
            "already has.", None),
        (I, "Energy UK", "suppliers had installed more than 36 million smart meters and that the vast majority worked "
            "well", None),
        (P, "One industry source", "stretched thin", None),
        (D, "One industry source", "They grew faster than their systems could cope with, and everyone in the sector knew "
            "it,", None),
        (I, "Dan Oyelaran", "he would write to the regulator asking why the investigation had taken almost two years",
            None),
        (D, "Dan Oyelaran", "Ofgem has got there in the end, but it should not take two years to look into a problem "
            "every MP was hearing about from constituents,", None),
        (S, None, "supplier resilience", None),
    ],
    "actors": [
        actor("Ofgem", "organisation", title="energy regulator", aliases=["Ofgem"], stance=-1),
        actor("Cathryn Scott-Mills", "person", title="director of enforcement", affiliation="Ofgem",
              aliases=["Cathryn Scott-Mills", "Scott-Mills"], stance=-1),
        actor("Rowan Price", "person", title="chief executive", affiliation="Halden Energy",
              aliases=["Rowan Price", "Price"], stance=1),
        actor("Halden spokesperson", "person", title="spokesperson", affiliation="Halden Energy",
              aliases=["Halden spokesperson"], stance=1),
        actor("Consumer groups", "group", aliases=["Consumer groups"], stance=-1),
        actor("Citizens Advice", "organisation", title="charity", aliases=["Citizens Advice"], stance=-1),
        actor("Morgan Wilde", "person", title="director of energy policy", affiliation="Citizens Advice",
              aliases=["Morgan Wilde", "Wilde"], stance=-1),
        actor("Energy UK", "organisation", title="industry trade body", aliases=["Energy UK"], stance=None),
        actor("One industry source", "person", title="anonymous industry source", aliases=["One industry source"],
              stance=-1),
        actor("Dan Oyelaran", "person", title="Labour MP, Energy Security and Net Zero Committee member",
              affiliation="Labour", aliases=["Dan Oyelaran", "Oyelaran"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Clare Champion local news (a councillor's greenway plan angers farmers), headline with a straight
#    single fragment "Flanagan 'not for turning'", byline and date lines, lede in capitals, straight " and
#    apostrophes, fadas, "Cllr". Lede "a ... councillor has insisted he will not back down on ..."; landowners
#    "accused ... Flanagan of "..." the project" (partial); "told The Champion that the greenway would bring
#    "..." into ... and that B" (partial plus indirect); "he said", then a quote-only paragraph; landowners'
#    chairman John Flanagan (no relation: shared surname) "said A", quote with "the farmer stated", "He said
#    A"; farmer's quote with "she said" (her fears told without a cue); council "said in a statement that A
#    and that it was "..."" (indirect plus partial); "A council spokesperson added that A"; rival councillor
#    "said her colleague had "..." but needed to ..." (partial only), "she said"; "denied he had shouted at
#    anyone" (indirect), "he said"; café owner "said the greenway was "..." for a town ..." (partial
#    only), "she said". Not annotated: attendance, cost.
ARTICLES[f"{BATCH}/kilkee-greenway-flanagan.gold.json"] = {
    "article": f"{BATCH}/kilkee-greenway-flanagan.txt",
    "target": "Brendan Flanagan",
    "quotes": [
        (P, "Brendan Flanagan", "not for turning", "Greenway row"),
        (I, "Brendan Flanagan", "he will not back down on plans for a 14km greenway between Kilrush and Kilkee", None),
        (P, "Landowners", "steamrolling", None),
        (P, "Brendan Flanagan", "hundreds of thousands of euro", None),
        (I, "Brendan Flanagan", "concerns about trespass and dogs were being addressed", None),
        (D, "Brendan Flanagan", "I am not for turning on this. I have met every landowner who asked to meet me, and I "
            "will meet them again, but the people of Kilrush and Kilkee have waited long enough,", None),
        (D, "Brendan Flanagan", "Look at Waterford. Look at Achill. Nobody there wants to go back to the way things "
            "were.", None),
        (I, "John Flanagan", "farmers along the route had not been given enough information about fencing, access for "
            "machinery and compensation", None),
        (D, "John Flanagan", "Nobody in this hall is against tourism. But you cannot draw a line through a man's land on "
            "a map in Ennis and then tell him he's being unreasonable when he asks questions,", None),
        (I, "John Flanagan", "some landowners had first heard of the preferred route from a neighbour rather than the "
            "council", None),
        (D, "Mary Talty", "I've had ewes killed before. It's not a small thing,", None),
        (I, "Clare County Council", "no compulsory purchase orders were planned", None),
        (P, "Clare County Council", "committed to a voluntary, consent-based approach", None),
        (I, "A council spokesperson", "a revised route, avoiding four farms near Moyasta, would go on public display in "
            "February", None),
        (P, "Aoife Hynes", "done a lot of good work", None),
        (D, "Aoife Hynes", "Brendan's heart is in the right place. But there's a way of doing these things, and shouting "
            "at farmers on local radio isn't it,", None),
        (I, "Brendan Flanagan", "he had shouted at anyone", None),
        (D, "Brendan Flanagan", "I was passionate. That's different,", None),
        (P, "N\u00f3ra N\u00ed Mhurch\u00fa", "the best chance we've had in 20 years", None),
        (D, "N\u00f3ra N\u00ed Mhurch\u00fa", "Brendan is the only one who kept pushing it when everyone else gave up,",
            None),
    ],
    "actors": [
        actor("Brendan Flanagan", "person", title="Independent councillor", affiliation="Clare County Council",
              aliases=["Brendan Flanagan", "Flanagan", "Cllr Flanagan", "Cllr Brendan Flanagan", "Brendan"], stance=1),
        actor("Landowners", "group", aliases=["Landowners"], stance=-1),
        actor("John Flanagan", "person", title="chairman", affiliation="West Clare Landowners Group",
              aliases=["John Flanagan"], stance=-1),
        actor("Mary Talty", "person", title="farmer", aliases=["Mary Talty", "Talty"], stance=-1),
        actor("Clare County Council", "government", aliases=["Clare County Council"], stance=0),
        actor("A council spokesperson", "person", title="spokesperson", affiliation="Clare County Council",
              aliases=["A council spokesperson"], stance=0),
        actor("Aoife Hynes", "person", title="Fine Gael councillor", affiliation="Fine Gael",
              aliases=["Aoife Hynes", "Hynes", "Cllr Aoife Hynes"], stance=0),
        actor("N\u00f3ra N\u00ed Mhurch\u00fa", "person", title="Kilkee caf\u00e9 owner",
              aliases=["N\u00f3ra N\u00ed Mhurch\u00fa", "N\u00ed Mhurch\u00fa"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. APTN National News (a First Nation marks ten years under a boil-water advisory), headline without
#    speech, byline, "APTN News" and "Dec. 3, 2026" lines, straight " and apostrophes, Canadian punctuation
#    inside closing marks for fragments ("late summer 2027."), en dash. Chief's split quote with "Bird told
#    APTN News from ..."; department "says the plant will not be finished until "..."" (partial only);
#    spokesperson "In an emailed statement, ... said a contractor had run into "..." at the site and that B"
#    (partial plus indirect), "the statement said"; "Bird said he had heard that before" (indirect), "he
#    said"; minister not available (not speech); minister's office "said A and that Kinosew Lake remained
#    "..."" (indirect plus partial); elder "she said in Cree, through a translator"; grand chief named Keeper
#    "called the delay "..."" (partial), quote with "Keeper said at a news conference ...", "He said A"; water
#    operator Jordan Bird (the chief's nephew: shared surname) "said A", "he said"; closing split quote with
#    "Bird said". Not annotated: the bottled-water and infection sentence (no cue).
ARTICLES[f"{BATCH}/kinosew-lake-boil-water-isc.gold.json"] = {
    "article": f"{BATCH}/kinosew-lake-boil-water-isc.txt",
    "target": "Indigenous Services Canada",
    "quotes": [
        (D, "Marcel Bird", "I've shown it to three ministers now,", None),
        (D, "Marcel Bird", "Every one of them picked it up, looked at it, and promised me it would be fixed.", None),
        (P, "Indigenous Services Canada", "late summer 2027.", None),
        (P, "ISC spokesperson", "unforeseen geotechnical conditions", None),
        (I, "ISC spokesperson", "the department was working with the community to keep the project on track", None),
        (D, "ISC spokesperson", "We understand the frustration, and we share it,", None),
        (I, "Marcel Bird", "he had heard that before", None),
        (D, "Marcel Bird", "It's always the ground, or the weather, or the contractor. It's never them,", None),
        (I, "minister's office", "148 long-term advisories had been lifted since 2015", None),
        (P, "minister's office", "a priority.", None),
        (D, "Florence McKay", "Ottawa keeps saying next year. I'm 81. I want to drink from my own tap before I die,",
            None),
        (P, "Raymond Keeper", "a failure of will, not of engineering.", None),
        (D, "Raymond Keeper", "Canada can build a pipeline through muskeg when it wants to. Don't tell me it can't build "
            "a water plant,", None),
        (I, "Raymond Keeper", "the AMC would ask the Federal Court to enforce the terms of the 2021 class-action "
            "settlement, which committed Ottawa to lifting all long-term advisories", None),
        (I, "Jordan Bird", "the old plant runs 20 hours a day and breaks down about once a month", None),
        (D, "Jordan Bird", "I'm one guy with a wrench and a phone. When it goes down at two in the morning, I'm the one "
            "who goes. Nobody from Ottawa has ever come to see that,", None),
        (D, "Marcel Bird", "We're not asking for anything special,", None),
        (D, "Marcel Bird", "We're asking for what every town in Manitoba already has.", None),
    ],
    "actors": [
        actor("Marcel Bird", "person", title="Chief", affiliation="Kinosew Lake First Nation",
              aliases=["Marcel Bird", "Bird", "Chief Marcel Bird"], stance=-1),
        actor("Indigenous Services Canada", "government", title="federal department",
              aliases=["Indigenous Services Canada", "ISC"], stance=1),
        actor("ISC spokesperson", "person", title="spokesperson", affiliation="Indigenous Services Canada",
              aliases=["ISC spokesperson"], stance=1),
        actor("minister's office", "government", title="office of Indigenous Services Minister Anne-Marie Tremblay",
              affiliation="Government of Canada", aliases=["minister's office"], stance=1),
        actor("Florence McKay", "person", title="Elder", affiliation="Kinosew Lake First Nation",
              aliases=["Florence McKay", "McKay"], stance=-1),
        actor("Raymond Keeper", "person", title="Grand Chief", affiliation="Assembly of Manitoba Chiefs",
              aliases=["Raymond Keeper", "Keeper"], stance=-1),
        actor("Jordan Bird", "person", title="water operator", affiliation="Kinosew Lake First Nation",
              aliases=["Jordan Bird"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
