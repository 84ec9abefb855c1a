"""Build the dev204 gold files (data/eval/dev204/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev204/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev204.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev204"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Somaliland Chronicle disaster (drought in Sanaag; herders accuse the disaster agency of a slow
#    response), title-case headline "... as Herders Accuse Disaster Agency of Slow Response" without quote
#    marks (not annotated), byline, dateline "ERIGAVO —", straight " and apostrophes, American punctuation
#    inside closing marks, "$3"; lede group "Pastoralist families in eastern Sanaag say A, and accuse ... of
#    arriving "..."" (present tense: indirect plus partial); quote before "said Cawo Jaamac Faarax, a mother
#    of seven ..." then a quote-only paragraph; group "Herders gathered at the Badhan water point on Monday
#    said A. They said B" (pronoun); scare so-called "water trucking" operation; chairman "rejected the
#    criticism and said A" (the rejection not annotated), quote before "Warsame told Somaliland Chronicle by
#    phone from Hargeisa"; governor "said A"; doctor "said A and that B" (one span), "she said"; MP "accused
#    NADFOR of distributing aid "..." and called for ..." (partial; the call not annotated); "According to the
#    UN Office for the Coordination of Humanitarian Affairs (OCHA), A"; WFP "said A, but warned that B" (two
#    indirects); "Forecasters expect ..." (no speech verb).
ARTICLES[f"{BATCH}/sanaag-drought-nadfor-response.gold.json"] = {
    "article": f"{BATCH}/sanaag-drought-nadfor-response.txt",
    "target": "National Disaster Preparedness and Food Reserve Authority",
    "quotes": [
        (I, "Pastoralist families in eastern Sanaag", "they have lost up to half of their livestock since the failure "
            "of the Deyr rains", None),
        (P, "Pastoralist families in eastern Sanaag", "too late and with too little.", None),
        (D, "Cawo Jaamac Faarax", "We had 300 goats in April. Now we have 90, and the ones that are left cannot walk "
            "to the water,", None),
        (D, "Cawo Jaamac Faarax", "Nobody came from the government until last week. They brought rice for one month "
            "and left.", None),
        (I, "Herders gathered at the Badhan water point", "the price of a barrel of water had risen from $3 to $10 "
            "since October", None),
        (I, "Herders gathered at the Badhan water point", "some families had started selling their breeding camels to "
            "pay for it", None),
        (S, None, "water trucking", None),
        (I, "Faisal Ali Warsame", "the authority had delivered food and water to 41,000 households in Sanaag and "
            "Togdheer since the start of October", None),
        (D, "Faisal Ali Warsame", "We are one agency with one budget trying to cover the whole country. When the "
            "rains fail everywhere at the same time, we cannot be everywhere at the same time,", None),
        (I, "Ahmed Muse Ismail", "at least 11 people, most of them children, had died of drought-related illness in "
            "the region since September", None),
        (I, "Hodan Abdi Nur", "the malnutrition ward had been full for three weeks and that staff had put extra beds "
            "in the corridor", None),
        (D, "Hodan Abdi Nur", "We are seeing children who walked for three days with their mothers to reach us. Some "
            "of them arrive too weak to eat,", None),
        (P, "Abdiqani Jama Cilmi", "according to who shouts the loudest", None),
        (I, "UN Office for the Coordination of Humanitarian Affairs", "about 620,000 people in Somaliland need "
            "humanitarian assistance, up from 410,000 in June", None),
        (I, "World Food Programme", "it was scaling up cash transfers in Sanaag and Togdheer", None),
        (I, "World Food Programme", "its funding for the two regions would run out at the end of February unless "
            "donors made new pledges", None),
    ],
    "actors": [
        actor("Pastoralist families in eastern Sanaag", "group", title="pastoralist families", affiliation=None,
              aliases=["Pastoralist families in eastern Sanaag"], stance=-1),
        actor("Cawo Jaamac Faarax", "person", title="mother of seven, displaced herder", affiliation=None,
              aliases=["Cawo Jaamac Faarax", "Faarax"], stance=-1),
        actor("Herders gathered at the Badhan water point", "group", title="herders", affiliation=None,
              aliases=["Herders gathered at the Badhan water point"], stance=None),
        actor("Faisal Ali Warsame", "person", title="chairman",
              affiliation="National Disaster Preparedness and Food Reserve Authority",
              aliases=["Faisal Ali Warsame", "Warsame"], stance=1),
        actor("Ahmed Muse Ismail", "person", title="Sanaag regional governor", affiliation="Somaliland",
              aliases=["Ahmed Muse Ismail", "Ismail"], stance=None),
        actor("Hodan Abdi Nur", "person", title="doctor (Dr.)", affiliation="Erigavo General Hospital",
              aliases=["Hodan Abdi Nur", "Dr. Hodan Abdi Nur", "Nur"], stance=None),
        actor("Abdiqani Jama Cilmi", "person", title="Sanaag MP", affiliation="Somaliland parliament",
              aliases=["Abdiqani Jama Cilmi", "Cilmi"], stance=-1),
        actor("UN Office for the Coordination of Humanitarian Affairs", "organisation", title="UN agency",
              affiliation="United Nations",
              aliases=["UN Office for the Coordination of Humanitarian Affairs", "OCHA"], stance=None),
        actor("World Food Programme", "organisation", title="UN agency", affiliation="United Nations",
              aliases=["World Food Programme"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ThePrint (India) health (the drugs regulator recalls contaminated eye drops after patients lose
#    vision), headline without speech, standfirst without speech, byline and "3 December, 2026 06:40 pm
#    IST" lines, dateline "New Delhi:", curly “ ” and ’, "Dr" without a point, closing "ThePrint reached ...
#    This report will be updated ..." and "(Edited by ...)" lines; lede "has ordered a nationwide recall"
#    (act); "In an alert issued to state drug controllers Tuesday, accessed by ThePrint, the regulator said
#    A"; "The alert described the drops as “...” and asked chemists to stop sales" (partial; the request not
#    annotated); doctor "told ThePrint that A", "he said", then a quote-only paragraph; company "in a
#    statement to ThePrint, said it had “voluntarily” halted production ... and was cooperating ..." (partial
#    only: no second subject); managing director "said Medivance had a “clean record” of 14 years and
#    suggested the contamination may have happened “...”, during ..." (two partials), quote with "Khurana
#    said"; scare so-called “pharma hub”; state commissioner "said A"; group "Union Health Ministry sources
#    said A"; patient "said A", question quote with "she asked"; activist "said A and should not B" (one
#    span); "ThePrint reached ... for comment" (no speech).
ARTICLES[f"{BATCH}/medivance-eye-drops-recall-cdsco.gold.json"] = {
    "article": f"{BATCH}/medivance-eye-drops-recall-cdsco.txt",
    "target": "Medivance Lifesciences",
    "quotes": [
        (I, "Central Drugs Standard Control Organisation", "samples from the batches had tested positive for "
            "Pseudomonas aeruginosa, a bacterium that can cause fast-spreading corneal ulcers", None),
        (P, "Central Drugs Standard Control Organisation", "not of standard quality", None),
        (I, "Ketan Parikh", "most of them had used the drops after routine cataract surgery", None),
        (D, "Ketan Parikh", "These infections move very fast. By the time some patients came back to us, the cornea "
            "was already melting,", None),
        (D, "Ketan Parikh", "Two of my patients will need corneal transplants. One of them is a 62-year-old farmer who "
            "cannot work now.", None),
        (P, "Medivance Lifesciences", "voluntarily", None),
        (P, "Sanjeev Khurana", "clean record", None),
        (P, "Sanjeev Khurana", "outside our facility", None),
        (D, "Sanjeev Khurana", "We will not hide behind anything. If our product has harmed even one patient, we will "
            "take responsibility,", None),
        (S, None, "pharma hub", None),
        (I, "Rajendra Vaghela", "the state had seized more than 11,000 bottles from pharmacies in 14 districts since "
            "Saturday", None),
        (I, "Union Health Ministry sources", "the ministry had asked the CDSCO to carry out a joint inspection of the "
            "Baddi plant with state officials within a week", None),
        (I, "Savitaben Rathod", "she had bought the drops from a chemist near her house on her doctor’s advice", None),
        (D, "Savitaben Rathod", "I trusted the doctor, and the doctor trusted the company. Now who will give me back my "
            "eye?", None),
        (I, "Priyanka Sethi", "the Baddi plant had been cited for poor record-keeping in a state inspection in 2024 and "
            "should not have been allowed to expand production this year", None),
    ],
    "actors": [
        actor("Central Drugs Standard Control Organisation", "government", title="drugs regulator",
              affiliation="India",
              aliases=["Central Drugs Standard Control Organisation", "CDSCO", "the regulator", "The alert"],
              stance=-1),
        actor("Ketan Parikh", "person", title="head of cornea services (Dr)", affiliation="Ahmedabad eye hospital",
              aliases=["Ketan Parikh", "Dr Ketan Parikh", "Parikh"], stance=-1),
        actor("Medivance Lifesciences", "organisation", title="drug maker", affiliation="Himachal Pradesh",
              aliases=["Medivance Lifesciences", "Medivance"], stance=1),
        actor("Sanjeev Khurana", "person", title="managing director", affiliation="Medivance Lifesciences",
              aliases=["Sanjeev Khurana", "Khurana"], stance=1),
        actor("Rajendra Vaghela", "person", title="commissioner",
              affiliation="Gujarat Food and Drugs Control Administration",
              aliases=["Rajendra Vaghela", "Vaghela"], stance=-1),
        actor("Union Health Ministry sources", "group", title="ministry sources (anonymous)",
              affiliation="Union Health Ministry", aliases=["Union Health Ministry sources"], stance=0),
        actor("Savitaben Rathod", "person", title="patient, 58, from Mehsana", affiliation=None,
              aliases=["Savitaben Rathod", "Rathod"], stance=-1),
        actor("Priyanka Sethi", "person", title="activist", affiliation="All India Drug Action Network",
              aliases=["Priyanka Sethi", "Sethi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Folha de S.Paulo (English edition) science/environment (a study links a soy trader's suppliers to
#    Cerrado clearing), title-case headline and standfirst without speech, dateline "SÃO PAULO -", straight "
#    and apostrophes, American punctuation inside closing marks, "80%", "R$1 billion"; lede content before
#    "according to a study published on Wednesday in the journal Science"; "The study says A but that B" (one
#    span); quote before "said lead author Juliana Moreira Castro, an ecologist at USP"; "Castro said A, and
#    that B "..."" (indirect plus partial); scare Brazil's "water tank"; "In a note sent to Folha, Grãos do
#    Planalto said the study relied on "..." records and that B" (partial plus indirect); director "said the
#    trader could not be held responsible for "..."" (partial only); association "said A and that B" (one
#    span); scientist "called the method "..." but said B" (partial plus indirect); ministry "said the
#    findings "..." for traders to ..." (partial only); farmer "said farmers were being "..." for ..." (partial
#    only), quote with "Kessler said"; "According to INPE, A".
ARTICLES[f"{BATCH}/cerrado-clearing-study-graos-do-planalto.gold.json"] = {
    "article": f"{BATCH}/cerrado-clearing-study-graos-do-planalto.txt",
    "target": "Grãos do Planalto",
    "quotes": [
        (I, "researchers", "Farms supplying soy to Grãos do Planalto, one of Brazil's largest grain traders, cleared "
            "about 310,000 hectares of native Cerrado vegetation between 2020 and 2025", None),
        (I, "researchers", "most of the clearing was legal under Brazil's Forest Code, which allows landowners in much "
            "of the Cerrado to clear up to 80% of their property, but that about a third took place without any state "
            "permit", None),
        (D, "Juliana Moreira Castro", "Planalto is not the worst company in our data, but it is the one with the "
            "biggest gap between what it promises and what happens on its suppliers' farms,", None),
        (I, "Juliana Moreira Castro", "the company's 2021 pledge to eliminate deforestation from its supply chain "
            "covered only the Amazon", None),
        (P, "Juliana Moreira Castro", "where most of its soy actually comes from.", None),
        (S, None, "water tank", None),
        (P, "Grãos do Planalto", "incomplete and outdated", None),
        (I, "Grãos do Planalto", "all of its direct suppliers were monitored by satellite every month", None),
        (P, "Ricardo Lemos", "every hectare cleared by every farmer who ever sold us a truckload.", None),
        (I, "Abiove", "the sector had invested more than R$1 billion in supply-chain monitoring since 2020 and that "
            "legal clearing could not be treated as a crime", None),
        (P, "Marcos Heil", "solid", None),
        (I, "Marcos Heil", "linking individual farms to traders always involved some uncertainty", None),
        (P, "Ministry of Environment and Climate Change", "reinforce the need", None),
        (P, "Valdir Kessler", "treated like criminals", None),
        (D, "Valdir Kessler", "Planalto pays on time and follows the law. The people in São Paulo have never planted "
            "anything,", None),
        (I, "National Institute for Space Research", "clearing in the Cerrado reached 7,600 square kilometers in the 12 "
            "months to July 2025, more than in the Amazon for the third consecutive year", None),
    ],
    "actors": [
        actor("researchers", "group", title="study authors (USP and UFMG)", affiliation=None,
              aliases=["researchers", "The researchers", "study", "The study"], stance=-1),
        actor("Juliana Moreira Castro", "person", title="lead author, ecologist", affiliation="University of São Paulo",
              aliases=["Juliana Moreira Castro", "Castro"], stance=-1),
        actor("Grãos do Planalto", "organisation", title="grain trader", affiliation="Cuiabá, Brazil",
              aliases=["Grãos do Planalto", "Planalto", "the company", "the trader"], stance=1),
        actor("Ricardo Lemos", "person", title="sustainability director", affiliation="Grãos do Planalto",
              aliases=["Ricardo Lemos", "Lemos"], stance=1),
        actor("Abiove", "organisation", title="soy crushers' and exporters' association", affiliation="Brazil",
              aliases=["Abiove"], stance=1),
        actor("Marcos Heil", "person", title="remote-sensing specialist",
              affiliation="National Institute for Space Research", aliases=["Marcos Heil", "Heil"], stance=0),
        actor("Ministry of Environment and Climate Change", "government", title="ministry", affiliation="Brazil",
              aliases=["Ministry of Environment and Climate Change"], stance=-1),
        actor("Valdir Kessler", "person", title="soy farmer, western Bahia", affiliation=None,
              aliases=["Valdir Kessler", "Kessler"], stance=1),
        actor("National Institute for Space Research", "government", title="space research institute",
              affiliation="Brazil", aliases=["National Institute for Space Research", "INPE"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. ENDS Report (UK environmental trade press) courts/environment (a water company is fined for sewage
#    spills into a chalk stream), headline with a curly single fragment "Judge fines ... over ‘reckless’
#    discharges" (the judge), standfirst without speech, byline and date lines, curly single ‘ ’ for quotes
#    and fragments with ’ apostrophes, "£4.2m", "3km", "KC"; lede "has been fined ... after pleading guilty"
#    (acts); "Sentencing the company ..., Her Honour Judge Margaret Ellery said its failure ... had been
#    ‘...’ and ‘...’" (two partials), quote with "the judge said"; "According to the Environment Agency, A";
#    prosecutor "told the court that A but that B" (one span), "she said"; scare so-called ‘storm overflows’;
#    defence counsel "said A and had since B" (one span), "He told the court the breaches had happened during
#    ‘...’ after ..." (partial only); quote before "a Chiltern Vale Water spokesperson said after the hearing",
#    then a quote-only paragraph; agency manager "said the fine should send ‘...’ to ..." (partial only), quote
#    split by "Okonjo said"; volunteer group "said A"; Ofwat "said A"; "was also ordered to pay" (act).
ARTICLES[f"{BATCH}/chiltern-vale-water-misbourne-fine.gold.json"] = {
    "article": f"{BATCH}/chiltern-vale-water-misbourne-fine.txt",
    "target": "Chiltern Vale Water",
    "quotes": [
        (P, "Margaret Ellery", "reckless", "Judge fines"),
        (P, "Margaret Ellery", "reckless", "Sentencing the company"),
        (P, "Margaret Ellery", "entirely avoidable", None),
        (D, "Margaret Ellery", "This was not a one-off accident. The company knew the pump was failing, it knew what "
            "would happen when it failed, and it decided the repair could wait,", None),
        (I, "Environment Agency", "the discharges killed an estimated 2,400 fish, including brown trout and bullhead, "
            "along a 3km stretch of the river", None),
        (I, "Sarah Holloway", "alarms at the site had been triggered more than 200 times during the period but that "
            "engineers had attended fewer than a third of them", None),
        (D, "Sarah Holloway", "The company chose to save money on maintenance and let the river pay the price,", None),
        (S, None, "storm overflows", None),
        (I, "James Pritchett", "the company accepted full responsibility and had since spent £3.1m rebuilding the "
            "station", None),
        (P, "James Pritchett", "a period of acute pressure on the network", None),
        (D, "Chiltern Vale Water spokesperson", "We are sorry for the harm caused to the Misbourne and to the "
            "communities who love it,", None),
        (D, "Chiltern Vale Water spokesperson", "The pumping station has been completely rebuilt and has not spilled "
            "once since March.", None),
        (P, "David Okonjo", "a clear message", None),
        (D, "David Okonjo", "Chalk streams are among the rarest habitats on the planet,", None),
        (D, "David Okonjo", "When a company lets one of them fill with sewage for the best part of two years, the "
            "courts will treat it as the crime it is.", None),
        (I, "Misbourne River Watch", "its members had first reported grey fungus and dead fish below the station in "
            "June 2023, more than a year before the pump was replaced", None),
        (I, "Ofwat", "the sentence would be taken into account in its continuing review of the company’s wastewater "
            "performance", None),
    ],
    "actors": [
        actor("Margaret Ellery", "person", title="judge (Her Honour Judge)", affiliation="Aylesbury Crown Court",
              aliases=["Margaret Ellery", "Her Honour Judge Margaret Ellery", "Ellery", "the judge", "Judge"],
              stance=-1),
        actor("Environment Agency", "government", title="environmental regulator (prosecutor)",
              affiliation="England", aliases=["Environment Agency", "the agency"], stance=-1),
        actor("Sarah Holloway", "person", title="prosecuting counsel", affiliation="Environment Agency",
              aliases=["Sarah Holloway", "Holloway"], stance=-1),
        actor("James Pritchett", "person", title="counsel for the company (KC)", affiliation="Chiltern Vale Water",
              aliases=["James Pritchett", "James Pritchett KC", "Pritchett"], stance=1),
        actor("Chiltern Vale Water spokesperson", "person", title="spokesperson", affiliation="Chiltern Vale Water",
              aliases=["Chiltern Vale Water spokesperson"], stance=1),
        actor("David Okonjo", "person", title="area environment manager", affiliation="Environment Agency",
              aliases=["David Okonjo", "Okonjo"], stance=-1),
        actor("Misbourne River Watch", "group", title="volunteer river monitoring group", affiliation=None,
              aliases=["Misbourne River Watch"], stance=-1),
        actor("Ofwat", "government", title="water regulator", affiliation="England and Wales", aliases=["Ofwat"],
              stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
