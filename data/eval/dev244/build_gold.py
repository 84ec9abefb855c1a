"""Build the dev244 gold files (data/eval/dev244/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev244/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev244.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev244"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. LSM (Latvian public broadcasting, English service) local government/transport (a city tram line is delayed),
#    headline without speech, straight " and apostrophes, "€40 million", "38%", Latvian diacritics; lede content
#    before ", city council officials told the council's transport committee"; "what the city calls its "..." plan"
#    (partial for the council); mayor "said the delay was caused by "...", including ..." (partial only), quote with
#    "Kalniņš told journalists", "He said A"; ministry "said A and that an extension "..."" (indirect plus partial);
#    transport company chairman in an apposition "said A", then "B, he said" (content before the cue); opposition
#    councillor "said the council had known about the pipes "..."" (partial only), "she said"; "According to a 2025
#    report by the State Audit Office, A"; group "Residents of Skanste, where ..., said A"; resident named after his
#    quote; scare so-called "Skanste loop" (glossed).
ARTICLES[f"{BATCH}/riga-skanste-tram-delay.gold.json"] = {
    "article": f"{BATCH}/riga-skanste-tram-delay.txt",
    "target": "Riga City Council",
    "quotes": [
        (I, "city council officials", "The opening of the new tram line to Riga's Skanste district has been pushed back by "
            "at least a year, putting about €40 million in European Union funding at risk", None),
        (P, "Riga City Council", "green mobility", None),
        (P, "Vilnis Kalniņš", "problems that were not visible on paper", None),
        (D, "Vilnis Kalniņš", "I will not pretend this is good news. But I would rather open the line a year late than "
            "open it and close it again for repairs,", None),
        (I, "Vilnis Kalniņš", "the council would ask the Ministry of Transport to apply to Brussels for an extension of "
            "the funding deadline", None),
        (I, "Ministry of Transport", "it had not yet received a request from the city", None),
        (P, "Ministry of Transport", "cannot be taken for granted", None),
        (I, "Aigars Ozols", "the company had already taken delivery of 12 of the low-floor trams ordered for the line",
            None),
        (I, "Aigars Ozols", "They would run on other routes in the meantime", None),
        (P, "Ieva Bērziņa", "since at least 2024", None),
        (D, "Ieva Bērziņa", "Every month, the mayor's office told us the project was on schedule. Either they did not "
            "know, or they did not want to say,", None),
        (I, "State Audit Office", "the project's estimated cost rose by 38% between 2021 and 2024, mainly because of "
            "higher construction prices", None),
        (I, "Residents of Skanste", "they had been promised the tram by the time they moved in", None),
        (D, "Kristaps Liepa", "We bought here because of the tram. Now we are told maybe 2029, maybe later. Nobody from "
            "the council has explained anything,", None),
        (S, None, "Skanste loop", None),
    ],
    "actors": [
        actor("city council officials", "group", title="council officials", affiliation="Riga City Council",
              aliases=["city council officials"], stance=0),
        actor("Riga City Council", "government", title="city council", affiliation="Riga",
              aliases=["Riga City Council", "the city"], stance=1),
        actor("Vilnis Kalniņš", "person", title="Mayor of Riga", affiliation="Riga City Council",
              aliases=["Vilnis Kalniņš", "Kalniņš"], stance=1),
        actor("Ministry of Transport", "government", title="government ministry", affiliation="Latvia",
              aliases=["Ministry of Transport"], stance=0),
        actor("Aigars Ozols", "person", title="chairman of the board", affiliation="Rīgas satiksme",
              aliases=["Aigars Ozols", "Ozols"], stance=None),
        actor("Ieva Bērziņa", "person", title="opposition councillor", affiliation="Riga City Council",
              aliases=["Ieva Bērziņa", "Bērziņa"], stance=-1),
        actor("State Audit Office", "government", title="state audit office", affiliation="Latvia",
              aliases=["State Audit Office"], stance=0),
        actor("Residents of Skanste", "group", title="residents", affiliation="Skanste, Riga",
              aliases=["Residents of Skanste"], stance=-1),
        actor("Kristaps Liepa", "person", title="resident", affiliation="Skanste",
              aliases=["Kristaps Liepa", "Liepa"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Latin America Reports (Latin America, English-language) energy/disaster (Ecuador extends drought power cuts),
#    headline without speech, byline-and-date line, curly “ ” and ’, "$12 million", "75%"; lede content before ", the
#    Ministry of Energy and Mines said on Wednesday"; minister "said the cuts were “...” and that B" (partial plus
#    indirect), split quote in one paragraph with "Salvador said at a press conference in Quito"; "According to the
#    national grid operator, CENACE, A"; chamber "said in a statement that A, and that the government had “...” ..."
#    (indirect plus partial); its president "told Latin America Reports: “...` open at the end of its line, then a
#    closed paragraph; group "In ..., shopkeepers said A"; shopkeeper named after her first stretch ("said Rosa
#    Quishpe"), then "“...”" continuing in the same paragraph; analyst "said A", "He added that the floating plants
#    were “...”" (partial only, full stop inside); ministry "rejected accusations ... (act), saying A" (participial
#    indirect); scare so-called “energy emergency”.
ARTICLES[f"{BATCH}/ecuador-power-cuts-drought.gold.json"] = {
    "article": f"{BATCH}/ecuador-power-cuts-drought.txt",
    "target": "Ministry of Energy and Mines",
    "quotes": [
        (I, "Ministry of Energy and Mines", "Ecuadorians will face power cuts of up to 10 hours a day from Monday", None),
        (P, "Andrea Salvador", "painful but unavoidable", None),
        (I, "Andrea Salvador", "the government was renting two floating power plants to add 300 megawatts to the grid by "
            "February", None),
        (D, "Andrea Salvador", "We did not create this drought. The rivers that feed our hydroelectric plants are carrying "
            "a fraction of their normal flow,", None),
        (D, "Andrea Salvador", "Every day we delay the cuts, we risk losing the whole system.", None),
        (I, "CENACE", "hydropower supplied about 75% of Ecuador’s electricity last year", None),
        (I, "Chamber of Industries of Guayaquil", "the cuts would cost manufacturers about $12 million for every hour "
            "without power", None),
        (P, "Chamber of Industries of Guayaquil", "wasted two years", None),
        (D, "Felipe Arosemena", "In 2024 they promised us thermal plants, new transmission lines, a plan. We got barges "
            "that arrived late and broke down.", None),
        (D, "Felipe Arosemena", "Our members are buying diesel generators with their own money. That is not an energy "
            "policy. That is every company for itself.", None),
        (I, "shopkeepers", "they had not been given the schedule of last week’s six-hour cuts until the night before",
            None),
        (D, "Rosa Quishpe", "I lost three hundred dollars of yogurt and cheese in one week,", None),
        (D, "Rosa Quishpe", "The government tells us to be patient. Patience doesn’t keep the fridge cold.", None),
        (I, "Marco Viteri", "Ecuador’s dependence on a handful of hydroelectric plants in the same river basin had left "
            "the country exposed", None),
        (P, "Marco Viteri", "a bandage, not a cure.", None),
        (I, "Ministry of Energy and Mines", "investment in new thermal plants had been held up by court challenges and by "
            "the collapse of a tender in 2025", None),
        (S, None, "energy emergency", None),
    ],
    "actors": [
        actor("Ministry of Energy and Mines", "government", title="government ministry", affiliation="Ecuador",
              aliases=["Ministry of Energy and Mines", "ministry"], stance=1),
        actor("Andrea Salvador", "person", title="Energy Minister", affiliation="Government of Ecuador",
              aliases=["Andrea Salvador", "Salvador"], stance=1),
        actor("CENACE", "government", title="national grid operator", affiliation="Ecuador", aliases=["CENACE"],
              stance=None),
        actor("Chamber of Industries of Guayaquil", "organisation", title="business chamber", affiliation="Guayaquil",
              aliases=["Chamber of Industries of Guayaquil"], stance=-1),
        actor("Felipe Arosemena", "person", title="president", affiliation="Chamber of Industries of Guayaquil",
              aliases=["Felipe Arosemena", "Arosemena"], stance=-1),
        actor("shopkeepers", "group", title="shopkeepers", affiliation="La Magdalena, Quito", aliases=["shopkeepers"],
              stance=-1),
        actor("Rosa Quishpe", "person", title="corner shop owner", affiliation="La Magdalena, Quito",
              aliases=["Rosa Quishpe", "Quishpe"], stance=-1),
        actor("Marco Viteri", "person", title="energy analyst", affiliation="Universidad San Francisco de Quito",
              aliases=["Marco Viteri", "Viteri"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Health Policy Watch (Geneva global health news) health/pharma (a vaccine maker declines to license its dengue
#    vaccine technology), headline without speech, byline-and-date line, dateline "GENEVA –", curly “ ” and ’; lede
#    content before ", according to a letter seen by Health Policy Watch" (the company's letter); CEO in an
#    apposition "wrote that Veridian was “...” to transfer ..." (partial only); company "said in a statement ...
#    that it had committed to supplying ... at a “...” over ..." (partial only), "the statement said"; WHO official
#    "said the refusal was “...” and warned that B" (partial plus indirect), quote with "Fonseca told reporters at a
#    briefing"; MSF campaign "described the decision as “...” for ..." (partial only); manufacturer "said A"; its
#    scientific officer "said: “...”"; anonymous official "who spoke on condition of anonymity, said A" (directive
#    content inside a reported proposition); anonymous diplomat "said ... were “...” putting pressure on ..." (partial
#    only); researcher named after his quote; scare so-called “hub” model.
ARTICLES[f"{BATCH}/veridian-dengue-vaccine-licence-who.gold.json"] = {
    "article": f"{BATCH}/veridian-dengue-vaccine-licence-who.txt",
    "target": "Veridian Biologics",
    "quotes": [
        (I, "Veridian Biologics", "Veridian Biologics has declined a request from the World Health Organization to "
            "license its dengue vaccine technology to manufacturers in Africa and Latin America", None),
        (P, "Anders Holm", "not in a position", None),
        (P, "Veridian Biologics", "not-for-profit price", None),
        (D, "Veridian Biologics", "Building a new manufacturing site for a live attenuated vaccine takes years and carries "
            "real safety risks. We believe the fastest way to get doses to people is to make them ourselves,", None),
        (P, "Mariela Fonseca", "disappointing", None),
        (I, "Mariela Fonseca", "reported dengue cases worldwide had doubled in two years", None),
        (D, "Mariela Fonseca", "We are not asking anyone to give anything away. We are asking for a licence, on fair "
            "terms, so that the countries carrying the burden of this disease can also produce the vaccine,", None),
        (P, "Médecins Sans Frontières’ Access Campaign", "a slap in the face", None),
        (I, "Cape BioManufacturing", "it could produce up to 20 million doses a year within three years of a licence "
            "being signed", None),
        (D, "Sipho Dlamini", "We have done this before with other vaccines. The science is not the problem. Access to the "
            "cell lines and the process is.", None),
        (I, "Brazilian health ministry official", "Brazil would back a World Health Assembly resolution in May calling on "
            "vaccine makers to license their technology", None),
        (P, "European diplomat in Geneva", "uncomfortable", None),
        (D, "Jonas Weber", "Veridian is behaving like every company with a blockbuster. The question is whether WHO has "
            "any leverage at all, and the honest answer is not much,", None),
        (S, None, "hub", None),
    ],
    "actors": [
        actor("Veridian Biologics", "organisation", title="vaccine maker", affiliation=None,
              aliases=["Veridian Biologics", "Veridian"], stance=1),
        actor("Anders Holm", "person", title="chief executive", affiliation="Veridian Biologics",
              aliases=["Anders Holm", "Holm"], stance=1),
        actor("Mariela Fonseca", "person", title="Assistant Director-General", affiliation="World Health Organization",
              aliases=["Mariela Fonseca", "Fonseca", "Dr Mariela Fonseca"], stance=-1),
        actor("Médecins Sans Frontières’ Access Campaign", "organisation", title="access campaign",
              affiliation="Médecins Sans Frontières", aliases=["Médecins Sans Frontières’ Access Campaign"], stance=-1),
        actor("Cape BioManufacturing", "organisation", title="vaccine manufacturer", affiliation="South Africa",
              aliases=["Cape BioManufacturing"], stance=-1),
        actor("Sipho Dlamini", "person", title="chief scientific officer", affiliation="Cape BioManufacturing",
              aliases=["Sipho Dlamini", "Dlamini", "Dr Sipho Dlamini"], stance=-1),
        actor("Brazilian health ministry official", "person", title="official (anonymous)",
              affiliation="Brazil's health ministry", aliases=["Brazilian health ministry official"], stance=-1),
        actor("European diplomat in Geneva", "person", title="diplomat (anonymous)", affiliation=None,
              aliases=["European diplomat in Geneva"], stance=1),
        actor("Jonas Weber", "person", title="global health policy researcher", affiliation="Geneva Graduate Institute",
              aliases=["Jonas Weber", "Weber"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Times of Zambia (Zambia) environment/mining (the environment agency suspends a mine's leach plant after an acid
#    spill), headline without speech, byline and dateline in capitals, lede opening "THE", straight " and apostrophes,
#    "Ms"/"Mr"/"Mrs"; lede an act (suspension), no speech; director-general "said in a statement yesterday that A "..."
#    ... and that B" (partial plus indirect), quote with "Ms Sichilongo said"; company manager "said A and that it had
#    been "..."" (indirect plus partial), quote with "Mr Mumba said", "He said A"; group "But residents of Kasompe
#    township said A"; grower named after her first quote, then a quote-only paragraph; water utility "said A";
#    minister "told Parliament yesterday that Government would "..." to revoke ..." (partial only); MP "said ... had
#    "..." with LCM" (partial only); "According to Citizens for a Better Environment, A"; scare so-called "zero
#    discharge" target.
ARTICLES[f"{BATCH}/luansase-acid-spill-chingola.gold.json"] = {
    "article": f"{BATCH}/luansase-acid-spill-chingola.txt",
    "target": "Luansase Copper Mines",
    "quotes": [
        (P, "Mutale Sichilongo", "far above", None),
        (I, "Mutale Sichilongo", "the suspension would stay in place until the company had cleaned up the affected "
            "stretch", None),
        (D, "Mutale Sichilongo", "We will not allow any company, however big, to treat our rivers as a drain. The law is "
            "clear and it will be applied,", None),
        (I, "Brian Mumba", "the spill was caused by a burst pipeline at the plant's solution pond", None),
        (P, "Brian Mumba", "contained within hours", None),
        (D, "Brian Mumba", "We regret this incident and we are working with ZEMA and the community. Our teams have been on "
            "the ground since Sunday night, neutralising the water with lime,", None),
        (I, "Brian Mumba", "the company would compensate farmers whose crops or livestock had been affected", None),
        (I, "residents of Kasompe township", "they had not been warned about the spill and only learnt of it when dead "
            "fish began washing up on the banks", None),
        (D, "Esther Banda", "My children were swimming in that stream on Sunday afternoon. Nobody from the mine came to "
            "tell us anything,", None),
        (D, "Esther Banda", "Now they say they will compensate. Compensate with what? This is the third time.", None),
        (I, "Mulonga Water Supply Company", "it had shut its intake on the Kafue at Chingola as a precaution, cutting "
            "supply to about 15,000 households", None),
        (P, "Kennedy Mwanza", "not hesitate", None),
        (P, "Beauty Chileshe", "lost patience", None),
        (I, "Citizens for a Better Environment", "LCM has recorded at least three pollution incidents on the Copperbelt "
            "since 2021", None),
        (S, None, "zero discharge", None),
    ],
    "actors": [
        actor("Mutale Sichilongo", "person", title="director-general",
              affiliation="Zambia Environmental Management Agency (ZEMA)",
              aliases=["Mutale Sichilongo", "Sichilongo", "Ms Sichilongo"], stance=-1),
        actor("Brian Mumba", "person", title="corporate affairs manager", affiliation="Luansase Copper Mines (LCM)",
              aliases=["Brian Mumba", "Mumba", "Mr Mumba"], stance=1),
        actor("residents of Kasompe township", "group", title="residents", affiliation="Kasompe township, Chingola",
              aliases=["residents of Kasompe township"], stance=-1),
        actor("Esther Banda", "person", title="vegetable grower", affiliation="Kasompe, Chingola",
              aliases=["Esther Banda", "Banda", "Mrs Esther Banda"], stance=-1),
        actor("Mulonga Water Supply Company", "organisation", title="water utility", affiliation="Copperbelt",
              aliases=["Mulonga Water Supply Company"], stance=None),
        actor("Kennedy Mwanza", "person", title="Minister of Green Economy and Environment",
              affiliation="Government of Zambia", aliases=["Kennedy Mwanza", "Mwanza"], stance=0),
        actor("Beauty Chileshe", "person", title="Member of Parliament for Chingola Central", affiliation="Parliament of "
              "Zambia", aliases=["Beauty Chileshe", "Chileshe"], stance=-1),
        actor("Citizens for a Better Environment", "organisation", title="environmental NGO", affiliation="Zambia",
              aliases=["Citizens for a Better Environment"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
