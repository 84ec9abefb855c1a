"""Build the test136 gold files (data/eval/test136/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test136/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test136.
Standard library only. Held out: scored, not tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test136"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. IANS wire (India) politics (the Lok Sabha passes a coastal shipping bill after a walkout), headline
#    without speech, "New Delhi, Dec 11 (IANS)" dateline running into the lede, straight " and apostrophes,
#    British punctuation outside the closing marks for fragments, "lakh", "--IANS" and "rk/dan" sign-off;
#    lede "Opposition members staged a walkout, accusing ... Minister Ravindra Kulkarni of "..."" (partial
#    for the group); minister "said A and B" (one span), quote with "the minister said", "He said A and
#    that B" (one span); MP "said A, and called it "..."" (indirect plus partial), quote with "Kurian told
#    IANS outside Parliament"; MP "said A and had received "..."" (indirect plus partial); scare so-called
#    "cabotage relaxation"; ministry "said A and that B would be "..." from ..." (indirect plus partial);
#    "defended the Bill" (act), then a quote split by "Desai said," and resumed lower-case; "According to
#    X, A"; anonymous official "said A and that B" (one span); group "Representatives of fishworkers'
#    unions ... said A", quote with "they said".
ARTICLES[f"{BATCH}/coastal-shipping-bill-lok-sabha.gold.json"] = {
    "article": f"{BATCH}/coastal-shipping-bill-lok-sabha.txt",
    "target": "Ravindra Kulkarni",
    "quotes": [
        (P, "Opposition members", "bulldozing", None),
        (I, "Ravindra Kulkarni", "the Bill would cut the cost of moving cargo along the coast by up to 30 per cent "
            "and create more than two lakh jobs in the next five years", None),
        (D, "Ravindra Kulkarni", "This Bill is not about any one company or any one state. It is about making Indian "
            "coastal shipping competitive with the rest of the world,", None),
        (I, "Ravindra Kulkarni", "the Bill had been discussed with all coastal states for over 18 months and that 23 "
            "of their suggestions had been incorporated in the final draft", None),
        (I, "Anto Kurian", "the Bill allowed the Centre to take over key functions of state maritime boards", None),
        (P, "Anto Kurian", "an attack on cooperative federalism", None),
        (D, "Anto Kurian", "Fishermen in my constituency have not been consulted even once. Who is this Bill for? "
            "The minister knows the answer, and so does the whole country,", None),
        (I, "K. Selvaraj", "the Tamil Nadu government had written to the minister twice seeking changes", None),
        (P, "K. Selvaraj", "no meaningful reply", None),
        (S, None, "cabotage relaxation", None),
        (I, "Ministry of Ports, Shipping and Waterways", "the Bill would replace outdated provisions of the Merchant "
            "Shipping Act, 1958", None),
        (P, "Ministry of Ports, Shipping and Waterways", "fully digital", None),
        (D, "Hemant Desai", "This is a historic day for India's coastline,", None),
        (D, "Hemant Desai", "and for the lakhs of young people who will find work on it.", None),
        (I, "Indian National Shipowners' Association", "coastal cargo accounted for just six per cent of India's "
            "domestic freight movement last year, against more than 30 per cent in China", None),
        (I, "senior official in the ministry", "the rules under the new law would be notified by March and that "
            "states would be consulted on them", None),
        (I, "Representatives of fishworkers' unions", "they would hold protests in all nine coastal states next "
            "week", None),
        (D, "Representatives of fishworkers' unions", "The sea is not private property. If our voices are not heard "
            "inside Parliament, they will be heard on the streets,", None),
    ],
    "actors": [
        actor("Opposition members", "group", title="Opposition MPs", affiliation="Lok Sabha",
              aliases=["Opposition members"], stance=-1),
        actor("Ravindra Kulkarni", "person", title="Union Ports, Shipping and Waterways Minister",
              affiliation="Government of India", aliases=["Ravindra Kulkarni", "Kulkarni", "the minister"], stance=1),
        actor("Anto Kurian", "person", title="Congress MP", affiliation="Congress",
              aliases=["Anto Kurian", "Kurian"], stance=-1),
        actor("K. Selvaraj", "person", title="DMK MP", affiliation="DMK", aliases=["K. Selvaraj", "Selvaraj"],
              stance=-1),
        actor("Ministry of Ports, Shipping and Waterways", "government", title="ministry", affiliation="India",
              aliases=["Ministry of Ports, Shipping and Waterways"], stance=1),
        actor("Hemant Desai", "person", title="BJP MP (Gujarat)", affiliation="BJP",
              aliases=["Hemant Desai", "Desai"], stance=1),
        actor("Indian National Shipowners' Association", "organisation", title="industry association",
              affiliation="India", aliases=["Indian National Shipowners' Association"], stance=None),
        actor("senior official in the ministry", "person", title="official (anonymous)",
              affiliation="Ministry of Ports, Shipping and Waterways", aliases=["senior official in the ministry"],
              stance=0),
        actor("Representatives of fishworkers' unions", "group", title="fishworkers' union representatives",
              affiliation=None, aliases=["Representatives of fishworkers' unions"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Standard (Hong Kong) local government (the FEHD sets a date to shut a cooked food centre),
#    headline and standfirst without speech, byline and date lines, curly “ ” and ’, US punctuation inside
#    the closing marks, Cantonese names with the given names after the surname (Ivy Ma Siu-ling -> "Ma");
#    lede content before "the Food and Environmental Hygiene Department confirmed yesterday" (the writer's
#    "leaving ..." not included); department "said A." then "It said the centre “...”" (indirect, then a
#    partial only); assistant director "told a ... meeting that A and that B" (one span), quote with "Ma
#    said"; group "Stall operators said A"; stallholder "said A", then a quote split by "Chan said." into
#    two sentences; stallholder "said the department had “never once” asked ..." (partial only); district
#    councillor "said he would ask the department to ..." (a reported intention: indirect); scare so-called
#    “market modernisation” programme; "figures ... showed" (not speech); lawmaker "said the department
#    should have “...”" (partial only), quote with "he told The Standard"; scholar (apposition after the
#    name) "said A"; "The FEHD said A and that B" (one span).
ARTICLES[f"{BATCH}/pei-ho-street-cooked-food-centre.gold.json"] = {
    "article": f"{BATCH}/pei-ho-street-cooked-food-centre.txt",
    "target": "Food and Environmental Hygiene Department",
    "quotes": [
        (I, "Food and Environmental Hygiene Department", "The Pei Ho Street Cooked Food Centre in Sham Shui Po will "
            "close at the end of March for a two-year renovation", None),
        (I, "Food and Environmental Hygiene Department", "the building’s drainage and ventilation systems were more "
            "than 40 years old", None),
        (P, "Food and Environmental Hygiene Department", "no longer meets modern hygiene standards.", None),
        (I, "Ivy Ma Siu-ling", "operators would be offered stalls at a temporary site in Tonkin Street and that their "
            "rents would be frozen for the two years", None),
        (D, "Ivy Ma Siu-ling", "We understand this is difficult. But if we do not do this work now, we may have to "
            "close the centre without warning one day,", None),
        (I, "Stall operators", "the temporary site, about 600 metres away, was hidden behind a bus terminus and would "
            "drive away their regular customers", None),
        (I, "Chan Kam-wah", "he had not been told the closure date until a notice was pasted on his shutter on "
            "Monday", None),
        (D, "Chan Kam-wah", "Thirty-seven years I have been here. They gave us two pieces of paper and three months,",
            None),
        (D, "Chan Kam-wah", "Who will walk behind a bus station for a bowl of noodles?", None),
        (P, "Leung Mei-fong", "never once", None),
        (I, "Wong Chun-yip", "he would ask the department to carry out the works in phases so that half the stalls "
            "could stay open at any time", None),
        (S, None, "market modernisation", None),
        (P, "Kenneth Ho Wai-keung", "learned from Aberdeen.", None),
        (D, "Kenneth Ho Wai-keung", "The renovation there ran a year late. Every time, the contractor gets paid and "
            "the hawkers disappear,", None),
        (I, "Janice Tam", "the department too often treated cooked food centres as buildings to be managed rather "
            "than communities to be kept together", None),
        (I, "Food and Environmental Hygiene Department", "a consultation session for operators would be held at the "
            "centre on January 8 and that details of the temporary site would be posted there next week", None),
    ],
    "actors": [
        actor("Food and Environmental Hygiene Department", "government", title="government department",
              affiliation="Hong Kong",
              aliases=["Food and Environmental Hygiene Department", "FEHD", "the department"], stance=1),
        actor("Ivy Ma Siu-ling", "person", title="FEHD assistant director",
              affiliation="Food and Environmental Hygiene Department", aliases=["Ivy Ma Siu-ling", "Ma"], stance=1),
        actor("Stall operators", "group", title="stall operators at the centre", affiliation=None,
              aliases=["Stall operators"], stance=-1),
        actor("Chan Kam-wah", "person", title="stall operator, 63", affiliation=None,
              aliases=["Chan Kam-wah", "Chan"], stance=-1),
        actor("Leung Mei-fong", "person", title="milk tea stall operator", affiliation=None,
              aliases=["Leung Mei-fong", "Leung"], stance=-1),
        actor("Wong Chun-yip", "person", title="district council member", affiliation="Sham Shui Po District Council",
              aliases=["Wong Chun-yip", "Wong"], stance=0),
        actor("Kenneth Ho Wai-keung", "person", title="catering sector lawmaker", affiliation="Legislative Council",
              aliases=["Kenneth Ho Wai-keung", "Ho"], stance=-1),
        actor("Janice Tam", "person", title="urban studies scholar", affiliation="Chinese University of Hong Kong",
              aliases=["Janice Tam", "Tam"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Addis Fortune (Ethiopia) business (the trade ministry caps cement prices), headline without quote
#    marks, byline and "Published on ... [Vol 27, No 1341]" lines, straight " and apostrophes, "Br",
#    "40pc", US punctuation inside closing marks; Ethiopian second references by the given name
#    ("Kassahun", "Getachew", "Solomon"); lede and the directive's content (no cue: not annotated); state
#    minister "told Fortune that A, although B" (one span), quote with "he said", "He said A"; scare
#    so-called "allocation" system; association "said in a letter ... that A, and warned that B" (two
#    indirects: two cues); president named after his quote with a double apposition; "welcomed the cap"
#    (act); contractors' president "said A and called the cap "..."" (indirect plus partial), quote with
#    "Solomon said"; economist "was sceptical" (not speech), then a quote split by "he said." into two
#    sentences; group "Distributors in Merkato said A"; anonymous retailer "told Fortune he was ..." (no
#    "that"), "he said".
ARTICLES[f"{BATCH}/motri-cement-price-cap.gold.json"] = {
    "article": f"{BATCH}/motri-cement-price-cap.txt",
    "target": "Ministry of Trade and Regional Integration",
    "quotes": [
        (I, "Kassahun Wolde", "factory-gate prices had nearly doubled in eight months, although production costs had "
            "risen by less than a third over the same period", None),
        (D, "Kassahun Wolde", "Some factories are holding back supply to push prices up. We have the data, and we "
            "will not sit and watch,", None),
        (I, "Kassahun Wolde", "inspectors would visit all factories and major distributors in Addis Abeba, Oromia and "
            "Amhara regions over the next two weeks", None),
        (S, None, "allocation", None),
        (I, "Ethiopian Cement Producers Association", "the cap was below production costs for at least seven "
            "factories", None),
        (I, "Ethiopian Cement Producers Association", "some of them could shut down their kilns within a month", None),
        (D, "Getachew Alemu", "Coal prices have tripled since the birr was floated. Nobody at the Ministry asked us "
            "what it costs to make a quintal of cement,", None),
        (I, "Solomon Bekele", "contractors had seen their margins wiped out on fixed-price public projects", None),
        (P, "Solomon Bekele", "overdue.", None),
        (D, "Solomon Bekele", "For two years, we have been signing contracts at one price and buying cement at "
            "another. Many small contractors have simply disappeared,", None),
        (D, "Dawit Haile", "Every time a cap is set, the product disappears from the shops and reappears on the black "
            "market,", None),
        (D, "Dawit Haile", "The Ministry would do better to let new factories in and to fix the coal supply.", None),
        (I, "Distributors in Merkato", "cement had all but vanished from their shelves since Monday", None),
        (I, "retailer on Addis Ketema's Atkilt Tera road", "he was now paying 2,300 Br a quintal to brokers who "
            "deliver at night", None),
        (D, "retailer on Addis Ketema's Atkilt Tera road", "The cap is on paper. Outside, the price is whatever the "
            "broker says it is,", None),
    ],
    "actors": [
        actor("Kassahun Wolde", "person", title="State Minister", affiliation="Ministry of Trade and Regional Integration",
              aliases=["Kassahun Wolde", "Kassahun"], stance=1),
        actor("Ethiopian Cement Producers Association", "organisation", title="producers' association",
              affiliation="Ethiopia", aliases=["Ethiopian Cement Producers Association"], stance=-1),
        actor("Getachew Alemu", "person", title="general manager of Zuqualla Cement, association president",
              affiliation="Ethiopian Cement Producers Association", aliases=["Getachew Alemu", "Getachew"], stance=-1),
        actor("Solomon Bekele", "person", title="president", affiliation="Ethiopian Construction Contractors Association",
              aliases=["Solomon Bekele", "Solomon"], stance=1),
        actor("Dawit Haile", "person", title="economist, formerly at the National Bank of Ethiopia", affiliation=None,
              aliases=["Dawit Haile", "Dawit"], stance=-1),
        actor("Distributors in Merkato", "group", title="cement distributors", affiliation=None,
              aliases=["Distributors in Merkato"], stance=-1),
        actor("retailer on Addis Ketema's Atkilt Tera road", "person", title="retailer (anonymous)", affiliation=None,
              aliases=["retailer on Addis Ketema's Atkilt Tera road"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Bundaberg NewsMail (Queensland, Australia) environment (resort construction lights draw turtle
#    hatchlings away from the sea), headline with a straight single fragment (speaker the group the
#    headline names: Turtle experts), byline and date lines, photo caption ending "(Paul Beutel/NewsMail)",
#    straight " and apostrophes, "Ms"/"Mr", "1.2km"; present-tense group "Turtle experts ... say A" in the
#    lede; content before "Queensland Parks and Wildlife Service senior ranger Cathy Doyle said"; quote with
#    "Ms Doyle said", "She said A"; MD "said A", then a quote split by "Mr Ferrier said." into two sentences;
#    "He said the finished resort would have "..." lighting throughout, as required ..." (partial only);
#    scare so-called "lights out" policy; deputy mayor "told the NewsMail A" (no "that"); association "said
#    A." then "It said the plan had been "..." without ..." (indirect, then a partial only); volunteer "said
#    A", quote with "he said"; "According to X, A".
ARTICLES[f"{BATCH}/bargara-resort-lights-hatchlings.gold.json"] = {
    "article": f"{BATCH}/bargara-resort-lights-hatchlings.txt",
    "target": "Sandhaven Developments",
    "quotes": [
        (P, "Turtle experts", "confusing", None),
        (I, "Turtle experts", "bright lights from a new resort development at Bargara are drawing loggerhead "
            "hatchlings away from the sea", None),
        (I, "Cathy Doyle", "Rangers found 46 hatchlings crawling towards the Sandhaven Bargara construction site, "
            "about 1.2km north of the main nesting beach, over three nights last week", None),
        (D, "Cathy Doyle", "Hatchlings find the ocean by heading for the brightest horizon. When the brightest horizon "
            "is a set of floodlights, they go the wrong way, and most of them don't survive the morning,", None),
        (I, "Cathy Doyle", "the site's security floodlights had been left on all night since the start of the nesting "
            "season in November", None),
        (I, "Mark Ferrier", "the company had switched to amber, shielded lighting on Friday after being contacted by "
            "rangers", None),
        (D, "Mark Ferrier", "We didn't know there was a problem until the rangers rang us, and we fixed it within a "
            "day,", None),
        (D, "Mark Ferrier", "We're not the villains here.", None),
        (P, "Mark Ferrier", "turtle-friendly", None),
        (S, None, "lights out", None),
        (I, "Tanya McLoughlin", "the council had written to the developer in November and again last week to remind "
            "it of the conditions of its approval", None),
        (I, "Bargara Beach Residents Association", "it had raised concerns about the project's lighting plan in 2024, "
            "when the development was approved", None),
        (P, "Bargara Beach Residents Association", "waved through", None),
        (I, "Graham Pike", "the loss of even a few dozen hatchlings mattered", None),
        (D, "Graham Pike", "Only about one in a thousand makes it to adulthood. You can't afford to send 46 of them "
            "into a car park,", None),
        (I, "Department of the Environment, Tourism, Science and Innovation", "Mon Repos and nearby beaches host "
            "almost half of all loggerhead nesting in the South Pacific", None),
    ],
    "actors": [
        actor("Turtle experts", "group", title="turtle experts monitoring the Mon Repos rookery", affiliation=None,
              aliases=["Turtle experts"], stance=-1),
        actor("Cathy Doyle", "person", title="senior ranger", affiliation="Queensland Parks and Wildlife Service",
              aliases=["Cathy Doyle", "Doyle", "Ms Doyle"], stance=-1),
        actor("Mark Ferrier", "person", title="managing director", affiliation="Sandhaven Developments",
              aliases=["Mark Ferrier", "Ferrier", "Mr Ferrier"], stance=1),
        actor("Tanya McLoughlin", "person", title="Deputy mayor", affiliation="Bundaberg Regional Council",
              aliases=["Tanya McLoughlin", "McLoughlin"], stance=0),
        actor("Bargara Beach Residents Association", "organisation", title="residents' association", affiliation=None,
              aliases=["Bargara Beach Residents Association"], stance=-1),
        actor("Graham Pike", "person", title="Mon Repos volunteer guide, 71", affiliation=None,
              aliases=["Graham Pike", "Pike"], stance=-1),
        actor("Department of the Environment, Tourism, Science and Innovation", "government",
              title="state environment department", affiliation="Queensland",
              aliases=["Department of the Environment, Tourism, Science and Innovation"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
