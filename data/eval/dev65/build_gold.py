"""Build the dev65 gold files (data/eval/dev65/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev64/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev65/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev65.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Arab News energy (Russia's OPEC+ compensation cuts), headline and standfirst without speech, "ARAB
#    NEWS" and "Updated 03 December 2026" lines, dateline "RIYADH:", straight " and apostrophes, American
#    punctuation inside closing marks. Lede content before "Saudi Arabia's Ministry of Energy said on
#    Wednesday"; "In a statement carried by the Saudi Press Agency, the ministry said A and that it "...""
#    (indirect plus partial); deputy PM "said Moscow remained "..." to ... and that the overproduction had
#    been caused by "..." at ..." (two partials); his quote "told reporters in Moscow, according to the
#    Interfax news agency" (Interfax relays his words; not a speaker); Russia's Energy Ministry "said in a
#    separate statement that A"; content before "according to estimates by the International Energy
#    Agency", then content before "the IEA said in its monthly report"; anonymous delegate "said A", quote
#    with "the delegate said"; economist "said the plan was "..."" (partial only), quote with "he said";
#    consultant "argued that A", quote with "she told Arab News"; scare so-called "compensation
#    schedules"; the Kremlin "said ... that Russia and Saudi Arabia would continue to "..." on ..."
#    (partial only). Not annotated: the oil price, the agreement's terms, the meeting date.
ARTICLES["data/eval/dev65/russia-opec-compensation-cuts.gold.json"] = {
    "article": "data/eval/dev65/russia-opec-compensation-cuts.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Energy", "Russia has submitted a plan to cut an additional 450,000 barrels of oil per day over "
            "the next six months to compensate for producing above its OPEC+ quota since July", None),
        (I, "Ministry of Energy", "the plan had been reviewed by the OPEC Secretariat", None),
        (P, "Ministry of Energy", "reflects the commitment of all participating countries to market stability.", None),
        (P, "Pavel Yermakov", "fully committed", None),
        (P, "Pavel Yermakov", "technical factors", None),
        (D, "Pavel Yermakov", "Russia has always been a responsible partner in OPEC+. When there are deviations, we "
            "correct them, and we will do so this time as well,", None),
        (I, "Energy Ministry", "domestic producers would reduce output gradually from January, with the largest cuts "
            "planned for the second quarter, when demand from refineries usually falls", None),
        (I, "International Energy Agency", "Russia's crude output averaged 9.41 million barrels per day in October, "
            "about 200,000 bpd above its target", None),
        (I, "International Energy Agency", "The country has exceeded its quota in four of the past five months", None),
        (I, "OPEC+ delegate", "several members had grown frustrated with repeated overproduction by some of the group's "
            "largest producers", None),
        (D, "OPEC+ delegate", "Everyone promises compensation. The question is whether the barrels actually come off "
            "the market,", None),
        (P, "Faisal Al-Harbi", "credible on paper.", None),
        (D, "Faisal Al-Harbi", "But markets have heard this before. Until we see lower Russian exports in the tanker "
            "tracking data, traders will remain skeptical,", None),
        (I, "Rania Saade", "Western sanctions had made it harder for Russian companies to cut production quickly, "
            "because wells shut in during the Siberian winter can be difficult to restart", None),
        (D, "Rania Saade", "It is not only a question of political will. The engineering is harder for Russia than "
            "for a Gulf producer with spare capacity,", None),
        (S, None, "compensation schedules", None),
        (P, "Kremlin", "coordinate closely", None),
    ],
    "actors": [
        actor("Ministry of Energy", "government", title="Saudi energy ministry", affiliation="Saudi Arabia",
              aliases=["Ministry of Energy", "ministry"], stance=1),
        actor("Pavel Yermakov", "person", title="Deputy Prime Minister", affiliation="Russia",
              aliases=["Pavel Yermakov", "Yermakov"], stance=1),
        actor("Energy Ministry", "government", title="Russian energy ministry", affiliation="Russia",
              aliases=["Energy Ministry"], stance=1),
        actor("International Energy Agency", "organisation", title="energy agency",
              aliases=["International Energy Agency", "IEA"], stance=0),
        actor("OPEC+ delegate", "person", title="anonymous delegate", affiliation="OPEC+",
              aliases=["OPEC+ delegate", "delegate"], stance=-1),
        actor("Faisal Al-Harbi", "person", title="energy economist (Riyadh)", aliases=["Faisal Al-Harbi", "Al-Harbi"],
              stance=0),
        actor("Rania Saade", "person", title="head of oil research", affiliation="Levant Energy Partners",
              aliases=["Rania Saade", "Saade"], stance=1),
        actor("Kremlin", "government", title="Russian presidency", affiliation="Russia", aliases=["Kremlin"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Stuff (NZ) labour (a meat processor locks out its workers), headline and standfirst without speech,
#    byline and "14:05, Dec 03 2026" lines, curly quotes and apostrophes, punctuation outside closing marks
#    for fragments, macrons (Kāhu), "READ MORE:" block with "*" headlines. Lede "a roster change that their
#    union says would cut ..." (indirect inside a relative clause: the span is the reported predicate);
#    company "told about 420 staff ... that A"; union "said A"; branch secretary's quote before "Southland
#    branch secretary Mere Hohaia said", "Hohaia said A"; chief executive named Grant "said the company had
#    been left with "..."" (partial only), quote with "he said", "Ashby said A, and that B", Q&A "Asked
#    whether ..., he said: "...""; worker "said A", quote with "she said" naming Grant Ashby; anonymous
#    worker "said A"; "Stuff understands" (no speaker); lawyer content before "employment lawyer Priya
#    Naidoo said", quote with "Naidoo said"; minister "said A, but that he expected both parties to "...""
#    (indirect plus partial); mayor "said A", quote with "Scobie said" (its "I'd urge" stays inside the
#    direct quote); scare so-called "roster reset".
ARTICLES["data/eval/dev65/kahu-meats-edendale-lockout.gold.json"] = {
    "article": "data/eval/dev65/kahu-meats-edendale-lockout.txt",
    "target": "K\u0101hu Meats",
    "quotes": [
        (I, "New Zealand Meat Workers Union", "would cut their pay by up to $9000 a year", None),
        (I, "K\u0101hu Meats", "they would not be paid or allowed on site from Wednesday until they signed new "
            "individual variations to their employment agreement", None),
        (I, "New Zealand Meat Workers Union", "the new roster would remove time-and-a-half rates for Saturday shifts "
            "and spread processing over six days instead of five", None),
        (D, "Mere Hohaia", "This is a lockout, plain and simple. They are trying to starve people into signing away "
            "their weekends two weeks before Christmas,", None),
        (I, "Mere Hohaia", "the union had offered to go to mediation last month and was still waiting for a reply",
            None),
        (P, "Grant Ashby", "no realistic alternative", None),
        (D, "Grant Ashby", "Our cattle supply has changed. Farmers are sending stock across the week, not just Monday "
            "to Friday, and we have to process it when it arrives. The old roster belongs to another era,", None),
        (I, "Grant Ashby", "the company had offered a one-off payment of $2500 to every worker who signed the new "
            "roster before Christmas, and that 61 staff had already accepted it", None),
        (D, "Grant Ashby", "We have always been willing to talk. But we won\u2019t talk about going back to a roster "
            "that loses us money every Saturday.", None),
        (I, "Losa Fale", "she and her husband both worked at the plant and now had no income", None),
        (D, "Losa Fale", "We\u2019ve got three kids and a mortgage in Invercargill. Grant Ashby doesn\u2019t have to "
            "worry about the mortgage,", None),
        (I, "Another worker", "most people on his shift would not sign", None),
        (I, "Priya Naidoo", "Under the Employment Relations Act, employers can lock out staff in some circumstances "
            "during bargaining, but not to force them to accept individual terms", None),
        (D, "Priya Naidoo", "If the purpose is to make people sign individual variations, the company is on very thin "
            "ice,", None),
        (I, "Ian Cottle", "it was not his role to intervene in a dispute between a private company and its workers",
            None),
        (P, "Ian Cottle", "act in good faith", None),
        (I, "Rob Scobie", "the plant was the largest private employer in the district", None),
        (D, "Rob Scobie", "When that plant stops, the whole district feels it. I\u2019d urge both sides to get in a "
            "room before Christmas,", None),
        (S, None, "roster reset", None),
    ],
    "actors": [
        actor("New Zealand Meat Workers Union", "organisation", title="union",
              aliases=["New Zealand Meat Workers Union", "union"], stance=-1),
        actor("K\u0101hu Meats", "organisation", title="meat processor",
              aliases=["K\u0101hu Meats", "company"], stance=0),
        actor("Mere Hohaia", "person", title="Southland branch secretary", affiliation="New Zealand Meat Workers Union",
              aliases=["Mere Hohaia", "Hohaia"], stance=-1),
        actor("Grant Ashby", "person", title="chief executive", affiliation="K\u0101hu Meats",
              aliases=["Grant Ashby", "Ashby"], stance=1),
        actor("Losa Fale", "person", title="slaughter floor worker", affiliation="K\u0101hu Meats",
              aliases=["Losa Fale", "Fale"], stance=-1),
        actor("Another worker", "person", title="anonymous worker", affiliation="K\u0101hu Meats",
              aliases=["Another worker"], stance=-1),
        actor("Priya Naidoo", "person", title="employment lawyer", aliases=["Priya Naidoo", "Naidoo"], stance=-1),
        actor("Ian Cottle", "person", title="Workplace Relations Minister", affiliation="New Zealand Government",
              aliases=["Ian Cottle", "Cottle"], stance=0),
        actor("Rob Scobie", "person", title="Southland Mayor", aliases=["Rob Scobie", "Scobie"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Daily Monitor (Uganda) courts/politics (an MP's election nullified over academic papers), headline
#    without speech, byline and "Thursday, December 03, 2026" lines, dateline "Masaka.", straight " and
#    apostrophes, "Mr"/"Ms" honorifics, "Justice" title. Lede "after finding that ..." (no cue); judge
#    "said the petitioner had proved "..." that ..." (partial only), quote with "Justice Nakachwa said in
#    her judgment"; "She ordered ..." (directive); petitioner "Speaking to Daily Monitor ..., Ms Nakimuli
#    said A", quote with "she said"; "According to the Uganda National Examinations Board (Uneb), whose
#    officials testified ..., A"; MP "said in a statement that A and that B", quote with "the statement
#    read"; lawyer "said the trial judge had relied on "..." from Uneb" (partial only), quote with "Mr
#    Kabuye said"; commission "said A"; spokesperson "told this newspaper that A"; vendor named Joy "said A
#    and that voters would re-elect him "..."" (indirect plus partial), quote with "she said"; boda boda
#    rider "said the MP had "..." and should step aside" (partial only); scare so-called "papers"
#    question. Not annotated: "opinion was divided", the MP's career, the Act.
ARTICLES["data/eval/dev65/kasujja-election-nullified-masaka.gold.json"] = {
    "article": "data/eval/dev65/kasujja-election-nullified-masaka.txt",
    "target": "Moses Kasujja",
    "quotes": [
        (P, "Florence Nakachwa", "on a balance of probabilities", None),
        (D, "Florence Nakachwa", "A person who seeks to make laws for this country must himself respect the law. The "
            "evidence before this court shows that the first respondent did not,", None),
        (I, "Rose Nakimuli", "the ruling was a victory for the voters of Kyaggwe North", None),
        (D, "Rose Nakimuli", "I did not go to court for myself. I went because our people deserve a leader who tells "
            "them the truth,", None),
        (I, "Uganda National Examinations Board", "the index number on Mr Kasujja's results slip belonged to a "
            "candidate who sat the examinations at a different school in 1998", None),
        (I, "Moses Kasujja", "he was disappointed with the judgment and that he had instructed his lawyers to appeal",
            None),
        (D, "Moses Kasujja", "I sat my examinations like any other student. This is a political case dressed up as a "
            "legal one, and I am confident the Court of Appeal will see it for what it is,", None),
        (P, "Ivan Kabuye", "incomplete records", None),
        (D, "Ivan Kabuye", "We have documents from the school which the court chose to ignore. We shall go to the "
            "Court of Appeal within the time allowed,", None),
        (I, "Electoral Commission", "it would not organise a by-election until the appeal process was concluded",
            None),
        (I, "Simon Kiyimba", "the law gives an aggrieved party 30 days to file a notice of appeal", None),
        (I, "Joy Nakato", "Mr Kasujja had built a health centre and repaired roads", None),
        (P, "Joy Nakato", "even if he has no papers", None),
        (D, "Joy Nakato", "He is the one who comes to us when there is a funeral or a sick child. Papers do not build "
            "roads,", None),
        (P, "Hakim Ssali", "lied to the people", None),
        (S, None, "papers", "so-called"),
    ],
    "actors": [
        actor("Florence Nakachwa", "person", title="High Court judge (Masaka)",
              aliases=["Florence Nakachwa", "Justice Nakachwa", "Nakachwa"], stance=-1),
        actor("Rose Nakimuli", "person", title="petitioner, runner-up candidate",
              aliases=["Rose Nakimuli", "Ms Nakimuli", "Nakimuli"], stance=-1),
        actor("Uganda National Examinations Board", "government", title="examinations board",
              aliases=["Uganda National Examinations Board", "Uneb"], stance=-1),
        actor("Moses Kasujja", "person", title="Kyaggwe North MP", affiliation="Parliament of Uganda",
              aliases=["Moses Kasujja", "Mr Kasujja", "Kasujja", "the MP"], stance=1),
        actor("Ivan Kabuye", "person", title="lawyer for Kasujja", aliases=["Ivan Kabuye", "Mr Kabuye", "Kabuye"],
              stance=1),
        actor("Electoral Commission", "government", title="electoral body", affiliation="Uganda",
              aliases=["Electoral Commission", "EC"], stance=None),
        actor("Simon Kiyimba", "person", title="EC spokesperson", affiliation="Electoral Commission",
              aliases=["Simon Kiyimba", "Kiyimba"], stance=None),
        actor("Joy Nakato", "person", title="market vendor (Mukono)", aliases=["Joy Nakato", "Nakato"], stance=1),
        actor("Hakim Ssali", "person", title="boda boda rider (Mukono)", aliases=["Hakim Ssali", "Ssali"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Indian Express science/climate (a study of the IMD's district rainfall forecasts), headline
#    "..., finds study" and standfirst without quote marks, "Written by NAME" and "Pune | Updated: December
#    3, 2026 09:40 IST" lines, curly quotes and apostrophes, "per cent", "Rs 2,000 crore", initials (S K Bhowmik). Lede content before
#    "according to a study by researchers at ... IIT Bombay" (researchers and study one actor, as in dev2);
#    "The researchers, who ..., said A"; lead author's quote before "said Dr Aditi Deshmukh, ... lead
#    author", "Deshmukh said A", "She said A could improve the forecasts "..."" (partial only); IMD "In a
#    statement, the IMD said A, but that its own verification showed ... "..." ..." (indirect plus
#    partial); director general "said A", quote with "he told The Indian Express", "Bhowmik said A";
#    "According to the Ministry of Earth Sciences, A"; farmer's quote (with a nested "the forecast said")
#    before "said Dnyaneshwar Jadhav, who ...", "Jadhav said A"; private meteorologist "said the study's
#    findings were "..." and applied to ..." (partial only), quote with "Sethi said"; "The researchers said
#    A"; scare so-called "impact-based" forecasts.
ARTICLES["data/eval/dev65/imd-district-forecast-study.gold.json"] = {
    "article": "data/eval/dev65/imd-district-forecast-study.txt",
    "target": "India Meteorological Department",
    "quotes": [
        (I, "researchers", "The India Meteorological Department\u2019s (IMD) district-level forecasts failed to predict "
            "nearly two-thirds of heavy rainfall days during this year\u2019s southwest monsoon in three states", None),
        (I, "researchers", "the forecasts performed well at the state level but became much less reliable for "
            "individual districts, where farmers and disaster management authorities need them most", None),
        (D, "Aditi Deshmukh", "At the state scale, the IMD is doing a good job, and we say so clearly in the paper. The "
            "problem is that a farmer in Latur does not live at the state scale,", None),
        (I, "Aditi Deshmukh", "the gap was largest in the rain-shadow districts of Marathwada and north Karnataka, where "
            "forecasts issued five days ahead caught only 22 per cent of heavy rain events", None),
        (P, "Aditi Deshmukh", "within two or three seasons", None),
        (I, "India Meteorological Department", "it had not seen the study and could not comment on its methodology",
            None),
        (P, "India Meteorological Department", "significantly more accurate", None),
        (I, "S K Bhowmik", "the department was already expanding its network of Doppler weather radars from 41 to 62 by "
            "2027", None),
        (D, "S K Bhowmik", "Nobody in the world can forecast heavy rain at the district level five days ahead with "
            "perfect accuracy. What we have achieved in ten years is something no other tropical country has "
            "achieved,", None),
        (I, "S K Bhowmik", "the department welcomed independent scrutiny", None),
        (I, "Ministry of Earth Sciences", "the government has allocated Rs 2,000 crore under Mission Mausam to upgrade "
            "observation and forecasting systems by 2026-27", None),
        (D, "Dnyaneshwar Jadhav", "In August, the forecast said light rain for our taluka. We got 140 mm in one night "
            "and lost the whole soybean crop,", None),
        (I, "Dnyaneshwar Jadhav", "farmers had stopped relying on the official forecast and now checked several apps "
            "before deciding when to spray or harvest", None),
        (P, "Gaurav Sethi", "not surprising", None),
        (D, "Gaurav Sethi", "District-level forecasting in the monsoon is the hardest problem in Indian meteorology. I "
            "would be careful about singling out the IMD,", None),
        (I, "researchers", "they would share their data with the IMD", None),
        (S, None, "impact-based", None),
    ],
    "actors": [
        actor("researchers", "group", title="IIT Bombay researchers (the study's authors)",
              affiliation="Indian Institute of Technology (IIT) Bombay", aliases=["researchers", "study"], stance=-1),
        actor("Aditi Deshmukh", "person", title="associate professor, lead author", affiliation="IIT Bombay",
              aliases=["Aditi Deshmukh", "Deshmukh"], stance=0),
        actor("India Meteorological Department", "government", title="national weather service",
              aliases=["India Meteorological Department", "IMD"], stance=1),
        actor("S K Bhowmik", "person", title="IMD Director General", affiliation="India Meteorological Department",
              aliases=["S K Bhowmik", "Bhowmik"], stance=1),
        actor("Ministry of Earth Sciences", "government", title="ministry", affiliation="Government of India",
              aliases=["Ministry of Earth Sciences"], stance=None),
        actor("Dnyaneshwar Jadhav", "person", title="head of a farmers' producer company (Ausa taluka)",
              aliases=["Dnyaneshwar Jadhav", "Jadhav"], stance=-1),
        actor("Gaurav Sethi", "person", title="meteorologist", affiliation="Skymet Weather",
              aliases=["Gaurav Sethi", "Sethi"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
