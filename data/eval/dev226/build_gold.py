"""Build the dev226 gold files (data/eval/dev226/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev226/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev226.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev226"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Deccan Chronicle (Hyderabad, India) city/transport (the metro operator raises fares by up to 40 per cent),
#    headline with a straight single fragment "... as operator cites 'mounting losses'", "DC Correspondent" byline,
#    dateline line "HYDERABAD, Dec. 4", straight " and apostrophes, "Rs", "lakh", "crore"; lede content before
#    "Charminar Metro Rail Ltd (CMRL) announced on Wednesday, raising ..." (the participle is the writer's);
#    "In a statement, the operator said the revision was A and was needed to cover "..." that ..." (indirect plus
#    partial); MD "told reporters", "He said A and had B" (one span), "he added"; group "several passengers said A";
#    commuter named after her quote; group "Students at the LB Nagar station said A"; association "called the hike
#    "..." and said B" (partial plus indirect); convenor in an apposition after his quote; minister "said A", quote
#    with "he told Deccan Chronicle" (the quote names the committee); "According to the committee's report, A";
#    analyst "said the hike was "..."" (partial only), "he said"; "CMRL said A"; scare so-called "green line".
ARTICLES[f"{BATCH}/hyderabad-metro-fare-revision.gold.json"] = {
    "article": f"{BATCH}/hyderabad-metro-fare-revision.txt",
    "target": "Charminar Metro Rail Ltd",
    "quotes": [
        (P, "Charminar Metro Rail Ltd", "mounting losses", "Commuters fume"),
        (I, "Charminar Metro Rail Ltd", "Commuters on the city's three metro corridors will pay up to 40 per cent more "
            "from Monday", None),
        (I, "Charminar Metro Rail Ltd", "the revision was the first since 2017", None),
        (P, "Charminar Metro Rail Ltd", "mounting losses", "In a statement"),
        (D, "K. Srinivasa Rao", "We have carried more than 5 lakh passengers a day at fares fixed eight years ago. No "
            "metro in the world can survive on that,", None),
        (I, "K. Srinivasa Rao", "the company had asked the state government for viability gap funding in 2022 and had "
            "received no reply", None),
        (D, "K. Srinivasa Rao", "The fare is only one part of it. We are also opening 14 new feeder bus routes so that "
            "people can reach the stations without taking an auto,", None),
        (I, "several passengers", "they had not been told about the increase until they saw the notice boards", None),
        (D, "Swathi Reddy", "My monthly pass goes from Rs 1,800 to Rs 2,500. My salary has not gone up by 40 per cent,",
            None),
        (I, "Students at the LB Nagar station", "they would switch to shared autos if the new fares stayed", None),
        (P, "Metro Rail Passengers' Association", "daylight robbery", None),
        (I, "Metro Rail Passengers' Association", "it would petition the Telangana High Court", None),
        (D, "Mohammed Imran", "CMRL signed a concession agreement. It cannot rewrite it every time its balance sheet "
            "looks bad,", None),
        (I, "G. Lakshmi Narayana", "the government had not been consulted on the size of the increase", None),
        (D, "G. Lakshmi Narayana", "The fare fixation committee recommended a revision. But 40 per cent in one go is "
            "steep, and we have conveyed that to CMRL,", None),
        (I, "fare fixation committee", "ridership on the network has recovered to 96 per cent of pre-pandemic levels",
            None),
        (P, "Vikram Sarma", "overdue but badly timed", None),
        (D, "Vikram Sarma", "Fares had to rise at some point. Doing it one month after the RTC bus fare increase hits "
            "the same people twice,", None),
        (I, "Charminar Metro Rail Ltd", "the 10 per cent discount for smart card users would stay", None),
        (S, None, "green line", None),
    ],
    "actors": [
        actor("Charminar Metro Rail Ltd", "organisation", title="metro rail operator (concessionaire)",
              affiliation="Hyderabad", aliases=["Charminar Metro Rail Ltd", "CMRL", "the operator", "operator"],
              stance=1),
        actor("K. Srinivasa Rao", "person", title="managing director", affiliation="Charminar Metro Rail Ltd",
              aliases=["K. Srinivasa Rao", "Rao"], stance=1),
        actor("several passengers", "group", title="commuters at Miyapur", affiliation=None,
              aliases=["several passengers"], stance=-1),
        actor("Swathi Reddy", "person", title="software tester, daily commuter", affiliation=None,
              aliases=["Swathi Reddy", "Reddy"], stance=-1),
        actor("Students at the LB Nagar station", "group", title="students", affiliation=None,
              aliases=["Students at the LB Nagar station"], stance=-1),
        actor("Metro Rail Passengers' Association", "organisation", title="passengers' association", affiliation=None,
              aliases=["Metro Rail Passengers' Association"], stance=-1),
        actor("Mohammed Imran", "person", title="convenor", affiliation="Metro Rail Passengers' Association",
              aliases=["Mohammed Imran", "Imran"], stance=-1),
        actor("G. Lakshmi Narayana", "person", title="Urban Development Minister", affiliation="Government of Telangana",
              aliases=["G. Lakshmi Narayana", "Lakshmi Narayana"], stance=0),
        actor("fare fixation committee", "government", title="fare fixation committee (its report)",
              affiliation=None, aliases=["fare fixation committee", "committee"], stance=0),
        actor("Vikram Sarma", "person", title="transport analyst", affiliation="Administrative Staff College of India",
              aliases=["Vikram Sarma", "Dr. Vikram Sarma", "Sarma"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Logistics Middle East (Dubai, trade press) business/labour (a logistics company automates its Jebel Ali warehouse
#    and cuts 300 roles), headline without speech, byline and date lines, curly “ ” and ’, "AED"; lede content before
#    "the company confirmed on Tuesday"; "part of what the company calls its “Hub 2030” programme" (partial, as
#    dev59's fire service "what it calls a "..." review"); CEO "said A", quote with "Al Suwaidi told Logistics Middle
#    East", then an open paragraph (no closing mark) and a closed quote-only paragraph; photo caption with a credit
#    "(Imran Qureshi/Logistics Middle East)"; "Falcon Freight said in a statement that A"; anonymous supervisor "who
#    asked not to be named ..., said A", "he said"; content before "according to property consultancy Knight Frank";
#    lecturer "said Falcon was “...” in moving to robotics" (partial only), then a quote split by "he said"; ministry
#    "said A"; content before "according to the company’s annual report"; "did not say whether ..." (negated).
ARTICLES[f"{BATCH}/falcon-freight-jebel-ali-automation.gold.json"] = {
    "article": f"{BATCH}/falcon-freight-jebel-ali-automation.txt",
    "target": "Falcon Freight Logistics",
    "quotes": [
        (I, "Falcon Freight Logistics", "Dubai-based Falcon Freight Logistics will replace about 300 warehouse roles at "
            "its Jebel Ali distribution centre with robotic picking systems by the middle of 2027", None),
        (P, "Falcon Freight Logistics", "Hub 2030", None),
        (I, "Omar Al Suwaidi", "the investment was about staying competitive as e-commerce volumes in the UAE continue "
            "to climb", None),
        (D, "Omar Al Suwaidi", "Our customers want same-day fulfilment across the GCC. We cannot deliver that with a "
            "manual operation, not at the volumes we are seeing,", None),
        (D, "Omar Al Suwaidi", "Nobody is being dismissed overnight. Every affected employee will be offered a role in "
            "the new operation, retraining, or an end-of-service package above what the law requires.", None),
        (D, "Omar Al Suwaidi", "We expect about a third of them to move into technician and supervisory jobs.", None),
        (I, "Falcon Freight Logistics", "the first automated zone, for health and beauty products, would go live in "
            "March, followed by electronics and fashion later in the year", None),
        (I, "warehouse supervisor at the site", "most of the pickers were on two-year contracts that would simply not "
            "be renewed", None),
        (D, "warehouse supervisor at the site", "They are saying retraining, but the technician jobs need English and a "
            "diploma. Most of my team have neither,", None),
        (I, "Knight Frank", "Warehouse automation spending in the UAE rose 38 per cent last year", None),
        (P, "Rashid Kamal", "not early, but not late either", None),
        (D, "Rashid Kamal", "The operators who automated in 2021 and 2022 are now winning the big retail contracts. "
            "Falcon has watched that happen,", None),
        (D, "Rashid Kamal", "This is them catching up.", None),
        (I, "Ministry of Human Resources and Emiratisation", "companies restructuring their workforce were required to "
            "notify it in advance and to pay all end-of-service dues in full", None),
        (I, "Falcon Freight Logistics", "Revenue at Falcon Freight rose 12 per cent to AED 2.1 billion in 2025", None),
    ],
    "actors": [
        actor("Falcon Freight Logistics", "organisation", title="logistics company", affiliation="Dubai",
              aliases=["Falcon Freight Logistics", "Falcon Freight", "Falcon", "the company"], stance=1),
        actor("Omar Al Suwaidi", "person", title="chief executive", affiliation="Falcon Freight Logistics",
              aliases=["Omar Al Suwaidi", "Al Suwaidi"], stance=1),
        actor("warehouse supervisor at the site", "person", title="warehouse supervisor (anonymous)",
              affiliation="Falcon Freight Logistics", aliases=["warehouse supervisor at the site"], stance=-1),
        actor("Knight Frank", "organisation", title="property consultancy", affiliation=None,
              aliases=["Knight Frank"], stance=None),
        actor("Rashid Kamal", "person", title="supply chain lecturer", affiliation="Heriot-Watt University Dubai",
              aliases=["Rashid Kamal", "Kamal"], stance=0),
        actor("Ministry of Human Resources and Emiratisation", "government", title="labour ministry",
              affiliation="United Arab Emirates",
              aliases=["Ministry of Human Resources and Emiratisation", "MoHRE"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Chile Today (Santiago, English-language) science/environment (astronomers oppose a copper mine's lighting plan),
#    headline with a straight double fragment "Astronomers warn ... threaten "darkest skies on Earth"", byline,
#    dateline "SANTIAGO –", straight " and apostrophes, US spelling; lede "have asked regulators to reject ..."
#    (directive), then participial "saying A" (indirect); content before "according to the company's environmental
#    impact study" (the study is the company's); astronomer named after her quote, "Morales said A", quote split by
#    "she said"; observatory "said in a statement it was "..." and had submitted ..." (partial only, no second
#    subject); "rejected the criticism" (act); manager's quote with "Saavedra told Chile Today", "He said A and would
#    B" (one span); group "Local business owners say A" (present tense); mayor named after his quote; scare so-called
#    "astro-tourism"; "several declined to comment"; "According to the National Tourism Service (Sernatur), A";
#    regulator "said A".
ARTICLES[f"{BATCH}/cerro-blanco-mine-light-pollution.gold.json"] = {
    "article": f"{BATCH}/cerro-blanco-mine-light-pollution.txt",
    "target": "Minera Cerro Blanco SpA",
    "quotes": [
        (P, "Astronomers", "darkest skies on Earth", None),
        (I, "Astronomers", "it would brighten the night sky over the sites by up to 8 percent", None),
        (I, "Minera Cerro Blanco SpA", "The Cerro Blanco project, owned by Minera Cerro Blanco SpA, would operate around "
            "the clock and require about 2,400 high-pressure light fixtures", None),
        (D, "Javiera Morales", "This is the darkest, driest sky on Earth, and it is the reason billions of dollars of "
            "telescopes are here. Once you lose it, you do not get it back,", None),
        (I, "Javiera Morales", "the group's modeling showed that light reflected from dust over the pit would be visible "
            "from the summit of Cerro Paranal", None),
        (D, "Javiera Morales", "We are not against mining. Chile is a mining country,", None),
        (D, "Javiera Morales", "We are asking that they use the lighting technology that already exists.", None),
        (P, "European Southern Observatory", "following the process closely", None),
        (D, "Rodrigo Saavedra", "Our lighting plan meets every requirement of the Supreme Decree on light pollution. We "
            "have already committed to amber lamps and shielding on all external fixtures,", None),
        (I, "Rodrigo Saavedra", "the company had held six meetings with the observatories since 2024 and would fund an "
            "independent sky-brightness monitoring station for the life of the mine", None),
        (I, "Local business owners", "the mine would bring about 1,800 jobs during construction and 700 once it is "
            "running", None),
        (D, "Hernán Castillo", "Taltal has been waiting 20 years for a project like this. The telescopes bring prestige, "
            "but they do not bring work for our young people,", None),
        (S, None, "astro-tourism,", None),
        (I, "National Tourism Service", "about 300,000 visitors traveled to northern Chile last year for stargazing "
            "tours", None),
        (I, "Environmental Evaluation Service", "a decision on the project's environmental permit was expected in the "
            "first half of 2027, after a further round of public consultation", None),
    ],
    "actors": [
        actor("Astronomers", "group", title="astronomers working in the Atacama region", affiliation=None,
              aliases=["Astronomers"], stance=-1),
        actor("Minera Cerro Blanco SpA", "organisation", title="mining company (its environmental impact study)",
              affiliation="Chile", aliases=["Minera Cerro Blanco SpA", "Minera Cerro Blanco"], stance=0),
        actor("Javiera Morales", "person", title="astronomer, led the submission", affiliation="University of Chile",
              aliases=["Javiera Morales", "Dr. Javiera Morales", "Morales"], stance=-1),
        actor("European Southern Observatory", "organisation", title="observatory operator (Paranal)",
              affiliation=None, aliases=["European Southern Observatory", "ESO"], stance=0),
        actor("Rodrigo Saavedra", "person", title="general manager", affiliation="Minera Cerro Blanco SpA",
              aliases=["Rodrigo Saavedra", "Saavedra"], stance=1),
        actor("Local business owners", "group", title="business owners in Taltal", affiliation=None,
              aliases=["Local business owners"], stance=1),
        actor("Hernán Castillo", "person", title="Mayor of Taltal", affiliation="Municipality of Taltal",
              aliases=["Hernán Castillo", "Castillo"], stance=1),
        actor("National Tourism Service", "government", title="tourism agency", affiliation="Chile",
              aliases=["National Tourism Service", "Sernatur"], stance=None),
        actor("Environmental Evaluation Service", "government", title="environmental regulator", affiliation="Chile",
              aliases=["Environmental Evaluation Service", "SEA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Iwacu English (Burundi) health/energy (the fuel shortage keeps hospital ambulances off the road), headline
#    without speech, byline, dateline "BUJUMBURA –", curly “ ” and ’; lede content before "hospital staff told Iwacu
#    this week" (group); content before "according to a nurse in the emergency department who asked not to be
#    named" (anonymous), then "she said"; group "Motorcycle taxi drivers in Kamenge said A"; driver named after his
#    quote, then a quote-only paragraph; scare roadside “jerrycan boys”; ministry statement "said the shortage was
#    caused by “...” and that B" (partial plus indirect), "The ministry said A"; spokesperson "told Iwacu the
#    situation would “...”" (partial only), then "Irakoze said"; economist "said A", quote split by "he said";
#    hospital director in an apposition "said A and that B" (one span); "has not commented on" (negated).
ARTICLES[f"{BATCH}/burundi-fuel-shortage-ambulances.gold.json"] = {
    "article": f"{BATCH}/burundi-fuel-shortage-ambulances.txt",
    "target": "Ministry of Hydraulics, Energy and Mines",
    "quotes": [
        (I, "hospital staff", "Ambulances at several public hospitals in Bujumbura and Gitega are being kept off the "
            "road for days at a time because of the fuel shortage", None),
        (I, "nurse in the emergency department", "At Prince Regent Charles Hospital, only two of five ambulances were "
            "running on Monday", None),
        (D, "nurse in the emergency department", "We call the families and ask them to bring the patient on a motorbike "
            "or in a neighbour’s car. Last week a woman in labour arrived on the back of a bicycle,", None),
        (I, "Motorcycle taxi drivers in Kamenge", "they had waited up to 14 hours for fuel, sometimes overnight", None),
        (D, "Jean-Claude Ndayizeye", "You sleep at the station. If you leave, you lose your place,", None),
        (D, "Jean-Claude Ndayizeye", "And when you finally reach the pump, they give you five litres.", None),
        (S, None, "jerrycan boys", None),
        (P, "Ministry of Hydraulics, Energy and Mines", "delays in the delivery of foreign currency to importers", None),
        (I, "Ministry of Hydraulics, Energy and Mines", "three tankers had crossed the border from Tanzania over the "
            "weekend", None),
        (I, "Ministry of Hydraulics, Energy and Mines", "priority would be given to hospitals, ambulances and public "
            "transport until supplies recovered", None),
        (P, "Alice Irakoze", "return to normal within two weeks.", None),
        (D, "Alice Irakoze", "The government is working day and night on this. We ask the population for patience and "
            "calm,", None),
        (I, "Léonce Bizimana", "the shortages would continue as long as the official exchange rate stayed far below the "
            "rate on the street", None),
        (D, "Léonce Bizimana", "The promise of two weeks is one we have heard before, in March, in June and in "
            "September,", None),
        (D, "Léonce Bizimana", "The problem is not the tankers. It is the dollars.", None),
        (I, "Pascal Nzeyimana", "his hospital had received a fuel allocation on Wednesday and that all four of its "
            "ambulances were back on the road", None),
    ],
    "actors": [
        actor("hospital staff", "group", title="staff at public hospitals", affiliation=None,
              aliases=["hospital staff"], stance=-1),
        actor("nurse in the emergency department", "person", title="nurse (anonymous)",
              affiliation="Prince Regent Charles Hospital", aliases=["nurse in the emergency department"], stance=-1),
        actor("Motorcycle taxi drivers in Kamenge", "group", title="motorcycle taxi drivers", affiliation=None,
              aliases=["Motorcycle taxi drivers in Kamenge"], stance=-1),
        actor("Jean-Claude Ndayizeye", "person", title="taxi-moto driver, 31", affiliation=None,
              aliases=["Jean-Claude Ndayizeye", "Ndayizeye"], stance=-1),
        actor("Ministry of Hydraulics, Energy and Mines", "government", title="energy ministry", affiliation="Burundi",
              aliases=["Ministry of Hydraulics, Energy and Mines", "The ministry"], stance=1),
        actor("Alice Irakoze", "person", title="ministry spokesperson",
              affiliation="Ministry of Hydraulics, Energy and Mines", aliases=["Alice Irakoze", "Irakoze"], stance=1),
        actor("Léonce Bizimana", "person", title="economist", affiliation="University of Burundi",
              aliases=["Léonce Bizimana", "Bizimana"], stance=-1),
        actor("Pascal Nzeyimana", "person", title="director of the regional hospital",
              affiliation="Gitega regional hospital", aliases=["Pascal Nzeyimana", "Dr. Pascal Nzeyimana", "Nzeyimana"],
              stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
