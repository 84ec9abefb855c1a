"""Build the dev195 gold files (data/eval/dev195/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev195/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev195.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev195"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Tatoli (Timor-Leste's state news agency, English service) health (a dengue outbreak in Dili),
#    headline without speech, dateline "DILI, 3 December 2026 (TATOLI) –", straight " and apostrophes,
#    "Journalist:" / "Editor:" lines at the end; lede content before "according to data from the Ministry
#    of Health"; minister "said on Wednesday that A, and that fogging teams were working "..." in ..."
#    (indirect plus partial only), quote with "the minister told reporters"; hospital director "said A",
#    quote with "he said" and a quote-only paragraph; anonymous nurse "who asked not to be named ...,
#    told Tatoli that A"; ministry statement "said A and that B" (one span); MP "told the plenary that the
#    Government had "..." to act" (partial only), "He said A"; scare so-called "Clean Friday" (households
#    "are asked to ...": a directive, not annotated); "residents said A"; mother's quote split by "said
#    Maria da Conceição Pinto, 45, whose ..."; WHO representative "said A and was supporting ..." (one
#    span), quote with "she said".
ARTICLES[f"{BATCH}/dili-dengue-outbreak.gold.json"] = {
    "article": f"{BATCH}/dili-dengue-outbreak.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Ministry of Health", "The number of dengue cases recorded in Dili municipality since October has risen to "
            "1,240, including nine deaths", None),
        (I, "Odete Sarmento", "the ministry had sent 120 additional health workers to community health centres in "
            "Becora, Comoro and Bidau", None),
        (P, "Odete Sarmento", "day and night", None),
        (D, "Odete Sarmento", "We are facing the worst outbreak since 2022, but the situation is under control. I ask "
            "families to clean their water containers every week and to bring children to the health centre at the "
            "first sign of fever,", None),
        (I, "Francisco Ximenes", "the paediatric ward was operating at twice its capacity, with two children sharing "
            "many of the beds", None),
        (D, "Francisco Ximenes", "Our nurses are exhausted. Some of them have worked 16 hours a day for three weeks,",
            None),
        (D, "Francisco Ximenes", "We asked the ministry for extra staff in September. They arrived last week.", None),
        (I, "nurse at HNGV", "the hospital had run out of intravenous fluids twice in November", None),
        (I, "Ministry of Health", "the shortage of intravenous fluids had been resolved with a shipment from Indonesia "
            "and that stocks were sufficient until March", None),
        (P, "Inocêncio Fernandes", "waited too long", None),
        (I, "Inocêncio Fernandes", "the fogging campaign had begun only after the first deaths were reported in late "
            "October", None),
        (S, None, "Clean Friday", None),
        (I, "residents", "they had not seen a fogging team in their street", None),
        (D, "Maria da Conceição Pinto", "Nobody came to spray here. We buy the mosquito coils ourselves,", None),
        (D, "Maria da Conceição Pinto", "He is better now, thank God, but three children on our street are still in "
            "hospital.", None),
        (I, "Nilufar Rahman", "the organisation had delivered 5,000 rapid test kits and was supporting the ministry's "
            "surveillance team with two epidemiologists", None),
        (D, "Nilufar Rahman", "The ministry's surveillance team has done good work in difficult conditions. Early "
            "testing is saving lives,", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", title="ministry", affiliation="Timor-Leste",
              aliases=["Ministry of Health", "the ministry"], stance=1),
        actor("Odete Sarmento", "person", title="Minister of Health", affiliation="Ministry of Health",
              aliases=["Odete Sarmento", "Sarmento", "the minister"], stance=1),
        actor("Francisco Ximenes", "person", title="Executive Director (Dr.)",
              affiliation="Guido Valadares National Hospital (HNGV)", aliases=["Francisco Ximenes", "Ximenes"],
              stance=-1),
        actor("nurse at HNGV", "person", title="nurse (anonymous)", affiliation="HNGV",
              aliases=["nurse at HNGV"], stance=-1),
        actor("Inocêncio Fernandes", "person", title="MP", affiliation="National Parliament",
              aliases=["Inocêncio Fernandes", "Fernandes"], stance=-1),
        actor("residents", "group", title="residents", affiliation="Becora", aliases=["residents"], stance=-1),
        actor("Maria da Conceição Pinto", "person", title="Becora resident, mother, 45", affiliation=None,
              aliases=["Maria da Conceição Pinto", "Pinto"], stance=-1),
        actor("Nilufar Rahman", "person", title="WHO Representative in Timor-Leste (Dr.)",
              affiliation="World Health Organization", aliases=["Nilufar Rahman", "Rahman"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. SportBusiness (sports business trade press) media rights (a handball league rejects rights bids and
#    goes direct-to-consumer), headline without speech, section / byline / date lines, straight " with
#    straight apostrophes, British punctuation outside closing marks for fragments, "€14m ($16.3m)";
#    lede content before "the league's chief executive, Kristian Holmgaard, has confirmed"; "told
#    SportBusiness that the best offer ... was "..." the current deal ..., understood to be worth ..."
#    (partial only; "understood to be" is the writer's); "Holmgaard said: "...` open at the end of its line
#    and a closed paragraph; content before "the league said in its announcement"; scare so-called
#    "freemium" model; broadcaster "said in a statement that it had submitted a "..." offer reflecting
#    "..." and that B" (two partials plus an indirect); club chairman "said he was "..." about ..."
#    (partial only), quote with "Wikström told SportBusiness"; sporting director named after her quote;
#    content before "according to media consultancy Carraway Media Analytics"; analyst "said A", quote
#    with "he said"; players' union "said A and would ..." (one span); "Holmgaard said A" at the end.
ARTICLES[f"{BATCH}/nordic-handball-league-ott.gold.json"] = {
    "article": f"{BATCH}/nordic-handball-league-ott.txt",
    "target": "Nordic Handball League",
    "quotes": [
        (I, "Kristian Holmgaard", "The Nordic Handball League has rejected all bids for its domestic media rights from "
            "the 2027-28 season and will instead stream every match on its own subscription platform", None),
        (P, "Kristian Holmgaard", "well below", None),
        (D, "Kristian Holmgaard", "We were not going to sell our product for less than it is worth, and the board agreed "
            "unanimously.", None),
        (D, "Kristian Holmgaard", "Handball fans are younger and more digital than the broadcasters think. We believe we "
            "can reach them directly, and keep the data.", None),
        (I, "Nordic Handball League", "Subscriptions to the platform, HandballPlay, will cost €7.99 a month or €59 for a "
            "season from August", None),
        (S, None, "freemium", None),
        (P, "NordSport", "strong and fair", None),
        (P, "NordSport", "the realities of the market", None),
        (I, "NordSport", "it regretted the league's decision", None),
        (P, "Anders Wikström", "worried", None),
        (D, "Anders Wikström", "Sponsors pay for eyeballs. If our matches disappear behind a paywall, some of them will "
            "walk away,", None),
        (D, "Ingrid Solheim", "For years we have been a line in a broadcaster's spreadsheet. Now we own the relationship "
            "with our fans,", None),
        (I, "Carraway Media Analytics", "Average audiences for league matches on NordSport fell 18 per cent last season, "
            "to about 61,000", None),
        (I, "Tom Ferris", "direct-to-consumer models had worked for only a handful of rights holders in Europe", None),
        (D, "Tom Ferris", "It can work. But the properties that have made it work had a big international fanbase "
            "first, and club handball doesn't have that yet,", None),
        (I, "Nordic Handball Players' Union", "it had not been consulted about the decision and would ask the league for "
            "guarantees on player image rights", None),
        (I, "Kristian Holmgaard", "the league would still consider selling non-exclusive highlights packages to "
            "broadcasters", None),
    ],
    "actors": [
        actor("Kristian Holmgaard", "person", title="chief executive", affiliation="Nordic Handball League",
              aliases=["Kristian Holmgaard", "Holmgaard"], stance=1),
        actor("Nordic Handball League", "organisation", title="handball league (Denmark, Norway, Sweden)",
              affiliation=None, aliases=["Nordic Handball League", "the league"], stance=0),
        actor("NordSport", "organisation", title="broadcaster (current rights holder)", affiliation=None,
              aliases=["NordSport"], stance=-1),
        actor("Anders Wikström", "person", title="chairman", affiliation="Lundby HK",
              aliases=["Anders Wikström", "Wikström"], stance=-1),
        actor("Ingrid Solheim", "person", title="sporting director", affiliation="Fjellhallen HK",
              aliases=["Ingrid Solheim", "Solheim"], stance=1),
        actor("Carraway Media Analytics", "organisation", title="media consultancy", affiliation=None,
              aliases=["Carraway Media Analytics", "Carraway"], stance=None),
        actor("Tom Ferris", "person", title="senior analyst", affiliation="Carraway Media Analytics",
              aliases=["Tom Ferris", "Ferris"], stance=0),
        actor("Nordic Handball Players' Union", "organisation", title="players' union", affiliation=None,
              aliases=["Nordic Handball Players' Union"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Times of Eswatini disaster (a hailstorm in Shiselweni), headline "NDMA 'too slow', say hail victims"
#    (straight single-quoted fragment, speaker the group the headline names), byline, dateline
#    "SHISELWENI –", straight " and apostrophes, "E2 million", British punctuation outside closing marks
#    for fragments; lede content before "the National Disaster Management Agency (NDMA) has said";
#    director "said A", "He said: "..."", "Motsa added"; "Victims in Lavumisa, however, said A" (the
#    headline's group); pensioner named after her first quote, then a paragraph with "she said"; scare
#    so-called "stick-and-mud"; MP "said the NDMA had "..." of Shiselweni and called on government to ..."
#    (partial only; the call is a directive); DPM's Office "said A and that the agency had responded "..."
#    ..." (indirect plus partial); "According to the Eswatini Meteorological Service, A"; Red Cross "said
#    A, and described coordination with the agency as "..."" (indirect plus partial); anonymous NDMA
#    official "who asked not to be named, told the Times of Eswatini that A", then "The official said A";
#    "The NDMA has urged residents ..." (directive, not annotated).
ARTICLES[f"{BATCH}/shiselweni-hailstorm-ndma.gold.json"] = {
    "article": f"{BATCH}/shiselweni-hailstorm-ndma.txt",
    "target": "National Disaster Management Agency",
    "quotes": [
        (P, "hail victims", "too slow", None),
        (I, "National Disaster Management Agency", "More than 300 homesteads were damaged and two people were injured "
            "when a violent hailstorm swept through parts of the Shiselweni Region on Thursday afternoon", None),
        (I, "Sibusiso Motsa", "the agency's assessment teams had so far recorded 317 damaged houses in the Hluti, "
            "Lavumisa and Somntongo areas, of which 46 had lost their roofs completely", None),
        (D, "Sibusiso Motsa", "Our teams were on the ground on Friday morning. The roads were blocked by fallen trees in "
            "some places, which is why it took time to reach everyone.", None),
        (D, "Sibusiso Motsa", "We have distributed tents and blankets to 120 families and more will be delivered this "
            "week,", None),
        (I, "hail victims", "they had spent two nights in the open before any relief arrived", None),
        (D, "Gcebile Nxumalo", "My house has no roof. I slept with my grandchildren at the neighbour's house, and the "
            "neighbour's roof is also leaking,", None),
        (D, "Gcebile Nxumalo", "Nobody from government came until Sunday. We were told to wait,", None),
        (S, None, "stick-and-mud", None),
        (P, "Mduduzi Simelane", "failed the people", None),
        (I, "Deputy Prime Minister's Office", "E2 million had been released from the National Disaster Relief Fund",
            None),
        (P, "Deputy Prime Minister's Office", "swiftly and professionally", None),
        (I, "Eswatini Meteorological Service", "hailstones the size of golf balls were reported in Hluti, and more "
            "thunderstorms are expected over the southern parts of the country this weekend", None),
        (I, "Baphalali Eswatini Red Cross Society", "its volunteers had been working alongside NDMA teams in Somntongo "
            "since Friday", None),
        (P, "Baphalali Eswatini Red Cross Society", "good", None),
        (I, "NDMA official", "the agency had only two trucks available for the whole region when the storm hit", None),
        (I, "NDMA official", "more trucks had since been borrowed from the Ministry of Public Works and Transport", None),
    ],
    "actors": [
        actor("hail victims", "group", title="residents affected by the hailstorm", affiliation="Lavumisa",
              aliases=["hail victims", "Victims"], stance=-1),
        actor("National Disaster Management Agency", "government", title="disaster agency", affiliation="Eswatini",
              aliases=["National Disaster Management Agency", "NDMA", "the agency"], stance=0),
        actor("Sibusiso Motsa", "person", title="NDMA Director", affiliation="National Disaster Management Agency",
              aliases=["Sibusiso Motsa", "Motsa"], stance=1),
        actor("Gcebile Nxumalo", "person", title="resident of Lavumisa, 67", affiliation=None,
              aliases=["Gcebile Nxumalo", "Nxumalo"], stance=-1),
        actor("Mduduzi Simelane", "person", title="Hluti Member of Parliament (MP)", affiliation="Parliament",
              aliases=["Mduduzi Simelane", "Simelane"], stance=-1),
        actor("Deputy Prime Minister's Office", "government", title="office overseeing the NDMA",
              affiliation="Eswatini government", aliases=["Deputy Prime Minister's Office"], stance=1),
        actor("Eswatini Meteorological Service", "government", title="weather service", affiliation="Eswatini",
              aliases=["Eswatini Meteorological Service"], stance=None),
        actor("Baphalali Eswatini Red Cross Society", "organisation", title="Red Cross society", affiliation=None,
              aliases=["Baphalali Eswatini Red Cross Society"], stance=1),
        actor("NDMA official", "person", title="official (anonymous)", affiliation="National Disaster Management Agency",
              aliases=["NDMA official", "The official"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. News is my Business (Puerto Rico business news) energy (the regulator investigates a private
#    power plant after outages), headline without speech, "By NAME | December 2, 2026 | Energy" line,
#    curly double marks with ’ apostrophes, "%"; lede content before "the regulator said Tuesday";
#    resolution "ordered the company to explain “...” ..." (a directive: partial only) "and said it could
#    impose fines ..." (indirect); chairman's quote before "PREB Chairman ... told News is my Business";
#    company "said it would “...” with the investigation" (partial only); general manager "said A, not
#    B" (one span), quote with "Ferré said in a phone interview", "He added that A and would B, and that C"
#    (one span); scare so-called “load relief,” (glossed); grid operator "said in a statement that A";
#    association president "said factories ... had lost “...” in ..." (partial only), quote with
#    "Oquendo said"; representative "called the power purchase agreement “...” and said she would file
#    ..." (partial plus indirect); resident named after her quote; "According to economist Irene Colón
#    Méndez, ..., A", quote with "she said"; PREPA "did not respond to a request for comment".
ARTICLES[f"{BATCH}/salinas-plant-outages-preb.gold.json"] = {
    "article": f"{BATCH}/salinas-plant-outages-preb.txt",
    "target": "Caribe Thermal Partners",
    "quotes": [
        (I, "Puerto Rico Energy Bureau", "The Puerto Rico Energy Bureau (PREB) has opened an investigation into Caribe "
            "Thermal Partners after two unplanned shutdowns at its 450-megawatt Salinas plant left more than 300,000 "
            "customers without power in November", None),
        (P, "Puerto Rico Energy Bureau", "the root causes", None),
        (I, "Puerto Rico Energy Bureau", "it could impose fines of up to $25,000 a day if it found that the plant’s units "
            "had not been properly maintained", None),
        (D, "Rafael Quiñones Vélez", "Puerto Rico cannot afford a generator that trips twice in one month. Customers "
            "deserve to know what happened, and so does this Bureau,", None),
        (P, "Caribe Thermal Partners", "cooperate fully", None),
        (I, "Daniel Ferré", "both shutdowns were caused by a failed transformer in the plant’s switchyard, not by a lack "
            "of maintenance", None),
        (D, "Daniel Ferré", "Our units have been available 94% of the time this year, above what the contract requires. "
            "These were two bad days in a good year,", None),
        (I, "Daniel Ferré", "a replacement transformer had been ordered from Mexico and would arrive in February, and "
            "that the plant would run at reduced capacity until then", None),
        (S, None, "load relief,", None),
        (I, "LUMA", "the Salinas shutdowns had removed nearly 15% of the island’s available generation at the evening "
            "peak", None),
        (P, "Yamil Oquendo", "millions", None),
        (D, "Yamil Oquendo", "Every time the lights go out in Salinas, a pharma line in Juncos stops. We need someone to "
            "be accountable, and that starts with the plant,", None),
        (P, "Marisol Acevedo Ríos", "a bad deal for ratepayers", None),
        (I, "Marisol Acevedo Ríos", "she would file a House resolution to review it", None),
        (D, "Noemí Cartagena", "We lost a whole fridge of food the week before Thanksgiving. Again,", None),
        (I, "Irene Colón Méndez", "the Salinas plant supplies about a fifth of the island’s baseload power", None),
        (D, "Irene Colón Méndez", "When Salinas sneezes, Puerto Rico catches a cold. The problem is that we have no spare "
            "capacity to absorb it,", None),
    ],
    "actors": [
        actor("Puerto Rico Energy Bureau", "government", title="energy regulator", affiliation="Puerto Rico",
              aliases=["Puerto Rico Energy Bureau", "PREB", "the regulator", "the bureau", "Bureau"], stance=-1),
        actor("Rafael Quiñones Vélez", "person", title="PREB Chairman", affiliation="Puerto Rico Energy Bureau",
              aliases=["Rafael Quiñones Vélez", "Quiñones Vélez", "Quiñones"], stance=-1),
        actor("Caribe Thermal Partners", "organisation", title="independent power producer (Salinas plant)",
              affiliation=None, aliases=["Caribe Thermal Partners", "Caribe Thermal", "the company"], stance=1),
        actor("Daniel Ferré", "person", title="general manager", affiliation="Caribe Thermal Partners",
              aliases=["Daniel Ferré", "Ferré"], stance=1),
        actor("LUMA", "organisation", title="private grid operator", affiliation="Puerto Rico",
              aliases=["LUMA"], stance=0),
        actor("Yamil Oquendo", "person", title="President", affiliation="Puerto Rico Manufacturers Association",
              aliases=["Yamil Oquendo", "Oquendo"], stance=-1),
        actor("Marisol Acevedo Ríos", "person", title="Rep., chair of the House Economic Development Committee",
              affiliation="House of Representatives", aliases=["Marisol Acevedo Ríos", "Acevedo Ríos"], stance=-1),
        actor("Noemí Cartagena", "person", title="retired teacher, Santa Isabel, 58", affiliation=None,
              aliases=["Noemí Cartagena", "Cartagena"], stance=-1),
        actor("Irene Colón Méndez", "person", title="economist", affiliation="Brújula Económica",
              aliases=["Irene Colón Méndez", "Colón Méndez"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
