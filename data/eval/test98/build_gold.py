"""Build the test98 gold files (data/eval/test98/*.gold.json) from the annotation specs below.

Held out, like ../test/: do not read while tuning the extractor.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test98/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test98.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test98"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Alaska Public Media (Russia suspends visa-free family visits across the Bering Strait), headline
#    without speech, "By ..., Alaska Public Media - Anchorage" and date lines, curly “ ” and ’, US
#    punctuation inside closing marks, "Iñupiat". Lede content before "the Russian Foreign Ministry said
#    Thursday"; "the ministry said the suspension was a response to “...” by the United States" (partial
#    only), "It said A"; scare "often called the “visa-free regime,”" (comma inside); embassy
#    spokesperson "told Alaska Public Media by email that Moscow “...” between ..., and that the program
#    could be restored “...”" (two partials); elder named after the first stretch ("said Elsie Apangalook,
#    71"), then a second stretch, "Apangalook said A"; Kawerak "called the decision “...” and said B"
#    (partial plus indirect); State Department spokesperson "said the United States “...” Russia’s
#    decision, which he said “...”" (two partials); academic "said A", "Kiefer said"; regional government
#    "said in a statement that A, and that it was “...” with ..." (indirect plus partial); legislator "said
#    she would introduce a resolution ... urging both governments ..." (one span: the resolution's aim is
#    part of what she said), "she said"; content before "according to Kawerak".
ARTICLES[f"{BATCH}/russia-suspends-bering-strait-visa-free-visits.gold.json"] = {
    "article": f"{BATCH}/russia-suspends-bering-strait-visa-free-visits.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Foreign Ministry", "Russia has suspended a decades-old arrangement that allowed Indigenous "
            "residents of Alaska and Chukotka to visit relatives across the Bering Strait without visas", None),
        (P, "Russian Foreign Ministry", "unfriendly actions", None),
        (I, "Russian Foreign Ministry", "Russian citizens already in Alaska under the program could return home as "
            "planned", None),
        (S, None, "visa-free regime,", None),
        (P, "spokesperson for Russia’s embassy in Washington", "values the historic ties", None),
        (P, "spokesperson for Russia’s embassy in Washington", "once normal conditions return.", None),
        (D, "Elsie Apangalook", "My sister is 40 miles away. On a clear day I can see the mountains where she lives,",
            None),
        (D, "Elsie Apangalook", "I don’t understand why they would do this to old people. Now I don’t know if I will "
            "see her again.", None),
        (I, "Elsie Apangalook", "she last visited Chukotka in 2019, before the pandemic halted the trips", None),
        (P, "Kawerak Inc.", "heartbreaking", None),
        (I, "Kawerak Inc.", "it had asked the State Department to raise the issue with Moscow", None),
        (P, "State Department spokesperson", "regrets", None),
        (P, "State Department spokesperson", "punishes families for the Kremlin’s own choices.", None),
        (I, "Jonathan Kiefer", "the program had survived earlier crises, including the 2014 annexation of Crimea",
            None),
        (D, "Jonathan Kiefer", "It was one of the last people-to-people links left. Moscow knows it matters a great deal "
            "to a few hundred people here and almost nothing to Washington, so it costs them very little,", None),
        (I, "Chukotka’s regional government", "residents would still be able to keep in touch with relatives in "
            "Alaska by phone and internet", None),
        (P, "Chukotka’s regional government", "ready to help", None),
        (I, "Carla Ivanoff", "she would introduce a resolution in January urging both governments to bring the program "
            "back", None),
        (D, "Carla Ivanoff", "This isn’t about politics for our people. It’s about family. Russia should reverse this,",
            None),
        (I, "Kawerak Inc.", "Fewer than 200 people a year used the program before it was paused during the pandemic",
            None),
    ],
    "actors": [
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry", "the ministry"], stance=1),
        actor("spokesperson for Russia’s embassy in Washington", "person", title="embassy spokesperson",
              affiliation="Russia", aliases=["spokesperson for Russia’s embassy in Washington"], stance=1),
        actor("Elsie Apangalook", "person", title="Gambell resident, 71", aliases=["Elsie Apangalook", "Apangalook"],
              stance=-1),
        actor("Kawerak Inc.", "organisation", title="Nome-based regional nonprofit", aliases=["Kawerak Inc.", "Kawerak"],
              stance=-1),
        actor("State Department spokesperson", "person", title="spokesperson", affiliation="U.S. State Department",
              aliases=["State Department spokesperson"], stance=-1),
        actor("Jonathan Kiefer", "person", title="Russian Arctic policy scholar",
              affiliation="University of Alaska Fairbanks", aliases=["Jonathan Kiefer", "Kiefer"], stance=0),
        actor("Chukotka’s regional government", "government", title="regional government", affiliation="Russia",
              aliases=["Chukotka’s regional government"], stance=1),
        actor("Carla Ivanoff", "person", title="State Rep.", affiliation="Alaska Legislature",
              aliases=["Carla Ivanoff", "Ivanoff"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Casper Star-Tribune (a coal company lays off 240 at a Gillette-area mine), headline without speech,
#    byline, "Star-Tribune staff writer" and "Dec 3, 2026 Updated Dec 4, 2026" lines, "GILLETTE —"
#    dateline, straight " and apostrophes, US punctuation inside closing marks. Lede content before "the
#    company said Wednesday, citing ..." (the participle with a noun object is an act); "The company said in
#    a statement it would offer ... and extend ..." (one span); CEO quote split by "... President and CEO
#    Wade Haskell said"; "Haskell said the company had "..." to find ..." (partial only), "He said A"; Q&A
#    "Asked ... whether ..., Haskell said: "...""; scare "coal cliff," (comma inside); commissioner "called
#    the layoffs "..." for the community" (partial), "Ketcham said"; anonymous truck driver "said A", "he
#    said"; governor's office "said in a statement that A"; mining association "said the layoffs were "..."
#    of ..." (partial only); conservation group "said A"; content before "according to the Wyoming State
#    Geological Survey".
ARTICLES[f"{BATCH}/antelope-draw-coal-layoffs-gillette.gold.json"] = {
    "article": f"{BATCH}/antelope-draw-coal-layoffs-gillette.txt",
    "target": "Antelope Draw Coal Co.",
    "quotes": [
        (I, "Antelope Draw Coal Co.", "Antelope Draw Coal Co. will lay off about 240 workers at its mine south of "
            "Gillette in February", None),
        (I, "Antelope Draw Coal Co.", "it would offer severance of two weeks' pay for every year of service and extend "
            "health coverage for laid-off workers through June", None),
        (D, "Wade Haskell", "These are our neighbors, and this is the hardest announcement I have made in 30 years in "
            "this business,", None),
        (D, "Wade Haskell", "But we can't mine coal nobody is buying.", None),
        (P, "Wade Haskell", "done everything we could", None),
        (I, "Wade Haskell", "the mine would keep producing about 18 million tons a year with its remaining crews", None),
        (D, "Wade Haskell", "I'm not going to stand here and promise anything. It depends on the market.", None),
        (S, None, "coal cliff,", None),
        (P, "Jeannie Ketcham", "a gut punch", None),
        (D, "Jeannie Ketcham", "Wade and his people have been straight with us from the start. This is the market, not "
            "the company,", None),
        (I, "haul truck driver", "workers had heard rumors for weeks", None),
        (D, "haul truck driver", "Everybody knew something was coming. They could have told us sooner,", None),
        (I, "governor's office", "the state would send its mobile workforce center to Gillette next week to help "
            "workers file for unemployment benefits and look for new jobs", None),
        (P, "Brandon Sheehy", "a direct result", None),
        (I, "Powder River Basin Resource Council", "the announcement was a reminder that the company must set aside "
            "enough money to fully reclaim the mine when it closes", None),
        (I, "Wyoming State Geological Survey", "Wyoming produced about 205 million tons of coal in 2025, down from more "
            "than 400 million tons at its peak in 2008", None),
    ],
    "actors": [
        actor("Antelope Draw Coal Co.", "organisation", title="coal company",
              aliases=["Antelope Draw Coal Co.", "Antelope Draw", "the company"], stance=1),
        actor("Wade Haskell", "person", title="President and CEO", affiliation="Antelope Draw Coal Co.",
              aliases=["Wade Haskell", "Haskell", "Wade"], stance=1),
        actor("Jeannie Ketcham", "person", title="Campbell County Commissioner", aliases=["Jeannie Ketcham", "Ketcham"],
              stance=1),
        actor("haul truck driver", "person", title="anonymous haul truck driver", affiliation="Antelope Draw Coal Co.",
              aliases=["haul truck driver"], stance=-1),
        actor("governor's office", "government", title="Wyoming governor's office", affiliation="Wyoming",
              aliases=["governor's office"], stance=None),
        actor("Brandon Sheehy", "person", title="Executive Director", affiliation="Wyoming Mining Association",
              aliases=["Brandon Sheehy", "Sheehy"], stance=None),
        actor("Powder River Basin Resource Council", "organisation", title="landowner and conservation group",
              aliases=["Powder River Basin Resource Council"], stance=-1),
        actor("Wyoming State Geological Survey", "government", title="state geological survey", affiliation="Wyoming",
              aliases=["Wyoming State Geological Survey"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Maui News (a Kihei restaurateur agrees to pay back wages), headline without speech, byline in
#    capitals with "Staff Writer", e-mail and date lines, straight " and apostrophes, US punctuation inside
#    closing marks, "15 percent". Lede content before "the U.S. Department of Labor said Thursday";
#    "According to the department, A, while B" (one span); director's quote with "... District Director
#    Lorna Kahale said in a news release", "She said A"; scare so-called "service charge"; owner "said [in a
#    statement] he had relied on "..." about ... and had "..." with investigators" (two partials, no
#    indirect), quote with "the statement said" (his statement: the owner); attorney "said A", "Ching
#    said"; former cook "said A", question-ending quote with "said Macaraeg, 44, ..."; union spokeswoman
#    "called Nakasone's practices "..."" (partial); anonymous server "said A and that B" (one span).
ARTICLES[f"{BATCH}/kihei-restaurateur-back-wages-nakasone.gold.json"] = {
    "article": f"{BATCH}/kihei-restaurateur-back-wages-nakasone.txt",
    "target": "Brandon Nakasone",
    "quotes": [
        (I, "U.S. Department of Labor", "The owner of three South Maui restaurants has agreed to pay $412,000 in back "
            "wages and damages to 57 workers after federal investigators found he failed to pay overtime and "
            "illegally kept a share of servers' tips", None),
        (I, "U.S. Department of Labor", "managers at the three businesses paid kitchen workers flat weekly salaries no "
            "matter how many hours they worked, while Nakasone took about 15 percent of pooled tips for himself",
            None),
        (D, "Lorna Kahale", "Tips belong to the workers who earn them. Not to the owner, and not to the business,",
            None),
        (I, "Lorna Kahale", "the department had also assessed $38,000 in civil penalties", None),
        (S, None, "service charge", None),
        (P, "Brandon Nakasone", "bad advice", None),
        (P, "Brandon Nakasone", "cooperated fully", None),
        (D, "Brandon Nakasone", "I'm sorry. These are people I've worked beside for years, and I should have known "
            "better,", None),
        (I, "Daniel Ching", "every affected worker would be paid within 60 days", None),
        (D, "Daniel Ching", "He is not running away from this. He's paying every dollar, and he's changed how the "
            "restaurants are run,", None),
        (I, "Rodel Macaraeg", "he regularly worked 60 hours a week for a salary of $900", None),
        (D, "Rodel Macaraeg", "We all knew it was wrong, but where else are you going to find work in Kihei that pays "
            "the rent?", None),
        (P, "spokeswoman for UNITE HERE Local 5", "wage theft, plain and simple.", None),
        (I, "One current server at Kai Grill", "Nakasone had apologized to staff in person and that things had "
            "improved since the investigation began", None),
    ],
    "actors": [
        actor("U.S. Department of Labor", "government", title="federal labor department", affiliation="United States",
              aliases=["U.S. Department of Labor", "the department"], stance=-1),
        actor("Lorna Kahale", "person", title="Wage and Hour Division District Director",
              affiliation="U.S. Department of Labor", aliases=["Lorna Kahale", "Kahale"], stance=-1),
        actor("Brandon Nakasone", "person", title="restaurant owner", aliases=["Brandon Nakasone", "Nakasone"],
              stance=0),
        actor("Daniel Ching", "person", title="attorney", aliases=["Daniel Ching", "Ching"], stance=1),
        actor("Rodel Macaraeg", "person", title="former line cook, 44", aliases=["Rodel Macaraeg", "Macaraeg"],
              stance=-1),
        actor("spokeswoman for UNITE HERE Local 5", "person", title="union spokeswoman",
              affiliation="UNITE HERE Local 5", aliases=["spokeswoman for UNITE HERE Local 5"], stance=-1),
        actor("One current server at Kai Grill", "person", title="anonymous server", affiliation="Kai Grill",
              aliases=["One current server at Kai Grill"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sault Star (Algoma University suspends intake in two programs and cuts jobs), headline and standfirst
#    without speech, "Author of the article:" and "Published ... • 3 minute read" lines, Postmedia's stray
#    "Article content" lines, curly “ ” and ’, US punctuation inside closing marks, "per cent". Lede content
#    before "the university said Wednesday"; "In a statement, the university said A" (with its participle
#    tail); president's quote with "president Lise Bertrand said", "Bertrand said A, and that B" (one span),
#    "She told The Sault Star A"; scare so-called “Brampton model”; faculty association "said A and
#    described the cuts as “...”" (indirect plus partial); association president's quote, then a quote-only
#    paragraph; student "said A", "he said"; councillor "said A and that B" (one span); ministry spokesperson
#    "said A"; "According to the university, A".
ARTICLES[f"{BATCH}/algoma-university-program-cuts.gold.json"] = {
    "article": f"{BATCH}/algoma-university-program-cuts.txt",
    "target": "Algoma University",
    "quotes": [
        (I, "Algoma University", "Algoma University will stop admitting new students to two of its business programs "
            "next fall and eliminate about 30 staff positions", None),
        (I, "Algoma University", "international enrolment at its Sault Ste. Marie and Brampton campuses had fallen by "
            "more than 40 per cent since Ottawa capped study permits in 2024, leaving a $14-million hole in its "
            "budget", None),
        (D, "Lise Bertrand", "We have protected our core programs and our commitment to Anishinaabe education. But we "
            "cannot pretend the university is the same size it was three years ago,", None),
        (I, "Lise Bertrand", "no faculty members would be laid off, and that most of the affected positions were in "
            "student recruitment and administration", None),
        (I, "Lise Bertrand", "the Brampton campus would remain open", None),
        (S, None, "Brampton model", None),
        (I, "Algoma University Faculty Association", "it had not been consulted", None),
        (P, "Algoma University Faculty Association", "short-sighted.", None),
        (D, "Marc Belisle", "You don’t fix a budget problem by making the university smaller and less attractive to "
            "the students who are still coming,", None),
        (D, "Marc Belisle", "Every program we close is a program the next generation of Sault students will have to "
            "leave town to take.", None),
        (I, "Jaskirat Sandhu", "he had been told his program would continue until he graduates", None),
        (D, "Jaskirat Sandhu", "But it feels like the university only cared about us when we were paying the big fees. "
            "A lot of my friends back home were planning to come here next year. Now they will go somewhere else,",
            None),
        (I, "Angela Caputo", "the university was one of the city’s largest employers and that council would ask for a "
            "meeting with its board of governors", None),
        (I, "spokesperson for Ontario’s Ministry of Colleges and Universities", "the province had given universities "
            "an additional $1.3 billion over three years to help them adjust", None),
        (I, "Algoma University", "about 2,100 students are enrolled across its three campuses this fall, down from "
            "more than 3,600 in 2023", None),
    ],
    "actors": [
        actor("Algoma University", "organisation", title="university",
              aliases=["Algoma University", "the university"], stance=1),
        actor("Lise Bertrand", "person", title="president", affiliation="Algoma University",
              aliases=["Lise Bertrand", "Bertrand"], stance=1),
        actor("Algoma University Faculty Association", "organisation", title="faculty association",
              aliases=["Algoma University Faculty Association"], stance=-1),
        actor("Marc Belisle", "person", title="association president",
              affiliation="Algoma University Faculty Association", aliases=["Marc Belisle", "Belisle"], stance=-1),
        actor("Jaskirat Sandhu", "person", title="second-year business student", aliases=["Jaskirat Sandhu", "Sandhu"],
              stance=-1),
        actor("Angela Caputo", "person", title="Ward 3 Coun.", affiliation="Sault Ste. Marie city council",
              aliases=["Angela Caputo", "Caputo"], stance=None),
        actor("spokesperson for Ontario’s Ministry of Colleges and Universities", "person",
              title="ministry spokesperson", affiliation="Ontario Ministry of Colleges and Universities",
              aliases=["spokesperson for Ontario’s Ministry of Colleges and Universities"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
