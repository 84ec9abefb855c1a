"""Build the test172 gold files (data/eval/test172/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test172/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test172.
Standard library only. Held out: not to be read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test172"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. DutchNews.nl (Netherlands) labour (an airline's ground staff strike over pay), headline without speech, no byline,
#    straight " and apostrophes, "4.5%", "€2,600"; lede content before "the airline said on Wednesday evening"; union
#    "said KLM's latest offer ... "..." for staff who ..." (partial only); negotiator named after her quote ("FNV
#    negotiator Esther Bouwman told broadcaster NOS"); scare so-called "irregularity allowance" (glossed); spokesman
#    "“A,” X said. “B.”" (two directs), "Kuipers said A"; airport "said in a statement it expected "..." terminals and
#    advised travellers ..." (partial only; the advice is a directive); minister "said on Wednesday she would not
#    intervene" (indirect), quote with "she told reporters in The Hague"; group "Passengers at Schiphol ... told NOS
#    A"; passenger named after her quote; economist "estimated that a one-day strike would cost the airline "..." in
#    ..." (partial only); "The unions have said A"; caption "(Depositphotos/DutchNews)".
ARTICLES[f"{BATCH}/klm-ground-staff-strike.gold.json"] = {
    "article": f"{BATCH}/klm-ground-staff-strike.txt",
    "target": "KLM",
    "quotes": [
        (I, "KLM", "KLM has cancelled some 300 flights to and from Schiphol on Thursday as baggage handlers and other "
            "ground staff walk out for 24 hours in a dispute over pay", None),
        (P, "FNV", "does not even cover inflation", None),
        (D, "Esther Bouwman", "Our members lift 20-kilo suitcases in the rain for €2,600 a month. The airline made a "
            "profit of €900 million last year. You do the sums,", None),
        (S, None, "irregularity allowance", None),
        (D, "Jeroen Kuipers", "We regret the inconvenience to our passengers enormously,", None),
        (D, "Jeroen Kuipers", "But our costs have risen sharply, and we have to remain competitive with airlines that pay "
            "their staff far less.", None),
        (I, "Jeroen Kuipers", "passengers whose flights had been cancelled would be rebooked automatically or could "
            "claim a full refund through the KLM app", None),
        (P, "Schiphol", "extremely busy", None),
        (I, "Sanne Vermeulen", "she would not intervene in the dispute", None),
        (D, "Sanne Vermeulen", "It is up to the employer and the unions to solve this, and I call on them to do that "
            "quickly,", None),
        (I, "Passengers at Schiphol", "they had received text messages cancelling their flights less than 12 hours "
            "before departure", None),
        (D, "Mirjam Hoekstra", "I support the baggage handlers, actually. They do the hardest work at this airport and "
            "KLM is making a fortune,", None),
        (P, "Bas Hendriks", "in the order of €15 million", None),
        (I, "unions", "further 24-hour strikes will follow next week if KLM does not improve its offer", None),
    ],
    "actors": [
        actor("KLM", "organisation", title="airline", affiliation="Netherlands",
              aliases=["KLM", "the airline"], stance=0),
        actor("FNV", "organisation", title="trade union", affiliation="Netherlands", aliases=["FNV"], stance=-1),
        actor("Esther Bouwman", "person", title="negotiator", affiliation="FNV",
              aliases=["Esther Bouwman", "Bouwman"], stance=-1),
        actor("Jeroen Kuipers", "person", title="spokesman", affiliation="KLM",
              aliases=["Jeroen Kuipers", "Kuipers"], stance=1),
        actor("Schiphol", "organisation", title="airport", affiliation="Amsterdam", aliases=["Schiphol"], stance=None),
        actor("Sanne Vermeulen", "person", title="Infrastructure minister", affiliation="Dutch government",
              aliases=["Sanne Vermeulen", "Vermeulen"], stance=0),
        actor("Passengers at Schiphol", "group", title="passengers", affiliation=None,
              aliases=["Passengers at Schiphol"], stance=0),
        actor("Mirjam Hoekstra", "person", title="passenger, 34, from Utrecht", affiliation=None,
              aliases=["Mirjam Hoekstra", "Hoekstra"], stance=-1),
        actor("Bas Hendriks", "person", title="economist", affiliation="ABN Amro",
              aliases=["Bas Hendriks", "Hendriks"], stance=0),
        actor("unions", "group", title="unions (FNV, CNV, De Unie)", affiliation=None,
              aliases=["unions", "The unions"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Zambian Observer (Zambia) health (a cholera outbreak; residents blame the city council's garbage collection),
#    headline without quote marks ("residents blame council"), byline, straight " and apostrophes, Mr/Mrs/Ms/Dr; group
#    "Residents of Kanyama and George compounds ... have blamed the Lusaka City Council for the outbreak ..., saying A"
#    (participial; the blame itself is an act); "According to the Zambia National Public Health Institute (ZNPHI), A";
#    minister in a relative clause "said: "..."", "She said A"; resident named after her quote; council PR manager
#    "said A", quote with "Mr Mumba said"; mayor "described the residents' claims as "..." and said B" (partial plus
#    indirect); scare "Keep Lusaka Clean" campaign (a slogan nobody in the article says); councillor "said A", quote
#    with "she said", then "She added: "...""; anonymous health worker "who asked not to be named because ..., said A
#    and received B" (one span); "The Ministry of Health has urged residents to ..." (directive).
ARTICLES[f"{BATCH}/lusaka-cholera-council-garbage.gold.json"] = {
    "article": f"{BATCH}/lusaka-cholera-council-garbage.txt",
    "target": "Lusaka City Council",
    "quotes": [
        (I, "Residents of Kanyama and George compounds in Lusaka", "uncollected garbage and blocked drains have been left "
            "untouched for months", None),
        (I, "Zambia National Public Health Institute", "140 cases and three deaths have been recorded since the first "
            "case was confirmed on January 9", None),
        (D, "Joyce Mwape", "The cases are rising in areas where the water and sanitation situation is poor. We are not "
            "going to point fingers today. Today we are treating patients.", None),
        (I, "Joyce Mwape", "the ministry had opened two more treatment centres and deployed 60 additional nurses to the "
            "affected areas", None),
        (D, "Esther Banda", "The garbage here has not been collected since October. Children play in it. When it rains, "
            "the drain brings it into our yard,", None),
        (I, "Chilufya Mumba", "the council had collected more than 2,000 tonnes of waste from the two compounds since "
            "December", None),
        (D, "Chilufya Mumba", "We are doing our part, but we cannot clean up after people who dump garbage in drains "
            "every night,", None),
        (P, "Bwalya Kasonde", "unfair", None),
        (I, "Bwalya Kasonde", "the council's budget for waste collection had been cut by a third this year", None),
        (S, None, "Keep Lusaka Clean", None),
        (I, "Mercy Zulu", "the council had ignored repeated complaints from her ward about the dumpsite near Kanyama "
            "Market", None),
        (D, "Mercy Zulu", "I wrote to the town clerk three times last year. I have the letters. Nobody came,", None),
        (D, "Mercy Zulu", "This is not the first outbreak in Kanyama. It will not be the last if nothing changes.", None),
        (I, "health worker at the Kanyama treatment centre", "the centre had run out of oral rehydration salts on Monday "
            "and received fresh stocks only on Tuesday afternoon", None),
    ],
    "actors": [
        actor("Residents of Kanyama and George compounds in Lusaka", "group", title="residents", affiliation=None,
              aliases=["Residents of Kanyama and George compounds in Lusaka"], stance=-1),
        actor("Zambia National Public Health Institute", "government", title="public health institute",
              affiliation="Zambia", aliases=["Zambia National Public Health Institute", "ZNPHI"], stance=None),
        actor("Joyce Mwape", "person", title="Health Minister", affiliation="Ministry of Health",
              aliases=["Joyce Mwape", "Dr Joyce Mwape", "Mwape"], stance=0),
        actor("Esther Banda", "person", title="resident, Kanyama Zone 6", affiliation=None,
              aliases=["Esther Banda", "Mrs Esther Banda", "Banda"], stance=-1),
        actor("Chilufya Mumba", "person", title="public relations manager", affiliation="Lusaka City Council",
              aliases=["Chilufya Mumba", "Mr Chilufya Mumba", "Mumba", "Mr Mumba"], stance=1),
        actor("Bwalya Kasonde", "person", title="Lusaka Mayor", affiliation="Lusaka City Council",
              aliases=["Bwalya Kasonde", "Mr Bwalya Kasonde", "Kasonde"], stance=1),
        actor("Mercy Zulu", "person", title="Kanyama ward councillor", affiliation="Lusaka City Council",
              aliases=["Mercy Zulu", "Ms Mercy Zulu", "Zulu"], stance=-1),
        actor("health worker at the Kanyama treatment centre", "person", title="health worker (anonymous)",
              affiliation=None, aliases=["health worker at the Kanyama treatment centre"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Gleaner (Jamaica) sport (a former champion is left out of a relay pool), headline without quote marks ("coach
#    cries foul"), "Kimberley Shaw/Gleaner Writer" byline, curly “ ” and ’, fragments with the full stop outside; lede
#    content before "the Jamaica Athletics Administrative Association (JAAA) confirmed yesterday"; "In a release, the
#    JAAA said the pool ... was selected “...” at ..., and that B" (partial plus indirect); coach in an apposition "said
#    the association was “...”" (partial only), quote with "Gordon told The Gleaner", then a quote-only paragraph
#    ending with "?"; athlete in a relative clause "said she was “...”"; split quote "“A,” the sprinter said. “B.”";
#    general secretary "rejected the coach's claims" (act), quote with "he said", "Blake said A"; scare so-called
#    “selection window” (glossed); former athlete "said the row showed the JAAA needed “...” with coaches, but that its
#    policy was fair" (partial plus indirect), quote with "Ricketts said".
ARTICLES[f"{BATCH}/jaaa-relay-pool-walcott.gold.json"] = {
    "article": f"{BATCH}/jaaa-relay-pool-walcott.txt",
    "target": "Jamaica Athletics Administrative Association",
    "quotes": [
        (I, "Jamaica Athletics Administrative Association", "Former national 100m champion Shanique Walcott has been "
            "left out of Jamaica’s 4x100m relay pool for next month’s World Athletics Relays in Gaborone", None),
        (P, "Jamaica Athletics Administrative Association", "strictly on the basis of performances", None),
        (I, "Jamaica Athletics Administrative Association", "Walcott had not competed since February", None),
        (P, "Trevor Gordon", "moving the goalposts", None),
        (D, "Trevor Gordon", "In January, they told us the trials would decide the pool. Now they are telling us the "
            "Grand Prix meets count as well, after we had already planned her season around the trials,", None),
        (D, "Trevor Gordon", "Shanique ran 11.02 at trials. Tell me which of those girls ran faster?", None),
        (P, "Shanique Walcott", "hurt but not surprised", None),
        (D, "Shanique Walcott", "I have been honest with them about my hamstring from day one,", None),
        (D, "Shanique Walcott", "I was ready to run. Nobody called me to ask.", None),
        (D, "Marvin Blake", "Nobody moved any goalposts. The selection policy was published on our website in December "
            "and every coach got a copy,", None),
        (I, "Marvin Blake", "athletes left out of the pool could still be added if they ran under 11.10 seconds before "
            "the team leaves for Botswana on April 25", None),
        (S, None, "selection window", None),
        (P, "Nadine Ricketts", "clearer communication", None),
        (I, "Nadine Ricketts", "its policy was fair", None),
        (D, "Nadine Ricketts", "Every year we have this same quarrel in April. Write it down in plain language, put it on "
            "one page, and send it to every athlete, not just every coach,", None),
    ],
    "actors": [
        actor("Jamaica Athletics Administrative Association", "organisation", title="national athletics federation",
              affiliation="Jamaica", aliases=["Jamaica Athletics Administrative Association", "JAAA",
              "the association"], stance=1),
        actor("Trevor Gordon", "person", title="coach", affiliation="Elite Velocity Track Club",
              aliases=["Trevor Gordon", "Gordon"], stance=-1),
        actor("Shanique Walcott", "person", title="sprinter, former national 100m champion", affiliation=None,
              aliases=["Shanique Walcott", "Walcott", "Shanique", "the sprinter"], stance=-1),
        actor("Marvin Blake", "person", title="general secretary",
              affiliation="Jamaica Athletics Administrative Association",
              aliases=["Marvin Blake", "Dr Marvin Blake", "Blake"], stance=1),
        actor("Nadine Ricketts", "person", title="Olympic relay medallist, television analyst", affiliation=None,
              aliases=["Nadine Ricketts", "Ricketts"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. NT News (Australia, Northern Territory) disaster (a storm outage; the power utility is criticised), headline
#    without speech, byline in capitals with an apostrophe (O'HARE), straight " and apostrophes, nested straight single
#    'investigating' inside a quote, "6000" without a comma, "Mr"; lede content before "according to Power and Water
#    Corporation"; "The utility said A and that most customers would be reconnected "..."" (indirect plus partial);
#    group "Residents of Malak and Karama said A"; resident named after her quote; Chief Minister "said A", quote with
#    "Mr Costa said"; chief executive "said A, "..."" (indirect plus the appositive fragment, partial), quote with "she
#    said"; anonymous source "told the NT News the ... map had failed because "..."" (partial only); scare "storm-ready"
#    program; opposition leader "said A", quote with "he said"; Bureau of Meteorology "said A".
ARTICLES[f"{BATCH}/darwin-storm-power-outage.gold.json"] = {
    "article": f"{BATCH}/darwin-storm-power-outage.txt",
    "target": "Power and Water Corporation",
    "quotes": [
        (I, "Power and Water Corporation", "More than 6000 homes in Darwin's northern suburbs and Palmerston were still "
            "without power on Sunday night, two days after a severe storm brought down lines across the Top End", None),
        (I, "Power and Water Corporation", "crews from Katherine and Alice Springs had been flown in overnight", None),
        (P, "Power and Water Corporation", "by Tuesday at the latest", None),
        (I, "Residents of Malak and Karama", "they had been given no updates for more than 24 hours", None),
        (D, "Kylie Dwyer", "We've got a fridge full of food going off, a baby at home and 34 degrees inside the house. And "
            "the website just says 'investigating',", None),
        (I, "Daniel Costa", "Territorians were right to be frustrated", None),
        (D, "Daniel Costa", "I've told Power and Water in no uncertain terms that the communication has not been good "
            "enough. People need to know when their lights are coming back on,", None),
        (I, "Sharon Pike", "the storm had damaged more than 400 power poles", None),
        (P, "Sharon Pike", "the worst damage to the network since Cyclone Marcus in 2018", None),
        (D, "Sharon Pike", "Our crews have been working 16-hour shifts in the heat and the rain. I'm proud of them and "
            "I'm sorry to every customer who is still waiting,", None),
        (P, "Power and Water source", "the system was never built for this many faults at once", None),
        (S, None, "storm-ready", None),
        (I, "Tom Riley", "the government had cut Power and Water's maintenance budget two years in a row", None),
        (D, "Tom Riley", "You can't cut tree trimming and pole inspections and then act surprised when the lines come "
            "down,", None),
        (I, "Bureau of Meteorology", "wind gusts of 115km/h were recorded at Darwin Airport on Friday night, the "
            "strongest outside a cyclone in more than a decade", None),
    ],
    "actors": [
        actor("Power and Water Corporation", "organisation", title="government-owned utility",
              affiliation="Northern Territory", aliases=["Power and Water Corporation", "Power and Water",
              "The utility"], stance=1),
        actor("Residents of Malak and Karama", "group", title="residents", affiliation=None,
              aliases=["Residents of Malak and Karama"], stance=-1),
        actor("Kylie Dwyer", "person", title="Malak mother-of-three", affiliation=None,
              aliases=["Kylie Dwyer", "Dwyer"], stance=-1),
        actor("Daniel Costa", "person", title="Chief Minister", affiliation="Northern Territory Government",
              aliases=["Daniel Costa", "Costa", "Mr Costa"], stance=-1),
        actor("Sharon Pike", "person", title="chief executive", affiliation="Power and Water Corporation",
              aliases=["Sharon Pike", "Pike"], stance=1),
        actor("Power and Water source", "person", title="source (anonymous)", affiliation="Power and Water Corporation",
              aliases=["Power and Water source"], stance=-1),
        actor("Tom Riley", "person", title="Opposition Leader", affiliation="Opposition",
              aliases=["Tom Riley", "Riley"], stance=None),
        actor("Bureau of Meteorology", "government", title="weather bureau", affiliation="Australia",
              aliases=["Bureau of Meteorology"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
