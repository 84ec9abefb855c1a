"""Build the dev246 gold files (data/eval/dev246/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev246/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev246.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev246"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Sowetan (South Africa) local government/transport (a Johannesburg by-law lets metro police impound taxis for
#    unpaid fines), headline "Taxi bosses vow to fight city’s ‘war on drivers’" (partial for the lede's group), byline
#    and date lines, curly “ ” and ’, "R5 000"; lede "Taxi bosses in Soweto have warned that A"; alliance "said on
#    Thursday that A, and that B" (one span); chairperson named after the first stretch ("said the alliance’s
#    chairperson, Sipho Dlamini"), then a quote-only paragraph; "Dlamini said A"; caption ending "Image: ANTONIO
#    MUCHAVE" (not annotated); MMC "defended the by-law, saying A" (act, then a participial indirect), quote with
#    "Khumalo told Sowetan"; "She said the city had met taxi leaders “...” this year and that B" (partial plus
#    indirect); group "Commuters at the Bara taxi rank said A"; commuter named after her quote (a reported "The drivers
#    say" inside it); metro police spokesperson "said A"; "According to the ActionSA caucus in council, A"; councillor
#    "called the process “...”" (partial), "he said"; Santaco spokesperson "said A but believed impounding was “...”"
#    (indirect plus partial); scare so-called “fines amnesty”.
ARTICLES[f"{BATCH}/soweto-taxi-impoundment-bylaw.gold.json"] = {
    "article": f"{BATCH}/soweto-taxi-impoundment-bylaw.txt",
    "target": "City of Johannesburg",
    "quotes": [
        (P, "Taxi bosses in Soweto", "war on drivers", "Taxi bosses vow"),
        (I, "Taxi bosses in Soweto", "they will take the City of Johannesburg to court over a new by-law that allows metro "
            "police to impound minibus taxis for unpaid traffic fines", None),
        (I, "Soweto Taxi Alliance", "63 taxis had been impounded in the first three days, and that many of the drivers "
            "affected were not the owners of the vehicles", None),
        (D, "Sipho Dlamini", "You are taking a man’s bread for a fine that was written while somebody else was driving. "
            "This is not law enforcement, it is a war on drivers,", None),
        (D, "Sipho Dlamini", "We have lawyers. We will see the city in court.", None),
        (I, "Sipho Dlamini", "the alliance had asked for a meeting with the city in October and had received no reply", None),
        (I, "Lerato Khumalo", "the city was owed more than R1.2 billion in unpaid traffic fines", None),
        (D, "Lerato Khumalo", "Every other motorist in Johannesburg pays their fines. Taxi owners are not above the law, and "
            "the by-law gives them 14 days to settle before a vehicle is impounded,", None),
        (P, "Lerato Khumalo", "several times", None),
        (I, "Lerato Khumalo", "the door remained open", None),
        (I, "Commuters at the Bara taxi rank", "fares had already gone up on some routes", None),
        (D, "Nomsa Zulu", "Yesterday I paid R22 instead of R18. The drivers say they must pay the fines somehow. Nobody asked "
            "us about this law,", None),
        (I, "Xolani Fihla", "officers had been told not to impound a taxi carrying passengers until the passengers had been "
            "taken to their destination", None),
        (I, "ActionSA caucus in council", "the by-law was passed without proper public participation", None),
        (P, "Thabo Nkosi", "a box-ticking exercise", None),
        (D, "Thabo Nkosi", "They put a notice on a website over the December holidays and called it consultation,", None),
        (I, "Bongani Mthembu", "the national council supported the payment of fines", None),
        (P, "Bongani Mthembu", "too harsh", None),
        (S, None, "fines amnesty", None),
    ],
    "actors": [
        actor("Taxi bosses in Soweto", "group", title="taxi owners", affiliation="Soweto",
              aliases=["Taxi bosses in Soweto", "Taxi bosses"], stance=-1),
        actor("Soweto Taxi Alliance", "organisation", title="taxi association", affiliation="Soweto",
              aliases=["Soweto Taxi Alliance", "the alliance"], stance=-1),
        actor("Sipho Dlamini", "person", title="chairperson", affiliation="Soweto Taxi Alliance",
              aliases=["Sipho Dlamini", "Dlamini"], stance=-1),
        actor("Lerato Khumalo", "person", title="MMC for transport", affiliation="City of Johannesburg",
              aliases=["Lerato Khumalo", "Khumalo"], stance=1),
        actor("Commuters at the Bara taxi rank", "group", title="commuters", affiliation="Bara taxi rank, Diepkloof",
              aliases=["Commuters at the Bara taxi rank"], stance=-1),
        actor("Nomsa Zulu", "person", title="domestic worker, 41", affiliation="Soweto", aliases=["Nomsa Zulu", "Zulu"],
              stance=-1),
        actor("Xolani Fihla", "person", title="spokesperson", affiliation="Johannesburg Metropolitan Police Department",
              aliases=["Xolani Fihla", "Fihla"], stance=0),
        actor("ActionSA caucus in council", "organisation", title="opposition caucus", affiliation="ActionSA",
              aliases=["ActionSA caucus in council", "ActionSA caucus"], stance=-1),
        actor("Thabo Nkosi", "person", title="councillor", affiliation="ActionSA", aliases=["Thabo Nkosi", "Nkosi"],
              stance=-1),
        actor("Bongani Mthembu", "person", title="Gauteng spokesperson", affiliation="Santaco",
              aliases=["Bongani Mthembu", "Mthembu"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Iceland Review (Iceland) disaster/science (an eruption on the Reykjanes peninsula, the Blue Lagoon evacuated),
#    headline without speech, byline and date lines, straight " and apostrophes; lede content before "the Icelandic
#    Meteorological Office said" (the writer's apposition after the cue is left out); content before "the Met Office
#    said in an update"; specialist "said A", quote with "she told Iceland Review"; caption ending "(Golli/Iceland
#    Review)" (not annotated); content before "according to the Department of Civil Protection ...", then content
#    before "it said"; hotel owner "said A", "he said", then a quote-only paragraph; mayor "said in a statement: "...
#    open at the end of its line, then a closed paragraph; volcanologist "said the models had "..." but that B"
#    (partial plus indirect); Q&A "Asked whether ..., Arnarson replied: "..."" (direct); scare so-called "magma clock";
#    SAF "said A had cost its members "..." in cancelled bookings and that B "..."" (two partials only).
ARTICLES[f"{BATCH}/reykjanes-eruption-blue-lagoon.gold.json"] = {
    "article": f"{BATCH}/reykjanes-eruption-blue-lagoon.txt",
    "target": "Icelandic Meteorological Office",
    "quotes": [
        (I, "Icelandic Meteorological Office", "A volcanic eruption began north of Grindavík shortly after 10 pm on "
            "Thursday", None),
        (I, "Icelandic Meteorological Office", "The fissure was about 2.5 kilometres long at its largest, and lava was "
            "flowing west, away from the town", None),
        (I, "Sigríður Magnúsdóttir", "the warning had been issued as soon as the seismic data allowed", None),
        (D, "Sigríður Magnúsdóttir", "We saw the earthquake swarm start at 9:20 pm, and the alert went out within minutes. "
            "There was nothing earlier that would have justified closing the area,", None),
        (I, "Department of Civil Protection and Emergency Management", "The Blue Lagoon and about 40 guests at a nearby "
            "hotel were evacuated", None),
        (I, "Department of Civil Protection and Emergency Management", "Grindavík residents, most of whom have not lived in "
            "the town since it was first evacuated in November 2023, were not affected", None),
        (I, "Einar Þórsson", "his staff had started moving guests before any official order came", None),
        (D, "Einar Þórsson", "My night manager felt the building shake and put everyone on the bus. The text message from "
            "civil protection came twenty minutes later,", None),
        (D, "Einar Þórsson", "I don't blame the scientists. But somebody has to ask why we are always the last to know.",
            None),
        (D, "Bryndís Gunnarsdóttir", "The barriers held again tonight, and for that we thank the crews who built them.",
            None),
        (D, "Bryndís Gunnarsdóttir", "But every eruption makes it harder to tell families when they can come home. We need "
            "the state to give us a real answer, not another season of waiting.", None),
        (P, "Helgi Arnarson", "performed well", None),
        (I, "Helgi Arnarson", "the intervals between eruptions were becoming harder to predict", None),
        (D, "Helgi Arnarson", "Not yet. The inflow is slower than it was last year, but it has not stopped.", None),
        (S, None, "magma clock", None),
        (P, "Icelandic Travel Industry Association", "billions of krónur", None),
        (P, "Icelandic Travel Industry Association", "through social media before they reach the hotels", None),
    ],
    "actors": [
        actor("Icelandic Meteorological Office", "organisation", title="national weather and hazards agency",
              affiliation="Iceland", aliases=["Icelandic Meteorological Office", "Met Office"], stance=0),
        actor("Sigríður Magnúsdóttir", "person", title="natural hazards specialist",
              affiliation="Icelandic Meteorological Office", aliases=["Sigríður Magnúsdóttir", "Magnúsdóttir"], stance=1),
        actor("Department of Civil Protection and Emergency Management", "government", title="civil protection agency",
              affiliation="Iceland", aliases=["Department of Civil Protection and Emergency Management"], stance=None),
        actor("Einar Þórsson", "person", title="hotel owner", affiliation=None, aliases=["Einar Þórsson", "Þórsson"],
              stance=0),
        actor("Bryndís Gunnarsdóttir", "person", title="mayor", affiliation="Grindavík",
              aliases=["Bryndís Gunnarsdóttir", "Gunnarsdóttir"], stance=None),
        actor("Helgi Arnarson", "person", title="volcanologist", affiliation="University of Iceland",
              aliases=["Helgi Arnarson", "Arnarson", "Dr Helgi Arnarson"], stance=1),
        actor("Icelandic Travel Industry Association", "organisation", title="tourism industry body", affiliation="Iceland",
              aliases=["Icelandic Travel Industry Association", "SAF"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. TradeWinds (shipping trade press) business (a Greek owner's takeover bid for an Oslo-listed tanker company),
#    headline "Skarv board rejects ‘opportunistic’ Kallisti bid" (partial for the board), standfirst "Greek owner says
#    ... is final" without quote marks (not annotated), byline/place and published lines, curly single ‘ ’ for quotes
#    and fragments, ’ apostrophes (Greece’s, Skarv’s, board’s); "calling it ‘...’ and ‘...’" (two partials); "the
#    board said A, and that it had received approaches from ‘...’" (indirect plus partial); chair "told TradeWinds that
#    A", "she said"; CEO "said A", quote with "Vardakis said in a call with TradeWinds", then a quote-only paragraph;
#    "He added that A"; scare so-called ‘mandatory offer’ rules; content before "according to the offer document"
#    (Kallisti's); "Kallisti said in a stock exchange filing ... that A"; analyst "said the bid was ‘...’" (partial
#    only), "He said A"; anonymous shareholder "said they were unlikely to accept", singular "they said".
ARTICLES[f"{BATCH}/skarv-tankers-kallisti-bid.gold.json"] = {
    "article": f"{BATCH}/skarv-tankers-kallisti-bid.txt",
    "target": "Kallisti Shipping",
    "quotes": [
        (P, "board of Skarv Tankers", "opportunistic", "Skarv board rejects"),
        (P, "board of Skarv Tankers", "opportunistic", "calling it"),
        (P, "board of Skarv Tankers", "well below the value of the fleet", None),
        (I, "board of Skarv Tankers", "the offer did not reflect the value of the 14 MR tankers the company has on order in "
            "South Korea", None),
        (P, "board of Skarv Tankers", "other parties", None),
        (I, "Ingrid Solheim", "the timing was no accident", None),
        (D, "Ingrid Solheim", "They have come in at the bottom of the rate cycle, with our shares down 30% from the summer. "
            "Anyone can see what they are doing,", None),
        (I, "Nikos Vardakis", "the offer was final", None),
        (D, "Nikos Vardakis", "We have made a fair offer, in cash, at a clear premium. We will not be raising it,", None),
        (D, "Nikos Vardakis", "If the shareholders want to wait for the board’s newbuildings to deliver in 2029, that is "
            "their choice.", None),
        (I, "Nikos Vardakis", "Kallisti already held 9.8% of Skarv through shares bought in the market over the past year",
            None),
        (S, None, "mandatory offer", None),
        (I, "Kallisti Shipping", "The offer is conditional on acceptances of more than 50% of the shares", None),
        (I, "Kallisti Shipping", "its financing was fully committed by two Greek banks", None),
        (P, "Eirik Lunde", "on the low side but not absurd", None),
        (I, "Eirik Lunde", "Skarv’s net asset value was about NOK 64 per share", None),
        (I, "One of Skarv’s 20 largest shareholders", "they were unlikely to accept", None),
        (D, "One of Skarv’s 20 largest shareholders", "The board has had three years to close the discount to asset value "
            "and has not done it. But 58 is not the number,", None),
    ],
    "actors": [
        actor("board of Skarv Tankers", "organisation", title="board of directors", affiliation="Skarv Tankers",
              aliases=["board of Skarv Tankers", "Skarv board", "the board"], stance=-1),
        actor("Ingrid Solheim", "person", title="board chair", affiliation="Skarv Tankers",
              aliases=["Ingrid Solheim", "Solheim"], stance=-1),
        actor("Nikos Vardakis", "person", title="chief executive", affiliation="Kallisti Shipping",
              aliases=["Nikos Vardakis", "Vardakis"], stance=1),
        actor("Kallisti Shipping", "organisation", title="shipowner (bidder)", affiliation="Greece",
              aliases=["Kallisti Shipping", "Kallisti", "offer document"], stance=1),
        actor("Eirik Lunde", "person", title="analyst", affiliation="Pareto Securities", aliases=["Eirik Lunde", "Lunde"],
              stance=0),
        actor("One of Skarv’s 20 largest shareholders", "person", title="shareholder (anonymous)",
              affiliation="Skarv Tankers", aliases=["One of Skarv’s 20 largest shareholders"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Astana Times (Kazakhstan) business/transport (a container backlog at the Caspian port of Aktau), headline
#    "Freight forwarders warn of backlog ..." without quote marks (not annotated), byline line with section and date,
#    dateline "ASTANA –", straight " and apostrophes; lede content before "the Kazakhstan Association of Freight
#    Forwarders said on Dec. 3"; "The association said A, compared with ..., and that B" (one span); split quote
#    ""A," said Daulet Sarsenbayev, the association's executive director. "B."" (two directs), then ""...," he added";
#    scare so-called "Middle Corridor"; "rejected the association's figures" (act); port statement "said A and would
#    be cleared "..." once ..." (indirect plus partial); director "told The Astana Times that A", quote with
#    "Dzhaksybekov said"; Q&A "Asked whether ..., he said: "..."" (direct); ministry "said in a written response that A
#    and that B" (one span); forwarder introduced by a relative clause "said A", "he said by phone"; "According to
#    Zhanna Omarova, ..., A", "she said".
ARTICLES[f"{BATCH}/aktau-port-container-backlog.gold.json"] = {
    "article": f"{BATCH}/aktau-port-container-backlog.txt",
    "target": "Port of Aktau",
    "quotes": [
        (I, "Kazakhstan Association of Freight Forwarders", "More than 2,300 containers were waiting to be shipped across "
            "the Caspian Sea from the Port of Aktau at the end of November", None),
        (I, "Kazakhstan Association of Freight Forwarders", "some cargo had waited up to 19 days for a vessel, compared "
            "with five to seven days a year ago, and that several Chinese shippers had switched back to the northern rail "
            "route through Russia", None),
        (D, "Daulet Sarsenbayev", "The Middle Corridor is growing faster than the port can handle it,", None),
        (D, "Daulet Sarsenbayev", "We have been warning about this since spring.", None),
        (D, "Daulet Sarsenbayev", "Every day a container sits in Aktau, the client pays for it. Some of those clients will "
            "not come back,", None),
        (S, None, "Middle Corridor", "so-called"),
        (I, "Port of Aktau", "the backlog stood at 1,450 containers", None),
        (P, "Port of Aktau", "within two weeks", None),
        (I, "Yerlan Dzhaksybekov", "the congestion was seasonal and had been made worse by storms that closed the port for "
            "four days in November", None),
        (D, "Yerlan Dzhaksybekov", "We are not hiding anything. When the sea is closed, nobody sails, not us and not Baku,",
            None),
        (D, "Yerlan Dzhaksybekov", "For today's volumes, yes. For next year's, no, and that is why the new terminal "
            "matters.", None),
        (I, "Ministry of Transport", "the backlog was being addressed and that a new container terminal at Aktau would open "
            "in the second half of 2027, raising capacity to 240,000 TEU a year", None),
        (I, "Wang Lei", "he had moved half of his cargo back to the railway through Russia", None),
        (D, "Wang Lei", "My customers want a date. Aktau cannot give me a date,", None),
        (I, "Zhanna Omarova", "the problem is not the port alone but a shortage of ships on the Caspian", None),
        (D, "Zhanna Omarova", "Blaming Aktau is easy. But the port does not own the ships, and there are maybe 20 vessels "
            "on the whole sea that can carry containers,", None),
    ],
    "actors": [
        actor("Kazakhstan Association of Freight Forwarders", "organisation", title="industry association",
              affiliation="Kazakhstan", aliases=["Kazakhstan Association of Freight Forwarders", "The association"],
              stance=-1),
        actor("Daulet Sarsenbayev", "person", title="executive director",
              affiliation="Kazakhstan Association of Freight Forwarders", aliases=["Daulet Sarsenbayev", "Sarsenbayev"],
              stance=-1),
        actor("Port of Aktau", "organisation", title="seaport", affiliation="Kazakhstan",
              aliases=["Port of Aktau", "The port's management"], stance=1),
        actor("Yerlan Dzhaksybekov", "person", title="port director", affiliation="Port of Aktau",
              aliases=["Yerlan Dzhaksybekov", "Dzhaksybekov"], stance=1),
        actor("Ministry of Transport", "government", title="ministry", affiliation="Kazakhstan",
              aliases=["Ministry of Transport"], stance=1),
        actor("Wang Lei", "person", title="logistics company owner", affiliation="Xi'an", aliases=["Wang Lei", "Wang"],
              stance=-1),
        actor("Zhanna Omarova", "person", title="transport economist", affiliation="Narxoz University",
              aliases=["Zhanna Omarova", "Omarova"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
