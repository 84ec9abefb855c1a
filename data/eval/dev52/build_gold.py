"""Build the dev52 gold files (data/eval/dev52/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev51/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev52/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev52.  Standard library only.
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
# 1. Toronto Star transit (the TTC's Line 1 signal upgrade slips again), headline with a curly single
#    fragment "TTC says Line 1 delays will ‘get worse before they get better’", byline and date lines,
#    curly “ ” and ’, punctuation inside closing marks, Canadian spelling (centre). Lede content before
#    "the Toronto Transit Commission said Wednesday"; "TTC staff said in a report to the board that A";
#    CEO named after the first stretch, resumed; "Okafor said A and B"; contractor "said in a statement
#    that it had “...” and that the faults dated from “...” installed ..." (two partials); scare
#    “state of good repair”; figure before "according to the TTC’s own service data"; councillor "called
#    the delay “...” and said riders had been “...”" (two partials), then "she said" split and resumed;
#    anonymous employee (singular they) "described ... as “...”" (partial), "They said A"; commuter named
#    after the first stretch, resumed; advocacy group "the group posted on X" after its quote; Q&A
#    "Asked whether ..., Okafor replied: “...”".
ARTICLES["data/eval/dev52/ttc-line-1-signal-upgrade-delay.gold.json"] = {
    "article": "data/eval/dev52/ttc-line-1-signal-upgrade-delay.txt",
    "target": "Toronto Transit Commission",
    "quotes": [
        (P, "Toronto Transit Commission", "get worse before they get better", None),
        (I, "Toronto Transit Commission", "Subway riders on Line 1 should expect more weekend closures and slower trips "
            "well into 2028", None),
        (I, "TTC staff", "the new automatic train control system on the northern stretch of the line, between Vaughan "
            "Metropolitan Centre and Sheppard West, would not be fully commissioned until the spring of 2028, 14 months "
            "later than promised", None),
        (D, "Darnell Okafor", "We know this is not what riders want to hear,", None),
        (D, "Darnell Okafor", "The honest answer is that it is going to get worse before it gets better, and I would "
            "rather say that now than make another promise we can\u2019t keep.", None),
        (I, "Darnell Okafor", "the contractor had found wiring faults in 11 of the 16 stations on the stretch and every "
            "one had to be fixed and retested before trains could run under the new system", None),
        (P, "Halden Rail Systems", "worked closely with the TTC at every stage", None),
        (P, "Halden Rail Systems", "legacy infrastructure", None),
        (S, None, "state of good repair", None),
        (I, "Toronto Transit Commission", "Slow zones, where trains must crawl over worn track or untested signals, added "
            "an average of seven minutes to a trip from Finch to Union last month", None),
        (P, "Priya Raman", "unacceptable", None),
        (P, "Priya Raman", "sold a timeline that was never realistic.", None),
        (D, "Priya Raman", "Every time we get a new date, it slips,", None),
        (D, "Priya Raman", "At some point the board has to stop accepting these reports and start asking who is "
            "accountable.", None),
        (P, "TTC employee", "fantasy from day one.", None),
        (I, "TTC employee", "overnight crews were regularly sent to stations where the power had not been shut off, "
            "losing entire shifts", None),
        (D, "Jasmine Tsai", "I leave 20 minutes earlier than I did two years ago, and I still get to work late at least "
            "once a week,", None),
        (D, "Jasmine Tsai", "Nobody at the TTC ever seems to pay a price for that.", None),
        (D, "Riders First Toronto", "Another year, another delay. Riders deserve a real plan, not a new date,", None),
        (D, "Darnell Okafor", "We are looking at fare credits for monthly pass holders. I\u2019m not going to commit to "
            "anything tonight.", None),
    ],
    "actors": [
        actor("Toronto Transit Commission", "organisation", title="public transit agency", affiliation="City of Toronto",
              aliases=["Toronto Transit Commission", "TTC"], stance=1),
        actor("TTC staff", "group", title="TTC staff (report to the board)", affiliation="Toronto Transit Commission",
              aliases=["TTC staff"], stance=0),
        actor("Darnell Okafor", "person", title="chief executive", affiliation="Toronto Transit Commission",
              aliases=["Darnell Okafor", "Okafor"], stance=1),
        actor("Halden Rail Systems", "organisation", title="signalling contractor",
              aliases=["Halden Rail Systems"], stance=-1),
        actor("Priya Raman", "person", title="city councillor, TTC board member", affiliation="Toronto City Council",
              aliases=["Priya Raman", "Raman"], stance=-1),
        actor("TTC employee", "person", title="anonymous employee on the signal project",
              affiliation="Toronto Transit Commission", aliases=["TTC employee"], stance=-1),
        actor("Jasmine Tsai", "person", title="commuter", aliases=["Jasmine Tsai", "Tsai"], stance=-1),
        actor("Riders First Toronto", "group", title="transit advocacy group", aliases=["Riders First Toronto"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Balkan Insight (North Macedonia expels three Russian diplomats), Title Case headline with a curly
#    single fragment ‘Intelligence Activities’ (the headline names North Macedonia), standfirst naming
#    Skopje with a partial “incompatible with their diplomatic status” (punctuation outside the closing
#    marks), byline, place and date lines, curly “ ” and ’, British spelling. Foreign ministry "said
#    that the three ... had been declared ... after an investigation ... found they had been “...” on
#    ..." (partial only); minister named after his quote; "Petrovski said A, but declined to say whether
#    ..." (negated: not annotated); agency director "told public broadcaster MRT ... that A", then a
#    Macedonian sentence followed by its English translation in its own marks inside parentheses, "he
#    said" (two directs); embassy "called the expulsions “...” dictated “...”" (two partials), then its
#    Telegram post "the embassy wrote: “...”"; spokeswoman "said Russia would take “...” and accused
#    ... of “...”" (two partials); scare “cultural” associations; analyst "said A", then "she said",
#    "She added that A, but that B" (one span); party "said the government was “...” with Moscow in order
#    to ..." (partial only).
ARTICLES["data/eval/dev52/north-macedonia-expels-russian-diplomats.gold.json"] = {
    "article": "data/eval/dev52/north-macedonia-expels-russian-diplomats.txt",
    "target": "Russia",
    "quotes": [
        (P, "North Macedonia", "Intelligence Activities", None),
        (P, "North Macedonia", "incompatible with their diplomatic status", None),
        (P, "foreign ministry in Skopje", "systematically gathering information", None),
        (D, "Aleksandar Petrovski", "North Macedonia is a NATO member and a sovereign state. We will not tolerate the "
            "abuse of diplomatic cover on our territory,", None),
        (I, "Aleksandar Petrovski", "the decision had been coordinated with allies", None),
        (I, "Goran Velkovski", "the diplomats had tried to recruit employees of state-owned energy and telecommunications "
            "companies", None),
        (D, "Goran Velkovski", "\u0418\u043c\u0430\u043c\u0435 \u0434\u043e\u043a\u0430\u0437\u0438 \u0438 \u0442\u0438\u0435 "
            "\u045c\u0435 \u0431\u0438\u0434\u0430\u0442 \u043f\u0440\u0435\u0437\u0435\u043d\u0442\u0438\u0440\u0430\u043d\u0438 "
            "\u043f\u0440\u0435\u0434 \u043d\u0430\u0434\u043b\u0435\u0436\u043d\u0438\u0442\u0435 "
            "\u0438\u043d\u0441\u0442\u0438\u0442\u0443\u0446\u0438\u0438", None),
        (D, "Goran Velkovski", "We have evidence, and it will be presented to the competent institutions", None),
        (P, "Russian embassy in Skopje", "another unfriendly step", None),
        (P, "Russian embassy in Skopje", "from Brussels and Washington", None),
        (D, "Russian embassy in Skopje", "The accusations against our colleagues are absurd and have not been supported "
            "by a single fact. Such actions will not go unanswered.", None),
        (P, "Marina Sorokina", "reciprocal measures", None),
        (P, "Marina Sorokina", "blindly following", None),
        (S, None, "cultural", None),
        (I, "Ivana Stojanoska", "the expulsions were long overdue", None),
        (D, "Ivana Stojanoska", "Russia has used the Balkans as a playground for years, counting on the fact that small "
            "states would not dare to respond. That calculation is now failing,", None),
        (I, "Ivana Stojanoska", "Moscow\u2019s influence in North Macedonia was weaker than in neighbouring Serbia or in "
            "Republika Srpska, the Serb-dominated entity in Bosnia, but that it still relied on a network of online "
            "portals and friendly politicians", None),
        (P, "Levica", "destroying what is left of relations", None),
    ],
    "actors": [
        actor("North Macedonia", "country", aliases=["North Macedonia", "Skopje"], stance=-1),
        actor("foreign ministry in Skopje", "government", title="foreign ministry", affiliation="North Macedonia",
              aliases=["foreign ministry in Skopje"], stance=-1),
        actor("Aleksandar Petrovski", "person", title="Foreign Minister", affiliation="North Macedonia",
              aliases=["Aleksandar Petrovski", "Petrovski", "Foreign Minister"], stance=-1),
        actor("Goran Velkovski", "person", title="director of the Intelligence Agency", affiliation="North Macedonia",
              aliases=["Goran Velkovski", "Velkovski"], stance=-1),
        actor("Russian embassy in Skopje", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Skopje"], stance=1),
        actor("Marina Sorokina", "person", title="foreign ministry spokeswoman", affiliation="Russia",
              aliases=["Marina Sorokina", "Sorokina"], stance=1),
        actor("Ivana Stojanoska", "person", title="security analyst", affiliation="Centre for Security Studies",
              aliases=["Ivana Stojanoska", "Stojanoska"], stance=-1),
        actor("Levica", "organisation", title="left-wing political party", aliases=["Levica"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Denver Post city (side streets still unplowed after a storm), headline without speech, byline and
#    "UPDATED:" lines, straight " and apostrophes (Denver's, don't, can't, isn't, I've), AP style,
#    punctuation inside closing marks. Spokeswoman named after the first stretch, resumed; department
#    "said it had run ... and that crews had laid ..." (one span); scare "residential" plows;
#    councilmember "said A", then a quote with "Delgado said"; resident "He said A", then named after
#    the first stretch, resumed; weather service "said A, meaning B" (one span); neighborhood association
#    "wrote on Facebook ...: "..."" (colon); Q&A in prose "was asked whether ..." (the question has no
#    asker quoted), then a quote split by "Brandt replied", resumed.
ARTICLES["data/eval/dev52/denver-side-streets-snow-plowing.gold.json"] = {
    "article": "data/eval/dev52/denver-side-streets-snow-plowing.txt",
    "target": "Denver",
    "quotes": [
        (D, "Jill Marchetti", "We were honest from the start: we don't have the trucks to plow every residential street "
            "in a storm like this, and we never have,", None),
        (D, "Jill Marchetti", "What we do is keep the main arterials and the routes to hospitals, schools and fire "
            "stations open.", None),
        (I, "Department of Transportation and Infrastructure", "it had run 72 plows around the clock since Tuesday and "
            "that crews had laid more than 9,000 tons of a salt and sand mix on primary and secondary roads", None),
        (S, None, "residential", "smaller \"residential"),
        (I, "Rosa Delgado", "her office had received more than 400 calls and emails since Wednesday", None),
        (D, "Rosa Delgado", "People can't get their cars out. Older residents can't get to the pharmacy. This is a basic "
            "city service, and right now the city isn't delivering it,", None),
        (I, "Marcus Whitfield", "a city plow had driven past the end of the block twice since Wednesday without turning "
            "in", None),
        (D, "Marcus Whitfield", "They plowed the big road and left the rest of us to fend for ourselves,", None),
        (D, "Marcus Whitfield", "I've lived here 30 years. It used to be better than this.", None),
        (I, "National Weather Service office in Boulder", "overnight lows would fall below zero through Sunday, meaning the "
            "packed snow was unlikely to melt before a warm-up expected early next week", None),
        (D, "Harvey Park Neighborhood Association", "We are organizing volunteer shovel crews for seniors this weekend. "
            "The city has left us no choice.", None),
        (D, "Owen Brandt", "Everything is on the table,", None),
        (D, "Owen Brandt", "But I want to be clear that a storm of this size would stretch any city in the country, and "
            "our crews have worked 12-hour shifts since Tuesday night.", None),
    ],
    "actors": [
        actor("Jill Marchetti", "person", title="spokeswoman",
              affiliation="Department of Transportation and Infrastructure", aliases=["Jill Marchetti", "Marchetti"],
              stance=1),
        actor("Department of Transportation and Infrastructure", "government", title="city department",
              affiliation="Denver", aliases=["Department of Transportation and Infrastructure"], stance=1),
        actor("Rosa Delgado", "person", title="City Councilmember", affiliation="Denver City Council",
              aliases=["Rosa Delgado", "Delgado"], stance=-1),
        actor("Marcus Whitfield", "person", title="retired postal worker (resident)",
              aliases=["Marcus Whitfield", "Whitfield"], stance=-1),
        actor("National Weather Service office in Boulder", "government", title="weather service office",
              aliases=["National Weather Service office in Boulder", "National Weather Service"], stance=None),
        actor("Harvey Park Neighborhood Association", "group", title="neighborhood association",
              aliases=["Harvey Park Neighborhood Association"], stance=-1),
        actor("Owen Brandt", "person", title="mayor's chief of staff", affiliation="Denver mayor's office",
              aliases=["Owen Brandt", "Brandt"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Barron's markets (a chip maker's stock plunges after it cuts its outlook), Title Case two-sentence
#    headline without speech, byline and "Dec. 4, 2026 1:42 pm ET" lines, straight " and apostrophes
#    (company's, investors', Thursday's), numbers and % throughout. Lede "citing what it called "...""
#    (partial for the company); scare so-called "picks and shovels"; guidance before ", it said in a
#    press release"; CEO "said A", then a quote split by "she said", resumed; Q&A "Asked on the call
#    whether ..., Tran replied: "...""; CFO "said A"; analyst "saying the company's explanation "..."
#    given that ..." (partial only), then "she wrote in a note to clients"; "According to the company's
#    most recent annual report, A" (the company); analyst "calling the drop "..." and the stock "..."" (two
#    partials); valuation before ", according to FactSet data"; anonymous portfolio manager (singular
#    they) "said they had added ...".
ARTICLES["data/eval/dev52/corvane-stock-plunges-outlook-cut.gold.json"] = {
    "article": "data/eval/dev52/corvane-stock-plunges-outlook-cut.txt",
    "target": "Corvane Semiconductor",
    "quotes": [
        (P, "Corvane Semiconductor", "inventory digestion", None),
        (S, None, "picks and shovels", None),
        (I, "Corvane Semiconductor", "Corvane now expects fiscal fourth-quarter revenue of $1.02 billion to $1.08 billion",
            None),
        (I, "Linh Tran", "the shortfall was about timing, not demand", None),
        (D, "Linh Tran", "Our customers bought aggressively in the first half of the year, and they are now working "
            "through that inventory,", None),
        (D, "Linh Tran", "Nothing about the long-term picture has changed. If anything, our design-win pipeline is the "
            "strongest it has ever been.", None),
        (D, "Linh Tran", "We have no evidence of that. We are designed into their next-generation platforms, and those "
            "ramp in the second half of next year.", None),
        (I, "Paul Esterhazy", "gross margin would fall to about 58% from 63% in the quarter because of lower utilization "
            "at the company's Arizona factory", None),
        (P, "Dana Kowalczyk", "doesn't fully add up", None),
        (D, "Dana Kowalczyk", "When your two biggest customers pause at the same time that a competitor is ramping a "
            "cheaper part, you have to ask whether this is really just digestion,", None),
        (I, "Corvane Semiconductor", "its two largest customers accounted for 47% of revenue in fiscal 2026, up from 35% "
            "a year earlier", None),
        (P, "Theo Marchand", "an overreaction", None),
        (P, "Theo Marchand", "one of the cheapest ways to own the AI build-out.", None),
        (I, "FactSet", "At Thursday's price, Corvane trades at about 19 times expected earnings for the next 12 months, "
            "compared with 31 times for the semiconductor index", None),
        (I, "portfolio manager", "they had added to the position on Thursday morning", None),
    ],
    "actors": [
        actor("Corvane Semiconductor", "organisation", title="chip maker", aliases=["Corvane Semiconductor", "Corvane"],
              stance=1),
        actor("Linh Tran", "person", title="Chief Executive", affiliation="Corvane Semiconductor",
              aliases=["Linh Tran", "Tran"], stance=1),
        actor("Paul Esterhazy", "person", title="Chief Financial Officer", affiliation="Corvane Semiconductor",
              aliases=["Paul Esterhazy", "Esterhazy"], stance=0),
        actor("Dana Kowalczyk", "person", title="analyst", affiliation="Mizuho", aliases=["Dana Kowalczyk", "Kowalczyk"],
              stance=-1),
        actor("Theo Marchand", "person", title="analyst", affiliation="Raymond James",
              aliases=["Theo Marchand", "Marchand"], stance=1),
        actor("FactSet", "organisation", title="market data provider", aliases=["FactSet"], stance=None),
        actor("portfolio manager", "person", title="anonymous portfolio manager at a mutual-fund company",
              aliases=["portfolio manager"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
