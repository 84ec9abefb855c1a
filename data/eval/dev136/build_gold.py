"""Build the dev136 gold files (data/eval/dev136/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev136/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev136.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev136"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Times of Zambia (Russia donates fertiliser), headline without speech, byline in capitals and a
#    "LUSAKA" line, lede in capitals ("RUSSIA has donated"), straight " and apostrophes, "Mr"/"Ms". Ambassador
#    "said A and would B" (one span), "Mr Rostov said this in Lusaka yesterday when ..." (refers back; no new
#    content), quote with "Mr Rostov said", "He said A", "He said claims that ... were "..."" (partial only);
#    minister "thanked the Russian Government (act) and said A", quote with "Mr Mwiinga said", then a
#    quote-only paragraph; scare so-called "briefcase" traders; "And ... ZNFU president ... said A but warned
#    that late delivery had been "..." with FISP" (indirect plus partial only for the warning); farmer "said
#    A"; "Meanwhile, ... spokesperson ... said the Government should be "..." about ..." (partial only), quote
#    with "Mr Kasonde said"; "According to the Zambia Development Agency (ZDA), A".
ARTICLES[f"{BATCH}/russia-fertiliser-donation-zambia.gold.json"] = {
    "article": f"{BATCH}/russia-fertiliser-donation-zambia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Dmitri Rostov", "Moscow was committed to supporting Zambia's food security and would consider a second "
            "consignment next year if needed", None),
        (D, "Dmitri Rostov", "Russia does not forget its friends. Zambia stood with us in the past, and today we stand "
            "with Zambia,", None),
        (I, "Dmitri Rostov", "the fertiliser, produced by a Russian company in the Urals, would be distributed through "
            "the Farmer Input Support Programme (FISP)", None),
        (P, "Dmitri Rostov", "Western propaganda", None),
        (I, "Lutangu Mwiinga", "the donation would reach about 100,000 farmers in Southern, Western and Eastern "
            "provinces", None),
        (D, "Lutangu Mwiinga", "This donation comes at the right time, as farmers are preparing for the planting season,",
            None),
        (D, "Lutangu Mwiinga", "We want every bag to reach the farmer it is meant for and not end up on the black "
            "market.", None),
        (S, None, "briefcase", None),
        (I, "Chipego Hamweemba", "the donation was welcome", None),
        (P, "Chipego Hamweemba", "the biggest problem", None),
        (D, "Chipego Hamweemba", "If this fertiliser arrives in January, it is useless. Farmers in Southern Province are "
            "already planting,", None),
        (I, "Mutinta Hachoongo", "she had received only two of the eight bags she was promised last season", None),
        (P, "Mwape Kasonde", "careful", None),
        (D, "Mwape Kasonde", "There is no such thing as a free lunch in international politics. Today it is fertiliser, "
            "tomorrow they will want something in return,", None),
        (I, "Zambia Development Agency", "trade between Zambia and Russia rose to US$98 million last year, most of it in "
            "wheat, fertiliser and mining equipment", None),
    ],
    "actors": [
        actor("Dmitri Rostov", "person", title="Russian Ambassador to Zambia", affiliation="Russia",
              aliases=["Dmitri Rostov", "Rostov", "Mr Rostov"], stance=1),
        actor("Lutangu Mwiinga", "person", title="Minister of Agriculture", affiliation="Zambia",
              aliases=["Lutangu Mwiinga", "Mwiinga", "Mr Mwiinga"], stance=1),
        actor("Chipego Hamweemba", "person", title="ZNFU president", affiliation="Zambia National Farmers Union",
              aliases=["Chipego Hamweemba", "Hamweemba", "Ms Hamweemba"], stance=0),
        actor("Mutinta Hachoongo", "person", title="farmer", aliases=["Mutinta Hachoongo", "Hachoongo"], stance=None),
        actor("Mwape Kasonde", "person", title="spokesperson", affiliation="Patriotic Front",
              aliases=["Mwape Kasonde", "Kasonde", "Mr Kasonde"], stance=-1),
        actor("Zambia Development Agency", "government", aliases=["Zambia Development Agency", "ZDA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Sporting Life racing (the BHA confirms fixture cuts), headline with a straight single fragment "as
#    trainers warn of 'lost jobs'", standfirst without speech, byline and "Last Updated: 03/12/26 4:12pm"
#    lines, straight " and apostrophes, "£100,000", closing "Read more:" line. "The British Horseracing
#    Authority has confirmed that A"; "what the BHA calls "..." Saturdays" (partial); chief executive "said the
#    sport had to "..."" (partial only), split quote with "she said", Q&A "Asked whether ..., Lumsden said:
#    "...""; trainers' federation "said it was "..." and that B" (partial plus indirect); trainer "said A",
#    quote with "he told Sporting Life"; jockeys' association "said it would seek ... talks on what it
#    described as "..." for ..." (partial only); racecourses' association "said A, and that it would work ...
#    to protect "..."" (indirect plus partial only for the second clause); jockey "thinks ..." (not a speech
#    cue), quote with "she said"; scare so-called "premierisation" strategy.
ARTICLES[f"{BATCH}/bha-fixture-cuts-2027.gold.json"] = {
    "article": f"{BATCH}/bha-fixture-cuts-2027.txt",
    "target": "British Horseracing Authority",
    "quotes": [
        (P, "trainers", "lost jobs", None),
        (I, "British Horseracing Authority", "240 fixtures will be removed from the 2027 calendar", None),
        (P, "British Horseracing Authority", "premier", "what the BHA calls"),
        (P, "Rachel Lumsden", "stop spreading itself too thin", None),
        (D, "Rachel Lumsden", "We have too many races with small fields, and that is no good for owners, for punters or "
            "for the horses,", None),
        (D, "Rachel Lumsden", "This is about making British racing more competitive, not smaller for the sake of it.",
            None),
        (D, "Rachel Lumsden", "Some people will have to adapt, and we will support them. But the status quo was costing "
            "jobs too, only more slowly.", None),
        (P, "National Trainers Federation", "deeply disappointed", None),
        (I, "National Trainers Federation", "its members had not been properly consulted on the final list", None),
        (I, "Mick Brannigan", "smaller yards would feel the cuts first", None),
        (D, "Mick Brannigan", "It's the bread-and-butter horses that pay my staff's wages, and the BHA has just taken "
            "their races away. I'll be laying lads off by Easter, and I won't be the only one,", None),
        (P, "Professional Jockeys Association", "lost riding opportunities", None),
        (I, "Racecourse Association", "11 courses would lose more than a quarter of their fixtures", None),
        (P, "Racecourse Association", "the smaller, rural tracks that are the lifeblood of the sport", None),
        (D, "Bethany Rudd", "If the prize-money is there, the good horses will turn up, and so will I,", None),
        (S, None, "premierisation", "so-called"),
    ],
    "actors": [
        actor("trainers", "group", aliases=["trainers"], stance=-1),
        actor("British Horseracing Authority", "organisation", title="racing's governing body",
              aliases=["British Horseracing Authority", "BHA"], stance=1),
        actor("Rachel Lumsden", "person", title="chief executive", affiliation="British Horseracing Authority",
              aliases=["Rachel Lumsden", "Lumsden"], stance=1),
        actor("National Trainers Federation", "organisation", aliases=["National Trainers Federation"], stance=-1),
        actor("Mick Brannigan", "person", title="trainer", aliases=["Mick Brannigan", "Brannigan"], stance=-1),
        actor("Professional Jockeys Association", "organisation", aliases=["Professional Jockeys Association"],
              stance=-1),
        actor("Racecourse Association", "organisation", aliases=["Racecourse Association"], stance=0),
        actor("Bethany Rudd", "person", title="jockey", aliases=["Bethany Rudd", "Rudd"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Des Moines Register courts (the county attorney will not retry a man freed after 19 years), headline
#    and standfirst without speech, byline with a "Des Moines Register" line, AP style ("Mr." inside a quote,
#    "Sen.", "R-Ankeny", punctuation inside closing marks of fragments), closing reporter tagline. Lede
#    "said Thursday she will not retry ..."; split quote with "Kessler said at a news conference at ...";
#    "Kessler said A and that B" (one span); scare "actual innocence" law; attorney "called the decision
#    "..."" (partial), "Ortega said", "Ortega said A"; "Haynes, reached by phone, said he was "..." and
#    planned to ..." (partial only: no second subject); victim's daughter "said A", "she said"; police union
#    "said in a statement that A"; senator "wrote on social media that Kessler was "..."" (partial only); Q&A
#    "Asked whether ..., Kessler said detectives would "..."" (partial only).
ARTICLES[f"{BATCH}/haynes-no-retrial-polk-county.gold.json"] = {
    "article": f"{BATCH}/haynes-no-retrial-polk-county.txt",
    "target": "Dana Kessler",
    "quotes": [
        (I, "Dana Kessler", "she will not retry Darnell Haynes, the Des Moines man whose murder conviction was thrown out "
            "in September after 19 years in prison", None),
        (D, "Dana Kessler", "After reviewing every piece of evidence in this file, I cannot in good conscience ask a jury "
            "to convict Mr. Haynes again,", None),
        (D, "Dana Kessler", "The evidence that convicted him in 2007 does not exist anymore.", None),
        (I, "Dana Kessler", "the state's main witness had recanted his testimony and that new DNA testing on a jacket "
            "found near the scene matched another man, who died in 2019", None),
        (S, None, "actual innocence", None),
        (P, "Lydia Ortega", "long overdue.", None),
        (D, "Lydia Ortega", "Darnell walked into prison at 27. He walked out at 46. No decision today gives him those "
            "years back,", None),
        (I, "Lydia Ortega", "Haynes would apply for compensation under the state's wrongful imprisonment law", None),
        (P, "Darnell Haynes", "just grateful", None),
        (I, "Anjali Malhotra", "the family had not been told of the decision until Wednesday night", None),
        (D, "Anjali Malhotra", "We were told this man did it. For 19 years we were told that. Now nobody can tell us who "
            "killed my dad,", None),
        (I, "Des Moines Police Bargaining Unit", "it stood by the original investigation and the officers who carried it "
            "out", None),
        (P, "Tom Brandt", "more interested in headlines than in justice.", None),
        (P, "Dana Kessler", "follow the evidence wherever it goes.", None),
    ],
    "actors": [
        actor("Dana Kessler", "person", title="Polk County Attorney", affiliation="Polk County",
              aliases=["Dana Kessler", "Kessler"], stance=1),
        actor("Lydia Ortega", "person", title="attorney", affiliation="Iowa Innocence Project",
              aliases=["Lydia Ortega", "Ortega"], stance=1),
        actor("Darnell Haynes", "person", title="exonerated man", aliases=["Darnell Haynes", "Haynes"], stance=1),
        actor("Anjali Malhotra", "person", title="victim's daughter", aliases=["Anjali Malhotra"], stance=-1),
        actor("Des Moines Police Bargaining Unit", "organisation", title="police union",
              aliases=["Des Moines Police Bargaining Unit"], stance=-1),
        actor("Tom Brandt", "person", title="State Sen., R-Ankeny", affiliation="Republican Party",
              aliases=["Tom Brandt", "Brandt"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Guyana Chronicle diplomacy (Guyana protests a Venezuelan troop build-up), headline without speech,
#    byline, lede in capitals ("GUYANA has lodged"), straight " and apostrophes, "Dr", accented place name
#    (Cuyuní). Lede content before "the Ministry of Foreign Affairs said on Sunday"; "In a statement, the
#    ministry said A, and described the deployment as "..."" (indirect plus partial); minister "told the
#    Guyana Chronicle that A", quote with "Minister Persaud said", then a quote-only paragraph; "He said A,
#    and that B" (one span); Venezuela's ministry "rejected the protest (act), saying the troops were on "..."
#    and were conducting "..."" (two partials); military spokesman "quoted by the state broadcaster VTV, said
#    the armed forces "..."" (partial only); CARICOM Secretariat "said in a statement that the Community
#    "..." behind ..." (partial only); opposition MP "said A, though he called for ..." (indirect; directive
#    not annotated), quote with "Benn said"; shop owner "said A", "she said". Not annotated: the background
#    on the claim and the 1899 award (no cue).
ARTICLES[f"{BATCH}/cuyuni-venezuela-troops-guyana.gold.json"] = {
    "article": f"{BATCH}/cuyuni-venezuela-troops-guyana.txt",
    "target": "Venezuela",
    "quotes": [
        (I, "Ministry of Foreign Affairs", "GUYANA has lodged a formal protest with Caracas over a build-up of Venezuelan "
            "troops on the western bank of the Cuyun\u00ed River", None),
        (I, "Ministry of Foreign Affairs", "satellite imagery showed at least 1,200 soldiers, armoured vehicles and a "
            "newly built airstrip near Anacoco Island", None),
        (P, "Ministry of Foreign Affairs", "significant and provocative", None),
        (I, "Rohan Persaud", "Guyana would not be intimidated", None),
        (D, "Rohan Persaud", "We are a peaceful country and we will remain a peaceful country. But nobody should mistake "
            "our restraint for weakness,", None),
        (D, "Rohan Persaud", "The International Court of Justice is seized of this matter. Venezuela agreed in 2023, "
            "before the whole world, not to take any action that would change the situation on the ground. This is "
            "exactly such an action.", None),
        (I, "Rohan Persaud", "Guyana had briefed its partners in CARICOM, the Commonwealth and the United States, and "
            "that the Guyana Defence Force (GDF) was monitoring the area closely", None),
        (P, "Venezuela's Foreign Ministry", "sovereign Venezuelan territory", None),
        (P, "Venezuela's Foreign Ministry", "routine exercises", None),
        (P, "Venezuelan military spokesman", "will not ask permission from anyone to move within our own territory.",
            None),
        (P, "CARICOM Secretariat", "stands firmly", None),
        (I, "Carlyle Benn", "the Opposition fully supported the Government's position on the border", None),
        (D, "Carlyle Benn", "On the border, there is no PPP and no APNU. There is only Guyana,", None),
        (I, "Marcia Gouveia", "residents could hear helicopters at night", None),
        (D, "Marcia Gouveia", "They want to frighten us off our land, but nobody is leaving. This is our home,", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs", "government", affiliation="Guyana",
              aliases=["Ministry of Foreign Affairs"], stance=-1),
        actor("Rohan Persaud", "person", title="Foreign Affairs Minister", affiliation="Guyana",
              aliases=["Rohan Persaud", "Persaud", "Minister Persaud", "Dr Rohan Persaud"], stance=-1),
        actor("Venezuela's Foreign Ministry", "government", affiliation="Venezuela",
              aliases=["Venezuela's Foreign Ministry"], stance=1),
        actor("Venezuelan military spokesman", "person", title="military spokesman", affiliation="Venezuela",
              aliases=["Venezuelan military spokesman"], stance=1),
        actor("CARICOM Secretariat", "organisation", affiliation="CARICOM", aliases=["CARICOM Secretariat"], stance=-1),
        actor("Carlyle Benn", "person", title="Opposition MP", affiliation="APNU", aliases=["Carlyle Benn", "Benn"],
              stance=-1),
        actor("Marcia Gouveia", "person", title="shop owner, Eteringbang", aliases=["Marcia Gouveia", "Gouveia"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
