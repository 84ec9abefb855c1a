"""Build the dev217 gold files (data/eval/dev217/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev217/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev217.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev217"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Daily News (Tanzania) disaster (a passenger ferry capsizes on Lake Victoria), headline without speech,
#    "By Daily News Reporter, Mwanza" byline, lede opening in capitals ("FOURTEEN"), straight " and apostrophes,
#    "Mr"/"Ms", age in brackets "(34)", "yesterday"; lede content before "the Mwanza Regional Commissioner, Ms
#    Grace Mollel, said yesterday"; content before "according to the Tanzania Shipping Agency Corporation (TASAC)";
#    "Ms Mollel said A, and that B" (one span), "she said"; survivor "said A", quote with "he said from his bed at
#    ..." (his quote reports others), then a quote-only paragraph; director general "said A, and that B" (one
#    span); managing director "said the company was "..." by the accident and denied that B" (partial plus
#    indirect), quote with "Mr Kisanga said"; police commander "said A"; Red Cross "said A"; scare "known locally
#    as "mitumbwi""; group "Residents of Bugorora said A".
ARTICLES[f"{BATCH}/ukerewe-ferry-capsize.gold.json"] = {
    "article": f"{BATCH}/ukerewe-ferry-capsize.txt",
    "target": "Nyanza Marine Services",
    "quotes": [
        (I, "Grace Mollel", "FOURTEEN people died and nine others are still missing after a passenger ferry capsized on "
            "Lake Victoria near Ukerewe Island on Tuesday evening", None),
        (I, "Tanzania Shipping Agency Corporation", "The MV Nyakato, operated by Nyanza Marine Services Ltd, was carrying "
            "112 passengers and several tonnes of cargo from Bugorora to Mwanza city when it overturned", None),
        (I, "Grace Mollel", "89 people had been rescued by fishermen and the marine unit of the Tanzania People's Defence "
            "Force (TPDF), and that search operations would continue until all the missing were accounted for", None),
        (D, "Grace Mollel", "The fishermen of Ukerewe were the first heroes of this tragedy. They went into the water "
            "with their own boats before any official help arrived,", None),
        (I, "Juma Masanja", "the ferry began to tilt about 20 minutes after leaving the island", None),
        (D, "Juma Masanja", "People were shouting that there were too many bags of maize on the upper deck. The crew "
            "told us to sit down and keep quiet,", None),
        (D, "Juma Masanja", "When it turned over, I held onto a jerrycan for almost an hour.", None),
        (I, "Abdi Mwakyusa", "the vessel's licence allowed a maximum of 100 passengers and 20 tonnes of cargo, and that "
            "investigators would establish whether it had been overloaded", None),
        (P, "Peter Kisanga", "deeply saddened", None),
        (I, "Peter Kisanga", "the ferry had been overloaded", None),
        (D, "Peter Kisanga", "Our records show 104 tickets were sold for that trip. We are working with TASAC and the "
            "police to establish what happened,", None),
        (I, "Simon Lyimo", "the ferry's captain and two crew members had been arrested and were helping police with "
            "investigations", None),
        (I, "Tanzania Red Cross Society", "it had deployed 40 volunteers to Ukerewe to help families trace relatives and "
            "to provide counselling to survivors", None),
        (S, None, "mitumbwi", None),
        (I, "Residents of Bugorora", "overloading was common on the route during the harvest season, when traders send "
            "maize and cassava to markets in Mwanza", None),
    ],
    "actors": [
        actor("Grace Mollel", "person", title="Mwanza Regional Commissioner", affiliation="Government of Tanzania",
              aliases=["Grace Mollel", "Mollel", "Ms Mollel", "Ms Grace Mollel"], stance=None),
        actor("Tanzania Shipping Agency Corporation", "government", title="maritime regulator", affiliation="Tanzania",
              aliases=["Tanzania Shipping Agency Corporation", "TASAC"], stance=None),
        actor("Juma Masanja", "person", title="survivor, shopkeeper, 34", affiliation=None,
              aliases=["Juma Masanja", "Masanja", "Mr Juma Masanja"], stance=-1),
        actor("Abdi Mwakyusa", "person", title="Director General", affiliation="Tanzania Shipping Agency Corporation",
              aliases=["Abdi Mwakyusa", "Mwakyusa", "Mr Abdi Mwakyusa"], stance=0),
        actor("Peter Kisanga", "person", title="managing director", affiliation="Nyanza Marine Services",
              aliases=["Peter Kisanga", "Kisanga", "Mr Kisanga", "Mr Peter Kisanga"], stance=1),
        actor("Simon Lyimo", "person", title="Mwanza Regional Police Commander", affiliation="Tanzania Police Force",
              aliases=["Simon Lyimo", "Lyimo", "Mr Simon Lyimo"], stance=0),
        actor("Tanzania Red Cross Society", "organisation", title="humanitarian organisation", affiliation="Tanzania",
              aliases=["Tanzania Red Cross Society"], stance=None),
        actor("Residents of Bugorora", "group", title="residents", affiliation=None, aliases=["Residents of Bugorora"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Trinidad Guardian (Trinidad and Tobago) health (a shortage of chemotherapy drugs at a public hospital),
#    headline without speech, byline with "Senior Reporter", curly “ ” and ’, a curly single ‘global supply’
#    nested inside a direct quote, "Dr", "$4,000"; "the Guardian has learned" (not an actor); minister "yesterday
#    confirmed the shortage of ... but said new stock would arrive “...”" (indirect for the noun object plus
#    partial), quote with "Baptiste told reporters after ...", then a quote-only paragraph; anonymous patient
#    "said A", "she said"; anonymous oncologist "told the Guardian that A", "the oncologist said"; authority "said in
#    a release that it had “...” and that B" (partial plus indirect); scare so-called “buffer stock” policy
#    (glossed); opposition spokesman "said the minister had “...”" (partial only), quote naming the minister with
#    "Rampersad said"; society "said A"; "The minister said A".
ARTICLES[f"{BATCH}/trinidad-chemotherapy-drug-shortage.gold.json"] = {
    "article": f"{BATCH}/trinidad-chemotherapy-drug-shortage.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Rhonda Baptiste", "the shortage of paclitaxel and carboplatin", None),
        (P, "Rhonda Baptiste", "within ten days", None),
        (D, "Rhonda Baptiste", "This is a global supply problem, not a Trinidad and Tobago problem. Countries much richer "
            "than ours are facing the same delays,", None),
        (D, "Rhonda Baptiste", "No patient will be turned away. Where treatment has been rescheduled, it has been done on "
            "clinical advice.", None),
        (I, "58-year-old breast cancer patient from Arima", "her third cycle of chemotherapy had been postponed twice",
            None),
        (D, "58-year-old breast cancer patient from Arima", "They call you the night before and say don’t come. You sit "
            "home and wonder if the cancer is growing while you wait,", None),
        (I, "One oncologist at the hospital", "doctors had warned the North Central Regional Health Authority (NCRHA) "
            "about falling stock levels in September", None),
        (D, "One oncologist at the hospital", "We sent e-mails. We sent memos. Nobody listened until the shelves were "
            "empty,", None),
        (P, "North Central Regional Health Authority", "prioritised patients in active treatment", None),
        (I, "North Central Regional Health Authority", "it had sourced emergency supplies from a distributor in Barbados",
            None),
        (S, None, "buffer stock", None),
        (P, "Vishnu Rampersad", "run out of excuses", None),
        (D, "Vishnu Rampersad", "The minister said ‘global supply’ in July about insulin. She said it in October about "
            "antibiotics. Now it is chemotherapy,", None),
        (I, "Trinidad and Tobago Cancer Society", "it had received more than 60 calls from worried patients in the past "
            "week, some of whom had been told to buy the drugs at private pharmacies", None),
        (I, "Rhonda Baptiste", "she would give an update on supplies in the Parliament on Friday", None),
    ],
    "actors": [
        actor("Rhonda Baptiste", "person", title="Health Minister", affiliation="Ministry of Health",
              aliases=["Rhonda Baptiste", "Baptiste", "Dr Rhonda Baptiste", "the minister"], stance=1),
        actor("58-year-old breast cancer patient from Arima", "person", title="patient (anonymous)", affiliation=None,
              aliases=["58-year-old breast cancer patient from Arima"], stance=-1),
        actor("One oncologist at the hospital", "person", title="oncologist (anonymous)",
              affiliation="Eric Williams Medical Sciences Complex", aliases=["One oncologist at the hospital",
              "the oncologist"], stance=-1),
        actor("North Central Regional Health Authority", "government", title="regional health authority",
              affiliation="Trinidad and Tobago", aliases=["North Central Regional Health Authority", "NCRHA"], stance=1),
        actor("Vishnu Rampersad", "person", title="Naparima MP, Opposition health spokesman", affiliation="Opposition",
              aliases=["Vishnu Rampersad", "Rampersad", "Dr Vishnu Rampersad"], stance=-1),
        actor("Trinidad and Tobago Cancer Society", "organisation", title="cancer charity",
              affiliation="Trinidad and Tobago", aliases=["Trinidad and Tobago Cancer Society"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Bogotá Post (Colombia, English-language) utilities/environment (the city brings back water rationing),
#    headline without speech, byline, British straight single quotes '...' (apostrophes in "city's", "Bogotá's",
#    "utility's" outside), "19.4%", Spanish names with accents; lede content before "the city's water utility
#    announced on Wednesday"; content before "according to the Empresa de Acueducto y Alcantarillado de Bogotá
#    (EAAB)"; general manager "said the measure was '...' after ..." (partial only), "she said", "She said A";
#    scare so-called 'three-minute shower' campaign; councillor "said the utility had '...' and that B" (partial
#    plus indirect); "The EAAB rejected that figure, saying A" (the act not annotated, the participle an
#    indirect); baker named after her quote, "She said A and would B" (one span); federation "said restaurants ...
#    would be '...' and asked the utility to ..." (partial only; the directive not annotated); content before
#    "according to Ideam, the national weather institute".
ARTICLES[f"{BATCH}/bogota-water-rationing-chingaza.gold.json"] = {
    "article": f"{BATCH}/bogota-water-rationing-chingaza.txt",
    "target": "Empresa de Acueducto y Alcantarillado de Bogotá",
    "quotes": [
        (I, "Empresa de Acueducto y Alcantarillado de Bogotá", "Bogotá will reintroduce rotating water cuts across the "
            "city and neighbouring municipalities from Monday after the Chingaza reservoir system fell to 19.4% of "
            "capacity", None),
        (I, "Empresa de Acueducto y Alcantarillado de Bogotá", "Under the plan, each of nine zones will go without water "
            "for 24 hours once every nine days", None),
        (P, "Natalia Cifuentes", "painful but unavoidable", None),
        (D, "Natalia Cifuentes", "We cannot make it rain. What we can do is make sure there is still water in the "
            "reservoirs in March, when the dry season is at its worst,", None),
        (I, "Natalia Cifuentes", "fines for households that exceed their average consumption would double from January",
            None),
        (S, None, "three-minute shower", None),
        (P, "Julián Forero", "wasted two years", None),
        (I, "Julián Forero", "leaks still accounted for about 37% of the water it treats", None),
        (I, "Empresa de Acueducto y Alcantarillado de Bogotá", "losses in its network had fallen to 33% since 2024", None),
        (D, "Ana Lucía Moreno", "In the south we already have cuts every week. Now they make it official,", None),
        (I, "Ana Lucía Moreno", "she had bought two 1,000-litre tanks during the last crisis and would fill them again "
            "this weekend", None),
        (P, "Fenalco Bogotá", "hit hardest", None),
        (I, "Ideam", "Rainfall in the eastern Andes is not expected to return to normal levels until April", None),
    ],
    "actors": [
        actor("Empresa de Acueducto y Alcantarillado de Bogotá", "organisation", title="city water utility",
              affiliation="Bogotá", aliases=["Empresa de Acueducto y Alcantarillado de Bogotá", "EAAB",
              "city's water utility", "the utility"], stance=1),
        actor("Natalia Cifuentes", "person", title="general manager",
              affiliation="Empresa de Acueducto y Alcantarillado de Bogotá", aliases=["Natalia Cifuentes", "Cifuentes"],
              stance=1),
        actor("Julián Forero", "person", title="city councillor", affiliation="Alianza Verde",
              aliases=["Julián Forero", "Forero"], stance=-1),
        actor("Ana Lucía Moreno", "person", title="baker in Ciudad Bolívar, 47", affiliation=None,
              aliases=["Ana Lucía Moreno", "Moreno"], stance=-1),
        actor("Fenalco Bogotá", "organisation", title="merchants' federation", affiliation="Bogotá",
              aliases=["Fenalco Bogotá"], stance=-1),
        actor("Ideam", "government", title="national weather institute", affiliation="Colombia", aliases=["Ideam"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Jiji Press (Japanese wire, English service) politics (opposition parties file a no-confidence motion against
#    the farm minister over rice prices), title-case headline without speech, dateline "Tokyo, Dec. 4 (Jiji
#    Press)--" run into the lede, straight " and apostrophes, "pct", "yen"; content before "according to the
#    agriculture ministry"; opposition Diet affairs chief named after his quote ("Makoto Arai, Diet affairs chief
#    of ..., told reporters"; his quote reports the minister), "Arai said A"; "is expected to be voted down" (no
#    speech); minister "Speaking at a press conference ..., Sakuma said A and that prices would stabilize "..."
#    (indirect plus partial), "he said", "He added that A"; chief cabinet secretary "told a separate press
#    conference that the government had "..." in Sakuma" (partial only); anonymous "A senior LDP official, however,
#    said Sakuma's position would be "..." if ..." (partial only); farm lobby "said in a statement that A and that
#    farmers "..."" (indirect plus partial); scare so-called "gentan" policy (glossed); consumer group "said A and
#    that B" (one span); "The agriculture ministry expects ..." (no speech verb).
ARTICLES[f"{BATCH}/japan-no-confidence-farm-minister-rice.gold.json"] = {
    "article": f"{BATCH}/japan-no-confidence-farm-minister-rice.txt",
    "target": "Hiroyuki Sakuma",
    "quotes": [
        (I, "agriculture ministry", "The average retail price of a 5-kilogram bag of rice rose to 4,870 yen in the week to "
            "Nov. 30, up 38 pct from a year earlier", None),
        (D, "Makoto Arai", "The minister has said for six months that prices will fall. They have not fallen. Consumers "
            "cannot eat promises,", None),
        (I, "Makoto Arai", "the motion was also supported by Nippon Ishin no Kai and the Democratic Party for the People",
            None),
        (I, "Hiroyuki Sakuma", "the release of 300,000 tons of rice from government stockpiles in October had begun to "
            "have an effect", None),
        (P, "Hiroyuki Sakuma", "by the end of the year.", None),
        (D, "Hiroyuki Sakuma", "I take the criticism seriously. But a no-confidence motion will not lower the price of a "
            "single bag of rice,", None),
        (I, "Hiroyuki Sakuma", "the ministry was considering a second release from the stockpiles in January", None),
        (P, "Yoshiko Tanabe", "full confidence", None),
        (P, "senior LDP official", "difficult", None),
        (I, "Central Union of Agricultural Cooperatives", "the price rise reflected higher fertilizer, fuel and labor "
            "costs", None),
        (P, "Central Union of Agricultural Cooperatives", "should not be made scapegoats.", None),
        (S, None, "gentan", None),
        (I, "Shufuren", "many households had switched to bread and noodles since the summer and that school lunch "
            "programs in some cities had cut the number of rice meals", None),
    ],
    "actors": [
        actor("agriculture ministry", "government", title="agriculture ministry", affiliation="Japan",
              aliases=["agriculture ministry"], stance=None),
        actor("Makoto Arai", "person", title="Diet affairs chief", affiliation="Constitutional Democratic Party of Japan",
              aliases=["Makoto Arai", "Arai"], stance=-1),
        actor("Hiroyuki Sakuma", "person", title="agriculture minister", affiliation="Government of Japan (LDP)",
              aliases=["Hiroyuki Sakuma", "Sakuma"], stance=1),
        actor("Yoshiko Tanabe", "person", title="Chief Cabinet Secretary", affiliation="Government of Japan",
              aliases=["Yoshiko Tanabe", "Tanabe"], stance=1),
        actor("senior LDP official", "person", title="senior official (anonymous)", affiliation="Liberal Democratic Party",
              aliases=["senior LDP official"], stance=0),
        actor("Central Union of Agricultural Cooperatives", "organisation", title="farm cooperatives' union",
              affiliation="Japan", aliases=["Central Union of Agricultural Cooperatives", "JA-Zenchu"], stance=None),
        actor("Shufuren", "organisation", title="consumer group", affiliation="Japan", aliases=["Shufuren"],
              stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
