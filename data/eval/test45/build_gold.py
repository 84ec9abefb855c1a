"""Build the test45 gold files (data/eval/test45/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test45/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test45.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test45"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Swimming World Magazine (World Aquatics readmits Russia's swimmers under their own flag), Title Case headline
#    without speech, `By NAME` and `December 9, 2026` lines, curly quotes and apostrophes, American spelling. Lede
#    without a cue; World Aquatics `said the move followed "..." and that B` (partial plus indirect); scare so-called
#    "neutral athlete" route; ministry `welcomed the decision` (act), quote with `the ministry said in a statement
#    posted on Telegram`; federation president `said the decision was "..."` (partial), `He said A and hold B` (one
#    span), quote with `he told Russian broadcaster Match TV`; Ukrainian federation `said it would ask the government
#    to consider ...` (a reported intention: indirect); swimmer `called the vote "..."`, `she said`; advocacy group
#    `said A` (the next sentence is the writer's); American swimmer `said A`, `Summers said`; colon after a full
#    clause ending a paragraph (`spoke to Swimming World through an interpreter:`), then a two-paragraph quote.
ARTICLES[f"{BATCH}/world-aquatics-readmits-russia.gold.json"] = {
    "article": f"{BATCH}/world-aquatics-readmits-russia.txt",
    "target": "Russia",
    "quotes": [
        (P, "World Aquatics", "a thorough review of the legal and sporting situation", None),
        (I, "World Aquatics", "Russian athletes would remain subject to the same anti-doping testing as everyone else",
            None),
        (S, None, "neutral athlete", None),
        (D, "Russia\u2019s Sports Ministry", "Sport has once again shown that it can rise above politics,", None),
        (P, "Dmitry Volkov", "long overdue.", None),
        (I, "Dmitry Volkov", "the federation would name a provisional team of 28 swimmers in February and hold trials "
            "in Kazan in April", None),
        (D, "Dmitry Volkov", "Our athletes never left. They trained, they raced at home, they waited. Now the world "
            "will see them again,", None),
        (I, "Ukrainian Swimming Federation", "it would ask the government to consider withdrawing its team from the "
            "championships", None),
        (P, "Oleksandra Hnatyuk", "a betrayal of every athlete who has had to train in a bomb shelter.", None),
        (D, "Oleksandra Hnatyuk", "I will race anyone, anywhere. But I will not stand on a podium next to a flag that "
            "is still flying over my country\u2019s cities,", None),
        (I, "Global Athlete", "the Bureau had ignored the views of the World Aquatics Athletes\u2019 Committee", None),
        (I, "Mack Summers", "he had no problem racing Russians as long as they were tested as often as everyone else "
            "in the field", None),
        (D, "Mack Summers", "I want to beat the best in the world. If the best in the world includes a Russian, fine. "
            "Just test him like you test me,", None),
        (D, "Yegor Kornev", "I was 20 when this started. Every year I watched the World Championships on television, "
            "and I knew I could be there.", None),
        (D, "Yegor Kornev", "I don\u2019t want to talk about politics. I just want to swim.", None),
    ],
    "actors": [
        actor("World Aquatics", "organisation", title="world governing body for aquatic sports",
              aliases=["World Aquatics"], stance=1),
        actor("Russia\u2019s Sports Ministry", "government", affiliation="Russia",
              aliases=["Russia\u2019s Sports Ministry", "the ministry"], stance=1),
        actor("Dmitry Volkov", "person", title="president", affiliation="Russian Swimming Federation",
              aliases=["Dmitry Volkov", "Volkov"], stance=1),
        actor("Ukrainian Swimming Federation", "organisation", affiliation="Ukraine",
              aliases=["Ukrainian Swimming Federation"], stance=-1),
        actor("Oleksandra Hnatyuk", "person", title="backstroker", affiliation="Ukraine",
              aliases=["Oleksandra Hnatyuk", "Hnatyuk"], stance=-1),
        actor("Global Athlete", "organisation", title="athlete-led advocacy group", aliases=["Global Athlete"],
              stance=-1),
        actor("Mack Summers", "person", title="Olympic champion", affiliation="United States",
              aliases=["Mack Summers", "Summers"], stance=0),
        actor("Yegor Kornev", "person", title="breaststroker", affiliation="Russia",
              aliases=["Yegor Kornev", "Kornev"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Health Service Journal (HSJ) commissioning (an integrated care board plans to fund a single IVF cycle),
#    headline with a curly single fragment `... to meet 'unavoidable' savings` (partial for the ICB, the entity the
#    headline names), `By NAME, Senior Correspondent` and `3 December 2026` lines, curly double quotes in the body,
#    British punctuation outside closing marks, `£94m`. Content before `, according to board papers published by the
#    ICB on Tuesday` (the ICB's papers: the ICB speaks); present-tense `The papers say A and that "..."` (indirect
#    plus partial: a quoted clause after `that` is a partial); `NICE guidance recommends ...` (not a speech cue);
#    scare so-called "value-based commissioning" programme; chief medical officer `said the board had looked at
#    "..." before ...` (partial only), `she said`, `She said A and that B` (one span); charity `called the plan "..."
#    and said B` (partial plus indirect); anonymous trust source `told HSJ the proposal had been "..." without ...`
#    (partial only), then a singular `they said`; `HSJ understands ...` (the outlet's own reporting); couple `said A`,
#    then `Mrs Brierley said` (her own actor); councillor `said the committee would ask the ICB to pause ...` (a
#    reported intention: indirect); NHS England spokesperson `said A but that it expected them to "..." NICE
#    guidance` (indirect plus partial).
ARTICLES[f"{BATCH}/pennine-icb-ivf-single-cycle.gold.json"] = {
    "article": f"{BATCH}/pennine-icb-ivf-single-cycle.txt",
    "target": "Mid and South Pennine ICB",
    "quotes": [
        (P, "Mid and South Pennine ICB", "unavoidable", "\u2018unavoidable"),
        (I, "Mid and South Pennine ICB", "Mid and South Pennine ICB\u2019s board will vote next week on a proposal to "
            "cut the number of NHS-funded cycles from three to one from April", None),
        (I, "Mid and South Pennine ICB", "the change would save \u00a33.1m a year", None),
        (P, "Mid and South Pennine ICB", "difficult decisions are unavoidable if the system is to return to financial "
            "balance", None),
        (S, None, "value-based commissioning", None),
        (P, "Helen Akroyd-Mills", "every other option", None),
        (D, "Helen Akroyd-Mills", "Nobody came into the NHS to ration fertility treatment. But every pound we spend "
            "here is a pound we can\u2019t spend on cancer waiting times or on children\u2019s mental health, and those "
            "queues are getting longer,", None),
        (I, "Helen Akroyd-Mills", "the ICB would review the policy after 12 months and that women already on a waiting "
            "list would still be offered up to three cycles", None),
        (P, "Fertility Network UK", "a postcode lottery taken to its logical extreme", None),
        (I, "Fertility Network UK", "it would support any patients who wanted to challenge it", None),
        (P, "senior source at one of the ICB\u2019s acute trusts", "pushed through", None),
        (D, "senior source at one of the ICB\u2019s acute trusts", "The fertility unit found out from a patient who had "
            "read about it online,", None),
        (I, "Jack and Naomi Brierley", "they could not afford to pay privately for more than one attempt", None),
        (D, "Naomi Brierley", "We\u2019ve done everything right. We waited, we lost the weight, we did every test. Now "
            "it comes down to which side of a boundary we live on,", None),
        (I, "Sameena Zaman", "the committee would ask the ICB to pause the decision until it had heard from patients",
            None),
        (I, "NHS England spokesperson", "fertility commissioning was a matter for ICBs", None),
        (P, "NHS England spokesperson", "have regard to", None),
    ],
    "actors": [
        actor("Mid and South Pennine ICB", "organisation", title="integrated care board",
              aliases=["Mid and South Pennine ICB", "ICB", "the ICB"], stance=1),
        actor("Helen Akroyd-Mills", "person", title="chief medical officer", affiliation="Mid and South Pennine ICB",
              aliases=["Helen Akroyd-Mills", "Dr Helen Akroyd-Mills", "Akroyd-Mills"], stance=1),
        actor("Fertility Network UK", "organisation", title="fertility charity", aliases=["Fertility Network UK"],
              stance=-1),
        actor("senior source at one of the ICB\u2019s acute trusts", "person", title="trust source (anonymous)",
              aliases=["senior source at one of the ICB\u2019s acute trusts"], stance=-1),
        actor("Jack and Naomi Brierley", "group", title="couple awaiting IVF referral",
              aliases=["Jack and Naomi Brierley"], stance=-1),
        actor("Naomi Brierley", "person", title="awaiting IVF referral", aliases=["Naomi Brierley", "Mrs Brierley"],
              stance=-1),
        actor("Sameena Zaman", "person", title="health scrutiny chair", affiliation="Rochdale Council",
              aliases=["Sameena Zaman", "Cllr Sameena Zaman", "Zaman"], stance=-1),
        actor("NHS England spokesperson", "person", title="spokesperson", affiliation="NHS England",
              aliases=["NHS England spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. FBC News (Fiji Broadcasting Corporation) labour (cannery workers strike over unpaid overtime), headline without
#    speech, `By NAME`, `December 5, 2026 4:20 pm` and `[File Photo]` lines, straight `"` and apostrophes, present-tense
#    `says` throughout, `$` for Fiji dollars. Lede participial `claiming A` and `saying A` (indirects for the workers);
#    union national secretary `says A`, then a quote-only paragraph (continuity: direct), `Rokotuibau says the
#    company's explanation ... is "..."` (partial only); general manager `says A`, quote with `Narayan says`, `He says
#    A`; scare so-called "flexi-shift" roster; `The workers say A`; worker named in an apposition (`A worker, NAME,
#    who ..., says A`), `Tuilau says`; ministry `says A and that B` (one span); special administrator `says A and B`
#    (one span), `she says`.
ARTICLES[f"{BATCH}/levuka-cannery-overtime-strike.gold.json"] = {
    "article": f"{BATCH}/levuka-cannery-overtime-strike.txt",
    "target": "Ovalau Tuna Processors",
    "quotes": [
        (I, "workers at Ovalau Tuna Processors", "they have not been paid overtime since September", None),
        (I, "workers at Ovalau Tuna Processors", "they would not return until the money is paid", None),
        (I, "Semi Rokotuibau", "the company owes workers an estimated $410,000 in overtime and allowances", None),
        (D, "Semi Rokotuibau", "These are mothers and fathers who stand on their feet for twelve hours cleaning fish. "
            "They have been patient for three months. Their patience has run out.", None),
        (P, "Semi Rokotuibau", "an excuse we have heard before.", None),
        (I, "Vikash Narayan", "the delay was caused by late payments from an overseas buyer", None),
        (D, "Vikash Narayan", "We have never refused to pay anyone. We are asking for two more weeks, and every cent "
            "owed will be paid with interest,", None),
        (I, "Vikash Narayan", "the company has written to the union proposing a meeting on Monday", None),
        (S, None, "flexi-shift", None),
        (I, "workers at Ovalau Tuna Processors", "the roster has added up to three hours to some shifts without any "
            "change in their pay slips", None),
        (I, "Mereani Tuilau", "she has had to borrow money to pay her children's school fees", None),
        (D, "Mereani Tuilau", "We are not asking for a gift. We are asking for what we already worked for,", None),
        (I, "Ministry of Employment, Productivity and Workplace Relations", "a labour inspector has been sent to Levuka "
            "and that both parties have been called to a mediation meeting on Monday", None),
        (I, "Ana Vakaloloma", "the cannery is the town's biggest employer and a long strike would hurt businesses "
            "across Ovalau", None),
        (D, "Ana Vakaloloma", "When the cannery stops, Levuka stops,", None),
    ],
    "actors": [
        actor("workers at Ovalau Tuna Processors", "group", title="cannery workers",
              aliases=["workers at Ovalau Tuna Processors", "The workers"], stance=-1),
        actor("Semi Rokotuibau", "person", title="national secretary", affiliation="Fiji Trades Union Congress",
              aliases=["Semi Rokotuibau", "Rokotuibau"], stance=-1),
        actor("Vikash Narayan", "person", title="general manager", affiliation="Ovalau Tuna Processors",
              aliases=["Vikash Narayan", "Narayan"], stance=1),
        actor("Mereani Tuilau", "person", title="cannery worker", aliases=["Mereani Tuilau", "Tuilau"], stance=-1),
        actor("Ministry of Employment, Productivity and Workplace Relations", "government", affiliation="Fiji",
              aliases=["Ministry of Employment, Productivity and Workplace Relations"], stance=0),
        actor("Ana Vakaloloma", "person", title="special administrator", affiliation="Levuka Town Council",
              aliases=["Ana Vakaloloma", "Vakaloloma"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Colombia Reports (Peru's navy detains Colombian fishermen near the disputed Santa Rosa island), headline without
#    speech, lower-case `by NAME December 6, 2026` line, curly quotes and apostrophes, Spanish and Ticuna names with
#    accents (`Ahué`, `pirarucú`, `Bogotá`). Lede content before `, Colombia's Foreign Ministry said on Saturday`;
#    ministry `said in a statement that the men had been fishing "..." and demanded their immediate release` (partial
#    only; the demand is a directive); Peru's ministry `responded hours later, saying A and that they would be "..."
#    while ...` (indirect plus partial), then `the statement said`; content before `, according to Blu Radio`;
#    present-tense `Colombia says A` (the country); scare so-called "thalweg" principle; minister `told Caracol Radio
#    that Bogotá was "..."` (partial only), `he said`; navy `said in a post on X that its patrol had acted "..." and had
#    seized ...` (no second subject: partial only); association president `said the men had fished ... "..." and that
#    B` (partial plus indirect); shared surname and a first name that is also the town's name (`said Leticia Ahué,
#    whose husband ...`, his sister); analyst `said A had allowed the island to become "..." and that B` (partial plus
#    indirect), `she said`.
ARTICLES[f"{BATCH}/peru-navy-detains-colombian-fishermen.gold.json"] = {
    "article": f"{BATCH}/peru-navy-detains-colombian-fishermen.txt",
    "target": "Peru",
    "quotes": [
        (I, "Colombia\u2019s Foreign Ministry", "Colombia has sent a protest note to Peru after the Peruvian navy "
            "detained 11 Colombian fishermen on the Amazon river near the disputed island of Santa Rosa", None),
        (P, "Colombia\u2019s Foreign Ministry", "in Colombian waters or, at the very least, in waters whose sovereignty "
            "is in dispute", None),
        (I, "Peru\u2019s Foreign Ministry", "the fishermen had been detained inside Peruvian territory", None),
        (P, "Peru\u2019s Foreign Ministry", "treated with full respect for their rights", None),
        (D, "Peru\u2019s Foreign Ministry", "Santa Rosa is an integral part of Peru\u2019s territory, and the Peruvian "
            "State will exercise its sovereignty there as it does in every district of the country,", None),
        (I, "Blu Radio", "The men are being held at a naval post on the island", None),
        (I, "Colombia", "the island was never assigned to either country under the 1922 border treaty", None),
        (S, None, "thalweg", None),
        (P, "Ricardo Montenegro", "not going to allow Colombian fishermen to be treated as criminals in their own "
            "river.", None),
        (D, "Ricardo Montenegro", "We have asked for consular access and we expect it within hours, not days. These "
            "are humble people who were doing what their grandparents did,", None),
        (P, "Peruvian Navy", "in accordance with national and international law", None),
        (P, "Nelson Ahu\u00e9", "for generations", None),
        (I, "Nelson Ahu\u00e9", "no Peruvian patrol had ever stopped them before this year", None),
        (D, "Leticia Ahu\u00e9", "My husband is not a criminal. He went out to feed his family,", None),
        (P, "Sandra Bustos", "a symbol", None),
        (I, "Sandra Bustos", "neither could now back down easily", None),
        (D, "Sandra Bustos", "This is a problem for engineers and fishermen that has been turned into a problem of "
            "national pride,", None),
    ],
    "actors": [
        actor("Colombia\u2019s Foreign Ministry", "government", affiliation="Colombia",
              aliases=["Colombia\u2019s Foreign Ministry", "The ministry"], stance=-1),
        actor("Peru\u2019s Foreign Ministry", "government", affiliation="Peru", aliases=["Peru\u2019s Foreign Ministry"],
              stance=1),
        actor("Blu Radio", "organisation", title="Colombian radio network", aliases=["Blu Radio"], stance=None),
        actor("Colombia", "country", aliases=["Colombia", "Bogot\u00e1"], stance=-1),
        actor("Ricardo Montenegro", "person", title="Foreign Minister", affiliation="Colombia",
              aliases=["Ricardo Montenegro", "Montenegro"], stance=-1),
        actor("Peruvian Navy", "government", affiliation="Peru", aliases=["Peruvian Navy"], stance=1),
        actor("Nelson Ahu\u00e9", "person", title="president", affiliation="Asopesca (Leticia fishermen's association)",
              aliases=["Nelson Ahu\u00e9"], stance=-1),
        actor("Leticia Ahu\u00e9", "person", title="wife of a detained fisherman", aliases=["Leticia Ahu\u00e9"],
              stance=-1),
        actor("Sandra Bustos", "person", title="border specialist", affiliation="National University (Amazon campus)",
              aliases=["Sandra Bustos", "Bustos"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
