"""Build the dev178 gold files (data/eval/dev178/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev178/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev178.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev178"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. ShippingWatch (Denmark, maritime trade press: a shadow-fleet tanker is detained off Skagen), headline
#    without speech, standfirst "Moscow calls the detention "piracy"" (partial for Russia, the country the
#    standfirst names by its capital), "BY NAME" and "Published 03.12.26 at 15:42" lines, curly quotes and
#    apostrophes, present tense ("says", "writes", "tells ShippingWatch"), crossheads, "Read more:" line.
#    Scare so-called "shadow fleet"; content before "the authority writes in a press release"; named
#    official after her quote ("says Mette Kjærsgaard, deputy director-general at ..."); "According to the
#    authority, A"; "Kjærsgaard says A, and that B" (one span); anonymous "A source close to the authority
#    tells ShippingWatch that A"; embassy "describes the detention as "..." and demands that ..." (partial
#    only; the demand is a directive), quote with "the embassy writes"; ministry "said that A and would
#    respond to "..."" (indirect plus partial); minister "rejects the criticism" (act), quote with "he tells
#    ShippingWatch", "He adds that A, and that B"; association officer "welcomes the detention" (act) "but
#    warns that A", quote with "she says"; content before "according to figures from ... Kpler"; analyst
#    "calls the detention "..."" (partial), quote split over two paragraphs ("he says", then a quote-only
#    paragraph). Not annotated: the ship manager's silence.
ARTICLES[f"{BATCH}/skagen-shadow-fleet-tanker-detained.gold.json"] = {
    "article": f"{BATCH}/skagen-shadow-fleet-tanker-detained.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "piracy", "Moscow calls"),
        (S, None, "shadow fleet", "so-called"),
        (I, "Danish Maritime Authority", "The tanker, the 115,000 dwt Volna Star, was boarded on Wednesday afternoon by "
            "inspectors flown out to the ship by helicopter", None),
        (D, "Mette Kj\u00e6rsgaard", "We found significant deficiencies in the ship\u2019s certificates, including a P&I "
            "certificate from an insurer we have not been able to verify. Under those circumstances the ship is not "
            "allowed to continue,", None),
        (I, "Danish Maritime Authority", "the Volna Star is registered in Gabon and was en route from the Russian Baltic "
            "port of Primorsk to India with around 700,000 barrels of crude oil", None),
        (I, "Mette Kj\u00e6rsgaard", "the authority has stepped up checks of older tankers passing through Danish waters "
            "since the summer, and that more than 60 ships have been inspected so far this year", None),
        (I, "source close to the authority", "inspectors also found the crew\u2019s records of working hours had been "
            "filled in for several weeks in advance", None),
        (P, "Russian Embassy in Copenhagen", "an act of state piracy", None),
        (D, "Russian Embassy in Copenhagen", "Denmark is once again acting as an instrument of an illegitimate sanctions "
            "policy and is endangering navigation in the Baltic region,", None),
        (I, "Russian Foreign Ministry", "it had summoned the Danish charg\u00e9 d\u2019affaires in Moscow", None),
        (P, "Russian Foreign Ministry", "any further provocations", None),
        (D, "Lars \u00d8stergaard", "This is not about Russia. It is about safety at sea and the protection of our "
            "coastline. A ship without proper insurance is a risk to the marine environment, whatever flag it flies,",
            None),
        (I, "Lars \u00d8stergaard", "Denmark does not have the legal basis to stop ships merely because they carry Russian "
            "oil, and that the government is working with the other Baltic Sea states on a common approach", None),
        (I, "Anne Sofie Holm", "the problem is far bigger than one tanker", None),
        (D, "Anne Sofie Holm", "Every week, dozens of these ships sail past Skagen with old hulls, unclear ownership and "
            "insurance that may not be worth the paper it is written on. If one of them runs aground in the Kattegat, "
            "it is Danish beaches that pay the price,", None),
        (I, "Kpler", "Around 40 percent of Russia\u2019s seaborne crude exports pass through the Danish straits", None),
        (P, "Jakob Vinther", "mainly symbolic", None),
        (D, "Jakob Vinther", "The Russians have built up a fleet of several hundred ships precisely so they can absorb "
            "this kind of thing. One detained tanker will not change the flow of oil,", None),
        (D, "Jakob Vinther", "But it sends a signal to the insurers and the ship managers in Dubai that Denmark is "
            "watching.", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Danish Maritime Authority", "government", title="maritime authority", affiliation="Denmark",
              aliases=["Danish Maritime Authority", "the authority"], stance=-1),
        actor("Mette Kj\u00e6rsgaard", "person", title="deputy director-general", affiliation="Danish Maritime Authority",
              aliases=["Mette Kj\u00e6rsgaard", "Kj\u00e6rsgaard"], stance=-1),
        actor("source close to the authority", "person", title="anonymous source",
              affiliation="Danish Maritime Authority", aliases=["source close to the authority"], stance=-1),
        actor("Russian Embassy in Copenhagen", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Copenhagen", "the embassy"], stance=1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Lars \u00d8stergaard", "person", title="Minister for Industry, Business and Financial Affairs",
              affiliation="Denmark", aliases=["Lars \u00d8stergaard", "\u00d8stergaard"], stance=-1),
        actor("Anne Sofie Holm", "person", title="deputy director", affiliation="Danish Shipping",
              aliases=["Anne Sofie Holm", "Holm"], stance=-1),
        actor("Kpler", "organisation", title="maritime data firm", aliases=["Kpler"], stance=None),
        actor("Jakob Vinther", "person", title="senior analyst", affiliation="Nordic Maritime Risk",
              aliases=["Jakob Vinther", "Vinther"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Mothership (Singapore, consumer/local: a hotpot chain's undisclosed "table fee"), headline with a
#    straight-quoted term nobody is said to use (scare), pull-quote standfirst `"Not stated anywhere," she
#    said.` (direct for the diner), "Name | date, time" line, straight " and apostrophes, "S$", chatty
#    crossheads ("Here's what happened.", "What she said", "Is this allowed?"), photo credit lines, "Related
#    story:" line, "Top photo via ..." line. Lede scare "table fee" again; Facebook post "said she and two
#    friends were each charged ... for "table setting", which ..." (partial only); "According to Teo, A";
#    quote with "she wrote", then a quote-only paragraph; "Teo told Mothership A but was told that B, and
#    that C" (one span); company "said A, and that B" (one span), quote with "the company said", "It added
#    that A, and would review "..."" (indirect plus partial); director "said A", quote with "Lim said";
#    shared surname (his wife Rachel Lim does not speak); content before "according to the Consumers
#    Association of Singapore (CASE)"; "A CASE spokesperson told Mothership that A", quote with "the
#    spokesperson said"; "Some commenters ... calling the charge "..."" (partial); "Others pointed out that
#    A, and that B was "..."" (indirect plus partial).
ARTICLES[f"{BATCH}/mala-kingdom-table-charge-diner.gold.json"] = {
    "article": f"{BATCH}/mala-kingdom-table-charge-diner.txt",
    "target": "Mala Kingdom",
    "quotes": [
        (S, None, "table fee", "Diner charged"),
        (D, "Jasmine Teo", "Not stated anywhere,", None),
        (S, None, "table fee", "A diner was left"),
        (P, "Jasmine Teo", "table setting", None),
        (I, "Jasmine Teo", "the group ordered a mala xiang guo for three and three drinks, and the bill came to "
            "S$46.60", None),
        (D, "Jasmine Teo", "I looked at the receipt on the MRT home and saw this extra S$2.40. Not stated anywhere on "
            "the menu, not mentioned by the staff. When I called the outlet, the lady just said it's company policy,",
            None),
        (D, "Jasmine Teo", "It's not about the money. It's about being upfront.", None),
        (I, "Jasmine Teo", "she had asked for a refund but was told that only the outlet manager could approve it, and "
            "that the manager was on leave", None),
        (I, "Mala Kingdom", "the charge covered wet towels, sauces and the soup base top-up, and that it had been in "
            "place at all 11 of its outlets since September", None),
        (D, "Mala Kingdom", "We acknowledge that the charge may not have been communicated clearly at our Tampines "
            "outlet, and we apologise to the customer for the experience,", None),
        (I, "Mala Kingdom", "it would put up notices at the entrance and on the tables of every outlet by the end of "
            "next week", None),
        (P, "Mala Kingdom", "whether the charge should continue at all", None),
        (I, "Benedict Lim", "the company had contacted Teo on Friday to offer a full refund", None),
        (D, "Benedict Lim", "We are a local brand and we depend on regulars. If our customers feel we are not being "
            "fair, we have to listen,", None),
        (I, "Consumers Association of Singapore", "Under the Consumer Protection (Fair Trading) Act, businesses must not "
            "mislead consumers about the price of goods or services", None),
        (I, "CASE spokesperson", "the association had received 14 complaints about undisclosed charges at food and "
            "beverage outlets so far this year", None),
        (D, "CASE spokesperson", "Consumers should be told of all mandatory charges before they place their order. A "
            "charge printed only on the final receipt is not good enough,", None),
        (P, "Some commenters", "daylight robbery", None),
        (I, "Others", "similar charges are common in Hong Kong and China", None),
        (P, "Others", "cheaper than a packet of tissue", None),
    ],
    "actors": [
        actor("Jasmine Teo", "person", title="diner", aliases=["Jasmine Teo", "Teo"], stance=-1),
        actor("Mala Kingdom", "organisation", title="hotpot and mala chain",
              aliases=["Mala Kingdom", "the company"], stance=1),
        actor("Benedict Lim", "person", title="operations director", affiliation="Mala Kingdom",
              aliases=["Benedict Lim", "Lim"], stance=1),
        actor("Consumers Association of Singapore", "organisation", title="consumer association",
              aliases=["Consumers Association of Singapore", "CASE"], stance=None),
        actor("CASE spokesperson", "person", title="spokesperson", affiliation="Consumers Association of Singapore",
              aliases=["CASE spokesperson", "the spokesperson"], stance=-1),
        actor("Some commenters", "group", title="commenters on the diner's Facebook post",
              aliases=["Some commenters"], stance=-1),
        actor("Others", "group", title="commenters on the diner's Facebook post", aliases=["Others"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Pajhwok Afghan News (health: a pneumonia surge overwhelms Kabul's children's hospital), headline
#    "...; parents say children share beds" (no quote marks, not annotated), "By NAME" line, dateline "KABUL
#    (Pajhwok):", straight " and apostrophes, "Dr." titles, afghanis. Lede content before "doctors and parents
#    say" (group); ministry "on Saturday said that A"; hospital director "told Pajhwok Afghan News A", quote
#    with "he said", "He said A, and that B" (one span); anonymous nurse ("who spoke on condition of
#    anonymity ...") "said A", quote with "she said"; father named Said Rahman ("Rahman said", "He said A");
#    ministry spokesman "said A and had B" (one span), quote with "he told Pajhwok", "called reports ...
#    "..."" (partial), "He said A"; private pediatrician "said the ministry's measures were "..."" (partial
#    only), quote with "he said"; "According to the World Health Organization (WHO), A"; "The WHO said in a
#    statement last week that A".
ARTICLES[f"{BATCH}/kabul-pneumonia-children-hospital-beds.gold.json"] = {
    "article": f"{BATCH}/kabul-pneumonia-children-hospital-beds.txt",
    "target": "Ministry of Public Health",
    "quotes": [
        (I, "doctors and parents", "Three and sometimes four children are sharing a single bed at Kabul's main "
            "children's hospital as pneumonia cases rise with the onset of winter", None),
        (I, "Ministry of Public Health", "2,340 children had been admitted with pneumonia and other respiratory "
            "infections at public hospitals in Kabul in the past four weeks, nearly double the number for the same "
            "period last year", None),
        (I, "Gul Ahmad Ahmadzai", "the hospital had 360 beds but was treating more than 700 patients on some days", None),
        (D, "Gul Ahmad Ahmadzai", "We do not send any child back. If a mother brings a sick child at midnight, we find a "
            "place, even if it is on the same bed as another child,", None),
        (I, "Gul Ahmad Ahmadzai", "the shortage of oxygen concentrators was a bigger problem than the shortage of beds, "
            "and that the hospital had asked the ministry for at least 50 more", None),
        (I, "nurse at the hospital", "staff were working 16-hour shifts", None),
        (D, "nurse at the hospital", "Some nights there are two nurses for a whole ward of 60 children. We are tired, "
            "but what can we do?", None),
        (D, "Said Rahman", "They are kind to us, the doctors, but there is no medicine in the pharmacy here. Every "
            "prescription, I have to go outside and buy it from the bazaar,", None),
        (I, "Said Rahman", "he had spent 4,500 afghanis on medicine so far, money he had borrowed from relatives", None),
        (I, "Mohammad Naeem Sharifi", "the ministry had added 120 beds to hospitals in Kabul this month and had "
            "dispatched 30 oxygen concentrators to the Indira Gandhi hospital on Thursday", None),
        (D, "Mohammad Naeem Sharifi", "The ministry is aware of the problems and is doing everything within its "
            "capacity. Winter is always difficult, but this year our preparations started earlier than ever,", None),
        (P, "Mohammad Naeem Sharifi", "exaggerated", None),
        (I, "Mohammad Naeem Sharifi", "medicines for pneumonia were available free of charge at all public hospitals",
            None),
        (P, "Wahidullah Noori", "too little and too late", None),
        (D, "Wahidullah Noori", "Every year we see the same thing. The ministry waits for the wards to fill up and then "
            "it announces new beds. Vaccination and early treatment at the clinics would save many more lives,", None),
        (I, "World Health Organization", "pneumonia is the leading cause of death among Afghan children under five",
            None),
        (I, "World Health Organization", "funding cuts had forced the closure of more than 400 health facilities across "
            "Afghanistan this year, putting pressure on the remaining hospitals", None),
    ],
    "actors": [
        actor("doctors and parents", "group", title="doctors and parents at the hospital",
              aliases=["doctors and parents"], stance=-1),
        actor("Ministry of Public Health", "government", title="health ministry", affiliation="Afghanistan",
              aliases=["Ministry of Public Health", "MoPH"], stance=0),
        actor("Gul Ahmad Ahmadzai", "person", title="hospital director", affiliation="Indira Gandhi Children's Hospital",
              aliases=["Gul Ahmad Ahmadzai", "Ahmadzai"], stance=0),
        actor("nurse at the hospital", "person", title="anonymous nurse", affiliation="Indira Gandhi Children's Hospital",
              aliases=["nurse at the hospital"], stance=-1),
        actor("Said Rahman", "person", title="resident of Paghman district, parent", aliases=["Said Rahman", "Rahman"],
              stance=-1),
        actor("Mohammad Naeem Sharifi", "person", title="MoPH spokesman", affiliation="Ministry of Public Health",
              aliases=["Mohammad Naeem Sharifi", "Sharifi"], stance=1),
        actor("Wahidullah Noori", "person", title="pediatrician", affiliation="private clinic, Karte Char",
              aliases=["Wahidullah Noori", "Noori"], stance=-1),
        actor("World Health Organization", "organisation", title="UN health agency",
              aliases=["World Health Organization", "WHO"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Northern Daily Leader (Tamworth, sport/racing: a local trainer is disqualified over a positive swab),
#    headline and standfirst without speech ("as stewards throw the book at ..."), "By NAME" and "December 4
#    2026 - 5:30pm" lines, straight " and apostrophes, "$5000". "stewards found Hope guilty" (a finding, not
#    annotated); "In their decision, stewards said A was "..." ... and that B" (partial plus indirect); chief
#    steward "said A", quote with "Kerr said"; trainer "told the Leader he was "..." by the decision and would
#    lodge an appeal ..." (partial only: no second subject), quote with "he said" then a quote-only
#    paragraph; solicitor "said A", quote with "Mr Ng said"; shared surname (his son "Lachlan Hope" "said A",
#    quote with "Lachlan Hope said"; "Hope" alone is always Peter; "Dad" and "Pete" inside quotes); club
#    president "said A, but described Hope as "..."" (indirect plus partial), "She said A"; Q&A "Asked
#    whether ..., Maher replied: "...""; part-owner "said A", quote with "Storey said". Not annotated: the
#    rules of racing.
ARTICLES[f"{BATCH}/peter-hope-trainer-disqualified-swab.gold.json"] = {
    "article": f"{BATCH}/peter-hope-trainer-disqualified-swab.txt",
    "target": "Peter Hope",
    "quotes": [
        (P, "Racing NSW stewards", "well above", None),
        (I, "Racing NSW stewards", "Hope had been unable to give a satisfactory explanation for how it came to be in the "
            "horse's system", None),
        (I, "Andrew Kerr", "the penalty reflected Hope's previous record, which includes a 2019 fine over a treatment "
            "breach", None),
        (D, "Andrew Kerr", "Trainers are responsible for what goes into their horses. There are no exceptions to that, "
            "whether you are training two horses in the bush or 200 in the city,", None),
        (P, "Peter Hope", "gutted", None),
        (D, "Peter Hope", "I've been doing this for 35 years and I've never once tried to get an edge,", None),
        (D, "Peter Hope", "That horse had a sore foot three weeks before the race, the vet treated him, and we followed "
            "the withholding time to the letter. Somewhere along the line something has gone wrong, but it wasn't done "
            "deliberately.", None),
        (I, "Brendan Ng", "the stewards had not given enough weight to the veterinary evidence", None),
        (D, "Brendan Ng", "We'll be asking the panel to look closely at how the sample was handled between the track and "
            "the laboratory,", None),
        (I, "Lachlan Hope", "the family would keep the stable running under his name while the appeal was heard, subject "
            "to approval from Racing NSW", None),
        (D, "Lachlan Hope", "Dad's taught me everything. People in this town know what sort of bloke he is,", None),
        (I, "Sue Maher", "the club would not comment on the stewards' findings", None),
        (P, "Sue Maher", "a great supporter of racing in the North West", None),
        (I, "Sue Maher", "the club's December 19 meeting would go ahead as planned, with nominations up on last year",
            None),
        (D, "Sue Maher", "Racing has rules for a reason, and the integrity of the sport is what keeps people coming "
            "through the gates. That applies at Tamworth the same as anywhere.", None),
        (I, "Greg Storey", "he would move the gelding to another trainer, but only until the appeal was decided", None),
        (D, "Greg Storey", "If Pete wins, the horse goes straight back to him. I wouldn't have it any other way,", None),
    ],
    "actors": [
        actor("Racing NSW stewards", "group", title="stewards", affiliation="Racing NSW",
              aliases=["Racing NSW stewards", "stewards"], stance=-1),
        actor("Andrew Kerr", "person", title="chairman of stewards", affiliation="Racing NSW",
              aliases=["Andrew Kerr", "Kerr"], stance=-1),
        actor("Peter Hope", "person", title="trainer", aliases=["Peter Hope", "Hope", "Pete"], stance=1),
        actor("Brendan Ng", "person", title="solicitor", affiliation="Peter Hope",
              aliases=["Brendan Ng", "Ng", "Mr Ng"], stance=1),
        actor("Lachlan Hope", "person", title="jockey, Peter Hope's son", aliases=["Lachlan Hope", "Lachlan"], stance=1),
        actor("Sue Maher", "person", title="president", affiliation="Tamworth Jockey Club",
              aliases=["Sue Maher", "Maher"], stance=0),
        actor("Greg Storey", "person", title="part-owner of Northern Dusk", aliases=["Greg Storey", "Storey"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
