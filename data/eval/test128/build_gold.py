"""Build the test128 gold files (data/eval/test128/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when
that text occurs more than once, by an anchor (a string occurring exactly once in the article) from
whose start the text is searched. Run from anywhere:  python3 data/eval/test128/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test128.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test128"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Energy Intelligence (Russia offers Bangladesh a long-term LNG contract), present-tense "says".
ARTICLES[f"{BATCH}/russia-lng-offer-bangladesh.gold.json"] = {
    "article": f"{BATCH}/russia-lng-offer-bangladesh.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian officials", "Moscow is offering Bangladesh up to 2 million tons per year of liquefied natural "
            "gas under a 15-year contract priced at a discount to the Asian spot market", None),
        (D, "Pavel Zhuravlyov", "Russia is a reliable supplier. We have never broken a contract with an Asian partner, "
            "and we are ready to discuss payment in national currencies,", None),
        (I, "Pavel Zhuravlyov", "the first cargoes could be delivered in the second half of 2027 and that Russia is "
            "prepared to help finance a third floating storage and regasification unit (FSRU) off Moheshkhali Island",
            None),
        (P, "Rezaul Karim Bhuiyan", "study the offer carefully", None),
        (D, "Rezaul Karim Bhuiyan", "Price is important, but for us security of delivery and the banking side are just "
            "as important. We cannot sign something that our banks cannot pay for,", None),
        (I, "A senior official at Bangladesh Bank", "the central bank has warned the Energy Ministry that payments for "
            "Russian cargoes could expose local lenders to secondary sanctions", None),
        (P, "US Embassy in Dhaka", "strongly encourages", None),
        (I, "US Embassy in Dhaka", "it had raised the matter with the Bangladeshi government", None),
        (P, "Yelena Danilova", "trying to decide for Bangladesh who it may buy gas from.", None),
        (D, "Yelena Danilova", "Bangladesh is a sovereign country. Its people need affordable energy, not lectures,",
            None),
        (I, "Tanvir Hasan Chowdhury", "a discounted long-term contract would cut the country's power subsidy bill at a "
            "time when the IMF is pressing for lower spending", None),
        (D, "Tanvir Hasan Chowdhury", "On paper the numbers look very good,", None),
        (D, "Tanvir Hasan Chowdhury", "The question is whether the cargoes will actually arrive, and whether anyone will "
            "insure the ships.", None),
        (D, "A Singapore-based LNG trader", "Every buyer in Asia has had this call from Moscow. Very few have said yes, "
            "and there is a reason for that,", None),
        (I, "Kpler", "at least 14 cargoes from Russia's sanctioned Arctic projects have been stored at sea or "
            "transferred ship to ship this year without a named final buyer", None),
    ],
    "actors": [
        actor("Russian officials", "group", title="officials", affiliation="Russia", aliases=["Russian officials"],
              stance=1),
        actor("Pavel Zhuravlyov", "person", title="Deputy Energy Minister", affiliation="Russia",
              aliases=["Pavel Zhuravlyov", "Zhuravlyov"], stance=1),
        actor("Rezaul Karim Bhuiyan", "person", title="Petrobangla Chairman", affiliation="Petrobangla",
              aliases=["Rezaul Karim Bhuiyan", "Bhuiyan"], stance=0),
        actor("A senior official at Bangladesh Bank", "person", title="anonymous central bank official",
              affiliation="Bangladesh Bank", aliases=["A senior official at Bangladesh Bank"], stance=-1),
        actor("US Embassy in Dhaka", "government", title="embassy", affiliation="United States",
              aliases=["US Embassy in Dhaka"], stance=-1),
        actor("Yelena Danilova", "person", title="embassy spokeswoman", affiliation="Russian embassy in Dhaka",
              aliases=["Yelena Danilova", "Danilova"], stance=1),
        actor("Tanvir Hasan Chowdhury", "person", title="energy economist", affiliation="Dhaka University",
              aliases=["Tanvir Hasan Chowdhury", "Chowdhury"], stance=0),
        actor("A Singapore-based LNG trader", "person", title="anonymous LNG trader",
              aliases=["A Singapore-based LNG trader"], stance=-1),
        actor("Kpler", "organisation", title="ship-tracking firm", aliases=["Kpler"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Container News (a carrier's congestion surcharge on Asia-North Europe cargo).
ARTICLES[f"{BATCH}/meridian-ocean-lines-congestion-surcharge.gold.json"] = {
    "article": f"{BATCH}/meridian-ocean-lines-congestion-surcharge.txt",
    "target": "Meridian Ocean Lines",
    "quotes": [
        (I, "Meridian Ocean Lines", "Singapore-based carrier Meridian Ocean Lines (MOL) will levy a Port Congestion "
            "Surcharge of USD 275 per TEU on all Asia-North Europe cargo from 20 December", None),
        (P, "Meridian Ocean Lines", "severe and persistent", None),
        (I, "Meridian Ocean Lines", "average berthing waits for MOL's Asia-North Europe loops reached 4.6 days in "
            "November, compared with less than one day a year earlier", None),
        (D, "Henrik Aasgaard", "These costs are real and they are outside our control. We have absorbed them for three "
            "months, but we can no longer do so without damaging the reliability of our service,", None),
        (P, "Henrik Aasgaard", "as soon as conditions normalise", None),
        (I, "Henrik Aasgaard", "the carrier would review it every 30 days", None),
        (I, "Camilla Trevelyan", "carriers had earned record profits during earlier disruptions", None),
        (P, "Camilla Trevelyan", "passing the bill to cargo owners once again.", None),
        (D, "Camilla Trevelyan", "Twenty days' notice, in the middle of the Chinese New Year booking season, is not a "
            "partnership. It is a tax on customers who have no alternative,", None),
        (I, "Global Shippers Forum", "it would ask the European Commission to examine whether simultaneous surcharges "
            "announced by several carriers complied with EU competition rules", None),
        (P, "A spokesperson for the Port of Rotterdam Authority", "improved significantly", None),
        (I, "A spokesperson for the Port of Rotterdam Authority", "the port was operating normally", None),
        (I, "Mads Kjærulf", "congestion at the main northern European hubs was genuine but uneven", None),
        (D, "Mads Kjærulf", "Some of these surcharges reflect actual costs and some are opportunistic. The problem for "
            "shippers is that they cannot tell which is which,", None),
        (P, "A Hamburg-based freight forwarder", "very clear", None),
        (D, "A Hamburg-based freight forwarder", "They call it temporary. In this industry, temporary can mean two "
            "years,", None),
        (S, None, "Pacific Bridge", None),
    ],
    "actors": [
        actor("Meridian Ocean Lines", "organisation", title="container carrier",
              aliases=["Meridian Ocean Lines", "MOL"], stance=1),
        actor("Henrik Aasgaard", "person", title="Chief Commercial Officer", affiliation="Meridian Ocean Lines",
              aliases=["Henrik Aasgaard", "Aasgaard"], stance=1),
        actor("Camilla Trevelyan", "person", title="secretary-general", affiliation="Global Shippers Forum",
              aliases=["Camilla Trevelyan", "Trevelyan"], stance=-1),
        actor("Global Shippers Forum", "organisation", title="shippers' organisation",
              aliases=["Global Shippers Forum", "GSF"], stance=-1),
        actor("A spokesperson for the Port of Rotterdam Authority", "organisation", title="port authority spokesperson",
              affiliation="Port of Rotterdam Authority", aliases=["A spokesperson for the Port of Rotterdam Authority"], stance=-1),
        actor("Mads Kjærulf", "person", title="chief analyst", affiliation="Baltic Liner Insight",
              aliases=["Mads Kjærulf", "Kjærulf"], stance=0),
        actor("A Hamburg-based freight forwarder", "person", title="anonymous freight forwarder",
              aliases=["A Hamburg-based freight forwarder"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Aspen Times (a museum director scraps a local artists' show).
ARTICLES[f"{BATCH}/aspen-art-museum-director-vaszary.gold.json"] = {
    "article": f"{BATCH}/aspen-art-museum-director-vaszary.txt",
    "target": "Ingrid Vaszary",
    "quotes": [
        (P, "Ingrid Vaszary", "a wider conversation,", None),
        (I, "Ingrid Vaszary", "the museum has canceled Roaring Fork Now, a survey of work by 23 artists from Aspen to "
            "Parachute that had been scheduled to open Dec. 19, and will instead host a touring exhibition of "
            "contemporary Hungarian photography organized with a museum in Budapest", None),
        (D, "Ingrid Vaszary", "I know this is disappointing for some people, and I take responsibility for that. But a "
            "museum in a town like Aspen has to be in conversation with the world, not only with itself,", None),
        (I, "Ingrid Vaszary", "the local show had been planned before she arrived", None),
        (P, "Ingrid Vaszary", "real problems", None),
        (D, "Ingrid Vaszary", "Possibly. Not in the time we had.", None),
        (I, "Luis Ortega", "the group learned of the cancellation from a two-paragraph email on Nov. 24", None),
        (D, "Luis Ortega", "We gave this museum two years of our work. Nobody from the director's office picked up the "
            "phone. Not once,", None),
        (I, "Wren Holloway", "several artists had already turned down other exhibitions to keep their work available "
            "for the Aspen show", None),
        (D, "Wren Holloway", "Ingrid talks a lot about the world,", None),
        (D, "Wren Holloway", "Some of us would settle for being treated like neighbors.", None),
        (P, "Martin Blau", "fully supports", None),
        (I, "Martin Blau", "the decision had been reviewed by the exhibitions committee", None),
        (I, "A longtime museum staff member", "the curatorial team had been divided over the change", None),
        (I, "Dana Whitsett", "she had asked the museum to meet with the artists before the end of the year", None),
        (D, "Dana Whitsett", "This is a free museum in a public building. I'd like to see them find a space for these "
            "artists, even if it's not this winter,", None),
        (P, "Péter Farkas", "a coup for Aspen", None),
        (I, "Péter Farkas", "Vaszary was doing exactly what the board had hired her to do", None),
        (S, None, "local wall", None),
    ],
    "actors": [
        actor("Ingrid Vaszary", "person", title="Aspen Art Museum director", affiliation="Aspen Art Museum",
              aliases=["Ingrid Vaszary", "Vaszary", "Ingrid"], stance=1),
        actor("Luis Ortega", "person", title="Carbondale painter", aliases=["Luis Ortega", "Ortega"], stance=-1),
        actor("Wren Holloway", "person", title="sculptor, Basalt", aliases=["Wren Holloway", "Holloway"], stance=-1),
        actor("Martin Blau", "person", title="board chair", affiliation="Aspen Art Museum",
              aliases=["Martin Blau", "Blau"], stance=1),
        actor("A longtime museum staff member", "person", title="anonymous staff member", affiliation="Aspen Art Museum",
              aliases=["A longtime museum staff member"], stance=0),
        actor("Dana Whitsett", "person", title="Aspen City Councilmember", affiliation="Aspen City Council",
              aliases=["Dana Whitsett", "Whitsett"], stance=0),
        actor("Péter Farkas", "person", title="gallery owner", aliases=["Péter Farkas", "Farkas"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Worcester News (a stalker jailed; the judge criticises police delay).
ARTICLES[f"{BATCH}/worcester-stalker-jailed-police-delay.gold.json"] = {
    "article": f"{BATCH}/worcester-stalker-jailed-police-delay.txt",
    "target": "West Mercia Police",
    "quotes": [
        (I, "Hannah Corbett", "Marsh sent the victim more than 900 messages over five months after their relationship "
            "ended in spring last year, turned up at her workplace in St John's and followed her home on at least four "
            "occasions", None),
        (P, "Hannah Corbett", "at least twice", None),
        (D, "the victim", "I did everything I was told to do. I kept the messages, I wrote down the dates, I called "
            "every time.", None),
        (D, "the victim", "For more than a year I felt like the only person taking it seriously was me.", None),
        (I, "Owen Pritchard", "his client had been drinking heavily after losing his job", None),
        (P, "Owen Pritchard", "deeply ashamed", None),
        (D, "Owen Pritchard", "He has not touched alcohol since his arrest and he accepts that he must go to prison,",
            None),
        (P, "Catherine Ellery", "wholly unacceptable", None),
        (D, "Catherine Ellery", "The victim did exactly what the police ask victims to do, and for fourteen months "
            "nothing happened. I want that to be understood by those responsible,", None),
        (I, "West Mercia Police", "it had referred its handling of the case to its professional standards department",
            None),
        (P, "Rajinder Sahota", "significant changes", None),
        (D, "Rajinder Sahota", "We let this victim down, and I have apologised to her personally. We are determined "
            "that no one else goes through what she did,", None),
        (P, "A spokesperson for the Suzy Lamplugh Trust", "not being treated as the serious crime it is", None),
        (I, "West Mercia Police", "anyone affected by stalking can contact officers on 101, or 999 in an emergency",
            None),
    ],
    "actors": [
        actor("Hannah Corbett", "person", title="prosecutor", aliases=["Hannah Corbett", "Miss Corbett", "Corbett"],
              stance=None),
        actor("the victim", "person", title="stalking victim (the defendant's former partner)",
              aliases=["the victim"], stance=-1),
        actor("Owen Pritchard", "person", title="defence barrister",
              aliases=["Owen Pritchard", "Mr Pritchard", "Pritchard"], stance=None),
        actor("Catherine Ellery", "person", title="Judge", affiliation="Worcester Crown Court",
              aliases=["Catherine Ellery", "Judge Catherine Ellery", "Ellery"], stance=-1),
        actor("West Mercia Police", "organisation", title="police force", aliases=["West Mercia Police"], stance=0),
        actor("Rajinder Sahota", "person", title="Detective Chief Inspector", affiliation="West Mercia Police",
              aliases=["Rajinder Sahota", "Sahota"], stance=0),
        actor("A spokesperson for the Suzy Lamplugh Trust", "organisation", title="charity spokesperson",
              affiliation="Suzy Lamplugh Trust", aliases=["A spokesperson for the Suzy Lamplugh Trust"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
