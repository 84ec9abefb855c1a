"""Build the test65 gold files (data/eval/test65/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test65/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test65.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test65"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Defense News (Russia offers India Su-57 co-production), curly quotes, American punctuation inside
#    closing marks, lede speaker named in the next paragraph, quote-only continuation paragraph.
ARTICLES[f"{BATCH}/su57-india-coproduction-offer.gold.json"] = {
    "article": f"{BATCH}/su57-india-coproduction-offer.txt",
    "target": "Russia",
    "quotes": [
        (P, "Dmitry Sokolovsky", "full transfer of technology,", None),
        (I, "Dmitry Sokolovsky", "the aircraft could be assembled at Hindustan Aeronautics Ltd.\u2019s plant in Nashik",
            None),
        (D, "Dmitry Sokolovsky", "No other country will offer India what we are offering. Not the engines, not the "
            "radar, not the software \u2014 everything,", None),
        (D, "Dmitry Sokolovsky", "We are not asking India to choose between partners. We are asking India to look at "
            "what is on the table.", None),
        (P, "Rosoboronexport", "productive consultations", None),
        (P, "Indian defense official", "on its merits", None),
        (I, "Indian defense official", "the Indian Air Force\u2019s priority remained its domestic fighter program", None),
        (I, "Defence Ministry", "The Indian Air Force operates 29 fighter squadrons against a sanctioned strength of 42",
            None),
        (S, None, "self-reliance", None),
        (I, "Vikram Sahni", "India could not afford to dismiss the offer", None),
        (D, "Vikram Sahni", "Russia has never refused us anything we needed, even under sanctions. That counts for "
            "something,", None),
        (P, "Rukmini Iyer", "thin", "\u201cthin\u201d"),
        (I, "Rukmini Iyer", "she doubted Moscow could deliver on time", None),
        (D, "Rukmini Iyer", "The aircraft has barely been used in combat, Russia\u2019s own production numbers are tiny, "
            "and sanctions make spare parts a permanent question mark,", None),
        (D, "Rukmini Iyer", "India has been waiting for S-400 squadrons for years.", None),
        (P, "State Department spokesperson", "continues to urge all countries", None),
        (I, "State Department spokesperson", "such purchases could expose buyers to sanctions under the Countering "
            "America\u2019s Adversaries Through Sanctions Act", None),
    ],
    "actors": [
        actor("Dmitry Sokolovsky", "person", title="deputy director",
              affiliation="Federal Service for Military-Technical Cooperation (Russia)",
              aliases=["Dmitry Sokolovsky", "Sokolovsky"], stance=1),
        actor("Rosoboronexport", "organisation", title="state arms exporter", affiliation="Russia",
              aliases=["Rosoboronexport"], stance=1),
        actor("Indian defense official", "person", title="defense official (anonymous)", affiliation="India",
              aliases=["Indian defense official"], stance=0),
        actor("Defence Ministry", "government", title="ministry", affiliation="India",
              aliases=["Defence Ministry"], stance=None),
        actor("Vikram Sahni", "person", title="retired Air Marshal", affiliation="Indian Air Force",
              aliases=["Vikram Sahni", "Sahni"], stance=1),
        actor("Rukmini Iyer", "person", title="senior fellow", affiliation="Observer Research Foundation",
              aliases=["Rukmini Iyer", "Iyer"], stance=-1),
        actor("State Department spokesperson", "person", title="spokesperson", affiliation="US State Department",
              aliases=["State Department spokesperson"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Examiner (Launceston) environment (a salmon company fined over hatchery discharges), straight quotes,
#    British punctuation outside closing marks for fragments, capitalised lede opening, "Ms"/"Mr", caption.
ARTICLES[f"{BATCH}/tamar-hatchery-epa-fine.gold.json"] = {
    "article": f"{BATCH}/tamar-hatchery-epa-fine.txt",
    "target": "Northern Waters Aquaculture",
    "quotes": [
        (I, "Environment Protection Authority", "Northern Waters Aquaculture had failed to report the breaches at its "
            "Bell Bay site for almost a year, and that monitoring by the company itself had recorded the exceedances",
            None),
        (I, "Claire Baxendale", "the fine was the largest issued to a hatchery operator in Tasmania", None),
        (D, "Claire Baxendale", "The company had the data in its own hands. It knew, and it didn't tell us,", None),
        (D, "Claire Baxendale", "That is the part that concerns me most. Self-reporting is the foundation of the whole "
            "licensing system.", None),
        (I, "Brendan Hale", "the company accepted the penalty and had spent $2.4 million upgrading the site's water "
            "treatment plant since the breaches were identified", None),
        (D, "Brendan Hale", "We got this wrong, and we own it,", None),
        (I, "Brendan Hale", "a change in staff at the site had led to the reporting failure", None),
        (I, "Brendan Hale", "the discharges had caused any lasting damage to the river", None),
        (D, "Brendan Hale", "Independent testing downstream shows no measurable impact on water quality,", None),
        (P, "Deb Mills", "a rounding error", None),
        (D, "Deb Mills", "If a farmer on the East Tamar Highway did this, they'd be in court,", None),
        (D, "Deb Mills", "This company gets a fine and a pat on the back for fixing a problem it hid.", None),
        (I, "Luke Pearce", "he had noticed unusual algal growth on his racks last summer but had no way of knowing "
            "what caused it", None),
        (I, "Tessa Cronly", "she would ask the government in parliament next week why the breaches had not been made "
            "public sooner", None),
        (P, "Tessa Cronly", "anything but world-class", None),
        (I, "Sam Whitford", "the fine showed the system was working", None),
        (D, "Sam Whitford", "The EPA found the breaches, investigated them and imposed a significant penalty. That's "
            "exactly what Tasmanians expect,", None),
        (S, None, "clean and green", None),
    ],
    "actors": [
        actor("Environment Protection Authority", "government", title="environmental regulator", affiliation="Tasmania",
              aliases=["Environment Protection Authority", "EPA"], stance=-1),
        actor("Claire Baxendale", "person", title="EPA director", affiliation="Environment Protection Authority",
              aliases=["Claire Baxendale", "Baxendale", "Ms Baxendale"], stance=-1),
        actor("Brendan Hale", "person", title="chief executive", affiliation="Northern Waters Aquaculture",
              aliases=["Brendan Hale", "Hale", "Mr Hale"], stance=1),
        actor("Deb Mills", "person", title="spokeswoman", affiliation="Tamar Estuary Watch",
              aliases=["Deb Mills", "Mills", "Ms Mills"], stance=-1),
        actor("Luke Pearce", "person", title="oyster grower", aliases=["Luke Pearce", "Pearce"], stance=0),
        actor("Tessa Cronly", "person", title="Greens Bass MP", affiliation="Tasmanian Greens",
              aliases=["Tessa Cronly", "Cronly"], stance=-1),
        actor("Sam Whitford", "person", title="Primary Industries Minister", affiliation="Tasmanian Government",
              aliases=["Sam Whitford", "Whitford"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Eastern Eye arts (a theatre pulls a British Asian playwright's play after protests), British curly single
#    quotes, standfirst with a fragment, "(1)" day numbers, en dash "no relation" aside, shared surname Sethi.
ARTICLES[f"{BATCH}/kabir-sethi-play-cancelled-leicester.gold.json"] = {
    "article": f"{BATCH}/kabir-sethi-play-cancelled-leicester.txt",
    "target": "Kabir Sethi",
    "quotes": [
        (P, "Kabir Sethi", "a gift to everyone who wants British Asian stories kept safe and small", None),
        (P, "Kabir Sethi", "cowardly", None),
        (P, "Lyceum Arts Centre", "with enormous regret", None),
        (D, "Lyceum Arts Centre", "We have always championed bold new writing, and we stand by the artistic quality of "
            "this production,", None),
        (D, "Lyceum Arts Centre", "But our first duty is to the people who come through our doors.", None),
        (I, "Leicestershire Police", "officers had attended both evenings and that one man had been arrested on "
            "suspicion of a public order offence", None),
        (I, "Leicestershire Police", "claims on social media that it had asked the theatre to cancel the run", None),
        (I, "Protesters", "a scene in the second act mocked religious practice", None),
        (I, "Kabir Sethi", "he had not been contacted by any of the protesters before the opening", None),
        (D, "Kabir Sethi", "Nobody who was standing outside that building has seen the play. Not one of them,", None),
        (D, "Kabir Sethi", "The scene they are angry about is a grandmother praying for her grandson. It is the most "
            "loving moment in the whole piece.", None),
        (I, "Hitesh Parmar", "the protests had been peaceful", None),
        (P, "Hitesh Parmar", "relieved", None),
        (D, "Hitesh Parmar", "We are not against art and we are not against Kabir Sethi. We are against our faith being "
            "used for cheap laughs,", None),
        (P, "more than 200 writers and actors", "a dangerous precedent", None),
        (P, "Meera Sethi", "some of the most honest work about our communities in a generation", None),
        (P, "Arts Council England", "monitoring the situation closely", None),
        (D, "Kabir Sethi", "I fear more for the next writer who reads about this and decides not to bother.", None),
        (S, None, "blasphemy", None),
    ],
    "actors": [
        actor("Kabir Sethi", "person", title="playwright", aliases=["Kabir Sethi", "Sethi"], stance=1),
        actor("Lyceum Arts Centre", "organisation", title="theatre", aliases=["Lyceum Arts Centre", "Lyceum"],
              stance=0),
        actor("Leicestershire Police", "organisation", title="police force", aliases=["Leicestershire Police"],
              stance=None),
        actor("Protesters", "group", aliases=["Protesters"], stance=-1),
        actor("Hitesh Parmar", "person", title="protest organiser", aliases=["Hitesh Parmar", "Parmar"], stance=-1),
        actor("more than 200 writers and actors", "group", title="signatories of an open letter",
              aliases=["more than 200 writers and actors"], stance=1),
        actor("Meera Sethi", "person", title="dramatist", aliases=["Meera Sethi"], stance=1),
        actor("Arts Council England", "organisation", title="arts funder", aliases=["Arts Council England"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Anglo-Celt (Cavan) crime/local (Garda station opening hours cut), straight quotes, capitalised lede
#    opening, fadas, "(FF)", "4pc", shared surname Fay (Cllr Brendan Fay, shop owner Paddy Fay).
ARTICLES[f"{BATCH}/cavan-garda-station-hours-cut.gold.json"] = {
    "article": f"{BATCH}/cavan-garda-station-hours-cut.txt",
    "target": "An Garda S\u00edoch\u00e1na",
    "quotes": [
        (P, "local representatives", "the thin end of the wedge", None),
        (S, None, "rationalisation", None),
        (I, "Garda spokesperson", "Members will continue to be attached to the stations, but will spend more time on "
            "patrol", None),
        (D, "Garda spokesperson", "The changes are about putting garda\u00ed where they are needed most, which is out in "
            "the community and not behind a public office counter,", None),
        (D, "Garda spokesperson", "No station is closing.", None),
        (I, "Aisling Cullen", "the division had lost 17 members to retirement and transfer in the past year and had "
            "received just nine replacements", None),
        (I, "Aisling Cullen", "the new rosters would free up the equivalent of four full-time garda\u00ed for patrol "
            "duties across the county", None),
        (D, "Aisling Cullen", "I would rather have a car on the road in Swanlinbar at two in the morning than a garda "
            "sitting at a desk at two in the afternoon,", None),
        (D, "Brendan Fay", "We were told that ten years ago when they closed Dowra and Kingscourt, and look where we are "
            "now,", None),
        (D, "Brendan Fay", "People in these areas have watched the post office go, the bank go, and now this.", None),
        (I, "Niamh McGovern", "she had written to the Minister for Justice asking for the decision to be reversed", None),
        (P, "Niamh McGovern", "second-class citizens", None),
        (I, "Paddy Fay", "his premises had been broken into twice this year", None),
        (D, "Paddy Fay", "The first time, it took the guards forty minutes to come out from Cavan town. I'm not blaming "
            "the lads on the ground, they're doing their best with what they have,", None),
        (I, "Garda Representative Association", "the change was a symptom of a recruitment crisis that the Government "
            "had failed to address", None),
        (P, "Tom Kearney", "exhausted", None),
        (I, "Department of Justice", "decisions on the opening hours of stations were an operational matter for An Garda "
            "S\u00edoch\u00e1na and the Garda Commissioner, and that a record budget had been provided for recruitment in "
            "2027", None),
    ],
    "actors": [
        actor("local representatives", "group", aliases=["local representatives"], stance=-1),
        actor("Garda spokesperson", "person", title="spokesperson", affiliation="An Garda S\u00edoch\u00e1na",
              aliases=["Garda spokesperson"], stance=1),
        actor("Aisling Cullen", "person", title="Chief Superintendent", affiliation="An Garda S\u00edoch\u00e1na",
              aliases=["Aisling Cullen", "Cullen"], stance=1),
        actor("Brendan Fay", "person", title="councillor", affiliation="Fianna F\u00e1il",
              aliases=["Brendan Fay"], stance=-1),
        actor("Niamh McGovern", "person", title="TD", affiliation="Sinn F\u00e9in",
              aliases=["Niamh McGovern", "McGovern"], stance=-1),
        actor("Paddy Fay", "person", title="shop owner", aliases=["Paddy Fay"], stance=0),
        actor("Garda Representative Association", "organisation", title="garda association",
              aliases=["Garda Representative Association", "GRA"], stance=0),
        actor("Tom Kearney", "person", title="representative", affiliation="Garda Representative Association",
              aliases=["Tom Kearney", "Kearney"], stance=None),
        actor("Department of Justice", "government", title="government department", affiliation="Ireland",
              aliases=["Department of Justice"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
