"""Build the dev225 gold files (data/eval/dev225/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev225/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev225.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev225"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Wansolwara (Fiji, USP student newspaper) education (students march against a 12 per cent fee increase), headline
#    without speech, "Story:" byline, curly “ ” and ’, "FJ$500,000"; association "said A"; association president named
#    after his quote ("said USPSA Laucala president Josaia Naivalu, who led the march"), then a quote-only paragraph;
#    "In a statement, USP said the increase was A and was needed to cover “...”, including ..." (indirect plus
#    partial); deputy vice-chancellor "said A", quote with "she told Wansolwara", "She said A and that B" (one span);
#    scare so-called “20-hour rule” (glossed); staff union general secretary in an apposition "said A and accused
#    management of “...”" (indirect plus partial); student named after her quote; "A spokesperson for Fiji’s Ministry
#    of Education said A and that B" (one span); a placard slogan without quote marks.
ARTICLES[f"{BATCH}/usp-fee-increase-protest.gold.json"] = {
    "article": f"{BATCH}/usp-fee-increase-protest.txt",
    "target": "University of the South Pacific",
    "quotes": [
        (I, "USP Students’ Association", "the increase, which takes effect in Semester 1, 2027, would force many students "
            "from the smaller member countries to drop out", None),
        (D, "Josaia Naivalu", "We have students from Tuvalu and Kiribati who already skip meals to pay their rent. Twelve "
            "per cent is not a small number for them,", None),
        (D, "Josaia Naivalu", "The university tells us it is a regional institution. Then it must listen to the region’s "
            "students.", None),
        (I, "University of the South Pacific", "the increase was the first in four years", None),
        (P, "University of the South Pacific", "rising operating costs", None),
        (I, "Sereana Kubuabola", "the university understood students’ concerns", None),
        (D, "Sereana Kubuabola", "No one takes a decision like this lightly. Even after the increase, USP’s fees remain "
            "among the lowest of any university in the region,", None),
        (I, "Sereana Kubuabola", "a new hardship fund of FJ$500,000 would open for applications in January and that "
            "students could also pay their fees in four instalments instead of two", None),
        (S, None, "20-hour rule", None),
        (I, "Ravinesh Prasad", "the association supported the students’ call for a freeze", None),
        (P, "Ravinesh Prasad", "balancing the books on the backs of students", None),
        (D, "Nalisa Kalo", "My parents are farmers on Tanna. They sold two cows to pay my fees this year. I don’t know what "
            "they will sell next year,", None),
        (I, "spokesperson for Fiji’s Ministry of Education", "the Government would raise the issue at the next USP Council "
            "meeting and that scholarship amounts for Fijian students would be reviewed", None),
    ],
    "actors": [
        actor("USP Students’ Association", "organisation", title="students' association",
              affiliation="University of the South Pacific", aliases=["USP Students’ Association", "USPSA"], stance=-1),
        actor("Josaia Naivalu", "person", title="USPSA Laucala president", affiliation="USP Students’ Association",
              aliases=["Josaia Naivalu", "Naivalu"], stance=-1),
        actor("University of the South Pacific", "organisation", title="regional university",
              affiliation="12 Pacific Island countries", aliases=["University of the South Pacific", "USP"], stance=1),
        actor("Sereana Kubuabola", "person", title="Deputy Vice-Chancellor (Education)",
              affiliation="University of the South Pacific", aliases=["Sereana Kubuabola", "Kubuabola",
              "Professor Sereana Kubuabola"], stance=1),
        actor("Ravinesh Prasad", "person", title="general secretary", affiliation="Association of USP Staff (AUSPS)",
              aliases=["Ravinesh Prasad", "Prasad"], stance=-1),
        actor("Nalisa Kalo", "person", title="second-year accounting student from Vanuatu", affiliation=None,
              aliases=["Nalisa Kalo", "Kalo"], stance=-1),
        actor("spokesperson for Fiji’s Ministry of Education", "person", title="spokesperson (unnamed)",
              affiliation="Ministry of Education (Fiji)", aliases=["spokesperson for Fiji’s Ministry of Education"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Uganda Radio Network (Uganda) disaster (a river floods Kasese; residents blame a hydropower weir), headline
#    without quote marks ("residents blame ..."), straight " and apostrophes; lede content before "according to the
#    Uganda Red Cross Society"; branch manager in an apposition "said A"; group "Residents of Kanyangeya say A"
#    (present tense); victim named after his quote, then a quote-only paragraph; plant manager "denied that B", quote
#    with "Ssekandi told URN", "He said the company had donated ... "as good neighbours"" (indirect plus partial, the
#    fragment outside the clause); authority "says A" (present tense); RDC "said A", "Walimbwa said"; scare so-called
#    "red zone" (glossed); LC III chairperson "said A and that B" (one span); "reported missing" (no speaker); photo
#    caption ending "(Emmanuel Kule/URN)".
ARTICLES[f"{BATCH}/kasese-nyamwamba-floods-weir.gold.json"] = {
    "article": f"{BATCH}/kasese-nyamwamba-floods-weir.txt",
    "target": "Mubuku Valley Power Ltd",
    "quotes": [
        (I, "Uganda Red Cross Society", "The death toll from floods that hit Kasese municipality on Monday night has risen "
            "to nine", None),
        (I, "Josephine Kabugho", "1,240 people had been displaced and were sheltering at Kasese Primary School and two "
            "churches", None),
        (I, "Residents of Kanyangeya", "a weir built by Mubuku Valley Power Ltd upstream of Kilembe pushed the river "
            "towards their homes", None),
        (D, "Yofesi Bwambale", "Before the company came, the river was on the other side of the valley. They built their "
            "wall and the water started coming to us. We told them in 2024,", None),
        (D, "Yofesi Bwambale", "Now I have nothing. Not even a saucepan.", None),
        (I, "Peter Ssekandi", "the weir had changed the course of the river", None),
        (D, "Peter Ssekandi", "Our weir is four kilometres upstream and it was designed to let flood water pass. What "
            "happened on Monday was a natural event caused by extreme rainfall,", None),
        (I, "Peter Ssekandi", "the company had donated food and blankets to the displaced families", None),
        (P, "Peter Ssekandi", "as good neighbours", None),
        (I, "Uganda National Meteorological Authority", "the Rwenzori region received 96 millimetres of rain in 24 hours, "
            "more than twice the December average", None),
        (I, "Joseph Walimbwa", "a team from the Ministry of Water and Environment would inspect the weir this week", None),
        (D, "Joseph Walimbwa", "If it is found that the company did not follow its environmental permit, it will be held "
            "responsible. Nobody is above the law,", None),
        (S, None, "red zone", "so-called"),
        (I, "Scovia Biira", "at least 60 of the destroyed houses were inside the red zone and that their owners had refused "
            "to relocate because no land had been offered to them", None),
    ],
    "actors": [
        actor("Uganda Red Cross Society", "organisation", title="humanitarian society", affiliation="Uganda",
              aliases=["Uganda Red Cross Society"], stance=None),
        actor("Josephine Kabugho", "person", title="Kasese branch manager", affiliation="Uganda Red Cross Society",
              aliases=["Josephine Kabugho", "Kabugho"], stance=None),
        actor("Residents of Kanyangeya", "group", title="residents", affiliation=None,
              aliases=["Residents of Kanyangeya"], stance=-1),
        actor("Yofesi Bwambale", "person", title="resident, 58, whose house was destroyed", affiliation=None,
              aliases=["Yofesi Bwambale", "Bwambale"], stance=-1),
        actor("Peter Ssekandi", "person", title="plant manager", affiliation="Mubuku Valley Power Ltd",
              aliases=["Peter Ssekandi", "Ssekandi"], stance=1),
        actor("Uganda National Meteorological Authority", "government", title="weather authority", affiliation="Uganda",
              aliases=["Uganda National Meteorological Authority", "UNMA"], stance=None),
        actor("Joseph Walimbwa", "person", title="Kasese Resident District Commissioner",
              affiliation="Government of Uganda", aliases=["Joseph Walimbwa", "Walimbwa"], stance=0),
        actor("Scovia Biira", "person", title="Bulembia Division LC III chairperson", affiliation="Bulembia Division",
              aliases=["Scovia Biira", "Biira"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. iWitness News (St Vincent and the Grenadines) politics (parliament approves more borrowing for a port's cost
#    overruns), headline with a curly single fragment "Port project still ‘good value’, finance minister says",
#    dateline "KINGSTOWN, St. Vincent —", curly “ ” and ’, "EC$120 million"; lede "says the ... Project remains “...”
#    for ..." (partial only); quote with "Cumberbatch told Parliament as he piloted the loan motion", then a quote-only
#    paragraph; "The minister said A, and that B" (one span); opposition MP "described the overrun as “...” and said B"
#    (partial plus indirect), "Ballantyne said"; vote count (no speech); content before "according to documents laid in
#    Parliament by the Ministry of Finance"; scare so-called “phase two”; chamber director named first, "told iWitness
#    News that A but were worried about “...”" (indirect plus partial); port chief "said A"; group "Vendors at the
#    Little Tokyo bus terminal ... say A" (present tense); vendor named after her quote (her quote reports others:
#    "They say ..."); bank "said in a statement that A and that B" (one span); closing "Cumberbatch said A".
ARTICLES[f"{BATCH}/svg-port-loan-cost-overrun.gold.json"] = {
    "article": f"{BATCH}/svg-port-loan-cost-overrun.txt",
    "target": "Everton Cumberbatch",
    "quotes": [
        (P, "Everton Cumberbatch", "good value", "Port project still"),
        (P, "Everton Cumberbatch", "good value", "KINGSTOWN"),
        (D, "Everton Cumberbatch", "When this port is finished, we will have a facility that can handle the ships that are "
            "actually sailing in this region today, not the ships of 1964,", None),
        (D, "Everton Cumberbatch", "Yes, it costs more than we projected. Steel costs more. Shipping costs more. Everything "
            "in the world costs more since 2022.", None),
        (I, "Everton Cumberbatch", "the total cost of the project now stood at EC$640 million, up from EC$450 million when "
            "construction began, and that the new loan from the Caribbean Development Bank (CDB) carried an interest "
            "rate of 4.1 per cent over 20 years", None),
        (P, "Shevern Ballantyne", "a scandal", None),
        (I, "Shevern Ballantyne", "the government had ignored warnings from engineers about the seabed at Rose Place",
            None),
        (D, "Shevern Ballantyne", "The minister stands here and blames the price of steel. The truth is that this "
            "government rushed a project so it could cut a ribbon before an election,", None),
        (I, "Ministry of Finance", "More than half of the overrun comes from additional dredging that was not in the "
            "original design", None),
        (S, None, "phase two", None),
        (I, "Nadine Hazell", "businesses supported a modern port", None),
        (P, "Nadine Hazell", "who pays the bill in the end", None),
        (I, "Marcia Ollivierre", "the new cargo port would open in phases from September 2027, starting with the container "
            "terminal", None),
        (I, "Vendors at the Little Tokyo bus terminal", "dust and noise have driven away customers for two years", None),
        (D, "Yvette Jack", "They say it will be better when it finish. I hope I still have a business when it finish,",
            None),
        (I, "Caribbean Development Bank", "the loan was approved by its Board of Directors in October and that it would be "
            "disbursed over three years", None),
        (I, "Everton Cumberbatch", "he would present a full update on the project’s finances when he delivers the 2027 "
            "Budget in January", None),
    ],
    "actors": [
        actor("Everton Cumberbatch", "person", title="Minister of Finance",
              affiliation="Government of St. Vincent and the Grenadines", aliases=["Everton Cumberbatch", "Cumberbatch",
              "finance minister", "The minister"], stance=1),
        actor("Shevern Ballantyne", "person", title="Opposition MP for West St. George", affiliation="Opposition",
              aliases=["Shevern Ballantyne", "Ballantyne"], stance=-1),
        actor("Ministry of Finance", "government", title="finance ministry (documents laid in Parliament)",
              affiliation="Government of St. Vincent and the Grenadines", aliases=["Ministry of Finance"], stance=0),
        actor("Nadine Hazell", "person", title="executive director",
              affiliation="St. Vincent and the Grenadines Chamber of Industry and Commerce",
              aliases=["Nadine Hazell", "Hazell"], stance=0),
        actor("Marcia Ollivierre", "person", title="Port Authority chief executive", affiliation="Port Authority",
              aliases=["Marcia Ollivierre", "Ollivierre"], stance=None),
        actor("Vendors at the Little Tokyo bus terminal", "group", title="vendors near the construction site",
              affiliation=None, aliases=["Vendors at the Little Tokyo bus terminal"], stance=None),
        actor("Yvette Jack", "person", title="vendor at the Little Tokyo bus terminal", affiliation=None,
              aliases=["Yvette Jack", "Jack"], stance=None),
        actor("Caribbean Development Bank", "organisation", title="regional development bank", affiliation="Caribbean",
              aliases=["Caribbean Development Bank", "CDB"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Capital (Ethiopia, English-language business weekly) business (a brewery raises prices for the third time this
#    year), headline without speech, byline in capitals, British straight single quotes '...' (apostrophes in
#    "country's", "Gafat's", "Ababa's" outside), "percent", "birr"; Ethiopian naming (first names as the short names:
#    "Dawit said", "Mekonnen said"); lede content before "the company said in a letter to distributors this week";
#    "The letter, seen by Capital, said the new prices ... reflected '...'" (partial only; the letter is the
#    company's); chief executive in an apposition "told Capital that A and that B" (one span), "Dawit said", then a
#    quote-only paragraph; group "Bar and restaurant owners in Addis Ababa's Bole and Kazanchis areas said A"; bar
#    owner named after her quote; anonymous "A distributor in Adama, who asked not to be named, said A"; authority
#    "said it was '...' the price increases ... and would take action ..." (partial only, no second subject); anonymous
#    "An official at the authority, who spoke on condition of anonymity, told Capital that A"; scare so-called 'sin
#    tax' (glossed); economist in an apposition "said the increases were '...' but that B" (partial plus indirect),
#    "Mekonnen said"; "did not say whether ..." (negated, not annotated).
ARTICLES[f"{BATCH}/gafat-brewery-price-increase.gold.json"] = {
    "article": f"{BATCH}/gafat-brewery-price-increase.txt",
    "target": "Gafat Brewery S.C.",
    "quotes": [
        (I, "Gafat Brewery S.C.", "Gafat Brewery S.C., one of the country's five largest beer makers, has raised the "
            "factory-gate price of its beers by 18 percent, the third increase since January", None),
        (P, "Gafat Brewery S.C.", "the continued rise in the cost of imported malt, packaging and energy", None),
        (I, "Dawit Tesfaye", "70 percent of the company's raw materials were imported and that their cost in birr had more "
            "than doubled since the currency was floated in July 2024", None),
        (D, "Dawit Tesfaye", "We have absorbed what we could. We delayed this increase by two months. But we cannot sell "
            "beer below the cost of making it,", None),
        (D, "Dawit Tesfaye", "Our competitors have done the same, some of them more than once.", None),
        (I, "Bar and restaurant owners in Addis Ababa's Bole and Kazanchis areas", "sales had fallen sharply since the "
            "last increase in August", None),
        (D, "Tigist Alemu", "A bottle was 45 birr last year. Now my customers will pay 80. Many of them drink one and go "
            "home,", None),
        (I, "distributor in Adama", "orders from bars and hotels in the town had fallen by about a third since August",
            None),
        (P, "Ethiopian Trade Competition and Consumers Protection Authority", "studying", None),
        (I, "official at the authority", "three breweries had announced increases of between 15 and 20 percent within ten "
            "days of each other", None),
        (S, None, "sin tax", None),
        (P, "Mekonnen Haile", "largely cost-driven", None),
        (I, "Mekonnen Haile", "the lack of competition in the sector allowed breweries to pass costs on to consumers faster "
            "than other manufacturers", None),
        (D, "Mekonnen Haile", "When four companies control almost the whole market, prices go up together, and they "
            "rarely come down,", None),
    ],
    "actors": [
        actor("Gafat Brewery S.C.", "organisation", title="brewery", affiliation="Ethiopia",
              aliases=["Gafat Brewery S.C.", "Gafat Brewery", "Gafat", "the company"], stance=1),
        actor("Dawit Tesfaye", "person", title="Chief Executive Officer", affiliation="Gafat Brewery S.C.",
              aliases=["Dawit Tesfaye", "Dawit"], stance=1),
        actor("Bar and restaurant owners in Addis Ababa's Bole and Kazanchis areas", "group", title="bar and restaurant "
              "owners", affiliation=None, aliases=["Bar and restaurant owners in Addis Ababa's Bole and Kazanchis areas"],
              stance=-1),
        actor("Tigist Alemu", "person", title="bar owner near Edna Mall", affiliation=None,
              aliases=["Tigist Alemu", "Tigist"], stance=-1),
        actor("distributor in Adama", "person", title="distributor (anonymous)", affiliation=None,
              aliases=["distributor in Adama"], stance=-1),
        actor("Ethiopian Trade Competition and Consumers Protection Authority", "government",
              title="competition and consumer protection authority", affiliation="Ethiopia",
              aliases=["Ethiopian Trade Competition and Consumers Protection Authority", "ETCCPA"], stance=0),
        actor("official at the authority", "person", title="official (anonymous)",
              affiliation="Ethiopian Trade Competition and Consumers Protection Authority",
              aliases=["official at the authority"], stance=0),
        actor("Mekonnen Haile", "person", title="economist", affiliation="Addis Ababa University",
              aliases=["Mekonnen Haile", "Mekonnen", "Dr. Mekonnen Haile"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
