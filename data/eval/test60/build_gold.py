"""Build the test60 gold files (data/eval/test60/*.gold.json) from the annotation specs below.

Held out like ../test/: do not read while tuning. Same approach as data/eval/dev59/build_gold.py,
importing the helpers (actor from data/eval/build_gold.py, write_all from data/eval/write_gold.py):
each quote is given by its exact text and, when that text occurs more than once, by an anchor (a
string occurring exactly once in the article) from whose start the text is searched. Run from
anywhere:  python3 data/eval/test60/build_gold.py  then  python3 data/eval/check_batch.py
data/eval/test60.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test60"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Tengrinews (English) space/diplomacy (a Russian rocket stage falls near a village in Kazakhstan),
#    headline without speech, "Tengrinews.kz English, 06 December 2026 17:05" line, straight " and
#    apostrophes, "akim", "Read also:" line. Lede content before "Kazakhstan's Ministry of Emergency
#    Situations reported on Saturday"; short content before "the ministry said"; Aerospace Committee "said
#    A, and that B" (one span); chairman "told journalists ... that A but that the drop point was "...""
#    (indirect plus partial, full stop inside), quote with "Abenov said"; scare so-called "heptyl" fuel;
#    Roscosmos "said in a statement that the stage had come down "..." and that the launch had been carried
#    out "..."" (two partials); ambassador "told Tengrinews that A", "he said"; akim "said A", "Bekov said";
#    herder "said A", "he said"; "According to ecologist ..., A".
ARTICLES[f"{BATCH}/ulytau-proton-stage-fall-russia.gold.json"] = {
    "article": f"{BATCH}/ulytau-proton-stage-fall-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Emergency Situations", "Fragments of the first stage of a Russian Proton-M rocket launched from "
            "Baikonur on Friday fell about four kilometres from the village of Zhezdy in Ulytau region", None),
        (I, "Ministry of Emergency Situations", "No one was injured", None),
        (I, "Aerospace Committee", "Kazakhstan would demand that the Russian side pay for the clean-up and for soil "
            "tests, and that a formal note of protest had been handed to the Russian Embassy", None),
        (I, "Daulet Abenov", "the launch had been coordinated with Kazakhstan in advance", None),
        (P, "Daulet Abenov", "far from where it should have been.", None),
        (D, "Daulet Abenov", "The agreement on Baikonur is very clear: damage is paid for by the side that launches. We "
            "expect the Russian side to honour it in full and without delay,", None),
        (S, None, "heptyl", 'so-called "heptyl'),
        (P, "Roscosmos", "within the boundaries of the designated drop zone", None),
        (P, "Roscosmos", "in normal mode.", None),
        (I, "Pavel Lebedev", "experts from both countries would examine the site together next week", None),
        (D, "Pavel Lebedev", "We have worked side by side at Baikonur for more than thirty years, and questions like "
            "this have always been resolved as partners,", None),
        (I, "Nurlan Bekov", "residents had heard a loud bang at around 11 am and had seen a column of smoke on the "
            "steppe", None),
        (D, "Nurlan Bekov", "People are worried about their animals and about their water. We need the tests done "
            "quickly and the results made public,", None),
        (I, "Serik Ospan", "he had already moved his herd to winter pastures", None),
        (D, "Serik Ospan", "Every time there is a launch we look at the sky. Nobody asks us anything,", None),
        (I, "Maira Zhunusova", "earlier falls of Proton stages in the region have left traces of heptyl in the soil for "
            "years", None),
    ],
    "actors": [
        actor("Ministry of Emergency Situations", "government", title="emergencies ministry", affiliation="Kazakhstan",
              aliases=["Ministry of Emergency Situations"], stance=0),
        actor("Aerospace Committee", "government", title="Aerospace Committee of the Ministry of Digital Development",
              affiliation="Kazakhstan", aliases=["Aerospace Committee"], stance=-1),
        actor("Daulet Abenov", "person", title="Aerospace Committee chairman", affiliation="Kazakhstan",
              aliases=["Daulet Abenov", "Abenov"], stance=-1),
        actor("Roscosmos", "organisation", title="Russian state space corporation", affiliation="Russia",
              aliases=["Roscosmos"], stance=1),
        actor("Pavel Lebedev", "person", title="Russian Ambassador to Kazakhstan", affiliation="Russia",
              aliases=["Pavel Lebedev", "Lebedev"], stance=1),
        actor("Nurlan Bekov", "person", title="akim of Zhezdy rural district", aliases=["Nurlan Bekov", "Bekov"],
              stance=-1),
        actor("Serik Ospan", "person", title="herder", aliases=["Serik Ospan", "Ospan"], stance=-1),
        actor("Maira Zhunusova", "person", title="ecologist", affiliation="Ulytau Green Steppe public foundation",
              aliases=["Maira Zhunusova", "Zhunusova"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. OilNOW (Guyana) energy policy (a higher royalty on new oil licences), headline without speech, date
#    and "OilNOW" lines, straight " and apostrophes, "12 percent". Lede content before "Natural Resources
#    Minister Vickram Persaud said on Thursday, as ..."; content before "Persaud told a press conference";
#    quote with "Persaud said" and a quote-only paragraph; Office of the President "said A, which it
#    described as "..."" (indirect plus partial, full stop inside); scare so-called "Stabroek model";
#    company chief "said A", quote split by "Hale told OilNOW"; industry body "said its members had "..." on
#    the change and asked to meet ..." (partial only; the request is a directive); opposition MP "said the
#    increase came "..." and that B" (partial plus indirect); Venezuela's foreign ministry "said in a
#    statement ... that any licences ... would be "..."" (partial only); analyst "said A", "she said".
ARTICLES[f"{BATCH}/guyana-royalty-new-licences.gold.json"] = {
    "article": f"{BATCH}/guyana-royalty-new-licences.txt",
    "target": "Guyana",
    "quotes": [
        (I, "Vickram Persaud", "Guyana will raise the royalty on new offshore petroleum licences to 12 percent from the "
            "current 2 percent", None),
        (I, "Vickram Persaud", "The change will not affect the Stabroek Block, where the ExxonMobil-led consortium now "
            "produces about 900,000 barrels of oil per day, or any other existing licence", None),
        (D, "Vickram Persaud", "Guyana has proven that it is a world-class petroleum province. The terms we offered when "
            "nobody believed in us are not the terms we will offer now,", None),
        (D, "Vickram Persaud", "We are not tearing up contracts. We are writing better ones.", None),
        (I, "Office of the President", "the new terms would apply from the 2027 licensing round", None),
        (P, "Office of the President", "fair and internationally competitive.", None),
        (S, None, "Stabroek model", None),
        (I, "Martin Hale", "the company would review whether to take part in the round", None),
        (D, "Martin Hale", "A 12 percent royalty on top of the profit split changes the economics of every shallow-water "
            "prospect we have looked at,", None),
        (D, "Martin Hale", "It makes Guyana a much harder sell to our board.", None),
        (P, "Guyana Oil and Gas Association", "not been consulted", None),
        (P, "Clement Yearwood", "years too late", None),
        (I, "Clement Yearwood", "the government should now try to renegotiate the Stabroek terms as well", None),
        (P, "Venezuela's foreign ministry", "null and void.", None),
        (I, "Kendra Osei", "the new rate would still leave Guyana's fiscal terms in the middle of the pack for the "
            "region", None),
        (D, "Kendra Osei", "Guyana is doing what every successful frontier does once it has found oil. Twelve percent is "
            "high for shallow water, but it is not a deal-breaker,", None),
    ],
    "actors": [
        actor("Vickram Persaud", "person", title="Natural Resources Minister", affiliation="Guyana",
              aliases=["Vickram Persaud", "Persaud"], stance=1),
        actor("Office of the President", "government", title="president's office", affiliation="Guyana",
              aliases=["Office of the President"], stance=1),
        actor("Martin Hale", "person", title="chief executive", affiliation="Corentyne Energy",
              aliases=["Martin Hale", "Hale"], stance=-1),
        actor("Guyana Oil and Gas Association", "organisation", title="industry association",
              aliases=["Guyana Oil and Gas Association"], stance=-1),
        actor("Clement Yearwood", "person", title="Opposition Member of Parliament", affiliation="Opposition",
              aliases=["Clement Yearwood", "Yearwood"], stance=0),
        actor("Venezuela's foreign ministry", "government", title="foreign ministry", affiliation="Venezuela",
              aliases=["Venezuela's foreign ministry"], stance=-1),
        actor("Kendra Osei", "person", title="Latin America upstream analyst", affiliation="Meridian Risk",
              aliases=["Kendra Osei", "Osei"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Juneau Empire local news (a cruise line asks for extra port calls), headline and subhead without
#    speech, byline, "Friday, December 4, 2026 1:30pm" and "NEWS" lines, straight " and apostrophes, AP
#    style ("Jan. 14", "Aug. 12"), photo caption with "(Clara Mikkelsen / Juneau Empire File)", contact
#    line. Content before "according to city staff"; vice president named Trout introduced after the
#    first quote ("Kelly Trout, Northstar's vice president ..., said in an interview Thursday"), "Trout
#    said A and would only schedule ..." (one span), "she said"; resident "said the offer was "..."" (partial
#    only), "he said"; Assembly member "said she was "..." and that B" (partial plus indirect), then "But she
#    said the five-ship limit was "..."" (partial only); port director "said A, and that B" (one span);
#    industry body "said Northstar's proposal "..." the agreement ..." (partial only); tour operator "said
#    A", quote with "Abad said"; scare so-called "hot berth" rotation.
ARTICLES[f"{BATCH}/northstar-cruises-juneau-extra-calls.gold.json"] = {
    "article": f"{BATCH}/northstar-cruises-juneau-extra-calls.txt",
    "target": "Northstar Cruises",
    "quotes": [
        (I, "city staff", "The Seattle-based company's proposal, submitted to the Docks and Harbors Board last month, "
            "would bring about 42,000 more passengers to town in 2027", None),
        (D, "Kelly Trout", "We've heard Juneau loud and clear. That's why we're putting real money on the table for "
            "cleaner air on the waterfront,", None),
        (I, "Kelly Trout", "the company would cover the full $9 million cost of the new connection at the Alaska "
            "Steamship Dock and would only schedule its extra calls on days with fewer than five ships in port", None),
        (D, "Kelly Trout", "We're not asking Juneau to bend the rules. We're asking for a chance to fill the gaps,", None),
        (P, "Ricardo Mendoza", "a bribe wearing a green hat.", None),
        (D, "Ricardo Mendoza", "It doesn't matter how clean the ships are when they're plugged in at the dock. It's the "
            "16,000 people a day on South Franklin Street,", None),
        (P, "Noreen Chaput", "open to the conversation", None),
        (I, "Noreen Chaput", "the shore power offer deserved a serious look", None),
        (P, "Noreen Chaput", "not for sale.", None),
        (I, "Tom Peterka", "the board would take up the proposal at its Jan. 14 meeting, and that any change to the daily "
            "limit would also need the Assembly's approval", None),
        (P, "Cruise Lines International Association Alaska", "respects the spirit", None),
        (I, "Jessie Lee Abad", "extra calls on quieter days would help small operators like hers get through the season",
            None),
        (D, "Jessie Lee Abad", "Tuesdays and Wednesdays in June, we're running half-empty boats. Those are exactly the "
            "days they're talking about,", None),
        (S, None, "hot berth", None),
    ],
    "actors": [
        actor("city staff", "organisation", title="City and Borough of Juneau staff", aliases=["city staff"],
              stance=None),
        actor("Kelly Trout", "person", title="vice president for Alaska operations", affiliation="Northstar Cruises",
              aliases=["Kelly Trout", "Trout"], stance=1),
        actor("Ricardo Mendoza", "person", title="downtown resident, ballot measure campaigner",
              aliases=["Ricardo Mendoza", "Mendoza"], stance=-1),
        actor("Noreen Chaput", "person", title="Assembly member", affiliation="Juneau Assembly",
              aliases=["Noreen Chaput", "Chaput"], stance=0),
        actor("Tom Peterka", "person", title="Port director", affiliation="Docks and Harbors",
              aliases=["Tom Peterka", "Peterka"], stance=None),
        actor("Cruise Lines International Association Alaska", "organisation", title="cruise industry association",
              aliases=["Cruise Lines International Association Alaska"], stance=1),
        actor("Jessie Lee Abad", "person", title="whale-watching operator", aliases=["Jessie Lee Abad", "Abad"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Western People sport (a county football manager is ratified), headline and crosshead without speech,
#    byline and "Wednesday, 2 December 2026" lines, curly single quotes ‘...’ with ’ apostrophes, lede opening in
#    capitals ("BREAFFY’S Shane Durcan"), fadas. Lede "voiced their frustration" (act); chairman "told the meeting
#    ... that A", "He said the committee had been ‘...’ in recommending Durcan" (partial only), quote with
#    "Mr Feeney said"; manager "said he was ‘...’ to be given the job" (partial only), "he said", "He
#    confirmed that B"; delegate "said clubs had heard about the appointment ‘...’ before ..." (partial
#    only), "he said"; second delegate "said A, and that B" (one span); county board "said in a statement
#    ... A and that B" (one span); former captain "said Durcan was ‘...’ for ..." (partial only); anonymous
#    player "told the Western People that A", quote with "the player said"; scare so-called ‘curse’.
ARTICLES[f"{BATCH}/mayo-manager-ratified-durcan.gold.json"] = {
    "article": f"{BATCH}/mayo-manager-ratified-durcan.txt",
    "target": "Shane Durcan",
    "quotes": [
        (I, "Liam Feeney", "the five-person selection committee had interviewed four candidates over three weeks in "
            "October and November", None),
        (P, "Liam Feeney", "unanimous", None),
        (D, "Liam Feeney", "Shane has been involved with Mayo teams at every level for 15 years. He knows the players, he "
            "knows the clubs and he has a plan,", None),
        (P, "Shane Durcan", "honoured and a little daunted", None),
        (D, "Shane Durcan", "Every manager who takes this job knows what the expectations are. I\u2019m not going to stand "
            "here and promise All-Irelands. What I\u2019ll promise is that we\u2019ll be fit, we\u2019ll be organised "
            "and we\u2019ll be very hard to beat,", None),
        (I, "Shane Durcan", "Castlebar native Ciar\u00e1n Tuohy would join his backroom team as head coach", None),
        (P, "Noel Gavin", "through WhatsApp and the local radio", None),
        (D, "Noel Gavin", "Nobody in this room is against Shane. He\u2019s a good man and he was a good footballer. But "
            "the clubs own this association, and we were treated like spectators,", None),
        (I, "Gerry Walsh", "his club would have preferred an open process with the shortlist made public, and that the "
            "county board should publish the selection committee\u2019s report", None),
        (I, "Mayo GAA", "the process had been carried out in line with Croke Park guidelines and that the full "
            "management team would be announced before Christmas", None),
        (P, "P\u00e1draig \u00d3 M\u00e1ille", "the right man at the right time", None),
        (I, "One senior player", "the squad was happy with the outcome", None),
        (D, "One senior player", "The lads know him well from the underage days. There\u2019ll be no shocks,", None),
        (S, None, "curse", None),
    ],
    "actors": [
        actor("Liam Feeney", "person", title="Mayo GAA chairman", affiliation="Mayo GAA",
              aliases=["Liam Feeney", "Feeney", "Mr Feeney"], stance=1),
        actor("Shane Durcan", "person", title="Mayo senior football manager", affiliation="Mayo GAA",
              aliases=["Shane Durcan", "Durcan"], stance=1),
        actor("Noel Gavin", "person", title="club delegate", affiliation="Ballina Stephenites",
              aliases=["Noel Gavin", "Gavin"], stance=1),
        actor("Gerry Walsh", "person", title="club delegate", affiliation="Knockmore",
              aliases=["Gerry Walsh", "Walsh"], stance=None),
        actor("Mayo GAA", "organisation", title="county board", aliases=["Mayo GAA"], stance=None),
        actor("P\u00e1draig \u00d3 M\u00e1ille", "person", title="former Mayo captain, pundit",
              aliases=["P\u00e1draig \u00d3 M\u00e1ille", "\u00d3 M\u00e1ille"], stance=1),
        actor("One senior player", "person", title="anonymous Mayo player", affiliation="Mayo",
              aliases=["One senior player"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
