"""Build the dev43 gold files (data/eval/dev43/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev43/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev43.  Standard library only.
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
# 1. Education Week K-12 (a rural Missouri district drops its four-day week), title-case headline
#    without speech, "By NAME — date" line, American spelling, curly “ ” and ’ apostrophes
#    (district’s, didn’t, I’m, wasn’t), punctuation inside closing marks, Ed Week numerals for
#    grades ("3rd grade", "5th grade"). Lede and the vote: no speech. Superintendent named after
#    the first stretch ("said Superintendent X, who ..."), resumed; "Aldridge said A, while B" (one
#    span: the comparison is part of her claim). Figure before "according to the state Department of
#    Elementary and Secondary Education". Research paragraph: the writer's (no cue). Researcher
#    named after the first stretch, resumed. Scare "flex day," (the district's name for Mondays,
#    in the writer's sentence, comma inside), then "but Aldridge said A" (indirect). Teachers'
#    association "said in a letter ... that ... “...” and that B" (partial plus indirect). Pay
#    paragraph: the writer's. Teacher named after her quote. Board member "said the board had moved
#    “...”" (partial only), then "he said". "Parents ... welcomed the decision" (no content); parent
#    "said she had been paying “...” for ..." (partial only), then "she said". Anonymous veteran
#    teacher "was more sympathetic" (no speech), then "she said" ("the union" inside).
#    "Aldridge acknowledged that A" (indirect), then a two-paragraph quote without a tag
#    (continuity: the first paragraph open at the end of its line, the second closed).
ARTICLES["data/eval/dev43/carver-valley-four-day-week-reversal.gold.json"] = {
    "article": "data/eval/dev43/carver-valley-four-day-week-reversal.txt",
    "target": "Carver Valley R-IV school district",
    "quotes": [
        (D, "Renee Aldridge", "We got what we wanted on recruitment, at least for a couple of years. What we "
            "didn\u2019t get was the learning,", None),
        (D, "Renee Aldridge", "When I put our 3rd grade reading scores next to the districts around us, I "
            "couldn\u2019t defend it anymore.", None),
        (I, "Renee Aldridge", "the share of Carver Valley 3rd graders reading on grade level had fallen from 48 "
            "percent to 39 percent since the switch, while most neighboring five-day districts had held steady", None),
        (I, "Department of Elementary and Secondary Education", "More than 180 of Missouri\u2019s 518 school "
            "districts now use a four-day week", None),
        (D, "Jonah Trask", "The honest answer is that it depends enormously on what a district does with the fifth day "
            "and how long the other four are,", None),
        (D, "Jonah Trask", "A district that adds 40 minutes a day and runs real tutoring on Mondays looks very "
            "different from one that just locks the buildings.", None),
        (S, None, "flex day,", None),
        (I, "Renee Aldridge", "attendance on those days had rarely topped 15 percent", None),
        (P, "Carver Valley Community Teachers Association", "a pay cut by another name", None),
        (I, "Carver Valley Community Teachers Association", "at least a dozen teachers had told the association they "
            "would look for jobs elsewhere", None),
        (D, "Kelsey Ramirez", "I moved here from a district 20 minutes from my house because of Mondays. I have two "
            "kids in daycare, and now I\u2019m going to drive past that district every morning to work an extra day "
            "for about the same money,", None),
        (P, "Dale Hutchins", "way too fast.", None),
        (D, "Dale Hutchins", "We\u2019re going to lose good people over this, and then we\u2019ll be back here in two "
            "years wondering why our scores are down again,", None),
        (P, "Amber Whitlow", "about $60 a week", None),
        (D, "Amber Whitlow", "For a lot of families out here, Monday wasn\u2019t a day off. It was a day somebody had "
            "to miss work,", None),
        (D, "veteran teacher", "Nobody wants to say it in front of the union, but a lot of us saw what those long "
            "Mondays at home did to the little ones,", None),
        (I, "Renee Aldridge", "the decision would not be popular with everyone", None),
        (D, "Renee Aldridge", "I have a lot of respect for the teachers who came and spoke. Some of them are the best "
            "we have, and I hope they stay.", None),
        (D, "Renee Aldridge", "But I work for the kids first. If the schedule isn\u2019t working for them, the "
            "schedule has to change.", None),
    ],
    "actors": [
        actor("Renee Aldridge", "person", title="superintendent", affiliation="Carver Valley R-IV school district",
              aliases=["Renee Aldridge", "Aldridge"], stance=1),
        actor("Department of Elementary and Secondary Education", "government",
              title="Missouri state education department (district count)", affiliation="Missouri",
              aliases=["Department of Elementary and Secondary Education"], stance=None),
        actor("Jonah Trask", "person", title="researcher who studies school calendars",
              affiliation="University of Missouri", aliases=["Jonah Trask", "Trask"], stance=0),
        actor("Carver Valley Community Teachers Association", "organisation", title="local teachers' association",
              aliases=["Carver Valley Community Teachers Association", "the association", "the union"], stance=-1),
        actor("Kelsey Ramirez", "person", title="5th grade teacher, Carver Valley Elementary",
              aliases=["Kelsey Ramirez", "Ramirez"], stance=-1),
        actor("Dale Hutchins", "person", title="school board member (voted no)",
              affiliation="Carver Valley R-IV school board", aliases=["Dale Hutchins", "Hutchins"], stance=-1),
        actor("Amber Whitlow", "person", title="parent of two students", aliases=["Amber Whitlow", "Whitlow"],
              stance=1),
        actor("veteran teacher", "person", title="anonymous veteran teacher in the district",
              affiliation="Carver Valley R-IV school district", aliases=["veteran teacher"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Hindustan Times (Himachal Pradesh) disaster aftermath (a cloudburst in Kullu's Sainj valley;
#    relief slow to reach the upper panchayats), byline "HT Correspondent", dateline "Kullu:",
#    Indian usage (panchayats, "deputy commissioner (DC)", "₹1 lakh", "the Centre", "till
#    Tuesday", "told HT"), straight double quotes in the body and straight single in the headline,
#    straight apostrophes (IMD's), fragment punctuation outside the marks. Headline fragment
#    "villagers say relief 'yet to reach'" -> the group villagers, whose lede "said on Saturday that
#    A" is an indirect entry. Toll before "according to the Himachal Pradesh State Disaster
#    Management Authority"; the recovery of two bodies is the writer's. Resident named after his
#    quote ("said X, 58, whose ..."). Scare "nautor" land (glossed by the writer). DC "said A and
#    that ... "..."" (indirect plus partial), then a quote split by "Rathore told HT", resumed; "He
#    said A" (indirect). Minister "said A and that B" (one span), then "Katoch said". "The opposition
#    was unimpressed." (no speech); BJP leader "accused ... of "..." ... and said ... "..."" (two
#    partials). IMD: the orange alert is an act; "the IMD's Shimla centre said A" (indirect).
#    Camp resident "said A", then "she said".
ARTICLES["data/eval/dev43/kullu-sainj-cloudburst-relief-delays.gold.json"] = {
    "article": "data/eval/dev43/kullu-sainj-cloudburst-relief-delays.txt",
    "target": "Himachal Pradesh government",
    "quotes": [
        (P, "villagers", "yet to reach", None),
        (I, "villagers", "they had received nothing from the administration beyond one round of ration kits dropped "
            "by helicopter", None),
        (I, "Himachal Pradesh State Disaster Management Authority", "The flash flood on the night of August 12 killed "
            "14 people and left 23 missing", None),
        (D, "Dharam Chand", "We have been sleeping in the school for four nights. The road is gone, the footbridge is "
            "gone, and nobody from the government has come up here,", None),
        (S, None, "nautor", None),
        (I, "Anupam Rathore", "the administration had set up 12 relief camps housing 1,340 people", None),
        (P, "Anupam Rathore", "every village that can be reached by road or air", None),
        (D, "Anupam Rathore", "The problem is the upper panchayats. Four stretches of the road are simply not there any "
            "more, and the helicopter cannot land in this weather,", None),
        (D, "Anupam Rathore", "Our teams are walking in with supplies on their backs.", None),
        (I, "Anupam Rathore", "teams of the National Disaster Response Force (NDRF) and the State Disaster Response "
            "Force were still searching for the missing along a 20-km stretch of the river", None),
        (I, "Surinder Katoch", "families whose houses were fully damaged would get immediate assistance of \u20b91 lakh "
            "each and that the state would seek a special relief package from the Centre", None),
        (D, "Surinder Katoch", "The Centre sent teams after the 2023 floods and we are still waiting for the money they "
            "promised. I hope this time it will be different,", None),
        (P, "Tilak Raj Sood", "sleeping through", None),
        (P, "Tilak Raj Sood", "according to political lists", None),
        (I, "India Meteorological Department", "more heavy rain was likely in Kullu, Mandi and Shimla districts till "
            "Tuesday", None),
        (I, "Kamla Devi", "her family had received two blankets and one ration kit meant for four people", None),
        (D, "Kamla Devi", "We are nine. My husband goes down to the market every morning and borrows from the "
            "shopkeepers,", None),
    ],
    "actors": [
        actor("villagers", "group", title="villagers of the upper Sainj valley panchayats", aliases=["villagers"],
              stance=-1),
        actor("Himachal Pradesh State Disaster Management Authority", "government", title="state disaster authority "
              "(toll)", affiliation="Himachal Pradesh",
              aliases=["Himachal Pradesh State Disaster Management Authority"], stance=None),
        actor("Dharam Chand", "person", title="resident (58), Dhaugi village", aliases=["Dharam Chand"], stance=-1),
        actor("Anupam Rathore", "person", title="Kullu deputy commissioner", affiliation="Kullu district administration",
              aliases=["Anupam Rathore", "Rathore"], stance=1),
        actor("Surinder Katoch", "person", title="revenue minister", affiliation="Himachal Pradesh government",
              aliases=["Surinder Katoch", "Katoch"], stance=1),
        actor("Tilak Raj Sood", "person", title="BJP state vice-president", affiliation="BJP",
              aliases=["Tilak Raj Sood", "Sood"], stance=-1),
        actor("India Meteorological Department", "government", title="weather service (Shimla centre)",
              affiliation="India", aliases=["India Meteorological Department", "IMD"], stance=None),
        actor("Kamla Devi", "person", title="relief camp resident (45)", aliases=["Kamla Devi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Verge tech layoffs (a smart home company cuts a fifth of its staff and drops cameras),
#    sentence-case headline with curly single ‘...’, dek without speech, "By NAME" line, curly
#    “ ” and ’ apostrophes (I’ve, can’t, weren’t, That’s, Amazon’s), punctuation inside closing
#    marks, em dashes, serial comma. Headline fragment "says it will ‘focus on the hub’" -> Fable
#    Home (the headline names it). Lede content before "the company confirmed to The Verge". CEO
#    memo "wrote that the company had “...” and that it would B" (partial plus indirect); then the
#    memo quoted over two paragraphs ("Arora wrote" splitting the first, which is open at the end
#    of its line; the second closed): three direct entries. Severance terms before "according to
#    the memo" (the memo speaks for its author, Arora). Spokesperson "said A and would B" (one
#    span). Scare “bricked” (the writer's, glossed between em dashes). "Several laid-off employees
#    posted about the cuts" (no content); "One, a senior firmware engineer who said she had been
#    ... six years" (indirect in the relative clause), "wrote on Bluesky that ... “...”" (partial
#    only). Anonymous employee "told The Verge that A" (indirect), then singular "they said". The
#    funding and competition paragraph: the writer's. Analyst named after the first stretch,
#    resumed. CEO "told The Verge ... that the company had enough cash to last “...”" (partial only),
#    then a quote split by "he said", resumed.
ARTICLES["data/eval/dev43/fable-home-layoffs-cameras.gold.json"] = {
    "article": "data/eval/dev43/fable-home-layoffs-cameras.txt",
    "target": "Fable Home",
    "quotes": [
        (P, "Fable Home", "focus on the hub", None),
        (I, "Fable Home", "Smart home company Fable Home is laying off about 190 employees, or roughly 20 percent of its "
            "workforce, and will stop selling its security cameras and video doorbells by the end of the year", None),
        (P, "Nikhil Arora", "tried to be everything in the home at once", None),
        (I, "Nikhil Arora", "it would now focus on the Fable Hub and the thermostats, locks, and sensors that connect "
            "to it", None),
        (D, "Nikhil Arora", "This is the hardest message I\u2019ve had to write since we started Fable in a garage in "
            "Oakland eight years ago,", None),
        (D, "Nikhil Arora", "The people leaving us built products that millions of you use every day. This is not a "
            "reflection of their work.", None),
        (D, "Nikhil Arora", "It is a reflection of mine. I said yes to too many things, and the camera business never "
            "made money. We can\u2019t keep asking the hub to pay for it.", None),
        (I, "Nikhil Arora", "Affected employees will get 12 weeks of severance plus one week for every year at the "
            "company, along with health coverage through March", None),
        (I, "Leah Sorensen", "existing cameras and doorbells would keep working and would receive security updates "
            "for at least five years", None),
        (S, None, "bricked", None),
        (I, "senior firmware engineer", "she had been at the company for six years", None),
        (P, "senior firmware engineer", "before the all-hands even started.", None),
        (I, "employee who was not laid off", "the camera team had been told as recently as last month that a new "
            "doorbell was on track to ship in the spring", None),
        (D, "employee who was not laid off", "Nobody saw this coming. We had a launch date on the calendar and people "
            "hired to hit it,", None),
        (D, "Maya Lindqvist", "Cameras are a brutal business. You\u2019re fighting Amazon and Google on price and a "
            "dozen cheaper brands on everything else,", None),
        (D, "Maya Lindqvist", "Getting out is probably the smartest thing Fable has done in two years.", None),
        (P, "Nikhil Arora", "well into 2028.", None),
        (D, "Nikhil Arora", "We\u2019re not for sale,", None),
        (D, "Nikhil Arora", "We\u2019re finally small enough to be good at one thing.", None),
    ],
    "actors": [
        actor("Fable Home", "organisation", title="smart home company",
              aliases=["Fable Home", "Fable", "the company"], stance=0),
        actor("Nikhil Arora", "person", title="CEO", affiliation="Fable Home", aliases=["Nikhil Arora", "Arora"],
              stance=1),
        actor("Leah Sorensen", "person", title="spokesperson", affiliation="Fable Home",
              aliases=["Leah Sorensen", "Sorensen"], stance=0),
        actor("senior firmware engineer", "person", title="laid-off firmware engineer (six years at the company)",
              affiliation="Fable Home", aliases=["senior firmware engineer"], stance=-1),
        actor("employee who was not laid off", "person", title="anonymous Fable Home employee", affiliation="Fable Home",
              aliases=["employee who was not laid off"], stance=-1),
        actor("Maya Lindqvist", "person", title="smart home analyst", affiliation="Parks Associates",
              aliases=["Maya Lindqvist", "Lindqvist"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Reuters diplomacy (Chile recalls its ambassador over an Argentine shelter on the Southern
#    Patagonian Ice Field), dateline "SANTIAGO/BUENOS AIRES, May 12 (Reuters) -", American spelling
#    (defense), straight quotes and apostrophes (Chile's, Argentina's), punctuation inside
#    closing marks, metric-first units with conversions, "(Reporting by ...; Editing by ...)" line.
#    Headline and lede without speech (the recall and the summons are acts). Chile's foreign
#    ministry "said in a statement that the structure ... stood on territory "..." and that B"
#    (partial plus indirect). Foreign minister named after her quote ("Foreign Minister X told
#    reporters"); "Rivas said Chile wanted the hut removed and ... "..."" (partial only). Argentina's
#    foreign ministry "rejected the complaint" (no content), "it said ... "..." ..., and that B"
#    (partial plus indirect); its defense ministry "said A and had B" (one span). Presidential
#    spokesman "calling ... "..."" (partial), then "Arrieta said" ("Santiago" inside). Scare "known
#    in the treaty as "Section B."" (the writer's). Countries by their capitals: "Buenos Aires has
#    long argued that A" (Argentina) and "Santiago says A and that B" (Chile). "The row has gone down
#    well in Santa Cruz" (no speech); governor named after his quote ("wrote on X"). "Not everyone
#    ... agreed."; opposition lawmaker "said ... "..." and warned that B" (partial plus indirect).
#    Anonymous Chilean diplomat "said A". Group "Analysts said A"; the political scientist named
#    after her quote.
ARTICLES["data/eval/dev43/chile-argentina-ice-field-shelter-row.gold.json"] = {
    "article": "data/eval/dev43/chile-argentina-ice-field-shelter-row.txt",
    "target": "Argentina",
    "quotes": [
        (P, "Chile's foreign ministry", "that is not Argentine", None),
        (I, "Chile's foreign ministry", "its construction violated a 1998 treaty under which neither side may build in "
            "the undemarcated zone", None),
        (D, "Alejandra Rivas", "This is not a misunderstanding between mountaineers. It is a military installation, and "
            "it was built without a word to Chile,", None),
        (P, "Alejandra Rivas", "within days, not months.", None),
        (P, "Argentina's foreign ministry", "entirely within Argentine territory", None),
        (I, "Argentina's foreign ministry", "Argentina remained fully committed to the 1998 treaty", None),
        (I, "Argentina's defense ministry", "the hut was manned by four soldiers from a mountain infantry unit based in "
            "El Calafate and had been used by glaciologists from the National Scientific and Technical Research "
            "Council since March", None),
        (P, "Federico Arrieta", "disproportionate and theatrical", None),
        (D, "Federico Arrieta", "Argentina does not ask permission to build on its own land. The ambassador can stay "
            "home for consultations for as long as Santiago likes,", None),
        (S, None, "Section B.", None),
        (I, "Argentina", "the line there follows the highest peaks", None),
        (I, "Chile", "it follows the watershed and that the hut therefore sits on the Chilean side", None),
        (D, "Marcelo Quiroga", "The hut is in Santa Cruz, and Santa Cruz is Argentina. There is nothing to discuss,",
            None),
        (P, "Gabriela Sosa", "with the subtlety of a football chant", None),
        (I, "Gabriela Sosa", "the dispute could spill over into talks on a gas pipeline to northern Chile", None),
        (I, "senior Chilean diplomat", "Santiago had not ruled out taking the case to the International Court of "
            "Justice if the hut was not removed", None),
        (I, "Analysts", "both governments had little room to back down", None),
        (D, "Paula Insunza", "Both presidents have voters who reward toughness on sovereignty. That is what makes this "
            "harder to climb down from than it should be,", None),
    ],
    "actors": [
        actor("Chile's foreign ministry", "government", title="Chilean Ministry of Foreign Affairs", affiliation="Chile",
              aliases=["Chile's foreign ministry"], stance=-1),
        actor("Alejandra Rivas", "person", title="Chilean foreign minister", affiliation="Chile",
              aliases=["Alejandra Rivas", "Rivas"], stance=-1),
        actor("Argentina's foreign ministry", "government", title="Argentine Ministry of Foreign Affairs",
              affiliation="Argentina", aliases=["Argentina's foreign ministry"], stance=1),
        actor("Argentina's defense ministry", "government", title="Argentine Ministry of Defense",
              affiliation="Argentina", aliases=["Argentina's defense ministry"], stance=1),
        actor("Federico Arrieta", "person", title="Argentine presidential spokesman", affiliation="Argentina",
              aliases=["Federico Arrieta", "Arrieta"], stance=1),
        actor("Argentina", "country", title="country", aliases=["Argentina", "Buenos Aires"], stance=1),
        actor("Chile", "country", title="country", aliases=["Chile", "Santiago"], stance=-1),
        actor("Marcelo Quiroga", "person", title="governor of Santa Cruz province", affiliation="Argentina",
              aliases=["Marcelo Quiroga", "Quiroga"], stance=1),
        actor("Gabriela Sosa", "person", title="opposition lawmaker, lower house foreign affairs committee",
              affiliation="Argentine opposition", aliases=["Gabriela Sosa", "Sosa"], stance=-1),
        actor("senior Chilean diplomat", "person", title="anonymous Chilean diplomat", affiliation="Chile",
              aliases=["senior Chilean diplomat"], stance=-1),
        actor("Analysts", "group", title="analysts", aliases=["Analysts"], stance=0),
        actor("Paula Insunza", "person", title="international relations lecturer", affiliation="Universidad de Chile",
              aliases=["Paula Insunza", "Insunza"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
