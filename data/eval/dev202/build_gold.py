"""Build the dev202 gold files (data/eval/dev202/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev202/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev202.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev202"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. KUNA (Kuwait News Agency) wire, public services (a desalination plant fault drops water pressure in
#    Al-Ahmadi), headline without speech, dateline "KUWAIT, Dec 4 (KUNA) --", "(end)" line, straight " and
#    apostrophes, "Eng."/"Dr." titles; lede content before "the Ministry of Electricity, Water and Renewable
#    Energy said on Thursday"; "In a press statement, the ministry said A and that B "..."" (indirect plus
#    partial); undersecretary "told KUNA that A", quote with "Al-Ajmi said" and a quote-only paragraph, "He
#    added that A, and urged ..." (the directive not annotated); scare so-called "rolling cuts"; group
#    "Residents of ... said A and that B" (one span); quote before "said Mubarak Al-Hajri, a resident of
#    Mangaf", "he said"; "Former MP ... wrote on X that the fault was "..." in the water sector" (partial
#    only); engineer "said ... was operating "..." during ..." (partial only), quote with "she said, calling
#    for ..." (directive not annotated); Fire Force "said A"; Ministry of Health "affirmed that A"; "According
#    to the Kuwait Institute for Scientific Research (KISR), A".
ARTICLES[f"{BATCH}/kuwait-azzour-water-pressure-drop.gold.json"] = {
    "article": f"{BATCH}/kuwait-azzour-water-pressure-drop.txt",
    "target": "Ministry of Electricity, Water and Renewable Energy",
    "quotes": [
        (I, "Ministry of Electricity, Water and Renewable Energy", "Water pumping to 11 residential areas in "
            "Al-Ahmadi Governorate will return to normal levels within 48 hours", None),
        (I, "Ministry of Electricity, Water and Renewable Energy", "the fault had hit two of the plant's "
            "distillation units early on Tuesday", None),
        (P, "Ministry of Electricity, Water and Renewable Energy", "around the clock", None),
        (I, "Nasser Al-Ajmi", "strategic reserves in the Sulaibiya and Mutlaa tanks were sufficient to cover any "
            "shortage", None),
        (D, "Nasser Al-Ajmi", "There is no water crisis in Kuwait. What residents felt in the last two days was a "
            "drop in pressure, not a cut, and it was handled according to the emergency plan,", None),
        (D, "Nasser Al-Ajmi", "We have diverted additional quantities from the Doha West and Shuwaikh plants, and "
            "tanker trucks are available free of charge to any house that needs them.", None),
        (I, "Nasser Al-Ajmi", "the ministry would publish a full technical report on the causes of the fault once "
            "the investigation was completed", None),
        (S, None, "rolling cuts", None),
        (I, "Residents of Fahaheel, Mangaf and Abu Halifa", "taps in many homes had run dry for more than 20 hours "
            "and that the ministry's hotline had been unreachable on Tuesday night", None),
        (D, "Mubarak Al-Hajri", "My mother is 78 years old and we had no water to wash or to cook. Nobody from the "
            "ministry answered the phone until the morning,", None),
        (D, "Mubarak Al-Hajri", "We are not asking for miracles. We are asking for a message on the phone telling "
            "people what is happening,", None),
        (P, "Abdullah Al-Enezi", "a predictable result of years of delayed projects", None),
        (P, "Hanan Al-Mutairi", "with almost no safety margin", None),
        (D, "Hanan Al-Mutairi", "Several units in Kuwait are more than 30 years old. When two units stop at the same "
            "time, the whole southern network feels it immediately,", None),
        (I, "Kuwait Fire Force", "its teams had delivered water to two private hospitals and a care home in the area "
            "on Wednesday at the ministry's request", None),
        (I, "Ministry of Health", "all public hospitals and clinics in Al-Ahmadi were operating normally and had not "
            "been affected by the pressure drop", None),
        (I, "Kuwait Institute for Scientific Research", "daily water consumption per person in Kuwait is among the "
            "highest in the world, at around 450 litres", None),
    ],
    "actors": [
        actor("Ministry of Electricity, Water and Renewable Energy", "government", title="ministry",
              affiliation="Kuwait",
              aliases=["Ministry of Electricity, Water and Renewable Energy", "the ministry"], stance=1),
        actor("Nasser Al-Ajmi", "person", title="Acting Undersecretary (Eng.)",
              affiliation="Ministry of Electricity, Water and Renewable Energy",
              aliases=["Nasser Al-Ajmi", "Eng. Nasser Al-Ajmi", "Al-Ajmi"], stance=1),
        actor("Residents of Fahaheel, Mangaf and Abu Halifa", "group", title="residents", affiliation=None,
              aliases=["Residents of Fahaheel, Mangaf and Abu Halifa"], stance=-1),
        actor("Mubarak Al-Hajri", "person", title="resident of Mangaf", affiliation=None,
              aliases=["Mubarak Al-Hajri", "Al-Hajri"], stance=-1),
        actor("Abdullah Al-Enezi", "person", title="former MP", affiliation=None,
              aliases=["Abdullah Al-Enezi", "Al-Enezi"], stance=-1),
        actor("Hanan Al-Mutairi", "person", title="head of the water committee (Dr.)",
              affiliation="Kuwait Society of Engineers",
              aliases=["Hanan Al-Mutairi", "Dr. Hanan Al-Mutairi", "Al-Mutairi"], stance=-1),
        actor("Kuwait Fire Force", "government", title="fire service", affiliation="Kuwait",
              aliases=["Kuwait Fire Force"], stance=None),
        actor("Ministry of Health", "government", title="ministry", affiliation="Kuwait",
              aliases=["Ministry of Health"], stance=None),
        actor("Kuwait Institute for Scientific Research", "organisation", title="research institute",
              affiliation="Kuwait", aliases=["Kuwait Institute for Scientific Research", "KISR"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Nairametrics (Nigeria) business/finance (the central bank fines a mobile money operator over KYC
#    breaches), headline with a curly single fragment "... over ‘KYC lapses’" (the CBN), byline and date
#    lines, curly “ ” and ’, "N1.2 billion", "Mrs", a "What you should know" section; lede "has imposed a fine
#    ... and barred it" (acts); "This was disclosed in a circular ..." (no content); "According to the
#    circular, A" (the CBN); scare so-called “tier-one” wallets; "The CBN said A and described the lapses as
#    “...”" (indirect plus partial); direct before "the circular stated"; company "said it accepted the
#    findings but that B and C" (one span); CEO's quote ended by an apposition "the company’s Chief Executive
#    Officer, Tunde Bakare-Cole, said"; "He added that A and that B “...”" (indirect plus partial); group
#    "Some Kudira Pay customers who spoke to Nairametrics, however, said A"; quote before "said Blessing
#    Okafor, a trader ..."; FCCPC "said A and had asked ..." (one span); analyst "said A but would B" (one
#    span), quote with "Nwosu said"; association "said it supported ... but that B “...” back into cash"
#    (indirect plus partial); "says it has more than 4 million registered users" in the background section.
ARTICLES[f"{BATCH}/cbn-fines-kudira-pay-kyc.gold.json"] = {
    "article": f"{BATCH}/cbn-fines-kudira-pay-kyc.txt",
    "target": "Kudira Pay",
    "quotes": [
        (P, "Central Bank of Nigeria", "KYC lapses", None),
        (I, "Central Bank of Nigeria", "more than 340,000 Kudira Pay wallets had been opened without a valid Bank "
            "Verification Number (BVN) or National Identification Number (NIN), in breach of the apex bank’s tiered "
            "know-your-customer rules", None),
        (S, None, "tier-one", None),
        (I, "Central Bank of Nigeria", "the operator had also failed to file suspicious transaction reports on time",
            None),
        (P, "Central Bank of Nigeria", "serious and repeated.", None),
        (D, "Central Bank of Nigeria", "The Bank will not hesitate to take further regulatory action, including the "
            "revocation of licences, against any institution that exposes the payments system to fraud and money "
            "laundering risks,", None),
        (I, "Kudira Pay", "it accepted the findings but that no customer funds had been lost and all affected wallets "
            "had been temporarily restricted pending verification", None),
        (D, "Tunde Bakare-Cole", "We take full responsibility for the gaps in our onboarding process. But let me be "
            "clear: every naira in a Kudira wallet is safe and available,", None),
        (I, "Tunde Bakare-Cole", "the company had hired a new chief compliance officer", None),
        (P, "Tunde Bakare-Cole", "well before the end of the first quarter.", None),
        (I, "Kudira Pay customers who spoke to Nairametrics", "they had been unable to withdraw money from their "
            "wallets since Monday", None),
        (D, "Blessing Okafor", "I had N85,000 in the wallet for my shop. Nobody told us anything until I saw the news "
            "on WhatsApp,", None),
        (I, "Federal Competition and Consumer Protection Commission", "it had received more than 1,200 complaints "
            "against Kudira Pay since Monday and had asked the company to explain the restrictions within seven days",
            None),
        (I, "Kelechi Nwosu", "the fine was unlikely to threaten Kudira Pay’s survival but would delay its plans to "
            "raise fresh capital next year", None),
        (D, "Kelechi Nwosu", "Regulators are sending a message to the whole sector, not only to Kudira. The era of "
            "growth at all costs is over,", None),
        (I, "Fintech Association of Nigeria", "it supported the enforcement action", None),
        (P, "Fintech Association of Nigeria", "millions of unbanked Nigerians", None),
        (I, "Kudira Pay", "it has more than 4 million registered users, most of them small traders and transport "
            "workers in Lagos, Kano and Onitsha", None),
    ],
    "actors": [
        actor("Central Bank of Nigeria", "government", title="central bank", affiliation="Nigeria",
              aliases=["Central Bank of Nigeria", "CBN", "the circular", "the apex bank"], stance=-1),
        actor("Kudira Pay", "organisation", title="mobile money operator", affiliation="Nigeria",
              aliases=["Kudira Pay", "Kudira", "the company"], stance=1),
        actor("Tunde Bakare-Cole", "person", title="Chief Executive Officer", affiliation="Kudira Pay",
              aliases=["Tunde Bakare-Cole", "Bakare-Cole"], stance=1),
        actor("Kudira Pay customers who spoke to Nairametrics", "group", title="customers", affiliation=None,
              aliases=["Kudira Pay customers who spoke to Nairametrics"], stance=-1),
        actor("Blessing Okafor", "person", title="trader at Balogun Market, Lagos", affiliation=None,
              aliases=["Blessing Okafor", "Okafor"], stance=-1),
        actor("Federal Competition and Consumer Protection Commission", "government",
              title="consumer protection regulator", affiliation="Nigeria",
              aliases=["Federal Competition and Consumer Protection Commission", "FCCPC"], stance=-1),
        actor("Kelechi Nwosu", "person", title="head of research", affiliation="Halden Capital",
              aliases=["Kelechi Nwosu", "Nwosu"], stance=0),
        actor("Fintech Association of Nigeria", "organisation", title="industry association", affiliation="Nigeria",
              aliases=["Fintech Association of Nigeria"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. PACNEWS (Pacific regional wire, Suva) sport/governance (World Rugby gives the Fiji Rugby Union 60 days
#    to fix its governance), headline in capitals without speech, dateline "SUVA, 03 DECEMBER 2026 (FBC
#    NEWS/PACNEWS) ----", closing ".....PACNEWS", straight " and apostrophes, "FJ$"; lede "has given ... 60
#    days to ..." (directive); "In a letter to the union, seen by FBC News, World Rugby said the FRU had
#    "..." to meet ..." (partial only); "The letter also said A and that B" (World Rugby, one span);
#    "According to the union's last published accounts, A" (the FRU); present-tense "chief executive ...
#    says A but that B" (one span), quote with "Naivalu said" then a quote running over two paragraphs (the
#    first open, the second closed); scare so-called "development levy"; minister "told Parliament ... that
#    A", quote with "he said"; former captain "said A", quote before "Nakarawa told FBC News"; players' body
#    "said in a statement that A"; Oceania Rugby "said A and would B" (one span); group "Fans outside the FRU
#    headquarters ... said A. They said B" (pronoun).
ARTICLES[f"{BATCH}/world-rugby-fiji-rugby-union-deadline.gold.json"] = {
    "article": f"{BATCH}/world-rugby-fiji-rugby-union-deadline.txt",
    "target": "Fiji Rugby Union",
    "quotes": [
        (P, "World Rugby", "repeatedly failed", None),
        (I, "World Rugby", "the union had not held an annual general meeting since 2024 and that two board positions "
            "had been vacant for more than a year", None),
        (I, "Fiji Rugby Union", "the FRU recorded a deficit of FJ$3.2 million in 2023", None),
        (I, "Apisalome Naivalu", "the union accepts it has work to do but that most of the conditions are already "
            "being met", None),
        (D, "Apisalome Naivalu", "We are not hiding from anything. The accounts for 2025 are with the auditors now and "
            "we expect to table them before Christmas,", None),
        (D, "Apisalome Naivalu", "The board has already agreed in principle to bring in independent directors. What "
            "we are asking World Rugby for is time, not special treatment.", None),
        (D, "Apisalome Naivalu", "Rugby is the heartbeat of this country and nobody in this office wants to put the "
            "Flying Fijians at risk.", None),
        (S, None, "development levy", None),
        (I, "Josefa Dakuwaqa", "government would not bail out the union again", None),
        (D, "Josefa Dakuwaqa", "Government has put money into the FRU three times in six years. Taxpayers deserve to "
            "know where it went,", None),
        (I, "Waisea Nakarawa", "players had lost confidence in the union's administration", None),
        (D, "Waisea Nakarawa", "The boys play for the jersey and for their families. They should not have to read "
            "about the union's problems in the newspaper before a test match,", None),
        (I, "Pacific Rugby Players Welfare", "at least 14 Fiji-based players were still waiting for match fees from "
            "the July test series", None),
        (I, "Oceania Rugby", "it remained confident the FRU could meet the deadline and would provide two governance "
            "advisers to help the union through the process", None),
        (I, "Fans outside the FRU headquarters", "they were tired of the infighting", None),
        (I, "Fans outside the FRU headquarters", "the union should open its books to the public", None),
    ],
    "actors": [
        actor("World Rugby", "organisation", title="international federation", affiliation=None,
              aliases=["World Rugby", "The letter"], stance=-1),
        actor("Fiji Rugby Union", "organisation", title="national rugby union", affiliation="Fiji",
              aliases=["Fiji Rugby Union", "FRU", "the union"], stance=0),
        actor("Apisalome Naivalu", "person", title="chief executive", affiliation="Fiji Rugby Union",
              aliases=["Apisalome Naivalu", "Naivalu"], stance=1),
        actor("Josefa Dakuwaqa", "person", title="Minister for Youth and Sports (Ratu)", affiliation="Fiji government",
              aliases=["Josefa Dakuwaqa", "Ratu Josefa Dakuwaqa", "Dakuwaqa"], stance=-1),
        actor("Waisea Nakarawa", "person", title="former Flying Fijians captain", affiliation=None,
              aliases=["Waisea Nakarawa", "Nakarawa"], stance=-1),
        actor("Pacific Rugby Players Welfare", "organisation", title="players' welfare body", affiliation=None,
              aliases=["Pacific Rugby Players Welfare"], stance=-1),
        actor("Oceania Rugby", "organisation", title="regional federation", affiliation=None,
              aliases=["Oceania Rugby"], stance=1),
        actor("Fans outside the FRU headquarters", "group", title="fans", affiliation=None,
              aliases=["Fans outside the FRU headquarters"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Light Reading (telecom trade press) network outage (a Canadian operator blames its core vendor for a
#    14-hour outage), headline with a curly fragment "Tamarack blames “faulty” vendor update" (Tamarack),
#    standfirst without speech, byline with
#    title, "12/3/2026", curly “ ” and ’, American punctuation; operator's report "the operator said A"
#    (Tamarack); CTO's quote ended by an apposition "Tamarack’s chief technology officer, Marc-André Fournier,
#    told Light Reading" then a quote-only paragraph; "Fournier said A"; scare “blast radius” (writer's gloss);
#    vendor "said the software had been “...” and that B" (partial plus indirect); operator "said it would
#    credit ..."; regulator "said it would examine whether ... and would publish ..." (one span); minister
#    "called the outage “...” and said A" (partial plus indirect), quote with "she said"; analyst "said A",
#    quote with "Brisco said"; consultant "wrote on LinkedIn that A"; business group "said A, and that B" (one
#    span).
ARTICLES[f"{BATCH}/tamarack-outage-core-vendor-dispute.gold.json"] = {
    "article": f"{BATCH}/tamarack-outage-core-vendor-dispute.txt",
    "target": "Tamarack Wireless",
    "quotes": [
        (P, "Tamarack Wireless", "faulty", None),
        (I, "Tamarack Wireless", "the update had triggered a fault in the session management function of its 5G "
            "standalone core, which then spread to its older 4G core", None),
        (D, "Marc-André Fournier", "We followed every step of our change management process. The update passed "
            "testing in our lab and in a limited field trial before it went live,", None),
        (D, "Marc-André Fournier", "What we did not have was a fast enough way to roll it back, and we are fixing "
            "that.", None),
        (I, "Marc-André Fournier", "the operator would add a second, independent core from a different supplier by "
            "the end of 2027", None),
        (S, None, "blast radius", None),
        (P, "Korsa Networks", "deployed outside the validated configuration", None),
        (I, "Korsa Networks", "its engineers had flagged the risk to Tamarack two weeks before the upgrade", None),
        (I, "Tamarack Wireless", "it would credit every affected customer with two days of service on their next bill",
            None),
        (I, "Canadian Radio-television and Telecommunications Commission", "it would examine whether Tamarack had met "
            "its obligation to keep 911 calls available during the outage and would publish its findings", None),
        (P, "Priya Chandrasekar", "simply unacceptable", None),
        (I, "Priya Chandrasekar", "she would meet the chief executives of the country’s largest operators next week",
            None),
        (D, "Priya Chandrasekar", "Canadians could not call an ambulance because of a software update. That cannot "
            "happen again,", None),
        (I, "Paolo Brisco", "the dispute between the operator and its vendor was likely to end up with lawyers rather "
            "than engineers", None),
        (D, "Paolo Brisco", "Outages like this are almost never just one vendor’s fault. The operator owns the "
            "network, and the operator owns the rollback,", None),
        (I, "Hannah Møller", "the industry’s shift to cloud-native cores had made failures faster to spread and harder "
            "to contain, because many functions now share the same software platform", None),
        (I, "Canadian Federation of Independent Business", "small firms that rely on card terminals running over "
            "mobile networks had lost a full day of sales, and that some had been told by Tamarack they were not "
            "eligible for compensation", None),
    ],
    "actors": [
        actor("Tamarack Wireless", "organisation", title="mobile operator", affiliation="Canada",
              aliases=["Tamarack Wireless", "Tamarack", "the operator"], stance=1),
        actor("Marc-André Fournier", "person", title="chief technology officer", affiliation="Tamarack Wireless",
              aliases=["Marc-André Fournier", "Fournier"], stance=1),
        actor("Korsa Networks", "organisation", title="core network vendor", affiliation=None,
              aliases=["Korsa Networks", "Korsa"], stance=-1),
        actor("Canadian Radio-television and Telecommunications Commission", "government", title="regulator",
              affiliation="Canada",
              aliases=["Canadian Radio-television and Telecommunications Commission", "CRTC"], stance=0),
        actor("Priya Chandrasekar", "person", title="industry minister", affiliation="Government of Canada",
              aliases=["Priya Chandrasekar", "Chandrasekar"], stance=-1),
        actor("Paolo Brisco", "person", title="principal analyst", affiliation="Sternway Research",
              aliases=["Paolo Brisco", "Brisco"], stance=-1),
        actor("Hannah Møller", "person", title="telecom consultant", affiliation=None,
              aliases=["Hannah Møller", "Møller"], stance=None),
        actor("Canadian Federation of Independent Business", "organisation", title="small business group",
              affiliation="Canada", aliases=["Canadian Federation of Independent Business"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
