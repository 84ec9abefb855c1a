"""Build the test185 gold files (data/eval/test185/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test185/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test185.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test185"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Qatar Tribune (Qatar) labour (the ministry closes work sites for breaching the midday work ban), headline
#    without speech, "Doha" line, curly “ ” and ’; ministry "said yesterday it had A" (no "that"); director named
#    after the first stretch ("told Qatar Tribune"), then a quote-only paragraph; "Al Kuwari said A"; scare so-called
#    “summer hours” rule; ILO office "said ... that inspections were “...” but that B" (partial plus indirect);
#    advocacy group "said the figures were “...” and that B" (partial plus indirect); group "Workers interviewed by
#    Qatar Tribune ... said A"; scaffolder "“...,” said X, a 29-year-old ..."; anonymous worker "said A and did not
#    B" (one span), "he said"; Qatar Chamber official "said A but wanted B" (one span); "urged ... and reminded
#    employers to ..." (directives, not annotated).
ARTICLES[f"{BATCH}/qatar-midday-work-ban-closures.gold.json"] = {
    "article": f"{BATCH}/qatar-midday-work-ban-closures.txt",
    "target": "Ministry of Labour",
    "quotes": [
        (I, "Ministry of Labour", "it had closed 312 work sites for breaching this summer’s midday outdoor work ban, which "
            "ran from June 1 to September 15, up from 228 sites last year", None),
        (D, "Faisal Rashid Al Kuwari", "Every employer knows the rules. There is no excuse for having workers on a roof at "
            "noon in July,", None),
        (D, "Faisal Rashid Al Kuwari", "We inspected more sites this year than ever before, and next year we will inspect "
            "more.", None),
        (I, "Faisal Rashid Al Kuwari", "the ministry had also begun enforcing a wet-bulb globe temperature limit, under "
            "which outdoor work must stop whenever the reading exceeds 32.1 degrees, regardless of the time of day", None),
        (S, None, "summer hours", None),
        (P, "International Labour Organization’s project office in Doha", "becoming more effective", None),
        (I, "International Labour Organization’s project office in Doha", "heat-related risks remained outside the hours "
            "covered by the ban", None),
        (P, "Workers First Gulf", "the tip of the iceberg", None),
        (I, "Workers First Gulf", "many violations took place on small sites that inspectors rarely visited", None),
        (I, "Workers interviewed by Qatar Tribune", "conditions had improved since the temperature limit was introduced",
            None),
        (D, "Ramesh Thapa", "Before, the supervisor decided when we stop. Now there is a machine, and when it says stop, we "
            "stop,", None),
        (I, "another worker", "his employer made crews start at 3am to finish before the ban and did not pay for the extra "
            "hours", None),
        (D, "another worker", "The ban is good. But the company finds a way around everything,", None),
        (I, "Qatar Chamber official", "contractors supported the rules but wanted more flexibility for projects with fixed "
            "handover dates", None),
    ],
    "actors": [
        actor("Ministry of Labour", "government", title="ministry", affiliation="Qatar",
              aliases=["Ministry of Labour", "The ministry", "the ministry"], stance=1),
        actor("Faisal Rashid Al Kuwari", "person", title="Director of the Labour Inspection Department",
              affiliation="Ministry of Labour", aliases=["Faisal Rashid Al Kuwari", "Al Kuwari"], stance=1),
        actor("International Labour Organization’s project office in Doha", "organisation", title="UN agency office",
              affiliation="International Labour Organization",
              aliases=["International Labour Organization’s project office in Doha"], stance=0),
        actor("Workers First Gulf", "organisation", title="advocacy group", affiliation="London",
              aliases=["Workers First Gulf"], stance=-1),
        actor("Workers interviewed by Qatar Tribune", "group", title="migrant workers",
              affiliation="labour accommodation, Industrial Area", aliases=["Workers interviewed by Qatar Tribune"],
              stance=1),
        actor("Ramesh Thapa", "person", title="scaffolder", affiliation="Nepal", aliases=["Ramesh Thapa", "Thapa"],
              stance=1),
        actor("another worker", "person", title="worker (anonymous)", affiliation=None, aliases=["another worker"],
              stance=0),
        actor("Qatar Chamber official", "person", title="official (anonymous)", affiliation="Qatar Chamber",
              aliases=["Qatar Chamber official"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Riviera Maya News (Mexico, English-language local news) local government/environment (hoteliers criticise the
#    city's sargassum clean-up), headline "... say city's sargassum plan 'arrived too late'" (straight single marks;
#    partial for the hoteliers), dateline "Playa del Carmen, Q.R. —", straight " and apostrophes; lede "Hoteliers in
#    Playa del Carmen say A" (present tense); association president in an apposition "said A", "Villaseñor said";
#    municipal government "said in a statement that A, and that B" (one span); director with "told Riviera Maya News:
#    "...""; "Ortega said A"; councilor "called the program "..." and pointed out that B" (partial plus indirect);
#    Navy "said A"; tourist "said the smell ... had been "..." on some mornings" (partial only), "she said";
#    "According to researchers at ..., A"; scare so-called "sargassum season"; closing "Hoteliers say A and that B"
#    (one span).
ARTICLES[f"{BATCH}/playa-del-carmen-sargassum-cleanup.gold.json"] = {
    "article": f"{BATCH}/playa-del-carmen-sargassum-cleanup.txt",
    "target": "Solidaridad municipal government",
    "quotes": [
        (P, "Hoteliers in Playa del Carmen", "arrived too late", None),
        (I, "Hoteliers in Playa del Carmen", "the municipal government's sargassum collection program started weeks late "
            "this year, leaving tons of the brown seaweed rotting on the sand during the busiest part of the season", None),
        (I, "Lorena Villaseñor", "members had spent more than 4 million pesos on private cleaning crews since March", None),
        (D, "Lorena Villaseñor", "We pay our taxes so the city can clean the public beach. Instead, we are paying twice,",
            None),
        (I, "Solidaridad municipal government", "its crews had collected 11,400 tons of sargassum between January and June, "
            "and that the delays in the spring were caused by a late federal transfer of funds", None),
        (D, "Raúl Ortega", "No municipality in Quintana Roo has collected more sargassum than Playa del Carmen this year. "
            "The numbers speak for themselves.", None),
        (I, "Raúl Ortega", "the city would buy two new beach-cleaning machines before the start of the 2027 season", None),
        (P, "Jorge Bautista Pech", "a failure of planning", None),
        (I, "Jorge Bautista Pech", "the arrival of sargassum is forecast months in advance", None),
        (I, "Mexican Navy", "its ships had intercepted 2,100 tons of sargassum at sea this year", None),
        (P, "Megan Doyle", "unbearable", None),
        (D, "Megan Doyle", "The beach was beautiful in the afternoon, once the crews came. In the morning you could not sit "
            "there,", None),
        (I, "researchers at the University of South Florida", "the 2026 bloom in the Atlantic was the third largest on "
            "record, behind 2025 and 2018", None),
        (S, None, "sargassum season", None),
        (I, "Hoteliers in Playa del Carmen", "the collection crews should be on the beach by 6 a.m., before guests arrive, "
            "and that the city should publish a daily schedule showing which stretches will be cleaned", None),
    ],
    "actors": [
        actor("Hoteliers in Playa del Carmen", "group", title="hoteliers", affiliation="Playa del Carmen",
              aliases=["Hoteliers in Playa del Carmen", "hoteliers", "Hoteliers"], stance=-1),
        actor("Lorena Villaseñor", "person", title="president", affiliation="Riviera Maya Hotel Association",
              aliases=["Lorena Villaseñor", "Villaseñor"], stance=-1),
        actor("Solidaridad municipal government", "government", title="municipal government",
              affiliation="Solidaridad (Playa del Carmen), Quintana Roo",
              aliases=["Solidaridad municipal government"], stance=1),
        actor("Raúl Ortega", "person", title="director of environment", affiliation="Solidaridad municipal government",
              aliases=["Raúl Ortega", "Ortega"], stance=1),
        actor("Jorge Bautista Pech", "person", title="opposition councilor", affiliation="Solidaridad town council",
              aliases=["Jorge Bautista Pech", "Bautista Pech"], stance=-1),
        actor("Mexican Navy", "government", title="navy", affiliation="Mexico", aliases=["Mexican Navy", "SEMAR"],
              stance=None),
        actor("Megan Doyle", "person", title="tourist", affiliation="Canada", aliases=["Megan Doyle", "Doyle"], stance=0),
        actor("researchers at the University of South Florida", "group", title="researchers",
              affiliation="University of South Florida",
              aliases=["researchers at the University of South Florida"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Star (Kenya) county politics (MCAs vote to impeach a governor over a road tender), headline without speech,
#    byline in capitals, straight " and apostrophes, "Sh480m"; "the motion, which was moved by ..." (no speech); MCA
#    "told the assembly that A and that B" (one span), "she said"; governor "dismissed the impeachment as "..."" (partial
#    only); "In a statement, the governor said A and asked senators to "..."" (indirect plus partial inside a
#    directive); quote with "Langat told the Star on phone"; minority leader "said MCAs had been "..." and that B"
#    (partial plus indirect); "residents ... were divided" (no speech); boda boda operator ""...?" said X" (his quote
#    reports "they say"); "Another resident, X, said A"; "According to the Ethics and Anti-Corruption Commission
#    (EACC), A"; scare so-called "pending bills".
ARTICLES[f"{BATCH}/bomet-governor-impeachment.gold.json"] = {
    "article": f"{BATCH}/bomet-governor-impeachment.txt",
    "target": "Josphat Langat",
    "quotes": [
        (I, "Nancy Chebet", "the tender had been awarded without competitive bidding and that the winning company had no "
            "record of building roads", None),
        (D, "Nancy Chebet", "This is not about politics. This is about Sh480 million of Bomet people's money going to a "
            "company registered three weeks before the tender was advertised,", None),
        (P, "Josphat Langat", "a political witch-hunt", None),
        (I, "Josphat Langat", "he would challenge the vote in court", None),
        (P, "Josphat Langat", "look at the facts, not the noise", None),
        (D, "Josphat Langat", "I have nothing to hide. Every shilling in that tender is accounted for,", None),
        (P, "Wesley Koech", "in a hurry", None),
        (I, "Wesley Koech", "no audit report had been tabled before the vote", None),
        (D, "Geoffrey Kirui", "He has built roads in my village. Now they say he stole. Who do we believe?", None),
        (I, "Mercy Cheruiyot", "the governor should step aside until the Senate had made its decision", None),
        (I, "Ethics and Anti-Corruption Commission", "investigators have already recorded statements from 14 county "
            "officials over the tender", None),
        (S, None, "pending bills", None),
    ],
    "actors": [
        actor("Nancy Chebet", "person", title="MCA, Chemaner ward", affiliation="Bomet County Assembly",
              aliases=["Nancy Chebet", "Chebet"], stance=-1),
        actor("Josphat Langat", "person", title="Governor", affiliation="Bomet County",
              aliases=["Josphat Langat", "Langat", "Governor Langat", "the governor"], stance=1),
        actor("Wesley Koech", "person", title="Minority leader", affiliation="Bomet County Assembly",
              aliases=["Wesley Koech", "Koech"], stance=1),
        actor("Geoffrey Kirui", "person", title="boda boda operator", affiliation="Bomet town",
              aliases=["Geoffrey Kirui", "Kirui"], stance=0),
        actor("Mercy Cheruiyot", "person", title="resident", affiliation="Bomet town",
              aliases=["Mercy Cheruiyot", "Cheruiyot"], stance=-1),
        actor("Ethics and Anti-Corruption Commission", "government", title="anti-corruption agency", affiliation="Kenya",
              aliases=["Ethics and Anti-Corruption Commission", "EACC"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Sofia Globe (Bulgaria) courts/local government (the top administrative court annuls Sofia's low-emission
#    zone), headline without speech, date line, curly “ ” and ’; "has annulled ..., in a final ruling" (no speech);
#    "In its ruling, the court said A"; "The court said A and called it “...”" (indirect plus partial); scare
#    so-called “green sticker”; municipality "said in a statement that it respected A but would draft ... “...”"
#    (indirect plus partial); deputy mayor "said A", quote with "she told reporters"; lawyer named after the quote
#    ("said their lawyer, X"); "Petkov said A"; group "called the ruling “...” and urged ..." (partial only;
#    directive); "According to the Executive Environment Agency, A"; councillor "said A", "he said".
ARTICLES[f"{BATCH}/sofia-low-emission-zone-annulled.gold.json"] = {
    "article": f"{BATCH}/sofia-low-emission-zone-annulled.txt",
    "target": "Sofia Municipality",
    "quotes": [
        (I, "Supreme Administrative Court", "Sofia Municipality had failed to carry out a proper assessment of the zone’s "
            "impact on low-income residents who depend on older cars", None),
        (I, "Supreme Administrative Court", "the public consultation on the ordinance had lasted only 14 days", None),
        (P, "Supreme Administrative Court", "formal rather than genuine", None),
        (S, None, "green sticker", None),
        (I, "Sofia Municipality", "it respected the court’s decision", None),
        (P, "Sofia Municipality", "as quickly as the law allows", None),
        (I, "Milena Stoyanova", "the zone had cut nitrogen dioxide levels on the city’s main boulevards by 19 per cent in "
            "its first year", None),
        (D, "Milena Stoyanova", "We lost on procedure, not on substance. Nobody in that courtroom argued that the air in "
            "Sofia is clean,", None),
        (D, "Lyubomir Petkov", "My clients are not against clean air. They are against being told, with two weeks’ notice, "
            "that the car they use to get to work is now illegal,", None),
        (I, "Lyubomir Petkov", "his clients would seek compensation for fines already paid", None),
        (P, "Za Zemyata", "a step backwards for public health", None),
        (I, "Executive Environment Agency", "Sofia exceeded the EU daily limit for fine particulate matter on 41 days in "
            "2025, most of them in the heating season", None),
        (I, "Georgi Danailov", "the municipality had been warned in writing about the short consultation period", None),
        (D, "Georgi Danailov", "They ignored everyone, and now the whole city pays for it,", None),
    ],
    "actors": [
        actor("Supreme Administrative Court", "government", title="court", affiliation="Bulgaria",
              aliases=["Supreme Administrative Court", "the court", "The court"], stance=-1),
        actor("Sofia Municipality", "government", title="city government", affiliation="Sofia",
              aliases=["Sofia Municipality", "the municipality"], stance=1),
        actor("Milena Stoyanova", "person", title="Deputy Mayor for Climate, Environment and Health",
              affiliation="Sofia Municipality", aliases=["Milena Stoyanova", "Stoyanova"], stance=1),
        actor("Lyubomir Petkov", "person", title="lawyer for the residents", affiliation=None,
              aliases=["Lyubomir Petkov", "Petkov"], stance=-1),
        actor("Za Zemyata", "organisation", title="environmental group", affiliation="Bulgaria", aliases=["Za Zemyata"],
              stance=1),
        actor("Executive Environment Agency", "government", title="environment agency", affiliation="Bulgaria",
              aliases=["Executive Environment Agency"], stance=None),
        actor("Georgi Danailov", "person", title="municipal councillor", affiliation="GERB group, Sofia city council",
              aliases=["Georgi Danailov", "Danailov"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
