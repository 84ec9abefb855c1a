"""Build the gold files (*.gold.json) from the annotation specs below.

Offsets are never typed by hand: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the
text is searched.  Run from anywhere:  python3 data/eval/build_gold.py  then  check_gold.py.
Standard library only.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "data" / "eval"

D, P, S, I = "direct", "partial", "scare", "indirect"


def read_text(path: Path) -> str:
    text = path.read_bytes().decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def locate(text: str, span: str, anchor: str | None) -> int:
    if anchor is None:
        n = text.count(span)
        if n != 1:
            raise SystemExit(f"span occurs {n} times, give an anchor: {span!r}")
        return text.index(span)
    n = text.count(anchor)
    if n != 1:
        raise SystemExit(f"anchor occurs {n} times: {anchor!r}")
    pos = text.find(span, text.index(anchor))
    if pos < 0:
        raise SystemExit(f"span not found after anchor {anchor!r}: {span!r}")
    return pos


def actor(name, kind, title=None, affiliation=None, aliases=(), stance=None):
    return {"actor": name, "kind": kind, "title": title, "affiliation": affiliation,
            "aliases": list(aliases) or [name], "stance": stance}


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
ARTICLES["data/eval/dev/russia-syria-geneva-talks-2016.gold.json"] = {
    "article": "data/russia-syria-geneva-talks-2016.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "in Bad Taste", None),
        (I, "Russian diplomats", "accusations that Moscow's stepped-up bombing campaign on opposition "
            "positions in northern Syria helped kill peace talks this week in Geneva", None),
        (I, "Russian diplomats", "accusations that Moscow's stepped up bombing campaign on opposition "
            "positions in northern Syria helped kill peace talks this week in Geneva", None),
        (I, "Opposition groups", "the Russian aerial assault of recent days, which involved hundreds of "
            "sorties, as the strongest yet in Moscow's bombing campaign, and a key factor in prying "
            "areas around Aleppo from the grips of anti-government armed factions", None),
        (I, "UN", "20,000 people were massed at the border with Turkey", None),
        (I, "government in Ankara", "tens of thousands more were headed towards the frontier", None),
        (S, None, "proximity", None),
        (P, "Staffan de Mistura", "temporary pause", None),
        (P, "Vitali Churkin", "in bad taste.", None),
        (D, "Vitali Churkin", "This is not a good time for recriminations,", None),
        (I, "diplomats", "he refrained, as he has repeatedly, from directly blaming one side or the "
            "other for the demise of the Geneva talks", None),
        (D, "Vitali Churkin", "Staffan de Mistura was at his diplomatic best,", None),
        (D, "Vitali Churkin", "There was no reference to Russian airstrikes.", None),
        (D, "Ban Ki Moon", "It is deeply disturbing that the initial steps of the talks have been "
            "undermined by the continuous lack of sufficient humanitarian access and by a sudden "
            "increase of aerial bombings and military activities within Syria,", None),
        (D, "Francois Delattre", "On the one hand, the Syrian regime claims to discuss peace in Geneva, "
            "and on the other hand, it intensifies its military offensive against opposition groups "
            "with which it is supposed to discuss, and imposes on the city of Aleppo an unprecedented "
            "torrent of fire,", None),
        (D, "Francois Delattre", "The Syrian regime with the support of Russia are responsible for the "
            "situation as it is and for the fact that the opposition simply can simply not negotiate "
            "with\u2026 a gun to their head.", None),
        (D, "Matthew Rycroft", "he needs to look in the mirror and understand where the responsibility "
            "lies\u2026 it's about the aerial bombardment and lack of humanitarian access \u2014 and we "
            "know who is doing that.", None),
        (P, "Vitali Churkin", "did not really come to negotiate [in Geneva], they came to look for a "
            "pretext to walk out of negotiations.", None),
        (P, "Vitali Churkin", "unilaterally.", None),
        (D, "Vitali Churkin", "What about the terrorist and opposition groups, are they going to stop "
            "too?", None),
        (P, "Vitali Churkin", "humanitarian objectives", None),
        (P, "Vitali Churkin", "upset", None),
        (P, "Vitali Churkin", "preparing some ideas on how to move things forward", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Russian diplomats", "group", affiliation="Russia", stance=1),
        actor("Opposition groups", "group", affiliation="Syrian opposition", stance=-1),
        actor("UN", "organisation", aliases=["UN", "United Nations"], stance=None),
        actor("government in Ankara", "government", affiliation="Turkey",
              aliases=["government in Ankara", "Ankara"], stance=None),
        actor("Staffan de Mistura", "person", title="UN Syria envoy", affiliation="United Nations",
              aliases=["Staffan de Mistura", "de Mistura"], stance=None),
        actor("Vitali Churkin", "person", title="UN ambassador", affiliation="Russia",
              aliases=["Vitali Churkin", "Vitaly Churkin", "Churkin"], stance=1),
        actor("diplomats", "group", stance=None),
        actor("Ban Ki Moon", "person", title="UN Secretary General", affiliation="United Nations",
              aliases=["Ban Ki Moon", "Ban"], stance=-1),
        actor("Francois Delattre", "person", title="UN ambassador", affiliation="France",
              aliases=["Francois Delattre", "Delattre"], stance=-1),
        actor("Matthew Rycroft", "person", title="ambassador to the UN", affiliation="UK",
              aliases=["Matthew Rycroft", "Rycroft"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
ARTICLES["data/eval/dev/port-strike-sines.gold.json"] = {
    "article": "data/eval/dev/port-strike-sines.txt",
    "target": "Maersk",
    "quotes": [
        (I, "port authority", "by midmorning at least six vessels were waiting at anchor off the coast", None),
        (D, "Ana Ribeiro", "We are not asking for anything extraordinary,", None),
        (D, "Ana Ribeiro", "We are asking to be paid for the hours we actually work, and to see our "
            "families at night.", None),
        (I, "Ana Ribeiro", "the company had ignored three requests for talks since March", None),
        (I, "Workers", "they are routinely called in for unpaid standby shifts and that overtime rates "
            "have not changed since 2019", None),
        (D, "Ana Ribeiro", "Maersk made record profits during the pandemic,", None),
        (D, "Ana Ribeiro", "The people who moved those boxes saw none of it.", None),
        (D, "Ana Ribeiro", "If they think we will get tired and go home, they have misjudged us. We have "
            "done this before, and we can stay here as long as it takes.", None),
        (P, "Maersk", "fair and competitive", None),
        (I, "Maersk", "it remained open to dialogue", None),
        (P, "Maersk", "far beyond Portugal", None),
        (I, "Lars Nygaard", "the night-shift rota was set under safety rules agreed with regulators", None),
        (D, "Lars Nygaard", "We cannot simply tear up a schedule that keeps people safe,", None),
        (D, "João Pereira", "Safety is the excuse they use every time,", None),
        (D, "João Pereira", "Nobody on this dock has ever been consulted about the rota.", None),
        (D, "Ana Ribeiro", "Not once,", None),
        (I, "Miguel Santos", "the government was monitoring the situation closely", None),
        (P, "Miguel Santos", "a balanced solution, quickly.", None),
        (I, "Shipping analysts", "a prolonged stoppage could push cargo toward rival hubs in Spain and "
            "Morocco", None),
        (D, "Sofia Almeida", "Sines has spent a decade building its reputation for reliability,", None),
        (D, "Sofia Almeida", "Every day that ships sit at anchor chips away at that.", None),
        (I, "Sofia Almeida", "she expected the company to improve its offer within days", None),
        (D, "Sofia Almeida", "Maersk can afford to be patient for a week,", None),
        (D, "Sofia Almeida", "It cannot afford a month.", None),
        (S, None, "family-friendly", None),
        (I, "Maersk", "it would ask a court to order minimum services at the terminal", None),
    ],
    "actors": [
        actor("port authority", "organisation", affiliation="Port of Sines", stance=None),
        actor("Ana Ribeiro", "person", title="union organizer", affiliation="dockworkers' union (Porto)",
              aliases=["Ana Ribeiro", "Ribeiro"], stance=-1),
        actor("Workers", "group", affiliation="Sines dockworkers", stance=-1),
        actor("Maersk", "organisation", affiliation=None, aliases=["Maersk", "the company", "The company"],
              stance=1),
        actor("Lars Nygaard", "person", title="company spokesman", affiliation="Maersk",
              aliases=["Lars Nygaard", "Nygaard"], stance=1),
        actor("João Pereira", "person", title="president", affiliation="SINPORT dockers' union",
              aliases=["João Pereira", "Pereira"], stance=-1),
        actor("Miguel Santos", "person", title="infrastructure minister", affiliation="Portugal",
              aliases=["Miguel Santos", "Santos"], stance=0),
        actor("Shipping analysts", "group", stance=None),
        actor("Sofia Almeida", "person", title="logistics analyst", affiliation="Atlas Research",
              aliases=["Sofia Almeida", "Almeida"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
ARTICLES["data/eval/dev/china-eu-ev-tariffs.gold.json"] = {
    "article": "data/eval/dev/china-eu-ev-tariffs.txt",
    "target": "China",
    "quotes": [
        (P, "China", "firm countermeasures", "vows \u2018"),
        (P, "China\u2019s commerce ministry", "firm countermeasures", "vowed \u201c"),
        (D, "He Jianping", "The European side has ignored the facts and the rules of the WTO, and it is "
            "sliding further down the road of protectionism,", None),
        (D, "He Jianping", "China will not sit idly by.", None),
        (P, "He Jianping", "every reasonable opportunity", None),
        (P, "He Jianping", "weaponising", None),
        (I, "European Commission", "Chinese producers have benefited from cheap state loans, subsidised "
            "land and below-market battery supplies that European rivals cannot match", None),
        (P, "Pieter Vos", "proportionate and fully in line with international rules", None),
        (I, "Pieter Vos", "Brussels remained open to talks on minimum import prices", None),
        (P, "He Jianping", "a trap dressed up as a compromise.", None),
        (S, None, "de-risking", None),
        (D, "Anna Keller", "We have to defend a level playing field, but a trade war has no winners, and "
            "German workers would pay the price first.", None),
        (I, "Anna Keller", "Berlin will keep pressing both sides to reach a deal before the duties take "
            "effect next month", None),
        (D, "Anna Keller", "Nobody in Stuttgart or Wolfsburg wants to wake up one morning and find that "
            "their biggest market has closed its doors,", None),
        (D, "Luc Marchand", "Europe is finally defending its industry with the same determination as its "
            "competitors,", None),
        (D, "Luc Marchand", "The age of naïveté is over.", None),
        (D, "Luc Marchand", "We don\u2019t want a confrontation with China. But we won\u2019t accept that our "
            "factories close because the rules are applied on one side only.", None),
        (I, "China Chamber of Commerce to the EU", "the duties would raise prices for European drivers "
            "and slow the shift away from petrol cars", None),
        (P, "China Chamber of Commerce to the EU", "unfounded and discriminatory.", None),
        (I, "Liu Qing", "Beijing was likely to target industries in the countries that had backed the "
            "tariffs rather than hit the EU as a whole", None),
        (D, "Liu Qing", "The aim is to divide Europe, not to punish it,", None),
        (I, "China\u2019s commerce ministry", "a delegation of negotiators would travel to Brussels next "
            "week", None),
    ],
    "actors": [
        actor("China", "country", aliases=["China", "Beijing"], stance=1),
        actor("China\u2019s commerce ministry", "government", affiliation="China",
              aliases=["China\u2019s commerce ministry", "The ministry"], stance=1),
        actor("He Jianping", "person", title="ministry spokesman", affiliation="China\u2019s commerce ministry",
              aliases=["He Jianping", "He"], stance=1),
        actor("European Commission", "organisation", affiliation="European Union",
              aliases=["European Commission", "Commission"], stance=-1),
        actor("Pieter Vos", "person", title="trade spokesman", affiliation="European Commission",
              aliases=["Pieter Vos", "Vos"], stance=-1),
        actor("Anna Keller", "person", title="economy minister", affiliation="Germany",
              aliases=["Anna Keller", "Keller"], stance=0),
        actor("Luc Marchand", "person", title="trade minister", affiliation="France",
              aliases=["Luc Marchand", "Marchand"], stance=-1),
        actor("China Chamber of Commerce to the EU", "organisation", affiliation="China", stance=1),
        actor("Liu Qing", "person", title="trade economist", affiliation="Fudan University",
              aliases=["Liu Qing", "Liu"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
ARTICLES["data/eval/dev/rail-fares-transport-secretary.gold.json"] = {
    "article": "data/eval/dev/rail-fares-transport-secretary.txt",
    "target": "Claire Donnelly",
    "quotes": [
        (P, "Unions", "betraying commuters", "'betraying"),
        (I, "Claire Donnelly", "Regulated rail fares in England will rise by 4.9 per cent in March", None),
        (P, "Claire Donnelly", "the fairest balance we could strike between passengers and taxpayers", None),
        (D, "Claire Donnelly", "Nobody wants to see fares go up, but the railway can't keep relying on "
            "emergency subsidies from the Treasury,", None),
        (D, "Claire Donnelly", "Every pound we spend propping up half-empty trains is a pound we cannot "
            "spend on reliability.", None),
        (D, "Tom Hadley", "This is a government that has run out of ideas and is now running out of "
            "excuses. Commuters are paying more for trains that turn up late, if they turn up at all.", None),
        (P, "Sharon Doyle", "betraying commuters who kept this country moving through the pandemic", None),
        (I, "Sharon Doyle", "the union would ballot members on further strikes if the increase went ahead "
            "without a pay offer for station staff", None),
        (S, None, "fare freeze", None),
        (I, "Transport Focus", "any rise in fares had to be matched by better punctuality", None),
        (I, "Transport Focus", "one in four trains on some commuter routes arrived late last year", None),
        (D, "Sir Alan Pryce", "We were told spring. Then we were told summer. Where is it?", None),
        (D, "Claire Donnelly", "It will be published when it is ready, and not a day before,", None),
        (D, "one former minister", "She's been given every chance,", None),
        (D, "one former minister", "The party can't afford another winter like the last one.", None),
        (P, "Downing Street", "full confidence", None),
        (I, "Tom Hadley", "Labour would publish its own plan for fares before the summer", None),
        (D, "Tom Hadley", "Passengers have heard enough promises from this government,", None),
        (D, "Tom Hadley", "What they need is a seat on a train that arrives on time.", None),
        (D, "Claire Donnelly", "I'm not going anywhere. I'm going to fix this.", None),
    ],
    "actors": [
        actor("Unions", "group", stance=-1),
        actor("Claire Donnelly", "person", title="Transport Secretary",
              affiliation="UK government (Conservative)",
              aliases=["Claire Donnelly", "Ms Donnelly", "Donnelly", "Transport Secretary"], stance=1),
        actor("Tom Hadley", "person", title="shadow transport secretary", affiliation="Labour",
              aliases=["Tom Hadley", "Mr Hadley", "Hadley"], stance=-1),
        actor("Sharon Doyle", "person", title="general secretary", affiliation="RMT union",
              aliases=["Sharon Doyle", "Doyle"], stance=-1),
        actor("Transport Focus", "organisation", title="passenger watchdog", stance=0),
        actor("Sir Alan Pryce", "person", title="chairman of the Commons transport committee",
              affiliation="Conservative", aliases=["Sir Alan Pryce", "Sir Alan", "Pryce"], stance=-1),
        actor("one former minister", "person", title="former minister (anonymous)",
              affiliation="Conservative", aliases=["one former minister", "former minister"], stance=-1),
        actor("Downing Street", "government", affiliation="UK government", stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
ARTICLES["data/eval/test/passport-backlog-home-secretary.gold.json"] = {
    "article": "data/eval/test/passport-backlog-home-secretary.txt",
    "target": "Rachel Ambrose",
    "quotes": [
        (P, "Labour", "shambolic", "attacks \u2018"),
        (P, "Rachel Ambrose", "that is on me", None),
        (P, "Rachel Ambrose", "hide behind officials", None),
        (I, "Rachel Ambrose", "the Passport Office had taken on 1,200 extra staff since January and that "
            "most applications were now being processed within ten weeks", None),
        (D, "Rachel Ambrose", "I\u2019m not going to pretend this has been acceptable,", None),
        (D, "Rachel Ambrose", "People have waited too long, and some of them have lost money they "
            "couldn\u2019t afford to lose. That is on me, and I will fix it.", None),
        (P, "James Whitlock", "shambolic", "called the situation \u2018"),
        (I, "James Whitlock", "Ms Ambrose had ignored warnings from her own department", None),
        (D, "James Whitlock", "The Home Secretary was told in February that this was coming,", None),
        (D, "James Whitlock", "She did nothing for three months, and now she wants a round of applause "
            "for hiring the staff she should have hired in the spring.", None),
        (D, "James Whitlock", "Families have been queueing outside passport offices in Liverpool and "
            "Peterborough since before dawn. Is this really the best this government can do?", None),
        (P, "Officials", "by early summer at the latest", None),
        (I, "Home Office source", "the memo had been acted upon and that recruitment had begun within "
            "weeks of the warning", None),
        (I, "Mark and Joanne Ellis", "they had been told to come back next week", None),
        (D, "Mark and Joanne Ellis", "We fly to Malaga on Saturday and nobody can tell us anything,", None),
        (P, "Fiona McLeish", "consider her position", None),
        (I, "James Whitlock", "Labour would force a vote on an emergency compensation scheme", None),
        (I, "Ms Ambrose\u2019s allies", "she inherited the problem", None),
        (D, "Sir Graham Lusk", "Rachel has been in the job for five months. The decisions that caused "
            "this were taken long before she arrived, and she\u2019s the first person to actually get a "
            "grip of it.", None),
        (S, None, "digital-first", None),
        (P, "Home Office spokesperson", "working around the clock", None),
    ],
    "actors": [
        actor("Labour", "organisation", title="opposition party", stance=-1),
        actor("Rachel Ambrose", "person", title="Home Secretary", affiliation="UK government",
              aliases=["Rachel Ambrose", "Ms Ambrose", "Ambrose", "Home Secretary", "Rachel"], stance=1),
        actor("James Whitlock", "person", title="shadow home secretary", affiliation="Labour",
              aliases=["James Whitlock", "Mr Whitlock", "Whitlock"], stance=-1),
        actor("Officials", "group", affiliation="Home Office", stance=0),
        actor("Home Office source", "person", title="source (anonymous)", affiliation="Home Office",
              aliases=["Home Office source"], stance=1),
        actor("Mark and Joanne Ellis", "group", title="passport applicants", affiliation=None,
              aliases=["Mark and Joanne Ellis"], stance=-1),
        actor("Fiona McLeish", "person", title="home affairs spokeswoman",
              affiliation="Liberal Democrats", aliases=["Fiona McLeish", "McLeish"], stance=-1),
        actor("Ms Ambrose\u2019s allies", "group", stance=1),
        actor("Sir Graham Lusk", "person", title="former immigration minister",
              aliases=["Sir Graham Lusk", "Sir Graham", "Lusk"], stance=1),
        actor("Home Office spokesperson", "person", title="spokesperson", affiliation="Home Office",
              aliases=["Home Office spokesperson"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
ARTICLES["data/eval/test/airline-outage-northwind.gold.json"] = {
    "article": "data/eval/test/airline-outage-northwind.txt",
    "target": "Northwind Airlines",
    "quotes": [
        (I, "Northwind Airlines", "the outage was caused by a faulty software update installed overnight "
            "by an outside vendor", None),
        (P, "Northwind Airlines", "no indication of a cyberattack.", None),
        (I, "Northwind Airlines", "delays and cancellations would ripple through the weekend", None),
        (I, "FlightAware", "By late afternoon, more than 900 flights had been canceled and about 1,400 "
            "delayed", None),
        (D, "Karen Whitfield", "We know how frustrating today has been, and we are deeply sorry,", None),
        (D, "Karen Whitfield", "Our teams are working around the clock to get every customer where they "
            "need to go.", None),
        (D, "Karen Whitfield", "We will be reviewing what happened with our vendor, and we will make sure "
            "it does not happen again.", None),
        (I, "Karen Whitfield", "customers whose flights were canceled would be offered a full refund or "
            "free rebooking, along with meal vouchers for delays longer than three hours", None),
        (I, "He Min", "he had been rebooked three times", None),
        (D, "He Min", "Every time I get to the front of the line, the flight I was just put on gets "
            "canceled,", None),
        (D, "He Min", "At this point I would rather drive.", None),
        (I, "Rosa and Daniel Ortega", "they had not been offered a hotel room", None),
        (D, "Rosa and Daniel Ortega", "They told us to check the app,", None),
        (D, "Rosa and Daniel Ortega", "The app says to talk to an agent.", None),
        (I, "Federal Aviation Administration", "it had not ordered the ground stop but was in contact "
            "with the airline", None),
        (P, "Laura Brenner", "unacceptable", None),
        (I, "Laura Brenner", "she would ask the airline to explain why it had no backup system", None),
        (D, "Laura Brenner", "This is the third time in two years that a single point of failure has shut "
            "down a major carrier,", None),
        (D, "Laura Brenner", "Passengers deserve better than an apology and a meal voucher.", None),
        (I, "Greg Tanaka", "the outage exposed how dependent carriers have become on a handful of "
            "software suppliers", None),
        (D, "Greg Tanaka", "Airlines have spent a decade cutting costs on the back end,", None),
        (D, "Greg Tanaka", "Days like today are the bill coming due.", None),
        (S, None, "seamless travel", None),
        (I, "Northwind Airlines", "about 85% of its scheduled flights for Friday were expected to "
            "operate", None),
    ],
    "actors": [
        actor("Northwind Airlines", "organisation",
              aliases=["Northwind Airlines", "Northwind", "the airline", "The airline"], stance=1),
        actor("FlightAware", "organisation", title="flight tracking service", stance=0),
        actor("Karen Whitfield", "person", title="CEO", affiliation="Northwind Airlines",
              aliases=["Karen Whitfield", "Whitfield"], stance=1),
        actor("He Min", "person", title="software engineer", affiliation=None,
              aliases=["He Min"], stance=-1),
        actor("Rosa and Daniel Ortega", "group", title="passengers", aliases=["Rosa and Daniel Ortega"],
              stance=-1),
        actor("Federal Aviation Administration", "government", affiliation="United States", stance=0),
        actor("Laura Brenner", "person", title="senator, chair of Senate aviation safety subcommittee",
              affiliation="Democrat, Washington", aliases=["Laura Brenner", "Brenner"], stance=-1),
        actor("Greg Tanaka", "person", title="airline industry consultant",
              aliases=["Greg Tanaka", "Tanaka"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
ARTICLES["data/eval/test/nile-dam-ethiopia-egypt.gold.json"] = {
    "article": "data/eval/test/nile-dam-ethiopia-egypt.txt",
    "target": "Ethiopia",
    "quotes": [
        (P, "Egypt", "flagrant violation", "filling a \u2018"),
        (I, "Ethiopia", "it had begun the fifth filling of the reservoir behind its giant hydroelectric "
            "dam on the Blue Nile", None),
        (D, "Tadesse Bekele", "The filling is proceeding in a manner that causes no significant harm to "
            "anyone downstream,", None),
        (D, "Tadesse Bekele", "We have said from the beginning that this dam is about lighting homes, not "
            "about taking anyone\u2019s water.", None),
        (I, "Tadesse Bekele", "the dam\u2019s turbines would double the country\u2019s electricity output "
            "by next year", None),
        (P, "Tadesse Bekele", "as a gesture of good faith.", None),
        (P, "Egypt\u2019s foreign ministry", "flagrant violation", "was a \u201c"),
        (P, "Egypt\u2019s foreign ministry", "reserves its right to defend its national security by all "
            "means guaranteed under the UN Charter.", None),
        (D, "Karim Hassan", "Ethiopia keeps telling the world that it wants a deal, and then it keeps "
            "doing exactly what it likes,", None),
        (D, "Karim Hassan", "Words are cheap. Water is not.", None),
        (I, "Amira Osman", "Khartoum was worried about the safety of its own Roseires dam downstream", None),
        (D, "Amira Osman", "We need a binding agreement that protects everyone on this river, not more "
            "statements from any side,", None),
        (D, "Amira Osman", "Our farmers cannot plan a planting season on the basis of a press release,", None),
        (P, "Selamawit Tesfaye", "ask anyone\u2019s permission to use its own river.", None),
        (I, "African Union", "it would invite the three countries to a new round of negotiations next "
            "month", None),
        (D, "Joseph Mwangi", "the technical gaps are smaller than the political ones.", None),
        (S, None, "water war", None),
        (I, "analysts", "a military confrontation remains unlikely", None),
        (D, "Ahmed Said", "Every filling season that passes without an agreement makes the next "
            "agreement harder,", None),
        (I, "Ahmed Said", "Egypt\u2019s options were limited", None),
        (P, "Ahmed Said", "neither credible nor wise.", None),
        (I, "Tadesse Bekele", "the three countries were closer to a deal than many believed", None),
    ],
    "actors": [
        actor("Egypt", "country", aliases=["Egypt", "Cairo"], stance=-1),
        actor("Ethiopia", "country", aliases=["Ethiopia", "Addis Ababa"], stance=0),
        actor("Tadesse Bekele", "person", title="water minister", affiliation="Ethiopia",
              aliases=["Tadesse Bekele", "Bekele"], stance=1),
        actor("Egypt\u2019s foreign ministry", "government", affiliation="Egypt",
              aliases=["Egypt\u2019s foreign ministry"], stance=-1),
        actor("Karim Hassan", "person", title="foreign ministry spokesman", affiliation="Egypt",
              aliases=["Karim Hassan", "Hassan"], stance=-1),
        actor("Amira Osman", "person", title="irrigation minister", affiliation="Sudan",
              aliases=["Amira Osman", "Osman"], stance=0),
        actor("Selamawit Tesfaye", "person", title="spokeswoman for the prime minister\u2019s office",
              affiliation="Ethiopia", aliases=["Selamawit Tesfaye", "Selamawit"], stance=1),
        actor("African Union", "organisation", aliases=["African Union", "AU"], stance=0),
        actor("Joseph Mwangi", "person", title="AU envoy for the talks", affiliation="African Union",
              aliases=["Joseph Mwangi", "Mwangi"], stance=0),
        actor("analysts", "group", stance=None),
        actor("Ahmed Said", "person", title="professor of water resources",
              affiliation="Cairo University", aliases=["Ahmed Said", "Said"], stance=0),
    ],
}


def build(gold_path: str, spec: dict) -> dict:
    text = read_text(ROOT / spec["article"])
    quotes = []
    for kind, speaker, span, anchor in spec["quotes"]:
        start = locate(text, span, anchor)
        quotes.append({"start": start, "end": start + len(span), "text": span, "kind": kind,
                       "speaker": speaker})
    quotes.sort(key=lambda q: q["start"])
    return {"article": spec["article"], "target": spec["target"], "quotes": quotes,
            "actors": spec["actors"]}


def main() -> None:
    for gold_path, spec in ARTICLES.items():
        gold = build(gold_path, spec)
        out = ROOT / gold_path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {gold_path}: {len(gold['quotes'])} quotes")


if __name__ == "__main__":
    main()
