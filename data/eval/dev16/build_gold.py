"""Build the dev16 gold files (data/eval/dev16/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev16/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev16.  Standard library only.
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
# 1. Reuters Central Asia diplomacy, straight double quotes in the body, straight single in the
#    headline, straight apostrophes (Tajikistan's, Isfara's). Headline fragment 'technical'
#    (Tajikistan calls ...) -> Tajikistan, the country the headline names; the body's
#    "temporary technical measure" is a separate partial for Tajikistan's foreign ministry.
#    Kyrgyz ministry statement "said in a statement that ... "for consultations" and that ..."
#    (partial plus indirect), then ""...," the ministry said" (direct). Tajik ministry "said the
#    closure was a "..." and that ..." (partial plus indirect; "It did not give a date." is negated
#    and not annotated). Anonymous official "speaking on condition of anonymity because ..., said"
#    (indirect; the anonymity clause is not annotated), then ""...," the official said". Scare
#    "shared use" (a protocol's wording). Metonymic capital as speaker: "Bishkek has said ..." ->
#    Kyrgyzstan (country). Spokesman "told reporters in Dushanbe that A and B" (one span), then
#    "he said". UN envoy "said A and urged them to ..." (indirect for A; the directive is not
#    annotated), then a quote split by "Aalto told Reuters from Ashgabat". Group "drivers said".
#    Driver named after his quote ("said X, 47, who ..."), split quote. Analyst named only after
#    his quote. "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/dev16/tajikistan-kyrgyzstan-border-closure.gold.json"] = {
    "article": "data/eval/dev16/tajikistan-kyrgyzstan-border-closure.txt",
    "target": "Tajikistan",
    "quotes": [
        (P, "Tajikistan", "technical", "Tajikistan calls"),
        (P, "Kyrgyz foreign ministry", "for consultations", None),
        (I, "Kyrgyz foreign ministry", "he would not return to Dushanbe until the crossing between Batken and "
            "Isfara was reopened", None),
        (D, "Kyrgyz foreign ministry", "Closing a road on which tens of thousands of people depend every day is "
            "not a border measure. It is pressure, and the Kyrgyz Republic does not negotiate under pressure,",
            None),
        (P, "Tajikistan's foreign ministry", "temporary technical measure", None),
        (I, "Tajikistan's foreign ministry", "the crossing would reopen once repairs to a bridge over the Isfara "
            "river, damaged by mudslides in the spring, had been completed", None),
        (I, "Tajik government official", "the closure was also linked to a water intake on the river that Kyrgyz "
            "contractors began rebuilding in October, about 3 km (2 miles) upstream of the crossing", None),
        (D, "Tajik government official", "They started pouring concrete without a word to us. We asked them three "
            "times, in writing, to stop. The bridge is real, but so is the intake,", None),
        (S, None, "shared use", None),
        (I, "Kyrgyzstan", "the intake is being repaired, not enlarged", None),
        (I, "Parviz Sharipov", "the government regretted Kyrgyzstan's decision and was ready to discuss the intake "
            "through the joint border commission", None),
        (D, "Parviz Sharipov", "Recalling an ambassador does not repair a bridge,", None),
        (I, "Henrik Aalto", "he had spoken to both foreign ministers by telephone since Monday", None),
        (D, "Henrik Aalto", "I have heard two very different accounts of what is happening on that river, and I am "
            "not in a position to say which one is right,", None),
        (D, "Henrik Aalto", "What I can say is that both governments tell me they do not want this to escalate.",
            None),
        (I, "drivers", "Tajik border guards had given them no explanation and no date for reopening", None),
        (D, "Bakyt Toktogulov", "I have 20 tonnes of apricots in the back and a buyer in Khujand who stopped "
            "answering my calls on Sunday,", None),
        (D, "Bakyt Toktogulov", "Every day here costs me money. Nobody from the Tajik side even comes out to talk "
            "to us.", None),
        (D, "Kanat Beisenov", "Both sides have a story, and both stories are partly true. Neither president wants "
            "to be the one who blinks first,", None),
    ],
    "actors": [
        actor("Tajikistan", "country", title="Central Asian republic", aliases=["Tajikistan"], stance=1),
        actor("Kyrgyz foreign ministry", "government", title="foreign ministry of Kyrgyzstan",
              aliases=["Kyrgyz foreign ministry", "the ministry"], stance=-1),
        actor("Tajikistan's foreign ministry", "government", title="foreign ministry of Tajikistan",
              aliases=["Tajikistan's foreign ministry"], stance=1),
        actor("Tajik government official", "person", title="government official (anonymous)",
              affiliation="Tajik government", aliases=["Tajik government official", "the official"], stance=1),
        actor("Kyrgyzstan", "country", title="Central Asian republic", aliases=["Kyrgyzstan", "Bishkek"],
              stance=-1),
        actor("Parviz Sharipov", "person", title="foreign ministry spokesman",
              affiliation="Tajikistan's foreign ministry", aliases=["Parviz Sharipov", "Sharipov"], stance=1),
        actor("Henrik Aalto", "person",
              title="head of the U.N. Regional Centre for Preventive Diplomacy for Central Asia",
              affiliation="United Nations", aliases=["Henrik Aalto", "Aalto"], stance=0),
        actor("drivers", "group", title="truck drivers queuing on the Kyrgyz side of the crossing",
              aliases=["drivers"], stance=-1),
        actor("Bakyt Toktogulov", "person", title="truck driver (47)",
              aliases=["Bakyt Toktogulov", "Toktogulov"], stance=-1),
        actor("Kanat Beisenov", "person", title="analyst (Almaty)", affiliation="Steppe Advisory",
              aliases=["Kanat Beisenov", "Beisenov"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. CBC Manitoba local news, curly “ ” and ’ apostrophes; headline, deck and dateline line carry
#    no speech. Lede speaker by title ("Brandon's police chief is defending ..., saying ...":
#    participial indirect; "is defending his decision" alone is not speech), named in the next
#    paragraph ("Chief X told the Brandon Police Board on Thursday that": indirect ending before
#    the sentence's full stop after "Jan. 5"). Scare "Safer Downtown" (a plan name in the writer's
#    sentence). Police service news release "said A "as a priority" and that B" (partial plus
#    indirect). Group "Many parents said". Parent named after her quote ("said X, 44, whose ...");
#    second parent introduced with a reported claim, then "she said". Board chair "said" (indirect),
#    "said in an interview with CBC's Information Radio" (direct), "She added that" (indirect). Q&A
#    in prose: councillor's quoted question after a colon (direct, stance null), "Kostiuk replied".
#    "the chief said he understood ..." (indirect) then a quote split by "he said" whose second
#    part runs into the next paragraph (three direct entries; the open paragraph's span runs to
#    the end of its line, "4 a.m." included).
ARTICLES["data/eval/dev16/brandon-school-officers-kostiuk.gold.json"] = {
    "article": "data/eval/dev16/brandon-school-officers-kostiuk.txt",
    "target": "Darren Kostiuk",
    "quotes": [
        (I, "Darren Kostiuk", "his service can no longer spare them while calls downtown keep climbing", None),
        (I, "Darren Kostiuk", "the three school resource officers assigned to Crocus Plains, Vincent Massey and "
            "Neelin high schools would move to a new downtown foot patrol unit on Jan. 5", None),
        (D, "Darren Kostiuk", "I don\u2019t like this decision. I made it anyway, because I have 11 vacancies and a "
            "downtown that needs officers on foot at two in the morning, not in a hallway at two in the "
            "afternoon,", None),
        (S, None, "Safer Downtown", None),
        (P, "Brandon Police Service", "as a priority", None),
        (I, "Brandon Police Service", "each school would be assigned a named liaison officer", None),
        (I, "parents", "they learned about the change from that release, not from the school division", None),
        (D, "Jodie Mackay", "Const. Reyes knows every kid in that building by name. You can\u2019t replace that with "
            "a phone number,", None),
        (I, "Amrit Gill", "some students, particularly newcomers to Canada, had never been comfortable with police "
            "in the building", None),
        (D, "Amrit Gill", "For some of these kids, a uniform in the hallway isn\u2019t reassuring. It\u2019s the "
            "opposite,", None),
        (I, "Karen Hildebrand", "trustees got an email about the decision roughly half an hour before the release "
            "went out", None),
        (D, "Karen Hildebrand", "We\u2019re supposed to be partners in this. Partners pick up the phone,", None),
        (I, "Karen Hildebrand", "the division would ask the province to help pay for officers in schools if the "
            "police service could not", None),
        (D, "Shaun Cameron", "When you fill those vacancies, do the officers go back into the schools?", None),
        (D, "Darren Kostiuk", "That\u2019s my intention. I can\u2019t promise it,", None),
        (I, "Darren Kostiuk", "he understood why parents were upset", None),
        (D, "Darren Kostiuk", "In the end I have to put officers where the calls are,", None),
        (D, "Darren Kostiuk", "Last year we had more than 1,900 calls downtown between midnight and 4 a.m.", None),
        (D, "Darren Kostiuk", "Schools called us about 140 times. I\u2019m not saying those calls don\u2019t matter. "
            "I\u2019m saying I have to choose.", None),
    ],
    "actors": [
        actor("Darren Kostiuk", "person", title="police chief", affiliation="Brandon Police Service",
              aliases=["Darren Kostiuk", "Kostiuk", "police chief", "the chief"], stance=1),
        actor("Brandon Police Service", "organisation", title="municipal police service (Brandon, Man.)",
              aliases=["Brandon Police Service", "the service", "the police service"], stance=1),
        actor("parents", "group", title="parents of Brandon high school students",
              aliases=["parents", "Many parents"], stance=-1),
        actor("Jodie Mackay", "person", title="parent (44), son in Grade 11 at Crocus Plains",
              aliases=["Jodie Mackay", "Mackay"], stance=-1),
        actor("Amrit Gill", "person", title="parent, two daughters at Neelin High School",
              aliases=["Amrit Gill", "Gill"], stance=1),
        actor("Karen Hildebrand", "person", title="board chair", affiliation="Brandon School Division",
              aliases=["Karen Hildebrand", "Hildebrand"], stance=-1),
        actor("Shaun Cameron", "person", title="city councillor, police board member",
              affiliation="Brandon Police Board", aliases=["Shaun Cameron", "Cameron"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Financial Times UK insurer results, curly “ ” in the body, curly ‘ ’ in the headline, ’
#    apostrophes, "per cent", "£96mn". Headline fragment ‘credible’ (regulator demands ...) ->
#    the Prudential Regulation Authority (`regulator` listed as an alias); the body repeats the
#    word as a separate partial. The standfirst carries no speech; "told the FTSE 250 group to
#    shore up its balance sheet" is a directive. The PRA's letter speaks for the PRA ("In a letter
#    ..., the PRA said A "..." and that B "..."": two partials, no indirect; the writer's dashes
#    sit inside the second clause). Company "said A and that B" (one span). FT-style "X, chief
#    executive, told analysts on an earnings call that A "..." but insisted B" (partial plus
#    indirect), then a quote split by "Penhale said". "Asked by one analyst whether ..." is a
#    reported question (not annotated); "he replied: "..."" is direct. "X, finance director, said
#    A and B" (one span). Analysts' note: "Analysts at ..., who moved the stock to "sell" ..., wrote
#    in a note to clients that A "..." and that B" (scare for the rating, partial plus indirect).
#    Analyst named after a split quote; anonymous shareholder named after the quote ("who asked
#    not to be named" not annotated). "The PRA declined to comment" not annotated.
ARTICLES["data/eval/dev16/wyvern-general-dividend-cut.gold.json"] = {
    "article": "data/eval/dev16/wyvern-general-dividend-cut.txt",
    "target": "Wyvern General",
    "quotes": [
        (P, "Prudential Regulation Authority", "credible", "demands \u2018"),
        (P, "Prudential Regulation Authority", "weakened materially", None),
        (P, "Prudential Regulation Authority", "credible", "expected a \u201c"),
        (I, "Wyvern General", "the interim dividend would be cut to 4.2p a share from 8.4p and that it would not "
            "pay a special dividend this year", None),
        (P, "Alastair Penhale", "the worst in the company\u2019s 60-year history", None),
        (I, "Alastair Penhale", "the group did not need to raise fresh equity", None),
        (D, "Alastair Penhale", "We have been here before as an industry, and what you do is reprice, reinsure and "
            "hold your nerve,", None),
        (D, "Alastair Penhale", "We are doing all three.", None),
        (D, "Alastair Penhale", "It has not, and I don\u2019t expect it to be.", None),
        (I, "Ruth Ogilvie", "the group had bought an extra \u00a338mn of reinsurance cover for 2026 and expected the "
            "solvency ratio to reach 140 per cent by December", None),
        (S, None, "sell", None),
        (P, "Analysts at Castlegate Securities", "overdue", None),
        (I, "Analysts at Castlegate Securities", "a capital raise could not be ruled out if next winter was as wet "
            "as the last", None),
        (D, "Gemma Halloran", "Wyvern priced home cover for a climate that no longer exists, and it is paying for "
            "that now,", None),
        (D, "Gemma Halloran", "But the motor book is in much better shape than the share price suggests, and this "
            "balance sheet is fixable.", None),
        (D, "one top-10 shareholder", "The board was too slow by a year. Everyone could see claims inflation "
            "coming, and they kept pricing as if it wasn\u2019t,", None),
    ],
    "actors": [
        actor("Prudential Regulation Authority", "organisation",
              title="UK insurance and banking regulator (Bank of England)",
              aliases=["Prudential Regulation Authority", "PRA", "regulator"], stance=-1),
        actor("Wyvern General", "organisation", title="Leeds-based home and motor insurer (FTSE 250)",
              aliases=["Wyvern General", "Wyvern", "the group"], stance=0),
        actor("Alastair Penhale", "person", title="chief executive", affiliation="Wyvern General",
              aliases=["Alastair Penhale", "Penhale"], stance=1),
        actor("Ruth Ogilvie", "person", title="finance director", affiliation="Wyvern General",
              aliases=["Ruth Ogilvie", "Ogilvie"], stance=1),
        actor("Analysts at Castlegate Securities", "group", title="equity analysts (note to clients)",
              affiliation="Castlegate Securities",
              aliases=["Analysts at Castlegate Securities", "Castlegate Securities"], stance=-1),
        actor("Gemma Halloran", "person", title="insurance analyst", affiliation="Hartwell Capital",
              aliases=["Gemma Halloran", "Halloran"], stance=0),
        actor("one top-10 shareholder", "person", title="top-10 shareholder (anonymous)",
              affiliation="Wyvern General shareholder", aliases=["one top-10 shareholder"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. MailOnline showbiz, curly single ‘ ’ throughout with ’ apostrophes (I’m, Y’all, she’d);
#    punctuation outside closing marks for fragments ('under review'.). Headline fragment ‘not OK’
#    -> Kenzie Vale (the headline names her); the lede's "has told fans she is ‘not OK’" is a
#    separate partial (the same words recur inside her Instagram quote, a direct entry). Bullet
#    points carry no speech. Crowd "chanted ‘Refund! Refund!’" (direct, group). Instagram post
#    split by "she wrote" (two direct). Spokesperson statement after a colon (direct), then "The
#    spokesperson added that ... ‘under review’" (partial only). Fan post "one fan posted on X"
#    after the quote. "told MailOnline: ‘..." running into the next paragraph (two direct). Festival
#    "said ... ‘without warning’ and that ..." (partial plus indirect). "A festival source was
#    blunter: ‘...’" (colon, direct). "appeared to take a swipe ..., writing: ‘...’" (direct).
#    "leapt to her defence." is not speech; the next quote with "he wrote on X" is. "A pal told
#    MailOnline: ‘...’" (direct; actor named by the phrase without "A").
ARTICLES["data/eval/dev16/kenzie-vale-festival-walk-off.gold.json"] = {
    "article": "data/eval/dev16/kenzie-vale-festival-walk-off.txt",
    "target": "Kenzie Vale",
    "quotes": [
        (P, "Kenzie Vale", "not OK", "Kenzie Vale \u2018"),
        (P, "Kenzie Vale", "not OK", "she is \u2018"),
        (D, "crowd", "Refund! Refund!", None),
        (D, "Kenzie Vale", "I\u2019m so sorry. I tried. I really tried,", None),
        (D, "Kenzie Vale", "I\u2019m not OK right now and I need to be honest about that. Love you all x", None),
        (D, "spokesperson for the singer", "Kenzie has been dealing with severe vocal strain for several weeks and "
            "went on stage against medical advice because she did not want to let her fans down. She is now "
            "resting and will not be giving interviews.", None),
        (P, "spokesperson for the singer", "under review", None),
        (D, "one fan", "Paid \u00a395 for four songs and a wave. Never again,", None),
        (D, "Leanne Briggs", "My girls saved their birthday money for this. They were in tears.", None),
        (D, "Leanne Briggs", "If you\u2019re not well, don\u2019t go on. Tell people before they\u2019ve bought the "
            "tickets and the train fares.", None),
        (P, "Brightside Festival", "without warning", None),
        (I, "Brightside Festival", "ticket holders would be offered a 50 per cent refund", None),
        (D, "festival source", "Her team told us nothing. We found out she\u2019d gone when the lights came up.",
            None),
        (D, "Tia Devlin", "Some of us just turn up and sing.", None),
        (D, "K-Zed", "Y\u2019all booing a girl who is clearly struggling. Do better,", None),
        (D, "pal", "She\u2019s been running on empty since the summer. Everyone around her could see it.", None),
    ],
    "actors": [
        actor("Kenzie Vale", "person", title="pop star (26)",
              aliases=["Kenzie Vale", "Vale", "Kenzie", "The 26-year-old", "the singer"], stance=1),
        actor("crowd", "group", title="festival crowd at Brightside Festival", aliases=["crowd"], stance=-1),
        actor("spokesperson for the singer", "person", title="spokesperson", affiliation="Kenzie Vale",
              aliases=["spokesperson for the singer", "The spokesperson"], stance=1),
        actor("one fan", "person", title="fan (post on X)", aliases=["one fan"], stance=-1),
        actor("Leanne Briggs", "person", title="fan (38), Northampton", aliases=["Leanne Briggs", "Briggs"],
              stance=-1),
        actor("Brightside Festival", "organisation", title="music festival (Milton Keynes)",
              aliases=["Brightside Festival"], stance=-1),
        actor("festival source", "person", title="festival source (anonymous)", affiliation="Brightside Festival",
              aliases=["festival source"], stance=-1),
        actor("Tia Devlin", "person", title="singer, former Glitterbox bandmate", aliases=["Tia Devlin", "Devlin"],
              stance=-1),
        actor("K-Zed", "person", title="rapper", aliases=["K-Zed"], stance=1),
        actor("pal", "person", title="friend of the singer (anonymous)", aliases=["pal"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
