"""Build the dev187 gold files (data/eval/dev187/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev187/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev187.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev187"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Khaosod English (Phuket raids on Russians working without permits), headline without speech, byline
#    and time lines, "PHUKET —" dateline, curly quotes and apostrophes, Thai first-name convention
#    ("Wirot said"); consulate "has asked ... to explain ..., saying its citizens are being "..." in a
#    crackdown" (partial only); lede content before "according to the Immigration Bureau"; scare sometimes
#    called "Little Moscow"; consul-general "told reporters ... that A and that many were "..."" (indirect
#    plus partial), quote with "Shubin said"; spokesman "rejected the claim" (act), quote split by "Wirot
#    said", "Wirot said A"; embassy "said ... that it was "..."", "It added that A"; ministry spokeswoman
#    "said A"; "according to the Tourism Authority of Thailand"; hotelier "warned that A", quote with "he
#    said"; nickname-only speaker Ploy "said A", quote with "she said"; "Related:" line.
ARTICLES[f"{BATCH}/phuket-russians-visa-raids.gold.json"] = {
    "article": f"{BATCH}/phuket-russians-visa-raids.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia’s consulate in Phuket", "singled out", None),
        (I, "Immigration Bureau", "At least 43 Russians have been detained since Nov. 15 in raids on villas, co-working "
            "spaces and beach clubs in Rawai and Kata", None),
        (S, None, "Little Moscow,", None),
        (I, "Yevgeny Shubin", "most of those arrested held valid visas", None),
        (P, "Yevgeny Shubin", "simply on holiday with their laptops.", None),
        (D, "Yevgeny Shubin", "Russia values its friendship with Thailand very much. But friendship means respect, and "
            "we expect our citizens to be treated the same as Germans or Australians,", None),
        (D, "Wirot Saengthong", "We do not check passports by color. We check what people are doing,", None),
        (D, "Wirot Saengthong", "If you are teaching yoga for money on a tourist visa, it does not matter where you come "
            "from.", None),
        (I, "Wirot Saengthong", "11 of the detained had already been deported and the rest were awaiting hearings", None),
        (P, "Russian Embassy", "monitoring the situation closely.", None),
        (I, "Russian Embassy", "it had raised the matter with the Thai Foreign Ministry", None),
        (I, "Pitchaya Worawan", "Thailand welcomed visitors from every country who respected its laws", None),
        (I, "Tourism Authority of Thailand", "Russians were the largest group of foreign visitors to Phuket in the first "
            "ten months of 2026, with about 1.3 million arrivals", None),
        (I, "Kongsak Thanapol", "the arrests were already being discussed on Russian travel forums", None),
        (D, "Kongsak Thanapol", "Russian guests fill our rooms from November to April. We cannot afford to make them feel "
            "unwelcome,", None),
        (I, "Ploy", "Russian-run studios had undercut local businesses for years without paying tax", None),
        (D, "Ploy", "Nobody complained when it was us losing customers,", None),
    ],
    "actors": [
        actor("Russia’s consulate in Phuket", "government", title="consulate", affiliation="Russia",
              aliases=["Russia’s consulate in Phuket"], stance=1),
        actor("Immigration Bureau", "government", title="immigration police", affiliation="Thailand",
              aliases=["Immigration Bureau"], stance=None),
        actor("Yevgeny Shubin", "person", title="Consul-General", affiliation="Russia",
              aliases=["Yevgeny Shubin", "Shubin"], stance=1),
        actor("Wirot Saengthong", "person", title="Immigration Bureau spokesman (Pol. Col.)",
              affiliation="Immigration Bureau", aliases=["Wirot Saengthong", "Wirot", "Saengthong"], stance=-1),
        actor("Russian Embassy", "government", title="embassy in Bangkok", affiliation="Russia",
              aliases=["Russian Embassy"], stance=1),
        actor("Pitchaya Worawan", "person", title="Foreign Ministry spokeswoman", affiliation="Thailand",
              aliases=["Pitchaya Worawan", "Pitchaya"], stance=0),
        actor("Tourism Authority of Thailand", "government", title="tourism authority", affiliation="Thailand",
              aliases=["Tourism Authority of Thailand"], stance=None),
        actor("Kongsak Thanapol", "person", title="president, southern chapter",
              affiliation="Thai Hotels Association", aliases=["Kongsak Thanapol", "Kongsak"], stance=1),
        actor("Ploy", "person", title="yoga studio owner in Rawai (nickname)", affiliation=None,
              aliases=["Ploy"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Business Standard (TBS, Bangladesh) labour (garment workers block a highway over unpaid wages),
#    headline without speech, "TBS Report" and published/modified lines, straight " and apostrophes,
#    "Tk15,000"; "demanding payment ..." (act); lede content before "according to the Gazipur Metropolitan
#    Police"; scare so-called "green factory"; worker "said A", quote with "she said"; "Workers said A and
#    had B" (one span); managing director "told The Business Standard that A", quote split by "he said",
#    "He said the factory would pay ... "..." by ..." (partial only); industrial police "said A"; union
#    leader "described ... as "..." and said A" (partial plus indirect), quote with "she told TBS"; BGMEA
#    "said A, and that a solution was expected "..."" (indirect plus partial); ministry "said in a
#    statement that A".
ARTICLES[f"{BATCH}/meghna-denim-wage-protest.gold.json"] = {
    "article": f"{BATCH}/meghna-denim-wage-protest.txt",
    "target": "Meghna Denim Ltd",
    "quotes": [
        (I, "Gazipur Metropolitan Police", "The blockade caused a tailback stretching more than 12 kilometres", None),
        (S, None, "green factory", None),
        (I, "Shahnaz Akter", "she had borrowed Tk15,000 from a local moneylender to pay her children's school fees",
            None),
        (D, "Shahnaz Akter", "The owners drive to the factory in Land Cruisers, and we cannot buy rice. How long are we "
            "supposed to wait?", None),
        (I, "Workers", "the management had promised on three occasions to clear the arrears and had broken each "
            "promise", None),
        (I, "Rezaul Karim Bhuiyan", "the company was facing a severe cash crunch after two European buyers cancelled "
            "orders worth $8.4 million in August", None),
        (D, "Rezaul Karim Bhuiyan", "We are not running away from our responsibility. Every taka owed to the workers will "
            "be paid,", None),
        (D, "Rezaul Karim Bhuiyan", "But the banks have to release our back-to-back LC limits. Without that, our hands "
            "are tied.", None),
        (P, "Rezaul Karim Bhuiyan", "in instalments", None),
        (I, "Sarwar Alam", "the workers withdrew from the road around 2:30pm after talks with local administration "
            "officials, factory representatives and labour leaders", None),
        (P, "Rupali Begum", "another empty promise", None),
        (I, "Rupali Begum", "the government must take over the factory's management if wages were not paid by the "
            "deadline", None),
        (D, "Rupali Begum", "This is the third time in 2026 that Meghna's workers have had to come to the street. Who "
            "will take responsibility if someone is killed on the highway?", None),
        (I, "Bangladesh Garment Manufacturers and Exporters Association", "it was in touch with the factory owners and "
            "the banks", None),
        (P, "Bangladesh Garment Manufacturers and Exporters Association", "within days", None),
        (I, "labour ministry", "a tripartite meeting of owners, workers' representatives and officials would be held at "
            "the Department of Labour in Dhaka on Monday", None),
    ],
    "actors": [
        actor("Gazipur Metropolitan Police", "government", title="police", affiliation="Bangladesh",
              aliases=["Gazipur Metropolitan Police"], stance=None),
        actor("Shahnaz Akter", "person", title="sewing operator", affiliation="Meghna Denim Ltd",
              aliases=["Shahnaz Akter", "Akter"], stance=-1),
        actor("Workers", "group", title="factory workers", affiliation="Meghna Denim Ltd",
              aliases=["Workers"], stance=-1),
        actor("Rezaul Karim Bhuiyan", "person", title="managing director", affiliation="Meghna Denim Ltd",
              aliases=["Rezaul Karim Bhuiyan", "Bhuiyan"], stance=1),
        actor("Sarwar Alam", "person", title="Superintendent of Industrial Police-2 Gazipur",
              affiliation="Industrial Police", aliases=["Sarwar Alam", "Alam"], stance=None),
        actor("Rupali Begum", "person", title="General Secretary", affiliation="Bangladesh Textile Workers' Front",
              aliases=["Rupali Begum", "Begum"], stance=-1),
        actor("Bangladesh Garment Manufacturers and Exporters Association", "organisation",
              title="employers' association",
              aliases=["Bangladesh Garment Manufacturers and Exporters Association", "BGMEA"], stance=0),
        actor("labour ministry", "government", title="ministry", affiliation="Bangladesh",
              aliases=["labour ministry"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Exit News (Albania) politics (prosecutors investigate a deputy PM over resort permits), headline
#    without speech, "Exit Staff" byline, curly quotes and apostrophes, Albanian names (Çela); lede
#    content before "the prosecution office confirmed"; SPAK "said the investigation concerned "..." and
#    "..." in connection with ..." (two partials); scare "strategic investor" status; the deputy PM "wrote
#    that every permit had been "..." and that he would ..." (partial plus indirect), quote with "he
#    wrote"; "He did not say whether ..." (negated); activist "said A", quote with "she told Exit"; MP
#    Gentian Mali ("Mali", a word) "called on ... to suspend ..." (directive) "and said the investigation
#    showed that "..."" (partial only); PM's office spokesperson "told Exit that the government "..." the
#    independence of SPAK" (partial only), "The spokesperson added that A"; EU Delegation "said ... that A
#    and that ... remained "..."" (indirect plus partial); the company "did not respond" (not annotated),
#    "described the resort as "..." and said all its permits had been "..."" (two partials); "Read more:".
ARTICLES[f"{BATCH}/spak-hoxha-karaburun-permits.gold.json"] = {
    "article": f"{BATCH}/spak-hoxha-karaburun-permits.txt",
    "target": "Ledion Hoxha",
    "quotes": [
        (I, "Special Anti-Corruption Structure", "Albania’s Special Anti-Corruption Structure (SPAK) has opened an "
            "investigation into Deputy Prime Minister Ledion Hoxha over the approval of construction permits for a "
            "luxury resort on the protected Karaburun peninsula", None),
        (P, "Special Anti-Corruption Structure", "abuse of office", None),
        (P, "Special Anti-Corruption Structure", "falsification of documents", None),
        (S, None, "strategic investor", None),
        (P, "Ledion Hoxha", "approved in full compliance with the law", None),
        (I, "Ledion Hoxha", "he would cooperate fully with prosecutors", None),
        (D, "Ledion Hoxha", "I have nothing to fear from justice. I welcome this investigation, because it will put an "
            "end to the lies that have been spread about me for a year,", None),
        (I, "Eralda Çela", "the permits should never have been issued", None),
        (D, "Eralda Çela", "Karaburun is not a plot of land for sale. It is a national park, and the law is very clear "
            "about what can be built there,", None),
        (P, "Gentian Mali", "the whole Territorial Council was a machine for selling the coast.", None),
        (P, "spokesperson for the Prime Minister’s Office", "fully respects", None),
        (I, "spokesperson for the Prime Minister’s Office", "the Prime Minister would not comment on an ongoing "
            "investigation", None),
        (I, "EU Delegation to Albania", "it was following the case", None),
        (P, "EU Delegation to Albania", "a key benchmark", None),
        (P, "Azure Coast Holdings", "a model of sustainable tourism", None),
        (P, "Azure Coast Holdings", "obtained lawfully and transparently.", None),
    ],
    "actors": [
        actor("Special Anti-Corruption Structure", "government", title="anti-corruption prosecution office",
              affiliation="Albania", aliases=["Special Anti-Corruption Structure", "SPAK", "the prosecution office"],
              stance=-1),
        actor("Ledion Hoxha", "person", title="Deputy Prime Minister", affiliation="Socialist Party",
              aliases=["Ledion Hoxha", "Hoxha"], stance=1),
        actor("Eralda Çela", "person", title="director", affiliation="EcoAlbania",
              aliases=["Eralda Çela", "Çela"], stance=-1),
        actor("Gentian Mali", "person", title="MP", affiliation="Democratic Party",
              aliases=["Gentian Mali", "Mali"], stance=-1),
        actor("spokesperson for the Prime Minister’s Office", "person", title="spokesperson",
              affiliation="Prime Minister’s Office",
              aliases=["spokesperson for the Prime Minister’s Office", "The spokesperson"], stance=0),
        actor("EU Delegation to Albania", "organisation", title="EU delegation", affiliation="European Union",
              aliases=["EU Delegation to Albania"], stance=0),
        actor("Azure Coast Holdings", "organisation", title="resort developer",
              aliases=["Azure Coast Holdings"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Wellington.Scoop (NZ) local news (a council closes a suburban library for strengthening), headline
#    without speech, date and masthead lines, straight " and apostrophes, macron (Hēnare), "per cent";
#    official "told the meeting that A, and that there was "..." to keep it open" (indirect plus partial),
#    quote with "he said"; council "said A and that B" (one span); "according to council figures" (the
#    council); scare so-called "fit for purpose" review; councillor "said the decision was "..."" (partial
#    only); councillor "said A, and that it had then "..." for six years" (indirect plus partial), quote
#    with "Hēnare said"; "Read also:" line; residents' chair Dot Fell ("Fell", a word) "said A", quote with
#    "she said"; library user "said A", quote with "she said".
ARTICLES[f"{BATCH}/karori-library-closure.gold.json"] = {
    "article": f"{BATCH}/karori-library-closure.txt",
    "target": "Wellington City Council",
    "quotes": [
        (I, "Liam O'Halloran", "engineers had rated the 1980s building at 30 per cent of the new building standard",
            None),
        (P, "Liam O'Halloran", "no safe way", None),
        (D, "Liam O'Halloran", "We looked at doing it in stages. Every option we costed kept people in a building we "
            "already know is earthquake-prone, and I'm not prepared to recommend that,", None),
        (I, "Wellington City Council", "a temporary library service would operate from St Teresa's church hall on Karori "
            "Road and that the mobile library would visit the suburb twice a week", None),
        (I, "Wellington City Council", "Karori Library recorded 162,000 visits in the last financial year", None),
        (S, None, "fit for purpose", None),
        (P, "Tamatha Pene", "the responsible one, even if it is not the popular one", None),
        (I, "Rawiri Hēnare", "the council had known about the building's rating since 2019", None),
        (P, "Rawiri Hēnare", "sat on its hands", None),
        (D, "Rawiri Hēnare", "Karori people are being asked to pay for this council's procrastination. Two years is a "
            "very long time if you're 85 and the library is the only place you go each week,", None),
        (I, "Dot Fell", "more than 2,100 people had signed a petition asking for at least part of the library to stay "
            "open", None),
        (D, "Dot Fell", "We understand earthquakes. We live on a fault line. What we don't understand is why nobody "
            "told us until the decision was already made,", None),
        (I, "Margaret Khoo", "she came in three times a week", None),
        (D, "Margaret Khoo", "It's where I read the papers and see my friends. I suppose I'll have to find somewhere "
            "else,", None),
    ],
    "actors": [
        actor("Liam O'Halloran", "person", title="chief infrastructure officer", affiliation="Wellington City Council",
              aliases=["Liam O'Halloran", "O'Halloran"], stance=1),
        actor("Wellington City Council", "government", title="city council", affiliation="Wellington",
              aliases=["Wellington City Council", "the council"], stance=1),
        actor("Tamatha Pene", "person", title="Councillor (community facilities portfolio)",
              affiliation="Wellington City Council", aliases=["Tamatha Pene", "Pene"], stance=1),
        actor("Rawiri Hēnare", "person", title="Councillor", affiliation="Wellington City Council",
              aliases=["Rawiri Hēnare", "Hēnare"], stance=-1),
        actor("Dot Fell", "person", title="chair", affiliation="Karori Residents' Association",
              aliases=["Dot Fell", "Fell"], stance=-1),
        actor("Margaret Khoo", "person", title="retired teacher, 78", affiliation=None,
              aliases=["Margaret Khoo", "Khoo"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
