"""Build the dev222 gold files (data/eval/dev222/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev222/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev222.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev222"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Arunachal Times (India, Itanagar) disaster/infrastructure (a landslide buries a highway stretch; villagers
#    blame the road contractor), headline without quote marks, dateline "ITANAGAR, 4 Dec:" run into the lede,
#    straight " and apostrophes, "Rs 412 crore", "the DC", "gaon bura"; lede content before "Papum Pare Deputy
#    Commissioner Tage Riba informed on Thursday" ("informed" as a speech cue); content before "the DC said";
#    "Riba said that A and that clearing work would "..."" (indirect plus partial); group "Residents of Sagalee and
#    nearby Leporiang said A"; headman's quote with "said Nabam Tari, the gaon bura of ...", then a quote-only
#    paragraph; content before "according to the PWD (Highway) department"; "denied that B" (indirect), "He said A and
#    that the slope "..."" (indirect plus partial), quote with "Deka told this daily over phone"; executive engineer
#    "however, said A", quote split by "Tana said"; scare "known locally as the "sinking zone""; association "termed the landslide a
#    "..."" (partial) and "demanded that ..." (directive, not annotated); "said A" for its general secretary; content
#    before "the Arunachal Pradesh State Transport Services (APSTS) said"; content before "the DC added, appealing to
#    traders ..." (the directive not annotated).
ARTICLES[f"{BATCH}/arunachal-sagalee-landslide-contractor.gold.json"] = {
    "article": f"{BATCH}/arunachal-sagalee-landslide-contractor.txt",
    "target": "Brahmaputra Infraprojects Pvt Ltd",
    "quotes": [
        (I, "Tage Riba", "A massive landslide buried a 300-metre stretch of the Trans-Arunachal Highway near Sagalee in "
            "Papum Pare district on Wednesday night, cutting off road connectivity to at least 40 villages", None),
        (I, "Tage Riba", "No casualties were reported, though two trucks and a Bolero pickup were swept off the road",
            None),
        (I, "Tage Riba", "the district administration had deployed two excavators from the Border Roads Organisation",
            None),
        (P, "Tage Riba", "take at least five days if the weather holds.", None),
        (I, "Residents of Sagalee and nearby Leporiang", "the slide had been caused by vertical hill cutting carried out "
            "by the road contractor since October", None),
        (D, "Nabam Tari", "They cut the hill straight like a wall and left it naked. We told the junior engineer in "
            "October that this slope would come down with the first heavy rain,", None),
        (D, "Nabam Tari", "Nobody listened. Now our children cannot go to school in Sagalee and the sick have to be "
            "carried on foot to the road.", None),
        (I, "PWD (Highway) department", "The widening of the 38-km Sagalee-Ziro section is being carried out by "
            "Brahmaputra Infraprojects Pvt Ltd (BIPL), a Guwahati-based firm, under a Rs 412 crore contract", None),
        (I, "Rakesh Deka", "the company's work had triggered the slide", None),
        (I, "Rakesh Deka", "the area had received 180 mm of rain in 48 hours", None),
        (P, "Rakesh Deka", "had a history of sinking long before we came.", None),
        (D, "Rakesh Deka", "We are following the design approved by the department. Every cut has been made as per the "
            "drawings,", None),
        (I, "Likha Tana", "the department had issued two notices to the firm in November over the absence of retaining "
            "walls and drainage along the cut slopes", None),
        (D, "Likha Tana", "The retaining walls should have come up simultaneously with the cutting. That was a "
            "condition in the contract,", None),
        (D, "Likha Tana", "We will examine whether there was negligence, and action will be taken accordingly.", None),
        (S, None, "sinking zone", None),
        (P, "All Sagalee Youth Welfare Association", "man-made disaster", None),
        (I, "Tadar Sonam", "the association would stage a dharna in front of the DC office in Yupia on Monday if no "
            "action was taken against the firm within a week", None),
        (I, "Arunachal Pradesh State Transport Services", "vehicles bound for Ziro are being diverted via Hoj and Potin, "
            "adding nearly three hours to the journey", None),
        (I, "Tage Riba", "Essential commodities for the cut-off villages will be ferried by porters from Sagalee until "
            "the road is cleared", None),
    ],
    "actors": [
        actor("Tage Riba", "person", title="Papum Pare Deputy Commissioner", affiliation="Papum Pare district "
              "administration", aliases=["Tage Riba", "Riba", "the DC"], stance=None),
        actor("Residents of Sagalee and nearby Leporiang", "group", title="residents", affiliation=None,
              aliases=["Residents of Sagalee and nearby Leporiang"], stance=-1),
        actor("Nabam Tari", "person", title="gaon bura (village headman) of Leporiang", affiliation=None,
              aliases=["Nabam Tari", "Tari"], stance=-1),
        actor("PWD (Highway) department", "government", title="state public works department (highways)",
              affiliation="Government of Arunachal Pradesh", aliases=["PWD (Highway) department"], stance=None),
        actor("Rakesh Deka", "person", title="project manager", affiliation="Brahmaputra Infraprojects Pvt Ltd",
              aliases=["Rakesh Deka", "Deka"], stance=1),
        actor("Likha Tana", "person", title="Executive Engineer (Highway)", affiliation="PWD (Highway) department",
              aliases=["Likha Tana", "Tana"], stance=-1),
        actor("All Sagalee Youth Welfare Association", "organisation", title="youth association", affiliation="Sagalee",
              aliases=["All Sagalee Youth Welfare Association", "ASYWA"], stance=-1),
        actor("Tadar Sonam", "person", title="general secretary", affiliation="All Sagalee Youth Welfare Association",
              aliases=["Tadar Sonam", "Sonam"], stance=-1),
        actor("Arunachal Pradesh State Transport Services", "government", title="state bus service",
              affiliation="Government of Arunachal Pradesh", aliases=["Arunachal Pradesh State Transport Services",
              "APSTS"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Swazi Observer (Eswatini) labour (nurses begin a go-slow over a 3% cost-of-living offer), headline with a curly
#    single fragment "SWADNU slams ‘insulting’ 3% offer", byline in capitals, dateline "MBABANE –", curly “ ” and ’;
#    lede "an offer their union described as “insulting”" (partial, the union); union "said A"; secretary general
#    "said A", quote with "Masilela said", then a quote-only paragraph; minister "defended the offer, saying it was
#    “...” at a time when ..." (partial only), quote with "the minister told the Observer", "He said A and that
#    Government would return ... with “...” of revenue ..." (indirect plus partial); scare so-called “wage bill
#    ceiling” (glossed); group "Patients at the outpatient department said A"; mother named after her quote; anonymous
#    nurse "said A", "she said"; ministry "said in a statement that A and that B" (one span); federation "said A, but
#    warned that B" (two indirects).
ARTICLES[f"{BATCH}/eswatini-nurses-go-slow-cola.gold.json"] = {
    "article": f"{BATCH}/eswatini-nurses-go-slow-cola.txt",
    "target": "Phumlani Shongwe",
    "quotes": [
        (P, "Swaziland Democratic Nurses Union", "insulting", "SWADNU slams"),
        (P, "Swaziland Democratic Nurses Union", "insulting", "an offer their union"),
        (I, "Swaziland Democratic Nurses Union", "the offer, tabled by the Ministry of Public Service at the Joint "
            "Negotiation Forum (JNF) on Monday, would not cover even half of the rise in the cost of living since 2023",
            None),
        (I, "Thulani Masilela", "nurses had waited two years for an adjustment", None),
        (D, "Thulani Masilela", "We were told to be patient in 2024. We were told to be patient again this year. Then the "
            "minister comes with 3 per cent and expects us to clap,", None),
        (D, "Thulani Masilela", "Our members are working double shifts because of vacancies that have not been filled "
            "since 2022. They are tired and they are angry.", None),
        (P, "Phumlani Shongwe", "the best the fiscus can carry", None),
        (D, "Phumlani Shongwe", "Government values the work of nurses. But we cannot give what we do not have, and we "
            "will not borrow to pay salaries,", None),
        (I, "Phumlani Shongwe", "the door remained open", None),
        (P, "Phumlani Shongwe", "a clearer picture", None),
        (S, None, "wage bill ceiling", None),
        (I, "Patients at the outpatient department", "they had been waiting since early morning", None),
        (D, "Gcebile Nxumalo", "I came at six with my baby. It is now past twelve and nobody has even taken her "
            "temperature,", None),
        (I, "One nurse in the maternity ward", "the go-slow would not affect emergencies", None),
        (D, "One nurse in the maternity ward", "Women in labour will be attended to. We are not heartless. But we will not "
            "work for 3 per cent and pretend that everything is normal,", None),
        (I, "Ministry of Health", "contingency plans were in place and that nursing students and doctors from the private "
            "sector had been deployed to the busiest facilities", None),
        (I, "Trade Union Congress of Swaziland", "it stood in solidarity with the nurses", None),
        (I, "Trade Union Congress of Swaziland", "other public sector unions could join the action if the offer was not "
            "improved by Friday", None),
    ],
    "actors": [
        actor("Swaziland Democratic Nurses Union", "organisation", title="nurses' union", affiliation="Eswatini",
              aliases=["Swaziland Democratic Nurses Union", "SWADNU"], stance=-1),
        actor("Thulani Masilela", "person", title="Secretary General", affiliation="Swaziland Democratic Nurses Union",
              aliases=["Thulani Masilela", "Masilela"], stance=-1),
        actor("Phumlani Shongwe", "person", title="Minister of Public Service", affiliation="Government of Eswatini",
              aliases=["Phumlani Shongwe", "Shongwe", "the minister"], stance=1),
        actor("Patients at the outpatient department", "group", title="patients",
              affiliation="Mbabane Government Hospital", aliases=["Patients at the outpatient department"], stance=None),
        actor("Gcebile Nxumalo", "person", title="mother, of Mahwalala", affiliation=None,
              aliases=["Gcebile Nxumalo", "Nxumalo"], stance=None),
        actor("One nurse in the maternity ward", "person", title="nurse (anonymous)",
              affiliation="Mbabane Government Hospital", aliases=["One nurse in the maternity ward"], stance=-1),
        actor("Ministry of Health", "government", title="health ministry", affiliation="Government of Eswatini",
              aliases=["Ministry of Health"], stance=None),
        actor("Trade Union Congress of Swaziland", "organisation", title="union federation", affiliation="Eswatini",
              aliases=["Trade Union Congress of Swaziland", "TUCOSWA"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Hydrogen Insight (energy trade press) business (an electrolyser maker delays its factory and cuts jobs), headline
#    and standfirst without speech, byline and time line, curly “ ” and ’, "NOK 1.1bn ($101m)", "1GW"; company "said in
#    its third-quarter report on Thursday that A, and that B" (one span); chief executive "told analysts on a conference
#    call", then a quote-only paragraph; "Halvorsen said the company had enough cash to last “...” even without ..."
#    (partial only); scare so-called “Hydrogen Bank” auctions; content before "according to industry group Hydrogen
#    Europe"; analyst named after his quote, "Lunde added that the ... stacks were “...” but that B" (partial plus
#    indirect); shop steward "said A", "Moen said"; developer "said it had “paused” the order ..." (partial only);
#    ministry spokesperson "said the government was “...”, and pointed to ..." (partial only; "pointed to" not
#    annotated); Q&A "Asked whether ..., Halvorsen replied: “...”"; photo caption ending "(Kestrup Electrolysis/Handout)".
ARTICLES[f"{BATCH}/kestrup-electrolyser-factory-delay.gold.json"] = {
    "article": f"{BATCH}/kestrup-electrolyser-factory-delay.txt",
    "target": "Kestrup Electrolysis",
    "quotes": [
        (I, "Kestrup Electrolysis", "its order backlog had fallen to NOK 1.1bn ($101m) from NOK 2.9bn a year earlier, and "
            "that it would cut around 140 of its 610 jobs", None),
        (D, "Ingrid Halvorsen", "We built for a market that everyone told us was coming. It has not come yet, at least "
            "not at the speed that was promised,", None),
        (D, "Ingrid Halvorsen", "I want to be very clear: this is a delay, not a cancellation. The building is finished "
            "and the first production line is installed.", None),
        (P, "Ingrid Halvorsen", "well into 2028", None),
        (S, None, "Hydrogen Bank", None),
        (I, "Hydrogen Europe", "Fewer than 5% of the electrolyser capacity announced in Europe has reached a final "
            "investment decision", None),
        (D, "Marius Lunde", "Kestrup is not alone, but it is more exposed than most because it has one technology and one "
            "factory,", None),
        (P, "Marius Lunde", "competitive on price", None),
        (I, "Marius Lunde", "Chinese rivals were offering delivery times of six months, against more than a year for "
            "Kestrup", None),
        (I, "Kjetil Moen", "the news had come as a shock to workers who moved to Telemark from across the country", None),
        (D, "Kjetil Moen", "People sold houses in Bergen and Trondheim to come here. They were told this was the future of "
            "Norwegian industry,", None),
        (P, "Vindmark Power2X", "paused", None),
        (P, "spokesperson for Norway’s Ministry of Trade, Industry and Fisheries", "following the situation closely",
            None),
        (D, "Ingrid Halvorsen", "We will look at every option that protects the technology and the people who built it.",
            None),
    ],
    "actors": [
        actor("Kestrup Electrolysis", "organisation", title="electrolyser manufacturer", affiliation="Norway",
              aliases=["Kestrup Electrolysis", "Kestrup"], stance=0),
        actor("Ingrid Halvorsen", "person", title="chief executive", affiliation="Kestrup Electrolysis",
              aliases=["Ingrid Halvorsen", "Halvorsen"], stance=1),
        actor("Hydrogen Europe", "organisation", title="industry group", affiliation="Europe",
              aliases=["Hydrogen Europe"], stance=None),
        actor("Marius Lunde", "person", title="analyst", affiliation="Arctic Securities",
              aliases=["Marius Lunde", "Lunde"], stance=0),
        actor("Kjetil Moen", "person", title="shop steward", affiliation="Industri Energi",
              aliases=["Kjetil Moen", "Moen"], stance=-1),
        actor("Vindmark Power2X", "organisation", title="hydrogen project developer", affiliation="Copenhagen",
              aliases=["Vindmark Power2X"], stance=0),
        actor("spokesperson for Norway’s Ministry of Trade, Industry and Fisheries", "person",
              title="spokesperson (unnamed)", affiliation="Ministry of Trade, Industry and Fisheries (Norway)",
              aliases=["spokesperson for Norway’s Ministry of Trade, Industry and Fisheries"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Latin America Reports (Peru) culture/tourism (the new online ticketing platform for Machu Picchu crashes again),
#    headline without speech, byline and date lines, British straight single quotes '...' (apostrophes in "Peru's",
#    "town's", "Congress's" outside); ministry "said in a statement that the platform ... had been '...' and that B"
#    (partial plus indirect); "The ministry said it had asked the company for a '...' within 48 hours" (partial only);
#    manager "blamed the crash on '...' from resellers ..." (partial), quote with "Salinas told Latin America Reports by
#    phone from Lima", then a quote-only paragraph; business association president named after her quote, "Quispe said
#    A"; group "Tourists interviewed at the station said A"; tourist named after his quote; scare so-called 'ticket
#    brokers'; congresswoman "said the contract had been awarded '...' and announced that B" (partial plus indirect);
#    "Salinas rejected the accusation, saying Andes Pass had won '...' and that B" (the act not annotated; partial plus
#    indirect); chamber "said A"; closing "The ministry said A".
ARTICLES[f"{BATCH}/machu-picchu-ticketing-outage.gold.json"] = {
    "article": f"{BATCH}/machu-picchu-ticketing-outage.txt",
    "target": "Andes Pass",
    "quotes": [
        (P, "Peru's Ministry of Culture", "unavailable for approximately nine hours", None),
        (I, "Peru's Ministry of Culture", "tickets bought before the outage remained valid", None),
        (P, "Peru's Ministry of Culture", "detailed technical report", None),
        (P, "Rodrigo Salinas", "an unprecedented volume of automated requests", None),
        (D, "Rodrigo Salinas", "We were hit by more than two million requests in ten minutes. Those were not tourists, "
            "those were bots,", None),
        (D, "Rodrigo Salinas", "The system did what it was designed to do, which was protect the quota. It did it too "
            "aggressively, and we have corrected that.", None),
        (D, "Yesenia Quispe", "Every time the system fails, the tourists blame us. They sleep in our hotels without a "
            "ticket and leave angry,", None),
        (I, "Yesenia Quispe", "the association wanted the government to return to selling a share of the tickets in "
            "person at the town's cultural centre", None),
        (I, "Tourists interviewed at the station", "they had paid between US$90 and US$250 to resellers for tickets with "
            "an official price of 152 soles (about US$41)", None),
        (D, "Lukas Brenner", "We thought we had a real ticket. At the gate they told us the QR code did not exist,", None),
        (S, None, "ticket brokers", None),
        (P, "Ruth Mamani", "without transparency", None),
        (I, "Ruth Mamani", "she would summon the culture minister before Congress's culture commission", None),
        (P, "Rodrigo Salinas", "an open public tender with four bidders", None),
        (I, "Rodrigo Salinas", "the ministry, not the company, set the daily limit of 4,500 visitors", None),
        (I, "Cusco Regional Chamber of Tourism", "the outages had cost local tour operators an estimated US$1.2 million in "
            "cancellations in November alone", None),
        (I, "Peru's Ministry of Culture", "a second, backup sales channel would be operating by mid-December", None),
    ],
    "actors": [
        actor("Peru's Ministry of Culture", "government", title="culture ministry", affiliation="Peru",
              aliases=["Peru's Ministry of Culture", "Ministry of Culture", "The ministry"], stance=0),
        actor("Rodrigo Salinas", "person", title="general manager", affiliation="Andes Pass S.A.C.",
              aliases=["Rodrigo Salinas", "Salinas"], stance=1),
        actor("Yesenia Quispe", "person", title="president", affiliation="Machupicchu Pueblo Business Association",
              aliases=["Yesenia Quispe", "Quispe"], stance=-1),
        actor("Tourists interviewed at the station", "group", title="tourists", affiliation=None,
              aliases=["Tourists interviewed at the station"], stance=None),
        actor("Lukas Brenner", "person", title="tourist, 27, from Graz, Austria", affiliation=None,
              aliases=["Lukas Brenner", "Brenner"], stance=None),
        actor("Ruth Mamani", "person", title="congresswoman for Cusco", affiliation="Congress of Peru",
              aliases=["Ruth Mamani", "Mamani"], stance=-1),
        actor("Cusco Regional Chamber of Tourism", "organisation", title="regional tourism chamber", affiliation="Cusco",
              aliases=["Cusco Regional Chamber of Tourism", "Carturc"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
