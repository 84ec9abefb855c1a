"""Build the dev121 gold files (data/eval/dev121/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev121/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev121.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev121"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Club of Mozambique (agency copy, "AIM" sign-off) aid/diplomacy (a Russian wheat donation arrives in Beira),
#    headline "Mozambique: ..." and standfirst without speech, "Posted on December 2, 2026 at 09:47" line,
#    straight " and apostrophes, Portuguese names (Celso Macuácua, Marisa Cumbe, Hélder Muianga). Lede content
#    before "according to the Ministry of Agriculture and Rural Development"; ambassador introduced after a
#    participle ("Speaking at the quayside, the Russian ambassador to Mozambique, Andrei Sorokin, said the
#    donation showed that Russia "..." to ..." (partial only), quote with "the ambassador said", "He said A";
#    deputy minister "thanked ... and said A" (act plus indirect), quote with "Macuácua said"; WFP "said about
#    1.8 million people ... were facing "..." levels ..." (partial only); opposition spokesperson "told Lusa that
#    the government was using the donation to "..."" (partial only), "she said"; economist "said A" then a
#    sentence without speech, "he said", "According to Muianga, A"; anonymous mill manager "said A", "the manager
#    said"; "what the Kremlin has described as Russia's "..."" (partial for the Kremlin).
ARTICLES[f"{BATCH}/beira-russian-wheat-donation.gold.json"] = {
    "article": f"{BATCH}/beira-russian-wheat-donation.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Agriculture and Rural Development", "A ship carrying 25,000 tonnes of Russian wheat docked at "
            "the port of Beira on Monday, the first of three consignments donated by Moscow to Mozambique this year",
            None),
        (P, "Andrei Sorokin", "keeps its word", None),
        (D, "Andrei Sorokin", "While others talk about food security in conferences, Russia sends ships. This wheat will "
            "become bread on the tables of Mozambican families,", None),
        (I, "Andrei Sorokin", "the remaining 50,000 tonnes would arrive in Nacala and Maputo before the end of March",
            None),
        (I, "Celso Macuácua", "the wheat would be distributed through the National Institute for Disaster Risk "
            "Management (INGD) to families in Sofala, Manica and Zambézia affected by this year's drought", None),
        (D, "Celso Macuácua", "This is a gesture of friendship that the Mozambican people will not forget,", None),
        (P, "World Food Programme", "crisis", None),
        (P, "Marisa Cumbe", "polish the image", None),
        (D, "Marisa Cumbe", "We need the wheat. But Mozambique should not become a stage for Russian propaganda,", None),
        (I, "Hélder Muianga", "donations of this size did little to change the country's dependence on imported grain",
            None),
        (D, "Hélder Muianga", "A donation is welcome for a hungry family. But it does not build a single silo or a "
            "single mill in Mozambique,", None),
        (I, "Hélder Muianga", "Russia supplied more than half of Mozambique's wheat imports in 2025, most of it bought "
            "by private millers rather than donated", None),
        (I, "manager at one of Beira's flour mills", "the donated wheat would be milled free of charge under an "
            "agreement with the government", None),
        (D, "manager at one of Beira's flour mills", "We are doing our part. The bread price in Beira went up twice this "
            "year, and people are suffering,", None),
        (P, "Kremlin", "humanitarian grain initiative", None),
    ],
    "actors": [
        actor("Ministry of Agriculture and Rural Development", "government", title="agriculture ministry",
              affiliation="Mozambique", aliases=["Ministry of Agriculture and Rural Development"], stance=0),
        actor("Andrei Sorokin", "person", title="ambassador to Mozambique", affiliation="Russia",
              aliases=["Andrei Sorokin", "Sorokin", "the ambassador"], stance=1),
        actor("Celso Macuácua", "person", title="Deputy Minister of Agriculture", affiliation="Mozambique",
              aliases=["Celso Macuácua", "Macuácua"], stance=1),
        actor("World Food Programme", "organisation", title="UN agency", aliases=["World Food Programme", "WFP"],
              stance=None),
        actor("Marisa Cumbe", "person", title="spokesperson", affiliation="Renamo",
              aliases=["Marisa Cumbe", "Cumbe"], stance=-1),
        actor("Hélder Muianga", "person", title="economist, researcher", affiliation="Institute for Economic Studies",
              aliases=["Hélder Muianga", "Muianga"], stance=0),
        actor("manager at one of Beira's flour mills", "person", title="anonymous flour mill manager",
              aliases=["manager at one of Beira's flour mills", "the manager"], stance=None),
        actor("Kremlin", "government", title="Russian presidency", affiliation="Russia", aliases=["Kremlin"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Manx Radio (Isle of Man public broadcaster website) health/politics (ambulance response times raised in
#    Tynwald), headline with a straight single fragment "Manx Care 'falling short' ..., Tynwald told" (speaker
#    named only in the body), "Author: Manx Radio Newsroom" and date lines, straight " and apostrophes, "MHK",
#    "Mr"/"Mrs", "the Island". Lede content before "the Health Minister has told Tynwald"; minister named in the
#    next paragraph ("Responding to a question from ..., Juan Corlett said A"), quote with "Mr Corlett said";
#    questioner "said Manx Care was "..." of what ..., and described the case of ..." (partial only; the
#    description is an act), "she said"; "Garff MHK ... asked whether ..." (a reported question); "The minister
#    replied that he "..." but that B" (partial plus indirect); "In a statement, Manx Care said A and that response
#    times were "..." ..." (indirect plus partial); director "told Manx Radio: "...""; scare so-called "Ambulance
#    Improvement Plan"; union officer (surname Christian, a common word) "said crews were "..." and that B"
#    (partial plus indirect), "he said".
ARTICLES[f"{BATCH}/manx-care-ambulance-response.gold.json"] = {
    "article": f"{BATCH}/manx-care-ambulance-response.txt",
    "target": "Manx Care",
    "quotes": [
        (P, "Rachel Kermode", "falling short", "'falling short'"),
        (I, "Juan Corlett", "Fewer than half of the most urgent 999 calls on the Isle of Man were reached within the "
            "eight-minute target in November", None),
        (I, "Juan Corlett", "Manx Care had been hit by a shortage of paramedics and by long handover delays at Noble's "
            "Hospital", None),
        (D, "Juan Corlett", "I'm not going to stand here and defend these figures. They are not good enough. But the new "
            "crews are on the road now, and I expect to see the difference by the spring,", None),
        (P, "Rachel Kermode", "falling short", "\"falling short\""),
        (D, "Rachel Kermode", "She was 89, lying on her kitchen floor in the cold. That should not happen on an island "
            "of 85,000 people,", None),
        (P, "Juan Corlett", "would not rule anything out", None),
        (I, "Juan Corlett", "a structural change would not put a single extra paramedic on the road", None),
        (I, "Manx Care", "it had recruited 11 paramedics since the summer", None),
        (P, "Manx Care", "already improving", None),
        (D, "Neil Teare", "Our crews are doing an extraordinary job under real pressure. We know the public expect "
            "better, and so do we.", None),
        (S, None, "Ambulance Improvement Plan", None),
        (P, "Dave Christian", "burnt out", None),
        (I, "Dave Christian", "at least six paramedics had left for jobs in the UK this year", None),
        (D, "Dave Christian", "You can recruit all you like. If the people you've got are walking out the back door, "
            "you're going nowhere,", None),
    ],
    "actors": [
        actor("Rachel Kermode", "person", title="Onchan MHK", affiliation="House of Keys",
              aliases=["Rachel Kermode", "Kermode", "Mrs Kermode"], stance=-1),
        actor("Juan Corlett", "person", title="Health Minister", affiliation="Isle of Man Government",
              aliases=["Juan Corlett", "Corlett", "Mr Corlett", "Health Minister", "the minister"], stance=0),
        actor("Manx Care", "organisation", title="health and care provider", aliases=["Manx Care"], stance=1),
        actor("Neil Teare", "person", title="director of ambulance services", affiliation="Manx Care",
              aliases=["Neil Teare", "Teare"], stance=1),
        actor("Dave Christian", "person", title="Unite regional officer", affiliation="Unite",
              aliases=["Dave Christian", "Christian"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Guardian (Nigeria) business/energy (marketers fault the Dangote refinery over a petrol price increase),
#    headline without speech, "By ..., Lagos" and "03 December 2026 | 4:12 am" lines, straight " and apostrophes,
#    British punctuation outside the marks, naira prices ("N45", "N1,100"), "Alhaji"/"Dr." titles. Group
#    "Independent marketers say A" (present tense); spokesman "In a statement on Tuesday, the refinery's spokesman,
#    Tunde Olaleye, said the increase reflected "..." and was not designed to "..."" (two partials), quote with
#    "Olaleye said"; IPMAN president by title chain "the National President of the ... (IPMAN), Alhaji Sani Garba
#    Dankano, said A", quote with "he told The Guardian"; regulator "said A, and that it was monitoring the market to
#    prevent "..." of consumers" (indirect plus partial); scare "widely referred to ... as the "Dangote effect""
#    (no speaker); economist "said the refinery had brought "..." to supply, but warned that B" (partial plus
#    indirect), "she said"; anonymous refinery official "said A"; driver's quote with "said Tajudeen Akinola, a
#    commercial bus driver ...".
ARTICLES[f"{BATCH}/dangote-refinery-petrol-price.gold.json"] = {
    "article": f"{BATCH}/dangote-refinery-petrol-price.txt",
    "target": "Dangote Petroleum Refinery",
    "quotes": [
        (I, "Independent marketers", "the move will push pump prices above N1,100 per litre in most states before the "
            "Christmas rush", None),
        (P, "Tunde Olaleye", "movements in global crude prices and the exchange rate", None),
        (P, "Tunde Olaleye", "punish Nigerians", None),
        (D, "Tunde Olaleye", "We sell at the most competitive price in West Africa. When crude goes up, our price goes "
            "up; when it comes down, we have always passed the benefit on to Nigerians,", None),
        (I, "Sani Garba Dankano", "members could no longer compete because the refinery was also selling directly to "
            "large retailers at a discount", None),
        (D, "Sani Garba Dankano", "The refinery is now a monopoly in everything but name. Our members are closing "
            "stations in the North because they cannot buy at one price and sell at another,", None),
        (I, "Nigerian Midstream and Downstream Petroleum Regulatory Authority", "prices were determined by market forces "
            "under the Petroleum Industry Act", None),
        (P, "Nigerian Midstream and Downstream Petroleum Regulatory Authority", "exploitation", None),
        (S, None, "Dangote effect", None),
        (P, "Kelechi Nwosu-Eke", "real stability", None),
        (I, "Kelechi Nwosu-Eke", "a single dominant supplier carried risks for consumers", None),
        (D, "Kelechi Nwosu-Eke", "Nobody wants to go back to the days of queues and scarcity. But competition is what "
            "protects the consumer, and right now there is very little of it,", None),
        (I, "senior official at the refinery", "another adjustment could come before Christmas if the naira weakened "
            "further", None),
        (D, "Tajudeen Akinola", "Every week, new price. We cannot keep increasing fares, passengers will not enter the "
            "bus,", None),
    ],
    "actors": [
        actor("Independent marketers", "group", title="independent petrol marketers",
              aliases=["Independent marketers"], stance=-1),
        actor("Tunde Olaleye", "person", title="spokesman", affiliation="Dangote Petroleum Refinery",
              aliases=["Tunde Olaleye", "Olaleye"], stance=1),
        actor("Sani Garba Dankano", "person", title="National President", affiliation="IPMAN",
              aliases=["Sani Garba Dankano", "Dankano", "Alhaji Sani Garba Dankano"], stance=-1),
        actor("Nigerian Midstream and Downstream Petroleum Regulatory Authority", "government", title="regulator",
              aliases=["Nigerian Midstream and Downstream Petroleum Regulatory Authority", "NMDPRA"], stance=0),
        actor("Kelechi Nwosu-Eke", "person", title="energy economist",
              aliases=["Kelechi Nwosu-Eke", "Nwosu-Eke", "Dr. Kelechi Nwosu-Eke"], stance=0),
        actor("senior official at the refinery", "person", title="anonymous refinery official",
              affiliation="Dangote Petroleum Refinery", aliases=["senior official at the refinery"], stance=0),
        actor("Tajudeen Akinola", "person", title="commercial bus driver", aliases=["Tajudeen Akinola", "Akinola"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Antigua Observer sport (an Antiguan fast bowler left out of the West Indies Test squad), headline with a
#    straight single fragment "Lake omitted from Test squad, ABCA 'baffled'", byline and date lines, straight "
#    and apostrophes, a surname that is a common word (Lake). Lead selector "told a press conference ... that the
#    panel had opted for "..." for ..., and that Lake needed to improve his fitness" (partial plus indirect),
#    quote with "Mills said"; association president "said the association was "..." by the omission" (partial
#    only), quote ending in a question with "Hazlewood asked"; the player "posted on Instagram" after the quote;
#    former bowler "said his former pupil had been "..." but admitted he had looked "..." ..." (two partials),
#    quote with "Gore said"; minister "said he would raise the matter ..." (indirect); scare so-called "fitness
#    standard"; radio caller "who gave his name only as Rudy from Grays Farm, said Lake "..." from the selectors"
#    (partial only).
ARTICLES[f"{BATCH}/jahmari-lake-test-squad.gold.json"] = {
    "article": f"{BATCH}/jahmari-lake-test-squad.txt",
    "target": "Jahmari Lake",
    "quotes": [
        (P, "Antigua and Barbuda Cricket Association", "baffled", "'baffled'"),
        (P, "Carlisle Mills", "pace and bounce", None),
        (I, "Carlisle Mills", "Lake needed to improve his fitness", None),
        (D, "Carlisle Mills", "Jahmari is very much in our plans. This is not a door closing. We have told him exactly "
            "what we need to see from him,", None),
        (P, "Jerome Hazlewood", "baffled", "\"baffled\""),
        (D, "Jerome Hazlewood", "When a man takes 48 wickets in a season and you leave him home, what message are you "
            "sending to young bowlers in Antigua?", None),
        (D, "Jahmari Lake", "Disappointed but not discouraged. Back to work,", None),
        (P, "Clement Gore", "unlucky", None),
        (P, "Clement Gore", "heavy", None),
        (D, "Clement Gore", "The boy has the skill. Nobody doubts that. But Test cricket in Bangladesh is five days in "
            "the heat, and you have to be ready for that,", None),
        (I, "Ian Peters", "he would raise the matter with Cricket West Indies at the regional sports ministers' meeting "
            "later this month", None),
        (S, None, "fitness standard", None),
        (P, "Rudy", "deserved better", None),
    ],
    "actors": [
        actor("Antigua and Barbuda Cricket Association", "organisation", title="national cricket association",
              aliases=["Antigua and Barbuda Cricket Association", "ABCA"], stance=1),
        actor("Carlisle Mills", "person", title="Lead selector", affiliation="Cricket West Indies",
              aliases=["Carlisle Mills", "Mills"], stance=0),
        actor("Jerome Hazlewood", "person", title="president", affiliation="Antigua and Barbuda Cricket Association",
              aliases=["Jerome Hazlewood", "Hazlewood"], stance=1),
        actor("Jahmari Lake", "person", title="fast bowler", affiliation="West Indies",
              aliases=["Jahmari Lake", "Lake"], stance=1),
        actor("Clement Gore", "person", title="former West Indies fast bowler, Lake's former coach",
              aliases=["Clement Gore", "Gore"], stance=0),
        actor("Ian Peters", "person", title="Minister of Sports", affiliation="Antigua and Barbuda",
              aliases=["Ian Peters", "Peters", "Minister of Sports"], stance=1),
        actor("Rudy", "person", title="radio caller from Grays Farm", aliases=["Rudy"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
