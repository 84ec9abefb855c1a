"""Build the dev104 gold files (data/eval/dev104/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev104/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev104.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev104"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. SABC News (South Africa) defence/diplomacy (a Russian frigate docks in Simon's Town ahead of a joint naval
#    exercise), headline without speech, `Monday, 7 December 2026, 15:42 | NAME` line, straight `"` and apostrophes,
#    British punctuation outside closing marks for fragments, radio-style present tense `says` mixed with `said`,
#    `Related:` lines. Lede without a cue; SANDF spokesperson with a title chain before the name `says A`, quote with
#    `says Ngcobo` (verb before the name); content before `, the SANDF said in a statement`; consul-general `told SABC
#    News the visit showed "..." between ...` (partial only), quote with `Pankratov said`; scare so-called `"active
#    non-alignment"`; DA spokesperson (apposition) `says A`, quote with `Steenkamp says`; DIRCO `has stood by the
#    drills` (act), its spokesperson `said Russia remained "..." and that B` (partial plus indirect); US Embassy `said
#    it had "..." of the exercise and that B` (partial plus indirect); `According to Dr ..., a senior researcher at
#    the Institute for Security Studies, A`, quote with `she says`; protesters `held up ... flags, calling the exercise
#    "..."` (participial partial); `Not everyone ... is troubled.` (no speech); pensioner introduced without a cue,
#    quote split by `says Adams`.
ARTICLES[f"{BATCH}/russian-frigate-simons-town-mosi-iii.gold.json"] = {
    "article": f"{BATCH}/russian-frigate-simons-town-mosi-iii.txt",
    "target": "Russia",
    "quotes": [
        (I, "Lunga Ngcobo", "the exercise will run from 10 to 17 December in False Bay and will involve about 700 "
            "personnel from the three navies", None),
        (D, "Lunga Ngcobo", "This is a routine exercise. The SANDF trains with many navies, including those of the United "
            "States, the United Kingdom, France and Brazil. There is nothing unusual about it,", None),
        (I, "South African National Defence Force", "A Chinese destroyer is expected to join the two Russian vessels on "
            "Wednesday", None),
        (P, "Yevgeny Pankratov", "the depth of the strategic partnership", None),
        (D, "Yevgeny Pankratov", "Russia and South Africa are BRICS partners and friends. Our sailors are here to learn "
            "from the South African Navy and to share their own experience,", None),
        (S, None, "active non-alignment", None),
        (I, "Riaan Steenkamp", "the exercise sends the wrong message while the war continues", None),
        (D, "Riaan Steenkamp", "We cannot claim to be non-aligned and then hold war games with a country that is bombing "
            "Ukrainian cities every night,", None),
        (P, "Zizi Mokoena", "a valued partner", None),
        (I, "Zizi Mokoena", "South Africa would not allow other countries to choose its friends", None),
        (P, "United States Embassy in Pretoria", "taken note", None),
        (I, "United States Embassy in Pretoria", "it respected South Africa's sovereign right to choose its partners",
            None),
        (I, "Nomsa Khumalo", "the exercise has more symbolic than military value for both sides", None),
        (D, "Nomsa Khumalo", "For Russia, it is a photograph that says it is not isolated. For South Africa, it is a way "
            "of showing that it makes its own choices. The navy itself gets very little out of it,", None),
        (P, "Association of Ukrainians in South Africa", "a disgrace", None),
        (D, "Faried Adams", "It's a big ship. The boy wanted to see it,", None),
        (D, "Faried Adams", "Politics, I leave to the politicians.", None),
    ],
    "actors": [
        actor("Lunga Ngcobo", "person", title="SANDF spokesperson, Brigadier General",
              affiliation="South African National Defence Force", aliases=["Lunga Ngcobo", "Ngcobo"], stance=0),
        actor("South African National Defence Force", "government", affiliation="South Africa",
              aliases=["South African National Defence Force", "SANDF"], stance=None),
        actor("Yevgeny Pankratov", "person", title="Consul-General in Cape Town", affiliation="Russia",
              aliases=["Yevgeny Pankratov", "Pankratov"], stance=1),
        actor("Riaan Steenkamp", "person", title="defence spokesperson", affiliation="Democratic Alliance",
              aliases=["Riaan Steenkamp", "Steenkamp"], stance=-1),
        actor("Zizi Mokoena", "person", title="DIRCO spokesperson",
              affiliation="Department of International Relations and Cooperation", aliases=["Zizi Mokoena", "Mokoena"],
              stance=1),
        actor("United States Embassy in Pretoria", "government", affiliation="United States",
              aliases=["United States Embassy in Pretoria"], stance=0),
        actor("Nomsa Khumalo", "person", title="senior researcher", affiliation="Institute for Security Studies",
              aliases=["Nomsa Khumalo", "Dr Nomsa Khumalo", "Khumalo"], stance=0),
        actor("Association of Ukrainians in South Africa", "organisation", title="diaspora association",
              aliases=["Association of Ukrainians in South Africa"], stance=-1),
        actor("Faried Adams", "person", title="retired fisherman, 71", affiliation="Simon's Town",
              aliases=["Faried Adams", "Adams"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Honolulu Star-Advertiser local/climate (the state orders North Shore homeowners to remove sandbag walls),
#    headline without speech, byline, reporter's email and `Posted December 9, 2026, 6:10 p.m.` lines, curly `“ ”`
#    and `’`, American punctuation inside closing marks, Hawaiian ʻokina and kahakō (Oʻahu, Hawaiʻi, Pūpūkea,
#    Kaʻiulani, Nākoa). Lede without a cue (`has ordered`); `In letters sent to the owners last week, DLNR’s Office of
#    Conservation and Coastal Lands said A and that the walls were causing “...” to ...` (indirect plus partial);
#    administrator's quote split by `OCCL Administrator Makana Kealoha said in a statement`; scare so-called
#    `“managed retreat”` debate; homeowner `said removing the bags would leave his home “...” by ...` (partial only),
#    quote with `Mizuno said`; attorney named after an apposition (`An attorney for six of the owners, Lisa
#    Ochoa-Hirata, said A`), `She argued that the department had approved ... “...”` (partial only); spokeswoman `said
#    the department would not comment on possible litigation` (indirect); chapter `welcomed the order` (act), its
#    coordinator `said A`, then `she said`; content before `, according to the University of Hawaiʻi Sea Grant College
#    Program`; council member `said A`; group `Several residents who attended ... said A`, resident named after his
#    quote (`said Pūpūkea resident Ikaika Dudoit, 44, a city lifeguard`); content before `, the letters said`.
ARTICLES[f"{BATCH}/sunset-beach-sandbag-walls-dlnr.gold.json"] = {
    "article": f"{BATCH}/sunset-beach-sandbag-walls-dlnr.txt",
    "target": "Department of Land and Natural Resources",
    "quotes": [
        (I, "Office of Conservation and Coastal Lands", "the temporary permits for the structures, some of which were "
            "installed in 2021, had expired", None),
        (P, "Office of Conservation and Coastal Lands", "significant and ongoing harm", None),
        (D, "Makana Kealoha", "These structures were allowed as a short-term measure to buy homeowners time, not as "
            "permanent seawalls,", None),
        (D, "Makana Kealoha", "Every year they stay, the beach in front of them gets narrower, and the public loses access "
            "to a shoreline that belongs to everyone.", None),
        (S, None, "managed retreat", None),
        (P, "Kent Mizuno", "sitting on the edge of a cliff", None),
        (D, "Kent Mizuno", "We\u2019re not asking to build a wall. We\u2019re asking for time to move the house back, and "
            "the state keeps changing the rules on us,", None),
        (I, "Lisa Ochoa-Hirata", "her clients would appeal the order to the Board of Land and Natural Resources and, if "
            "necessary, to the courts", None),
        (P, "Lisa Ochoa-Hirata", "without any new science.", None),
        (I, "Malia Kekauoha", "the department would not comment on possible litigation", None),
        (I, "Noelani Kahananui", "the sandbags had torn open in several places and scattered plastic along the "
            "shoreline", None),
        (D, "Noelani Kahananui", "The state finally did its job,", None),
        (I, "University of Hawai\u02bbi Sea Grant College Program", "Shoreline erosion on the North Shore averages about a "
            "foot a year, and some stretches of Sunset Beach have lost more than 30 feet of sand since 2013", None),
        (I, "Ka\u02bbiulani Soares", "the city was drafting an ordinance that would require new homes on the coast to be "
            "set back at least 60 feet from the shoreline", None),
        (I, "Several residents who attended a community meeting Tuesday at Sunset Beach Elementary School",
            "they had watched the beach disappear in front of them", None),
        (D, "Ikaika Dudoit", "When I was a kid, we played football on the sand here at high tide. Now there\u2019s no "
            "sand,", None),
        (I, "Office of Conservation and Coastal Lands", "Homeowners who do not comply by March 31 could also be billed "
            "for the cost of removal", None),
    ],
    "actors": [
        actor("Office of Conservation and Coastal Lands", "government", title="DLNR office",
              affiliation="Department of Land and Natural Resources",
              aliases=["Office of Conservation and Coastal Lands", "OCCL"], stance=1),
        actor("Makana Kealoha", "person", title="OCCL Administrator",
              affiliation="Office of Conservation and Coastal Lands", aliases=["Makana Kealoha", "Kealoha"], stance=1),
        actor("Kent Mizuno", "person", title="homeowner", affiliation="Ke Nui Road",
              aliases=["Kent Mizuno", "Mizuno"], stance=-1),
        actor("Lisa Ochoa-Hirata", "person", title="attorney for six of the owners",
              aliases=["Lisa Ochoa-Hirata", "Ochoa-Hirata"], stance=-1),
        actor("Malia Kekauoha", "person", title="DLNR spokeswoman", affiliation="Department of Land and Natural Resources",
              aliases=["Malia Kekauoha", "Kekauoha"], stance=None),
        actor("Noelani Kahananui", "person", title="chapter coordinator", affiliation="Surfrider Foundation (O\u02bbahu)",
              aliases=["Noelani Kahananui", "Kahananui"], stance=1),
        actor("University of Hawai\u02bbi Sea Grant College Program", "organisation", title="university research program",
              aliases=["University of Hawai\u02bbi Sea Grant College Program"], stance=None),
        actor("Ka\u02bbiulani Soares", "person", title="City Council member", affiliation="Honolulu City Council",
              aliases=["Ka\u02bbiulani Soares", "Soares"], stance=None),
        actor("Several residents who attended a community meeting Tuesday at Sunset Beach Elementary School", "group",
              title="North Shore residents",
              aliases=["Several residents who attended a community meeting Tuesday at Sunset Beach Elementary School"],
              stance=None),
        actor("Ikaika Dudoit", "person", title="P\u016bp\u016bkea resident, city lifeguard, 44",
              aliases=["Ikaika Dudoit", "Dudoit"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Bookseller (UK book trade press) (a publisher withdraws a debut novel over plagiarism), headline with a
#    curly single fragment `Harrow & Finch pulls debut novel over ‘striking similarities’ ...`, byline and date
#    lines, British curly single quotes `‘...’` throughout with `’` apostrophes, punctuation outside closing marks for
#    fragments, book titles without marks. Lede `after an internal review found ‘...’ between ...` (the review's
#    finding: partial for the publisher); `The publisher said in a statement ... that A and that B`, then `the
#    statement said`; publishing director `told The Bookseller the decision had been ‘...’` (partial only), then `she
#    said`; scare so-called `‘BookTok bump’`; content before `, according to Nielsen BookScan`; author `who uses
#    they/them pronouns, said in a post on Instagram that they were ‘...’ by the decision and denied that A` (partial
#    plus indirect), then `they wrote`, then `They said A` (sentence-initial singular `They`); accuser `said she was
#    ‘...’ that ...` (partial only); Society of Authors chief `said plagiarism ‘...’ but that B` (partial plus
#    indirect); bookseller `said A`, then `she said`; agent (apposition) `said he was ‘...’ in ... and was taking ...`
#    (partial only); `Harrow & Finch, part of ..., said A`.
ARTICLES[f"{BATCH}/harrow-finch-pulls-salt-orchard.gold.json"] = {
    "article": f"{BATCH}/harrow-finch-pulls-salt-orchard.txt",
    "target": "Harrow & Finch",
    "quotes": [
        (P, "Harrow & Finch", "striking similarities", "pulls debut novel over"),
        (P, "Harrow & Finch", "striking similarities", "internal review found"),
        (I, "Harrow & Finch", "copies would be removed from retailers\u2019 shelves and that customers who had bought the "
            "book could return it for a full refund", None),
        (D, "Harrow & Finch", "We take our responsibility to authors and readers extremely seriously. Having reviewed the "
            "evidence carefully, we do not believe we can continue to publish the novel in its current form,", None),
        (P, "Imogen Tasker", "agonising", None),
        (D, "Imogen Tasker", "Sasha is a talented writer and we wanted this book to succeed more than anyone. But we owe "
            "it to Corinne Lachance, and to every author we publish, to act on what we found,", None),
        (S, None, "BookTok bump", None),
        (I, "Nielsen BookScan", "It has sold around 14,000 copies through the tills", None),
        (P, "Sasha Mbeki-Lowe", "devastated", None),
        (I, "Sasha Mbeki-Lowe", "they had copied Lachance\u2019s work", None),
        (D, "Sasha Mbeki-Lowe", "I read hundreds of books while I was writing The Salt Orchard, and some of them clearly "
            "stayed with me. That is not the same as theft,", None),
        (I, "Sasha Mbeki-Lowe", "they had not been shown the full findings of the review before the announcement", None),
        (P, "Corinne Lachance", "grateful", None),
        (P, "Rhiannon Pugh", "must be taken seriously", None),
        (I, "Rhiannon Pugh", "authors accused of it should be given the chance to respond before any public "
            "announcement", None),
        (I, "Jess Oduya", "her shop had sold more than 200 copies and would be contacting customers who had ordered the "
            "paperback", None),
        (D, "Jess Oduya", "It was one of our bestsellers this summer. People loved it, and I think a lot of them will be "
            "very confused,", None),
        (P, "Tom Viljoen", "disappointed", None),
        (I, "Harrow & Finch", "it had no plans to publish a revised edition", None),
    ],
    "actors": [
        actor("Harrow & Finch", "organisation", title="publisher",
              aliases=["Harrow & Finch", "The publisher", "the publisher"], stance=1),
        actor("Imogen Tasker", "person", title="publishing director", affiliation="Harrow & Finch",
              aliases=["Imogen Tasker", "Tasker"], stance=1),
        actor("Nielsen BookScan", "organisation", title="sales data provider", aliases=["Nielsen BookScan"], stance=None),
        actor("Sasha Mbeki-Lowe", "person", title="debut novelist",
              aliases=["Sasha Mbeki-Lowe", "Mbeki-Lowe", "Sasha"], stance=-1),
        actor("Corinne Lachance", "person", title="Canadian writer", aliases=["Corinne Lachance", "Lachance"], stance=1),
        actor("Rhiannon Pugh", "person", title="chief executive", affiliation="Society of Authors",
              aliases=["Rhiannon Pugh", "Pugh"], stance=0),
        actor("Jess Oduya", "person", title="bookshop owner", affiliation="Book & Bell, Hebden Bridge",
              aliases=["Jess Oduya", "Oduya"], stance=None),
        actor("Tom Viljoen", "person", title="literary agent", affiliation="Fenwick Agency",
              aliases=["Tom Viljoen", "Viljoen"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Trinidad Guardian crime (the murder toll hits 600 and the police commissioner rejects calls to resign), headline
#    with a straight single fragment `... as CoP vows 'no retreat'`, standfirst with another (`Opposition says he has
#    'lost the country'`), byline, `Senior Reporter` and `Published: Thursday, December 10, 2026` lines, straight `"`
#    in the body, British punctuation outside closing marks for fragments, `yesterday`, `per cent`. Lede `rejected calls
#    for his resignation` (act); `Speaking at a media briefing ..., Ramsaran said the ... (TTPS) would "..." from ...`
#    (partial only); quote with `Ramsaran said`; `He said A and that B` (one span); scare so-called `"hotspot"`
#    strategy; `The TTPS said in a release that A`; the victim's mother sharing his surname (`Job's mother, Patience
#    Job, told Guardian Media yesterday that her son had "..."`: partial only), then `she said`; MP (title chain before
#    the name) `said Ramsaran had "..." and called on ...` (partial; directive), question quote with `Peters asked`;
#    minister `In a statement issued last night, ... said the Government had "..." in the commissioner and described
#    the murder toll as "..."` (two partials), `He said A`; association president `said A`, quote with `Romain said`;
#    anonymous senior officer `said morale ... was "..." and blamed ...` (partial; act); criminologist `said the debate
#    ... was "..."` (partial only), then `he said`.
ARTICLES[f"{BATCH}/murder-toll-600-cop-ramsaran.gold.json"] = {
    "article": f"{BATCH}/murder-toll-600-cop-ramsaran.txt",
    "target": "Kirk Ramsaran",
    "quotes": [
        (P, "Kirk Ramsaran", "no retreat", None),
        (P, "Opposition", "lost the country", None),
        (P, "Kirk Ramsaran", "not retreat one inch", None),
        (D, "Kirk Ramsaran", "I was appointed to do a job, and I intend to do it. Resigning would be the easy thing. The "
            "hard thing is to stay and fight,", None),
        (I, "Kirk Ramsaran", "gang conflicts in Laventille, Morvant and east Port-of-Spain accounted for nearly 70 per "
            "cent of the killings and that officers had seized 412 illegal firearms so far this year, a record", None),
        (S, None, "hotspot", None),
        (I, "Trinidad and Tobago Police Service", "the 600th victim, a 26-year-old man identified as Keston Job of Sea "
            "Lots, was shot dead at about 9.30 pm on Tuesday while standing outside a parlour near his home", None),
        (P, "Patience Job", "no part in any gang", None),
        (D, "Patience Job", "Every year they come on TV and say they have a plan. Where is the plan? My son is dead,",
            None),
        (P, "Nyla Peters", "lost the confidence of the country", None),
        (D, "Nyla Peters", "The commissioner has had two years. Six hundred families are burying their loved ones this "
            "year. At what point does somebody take responsibility?", None),
        (P, "Lester Mohammed-Cordner", "full confidence", None),
        (P, "Lester Mohammed-Cordner", "a national tragedy", None),
        (I, "Lester Mohammed-Cordner", "figures for the last quarter showed a 12 per cent decline in murders compared "
            "with the same period last year", None),
        (I, "Curtis Romain", "the association supported the commissioner", None),
        (D, "Curtis Romain", "But you cannot police 2026 crime with 1990s manpower. We are 1,400 officers short, and the "
            "ones we have are burnt out,", None),
        (P, "senior officer", "at its lowest in 20 years", None),
        (P, "Marlon Ferreira", "a distraction", None),
        (D, "Marlon Ferreira", "Changing the commissioner will not change the number of guns coming in from the US, or the "
            "number of young men in these communities with nothing to do,", None),
    ],
    "actors": [
        actor("Kirk Ramsaran", "person", title="Commissioner of Police", affiliation="Trinidad and Tobago Police Service",
              aliases=["Kirk Ramsaran", "Ramsaran", "CoP"], stance=1),
        actor("Opposition", "group", title="parliamentary opposition", aliases=["Opposition"], stance=-1),
        actor("Trinidad and Tobago Police Service", "government", title="police service",
              aliases=["Trinidad and Tobago Police Service", "TTPS"], stance=None),
        actor("Patience Job", "person", title="mother of the 600th victim", aliases=["Patience Job"], stance=-1),
        actor("Nyla Peters", "person", title="Opposition MP for Laventille West", aliases=["Nyla Peters", "Peters"],
              stance=-1),
        actor("Lester Mohammed-Cordner", "person", title="National Security Minister",
              affiliation="Government of Trinidad and Tobago",
              aliases=["Lester Mohammed-Cordner", "Mohammed-Cordner"], stance=1),
        actor("Curtis Romain", "person", title="president, Sgt", affiliation="Police Social and Welfare Association",
              aliases=["Curtis Romain", "Sgt Curtis Romain", "Romain"], stance=1),
        actor("senior officer", "person", title="anonymous senior police officer",
              affiliation="Trinidad and Tobago Police Service", aliases=["senior officer"], stance=-1),
        actor("Marlon Ferreira", "person", title="criminologist", affiliation="UWI",
              aliases=["Marlon Ferreira", "Dr Marlon Ferreira", "Ferreira"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
