"""Build the dev56 gold files (data/eval/dev56/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev55/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev56/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev56.  Standard library only.
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
# 1. USA TODAY consumer (an air fryer recall), headline without speech, byline, outlet and "Published
#    6:02 a.m. ET Dec. 3, 2026" lines, straight " and apostrophes, punctuation inside closing marks.
#    Lede content before "the U.S. Consumer Product Safety Commission said Wednesday"; "The commission
#    said A"; scare so-called "smart" versions; content before "the agency said"; company statement "said
#    the safety ... was "..." and that it had traced the problem to "..." faulty ..." (two partials), then
#    "the statement said"; CEO "told USA TODAY A" (one span), quote split over two stretches after "he
#    said"; consumer "said A", quote named after it, "She said B"; group "Consumer advocates said A";
#    advocate "called it "..." and said B" (partial plus indirect), then a quote with "Briar said".
#    Not annotated: federal law, the how-to box, the retailers' returns.
ARTICLES["data/eval/dev56/hearthpro-air-fryer-recall.gold.json"] = {
    "article": "data/eval/dev56/hearthpro-air-fryer-recall.txt",
    "target": "HearthPro Appliances",
    "quotes": [
        (I, "U.S. Consumer Product Safety Commission", "HearthPro Appliances is recalling about 1.2 million countertop "
            "air fryers sold at Walmart, Target and on Amazon after dozens of reports that the units overheated and "
            "caught fire", None),
        (I, "U.S. Consumer Product Safety Commission", "it had received 87 reports of the fryers' heating element "
            "failing, including 14 fires and six minor burn injuries", None),
        (S, None, "smart", None),
        (I, "U.S. Consumer Product Safety Commission", "Owners should stop using the fryers immediately and contact "
            "the company for a free replacement", None),
        (P, "HearthPro Appliances", "our highest priority", None),
        (P, "HearthPro Appliances", "a small number", None),
        (D, "HearthPro Appliances", "We are acting out of an abundance of caution, and we apologize to every family who "
            "has been affected,", None),
        (I, "Randall Ostrowski", "the company would pay shipping costs for every returned unit and would send "
            "replacements within three weeks", None),
        (D, "Randall Ostrowski", "Nobody should have to pay a cent to get a safe product,", None),
        (D, "Randall Ostrowski", "We sold these fryers, and we own this problem.", None),
        (I, "Tanya Greer", "her fryer burst into flames on Thanksgiving morning while she was reheating sweet potato "
            "fries", None),
        (D, "Tanya Greer", "I heard a pop, and then there was smoke pouring out of the back. My kids were standing "
            "right there,", None),
        (I, "Tanya Greer", "the company's customer service line initially offered her a $20 coupon toward a new model",
            None),
        (I, "Consumer advocates", "the recall came too late", None),
        (P, "Colleen Briar", "overdue", None),
        (I, "Colleen Briar", "the company had been receiving complaints for more than a year before it went to "
            "regulators", None),
        (D, "Colleen Briar", "When the first fire reports come in, the clock starts ticking. Every month of delay is "
            "another month of people cooking dinner on a fire hazard,", None),
    ],
    "actors": [
        actor("U.S. Consumer Product Safety Commission", "government", title="federal regulator",
              aliases=["U.S. Consumer Product Safety Commission", "Consumer Product Safety Commission", "commission"],
              stance=0),
        actor("HearthPro Appliances", "organisation", title="appliance maker",
              aliases=["HearthPro Appliances", "HearthPro"], stance=1),
        actor("Randall Ostrowski", "person", title="chief executive", affiliation="HearthPro Appliances",
              aliases=["Randall Ostrowski", "Ostrowski"], stance=1),
        actor("Tanya Greer", "person", title="fryer owner, Columbus, Ohio", aliases=["Tanya Greer", "Greer"],
              stance=-1),
        actor("Consumer advocates", "group", title="consumer advocates", aliases=["Consumer advocates"], stance=-1),
        actor("Colleen Briar", "person", title="director of product safety",
              affiliation="Consumer Federation of America", aliases=["Colleen Briar", "Briar"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Times of Malta court report (a band club treasurer's fraud trial), headline with a straight single
#    fragment "Former band club treasurer tells court 'not a single cent' went into his pocket", standfirst
#    without speech, byline and "Tuesday, 1 December 2026, 17:48" lines, straight " in the body, Maltese
#    names (Żabbar), "€". Lede pronoun-free "A former band club treasurer ... told a court ... that he never
#    kept "..." of ..." (partial only); cross-examination Q&A ("...," he replied. / "...?" the inspector
#    asked. / "...," Farrugia said.); "Farrugia said A"; scare so-called "kaxxa" (glossed), then "told the
#    court A"; inspector "told the court A" (one span, "that" inside kept); president "told the court A",
#    quote, "He said A and that B" (one span); court expert "said in her report that the accounts were
#    "..."" (partial only); defence lawyer "argued that A". Not annotated: the charges, "Her report ...
#    also found", the adjournment and the statute change.
ARTICLES["data/eval/dev56/farrugia-band-club-trial.gold.json"] = {
    "article": "data/eval/dev56/farrugia-band-club-trial.txt",
    "target": "Kevin Farrugia",
    "quotes": [
        (P, "Kevin Farrugia", "not a single cent", None),
        (P, "Kevin Farrugia", "a single cent", "\"a single cent"),
        (D, "Kevin Farrugia", "I was paying suppliers who wanted cash. I kept every receipt, but the committee threw "
            "them away when they cleared the office,", None),
        (D, "Daniel Zammit", "So the receipts no longer exist?", None),
        (D, "Kevin Farrugia", "They exist in my head, and in the suppliers' books,", None),
        (I, "Kevin Farrugia", "he had lent the club money from his own pocket on several occasions, particularly in "
            "the weeks before the village feast, when bills for fireworks, marquees and musicians all fell due at "
            "once", None),
        (S, None, "kaxxa", None),
        (I, "Kevin Farrugia", "he had kept the box at his home because the club premises had been broken into twice",
            None),
        (I, "Daniel Zammit", "the betting shop's records showed that Farrugia had placed bets worth more than \u20ac30,000 "
            "in the same period", None),
        (I, "Anthony Mifsud", "an external audit commissioned in 2025 had found 212 payments with no supporting "
            "documents", None),
        (D, "Anthony Mifsud", "We trusted him completely. He was the one who counted the money after every feast, and "
            "nobody ever questioned him,", None),
        (I, "Anthony Mifsud", "the committee had not thrown away any records and that the old office had been cleared "
            "only after the police had taken copies of all the files", None),
        (P, "Maria Azzopardi", "in a state of chaos", None),
        (I, "Stefan Camilleri", "the prosecution had failed to show that any of the money had ended up in his client's "
            "bank accounts", None),
    ],
    "actors": [
        actor("Kevin Farrugia", "person", title="former band club treasurer (accused)",
              aliases=["Kevin Farrugia", "Farrugia"], stance=1),
        actor("Daniel Zammit", "person", title="Inspector (prosecuting)", affiliation="Malta Police",
              aliases=["Daniel Zammit", "Zammit", "Inspector Zammit"], stance=-1),
        actor("Anthony Mifsud", "person", title="club president", affiliation="Kirkop band club",
              aliases=["Anthony Mifsud", "Mifsud"], stance=-1),
        actor("Maria Azzopardi", "person", title="court-appointed accountant",
              aliases=["Maria Azzopardi", "Azzopardi"], stance=1),
        actor("Stefan Camilleri", "person", title="defence lawyer", aliases=["Stefan Camilleri", "Camilleri"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Jordan Times diplomacy (Jordanian-Russian talks on wheat), headline without speech, "By JT" line,
#    dateline "AMMAN —", curly “ ” and ’. Ministry statement "said the two sides reviewed “...” in ..., and
#    that B" (partial plus indirect); official "said A" (one span, coordinated); envoy "told reporters ...
#    that A", then "he said", then "He added that Moscow “...” the ..." (partial only); content before
#    "According to the Ministry of ..., A"; scare so-called “grain corridor”; economist "told The Jordan
#    Times that A", quote, "Qudah said A"; anonymous importer "who asked not to be named ..., said A";
#    embassy "said in a statement ... that Russia was “...” by ..." (partial only), then "The embassy said
#    A"; late "..., the statement said" (the ministry's); content before "according to the Jordan News
#    Agency, Petra". Not annotated: wheat imports and tenders, trade figures, tourists.
ARTICLES["data/eval/dev56/jordan-russia-wheat-talks.gold.json"] = {
    "article": "data/eval/dev56/jordan-russia-wheat-talks.txt",
    "target": "Russia",
    "quotes": [
        (P, "Foreign Ministry", "ways to enhance cooperation", None),
        (I, "Foreign Ministry", "Haddad stressed the need for an immediate and lasting ceasefire in Gaza and for the "
            "unhindered entry of humanitarian aid", None),
        (I, "Sufian Haddad", "Jordan maintains balanced relations with all its international partners and supports "
            "every effort to reach political solutions to the crises in the region", None),
        (I, "Andrei Belyakov", "Russia was ready to supply up to 500,000 tonnes of wheat to the Kingdom next year "
            "through direct government-to-government contracts", None),
        (D, "Andrei Belyakov", "Russian grain is the most reliable on the market, and our Jordanian friends know this "
            "well,", None),
        (P, "Andrei Belyakov", "fully respects", None),
        (I, "Ministry of Industry, Trade and Supply", "the Kingdom\u2019s strategic wheat reserves are currently "
            "sufficient for around nine months of consumption", None),
        (S, None, "grain corridor", None),
        (I, "Rana Qudah", "relying on government-to-government deals with Moscow would expose the Kingdom to payment "
            "and shipping problems linked to Western sanctions", None),
        (D, "Rana Qudah", "Russian wheat is cheap, but cheap is not the same as safe. Jordan must not put all its "
            "bread in one basket,", None),
        (I, "Rana Qudah", "the tender system had served the country well because it allowed suppliers to compete on "
            "price and quality", None),
        (I, "Amman-based grain importer", "two Russian cargoes had arrived more than a month late this year because "
            "insurers had delayed cover for the vessels", None),
        (P, "Ukrainian embassy", "weaponising hunger", None),
        (I, "Ukrainian embassy", "Ukraine remained a dependable supplier and had shipped more than 600,000 tonnes of "
            "wheat and corn to Jordan since 2022", None),
        (I, "Foreign Ministry", "The two sides agreed to hold the next round of political consultations in Moscow in "
            "2027", None),
        (I, "Jordan News Agency", "Belyakov was also received by the Senate President and the Speaker of the "
            "Lower House, with whom he discussed parliamentary cooperation", None),
    ],
    "actors": [
        actor("Foreign Ministry", "government", title="Jordanian Foreign Ministry", affiliation="Jordan",
              aliases=["Foreign Ministry"], stance=1),
        actor("Sufian Haddad", "person", title="Foreign Ministry Secretary General", affiliation="Jordan",
              aliases=["Sufian Haddad", "Haddad"], stance=0),
        actor("Andrei Belyakov", "person", title="Deputy Foreign Minister", affiliation="Russia",
              aliases=["Andrei Belyakov", "Belyakov"], stance=1),
        actor("Ministry of Industry, Trade and Supply", "government", title="Jordanian ministry", affiliation="Jordan",
              aliases=["Ministry of Industry, Trade and Supply"], stance=None),
        actor("Rana Qudah", "person", title="economist", aliases=["Rana Qudah", "Qudah"], stance=-1),
        actor("Amman-based grain importer", "person", title="anonymous grain importer",
              aliases=["Amman-based grain importer"], stance=-1),
        actor("Ukrainian embassy", "government", title="Ukrainian embassy in Amman", affiliation="Ukraine",
              aliases=["Ukrainian embassy", "embassy"], stance=-1),
        actor("Jordan News Agency", "organisation", title="state news agency",
              aliases=["Jordan News Agency", "Petra"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Yorkshire Post local democracy (a city council's budget gap), headline with a straight single
#    fragment "Council leader says Sheffield faces 'toughest budget in a generation'", standfirst without
#    speech, byline, "Local Democracy Reporter" and "Published 4th Dec 2026, 16:20 BST" lines, British
#    straight single quotes '...' in the body with apostrophes inside (didn't, won't, it's, can't),
#    punctuation outside closing marks for fragments, "Coun", "per cent". Lede content before "its leader
#    has warned"; leader "said the council faced '...' and that B" (partial plus indirect), then a quote over
#    two stretches ("she said" after the first, the second a quote-only paragraph); officers "In a report
#    to the cabinet ..., council officers said A"; scare so-called 'transformation fund'; opposition leader
#    "accused ... of '...' and said reserves had been '...' in ..." (two partials), "He said A"; union
#    secretary "said staff were '...'" (partial), "She added: '...` open at the end of its line and a closed
#    paragraph; pensioner "said: '...'"; ministry spokesperson "said councils would receive a '...'"
#    (partial only), "The spokesperson said A". Not annotated: the report's options ("sets out",
#    "proposes"), section 114 notices, "The council's own figures show".
ARTICLES["data/eval/dev56/sheffield-council-budget-cuts.gold.json"] = {
    "article": "data/eval/dev56/sheffield-council-budget-cuts.txt",
    "target": "Sheffield City Council",
    "quotes": [
        (P, "Joanne Whitaker", "toughest budget in a generation", "'toughest"),
        (I, "Joanne Whitaker", "Sheffield City Council will have to find \u00a348m of savings next year", None),
        (P, "Joanne Whitaker", "the toughest budget in a generation", None),
        (I, "Joanne Whitaker", "libraries and leisure centres could no longer be protected from cuts", None),
        (D, "Joanne Whitaker", "We have cut everything that can be cut without closing doors. Now we are talking about "
            "doors,", None),
        (D, "Joanne Whitaker", "I didn't come into politics to shut libraries. But I won't put the council into "
            "bankruptcy either, because then a commissioner from Whitehall makes these decisions for us.", None),
        (I, "council officers", "adult social care costs had risen by 11 per cent in a year and now made up almost "
            "half of the authority's day-to-day spending", None),
        (S, None, "transformation fund", None),
        (P, "Martin Ashby", "years of drift", None),
        (P, "Martin Ashby", "spent on vanity projects", None),
        (I, "Martin Ashby", "his group would publish an alternative budget in February that kept every library open",
            None),
        (P, "Claire Hebden", "exhausted and frightened", None),
        (D, "Claire Hebden", "Our members have absorbed ten years of cuts. They cannot absorb another ten.", None),
        (D, "Claire Hebden", "If the council wants to keep services open, it has to keep the people who run them.",
            None),
        (D, "Derek Hollins", "Some weeks it's the only place I talk to anyone. They can't close this.", None),
        (P, "spokesperson for the Ministry of Housing, Communities and Local Government", "real-terms increase", None),
        (I, "spokesperson for the Ministry of Housing, Communities and Local Government", "the Government had also given "
            "councils more freedom to set their own fees and charges", None),
    ],
    "actors": [
        actor("Joanne Whitaker", "person", title="council leader", affiliation="Sheffield City Council (Labour)",
              aliases=["Joanne Whitaker", "Whitaker", "Council leader"], stance=1),
        actor("council officers", "group", title="council officers (report to cabinet)",
              affiliation="Sheffield City Council", aliases=["council officers"], stance=None),
        actor("Martin Ashby", "person", title="Liberal Democrat group leader", affiliation="Sheffield City Council",
              aliases=["Martin Ashby", "Ashby"], stance=-1),
        actor("Claire Hebden", "person", title="branch secretary", affiliation="Unison",
              aliases=["Claire Hebden", "Hebden"], stance=-1),
        actor("Derek Hollins", "person", title="pensioner, library user", aliases=["Derek Hollins", "Hollins"],
              stance=-1),
        actor("spokesperson for the Ministry of Housing, Communities and Local Government", "person",
              title="government spokesperson", affiliation="Ministry of Housing, Communities and Local Government",
              aliases=["spokesperson for the Ministry of Housing, Communities and Local Government", "spokesperson"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
