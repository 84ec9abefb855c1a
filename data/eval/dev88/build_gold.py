"""Build the dev88 gold files (data/eval/dev88/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev88/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev88.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev88"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Economic Times (India) energy/business (Russian Urals discounts to Indian refiners narrow), headline without
#    speech, `Synopsis` standfirst without speech, `By NAME, ET Bureau` and `Last Updated: Dec 4, 2026, 09:42:00 PM
#    IST` lines, `NEW DELHI:` dateline running into the lede, straight `"` and apostrophes, `$1.80 a barrel`, `31%`;
#    lede content before `, according to ship-tracking and pricing data from Kpler`; anonymous executive: content
#    before `, a senior executive at a state-run refiner told ET, speaking on condition of anonymity`, quote with `the
#    executive said`, `He added that A`; trade representative in an apposition `said Russian companies were offering
#    "..." and that a term deal would shield Indian buyers from "..."` (two partials), quote with `Polyakov told ET`;
#    embassy `In a statement, ... said A and that energy "..." of the relationship` (indirect plus partial); deputy
#    minister `told the Rossiya 24 channel that Russian crude was in demand "..." and that B` (partial plus
#    indirect); `Also Read:` line; IOC `said in an exchange filing ... that it would "..." its crude basket ...`
#    (partial only); ministry `said A and that B` (one span); `Traders say A`; consultant named after the first
#    stretch (`said Gaurav Mehta, a partner at ...`), resumed; scare so-called `"price cap"` (writer's sentence);
#    `Mehta said A, but that B was "..."` (indirect plus partial); `did not respond to a request for comment`.
ARTICLES[f"{BATCH}/russia-urals-discount-indian-refiners.gold.json"] = {
    "article": f"{BATCH}/russia-urals-discount-indian-refiners.txt",
    "target": "Russia",
    "quotes": [
        (I, "Kpler", "Discounts on Russian Urals crude delivered to Indian ports have narrowed to about $1.80 a barrel "
            "for January-loading cargoes, the slimmest in two years", None),
        (I, "senior executive at a state-run refiner", "Russian sellers are pressing Indian Oil Corporation (IOC), "
            "Bharat Petroleum and Hindustan Petroleum to sign term contracts of at least 12 months instead of buying "
            "cargo by cargo", None),
        (D, "senior executive at a state-run refiner", "They want volume certainty. We want price certainty. And they "
            "should not assume we have nowhere else to go,", None),
        (I, "senior executive at a state-run refiner", "refiners had asked for a floor of $3 a barrel under any "
            "long-term arrangement", None),
        (P, "Viktor Polyakov", "predictable volumes at competitive prices", None),
        (P, "Viktor Polyakov", "the freight shocks of the spot market", None),
        (D, "Viktor Polyakov", "India is our most important partner in Asia after China. We are not in a hurry, and we "
            "are not going anywhere,", None),
        (I, "Russian Embassy", "bilateral trade had crossed $68 billion in the first ten months of the year", None),
        (P, "Russian Embassy", "remains the backbone", None),
        (P, "Yevgeny Kholodov", "in every direction", None),
        (I, "Yevgeny Kholodov", "there was no reason to cut prices for any single buyer", None),
        (P, "Indian Oil Corporation", "continue to optimise", None),
        (I, "petroleum ministry", "refiners were free to buy from any source on commercial terms and that the "
            "government did not set prices for them", None),
        (I, "Traders", "the narrowing reflects a global glut rather than any change of heart in Moscow", None),
        (D, "Gaurav Mehta", "Crude is cheap everywhere this winter, so the Russian barrel has simply lost its edge,",
            None),
        (D, "Gaurav Mehta", "At $1.80 off, a refiner has to ask whether the extra paperwork is worth it.", None),
        (S, None, "price cap", None),
        (I, "Gaurav Mehta", "refiners were unlikely to sign a full-year deal before March", None),
        (P, "Gaurav Mehta", "quite possible", None),
    ],
    "actors": [
        actor("Kpler", "organisation", title="ship-tracking and commodity data firm", aliases=["Kpler"], stance=0),
        actor("senior executive at a state-run refiner", "person", affiliation="Indian state-run refiner",
              aliases=["senior executive at a state-run refiner", "the executive"], stance=-1),
        actor("Viktor Polyakov", "person", title="Russia's trade representative in India", affiliation="Russia",
              aliases=["Viktor Polyakov", "Polyakov"], stance=1),
        actor("Russian Embassy", "government", affiliation="Russia", aliases=["Russian Embassy"], stance=1),
        actor("Yevgeny Kholodov", "person", title="Deputy Energy Minister", affiliation="Russia",
              aliases=["Yevgeny Kholodov", "Kholodov"], stance=1),
        actor("Indian Oil Corporation", "organisation", title="state-run refiner",
              aliases=["Indian Oil Corporation", "IOC"], stance=None),
        actor("petroleum ministry", "government", affiliation="India", aliases=["petroleum ministry"], stance=None),
        actor("Traders", "group", aliases=["Traders"], stance=0),
        actor("Gaurav Mehta", "person", title="partner", affiliation="FuelScape Advisors",
              aliases=["Gaurav Mehta", "Mehta"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. dpa (Deutsche Presse-Agentur) international wire, labour/transport (rail union EVG calls a warning strike at
#    Deutsche Bahn), headline without speech, `Berlin (dpa) -` dateline running into the lede, straight `"` and
#    apostrophes, `5.2-per-cent`, `4 am`; lede `has called a ... warning strike` (act); content before `, the union
#    said on Friday`; company `called the strike "..." and said its offer ... was "..." at a time when ...` (two
#    partials); personnel chief named after the first stretch (`said Deutsche Bahn's personnel chief Katrin
#    Hoffmann`), resumed; negotiator named Will (`EVG negotiator Marion Will rejected that account. Will said A`: the
#    surname, not the modal), quote split by `she told dpa`; `According to the union, A`; scare `known internally as
#    "Fokus 2027"`; passenger association `called on both sides to ...` (directive) `and said the rail operator's
#    "..." was already costing ...` (partial only); ministry spokesman `said A but expected "..."` (indirect plus
#    partial); DB Cargo `said A and expected B` (one span); economist `said A were "..." and that B` (partial plus
#    indirect), quote split by `Vogt said`; company `advised passengers to ...` (directive) `and said A`.
ARTICLES[f"{BATCH}/evg-warning-strike-deutsche-bahn.gold.json"] = {
    "article": f"{BATCH}/evg-warning-strike-deutsche-bahn.txt",
    "target": "Deutsche Bahn",
    "quotes": [
        (I, "EVG", "The walkout from 4 am to 8 am is expected to hit regional and long-distance services as well as "
            "freight and the S-Bahn systems in Berlin, Munich and Hamburg", None),
        (P, "Deutsche Bahn", "completely unnecessary", None),
        (P, "Deutsche Bahn", "fair and affordable", None),
        (D, "Katrin Hoffmann", "Customers are being punished for a dispute that could have been settled at the table,",
            None),
        (D, "Katrin Hoffmann", "We have made a good offer. The EVG has not moved an inch.", None),
        (I, "Marion Will", "the company's offer amounted to a real-terms pay cut for most of the 190,000 employees "
            "covered by the agreement, because the first increase would not take effect until next October", None),
        (D, "Marion Will", "Nine months with nothing, and then they tell us to be grateful,", None),
        (D, "Marion Will", "Our colleagues keep this railway running with old trains and broken signals. They are "
            "tired of hearing that there is no money.", None),
        (I, "EVG", "maintenance depots and ticket offices will also be affected", None),
        (S, None, "Fokus 2027", None),
        (P, "Pro Bahn", "chronic unreliability", None),
        (I, "spokesman for the Federal Transport Ministry", "the government did not interfere in collective "
            "bargaining", None),
        (P, "spokesman for the Federal Transport Ministry", "a quick agreement", None),
        (I, "DB Cargo", "it would give priority to deliveries to power plants and chemical sites during the stoppage "
            "and expected knock-on delays into Tuesday", None),
        (P, "Sabine Vogt", "part of the ritual", None),
        (I, "Sabine Vogt", "they did not mean a long dispute was coming", None),
        (D, "Sabine Vogt", "The two sides are not that far apart,", None),
        (D, "Sabine Vogt", "Deutsche Bahn will have to move on the start date, and the union will have to accept a "
            "longer term. Then you have a deal.", None),
        (I, "Deutsche Bahn", "tickets for affected trains could be used flexibly until Wednesday", None),
    ],
    "actors": [
        actor("EVG", "organisation", title="railway and transport union", affiliation="Germany",
              aliases=["EVG", "the union"], stance=-1),
        actor("Deutsche Bahn", "organisation", title="state-owned rail operator", affiliation="Germany",
              aliases=["Deutsche Bahn", "the company"], stance=1),
        actor("Katrin Hoffmann", "person", title="personnel chief", affiliation="Deutsche Bahn",
              aliases=["Katrin Hoffmann", "Hoffmann"], stance=1),
        actor("Marion Will", "person", title="negotiator", affiliation="EVG", aliases=["Marion Will", "Will"],
              stance=-1),
        actor("Pro Bahn", "organisation", title="passenger association", aliases=["Pro Bahn"], stance=-1),
        actor("spokesman for the Federal Transport Ministry", "person", affiliation="Federal Transport Ministry",
              aliases=["spokesman for the Federal Transport Ministry"], stance=0),
        actor("DB Cargo", "organisation", title="freight subsidiary", affiliation="Deutsche Bahn",
              aliases=["DB Cargo"], stance=None),
        actor("Sabine Vogt", "person", title="labour economist", affiliation="German Economic Institute (IW)",
              aliases=["Sabine Vogt", "Vogt"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Herald Sun (Melbourne) state politics/education (11 new schools will open late), headline and standfirst
#    without speech, byline with `State Education Reporter`, `Herald Sun` and `December 3, 2026 - 7:45PM` lines,
#    curly `“ ”` and `’`, Australian punctuation outside fragments (`”,`), `Mr`/`Ms` without stops, `4000`; lede
#    content before `, Education Minister Tom Kavanagh has confirmed` (the writer's `leaving ...` after the cue not
#    included); `told parliament on Thursday that “...” of ... had set the program back ...` (partial only); quote
#    with `he said`, then a quote-only paragraph; caption with `Picture:` credit; opposition spokeswoman `said the
#    minister had known ... “...” and that he had chosen ...` (partial plus indirect), quote split by `Ms Park said`;
#    department `said in a statement that A and that B` (one span); `According to a report tabled by the Victorian
#    Auditor-General’s Office in October, A`; Master Builders `said A but that B` (one span); `MORE NEWS:` line;
#    union branch president `said A would be “...”, but warned that B` (partial plus indirect), `she said`; shared
#    surname: parent `Sarah Kavanagh – no relation –`, `Ms Kavanagh said` (not the minister), `She said A`;
#    government spokeswoman `said A and that B`; Q&A `Asked whether ..., Mr Kavanagh said: “...”`.
ARTICLES[f"{BATCH}/tom-kavanagh-new-schools-delay.gold.json"] = {
    "article": f"{BATCH}/tom-kavanagh-new-schools-delay.txt",
    "target": "Tom Kavanagh",
    "quotes": [
        (I, "Tom Kavanagh", "Eleven of the 16 new government schools promised for the start of the 2027 school year "
            "will open late", None),
        (P, "Tom Kavanagh", "a perfect storm", None),
        (D, "Tom Kavanagh", "I’m not going to stand here and pretend this is good enough. It’s not,", None),
        (D, "Tom Kavanagh", "But I’d rather open a school a term late than open one that isn’t safe.", None),
        (P, "Renee Park", "for months", None),
        (I, "Renee Park", "he had chosen to tell families only after enrolments closed", None),
        (D, "Renee Park", "This is a minister who loves a ribbon-cutting and hates a bad headline,", None),
        (D, "Renee Park", "Parents in Tarneit and Mickleham have been let down, again.", None),
        (I, "Department of Education", "all affected families would be contacted directly before Christmas and that "
            "free buses would run to nearby schools where needed", None),
        (I, "Victorian Auditor-General’s Office", "the average cost of building a new primary school has risen 38 per "
            "cent since 2022, to $46 million", None),
        (I, "Master Builders Victoria", "construction costs had steadied this year but that the collapse of Ardent "
            "Constructions in August had left three school sites idle for 10 weeks", None),
        (P, "Joanne Kemp", "doing their absolute best in difficult conditions", None),
        (I, "Joanne Kemp", "schools already at capacity could not take hundreds of extra students without more staff",
            None),
        (D, "Joanne Kemp", "The minister needs to find the money for extra teachers, not just extra portables,", None),
        (D, "Sarah Kavanagh", "Now it’s a 25-minute drive each way to a school that’s already bursting,", None),
        (D, "Sarah Kavanagh", "I work in Broadmeadows. I honestly don’t know how we’re going to do it.", None),
        (I, "Sarah Kavanagh", "she had written to the minister twice and received a form letter both times", None),
        (I, "government spokeswoman", "every delayed school would be open by the end of term 2 and that Labor had "
            "delivered 100 new schools since 2019", None),
        (D, "Tom Kavanagh", "No. I’ll be there with the scissors.", None),
    ],
    "actors": [
        actor("Tom Kavanagh", "person", title="Education Minister", affiliation="Victorian Government (Labor)",
              aliases=["Tom Kavanagh", "Mr Kavanagh", "the minister"], stance=1),
        actor("Renee Park", "person", title="Opposition education spokeswoman", affiliation="Victorian Opposition",
              aliases=["Renee Park", "Park", "Ms Park"], stance=-1),
        actor("Department of Education", "government", affiliation="Victoria", aliases=["Department of Education"],
              stance=0),
        actor("Victorian Auditor-General’s Office", "government", affiliation="Victoria",
              aliases=["Victorian Auditor-General’s Office"], stance=None),
        actor("Master Builders Victoria", "organisation", title="builders' industry association",
              aliases=["Master Builders Victoria"], stance=0),
        actor("Joanne Kemp", "person", title="Victorian branch president",
              affiliation="Australian Education Union", aliases=["Joanne Kemp", "Kemp"], stance=-1),
        actor("Sarah Kavanagh", "person", title="mother", affiliation="Mickleham",
              aliases=["Sarah Kavanagh", "Ms Kavanagh"], stance=-1),
        actor("government spokeswoman", "person", affiliation="Victorian Government",
              aliases=["government spokeswoman"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Asharq Al-Awsat (English) transport/trade diplomacy (Lebanese truckers block the Masnaa crossing over Syria's
#    new transit fees), Title Case headline without speech, `Thursday, 3 December, 2026 - 11:20` line, photo caption
#    with `(AFP)` credit, `Beirut - Asharq Al-Awsat` dateline line, straight `"` and apostrophes, American spelling;
#    ports authority `In a statement carried by the Syrian Arab News Agency (SANA), ... said the fees were needed to
#    "..." and that B` (partial plus indirect); director named after the quote (`Fares Hamdan, the authority's
#    director of land crossings, told Asharq Al-Awsat`), `He said A and that the authority was studying "..." for
#    ...` (indirect plus partial); syndicate head in an apposition `said A`, quote split by `Haidar said, standing
#    ...`; scare so-called `"back-to-back"` system (`Some drivers fear`: no speech); minister `described the fees as
#    "..." that contradicted ...` (partial only), `He said A and that B` (one span); anonymous `ministerial source
#    told Asharq Al-Awsat that A and preferred "..." to ...` (indirect plus partial); farmer named after the quote;
#    economist `said A and that B were "..."` (indirect plus partial), `Salam said` (a name that is also a word).
ARTICLES[f"{BATCH}/syria-transit-fees-masnaa-truckers.gold.json"] = {
    "article": f"{BATCH}/syria-transit-fees-masnaa-truckers.txt",
    "target": "Syria",
    "quotes": [
        (P, "General Authority for Land and Sea Ports", "rehabilitate roads destroyed during the years of war", None),
        (I, "General Authority for Land and Sea Ports", "Syrian trucks had long paid similar charges in neighboring "
            "countries", None),
        (D, "Fares Hamdan", "Every country has the right to regulate the use of its roads. This decision is not "
            "directed against anyone,", None),
        (I, "Fares Hamdan", "Lebanese trucks returning empty would be exempt", None),
        (P, "Fares Hamdan", "special arrangements", None),
        (I, "Ahmad Haidar", "the new charges would add about $900 to the cost of every trip to the Gulf", None),
        (D, "Ahmad Haidar", "We were already barely surviving. Now they want us to pay for their roads too,", None),
        (D, "Ahmad Haidar", "We will not open the road until someone in Beirut picks up the phone to Damascus.", None),
        (S, None, "back-to-back", None),
        (P, "Nabil Saadeh", "a unilateral step", None),
        (I, "Nabil Saadeh", "he had raised the issue with his Syrian counterpart and that a joint committee would meet "
            "in Damascus next week", None),
        (I, "Lebanese ministerial source", "Beirut had no intention of retaliating", None),
        (P, "Lebanese ministerial source", "quiet diplomacy", None),
        (D, "Georges Fayad", "My potatoes do not wait for committees. Two more weeks of this and they rot in the "
            "warehouse,", None),
        (I, "Jad Salam", "Syria's new authorities were looking for hard currency wherever they could find it", None),
        (P, "Jad Salam", "an easy target", None),
        (D, "Jad Salam", "Damascus is not wrong that the roads need money. But raising fees overnight, without talking "
            "to its neighbors, hurts Syria's own image as a transit country,", None),
    ],
    "actors": [
        actor("General Authority for Land and Sea Ports", "government", affiliation="Syria",
              aliases=["General Authority for Land and Sea Ports", "the authority"], stance=1),
        actor("Fares Hamdan", "person", title="director of land crossings",
              affiliation="General Authority for Land and Sea Ports", aliases=["Fares Hamdan", "Hamdan"], stance=1),
        actor("Ahmad Haidar", "person", title="head of the syndicate of truck and refrigerated truck owners",
              affiliation="Lebanon", aliases=["Ahmad Haidar", "Haidar"], stance=-1),
        actor("Nabil Saadeh", "person", title="Minister of Public Works and Transport", affiliation="Lebanon",
              aliases=["Nabil Saadeh", "Saadeh"], stance=-1),
        actor("Lebanese ministerial source", "person", affiliation="Lebanese government",
              aliases=["Lebanese ministerial source"], stance=0),
        actor("Georges Fayad", "person", title="farmer", affiliation="al-Qaa, Bekaa",
              aliases=["Georges Fayad", "Fayad"], stance=-1),
        actor("Jad Salam", "person", title="economist", affiliation="Lebanese American University",
              aliases=["Jad Salam", "Salam"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
