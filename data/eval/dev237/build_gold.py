"""Build the dev237 gold files (data/eval/dev237/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev237/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev237.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev237"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Premium Times (Nigeria) politics/courts (an election petition tribunal voids a House of Representatives seat),
#    headline without speech, byline, straight " and apostrophes, "Mr"; lede "nullified" (no cue); "In its judgment,
#    the three-member panel said the petitioner ... had proved that results ... were "..." after voting had ended, and
#    that B" (partial plus indirect); "The tribunal ordered INEC to ..." (directive); quote with "the panel said in the
#    lead judgment read by Justice Halima Bello" (the tribunal, not the judge); lawmaker "said he would appeal", split
#    quote with "he told journalists in Ibadan." (two closed stretches); counsel "said the tribunal had "..." and relied
#    on ..." (partial only: no second subject); petitioner "described it as "..."" (partial only), "he said"; his
#    lawyer "said A"; INEC "In a statement signed by its spokesperson ..., INEC said A and would B" (one span), quote
#    with "the statement said"; party chapter "said the judgment was "..." and called on ..." (partial; directive);
#    "Residents ... were divided." (no cue); trader "who gave her name only as Iya Bisi, said the fresh election would
#    be "..."" (partial only), "she said"; content before "according to the tribunal's secretary".
ARTICLES[f"{BATCH}/ido-tribunal-voids-reps-election.gold.json"] = {
    "article": f"{BATCH}/ido-tribunal-voids-reps-election.txt",
    "target": "Olumide Ajao",
    "quotes": [
        (P, "National and State Houses of Assembly Election Petition Tribunal", "manufactured", None),
        (I, "National and State Houses of Assembly Election Petition Tribunal", "the number of votes recorded there "
            "exceeded the number of accredited voters", None),
        (D, "National and State Houses of Assembly Election Petition Tribunal", "The figures tendered before this "
            "tribunal cannot be reconciled with the accreditation data from the BVAS machines. An election is not a "
            "matter of arithmetic invented after the fact,", None),
        (I, "Olumide Ajao", "he would appeal", None),
        (D, "Olumide Ajao", "I am going to the Court of Appeal, and I am confident that the mandate the people gave me "
            "will be restored,", None),
        (D, "Olumide Ajao", "This is a setback, not a defeat.", None),
        (P, "Babatunde Oyelaran", "ignored the evidence of our witnesses", None),
        (P, "Kehinde Adeyemi", "a victory for the ordinary voter.", None),
        (D, "Kehinde Adeyemi", "Nobody should be able to sit in an office and write figures for people who did not "
            "vote,", None),
        (I, "Funmilayo Ogunleye", "the petitioner's team would ask INEC to deploy its own staff, not ad hoc workers, to "
            "the 14 units", None),
        (I, "Independent National Electoral Commission", "it had received the judgment and would study it", None),
        (D, "Independent National Electoral Commission", "The commission will comply with the orders of the tribunal and "
            "announce a date in due course,", None),
        (P, "state chapter of Mr Ajao's party", "a miscarriage of justice", None),
        (P, "Iya Bisi", "another round of money and trouble.", None),
        (D, "Iya Bisi", "We voted already. Let them fix their case in court and let us sell in peace,", None),
        (I, "tribunal's secretary", "The tribunal has so far delivered judgments in 11 of the 17 petitions filed in Oyo "
            "State", None),
    ],
    "actors": [
        actor("National and State Houses of Assembly Election Petition Tribunal", "government",
              title="election petition tribunal (three-member panel, Ibadan)", affiliation="Nigeria",
              aliases=["National and State Houses of Assembly Election Petition Tribunal", "the panel"], stance=-1),
        actor("Olumide Ajao", "person", title="member, House of Representatives (Ido/Ibarapa East)",
              affiliation="House of Representatives", aliases=["Olumide Ajao", "Ajao", "Mr Ajao"], stance=1),
        actor("Babatunde Oyelaran", "person", title="counsel to Ajao", affiliation=None,
              aliases=["Babatunde Oyelaran", "Oyelaran"], stance=1),
        actor("Kehinde Adeyemi", "person", title="petitioner", affiliation=None,
              aliases=["Kehinde Adeyemi", "Adeyemi", "Mr Adeyemi"], stance=-1),
        actor("Funmilayo Ogunleye", "person", title="lawyer to the petitioner", affiliation=None,
              aliases=["Funmilayo Ogunleye", "Ogunleye"], stance=None),
        actor("Independent National Electoral Commission", "government", title="electoral commission",
              affiliation="Nigeria", aliases=["Independent National Electoral Commission", "INEC"], stance=None),
        actor("state chapter of Mr Ajao's party", "organisation", title="party's Oyo State chapter", affiliation=None,
              aliases=["state chapter of Mr Ajao's party"], stance=1),
        actor("Iya Bisi", "person", title="trader at the Ido market", affiliation="Ido", aliases=["Iya Bisi"], stance=0),
        actor("tribunal's secretary", "person", title="secretary of the tribunal",
              affiliation="National and State Houses of Assembly Election Petition Tribunal",
              aliases=["tribunal's secretary"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Addis Fortune (Ethiopia) business/economy (fuel prices rise as subsidies are phased out), headline in title case,
#    standfirst "Minibus operators warn of fare hikes; Ministry insists ..." (speech without quote marks: not
#    annotated), curly “ ” and ’, "Addis Abeba", "14pc", "118.40 Br", Ethiopian names (second references by first
#    name); content before "according to the new price list issued by the Ministry ..."; ministry "said in a statement
#    that the adjustment reflected “...” and that B" (partial plus indirect); state minister "told Fortune that A",
#    split quote with "he said." (two closed stretches); association chair "said A and that B" (one span), "he said",
#    "He warned that A"; economist "said the removal ... was “...” but that B" (partial plus indirect), "he said";
#    group "Commuters at the Megenagna taxi terminal on Wednesday evening said A"; nurse "said A", "she said";
#    "Officials of the Ethiopian Petroleum Supply Enterprise (EPSE) said A, with ..., and that B" (one span); scare
#    so-called “fuel card” scheme.
ARTICLES[f"{BATCH}/ethiopia-fuel-price-rise-transport.gold.json"] = {
    "article": f"{BATCH}/ethiopia-fuel-price-rise-transport.txt",
    "target": "Ministry of Trade & Regional Integration",
    "quotes": [
        (I, "Ministry of Trade & Regional Integration", "A litre of benzene now sells for 118.40 Br, up from 104.20 Br, "
            "while diesel rose to 112.60 Br a litre", None),
        (P, "Ministry of Trade & Regional Integration", "the true cost of import and distribution", None),
        (I, "Ministry of Trade & Regional Integration", "public transport operators registered with the Ministry of "
            "Transport & Logistics would continue to receive a targeted subsidy until the end of the fiscal year", None),
        (I, "Kebede Alemu", "the subsidy had cost the treasury more than 140 billion Br in the last fiscal year, most of "
            "it benefiting owners of private cars", None),
        (D, "Kebede Alemu", "A person who owns a V8 does not need the government to pay for his fuel,", None),
        (D, "Kebede Alemu", "The money we save will go to roads, schools and the safety net.", None),
        (I, "Tesfaye Gebremariam", "the targeted subsidy covered only about 60pc of registered vehicles and that many of "
            "his members had been waiting months for their fuel cards", None),
        (D, "Tesfaye Gebremariam", "If I pay the full price and the government tells me I cannot raise the fare, who pays "
            "the difference? Me,", None),
        (I, "Tesfaye Gebremariam", "operators would take vehicles off the road unless the tariff set by the city’s "
            "transport bureau was revised within a month", None),
        (P, "Dawit Hailu", "overdue", None),
        (I, "Dawit Hailu", "the pace of the increases was a concern when inflation was still above 15pc", None),
        (D, "Dawit Hailu", "The policy is right. The sequencing is the problem. You cannot remove the subsidy and leave "
            "the fares frozen and expect nothing to break,", None),
        (I, "Commuters at the Megenagna taxi terminal", "waiting times had already grown longer, as some drivers refused "
            "short trips", None),
        (I, "Meseret Tadesse", "she now spends nearly a third of her salary on transport", None),
        (D, "Meseret Tadesse", "Every month it is a new price. Our salary is the only thing that does not move,", None),
        (I, "Officials of the Ethiopian Petroleum Supply Enterprise", "supply was stable, with more than 45 days of stock "
            "in depots, and that the recent queues at some stations were the result of hoarding by retailers expecting "
            "the price rise", None),
        (S, None, "fuel card", "so-called"),
    ],
    "actors": [
        actor("Ministry of Trade & Regional Integration", "government", title="ministry", affiliation="Ethiopia",
              aliases=["Ministry of Trade & Regional Integration", "Ministry"], stance=1),
        actor("Kebede Alemu", "person", title="Trade State Minister", affiliation="Ministry of Trade & Regional Integration",
              aliases=["Kebede Alemu", "Kebede"], stance=1),
        actor("Tesfaye Gebremariam", "person", title="chairperson",
              affiliation="Addis Abeba Minibus Taxi Owners Association", aliases=["Tesfaye Gebremariam", "Tesfaye"],
              stance=-1),
        actor("Dawit Hailu", "person", title="economist", affiliation="Addis Abeba University",
              aliases=["Dawit Hailu", "Dawit"], stance=0),
        actor("Commuters at the Megenagna taxi terminal", "group", title="commuters", affiliation="Addis Abeba",
              aliases=["Commuters at the Megenagna taxi terminal"], stance=-1),
        actor("Meseret Tadesse", "person", title="nurse, commuter", affiliation="Addis Abeba",
              aliases=["Meseret Tadesse", "Meseret"], stance=-1),
        actor("Officials of the Ethiopian Petroleum Supply Enterprise", "group", title="officials",
              affiliation="Ethiopian Petroleum Supply Enterprise (EPSE)",
              aliases=["Officials of the Ethiopian Petroleum Supply Enterprise"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. BNamericas (Latin America, trade press) mining/environment (Chile's environmental regulator charges a lithium
#    developer over water use), headline without speech, no byline, straight " with a nested straight single '...'
#    inside a quote, "US$9mn", "15,000t/y", "l/s"; content before "according to the SMA's formulation of charges
#    published on Monday"; "The regulator said inspectors had found that A, ..., and that B" (one span); company "In a
#    statement, Puna Lithium said it would A and that the higher extraction rates had been "..." during ..." (indirect
#    plus partial); CEO split quote with "CEO Rodrigo Saavedra told BNamericas." (two closed stretches); community
#    "said the charges confirmed what its members had warned about for years"; community president split quote with
#    "community president Elena Ramos said." whose second stretch holds a nested 'Everything is within the permit.';
#    "have asked that ..." (directive); analyst "said A", quote with "Montes said", "He added that B"; ministry "said it
#    was following the case "..." but that B" (partial plus indirect); lawyer in a long apposition "said A", "she
#    said"; scare so-called "strategic salars".
ARTICLES[f"{BATCH}/maricunga-lithium-sma-charges.gold.json"] = {
    "article": f"{BATCH}/maricunga-lithium-sma-charges.txt",
    "target": "Puna Lithium",
    "quotes": [
        (I, "SMA", "Two of the charges are classified as serious and could lead to fines of up to US$9mn or the "
            "revocation of the project's environmental permit", None),
        (I, "SMA", "inspectors had found that the company extracted an average of 38 liters per second in the first half "
            "of 2026, against an authorized 25 l/s, and that monitoring data for two wells had not been reported since "
            "January", None),
        (I, "Puna Lithium", "it would present a compliance program within the legal deadline of 10 working days", None),
        (P, "Puna Lithium", "a temporary deviation", None),
        (D, "Rodrigo Saavedra", "We have already reduced pumping to authorized levels and we are installing real-time "
            "monitoring at every well,", None),
        (D, "Rodrigo Saavedra", "We believe in a lithium industry that respects the salar, and we will show it.", None),
        (I, "Colla indigenous community of Río Jorquera", "the charges confirmed what its members had warned about for "
            "years", None),
        (D, "Elena Ramos", "The wetlands at the edge of the salar are drying. Our animals used to drink there. Now there "
            "is only salt,", None),
        (D, "Elena Ramos", "When we complained, they told us, 'Everything is within the permit.' It was not.", None),
        (I, "Javier Montes", "the case was a test of the government's national lithium strategy, which promotes DLE as a "
            "way to produce lithium with less impact on water", None),
        (D, "Javier Montes", "If the first DLE project in Maricunga cannot stay within its water permit, investors will "
            "ask what that means for the whole model,", None),
        (I, "Javier Montes", "the charges were unlikely to stop the project but could delay financing by at least a year",
            None),
        (P, "mining ministry", "with attention", None),
        (I, "mining ministry", "sanctioning processes were the exclusive responsibility of the SMA", None),
        (I, "Catalina Fuenzalida", "companies that present a credible compliance program and meet it usually avoid the "
            "most severe penalties", None),
        (D, "Catalina Fuenzalida", "The program is the company's best chance. The SMA generally prefers compliance to "
            "punishment,", None),
        (S, None, "strategic salars", None),
    ],
    "actors": [
        actor("SMA", "government", title="environmental regulator (Superintendencia del Medio Ambiente)",
              affiliation="Chile", aliases=["SMA", "The regulator"], stance=-1),
        actor("Puna Lithium", "organisation", title="lithium developer", affiliation="Chile",
              aliases=["Puna Lithium"], stance=1),
        actor("Rodrigo Saavedra", "person", title="CEO", affiliation="Puna Lithium",
              aliases=["Rodrigo Saavedra", "Saavedra"], stance=1),
        actor("Colla indigenous community of Río Jorquera", "group", title="indigenous community (complainant)",
              affiliation="Atacama region", aliases=["Colla indigenous community of Río Jorquera"], stance=-1),
        actor("Elena Ramos", "person", title="community president",
              affiliation="Colla indigenous community of Río Jorquera", aliases=["Elena Ramos", "Ramos"], stance=-1),
        actor("Javier Montes", "person", title="analyst", affiliation="Cordillera Metals Advisory",
              aliases=["Javier Montes", "Montes"], stance=0),
        actor("mining ministry", "government", title="mining ministry", affiliation="Chile",
              aliases=["mining ministry"], stance=None),
        actor("Catalina Fuenzalida", "person", title="lawyer, partner", affiliation="Fuenzalida & Vial",
              aliases=["Catalina Fuenzalida", "Fuenzalida"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Pharmaceutical Journal (UK, trade press) health/business (a pharmacy chain closes 38 branches), headline
#    without speech, standfirst "..., while pharmacists warn of 'pharmacy deserts' in northern towns" (partial for the
#    group named), byline, British straight single quotes '...' for quotes and fragments (apostrophes in "We've",
#    "they're", "She's", "manager's", "Patients'"), "£617m"; content before "the company announced on 3 December
#    2026"; "In a statement, Wellgate said the closures were '...' and that B" (partial plus indirect); chief executive
#    "said the chain had lost money ... in '...' of the past year" (partial only), split quote with "he said." whose
#    second stretch runs open to the end of its paragraph, then a closed quote-only paragraph; NPA "said it was '...' by
#    the closures and that B" (partial plus indirect); anonymous pharmacist manager "told The PJ that A", quote with
#    "the pharmacist said"; "Wellgate said A"; forum chair "said the company had '...' and that B" (partial plus
#    indirect), "she said"; DHSC spokesperson "said A, ..., and was committed to '...'" (indirect plus partial);
#    Community Pharmacy England "said that increase had been '...' after ..." (partial only); owner and loss (no cue);
#    "The company said A".
ARTICLES[f"{BATCH}/wellgate-pharmacy-closures-hours.gold.json"] = {
    "article": f"{BATCH}/wellgate-pharmacy-closures-hours.txt",
    "target": "Wellgate Pharmacy",
    "quotes": [
        (P, "pharmacists", "pharmacy deserts", None),
        (I, "Wellgate Pharmacy", "Wellgate Pharmacy is to close 38 of its 412 branches in England by the end of March "
            "2027 and reduce opening hours at a further 60", None),
        (P, "Wellgate Pharmacy", "a direct consequence of a funding settlement that has not kept pace with costs", None),
        (I, "Wellgate Pharmacy", "no pharmacists would be made compulsorily redundant", None),
        (P, "Simon Hartley", "every single month", None),
        (D, "Simon Hartley", "We are paid less today, in real terms, to dispense a prescription than we were ten years "
            "ago,", None),
        (D, "Simon Hartley", "We've kept branches open for as long as we could.", None),
        (D, "Simon Hartley", "At some point, you have to stop subsidising the NHS from your own balance sheet.", None),
        (P, "National Pharmacy Association", "deeply concerned", None),
        (I, "National Pharmacy Association", "more than 1,200 pharmacies in England had closed since 2017", None),
        (I, "pharmacist manager at a Wellgate branch in Oldham", "staff had learned of the closure from a regional "
            "manager's email on the morning of the announcement", None),
        (D, "pharmacist manager at a Wellgate branch in Oldham", "We have patients on weekly blister packs and methadone "
            "who come in every day. Nobody has told us where they're supposed to go,", None),
        (I, "Wellgate Pharmacy", "it would work with local integrated care boards to transfer patients to nearby "
            "pharmacies", None),
        (P, "Janet Pearce", "put shareholders before patients", None),
        (I, "Janet Pearce", "older residents in the town centre would be left without a pharmacy within walking distance",
            None),
        (D, "Janet Pearce", "My neighbour is 87. She's not going to take two buses to pick up her tablets,", None),
        (I, "spokesperson for the Department of Health and Social Care", "the government had increased funding for "
            "community pharmacy by £617m this year, the largest uplift in a decade", None),
        (P, "spokesperson for the Department of Health and Social Care", "a thriving pharmacy sector", None),
        (P, "Community Pharmacy England", "welcome, but nowhere near enough", None),
        (I, "Wellgate Pharmacy", "the branches earmarked for closure had an average of 4,100 items dispensed a month, "
            "compared with a national average of about 8,000", None),
    ],
    "actors": [
        actor("pharmacists", "group", title="pharmacists (standfirst)", affiliation=None, aliases=["pharmacists"],
              stance=-1),
        actor("Wellgate Pharmacy", "organisation", title="pharmacy chain", affiliation="Harbour Ridge Capital",
              aliases=["Wellgate Pharmacy", "Wellgate"], stance=1),
        actor("Simon Hartley", "person", title="chief executive", affiliation="Wellgate Pharmacy",
              aliases=["Simon Hartley", "Hartley"], stance=1),
        actor("National Pharmacy Association", "organisation", title="pharmacy trade body", affiliation="UK",
              aliases=["National Pharmacy Association", "NPA"], stance=-1),
        actor("pharmacist manager at a Wellgate branch in Oldham", "person", title="anonymous pharmacist manager",
              affiliation="Wellgate Pharmacy (Oldham)",
              aliases=["pharmacist manager at a Wellgate branch in Oldham", "the pharmacist"], stance=-1),
        actor("Janet Pearce", "person", title="chair", affiliation="Oldham Patients' Forum",
              aliases=["Janet Pearce", "Pearce"], stance=-1),
        actor("spokesperson for the Department of Health and Social Care", "person", title="spokesperson",
              affiliation="Department of Health and Social Care",
              aliases=["spokesperson for the Department of Health and Social Care"], stance=-1),
        actor("Community Pharmacy England", "organisation", title="negotiating body for the pharmacy contract",
              affiliation="England", aliases=["Community Pharmacy England"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
