"""Build the test29 gold files (data/eval/test29/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev91/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test29/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test29.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test29"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. JAMnews (South Caucasus news, English) Armenia/Russia (Moscow threatens a response after Armenia drops the last
#    Russian channels from its free multiplex), headline with a straight fragment `Moscow threatens "response
#    measures"` (partial for Moscow, the entity the headline names), a kicker line without speech, a standfirst
#    `Moscow says the decision is "...", while Yerevan insists ...` (partial for Moscow; the unquoted `Yerevan
#    insists` clause not annotated, like the deks of test26/test28), subheads `Russian Foreign Ministry: "We will
#    respond"` (partial: a truncated fragment of the statement, attributed by the subhead) and `Opposition: "A gift
#    to our enemies"` (partial for the opposition), plain subheads `What Yerevan says`, `Expert opinion`; straight
#    `"` with a nested straight single `'...'` inside a quote; ministry `said ... was "..." that "..."` (two
#    partials), then a quote with `the ministry said in a statement published on its website`; `The statement did not
#    specify ...` (negated); ambassador `was more restrained.` then `he said Moscow still hoped the issue could be
#    "..."` (partial only); `According to the commission, A, and B` (one span); commission chair `told JAMnews that
#    there was "..." in the decision:` (partial), then a quote-only paragraph (colon: direct); deputy minister `said
#    ... "...," and added that A` (partial plus indirect), then `she wrote on Facebook`; `The parliamentary opposition
#    criticized the government` (act); MP `called the decision "..." and said A` (partial plus indirect); political
#    scientist `told JAMnews that A, because B` (one span), `Nersisyan said`; closing `citing safety violations`
#    (noun object, not annotated).
ARTICLES[f"{BATCH}/russia-threatens-response-armenia-tv-channels.gold.json"] = {
    "article": f"{BATCH}/russia-threatens-response-armenia-tv-channels.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "response measures", None),
        (P, "Russia", "an openly hostile step", "Moscow says"),
        (P, "Russian Foreign Ministry", "We will respond", 'Russian Foreign Ministry: "We'),
        (P, "Russian Foreign Ministry", "an openly hostile step", "The Russian Foreign Ministry said on Monday"),
        (P, "Russian Foreign Ministry", "cannot remain without consequences.", None),
        (D, "Russian Foreign Ministry", "Millions of Armenians understand and love the Russian language. Depriving them of "
            "access to Russian television is a political choice, and a short-sighted one. We will respond with "
            "appropriate measures,", None),
        (P, "Viktor Lapin", "resolved through dialogue between allies.", None),
        (I, "Commission on Television and Radio", "the broadcasting agreements with the two channels expired in 2025, and "
            "the Russian side had not met the requirements of the new law on audiovisual media, which limits the share "
            "of foreign-language content in the free package", None),
        (P, "Tigran Hakobyan", "no politics", None),
        (D, "Tigran Hakobyan", "The channels remain available by cable and on the internet. Anyone who wants to watch them "
            "can continue to do so. The multiplex is a limited public resource, and the law sets clear rules for it.",
            None),
        (P, "Anna Grigoryan", "more than a year ago,", None),
        (I, "Anna Grigoryan", "threats were not the language of partners", None),
        (D, "Anna Grigoryan", "We expect our partners to respect the sovereign decisions of the Armenian state, as we "
            "respect theirs,", None),
        (P, "Opposition", "A gift to our enemies", None),
        (P, "Levon Sargsyan", "a gift to those who want to tear Armenia away from Russia", None),
        (I, "Levon Sargsyan", "it would hit elderly people in the regions hardest, since many of them do not have cable",
            None),
        (I, "Aram Nersisyan", "Moscow was unlikely to go beyond rhetoric for now, because Russia had more effective "
            "levers, such as gas prices and access to its market for Armenian goods", None),
        (D, "Aram Nersisyan", "Every time Yerevan takes a step away from Moscow, the Russian side reminds it of its "
            "dependence. Usually this happens not through statements, but through sudden 'phytosanitary problems' with "
            "Armenian apricots or brandy,", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Russian Foreign Ministry", "government", affiliation="Russia",
              aliases=["Russian Foreign Ministry", "the ministry", "The statement"], stance=1),
        actor("Viktor Lapin", "person", title="Russian Ambassador to Armenia", affiliation="Russia",
              aliases=["Viktor Lapin", "Lapin"], stance=1),
        actor("Commission on Television and Radio", "government", affiliation="Armenia",
              aliases=["Commission on Television and Radio", "the commission"], stance=-1),
        actor("Tigran Hakobyan", "person", title="Commission chairman",
              affiliation="Commission on Television and Radio", aliases=["Tigran Hakobyan", "Hakobyan"], stance=-1),
        actor("Anna Grigoryan", "person", title="Deputy Foreign Minister", affiliation="Armenia",
              aliases=["Anna Grigoryan", "Grigoryan"], stance=-1),
        actor("Opposition", "group", affiliation="Armenia", aliases=["Opposition", "parliamentary opposition"],
              stance=1),
        actor("Levon Sargsyan", "person", title="MP", affiliation="Armenia Alliance",
              aliases=["Levon Sargsyan", "Sargsyan"], stance=1),
        actor("Aram Nersisyan", "person", title="Political scientist", aliases=["Aram Nersisyan", "Nersisyan"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ThisDay (THISDAY, Nigeria) aviation/business (a domestic airline suspends operations for 21 days), Title Case
#    headline without quote marks (`Blames`), byline line, straight `"` and apostrophes, British spelling and
#    punctuation inside closing marks, `Mrs.`/`Mr.`/`Capt.`/`Captain` titles, `N14 billion`, `per cent`, commas around
#    appositions (`Domestic carrier, SkyBridge Air, has ...`); lede `citing the high cost ...` (noun object, not
#    annotated); `In a statement signed by its Head of Corporate Communications, Mrs. NAME, the airline said the
#    suspension, which ..., was "..." to ensure that ... "..."` (two partials; the airline speaks, the signatory is
#    not a speaker), then a quote with `the statement added`; `THISDAY gathered that ...` (the paper's own reporting,
#    not annotated); `Speaking with THISDAY on Monday, the Chief Executive Officer of SkyBridge Air, Captain NAME, said
#    A, adding that the depreciation ... had "..." the cost of spare parts` (indirect plus partial), `Adeyemi said`;
#    regulator `said A, and that B` (one span); director-general `said: "..."`; group `some passengers said A`;
#    passenger named after the quote with title and apposition; association `described the suspension as a "..." for
#    ..., and called on ...` (partial; directive); spokesman `said A`; commission `warned that A`; scare `"japa"`
#    wave; consultant named after the quote.
ARTICLES[f"{BATCH}/skybridge-air-suspends-operations.gold.json"] = {
    "article": f"{BATCH}/skybridge-air-suspends-operations.txt",
    "target": "SkyBridge Air",
    "quotes": [
        (P, "SkyBridge Air", "a painful but necessary decision", None),
        (P, "SkyBridge Air", "in the best possible condition.", None),
        (D, "SkyBridge Air", "We sincerely apologise to our esteemed passengers for the inconvenience this will cause. All "
            "passengers with affected bookings will be refunded in full or rebooked on partner airlines at no extra cost,",
            None),
        (I, "Femi Adeyemi", "the airline had spent over N14 billion on maintenance in 2026 alone", None),
        (P, "Femi Adeyemi", "practically doubled", None),
        (D, "Femi Adeyemi", "Nobody wants to ground aircraft. But we will not fly an aircraft that is not one hundred per "
            "cent airworthy. Safety comes first, and that is non-negotiable,", None),
        (I, "Nigerian Civil Aviation Authority", "it had not been formally notified of the suspension before it took "
            "effect, and that it would review the airline's financial and technical fitness in the coming weeks", None),
        (D, "Musa Danladi", "Airlines must give the regulator and the travelling public adequate notice. Stranding "
            "passengers at the airport is unacceptable, and we will apply the full weight of the regulations.", None),
        (I, "some passengers", "they only learnt of the suspension when they arrived for their flights", None),
        (D, "Blessing Ukpabi", "I paid N180,000 for this ticket two weeks ago. Nobody sent me a text or an email,", None),
        (P, "Airline Operators of Nigeria", "sign of the harsh operating environment", None),
        (I, "Obiora Nwachukwu", "at least nine domestic airlines had suspended operations or ceased flying altogether "
            "since 2020", None),
        (I, "Federal Competition and Consumer Protection Commission", "it would sanction any airline that failed to "
            "refund passengers within 14 days", None),
        (S, None, "japa", None),
        (D, "Chidi Ekwueme", "The problem is not SkyBridge alone. Until airlines can do heavy maintenance here in Nigeria, "
            "every fall of the naira will ground more aircraft,", None),
    ],
    "actors": [
        actor("SkyBridge Air", "organisation", title="domestic carrier",
              aliases=["SkyBridge Air", "SkyBridge", "the airline", "the statement"], stance=1),
        actor("Femi Adeyemi", "person", title="Chief Executive Officer", affiliation="SkyBridge Air",
              aliases=["Captain Femi Adeyemi", "Femi Adeyemi", "Adeyemi"], stance=1),
        actor("Nigerian Civil Aviation Authority", "government", affiliation="Nigeria",
              aliases=["Nigerian Civil Aviation Authority", "NCAA"], stance=-1),
        actor("Musa Danladi", "person", title="Director-General", affiliation="NCAA",
              aliases=["Capt. Musa Danladi", "Musa Danladi", "Danladi"], stance=-1),
        actor("some passengers", "group", aliases=["some passengers"], stance=-1),
        actor("Blessing Ukpabi", "person", title="trader", aliases=["Mrs. Blessing Ukpabi", "Blessing Ukpabi", "Ukpabi"],
              stance=-1),
        actor("Airline Operators of Nigeria", "organisation", aliases=["Airline Operators of Nigeria", "AON"], stance=0),
        actor("Obiora Nwachukwu", "person", title="spokesman", affiliation="AON",
              aliases=["Mr. Obiora Nwachukwu", "Obiora Nwachukwu", "Nwachukwu"], stance=None),
        actor("Federal Competition and Consumer Protection Commission", "government", affiliation="Nigeria",
              aliases=["Federal Competition and Consumer Protection Commission", "FCCPC"], stance=0),
        actor("Chidi Ekwueme", "person", title="aviation consultant",
              aliases=["Mr. Chidi Ekwueme", "Chidi Ekwueme", "Ekwueme"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Seatrade Maritime News (shipping news site) dry bulk/capital markets (a Greek owner pulls its New York IPO), headline
#    without speech, author and date lines, curly `“ ”` and `’`, British punctuation outside closing marks, `$180m`,
#    `%`, trade jargon (`kamsarmaxes`, `loan-to-value`); lede without a cue; SEC filing `said it had decided not to
#    proceed ... “...”, and that it would continue to evaluate “...”` (two partials); `Seatrade Maritime News reported in November`
#    (the outlet's own report, not annotated); content before `, the company confirmed`; chief executive `told Seatrade Maritime News
#    that the decision had been taken “...”` (partial only), `Vlachos said`; `Vlachos added that A and would B` (one
#    span); shared surname: his father and chairman `Dimitris Vlachos` in an apposition `said in a separate statement
#    that the family had “...” in the fleet and saw no need to raise equity “...”` (two partials); the bare `Vlachos`
#    is always the son; content before `, according to data compiled by Fearnley Securities`; scare `“Greek
#    discount”`; anonymous banker `speaking on condition of anonymity, said investors had pushed back on ... “...”
#    arrangements` (partial only), then `the banker said`; analyst `said A, but that ... was “...”, with ...`
#    (indirect plus partial); `declined to comment on whether ...` (negated).
ARTICLES[f"{BATCH}/aegean-kestrel-pulls-new-york-ipo.gold.json"] = {
    "article": f"{BATCH}/aegean-kestrel-pulls-new-york-ipo.txt",
    "target": "Aegean Kestrel Shipping",
    "quotes": [
        (P, "Aegean Kestrel Shipping", "due to current market conditions", None),
        (P, "Aegean Kestrel Shipping", "all strategic alternatives", None),
        (I, "Aegean Kestrel Shipping", "A roadshow scheduled for this week has been cancelled", None),
        (P, "Nikos Vlachos", "with a cool head", None),
        (D, "Nikos Vlachos", "The window for shipping IPOs opens and closes very quickly. We were not going to sell the "
            "company cheaply just to ring a bell on Wall Street,", None),
        (I, "Nikos Vlachos", "the company had no plans to sell vessels and would take delivery of two kamsarmaxes from "
            "Tsuneishi next year as planned", None),
        (P, "Dimitris Vlachos", "every confidence", None),
        (P, "Dimitris Vlachos", "at any price", None),
        (I, "Fearnley Securities", "The Baltic Dry Index has fallen by nearly 30% since mid-October, and listed dry bulk "
            "peers have lost an average of 18% of their market value over the same period", None),
        (S, None, "Greek discount", None),
        (P, "New York-based banker", "related-party", None),
        (D, "New York-based banker", "Investors liked the ships. They did not like the structure,", None),
        (I, "Helen Tsai", "the pulled listing showed how quickly sentiment in the sector had turned since the summer",
            None),
        (P, "Helen Tsai", "far from distressed", None),
    ],
    "actors": [
        actor("Aegean Kestrel Shipping", "organisation", title="dry bulk owner", affiliation="Athens",
              aliases=["Aegean Kestrel Shipping", "Aegean Kestrel", "the company"], stance=1),
        actor("Nikos Vlachos", "person", title="Chief executive", affiliation="Aegean Kestrel Shipping",
              aliases=["Nikos Vlachos", "Vlachos"], stance=1),
        actor("Dimitris Vlachos", "person", title="founder and chairman", affiliation="Aegean Kestrel Shipping",
              aliases=["Dimitris Vlachos"], stance=1),
        actor("Fearnley Securities", "organisation", aliases=["Fearnley Securities"], stance=None),
        actor("New York-based banker", "person", title="banker in shipping capital markets",
              aliases=["New York-based banker", "the banker"], stance=-1),
        actor("Helen Tsai", "person", title="analyst", affiliation="Maritime Strategies",
              aliases=["Helen Tsai", "Tsai"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Matangi Tonga (Tongan news magazine online) politics/infrastructure (a minister rejects calls to resign over a
#    stalled runway upgrade), headline without speech, date, `By NAME` and `Nukuʻalofa, Tonga` lines, curly `“ ”`
#    and `’`, ʻokina (U+02BB) in place names (`Vavaʻu`, `Lupepauʻu`, `ʻAna`), British punctuation outside closing
#    marks, `Hon.` titles, `TOP$28 million`; lede `has rejected calls for his resignation ..., saying A` (participial
#    cue; the rejection itself not annotated); `Speaking to Matangi Tonga on Friday, he said the contractor ... had
#    left the site ... over “...” to the contract, and that B` (partial plus indirect); quote split by `he said`; `He
#    added that A`; scare `“political football”`; MP in a long apposition `who tabled a motion ...` `said Fakatava had
#    “...” twice about the timeline` (partial only), `Palu said` (reported speech inside his quote not annotated);
#    airport company CEO `said A, but that B` (one span); ADB `said in a statement that it was “...” to get ...`
#    (partial only); group `Tourism operators in Neiafu say A, as B` (present tense, one span); operator named after
#    the quote; Prime Minister's Office `said A, and that he expected ... “...”` (indirect plus partial).
ARTICLES[f"{BATCH}/fakatava-rejects-calls-to-resign-runway.gold.json"] = {
    "article": f"{BATCH}/fakatava-rejects-calls-to-resign-runway.txt",
    "target": "Siaosi Fakatava",
    "quotes": [
        (I, "Siaosi Fakatava", "the project will be completed by the end of 2027", None),
        (P, "Siaosi Fakatava", "variations", None),
        (I, "Siaosi Fakatava", "the ministry was withholding payment until the matter was resolved", None),
        (D, "Siaosi Fakatava", "The contractor walked away, not the government,", None),
        (D, "Siaosi Fakatava", "We will find another one, and we will finish this runway.", None),
        (I, "Siaosi Fakatava", "a new contractor would be appointed through an open tender before Christmas", None),
        (S, None, "political football", None),
        (P, "Semisi Palu", "misled the House", None),
        (D, "Semisi Palu", "In May he told us the work would resume in June. In August he told us September. Now he says "
            "next year. The people of Vava\u02bbu deserve the truth,", None),
        (I, "\u02bbAna Moala", "flights to Vava\u02bbu had not been affected, but that larger aircraft such as the ATR 72 "
            "could not land at Lupepau\u02bbu until the runway was extended", None),
        (P, "Asian Development Bank", "working closely with the Government of Tonga", None),
        (I, "Tourism operators in Neiafu", "the delay is costing them business, as visitors from New Zealand and "
            "Australia must connect through Nuku\u02bbalofa on smaller planes with limited seats", None),
        (D, "Sione Taufa", "We had a group of 40 divers from Auckland cancel last month because they could not get on a "
            "flight from Tongatapu. That is one whole week of income gone,", None),
        (I, "Prime Minister\u2019s Office", "the Prime Minister had full confidence in the minister", None),
        (P, "Prime Minister\u2019s Office", "without further delay", None),
    ],
    "actors": [
        actor("Siaosi Fakatava", "person", title="Minister for Infrastructure", affiliation="Government of Tonga",
              aliases=["Hon. Siaosi Fakatava", "Siaosi Fakatava", "Fakatava"], stance=1),
        actor("Semisi Palu", "person", title="Vava\u02bbu No.15 People\u2019s Representative",
              affiliation="Legislative Assembly", aliases=["Hon. Semisi Palu", "Semisi Palu", "Palu"], stance=-1),
        actor("\u02bbAna Moala", "person", title="Chief Executive", affiliation="Tonga Airports Limited",
              aliases=["\u02bbAna Moala", "Moala"], stance=0),
        actor("Asian Development Bank", "organisation", aliases=["Asian Development Bank"], stance=0),
        actor("Tourism operators in Neiafu", "group", aliases=["Tourism operators in Neiafu"], stance=-1),
        actor("Sione Taufa", "person", title="dive shop owner", affiliation="Neiafu", aliases=["Sione Taufa", "Taufa"],
              stance=-1),
        actor("Prime Minister\u2019s Office", "government", affiliation="Tonga",
              aliases=["Prime Minister\u2019s Office"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
