"""Build the test38 gold files (data/eval/test38/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test38/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test38.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test38"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Irrawaddy (Myanmar, English) diplomacy/space (Roscosmos to build and launch the junta's first Earth
#    observation satellite), Title Case headline without speech, `By The Irrawaddy` and date lines, straight " and
#    apostrophes, American spelling and punctuation inside closing marks, Burmese names without surnames (`U Zaw Win
#    Naing`), a Thai analyst called by his given name (`Pravit said`). Lede content before `, junta-controlled media
#    reported`; newspaper `said on Tuesday that the satellite would be used for "..." and that B` (partial plus
#    indirect); `It did not disclose ...` (negated); scare so-called "Space Science and Technology Committee";
#    `In a statement on its website, Roscosmos said A`; quote before `the statement quoted the corporation's director
#    ..., Sergei Avdeyev, as saying` (direct for Avdeyev); `The ... NUG condemned the deal.` (act); spokesperson
#    `told The Irrawaddy that a ... satellite ... would be "..."` (partial only), quote with `he said`; group `said
#    in a statement that Roscosmos was "..." in ... and called on governments to ...` (partial; the call is a
#    directive); anonymous engineer `said A`, `she said`; `did not respond to a request for comment`; analyst `said A
#    and that B` (one span), quote with `Pravit said`; content before `, according to junta-controlled media`.
ARTICLES[f"{BATCH}/roscosmos-myanmar-satellite-deal.gold.json"] = {
    "article": f"{BATCH}/roscosmos-myanmar-satellite-deal.txt",
    "target": "Russia",
    "quotes": [
        (I, "junta-controlled media", "Russia's state space corporation Roscosmos will build and launch an Earth "
            "observation satellite for Myanmar's military regime under an agreement signed in Moscow on Monday", None),
        (P, "The Global New Light of Myanmar", "agriculture, disaster management and national development", None),
        (I, "The Global New Light of Myanmar", "it would be launched from Russia's Vostochny Cosmodrome in 2028", None),
        (S, None, "Space Science and Technology Committee", None),
        (I, "Roscosmos", "the agreement covered the design and manufacture of the satellite, its launch and the training "
            "of about 30 Myanmar engineers in Russia", None),
        (D, "Sergei Avdeyev", "Russia is ready to share its space technologies with friendly countries that respect "
            "international law and reject unilateral sanctions,", None),
        (P, "Zaw Win Naing", "another weapon pointed at our people.", None),
        (D, "Zaw Win Naing", "They say agriculture. But they will use it to find our camps, our schools and our "
            "hospitals in the liberated areas,", None),
        (P, "Justice For Myanmar", "directly complicit", None),
        (I, "Yangon-based engineer", "many young Myanmar scientists had long dreamed of a national satellite program",
            None),
        (D, "Yangon-based engineer", "It should have been a proud day. Instead, most of us feel ashamed that it is "
            "happening like this,", None),
        (I, "Pravit Sornsri", "the satellite would not be operational for several years and that the junta already "
            "received satellite imagery from Russian and Chinese sources", None),
        (D, "Pravit Sornsri", "The real significance is political. Moscow is telling the world that Naypyitaw is a "
            "partner, not a pariah,", None),
        (I, "junta-controlled media", "The agreement was signed during a visit to Moscow by a junta delegation led by "
            "the junta's minister of transport and communications", None),
    ],
    "actors": [
        actor("junta-controlled media", "organisation", title="state media", affiliation="Myanmar military regime",
              aliases=["junta-controlled media"], stance=0),
        actor("The Global New Light of Myanmar", "organisation", title="regime newspaper",
              affiliation="Myanmar military regime", aliases=["The Global New Light of Myanmar"], stance=1),
        actor("Roscosmos", "government", title="state space corporation", affiliation="Russia",
              aliases=["Roscosmos"], stance=1),
        actor("Sergei Avdeyev", "person", title="director for international cooperation", affiliation="Roscosmos",
              aliases=["Sergei Avdeyev", "Avdeyev"], stance=1),
        actor("Zaw Win Naing", "person", title="spokesperson", affiliation="National Unity Government (NUG)",
              aliases=["Zaw Win Naing", "U Zaw Win Naing"], stance=-1),
        actor("Justice For Myanmar", "organisation", title="activist group", aliases=["Justice For Myanmar"],
              stance=-1),
        actor("Yangon-based engineer", "person", title="anonymous engineer", aliases=["Yangon-based engineer"],
              stance=-1),
        actor("Pravit Sornsri", "person", title="Bangkok-based security analyst", aliases=["Pravit Sornsri", "Pravit"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Music Week (UK music trade press) streaming/business (a streaming service stops paying royalties on tracks under
#    2,000 streams a year), headline without speech, standfirst with reported speech but no quote marks (not
#    annotated), `by NAME` and `Thursday, December 10th 2026` lines, British curly single quotes ‘...’ with ’
#    apostrophes, punctuation outside fragment marks. Lede content before `, the streaming service has told labels
#    and distributors`; `In a note to partners, the company said the change would redirect ... to ‘...’` (partial
#    only); `It said A, but that B` (one span); quote split by `said Tunecast’s UK managing director Ollie Grant`; Q&A
#    `Asked whether ..., Grant said: ‘...’`; scare so-called ‘long tail’; union `called the threshold a ‘...’ and
#    accused Tunecast of ‘...’` (two partials); AIM chief executive `said: ‘...` open at the end of its line, then a
#    closed quote-only paragraph; artist with a word-like surname (`Laurie Bell`) `said A`, quote split by `Bell
#    said`; BPI `said A, but that any change ... should be ‘...’ with rights holders` (indirect plus partial); analyst
#    `said A`, `he said`.
ARTICLES[f"{BATCH}/tunecast-royalty-threshold-2000-streams.gold.json"] = {
    "article": f"{BATCH}/tunecast-royalty-threshold-2000-streams.txt",
    "target": "Tunecast",
    "quotes": [
        (I, "Tunecast", "Tunecast will stop paying royalties on tracks that receive fewer than 2,000 streams a year from "
            "April 1", None),
        (P, "Tunecast", "artists who are building real audiences", None),
        (I, "Tunecast", "about 68% of the tracks on the service fell below the threshold, but that together they "
            "accounted for less than 0.5% of all plays", None),
        (D, "Ollie Grant", "We want every pound in the royalty pool to reach artists whose music people are actually "
            "listening to,", None),
        (D, "Ollie Grant", "At the moment a lot of it is being eaten up by fraud and by tracks that nobody chooses to "
            "hear.", None),
        (D, "Ollie Grant", "We’ll keep listening to the industry, but the principle isn’t going to change.", None),
        (S, None, "long tail", None),
        (P, "Musicians’ Union", "pay cut for the smallest artists", None),
        (P, "Musicians’ Union", "balancing its books on the backs of grassroots musicians", None),
        (D, "Sadie Okonkwo", "A track with 1,500 streams a year is not fraud. It might be a folk record, a jazz trio or "
            "a brass band that has a small, loyal audience.", None),
        (D, "Sadie Okonkwo", "Those artists were never going to get rich from streaming, but they deserve to be paid "
            "for every play.", None),
        (I, "Laurie Bell", "most of the 40 tracks she has released since 2015 would fall below the new threshold", None),
        (D, "Laurie Bell", "It isn’t a lot of money, maybe a couple of hundred pounds a year, but it pays for strings "
            "and petrol to gigs,", None),
        (D, "Laurie Bell", "Now it’s just gone.", None),
        (I, "BPI", "it supported efforts to tackle streaming fraud", None),
        (P, "BPI", "properly consulted on", None),
        (I, "Tom Sayer", "Tunecast was under pressure to improve margins before a planned stock market listing in 2027",
            None),
        (D, "Tom Sayer", "This is as much about the balance sheet as it is about fraud. The savings go to the biggest "
            "artists, and the biggest artists are the ones Tunecast can’t afford to lose,", None),
    ],
    "actors": [
        actor("Tunecast", "organisation", title="streaming service",
              aliases=["Tunecast", "the streaming service", "the company"], stance=1),
        actor("Ollie Grant", "person", title="UK managing director", affiliation="Tunecast",
              aliases=["Ollie Grant", "Grant"], stance=1),
        actor("Musicians’ Union", "organisation", title="musicians' trade union", aliases=["Musicians’ Union", "MU"],
              stance=-1),
        actor("Sadie Okonkwo", "person", title="chief executive", affiliation="Association of Independent Music (AIM)",
              aliases=["Sadie Okonkwo", "Okonkwo"], stance=-1),
        actor("Laurie Bell", "person", title="Bristol singer-songwriter", aliases=["Laurie Bell", "Bell"], stance=-1),
        actor("BPI", "organisation", title="record industry body", aliases=["BPI"], stance=0),
        actor("Tom Sayer", "person", title="analyst", affiliation="MIDiA Research", aliases=["Tom Sayer", "Sayer"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Chronicle Herald (Halifax) courts (a food blogger ordered to pay damages for defaming a restaurant owner),
#    headline without speech, standfirst with reported speech but no quote marks (not annotated), `NAME, Courts
#    Reporter` and `Published Dec. 10, 2026` lines, straight " and apostrophes, Canadian spelling (`rumour`),
#    American punctuation inside closing marks, `Ms.`; a surname that reads as words (`Whynot`). `found that ...`
#    (no cue); judge `said Kendra Whynot had "..." in posts ..., and that B` (partial plus indirect); quote from the
#    decision with `Boudreau wrote`; `Whynot wrote that ... had served "..." to customers and had been "..." a
#    failed inspection` (two partials); `rejected Whynot's argument that ...` (act, not annotated), `and described
#    the harm ... as "..."` (partial); scare so-called "anti-SLAPP" law; owner in an apposition `said outside the
#    Halifax courthouse that he felt "..."` (partial only), `he said`; lawyer in an apposition `said the award sent
#    "..." to anyone ...` (partial only); `Reached by phone, Whynot said A and that she stood by her "..." of the
#    restaurant` (indirect plus partial), `she said`; her lawyer `said the judge had given "..." to ...` (partial
#    only); professor `said A, but warned that B` (two indirects); `The court also ordered ...` (directive).
ARTICLES[f"{BATCH}/whynot-food-blogger-defamation-ruling.gold.json"] = {
    "article": f"{BATCH}/whynot-food-blogger-defamation-ruling.txt",
    "target": "Kendra Whynot",
    "quotes": [
        (P, "Colleen Boudreau", "presented rumour as fact", None),
        (I, "Colleen Boudreau", "she had refused to take them down even after she was shown health inspection records "
            "that contradicted them", None),
        (D, "Colleen Boudreau", "Ms. Whynot is entitled to her opinions about food. She is not entitled to invent facts "
            "about a person's business,", None),
        (P, "Kendra Whynot", "spoiled scallops", None),
        (P, "Kendra Whynot", "hiding", None),
        (P, "Colleen Boudreau", "real and lasting.", None),
        (S, None, "anti-SLAPP", None),
        (P, "Georgios Pappas", "vindicated.", None),
        (D, "Georgios Pappas", "For two years people have been asking me if I poison my customers. My daughters read "
            "those comments. Today a judge said it was not true,", None),
        (P, "Andrew MacIsaac", "a clear message", None),
        (I, "Kendra Whynot", "she would appeal", None),
        (P, "Kendra Whynot", "honest experience", None),
        (D, "Kendra Whynot", "I'm a small blogger who got sick after a meal. If this ruling stands, nobody in Nova "
            "Scotia will dare to write a bad review again,", None),
        (P, "Jennifer Doucet", "too little weight", None),
        (I, "Rachel Nickerson", "the decision was consistent with recent Canadian rulings on online reviews", None),
        (I, "Rachel Nickerson", "the size of the award could make ordinary reviewers more cautious", None),
    ],
    "actors": [
        actor("Colleen Boudreau", "person", title="Justice, Nova Scotia Supreme Court",
              aliases=["Colleen Boudreau", "Boudreau"], stance=-1),
        actor("Kendra Whynot", "person", title="food blogger", aliases=["Kendra Whynot", "Whynot", "Ms. Whynot"],
              stance=1),
        actor("Georgios Pappas", "person", title="restaurant owner, Aegean Grill",
              aliases=["Georgios Pappas", "Pappas"], stance=-1),
        actor("Andrew MacIsaac", "person", title="lawyer for Pappas", aliases=["Andrew MacIsaac", "MacIsaac"],
              stance=-1),
        actor("Jennifer Doucet", "person", title="lawyer for Whynot", aliases=["Jennifer Doucet", "Doucet"], stance=1),
        actor("Rachel Nickerson", "person", title="media law teacher",
              affiliation="Dalhousie University's Schulich School of Law", aliases=["Rachel Nickerson", "Nickerson"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Physics World (IOP Publishing) science/health (Australia's OPAL research reactor stays offline until mid-2027),
#    headline and standfirst without speech, byline and `10 Dec 2026` lines without `By`, curly “ ” and ’, British
#    spelling and punctuation, `20 MW`, `Mo-99`, `technetium-99m`, en dash in `2009–10`. Lede content before `, the
#    Australian Nuclear Science and Technology Organisation (ANSTO) has announced`; `In a statement, ANSTO said the
#    cracking had been found during “...” and that there had been “...” to staff or the public` (two partials);
#    executive named first in an apposition `said A`, `she said`; `ANSTO said A` (the next sentence is the writer's);
#    society `said its members had been given “...” of the extended shutdown and warned that B` (partial plus
#    indirect); quote before `said Anh Nguyen, a nuclear-medicine physicist at ...`; content before `, ANSTO said`;
#    scientist `said A`, `he said`; regulator `said A and that it was “...” with ANSTO’s response so far` (indirect
#    plus partial); content before `, according to the OECD Nuclear Energy Agency (NEA), which ...`; scare so-called
#    “isotope crisis”.
ARTICLES[f"{BATCH}/opal-reactor-shutdown-extended.gold.json"] = {
    "article": f"{BATCH}/opal-reactor-shutdown-extended.txt",
    "target": "Australian Nuclear Science and Technology Organisation",
    "quotes": [
        (I, "Australian Nuclear Science and Technology Organisation", "The OPAL research reactor in Sydney will remain "
            "shut down until at least June 2027 after inspectors found cracking in a section of its primary coolant "
            "pipework", None),
        (P, "Australian Nuclear Science and Technology Organisation", "routine non-destructive testing", None),
        (P, "Australian Nuclear Science and Technology Organisation", "no risk at any time", None),
        (I, "Fiona Wetherell", "the damaged section would have to be replaced with a custom-made pipe spool manufactured "
            "in Europe", None),
        (D, "Fiona Wetherell", "We could have repaired it and restarted in a matter of weeks. We chose not to, because "
            "the safety case for OPAL has to be beyond question,", None),
        (I, "Australian Nuclear Science and Technology Organisation", "it had secured imports of molybdenum-99 from "
            "reactors in Europe and South Africa to cover about 70% of normal demand", None),
        (P, "Australian and New Zealand Society of Nuclear Medicine", "less than a week’s notice", None),
        (I, "Australian and New Zealand Society of Nuclear Medicine", "some patients would wait several weeks for bone "
            "and heart scans", None),
        (D, "Anh Nguyen", "We’ve gone from ordering isotopes like milk to rationing them like gold,", None),
        (I, "Australian Nuclear Science and Technology Organisation", "Experiments booked at the Australian Centre for "
            "Neutron Scattering will be moved to 2027 or to partner facilities overseas", None),
        (I, "Mark Tran", "his group’s work on solid-state battery electrolytes would lose about nine months", None),
        (D, "Mark Tran", "I don’t blame ANSTO for being careful. But for a PhD student on a three-year scholarship, nine "
            "months is a third of their project,", None),
        (I, "Australian Radiation Protection and Nuclear Safety Agency", "it had been notified of the fault in October",
            None),
        (P, "Australian Radiation Protection and Nuclear Safety Agency", "satisfied", None),
        (I, "OECD Nuclear Energy Agency", "Several of the world’s ageing research reactors face long shutdowns over the "
            "next two years", None),
        (S, None, "isotope crisis", None),
    ],
    "actors": [
        actor("Australian Nuclear Science and Technology Organisation", "government", title="national nuclear agency",
              affiliation="Australia", aliases=["Australian Nuclear Science and Technology Organisation", "ANSTO"],
              stance=1),
        actor("Fiona Wetherell", "person", title="group executive for nuclear operations",
              affiliation="Australian Nuclear Science and Technology Organisation",
              aliases=["Fiona Wetherell", "Wetherell"], stance=1),
        actor("Australian and New Zealand Society of Nuclear Medicine", "organisation", title="professional society",
              aliases=["Australian and New Zealand Society of Nuclear Medicine", "ANZSNM"], stance=-1),
        actor("Anh Nguyen", "person", title="nuclear-medicine physicist at a Brisbane hospital",
              aliases=["Anh Nguyen", "Nguyen"], stance=-1),
        actor("Mark Tran", "person", title="materials scientist", affiliation="University of Wollongong",
              aliases=["Mark Tran", "Tran"], stance=0),
        actor("Australian Radiation Protection and Nuclear Safety Agency", "government", title="nuclear regulator",
              affiliation="Australia",
              aliases=["Australian Radiation Protection and Nuclear Safety Agency", "ARPANSA"], stance=1),
        actor("OECD Nuclear Energy Agency", "organisation", title="intergovernmental agency",
              aliases=["OECD Nuclear Energy Agency", "NEA"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
