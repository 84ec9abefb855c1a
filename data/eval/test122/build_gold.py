"""Build the test122 gold files (data/eval/test122/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test122/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test122.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test122"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Armenian Weekly (a Russian soldier from the Gyumri base is charged over a fatal hit-and-run),
#    headline without speech, "By Weekly Staff" and "December 4, 2026" lines, dateline "GYUMRI, Armenia—",
#    curly “ ” and ’, photo caption ending "(Photo: Photolure)", sign-off line. Lede content before
#    "Armenia’s Investigative Committee said on Wednesday"; "The committee said A, and that B" (one span);
#    scare so-called “garrison road”; spokesperson "told reporters that A “...” with ..." (the clause holds
#    the fragment: partial only), "She said A"; embassy "expressed its condolences ... but said in a statement
#    that ... “...” governing the base" (act; partial only); Foreign Ministry "said the soldier had been “...”
#    at the time ..." (partial only); anonymous diplomat after the quote ("a Russian diplomat in Yerevan told
#    the Armenian Weekly on condition of anonymity"); the victim's brother, named only as "Aram", "said A",
#    quote split by "he said"; MP "said A", "she said"; opposition MP "urged both sides ..." (directive) "and
#    accused the government of using the tragedy to “...” against Russia" (partial); "According to Tigran
#    Khachatryan, ..., A", then "he said".
ARTICLES[f"{BATCH}/gyumri-russian-soldier-hit-and-run.gold.json"] = {
    "article": f"{BATCH}/gyumri-russian-soldier-hit-and-run.txt",
    "target": "Russia",
    "quotes": [
        (I, "Investigative Committee", "A Russian soldier stationed at the 102nd military base in Gyumri has been charged "
            "over the death of a 34-year-old local man who was struck by a military truck on Sunday night", None),
        (I, "Investigative Committee", "the soldier, a 20-year-old conscript identified as Private Kirill Anisimov, was "
            "driving the truck that hit Hovhannes Petrosyan as he crossed Shirakatsi Street shortly before midnight, and "
            "that the vehicle did not stop", None),
        (S, None, "garrison road", None),
        (P, "Gohar Melkonyan", "after long and difficult negotiations", None),
        (I, "Gohar Melkonyan", "he would be held in pre-trial detention in Yerevan for two months", None),
        (P, "Russian Embassy in Yerevan", "must be resolved strictly on the basis of the bilateral agreements", None),
        (P, "Russian Foreign Ministry", "on official duty", None),
        (D, "Russian diplomat in Yerevan", "We are not going to let a tragic accident be turned into a political campaign "
            "against Russia,", None),
        (I, "Aram", "the family had been told nothing by the base in the three days since the accident", None),
        (D, "Aram", "They killed my brother and drove away. Now they want to take the driver back behind their fence and "
            "decide for themselves what happened,", None),
        (D, "Aram", "We will not allow it. This is our city.", None),
        (I, "Arpine Davtyan", "the government would insist that the case be heard in an Armenian court", None),
        (D, "Arpine Davtyan", "Armenia is a sovereign state. Whoever commits a crime on Armenian streets answers to "
            "Armenian law,", None),
        (P, "Levon Ter-Grigoryan", "score points", None),
        (I, "Tigran Khachatryan", "Moscow is unlikely to make the same concessions it made in 2015", None),
        (D, "Tigran Khachatryan", "In 2015 Russia still needed Armenia. Today the Kremlin sees Yerevan as drifting away, "
            "and it will want to show that its soldiers are not at the mercy of Armenian courts,", None),
    ],
    "actors": [
        actor("Investigative Committee", "government", affiliation="Armenia",
              aliases=["Investigative Committee", "The committee"], stance=0),
        actor("Gohar Melkonyan", "person", title="Committee spokesperson", affiliation="Investigative Committee",
              aliases=["Gohar Melkonyan", "Melkonyan"], stance=0),
        actor("Russian Embassy in Yerevan", "government", affiliation="Russia",
              aliases=["Russian Embassy in Yerevan"], stance=1),
        actor("Russian Foreign Ministry", "government", affiliation="Russia", aliases=["Russian Foreign Ministry"],
              stance=1),
        actor("Russian diplomat in Yerevan", "person", title="anonymous Russian diplomat", affiliation="Russia",
              aliases=["Russian diplomat in Yerevan"], stance=1),
        actor("Aram", "person", title="younger brother of the victim", aliases=["Aram"], stance=-1),
        actor("Arpine Davtyan", "person", title="MP", affiliation="Civil Contract",
              aliases=["Arpine Davtyan", "Davtyan"], stance=-1),
        actor("Levon Ter-Grigoryan", "person", title="opposition lawmaker", affiliation="Armenia Alliance",
              aliases=["Levon Ter-Grigoryan", "Ter-Grigoryan"], stance=1),
        actor("Tigran Khachatryan", "person", title="security analyst", affiliation="Caucasus Policy Lab",
              aliases=["Tigran Khachatryan", "Khachatryan"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Asia Pacific Report (France sends more gendarmes to New Caledonia before a constitution vote), headline
#    without speech, byline "By ... in Nouméa", "Asia Pacific Report" line, curly “ ” and ’, "1200" without
#    a comma, correspondent tag line at the end. Lede content before "the French High Commission in Nouméa
#    has confirmed"; content before "the High Commission said in a statement"; "It said A was “...” and that
#    B" (partial plus indirect); minister "told France Info radio that Paris wanted ... “...”" (partial
#    only), then "she said"; FLNKS "described the move as “...” designed to ..." (partial only); spokesperson
#    "said A", quote with "Gorohouna told Asia Pacific Report", then a quote-only paragraph; scare so-called
#    “State of New Caledonia”; "has called on its supporters ..." (directive); loyalist "welcomed ..." (act),
#    then "he said"; Vanuatu minister "said his government was “...” and would raise ..." (partial only);
#    Forum Secretariat "said A and that B" (one span); "According to RNZ Pacific, A"; lecturer "said A",
#    "she said".
ARTICLES[f"{BATCH}/kanaky-gendarmes-constitution-vote-france.gold.json"] = {
    "article": f"{BATCH}/kanaky-gendarmes-constitution-vote-france.txt",
    "target": "France",
    "quotes": [
        (I, "French High Commission", "France is sending 1200 additional gendarmes and police to Kanaky New Caledonia "
            "ahead of a provincial vote on a new draft constitution next month", None),
        (I, "French High Commission", "The reinforcements, the largest since the deadly unrest of May 2024, will arrive "
            "in three waves before the vote on January 17", None),
        (P, "French High Commission", "purely preventive", None),
        (I, "French High Commission", "no curfew was planned", None),
        (P, "H\u00e9l\u00e8ne Duclos-Marchal", "in calm and in full security for every voter, whatever their community", None),
        (D, "H\u00e9l\u00e8ne Duclos-Marchal", "The state has a duty to protect everyone. That is not a threat to anyone. "
            "It is a guarantee,", None),
        (P, "Kanak and Socialist National Liberation Front", "a show of force", None),
        (I, "Kalo\u00ef Gorohouna", "the front had not been consulted about the deployment and had learned of it from the "
            "media", None),
        (D, "Kalo\u00ef Gorohouna", "Every time we sit down to talk, Paris sends more troops. You cannot build a shared "
            "future with a gun on the table,", None),
        (D, "Kalo\u00ef Gorohouna", "Our people remember 2024. Sending gendarmes does not reassure them. It frightens "
            "them.", None),
        (S, None, "State of New Caledonia", None),
        (D, "Thierry Santarelli", "People in Nouméa are afraid. Businesses that were burned two years ago have only just "
            "reopened. The French state is doing what it should,", None),
        (P, "Johnny Kalsakau", "deeply concerned", None),
        (I, "Pacific Islands Forum Secretariat", "it was following developments closely and that the Forum remained ready "
            "to send a ministerial mission to Nouméa if invited", None),
        (I, "RNZ Pacific", "at least two Kanak customary councils in the North Province have also written to the High "
            "Commissioner asking for the deployment to be postponed until after the vote", None),
        (I, "Losana Tuilagi", "France\u2019s approach risked undermining the legitimacy of the vote", None),
        (D, "Losana Tuilagi", "France wants a result that looks like consent. But consent given under the eyes of 1200 "
            "extra gendarmes will always be questioned, in Kanaky and in the region,", None),
    ],
    "actors": [
        actor("French High Commission", "government", affiliation="France",
              aliases=["French High Commission", "High Commission"], stance=1),
        actor("H\u00e9l\u00e8ne Duclos-Marchal", "person", title="Overseas Minister", affiliation="France",
              aliases=["H\u00e9l\u00e8ne Duclos-Marchal", "Duclos-Marchal"], stance=1),
        actor("Kanak and Socialist National Liberation Front", "organisation", title="pro-independence front",
              aliases=["Kanak and Socialist National Liberation Front", "FLNKS"], stance=-1),
        actor("Kalo\u00ef Gorohouna", "person", title="spokesperson",
              affiliation="Kanak and Socialist National Liberation Front",
              aliases=["Kalo\u00ef Gorohouna", "Gorohouna"], stance=-1),
        actor("Thierry Santarelli", "person", title="Loyalist leader", affiliation="Rassemblement",
              aliases=["Thierry Santarelli", "Santarelli"], stance=1),
        actor("Johnny Kalsakau", "person", title="Foreign Minister", affiliation="Vanuatu",
              aliases=["Johnny Kalsakau", "Kalsakau"], stance=-1),
        actor("Pacific Islands Forum Secretariat", "organisation", affiliation="Pacific Islands Forum",
              aliases=["Pacific Islands Forum Secretariat"], stance=0),
        actor("RNZ Pacific", "organisation", title="broadcaster", aliases=["RNZ Pacific"], stance=None),
        actor("Losana Tuilagi", "person", title="politics lecturer", affiliation="University of the South Pacific",
              aliases=["Losana Tuilagi", "Tuilagi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Guelph Mercury Tribune local politics (the mayor proposes selling the city's performing arts
#    centre), headline and standfirst without speech, "by ...", "Guelph Mercury Tribune" and "Dec. 3, 2026"
#    lines, straight " and apostrophes, "Coun." titles. Scare so-called "asset review," (comma inside);
#    mayor "told council A", quote with "he said", then a quote-only paragraph; "According to a staff
#    report ..., A"; councillor "called the proposal "..." and said A" (partial plus indirect), "she said";
#    "Castle interrupted to say that A" (infinitive cue); "..." Delacroix replied" (a question); councillor
#    "said A", quote with "Yamamoto said"; "More than a dozen delegates spoke against the sale" (act);
#    arts director "said A", quote split by "she told council"; "Asked by reporters ..., Castle said: "...""
#    ; "Some opponents have taken to calling any fee increase a "...," a phrase the mayor rejected as "..."" (two
#    partials); arts council "said in a statement that A".
ARTICLES[f"{BATCH}/guelph-river-run-sale-mayor-castle.gold.json"] = {
    "article": f"{BATCH}/guelph-river-run-sale-mayor-castle.txt",
    "target": "Rob Castle",
    "quotes": [
        (S, None, "asset review,", None),
        (I, "Rob Castle", "the sale would save the city about $2.1 million a year in operating subsidies and deferred "
            "maintenance", None),
        (D, "Rob Castle", "Guelph loves the River Run Centre, and so do I. But we are spending more every year to keep the "
            "lights on in a building that is empty most weeknights,", None),
        (D, "Rob Castle", "I would rather see a professional operator fill it than ask taxpayers to keep covering the "
            "gap.", None),
        (I, "staff report", "the 785-seat venue on Woolwich Street has run an operating deficit in each of the past seven "
            "years, reaching $1.3 million in 2025", None),
        (P, "Erin Delacroix", "a fire sale of a public asset", None),
        (I, "Erin Delacroix", "the mayor had not consulted the arts organizations that use the centre", None),
        (D, "Erin Delacroix", "There is no business case here. There is a number, and a deadline,", None),
        (I, "Rob Castle", "consultations would begin in January, before any final decision", None),
        (D, "Erin Delacroix", "Then why are we voting on a timeline tonight?", None),
        (I, "Ken Yamamoto", "he supported the mayor's plan, provided any sale agreement guaranteed community groups access "
            "to the stage at subsidized rates", None),
        (D, "Ken Yamamoto", "The status quo is not a plan. I give the mayor credit for putting something on the table,", None),
        (I, "Harriet Osei", "a private operator would inevitably raise rental fees and push local groups out", None),
        (D, "Harriet Osei", "We pay about $900 a night now. If that doubles, we do two concerts a year instead of eight,", None),
        (D, "Harriet Osei", "That's not a hypothetical. That's our budget.", None),
        (D, "Rob Castle", "People are passionate about this building, and they should be. Passion doesn't pay the roof "
            "repairs.", None),
        (P, "Some opponents", "culture tax,", None),
        (P, "Rob Castle", "unfair and misleading.", None),
        (I, "Guelph Arts Council", "it would organize a public forum on the future of the centre in early February", None),
    ],
    "actors": [
        actor("Rob Castle", "person", title="Mayor", affiliation="City of Guelph",
              aliases=["Rob Castle", "Castle", "Mayor Castle", "the mayor"], stance=1),
        actor("staff report", "organisation", title="city staff report", affiliation="City of Guelph",
              aliases=["staff report"], stance=0),
        actor("Erin Delacroix", "person", title="Ward 2 Coun.", affiliation="Guelph city council",
              aliases=["Erin Delacroix", "Delacroix"], stance=-1),
        actor("Ken Yamamoto", "person", title="Ward 4 Coun.", affiliation="Guelph city council",
              aliases=["Ken Yamamoto", "Yamamoto"], stance=1),
        actor("Harriet Osei", "person", title="executive director", affiliation="Royal City Chamber Players",
              aliases=["Harriet Osei", "Osei"], stance=-1),
        actor("Some opponents", "group", title="opponents of the sale", aliases=["Some opponents"], stance=-1),
        actor("Guelph Arts Council", "organisation", aliases=["Guelph Arts Council"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Highways Magazine (a council issues a warning notice to its pothole contractor), headline and lede
#    without a cue for the audit ("found" is the writer's account of the audit), byline and "03 December
#    2026" lines, straight " and apostrophes, "£1.4m", "38%". Council "said A" (one span); scare so-called
#    "first-time fix" rate; cabinet member "said residents had been "..." by ..." (partial only), then "he
#    said", "He added that A"; company "In a statement, ... said it was "..." by ... and that B" (partial plus
#    indirect); MD "told Highways that A", then "she said"; "Asked whether ..., Ní Chonaill said: "...""; union
#    "said A"; officer named after the quote ("said Unite regional officer Gary Pugh"), "Pugh said A"; RAC
#    spokesperson "said drivers were "..." and called on the government ..." (partial only; directive);
#    "According to the Asphalt Industry Alliance's latest annual survey, A".
ARTICLES[f"{BATCH}/aldmore-surfacing-pothole-default-notice.gold.json"] = {
    "article": f"{BATCH}/aldmore-surfacing-pothole-default-notice.txt",
    "target": "Aldmore Surfacing",
    "quotes": [
        (S, None, "first-time fix", None),
        (I, "Shropshire Council", "the notice was the first step in a process that could lead to the contract being "
            "terminated if performance did not improve by the end of March", None),
        (P, "Martyn Oakley", "let down", None),
        (D, "Martyn Oakley", "We are paying for permanent repairs, and too many of them are lasting a few weeks. That is "
            "not acceptable on any road, let alone on the rural routes that our communities depend on,", None),
        (I, "Martyn Oakley", "the council would withhold \u00a31.4m in performance payments until the contractor had "
            "produced an improvement plan", None),
        (P, "Aldmore Surfacing", "disappointed", None),
        (I, "Aldmore Surfacing", "the audit had taken place during one of the wettest summers on record", None),
        (I, "Br\u00edd N\u00ed Chonaill", "the company had already retrained 40 operatives and brought in additional "
            "supervisors on its night crews", None),
        (D, "Br\u00edd N\u00ed Chonaill", "We do not dispute that some repairs have not been up to our standard, and we "
            "have apologised for that. But the picture in this audit is not the whole picture,", None),
        (D, "Br\u00edd N\u00ed Chonaill", "Our focus is on fixing the problem, not on arguing with our client.", None),
        (I, "Unite", "its members had been put under intense pressure to work quickly", None),
        (D, "Gary Pugh", "Our members are told to do twenty holes a shift in the rain. Something has to give, and it's the "
            "quality,", None),
        (I, "Gary Pugh", "the union had raised concerns about workloads with both the council and the company earlier "
            "this year", None),
        (P, "RAC spokesperson", "fed up of paying for the same hole twice", None),
        (I, "Asphalt Industry Alliance", "the backlog of carriageway repairs in England and Wales now stands at "
            "\u00a317.4bn", None),
    ],
    "actors": [
        actor("Shropshire Council", "government", title="highway authority",
              aliases=["Shropshire Council", "The council"], stance=-1),
        actor("Martyn Oakley", "person", title="cabinet member for highways", affiliation="Shropshire Council",
              aliases=["Martyn Oakley", "Oakley"], stance=-1),
        actor("Aldmore Surfacing", "organisation", title="highways maintenance contractor",
              aliases=["Aldmore Surfacing", "Aldmore"], stance=1),
        actor("Br\u00edd N\u00ed Chonaill", "person", title="Managing director", affiliation="Aldmore Surfacing",
              aliases=["Br\u00edd N\u00ed Chonaill", "N\u00ed Chonaill"], stance=1),
        actor("Unite", "organisation", title="union", aliases=["Unite"], stance=-1),
        actor("Gary Pugh", "person", title="regional officer", affiliation="Unite", aliases=["Gary Pugh", "Pugh"],
              stance=-1),
        actor("RAC spokesperson", "person", title="spokesperson", affiliation="RAC", aliases=["RAC spokesperson"],
              stance=-1),
        actor("Asphalt Industry Alliance", "organisation", aliases=["Asphalt Industry Alliance"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
