"""Build the test36 gold files (data/eval/test36/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test36/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test36.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test36"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. SeeNews (Southeast Europe business wire) infrastructure (Serbia sets RZD International a final deadline on a
#    railway upgrade), headline without speech, dateline `BELGRADE (Serbia), December 10 (SeeNews) -`, straight "
#    and apostrophes, place and personal names without diacritics, American punctuation inside closing marks,
#    closing `(1 euro = 1.164 U.S. dollar)` line. Lede content before `, construction minister Dragana Milutinovic
#    said on Wednesday`; quote with `Milutinovic told reporters in Belgrade`; `She said A`; Q&A `Asked whether
#    ..., Milutinovic said: "..."`; scare so-called "Banat loop"; RZD International `said in a statement the
#    delays had been caused by "..." as a result of ..., and that the remaining works would be completed "..."`
#    (two partials); embassy `described the project on its Telegram channel as "..." and said Russian engineers
#    had kept working "..."` (two partials); `According to ... Infrastruktura Zeleznice Srbije, A`; anonymous `A
#    ministry source, who asked not to be named, told SeeNews that A and had B` (one span); mayor `said A`,
#    quote with `Jovanov said`; economist `said the delay reflected both the sanctions and "..." in how ...`
#    (partial only), quote with `Ristic said`.
ARTICLES[f"{BATCH}/serbia-rzd-pancevo-vrsac-deadline.gold.json"] = {
    "article": f"{BATCH}/serbia-rzd-pancevo-vrsac-deadline.txt",
    "target": "Russia",
    "quotes": [
        (I, "Dragana Milutinovic", "Serbia has given Russian Railways subsidiary RZD International until the end of "
            "March to complete the modernisation of the 62-kilometre Pancevo-Vrsac railway, after the project missed "
            "its second deadline", None),
        (D, "Dragana Milutinovic", "We have been patient. But the citizens of Banat have been waiting for their trains "
            "for four years, and patience has limits,", None),
        (I, "Dragana Milutinovic", "the ministry would activate penalty clauses worth up to 10% of the contract value "
            "if the new deadline was missed", None),
        (D, "Dragana Milutinovic", "All options are on the table.", None),
        (S, None, "Banat loop", None),
        (P, "RZD International", "difficulties in the supply of signalling equipment", None),
        (P, "RZD International", "in the shortest possible time.", None),
        (P, "Russian embassy in Belgrade", "a symbol of Russian-Serbian friendship", None),
        (P, "Russian embassy in Belgrade", "in very difficult conditions.", None),
        (I, "Infrastruktura Zeleznice Srbije", "71% of the works had been completed by the end of November, including "
            "all track renewal between Pancevo and Alibunar", None),
        (I, "ministry source", "the ministry had lost confidence in the contractor's timetable and had asked for "
            "weekly progress reports", None),
        (I, "Stevan Jovanov", "local companies had lost business because of the delays", None),
        (D, "Stevan Jovanov", "Every month without a railway is a month in which an investor chooses another town,",
            None),
        (P, "Milica Ristic", "chronic weaknesses", None),
        (D, "Milica Ristic", "It is easy to blame only the Russians, or only the sanctions. The truth is that the "
            "design was changed three times after the contract was signed,", None),
    ],
    "actors": [
        actor("Dragana Milutinovic", "person", title="construction minister", affiliation="Serbia",
              aliases=["Dragana Milutinovic", "Milutinovic"], stance=-1),
        actor("RZD International", "organisation", title="Russian Railways subsidiary, contractor",
              affiliation="Russian Railways", aliases=["RZD International"], stance=1),
        actor("Russian embassy in Belgrade", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Belgrade"], stance=1),
        actor("Infrastruktura Zeleznice Srbije", "organisation", title="state railway infrastructure manager",
              affiliation="Serbia", aliases=["Infrastruktura Zeleznice Srbije"], stance=None),
        actor("ministry source", "person", title="anonymous ministry source", affiliation="Serbian construction ministry",
              aliases=["ministry source"], stance=-1),
        actor("Stevan Jovanov", "person", title="Vrsac mayor", aliases=["Stevan Jovanov", "Jovanov"], stance=-1),
        actor("Milica Ristic", "person", title="transport economist", aliases=["Milica Ristic", "Ristic"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Law Society Gazette (solicitors' trade press) legal aid/courts (payment delays after the Legal Aid Agency's
#    new billing system), headline `Law Society: ... ‘the last straw’ for ...` (partial for the Law Society),
#    `By NAME` and `9 December 2026` lines, curly single quotes ‘...’ with ’ apostrophes, British punctuation.
#    Lede content before `, practitioners have told the Gazette`; scare `‘digital first’ strategy`;
#    `Practitioners say A` (present tense, same group); `The Law Society said A`; president `said the delays
#    were ‘...’ for ...` (partial only), quote split by `she said`; solicitor `said A and had B` (one span),
#    quote with `he said`; association `said in a statement that A and that the rollout had been ‘...’`
#    (indirect plus partial); anonymous `One person who worked on the project, who did not want to be named,
#    told the Gazette that A`; `In a statement, the Legal Aid Agency said the ‘...’ of claims were ... and that
#    B` (partial plus indirect); chief executive `said: ‘...’`; `The agency said A`; MoJ spokesperson `said:
#    ‘...’`; `Castellino said interim payments were ‘...’ and called on the agency to ...` (partial; the call is
#    a directive); `Holloway was unimpressed ...` (no speech), quote with `he said`.
ARTICLES[f"{BATCH}/legal-aid-agency-billing-delays.gold.json"] = {
    "article": f"{BATCH}/legal-aid-agency-billing-delays.txt",
    "target": "Legal Aid Agency",
    "quotes": [
        (P, "Law Society", "the last straw", "‘the last straw’ for criminal"),
        (I, "practitioners", "Criminal defence firms are waiting up to nine weeks to be paid for legal aid work after "
            "problems with the Legal Aid Agency’s new online billing system", None),
        (S, None, "digital first", None),
        (I, "practitioners", "hundreds of claims have since been rejected for errors they did not make or have "
            "disappeared from the system altogether", None),
        (I, "Law Society", "a survey of its members last week found around £14m of claims from more than 300 firms "
            "were outstanding beyond the agency’s 20-day payment target", None),
        (P, "Naomi Castellino", "the last straw", "were ‘the last straw"),
        (D, "Naomi Castellino", "These are firms that have kept the criminal justice system running on fees that have "
            "barely moved in 30 years,", None),
        (D, "Naomi Castellino", "They cannot be expected to act as an interest-free bank for the government while a "
            "new IT system is fixed.", None),
        (I, "Peter Holloway", "his practice had £61,000 of unpaid claims and had been forced to extend its overdraft "
            "for the first time in its history", None),
        (D, "Peter Holloway", "We have done the work. The clients have been represented, the cases are finished. And "
            "we are ringing a helpline that tells us to ring back,", None),
        (I, "London Criminal Courts Solicitors’ Association", "the agency had ignored warnings from practitioners "
            "during the pilot", None),
        (P, "London Criminal Courts Solicitors’ Association", "rushed to meet an internal deadline", None),
        (I, "person who worked on the project", "testing of the claims-matching function had been cut short in "
            "September", None),
        (P, "Legal Aid Agency", "vast majority", None),
        (I, "Legal Aid Agency", "a fix for the main fault would be in place by 18 December", None),
        (D, "Graham Oduya", "Where firms have had problems, I am sorry, and we are fixing them. For most providers "
            "Claim Direct is already paying faster than the system it replaced.", None),
        (I, "Legal Aid Agency", "firms facing hardship could apply for an interim payment, which would be made within "
            "five working days", None),
        (D, "Ministry of Justice spokesperson", "Legal aid providers play a vital role and it is right they are paid "
            "promptly. We are working closely with the Legal Aid Agency to resolve these issues as quickly as "
            "possible.", None),
        (P, "Naomi Castellino", "a sticking plaster", None),
        (D, "Peter Holloway", "We were told the same in October,", None),
    ],
    "actors": [
        actor("Law Society", "organisation", title="solicitors' professional body", aliases=["Law Society"],
              stance=-1),
        actor("practitioners", "group", title="criminal defence practitioners",
              aliases=["practitioners", "Practitioners"], stance=-1),
        actor("Naomi Castellino", "person", title="Society president", affiliation="Law Society",
              aliases=["Naomi Castellino", "Castellino"], stance=-1),
        actor("Peter Holloway", "person", title="senior partner at a four-solicitor firm in Hull",
              aliases=["Peter Holloway", "Holloway"], stance=-1),
        actor("London Criminal Courts Solicitors’ Association", "organisation", title="criminal solicitors' association",
              aliases=["London Criminal Courts Solicitors’ Association"], stance=-1),
        actor("person who worked on the project", "person", title="anonymous source",
              aliases=["person who worked on the project"], stance=-1),
        actor("Legal Aid Agency", "government", title="agency", aliases=["Legal Aid Agency", "the agency"], stance=1),
        actor("Graham Oduya", "person", title="Chief executive", affiliation="Legal Aid Agency",
              aliases=["Graham Oduya", "Oduya"], stance=0),
        actor("Ministry of Justice spokesperson", "person", title="spokesperson", affiliation="Ministry of Justice",
              aliases=["Ministry of Justice spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Farmers Guardian (UK farming press) potatoes/business (a frozen chip maker cuts its potato contracts), headline
#    and standfirst without speech, `By NAME` and `Thursday 10 December 2026, 11:40 am` lines, curly “ ” with ’
#    apostrophes, British punctuation, `£100/tonne`, `£250/t`. Lede content before `, the Lincolnshire processor
#    confirmed on Wednesday`; `The company, which ..., said weaker export demand ... had left it with “...”`
#    (partial only); `It said A and that B` (one span); quote before `said Alistair Penrose, Holmfield’s
#    agricultural director`; Q&A `Asked whether ..., he said: “...”`; `Holmfield said A`; grower `said the letter
#    had arrived “...”` (partial only), quote with `he said`; `Mr Dunning said A`; scare so-called “free-buy”
#    market; content before `, according to Agrimarket Insight` (the writer's `down from ...` after it left out);
#    NFU chairman with a word-like surname (`Giles Kettle`) `said the cut showed growers were carrying “...” and
#    that B` (partial plus indirect), quote with `Mr Kettle said`; analyst `said A, and warned that B` (two
#    indirects), quote with `she said`.
ARTICLES[f"{BATCH}/holmfield-foods-potato-contract-cut.gold.json"] = {
    "article": f"{BATCH}/holmfield-foods-potato-contract-cut.txt",
    "target": "Holmfield Foods",
    "quotes": [
        (I, "Holmfield Foods", "Frozen chip maker Holmfield Foods will cut the volume of potatoes it contracts for the "
            "2027 season by about 20 per cent", None),
        (P, "Holmfield Foods", "significantly more product than the market needs", None),
        (I, "Holmfield Foods", "contract prices for the remaining tonnage would be held at 2026 levels and that "
            "growers would receive their allocations by the end of January", None),
        (D, "Alistair Penrose", "Nobody in this business wants to cut contracts. But we are processing for a market "
            "that has simply shrunk, and we can’t ask our growers to plant potatoes we can’t sell,", None),
        (D, "Alistair Penrose", "We will look at it every year. I would like to think this is a one-season "
            "adjustment, but I can’t promise that.", None),
        (I, "Holmfield Foods", "there would be no job losses at its factory near Boston", None),
        (P, "Mark Dunning", "like a bolt from the blue", None),
        (D, "Mark Dunning", "We had already ordered seed for the full contract. Now I’ve got 60 acres’ worth of seed "
            "coming in March and nowhere to plant it for a buyer,", None),
        (I, "Mark Dunning", "he would try to sell any surplus on the open market", None),
        (S, None, "free-buy", None),
        (I, "Agrimarket Insight", "Free-buy prices for processing varieties have fallen below £100/tonne in recent "
            "weeks", None),
        (P, "Giles Kettle", "all of the risk and none of the reward", None),
        (I, "Giles Kettle", "processors should be required to give at least 12 months’ notice of any change in "
            "volumes", None),
        (D, "Giles Kettle", "Growers make their decisions on land, seed and storage a year or more ahead. A processor "
            "can change its mind with one letter,", None),
        (I, "Fiona Reid", "the cut reflected an oversupply of frozen potato products across north-west Europe", None),
        (I, "Fiona Reid", "other processors were likely to follow", None),
        (D, "Fiona Reid", "Holmfield is responding to the market like any business would. The problem is that the "
            "grower is always the last to know,", None),
    ],
    "actors": [
        actor("Holmfield Foods", "organisation", title="frozen chip maker",
              aliases=["Holmfield Foods", "Holmfield", "The company"], stance=1),
        actor("Alistair Penrose", "person", title="agricultural director", affiliation="Holmfield Foods",
              aliases=["Alistair Penrose", "Penrose"], stance=1),
        actor("Mark Dunning", "person", title="Lincolnshire grower", aliases=["Mark Dunning", "Dunning", "Mr Dunning"],
              stance=-1),
        actor("Agrimarket Insight", "organisation", title="market analysts", aliases=["Agrimarket Insight"],
              stance=None),
        actor("Giles Kettle", "person", title="NFU potatoes forum chairman", affiliation="NFU",
              aliases=["Giles Kettle", "Kettle", "Mr Kettle"], stance=-1),
        actor("Fiona Reid", "person", title="senior analyst", affiliation="Agrimarket Insight",
              aliases=["Fiona Reid", "Reid"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Capital FM (Kenya) sport (a marathon champion provisionally suspended for nandrolone), headline with a
#    colon and a full clause in straight single quotes (`Jepkemei: 'I have never cheated' as ...`: direct for
#    her), `By NAME` line, dateline `NAIROBI, Kenya, Dec 9 –`, straight " and apostrophes. `The AIU said in a
#    statement on Tuesday that A and that B` (one span); `denied any wrongdoing` (no content, not annotated, as
#    dev53's `denied the accusations`); the athlete (Kenyan usage: the middle name `Jepkemei`) quote with
#    `Jepkemei said`, then a quote-only paragraph; `She said A and that B`; Q&A `Asked whether ..., she
#    replied: "..."`; shared name: her husband and coach `Isaac Kibet` (`Kibet said` is him) `said A`; manager
#    `said A and would "..."` (indirect plus partial); scare so-called "hospital defence"; `Several Kenyan
#    athletes have ... blamed ...` (no cue); `Asked about Jepkemei's case, ... Ruth Wambui said athletes "..."
#    for ...` (partial only); `In a statement, Athletics Kenya (AK) said A and that the athlete was entitled to
#    "..."` (indirect plus partial); anonymous training partner `described Jepkemei as "..."`; content before
#    `, according to AIU data`.
ARTICLES[f"{BATCH}/jepkemei-provisional-suspension-nandrolone.gold.json"] = {
    "article": f"{BATCH}/jepkemei-provisional-suspension-nandrolone.txt",
    "target": "Mercy Jepkemei Kibet",
    "quotes": [
        (D, "Mercy Jepkemei Kibet", "I have never cheated", "'I have never cheated' as"),
        (I, "Athletics Integrity Unit", "the sample had been collected during an out-of-competition test in Iten on "
            "October 14 and that the athlete was notified of the adverse finding on December 4", None),
        (D, "Mercy Jepkemei Kibet", "I have never cheated and I will never cheat. I don't even know what nandrolone "
            "looks like,", None),
        (D, "Mercy Jepkemei Kibet", "My husband cooks for me, we eat from the same pot. If there is something in my "
            "body, I want the AIU to help me find out how it got there.", None),
        (I, "Mercy Jepkemei Kibet", "she had been treated at a private clinic in Eldoret in early October for a knee "
            "injury and that she had handed the clinic's records to her lawyers", None),
        (D, "Mercy Jepkemei Kibet", "I am only 29. I will run again, and I will run clean, because that is the only "
            "way I know.", None),
        (I, "Isaac Kibet", "the couple would sell land if necessary to pay for her defence", None),
        (D, "Isaac Kibet", "We have nothing to hide. Anyone can come to our camp any day and see how we train,", None),
        (I, "Marco Bellini", "the team had requested the analysis of the B sample", None),
        (P, "Marco Bellini", "fight this case to the end", None),
        (S, None, "hospital defence", None),
        (P, "Ruth Wambui", "cannot keep blaming chapati and hospital injections", None),
        (I, "Athletics Kenya", "it had been informed of the suspension", None),
        (P, "Athletics Kenya", "a fair hearing", None),
        (P, "training partner in Kaptagat", "the hardest worker in the camp", None),
        (I, "Athletics Integrity Unit", "Kenya has more than 120 athletes currently serving bans or provisional "
            "suspensions", None),
    ],
    "actors": [
        actor("Mercy Jepkemei Kibet", "person", title="Frankfurt Marathon champion",
              aliases=["Mercy Jepkemei Kibet", "Jepkemei"], stance=1),
        actor("Athletics Integrity Unit", "organisation", title="anti-doping body",
              aliases=["Athletics Integrity Unit", "AIU"], stance=-1),
        actor("Isaac Kibet", "person", title="husband and coach", aliases=["Isaac Kibet", "Kibet"], stance=1),
        actor("Marco Bellini", "person", title="manager", aliases=["Marco Bellini", "Bellini"], stance=1),
        actor("Ruth Wambui", "person", title="chief executive", affiliation="Anti-Doping Agency of Kenya (ADAK)",
              aliases=["Ruth Wambui", "Wambui"], stance=-1),
        actor("Athletics Kenya", "organisation", title="national federation", aliases=["Athletics Kenya", "AK"],
              stance=0),
        actor("training partner in Kaptagat", "person", title="anonymous training partner",
              aliases=["training partner in Kaptagat"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
