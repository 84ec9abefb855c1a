"""Build the dev82 gold files (data/eval/dev82/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev82/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev82.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev82"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Times of Central Asia agriculture/trade (Russia tightens checks on Kazakh wheat in transit), headline
#    without speech, byline and `3 December 2026` lines, straight `"` and apostrophes. Lede content before `,
#    Russia's agricultural watchdog Rosselkhoznadzor said on December 2`; `The agency said inspectors had found
#    ... in "..." of consignments ..., and that the new checks were necessary "..."` (two partials); ministry
#    `backed the decision` (act), `telling the Interfax news agency that the measure was "..." and that it was
#    not aimed at ...` (partial plus indirect); `In Astana, the reaction was sharp.` (no speech); minister `told
#    journalists that A, and that B`, quote split by `Tasbolatov said`; content before `, according to the Grain
#    Union of Kazakhstan`; its director named in an apposition (`The Union's executive director, Dauren
#    Mukhametov, said ... "..." over the season`: partial only), `he said`, `Mukhametov noted that A, which he
#    said was "..."` (indirect plus partial); farmer `said A`, `Lang said`; `Not everyone sees a political
#    motive.`; economist `said A and that Kazakhstan had "..."` (indirect plus partial), quote split by `she
#    said`; `The Kazakh government has said it plans to A`.
ARTICLES[f"{BATCH}/russia-kazakh-wheat-transit-rosselkhoznadzor.gold.json"] = {
    "article": f"{BATCH}/russia-kazakh-wheat-transit-rosselkhoznadzor.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rosselkhoznadzor", "Kazakh wheat shipped by rail across Russia to ports on the Baltic and Black Seas will "
            "be subject to full laboratory inspection at the border from December 15", None),
        (P, "Rosselkhoznadzor", "a significant number", None),
        (P, "Rosselkhoznadzor", "to protect the grain-producing regions of the Russian Federation.", None),
        (P, "Russia's Ministry of Agriculture", "purely phytosanitary", None),
        (I, "Russia's Ministry of Agriculture", "it was not aimed at any particular country", None),
        (I, "Yerbol Tasbolatov", "Kazakh laboratories had tested the same consignments and found no pests, and that "
            "his ministry had proposed joint inspections", None),
        (D, "Yerbol Tasbolatov", "We have offered our Russian colleagues everything: our data, our laboratories, our "
            "inspectors. We have not received an answer,", None),
        (D, "Yerbol Tasbolatov", "Kazakh grain is clean, and the whole world buys it.", None),
        (I, "Grain Union of Kazakhstan", "Kazakhstan exported 11.2 million tonnes of grain and flour in the 2025-26 "
            "marketing year, and about a third of it crossed Russian territory", None),
        (P, "Dauren Mukhametov", "tens of millions of dollars", None),
        (D, "Dauren Mukhametov", "Wagons are already in short supply. If every train stands for a week at the border, "
            "the wagons stand with it,", None),
        (I, "Dauren Mukhametov", "the new rules came in the same month that Russia's own wheat export quota for the "
            "first half of 2027 takes effect", None),
        (P, "Dauren Mukhametov", "probably not a coincidence.", None),
        (I, "Viktor Lang", "he had already lost one buyer in Latvia", None),
        (D, "Viktor Lang", "Last year we sold to the Baltic with no problem. Now the buyer asks me, can you guarantee "
            "delivery in January? I cannot guarantee anything. It depends on Moscow,", None),
        (I, "Aigerim Zhaksylykova", "the khapra beetle was a genuine concern for importers worldwide", None),
        (P, "Aigerim Zhaksylykova", "underinvested in phytosanitary control for years.", None),
        (D, "Aigerim Zhaksylykova", "Both things can be true. Russia can protect its farmers, and our grain can also "
            "have a problem,", None),
        (D, "Aigerim Zhaksylykova", "The answer is to build our own route through the Caspian, so that we do not have "
            "to ask anyone.", None),
        (I, "Kazakh government", "it plans to double grain shipments through the ports of Aktau and Kuryk by 2028",
            None),
    ],
    "actors": [
        actor("Rosselkhoznadzor", "government", title="agricultural watchdog", affiliation="Russia",
              aliases=["Rosselkhoznadzor", "The agency"], stance=1),
        actor("Russia's Ministry of Agriculture", "government", affiliation="Russia",
              aliases=["Russia's Ministry of Agriculture"], stance=1),
        actor("Yerbol Tasbolatov", "person", title="Minister of Agriculture", affiliation="Kazakhstan",
              aliases=["Yerbol Tasbolatov", "Tasbolatov"], stance=-1),
        actor("Grain Union of Kazakhstan", "organisation", aliases=["Grain Union of Kazakhstan"], stance=None),
        actor("Dauren Mukhametov", "person", title="executive director", affiliation="Grain Union of Kazakhstan",
              aliases=["Dauren Mukhametov", "Mukhametov"], stance=-1),
        actor("Viktor Lang", "person", title="farmer", affiliation="Kostanay", aliases=["Viktor Lang", "Lang"],
              stance=-1),
        actor("Aigerim Zhaksylykova", "person", title="agricultural economist", affiliation="KIMEP University",
              aliases=["Aigerim Zhaksylykova", "Zhaksylykova"], stance=0),
        actor("Kazakh government", "government", affiliation="Kazakhstan", aliases=["Kazakh government"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Slovak Spectator courts (a former Land Fund director is sentenced for bribery), headline without speech,
#    standfirst `... His lawyer announced an appeal ...` (act), `Compiled by Spectator staff` and `3. Dec 2026 at
#    16:40` lines, straight `"` and apostrophes, Slovak diacritics, `€120,000`; a surname that is a Slovak word
#    (Vlk, `wolf`); `sentenced ...`, `banned Vlk from ...` (acts); `According to the court, A`; presiding judge
#    `said the testimony ... was "..."` (partial only), quote with `the judge said when delivering the verdict`;
#    `has pleaded not guilty` (not annotated); defendant `Speaking to reporters ..., he said A and described the
#    two witnesses as "..."` (indirect plus partial), `he said`; lawyer `said the verdict rested "..." and
#    announced an appeal` (partial; act); prosecutor `told the TASR newswire A`, `Rybár said`; scare so-called
#    "land mafia" investigation; `began complaining about ...` (act); MP `wrote on Facebook that the ruling showed
#    "..."` (partial only), `He said A`; farmer `said A`, quote split by `Kollárová told The Slovak Spectator`;
#    fund `said in a statement that A and had B`.
ARTICLES[f"{BATCH}/land-fund-vlk-bribery-verdict-pezinok.gold.json"] = {
    "article": f"{BATCH}/land-fund-vlk-bribery-verdict-pezinok.txt",
    "target": "Ľubomír Vlk",
    "quotes": [
        (I, "Specialised Criminal Court", "Vlk accepted €120,000 in cash from two agricultural entrepreneurs in 2022 "
            "and, in return, made sure their companies won leases on nearly 900 hectares near Komárno and Nové Zámky "
            "without a proper tender", None),
        (P, "Zuzana Hrivnáková", "consistent, detailed and supported by bank records.", None),
        (D, "Zuzana Hrivnáková", "The defendant abused the trust of the state at a time when many small farmers could "
            "not get a single hectare from the fund,", None),
        (I, "Ľubomír Vlk", "he had never taken money from anyone", None),
        (P, "Ľubomír Vlk", "people who saved their own skin.", None),
        (D, "Ľubomír Vlk", "I did not take a single euro. I will fight this until the end, in Slovakia and if "
            "necessary in Strasbourg,", None),
        (P, "Ondrej Dobrovodský", "entirely on the words of two confessed criminals", None),
        (I, "Martin Rybár", "he was satisfied with the verdict", None),
        (D, "Martin Rybár", "Six years is a clear signal that leasing state land is not a private business,", None),
        (S, None, "land mafia", None),
        (P, "Juraj Malinovský", "the system worked, even if it worked slowly.", None),
        (I, "Juraj Malinovský", "the fund still needed an independent audit of leases signed between 2018 and 2023",
            None),
        (I, "Anna Kollárová", "she had followed the trial online", None),
        (D, "Anna Kollárová", "For years they told us we were jealous, that we did not understand how the fund works. "
            "Now we know how it worked,", None),
        (D, "Anna Kollárová", "But the land is still with the same companies. Nobody has given it back.", None),
        (I, "Slovak Land Fund", "it had reviewed all leases concluded under Vlk's leadership and had cancelled 14 of "
            "them", None),
    ],
    "actors": [
        actor("Specialised Criminal Court", "organisation", affiliation="Slovakia",
              aliases=["Specialised Criminal Court", "court", "The court"], stance=-1),
        actor("Zuzana Hrivnáková", "person", title="presiding judge", affiliation="Specialised Criminal Court",
              aliases=["Zuzana Hrivnáková", "Hrivnáková", "the judge"], stance=-1),
        actor("Ľubomír Vlk", "person", title="former director general", affiliation="Slovak Land Fund",
              aliases=["Ľubomír Vlk", "Vlk", "The defendant"], stance=1),
        actor("Ondrej Dobrovodský", "person", title="defence lawyer", affiliation="Ľubomír Vlk",
              aliases=["Ondrej Dobrovodský", "Dobrovodský"], stance=1),
        actor("Martin Rybár", "person", title="prosecutor", affiliation="Prosecutor General's Office",
              aliases=["Martin Rybár", "Rybár"], stance=-1),
        actor("Juraj Malinovský", "person", title="MP, chair of the parliamentary agriculture committee",
              affiliation="Progressive Slovakia", aliases=["Juraj Malinovský", "Malinovský"], stance=-1),
        actor("Anna Kollárová", "person", title="farmer", affiliation="Kameničná",
              aliases=["Anna Kollárová", "Kollárová"], stance=-1),
        actor("Slovak Land Fund", "government", affiliation="Slovakia", aliases=["Slovak Land Fund", "SPF"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Dhaka Tribune labour (a garment factory shuts after workers block a highway over unpaid wages), headline and
#    subhead without quote marks, byline and `Publish : 03 Dec 2026, 07:25 PM` lines, straight `"` and apostrophes
#    (`months'`, `buyers'`), `1pm`, `taka`, `$3.2 million`; lede `declared its factory closed "..."` (partial);
#    content before `, Industrial Police-1 Superintendent Mohammad Rafiqul Islam told Dhaka Tribune` (a surname that
#    is a common word), `..., he said`, quote with `the SP said`; content before `, according to workers and union
#    leaders`; `In a notice posted at the factory gate, the management said A`; managing director `said the company
#    was facing "..." because ...` (partial only), quote with `Alam said over the phone`, `He said A and expected
#    B`; `Workers said A`; worker named after the first stretch (`said Rahima Begum, 27, a sewing operator ...`);
#    `Another worker, Abdul Kader, 34, said supervisors had told them ... that ...` (one indirect, his); federation
#    president `said the owners had "..."`, `He demanded the government take over ...` (directive); BGMEA `said in a
#    statement that A and that it hoped the wages would be paid "..."` (indirect plus partial); anonymous DIFE
#    official `speaking on condition of anonymity, said A`; `Workers said they would B`.
ARTICLES[f"{BATCH}/ashulia-meghna-knit-unpaid-wages-protest.gold.json"] = {
    "article": f"{BATCH}/ashulia-meghna-knit-unpaid-wages-protest.txt",
    "target": "Meghna Knit Composite",
    "quotes": [
        (P, "Meghna Knit Composite", "until further notice", None),
        (I, "Mohammad Rafiqul Islam", "Police fired tear gas shells and rubber bullets to disperse the protesters "
            "around 1pm", None),
        (I, "Mohammad Rafiqul Islam", "At least 12 workers and three policemen were injured", None),
        (D, "Mohammad Rafiqul Islam", "We tried to talk to them for hours. When they started throwing bricks at "
            "vehicles, we had no choice,", None),
        (I, "workers and union leaders", "The factory, which makes knitwear for European brands, last paid full wages "
            "in August", None),
        (I, "Meghna Knit Composite", "the closure was in line with section 13(1) of the Bangladesh Labour Act", None),
        (P, "Khairul Alam", "a temporary cash-flow crisis", None),
        (D, "Khairul Alam", "We are not running away. Every worker will get every taka. We only need a few weeks,",
            None),
        (I, "Khairul Alam", "the company had asked its bank for a loan against the pending export bills and expected a "
            "decision by next week", None),
        (I, "Workers", "they had heard the same promise since September", None),
        (D, "Rahima Begum", "They said October. Then they said November. My landlord does not accept promises,", None),
        (D, "Rahima Begum", "My son has not gone to school for two weeks because I cannot pay the van fare.", None),
        (I, "Abdul Kader", "supervisors had told them on Tuesday night that there would be no wages before the end of "
            "the month", None),
        (P, "Babul Akter", "money for a new factory in Gazipur but not for their own workers.", None),
        (I, "Bangladesh Garment Manufacturers and Exporters Association", "it was in contact with Meghna Knit's owners "
            "and the buyers concerned", None),
        (P, "Bangladesh Garment Manufacturers and Exporters Association", "at the earliest.", None),
        (I, "senior official at the Department of Inspection for Factories and Establishments", "the factory had "
            "received two warnings this year over late payment of wages", None),
        (I, "Workers", "they would return to the factory gate on Thursday morning", None),
    ],
    "actors": [
        actor("Meghna Knit Composite", "organisation", title="knitwear factory", affiliation="Ashulia",
              aliases=["Meghna Knit Composite", "Meghna Knit", "the management"], stance=1),
        actor("Mohammad Rafiqul Islam", "person", title="Industrial Police-1 Superintendent",
              affiliation="Industrial Police", aliases=["Mohammad Rafiqul Islam", "Islam", "the SP"], stance=None),
        actor("workers and union leaders", "group", affiliation="Meghna Knit Composite workers", stance=-1),
        actor("Khairul Alam", "person", title="Managing Director", affiliation="Meghna Knit Composite",
              aliases=["Khairul Alam", "Alam"], stance=1),
        actor("Workers", "group", affiliation="Meghna Knit Composite workers", aliases=["Workers"], stance=-1),
        actor("Rahima Begum", "person", title="sewing operator, 27", affiliation="Meghna Knit Composite",
              aliases=["Rahima Begum", "Begum"], stance=-1),
        actor("Abdul Kader", "person", title="worker, 34", affiliation="Meghna Knit Composite",
              aliases=["Abdul Kader", "Kader"], stance=-1),
        actor("Babul Akter", "person", title="president",
              affiliation="Bangladesh Garment and Industrial Workers Federation",
              aliases=["Babul Akter", "Akter"], stance=-1),
        actor("Bangladesh Garment Manufacturers and Exporters Association", "organisation",
              aliases=["Bangladesh Garment Manufacturers and Exporters Association", "BGMEA"], stance=0),
        actor("senior official at the Department of Inspection for Factories and Establishments", "person",
              affiliation="Department of Inspection for Factories and Establishments (DIFE)", stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AAP (Australian Associated Press) science/climate (the national science agency closes its ocean carbon team),
#    headline without speech, byline and `December 3, 2026 4:15pm` lines, closing `Australian Associated Press`
#    line, straight `"` and apostrophes, Australian punctuation outside fragments (`career".`), `Dr`, `Prof`,
#    `Mr`, `3000`; lede content before `, staff have been told` (no speaker: not annotated); `CSIRO confirmed the
#    cuts ..., saying it needed to "..."` (act plus partial); `The agency said A and that B`; director `said the
#    decisions had been "..."`, quote with `Dr Ahern told AAP` and a quote-only paragraph; staff association `said
#    it would fight the cuts and accused management of "..."` (indirect plus partial); secretary `said A`, `Mr
#    Brierley said`; scare so-called "efficiency dividend"; minister's spokeswoman `said A, but that B`; senator
#    `said that claim was "..." because ...` (partial only); oceanographer `said A`, quote with `Prof Voss said` and
#    a quote-only paragraph; academy `said the cuts were "..." and called on the government to ...` (partial;
#    directive).
ARTICLES[f"{BATCH}/csiro-ocean-carbon-jobs-cut.gold.json"] = {
    "article": f"{BATCH}/csiro-ocean-carbon-jobs-cut.txt",
    "target": "CSIRO",
    "quotes": [
        (P, "CSIRO", "focus resources on the areas where our science has the greatest national impact", None),
        (I, "CSIRO", "the ocean carbon program's long-term data sets would be handed over to university partners and "
            "that no existing monitoring moorings would be removed before the end of 2027", None),
        (P, "Kirsten Ahern", "some of the hardest of my career", None),
        (D, "Kirsten Ahern", "These are world-class scientists and nobody here pretends otherwise,", None),
        (D, "Kirsten Ahern", "But we cannot keep doing everything with a budget that buys less every year. If we try, "
            "we end up doing everything badly.", None),
        (I, "CSIRO Staff Association", "it would fight the cuts", None),
        (P, "CSIRO Staff Association", "dismantling Australia's eyes on the Southern Ocean", None),
        (I, "Sam Brierley", "the ocean carbon team had produced some of the longest continuous measurements of carbon "
            "uptake in the southern hemisphere", None),
        (D, "Sam Brierley", "You can't switch a 30-year record off and on again. Once the gap is there, it's there "
            "forever,", None),
        (S, None, "efficiency dividend", None),
        (I, "spokeswoman for the federal science minister", "funding decisions within CSIRO were a matter for its "
            "board, but that the government had increased the agency's overall budget in the last two budgets", None),
        (P, "Tahlia Morrow", "technically true and completely misleading", None),
        (I, "Declan Voss", "universities did not have the ships, the technicians or the long-term funding to take over "
            "the work", None),
        (D, "Declan Voss", "Handing the data to universities sounds tidy on paper,", None),
        (D, "Declan Voss", "In practice it means the measurements stop, and in ten years someone will write a paper "
            "asking why we have no data for the 2020s.", None),
        (P, "Australian Academy of Science", "deeply concerning", None),
    ],
    "actors": [
        actor("CSIRO", "organisation", title="national science agency", affiliation="Australia",
              aliases=["CSIRO", "The agency"], stance=1),
        actor("Kirsten Ahern", "person", title="environment research director", affiliation="CSIRO",
              aliases=["Kirsten Ahern", "Dr Ahern", "Ahern"], stance=1),
        actor("CSIRO Staff Association", "organisation", aliases=["CSIRO Staff Association"], stance=-1),
        actor("Sam Brierley", "person", title="secretary", affiliation="CSIRO Staff Association",
              aliases=["Sam Brierley", "Mr Brierley", "Brierley"], stance=-1),
        actor("spokeswoman for the federal science minister", "person", affiliation="Australian Government",
              stance=0),
        actor("Tahlia Morrow", "person", title="Greens science spokeswoman, senator", affiliation="Australian Greens",
              aliases=["Tahlia Morrow", "Morrow"], stance=None),
        actor("Declan Voss", "person", title="oceanographer", affiliation="University of Tasmania",
              aliases=["Declan Voss", "Prof Voss", "Voss"], stance=-1),
        actor("Australian Academy of Science", "organisation", aliases=["Australian Academy of Science"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
