"""Build the test163 gold files (data/eval/test163/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test163/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test163.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test163"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Daily Dispatch (East London, South Africa) local government (a pump station fails and Mdantsane goes
#    without water), headline without speech, "By NAME" byline, straight " and apostrophes, "R300", "yesterday";
#    lede content before "Buffalo City Metropolitan Municipality said yesterday"; spokesperson "said A but that B"
#    (one span), quote with "Zitha said", then a quote-only paragraph; group "Residents of NU 8 and NU 12, however,
#    said A", later "The residents said A"; pensioner named after her quote, "She said A"; councillor "described the
#    outage as "..."" (partial only), quote with "Tyali said", "He said he would table ..."; acting head "denied
#    that B" (indirect without that), quote with "Mgwali told the Dispatch", "According to Mgwali, A"; scare
#    so-called "Amanzi Ethu" programme; principal "said A", "she said"; department "said A and that B" (one span).
ARTICLES[f"{BATCH}/buffalo-city-mdantsane-water-outage.gold.json"] = {
    "article": f"{BATCH}/buffalo-city-mdantsane-water-outage.txt",
    "target": "Buffalo City Metropolitan Municipality",
    "quotes": [
        (I, "Buffalo City Metropolitan Municipality", "Thousands of households in Mdantsane and Potsdam have been without "
            "running water since Friday after two pumps failed at the Nahoon pump station", None),
        (I, "Bongani Zitha", "engineers had replaced one of the pumps on Monday night but that the second would only be "
            "repaired by the weekend", None),
        (D, "Bongani Zitha", "We understand the frustration of our residents. Our teams are working around the clock, and "
            "we have deployed 24 water tankers to the affected areas,", None),
        (D, "Bongani Zitha", "This is an ageing system, and some of these pumps were installed in the 1980s. We are "
            "fixing problems that were decades in the making.", None),
        (I, "Residents of NU 8 and NU 12", "the tankers arrived irregularly and often ran dry before everyone had filled "
            "their buckets", None),
        (D, "Nomvula Mpahleni", "We queue from five in the morning. Yesterday the tanker came at two in the afternoon and "
            "left after an hour,", None),
        (I, "Nomvula Mpahleni", "she had spent R300 on bottled water since the weekend", None),
        (P, "Xolani Tyali", "a disgrace that was entirely avoidable", None),
        (D, "Xolani Tyali", "The metro was warned in its own maintenance report two years ago that these pumps were at the "
            "end of their lifespan. Nothing was done,", None),
        (I, "Xolani Tyali", "he would table a motion of no confidence in the metro's water and sanitation directorate at "
            "the next council sitting", None),
        (I, "Sipho Mgwali", "maintenance had been neglected", None),
        (D, "Sipho Mgwali", "We have spent R42 million on pump refurbishment in the past financial year. What happened at "
            "Nahoon is a mechanical failure, not negligence,", None),
        (I, "Sipho Mgwali", "the metro loses about 37% of its treated water to leaks and illegal connections", None),
        (S, None, "Amanzi Ethu", None),
        (I, "Thandeka Booi", "about 400 pupils had been sent home early on Monday and Tuesday because toilets could not be "
            "flushed", None),
        (D, "Thandeka Booi", "You cannot run a school without water. Our matric learners are writing trial exams and we "
            "are sending them home at ten o'clock,", None),
        (I, "Eastern Cape department of health", "clinics in Mdantsane were being supplied by tanker and that no clinic "
            "had been forced to close", None),
        (I, "Residents of NU 8 and NU 12", "they planned to march to the city hall on Thursday if water had not been "
            "restored by then", None),
        (I, "Bongani Zitha", "the metro expected full supply to be restored to all affected wards by Saturday", None),
    ],
    "actors": [
        actor("Buffalo City Metropolitan Municipality", "government", title="metropolitan municipality",
              affiliation="Eastern Cape, South Africa", aliases=["Buffalo City Metropolitan Municipality", "the metro",
              "The municipality"], stance=0),
        actor("Bongani Zitha", "person", title="spokesperson", affiliation="Buffalo City Metropolitan Municipality",
              aliases=["Bongani Zitha", "Zitha"], stance=1),
        actor("Residents of NU 8 and NU 12", "group", title="residents of Mdantsane", affiliation=None,
              aliases=["Residents of NU 8 and NU 12", "The residents"], stance=-1),
        actor("Nomvula Mpahleni", "person", title="pensioner, 61", affiliation=None,
              aliases=["Nomvula Mpahleni", "Mpahleni"], stance=-1),
        actor("Xolani Tyali", "person", title="Ward 17 councillor", affiliation="Democratic Alliance (DA)",
              aliases=["Xolani Tyali", "Tyali"], stance=-1),
        actor("Sipho Mgwali", "person", title="acting head of water services",
              affiliation="Buffalo City Metropolitan Municipality", aliases=["Sipho Mgwali", "Mgwali"], stance=1),
        actor("Thandeka Booi", "person", title="principal", affiliation="Zanempucuko Senior Secondary School",
              aliases=["Thandeka Booi", "Booi"], stance=-1),
        actor("Eastern Cape department of health", "government", title="provincial health department",
              affiliation="Eastern Cape, South Africa", aliases=["Eastern Cape department of health"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Construction Week (Middle East construction trade press) (a quay contractor in Oman is warned over delays and
#    subcontractors say they are unpaid), headline with a curly fragment "... owes them “millions”", lower-case
#    "by NAME" byline and date line, curly “ ” and ’, "OMR 96mn (US$249mn)"; lede content before "the ministry
#    confirmed on Tuesday"; content before "according to the ministry"; "the ministry said it had given the
#    contractor 60 days to submit a “...” and that B" (partial plus indirect); group "Subcontractors on the project
#    say A" (also the headline's speaker); managing director named after his quote, then a quote-only paragraph;
#    anonymous "A second subcontractor, the owner of ..., who asked not to be named, said A"; CEO "rejected the
#    claims" (act), quote with "Haddad told Construction Week", "He blamed the delay on “...”" (partial only),
#    "Haddad said A and expected B" (one span), "he said"; group "Analysts say A"; consultant named after her
#    quote, "She said the Duqm dispute was “...”" (partial only); scare so-called “pay-when-paid” clauses
#    (the society's "has asked the government to restrict": a directive); port operator "said A".
ARTICLES[f"{BATCH}/duqm-quay-rimal-harbour-delays.gold.json"] = {
    "article": f"{BATCH}/duqm-quay-rimal-harbour-delays.txt",
    "target": "Rimal Harbour Contracting",
    "quotes": [
        (P, "Subcontractors on the project", "millions", None),
        (I, "Ministry of Transport, Communications and Information Technology", "Oman’s Ministry of Transport, "
            "Communications and Information Technology (MTCIT) has issued a formal warning to Rimal Harbour Contracting "
            "over delays on the OMR 96mn (US$249mn) quay expansion at the Port of Duqm", None),
        (I, "Ministry of Transport, Communications and Information Technology", "The project, which adds 1.2km of berths "
            "for bulk carriers, was due to be completed in September but is only about 58% complete", None),
        (P, "Ministry of Transport, Communications and Information Technology", "credible recovery programme", None),
        (I, "Ministry of Transport, Communications and Information Technology", "penalties under the contract would "
            "apply from January", None),
        (I, "Subcontractors on the project", "they are owed a combined OMR 4.2mn, some of it for work completed more than "
            "eight months ago", None),
        (D, "Faisal Al Balushi", "We have 140 workers on site and we have paid their salaries from our own pocket since "
            "April. We cannot continue like this,", None),
        (D, "Faisal Al Balushi", "Every month they promise the next certificate will be paid. Every month there is a new "
            "reason.", None),
        (I, "second subcontractor", "his firm had stopped work on the project in October after going five months without "
            "payment", None),
        (D, "Karim Haddad", "Rimal has paid every certified invoice. Where there are disputes over measurements, they are "
            "being handled under the contract, not in the press,", None),
        (P, "Karim Haddad", "unforeseen ground conditions", None),
        (I, "Karim Haddad", "the company had brought in two additional jack-up barges and expected to reach 80% completion "
            "by the end of March", None),
        (D, "Karim Haddad", "We are not walking away from Duqm. This is a difficult job, but we will finish it,", None),
        (I, "Analysts", "contractors across the region are under pressure from rising steel and fuel costs and from "
            "clients that are slow to approve variation claims", None),
        (D, "Anjali Raman", "Margins in marine works were thin to begin with. Contractors that bid in 2023 priced steel at "
            "well under today’s levels, and now the numbers do not work,", None),
        (P, "Anjali Raman", "a warning for the whole sector", None),
        (S, None, "pay-when-paid", None),
        (I, "Port of Duqm Company", "operations at the existing terminals had not been affected by the works", None),
    ],
    "actors": [
        actor("Subcontractors on the project", "group", title="subcontractors", affiliation="Port of Duqm quay expansion",
              aliases=["Subcontractors on the project", "Subcontractors"], stance=-1),
        actor("Ministry of Transport, Communications and Information Technology", "government", title="ministry",
              affiliation="Oman", aliases=["Ministry of Transport, Communications and Information Technology", "MTCIT",
              "the ministry"], stance=-1),
        actor("Faisal Al Balushi", "person", title="managing director", affiliation="Bahr Al Oman Engineering",
              aliases=["Faisal Al Balushi", "Al Balushi"], stance=-1),
        actor("second subcontractor", "person", title="owner of a steel fixing company (anonymous)", affiliation=None,
              aliases=["second subcontractor"], stance=-1),
        actor("Karim Haddad", "person", title="chief executive", affiliation="Rimal Harbour Contracting",
              aliases=["Karim Haddad", "Haddad"], stance=1),
        actor("Analysts", "group", title="analysts", affiliation=None, aliases=["Analysts"], stance=0),
        actor("Anjali Raman", "person", title="director", affiliation="Gulf Infrastructure Advisory",
              aliases=["Anjali Raman", "Raman"], stance=0),
        actor("Port of Duqm Company", "organisation", title="port operator", affiliation="Oman",
              aliases=["Port of Duqm Company"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Q Costa Rica (Costa Rica, English-language) health (the social security fund's surgery waiting list hits a
#    record), headline without speech, "QCOSTARICA -" dateline run into the lede, straight " and apostrophes,
#    accents, "₡6 million"; lede content before "according to figures released by the institution on Monday";
#    content before "the CCSS said"; executive president "told reporters ... that the backlog was "..." of ..."
#    (partial only), quote with "Alfaro said", "She said A and that B" (one span), "Alfaro said A"; union "said the
#    plan was "..." and blamed the shortage ... on ..." (partial only; "blamed" an act); its president after his
#    quote ("the union's president, Dr. Esteban Quirós, said in a radio interview"); patient "she told Q Costa
#    Rica", "She said A but could not B" (one span); ombudsman "said in a report ... that the CCSS lacked "..."
#    on ..." (partial only); scare "The practice known as "biombos""; minister "said A, but warned that ... "..."
#    before ..." (indirect plus partial).
ARTICLES[f"{BATCH}/ccss-surgery-waiting-list-record.gold.json"] = {
    "article": f"{BATCH}/ccss-surgery-waiting-list-record.txt",
    "target": "Caja Costarricense de Seguro Social",
    "quotes": [
        (I, "Caja Costarricense de Seguro Social", "More than 220,000 people are waiting for surgery in Costa Rica's "
            "public hospitals, the longest list in the history of the Caja Costarricense de Seguro Social (CCSS)", None),
        (I, "Caja Costarricense de Seguro Social", "The average wait for a knee or hip replacement has reached 1,064 days",
            None),
        (P, "Mónica Alfaro", "the heaviest inheritance", None),
        (D, "Mónica Alfaro", "We are operating on Saturdays and Sundays, we have hired private operating rooms in three "
            "provinces, and we are still not catching up. I will not pretend otherwise,", None),
        (I, "Mónica Alfaro", "the CCSS would open 40 additional operating-room shifts a week from January and that "
            "patients who have waited more than two years would be contacted first", None),
        (P, "Unión Médica Nacional", "too little, too late", None),
        (D, "Esteban Quirós", "Patients are not numbers on a list. Some of them will die waiting,", None),
        (D, "Carmen Villalobos", "I walk with two canes. Every time I call the hospital, they tell me to keep waiting, "
            "that my turn will come,", None),
        (I, "Carmen Villalobos", "she had considered paying for the operation at a private clinic but could not afford "
            "the ₡6 million it would cost", None),
        (P, "Defensoría de los Habitantes", "reliable data", None),
        (S, None, "biombos", None),
        (I, "Mónica Alfaro", "any official caught taking such payments would be dismissed and reported to the "
            "prosecutor's office", None),
        (I, "Rodrigo Esquivel", "the government supported the Caja's plan", None),
        (P, "Rodrigo Esquivel", "manage better what it already has", None),
    ],
    "actors": [
        actor("Caja Costarricense de Seguro Social", "government", title="social security fund",
              affiliation="Costa Rica", aliases=["Caja Costarricense de Seguro Social", "CCSS", "the institution",
              "Caja"], stance=0),
        actor("Mónica Alfaro", "person", title="executive president", affiliation="Caja Costarricense de Seguro Social",
              aliases=["Mónica Alfaro", "Alfaro"], stance=1),
        actor("Unión Médica Nacional", "organisation", title="doctors' union", affiliation="Costa Rica",
              aliases=["Unión Médica Nacional", "the union"], stance=-1),
        actor("Esteban Quirós", "person", title="president", affiliation="Unión Médica Nacional",
              aliases=["Esteban Quirós", "Quirós", "Dr. Esteban Quirós"], stance=-1),
        actor("Carmen Villalobos", "person", title="retired teacher, 67, patient", affiliation=None,
              aliases=["Carmen Villalobos", "Villalobos"], stance=-1),
        actor("Defensoría de los Habitantes", "government", title="ombudsman's office", affiliation="Costa Rica",
              aliases=["Defensoría de los Habitantes", "Defensoría"], stance=-1),
        actor("Rodrigo Esquivel", "person", title="Health Minister", affiliation="Government of Costa Rica",
              aliases=["Rodrigo Esquivel", "Esquivel"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Tasmanian Times (Tasmania, Australia) environment (mass salmon deaths at a fish farm's leases), headline without
#    speech, "By NAME" byline, curly “ ” and ’, photo caption with a credit "(Ruby Calder/Tasmanian Times)", "Mr";
#    lede content before "the Environment Protection Authority (EPA) said on Wednesday"; "The EPA said A and that B"
#    (one span); CEO "said A", quote with "Mr Kelleher said", then a quote over two paragraphs (an open paragraph,
#    then a closed one); MP "said the deaths were “...” and that B" (partial plus indirect); group "Residents of
#    Nubeena told Tasmanian Times that A"; kayak hire operator named after her quote; minister "said the government
#    would not “...” and that B" (partial plus indirect), quote with "he told parliament"; scare so-called
#    “fallowing plan”; ecologist "said A and that B" (one span); "According to Salmon Tasmania, ..., A"; "has not
#    said whether ..." (negated) and "have called for a separate inquiry" (directive) not annotated.
ARTICLES[f"{BATCH}/storm-bay-salmon-deaths-southern-reach.gold.json"] = {
    "article": f"{BATCH}/storm-bay-salmon-deaths-southern-reach.txt",
    "target": "Southern Reach Aquaculture",
    "quotes": [
        (I, "Environment Protection Authority", "More than 1.3 million salmon have died at Southern Reach Aquaculture’s "
            "Storm Bay leases since late October", None),
        (I, "Environment Protection Authority", "the company had notified it of elevated deaths on October 27 and that "
            "dead fish were being taken to a rendering plant at Triabunna and to a landfill near Hobart", None),
        (I, "Martin Kelleher", "warm water and an outbreak of the bacterium Piscirickettsia salmonis were to blame", None),
        (D, "Martin Kelleher", "Sea temperatures in Storm Bay have been more than two degrees above the long-term average "
            "for six weeks. No farmer, anywhere in the world, can fully protect fish in those conditions,", None),
        (D, "Martin Kelleher", "We have been open with the regulator from day one. We will keep being open.", None),
        (D, "Martin Kelleher", "What we will not do is accept that this was caused by overstocking. It was not.", None),
        (P, "Bronte Lavers", "an ecological disaster years in the making", None),
        (I, "Bronte Lavers", "the government had allowed the industry to expand faster than the science could keep up",
            None),
        (I, "Residents of Nubeena", "rotting fish had been washing up on local beaches for three weeks", None),
        (D, "Jodie Fenwick", "You can smell it from the school. My kids won’t go near the water,", None),
        (P, "Graham Ashby", "rush to judgment", None),
        (I, "Graham Ashby", "the EPA’s investigation would be completed before any decision on the company’s licence was "
            "made", None),
        (D, "Graham Ashby", "The salmon industry employs more than 5,000 Tasmanians, many of them in regional "
            "communities. That matters,", None),
        (S, None, "fallowing plan", None),
        (I, "Leah Morrissey", "warm-water events were becoming more frequent and that stocking densities needed to be "
            "reviewed across the industry", None),
        (I, "Salmon Tasmania", "the state produced about 80,000 tonnes of salmon last year, worth more than $1.4 billion",
            None),
    ],
    "actors": [
        actor("Environment Protection Authority", "government", title="environmental regulator", affiliation="Tasmania",
              aliases=["Environment Protection Authority", "EPA"], stance=0),
        actor("Martin Kelleher", "person", title="chief executive", affiliation="Southern Reach Aquaculture",
              aliases=["Martin Kelleher", "Kelleher", "Mr Kelleher"], stance=1),
        actor("Bronte Lavers", "person", title="Greens MP", affiliation="Tasmanian Greens",
              aliases=["Bronte Lavers", "Lavers"], stance=-1),
        actor("Residents of Nubeena", "group", title="residents", affiliation=None, aliases=["Residents of Nubeena"],
              stance=-1),
        actor("Jodie Fenwick", "person", title="kayak hire operator, White Beach", affiliation=None,
              aliases=["Jodie Fenwick", "Fenwick"], stance=-1),
        actor("Graham Ashby", "person", title="Primary Industries Minister", affiliation="Tasmanian Government",
              aliases=["Graham Ashby", "Ashby"], stance=0),
        actor("Leah Morrissey", "person", title="marine ecologist",
              affiliation="University of Tasmania’s Institute for Marine and Antarctic Studies",
              aliases=["Leah Morrissey", "Morrissey", "Dr Leah Morrissey"], stance=0),
        actor("Salmon Tasmania", "organisation", title="industry body", affiliation="Tasmania",
              aliases=["Salmon Tasmania"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
