"""Build the test171 gold files (data/eval/test171/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test171/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test171.
Standard library only. Held out: not to be read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test171"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. theSun (Malaysia) local government (a city council doubles street parking rates), headline with a curly
#    single fragment "PJ traders slam MBPJ over ‘overnight’ parking hike", byline in capitals and an e-mail line,
#    dateline "PETALING JAYA:", curly “ ” and ’; lede content before "the Petaling Jaya City Council (MBPJ) said";
#    "In a statement, the council said A, and that B “...” ..." (indirect plus partial); mayor named after his quote,
#    then a quote-only paragraph, "He said A"; scare so-called “dynamic pricing”; group "traders in SS2 and Section
#    14 said A"; kopitiam owner named after his quote, "Lim said A"; association chairman "described the increase as
#    “...” for ..." (partial only), quote with "he told theSun"; "they said" (the traders); councillor "defended the
#    decision, saying A" (participial), quote with "she said"; anonymous state official "said A and would B" (one
#    span); "According to MBPJ, A".
ARTICLES[f"{BATCH}/mbpj-parking-rate-increase.gold.json"] = {
    "article": f"{BATCH}/mbpj-parking-rate-increase.txt",
    "target": "Petaling Jaya City Council",
    "quotes": [
        (P, "traders in SS2 and Section 14", "overnight", None),
        (I, "Petaling Jaya City Council", "Hourly street parking charges in the city’s busiest commercial areas will "
            "double from Jan 1", None),
        (I, "Petaling Jaya City Council", "the rate in SS2, Section 14, Damansara Utama and Taman Paramount would rise "
            "from 60 sen to RM1.20 an hour", None),
        (P, "Petaling Jaya City Council", "encourage turnover", None),
        (D, "Kamarulzaman Idris", "We have not raised parking rates in Petaling Jaya since 2016. In the same period, the "
            "number of registered cars in the city has grown by almost 40 per cent,", None),
        (D, "Kamarulzaman Idris", "Parking is not free to provide. Someone pays for it, and right now it is the "
            "ratepayers who do not even drive.", None),
        (I, "Kamarulzaman Idris", "the council would also extend enforcement hours to 9pm on weekdays from February",
            None),
        (S, None, "dynamic pricing", None),
        (I, "traders in SS2 and Section 14", "they were only told of the new rates through a notice pasted on parking "
            "machines last Friday", None),
        (D, "Lim Chee Keong", "Customers already complain they cannot find parking. Now they must pay double to not find "
            "parking,", None),
        (I, "Lim Chee Keong", "his takings had fallen by a fifth since the council removed 80 bays on the road for a "
            "bicycle lane last year", None),
        (P, "S. Maniam", "a slap in the face", None),
        (D, "S. Maniam", "MBPJ held three public engagement sessions on the bicycle lane. For this, nothing. Not one "
            "meeting,", None),
        (D, "traders in SS2 and Section 14", "We are not against the council. We are against being ignored,", None),
        (I, "Jasmine Teoh", "the extra revenue would be used to repair drains and pedestrian walkways in the affected "
            "areas", None),
        (D, "Jasmine Teoh", "I understand the anger, I do. But the alternative is raising assessment rates for every "
            "household in PJ, and nobody wants that,", None),
        (I, "Selangor state government official", "the state had not been consulted on the increase and would ask the "
            "council to review its timing", None),
        (I, "Petaling Jaya City Council", "the council collected RM18.6 million in parking fees last year, about a tenth "
            "of its total revenue", None),
    ],
    "actors": [
        actor("Petaling Jaya City Council", "government", title="city council", affiliation="Petaling Jaya, Selangor",
              aliases=["Petaling Jaya City Council", "MBPJ", "the council"], stance=1),
        actor("Kamarulzaman Idris", "person", title="Petaling Jaya mayor", affiliation="Petaling Jaya City Council",
              aliases=["Kamarulzaman Idris", "Datuk Kamarulzaman Idris", "Kamarulzaman", "the mayor"], stance=1),
        actor("traders in SS2 and Section 14", "group", title="traders", affiliation=None,
              aliases=["traders in SS2 and Section 14", "PJ traders", "The traders"], stance=-1),
        actor("Lim Chee Keong", "person", title="kopitiam owner, 52", affiliation=None,
              aliases=["Lim Chee Keong", "Lim"], stance=-1),
        actor("S. Maniam", "person", title="chairman", affiliation="SS2 Traders Association",
              aliases=["S. Maniam", "Maniam"], stance=-1),
        actor("Jasmine Teoh", "person", title="councillor (traffic and transport committee)",
              affiliation="Petaling Jaya City Council", aliases=["Jasmine Teoh", "Teoh"], stance=1),
        actor("Selangor state government official", "person", title="official (anonymous)",
              affiliation="Selangor state government", aliases=["Selangor state government official"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. MaltaToday (Malta) planning (the Planning Authority approves a 24-storey seafront tower), headline and standfirst
#    without speech, byline and date lines, straight " and apostrophes, British punctuation outside fragments
#    ("...received".), "€1.2 million"; scare so-called "gateway" site (glossed); "In a statement after the vote, the
#    Planning Authority said the project "..." with ... and that B" (partial plus indirect); board chairman "said the
#    board had to decide "..."" (partial only); split quote "A," he said, "B. ..." (two directs); mayor in a relative
#    clause "told MaltaToday the decision was "..."" (partial only), quote with "she said", "She added that B"; NGO
#    "said the vote showed that the authority "...", and said B" (partial plus indirect); ERA "had objected ...,
#    warning that its impact ... would be "..."" (partial only); developer "welcomed the decision" (act), quote with
#    "Agius said in a statement sent to this newsroom"; anonymous board member "speaking on condition of anonymity,
#    said A", then "the board member said".
ARTICLES[f"{BATCH}/gzira-tower-planning-approval.gold.json"] = {
    "article": f"{BATCH}/gzira-tower-planning-approval.txt",
    "target": "Planning Authority",
    "quotes": [
        (S, None, "gateway", None),
        (P, "Planning Authority", "fully conforms", None),
        (I, "Planning Authority", "the developer would pay €1.2 million into a fund for urban improvements in Gżira",
            None),
        (P, "Joseph Mifsud Borg", "according to the policies in force, not according to how many letters are received",
            None),
        (D, "Joseph Mifsud Borg", "People may not like tall buildings,", None),
        (D, "Joseph Mifsud Borg", "but the policy allows them in this zone and the applicant met every requirement. If "
            "Parliament wants a different policy, then Parliament should change it.", None),
        (P, "Annalise Grech", "a betrayal of a locality that has already given enough", None),
        (D, "Annalise Grech", "We have a promenade where you can no longer see the sea. Now we will have a tower that "
            "takes the afternoon sun from half of the Strand,", None),
        (I, "Annalise Grech", "the council would meet next week to decide whether to appeal before the Environment and "
            "Planning Review Tribunal", None),
        (P, "Moviment Graffitti", "works for developers, not for residents", None),
        (I, "Moviment Graffitti", "it would support any appeal filed by the council", None),
        (P, "Environment and Resources Authority", "major and irreversible", None),
        (D, "Mark Agius", "This is a project that will bring 180 jobs and a four-star hotel to a part of the coast that "
            "badly needs investment,", None),
        (I, "board member who voted against the project", "several members had received the case officer's final report "
            "only two days before the hearing", None),
        (D, "board member who voted against the project", "It was not a serious way to decide a building of this size,",
            None),
    ],
    "actors": [
        actor("Planning Authority", "government", title="planning authority", affiliation="Malta",
              aliases=["Planning Authority", "the authority"], stance=1),
        actor("Joseph Mifsud Borg", "person", title="board chairman", affiliation="Planning Authority",
              aliases=["Joseph Mifsud Borg", "Mifsud Borg"], stance=1),
        actor("Annalise Grech", "person", title="Gżira mayor", affiliation="Gżira local council",
              aliases=["Annalise Grech", "Grech"], stance=-1),
        actor("Moviment Graffitti", "organisation", title="activist group", affiliation="Malta",
              aliases=["Moviment Graffitti"], stance=-1),
        actor("Environment and Resources Authority", "government", title="environment regulator", affiliation="Malta",
              aliases=["Environment and Resources Authority"], stance=-1),
        actor("Mark Agius", "person", title="director", affiliation="Bayview Heights Ltd",
              aliases=["Mark Agius", "Agius"], stance=1),
        actor("board member who voted against the project", "person", title="planning board member (anonymous)",
              affiliation="Planning Authority", aliases=["board member who voted against the project",
              "the board member"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Guardian (Nigeria) business (a digital bank freezes 200,000 accounts), headline without speech, byline,
#    straight " and apostrophes, "N480,000", Mrs/Mr/Ms; "in what it described as a "..."" (partial, the bank); "said in
#    a statement on Sunday that A and that most would be restored "..."" (indirect plus partial); group "many
#    customers told The Guardian that A and that B" (one span); trader "said: "..." open at the end of its line, then a
#    closed paragraph (two directs); scare so-called "tier-one" accounts (glossed); CEO "apologised" (act), quote with
#    "Bakare-Lawal said in a video posted on ...", "He added that B"; CBN "said it was "..." and had asked the bank to
#    ..." (partial only, no second subject); "According to data from the CBN, A"; anonymous FCCPC official "told The
#    Guardian that A"; analyst in an apposition "said the freeze exposed "..."" (partial only), quote with "she said";
#    group "several traders said A", then "they said".
ARTICLES[f"{BATCH}/kobopay-account-freeze.gold.json"] = {
    "article": f"{BATCH}/kobopay-account-freeze.txt",
    "target": "Kobopay Microfinance Bank",
    "quotes": [
        (P, "Kobopay Microfinance Bank", "routine compliance review", None),
        (I, "Kobopay Microfinance Bank", "the accounts were flagged by its systems for incomplete Bank Verification "
            "Number (BVN) linkage", None),
        (P, "Kobopay Microfinance Bank", "within 72 hours", None),
        (I, "many customers", "their accounts had been fully verified since 2023 and that the 72 hours had long passed",
            None),
        (D, "Funmilayo Adeyemi", "I have N480,000 in that account. It is my stock money. Every day I call their line, "
            "every day they tell me to wait.", None),
        (D, "Funmilayo Adeyemi", "My children's school fees are due on Monday. Who will pay them? Kobopay?", None),
        (S, None, "tier-one", None),
        (D, "Tunde Bakare-Lawal", "We understand the frustration of our customers and we are sorry. But the law requires "
            "us to know who we are banking, and we will not cut corners on that,", None),
        (I, "Tunde Bakare-Lawal", "the bank had hired 300 additional call centre staff to handle complaints", None),
        (P, "Central Bank of Nigeria", "monitoring the situation closely", None),
        (I, "Central Bank of Nigeria", "microfinance and digital lenders now hold about 11 per cent of all savings "
            "accounts in the country, up from four per cent in 2021", None),
        (I, "official of the Federal Competition and Consumer Protection Commission", "the commission had received more "
            "than 4,000 complaints about Kobopay since Monday", None),
        (P, "Ifeoma Nwachukwu", "a weakness in how quickly these apps have grown", None),
        (D, "Ifeoma Nwachukwu", "They signed up millions of people with a phone number and a selfie. Now the regulator is "
            "asking for the paperwork they skipped, and the customers are the ones paying for it,", None),
        (I, "several traders", "they had already moved what was left of their money to other banks", None),
        (D, "several traders", "We cannot trust them again,", None),
    ],
    "actors": [
        actor("Kobopay Microfinance Bank", "organisation", title="digital lender", affiliation="Nigeria",
              aliases=["Kobopay Microfinance Bank", "Kobopay", "The bank", "the bank"], stance=1),
        actor("many customers", "group", title="Kobopay customers", affiliation=None, aliases=["many customers"],
              stance=-1),
        actor("Funmilayo Adeyemi", "person", title="provisions seller, Ikorodu", affiliation=None,
              aliases=["Funmilayo Adeyemi", "Mrs Funmilayo Adeyemi", "Adeyemi"], stance=-1),
        actor("Tunde Bakare-Lawal", "person", title="Chief Executive Officer", affiliation="Kobopay Microfinance Bank",
              aliases=["Tunde Bakare-Lawal", "Mr Tunde Bakare-Lawal", "Bakare-Lawal"], stance=1),
        actor("Central Bank of Nigeria", "government", title="central bank", affiliation="Nigeria",
              aliases=["Central Bank of Nigeria", "CBN"], stance=0),
        actor("official of the Federal Competition and Consumer Protection Commission", "person",
              title="official (anonymous)", affiliation="Federal Competition and Consumer Protection Commission",
              aliases=["official of the Federal Competition and Consumer Protection Commission"], stance=0),
        actor("Ifeoma Nwachukwu", "person", title="financial analyst, Lagos", affiliation=None,
              aliases=["Ifeoma Nwachukwu", "Ms Ifeoma Nwachukwu", "Nwachukwu"], stance=-1),
        actor("several traders", "group", title="traders at the Ikorodu market", affiliation=None,
              aliases=["several traders"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Emirates 24|7 (UAE) property (an off-plan project's handover slips a year), headline without speech, "Emirates
#    24|7 staff" line, dateline "Dubai:", curly “ ” and ’, "Dh780,000"; lede content before "the developer has told
#    investors"; letter "blamed “...” and said B" (partial plus indirect); CEO in an apposition "said the company had
#    “...” and would not start with this one" (partial only), quote with "Al Marzouqi told Emirates 24|7 by phone",
#    then a quote-only paragraph; group "Some buyers said A"; buyer named after her quote; anonymous "A British
#    investor who owns two units ..., and asked not to be named, said A"; scare so-called “post-handover payment plan”
#    (glossed); land department "said in a statement that A “...” and that B" (partial plus indirect); content before
#    "according to data from Meridian Property Research"; analyst "“A,” said X. “B. ...”" (two directs).
ARTICLES[f"{BATCH}/sahraa-palm-vista-handover-delay.gold.json"] = {
    "article": f"{BATCH}/sahraa-palm-vista-handover-delay.txt",
    "target": "Sahraa Developments",
    "quotes": [
        (I, "Sahraa Developments", "Buyers of off-plan apartments at Sahraa Developments’ Palm Vista project in Dubai "
            "South will have to wait until the end of 2027 for their keys, a year later than promised", None),
        (P, "Sahraa Developments", "unforeseen delays in the supply of facade materials", None),
        (I, "Sahraa Developments", "construction of the three towers was now 61 per cent complete", None),
        (P, "Rashid Al Marzouqi", "never walked away from a project", None),
        (D, "Rashid Al Marzouqi", "Every dirham paid by our buyers is in the escrow account, as the law requires. Nobody "
            "is going to lose their money,", None),
        (D, "Rashid Al Marzouqi", "We are disappointed too. We would rather hand over early and start on the next "
            "project.", None),
        (I, "Some buyers", "they had heard nothing about the delay until the letter arrived, more than two months after "
            "the original handover date had been pushed back internally", None),
        (D, "Deepa Raghunathan", "I sold my car to pay the third instalment. Nobody called, nobody emailed. I read about "
            "the delay in a WhatsApp group,", None),
        (I, "British investor who owns two units in the project", "he would ask the Dubai Land Department to cancel his "
            "contracts and refund his payments", None),
        (S, None, "post-handover payment plan", None),
        (P, "Dubai Land Department", "in good standing", None),
        (I, "Dubai Land Department", "developers were allowed to extend completion dates with the department’s approval",
            None),
        (I, "Meridian Property Research", "More than 38,000 homes are due to be handed over in Dubai South by the end of "
            "2028", None),
        (D, "Faisal Qureshi", "Delays of 12 months are not unusual in this market,", None),
        (D, "Faisal Qureshi", "What matters is whether the developer talks to its buyers. Here, it did not.", None),
    ],
    "actors": [
        actor("Sahraa Developments", "organisation", title="property developer", affiliation="Dubai",
              aliases=["Sahraa Developments", "Sahraa", "the developer"], stance=1),
        actor("Rashid Al Marzouqi", "person", title="chief executive", affiliation="Sahraa Developments",
              aliases=["Rashid Al Marzouqi", "Al Marzouqi"], stance=1),
        actor("Some buyers", "group", title="Palm Vista buyers", affiliation=None, aliases=["Some buyers"], stance=-1),
        actor("Deepa Raghunathan", "person", title="nurse, Palm Vista buyer", affiliation=None,
              aliases=["Deepa Raghunathan", "Raghunathan"], stance=-1),
        actor("British investor who owns two units in the project", "person", title="investor (anonymous)",
              affiliation=None, aliases=["British investor who owns two units in the project"], stance=-1),
        actor("Dubai Land Department", "government", title="land and property regulator", affiliation="Dubai",
              aliases=["Dubai Land Department"], stance=1),
        actor("Meridian Property Research", "organisation", title="property consultancy", affiliation=None,
              aliases=["Meridian Property Research", "Meridian"], stance=None),
        actor("Faisal Qureshi", "person", title="director", affiliation="Meridian Property Research",
              aliases=["Faisal Qureshi", "Qureshi"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
