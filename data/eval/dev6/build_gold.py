"""Build the dev6 gold files (data/eval/dev6/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev5/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev6/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev6.  Standard library only.
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
# 1. Reuters Australian energy-market story, straight quotes and apostrophes (plants' inside an
#    indirect span, don't / hadn't inside direct quotes). Lede: "has taken Coralbay Energy to court,
#    alleging the generator made ..." (participial "alleging": indirect, speaker the regulator).
#    "said in a statement on Tuesday it would ..." (no "that"); the writer's next sentence (maximum
#    penalty) is not attributed. Title before name ("AER chair Rosalind Tait said"). "According to
#    the regulator's filing ..." (the filing speaks for the AER), "The AER alleges ...". Company
#    statement: partial plus indirect. "Coralbay's chief executive, Peter Vandenberg, told analysts",
#    then "He acknowledged A, but insisted B" (two cues, two spans), "Asked by one analyst whether
#    ..." (not annotated), "Vandenberg replied: "..."". Analyst named only after a long quote
#    ("said Fiona Carstairs, ..., who has a "hold" rating": scare), then "She said". "Two people
#    familiar with the matter said". "The AER declined to comment" (not annotated). Content before
#    "according to the Queensland Competition Authority". "In a post on X, ... wrote: "..."".
#    Content before "a Federal Court spokesperson said". "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/dev6/coralbay-aer-bidding-lawsuit.gold.json"] = {
    "article": "data/eval/dev6/coralbay-aer-bidding-lawsuit.txt",
    "target": "Coralbay Energy",
    "quotes": [
        (I, "Australian Energy Regulator", "the generator made false or misleading offers that sent wholesale "
            "electricity prices in Queensland to the market cap at least 14 times last summer", None),
        (I, "Australian Energy Regulator", "it would seek financial penalties and an order forcing Coralbay to "
            "overhaul its trading compliance", None),
        (D, "Rosalind Tait", "Generators are free to bid high. What they are not free to do is tell the market one "
            "thing and then do another. When that happens, every household and business in Queensland pays "
            "for it,", None),
        (I, "Australian Energy Regulator", "Coralbay withdrew about 600 megawatts of capacity from its gas-fired "
            "units near Gladstone minutes before dispatch on Jan. 9 and Jan. 10, citing equipment faults", None),
        (I, "Australian Energy Regulator", "the faults were never recorded in the plants' maintenance logs", None),
        (P, "Coralbay Energy", "vigorously defend", None),
        (I, "Coralbay Energy", "its bidding had complied with the rules at all times", None),
        (D, "Peter Vandenberg", "We reject any suggestion that we gamed the market. Our control-room staff made "
            "decisions in real time, with the information in front of them, to keep the units safe,", None),
        (I, "Peter Vandenberg", "the company had not always explained its rebids clearly to the market operator",
            None),
        (I, "Peter Vandenberg", "no trader had acted to push up prices", None),
        (D, "Peter Vandenberg", "No, and we don't intend to.", None),
        (D, "Fiona Carstairs", "The market had priced in a fine. What it hadn't priced in was two years in court "
            "and a regulator that clearly wants to make an example of someone,", None),
        (S, None, "hold", 'a "hold" rating'),
        (I, "Fiona Carstairs", "the case could also complicate Coralbay's plan to sell a 49% stake in the "
            "Gladstone units this year", None),
        (I, "people familiar with the matter", "the AER was also examining offers made by at least one other "
            "Queensland generator during the same heatwave", None),
        (I, "Queensland Competition Authority", "Regulated household power bills in Queensland rose 9% from "
            "July, largely because of higher network costs", None),
        (D, "Dale Huxley", "Queenslanders paid for those price spikes on their power bills. If the rules were "
            "broken, there has to be a price for that too.", None),
        (I, "Federal Court spokesperson", "A first case management hearing has been set down for Sept. 23 in "
            "Brisbane", None),
    ],
    "actors": [
        actor("Australian Energy Regulator", "organisation", title="national energy regulator",
              aliases=["Australian Energy Regulator", "AER", "the regulator", "Australia's energy regulator"],
              stance=-1),
        actor("Rosalind Tait", "person", title="chair", affiliation="Australian Energy Regulator",
              aliases=["Rosalind Tait", "Tait"], stance=-1),
        actor("Coralbay Energy", "organisation", title="power generator (Queensland)",
              aliases=["Coralbay Energy", "Coralbay", "the generator", "the company"], stance=1),
        actor("Peter Vandenberg", "person", title="chief executive", affiliation="Coralbay Energy",
              aliases=["Peter Vandenberg", "Vandenberg"], stance=1),
        actor("Fiona Carstairs", "person", title="energy analyst", affiliation="Moreton Capital",
              aliases=["Fiona Carstairs", "Carstairs"], stance=0),
        actor("people familiar with the matter", "group", title="anonymous sources",
              aliases=["people familiar with the matter"], stance=None),
        actor("Queensland Competition Authority", "government", title="state pricing regulator",
              aliases=["Queensland Competition Authority"], stance=None),
        actor("Dale Huxley", "person", title="Queensland Energy Minister", affiliation="Queensland government",
              aliases=["Dale Huxley", "Huxley"], stance=-1),
        actor("Federal Court spokesperson", "person", title="court spokesperson (anonymous)",
              affiliation="Federal Court of Australia", aliases=["Federal Court spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. BBC local-government story, British straight single quotes '...' with straight apostrophes
#    inside (It's, don't, shouldn't, isn't, we'll) and outside (council's, district's, Marlbury's).
#    Headline fragment 'will bring rats' -> residents (the entity the headline names), the same group
#    that speaks in the body ("Residents in the Fennel Street area, where ..., said ..."). Council
#    speaks as an institution ("The council said", "the council said: '...'"). Protesters "chanting
#    'Save our bins'" (a full imperative clause: direct, group speaker). Council leader introduced as
#    "the council's Conservative leader, Janet Sillitoe, told the meeting: '...'" (one quoted stretch),
#    later "Ms Sillitoe said:" after a reported question. Resident named only after the quote ("said
#    Margaret Dunn, a retired nurse who ..."). "Sarah Whitlock, 34, who started the petition, said she
#    was '...'" (partial only), then "she told the BBC". "Cllr" before names (a title, not an alias);
#    "argued" and "insisted" without "that". Contractor spokeswoman: partial for the first clause,
#    indirect for "and that no jobs would be lost". MP "In a post on social media ... called the
#    decision '...' and said ..." (partial plus indirect). Scare 'side waste'.
ARTICLES["data/eval/dev6/marlbury-three-weekly-bins.gold.json"] = {
    "article": "data/eval/dev6/marlbury-three-weekly-bins.txt",
    "target": "Marlbury District Council",
    "quotes": [
        (P, "residents", "will bring rats", None),
        (I, "Marlbury District Council", "the change would save about £1.2m a year and lift its recycling rate "
            "above 50% by 2027", None),
        (D, "protesters", "Save our bins", None),
        (D, "Janet Sillitoe", "Nobody on this council wanted to be here. But we have £9m less to spend than we "
            "did five years ago, and the money has to come from somewhere.", None),
        (S, None, "side waste", None),
        (I, "residents", "foxes and rats were already tearing open bags between fortnightly collections", None),
        (D, "Margaret Dunn", "It's bad enough now. Three weeks of nappies sitting in a bin in August - I don't want "
            "to think about it,", None),
        (P, "Sarah Whitlock", "disgusted but not surprised", None),
        (D, "Sarah Whitlock", "They had made their minds up months ago. The consultation was a tick-box exercise,",
            None),
        (I, "Tom Ashworth", "the savings had been overstated because the council would have to pay for extra "
            "fly-tipping clearance", None),
        (D, "Tom Ashworth", "You don't save money by moving the rubbish from the bin to the alleyway,", None),
        (I, "Dev Malhotra", "fly-tipping had not risen in other areas that had made the switch", None),
        (D, "Dev Malhotra", "Most of what goes in the grey bin shouldn't be there in the first place. If people "
            "use their food caddies, three weeks is plenty,", None),
        (D, "Marlbury District Council", "Every household will be offered a larger grey bin free of charge, and "
            "families with children in nappies or residents with medical needs can apply for extra "
            "collections.", None),
        (P, "spokeswoman for Verdant Waste Services", "redeployed, not made redundant", None),
        (I, "spokeswoman for Verdant Waste Services", "no jobs would be lost", None),
        (P, "Helen Birtles", "the wrong call at the wrong time", None),
        (I, "Helen Birtles", "she would raise it with ministers", None),
        (D, "Janet Sillitoe", "We will review it after a year. If it isn't working, we'll say so.", None),
    ],
    "actors": [
        actor("residents", "group", title="residents (Fennel Street area)",
              aliases=["residents", "Residents"], stance=-1),
        actor("Marlbury District Council", "government", title="district council (local authority)",
              aliases=["Marlbury District Council", "the council"], stance=1),
        actor("protesters", "group", title="protesters outside the council offices",
              aliases=["protesters"], stance=-1),
        actor("Janet Sillitoe", "person", title="council leader (Conservative)",
              affiliation="Marlbury District Council",
              aliases=["Janet Sillitoe", "Sillitoe", "Ms Sillitoe"], stance=1),
        actor("Margaret Dunn", "person", title="retired nurse, Fennel Street resident",
              aliases=["Margaret Dunn", "Dunn"], stance=-1),
        actor("Sarah Whitlock", "person", title="petition organiser (34)",
              aliases=["Sarah Whitlock", "Whitlock"], stance=-1),
        actor("Tom Ashworth", "person", title="Liberal Democrat group leader",
              affiliation="Marlbury District Council", aliases=["Tom Ashworth", "Ashworth"], stance=-1),
        actor("Dev Malhotra", "person", title="cabinet member for the environment",
              affiliation="Marlbury District Council", aliases=["Dev Malhotra", "Malhotra"], stance=1),
        actor("spokeswoman for Verdant Waste Services", "person", title="spokeswoman (anonymous)",
              affiliation="Verdant Waste Services", aliases=["spokeswoman for Verdant Waste Services"],
              stance=0),
        actor("Helen Birtles", "person", title="MP for Marlbury",
              aliases=["Helen Birtles", "Birtles"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AP federal sentencing, curly double quotes with ’ apostrophes, punctuation inside the closing
#    marks. Lede speaker "a judge" (named in the third paragraph: Helen Marchetti) with a partial.
#    "U.S. District Judge Helen Marchetti told Tillman. “...”" (two stretches). Judge's question in
#    direct speech ("“...?” she asked.") and the answer ("“Every day,” Tillman replied, ... “...”").
#    Prosecutor "argued that ... “...”" (partial only) then "He noted that ..." (indirect). Defence
#    "countered that her client had been “...,” and said he had ..." (partial plus indirect under its
#    own cue). Defendant's statement over two paragraphs (the first open at its end). "was quoted as
#    saying, “...”" (direct, Tillman; a 2019 newsletter). "told the judge ..." (indirect) and "said
#    Whitcombe, who ...". Wife's letter ("wrote in a letter to the court that ...") and son ("said
#    ..." then "he said"): family members share the defendant's surname. "ordered ... to pay" and
#    "had asked for" (not annotated); "She said she would recommend that he serve ..." (one span;
#    the inner "that" is part of the reported content).
ARTICLES["data/eval/dev6/kettle-run-embezzlement-sentencing.gold.json"] = {
    "article": "data/eval/dev6/kettle-run-embezzlement-sentencing.txt",
    "target": "Gregory Tillman",
    "quotes": [
        (P, "Helen Marchetti", "like a personal line of credit.", "HARRISBURG"),
        (D, "Helen Marchetti", "You were trusted with money meant for reading teachers and school buses, and you "
            "treated it like a personal line of credit,", None),
        (D, "Helen Marchetti", "The people of this district will be paying for that for years.", None),
        (D, "Helen Marchetti", "Did you ever think about the kids?", None),
        (D, "Gregory Tillman", "Every day,", None),
        (D, "Gregory Tillman", "And I kept doing it anyway.", None),
        (P, "Daniel Reyes", "not a single lapse but a business.", None),
        (I, "Daniel Reyes", "Tillman had forged a school board member’s signature on audit papers in 2021 to hide "
            "the shortfall", None),
        (P, "Lisa Cheng", "in the grip of an addiction he didn’t understand,", None),
        (I, "Lisa Cheng", "he had repaid nearly $400,000 by selling his house and his late father’s farm", None),
        (D, "Lisa Cheng", "Greg did not steal this money to buy boats. He lost every cent of it, most of it at 3 in "
            "the morning on his phone,", None),
        (D, "Gregory Tillman", "I have no excuse. I lied to people who trusted me, some of whom I have known since "
            "kindergarten, and I took from children. I am ashamed of who I became.", None),
        (D, "Gregory Tillman", "I don’t ask you to forgive me. I haven’t placed a bet in 14 months, and I will spend "
            "the rest of my life paying this back. But I ask you to leave my family alone. They didn’t know, and "
            "they have lost as much as anyone.", None),
        (D, "Gregory Tillman", "Every dollar we save in the business office is a dollar that goes back into a "
            "classroom.", None),
        (I, "Dana Whitcombe", "the district had cut two reading specialist jobs and put off replacing three buses "
            "because of the losses", None),
        (D, "Dana Whitcombe", "We trusted him with everything. He was at our weddings. He coached our kids in Little "
            "League. That’s what makes this so hard to forgive,", None),
        (I, "Linda Tillman", "her husband had attended Gamblers Anonymous meetings three times a week since his "
            "arrest", None),
        (I, "Kyle Tillman", "the family had learned of the thefts from a news alert on their phones", None),
        (D, "Kyle Tillman", "He made a terrible mistake, but he’s still my dad, and he’s not the person they "
            "described in there,", None),
        (I, "Helen Marchetti", "she would recommend that he serve his sentence at a facility with a gambling "
            "treatment program", None),
    ],
    "actors": [
        actor("Helen Marchetti", "person", title="U.S. District Judge", affiliation="U.S. District Court (Harrisburg)",
              aliases=["Helen Marchetti", "Marchetti"], stance=-1),
        actor("Gregory Tillman", "person", title="former school district business manager, defendant (58)",
              affiliation="Kettle Run Area School District",
              aliases=["Gregory Tillman", "Tillman", "Greg"], stance=0),
        actor("Daniel Reyes", "person", title="Assistant U.S. Attorney", affiliation="U.S. Attorney's Office",
              aliases=["Daniel Reyes", "Reyes"], stance=-1),
        actor("Lisa Cheng", "person", title="defense attorney", affiliation="Gregory Tillman",
              aliases=["Lisa Cheng", "Cheng"], stance=1),
        actor("Dana Whitcombe", "person", title="school board president",
              affiliation="Kettle Run Area School District", aliases=["Dana Whitcombe", "Whitcombe"], stance=-1),
        actor("Linda Tillman", "person", title="defendant's wife", aliases=["Linda Tillman"], stance=1),
        actor("Kyle Tillman", "person", title="defendant's son (31)", aliases=["Kyle Tillman"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British sports desk, post-match press conference, curly single quotes ‘...’ with ’ apostrophes
#    (referees’, Mensah’s outside; don’t, I’ve, It’s inside). Headline fragment ‘a disgrace’ ->
#    Rowley (the headline names him; he says "It’s a disgrace" in the body). Lede "said he would ask
#    ... to explain why ..., after a 2-1 home defeat that ..." (span stops before the writer's "after
#    ..." clause). Scare ‘clear and obvious’. Supporters chanted a full clause (direct, group). Q&A in
#    prose: the reporter's question is quoted (actor "one reporter"), then "‘Three times,’ Rowley said.
#    ‘...’". "He went on: ‘...’" opens a two-paragraph quote. "The 51-year-old added that he did not
#    blame Hartigan, who he said had been ‘...’ by the system" (indirect plus partial). "Mensah, 24,
#    told BBC Radio Surrey" after the quote. "In a post on Instagram, he wrote: ‘...’" (Oduya).
#    "said the Holmbury captain, Tom Beardsley, who ...". "countered that ..." (indirect) then "he
#    said". Referees' body statement: partial for the first clause, indirect for "and that ...".
#    Pundit "described the decision as ‘...’ but said ..." (partial plus indirect). "was booked for his
#    protests" and "was more direct" are not speech.
ARTICLES["data/eval/dev6/holmbury-var-denton-vale.gold.json"] = {
    "article": "data/eval/dev6/holmbury-var-denton-vale.txt",
    "target": "PGMOL",
    "quotes": [
        (P, "Gareth Rowley", "a disgrace", "Rowley brands"),
        (I, "Gareth Rowley", "he would ask referees’ body PGMOL to explain why Kofi Mensah’s stoppage-time "
            "equaliser against Denton Vale was ruled out", None),
        (S, None, "clear and obvious", None),
        (D, "Holmbury supporters", "You don’t know what you’re doing", None),
        (D, "one reporter", "Have you seen it back?", None),
        (D, "Gareth Rowley", "Three times,", None),
        (D, "Gareth Rowley", "And it gets worse every time.", None),
        (D, "Gareth Rowley", "Their keeper comes through the back of Liam, not the other way round. The referee’s "
            "given the goal, he’s had a clear view, and then someone in a room 150 miles away decides he knows "
            "better. It’s a disgrace, and everybody in this room knows it.", None),
        (D, "Gareth Rowley", "I’ll be writing to PGMOL on Monday and I want an answer in writing, not a phone call. "
            "We’ve had four of these go against us this season and every time I’m told lessons will be "
            "learned.", None),
        (I, "Gareth Rowley", "he did not blame Hartigan", None),
        (P, "Gareth Rowley", "put in an impossible position", None),
        (D, "Kofi Mensah", "I’ve watched it back on my phone about ten times and I still don’t see a foul. If "
            "that’s a foul, you can’t defend a corner any more,", None),
        (D, "Liam Oduya", "Gutted. Gave everything today. Not a foul in a million years.", None),
        (D, "Tom Beardsley", "Whatever anyone thinks of the decision, we were second best for an hour and we can’t "
            "hide behind one call,", None),
        (I, "Paul Ferris", "the officials had reached the correct decision", None),
        (D, "Paul Ferris", "People will say we got lucky. I’d say our goalkeeper got clattered and the officials "
            "had the courage to go and look at it again,", None),
        (P, "PGMOL", "correctly identified a foul on the goalkeeper", None),
        (I, "PGMOL", "the length of the review would be looked at by its senior officials", None),
        (P, "Alan Tolley", "the right one and a brave one", None),
        (I, "Alan Tolley", "fans in the stadium should have been told what was being checked", None),
    ],
    "actors": [
        actor("Gareth Rowley", "person", title="manager (51)", affiliation="Holmbury Rovers",
              aliases=["Gareth Rowley", "Rowley", "The 51-year-old"], stance=-1),
        actor("Holmbury supporters", "group", title="home fans", affiliation="Holmbury Rovers",
              aliases=["Holmbury supporters"], stance=-1),
        actor("one reporter", "person", title="reporter at the press conference",
              aliases=["one reporter"], stance=None),
        actor("Kofi Mensah", "person", title="striker (24)", affiliation="Holmbury Rovers",
              aliases=["Kofi Mensah", "Mensah"], stance=-1),
        actor("Liam Oduya", "person", title="defender", affiliation="Holmbury Rovers",
              aliases=["Liam Oduya", "Oduya", "Liam"], stance=-1),
        actor("Tom Beardsley", "person", title="captain", affiliation="Holmbury Rovers",
              aliases=["Tom Beardsley", "Beardsley"], stance=0),
        actor("Paul Ferris", "person", title="manager", affiliation="Denton Vale",
              aliases=["Paul Ferris", "Ferris"], stance=1),
        actor("PGMOL", "organisation", title="referees' body", aliases=["PGMOL"], stance=1),
        actor("Alan Tolley", "person", title="former referee, Sky Sports pundit",
              aliases=["Alan Tolley", "Tolley"], stance=0),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
