"""Build the dev155 gold files (data/eval/dev155/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev155/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev155.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev155"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. TOLOnews (Kabul) diplomacy/economy (a Russian wheat and fuel deal), headline without speech, byline
#    and "Dec 05, 2026, 18:40" lines, straight " and apostrophes, title chains after commas ("the acting
#    minister of commerce and industry, Mawlawi Abdul Hadi Rahmani"). Lede content before "the Ministry of
#    Commerce and Industry said"; "Rahmani said A", quote with "Rahmani said"; "Solovyov, for his part,
#    said: "..."" (colon); embassy "said in a statement that A, and that B" (one span); deputy spokesman
#    "wrote on X that ... wants "..." relations" (partial only); economist "said the agreement was a "..."
#    but that B" (partial plus indirect), "Masoud said"; "According to political analyst ..., A", then
#    "he said"; "a number of Kabul residents said A"; resident named after his quote ("said Gul Mohammad,
#    a resident of Kabul"); a resident with one name ("Another resident, Fariba, said A"); content before
#    "according to figures from the Ministry of Agriculture, ..."; scare so-called "Moscow format".
ARTICLES[f"{BATCH}/kabul-moscow-wheat-fuel-deal.gold.json"] = {
    "article": f"{BATCH}/kabul-moscow-wheat-fuel-deal.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Commerce and Industry", "The Islamic Emirate of Afghanistan and Russia signed an agreement on "
            "Saturday under which Russia will supply Afghanistan with one million tons of wheat and 1.5 million tons of "
            "petroleum products over the next year", None),
        (I, "Mawlawi Abdul Hadi Rahmani", "the deal would help stabilize prices in the country's markets ahead of "
            "winter", None),
        (D, "Mawlawi Abdul Hadi Rahmani", "Russia is an important country of the region and a reliable partner. This "
            "agreement shows that the Islamic Emirate has good relations with all countries of the region,", None),
        (D, "Dmitry Solovyov", "Russia is ready to expand cooperation with Afghanistan in agriculture, energy and "
            "transport. We see great potential in the Trans-Afghan railway project.", None),
        (I, "Russian embassy in Kabul", "the wheat would be delivered by rail through Uzbekistan and Turkmenistan, and "
            "that the first shipments would arrive in Hairatan in January", None),
        (P, "Mohammad Yusuf Saadat", "balanced and economy-oriented", None),
        (P, "Sayed Masoud", "positive step", None),
        (I, "Sayed Masoud", "Afghanistan should not depend on a single country for its food supply", None),
        (D, "Sayed Masoud", "If the price is fair and the wheat arrives on time, people will benefit. But we have seen "
            "many agreements signed in Kabul that were never implemented,", None),
        (I, "Zalmai Sarwari", "Moscow is using economic ties to strengthen its influence in the region", None),
        (D, "Zalmai Sarwari", "Russia is not doing this out of kindness. It wants to fill the vacuum that the West left "
            "in Afghanistan, and its interest is not only trade, it is security,", None),
        (I, "Kabul residents", "the price of flour had risen by nearly 30 percent in the past two months", None),
        (D, "Gul Mohammad", "A bag of flour was 1,600 afghanis last month; now it is 2,100. We hope this wheat will "
            "reach the poor people,", None),
        (I, "Fariba", "her family had reduced their meals to two a day", None),
        (I, "Ministry of Agriculture, Irrigation and Livestock", "Afghanistan imports most of its wheat from "
            "Kazakhstan, and in recent years Russian wheat has been a small share of those imports", None),
        (S, None, "Moscow format", None),
    ],
    "actors": [
        actor("Ministry of Commerce and Industry", "government", title="ministry", affiliation="Islamic Emirate",
              aliases=["Ministry of Commerce and Industry"], stance=1),
        actor("Mawlawi Abdul Hadi Rahmani", "person", title="acting minister of commerce and industry",
              affiliation="Islamic Emirate", aliases=["Mawlawi Abdul Hadi Rahmani", "Abdul Hadi Rahmani", "Rahmani"],
              stance=1),
        actor("Dmitry Solovyov", "person", title="Russia's deputy minister of agriculture", affiliation="Russia",
              aliases=["Dmitry Solovyov", "Solovyov"], stance=1),
        actor("Russian embassy in Kabul", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Kabul", "Russian embassy"], stance=1),
        actor("Mohammad Yusuf Saadat", "person", title="deputy spokesman", affiliation="Islamic Emirate",
              aliases=["Mohammad Yusuf Saadat", "Saadat"], stance=None),
        actor("Sayed Masoud", "person", title="economic analyst", aliases=["Sayed Masoud", "Masoud"], stance=0),
        actor("Zalmai Sarwari", "person", title="political analyst", aliases=["Zalmai Sarwari", "Sarwari"], stance=-1),
        actor("Kabul residents", "group", title="residents", aliases=["Kabul residents"], stance=None),
        actor("Gul Mohammad", "person", title="Kabul resident", aliases=["Gul Mohammad"], stance=1),
        actor("Fariba", "person", title="resident", aliases=["Fariba"], stance=None),
        actor("Ministry of Agriculture, Irrigation and Livestock", "government", title="ministry",
              affiliation="Islamic Emirate", aliases=["Ministry of Agriculture, Irrigation and Livestock"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Frontier Myanmar labour (a garment factory overtime walkout), headline and standfirst without speech,
#    "By FRONTIER", curly quotes and ’ apostrophes, British punctuation outside closing marks for fragments,
#    "K60,000", Burmese honorifics as parts of names (Ma, U, Ko). Workers "told Frontier that A"; pseudonymous
#    worker named after her first stretch ("said a 24-year-old sewing machine operator who asked to be
#    identified as Ma Thinzar"), then an open paragraph (no closing mark) and a closed one; manager "told
#    Frontier by phone that the company had "..." because ..." (partial only), "he said", "He denied
#    accusations that ..." (noun object kept); the association "said A", then its committee member named
#    after his quote ("said U Aung Kyaw Moe"); exiled activist "said A", "he said"; anonymous township
#    official "who spoke on condition of anonymity ..., said A and would B" (one span); ministry "warned of
#    "..." ... and said disputes should be resolved "..."" (two partials); scare so-called "Sunday line".
#    Not annotated: "Frontier is not using the real names ..." (the outlet's own note).
ARTICLES[f"{BATCH}/hlaing-tharyar-garment-walkout-golden-lotus.gold.json"] = {
    "article": f"{BATCH}/hlaing-tharyar-garment-walkout-golden-lotus.txt",
    "target": "Golden Lotus Garment",
    "quotes": [
        (I, "Workers at the Golden Lotus Garment factory", "the changes would reduce their monthly income by about "
            "K60,000, at a time when the price of rice and cooking oil has almost doubled in two years", None),
        (D, "Ma Thinzar", "Before, if we worked every Sunday and stayed until 8pm, we could send something home to our "
            "parents. Now we work the same hours and there is nothing left at the end of the month,", None),
        (D, "Ma Thinzar", "They tell us the factory is losing money. But the trucks still leave full every week.", None),
        (D, "Ma Thinzar", "We are not asking for a lot. We only want what they paid us in September.", None),
        (P, "Zhou Wei", "no choice", None),
        (D, "Zhou Wei", "We pay the minimum wage set by the government, and we pay it on time. If we keep the old "
            "bonus, we will have to close one of our two lines and 300 people will lose their jobs,", None),
        (I, "Zhou Wei", "accusations that supervisors had threatened to report the workers’ leaders to the township "
            "administration", None),
        (I, "Myanmar Garment Manufacturers Association", "factories across Yangon were struggling with daily power cuts "
            "of up to 12 hours and the high cost of diesel for generators", None),
        (D, "U Aung Kyaw Moe", "Most factories cannot raise wages without losing orders. It is not a question of "
            "goodwill,", None),
        (I, "Ko Min Htet", "the company was using the fear created by the military regime to cut costs", None),
        (D, "Ko Min Htet", "The workers know that if they form a union, they can be arrested. The owners know this too. "
            "That is why they can do whatever they want,", None),
        (I, "An official at the Hlaing Tharyar township labour office", "the office had received a complaint from "
            "workers and would call both sides to a meeting", None),
        (P, "Ministry of Labour", "instigators", None),
        (P, "Ministry of Labour", "through the legal mechanism", None),
        (S, None, "Sunday line", None),
    ],
    "actors": [
        actor("Workers at the Golden Lotus Garment factory", "group", title="factory workers",
              affiliation="Golden Lotus Garment", aliases=["Workers at the Golden Lotus Garment factory"], stance=-1),
        actor("Ma Thinzar", "person", title="sewing machine operator (pseudonym)", affiliation="Golden Lotus Garment",
              aliases=["Ma Thinzar"], stance=-1),
        actor("Zhou Wei", "person", title="general manager", affiliation="Golden Lotus Garment",
              aliases=["Zhou Wei", "Mr Zhou Wei", "Zhou"], stance=1),
        actor("Myanmar Garment Manufacturers Association", "organisation", title="employers' association",
              aliases=["Myanmar Garment Manufacturers Association"], stance=1),
        actor("U Aung Kyaw Moe", "person", title="executive committee member",
              affiliation="Myanmar Garment Manufacturers Association", aliases=["U Aung Kyaw Moe", "Aung Kyaw Moe"],
              stance=1),
        actor("Ko Min Htet", "person", title="labour activist (Mae Sot)", aliases=["Ko Min Htet", "Min Htet"],
              stance=-1),
        actor("An official at the Hlaing Tharyar township labour office", "person", title="anonymous labour official",
              affiliation="Hlaing Tharyar township labour office",
              aliases=["An official at the Hlaing Tharyar township labour office"], stance=None),
        actor("Ministry of Labour", "government", title="military-controlled ministry", affiliation="Myanmar",
              aliases=["Ministry of Labour"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Croatia Week sport (a handball star quits the national team), headline without speech, dateline
#    "ZAGREB, 6 December 2026 –" in the lede, curly quotes and ’ apostrophes, British punctuation outside
#    closing marks for fragments, "€5,000", surnames that are common words in Croatian (Kos, Pas). Player
#    quote with "Kos wrote" (Instagram), then a quote-only paragraph; "Kos has said A" (indirect);
#    federation "said in a statement ... that it "..." the player's decision and that B" (partial plus
#    indirect), then "the statement read"; coach "speaking to HRT ..., said A", quote split by "Perić said",
#    "Perić said A"; "According to Sportske novosti, A"; captain "said the players had a "..." for ..."
#    (partial only), "Pas said"; former coach "told Index.hr that A, and called the Instagram post "..."" 
#    (indirect plus partial); scare nickname "Cowboys". Not annotated: "RELATED NEWS:" lines, "Kos did
#    not name any officials", the fine.
ARTICLES[f"{BATCH}/croatia-handball-kos-retirement.gold.json"] = {
    "article": f"{BATCH}/croatia-handball-kos-retirement.txt",
    "target": "Tomislav Kos",
    "quotes": [
        (D, "Tomislav Kos", "After 11 years and 164 matches, I have decided that it is time to step away from the "
            "national team. This was not an easy decision, and it was not made in one night,", None),
        (D, "Tomislav Kos", "I have always given everything for the jersey with the checkerboard. But I cannot play "
            "for a federation that does not respect its players.", None),
        (I, "Tomislav Kos", "he missed the gathering because of the birth of his second child", None),
        (P, "Croatian Handball Federation", "regrets", None),
        (I, "Croatian Handball Federation", "the fine had been imposed in line with rules that apply equally to all "
            "players", None),
        (D, "Croatian Handball Federation", "The door of the national team remains open to Tomislav, as it is to "
            "every Croatian player,", None),
        (I, "Zlatko Perić", "he had learned of the decision from the media", None),
        (D, "Zlatko Perić", "Tomislav is one of the best players in the world in his position. We will miss him, there "
            "is no point in pretending otherwise,", None),
        (D, "Zlatko Perić", "But the team is bigger than any one of us.", None),
        (I, "Zlatko Perić", "he would name his 20-man squad for the World Championship in Germany on 18 December",
            None),
        (I, "Sportske novosti", "several senior players have privately backed Kos and have asked for a meeting with the "
            "federation’s leadership", None),
        (P, "Ivan Pas", "great deal of understanding", None),
        (D, "Ivan Pas", "He is a father first. I would have done the same thing. I hope the people at the federation "
            "think about it and find a way to bring him back,", None),
        (I, "Boris Ljubić", "no player should put himself above the national team", None),
        (P, "Boris Ljubić", "a mistake that he will regret", None),
        (S, None, "Cowboys", None),
    ],
    "actors": [
        actor("Tomislav Kos", "person", title="left back", affiliation="Croatia national handball team, Barcelona",
              aliases=["Tomislav Kos", "Kos"], stance=1),
        actor("Croatian Handball Federation", "organisation", title="national federation",
              aliases=["Croatian Handball Federation", "HRS"], stance=0),
        actor("Zlatko Perić", "person", title="head coach", affiliation="Croatia national handball team",
              aliases=["Zlatko Perić", "Perić"], stance=0),
        actor("Sportske novosti", "organisation", title="sports daily", aliases=["Sportske novosti"], stance=0),
        actor("Ivan Pas", "person", title="team captain", affiliation="Croatia national handball team",
              aliases=["Ivan Pas", "Pas"], stance=1),
        actor("Boris Ljubić", "person", title="former national team coach", aliases=["Boris Ljubić", "Ljubić"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Northern Advocate (Whangārei) local/climate (council rules out a sea wall on an eroding spit),
#    headline without speech, byline, "Northern Advocate", "5 Dec, 2026 04:00 PM" and "4 mins to read"
#    lines, a photo credit line and a caption ending "Photo / ...", straight " and apostrophes, macrons
#    (Whangārei, tūpuna), a surname that is a common word (Frost). Lede "Residents ... say A" (present
#    tense); council "voted ... to adopt what it calls a "..." approach" (partial); manager "said A", quote
#    with "Weston said" then a quote-only paragraph, "He said A"; resident "said the council was "..." from
#    the spit" (partial only), "he said", "Frost said A" (a nested report kept whole); mayor "acknowledged
#    the meeting had been "..." for ..." (partial only), "Hollis said"; hapū representative "said A, and B"
#    (one span), "she said"; scientist "said A, and that B" (one span), "Keepa said"; anonymous resident
#    "who did not want to be named, said A". Not annotated: the caption, "has been approached for comment".
ARTICLES[f"{BATCH}/ngunguru-spit-erosion-council.gold.json"] = {
    "article": f"{BATCH}/ngunguru-spit-erosion-council.txt",
    "target": "Whangārei District Council",
    "quotes": [
        (I, "Residents at the end of Ngunguru Spit", "they have been left to fend for themselves after Whangārei "
            "District Council ruled out building a new sea wall to protect their homes", None),
        (P, "Whangārei District Council", "managed retreat", None),
        (I, "Simon Weston", "the cost of a rock wall, estimated at $14 million, could not be justified for 23 "
            "properties", None),
        (D, "Simon Weston", "We have to be honest with people. A wall would buy them maybe 20 years, and it would push "
            "the erosion further along the coast to the neighbours,", None),
        (D, "Simon Weston", "That is not a decision we take lightly.", None),
        (I, "Simon Weston", "the council would work with affected owners on options including relocating houses to "
            "other sections", None),
        (P, "Graham Frost", "walking away", None),
        (D, "Graham Frost", "We've paid rates here for 30 years. Nobody from the council has knocked on our door. We "
            "found out from the Advocate,", None),
        (I, "Graham Frost", "he and his wife had been told by their insurer that their policy would not be renewed in "
            "March", None),
        (P, "Tania Hollis", "really tough", None),
        (D, "Tania Hollis", "I understand the anger and I share the frustration. But the council can't keep building "
            "walls we can't afford and that don't work,", None),
        (I, "Mereana Te Whata", "the spit had always moved, and people had built too close to the water against the "
            "advice of kaumātua", None),
        (D, "Mereana Te Whata", "Our tūpuna never built there. The whenua was telling us something a long time ago,",
            None),
        (I, "Anaru Keepa", "sea levels on the Northland coast were rising by about 3mm to 4mm a year, and that storms "
            "like last week's would become more frequent", None),
        (D, "Anaru Keepa", "Hard protection makes sense in some places, like town centres. On a sand spit it usually "
            "fails, and it fails expensively,", None),
        (I, "A second resident", "some neighbours were considering legal action against the council over the resource "
            "consents it issued for houses on the spit in the 1990s", None),
    ],
    "actors": [
        actor("Residents at the end of Ngunguru Spit", "group", title="residents",
              aliases=["Residents at the end of Ngunguru Spit"], stance=-1),
        actor("Whangārei District Council", "government", title="district council (infrastructure committee)",
              aliases=["Whangārei District Council"], stance=1),
        actor("Simon Weston", "person", title="council infrastructure general manager",
              affiliation="Whangārei District Council", aliases=["Simon Weston", "Weston"], stance=1),
        actor("Graham Frost", "person", title="resident", aliases=["Graham Frost", "Frost"], stance=-1),
        actor("Tania Hollis", "person", title="Mayor", affiliation="Whangārei District Council",
              aliases=["Tania Hollis", "Hollis"], stance=1),
        actor("Mereana Te Whata", "person", title="hapū representative", affiliation="Te Parawhau",
              aliases=["Mereana Te Whata", "Te Whata"], stance=1),
        actor("Anaru Keepa", "person", title="coastal scientist", affiliation="Earth Sciences New Zealand",
              aliases=["Anaru Keepa", "Dr Anaru Keepa", "Keepa"], stance=1),
        actor("A second resident", "person", title="anonymous resident", aliases=["A second resident"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
