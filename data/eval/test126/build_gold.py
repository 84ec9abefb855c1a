"""Build the test126 gold files (data/eval/test126/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test126/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test126.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test126"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. InSight Crime (Russia opens a second police training centre in Nicaragua), title-case headline without
#    speech, "Written by" and date lines, straight " and apostrophes, "InSight Crime Analysis" section head.
#    Lede "Russia has opened ... and says A, raising concerns ..." (the country speaks; the participial
#    tail is the writer's); Interior Ministry "said in a statement ... that the new center ... would train
#    "..." in ..., and that B" (partial plus indirect); ambassador "said at the inauguration ceremony that
#    the center was "..."" (partial only), quote with "he said"; National Police "said A"; government "has
#    long pointed to the cooperation as evidence that the country is a "..." against ..." (partial only);
#    "could not independently verify" (not speech); State Department spokesperson "told InSight Crime that
#    the United States was "..." ... and warned that ... "..."" (two partials); ministry "confirmed that A
#    but said the decision had been made "..."" (indirect plus partial); "Not everyone in the region is
#    convinced" (no content); analyst with a double surname "said A", quote split by "Brenes said";
#    anonymous exile "said A, an allegation the National Police has denied" (the denial has no content);
#    content before "according to the United Nations Office on Drugs and Crime (UNODC)"; anonymous official
#    "said ... that Guatemala City was "..." and that B" (partial plus indirect).
ARTICLES[f"{BATCH}/russia-nicaragua-police-training-centre.gold.json"] = {
    "article": f"{BATCH}/russia-nicaragua-police-training-centre.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russia", "it will offer courses to police officers from across Central America", None),
        (P, "Interior Ministry", "up to 600 specialists a year", None),
        (I, "Interior Ministry", "officers from Honduras and Guatemala had already enrolled in the first course", None),
        (P, "Aleksandr Pavlenko", "a contribution to the security of the whole region, not a threat to anyone.", None),
        (D, "Aleksandr Pavlenko", "Drug trafficking does not respect borders. Our instructors have shared their "
            "experience with Nicaraguan colleagues for almost ten years, and the results speak for themselves,", None),
        (I, "National Police", "the first facility, opened in 2017, had trained more than 2,300 officers and "
            "contributed to record cocaine seizures", None),
        (P, "Nicaragua's government", "wall of containment", None),
        (P, "US State Department spokesperson", "closely monitoring", None),
        (P, "US State Department spokesperson", "intelligence recruitment.", None),
        (I, "Security Ministry", "14 of its officers were taking part in the first course", None),
        (P, "Security Ministry", "on purely technical grounds.", None),
        (I, "Mauricio Brenes Alfaro", "the centers serve a political purpose as much as a policing one", None),
        (D, "Mauricio Brenes Alfaro", "Russia gets a permanent presence, contacts inside police forces and a listening "
            "post, for very little money,", None),
        (D, "Mauricio Brenes Alfaro", "Nicaragua gets equipment and a partner that will never ask about human rights.",
            None),
        (I, "former Nicaraguan police commissioner", "graduates of the first center had been deployed against "
            "protesters in 2018", None),
        (I, "United Nations Office on Drugs and Crime", "Nicaragua remains a key transit point for cocaine shipments "
            "moving north along the Caribbean coast", None),
        (P, "senior Guatemalan official", "weighing the offer", None),
        (I, "senior Guatemalan official", "it would not rush a decision", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia"], stance=1),
        actor("Interior Ministry", "government", title="Russia's Interior Ministry", affiliation="Russia",
              aliases=["Interior Ministry"], stance=1),
        actor("Aleksandr Pavlenko", "person", title="Russian Ambassador to Nicaragua", affiliation="Russia",
              aliases=["Aleksandr Pavlenko", "Pavlenko"], stance=1),
        actor("National Police", "government", title="Nicaragua's National Police", affiliation="Nicaragua",
              aliases=["National Police"], stance=1),
        actor("Nicaragua's government", "government", affiliation="Nicaragua", aliases=["Nicaragua's government"],
              stance=1),
        actor("US State Department spokesperson", "person", title="spokesperson", affiliation="US State Department",
              aliases=["US State Department spokesperson"], stance=-1),
        actor("Security Ministry", "government", title="Honduras' Security Ministry", affiliation="Honduras",
              aliases=["Security Ministry"], stance=0),
        actor("Mauricio Brenes Alfaro", "person", title="Costa Rican security analyst",
              aliases=["Mauricio Brenes Alfaro", "Brenes Alfaro", "Brenes"], stance=-1),
        actor("former Nicaraguan police commissioner", "person", title="anonymous former police commissioner in exile",
              aliases=["former Nicaraguan police commissioner"], stance=-1),
        actor("United Nations Office on Drugs and Crime", "organisation", title="UN agency",
              aliases=["United Nations Office on Drugs and Crime", "UNODC"], stance=None),
        actor("senior Guatemalan official", "person", title="anonymous official", affiliation="Guatemala",
              aliases=["senior Guatemalan official"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Cosmetics Business (the ASA bans a sunscreen brand's reef claims), headline and standfirst without
#    speech, "By ... | Published: 3-Dec-2026" line, British, curly “ ” for quotes, ‘ ’ for the scare term and
#    ’ apostrophes (inside quotes: can’t, we’ve). Lede "has banned ..., saying A" (participial cue); the ads'
#    on-screen text "described the formula as “...” and “...”" (two partials: the ads speak for the brand);
#    "In its ruling, ..., the ASA said A", "It said A"; "told the brand not to repeat the claims" (directive);
#    charity "which said the term had become “...”" (partial only); its officer named after the quote ("said
#    Dr Oliver Penhaligon, the charity’s head of ..."); brand "said it was “...” by the decision but that it
#    would comply" (partial plus indirect); founder's quote split by "told Cosmetics Business"; spokesperson
#    "added that A"; trade body "said A and that B" (one span); scare so-called ‘clean beauty’;
#    "According to Mintel, A"; analyst "said A", "she said".
ARTICLES[f"{BATCH}/verdane-asa-reef-safe-ruling.gold.json"] = {
    "article": f"{BATCH}/verdane-asa-reef-safe-ruling.txt",
    "target": "Verdane",
    "quotes": [
        (I, "Advertising Standards Authority", "the brand had not held adequate evidence for claims that the product "
            "was safe for coral reefs", None),
        (P, "Verdane", "reef-safe", None),
        (P, "Verdane", "proven kind to coral", None),
        (I, "Advertising Standards Authority", "consumers were likely to understand the claims to mean that the "
            "product had been tested and shown to cause no harm to marine life", None),
        (I, "Advertising Standards Authority", "the evidence supplied by Verdane, which related to the absence of "
            "oxybenzone and octinoxate, did not demonstrate that", None),
        (P, "Marine Conservation Society", "one of the most abused phrases in beauty marketing", None),
        (D, "Oliver Penhaligon", "Leaving out two chemicals does not make a sunscreen safe for a reef. Brands need to "
            "show their workings, and most of them can\u2019t,", None),
        (P, "Verdane", "disappointed", None),
        (I, "Verdane", "it would comply with it", None),
        (D, "Nadia Okafor-Lund", "We have always gone further than the law requires on ingredients, and we stand by "
            "our formula,", None),
        (D, "Nadia Okafor-Lund", "What we\u2019ve learned is that the language has to be as precise as the science. We "
            "will be updating our packaging and our website by the end of January.", None),
        (I, "Verdane spokesperson", "the brand had commissioned an independent ecotoxicology study from a UK "
            "university, with results expected in spring 2027", None),
        (I, "Cosmetic, Toiletry and Perfumery Association", "there was no legal definition of the term in the UK and "
            "that it had advised members to avoid it unless they could support it with specific testing", None),
        (S, None, "clean beauty", None),
        (I, "Mintel", "38% of UK sunscreen launches in 2026 carried an environmental claim, up from 21% in 2022", None),
        (I, "Sophie Marlowe", "she did not expect the ruling to hurt Verdane\u2019s sales significantly", None),
        (D, "Sophie Marlowe", "Its customers are loyal and they like the product. But the whole category has been put "
            "on notice,", None),
    ],
    "actors": [
        actor("Advertising Standards Authority", "organisation", title="UK advertising regulator",
              aliases=["Advertising Standards Authority", "ASA", "The regulator"], stance=-1),
        actor("Verdane", "organisation", title="indie skincare brand", aliases=["Verdane"], stance=1),
        actor("Marine Conservation Society", "organisation", title="charity (complainant)",
              aliases=["Marine Conservation Society"], stance=-1),
        actor("Oliver Penhaligon", "person", title="head of ocean pollution", affiliation="Marine Conservation Society",
              aliases=["Oliver Penhaligon", "Penhaligon"], stance=-1),
        actor("Nadia Okafor-Lund", "person", title="founder, former pharmacist", affiliation="Verdane",
              aliases=["Nadia Okafor-Lund", "Okafor-Lund"], stance=1),
        actor("Verdane spokesperson", "person", title="spokesperson", affiliation="Verdane",
              aliases=["Verdane spokesperson"], stance=1),
        actor("Cosmetic, Toiletry and Perfumery Association", "organisation", title="trade body",
              aliases=["Cosmetic, Toiletry and Perfumery Association", "CTPA"], stance=0),
        actor("Mintel", "organisation", title="research firm", aliases=["Mintel"], stance=None),
        actor("Sophie Marlowe", "person", title="associate director of beauty and personal care", affiliation="Mintel",
              aliases=["Sophie Marlowe", "Marlowe"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Munster Express (Waterford) courts (Gardaí object to a nightclub's licence renewal), headline and
#    standfirst without speech, byline, straight " and apostrophes, "Gardaí", "€40,000", titles "Mr", "Ms",
#    "Mrs", "Inspector", "Judge". Inspector "told the court A, and that B" (one span), quote with "Inspector
#    Hayes said", "She said A, but B"; solicitor "said A, and had B" (one span), quote split by "Ms Bowe
#    said"; "Four residents ... gave evidence" (no content); resident "said she had been woken "..." by ..."
#    (partial only), quote with "Mrs Walsh said"; judge "said she was not prepared to refuse the licence
#    "..." but that she expected to see "..." by ..." (two partials); "She adjourned the case" (act);
#    "Speaking outside the courthouse, Mr Kiely said A and would B" (one span), "he said"; scare so-called
#    "purple flag" committee; councillor "said A"; "the council has previously said it plans to ..."; "Mr Kiely
#    previously told the Munster Express in 2023 that the club would "..."" (partial only).
ARTICLES[f"{BATCH}/waterford-nightclub-licence-kiely.gold.json"] = {
    "article": f"{BATCH}/waterford-nightclub-licence-kiely.txt",
    "target": "D\u00f3nal Kiely",
    "quotes": [
        (I, "Siobh\u00e1n Hayes", "Garda\u00ed had attended 41 incidents at or near the premises between January and "
            "October, including nine assaults, and that door staff had on several occasions failed to co-operate with "
            "officers", None),
        (D, "Siobh\u00e1n Hayes", "This is not a case of a few noisy nights. There is a pattern here, and the management "
            "has not addressed it despite repeated meetings,", None),
        (I, "Siobh\u00e1n Hayes", "the objection was not a reflection on Mr Kiely personally, but on the way the "
            "premises was being run on busy nights", None),
        (I, "Ciara Bowe", "her client had spent more than \u20ac40,000 on CCTV and additional security since the "
            "summer, and had hired a new head of security with 20 years' experience", None),
        (D, "Ciara Bowe", "My client is a Waterford man who employs 32 people, most of them young, in a city centre "
            "that badly needs a night-time economy,", None),
        (D, "Ciara Bowe", "He accepts there were problems. He is fixing them.", None),
        (P, "Carmel Walsh", "almost every weekend", None),
        (D, "Carmel Walsh", "I'm not against young people having fun. I was young once. But I'm 74 and I haven't had a "
            "full night's sleep on a Saturday in two years,", None),
        (P, "Marian Fitzgerald", "on the evidence as it stands", None),
        (P, "Marian Fitzgerald", "real and measurable change", None),
        (I, "D\u00f3nal Kiely", "he was relieved and would work with Garda\u00ed and residents", None),
        (D, "D\u00f3nal Kiely", "I've put everything I have into this place. I want it to be somewhere the city is "
            "proud of, and I know we're not there yet,", None),
        (S, None, "purple flag", None),
        (I, "Seamus Ryan", "the case showed the need for better late-night transport and policing across the city",
            None),
        (I, "council", "it plans to pedestrianise part of the street", None),
        (P, "D\u00f3nal Kiely", "always be a good neighbour", None),
    ],
    "actors": [
        actor("Siobh\u00e1n Hayes", "person", title="Inspector", affiliation="Garda\u00ed",
              aliases=["Siobh\u00e1n Hayes", "Hayes", "Inspector Hayes"], stance=-1),
        actor("Ciara Bowe", "person", title="solicitor for Mr Kiely", aliases=["Ciara Bowe", "Bowe", "Ms Bowe"],
              stance=1),
        actor("Carmel Walsh", "person", title="retired teacher, resident of Merchants' Quay apartments",
              aliases=["Carmel Walsh", "Walsh", "Mrs Walsh"], stance=-1),
        actor("Marian Fitzgerald", "person", title="Judge", affiliation="Waterford District Court",
              aliases=["Marian Fitzgerald", "Fitzgerald", "Judge Marian Fitzgerald"], stance=0),
        actor("D\u00f3nal Kiely", "person", title="nightclub owner", affiliation="The Granary Rooms",
              aliases=["D\u00f3nal Kiely", "Kiely", "Mr Kiely"], stance=1),
        actor("Seamus Ryan", "person", title="councillor, chair of the night-time economy committee",
              aliases=["Seamus Ryan", "Ryan", "Cllr Seamus Ryan"], stance=None),
        actor("council", "government", title="Waterford City and County Council", aliases=["council"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. ChessBase news (FIDE makes a 30-minute broadcast delay mandatory at big opens), headline without
#    speech, teaser paragraph with a date "12/3/2026 –" and "| Photo: FIDE" (no speech), byline, straight "
#    and apostrophes, "€", titles GM/WFM, "Read more:" line. FIDE "said the measures were a response to
#    "..." at ..." (partial only), quote with "the statement said"; commission chair "said that A and that B"
#    (one span), quote with "Lindgren said"; GM "described the rules as "..."", quote with "he told
#    ChessBase"; "Not all organisers are happy" (no content); organiser "said A", quote split by "Oberholz
#    said"; ACP "said A but that B, and called for a fund ..." (one span; directive not annotated); anonymous
#    arbiter "said the rules were "..." but that B" (partial plus indirect); streamer "said A", "she said";
#    "According to FIDE, A" (the following sentence has no cue).
ARTICLES[f"{BATCH}/fide-broadcast-delay-fair-play-rules.gold.json"] = {
    "article": f"{BATCH}/fide-broadcast-delay-fair-play-rules.txt",
    "target": "FIDE",
    "quotes": [
        (P, "FIDE", "a small number of sophisticated cheating cases", None),
        (D, "FIDE", "Live broadcasts are one of the great joys of modern chess, but they have also become the easiest "
            "route for cheaters. A half-hour delay closes that route at very little cost to spectators,", None),
        (I, "Marta Lindgren", "the commission had studied 38 suspected cases over two years and that in more than half "
            "of them the broadcast had played a role", None),
        (D, "Marta Lindgren", "We are not saying every open is full of cheaters. The overwhelming majority of players "
            "are honest. But the honest players are exactly the people we are trying to protect,", None),
        (P, "Arjun Narayanan", "long overdue", None),
        (D, "Arjun Narayanan", "At some opens you see the same faces walking in and out of the playing hall every ten "
            "minutes. Everyone notices, nobody can prove anything. This at least makes it much harder,", None),
        (I, "Jens Oberholz", "metal detectors and trained staff would add around \u20ac4,000 to his budget", None),
        (D, "Jens Oberholz", "FIDE writes these rules with the Grand Swiss in mind. For a club-run open with 200 players "
            "and volunteers, this is a serious problem,", None),
        (D, "Jens Oberholz", "We will have to cut the prize fund or raise entry fees, and both hurt the amateurs.",
            None),
        (I, "Association of Chess Professionals", "it supported the principle of the delay but that FIDE should help "
            "smaller organisers with equipment", None),
        (P, "international arbiter", "fine on paper", None),
        (I, "international arbiter", "enforcement would depend on the arbiters on the ground", None),
        (I, "Hanna Kowalczyk", "she would simply commentate with the delay", None),
        (D, "Hanna Kowalczyk", "Viewers care about the story of the game, not about seeing a move five seconds after it "
            "is played,", None),
        (I, "FIDE", "the rules will apply to around 350 events worldwide in 2027", None),
    ],
    "actors": [
        actor("FIDE", "organisation", title="world chess federation", aliases=["FIDE"], stance=1),
        actor("Marta Lindgren", "person", title="chair of FIDE's Fair Play Commission", affiliation="FIDE",
              aliases=["Marta Lindgren", "Lindgren"], stance=1),
        actor("Arjun Narayanan", "person", title="GM", aliases=["Arjun Narayanan", "Narayanan"], stance=1),
        actor("Jens Oberholz", "person", title="organiser of the Harz Open", aliases=["Jens Oberholz", "Oberholz"],
              stance=-1),
        actor("Association of Chess Professionals", "organisation", title="players' association",
              aliases=["Association of Chess Professionals", "ACP"], stance=0),
        actor("international arbiter", "person", title="anonymous international arbiter",
              aliases=["international arbiter"], stance=0),
        actor("Hanna Kowalczyk", "person", title="WFM, streamer", aliases=["Hanna Kowalczyk", "Kowalczyk"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
