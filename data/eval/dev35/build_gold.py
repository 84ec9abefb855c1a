"""Build the dev35 gold files (data/eval/dev35/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev35/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev35.  Standard library only.
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
# 1. AP US national politics (a senator's hold on a disaster aid package), "By NAME Associated
#    Press", dateline "WASHINGTON (AP) —", straight quotes and apostrophes (senator's, I'm, don't),
#    punctuation inside closing marks, AP party-and-state tags (R-Idaho, R-Kan.). Headline fragment
#    'hostage-taking,' -> White House (the headline names it; the press secretary's body
#    "hostage-taking" is her own partial). Lede content before "the White House said Thursday";
#    "pressed him to relent" and "demanding that its cost be offset ..." are directives. Senator's
#    quote split by "Whitcomb told reporters ...", resumed. "He said A, which he called "..."" (indirect
#    stopping before ", which" plus the partial). Press secretary "accused X of "..."" (partial),
#    then a quote with "she said". Scare so-called "immediate needs" mode; "FEMA expects" (no speech
#    verb). Governor named after the first stretch, resumed. Second governor "In a statement, he
#    called the delay "..." and said farmers ... "..."" (two partials). Group "praised his stand,
#    saying ... "..."" (partial only). Group president named after the quote ("said the group's
#    president, X"; "Sen. Whitcomb" inside). Advocate introduced without speech, then "She said:"
#    opening a two-paragraph quote. Fellow senator "was more measured" then "she said" ("Todd"
#    inside). Anonymous aide (indirect). "Asked ... whether ..." not annotated; "he said" is.
ARTICLES["data/eval/dev35/senator-whitcomb-disaster-aid-hold.gold.json"] = {
    "article": "data/eval/dev35/senator-whitcomb-disaster-aid-hold.txt",
    "target": "Todd Whitcomb",
    "quotes": [
        (P, "White House", "hostage-taking,", None),
        (I, "White House", "A Republican senator's hold on a $9.2 billion disaster relief package is keeping money "
            "from tens of thousands of wildfire and flood victims in a dozen states", None),
        (D, "Todd Whitcomb", "I'm not against helping people who lost their homes. I've voted for every one of these "
            "packages since I got here,", None),
        (D, "Todd Whitcomb", "What I'm against is pretending the money falls from the sky.", None),
        (I, "Todd Whitcomb", "he would lift the hold if Senate leaders allowed a vote on his amendment to pay for the "
            "aid by rescinding unspent pandemic-era funds", None),
        (P, "Todd Whitcomb", "the obvious place to start.", None),
        (P, "Alicia Moreno", "hostage-taking", "accused Whitcomb"),
        (D, "Alicia Moreno", "Families in Colorado and Louisiana are sleeping in motel rooms and FEMA trailers while "
            "one senator plays games with their recovery. The president has asked for this money twice. It's time "
            "for the Senate to do its job,", None),
        (S, None, "immediate needs", None),
        (D, "Janet Rourke", "I told him there are people in Grand County who have been waiting since July for a "
            "check, and they don't care whose budget it comes out of,", None),
        (D, "Janet Rourke", "He listened. I'll give him that.", None),
        (P, "Beau Thibodeaux", "unacceptable", None),
        (P, "Beau Thibodeaux", "cannot wait on Washington's accounting debates.", None),
        (P, "Taxpayers for a Balanced Budget", "without offsetting a dime.", None),
        (D, "Craig Dunleavy", "Somebody has to be the adult in the room, and this time it happens to be Sen. "
            "Whitcomb,", None),
        (D, "Renee Castillo", "We had a woman call us Monday because her hotel voucher runs out on the 15th. She has "
            "two kids and a house with no roof.", None),
        (D, "Renee Castillo", "What am I supposed to tell her? That a senator in Idaho wants a different line item?",
            None),
        (D, "Patricia Lowell", "Todd is making a fair point about how we pay for disasters. I just wouldn't have "
            "made it this way,", None),
        (I, "senior Senate Republican aide", "party leaders were trying to arrange a vote on Whitcomb's amendment "
            "next week in exchange for his dropping the hold", None),
        (D, "Todd Whitcomb", "If FEMA runs out of money, that's a question for the people who spent it,", None),
    ],
    "actors": [
        actor("White House", "government", title="the president's office", affiliation="United States",
              aliases=["White House"], stance=-1),
        actor("Todd Whitcomb", "person", title="U.S. senator (R-Idaho)", affiliation="Republican Party",
              aliases=["Todd Whitcomb", "Whitcomb", "Sen. Whitcomb", "Todd"], stance=1),
        actor("Alicia Moreno", "person", title="White House press secretary", affiliation="White House",
              aliases=["Alicia Moreno", "Moreno"], stance=-1),
        actor("Janet Rourke", "person", title="governor of Colorado (Democrat)", affiliation="Colorado",
              aliases=["Janet Rourke", "Rourke"], stance=-1),
        actor("Beau Thibodeaux", "person", title="governor of Louisiana (Republican)", affiliation="Louisiana",
              aliases=["Beau Thibodeaux", "Thibodeaux"], stance=-1),
        actor("Taxpayers for a Balanced Budget", "organisation", title="fiscally conservative advocacy group",
              aliases=["Taxpayers for a Balanced Budget"], stance=1),
        actor("Craig Dunleavy", "person", title="president", affiliation="Taxpayers for a Balanced Budget",
              aliases=["Craig Dunleavy", "Dunleavy"], stance=1),
        actor("Renee Castillo", "person", title="head of a disaster-recovery nonprofit (Lake Charles, La.)",
              affiliation="Gulf Coast Recovery Network", aliases=["Renee Castillo", "Castillo"], stance=-1),
        actor("Patricia Lowell", "person", title="U.S. senator (R-Kan.), Budget Committee",
              affiliation="Republican Party", aliases=["Patricia Lowell", "Lowell"], stance=0),
        actor("senior Senate Republican aide", "person", title="anonymous Senate aide",
              affiliation="Senate Republicans", aliases=["senior Senate Republican aide"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Guardian UK health (overnight A&E closure), curly “ ” in the body and ‘ ’ in the headline,
#    ’ apostrophes (department’s, weeks’, don’t, o’clock, RCN’s), fragment punctuation outside the
#    marks, "10pm", "Dr" without a point, byline line "NAME Health correspondent". Headline fragment
#    "Nursing union says ... will ‘cost lives’" -> the Royal College of Nursing (the headline names it
#    by description). Standfirst without speech. Lede content before "the NHS trust that runs it has
#    confirmed"; the ambulance paragraph is the writer's (no cue). Chief executive "said the decision
#    had been “...” but that B" (partial plus indirect), then "she said" with a quote resumed. Figure
#    before "according to NHS England figures". Union "said A and described the plan as a “...”"
#    (indirect plus partial). Regional director named after the first stretch, resumed. Patient's
#    indirect, then a two-paragraph quote (the first paragraph a quote-only continuation, the second
#    closed by "she said"). Scare so-called “part-time” A&Es. "Asked about ..." not annotated;
#    minister "told MPs that decisions ... were “...” and that the trust had been “...”" (two
#    partials). MP "accused ministers of “...”" (partial only). Trust spokesperson "said A and that B"
#    (one span). Anonymous consultant "was more sympathetic" (not speech), then "they said".
ARTICLES["data/eval/dev35/kingsmere-ae-overnight-closure.gold.json"] = {
    "article": "data/eval/dev35/kingsmere-ae-overnight-closure.txt",
    "target": "Fenland and Wolds NHS foundation trust",
    "quotes": [
        (P, "Royal College of Nursing", "cost lives", None),
        (I, "Fenland and Wolds NHS foundation trust", "The accident and emergency department at Kingsmere General "
            "hospital in Lincolnshire will close between 10pm and 8am from January because there are not enough "
            "doctors to staff it safely", None),
        (P, "Alison Carrow", "the hardest of my career", None),
        (I, "Alison Carrow", "the alternative was a department that could not guarantee a senior doctor on every "
            "shift", None),
        (D, "Alison Carrow", "On too many nights this autumn we have had one middle-grade doctor covering the whole "
            "department and no consultant in the building,", None),
        (D, "Alison Carrow", "That is not a safe service, and I am not prepared to pretend that it is.", None),
        (I, "NHS England", "Kingsmere General\u2019s A&E treats about 38,000 patients a year, around 6,000 of them "
            "between 10pm and 8am", None),
        (I, "Royal College of Nursing", "staff had been given two weeks\u2019 notice of the change", None),
        (P, "Royal College of Nursing", "false economy", None),
        (D, "Sarah Quennell", "People don\u2019t stop having strokes and heart attacks at 10 o\u2019clock at night,",
            None),
        (D, "Sarah Quennell", "An extra 40 minutes in the back of an ambulance can be the difference between going "
            "home and not going home.", None),
        (I, "Margaret Hollins", "the ambulance had taken 25 minutes to reach him even with the hospital three miles "
            "away", None),
        (D, "Margaret Hollins", "He survived because they got him to Kingsmere in time. I have asked myself a hundred "
            "times what would have happened if they had had to drive him to Lincoln.", None),
        (D, "Margaret Hollins", "This is an old town. Half my street is over 70. The people making this decision "
            "don\u2019t live here, and they won\u2019t be the ones waiting,", None),
        (S, None, "part-time", None),
        (P, "Stephen Darrow", "rightly made by clinicians on the ground", None),
        (P, "Stephen Darrow", "open and honest", None),
        (P, "Edward Ransome", "washing their hands", None),
        (I, "spokesperson for the trust", "the change would be reviewed after six months and that no nursing posts "
            "would be lost as a result", None),
        (D, "A&E consultant", "Nobody wanted this, and the trust should have seen it coming three years ago. But you "
            "cannot run an emergency department on locums and goodwill for ever,", None),
    ],
    "actors": [
        actor("Royal College of Nursing", "organisation", title="nursing union",
              aliases=["Royal College of Nursing", "RCN", "Nursing union"], stance=-1),
        actor("Fenland and Wolds NHS foundation trust", "organisation", title="NHS trust running Kingsmere General "
              "hospital", aliases=["Fenland and Wolds NHS foundation trust", "the trust"], stance=1),
        actor("Alison Carrow", "person", title="chief executive", affiliation="Fenland and Wolds NHS foundation trust",
              aliases=["Alison Carrow", "Carrow"], stance=1),
        actor("NHS England", "government", title="national NHS body (figures)", aliases=["NHS England"],
              stance=None),
        actor("Sarah Quennell", "person", title="regional director, East Midlands",
              affiliation="Royal College of Nursing", aliases=["Sarah Quennell", "Quennell"], stance=-1),
        actor("Margaret Hollins", "person", title="Kingsmere resident (71), patient's wife",
              aliases=["Margaret Hollins", "Hollins"], stance=-1),
        actor("Stephen Darrow", "person", title="health minister", affiliation="UK government",
              aliases=["Stephen Darrow", "Darrow"], stance=1),
        actor("Edward Ransome", "person", title="Conservative MP for Kingsmere and the Wolds",
              affiliation="Conservative party", aliases=["Edward Ransome", "Ransome"], stance=-1),
        actor("spokesperson for the trust", "person", title="anonymous trust spokesperson",
              affiliation="Fenland and Wolds NHS foundation trust", aliases=["spokesperson for the trust"], stance=1),
        actor("A&E consultant", "person", title="anonymous emergency consultant at Kingsmere General",
              affiliation="Fenland and Wolds NHS foundation trust", aliases=["A&E consultant"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. CNBC retail (home goods retailer cuts its forecast and closes stores), byline line, no
#    dateline, straight quotes and apostrophes (we're, company's, they'd), punctuation inside
#    closing marks, % and $ figures. Headline without speech. Lede "cut its full-year outlook and said
#    A" (indirect; the outlook itself is not speech); "now expects" and the quarter's figures are the
#    writer's (no cue). CEO quote split by "Chief Executive X told analysts on the company's earnings
#    call", resumed; "Whitley said A, and that B ... "..."" (indirect for A plus the partial). Scare
#    so-called "studio" format. Spokeswoman: content before "company spokeswoman X told CNBC", then
#    "She said A" (two indirect). Finance chief "said A, and was "..." a cut ..." (indirect plus
#    partial). "Analysts were not convinced." is not speech. Analyst named after the first stretch
#    ("said X, an analyst at ..., who ..."), resumed. Second analyst "wrote in a note to clients that
#    the closures were "..." but that ... "..."" (two partials). Anonymous sales associate: "said A"
#    (indirect), then named after the first stretch ("said the associate, who asked not to be
#    named ..."), resumed. Company statement "said A and regretted that B" (one span).
ARTICLES["data/eval/dev35/pemberton-lake-store-closures-forecast-cut.gold.json"] = {
    "article": "data/eval/dev35/pemberton-lake-store-closures-forecast-cut.txt",
    "target": "Pemberton & Lake",
    "quotes": [
        (I, "Pemberton & Lake", "it would close 58 of its roughly 410 stores by the end of its fiscal year in "
            "January", None),
        (D, "Dana Whitley", "The stores we're closing are the ones our customers had already left,", None),
        (D, "Dana Whitley", "The 352 we're keeping are profitable, and they're the future of this company.", None),
        (I, "Dana Whitley", "tariffs on furniture imported from Vietnam and Indonesia had added about $40 million in "
            "costs this year", None),
        (P, "Dana Whitley", "to a customer who is already stretched.", None),
        (S, None, "studio", None),
        (I, "Jenna Moffitt", "Most of the closing stores are in older strip malls in the Midwest and Northeast, and "
            "about 1,900 jobs will be affected", None),
        (I, "Jenna Moffitt", "affected employees would be offered positions at nearby stores where possible", None),
        (I, "Mark Osei", "the company ended the quarter with $310 million in cash and an undrawn $500 million credit "
            "line", None),
        (P, "Mark Osei", "not contemplating", None),
        (D, "Brian Koenig", "This is a kitchen-sink quarter without the kitchen sink,", None),
        (D, "Brian Koenig", "They cut the outlook but kept the dividend and the buyback. If management really "
            "believed in the turnaround, they'd be spending that money on the stores.", None),
        (P, "Nicole Barrett", "overdue", None),
        (P, "Nicole Barrett", "time to get this right.", None),
        (I, "sales associate", "staff found out about the closing from news alerts on their phones", None),
        (D, "sales associate", "Our manager found out the same way we did,", None),
        (D, "sales associate", "Nobody from corporate has called any of us.", None),
        (I, "Pemberton & Lake", "it had begun notifying employees at affected stores on Wednesday morning and "
            "regretted that some had learned of the decision elsewhere first", None),
    ],
    "actors": [
        actor("Pemberton & Lake", "organisation", title="home goods retailer (Columbus, Ohio)",
              aliases=["Pemberton & Lake"], stance=0),
        actor("Dana Whitley", "person", title="chief executive", affiliation="Pemberton & Lake",
              aliases=["Dana Whitley", "Whitley"], stance=1),
        actor("Jenna Moffitt", "person", title="company spokeswoman", affiliation="Pemberton & Lake",
              aliases=["Jenna Moffitt", "Moffitt"], stance=0),
        actor("Mark Osei", "person", title="finance chief", affiliation="Pemberton & Lake",
              aliases=["Mark Osei", "Osei"], stance=0),
        actor("Brian Koenig", "person", title="analyst", affiliation="Marlow Street Research",
              aliases=["Brian Koenig", "Koenig"], stance=-1),
        actor("Nicole Barrett", "person", title="analyst", affiliation="Crestline Securities",
              aliases=["Nicole Barrett", "Barrett"], stance=0),
        actor("sales associate", "person", title="anonymous employee (11 years) at a closing store in Dayton, Ohio",
              affiliation="Pemberton & Lake", aliases=["sales associate", "the associate"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AFP Africa (Ghana suspends small-scale mining licences and deploys troops), dateline
#    "Dunkwa-on-Offin (Ghana) (AFP) -", British spelling (licences, colour, authorised), curly “ ”
#    and ’ apostrophes (country’s, Party’s), fragment punctuation outside the marks. Headline and lede
#    without speech (Ghana acts, it does not speak). Scare “galamsey” (the local name, in the writer's
#    sentence; Boakye's unmarked "Galamsey" is inside his own quote). Minister named after his quote
#    ("Lands and Natural Resources Minister X told reporters"), then "He said A, and that B" (one
#    span). "the state water utility said A" (indirect). Group "residents said". Farmer and miner
#    named after the quote ("said X, 58, a ...", "said X, 26, standing ..."), the miner's quote
#    resumed and ending in questions. Opposition spokesman "described the suspension as “...”"
#    (partial only), "He said A and had chosen not to act" (one span). NGO "welcomed the decision but
#    said it had come “...”" (partial only); its director named after the first stretch ("said its
#    director, X"), resumed. Anonymous army officer "told AFP that A" (indirect). "was not
#    optimistic" is not speech; the farmer's closing quote, split by "he said".
ARTICLES["data/eval/dev35/ghana-galamsey-licence-suspension-troops.gold.json"] = {
    "article": "data/eval/dev35/ghana-galamsey-licence-suspension-troops.txt",
    "target": "Ghana",
    "quotes": [
        (S, None, "galamsey", None),
        (D, "Kwabena Asare-Boateng", "We have given warnings, we have given amnesties, we have given people time. "
            "The rivers cannot wait any longer,", None),
        (I, "Kwabena Asare-Boateng", "about 1,200 soldiers and police officers would be deployed along the Pra and "
            "Offin rivers, and that excavators and water pumps found at illegal sites would be seized", None),
        (I, "state water utility", "it had been forced to halve output at a treatment plant on the Pra because the "
            "water was too muddy to process", None),
        (I, "residents", "the arrival of the troops had been greeted with relief and fear in equal measure", None),
        (D, "Kofi Mensah", "When I was a boy we swam here and drank from it. Now if you put your hand in, it itches "
            "for days,", None),
        (D, "Yaw Boakye", "I have a diploma in accounting and there is no job. Galamsey is the only thing that pays,",
            None),
        (D, "Yaw Boakye", "If they take this from us, what do they want us to do? Steal?", None),
        (P, "Samuel Adjei-Frimpong", "a blanket punishment for people who followed the rules", None),
        (I, "Samuel Adjei-Frimpong", "the government had known for years which businessmen financed the illegal "
            "pits and had chosen not to act", None),
        (P, "Pra Basin Watch", "years too late", None),
        (D, "Abena Owusu-Ansah", "Our last samples showed mercury at 14 times the safe limit in some places. You "
            "cannot undo that with six months of soldiers,", None),
        (D, "Abena Owusu-Ansah", "The real test is what happens in month seven.", None),
        (I, "senior army officer", "troops had been ordered to avoid confrontation with miners and to target "
            "equipment rather than people", None),
        (D, "Kofi Mensah", "They came in 2017 and they came again in 2021,", None),
        (D, "Kofi Mensah", "The soldiers leave. The machines come back.", None),
    ],
    "actors": [
        actor("Kwabena Asare-Boateng", "person", title="Lands and Natural Resources Minister", affiliation="Ghana",
              aliases=["Kwabena Asare-Boateng", "Asare-Boateng"], stance=1),
        actor("state water utility", "government", title="Ghana's state water utility", affiliation="Ghana",
              aliases=["state water utility"], stance=None),
        actor("residents", "group", title="residents of Dunkwa-on-Offin", aliases=["residents"], stance=0),
        actor("Kofi Mensah", "person", title="cocoa farmer (58), Dunkwa", aliases=["Kofi Mensah", "Mensah"],
              stance=0),
        actor("Yaw Boakye", "person", title="small-scale miner (26)", aliases=["Yaw Boakye", "Boakye"], stance=-1),
        actor("Samuel Adjei-Frimpong", "person", title="opposition spokesman on lands",
              affiliation="New Patriotic Party", aliases=["Samuel Adjei-Frimpong", "Adjei-Frimpong"], stance=-1),
        actor("Pra Basin Watch", "organisation", title="non-governmental water-testing group",
              aliases=["Pra Basin Watch"], stance=0),
        actor("Abena Owusu-Ansah", "person", title="director", affiliation="Pra Basin Watch",
              aliases=["Abena Owusu-Ansah", "Owusu-Ansah"], stance=0),
        actor("senior army officer", "person", title="anonymous officer in the operation", affiliation="Ghana Armed "
              "Forces", aliases=["senior army officer"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
