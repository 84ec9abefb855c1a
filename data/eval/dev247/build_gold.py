"""Build the dev247 gold files (data/eval/dev247/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev247/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev247.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev247"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Jordan Times (Jordan) water/public services (Amman's piped water cut to once a week), headline "... as
#    ministry cites 'worst summer in decades'" (straight single marks; partial for the ministry), byline/date line,
#    dateline "AMMAN —", straight " and apostrophes, "JD7"; lede content before "the Ministry of Water and Irrigation
#    said on Tuesday"; "The ministry said in a statement that A, and that B" (one span); minister named after his
#    quote ("told reporters at the ministry"); "He said A and that B" (one span); group "Residents of Jabal Al Nuzha
#    said A"; resident named by her kunya after her first quote, then a quote-only paragraph; tanker driver "who gave
#    only his first name, Mahmoud, said A"; MP "said the ministry had "..." to reduce ..." (partial only), quote with
#    "Khasawneh said"; "According to the ministry, A"; scare so-called "National Carrier" ("Officials have pinned their
#    hopes on" is no speech); anonymous official "told The Jordan Times that A"; hydrologist "said the ministry had
#    "..." ... but warned that rationing would become "..."" (two partials).
ARTICLES[f"{BATCH}/amman-water-rationing-king-talal-dam.gold.json"] = {
    "article": f"{BATCH}/amman-water-rationing-king-talal-dam.txt",
    "target": "Ministry of Water and Irrigation",
    "quotes": [
        (P, "Ministry of Water and Irrigation", "worst summer in decades", "as ministry cites"),
        (I, "Ministry of Water and Irrigation", "Households in several Amman neighbourhoods will receive piped water once a "
            "week instead of twice until the end of the year", None),
        (I, "Ministry of Water and Irrigation", "the level at the King Talal Dam had fallen to 14 per cent of capacity, the "
            "lowest since 1990, and that pumping from the Disi aquifer had been reduced for maintenance", None),
        (D, "Khaled Abu Rumman", "This has been the worst summer in decades. We are asking people to be patient, and we are "
            "asking them to store water carefully,", None),
        (I, "Khaled Abu Rumman", "the ministry would send 120 additional water tankers to the affected areas and that tanker "
            "prices would be capped at JD7 per cubic metre", None),
        (I, "Residents of Jabal Al Nuzha", "the cuts had already been longer than announced", None),
        (D, "Umm Ahmad", "They said twice a week. Last month we had water once in nine days,", None),
        (D, "Umm Ahmad", "When the water does come, it comes at 3am, with no pressure to reach the roof tank.", None),
        (I, "Mahmoud", "he was charging JD10 per cubic metre because diesel prices had risen since the summer", None),
        (P, "Salem Khasawneh", "failed for twenty years", None),
        (D, "Salem Khasawneh", "We lose almost half of our water before it reaches a tap. Rationing is a symptom; the "
            "disease is the network,", None),
        (I, "Ministry of Water and Irrigation", "non-revenue water fell to 44 per cent of supply last year from 49 per cent "
            "in 2019", None),
        (S, None, "National Carrier", None),
        (I, "ministry official", "the first water from the project was unlikely to reach the capital before 2029", None),
        (P, "Hana Shawabkeh", "done what it can", None),
        (P, "Hana Shawabkeh", "the new normal", None),
    ],
    "actors": [
        actor("Ministry of Water and Irrigation", "government", title="ministry", affiliation="Jordan",
              aliases=["Ministry of Water and Irrigation", "the ministry", "ministry"], stance=1),
        actor("Khaled Abu Rumman", "person", title="Minister of Water and Irrigation", affiliation="Jordanian government",
              aliases=["Khaled Abu Rumman", "Abu Rumman"], stance=1),
        actor("Residents of Jabal Al Nuzha", "group", title="residents", affiliation="Jabal Al Nuzha, Amman",
              aliases=["Residents of Jabal Al Nuzha"], stance=-1),
        actor("Umm Ahmad", "person", title="mother of five (kunya)", affiliation="Jabal Al Nuzha", aliases=["Umm Ahmad"],
              stance=-1),
        actor("Mahmoud", "person", title="private tanker driver", affiliation=None, aliases=["Mahmoud"], stance=None),
        actor("Salem Khasawneh", "person", title="Lower House Water Committee Chairman", affiliation="Jordanian parliament",
              aliases=["Salem Khasawneh", "Khasawneh"], stance=-1),
        actor("ministry official", "person", title="official (anonymous)", affiliation="Ministry of Water and Irrigation",
              aliases=["ministry official"], stance=None),
        actor("Hana Shawabkeh", "person", title="hydrologist", affiliation="University of Jordan",
              aliases=["Hana Shawabkeh", "Shawabkeh"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Portugal News (Portugal) local government/housing (Lisbon freezes new holiday-let licences), headline without
#    speech, "By TPN/Lusa, in News · ..." line, curly “ ” and ’; lede "in a move the mayor said was needed to “...”"
#    (partial); mayor "said after the vote: “...` open at the end of its line, then a closed paragraph; "He said A and
#    that B" (one span); content before "according to the National Tourism Registry"; ALEP "said the freeze was “...”
#    and would cost ..." (partial only); president "told The Portugal News that A", "she said"; councillor "said the
#    freeze had come “...” for ..." (partial only), "she said"; residents' association "welcomed the decision, saying
#    A" (act, then participial indirect); nurse "said she now commutes from Amadora" (indirect), "she said"; tourism
#    association "said the city remained “...” and that B" (partial plus indirect); scare so-called “golden visa”
#    route ("which critics blamed for ..." is an act).
ARTICLES[f"{BATCH}/lisbon-holiday-let-licence-freeze.gold.json"] = {
    "article": f"{BATCH}/lisbon-holiday-let-licence-freeze.txt",
    "target": "Lisbon City Council",
    "quotes": [
        (P, "Tiago Sarmento", "give the neighbourhoods back to the people who live in them", None),
        (D, "Tiago Sarmento", "We are not against tourism. Tourism is good for Lisbon. But when one in three flats in Alfama "
            "is a holiday let, the neighbourhood is no longer a neighbourhood.", None),
        (D, "Tiago Sarmento", "Our grandparents lived in these streets. Our children cannot afford to. That is what this "
            "vote is about.", None),
        (I, "Tiago Sarmento", "existing licences would not be affected and that the council would review the measure in "
            "December 2027", None),
        (I, "National Tourism Registry", "Lisbon had about 19,000 registered holiday lets in November", None),
        (P, "Association of Local Accommodation in Portugal", "a political decision dressed up as housing policy", None),
        (I, "Joana Teixeira", "most holiday-let owners in Lisbon were families renting out one or two flats", None),
        (D, "Joana Teixeira", "These are not big investors. They are a retired teacher with her mother’s old flat, a couple "
            "who rent a room to pay the mortgage,", None),
        (P, "Marta Fonseca", "years too late", None),
        (D, "Marta Fonseca", "Fourteen parishes is a start. But in Alfama and Mouraria the damage was done a long time ago,",
            None),
        (I, "Vizinhos de Alfama", "rents in the neighbourhood had risen by 60 per cent in five years", None),
        (I, "Sofia Lopes", "she now commutes from Amadora", None),
        (D, "Sofia Lopes", "I hope it is not too late for people like me,", None),
        (P, "Lisbon tourism association", "open to visitors", None),
        (I, "Lisbon tourism association", "hotel capacity in the region was growing", None),
        (S, None, "golden visa", None),
    ],
    "actors": [
        actor("Tiago Sarmento", "person", title="mayor", affiliation="Lisbon City Council",
              aliases=["Tiago Sarmento", "Sarmento", "Mayor Tiago Sarmento", "the mayor"], stance=1),
        actor("National Tourism Registry", "government", title="national register of tourist accommodation",
              affiliation="Portugal", aliases=["National Tourism Registry"], stance=None),
        actor("Association of Local Accommodation in Portugal", "organisation", title="holiday-let owners' association",
              affiliation="Portugal", aliases=["Association of Local Accommodation in Portugal", "ALEP"], stance=-1),
        actor("Joana Teixeira", "person", title="president",
              affiliation="Association of Local Accommodation in Portugal (ALEP)", aliases=["Joana Teixeira", "Teixeira"],
              stance=-1),
        actor("Marta Fonseca", "person", title="councillor", affiliation="Livre", aliases=["Marta Fonseca", "Fonseca"],
              stance=0),
        actor("Vizinhos de Alfama", "organisation", title="residents' association", affiliation="Alfama, Lisbon",
              aliases=["Vizinhos de Alfama"], stance=1),
        actor("Sofia Lopes", "person", title="nurse, 29", affiliation="Lisbon", aliases=["Sofia Lopes", "Lopes"], stance=1),
        actor("Lisbon tourism association", "organisation", title="tourism association", affiliation="Lisbon",
              aliases=["Lisbon tourism association"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Deccan Herald (India) courts/environment (the Karnataka High Court stays tree felling for a Metro line), headline
#    "HC stays felling ..., seeks BMRCL reply" without quote marks, "DH News Service" and "Last Updated" lines, dateline
#    "Bengaluru:", straight " and apostrophes, "Rs 600 crore"; judge "said the tree officer had granted permission
#    "..." and that B" (partial plus indirect), quote with "Justice Kulkarni said while dictating the order"; counsel
#    "appearing for the petitioners, told the court that A"; BMRCL counsel "argued that A" (indirect), quote with "Rao
#    said"; "In a statement after the hearing, BMRCL said A and would B" (one span); MD "told DH that the corporation had
#    planted "..." to make up for ..." (partial only), "he said"; scare so-called "translocation" ("Activists have long
#    questioned" is an act); content before "according to a 2025 survey by the Indian Institute of Science"; convener
#    "said the saplings were "..."", "she said"; "Not everyone welcomed the stay." (no speech), commuter's quote before
#    "said Arjun Hegde, a software engineer who ..."; "The court posted the matter ..." (no speech).
ARTICLES[f"{BATCH}/bengaluru-metro-tree-felling-stay.gold.json"] = {
    "article": f"{BATCH}/bengaluru-metro-tree-felling-stay.txt",
    "target": "Bangalore Metro Rail Corporation Ltd",
    "quotes": [
        (P, "S R Kulkarni", "without application of mind", None),
        (I, "S R Kulkarni", "BMRCL had not shown it had seriously considered any alternative", None),
        (D, "S R Kulkarni", "Trees are not an obstacle to be cleared. They are part of the city's infrastructure, as much "
            "as the Metro is,", None),
        (I, "Prakash Iyer", "BMRCL had rejected an alignment along the service road that would have saved 240 of the trees",
            None),
        (I, "Suresh Rao", "any change would delay the line by at least two years and add Rs 600 crore to its cost", None),
        (D, "Suresh Rao", "Every month of delay means more cars on the Outer Ring Road. That is also an environmental cost,",
            None),
        (I, "Bangalore Metro Rail Corporation Ltd", "it respected the court's order and would file its reply within two "
            "weeks", None),
        (P, "M Mahesh", "more than 20,000 saplings", None),
        (D, "M Mahesh", "We are not against trees. But a Metro line cannot bend around every tree,", None),
        (S, None, "translocation", None),
        (I, "Indian Institute of Science", "Fewer than 20 of the 60 trees moved for the Phase 2A line in 2023 survived",
            None),
        (P, "Lakshmi Narayan", "a number on paper", None),
        (D, "Lakshmi Narayan", "Half of them are dead. We have counted them, and we have shared the list with the forest "
            "department,", None),
        (D, "Arjun Hegde", "I spend three hours a day on the ORR. I love trees too, but I need this line,", None),
    ],
    "actors": [
        actor("S R Kulkarni", "person", title="judge, heading a division bench", affiliation="High Court of Karnataka",
              aliases=["S R Kulkarni", "Kulkarni", "Justice S R Kulkarni", "Justice Kulkarni"], stance=-1),
        actor("Prakash Iyer", "person", title="senior advocate for the petitioners", affiliation="Bengaluru Tree Watch",
              aliases=["Prakash Iyer", "Iyer"], stance=-1),
        actor("Suresh Rao", "person", title="counsel", affiliation="BMRCL", aliases=["Suresh Rao", "Rao"], stance=1),
        actor("Bangalore Metro Rail Corporation Ltd", "organisation", title="metro rail corporation",
              affiliation="Bengaluru", aliases=["Bangalore Metro Rail Corporation Ltd", "BMRCL"], stance=0),
        actor("M Mahesh", "person", title="managing director", affiliation="BMRCL", aliases=["M Mahesh", "Mahesh"],
              stance=1),
        actor("Indian Institute of Science", "organisation", title="research institute (its survey)",
              affiliation="Bengaluru", aliases=["Indian Institute of Science"], stance=0),
        actor("Lakshmi Narayan", "person", title="convener", affiliation="Bengaluru Tree Watch",
              aliases=["Lakshmi Narayan", "Narayan"], stance=-1),
        actor("Arjun Hegde", "person", title="software engineer", affiliation="Bengaluru", aliases=["Arjun Hegde", "Hegde"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Horticulture Week (UK horticulture trade press) environment/policy (England's peat ban for professional growers
#    delayed to 2030), headline without speech, standfirst "... but campaigners say government has "caved in"" (partial
#    for the campaigners), byline and date lines, British straight single quotes for full quotes and straight double
#    for fragments, "£350,000"; lede content before "the Department for Environment, Food & Rural Affairs (Defra)
#    confirmed on Tuesday"; content before "Defra said"; minister named after her quote, then a quote-only paragraph;
#    "She said the department would publish "..." for ..." (partial only); HTA "said the decision was "..." and that B"
#    (partial plus indirect); grower "said A", "he said"; group "Environmental campaigners said the government had
#    "..." to ..." (partial only); campaigner "said: '...'" (direct), "Marsh said A"; RHS "said A"; scare so-called
#    "peat-reduced" label; anonymous grower "said the delay was "..." to ..." (partial only).
ARTICLES[f"{BATCH}/peat-ban-professional-growers-delay.gold.json"] = {
    "article": f"{BATCH}/peat-ban-professional-growers-delay.txt",
    "target": "Defra",
    "quotes": [
        (P, "Environmental campaigners", "caved in", "Growers welcome"),
        (I, "Department for Environment, Food & Rural Affairs", "The government has delayed a ban on the use of peat by "
            "professional growers in England until 2030, five years later than planned", None),
        (I, "Department for Environment, Food & Rural Affairs", "The ban on retail sales of peat-based compost to amateur "
            "gardeners, which took effect in January, is not affected", None),
        (D, "Ruth Caldwell", "We have listened to growers. Many of them have made real progress, but for some crops, like "
            "blueberries and young plants, the alternatives are not yet reliable at scale,", None),
        (D, "Ruth Caldwell", "We would rather get this right than see British growers replaced by imports grown in peat "
            "anyway.", None),
        (P, "Ruth Caldwell", "a clear glide path", None),
        (P, "Horticultural Trades Association", "pragmatic", None),
        (I, "Horticultural Trades Association", "its members had cut their peat use by 40 per cent since 2020", None),
        (I, "Jon Pettigrew", "his business had spent £350,000 trialling peat-free mixes over three seasons", None),
        (D, "Jon Pettigrew", "We lost a whole batch of 80,000 plug plants in the second trial. That is not something a small "
            "nursery can absorb twice,", None),
        (P, "Environmental campaigners", "caved in", "Environmental campaigners said"),
        (D, "Ellie Marsh", "Every year of delay means more bogs dug up in Ireland, the Baltics and here. Growers have known "
            "this was coming since 2011.", None),
        (I, "Ellie Marsh", "the retail ban had shown that peat-free compost worked when buyers had no other choice", None),
        (I, "Royal Horticultural Society", "all of its gardens had been peat-free since 2022", None),
        (S, None, "peat-reduced", None),
        (P, "One large grower", "the right call but the wrong message", None),
    ],
    "actors": [
        actor("Environmental campaigners", "group", title="campaigners", affiliation=None,
              aliases=["Environmental campaigners", "campaigners"], stance=-1),
        actor("Department for Environment, Food & Rural Affairs", "government", title="government department",
              affiliation="UK", aliases=["Department for Environment, Food & Rural Affairs", "Defra"], stance=0),
        actor("Ruth Caldwell", "person", title="nature minister", affiliation="Defra", aliases=["Ruth Caldwell", "Caldwell"],
              stance=1),
        actor("Horticultural Trades Association", "organisation", title="trade body", affiliation="UK",
              aliases=["Horticultural Trades Association", "HTA"], stance=1),
        actor("Jon Pettigrew", "person", title="managing director", affiliation="Fenland Nurseries",
              aliases=["Jon Pettigrew", "Pettigrew"], stance=1),
        actor("Ellie Marsh", "person", title="peatland campaigner", affiliation="Wildlife Trusts",
              aliases=["Ellie Marsh", "Marsh"], stance=-1),
        actor("Royal Horticultural Society", "organisation", title="gardening charity", affiliation="UK",
              aliases=["Royal Horticultural Society"], stance=None),
        actor("One large grower", "person", title="grower (anonymous)", affiliation=None, aliases=["One large grower"],
              stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
