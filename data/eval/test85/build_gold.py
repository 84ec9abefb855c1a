"""Build the test85 gold files (data/eval/test85/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test85/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test85.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test85"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Ukrainska Pravda (English) war news (Russia claims a village; Ukraine's Defence Forces deny it),
#    headline without speech, "Name — Thursday, 3 December 2026, 14:52" line, the outlet's "Source:",
#    "Quote from X:", "Details:" and "Background:" sections, straight " and apostrophes. Lede "has claimed
#    that its troops have "..." the village" (partial only); "Southern Defence Forces say A and that B" (one
#    span); "Quote from the Russian Defence Ministry: "..."" (direct by colon); "Details: Kovalchuk said A";
#    "Quote from Kovalchuk:" a two-paragraph quote (first paragraph open to the end of its line, second
#    reopened): two directs; "Kovalchuk added that A"; ISW "said A", "According to the ISW, ... "..." ..."
#    (partial only); scare Russian-installed "head"; occupation official "said A", "called the alleged
#    strike "..." and said Russia would "..."" (two partials); district head "told Ukrainska Pravda that A",
#    "Quote from Dovhan: "..."", "Dovhan said A". The "Source:" line and Background are not annotated.
ARTICLES[f"{BATCH}/malynivka-capture-claim-russia.gold.json"] = {
    "article": f"{BATCH}/malynivka-capture-claim-russia.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian Defence Ministry", "liberated", '"liberated"'),
        (I, "Southern Defence Forces", "the claim is false and that Ukrainian units still hold positions in the northern "
            "part of the village", None),
        (D, "Russian Defence Ministry", "Units of the Dnepr group of forces, as a result of decisive offensive actions, "
            "have completely liberated the settlement of Malynivka. The enemy lost up to 140 servicemen, two armoured "
            "vehicles and five pick-up trucks over the past day.", None),
        (I, "Dmytro Kovalchuk", "Russian assault groups had entered the southern outskirts of Malynivka several times "
            "over the past week but had been unable to gain a foothold", None),
        (D, "Dmytro Kovalchuk", "This is a familiar scenario. They send three or four men on motorcycles, film a flag on "
            "a ruined house, and the ministry in Moscow reports a victory. Two hours later there is nobody left to hold "
            "the flag.", None),
        (D, "Dmytro Kovalchuk", "The village is a grey zone now, I won't hide that. But it is not under Russian "
            "control.", None),
        (I, "Dmytro Kovalchuk", "the Russians had lost 38 soldiers in the area on Wednesday alone", None),
        (I, "Institute for the Study of War", "it had not observed geolocated footage confirming the Russian claim", None),
        (P, "Institute for the Study of War", "marginally", None),
        (S, None, "head", '"head"'),
        (I, "Andrei Shilov", "Ukrainian drones had struck a bus station in occupied Vasylivka, injuring four people",
            None),
        (P, "Andrei Shilov", "an act of terror", None),
        (P, "Andrei Shilov", "continue the special military operation until all of its goals are achieved", None),
        (I, "Oleksandr Dovhan", "the last 11 civilians had been evacuated from Malynivka in October", None),
        (D, "Oleksandr Dovhan", "There is literally nothing left there to capture. Every house has been destroyed by "
            "Russian glide bombs. The Russians are fighting over rubble for the sake of a line in a report.", None),
        (I, "Oleksandr Dovhan", "Russian forces had dropped at least 26 guided aerial bombs on settlements in the "
            "district over the past 24 hours", None),
    ],
    "actors": [
        actor("Russian Defence Ministry", "government", title="defence ministry", affiliation="Russia",
              aliases=["Russian Defence Ministry", "Russia's Defence Ministry"], stance=1),
        actor("Southern Defence Forces", "government", title="military command", affiliation="Ukraine",
              aliases=["Southern Defence Forces"], stance=-1),
        actor("Dmytro Kovalchuk", "person", title="spokesperson", affiliation="Southern Defence Forces",
              aliases=["Dmytro Kovalchuk", "Kovalchuk"], stance=-1),
        actor("Institute for the Study of War", "organisation", title="think tank",
              aliases=["Institute for the Study of War", "ISW"], stance=0),
        actor("Andrei Shilov", "person", title="Russian-installed head of occupied Zaporizhzhia Oblast",
              affiliation="Russia", aliases=["Andrei Shilov", "Shilov"], stance=1),
        actor("Oleksandr Dovhan", "person", title="head of the Polohy district military administration",
              affiliation="Ukraine", aliases=["Oleksandr Dovhan", "Dovhan"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Manawatu Standard (Stuff, NZ) education/labour (a university proposes science job cuts), headline
#    without speech, standfirst "Union warns of ‘hollowed-out’ campus after ..." (curly single fragment:
#    partial for the union), byline and "12:05, Dec 03 2026" lines, curly quotes and apostrophes, macron
#    (Manawatū). University "said ... "flat" government funding had left it with little choice, and that
#    it would B" (partial plus indirect); scare "sustainable futures" programme; provost quote split by
#    "provost Professor Dianne Frost said", "Frost said A"; union organiser "said A" (one span), quote with
#    "he said"; anonymous senior lecturer "said morale ... was "..."" (partial only); students' association
#    president "said A", quote with "Te Whata said"; mayor "described Massey as "..." and said B" (partial
#    plus indirect); minister's spokesperson "said A".
ARTICLES[f"{BATCH}/massey-science-job-cuts.gold.json"] = {
    "article": f"{BATCH}/massey-science-job-cuts.txt",
    "target": "Massey University",
    "quotes": [
        (P, "Tertiary Education Union", "hollowed-out", "\u2018hollowed"),
        (P, "Massey University", "flat", None),
        (I, "Massey University", "it would try to keep compulsory redundancies to a minimum", None),
        (S, None, "sustainable futures", None),
        (D, "Dianne Frost", "No one wants to be in this position,", None),
        (D, "Dianne Frost", "But we have to live within our means, and we have a responsibility to the institution as a "
            "whole, including the thousands of students who will still be here next year.", None),
        (I, "Dianne Frost", "the proposal would not affect teaching in the veterinary science and nursing programmes, "
            "which are run from separate budgets", None),
        (I, "Sam Tuilagi", "staff had been told of the proposal in a 20-minute Zoom call and were given until December 17 "
            "to respond, with the university closed for most of that period", None),
        (D, "Sam Tuilagi", "You\u2019re going to end up with a hollowed-out campus with a very nice logo. Palmerston North "
            "built its identity around this place, and it\u2019s being cut up to balance a spreadsheet,", None),
        (P, "senior lecturer in the School of Natural Sciences", "the lowest I\u2019ve seen in 20 years", None),
        (I, "Aroha Te Whata", "students had not been consulted, even though some courses in ecology and earth science "
            "could be merged or dropped", None),
        (D, "Aroha Te Whata", "We pay the fees. We should at least be in the room when they decide what we get for them,",
            None),
        (P, "Neil Kereama", "the beating heart of this city", None),
        (I, "Neil Kereama", "he had asked for an urgent meeting with vice-chancellor Professor Tom Harvey", None),
        (I, "spokesperson for the Minister for Tertiary Education and Skills", "staffing decisions were a matter for "
            "universities, which are autonomous under the Education and Training Act", None),
    ],
    "actors": [
        actor("Tertiary Education Union", "organisation", title="union", aliases=["Tertiary Education Union", "Union"],
              stance=-1),
        actor("Massey University", "organisation", title="university",
              aliases=["Massey University", "Massey", "university"], stance=1),
        actor("Dianne Frost", "person", title="provost", affiliation="Massey University",
              aliases=["Dianne Frost", "Frost"], stance=1),
        actor("Sam Tuilagi", "person", title="organiser", affiliation="Tertiary Education Union",
              aliases=["Sam Tuilagi", "Tuilagi"], stance=-1),
        actor("senior lecturer in the School of Natural Sciences", "person", title="senior lecturer (anonymous)",
              affiliation="Massey University", aliases=["senior lecturer in the School of Natural Sciences"], stance=-1),
        actor("Aroha Te Whata", "person", title="students' association president", affiliation="Massey University",
              aliases=["Aroha Te Whata", "Te Whata"], stance=-1),
        actor("Neil Kereama", "person", title="Mayor", affiliation="Palmerston North",
              aliases=["Neil Kereama", "Kereama"], stance=0),
        actor("spokesperson for the Minister for Tertiary Education and Skills", "person", title="ministerial spokesperson",
              affiliation="New Zealand Government",
              aliases=["spokesperson for the Minister for Tertiary Education and Skills"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Wine Spectator (a winemaker leaves a Sonoma winery after a dispute with its new owners), headline in
#    title case and standfirst without speech, byline and "Dec 4, 2026",
#    straight " and apostrophes (Coast's, Oakes'). Winemaker "told Wine Spectator that she had been "..."
#    after ..." (partial only), quote split by "Oakes said"; winery statement "said A and that the winery
#    "..." to ..." (indirect plus partial), "The statement said the company had discussed "..." for ..., but
#    that B" (partial plus indirect); CEO "said A", quote with "Lindqvist said", "He added that B"; grower
#    "said Oakes was "..."" (partial only), quote with "he said"; anonymous veteran winemaker "said A and that
#    the dispute had been "..." on social media" (indirect plus partial), quote with "he said"; association
#    "said A"; "She said A", closing quote split by "she said".
ARTICLES[f"{BATCH}/clare-oakes-halvorsen-ridge.gold.json"] = {
    "article": f"{BATCH}/clare-oakes-halvorsen-ridge.txt",
    "target": "Clare Oakes",
    "quotes": [
        (P, "Clare Oakes", "effectively forced out", None),
        (D, "Clare Oakes", "I told them from the first meeting that I wouldn't make an estate wine out of somebody else's "
            "fruit. That's not snobbery. That's the promise on the label,", None),
        (D, "Clare Oakes", "They heard me. They just decided the promise was negotiable.", None),
        (I, "Halvorsen Ridge", "Oakes had resigned", None),
        (P, "Halvorsen Ridge", "remains absolutely committed", None),
        (P, "Halvorsen Ridge", "a range of options", None),
        (I, "Halvorsen Ridge", "no decision had been made", None),
        (I, "Brett Lindqvist", "the winery was grateful for Oakes' work", None),
        (D, "Brett Lindqvist", "Clare made beautiful wines here and we wish her well. Any suggestion that we are cutting "
            "corners is simply wrong,", None),
        (I, "Brett Lindqvist", "the 2026 vintage, which Oakes picked and fermented before leaving, would be released "
            "under her name as planned", None),
        (P, "Manuel Ybarra", "the most honest person in this valley.", None),
        (D, "Manuel Ybarra", "If Clare says something happened in that cellar, it happened,", None),
        (I, "veteran Sonoma winemaker", "buying in fruit was common practice", None),
        (P, "veteran Sonoma winemaker", "blown out of proportion", None),
        (D, "veteran Sonoma winemaker", "Clare is a brilliant winemaker, but she can be rigid. Owners are allowed to want "
            "to make money,", None),
        (I, "Sonoma County Winegrowers", "it does not comment on personnel matters at individual wineries", None),
        (I, "Clare Oakes", "she plans to take the 2027 harvest off and has no shortage of offers", None),
        (D, "Clare Oakes", "I've been making somebody else's wine for a long time,", None),
        (D, "Clare Oakes", "Maybe it's time to make my own.", None),
    ],
    "actors": [
        actor("Clare Oakes", "person", title="winemaker", affiliation="Halvorsen Ridge Vineyards",
              aliases=["Clare Oakes", "Oakes", "Clare"], stance=1),
        actor("Halvorsen Ridge", "organisation", title="winery",
              aliases=["Halvorsen Ridge", "Halvorsen Ridge Vineyards"], stance=-1),
        actor("Brett Lindqvist", "person", title="chief executive", affiliation="Halvorsen Ridge Vineyards",
              aliases=["Brett Lindqvist", "Lindqvist"], stance=0),
        actor("Manuel Ybarra", "person", title="grower", aliases=["Manuel Ybarra", "Ybarra"], stance=1),
        actor("veteran Sonoma winemaker", "person", title="winemaker (anonymous)",
              aliases=["veteran Sonoma winemaker"], stance=-1),
        actor("Sonoma County Winegrowers", "organisation", title="growers' association",
              aliases=["Sonoma County Winegrowers"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Hellenic Shipping News (Panama de-flags 41 tankers), headline with a scare "shadow fleet", section and
#    date line "in Tanker Market 02/12/2026", closing "Source:" line, straight " and apostrophes, Spanish
#    names with accents (Ábrego Castillo, Ana Lucía Guerrero). Lede content before "the Panama Maritime
#    Authority (AMP) said on Tuesday"; "the AMP said the vessels had been removed for "..." of ..." (partial
#    only), "It said A"; administrator quote split by "told reporters in Panama City", "Ábrego said A and
#    that B" (one span); "According to Lloyd's List Intelligence, A", "Most had changed ownership ..., it
#    said"; "Shipping industry bodies welcomed the move but cautioned against ..." (acts); consultant "said
#    the removals were "..." but warned that B" (partial plus indirect), quote split by "Laskaridis said";
#    anonymous registry official "said Panama had "..."" (partial only); lawyer "said her clients had been
#    given "..." to ..." (partial only), quote with "she said", "Guerrero said A"; shipowners' union "said in
#    a statement that A and that the "..." of ..." (indirect plus partial); "According to the AMP, A".
ARTICLES[f"{BATCH}/panama-registry-deflagging.gold.json"] = {
    "article": f"{BATCH}/panama-registry-deflagging.txt",
    "target": "Panama",
    "quotes": [
        (S, None, "shadow fleet", None),
        (I, "Panama Maritime Authority", "Panama has cancelled the registration of 41 oil and product tankers over the "
            "past month", None),
        (P, "Panama Maritime Authority", "serious and repeated breaches", None),
        (I, "Panama Maritime Authority", "owners had been given 30 days to respond before the cancellations took effect",
            None),
        (D, "Ricardo \u00c1brego Castillo", "Panama will not be a refuge for vessels that put the marine environment and "
            "international trade at risk,", None),
        (D, "Ricardo \u00c1brego Castillo", "Our flag is the largest in the world, and with that comes responsibility.",
            None),
        (I, "Ricardo \u00c1brego Castillo", "a further 60 vessels were under review and that the authority had hired two "
            "additional inspection firms to speed up the process", None),
        (I, "Lloyd's List Intelligence", "the 41 ships have an average age of 21 years and a combined deadweight of about "
            "3.9 million tonnes", None),
        (I, "Lloyd's List Intelligence", "Most had changed ownership at least twice since 2022", None),
        (P, "Yannis Laskaridis", "overdue", None),
        (I, "Yannis Laskaridis", "many of the tankers would simply re-register under smaller flags", None),
        (D, "Yannis Laskaridis", "You take away one flag and they find another within a week, often a registry that "
            "exists mostly on a website,", None),
        (D, "Yannis Laskaridis", "The real problem is the insurance. Nobody knows who is covering these ships if one of "
            "them runs aground.", None),
        (P, "senior official at a European flag state registry", "finally woken up", None),
        (P, "Ana Luc\u00eda Guerrero", "no real opportunity", None),
        (D, "Ana Luc\u00eda Guerrero", "Some of these vessels were trading perfectly legally. Panama is applying foreign "
            "sanctions lists as if they were Panamanian law, and that is a dangerous precedent for the whole registry,",
            None),
        (I, "Ana Luc\u00eda Guerrero", "her clients would challenge the cancellations before Panama's Supreme Court", None),
        (I, "Union of Greek Shipowners", "responsible owners had nothing to fear from stricter flag state oversight", None),
        (P, "Union of Greek Shipowners", "overwhelming majority", None),
        (I, "Panama Maritime Authority", "Panama's registry had about 8,600 ships at the end of October, down from more "
            "than 8,800 a year earlier", None),
    ],
    "actors": [
        actor("Panama Maritime Authority", "government", title="ship registry authority", affiliation="Panama",
              aliases=["Panama Maritime Authority", "AMP"], stance=1),
        actor("Ricardo \u00c1brego Castillo", "person", title="administrator", affiliation="Panama Maritime Authority",
              aliases=["Ricardo \u00c1brego Castillo", "\u00c1brego", "\u00c1brego Castillo"], stance=1),
        actor("Lloyd's List Intelligence", "organisation", title="shipping data provider",
              aliases=["Lloyd's List Intelligence"], stance=None),
        actor("Yannis Laskaridis", "person", title="marine safety consultant", affiliation="Piraeus",
              aliases=["Yannis Laskaridis", "Laskaridis"], stance=1),
        actor("senior official at a European flag state registry", "person", title="registry official (anonymous)",
              aliases=["senior official at a European flag state registry"], stance=1),
        actor("Ana Luc\u00eda Guerrero", "person", title="lawyer for de-flagged owners",
              aliases=["Ana Luc\u00eda Guerrero", "Guerrero"], stance=-1),
        actor("Union of Greek Shipowners", "organisation", title="shipowners' association",
              aliases=["Union of Greek Shipowners"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
