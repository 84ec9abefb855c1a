"""Build the dev130 gold files (data/eval/dev130/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev130/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev130.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev130"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Radio Sweden (a "shadow fleet" tanker detained off Gotland after cable damage), headline without speech,
#    "Published Thursday 10 December 2026 kl 15.41", straight " and apostrophes. Lede content before "the
#    Swedish Coast Guard said"; duty officer "told Radio Sweden that A", "Strand said"; content before
#    "according to the Latvian state company LVRTC, which operates it"; prosecutor Karin Ek "said A", "Ek
#    said"; scare so-called "shadow fleet"; embassy "said in a statement that the detention was "..." and that
#    B" (partial plus indirect); press secretary introduced in the paragraph before, quote with "he said";
#    content before "Ria Novosti reported"; spokeswoman "called the boarding "..." and said Russia would
#    protect "..." in the Baltic" (two partials); minister "said ... the government had "..."", quote with
#    "Söderberg said", Q&A "Asked whether ..., he replied: "...""; opposition Lena Ek (shares the
#    prosecutor's surname, always named in full) "said A and that B", "Lena Ek told Radio Sweden";
#    fisherman named after his quote.
ARTICLES[f"{BATCH}/gotland-tanker-cable-russia.gold.json"] = {
    "article": f"{BATCH}/gotland-tanker-cable-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Swedish Coast Guard", "Investigators boarded the oil tanker Vela Marina early on Thursday morning and "
            "ordered it to anchor outside Slite on the east coast of Gotland", None),
        (I, "Mats Strand", "the tanker's anchor appeared to be missing", None),
        (D, "Mats Strand", "We can see that the port anchor is gone. That is one of the things we want the crew to "
            "explain,", None),
        (I, "LVRTC", "Traffic through the cable has been rerouted and customers in Latvia and Sweden should not notice "
            "any disruption", None),
        (I, "Karin Ek", "it was too early to say whether the damage had been caused deliberately", None),
        (D, "Karin Ek", "We are keeping every possibility open. The ship will stay where it is for as long as we need "
            "it to,", None),
        (S, None, "shadow fleet", None),
        (P, "Russian embassy", "an act of piracy dressed up as an investigation", None),
        (I, "Russian embassy", "the vessel had no connection to the Russian state", None),
        (D, "Dmitry Sokolov", "Every time an anchor drops in the Baltic Sea, Sweden points at Moscow. This is not law "
            "enforcement. It is a campaign,", None),
        (I, "Ria Novosti", "Russia's foreign ministry has summoned Sweden's ambassador in Moscow", None),
        (P, "Yelena Morozova", "a provocation", None),
        (P, "Yelena Morozova", "its economic interests", None),
        (P, "Henrik Söderberg", "full confidence", None),
        (D, "Henrik Söderberg", "I'm not going to speculate about who is behind this. But we know that Russia uses old, "
            "poorly insured tankers to get around sanctions, and we know those ships are a risk to our infrastructure "
            "and to our environment,", None),
        (D, "Henrik Söderberg", "That is a question for the whole EU, not for Sweden alone.", None),
        (I, "Lena Ek", "the government had been too slow to act against the tankers and that the Coast Guard needed "
            "more ships in the area", None),
        (D, "Lena Ek", "Russia is testing us, and so far we have not passed the test,", None),
        (D, "Olle Hägg", "It was lit up like a Christmas tree on Wednesday evening and going nowhere. We thought it had "
            "engine trouble,", None),
    ],
    "actors": [
        actor("Swedish Coast Guard", "government", affiliation="Sweden",
              aliases=["Swedish Coast Guard", "Coast Guard"], stance=None),
        actor("Mats Strand", "person", title="duty officer", affiliation="Swedish Coast Guard",
              aliases=["Mats Strand", "Strand"], stance=None),
        actor("LVRTC", "organisation", title="Latvian state company, cable operator", affiliation="Latvia",
              aliases=["LVRTC"], stance=None),
        actor("Karin Ek", "person", title="prosecutor", affiliation="Swedish Prosecution Authority",
              aliases=["Karin Ek", "Ek"], stance=None),
        actor("Russian embassy", "government", title="embassy in Stockholm", affiliation="Russia",
              aliases=["Russian embassy"], stance=1),
        actor("Dmitry Sokolov", "person", title="press secretary", affiliation="Russian embassy in Stockholm",
              aliases=["Dmitry Sokolov", "Sokolov"], stance=1),
        actor("Ria Novosti", "organisation", title="Russian state news agency", affiliation="Russia",
              aliases=["Ria Novosti"], stance=None),
        actor("Yelena Morozova", "person", title="foreign ministry spokeswoman", affiliation="Russia",
              aliases=["Yelena Morozova", "Morozova"], stance=1),
        actor("Henrik Söderberg", "person", title="Minister for Civil Defence", affiliation="Sweden",
              aliases=["Henrik Söderberg", "Söderberg"], stance=-1),
        actor("Lena Ek", "person", title="defence spokesperson", affiliation="Social Democrats",
              aliases=["Lena Ek"], stance=-1),
        actor("Olle Hägg", "person", title="fisherman", affiliation="Slite", aliases=["Olle Hägg", "Hägg"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Borneo Bulletin (Brunei) health (dengue cases climb, the ministry's fogging response), headline without
#    speech, byline, lede opening in capitals ("THE Ministry of Health"), straight " and apostrophes, Malay
#    names with "bin"/"binti" and honorifics (Dr Hajah, Haji, Yang Berhormat Awang Haji), "BND1,000".
#    Ministry "In a press statement yesterday, the ministry said A and that B" (one indirect); "described the
#    situation as "..."" (partial only); official introduced by a long title chain "said A", quote with "Dr
#    Norhayati said", "She added that A"; village head "said A", "he said"; mother "who wished to be
#    identified only as Siti, said A", "she said"; "According to the MOH, A"; legislative councillor "said he
#    would raise ...", "he said"; "The MOH reminded the public to carry out the "..." ..." (directive, the
#    fragment is a partial). Caption with "PHOTO:" credit not annotated.
ARTICLES[f"{BATCH}/brunei-muara-dengue-moh.gold.json"] = {
    "article": f"{BATCH}/brunei-muara-dengue-moh.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Ministry of Health", "its Environmental Health Services had carried out fogging and larviciding in 38 "
            "villages since October, and that inspection teams had found Aedes larvae in one out of every five premises "
            "visited", None),
        (P, "Ministry of Health", "under control but requiring the vigilance of every household", None),
        (I, "Norhayati binti Haji Kassim", "the rise was linked to the unusually heavy rainfall in October and November",
            None),
        (D, "Norhayati binti Haji Kassim", "Stagnant water in flower pots, old tyres and blocked drains is where the "
            "mosquito breeds. Fogging kills the adult mosquito, but if the breeding sites remain, it will come back "
            "within a week,", None),
        (I, "Norhayati binti Haji Kassim", "the ministry's teams would continue to visit homes on weekends until the end "
            "of January", None),
        (I, "Abdul Ghani bin Haji Osman", "residents had reported standing water at a construction site near the village "
            "as early as August, but fogging only began in mid-October after three cases were confirmed", None),
        (D, "Abdul Ghani bin Haji Osman", "We informed the relevant parties many times. When the fogging truck finally "
            "came, people were already in hospital,", None),
        (I, "Siti", "her youngest son spent five days at the Raja Isteri Pengiran Anak Saleha (RIPAS) Hospital last "
            "month", None),
        (D, "Siti", "The doctors and nurses were very good to us. My complaint is not with them. It is that nobody came "
            "to check our area until it was too late,", None),
        (I, "Ministry of Health", "the construction site in question has since been issued a compound fine of BND1,000 "
            "under the Infectious Diseases Act", None),
        (I, "Rosli bin Haji Daud", "he would raise the matter of enforcement at construction sites during the next "
            "session of the council in March", None),
        (D, "Rosli bin Haji Daud", "The ministry has done a lot, and we should acknowledge that. But the fines are too "
            "small to make contractors take this seriously,", None),
        (P, "Ministry of Health", "10-minute weekly check", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", affiliation="Brunei",
              aliases=["Ministry of Health", "MOH", "the ministry"], stance=1),
        actor("Norhayati binti Haji Kassim", "person", title="Acting Director of Environmental Health Services",
              affiliation="Ministry of Health",
              aliases=["Norhayati binti Haji Kassim", "Dr Norhayati", "Norhayati"], stance=1),
        actor("Abdul Ghani bin Haji Osman", "person", title="Village Head of Kampong Tanjong Bunut",
              aliases=["Abdul Ghani bin Haji Osman", "Abdul Ghani"], stance=-1),
        actor("Siti", "person", title="mother of three", affiliation="Kampong Tanjong Bunut", aliases=["Siti"],
              stance=-1),
        actor("Rosli bin Haji Daud", "person", title="Member of the Legislative Council",
              aliases=["Rosli bin Haji Daud", "Rosli"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Townsville Bulletin sport (the WNBL club's board backs its coach after a fourth straight loss), headline
#    and standfirst without speech, byline, "December 8, 2026 - 5:30PM" and "Townsville Bulletin" lines,
#    straight " and apostrophes, "READ MORE:" line. Chairman "spoke to media ..., saying the board had
#    "..."" (partial only), quote with "Wallis said" and a quote-only paragraph; coach "said A", quote with
#    "Pryde said" and a quote-only paragraph; captain "said A", quote with "the 29-year-old guard said";
#    anonymous supporter "said the team had looked "..." in the second half and that B" (partial plus
#    indirect); commentator "said A", "Keogh said"; content before "according to the club"; "would not be
#    drawn on whether ..." (negated), then "she said".
ARTICLES[f"{BATCH}/townsville-fire-coach-pryde.gold.json"] = {
    "article": f"{BATCH}/townsville-fire-coach-pryde.txt",
    "target": "Shannon Pryde",
    "quotes": [
        (P, "Greg Wallis", "never seriously considered", None),
        (D, "Greg Wallis", "Shannon has our full backing. We've got injuries to three of our starting five, and anyone "
            "who watched the first month of the season knows what this group is capable of,", None),
        (D, "Greg Wallis", "Sacking a coach halfway through the year is the easy headline. It's rarely the right answer.",
            None),
        (I, "Shannon Pryde", "she understood the frustration of supporters", None),
        (D, "Shannon Pryde", "I'm not hiding from it. Saturday wasn't good enough, from me or from anyone in that locker "
            "room,", None),
        (D, "Shannon Pryde", "But I know how we fix it, and the players know how we fix it.", None),
        (I, "Mia Rosewarne", "the players had asked to meet the board themselves last week to make clear where they "
            "stood", None),
        (D, "Mia Rosewarne", "We wanted them to hear it from us. She's the reason half of us signed here,", None),
        (P, "long-time member of the Fire's supporter group", "lost", None),
        (I, "long-time member of the Fire's supporter group", "the board had been too quick to rule out a change", None),
        (I, "Hannah Keogh", "the coach deserved more time but could not afford another month like the last one", None),
        (D, "Hannah Keogh", "Coaches live and die on results, and Shannon knows that better than anyone. Get a couple of "
            "bodies back and this looks very different. But if it's six in a row by Christmas, the conversation "
            "changes,", None),
        (I, "Townsville Fire", "The Fire's injury list includes star import Jada Brooks, who is expected to miss another "
            "three weeks with a calf strain", None),
        (D, "Shannon Pryde", "That's between me and the board,", None),
    ],
    "actors": [
        actor("Greg Wallis", "person", title="chairman", affiliation="Townsville Fire",
              aliases=["Greg Wallis", "Wallis"], stance=1),
        actor("Shannon Pryde", "person", title="coach", affiliation="Townsville Fire",
              aliases=["Shannon Pryde", "Pryde", "Shannon"], stance=1),
        actor("Mia Rosewarne", "person", title="captain, guard", affiliation="Townsville Fire",
              aliases=["Mia Rosewarne", "Rosewarne", "the 29-year-old guard"], stance=1),
        actor("long-time member of the Fire's supporter group", "person", title="anonymous supporter",
              affiliation="Townsville Fire supporter group",
              aliases=["long-time member of the Fire's supporter group"], stance=-1),
        actor("Hannah Keogh", "person", title="former Fire centre, ABC commentator",
              aliases=["Hannah Keogh", "Keogh"], stance=0),
        actor("Townsville Fire", "organisation", title="WNBL club", aliases=["Townsville Fire", "the club"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. MEED (Middle East Economic Digest) construction/business (a Sharjah contractor's low bid for a Qatar port
#    dredging package), headline and standfirst without speech, byline and date lines, straight " and
#    apostrophes, "$412m", "per cent". Lede content before "according to industry sources"; content before
#    "sources told MEED" (same group); "was understood to be" (no speaker); "has not said when" (negated);
#    anonymous source "said the gap ... had "..." among ..." (partial only), quote with "the source said";
#    "One executive said the price was "..." for ..." (partial only); "rejected that view" (act), then quote
#    with "he said"; CEO "said A and that its order book was "..."" (indirect plus partial); content before
#    "according to MEED Projects"; "Analysts say A"; consultant "said A", a quote split by "she said" with
#    nested single quotes (not annotated), "Haddad added that A"; "declined to comment" (not annotated).
ARTICLES[f"{BATCH}/ras-laffan-dredging-hamriyah-marine.gold.json"] = {
    "article": f"{BATCH}/ras-laffan-dredging-hamriyah-marine.txt",
    "target": "Hamriyah Marine Contracting",
    "quotes": [
        (I, "industry sources", "Sharjah-based Hamriyah Marine Contracting has submitted the lowest bid for the dredging "
            "and reclamation package at Qatar's Ras Laffan Industrial City", None),
        (I, "industry sources", "The company offered about $412m for the work, which covers a new turning basin and about "
            "3.5 square kilometres of reclaimed land for liquefied natural gas (LNG) storage", None),
        (P, "source close to the tender", "raised eyebrows", None),
        (D, "source close to the tender", "Twenty per cent is a lot of money on a job like this. The client will want to "
            "see exactly how they got there before it signs anything,", None),
        (P, "One executive", "not realistic", None),
        (D, "Faisal al-Mazrouei", "We own our fleet, we have worked in Ras Laffan before and we are not paying anyone "
            "else's overheads. That is the whole story,", None),
        (I, "Faisal al-Mazrouei", "the company had completed three reclamation projects in the UAE and Oman since 2022 on "
            "time and within budget", None),
        (P, "Faisal al-Mazrouei", "the strongest it has ever been.", None),
        (I, "MEED Projects", "The firm's most recent contract, a $190m channel-deepening package at Oman's Duqm port, is "
            "due to finish in the first quarter of next year", None),
        (I, "Analysts", "low bids by regional contractors have become more common as the Gulf's LNG expansion programme "
            "draws in new players", None),
        (I, "Rania Haddad", "aggressive pricing was not in itself a warning sign", None),
        (D, "Rania Haddad", "The question clients ask now is not 'is this cheap?' but 'can this company absorb a bad "
            "month?'", None),
        (D, "Rania Haddad", "Hamriyah has a decent balance sheet. It is not a giant, and on a package of this size that "
            "matters.", None),
        (I, "Rania Haddad", "QatarEnergy had in the past asked low bidders for additional bank guarantees rather than "
            "rejecting them", None),
    ],
    "actors": [
        actor("industry sources", "group", aliases=["industry sources", "sources"], stance=None),
        actor("source close to the tender", "person", title="anonymous source",
              aliases=["source close to the tender", "the source"], stance=-1),
        actor("One executive", "person", title="executive at a rival bidder", aliases=["One executive"], stance=-1),
        actor("Faisal al-Mazrouei", "person", title="chief executive", affiliation="Hamriyah Marine Contracting",
              aliases=["Faisal al-Mazrouei", "Al-Mazrouei", "al-Mazrouei"], stance=1),
        actor("MEED Projects", "organisation", title="project tracking service", aliases=["MEED Projects"],
              stance=None),
        actor("Analysts", "group", aliases=["Analysts"], stance=None),
        actor("Rania Haddad", "person", title="senior associate", affiliation="Meridian Gulf Advisory",
              aliases=["Rania Haddad", "Haddad"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
