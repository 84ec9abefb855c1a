"""Build the test160 gold files (data/eval/test160/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test160/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test160.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test160"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. ARISE NEWS (Nigeria) energy/labour (the power regulator raises Band A tariffs, labour rejects it), title-case
#    headline with a straight fragment "NLC Rejects NERC's "Anti-People" Tariff Hike" (partial for the NLC), byline
#    and date lines, straight " and apostrophes, "N241.80", "per cent"; lede "has rejected ..., describing it as
#    "..." and "..."" (two partials); "NERC on Tuesday raised ..." (an act); "In a statement signed by its Chairman,
#    X, the commission said A" (the commission's), then ""...," the statement added."; content before "according to
#    the commission"; union deputy president "Speaking on ARISE NEWS ..., X said: "..." open at the end of its line,
#    then a closed paragraph; distributors "welcomed the order, saying A" (the act not annotated, the participle an
#    indirect); scare so-called "metering gap" (glossed); ministry spokesman "told ARISE NEWS that the ministry "..."
#    the commission's decision and that B" (partial plus indirect); group "Residents of Lekki and Ikeja who spoke with
#    ARISE NEWS said A and that B" (one span); trader ""... Which Band A?" asked Mrs. X"; senator "said A"; economist
#    "said A, but that it had chosen "..." to raise tariffs" (indirect plus partial); "are expected to meet" (no
#    speech).
ARTICLES[f"{BATCH}/nerc-band-a-tariff-nlc.gold.json"] = {
    "article": f"{BATCH}/nerc-band-a-tariff-nlc.txt",
    "target": "Nigerian Electricity Regulatory Commission",
    "quotes": [
        (P, "Nigeria Labour Congress", "Anti-People", None),
        (P, "Nigeria Labour Congress", "anti-people", None),
        (P, "Nigeria Labour Congress", "insensitive to the suffering of Nigerians", None),
        (I, "Nigerian Electricity Regulatory Commission", "the review was necessary to reduce the subsidy burden on the "
            "federal government and to attract fresh investment into the power sector", None),
        (D, "Nigerian Electricity Regulatory Commission", "Customers in Bands B to E are not affected by this order and "
            "will continue to pay the existing rates,", None),
        (I, "Nigerian Electricity Regulatory Commission", "Band A customers make up about 15 per cent of electricity "
            "consumers but account for more than 40 per cent of the energy supplied to the grid", None),
        (D, "Felix Adamu", "We have said it again and again. Workers are still earning a minimum wage that cannot buy a "
            "bag of rice, and now NERC wants them to pay more for light that is not even constant.", None),
        (D, "Felix Adamu", "If this order is not reversed within 14 days, we will mobilise our members across the "
            "country. Nobody should blame labour for what follows.", None),
        (I, "Association of Nigerian Electricity Distributors", "cost-reflective tariffs were the only way to end "
            "estimated billing and to pay for new meters", None),
        (S, None, "metering gap", None),
        (P, "Kunle Adebiyi", "fully supports", None),
        (I, "Kunle Adebiyi", "the minister would meet labour leaders next week", None),
        (I, "Residents of Lekki and Ikeja", "they already spent more on diesel than on electricity and that supply had "
            "not improved since the last increase in April 2024", None),
        (D, "Folake Adesanya", "I pay N60,000 every month for prepaid units and there are days we don't see light for six "
            "hours. Which Band A?", None),
        (I, "Ahmed Garba", "the committee would summon the NERC leadership to explain the basis of the review before the "
            "end of the month", None),
        (I, "Ngozi Eze", "the commission was right in principle", None),
        (P, "Ngozi Eze", "the worst possible time", None),
    ],
    "actors": [
        actor("Nigeria Labour Congress", "organisation", title="labour federation", affiliation="Nigeria",
              aliases=["Nigeria Labour Congress", "NLC"], stance=-1),
        actor("Nigerian Electricity Regulatory Commission", "government", title="electricity regulator",
              affiliation="Nigeria", aliases=["Nigerian Electricity Regulatory Commission", "NERC", "the commission"],
              stance=1),
        actor("Felix Adamu", "person", title="Deputy President", affiliation="Nigeria Labour Congress",
              aliases=["Felix Adamu", "Adamu", "Comrade Felix Adamu"], stance=-1),
        actor("Association of Nigerian Electricity Distributors", "organisation", title="distribution companies' body",
              affiliation="Nigeria", aliases=["Association of Nigerian Electricity Distributors", "ANED"], stance=1),
        actor("Kunle Adebiyi", "person", title="spokesman", affiliation="Federal Ministry of Power",
              aliases=["Kunle Adebiyi", "Adebiyi"], stance=1),
        actor("Residents of Lekki and Ikeja", "group", title="residents", affiliation=None,
              aliases=["Residents of Lekki and Ikeja"], stance=-1),
        actor("Folake Adesanya", "person", title="cold-room operator in Ikeja", affiliation=None,
              aliases=["Folake Adesanya", "Adesanya", "Mrs. Folake Adesanya"], stance=-1),
        actor("Ahmed Garba", "person", title="Chairman, Senate Committee on Power", affiliation="Senate of Nigeria",
              aliases=["Ahmed Garba", "Garba", "Senator Ahmed Garba"], stance=0),
        actor("Ngozi Eze", "person", title="energy economist", affiliation="University of Lagos",
              aliases=["Ngozi Eze", "Eze", "Dr. Ngozi Eze"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Tico Times (Costa Rica, English-language) courts/environment (the Constitutional Chamber halts a marina
#    over a mangrove), headline with a curly single fragment "... over mangrove ‘risk’" (partial for the Sala IV),
#    byline and date lines, photo caption ending "(Daniela Solís/The Tico Times)", curly “ ” and ’, "$40 million";
#    lede "ruling that the ... permit failed to account for the “...”" (partial only); "The court said in its
#    resolution, published Thursday, that A"; "The ruling responds to an appeal filed ..." (no speech); developer
#    "said in a statement that it “...” and that B" (partial plus indirect); split "“...,” said the company’s general
#    manager, X. “...”", "Alfaro said A and that B" (one span); lawyer "called the ruling “...”" then in the same
#    paragraph "Quesada said: “...” open at the end of its line, then a closed paragraph; ministry "said in a brief
#    statement that it would review the permit “...”" (partial only); "SETENA did not respond"; group "Fishermen in
#    El Jobo said A"; fisherman "“...,” said X, 58, who ..."; chamber "warned that the decision sent “...” to ..."
#    (partial only); scare so-called “Gold Coast,”; "According to the ruling, A".
ARTICLES[f"{BATCH}/guanacaste-marina-sala-iv-mangrove.gold.json"] = {
    "article": f"{BATCH}/guanacaste-marina-sala-iv-mangrove.txt",
    "target": "Marina Punta Roca",
    "quotes": [
        (P, "Constitutional Chamber", "risk", "Sala IV halts"),
        (P, "Constitutional Chamber", "risk of irreversible damage", None),
        (I, "Constitutional Chamber", "the National Environmental Technical Secretariat (SETENA) had approved the project "
            "without requiring a study of how dredging would affect the mangrove and the fish nurseries it shelters", None),
        (P, "Marina Punta Roca", "respects the decision of the court", None),
        (I, "Marina Punta Roca", "it was confident the project would meet every environmental requirement once the new "
            "study was complete", None),
        (D, "Rodrigo Alfaro", "We have invested six years and more than $40 million in this project, and we have never "
            "cut a corner,", None),
        (D, "Rodrigo Alfaro", "The marina will bring 600 permanent jobs to a region that badly needs them.", None),
        (I, "Rodrigo Alfaro", "work would stop immediately and that the 220 workers on site would be moved to the "
            "company’s hotel projects in Papagayo", None),
        (P, "Mariela Quesada", "a victory for every coastal community in Costa Rica.", None),
        (D, "Mariela Quesada", "For two years the company told us the mangrove was already dead. The court has now said "
            "what we knew all along: you cannot dredge a wetland and call it tourism.", None),
        (D, "Mariela Quesada", "This does not end the project. It forces them to do what they should have done from the "
            "beginning.", None),
        (P, "Environment Ministry", "in line with the court’s instructions.", None),
        (I, "Fishermen in El Jobo", "dredging trials carried out last year had already muddied the water where they catch "
            "snapper and shrimp", None),
        (D, "Óscar Villalobos", "Before, you could see the bottom at two meters. Now you see nothing,", None),
        (P, "Guanacaste Chamber of Tourism", "a confusing signal", None),
        (S, None, "Gold Coast,", None),
        (I, "Constitutional Chamber", "the company may resubmit the project with a new environmental impact study that "
            "includes the mangrove", None),
    ],
    "actors": [
        actor("Constitutional Chamber", "government", title="constitutional court (Sala IV)", affiliation="Costa Rica",
              aliases=["Constitutional Chamber", "Sala IV", "The court", "the court", "the ruling"], stance=-1),
        actor("Marina Punta Roca", "organisation", title="developer", affiliation=None,
              aliases=["Marina Punta Roca", "Marina Punta Roca S.A.", "The developer", "the company"], stance=1),
        actor("Rodrigo Alfaro", "person", title="general manager", affiliation="Marina Punta Roca",
              aliases=["Rodrigo Alfaro", "Alfaro"], stance=1),
        actor("Mariela Quesada", "person", title="lawyer for the El Jobo residents", affiliation=None,
              aliases=["Mariela Quesada", "Quesada"], stance=-1),
        actor("Environment Ministry", "government", title="environment ministry (MINAE)", affiliation="Costa Rica",
              aliases=["Environment Ministry", "MINAE"], stance=0),
        actor("Fishermen in El Jobo", "group", title="fishermen", affiliation=None, aliases=["Fishermen in El Jobo"],
              stance=-1),
        actor("Óscar Villalobos", "person", title="fisherman, 58", affiliation=None,
              aliases=["Óscar Villalobos", "Villalobos"], stance=-1),
        actor("Guanacaste Chamber of Tourism", "organisation", title="tourism chamber", affiliation="Guanacaste",
              aliases=["Guanacaste Chamber of Tourism"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Expats.cz (Prague, English-language) local government (the city caps short-term rentals in the centre),
#    headline and standfirst without speech, byline and "10.12.2026" line, British straight single quotes '...'
#    (apostrophes in "won't", "residents'" outside), "CZK 500,000", Czech names with diacritics; content before "the
#    city said in a press release"; deputy mayor "said the measure would return '...' to long-term renters" (partial
#    only), "'...,' X told Expats.cz after the vote.", "'...,' she added."; Airbnb "said in a statement that it was
#    '...' by the vote and that B" (partial plus indirect); host "said A", split "'...,' Berger said. '...'";
#    "According to the Czech Statistical Office, A"; district mayor "said the limit was '...' and that B" (partial
#    plus indirect); scare so-called 'keybox walls' (glossed); residents' association "said in a Facebook post that
#    the cap came '...'" (partial only); "Not everyone on the council was convinced" (no speech); councillor "said the
#    city was '...'" (partial only), "'...,' he said."; hotel association "welcomed the vote, saying A".
ARTICLES[f"{BATCH}/prague-short-term-rental-cap.gold.json"] = {
    "article": f"{BATCH}/prague-short-term-rental-cap.txt",
    "target": "Prague City Hall",
    "quotes": [
        (I, "Prague City Hall", "Hosts who exceed the limit will face fines of up to CZK 500,000, and every listing will "
            "have to display a registration number issued by the district office", None),
        (P, "Petra Holubová", "thousands of flats", None),
        (D, "Petra Holubová", "Prague 1 has lost a third of its permanent residents since 2000. A city centre where nobody "
            "lives is not a city centre, it is a theme park,", None),
        (D, "Petra Holubová", "We are not banning anyone. We are asking people who rent out flats to follow the same rules "
            "as hotels,", None),
        (P, "Airbnb", "disappointed", None),
        (I, "Airbnb", "the cap would push visitors towards unregulated listings on other platforms", None),
        (I, "Lukas Berger", "the rules punished small hosts for the behaviour of large operators", None),
        (D, "Lukas Berger", "I pay my taxes, I register every guest with the foreign police, and now I am told I am the "
            "problem,", None),
        (D, "Lukas Berger", "The big companies with 50 flats will find a way around this. I won't.", None),
        (I, "Czech Statistical Office", "there were about 11,800 active short-term listings in Prague in the third "
            "quarter, more than 60 percent of them in Prague 1 and Prague 2", None),
        (P, "Tomáš Vrba", "a first step", None),
        (I, "Tomáš Vrba", "the district would push for a full ban on new listings in some streets", None),
        (S, None, "keybox walls", None),
        (P, "Žijeme v centru", "ten years too late", None),
        (P, "Martin Šimek", "solving a housing crisis with a calculator", None),
        (D, "Martin Šimek", "Ninety nights is a number somebody picked because it sounded good. Nobody has shown us a "
            "single study,", None),
        (I, "Czech Association of Hotels and Restaurants", "hotels had for years competed with apartments that paid none "
            "of the same fees", None),
    ],
    "actors": [
        actor("Prague City Hall", "government", title="city government", affiliation="Prague",
              aliases=["Prague City Hall", "the city"], stance=1),
        actor("Petra Holubová", "person", title="Deputy Mayor for Housing", affiliation="Prague City Hall",
              aliases=["Petra Holubová", "Holubová"], stance=1),
        actor("Airbnb", "organisation", title="short-term rental platform", affiliation=None, aliases=["Airbnb"],
              stance=-1),
        actor("Lukas Berger", "person", title="host in Malá Strana", affiliation=None,
              aliases=["Lukas Berger", "Berger"], stance=-1),
        actor("Czech Statistical Office", "government", title="statistics office", affiliation="Czech Republic",
              aliases=["Czech Statistical Office"], stance=None),
        actor("Tomáš Vrba", "person", title="mayor of Prague 1", affiliation="Prague 1",
              aliases=["Tomáš Vrba", "Vrba"], stance=1),
        actor("Žijeme v centru", "organisation", title="residents' association", affiliation="Prague",
              aliases=["Žijeme v centru"], stance=0),
        actor("Martin Šimek", "person", title="city councillor", affiliation="ODS",
              aliases=["Martin Šimek", "Šimek", "Councillor Martin Šimek"], stance=-1),
        actor("Czech Association of Hotels and Restaurants", "organisation", title="hotel and restaurant association",
              affiliation="Czech Republic", aliases=["Czech Association of Hotels and Restaurants"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Kuensel (Bhutan) health (the national referral hospital's only MRI machine breaks down), headline without
#    speech, "Yangchen Lhamo | Thimphu" byline, curly “ ” and ’, "Nu 25,000", Bhutanese names used in full (no
#    surnames: "Dr Karma Tenzin told Kuensel"); lede content before "according to hospital officials"; content before
#    "the hospital’s medical superintendent, Dr Karma Tenzin, said", "“...,” Dr Karma Tenzin told Kuensel." then a
#    quote-only paragraph; "Hospital officials said A"; anonymous farmer "said he had been told to come back “...”"
#    (partial only), "he said"; relative "said A", "“...?” she asked."; scare so-called “ex-country referral” scheme;
#    anonymous technician "said A", "the technician said"; ministry "said in a statement that A and that B" (one
#    span); anonymous ministry official "said ... had been held up by “...” and a shortage ..." (partial only);
#    National Council member "said the breakdown showed the hospital had “...”" (partial only); "Dr Karma Tenzin said
#    A, and that B" (one span); "The hospital has also asked ..." (a directive).
ARTICLES[f"{BATCH}/jdwnrh-mri-breakdown.gold.json"] = {
    "article": f"{BATCH}/jdwnrh-mri-breakdown.txt",
    "target": "Jigme Dorji Wangchuck National Referral Hospital",
    "quotes": [
        (I, "hospital officials", "More than 300 patients are waiting for MRI scans at the Jigme Dorji Wangchuck National "
            "Referral Hospital (JDWNRH) in Thimphu after the hospital’s only MRI machine broke down on November 4", None),
        (I, "Karma Tenzin", "The machine’s cooling system failed during a routine scan and the replacement part has to be "
            "shipped from Germany", None),
        (D, "Karma Tenzin", "We ordered the part on the same day. The supplier has told us it will reach Phuentsholing by "
            "the third week of December,", None),
        (D, "Karma Tenzin", "Until then, emergency cases are being referred to Siliguri and Kolkata, and the government is "
            "bearing the cost of travel and the scan.", None),
        (I, "hospital officials", "CT scans and ultrasound were being used in place of MRI wherever doctors considered it "
            "safe", None),
        (P, "46-year-old farmer from Punakha", "after the part arrives.", None),
        (D, "46-year-old farmer from Punakha", "Every week they say next week. I cannot sit for long, I cannot work in the "
            "field, and the paddy is still not threshed,", None),
        (I, "Dechen Wangmo", "the family had spent Nu 25,000 on a taxi and lodging because the referral covered only the "
            "bus fare", None),
        (D, "Dechen Wangmo", "Who puts a stroke patient on a bus for eight hours?", None),
        (S, None, "ex-country referral", None),
        (I, "biomedical technician at the hospital", "the machine was nine years old and had broken down three times this "
            "year", None),
        (D, "biomedical technician at the hospital", "It was already past its best. We asked for a proper service "
            "contract two years ago and we are still waiting,", None),
        (I, "health ministry", "a second MRI machine had been approved for JDWNRH in the 2027-28 budget and that a service "
            "contract with the supplier would be signed before the end of the year", None),
        (P, "ministry official", "long tender procedures", None),
        (P, "Ugyen Dorji", "no plan B", None),
        (I, "Karma Tenzin", "patients on the waiting list would be called in order of urgency once the machine was "
            "repaired, and that the radiology department would run extra evening sessions until the backlog was cleared",
            None),
    ],
    "actors": [
        actor("hospital officials", "group", title="officials", affiliation="Jigme Dorji Wangchuck National Referral "
              "Hospital", aliases=["hospital officials", "Hospital officials"], stance=0),
        actor("Karma Tenzin", "person", title="medical superintendent",
              affiliation="Jigme Dorji Wangchuck National Referral Hospital",
              aliases=["Karma Tenzin", "Dr Karma Tenzin"], stance=1),
        actor("46-year-old farmer from Punakha", "person", title="patient (anonymous)", affiliation=None,
              aliases=["46-year-old farmer from Punakha"], stance=-1),
        actor("Dechen Wangmo", "person", title="daughter of a stroke patient", affiliation=None,
              aliases=["Dechen Wangmo"], stance=-1),
        actor("biomedical technician at the hospital", "person", title="biomedical technician (anonymous)",
              affiliation="Jigme Dorji Wangchuck National Referral Hospital",
              aliases=["biomedical technician at the hospital", "the technician"], stance=-1),
        actor("health ministry", "government", title="Ministry of Health", affiliation="Bhutan",
              aliases=["health ministry"], stance=1),
        actor("ministry official", "person", title="official (anonymous)", affiliation="Ministry of Health (Bhutan)",
              aliases=["ministry official"], stance=0),
        actor("Ugyen Dorji", "person", title="National Council member from Punakha", affiliation="National Council",
              aliases=["Ugyen Dorji"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
