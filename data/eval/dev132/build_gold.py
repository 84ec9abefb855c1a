"""Build the dev132 gold files (data/eval/dev132/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev132/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev132.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev132"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Gulf Business (UAE) economy/diplomacy (UAE-Russia trade heads for a record, sanctions pressure), headline
#    with "says deputy minister" but no quote marks (not annotated), standfirst without speech, "By Staff
#    Writer" and date lines, straight " and apostrophes, "$13.5bn", "per cent", "Read more:" line. Lede content
#    before "Russia's Deputy Minister ... Alexei Gorbunov said on Thursday"; "Speaking at ..., Gorbunov said that
#    A, and that Russian investors were "..."" (indirect plus partial); a quote split by "Gorbunov told
#    delegates"; "He added that A, and that B" (one indirect); ministry "said in a statement that A, and described
#    the relationship as "..."" (indirect plus partial); "Western officials have been less enthusiastic" (not
#    speech); anonymous diplomat "told Gulf Business that the growth ... was "..." for the EU" (partial only),
#    "the diplomat said"; "Dubai-based bankers say A"; content before "according to people familiar with the
#    matter"; business council head "said members were finding it "..." to move money but that few were
#    considering leaving" (partial plus indirect), "she said"; lawyer ("For Karim Haddadin, ..., the picture is
#    more complicated.") "He said A, but warned that secondary sanctions could hit Emirati firms that "...""
#    (indirect plus partial), "Haddadin said"; content before "according to Dubai's Department of Economy and
#    Tourism".
ARTICLES[f"{BATCH}/dubai-russia-trade-forum.gold.json"] = {
    "article": f"{BATCH}/dubai-russia-trade-forum.txt",
    "target": "Russia",
    "quotes": [
        (I, "Alexei Gorbunov", "Trade between the UAE and Russia is set to reach a record $13.5bn this year", None),
        (I, "Alexei Gorbunov", "more than 4,000 Russian-owned companies were now registered in the emirates", None),
        (P, "Alexei Gorbunov", "here for the long term", None),
        (D, "Alexei Gorbunov", "The UAE understood earlier than most that the world economy no longer has one centre,",
            None),
        (D, "Alexei Gorbunov", "Our partnership is built on respect and on not interfering in each other's affairs. That "
            "is why it is growing.", None),
        (I, "Alexei Gorbunov", "Russia was keen to expand cooperation in logistics, food security and artificial "
            "intelligence, and that talks were under way on a direct payment link between the two countries' banking "
            "systems", None),
        (I, "Ministry of Economy", "non-oil trade with Russia rose 18 per cent in the first nine months of 2026", None),
        (P, "Ministry of Economy", "balanced and based on mutual interest", None),
        (P, "senior European diplomat", "a matter of real concern", None),
        (D, "senior European diplomat", "Nobody is asking the UAE to choose sides. We are asking it not to become the "
            "back door,", None),
        (I, "Dubai-based bankers", "the pressure is already being felt", None),
        (I, "people familiar with the matter", "Two mid-sized banks have closed accounts held by Russian trading firms "
            "since September", None),
        (P, "Yulia Sorokina", "harder every month", None),
        (I, "Yulia Sorokina", "few were considering leaving", None),
        (D, "Yulia Sorokina", "Russian businesses came here because Dubai works. You can open a company in a week, your "
            "children go to good schools, nobody asks you about politics. That has not changed,", None),
        (I, "Karim Haddadin", "the UAE had so far managed to keep the trade within its own laws", None),
        (P, "Karim Haddadin", "don't do their homework", None),
        (D, "Karim Haddadin", "Russia is a big market and a legitimate one for many products. The problem is that the "
            "list of what is legitimate keeps getting shorter,", None),
        (I, "Department of Economy and Tourism", "Russian arrivals to Dubai reached 1.4 million in the first 10 months of "
            "the year, making Russia the emirate's third-largest source market", None),
    ],
    "actors": [
        actor("Alexei Gorbunov", "person", title="Deputy Minister of Economic Development", affiliation="Russia",
              aliases=["Alexei Gorbunov", "Gorbunov"], stance=1),
        actor("Ministry of Economy", "government", affiliation="UAE", aliases=["Ministry of Economy"], stance=1),
        actor("senior European diplomat", "person", title="anonymous diplomat based in Abu Dhabi", affiliation="EU",
              aliases=["senior European diplomat", "the diplomat"], stance=-1),
        actor("Dubai-based bankers", "group", aliases=["Dubai-based bankers"], stance=None),
        actor("people familiar with the matter", "group", aliases=["people familiar with the matter"], stance=None),
        actor("Yulia Sorokina", "person", title="head", affiliation="Russian Business Council in Dubai",
              aliases=["Yulia Sorokina", "Sorokina"], stance=1),
        actor("Karim Haddadin", "person", title="partner", affiliation="Haddadin & Shams",
              aliases=["Karim Haddadin", "Haddadin"], stance=0),
        actor("Department of Economy and Tourism", "government", affiliation="Dubai",
              aliases=["Department of Economy and Tourism"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Slovenia Times culture (Ljubljana's Cankarjev dom cuts foreign guest performances), headline without
#    speech, "Ljubljana –" dateline, straight " and apostrophes, Slovene names and diacritics (Urška, Druga
#    godba), "4%". Lede content before "the centre said on Wednesday"; director general "told a press conference
#    that A", quote with "Bizjak said", "She said A"; content before "according to the centre"; composer Matej Kos
#    "said the foreign concerts had been "..." of ...", "he told the STA"; cellist Ana Kos ("who is not related to
#    him") "said A and that B", "she said"; ministry "said in a written response to the STA that A and that it
#    expected Cankarjev dom to "..."" (indirect plus partial); state secretary "said A", then quote with "he said,
#    adding that B"; Left party "said the centre was "..." for ..." (partial only); "did not respond to a request
#    for comment"; content before "according to its annual report" (the centre).
ARTICLES[f"{BATCH}/cankarjev-dom-programme-cuts.gold.json"] = {
    "article": f"{BATCH}/cankarjev-dom-programme-cuts.txt",
    "target": "Cankarjev dom",
    "quotes": [
        (I, "Cankarjev dom", "Cankarjev dom, Slovenia's largest cultural and congress centre, will stage around a third "
            "fewer foreign guest performances next season", None),
        (I, "Urška Bizjak", "the centre would focus on Slovenian productions and co-productions with theatres in the "
            "region, while keeping its flagship festivals", None),
        (D, "Urška Bizjak", "We are not closing the window to the world. But we can no longer bring a 90-member "
            "orchestra from Vienna for one evening and pretend the numbers add up,", None),
        (I, "Urška Bizjak", "the centre's annual funding from the Culture Ministry had risen by 4% since 2022, while its "
            "costs had grown by almost 30% over the same period", None),
        (I, "Cankarjev dom", "The Druga godba world music festival and the Ljubljana Film Festival (LIFFe) will go ahead "
            "in full", None),
        (P, "Matej Kos", "the oxygen", None),
        (D, "Matej Kos", "Young musicians in this country learn by listening to the best in the world from ten metres "
            "away. Take that away and you take away a part of their education,", None),
        (I, "Ana Kos", "the centre's management had been put in an impossible position and that the blame lay with the "
            "ministry", None),
        (D, "Ana Kos", "Cankarjev dom is doing what any household does when the bills arrive. It is the state that has "
            "to decide whether culture is a priority or a decoration,", None),
        (I, "Culture Ministry", "it had increased funding for public cultural institutions in the 2027 budget", None),
        (P, "Culture Ministry", "find savings in administration before cutting the programme", None),
        (I, "Gregor Vidmar", "the centre was not as badly off as its management claimed", None),
        (D, "Gregor Vidmar", "The ministry is not the only source of money. Cankarjev dom rents out halls for congresses, "
            "it sells tickets, it has sponsors,", None),
        (I, "Gregor Vidmar", "the ministry would discuss the programme with the management in January", None),
        (P, "Left party", "paying the price", None),
        (I, "Cankarjev dom", "Cankarjev dom, which opened in 1980, hosts around 1,500 events a year and had some 600,000 "
            "visitors last year", None),
    ],
    "actors": [
        actor("Cankarjev dom", "organisation", title="cultural and congress centre",
              aliases=["Cankarjev dom", "the centre"], stance=1),
        actor("Urška Bizjak", "person", title="director general", affiliation="Cankarjev dom",
              aliases=["Urška Bizjak", "Bizjak"], stance=1),
        actor("Matej Kos", "person", title="composer and violinist", aliases=["Matej Kos"], stance=-1),
        actor("Ana Kos", "person", title="cellist", aliases=["Ana Kos"], stance=1),
        actor("Culture Ministry", "government", affiliation="Slovenia", aliases=["Culture Ministry", "the ministry"],
              stance=-1),
        actor("Gregor Vidmar", "person", title="State Secretary", affiliation="Culture Ministry",
              aliases=["Gregor Vidmar", "Vidmar"], stance=-1),
        actor("Left party", "organisation", title="opposition party", affiliation="Slovenia", aliases=["Left party"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Antara (Indonesian national news agency, English service) labour (a furnace blast kills three at a nickel
#    smelter), headline without speech, "Morowali, Central Sulawesi (ANTARA) -" dateline, straight " and
#    apostrophes, Indonesian single names (Suprapto, Rachmansyah, Nurhayati), long title chains before names,
#    Antara cues ("informed that", "remarked", "stated that", "noted", "affirmed that"), "Related news:" line and
#    "Reporter:/Editor:/Copyright" lines. Director general (title chain, then name) "informed that A", quote with
#    "Siregar remarked in Jakarta on Tuesday"; police chief "stated that A", quote with "he noted"; company
#    "expressed its deep condolences" (act), "In a written statement received by ANTARA, the company said that A
#    and that B" (one indirect); spokesperson named after the quote ("SPN's corporate communications manager,
#    Yusuf Wibisono, said in the statement"), "Wibisono affirmed that A"; union chair "questioned the company's
#    safety record" (act), "He said A", "Rahmat said", "He urged ..." (directive); victim's wife "said her husband
#    had called her ... and told her he was worried ..." (one indirect), a quote reporting her husband ("He said
#    he was tired. ...", "she said, weeping"); district head "said A and would B"; "According to data from the
#    Manpower Ministry, A".
ARTICLES[f"{BATCH}/morowali-smelter-furnace-blast.gold.json"] = {
    "article": f"{BATCH}/morowali-smelter-furnace-blast.txt",
    "target": "PT Sulawesi Prima Nikel",
    "quotes": [
        (I, "Dwi Astuti Siregar", "the team would examine the smelter's safety procedures and the training records of "
            "the workers on duty at the time of the incident", None),
        (D, "Dwi Astuti Siregar", "We want to know whether the standard operating procedures were in place and whether "
            "they were followed. If there were violations, there will be sanctions in accordance with the law,", None),
        (I, "Suprapto", "the police had questioned seven witnesses, including two shift supervisors, and had cordoned "
            "off the furnace area", None),
        (D, "Suprapto", "We are still waiting for the results of the forensic laboratory. We have not named any "
            "suspects,", None),
        (I, "PT Sulawesi Prima Nikel", "the explosion occurred during the tapping of molten metal from furnace number "
            "four and that all operations at the affected line had been halted", None),
        (D, "Yusuf Wibisono", "The company will cover all medical costs of the injured workers and provide compensation "
            "to the families of the deceased in accordance with applicable regulations,", None),
        (I, "Yusuf Wibisono", "the smelter had passed an external safety audit in August", None),
        (I, "Andi Rahmat", "the union had recorded at least five smaller incidents at the same line this year, none of "
            "which had been reported publicly", None),
        (D, "Andi Rahmat", "Workers have complained about the condition of that furnace since June. Every time, the "
            "answer from management was the same: production first,", None),
        (I, "Nurhayati", "her husband had called her an hour before the explosion and told her he was worried about "
            "working a double shift", None),
        (D, "Nurhayati", "He said he was tired. He said he would come home in the morning,", None),
        (I, "Rachmansyah", "the district government would provide assistance to the victims' families and would ask all "
            "smelters in the district to review their safety procedures", None),
        (I, "Manpower Ministry", "at least 19 workers died in workplace accidents at nickel processing facilities across "
            "Indonesia in 2025", None),
    ],
    "actors": [
        actor("Dwi Astuti Siregar", "person",
              title="Director General of Labor Inspection and Occupational Safety and Health Development",
              affiliation="Manpower Ministry", aliases=["Dwi Astuti Siregar", "Siregar"], stance=0),
        actor("Suprapto", "person", title="Morowali Police Chief, Adjunct Senior Commissioner",
              affiliation="Morowali Police", aliases=["Suprapto"], stance=None),
        actor("PT Sulawesi Prima Nikel", "organisation", title="nickel smelter operator",
              aliases=["PT Sulawesi Prima Nikel", "SPN", "the company"], stance=0),
        actor("Yusuf Wibisono", "person", title="corporate communications manager",
              affiliation="PT Sulawesi Prima Nikel", aliases=["Yusuf Wibisono", "Wibisono"], stance=1),
        actor("Andi Rahmat", "person", title="chairperson of the Morowali branch",
              affiliation="Indonesian Metal Workers Union", aliases=["Andi Rahmat", "Rahmat"], stance=-1),
        actor("Nurhayati", "person", title="wife of one of the victims", aliases=["Nurhayati"], stance=-1),
        actor("Rachmansyah", "person", title="Morowali District Head", aliases=["Rachmansyah"], stance=None),
        actor("Manpower Ministry", "government", affiliation="Indonesia", aliases=["Manpower Ministry"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Crikey (Australia) politics (an audit of a minister's regional grants), headline and standfirst without
#    speech, byline and "Dec 10, 2026" lines, curly double quotes and curly apostrophes. Lede content before
#    "the Australian National Audit Office (ANAO) has reported"; "The report ... said the department's
#    assessment process had been "..." but that the final decisions were "..." and that in several cases ...
#    "..."" (three partials, each clause holds a fragment); "It also said A" (the report); scare so-called
#    "ministerial discretion" stream; "fronted reporters" (act), quote with "she said"; Q&A "Asked whether ...,
#    she said: "..."" (the question not annotated); "Her office later told Crikey the minister had acted ... and
#    that the fund had delivered "..."" (indirect plus partial); senator "said the findings were "..."" (partial
#    only), quote with "she told Crikey"; independent MP "said A", then a quote with "he said" in the same
#    paragraph; anonymous former official "told Crikey that A", a quote split by "they said"; academic "said A",
#    "she said"; "referred questions to Hartigan" (not speech).
ARTICLES[f"{BATCH}/hartigan-regional-grants-audit.gold.json"] = {
    "article": f"{BATCH}/hartigan-regional-grants-audit.txt",
    "target": "Bronwyn Hartigan",
    "quotes": [
        (I, "Australian National Audit Office", "The office of Regional Development Minister Bronwyn Hartigan overruled "
            "departmental advice on 41 grants under the $310 million Thriving Regions fund, with 29 of those going to "
            "projects in Coalition-held or marginal seats", None),
        (P, "Australian National Audit Office", "largely sound", None),
        (P, "Australian National Audit Office", "not adequately documented", None),
        (P, "Australian National Audit Office", "not recommended", None),
        (I, "Australian National Audit Office", "the ANAO had been unable to locate records explaining why a community "
            "pool in the seat of Gilmore had been funded ahead of 14 higher-ranked applications", None),
        (S, None, "ministerial discretion", None),
        (D, "Bronwyn Hartigan", "Ministers make decisions. That\u2019s what we\u2019re elected to do. Every one of these "
            "projects is eligible, every one of them is needed, and I\u2019m not going to apologise for backing regional "
            "communities,", None),
        (D, "Bronwyn Hartigan", "I see a lot of spreadsheets.", None),
        (I, "Hartigan\u2019s office", "the minister had acted within the guidelines at all times", None),
        (P, "Hartigan\u2019s office", "real projects in real towns", None),
        (P, "Maya Rautenbach", "sports rorts with a fresh coat of paint", None),
        (D, "Maya Rautenbach", "We have a minister whose office ignored the experts 41 times and can\u2019t tell the "
            "Auditor-General why. If that isn\u2019t a scandal any more, we should all be worried,", None),
        (I, "Tom Whitty", "he would move to refer the matter to the National Anti-Corruption Commission", None),
        (D, "Tom Whitty", "Let the people whose job it is decide,", None),
        (I, "former senior official from the department", "staff had raised concerns about the process as early as the "
            "second funding round", None),
        (D, "former senior official from the department", "There was a running joke that the department did the homework "
            "and the minister\u2019s office marked it,", None),
        (D, "former senior official from the department", "Nobody was laughing by the end.", None),
        (I, "Anna Blight", "the report fitted a long pattern in which governments of both colours treated regional "
            "grants as campaign funds", None),
        (D, "Anna Blight", "What\u2019s unusual here is not that it happened. It\u2019s how little effort went into "
            "hiding it,", None),
    ],
    "actors": [
        actor("Australian National Audit Office", "government", affiliation="Australia",
              aliases=["Australian National Audit Office", "ANAO"], stance=-1),
        actor("Bronwyn Hartigan", "person", title="Regional Development Minister", affiliation="Australian Government",
              aliases=["Bronwyn Hartigan", "Hartigan", "the minister"], stance=1),
        actor("Hartigan\u2019s office", "government", title="minister's office",
              aliases=["Hartigan\u2019s office"], stance=1),
        actor("Maya Rautenbach", "person", title="Greens Senator, Senate committee chair", affiliation="Greens",
              aliases=["Maya Rautenbach", "Rautenbach"], stance=-1),
        actor("Tom Whitty", "person", title="Independent MP", aliases=["Tom Whitty", "Whitty"], stance=-1),
        actor("former senior official from the department", "person", title="anonymous former senior official",
              aliases=["former senior official from the department"], stance=-1),
        actor("Anna Blight", "person", title="public policy expert", affiliation="Griffith University",
              aliases=["Anna Blight", "Dr Anna Blight", "Blight"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
