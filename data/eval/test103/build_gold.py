"""Build the test103 gold files (data/eval/test103/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test103/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test103.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test103"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Parliament Magazine (EU committee votes to freeze Arctic research ties with Russia), curly quotes.
ARTICLES[f"{BATCH}/arctic-research-freeze-russia-afet.gold.json"] = {
    "article": f"{BATCH}/arctic-research-freeze-russia-afet.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian Mission to the EU", "scientific apartheid", None),
        (S, None, "Svalbard clause", None),
        (P, "Kadri Lepik", "sent a clear message to Moscow", None),
        (D, "Kadri Lepik", "Russian research vessels and research stations in the Arctic are not neutral. Their data "
            "feeds directly into the Russian navy and the Northern Fleet,", None),
        (D, "Kadri Lepik", "We cannot pretend that science sits on a separate planet from this war.", None),
        (I, "Kadri Lepik", "the report made an exception for data on wildfires and oil spills, which cross borders "
            "regardless of politics", None),
        (D, "Russian Mission to the EU", "The European Parliament has once again chosen confrontation over common "
            "sense. The Arctic does not belong to Brussels, and Russia will continue its research there with or "
            "without European partners,", None),
        (P, "Russian Mission to the EU", "for decades", None),
        (I, "Andrei Sokol", "the decision would hurt European researchers far more than Russian ones, since Russia "
            "controls more than half of the Arctic coastline", None),
        (D, "Andrei Sokol", "Who will lose? Not us. The polar bears do not read resolutions of the European "
            "Parliament,", None),
        (P, "Bal\u00e1zs Fekete", "blind in half of the Arctic", None),
        (D, "Bal\u00e1zs Fekete", "Russia has been a reliable partner in polar science since the Soviet era, even in the "
            "worst years of the Cold War. Those channels survived Brezhnev. It is absurd that they should not "
            "survive us,", None),
        (I, "Jonas Koch", "he shared some of those concerns but that the EU could not keep funding institutes whose "
            "directors had publicly backed the invasion of Ukraine", None),
        (D, "Jonas Koch", "We are not punishing individual scientists. Many of them have left Russia, and we should "
            "welcome them,", None),
        (P, "Marta Ruiz Ferrer", "carefully study", None),
        (I, "Marta Ruiz Ferrer", "Russian entities had been excluded from new Horizon Europe grants since 2022", None),
        (P, "Marta Ruiz Ferrer", "legacy commitments", None),
        (D, "Ingrid Hals", "It is not cooperation any more. It is two people at opposite ends of a very cold room, "
            "shouting,", None),
        (I, "One EU diplomat", "several capitals were wary of the report's call to cut data sharing, which they feared "
            "could clash with obligations under the Svalbard Treaty", None),
    ],
    "actors": [
        actor("Russian Mission to the EU", "government", title="diplomatic mission", affiliation="Russia",
              aliases=["Russian Mission to the EU"], stance=1),
        actor("Kadri Lepik", "person", title="MEP, rapporteur", affiliation="Renew Europe (Estonia)",
              aliases=["Kadri Lepik", "Lepik"], stance=-1),
        actor("Andrei Sokol", "person", title="deputy head of the mission", affiliation="Russian Mission to the EU",
              aliases=["Andrei Sokol", "Sokol"], stance=1),
        actor("Bal\u00e1zs Fekete", "person", title="MEP", affiliation="Patriots for Europe (Hungary)",
              aliases=["Bal\u00e1zs Fekete", "Fekete"], stance=1),
        actor("Jonas Koch", "person", title="MEP", affiliation="Greens (Germany)",
              aliases=["Jonas Koch", "Koch"], stance=-1),
        actor("Marta Ruiz Ferrer", "person", title="Commission spokesperson", affiliation="European Commission",
              aliases=["Marta Ruiz Ferrer", "Ruiz Ferrer"], stance=0),
        actor("Ingrid Hals", "person", title="glaciologist", affiliation="UiT The Arctic University of Norway",
              aliases=["Ingrid Hals", "Hals"], stance=None),
        actor("One EU diplomat", "person", title="diplomat (anonymous)", affiliation="EU",
              aliases=["One EU diplomat"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Irish Field (a trainer banned after a positive test), straight " and apostrophes.
ARTICLES[f"{BATCH}/kehoe-ban-bold-brannigan-positive.gold.json"] = {
    "article": f"{BATCH}/kehoe-ban-bold-brannigan-positive.txt",
    "target": "Siobh\u00e1n Kehoe",
    "quotes": [
        (S, None, "environmental threshold", None),
        (P, "Siobh\u00e1n Kehoe", "devastated", None),
        (D, "Siobh\u00e1n Kehoe", "I have been training horses for 22 years and I have never given a horse anything I "
            "shouldn't. Never. I'd put my hand on the Bible for that,", None),
        (D, "Siobh\u00e1n Kehoe", "We think it came from contaminated bedding or from a lad in the yard who was on "
            "medication himself. The levels were tiny, you're talking about a trace.", None),
        (I, "Liam Kehoe", "the family had spent more than \u20ac10,000 on independent tests of feed and bedding since the "
            "positive was confirmed in October", None),
        (I, "Conor Whelan", "an appeal would be lodged within the 14-day deadline", None),
        (P, "Conor Whelan", "wildly out of proportion", None),
        (D, "Conor Whelan", "Siobh\u00e1n is being punished for something nobody says she did,", None),
        (P, "Aoife Brennan", "well above", None),
        (I, "Aoife Brennan", "the board had tested 14 other horses in the yard on the same day, and all of them had been "
            "clear", None),
        (P, "referrals committee", "strict liability", None),
        (P, "referrals committee", "to maintain confidence in the integrity of the sport", None),
        (I, "Fergal Power", "the club's 40 members would stand by their trainer", None),
        (D, "Fergal Power", "Siobh\u00e1n has done nothing but good for this club. The horse stays with her, ban or no "
            "ban,", None),
        (P, "Irish Racehorse Trainers Association", "serious concerns", None),
        (I, "Irish Racehorse Trainers Association", "Kehoe's case showed why the rules had to change", None),
    ],
    "actors": [
        actor("Siobh\u00e1n Kehoe", "person", title="trainer", affiliation="Bunclody, Co Wexford",
              aliases=["Siobh\u00e1n Kehoe", "Kehoe", "Siobh\u00e1n"], stance=1),
        actor("Liam Kehoe", "person", title="assistant trainer", affiliation="Kehoe yard",
              aliases=["Liam Kehoe"], stance=1),
        actor("Conor Whelan", "person", title="solicitor", affiliation="Siobh\u00e1n Kehoe",
              aliases=["Conor Whelan", "Whelan"], stance=1),
        actor("Aoife Brennan", "person", title="chief veterinary officer",
              affiliation="Irish Horseracing Regulatory Board", aliases=["Aoife Brennan", "Brennan"], stance=-1),
        actor("referrals committee", "organisation", title="disciplinary committee",
              affiliation="Irish Horseracing Regulatory Board", aliases=["referrals committee", "committee"],
              stance=-1),
        actor("Fergal Power", "person", title="manager", affiliation="Slaney Valley Racing Club",
              aliases=["Fergal Power", "Power"], stance=1),
        actor("Irish Racehorse Trainers Association", "organisation", title="trainers' association",
              aliases=["Irish Racehorse Trainers Association"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Pharmacy Business (a wholesaler cuts deliveries to rural pharmacies), curly quotes, curly single in the
#    standfirst.
ARTICLES[f"{BATCH}/medivance-delivery-cuts-pharmacies.gold.json"] = {
    "article": f"{BATCH}/medivance-delivery-cuts-pharmacies.txt",
    "target": "Medivance Distribution",
    "quotes": [
        (P, "Medivance Distribution", "sustainable", "\u2018sustainable"),
        (I, "Medivance Distribution", "the new schedule would apply to pharmacies more than 15 miles from one of its "
            "seven regional depots", None),
        (P, "Medivance Distribution", "unsustainable", None),
        (D, "Medivance Distribution", "We understand this is a significant change for some customers and we have not "
            "taken the decision lightly,", None),
        (D, "Medivance Distribution", "Pharmacies affected will be able to pay for an additional same-day delivery "
            "where a patient needs a medicine urgently.", None),
        (I, "Graham Hurst", "the company had absorbed a 40 per cent rise in logistics costs since 2023 without passing "
            "it on", None),
        (D, "Graham Hurst", "We simply cannot run a van 60 miles for one tote of stock twice a day. Nobody in this "
            "sector could, and frankly nobody else is trying,", None),
        (P, "Amara Okafor", "impossible", None),
        (D, "Amara Okafor", "Either I hold far more stock, which I can't afford, or I tell a patient on a Tuesday that "
            "their antibiotics will arrive on Thursday,", None),
        (D, "Amara Okafor", "I have been with Medivance for eleven years. Nobody picked up the phone. We got a "
            "letter.", None),
        (I, "National Pharmacy Association", "the move would hit the pharmacies that could least absorb it", None),
        (P, "Harpreet Dhillon", "a tax on being rural", None),
        (D, "Harpreet Dhillon", "Medivance has made a commercial decision and it is entitled to do so. But the "
            "consequences will land on patients who already travel the furthest for care,", None),
        (I, "Community Pharmacy England", "it was seeking an urgent meeting with the wholesaler and would raise the "
            "issue with the Department of Health and Social Care (DHSC)", None),
        (I, "Mark Bishop", "other wholesalers were likely to follow", None),
        (I, "Mark Bishop", "margins on generic medicines had fallen for three consecutive years", None),
        (D, "Mark Bishop", "Medivance is simply the first to say out loud what everyone in distribution is thinking,",
            None),
        (P, "Medivance driver", "half-empty for years", None),
        (I, "DHSC spokesperson", "wholesale arrangements were a commercial matter between pharmacies and their "
            "suppliers", None),
        (P, "DHSC spokesperson", "without undue delay", None),
    ],
    "actors": [
        actor("Medivance Distribution", "organisation", title="pharmaceutical wholesaler",
              aliases=["Medivance Distribution", "Medivance", "Wholesaler"], stance=1),
        actor("Graham Hurst", "person", title="managing director", affiliation="Medivance Distribution",
              aliases=["Graham Hurst", "Hurst"], stance=1),
        actor("Amara Okafor", "person", title="pharmacy owner", affiliation="North Yorkshire Dales",
              aliases=["Amara Okafor", "Okafor"], stance=-1),
        actor("National Pharmacy Association", "organisation", title="pharmacy trade body",
              aliases=["National Pharmacy Association", "NPA"], stance=-1),
        actor("Harpreet Dhillon", "person", title="chair", affiliation="National Pharmacy Association",
              aliases=["Harpreet Dhillon", "Dhillon"], stance=-1),
        actor("Community Pharmacy England", "organisation", title="pharmacy negotiating body",
              aliases=["Community Pharmacy England"], stance=-1),
        actor("Mark Bishop", "person", title="wholesale analyst", affiliation="Linden Insight",
              aliases=["Mark Bishop", "Bishop"], stance=0),
        actor("Medivance driver", "person", title="delivery driver (anonymous)", affiliation="Medivance Distribution",
              aliases=["Medivance driver"], stance=1),
        actor("DHSC spokesperson", "person", title="spokesperson",
              affiliation="Department of Health and Social Care", aliases=["DHSC spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Honi Soit (University of Sydney ends 24-hour library opening), curly quotes, Australian slang.
ARTICLES[f"{BATCH}/usyd-library-hours-cut-honi.gold.json"] = {
    "article": f"{BATCH}/usyd-library-hours-cut-honi.txt",
    "target": "University of Sydney",
    "quotes": [
        (P, "Students' Representative Council", "behind closed doors", "SRC says"),
        (I, "University spokesperson", "the decision followed a review of usage data, which found that fewer than 200 "
            "students used Fisher after midnight on an average night", None),
        (D, "University spokesperson", "The University is committed to providing safe, high-quality study spaces, and "
            "we are redirecting resources to where students actually use them,", None),
        (I, "University spokesperson", "the savings, estimated in the memo at $1.4 million a year, would fund extra "
            "staff at the library's help desks during the day", None),
        (P, "Lachlan Mah", "behind closed doors", "made the call"),
        (D, "Lachlan Mah", "Two hundred students a night is not a small number. That's two hundred people who work "
            "during the day, who care for someone, or who can't study at home,", None),
        (D, "Lachlan Mah", "Management keeps saying the student experience is its priority. This is what that "
            "priority looks like.", None),
        (I, "Lachlan Mah", "the SRC would hold a snap general meeting next week", None),
        (S, None, "Fisher After Dark", None),
        (I, "Annabel Thorne", "the University had consulted the Library's user committee, which includes student "
            "representatives", None),
        (P, "Kwame Asante", "as a done deal", None),
        (D, "Kwame Asante", "There was no consultation. There was a slideshow,", None),
        (I, "National Tertiary Education Union", "it was concerned about the impact on security staff, several of "
            "whom work the library's night shifts", None),
        (I, "Ruth Hazelwood", "staff had been given no information about whether their shifts would be cut", None),
        (P, "library staff member", "from students on Instagram", None),
        (D, "Mei Lin Cheong", "I work at Woolies until ten. This is the only time I have. Where am I supposed to go, "
            "Maccas?", None),
    ],
    "actors": [
        actor("Students' Representative Council", "organisation", title="student union",
              affiliation="University of Sydney", aliases=["Students' Representative Council", "SRC"], stance=-1),
        actor("University spokesperson", "person", title="spokesperson", affiliation="University of Sydney",
              aliases=["University spokesperson"], stance=1),
        actor("Lachlan Mah", "person", title="SRC president", affiliation="Students' Representative Council",
              aliases=["Lachlan Mah", "Mah"], stance=-1),
        actor("Annabel Thorne", "person", title="Provost", affiliation="University of Sydney",
              aliases=["Annabel Thorne", "Thorne", "Provost"], stance=1),
        actor("Kwame Asante", "person", title="postgraduate student, library user committee member",
              affiliation="University of Sydney", aliases=["Kwame Asante", "Asante"], stance=-1),
        actor("National Tertiary Education Union", "organisation", title="staff union (University of Sydney branch)",
              aliases=["National Tertiary Education Union", "NTEU"], stance=-1),
        actor("Ruth Hazelwood", "person", title="branch president", affiliation="National Tertiary Education Union",
              aliases=["Ruth Hazelwood", "Hazelwood"], stance=-1),
        actor("library staff member", "person", title="library staff (anonymous)", affiliation="University of Sydney",
              aliases=["library staff member"], stance=-1),
        actor("Mei Lin Cheong", "person", title="nursing student", affiliation="University of Sydney",
              aliases=["Mei Lin Cheong", "Cheong"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
