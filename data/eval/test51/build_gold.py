"""Build the test51 gold files (data/eval/test51/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test51/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test51.  Standard library only.
HELD OUT, like ../test/: do not read while tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test51"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Daily News Hungary culture/diplomacy (a Russian state orchestra's Budapest concerts), straight " and
#    apostrophes; lede content before "the venue confirmed"; "according to the ticketing site Jegy.hu";
#    scare so-called "cultural bridge" tour; chief executive "said A and that B", quote split by "Kovács
#    told Daily News Hungary"; "Read also:" line; embassy "welcomed" (act), "said Hungary had shown "..." at a
#    time when "..."" (two partials); deputy minister "told MTI that the tour was "..." of ..." (partial),
#    quote with "she said"; association "said A"; chairwoman named after the first stretch ("said Oksana
#    Hrytsenko, ..."), "added that A"; namesake opposition politician ("no relation") "called ... "..." and
#    said the government was "..."" (two partials); spokesman "said A", quote with "he told reporters";
#    conductor "said he had been "..." until ..." (partial), quote with "Morozov said".
ARTICLES[f"{BATCH}/budapest-russian-orchestra-concerts.gold.json"] = {
    "article": f"{BATCH}/budapest-russian-orchestra-concerts.txt",
    "target": "Russia",
    "quotes": [
        (I, "Palace of Arts", "The Palace of Arts (Müpa Budapest) will host two concerts by the Moscow-based Rossiya "
            "State Symphony Orchestra next week despite calls to cancel them from Ukrainian community groups and "
            "opposition politicians", None),
        (I, "Jegy.hu", "Both evenings sold out within hours", None),
        (S, None, "cultural bridge", None),
        (I, "Tamás Kovács", "the musicians were not on any EU sanctions list and that the venue had received no request "
            "from the authorities to call off the performances", None),
        (D, "Tamás Kovács", "We are a concert hall, not a foreign ministry,", None),
        (D, "Tamás Kovács", "These musicians have done nothing wrong, and the Hungarian audience clearly wants to hear "
            "them.", None),
        (P, "Russian Embassy in Budapest", "common sense and respect for culture", None),
        (P, "Russian Embassy in Budapest", "Russophobia has become official policy", None),
        (P, "Yevgenia Starikova", "only the beginning", None),
        (D, "Yevgenia Starikova", "Culture builds bridges where politicians build walls. Russia has never closed its "
            "doors to European artists, and we are grateful that Hungary has not closed its doors to ours,", None),
        (I, "Association of Ukrainians in Hungary", "it would hold a silent protest outside the venue on both nights",
            None),
        (D, "Oksana Hrytsenko", "While this orchestra plays in Budapest, Russian missiles are hitting concert halls in "
            "Kharkiv,", None),
        (D, "Oksana Hrytsenko", "Every ticket sold is a small gift to the Kremlin's propaganda.", None),
        (I, "Oksana Hrytsenko", "several members of the orchestra had performed at a state-organised concert in occupied "
            "Mariupol in 2024", None),
        (P, "Zsófia Kovács", "a propaganda exercise paid for by the Kremlin", None),
        (P, "Zsófia Kovács", "once again doing Moscow's bidding", None),
        (I, "Levente Szalai", "the cabinet did not interfere in the programming of cultural institutions", None),
        (D, "Levente Szalai", "Hungary condemned the attack on Ukraine on the very first day. But peace also means that "
            "we keep talking to each other, including through music,", None),
        (P, "Ilya Morozov", "counting the days", None),
        (D, "Ilya Morozov", "Its acoustics are the best in Central Europe. For an orchestra, coming back to this stage is "
            "like coming home after a long journey,", None),
    ],
    "actors": [
        actor("Palace of Arts", "organisation", title="concert venue", affiliation="Budapest",
              aliases=["Palace of Arts", "Müpa Budapest", "Müpa"], stance=1),
        actor("Jegy.hu", "organisation", title="ticketing site", aliases=["Jegy.hu"], stance=None),
        actor("Tamás Kovács", "person", title="chief executive", affiliation="Palace of Arts (Müpa Budapest)",
              aliases=["Tamás Kovács", "Kovács"], stance=1),
        actor("Russian Embassy in Budapest", "government", affiliation="Russia",
              aliases=["Russian Embassy in Budapest", "embassy"], stance=1),
        actor("Yevgenia Starikova", "person", title="deputy minister of culture", affiliation="Russia",
              aliases=["Yevgenia Starikova", "Starikova"], stance=1),
        actor("Association of Ukrainians in Hungary", "organisation", title="community group",
              aliases=["Association of Ukrainians in Hungary", "association"], stance=-1),
        actor("Oksana Hrytsenko", "person", title="chairwoman", affiliation="Association of Ukrainians in Hungary",
              aliases=["Oksana Hrytsenko", "Hrytsenko"], stance=-1),
        actor("Zsófia Kovács", "person", title="Budapest representative", affiliation="Tisza Party",
              aliases=["Zsófia Kovács"], stance=-1),
        actor("Levente Szalai", "person", title="Government spokesman", affiliation="Government of Hungary",
              aliases=["Levente Szalai", "Szalai"], stance=0),
        actor("Ilya Morozov", "person", title="principal conductor", affiliation="Rossiya State Symphony Orchestra",
              aliases=["Ilya Morozov", "Morozov"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Insurance Journal (a state regulator examines an insurer's hail claim denials), straight " and
#    apostrophes, US punctuation inside closing marks, "By ... | December 3, 2026" byline; lede without a cue;
#    regulator "said in a statement Tuesday that A and that B" (one span); content before "according to the
#    division"; commissioner "said the figures were "..."" (partial only), quote with "Whitfield said in an
#    interview with Insurance Journal"; scare so-called "roof schedule" endorsements; company "said in a
#    statement that A and that its claim decisions were "..."" (indirect plus partial); CEO "said A", quote
#    split by "Lindqvist said" whose second stretch runs open to the end of its paragraph, then a closed
#    quote-only paragraph; Q&A "Asked whether ..., Lindqvist replied: "...""; policyholder (a name like
#    common words) "said A", quote with "Parish said"; anonymous former adjuster "said adjusters had been told
#    ... to "..."" (partial only); lawmaker "said A", quote with "he said"; rating agency "said ... that ...
#    were "..." relative to ..." (partial only).
ARTICLES[f"{BATCH}/front-range-mutual-hail-claims.gold.json"] = {
    "article": f"{BATCH}/front-range-mutual-hail-claims.txt",
    "target": "Front Range Mutual",
    "quotes": [
        (I, "Colorado Division of Insurance", "the market conduct examination would focus on roof claims from the June "
            "14 and July 2 hailstorms and that it had received more than 1,100 consumer complaints about the insurer "
            "since July", None),
        (I, "Colorado Division of Insurance", "Front Range Mutual, which writes about 9% of the state's homeowners "
            "policies, denied or closed without payment roughly 38% of the hail claims it received from the two "
            "storms, compared with a statewide average of 14%", None),
        (P, "Dana Whitfield", "a red flag that we cannot ignore.", None),
        (D, "Dana Whitfield", "We are not prejudging the outcome. But when one company's denial rate is more than twice "
            "the market's, and our phones are ringing off the hook, we have a duty to look under the hood,", None),
        (S, None, "roof schedule", None),
        (I, "Front Range Mutual", "it was cooperating fully with the examination", None),
        (P, "Front Range Mutual", "grounded in the policy language and the physical evidence on each roof.", None),
        (I, "Greg Lindqvist", "many of the denied claims involved roofs with wear and tear or damage from earlier "
            "storms, which the company's policies do not cover", None),
        (D, "Greg Lindqvist", "We pay every claim we owe, and we have paid more than $210 million on these two storms "
            "alone,", None),
        (D, "Greg Lindqvist", "What we cannot do is replace a 25-year-old roof because a door-knocker told a homeowner "
            "it was hail.", None),
        (D, "Greg Lindqvist", "That isn't fair to the other 300,000 families who pay their premiums to us and expect "
            "them to be spent on real losses.", None),
        (D, "Greg Lindqvist", "No. Our adjusters use exactly the same standards they used in 2023.", None),
        (I, "June Parish", "Front Range Mutual sent an adjuster to her house nine weeks after the June storm and then "
            "denied her claim on the grounds that the damage was old", None),
        (D, "June Parish", "I've paid them for 22 years and never filed a claim. They looked at my roof for 15 minutes,",
            None),
        (P, "A former Front Range Mutual field adjuster", "look for reasons to write it up as cosmetic.", None),
        (I, "Tomás Aguilar", "he would introduce a bill in January that would require insurers to send an adjuster "
            "within 30 days of a catastrophe claim", None),
        (D, "Tomás Aguilar", "Front Range Mutual is the worst example, but it is not the only one. Homeowners shouldn't "
            "need a lawyer to get their roof fixed,", None),
        (P, "AM Best", "manageable", None),
    ],
    "actors": [
        actor("Colorado Division of Insurance", "government", title="state insurance regulator", affiliation="Colorado",
              aliases=["Colorado Division of Insurance", "division"], stance=0),
        actor("Dana Whitfield", "person", title="Insurance Commissioner", affiliation="Colorado Division of Insurance",
              aliases=["Dana Whitfield", "Whitfield", "Insurance Commissioner"], stance=-1),
        actor("Front Range Mutual", "organisation", title="insurer",
              aliases=["Front Range Mutual", "Front Range Mutual Insurance Co.", "company"], stance=1),
        actor("Greg Lindqvist", "person", title="Chief Executive", affiliation="Front Range Mutual",
              aliases=["Greg Lindqvist", "Lindqvist"], stance=1),
        actor("June Parish", "person", title="retired nurse, policyholder", affiliation="Castle Rock",
              aliases=["June Parish", "Parish"], stance=-1),
        actor("A former Front Range Mutual field adjuster", "person", title="anonymous former field adjuster",
              affiliation="Front Range Mutual", aliases=["A former Front Range Mutual field adjuster"], stance=-1),
        actor("Tomás Aguilar", "person", title="State Rep. (D-Aurora)", affiliation="Colorado House of Representatives",
              aliases=["Tomás Aguilar", "Aguilar"], stance=-1),
        actor("AM Best", "organisation", title="rating agency", aliases=["AM Best"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Isle of Wight County Press local politics (the council leader survives a no-confidence vote over toilet
#    closures), headline and standfirst without speech, byline with "Local Democracy Reporter" and a date
#    line, lede opening in capitals ("THE leader"), straight " and apostrophes, British punctuation outside
#    closing marks, "Cllr"; a leader whose surname is a common word (Ward); "told a packed meeting ... that he
#    had taken "..." in the decision" (partial only), quote with "he said", then a quote-only paragraph;
#    caption ending "(Picture: Isle of Wight County Press)"; opposition leader "said the leader had "..." and
#    accused ... of consulting ... "..."" (two partials), quote with "she told the chamber"; "Read more:" line;
#    scare "financial recovery" strategy; council spokesperson "said A and that B" (one span); café owner
#    (surname Rule) "said people ... came in ... "..." in the summer" (partial only), quote with "Rule said";
#    anonymous councillor "told the County Press the group had been "..." ... and that the leader "..."" (two
#    partials); content before "according to the charity ..., which said A" (two indirects); Q&A "Asked by
#    the County Press ..., Cllr Ward replied: "...""; "He said A and that B" (one span).
ARTICLES[f"{BATCH}/ian-ward-no-confidence-toilets.gold.json"] = {
    "article": f"{BATCH}/ian-ward-no-confidence-toilets.txt",
    "target": "Ian Ward",
    "quotes": [
        (P, "Ian Ward", "no pleasure whatsoever", None),
        (D, "Ian Ward", "Nobody stood for election to shut toilets. But we have a legal duty to balance the budget, and "
            "I will not hand this Island's finances to government commissioners because it would make me more "
            "popular for a month,", None),
        (D, "Ian Ward", "If anyone in this chamber has a better idea, I have been waiting three years to hear it.", None),
        (P, "Sandra Tuck", "lost the trust of residents and businesses", None),
        (P, "Sandra Tuck", "after the decision had already been made", None),
        (D, "Sandra Tuck", "This is a tourist Island. You cannot tell families coming off the ferry at Yarmouth that the "
            "nearest toilet is two miles away,", None),
        (S, None, "financial recovery", None),
        (I, "Isle of Wight Council spokesperson", "the closures would save around £380,000 a year and that the "
            "authority was in talks with eight town and parish councils about taking on individual sites", None),
        (P, "Gemma Rule", "every ten minutes", None),
        (D, "Gemma Rule", "I don't mind helping people out, but I'm not a public service. Cllr Ward should come down "
            "here on a bank holiday Monday and see what it's like,", None),
        (P, "One Alliance councillor", "close to splitting", None),
        (P, "One Alliance councillor", "should have listened sooner", None),
        (I, "Crohn's & Colitis UK", "More than half a million people in the UK live with Crohn's or colitis", None),
        (I, "Crohn's & Colitis UK", "the closures would leave many people on the Island afraid to leave their homes",
            None),
        (D, "Ian Ward", "Not a chance. There is work to do.", None),
        (I, "Ian Ward", "the administration would publish a revised list in January and that no toilet would close "
            "before Easter", None),
    ],
    "actors": [
        actor("Ian Ward", "person", title="Leader of the Isle of Wight Council", affiliation="Alliance administration",
              aliases=["Ian Ward", "Cllr Ian Ward", "Cllr Ward", "Ward"], stance=1),
        actor("Sandra Tuck", "person", title="Conservative group leader", affiliation="Conservatives",
              aliases=["Sandra Tuck", "Cllr Sandra Tuck", "Cllr Tuck", "Tuck"], stance=-1),
        actor("Isle of Wight Council spokesperson", "person", title="spokesperson", affiliation="Isle of Wight Council",
              aliases=["Isle of Wight Council spokesperson"], stance=1),
        actor("Gemma Rule", "person", title="café owner", affiliation="Ventnor", aliases=["Gemma Rule", "Rule"],
              stance=-1),
        actor("One Alliance councillor", "person", title="anonymous councillor", affiliation="Alliance group",
              aliases=["One Alliance councillor"], stance=-1),
        actor("Crohn's & Colitis UK", "organisation", title="charity", aliases=["Crohn's & Colitis UK"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Undark science (a research institute's handling of a retracted coral study), headline and dek without
#    speech, byline and "12.04.2026" date line, curly double quotes and curly apostrophes, US punctuation
#    inside closing marks; journal "said the institute's ... investigation had found that ... had been "..."
#    and that B" (partial plus indirect); institute "said it had followed its ... policy "..."" (partial
#    only), then "The institute said A"; director "said A", quote split by "she said in an interview"; scare
#    much-publicized "Reef Rescue" initiative; whistleblower "remembers ... differently" (not speech), "Berg
#    said A and that B" (one span), quote with "Berg said", then a quote-only paragraph; spokesperson "said A,
#    but that ... had ended "..."" (indirect plus partial); lead author "did not respond" (not speech),
#    "called the problems "..." and said the institute had "..."" (two partials); anonymous staff scientist
#    "said the pressure to produce "..." had grown ..." (partial only); researcher "said A", quote with
#    "Duarte said", "Still, she noted, A".
ARTICLES[f"{BATCH}/halvorsen-coral-retraction.gold.json"] = {
    "article": f"{BATCH}/halvorsen-coral-retraction.txt",
    "target": "Halvorsen Institute for Ocean Research",
    "quotes": [
        (P, "Journal of Coral Biology", "altered after the fact,", None),
        (I, "Journal of Coral Biology", "the authors could no longer stand behind the conclusions", None),
        (P, "Halvorsen Institute for Ocean Research", "to the letter.", None),
        (I, "Halvorsen Institute for Ocean Research", "it had referred its findings to the National Science Foundation, "
            "which funded the work", None),
        (I, "Priya Raman", "the case showed that the system worked", None),
        (D, "Priya Raman", "A junior scientist raised a concern, we took it seriously, and within nine months the record "
            "was corrected,", None),
        (D, "Priya Raman", "I would ask: How many institutions can say that?", None),
        (S, None, "Reef Rescue", None),
        (I, "Lukas Berg", "he was moved off the project two weeks after raising his concerns and that his contract was "
            "not renewed in June", None),
        (D, "Lukas Berg", "Nobody ever said it was because of the complaint. They didn’t have to,", None),
        (D, "Lukas Berg", "Every postdoc in the building watched what happened to me. That was the message.", None),
        (I, "Meredith Coyle", "personnel decisions were confidential", None),
        (P, "Meredith Coyle", "on its scheduled date.", None),
        (P, "Owen Kettle", "honest mistakes in data handling", None),
        (P, "Owen Kettle", "hung me out to dry.", None),
        (P, "A staff scientist at the institute", "headline results", None),
        (I, "Marisol Duarte", "institutions investigating their own scientists face an obvious conflict of interest",
            None),
        (D, "Marisol Duarte", "The institute is the employer, the grant recipient, and the judge. That is a lot of hats "
            "to wear at once,", None),
        (I, "Marisol Duarte", "Halvorsen had moved faster than many universities, where similar inquiries can drag on "
            "for years", None),
    ],
    "actors": [
        actor("Journal of Coral Biology", "organisation", title="journal", aliases=["Journal of Coral Biology",
              "journal"], stance=None),
        actor("Halvorsen Institute for Ocean Research", "organisation", title="research institute",
              aliases=["Halvorsen Institute for Ocean Research", "Halvorsen", "institute"], stance=1),
        actor("Priya Raman", "person", title="director", affiliation="Halvorsen Institute for Ocean Research",
              aliases=["Priya Raman", "Raman"], stance=1),
        actor("Lukas Berg", "person", title="former postdoctoral researcher",
              affiliation="Halvorsen Institute for Ocean Research", aliases=["Lukas Berg", "Berg"], stance=-1),
        actor("Meredith Coyle", "person", title="spokesperson", affiliation="Halvorsen Institute for Ocean Research",
              aliases=["Meredith Coyle", "Coyle"], stance=1),
        actor("Owen Kettle", "person", title="lead author", aliases=["Owen Kettle", "Kettle"], stance=-1),
        actor("A staff scientist at the institute", "person", title="anonymous staff scientist",
              affiliation="Halvorsen Institute for Ocean Research", aliases=["A staff scientist at the institute"],
              stance=-1),
        actor("Marisol Duarte", "person", title="research misconduct researcher", affiliation="University of Arizona",
              aliases=["Marisol Duarte", "Duarte"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
