"""Build the test83 gold files (data/eval/test83/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test83/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test83.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test83"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Agenda.ge (Georgia) diplomacy (Russian border guards move the occupation-line fence near Odzisi),
#    headline without speech, "Agenda.ge, 4 Dec 2026 - 16:20, Tbilisi, Georgia" line, straight " and
#    apostrophes. Lede content before "Georgia's State Security Service said on Thursday"; "The service said
#    A and that B" (one span); "It called the move "..."" (partial); ministry "described the fencing as
#    "..." and said it had informed ..." (partial plus indirect), then a statement quote with "the ministry
#    said in a statement"; minister "told journalists in parliament that A", quote split by "Gelashvili
#    said"; Russian deputy spokesperson "said the fences marked "..." and accused Tbilisi of staging "..."
#    to ..." (two partials), quote with "Lobanov told RIA Novosti"; EUMM "said A and that B"; two unrelated
#    Tsiklauris (Zurab: "said A", quote "he told Agenda.ge"; Nana: "said A", quote "she said"); opposition
#    MP "said the government's reaction had been "..."" (partial only) and "called on ..." (directive);
#    "According to the Public Defender's Office, A"; scare de facto "authorities".
ARTICLES[f"{BATCH}/odzisi-occupation-line-russia.gold.json"] = {
    "article": f"{BATCH}/odzisi-occupation-line-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "State Security Service", "Russian occupation forces have moved barbed-wire fences about 400 metres deeper "
            "into Tbilisi-controlled territory near the village of Odzisi in the Mtskheta-Mtianeti region, cutting two "
            "families off from their orchards", None),
        (I, "State Security Service", "the work had been carried out overnight by servicemen of the Russian border guard "
            "unit stationed in the occupied Akhalgori district and that Georgian police had been deployed along the new "
            "line to ensure the safety of local residents", None),
        (P, "State Security Service", "a deliberate provocation", None),
        (P, "Georgia's Foreign Ministry", "yet another gross violation of international law", None),
        (I, "Georgia's Foreign Ministry", "it had informed its international partners, including the co-chairs of the "
            "Geneva International Discussions", None),
        (D, "Georgia's Foreign Ministry", "The Russian Federation continues its illegal borderisation process while making "
            "constant declarations about peace. Such steps cannot be justified by any security considerations,", None),
        (I, "Tamar Gelashvili", "Tbilisi would raise the issue at the next round of the Geneva talks, scheduled for "
            "December 16", None),
        (D, "Tamar Gelashvili", "We will not respond to provocations, but we will not be silent either,", None),
        (D, "Tamar Gelashvili", "Every metre of this fence is a reminder that 20 percent of our territory remains under "
            "occupation.", None),
        (P, "Artyom Lobanov", "the state border of the Republic of South Ossetia", None),
        (P, "Artyom Lobanov", "an information campaign", None),
        (D, "Artyom Lobanov", "Nobody moved anything. Our border guards carried out routine maintenance of engineering "
            "structures, as they do every year before winter,", None),
        (I, "European Union Monitoring Mission", "its patrols had observed the new fencing on Wednesday evening and that it "
            "had activated the hotline with the Russian side to seek clarification", None),
        (I, "Zurab Tsiklauri", "he had watched the soldiers unroll the wire from his kitchen window shortly after "
            "midnight", None),
        (D, "Zurab Tsiklauri", "My father planted those apple trees in 1974. Now somebody in Moscow decides whether I can "
            "pick my own apples,", None),
        (I, "Nana Tsiklauri", "no one had warned the villagers", None),
        (D, "Nana Tsiklauri", "We woke up and the fence was in the garden. The children are afraid to go outside,", None),
        (P, "Levan Kavtaradze", "weak and late", None),
        (I, "Public Defender's Office", "at least 14 Georgian citizens have been detained by Russian and de facto South "
            "Ossetian forces along the occupation line since January, most of them while working in fields close to a "
            "boundary that is not marked on the ground", None),
        (S, None, "authorities", None),
    ],
    "actors": [
        actor("State Security Service", "government", title="security service", affiliation="Georgia",
              aliases=["State Security Service"], stance=-1),
        actor("Georgia's Foreign Ministry", "government", title="foreign ministry", affiliation="Georgia",
              aliases=["Georgia's Foreign Ministry", "Foreign Ministry"], stance=-1),
        actor("Tamar Gelashvili", "person", title="Foreign Minister", affiliation="Georgia",
              aliases=["Tamar Gelashvili", "Gelashvili"], stance=-1),
        actor("Artyom Lobanov", "person", title="deputy spokesperson", affiliation="Russian Foreign Ministry",
              aliases=["Artyom Lobanov", "Lobanov"], stance=1),
        actor("European Union Monitoring Mission", "organisation", title="EU monitoring mission",
              aliases=["European Union Monitoring Mission", "EUMM"], stance=0),
        actor("Zurab Tsiklauri", "person", title="local resident", affiliation="Odzisi",
              aliases=["Zurab Tsiklauri", "Tsiklauri"], stance=-1),
        actor("Nana Tsiklauri", "person", title="local resident", affiliation="Odzisi",
              aliases=["Nana Tsiklauri", "Tsiklauri"], stance=-1),
        actor("Levan Kavtaradze", "person", title="opposition lawmaker", affiliation="Parliament of Georgia",
              aliases=["Levan Kavtaradze", "Kavtaradze"], stance=None),
        actor("Public Defender's Office", "government", title="ombudsman", affiliation="Georgia",
              aliases=["Public Defender's Office"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Pharmaceutical Technology (GlobalData) clinical trials (a biotech stops its Phase III heart-failure
#    trial for futility), headline and standfirst without speech, byline and date lines, curly quotes and
#    apostrophes. Company "said A and that B" in a statement (one span); CEO quote split by "said Corvantis
#    CEO Daniel Okafor"; "Okafor said A, and would B" (one span); CMO "said A", Q&A "Asked by an analyst
#    whether ..., Bell replied: "...""; GlobalData analyst "told Pharmaceutical Technology that the outcome
#    was "..." for ..." (partial only), quote with "Raman said"; "According to GlobalData's Pharma
#    Intelligence Center, A"; broker analyst "said Corvantis had "..." on one readout" (partial only), "He
#    added that A"; FDA spokesperson "said A"; scare so-called "one-asset" model; trial participant "said
#    A", quote with "she said"; closing content before "Corvantis said". Not annotated: share price move,
#    Phase II history, the 2025 offering.
ARTICLES[f"{BATCH}/corvantis-velocardin-hfpef-trial.gold.json"] = {
    "article": f"{BATCH}/corvantis-velocardin-hfpef-trial.txt",
    "target": "Corvantis Therapeutics",
    "quotes": [
        (I, "Corvantis Therapeutics", "the IDMC had raised no safety concerns and that patients currently enrolled would "
            "be taken off the drug over the coming weeks under the supervision of their investigators", None),
        (D, "Daniel Okafor", "We are deeply disappointed,", None),
        (D, "Daniel Okafor", "But the committee\u2019s recommendation was clear, and our first obligation is to the "
            "patients who volunteered for this study.", None),
        (I, "Daniel Okafor", "the company would now focus its resources on CVT-218, an oral GLP-1 receptor agonist for "
            "obesity that is in Phase II, and would review its cost base in the first quarter of 2027", None),
        (I, "Rose Bell", "the trial had enrolled 3,120 patients across 19 countries", None),
        (D, "Rose Bell", "Absolutely. The field deserves to learn from this, whether the answer is positive or "
            "negative.", None),
        (P, "Priya Raman", "not entirely surprising", None),
        (D, "Priya Raman", "HFpEF has been a graveyard for drug developers. Velocardin\u2019s mechanism looked promising "
            "in Phase II, but the signal was always thin and the patient population is extremely heterogeneous,", None),
        (I, "GlobalData", "velocardin had been forecast to generate sales of $1.4bn in 2032, the bulk of them in the "
            "US", None),
        (P, "Tobias Klein", "bet the company", None),
        (I, "Tobias Klein", "the company had roughly two years of cash at its current burn rate", None),
        (I, "FDA spokesperson", "the agency does not comment on individual development programmes", None),
        (S, None, "one-asset", None),
        (I, "Linda Marsh", "she had been told of the decision by her cardiologist the same morning it was announced",
            None),
        (D, "Linda Marsh", "I knew from the start it was a trial and that it might not work. I\u2019m just grateful they "
            "were honest with us straight away,", None),
        (I, "Corvantis Therapeutics", "The HEARTWISE data will be presented at a medical meeting in 2027", None),
    ],
    "actors": [
        actor("Corvantis Therapeutics", "organisation", title="biotech company",
              aliases=["Corvantis Therapeutics", "Corvantis"], stance=1),
        actor("Daniel Okafor", "person", title="CEO", affiliation="Corvantis Therapeutics",
              aliases=["Daniel Okafor", "Okafor"], stance=1),
        actor("Rose Bell", "person", title="chief medical officer", affiliation="Corvantis Therapeutics",
              aliases=["Rose Bell", "Bell"], stance=1),
        actor("Priya Raman", "person", title="pharma analyst", affiliation="GlobalData",
              aliases=["Priya Raman", "Raman"], stance=0),
        actor("GlobalData", "organisation", title="data and analytics company",
              aliases=["GlobalData", "Pharma Intelligence Center"], stance=None),
        actor("Tobias Klein", "person", title="analyst", affiliation="Brennan Capital Markets",
              aliases=["Tobias Klein", "Klein"], stance=-1),
        actor("FDA spokesperson", "person", title="spokesperson", affiliation="FDA",
              aliases=["FDA spokesperson"], stance=None),
        actor("Linda Marsh", "person", title="trial participant, retired teacher", affiliation="Ohio",
              aliases=["Linda Marsh", "Marsh"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Golf Digest (a player disqualified after a video review), headline and standfirst without speech,
#    byline, date, "NASSAU, Bahamas —" dateline, straight " and apostrophes (DQ'd, Summers'), "Here's what
#    happened:". Tour "said in a statement that A and that its rules officials had "..." before ..."
#    (indirect plus partial); rules official Daniel Park "said the contact was "..."" (partial only), quote
#    split by "Park said" (a nested "He said ..." inside the quote is not annotated); player's Instagram
#    quote with "he wrote"; "He told reporters ... that A and that B" (one span); quote split by "Summers
#    said"; playing partner Tae-yang Park (same surname as the official) "said Summers had done nothing
#    wrong "..."" (partial only; "questioned whether ..." is an act), quote split by "Park said"; analyst
#    "said a player ... "..." in a bunker" (partial only), quote with "Kerr said on the broadcast"; host
#    "said A and that B" (one span).
ARTICLES[f"{BATCH}/summers-disqualified-coral-cay.gold.json"] = {
    "article": f"{BATCH}/summers-disqualified-coral-cay.txt",
    "target": "Jake Summers",
    "quotes": [
        (I, "PGA Tour", "the incident had been flagged by a viewer on social media", None),
        (P, "PGA Tour", "reviewed all available angles", None),
        (P, "Daniel Park", "small but clear", None),
        (D, "Daniel Park", "Intent doesn't come into it. If the club touches the sand in testing the condition, it's a "
            "penalty, and once the card is signed it's a DQ,", None),
        (D, "Daniel Park", "Jake was very gracious about it. He said he genuinely didn't feel it.", None),
        (D, "Jake Summers", "I didn't know I'd done it, but the rules are the rules and I respect them. I'm sorry to the "
            "fans and to the tournament,", None),
        (I, "Jake Summers", "he would never knowingly break a rule and that he had asked to see the footage himself", None),
        (D, "Jake Summers", "Watched it four times. Yeah, the club touches. It's tiny, but it's there,", None),
        (D, "Jake Summers", "I've got nobody to blame but me.", None),
        (P, "Tae-yang Park", "in spirit", None),
        (D, "Tae-yang Park", "Jake is one of the most honest guys out here. Everybody knows that,", None),
        (D, "Tae-yang Park", "It's a bad day for him, and honestly a bad look for golf.", None),
        (P, "Colm Kerr", "has to know where his club is", None),
        (D, "Colm Kerr", "I feel for him, I do. But this is the first thing you learn as a junior,", None),
        (I, "Marcus Vale", "he had spoken to Summers by phone and that the invitation for next year still stood", None),
    ],
    "actors": [
        actor("PGA Tour", "organisation", title="tour", aliases=["PGA Tour", "Tour"], stance=0),
        actor("Daniel Park", "person", title="senior rules official", affiliation="PGA Tour",
              aliases=["Daniel Park", "Park"], stance=0),
        actor("Jake Summers", "person", title="golfer", aliases=["Jake Summers", "Summers", "Jake"], stance=1),
        actor("Tae-yang Park", "person", title="golfer, playing partner", affiliation="South Korea",
              aliases=["Tae-yang Park", "Park"], stance=1),
        actor("Colm Kerr", "person", title="analyst", affiliation="Golf Channel",
              aliases=["Colm Kerr", "Kerr"], stance=-1),
        actor("Marcus Vale", "person", title="tournament host", affiliation="Coral Cay Championship",
              aliases=["Marcus Vale", "Vale"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Galway Advertiser local news (the city council removes seafront parking for a cycle track), headline
#    without speech, standfirst with a straight single fragment "Traders say plan will 'kill' winter trade"
#    (partial for the traders' association), byline with a fada, date line, lede opening in capitals
#    ("GALWAY CITY Council"), straight " and apostrophes, "Cllr", "(FF)". Scare "safer seafront" scheme;
#    council "said in a statement ... A and that B" (one span); director of services quote before "told the
#    meeting", "She said A"; councillor "said the council had "..." the scheme through ..." (partial only),
#    quote with "he said"; traders' chairperson Bríd Flaherty "said the parking ban would "..." the area's
#    winter trade" (partial only), quote split by "she said"; "her namesake", councillor Martina Flaherty
#    "said Salthill had been "..." for decades and that B" (partial plus indirect), quote with "Cllr Flaherty
#    said"; resident "told the Galway Advertiser A but that B" (one span); chief executive "confirmed A";
#    councillor "said the council had a "..." of ..." (partial only); "According to the council, A";
#    association "said A".
ARTICLES[f"{BATCH}/salthill-promenade-parking-council.gold.json"] = {
    "article": f"{BATCH}/salthill-promenade-parking-council.txt",
    "target": "Galway City Council",
    "quotes": [
        (P, "Salthill Traders' Association", "kill", "'kill'"),
        (S, None, "safer seafront", None),
        (I, "Galway City Council", "the scheme was fully funded by the National Transport Authority and that 60 "
            "replacement spaces would be provided in the Leisureland car park at a reduced winter rate", None),
        (D, "Siobh\u00e1n Keady", "The Promenade is used by more than two million people a year. We have a duty to make it "
            "safe for every one of them, not only for those arriving by car,", None),
        (I, "Siobh\u00e1n Keady", "collision figures showed 23 incidents involving pedestrians or cyclists on the Prom road "
            "in the past five years", None),
        (P, "Eoin Madden", "steamrolled", None),
        (D, "Eoin Madden", "Nobody is against safety. But you don't go to a community, tell them what you've already "
            "decided, and call that consultation,", None),
        (P, "Br\u00edd Flaherty", "kill", "\"kill\""),
        (D, "Br\u00edd Flaherty", "In summer people will walk from anywhere. In January, with the wind coming in off the "
            "bay, they'll go to the shopping centre instead,", None),
        (D, "Br\u00edd Flaherty", "Some of us won't be here this time next year.", None),
        (P, "Martina Flaherty", "held hostage by the car", None),
        (I, "Martina Flaherty", "families had been asking for a safe cycle route to the beach for years", None),
        (D, "Martina Flaherty", "I have three children. I'd love them to cycle to Blackrock, but I won't let them on that "
            "road as it is,", None),
        (I, "Tom Byrne", "he supported the cycle track but that the loss of disabled parking bays was a mistake", None),
        (I, "Aidan Furey", "the four disabled bays near the diving tower would be retained", None),
        (P, "Donal Tierney", "poor record", None),
        (I, "Galway City Council", "construction will begin in the second week of February and is expected to take around "
            "ten weeks, with work paused over the St Patrick's Day weekend", None),
        (I, "Salthill Traders' Association", "it would meet on Tuesday next to consider its options, including a possible "
            "legal challenge", None),
    ],
    "actors": [
        actor("Salthill Traders' Association", "organisation", title="traders' association",
              aliases=["Salthill Traders' Association", "Traders"], stance=-1),
        actor("Galway City Council", "government", title="city council",
              aliases=["Galway City Council", "GALWAY CITY Council", "council"], stance=1),
        actor("Siobh\u00e1n Keady", "person", title="director of services for transport",
              affiliation="Galway City Council", aliases=["Siobh\u00e1n Keady", "Keady"], stance=1),
        actor("Eoin Madden", "person", title="councillor", affiliation="Fianna F\u00e1il",
              aliases=["Eoin Madden", "Madden"], stance=-1),
        actor("Br\u00edd Flaherty", "person", title="chairperson", affiliation="Salthill Traders' Association",
              aliases=["Br\u00edd Flaherty", "Flaherty"], stance=-1),
        actor("Martina Flaherty", "person", title="councillor", affiliation="Green Party",
              aliases=["Martina Flaherty", "Flaherty", "Cllr Flaherty"], stance=1),
        actor("Tom Byrne", "person", title="local resident and sea swimmer", affiliation="Salthill",
              aliases=["Tom Byrne", "Byrne"], stance=0),
        actor("Aidan Furey", "person", title="chief executive", affiliation="Galway City Council",
              aliases=["Aidan Furey", "Furey"], stance=1),
        actor("Donal Tierney", "person", title="councillor", affiliation="Independent",
              aliases=["Donal Tierney", "Tierney"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
