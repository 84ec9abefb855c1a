"""Build the dev67 gold files (data/eval/dev67/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev66/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev67/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev67.  Standard library only.
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
# 1. MONTSAME (Mongolia's news agency) energy/diplomacy (Russian gasoline supplies to be restored),
#    headline "..., Ministry says" without quote marks, dateline "Ulaanbaatar, December 2 (MONTSAME)."
#    running into the lede, straight " and apostrophes, Mongolian names with a patronymic initial and no
#    space (D.Ganbold, B.Bold, Ts.Munkhbat), official title chains ("Ambassador Extraordinary and
#    Plenipotentiary of the Russian Federation to Mongolia Sergei Ostrovsky"). Lede content before "the
#    Ministry of Industry and Mineral Resources informed on Tuesday" ("informed" as a cue); department
#    director "Speaking at a press conference, ... said that A", quote with "D.Ganbold said"; ambassador
#    "noted that A", quote with "the Ambassador said", "He added that A"; association head named Bold
#    "However, the head of ..., B.Bold, said that A", quote with "B.Bold told MONTSAME"; "According to the
#    Association, A"; taxi driver "said A", "he said"; economist "noted that the shortage showed the
#    country's "..." on ..." (partial only), quote with "she said"; "The Ministry said that A and that B";
#    MP "said at Tuesday's plenary session that A"; scare so-called "winter shortage"; the State Emergency
#    Commission "has instructed fuel importers to ..." (directive).
ARTICLES["data/eval/dev67/mongolia-russian-fuel-supply-cut.gold.json"] = {
    "article": "data/eval/dev67/mongolia-russian-fuel-supply-cut.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Industry and Mineral Resources", "Supplies of AI-92 gasoline from Russia, which were reduced "
            "by almost half in November, will return to normal levels by mid-December", None),
        (I, "D.Ganbold", "Russian suppliers had agreed to ship an additional 18,000 tonnes of gasoline to Mongolia this "
            "month", None),
        (D, "D.Ganbold", "The situation is under control. We have held talks with our Russian partners at every level, "
            "and they have shown full understanding of Mongolia's needs,", None),
        (I, "Sergei Ostrovsky", "Mongolia had been given priority among foreign buyers", None),
        (D, "Sergei Ostrovsky", "Russia has always fulfilled its obligations to Mongolia, even in difficult times. Our "
            "countries are good neighbours, and neighbours help each other,", None),
        (I, "Sergei Ostrovsky", "the temporary restrictions were expected to be lifted for all neighbouring countries "
            "at the beginning of 2027", None),
        (I, "B.Bold", "importers had been forced to buy part of their fuel at prices up to 15 percent higher than under "
            "the annual contracts signed with Russian companies", None),
        (D, "B.Bold", "The price is set in Moscow, the volume is set in Moscow, and we find out last. This is a question "
            "of national security,", None),
        (I, "Mongolian Petroleum Importers Association", "filling stations in eight aimags ran out of AI-92 gasoline for "
            "two or more days in the second half of November", None),
        (I, "Ts.Munkhbat", "he had waited almost three hours to fill his tank at a station in Bayanzurkh district",
            None),
        (D, "Ts.Munkhbat", "I lost a whole day's income. Every winter we hear the same promises,", None),
        (P, "Ch.Oyunchimeg", "dangerous dependence", None),
        (D, "Ch.Oyunchimeg", "Until the oil refinery in Dornogovi starts working, we will have no real choice. We should "
            "also build larger fuel reserves, for at least 60 days, instead of the current 20,", None),
        (I, "Ministry of Industry and Mineral Resources", "construction of the refinery, financed by a loan from the "
            "Government of India, was 68 percent complete and that the plant was scheduled to begin operation in 2028",
            None),
        (I, "N.Enkhtuya", "the Government should have been prepared, as fuel shortages had occurred in three of the past "
            "five winters", None),
        (S, None, "winter shortage", None),
    ],
    "actors": [
        actor("Ministry of Industry and Mineral Resources", "government", title="ministry", affiliation="Mongolia",
              aliases=["Ministry of Industry and Mineral Resources", "Ministry"], stance=0),
        actor("D.Ganbold", "person", title="Director of the Petroleum Policy Department",
              affiliation="Ministry of Industry and Mineral Resources", aliases=["D.Ganbold", "Ganbold"], stance=1),
        actor("Sergei Ostrovsky", "person",
              title="Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Mongolia",
              affiliation="Russia", aliases=["Sergei Ostrovsky", "Ostrovsky", "Ambassador"], stance=1),
        actor("B.Bold", "person", title="head of the Mongolian Petroleum Importers Association",
              affiliation="Mongolian Petroleum Importers Association", aliases=["B.Bold", "Bold"], stance=-1),
        actor("Mongolian Petroleum Importers Association", "organisation", title="fuel importers' association",
              aliases=["Mongolian Petroleum Importers Association", "Association"], stance=0),
        actor("Ts.Munkhbat", "person", title="taxi driver (Ulaanbaatar)", aliases=["Ts.Munkhbat", "Munkhbat"],
              stance=None),
        actor("Ch.Oyunchimeg", "person", title="economist, lecturer", affiliation="National University of Mongolia",
              aliases=["Ch.Oyunchimeg", "Oyunchimeg"], stance=-1),
        actor("N.Enkhtuya", "person", title="Member of Parliament", affiliation="State Great Khural",
              aliases=["N.Enkhtuya", "Enkhtuya"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Gulf Times (Qatar) sport (a coach under pressure after a fifth straight defeat), headline without
#    speech, "By Sports Reporter" and "Doha" lines, straight " and apostrophes. Lede "but coach Vitor
#    Sequeira insisted A" at the end of a result sentence; scare so-called "six-pointer"; coach's quote
#    with "Sequeira told the post-match press conference" and a quote-only paragraph; Q&A "Asked whether
#    ..., the 54-year-old Portuguese replied: "...""; club "said in a statement on their official X account
#    ... that the board had "..." in the coach ..." (partial only); "has come under fire from supporters"
#    (no cue); captain "said A", quote with "Al Hajri said"; opposing coach "described Sequeira as "..."
#    " (partial only), quote with "Vujovic said"; "Not everyone was so forgiving." (no cue); fan "said A",
#    quote with "he said"; analyst "said Sequeira's tactics had become "..." and that B" (partial plus
#    indirect); content before "according to figures from the Qatar Stars League".
ARTICLES["data/eval/dev67/al-arabi-sequeira-fifth-defeat.gold.json"] = {
    "article": "data/eval/dev67/al-arabi-sequeira-fifth-defeat.txt",
    "target": "Vitor Sequeira",
    "quotes": [
        (I, "Vitor Sequeira", "he would not walk away from the club", None),
        (S, None, "six-pointer", None),
        (D, "Vitor Sequeira", "I am not a man who runs when things are difficult. I have a contract, I have the support "
            "of the board, and I have a group of players who are still fighting for me,", None),
        (D, "Vitor Sequeira", "We made two individual mistakes and we were punished. That is football at this level.",
            None),
        (D, "Vitor Sequeira", "You should ask the president. My job is to prepare the team for Saturday, and that is "
            "what I will do.", None),
        (P, "Al Arabi", "full confidence", None),
        (I, "Khalid Al Hajri", "the players took responsibility for the run of results", None),
        (D, "Khalid Al Hajri", "The coach is not the one making the mistakes on the pitch. We are. We need to look at "
            "ourselves first,", None),
        (P, "Nenad Vujovic", "one of the best coaches in this league", None),
        (D, "Nenad Vujovic", "I know what he is going through. Football can be very cruel, but his team plays good "
            "football and they will come out of this,", None),
        (I, "Mohammed Saleh", "the team had lost its identity under the Portuguese", None),
        (D, "Mohammed Saleh", "We were the best attacking team in Qatar last year. Now we are afraid of everybody. "
            "Something has to change before January, or it will be too late,", None),
        (P, "Jassim Al Kuwari", "too predictable", None),
        (I, "Jassim Al Kuwari", "opponents had learned how to neutralise Al Arabi's wide players", None),
        (I, "Qatar Stars League", "Al Arabi have conceded 14 goals in their last five matches, the worst record in the "
            "league over that period", None),
    ],
    "actors": [
        actor("Vitor Sequeira", "person", title="Al Arabi coach", affiliation="Al Arabi",
              aliases=["Vitor Sequeira", "Sequeira", "the 54-year-old Portuguese"], stance=1),
        actor("Al Arabi", "organisation", title="football club", aliases=["Al Arabi"], stance=1),
        actor("Khalid Al Hajri", "person", title="Al Arabi captain", affiliation="Al Arabi",
              aliases=["Khalid Al Hajri", "Al Hajri"], stance=1),
        actor("Nenad Vujovic", "person", title="Al Gharafa coach", affiliation="Al Gharafa",
              aliases=["Nenad Vujovic", "Vujovic"], stance=1),
        actor("Mohammed Saleh", "person", title="season ticket holder", aliases=["Mohammed Saleh", "Saleh"], stance=-1),
        actor("Jassim Al Kuwari", "person", title="former Qatar international, television analyst",
              aliases=["Jassim Al Kuwari", "Al Kuwari"], stance=-1),
        actor("Qatar Stars League", "organisation", title="league", aliases=["Qatar Stars League"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. TimesLIVE (South Africa) education (a matric maths paper leak), headline "...: rewrite not ruled out,
#    says department" and standfirst without quote marks, byline, "Education reporter" and "02 December
#    2026 - 14:20" lines, straight " and apostrophes, "pupils"/"learners". Department "has confirmed that
#    A"; spokesperson "said on Tuesday that A and that "..." were affected" (indirect plus partial), quote
#    with "Mashaba said", "He said A"; the Hawks "confirmed that A and that B"; anonymous provincial
#    official "said A", quote with "the official said"; Umalusi "said A"; union "said the department had
#    "..." of the 2020 leak, when ..." (partial only), quote with "Sadtu said in a statement"; researcher
#    "said A", quote with "she said"; pupil named Precious "said A", quote with "she said"; opposition
#    spokesperson "said the minister should appear ..." (indirect: a reported "should" clause, as
#    Greenpeace's in dev59); scare so-called "chain of custody" procedures (the writer's sentence); "The
#    department said A". Not annotated: the number of candidates, the exam timetable.
ARTICLES["data/eval/dev67/matric-maths-paper-leak-dbe.gold.json"] = {
    "article": "data/eval/dev67/matric-maths-paper-leak-dbe.txt",
    "target": "Department of Basic Education",
    "quotes": [
        (I, "Department of Basic Education", "the 2026 National Senior Certificate mathematics paper 1 was leaked before "
            "pupils sat for the exam on Friday", None),
        (I, "Terrence Mashaba", "the leak appeared to have started at a distribution point in Limpopo", None),
        (P, "Terrence Mashaba", "at least two provinces", None),
        (D, "Terrence Mashaba", "We are not going to allow the integrity of the class of 2026 to be compromised. If it "
            "is necessary to rewrite the paper in the affected areas, we will do so,", None),
        (I, "Terrence Mashaba", "a decision on a rewrite would be taken only after the investigation established how "
            "far the paper had spread", None),
        (I, "Directorate for Priority Crime Investigation", "a case had been opened and that two officials were being "
            "questioned", None),
        (I, "provincial education official", "the paper had been shared in WhatsApp groups from about 11pm on Thursday, "
            "more than ten hours before the exam started", None),
        (D, "provincial education official", "By the morning it was everywhere. We warned head office about that "
            "distribution point last year, and nobody listened,", None),
        (I, "Umalusi", "it would not approve the mathematics results until it was satisfied that the leak had not "
            "compromised them", None),
        (P, "SA Democratic Teachers Union", "failed to learn the lessons", None),
        (D, "SA Democratic Teachers Union", "Every few years we are told that the system has been tightened, and every "
            "few years we are back here,", None),
        (I, "Ayanda Khumalo", "a national rewrite would be unfair to the vast majority of pupils who had not seen the "
            "paper", None),
        (D, "Ayanda Khumalo", "The department must find the people responsible and deal with the affected centres. "
            "Punishing 290,000 children for the failures of a few officials is not the answer,", None),
        (I, "Precious Sithole", "she had studied for months and did not want to sit the paper again", None),
        (D, "Precious Sithole", "We are tired. We still have physics and life sciences to write. Nobody thought about "
            "us,", None),
        (I, "Karen van Rensburg", "the minister should appear before parliament's portfolio committee to explain how the "
            "leak happened", None),
        (S, None, "chain of custody", None),
        (I, "Department of Basic Education", "the procedures had been followed at most distribution points", None),
    ],
    "actors": [
        actor("Department of Basic Education", "government", title="national education department",
              affiliation="South Africa", aliases=["Department of Basic Education", "department"], stance=1),
        actor("Terrence Mashaba", "person", title="Department spokesperson", affiliation="Department of Basic Education",
              aliases=["Terrence Mashaba", "Mashaba"], stance=1),
        actor("Directorate for Priority Crime Investigation", "government", title="police investigation unit",
              affiliation="South African Police Service",
              aliases=["Directorate for Priority Crime Investigation", "Hawks"], stance=None),
        actor("provincial education official", "person", title="anonymous official",
              aliases=["provincial education official", "official"], stance=-1),
        actor("Umalusi", "organisation", title="quality assurance body", aliases=["Umalusi"], stance=0),
        actor("SA Democratic Teachers Union", "organisation", title="teachers' union",
              aliases=["SA Democratic Teachers Union", "Sadtu"], stance=-1),
        actor("Ayanda Khumalo", "person", title="researcher", affiliation="Equal Education",
              aliases=["Ayanda Khumalo", "Khumalo"], stance=-1),
        actor("Precious Sithole", "person", title="matric pupil, 18 (Soweto)", aliases=["Precious Sithole", "Sithole"],
              stance=-1),
        actor("Karen van Rensburg", "person", title="DA spokesperson on basic education", affiliation="DA",
              aliases=["Karen van Rensburg", "van Rensburg"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Age (Melbourne) culture/business (a music festival cancelled weeks out), headline with a curly
#    single fragment "... as promoter blames ‘perfect storm’" (partial for the promoter, named in the
#    headline as "promoter"), standfirst without speech, byline and "December 2, 2026 — 5.30pm" lines,
#    curly quotes and apostrophes, "per cent", "Cr" (councillor). Promoter "announced the cancellation ...,
#    blaming what it called a "..." of ..." (act plus partial, the same words as the headline); "The
#    company said A"; director's quote before "Arcadia Live director Nick Castellano told The Age", Q&A
#    "Asked why ..., Castellano said: "...""; singer "said A", quote with "she said", "Okafor said A";
#    ticketholder "said A", quote with "she said"; regulator's spokeswoman "said A and that B"; industry body
#    "said the cancellation reflected the "..." on ..., with costs rising ..." (partial only); anonymous
#    industry source "said A and had B" (one span); mayor "said A", quote with "Cr Kostopoulos said"; scare
#    so-called "festival winter"; "Arcadia Live said A".
ARTICLES["data/eval/dev67/riverlight-festival-cancelled-arcadia.gold.json"] = {
    "article": "data/eval/dev67/riverlight-festival-cancelled-arcadia.txt",
    "target": "Arcadia Live",
    "quotes": [
        (P, "Arcadia Live", "perfect storm", "Riverlight festival axed"),
        (P, "Arcadia Live", "perfect storm", "blaming what it called"),
        (I, "Arcadia Live", "all ticketholders would be refunded in full through the ticketing platform within 30 "
            "business days", None),
        (D, "Nick Castellano", "This is the hardest decision we have ever had to make. We have put everything into "
            "Riverlight for five years, and we are heartbroken,", None),
        (D, "Nick Castellano", "We kept hoping sales would pick up in the last few weeks. In hindsight, we should have "
            "been upfront sooner.", None),
        (I, "Maddie Okafor", "the band had learnt of the cancellation from a fan\u2019s Instagram message", None),
        (D, "Maddie Okafor", "We turned down two other shows for that weekend. We still haven\u2019t heard from anyone at "
            "Arcadia, and a lot of the smaller acts were counting on that money,", None),
        (I, "Maddie Okafor", "several artists were still waiting for deposits that were due in October", None),
        (I, "Jess Nguyen", "she had little faith in the refund promise", None),
        (D, "Jess Nguyen", "They took our money in March. I\u2019ll believe it when it\u2019s back in my account,", None),
        (I, "Consumer Affairs Victoria spokeswoman", "consumers were generally entitled to a refund when an event was "
            "cancelled and that the regulator would monitor the situation", None),
        (P, "Live Performance Australia", "enormous pressure", None),
        (I, "industry source", "Riverlight had sold fewer than half of its tickets and had struggled to find a major "
            "sponsor after its main partner, a beverage company, pulled out in July", None),
        (I, "Anna Kostopoulos", "the council had committed $150,000 to the event and would seek to recover the money",
            None),
        (D, "Anna Kostopoulos", "It\u2019s a blow for the waterfront traders who were counting on that weekend. We want "
            "to see a festival on the foreshore again, but we need to be confident it will actually happen,", None),
        (S, None, "festival winter", None),
        (I, "Arcadia Live", "it would not be staging any events in 2027", None),
    ],
    "actors": [
        actor("Arcadia Live", "organisation", title="festival promoter",
              aliases=["Arcadia Live", "promoter", "company", "Arcadia"], stance=1),
        actor("Nick Castellano", "person", title="director", affiliation="Arcadia Live",
              aliases=["Nick Castellano", "Castellano"], stance=1),
        actor("Maddie Okafor", "person", title="singer", affiliation="Saltbush Radio",
              aliases=["Maddie Okafor", "Okafor"], stance=-1),
        actor("Jess Nguyen", "person", title="ticketholder", aliases=["Jess Nguyen", "Nguyen"], stance=-1),
        actor("Consumer Affairs Victoria spokeswoman", "person", title="spokeswoman",
              affiliation="Consumer Affairs Victoria", aliases=["Consumer Affairs Victoria spokeswoman"], stance=0),
        actor("Live Performance Australia", "organisation", title="industry body",
              aliases=["Live Performance Australia"], stance=1),
        actor("industry source", "person", title="anonymous industry source", aliases=["industry source"], stance=-1),
        actor("Anna Kostopoulos", "person", title="City of Greater Geelong mayor",
              affiliation="City of Greater Geelong", aliases=["Anna Kostopoulos", "Cr Kostopoulos", "Kostopoulos"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
