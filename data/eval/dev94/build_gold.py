"""Build the dev94 gold files (data/eval/dev94/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev94/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev94.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev94"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Ukrinform (Ukrainian national news agency, English service) war/shipping (Russian drones hit the Danube port of
#    Izmail and damage a Panama-flagged ship), headline without speech, `04.03.2027 10:47` line, `Photo: Odesa RMA`
#    credit at the end, straight `"` and apostrophes, American spelling (`hospitalized`, `defense`); lede content before
#    `, the Odesa Regional Military Administration reported on Telegram`; quote with `the report says` (the report
#    speaks for the administration); `According to the regional administration, A`; ship manager in an apposition
#    before the verb `said in a statement that A and that B` (one span); spokesperson with title before the name after
#    the quote; `According to him, A` (pronoun); `Lysenko added that A`; Romanian ministry `said A and that B, but that
#    C` (one span); Russian ministry `said its forces had struck "..." in ...` (partial only); spokesperson `wrote on X
#    that the attack ... was "..." and called on partners to ...` (partial; directive not annotated); scare so-called
#    `"Ukrainian corridor"`; analyst `said A`, quote split by `Melnyk told Ukrinform`, `He said A`; `As Ukrinform
#    reported, ...` (the outlet's own earlier report, not annotated).
ARTICLES[f"{BATCH}/russia-drones-hit-izmail-port-ship.gold.json"] = {
    "article": f"{BATCH}/russia-drones-hit-izmail-port-ship.txt",
    "target": "Russia",
    "quotes": [
        (I, "Odesa Regional Military Administration", "Russian forces attacked port infrastructure in Izmail district, "
            "Odesa region, with Shahed-type attack drones overnight, damaging a grain terminal and a civilian vessel "
            "sailing under the flag of Panama", None),
        (D, "Odesa Regional Military Administration", "The enemy once again targeted civilian port infrastructure on the "
            "Danube. A fire broke out at the terminal and was quickly extinguished by rescuers. Two port workers were "
            "injured,", None),
        (I, "Odesa Regional Military Administration", "the injured men, aged 41 and 56, were hospitalized in moderate "
            "condition", None),
        (I, "Aegean Bulk Management", "none of the 21 crew members had been hurt and that the ship had suffered damage "
            "to its superstructure while waiting to load wheat", None),
        (D, "Dmytro Lysenko", "Russia is trying to frighten shipowners and insurers away from the Danube ports. This is "
            "economic terror against Ukraine and against the countries that buy our grain,", None),
        (I, "Dmytro Lysenko", "air defense units shot down 19 of the 23 drones launched at Odesa region overnight", None),
        (I, "Dmytro Lysenko", "the Russian drones had approached Izmail from the direction of the Black Sea, flying low "
            "along the Romanian border", None),
        (I, "Ministry of National Defense", "its radars had detected drones near the border in Tulcea County and that "
            "two F-16 fighter jets had been scrambled, but that no violation of Romanian airspace had been confirmed",
            None),
        (P, "Russian Defense Ministry", "military infrastructure and fuel depots used by the Armed Forces of Ukraine",
            None),
        (P, "Yurii Marchenko", "a direct challenge to freedom of navigation", None),
        (S, None, "Ukrainian corridor", None),
        (I, "Oleksandr Melnyk", "the Danube ports had handled about 15% of Ukraine's grain exports last year and remained "
            "critical for farmers in the south", None),
        (D, "Oleksandr Melnyk", "Izmail is far from the front line, but Russia treats it as a front-line city,", None),
        (D, "Oleksandr Melnyk", "Every attack on the port is also a message to the insurers in London.", None),
        (I, "Oleksandr Melnyk", "war-risk insurance premiums for calls at Danube ports had risen to about 1% of a ship's "
            "value per voyage after a series of strikes in January", None),
    ],
    "actors": [
        actor("Odesa Regional Military Administration", "government", affiliation="Ukraine",
              aliases=["Odesa Regional Military Administration", "regional administration"], stance=-1),
        actor("Aegean Bulk Management", "organisation", title="ship manager", affiliation="Greece",
              aliases=["Aegean Bulk Management"], stance=0),
        actor("Dmytro Lysenko", "person", title="Navy spokesperson", affiliation="Ukrainian Navy",
              aliases=["Dmytro Lysenko", "Lysenko"], stance=-1),
        actor("Ministry of National Defense", "government", affiliation="Romania",
              aliases=["Ministry of National Defense"], stance=0),
        actor("Russian Defense Ministry", "government", affiliation="Russia", aliases=["Russian Defense Ministry"],
              stance=1),
        actor("Yurii Marchenko", "person", title="Foreign Ministry spokesperson", affiliation="Ukraine",
              aliases=["Yurii Marchenko", "Marchenko"], stance=-1),
        actor("Oleksandr Melnyk", "person", title="analyst", affiliation="Ukrainian Center for Maritime Studies",
              aliases=["Oleksandr Melnyk", "Melnyk"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Railway Gazette International (rail trade press) rolling stock (a manufacturer admits a further delay to battery
#    trains for Cork), headline without speech, `Written by NAME` and date lines, `IRELAND:` country tag opening the
#    lede, straight `"` and apostrophes, jargon (`BEMUs`, `type approval`, `dynamic testing`, `1 600 mm gauge`, `€410m`,
#    `Cork – Midleton`), Irish names with fadas; lede `has told Iarnród Éireann that A`; `In a statement issued on March
#    3, Hallberg said the delay had been caused by "..." ... and by ..., and that it remained "..." to the project` (two
#    partials); chief executive with title before the name `said the operator was "..." and was reviewing ...`
#    (partial plus indirect), `Cassidy said`; NTA with a relative clause `told Railway Gazette International it was
#    ...`; `Speaking at ..., Hallberg Chief Executive Lars Ekdahl said the company had "..." of ...` (partial only),
#    `he said`; scare so-called `"Irish gauge"`; union leader in an apposition `described the delay as "..." and said
#    A` (partial plus indirect); department `said A`; content before `, according to consultancy SCI Verkehr`;
#    councillor `said: "..."`.
ARTICLES[f"{BATCH}/hallberg-cork-battery-trains-delay.gold.json"] = {
    "article": f"{BATCH}/hallberg-cork-battery-trains-delay.txt",
    "target": "Hallberg Rail",
    "quotes": [
        (I, "Hallberg Rail", "the first of 24 battery-electric multiple units ordered for the Cork Area Commuter Rail "
            "programme will not enter passenger service until mid-2028, nearly two years later than planned", None),
        (P, "Hallberg Rail", "longer than expected", None),
        (P, "Hallberg Rail", "fully committed", None),
        (P, "Niamh Cassidy", "deeply disappointed", None),
        (I, "Niamh Cassidy", "was reviewing its options under the contract, including liquidated damages", None),
        (D, "Niamh Cassidy", "Passengers in Cork were promised new trains and more frequent services. We will hold "
            "Hallberg to its contractual obligations,", None),
        (I, "National Transport Authority", "it was working with IÉ to extend the lease of the diesel multiple units "
            "currently used on the Cork commuter routes", None),
        (P, "Lars Ekdahl", "underestimated the complexity", None),
        (D, "Lars Ekdahl", "We have learned expensive lessons on this contract. The trains will be good trains, but they "
            "will be late,", None),
        (S, None, "Irish gauge", None),
        (P, "Declan Kehoe", "an embarrassment for everyone involved", None),
        (I, "Declan Kehoe", "drivers had completed their training on a simulator more than a year ago", None),
        (I, "Department of Transport", "the delay would not affect the overall timetable for the Cork Area Commuter Rail "
            "programme", None),
        (I, "SCI Verkehr", "Battery trains now account for around 8% of multiple-unit orders placed in Europe since "
            "2020", None),
        (D, "Máire Ní Bhriain", "Every year we are told the new trains are coming. People in Midleton and Cobh would "
            "like to see one before their children finish school.", None),
    ],
    "actors": [
        actor("Hallberg Rail", "organisation", title="rolling stock manufacturer", aliases=["Hallberg Rail", "Hallberg"],
              stance=1),
        actor("Niamh Cassidy", "person", title="Chief Executive", affiliation="Iarnród Éireann (IÉ)",
              aliases=["Niamh Cassidy", "Cassidy"], stance=-1),
        actor("National Transport Authority", "government", affiliation="Ireland",
              aliases=["National Transport Authority"], stance=0),
        actor("Lars Ekdahl", "person", title="Chief Executive", affiliation="Hallberg Rail",
              aliases=["Lars Ekdahl", "Ekdahl"], stance=1),
        actor("Declan Kehoe", "person", title="General Secretary", affiliation="National Bus & Rail Union",
              aliases=["Declan Kehoe", "Kehoe"], stance=-1),
        actor("Department of Transport", "government", affiliation="Ireland", aliases=["Department of Transport"],
              stance=0),
        actor("SCI Verkehr", "organisation", title="consultancy", aliases=["SCI Verkehr"], stance=None),
        actor("Máire Ní Bhriain", "person", title="Cork City Councillor", affiliation="Cork City Council",
              aliases=["Máire Ní Bhriain", "Ní Bhriain"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. ESPNcricinfo (cricket website) news (Sri Lanka sack their ODI captain), headline without speech, standfirst
#    `Selectors want a "fresh voice" ...` (partial for the group it names), author and `04-Mar-2027 • Updated 2 hrs
#    ago` lines, straight `"` and apostrophes (`It's`, `He's`, `selectors'`), cricket jargon (`allrounder`, `ODIs`,
#    `T20Is`, `a hundred`), plural team verbs (`Sri Lanka play`); board media release quote with `SLC said in a media
#    release on Tuesday`, then `The release said Ratnayake would remain ... "..."` (partial only); `Speaking to
#    reporters in Colombo, chairman of selectors Chaminda Gunasekara said the panel wanted "...", and that B`
#    (partial plus indirect), `Gunasekara said`; `Ratnayake was less diplomatic.` and an Instagram post, then a
#    quote-only paragraph left open and a closed one (continuity); coach `speaking from Harare ..., said A`, `Fowler
#    said`; scare so-called `"captaincy carousel"`; new captain `told reporters at the airport he was "..."` (partial
#    only); former captain `said on his YouTube show that the board had handled the matter "..." and that B` (partial
#    plus indirect), `Dissanayake said`.
ARTICLES[f"{BATCH}/ratnayake-sacked-odi-captain.gold.json"] = {
    "article": f"{BATCH}/ratnayake-sacked-odi-captain.txt",
    "target": "Kavindu Ratnayake",
    "quotes": [
        (P, "Selectors", "fresh voice", None),
        (D, "Sri Lanka Cricket", "The selection committee has decided to appoint a new captain for the ODI format with a "
            "view to the ICC Men's Cricket World Cup 2027,", None),
        (P, "Sri Lanka Cricket", "as a senior batter", None),
        (P, "Chaminda Gunasekara", "a new voice in the dressing room", None),
        (I, "Chaminda Gunasekara", "the decision had nothing to do with Ratnayake's form with the bat", None),
        (D, "Chaminda Gunasekara", "Kavindu has been a great servant, and he will still be one of our most important "
            "players. But with the World Cup eight months away, we felt this was the time to make the change,", None),
        (D, "Kavindu Ratnayake", "I found out about this from the media. After 41 matches as captain, I think I "
            "deserved a phone call.", None),
        (D, "Kavindu Ratnayake", "I will keep doing my job for the team. But players are people too.", None),
        (I, "Grant Fowler", "he had been consulted and supported the decision", None),
        (D, "Grant Fowler", "It's not a reflection on Kavindu as a cricketer. He's still a massive part of what we're "
            "building,", None),
        (S, None, "captaincy carousel", None),
        (P, "Pasindu Jayatilleke", "honoured", None),
        (P, "Lasith Dissanayake", "very poorly", None),
        (I, "Lasith Dissanayake", "senior players deserved better communication", None),
        (D, "Lasith Dissanayake", "You can change the captain. That is the selectors' right. But you don't let a man who "
            "scored a hundred last week read it on Facebook,", None),
    ],
    "actors": [
        actor("Selectors", "group", affiliation="Sri Lanka Cricket", aliases=["Selectors"], stance=0),
        actor("Sri Lanka Cricket", "organisation", title="national cricket board",
              aliases=["Sri Lanka Cricket", "SLC", "the board"], stance=0),
        actor("Chaminda Gunasekara", "person", title="chairman of selectors", affiliation="Sri Lanka Cricket",
              aliases=["Chaminda Gunasekara", "Gunasekara"], stance=0),
        actor("Kavindu Ratnayake", "person", title="former ODI captain", affiliation="Sri Lanka",
              aliases=["Kavindu Ratnayake", "Ratnayake", "Kavindu"], stance=1),
        actor("Grant Fowler", "person", title="Head coach", affiliation="Sri Lanka", aliases=["Grant Fowler", "Fowler"],
              stance=0),
        actor("Pasindu Jayatilleke", "person", title="ODI captain", affiliation="Sri Lanka",
              aliases=["Pasindu Jayatilleke", "Jayatilleke"], stance=None),
        actor("Lasith Dissanayake", "person", title="Former captain", affiliation="Sri Lanka",
              aliases=["Lasith Dissanayake", "Dissanayake"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Iceland Review (English-language magazine and news site, Reykjavík) politics/tourism (the government plans a
#    daily fee for foreign visitors), headline without speech, `News`, `Text by: NAME` and `Mar 04 2027` lines,
#    caption with `Photo: NAME`, straight `"` and apostrophes, `ISK 1,000 (USD 7; EUR 6.70)`, Icelandic names and
#    letters (`Þ`, `ð`), Icelandic naming: people shortened to the given name (`Ragnheiður said`, `Sigríður said`,
#    `Arndís said`), two unrelated women with the same patronymic (`Jónsdóttir`); lede content before `, Minister of
#    Industries Ragnheiður Ásta Gunnarsdóttir told reporters after a cabinet meeting on Tuesday`; `Ragnheiður said A,
#    and that B` (one span); `she told RÚV`; content before `, according to a draft bill published by the Ministry of
#    Industries ...` (the bill speaks for the ministry); finance ministry `said A`; scare so-called `"nature pass"`;
#    `SAF ... was quick to respond.`, then managing director in an apposition (`Its managing director, NAME, said the
#    fee would make Iceland "..." for visitors, and that B`: partial plus indirect); guesthouse owner named after the
#    quote, `Sigríður said A`; `According to the Icelandic Tourist Board, A`; director `told Iceland Review that the
#    board supported "..." system ...` (partial only), `Arndís said A`; MP `called the plan "..." and said A` (partial
#    plus indirect); tourist named after the quote.
ARTICLES[f"{BATCH}/iceland-daily-visitor-fee.gold.json"] = {
    "article": f"{BATCH}/iceland-daily-visitor-fee.txt",
    "target": "Icelandic government",
    "quotes": [
        (I, "Ragnheiður Ásta Gunnarsdóttir", "The government will introduce a daily fee of ISK 1,000 (USD 7; EUR 6.70) "
            "for foreign tourists from next spring", None),
        (I, "Ragnheiður Ásta Gunnarsdóttir", "the fee would be collected through a digital pass linked to rental car and "
            "hotel bookings, and that the revenue would go towards maintaining roads, trails and toilets at popular "
            "sites", None),
        (D, "Ragnheiður Ásta Gunnarsdóttir", "Tourism has given us a great deal, but nature is paying the price. Those "
            "who enjoy it should contribute to its protection,", None),
        (I, "Ministry of Industries", "Children under 16 and passengers of cruise ships staying less than 24 hours would "
            "be exempt", None),
        (I, "Ministry of Finance and Economic Affairs", "the fee could raise up to ISK 9 billion a year", None),
        (S, None, "nature pass", None),
        (P, "Bjarni Þór Halldórsson", "even more expensive", None),
        (I, "Bjarni Þór Halldórsson", "the industry had not been consulted before the announcement", None),
        (D, "Sigríður Björk Jónsdóttir", "We already collect an accommodation tax, VAT and a parking fee at every "
            "waterfall. Now another fee. Where does it end?", None),
        (I, "Sigríður Björk Jónsdóttir", "bookings for the summer were already lower than last year, especially from the "
            "United States", None),
        (I, "Icelandic Tourist Board", "2.3 million foreign visitors departed through Keflavík Airport last year, "
            "slightly fewer than the year before", None),
        (P, "Arndís Jónsdóttir", "a fair and simple", None),
        (I, "Arndís Jónsdóttir", "visitor numbers had not fallen noticeably after previous increases in the "
            "accommodation tax", None),
        (P, "Gunnar Már Einarsson", "a tax grab dressed up in green", None),
        (I, "Gunnar Már Einarsson", "the government should first show how the revenue from existing fees had been spent",
            None),
        (D, "Emma Clarke", "Honestly, after paying 3,000 krónur for a hot dog and a beer, another thousand won't change "
            "much,", None),
    ],
    "actors": [
        actor("Ragnheiður Ásta Gunnarsdóttir", "person", title="Minister of Industries", affiliation="Icelandic government",
              aliases=["Ragnheiður Ásta Gunnarsdóttir", "Ragnheiður"], stance=1),
        actor("Ministry of Industries", "government", affiliation="Icelandic government",
              aliases=["Ministry of Industries"], stance=0),
        actor("Ministry of Finance and Economic Affairs", "government", affiliation="Icelandic government",
              aliases=["Ministry of Finance and Economic Affairs"], stance=0),
        actor("Bjarni Þór Halldórsson", "person", title="managing director",
              affiliation="Icelandic Travel Industry Association (SAF)", aliases=["Bjarni Þór Halldórsson", "Bjarni"],
              stance=-1),
        actor("Sigríður Björk Jónsdóttir", "person", title="guesthouse owner", affiliation="Vík",
              aliases=["Sigríður Björk Jónsdóttir", "Sigríður"], stance=-1),
        actor("Icelandic Tourist Board", "government", affiliation="Iceland", aliases=["Icelandic Tourist Board"],
              stance=None),
        actor("Arndís Jónsdóttir", "person", title="director", affiliation="Icelandic Tourist Board",
              aliases=["Arndís Jónsdóttir", "Arndís"], stance=1),
        actor("Gunnar Már Einarsson", "person", title="MP", affiliation="Independence Party",
              aliases=["Gunnar Már Einarsson", "Gunnar Már"], stance=-1),
        actor("Emma Clarke", "person", title="visitor from Manchester", aliases=["Emma Clarke", "Clarke"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
