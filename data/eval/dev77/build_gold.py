"""Build the dev77 gold files (data/eval/dev77/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev76/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev77/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev77.  Standard library only.
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
# 1. ITV News (UK) courts/diplomacy (a British teacher jailed in Moscow over cannabis sweets), headline
#    without speech, standfirst "Daniel Whitcombe's family say they are "in pieces" ..." (partial for the
#    family), "By ITV News Europe Correspondent NAME" and "Wednesday 2 December 2026, 4:12pm" lines, straight
#    " and apostrophes, British punctuation, "Watch:" and "Read more:" lines without speech. Mother and son
#    share a surname (Mrs/Mr avoided for her, "Mr Whitcombe" for him). Content before ", according to Russian
#    prosecutors"; judge "said Mr Whitcombe had "..." carried ..." (partial only); defendant "told the court:
#    "..."", "He added that A and had B" (one span); mother "told ITV News A", then a two-paragraph quote
#    with a nested straight single 'sorry' (open paragraph, closed paragraph; continuity); FCDO spokesperson
#    "said: "..."", content before ", the spokesperson added"; Russian foreign ministry "said the case was
#    "..." and that London should "..." it" (two partials); lawyer "said A", "he told reporters"; Whitehall
#    source "said A"; Kremlin "said only that A"; MP "said A", "she said"; analyst "said Moscow had "..." of
#    ..." (partial only); scare so-called "exchange fund".
ARTICLES["data/eval/dev77/british-teacher-jailed-moscow-sweets.gold.json"] = {
    "article": "data/eval/dev77/british-teacher-jailed-moscow-sweets.txt",
    "target": "Russia",
    "quotes": [
        (P, "Daniel Whitcombe's family", "in pieces", None),
        (I, "Russian prosecutors", "Daniel Whitcombe, 34, from Stockport, was arrested at Sheremetyevo airport in "
            "March when customs officers found a packet of 40 gummies in his suitcase", None),
        (P, "Yelena Morozova", "knowingly", None),
        (D, "Daniel Whitcombe", "I am not a smuggler. I am a teacher who made a stupid mistake.", None),
        (I, "Daniel Whitcombe", "he had bought the sweets legally in Toronto for a back condition and had forgotten "
            "they were in his bag", None),
        (I, "Gillian Whitcombe", "she had not been allowed to speak to her son after the sentence was read out", None),
        (D, "Gillian Whitcombe", "He looked at me through the glass and mouthed 'sorry'. He has nothing to be sorry "
            "for. He is a good man who teaches children English.", None),
        (D, "Gillian Whitcombe", "I just want the British government to bring him home before Christmas. Not next "
            "year. Now.", None),
        (D, "Foreign, Commonwealth and Development Office spokesperson", "We are deeply concerned by this sentence and "
            "will continue to support Mr Whitcombe and his family.", None),
        (I, "Foreign, Commonwealth and Development Office spokesperson", "The FCDO has raised the case with the "
            "Russian authorities on several occasions", None),
        (P, "Russia's foreign ministry", "a purely criminal matter", None),
        (P, "Russia's foreign ministry", "stop politicising", None),
        (I, "Artyom Belyakov", "he would lodge an appeal within ten days", None),
        (D, "Artyom Belyakov", "Six years for a packet of sweets is not justice. It is a message, and the message is "
            "not for my client,", None),
        (I, "Whitehall source", "ministers feared Mr Whitcombe could become a bargaining chip in any future prisoner "
            "exchange", None),
        (I, "Kremlin", "it did not comment on court decisions", None),
        (I, "Rachel Dunmore", "she had written to the Foreign Secretary asking for an urgent meeting", None),
        (D, "Rachel Dunmore", "Daniel has become a pawn in a game he never chose to play. Every day he spends in that "
            "colony is a day too long,", None),
        (P, "Katya Orlova", "a long record", None),
        (S, None, "exchange fund", None),
    ],
    "actors": [
        actor("Daniel Whitcombe's family", "group", aliases=["Daniel Whitcombe's family"], stance=-1),
        actor("Russian prosecutors", "government", affiliation="Russia", aliases=["Russian prosecutors"], stance=0),
        actor("Yelena Morozova", "person", title="judge", affiliation="Meshchansky district court (Moscow)",
              aliases=["Yelena Morozova", "Judge Yelena Morozova", "Morozova"], stance=1),
        actor("Daniel Whitcombe", "person", title="teacher (defendant)",
              aliases=["Daniel Whitcombe", "Mr Whitcombe", "Daniel"], stance=-1),
        actor("Gillian Whitcombe", "person", title="mother of Daniel Whitcombe", aliases=["Gillian Whitcombe"],
              stance=-1),
        actor("Foreign, Commonwealth and Development Office spokesperson", "person", title="spokesperson",
              affiliation="Foreign, Commonwealth and Development Office",
              aliases=["Foreign, Commonwealth and Development Office spokesperson", "spokesperson"], stance=-1),
        actor("Russia's foreign ministry", "government", affiliation="Russia", aliases=["Russia's foreign ministry"],
              stance=1),
        actor("Artyom Belyakov", "person", title="defence lawyer", aliases=["Artyom Belyakov", "Belyakov"], stance=-1),
        actor("Whitehall source", "person", title="anonymous government source", affiliation="UK government",
              aliases=["Whitehall source"], stance=-1),
        actor("Kremlin", "government", affiliation="Russia", aliases=["Kremlin"], stance=None),
        actor("Rachel Dunmore", "person", title="MP", affiliation="Stockport (Daniel Whitcombe's local MP)",
              aliases=["Rachel Dunmore", "Dunmore"], stance=-1),
        actor("Katya Orlova", "person", title="Russia specialist", affiliation="Chatham House",
              aliases=["Katya Orlova", "Dr Katya Orlova", "Orlova"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Tampa Bay Times business/insurance (a property insurer drops 41,000 homeowners), headline without speech,
#    standfirst with reported speech but no quote marks, byline, "Times staff writer" and "Published ... |
#    Updated ..." lines, "ST. PETERSBURG —" dateline, curly double quotes and apostrophes, American punctuation,
#    contributor line. Chief executive named Ed Price (a surname that is a word in an insurance story). Lede
#    content before ", the company told state regulators in a filing made public Tuesday"; "The insurer said the
#    move would allow it to "..." its book ..." (partial only); statement split by "chief executive Ed Price said
#    in a statement"; "Price declined to say whether ..." (not annotated); "The company said A and B" (one
#    span); regulator "said A and that B" (one span); retiree quote split by "she said"; state representative
#    "called the nonrenewals "..." and said lawmakers had given insurers "..." on ..." (two partials);
#    "Consumer advocates were blunter." (no speech); advocate "said A", "Nkemelu said"; content before ",
#    according to its most recent monthly report"; scare so-called "takeout" program; "Not everyone sees
#    villainy ..." (no speech); analyst's quote split by "said Marco Bellini, a ... analyst at ...", then
#    "Bellini called the decision "..." but said A" (partial plus indirect).
ARTICLES["data/eval/dev77/gulfstream-coastal-nonrenewals-pinellas.gold.json"] = {
    "article": "data/eval/dev77/gulfstream-coastal-nonrenewals-pinellas.txt",
    "target": "Gulfstream Coastal Insurance",
    "quotes": [
        (I, "Gulfstream Coastal Insurance", "Gulfstream Coastal Insurance will not renew about 41,000 homeowners "
            "policies in Pinellas, Hillsborough and Pasco counties next year", None),
        (P, "Gulfstream Coastal Insurance", "rebalance", None),
        (D, "Ed Price", "We did not take this decision lightly,", None),
        (D, "Ed Price", "But an insurer that cannot pay its claims helps no one.", None),
        (I, "Gulfstream Coastal Insurance", "its agents would contact every affected policyholder before the end of "
            "January and help them find other coverage", None),
        (I, "Florida Office of Insurance Regulation", "it was reviewing the filing and that insurers were required "
            "to give homeowners at least 120 days\u2019 notice of a nonrenewal", None),
        (D, "Dolores Fennimore", "I\u2019ve been with them 19 years. Never missed a payment, never filed a claim until "
            "Tomas,", None),
        (D, "Dolores Fennimore", "Now I have until April to find someone else, and every quote I get is double what I "
            "pay.", None),
        (P, "Alvaro Quintana", "a gut punch", None),
        (P, "Alvaro Quintana", "everything they asked for", None),
        (I, "Harriet Nkemelu", "homeowners were paying the price for a business model that depended on quiet years",
            None),
        (D, "Harriet Nkemelu", "These companies take the premiums when the sun shines and hand back the keys when the "
            "wind blows,", None),
        (I, "Citizens Property Insurance Corp.", "Citizens covers about 920,000 policies", None),
        (S, None, "takeout", None),
        (D, "Marco Bellini", "Gulfstream is doing exactly what its reinsurers are telling it to do,", None),
        (D, "Marco Bellini", "If it didn\u2019t cut back here, it would be paying a lot more for reinsurance in June, "
            "and that gets passed on to everyone.", None),
        (P, "Marco Bellini", "rational", None),
        (I, "Marco Bellini", "it would hurt the company\u2019s standing with agents in the region for years", None),
    ],
    "actors": [
        actor("Gulfstream Coastal Insurance", "organisation", title="property insurer",
              aliases=["Gulfstream Coastal Insurance", "Gulfstream", "The insurer", "The company"], stance=1),
        actor("Ed Price", "person", title="chief executive", affiliation="Gulfstream Coastal Insurance",
              aliases=["Ed Price", "Price"], stance=1),
        actor("Florida Office of Insurance Regulation", "government", title="insurance regulator",
              affiliation="Florida", aliases=["Florida Office of Insurance Regulation"], stance=0),
        actor("Dolores Fennimore", "person", title="retired school secretary (policyholder)",
              aliases=["Dolores Fennimore", "Fennimore"], stance=-1),
        actor("Alvaro Quintana", "person", title="state representative", affiliation="Republican, Tampa",
              aliases=["Alvaro Quintana", "State Rep. Alvaro Quintana", "Quintana"], stance=-1),
        actor("Harriet Nkemelu", "person", title="director", affiliation="Florida Consumer Action Network",
              aliases=["Harriet Nkemelu", "Nkemelu"], stance=-1),
        actor("Citizens Property Insurance Corp.", "organisation", title="state-backed insurer of last resort",
              aliases=["Citizens Property Insurance Corp.", "Citizens"], stance=None),
        actor("Marco Bellini", "person", title="property insurance analyst", affiliation="Bayview Risk Analytics",
              aliases=["Marco Bellini", "Bellini"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Addis Standard (Ethiopia) trade/transport (Djibouti raises port charges on Ethiopia-bound cargo), headline
#    "..., Addis Abeba says it was not consulted" without quote marks, byline, "Addis Abeba, December 3/2026 –"
#    dateline running into the lede, curly double quotes and apostrophes, punctuation outside fragments, Ethiopian
#    names by given name on second reference (Getachew, Meseret, Alemayehu), "USD". "has announced a 15 percent
#    increase" (act); authority "said the adjustment was "..." in ..." (partial only), "It said A and remained
#    "..."" (indirect plus partial); ministry "said A"; state minister "told Addis Standard that A", "Getachew
#    said"; content before ", according to the Ethiopian Shipping and Logistics Services Enterprise (ESLSE)";
#    ambassador "denied that A", "He told journalists ... that Ethiopian officials had been briefed ... "..." in
#    October" (partial only), "the Ambassador said", "He added that A, cutting ..."; "Importers ... say A"
#    (group); importer "said A", "Meseret said"; anonymous official "said A"; economist "argued that ... had left
#    it with "..." in ..." (partial only), "Alemayehu said"; scare so-called "corridor diversification"
#    strategy; "The DPFZA said A".
ARTICLES["data/eval/dev77/djibouti-port-tariff-hike-ethiopia.gold.json"] = {
    "article": "data/eval/dev77/djibouti-port-tariff-hike-ethiopia.txt",
    "target": "Djibouti",
    "quotes": [
        (P, "Djibouti Ports and Free Zones Authority", "necessary to sustain investment", None),
        (I, "Djibouti Ports and Free Zones Authority", "tariffs for Ethiopian transit cargo had not been revised since "
            "2019", None),
        (P, "Djibouti Ports and Free Zones Authority", "among the most competitive in the region", None),
        (I, "Ministry of Transport and Logistics", "it had learned of the decision from the media", None),
        (I, "Getachew Assefa", "the ministry had written to its Djiboutian counterparts requesting an urgent meeting",
            None),
        (D, "Getachew Assefa", "We are not against Djibouti recovering its costs. We are against decisions that affect "
            "120 million people being taken without a phone call,", None),
        (I, "Ethiopian Shipping and Logistics Services Enterprise", "Ethiopia paid Djibouti close to USD 1.6 billion in "
            "port and related service fees in the last Ethiopian fiscal year", None),
        (I, "Hassan Omar Dirieh", "his government had acted unilaterally", None),
        (P, "Hassan Omar Dirieh", "at the technical level", None),
        (D, "Hassan Omar Dirieh", "Djibouti and Ethiopia are one economy with two flags. Nothing in this decision "
            "changes that,", None),
        (I, "Hassan Omar Dirieh", "part of the additional revenue would go to upgrading the freight terminals of the "
            "Djibouti\u2013Addis Abeba railway, cutting clearing times for Ethiopian importers", None),
        (I, "Importers in Addis Abeba", "they expect the cost to be passed straight to consumers", None),
        (I, "Meseret Tadesse", "her company already waited an average of 18 days to clear containers", None),
        (D, "Meseret Tadesse", "Now we pay more to wait the same. Who will buy cement and rebar at these prices?", None),
        (I, "senior official at the Ethiopian Maritime Authority", "talks on a new long-term port agreement had been "
            "stalled since August", None),
        (P, "Alemayehu Worku", "very little leverage", None),
        (D, "Alemayehu Worku", "Every time this happens we talk about Berbera, Lamu and Port Sudan, and then the "
            "conversation stops. Diversification needs money and it needs peace, and we have been short of both,",
            None),
        (S, None, "corridor diversification", None),
        (I, "Djibouti Ports and Free Zones Authority", "the new tariffs would be published in full on its website next "
            "week", None),
    ],
    "actors": [
        actor("Djibouti Ports and Free Zones Authority", "government", title="port authority", affiliation="Djibouti",
              aliases=["Djibouti Ports and Free Zones Authority", "DPFZA", "authority"], stance=1),
        actor("Ministry of Transport and Logistics", "government", affiliation="Ethiopia",
              aliases=["Ministry of Transport and Logistics"], stance=-1),
        actor("Getachew Assefa", "person", title="State Minister", affiliation="Ministry of Transport and Logistics",
              aliases=["Getachew Assefa", "Dr. Getachew Assefa", "Getachew"], stance=-1),
        actor("Ethiopian Shipping and Logistics Services Enterprise", "organisation", title="state shipping company",
              affiliation="Ethiopia", aliases=["Ethiopian Shipping and Logistics Services Enterprise", "ESLSE"],
              stance=0),
        actor("Hassan Omar Dirieh", "person", title="Ambassador to Ethiopia", affiliation="Djibouti",
              aliases=["Hassan Omar Dirieh", "Dirieh", "the Ambassador"], stance=1),
        actor("Importers in Addis Abeba", "group", aliases=["Importers in Addis Abeba"], stance=-1),
        actor("Meseret Tadesse", "person", title="steel importer", aliases=["Meseret Tadesse", "Meseret"], stance=-1),
        actor("senior official at the Ethiopian Maritime Authority", "person", title="official (anonymous)",
              affiliation="Ethiopian Maritime Authority",
              aliases=["senior official at the Ethiopian Maritime Authority"], stance=0),
        actor("Alemayehu Worku", "person", title="economist", affiliation="Addis Ababa University",
              aliases=["Alemayehu Worku", "Dr. Alemayehu Worku", "Alemayehu"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Times Higher Education (UK higher education trade press) (a post-92 university cuts 180 jobs and closes
#    languages and philosophy), headline without speech, standfirst "Union says plans will ‘gut’ humanities
#    ..." (partial for the union branch the standfirst names), date and "By NAME" lines, curly double quotes in
#    the body with a nested curly single ‘at risk’, ’ apostrophes, punctuation outside fragments, "Read more:"
#    line. Content before ", the institution has confirmed"; vice-chancellor "said that the university faced
#    "..." between ... and "..."" (two partials), quote split by "Professor Rowlands wrote"; "part of what the
#    university calls a "..."" (partial for the university); spokesperson "said that A"; union branch "said the
#    plans would "..." the humanities and leave the university as "..."" (two partials); branch president "said
#    A", "Dr Ferreira said"; anonymous lecturer "told Times Higher Education: "..."" with a nested ‘at risk’;
#    students' union "said that it was "..." and that B" (partial plus indirect); regulator "said that A and was
#    B" (one span); content before ", according to the UCU" (the national union, separate from the branch);
#    professor "said that A", "she said".
ARTICLES["data/eval/dev77/medway-riverside-languages-cuts.gold.json"] = {
    "article": "data/eval/dev77/medway-riverside-languages-cuts.txt",
    "target": "Medway Riverside University",
    "quotes": [
        (P, "Medway Riverside branch of the University and College Union", "gut", "\u2018gut\u2019"),
        (I, "Medway Riverside University", "Medway Riverside University is to cut up to 180 academic posts and close its "
            "modern languages and philosophy departments", None),
        (P, "Sian Rowlands", "a stark choice", None),
        (P, "Sian Rowlands", "far deeper cuts in two years\u2019 time", None),
        (D, "Sian Rowlands", "We have explored every alternative, from selling buildings to pausing our capital "
            "programme,", None),
        (D, "Sian Rowlands", "Doing nothing is not one of the options available to us.", None),
        (P, "Medway Riverside University", "portfolio review", None),
        (I, "university spokesperson", "no final decisions would be taken until a 45-day consultation with staff and "
            "unions had ended", None),
        (P, "Medway Riverside branch of the University and College Union", "gut", "\u201cgut\u201d"),
        (P, "Medway Riverside branch of the University and College Union", "a business school with a nursing "
            "department attached", None),
        (I, "Tom\u00e1s Ferreira", "members would be balloted on industrial action in January", None),
        (D, "Tom\u00e1s Ferreira", "Management built a new business school and a conference centre with borrowed "
            "money, and now they want the languages department to pay the bill,", None),
        (D, "senior lecturer in philosophy", "We found out from a spreadsheet that our jobs were \u2018at risk\u2019. "
            "Nobody has come to the department to explain the figures.", None),
        (P, "students\u2019 union", "appalled", None),
        (I, "students\u2019 union", "current students had been promised they would be able to finish their degrees",
            None),
        (I, "Office for Students", "it was aware of the university\u2019s financial position and was monitoring it "
            "closely", None),
        (I, "UCU", "More than 90 UK universities are now running redundancy programmes", None),
        (I, "Gwen Abbott", "Medway Riverside\u2019s problems were shared by many post-92 institutions that had expanded "
            "on the back of international recruitment", None),
        (D, "Gwen Abbott", "Medway Riverside is not an outlier. It is just a bit further down a road that a lot of "
            "universities are on, and the government has so far shown very little interest in what happens at the "
            "end of it,", None),
    ],
    "actors": [
        actor("Medway Riverside branch of the University and College Union", "organisation", title="union branch",
              aliases=["Medway Riverside branch of the University and College Union", "Union"], stance=-1),
        actor("Medway Riverside University", "organisation", title="university",
              aliases=["Medway Riverside University", "Medway Riverside", "the institution", "the university"],
              stance=0),
        actor("Sian Rowlands", "person", title="vice-chancellor", affiliation="Medway Riverside University",
              aliases=["Sian Rowlands", "Professor Rowlands", "Rowlands"], stance=1),
        actor("university spokesperson", "person", title="spokesperson", affiliation="Medway Riverside University",
              aliases=["university spokesperson"], stance=1),
        actor("Tom\u00e1s Ferreira", "person", title="branch president and senior lecturer in Spanish",
              affiliation="University and College Union", aliases=["Tom\u00e1s Ferreira", "Dr Ferreira", "Ferreira"],
              stance=-1),
        actor("senior lecturer in philosophy", "person", title="senior lecturer (anonymous)",
              affiliation="Medway Riverside University", aliases=["senior lecturer in philosophy"], stance=-1),
        actor("students\u2019 union", "organisation", affiliation="Medway Riverside University",
              aliases=["students\u2019 union"], stance=-1),
        actor("Office for Students", "government", title="higher education regulator", affiliation="England",
              aliases=["Office for Students"], stance=0),
        actor("UCU", "organisation", title="national academic union", aliases=["UCU", "University and College Union"],
              stance=None),
        actor("Gwen Abbott", "person", title="professor of higher education policy", affiliation="University of Kent",
              aliases=["Gwen Abbott", "Abbott"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
