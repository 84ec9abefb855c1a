"""Build the test77 gold files (data/eval/test77/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test77/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test77.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test77"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}
# ---------------------------------------------------------------------------------------------
# 1. OilPrice.com energy/markets (the Urals discount widens under new U.S. sanctions), Title Case headline
#    without speech, "By NAME - Dec 04, 2026, 9:00 AM CST" line, straight " and apostrophes, American
#    punctuation inside closing marks, two "Related:" lines and a closing "By NAME for Oilprice.com" line.
#    Lede content before "according to estimates from the London consultancy Petrovane Analytics"; scare
#    "friendly" nations; deputy prime minister "told ... RIA Novosti that Russian exports had "..." to the
#    restrictions and that B" (partial plus indirect), quote with "Sorin said"; "The Kremlin said A and B" (one
#    span); "Two executives at Indian state refiners told Oilprice that A" (a group), "one of them said" (the
#    same group actor); content before "according to ship-tracking firm HullTrack"; producer "said in a
#    statement that its exports were continuing "..." and that B" (partial plus indirect); Treasury "said the
#    new designations targeted a network that had moved "..." of ..." (partial only); analyst quote before
#    "said Helena Marr", then "Marr said A, and that B" (one span). Not annotated: "Moscow has played down the
#    impact", "Buyers tell a different story", "citing difficulties ...", the Brent price.
ARTICLES[f"{BATCH}/urals-discount-sanctions-india-refiners.gold.json"] = {
    "article": f"{BATCH}/urals-discount-sanctions-india-refiners.txt",
    "target": "Russia",
    "quotes": [
        (I, "Petrovane Analytics", "Russia's flagship Urals crude traded at a discount of more than $24 per barrel to "
            "Brent this week, the widest since early 2023", None),
        (S, None, "friendly", None),
        (P, "Arkady Sorin", "fully adapted", None),
        (I, "Arkady Sorin", "seaborne volumes in November were higher than a year earlier", None),
        (D, "Arkady Sorin", "Our oil will always find buyers. The only question is who profits from the discount, and "
            "it is not the countries that imposed these sanctions,", None),
        (I, "Kremlin", "the sanctions were illegal and would only destabilize global energy markets", None),
        (I, "Two executives at Indian state refiners", "they had cut December purchases of Urals cargoes by about a "
            "third", None),
        (D, "Two executives at Indian state refiners", "Nobody wants to be the refiner that gets named in the next "
            "round,", None),
        (I, "HullTrack", "Chinese independent refiners in Shandong, known as teapots, have stepped up purchases of "
            "discounted Russian grades over the same period", None),
        (P, "Volgaprom Neft", "in full compliance with applicable law", None),
        (I, "Volgaprom Neft", "it was not a party to any sanctioned transaction", None),
        (P, "U.S. Treasury Department", "tens of millions of barrels", None),
        (D, "Helena Marr", "The discount is the sanctions working, just not in the way Washington advertised. Russia is "
            "still selling, but it is selling cheap,", None),
        (I, "Helena Marr", "Russia's budget assumed a Urals price of $65 per barrel next year, against an average of "
            "about $49 in November, and that every $5 shortfall cost the treasury roughly $10 billion a year", None),
    ],
    "actors": [
        actor("Petrovane Analytics", "organisation", title="London consultancy", aliases=["Petrovane Analytics"],
              stance=None),
        actor("Arkady Sorin", "person", title="Deputy Prime Minister", affiliation="Russia",
              aliases=["Arkady Sorin", "Sorin"], stance=1),
        actor("Kremlin", "government", title="Russian presidency", affiliation="Russia", aliases=["Kremlin"], stance=1),
        actor("Two executives at Indian state refiners", "group", title="anonymous refinery executives",
              affiliation="Indian state refiners", aliases=["Two executives at Indian state refiners"], stance=0),
        actor("HullTrack", "organisation", title="ship-tracking firm", aliases=["HullTrack"], stance=None),
        actor("Volgaprom Neft", "organisation", title="Russian oil producer", affiliation="Russia",
              aliases=["Volgaprom Neft"], stance=1),
        actor("U.S. Treasury Department", "government", title="U.S. Treasury", affiliation="United States",
              aliases=["U.S. Treasury Department"], stance=-1),
        actor("Helena Marr", "person", title="head of oil research", affiliation="Petrovane Analytics",
              aliases=["Helena Marr", "Marr"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Route One (UK bus and coach trade press) local transport (an operator withdraws 11 supported rural
#    routes after contract talks collapse), headline and standfirst without speech, "By NAME" and date lines,
#    curly single quotes and curly apostrophes, British punctuation outside closing marks, "per cent", Cornish
#    names. Lede content before "the operator has confirmed"; managing director "told routeone the council's
#    offer would have ..." (no "that"), quote with "she said", "She added that A"; scare so-called 'rural
#    premium' ("have long complained about" is not a cue); portfolio holder "said the authority was '...' by
#    the decision and accused the operator of '...'" (two partials), quote with "she said"; CPT "said A and
#    that B" (one span); Unite officer "said drivers had learned of the withdrawal '...' before ..." (partial
#    only), quote with "Polglase said"; Bus Users UK "said it was '...' for passengers ..." (partial only);
#    passenger introduced by "Among them is ..., who said A", "she said". Not annotated: "expects", passenger
#    numbers.
ARTICLES[f"{BATCH}/kernow-connect-rural-routes-withdrawal.gold.json"] = {
    "article": f"{BATCH}/kernow-connect-rural-routes-withdrawal.txt",
    "target": "Kernow Connect",
    "quotes": [
        (I, "Kernow Connect", "Kernow Connect will withdraw 11 supported routes in mid and north Cornwall at the end of "
            "February after talks with Cornwall Council over new contracts broke down", None),
        (I, "Jenna Rowe", "the council\u2019s offer would have left the company running the routes at a loss of around "
            "\u00a3900,000 a year", None),
        (D, "Jenna Rowe", "We have tried very hard to find a way to keep these services on the road. But we cannot run "
            "buses at a loss indefinitely, and the offer on the table did not reflect what it now costs to employ a "
            "driver in Cornwall,", None),
        (I, "Jenna Rowe", "all 64 affected drivers would be offered work on the company\u2019s commercial network around "
            "Truro and Newquay", None),
        (S, None, "rural premium", None),
        (P, "Morwenna Tremayne", "disappointed", None),
        (P, "Morwenna Tremayne", "walking away from the table", None),
        (D, "Morwenna Tremayne", "Our offer was fair and it was made in good faith. We will now go back out to tender, "
            "and I am confident other operators will come forward,", None),
        (I, "Confederation of Passenger Transport", "driver wages had risen by 28 per cent since 2022 and that the value "
            "of supported-service contracts across England had not kept pace", None),
        (P, "Kev Polglase", "on Facebook", None),
        (D, "Kev Polglase", "These drivers have given years to this company and to these communities. They deserved "
            "better than that,", None),
        (P, "Bus Users UK", "deeply worried", None),
        (I, "Ivy Penhaligon", "the 55 was her only way of getting to the GP surgery and to the shops in Bodmin", None),
        (D, "Ivy Penhaligon", "If the bus goes, I go with it. I\u2019ll have to move nearer to town,", None),
    ],
    "actors": [
        actor("Kernow Connect", "organisation", title="bus operator", aliases=["Kernow Connect", "operator"], stance=1),
        actor("Jenna Rowe", "person", title="Managing Director", affiliation="Kernow Connect",
              aliases=["Jenna Rowe", "Rowe"], stance=1),
        actor("Morwenna Tremayne", "person", title="portfolio holder for transport", affiliation="Cornwall Council",
              aliases=["Morwenna Tremayne", "Tremayne"], stance=-1),
        actor("Confederation of Passenger Transport", "organisation", title="bus and coach industry body",
              aliases=["Confederation of Passenger Transport", "CPT"], stance=1),
        actor("Kev Polglase", "person", title="regional officer", affiliation="Unite",
              aliases=["Kev Polglase", "Polglase"], stance=-1),
        actor("Bus Users UK", "organisation", title="passenger group", aliases=["Bus Users UK"], stance=-1),
        actor("Ivy Penhaligon", "person", title="passenger, 81, of St Breward",
              aliases=["Ivy Penhaligon", "Penhaligon"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Chess.com News (a grandmaster withdraws from the European Rapid after a zero-tolerance forfeit), Title
#    Case headline without speech, author and "Updated:" lines, straight " and apostrophes, American
#    punctuation inside closing marks, titles before names (GM, IA, NM), Polish diacritics (Kąkol). Scare the
#    event's "zero-tolerance" rule; player "wrote on X that the rule was "..." and that he would not continue
#    "..."" (two partials); split quote around "Vasile told Chess.com by phone"; his brother and second (same
#    surname, always "Mihai Vasile") "said A", "Mihai Vasile added that A"; chief arbiter "said A and B" (one
#    span), quote with "Kąkol said"; ECU "said in a statement that ... was "..." and that B" (partial plus
#    indirect); opponent named after an apposition "said A", quote with "Blok said" (surname a near-word);
#    ACP "said the rule should be replaced ..." (indirect). Not annotated: the rule's history, standings,
#    rating list, schedule.
ARTICLES[f"{BATCH}/vasile-european-rapid-forfeit.gold.json"] = {
    "article": f"{BATCH}/vasile-european-rapid-forfeit.txt",
    "target": "Teodor Vasile",
    "quotes": [
        (S, None, "zero-tolerance", "\"zero-tolerance\""),
        (P, "Teodor Vasile", "a relic that belongs in the last century", None),
        (P, "Teodor Vasile", "in a tournament that treats players like schoolchildren.", None),
        (D, "Teodor Vasile", "I was in the building. I was in the corridor. I could see my board,", None),
        (D, "Teodor Vasile", "Thirty seconds. Nobody can tell me this is good for chess.", None),
        (I, "Mihai Vasile", "the player had been held up by a bag check at the entrance to the playing hall, which had "
            "been introduced that morning", None),
        (I, "Mihai Vasile", "his brother had shown his accreditation at the door and had not been told the check would "
            "take longer than usual", None),
        (I, "Zbigniew K\u0105kol", "the zero-tolerance rule was published in the tournament regulations and had been "
            "applied to every player equally", None),
        (D, "Zbigniew K\u0105kol", "The rule is the rule. I am sorry for Teodor, he is a great player, but I cannot make "
            "an exception because of a rating,", None),
        (P, "European Chess Union", "final and in accordance with the regulations", None),
        (I, "European Chess Union", "all participants were expected to know the rules before the start of play", None),
        (I, "Maarten Blok", "he had offered to play the game anyway", None),
        (D, "Maarten Blok", "I don't want to win like this. I said it to the arbiter straight away,", None),
        (I, "Association of Chess Professionals", "the zero-tolerance rule should be replaced at all continental events "
            "by a default time of 15 minutes, as is already the case at many open tournaments", None),
    ],
    "actors": [
        actor("Teodor Vasile", "person", title="GM", affiliation="Romania", aliases=["Teodor Vasile", "Vasile",
                                                                                  "Teodor"], stance=1),
        actor("Mihai Vasile", "person", title="his brother and second", aliases=["Mihai Vasile", "Vasile"], stance=1),
        actor("Zbigniew K\u0105kol", "person", title="Chief arbiter (IA)",
              aliases=["Zbigniew K\u0105kol", "K\u0105kol"], stance=0),
        actor("European Chess Union", "organisation", title="continental federation",
              aliases=["European Chess Union", "ECU"], stance=-1),
        actor("Maarten Blok", "person", title="GM", affiliation="Netherlands", aliases=["Maarten Blok", "Blok"],
              stance=1),
        actor("Association of Chess Professionals", "organisation", title="players' association",
              aliases=["Association of Chess Professionals", "ACP"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. E&E News energy/environment (Mexico agrees to speed Rio Grande water deliveries under the 1944 treaty),
#    headline and deck without speech, "By NAME | 12/03/2026 06:12 AM EST" line, straight " and apostrophes,
#    American punctuation inside closing marks, Spanish double surname (Ibarra Montes). Lede content before
#    "Mexico's Foreign Ministry said Wednesday"; "In a statement, the ministry said the agreement reflected
#    Mexico's "..." to ... and that B" (partial plus indirect); Conagua director "told reporters ... that A",
#    quote with "Ibarra Montes said"; content before "according to figures from the International Boundary and
#    Water Commission"; U.S. commissioner "called the agreement "..." but said Mexico remained "..." on ..."
#    (two partials); farmers' leader known by first name only "said A", "he said, referring to ..."; scare
#    so-called "water debt"; senator "said in a post on X that the deal was "..." for ..." (partial only);
#    grower "said A", quote with "Salinas said"; State Department spokesperson "said the United States "..."
#    of ..." (partial only). Not annotated: "Not everyone in Mexico is on board", treaty background.
ARTICLES[f"{BATCH}/mexico-rio-grande-water-deliveries.gold.json"] = {
    "article": f"{BATCH}/mexico-rio-grande-water-deliveries.txt",
    "target": "Mexico",
    "quotes": [
        (I, "Mexico's Foreign Ministry", "Mexico will deliver at least 250,000 acre-feet of water to the United States "
            "from Rio Grande tributaries by the end of March", None),
        (P, "Mexico's Foreign Ministry", "full commitment", None),
        (I, "Mexico's Foreign Ministry", "the deliveries would come from the Conchos River system and from "
            "international reservoirs on the Rio Grande", None),
        (I, "Roc\u00edo Ibarra Montes", "the deliveries would not affect drinking water supplies in the state of "
            "Chihuahua", None),
        (D, "Roc\u00edo Ibarra Montes", "We have always honored the treaty, even in the worst drought in 70 years. This "
            "agreement shows that again,", None),
        (I, "International Boundary and Water Commission", "Mexico ended the 2020-2025 treaty cycle about 800,000 "
            "acre-feet short of its obligation", None),
        (P, "Laura Whitfield", "a good first step", None),
        (P, "Laura Whitfield", "well behind", None),
        (I, "Rogelio", "farmers would block the La Boquilla dam if federal officials tried to release water before the "
            "spring planting", None),
        (D, "Rogelio", "If they open the gates, we will be there, like in 2020,", None),
        (S, None, "water debt", None),
        (P, "Dale Kirkwood", "too little, too late", None),
        (I, "Brandon Salinas", "his irrigation district had cut allocations to zero this year for the first time in its "
            "history", None),
        (D, "Brandon Salinas", "We've been living on promises for five years. I'll believe it when the canal's full,",
            None),
        (P, "State Department spokesperson", "will hold Mexico to every drop", None),
    ],
    "actors": [
        actor("Mexico's Foreign Ministry", "government", title="foreign ministry", affiliation="Mexico",
              aliases=["Mexico's Foreign Ministry", "Foreign Ministry", "ministry"], stance=1),
        actor("Roc\u00edo Ibarra Montes", "person", title="director of the National Water Commission (Conagua)",
              affiliation="Mexico", aliases=["Roc\u00edo Ibarra Montes", "Ibarra Montes"], stance=1),
        actor("International Boundary and Water Commission", "organisation", title="binational treaty agency",
              aliases=["International Boundary and Water Commission", "IBWC"], stance=None),
        actor("Laura Whitfield", "person", title="U.S. commissioner of the IBWC",
              affiliation="International Boundary and Water Commission", aliases=["Laura Whitfield", "Whitfield"],
              stance=0),
        actor("Rogelio", "person", title="leader of a local growers' association in Delicias, Chihuahua",
              aliases=["Rogelio"], stance=-1),
        actor("Dale Kirkwood", "person", title="Sen. (R-Texas)", affiliation="U.S. Senate",
              aliases=["Dale Kirkwood", "Kirkwood"], stance=-1),
        actor("Brandon Salinas", "person", title="Citrus grower", aliases=["Brandon Salinas", "Salinas"], stance=-1),
        actor("State Department spokesperson", "person", title="unnamed spokesperson", affiliation="State Department",
              aliases=["State Department spokesperson"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
