"""Build the dev13 gold files (data/eval/dev13/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev13/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev13.  Standard library only.
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
# 1. AP Senate confirmation hearing, straight quotes and apostrophes (order's, He's, didn't).
#    "X, 52, told the Senate Judiciary Committee that A and "..."" (indirect plus partial).
#    Scare "good-faith" clause (wording of the emergency order; nobody is said to say it).
#    Senator (woman) and nominee (man) alternate: "Pickett said", "Halvorsen said", "she said",
#    "he said", "she asked", "he said" (split quote), "she said". "a footnote in which Halvorsen
#    called the moratorium "..."" (partial, Halvorsen: he wrote it). "noted that A and accused
#    Democrats of "..."" (indirect plus partial). White House spokeswoman "said Halvorsen had
#    "..." ... and that B" (partial plus indirect). Tenant's quote with a nested 'the text.' (one
#    direct entry). "Senator" inside Halvorsen's quote is a form of address, not an alias.
ARTICLES["data/eval/dev13/halvorsen-ninth-circuit-hearing.gold.json"] = {
    "article": "data/eval/dev13/halvorsen-ninth-circuit-hearing.txt",
    "target": "Gregory Halvorsen",
    "quotes": [
        (I, "Gregory Halvorsen", "he had followed the plain text of the emergency order", None),
        (P, "Gregory Halvorsen", "would decide it the same way tomorrow.", None),
        (S, None, "good-faith", None),
        (D, "Laura Pickett", "Forty-one families were put on the street in a month when their own government had "
            "told them they were safe,", None),
        (D, "Laura Pickett", "Did you think about them at all?", None),
        (D, "Gregory Halvorsen", "I thought about them a great deal,", None),
        (D, "Gregory Halvorsen", "But a judge who rules for whichever side he feels sorry for is not doing the job. "
            "He's a legislator nobody elected.", None),
        (D, "Laura Pickett", "That's a very tidy answer,", None),
        (D, "Gregory Halvorsen", "It's the only honest one I have, Senator,", None),
        (P, "Gregory Halvorsen", "an experiment in governing by press release.", None),
        (D, "Laura Pickett", "Do you regret writing that?", None),
        (D, "Gregory Halvorsen", "I regret the tone,", None),
        (D, "Gregory Halvorsen", "I don't regret the reasoning.", None),
        (D, "Laura Pickett", "The tone is what those families read,", None),
        (I, "Richard Dorsey", "Halvorsen had written more than 900 opinions in 11 years on the bench", None),
        (P, "Richard Dorsey", "putting one footnote on trial instead of a career.", None),
        (D, "Richard Dorsey", "If this is the worst thing anyone can find, the White House picked well,", None),
        (P, "Kelsey Moran", "the temperament and the record", None),
        (I, "Kelsey Moran", "the administration expected a committee vote before the August recess", None),
        (D, "Rosa Delgado", "He keeps saying 'the text.' The text didn't have to carry my mother's furniture "
            "down three flights of stairs,", None),
    ],
    "actors": [
        actor("Gregory Halvorsen", "person", title="U.S. District Judge; nominee to the 9th U.S. Circuit Court of "
              "Appeals", affiliation="U.S. District Court (Arizona)",
              aliases=["Gregory Halvorsen", "Halvorsen", "the judge", "the nominee"], stance=1),
        actor("Laura Pickett", "person", title="U.S. senator (D-Minn.)", affiliation="Senate Judiciary Committee",
              aliases=["Laura Pickett", "Pickett"], stance=-1),
        actor("Richard Dorsey", "person", title="U.S. senator (R-Idaho)", affiliation="Senate Judiciary Committee",
              aliases=["Richard Dorsey", "Dorsey"], stance=1),
        actor("Kelsey Moran", "person", title="White House spokeswoman", affiliation="White House",
              aliases=["Kelsey Moran", "Moran"], stance=1),
        actor("Rosa Delgado", "person", title="64, retired school cafeteria worker, evicted tenant",
              affiliation="former tenant of the Mesa complex", aliases=["Rosa Delgado", "Delgado"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Bloomberg markets/company, straight quotes and apostrophes (country's, company's, it's).
#    Content before "the company said in a statement", then "It said" (indirect). Analyst named
#    after her first stretch ("said X, an analyst at ..., who ...") and resumed. CEO "said on a
#    call with analysts that ... "..." and that B" (partial plus indirect). "according to data
#    compiled by Bloomberg" (content before the cue; actor Bloomberg). Group of analysts "wrote in
#    a note to clients that ... "..." ... and that B" (partial plus indirect). Scare so-called
#    "traffic light" system. "according to people familiar with the matter, who asked not to be
#    identified" (anonymous group). Spokeswoman "declined to comment on ... but said by email
#    that" (indirect only). Regulator "said last week that". Portfolio manager named after the
#    first stretch ("X, a portfolio manager at ..., which ..., said in an interview with Bloomberg
#    Television"), resumed, then "Dahle said".
ARTICLES["data/eval/dev13/brevik-seafood-lice-guidance-cut.gold.json"] = {
    "article": "data/eval/dev13/brevik-seafood-lice-guidance-cut.txt",
    "target": "Brevik Seafood",
    "quotes": [
        (I, "Brevik Seafood", "Brevik now expects to harvest 118,000 tons of salmon this year, down from a previous "
            "forecast of 131,000 tons", None),
        (I, "Brevik Seafood", "the cost of treating fish at eight farms in Troms and Finnmark would reduce "
            "third-quarter operating profit by about 600 million kroner", None),
        (D, "Kristin Aasheim", "This is a bad miss, and it's the second one in three months,", None),
        (D, "Kristin Aasheim", "Investors gave them the benefit of the doubt in August. I don't think they will do "
            "that twice.", None),
        (P, "Lars Tvedt", "faster and more aggressively than anything our biologists modeled", None),
        (I, "Lars Tvedt", "all of the affected farms would be emptied ahead of schedule", None),
        (D, "Lars Tvedt", "We made a choice to harvest early and take a lower price rather than lose the fish,",
            None),
        (D, "Lars Tvedt", "I would make the same choice again.", None),
        (I, "Bloomberg", "Brevik has now cut its volume guidance three times in the past two years", None),
        (P, "Analysts at Fjord Equity Research", "raises real questions about biological control", None),
        (I, "Analysts at Fjord Equity Research", "they saw a risk of lower volumes next year as well", None),
        (S, None, "traffic light", None),
        (I, "people familiar with the matter", "Brevik's board discussed replacing the head of its fish health unit "
            "at a meeting on Wednesday", None),
        (I, "Ingrid Solheim", "the company had no plans to change its dividend policy", None),
        (I, "Norwegian Food Safety Authority", "it had approved Brevik's request to bring forward harvesting at four "
            "of the affected farms", None),
        (D, "Henrik Dahle", "The lice problem is a northern problem, and it's fixable,", None),
        (D, "Henrik Dahle", "The southern sites are in the best shape I have seen them.", None),
        (I, "Henrik Dahle", "he had added to his position on Thursday morning", None),
    ],
    "actors": [
        actor("Brevik Seafood", "organisation", title="Norwegian salmon farmer (Brevik Seafood ASA)",
              aliases=["Brevik Seafood", "Brevik", "the company"], stance=0),
        actor("Kristin Aasheim", "person", title="analyst", affiliation="Nordhavn Markets (Oslo)",
              aliases=["Kristin Aasheim", "Aasheim"], stance=-1),
        actor("Lars Tvedt", "person", title="chief executive officer", affiliation="Brevik Seafood",
              aliases=["Lars Tvedt", "Tvedt"], stance=1),
        actor("Bloomberg", "organisation", title="news agency (data compiled by Bloomberg)",
              aliases=["Bloomberg"], stance=0),
        actor("Analysts at Fjord Equity Research", "group", title="equity analysts (note to clients)",
              affiliation="Fjord Equity Research", aliases=["Analysts at Fjord Equity Research"], stance=-1),
        actor("people familiar with the matter", "group", title="anonymous sources",
              aliases=["people familiar with the matter"], stance=0),
        actor("Ingrid Solheim", "person", title="spokeswoman", affiliation="Brevik Seafood",
              aliases=["Ingrid Solheim", "Solheim"], stance=1),
        actor("Norwegian Food Safety Authority", "organisation", title="Norwegian food safety regulator",
              aliases=["Norwegian Food Safety Authority"], stance=0),
        actor("Henrik Dahle", "person", title="portfolio manager", affiliation="Brygge Kapital (holds Brevik shares)",
              aliases=["Henrik Dahle", "Dahle"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. BBC regional (Lancashire), curly single ‘ ’ in the headline, curly “ ” in the body, ’
#    apostrophes (day’s, They’ve, council’s), full stops outside closing marks for fragments.
#    Headline fragment ‘cut off’ -> residents (the entity the headline names); the lede's
#    present-tense "Residents ... say they have been “cut off”" is a separate partial, and "Several
#    residents told the BBC" (indirect) is the same group. Scare nickname “Tin Bridge”. Council
#    "said A was “...” and that B" (partial plus indirect), later "In a statement, the council
#    said" (indirect). Pensioner "said" (indirect) then "she said". Father named after his quote
#    ("said X, 36, a father of three"). Councillor "said ... “for at least two years”" (partial
#    only) then "she told BBC Radio Lancashire". Cabinet member "said A, and that B “...”"
#    (indirect plus partial only for the second clause), "he said", "Mr Gaskell said A, but warned
#    it could cost “...”" (indirect plus partial). Café owner "said" then "Ms Holt said"; her
#    quote's "people ringing to say ..." is inside her direct quote. Petition: no speech.
ARTICLES["data/eval/dev13/hollinbrook-footbridge-closure.gold.json"] = {
    "article": "data/eval/dev13/hollinbrook-footbridge-closure.txt",
    "target": "Hollinbrook Borough Council",
    "quotes": [
        (P, "residents", "cut off", "Residents \u2018"),
        (P, "residents", "cut off", "have been \u201c"),
        (S, None, "Tin Bridge", None),
        (P, "Hollinbrook Borough Council", "no longer safe for public use", None),
        (I, "Hollinbrook Borough Council", "it could not yet say when it would reopen", None),
        (I, "Margaret Ellison", "she had crossed the bridge to collect her prescriptions every week for more than "
            "50 years", None),
        (D, "Margaret Ellison", "I don\u2019t drive and the bus only comes twice an hour. They\u2019ve basically "
            "told me to stay in,", None),
        (I, "residents", "they had received no letter or warning before barriers went up on Monday morning", None),
        (D, "Jamal Price", "My eldest walks to Hollinbrook High. Now I\u2019m driving her round by the main road "
            "every morning, and I start work at eight,", None),
        (P, "Sarah Quinlan", "for at least two years", None),
        (D, "Sarah Quinlan", "There was a report in 2022 saying this bridge needed work. It went in a drawer,",
            None),
        (I, "Peter Gaskell", "the 2022 report had recommended monitoring rather than repairs", None),
        (P, "Peter Gaskell", "far faster than anyone expected", None),
        (D, "Peter Gaskell", "I understand people are angry, and I would be too. But I am not going to let anyone "
            "walk across a bridge that our engineers tell me could fail,", None),
        (I, "Peter Gaskell", "engineers were looking at whether a temporary pedestrian crossing could be put in "
            "place", None),
        (P, "Peter Gaskell", "hundreds of thousands of pounds", None),
        (I, "Hollinbrook Borough Council", "it would run a free minibus between the estate and the town centre every "
            "30 minutes from next Monday", None),
        (I, "Gemma Holt", "trade had fallen by about a third since the closure", None),
        (D, "Gemma Holt", "Half my regulars came over that bridge. I\u2019ve had people ringing to say they\u2019ll "
            "see me when it opens again,", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of the Millfield estate",
              aliases=["Residents", "residents"], stance=-1),
        actor("Hollinbrook Borough Council", "organisation", title="borough council (Lancashire)",
              aliases=["Hollinbrook Borough Council", "the council", "The council"], stance=1),
        actor("Margaret Ellison", "person", title="78, Millfield estate resident since 1971",
              aliases=["Margaret Ellison", "Ellison"], stance=-1),
        actor("Jamal Price", "person", title="36, father of three, Millfield estate resident",
              aliases=["Jamal Price", "Price"], stance=-1),
        actor("Sarah Quinlan", "person", title="Liberal Democrat councillor for Millfield",
              affiliation="Hollinbrook Borough Council", aliases=["Sarah Quinlan", "Quinlan"], stance=-1),
        actor("Peter Gaskell", "person", title="cabinet member for highways",
              affiliation="Hollinbrook Borough Council", aliases=["Peter Gaskell", "Gaskell", "Mr Gaskell"],
              stance=1),
        actor("Gemma Holt", "person", title="caf\u00e9 owner, Bridge Street", aliases=["Gemma Holt", "Holt", "Ms Holt"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Al Jazeera international, curly “ ” and ’ apostrophes (Panama’s, farmers’), en dashes inside
#    quotes, punctuation outside closing marks for fragments. Standfirst without speech. Ministry
#    "said on Tuesday that A, and that B “...”" (indirect for A, partial only in B). Scare
#    so-called “freshwater fee”. Content before "according to the London-based shipping
#    consultancy Marebridge". Minister named after his quote ("Environment Minister X told
#    reporters"), then "Batista said A and that B" (one span). Canal authority "said" (indirect).
#    "the government’s account is disputed" (no speaker). Farmer named after his quote, then
#    "told Al Jazeera that ... “dry and stony” ..." (partial only). Group "Several residents of
#    Quebrada Larga said" (indirect). UN rapporteur "said in a statement issued in Geneva: “..."
#    running over two paragraphs (the first ends without a closing mark): two direct entries; the
#    reported "Families told me ..." inside her quote is not annotated separately. Foreign
#    ministry "responded that ... “...” and ... “...”" (two partials), then "the ministry said"
#    (indirect). Correspondent "Al Jazeera’s X, reporting from ..., said" (indirect).
ARTICLES["data/eval/dev13/panama-canal-reservoir-relocation.gold.json"] = {
    "article": "data/eval/dev13/panama-canal-reservoir-relocation.txt",
    "target": "Panama",
    "quotes": [
        (I, "Ministry of the Presidency", "construction of the Piedras Blancas dam would begin in the first half of "
            "next year", None),
        (P, "Ministry of the Presidency", "of equal or better quality", None),
        (S, None, "freshwater fee", None),
        (I, "Marebridge", "Shipping lines paid an estimated $700m in extra costs during the drought", None),
        (D, "Rogelio Batista", "Without a second source of water, the canal will not survive the next drought. This "
            "is not a choice between the canal and the valley \u2013 it is a choice between planning and panic,",
            None),
        (I, "Rogelio Batista", "the government had held 47 consultation meetings in the valley since early 2024 and "
            "that most families had already accepted the relocation package", None),
        (I, "Panama Canal Authority", "it would provide enough water for up to 13 additional transits a day during "
            "the dry season", None),
        (D, "Eusebio Quir\u00f3s", "They came with a map that already had our houses underwater. That is not a "
            "consultation \u2013 that is a notification,", None),
        (P, "Eusebio Quir\u00f3s", "dry and stony", None),
        (I, "residents", "they had learned of the cabinet\u2019s decision from a radio news bulletin", None),
        (D, "Amara Okonjo", "What is happening in the Piedras Blancas valley is a textbook case of a project designed "
            "in the capital and imposed on the people who stand to lose the most. Families told me they were shown "
            "maps, not asked questions.", None),
        (D, "Amara Okonjo", "Relocation without free, prior and informed consent is eviction by another name. I urge "
            "the government of Panama to suspend its timetable until an independent consultation has taken "
            "place.", None),
        (P, "foreign ministry", "not visited the valley", None),
        (P, "foreign ministry", "incomplete information provided by activists", None),
        (I, "foreign ministry", "it had written to the UN human rights office in Geneva to invite the rapporteur to "
            "visit the project site", None),
        (I, "Lucas Ferrando", "many families in the valley had planted crops this season on land they now expect to "
            "lose", None),
    ],
    "actors": [
        actor("Ministry of the Presidency", "government", title="Panamanian government ministry",
              aliases=["Ministry of the Presidency"], stance=1),
        actor("Marebridge", "organisation", title="London-based shipping consultancy",
              aliases=["Marebridge"], stance=None),
        actor("Rogelio Batista", "person", title="environment minister", affiliation="Panamanian government",
              aliases=["Rogelio Batista", "Batista"], stance=1),
        actor("Panama Canal Authority", "organisation", title="canal operator (will manage the reservoir)",
              aliases=["Panama Canal Authority"], stance=1),
        actor("Eusebio Quir\u00f3s", "person", title="58, head of a farmers' committee",
              affiliation="village of Quebrada Larga", aliases=["Eusebio Quir\u00f3s", "Quir\u00f3s"], stance=-1),
        actor("residents", "group", title="residents of Quebrada Larga", aliases=["residents"], stance=-1),
        actor("Amara Okonjo", "person", title="UN special rapporteur on the right to adequate housing",
              affiliation="United Nations", aliases=["Amara Okonjo", "Okonjo", "the rapporteur"], stance=-1),
        actor("foreign ministry", "government", title="Panama's foreign ministry",
              aliases=["foreign ministry", "the ministry"], stance=1),
        actor("Lucas Ferrando", "person", title="correspondent (reporting from Penonom\u00e9)",
              affiliation="Al Jazeera", aliases=["Lucas Ferrando", "Ferrando"], stance=0),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
