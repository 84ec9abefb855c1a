"""Build the dev164 gold files (data/eval/dev164/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev164/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev164.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev164"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Norway Today fisheries/diplomacy (the Coast Guard detains a Russian trawler off Svalbard), headline
#    without speech, "Published: 02.12.2026" line, straight " and apostrophes, Norwegian place names, a
#    "Source: NTB / Norway Today" closing line. Content before ", the Norwegian Armed Forces' Joint
#    Headquarters said in a statement"; "According to the statement, A" (the Joint Headquarters); minister
#    with a surname that is a common word (Lie) "told NTB that Norway would "..."" (partial only), quote with
#    "Lie said", "He added that A, and that B" (one span); embassy "described the detention as "..." and
#    said A" (partial plus indirect), quote with "the embassy wrote on its Facebook page" (a nested
#    "so-called" inside the quote is not a scare); agency "said A"; owner company "said A"; its director
#    "told ... Interfax that the difference had been caused by "..."" (partial only); scare "grey zone";
#    researcher "said the case fitted a pattern in which the two countries "..." without ..." (partial
#    only), quote with "Hansen said"; association "said A and that B" (one span). Not annotated: the lede
#    (no cue), the zone's history, the quotas.
ARTICLES[f"{BATCH}/svalbard-russian-trawler-detained.gold.json"] = {
    "article": f"{BATCH}/svalbard-russian-trawler-detained.txt",
    "target": "Russia",
    "quotes": [
        (I, "Joint Headquarters", "The vessel is being escorted to Troms\u00f8, where it is expected to arrive on "
            "Thursday", None),
        (I, "Joint Headquarters", "inspectors found significant discrepancies between the catch recorded in the "
            "vessel's electronic logbook and the fish found in its hold", None),
        (P, "Tor Arne Lie", "enforce the rules in the zone in the same way for everyone", None),
        (D, "Tor Arne Lie", "This is not about politics. It is about protecting a cod stock that both Norway and "
            "Russia depend on,", None),
        (I, "Tor Arne Lie", "it was the third Russian vessel to be detained in the zone this year, and that Norway "
            "had raised the issue with Russian authorities at the last meeting of the joint fisheries commission in "
            "October", None),
        (P, "Russian Embassy in Oslo", "an unfriendly act", None),
        (I, "Russian Embassy in Oslo", "Norway had no legal basis for detaining Russian vessels in the waters around "
            "Svalbard", None),
        (D, "Russian Embassy in Oslo", "Russia has never recognised the so-called fisheries protection zone, and Norway "
            "knows this very well,", None),
        (I, "Federal Agency for Fisheries", "it had demanded the immediate release of the vessel and its 34 crew "
            "members", None),
        (I, "Severny Promysel", "the crew had done nothing wrong", None),
        (P, "Gennady Orlov", "a faulty scale on the factory deck", None),
        (S, None, "grey zone", None),
        (P, "Ingrid Moe Hansen", "test each other's patience", None),
        (D, "Ingrid Moe Hansen", "The fisheries commission is one of the very few channels still open between Oslo "
            "and Moscow. Neither side wants to be the one that closes it,", None),
        (I, "Norwegian Fishermen's Association", "it supported the Coast Guard's action and that Norwegian fishermen "
            "had long been worried about unreported Russian catches in the north", None),
    ],
    "actors": [
        actor("Joint Headquarters", "government", title="Norwegian Armed Forces' Joint Headquarters",
              affiliation="Norway", aliases=["Joint Headquarters"], stance=-1),
        actor("Tor Arne Lie", "person", title="Fisheries Minister", affiliation="Norway",
              aliases=["Tor Arne Lie", "Lie"], stance=-1),
        actor("Russian Embassy in Oslo", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Oslo"], stance=1),
        actor("Federal Agency for Fisheries", "government", title="fisheries agency", affiliation="Russia",
              aliases=["Federal Agency for Fisheries"], stance=1),
        actor("Severny Promysel", "organisation", title="trawler owner", affiliation="Russia",
              aliases=["Severny Promysel"], stance=1),
        actor("Gennady Orlov", "person", title="director", affiliation="Severny Promysel",
              aliases=["Gennady Orlov", "Orlov"], stance=1),
        actor("Ingrid Moe Hansen", "person", title="researcher", affiliation="Fridtjof Nansen Institute",
              aliases=["Ingrid Moe Hansen", "Hansen"], stance=0),
        actor("Norwegian Fishermen's Association", "organisation", title="fishermen's association",
              affiliation="Norway", aliases=["Norwegian Fishermen's Association"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Wire (India) science (scientists say an institute director blocked a heat-deaths study), title-case
#    headline with a reported claim (not annotated), standfirst without speech, byline and date lines,
#    "New Delhi:" dateline, curly quotes and apostrophes, a nested curly single quote inside a quote, a
#    director known by initial and surname (M. Raghunathan). Lede "have accused the institute's director of
#    ordering them to ..." (an accusation without a reported clause: not annotated); group "Three scientists
#    who worked on the study told The Wire that A"; anonymous "one of the scientists said" after a quote with
#    a nested 'misused', then a second quote; "A second scientist said A, but that B" (one span); director
#    "denied that A", "He said A and that its mortality estimates relied on "..." district data" (indirect
#    plus partial), quote with "Raghunathan wrote"; ministry "said in a statement that it "..." and that B"
#    (partial plus indirect); former director "said A and described it as "..."" (indirect plus partial),
#    quote with "Iyer said"; network "said the case showed a "..." in ..." (partial only); "Independent experts
#    contacted by The Wire said A". Not annotated: "He did not respond", "The journal's editor did not
#    respond" (negated), the paper's estimate (no cue).
ARTICLES[f"{BATCH}/monsoon-centre-director-heat-study.gold.json"] = {
    "article": f"{BATCH}/monsoon-centre-director-heat-study.txt",
    "target": "M. Raghunathan",
    "quotes": [
        (I, "Three scientists who worked on the study", "director M. Raghunathan called them into a meeting on "
            "November 6 and instructed them to write to the journal and withdraw the manuscript", None),
        (D, "one of the scientists", "He said the numbers would be \u2018misused\u2019 and that the institute could "
            "not be seen to contradict the government,", None),
        (D, "one of the scientists", "Nobody questioned the method. Not once.", None),
        (I, "A second scientist", "the team had offered to add a section explaining the study\u2019s limitations, but "
            "that the offer was turned down", None),
        (I, "M. Raghunathan", "he had blocked the paper for political reasons", None),
        (I, "M. Raghunathan", "the study had not gone through the institute\u2019s internal review process", None),
        (P, "M. Raghunathan", "incomplete and unverified", None),
        (D, "M. Raghunathan", "The NCMR has a responsibility to make sure that anything published under its name meets "
            "the highest standards. That is the only consideration here,", None),
        (P, "Ministry of Earth Sciences", "does not interfere in the scientific work of its autonomous institutions",
            None),
        (I, "Ministry of Earth Sciences", "the matter was an internal one", None),
        (I, "Sulochana Iyer", "she had seen drafts of the study", None),
        (P, "Sulochana Iyer", "careful, conservative work.", None),
        (D, "Sulochana Iyer", "If anything, the estimate is on the low side. In my time, a paper like this would have "
            "been something to be proud of,", None),
        (P, "All India People\u2019s Science Network", "growing culture of fear", None),
        (I, "Independent experts contacted by The Wire", "excess-mortality methods were now standard in heat research "
            "worldwide", None),
    ],
    "actors": [
        actor("Three scientists who worked on the study", "group", title="anonymous NCMR scientists",
              affiliation="National Centre for Monsoon Research",
              aliases=["Three scientists who worked on the study"], stance=-1),
        actor("one of the scientists", "person", title="anonymous NCMR scientist",
              affiliation="National Centre for Monsoon Research", aliases=["one of the scientists"], stance=-1),
        actor("A second scientist", "person", title="anonymous NCMR scientist",
              affiliation="National Centre for Monsoon Research", aliases=["A second scientist"], stance=-1),
        actor("M. Raghunathan", "person", title="director", affiliation="National Centre for Monsoon Research",
              aliases=["M. Raghunathan", "Raghunathan"], stance=1),
        actor("Ministry of Earth Sciences", "government", title="ministry", affiliation="India",
              aliases=["Ministry of Earth Sciences"], stance=0),
        actor("Sulochana Iyer", "person", title="former director", affiliation="National Centre for Monsoon Research",
              aliases=["Sulochana Iyer", "Iyer"], stance=-1),
        actor("All India People\u2019s Science Network", "organisation", title="science network",
              aliases=["All India People\u2019s Science Network"], stance=-1),
        actor("Independent experts contacted by The Wire", "group", title="independent experts",
              aliases=["Independent experts contacted by The Wire"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Myanmar Now politics (the junta's election commission announces by-elections), headline without
#    speech, "By Myanmar Now" byline, straight " and apostrophes, Burmese names with honorifics (U, Daw, Ko)
#    that are dropped on second reference. Lede content before ", the commission said in a notice published in
#    state media"; "The notice ... said polls would take place in "..." areas ... and that the remaining
#    constituencies would vote "..."" (two partials, the UEC's); "According to the UEC, A"; commission member
#    "told reporters ... that security forces would be deployed to "..."" (partial only), quote with "Tun Tun
#    Win said", "He added that A"; NUG "dismissed the by-elections as "..."" (partial); inverted quote with
#    "NUG spokesperson Daw Su Myat Mon told Myanmar Now"; "what it calls "..."" (the military's words: a
#    partial); anonymous resident "said A and that B" (one span), quote with "he said"; researcher "said A",
#    quote with "he said"; content before "according to local rescue groups". Not annotated: "The UEC notice
#    did not say ..." (negated), the control of the townships (the outlet's own statement).
ARTICLES[f"{BATCH}/uec-by-elections-52-townships.gold.json"] = {
    "article": f"{BATCH}/uec-by-elections-52-townships.txt",
    "target": "Union Election Commission",
    "quotes": [
        (I, "Union Election Commission", "The junta-appointed Union Election Commission (UEC) will hold by-elections in "
            "52 townships where voting was cancelled during last year's general election", None),
        (P, "Union Election Commission", "stable and peaceful", None),
        (P, "Union Election Commission", "when conditions allow", None),
        (I, "Union Election Commission", "voting took place in 265 townships in the first round of the 2025-26 "
            "election, with a turnout of 52 percent", None),
        (P, "U Tun Tun Win", "ensure every citizen who wants to vote can vote safely", None),
        (D, "U Tun Tun Win", "The elections last year showed that the people want peace and stability. Those who "
            "oppose the elections are opposing the people,", None),
        (I, "U Tun Tun Win", "voters displaced by the fighting would be able to cast their ballots at polling stations "
            "set up in nearby towns", None),
        (P, "National Unity Government", "another chapter in the same sham", None),
        (D, "Daw Su Myat Mon", "No one in Kawlin will vote for a regime that bombed their monastery. The junta is trying "
            "to use ballots to claim territory it lost with guns,", None),
        (P, "The military", "disciplined democracy", None),
        (I, "A resident of Kawlin", "junta soldiers had not entered the town since early 2025 and that most people "
            "there had not even heard about the by-elections", None),
        (D, "A resident of Kawlin", "Who will they send to run a polling station here? There is nobody from the "
            "government left. Even the township administrator ran away,", None),
        (I, "Ko Zaw Lin Htet", "the by-elections were aimed mainly at an international audience", None),
        (D, "Ko Zaw Lin Htet", "The regime wants to show that the parliament is complete, so that its neighbours can "
            "keep doing business with it. Inside the country, nobody is fooled,", None),
        (I, "local rescue groups", "Fighting has continued across much of Sagaing Region in recent weeks, with at "
            "least 14 civilians killed in junta airstrikes on villages in Kawlin and Wuntho townships since "
            "mid-November", None),
    ],
    "actors": [
        actor("Union Election Commission", "government", title="junta-appointed election commission",
              affiliation="Myanmar", aliases=["Union Election Commission", "UEC"], stance=1),
        actor("U Tun Tun Win", "person", title="UEC member", affiliation="Union Election Commission",
              aliases=["U Tun Tun Win", "Tun Tun Win"], stance=1),
        actor("National Unity Government", "government", title="shadow government", affiliation="Myanmar",
              aliases=["National Unity Government", "NUG"], stance=-1),
        actor("Daw Su Myat Mon", "person", title="NUG spokesperson", affiliation="National Unity Government",
              aliases=["Daw Su Myat Mon", "Su Myat Mon"], stance=-1),
        actor("The military", "government", title="junta", affiliation="Myanmar", aliases=["The military"],
              stance=1),
        actor("A resident of Kawlin", "person", title="anonymous resident", aliases=["A resident of Kawlin"],
              stance=-1),
        actor("Ko Zaw Lin Htet", "person", title="Chiang Mai-based election researcher",
              aliases=["Ko Zaw Lin Htet", "Zaw Lin Htet"], stance=-1),
        actor("local rescue groups", "group", title="rescue groups", aliases=["local rescue groups"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Marlborough Express (New Zealand, Stuff) courts (a vineyard company fined after a seasonal worker's
#    arm is crushed), headline without speech, byline and "10:44, Dec 04 2026" lines, curly quotes and
#    apostrophes. Content before "according to the WorkSafe summary of facts"; judge "said the guard ... had
#    been removed "..." before the accident, and that B" (partial plus indirect), quote with "the judge
#    said", "She said A and had B, which she took into account ..." (one span, the relative clause is the
#    writer's); victim impact statement "Fifita said A, and could no longer ..." (one span), quote with "he
#    said in the statement"; defence lawyer "said the company was "..." and that B" (partial plus indirect);
#    WorkSafe manager "said in a statement ... that A", quote with "Kemp said"; director "said A", "He said it
#    had "...", and that B" (partial plus indirect), quote with "Wheeler said". Not annotated: the charge, the
#    fine and the maximum penalty, the RSE scheme.
ARTICLES[f"{BATCH}/wairau-vineyard-mulcher-fine.gold.json"] = {
    "article": f"{BATCH}/wairau-vineyard-mulcher-fine.txt",
    "target": "Wairau Valley Vineyards",
    "quotes": [
        (I, "WorkSafe", "Tevita Fifita, 29, was clearing prunings from the mulcher\u2019s intake at a vineyard near "
            "Renwick in August 2025 when his sleeve caught and his right arm was drawn into the machine", None),
        (P, "Rebecca Halloran", "months, if not years", None),
        (I, "Rebecca Halloran", "no one at the company had noticed", None),
        (D, "Rebecca Halloran", "This was an obvious hazard, and the fix was simple and cheap. A guard costing a few "
            "hundred dollars would have prevented a life-changing injury,", None),
        (I, "Rebecca Halloran", "the company had since spent more than $60,000 on new machinery and training and had "
            "co-operated fully with the investigation", None),
        (I, "Tevita Fifita", "he had come to New Zealand to support his wife and three children, and could no longer "
            "do the farm work he had done all his life", None),
        (D, "Tevita Fifita", "My children ask me when I will carry them again. I do not know what to tell them,", None),
        (P, "Mark Glover", "deeply sorry", None),
        (I, "Mark Glover", "its directors had visited Fifita in hospital several times", None),
        (I, "Steve Kemp", "machinery guarding remained one of the most common failures inspectors found in the "
            "horticulture sector", None),
        (D, "Steve Kemp", "Every season we see the same thing. Guards come off to clear a blockage and they never go "
            "back on,", None),
        (I, "Dean Wheeler", "the company accepted the sentence", None),
        (P, "Dean Wheeler", "always taken safety seriously", None),
        (I, "Dean Wheeler", "guards had now been fitted to every machine the company owns", None),
        (D, "Dean Wheeler", "We let Tevita down, and we will live with that. Nothing we do now changes what happened to "
            "him,", None),
    ],
    "actors": [
        actor("WorkSafe", "government", title="health and safety regulator", affiliation="New Zealand",
              aliases=["WorkSafe"], stance=None),
        actor("Rebecca Halloran", "person", title="Judge", affiliation="Blenheim District Court",
              aliases=["Rebecca Halloran", "Halloran"], stance=-1),
        actor("Tevita Fifita", "person", title="seasonal worker", aliases=["Tevita Fifita", "Fifita"], stance=None),
        actor("Mark Glover", "person", title="Defence lawyer", affiliation="Wairau Valley Vineyards",
              aliases=["Mark Glover", "Glover"], stance=1),
        actor("Steve Kemp", "person", title="area investigation manager", affiliation="WorkSafe",
              aliases=["Steve Kemp", "Kemp"], stance=-1),
        actor("Dean Wheeler", "person", title="Company director", affiliation="Wairau Valley Vineyards",
              aliases=["Dean Wheeler", "Wheeler"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
