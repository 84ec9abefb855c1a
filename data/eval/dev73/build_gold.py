"""Build the dev73 gold files (data/eval/dev73/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev72/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev73/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev73.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Korea Times diplomacy/maritime (Russia detains a Korean crab boat), headline without speech,
#    byline and "Posted : ... | Updated : ..." lines, straight " and apostrophes, American punctuation
#    inside closing marks, Korean names with surnames that are English words (Moon, Park). Lede content
#    before ", Seoul's foreign ministry said Thursday", then content before ", the ministry said"; FSB
#    "said in a statement that A, and that B" (one span), then "the statement said"; spokesperson "told a
#    regular briefing that A", "Moon said"; company "says A" (present tense); managing director "said A
#    and that the discrepancy ... was "..."" (indirect plus partial), quote before "Park told The Korea
#    Times by phone"; captain's wife ("gave only her surname, Jang") "said A", "she said" (her quote
#    reports her husband's words); embassy "said the detention was "..." that should not be "...",
#    adding that B" (two partials plus an indirect); scare so-called "gray" routes; researcher "said
#    Moscow had ... used such cases as "..." but that B" (partial plus indirect), "Choi said".
ARTICLES["data/eval/dev73/russia-detains-korean-crab-boat.gold.json"] = {
    "article": "data/eval/dev73/russia-detains-korean-crab-boat.txt",
    "target": "Russia",
    "quotes": [
        (I, "foreign ministry", "Russian border guards have detained a Korean-flagged fishing vessel and its 17 crew "
            "members in the Sea of Okhotsk on suspicion of illegally catching crab", None),
        (I, "foreign ministry", "The 339-ton Haesung No. 7, operated by Busan-based Haesung Fisheries, was escorted to "
            "the port of Magadan on Wednesday", None),
        (I, "Federal Security Service", "its border guards had found about 9 tons of snow crab on board, more than "
            "double the amount recorded in the ship's logbook, and that the vessel had been fishing outside its "
            "licensed area", None),
        (D, "Federal Security Service", "The violations are serious and well documented. The case will be handled "
            "strictly in accordance with Russian law,", None),
        (I, "Moon Ji-hye", "the government was providing consular assistance to the crew and had asked Russian "
            "authorities to guarantee their safety", None),
        (D, "Moon Ji-hye", "Our top priority is the safety of the crew. We are in close contact with the Russian side "
            "through our consulate general in Vladivostok,", None),
        (I, "Haesung Fisheries", "its crew did nothing wrong", None),
        (I, "Park Sung-ho", "the ship held a valid Russian quota for the 2026 season", None),
        (P, "Park Sung-ho", "a clerical error, not a crime.", None),
        (D, "Park Sung-ho", "Our captain has fished those waters for 20 years without a single problem. Why would he "
            "risk everything for a few tons of crab?", None),
        (I, "Jang", "she had last spoken to her husband on Monday", None),
        (D, "Jang", "He said the weather was bad and they were heading home early. That was the last I heard,", None),
        (P, "Russian Embassy in Seoul", "a routine law enforcement matter", None),
        (P, "Russian Embassy in Seoul", "politicized,", None),
        (I, "Russian Embassy in Seoul", "the crew were in good health and were receiving food and medical care", None),
        (S, None, "gray", None),
        (P, "Choi Yoon-seo", "bargaining chips", None),
        (I, "Choi Yoon-seo", "this one looked more like a genuine fisheries dispute", None),
        (D, "Choi Yoon-seo", "It is in neither side's interest to let this drag on. I expect a fine and the release "
            "of the crew within weeks,", None),
    ],
    "actors": [
        actor("foreign ministry", "government", title="South Korea's foreign ministry", affiliation="South Korea",
              aliases=["foreign ministry", "ministry"], stance=0),
        actor("Federal Security Service", "government", title="security service (border guards)",
              affiliation="Russia", aliases=["Federal Security Service", "FSB"], stance=1),
        actor("Moon Ji-hye", "person", title="Foreign ministry spokesperson", affiliation="South Korea",
              aliases=["Moon Ji-hye", "Moon"], stance=0),
        actor("Haesung Fisheries", "organisation", title="vessel operator", aliases=["Haesung Fisheries"], stance=-1),
        actor("Park Sung-ho", "person", title="managing director", affiliation="Haesung Fisheries",
              aliases=["Park Sung-ho", "Park"], stance=-1),
        actor("Jang", "person", title="the captain's wife", aliases=["Jang"], stance=None),
        actor("Russian Embassy in Seoul", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Seoul", "Russian Embassy"], stance=1),
        actor("Choi Yoon-seo", "person", title="senior researcher", affiliation="Korea Maritime Institute",
              aliases=["Choi Yoon-seo", "Choi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. L'Orient Today (Lebanon) migration/diplomacy (Cyprus returns a boat of migrants to Lebanon),
#    headline without speech, standfirst with reported speech but no quote marks ("Rights groups say
#    ..., while Nicosia insists ..."; not annotated, as headlines without marks), byline and
#    "03 December 2026 16:45" lines, "BEIRUT —" dateline, curly “ ” and ’, American punctuation inside
#    closing marks. Lede content before ", a Lebanese security source told L’Orient Today", then "The
#    source, who asked not to be named ..., said A and that B" (one span); ministry "said in a statement
#    that the returns had been carried out “...” signed with Lebanon in 2020, and that B" (partial plus
#    indirect); deputy minister "was blunter." then a quote with "he told the Cypriot state broadcaster
#    CyBC", "He said A"; scare so-called “assisted return” arrangement; Lebanese minister "said Lebanon
#    was “...” with Nicosia but that the country could not be expected to “...”" (two partials); UNHCR
#    "said it was “...” by reports ... and called on both countries to ..." (partial; directive not
#    annotated), content before ", according to the agency"; lawyer's quote before "said Layal Abou
#    Jaoude, a lawyer with ...", then a quote-only paragraph; returnee named by first name only
#    ("gave only his first name, Ahmad") "said A", "he said", "Ahmad, who left Homs in 2013, said A and
#    would B" (one span).
ARTICLES["data/eval/dev73/cyprus-returns-migrants-tripoli.gold.json"] = {
    "article": "data/eval/dev73/cyprus-returns-migrants-tripoli.txt",
    "target": "Cyprus",
    "quotes": [
        (I, "Lebanese security source", "Cypriot authorities returned 140 Syrian nationals to Lebanon on Tuesday, two "
            "days after intercepting their boat off the island\u2019s southeastern coast", None),
        (I, "Lebanese security source", "the migrants had been handed over to the Lebanese Army at the port of Tripoli "
            "and that several of them had needed medical treatment", None),
        (P, "Interior Ministry", "in full respect of human rights and in line with the bilateral agreement", None),
        (I, "Interior Ministry", "none of the passengers had applied for asylum", None),
        (D, "Andreas Christodoulides", "Cyprus is a small country on the front line. We cannot be the only door into "
            "Europe that is always open,", None),
        (I, "Andreas Christodoulides", "Cyprus had received more asylum applications per capita than any other EU "
            "member state last year", None),
        (S, None, "assisted return", None),
        (P, "Nabil Harb", "committed to cooperation", None),
        (P, "Nabil Harb", "carry the burden alone.", None),
        (P, "UNHCR", "concerned", None),
        (I, "UNHCR", "More than 2,000 people have tried to reach Cyprus from Lebanon by sea since January", None),
        (D, "Layal Abou Jaoude", "These people were not given a chance to say a word. They were put on a boat and sent "
            "back to a country many of them had fled,", None),
        (D, "Layal Abou Jaoude", "What Cyprus is doing is a pushback, whatever name they give it. The European Union "
            "pays for it and looks the other way.", None),
        (I, "Ahmad", "Cypriot police had taken the passengers\u2019 phones", None),
        (D, "Ahmad", "They kept us on the boat for two days. Children were sick, and nobody told us anything,", None),
        (I, "Ahmad", "he had paid a smuggler $3,000 for the crossing and would probably try again", None),
    ],
    "actors": [
        actor("Lebanese security source", "person", title="anonymous security source", affiliation="Lebanon",
              aliases=["Lebanese security source", "The source"], stance=0),
        actor("Interior Ministry", "government", title="Cyprus' Interior Ministry", affiliation="Cyprus",
              aliases=["Interior Ministry"], stance=1),
        actor("Andreas Christodoulides", "person", title="deputy minister for migration", affiliation="Cyprus",
              aliases=["Andreas Christodoulides", "Christodoulides"], stance=1),
        actor("Nabil Harb", "person", title="Interior Minister", affiliation="Lebanon",
              aliases=["Nabil Harb", "Harb"], stance=0),
        actor("UNHCR", "organisation", title="UN refugee agency", aliases=["UNHCR", "the agency"], stance=-1),
        actor("Layal Abou Jaoude", "person", title="lawyer", affiliation="Sanad Legal Aid",
              aliases=["Layal Abou Jaoude", "Abou Jaoude"], stance=-1),
        actor("Ahmad", "person", title="24-year-old returnee", aliases=["Ahmad"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Australian Financial Review business (a chief executive survives a first strike on pay),
#    headline without speech, standfirst "... Fiona Strachan says the board has “heard the message”
#    ..." (a fragment in a standfirst: partial for the person it names), byline, "Senior reporter" and
#    "Dec 2, 2026 – 5.48pm" lines, curly “ ” and ’, Australian punctuation outside fragment quotes
#    (“too generous in parts”,), "Ms"/"Mr", "per cent". Lede "has promised to overhaul" (not annotated);
#    quote split by "Ms Strachan told the meeting"; "Ms Strachan, who received ..., said A"; chairman
#    "said the board accepted that the scheme had been “...”, but defended Ms Strachan's record, saying
#    B" (partial plus indirect); scare so-called “two strikes” rule; proxy adviser "had recommended
#    investors vote against" (directive), "describing the bonus hurdles as “...” and “...”" (two
#    partials); ASA representative "told the meeting that small shareholders were “...” executive pay
#    was ..." (partial only), quote with "Mr Lutz asked"; anonymous top-20 shareholder "said A", "the
#    investor said" (the quote names "Fiona"); analyst "said A", "Ms Raman said"; union "said A".
ARTICLES["data/eval/dev73/southgate-first-strike-strachan.gold.json"] = {
    "article": "data/eval/dev73/southgate-first-strike-strachan.txt",
    "target": "Fiona Strachan",
    "quotes": [
        (P, "Fiona Strachan", "heard the message", "\u201cheard"),
        (D, "Fiona Strachan", "We have heard the message, and we will act on it,", None),
        (D, "Fiona Strachan", "But I want to be clear: the management team delivered a record result in a very tough "
            "market, and I won\u2019t apologise for that.", None),
        (I, "Fiona Strachan", "the board would consult major investors over summer and present a revised scheme before "
            "the half-year result in February", None),
        (P, "Robert Eggleston", "too generous in parts", None),
        (I, "Robert Eggleston", "she had lifted the retailer\u2019s market value by $1.4 billion in three years", None),
        (S, None, "two strikes", None),
        (P, "Ownership Matters", "soft", None),
        (P, "Ownership Matters", "poorly disclosed", None),
        (P, "Graham Lutz", "sick of being told", None),
        (D, "Graham Lutz", "If the market sets pay, why does the dividend go down and the bonus go up?", None),
        (I, "top-20 shareholder", "the vote was more about the board than the chief executive", None),
        (D, "top-20 shareholder", "Fiona is a very good operator. The problem is a board that signs off on whatever is "
            "put in front of it,", None),
        (I, "Priya Raman", "the strike was unlikely to threaten Ms Strachan\u2019s position in the near term", None),
        (D, "Priya Raman", "Investors are angry about the bonus structure, not the strategy. But a second strike next "
            "year would be a very different conversation,", None),
        (I, "Shop, Distributive and Allied Employees\u2019 Association", "the vote showed investors were waking up to a "
            "culture in which executives were rewarded while store staff faced cuts to their rostered hours", None),
    ],
    "actors": [
        actor("Fiona Strachan", "person", title="chief executive", affiliation="Southgate Retail",
              aliases=["Fiona Strachan", "Strachan", "Ms Strachan", "Fiona"], stance=1),
        actor("Robert Eggleston", "person", title="Chairman", affiliation="Southgate Retail",
              aliases=["Robert Eggleston", "Eggleston"], stance=1),
        actor("Ownership Matters", "organisation", title="proxy adviser", aliases=["Ownership Matters"], stance=-1),
        actor("Graham Lutz", "person", title="representative", affiliation="Australian Shareholders\u2019 Association",
              aliases=["Graham Lutz", "Lutz", "Mr Lutz"], stance=-1),
        actor("top-20 shareholder", "person", title="anonymous institutional investor",
              aliases=["top-20 shareholder", "the investor"], stance=1),
        actor("Priya Raman", "person", title="analyst", affiliation="E&P", aliases=["Priya Raman", "Raman", "Ms Raman"],
              stance=0),
        actor("Shop, Distributive and Allied Employees\u2019 Association", "organisation", title="retail union",
              aliases=["Shop, Distributive and Allied Employees\u2019 Association"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. NL Times transport (NS cuts evening trains over a staff shortage), headline without speech,
#    "Transport" section line, "By ... on 2 December 2026 - 11:35" line, straight " and apostrophes,
#    American spelling (realize, travelers), "9:00 p.m.". Lede content before ", the company said on
#    Wednesday" (the next sentence, with no cue, is the writer's); "NS said A and that B" (one span);
#    director's quote before "NS director Wouter Kok told broadcaster NOS", "Kok said A but that B" (one
#    span); passengers' association "called the cuts "..." and said A" (partial plus indirect); scare
#    so-called "basic timetable"; state secretary "said in a letter to parliament that she was "..." with
#    the cuts, but that B" (partial plus indirect); MP "was less forgiving." then "He wrote on X: "..."";
#    union "said the shortage was the result of "..." and that B" (partial plus indirect); ProRail "said
#    A"; commuter Marieke Best (a surname that is an English word) "said A", "she said", "Best said A".
ARTICLES["data/eval/dev73/ns-evening-trains-staff-shortage.gold.json"] = {
    "article": "data/eval/dev73/ns-evening-trains-staff-shortage.txt",
    "target": "NS",
    "quotes": [
        (I, "NS", "Dutch railway company NS will run fewer trains in the evenings on at least six routes from March "
            "next year because it does not have enough train drivers and conductors", None),
        (I, "NS", "it was short of about 400 drivers and conductors and that training new staff took at least a year",
            None),
        (D, "Wouter Kok", "We realize this is annoying for travelers. But we would rather run a reliable timetable with "
            "fewer trains than a full timetable that we cannot keep,", None),
        (I, "Wouter Kok", "NS had hired 1,100 new staff this year but that many experienced drivers were retiring",
            None),
        (P, "Rover", "a slap in the face for evening commuters", None),
        (I, "Rover", "NS had known for years that it was heading for a shortage", None),
        (S, None, "basic timetable", None),
        (P, "Hanneke Dijkstra", "not happy", None),
        (I, "Hanneke Dijkstra", "NS was entitled to adjust its timetable under its concession as long as it met the "
            "minimum frequencies agreed with the Ministry", None),
        (D, "Jesse Vermeulen", "NS gets a monopoly on the main rail network and then cuts the service. That is not how "
            "a concession should work.", None),
        (P, "FNV Spoor", "years of unattractive rosters", None),
        (I, "FNV Spoor", "staff were leaving for better-paid jobs with regional bus and train companies", None),
        (I, "ProRail", "maintenance on the Utrecht-Zwolle line would continue as planned in the spring", None),
        (I, "Marieke Best", "she often finished her late shift after 10:00 p.m.", None),
        (D, "Marieke Best", "With a train every half hour, I will be home after midnight. And that is if nothing goes "
            "wrong,", None),
        (I, "Marieke Best", "she was considering asking her employer for different shifts", None),
    ],
    "actors": [
        actor("NS", "organisation", title="Dutch railway company", aliases=["NS", "the company"], stance=1),
        actor("Wouter Kok", "person", title="NS director", affiliation="NS", aliases=["Wouter Kok", "Kok"], stance=1),
        actor("Rover", "organisation", title="Travelers' association", aliases=["Rover"], stance=-1),
        actor("Hanneke Dijkstra", "person", title="Infrastructure State Secretary", affiliation="Netherlands",
              aliases=["Hanneke Dijkstra", "Dijkstra"], stance=0),
        actor("Jesse Vermeulen", "person", title="MP", affiliation="GroenLinks-PvdA",
              aliases=["Jesse Vermeulen", "Vermeulen"], stance=-1),
        actor("FNV Spoor", "organisation", title="Rail union", aliases=["FNV Spoor"], stance=-1),
        actor("ProRail", "organisation", title="Rail infrastructure manager", aliases=["ProRail"], stance=None),
        actor("Marieke Best", "person", title="Nurse, commuter", affiliation="UMC Utrecht",
              aliases=["Marieke Best", "Best"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
