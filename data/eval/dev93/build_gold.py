"""Build the dev93 gold files (data/eval/dev93/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev93/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev93.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev93"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Polskie Radio (Radio Poland, English service) security/aviation (Poland blames Russia for GPS jamming that made
#    two LOT flights turn back), headline without quote marks (`Poland blames Russia ...`), caption with `Photo:
#    PAP/NAME`, `(gs/pm)` initials and `Source: IAR, PAP` sign-off, straight `"` and apostrophes (`chargé
#    d'affaires`), Polish names and diacritics; lede `has accused Russia of deliberately jamming ...` (no marks: not
#    annotated); minister's quote split by the attribution with the title before the name (`Deputy Defence Minister
#    Tomasz Wierzbicki told Polish Radio's Programme One ...`), the second stretch left open and continued by a
#    quote-only paragraph; `Wierzbicki said the ... had located ... "..." and that B` (partial plus indirect); content
#    before `, LOT said in a statement`; spokesman named after the quote; `According to the Polish Air Navigation
#    Services Agency (PAŻP), A`; anonymous military source `quoted by the PAP news agency, said A`; scare so-called
#    `"Kaliningrad blob"`; ministry `said it would summon ... to protest against what it called ...` (one span);
#    embassy `dismissed the accusations as "..." and said Poland had presented "..." to ...` (two partials);
#    Lithuanian ministry `said A, but that B` (one span); analyst `said A`, then `she told Radio Poland`.
ARTICLES[f"{BATCH}/russia-gps-jamming-lot-flights-divert.gold.json"] = {
    "article": f"{BATCH}/russia-gps-jamming-lot-flights-divert.txt",
    "target": "Russia",
    "quotes": [
        (D, "Tomasz Wierzbicki", "There is no doubt that the source of this interference is in the Kaliningrad "
            "region,", None),
        (D, "Tomasz Wierzbicki", "This is a hybrid action by the Russian Federation against the safety of civil "
            "aviation.", None),
        (D, "Tomasz Wierzbicki", "We will respond together with our allies, and we will not accept that passengers on "
            "Polish planes become hostages of Russian military games.", None),
        (P, "Tomasz Wierzbicki", "with high precision", None),
        (I, "Tomasz Wierzbicki", "the information had been passed on to NATO allies", None),
        (I, "LOT Polish Airlines", "The two flights, from Warsaw to Tallinn and from Gdańsk to Riga, lost their "
            "satellite positioning signal over the Bay of Gdańsk and returned to their departure airports as a "
            "precaution", None),
        (D, "Piotr Szymański", "Our crews are trained to fly without satellite navigation, and passengers were never "
            "in danger. But we cannot accept a situation in which this becomes part of everyday operations,", None),
        (I, "Polish Air Navigation Services Agency", "pilots reported more than 1,900 cases of GNSS interference in "
            "Polish airspace in February, almost twice as many as a year earlier", None),
        (I, "source in the Operational Command of the Polish Armed Forces", "the signals on Sunday had come from at "
            "least two sites near the Russian naval base in Baltiysk", None),
        (S, None, "Kaliningrad blob", None),
        (I, "Foreign Ministry in Warsaw", "it would summon Russia's chargé d'affaires to protest against what it called "
            "a threat to civilian lives", None),
        (P, "Russian embassy in Warsaw", "Russophobic fantasies", None),
        (P, "Russian embassy in Warsaw", "not a single piece of evidence", None),
        (I, "Ministry of Transport and Communications", "Lithuanian air traffic controllers had recorded similar "
            "interference on Sunday evening, but that no flights to or from Vilnius had been diverted", None),
        (I, "Marta Kowalczyk", "the interference was cheap for Moscow and difficult for NATO to answer without "
            "escalating the situation", None),
        (D, "Marta Kowalczyk", "The Kremlin is testing how much disruption the West will tolerate before it reacts. So "
            "far, the answer is: quite a lot,", None),
    ],
    "actors": [
        actor("Tomasz Wierzbicki", "person", title="Deputy Defence Minister", affiliation="Poland",
              aliases=["Tomasz Wierzbicki", "Wierzbicki"], stance=-1),
        actor("LOT Polish Airlines", "organisation", title="airline", aliases=["LOT Polish Airlines", "LOT"], stance=0),
        actor("Piotr Szymański", "person", title="spokesman", affiliation="LOT Polish Airlines",
              aliases=["Piotr Szymański", "Szymański"], stance=-1),
        actor("Polish Air Navigation Services Agency", "government", affiliation="Poland",
              aliases=["Polish Air Navigation Services Agency", "PAŻP"], stance=0),
        actor("source in the Operational Command of the Polish Armed Forces", "person",
              title="military source (anonymous)", affiliation="Polish Armed Forces",
              aliases=["source in the Operational Command of the Polish Armed Forces"], stance=-1),
        actor("Foreign Ministry in Warsaw", "government", affiliation="Poland", aliases=["Foreign Ministry in Warsaw"],
              stance=-1),
        actor("Russian embassy in Warsaw", "government", affiliation="Russia", aliases=["Russian embassy in Warsaw"],
              stance=1),
        actor("Ministry of Transport and Communications", "government", affiliation="Lithuania",
              aliases=["Ministry of Transport and Communications"], stance=0),
        actor("Marta Kowalczyk", "person", title="analyst", affiliation="Polish Institute of International Affairs (PISM)",
              aliases=["Marta Kowalczyk", "Kowalczyk"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Grocer (UK grocery trade weekly) suppliers/dairy (a northern grocer delists a dairy's butter lines in a cost
#    price row), headline with a straight single fragment `Pennine Creamery calls Hollins price demand 'unsustainable'`
#    (partial for the company it names as speaker), standfirst without speech, `By NAME` and date lines, straight `"`
#    in the body, straight apostrophes, British punctuation outside closing marks for fragments, `40p`, `250g`; `The
#    Grocer can reveal` (no speaker); managing director with her title before the name `said the demand was "..." at a
#    time when ...` (partial only); `Greaves told The Grocer`, then a closed quote-only paragraph (continuity);
#    company `said A`; spokesman `said: "..."`; `The retailer added that it had made Pennine "..." and that talks could
#    resume "..."` (two partials); scare so-called `"Price Lock"` campaign; content before `, according to Kantar`;
#    anonymous supplier `said A`, then `the supplier said`; union official `said A, and that retailers had to "..."
#    rather than ...` (indirect plus partial); content before `, according to retail analysts` (group); analyst named
#    after the quote, `But she warned that A`; company with a relative clause `said A`.
ARTICLES[f"{BATCH}/pennine-creamery-hollins-butter-delisting.gold.json"] = {
    "article": f"{BATCH}/pennine-creamery-hollins-butter-delisting.txt",
    "target": "Hollins",
    "quotes": [
        (P, "Pennine Creamery", "unsustainable", "price demand '"),
        (P, "Alison Greaves", "unsustainable", "the demand was"),
        (D, "Alison Greaves", "We have supplied Hollins for 31 years. We were given ten days to accept a cut that would "
            "have wiped out our margin on those lines entirely,", None),
        (D, "Alison Greaves", "We would rather lose the business than sell at a loss, and that is what has happened.",
            None),
        (I, "Pennine Creamery", "the three lines, including its 250g salted block and a 500g spreadable tub, accounted "
            "for about 12% of its annual sales", None),
        (D, "Hollins spokesman", "We regularly review our range to make sure we offer customers the best value. "
            "Customers will still find a wide choice of butters in our stores, including our own-label range, at "
            "prices that have come down since January.", None),
        (P, "Hollins", "a fair offer", None),
        (P, "Hollins", "at any time", None),
        (S, None, "Price Lock", None),
        (I, "Kantar", "Its market share slipped to 1.9% in the 12 weeks to 22 February", None),
        (I, "supplier to the chain", "Hollins had approached several dairy and bakery suppliers with similar demands "
            "since the start of the year", None),
        (D, "supplier to the chain", "They are trying to fund their price cuts out of our pockets,", None),
        (I, "Rob Hartley", "the row showed the pressure processors were under after two years of high feed and energy "
            "costs", None),
        (P, "Rob Hartley", "share the pain", None),
        (I, "retail analysts", "Mid-sized grocers were in a difficult spot", None),
        (D, "Natalie Brook", "Mid-sized grocers are being squeezed between the discounters and the big four. Hollins "
            "has to find the money for its price cuts somewhere,", None),
        (I, "Natalie Brook", "shoppers who could not find their favourite brand on the shelf were likely to take their "
            "whole basket elsewhere", None),
        (I, "Pennine Creamery", "it was now in talks with two other retailers about listing the products", None),
    ],
    "actors": [
        actor("Pennine Creamery", "organisation", title="Lancashire dairy", aliases=["Pennine Creamery", "Pennine"],
              stance=-1),
        actor("Alison Greaves", "person", title="managing director", affiliation="Pennine Creamery",
              aliases=["Alison Greaves", "Greaves"], stance=-1),
        actor("Hollins spokesman", "person", title="spokesman", affiliation="Hollins", aliases=["Hollins spokesman"],
              stance=1),
        actor("Hollins", "organisation", title="northern grocer", aliases=["Hollins", "The retailer"], stance=1),
        actor("Kantar", "organisation", title="market research firm", aliases=["Kantar"], stance=None),
        actor("supplier to the chain", "organisation", title="supplier (anonymous)", affiliation="Hollins supplier",
              aliases=["supplier to the chain", "the supplier"], stance=-1),
        actor("Rob Hartley", "person", title="NFU dairy board chair", affiliation="NFU",
              aliases=["Rob Hartley", "Hartley"], stance=-1),
        actor("retail analysts", "group", aliases=["retail analysts"], stance=None),
        actor("Natalie Brook", "person", title="retail analyst", affiliation="Shore Capital",
              aliases=["Natalie Brook", "Brook"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Japan News (The Yomiuri Shimbun's English edition) local politics (a city mayor's 12 million yen trip to
#    Italy), headline with a straight single fragment `Kurashiki mayor defends ... as 'necessary'` (partial for the
#    person it names), `The Yomiuri Shimbun` and `14:25 JST, March 4, 2027` lines, `KURASHIKI, Okayama —` dateline
#    running into the lede, straight `"` and apostrophes, American punctuation inside closing marks (`years."`, `expense."`), age in
#    commas (`Tanabe, 61,`); lede `calling it "..." to ...` (partial); content before `, according to the Kurashiki
#    Municipal Government`; scare `what is known in Japan as a "top sales" mission`; `At a regular news conference on
#    March 3, Tanabe said A, and that the results would become clear "..."` (indirect plus partial); quote split by
#    `Tanabe said`; documents that `show` (not a speaker); assembly member `said the itinerary looked like "..."`
#    (partial only), `Ishida said`; shared surname: `Takeshi Tanabe, a member of ... who is not related to the mayor,
#    said A`, `Takeshi Tanabe said`; citizens' group `said it was considering ...`; anonymous city official `said A,
#    and that B` (one span); professor `said A`, `Morimoto said`.
ARTICLES[f"{BATCH}/kurashiki-mayor-italy-trip.gold.json"] = {
    "article": f"{BATCH}/kurashiki-mayor-italy-trip.txt",
    "target": "Hiroshi Tanabe",
    "quotes": [
        (P, "Hiroshi Tanabe", "necessary", "Kurashiki mayor defends"),
        (P, "Hiroshi Tanabe", "necessary", "calling it"),
        (I, "Kurashiki Municipal Government", "The trip, in October last year, included visits to Venice, Florence and "
            "Rome", None),
        (S, None, "top sales", None),
        (I, "Hiroshi Tanabe", "the delegation had held meetings with travel agencies and tourism officials in all three "
            "cities", None),
        (P, "Hiroshi Tanabe", "over the next few years.", None),
        (D, "Hiroshi Tanabe", "I understand that the amount seems large to citizens,", None),
        (D, "Hiroshi Tanabe", "But if we want foreign visitors to stay longer in Kurashiki, we have to go to them and "
            "sell the city ourselves.", None),
        (P, "Yuko Ishida", "a sightseeing tour at taxpayers' expense.", None),
        (D, "Yuko Ishida", "The mayor should explain to citizens why a wine estate is an official destination,", None),
        (I, "Takeshi Tanabe", "the LDP group would demand a full breakdown of the expenses at the assembly's budget "
            "committee later this month", None),
        (D, "Takeshi Tanabe", "We are not against promoting the city overseas, but the mayor must show results,", None),
        (I, "Kurashiki Ombudsman", "it was considering filing a residents' audit request over the trip", None),
        (I, "official in the city's tourism promotion division", "the number of foreign overnight guests in the city "
            "rose 18% in the October-December quarter from a year earlier, and that several Italian tour operators had "
            "since added Kurashiki to their Japan itineraries", None),
        (I, "Yoko Morimoto", "such missions had become common among heads of local governments since overseas travel "
            "resumed after the coronavirus pandemic", None),
        (D, "Yoko Morimoto", "Trips like this can be useful, but only if the city publishes what it did and what it "
            "achieved. Otherwise, residents will only see the photos from Florence,", None),
    ],
    "actors": [
        actor("Hiroshi Tanabe", "person", title="Mayor", affiliation="Kurashiki",
              aliases=["Hiroshi Tanabe", "Tanabe", "Kurashiki mayor"], stance=1),
        actor("Kurashiki Municipal Government", "government", affiliation="Kurashiki",
              aliases=["Kurashiki Municipal Government"], stance=0),
        actor("Yuko Ishida", "person", title="municipal assembly member", affiliation="Japanese Communist Party",
              aliases=["Yuko Ishida", "Ishida"], stance=-1),
        actor("Takeshi Tanabe", "person", title="municipal assembly member", affiliation="Liberal Democratic Party",
              aliases=["Takeshi Tanabe"], stance=0),
        actor("Kurashiki Ombudsman", "group", title="citizens' group", aliases=["Kurashiki Ombudsman"], stance=-1),
        actor("official in the city's tourism promotion division", "person", title="city official (anonymous)",
              affiliation="Kurashiki Municipal Government",
              aliases=["official in the city's tourism promotion division"], stance=1),
        actor("Yoko Morimoto", "person", title="professor of tourism studies", affiliation="Okayama University",
              aliases=["Yoko Morimoto", "Morimoto"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Nyasa Times (Malawian online daily) energy (ESCOM extends load-shedding to 12 hours), headline with a curly single
#    fragment `Cama accuses ESCOM of ‘empty promises’` (partial for the organisation it names as speaker), `By NAME,
#    Nyasa Times` and date lines, curly `“ ”` and `’` apostrophes, `percent`, `4am`, `government` without article;
#    lede `has extended ..., saying A and that B` (participial cue, one span); `In a statement issued on Monday, ESCOM
#    said the new schedule would run “...” and apologised ...` (partial only; the apology is an act); spokesperson with
#    her title before the name `told Nyasa Times that the corporation was “...”` (partial only), `Banda said`;
#    Egenco `said in a separate statement that A`; Cama `accused ESCOM of making “...”` (partial); executive director
#    `said A`, `said Phiri` after the quote; workshop owner with a relative clause `said A`, then a quote-only
#    paragraph left open and a closed one (continuity); MCCCI `warned that A, and that B` (one span); scare so-called
#    `“smart load management”`; minister `told Parliament on Tuesday that A`, `Kumwenda said`; opposition spokesperson
#    in an apposition `described the situation as “...” for ...` (partial only).
ARTICLES[f"{BATCH}/escom-load-shedding-12-hours.gold.json"] = {
    "article": f"{BATCH}/escom-load-shedding-12-hours.txt",
    "target": "Electricity Supply Corporation of Malawi",
    "quotes": [
        (P, "Consumers Association of Malawi", "empty promises", "Cama accuses"),
        (I, "Electricity Supply Corporation of Malawi", "water levels in the Shire River had dropped sharply and that it "
            "could not find the foreign exchange to buy diesel for its standby generators", None),
        (P, "Electricity Supply Corporation of Malawi", "until further notice", None),
        (P, "Chikondi Banda", "doing everything possible", None),
        (D, "Chikondi Banda", "We are distributing what Egenco generates. When the hydro stations on the Shire produce "
            "less, there is simply less power to go round,", None),
        (I, "Electricity Generation Company", "output at its Nkula, Tedzani and Kapichira power stations had fallen to "
            "190 megawatts, against national demand of about 450 megawatts", None),
        (P, "Consumers Association of Malawi", "empty promises", "accused ESCOM of making"),
        (I, "Tamara Phiri", "the corporation had promised in November that load-shedding would end by Christmas", None),
        (D, "Tamara Phiri", "Every year it is the same story: the rains, the forex, the generators. Malawians are tired "
            "of excuses. Small businesses are closing because ESCOM cannot plan,", None),
        (I, "Yohane Mbewe", "he had lost half of his income since January", None),
        (D, "Yohane Mbewe", "Some days the power comes at midnight and goes at 4am. What can I weld at midnight?", None),
        (D, "Yohane Mbewe", "My two workers are at home. If this continues, I will have to let them go.", None),
        (I, "Malawi Confederation of Chambers of Commerce and Industry", "the blackouts could cut economic growth this "
            "year, and that manufacturers were spending up to 30 percent of their operating costs on diesel", None),
        (S, None, "smart load management", None),
        (I, "Grace Kumwenda", "government had secured a $20 million facility from its development partners to import "
            "fuel for the generators", None),
        (D, "Grace Kumwenda", "This is not ESCOM’s failure alone. It is the result of years of under-investment in "
            "generation, and we are fixing it,", None),
        (P, "Patricia Chirwa", "a national embarrassment", None),
    ],
    "actors": [
        actor("Consumers Association of Malawi", "organisation", title="consumer group",
              aliases=["Consumers Association of Malawi", "Cama"], stance=-1),
        actor("Electricity Supply Corporation of Malawi", "organisation", title="state power utility",
              aliases=["Electricity Supply Corporation of Malawi", "ESCOM", "the corporation"], stance=1),
        actor("Chikondi Banda", "person", title="spokesperson", affiliation="ESCOM",
              aliases=["Chikondi Banda", "Banda"], stance=1),
        actor("Electricity Generation Company", "organisation", title="state power generator",
              aliases=["Electricity Generation Company", "Egenco"], stance=0),
        actor("Tamara Phiri", "person", title="executive director", affiliation="Consumers Association of Malawi",
              aliases=["Tamara Phiri", "Phiri"], stance=-1),
        actor("Yohane Mbewe", "person", title="welding workshop owner", affiliation="Lilongwe (Area 25)",
              aliases=["Yohane Mbewe", "Mbewe"], stance=-1),
        actor("Malawi Confederation of Chambers of Commerce and Industry", "organisation",
              aliases=["Malawi Confederation of Chambers of Commerce and Industry", "MCCCI"], stance=-1),
        actor("Grace Kumwenda", "person", title="Minister of Energy", affiliation="Malawi government",
              aliases=["Grace Kumwenda", "Kumwenda"], stance=1),
        actor("Patricia Chirwa", "person", title="spokesperson on energy",
              affiliation="Democratic Progressive Party (DPP)", aliases=["Patricia Chirwa", "Chirwa"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
