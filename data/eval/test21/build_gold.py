"""Build the test21 gold files (data/eval/test21/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev59/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test21/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test21.
Standard library only.
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
# 1. Romania Insider (drone fragments fall in Tulcea after a Russian attack on a Ukrainian Danube port),
#    headline without speech, "by NAME" and "03 December 2026" lines, straight " and apostrophes,
#    American punctuation inside closing marks at the end of a sentence ("...hysteria."), Romanian names
#    with diacritics. Lede content before "the Ministry of National Defence (MApN) announced"; "The ministry
#    said A and that B" (one span); minister "told Digi24 that the drone had "..." been ... and that it had
#    fallen "..." from ..." (two partials); quote with "Mihăilescu said"; content before "the ministry said
#    in a statement, calling the incident "..."" (indirect plus partial); embassy "said in a post on Telegram
#    that Romania had provided "..." of ... and accused the Romanian authorities of "..."" (two partials),
#    then "the embassy wrote"; mayor "said A but that B" (one span), "Ene said"; resident "said she had been
#    woken by "..." and had found ..." (partial only); scare so-called "drone law."; analyst "said A",
#    "Ionescu said"; NATO spokesperson "said A and that there was "..." of ..." (indirect plus partial).
ARTICLES["data/eval/test21/tulcea-drone-fragments-plauru.gold.json"] = {
    "article": "data/eval/test21/tulcea-drone-fragments-plauru.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of National Defence", "Fragments of a drone were found on Wednesday morning near the village of "
            "Plauru, in Tulcea county, after an overnight Russian attack on the Ukrainian port of Izmail across the "
            "Danube", None),
        (I, "Ministry of National Defence", "two Romanian Air Force F-16 jets had been scrambled at 2:40 and that "
            "residents of northern Tulcea had received RO-Alert messages urging them to take shelter", None),
        (P, "Radu Mih\u0103ilescu", "almost certainly", None),
        (P, "Radu Mih\u0103ilescu", "about 300 metres", None),
        (D, "Radu Mih\u0103ilescu", "This is not the first time and, unfortunately, it will not be the last. Russia is "
            "attacking civilian infrastructure a few hundred metres from NATO territory, and the risk for our citizens "
            "is real,", None),
        (I, "Ministry of Foreign Affairs", "The Ministry of Foreign Affairs (MAE) summoned the Russian ambassador in "
            "Bucharest and handed him a protest note", None),
        (P, "Ministry of Foreign Affairs", "a new and unacceptable violation of Romania's sovereign airspace.", None),
        (P, "Russian embassy in Bucharest", "no evidence", None),
        (P, "Russian embassy in Bucharest", "fuelling hysteria.", None),
        (D, "Russian embassy in Bucharest", "The Russian armed forces do not strike Romanian territory and have no such "
            "intention,", None),
        (I, "Vasile Ene", "villagers were used to hearing explosions from across the river but that this time many had "
            "not slept at all", None),
        (D, "Vasile Ene", "People here are old. They have nowhere to go. They ask me who will protect them, and I do not "
            "know what to answer,", None),
        (P, "Maria Stoica", "a whistle and then a bang", None),
        (S, None, "drone law.", None),
        (I, "Sorin Ionescu", "Romania still lacked enough short-range air defence along the Danube, despite repeated "
            "promises", None),
        (D, "Sorin Ionescu", "Moscow has learned that it can drop debris on NATO territory without consequences. That "
            "is the real problem,", None),
        (I, "NATO spokesperson", "the alliance was in contact with the Romanian authorities", None),
        (P, "NATO spokesperson", "no indication", None),
    ],
    "actors": [
        actor("Ministry of National Defence", "government", title="defence ministry", affiliation="Romania",
              aliases=["Ministry of National Defence", "MApN"], stance=-1),
        actor("Radu Mih\u0103ilescu", "person", title="Defence minister", affiliation="Romania",
              aliases=["Radu Mih\u0103ilescu", "Mih\u0103ilescu"], stance=-1),
        actor("Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Romania",
              aliases=["Ministry of Foreign Affairs", "MAE"], stance=-1),
        actor("Russian embassy in Bucharest", "government", title="Russian embassy", affiliation="Russia",
              aliases=["Russian embassy in Bucharest", "embassy"], stance=1),
        actor("Vasile Ene", "person", title="mayor of Ceatalchioi commune", aliases=["Vasile Ene", "Ene"],
              stance=None),
        actor("Maria Stoica", "person", title="Plauru resident", aliases=["Maria Stoica", "Stoica"], stance=None),
        actor("Sorin Ionescu", "person", title="security analyst", affiliation="ESGA",
              aliases=["Sorin Ionescu", "Ionescu"], stance=-1),
        actor("NATO spokesperson", "person", title="spokesperson", affiliation="NATO", aliases=["NATO spokesperson"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Climate Home News (Saudi Arabia blocks a fossil fuel roadmap at Cop31), headline and standfirst
#    without speech, "Published on 21/11/2026, 9:42am" and byline lines, curly quotes and apostrophes,
#    British punctuation outside closing marks for fragments. Lede content before "according to four
#    negotiators who were in the room"; scare "transition away" (the Cop28 wording, nobody in the
#    article is said to say it); negotiator "told the closing plenary that his country would "..."" (partial
#    only), "he said"; "Al-Mutairi said ... "..." and that B" (partial plus indirect); Arab Group "said in a
#    statement that it supported "..."" (partial only); "Small island states reacted with fury" (not
#    speech); Aosis chair named after her quote, then a quote-only paragraph; anonymous EU negotiator
#    "said the bloc had offered to soften the text to "..." timelines but that B" (partial plus
#    indirect); minister "said the roadmap had been the summit's "..."" (partial only), "she said";
#    presidency spokesperson "said A and that the presidency remained "..."" (indirect plus partial);
#    "Not everyone ... put the blame on Riyadh alone" (not speech); analyst "said A", "he said"; content
#    before "according to the International Energy Agency".
ARTICLES["data/eval/test21/cop31-saudi-arabia-fossil-roadmap.gold.json"] = {
    "article": "data/eval/test21/cop31-saudi-arabia-fossil-roadmap.txt",
    "target": "Saudi Arabia",
    "quotes": [
        (I, "four negotiators", "Saudi Arabia led a group of oil-producing countries in blocking a proposal to start "
            "work on a roadmap away from fossil fuels at the Cop31 climate summit in Antalya on Friday night", None),
        (S, None, "transition away", None),
        (P, "Khalid Al-Mutairi", "not accept any text that singles out one source of energy", None),
        (D, "Khalid Al-Mutairi", "The Paris Agreement is about emissions, not about sources. Every country has the right "
            "to choose its own pathway to net zero,", None),
        (P, "Khalid Al-Mutairi", "at a scale few countries can match", None),
        (I, "Khalid Al-Mutairi", "developed countries should focus on delivering the finance they had promised", None),
        (P, "Arab Group", "all technologies and all solutions", None),
        (D, "Marisol Baptiste", "Our islands are not a negotiating chip. One country\u2019s oil revenues are being "
            "weighed against our existence, and tonight the oil revenues won,", None),
        (D, "Marisol Baptiste", "We will be back next year, and the year after, until this is done.", None),
        (P, "EU negotiator", "voluntary", None),
        (I, "EU negotiator", "Saudi Arabia had refused to engage", None),
        (P, "Luc\u00eda C\u00e1rdenas", "main test", None),
        (D, "Luc\u00eda C\u00e1rdenas", "We came here with more than 80 countries. One country and its friends have said "
            "no. That is not consensus, that is a veto,", None),
        (I, "spokesperson for the Turkish presidency", "consultations would continue through the night", None),
        (P, "spokesperson for the Turkish presidency", "hopeful", None),
        (I, "Rohan Mehta", "several countries that publicly backed the roadmap had done little to defend it in the final "
            "hours", None),
        (D, "Rohan Mehta", "It\u2019s easy to blame Riyadh, and Riyadh deserves some of it. But a lot of countries that "
            "say they support a roadmap were quietly relieved that someone else said no,", None),
        (I, "International Energy Agency", "Fossil fuels account for around three-quarters of global greenhouse gas "
            "emissions", None),
    ],
    "actors": [
        actor("four negotiators", "group", title="negotiators who were in the room", aliases=["four negotiators"],
              stance=0),
        actor("Khalid Al-Mutairi", "person", title="lead negotiator", affiliation="Saudi Arabia",
              aliases=["Khalid Al-Mutairi", "Al-Mutairi"], stance=1),
        actor("Arab Group", "group", title="negotiating bloc coordinated by Saudi Arabia", aliases=["Arab Group"],
              stance=1),
        actor("Marisol Baptiste", "person", title="Grenada's ambassador, chair of Aosis",
              affiliation="Alliance of Small Island States", aliases=["Marisol Baptiste", "Baptiste"], stance=-1),
        actor("EU negotiator", "person", title="anonymous EU negotiator", affiliation="European Union",
              aliases=["EU negotiator"], stance=-1),
        actor("Luc\u00eda C\u00e1rdenas", "person", title="environment minister", affiliation="Colombia",
              aliases=["Luc\u00eda C\u00e1rdenas", "C\u00e1rdenas"], stance=-1),
        actor("spokesperson for the Turkish presidency", "person", title="spokesperson", affiliation="Cop31 presidency",
              aliases=["spokesperson for the Turkish presidency"], stance=None),
        actor("Rohan Mehta", "person", title="climate diplomacy analyst", affiliation="E3G",
              aliases=["Rohan Mehta", "Mehta"], stance=0),
        actor("International Energy Agency", "organisation", title="energy agency",
              aliases=["International Energy Agency"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Nunatsiaq News (mould in Arviat public housing), headline and standfirst without speech
#    ("inspection shows" is not a speech cue), byline and "Published: December 2, 2026 at 2:45 pm"
#    lines, straight " and apostrophes, Canadian spelling ("organization", "program"), "Nunavut Housing
#    Corp.". Lede content before "according to an inspection report released Monday by the Nunavut
#    Housing Corp." (the corporation's); present-tense "The housing corporation says A, and that B" (one
#    span); president named after his quote ("NHC president X said in an interview"); present-tense "He
#    says A, and that B" (one span); Q&A "Asked why ..., Ikkidluak said the corporation had been "..."
#    with ..." (partial only); tenant "says A" (present tense), quote split by "Aggark said"; MLA "said in
#    the legislature ... that the report "..." and called on the minister ..." (partial only; directive);
#    minister "said A and that B" (one span); Inuit organization "said in a statement that the plan was
#    "..." but that B" (partial plus indirect); scare so-called "healthy homes" program; department
#    "says A" (present tense); "did not respond to a request for comment" (not annotated).
ARTICLES["data/eval/test21/arviat-public-housing-mould-report.gold.json"] = {
    "article": "data/eval/test21/arviat-public-housing-mould-report.txt",
    "target": "Nunavut Housing Corp.",
    "quotes": [
        (I, "Nunavut Housing Corp.", "Almost one in four public housing units in Arviat have visible mould, and dozens "
            "need major repairs before they can be considered safe", None),
        (I, "Nunavut Housing Corp.", "71 of Arviat's 298 public housing units had mould on walls, ceilings or under "
            "floors, and that 38 need repairs worth more than $100,000 each", None),
        (D, "Daniel Ikkidluak", "We commissioned this inspection because we wanted the full picture, not a guess. Now we "
            "have it, and we are going to act on it,", None),
        (I, "Daniel Ikkidluak", "the corporation will begin work on the 20 worst units once materials arrive on the "
            "sealift next summer, and that families in those units will be offered temporary housing in the meantime",
            None),
        (P, "Daniel Ikkidluak", "chasing a backlog for 20 years", None),
        (I, "Lorna Aggark", "she has asked the local housing organization to deal with the mould in her three-bedroom "
            "unit every year since 2019", None),
        (D, "Lorna Aggark", "My granddaughter has asthma. Every winter she ends up at the health centre, and every "
            "winter they tell me it's the house,", None),
        (D, "Lorna Aggark", "I don't need a report to tell me that.", None),
        (P, "Norman Ikakhik", "confirms what families have been saying for years", None),
        (I, "Pauloosie Nuyalia", "the corporation had done the right thing by commissioning the inspection and that the "
            "territory would ask Ottawa for an extra $45 million over three years to deal with mould across Nunavut",
            None),
        (P, "Nunavut Tunngavik Inc.", "a start", None),
        (I, "Nunavut Tunngavik Inc.", "it did nothing about overcrowding, which the Inuit organization called the root "
            "cause of mould in Nunavut homes", None),
        (S, None, "healthy homes", None),
        (I, "Department of Health", "exposure to mould can worsen asthma and other breathing problems, particularly in "
            "young children", None),
    ],
    "actors": [
        actor("Nunavut Housing Corp.", "government", title="territorial housing corporation",
              aliases=["Nunavut Housing Corp.", "NHC", "housing corporation"], stance=0),
        actor("Daniel Ikkidluak", "person", title="president", affiliation="Nunavut Housing Corp.",
              aliases=["Daniel Ikkidluak", "Ikkidluak"], stance=1),
        actor("Lorna Aggark", "person", title="public housing tenant, Arviat", aliases=["Lorna Aggark", "Aggark"],
              stance=-1),
        actor("Norman Ikakhik", "person", title="Arviat South MLA", affiliation="Legislative Assembly of Nunavut",
              aliases=["Norman Ikakhik", "Ikakhik"], stance=-1),
        actor("Pauloosie Nuyalia", "person", title="minister responsible for the housing corporation",
              affiliation="Government of Nunavut", aliases=["Pauloosie Nuyalia", "Nuyalia"], stance=1),
        actor("Nunavut Tunngavik Inc.", "organisation", title="Inuit organization",
              aliases=["Nunavut Tunngavik Inc."], stance=0),
        actor("Department of Health", "government", title="territorial health department", affiliation="Nunavut",
              aliases=["Department of Health"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Royal Gazette (Bermuda) courts/labour (the Employment Tribunal orders a restaurateur to pay
#    former kitchen staff), headline without speech, byline and "Published Dec 4, 2026 at 8:00am" lines,
#    curly quotes and apostrophes, British punctuation outside closing marks for fragments, "Mr"/"Ms".
#    "In a written decision ..., the Employment Tribunal said A and had B" (one span); scare so-called
#    "family meal" (the writer's sentence); "The tribunal said A, which it described as "..."" (indirect
#    plus partial); "the decision said" (the tribunal's); workers' lawyer "said her clients had waited "..."
#    for the money and that B" (partial plus indirect), "Ms Outerbridge said"; restaurateur "said A", quote
#    with "he told The Royal Gazette", "He said the tribunal had "..." evidence ..." (partial only); worker
#    "said A", "she said"; department spokeswoman "said A"; union "said the case showed that ... had to be
#    "..." in ..." (partial only); "The tribunal ordered ... to pay" (a directive, not annotated).
ARTICLES["data/eval/test21/harbour-table-employment-tribunal-wages.gold.json"] = {
    "article": "data/eval/test21/harbour-table-employment-tribunal-wages.txt",
    "target": "Marcus Wingood",
    "quotes": [
        (I, "Employment Tribunal", "Marcus Wingood, the owner of The Harbour Table and Front Street Grill, had failed to "
            "pay the workers overtime for more than two years and had made unlawful deductions from their wages", None),
        (S, None, "family meal", None),
        (I, "Employment Tribunal", "Mr Wingood had charged each worker $15 a shift for the meal", None),
        (P, "Employment Tribunal", "an unlawful deduction dressed up as a benefit", None),
        (D, "Employment Tribunal", "The respondent treated the wages of his lowest-paid employees as a source of working "
            "capital,", None),
        (P, "Nia Outerbridge", "more than two years", "\u201cmore than two years\u201d"),
        (I, "Nia Outerbridge", "two of them had since left the island", None),
        (D, "Nia Outerbridge", "These are people who work 12-hour shifts in a hot kitchen so that the rest of us can have "
            "a nice night out. They should not have to go to a tribunal to be paid,", None),
        (I, "Marcus Wingood", "he would appeal the decision to the Supreme Court", None),
        (D, "Marcus Wingood", "I have been in this business for 30 years and I have never cheated anybody. The meal "
            "charge was agreed with staff and it was in their contracts,", None),
        (P, "Marcus Wingood", "ignored", None),
        (I, "Rowena Bautista", "the money would allow her to pay off debts she had taken on to support her family in the "
            "Philippines", None),
        (D, "Rowena Bautista", "I am happy, but I will be happier when I see the cheque,", None),
        (I, "spokeswoman for the Department of Workforce Development", "the department had received 143 complaints about "
            "unpaid wages this year, up from 97 in 2025", None),
        (P, "Bermuda Industrial Union", "properly enforced", None),
    ],
    "actors": [
        actor("Employment Tribunal", "government", title="employment tribunal (its written decision)",
              affiliation="Bermuda", aliases=["Employment Tribunal", "tribunal"], stance=-1),
        actor("Nia Outerbridge", "person", title="lawyer for the five workers",
              aliases=["Nia Outerbridge", "Outerbridge", "Ms Outerbridge"], stance=-1),
        actor("Marcus Wingood", "person", title="restaurateur (The Harbour Table, Front Street Grill)",
              aliases=["Marcus Wingood", "Wingood", "Mr Wingood"], stance=1),
        actor("Rowena Bautista", "person", title="former kitchen worker", aliases=["Rowena Bautista", "Bautista"],
              stance=-1),
        actor("spokeswoman for the Department of Workforce Development", "person", title="spokeswoman",
              affiliation="Department of Workforce Development",
              aliases=["spokeswoman for the Department of Workforce Development"], stance=None),
        actor("Bermuda Industrial Union", "organisation", title="union", aliases=["Bermuda Industrial Union"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
