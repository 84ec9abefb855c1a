"""Build the test57 gold files (data/eval/test57/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test57/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test57.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test57"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Nepali Times (the Nepal Army grounds two Russian-built helicopters for lack of engines), headline and
#    standfirst without speech, byline and date lines, straight " and apostrophes, British spelling, Nepali
#    names and military ranks ("Brig Gen"). Army "said on Wednesday that A, and that B" (one span);
#    spokesperson "told Nepali Times A but that B" (one span), quote with "Khadka said"; embassy "said in a
#    statement that Moscow remained "..." to ... and blamed the delay on "..." that ..." (two partials), then a
#    quote with "the statement said"; scare so-called "parallel imports"; "did not respond"; lawmaker "said
#    A", quote with "Rai said"; anonymous retired pilot "said the helicopter was "..." that ..." (partial only),
#    quote with "he said"; analyst "said A", two stretches split by "Thapaliya said"; "According to the
#    Stockholm International Peace Research Institute (SIPRI), A"; ministry "said A and was also B" (one
#    span). Not annotated: the helicopters' history, the leasing option.
ARTICLES[f"{BATCH}/nepal-army-mi17-spare-parts-russia.gold.json"] = {
    "article": f"{BATCH}/nepal-army-mi17-spare-parts-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Nepal Army", "the two helicopters had been taken out of service after their engines reached the end of "
            "their overhaul life, and that replacement engines ordered from Russia in early 2025 had not arrived",
            None),
        (I, "Saroj Khadka", "the remaining three helicopters were enough for routine operations but that the shortfall "
            "would be felt during the monsoon, when the army flies hundreds of rescue and supply missions", None),
        (D, "Saroj Khadka", "We paid in full, and we paid on time. We expect the contract to be honoured,", None),
        (P, "Russian Embassy in Kathmandu", "fully committed", None),
        (P, "Russian Embassy in Kathmandu", "illegal Western sanctions", None),
        (D, "Russian Embassy in Kathmandu", "Russian-Nepali friendship does not depend on the mood in Washington or "
            "Brussels,", None),
        (S, None, "parallel imports", None),
        (I, "Bimala Rai", "the government had been warned about the risk when the contract was signed", None),
        (D, "Bimala Rai", "The army was told in 2023 that Russia could not be relied on to deliver. Nobody listened,",
            None),
        (P, "A retired army pilot", "a workhorse", None),
        (D, "A retired army pilot", "The problem is not the machine. The problem is the supply chain,", None),
        (I, "Dipak Thapaliya", "the grounding exposed the danger of depending on a single supplier for an entire fleet",
            None),
        (D, "Dipak Thapaliya", "Nepal has to ask itself whether it can keep relying on a country that is under sanctions "
            "for something as important as disaster response,", None),
        (D, "Dipak Thapaliya", "India, Europe and even China build helicopters.", None),
        (I, "Stockholm International Peace Research Institute", "Russia's arms exports have fallen by more than half "
            "since 2019", None),
        (I, "Ministry of Defence", "it was in talks with the Russian side and was also exploring whether the engines "
            "could be overhauled in a third country", None),
    ],
    "actors": [
        actor("Nepal Army", "organisation", title="army", affiliation="Nepal", aliases=["Nepal Army"], stance=0),
        actor("Saroj Khadka", "person", title="Army spokesperson, Brig Gen", affiliation="Nepal Army",
              aliases=["Saroj Khadka", "Khadka"], stance=-1),
        actor("Russian Embassy in Kathmandu", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Kathmandu"], stance=1),
        actor("Bimala Rai", "person", title="lawmaker, International Relations Committee", affiliation="Parliament of Nepal",
              aliases=["Bimala Rai", "Rai"], stance=-1),
        actor("A retired army pilot", "person", title="anonymous retired Mi-17 pilot", affiliation="Nepal Army",
              aliases=["A retired army pilot"], stance=0),
        actor("Dipak Thapaliya", "person", title="security analyst", aliases=["Dipak Thapaliya", "Thapaliya"],
              stance=-1),
        actor("Stockholm International Peace Research Institute", "organisation", title="research institute",
              aliases=["Stockholm International Peace Research Institute", "SIPRI"], stance=0),
        actor("Ministry of Defence", "government", title="defence ministry", affiliation="Nepal",
              aliases=["Ministry of Defence"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Feedstuffs (a feed company recalls medicated cattle feed after deaths), headline and standfirst without
#    speech, byline and "Dec 03, 2026" lines, straight " and apostrophes, American punctuation inside
#    ("rare."), state abbreviations ("Kan.", "Okla."). Lede content before "the U.S. Food and Drug
#    Administration said Tuesday"; company "said a "..." at the mill had resulted in ..." (partial only);
#    president's quote before "company president Wade Hollister said", "Hollister said A"; Q&A "Asked whether
#    ..., Hollister said, "..."" (comma cue); rancher "said A", two stretches split by "Lange said"; scare
#    so-called "hot" batches; veterinarian "said A and that B" (one span), quote with "Kessler said"; state
#    department "said A and that B" (one span); "According to FDA records, A"; trade association "said A and
#    that incidents ... were "..."" (indirect plus partial); attorney with a common-word surname (Rice) "said
#    her clients would seek compensation "..."" (partial only). Not annotated: the recall's scope, the
#    company's mills.
ARTICLES[f"{BATCH}/prairie-gold-monensin-feed-recall.gold.json"] = {
    "article": f"{BATCH}/prairie-gold-monensin-feed-recall.txt",
    "target": "Prairie Gold Nutrition",
    "quotes": [
        (I, "U.S. Food and Drug Administration", "Prairie Gold Nutrition LLC has recalled more than 1,200 tons of "
            "medicated cattle feed produced at its Dodge City, Kan., mill after at least 140 head of cattle died on "
            "three operations in southwest Kansas", None),
        (P, "Prairie Gold Nutrition", "mixing error", "a \"mixing"),
        (D, "Wade Hollister", "We are deeply sorry for the losses these families have suffered. We have identified the "
            "cause, we have corrected it, and we are working directly with every affected customer,", None),
        (I, "Wade Hollister", "the company had hired an independent auditor to review procedures at all four of its "
            "mills", None),
        (D, "Wade Hollister", "We will do right by them. That conversation is already happening.", None),
        (I, "Cody Lange", "he lost 57 steers in four days last month", None),
        (D, "Cody Lange", "You walk out in the morning and they're just down. Nobody could tell us why,", None),
        (D, "Cody Lange", "Then we find out it was in the feed the whole time.", None),
        (S, None, "hot", None),
        (I, "Brian Kessler", "monensin toxicity can damage heart and skeletal muscle within hours and that there is no "
            "antidote", None),
        (D, "Brian Kessler", "It's a very safe product at the right dose and a very dangerous one at the wrong dose,",
            None),
        (I, "Kansas Department of Agriculture", "its inspectors had collected samples at the mill and that its "
            "investigation was ongoing", None),
        (I, "U.S. Food and Drug Administration", "it is the third monensin-related feed recall in the U.S. since 2023",
            None),
        (I, "American Feed Industry Association", "it was in contact with the company and with FDA", None),
        (P, "American Feed Industry Association", "extremely rare.", None),
        (P, "Megan Rice", "for every animal and every lost day.", None),
    ],
    "actors": [
        actor("U.S. Food and Drug Administration", "government", title="federal regulator", affiliation="United States",
              aliases=["U.S. Food and Drug Administration", "FDA"], stance=0),
        actor("Prairie Gold Nutrition", "organisation", title="feed manufacturer",
              aliases=["Prairie Gold Nutrition", "Prairie Gold"], stance=1),
        actor("Wade Hollister", "person", title="company president", affiliation="Prairie Gold Nutrition",
              aliases=["Wade Hollister", "Hollister"], stance=1),
        actor("Cody Lange", "person", title="rancher (backgrounding operation)", aliases=["Cody Lange", "Lange"],
              stance=-1),
        actor("Brian Kessler", "person", title="beef cattle veterinarian",
              affiliation="Kansas State Veterinary Diagnostic Laboratory", aliases=["Brian Kessler", "Kessler"],
              stance=None),
        actor("Kansas Department of Agriculture", "government", title="state agriculture department",
              aliases=["Kansas Department of Agriculture"], stance=0),
        actor("American Feed Industry Association", "organisation", title="trade association",
              aliases=["American Feed Industry Association"], stance=0),
        actor("Megan Rice", "person", title="attorney for two ranchers", aliases=["Megan Rice", "Rice"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. New Scientist (a study says Arctic terns navigate by infrasound), headline without speech, standfirst
#    with an en dash and no speech, byline and date lines, curly “ ” and ’, present-tense "says" throughout,
#    "Journal reference:" lines. Lede content before "according to a biologist in Norway" (Solberg, named
#    in the next paragraph); two stretches split by "says Solberg"; "She says A"; co-author with a
#    common-word surname (Vik) "says A"; sceptic with a common-word surname (Hope) "says A", two stretches
#    split by "says Hope"; "Solberg says A and that B" (one span); Q&A "Asked whether ..., she says: “...”";
#    scare so-called “map sense”; German researcher "calls the study “...” in a field ..." (partial only),
#    quote with "she says"; BTO researcher "says A but that B" (one span); university "described the work as
#    “...”" (partial only). Not annotated: the method, the journal reference.
ARTICLES[f"{BATCH}/arctic-terns-infrasound-navigation.gold.json"] = {
    "article": f"{BATCH}/arctic-terns-infrasound-navigation.txt",
    "target": "Ingrid Solberg",
    "quotes": [
        (I, "Ingrid Solberg", "Arctic terns may find their way across open ocean by listening to the low-frequency sound "
            "of waves breaking on distant shores", None),
        (D, "Ingrid Solberg", "When we lined up the flight paths with the infrasound maps, the match was far better than "
            "we expected,", None),
        (D, "Ingrid Solberg", "The birds seem to turn towards the loudest coastlines, even when those coastlines are "
            "hundreds of kilometres beyond the horizon.", None),
        (I, "Ingrid Solberg", "the team found no comparable link between the birds’ headings and variations in Earth’s "
            "magnetic field along the route", None),
        (I, "Arne Vik", "the data set, which covers more than 1.2 million kilometres of flight, is the largest of its "
            "kind ever collected for a seabird", None),
        (I, "Rachel Hope", "the correlation could simply reflect the wind", None),
        (D, "Rachel Hope", "Coastlines are loud because the wind is driving swell towards them, and birds follow "
            "tailwinds,", None),
        (D, "Rachel Hope", "Until you separate those two things, I don’t think you can claim anything about hearing.",
            None),
        (I, "Ingrid Solberg", "the team controlled for wind speed and direction in a second analysis and that the effect "
            "remained, although it was weaker", None),
        (D, "Ingrid Solberg", "Possibly. Navigation is almost never a single cue.", None),
        (S, None, "map sense", None),
        (P, "Katharina Brandt", "a genuinely new idea", None),
        (D, "Katharina Brandt", "It deserves to be tested properly, with experiments, rather than dismissed,", None),
        (I, "Michael Rowe", "the idea is plausible but that tracking studies alone can only ever show correlation", None),
        (P, "UiT The Arctic University of Norway", "a breakthrough in understanding how animals find their way", None),
    ],
    "actors": [
        actor("Ingrid Solberg", "person", title="biologist", affiliation="UiT The Arctic University of Norway",
              aliases=["Ingrid Solberg", "Solberg"], stance=1),
        actor("Arne Vik", "person", title="co-author", affiliation="UiT The Arctic University of Norway",
              aliases=["Arne Vik", "Vik"], stance=1),
        actor("Rachel Hope", "person", title="seabird navigation researcher", affiliation="University of Oxford",
              aliases=["Rachel Hope", "Hope"], stance=-1),
        actor("Katharina Brandt", "person", title="researcher",
              affiliation="Max Planck Institute for Biological Intelligence", aliases=["Katharina Brandt", "Brandt"],
              stance=1),
        actor("Michael Rowe", "person", title="researcher", affiliation="British Trust for Ornithology",
              aliases=["Michael Rowe", "Rowe"], stance=0),
        actor("UiT The Arctic University of Norway", "organisation", title="university (press release)",
              aliases=["UiT The Arctic University of Norway", "UiT"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Western Morning News (the national park authority approves car park charges), headline and standfirst
#    without speech, byline with "Local Democracy Reporter" and date lines, straight " and apostrophes,
#    British punctuation outside fragments, "per cent", "Read more:" line, "Local Democracy Reporting Service"
#    sign-off. Lede "in a move critics have called a "..."" (partial for the group); "The authority said A,
#    ..., and that B" (one span); chief executive with a common-word surname (Brook): quote before "chief
#    executive Helen Brook told members", then an open stretch to the end of its line, an open quote-only
#    paragraph and a closed quote-only paragraph; "According to the authority, A"; scare so-called "honesty
#    boxes"; councillor "said the charges would "..." local families ..." (partial only), "He said A", quote
#    with "he said"; parish chair "said A", quote with "she said"; anonymous business owner "said A and the
#    charges would be "..." for ..." (indirect plus partial); preservation group "said A but was concerned
#    that B" (one span); county council spokesperson "said A". Not annotated: the vote, the start date.
ARTICLES[f"{BATCH}/dartmoor-car-park-charges-approved.gold.json"] = {
    "article": f"{BATCH}/dartmoor-car-park-charges-approved.txt",
    "target": "Dartmoor National Park Authority",
    "quotes": [
        (P, "critics", "tax on fresh air", None),
        (I, "Dartmoor National Park Authority", "the charges would raise around £450,000 a year, which would be spent "
            "on path repairs, ranger patrols and toilets, and that blue badge holders and residents with a permit would "
            "continue to park free", None),
        (D, "Helen Brook", "Nobody wanted to do this,", None),
        (D, "Helen Brook", "But our grant from central government has fallen by 40 per cent in real terms since 2010, "
            "and the moor does not look after itself.", None),
        (D, "Helen Brook", "Every weekend our rangers are picking up litter, repairing eroded paths and dealing with "
            "fly-camping. That costs money.", None),
        (D, "Helen Brook", "If people love Dartmoor, and they do, I hope they will understand that a few pounds to park "
            "is a fair contribution.", None),
        (I, "Dartmoor National Park Authority", "the national park receives around 2.4 million visitor days a year, "
            "most of them by car", None),
        (S, None, "honesty boxes", None),
        (P, "Mark Endacott", "punish", None),
        (I, "Mark Endacott", "the authority had failed to consult properly with parishes", None),
        (D, "Mark Endacott", "We are told this is about looking after the moor. It feels a lot more like balancing the "
            "books on the backs of the people who live here,", None),
        (I, "Jenny Hext", "drivers would simply park on verges and in gateways to avoid paying", None),
        (D, "Jenny Hext", "We already have cars blocking farm gates every sunny Sunday. This will make it ten times "
            "worse,", None),
        (I, "One Postbridge business owner", "trade had not recovered since the pandemic", None),
        (P, "One Postbridge business owner", "the last straw", None),
        (I, "Dartmoor Preservation Association", "it supported the principle of charging but was concerned that the "
            "money could disappear into the authority's general budget", None),
        (I, "A Devon County Council spokesperson", "highways officers would monitor verge parking near the affected car "
            "parks once the charges were introduced", None),
    ],
    "actors": [
        actor("critics", "group", title="critics of the charges", aliases=["critics"], stance=-1),
        actor("Dartmoor National Park Authority", "organisation", title="national park authority",
              aliases=["Dartmoor National Park Authority", "authority"], stance=1),
        actor("Helen Brook", "person", title="chief executive", affiliation="Dartmoor National Park Authority",
              aliases=["Helen Brook", "Brook"], stance=1),
        actor("Mark Endacott", "person", title="councillor, authority member", affiliation="Dartmoor National Park Authority",
              aliases=["Mark Endacott", "Endacott", "Cllr Mark Endacott"], stance=-1),
        actor("Jenny Hext", "person", title="chair of the Holne Moor parish meeting", aliases=["Jenny Hext", "Hext"],
              stance=-1),
        actor("One Postbridge business owner", "person", title="anonymous business owner",
              aliases=["One Postbridge business owner"], stance=-1),
        actor("Dartmoor Preservation Association", "organisation", title="conservation group",
              aliases=["Dartmoor Preservation Association"], stance=0),
        actor("A Devon County Council spokesperson", "person", title="spokesperson", affiliation="Devon County Council",
              aliases=["A Devon County Council spokesperson"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
