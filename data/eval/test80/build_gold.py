"""Build the test80 gold files (data/eval/test80/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test80/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test80.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test80"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Alaska Beacon (Russia offers to revive visa-free Indigenous family visits across the Bering
#    Strait), headline and subhead without speech, capitalised byline and timestamp, straight " and
#    apostrophes, American punctuation (comma and full stop inside the marks), States Newsroom tag line.
#    Lede content before "the Russian Foreign Ministry said Tuesday"; ministry "said the program ...
#    could resume "..." if Washington agreed, and described the offer as "..."" (two partials); deputy
#    governor "told ... RIA Novosti that A", "she said"; scare so-called "Ice Curtain"; State Department
#    spokesperson "said ... that A but that any ... would have to be weighed against "..."" (indirect plus
#    partial), quote split by "the spokesperson said"; "Soolook said"; Uwatak quote split by "Uwatak said";
#    legislator "said she would introduce a resolution ... urging ... "..."" (partial only); analyst "said
#    A", quote split by "she said" running open into a second paragraph. Not annotated: "did not respond".
ARTICLES[f"{BATCH}/bering-strait-visa-free-russia.gold.json"] = {
    "article": f"{BATCH}/bering-strait-visa-free-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Foreign Ministry", "Russia is prepared to restore visa-free travel for Indigenous residents of "
            "Chukotka and Alaska who have relatives on the other side of the Bering Strait", None),
        (P, "Russian Foreign Ministry", "as early as the summer navigation season", None),
        (P, "Russian Foreign Ministry", "a humanitarian gesture to the peoples of the North.", None),
        (I, "Yelena Rytkheu", "as many as 2,000 people in the region's coastal villages had relatives in Alaska", None),
        (D, "Yelena Rytkheu", "Families do not care about politics. A grandmother in Lorino wants to see her "
            "grandchildren in Gambell, that is all,", None),
        (S, None, "Ice Curtain", None),
        (I, "State Department spokesperson", "the department was aware of the statement", None),
        (P, "State Department spokesperson", "Russia's continued aggression against Ukraine.", None),
        (D, "State Department spokesperson", "We support people-to-people ties between Alaska Native communities and "
            "their relatives,", None),
        (D, "State Department spokesperson", "We do not support the Russian government using those ties as a "
            "bargaining chip.", None),
        (I, "Daniel Soolook", "the region's tribes had asked for years for the program to be restored", None),
        (D, "Daniel Soolook", "I'm glad they're talking about it. I'll believe it when I see a family get off a plane "
            "in Nome,", None),
        (D, "Ruth Uwatak", "We can see their mountains on a clear day. Forty miles. And I cannot go,", None),
        (D, "Ruth Uwatak", "If the Russians are serious, I will be on the first boat.", None),
        (P, "Martha Kiyutelluk", "to look at this with open eyes.", None),
        (I, "Lena Strand", "the timing of the offer was not accidental", None),
        (D, "Lena Strand", "Moscow knows exactly which strings to pull in Alaska,", None),
        (D, "Lena Strand", "This is soft power, aimed at splitting Alaska Native communities from Washington on the "
            "question of sanctions.", None),
        (D, "Lena Strand", "That doesn't mean families shouldn't benefit. It means the offer has a price attached, and "
            "people should ask what it is.", None),
    ],
    "actors": [
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Yelena Rytkheu", "person", title="deputy governor for international affairs",
              affiliation="Chukotka (Russia)", aliases=["Yelena Rytkheu", "Rytkheu"], stance=1),
        actor("State Department spokesperson", "government", title="spokesperson", affiliation="State Department",
              aliases=["State Department spokesperson"], stance=-1),
        actor("Daniel Soolook", "person", title="President", affiliation="Kawerak Inc.",
              aliases=["Daniel Soolook", "Soolook"], stance=0),
        actor("Ruth Uwatak", "person", title="Gambell resident", aliases=["Ruth Uwatak", "Uwatak"], stance=1),
        actor("Martha Kiyutelluk", "person", title="State Rep. (D-Nome)", affiliation="Alaska Legislature",
              aliases=["Martha Kiyutelluk", "Kiyutelluk"], stance=0),
        actor("Lena Strand", "person", title="Arctic security researcher", affiliation="University of Alaska Fairbanks",
              aliases=["Lena Strand", "Strand"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Packaging News (a carton maker closes a plant, blaming EPR), headline with a straight single
#    fragment (speaker the company it names), standfirst without speech, "by X" and "03 December 2026",
#    straight " and apostrophes. Lede "blaming weak demand and what it called the "..."" (act plus
#    partial); company "said A and that B" (one span); MD "said the decision had been "..."" (partial
#    only), quote with "Tull said", "He added that A and that B" (one span); union "called the closure
#    "..." for ..." (partial), quote before "said regional organiser Kerry Adeyemi", "She said A"; scare
#    "Simpler Recycling" reforms; scheme administrator's spokesperson "said fees ... would be published
#    "..." ..." (partial only); trade body "said it had warned ministers ... that B" (indirect, noun-free
#    clause kept whole); Defra spokesperson "said: "...""; councillor "said A", "she said".
ARTICLES[f"{BATCH}/brenmoor-telford-carton-closure.gold.json"] = {
    "article": f"{BATCH}/brenmoor-telford-carton-closure.txt",
    "target": "Brenmoor Cartons",
    "quotes": [
        (P, "Brenmoor Cartons", "uncertainty", "Brenmoor to shut"),
        (P, "Brenmoor Cartons", "cost and uncertainty", None),
        (I, "Brenmoor Cartons", "production would move to its two remaining sites, in Leicester and Livingston, by the "
            "end of March, and that it had begun a 45-day consultation with staff", None),
        (P, "Graham Tull", "the hardest of my career", None),
        (D, "Graham Tull", "Our customers, many of them food and drink brands, have cut carton orders by around 15% "
            "since the first EPR invoices landed. We simply have more capacity than the market needs,", None),
        (I, "Graham Tull", "Brenmoor had invested \u00a36m in the Telford site since 2021 and that some of its "
            "equipment, including a six-colour offset press installed last year, would be relocated", None),
        (P, "GMB", "a hammer blow", None),
        (D, "Kerry Adeyemi", "These are skilled jobs, and some of our members have worked on those lines for 30 years. "
            "We'll be fighting for every single one of them,", None),
        (I, "Kerry Adeyemi", "the union would ask Brenmoor to open its books to show that the closure was necessary",
            None),
        (S, None, "Simpler Recycling", None),
        (P, "spokesperson for PackUK", "well ahead", None),
        (I, "Confederation of Paper Industries", "it had warned ministers in 2024 that the fee structure could push "
            "some converting work to continental Europe", None),
        (D, "Defra spokesperson", "EPR is about making producers responsible for the packaging they place on the "
            "market, not about penalising any one material. We continue to work closely with industry on how fees "
            "are set.", None),
        (I, "Nadia Rahman", "the council's business support team would help affected staff find new work", None),
        (D, "Nadia Rahman", "We were given no warning at all. We found out the same morning as the workforce did,",
            None),
    ],
    "actors": [
        actor("Brenmoor Cartons", "organisation", title="folding carton maker",
              aliases=["Brenmoor Cartons", "Brenmoor"], stance=1),
        actor("Graham Tull", "person", title="Managing director", affiliation="Brenmoor Cartons",
              aliases=["Graham Tull", "Tull"], stance=1),
        actor("GMB", "organisation", title="union", aliases=["GMB"], stance=-1),
        actor("Kerry Adeyemi", "person", title="regional organiser", affiliation="GMB",
              aliases=["Kerry Adeyemi", "Adeyemi"], stance=-1),
        actor("spokesperson for PackUK", "organisation", title="spokesperson for the EPR scheme administrator",
              affiliation="PackUK", aliases=["spokesperson for PackUK"], stance=None),
        actor("Confederation of Paper Industries", "organisation", title="trade body",
              aliases=["Confederation of Paper Industries"], stance=1),
        actor("Defra spokesperson", "government", title="spokesperson", affiliation="Defra",
              aliases=["Defra spokesperson"], stance=None),
        actor("Nadia Rahman", "person", title="cabinet member for the economy", affiliation="Telford & Wrekin Council",
              aliases=["Nadia Rahman", "Rahman", "Cllr Nadia Rahman"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. ChronicleLive courts (a landlord jailed over a padlocked fire exit), headline and standfirst without
#    speech, byline with "Court Reporter", "16:05, 4 DEC 2026", straight " and apostrophes, "READ MORE:"
#    line. Prosecutor "Prosecuting, Joanne Pryce told the court that A", "She said A"; scare so-called
#    "rent-to-rent"; victim statement "In a statement read to the court, tenant ... said: "...""; defence
#    "said Whitfield had "..." after ... and was "..." of ..." (two partials), "He told the court A"
#    (coordinated, one span); judge "told Whitfield: "...` open at the end of its line, then a closed
#    paragraph (two directs), "She said A"; fire officer "said the case was "..." his officers had seen"
#    (partial only), "he said"; council "said A". Not annotated: "showed no emotion", "pleaded guilty".
ARTICLES[f"{BATCH}/gateshead-landlord-padlocked-fire-exit.gold.json"] = {
    "article": f"{BATCH}/gateshead-landlord-padlocked-fire-exit.txt",
    "target": "Kevin Whitfield",
    "quotes": [
        (I, "Joanne Pryce", "firefighters called to a blaze in the kitchen of the ground-floor takeaway on Coatsworth "
            "Road in August 2025 found the rear exit from the flats above secured with a chain and padlock", None),
        (I, "Joanne Pryce", "seven people, including three children, had to be rescued by ladder from the front "
            "windows", None),
        (S, None, "rent-to-rent", None),
        (D, "Mariam Yusuf", "I still wake up at night smelling smoke. My son will not sleep with his bedroom door "
            "closed, and he is nine years old.", None),
        (P, "Richard Noble", "buried his head in the sand", None),
        (P, "Richard Noble", "genuinely ashamed", None),
        (I, "Richard Noble", "his client had since sold all four of the properties he owned and had no intention of "
            "letting homes again", None),
        (D, "Amanda Rook", "You were warned, in writing, on three separate occasions that the rear exit must be kept "
            "clear. You ignored every one of those warnings.", None),
        (D, "Amanda Rook", "It is only through the courage and skill of the firefighters that this court is not "
            "dealing with a case of manslaughter.", None),
        (I, "Amanda Rook", "the offences were so serious that only an immediate custodial sentence could be justified",
            None),
        (P, "Stuart Hindmarsh", "one of the worst", None),
        (D, "Stuart Hindmarsh", "Landlords have a legal duty to keep people safe. If they won't do it, we will take "
            "them to court, and we will not hesitate,", None),
        (I, "Gateshead Council", "it had issued Whitfield with a five-year banning order preventing him from letting "
            "any property in the borough", None),
    ],
    "actors": [
        actor("Joanne Pryce", "person", title="prosecuting barrister", aliases=["Joanne Pryce", "Pryce"], stance=-1),
        actor("Mariam Yusuf", "person", title="tenant", aliases=["Mariam Yusuf", "Yusuf"], stance=-1),
        actor("Richard Noble", "person", title="defence barrister", aliases=["Richard Noble", "Noble"], stance=1),
        actor("Amanda Rook", "person", title="Judge", affiliation="Newcastle Crown Court",
              aliases=["Amanda Rook", "Rook", "Judge Amanda Rook"], stance=-1),
        actor("Stuart Hindmarsh", "person", title="area manager", affiliation="Tyne and Wear Fire and Rescue Service",
              aliases=["Stuart Hindmarsh", "Hindmarsh"], stance=-1),
        actor("Gateshead Council", "government", title="local council", aliases=["Gateshead Council"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Dominion Post (Stuff) trade and biosecurity (Australia suspends New Zealand honey imports after a
#    mite detection), headline and standfirst without speech, byline and "13:42, Dec 03 2026" lines,
#    straight " and apostrophes, macrons (Kaitāia, Tōtara, mānuka). Australian department "said the
#    suspension was "..." and would be reviewed once ..." (partial plus indirect); minister "said A, and
#    described the move as "..."" (indirect plus partial), quote with "Hetaraka said", then a quote-only
#    paragraph; MPI "said A and that B" (one span); High Commissioner "told RNZ's Morning Report that
#    Australia was applying "..."" (partial only), "Carrick said"; industry body chief executive "said A",
#    content before "she said"; exporter quote with "Hohaia said"; beekeeper named Sweet ("Sweet said");
#    "According to the Australian Honey Bee Industry Council, A"; scare "clean, green" reputation
#    (industry leaders "fear": not a speech cue).
ARTICLES[f"{BATCH}/australia-honey-import-ban-mite.gold.json"] = {
    "article": f"{BATCH}/australia-honey-import-ban-mite.txt",
    "target": "Australia",
    "quotes": [
        (P, "Department of Agriculture, Fisheries and Forestry", "precautionary and temporary", None),
        (I, "Department of Agriculture, Fisheries and Forestry", "would be reviewed once New Zealand had completed "
            "surveillance of the affected area", None),
        (I, "Simon Hetaraka", "he had spoken to his Australian counterpart on Tuesday night", None),
        (P, "Simon Hetaraka", "an overreaction that is not supported by the evidence", None),
        (D, "Simon Hetaraka", "We have been completely open with Australia from the moment this mite was detected. We "
            "shared the lab results within hours,", None),
        (D, "Simon Hetaraka", "I'd expect the same courtesy from them, and I expect a timeline.", None),
        (I, "Ministry for Primary Industries", "the mite, Tropilaelaps mercedesae, had been found in 14 hives and that "
            "there was no evidence it had spread beyond a 5km control zone", None),
        (P, "Hamish Carrick", "exactly the same rules we would apply to any trading partner", None),
        (D, "Hamish Carrick", "This is not about politics, and it's certainly not about protecting our own producers. "
            "Tropilaelaps would be devastating for Australian agriculture,", None),
        (I, "Rebecca Te Whata", "the ban could cost exporters up to $90m a year if it lasted into next season", None),
        (I, "Rebecca Te Whata", "Australian buyers account for about a fifth of New Zealand's honey exports by value",
            None),
        (D, "Kiri Hohaia", "We're being punished for doing the right thing and reporting it straight away,", None),
        (D, "Pete Sweet", "Honestly? If it were the other way round, we'd probably do exactly the same. That's "
            "biosecurity,", None),
        (I, "Australian Honey Bee Industry Council", "Australia imports only a small amount of New Zealand honey, most "
            "of it m\u0101nuka sold in supermarkets and pharmacies", None),
        (S, None, "clean, green", None),
    ],
    "actors": [
        actor("Department of Agriculture, Fisheries and Forestry", "government", title="agriculture department",
              affiliation="Australia", aliases=["Department of Agriculture, Fisheries and Forestry", "DAFF"], stance=1),
        actor("Simon Hetaraka", "person", title="Trade Minister", affiliation="New Zealand",
              aliases=["Simon Hetaraka", "Hetaraka", "Trade Minister"], stance=-1),
        actor("Ministry for Primary Industries", "government", title="ministry", affiliation="New Zealand",
              aliases=["Ministry for Primary Industries", "MPI"], stance=None),
        actor("Hamish Carrick", "person", title="High Commissioner to New Zealand", affiliation="Australia",
              aliases=["Hamish Carrick", "Carrick"], stance=1),
        actor("Rebecca Te Whata", "person", title="chief executive", affiliation="Apiculture New Zealand",
              aliases=["Rebecca Te Whata", "Te Whata"], stance=-1),
        actor("Kiri Hohaia", "person", title="managing director", affiliation="T\u014dtara Gold Honey",
              aliases=["Kiri Hohaia", "Hohaia"], stance=-1),
        actor("Pete Sweet", "person", title="Wairarapa beekeeper", aliases=["Pete Sweet", "Sweet"], stance=1),
        actor("Australian Honey Bee Industry Council", "organisation", title="industry body", affiliation="Australia",
              aliases=["Australian Honey Bee Industry Council"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
