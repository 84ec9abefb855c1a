"""Build the test90 gold files (data/eval/test90/*.gold.json) from the annotation specs below.

Held out, like ../test/. Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor,
write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text
and, when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/test90/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test90.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test90"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Finland Today (Russia closes its leased section of the Saimaa Canal to Finnish vessels), headline
#    "Russia shuts ..., cites "..."" (partial for Russia), standfirst without speech, "FINLAND TODAY | NEWS"
#    and "Published: 5.12.2026" lines, straight " and apostrophes, Finnish letters (Väylävirasto, Mäkelä).
#    Lede content before "the Finnish Transport Infrastructure Agency (Väylävirasto) said"; "The agency said
#    A, and that B" (one indirect); Rosmorrechflot "said in a statement ... that the closure was necessary
#    because of "..." of ... and would last "..."" (two partials); embassy "said the measure was "..." and
#    that B" (partial plus indirect); its spokesperson quote with "told Finland Today"; "Finnish officials
#    were not convinced" (not speech); foreign minister "said A and that the timing, ..., "..."" (indirect
#    plus partial), quote with "Rautio said at a press conference"; "According to the Finnish Shipowners'
#    Association, A"; shipping boss "said A", split quote with "he said"; mayor "called the closure "..." and
#    said A" (partial plus indirect); researcher "said A, but warned that Moscow had "..." the disruption"
#    (indirect plus partial), quote with "she said". Not annotated: the lease history and the traffic figures.
ARTICLES[f"{BATCH}/saimaa-canal-russian-section-closure.gold.json"] = {
    "article": f"{BATCH}/saimaa-canal-russian-section-closure.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "urgent repairs", None),
        (I, "Finnish Transport Infrastructure Agency", "Russia has closed the part of the Saimaa Canal that runs "
            "through its territory to all Finnish-registered vessels until further notice", None),
        (I, "Finnish Transport Infrastructure Agency", "it had been informed of the decision in a two-line note from "
            "Russia's Federal Agency for Maritime and River Transport (Rosmorrechflot) late on Thursday evening, and "
            "that no end date had been given", None),
        (P, "Rosmorrechflot", "the critical condition", None),
        (P, "Rosmorrechflot", "as long as the repairs require", None),
        (P, "Russian Embassy in Helsinki", "purely technical", None),
        (I, "Russian Embassy in Helsinki", "it had nothing to do with politics", None),
        (D, "Denis Gavrilenko", "Finnish colleagues know very well that the locks are old. It is strange to look for "
            "a political motive where there is only rust,", None),
        (I, "Aino-Kaisa Rautio", "Finland had received no request for a technical inspection", None),
        (P, "Aino-Kaisa Rautio", "speaks for itself", None),
        (D, "Aino-Kaisa Rautio", "If there is a genuine repair need, we are ready to discuss it, as the agreement "
            "requires. What we will not accept is a unilateral closure without notice,", None),
        (I, "Finnish Shipowners' Association", "around 40 vessels, most of them carrying timber, paper and sawn goods, "
            "are now unable to leave the Saimaa lake system by water before the ice season", None),
        (I, "Jussi Mäkelä", "his company had four ships on the wrong side of the canal", None),
        (D, "Jussi Mäkelä", "We have contracts in Rotterdam and Lübeck that we cannot fulfil. Every day costs us tens "
            "of thousands of euros,", None),
        (D, "Jussi Mäkelä", "We don't know whether we can get out in April or next year or never.", None),
        (P, "Kimmo Jokinen", "a blow to the whole region", None),
        (I, "Kimmo Jokinen", "the city would ask the government for emergency support for the affected companies",
            None),
        (I, "Anni Kervinen", "the canal's Russian locks had been in poor condition for years", None),
        (P, "Anni Kervinen", "every reason to enjoy", None),
        (D, "Anni Kervinen", "Both things can be true at once. The gates are old, and the Kremlin knows exactly what a "
            "closed canal means for eastern Finland,", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia"], stance=1),
        actor("Finnish Transport Infrastructure Agency", "government", title="transport infrastructure agency",
              affiliation="Finland", aliases=["Finnish Transport Infrastructure Agency", "Väylävirasto"], stance=0),
        actor("Rosmorrechflot", "government", title="Federal Agency for Maritime and River Transport",
              affiliation="Russia", aliases=["Rosmorrechflot", "Federal Agency for Maritime and River Transport"],
              stance=1),
        actor("Russian Embassy in Helsinki", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Helsinki"], stance=1),
        actor("Denis Gavrilenko", "person", title="embassy spokesperson", affiliation="Russian Embassy in Helsinki",
              aliases=["Denis Gavrilenko", "Gavrilenko"], stance=1),
        actor("Aino-Kaisa Rautio", "person", title="Foreign Minister", affiliation="Finland",
              aliases=["Aino-Kaisa Rautio", "Rautio"], stance=-1),
        actor("Finnish Shipowners' Association", "organisation", title="shipowners' association",
              aliases=["Finnish Shipowners' Association"], stance=0),
        actor("Jussi Mäkelä", "person", title="managing director", affiliation="Saimaan Laivaus",
              aliases=["Jussi Mäkelä", "Mäkelä"], stance=-1),
        actor("Kimmo Jokinen", "person", title="Lappeenranta mayor", aliases=["Kimmo Jokinen", "Jokinen"], stance=-1),
        actor("Anni Kervinen", "person", title="researcher", affiliation="Finnish Institute of International Affairs",
              aliases=["Anni Kervinen", "Kervinen"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Dark Reading security (a vendor patches an exploited zero-day in its RMM tool), headline and
#    standfirst without speech, "Contributing Writer", date and "4 Min Read" lines, curly double quotes
#    and apostrophes, US style (commas and full stops inside closing marks, "Nov. 20"). Advisory "said it had
#    become aware of "..." ... and that B" (partial plus indirect), "urged customers ..." (directive); CISO
#    quote split by "... Renata Okonkwo said in a statement to Dark Reading"; researchers "said A"; "According
#    to Northlight, A"; present-tense "says Tomás Echeverría, ..." after a quote, "Echeverría says A", then
#    "The firm has seen that pattern in "..." it investigated, he says" (partial only); "Quillon disputes
#    that timeline" (act); spokesperson "told Dark Reading A, and described the three-week gap as "..."" 
#    (indirect plus partial); CISA "added ... to its ... catalog" (act), scare so-called "island-hopping" attacks; anonymous MSP owner "said A", quote
#    with "he said"; "Security analysts note that A"; Forrester analyst "said MSPs should treat ... "..."" 
#    (partial only), quote with "Brandt said"; "Quillon said A".
ARTICLES[f"{BATCH}/quillon-rmm-zero-day-exploited.gold.json"] = {
    "article": f"{BATCH}/quillon-rmm-zero-day-exploited.txt",
    "target": "Quillon Systems",
    "quotes": [
        (P, "Quillon Systems", "a limited number", None),
        (I, "Quillon Systems", "its cloud-hosted service was not affected", None),
        (D, "Renata Okonkwo", "We know that our customers trust us with the keys to their networks, and we take that "
            "responsibility extremely seriously,", None),
        (D, "Renata Okonkwo", "Our teams worked around the clock to develop, test, and ship a fix.", None),
        (I, "Northlight Labs", "the company’s account understated the scale of the problem", None),
        (I, "Northlight Labs", "at least 38 managed service providers (MSPs) and more than 600 of their downstream "
            "clients were hit between Nov. 11 and Dec. 1, most of them small businesses, dental practices, and local "
            "government offices in the US and Canada", None),
        (D, "Tomás Echeverría", "Calling this limited is generous. We told Quillon what we were seeing on Nov. 14, and "
            "customers had no patch and no mitigation guidance for almost three weeks,", None),
        (I, "Tomás Echeverría", "the attackers, whom Northlight links to the Ember Lynx ransomware affiliate group, "
            "used the access to disable backups before deploying encryptors", None),
        (P, "Tomás Echeverría", "every single case", None),
        (I, "Quillon spokesperson", "the Nov. 14 report had not contained enough technical detail to reproduce the "
            "issue", None),
        (P, "Quillon spokesperson", "the time it takes to fix a complex bug properly.", None),
        (S, None, "island-hopping", None),
        (I, "One affected MSP owner in Ohio", "he had lost two clients since the attack", None),
        (D, "One affected MSP owner in Ohio", "I did everything right. I patched every month. The hole was in the tool "
            "I used to patch,", None),
        (I, "Security analysts", "RMM software has become a favored target because a single compromise can cascade "
            "to hundreds of organizations", None),
        (P, "Kayla Brandt", "like a domain controller, not like a help desk tool.", None),
        (D, "Kayla Brandt", "The lesson isn’t only about Quillon. Every vendor in this space ships the same kind of "
            "god-mode access,", None),
        (I, "Quillon Systems", "it would publish a full root-cause analysis within 30 days", None),
    ],
    "actors": [
        actor("Quillon Systems", "organisation", title="software vendor", aliases=["Quillon Systems", "Quillon"],
              stance=1),
        actor("Renata Okonkwo", "person", title="chief information security officer", affiliation="Quillon Systems",
              aliases=["Renata Okonkwo", "Okonkwo"], stance=1),
        actor("Northlight Labs", "organisation", title="incident response firm", aliases=["Northlight Labs",
              "Northlight"], stance=-1),
        actor("Tomás Echeverría", "person", title="head of threat intelligence", affiliation="Northlight Labs",
              aliases=["Tomás Echeverría", "Echeverría"], stance=-1),
        actor("Quillon spokesperson", "person", title="company spokesperson", affiliation="Quillon Systems",
              aliases=["Quillon spokesperson"], stance=1),
        actor("One affected MSP owner in Ohio", "person", title="anonymous MSP owner",
              aliases=["One affected MSP owner in Ohio"], stance=-1),
        actor("Security analysts", "group", title="security analysts", aliases=["Security analysts"], stance=None),
        actor("Kayla Brandt", "person", title="principal analyst", affiliation="Forrester",
              aliases=["Kayla Brandt", "Brandt"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Legal Cheek (a City partner's email to trainees about hours causes a row), headline with a straight
#    single fragment ("telling trainees 6pm finishes are 'not a career plan'": partial for the partner the
#    headline names; the words recur in the lede, hence an anchor), standfirst "tells rookies to put in
#    longer hours" (directive), "By Legal Cheek Reporter" and date lines, straight " and apostrophes, "£52,000".
#    Lede "after telling the firm's trainees in an email that leaving ... was "..."" (partial only); message
#    "complains of a "..." in attitudes" (partial); email quote with "Pemberton-Ross wrote" and a quote-only
#    paragraph; anonymous trainee "told Legal Cheek the tone was "..." and said A" (partial plus indirect),
#    quote with "the trainee said"; another trainee "said Pemberton-Ross was "..." and that B" (partial plus
#    indirect); spokesperson "told Legal Cheek the firm was "..." to ... and that the email "..."" (two
#    partials), "The spokesperson added that A and that B" (one indirect); "has since apologised" (act), "he
#    says his first email was "..."" (partial only), quote with "he wrote"; JLD "said in a statement that the
#    episode showed why "..." remained ..." (partial only); its chair "said trainees were "..." against ..."
#    (partial only), quote with "she said"; former associate "said he had heard "..." in 2019" (partial only),
#    quote with "Fairley said". Not annotated: the survey score, pay and profits.
ARTICLES[f"{BATCH}/hargreaves-lyle-partner-trainee-email.gold.json"] = {
    "article": f"{BATCH}/hargreaves-lyle-partner-trainee-email.txt",
    "target": "Julian Pemberton-Ross",
    "quotes": [
        (P, "Julian Pemberton-Ross", "not a career plan", "not a career plan' sparks"),
        (P, "Julian Pemberton-Ross", "not a career plan", "not a career plan\"."),
        (P, "Julian Pemberton-Ross", "worrying drift", None),
        (D, "Julian Pemberton-Ross", "I have noticed that some of you treat your contract hours as a ceiling rather "
            "than a floor. Clients notice too,", None),
        (D, "Julian Pemberton-Ross", "Nobody is asking you to sleep under your desk. But the market does not reward "
            "balance, and neither, ultimately, will this firm.", None),
        (P, "One second-seat trainee", "pure 1990s", None),
        (I, "One second-seat trainee", "several of the cohort had been in tears after reading it", None),
        (D, "One second-seat trainee", "We're already billing ten-hour days. He basically told us that's not enough, on "
            "a Thursday night, by email,", None),
        (P, "Another trainee", "the best teacher on the corporate floor", None),
        (I, "Another trainee", "the message had been misread", None),
        (P, "Hargreaves Lyle spokesperson", "fully committed", None),
        (P, "Hargreaves Lyle spokesperson", "did not reflect firm policy", None),
        (I, "Hargreaves Lyle spokesperson", "the firm had a formal agile working policy and that trainee hours were "
            "monitored by the graduate recruitment team", None),
        (P, "Julian Pemberton-Ross", "clumsily worded", None),
        (D, "Julian Pemberton-Ross", "My intention was to encourage ambition, not to make anyone feel undervalued. I "
            "am sorry that it landed the way it did,", None),
        (P, "Junior Lawyers Division", "long-hours culture", None),
        (P, "Priya Sandhu", "not in a position to push back", None),
        (D, "Priya Sandhu", "When the person who decides where you qualify tells you your hours aren't enough, that is "
            "not advice. It is pressure,", None),
        (P, "Ben Fairley", "the same speech, word for word", None),
        (D, "Ben Fairley", "He's a brilliant lawyer. He just still thinks it's 2006,", None),
    ],
    "actors": [
        actor("Julian Pemberton-Ross", "person", title="corporate head, senior partner", affiliation="Hargreaves Lyle",
              aliases=["Julian Pemberton-Ross", "Pemberton-Ross"], stance=1),
        actor("One second-seat trainee", "person", title="anonymous trainee", affiliation="Hargreaves Lyle",
              aliases=["One second-seat trainee"], stance=-1),
        actor("Another trainee", "person", title="anonymous trainee", affiliation="Hargreaves Lyle",
              aliases=["Another trainee"], stance=1),
        actor("Hargreaves Lyle spokesperson", "person", title="spokesperson", affiliation="Hargreaves Lyle",
              aliases=["Hargreaves Lyle spokesperson"], stance=-1),
        actor("Junior Lawyers Division", "organisation", title="Law Society division",
              aliases=["Junior Lawyers Division", "JLD"], stance=-1),
        actor("Priya Sandhu", "person", title="JLD chair", affiliation="Junior Lawyers Division",
              aliases=["Priya Sandhu", "Sandhu"], stance=-1),
        actor("Ben Fairley", "person", title="former associate, now in-house", aliases=["Ben Fairley", "Fairley"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Vindobona (Vienna) international organisations (the OSCE cuts Secretariat posts amid a budget
#    deadlock), headline without speech, "Vienna, 2 December 2026 - " dateline, straight " and
#    apostrophes. Lede content before "the organization confirmed on Tuesday"; Secretary General "told staff
#    ... that the decision had been "..." and that B" (partial plus indirect), split quote with "Holmqvist
#    said"; "According to the OSCE, A"; "It said A but that B" (one indirect); staff committee "described the
#    announcement as a "..." and said A" (partial plus indirect); its chair quote with "told Vindobona";
#    Chairpersonship "said it regretted that ..." (indirect); its ambassador "said the blockage was "...""
#    (partial only); "He did not name the delegation" (negated); anonymous "Diplomats in Vienna ... said A and
#    had made ..." (one indirect); Russian ambassador "rejected that account" (act), "He said Moscow supported
#    "..." and that the Secretariat's problems were "..."" (two partials); Austrian ministry "said it was
#    "..." about ... and that B" (partial plus indirect); political scientist "said A", quote with "she said",
#    "She added that ... had nonetheless been "..."" (partial only). Not annotated: the OSCE's history and
#    budget figure.
ARTICLES[f"{BATCH}/osce-budget-secretariat-job-cuts.gold.json"] = {
    "article": f"{BATCH}/osce-budget-secretariat-job-cuts.txt",
    "target": "OSCE",
    "quotes": [
        (I, "Organization for Security and Co-operation in Europe", "The Organization for Security and Co-operation in "
            "Europe (OSCE) will eliminate around 70 posts at its Vienna Secretariat and freeze recruitment for field "
            "missions in 2027, after its 57 participating States again failed to agree a unified budget", None),
        (P, "Margit Holmqvist", "unavoidable", None),
        (I, "Margit Holmqvist", "the organization had been operating on provisional monthly allocations based on the "
            "2021 budget for almost four years", None),
        (D, "Margit Holmqvist", "We have been asked to do more with less for so long that we are now simply doing "
            "less,", None),
        (D, "Margit Holmqvist", "That is not a choice any of us wanted to make, but I will not pretend that we can go "
            "on as before.", None),
        (I, "Organization for Security and Co-operation in Europe", "the cuts will mainly affect conference services, "
            "the translation section and parts of the Transnational Threats Department", None),
        (I, "Organization for Security and Co-operation in Europe", "field operations in Central Asia and the Western "
            "Balkans would not be closed but that vacancies there would not be filled", None),
        (P, "OSCE Staff Committee", "breach of trust", None),
        (I, "OSCE Staff Committee", "staff had been told about the cuts less than 48 hours before the assembly", None),
        (D, "Dragan Ilić", "Colleagues are being asked to pack up careers in a few weeks, with no real social plan. "
            "Many of them have children in Vienna schools,", None),
        (I, "Swiss Chairpersonship", "it regretted that a consensus on the 2027 budget had not been reached", None),
        (P, "Thomas Aebersold", "the result of one delegation's decision to hold the entire organization hostage",
            None),
        (I, "Diplomats in Vienna", "Russia had objected to the budget lines for the Office for Democratic Institutions "
            "and Human Rights (ODIHR) and had made its consent conditional on cuts to election observation", None),
        (P, "Pavel Lukyanov", "a leaner, more balanced OSCE", None),
        (P, "Pavel Lukyanov", "the result of its own bureaucratic bloat", None),
        (P, "Federal Ministry for European and International Affairs", "deeply concerned", None),
        (I, "Federal Ministry for European and International Affairs", "it stood ready to help affected staff find new "
            "positions in the city", None),
        (I, "Ursula Feichtinger", "the OSCE was paying the price for its consensus rule", None),
        (D, "Ursula Feichtinger", "Every participating State has a veto over every euro. In the current climate, that "
            "is a recipe for slow starvation,", None),
        (P, "Ursula Feichtinger", "more honest than many expected", None),
    ],
    "actors": [
        actor("Organization for Security and Co-operation in Europe", "organisation",
              title="international security organisation",
              aliases=["Organization for Security and Co-operation in Europe", "OSCE"], stance=1),
        actor("Margit Holmqvist", "person", title="Secretary General",
              affiliation="Organization for Security and Co-operation in Europe",
              aliases=["Margit Holmqvist", "Holmqvist"], stance=1),
        actor("OSCE Staff Committee", "organisation", title="staff representation", aliases=["OSCE Staff Committee"],
              stance=-1),
        actor("Dragan Ilić", "person", title="committee chair", affiliation="OSCE Staff Committee",
              aliases=["Dragan Ilić", "Ilić"], stance=-1),
        actor("Swiss Chairpersonship", "government", title="OSCE Chairpersonship 2026", affiliation="Switzerland",
              aliases=["Swiss Chairpersonship"], stance=0),
        actor("Thomas Aebersold", "person", title="Ambassador, head of the Chair's task force",
              affiliation="Swiss Chairpersonship", aliases=["Thomas Aebersold", "Aebersold"], stance=1),
        actor("Diplomats in Vienna", "group", title="anonymous diplomats", aliases=["Diplomats in Vienna"],
              stance=None),
        actor("Pavel Lukyanov", "person", title="Ambassador, head of the Russian delegation", affiliation="Russia",
              aliases=["Pavel Lukyanov", "Lukyanov"], stance=-1),
        actor("Federal Ministry for European and International Affairs", "government", title="foreign ministry",
              affiliation="Austria", aliases=["Federal Ministry for European and International Affairs"], stance=0),
        actor("Ursula Feichtinger", "person", title="political scientist",
              affiliation="Austrian Institute for International Affairs (oiip)",
              aliases=["Ursula Feichtinger", "Feichtinger"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
