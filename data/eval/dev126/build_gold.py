"""Build the dev126 gold files (data/eval/dev126/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev126/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev126.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev126"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Hill Times (Ottawa) politics/diplomacy (a Commons committee will study Russian-linked tankers near the
#    Northwest Passage), headline without speech, standfirst with a straight single fragment "... dismisses the
#    study as a 'political performance.'" (partial for the embassy), "By ... | December 9, 2026" line, MPs with
#    party and riding "(Beauce-Appalaches, Que.)", straight " and apostrophes, punctuation inside the marks.
#    MP "told The Hill Times the tankers were part of Russia's "..." ..., and that Canada had been "..." while
#    ..." (two partials only); quote with "Gauthier said"; "According to the Coast Guard assessment, which ...,
#    A" (the document speaks for the Coast Guard); photo caption with a credit (not annotated); embassy "said the
#    committee study was "..." meant to distract from Canada's own "..."" (two partials), "The embassy said A,
#    and that Moscow had "..." in the region" (indirect plus partial), quote with "the statement said"; GAC
#    spokesperson "said in an email that A, and was working ... on "..."" (indirect plus partial); "She did not
#    say whether ..." (negated, not annotated); committee chair "said the study would look at "...," including
#    ..." (partial only), quote "Lachance said in an interview"; Inuit leader "said A", then a quote split by
#    "she said"; anonymous official "who spoke on background ..., said A" (the next sentence is the writer's);
#    fellow "said A", quote "Wolski said".
ARTICLES[f"{BATCH}/russia-shadow-fleet-arctic-committee.gold.json"] = {
    "article": f"{BATCH}/russia-shadow-fleet-arctic-committee.txt",
    "target": "Russia",
    "quotes": [
        (P, "Embassy of the Russian Federation in Ottawa", "political performance.", None),
        (P, "Pierre-Luc Gauthier", "shadow fleet,", "Russia's \"shadow"),
        (P, "Pierre-Luc Gauthier", "asleep at the wheel", None),
        (D, "Pierre-Luc Gauthier", "These are rust buckets with no real insurance, no real owner and, in some cases, no "
            "working transponder. If one of them runs aground in the Passage, who pays? Not Moscow,", None),
        (I, "Canadian Coast Guard", "at least five of the vessels switched off their automatic identification systems "
            "for more than 12 hours while inside Canada's exclusive economic zone", None),
        (P, "Embassy of the Russian Federation in Ottawa", "a political performance", None),
        (P, "Embassy of the Russian Federation in Ottawa", "militarization of the Arctic.", None),
        (I, "Embassy of the Russian Federation in Ottawa", "Russian-flagged and Russian-chartered vessels complied fully "
            "with international maritime law", None),
        (P, "Embassy of the Russian Federation in Ottawa", "never sought confrontation", None),
        (D, "Embassy of the Russian Federation in Ottawa", "Canada and Russia are both Arctic states. We have every "
            "interest in a calm and predictable North, and we would expect our Canadian colleagues to share that "
            "interest,", None),
        (I, "Jasmine Akande", "Canada had sanctioned 212 vessels linked to Russia's shadow fleet since 2024", None),
        (P, "Jasmine Akande", "further measures.", None),
        (P, "Fiona Lachance", "the whole picture,", None),
        (D, "Fiona Lachance", "I don't want this to become a shouting match about Moscow. I want to know whether the "
            "Coast Guard has the boats and the money to respond if something goes wrong up there,", None),
        (I, "Jeannie Angutinguak", "hunters from Arctic Bay and Pond Inlet had reported unfamiliar tankers in Lancaster "
            "Sound this summer, some of them sailing at night without lights", None),
        (D, "Jeannie Angutinguak", "Nobody called us. Nobody told the hamlets these ships were coming,", None),
        (D, "Jeannie Angutinguak", "We found out from hunters on the water.", None),
        (I, "A senior government official", "Ottawa was considering a rule requiring every tanker entering Canadian "
            "Arctic waters to carry proof of insurance from a recognized insurer", None),
        (I, "Dariusz Wolski", "the committee should resist treating the tankers as a military threat", None),
        (D, "Dariusz Wolski", "Russia is not sending these ships to probe our defences. It is sending them because it "
            "is cheaper and because nobody stops them. That is a regulatory problem before it is a security one,",
         None),
    ],
    "actors": [
        actor("Embassy of the Russian Federation in Ottawa", "government", title="embassy", affiliation="Russia",
              aliases=["Embassy of the Russian Federation in Ottawa", "Russia's embassy", "embassy"], stance=1),
        actor("Pierre-Luc Gauthier", "person", title="Conservative MP (Beauce-Appalaches, Que.)",
              affiliation="Conservative Party of Canada", aliases=["Pierre-Luc Gauthier", "Gauthier"], stance=-1),
        actor("Canadian Coast Guard", "government", title="coast guard (its assessment)", affiliation="Canada",
              aliases=["Canadian Coast Guard", "Coast Guard"], stance=0),
        actor("Jasmine Akande", "person", title="spokesperson", affiliation="Global Affairs Canada",
              aliases=["Jasmine Akande", "Akande"], stance=-1),
        actor("Fiona Lachance", "person", title="Liberal MP, committee chair", affiliation="Liberal Party of Canada",
              aliases=["Fiona Lachance", "Lachance"], stance=0),
        actor("Jeannie Angutinguak", "person", title="president", affiliation="Qikiqtani Inuit Association",
              aliases=["Jeannie Angutinguak", "Angutinguak"], stance=-1),
        actor("A senior government official", "person", title="anonymous official", affiliation="Government of Canada",
              aliases=["A senior government official"], stance=-1),
        actor("Dariusz Wolski", "person", title="senior fellow", affiliation="Macdonald-Laurier Institute",
              aliases=["Dariusz Wolski", "Wolski"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Sowetan courts/crime (a taxi association boss applies for bail over a rank manager's murder), headline and
#    standfirst without speech, byline with "Court reporter" and "09 December 2026 - 07:00" lines, straight "
#    and apostrophes, "R6m", "Col", "Warrant Officer". Lede content before "a prosecutor told the Protea
#    magistrate's court yesterday" (the prosecutor, named in the next paragraphs); prosecutor "said A", quote
#    "Dube said", "She told the court A, and that he had "..." across the border" (indirect plus partial);
#    investigating officer "told the court A and that B" (one span), quote with a nested single-quoted line
#    (one entry, Mabaso's); lawyer "argued that the state's case was "..."" (partial only); the accused's
#    affidavit "In an affidavit read out by Mthembu, Khumalo said A, and had B" (one span), quote "Khumalo said
#    in the affidavit"; lawyer "said A"; widow Precious Zwane (the victim Sibusiso Zwane shares the surname)
#    "said A", quote "she said"; taxi council spokesperson "said the taxi council had suspended ... "..."" (partial
#    only), quote "Tshabalala said"; police spokesperson "said A". "postponed the matter" is not speech.
ARTICLES[f"{BATCH}/dobsonville-taxi-boss-bail.gold.json"] = {
    "article": f"{BATCH}/dobsonville-taxi-boss-bail.txt",
    "target": "Mandla Khumalo",
    "quotes": [
        (I, "Nomvula Dube", "A Soweto taxi association boss accused of ordering the murder of a rival rank manager made "
            "the arrangements by cellphone from a private hospital bed", None),
        (I, "Nomvula Dube", "cellphone records showed Khumalo had made 11 calls to one of the alleged hitmen in the "
            "three days before the shooting", None),
        (D, "Nomvula Dube", "The accused was admitted to hospital for a knee operation. That is his alibi. But the state "
            "will show that he was on the phone the whole time, arranging this murder,", None),
        (I, "Nomvula Dube", "Khumalo held a Lesotho passport as well as a South African one", None),
        (P, "Nomvula Dube", "strong links", None),
        (I, "Lucky Mabaso", "two witnesses had been threatened since Khumalo's arrest in October and that one of them "
            "had since moved to KwaZulu-Natal", None),
        (D, "Lucky Mabaso", "Those people are scared. One of them told me, 'If he comes out, I am dead,'", None),
        (P, "Gift Mthembu", "built on phone records and rumours", None),
        (I, "Mandla Khumalo", "he was a father of four and a businessman with property worth more than R6m in Soweto, and "
            "had no reason to run away", None),
        (D, "Mandla Khumalo", "I am innocent of these charges. I have lived in Dobsonville all my life and I will be here "
            "when this case is finished,", None),
        (I, "Gift Mthembu", "his client had handed both passports to the police and was willing to report to Dobsonville "
            "police station every day", None),
        (I, "Precious Zwane", "the family wanted Khumalo to stay behind bars until the trial", None),
        (D, "Precious Zwane", "My husband was killed at work, in front of the drivers he worked with every day. Now this "
            "man wants to go home and sleep in his own bed?", None),
        (P, "Mpho Tshabalala", "until the courts have done their work", None),
        (D, "Mpho Tshabalala", "We will not protect anyone who uses violence in this industry, whoever they are,", None),
        (I, "Dimakatso Nevhuhulwi", "three other men arrested in September remained in custody and would join Khumalo in "
            "the dock when the case was transferred to the high court", None),
    ],
    "actors": [
        actor("Nomvula Dube", "person", title="state prosecutor", affiliation="National Prosecuting Authority",
              aliases=["Nomvula Dube", "Dube"], stance=-1),
        actor("Lucky Mabaso", "person", title="Warrant Officer, investigating officer", affiliation="SAPS",
              aliases=["Lucky Mabaso", "Mabaso"], stance=-1),
        actor("Gift Mthembu", "person", title="advocate for the accused", aliases=["Gift Mthembu", "Mthembu"], stance=1),
        actor("Mandla Khumalo", "person", title="chairperson", affiliation="Dobsonville Taxi Association",
              aliases=["Mandla Khumalo", "Khumalo"], stance=1),
        actor("Precious Zwane", "person", title="widow of Sibusiso Zwane", aliases=["Precious Zwane"], stance=-1),
        actor("Mpho Tshabalala", "person", title="Santaco Gauteng spokesperson", affiliation="Santaco",
              aliases=["Mpho Tshabalala", "Tshabalala"], stance=0),
        actor("Dimakatso Nevhuhulwi", "person", title="Gauteng police spokesperson", affiliation="SAPS",
              aliases=["Dimakatso Nevhuhulwi", "Nevhuhulwi"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Pig World (UK pig trade press) business (a processor cuts its contract pig price), headline and standfirst
#    without speech, "By ..." and "December 8, 2026" lines, curly double marks and curly apostrophes, "p/kg",
#    "SPP", "AHDB", "NPA". Lede content before "the processor has confirmed"; company "told suppliers in a letter
#    ... that the reduction reflected "..." from ..." (partial only); director "wrote: "..."" (colon); "The SPP
#    stood at ..., according to AHDB figures, leaving ..." (content before the cue; the participial rest is the
#    writer's); NPA chief executive "said the cut was "..." for ..." (partial only), quote "she said" and a
#    quote-only paragraph (a directive inside a quote is still quoted speech), "She added that A"; anonymous
#    producer "who runs ... and asked not to be named ..., said A", quote "he said"; company "said in a statement
#    to Pig World that it remained "..." to ... and that its price would be reviewed "..." as ..." (two partials);
#    analyst "said A", then a quote split by "Nowak said"; scare so-called "pig cycle".
ARTICLES[f"{BATCH}/fenwold-foods-pig-price-cut.gold.json"] = {
    "article": f"{BATCH}/fenwold-foods-pig-price-cut.txt",
    "target": "Fenwold Foods",
    "quotes": [
        (I, "Fenwold Foods", "Fenwold Foods will cut the price it pays contracted pig producers by 8p/kg from December "
            "14, taking its base price to 184p/kg", None),
        (P, "Fenwold Foods", "sustained pressure", None),
        (D, "Tom Ashworth", "We know this is unwelcome news at a difficult time of year. We have held our price for as "
            "long as we responsibly could, but we cannot continue to pay significantly above the market while our own "
            "margins are being squeezed.", None),
        (I, "AHDB", "The SPP stood at 187.12p/kg last week", None),
        (P, "Rhiannon Pugh", "a hammer blow", None),
        (D, "Rhiannon Pugh", "Producers have been told for two years that if they hold on, the good times will come "
            "back. Now the first processor to blink has taken 8p out of their pockets a fortnight before Christmas,",
         None),
        (D, "Rhiannon Pugh", "I would urge Fenwold to sit down with its producer group before this comes in, not after.",
         None),
        (I, "Rhiannon Pugh", "the NPA feared other processors could follow within weeks", None),
        (I, "One East Yorkshire producer", "the cut would cost his business about \u00a39,000 a month", None),
        (D, "One East Yorkshire producer", "It\u2019s not a negotiation. You get a letter, and that\u2019s it. Where else "
            "am I going to send 400 pigs a week?", None),
        (P, "Fenwold Foods", "fully committed", None),
        (P, "Fenwold Foods", "on a weekly basis", None),
        (I, "Kasia Nowak", "EU pig prices had fallen by about 15% since the summer, after German exporters lost access to "
            "several Asian markets following new cases of African swine fever", None),
        (D, "Kasia Nowak", "The gap between UK and EU prices is now as wide as it has been for three years, and that "
            "makes imported bacon and ham very attractive to retailers,", None),
        (D, "Kasia Nowak", "Something had to give. Whether Fenwold needed to go as far as 8p is another question.", None),
        (S, None, "pig cycle", None),
    ],
    "actors": [
        actor("Fenwold Foods", "organisation", title="pig processor",
              aliases=["Fenwold Foods", "Fenwold"], stance=1),
        actor("Tom Ashworth", "person", title="commercial director", affiliation="Fenwold Foods",
              aliases=["Tom Ashworth", "Ashworth"], stance=1),
        actor("AHDB", "organisation", title="levy board (its price figures)", aliases=["AHDB"], stance=None),
        actor("Rhiannon Pugh", "person", title="chief executive", affiliation="National Pig Association (NPA)",
              aliases=["Rhiannon Pugh", "Pugh"], stance=-1),
        actor("One East Yorkshire producer", "person", title="anonymous producer (900 sows near Driffield)",
              aliases=["One East Yorkshire producer"], stance=-1),
        actor("Kasia Nowak", "person", title="senior analyst", affiliation="AHDB",
              aliases=["Kasia Nowak", "Nowak"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Limerick Leader local news (the council confirms a town's swimming pool will not reopen), headline without
#    speech, "Reporter:", "Email:" and "08 Dec 2026 5:45 PM" lines, lede opening in capitals ("COUNCILLORS"),
#    straight " and apostrophes, punctuation outside fragments, "Cllr ... (FF)", "Ms", fadas (Bríd, Ó Floinn,
#    Gearóid, Seán, Dáil), "€2.4m". Council "told a meeting ... that A, and that the money was "..." in ..."
#    (indirect plus partial); engineer "said A", quote "she told members"; councillor "said the decision was
#    "..." for a town that had "..."" (two partials), quote "he said", "Cllr Ó Floinn said A"; "READ MORE:" line
#    (not annotated); councillor "said it was "..." that ..." (partial only); scare so-called "hub and spoke"
#    model; director "said the council was "..." from Rathkeale and that B" (partial plus indirect); "He did not
#    give a timeframe" (negated); club chairperson "said A", then "Ms Fitzgerald said: "..." open at the end of its
#    line and a closed quote-only paragraph; TD "said A, and that B" (one span); unnamed council spokesperson "said
#    the decision had been "..." and that "..."" (two partials; her own actor).
ARTICLES[f"{BATCH}/rathkeale-pool-closure-council.gold.json"] = {
    "article": f"{BATCH}/rathkeale-pool-closure-council.txt",
    "target": "Limerick City and County Council",
    "quotes": [
        (I, "Limerick City and County Council", "repairs to the 1970s building would cost an estimated \u20ac2.4m", None),
        (P, "Limerick City and County Council", "not available", None),
        (I, "Br\u00edd Lenihan", "a structural survey carried out in October had found the problem was far worse than "
            "first thought", None),
        (D, "Br\u00edd Lenihan", "The survey found corrosion right through the steel frame of the roof. We cannot put "
            "the public back into that building, and I don't think anybody around this table would want us to,", None),
        (P, "Peadar \u00d3 Floinn", "a kick in the teeth", None),
        (P, "Peadar \u00d3 Floinn", "already lost its bank, its garda station and half its shops", None),
        (D, "Peadar \u00d3 Floinn", "We were told in March this was a leak. A leak! Now we're told the whole thing is "
            "finished, and we're told it the week before Christmas,", None),
        (I, "Peadar \u00d3 Floinn", "the council had known about problems with the roof since at least 2019, when an "
            "internal report recommended its replacement", None),
        (P, "Noreen Culhane", "no coincidence", None),
        (S, None, "hub and spoke", None),
        (P, "Gear\u00f3id Madden", "not walking away", None),
        (I, "Gear\u00f3id Madden", "it was examining the possibility of a new, smaller pool as part of a joint bid to the "
            "Large Scale Sport Infrastructure Fund", None),
        (I, "Maura Fitzgerald", "more than 140 of the club's children had been travelling to pools in Newcastle West and "
            "Askeaton since March", None),
        (D, "Maura Fitzgerald", "Parents are driving 40 minutes each way, three evenings a week. Some families just can't "
            "do it, and those children have stopped swimming altogether.", None),
        (D, "Maura Fitzgerald", "We'll keep going as a club, but I'd ask the council to remember that these are children "
            "who learned to swim in that pool.", None),
        (I, "Se\u00e1n Kiely", "the council and the Department of Sport had both failed the town, and that he would raise "
            "the closure in the D\u00e1il this week", None),
        (P, "council spokesperson", "taken with great reluctance", None),
        (P, "council spokesperson", "public safety must come first", None),
    ],
    "actors": [
        actor("Limerick City and County Council", "government", title="local authority",
              aliases=["Limerick City and County Council", "council"], stance=1),
        actor("Br\u00edd Lenihan", "person", title="senior engineer", affiliation="Limerick City and County Council",
              aliases=["Br\u00edd Lenihan", "Lenihan"], stance=1),
        actor("Peadar \u00d3 Floinn", "person", title="councillor (FF), Rathkeale", affiliation="Fianna F\u00e1il",
              aliases=["Peadar \u00d3 Floinn", "\u00d3 Floinn"], stance=-1),
        actor("Noreen Culhane", "person", title="councillor (SF)", affiliation="Sinn F\u00e9in",
              aliases=["Noreen Culhane", "Culhane"], stance=-1),
        actor("Gear\u00f3id Madden", "person", title="director of services", affiliation="Limerick City and County Council",
              aliases=["Gear\u00f3id Madden", "Madden"], stance=1),
        actor("Maura Fitzgerald", "person", title="chairperson", affiliation="Rathkeale Sharks Swimming Club",
              aliases=["Maura Fitzgerald", "Fitzgerald"], stance=-1),
        actor("Se\u00e1n Kiely", "person", title="Independent TD", aliases=["Se\u00e1n Kiely", "Kiely"], stance=-1),
        actor("council spokesperson", "person", title="unnamed spokesperson",
              affiliation="Limerick City and County Council", aliases=["council spokesperson"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
