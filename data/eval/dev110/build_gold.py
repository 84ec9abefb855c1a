"""Build the dev110 gold files (data/eval/dev110/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev110/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev110.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev110"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. CTV News (CTVNews.ca, Canada) diplomacy/Arctic (Ottawa summons Russia's ambassador over a research
#    vessel in the Northwest Passage), headline without speech, byline plus `CTVNews.ca Ottawa News Bureau
#    Reporter`, `Published ...`/`Last Updated ...` lines, dateline `OTTAWA --`, straight " and apostrophes,
#    punctuation inside closing marks. Lede `a move the Russian Embassy dismissed as "..."` (partial);
#    content before `according to the Canadian Coast Guard`; minister `told reporters ... that Canada had
#    "..." to the ambassador that B` (partial only), a quote split by `Bouchard said`; Q&A `Asked whether ...,
#    the minister said officials were "..." and would not speculate further` (partial only, no second
#    subject); anonymous official `told CTV News A and that B` (one indirect); embassy `said ... had been on a
#    "..." to study sea ice` (partial only), then `the statement said`; ambassador `told waiting reporters
#    only that the conversation had been "..."` (partial only); `READ MORE:` line and photo caption not
#    annotated; `"...," said Paulette Kilabuk, president of ...` then a closing stretch; `Kilabuk said the
#    ship's presence was "..." and that B` (partial plus indirect); scare `"eyes and ears"` (`CTV News has
#    learned` is the writer); critic `accused the government of sending "..." while Russia was "..."` (two
#    partials), then `he said`; `According to Ouellet, A`, then `he said`.
ARTICLES[f"{BATCH}/russian-research-vessel-nunavut-ambassador.gold.json"] = {
    "article": f"{BATCH}/russian-research-vessel-nunavut-ambassador.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian Embassy", "an overreaction.", None),
        (I, "Canadian Coast Guard", "The Akademik Nemirov, operated by a St. Petersburg-based polar research institute, "
            "entered the Northwest Passage east of Resolute, Nunavut, on Sunday and did not leave Canadian waters until "
            "early Thursday", None),
        (P, "H\u00e9l\u00e8ne Bouchard", "made it very clear", None),
        (D, "H\u00e9l\u00e8ne Bouchard", "These are Canadian waters. That is not a matter of opinion and it is not up for "
            "negotiation,", None),
        (D, "H\u00e9l\u00e8ne Bouchard", "Any vessel that wants to carry out research there needs our consent, and that "
            "consent was neither sought nor given.", None),
        (P, "H\u00e9l\u00e8ne Bouchard", "looking at all of the information available", None),
        (I, "senior government official", "the vessel had switched off its automatic identification system for roughly "
            "30 hours while in the passage and that a Royal Canadian Air Force patrol aircraft had tracked it for much "
            "of that time", None),
        (P, "Russian Embassy", "peaceful scientific mission", None),
        (D, "Russian Embassy", "The Northwest Passage is an international strait, as most of the world recognizes. "
            "Canada's attempt to turn a scientific voyage into a diplomatic incident is regrettable,", None),
        (P, "Gennady Lavrik", "frank.", None),
        (D, "Paulette Kilabuk", "Our hunters saw that ship before Ottawa did,", None),
        (D, "Paulette Kilabuk", "People in Resolute were posting pictures of it on Facebook on Monday.", None),
        (P, "Paulette Kilabuk", "not a neighbourly act", None),
        (I, "Paulette Kilabuk", "she had written to the prime minister to ask for an urgent meeting", None),
        (S, None, "eyes and ears", None),
        (P, "Grant Fairbairn", "a strongly worded letter", None),
        (P, "Grant Fairbairn", "mapping our seabed.", None),
        (D, "Grant Fairbairn", "Vladimir Putin is testing us, and so far we keep failing the test,", None),
        (I, "Marc-Antoine Ouellet", "Russian research vessels have entered the passage at least three times since 2023, "
            "though never for as long", None),
        (D, "Marc-Antoine Ouellet", "Research and intelligence are not always separate things in the Arctic, for any "
            "country. I'd be careful about assuming the worst, and equally careful about assuming the best,", None),
    ],
    "actors": [
        actor("Russian Embassy", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy", "Russian Embassy in Ottawa"], stance=1),
        actor("Canadian Coast Guard", "government", title="coast guard", affiliation="Canada",
              aliases=["Canadian Coast Guard"], stance=None),
        actor("H\u00e9l\u00e8ne Bouchard", "person", title="Foreign Affairs Minister", affiliation="Canada",
              aliases=["H\u00e9l\u00e8ne Bouchard", "Bouchard", "the minister"], stance=-1),
        actor("senior government official", "person", title="anonymous senior Canadian government official",
              affiliation="Government of Canada", aliases=["senior government official"], stance=-1),
        actor("Gennady Lavrik", "person", title="Russian ambassador to Canada", affiliation="Russia",
              aliases=["Gennady Lavrik", "Lavrik"], stance=None),
        actor("Paulette Kilabuk", "person", title="president", affiliation="Inuit Tapiriit Kanatami",
              aliases=["Paulette Kilabuk", "Kilabuk"], stance=-1),
        actor("Grant Fairbairn", "person", title="Conservative foreign affairs critic", affiliation="Conservatives",
              aliases=["Grant Fairbairn", "Fairbairn"], stance=-1),
        actor("Marc-Antoine Ouellet", "person", title="associate professor of political science",
              affiliation="Universit\u00e9 Laval", aliases=["Marc-Antoine Ouellet", "Ouellet"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. HSJ (Health Service Journal, UK NHS management trade press) finance/regulation (a trust enters the
#    recovery support programme), headline `Kettle: recovery plan will mean 'difficult choices' on beds` (curly
#    single fragment: partial for Kettle, the name the headline gives), standfirst without speech, `By NAME`
#    and date lines, curly double quotes and apostrophes in the body, `£38.4m`, punctuation outside closing
#    marks for fragments. Figures before `according to papers for Thursday's board meeting` (the trust's);
#    `The papers say A` (the trust); chief executive whose name is a common noun (Kettle) `said the
#    organisation had "..." on ...` (partial only), quote split by `he told HSJ`; Q&A `Asked whether ...,
#    Kettle said there would be "..." but that B` (partial plus indirect); `An NHS England spokeswoman said:
#    "..."`, `She added that the trust's leadership had "..."` (partial only); chair `wrote in her report to
#    the board that A and that B` (one indirect); scare so-called "vacancy control panels"; union organiser
#    introduced after an apposition (`Unison's regional organiser for the North West, Deepa Raman, said ...
#    "..." and that B`: partial plus indirect), `she said`; anonymous ICB figure `told HSJ the trust's
#    financial position had been "..." across ...` (partial only), `they said`; Healthwatch `said in a
#    statement A and that B` (one indirect). Not annotated: `Staff side representatives have been more
#    critical`, the oversight segments, the improvement director.
ARTICLES[f"{BATCH}/mid-pennine-recovery-programme-deficit.gold.json"] = {
    "article": f"{BATCH}/mid-pennine-recovery-programme-deficit.txt",
    "target": "Mid Pennine Hospitals Foundation Trust",
    "quotes": [
        (P, "Simon Kettle", "difficult choices", "\u2018difficult"),
        (I, "Mid Pennine Hospitals Foundation Trust", "The trust, which runs Pendle Valley Hospital in Nelson and the "
            "smaller Hyndburn Community Hospital in Accrington, is now forecasting a deficit of \u00a338.4m against a "
            "planned \u00a319.6m", None),
        (I, "Mid Pennine Hospitals Foundation Trust", "the overspend is largely down to agency nursing, which cost "
            "\u00a311.2m in the first seven months of the year, and to keeping a 28-bed escalation ward open since last "
            "winter", None),
        (P, "Simon Kettle", "turned a corner", None),
        (D, "Simon Kettle", "Nobody is pretending this is comfortable,", None),
        (D, "Simon Kettle", "The plan we are putting to the board is realistic. It will mean difficult choices, "
            "including on the number of beds we can keep open, but it gets us back to where we need to be by the end "
            "of next year.", None),
        (P, "Simon Kettle", "no compulsory redundancies among clinical staff", None),
        (I, "Simon Kettle", "the trust would cut around 120 corporate posts over two years", None),
        (D, "NHS England spokeswoman", "Mid Pennine has been moved into the recovery support programme so that it gets "
            "the intensive help it needs to stabilise its finances while continuing to protect patient care.", None),
        (P, "NHS England spokeswoman", "engaged constructively", None),
        (I, "Margaret Oduya", "directors accepted the findings of an external financial review in full and that a "
            "permanent finance director would be in post by March", None),
        (S, None, "vacancy control panels", None),
        (P, "Deepa Raman", "exhausted and anxious", None),
        (I, "Deepa Raman", "many had learned of the planned bed closures from local Facebook groups rather than from "
            "their managers", None),
        (D, "Deepa Raman", "You cannot cut your way out of a staffing crisis. Every ward that closes puts more pressure "
            "on the ones that stay open,", None),
        (P, "One senior figure at Lancashire and South Cumbria Integrated Care Board", "an open secret", None),
        (D, "One senior figure at Lancashire and South Cumbria Integrated Care Board", "The board was told in the "
            "spring that the agency numbers didn\u2019t add up, and it chose to believe the optimistic version,", None),
        (I, "Healthwatch Lancashire", "it would be watching closely for any effect on waiting times and that patients "
            "should keep attending appointments unless contacted by the hospital", None),
    ],
    "actors": [
        actor("Simon Kettle", "person", title="chief executive", affiliation="Mid Pennine Hospitals Foundation Trust",
              aliases=["Simon Kettle", "Kettle"], stance=1),
        actor("Mid Pennine Hospitals Foundation Trust", "organisation", title="NHS foundation trust",
              aliases=["Mid Pennine Hospitals Foundation Trust", "Mid Pennine Hospitals FT", "Mid Pennine",
                       "The trust"], stance=0),
        actor("NHS England spokeswoman", "person", title="spokeswoman", affiliation="NHS England",
              aliases=["NHS England spokeswoman"], stance=0),
        actor("Margaret Oduya", "person", title="Trust chair", affiliation="Mid Pennine Hospitals Foundation Trust",
              aliases=["Margaret Oduya", "Oduya"], stance=0),
        actor("Deepa Raman", "person", title="regional organiser for the North West", affiliation="Unison",
              aliases=["Deepa Raman", "Raman"], stance=-1),
        actor("One senior figure at Lancashire and South Cumbria Integrated Care Board", "person",
              title="anonymous senior figure", affiliation="Lancashire and South Cumbria Integrated Care Board",
              aliases=["One senior figure at Lancashire and South Cumbria Integrated Care Board"], stance=-1),
        actor("Healthwatch Lancashire", "organisation", title="patients' watchdog", aliases=["Healthwatch Lancashire"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Salt Lake Tribune environment/business (the state leases part of the Great Salt Lake for lithium
#    extraction), long headline and standfirst without speech (`Critics fear ...` is not speech), byline,
#    `The Salt Lake Tribune` and `| Dec. 8, 2026, 6:02 p.m.` lines, curly double quotes and apostrophes,
#    punctuation inside closing marks, `Sen. Nate Sorensen, R-Brigham City`. Lede `drew immediate criticism`
#    (not speech); state division `said in a news release that the ... lease ... contained "...," including
#    ...` (partial only); figure before `according to the U.S. Geological Survey`; `"...," said Tyler Kimball,
#    Bonneville Lithium's chief executive. "..."`; `Kimball said A and would B` (one indirect); senator
#    `called the lease "..."` (partial), then `Sorensen said`; scientist introduced by apposition `said A`, a
#    quote with `Rhodes said` and a second stretch, `She said A but that the state had approved the lease
#    "..."` (indirect plus partial); co-op `said in a statement that A`; `Co-op president Dale Orton put it
#    more bluntly.` (not speech), quote split by `he said`; Benally `said A`; group `has argued for years that
#    A` (indirect; `argue` is a cue), `Benally said the lease showed "..."` (partial only); `The division said
#    A`. Not annotated: the grant, the other applicants.
ARTICLES[f"{BATCH}/bonneville-lithium-great-salt-lake-lease.gold.json"] = {
    "article": f"{BATCH}/bonneville-lithium-great-salt-lake-lease.txt",
    "target": "Bonneville Lithium",
    "quotes": [
        (P, "Utah Division of Forestry, Fire and State Lands", "the strictest conditions ever placed on a mineral "
            "operation on the lake,", None),
        (I, "U.S. Geological Survey", "The lake\u2019s south arm stood at about 4,191 feet in November", None),
        (D, "Tyler Kimball", "We\u2019ve spent three years showing the state that this can be done without taking a "
            "drop of fresh water from the lake,", None),
        (D, "Tyler Kimball", "We return more than 90% of the brine we pump. This is not the old way of mining.", None),
        (I, "Tyler Kimball", "the company expected to start construction on a processing plant near Lakeside in the "
            "spring and would employ about 180 people once it reached full production in 2029", None),
        (P, "Nate Sorensen", "a good day for Box Elder County.", None),
        (D, "Nate Sorensen", "People talk about the lake like it\u2019s a museum piece. It\u2019s a working lake, and it "
            "always has been,", None),
        (I, "Jaimi Rhodes", "nobody yet knew how returning processed brine would affect the microbial mats that anchor "
            "its food web", None),
        (D, "Jaimi Rhodes", "The company\u2019s own modeling is based on two years of data,", None),
        (D, "Jaimi Rhodes", "Two years on a lake that changes this much from one season to the next is not a lot.",
            None),
        (I, "Jaimi Rhodes", "she was not opposed to lithium extraction in principle", None),
        (P, "Jaimi Rhodes", "before the science was in.", None),
        (I, "Great Salt Lake Brine Shrimp Cooperative", "any drop in salinity or lake level posed a risk to an "
            "industry worth more than $60 million a year", None),
        (D, "Dale Orton", "Every time somebody finds something valuable in this lake, they promise us it won\u2019t "
            "hurt anybody,", None),
        (D, "Dale Orton", "Then we\u2019re the ones who pay for it.", None),
        (I, "Carla Benally", "the group was weighing a legal challenge", None),
        (I, "Friends of Great Salt Lake", "no new mineral leases should be granted until the lake is back at a healthy "
            "level", None),
        (P, "Carla Benally", "nothing has changed.", None),
        (I, "Utah Division of Forestry, Fire and State Lands", "the other two applications remained under review",
            None),
    ],
    "actors": [
        actor("Utah Division of Forestry, Fire and State Lands", "government", title="state lands agency",
              affiliation="State of Utah", aliases=["Utah Division of Forestry, Fire and State Lands", "The division"],
              stance=0),
        actor("U.S. Geological Survey", "government", title="federal science agency",
              aliases=["U.S. Geological Survey"], stance=None),
        actor("Tyler Kimball", "person", title="chief executive", affiliation="Bonneville Lithium",
              aliases=["Tyler Kimball", "Kimball"], stance=1),
        actor("Nate Sorensen", "person", title="state senator (R-Brigham City)", affiliation="Utah Legislature",
              aliases=["Nate Sorensen", "Sorensen"], stance=1),
        actor("Jaimi Rhodes", "person", title="biologist", affiliation="Westminster University",
              aliases=["Jaimi Rhodes", "Rhodes"], stance=-1),
        actor("Great Salt Lake Brine Shrimp Cooperative", "organisation", title="brine shrimp harvesters' co-op",
              aliases=["Great Salt Lake Brine Shrimp Cooperative"], stance=-1),
        actor("Dale Orton", "person", title="Co-op president", affiliation="Great Salt Lake Brine Shrimp Cooperative",
              aliases=["Dale Orton", "Orton"], stance=-1),
        actor("Carla Benally", "person", title="policy director", affiliation="Friends of Great Salt Lake",
              aliases=["Carla Benally", "Benally"], stance=-1),
        actor("Friends of Great Salt Lake", "organisation", title="advocacy group",
              aliases=["Friends of Great Salt Lake", "The Friends group"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Lusaka Times (Zambia) courts (a former city council director acquitted of corruption), headline without
#    speech, date line only, no byline or dateline, straight " and apostrophes, British spelling, `K4.6
#    million`, `Ms`; names that look like common words (Principal Resident Magistrate Given Mwale, Precious
#    Chileshe, Charity Mwansa) and a surname that is also a town (Kabwe). Magistrate `said A`, quotes with
#    `Magistrate Mwale said` and `the magistrate said. "..."`, `He said the key witness ... had given evidence
#    that was "..." and had admitted ...` (partial only, no second subject); witness's earlier evidence `told
#    the court A, and that B` (one indirect, containing `a man who said he was sent by Kabwe`); `thanked his
#    family ...` (an act); accused `he told journalists` splitting his quote; Q&A `Asked whether ..., he said
#    that was "..."` (partial); lawyer `said his client had been the victim of "..." and that B` (partial plus
#    indirect); `the ACC said A`; spokesperson `said in a statement that A and that B`, then `the statement
#    read` (the spokesperson's statement); TI-Z `said A`, `According to TI-Z, A`; traders (a group) `said A`;
#    `"...," said Esther Tembo, chairperson of ...`; town clerk `said A and expected B` (one span).
ARTICLES[f"{BATCH}/moses-kabwe-acquitted-market-tender.gold.json"] = {
    "article": f"{BATCH}/moses-kabwe-acquitted-market-tender.txt",
    "target": "Moses Kabwe",
    "quotes": [
        (I, "Given Mwale", "the prosecution had failed to prove its case beyond reasonable doubt", None),
        (D, "Given Mwale", "The court has carefully considered the evidence of all eleven prosecution witnesses. Not one "
            "of them told this court that they saw the accused receive money from anybody,", None),
        (P, "Given Mwale", "riddled with contradictions", None),
        (D, "Given Mwale", "A court cannot convict on suspicion, however strong that suspicion may be,", None),
        (D, "Given Mwale", "The accused is accordingly acquitted on all three counts and set at liberty forthwith.",
            None),
        (I, "Precious Chileshe", "she had paid K150,000 in cash to a man who said he was sent by Kabwe, and that she was "
            "told her company would lose the contract if she refused", None),
        (D, "Moses Kabwe", "I have said from the first day that I am innocent. Today the court has said the same thing,",
            None),
        (D, "Moses Kabwe", "I served the people of Lusaka for 23 years and my name was dragged in the mud for something "
            "I never did.", None),
        (P, "Moses Kabwe", "a matter for another day.", None),
        (P, "Lubinda Munalula", "a politically motivated prosecution", None),
        (I, "Lubinda Munalula", "the defence would consider suing the State for malicious prosecution", None),
        (I, "Anti-Corruption Commission", "it was not satisfied with the judgment", None),
        (I, "Namukolo Simasiku", "the Commission had noted the acquittal and that it would study the judgment with a "
            "view to appealing", None),
        (D, "Namukolo Simasiku", "The Commission remains confident in the evidence it placed before the court. The fight "
            "against corruption in our local authorities will continue,", None),
        (I, "Transparency International Zambia", "the case showed the need for the Commission to strengthen its "
            "investigations before taking matters to court", None),
        (I, "Transparency International Zambia", "only about a third of corruption cases brought by the ACC in the past "
            "five years ended in a conviction", None),
        (I, "Traders at Mtendere East market", "they only wanted the work finished", None),
        (D, "Esther Tembo", "Whether he is guilty or not guilty, that is for the courts. For us, the rain is coming and "
            "we are still selling in the mud,", None),
        (I, "Charity Mwansa", "the council had since re-advertised the tender and expected a new contractor to be on "
            "site by February", None),
    ],
    "actors": [
        actor("Given Mwale", "person", title="Principal Resident Magistrate", affiliation="Lusaka Magistrate's Court",
              aliases=["Given Mwale", "Mwale", "Magistrate Mwale", "the magistrate"], stance=1),
        actor("Precious Chileshe", "person", title="contractor, prosecution witness",
              aliases=["Precious Chileshe", "Chileshe", "Ms Chileshe"], stance=-1),
        actor("Moses Kabwe", "person", title="former director of markets", affiliation="Lusaka City Council",
              aliases=["Moses Kabwe", "Kabwe"], stance=1),
        actor("Lubinda Munalula", "person", title="defence lawyer", affiliation="Munalula and Associates",
              aliases=["Lubinda Munalula", "Munalula"], stance=1),
        actor("Anti-Corruption Commission", "government", title="anti-graft agency", affiliation="Zambia",
              aliases=["Anti-Corruption Commission", "ACC", "the Commission"], stance=-1),
        actor("Namukolo Simasiku", "person", title="Commission spokesperson", affiliation="Anti-Corruption Commission",
              aliases=["Namukolo Simasiku", "Simasiku"], stance=-1),
        actor("Transparency International Zambia", "organisation", title="anti-corruption watchdog",
              aliases=["Transparency International Zambia", "TI-Z"], stance=None),
        actor("Traders at Mtendere East market", "group", title="market traders",
              aliases=["Traders at Mtendere East market"], stance=None),
        actor("Esther Tembo", "person", title="chairperson of the market's traders' committee",
              aliases=["Esther Tembo", "Tembo"], stance=0),
        actor("Charity Mwansa", "person", title="town clerk", affiliation="Lusaka City Council",
              aliases=["Charity Mwansa", "Mwansa"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
