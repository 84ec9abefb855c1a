"""Build the dev148 gold files (data/eval/dev148/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev148/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev148.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev148"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Qatar Tribune sport (Russian fencers compete under their own flag at a Doha Grand Prix), headline
#    without speech, "QT Desk" line, dateline "DOHA:" opening the lede, curly quotes and apostrophes. Lede
#    content before "the Qatar Fencing Federation confirmed"; scare so-called "individual neutral
#    athletes"; federation president named after the first stretch of a split quote ("told reporters at
#    Hamad International Airport"), "Belyaev said A"; fencer named after her quote ("told ... Match TV");
#    Ukraine's federation "said in a statement that A, calling the FIE decision "..."" (indirect plus
#    partial); Ukrainian fencer's quoted question with "wrote on Instagram"; "The FIE has said A";
#    secretary-general "said A and that Qatar would "..."" (indirect plus partial), Q&A "Asked about ...,
#    Al-Kuwari said: "...""; Polish association "said A, a position it described as "..."" (indirect plus
#    partial). "has not commented" is negated speech.
ARTICLES[f"{BATCH}/russian-fencers-doha-grand-prix.gold.json"] = {
    "article": f"{BATCH}/russian-fencers-doha-grand-prix.txt",
    "target": "Russia",
    "quotes": [
        (I, "Qatar Fencing Federation", "Russian fencers will compete under their national flag and anthem at an "
            "international event for the first time in almost five years when the FIE Grand Prix Doha opens at the "
            "Lusail Sports Arena on Thursday", None),
        (S, None, "individual neutral athletes", None),
        (D, "Viktor Belyaev", "This is a return to normality, to the idea that sport should be above politics,", None),
        (D, "Viktor Belyaev", "Our athletes have waited a long time for this day.", None),
        (I, "Viktor Belyaev", "the team would be led by Olympic sabre medallist Daria Fomina, who has not competed "
            "internationally since 2022", None),
        (D, "Daria Fomina", "I only want to fence. Whatever people think of my country, I did not start any war,", None),
        (I, "Ukraine’s fencing federation", "its athletes would not take part in the tournament", None),
        (P, "Ukraine’s fencing federation", "a betrayal of the Olympic values", None),
        (D, "Yulia Bondar", "Many of the Russian fencers are members of army sports clubs. How can I shake hands with "
            "someone who wears the uniform of the army that bombs my city?", None),
        (I, "International Fencing Federation", "its decision was based on the principle that no athlete should be "
            "punished for the actions of their government", None),
        (I, "Nasser Al-Kuwari", "the tournament would go ahead as planned", None),
        (P, "Nasser Al-Kuwari", "welcome all athletes in accordance with the rules of the international federation",
            None),
        (D, "Nasser Al-Kuwari", "We respect every federation’s decision. Our role is to organise a fair competition, "
            "not to make political judgements.", None),
        (I, "Polish Fencing Association", "its fencers would compete but would not shake hands with Russian opponents",
            None),
        (P, "Polish Fencing Association", "a minimum of dignity", None),
    ],
    "actors": [
        actor("Qatar Fencing Federation", "organisation", title="national federation, host", affiliation="Qatar",
              aliases=["Qatar Fencing Federation"], stance=0),
        actor("Viktor Belyaev", "person", title="president", affiliation="Russian Fencing Federation",
              aliases=["Viktor Belyaev", "Belyaev"], stance=1),
        actor("Daria Fomina", "person", title="Olympic sabre medallist", affiliation="Russia",
              aliases=["Daria Fomina", "Fomina"], stance=1),
        actor("Ukraine’s fencing federation", "organisation", title="national federation",
              affiliation="Ukraine", aliases=["Ukraine’s fencing federation"],
              stance=-1),
        actor("Yulia Bondar", "person", title="sabre fencer", affiliation="Ukraine", aliases=["Yulia Bondar", "Bondar"],
              stance=-1),
        actor("International Fencing Federation", "organisation", title="world governing body",
              aliases=["International Fencing Federation", "FIE"], stance=1),
        actor("Nasser Al-Kuwari", "person", title="secretary-general", affiliation="Qatar Fencing Federation",
              aliases=["Nasser Al-Kuwari", "Al-Kuwari"], stance=0),
        actor("Polish Fencing Association", "organisation", title="national federation", affiliation="Poland",
              aliases=["Polish Fencing Association"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Bay of Plenty Times (NZME, New Zealand) health (a rural maternity unit closes overnight), headline
#    without speech, standfirst without speech, "By NAME" / "5 Dec, 2026 04:00 PM" / "4 mins to read" lines,
#    straight " and apostrophes, spaced hyphen as a dash inside a quote, macrons (Whakatāne, Ōpōtiki, Rāwiri),
#    "90km". Content before "Health New Zealand has confirmed" and before "the agency said in a statement";
#    director with a title chain and "Dr" "said A but B" (one span), "she said", "She said A"; union "said
#    Health NZ had known ... and had done "..." to fix it" (indirect plus partial); co-leader with a
#    word-like surname (Anahera Wood) named in the middle of a split quote; scare "what is often called the
#    "postcode lottery"" (nobody in the article); mother "said A", "she said"; MP "said A and described the
#    closure as "..."" (indirect plus partial); "According to Ngā Tai Hauora chief executive Huia Rāwiri, A,
#    and B" (one span), then content before ", she said"; "Health NZ said A".
ARTICLES[f"{BATCH}/whakatane-maternity-overnight-closure.gold.json"] = {
    "article": f"{BATCH}/whakatane-maternity-overnight-closure.txt",
    "target": "Health New Zealand",
    "quotes": [
        (I, "Health New Zealand", "Whakatāne Hospital's maternity unit will close between 8pm and 8am from January 12 "
            "because of a shortage of midwives", None),
        (I, "Health New Zealand", "Women in labour at night will instead be sent to Tauranga Hospital, about 90km away, "
            "or transferred by ambulance if there are complications", None),
        (I, "Rangi Kereama", "the unit needed 14 full-time midwives but currently had six", None),
        (D, "Rangi Kereama", "We have tried everything - locums, overseas recruitment, incentive payments. I am not "
            "willing to run a service that I can't staff safely,", None),
        (I, "Rangi Kereama", "the change would be reviewed at the end of March", None),
        (I, "MERAS", "Health NZ had known about the staffing crisis for at least three years", None),
        (P, "MERAS", "next to nothing", None),
        (D, "Anahera Wood", "Rural women are being told, again, that their births matter less than those of women in "
            "the cities,", None),
        (D, "Anahera Wood", "If you're in labour at 2am in Ōpōtiki, Tauranga might as well be on the moon.", None),
        (S, None, "postcode lottery", None),
        (I, "Brooke Tamihana", "she would not have made it to Tauranga", None),
        (D, "Brooke Tamihana", "My labour was 90 minutes from start to finish. I'd have had her on the side of State "
            "Highway 2,", None),
        (I, "Grant Oliphant", "he had raised the issue with the Health Minister", None),
        (P, "Grant Oliphant", "a temporary safety measure, not a downgrade", None),
        (I, "Huia Rāwiri", "about 40 per cent of babies born at Whakatāne Hospital are Māori, and many whānau in the "
            "Eastern Bay do not have a reliable car", None),
        (I, "Huia Rāwiri", "The closure will hit those families hardest", None),
        (I, "Health New Zealand", "women booked to give birth at Whakatāne would be contacted by their midwife before "
            "Christmas", None),
    ],
    "actors": [
        actor("Health New Zealand", "government", title="national health agency", affiliation="New Zealand",
              aliases=["Health New Zealand", "Health NZ"], stance=1),
        actor("Rangi Kereama", "person", title="group director of operations for Bay of Plenty",
              affiliation="Health New Zealand", aliases=["Rangi Kereama", "Kereama"], stance=1),
        actor("MERAS", "organisation", title="midwives' union", aliases=["MERAS"], stance=-1),
        actor("Anahera Wood", "person", title="co-leader", affiliation="MERAS", aliases=["Anahera Wood", "Wood"],
              stance=-1),
        actor("Brooke Tamihana", "person", title="mother", aliases=["Brooke Tamihana", "Tamihana"], stance=-1),
        actor("Grant Oliphant", "person", title="East Coast MP", aliases=["Grant Oliphant", "Oliphant"], stance=1),
        actor("Huia Rāwiri", "person", title="chief executive", affiliation="Ngā Tai Hauora",
              aliases=["Huia Rāwiri", "Rāwiri"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Total Croatia News labour (ferry crews strike against a private island-ferry operator), Title Case
#    headline without speech, "December 3, 2026 - ..." opening line, "By NAME" line after it, straight " and
#    apostrophes, spaced hyphen as a dash inside a quote, "12 percent", Croatian names with diacritics.
#    "As Novi list reports, A" (a newspaper as the source); "is demanding ..." (act) with scare so-called
#    "island premium"; union "said the company's final offer ... "..."" (partial only); union secretary named
#    after his quote ("told HRT"), "Kos said A and that ... "..."" (indirect plus partial); board member "said
#    the union's demands were "..." for ..." (partial only), quote with "she told reporters in Rijeka", "She
#    added that A"; ministry "said in a short statement that A and that B" (one span); pharmacist "said A",
#    "she said"; tourist board "said A".
ARTICLES[f"{BATCH}/kvarner-ferry-crews-strike.gold.json"] = {
    "article": f"{BATCH}/kvarner-ferry-crews-strike.txt",
    "target": "Kvarner Linije",
    "quotes": [
        (I, "Novi list", "only three of the company's eleven vessels sailed on Wednesday, all of them on routes where "
            "the law requires a minimum service", None),
        (S, None, "island premium", None),
        (P, "Seafarers' Union of Croatia", "would not even cover inflation", None),
        (D, "Dario Kos", "Our members have been on the same basic salary since 2023, while the company posted record "
            "profits during the summer season. Nobody is striking for fun in December,", None),
        (I, "Dario Kos", "the crews would stay out until Friday", None),
        (P, "Dario Kos", "could not be ruled out", None),
        (P, "Sanja Horvat", "simply unrealistic", None),
        (D, "Sanja Horvat", "We have offered what we can afford without cutting lines. If we pay 12 percent, some "
            "island routes will disappear - that is the reality,", None),
        (I, "Sanja Horvat", "the company had asked the Ministry of the Sea, Transport and Infrastructure to mediate",
            None),
        (I, "Ministry of the Sea, Transport and Infrastructure", "it was monitoring the situation and that minimum "
            "service levels were being respected", None),
        (I, "Marija Petris", "she had not received a delivery of medicines since Tuesday morning", None),
        (D, "Marija Petris", "For people on the mainland it is a strike. For us, it's being locked in,", None),
        (I, "Lošinj Tourist Board", "bookings for the island's Advent fair, which opens on Saturday, had not yet been "
            "affected", None),
    ],
    "actors": [
        actor("Novi list", "organisation", title="Rijeka daily newspaper", aliases=["Novi list"], stance=None),
        actor("Seafarers' Union of Croatia", "organisation", title="seafarers' union",
              aliases=["Seafarers' Union of Croatia"], stance=-1),
        actor("Dario Kos", "person", title="union secretary", affiliation="Seafarers' Union of Croatia",
              aliases=["Dario Kos", "Kos"], stance=-1),
        actor("Sanja Horvat", "person", title="management board member", affiliation="Kvarner Linije",
              aliases=["Sanja Horvat", "Horvat"], stance=1),
        actor("Ministry of the Sea, Transport and Infrastructure", "government", title="ministry", affiliation="Croatia",
              aliases=["Ministry of the Sea, Transport and Infrastructure"], stance=0),
        actor("Marija Petris", "person", title="pharmacist in Cres", aliases=["Marija Petris", "Petris"], stance=None),
        actor("Lošinj Tourist Board", "organisation", title="tourist board", aliases=["Lošinj Tourist Board"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Scroll.in (India) environment/politics (a state forest minister clears tree felling in a wildlife
#    sanctuary for a railway), headline without speech, standfirst "The forest department says A. Critics
#    say B." (no marks, not annotated), byline and "Dec 04, 2026 · 08:30 am" lines, curly quotes and
#    apostrophes, spaced en dashes, "133 square km". Minister "told Scroll that the project was "..." and that
#    B" (partial plus indirect), quote split by "he said", Q&A "Asked why ..., Kamat said A"; "According to the
#    forest department, A"; NGO "said the approval was "..."" (partial only), its director "said A"; scare
#    so-called "linear projects" ("have long opposed" is an act); biologist "said A", "she said"; MLA "said
#    the doubling was meant to carry coal ..., "..."" (partial only); anonymous railway spokesperson "said A
#    and B" (one span).
ARTICLES[f"{BATCH}/goa-mollem-trees-forest-minister.gold.json"] = {
    "article": f"{BATCH}/goa-mollem-trees-forest-minister.txt",
    "target": "Anand Kamat",
    "quotes": [
        (P, "Anand Kamat", "of national importance", None),
        (I, "Anand Kamat", "the state had attached strict conditions to the clearance", None),
        (D, "Anand Kamat", "We are not cutting trees for fun. Every tree that is cut will be replaced by ten saplings, "
            "and the railways will pay for it,", None),
        (D, "Anand Kamat", "Development and conservation are not enemies.", None),
        (I, "Anand Kamat", "the meeting had the required quorum", None),
        (I, "forest department", "the sanctuary covers 133 square km and is contiguous with Karnataka’s Kali Tiger "
            "Reserve", None),
        (P, "Goa Foundation", "illegal on its face", None),
        (I, "Joanna D’Souza", "the group would file a contempt petition within a week", None),
        (S, None, "linear projects", None),
        (I, "Sanjana Gaonkar", "the stretch was one of the last corridors used by gaur and tigers moving between Goa "
            "and Karnataka", None),
        (D, "Sanjana Gaonkar", "You cannot replace a 200-year-old evergreen tree with a sapling in a plantation "
            "somewhere in north Goa. What you lose is the canopy, the corridor, the whole web of life that depends "
            "on it,", None),
        (P, "Savio Rodrigues", "not passengers", None),
        (I, "A South Western Railway spokesperson", "the doubling would increase capacity for both passenger and "
            "freight trains and cut travel times between Goa and Bengaluru by up to two hours", None),
    ],
    "actors": [
        actor("Anand Kamat", "person", title="forest minister", affiliation="Government of Goa",
              aliases=["Anand Kamat", "Kamat"], stance=1),
        actor("forest department", "government", title="Goa forest department", affiliation="Government of Goa",
              aliases=["forest department"], stance=None),
        actor("Goa Foundation", "organisation", title="environmental group", aliases=["Goa Foundation"], stance=-1),
        actor("Joanna D’Souza", "person", title="director", affiliation="Goa Foundation",
              aliases=["Joanna D’Souza", "D’Souza"], stance=-1),
        actor("Sanjana Gaonkar", "person", title="wildlife biologist", aliases=["Sanjana Gaonkar", "Gaonkar"],
              stance=-1),
        actor("Savio Rodrigues", "person", title="Opposition Congress MLA", affiliation="Congress",
              aliases=["Savio Rodrigues", "Rodrigues"], stance=-1),
        actor("A South Western Railway spokesperson", "person", title="railway spokesperson",
              affiliation="South Western Railway", aliases=["A South Western Railway spokesperson"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
