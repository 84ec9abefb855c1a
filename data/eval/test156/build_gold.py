"""Build the test156 gold files (data/eval/test156/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test156/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test156.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test156"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. St Helena Independent (South Atlantic island weekly) transport (an airline cancels flights and threatens to cut
#    its service), headline with a straight single fragment "... as airline warns of 'unsustainable' losses", paper
#    and date line, byline, British straight single quotes '...' for quotes and fragments, straight apostrophes
#    (Saturday's, airport's), punctuation outside closing marks for fragments; lede "has cancelled ..., and has warned
#    that A" (the cancellation the writer's, the warning an indirect); airline "said A, and that the safety of passengers and crew 'will always come first'" (indirect plus partial);
#    chief executive (apposition) "said A", quote split by "he said"; government "said A but that
#    B" (one span); unnamed "a spokesperson said" after a one-stretch quote; councillor "said the island could not
#    afford to '...'" (partial only), then "he said"; scare so-called 'Jamestown tailwind'; group "Hoteliers said A";
#    guesthouse owner "said A", quote split by "she said"; anonymous passenger "told the Independent that A", "he
#    said"; association "said it would write to ... asking for the air service contract to be '...'" (partial only);
#    "Atlantic Link Air said A, and that B".
ARTICLES[f"{BATCH}/st-helena-flight-cancellations.gold.json"] = {
    "article": f"{BATCH}/st-helena-flight-cancellations.txt",
    "target": "Atlantic Link Air",
    "quotes": [
        (P, "Atlantic Link Air", "unsustainable", "Fourth Saturday flight"),
        (I, "Atlantic Link Air", "it may reduce its service to one flight a fortnight from February", None),
        (I, "Atlantic Link Air", "strong tailwinds on the approach to the airport's Runway 20 had exceeded the limits "
            "set for its aircraft on each of the four days", None),
        (P, "Atlantic Link Air", "will always come first", None),
        (I, "Pieter Swanepoel", "the company was losing money on every rotation to the island", None),
        (D, "Pieter Swanepoel", "We have carried St Helena through two difficult years, and we are proud of that,", None),
        (D, "Pieter Swanepoel", "But every diversion to Windhoek and every night our crew spend in a hotel costs us. At "
            "current loadings the route is unsustainable.", None),
        (I, "St Helena Government", "talks with the airline were taking place but that no decision had been made on "
            "additional financial support", None),
        (D, "spokesperson", "SHG recognises how important this air link is to every family on the island, and we are "
            "working with the airline and with the UK Government to find a sustainable solution,", None),
        (P, "Derek Stroud-Cairns", "go back to the days of waiting for the ship", None),
        (D, "Derek Stroud-Cairns", "If the flights go to one a fortnight, you can forget about tourism. Nobody will book "
            "a holiday where they might be stuck for an extra two weeks,", None),
        (S, None, "Jamestown tailwind", None),
        (I, "Hoteliers", "bookings for the Christmas period had already fallen by about a third", None),
        (I, "Angela Thomas", "three of her December guests had cancelled after seeing the news on social media", None),
        (D, "Angela Thomas", "They are not cancelling because of one flight. They are cancelling because they do not "
            "trust that they will get home,", None),
        (D, "Angela Thomas", "I understand the airline has costs, but they made a commitment to this island.", None),
        (I, "68-year-old man from Half Tree Hollow", "he had been in Johannesburg for five weeks after medical "
            "treatment", None),
        (D, "68-year-old man from Half Tree Hollow", "My treatment finished on the 20th. I just want to see my wife,",
            None),
        (P, "St Helena Tourism Association", "looked at again with urgency", None),
        (I, "Atlantic Link Air", "passengers booked on Saturday's flight would be moved to the next available service on "
            "12 December, and that it would cover their accommodation in Johannesburg until then", None),
    ],
    "actors": [
        actor("Atlantic Link Air", "organisation", title="airline", affiliation=None,
              aliases=["Atlantic Link Air", "airline", "the airline"], stance=1),
        actor("Pieter Swanepoel", "person", title="chief executive", affiliation="Atlantic Link Air",
              aliases=["Pieter Swanepoel", "Swanepoel"], stance=1),
        actor("St Helena Government", "government", title="island government", affiliation="St Helena",
              aliases=["St Helena Government", "SHG"], stance=0),
        actor("spokesperson", "person", title="spokesperson (unnamed)", affiliation="St Helena Government",
              aliases=["spokesperson"], stance=0),
        actor("Derek Stroud-Cairns", "person", title="Councillor, chair of the Economic Development Committee",
              affiliation="St Helena Legislative Council", aliases=["Derek Stroud-Cairns", "Stroud-Cairns"], stance=-1),
        actor("Hoteliers", "group", title="hoteliers", affiliation=None, aliases=["Hoteliers"], stance=0),
        actor("Angela Thomas", "person", title="guesthouse owner in Longwood", affiliation=None,
              aliases=["Angela Thomas", "Thomas"], stance=-1),
        actor("68-year-old man from Half Tree Hollow", "person", title="stranded passenger (anonymous)",
              affiliation=None, aliases=["68-year-old man from Half Tree Hollow"], stance=None),
        actor("St Helena Tourism Association", "organisation", title="tourism association", affiliation="St Helena",
              aliases=["St Helena Tourism Association"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Guardian (Tanzania, IPP Media) labour (dockworkers stop work over short-term contracts at a privately run
#    terminal), headline without speech, "By Guardian Reporter, Dar es Salaam", straight " and apostrophes; lede
#    content before "the Dock Workers Union of Tanzania (DOWUTA) said"; secretary general "told The Guardian that A",
#    quote with "Mwakalinga said" and a quote-only paragraph; operator "said in a statement that the new contracts
#    were "..." with the Act, and that B" (partial plus indirect), then a quote with "the statement said"; HR head
#    "said: "..."" (two sentences, one stretch); ports authority "said A and urged both sides ..." (directive not
#    annotated); anonymous official "said the authority had warned the operator ... that the contracts would "..." at
#    the port" (partial only), then "the official said"; crane operator "said A", "he said"; Labour Commissioner "said
#    A and that B" (one span); economist "said A", "he said"; scare so-called "port efficiency programme"; content
#    before "DOWUTA said", then "but the union warned that B".
ARTICLES[f"{BATCH}/dar-port-dockworkers-iogt-contracts.gold.json"] = {
    "article": f"{BATCH}/dar-port-dockworkers-iogt-contracts.txt",
    "target": "Indian Ocean Gateway Terminals",
    "quotes": [
        (I, "Dock Workers Union of Tanzania", "More than 900 dockworkers at Dar es Salaam port stopped work yesterday "
            "morning in protest against plans by the private terminal operator, Indian Ocean Gateway Terminals (IOGT), "
            "to move casual staff onto three-month contracts", None),
        (I, "Hamisi Mwakalinga", "the new contracts would remove medical cover and overtime allowances that workers had "
            "won over more than a decade", None),
        (D, "Hamisi Mwakalinga", "These are men who have worked at this port for fifteen, twenty years. Now they are "
            "being told to sign a paper every three months and hope,", None),
        (D, "Hamisi Mwakalinga", "We are not against investment. We are against investment that treats Tanzanian "
            "workers as if they can be thrown away.", None),
        (P, "Indian Ocean Gateway Terminals", "in full compliance", None),
        (I, "Indian Ocean Gateway Terminals", "no permanent employee would lose his or her job", None),
        (D, "Indian Ocean Gateway Terminals", "The company inherited a workforce in which hundreds of people had no "
            "written contract at all. Fixed-term contracts give these workers legal protection for the first time,",
            None),
        (D, "Nasra Kiwelu", "Our door has been open from the first day. We have offered to meet the union leaders on "
            "Friday.", None),
        (I, "Tanzania Ports Authority", "it was monitoring the situation", None),
        (P, "senior TPA official", "cause trouble", None),
        (D, "senior TPA official", "We told them to consult the union first. They said they knew what they were doing,",
            None),
        (I, "Juma Salum", "he had been told he would have to reapply for his position", None),
        (D, "Juma Salum", "I trained half the young operators in this port. Now I must apply for my own job like a "
            "stranger,", None),
        (I, "Agnes Mwasomola", "her office had summoned both sides to a meeting today and that any strike must follow "
            "the procedures set out in law", None),
        (I, "Emmanuel Lyimo", "a prolonged stoppage could cost the economy billions of shillings a day and damage the "
            "port's standing with shippers from Zambia, Malawi and the Democratic Republic of Congo", None),
        (D, "Emmanuel Lyimo", "Dar es Salaam is competing with Beira, Mombasa and Durban for the same transit cargo. "
            "Shipping lines have long memories,", None),
        (S, None, "port efficiency programme", None),
        (I, "Dock Workers Union of Tanzania", "Work had partially resumed by evening", None),
        (I, "Dock Workers Union of Tanzania", "members would stop work again if the contracts were not withdrawn by "
            "Monday", None),
    ],
    "actors": [
        actor("Dock Workers Union of Tanzania", "organisation", title="dockworkers' union", affiliation="Tanzania",
              aliases=["Dock Workers Union of Tanzania", "DOWUTA", "the union"], stance=-1),
        actor("Hamisi Mwakalinga", "person", title="secretary general", affiliation="Dock Workers Union of Tanzania",
              aliases=["Hamisi Mwakalinga", "Mwakalinga"], stance=-1),
        actor("Indian Ocean Gateway Terminals", "organisation", title="private terminal operator", affiliation=None,
              aliases=["Indian Ocean Gateway Terminals", "IOGT"], stance=1),
        actor("Nasra Kiwelu", "person", title="head of human resources", affiliation="Indian Ocean Gateway Terminals",
              aliases=["Nasra Kiwelu", "Kiwelu"], stance=1),
        actor("Tanzania Ports Authority", "government", title="ports authority", affiliation="Tanzania",
              aliases=["Tanzania Ports Authority", "TPA"], stance=0),
        actor("senior TPA official", "person", title="anonymous official", affiliation="Tanzania Ports Authority",
              aliases=["senior TPA official", "the official"], stance=-1),
        actor("Juma Salum", "person", title="crane operator", affiliation=None, aliases=["Juma Salum", "Salum"],
              stance=-1),
        actor("Agnes Mwasomola", "person", title="Labour Commissioner", affiliation="Tanzania",
              aliases=["Agnes Mwasomola", "Mwasomola"], stance=0),
        actor("Emmanuel Lyimo", "person", title="economist", affiliation="University of Dar es Salaam",
              aliases=["Emmanuel Lyimo", "Dr Emmanuel Lyimo", "Lyimo"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. BusinessMirror (Philippines) agriculture/trade (the rice import tariff stays at 15 percent), headline without
#    speech, byline and date lines, curly “ ” and ’, lede opening in capitals ("THE Department"), "P6 per kilo";
#    lede "will keep the tariff ..., saying A" (participial indirect; the main clause the writer's); "In a statement
#    on Tuesday, the DA said A, and that B" (one span); undersecretary named after the first stretch ("... told
#    reporters at a briefing in Quezon City"), second stretch; Q&A "Asked whether ..., she said: “...”"; "Farmers did
#    not see it that way." (no speech); farmers' group "called the extension “...” and said A"; chairman named after
#    the first stretch ("said in a phone interview with the BusinessMirror"), second stretch; content before
#    "according to the Philippine Statistics Authority (PSA)"; retailer "said A. “...,” she said."; economist "said
#    the tariff cut had done “...” on prices, but warned that B" (partial plus indirect), quote split by "he said,"
#    with a lower-case continuation; senator "said A"; scare so-called “rice cartel”; confederation "said in a text
#    message that A and that a return to 35 percent would “...”" (indirect plus partial).
ARTICLES[f"{BATCH}/da-rice-tariff-extension.gold.json"] = {
    "article": f"{BATCH}/da-rice-tariff-extension.txt",
    "target": "Department of Agriculture",
    "quotes": [
        (I, "Department of Agriculture", "the lower rate had helped bring down retail prices without hurting the 2026 "
            "harvest", None),
        (I, "Department of Agriculture", "the average retail price of regular milled rice had fallen by about P6 per "
            "kilo since the tariff was cut from 35 percent, and that palay output this year was on track to reach a "
            "record 20.4 million metric tons", None),
        (D, "Rowena Dimaculangan", "The data tell us the policy is working for consumers, and the harvest tells us it "
            "is not killing our farmers,", None),
        (D, "Rowena Dimaculangan", "We will keep watching both.", None),
        (D, "Rowena Dimaculangan", "We met them twice. We did not agree, but we listened.", None),
        (P, "Samahan ng Magsasakang Palay", "a death sentence for small farmers", None),
        (I, "Samahan ng Magsasakang Palay", "farmgate prices for fresh palay had fallen to as low as P14 per kilo in "
            "some towns during the main harvest", None),
        (D, "Crisanto Lacsamana", "The DA talks about record output. Record output at a loss is not a success,", None),
        (D, "Crisanto Lacsamana", "Our members are borrowing to plant the next crop. Some will not plant at all.", None),
        (I, "Philippine Statistics Authority", "Regular milled rice sold for an average of P43.50 per kilo in November, "
            "down from P49.80 a year earlier", None),
        (I, "Josefina Abrenica", "customers had noticed the difference", None),
        (D, "Josefina Abrenica", "A year ago, people were buying two kilos at a time. Now they buy a sack again,", None),
        (P, "Carlos Manzano", "what it was supposed to do", None),
        (I, "Carlos Manzano", "the government’s support for farmers had not kept pace", None),
        (D, "Carlos Manzano", "Lower tariffs and higher farm productivity have to go together,", None),
        (D, "Carlos Manzano", "and so far only the first half has really happened.", None),
        (I, "Miguel Ocampo-Reyes", "he would file a resolution seeking an inquiry into palay buying prices in Central "
            "Luzon", None),
        (S, None, "rice cartel", None),
        (I, "Grains Retailers Confederation of the Philippines", "its members supported the extension", None),
        (P, "Grains Retailers Confederation of the Philippines", "push prices up again within weeks.", None),
    ],
    "actors": [
        actor("Department of Agriculture", "government", title="department", affiliation="Philippines",
              aliases=["Department of Agriculture", "DA"], stance=1),
        actor("Rowena Dimaculangan", "person", title="Agriculture Undersecretary", affiliation="Department of Agriculture",
              aliases=["Rowena Dimaculangan", "Dimaculangan"], stance=1),
        actor("Samahan ng Magsasakang Palay", "organisation", title="farmers' group", affiliation=None,
              aliases=["Samahan ng Magsasakang Palay", "Samapa"], stance=-1),
        actor("Crisanto Lacsamana", "person", title="chairman", affiliation="Samahan ng Magsasakang Palay",
              aliases=["Crisanto Lacsamana", "Lacsamana"], stance=-1),
        actor("Philippine Statistics Authority", "government", title="statistics agency", affiliation="Philippines",
              aliases=["Philippine Statistics Authority", "PSA"], stance=0),
        actor("Josefina Abrenica", "person", title="rice retailer, Commonwealth Market", affiliation=None,
              aliases=["Josefina Abrenica", "Abrenica"], stance=1),
        actor("Carlos Manzano", "person", title="economist", affiliation="Philippine Institute for Development Studies",
              aliases=["Carlos Manzano", "Manzano"], stance=0),
        actor("Miguel Ocampo-Reyes", "person", title="senator", affiliation="Senate of the Philippines",
              aliases=["Miguel Ocampo-Reyes", "Sen. Miguel Ocampo-Reyes", "Ocampo-Reyes"], stance=None),
        actor("Grains Retailers Confederation of the Philippines", "organisation", title="retailers' confederation",
              affiliation="Philippines", aliases=["Grains Retailers Confederation of the Philippines"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Krakow Post (Poland, English-language) culture (a national museum rejects heirs' claim to a still life), headline
#    with a curly single fragment "Heirs call museum’s refusal ... ‘a second theft’", "Krakow Post | Culture | date"
#    line, byline, British curly single quotes ‘ ’ with ’ apostrophes, punctuation outside closing marks for
#    fragments; lede "has rejected a claim ..., saying A" (act plus participial indirect); museum "said its
#    researchers had found ‘...’ placing the picture ..." (partial only); director (apposition) quote split by "told
#    the Krakow Post", second stretch open at the end of its paragraph, then a closed quote-only paragraph; heirs
#    "said A"; "In a statement issued through their lawyer, they said the museum’s decision was ‘...’ and that the
#    family had ‘...’" (two partials); lawyer "said a 1938 photograph ... showed a still life ‘...’ hanging ..."
#    (partial only), quote split by "he said"; scare so-called ‘Washington Principles’; ministry "said in a statement
#    that A"; researcher "said the photograph was ‘...’", quote then ", she said, adding that B"; visitor "said A",
#    "he said"; "The museum said A".
ARTICLES[f"{BATCH}/krakow-museum-still-life-restitution.gold.json"] = {
    "article": f"{BATCH}/krakow-museum-still-life-restitution.txt",
    "target": "National Museum in Kraków",
    "quotes": [
        (P, "heirs of a Jewish textile merchant", "a second theft", "Heirs call"),
        (I, "National Museum in Kraków", "there is no evidence the painting was ever taken from his family", None),
        (P, "National Museum in Kraków", "no document of any kind", None),
        (D, "Katarzyna Zalewska", "We take every claim of this kind seriously, because we know what happened in this "
            "city,", None),
        (D, "Katarzyna Zalewska", "But a museum cannot hand over a public collection on the basis of a family memory "
            "alone.", None),
        (D, "Katarzyna Zalewska", "If new documents appear, we will look at this again. Our archive is open to the "
            "family and their experts.", None),
        (I, "heirs of a Jewish textile merchant", "they would take the case to the civil courts", None),
        (P, "heirs of a Jewish textile merchant", "a second theft", "In a statement issued"),
        (P, "heirs of a Jewish textile merchant", "waited eighty years for the truth", None),
        (P, "Daniel Hirsch", "of the same size, with the same goblet", None),
        (D, "Daniel Hirsch", "The museum asks for a receipt from a family that was murdered,", None),
        (D, "Daniel Hirsch", "That is not a standard of proof. That is a wall.", None),
        (S, None, "Washington Principles", None),
        (I, "Ministry of Culture", "it did not interfere in decisions on individual objects in the collections of "
            "national museums", None),
        (P, "Agnieszka Bury", "an important clue, but not proof", None),
        (D, "Agnieszka Bury", "Dozens of Dutch still lives with a silver goblet were painted in Haarlem in the 1630s. "
            "The question is whether anyone can match the panel itself,", None),
        (I, "Agnieszka Bury", "an independent technical examination was the only way to settle the matter", None),
        (I, "Paweł Kowalczyk", "he hoped the two sides would reach an agreement", None),
        (D, "Paweł Kowalczyk", "If it belonged to that family, it should go back to them. If it did not, we should "
            "know that too,", None),
        (I, "National Museum in Kraków", "the painting would remain on display while the case is pending", None),
    ],
    "actors": [
        actor("National Museum in Kraków", "organisation", title="national museum", affiliation="Poland",
              aliases=["National Museum in Kraków", "The museum", "the museum"], stance=1),
        actor("Katarzyna Zalewska", "person", title="director", affiliation="National Museum in Kraków",
              aliases=["Katarzyna Zalewska", "Dr Katarzyna Zalewska", "Zalewska"], stance=1),
        actor("heirs of a Jewish textile merchant", "group", title="heirs of Leopold Rosenthal", affiliation=None,
              aliases=["heirs of a Jewish textile merchant", "The heirs", "Heirs"], stance=-1),
        actor("Daniel Hirsch", "person", title="lawyer for the heirs", affiliation=None,
              aliases=["Daniel Hirsch", "Hirsch"], stance=-1),
        actor("Ministry of Culture", "government", title="ministry", affiliation="Poland",
              aliases=["Ministry of Culture"], stance=0),
        actor("Agnieszka Bury", "person", title="provenance researcher", affiliation="Jagiellonian University",
              aliases=["Agnieszka Bury", "Bury"], stance=0),
        actor("Paweł Kowalczyk", "person", title="retired teacher from Nowa Huta", affiliation=None,
              aliases=["Paweł Kowalczyk", "Kowalczyk"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
