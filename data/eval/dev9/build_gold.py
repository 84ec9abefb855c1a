"""Build the dev9 gold files (data/eval/dev9/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev5/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev9/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev9.  Standard library only.
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
# 1. PTI copy (Indian English), dateline "Bengaluru, Mar 18 (PTI)" with no dash, straight double
#    quotes, straight apostrophes (Hon'ble, Drivers', Minister's). Lede "a move Transport Minister
#    X said would "..."": partial. Notification: content before "according to the notification
#    issued by the Transport Department" (the document speaks for the department; the span includes
#    the opening "Under the ... Rules, 2025,"). "said Mr Gowda, speaking to reporters" after the
#    quote. "The minister further said A, and that B": one span. Scare "so-called "1.5x rule"".
#    Long apposition title, then "informed that A and that B": one indirect span. Press note
#    "quoted Shri H M Venkatesh Gowda as stating that the rules were "..."": partial, Gowda.
#    Industry body "said in a statement that the cap was "arbitrary" and that it would ...":
#    partial plus indirect, then "the association said". Aggregator spokesperson "said A, but
#    declined to comment further": indirect only. Union leader "welcomed ... but alleged that ...
#    "..." ...": partial only (welcomed not annotated). "Mr Pasha told PTI". Opposition leader
#    "claimed the rules had been drafted "in a hurry" without ...": partial only; "Mr Shetty said in
#    a post on X". "Many commuters, however, welcomed the move." not speech. Commuter "said Ananya
#    Rao, 34, a software engineer who ...". "Sources in the Transport Department said": group.
#    "assured aggregators that A and that the government was "open to dialogue" ...": indirect plus
#    partial.
ARTICLES["data/eval/dev9/karnataka-surge-fare-cap.gold.json"] = {
    "article": "data/eval/dev9/karnataka-surge-fare-cap.txt",
    "target": "Karnataka government",
    "quotes": [
        (P, "H M Venkatesh Gowda", "end the daylight robbery", None),
        (I, "Transport Department", "Under the Karnataka On-Demand Transportation Technology Aggregators (Amendment) "
            "Rules, 2025, aggregators will also have to provide accident insurance cover of Rs 5 lakh to every "
            "driver and show passengers a break-up of the fare before a ride is confirmed", None),
        (D, "H M Venkatesh Gowda", "The government is not against aggregators. But a commuter who pays Rs 300 for a "
            "six-km ride on a normal evening cannot be charged Rs 1,100 because it is raining. That is not market "
            "pricing, that is exploitation,", None),
        (I, "H M Venkatesh Gowda", "the department had received more than 2,300 complaints about fares since "
            "January, and that the cap would apply to both cabs and auto-rickshaws booked through apps", None),
        (S, None, "1.5x rule", None),
        (I, "C Mallikarjun", "12 enforcement squads had been formed and that aggregators found violating the cap "
            "would face a penalty of Rs 25,000 for the first offence and suspension of their licence for repeat "
            "offences", None),
        (P, "H M Venkatesh Gowda", "in the interest of the common man", None),
        (P, "Indian Mobility Platforms Association", "arbitrary", None),
        (I, "Indian Mobility Platforms Association", "it would lead to fewer cabs on the road at the very hours "
            "commuters needed them most", None),
        (D, "Indian Mobility Platforms Association", "Surge pricing exists because supply has to be pulled in when "
            "demand spikes. If drivers earn the same at 9 pm in a downpour as they do at noon, many will simply "
            "log off,", None),
        (I, "spokesperson for Zipride", "the company was studying the notification", None),
        (P, "Syed Imran Pasha", "more than 30 per cent", None),
        (D, "Syed Imran Pasha", "The government has capped what the passenger pays. Who will cap what the company "
            "takes from us?", None),
        (P, "K S Nagaraj Shetty", "in a hurry", None),
        (D, "K S Nagaraj Shetty", "This government announces first and thinks later. Commuters and drivers will "
            "both pay the price,", None),
        (D, "Ananya Rao", "Last monsoon I paid Rs 940 to get home from Manyata Tech Park, a ride that normally "
            "costs Rs 280. My daughter was alone at home, so I had no choice. If this rule is enforced properly, "
            "it will help people like me,", None),
        (I, "Sources in the Transport Department", "the file had been cleared by the Chief Minister's office last "
            "week after the Law Department raised no objections", None),
        (I, "H M Venkatesh Gowda", "the cap would be reviewed after six months", None),
        (P, "H M Venkatesh Gowda", "open to dialogue", None),
    ],
    "actors": [
        actor("H M Venkatesh Gowda", "person", title="Minister for Transport and Muzrai",
              affiliation="Government of Karnataka",
              aliases=["H M Venkatesh Gowda", "Gowda", "Mr Gowda", "The minister"], stance=1),
        actor("Transport Department", "government", title="state transport department (its notification)",
              affiliation="Government of Karnataka",
              aliases=["Transport Department", "the department"], stance=1),
        actor("C Mallikarjun", "person",
              title="Additional Commissioner for Transport (Enforcement), Bengaluru Urban Division",
              affiliation="Transport Department, Karnataka",
              aliases=["C Mallikarjun", "Mallikarjun"], stance=1),
        actor("Indian Mobility Platforms Association", "organisation", title="ride-hailing industry body",
              aliases=["Indian Mobility Platforms Association", "IMPA", "the association"], stance=-1),
        actor("spokesperson for Zipride", "person", title="spokesperson", affiliation="Zipride",
              aliases=["spokesperson for Zipride"], stance=0),
        actor("Syed Imran Pasha", "person", title="president", affiliation="Bengaluru Cab Drivers' Federation",
              aliases=["Syed Imran Pasha", "Pasha", "Mr Pasha"], stance=0),
        actor("K S Nagaraj Shetty", "person", title="Leader of the Opposition in the Legislative Assembly",
              affiliation="Karnataka Legislative Assembly",
              aliases=["K S Nagaraj Shetty", "Shetty", "Mr Shetty"], stance=-1),
        actor("Ananya Rao", "person", title="software engineer (34), commuter from Hebbal",
              aliases=["Ananya Rao", "Rao"], stance=1),
        actor("Sources in the Transport Department", "group", title="anonymous department sources",
              affiliation="Transport Department, Karnataka",
              aliases=["Sources in the Transport Department"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AP-style science story, curly double quotes and apostrophes, punctuation inside closing marks
#    ("within weeks." / "as a curiosity."). Lede content before "according to a study published
#    ..." (the study is the researchers, as in dev2); "They reported that ..." (researchers; the
#    writer's "That is roughly as bright as ..." is not part of it). Lead author named after the
#    first quote ("said Mairi Lennox, an astrophysicist at Edinburgh who led the study"). Scare
#    "a campaign known as "dark and quiet skies,"". Company statement: partial plus indirect, then "the
#    company said". CEO "was more combative. In a post on X ..., he called the study "..." and said
#    Helion would publish ... "within weeks."": two partials. University press release "quoted a
#    co-author, astronomy professor Ravi Menon, as saying: "..."": direct, Menon; "The release
#    said ..." indirect, the university. Space agency "said in a statement that ..." (indirect), then
#    a direct with "the agency said, adding that ..." (indirect). Q&A in prose: the reporter's
#    question (direct, "one reporter") and Lennox's answer split by "Lennox replied" (two directs;
#    "Seventh magnitude," is a full answer). "was pressed on what ..." not annotated. Telescope
#    operator "recalled that ... "as a curiosity."": partial only; then "said Ibáñez, 58".
ARTICLES["data/eval/dev9/lumanet-satellites-brightness.gold.json"] = {
    "article": "data/eval/dev9/lumanet-satellites-brightness.txt",
    "target": "Helion Orbital",
    "quotes": [
        (I, "researchers", "A new generation of broadband satellites operated by Texas-based Helion Orbital is "
            "bright enough to be seen with the naked eye from dark sites and is already spoiling observations at "
            "major observatories", None),
        (I, "researchers", "the craft shine at about magnitude 3 shortly after launch and fade only slightly after "
            "reaching their operating altitude of 320 miles", None),
        (D, "Mairi Lennox", "We\u2019ve been measuring satellites for six years, and we have never seen anything "
            "like this,", None),
        (D, "Mairi Lennox", "Every long exposure we take toward the horizon at twilight now has at least one streak "
            "across it.", None),
        (S, None, "dark and quiet skies,", None),
        (P, "Helion Orbital", "during a brief orbit-raising phase that does not reflect normal operations", None),
        (I, "Helion Orbital", "its engineers had already begun testing a darker antenna coating on satellites "
            "launched this spring", None),
        (D, "Helion Orbital", "We take our responsibility to the night sky seriously. Astronomers are our partners, "
            "not our adversaries,", None),
        (P, "Travis Kemper", "a hit piece dressed up as science", None),
        (P, "Travis Kemper", "within weeks.", None),
        (D, "Ravi Menon", "The sky is a shared resource. At the moment, the rules for using it are written by "
            "whoever launches first.", None),
        (I, "University of Edinburgh", "the team would make its measurement software freely available to other "
            "observatories", None),
        (I, "European Space Agency", "it shared the researchers\u2019 concerns", None),
        (D, "European Space Agency", "Bright satellites affect not only astronomy but also our ability to track "
            "space debris and near-Earth asteroids,", None),
        (I, "European Space Agency", "it would raise the issue at a meeting of the U.N. Committee on the Peaceful "
            "Uses of Outer Space in Vienna in June", None),
        (D, "one reporter", "Is there a brightness level you would accept?", None),
        (D, "Mairi Lennox", "Seventh magnitude,", None),
        (D, "Mairi Lennox", "That\u2019s the limit astronomers proposed in 2020, and some operators have met it. "
            "It can be done.", None),
        (P, "Carlos Ib\u00e1\u00f1ez", "as a curiosity.", None),
        (D, "Carlos Ib\u00e1\u00f1ez", "Now it\u2019s part of the weather report. Clouds, moon, LumaNet,", None),
    ],
    "actors": [
        actor("researchers", "group", title="study authors (Nature Astronomy)",
              affiliation="University of Edinburgh-led team",
              aliases=["researchers", "study"], stance=-1),
        actor("Mairi Lennox", "person", title="astrophysicist, lead author of the study",
              affiliation="University of Edinburgh",
              aliases=["Mairi Lennox", "Lennox"], stance=-1),
        actor("Helion Orbital", "organisation", title="satellite broadband operator (Texas)",
              aliases=["Helion Orbital", "Helion", "the company"], stance=1),
        actor("Travis Kemper", "person", title="founder and chief executive", affiliation="Helion Orbital",
              aliases=["Travis Kemper", "Kemper"], stance=1),
        actor("Ravi Menon", "person", title="astronomy professor, co-author of the study",
              affiliation="University of Edinburgh",
              aliases=["Ravi Menon", "Menon"], stance=-1),
        actor("University of Edinburgh", "organisation", title="university (press release)",
              aliases=["University of Edinburgh", "release"], stance=None),
        actor("European Space Agency", "organisation", title="space agency",
              aliases=["European Space Agency", "the agency"], stance=-1),
        actor("one reporter", "person", title="reporter at the news briefing",
              aliases=["one reporter"], stance=None),
        actor("Carlos Ib\u00e1\u00f1ez", "person", title="night-shift telescope operator (58)",
              affiliation="Roque de los Muchachos Observatory, La Palma",
              aliases=["Carlos Ib\u00e1\u00f1ez", "Ib\u00e1\u00f1ez"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. New York Times-style arts story, curly double quotes in the body, curly single in the
#    Title Case headline, curly apostrophes, dateline with an em dash, honorifics (Mr. Ybarra,
#    Ms. Ferrante). Headline fragment ‘Quiet Censorship’ -> the artist (the entity the headline
#    names). Deck without speech. "learned that ..." not a speech cue. Artist "said by phone from
#    ..." splitting two quotes. Exhibition title in quote marks ("Tomás Ybarra: Block by Block,"):
#    scare (nobody is said to have said it). Director's letter to staff: "wrote that ... “...”
#    after a review of “...” ...": two partials; "The letter did not mention Mr. Pell" (negated)
#    not annotated; "Ms. Ferrante wrote that ..." indirect. Interview: two directs split by "she
#    said"; "Asked whether ..." not annotated, the answer is. Board chairman "insisted in a
#    statement that trustees “fully support” ... and that ...": partial plus indirect. Artist's
#    quote over two paragraphs after "Mr. Ybarra was unmoved." (three directs: one before "he said",
#    the open paragraph to the end of its line, the closing paragraph). "protesters chanted “...”":
#    direct, group. Union statement (partial); union president named after the quote ("the
#    union’s president, Denise Walcott, told the crowd"). Critic "writing in ..., called the
#    decision “...” and noted that ...": partial plus indirect. "The museum has not said whether
#    ..." and "did not respond to requests for comment" not annotated.
ARTICLES["data/eval/dev9/carrow-museum-pulled-painting.gold.json"] = {
    "article": "data/eval/dev9/carrow-museum-pulled-painting.txt",
    "target": "Claudia Ferrante",
    "quotes": [
        (P, "Tom\u00e1s Ybarra", "Quiet Censorship", None),
        (D, "Tom\u00e1s Ybarra", "First they told me it was a question of space,", None),
        (D, "Tom\u00e1s Ybarra", "Then it was a question of lighting. By the third call, nobody was pretending "
            "anymore.", None),
        (S, None, "Tom\u00e1s Ybarra: Block by Block,", None),
        (P, "Claudia Ferrante", "on the advice of counsel", None),
        (P, "Claudia Ferrante", "potential legal exposure", None),
        (I, "Claudia Ferrante", "the decision had been hers alone", None),
        (D, "Claudia Ferrante", "I have spent my whole career fighting for artists\u2019 right to make people "
            "uncomfortable,", None),
        (D, "Claudia Ferrante", "This is not about discomfort. It\u2019s about a private citizen being put on a wall "
            "in a way our lawyers told me could expose the museum to a lawsuit.", None),
        (D, "Claudia Ferrante", "I\u2019m not going to discuss conversations with individual trustees,", None),
        (P, "Warren Achterberg", "fully support", None),
        (I, "Warren Achterberg", "no board member had asked for the painting to be removed", None),
        (D, "Tom\u00e1s Ybarra", "Every face in that crowd is somebody,", None),
        (D, "Tom\u00e1s Ybarra", "My neighbor is in there. The man who sold me my first car is in there. Nobody "
            "called a lawyer about them.", None),
        (D, "Tom\u00e1s Ybarra", "What they have done is quiet censorship. It is polite, it comes with an apology, "
            "and it is still censorship.", None),
        (D, "protesters", "Hang it back up!", None),
        (P, "Carrow Workers United", "undermines the trust between this institution and the artists and "
            "communities it claims to serve.", None),
        (D, "Denise Walcott", "Our members stand next to these paintings all day and answer the public\u2019s "
            "questions, and we are not going to stand next to an empty wall and lie about why it\u2019s empty,",
            None),
        (P, "Lydia Strand", "a failure of nerve dressed up as prudence", None),
        (I, "Lydia Strand", "museums routinely show works depicting real people, from royal portraits to news "
            "photographs", None),
    ],
    "actors": [
        actor("Tom\u00e1s Ybarra", "person", title="painter (62)",
              aliases=["Tom\u00e1s Ybarra", "Ybarra", "Mr. Ybarra", "Artist"], stance=-1),
        actor("Claudia Ferrante", "person", title="museum director (51)", affiliation="Carrow Museum of Art",
              aliases=["Claudia Ferrante", "Ferrante", "Ms. Ferrante", "Museum Director"], stance=1),
        actor("Warren Achterberg", "person", title="chairman of the board of trustees",
              affiliation="Carrow Museum of Art",
              aliases=["Warren Achterberg", "Achterberg"], stance=1),
        actor("protesters", "group", title="protesters on the museum steps",
              aliases=["protesters"], stance=-1),
        actor("Carrow Workers United", "organisation", title="museum staff union",
              aliases=["Carrow Workers United", "the union"], stance=-1),
        actor("Denise Walcott", "person", title="union president", affiliation="Carrow Workers United",
              aliases=["Denise Walcott", "Walcott"], stance=-1),
        actor("Lydia Strand", "person", title="art critic", affiliation="Quarry (online arts magazine)",
              aliases=["Lydia Strand", "Strand"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AFP election wire, dateline "Ulaanbaatar (AFP) -", straight double quotes, straight
#    apostrophes (Mongolia's, DRP's), punctuation outside the closing mark for a fragment
#    ("public confidence".). Lede "refused ... to accept ..., saying ...": participial cue,
#    indirect (refused not annotated), speaker the opposition party. Figures "according to
#    figures published by the commission" and "..., the commission said" (content before the cue;
#    the commission speaks as an institution), later "Turnout was ..., according to the commission".
#    Opposition leader introduced in a non-speech paragraph, then "she told a rally" between two
#    directs. "The crowd chanted "...!"": direct, group. Prime minister "claimed victory" (no
#    proposition, not annotated), then "he told supporters" between two directs. Commission chairman
#    "told reporters that ... "..." and that ...": partial plus indirect, then "he said". Content
#    before "a spokeswoman for the commission said". Scare "so-called "mixed" system". Observer
#    mission "said in a preliminary statement that A "..." but that B "..."": two partials only.
#    Head of mission "told a news conference: "..."" (colon). Domestic monitors "said its observers
#    had ..." (indirect). Analyst named after the quote ("said Bolormaa Tseren, a political
#    scientist at ...").
ARTICLES["data/eval/dev9/mongolia-election-count-stalls.gold.json"] = {
    "article": "data/eval/dev9/mongolia-election-count-stalls.txt",
    "target": "General Election Commission",
    "quotes": [
        (I, "Democratic Renewal Party", "the General Election Commission had halted the count in three provinces to "
            "protect the governing party's majority", None),
        (I, "General Election Commission", "With 71 of the 126 seats in the State Great Khural declared, the "
            "governing National Unity Party (NUP) had won 48 and the opposition Democratic Renewal Party (DRP) 19",
            None),
        (I, "General Election Commission", "Counting was suspended in Khovd, Bayan-\u00d6lgii and Dornod as a "
            "precaution after electronic counting machines there produced tallies that did not match the number "
            "of ballots issued", None),
        (D, "Sarnai Ganbold", "This election was won at the polling stations, and it is being stolen in the "
            "counting rooms,", None),
        (D, "Sarnai Ganbold", "We will not leave this square until every ballot in Khovd is counted in front of "
            "observers.", None),
        (D, "crowd", "Count in the open!", None),
        (D, "Tumurbaatar Dorj", "The Mongolian people have chosen stability over slogans,", None),
        (D, "Tumurbaatar Dorj", "The opposition should respect the commission and wait for the final count, as we "
            "are doing.", None),
        (P, "Namsrai Enkhtuya", "software configuration error", None),
        (I, "Namsrai Enkhtuya", "ballots from the three provinces would be recounted by hand in the presence of "
            "party agents and observers", None),
        (D, "Namsrai Enkhtuya", "There is no political motive here. The commission stopped the count precisely "
            "because it found a problem, which is what a commission is supposed to do,", None),
        (I, "spokeswoman for the commission", "Hand counting would begin on Monday and could take up to four days",
            None),
        (S, None, "mixed", None),
        (P, "Observers from the Organization for Security and Co-operation in Europe",
            "competitive and well administered on election day", None),
        (P, "Observers from the Organization for Security and Co-operation in Europe",
            "was poorly communicated and has damaged public confidence", None),
        (D, "Elina Saarinen", "We saw no evidence of manipulation of the count. We also heard no convincing "
            "explanation, in the first 24 hours, of why it stopped.", None),
        (I, "Open Ballot", "its observers had been kept out of the counting centre in Khovd for more than three "
            "hours on Friday night", None),
        (D, "Bolormaa Tseren", "Whatever the recount shows, the commission has a credibility problem. This is the "
            "third election in a row where the story has been the machines, not the voters,", None),
        (I, "General Election Commission", "Turnout was 68.4 percent, slightly higher than in the previous "
            "election", None),
    ],
    "actors": [
        actor("Democratic Renewal Party", "organisation", title="main opposition party",
              aliases=["Democratic Renewal Party", "DRP", "main opposition party"], stance=-1),
        actor("General Election Commission", "organisation", title="national election commission",
              affiliation="Mongolia",
              aliases=["General Election Commission", "the commission", "GEC"], stance=1),
        actor("Sarnai Ganbold", "person", title="party leader (46)", affiliation="Democratic Renewal Party",
              aliases=["Sarnai Ganbold", "Ganbold"], stance=-1),
        actor("crowd", "group", title="opposition rally in Sukhbaatar Square",
              aliases=["crowd"], stance=-1),
        actor("Tumurbaatar Dorj", "person", title="Prime Minister", affiliation="National Unity Party",
              aliases=["Tumurbaatar Dorj", "Dorj"], stance=1),
        actor("Namsrai Enkhtuya", "person", title="chairman", affiliation="General Election Commission",
              aliases=["Namsrai Enkhtuya", "Enkhtuya"], stance=1),
        actor("spokeswoman for the commission", "person", title="spokeswoman",
              affiliation="General Election Commission",
              aliases=["spokeswoman for the commission"], stance=None),
        actor("Observers from the Organization for Security and Co-operation in Europe", "organisation",
              title="international election observation mission", affiliation="OSCE",
              aliases=["Observers from the Organization for Security and Co-operation in Europe",
                       "OSCE observers"], stance=0),
        actor("Elina Saarinen", "person", title="head of the observer mission, former Finnish lawmaker",
              affiliation="OSCE",
              aliases=["Elina Saarinen", "Saarinen"], stance=0),
        actor("Open Ballot", "organisation", title="domestic election monitoring group",
              aliases=["Open Ballot"], stance=-1),
        actor("Bolormaa Tseren", "person", title="political scientist",
              affiliation="National University of Mongolia",
              aliases=["Bolormaa Tseren", "Tseren"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
