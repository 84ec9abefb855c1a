"""Build the dev115 gold files (data/eval/dev115/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev115/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev115.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev115"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Middle East Eye security/diplomacy (Russia expands an airbase in southern Libya), headline "...,
#    satellite images show" (not speech) and standfirst "..., analysts say" without marks (not annotated),
#    "By ... in Tunis" and "Published date: 11 December 2026 14:05 GMT" lines, straight " and apostrophes,
#    British spelling, punctuation outside fragments, "MEE". Lede "satellite images ... show" (not speech);
#    research group "Researchers at the Libya Security Monitor ... said the work pointed to "..." in ..."
#    (partial only); director named after her quote ("Hana Ferjani, the group's director, told MEE"), "She
#    said ... had been landing at the base "..." since September, ..." (partial only); scare so-called
#    "Africa Corps"; deputy foreign minister "told the state news agency RIA Novosti ... that Russia was
#    present in Libya "..." and had "..." to establish ..." (two partials, no second subject), "he said";
#    GNU spokesman "said the government had "..." ... and that B" (partial plus indirect); LNA spokesman with
#    a name after his title ("A spokesman for ..., Colonel Faraj al-Obeidi, said A and that the Russian
#    personnel there were "..." working ...") (indirect plus partial); AFRICOM spokesperson "told MEE that
#    Washington was "..." ..., which it described as "..."" (two partials); anonymous resident "said ... flew
#    low over the area "..."" (partial only); analyst "said A", "he said"; "did not respond" (not annotated).
ARTICLES[f"{BATCH}/russia-libya-maaten-al-sarra-base.gold.json"] = {
    "article": f"{BATCH}/russia-libya-maaten-al-sarra-base.txt",
    "target": "Russia",
    "quotes": [
        (P, "Libya Security Monitor", "a permanent, not a temporary, Russian footprint", None),
        (D, "Hana Ferjani", "Two years ago this was a dusty strip used for refuelling. Today it is a base in every sense "
            "of the word,", None),
        (P, "Hana Ferjani", "two or three times a week", None),
        (S, None, "Africa Corps", None),
        (P, "Georgy Lavrentyev", "at the invitation of the legitimate authorities", None),
        (P, "Georgy Lavrentyev", "no plans", None),
        (D, "Georgy Lavrentyev", "Our cooperation with Libyan partners is not directed against anyone. Those who bombed "
            "Libya in 2011 should be the last to lecture us about stability,", None),
        (P, "spokesman for the Government of National Unity", "not authorised", None),
        (I, "spokesman for the Government of National Unity", "it would raise the issue at the UN Security Council",
            None),
        (I, "Faraj al-Obeidi", "the base was under Libyan command", None),
        (P, "Faraj al-Obeidi", "technical advisers", None),
        (P, "spokesperson for US Africa Command", "closely monitoring", None),
        (P, "spokesperson for US Africa Command", "destabilising", None),
        (P, "resident of Kufra", "almost every night", None),
        (I, "Tarek Mansour", "Moscow now saw the country as its main foothold on the continent", None),
        (D, "Tarek Mansour", "For Russia, Libya is now the gateway to the Sahel. Maaten al-Sarra is close to the borders "
            "of Chad, Sudan and Niger, and that is not an accident,", None),
    ],
    "actors": [
        actor("Libya Security Monitor", "organisation", title="independent research group (Tunis)",
              aliases=["Libya Security Monitor"], stance=-1),
        actor("Hana Ferjani", "person", title="director", affiliation="Libya Security Monitor",
              aliases=["Hana Ferjani", "Ferjani"], stance=-1),
        actor("Georgy Lavrentyev", "person", title="Deputy Foreign Minister", affiliation="Russia",
              aliases=["Georgy Lavrentyev", "Lavrentyev"], stance=1),
        actor("spokesman for the Government of National Unity", "person", title="unnamed GNU spokesman",
              affiliation="Government of National Unity (Tripoli)",
              aliases=["spokesman for the Government of National Unity"], stance=-1),
        actor("Faraj al-Obeidi", "person", title="Colonel, LNA spokesman", affiliation="Libyan National Army",
              aliases=["Faraj al-Obeidi", "al-Obeidi", "Obeidi"], stance=1),
        actor("spokesperson for US Africa Command", "person", title="unnamed AFRICOM spokesperson",
              affiliation="US Africa Command", aliases=["spokesperson for US Africa Command"], stance=-1),
        actor("resident of Kufra", "person", title="anonymous resident", aliases=["resident of Kufra"], stance=0),
        actor("Tarek Mansour", "person", title="Libya analyst", affiliation="Mediterranean Policy Institute",
              aliases=["Tarek Mansour", "Mansour"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Free Malaysia Today courts (a developer testifies at a former state executive councillor's graft
#    trial), headline without marks, byline, "-" and "09 Dec 2026, 04:18 PM" lines, "KUALA LUMPUR:"
#    dateline, "here today", straight " and apostrophes, Malay, Chinese and Indian names (Razlan, Lim,
#    Ravindran). Lede "told the Sessions Court here today he handed ..." (indirect without "that"; the
#    developer named in the next paragraph); "said the money was meant to "..." for ..." (partial only);
#    quote with "said Lim, 58, the 12th prosecution witness"; "Questioned by deputy public prosecutor ...,
#    Lim said A" (the witness, not the prosecutor); "He said he did not report ... because he feared ...
#    would be "..."" (partial only); "Lim denied he had been offered immunity ..." (indirect); quote with
#    "Lim said"; scare so-called "express lane"; lawyer "told reporters the defence would call "..." and
#    that B" (partial plus indirect); accused "said A", "he said"; MACC "said it had found evidence that A"
#    (one span); judge "said the trial dates ... were "..." and would not be vacated ..." (partial only).
ARTICLES[f"{BATCH}/razlan-hashim-graft-trial-developer.gold.json"] = {
    "article": f"{BATCH}/razlan-hashim-graft-trial-developer.txt",
    "target": "Razlan Hashim",
    "quotes": [
        (I, "Lim Chee Keong", "he handed RM500,000 in cash to an aide of former Selangor executive councillor Razlan "
            "Hashim at a restaurant in Shah Alam in 2022", None),
        (P, "Lim Chee Keong", "smooth things", None),
        (D, "Lim Chee Keong", "I was told that without this, the file would stay on the table for a long time,", None),
        (I, "Lim Chee Keong", "he had met Razlan only twice and had never discussed money with him directly", None),
        (P, "Lim Chee Keong", "blacklisted", None),
        (I, "Lim Chee Keong", "he had been offered immunity from prosecution in exchange for his testimony", None),
        (D, "Lim Chee Keong", "I am telling the truth. I have nothing to gain by coming here,", None),
        (S, None, "express lane", None),
        (P, "Ravindran Pillai", "at least eight witnesses", None),
        (I, "Ravindran Pillai", "Razlan would testify in his own defence", None),
        (I, "Razlan Hashim", "he was confident the court would clear his name", None),
        (D, "Razlan Hashim", "For three years they have tried to destroy my name. I will face this until the end, "
            "insyaallah,", None),
        (I, "Malaysian Anti-Corruption Commission", "it had found evidence that he used his position to influence land "
            "approvals in three districts", None),
        (P, "Kamal Ariffin Mokhtar", "final", None),
    ],
    "actors": [
        actor("Lim Chee Keong", "person", title="managing director, prosecution witness",
              affiliation="Lembah Jaya Development Sdn Bhd", aliases=["Lim Chee Keong", "Lim"], stance=-1),
        actor("Ravindran Pillai", "person", title="defence lawyer", aliases=["Ravindran Pillai", "Ravindran"],
              stance=1),
        actor("Razlan Hashim", "person", title="former Selangor executive councillor, accused",
              aliases=["Razlan Hashim", "Razlan"], stance=1),
        actor("Malaysian Anti-Corruption Commission", "government", title="anti-graft agency", affiliation="Malaysia",
              aliases=["Malaysian Anti-Corruption Commission", "MACC"], stance=-1),
        actor("Kamal Ariffin Mokhtar", "person", title="Sessions Court judge",
              aliases=["Kamal Ariffin Mokhtar", "Kamal"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Olive Press (Spain, English-language) climate/water (the Junta cuts irrigation water to Axarquia
#    farms), punning headline without speech, "By ..." and "Published: 07 Dec 2026 11:20" lines, lede
#    opening in capitals ("FARMERS"), straight " and apostrophes, accents mostly dropped (Andalucia,
#    Velez-Malaga), British punctuation outside fragments. Junta "announced the cut ..., saying A ... "..."
#    in ..." (partial only); water chief "said the decision was "..."" (partial), quote with "she told
#    reporters in Malaga", "She said A and that B" (one span); "In a statement, the Junta said A"; scare
#    so-called "drought decree"; "But farmers say A" (group, present tense); association spokesman "who
#    speaks for the farmers' association Asaja ..., said the Junta had "..." that ..." (partial only), "he
#    said"; "According to Asaja, A"; expat "said A", quote with "she told the Olive Press"; NGO "said A and
#    called for ..." (indirect, directive not annotated); town hall "said A"; content before "according to
#    state weather agency Aemet".
ARTICLES[f"{BATCH}/axarquia-irrigation-cut-junta.gold.json"] = {
    "article": f"{BATCH}/axarquia-irrigation-cut-junta.txt",
    "target": "Junta de Andalucia",
    "quotes": [
        (P, "Junta de Andalucia", "human consumption", None),
        (P, "Inmaculada Sosa", "painful but unavoidable", None),
        (D, "Inmaculada Sosa", "We cannot make it rain. What we can do is make sure that when people turn on the tap "
            "in Velez or Torrox, water comes out,", None),
        (I, "Inmaculada Sosa", "the Junta would bring forward work on a desalination plant near Torrox and that "
            "emergency wells were already being drilled near Periana", None),
        (I, "Junta de Andalucia", "farmers affected by the cut would be able to apply for compensation of up to "
            "\u20ac3,000 per hectare", None),
        (S, None, "drought decree", None),
        (I, "farmers", "it is too little, too late", None),
        (P, "Francisco Roldan", "known for three years", None),
        (D, "Francisco Roldan", "They talked and talked and did nothing. Now they come to us at the last minute and tell "
            "us to let our trees die,", None),
        (I, "Asaja", "up to 40% of the avocado and mango trees in the Axarquia could die by next summer without "
            "water", None),
        (I, "Brenda Hollis", "water to her street had been cut off every night since October", None),
        (D, "Brenda Hollis", "We fill up bottles in the afternoon, like in the old days. You get used to it, but I do "
            "worry about the summer,", None),
        (I, "Ecologistas en Accion", "the Junta had allowed tropical fruit plantations to expand unchecked for two "
            "decades", None),
        (I, "Velez-Malaga town hall", "it would begin delivering drinking water by tanker to outlying hamlets next "
            "week", None),
        (I, "Aemet", "The Axarquia has received less than half its average rainfall for four years in a row", None),
    ],
    "actors": [
        actor("Junta de Andalucia", "government", title="Andalusian regional government",
              aliases=["Junta de Andalucia", "Junta"], stance=1),
        actor("Inmaculada Sosa", "person", title="regional water chief", affiliation="Junta de Andalucia",
              aliases=["Inmaculada Sosa", "Sosa"], stance=1),
        actor("farmers", "group", title="Axarquia farmers", aliases=["farmers"], stance=-1),
        actor("Francisco Roldan", "person", title="spokesman", affiliation="Asaja (Malaga)",
              aliases=["Francisco Roldan", "Roldan"], stance=-1),
        actor("Asaja", "organisation", title="farmers' association", aliases=["Asaja"], stance=-1),
        actor("Brenda Hollis", "person", title="British expat in Comares", aliases=["Brenda Hollis", "Hollis"],
              stance=None),
        actor("Ecologistas en Accion", "organisation", title="environmental group",
              aliases=["Ecologistas en Accion"], stance=-1),
        actor("Velez-Malaga town hall", "government", title="town hall", aliases=["Velez-Malaga town hall"],
              stance=None),
        actor("Aemet", "government", title="state weather agency", affiliation="Spain", aliases=["Aemet"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Illawarra Mercury labour (a Wollongong colliery closes with 280 jobs), headline and standfirst without
#    marks (the standfirst's "Union says A" is reported speech in a standfirst: not annotated), byline and
#    "December 8 2026 - 6:30pm" lines, "READ MORE:" line, straight " and apostrophes, Australian
#    punctuation outside fragments, "Mr". Lede content before "its owner Escarpment Coal has confirmed";
#    company "said the mine had become "..." after ..." (partial only); CEO "said the decision had been made
#    "..."" (partial), quote with "Mr Devlin said" and a quote-only paragraph, "He said A and the company
#    would B" (one span); scare so-called "care and maintenance"; union president (surname that is a common
#    word, Lamb) "said A", quote with "Mr Lamb said", "He said A and had not ruled out B" (one span), "Mr
#    Lamb also questioned the company's account, saying A"; unnamed company spokesman "said A"; mine deputy
#    (a job title, not a politician) "said A", "he said"; chamber "said the closure was "..." to the region but
#    "..." given ..." (two partials); minister's spokeswoman "said the government was "..." by the decision
#    and that B"; "The Mercury understands" (no speaker).
ARTICLES[f"{BATCH}/bellambi-heights-colliery-closure.gold.json"] = {
    "article": f"{BATCH}/bellambi-heights-colliery-closure.txt",
    "target": "Escarpment Coal",
    "quotes": [
        (I, "Escarpment Coal", "The Bellambi Heights colliery in Wollongong's northern suburbs will close by the end "
            "of March with the loss of about 280 jobs", None),
        (P, "Escarpment Coal", "uneconomic", None),
        (P, "Grant Devlin", "with a heavy heart", None),
        (D, "Grant Devlin", "Bellambi Heights has been part of this community for almost a century, and nobody at "
            "Escarpment takes that lightly,", None),
        (D, "Grant Devlin", "But we have looked at every option, and there is simply no way to keep the mine "
            "operating safely and profitably.", None),
        (I, "Grant Devlin", "all workers would receive their full redundancy entitlements and the company would help "
            "them find jobs at other mines in the region", None),
        (S, None, "care and maintenance", None),
        (I, "Kerry Lamb", "workers had been told of the closure at a meeting less than an hour before the "
            "announcement", None),
        (D, "Kerry Lamb", "It's a kick in the guts. Some of these blokes have given 30 years to that pit, and they "
            "find out it's shutting at a toolbox meeting,", None),
        (I, "Kerry Lamb", "the union would seek an urgent meeting with the company and had not ruled out legal action "
            "over the consultation process", None),
        (I, "Kerry Lamb", "the roof fall had affected only one section of the mine", None),
        (I, "Escarpment Coal spokesman", "the company stood by its assessment", None),
        (I, "Sam Nguyen", "he had a mortgage in Corrimal and two children under five", None),
        (D, "Sam Nguyen", "I'm not angry at the blokes in the office. I'm angry that nobody saw this coming, or if "
            "they did, they didn't tell us,", None),
        (P, "Illawarra Business Chamber", "a serious blow", None),
        (P, "Illawarra Business Chamber", "not unexpected", None),
        (P, "spokeswoman for the NSW Industry Minister", "deeply disappointed", None),
        (I, "spokeswoman for the NSW Industry Minister", "Service NSW would run information sessions for affected "
            "workers and their families", None),
    ],
    "actors": [
        actor("Escarpment Coal", "organisation", title="mine owner",
              aliases=["Escarpment Coal", "Escarpment", "the company"], stance=1),
        actor("Grant Devlin", "person", title="chief executive", affiliation="Escarpment Coal",
              aliases=["Grant Devlin", "Devlin", "Mr Devlin"], stance=1),
        actor("Kerry Lamb", "person", title="South Western District president", affiliation="Mining and Energy Union",
              aliases=["Kerry Lamb", "Lamb", "Mr Lamb"], stance=-1),
        actor("Escarpment Coal spokesman", "person", title="unnamed company spokesman", affiliation="Escarpment Coal",
              aliases=["Escarpment Coal spokesman"], stance=1),
        actor("Sam Nguyen", "person", title="mine deputy", affiliation="Bellambi Heights colliery",
              aliases=["Sam Nguyen", "Nguyen"], stance=-1),
        actor("Illawarra Business Chamber", "organisation", title="business chamber",
              aliases=["Illawarra Business Chamber"], stance=0),
        actor("spokeswoman for the NSW Industry Minister", "person", title="ministerial spokeswoman",
              affiliation="NSW Government", aliases=["spokeswoman for the NSW Industry Minister"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
