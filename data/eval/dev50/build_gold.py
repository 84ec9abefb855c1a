"""Build the dev50 gold files (data/eval/dev50/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev46/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev50/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev50.  Standard library only.
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
# 1. Kathimerini English Edition (the coast guard detains a tanker suspected of carrying Russian oil
#    off Laconia), headline without speech, "Newsroom" and "03.12.2026 • 17:46" lines, straight " and
#    apostrophes (ship's, Kremlin's), British spelling (harbour, ageing), punctuation inside the closing
#    marks for clauses. Lede "detained" (an act); content before "the coast guard said, adding that the
#    vessel posed "..." to ..." (indirect plus partial); scare so-called "shadow fleet"; minister named
#    after the quote; "He said A, and that B" (one span); embassy "called the detention "..." and said
#    Moscow reserved the right to take "..." to ..." (two partials); "In a post on its Telegram channel,
#    the embassy wrote: "..."" (direct); Commission spokesperson "said the Commission "..." the action"
#    (partial only), then "she told journalists in Brussels"; figure before "according to WWF Greece,
#    which ..." (the relative clause is the writer's), then "the environmental group said"; "declined to
#    comment" (not speech); fisherman "said A", then "he said"; "Diplomatic sources told Kathimerini that
#    A, and that they expected "..." reaction" (indirect plus partial).
ARTICLES["data/eval/dev50/laconian-gulf-tanker-russian-oil-detained.gold.json"] = {
    "article": "data/eval/dev50/laconian-gulf-tanker-russian-oil-detained.txt",
    "target": "Russia",
    "quotes": [
        (I, "Hellenic Coast Guard", "The Panama-flagged Orion Star, carrying about 700,000 barrels, had been "
            "loitering off the coast for nine days and had switched off its transponder at least twice", None),
        (P, "Hellenic Coast Guard", "a serious risk", None),
        (S, None, "shadow fleet", None),
        (D, "Vassilis Karanikas", "Greece will not be a parking lot for sanctioned oil. These are old ships with unknown "
            "insurers, and one accident in the Laconian Gulf would destroy this coastline for a generation,", None),
        (I, "Vassilis Karanikas", "the ship's documents indicated a cargo loaded at the Russian port of Primorsk in "
            "October, and that the 26 crew members, from India and Myanmar, were not under arrest", None),
        (P, "Russian Embassy in Athens", "an act of piracy", None),
        (P, "Russian Embassy in Athens", "all necessary measures", None),
        (D, "Russian Embassy in Athens", "Athens has chosen to follow Brussels into a dead end. Greek shipowners, who "
            "have earned billions carrying Russian cargoes, should ask themselves who benefits from this.", None),
        (P, "Laura Benedetti", "fully supports", None),
        (D, "Laura Benedetti", "Every tanker that is stopped is money that does not reach the Kremlin's war chest,",
            None),
        (I, "WWF Greece", "Ship-to-ship transfers of oil in the Laconian Gulf have increased fourfold since 2022", None),
        (D, "WWF Greece", "It is only a matter of time before one of these transfers ends in a spill. Nobody would be "
            "able to tell us who is going to pay for the clean-up,", None),
        (I, "Giorgos Mavrakis", "the ships had become part of the view", None),
        (D, "Giorgos Mavrakis", "We look at them every morning and we pray that the weather stays calm,", None),
        (I, "Diplomatic sources", "Athens had informed Moscow of the detention through diplomatic channels before it "
            "was carried out", None),
        (P, "Diplomatic sources", "a noisy but limited", None),
    ],
    "actors": [
        actor("Hellenic Coast Guard", "government", title="coast guard", affiliation="Greece",
              aliases=["Hellenic Coast Guard", "coast guard"], stance=-1),
        actor("Vassilis Karanikas", "person", title="Shipping Minister", affiliation="Greece",
              aliases=["Vassilis Karanikas", "Karanikas"], stance=-1),
        actor("Russian Embassy in Athens", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Athens", "the embassy"], stance=1),
        actor("Laura Benedetti", "person", title="European Commission spokesperson", affiliation="European Commission",
              aliases=["Laura Benedetti", "Benedetti"], stance=-1),
        actor("WWF Greece", "organisation", title="environmental group", aliases=["WWF Greece"], stance=-1),
        actor("Giorgos Mavrakis", "person", title="fisherman (Gytheio)", aliases=["Giorgos Mavrakis", "Mavrakis"],
              stance=-1),
        actor("Diplomatic sources", "group", title="anonymous diplomatic sources", affiliation="Greece",
              aliases=["Diplomatic sources"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Miami Herald labor/health (Jackson Health nurses picket and declare an impasse), headline with a
#    straight single fragment "talks stall over 'unsafe' staffing", capitalized "BY NAME" and "UPDATED
#    ..." lines, straight " and apostrophes (Miami-Dade's, Jackson's), American punctuation inside
#    closing marks, "Dr.", "$20,000", a Spanish sentence with its translation in parentheses inside the
#    quote. Lede "staffing levels the nurses call "unsafe."" (partial); union president "said a union
#    survey had found that A", then "Arbelo said"; Jackson's statement "said A, and that its staffing
#    levels were "..." those at ..." (indirect plus partial), then "the statement said"; CEO "told the
#    Herald that ... "..."" (partial only), then "Whitfield said"; "Nurses on the picket line said A";
#    scare "float pool," (comma inside); nurse named after the first stretch (who spoke in Spanish),
#    resumed; commissioner "wrote on X that she had asked both sides to "..."" (a directive: partial
#    only); economist "said A", then "he said".
ARTICLES["data/eval/dev50/jackson-nurses-impasse-staffing.gold.json"] = {
    "article": "data/eval/dev50/jackson-nurses-impasse-staffing.txt",
    "target": "Jackson Health System",
    "quotes": [
        (P, "nurses", "unsafe", "over 'unsafe'"),
        (P, "nurses", "unsafe.", "call \"unsafe"),
        (I, "Dolores Arbelo", "a union survey had found that 71% of nurses on medical-surgical floors had cared for six "
            "or more patients at a time during the past month", None),
        (D, "Dolores Arbelo", "Nobody becomes a nurse to run from room to room apologizing. We are asking for enough "
            "hands to do the job safely. That's it,", None),
        (I, "Jackson Health System", "it had offered raises of 9% over three years and had hired more than 600 nurses "
            "since January", None),
        (P, "Jackson Health System", "in line with or better than", None),
        (D, "Jackson Health System", "We value our nurses and we want a fair agreement. But we also have a "
            "responsibility to the taxpayers of Miami-Dade County,", None),
        (P, "Alana Whitfield", "without closing beds.", None),
        (D, "Alana Whitfield", "If I have to hire 400 nurses who don't exist in this market to meet a number on paper, "
            "the only other option is to turn patients away. I won't do that,", None),
        (I, "nurses", "they were routinely assigned six or seven patients on overnight shifts", None),
        (S, None, "float pool,", None),
        (D, "Yamil\u00e9 Torres", "Yo amo este hospital, pero as\u00ed no se puede (I love this hospital, but it can't "
            "go on like this),", None),
        (D, "Yamil\u00e9 Torres", "Last week I had seven patients and two of them were on heart drips.", None),
        (P, "Raquel Guti\u00e9rrez", "get back to the table before the holidays.", None),
        (I, "Rafael Dom\u00ednguez", "public hospitals like Jackson were competing for nurses with private systems that "
            "can offer signing bonuses of $20,000 or more", None),
        (D, "Rafael Dom\u00ednguez", "Jackson is caught in the middle. It has the sickest patients, the most uninsured "
            "patients and the tightest budget, and it still has to match Baptist and HCA on pay,", None),
    ],
    "actors": [
        actor("nurses", "group", title="Jackson nurses (SEIU Local 1991)", aliases=["nurses", "Jackson nurses",
              "Nurses"], stance=-1),
        actor("Dolores Arbelo", "person", title="president", affiliation="SEIU Local 1991",
              aliases=["Dolores Arbelo", "Arbelo"], stance=-1),
        actor("Jackson Health System", "organisation", title="public hospital network", affiliation="Miami-Dade County",
              aliases=["Jackson Health System", "Jackson"], stance=1),
        actor("Alana Whitfield", "person", title="chief executive", affiliation="Jackson Health System",
              aliases=["Alana Whitfield", "Whitfield", "Dr. Alana Whitfield"], stance=1),
        actor("Yamil\u00e9 Torres", "person", title="cardiac unit nurse", affiliation="Jackson Memorial Hospital",
              aliases=["Yamil\u00e9 Torres", "Torres"], stance=-1),
        actor("Raquel Guti\u00e9rrez", "person", title="Miami-Dade Commissioner", affiliation="Miami-Dade County Commission",
              aliases=["Raquel Guti\u00e9rrez", "Guti\u00e9rrez"], stance=0),
        actor("Rafael Dom\u00ednguez", "person", title="health economist", affiliation="Florida International University",
              aliases=["Rafael Dom\u00ednguez", "Dom\u00ednguez"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Hong Kong Free Press culture (the West Kowloon authority cancels a local play days before opening),
#    headline with a curly single fragment "citing ‘operational reasons’", byline and "10:00, 2 December
#    2026" lines, curly “ ” and ’ apostrophes, British punctuation outside the closing marks
#    (“operational reasons”.), a nested curly single ‘operational’ inside a quote. Authority "said the
#    decision had been made “...” and was due to “...”" (two partials), "It did not elaborate.", "the
#    statement read" (direct); "The authority said A"; artistic director "said A", then "Tsang told
#    HKFP", then "She said A and that B"; writer's Facebook post "wrote: “...”"; scare unspecified “red
#    lines”; lawmaker "said A and that public money should not fund works that “...”" (indirect plus
#    partial); anonymous administrator "said such decisions were increasingly made “...”" (partial
#    only), then "they said"; bureau "said ... that A and that the government “...” in ..." (indirect
#    plus partial); theatre company "said A but that B".
ARTICLES["data/eval/dev50/west-kowloon-freespace-play-cancelled.gold.json"] = {
    "article": "data/eval/dev50/west-kowloon-freespace-play-cancelled.txt",
    "target": "West Kowloon Cultural District Authority",
    "quotes": [
        (P, "West Kowloon Cultural District Authority", "operational reasons", "citing \u2018operational"),
        (P, "West Kowloon Cultural District Authority", "after a comprehensive review", None),
        (P, "West Kowloon Cultural District Authority", "operational reasons", "due to \u201coperational"),
        (D, "West Kowloon Cultural District Authority", "The Authority respects artistic freedom and supports the "
            "development of local theatre. Programming decisions are made on the basis of a wide range of "
            "considerations,", None),
        (I, "West Kowloon Cultural District Authority", "all ticket-holders would receive full refunds within 30 days",
            None),
        (I, "Winnie Tsang", "she had been told of the cancellation by phone on Friday evening", None),
        (D, "Winnie Tsang", "We asked for the reason three times. Each time we were told it was \u2018operational\u2019. "
            "If it is about the script, they should say so, and we can talk about it,", None),
        (I, "Winnie Tsang", "the script had been approved by the authority\u2019s programming team in June and that the "
            "company had already sold more than 1,100 tickets", None),
        (D, "Kenneth Lam", "I wrote a play about a fishing village, a grandmother and the sea. I am still trying to "
            "work out which of them was the problem.", None),
        (S, None, "red lines", None),
        (I, "Chan Hoi-yan", "the authority was entitled to decide what it staged in its own venues", None),
        (P, "Chan Hoi-yan", "smear the government or incite hatred", None),
        (P, "arts administrator", "above the programming level", None),
        (D, "arts administrator", "Nobody writes anything down. You just get a phone call on a Friday night,", None),
        (I, "Culture, Sports and Tourism Bureau", "the WKCDA was an independent statutory body", None),
        (P, "Culture, Sports and Tourism Bureau", "does not interfere", None),
        (I, "Harbour Lantern Theatre", "it was looking for another venue but that most theatres in the city were booked "
            "until the spring", None),
    ],
    "actors": [
        actor("West Kowloon Cultural District Authority", "government", title="statutory arts body",
              affiliation="Hong Kong", aliases=["West Kowloon Cultural District Authority", "WKCDA", "West Kowloon",
                                                "the authority", "The Authority"], stance=1),
        actor("Winnie Tsang", "person", title="artistic director", affiliation="Harbour Lantern Theatre",
              aliases=["Winnie Tsang", "Tsang"], stance=-1),
        actor("Kenneth Lam", "person", title="playwright", affiliation="Harbour Lantern Theatre",
              aliases=["Kenneth Lam", "Lam"], stance=-1),
        actor("Chan Hoi-yan", "person", title="pro-establishment lawmaker", affiliation="Legislative Council",
              aliases=["Chan Hoi-yan", "Chan"], stance=1),
        actor("arts administrator", "person", title="anonymous arts administrator", aliases=["arts administrator"],
              stance=-1),
        actor("Culture, Sports and Tourism Bureau", "government", title="government bureau", affiliation="Hong Kong",
              aliases=["Culture, Sports and Tourism Bureau"], stance=None),
        actor("Harbour Lantern Theatre", "organisation", title="theatre company",
              aliases=["Harbour Lantern Theatre"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Swissinfo business (watchmaker Montres Vallorbe cuts 180 jobs over US tariffs), headline without
#    speech, a standfirst with two present-tense "says"/"say" lines, "This content was published on
#    ..." line, "Keystone-SDA/jc" credit, straight " and apostrophes (company's, Washington's), British
#    punctuation outside the marks (career".), "CHF12 million". Standfirst "The ... brand says A" and
#    "Unions say B" (two indirects); lede content before "the company announced on Tuesday"; press
#    release "said A, and that B" with a fragment in A ("had made its ... watches "..." in ..."): partial
#    plus indirect; CEO "told ... RTS that the decision had been "..."" (partial only), then "he said";
#    scare "Swiss made" label; Unia "described the cuts as "..." and accused the management of using the
#    tariffs "..." for ..." (two partials); secretary named after the quote, "adding that B"; minister
#    "said the canton would "..." to ... and that B" (partial plus indirect); figure before "according to
#    the Federation of the Swiss Watch Industry"; analyst named after the quote; anonymous assembler named
#    after the first stretch, resumed.
ARTICLES["data/eval/dev50/montres-vallorbe-job-cuts-us-tariffs.gold.json"] = {
    "article": "data/eval/dev50/montres-vallorbe-job-cuts-us-tariffs.txt",
    "target": "Montres Vallorbe",
    "quotes": [
        (I, "Montres Vallorbe", "its mid-priced models have been priced out of the American market", None),
        (I, "Unions", "the tariffs are being used as an excuse", None),
        (I, "Montres Vallorbe", "The watchmaker Montres Vallorbe will cut 180 jobs, about one in five of its Swiss "
            "workforce, by the end of next year", None),
        (P, "Montres Vallorbe", "uncompetitive overnight", None),
        (I, "Montres Vallorbe", "sales in China had fallen for a third consecutive year", None),
        (P, "Laurent Berthoud", "the hardest of my career", None),
        (D, "Laurent Berthoud", "We are a family company. We have been making watches in the Jura for more than a "
            "century. But we cannot keep paying people to build watches that nobody can afford to buy in America,",
            None),
        (S, None, "Swiss made", None),
        (P, "Unia", "unacceptable", None),
        (P, "Unia", "as an excuse", "tariffs \"as an excuse"),
        (D, "Sophie Reymond", "Last year the company paid out a dividend of CHF12 million to the family. Now the workers "
            "are being asked to pay for Washington's decisions,", None),
        (I, "Sophie Reymond", "the union would demand a social plan and early retirement for workers over 58", None),
        (P, "Marc Girardin", "do everything possible", None),
        (I, "Marc Girardin", "he had requested a meeting with the management before the end of the week", None),
        (I, "Federation of the Swiss Watch Industry", "Swiss watch exports to the United States fell 28% in October "
            "compared with a year earlier", None),
        (D, "Jean-Philippe Rochat", "Vallorbe is exactly in the segment that suffers most: too expensive to compete on "
            "price, and not exclusive enough for buyers who don't care about price,", None),
        (D, "assembler", "I've been here 23 years. My mother worked on the same line before me,", None),
        (D, "assembler", "Nobody here believes it's only the tariffs.", None),
    ],
    "actors": [
        actor("Montres Vallorbe", "organisation", title="watchmaker", aliases=["Montres Vallorbe", "Vallorbe",
              "the company"], stance=1),
        actor("Unions", "group", title="trade unions", aliases=["Unions"], stance=-1),
        actor("Laurent Berthoud", "person", title="Chief executive", affiliation="Montres Vallorbe",
              aliases=["Laurent Berthoud", "Berthoud"], stance=1),
        actor("Unia", "organisation", title="trade union", aliases=["Unia"], stance=-1),
        actor("Sophie Reymond", "person", title="regional secretary", affiliation="Unia",
              aliases=["Sophie Reymond", "Reymond"], stance=-1),
        actor("Marc Girardin", "person", title="economy minister", affiliation="Canton of Jura",
              aliases=["Marc Girardin", "Girardin"], stance=None),
        actor("Federation of the Swiss Watch Industry", "organisation", title="industry federation",
              aliases=["Federation of the Swiss Watch Industry"], stance=None),
        actor("Jean-Philippe Rochat", "person", title="analyst", affiliation="Vontobel",
              aliases=["Jean-Philippe Rochat", "Rochat"], stance=0),
        actor("assembler", "person", title="anonymous assembler (Porrentruy plant)", affiliation="Montres Vallorbe",
              aliases=["assembler"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
