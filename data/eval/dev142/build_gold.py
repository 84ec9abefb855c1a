"""Build the dev142 gold files (data/eval/dev142/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text
occurs more than once, by an anchor (a string occurring exactly once in the article) from whose start the
text is searched. Run from anywhere:  python3 data/eval/dev142/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev142.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev142"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Ghanaian Times diplomacy/agriculture (Ghana and Russia sign a fertiliser-plant MoU), headline without
#    speech, byline in capitals, lede in capitals ("GHANA and ..."), "Mr"/"Ms"/"Dr" titles, title chains
#    before the name ("the Minister of Food and Agriculture, Mr Kofi Adomako-Mensah"), straight quotes.
ARTICLES[f"{BATCH}/tema-fertiliser-plant-russia.gold.json"] = {
    "article": f"{BATCH}/tema-fertiliser-plant-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Food and Agriculture", "the plant could cut the country's fertiliser import bill by about "
            "US$90 million a year once it is fully operational", None),
        (I, "Kofi Adomako-Mensah", "the plant would supply farmers in all 16 regions with affordable fertiliser and "
            "reduce the country's dependence on imports from Europe and Asia", None),
        (D, "Kofi Adomako-Mensah", "For too long, our farmers have been at the mercy of prices set far away from our "
            "shores. Today we are taking a step to change that,", None),
        (D, "Kofi Adomako-Mensah", "This is not charity. It is a partnership, and Ghana will own 40 per cent of it,",
            None),
        (P, "Andrei Vetrov", "a reliable partner", None),
        (I, "Andrei Vetrov", "Russian companies were ready to transfer technology and train Ghanaian engineers at the "
            "plant", None),
        (D, "Andrei Vetrov", "Russia has never come to Africa with conditions attached. We come as friends, and we stay "
            "as friends,", None),
        (I, "Andrei Vetrov", "the first phase of the plant, with a capacity of 300,000 tonnes a year, would be completed "
            "by the end of 2028", None),
        (I, "Sergei Kalinin", "trade between the two countries had grown by more than a third this year, and that more "
            "Russian firms were looking at Ghana as a gateway to the West African market", None),
        (I, "Yelena Morozova", "the firm had already identified a 25-acre site within the free zone", None),
        (S, None, "fertiliser diplomacy", None),
        (I, "Peasant Farmers Association of Ghana", "it welcomed any effort to bring down the price of fertiliser",
            None),
        (P, "Peasant Farmers Association of Ghana", "died on paper", None),
        (I, "Yakubu Salifu", "smallholder farmers in the north had heard many promises before", None),
        (D, "Yakubu Salifu", "We have seen many memorandums signed in hotels in Accra. What the farmer in Tamale wants "
            "to know is how much a bag will cost him next season,", None),
        (I, "Efua Boakye-Ansah", "the deal should be studied carefully because of the sanctions imposed on Russia by "
            "Western countries", None),
        (D, "Efua Boakye-Ansah", "There is nothing wrong with Ghana doing business with Russia. But payments, insurance "
            "and shipping all become complicated when one partner is under sanctions, and we must go into this with "
            "our eyes open,", None),
        (I, "Efua Boakye-Ansah", "Parliament should be given the full terms of the agreement before any land was "
            "released", None),
        (P, "Issah Bawa Dakura", "public relations exercise", None),
        (I, "Issah Bawa Dakura", "the Minority would demand to see the full agreement when the House resumes in "
            "January", None),
    ],
    "actors": [
        actor("Ministry of Food and Agriculture", "government", title="ministry", affiliation="Ghana",
              aliases=["Ministry of Food and Agriculture"], stance=1),
        actor("Kofi Adomako-Mensah", "person", title="Minister of Food and Agriculture", affiliation="Ghana",
              aliases=["Kofi Adomako-Mensah", "Adomako-Mensah", "Mr Adomako-Mensah"], stance=1),
        actor("Andrei Vetrov", "person", title="Russian Deputy Minister of Agriculture", affiliation="Russia",
              aliases=["Andrei Vetrov", "Vetrov", "Mr Vetrov"], stance=1),
        actor("Sergei Kalinin", "person", title="Russian Ambassador to Ghana", affiliation="Russia",
              aliases=["Sergei Kalinin", "Kalinin"], stance=1),
        actor("Yelena Morozova", "person", title="Chief Executive Officer", affiliation="Uralkhim Africa",
              aliases=["Yelena Morozova", "Morozova"], stance=1),
        actor("Peasant Farmers Association of Ghana", "organisation", title="farmers' association",
              aliases=["Peasant Farmers Association of Ghana", "PFAG"], stance=0),
        actor("Yakubu Salifu", "person", title="Executive Director", affiliation="Peasant Farmers Association of Ghana",
              aliases=["Yakubu Salifu", "Salifu"], stance=-1),
        actor("Efua Boakye-Ansah", "person", title="senior lecturer, Department of Political Science",
              affiliation="University of Ghana", aliases=["Efua Boakye-Ansah", "Boakye-Ansah"], stance=0),
        actor("Issah Bawa Dakura", "person", title="Ranking Member, Food, Agriculture and Cocoa Affairs Committee",
              affiliation="Minority in Parliament", aliases=["Issah Bawa Dakura", "Dakura"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Bangor Daily News local/labour (a sea cucumber plant closes), headline without speech, lower-case
#    "by" byline, date line, caption with a "Credit: ... / BDN" line, "JONESPORT, Maine —" dateline, AP
#    style ("State Rep. Hope Rich, D-Machias", "6 percent"), two unrelated people surnamed Beal.
ARTICLES[f"{BATCH}/jonesport-sea-cucumber-plant-closing.gold.json"] = {
    "article": f"{BATCH}/jonesport-sea-cucumber-plant-closing.txt",
    "target": "Downeast Harvest Seafood",
    "quotes": [
        (I, "Downeast Harvest Seafood", "it would shut its plant on Kelley Point Road and move processing to a facility "
            "it owns in New Brunswick", None),
        (P, "Downeast Harvest Seafood", "painful but unavoidable", None),
        (D, "Downeast Harvest Seafood", "We are deeply grateful to our Jonesport employees, many of whom have been with "
            "us since the day we opened,", None),
        (D, "Downeast Harvest Seafood", "We will be offering severance and help finding new work to every one of them.",
            None),
        (I, "Tom Beal", "he found out when he walked in for his 6 a.m. shift", None),
        (D, "Tom Beal", "They had coffee and doughnuts out. That's how you knew it was bad,", None),
        (D, "Tom Beal", "Nobody buys doughnuts for good news.", None),
        (I, "Tom Beal", "he doubted he would find another job in town that paid as well", None),
        (S, None, "winter money", None),
        (I, "Carol Beal", "the closure would cost the town about $140,000 a year in property taxes, roughly 6 percent "
            "of its budget", None),
        (D, "Carol Beal", "This is a gut punch. We're a town of 1,300 people, and 85 jobs is not a small thing here,",
            None),
        (I, "Carol Beal", "the town had not been given any warning", None),
        (I, "Hope Rich", "the company had received a state tax credit in 2021 to expand the plant and that she would "
            "ask the Maine Department of Economic and Community Development whether any of that money should be paid "
            "back", None),
        (D, "Hope Rich", "If you take public money to grow jobs in Washington County, you don't get to pack up and "
            "leave for Canada three years later,", None),
        (I, "Maine Department of Labor", "it would send its Rapid Response team to Jonesport next week to help workers "
            "apply for unemployment benefits and retraining", None),
        (I, "Kevin Alley", "the closure would leave fishermen with a single buyer in the state", None),
        (D, "Kevin Alley", "When there's one buyer, there's one price, and it's his,", None),
        (I, "Maine Department of Marine Resources", "sea cucumber landings in the state were worth about $9 million last "
            "year, most of it from Washington and Hancock counties", None),
        (P, "A spokesperson for the company", "at fair market prices.", None),
    ],
    "actors": [
        actor("Downeast Harvest Seafood", "organisation", title="seafood processor",
              aliases=["Downeast Harvest Seafood"], stance=1),
        actor("Tom Beal", "person", title="processing line worker", affiliation="Downeast Harvest Seafood",
              aliases=["Tom Beal", "Beal"], stance=-1),
        actor("Carol Beal", "person", title="Jonesport Town Manager", affiliation="Town of Jonesport",
              aliases=["Carol Beal", "Beal"], stance=-1),
        actor("Hope Rich", "person", title="State Rep., D-Machias", affiliation="Maine House of Representatives",
              aliases=["Hope Rich", "Rich"], stance=-1),
        actor("Maine Department of Labor", "government", title="state labor department",
              aliases=["Maine Department of Labor"], stance=None),
        actor("Kevin Alley", "person", title="dragger captain", aliases=["Kevin Alley", "Alley"], stance=-1),
        actor("Maine Department of Marine Resources", "government", title="state fisheries agency",
              aliases=["Maine Department of Marine Resources"], stance=None),
        actor("A spokesperson for the company", "person", title="company spokesperson",
              affiliation="Downeast Harvest Seafood", aliases=["A spokesperson for the company"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Drapers fashion-retail trade (a new chief executive closes 30 stores), headline without speech,
#    standfirst with a curly partial ("says the retailer must become “smaller to grow”"), "By ... | date"
#    byline, curly quotes and ’ apostrophes, British punctuation outside fragments, "£11.2m", "8%".
ARTICLES[f"{BATCH}/peel-and-marsh-store-closures-oyelaran.gold.json"] = {
    "article": f"{BATCH}/peel-and-marsh-store-closures-oyelaran.txt",
    "target": "Marcus Oyelaran",
    "quotes": [
        (P, "Marcus Oyelaran", "smaller to grow", None),
        (S, None, "office to evening", None),
        (P, "Marcus Oyelaran", "everything to everyone", None),
        (D, "Marcus Oyelaran", "We have lovely stores in places where our customer simply doesn’t shop any more. I’d "
            "rather have 60 stores that trade brilliantly than 94 that drag each other down,", None),
        (D, "Marcus Oyelaran", "This is not a retreat. It is the business getting its focus back.", None),
        (I, "Marcus Oyelaran", "the retailer would invest £15m in its website and in refitting its 20 strongest stores, "
            "and would reintroduce a tailoring range dropped in 2023", None),
        (D, "Marcus Oyelaran", "I’m not going to promise that this is the last difficult decision. But it is the big "
            "one.", None),
        (P, "Alan Pryce", "full confidence", None),
        (P, "Dawn Ashby", "shocked and angry", None),
        (I, "Dawn Ashby", "it would seek urgent talks with management to protect jobs", None),
        (D, "Dawn Ashby", "Staff found out from a press release. After years of loyalty, that is simply not good "
            "enough,", None),
        (I, "Hannah Lowe", "the plan was sensible but had come late", None),
        (D, "Hannah Lowe", "Marcus has done in three months what the previous team avoided for three years. The "
            "question is whether there is enough cash in the business to see it through,", None),
        (I, "A former senior buyer at the retailer", "morale at head office was low and that several experienced "
            "staff had left since Oyelaran’s arrival", None),
        (D, "A former senior buyer at the retailer", "He is very good in front of investors. Whether he understands the "
            "woman who buys our dresses is another matter,", None),
        (I, "Ian Mather", "Suppliers have been told that orders for spring will be cut by about a fifth", None),
        (D, "Ian Mather", "We’ve had worse news from bigger names. Marcus rang me himself before the announcement, "
            "which counts for something,", None),
        (I, "Peel & Marsh", "the list of stores affected would be shared with staff before Christmas", None),
    ],
    "actors": [
        actor("Marcus Oyelaran", "person", title="chief executive", affiliation="Peel & Marsh",
              aliases=["Marcus Oyelaran", "Oyelaran"], stance=1),
        actor("Alan Pryce", "person", title="Chairman", affiliation="Peel & Marsh",
              aliases=["Alan Pryce", "Sir Alan Pryce", "Pryce"], stance=1),
        actor("Dawn Ashby", "person", title="national officer", affiliation="Usdaw",
              aliases=["Dawn Ashby", "Ashby"], stance=-1),
        actor("Hannah Lowe", "person", title="retail analyst, partner", affiliation="Brackwell Partners",
              aliases=["Hannah Lowe", "Lowe"], stance=1),
        actor("A former senior buyer at the retailer", "person", title="anonymous former senior buyer",
              affiliation="Peel & Marsh", aliases=["A former senior buyer at the retailer"], stance=-1),
        actor("Ian Mather", "person", title="managing director", affiliation="Mather & Sons",
              aliases=["Ian Mather", "Mather"], stance=1),
        actor("Peel & Marsh", "organisation", title="womenswear retailer", aliases=["Peel & Marsh"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sunday World (Ireland) crime (a drone pilot jailed for prison drops; officers' union attacks the
#    Irish Prison Service), headline with a straight single fragment attributed to "officers' union", deck
#    without speech, byline with "Crime Correspondent", lede in capitals, straight " in the body, "(29)" ages,
#    fadas, €.
ARTICLES[f"{BATCH}/wheatfield-drone-pilot-jailed.gold.json"] = {
    "article": f"{BATCH}/wheatfield-drone-pilot-jailed.txt",
    "target": "Irish Prison Service",
    "quotes": [
        (P, "Prison Officers' Association", "failed to act", None),
        (P, "Prison Officers' Association", "out of control", None),
        (I, "Niamh Kinsella", "Fox had been paid €500 per flight by a criminal gang based in the south inner city", None),
        (I, "Niamh Kinsella", "a search of his car uncovered two more drones, 40 mobile phones and €12,000 worth of "
            "tablets", None),
        (S, None, "drop zone", None),
        (P, "Colm Duggan", "a foolish young man", None),
        (I, "Colm Duggan", "he had since cut all ties with his former associates", None),
        (P, "Martina Coughlan", "to the heart", None),
        (D, "Martina Coughlan", "Drugs and phones inside a prison are not a victimless matter. They fuel violence, they "
            "fuel debt, and they allow men behind bars to keep running their businesses on the outside,", None),
        (P, "Prison Officers' Association", "the tip of the iceberg", None),
        (I, "Ger Lynch", "officers had been warning the Irish Prison Service about drones for more than three years",
            None),
        (D, "Ger Lynch", "We have asked and asked for proper drone-detection systems. What we got was a pilot scheme in "
            "one prison and a lot of meetings,", None),
        (D, "Ger Lynch", "Our members are the ones who pay the price when a phone or a blade comes over that wall.",
            None),
        (I, "A senior prison source", "there had been more than 200 drone sightings over Irish jails this year alone",
            None),
        (D, "A senior prison source", "Some nights it's like Dublin Airport out there,", None),
        (P, "Irish Prison Service", "extremely seriously", None),
        (I, "Irish Prison Service", "it had invested €3.5 million in anti-drone technology since 2024 and that detection "
            "systems would be in place at all closed prisons by the end of next year", None),
        (I, "Department of Justice", "new legislation making it an offence to fly a drone within 500 metres of a prison "
            "would come before the Oireachtas in the new year", None),
    ],
    "actors": [
        actor("Prison Officers' Association", "organisation", title="prison officers' union",
              aliases=["Prison Officers' Association", "POA", "officers' union"], stance=-1),
        actor("Niamh Kinsella", "person", title="Detective Garda", affiliation="An Garda Síochána",
              aliases=["Niamh Kinsella", "Kinsella"], stance=None),
        actor("Colm Duggan", "person", title="defence counsel (SC)", aliases=["Colm Duggan", "Duggan"], stance=None),
        actor("Martina Coughlan", "person", title="Judge", affiliation="Dublin Circuit Criminal Court",
              aliases=["Martina Coughlan", "Judge Martina Coughlan", "Coughlan"], stance=None),
        actor("Ger Lynch", "person", title="POA deputy general secretary", affiliation="Prison Officers' Association",
              aliases=["Ger Lynch", "Lynch"], stance=-1),
        actor("A senior prison source", "person", title="anonymous prison source",
              aliases=["A senior prison source"], stance=-1),
        actor("Irish Prison Service", "government", title="prison service", aliases=["Irish Prison Service"],
              stance=1),
        actor("Department of Justice", "government", title="government department",
              aliases=["Department of Justice"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
