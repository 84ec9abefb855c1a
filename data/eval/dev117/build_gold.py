"""Build the dev117 gold files (data/eval/dev117/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev117/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev117.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev117"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Hankyoreh (English edition) diplomacy/security (the NIS says Russia gave North Korea radar
#    technology), headline "NIS says ..." without marks, "Posted on : Dec.11,2026 16:32 KST" and "By ...,
#    staff reporter" lines, straight " and apostrophes, American punctuation inside closing marks
#    ("tensions."), Korean names family name first, two speakers sharing the surname Kim (always written in
#    full). Lede content before "South Korea's spy agency told lawmakers"; "According to Rep. Yoon Ga-ram
#    ..., who briefed reporters ..., the National Intelligence Service (NIS) believes A" (the lawmaker is the
#    speaker); quote split by "Yoon said" (two directs); second lawmaker "said A"; embassy "rejected the
#    assessment" (act), "it said military cooperation ... was "..." and described the South Korean reports as
#    "..."" (two partials); spokesperson "told a regular briefing that the government was "..." and that B"
#    (partial plus indirect), "Ahn said"; scare so-called "comprehensive strategic partnership"; "Experts said
#    A" (a group); professor "said A", "Kim Min-seo said"; former ambassador "stressed that A" (indirect), "he
#    said".
ARTICLES[f"{BATCH}/russia-north-korea-radar-nis.gold.json"] = {
    "article": f"{BATCH}/russia-north-korea-radar-nis.txt",
    "target": "Russia",
    "quotes": [
        (I, "National Intelligence Service", "Russia has transferred technology for long-range air defense radars to "
            "North Korea in return for the North's continued supply of artillery shells", None),
        (I, "Yoon Ga-ram", "the National Intelligence Service (NIS) believes Russian engineers have been working at a "
            "radar production site near Pyongyang since at least August", None),
        (D, "Yoon Ga-ram", "This is the first time the NIS has confirmed that the cooperation goes beyond weapons and "
            "troops to actual technology transfer,", None),
        (D, "Yoon Ga-ram", "That changes the security calculation on the Korean Peninsula.", None),
        (I, "Bae Jun-ho", "the agency had not presented evidence that the radars were already operational", None),
        (P, "Russian Embassy in Seoul", "in full accordance with international law", None),
        (P, "Russian Embassy in Seoul", "groundless speculation aimed at inflaming tensions.", None),
        (P, "Ahn Ji-hoon", "gravely concerned", None),
        (I, "Ahn Ji-hoon", "it had summoned the Russian ambassador on Thursday afternoon", None),
        (D, "Ahn Ji-hoon", "Any cooperation that enhances North Korea's military capabilities is a clear violation of UN "
            "Security Council resolutions. Russia, as a permanent member, should know this better than anyone,",
            None),
        (S, None, "comprehensive strategic partnership", None),
        (I, "Experts", "the radar transfer, if confirmed, would mark a new stage in that relationship", None),
        (I, "Kim Min-seo", "the transfer suggested Moscow now saw North Korea as a long-term partner rather than a "
            "wartime supplier", None),
        (D, "Kim Min-seo", "For Russia, Seoul used to be the more important relationship on the peninsula. That is no "
            "longer true, and we have to accept it,", None),
        (I, "Kim Jae-won", "Seoul should keep its channels to Moscow open", None),
        (D, "Kim Jae-won", "Russia is not going to disappear from our neighborhood. Cutting off dialogue only makes "
            "Pyongyang more valuable to Moscow,", None),
    ],
    "actors": [
        actor("National Intelligence Service", "government", title="spy agency", affiliation="South Korea",
              aliases=["National Intelligence Service", "NIS"], stance=-1),
        actor("Yoon Ga-ram", "person", title="lawmaker, Intelligence Committee secretary", affiliation="Democratic Party",
              aliases=["Yoon Ga-ram", "Yoon", "Rep. Yoon Ga-ram"], stance=-1),
        actor("Bae Jun-ho", "person", title="lawmaker, Intelligence Committee secretary",
              affiliation="People Power Party", aliases=["Bae Jun-ho", "Bae", "Rep. Bae Jun-ho"], stance=0),
        actor("Russian Embassy in Seoul", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Seoul", "Russian Embassy"], stance=1),
        actor("Ahn Ji-hoon", "person", title="Foreign Ministry spokesperson", affiliation="South Korea",
              aliases=["Ahn Ji-hoon", "Ahn"], stance=-1),
        actor("Experts", "group", title="experts", aliases=["Experts"], stance=0),
        actor("Kim Min-seo", "person", title="professor of Russian studies",
              affiliation="Hankuk University of Foreign Studies", aliases=["Kim Min-seo"], stance=0),
        actor("Kim Jae-won", "person", title="former ambassador to Russia", affiliation="South Korea",
              aliases=["Kim Jae-won"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. RTL Today (Luxembourg) labour/tax (France plans a levy on cross-border workers), headline "..., is
#    'discriminatory', says Luxembourg" (straight single fragment: partial for Luxembourg), standfirst
#    without speech ("Paris wants ..."), "RTL Today" and "Updated: 10.12.2026 14:05" lines, "Read also:"
#    line, straight " and apostrophes, British spelling, punctuation outside fragments, "€90". Lede content
#    before "according to a draft amendment to the 2027 budget seen by RTL" (the document speaks); "which
#    Paris calls a "..."" (partial for France); ministry "said in a statement ... that it had "..." and that
#    B" (partial plus indirect), quote with "the statement said"; "the budget ministry defended the plan"
#    (act); spokesperson "said the contribution was "..." because ..." (partial only), quote with "the
#    spokesperson told RTL"; scare so-called "Luxembourg effect"; MP with a long apposition "said A",
#    "Kieffer said"; union "called the plan "..." and said B" (partial plus indirect); nurse "said that A",
#    "he said"; content before "according to national statistics office STATEC"; mayor "said A but that the
#    levy was "..."" (indirect plus partial).
ARTICLES[f"{BATCH}/france-frontalier-levy-luxembourg.gold.json"] = {
    "article": f"{BATCH}/france-frontalier-levy-luxembourg.txt",
    "target": "France",
    "quotes": [
        (P, "Luxembourg", "discriminatory", None),
        (I, "draft amendment to the 2027 budget", "The French government intends to introduce a monthly levy of up to "
            "\u20ac90 on French residents who work in Luxembourg", None),
        (P, "France", "cross-border solidarity contribution", None),
        (P, "Ministry of Finance", "not been consulted", None),
        (I, "Ministry of Finance", "the measure would breach the principle of free movement of workers within the EU",
            None),
        (D, "Ministry of Finance", "Luxembourg will not accept that people who choose to work here are treated as "
            "second-class citizens in their own country,", None),
        (P, "budget ministry spokesperson", "fair", None),
        (D, "budget ministry spokesperson", "Communes like Thionville or Longwy carry the costs, but the tax revenue "
            "goes to Luxembourg. That is the imbalance we want to correct,", None),
        (S, None, "Luxembourg effect", None),
        (I, "Laurent Kieffer", "he would vote against the amendment", None),
        (D, "Laurent Kieffer", "We should be asking Luxembourg to share its tax revenue, not punishing our own citizens "
            "for having a job,", None),
        (P, "OGBL", "a tax on going to work", None),
        (I, "OGBL", "it would organise a demonstration at the Zoufftgen border crossing in January", None),
        (I, "Julien Marchal", "with fuel, childcare and tolls he already spent more than \u20ac400 a month to get to "
            "work", None),
        (D, "Julien Marchal", "Ninety euros is not nothing. If they take it, some of my colleagues will simply move to "
            "Luxembourg, and then France loses everything,", None),
        (I, "STATEC", "Around 127,000 people living in France commute to jobs in Luxembourg each day, almost half of "
            "the Grand Duchy's cross-border workforce", None),
        (I, "Fran\u00e7oise Weber", "she understood the reasoning", None),
        (P, "Fran\u00e7oise Weber", "the wrong answer to a real problem", None),
    ],
    "actors": [
        actor("Luxembourg", "country", title="Grand Duchy", aliases=["Luxembourg"], stance=-1),
        actor("draft amendment to the 2027 budget", "government", title="French draft budget amendment",
              affiliation="France", aliases=["draft amendment to the 2027 budget"], stance=0),
        actor("France", "country", title="French government", aliases=["France", "Paris"], stance=1),
        actor("Ministry of Finance", "government", title="Luxembourg's Ministry of Finance", affiliation="Luxembourg",
              aliases=["Ministry of Finance"], stance=-1),
        actor("budget ministry spokesperson", "person", title="unnamed spokesperson",
              affiliation="French budget ministry", aliases=["budget ministry spokesperson", "the spokesperson"],
              stance=1),
        actor("Laurent Kieffer", "person", title="French MP (Moselle)", aliases=["Laurent Kieffer", "Kieffer"],
              stance=-1),
        actor("OGBL", "organisation", title="union", aliases=["OGBL"], stance=-1),
        actor("Julien Marchal", "person", title="nurse from Longwy, cross-border worker",
              aliases=["Julien Marchal", "Marchal"], stance=-1),
        actor("STATEC", "government", title="national statistics office", affiliation="Luxembourg",
              aliases=["STATEC"], stance=None),
        actor("Fran\u00e7oise Weber", "person", title="mayor of Audun-le-Tiche",
              aliases=["Fran\u00e7oise Weber", "Weber"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Inside World Football (the AFC expands the Asian Cup to 32 teams), headline without speech ("smaller
#    nations fear ..." is not a speech verb), byline, "December 9 –" opener, closing "Contact the writer of
#    this story at ..." line (reversed address), straight " and apostrophes, British spelling, punctuation
#    outside fragments. "a move it says will give "..." of playing ..." (partial only); scare so-called
#    "Vision 2035"; quote with "the AFC said"; "The AFC said A, and that B" (one span); head of competitions
#    "told Inside World Football that A", "he said", Q&A "Asked whether ..., he said: "...""; "Not everyone
#    is convinced." (not speech); federation president "said A", quote split by "he said" (two directs);
#    Football Australia "said in a statement that it "..." the decision and would consider bidding ..."
#    (no second subject: partial only); union "warned that A", quote with "the players' union said";
#    consultant (surname that is a common word, Tanner) "said the decision was "..."", quote before
#    "said Tanner, who ...".
ARTICLES[f"{BATCH}/afc-asian-cup-32-teams.gold.json"] = {
    "article": f"{BATCH}/afc-asian-cup-32-teams.txt",
    "target": "Asian Football Confederation",
    "quotes": [
        (P, "Asian Football Confederation", "more nations the chance to dream", None),
        (S, None, "Vision 2035", None),
        (D, "Asian Football Confederation", "The growth of football in Asia over the past decade has been "
            "extraordinary, and our flagship competition must reflect that,", None),
        (I, "Asian Football Confederation", "the expanded tournament would be played over 35 days, eight days longer "
            "than the current format, and that the host for 2031 would be chosen in 2028", None),
        (I, "Ravi Thambirajah", "the confederation had consulted all 47 member associations before the vote", None),
        (D, "Ravi Thambirajah", "Not every association got everything it wanted, but nobody can say they were not "
            "heard,", None),
        (D, "Ravi Thambirajah", "People said the same when we went to 24 in 2019. The 2023 tournament in Qatar was the "
            "most competitive we have ever had.", None),
        (I, "Ganbold Erdene", "the expansion would mean little for nations like his unless the AFC also increased "
            "development funding", None),
        (D, "Ganbold Erdene", "You cannot put a team that trains on artificial pitches at minus 20 degrees into the "
            "same race as Japan and call it fair competition,", None),
        (D, "Ganbold Erdene", "We need investment first, then places.", None),
        (P, "Football Australia", "warmly welcomed", None),
        (I, "FIFPRO Asia/Oceania", "a longer tournament would add to the workload of players already involved in club "
            "competitions and the expanded FIFA Club World Cup", None),
        (D, "FIFPRO Asia/Oceania", "Every extra week in the calendar comes out of players' rest. Nobody asked them,",
            None),
        (P, "Pete Tanner", "entirely about money", None),
        (D, "Pete Tanner", "More teams means more matches, more broadcast inventory and more sponsorship. That is not a "
            "criticism, it is just how tournaments work now,", None),
    ],
    "actors": [
        actor("Asian Football Confederation", "organisation", title="confederation",
              aliases=["Asian Football Confederation", "AFC"], stance=1),
        actor("Ravi Thambirajah", "person", title="head of competitions", affiliation="Asian Football Confederation",
              aliases=["Ravi Thambirajah", "Thambirajah"], stance=1),
        actor("Ganbold Erdene", "person", title="president", affiliation="Mongolian Football Federation",
              aliases=["Ganbold Erdene", "Ganbold"], stance=-1),
        actor("Football Australia", "organisation", title="national federation", aliases=["Football Australia"],
              stance=1),
        actor("FIFPRO Asia/Oceania", "organisation", title="players' union",
              aliases=["FIFPRO Asia/Oceania", "players' union"], stance=-1),
        actor("Pete Tanner", "person", title="sports business consultant (Singapore)",
              aliases=["Pete Tanner", "Tanner"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Gulf Daily News (Bahrain) courts (a businessman jailed for a property fraud), headline without speech,
#    byline in capitals, lede opening in capitals ("A BAHRAINI"), straight " and apostrophes, "BD3.4m",
#    "per cent"/"20pc", "the GDN". Court "said A, in what it described as "..."" (indirect plus partial);
#    scare so-called "guaranteed returns"; prosecutor with a title chain "said A", quote with "she said in a
#    statement"; defendant "told the court he had always intended ... and that B" (one span); lawyer "said
#    A", quote with "she told the GDN"; expatriate with a word-like first name (Sunny Thomas) "said A",
#    "he said", then a quote-only paragraph; group "who said A, welcomed the verdict but said B" (two
#    indirects; the welcome is an act); "one of them, Maricel Ramos, said" after the quote (her own actor);
#    CBB "said ... that A, and urged the public to ..." (directive not annotated).
ARTICLES[f"{BATCH}/seef-horizon-property-fraud-jailed.gold.json"] = {
    "article": f"{BATCH}/seef-horizon-property-fraud-jailed.txt",
    "target": "Khalid Mubarak",
    "quotes": [
        (I, "High Criminal Court", "the defendant had used money from new investors to pay returns to earlier ones",
            None),
        (P, "High Criminal Court", "a classic pyramid scheme", None),
        (S, None, "guaranteed returns", None),
        (I, "Noora Al Sayed", "the case had been referred to the prosecution after complaints from 19 investors in "
            "March last year", None),
        (D, "Noora Al Sayed", "The defendant exploited the trust of people who had saved for years, many of them "
            "workers far from their families,", None),
        (I, "Khalid Mubarak", "he had always intended to repay investors and that the collapse had been caused by "
            "delays in obtaining building permits", None),
        (I, "Mariam Al Khatib", "her client would appeal", None),
        (D, "Mariam Al Khatib", "My client did not run away. He stayed in Bahrain and co-operated with the "
            "investigation from day one. That is not the behaviour of a fraudster,", None),
        (I, "Sunny Thomas", "he had invested BD28,000, most of his savings, in an off-plan flat in Juffair in 2021",
            None),
        (D, "Sunny Thomas", "I went to the site three times. Every time it was an empty plot with a fence and a big "
            "sign,", None),
        (D, "Sunny Thomas", "My wife still doesn't know how much we lost.", None),
        (I, "group of 14 Filipino investors", "they were owed a combined BD410,000", None),
        (I, "group of 14 Filipino investors", "they doubted they would ever see their money", None),
        (D, "Maricel Ramos", "Ten years is good. But ten years does not pay our children's school fees,", None),
        (I, "Central Bank of Bahrain", "Seef Horizon had never held a licence to accept investment funds", None),
    ],
    "actors": [
        actor("High Criminal Court", "government", title="court", affiliation="Bahrain",
              aliases=["High Criminal Court", "court"], stance=-1),
        actor("Noora Al Sayed", "person", title="Chief Prosecutor, head of the Economic Crimes Prosecution",
              affiliation="Public Prosecution (Bahrain)", aliases=["Noora Al Sayed", "Al Sayed"], stance=-1),
        actor("Khalid Mubarak", "person", title="businessman, defendant", affiliation="Seef Horizon Developments",
              aliases=["Khalid Mubarak", "Mubarak"], stance=1),
        actor("Mariam Al Khatib", "person", title="defence lawyer", aliases=["Mariam Al Khatib", "Al Khatib"],
              stance=1),
        actor("Sunny Thomas", "person", title="Indian expatriate accountant, investor",
              aliases=["Sunny Thomas", "Thomas"], stance=-1),
        actor("group of 14 Filipino investors", "group", title="investors",
              aliases=["group of 14 Filipino investors"], stance=-1),
        actor("Maricel Ramos", "person", title="Filipino investor", aliases=["Maricel Ramos", "Ramos"], stance=-1),
        actor("Central Bank of Bahrain", "government", title="central bank and regulator", affiliation="Bahrain",
              aliases=["Central Bank of Bahrain", "CBB"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
