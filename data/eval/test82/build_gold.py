"""Build the test82 gold files (data/eval/test82/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test82/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test82.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test82"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Lithuania Tribune (customs hold Kaliningrad-bound wagons carrying undeclared drone parts),
#    headline and standfirst without speech, date and outlet lines, straight " and apostrophes,
#    Lithuanian diacritics (Žukas, Eglė Vaitkutė, Suwałki). Lede content before "the Customs Department
#    said on Thursday"; "The department said A and that B" (one span); minister "said Lithuania was
#    applying EU rules "..."" (partial only), quote with "Žukas told journalists"; Russian Foreign Ministry
#    "described the detention as "..." and warned that Russia reserved the right to take "..."", according
#    to TASS (two partials); Kaliningrad minister "told ... RIA Novosti ... that A", quote with "Sedov
#    said"; "A spokesperson for LTG Cargo ... said A"; Commission spokesperson "said A and supported the
#    "..." of sanctions" (indirect plus partial); researcher "said A", then a quote-only paragraph open at
#    the end of its line and a closed one (continuity); opposition MP "criticised the government for ..."
#    (act), "he said"; scare so-called "Suwałki gap".
ARTICLES[f"{BATCH}/kaliningrad-transit-drone-parts-russia.gold.json"] = {
    "article": f"{BATCH}/kaliningrad-transit-drone-parts-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Customs Department", "Lithuanian customs officers have detained 14 wagons of a Russian freight train "
            "bound for Kaliningrad after finding components for unmanned aerial vehicles hidden among a declared "
            "cargo of agricultural machinery", None),
        (I, "Customs Department", "the parts, including 600 electric motors and flight controllers, fell under EU "
            "sanctions on dual-use goods and that the case had been handed to prosecutors", None),
        (P, "Rimantas \u017dukas", "exactly as written, no more and no less", None),
        (D, "Rimantas \u017dukas", "Transit to Kaliningrad continues every day. What does not continue is the "
            "smuggling of components for the drones that hit Ukrainian cities,", None),
        (P, "Russian Foreign Ministry", "an openly hostile act", None),
        (P, "Russian Foreign Ministry", "measures to protect its interests", None),
        (I, "Igor Sedov", "the cargo had been fully documented by the Russian side", None),
        (D, "Igor Sedov", "Vilnius has been looking for a pretext for a long time. This is not about drones, this is "
            "about politics,", None),
        (I, "spokesperson for LTG Cargo", "the remaining wagons of the train had continued to Kaliningrad on Thursday "
            "morning", None),
        (I, "Marta Ruiz Olmedo", "the Commission was in close contact with the Lithuanian authorities", None),
        (P, "Marta Ruiz Olmedo", "full and effective implementation", None),
        (I, "Egl\u0117 Vaitkut\u0117", "the case showed how Russia used the transit corridor to move sanctioned goods",
            None),
        (D, "Egl\u0117 Vaitkut\u0117", "Kaliningrad is an exclave, but it is also a back door. The rail corridor is "
            "the easiest way to bring in goods that Russia cannot buy openly.", None),
        (D, "Egl\u0117 Vaitkut\u0117", "Every wagon that is inspected raises the price of that back door, and Moscow "
            "knows it.", None),
        (D, "Vytautas Mikalauskas", "We risk handing Moscow a propaganda gift. Inspect quietly, prosecute loudly,",
            None),
        (S, None, "Suwa\u0142ki gap", None),
    ],
    "actors": [
        actor("Customs Department", "government", title="customs service", affiliation="Lithuania",
              aliases=["Customs Department"], stance=-1),
        actor("Rimantas \u017dukas", "person", title="Foreign Minister", affiliation="Lithuania",
              aliases=["Rimantas \u017dukas", "\u017dukas", "Foreign Minister"], stance=-1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Igor Sedov", "person", title="Kaliningrad region's transport minister", affiliation="Russia",
              aliases=["Igor Sedov", "Sedov"], stance=1),
        actor("spokesperson for LTG Cargo", "organisation", title="spokesperson", affiliation="LTG Cargo",
              aliases=["spokesperson for LTG Cargo"], stance=None),
        actor("Marta Ruiz Olmedo", "person", title="European Commission spokesperson", affiliation="European Commission",
              aliases=["Marta Ruiz Olmedo", "Ruiz Olmedo"], stance=-1),
        actor("Egl\u0117 Vaitkut\u0117", "person", title="researcher",
              affiliation="Vilnius University's Institute of International Relations and Political Science",
              aliases=["Egl\u0117 Vaitkut\u0117", "Vaitkut\u0117"], stance=-1),
        actor("Vytautas Mikalauskas", "person", title="Opposition MP", affiliation="Seimas",
              aliases=["Vytautas Mikalauskas", "Mikalauskas"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Caterer (a union says a restaurant group withheld staff tips), headline without speech, byline
#    and date, curly quotes and ’, a nested curly single fragment inside a full quote (not annotated
#    separately). Lede content before "the Unite union has said"; "The union said A and would back tribunal
#    claims "..."" (indirect plus partial); organiser "said the law on tips was "..."" (partial only), "she
#    said"; company "said it "..." rejected the allegations and that B" (partial plus indirect); chief
#    executive "said: "...""; Q&A "Asked by The Caterer why ..., Roux said A and that B" (one span); scare
#    so-called "fair share" scheme; former waiter "said A", "Adebayo said"; anonymous manager "said A";
#    UKHospitality "said A but that ... had "..." the new rules" (indirect plus partial).
ARTICLES[f"{BATCH}/maron-hospitality-tips-unite.gold.json"] = {
    "article": f"{BATCH}/maron-hospitality-tips-unite.txt",
    "target": "Maron Hospitality",
    "quotes": [
        (I, "Unite", "Maron Hospitality, the owner of the 26-strong Brasserie Maron chain, withheld part of the card "
            "tips paid by customers at 11 of its restaurants over the past year", None),
        (I, "Unite", "it had collected statements from 43 current and former employees", None),
        (P, "Unite", "wherever our members want to take them", None),
        (P, "Bryony Castell", "crystal clear", None),
        (D, "Bryony Castell", "Every penny a customer leaves as a tip belongs to the staff. Not most of it, not what\u2019s "
            "left after \u2018admin costs\u2019, all of it,", None),
        (P, "Maron Hospitality", "categorically", None),
        (I, "Maron Hospitality", "100% of tips were distributed through an independent tronc", None),
        (D, "Julien Roux", "We have nothing to hide. We have invited Unite to sit down with our troncmaster and go "
            "through the figures line by line.", None),
        (I, "Julien Roux", "card processing fees had been deducted for a short period in 2025 and that the practice "
            "had since stopped", None),
        (S, None, "fair share", None),
        (I, "Dami Adebayo", "his tronc payments fell by about \u00a3180 a month early this year", None),
        (D, "Dami Adebayo", "Nobody explained it. When we asked, the answer was always that the system was being "
            "updated,", None),
        (I, "A current manager at one of the group\u2019s London restaurants", "staff had been told not to discuss "
            "tips with customers", None),
        (I, "UKHospitality", "it could not comment on individual cases", None),
        (P, "UKHospitality", "embraced", None),
    ],
    "actors": [
        actor("Unite", "organisation", title="union", aliases=["Unite"], stance=-1),
        actor("Bryony Castell", "person", title="hospitality organiser", affiliation="Unite",
              aliases=["Bryony Castell", "Castell"], stance=-1),
        actor("Maron Hospitality", "organisation", title="restaurant group",
              aliases=["Maron Hospitality"], stance=1),
        actor("Julien Roux", "person", title="Chief executive", affiliation="Maron Hospitality",
              aliases=["Julien Roux", "Roux"], stance=1),
        actor("Dami Adebayo", "person", title="former waiter", affiliation="Brasserie Maron",
              aliases=["Dami Adebayo", "Adebayo"], stance=-1),
        actor("A current manager at one of the group\u2019s London restaurants", "person", title="anonymous manager",
              affiliation="Maron Hospitality",
              aliases=["A current manager at one of the group\u2019s London restaurants"], stance=-1),
        actor("UKHospitality", "organisation", title="trade body", aliases=["UKHospitality"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Cricketer (a county captain gives up red-ball cricket for a multi-league franchise deal),
#    headline and standfirst without speech, byline and date, British straight single quotes with
#    apostrophes inside (I've, it's, He's) and outside (Cricketers'), career statistics. Player "said in a
#    statement ... that it was '...'" (partial only), "he said" and a quote-only paragraph; director of
#    cricket "said the club had known A and had tried '...' to keep him" (indirect plus partial), "Hale
#    added"; ECB spokesperson "said A and that '...' about ..." (indirect plus partial); "According to the
#    Professional Cricketers' Association (PCA), A"; PCA "said the trend was '...' and called on ..."
#    (partial; directive not annotated); teammate Sam Wilding (same surname, "no relation") "said: '...'";
#    commentator "said Wilding's decision was '...'" (partial only), "Hatch said"; scare so-called
#    'franchise freelancer'.
ARTICLES[f"{BATCH}/ed-wilding-franchise-contract.gold.json"] = {
    "article": f"{BATCH}/ed-wilding-franchise-contract.txt",
    "target": "Ed Wilding",
    "quotes": [
        (P, "Ed Wilding", "the most difficult decision I've ever had to make", None),
        (D, "Ed Wilding", "I've loved every minute of captaining this club. But I've got a young family, and a body "
            "that's told me it can't do 14 four-day games a summer any more,", None),
        (D, "Ed Wilding", "People will say it's about money. It isn't only about money, and I'd ask them to look at "
            "the schedule before they judge.", None),
        (I, "Nigel Hale", "the club had known about the offer since August", None),
        (P, "Nigel Hale", "everything we reasonably could", None),
        (D, "Nigel Hale", "Ed leaves with our thanks, and with the door open if he ever wants to come back,", None),
        (I, "ECB spokesperson", "Wilding remained eligible for England white-ball selection", None),
        (P, "ECB spokesperson", "conversations are ongoing", None),
        (I, "Professional Cricketers' Association", "Wilding is the 11th English-qualified player this year to sign a "
            "contract that rules out county red-ball cricket", None),
        (P, "Professional Cricketers' Association", "a sign of where the game is heading", None),
        (D, "Sam Wilding", "He's been the heartbeat of our dressing room. We'll miss him, but nobody in there blames "
            "him.", None),
        (P, "Simon Hatch", "a bad day for the county game", None),
        (D, "Simon Hatch", "When your captain leaves for the money, every young player in the dressing room notices. "
            "That worries me far more than one lost batsman,", None),
        (S, None, "franchise freelancer", None),
    ],
    "actors": [
        actor("Ed Wilding", "person", title="Worcestershire captain", affiliation="Worcestershire",
              aliases=["Ed Wilding", "Wilding"], stance=1),
        actor("Nigel Hale", "person", title="director of cricket", affiliation="Worcestershire",
              aliases=["Nigel Hale", "Hale"], stance=1),
        actor("ECB spokesperson", "organisation", title="spokesperson", affiliation="ECB",
              aliases=["ECB spokesperson"], stance=None),
        actor("Professional Cricketers' Association", "organisation", title="players' union",
              aliases=["Professional Cricketers' Association", "PCA"], stance=None),
        actor("Sam Wilding", "person", title="Worcestershire seamer", affiliation="Worcestershire",
              aliases=["Sam Wilding"], stance=1),
        actor("Simon Hatch", "person", title="commentator, former Warwickshire opener",
              aliases=["Simon Hatch", "Hatch"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Islands Business (Fiji) climate and diplomacy (Japan offers to buy carbon credits from Pacific
#    countries), headline without speech, byline and "02 December, 2026", "SUVA –" dateline, curly quotes
#    and ’. Ambassador "told Islands Business that the scheme would bring "..." to the region" (partial
#    only), "Murakami said", "He said A"; "According to Japan's Ministry of the Environment, A"; minister
#    with the chiefly title Ratu "said Fiji would sign ... "..."" (partial only); envoy "was blunter" (no
#    speech), then "she said", "She said A"; Forum Secretariat "said in a statement that A and that "..."
#    into signing" (indirect plus partial); network "called the scheme "..."" (partial); economist "said
#    A", "she said"; scare so-called "blue carbon".
ARTICLES[f"{BATCH}/japan-carbon-credits-pacific.gold.json"] = {
    "article": f"{BATCH}/japan-carbon-credits-pacific.txt",
    "target": "Japan",
    "quotes": [
        (P, "Kenji Murakami", "real money for real projects", None),
        (D, "Kenji Murakami", "This is not charity, and it is not a trick. It is a partnership in which both sides "
            "count the reductions honestly,", None),
        (I, "Kenji Murakami", "Japan had set aside the equivalent of US$120 million for the first five years of the "
            "expanded programme", None),
        (I, "Ministry of the Environment", "the JCM already has 31 partner countries, including Palau, the Maldives "
            "and Mongolia", None),
        (P, "Epeli Tawake", "only if every tonne of carbon we sell is a tonne Fiji does not need for its own targets",
            None),
        (D, "Talia Seluka", "Japan is one of the biggest emitters in the world. Buying our credits lets them keep "
            "burning coal and call it progress,", None),
        (I, "Talia Seluka", "Tuvalu would not take part in the scheme", None),
        (I, "Pacific Islands Forum Secretariat", "it would help members assess the offer", None),
        (P, "Pacific Islands Forum Secretariat", "no country should feel pressured", None),
        (P, "Pacific Network on Globalisation", "carbon colonialism with a friendly face", None),
        (I, "Anjali Prasad", "the prices Japan was willing to pay would matter far more than the headline figure",
            None),
        (D, "Anjali Prasad", "If the credits are sold cheaply, the Pacific will have given away its cheapest emissions "
            "cuts and kept the expensive ones for itself,", None),
        (S, None, "blue carbon", None),
    ],
    "actors": [
        actor("Kenji Murakami", "person", title="Ambassador to Fiji", affiliation="Japan",
              aliases=["Kenji Murakami", "Murakami"], stance=1),
        actor("Ministry of the Environment", "government", title="environment ministry", affiliation="Japan",
              aliases=["Ministry of the Environment"], stance=None),
        actor("Epeli Tawake", "person", title="Minister for Environment and Climate Change", affiliation="Fiji",
              aliases=["Epeli Tawake", "Ratu Epeli Tawake", "Tawake"], stance=0),
        actor("Talia Seluka", "person", title="climate envoy", affiliation="Tuvalu",
              aliases=["Talia Seluka", "Seluka"], stance=-1),
        actor("Pacific Islands Forum Secretariat", "organisation", title="regional body",
              aliases=["Pacific Islands Forum Secretariat"], stance=0),
        actor("Pacific Network on Globalisation", "organisation", title="civil society network",
              aliases=["Pacific Network on Globalisation", "PANG"], stance=-1),
        actor("Anjali Prasad", "person", title="economist", affiliation="University of the South Pacific",
              aliases=["Anjali Prasad", "Prasad"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
