"""Build the dev116 gold files (data/eval/dev116/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev116/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev116.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev116"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Tuoi Tre News tourism/finance (Russian Mir cards to be accepted in Nha Trang), headline "...: consul"
#    (attribution without marks: not annotated), "Updated : 12/10/2026 10:52 GMT + 7" and "Tuoi Tre News"
#    lines, photo caption "... Photo: Tuoi Tre" (no speech), curly “ ” and ’, American punctuation inside
#    closing marks ("on the first day.”"), Vietnamese names given-name last and referred to by it (Hieu,
#    Chau, Long: a given name that is an English word). Lede content before "according to the Russian
#    Consulate General in Da Nang"; consul "told Tuoi Tre News ... that the arrangement was the result of
#    “...” by ..." (partial only), quote with "Sukhov said", "He said A, and could later be extended ..."
#    (one span); content before "according to the provincial Department of Tourism"; deputy director "said
#    A", "Hieu said"; central bank representative "said on Thursday the central bank had “...” ... and that
#    B" (partial plus indirect); economist "warned that banks ... could face “...” from ..." (partial only),
#    "Chau said"; "business owners welcomed the news" (act); hotelier "said he would sign up ... “...”"
#    (partial only), "Long said"; tourist "said A", quote with "she said, adding that she hoped the cards
#    would work “...”" (direct plus partial); scare so-called “Mir corridor”.
ARTICLES[f"{BATCH}/russia-mir-cards-nha-trang.gold.json"] = {
    "article": f"{BATCH}/russia-mir-cards-nha-trang.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Consulate General in Da Nang", "Russian tourists visiting the south-central province of Khanh Hoa "
            "will be able to pay with Russia\u2019s Mir bank cards at selected hotels and shops in Nha Trang from "
            "January", None),
        (P, "Ivan Sukhov", "more than two years of work", None),
        (D, "Ivan Sukhov", "Russian tourists love Vietnam, and Vietnam has become their first choice in Asia. But it is "
            "not normal that in 2026 they still have to carry bags of dollars,", None),
        (I, "Ivan Sukhov", "the pilot scheme would initially cover about 40 hotels and 100 shops and restaurants, and "
            "could later be extended to Phu Quoc and Da Nang", None),
        (I, "provincial Department of Tourism", "Khanh Hoa welcomed nearly 480,000 Russian visitors in the first 11 "
            "months of this year, up 35 percent year-on-year", None),
        (I, "Le Minh Hieu", "local businesses had long asked for a solution to the payment problem", None),
        (D, "Le Minh Hieu", "Many Russian guests stay two or three weeks. When they run out of cash, they go home early. "
            "That is a loss for us,", None),
        (P, "representative of the State Bank of Vietnam", "not yet approved", None),
        (I, "representative of the State Bank of Vietnam", "it was still reviewing the proposal", None),
        (P, "Ha Thi Minh Chau", "secondary sanctions", None),
        (D, "Ha Thi Minh Chau", "The demand is real, and Russian visitors are very important for Khanh Hoa. But "
            "Vietnamese banks have a lot of business with the U.S. and Europe. They will think very carefully before "
            "touching Mir,", None),
        (P, "Vo Thanh Long", "on the first day.", None),
        (D, "Vo Thanh Long", "Right now my staff spend half their time at the money changer with guests. If Mir works, "
            "everybody is happy,", None),
        (I, "Olga Sinitsyna", "she had brought US$3,000 in cash for a two-month stay", None),
        (D, "Olga Sinitsyna", "It is a little dangerous, of course, but what can we do?", None),
        (P, "Olga Sinitsyna", "without surprises.", None),
        (S, None, "Mir corridor", None),
    ],
    "actors": [
        actor("Russian Consulate General in Da Nang", "government", title="consulate", affiliation="Russia",
              aliases=["Russian Consulate General in Da Nang"], stance=1),
        actor("Ivan Sukhov", "person", title="Russian Consul General", affiliation="Russia",
              aliases=["Ivan Sukhov", "Sukhov"], stance=1),
        actor("provincial Department of Tourism", "government", title="provincial tourism department",
              affiliation="Khanh Hoa Province",
              aliases=["provincial Department of Tourism", "Department of Tourism", "department"], stance=None),
        actor("Le Minh Hieu", "person", title="deputy director", affiliation="Khanh Hoa Department of Tourism",
              aliases=["Le Minh Hieu", "Hieu"], stance=1),
        actor("representative of the State Bank of Vietnam", "person", title="unnamed central bank representative",
              affiliation="State Bank of Vietnam", aliases=["representative of the State Bank of Vietnam"], stance=0),
        actor("Ha Thi Minh Chau", "person", title="economist", aliases=["Ha Thi Minh Chau", "Chau"], stance=0),
        actor("Vo Thanh Long", "person", title="hotel owner", aliases=["Vo Thanh Long", "Long"], stance=1),
        actor("Olga Sinitsyna", "person", title="retiree from Novosibirsk, tourist",
              aliases=["Olga Sinitsyna", "Sinitsyna"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Greek Reporter culture (the Culture Ministry lends Mycenaean treasures to the Shanghai Museum), Title Case
#    headline without speech, byline and date lines, curly “ ” and ’, American spelling and punctuation
#    inside closing marks. Scare so-called “royal tombs”; ministry "said in a statement ... that A, and that
#    the objects would be insured for “...”" (indirect plus partial); content before "the ministry added";
#    "The decision drew sharp criticism" (not speech); association president "said three years was “...” for
#    ..." (partial only), quote with "Kalogeropoulou told ERT" and a quote-only paragraph, "She said A";
#    secretary-general with a title before his name "defended the loan, saying A" (indirect), quote with "he
#    told Skai TV", Q&A "Asked about ..., he replied: “...”"; party "accused the government of “...” in ..."
#    (partial); museum "said in a statement that it was “...” to host ... and that the objects would be
#    displayed under “...”" (two partials); professor "took a more measured view: “...”" (colon, direct);
#    "According to the ministry, A".
ARTICLES[f"{BATCH}/mycenae-treasures-shanghai-loan.gold.json"] = {
    "article": f"{BATCH}/mycenae-treasures-shanghai-loan.txt",
    "target": "Ministry of Culture",
    "quotes": [
        (S, None, "royal tombs", None),
        (I, "Ministry of Culture", "the loan was part of a cultural cooperation agreement signed by Greece and China in "
            "2025", None),
        (P, "Ministry of Culture", "the full value set by Greek experts.", None),
        (I, "Ministry of Culture", "The famous gold death mask of Agamemnon is not among the objects to be lent", None),
        (P, "Eleni Kalogeropoulou", "far too long", None),
        (D, "Eleni Kalogeropoulou", "These are not objects for diplomacy. Some of them have never left the National "
            "Archaeological Museum since they were excavated in the 19th century,", None),
        (D, "Eleni Kalogeropoulou", "Every time they travel, there is a risk. The ministry knows this very well.", None),
        (I, "Eleni Kalogeropoulou", "the association would hold a two-hour work stoppage at museums and archaeological "
            "sites across Greece on December 17 in protest", None),
        (I, "Georgios Dimitrakopoulos", "the same objects had traveled safely to exhibitions in New York and Tokyo in "
            "the past", None),
        (D, "Georgios Dimitrakopoulos", "We understand the concerns of our colleagues, and we share their love for these "
            "objects. But Greek culture does not belong in a storeroom,", None),
        (D, "Georgios Dimitrakopoulos", "Three years means that millions of people will see them. That is the point.",
            None),
        (P, "SYRIZA", "treating the national heritage as a bargaining chip", None),
        (P, "Shanghai Museum", "deeply honored", None),
        (P, "Shanghai Museum", "the highest international standards of security and conservation.", None),
        (D, "Nikos Stavrou", "Loans like this are normal for big museums. The question is whether the conditions are "
            "right, and we have not seen the contract.", None),
        (I, "Ministry of Culture", "the exhibition is expected to attract around two million visitors a year", None),
    ],
    "actors": [
        actor("Ministry of Culture", "government", title="culture ministry", affiliation="Greece",
              aliases=["Ministry of Culture", "ministry"], stance=1),
        actor("Eleni Kalogeropoulou", "person", title="president", affiliation="Association of Greek Archaeologists",
              aliases=["Eleni Kalogeropoulou", "Kalogeropoulou"], stance=-1),
        actor("Georgios Dimitrakopoulos", "person", title="Secretary-General of the Ministry of Culture",
              affiliation="Ministry of Culture", aliases=["Georgios Dimitrakopoulos", "Dimitrakopoulos"], stance=1),
        actor("SYRIZA", "organisation", title="opposition party", aliases=["SYRIZA"], stance=-1),
        actor("Shanghai Museum", "organisation", title="museum", aliases=["Shanghai Museum"], stance=1),
        actor("Nikos Stavrou", "person", title="professor of archaeology", affiliation="University of Athens",
              aliases=["Nikos Stavrou", "Stavrou"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. NDTV Sports cricket (a Vidarbha fast bowler reported for a suspect action), Title Case headline without
#    speech, "Sports Desk" and "Updated: December 10, 2026 09:14 pm IST" lines, "(With PTI inputs)" and
#    "Topics mentioned in this article" lines, straight " and apostrophes, punctuation outside fragments, a
#    surname shared with a stadium (Wankhede, Wankhede Stadium). Lede content before "the Board of Control for
#    Cricket in India (BCCI) said"; content before "the BCCI said in a statement"; quote with "the statement
#    said"; bowler "said he was "..." but confident of being cleared" (no second subject: partial only),
#    quote with "he wrote on Instagram"; association secretary "told PTI that the association would give ...
#    "..."" (partial only), "Kulkarni said"; coach "said A and that it had been filmed "..." since then"
#    (indirect plus partial); anonymous BCCI official "told NDTV that A, and that the player's other
#    deliveries were "..."" (indirect plus partial); scare so-called "knuckle bouncer"; former pacer "said
#    A", quote with "Deshmukh said on NDTV's Cricket Live".
ARTICLES[f"{BATCH}/kunal-wankhede-suspect-action.gold.json"] = {
    "article": f"{BATCH}/kunal-wankhede-suspect-action.txt",
    "target": "Kunal Wankhede",
    "quotes": [
        (I, "Board of Control for Cricket in India", "Vidarbha fast bowler Kunal Wankhede has been reported for a "
            "suspect bowling action during his side's Ranji Trophy match against Mumbai", None),
        (I, "Board of Control for Cricket in India", "He is allowed to continue bowling until the results are known",
            None),
        (D, "Board of Control for Cricket in India", "The match officials have reported concerns over the legality of "
            "the bowler's quicker delivery. This is a routine procedure and no conclusion should be drawn until the "
            "testing is completed,", None),
        (P, "Kunal Wankhede", "surprised", None),
        (D, "Kunal Wankhede", "I have been bowling the same way since I was 14. Nobody has ever said anything. I will go "
            "to Bengaluru and show them,", None),
        (P, "Sanjay Kulkarni", "full support", None),
        (D, "Sanjay Kulkarni", "Kunal is one of the most honest boys in our team. We are sure he will come out clean,",
            None),
        (I, "Prakash Wagh", "the bowler had remodelled his action two years ago on the advice of the National Cricket "
            "Academy", None),
        (P, "Prakash Wagh", "dozens of times", None),
        (I, "BCCI official", "the quicker ball had been flagged by both on-field umpires and the match referee", None),
        (P, "BCCI official", "not a concern", None),
        (S, None, "knuckle bouncer", None),
        (I, "Atul Deshmukh", "young fast bowlers were often reported when they tried to add pace to a variation", None),
        (D, "Atul Deshmukh", "Kunal has a lovely natural action for his stock ball. The quicker one, I have seen it on "
            "TV, it looks different. He will have to fix it before the IPL,", None),
    ],
    "actors": [
        actor("Board of Control for Cricket in India", "organisation", title="cricket board",
              aliases=["Board of Control for Cricket in India", "BCCI"], stance=0),
        actor("Kunal Wankhede", "person", title="Vidarbha fast bowler",
              aliases=["Kunal Wankhede", "Wankhede", "Kunal"], stance=1),
        actor("Sanjay Kulkarni", "person", title="secretary", affiliation="Vidarbha Cricket Association",
              aliases=["Sanjay Kulkarni", "Kulkarni"], stance=1),
        actor("Prakash Wagh", "person", title="childhood coach", aliases=["Prakash Wagh", "Wagh"], stance=1),
        actor("BCCI official", "person", title="anonymous BCCI official", affiliation="BCCI",
              aliases=["BCCI official"], stance=0),
        actor("Atul Deshmukh", "person", title="former India pacer", aliases=["Atul Deshmukh", "Deshmukh"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Gisborne Herald local/environment (forestry slash on Tolaga Bay beach after heavy rain), headline
#    without speech, byline and "Tuesday, December 8, 2026" lines, curly “ ” and ’, NZ punctuation outside
#    fragments, macrons (whānau, Tairāwhiti), "Mr". Council "said in a statement yesterday that A, and that it
#    would consider “...”" (indirect plus partial); director "said A", "she said"; scare so-called “slash
#    rules”; general manager "said A, and rejected “...” that ..." (indirect plus partial), quote with "Mr
#    Bloomfield said", "He said the company would pay ... “...”" (partial only); content before "according to
#    MetService"; iwi chairman "said A", quote with "he said" containing a nested ‘never again’ (not
#    annotated); farmer "said A", "Mr Keepa said"; association "said A and that B" (one span); closing
#    "the council has advised people to stay off the beach" (directive).
ARTICLES[f"{BATCH}/tolaga-bay-slash-waipaoa-forest.gold.json"] = {
    "article": f"{BATCH}/tolaga-bay-slash-waipaoa-forest.txt",
    "target": "Waipaoa Forest Management",
    "quotes": [
        (I, "Gisborne District Council", "its compliance team had inspected harvest sites in the Mangatokerau "
            "catchment operated by Waipaoa Forest Management", None),
        (P, "Gisborne District Council", "all enforcement options available under the Resource Management Act",
            None),
        (I, "Dianne Waihape", "early evidence suggested at least some of the slash had come from recently harvested "
            "blocks", None),
        (D, "Dianne Waihape", "We\u2019ve been very clear with the industry since Gabrielle. Slash has to be removed "
            "from the gullies, not left there waiting for the next storm,", None),
        (S, None, "slash rules", None),
        (I, "Richard Bloomfield", "the company had complied with its consent conditions", None),
        (P, "Richard Bloomfield", "any suggestion", None),
        (D, "Richard Bloomfield", "More than 200 millimetres fell in 12 hours. There are at least six forests in that "
            "catchment, and some of what\u2019s on the beach is clearly old wood and willow,", None),
        (P, "Richard Bloomfield", "as a gesture of goodwill", None),
        (I, "MetService", "Up to 230mm of rain fell in the hills above Tolaga Bay between Saturday evening and Sunday "
            "afternoon", None),
        (I, "Wiremu Kerr", "wh\u0101nau had spent all of Sunday pulling logs off the beach and away from the wharf",
            None),
        (D, "Wiremu Kerr", "Our people have been cleaning up after these companies for 20 years. Every time, "
            "it\u2019s \u2018never again\u2019. Every time, it happens again,", None),
        (I, "Bruce Keepa", "about two kilometres of his fencing had been flattened by logs", None),
        (D, "Bruce Keepa", "I don\u2019t blame the guys who work in the forests. I blame whoever decided it was "
            "cheaper to leave the rubbish in the gully,", None),
        (I, "Forest Owners Association", "it was aware of the reports and that the industry had removed more than "
            "400,000 tonnes of slash from Tair\u0101whiti catchments since 2023", None),
    ],
    "actors": [
        actor("Gisborne District Council", "government", title="district council",
              aliases=["Gisborne District Council", "council"], stance=0),
        actor("Dianne Waihape", "person", title="environmental services director",
              affiliation="Gisborne District Council", aliases=["Dianne Waihape", "Waihape"], stance=-1),
        actor("Richard Bloomfield", "person", title="general manager", affiliation="Waipaoa Forest Management",
              aliases=["Richard Bloomfield", "Bloomfield", "Mr Bloomfield"], stance=1),
        actor("MetService", "organisation", title="weather service", aliases=["MetService"], stance=None),
        actor("Wiremu Kerr", "person", title="chairman", affiliation="Te Aitanga a Hauiti",
              aliases=["Wiremu Kerr", "Kerr"], stance=-1),
        actor("Bruce Keepa", "person", title="farmer", aliases=["Bruce Keepa", "Keepa", "Mr Keepa"], stance=-1),
        actor("Forest Owners Association", "organisation", title="industry body",
              aliases=["Forest Owners Association"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
