"""Build the test46 gold files (data/eval/test46/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test46/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test46.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test46"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Guernsey Press business/diplomacy (a Guernsey fund loses its Russian dairy stake to a Kremlin "temporary
#    management" decree), headline without speech, `By NAME` and `Thursday 10 December 2026` lines, lede opening in
#    capitals (`A GUERNSEY-registered`), curly single quotes `'...'` for quotes and fragments with `'` apostrophes,
#    British punctuation outside closing marks, `£41m`, Guernsey titles (`Deputy`, `Advocate`, `the States`). Lede
#    and decree paragraph without a cue; fund `said it had not been consulted and that it was '...'` (indirect plus
#    partial); chairman `said A but had B` (one span), then a two-paragraph quote (`he said`, then a closed quote-only
#    paragraph); Kremlin `said the decree was a response to '...' by ...` (partial only); quote before `a spokesman for
#    the Russian Embassy in London told the Guernsey Press`, `The spokesman said the shares could be returned to the
#    fund '...'` (partial only); Rosimushchestvo `said the temporary manager would ensure the '...' of the company and
#    protect ...` (no second subject: partial only); scare so-called 'exit tax'; P&R president `said the States would
#    not alter ... '...'` (partial only), `he said`; business association `said A and that B` (one span); shareholder
#    `said A`, `he said`; advocate `said the fund's chances ... were '...'` (partial only).
ARTICLES[f"{BATCH}/sarnia-fund-russian-stake-decree.gold.json"] = {
    "article": f"{BATCH}/sarnia-fund-russian-stake-decree.txt",
    "target": "Russia",
    "quotes": [
        (I, "Sarnia Frontier Fund", "it had not been consulted", None),
        (P, "Sarnia Frontier Fund", "assessing all legal options", None),
        (I, "Richard Brehaut", "the board had tried for three years to sell the stake but had never received approval "
            "from the Russian government commission that must sign off on sales by foreign investors", None),
        (D, "Richard Brehaut", "We did everything the rules asked of us. We found a buyer, we accepted a price far "
            "below what the business is worth, and we waited,", None),
        (D, "Richard Brehaut", "What has happened this week is not management of anything. It is confiscation with a "
            "different name.", None),
        (P, "Kremlin", "unfriendly actions", None),
        (D, "spokesman for the Russian Embassy in London", "Guernsey chose to follow London in freezing the property of "
            "Russian citizens. It cannot be surprised when Russia responds in kind,", None),
        (P, "spokesman for the Russian Embassy in London", "if the situation changes", None),
        (P, "Rosimushchestvo", "stable operation", None),
        (S, None, "exit tax", None),
        (P, "Jonathan Le Cheminant", "in response to threats", None),
        (D, "Jonathan Le Cheminant", "Guernsey applies the same sanctions as the United Kingdom, and it will go on doing "
            "so. That is not a decision we take lightly, and it is not one we will reverse because a foreign government "
            "has taken someone\u2019s property,", None),
        (I, "Guernsey International Business Association", "only a small number of local structures still had Russian "
            "exposure and that most had written those investments down to zero in 2022", None),
        (I, "Michael Ozanne", "he had stopped checking the share price months ago", None),
        (D, "Michael Ozanne", "I bought in because it paid a good dividend. I never really thought about where the milk "
            "came from,", None),
        (P, "Paul Torode", "close to nil", None),
    ],
    "actors": [
        actor("Sarnia Frontier Fund", "organisation", title="Guernsey-registered investment fund",
              aliases=["Sarnia Frontier Fund"], stance=-1),
        actor("Richard Brehaut", "person", title="chairman", affiliation="Sarnia Frontier Fund",
              aliases=["Richard Brehaut", "Brehaut"], stance=-1),
        actor("Kremlin", "government", affiliation="Russia", aliases=["Kremlin"], stance=1),
        actor("spokesman for the Russian Embassy in London", "person", title="embassy spokesman",
              affiliation="Russian Embassy in London",
              aliases=["spokesman for the Russian Embassy in London", "The spokesman"], stance=1),
        actor("Rosimushchestvo", "government", title="federal property agency", affiliation="Russia",
              aliases=["Rosimushchestvo"], stance=1),
        actor("Jonathan Le Cheminant", "person", title="Policy & Resources president", affiliation="States of Guernsey",
              aliases=["Jonathan Le Cheminant", "Deputy Jonathan Le Cheminant", "Le Cheminant"], stance=-1),
        actor("Guernsey International Business Association", "organisation", title="business association",
              aliases=["Guernsey International Business Association"], stance=None),
        actor("Michael Ozanne", "person", title="pensioner, shareholder", aliases=["Michael Ozanne", "Ozanne"],
              stance=None),
        actor("Paul Torode", "person", title="advocate", aliases=["Paul Torode", "Advocate Paul Torode", "Torode"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Computer Weekly (UK IT trade press) security/public sector (a software supplier confirms ransomware behind a
#    council benefits outage), headline without quote marks, standfirst with reported speech but no quote marks (not
#    annotated), `By NAME, Senior Reporter` and `Published: 07 Dec 2026 16:45` lines, curly quotes and apostrophes,
#    British punctuation outside closing marks for fragments, a `Read more:` line. Lede `has confirmed that A`
#    (indirect, `confirmed` is a cue); company `said it had "..." the
#    attack and that B` (partial plus indirect), `the statement said`; CEO `said A, a decision she described as
#    "..."` (indirect plus partial), `she said`; NCSC `said A and was B` (one span); ICO `confirmed it had A and was
#    B` (one span); reported question `have questioned how long ...` (not annotated); anonymous IT manager `said
#    Carrowmore had been "..." during ...` (partial only), singular `they said`; council director `said A`, `he
#    said`; researcher `said A, threatening to ...` (the participle kept, his claim); scare so-called "double
#    extortion"; LGA `said councils were "..." and that B` (partial plus indirect); Socitm `said A`.
ARTICLES[f"{BATCH}/carrowmore-ransomware-council-benefits.gold.json"] = {
    "article": f"{BATCH}/carrowmore-ransomware-council-benefits.txt",
    "target": "Carrowmore Systems",
    "quotes": [
        (I, "Carrowmore Systems", "a ransomware attack was behind an outage that has left more than 40 English "
            "councils unable to process housing benefit and council tax support claims since 30 November", None),
        (P, "Carrowmore Systems", "contained", None),
        (I, "Carrowmore Systems", "its hosted platform would be restored in stages over the coming week, starting with "
            "the councils with the largest backlogs", None),
        (D, "Carrowmore Systems", "We have seen no evidence at this stage that claimant data has been exfiltrated, but "
            "our investigation is ongoing and we will be transparent with our customers about what we find,", None),
        (I, "Si\u00e2n Maddox", "the company had taken the platform offline within an hour of detecting the intrusion",
            None),
        (P, "Si\u00e2n Maddox", "painful but necessary", None),
        (D, "Si\u00e2n Maddox", "I know that behind every delayed claim there is a household waiting for money it needs. "
            "I am sorry, and we are working day and night to put this right,", None),
        (I, "National Cyber Security Centre", "it was aware of the incident and was supporting the company", None),
        (I, "Information Commissioner\u2019s Office", "it had received a breach report from Carrowmore and was making "
            "enquiries", None),
        (P, "IT manager at one affected authority", "slow to tell anyone anything", None),
        (D, "IT manager at one affected authority", "We found out it was ransomware from a security researcher on "
            "LinkedIn, not from our supplier,", None),
        (I, "Martin Dunne", "his team had been processing claims on paper for a week", None),
        (D, "Martin Dunne", "We\u2019ve got staff typing figures into spreadsheets and checking them by hand, and nobody "
            "at Carrowmore can tell us when we\u2019ll be back. The people waiting are the ones who can least afford "
            "it,", None),
        (I, "Will Hardy", "the criminal group Hollowmoth had listed Carrowmore on its leak site on 2 December, "
            "threatening to publish stolen files unless a ransom was paid", None),
        (S, None, "double extortion", None),
        (P, "Local Government Association", "rightly frustrated", None),
        (I, "Local Government Association", "it would be asking suppliers to set out how they test their recovery "
            "plans", None),
        (I, "Socitm", "the incident showed the risk of relying on a small number of specialist suppliers for critical "
            "services", None),
    ],
    "actors": [
        actor("Carrowmore Systems", "organisation", title="revenues and benefits software supplier",
              aliases=["Carrowmore Systems", "Carrowmore", "the company"], stance=1),
        actor("Si\u00e2n Maddox", "person", title="chief executive", affiliation="Carrowmore Systems",
              aliases=["Si\u00e2n Maddox", "Maddox"], stance=1),
        actor("National Cyber Security Centre", "government", affiliation="United Kingdom",
              aliases=["National Cyber Security Centre"], stance=0),
        actor("Information Commissioner\u2019s Office", "government", title="data protection regulator",
              affiliation="United Kingdom", aliases=["Information Commissioner\u2019s Office", "ICO"], stance=0),
        actor("IT manager at one affected authority", "person", title="council IT manager (anonymous)",
              aliases=["IT manager at one affected authority"], stance=-1),
        actor("Martin Dunne", "person", title="director of digital services", affiliation="Tamesford Borough Council",
              aliases=["Martin Dunne", "Dunne"], stance=-1),
        actor("Will Hardy", "person", title="security researcher", aliases=["Will Hardy", "Hardy"], stance=0),
        actor("Local Government Association", "organisation", aliases=["Local Government Association"], stance=-1),
        actor("Socitm", "organisation", title="association for public sector digital professionals",
              aliases=["Socitm"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Times Colonist (Victoria, B.C.) local housing (tenants fight a landlord's bid to empty a building for a
#    renovation), headline with a straight single fragment `... as landlord plans 'top-to-bottom' renovation`
#    (partial for the landlord, the person the headline names), name and `Times Colonist` byline lines, `Dec 8, 2026`,
#    straight `"` and apostrophes, Canadian spelling (`neighbourhood`), `Coun.`. Lede `He says A` (the landlord,
#    named in the next paragraph); landlord `said A`, quote split by `Tse said in an interview Monday`, `He said A, at
#    rents he described as "..."` (indirect plus partial); tenant's question-mark quote with `Frost said`; content
#    before `, according to the Together Against Poverty Society, which is helping them`; advocate named in an
#    apposition (`The society's legal advocate, NAME, said A and that B`, one span), `she said`; lawyer `said the
#    permit application would be filed "..." and that B` (partial plus indirect); councillor `said A`, `Wu said`;
#    `Asked whether ..., Tse replied: "..."`; scare so-called "renovictions"; tenancy branch `said A`.
ARTICLES[f"{BATCH}/james-bay-renoviction-landlord.gold.json"] = {
    "article": f"{BATCH}/james-bay-renoviction-landlord.txt",
    "target": "Gordon Tse",
    "quotes": [
        (P, "Gordon Tse", "top-to-bottom", "'top-to-bottom"),
        (I, "Gordon Tse", "the building needs a complete renovation that cannot be done with people living in it",
            None),
        (I, "Gordon Tse", "the three-storey block needs new plumbing, wiring and windows, and a seismic upgrade that "
            "will take at least a year", None),
        (D, "Gordon Tse", "I'm not doing this to push anybody out. The building is at the end of its life and it needs "
            "a top-to-bottom job,", None),
        (D, "Gordon Tse", "If I patch it for another five years, somebody gets hurt.", None),
        (I, "Gordon Tse", "tenants would be offered the right of first refusal on the renovated units", None),
        (P, "Gordon Tse", "fair for the neighbourhood.", None),
        (D, "Dale Frost", "Fair for the neighbourhood is $2,300. I'm on a pension. Where exactly am I supposed to go?",
            None),
        (I, "Together Against Poverty Society", "Eighteen of the households have filed submissions opposing the "
            "application", None),
        (I, "Priya Randhawa", "landlords must show that a renovation genuinely requires the unit to be empty and that "
            "the work is backed by permits", None),
        (D, "Priya Randhawa", "So far, there is no building permit for this property. There's a plan on a napkin,",
            None),
        (P, "Marc Gagnon", "within weeks", None),
        (I, "Marc Gagnon", "an engineer's report had already been shared with the tenants", None),
        (I, "Stephanie Wu", "the case shows why council has asked the province to tighten the rules further", None),
        (D, "Stephanie Wu", "The law changed in 2021 precisely to stop this kind of thing, and we are still seeing "
            "whole buildings emptied,", None),
        (D, "Gordon Tse", "I've looked at it. The engineer says no, and I have to listen to the engineer.", None),
        (S, None, "renovictions", None),
        (I, "Residential Tenancy Branch", "it does not comment on individual disputes", None),
    ],
    "actors": [
        actor("Gordon Tse", "person", title="landlord", aliases=["Gordon Tse", "Tse"], stance=1),
        actor("Dale Frost", "person", title="tenant", aliases=["Dale Frost", "Frost"], stance=-1),
        actor("Together Against Poverty Society", "organisation", title="tenant advocacy group",
              aliases=["Together Against Poverty Society"], stance=0),
        actor("Priya Randhawa", "person", title="legal advocate", affiliation="Together Against Poverty Society",
              aliases=["Priya Randhawa", "Randhawa"], stance=-1),
        actor("Marc Gagnon", "person", title="lawyer for the landlord", aliases=["Marc Gagnon", "Gagnon"], stance=1),
        actor("Stephanie Wu", "person", title="councillor, chair of the housing committee", affiliation="City of Victoria",
              aliases=["Stephanie Wu", "Coun. Stephanie Wu", "Wu"], stance=-1),
        actor("Residential Tenancy Branch", "government", affiliation="British Columbia",
              aliases=["Residential Tenancy Branch"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Strad (classical string music magazine) culture (an instrument foundation recalls a Stradivari from a young
#    violinist), headline without quote marks, standfirst with reported speech but no quote marks (not annotated),
#    `By NAME` and `8 December 2026` lines, curly single quotes '...' with ' apostrophes, British punctuation outside
#    closing marks, an instrument nickname in quote marks (the 'ex-Lindgren' Stradivari: scare). Violinist `said A`
#    (the next sentence is the writer's), quote with `Cho told The Strad`, quote split by `she added`; foundation
#    `said the recall had been made '...' and that B` (partial plus indirect), `the statement added`; chair `said the
#    timing was '...'` (partial only), `she said`, `She declined to say ...` (not annotated); sponsor `said it had '...'
#    in ...` (partial only); teacher named in an apposition (`Cho's former teacher at Kronberg, Professor NAME, said
#    A`), `he said`; anonymous musician `said the foundation had always been '...' in ...` (partial only); `According to
#    the foundation's website, A`.
ARTICLES[f"{BATCH}/ferrand-foundation-recalls-strad.gold.json"] = {
    "article": f"{BATCH}/ferrand-foundation-recalls-strad.txt",
    "target": "Ferrand Foundation",
    "quotes": [
        (S, None, "ex-Lindgren", None),
        (I, "Ye-jin Cho", "she had been told of the decision in a two-line email on 27 November", None),
        (D, "Ye-jin Cho", "I don\u2019t know how else to read it. I spoke about the communities around their mines, and "
            "a week later the violin I have played every day for two years is taken away,", None),
        (D, "Ye-jin Cho", "I\u2019m not angry with the instrument,", None),
        (D, "Ye-jin Cho", "I will miss it terribly.", None),
        (P, "Ferrand Foundation", "in line with the terms of every loan we make", None),
        (I, "Ferrand Foundation", "the violin would be assessed by a restorer before being offered to another musician",
            None),
        (D, "Ferrand Foundation", "The Ferrand Foundation is grateful to Ms Cho for the care she has shown the "
            "instrument and wishes her every success,", None),
        (P, "H\u00e9l\u00e8ne Marchal", "a coincidence, and an unfortunate one", None),
        (D, "H\u00e9l\u00e8ne Marchal", "Our sponsors have never had, and will never have, any say in who plays our "
            "instruments. I understand why it looks the way it looks, but the decision was taken for reasons that "
            "concern the instrument\u2019s care,", None),
        (P, "Aurum Tellus", "no involvement whatsoever", None),
        (I, "Anatol Weiss", "he had never known a foundation to recall an instrument from a player in good standing "
            "without giving a reason", None),
        (D, "Anatol Weiss", "These loans are built on trust on both sides. If a musician can lose her violin for "
            "speaking her mind, every young player holding a great instrument will think twice before opening her "
            "mouth,", None),
        (P, "musician who has held an instrument from the foundation", "scrupulously correct", None),
        (I, "Ferrand Foundation", "it currently lends 19 instruments to string players under the age of 30", None),
    ],
    "actors": [
        actor("Ye-jin Cho", "person", title="violinist", aliases=["Ye-jin Cho", "Cho", "Ms Cho"], stance=-1),
        actor("Ferrand Foundation", "organisation", title="instrument loan foundation",
              aliases=["Ferrand Foundation", "the foundation"], stance=1),
        actor("H\u00e9l\u00e8ne Marchal", "person", title="chair", affiliation="Ferrand Foundation",
              aliases=["H\u00e9l\u00e8ne Marchal", "Dr H\u00e9l\u00e8ne Marchal", "Marchal"], stance=1),
        actor("Aurum Tellus", "organisation", title="mining group, the foundation's principal sponsor",
              aliases=["Aurum Tellus"], stance=1),
        actor("Anatol Weiss", "person", title="professor", affiliation="Kronberg Academy",
              aliases=["Anatol Weiss", "Professor Anatol Weiss", "Weiss"], stance=-1),
        actor("musician who has held an instrument from the foundation", "person", title="musician (anonymous)",
              aliases=["musician who has held an instrument from the foundation"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
