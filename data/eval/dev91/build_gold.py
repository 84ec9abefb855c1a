"""Build the dev91 gold files (data/eval/dev91/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev91/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev91.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev91"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Việt Nam News agriculture/trade (Russia suspends imports from five Vietnamese seafood processors), headline
#    without speech, photo caption with `VNA/VNS Photo`, `HÀ NỘI —` dateline running into the lede, `— VNS`
#    sign-off, straight `"` and apostrophes, Vietnamese diacritics (`Việt Nam`, `Cần Thơ`), `US$6 million`, `per
#    cent`, Vietnamese names shortened to the given name (`Lực`, `Hương`); lede content before `, the Ministry of
#    Agriculture and Environment said on Wednesday`; `In a notice posted on its website, Rosselkhoznadzor said
#    laboratory tests had found enrofloxacin "..." in ..., and that B` (partial plus indirect); NAFIQAD `said it had
#    asked ... to ...` (reported clause, indirect); director named after the quote; VASEP `said the suspension was
#    "..." because ...` (partial only); company director named after the quote, `Lực said A`; trade representative in
#    an apposition `told Việt Nam News that the measure was "..." and "..."` (two partials), `He said A and that B`
#    (one span); `According to the Việt Nam Trade Office in Russia, A`; scare so-called `"green channel"`; lecturer
#    `said Russia had used food safety measures "..." in ... before, but that B` (partial plus indirect), `Hương
#    said`; `VASEP has asked the ministry to ...` (directive).
ARTICLES[f"{BATCH}/russia-suspends-vietnamese-seafood-processors.gold.json"] = {
    "article": f"{BATCH}/russia-suspends-vietnamese-seafood-processors.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Agriculture and Environment", "Russia's Federal Service for Veterinary and Phytosanitary "
            "Surveillance (Rosselkhoznadzor) will temporarily suspend imports from five Vietnamese seafood processors "
            "from December 8 after detecting antibiotic residues and Listeria in several consignments", None),
        (P, "Rosselkhoznadzor", "above permitted levels", None),
        (I, "Rosselkhoznadzor", "the suspension would remain in force until the Vietnamese side completed an "
            "investigation", None),
        (I, "National Agro-Forestry-Fisheries Quality Assurance Department", "it had asked the five firms to trace the "
            "origin of the affected batches and report back within 15 days", None),
        (D, "Nguyễn Thanh Hải", "We respect the importing country's regulations. At the same time, we will ask the "
            "Russian side to share the full test results so that businesses can check them against their own records,",
            None),
        (P, "Việt Nam Association of Seafood Exporters and Producers", "unexpected", None),
        (D, "Trần Văn Lực", "We test every container before it leaves the factory. We have the certificates. I cannot "
            "understand how the results in Moscow are so different,", None),
        (I, "Trần Văn Lực", "his company had sold about US$6 million worth of fish to Russia this year, around a fifth "
            "of its total exports", None),
        (P, "Andrei Savelyev", "purely technical", None),
        (P, "Andrei Savelyev", "not directed against Vietnamese products as a whole", None),
        (I, "Andrei Savelyev", "Russian consumers valued Vietnamese seafood and that imports from more than 60 other "
            "Vietnamese plants would continue as normal", None),
        (I, "Việt Nam Trade Office in Russia", "seafood exports to Russia reached $178 million in the first ten months "
            "of 2026, up 9 per cent year-on-year", None),
        (S, None, "green channel", None),
        (P, "Đặng Mai Hương", "as a lever", None),
        (I, "Đặng Mai Hương", "Vietnamese exporters should also take a hard look at their own controls", None),
        (D, "Đặng Mai Hương", "Russia is not the biggest market, but it is a market that pays on time. Losing five "
            "plants is a warning for the whole industry,", None),
    ],
    "actors": [
        actor("Ministry of Agriculture and Environment", "government", affiliation="Việt Nam",
              aliases=["Ministry of Agriculture and Environment"], stance=0),
        actor("Rosselkhoznadzor", "government", title="Federal Service for Veterinary and Phytosanitary Surveillance",
              affiliation="Russia", aliases=["Rosselkhoznadzor",
                                             "Federal Service for Veterinary and Phytosanitary Surveillance"],
              stance=1),
        actor("National Agro-Forestry-Fisheries Quality Assurance Department", "government", affiliation="Việt Nam",
              aliases=["National Agro-Forestry-Fisheries Quality Assurance Department", "NAFIQAD"], stance=0),
        actor("Nguyễn Thanh Hải", "person", title="director", affiliation="NAFIQAD",
              aliases=["Nguyễn Thanh Hải", "Hải"], stance=0),
        actor("Việt Nam Association of Seafood Exporters and Producers", "organisation",
              aliases=["Việt Nam Association of Seafood Exporters and Producers", "VASEP"], stance=-1),
        actor("Trần Văn Lực", "person", title="director", affiliation="Mekong Star Seafood",
              aliases=["Trần Văn Lực", "Lực"], stance=-1),
        actor("Andrei Savelyev", "person", title="Russia's Trade Representative in Việt Nam", affiliation="Russia",
              aliases=["Andrei Savelyev", "Savelyev"], stance=1),
        actor("Việt Nam Trade Office in Russia", "government", affiliation="Việt Nam",
              aliases=["Việt Nam Trade Office in Russia"], stance=None),
        actor("Đặng Mai Hương", "person", title="lecturer in international trade",
              affiliation="Foreign Trade University", aliases=["Đặng Mai Hương", "Hương"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. TradeWinds (shipping trade press) car carriers/newbuildings (an Oslo-listed owner cancels four newbuildings at
#    a Chinese yard), headline and standfirst without speech, `Author: NAME, Oslo` and `Published 3 December 2026,
#    14:32` lines, straight `"` and apostrophes, trade jargon (`7,000-ceu`, `PCTC`, `$126m`, `hulls`, `time charter`);
#    lede `has cancelled ..., saying A` (participial cue); `In a stock exchange notice, the company said A and would
#    B` (one span); chief executive `told TradeWinds the decision was "..."` (partial only), quote split by `she
#    said`; yard `said in a statement that the delays had been caused by "...", including ..., and that B` (partial
#    plus indirect); scare so-called `"permissible delay"` provisions; content before `, according to Clarksons
#    Research`; `Shipbrokers said A`; anonymous broker `was blunter.`, then a quote with `he said`; Q&A `Asked whether
#    ..., Vatne replied: "..."`; analyst with a word-like surname (`Erik Lie`, `Lie said`) `said A, and that the
#    company could pick up ... "..." next year` (indirect plus partial); `declined to comment`.
ARTICLES[f"{BATCH}/nordkyn-cancels-car-carrier-order.gold.json"] = {
    "article": f"{BATCH}/nordkyn-cancels-car-carrier-order.txt",
    "target": "Nordkyn Shipping",
    "quotes": [
        (I, "Nordkyn Shipping", "the yard has missed the contractual delivery date for the lead ship by more than 210 "
            "days", None),
        (I, "Nordkyn Shipping", "it had exercised its right to rescind all four contracts and would seek repayment of "
            "about $126m in pre-delivery instalments, plus interest, from the refund guarantors", None),
        (P, "Ingrid Vatne", "not taken lightly", None),
        (D, "Ingrid Vatne", "We have been very patient with this yard. But a ship delivered in 2028 is not the ship we "
            "ordered in 2023,", None),
        (D, "Ingrid Vatne", "Our charterers need tonnage now.", None),
        (P, "Zhoushan Haixing Shipbuilding", "force majeure events", None),
        (I, "Zhoushan Haixing Shipbuilding", "it would contest the cancellation in London arbitration", None),
        (S, None, "permissible delay", None),
        (I, "Clarksons Research", "PCTC newbuilding prices have fallen to about $92m for a 7,000-ceu vessel, down 15% "
            "since January", None),
        (I, "Shipbrokers", "the four hulls, contracted at around $105m each, would be hard to resell at anything near "
            "their original price if the yard wins the right to keep them", None),
        (D, "Oslo-based broker", "Nordkyn has found a clean exit from an expensive order in a softening market. The "
            "delay was a gift,", None),
        (D, "Ingrid Vatne", "No. We would take these ships tomorrow if they were ready.", None),
        (I, "Erik Lie", "the cancellation would strengthen Nordkyn's balance sheet", None),
        (P, "Erik Lie", "at a discount", None),
        (D, "Erik Lie", "On paper they lose four ships. In practice they get their cash back and a free option on a "
            "weaker market,", None),
    ],
    "actors": [
        actor("Nordkyn Shipping", "organisation", title="Oslo-listed car carrier owner",
              aliases=["Nordkyn Shipping", "Nordkyn", "the company"], stance=1),
        actor("Ingrid Vatne", "person", title="Chief executive", affiliation="Nordkyn Shipping",
              aliases=["Ingrid Vatne", "Vatne"], stance=1),
        actor("Zhoushan Haixing Shipbuilding", "organisation", title="shipyard", affiliation="China",
              aliases=["Zhoushan Haixing Shipbuilding", "Zhoushan Haixing"], stance=-1),
        actor("Clarksons Research", "organisation", title="shipping data provider", aliases=["Clarksons Research"],
              stance=None),
        actor("Shipbrokers", "group", aliases=["Shipbrokers"], stance=None),
        actor("Oslo-based broker", "person", title="shipbroker (anonymous)", aliases=["Oslo-based broker"],
              stance=-1),
        actor("Erik Lie", "person", title="analyst", affiliation="Nordhavn Markets", aliases=["Erik Lie", "Lie"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Catalan News obituary/culture (a Nova Cançó singer-songwriter dies at 84), headline and standfirst without
#    speech, `Catalan News | Barcelona` and `03 December 2026 06:12 PM` lines, straight `"` and apostrophes, British
#    spelling, Catalan names and accents, a song title without quote marks; lede content before `, the Rovira family
#    said in a statement`; quote with `the family said, adding that A` (direct plus indirect); scare so-called
#    `"hymn of the neighbourhoods"`; government `described Rovira as "..." and said his songs had "..."` (two
#    partials); minister `said A`, `Soldevila said`; fellow singer with a word-like surname (`Montserrat Pi`, `Pi
#    said`) `said he had been "..."` (partial only); critic with a word-like surname (`Jordi Mas`) `said A, but that
#    his songbook remained "..." for ...` (indirect plus partial); shared surname: the son `Oriol Rovira ... told
#    Catalan News A` (no `that`), then a quote-only paragraph left open and a closed one (continuity); the dead man
#    in an archive interview (`In a 2019 interview with Catalan News, Rovira said A`, then `he said`); city council
#    `said A`.
ARTICLES[f"{BATCH}/pere-rovira-singer-dies-84.gold.json"] = {
    "article": f"{BATCH}/pere-rovira-singer-dies-84.txt",
    "target": "Pere Rovira",
    "quotes": [
        (I, "Rovira family", "Singer-songwriter Pere Rovira, one of the most recognisable voices of the second "
            "generation of the Nova Cançó movement, died on Wednesday night at his home in Barcelona's Gràcia district "
            "at the age of 84", None),
        (D, "Rovira family", "He left us the way he lived, surrounded by music, books and the people he loved,", None),
        (I, "Rovira family", "he had been ill for several months", None),
        (S, None, "hymn of the neighbourhoods", None),
        (P, "Catalan government", "a poet who sang", None),
        (P, "Catalan government", "accompanied the country's return to freedom", None),
        (I, "Núria Soldevila", "a public memorial would be held at the Palau de la Música on December 12", None),
        (D, "Núria Soldevila", "Catalonia has lost one of the voices that taught us to sing in our own language without "
            "fear,", None),
        (P, "Montserrat Pi", "a generous man on stage and a stubborn one off it", None),
        (D, "Montserrat Pi", "He would argue with you about a single word for a whole night. And the next morning he "
            "would admit you were right, and buy breakfast,", None),
        (I, "Jordi Mas", "Rovira's later albums had never matched the energy of his early work", None),
        (P, "Jordi Mas", "essential", None),
        (I, "Oriol Rovira", "his father had kept writing songs until the very end", None),
        (D, "Oriol Rovira", "Last week he asked me to bring his guitar to the bedroom. He could barely hold it, but he "
            "wanted to check one chord.", None),
        (D, "Oriol Rovira", "That was him. Always one more chord.", None),
        (I, "Pere Rovira", "he had never thought of himself as a political singer", None),
        (D, "Pere Rovira", "I wrote about my street. If my street was political, that was not my fault, and I am proud "
            "of every word,", None),
        (I, "Barcelona City Council", "the flag at the town hall would fly at half-mast on Thursday", None),
    ],
    "actors": [
        actor("Rovira family", "group", title="the singer's family", aliases=["Rovira family", "the family"],
              stance=1),
        actor("Catalan government", "government", affiliation="Catalonia", aliases=["Catalan government"], stance=1),
        actor("Núria Soldevila", "person", title="Culture minister", affiliation="Catalan government",
              aliases=["Núria Soldevila", "Soldevila"], stance=1),
        actor("Montserrat Pi", "person", title="singer, former touring partner", aliases=["Montserrat Pi", "Pi"],
              stance=1),
        actor("Jordi Mas", "person", title="music critic", aliases=["Jordi Mas", "Mas"], stance=0),
        actor("Oriol Rovira", "person", title="cellist, the singer's son",
              affiliation="Barcelona Symphony Orchestra (OBC)", aliases=["Oriol Rovira"], stance=1),
        actor("Pere Rovira", "person", title="singer-songwriter (died aged 84)", aliases=["Pere Rovira", "Rovira"],
              stance=1),
        actor("Barcelona City Council", "government", affiliation="Barcelona", aliases=["Barcelona City Council"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Anadolu Agency (AA) English aviation/diplomacy (Türkiye criticises EASA's suspension of a Turkish charter
#    airline), headline without quote marks, standfirst with a straight single fragment `Turkish officials call
#    decision 'disproportionate'` (partial for the group it names), `Merve Aydın   |03.12.2026 - Update : 03.12.2026`
#    and `ANKARA` lines, straight `"` and apostrophes, `Türkiye`, American spelling; lede content before `, the
#    airline said on Thursday`; `In a statement, Ege Star said the suspension was based on "..." that had ..., and
#    that B` (partial plus indirect); director general `told Anadolu that the decision was "..." given that ...`
#    (partial only), `Aksoy said`; ministry `said A`; scare so-called `"SAFA"` ramp inspections (writer's relative
#    clause); EASA `said in a written response to Anadolu that its decision followed "..." of ..., and that B`
#    (partial plus indirect); anonymous diplomat `speaking on condition of anonymity, said A`; TÜRSAB `said A`,
#    chairman named after the quote; analyst with a word-like surname (`Levent Kaya`, `Kaya said`) `said A, but that
#    B` (one span); content before `, according to the Culture and Tourism Ministry` (the writer's `with Germans ...`
#    after it not included).
ARTICLES[f"{BATCH}/easa-suspends-turkish-charter-airline.gold.json"] = {
    "article": f"{BATCH}/easa-suspends-turkish-charter-airline.txt",
    "target": "European Union Aviation Safety Agency",
    "quotes": [
        (P, "Turkish officials", "disproportionate", "call decision '"),
        (I, "Ege Star Airlines", "The European Union Aviation Safety Agency (EASA) has suspended the authorization of "
            "Antalya-based Ege Star Airlines to operate flights to the EU with immediate effect", None),
        (P, "Ege Star Airlines", "administrative findings", None),
        (I, "Ege Star Airlines", "it would file an appeal with the agency within the legal deadline", None),
        (P, "Hüseyin Aksoy", "disproportionate and unfair", None),
        (D, "Hüseyin Aksoy", "Ege Star meets every international standard. We have shared all our inspection reports "
            "with EASA, and we expect them to be taken into account,", None),
        (I, "Transport and Infrastructure Ministry", "it had requested an urgent meeting with EASA and the European "
            "Commission to resolve the issue", None),
        (S, None, "SAFA", None),
        (P, "European Union Aviation Safety Agency", "a comprehensive assessment", None),
        (I, "European Union Aviation Safety Agency", "the airline could reapply once the findings had been addressed",
            None),
        (I, "European diplomat in Ankara", "the agency's decisions were technical and were not influenced by political "
            "considerations", None),
        (I, "Association of Turkish Travel Agencies", "about 40,000 European tourists booked on Ege Star flights this "
            "winter would have to be moved to other carriers", None),
        (D, "Cem Aydoğan", "This decision hurts European holidaymakers as much as Turkish companies. Families who booked "
            "months ago are now calling us in a panic,", None),
        (I, "Levent Kaya", "EASA suspensions were rarely lifted in less than six months, but that Turkish carriers as a "
            "whole had a strong safety record in Europe", None),
        (D, "Levent Kaya", "For a charter airline that lives on the European market, six months is a very long time. "
            "The company will have to lease aircraft and crews from other operators to survive the winter,", None),
        (I, "Culture and Tourism Ministry", "Türkiye welcomed more than 60 million foreign visitors last year", None),
    ],
    "actors": [
        actor("Turkish officials", "group", affiliation="Türkiye", aliases=["Turkish officials"], stance=-1),
        actor("Ege Star Airlines", "organisation", title="charter airline", affiliation="Antalya",
              aliases=["Ege Star Airlines", "Ege Star", "the airline"], stance=-1),
        actor("Hüseyin Aksoy", "person", title="Director General of Civil Aviation", affiliation="Türkiye",
              aliases=["Hüseyin Aksoy", "Aksoy"], stance=-1),
        actor("Transport and Infrastructure Ministry", "government", affiliation="Türkiye",
              aliases=["Transport and Infrastructure Ministry"], stance=0),
        actor("European Union Aviation Safety Agency", "organisation", affiliation="European Union",
              aliases=["European Union Aviation Safety Agency", "EASA", "the agency"], stance=1),
        actor("European diplomat in Ankara", "person", aliases=["European diplomat in Ankara"], stance=1),
        actor("Association of Turkish Travel Agencies", "organisation",
              aliases=["Association of Turkish Travel Agencies", "TÜRSAB"], stance=0),
        actor("Cem Aydoğan", "person", title="Chairman", affiliation="TÜRSAB", aliases=["Cem Aydoğan", "Aydoğan"],
              stance=-1),
        actor("Levent Kaya", "person", title="Aviation analyst", affiliation="Istanbul Technical University",
              aliases=["Levent Kaya", "Kaya"], stance=0),
        actor("Culture and Tourism Ministry", "government", affiliation="Türkiye",
              aliases=["Culture and Tourism Ministry"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
