"""Build the test68 gold files (data/eval/test68/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test68/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test68.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test68"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Hetq (Armenia's government moves to end a Russian railway concession), Title Case headline with a curly
#    fragment "Moscow Warns of “Consequences”" (partial for Moscow), byline and date lines, curly “ ” and ’.
#    Minister "told the cabinet meeting that A and had allowed B" (one span), quote with "Sahakyan said";
#    "According to the Ministry ..., A"; Q&A "Asked by Hetq whether ..., the minister said: “...”"; operator
#    "said it had “...” with ... and that B" (partial plus indirect), then "the statement said"; ambassador
#    "told journalists that the decision was a “...” one and warned that ... “...” for ..." (two partials);
#    quote with "Bortsov said"; anonymous Russian ministry source "told TASS that A, according to ..."; union
#    chair sharing the minister's surname ("is not related to the minister") "said A", "she said"; "The
#    opposition Hayastan faction criticised the decision" (act); MP "described ... as “...” and said A",
#    "he told Hetq"; economist "said A", quote with "Avetisyan said"; scare so-called “trust management”.
ARTICLES[f"{BATCH}/armenia-railway-concession.gold.json"] = {
    "article": f"{BATCH}/armenia-railway-concession.txt",
    "target": "Russia",
    "quotes": [
        (P, "Moscow", "Consequences", None),
        (I, "Gnel Sahakyan", "the company had failed to meet its investment obligations for nine consecutive years and "
            "had allowed more than 200 kilometres of track to fall into disrepair", None),
        (D, "Gnel Sahakyan", "The concession agreement was signed in good faith. Armenia has fulfilled its side of it. "
            "The other side has not,", None),
        (I, "Ministry of Territorial Administration and Infrastructure", "SCR invested 41 billion drams in the network "
            "between 2016 and 2025, less than a third of the amount required under the agreement", None),
        (D, "Gnel Sahakyan", "We have prepared for every scenario. We would prefer to settle this through negotiations, "
            "but we will not wait another nine years.", None),
        (P, "South Caucasus Railway", "fully complied", None),
        (I, "South Caucasus Railway", "the figures cited by the ministry did not take into account losses caused by the "
            "closure of the border with Azerbaijan and Turkey", None),
        (D, "South Caucasus Railway", "Under extremely difficult conditions, the company has kept freight and passenger "
            "traffic running without interruption,", None),
        (P, "Nikolai Bortsov", "political", None),
        (P, "Nikolai Bortsov", "consequences", "\u201cconsequences"),
        (D, "Nikolai Bortsov", "Russia has been and remains Armenia\u2019s largest investor. Decisions like this one are "
            "noticed in Moscow,", None),
        (I, "source in the Russian Ministry of Transport", "RZD would defend its interests in international arbitration",
            None),
        (I, "Hasmik Sahakyan", "the union was not against a change of operator but wanted guarantees for the roughly 2,800 "
            "people employed by SCR", None),
        (D, "Hasmik Sahakyan", "For years we were told there was no money for wages. Our members are tired of being told "
            "to wait,", None),
        (P, "Levon Ghukasyan", "reckless", None),
        (I, "Levon Ghukasyan", "Armenia could not afford a quarrel with its main trading partner in the middle of winter",
            None),
        (D, "Levon Ghukasyan", "The government is burning bridges, and it is the ordinary people in Gyumri and Vanadzor "
            "who will pay for it,", None),
        (I, "Narine Avetisyan", "both sides bore some responsibility for the state of the railway", None),
        (D, "Narine Avetisyan", "The Russian operator underinvested, that is clear. But the Armenian side never seriously "
            "monitored the contract, and it has no new operator ready. Ending a concession is easy on paper,", None),
        (S, None, "trust management", None),
    ],
    "actors": [
        actor("Moscow", "government", affiliation="Russia", aliases=["Moscow"], stance=1),
        actor("Gnel Sahakyan", "person", title="Infrastructure Minister", affiliation="Armenia",
              aliases=["Gnel Sahakyan", "Sahakyan"], stance=-1),
        actor("Ministry of Territorial Administration and Infrastructure", "government", title="ministry",
              affiliation="Armenia", aliases=["Ministry of Territorial Administration and Infrastructure", "ministry"],
              stance=-1),
        actor("South Caucasus Railway", "organisation", title="rail concessionaire",
              affiliation="Russian Railways (RZD)", aliases=["South Caucasus Railway", "SCR", "company"], stance=1),
        actor("Nikolai Bortsov", "person", title="Russian Ambassador to Armenia", affiliation="Russia",
              aliases=["Nikolai Bortsov", "Bortsov"], stance=1),
        actor("source in the Russian Ministry of Transport", "person", title="anonymous source",
              affiliation="Russian Ministry of Transport", aliases=["source in the Russian Ministry of Transport"],
              stance=1),
        actor("Hasmik Sahakyan", "person", title="chair of the railway workers\u2019 trade union",
              affiliation="railway workers\u2019 trade union", aliases=["Hasmik Sahakyan", "Sahakyan"], stance=-1),
        actor("Levon Ghukasyan", "person", title="opposition MP", affiliation="Hayastan faction",
              aliases=["Levon Ghukasyan", "Ghukasyan"], stance=1),
        actor("Narine Avetisyan", "person", title="economist", aliases=["Narine Avetisyan", "Avetisyan"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Engineering News (Creamer Media, South Africa; SANRAL terminates a road contract), headline without
#    speech, "By:" and "Published 3rd December 2026" lines, straight " and apostrophes, "R1.4-billion", "38%",
#    space as thousands separator. Agency "said in a statement on Wednesday that A, and that B" (one span);
#    project manager "told Engineering News that ... had followed "..." required by ..." (partial only), quote
#    with "she said" and a quote-only paragraph, "Zungu said A"; CEO "described the termination as "..." and
#    said A" (partial plus indirect), quote with "Jacobs said"; scare so-called "business forums" ("The
#    disruptions Jacobs refers to" is the writer's); company "In a written response ..., Mabena said A";
#    federation "said A but noted that B" (two indirects); its CEO "said A", "Ndlovu said"; subcontractor
#    "said A", "he said"; anonymous engineer "told Engineering News that ... had been "..." even ..." (partial
#    only).
ARTICLES[f"{BATCH}/sanral-n2-mabena-termination.gold.json"] = {
    "article": f"{BATCH}/sanral-n2-mabena-termination.txt",
    "target": "Mabena Construction",
    "quotes": [
        (I, "South African National Roads Agency", "the contractor had completed only 38% of the works, against a "
            "programme target of 71%, and that repeated notices to remedy the delays had gone unanswered", None),
        (P, "Nomvula Zungu", "every step", None),
        (D, "Nomvula Zungu", "We gave the contractor every opportunity to recover. We held monthly progress meetings, we "
            "agreed revised programmes, and each time the targets were missed,", None),
        (D, "Nomvula Zungu", "Road users in this region have waited long enough.", None),
        (I, "Nomvula Zungu", "a replacement contractor would be appointed through an emergency procurement process, with "
            "work expected to resume by the end of March", None),
        (P, "Riaan Jacobs", "unlawful", None),
        (I, "Riaan Jacobs", "the company would approach the Pietermaritzburg High Court for an urgent interdict", None),
        (D, "Riaan Jacobs", "For eight months of this contract, our site was shut down by armed groups demanding a 30% "
            "share of the work. We reported every incident to SANRAL and to the police. Now we are being punished for "
            "it,", None),
        (S, None, "business forums", None),
        (I, "Mabena Construction", "it had submitted 14 extension-of-time claims, none of which SANRAL had formally "
            "assessed", None),
        (I, "South African Forum of Civil Engineering Contractors", "it did not comment on individual contract disputes",
            None),
        (I, "South African Forum of Civil Engineering Contractors", "site disruptions had added an estimated R68-billion "
            "to the cost of public infrastructure projects since 2019", None),
        (I, "Andile Ndlovu", "clients and contractors needed to share the risk of disruption more fairly", None),
        (D, "Andile Ndlovu", "Nobody wins when a contract ends up in court. Contractors are not security companies, but "
            "clients are not insurers either,", None),
        (I, "Grant Summers", "he was owed R3.2-million by Mabena", None),
        (D, "Grant Summers", "I have 40 people who have not been paid since September. Whatever happens between SANRAL "
            "and Mabena, somebody has to pay us,", None),
        (P, "senior engineer who worked on the project", "chaotic", None),
    ],
    "actors": [
        actor("South African National Roads Agency", "government", title="national roads agency",
              affiliation="South Africa", aliases=["South African National Roads Agency", "SANRAL"], stance=-1),
        actor("Nomvula Zungu", "person", title="eastern region project manager",
              affiliation="South African National Roads Agency", aliases=["Nomvula Zungu", "Zungu"], stance=-1),
        actor("Riaan Jacobs", "person", title="CEO", affiliation="Mabena Construction",
              aliases=["Riaan Jacobs", "Jacobs"], stance=1),
        actor("Mabena Construction", "organisation", title="contractor",
              aliases=["Mabena Construction", "Mabena"], stance=1),
        actor("South African Forum of Civil Engineering Contractors", "organisation", title="industry body",
              aliases=["South African Forum of Civil Engineering Contractors", "SAFCEC"], stance=0),
        actor("Andile Ndlovu", "person", title="SAFCEC CEO",
              affiliation="South African Forum of Civil Engineering Contractors",
              aliases=["Andile Ndlovu", "Ndlovu"], stance=0),
        actor("Grant Summers", "person", title="subcontractor", aliases=["Grant Summers", "Summers"], stance=-1),
        actor("senior engineer who worked on the project", "person", title="anonymous senior engineer",
              aliases=["senior engineer who worked on the project"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Trinidad Express courts (a judge rules a minister's dismissal of a health-authority board unlawful),
#    headline "Court: ..." without speech, byline, straight " and apostrophes, "$112 million". Lede "A High
#    Court judge has ruled that ... acted unlawfully and "..." when ..." (partial for the judge; "ruled" is no
#    cue); judge "said A"; "She said the minister's decision was "..." and quashed it, though ..., noting that
#    B" (partial plus indirect); former chairman whose surname is Hope: "Hope said he felt vindicated", quote
#    with "Hope said", then a quote-only paragraph beginning "I hope ..."; attorney "said ... who believed that
#    a statutory board served "..."" (partial only); ministry "in a statement ..., said A and that ... "..."" and
#    "The ministry said A, and that ... "..." in ..." (indirect plus partial each); minister "said A but B", a
#    quote split by "she said", Q&A "the minister replied: "...""; opposition spokesman "called on ... (directive),
#    saying ... "..."" (partial only), quote with "Alleyne told the Express"; nurses' president "said nurses ...
#    "...", provided ..." (partial only), "Ottley said".
ARTICLES[f"{BATCH}/nwrha-board-ruling-seecharan.gold.json"] = {
    "article": f"{BATCH}/nwrha-board-ruling-seecharan.txt",
    "target": "Kavita Seecharan",
    "quotes": [
        (P, "Marcia Ramcharan-Lewis", "in breach of the rules of natural justice", None),
        (I, "Marcia Ramcharan-Lewis", "the minister had failed to give the board members any opportunity to respond to "
            "the allegations against them before revoking their appointments", None),
        (P, "Marcia Ramcharan-Lewis", "irrational", None),
        (I, "Marcia Ramcharan-Lewis", "its term would in any event have expired in January", None),
        (I, "Wendell Hope", "he felt vindicated", None),
        (D, "Wendell Hope", "We were fired by press release. Not one of us was asked a single question before we read "
            "about it in the newspapers,", None),
        (D, "Wendell Hope", "I hope the minister takes a lesson from this. Public servants are not disposable.", None),
        (P, "Ravi Dookeran", "at pleasure", None),
        (I, "Ministry of Health", "it was studying the judgment with the Office of the Attorney General", None),
        (P, "Ministry of Health", "in due course", None),
        (I, "Ministry of Health", "the minister had acted in good faith", None),
        (P, "Ministry of Health", "serious irregularities", None),
        (I, "Kavita Seecharan", "she respected the court's decision but did not regret acting to protect public funds",
            None),
        (D, "Kavita Seecharan", "If I had to choose again between following a procedure and stopping the haemorrhage of "
            "taxpayers' money, I would choose the same way,", None),
        (D, "Kavita Seecharan", "I will not apologise for that.", None),
        (D, "Kavita Seecharan", "No. Why would I?", None),
        (P, "Keith Alleyne", "a pattern of arrogance", None),
        (D, "Keith Alleyne", "This is the third time in a year that this minister has been taken to court and lost,",
            None),
        (P, "Gail Ottley", "do not care who sits on the board", None),
        (D, "Gail Ottley", "Boards come and boards go. Our members are still working double shifts,", None),
    ],
    "actors": [
        actor("Marcia Ramcharan-Lewis", "person", title="High Court judge", affiliation="High Court",
              aliases=["Marcia Ramcharan-Lewis", "Ramcharan-Lewis"], stance=-1),
        actor("Wendell Hope", "person", title="former NWRHA board chairman",
              affiliation="North-West Regional Health Authority", aliases=["Wendell Hope", "Hope"], stance=-1),
        actor("Ravi Dookeran", "person", title="Senior Counsel, claimants' attorney",
              aliases=["Ravi Dookeran", "Dookeran"], stance=-1),
        actor("Ministry of Health", "government", title="ministry", affiliation="Trinidad and Tobago",
              aliases=["Ministry of Health", "ministry"], stance=1),
        actor("Kavita Seecharan", "person", title="Health Minister", affiliation="Trinidad and Tobago",
              aliases=["Kavita Seecharan", "Seecharan", "Health Minister"], stance=1),
        actor("Keith Alleyne", "person", title="Opposition health spokesman", affiliation="Opposition",
              aliases=["Keith Alleyne", "Alleyne"], stance=-1),
        actor("Gail Ottley", "person", title="president",
              affiliation="Trinidad and Tobago Registered Nurses' Association", aliases=["Gail Ottley", "Ottley"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Third Sector (UK charity trade press; the Charity Commission opens an inquiry into a hospice), headline
#    and standfirst without speech, "by" and date lines, British straight single quotes '...' for every quote
#    (apostrophes in St Ebba's, I'm, somebody's), "£2.3m". Regulator "said in a statement today that A and
#    about whether B" (one span); content before "according to the charity's latest accounts" (the hospice);
#    head of investigations whose surname is Stock "said A", quote with "Stock said" and a quote-only
#    paragraph; "blaming what it called a '...'" (partial, the hospice); hospice "In a statement, ... said A and
#    that B"; chair "said A", quote with "he said"; chief executive "told Third Sector that A and that B", Q&A
#    "she replied: '...'"; anonymous former fundraising manager "said A but B" (one span), "she said"; widower
#    "said A", "he said"; Hospice UK "said A but that B" (one span), "According to Hospice UK, A"; closing
#    "The commission said A".
ARTICLES[f"{BATCH}/st-ebbas-hospice-inquiry.gold.json"] = {
    "article": f"{BATCH}/st-ebbas-hospice-inquiry.txt",
    "target": "St Ebba's Hospice",
    "quotes": [
        (I, "Charity Commission", "it had serious concerns about the management of conflicts of interest at the charity "
            "and about whether trustees had taken proper advice before approving the loan in 2024", None),
        (I, "St Ebba's Hospice", "The loan, funded almost entirely from legacies left to the hospice, has not been repaid",
            None),
        (I, "Helen Stock", "the opening of an inquiry was not a finding of wrongdoing", None),
        (D, "Helen Stock", "Legacies are among the most personal gifts anyone can make to a charity. People who leave "
            "money to a hospice are entitled to expect it to be protected,", None),
        (D, "Helen Stock", "We will be looking closely at the decisions the trustees made and at the information they "
            "had in front of them when they made them.", None),
        (P, "St Ebba's Hospice", "perfect storm", None),
        (I, "St Ebba's Hospice", "it was cooperating fully with the inquiry and that the former trustee had resigned in "
            "January", None),
        (I, "Malcolm Rowe", "the board had commissioned an independent review of its governance as soon as he took over",
            None),
        (D, "Malcolm Rowe", "I'm not going to pretend this is a comfortable moment for the hospice, but we went to the "
            "commission ourselves. We have nothing to hide,", None),
        (I, "Farah Qureshi", "patient care had not been affected by the inquiry and that the charity expected the loan to "
            "be repaid in full", None),
        (D, "Farah Qureshi", "No. The beds closed because our costs went up by a million pounds in two years.", None),
        (I, "former fundraising manager at the charity", "staff had raised questions about the loan at the time but had "
            "been reassured by senior managers", None),
        (D, "former fundraising manager at the charity", "We were out shaking buckets in Hexham market while that money "
            "sat in somebody's development site,", None),
        (I, "Keith Arbuthnot", "he felt let down", None),
        (D, "Keith Arbuthnot", "She trusted them with that money. I want to know where it went,", None),
        (I, "Hospice UK", "it would not comment while the inquiry was under way but that the case should not undermine "
            "trust in hospices generally", None),
        (I, "Hospice UK", "charitable hospices in England receive about a third of their income from the NHS, with the "
            "rest coming from fundraising, retail and gifts in wills", None),
        (I, "Charity Commission", "it would publish a report on its findings at the end of the inquiry", None),
    ],
    "actors": [
        actor("Charity Commission", "government", title="charity regulator",
              aliases=["Charity Commission", "commission", "regulator"], stance=-1),
        actor("St Ebba's Hospice", "organisation", title="hospice charity",
              aliases=["St Ebba's Hospice", "St Ebba's", "hospice", "charity"], stance=1),
        actor("Helen Stock", "person", title="head of investigations", affiliation="Charity Commission",
              aliases=["Helen Stock", "Stock"], stance=0),
        actor("Malcolm Rowe", "person", title="chair of trustees", affiliation="St Ebba's Hospice",
              aliases=["Malcolm Rowe", "Rowe"], stance=1),
        actor("Farah Qureshi", "person", title="chief executive", affiliation="St Ebba's Hospice",
              aliases=["Farah Qureshi", "Qureshi"], stance=1),
        actor("former fundraising manager at the charity", "person", title="anonymous former fundraising manager",
              affiliation="St Ebba's Hospice", aliases=["former fundraising manager at the charity"], stance=-1),
        actor("Keith Arbuthnot", "person", title="widower of a patient", aliases=["Keith Arbuthnot", "Arbuthnot"],
              stance=-1),
        actor("Hospice UK", "organisation", title="umbrella body for hospices", aliases=["Hospice UK"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
