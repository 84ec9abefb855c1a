"""Build the test52 gold files (data/eval/test52/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test52/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test52.  Standard library only.
HELD OUT, like ../test/: do not read while tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test52"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}


# ---------------------------------------------------------------------------------------------
# 1. News.az economy/diplomacy (Russia and Azerbaijan agree to double rail freight), headline without speech,
#    "04 Dec 2026 14:32 | Economy" line, straight " and apostrophes, British punctuation outside closing marks;
#    lede and second paragraph without cues; deputy PM "said A and that B" (one span), quote with "he said",
#    quote with "Gribov added"; Q&A "Asked by a reporter ..., the Russian deputy prime minister replied: "...""
#    (a title as alias); Azerbaijani deputy PM "said the corridor served A and "..."" (indirect plus partial),
#    quote with "Rzayev stressed"; scare so-called "pivot to the East"; RZD "said A"; content before
#    "according to Azerbaijan's State Customs Committee"; railway chairman "said A", quote with "told News.Az";
#    economist "told News.Az that the agreement was "..." but warned that B" (partial plus indirect), quote
#    with "she said"; anonymous diplomat "said the corridor risked becoming "..."" (partial only).
ARTICLES[f"{BATCH}/russia-azerbaijan-rail-freight.gold.json"] = {
    "article": f"{BATCH}/russia-azerbaijan-rail-freight.txt",
    "target": "Russia",
    "quotes": [
        (I, "Anatoly Gribov", "Russia was ready to invest in the modernisation of the Yalama-Samur border crossing and "
            "that Russian Railways would open a logistics office in Baku early next year", None),
        (D, "Anatoly Gribov", "Despite all the attempts to isolate Russia, our trade with friendly countries is growing. "
            "Azerbaijan is one of our most reliable partners in the South Caucasus,", None),
        (D, "Anatoly Gribov", "We do not see the corridor only as a railway. It is a new economic geography for all of "
            "Eurasia,", None),
        (D, "Anatoly Gribov", "Sanctions have only made us more inventive.", None),
        (I, "Elchin Rzayev", "the corridor served Azerbaijan's national interests", None),
        (P, "Elchin Rzayev", "is not directed against any third country", None),
        (D, "Elchin Rzayev", "Azerbaijan builds bridges, not walls. Our ports and railways are open to partners in the "
            "north, south, east and west,", None),
        (S, None, "pivot to the East", None),
        (I, "Russian Railways", "cargo shipments via Azerbaijan had grown by 31 percent in the first ten months of 2026",
            None),
        (I, "State Customs Committee", "Trade turnover between the two countries reached $4.1 billion in "
            "January-October", None),
        (I, "Tural Ismayilzade", "work to upgrade the 200-kilometre line from the Russian border to Astara would be "
            "completed by the end of 2027", None),
        (D, "Tural Ismayilzade", "Trains that take four days today will take two. For shippers, that is the difference "
            "between choosing our route and going around,", None),
        (P, "Nigar Gurbanova", "good news for transit revenues", None),
        (I, "Nigar Gurbanova", "Western sanctions on Russian Railways could scare off European shippers", None),
        (D, "Nigar Gurbanova", "Azerbaijan must be careful not to become a route for sanctioned goods. Our reputation in "
            "Europe is also an asset,", None),
        (P, "A European diplomat in Baku", "a back door for Moscow's war economy", None),
    ],
    "actors": [
        actor("Anatoly Gribov", "person", title="Russian Deputy Prime Minister", affiliation="Russia",
              aliases=["Anatoly Gribov", "Gribov", "Russian Deputy Prime Minister", "Russian deputy prime minister"],
              stance=1),
        actor("Elchin Rzayev", "person", title="Azerbaijani Deputy Prime Minister", affiliation="Azerbaijan",
              aliases=["Elchin Rzayev", "Rzayev"], stance=0),
        actor("Russian Railways", "organisation", title="state railway company", affiliation="Russia",
              aliases=["Russian Railways", "RZD"], stance=1),
        actor("State Customs Committee", "government", affiliation="Azerbaijan", aliases=["State Customs Committee"],
              stance=None),
        actor("Tural Ismayilzade", "person", title="chairman", affiliation="Azerbaijan Railways (ADY)",
              aliases=["Tural Ismayilzade", "Ismayilzade"], stance=None),
        actor("Nigar Gurbanova", "person", title="Baku-based economist", aliases=["Nigar Gurbanova", "Gurbanova"],
              stance=0),
        actor("A European diplomat in Baku", "person", title="anonymous diplomat", affiliation="European Union",
              aliases=["A European diplomat in Baku"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Manila Bulletin sport (the national basketball coach after a home rout), headline with a straight single
#    fragment "vows Gilas will 'bounce back'", "By ..." and "Published Dec 1, 2026 10:42 pm" lines, straight "
#    and apostrophes, Taglish quotes (Filipino and English inside one quote); content before "according to
#    FIBA's official statistics"; quote split by "Macaraeg said during the post-game press conference" whose
#    second stretch stays open at the end of its paragraph, then a closed paragraph; "The 49-year-old mentor
#    said A"; Q&A "Asked whether ..., Macaraeg replied: "...""; fans "calling for a change" (directive) and
#    scare much-loved "Puso" slogan; federation president "said the federation still had "..." in Macaraeg"
#    (partial only), quote with "Lacson told the Manila Bulletin"; anonymous source "said A"; captain "came to
#    his coach's defense" (act), quote with "Dela Cruz said"; former coach "said ... was "..." and too
#    dependent on ..." (partial only), quote with "Santos said"; senator "said A"; opposing coach "praised the
#    Filipinos ..., saying they had "..."" (partial).
ARTICLES[f"{BATCH}/gilas-coach-macaraeg-lebanon-loss.gold.json"] = {
    "article": f"{BATCH}/gilas-coach-macaraeg-lebanon-loss.txt",
    "target": "Rodel Macaraeg",
    "quotes": [
        (P, "Rodel Macaraeg", "bounce back", "Macaraeg takes blame"),
        (I, "FIBA", "Gilas committed 22 turnovers and shot just 5-of-29 from three-point range", None),
        (D, "Rodel Macaraeg", "Sa akin iyan. That's on me, not on the players,", None),
        (D, "Rodel Macaraeg", "I did not prepare them well enough for the pressure Lebanon put on the ball.", None),
        (D, "Rodel Macaraeg", "Hindi pa tapos ito. We will bounce back in February, I promise the fans that.", None),
        (I, "Rodel Macaraeg", "the team had held only three full practices together before the window because several "
            "players were still playing in the PBA Commissioner's Cup", None),
        (D, "Rodel Macaraeg", "That's not my call. If the SBP thinks somebody else can do better, I will respect that.",
            None),
        (S, None, "Puso", None),
        (P, "Enrique Lacson", "full confidence", None),
        (D, "Enrique Lacson", "One bad game does not erase what Coach Rodel has built over two years. We are not going "
            "to panic,", None),
        (I, "A source from the SBP", "the federation's board would nevertheless meet next week to review the team's "
            "preparation for the February games", None),
        (D, "Paolo Dela Cruz", "Coach gave us a game plan and we didn't execute. Walang sisihan. We lose together, we win "
            "together,", None),
        (P, "Boyet Santos", "outdated", None),
        (D, "Boyet Santos", "Everybody in Asia has scouted Gilas. They know exactly what we will run before we run it. "
            "You cannot keep doing the same thing and expect a different result,", None),
        (I, "Ramil Ocampo", "the coaching staff must be held accountable if the team failed to qualify for the Asia Cup "
            "in Saudi Arabia", None),
        (P, "Ghassan Sarkis", "made us suffer for 40 minutes", None),
    ],
    "actors": [
        actor("Rodel Macaraeg", "person", title="Gilas Pilipinas head coach", affiliation="Gilas Pilipinas",
              aliases=["Rodel Macaraeg", "Macaraeg", "Coach Rodel"], stance=1),
        actor("FIBA", "organisation", title="basketball federation", aliases=["FIBA"], stance=None),
        actor("Enrique Lacson", "person", title="president", affiliation="Samahang Basketbol ng Pilipinas (SBP)",
              aliases=["Enrique Lacson", "Lacson"], stance=1),
        actor("A source from the SBP", "person", title="anonymous source",
              affiliation="Samahang Basketbol ng Pilipinas (SBP)", aliases=["A source from the SBP"], stance=None),
        actor("Paolo Dela Cruz", "person", title="Team captain", affiliation="Gilas Pilipinas",
              aliases=["Paolo Dela Cruz", "Dela Cruz"], stance=1),
        actor("Boyet Santos", "person", title="former national team coach", aliases=["Boyet Santos", "Santos"],
              stance=-1),
        actor("Ramil Ocampo", "person", title="Senator, chair of the Senate committee on sports",
              affiliation="Senate of the Philippines", aliases=["Ramil Ocampo", "Ocampo", "Senator Ramil Ocampo"],
              stance=-1),
        actor("Ghassan Sarkis", "person", title="Lebanon head coach", affiliation="Lebanon",
              aliases=["Ghassan Sarkis", "Sarkis"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Chronicle of Philanthropy (a foundation ends operating grants to rural groups), headline and deck
#    without speech, byline and date lines, curly double quotes and curly apostrophes, US punctuation inside
#    closing marks; foundation "said in a statement ... would "..." and that B" (partial plus indirect);
#    president "said the board had concluded ... that ..." (one span), quote split by "Beckwith said in an
#    interview with the Chronicle"; Q&A "Asked whether ..., she said: "...""; "Not all grantees see it that
#    way" (not speech); food bank director "said A", quote split by "Oyelaran said" whose second stretch stays
#    open at the end of its paragraph, then a closed paragraph; anonymous former program officer "said staff
#    members had warned ... that ... would "..."" (partial only); content before "according to Candid"; scare
#    so-called "exit grants"; peer network "said abrupt exits ... "..."" (partial only); professor "said A but
#    that B" (one span), quote with "Han said"; "has not said" (negated), "Beckwith said A".
ARTICLES[f"{BATCH}/whitcombe-foundation-rural-grants.gold.json"] = {
    "article": f"{BATCH}/whitcombe-foundation-rural-grants.txt",
    "target": "Whitcombe Foundation",
    "quotes": [
        (P, "Whitcombe Foundation", "address the root causes of rural poverty rather than its symptoms", None),
        (I, "Whitcombe Foundation", "current grantees would receive one final year of funding at their existing levels",
            None),
        (I, "Lorraine Beckwith", "the board had concluded after an 18-month review that three decades of service grants "
            "had not changed poverty rates in the counties it serves", None),
        (D, "Lorraine Beckwith", "We have funded wonderful organizations doing heroic work,", None),
        (D, "Lorraine Beckwith", "But if we are honest, the lines at the food pantries are longer than they were when we "
            "started.", None),
        (D, "Lorraine Beckwith", "We talked with many of them during the review. In the end, this was a judgment the "
            "board had to make.", None),
        (I, "Darnell Oyelaran", "Whitcombe money accounted for nearly a third of his organization’s budget and paid the "
            "salaries of both its truck drivers", None),
        (D, "Darnell Oyelaran", "I found out from a two-paragraph email on a Friday afternoon. Twenty-two years of "
            "partnership, and nobody picked up the phone,", None),
        (D, "Darnell Oyelaran", "I don’t doubt that policy work matters.", None),
        (D, "Darnell Oyelaran", "But a family that needs groceries on Tuesday can’t eat a white paper.", None),
        (P, "A former Whitcombe program officer", "simply close their doors.", None),
        (I, "Candid", "Foundation giving to rural communities accounts for about 7 percent of total U.S. foundation "
            "grant dollars, though roughly 20 percent of Americans live in rural areas", None),
        (S, None, "exit grants", None),
        (P, "Trust-Based Philanthropy Project", "undermine years of relationship-building.", None),
        (I, "Seo-yeon Han", "funders had every right to change direction but that the way they leave matters as much as "
            "where they go", None),
        (D, "Seo-yeon Han", "Two years of notice is more than many foundations give. Still, a policy strategy built on "
            "the ruins of the local groups that know these communities best is a fragile strategy,", None),
        (I, "Lorraine Beckwith", "the first awards would be announced in the spring", None),
    ],
    "actors": [
        actor("Whitcombe Foundation", "organisation", title="private foundation", affiliation="Cincinnati",
              aliases=["Whitcombe Foundation", "Whitcombe", "foundation"], stance=1),
        actor("Lorraine Beckwith", "person", title="president", affiliation="Whitcombe Foundation",
              aliases=["Lorraine Beckwith", "Beckwith"], stance=1),
        actor("Darnell Oyelaran", "person", title="executive director", affiliation="Hocking Valley Food Bank",
              aliases=["Darnell Oyelaran", "Oyelaran"], stance=-1),
        actor("A former Whitcombe program officer", "person", title="anonymous former program officer",
              affiliation="Whitcombe Foundation", aliases=["A former Whitcombe program officer"], stance=-1),
        actor("Candid", "organisation", title="philanthropy data provider", aliases=["Candid"], stance=None),
        actor("Trust-Based Philanthropy Project", "organisation", title="peer network of funders",
              aliases=["Trust-Based Philanthropy Project"], stance=-1),
        actor("Seo-yeon Han", "person", title="researcher of foundation strategy",
              affiliation="Lilly Family School of Philanthropy, Indiana University", aliases=["Seo-yeon Han", "Han"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Offshore Engineer (the regulator halts a drilling contractor's rig after a gas leak), headline without
#    speech, "by ... | December 3, 2026" byline, straight " and apostrophes, US punctuation inside closing
#    marks; lede without a cue; regulator "said its investigation had identified "..." of ... and that B"
#    (partial plus indirect); content before "according to the regulator"; official's quote with "...,
#    Kjersti Lund, said in the notice"; CEO "said A" (two coordinated verb phrases, one span), quote with
#    "Solheim told Offshore Engineer", "He added that A"; company filing "said it expected ... "..."" (partial
#    only); scare "Zero Compromise" campaign; union official "said the leak came as "..." to ..." (partial
#    only), quote with "Bakke said"; anonymous crane operator "said crews had been pushed to "..."" (partial
#    only); client "said A"; analyst "said A but B" (one span), quote with "Dahl said".
ARTICLES[f"{BATCH}/nordkapp-drilling-gas-leak-havtil.gold.json"] = {
    "article": f"{BATCH}/nordkapp-drilling-gas-leak-havtil.txt",
    "target": "Nordkapp Drilling",
    "quotes": [
        (P, "Havtil", "serious breaches", None),
        (I, "Havtil", "the rig could not resume operations until Nordkapp had demonstrated that the deficiencies had been "
            "corrected", None),
        (I, "Havtil", "The leak, estimated at 0.9 kilograms per second, lasted around 14 minutes before it was isolated",
            None),
        (D, "Kjersti Lund", "This was a situation that could have developed into a major accident. The margins were far "
            "smaller than they should be on a modern installation,", None),
        (I, "Eirik Solheim", "the company accepted the findings and had already replaced a faulty valve assembly on the "
            "rig's blowout preventer", None),
        (D, "Eirik Solheim", "Safety is our license to operate. We will not restart until we, our client and the "
            "regulator are all satisfied,", None),
        (I, "Eirik Solheim", "the suspension would cost the Oslo-listed contractor about $310,000 a day in lost revenue",
            None),
        (P, "Nordkapp Drilling", "during the first quarter of 2027.", None),
        (S, None, "Zero Compromise", None),
        (P, "Hilde Bakke", "no surprise", None),
        (D, "Hilde Bakke", "Our people have been reporting problems with maintenance backlogs on the Tern since the "
            "spring. They were told the company was aware of it,", None),
        (P, "One crane operator on the rig", "cut corners to keep the rig on schedule.", None),
        (I, "Vestland Energi", "it was assessing the impact on its drilling schedule", None),
        (I, "Ingrid Dahl", "the suspension was unlikely to threaten the company's finances but could hurt its chances in "
            "a series of rig tenders expected next year", None),
        (D, "Ingrid Dahl", "Operators in Norway look very closely at safety records when they award contracts. This will "
            "be noticed,", None),
    ],
    "actors": [
        actor("Havtil", "government", title="offshore safety regulator", affiliation="Norway",
              aliases=["Havtil", "regulator"], stance=-1),
        actor("Kjersti Lund", "person", title="director of supervision", affiliation="Havtil",
              aliases=["Kjersti Lund", "Lund"], stance=-1),
        actor("Eirik Solheim", "person", title="CEO", affiliation="Nordkapp Drilling",
              aliases=["Eirik Solheim", "Solheim"], stance=1),
        actor("Nordkapp Drilling", "organisation", title="drilling contractor",
              aliases=["Nordkapp Drilling", "Nordkapp", "company"], stance=None),
        actor("Hilde Bakke", "person", title="head of health and safety", affiliation="Industri Energi",
              aliases=["Hilde Bakke", "Bakke"], stance=-1),
        actor("One crane operator on the rig", "person", title="anonymous crane operator",
              aliases=["One crane operator on the rig"], stance=-1),
        actor("Vestland Energi", "organisation", title="operator, the rig's client", aliases=["Vestland Energi"],
              stance=None),
        actor("Ingrid Dahl", "person", title="analyst", affiliation="Rystad Energy", aliases=["Ingrid Dahl", "Dahl"],
              stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
