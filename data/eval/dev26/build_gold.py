"""Build the dev26 gold files (data/eval/dev26/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev26/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev26.  Standard library only.
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
# 1. Politico-style Washington politics (a nomination in trouble), curly “ ” and ’ apostrophes
#    (Marchbanks’ possessive after -s, isn’t, I’d), American punctuation inside the closing marks,
#    standfirst, two-name byline and timestamp line without speech, "Sen. X (R-Kan.)" tags.
#    Lede content before "according to three people familiar with the deliberations" (the writer's
#    "as her support ... erodes" left out). Content before "a senior administration official said,
#    speaking on condition of anonymity ..."; then "the official said" twice (split quote).
#    "described X as “...”" (partial); "has since said A and that B" (one span). Scare so-called
#    “murder boards,”. "In a statement to POLITICO, Marchbanks said she would “...”" (partial only),
#    then "she said". Undecided senators named inside the span before "according to a Senate
#    Republican aide"; both then quoted in the next paragraphs (two men, "he told POLITICO", "he told
#    CNN"); "said he wanted to hear Marchbanks explain the podcast “in her own words.”" (partial
#    only). "wrote on X that ... “...”" (partial only); "said in a brief interview that A"
#    (indirect). Spokesperson "said in an email that the president “...”" (partial only), then
#    "Brandt wrote". Former official: partial “real.”, then "the former official said". "has not
#    said how she will vote" (negated) not annotated.
ARTICLES["data/eval/dev26/surgeon-general-marchbanks-withdrawal-talk.gold.json"] = {
    "article": "data/eval/dev26/surgeon-general-marchbanks-withdrawal-talk.txt",
    "target": "Elaine Marchbanks",
    "quotes": [
        (I, "three people familiar with the deliberations", "White House officials have begun quietly discussing "
            "whether to withdraw Dr. Elaine Marchbanks\u2019 nomination as surgeon general", None),
        (I, "senior administration official", "No decision has been made, and the president has not weighed in",
            None),
        (D, "senior administration official", "Nobody is pulling anything this week,", None),
        (D, "senior administration official", "But people are counting votes, and the count isn\u2019t where it "
            "was a month ago.", None),
        (P, "Elaine Marchbanks", "crowded.", None),
        (I, "Elaine Marchbanks", "the remarks were taken out of context and that she has never advised a family "
            "to skip a vaccine", None),
        (S, None, "murder boards,", None),
        (P, "Elaine Marchbanks", "answer every question senators put to me, including the hard ones.", None),
        (D, "Elaine Marchbanks", "I have given thousands of childhood vaccinations with my own hands, and I would "
            "give every one of them again,", None),
        (I, "Senate Republican aide", "Two Republicans on the Senate health committee, Sen. Mark Rowell (R-Kan.) "
            "and Sen. Gary Lindqvist (R-Mont.), remain undecided", None),
        (P, "Mark Rowell", "in her own words.", None),
        (D, "Mark Rowell", "I\u2019ve read the transcript. I\u2019d like to hear her say it to my face,", None),
        (D, "Gary Lindqvist", "If she can\u2019t look me in the eye and tell me the schedule is safe, she doesn\u2019t "
            "get my vote. It\u2019s that simple,", None),
        (P, "Patricia Odom", "spent three years telling parents to doubt their own pediatricians.", None),
        (I, "Luis Carrera", "he expected every Democrat on the committee, himself included, to vote against her",
            None),
        (P, "Tyler Brandt", "stands fully behind Dr. Marchbanks.", None),
        (D, "Tyler Brandt", "She has spent her whole career getting kids vaccinated. Her record speaks louder than "
            "a podcast clip from four years ago,", None),
        (P, "former administration health official", "real.", None),
        (D, "former administration health official", "If she has a good day Thursday, this all goes away. If she "
            "has a bad one, she gets a phone call Friday morning,", None),
    ],
    "actors": [
        actor("three people familiar with the deliberations", "group", title="sources (anonymous)",
              aliases=["three people familiar with the deliberations"], stance=0),
        actor("senior administration official", "person", title="official (anonymous)",
              affiliation="White House", aliases=["senior administration official", "the official"], stance=0),
        actor("Elaine Marchbanks", "person", title="surgeon general nominee, pediatrician, former head of the "
              "Tennessee Department of Health", aliases=["Elaine Marchbanks", "Dr. Marchbanks", "Marchbanks"],
              stance=1),
        actor("Senate Republican aide", "person", title="aide (anonymous)", affiliation="Senate Republicans",
              aliases=["Senate Republican aide"], stance=0),
        actor("Mark Rowell", "person", title="senator (R-Kan.), Senate health committee", affiliation="Republican",
              aliases=["Mark Rowell", "Rowell"], stance=0),
        actor("Gary Lindqvist", "person", title="senator (R-Mont.), Senate health committee",
              affiliation="Republican", aliases=["Gary Lindqvist", "Lindqvist"], stance=-1),
        actor("Patricia Odom", "person", title="senator (D-Ore.), ranking member of the Senate health committee",
              affiliation="Democrat", aliases=["Patricia Odom", "Odom"], stance=-1),
        actor("Luis Carrera", "person", title="senator (D-N.M.)", affiliation="Democrat",
              aliases=["Luis Carrera", "Carrera"], stance=-1),
        actor("Tyler Brandt", "person", title="spokesperson", affiliation="White House",
              aliases=["Tyler Brandt", "Brandt"], stance=1),
        actor("former administration health official", "person", title="former official (anonymous)",
              affiliation="administration (health), close to the White House",
              aliases=["former administration health official", "the former official"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Malaysian daily (The Star-style) education story, byline in capitals, dateline "PUTRAJAYA:",
#    straight " and apostrophes (ministry's, Teachers', syndicate's), "here yesterday", Malaysian
#    names and honorifics: Datuk Seri Zulaikha Hamid -> "Zulaikha" (Malay given name, Hamid is the
#    father's name), Datuk Seri Kamal Hisham Rosli -> "Kamal Hisham", Dr Tan Mei Ling -> "Dr Tan"
#    (family name first), Ravindran Muthusamy (named once, then "he"), Wan Ahmad Fikri Wan Said
#    (PN-Kubang Kerian), Lim Siew Ping, Nur Aqilah Mohd Faizal. Lede content before "says Datuk
#    Seri X" (present tense, name after); quote attributed to "the Education Minister"; "Zulaikha
#    said A and that B" (one span). Scare: operation code-named "Ops Kertas" (full stop outside).
#    "said the suspects ... were picked up ... and had been remanded ..." (one span). Direct plus
#    participial "adding that". Director named after her quote ("said Dr Tan"). Ministry statement.
#    Fragments with the full stop outside the marks (British), "said the minister should "..."",
#    "said teachers had been "..." of ..." (partials only). Two men in a row ("he said", "he said in
#    a statement"). "she said when contacted". TikTok "said ... that she was "..." because ..."
#    (partial only: the because-clause is part of the reported clause).
ARTICLES["data/eval/dev26/spm-add-maths-paper-leak-resit.gold.json"] = {
    "article": "data/eval/dev26/spm-add-maths-paper-leak-resit.txt",
    "target": "Education Ministry",
    "quotes": [
        (I, "Zulaikha Hamid", "About 180,000 SPM candidates will have to resit the Additional Mathematics paper on "
            "Dec 9 after questions from the paper were leaked on Telegram hours before the examination", None),
        (D, "Zulaikha Hamid", "We know this is painful for students who studied hard and did well on the day. But "
            "the integrity of the SPM certificate matters more than our convenience, and more than the ministry's "
            "embarrassment,", None),
        (I, "Zulaikha Hamid", "candidates would receive a new timetable through their schools by Monday and that "
            "the ministry would cover travel costs for those in rural Sabah and Sarawak who had to return to "
            "examination centres", None),
        (S, None, "Ops Kertas", None),
        (I, "Kamal Hisham Rosli", "the suspects, aged between 22 and 41, were picked up in Shah Alam and Klang on "
            "Wednesday and had been remanded for four days", None),
        (D, "Kamal Hisham Rosli", "We believe the paper was photographed at the printing premises and shared in a "
            "closed group before it spread. We are not ruling out more arrests,", None),
        (I, "Kamal Hisham Rosli", "the case was being investigated under the Official Secrets Act", None),
        (I, "Tan Mei Ling", "the contractor had been suspended pending an internal audit of all 2025 examination "
            "papers", None),
        (D, "Tan Mei Ling", "Every one of our papers is printed under supervision. Clearly, on this occasion, that "
            "supervision failed, and we take full responsibility for it,", None),
        (I, "Education Ministry", "candidates who were unable to sit the paper on Dec 9 for medical reasons would be "
            "allowed to sit a special paper in January", None),
        (P, "Ravindran Muthusamy", "left to pick up the pieces", None),
        (D, "Ravindran Muthusamy", "Teachers were invigilating on Tuesday and marking trial papers on Wednesday, and "
            "now we must prepare 180,000 students all over again. Nobody asked us whether Dec 9 was workable,",
            None),
        (P, "Wan Ahmad Fikri Wan Said", "stop blaming a printer", None),
        (D, "Wan Ahmad Fikri Wan Said", "This is the third exam leak in five years. At some point it stops being "
            "about one contractor and starts being about the ministry,", None),
        (P, "Lim Siew Ping", "happy for the first time in weeks", None),
        (D, "Lim Siew Ping", "Now he has to do it again, and he keeps asking me whether it was his fault. Why should "
            "the children pay for the ministry's mistake?", None),
        (P, "Nur Aqilah Mohd Faizal", "honestly relieved", None),
    ],
    "actors": [
        actor("Zulaikha Hamid", "person", title="Education Minister", affiliation="Malaysian government",
              aliases=["Zulaikha Hamid", "Zulaikha", "Education Minister", "the minister"], stance=1),
        actor("Kamal Hisham Rosli", "person", title="director, Criminal Investigation Department (Bukit Aman)",
              affiliation="Royal Malaysia Police", aliases=["Kamal Hisham Rosli", "Kamal Hisham"], stance=None),
        actor("Tan Mei Ling", "person", title="director", affiliation="Malaysian Examinations Syndicate",
              aliases=["Tan Mei Ling", "Dr Tan", "Tan"], stance=0),
        actor("Education Ministry", "government", affiliation="Malaysia",
              aliases=["Education Ministry", "the ministry"], stance=1),
        actor("Ravindran Muthusamy", "person", title="secretary-general", affiliation="Malaysian Teachers' Federation",
              aliases=["Ravindran Muthusamy", "Ravindran"], stance=-1),
        actor("Wan Ahmad Fikri Wan Said", "person", title="opposition MP (PN-Kubang Kerian)",
              affiliation="Perikatan Nasional", aliases=["Wan Ahmad Fikri Wan Said", "Wan Ahmad Fikri"], stance=-1),
        actor("Lim Siew Ping", "person", title="parent (47), Johor Baru", aliases=["Lim Siew Ping", "Lim"],
              stance=-1),
        actor("Nur Aqilah Mohd Faizal", "person", title="SPM candidate (17), Kuching",
              aliases=["Nur Aqilah Mohd Faizal", "Nur Aqilah"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sky Sports-style football news (a deadline-day transfer that collapsed at the medical),
#    straight " in the body and straight single 'let down' in the headline, straight apostrophes
#    (Okafor's, He's, didn't, o'clock), British punctuation (fragments' full stops outside), £28m,
#    standfirst, "By X, Sky Sports News reporter" and timestamp lines. Headline fragment 'let down'
#    -> Neil Kilbride (the headline names him; the body's "let down and embarrassed" is a separate
#    partial). "Sky Sports News understands A" is the outlet's own reporting and is not annotated.
#    Scare "No 9". Manager at his press conference: "Kilbride said A" (indirect), "he said", a
#    quote-only paragraph continuing him, "Kilbride replied: "...?..."" (reported question before
#    it not annotated). Club spokesperson "said ... that the decision had been taken "..." and that
#    B" (partial plus indirect). Head coach quoted after a colon-less intro ("was more forthcoming
#    ... "..." he said"). Player's Instagram post ("he wrote"), team-mate's reply ("replied
#    underneath: "...""). Agent "told talkSPORT that his client had been "..." and that B" (partial
#    plus indirect). Selling club statement "said ... that they were "..." by ... and that B".
ARTICLES["data/eval/dev26/okafor-redcastle-medical-collapse.gold.json"] = {
    "article": "data/eval/dev26/okafor-redcastle-medical-collapse.txt",
    "target": "Redcastle United",
    "quotes": [
        (P, "Neil Kilbride", "let down", "'let down'"),
        (P, "Neil Kilbride", "let down and embarrassed", None),
        (S, None, "No 9", None),
        (I, "Neil Kilbride", "Okafor had trained fully every day since returning to the squad last summer", None),
        (D, "Neil Kilbride", "He's played 31 games this season. He hasn't missed a single session. Then somebody "
            "looks at a scan for an afternoon and decides his knee is a problem,", None),
        (D, "Neil Kilbride", "I'm not going to criticise another club's doctors, that's not my place. But the way it "
            "was done, at nine o'clock at night with the lad sat in a car park waiting to be told, was not right.",
            None),
        (D, "Neil Kilbride", "Available? He'll start.", None),
        (P, "Redcastle spokesperson", "on specialist medical advice", None),
        (I, "Redcastle spokesperson", "the club would not discuss an individual player's health", None),
        (D, "Tomas Lindgren", "It's a sad one, because I liked the player a lot. But we have to protect the club, and "
            "I trust our medical people completely,", None),
        (D, "Jamal Okafor", "Football can change in a few hours. I was ready to give everything for a new club and it "
            "didn't happen. I have no hard feelings towards anyone at Redcastle. My knee is fine, I'm fine, and I'm "
            "going to keep scoring goals for Brenton,", None),
        (D, "Callum Reyes", "Best striker in this league. Their loss.", None),
        (P, "Daniel Osei-Mensah", "treated like a piece of meat", None),
        (I, "Daniel Osei-Mensah", "he would seek a second opinion from a knee specialist in London this week", None),
        (P, "Brenton Athletic", "baffled", None),
        (I, "Brenton Athletic", "Okafor had passed every medical assessment at the club since his return from "
            "injury, including a scan in December", None),
    ],
    "actors": [
        actor("Neil Kilbride", "person", title="manager", affiliation="Brenton Athletic",
              aliases=["Neil Kilbride", "Kilbride"], stance=-1),
        actor("Redcastle spokesperson", "person", title="spokesperson", affiliation="Redcastle United",
              aliases=["Redcastle spokesperson"], stance=1),
        actor("Tomas Lindgren", "person", title="head coach", affiliation="Redcastle United",
              aliases=["Tomas Lindgren", "Lindgren"], stance=1),
        actor("Jamal Okafor", "person", title="striker (24)", affiliation="Brenton Athletic",
              aliases=["Jamal Okafor", "Okafor"], stance=0),
        actor("Callum Reyes", "person", title="player", affiliation="Brenton Athletic",
              aliases=["Callum Reyes", "Reyes"], stance=-1),
        actor("Daniel Osei-Mensah", "person", title="agent of Jamal Okafor",
              aliases=["Daniel Osei-Mensah", "Osei-Mensah"], stance=-1),
        actor("Brenton Athletic", "organisation", title="Championship club (selling club)",
              aliases=["Brenton Athletic", "Brenton"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. New York Times-style obituary (a Milwaukee polka radio host), Title Case headline, deck,
#    byline and "Published" line without speech, curly “ ” and ’ apostrophes (Milwaukee’s, I’ve,
#    Polka’s), American punctuation inside the closing marks, "Mr."/no first name on later
#    references, "He was 88.". "His daughter X said the cause was ..." (indirect). Show title in
#    quote marks, “The Sunday Polka Hour” (scare: a title nobody in the article is said to say).
#    Quotes from old interviews ("he told The Milwaukee Journal Sentinel in 1996"), "recalled that"
#    in an oral history; former station manager "called it “...”" (1989) and "said he had been
#    wrong" now, then "he said". Daughters introduced one after the other: "said Teresa
#    Pruszynski, his younger daughter, ..." and "Her sister ... she said" (Anna). Listener "said
#    A" then "she said" (three women in a row). "told listeners: “...”". Station statement "said A,
#    calling Mr. Pruszynski “...”" (indirect plus partial). Closing split quote "he said".
ARTICLES["data/eval/dev26/walter-pruszynski-polka-host-obituary.gold.json"] = {
    "article": "data/eval/dev26/walter-pruszynski-polka-host-obituary.txt",
    "target": "Walter Pruszynski",
    "quotes": [
        (I, "Anna Pruszynski-Kohl", "the cause was complications of pneumonia", None),
        (S, None, "The Sunday Polka Hour", None),
        (D, "Walter Pruszynski", "People think polka is about the accordion. It\u2019s about the dance floor. If "
            "nobody is dancing, I\u2019ve failed,", None),
        (I, "Walter Pruszynski", "his father had paid him a nickel a night to carry the concertina case and stay "
            "awake until the last dance", None),
        (P, "Gordon Haack", "a museum piece.", None),
        (I, "Gordon Haack", "he had been wrong", None),
        (D, "Gordon Haack", "I had the ratings in front of me, and they said nobody under 60 was listening. What "
            "they didn\u2019t tell me was that nobody over 60 was listening to anything else,", None),
        (D, "Teresa Pruszynski", "Dad never took a Sunday off for us, and we never minded. Half of Milwaukee was "
            "family to him,", None),
        (D, "Anna Pruszynski-Kohl", "He took exactly one Sunday off, for my wedding, and he taped the reception so "
            "he could play it on the air the week after,", None),
        (I, "Irene Malecki", "she had phoned in a request almost every Sunday since 1974", None),
        (D, "Irene Malecki", "He never once played the song I asked for on the Sunday I asked for it. He always "
            "played it the week after, so I\u2019d have to listen twice,", None),
        (D, "Walter Pruszynski", "I\u2019ve been talking to you for 52 years, and you never once talked back, except "
            "on the phone lines. Thank you for that.", None),
        (I, "WKBV", "it would rebroadcast that final show on Sunday morning", None),
        (P, "WKBV", "the sound of Sunday in this city.", None),
        (D, "Walter Pruszynski", "Polka\u2019s been dying since 1950,", None),
        (D, "Walter Pruszynski", "It\u2019s a very slow death. You can dance to it.", None),
    ],
    "actors": [
        actor("Anna Pruszynski-Kohl", "person", title="elder daughter of Walter Pruszynski",
              aliases=["Anna Pruszynski-Kohl", "Pruszynski-Kohl"], stance=1),
        actor("Walter Pruszynski", "person", title="polka radio host (1971-2023), former machinist",
              affiliation="WKBV-AM, Milwaukee", aliases=["Walter Pruszynski", "Mr. Pruszynski", "Pruszynski"],
              stance=1),
        actor("Gordon Haack", "person", title="former general manager (81)", affiliation="WKBV",
              aliases=["Gordon Haack", "Mr. Haack", "Haack"], stance=1),
        actor("Teresa Pruszynski", "person", title="younger daughter, the show's producer for its last 14 years",
              affiliation="WKBV", aliases=["Teresa Pruszynski"], stance=1),
        actor("Irene Malecki", "person", title="listener (79), former dance-hall owner",
              aliases=["Irene Malecki", "Malecki"], stance=1),
        actor("WKBV", "organisation", title="Milwaukee AM radio station", aliases=["WKBV"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
