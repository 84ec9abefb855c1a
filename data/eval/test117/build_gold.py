"""Build the test117 gold files (data/eval/test117/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test117/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test117.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test117"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. EFE (Nicaragua approves a second Russian satellite ground station), target Russia.
ARTICLES[f"{BATCH}/nicaragua-roscosmos-ground-station.gold.json"] = {
    "article": f"{BATCH}/nicaragua-roscosmos-ground-station.txt",
    "target": "Russia",
    "quotes": [
        (P, "United States", "a growing security concern for the region.", None),
        (P, "Marlon Úbeda", "exclusively peaceful and scientific purposes,", None),
        (D, "Marlon Úbeda", "Nicaragua is a sovereign country and we choose our partners. Nobody in Washington asked "
            "our permission to put their radars in Honduras or in Costa Rica,", None),
        (P, "Arlen Castellón", "not one cent", None),
        (I, "Arlen Castellón", "the agreement included training for Nicaraguan engineers", None),
        (P, "Yevgeny Larin", "the brotherly ties between our peoples.", None),
        (D, "Yevgeny Larin", "Russia has never used space against anyone. This station will help Nicaragua predict "
            "hurricanes, not wage wars,", None),
        (I, "Roscosmos", "The first station, which has operated since 2017 at a site south of the capital, forms part "
            "of Russia's GLONASS satellite navigation system", None),
        (P, "State Department spokesperson", "closely monitoring", None),
        (P, "State Department spokesperson", "could be used for signals intelligence against the United States and its "
            "partners.", None),
        (D, "State Department spokesperson", "We have raised our concerns directly with the Nicaraguan authorities,",
            None),
        (P, "Ligia Argüello", "another step in handing over our territory to a foreign power.", None),
        (D, "Ligia Argüello", "They call it science. But nobody has been allowed inside the first station, not even the "
            "local mayor,", None),
        (I, "Rodrigo Fonseca", "the station's technical capabilities were unclear but that its location mattered more "
            "than its equipment", None),
        (D, "Rodrigo Fonseca", "From Mateare you cover the Panama Canal, the Caribbean and a large part of the Pacific "
            "coast. That is not a coincidence,", None),
        (I, "Rodrigo Fonseca", "Russia also maintains cooperation agreements on security with Nicaragua, including a "
            "training center for police officers that opened in Managua in 2013", None),
    ],
    "actors": [
        actor("United States", "country", aliases=["United States", "Washington"], stance=-1),
        actor("Marlon Úbeda", "person", title="head of the foreign affairs committee, Sandinista deputy",
              affiliation="National Assembly (Nicaragua)", aliases=["Marlon Úbeda", "Úbeda"], stance=1),
        actor("Arlen Castellón", "person", title="Deputy Foreign Minister", affiliation="Nicaragua",
              aliases=["Arlen Castellón", "Castellón"], stance=1),
        actor("Yevgeny Larin", "person", title="Russian ambassador in Managua", affiliation="Russia",
              aliases=["Yevgeny Larin", "Larin"], stance=1),
        actor("Roscosmos", "organisation", title="space agency", affiliation="Russia", aliases=["Roscosmos"],
              stance=0),
        actor("State Department spokesperson", "person", title="spokesperson", affiliation="US State Department",
              aliases=["State Department spokesperson"], stance=-1),
        actor("Ligia Argüello", "person", title="exiled opposition politician", aliases=["Ligia Argüello", "Argüello"],
              stance=-1),
        actor("Rodrigo Fonseca", "person", title="security analyst", affiliation="University of Costa Rica",
              aliases=["Rodrigo Fonseca", "Fonseca"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Retail Dive (a department store chain closes 23 stores), target Hollis & Grant.
ARTICLES[f"{BATCH}/hollis-grant-store-closures.gold.json"] = {
    "article": f"{BATCH}/hollis-grant-store-closures.txt",
    "target": "Hollis & Grant",
    "quotes": [
        (I, "Hollis & Grant", "Hollis & Grant will close 23 of its 141 department stores by the end of April",
            "- Hollis & Grant will close"),
        (I, "Hollis & Grant", "Comparable sales fell 6.4% in the quarter ended Nov. 1, and net loss widened to $48 "
            "million from $19 million a year earlier", None),
        (P, "Dana Whitlock", "painful but necessary", None),
        (I, "Dana Whitlock", "the remaining fleet would get more investment in beauty, home and private-label apparel",
            None),
        (D, "Dana Whitlock", "We have stores that were built for a shopping pattern that no longer exists. Keeping them "
            "open would mean starving the stores that do have a future,", None),
        (D, "Dana Whitlock", "I'm not going to rule anything in or out. What I will say is that this is the list we "
            "believe gets us to a healthy footprint.", None),
        (I, "Marcus Feld", "the closures would generate annual savings of about $85 million once complete, and that "
            "the company expected to record impairment charges of $60 million to $70 million in the fourth quarter",
            None),
        (I, "Hollis & Grant", "The company will leave the Omaha and Des Moines markets entirely", None),
        (I, "Priya Raman", "Hollis & Grant has struggled to hold on to middle-income shoppers who have shifted spending "
            "to off-price chains and online marketplaces", None),
        (D, "Priya Raman", "Their problem isn't the number of stores. It's that nobody can tell you what Hollis & Grant "
            "stands for anymore,", None),
        (D, "Priya Raman", "Closing stores buys time. It doesn't buy a reason to shop there.", None),
        (I, "Retail, Wholesale and Department Store Union", "it had not been consulted", None),
        (P, "Retail, Wholesale and Department Store Union", "fight for every job and every dollar of severance.", None),
        (P, "A Hollis & Grant spokesperson", "wherever possible", None),
        (I, "A Hollis & Grant spokesperson", "severance would be paid in line with company policy", None),
        (S, None, "right-sizing", None),
    ],
    "actors": [
        actor("Hollis & Grant", "organisation", title="department store chain", aliases=["Hollis & Grant"], stance=1),
        actor("Dana Whitlock", "person", title="CEO", affiliation="Hollis & Grant",
              aliases=["Dana Whitlock", "Whitlock"], stance=1),
        actor("Marcus Feld", "person", title="CFO", affiliation="Hollis & Grant", aliases=["Marcus Feld", "Feld"],
              stance=1),
        actor("Priya Raman", "person", title="retail analyst", affiliation="Coresight Research",
              aliases=["Priya Raman", "Raman"], stance=-1),
        actor("Retail, Wholesale and Department Store Union", "organisation", title="union",
              aliases=["Retail, Wholesale and Department Store Union"], stance=-1),
        actor("A Hollis & Grant spokesperson", "person", title="spokesperson", affiliation="Hollis & Grant",
              aliases=["A Hollis & Grant spokesperson"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The RiotACT (the national film archive shuts its cinema for two years), target the NFSA.
ARTICLES[f"{BATCH}/nfsa-arc-cinema-closure.gold.json"] = {
    "article": f"{BATCH}/nfsa-arc-cinema-closure.txt",
    "target": "National Film and Sound Archive",
    "quotes": [
        (I, "National Film and Sound Archive", "the closure was needed to replace the cinema's ageing air-conditioning "
            "and fire systems, and to install new equipment for screening nitrate film, one of only a handful of "
            "venues in the world able to do so safely", None),
        (D, "Helen Pascoe", "This is the most significant investment in the building since it became home to the "
            "archive in 1984,", None),
        (D, "Helen Pascoe", "We know two years is a long time for our audiences. But if we don't do this work now, we "
            "risk not being able to show films here at all.", None),
        (P, "Helen Pascoe", "pop-up", None),
        (I, "Helen Pascoe", "members would be offered discounted rates", None),
        (I, "Sam Nguyen", "the timing could not have been worse, with the festival due to mark its 30th year in 2027",
            None),
        (D, "Sam Nguyen", "We found out from a media release. Nobody from the NFSA picked up the phone,", None),
        (D, "Sam Nguyen", "We've been partners with the Arc for decades, and we're now scrambling to find a venue that "
            "can seat 250 people and project 35mm.", None),
        (I, "Sam Nguyen", "the festival had asked the NFSA to delay the start of works until after November", None),
        (P, "Sam Nguyen", "completely reasonable.", None),
        (I, "NFSA spokesperson", "the construction contract had already been signed", None),
        (P, "NFSA spokesperson", "significant cost", None),
        (I, "Rhiannon Keys", "the ACT Government would help the festival find an alternative venue", None),
        (P, "Rhiannon Keys", "a national institution in every sense.", None),
        (I, "Margaret Tully", "she had been going to Friday night screenings since the 1990s", None),
        (D, "Margaret Tully", "It's an old building. Things wear out. I'd rather they close it for two years than lose "
            "it for good,", None),
        (P, "Phil", "believe the two years when I see it.", None),
        (I, "National Film and Sound Archive", "the Arc screened more than 600 sessions to about 48,000 people in the "
            "2025-26 financial year", None),
    ],
    "actors": [
        actor("National Film and Sound Archive", "organisation", title="national archive",
              aliases=["National Film and Sound Archive", "NFSA"], stance=1),
        actor("Helen Pascoe", "person", title="chief executive", affiliation="National Film and Sound Archive",
              aliases=["Helen Pascoe", "Pascoe"], stance=1),
        actor("Sam Nguyen", "person", title="festival director", affiliation="Canberra International Film Festival",
              aliases=["Sam Nguyen", "Nguyen"], stance=-1),
        actor("NFSA spokesperson", "person", title="spokesperson", affiliation="National Film and Sound Archive",
              aliases=["NFSA spokesperson"], stance=1),
        actor("Rhiannon Keys", "person", title="ACT Arts Minister", affiliation="ACT Government",
              aliases=["Rhiannon Keys", "Keys"], stance=0),
        actor("Margaret Tully", "person", title="Arc regular", aliases=["Margaret Tully", "Tully"], stance=1),
        actor("Phil", "person", title="Arc regular (first name only)", aliases=["Phil"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sunderland Echo (a head coach under pressure after a heavy home defeat), target Henrik Valdemarsson.
ARTICLES[f"{BATCH}/sunderland-valdemarsson-brentford-defeat.gold.json"] = {
    "article": f"{BATCH}/sunderland-valdemarsson-brentford-defeat.txt",
    "target": "Henrik Valdemarsson",
    "quotes": [
        (P, "Henrik Valdemarsson", "the right man", "insists he is"),
        (I, "Henrik Valdemarsson", "he understood the supporters' anger but did not believe his position was under "
            "threat", None),
        (D, "Henrik Valdemarsson", "I am the right man for this job. I believed that when I came here and I believe it "
            "even more today, because I can see what this group can become,", None),
        (D, "Henrik Valdemarsson", "The fans have every right to be angry. That second half was not Sunderland. It was "
            "not acceptable, and I take responsibility for that.", None),
        (D, "Henrik Valdemarsson", "Not yet. But I speak with them every week, and I don't expect tonight to be "
            "different.", None),
        (P, "Ellis Monroe", "fully committed", None),
        (P, "Ellis Monroe", "knee-jerk decisions.", None),
        (I, "Jamie Lightfoot", "the players had let the head coach down", None),
        (D, "Jamie Lightfoot", "It's on us. The gaffer's set us up right all week, and we've gone out and not done the "
            "basics,", None),
        (D, "Jamie Lightfoot", "Nobody in that dressing room is pointing fingers at him.", None),
        (I, "Paul Dobson", "fans had been patient", None),
        (P, "Paul Dobson", "the worst I've seen in years.", None),
        (D, "Paul Dobson", "People aren't booing because we lost to a good side. They're booing because there's no "
            "plan B,", None),
        (P, "Tomasz Wiśniewski", "a good team having a difficult moment.", None),
        (I, "sources close to the club", "Valdemarsson's future had not been on the agenda", None),
    ],
    "actors": [
        actor("Henrik Valdemarsson", "person", title="head coach", affiliation="Sunderland",
              aliases=["Henrik Valdemarsson", "Valdemarsson"], stance=1),
        actor("Ellis Monroe", "person", title="sporting director", affiliation="Sunderland",
              aliases=["Ellis Monroe", "Monroe"], stance=1),
        actor("Jamie Lightfoot", "person", title="captain", affiliation="Sunderland",
              aliases=["Jamie Lightfoot", "Lightfoot"], stance=1),
        actor("Paul Dobson", "person", title="chair", affiliation="Sunderland Supporters' Network",
              aliases=["Paul Dobson", "Dobson"], stance=-1),
        actor("Tomasz Wiśniewski", "person", title="assistant coach", affiliation="Brentford",
              aliases=["Tomasz Wiśniewski", "Wiśniewski"], stance=None),
        actor("sources close to the club", "group", title="anonymous sources", affiliation="Sunderland",
              aliases=["sources close to the club"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
