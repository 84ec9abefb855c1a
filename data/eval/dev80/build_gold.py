"""Build the dev80 gold files (data/eval/dev80/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev80/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev80.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev80"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Civil.ge (Georgia) trade/diplomacy (Russia's consumer watchdog bans wine from five Georgian producers),
#    headline with a curly fragment naming Russia, `02/12/2026 - 18:05` line, `Also Read:` line, curly quotes and
#    apostrophes. Lede content before `, Russia's consumer rights watchdog Rospotrebnadzor said on December 2,
#    citing what it called "..."`; `the agency said ... had found "..." in samples ..., and that B` (partial plus
#    indirect); `The statement did not name ...` (negated); National Wine Agency `said A and had B`; its chairman
#    named after the quote (`the agency's chairman, Irakli Tsereteli, told Civil.ge`: `agency` here is the wine
#    agency); minister `described the ban as "..."`, split quote with `Gogoladze said`, `He added that A and that
#    B`; content before `, according to the National Wine Agency`; Russian official `denied that A`, quote
#    with `was quoted as saying by the TASS news agency`; scare so-called "wine war"; MP `said the ... party had
#    "..." despite ...`, `she wrote on Facebook`; winemaker `said A`, two stretches around `he said`.
ARTICLES[f"{BATCH}/russia-georgian-wine-ban-rospotrebnadzor.gold.json"] = {
    "article": f"{BATCH}/russia-georgian-wine-ban-rospotrebnadzor.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "Quality Violations", None),
        (I, "Rospotrebnadzor", "Imports of wine and brandy from five Georgian producers will be suspended from "
            "December 10", None),
        (P, "Rospotrebnadzor", "systematic violations", None),
        (P, "Rospotrebnadzor", "elevated levels of pesticides and undeclared additives", None),
        (I, "Rospotrebnadzor", "the restrictions would remain in place until the Georgian side provided guarantees "
            "that the violations had been corrected", None),
        (I, "National Wine Agency", "it had not received any official notification from Moscow and had asked "
            "Rospotrebnadzor to share the test results", None),
        (D, "Irakli Tsereteli", "Georgian wine undergoes laboratory testing at every stage before it is exported. We "
            "are ready to share all documentation with any partner who asks for it,", None),
        (P, "Levan Gogoladze", "a political decision dressed up in laboratory language.", None),
        (D, "Levan Gogoladze", "This is not the first time,", None),
        (D, "Levan Gogoladze", "In 2006 they also told us our wine was dangerous. Then it suddenly became safe again "
            "when it suited them.", None),
        (I, "Levan Gogoladze", "the five companies together accounted for roughly 7 percent of Georgia’s wine exports "
            "to Russia and that the government was ready to help them find buyers in other markets", None),
        (I, "National Wine Agency", "Russia remains by far the largest market for Georgian wine, taking about 60 "
            "percent of exports by volume in the first ten months of 2026", None),
        (I, "Konstantin Belyaev", "the decision had anything to do with politics", None),
        (D, "Konstantin Belyaev", "We treat Georgian producers exactly as we treat French or Italian ones. The law is "
            "the same for everyone,", None),
        (S, None, "wine war", None),
        (P, "Ketevan Abashidze", "put all its eggs in the Russian basket", None),
        (D, "Ketevan Abashidze", "Every time Moscow wants to send a message, it starts with our wine, our mineral "
            "water or our tourists. And every time, our government acts surprised,", None),
        (I, "Gela Mamulashvili", "the phone had not stopped ringing since the morning", None),
        (D, "Gela Mamulashvili", "Two of my clients in Moscow called today to ask whether they should cancel their "
            "orders,", None),
        (D, "Gela Mamulashvili", "Russian buyers are good clients, they pay on time. The problem is not them. The "
            "problem is the politicians, on both sides.", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Rospotrebnadzor", "government", title="consumer rights watchdog", affiliation="Russia",
              aliases=["Rospotrebnadzor", "the agency"], stance=1),
        actor("National Wine Agency", "government", affiliation="Georgia",
              aliases=["National Wine Agency"], stance=0),
        actor("Irakli Tsereteli", "person", title="chairman", affiliation="National Wine Agency",
              aliases=["Irakli Tsereteli", "Tsereteli"], stance=-1),
        actor("Levan Gogoladze", "person", title="Minister of Environmental Protection and Agriculture",
              affiliation="Georgia", aliases=["Levan Gogoladze", "Gogoladze"], stance=-1),
        actor("Konstantin Belyaev", "person", title="deputy head", affiliation="Rospotrebnadzor",
              aliases=["Konstantin Belyaev", "Belyaev"], stance=1),
        actor("Ketevan Abashidze", "person", title="opposition lawmaker", affiliation="Coalition for Change",
              aliases=["Ketevan Abashidze", "Abashidze"], stance=-1),
        actor("Gela Mamulashvili", "person", title="winemaker", affiliation="Napareuli",
              aliases=["Gela Mamulashvili", "Mamulashvili"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Haaretz health (the Health Ministry caps private surgery at two Jerusalem hospitals), headline and subhead
#    without quote marks, byline and `Dec 3, 2026 6:12 pm IST` lines, straight `"` and apostrophes. Lede content
#    before `, the ministry's director general, Prof. Eitan Shapira, told reporters on Wednesday`; scare so-called
#    "Sharap" arrangement; content before `, according to ministry data`; director general's quote split by
#    `Shapira said`, its second stretch open at the end of the paragraph, then a quote-only paragraph; Q&A
#    `Asked whether ..., he replied: "..."`; medical association `said in a statement that A had been made "..."
#    and warned that B` (partial plus indirect); two people named Cohen (a surgeon, `Michal Cohen said`; a
#    patient, `he said`); anonymous Finance Ministry official `said A but had not yet B`; hospital `said it was
#    "..." and that it would B`; `did not respond` (no speech); patient `He said he hoped A`.
ARTICLES[f"{BATCH}/health-ministry-private-surgery-cap-jerusalem.gold.json"] = {
    "article": f"{BATCH}/health-ministry-private-surgery-cap-jerusalem.txt",
    "target": "Health Ministry",
    "quotes": [
        (I, "Eitan Shapira", "The Health Ministry will limit private operations at Jerusalem's two largest hospitals "
            "to a fifth of each surgical department's activity starting in March", None),
        (S, None, "Sharap", None),
        (I, "Health Ministry", "In some orthopedic and eye departments, private procedures now account for more than "
            "40 percent of operations", None),
        (D, "Eitan Shapira", "A patient who cannot pay is waiting 14 months for a hip replacement, while a patient "
            "who can pay is operated on in three weeks, in the same room, by the same surgeon,", None),
        (D, "Eitan Shapira", "That is not a health system. That is an auction.", None),
        (D, "Eitan Shapira", "We are not abolishing anything. We are saying that the public hospital belongs first of "
            "all to the public.", None),
        (D, "Eitan Shapira", "We have been consulting them for ten years. At some point you have to decide.", None),
        (P, "Israel Medical Association", "over the heads of the doctors", None),
        (I, "Israel Medical Association", "dozens of senior surgeons could leave for private hospitals in Tel Aviv "
            "and abroad", None),
        (I, "Michal Cohen", "the ministry was treating the symptom rather than the disease", None),
        (D, "Michal Cohen", "The waiting lists are long because there are not enough operating rooms, nurses and "
            "anesthesiologists, not because of private patients,", None),
        (D, "Michal Cohen", "If you take away the income, you will not get more surgeries. You will get fewer "
            "surgeons.", None),
        (I, "senior Finance Ministry official", "the treasury supported the cap in principle but had not yet agreed "
            "to fund the 180 million shekels the Health Ministry is requesting to compensate the hospitals", None),
        (P, "Hadassah Medical Center", "studying the details", None),
        (I, "Hadassah Medical Center", "it would present its position to the ministry next week", None),
        (D, "Shimon Cohen", "The doctor told me, if you pay, I can do it next month,", None),
        (D, "Shimon Cohen", "I told him, I worked 40 years and paid my health tax every month. What did I pay for?",
            None),
        (I, "Shimon Cohen", "he hoped the ministry would not back down", None),
        (D, "Shimon Cohen", "Let them fight. Maybe something will move,", None),
    ],
    "actors": [
        actor("Eitan Shapira", "person", title="director general", affiliation="Health Ministry",
              aliases=["Eitan Shapira", "Shapira"], stance=1),
        actor("Health Ministry", "government", affiliation="Israel",
              aliases=["Health Ministry", "ministry"], stance=0),
        actor("Israel Medical Association", "organisation", aliases=["Israel Medical Association"], stance=-1),
        actor("Michal Cohen", "person", title="head of orthopedics", affiliation="Jerusalem hospital",
              aliases=["Michal Cohen"], stance=-1),
        actor("senior Finance Ministry official", "person", affiliation="Finance Ministry", stance=0),
        actor("Hadassah Medical Center", "organisation", aliases=["Hadassah Medical Center", "Hadassah"], stance=0),
        actor("Shimon Cohen", "person", title="retired bus driver, 71", affiliation="Beit Shemesh",
              aliases=["Shimon Cohen"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. SBS News religion/community (a Melbourne imam is elected Grand Mufti of Australia), headline without speech,
#    `Key Points` bullets (no speech; `questioned women's role` is an act with a noun object), byline, `Published
#    ...` and `Source: SBS News` lines, `READ MORE` line, straight `"` and apostrophes, Australian punctuation
#    outside fragments. Council `said A and would B`, `In a statement, the council described him as "..." who
#    understood "..."` (two partials); imam `told SBS News he saw A`, quote with `he said` and a quote-only
#    paragraph; scare so-called "Coburg sermon", `in which Sheikh Noor told worshippers that A` (indirect);
#    spokesperson `said the sermon had caused "..." and that B` (partial plus indirect), `Ms Page said`; Q&A
#    `Asked about the sermon, Sheikh Noor said: "..."`; `He said A and that B`; anonymous official `said A and
#    questioned whether ...` (the question not annotated); minister's spokesperson `congratulated ... and said
#    the government looked forward to "..."` (partial only); young man `said A`, two stretches around
#    `Mr Warsame said` (the second names `the sheikh`).
ARTICLES[f"{BATCH}/grand-mufti-yahya-noor-elected.gold.json"] = {
    "article": f"{BATCH}/grand-mufti-yahya-noor-elected.txt",
    "target": "Yahya Noor",
    "quotes": [
        (I, "Australian National Imams Council", "Sheikh Noor had been chosen unanimously by its members at a meeting "
            "in Sydney on Tuesday and would take up the position on 1 January", None),
        (P, "Australian National Imams Council", "a scholar of the new generation", None),
        (P, "Australian National Imams Council", "the questions young Australian Muslims are actually asking", None),
        (I, "Yahya Noor", "he saw the role as that of a bridge", None),
        (D, "Yahya Noor", "My parents came here with nothing. They found a country that let them pray, work and raise "
            "children in peace,", None),
        (D, "Yahya Noor", "I want to be a mufti for the boy in Dandenong who feels he belongs nowhere, and for the "
            "grandmother in Lakemba who feels nobody listens to her anymore.", None),
        (S, None, "Coburg sermon", None),
        (I, "Yahya Noor", "women should leave the management of mosques to men", None),
        (P, "Mariam Page", "real hurt", None),
        (I, "Mariam Page", "many women in the community were waiting to see whether his views had changed", None),
        (D, "Mariam Page", "An apology to a journalist is not enough. We want to see it in how he runs the council, "
            "and so far we have seen nothing,", None),
        (D, "Yahya Noor", "I said things in 2019 that I would not say today. I was wrong, and I have told the sisters "
            "in my own community that I was wrong.", None),
        (I, "Yahya Noor", "two women now sat on the board of his Coburg mosque and that he would ask ANIC to consider "
            "including women in an advisory role", None),
        (I, "official from the Australian Federation of Islamic Councils", "the federation had not been consulted on "
            "the appointment", None),
        (P, "spokesperson for the Minister for Multicultural Affairs", "working closely", None),
        (I, "Abdi Warsame", "the young men of the mosque had been following the election closely", None),
        (D, "Abdi Warsame", "He talks to us like we are people, not like a problem to be solved,", None),
        (D, "Abdi Warsame", "When my brother got in trouble, the sheikh came to the police station at two in the "
            "morning. Who else does that?", None),
    ],
    "actors": [
        actor("Australian National Imams Council", "organisation",
              aliases=["Australian National Imams Council", "ANIC", "the council"], stance=1),
        actor("Yahya Noor", "person", title="Grand Mufti of Australia (elect), imam in Coburg",
              aliases=["Yahya Noor", "Sheikh Yahya Noor", "Sheikh Noor", "Noor", "the sheikh"], stance=1),
        actor("Mariam Page", "person", title="spokesperson", affiliation="Muslim Women's Council of Victoria",
              aliases=["Mariam Page", "Ms Page", "Page"], stance=-1),
        actor("official from the Australian Federation of Islamic Councils", "person",
              affiliation="Australian Federation of Islamic Councils", stance=-1),
        actor("spokesperson for the Minister for Multicultural Affairs", "person",
              affiliation="Australian Government", stance=1),
        actor("Abdi Warsame", "person", title="worshipper, 22", affiliation="Coburg mosque",
              aliases=["Abdi Warsame", "Mr Warsame", "Warsame"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Caixin Global business (a regulator orders a recall of EVs fitted with a battery maker's packs), headline
#    without speech, two-name byline and `Dec 03, 2026 08:41 PM` lines, `Read more` line, closing `Contact
#    reporter ...` line, curly quotes and apostrophes, `20%`, `yuan`. Content before `, according to a notice
#    posted on the website of the State Administration for Market Regulation (SAMR)`; `The notice said A and,
#    "...," B` (only the fragment); company `said in a filing ... that A and that B`, `described the defect as
#    "..." and said A` (partial plus indirect); anonymous `person close to the company told Caixin that A and
#    that B`; `did not respond` (no speech); content before `, according to local fire authorities`; chairman
#    `said ... that the company had "..."`, quote with `Fang said, according to a person who was on the call`
#    (the quote is Fang's); carmaker `said in a statement that A and that B`, `The carmaker said it was "..."
#    but did not say whether ...` (negated speech not annotated); content before `, according to its latest
#    quarterly report`; analyst surnamed Long (`Long said`) `said A, but that B`, two stretches; owner surnamed
#    Bai `said A`, two stretches around `Bai said`.
ARTICLES[f"{BATCH}/lanhai-battery-recall-samr.gold.json"] = {
    "article": f"{BATCH}/lanhai-battery-recall-samr.txt",
    "target": "Lanhai New Energy",
    "quotes": [
        (I, "State Administration for Market Regulation", "The recall covers three models produced by Jiangnan "
            "Motors between March 2025 and June 2026", None),
        (P, "State Administration for Market Regulation", "in extreme cases,", None),
        (I, "Lanhai New Energy", "it would bear the full cost of replacing the affected packs and that the problem "
            "was limited to a single production line in its Changzhou plant", None),
        (P, "Lanhai New Energy", "isolated and fully traceable", None),
        (I, "Lanhai New Energy", "it had halted the line in August", None),
        (I, "person close to the company", "engineers had flagged irregular weld results on the line as early as "
            "February and that management had decided to keep it running to meet year-end orders", None),
        (I, "local fire authorities", "At least five of the vehicles caught fire while parked or charging this year, "
            "including one in an underground garage in Hangzhou in October that damaged 11 other cars", None),
        (P, "Fang Zhiyuan", "nothing to hide.", None),
        (D, "Fang Zhiyuan", "We found the problem, we reported it, and we will pay for it. That is what a "
            "responsible company does,", None),
        (I, "Jiangnan Motors", "it would contact owners by text message and that replacement would take about four "
            "hours per car at its service centers", None),
        (P, "Jiangnan Motors", "reviewing its supply arrangements", None),
        (I, "Lanhai New Energy", "Its gross margin fell to 9.8% in the third quarter from 15.1% a year earlier", None),
        (I, "Long Jie", "the cost of the recall itself was manageable, at an estimated 1.2 billion yuan, but that the "
            "damage to Lanhai’s reputation with carmakers could last much longer", None),
        (D, "Long Jie", "Carmakers can forgive a defect. What they cannot forgive is finding out about it from the "
            "regulator,", None),
        (D, "Long Jie", "If the February story is true, some customers will start splitting orders.", None),
        (I, "Bai", "he had stopped charging at home", None),
        (D, "Bai", "My daughter sleeps right above the garage,", None),
        (D, "Bai", "Four hours at a service center is nothing. I want to know why it took them a year.", None),
    ],
    "actors": [
        actor("State Administration for Market Regulation", "government", title="market regulator",
              affiliation="China", aliases=["State Administration for Market Regulation", "SAMR", "notice"],
              stance=0),
        actor("Lanhai New Energy", "organisation", title="battery maker",
              aliases=["Lanhai New Energy", "Lanhai", "The company", "the company"], stance=1),
        actor("person close to the company", "person", affiliation="Lanhai New Energy", stance=-1),
        actor("local fire authorities", "government", affiliation="Hangzhou", stance=0),
        actor("Fang Zhiyuan", "person", title="chairman", affiliation="Lanhai New Energy",
              aliases=["Fang Zhiyuan", "Fang"], stance=1),
        actor("Jiangnan Motors", "organisation", title="carmaker",
              aliases=["Jiangnan Motors", "The carmaker"], stance=0),
        actor("Long Jie", "person", title="analyst", affiliation="Zhongyuan Capital",
              aliases=["Long Jie", "Long"], stance=0),
        actor("Bai", "person", title="Jiangnan owner", affiliation="Hangzhou", aliases=["Bai"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
