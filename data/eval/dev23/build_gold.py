"""Build the dev23 gold files (data/eval/dev23/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev23/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev23.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Financial Times central bank decision (Reserve Bank of New Zealand), curly ‘ ’ in the
#    headline and “ ” in the body, ’ apostrophes, "per cent", full stops outside fragment quotes,
#    two-name byline line, standfirst without speech. Headline fragment ‘fragile’ -> the bank (the
#    entity the headline names; the lede repeats the word as a separate partial, `warned that
#    ... remained “fragile”`: partial only). Bank statement `said A, and that B “...” ...`
#    (indirect for A, partial only for B), then `the statement said` (direct). Scare “neutral”
#    in the writer's sentence. Governor `told reporters ... that A “...” and that B` (partial
#    plus indirect), two stretches `she said`, `Asked whether ...` (not annotated) then `was
#    unapologetic: “...”` (colon, direct). Finance minister `said ... “...” and insisted B`
#    (partial plus indirect). Economist named after a long quote (`said X, chief economist at
#    ..., who ...`). `Economists at Tasman Bank wrote in a note to clients that A “...” ..., and
#    that B` (partial plus indirect). `argued that` then `he said`. Opposition spokesperson
#    `wrote on X that the cut was “cold comfort” for ...` (partial only). The Reuters-poll
#    sentence (`had expected`) and `Economists were split` are not speech.
ARTICLES["data/eval/dev23/rbnz-half-point-cut.gold.json"] = {
    "article": "data/eval/dev23/rbnz-half-point-cut.txt",
    "target": "Reserve Bank of New Zealand",
    "quotes": [
        (P, "Reserve Bank of New Zealand", "fragile", "\u2018fragile\u2019"),
        (P, "Reserve Bank of New Zealand", "fragile", "remained \u201cfragile"),
        (I, "Reserve Bank of New Zealand", "household spending had been weaker than it projected in August", None),
        (P, "Reserve Bank of New Zealand", "somewhat higher", None),
        (D, "Reserve Bank of New Zealand", "The committee agreed that a larger step now would reduce the risk of "
            "inflation settling persistently below the 2 per cent target midpoint,", None),
        (S, None, "neutral", None),
        (P, "Catriona Mead", "by consensus", None),
        (I, "Catriona Mead", "further cuts were likely if the economy evolved as the bank expected", None),
        (D, "Catriona Mead", "We would rather be accused of moving a little early than be explaining in a "
            "year\u2019s time why we moved too late,", None),
        (D, "Catriona Mead", "The labour market is telling us something, and we are listening.", None),
        (D, "Catriona Mead", "No. Inflation was still above 4 per cent. I don\u2019t think anyone would have thanked "
            "us for cutting into that.", None),
        (P, "Ruth Kereama", "welcome news for mortgage holders", None),
        (I, "Ruth Kereama", "the government\u2019s spending restraint had given the bank room to move", None),
        (D, "Aroha Tane", "This is the bank admitting it was behind the curve. It held rates at 5.5 per cent for "
            "far too long while the economy was quietly falling over, and now it is scrambling to catch up,",
            None),
        (P, "Economists at Tasman Bank", "left the door wide open", None),
        (I, "Economists at Tasman Bank", "the cash rate could fall to 3 per cent by the middle of next year", None),
        (I, "Daniel Whitcombe", "the bigger cut risked reigniting a housing market that had only just begun to "
            "stabilise", None),
        (D, "Daniel Whitcombe", "Half a point sends a signal to every buyer in Auckland that cheap money is coming "
            "back. I am not sure that is the signal you want to send when core inflation is still sitting at 3 "
            "per cent,", None),
        (P, "Mereana Pohatu", "cold comfort", None),
    ],
    "actors": [
        actor("Reserve Bank of New Zealand", "organisation", title="central bank of New Zealand",
              aliases=["Reserve Bank of New Zealand", "RBNZ", "New Zealand central bank", "the central bank",
                       "the bank"], stance=1),
        actor("Catriona Mead", "person", title="governor", affiliation="Reserve Bank of New Zealand",
              aliases=["Catriona Mead", "Mead"], stance=1),
        actor("Ruth Kereama", "person", title="finance minister", affiliation="New Zealand government",
              aliases=["Ruth Kereama", "Kereama"], stance=1),
        actor("Aroha Tane", "person", title="chief economist", affiliation="Harbourside Securities (Auckland)",
              aliases=["Aroha Tane", "Tane"], stance=-1),
        actor("Economists at Tasman Bank", "group", title="bank economists (note to clients)",
              affiliation="Tasman Bank", aliases=["Economists at Tasman Bank"], stance=0),
        actor("Daniel Whitcombe", "person", title="economist, former RBNZ adviser",
              affiliation="University of Otago", aliases=["Daniel Whitcombe", "Whitcombe"], stance=-1),
        actor("Mereana Pohatu", "person", title="finance spokesperson", affiliation="Labour Party (opposition)",
              aliases=["Mereana Pohatu", "Pohatu"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. News24 (South Africa) municipal services, straight " in the body and straight single
#    '...' in the headline, straight apostrophes (it's, husband's, Eskom's, DA's), `40 000`,
#    `R300`, byline/outlet/date lines. Headline `'We buy water like it's petrol': Thaba Sizwe
#    residents ...`: a full clause attributed by the colon to the group the headline names
#    (direct, residents; as dev18's `Name: '...'`), although the body gives the words to
#    Thandeka Mokoena (`said X, 58, who ...`; a separate direct entry). Lede `Residents ... say
#    A and B` (group, one span); municipality `said A and that B` (one span); scare
#    "water-shedding" (the writer's gloss follows); `But residents said ...`. `said in isiZulu
#    that A "..." and that B` (partial plus indirect); `he said`. Spokesperson `told News24 A and
#    would be installed "..."` (indirect for A, partial only for the second clause); her quote
#    continues in a quote-only paragraph (direct). `Eskom denied that A` (indirect without
#    `that`), `the power utility said B`. `said both pumps had been flagged as "critical" ...,
#    a report News24 has seen` (partial only). Mayor `told residents ... that`; a woman's shouted
#    question (direct) and `Sithole replied` (direct).
ARTICLES["data/eval/dev23/thaba-sizwe-water-outage.gold.json"] = {
    "article": "data/eval/dev23/thaba-sizwe-water-outage.txt",
    "target": "Kgotso Local Municipality",
    "quotes": [
        (D, "residents", "We buy water like it's petrol", "'We buy water"),
        (I, "residents", "they have been without running water for 19 days and are spending up to R300 a week "
            "buying it from private tankers", None),
        (I, "Kgotso Local Municipality", "two pumps at the Vaalbank pump station had been damaged by a power surge "
            "during load reduction and that replacement parts were on order", None),
        (S, None, "water-shedding", None),
        (I, "residents", "this was the first time the taps had stayed dry for weeks", None),
        (D, "Thandeka Mokoena", "We buy water like it's petrol now. My husband's pension goes on water and "
            "electricity, and then there is nothing left for food,", None),
        (P, "Sibusiso Nkabinde", "tired of promises", None),
        (I, "Sibusiso Nkabinde", "many had stopped going to ward meetings", None),
        (D, "Sibusiso Nkabinde", "They come with their bakkies and their bodyguards, they take photos at the tap, "
            "and then they go,", None),
        (I, "Lerato Mashaba", "the first replacement pump had arrived on Sunday", None),
        (P, "Lerato Mashaba", "within 72 hours", None),
        (D, "Lerato Mashaba", "We understand the frustration of the community. Our teams have been working "
            "around the clock, and we have deployed eight water tankers to the affected wards,", None),
        (D, "Lerato Mashaba", "But the municipality cannot control power surges on Eskom's network.", None),
        (I, "Eskom", "its network was to blame", None),
        (I, "Eskom", "its records showed no abnormal voltage events on the lines feeding Vaalbank in the past "
            "month", None),
        (P, "Marius van Heerden", "critical", None),
        (D, "Marius van Heerden", "This was not an act of God. It was an act of neglect,", None),
        (I, "Nomsa Sithole", "she had asked the provincial government for emergency funding to replace all four "
            "pumps at Vaalbank", None),
        (D, "woman", "When will we have water?", None),
        (D, "Nomsa Sithole", "Before the end of this week. I give you my word,", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of Thaba Sizwe, Mpumalanga",
              aliases=["residents", "Residents", "Thaba Sizwe residents"], stance=-1),
        actor("Kgotso Local Municipality", "government", title="local municipality (Mpumalanga)",
              aliases=["Kgotso Local Municipality", "the municipality"], stance=1),
        actor("Thandeka Mokoena", "person", title="resident (58)", affiliation="Thaba Sizwe",
              aliases=["Thandeka Mokoena", "Mokoena"], stance=-1),
        actor("Sibusiso Nkabinde", "person", title="resident (34)", affiliation="Thaba Sizwe",
              aliases=["Sibusiso Nkabinde", "Nkabinde"], stance=-1),
        actor("Lerato Mashaba", "person", title="municipal spokesperson", affiliation="Kgotso Local Municipality",
              aliases=["Lerato Mashaba", "Mashaba"], stance=1),
        actor("Eskom", "organisation", title="state power utility",
              aliases=["Eskom", "the power utility"], stance=-1),
        actor("Marius van Heerden", "person", title="DA caucus leader in the council",
              affiliation="Democratic Alliance", aliases=["Marius van Heerden", "van Heerden"], stance=-1),
        actor("Nomsa Sithole", "person", title="executive mayor", affiliation="Kgotso Local Municipality",
              aliases=["Nomsa Sithole", "Sithole"], stance=1),
        actor("woman", "person", title="resident at the community hall meeting", aliases=["woman"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AP Supreme Court argument report, `By NAME Associated Press` byline, dateline `WASHINGTON
#    (AP) —`, straight " and apostrophes (customers', It's, company's, I'd), American punctuation
#    inside closing marks. Statute wording in quotes is a scare quote (nobody in the article is
#    said to say it). `Parcelway ... argues that A` (present tense, company actor). Company
#    lawyer `told the justices that the exemption was written for "..."` (partial only); justice
#    `"...?" Castellano asked.` (direct); `Allard replied that ... "...," and that B` (partial plus
#    indirect). `"...," he asked Deborah Lin` (Hume, the subject of the sentence before). `Lin
#    said A, while B` (one span), `she said`. Chief justice `pressed both lawyers on how ...`
#    (reported question, not annotated), then `he said`. Government lawyer: `argued on behalf of
#    ...` (no content), `She told the court that` (indirect). Three-turn exchange alternating
#    she/he/she (Castellano, Allard, Castellano). Driver `said` then `he said`; company
#    statement `said A "..." ... and that B` (partial plus indirect).
ARTICLES["data/eval/dev23/parcelway-drivers-supreme-court.gold.json"] = {
    "article": "data/eval/dev23/parcelway-drivers-supreme-court.txt",
    "target": "Parcelway",
    "quotes": [
        (S, None, "workers engaged in foreign or interstate commerce", None),
        (I, "Parcelway", "its drivers, who pick up packages at local warehouses and never cross a state line, are "
            "not covered by the exemption and must bring any wage claims one at a time in arbitration", None),
        (P, "Gregory Allard", "the people who move goods across the country, not the person who carries a box up "
            "the front steps.", None),
        (D, "Miriam Castellano", "But the box came from a warehouse in Tennessee. It's still moving. Why does the "
            "journey stop counting when it's loaded into a van in Dayton?", None),
        (P, "Gregory Allard", "ends at the warehouse door,", None),
        (I, "Gregory Allard", "what happened afterward was a local delivery like any other", None),
        (D, "Bradley Hume", "If we take your friend's view, where does it end? The pizza driver? The florist?",
            None),
        (I, "Deborah Lin", "the florist and the pizza driver sell something made down the street, while her "
            "clients finish a journey that began in another state", None),
        (D, "Deborah Lin", "The package doesn't know it has crossed a state line. The law cares that it did,",
            None),
        (D, "Thomas Avery", "Is it the last mile? The last 10 miles? I'd like a rule that a district judge can "
            "actually apply,", None),
        (I, "Rachel Osei", "its own precedents had already held that workers need not cross state lines "
            "themselves to fall within the exemption", None),
        (D, "Miriam Castellano", "So a driver who has never left Ohio is outside the exemption, but the warehouse "
            "worker who unloads the truck from Tennessee is inside it?", None),
        (D, "Gregory Allard", "That is the line the text draws,", None),
        (D, "Miriam Castellano", "It's a line that seems to run through the middle of the same package,", None),
        (I, "Andre Whitlock", "he had been shorted about $2,300 in overtime pay in 2023 alone", None),
        (D, "Andre Whitlock", "I don't want a secret room. I want a courtroom,", None),
        (P, "Parcelway", "faster and fairer", None),
        (I, "Parcelway", "it paid above the local market rate in every city where it operates", None),
    ],
    "actors": [
        actor("Parcelway", "organisation", title="delivery company (Columbus, Ohio)",
              aliases=["Parcelway", "Parcelway Inc.", "the company"], stance=1),
        actor("Gregory Allard", "person", title="lawyer", affiliation="Parcelway",
              aliases=["Gregory Allard", "Allard"], stance=1),
        actor("Miriam Castellano", "person", title="Supreme Court justice", affiliation="U.S. Supreme Court",
              aliases=["Miriam Castellano", "Castellano"], stance=-1),
        actor("Bradley Hume", "person", title="Supreme Court justice", affiliation="U.S. Supreme Court",
              aliases=["Bradley Hume", "Hume"], stance=1),
        actor("Deborah Lin", "person", title="lawyer for the drivers", aliases=["Deborah Lin", "Lin"], stance=-1),
        actor("Thomas Avery", "person", title="chief justice", affiliation="U.S. Supreme Court",
              aliases=["Thomas Avery", "Avery"], stance=0),
        actor("Rachel Osei", "person", title="assistant to the solicitor general",
              affiliation="U.S. federal government", aliases=["Rachel Osei", "Osei"], stance=-1),
        actor("Andre Whitlock", "person", title="Parcelway driver (41), Dayton", affiliation="Parcelway",
              aliases=["Andre Whitlock", "Whitlock"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Variety-style entertainment news, Title Case headline without speech, byline, curly “ ”
#    and ’ apostrophes, American punctuation inside closing marks. Lede content before `her
#    publicist said Thursday` (the publicist is named in the next paragraph: Dana Ferris). Split
#    statement `“...,” Harrow’s publicist, Dana Ferris, said in a statement to Variety. “...”`.
#    Instagram post introduced by `writing beneath ...: “` runs over two paragraphs (the first
#    ends without a closing mark, after a nested ‘...’ that is not annotated). Promoter `said A,
#    and that B “...”` (indirect for A, partial only for B). Album title “Paper Saints,” in the
#    writer's sentence is a scare quote. Fan named after her quote (`said X, 22, who ...`);
#    anonymous `one user wrote on X` (direct). `Ferris told Variety that A, and that Harrow had
#    “...”` (indirect plus partial). Ex-bandmate `“...,” Lang wrote in an Instagram story`.
#    Anonymous source `who was not authorized to speak publicly, said` (indirect). Expert `said
#    A “...,” and that B` (partial plus indirect). Passive `she was quoted as saying that ...
#    “...”` (partial only). `did not respond to a request for comment`, `questioned the timing`
#    and `The criticism was sharpened by` are not annotated.
ARTICLES["data/eval/dev23/nell-harrow-tour-cancelled.gold.json"] = {
    "article": "data/eval/dev23/nell-harrow-tour-cancelled.txt",
    "target": "Nell Harrow",
    "quotes": [
        (I, "Dana Ferris", "Nell Harrow has canceled the remaining 14 dates of her North American arena tour",
            None),
        (D, "Dana Ferris", "Nell has been diagnosed with a vocal cord hemorrhage and has been ordered by her doctors "
            "to complete vocal rest for a minimum of six weeks,", None),
        (D, "Dana Ferris", "She is heartbroken. This was not a decision she made lightly.", None),
        (D, "Nell Harrow", "I have never canceled a show in my life. I sang through food poisoning in Glasgow and "
            "a fever in Houston. This time my doctor looked at the scope and said, \u2018If you sing tomorrow, "
            "you might not sing again.\u2019", None),
        (D, "Nell Harrow", "I\u2019m so sorry to everyone who booked flights and hotels and took time off work. I "
            "will make this right.", None),
        (I, "Brightstage Live", "all tickets would be refunded automatically at the point of purchase", None),
        (P, "Brightstage Live", "when Nell\u2019s doctors give the all-clear.", None),
        (S, None, "Paper Saints,", None),
        (D, "Kayleigh Dunne", "I drove nine hours from Albuquerque with my little sister. We found out from a "
            "TikTok, not from her,", None),
        (D, "one user", "Vocal rest starts after the open bar, apparently,", None),
        (I, "Dana Ferris", "the wedding clip was filmed on March 2, nine days before the hemorrhage was diagnosed",
            None),
        (P, "Dana Ferris", "done nothing wrong except get sick.", None),
        (D, "Theo Lang", "Funny how the voice always goes when the ticket sales do,", None),
        (I, "person familiar with the tour\u2019s finances", "the remaining dates were more than 90% sold", None),
        (P, "Helena Voss", "not something you can push through,", None),
        (I, "Helena Voss", "six weeks of silence was a standard prescription", None),
        (P, "Nell Harrow", "breaking a promise to a stranger.", None),
    ],
    "actors": [
        actor("Dana Ferris", "person", title="publicist", affiliation="Nell Harrow",
              aliases=["Dana Ferris", "Ferris"], stance=1),
        actor("Nell Harrow", "person", title="singer (29)", aliases=["Nell Harrow", "Harrow", "Nell"], stance=1),
        actor("Brightstage Live", "organisation", title="tour promoter", aliases=["Brightstage Live"], stance=0),
        actor("Kayleigh Dunne", "person", title="fan (22), Albuquerque", aliases=["Kayleigh Dunne", "Dunne"],
              stance=-1),
        actor("one user", "person", title="anonymous user on X", aliases=["one user"], stance=-1),
        actor("Theo Lang", "person", title="guitarist, Harrow's former bandmate", affiliation="the Lantern Kids",
              aliases=["Theo Lang", "Lang"], stance=-1),
        actor("person familiar with the tour\u2019s finances", "person", title="anonymous source",
              aliases=["person familiar with the tour\u2019s finances"], stance=1),
        actor("Helena Voss", "person", title="laryngologist (Nashville)", aliases=["Helena Voss", "Voss"],
              stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
