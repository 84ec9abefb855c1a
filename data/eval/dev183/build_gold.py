"""Build the dev183 gold files (data/eval/dev183/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev183/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev183.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev183"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Bernews (Bermuda; a Moscow court orders Bermuda's aviation regulator to pay damages), Title Case headline
#    without speech, "December 4, 2026 | 3 Comments" line, "[BCAA]" in square brackets, straight " and
#    apostrophes, "Read More About" and "Category:" lines. Lede content before "Russian state media reported
#    yesterday"; court "ruled that the BCAA had acted "..." when ..., according to the TASS news agency"
#    (partial for the court only); scare so-called "double registration" arrangement; "In a statement, the BCAA
#    said it "..." of ... and that the ruling had "..."" (two partials), then "the statement added"; spokesperson
#    "told Bernews that A"; minister "said, "...` (comma before the quote) open at the end of its line, then a
#    closed paragraph; embassy "said on its Telegram channel that Bermuda had "..." ... and that B" (partial plus
#    indirect); lawyer (title chain) "told Bernews the ruling was "..." as long as ..." (partial only), "But she
#    warned that A", quote with "Ms Simons said"; shadow minister "said the Government should tell ..."
#    (indirect), "She added, "..."".
ARTICLES[f"{BATCH}/moscow-court-bcaa-aircraft-damages.gold.json"] = {
    "article": f"{BATCH}/moscow-court-bcaa-aircraft-damages.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian state media", "A Moscow court has ordered the Bermuda Civil Aviation Authority [BCAA] to pay more "
            "than $312 million in damages to three Russian airlines over the 2022 suspension of airworthiness "
            "certificates for Bermuda-registered aircraft", None),
        (P, "Arbitration Court of Moscow", "unlawfully and under political pressure", None),
        (S, None, "double registration", None),
        (P, "Bermuda Civil Aviation Authority", "does not recognise the jurisdiction", None),
        (P, "Bermuda Civil Aviation Authority", "no legal effect in Bermuda or in any jurisdiction that respects the "
            "rule of law", None),
        (D, "Bermuda Civil Aviation Authority", "The Authority acted in accordance with its obligations under "
            "international law and the sanctions regime applying to Bermuda as a British Overseas Territory. It will "
            "not be participating in these proceedings,", None),
        (I, "BCAA spokesperson", "no aircraft operated by a Russian airline remained on the Bermuda register", None),
        (D, "Jerome Outerbridge", "Let me be clear: the Government fully supports the BCAA. Bermuda's aircraft registry "
            "has built its reputation over decades on safety and integrity, and that is precisely what was at stake "
            "in 2022.", None),
        (D, "Jerome Outerbridge", "We are in close contact with the UK Government and with our legal advisers, and we "
            "are confident that this judgment will not be enforced anywhere that matters.", None),
        (P, "Russian Embassy in the United Kingdom", "illegally grounded", None),
        (I, "Russian Embassy in the United Kingdom", "the airlines had been left with no choice but to keep them flying "
            "under Russian registration", None),
        (P, "Nadia Simons", "largely symbolic", None),
        (I, "Nadia Simons", "lessors with aircraft still in Russia could find the judgment used against them in "
            "settlement talks with the airlines", None),
        (D, "Nadia Simons", "Russia is sending a message to every regulator that took action in 2022. The message is: "
            "we have a long memory,", None),
        (I, "Kendra Smith-Tucker", "the Government should tell the public how much the registry had earned from "
            "Russian-operated aircraft before 2022 and how much it earns now", None),
        (D, "Kendra Smith-Tucker", "We stand with the BCAA, but Bermudians deserve to know whether this costs the "
            "taxpayer a single dollar.", None),
    ],
    "actors": [
        actor("Russian state media", "group", affiliation="Russia", aliases=["Russian state media"], stance=0),
        actor("Arbitration Court of Moscow", "organisation", title="court", affiliation="Russia",
              aliases=["Arbitration Court of Moscow"], stance=1),
        actor("Bermuda Civil Aviation Authority", "organisation", title="aviation regulator", affiliation="Bermuda",
              aliases=["Bermuda Civil Aviation Authority", "BCAA"], stance=-1),
        actor("BCAA spokesperson", "person", title="spokesperson", affiliation="Bermuda Civil Aviation Authority",
              aliases=["BCAA spokesperson"], stance=None),
        actor("Jerome Outerbridge", "person", title="Minister of Transport", affiliation="Government of Bermuda",
              aliases=["Jerome Outerbridge", "Outerbridge"], stance=-1),
        actor("Russian Embassy in the United Kingdom", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in the United Kingdom"], stance=1),
        actor("Nadia Simons", "person", title="aviation lawyer, partner", affiliation="Harbour Chambers",
              aliases=["Nadia Simons", "Simons", "Ms Simons"], stance=0),
        actor("Kendra Smith-Tucker", "person", title="Shadow Minister of Transport", affiliation="Opposition (Bermuda)",
              aliases=["Kendra Smith-Tucker", "Smith-Tucker"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Utility Dive (energy trade press: a state commission rejects a utility's data-center tariff), headline
#    without speech, "Published Dec. 3, 2026" and reporter lines, "Dive Brief:" bullets and "Dive Insight:",
#    straight " and apostrophes, "GW", "%". Commission "said in its order that ... would leave ... "..." if ...,
#    and directed ..." (partial only; directive); company "said A and that B" (one span); commissioner's quote
#    before "Commissioner Alan Whitcomb said at ..."; CEO "told Utility Dive the utility was "..." by ..." (partial
#    only), quote split by "she said in an emailed statement"; scare so-called "take-or-pay" provisions; coalition
#    "argued in filings that A "..." and that B" (partial plus indirect); ratepayer board "welcomed the order"
#    (act); its counsel's quote split by "CURB consumer counsel Joseph Okafor said"; content before "according to
#    Maya Brennan-Ruiz, a senior analyst at ...", "She said A and that B"; "Asked whether ..., a company
#    spokesperson said A".
ARTICLES[f"{BATCH}/prairie-sky-large-load-tariff-kansas.gold.json"] = {
    "article": f"{BATCH}/prairie-sky-large-load-tariff-kansas.txt",
    "target": "Prairie Sky Power",
    "quotes": [
        (P, "Kansas Corporation Commission", "exposed to substantial stranded-cost risk", None),
        (I, "Prairie Sky Power", "it was reviewing the order and that it expects to bring roughly 2.1 GW of new data "
            "center load onto its system by 2031, more than doubling its current peak demand", None),
        (D, "Alan Whitcomb", "We want this investment in Kansas. What we don't want is a family in Dodge City paying for "
            "a substation that a tech company walks away from in year nine,", None),
        (P, "Teresa Vandermolen", "disappointed", None),
        (D, "Teresa Vandermolen", "A 15-year commitment is longer than almost any other state in our region requires. "
            "Developers have options, and some of them will now take a hard look at Oklahoma and Nebraska instead,",
            None),
        (D, "Teresa Vandermolen", "We'll work with the commission on a tariff that protects customers and keeps Kansas "
            "competitive.", None),
        (S, None, "take-or-pay", None),
        (P, "Data Center Coalition", "industry norms", None),
        (I, "Data Center Coalition", "large customers were already paying for the transmission upgrades they required",
            None),
        (D, "Joseph Okafor", "This is a sensible middle ground,", None),
        (D, "Joseph Okafor", "Nobody is saying no to data centers. We're saying the risk belongs with the people who "
            "profit from it.", None),
        (I, "Maya Brennan-Ruiz", "Kansas is not alone", None),
        (I, "Maya Brennan-Ruiz", "at least 14 states had opened proceedings on large-load tariffs in 2026 and that most "
            "were settling on minimum terms of 10 to 15 years", None),
        (I, "company spokesperson", "the utility had not yet decided", None),
    ],
    "actors": [
        actor("Kansas Corporation Commission", "government", title="state utility regulator", affiliation="Kansas",
              aliases=["Kansas Corporation Commission", "commission"], stance=-1),
        actor("Prairie Sky Power", "organisation", title="utility", aliases=["Prairie Sky Power", "Prairie Sky"],
              stance=1),
        actor("Alan Whitcomb", "person", title="Commissioner", affiliation="Kansas Corporation Commission",
              aliases=["Alan Whitcomb", "Whitcomb"], stance=-1),
        actor("Teresa Vandermolen", "person", title="CEO", affiliation="Prairie Sky Power",
              aliases=["Teresa Vandermolen", "Vandermolen"], stance=1),
        actor("Data Center Coalition", "organisation", title="industry group", aliases=["Data Center Coalition"],
              stance=1),
        actor("Joseph Okafor", "person", title="consumer counsel", affiliation="Citizens' Utility Ratepayer Board",
              aliases=["Joseph Okafor", "Okafor"], stance=-1),
        actor("Maya Brennan-Ruiz", "person", title="senior analyst", affiliation="Hollis Energy Advisors",
              aliases=["Maya Brennan-Ruiz", "Brennan-Ruiz"], stance=None),
        actor("company spokesperson", "person", title="spokesperson", affiliation="Prairie Sky Power",
              aliases=["company spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Belfast Live (courts: bail refused for a man accused of selling fake Euro 2028 tickets), headline without
#    speech, standfirst "Police say ... tickets that "never existed"" (partial for Police; the unquoted rest is
#    not annotated), byline and "Court Reporter" lines, straight " and apostrophes, Irish-language name, "READ
#    MORE:" and newsletter lines. Detective constable "told the court she believed she could connect ...";
#    "Opposing bail, the officer said A"; "She said police had recovered ... "..." ..." (partial only); quote with
#    "the officer told District Judge Orla Grimes"; "She added that A and that police could have "..." he would
#    not reoffend" (indirect plus partial); solicitor "said his client "..." the charges, and argued that ... on
#    "..." evidence ..." (two partials), quote with "Mr Hegarty said, proposing ..."; "Refusing bail, Judge
#    Grimes said ... was "..." and had caused "..."" (two partials), "she said" (the judge, after two women
#    have spoken); "a Lurgan woman who said A told Belfast Live B" (two indirects), "she said"; UEFA spokesperson
#    "said A and urged ..." (indirect; directive).
ARTICLES[f"{BATCH}/euro-2028-fake-tickets-bail-refused.gold.json"] = {
    "article": f"{BATCH}/euro-2028-fake-tickets-bail-refused.txt",
    "target": "Conor Breslin",
    "quotes": [
        (P, "Police", "never existed", "Police say"),
        (I, "PSNI detective constable", "she believed she could connect Breslin to the charges", None),
        (I, "PSNI detective constable", "more than 300 people across Northern Ireland, the Republic and Scotland had "
            "paid between £150 and £400 each for tickets advertised on social media for group matches at Casement "
            "Park and the Aviva Stadium", None),
        (P, "PSNI detective constable", "several hundred", None),
        (D, "PSNI detective constable", "These tickets never existed. People saved up for what they thought was a "
            "once-in-a-lifetime chance to see the Euros on their own doorstep, and they were left with a worthless "
            "piece of plastic,", None),
        (I, "PSNI detective constable", "Breslin had a previous conviction for a similar offence involving Champions "
            "League final tickets in 2019", None),
        (P, "PSNI detective constable", "no confidence", None),
        (P, "Ciarán Hegarty", "strenuously denies", None),
        (P, "Ciarán Hegarty", "circumstantial", None),
        (D, "Ciarán Hegarty", "My client is a father of three with a home and a job. He is not going anywhere,", None),
        (P, "Orla Grimes", "sophisticated and sustained", None),
        (P, "Orla Grimes", "real distress to a great many people", None),
        (D, "Orla Grimes", "I am not satisfied that any conditions I could impose would prevent further offending,",
            None),
        (I, "Lurgan woman", "she paid £720 for four tickets for Northern Ireland's opening group game", None),
        (I, "Lurgan woman", "she had only discovered they were fake when she tried to add them to a UEFA app", None),
        (D, "Lurgan woman", "My kids were counting down the days. I'm not interested in the money any more – I just want "
            "to know why,", None),
        (I, "spokesperson for UEFA", "tickets for Euro 2028 would only be sold through its official platform", None),
    ],
    "actors": [
        actor("Police", "organisation", affiliation="PSNI", aliases=["Police", "police"], stance=-1),
        actor("PSNI detective constable", "person", title="detective constable", affiliation="PSNI",
              aliases=["PSNI detective constable", "the officer"], stance=-1),
        actor("Ciarán Hegarty", "person", title="defence solicitor", aliases=["Ciarán Hegarty", "Hegarty", "Mr Hegarty"],
              stance=1),
        actor("Orla Grimes", "person", title="District Judge", affiliation="Belfast Magistrates' Court",
              aliases=["Orla Grimes", "Grimes", "Judge Grimes"], stance=-1),
        actor("Lurgan woman", "person", title="anonymous ticket buyer", aliases=["Lurgan woman"], stance=-1),
        actor("spokesperson for UEFA", "person", title="spokesperson", affiliation="UEFA",
              aliases=["spokesperson for UEFA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. IPPmedia / The Guardian (Tanzania) health (shortages of essential medicines blamed on the Medical Stores
#    Department), headline without speech, "By Guardian Reporter, Dodoma" line, lede opening in capitals (THE),
#    straight " and apostrophes, "48bn/-", "35,000/-", Swahili names (Baraka, Neema, Rehema). Minister "said A,
#    and that deliveries ... would resume "..."" (indirect plus partial), "she said"; director general "told
#    reporters that A", quote with "Lyimo said"; CAG report "found that" (a finding, not annotated) and "According
#    to the CAG, A"; MP "described MSD as "..." and said B" (partial plus indirect); anonymous doctor "said A",
#    "the doctor said"; scare so-called "prime vendor" system; association president "said the shortages were
#    "..." and that B" (partial plus indirect); patient "said A", "she said".
ARTICLES[f"{BATCH}/msd-medicine-shortages-hospitals.gold.json"] = {
    "article": f"{BATCH}/msd-medicine-shortages-hospitals.txt",
    "target": "Medical Stores Department",
    "quotes": [
        (I, "Amina Mfaume", "the government had released 48bn/- to MSD in November to clear arrears owed to suppliers",
            None),
        (P, "Amina Mfaume", "within two weeks", None),
        (D, "Amina Mfaume", "I have directed MSD to give priority to insulin, antibiotics and medicines for mothers and "
            "children. Where there are delays, I want to know the reason the same day,", None),
        (I, "Baraka Lyimo", "the shortages had been caused by delays in payments from the Treasury and by a global "
            "shortage of some raw materials, not by poor management at the department", None),
        (D, "Baraka Lyimo", "We are not hiding anything. Our warehouses in Dar es Salaam, Mwanza and Mbeya are receiving "
            "stock this week, and our trucks are on the road,", None),
        (I, "Controller and Auditor General", "the department also owed suppliers more than 190bn/- by the end of June "
            "last year", None),
        (P, "Neema Mollel", "the biggest bottleneck in our health system", None),
        (I, "Neema Mollel", "patients in her region were being sent to buy medicines from private pharmacies at three "
            "times the price", None),
        (I, "doctor at the Sekou Toure Regional Referral Hospital", "the hospital had gone without ceftriaxone, a common "
            "antibiotic, for most of November", None),
        (D, "doctor at the Sekou Toure Regional Referral Hospital", "We write prescriptions knowing the patient cannot "
            "afford them. Some just go home,", None),
        (S, None, "prime vendor", None),
        (P, "Elias Shayo", "predictable and preventable", None),
        (I, "Elias Shayo", "MSD should publish its stock levels online every week, as it had promised to do in 2023",
            None),
        (I, "Rehema Juma", "she had bought insulin from a private pharmacy for 35,000/- last week, almost half of what "
            "she earns in a month", None),
        (D, "Rehema Juma", "It is too much for someone like me. I sell vegetables at Majengo market,", None),
    ],
    "actors": [
        actor("Amina Mfaume", "person", title="Minister for Health", affiliation="Tanzania",
              aliases=["Amina Mfaume", "Mfaume", "Dr Amina Mfaume"], stance=0),
        actor("Baraka Lyimo", "person", title="Director General", affiliation="Medical Stores Department",
              aliases=["Baraka Lyimo", "Lyimo"], stance=1),
        actor("Controller and Auditor General", "government", title="state auditor", affiliation="Tanzania",
              aliases=["Controller and Auditor General", "CAG"], stance=0),
        actor("Neema Mollel", "person", title="Special Seats MP", affiliation="Chadema",
              aliases=["Neema Mollel", "Mollel"], stance=-1),
        actor("doctor at the Sekou Toure Regional Referral Hospital", "person", title="anonymous doctor",
              affiliation="Sekou Toure Regional Referral Hospital",
              aliases=["doctor at the Sekou Toure Regional Referral Hospital", "the doctor"], stance=-1),
        actor("Elias Shayo", "person", title="president", affiliation="Medical Association of Tanzania",
              aliases=["Elias Shayo", "Shayo", "Dr Elias Shayo"], stance=-1),
        actor("Rehema Juma", "person", title="patient, 58", aliases=["Rehema Juma", "Juma"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
