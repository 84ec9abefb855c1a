"""Build the test151 gold files (data/eval/test151/*.gold.json) from the annotation specs below.

Held out: do not read these articles or specs while building or tuning the extractor.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test151/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test151.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test151"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. MaltaToday (Malta) planning (a hotel tower approved against the case officer's advice), headline and
#    standfirst without speech, byline and "4 December 2026, 7:12pm" lines, straight " and apostrophes, British
#    punctuation outside closing marks, "€48 million"; case officer's report "described the height as "..." and
#    warned that B" (partial plus indirect); scare so-called "height relaxation policy"; chairman "defended the
#    decision, saying the project would bring "..." to ..." (partial only), quote with "Gauci told MaltaToday" and a
#    quote-only paragraph; group "Residents of Xemxija ... said the decision had been taken "..."" (partial only);
#    mayor named after her quote, then "She said A"; NGO "said A, and accused the board of treating ... as "..."";
#    developer's spokesperson "said the company was "..." ... and that B"; "According to the Environment and
#    Resources Authority, A, although it asked for ..." (the request not annotated); anonymous "One board member ...,
#    speaking on condition of anonymity, told MaltaToday that several members had received "..." ..." (partial only),
#    then "the member said"; "Gauci denied that A, and said that B" (two indirects); opposition spokesperson "said
#    the decision showed that the authority "..."" (partial only).
ARTICLES[f"{BATCH}/malta-xemxija-hotel-tower-approved.gold.json"] = {
    "article": f"{BATCH}/malta-xemxija-hotel-tower-approved.txt",
    "target": "Planning Authority",
    "quotes": [
        (P, "case officer", "incompatible with the character of the bay", None),
        (I, "case officer", "the tower would dominate views from the Mistra ridge for several kilometres", None),
        (S, None, "height relaxation policy", None),
        (P, "Martin Gauci", "much-needed quality accommodation", None),
        (D, "Martin Gauci", "The board is not bound by the case officer. We weighed the report, we weighed the "
            "objections, and we weighed the policies in force,", None),
        (D, "Martin Gauci", "If people don't like the policies, that is a matter for Parliament, not for this board.",
            None),
        (P, "Residents of Xemxija", "before anyone even opened their mouth", None),
        (D, "Claudette Bugeja", "We are not against tourism. We are against a tower that will cast a shadow on a beach "
            "where families have swum for generations,", None),
        (I, "Claudette Bugeja", "the local council had never been consulted on the traffic plan for the site, which "
            "sits on a narrow road already congested in summer", None),
        (I, "Moviment Graffitti", "it would file an appeal before the Environment and Planning Review Tribunal within "
            "the 30-day deadline", None),
        (P, "Moviment Graffitti", "a box-ticking exercise", None),
        (P, "spokesperson for Bayview Leisure Holdings", "delighted", None),
        (I, "spokesperson for Bayview Leisure Holdings", "the hotel would create 180 jobs once it opens in 2030", None),
        (I, "Environment and Resources Authority", "the project would not have a significant impact on protected "
            "habitats", None),
        (P, "One board member", "lobbying calls", None),
        (D, "One board member", "I have sat on this board for three years and I have never seen so much pressure over "
            "a single application,", None),
        (I, "Martin Gauci", "any member had been lobbied", None),
        (I, "Martin Gauci", "every board member had declared any conflict of interest before the vote, as required by "
            "law", None),
        (P, "Mark Anthony Borg", "answers to developers, not to residents", None),
    ],
    "actors": [
        actor("case officer", "person", title="Planning Authority case officer (report)",
              affiliation="Planning Authority", aliases=["case officer"], stance=-1),
        actor("Martin Gauci", "person", title="board chairman", affiliation="Planning Authority",
              aliases=["Martin Gauci", "Gauci"], stance=1),
        actor("Residents of Xemxija", "group", title="residents at the hearing", affiliation=None,
              aliases=["Residents of Xemxija"], stance=-1),
        actor("Claudette Bugeja", "person", title="mayor", affiliation="St Paul's Bay local council",
              aliases=["Claudette Bugeja", "Bugeja"], stance=-1),
        actor("Moviment Graffitti", "organisation", title="activist group", affiliation=None,
              aliases=["Moviment Graffitti"], stance=-1),
        actor("spokesperson for Bayview Leisure Holdings", "person", title="spokesperson",
              affiliation="Bayview Leisure Holdings", aliases=["spokesperson for Bayview Leisure Holdings"], stance=1),
        actor("Environment and Resources Authority", "government", title="environment regulator", affiliation="Malta",
              aliases=["Environment and Resources Authority"], stance=0),
        actor("One board member", "person", title="Planning Authority board member who voted against (anonymous)",
              affiliation="Planning Authority", aliases=["One board member", "the member"], stance=-1),
        actor("Mark Anthony Borg", "person", title="spokesperson for planning", affiliation="Nationalist Party",
              aliases=["Mark Anthony Borg", "Borg"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Guardian (Nigeria) courts (a court orders a telco to restore expired data), headline with a curly single
#    fragment "telco calls ruling ‘misconceived’", byline, curly “ ” and ’, "N10 million", "(SAN)"; "hailed as a
#    landmark" (no cue); judge "held that ... amounted to an “...” under ..." (partial only); scare so-called
#    “validity window” (glossed); judge "said: “...` open at the end of its line, then a closed paragraph; "She
#    ordered the company to ..." (directive); counsel "said the ruling would benefit millions ... who had watched
#    their data “...”" (partial only), quote with "he told The Guardian"; statement signed by an officer, "Nexa
#    described the judgment as “...” and said B" (partial plus indirect), "the statement said"; NCC "said A";
#    "According to the NCC, A"; FCCPC "welcomed the ruling" (act), its head "said A", quote with "Danjuma said";
#    trader "said she lost “...” of her data ..." (partial only), "she said"; student "said he worried A", quote
#    with "he said".
ARTICLES[f"{BATCH}/nexa-telecom-data-expiry-judgment.gold.json"] = {
    "article": f"{BATCH}/nexa-telecom-data-expiry-judgment.txt",
    "target": "Nexa Telecom",
    "quotes": [
        (P, "Nexa Telecom", "misconceived", "telco calls ruling"),
        (P, "Adaeze Okonkwo-Bello", "unfair contract term", None),
        (S, None, "validity window", None),
        (D, "Adaeze Okonkwo-Bello", "A subscriber who pays for a gigabyte has bought a gigabyte, not the right to use it "
            "within a period chosen by the seller. The defendant cannot keep both the money and the data.", None),
        (D, "Adaeze Okonkwo-Bello", "The court is not setting the prices of telecommunications services. That is the "
            "duty of the regulator. The court is only saying that what has been paid for must be delivered.", None),
        (P, "Femi Adewale", "disappear at midnight", None),
        (D, "Femi Adewale", "This is not only about 42 people. Every Nigerian with a phone has lost data this way,",
            None),
        (P, "Nexa Telecom", "misconceived", "Nexa described"),
        (I, "Nexa Telecom", "it had instructed its lawyers to file an appeal immediately", None),
        (D, "Nexa Telecom", "Data validity periods are approved by the regulator and are standard practice across the "
            "industry worldwide. Our tariffs are clearly published, and subscribers choose the plans that suit them,",
            None),
        (I, "Nigerian Communications Commission", "it was studying the judgment", None),
        (I, "Nigerian Communications Commission", "data expiry rules were last reviewed in 2021, when operators were "
            "directed to offer rollover on plans above 10GB", None),
        (I, "Musa Ibrahim Danjuma", "the agency had received more than 6,000 complaints about data depletion in the "
            "past year alone", None),
        (D, "Musa Ibrahim Danjuma", "Operators must understand that the law protects consumers even when the contract "
            "is in small print,", None),
        (P, "Blessing Oduya", "at least half", None),
        (D, "Blessing Oduya", "I buy 5GB and I use maybe two. The rest just vanishes. Now they will have to give it "
            "back,", None),
        (I, "Ifeanyi Nwosu", "he worried the company would simply raise its prices to recover the money", None),
        (D, "Ifeanyi Nwosu", "They will find a way to collect it from us again,", None),
    ],
    "actors": [
        actor("Nexa Telecom", "organisation", title="mobile operator", affiliation=None,
              aliases=["Nexa Telecom", "Nexa", "telco"], stance=1),
        actor("Adaeze Okonkwo-Bello", "person", title="Justice, Federal High Court (Lagos)",
              affiliation="Federal High Court", aliases=["Adaeze Okonkwo-Bello", "Okonkwo-Bello", "the judge"],
              stance=-1),
        actor("Femi Adewale", "person", title="counsel to the plaintiffs (SAN)", affiliation=None,
              aliases=["Femi Adewale", "Adewale"], stance=-1),
        actor("Nigerian Communications Commission", "government", title="telecoms regulator", affiliation="Nigeria",
              aliases=["Nigerian Communications Commission", "NCC"], stance=0),
        actor("Musa Ibrahim Danjuma", "person", title="Executive Vice Chairman",
              affiliation="Federal Competition and Consumer Protection Commission",
              aliases=["Musa Ibrahim Danjuma", "Danjuma"], stance=-1),
        actor("Blessing Oduya", "person", title="trader, subscriber", affiliation=None,
              aliases=["Blessing Oduya", "Oduya"], stance=-1),
        actor("Ifeanyi Nwosu", "person", title="student, 23, subscriber", affiliation=None,
              aliases=["Ifeanyi Nwosu", "Nwosu"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Grist (US climate and justice) (a utility's power shutoffs during a heat wave), headline without speech,
#    "Maya Lindqvist, Climate reporter" and "Dec 3, 2026" lines, straight " and apostrophes, US punctuation inside
#    closing marks; lede content before "according to records the utility filed with ..." (the utility's own
#    filings: the utility); scare so-called "heat moratorium," (comma inside); commission "voted ... to open an
#    investigation" (act); commissioner named after the first stretch of a split quote; utility "said in a
#    statement that the shutoffs were the result of a "..." that ..." (partial only), "It said A and that B" (one
#    span); chief executive "told Grist the company was "..."" (partial) then two quotes in the same paragraph
#    ("he said"); nonprofit "said records it obtained showed A"; policy director named after the quote, "said the
#    error defense "..." when ..." (partial only), "they said" (the director, who uses they/them); retiree "She said
#    A", quote with "Ortega said"; content before "according to the Maricopa County Department of Public Health";
#    researcher "said people ... can develop heat exhaustion "..." ..." (partial only), "she said";
#    "Harwood said A and had B" (one span).
ARTICLES[f"{BATCH}/arizona-utility-heat-shutoffs.gold.json"] = {
    "article": f"{BATCH}/arizona-utility-heat-shutoffs.txt",
    "target": "Sonoran Public Power",
    "quotes": [
        (I, "Sonoran Public Power", "As temperatures in the Phoenix area climbed past 112 degrees Fahrenheit in late "
            "September, Sonoran Public Power disconnected electricity to more than 1,100 households for unpaid bills",
            None),
        (S, None, "heat moratorium,", None),
        (D, "Ana Delgado-Reyes", "A rule that protects people only when a utility feels like following it is not a "
            "rule,", None),
        (D, "Ana Delgado-Reyes", "We need to know who made these decisions and when.", None),
        (P, "Sonoran Public Power", "software scheduling error", None),
        (I, "Sonoran Public Power", "all affected customers were reconnected within 36 hours and that their late fees "
            "had been waived", None),
        (P, "Glenn Harwood", "deeply sorry.", None),
        (D, "Glenn Harwood", "We let our customers down on the hottest days of the year, and we own that,", None),
        (D, "Glenn Harwood", "But this was a systems failure, not a policy.", None),
        (I, "Arizona Center for Energy Equity", "records it obtained showed the utility's own call-center staff had "
            "flagged the shutoffs at least four times during the heat wave", None),
        (D, "Jordan Rivera", "Somebody saw this happening and nobody stopped it,", None),
        (P, "Jordan Rivera", "doesn't hold up", None),
        (D, "Jordan Rivera", "A software bug doesn't answer the phone,", None),
        (I, "Luz Ortega", "she spent the first night in her car with the air conditioning running, then moved to a "
            "cooling center at a church", None),
        (D, "Luz Ortega", "I owed them $212. I had a payment plan. I called them twice,", None),
        (D, "Luz Ortega", "Nobody told me the power was going to go off on a day like that.", None),
        (I, "Maricopa County Department of Public Health", "Maricopa County recorded 602 heat-associated deaths in 2025",
            None),
        (P, "Kimberly Osei", "within a few hours,", None),
        (D, "Kimberly Osei", "Any shutoff on a day like that is dangerous, whoever's fault it turns out to be,", None),
        (I, "Glenn Harwood", "the company would cooperate fully and had hired an outside firm to audit its billing "
            "system", None),
    ],
    "actors": [
        actor("Sonoran Public Power", "organisation", title="electric utility", affiliation=None,
              aliases=["Sonoran Public Power", "the utility"], stance=1),
        actor("Ana Delgado-Reyes", "person", title="Commissioner", affiliation="Arizona Corporation Commission",
              aliases=["Ana Delgado-Reyes", "Delgado-Reyes"], stance=-1),
        actor("Glenn Harwood", "person", title="chief executive", affiliation="Sonoran Public Power",
              aliases=["Glenn Harwood", "Harwood"], stance=0),
        actor("Arizona Center for Energy Equity", "organisation", title="nonprofit", affiliation=None,
              aliases=["Arizona Center for Energy Equity"], stance=-1),
        actor("Jordan Rivera", "person", title="policy director", affiliation="Arizona Center for Energy Equity",
              aliases=["Jordan Rivera", "Rivera"], stance=-1),
        actor("Luz Ortega", "person", title="retiree, 64, Mesa", affiliation=None, aliases=["Luz Ortega", "Ortega"],
              stance=-1),
        actor("Maricopa County Department of Public Health", "government", title="county health department",
              affiliation="Maricopa County", aliases=["Maricopa County Department of Public Health"], stance=None),
        actor("Kimberly Osei", "person", title="heat illness researcher", affiliation="Arizona State University",
              aliases=["Kimberly Osei", "Osei"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. EMTV Online (Papua New Guinea) health (a TB drug shortage at a provincial hospital), headline without speech,
#    byline and date lines, straight " and apostrophes; lede content before "health workers say"; content before
#    "according to the clinic's nursing officer in charge, Sister Miriam Kaupa"; scare so-called "DOTS corner"
#    (glossed); quote with "Sister Kaupa told EMTV News" and a quote-only paragraph; provincial authority "confirmed
#    there was a shortage but said B" (two indirects); chief executive "said A", quote split by "Dr Aupae said",
#    "He added that B"; national department's spokesperson "said ... had released the Gulf order "..." and that B"
#    (partial plus indirect); MP "said the situation was "..." and called on ..." (partial only; directive not
#    annotated), quote with "Mr Eri said"; group "Relatives of patients ... said A"; anonymous "One mother, who asked
#    not to be named, said A", "she said"; "According to the World Health Organization, A"; "has identified ... as
#    priority provinces" (not speech).
ARTICLES[f"{BATCH}/kerema-tb-drug-shortage.gold.json"] = {
    "article": f"{BATCH}/kerema-tb-drug-shortage.txt",
    "target": "Gulf Provincial Health Authority",
    "quotes": [
        (I, "health workers", "Patients with tuberculosis in Kerema have gone up to five weeks without medicine because "
            "of a shortage of drugs at Kerema General Hospital", None),
        (I, "Miriam Kaupa", "At least 140 patients registered at the hospital's TB clinic have been affected", None),
        (S, None, "DOTS corner", None),
        (D, "Miriam Kaupa", "We send them home with paracetamol and tell them to come back next week. Some of them do "
            "not come back. We have asked the PHA for help many times,", None),
        (D, "Miriam Kaupa", "When a patient stops treatment halfway, the disease can become resistant. Then it costs "
            "ten times more to treat, and some of them will die.", None),
        (I, "Gulf Provincial Health Authority", "there was a shortage", None),
        (I, "Gulf Provincial Health Authority", "the delay was caused by late deliveries from the Area Medical Store in "
            "Port Moresby", None),
        (I, "Joseph Aupae", "a consignment of first-line TB drugs had left Port Moresby by boat on Monday and was "
            "expected in Kerema by the weekend", None),
        (D, "Joseph Aupae", "We are not hiding anything. The order was placed in August and we followed it up every "
            "week,", None),
        (D, "Joseph Aupae", "The PHA has done its part. The problem is in the supply chain, and that is a national "
            "problem.", None),
        (I, "Joseph Aupae", "the authority would keep a buffer stock of three months at the hospital from next year",
            None),
        (P, "spokesperson for the National Department of Health", "within the normal timeframe", None),
        (I, "spokesperson for the National Department of Health", "it was up to provincial health authorities to place "
            "their orders early enough to allow for shipping", None),
        (P, "Thomas Eri", "unacceptable", None),
        (D, "Thomas Eri", "People in Gulf are dying of a disease we know how to cure. Somebody must be held "
            "responsible,", None),
        (I, "Relatives of patients", "they had travelled from villages along the Vailala River, some by canoe, only to "
            "be told the drugs were not available", None),
        (I, "One mother", "her 14-year-old son had missed three weeks of treatment", None),
        (D, "One mother", "He is coughing at night again. I am afraid for him,", None),
        (I, "World Health Organization", "Papua New Guinea has one of the highest rates of tuberculosis in the Western "
            "Pacific region, with an estimated 30,000 new cases each year", None),
    ],
    "actors": [
        actor("health workers", "group", title="health workers", affiliation="Kerema General Hospital",
              aliases=["health workers"], stance=-1),
        actor("Miriam Kaupa", "person", title="nursing officer in charge, TB clinic",
              affiliation="Kerema General Hospital", aliases=["Miriam Kaupa", "Kaupa", "Sister Kaupa"], stance=-1),
        actor("Gulf Provincial Health Authority", "government", title="provincial health authority",
              affiliation="Gulf Province", aliases=["Gulf Provincial Health Authority", "PHA", "the authority"],
              stance=1),
        actor("Joseph Aupae", "person", title="chief executive officer", affiliation="Gulf Provincial Health Authority",
              aliases=["Joseph Aupae", "Aupae", "Dr Aupae"], stance=1),
        actor("spokesperson for the National Department of Health", "person", title="spokesperson",
              affiliation="National Department of Health",
              aliases=["spokesperson for the National Department of Health"], stance=-1),
        actor("Thomas Eri", "person", title="Kerema Open MP", affiliation="National Parliament",
              aliases=["Thomas Eri", "Eri", "Mr Eri"], stance=-1),
        actor("Relatives of patients", "group", title="relatives of TB patients", affiliation=None,
              aliases=["Relatives of patients"], stance=-1),
        actor("One mother", "person", title="mother of a patient (anonymous)", affiliation=None,
              aliases=["One mother"], stance=-1),
        actor("World Health Organization", "organisation", title="UN health agency", affiliation=None,
              aliases=["World Health Organization"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
