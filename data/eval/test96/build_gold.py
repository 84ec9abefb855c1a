"""Build the test96 gold files (data/eval/test96/*.gold.json) from the annotation specs below.

Held out, like ../test/: do not read while tuning the extractor.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test96/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test96.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test96"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Ship & Bunker (marine fuel trade press; Russia bans fuel oil exports from its Baltic ports), title-case
#    headline without speech, date line, "by Ship & Bunker News Team", straight " and apostrophes, US
#    spelling ("sulfur"), "$14/mt", "mt/month". Lede content before "the country's Energy Ministry said on
#    Friday, in a move ..." (the writer's tail is not included); "The ministry said in a statement that the
#    measure was needed to "..." of fuel ..., and that B" (partial plus indirect); deputy minister "told
#    state news agency TASS that the ban was "..." and was not aimed ..." (partial only), quote with
#    "Grachev said"; "The Kremlin said A"; content before "according to ship-tracking firm Kpler"; scare
#    so-called "shadow fleet"; anonymous trader's quote split by "a Rotterdam-based bunker trader told Ship
#    & Bunker", then "The trader, who asked not to be named ..., said A"; analyst "said A", quote split by
#    "Holm said"; ECSA "said the ban showed "..." that ..." (partial only); IBIA "said A" (one span).
ARTICLES[f"{BATCH}/russia-baltic-fuel-oil-export-ban.gold.json"] = {
    "article": f"{BATCH}/russia-baltic-fuel-oil-export-ban.txt",
    "target": "Russia",
    "quotes": [
        (I, "Energy Ministry", "Russia will ban exports of high-sulfur fuel oil from its Baltic Sea ports for six "
            "months from January 1", None),
        (P, "Energy Ministry", "ensure the stable supply", None),
        (I, "Energy Ministry", "exports under contracts signed before December 1 would be allowed to go ahead", None),
        (P, "Yevgeny Grachev", "temporary and technical in nature", None),
        (D, "Yevgeny Grachev", "Our first obligation is to Russian consumers. When the domestic market is balanced, "
            "exports will resume,", None),
        (I, "Kremlin", "the decision was a matter for the government", None),
        (I, "Kpler", "Russia's Baltic ports, chiefly Primorsk, Ust-Luga and St Petersburg, shipped an average of about "
            "1.4 million mt/month of fuel oil in the first ten months of 2026", None),
        (S, None, "shadow fleet", None),
        (D, "Rotterdam-based bunker trader", "It's going to be a tight January,", None),
        (D, "Rotterdam-based bunker trader", "Suppliers were already short on high-sulfur barrels, and now the "
            "cheapest source in the region is gone.", None),
        (I, "Rotterdam-based bunker trader", "at least two suppliers in the port had stopped offering HSFO for "
            "delivery after mid-January", None),
        (I, "Marit Holm", "the ban would mainly hit buyers outside the EU", None),
        (D, "Marit Holm", "Most of these cargoes were going to the Mediterranean and West Africa anyway, not to ARA,",
            None),
        (D, "Marit Holm", "But everything is connected. If those buyers look for fuel elsewhere, Rotterdam feels it.",
            None),
        (P, "European Community Shipowners' Associations", "once again", None),
        (I, "International Bunker Industry Association", "it expected no immediate shortage of compliant fuels in "
            "Northwest Europe, as most ships now burn very low sulfur fuel oil or run scrubbers that can be supplied "
            "from other sources", None),
    ],
    "actors": [
        actor("Energy Ministry", "government", title="energy ministry", affiliation="Russia",
              aliases=["Energy Ministry", "The ministry"], stance=1),
        actor("Yevgeny Grachev", "person", title="Deputy Energy Minister", affiliation="Russia",
              aliases=["Yevgeny Grachev", "Grachev"], stance=1),
        actor("Kremlin", "government", title="Russian presidency", affiliation="Russia", aliases=["Kremlin"],
              stance=None),
        actor("Kpler", "organisation", title="ship-tracking firm", aliases=["Kpler"], stance=None),
        actor("Rotterdam-based bunker trader", "person", title="anonymous bunker trader",
              aliases=["Rotterdam-based bunker trader", "The trader"], stance=-1),
        actor("Marit Holm", "person", title="head of oil products", affiliation="Fjordline Analytics",
              aliases=["Marit Holm", "Holm"], stance=0),
        actor("European Community Shipowners' Associations", "organisation", title="shipowners' association",
              aliases=["European Community Shipowners' Associations", "ECSA"], stance=-1),
        actor("International Bunker Industry Association", "organisation", title="industry association",
              aliases=["International Bunker Industry Association", "IBIA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Farming Life (Northern Ireland farming weekly; a dairy co-op cuts its milk price), headline and
#    standfirst without speech, byline, "Published 4th Dec 2026, 11:30 GMT", curly “ ” and ’, British
#    punctuation outside closing marks, "37.5ppl", a "Read more:" line, an en dash inside a quote. Lede
#    content before "the Co Tyrone-based co-operative has confirmed"; co-op "said returns ... had fallen
#    “...” over ... and that it expected markets to remain “...” into ..." (two partials, no indirect);
#    chairman "said the board had “...”" (partial only), "he said", then a quote-only paragraph, "Robert
#    Irwin said A"; UFU "said A"; committee chair "said members had been ringing the union “...”" (partial
#    only), "she said"; farmer Sam Irwin (another Irwin, "no relation of the chairman") "said he had expected
#    a cut “...”" (partial only), "he said"; scare so-called “ratchet” clause; anonymous supplier "said the
#    co-op had paid “...” some of ..." (partial only); minister "said A and that her department was “...” on
#    the market" (indirect plus partial); "According to the Dairy Council for Northern Ireland, A".
ARTICLES[f"{BATCH}/glenbrook-dairies-december-milk-price.gold.json"] = {
    "article": f"{BATCH}/glenbrook-dairies-december-milk-price.txt",
    "target": "Glenbrook Dairies",
    "quotes": [
        (I, "Glenbrook Dairies", "Glenbrook Dairies has cut its base milk price for December by 2p per litre to "
            "37.5ppl", None),
        (P, "Glenbrook Dairies", "sharply", None),
        (P, "Glenbrook Dairies", "challenging", None),
        (P, "Robert Irwin", "held the price for as long as it responsibly could", None),
        (D, "Robert Irwin", "Nobody on this board wants to send out a letter like that in the run-up to Christmas. We "
            "are farmers ourselves,", None),
        (D, "Robert Irwin", "But we have to pay what the market returns, or we put the whole co-op at risk.", None),
        (I, "Robert Irwin", "Glenbrook’s average price over the last 12 months had been within 0.5ppl of the Northern "
            "Ireland average", None),
        (I, "Ulster Farmers’ Union", "the cut would cost an average Glenbrook supplier producing 1.2 million litres a "
            "year around £2,000 a month", None),
        (P, "Gemma Hutchinson", "all week", None),
        (D, "Gemma Hutchinson", "Input costs haven’t come down. Feed, fertiliser, energy, labour – they’re all still "
            "well above where they were. Farmers can’t absorb cut after cut and keep going,", None),
        (P, "Sam Irwin", "but not this deep", None),
        (D, "Sam Irwin", "I’ll be sitting down with the bank manager in January. A lot of us will,", None),
        (S, None, "ratchet", None),
        (P, "One Glenbrook supplier", "well below", None),
        (I, "Niamh Corr", "she was aware of the pressure on dairy farmers", None),
        (P, "Niamh Corr", "keeping a close eye", None),
        (I, "Dairy Council for Northern Ireland", "milk production in Northern Ireland reached a record 2.6 billion "
            "litres in the year to October, with around a third of it processed into butter and powders for export",
            None),
    ],
    "actors": [
        actor("Glenbrook Dairies", "organisation", title="dairy co-operative",
              aliases=["Glenbrook Dairies", "Glenbrook", "the co-op"], stance=1),
        actor("Robert Irwin", "person", title="chairman", affiliation="Glenbrook Dairies",
              aliases=["Robert Irwin", "Irwin"], stance=1),
        actor("Ulster Farmers’ Union", "organisation", title="farmers' union",
              aliases=["Ulster Farmers’ Union", "UFU"], stance=-1),
        actor("Gemma Hutchinson", "person", title="dairy committee chair", affiliation="Ulster Farmers’ Union",
              aliases=["Gemma Hutchinson", "Hutchinson"], stance=-1),
        actor("Sam Irwin", "person", title="dairy farmer near Dungannon", aliases=["Sam Irwin"], stance=-1),
        actor("One Glenbrook supplier", "person", title="anonymous supplier", aliases=["One Glenbrook supplier"],
              stance=-1),
        actor("Niamh Corr", "person", title="Agriculture Minister", affiliation="Northern Ireland Executive",
              aliases=["Niamh Corr", "Corr"], stance=None),
        actor("Dairy Council for Northern Ireland", "organisation", title="dairy industry body",
              aliases=["Dairy Council for Northern Ireland"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Rutland Herald (Vermont) city hall (aldermen censure the mayor over a garage contract), headline without
#    speech, byline, "Staff Writer" and "Dec 5, 2026" lines, "RUTLAND —" dateline, straight " and
#    apostrophes, US punctuation inside closing marks. Board president "said the vote sent "..." that ...
#    to everyone, "..."" (two partials, no indirect; the second ends with its full stop), quote split by
#    "Sweet said"; mayor "defended his decision, saying A" (participial cue), quote split by "the mayor
#    said", "He said A"; scare "watch list"; alderman "called the vote "..." and said B" (partial plus
#    indirect); city attorney "told the board the charter allows ... but requires that the board be
#    notified "..."" (no second subject: partial only), "She said A"; contractor "said in a statement that A"
#    (one span); resident "said: "...""; anonymous business owner "told the board A". Not annotated: "did not
#    take questions", the board's vote "to ask the city's auditor to review ..." (a directive).
ARTICLES[f"{BATCH}/rutland-aldermen-censure-mayor-gendreau.gold.json"] = {
    "article": f"{BATCH}/rutland-aldermen-censure-mayor-gendreau.txt",
    "target": "Paul Gendreau",
    "quotes": [
        (P, "Sharon Sweet", "a clear message", None),
        (P, "Sharon Sweet", "including the mayor.", None),
        (D, "Sharon Sweet", "This isn't about the garage. Everybody agrees the garage needs fixing,", None),
        (D, "Sharon Sweet", "It's about whether the rules mean anything.", None),
        (I, "Paul Gendreau", "engineers had warned him in October that a section of the garage's second level could "
            "fail under a heavy snow load", None),
        (D, "Paul Gendreau", "I was told people could get hurt. I'm not going to wait six weeks for a board meeting "
            "when I'm told that,", None),
        (D, "Paul Gendreau", "If the board wants to censure me for keeping people safe, that's their right.", None),
        (I, "Paul Gendreau", "he would sign the contract again", None),
        (S, None, "watch list", None),
        (P, "Tom Church", "political theater", None),
        (I, "Tom Church", "the board should instead be asking why the garage had been allowed to deteriorate for a "
            "decade", None),
        (P, "Ellen Marchetti", "within 72 hours.", None),
        (I, "Ellen Marchetti", "the board was not formally notified until Nov. 17", None),
        (I, "Otter Creek Concrete", "work had begun Nov. 2 and would be finished by the end of December, weather "
            "permitting", None),
        (D, "Dale Kowalczyk", "He did what a mayor is supposed to do. He fixed something that was broken before it "
            "fell on somebody.", None),
        (I, "One downtown business owner", "she had lost customers for weeks because the garage's top level was "
            "closed without any notice to merchants", None),
    ],
    "actors": [
        actor("Sharon Sweet", "person", title="Board of Aldermen President", affiliation="Rutland Board of Aldermen",
              aliases=["Sharon Sweet", "Sweet"], stance=-1),
        actor("Paul Gendreau", "person", title="Mayor", affiliation="City of Rutland",
              aliases=["Paul Gendreau", "Gendreau", "the mayor"], stance=1),
        actor("Tom Church", "person", title="Alderman", affiliation="Rutland Board of Aldermen",
              aliases=["Tom Church", "Church"], stance=1),
        actor("Ellen Marchetti", "person", title="City Attorney", affiliation="City of Rutland",
              aliases=["Ellen Marchetti", "Marchetti"], stance=0),
        actor("Otter Creek Concrete", "organisation", title="contractor", aliases=["Otter Creek Concrete"],
              stance=None),
        actor("Dale Kowalczyk", "person", title="resident", aliases=["Dale Kowalczyk", "Kowalczyk"], stance=1),
        actor("One downtown business owner", "person", title="anonymous business owner",
              aliases=["One downtown business owner"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Icelandic Review (Iceland protests Norway's mackerel quota), title-case headline without speech, date,
#    byline and "News" section lines, straight " and apostrophes, US punctuation inside closing marks,
#    Icelandic and Faroese names, Icelanders referred to by first name on second reference ("Sigrún said"),
#    photo caption with "Photo: ..." credit. Lede content before "Minister of Fisheries Sigrún Eyjólfsdóttir
#    told RÚV on Wednesday"; "Sigrún said Norway's decision was "..." with ... and described it as "..." to
#    ..." (two partials), "she said"; Norwegian ministry "said in a statement that the quota reflected the
#    "..." of mackerel ..., and that B" (partial plus indirect); Norwegian minister "told Norwegian broadcaster
#    NRK that ... had themselves set "..."" (partial only, ends with its full stop), "he said"; scare so-called
#    "mackerel war," (comma inside); "According to ... (ICES), A"; SFS "said A but warned that B" (two
#    indirects); managing director named after the first stretch ("said SFS managing director Gunnar Þór
#    Ásgeirsson"), then a second stretch; Faroese minister "said the Faroe Islands would "..." before ..."
#    (partial only); anonymous ministry source "told Icelandic Review that A"; content before "according to
#    Statistics Iceland"; closing "Sigrún said A".
ARTICLES[f"{BATCH}/iceland-protests-norway-mackerel-quota.gold.json"] = {
    "article": f"{BATCH}/iceland-protests-norway-mackerel-quota.txt",
    "target": "Norway",
    "quotes": [
        (I, "Sigrún Eyjólfsdóttir", "Iceland's government has sent a formal protest to Oslo over Norway's decision to "
            "set its 2027 mackerel quota at 290,000 tonnes", None),
        (P, "Sigrún Eyjólfsdóttir", "completely at odds", None),
        (P, "Sigrún Eyjólfsdóttir", "a slap in the face", None),
        (D, "Sigrún Eyjólfsdóttir", "Norway always says it wants an agreement. Then, every December, it takes a larger "
            "share for itself and expects everyone else to show restraint,", None),
        (P, "Ministry of Trade, Industry and Fisheries", "significant presence", None),
        (I, "Ministry of Trade, Industry and Fisheries", "Norway remained committed to negotiations on a long-term "
            "agreement", None),
        (P, "Eirik Strand", "unilateral quotas for years.", None),
        (D, "Eirik Strand", "It is a little strange to be lectured by those who started this,", None),
        (S, None, "mackerel war,", None),
        (I, "International Council for the Exploration of the Sea", "the combined quotas set by coastal states for "
            "2026 exceeded its scientific advice by around 40%", None),
        (I, "Fisheries Iceland", "it supported the minister's protest", None),
        (I, "Fisheries Iceland", "Iceland should not respond by raising its own quota", None),
        (D, "Gunnar Þór Ásgeirsson", "If everyone keeps adding to their share, there will eventually be nothing left "
            "to share,", None),
        (D, "Gunnar Þór Ásgeirsson", "We would be the ones paying for it in ten years.", None),
        (P, "Jógvan í Lon", "study the Norwegian decision carefully", None),
        (I, "source at Iceland's Ministry for Foreign Affairs", "Norway's ambassador in Reykjavík had been called to a "
            "meeting at the ministry on Tuesday afternoon", None),
        (I, "Statistics Iceland", "Mackerel exports were worth ISK 34 billion in 2025", None),
        (I, "Sigrún Eyjólfsdóttir", "a decision would be made before Christmas", None),
    ],
    "actors": [
        actor("Sigrún Eyjólfsdóttir", "person", title="Minister of Fisheries", affiliation="Iceland",
              aliases=["Sigrún Eyjólfsdóttir", "Sigrún", "Eyjólfsdóttir"], stance=-1),
        actor("Ministry of Trade, Industry and Fisheries", "government", title="fisheries ministry",
              affiliation="Norway", aliases=["Ministry of Trade, Industry and Fisheries"], stance=1),
        actor("Eirik Strand", "person", title="Minister of Fisheries and Ocean Policy", affiliation="Norway",
              aliases=["Eirik Strand", "Strand"], stance=1),
        actor("International Council for the Exploration of the Sea", "organisation", title="marine science body",
              aliases=["International Council for the Exploration of the Sea", "ICES"], stance=None),
        actor("Fisheries Iceland", "organisation", title="fishing industry association", affiliation="Iceland",
              aliases=["Fisheries Iceland", "SFS"], stance=-1),
        actor("Gunnar Þór Ásgeirsson", "person", title="managing director", affiliation="Fisheries Iceland",
              aliases=["Gunnar Þór Ásgeirsson", "Gunnar Þór", "Ásgeirsson"], stance=0),
        actor("Jógvan í Lon", "person", title="Faroese Minister of Fisheries", affiliation="Faroe Islands",
              aliases=["Jógvan í Lon", "í Lon"], stance=0),
        actor("source at Iceland's Ministry for Foreign Affairs", "person", title="anonymous ministry source",
              affiliation="Iceland", aliases=["source at Iceland's Ministry for Foreign Affairs"], stance=None),
        actor("Statistics Iceland", "government", title="national statistics office", affiliation="Iceland",
              aliases=["Statistics Iceland"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
