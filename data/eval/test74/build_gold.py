"""Build the test74 gold files (data/eval/test74/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test74/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test74.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test74"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. NEWS.am (Armenia, English) diplomacy/security (Armenia asks Russia to withdraw its border guards from the
#    Agarak checkpoint), headline "Russian MFA: ..." with a colon attribution and no quote marks (not
#    annotated), "12:47, 05.12.2026", "Region:" and "Theme:" lines, dateline "YEREVAN. –", straight quotes,
#    British punctuation outside closing marks, translated cues ("stressed", "noted", "the commentary reads").
#    Lede content before "Deputy Foreign Minister ... told reporters"; "According to him, A, and B" (one span);
#    "Tumanyan stressed"; ministry "responded in a commentary ..., saying that ... had ensured "..." of ..."
#    (partial only); "the commentary reads"; "The ministry noted that A but warned that ... "..." ..." (an
#    indirect plus a partial); ambassador "told TASS that ... would continue ... "..." with ..." (partial only);
#    scare so-called "Zangezur corridor"; opposition MP "said the government was "..." on a border that was
#    "..."" (two partials), "Ghazaryan asked"; ruling-party MP "said the opposition was "..."" (partial only);
#    resident known by first name only "told NEWS.am that ... had "..." but that B" (partial plus indirect);
#    Iranian embassy "said A"; analyst "believes" (not a cue), "According to Melkonyan, A".
ARTICLES[f"{BATCH}/agarak-border-guards-withdrawal.gold.json"] = {
    "article": f"{BATCH}/agarak-border-guards-withdrawal.txt",
    "target": "Russia",
    "quotes": [
        (I, "Narek Tumanyan", "Armenia has officially asked Russia to withdraw its border guards from the Agarak "
            "checkpoint on the Armenian-Iranian border by 1 March 2027", None),
        (I, "Narek Tumanyan", "a note to this effect was handed to the Russian side on December 3, and the checkpoint "
            "will from then on be operated by the Border Guard Troops of Armenia's National Security Service", None),
        (D, "Narek Tumanyan", "This is not a step against anyone. Armenia is a sovereign state and is capable of "
            "guarding its own borders, as it already does at Zvartnots airport and on the border with Georgia,", None),
        (P, "Russian Foreign Ministry", "the reliable protection", None),
        (D, "Russian Foreign Ministry", "We regard such decisions as a consequence of the pressure being exerted on "
            "Yerevan by Western capitals, which are seeking to push Russia out of the South Caucasus,", None),
        (I, "Russian Foreign Ministry", "the final decision rested with Armenia", None),
        (P, "Russian Foreign Ministry", "will not strengthen", "\"will not strengthen\""),
        (P, "Alexei Verkhovsky", "in full accordance", None),
        (S, None, "Zangezur corridor", None),
        (P, "Artur Ghazaryan", "playing with fire", None),
        (P, "Artur Ghazaryan", "Armenia's lifeline to Iran", None),
        (D, "Artur Ghazaryan", "Who will guarantee the security of Syunik tomorrow? Brussels? Washington?", None),
        (P, "Gohar Arzumanyan", "repeating Moscow's talking points", None),
        (P, "Vardan", "never bothered anyone", None),
        (I, "Vardan", "he would trust Armenian border guards just as much", None),
        (I, "Iranian Embassy in Yerevan", "it respected Armenia's sovereign decisions concerning its borders", None),
        (I, "Hayk Melkonyan", "Russia is unlikely to resist the withdrawal openly, just as it did not resist at "
            "Zvartnots in 2024", None),
    ],
    "actors": [
        actor("Narek Tumanyan", "person", title="Deputy Foreign Minister of Armenia", affiliation="Armenia",
              aliases=["Narek Tumanyan", "Tumanyan"], stance=0),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry", "ministry", "Russian MFA"], stance=1),
        actor("Alexei Verkhovsky", "person", title="Russian Ambassador to Armenia", affiliation="Russia",
              aliases=["Alexei Verkhovsky", "Verkhovsky"], stance=1),
        actor("Artur Ghazaryan", "person", title="MP", affiliation="Hayastan faction",
              aliases=["Artur Ghazaryan", "Ghazaryan"], stance=1),
        actor("Gohar Arzumanyan", "person", title="MP", affiliation="Civil Contract",
              aliases=["Gohar Arzumanyan", "Arzumanyan"], stance=-1),
        actor("Vardan", "person", title="guesthouse owner", affiliation="Meghri", aliases=["Vardan"], stance=0),
        actor("Iranian Embassy in Yerevan", "government", title="embassy", affiliation="Iran",
              aliases=["Iranian Embassy in Yerevan"], stance=None),
        actor("Hayk Melkonyan", "person", title="head", affiliation="Caucasus Policy Lab",
              aliases=["Hayk Melkonyan", "Melkonyan"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Retail Week trade press (a discount grocer rolls out facial recognition cameras), headline without speech,
#    byline and date lines, subhead without speech, straight quotes, British punctuation outside closing marks,
#    "£41m". Lede without a cue; chain "said A"; CEO "said A", "Rao said", a quote-only paragraph closed by "he
#    added"; "Retail Week understands A" (the outlet's own reporting, not annotated); scare "Protect Our People"
#    pledge; "Fieldhouse said A and that B"; group "described the plans as "..." and said Fieldhouse was "..."" (two
#    partials); union "said it supported "..." but called for ..." (partial; directive not annotated); ICO "said
#    retailers ... must be able to show it is "..." and that it would be "..."" (two partials); analyst "said A",
#    "she said"; anonymous rival executive "told Retail Week that ... were watching ... "..." before ..." (partial
#    only).
ARTICLES[f"{BATCH}/fieldhouse-facial-recognition-rollout.gold.json"] = {
    "article": f"{BATCH}/fieldhouse-facial-recognition-rollout.txt",
    "target": "Fieldhouse",
    "quotes": [
        (I, "Fieldhouse", "the rollout would focus on city-centre shops where theft and violence against staff had risen "
            "most sharply", None),
        (I, "Sanjay Rao", "shoplifting had cost the business \u00a341m in the year to September, up 38% on the previous "
            "year", None),
        (D, "Sanjay Rao", "Our colleagues are being threatened, spat at and assaulted for doing their jobs. I am not "
            "prepared to stand by while that happens,", None),
        (D, "Sanjay Rao", "We have been open about what we are doing and why. Images of people who are not on a "
            "watchlist are deleted instantly,", None),
        (S, None, "Protect Our People", None),
        (I, "Fieldhouse", "stores using the cameras would display signs at every entrance and that customers could "
            "request any data held about them", None),
        (P, "Big Brother Watch", "Orwellian", None),
        (P, "Big Brother Watch", "turning its customers into suspects", None),
        (P, "Usdaw", "any measure that keeps our members safe", None),
        (P, "Information Commissioner's Office", "necessary and proportionate", None),
        (P, "Information Commissioner's Office", "watching closely", None),
        (I, "Kate Ashworth", "the move was a gamble with Fieldhouse's reputation among younger shoppers", None),
        (D, "Kate Ashworth", "Fieldhouse has built its brand on being the friendly discounter. This sits awkwardly with "
            "that,", None),
        (P, "A senior executive at a rival grocer", "very carefully", None),
    ],
    "actors": [
        actor("Fieldhouse", "organisation", title="discount grocer", aliases=["Fieldhouse"], stance=1),
        actor("Sanjay Rao", "person", title="Chief executive", affiliation="Fieldhouse",
              aliases=["Sanjay Rao", "Rao"], stance=1),
        actor("Big Brother Watch", "organisation", title="civil liberties group", aliases=["Big Brother Watch"],
              stance=-1),
        actor("Usdaw", "organisation", title="shopworkers' union", aliases=["Usdaw"], stance=1),
        actor("Information Commissioner's Office", "government", title="data protection regulator",
              aliases=["Information Commissioner's Office"], stance=0),
        actor("Kate Ashworth", "person", title="retail analyst", affiliation="Pennine Retail Insight",
              aliases=["Kate Ashworth", "Ashworth"], stance=-1),
        actor("A senior executive at a rival grocer", "person", title="anonymous rival executive",
              aliases=["A senior executive at a rival grocer"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kent Messenger (KentOnline) local politics by a Local Democracy Reporter (a council leader survives a
#    no-confidence vote), headline without speech, "by Local Democracy Reporter ..." and "07:00, 04 December
#    2026" lines, straight quotes, British punctuation outside closing marks, "Cllr", party tags "(Ind)",
#    "Read more:" line (not annotated); the target's surname is a common word that is also a council term
#    (Ward). Motion "accused him of "..."" (partial for the Conservative group that tabled it); group leader
#    "told the chamber: "..."", "She said A but that B" (one span); leader "said he "..." for ... but insisted A"
#    (partial plus indirect), "he said"; scare so-called "Sheppey premium" (passive, no speaker); deputy leader
#    named after the quote; Green leader "said her group abstained because "..." had ..." (partial only);
#    campaigner "said residents "..."" (partial only), "he said"; council spokesman "said A"; "told KentOnline he
#    was "..." and that B" (partial plus indirect).
ARTICLES[f"{BATCH}/swale-leader-no-confidence-vote.gold.json"] = {
    "article": f"{BATCH}/swale-leader-no-confidence-vote.txt",
    "target": "Richard Ward",
    "quotes": [
        (P, "Conservative group", "failing to get a grip", None),
        (D, "Lorraine Hopkins", "This is not about personalities. It is about a leader who was warned, repeatedly, and "
            "chose not to listen.", None),
        (I, "Lorraine Hopkins", "councillors had first been told about cost pressures in February but that the cabinet "
            "did not report them publicly until September", None),
        (P, "Richard Ward", "took full responsibility", None),
        (I, "Richard Ward", "most of it was due to inflation in construction costs and the discovery of asbestos in the "
            "old building", None),
        (D, "Richard Ward", "Walking away from this project now would cost more, not less. The people of Sheerness have "
            "waited 15 years for a pool, and they will get one,", None),
        (S, None, "Sheppey premium", None),
        (D, "Paula Finch", "Richard has taken more flak for this than anyone. He has also done more than anyone to fix "
            "it,", None),
        (P, "Hannah Frost", "neither side", None),
        (P, "Gary Pitts", "just want a pool", None),
        (D, "Gary Pitts", "We've heard promises from every leader for 15 years. Richard Ward is the first one to actually "
            "put spades in the ground,", None),
        (I, "Swale Borough Council", "the revised budget would be considered by the cabinet on December 16", None),
        (P, "Richard Ward", "relieved", None),
        (I, "Richard Ward", "he would meet the Conservative group to go through the project's finances line by line",
            None),
    ],
    "actors": [
        actor("Conservative group", "group", title="opposition group", affiliation="Swale Borough Council",
              aliases=["Conservative group"], stance=-1),
        actor("Lorraine Hopkins", "person", title="Conservative group leader", affiliation="Swale Borough Council",
              aliases=["Lorraine Hopkins", "Hopkins", "Cllr Lorraine Hopkins"], stance=-1),
        actor("Richard Ward", "person", title="council leader", affiliation="Swale Borough Council",
              aliases=["Richard Ward", "Ward", "Cllr Richard Ward", "Cllr Ward"], stance=1),
        actor("Paula Finch", "person", title="deputy leader", affiliation="Swale Borough Council",
              aliases=["Paula Finch", "Finch", "Cllr Paula Finch"], stance=1),
        actor("Hannah Frost", "person", title="Green group leader", affiliation="Swale Borough Council",
              aliases=["Hannah Frost", "Frost", "Cllr Hannah Frost"], stance=0),
        actor("Gary Pitts", "person", title="chairman", affiliation="Sheppey Pool Campaign",
              aliases=["Gary Pitts", "Pitts"], stance=1),
        actor("Swale Borough Council", "government", title="borough council", aliases=["Swale Borough Council"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Bucks Free Press local news/climate (homes flood after a council postponed culvert repairs), headline
#    "... as council admits ..." without quote marks (not annotated), byline and "Wednesday 2 December 2026
#    5:00 pm" lines, straight quotes and apostrophes (I'm), British punctuation outside closing marks, spaced en
#    dash; a word-like surname (Fairweather). Lede "– and residents say A" (present-tense group); "The council
#    confirmed on Monday that A"; cabinet member "said the council was "..." for ..." (partial only), "he
#    said", "He said A and that B" (one span); resident "said A", "she said"; EA spokesperson "said A";
#    association chairman "said the council had "..."" (partial only), "he said"; scare so-called "hundred-year
#    flood"; society "said the Wye had been "..." by ..." (partial only); opposition leader "said the delay was
#    "..." and called for ..." (partial; directive not annotated).
ARTICLES[f"{BATCH}/wycombe-culvert-flooding-council.gold.json"] = {
    "article": f"{BATCH}/wycombe-culvert-flooding-council.txt",
    "target": "Buckinghamshire Council",
    "quotes": [
        (I, "residents", "they warned Buckinghamshire Council about it for years", None),
        (I, "Buckinghamshire Council", "a \u00a32.1m scheme to repair the culvert under Desborough Road, approved in "
            "2024, had been postponed twice because of funding pressures", None),
        (P, "Derek Fairweather", "deeply sorry", None),
        (D, "Derek Fairweather", "With hindsight, we should have found the money sooner. I'm not going to stand here and "
            "pretend otherwise,", None),
        (I, "Derek Fairweather", "the repair would now begin in January and that the council had spent \u00a39m on "
            "flood defences across the county since 2022", None),
        (I, "Mandeep Sandhu", "she had emailed the council about the culvert four times since 2023", None),
        (D, "Mandeep Sandhu", "Every time, I got the same reply. Well, now my kitchen is in a skip,", None),
        (I, "Environment Agency", "river levels on the Wye had reached their highest point since records began in 1972",
            None),
        (P, "Brian Lacey", "gambled with people's homes and lost", None),
        (D, "Brian Lacey", "We were told there was no money. There was money for everything else,", None),
        (S, None, "hundred-year flood", None),
        (P, "Chiltern Society", "neglected for decades", None),
        (P, "Sophie Wilkes", "a scandal", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of the flooded streets", affiliation="High Wycombe",
              aliases=["residents"], stance=-1),
        actor("Buckinghamshire Council", "government", title="unitary council",
              aliases=["Buckinghamshire Council", "council"], stance=0),
        actor("Derek Fairweather", "person", title="cabinet member for climate change and environment",
              affiliation="Buckinghamshire Council",
              aliases=["Derek Fairweather", "Fairweather", "Cllr Derek Fairweather"], stance=0),
        actor("Mandeep Sandhu", "person", title="resident", affiliation="High Wycombe",
              aliases=["Mandeep Sandhu", "Sandhu"], stance=-1),
        actor("Environment Agency", "government", title="environment regulator", aliases=["Environment Agency"],
              stance=None),
        actor("Brian Lacey", "person", title="chairman", affiliation="Desborough Residents' Association",
              aliases=["Brian Lacey", "Lacey"], stance=-1),
        actor("Chiltern Society", "organisation", title="conservation charity", aliases=["Chiltern Society"],
              stance=-1),
        actor("Sophie Wilkes", "person", title="Liberal Democrat group leader", affiliation="Buckinghamshire Council",
              aliases=["Sophie Wilkes", "Wilkes", "Cllr Sophie Wilkes"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
