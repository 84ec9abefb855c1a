"""Build the test178 gold files (data/eval/test178/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test178/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test178.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test178"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Standard (Hong Kong) courts (a landlord is fined after a fire in his subdivided flat), headline without speech,
#    byline, straight quotes, "HK$180,000", Cantonese names (surname first: "Chan Kwok-wing" -> "Chan"); "pleaded guilty"
#    (not annotated); magistrate "said Chan had turned ... into eight cubicles "..."" (partial only), quote with "the
#    magistrate said", "She said A"; prosecutor "told the court that A and that B" (one span); counsel in an apposition
#    "In mitigation, ..., said his client had inherited ... and had "..." on a contractor ..." (indirect for the first
#    clause plus partial), "Ho said"; "left court without speaking to reporters" (not annotated); anonymous "A tenant
#    surnamed Wong, ..., told The Standard outside court that A", "she said"; department "said in a statement that A and
#    had issued B" (one span); scare so-called "coffin homes" (with "known as"); organiser "said the fine in this case
#    was "..."" (partial), "she said"; bureau "said A".
ARTICLES[f"{BATCH}/sham-shui-po-subdivided-flat-fire-fine.gold.json"] = {
    "article": f"{BATCH}/sham-shui-po-subdivided-flat-fire-fine.txt",
    "target": "Chan Kwok-wing",
    "quotes": [
        (P, "Ivy Leung", "with no regard for the lives of the people inside", None),
        (D, "Ivy Leung", "The defendant collected rent every month from eight households. He did not spend one dollar on a "
            "smoke detector,", None),
        (I, "Ivy Leung", "the fine would have been higher had Chan not pleaded guilty at the first opportunity", None),
        (I, "Daniel Tse", "firefighters had found the only exit corridor blocked by a locked metal gate and that the fire "
            "had started in an overloaded extension cord in one of the cubicles", None),
        (I, "Edmund Ho", "his client had inherited the flat from his father in 2015", None),
        (P, "Edmund Ho", "relied entirely", None),
        (D, "Edmund Ho", "My client is deeply sorry. He visited two of the injured tenants in hospital and has paid their "
            "medical bills,", None),
        (I, "tenant surnamed Wong", "the family had lost almost everything they owned in the blaze", None),
        (D, "tenant surnamed Wong", "The fine is HK$180,000. We lost our home, and my son still has scars on his arms,",
            None),
        (I, "Fire Services Department", "it had inspected more than 4,000 subdivided units this year and had issued 612 "
            "fire hazard abatement notices", None),
        (S, None, "coffin homes", None),
        (P, "Lau Mei-ki", "too small to change anything", None),
        (D, "Lau Mei-ki", "For a landlord with ten flats, this is a business cost. Until someone goes to jail, nothing will "
            "change,", None),
        (I, "Housing Bureau", "a new law setting minimum standards for subdivided units, including a window and a private "
            "toilet in every unit, would take effect in March", None),
    ],
    "actors": [
        actor("Ivy Leung", "person", title="Magistrate", affiliation="Kowloon City Magistrates' Courts",
              aliases=["Ivy Leung", "Leung", "Magistrate Ivy Leung", "the magistrate"], stance=-1),
        actor("Daniel Tse", "person", title="Prosecutor", affiliation=None, aliases=["Daniel Tse", "Tse"], stance=-1),
        actor("Edmund Ho", "person", title="defence counsel", affiliation=None, aliases=["Edmund Ho", "Ho"], stance=1),
        actor("tenant surnamed Wong", "person", title="tenant, 45 (surname only)", affiliation=None,
              aliases=["tenant surnamed Wong"], stance=-1),
        actor("Fire Services Department", "government", title="fire services", affiliation="Hong Kong",
              aliases=["Fire Services Department"], stance=None),
        actor("Lau Mei-ki", "person", title="community organiser", affiliation="Society for Community Organization",
              aliases=["Lau Mei-ki", "Lau"], stance=-1),
        actor("Housing Bureau", "government", title="government bureau", affiliation="Hong Kong",
              aliases=["Housing Bureau"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Medical Republic (Australian GP trade press) health policy (pharmacists may prescribe for children's
#    infections), headline "GPs slam ‘reckless’ Tassie prescribing expansion", byline, curly “ ” and ’, "Dr"/"Mr",
#    "96%"; lede content before "the Tasmanian government said on Monday"; minister "said the expansion ... would free up GP
#    appointments and give families ... “...” for ..." (indirect for the first clause plus partial), "Mr Kearney said";
#    scare so-called “care closer to home”; AMA president "described the decision as “...” and said A" (partial plus
#    indirect), quote split by "she told The Medical Republic." whose second stretch stays open to the end of its
#    paragraph, then a closed quote-only paragraph; college chair "said the college was “...” by the announcement and that
#    B" (partial plus indirect); "The Pharmacy Guild of Australia welcomed the move." (act); branch president named after
#    his quote, "Mr Loo said A and would B" (one span); "According to the government, an evaluation ... found that A";
#    rural GP "said A", "Dr Reid said"; consumer body "said in a statement that it supported ... but wanted ..." (one span).
ARTICLES[f"{BATCH}/tasmania-pharmacist-prescribing-children.gold.json"] = {
    "article": f"{BATCH}/tasmania-pharmacist-prescribing-children.txt",
    "target": "Tasmanian government",
    "quotes": [
        (P, "GPs", "reckless", "GPs slam"),
        (I, "Tasmanian government", "Community pharmacists in Tasmania will be able to diagnose and prescribe antibiotics "
            "for middle ear infections and impetigo in children aged one to 12 from February", None),
        (I, "Simon Kearney", "the expansion of the state’s pharmacist prescribing pilot would free up GP appointments",
            None),
        (P, "Simon Kearney", "a faster, closer option", None),
        (D, "Simon Kearney", "In some towns on the West Coast, the wait for a GP is three weeks. A child with an ear "
            "infection can’t wait three weeks,", None),
        (S, None, "care closer to home", None),
        (P, "Helen Tomkins", "reckless", "described the decision"),
        (I, "Helen Tomkins", "it had been made without consulting the doctors who treat these children", None),
        (D, "Helen Tomkins", "Diagnosing a middle ear infection in a toddler is not a retail transaction,", None),
        (D, "Helen Tomkins", "You need to look properly in the ear, and you need to know when it is something more "
            "serious.", None),
        (D, "Helen Tomkins", "Unnecessary antibiotics in children also feed resistance, and that is a cost we all pay "
            "later.", None),
        (P, "Nick Pell", "deeply concerned", None),
        (I, "Nick Pell", "the government had ignored advice from its own clinical reference group", None),
        (D, "Anthony Loo", "Pharmacists have been treating urinary tract infections safely under the pilot for two years. "
            "This is the next sensible step,", None),
        (I, "Anthony Loo", "participating pharmacists would complete additional accredited training and would refer any "
            "child with a high fever or recurring infections to a GP", None),
        (I, "Tasmanian government", "an independent evaluation of the pilot found that 96% of women treated for urinary "
            "tract infections by a pharmacist did not need further care", None),
        (I, "Marcus Reid", "the real problem was the shortage of doctors in rural Tasmania", None),
        (D, "Marcus Reid", "I don’t love this policy, but I understand why the government did it. We have been asking for "
            "more GPs on the West Coast for ten years,", None),
        (I, "Health Consumers Tasmania", "it supported giving families more options but wanted clear guidance for parents "
            "on when a child should see a doctor instead", None),
    ],
    "actors": [
        actor("GPs", "group", title="general practitioners (headline)", affiliation="Tasmania", aliases=["GPs"], stance=-1),
        actor("Tasmanian government", "government", title="state government", affiliation="Tasmania",
              aliases=["Tasmanian government", "the government"], stance=1),
        actor("Simon Kearney", "person", title="Health Minister", affiliation="Tasmanian government",
              aliases=["Simon Kearney", "Kearney", "Mr Kearney"], stance=1),
        actor("Helen Tomkins", "person", title="president", affiliation="AMA Tasmania",
              aliases=["Helen Tomkins", "Tomkins", "Dr Helen Tomkins"], stance=-1),
        actor("Nick Pell", "person", title="chair", affiliation="RACGP Tasmania", aliases=["Nick Pell", "Pell", "Dr Nick Pell"],
              stance=-1),
        actor("Anthony Loo", "person", title="Tasmanian branch president", affiliation="Pharmacy Guild of Australia",
              aliases=["Anthony Loo", "Loo", "Mr Loo"], stance=1),
        actor("Marcus Reid", "person", title="GP in Queenstown", affiliation=None,
              aliases=["Marcus Reid", "Reid", "Dr Marcus Reid", "Dr Reid"], stance=0),
        actor("Health Consumers Tasmania", "organisation", title="consumer health body", affiliation="Tasmania",
              aliases=["Health Consumers Tasmania"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Dominican Today (Dominican Republic) labour/tourism (hotel workers protest over service charge payments), headline
#    without speech, dateline "Punta Cana.-", no byline, straight quotes (a nested straight single 'administration'
#    inside a direct); participial lede "protested ..., saying A" (group); scare so-called "ley del 10"; union leader in
#    an apposition "said A", "Castillo said", "She said A"; "In a statement, Palmera Resorts said it had "..." with the
#    Labor Code and that B" (partial plus indirect); HR director "told Dominican Today that A", "Peña said"; anonymous
#    "A waiter who asked not to be named ... said A", "he said"; tourist named after her quote; ministry "said A and would
#    B" (one span); association president in an apposition "said A and that B" (one span); "According to the Central
#    Bank, A".
ARTICLES[f"{BATCH}/punta-cana-hotel-workers-service-charge.gold.json"] = {
    "article": f"{BATCH}/punta-cana-hotel-workers-service-charge.txt",
    "target": "Palmera Resorts",
    "quotes": [
        (I, "employees of Palmera Resorts", "management had kept part of the 10 percent service charge that guests pay on "
            "every bill since July", None),
        (S, None, "ley del 10", None),
        (I, "Ramona Castillo", "workers had received an average of 4,200 pesos a month from the charge since July, "
            "compared with more than 7,000 pesos before", None),
        (D, "Ramona Castillo", "The law says the 10 percent belongs to the workers. It does not say the company can keep a "
            "part for 'administration',", None),
        (I, "Ramona Castillo", "the union would hold a second protest on Saturday if the company did not restore the "
            "previous payments", None),
        (P, "Palmera Resorts", "always complied", None),
        (I, "Palmera Resorts", "the change reflected a new distribution formula agreed with worker representatives in June",
            None),
        (I, "Luis Alberto Peña", "the new formula included kitchen, laundry and maintenance staff, who had previously been "
            "left out", None),
        (D, "Luis Alberto Peña", "Nobody is taking money. We are sharing it with more people, and the people who were left "
            "out for years are the ones who wash the sheets and fix the air conditioning,", None),
        (I, "waiter who asked not to be named", "the worker representatives had been chosen by management, not elected",
            None),
        (D, "waiter who asked not to be named", "We found out about the new formula from our payslips. Nobody asked us "
            "anything,", None),
        (D, "Karen Mitchell", "It's a little uncomfortable on vacation, but honestly, they seem to have a point,", None),
        (I, "Ministry of Labor", "it had sent inspectors to the group's five hotels and would publish its findings within "
            "15 days", None),
        (I, "Marisol Duarte Peralta", "the service charge was clearly regulated by law and that disputes over its "
            "distribution should be resolved through dialogue", None),
        (I, "Central Bank", "the country received 9.1 million visitors between January and October, 6 percent more than "
            "in the same period last year, with Punta Cana's airport handling more than half of all arrivals by air", None),
    ],
    "actors": [
        actor("employees of Palmera Resorts", "group", title="hotel employees (protesters)", affiliation="Palmera Resorts",
              aliases=["employees of Palmera Resorts"], stance=-1),
        actor("Ramona Castillo", "person", title="secretary general",
              affiliation="Union of Hotel and Tourism Workers of La Altagracia", aliases=["Ramona Castillo", "Castillo"],
              stance=-1),
        actor("Palmera Resorts", "organisation", title="hotel group", affiliation="Bávaro, Dominican Republic",
              aliases=["Palmera Resorts"], stance=1),
        actor("Luis Alberto Peña", "person", title="human resources director", affiliation="Palmera Resorts",
              aliases=["Luis Alberto Peña", "Peña"], stance=1),
        actor("waiter who asked not to be named", "person", title="waiter (anonymous)", affiliation="Palmera Resorts",
              aliases=["waiter who asked not to be named"], stance=-1),
        actor("Karen Mitchell", "person", title="tourist from Toronto", affiliation=None,
              aliases=["Karen Mitchell", "Mitchell"], stance=-1),
        actor("Ministry of Labor", "government", title="labour ministry", affiliation="Dominican Republic",
              aliases=["Ministry of Labor"], stance=0),
        actor("Marisol Duarte Peralta", "person", title="president",
              affiliation="National Association of Hotels and Tourism (Asonahores)",
              aliases=["Marisol Duarte Peralta", "Duarte"], stance=0),
        actor("Central Bank", "government", title="central bank", affiliation="Dominican Republic",
              aliases=["Central Bank"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sport24 (South Africa) sport/cricket (the national federation cuts the domestic four-day season), headline with a
#    curly single fragment "players’ body warns of ‘death by a thousand cuts’", dateline "Cape Town –", curly “ ” and ’,
#    "R28 million"; lede content before "the federation confirmed on Tuesday"; official in an apposition "said A",
#    quote with "Dube told Sport24", "he added"; "According to CSA, A"; players' association "said it had not been
#    consulted and warned that the cut would be “...” for ..." (indirect plus partial); chief executive named after his
#    quote; scare so-called “hybrid” calendar; coach "said his players were “...”" (partial), "he said"; player in an
#    apposition "wrote on Instagram: “...”"; "Not everyone was critical." (no speech); pundit "said the decision was
#    “...” given ... but that B" (partial plus indirect), "Mthembu said"; "CSA reported a loss of ..." (noun object kept).
ARTICLES[f"{BATCH}/csa-four-day-season-cut.gold.json"] = {
    "article": f"{BATCH}/csa-four-day-season-cut.txt",
    "target": "Cricket South Africa",
    "quotes": [
        (P, "South African Cricketers’ Association", "death by a thousand cuts", "CSA cuts four-day season"),
        (I, "Cricket South Africa", "Cricket South Africa (CSA) will cut the number of rounds in its domestic four-day "
            "competition from ten to seven next season to save about R28 million", None),
        (I, "Lungile Dube", "the savings would be used to raise minimum contracts for provincial players and to fund a new "
            "women’s franchise competition", None),
        (D, "Lungile Dube", "Nobody at CSA wants to play less first-class cricket. But we cannot keep spending money we "
            "don’t have on a format that very few people come to watch,", None),
        (D, "Lungile Dube", "We would rather have seven well-prepared rounds than ten where teams are scraping around for "
            "players,", None),
        (I, "Cricket South Africa", "average attendance at four-day matches last season was fewer than 400 spectators a "
            "day", None),
        (I, "South African Cricketers’ Association", "it had not been consulted", None),
        (P, "South African Cricketers’ Association", "death by a thousand cuts", "warned that the cut"),
        (D, "Johan Viljoen", "Every time money is tight, the first thing that goes is the competition that produces our "
            "Test cricketers,", None),
        (S, None, "hybrid", None),
        (P, "Werner Pretorius", "angry and confused", None),
        (D, "Werner Pretorius", "Some of these guys play ten first-class games a year and earn less than a club pro in "
            "England. Now they get seven,", None),
        (D, "Kyle Naidoo", "Four-day cricket made me. Sad day for the game in this country.", None),
        (P, "Sipho Mthembu", "sensible", None),
        (I, "Sipho Mthembu", "the federation had to make sure the best players were available for every round", None),
        (D, "Sipho Mthembu", "If the Proteas are playing white-ball cricket overseas while the four-day rounds happen at "
            "home, seven rounds won’t mean much anyway,", None),
        (I, "Cricket South Africa", "a loss of R112 million in its last financial year, largely because of the cost of "
            "staging the ICC Men’s Cricket World Cup qualifiers and a fall in broadcast income", None),
    ],
    "actors": [
        actor("South African Cricketers’ Association", "organisation", title="players' association",
              affiliation="South Africa", aliases=["South African Cricketers’ Association", "SACA", "players’ body"],
              stance=-1),
        actor("Cricket South Africa", "organisation", title="national cricket federation", affiliation="South Africa",
              aliases=["Cricket South Africa", "CSA", "the federation"], stance=1),
        actor("Lungile Dube", "person", title="head of domestic cricket", affiliation="Cricket South Africa",
              aliases=["Lungile Dube", "Dube"], stance=1),
        actor("Johan Viljoen", "person", title="chief executive", affiliation="South African Cricketers’ Association",
              aliases=["Johan Viljoen", "Viljoen"], stance=-1),
        actor("Werner Pretorius", "person", title="Lions coach", affiliation="Lions",
              aliases=["Werner Pretorius", "Pretorius"], stance=-1),
        actor("Kyle Naidoo", "person", title="Dolphins opener, 34", affiliation="Dolphins",
              aliases=["Kyle Naidoo", "Naidoo", "the 34-year-old Dolphins opener"], stance=-1),
        actor("Sipho Mthembu", "person", title="former Proteas fast bowler, commentator", affiliation=None,
              aliases=["Sipho Mthembu", "Mthembu"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
