"""Build the test157 gold files (data/eval/test157/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test157/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test157.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test157"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Herald (Glasgow) courts (a ferry operator fined over a deckhand's death), headline without speech, standfirst
#    with a curly single fragment "Sheriff says company ‘treated safety as paperwork’", byline with "Courts Reporter",
#    lede in capitals ("A FERRY operator"), British curly single quotes ‘ ’ with ’ apostrophes, "£1.2m"; "admitted at
#    Oban Sheriff Court ... that A" (indirect); sheriff "said the risk had been ‘...’ and that B" (partial plus
#    indirect), quote split by "she said"; procurator fiscal depute "told the court that A, and that B" (one span);
#    mother named by first name only (apposition), "In a statement read outside court by the family’s solicitor, she
#    said: ‘...`" open at the end of its paragraph, then a closed quote-only paragraph; defence KC "said the company had
#    ‘...’ and had since spent ..." (partial only: no second subject); company "said in a statement that it was
#    ‘...’ ... and that B" (partial plus indirect), then "the company said"; union "said A"; scare so-called ‘minimum
#    manning’ certificates; organiser "said: ‘...’"; MSP "said A"; agency "said A".
ARTICLES[f"{BATCH}/hebridean-link-ferries-deckhand-fine.gold.json"] = {
    "article": f"{BATCH}/hebridean-link-ferries-deckhand-fine.txt",
    "target": "Hebridean Link Ferries",
    "quotes": [
        (P, "Fiona Baird", "treated safety as paperwork", "Sheriff says company"),
        (I, "Hebridean Link Ferries", "it had failed to provide a safe system of work for lowering the bow ramp of the MV "
            "Eilean Dubh in March 2024", None),
        (P, "Fiona Baird", "obvious and foreseeable", None),
        (I, "Fiona Baird", "the firm had ignored two earlier near misses on the same vessel", None),
        (D, "Fiona Baird", "This company had a written procedure, it had risk assessments, it had signatures on every "
            "page,", None),
        (D, "Fiona Baird", "What it did not have was a crew that had been trained to follow any of it. It treated safety "
            "as paperwork.", None),
        (I, "Graeme Watt", "a deckhand on the same crossing had complained to his supervisor about the radio, and that "
            "nothing had been done", None),
        (D, "Eilidh", "Calum loved that job. He loved the sea and he loved the islands.", None),
        (D, "Eilidh", "No fine will bring him back. But if it means that one other mother does not get the phone call I "
            "got, then this has been worth fighting for.", None),
        (P, "Murdo Sinclair", "accepted its failings from the first day", None),
        (P, "Hebridean Link Ferries", "deeply sorry", None),
        (I, "Hebridean Link Ferries", "the safety of its crews and passengers was its highest priority", None),
        (D, "Hebridean Link Ferries", "We have made significant changes, and we will keep making them,", None),
        (I, "RMT union", "the case showed what could happen when operators cut crew numbers to the legal minimum", None),
        (S, None, "minimum manning", None),
        (D, "Gordon Blair", "There were not enough hands on that deck. The law allows it, and that is the scandal.", None),
        (I, "Kirsteen Ferguson", "she would ask the Scottish Government to review crewing levels on subsidised lifeline "
            "routes", None),
        (I, "Maritime and Coastguard Agency", "it had carried out an unannounced inspection of the vessel in September "
            "and found it compliant", None),
    ],
    "actors": [
        actor("Hebridean Link Ferries", "organisation", title="ferry operator", affiliation=None,
              aliases=["Hebridean Link Ferries", "Hebridean Link Ferries Ltd", "the company"], stance=1),
        actor("Fiona Baird", "person", title="Sheriff", affiliation="Oban Sheriff Court",
              aliases=["Fiona Baird", "Sheriff Fiona Baird", "Baird", "Sheriff"], stance=-1),
        actor("Graeme Watt", "person", title="procurator fiscal depute", affiliation="Crown Office",
              aliases=["Graeme Watt", "Watt"], stance=-1),
        actor("Eilidh", "person", title="mother of the deckhand Calum Morrison", affiliation=None, aliases=["Eilidh"],
              stance=-1),
        actor("Murdo Sinclair", "person", title="KC for the defence", affiliation="Hebridean Link Ferries",
              aliases=["Murdo Sinclair", "Sinclair"], stance=1),
        actor("RMT union", "organisation", title="union", affiliation=None, aliases=["RMT union", "RMT"], stance=-1),
        actor("Gordon Blair", "person", title="regional organiser", affiliation="RMT union",
              aliases=["Gordon Blair", "Blair"], stance=-1),
        actor("Kirsteen Ferguson", "person", title="Argyll and Bute MSP", affiliation="Scottish Parliament",
              aliases=["Kirsteen Ferguson", "Ferguson"], stance=None),
        actor("Maritime and Coastguard Agency", "government", title="maritime safety agency", affiliation="UK",
              aliases=["Maritime and Coastguard Agency"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. MINING.COM (mining trade press) disaster/business (a tailings overflow at a Peruvian zinc-silver mine), headline
#    without speech, "Staff Writer | date | time" line, straight " and apostrophes, "(TSX: ACR)", "18%"; lede "has
#    suspended processing" (the writer's); company "said in a news release ... that A, and that the dam itself remained
#    "..."" (indirect plus partial); chief executive's quote with "said in the release"; "told analysts on a call that
#    the company expected the mill to restart "..." and that B" (partial plus indirect); regulator "said A" (two verbs,
#    one span); "According to OEFA, A"; "The company disputed that account." (act), anonymous spokesperson's quote
#    with "told MINING.COM"; group "Residents of Huancapeti ... said A and that B"; community president's quote split
#    by "said by telephone", "She said A and would B"; ministry "said A and would B"; scare so-called "upstream"
#    method; analyst named after her quote; "Kim said she expected A but that B" (one span); NGO "said A and called for
#    ..." (directive); content before "according to the company's annual report".
ARTICLES[f"{BATCH}/andes-cordillera-tailings-overflow-peru.gold.json"] = {
    "article": f"{BATCH}/andes-cordillera-tailings-overflow-peru.txt",
    "target": "Andes Cordillera Resources",
    "quotes": [
        (I, "Andes Cordillera Resources", "about 4,000 cubic metres of tailings had escaped over a section of the dam's "
            "crest late on Sunday", None),
        (P, "Andes Cordillera Resources", "structurally sound.", None),
        (D, "Mark Heppner", "Our first priority is the people who live downstream, and we are working with the "
            "authorities and the communities to contain the material and clean the affected area,", None),
        (P, "Mark Heppner", "within four to six weeks", None),
        (I, "Mark Heppner", "the suspension would cut fourth-quarter zinc output by about 9 million pounds", None),
        (I, "OEFA", "its inspectors had found tailings along at least 3 kilometres of the Quebrada Collaracra stream "
            "and had ordered the company to stop all discharges", None),
        (I, "OEFA", "the overflow was caused by water from an unlined diversion channel that had not been cleared "
            "before the rainy season", None),
        (D, "company spokesperson", "The diversion channel was inspected in October and was working as designed. The "
            "rainfall we recorded on Sunday was the highest at the site in 30 years,", None),
        (I, "Residents of Huancapeti", "the stream had turned grey on Monday morning and that several sheep had died "
            "after drinking from it", None),
        (D, "Ernestina Huamán", "We have asked for water tests for two years. Now they come with their trucks and their "
            "cameras,", None),
        (D, "Ernestina Huamán", "We want the tests done by someone who does not work for the mine.", None),
        (I, "Ernestina Huamán", "residents had blocked the road to the mine since Monday and would not lift the "
            "blockade until the company signed an agreement on independent monitoring", None),
        (I, "Ministry of Energy and Mines", "it had sent a team to the site and would review the dam's safety "
            "documents", None),
        (S, None, "upstream", None),
        (D, "Laura Kim", "The financial impact is manageable. The reputational one is not, especially with a community "
            "blockade already in place,", None),
        (I, "Laura Kim", "she expected the company to face a fine but that a longer closure was the bigger risk", None),
        (I, "CooperAcción", "the overflow was the third tailings incident in Ancash in two years", None),
        (I, "Andes Cordillera Resources", "The Huancapeti mine produced 61 million pounds of zinc and 2.3 million ounces "
            "of silver last year", None),
    ],
    "actors": [
        actor("Andes Cordillera Resources", "organisation", title="Toronto-listed miner", affiliation=None,
              aliases=["Andes Cordillera Resources", "Andes Cordillera", "The company", "the company"], stance=1),
        actor("Mark Heppner", "person", title="chief executive", affiliation="Andes Cordillera Resources",
              aliases=["Mark Heppner", "Heppner"], stance=1),
        actor("OEFA", "government", title="environmental regulator", affiliation="Peru", aliases=["OEFA"], stance=-1),
        actor("company spokesperson", "person", title="spokesperson (unnamed)", affiliation="Andes Cordillera Resources",
              aliases=["company spokesperson"], stance=1),
        actor("Residents of Huancapeti", "group", title="farming community below the mine", affiliation=None,
              aliases=["Residents of Huancapeti"], stance=-1),
        actor("Ernestina Huamán", "person", title="community president", affiliation="Huancapeti",
              aliases=["Ernestina Huamán", "Huamán"], stance=-1),
        actor("Ministry of Energy and Mines", "government", title="ministry", affiliation="Peru",
              aliases=["Ministry of Energy and Mines"], stance=0),
        actor("Laura Kim", "person", title="mining analyst", affiliation="Northbridge Capital Markets",
              aliases=["Laura Kim", "Kim"], stance=0),
        actor("CooperAcción", "organisation", title="environmental group", affiliation="Peru",
              aliases=["CooperAcción"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Mexico News Daily (Mexico, English-language) science (a satellite study of Mexico City's subsidence, disputed by
#    the water commission), headline "..., study finds; Conagua disputes figures" without quote marks, date line,
#    curly “ ” and ’, US punctuation inside closing marks; lede content before "according to a study published ... by
#    researchers at ... (UNAM)"; "They said A, and that B" (one span, the researchers); "The researchers linked ..."
#    (no speech verb); "The study describes the extraction as “...”" (partial only); lead author named after the
#    first stretch ("told Mexico News Daily"), second stretch open at the end of its paragraph, then a closed
#    quote-only paragraph; commission "said in a statement that the UNAM figures were “...” with ... and that B"
#    (partial plus indirect); deputy director "said A but that the study had “...” the link ..." (indirect plus
#    partial), "he said"; "Garduño rejected that argument." (act), "She said the subsidence map matched ... “...”"
#    (partial only); group "residents say A"; resident named after the first stretch, second stretch; utility "said
#    A"; engineer "said A", "he said"; scare so-called “hundimiento”.
ARTICLES[f"{BATCH}/mexico-city-subsidence-study-conagua.gold.json"] = {
    "article": f"{BATCH}/mexico-city-subsidence-study-conagua.txt",
    "target": "Conagua",
    "quotes": [
        (I, "researchers at the National Autonomous University of Mexico", "Parts of eastern Mexico City are sinking "
            "by as much as 40 centimeters a year, faster than at any point since records began", None),
        (I, "researchers at the National Autonomous University of Mexico", "the fastest sinking was in the boroughs of "
            "Iztapalapa and Tláhuac, and that the rate there had roughly doubled in a decade", None),
        (P, "researchers at the National Autonomous University of Mexico", "far beyond any rate the aquifer can "
            "recover from.", None),
        (D, "Elena Garduño", "The clay under the eastern part of the city is drying out and compacting, and that "
            "process does not reverse,", None),
        (D, "Elena Garduño", "Once the ground has gone down, it stays down.", None),
        (D, "Elena Garduño", "What worries us most is not the average. It is the difference between one block and the "
            "next, because that is what breaks pipes, metro tunnels and houses.", None),
        (P, "Conagua", "not consistent", None),
        (I, "Conagua", "extraction had fallen by 8% since 2020", None),
        (I, "Raúl Esquivel", "the commission welcomed independent research", None),
        (P, "Raúl Esquivel", "overstated", None),
        (D, "Raúl Esquivel", "Subsidence in the Valley of Mexico has many causes, including the weight of the city "
            "itself. To put it all on the wells is too simple,", None),
        (P, "Elena Garduño", "almost exactly.", None),
        (I, "residents", "the effects are already visible", None),
        (D, "Guadalupe Reyes", "My house has moved twice. The first time the door stopped closing, the second time the "
            "wall opened,", None),
        (D, "Guadalupe Reyes", "They come, they measure, they leave.", None),
        (I, "Sacmex", "it was replacing 120 kilometers of drinking water pipes in the eastern boroughs with flexible "
            "materials designed to withstand ground movement", None),
        (I, "Tomás Villaseñor", "the findings should change the way the city plans new infrastructure in the east", None),
        (D, "Tomás Villaseñor", "We are still designing as if the ground were stable. It is not, and we have known that "
            "for a hundred years,", None),
        (S, None, "hundimiento", None),
    ],
    "actors": [
        actor("researchers at the National Autonomous University of Mexico", "group",
              title="Institute of Geophysics research team", affiliation="UNAM",
              aliases=["researchers at the National Autonomous University of Mexico", "The researchers", "study",
                       "The study"], stance=-1),
        actor("Elena Garduño", "person", title="lead author", affiliation="UNAM Institute of Geophysics",
              aliases=["Elena Garduño", "Garduño"], stance=-1),
        actor("Conagua", "government", title="National Water Commission", affiliation="Mexico",
              aliases=["Conagua", "National Water Commission", "the commission"], stance=1),
        actor("Raúl Esquivel", "person", title="deputy director for drinking water", affiliation="Conagua",
              aliases=["Raúl Esquivel", "Esquivel"], stance=1),
        actor("residents", "group", title="residents of Iztapalapa", affiliation=None, aliases=["residents"],
              stance=None),
        actor("Guadalupe Reyes", "person", title="San Lorenzo Tezonco resident, 58", affiliation=None,
              aliases=["Guadalupe Reyes", "Reyes"], stance=None),
        actor("Sacmex", "government", title="Mexico City water utility", affiliation="Mexico City", aliases=["Sacmex"],
              stance=None),
        actor("Tomás Villaseñor", "person", title="civil engineer",
              affiliation="Colegio de Ingenieros Civiles de México", aliases=["Tomás Villaseñor", "Villaseñor"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Sunday Mail (Zimbabwe) education (an O-Level paper leak forces a rewrite), headline without speech, "Sunday
#    Mail Reporter", lede in capitals ("ABOUT 140 000"), space as thousands separator, straight " and apostrophes,
#    "Mrs"/"Mr"/"Dr" titles; lede content before "the Zimbabwe School Examinations Council (ZIMSEC) has said"; "the
#    council said it had "..." that photographs ... had circulated ..." (partial only); a quote with "the statement
#    said"; director "told The Sunday Mail that A", "she said"; Q&A "Asked whether ..., she replied: "...""; "Police
#    said A"; permanent secretary "said A", "he said"; union "said A"; its secretary-general "described the decision
#    as "..." and said B" (partial plus indirect), "he said"; anonymous school head "said A", "she said" (a question
#    inside); "Parents ... were divided." (no speech); parent "said A", then a quote with "she said" in the same
#    paragraph; researcher "said A"; scare so-called "secure route" system; "ZIMSEC said A".
ARTICLES[f"{BATCH}/zimsec-maths-paper-leak.gold.json"] = {
    "article": f"{BATCH}/zimsec-maths-paper-leak.txt",
    "target": "ZIMSEC",
    "quotes": [
        (I, "ZIMSEC", "ABOUT 140 000 O-Level candidates will rewrite Mathematics Paper 2 on December 14 after the "
            "examination was leaked on social media hours before it was written", None),
        (P, "ZIMSEC", "irrefutable evidence", None),
        (D, "ZIMSEC", "ZIMSEC sincerely regrets the inconvenience to candidates, parents and schools. The integrity of "
            "our examinations is not negotiable,", None),
        (I, "Loveness Chiwara", "the leak had been traced to a single distribution point in Mashonaland East, where "
            "papers are stored before being delivered to schools", None),
        (D, "Loveness Chiwara", "We know where it came from and we know roughly when. What we are establishing now is "
            "who,", None),
        (D, "Loveness Chiwara", "Everything is under review. Next year papers will be delivered to schools in sealed, "
            "tracked containers on the morning of the examination.", None),
        (I, "Police", "two people, a ZIMSEC-contracted storage clerk and a 27-year-old man from Marondera, had been "
            "arrested and were assisting with investigations", None),
        (I, "Tendai Chikomo", "the Government fully supported the decision to hold a rewrite", None),
        (D, "Tendai Chikomo", "Any learner who got a good mark because they had the paper in advance would be getting a "
            "certificate they did not earn,", None),
        (I, "Zimbabwe Teachers' Association", "the rewrite would punish honest candidates, many of whom had already "
            "left boarding schools for the holidays", None),
        (P, "Obert Masuku", "a collective punishment", None),
        (I, "Obert Masuku", "ZIMSEC should instead cancel results only at the centres where the leak had spread", None),
        (D, "Obert Masuku", "ZIMSEC has had leaks in 2017, in 2020 and now again. Each time it is the children who pay,",
            None),
        (I, "head at a rural secondary school in Mutoko", "some of her pupils would have to travel more than 30 "
            "kilometres to write the paper again", None),
        (D, "head at a rural secondary school in Mutoko", "Some of them have already gone to help their parents in the "
            "fields. How do I bring them back by the 14th?", None),
        (I, "Tatenda Mhlanga", "a rewrite was fair", None),
        (D, "Tatenda Mhlanga", "If the paper was out, it was out. My son studied hard, he will pass again,", None),
        (I, "Fadzai Nyoni", "the repeated leaks pointed to a weakness in the chain between the district stores and the "
            "schools", None),
        (S, None, "secure route", None),
        (I, "ZIMSEC", "candidates who could not write on December 14 would be allowed to sit a supplementary paper in "
            "January", None),
    ],
    "actors": [
        actor("ZIMSEC", "organisation", title="Zimbabwe School Examinations Council", affiliation="Zimbabwe",
              aliases=["ZIMSEC", "Zimbabwe School Examinations Council", "the council"], stance=1),
        actor("Loveness Chiwara", "person", title="director", affiliation="ZIMSEC",
              aliases=["Loveness Chiwara", "Mrs Loveness Chiwara", "Chiwara"], stance=1),
        actor("Police", "government", title="police", affiliation="Zimbabwe", aliases=["Police"], stance=None),
        actor("Tendai Chikomo", "person", title="Permanent Secretary",
              affiliation="Ministry of Primary and Secondary Education",
              aliases=["Tendai Chikomo", "Dr Tendai Chikomo", "Chikomo"], stance=1),
        actor("Zimbabwe Teachers' Association", "organisation", title="teachers' union", affiliation="Zimbabwe",
              aliases=["Zimbabwe Teachers' Association", "ZIMTA"], stance=-1),
        actor("Obert Masuku", "person", title="secretary-general", affiliation="Zimbabwe Teachers' Association",
              aliases=["Obert Masuku", "Mr Obert Masuku", "Masuku"], stance=-1),
        actor("head at a rural secondary school in Mutoko", "person", title="school head (anonymous)", affiliation=None,
              aliases=["head at a rural secondary school in Mutoko"], stance=-1),
        actor("Tatenda Mhlanga", "person", title="parent, Mabelreign", affiliation=None,
              aliases=["Tatenda Mhlanga", "Mrs Tatenda Mhlanga", "Mhlanga"], stance=1),
        actor("Fadzai Nyoni", "person", title="education researcher", affiliation="University of Zimbabwe",
              aliases=["Fadzai Nyoni", "Dr Fadzai Nyoni", "Nyoni"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
