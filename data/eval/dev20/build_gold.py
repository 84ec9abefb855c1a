"""Build the dev20 gold files (data/eval/dev20/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev20/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev20.  Standard library only.
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
# 1. AFP Brussels politics, dateline "Brussels (AFP) -", curly “ ” in the body and ‘ ’ in the
#    headline, ’ apostrophes, British punctuation outside closing marks for fragments. Headline
#    fragment ‘a solution in search of a problem’ -> France (the country the headline names; the
#    words recur inside Maréchal's direct quote, which is a separate entry). Lede "proposed ... to
#    end ..." is an action (a proposal), not reported speech. Commission statement (indirect).
#    Commissioner named after her quote ("Transport Commissioner X told reporters in Brussels"),
#    then "She said A and that B “...”" (indirect plus partial). Scare “summer-time directive”
#    (a law's nickname). Minister "told France Inter radio that ... “no urgency” ... and would not
#    accept ... “artificial”" (two partials, no indirect), then "Maréchal said". German minister
#    "said in a statement, adding that" (direct plus indirect). MEP "wrote on X: “...”". MEP named
#    after his quote with a long apposition, then "argued that A, and said B" (two spans).
#    "Asked whether ..." not annotated; spokesperson "said: “...”", "She added that". Country
#    speaker "Spain, which ..., has said" (indirect). "Diplomats expect ..." is not speech.
ARTICLES["data/eval/dev20/eu-clock-change-proposal.gold.json"] = {
    "article": "data/eval/dev20/eu-clock-change-proposal.txt",
    "target": "European Commission",
    "quotes": [
        (P, "France", "a solution in search of a problem", "France calls"),
        (I, "European Commission", "84 percent of the 4.6 million people who took part in its 2018 public "
            "consultation had wanted the clock changes to end", None),
        (D, "Elina Saarinen", "Citizens told us very clearly that they want this to stop. We have listened, and "
            "now it is up to the capitals to finish the job,", None),
        (I, "Elina Saarinen", "the Commission had learned the lessons of its failed 2018 proposal", None),
        (P, "Elina Saarinen", "far more room", None),
        (S, None, "summer-time directive", None),
        (P, "Bertrand Maréchal", "no urgency", None),
        (P, "Bertrand Maréchal", "artificial", None),
        (D, "Bertrand Maréchal", "This is a solution in search of a problem. At the end of the month the French "
            "have other worries than the position of the hands on their kitchen clock,", None),
        (D, "Katrin Vogelsang", "We have been ready for this since 2019,", None),
        (I, "Katrin Vogelsang", "Berlin would consult France, Poland and its other neighbours before making a "
            "choice", None),
        (D, "Joost Verhaar", "Six years late, but welcome. Now the Council has no more excuses.", None),
        (D, "Jean-Loup Castagné", "Nobody in my region asked Brussels to decide when the sun comes up,", None),
        (I, "Jean-Loup Castagné", "the Commission\u2019s impact assessment had underestimated the cost to farmers "
            "and schools", None),
        (I, "Jean-Loup Castagné", "he would table amendments pushing the deadline back to 2030", None),
        (D, "Marta Oliveira", "We are not in the business of withdrawing proposals before the debate has even "
            "started.", None),
        (I, "Marta Oliveira", "the proposal contained a review clause allowing member states to revisit their "
            "choice after five years", None),
        (I, "Spain", "it is leaning towards permanent winter time", None),
    ],
    "actors": [
        actor("France", "country", title="EU member state", aliases=["France", "Paris"], stance=-1),
        actor("European Commission", "organisation", title="EU executive",
              aliases=["European Commission", "the Commission", "Commission"], stance=1),
        actor("Elina Saarinen", "person", title="transport commissioner", affiliation="European Commission",
              aliases=["Elina Saarinen", "Saarinen"], stance=1),
        actor("Bertrand Maréchal", "person", title="transport minister", affiliation="French government",
              aliases=["Bertrand Maréchal", "Maréchal"], stance=-1),
        actor("Katrin Vogelsang", "person", title="economy minister", affiliation="German government",
              aliases=["Katrin Vogelsang", "Vogelsang"], stance=1),
        actor("Joost Verhaar", "person", title="MEP (Dutch, liberal)", affiliation="European Parliament",
              aliases=["Joost Verhaar", "Verhaar"], stance=1),
        actor("Jean-Loup Castagné", "person", title="MEP (French, conservative, Brittany)",
              affiliation="European Parliament", aliases=["Jean-Loup Castagné", "Castagné"], stance=-1),
        actor("Marta Oliveira", "person", title="chief spokesperson", affiliation="European Commission",
              aliases=["Marta Oliveira", "Oliveira"], stance=1),
        actor("Spain", "country", title="EU member state", aliases=["Spain"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Local TV station website (Arkansas), dateline "HARLAN SPRINGS, Ark. (KHSA) -", straight "
#    and apostrophes (city's, That's, can't, I'm), punctuation inside closing marks, one-sentence
#    paragraphs. Lede "some neighbors say" (present tense, group). "according to Lt. X, the
#    department's public information officer" after a clause holding a fragment (partial only).
#    Content before "Oyelaran said" (one span with the apposition). Neighbor "said A and that it
#    felt like "forever" ..." (indirect plus partial), then a quote split by "Giesler said".
#    Second neighbor introduced with "Another neighbor, X, said", then "said Villanueva, 34".
#    "Oyelaran confirmed" after the content. "He said ... because of a "brownout," ..." (partial
#    only). "Asked whether ..., Oyelaran paused." then "he said" (direct). Chief's written
#    statement "that ... "..." and that B" (partial plus indirect), then "the statement said"
#    (the chief's). Family statement: "thanked" is a speech act without content; "the family
#    said" split quote (two directs). "neighbors said" after the content. Copyright line.
ARTICLES["data/eval/dev20/harlan-springs-house-fire-response.gold.json"] = {
    "article": "data/eval/dev20/harlan-springs-house-fire-response.txt",
    "target": "Harlan Springs Fire Department",
    "quotes": [
        (I, "neighbors", "firefighters took far too long to arrive", None),
        (P, "Marcus Oyelaran", "fully involved,", None),
        (I, "Marcus Oyelaran", "Firefighters found Eugene Holloway, a retired letter carrier, in a back bedroom, "
            "and he was pronounced dead at the scene", None),
        (D, "Marcus Oyelaran", "Our crews went in aggressively. They did everything they could to reach him,", None),
        (I, "Tammy Giesler", "she called 911 at 3:38 a.m.", None),
        (P, "Tammy Giesler", "forever", None),
        (D, "Tammy Giesler", "I was standing in my yard in my robe, screaming at the street. Where are they? "
            "Where are they?", None),
        (D, "Tammy Giesler", "By the time the truck came, the whole roof was gone.", None),
        (I, "Hector Villanueva", "he and his teenage son tried to get in through the back door but were driven "
            "back by the heat and smoke", None),
        (D, "Hector Villanueva", "I could hear the smoke alarm going off inside. That's the part I can't get out "
            "of my head,", None),
        (I, "Marcus Oyelaran", "The first engine arrived at 3:56 a.m., 18 minutes after Giesler's call", None),
        (P, "Marcus Oyelaran", "brownout,", None),
        (D, "Marcus Oyelaran", "Nobody can answer that, and I'm not going to guess with a family grieving,", None),
        (P, "Randall Pruett", "performed exactly as trained", None),
        (I, "Randall Pruett", "decisions about staffing were made through the city's budget process", None),
        (D, "Randall Pruett", "Even with Station 3 open, I cannot promise you the outcome would have been "
            "different. A house fire can double in size every minute,", None),
        (D, "Holloway family", "Grandpa loved this street and the people on it. We are grateful to every "
            "firefighter who went into that house for him, and to every neighbor who tried,", None),
        (D, "Holloway family", "We ask for privacy while we grieve.", None),
        (I, "neighbors", "Holloway was a deacon at Mount Zion Baptist Church for three decades and still mowed "
            "his own lawn", None),
    ],
    "actors": [
        actor("neighbors", "group", title="residents of Pecan Ridge Drive", aliases=["neighbors"], stance=-1),
        actor("Marcus Oyelaran", "person", title="public information officer (lieutenant)",
              affiliation="Harlan Springs Fire Department", aliases=["Marcus Oyelaran", "Oyelaran"], stance=1),
        actor("Tammy Giesler", "person", title="neighbor (56), lives across the street",
              aliases=["Tammy Giesler", "Giesler"], stance=-1),
        actor("Hector Villanueva", "person", title="neighbor (34)",
              aliases=["Hector Villanueva", "Villanueva"], stance=None),
        actor("Randall Pruett", "person", title="fire chief", affiliation="Harlan Springs Fire Department",
              aliases=["Randall Pruett", "Pruett"], stance=1),
        actor("Holloway family", "group", title="family of the victim, Eugene Holloway",
              aliases=["Holloway family", "the family"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Tech news site (founder lawsuit), byline, curly “ ” in the body and ‘ ’ in the headline, ’
#    apostrophes (Osei’s, you’ve, don’t), American punctuation inside closing marks. Headline
#    fragment ‘erased’ -> Renata Osei (the headline names her as "Murmur co-founder"; the body's
#    “erased” from the complaint is a separate partial). Lede participial "alleging that"
#    (indirect). The complaint speaks for its author, the plaintiff Osei: "says A “...” ..., and
#    that B" (partial plus indirect), "According to the complaint, ..." (indirect). Slack message
#    reproduced in the filing: "Strand wrote" (the words are Strand's; two directs). X post split
#    by "he wrote" (two directs). Spokesperson "said A but that B “...”" (indirect plus partial).
#    Scare so-called “founder mode,”. Former employees "who asked not to be named ..., said A and
#    that B" (one span; anonymity clause not annotated); "said one former engineer, who asked not
#    to be named ..." (direct, separate actor). Investor "wrote on X that he had “...”" (partial
#    only). Lawyer "said in an interview that the case was about “...”" (partial only), then "she
#    said" (direct). "declined to comment beyond the filing" not annotated. Follow-up post "he
#    wrote" (direct).
ARTICLES["data/eval/dev20/murmur-cofounder-lawsuit-strand.gold.json"] = {
    "article": "data/eval/dev20/murmur-cofounder-lawsuit-strand.txt",
    "target": "Julian Strand",
    "quotes": [
        (P, "Renata Osei", "erased", "Murmur co-founder sues"),
        (I, "Renata Osei", "he pushed her out of the company weeks before a funding round that valued it at "
            "$2.1 billion", None),
        (P, "Renata Osei", "erased", "name was"),
        (I, "Renata Osei", "Murmur\u2019s board cancelled 4.2 million of her unvested shares without telling her",
            None),
        (I, "Renata Osei", "Osei wrote the first version of the transcription engine that Murmur still uses and "
            "ran product and hiring for most of the company\u2019s first two years", None),
        (D, "Julian Strand", "I think you\u2019ve become a passenger here,", None),
        (D, "Julian Strand", "Passengers don\u2019t get a say in the route.", None),
        (D, "Julian Strand", "Renata is talented and I wish her well. This lawsuit is fan fiction,", None),
        (D, "Julian Strand", "We\u2019ll answer it in court, not on here.", None),
        (I, "Murmur spokesperson", "the company does not comment on pending litigation", None),
        (P, "Murmur spokesperson", "followed a process approved by the full board.", None),
        (S, None, "founder mode,", None),
        (I, "former employees", "Osei had been the person most engineers went to with problems in the company\u2019s "
            "early days and that Strand had grown openly hostile toward her after she questioned the transcript "
            "deal", None),
        (D, "one former engineer", "She hired the first 30 people. Julian was on podcasts. Then one day there\u2019s "
            "a new org chart and she\u2019s just not on it,", None),
        (P, "Garrett Lowe", "never seen a co-founder written out of a company\u2019s story this fast.", None),
        (P, "Leah Morgenstern", "who gets to tell the story of a company.", None),
        (D, "Leah Morgenstern", "Julian\u2019s version of Murmur starts with Julian. The documents tell a different "
            "story,", None),
        (D, "Julian Strand", "If you left, you don\u2019t get to narrate,", None),
    ],
    "actors": [
        actor("Renata Osei", "person", title="co-founder (33), plaintiff", affiliation="formerly Murmur",
              aliases=["Renata Osei", "Osei", "Renata", "Murmur co-founder"], stance=-1),
        actor("Julian Strand", "person", title="founder and chief executive (31)", affiliation="Murmur",
              aliases=["Julian Strand", "Strand", "Julian"], stance=1),
        actor("Murmur spokesperson", "person", title="spokesperson", affiliation="Murmur",
              aliases=["Murmur spokesperson"], stance=1),
        actor("former employees", "group", title="three former Murmur employees (anonymous)",
              affiliation="formerly Murmur", aliases=["former employees"], stance=-1),
        actor("one former engineer", "person", title="former engineer (anonymous)", affiliation="formerly Murmur",
              aliases=["one former engineer"], stance=-1),
        actor("Garrett Lowe", "person", title="partner", affiliation="Fieldstone Ventures",
              aliases=["Garrett Lowe", "Lowe"], stance=-1),
        actor("Leah Morgenstern", "person", title="lawyer for Renata Osei",
              aliases=["Leah Morgenstern", "Morgenstern"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British health/science desk (university trial), curly single ‘ ’ throughout with ’
#    apostrophes (study’s, they’ve, I’d, King’s), en dashes, punctuation outside closing marks
#    for fragments. Headline fragment ‘as much as some pills’ (study finds) -> researchers, the
#    group actor for the study and its authors (aliases researchers, study, trial). Lede content
#    before "according to a trial led by the University of Exeter" (researchers). "The researchers
#    reported that" (indirect; the en-dash gloss stays inside the span). Scare ‘breathing
#    trainer’ (a product term in the writer's sentence). Lead author named after the first
#    stretch of a split quote (two directs), then "She said A, but added that B" (two spans). The
#    university's press release "describing the device as ‘...’" (partial only; the release
#    speaks for the university). Science Media Centre expert "said: ‘...’", then "she added"
#    (directs). Second SMC expert "said A ‘...’ ... and that B" (partial plus indirect).
#    University spokesperson "said A and that B ‘...’" (indirect plus partial). Patient introduced
#    in a sentence without speech, then a quote split by "he said" (two directs). "Asked about
#    ..., Dr Trelawny said: ‘...’" (direct).
ARTICLES["data/eval/dev20/exeter-breathing-device-blood-pressure.gold.json"] = {
    "article": "data/eval/dev20/exeter-breathing-device-blood-pressure.txt",
    "target": "University of Exeter",
    "quotes": [
        (P, "researchers", "as much as some pills", None),
        (I, "researchers", "Five minutes a day of breathing hard through a handheld resistance device can lower "
            "blood pressure about as much as a common first-line medication", None),
        (I, "researchers", "412 adults with mildly raised blood pressure who used the device every day for 12 weeks "
            "saw their systolic reading \u2013 the top number \u2013 fall by an average of 9mmHg, compared with "
            "2mmHg in a group given a dummy device set to almost no resistance", None),
        (S, None, "breathing trainer", None),
        (D, "Hannah Trelawny", "It is essentially a weights session for the diaphragm,", None),
        (D, "Hannah Trelawny", "Thirty breaths, about five minutes, and you can do it in front of the television.",
            None),
        (I, "Hannah Trelawny", "the effect was similar to that of low-dose amlodipine, one of the drugs most often "
            "prescribed for high blood pressure", None),
        (I, "Hannah Trelawny", "no one should stop taking their medication without first speaking to their GP",
            None),
        (P, "University of Exeter", "as effective as a daily tablet", "describing the device as"),
        (D, "Fiona MacAskill", "This is a well-run trial and the result is genuinely interesting. But 12 weeks is "
            "not very long, and a lower reading is not the same thing as fewer strokes and heart attacks.", None),
        (D, "Fiona MacAskill", "Saying it is as effective as a daily tablet goes well beyond what these data show,",
            None),
        (P, "Oliver Penrose", "unusually robust", None),
        (I, "Oliver Penrose", "the result was unlikely to be a fluke", None),
        (I, "spokesperson for the University of Exeter", "the release had been approved by the research team",
            None),
        (P, "spokesperson for the University of Exeter", "not to swapping one for the other", None),
        (D, "Graham Pascoe", "I was sceptical. I thought it was a gimmick, to be honest,", None),
        (D, "Graham Pascoe", "But my readings came down and they\u2019ve stayed down, and I still do it every night "
            "after the news.", None),
        (D, "Hannah Trelawny", "I\u2019d have worded the press release more carefully. But the finding itself "
            "stands, and what we need now is a longer trial that looks at heart attacks and strokes.", None),
    ],
    "actors": [
        actor("researchers", "group", title="authors of the trial (published in Hypertension)",
              affiliation="University of Exeter", aliases=["researchers", "study", "trial"], stance=1),
        actor("Hannah Trelawny", "person", title="lead author; lecturer in exercise physiology",
              affiliation="University of Exeter", aliases=["Hannah Trelawny", "Trelawny", "Dr Trelawny"], stance=1),
        actor("University of Exeter", "organisation", title="university (press release)",
              aliases=["University of Exeter", "The university"], stance=1),
        actor("Fiona MacAskill", "person", title="professor of cardiovascular medicine (independent, via the "
              "Science Media Centre)", affiliation="University of Glasgow",
              aliases=["Fiona MacAskill", "MacAskill"], stance=0),
        actor("Oliver Penrose", "person", title="senior lecturer in medical statistics (independent, via the "
              "Science Media Centre)", affiliation="King\u2019s College London",
              aliases=["Oliver Penrose", "Penrose"], stance=1),
        actor("spokesperson for the University of Exeter", "person", title="spokesperson",
              affiliation="University of Exeter", aliases=["spokesperson for the University of Exeter"], stance=1),
        actor("Graham Pascoe", "person", title="trial participant (67), retired harbourmaster, Brixham",
              aliases=["Graham Pascoe", "Pascoe"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
