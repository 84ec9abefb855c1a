"""Build the dev46 gold files (data/eval/dev46/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev44/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev46/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev46.  Standard library only.
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
# 1. LRT English (Lithuania) security (a Russian military helicopter crosses the border near
#    Druskininkai), headline without speech ("summons" is an act), "LRT English, BNS" credit and a
#    date-time line, curly “ ” and ’ apostrophes (country’s, embassy’s, chargé d’affaires), American
#    punctuation inside closing marks for clauses. Lede content before "the Lithuanian Armed Forces
#    said on Tuesday"; content before "the army said, calling the incursion “...” of ..." (indirect
#    plus partial). The summons is an act. Minister's quote split by "Foreign Minister X told
#    reporters in Vilnius", resumed; "X said A and that B" (one span). Defence minister "called the
#    flight “...” and said B" (partial plus indirect), then a quote split by "he said", resumed. Scare
#    so-called “Suwałki Gap,” (glossed). "According to the State Border Guard Service, A". Embassy
#    "rejected the accusations" (no content), then "said ... “...” ... and that ... “...”" (two
#    partials). Analyst named after the first stretch, resumed. Anonymous NATO official "said the
#    alliance was “...” with Vilnius" (partial only). Guesthouse owner "said A", then "she told LRT
#    RADIO".
ARTICLES["data/eval/dev46/lithuania-russian-helicopter-druskininkai.gold.json"] = {
    "article": "data/eval/dev46/lithuania-russian-helicopter-druskininkai.txt",
    "target": "Russia",
    "quotes": [
        (I, "Lithuanian Armed Forces", "A Russian Mi-8 military helicopter crossed into Lithuanian airspace near the "
            "southern resort town of Druskininkai on Monday evening and stayed for about four minutes before turning "
            "back towards Belarus", None),
        (I, "Lithuanian Armed Forces", "The helicopter flew about 1.5 kilometres into Lithuanian territory at low "
            "altitude and did not answer radio calls from air traffic controllers", None),
        (P, "Lithuanian Armed Forces", "a gross violation", None),
        (D, "R\u016bta Kazlauskien\u0117", "This was not a navigational error. A military crew knows exactly where the "
            "border is, and it knows exactly what message it is sending,", None),
        (D, "R\u016bta Kazlauskien\u0117", "We will not treat provocations as accidents.", None),
        (I, "R\u016bta Kazlauskien\u0117", "Lithuania would raise the incident at a meeting of NATO ambassadors on "
            "Thursday and that the ministry was consulting Latvia and Poland on a joint response", None),
        (P, "Darius Mockus", "a deliberate test of our reaction times", None),
        (I, "Darius Mockus", "Lithuania\u2019s air defences had responded as planned", None),
        (D, "Darius Mockus", "Our radar saw it, our people reported it, and within minutes the allies on the Baltic "
            "Air Policing mission knew about it,", None),
        (D, "Darius Mockus", "Nobody was caught by surprise.", None),
        (S, None, "Suwa\u0142ki Gap,", None),
        (I, "State Border Guard Service", "patrols along the Belarusian border were reinforced overnight and no "
            "incidents on the ground were recorded", None),
        (P, "Russian embassy in Vilnius", "routine training flights", None),
        (P, "Russian embassy in Vilnius", "yet another attempt to whip up anti-Russian hysteria.", None),
        (D, "Tomas Vaitiek\u016bnas", "Russia is probing, and it is doing it from Belarusian soil so that it can "
            "always claim it was somebody else\u2019s aircraft in somebody else\u2019s sky,", None),
        (D, "Tomas Vaitiek\u016bnas", "Each time nothing happens, the next flight comes a little closer.", None),
        (P, "NATO official", "in close contact", None),
        (I, "Vida Petrauskien\u0117", "the helicopter flew so low that the windows in her kitchen shook", None),
        (D, "Vida Petrauskien\u0117", "My guests came running down the stairs and asked me whether the war had "
            "started. They want us to be afraid of them. I will not give them that,", None),
    ],
    "actors": [
        actor("Lithuanian Armed Forces", "government", title="armed forces", affiliation="Lithuania",
              aliases=["Lithuanian Armed Forces", "the army"], stance=-1),
        actor("R\u016bta Kazlauskien\u0117", "person", title="Foreign Minister", affiliation="Lithuania",
              aliases=["R\u016bta Kazlauskien\u0117", "Kazlauskien\u0117"], stance=-1),
        actor("Darius Mockus", "person", title="Defence Minister", affiliation="Lithuania",
              aliases=["Darius Mockus", "Mockus"], stance=-1),
        actor("State Border Guard Service", "government", title="border guard", affiliation="Lithuania",
              aliases=["State Border Guard Service"], stance=None),
        actor("Russian embassy in Vilnius", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Vilnius", "the embassy"], stance=1),
        actor("Tomas Vaitiek\u016bnas", "person", title="security analyst",
              affiliation="Vilnius University\u2019s Institute of International Relations and Political Science",
              aliases=["Tomas Vaitiek\u016bnas", "Vaitiek\u016bnas"], stance=-1),
        actor("NATO official", "person", title="anonymous NATO official", affiliation="NATO",
              aliases=["NATO official"], stance=None),
        actor("Vida Petrauskien\u0117", "person", title="guesthouse owner (Druskininkai)",
              aliases=["Vida Petrauskien\u0117", "Petrauskien\u0117"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Bangkok Post regional news (Pattaya to charge Koh Larn visitors a 30-baht fee), headline with a
#    straight single fragment "boat operators cry 'unfair'", "PUBLISHED :" and "WRITER:" lines,
#    "PATTAYA:" dateline, straight " and apostrophes (Thailand's), Thai names by first name with an
#    honorific on second reference ("Mr Wuttichai", "Mr Sombat"), British fragment punctuation outside
#    the marks ("twice".). Lede content before "Pattaya mayor X said on Tuesday"; content before "Mr
#    Wuttichai said"; a quote split by "he told reporters at City Hall", resumed; figure before
#    "according to the Department of Marine and Coastal Resources"; "Mr Wuttichai said A". Association
#    "said the fee was "..." to ... and that B" (partial plus indirect); its president named after the
#    first stretch, resumed; "Mr Sombat said A". Scare "tourism fee" (the government's plan). TAT
#    director "said A but hoped the city would "..."" (indirect plus partial), then "she said". "the news
#    was mostly welcomed" (not speech). Headman named after the first stretch, resumed. Anonymous
#    manager "said A but that B" (one span).
ARTICLES["data/eval/dev46/pattaya-koh-larn-visitor-fee.gold.json"] = {
    "article": "data/eval/dev46/pattaya-koh-larn-visitor-fee.txt",
    "target": "Pattaya",
    "quotes": [
        (P, "Pattaya Passenger Boat Operators Association", "unfair", "cry 'unfair'"),
        (I, "Wuttichai Sornsiri", "Visitors to Koh Larn will have to pay a 30-baht environmental fee from Jan 1 to "
            "help cover the cost of shipping rubbish off the island", None),
        (I, "Wuttichai Sornsiri", "Thai and foreign visitors alike will pay the fee when they buy ferry or speedboat "
            "tickets at Bali Hai pier, while children under 12, monks and registered island residents will be "
            "exempt", None),
        (D, "Wuttichai Sornsiri", "Koh Larn receives up to 10,000 visitors a day in the high season, and every one "
            "of them leaves something behind,", None),
        (D, "Wuttichai Sornsiri", "We are asking for 30 baht, less than a bottle of water on the beach, so that the "
            "island stays clean for the people who come after them.", None),
        (I, "Department of Marine and Coastal Resources", "The island produces about 25 tonnes of waste a day at peak "
            "times, much of it plastic bottles and foam food boxes", None),
        (I, "Wuttichai Sornsiri", "the fee would raise an estimated 60 million baht a year, all of which would go "
            "into a dedicated fund for waste collection, the barge service and a new sorting plant on the island",
            None),
        (P, "Pattaya Passenger Boat Operators Association", "unfair", "fee was \"unfair\""),
        (I, "Pattaya Passenger Boat Operators Association", "its members had not been consulted", None),
        (D, "Sombat Thongkham", "Tourists already pay for the boat, the beach chair, the motorbike. Now they pay to "
            "step on the pier,", None),
        (D, "Sombat Thongkham", "The city collects the money and we take the complaints.", None),
        (I, "Sombat Thongkham", "many operators feared tour groups would skip Koh Larn in favour of islands further "
            "down the coast, such as Koh Samet, where visitors already pay an entry fee at the national park gate",
            None),
        (S, None, "tourism fee", None),
        (I, "Sirinya Pongpanit", "the agency supported efforts to keep the island clean", None),
        (P, "Sirinya Pongpanit", "avoid charging the same tourist twice", None),
        (D, "Sirinya Pongpanit", "A clean island is good for tourism. We only ask that the rules are simple and "
            "explained clearly at the pier, in Thai, English, Chinese and Russian,", None),
        (D, "Prasit Kaewmanee", "Every boat brings people, and every boat brings garbage. When the wind comes from "
            "the west, the bottles come back to our beaches,", None),
        (D, "Prasit Kaewmanee", "If 30 baht means our children can swim in clean water, I say collect it.", None),
        (I, "manager at a Chinese tour company in Pattaya", "groups already booked for January would not be charged "
            "extra but that the fee would be added to package prices from February", None),
    ],
    "actors": [
        actor("Pattaya Passenger Boat Operators Association", "organisation", title="boat operators' association",
              aliases=["Pattaya Passenger Boat Operators Association", "boat operators"], stance=-1),
        actor("Wuttichai Sornsiri", "person", title="mayor of Pattaya", affiliation="Pattaya City",
              aliases=["Wuttichai Sornsiri", "Mr Wuttichai", "Wuttichai"], stance=1),
        actor("Department of Marine and Coastal Resources", "government", title="government department (waste data)",
              affiliation="Thailand", aliases=["Department of Marine and Coastal Resources"], stance=None),
        actor("Sombat Thongkham", "person", title="association president",
              affiliation="Pattaya Passenger Boat Operators Association",
              aliases=["Sombat Thongkham", "Mr Sombat", "Sombat"], stance=-1),
        actor("Sirinya Pongpanit", "person", title="director of the Pattaya office",
              affiliation="Tourism Authority of Thailand", aliases=["Sirinya Pongpanit", "Sirinya"], stance=0),
        actor("Prasit Kaewmanee", "person", title="headman of Na Baan village (Koh Larn)",
              aliases=["Prasit Kaewmanee", "Prasit"], stance=1),
        actor("manager at a Chinese tour company in Pattaya", "person", title="anonymous tour company manager",
              aliases=["manager at a Chinese tour company in Pattaya"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Le Monde in English education politics (the minister extends the phone ban to high schools),
#    headline and standfirst without speech, byline and "Published on ... (Paris)" lines, curly “ ”
#    and ’ apostrophes (Marchal’s, union’s), French terms glossed in parentheses, full dates
#    ("Wednesday, December 2"), party glosses "(LFI, radical left)". Lede "the education minister
#    announced that A" (indirect), then a quote with "she said"; scare so-called “pause numérique,”;
#    "According to the ministry, A"; writer's "For Marchal, ..., the extension is a matter of “...”"
#    (partial), then a quote with "she told Le Monde"; union "described ... as “...” and said B"
#    (partial plus indirect); co-secretary general named after the first stretch ("asked X"), resumed;
#    heads' union leader "said ... were “...” to the ban but warned that B" (partial plus indirect),
#    then a quote with "he said"; anonymous "adviser to the minister" named after the quote; LFI MP
#    "accused the government of “...” a reform ... and said B" (partial plus indirect); student named
#    after her quote (first name only); "Asked whether ..., she replied that ... “...” and that B"
#    (partial plus indirect).
ARTICLES["data/eval/dev46/france-lycee-phone-ban-marchal.gold.json"] = {
    "article": "data/eval/dev46/france-lycee-phone-ban-marchal.txt",
    "target": "\u00c9lise Marchal",
    "quotes": [
        (I, "\u00c9lise Marchal", "students in all general, technological and vocational high schools would have to "
            "hand in their phones on arrival from the start of the 2027 school year", None),
        (D, "\u00c9lise Marchal", "School must once again be a place where young people look at each other rather "
            "than at a screen,", None),
        (S, None, "pause num\u00e9rique,", None),
        (I, "ministry", "incidents of cyberbullying reported by the schools taking part fell by a third during the "
            "first year of the experiment", None),
        (P, "\u00c9lise Marchal", "common sense.", None),
        (D, "\u00c9lise Marchal", "Nobody would accept a teacher who spent the lesson on Instagram. Why should we "
            "accept it from the students?", None),
        (P, "SNES-FSU", "a communication operation", None),
        (I, "SNES-FSU", "no additional money had been set aside to buy lockers or to hire the assistants needed to "
            "supervise them", None),
        (D, "Sophie Garnier", "In a lyc\u00e9e of 1,800 students, who collects the phones at 8 am? Who gives them "
            "back at 6 pm? Who is responsible when one goes missing?", None),
        (D, "Sophie Garnier", "The minister has announced a principle. She has not announced a single euro.", None),
        (P, "Fr\u00e9d\u00e9ric Lambin", "not opposed in principle", None),
        (I, "Fr\u00e9d\u00e9ric Lambin", "many older buildings had no room for hundreds of lockers", None),
        (D, "Fr\u00e9d\u00e9ric Lambin", "We will apply the rule. But if the ministry wants this to work, it will have "
            "to come and see what our corridors look like,", None),
        (D, "adviser to the minister", "The minister knows that a lyc\u00e9e is not a coll\u00e8ge. That is exactly "
            "why we are giving them until September 2027,", None),
        (P, "Louis Aubert", "staging", None),
        (I, "Louis Aubert", "he would table a written question in the National Assembly", None),
        (D, "In\u00e8s", "I get it for the little ones, but we are 17. In two years we will be voting,", None),
        (P, "\u00c9lise Marchal", "before the end of January", None),
        (I, "\u00c9lise Marchal", "every school would receive an implementation guide in the spring", None),
    ],
    "actors": [
        actor("\u00c9lise Marchal", "person", title="education minister", affiliation="French government",
              aliases=["\u00c9lise Marchal", "Marchal", "The minister", "the minister"], stance=1),
        actor("ministry", "government", title="education ministry", affiliation="French government",
              aliases=["ministry"], stance=1),
        actor("SNES-FSU", "organisation", title="main union of secondary school teachers",
              aliases=["SNES-FSU"], stance=-1),
        actor("Sophie Garnier", "person", title="co-secretary general", affiliation="SNES-FSU",
              aliases=["Sophie Garnier", "Garnier"], stance=-1),
        actor("Fr\u00e9d\u00e9ric Lambin", "person", title="secretary general", affiliation="SNPDEN-UNSA",
              aliases=["Fr\u00e9d\u00e9ric Lambin", "Lambin"], stance=0),
        actor("adviser to the minister", "person", title="anonymous ministerial adviser",
              affiliation="education ministry", aliases=["adviser to the minister"], stance=1),
        actor("Louis Aubert", "person", title="MP for Seine-Saint-Denis", affiliation="La France Insoumise",
              aliases=["Louis Aubert", "Aubert"], stance=-1),
        actor("In\u00e8s", "person", title="first-year student, Lyc\u00e9e Jean-Jaur\u00e8s", aliases=["In\u00e8s"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Premium Times (Nigeria) power sector (the regulator fines a distribution company over Band A
#    billing), headline without speech, byline and date lines, Nigerian English ("barbing salon",
#    "learnt", "N450 million", "PREMIUM TIMES" in capitals, "Mrs Onuh"), straight " and apostrophes
#    (company's, group's), fragment punctuation outside the marks. Lede "has fined" (act); "In an
#    order ..., the commission said A" (indirect); "NERC also directed the company to ..." (directive,
#    not annotated); commission quote with "the commission said"; scare so-called "estimated
#    billing"; company "said A but argued that B" (two indirects); spokeswoman "told PREMIUM TIMES that
#    A", then a two-paragraph quote (the first open, the second closed by "Mrs Onuh said"); consumer
#    group "welcomed the fine but said it was "..." for ..." (partial only); its executive director
#    named after the first stretch, resumed; anonymous ministry official "said A and would "..." with
#    its decisions" (indirect plus partial); "some customers said A" (group); salon owner "said A",
#    then a quote split by "he said", resumed; closing "NERC said A".
ARTICLES["data/eval/dev46/savannah-disco-band-a-nerc-fine.gold.json"] = {
    "article": "data/eval/dev46/savannah-disco-band-a-nerc-fine.txt",
    "target": "Savannah Electricity Distribution Company",
    "quotes": [
        (I, "Nigerian Electricity Regulatory Commission", "an audit of 146 feeders in Kogi, Kwara and Niger states "
            "had found that 61 of them delivered an average of 13 hours of supply a day between July and September, "
            "while customers on them were charged the top rate", None),
        (D, "Nigerian Electricity Regulatory Commission", "Band A customers pay the highest tariff in the industry on "
            "the understanding that they will get at least 20 hours of supply. Where that promise is not kept, the "
            "customer must not be made to pay for it,", None),
        (S, None, "estimated billing", None),
        (I, "Savannah Electricity Distribution Company", "it was studying the order with its lawyers", None),
        (I, "Savannah Electricity Distribution Company", "the shortfall was caused largely by low allocation from the "
            "national grid and by the vandalism of two transmission lines in Kogi State", None),
        (I, "Grace Onuh", "the DisCo had received less than half of its allocated load on most days in August", None),
        (D, "Grace Onuh", "We do not generate power. We distribute what we receive. When the grid gives us 180 "
            "megawatts instead of 400, there is no magic we can perform at the feeder level.", None),
        (D, "Grace Onuh", "Our engineers are on the field every day, and we are already reviewing the classification "
            "of every feeder in our network. Customers will see the results of that work,", None),
        (P, "National Electricity Consumers Advocacy Network", "too little, too late", None),
        (D, "Chinedu Eze", "Four hundred and fifty million naira is a slap on the wrist for a company that has been "
            "collecting Band A money from thousands of homes since April,", None),
        (D, "Chinedu Eze", "Let NERC publish the names of the feeders so that every customer can check his own "
            "bill.", None),
        (I, "official in the Federal Ministry of Power", "the ministry backed the regulator", None),
        (P, "official in the Federal Ministry of Power", "not interfere", None),
        (I, "customers", "they had only learnt from the news that they were on Band A", None),
        (I, "Abubakar Sani", "his shop had been moved to Band A in April without any notice", None),
        (D, "Abubakar Sani", "Since then light comes in the morning, goes by 11, comes back at night when I have "
            "closed. But the bill has almost doubled,", None),
        (D, "Abubakar Sani", "If they refund me, I will believe it when I see it.", None),
        (I, "Nigerian Electricity Regulatory Commission", "it would publish the results of similar audits of the "
            "other distribution companies before the end of the first quarter of 2027", None),
    ],
    "actors": [
        actor("Nigerian Electricity Regulatory Commission", "government", title="electricity regulator",
              affiliation="Nigeria", aliases=["Nigerian Electricity Regulatory Commission", "NERC", "the commission"],
              stance=-1),
        actor("Savannah Electricity Distribution Company", "organisation", title="electricity distribution company",
              aliases=["Savannah Electricity Distribution Company", "SEDC", "Savannah DisCo", "the DisCo"], stance=1),
        actor("Grace Onuh", "person", title="Head of Corporate Communications",
              affiliation="Savannah Electricity Distribution Company", aliases=["Grace Onuh", "Onuh", "Mrs Onuh"],
              stance=1),
        actor("National Electricity Consumers Advocacy Network", "organisation", title="consumer group",
              aliases=["National Electricity Consumers Advocacy Network", "NECAN"], stance=-1),
        actor("Chinedu Eze", "person", title="executive director",
              affiliation="National Electricity Consumers Advocacy Network", aliases=["Chinedu Eze", "Eze"],
              stance=-1),
        actor("official in the Federal Ministry of Power", "person", title="anonymous ministry official",
              affiliation="Federal Ministry of Power", aliases=["official in the Federal Ministry of Power"],
              stance=-1),
        actor("customers", "group", title="electricity customers in Lokoja", aliases=["customers"], stance=-1),
        actor("Abubakar Sani", "person", title="barbing salon owner (Adankolo, Lokoja)",
              aliases=["Abubakar Sani", "Sani"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
