"""Build the test137 gold files (data/eval/test137/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test137/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test137.
Standard library only. Held out: scored, not tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test137"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kathimerini English Edition (ekathimerini, Greece) tourism/local government (Santorini's mayor
#    defends a daily cap on cruise passengers), headline without speech, "Newsroom" and "12.12.2026 •
#    19:05" lines, curly “ ” and ’, US punctuation inside closing marks; lede "defended ..., saying the
#    island's roads ... could “...”" (partial only); quote with "Delaportas told Kathimerini", then a
#    quote-only paragraph; "He said A"; association "said in a statement that the cap had been decided
#    “...” and that B" (partial plus indirect); scare so-called “must-see” stop; anonymous ministry
#    official "said the government supported “...” of the cap but was concerned that ..." (partial only:
#    the second predicate has no subject of its own); "backed the decision" (act); president "said A",
#    then a quote split by "she said." into two sentences; group "The tender boat operators who ... said
#    A"; councillor "said the mayor had “...”" (partial only), quote with "Nomikos said"; "According to X,
#    A".
ARTICLES[f"{BATCH}/santorini-cruise-cap-mayor.gold.json"] = {
    "article": f"{BATCH}/santorini-cruise-cap-mayor.txt",
    "target": "Manolis Delaportas",
    "quotes": [
        (P, "Manolis Delaportas", "simply not take more.", None),
        (D, "Manolis Delaportas", "Everyone who has tried to walk down to the old port in August knows what I am "
            "talking about. We are not against cruise tourism. We are against chaos,", None),
        (D, "Manolis Delaportas", "If the ships want to come, they are welcome. They just cannot all come on the same "
            "day.", None),
        (I, "Manolis Delaportas", "the number of cruise passengers arriving on the island had risen to 1.4 million "
            "this year, more than ten times its permanent population", None),
        (P, "Cruise Lines International Association", "without any meaningful consultation", None),
        (I, "Cruise Lines International Association", "member lines would have to cancel or reroute calls already "
            "sold for 2027", None),
        (S, None, "must-see", None),
        (P, "Tourism Ministry official", "the principle", None),
        (I, "Eleni Roussou", "shopkeepers in Fira earned far less from cruise passengers than from visitors who "
            "stayed on the island overnight", None),
        (D, "Eleni Roussou", "A cruise passenger has four hours,", None),
        (D, "Eleni Roussou", "He takes a photo, buys a fridge magnet and goes back to the ship.", None),
        (I, "tender boat operators", "the cap would cost them at least a third of their income next year", None),
        (P, "Giorgos Nomikos", "chosen headlines over a plan.", None),
        (D, "Giorgos Nomikos", "Five thousand is a number he picked from the air. Where is the study? Where are the "
            "figures for the water and the roads?", None),
        (I, "Hellenic Ports Association", "Santorini received 812 cruise calls in 2026, second only to Piraeus among "
            "Greek ports", None),
    ],
    "actors": [
        actor("Manolis Delaportas", "person", title="Santorini Mayor", affiliation="Municipality of Thira",
              aliases=["Manolis Delaportas", "Delaportas", "the mayor"], stance=1),
        actor("Cruise Lines International Association", "organisation", title="cruise industry association",
              affiliation=None, aliases=["Cruise Lines International Association", "CLIA"], stance=-1),
        actor("Tourism Ministry official", "person", title="official (anonymous)", affiliation="Tourism Ministry",
              aliases=["Tourism Ministry official"], stance=0),
        actor("Eleni Roussou", "person", title="president", affiliation="Santorini Traders’ Association",
              aliases=["Eleni Roussou", "Roussou"], stance=1),
        actor("tender boat operators", "group", title="tender boat operators at Skala Fira", affiliation=None,
              aliases=["tender boat operators"], stance=-1),
        actor("Giorgos Nomikos", "person", title="opposition councillor", affiliation="Municipality of Thira",
              aliases=["Giorgos Nomikos", "Nomikos"], stance=-1),
        actor("Hellenic Ports Association", "organisation", title="ports association", affiliation="Greece",
              aliases=["Hellenic Ports Association"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Hespress English (Morocco) diplomacy/trade (Morocco protests to Spain over a farmers' blockade of
#    Moroccan produce trucks at Algeciras), headline without quote marks, "Hespress English - Tuesday 15
#    December 2026 - 14:20" line, straight " and apostrophes; lede content before "the Ministry of Foreign
#    Affairs said on Tuesday"; "In a statement, the ministry said it had summoned ... and asked for
#    "..." that ..." (indirect plus partial); Spanish ministry spokesperson "said Madrid "..." but would
#    not allow ..., and that B" (partial plus indirect); farmers' organisation "which said A were being
#    "..." by imports and accused the Spanish government of "..." on ..." (two partials); scare so-called
#    "mirror clauses"; driver (apposition after the name) "told Hespress that A", "he said"; exporters'
#    association "said A"; its president "said: "..."" (direct); Commission "said it was "..." and was in
#    contact with ..." (partial only); economist "said A", quote with "he told Hespress".
ARTICLES[f"{BATCH}/algeciras-tomato-trucks-blockade.gold.json"] = {
    "article": f"{BATCH}/algeciras-tomato-trucks-blockade.txt",
    "target": "Spain",
    "quotes": [
        (I, "Ministry of Foreign Affairs", "Morocco has formally protested to Spain after Spanish farmers blocked more "
            "than 200 Moroccan trucks carrying tomatoes and peppers at the port of Algeciras for a second day", None),
        (I, "Ministry of Foreign Affairs", "it had summoned Spain's ambassador in Rabat", None),
        (P, "Ministry of Foreign Affairs", "urgent guarantees", None),
        (P, "spokesperson for Spain's Ministry of Agriculture, Fisheries and Food", "respects the right to protest",
            None),
        (I, "spokesperson for Spain's Ministry of Agriculture, Fisheries and Food", "Guardia Civil units had been sent "
            "to the port on Monday night", None),
        (P, "Coordinator of Farmers' and Livestock Breeders' Organisations", "ruined", None),
        (P, "Coordinator of Farmers' and Livestock Breeders' Organisations", "looking the other way", None),
        (S, None, "mirror clauses", None),
        (I, "Mohamed Benali", "his load of cherry tomatoes would be worthless within three days", None),
        (D, "Mohamed Benali", "We sleep in the cab. There is no water and no toilets. Nobody from the Spanish side has "
            "come to speak to us,", None),
        (I, "Moroccan Association of Fruit and Vegetable Producers and Exporters", "losses had already passed 30 "
            "million dirhams", None),
        (D, "Lahcen Amzil", "Every year it is the same scene in Andalusia when the prices fall. Spain cannot let a few "
            "hundred people decide the trade policy of the European Union.", None),
        (P, "European Commission", "following the situation closely", None),
        (I, "Mohammed Chraibi", "the two countries needed each other too much to let the dispute escalate", None),
        (D, "Mohammed Chraibi", "Spain buys our tomatoes, and we buy Spanish machinery, seeds and fuel. Both capitals "
            "know this will be solved within days, not weeks,", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Morocco",
              aliases=["Ministry of Foreign Affairs", "the ministry"], stance=-1),
        actor("spokesperson for Spain's Ministry of Agriculture, Fisheries and Food", "person", title="spokesperson",
              affiliation="Spain", aliases=["spokesperson for Spain's Ministry of Agriculture, Fisheries and Food"],
              stance=1),
        actor("Coordinator of Farmers' and Livestock Breeders' Organisations", "organisation",
              title="farmers' organisation (Andalusian branch)", affiliation="Spain",
              aliases=["Coordinator of Farmers' and Livestock Breeders' Organisations", "COAG"], stance=-1),
        actor("Mohamed Benali", "person", title="truck driver from Agadir", affiliation=None,
              aliases=["Mohamed Benali", "Benali"], stance=-1),
        actor("Moroccan Association of Fruit and Vegetable Producers and Exporters", "organisation",
              title="exporters' association", affiliation="Morocco",
              aliases=["Moroccan Association of Fruit and Vegetable Producers and Exporters"], stance=None),
        actor("Lahcen Amzil", "person", title="president",
              affiliation="Moroccan Association of Fruit and Vegetable Producers and Exporters",
              aliases=["Lahcen Amzil", "Amzil"], stance=-1),
        actor("European Commission", "government", title="EU executive", affiliation="European Union",
              aliases=["European Commission"], stance=0),
        actor("Mohammed Chraibi", "person", title="economist", affiliation="Mohammed V University",
              aliases=["Mohammed Chraibi", "Chraibi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Colombia One culture (Cali's mayor's office will charge entry to a Pacific music festival), headline
#    without quote marks, byline and date lines, curly “ ” and ’, US punctuation inside closing marks,
#    "%", "pesos"; lede content before "the Cali Mayor’s Office confirmed on Monday"; culture secretary
#    (apposition before the name) "said A", quote with "Mosquera said at a press conference", "She added
#    that A"; "The decision drew immediate criticism from X, who said A" (indirect for the group; the
#    criticism itself not annotated); marimba player named after his quote ("said Yeison Riascos, a ...
#    whose ..."), then a quote-only paragraph; scare so-called “VIP zone”; councilor "said the
#    administration had taken the decision “...” and called for a public hearing" (partial only; the
#    directive not annotated), quote with "Valencia told Colombia One"; ministry "said in a statement that
#    A and that B" (one span); group "Food and drink vendors, who ..., said A", quote with "they said";
#    anonymous committee member "said A".
ARTICLES[f"{BATCH}/cali-petronio-alvarez-tickets.gold.json"] = {
    "article": f"{BATCH}/cali-petronio-alvarez-tickets.txt",
    "target": "Cali Mayor’s Office",
    "quotes": [
        (I, "Cali Mayor’s Office", "The Petronio Álvarez Pacific Music Festival will charge admission for the first "
            "time in its 30-year history", None),
        (I, "Juliana Mosquera", "the income would pay for security, sanitation and artists’ fees, which have risen by "
            "60% since 2023", None),
        (D, "Juliana Mosquera", "The Petronio is not going to stop being for the people. But a festival for 600,000 "
            "people cannot keep depending on the city’s budget alone,", None),
        (I, "Juliana Mosquera", "30% of the tickets would be handed out free of charge through community councils in "
            "the Pacific region", None),
        (I, "musicians and cultural organizations from the Pacific coast", "the festival belonged to the communities "
            "of Chocó, Cauca, Valle del Cauca and Nariño rather than to the city that hosts it", None),
        (D, "Yeison Riascos", "My grandmother sang at the first Petronio without shoes on her feet. Now her "
            "great-grandchildren will need a ticket to hear the music she taught us,", None),
        (D, "Yeison Riascos", "We are not against paying the artists. Ask the companies with the big stages to pay, "
            "not the grandmothers.", None),
        (S, None, "VIP zone", None),
        (P, "Andrés Valencia", "behind closed doors", None),
        (D, "Andrés Valencia", "This is a festival that was born in the street, and the street is where it belongs,",
            None),
        (I, "Ministry of Culture", "it had not been consulted on the ticketing plan and that national funding for the "
            "festival, about 2 billion pesos a year, would continue", None),
        (I, "Food and drink vendors", "they feared smaller crowds would mean lower sales", None),
        (D, "Food and drink vendors", "If people pay at the gate, they arrive with empty pockets,", None),
        (I, "member of the festival’s organizing committee", "the ticket price had been lowered from 35,000 pesos "
            "after pressure from community leaders", None),
    ],
    "actors": [
        actor("Cali Mayor’s Office", "government", title="city government", affiliation="Cali",
              aliases=["Cali Mayor’s Office"], stance=1),
        actor("Juliana Mosquera", "person", title="culture secretary", affiliation="Cali Mayor’s Office",
              aliases=["Juliana Mosquera", "Mosquera"], stance=1),
        actor("musicians and cultural organizations from the Pacific coast", "group",
              title="musicians and cultural organizations", affiliation=None,
              aliases=["musicians and cultural organizations from the Pacific coast"], stance=-1),
        actor("Yeison Riascos", "person", title="marimba player from Guapi", affiliation=None,
              aliases=["Yeison Riascos", "Riascos"], stance=-1),
        actor("Andrés Valencia", "person", title="city councilor", affiliation="Cali city council",
              aliases=["Andrés Valencia", "Valencia"], stance=-1),
        actor("Ministry of Culture", "government", title="ministry", affiliation="Colombia",
              aliases=["Ministry of Culture"], stance=0),
        actor("Food and drink vendors", "group", title="festival food and drink vendors", affiliation=None,
              aliases=["Food and drink vendors"], stance=-1),
        actor("member of the festival’s organizing committee", "person", title="committee member (anonymous)",
              affiliation="festival organizing committee", aliases=["member of the festival’s organizing committee"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. New Age (Bangladesh) labour (garment workers block a highway over unpaid wages), headline without
#    speech, "Staff Correspondent | Gazipur" and "Published: 00:12, Dec 14, 2026" lines, straight " and
#    apostrophes, "Tk", British punctuation; lede "demanding their wages ..." (not annotated); content
#    before "according to the Gazipur Metropolitan Police"; group "Workers said it had not paid ... and had
#    repeatedly broken ..." (one span); operator "said A", "she said"; director "told New Age that A and was
#    "..." to arrange funds" (indirect plus partial), "he said"; "Labour leaders were unconvinced." (not
#    speech); federation secretary "said A", then a quote-only paragraph left open at the end of its line
#    and a closed paragraph with "he said"; scare so-called "knit belt"; BGMEA "said in a statement that it
#    had asked ... and would mediate ..." (one span: a reported request, not a directive by the writer);
#    anonymous manager "said A"; police superintendent "said A"; group "long-distance bus passengers said A".
ARTICLES[f"{BATCH}/meghna-knit-highway-blockade.gold.json"] = {
    "article": f"{BATCH}/meghna-knit-highway-blockade.txt",
    "target": "Meghna Knit Composite Limited",
    "quotes": [
        (I, "Gazipur Metropolitan Police", "The blockade caused a tailback of more than 20 kilometres on both sides of "
            "the highway", None),
        (I, "Workers", "it had not paid wages since September and had repeatedly broken its promises to clear the "
            "arrears", None),
        (I, "Rupa Akter", "she had borrowed Tk 8,000 from a neighbour to pay her room rent", None),
        (D, "Rupa Akter", "My landlord gave me until the 20th. After that I will have to send my daughter back to the "
            "village,", None),
        (I, "Kamrul Hasan", "the company had been hit by cancelled orders and delayed payments from two buyers", None),
        (P, "Kamrul Hasan", "trying its best", None),
        (D, "Kamrul Hasan", "We will pay October's wages by Thursday and November's by the end of the month. The owners "
            "have mortgaged their own property to do it,", None),
        (I, "Selim Mahmud", "the owners had opened a new washing plant in Savar in August", None),
        (D, "Selim Mahmud", "If there is money for a new plant, there is money for wages. This is theft, nothing "
            "else.", None),
        (D, "Selim Mahmud", "We will come back to the highway on Friday if the money is not in the workers' accounts,",
            None),
        (S, None, "knit belt", None),
        (I, "Bangladesh Garment Manufacturers and Exporters Association", "it had asked the factory's owners to clear "
            "all arrears by December 20 and would mediate talks with workers' representatives", None),
        (I, "mid-level manager at the factory", "salaries of office staff had also not been paid since October", None),
        (I, "Sarwar Alam", "the workers left the highway around 3:00pm after the factory's management promised in "
            "writing to pay October's wages by Thursday", None),
        (I, "long-distance bus passengers", "they had been stranded for up to six hours", None),
    ],
    "actors": [
        actor("Gazipur Metropolitan Police", "government", title="police", affiliation="Bangladesh",
              aliases=["Gazipur Metropolitan Police"], stance=None),
        actor("Workers", "group", title="factory workers", affiliation="Meghna Knit Composite Limited",
              aliases=["Workers"], stance=-1),
        actor("Rupa Akter", "person", title="sewing operator, 26", affiliation="Meghna Knit Composite Limited",
              aliases=["Rupa Akter", "Akter"], stance=-1),
        actor("Kamrul Hasan", "person", title="director (admin and HR)", affiliation="Meghna Knit Composite Limited",
              aliases=["Kamrul Hasan", "Hasan"], stance=1),
        actor("Selim Mahmud", "person", title="general secretary", affiliation="Bangladesh Knitwear Workers Federation",
              aliases=["Selim Mahmud", "Mahmud"], stance=-1),
        actor("Bangladesh Garment Manufacturers and Exporters Association", "organisation",
              title="industry association", affiliation="Bangladesh",
              aliases=["Bangladesh Garment Manufacturers and Exporters Association"], stance=0),
        actor("mid-level manager at the factory", "person", title="manager (anonymous)",
              affiliation="Meghna Knit Composite Limited", aliases=["mid-level manager at the factory"], stance=0),
        actor("Sarwar Alam", "person", title="Industrial Police-2 superintendent", affiliation="Industrial Police",
              aliases=["Sarwar Alam", "Alam"], stance=None),
        actor("long-distance bus passengers", "group", title="bus passengers", affiliation=None,
              aliases=["long-distance bus passengers"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
