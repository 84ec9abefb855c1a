"""Build the test37 gold files (data/eval/test37/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test37/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test37.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test37"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. University World News higher education/research (Russia requires ministry approval for papers with co-authors
#    from "unfriendly" countries), headline without speech, byline and `10 December 2026` lines without `By`,
#    curly “ ” and ’, British spelling and punctuation (full stop outside fragment marks). Lede without a cue
#    (`under an order published by ...`), scare so-called “unfriendly” countries; content before `, the ministry said
#    in a statement, adding that approval would be given “...” in most cases` (indirect plus partial); anonymous
#    `A ministry spokesperson told University World News that the rule was “...” and that B` (partial plus
#    indirect); scare so-called “sovereign science” agenda; rector `said the order brought Russia “...”` (partial
#    only), quote with `he said`; `Others were less sanguine.` (no speech); anonymous physicist `who asked not to be
#    named because ..., said A`, `she said`; `According to the Russian Academy of Sciences, A`; EUA `said in a
#    statement that the order was “...” and that B`; vice-rector `said A`, quote with `Abenova said`.
ARTICLES[f"{BATCH}/russia-coauthorship-approval-order.gold.json"] = {
    "article": f"{BATCH}/russia-coauthorship-approval-order.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "unfriendly", None),
        (I, "Ministry of Science and Higher Education", "The order, which takes effect on 1 February, applies to "
            "journal articles, conference papers and preprints", None),
        (P, "Ministry of Science and Higher Education", "within 30 working days", None),
        (P, "ministry spokesperson", "not a ban on cooperation", None),
        (I, "ministry spokesperson", "joint work in fields such as medicine, climate and the humanities was expected "
            "to be approved without difficulty", None),
        (S, None, "sovereign science", None),
        (P, "Anatoly Shirokov", "into line with what other countries have done for years", None),
        (D, "Anatoly Shirokov", "Nobody in America publishes sensitive engineering work with Russian colleagues "
            "without security checks. Why should we be the only country that doesn’t protect its research?", None),
        (I, "physicist at a Moscow research institute", "her group had four papers with German and French co-authors "
            "in preparation", None),
        (D, "physicist at a Moscow research institute", "Thirty working days is a fiction. In practice, our foreign "
            "colleagues will not wait for us. They will simply publish without us next time,", None),
        (I, "Russian Academy of Sciences", "about 18% of papers with Russian authors published in 2025 had at least "
            "one co-author from a country on the government’s list, down from 31% in 2021", None),
        (P, "European University Association", "another step in the isolation of Russian science", None),
        (I, "European University Association", "it would harm early-career researchers in Russia most of all", None),
        (I, "Zhanna Abenova", "Kazakh institutions had already received enquiries from Russian groups looking for new "
            "partners", None),
        (D, "Zhanna Abenova", "For us this could be an opportunity. But good science does not choose its co-authors "
            "by passport, and I think everyone in Russia knows that,", None),
    ],
    "actors": [
        actor("Ministry of Science and Higher Education", "government", title="ministry", affiliation="Russia",
              aliases=["Ministry of Science and Higher Education", "the ministry"], stance=1),
        actor("ministry spokesperson", "person", title="anonymous spokesperson",
              affiliation="Ministry of Science and Higher Education", aliases=["ministry spokesperson"], stance=1),
        actor("Anatoly Shirokov", "person", title="rector", affiliation="Volga State Technical University",
              aliases=["Anatoly Shirokov", "Shirokov"], stance=1),
        actor("physicist at a Moscow research institute", "person", title="anonymous physicist",
              aliases=["physicist at a Moscow research institute"], stance=-1),
        actor("Russian Academy of Sciences", "organisation", title="academy of sciences", affiliation="Russia",
              aliases=["Russian Academy of Sciences"], stance=None),
        actor("European University Association", "organisation", title="university association",
              aliases=["European University Association", "EUA"], stance=-1),
        actor("Zhanna Abenova", "person", title="vice-rector for research at a private university in Almaty",
              aliases=["Zhanna Abenova", "Abenova"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. New Civil Engineer (UK civil engineering trade press) tunnelling (a TBM stuck beneath a river for six weeks),
#    headline without speech, standfirst `Contractor blames ground conditions "..." than surveys predicted`
#    (partial for the contractor it names), `By NAME` and `10 Dec, 2026` lines, straight " and apostrophes, trade
#    jargon (`TBM`, `cutterhead`, `borehole logs`, `NEC4 target cost`, `float`), `£86M`, `30,000m3`. Lede content
#    before `, contractor Maddox Tunnelling has confirmed`; a TBM named Hope (no marks); `In a statement, Maddox said
#    the ground conditions were "..." than ... and that B` (partial plus indirect); director with a word-like
#    surname (`Dafydd Rowe`) `said A`, `he said`; Q&A `Asked whether ..., Rowe said: "..."`; client `said it was
#    "..." by the delay and was working with Maddox to "..." before ...` (two partials); `NCE understands ...`
#    (the outlet's own reporting); scare so-called "pain/gain" mechanism; professor in an apposition `said
#    boulders ... were "..." in the North East, but that B` (partial plus indirect); anonymous worker `told NCE the
#    crew had raised concerns about "..." in the spoil ...` (partial only); councillor with a word-like surname
#    (`Tom Wood`, `Wood said`) `said A`; `The Environment Agency said A`.
ARTICLES[f"{BATCH}/maddox-tunnelling-wear-tbm-stuck.gold.json"] = {
    "article": f"{BATCH}/maddox-tunnelling-wear-tbm-stuck.txt",
    "target": "Maddox Tunnelling",
    "quotes": [
        (P, "Maddox Tunnelling", "significantly worse", "Contractor blames"),
        (I, "Maddox Tunnelling", "A tunnel boring machine (TBM) building a new £86M storm overflow tunnel in Sunderland "
            "has been stuck beneath the River Wear for six weeks after hitting boulders and water-bearing sand", None),
        (P, "Maddox Tunnelling", "significantly worse", "Maddox said the ground"),
        (I, "Maddox Tunnelling", "its engineers were now injecting grout ahead of the cutterhead to stabilise the face",
            None),
        (I, "Dafydd Rowe", "the team expected to restart the drive in mid-January", None),
        (D, "Dafydd Rowe", "We are dealing with a pocket of ground that simply wasn't in the borehole logs. The machine "
            "is sound, the crew are safe and we will get through it,", None),
        (D, "Dafydd Rowe", "It is too early to say. We have float in the programme, and we are working with the client "
            "to protect it.", None),
        (P, "Northumbrian Water", "disappointed", None),
        (P, "Northumbrian Water", "understand the causes", None),
        (S, None, "pain/gain", None),
        (P, "Alison Crabtree", "a well-known hazard", None),
        (I, "Alison Crabtree", "no ground investigation could rule them out entirely under a river", None),
        (P, "worker on the site", "soft spots", None),
        (I, "Tom Wood", "residents on the Hylton Road side of the scheme had been told the works compound would be gone "
            "by next summer", None),
        (D, "Tom Wood", "People have put up with lorries, noise and a closed footpath for over a year. Now nobody can "
            "tell them when it ends,", None),
        (I, "Environment Agency", "there had been no pollution incidents linked to the works", None),
    ],
    "actors": [
        actor("Maddox Tunnelling", "organisation", title="tunnelling contractor",
              aliases=["Maddox Tunnelling", "Maddox", "Contractor"], stance=1),
        actor("Dafydd Rowe", "person", title="Project director", affiliation="Maddox Tunnelling",
              aliases=["Dafydd Rowe", "Rowe"], stance=1),
        actor("Northumbrian Water", "organisation", title="client, water utility", aliases=["Northumbrian Water"],
              stance=-1),
        actor("Alison Crabtree", "person", title="professor of geotechnical engineering",
              affiliation="Newcastle University", aliases=["Alison Crabtree", "Crabtree"], stance=0),
        actor("worker on the site", "person", title="anonymous site worker", aliases=["worker on the site"], stance=-1),
        actor("Tom Wood", "person", title="Local councillor", aliases=["Tom Wood", "Wood"], stance=-1),
        actor("Environment Agency", "government", title="environmental regulator", aliases=["Environment Agency"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Jersey Evening Post local news/crime (the States of Jersey Police stop attending low-value shop thefts),
#    headline without speech, `By NAME` and `Published: 10 December 2026` lines, British straight single quotes
#    '...' for full quotes and fragments, apostrophes inside (`doesn't`, `It's`, `they'll`, `nobody's`) and outside
#    (`force's`), Jersey titles (`Chief Officer`, `Centenier`, `Home Affairs Minister Deputy`, `Deputy`), particle
#    surnames (`de Gruchy`, `Le Cornu`, `Le Sueur`). Lede content before `, the States of Jersey Police have
#    announced`; `The force said the change ... would free up ... for '...' crime` (partial only); content before
#    `, it said`; Chief Officer `said: '...'`, `he added`; `According to the force's annual report, A`; scare
#    so-called 'triage' model; `The force said A`; Chamber `described the decision as '...' and said B` (partial
#    plus indirect); shopkeeper `said she had been targeted ... '...' since the summer` (partial only), quote with
#    `Mrs de Gruchy said`; Centenier `said parish officers would '...' to help but that B` (partial plus indirect);
#    minister `said she supported the force's '...' and that B` (partial plus indirect); Deputy `said the new policy
#    was '...' and that B` (partial plus indirect).
ARTICLES[f"{BATCH}/jersey-police-low-value-shoplifting.gold.json"] = {
    "article": f"{BATCH}/jersey-police-low-value-shoplifting.txt",
    "target": "States of Jersey Police",
    "quotes": [
        (I, "States of Jersey Police", "Officers will no longer be sent to reports of shoplifting involving goods worth "
            "less than £100 unless a suspect has been detained or there is a threat of violence", None),
        (P, "States of Jersey Police", "higher-harm", None),
        (I, "States of Jersey Police", "Retailers will instead be asked to report low-value thefts online and to upload "
            "any CCTV footage", None),
        (D, "Andrew Pallot", "We are not saying shoplifting doesn't matter. We are saying that with the officers we "
            "have, we have to put them where the harm is greatest.", None),
        (D, "Andrew Pallot", "Every theft will still be recorded, and every report with usable footage will be looked "
            "at by an investigator,", None),
        (I, "States of Jersey Police", "612 shoplifting offences were recorded in the Island in 2025, up 38% on the "
            "previous year", None),
        (S, None, "triage", None),
        (I, "States of Jersey Police", "reports of domestic abuse had risen by 21% over the same period", None),
        (P, "Jersey Chamber of Commerce", "a green light for thieves", None),
        (I, "Jersey Chamber of Commerce", "its members had not been consulted", None),
        (P, "Sarah de Gruchy", "three or four times a week", None),
        (D, "Sarah de Gruchy", "It's the same faces every time. If nobody comes, they'll soon work out that nobody's "
            "coming,", None),
        (P, "Paul Le Cornu", "do what we can", None),
        (I, "Paul Le Cornu", "they could not fill the gap on their own", None),
        (P, "Helen Renouf", "operational judgement", None),
        (I, "Helen Renouf", "she had asked for a report on the impact of the change after six months", None),
        (P, "Max Le Sueur", "the wrong answer to a real problem", None),
        (I, "Max Le Sueur", "the force should be asking ministers for more officers rather than asking shopkeepers to "
            "do its job", None),
    ],
    "actors": [
        actor("States of Jersey Police", "organisation", title="police force",
              aliases=["States of Jersey Police", "the force", "The force"], stance=1),
        actor("Andrew Pallot", "person", title="Chief Officer", affiliation="States of Jersey Police",
              aliases=["Andrew Pallot", "Pallot"], stance=1),
        actor("Jersey Chamber of Commerce", "organisation", title="business organisation",
              aliases=["Jersey Chamber of Commerce"], stance=-1),
        actor("Sarah de Gruchy", "person", title="convenience store owner in St Aubin",
              aliases=["Sarah de Gruchy", "de Gruchy", "Mrs de Gruchy"], stance=-1),
        actor("Paul Le Cornu", "person", title="Centenier", affiliation="St Helier Honorary Police",
              aliases=["Paul Le Cornu", "Le Cornu"], stance=0),
        actor("Helen Renouf", "person", title="Home Affairs Minister", affiliation="Government of Jersey",
              aliases=["Helen Renouf", "Renouf"], stance=1),
        actor("Max Le Sueur", "person", title="Deputy", affiliation="States Assembly",
              aliases=["Max Le Sueur", "Le Sueur"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Carbon Brief (UK climate science and policy site) climate policy (Canada withdraws its draft oil and gas
#    emissions cap), headline without speech, byline and `10.12.2026 | 3:40pm` lines, curly “ ” and ’, British
#    spelling and punctuation, `MtCO2e`. Lede without a cue; `A notice published by Environment and Climate Change
#    Canada (ECCC) ... said the proposed regulations “...” and that B` (partial plus indirect); content before `,
#    according to ECCC’s latest national inventory report`; `Carbon Brief analysis suggests ...` (the outlet's own
#    analysis, not annotated); minister `told reporters ... that the cap had become “...”` (partial only), quote
#    with `he said`; provincial minister `welcomed the decision (act) and said A`; scare `known as the “Pathways”
#    project`; CAPP `said A and that its withdrawal sent a “...” to investors` (indirect plus partial); `Reaction
#    ... was scathing.` (no speech); network `said in a statement that the government had “...”` (partial only);
#    analyst `told Carbon Brief that A`, quote with `she said`, then a quote-only paragraph; `According to the
#    Canadian Climate Institute, A`; economist in an apposition `said the cap had always been “...” and that B`
#    (partial plus indirect); `declined to comment` (not annotated).
ARTICLES[f"{BATCH}/canada-drops-oil-gas-emissions-cap.gold.json"] = {
    "article": f"{BATCH}/canada-drops-oil-gas-emissions-cap.txt",
    "target": "Canada",
    "quotes": [
        (P, "Environment and Climate Change Canada", "will not proceed", None),
        (I, "Environment and Climate Change Canada", "the government would instead rely on industrial carbon pricing and "
            "tighter methane rules to cut the sector’s emissions", None),
        (I, "Environment and Climate Change Canada", "The oil and gas sector is Canada’s largest source of emissions, "
            "accounting for around 31% of the national total in 2024", None),
        (P, "Marc Thibodeau", "a symbol rather than a tool", None),
        (D, "Marc Thibodeau", "What matters is the tonnes we actually cut. Carbon pricing and the methane regulations "
            "will deliver more, faster, and without putting a ceiling on production,", None),
        (I, "Brian Kostyshyn", "the province would now work with Ottawa to secure financing for a large carbon capture "
            "and storage network in the oil sands", None),
        (S, None, "Pathways", None),
        (I, "Canadian Association of Petroleum Producers", "the cap would have forced companies to cut output", None),
        (P, "Canadian Association of Petroleum Producers", "clear signal", None),
        (P, "Climate Action Network Canada", "walked away from its own climate plan", None),
        (I, "Janelle Okimaw", "the carbon pricing system alone had not reduced oil sands emissions in the past decade",
            None),
        (D, "Janelle Okimaw", "The government is asking us to trust a tool that has already failed to bend the curve "
            "for this sector. Production is at a record high and so are its emissions,", None),
        (D, "Janelle Okimaw", "Every credible pathway to net-zero has oil and gas emissions falling this decade. This "
            "decision makes that much harder.", None),
        (I, "Canadian Climate Institute", "Canada is on track to cut its emissions to around 22% below 2005 levels by "
            "2030, well short of its target of 40-45%", None),
        (P, "Gregory Mah", "more important politically than economically", None),
        (I, "Gregory Mah", "a strong industrial carbon price could achieve similar cuts, if governments kept it in place",
            None),
    ],
    "actors": [
        actor("Environment and Climate Change Canada", "government", title="federal environment department",
              affiliation="Canada", aliases=["Environment and Climate Change Canada", "ECCC"], stance=1),
        actor("Marc Thibodeau", "person", title="Environment minister", affiliation="Canada",
              aliases=["Marc Thibodeau", "Thibodeau"], stance=1),
        actor("Brian Kostyshyn", "person", title="energy minister", affiliation="Alberta",
              aliases=["Brian Kostyshyn", "Kostyshyn"], stance=1),
        actor("Canadian Association of Petroleum Producers", "organisation", title="industry association",
              aliases=["Canadian Association of Petroleum Producers", "CAPP"], stance=1),
        actor("Climate Action Network Canada", "organisation", title="environmental network",
              aliases=["Climate Action Network Canada"], stance=-1),
        actor("Janelle Okimaw", "person", title="senior analyst", affiliation="Pembina Institute",
              aliases=["Janelle Okimaw", "Okimaw"], stance=-1),
        actor("Canadian Climate Institute", "organisation", title="climate policy research institute",
              aliases=["Canadian Climate Institute"], stance=None),
        actor("Gregory Mah", "person", title="energy economist", affiliation="University of Calgary",
              aliases=["Gregory Mah", "Mah"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
