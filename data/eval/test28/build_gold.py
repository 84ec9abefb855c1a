"""Build the test28 gold files (data/eval/test28/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev91/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test28/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test28.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test28"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. LETA (Latvian news agency, English service) Baltic/Russia relations (Russia's Investigative Committee opens a case in
#    absentia against a Latvian mayor over a demolished Soviet monument), headline without speech, dateline
#    `Riga, December 8 (LETA) -` running into the lede, straight `"` and apostrophes, British punctuation outside the
#    closing mark in one fragment, American inside in others, Latvian diacritics (`Jānis`, `Kalniņš`, `Bērziņa`);
#    lede content before `, the committee said on its Telegram channel on Monday`; `The committee said Ozols was
#    suspected of "..." and "...", charges that ...` (two partials; the writer's apposition not annotated); mayor
#    `told LETA he had learned ...`, then `he said`; scare so-called `"war of monuments"`; `According to the Daugavpils
#    City Council, A`; Latvian MFA `said in a statement that the case was "..." and "..."` (two partials);
#    parliamentary secretary named after the quote, `told journalists in Riga`; `also condemned the move` (act, not
#    annotated); Russian MFA `said the demolition was part of a "..." ..., and that those responsible "..."` (two
#    partials); researcher in a preceding apposition `said A, but that B` (one span), `Bērziņa said`; vox pop named
#    after the quote with a long apposition.
ARTICLES[f"{BATCH}/russia-case-against-daugavpils-mayor.gold.json"] = {
    "article": f"{BATCH}/russia-case-against-daugavpils-mayor.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russia's Investigative Committee", "Russia's Investigative Committee has opened a criminal case in absentia "
            "against Daugavpils Mayor Jānis Ozols over the demolition of a Soviet war memorial in the city in October",
            None),
        (P, "Russia's Investigative Committee", "rehabilitation of Nazism", None),
        (P, "Russia's Investigative Committee", "desecration of symbols of Russia's military glory", None),
        (I, "Jānis Ozols", "he had learned about the case from journalists", None),
        (D, "Jānis Ozols", "I am not going to travel to Russia anytime soon, so I am not too worried. But the message is "
            "clear: they want every official in Latvia to be afraid,", None),
        (S, None, "war of monuments", None),
        (I, "Daugavpils City Council", "the demolition cost 48,000 euros and the granite slabs from the base have been "
            "placed in storage", None),
        (P, "Latvian Foreign Ministry", "legally void", None),
        (P, "Latvian Foreign Ministry", "another attempt by Russia to intimidate Latvian officials and extend its "
            "jurisdiction beyond its borders.", None),
        (D, "Andris Kalniņš", "Latvia is a sovereign state. Decisions about monuments on Latvian soil are made by Latvian "
            "institutions, and by no one else,", None),
        (P, "Russian Foreign Ministry", "campaign of historical revisionism", None),
        (P, "Russian Foreign Ministry", "will not escape accountability.", None),
        (I, "Kristīne Bērziņa", "such cases had little legal effect outside Russia, but that they could create problems "
            "for officials travelling to countries that cooperate closely with Moscow", None),
        (D, "Kristīne Bērziņa", "Nobody expects Ozols to be arrested in Riga. The danger is a holiday or a conference in "
            "a country that is friendly to the Kremlin and does not ask too many questions,", None),
        (D, "Valentīna Petrova", "It was part of the city for seventy years. Whether you liked it or not, people brought "
            "flowers there every May 9,", None),
    ],
    "actors": [
        actor("Russia's Investigative Committee", "government", affiliation="Russia",
              aliases=["Russia's Investigative Committee", "Investigative Committee", "the committee"], stance=1),
        actor("Jānis Ozols", "person", title="Mayor of Daugavpils", affiliation="Daugavpils",
              aliases=["Jānis Ozols", "Ozols"], stance=-1),
        actor("Daugavpils City Council", "government", affiliation="Daugavpils", aliases=["Daugavpils City Council"],
              stance=None),
        actor("Latvian Foreign Ministry", "government", affiliation="Latvia", aliases=["Latvian Foreign Ministry"],
              stance=-1),
        actor("Andris Kalniņš", "person", title="Foreign Ministry Parliamentary Secretary", affiliation="Latvia",
              aliases=["Andris Kalniņš", "Kalniņš"], stance=-1),
        actor("Russian Foreign Ministry", "government", affiliation="Russia", aliases=["Russian Foreign Ministry"],
              stance=1),
        actor("Kristīne Bērziņa", "person", title="researcher", affiliation="Latvian Institute of International Affairs",
              aliases=["Kristīne Bērziņa", "Bērziņa"], stance=0),
        actor("Valentīna Petrova", "person", title="retired teacher", affiliation="Daugavpils",
              aliases=["Valentīna Petrova", "Petrova"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. CamboJA News (Cambodian Journalists Alliance, English) provincial news (a governor defends moving the Kep Crab Market),
#    headline without quote marks (`defends`, `plead`), `By NAME` and `December 8, 2026` lines,
#    curly `“ ”` and `’`, British punctuation outside closing marks, `per cent`, `$4,000`, Khmer names (family name
#    first) shortened to the given name in later mentions (`Vannarith`, `Sreymom`, `Sophal`); lede `has defended a
#    plan ..., saying A` (participial cue; the act itself not annotated); content before `, according to a notice
#    issued by the provincial administration on December 5`; scare `“Kep Riviera”` master plan; `Speaking to
#    reporters on December 7, Vannarith said the new market would have ... and “...”, and that B` (partial plus
#    indirect); `he said`; `He added that A`; group `vendors at the market told CamboJA A and B` (one span); vendor
#    named after the quote with age and apposition, then `Sreymom said A`; anonymous vendor `said officials had warned
#    vendors that stalls ... would be “...”` (partial only); spokesman `denied that A, and said the deadline could be
#    extended “...” for ...` (indirect plus partial), `Sophal said`; ministry spokesman `said A`; NGO `said in a
#    statement that any relocation must be “...” and urged ...` (partial only; directive); closing `The governor said
#    A`.
ARTICLES[f"{BATCH}/kep-governor-defends-crab-market-move.gold.json"] = {
    "article": f"{BATCH}/kep-governor-defends-crab-market-move.txt",
    "target": "Sok Vannarith",
    "quotes": [
        (I, "Sok Vannarith", "the move is needed to ease traffic on the coast road and protect the shoreline", None),
        (I, "provincial administration", "Vendors, many of whom have sold crab and Kampot pepper at the market for "
            "decades, must leave their stalls by January 15", None),
        (S, None, "Kep Riviera", None),
        (P, "Sok Vannarith", "modern sanitation", None),
        (I, "Sok Vannarith", "vendors would be given stalls free of charge for the first two years", None),
        (D, "Sok Vannarith", "We are not chasing anyone away. We are building something better for them and for Kep,",
            None),
        (I, "Sok Vannarith", "the old market site would be turned into a public seaside park with free access for "
            "residents and visitors", None),
        (I, "vendors at the market", "they had not been consulted and feared losing the passing trade from tourists who "
            "stop on the coast road to eat", None),
        (D, "Chhorn Sreymom", "Tourists come here because they can see the sea and eat the crab straight from the boats. "
            "Who will drive two kilometres to a car park?", None),
        (I, "Chhorn Sreymom", "she had borrowed $4,000 from a microfinance institution last year to rebuild her stall "
            "after a storm, and still owed more than half of it", None),
        (P, "Another vendor", "cleared", None),
        (I, "Meas Sophal", "anyone would be forced out", None),
        (P, "Meas Sophal", "on a case-by-case basis", None),
        (D, "Meas Sophal", "The governor\u2019s door is open. Anyone with a problem can come and talk to us,", None),
        (I, "Nhem Sothea", "Kep had received 1.3 million domestic and 94,000 foreign visitors in the first ten months of "
            "the year, an increase of 11 per cent on the same period in 2025", None),
        (P, "Cambodian Center for Human Rights", "genuinely voluntary", None),
        (I, "Sok Vannarith", "construction of the new market was 80 per cent complete", None),
    ],
    "actors": [
        actor("Sok Vannarith", "person", title="Kep provincial governor", affiliation="Kep province",
              aliases=["Sok Vannarith", "Vannarith", "The governor"], stance=1),
        actor("provincial administration", "government", affiliation="Kep province",
              aliases=["provincial administration"], stance=0),
        actor("vendors at the market", "group", affiliation="Kep Crab Market", aliases=["vendors at the market"],
              stance=-1),
        actor("Chhorn Sreymom", "person", title="vendor", affiliation="Kep Crab Market",
              aliases=["Chhorn Sreymom", "Sreymom"], stance=-1),
        actor("Another vendor", "person", title="vendor", affiliation="Kep Crab Market", aliases=["Another vendor"],
              stance=-1),
        actor("Meas Sophal", "person", title="Provincial administration spokesman", affiliation="Kep province",
              aliases=["Meas Sophal", "Sophal"], stance=1),
        actor("Nhem Sothea", "person", title="Tourism ministry spokesman", affiliation="Cambodia",
              aliases=["Nhem Sothea", "Sothea"], stance=None),
        actor("Cambodian Center for Human Rights", "organisation",
              aliases=["Cambodian Center for Human Rights", "CCHR"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Inside Higher Ed (US higher education trade press) (a regional public university eliminates 23 majors), Title
#    Case headline and a two-sentence dek with `says` and `Faculty say` (no quote marks; not annotated), `By NAME`
#    and date lines, curly `“ ”` and `’`, American punctuation inside closing marks, `percent`, en dash in `2027–28`
#    and `7–2`; lede content before `, the university announced Friday`; content before `, the university said in a
#    news release`; provost `said in an interview with Inside Higher Ed that the university had “...”` (partial
#    only), `Okafor said`; `He said A, and that B` (one span); Faculty Senate `passed a resolution of no confidence in
#    the administration’s “...” on Thursday, arguing that A` (scare plus indirect; the vote itself not annotated);
#    quote split by `said NAME, a professor of philosophy and chair of the Faculty Senate` (speaker after the verb);
#    `Lindqvist said A`; AAUP chapter `called the layoffs “...” and said it was considering legal action` (partial plus
#    indirect); student in an apposition `said A because B`, then `he said`; board spokesperson `said in an email that
#    the board had reviewed ... “...,” and that B` (partial plus indirect); `According to a tally kept by higher
#    education consultant NAME, A`, then `Albright said`.
ARTICLES[f"{BATCH}/western-plains-state-cuts-majors.gold.json"] = {
    "article": f"{BATCH}/western-plains-state-cuts-majors.txt",
    "target": "Western Plains State University",
    "quotes": [
        (I, "Western Plains State University", "Western Plains State University will eliminate 23 undergraduate majors and "
            "lay off as many as 41 faculty members by the end of the 2027\u201328 academic year", None),
        (I, "Western Plains State University", "Students currently enrolled in those programs will be allowed to finish "
            "their degrees", None),
        (P, "Daniel Okafor", "run out of easy options.", None),
        (D, "Daniel Okafor", "We have frozen hiring, we have cut administrative positions, we have consolidated colleges. "
            "What is left is the academic core, and we cannot protect every program at the level we did when we had "
            "2,000 more students,", None),
        (I, "Daniel Okafor", "the programs being cut had graduated, on average, fewer than six students a year over the "
            "past five years, and that many of their courses would continue to be offered as part of the general "
            "education curriculum", None),
        (S, None, "academic portfolio review", None),
        (I, "Faculty Senate", "faculty had been given less than three weeks to respond to the recommendations", None),
        (D, "Rebecca Lindqvist", "Nobody is pretending the budget is fine,", None),
        (D, "Rebecca Lindqvist", "But you do not decide the future of a university in the middle of final exams and then "
            "call it shared governance.", None),
        (I, "Rebecca Lindqvist", "the philosophy department had taught more than 1,100 students last year, most of them in "
            "required ethics courses", None),
        (P, "American Association of University Professors", "a violation of tenure in all but name", None),
        (I, "American Association of University Professors", "it was considering legal action", None),
        (I, "Jordan Whitfield", "he had chosen Western Plains because it was close to home and affordable", None),
        (D, "Jordan Whitfield", "Now I am being told I can finish, but there will be no new students and probably no one "
            "left to teach the upper-level labs,", None),
        (P, "spokesperson for the Board of Regents", "in detail,", None),
        (I, "spokesperson for the Board of Regents", "the cuts were necessary to keep the institution open", None),
        (I, "Marcus Albright", "at least 46 public regional universities have announced program eliminations in the past "
            "two years", None),
        (D, "Marcus Albright", "The demographic cliff is no longer a forecast. It is here, and it hits rural regional "
            "publics first,", None),
    ],
    "actors": [
        actor("Western Plains State University", "organisation", title="regional public university",
              affiliation="Kansas", aliases=["Western Plains State University", "Western Plains", "the university"],
              stance=1),
        actor("Daniel Okafor", "person", title="Provost", affiliation="Western Plains State University",
              aliases=["Daniel Okafor", "Okafor"], stance=1),
        actor("Faculty Senate", "group", affiliation="Western Plains State University", aliases=["Faculty Senate"],
              stance=-1),
        actor("Rebecca Lindqvist", "person", title="professor of philosophy and chair of the Faculty Senate",
              affiliation="Western Plains State University", aliases=["Rebecca Lindqvist", "Lindqvist"], stance=-1),
        actor("American Association of University Professors", "organisation",
              title="campus chapter", affiliation="Western Plains State University",
              aliases=["American Association of University Professors"], stance=-1),
        actor("Jordan Whitfield", "person", title="junior physics major", affiliation="Western Plains State University",
              aliases=["Jordan Whitfield", "Whitfield"], stance=-1),
        actor("spokesperson for the Board of Regents", "person", affiliation="Kansas Board of Regents",
              aliases=["spokesperson for the Board of Regents"], stance=1),
        actor("Marcus Albright", "person", title="higher education consultant", aliases=["Marcus Albright", "Albright"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Undercurrent News (seafood trade press) (a US processor closes its Kodiak plant), headline without quote marks
#    (`cites`), standfirst without speech, author and `December 8, 2026 18:05 GMT` lines, straight `"` and
#    apostrophes, American punctuation, trade jargon (`A season`, `surimi`, `fillet block`, `trawl and pot vessels`);
#    lede content before `, the company told Undercurrent News on Monday`; `In a statement, the ... company said the
#    plant had lost money ... because of "..." labor, energy and freight costs, and that B` (partial plus indirect);
#    CEO's quote with `CEO NAME said in the statement`, then a quote-only paragraph (continuity); `declined to say
#    whether ...` (negated, not annotated); content before `, according to the company`; content before `, traders
#    told Undercurrent`; anonymous trader `said the closure was "..." to come ...` (partial only), then `the trader
#    said`; mayor `said A, and called it "..." for ...` (indirect plus partial), quote with `Kvasnikoff said` after a
#    `according to the Alaska Department of Revenue` paragraph; content before `, the company said,` followed by
#    `although several skippers told Undercurrent that A`; association director `said the closure reflected "..."
#    for ..., and that B` (partial plus indirect).
ARTICLES[f"{BATCH}/pacific-crest-closes-kodiak-plant.gold.json"] = {
    "article": f"{BATCH}/pacific-crest-closes-kodiak-plant.txt",
    "target": "Pacific Crest Seafoods",
    "quotes": [
        (I, "Pacific Crest Seafoods", "US processor Pacific Crest Seafoods will permanently close its shore-based plant in "
            "Kodiak, Alaska, at the end of the 2027 A season", None),
        (P, "Pacific Crest Seafoods", "structurally higher", None),
        (I, "Pacific Crest Seafoods", "pollock and cod volumes would be moved to its larger facility in Dutch Harbor",
            None),
        (D, "Gregory Haines", "This was a difficult decision, and not one we made quickly. Kodiak has been part of our "
            "company for more than 30 years,", None),
        (D, "Gregory Haines", "But the economics of running two plants in the Gulf and the Bering Sea at current prices "
            "simply do not work.", None),
        (I, "Pacific Crest Seafoods", "The plant employs around 180 seasonal workers at peak, most of them on contracts "
            "arranged through labor recruiters, as well as about 25 year-round staff", None),
        (I, "traders", "Pollock surimi and fillet block prices have fallen sharply in 2026 as Russian supply continued to "
            "flow into Asian and European markets", None),
        (P, "Seattle-based trader", "the first of several", None),
        (D, "Seattle-based trader", "Everybody is running the same math. The processors with the oldest plants and the "
            "highest costs will blink first,", None),
        (I, "Linda Kvasnikoff", "the city had learned of the closure only hours before it was made public", None),
        (P, "Linda Kvasnikoff", "a gut punch", None),
        (I, "Alaska Department of Revenue", "The city received about $3.1 million in raw fish tax revenue in fiscal 2026",
            None),
        (D, "Linda Kvasnikoff", "We have fishermen who have delivered to that plant for three generations. They are going "
            "to have to find somewhere else to sell, and there are fewer and fewer places,", None),
        (I, "Pacific Crest Seafoods", "Trawl and pot vessels that deliver to Pacific Crest in Kodiak will be offered "
            "contracts to deliver to Dutch Harbor", None),
        (I, "several skippers", "the longer run would make smaller boats uneconomic", None),
        (P, "Thomas Berg", "a much bigger problem", None),
        (I, "Thomas Berg", "federal purchases of pollock for food aid programs had not kept pace with rising costs", None),
    ],
    "actors": [
        actor("Pacific Crest Seafoods", "organisation", title="seafood processor", affiliation="Seattle",
              aliases=["Pacific Crest Seafoods", "Pacific Crest", "the company"], stance=1),
        actor("Gregory Haines", "person", title="CEO", affiliation="Pacific Crest Seafoods",
              aliases=["Gregory Haines", "Haines"], stance=1),
        actor("traders", "group", aliases=["traders"], stance=None),
        actor("Seattle-based trader", "person", title="trader", aliases=["Seattle-based trader", "the trader"],
              stance=0),
        actor("Linda Kvasnikoff", "person", title="Kodiak mayor", affiliation="City of Kodiak",
              aliases=["Linda Kvasnikoff", "Kvasnikoff"], stance=-1),
        actor("Alaska Department of Revenue", "government", affiliation="Alaska",
              aliases=["Alaska Department of Revenue"], stance=None),
        actor("several skippers", "group", aliases=["several skippers"], stance=-1),
        actor("Thomas Berg", "person", title="executive director", affiliation="At-Sea Processors Association",
              aliases=["Thomas Berg", "Berg"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
