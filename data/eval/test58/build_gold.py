"""Build the test58 gold files (data/eval/test58/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test58/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test58.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test58"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Sun Online (Maldives) tourism (Russia becomes the top source market), headline without speech, "Sun
#    Online | 03 December 2026, 13:05" and byline lines, straight " and apostrophes (Maldives'), "percent",
#    caption ending "(Photo/Sun)". Lede content before "according to the Ministry of Tourism and
#    Environment"; content before "the ministry said"; minister "said the figures showed ... "..." its
#    markets and that B" (partial plus indirect), quote with "Zameel said"; ambassador "told Sun that Russians
#    felt "..." in the country and that B" (partial plus indirect), quote with "he said"; ATOR "said in a
#    statement that A and that B" (one span); scare so-called "winter sun" segment; MATI "welcomed the growth
#    (act) but warned that payment difficulties remained a "..." for resorts" (partial only); guesthouse owner
#    "said A", quote with "Mujthaba said"; economist "said A", quote with "she said"; opposition spokesperson
#    "said A but that B" (one span). Not annotated: "India is third", the bank cards, GDP share.
ARTICLES[f"{BATCH}/russia-top-tourism-market-maldives.gold.json"] = {
    "article": f"{BATCH}/russia-top-tourism-market-maldives.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Tourism and Environment", "Russia has become the largest source of tourists to the Maldives "
            "this year, with 312,480 Russian arrivals recorded by the end of November", None),
        (I, "Ministry of Tourism and Environment", "China, which topped the list before the pandemic and again in 2024, "
            "is in second place with 287,906 arrivals", None),
        (P, "Ahmed Zameel", "diversifying", None),
        (I, "Ahmed Zameel", "the government expected total arrivals to pass 2.3 million for the first time by the end "
            "of December", None),
        (D, "Ahmed Zameel", "Russian travellers stay longer than average and they come back again and again. We welcome "
            "them, as we welcome everyone,", None),
        (P, "Nikolai Travkin", "safe and welcome", None),
        (I, "Nikolai Travkin", "Moscow would encourage more direct flights", None),
        (D, "Nikolai Travkin", "Some countries have tried to make Russians feel unwelcome in the world. The Maldives "
            "has never done that, and Russian families remember it,", None),
        (I, "Association of Tour Operators of Russia", "the Maldives was now the second most popular long-haul winter "
            "destination for Russians after Thailand and that bookings for the New Year holidays were up 30 percent on "
            "last year", None),
        (S, None, "winter sun", None),
        (P, "Maldives Association of Tourism Industry", "serious obstacle", None),
        (I, "Hassan Mujthaba", "more than half of his bookings for December were from Russia", None),
        (D, "Hassan Mujthaba", "They pay cash, mostly in dollars. It is more work for us, but we are not complaining,",
            None),
        (I, "Aminath Rasheeda", "relying heavily on any single market was risky, particularly one exposed to sanctions "
            "and a volatile rouble", None),
        (D, "Aminath Rasheeda", "We saw in 2020 what happens when a market disappears overnight. Diversification means "
            "not depending on anyone too much,", None),
        (I, "Maldivian Democratic Party", "the party had no objection to Russian tourists but that the government should "
            "not allow tourism numbers to shape its foreign policy", None),
    ],
    "actors": [
        actor("Ministry of Tourism and Environment", "government", title="tourism ministry", affiliation="Maldives",
              aliases=["Ministry of Tourism and Environment", "ministry"], stance=0),
        actor("Ahmed Zameel", "person", title="Tourism Minister", affiliation="Maldives",
              aliases=["Ahmed Zameel", "Zameel"], stance=1),
        actor("Nikolai Travkin", "person", title="Russian Ambassador to Sri Lanka and the Maldives",
              affiliation="Russia", aliases=["Nikolai Travkin", "Travkin"], stance=1),
        actor("Association of Tour Operators of Russia", "organisation", title="tour operators' association",
              affiliation="Russia", aliases=["Association of Tour Operators of Russia", "ATOR"], stance=1),
        actor("Maldives Association of Tourism Industry", "organisation", title="industry association",
              aliases=["Maldives Association of Tourism Industry", "MATI"], stance=0),
        actor("Hassan Mujthaba", "person", title="guesthouse owner", aliases=["Hassan Mujthaba", "Mujthaba"], stance=1),
        actor("Aminath Rasheeda", "person", title="economist", aliases=["Aminath Rasheeda", "Rasheeda"], stance=-1),
        actor("Maldivian Democratic Party", "organisation", title="opposition party (spokesperson)",
              aliases=["Maldivian Democratic Party", "MDP"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Autocar (an EV start-up delays its first car and cuts jobs), headline and standfirst without speech,
#    lower-case "by" byline and date lines, curly “ ” and ’ (start-up’s, O’Neill), punctuation inside full
#    quotes and outside fragments, "0-62mph". Lede content before "the firm has confirmed"; CEO "told Autocar
#    the decision had been “...” but was necessary ..." (no second subject: partial only), a quote split by "he
#    said" whose second stretch is open at the end of its line, then a closed quote-only paragraph; Q&A "Asked
#    whether ..., Lindqvist said: “...”"; company "said A and that it would offer “...” redundancy terms"
#    (indirect plus partial); scare so-called “EV winter”; union officer with an Irish apostrophe name "said
#    workers had been “...” for months" (partial only), quote with "O’Neill said"; "According to the Society of
#    Motor Manufacturers and Traders (SMMT), A"; analyst "said the delay was “...” given ..., but warned that
#    B" (partial plus indirect); "Calder said A"; councillor "said A". Not annotated: the prices, the funding,
#    the prototype's claimed range.
ARTICLES[f"{BATCH}/calder-kestrel-ev-delay-job-cuts.gold.json"] = {
    "article": f"{BATCH}/calder-kestrel-ev-delay-job-cuts.txt",
    "target": "Calder Motor Company",
    "quotes": [
        (I, "Calder Motor Company", "Calder Motor Company has pushed back the launch of its Kestrel electric SUV by a "
            "year and will cut 300 jobs at its Coventry plant", None),
        (P, "Markus Lindqvist", "the hardest of my career", None),
        (D, "Markus Lindqvist", "The market for premium EVs in Europe has not grown the way anyone predicted three years "
            "ago, including us,", None),
        (D, "Markus Lindqvist", "We can either launch a car into a market that isn’t ready and burn through our cash, or "
            "we can wait, get it right and still be here in five years.", None),
        (D, "Markus Lindqvist", "I know which of those I’d rather explain to our staff.", None),
        (D, "Markus Lindqvist", "We talk to everyone. That’s my job. But nobody is buying Calder.", None),
        (I, "Calder Motor Company", "the job cuts would fall mainly on its engineering teams", None),
        (P, "Calder Motor Company", "enhanced", None),
        (S, None, "EV winter", None),
        (P, "Des O\u2019Neill", "kept in the dark", None),
        (D, "Des O\u2019Neill", "These are skilled people who moved their families to Coventry for this project. They "
            "deserve better than a press release on a Wednesday afternoon,", None),
        (I, "Society of Motor Manufacturers and Traders", "battery-electric cars accounted for 21.4% of new car "
            "registrations in the UK in the first 11 months of the year", None),
        (P, "Rhiannon Drake", "sensible", None),
        (I, "Rhiannon Drake", "a second delay would be very hard to come back from", None),
        (I, "Calder Motor Company", "customers who had paid the £1000 reservation deposit could claim a full refund",
            None),
        (I, "Jas Bains", "the council would work with Calder and the union to find new roles for affected staff in the "
            "region’s automotive supply chain", None),
    ],
    "actors": [
        actor("Calder Motor Company", "organisation", title="EV start-up",
              aliases=["Calder Motor Company", "Calder"], stance=1),
        actor("Markus Lindqvist", "person", title="CEO and co-founder", affiliation="Calder Motor Company",
              aliases=["Markus Lindqvist", "Lindqvist"], stance=1),
        actor("Des O\u2019Neill", "person", title="regional officer", affiliation="Unite",
              aliases=["Des O\u2019Neill", "O\u2019Neill"], stance=-1),
        actor("Society of Motor Manufacturers and Traders", "organisation", title="industry body",
              aliases=["Society of Motor Manufacturers and Traders", "SMMT"], stance=None),
        actor("Rhiannon Drake", "person", title="analyst", affiliation="Vantage Mobility",
              aliases=["Rhiannon Drake", "Drake"], stance=0),
        actor("Jas Bains", "person", title="Coventry city councillor", affiliation="Coventry City Council",
              aliases=["Jas Bains", "Bains"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Research Professional News (the UKRI chief cuts early-career fellowships), headline and standfirst without
#    speech, byline and date lines, straight " and apostrophes, British punctuation outside fragments, "per
#    cent", "This article also appeared in Research Fortnight" line. Lede content before "its chief executive
#    Alison Crewe has confirmed"; "Crewe said A" (the apposition inside the span; the next sentence is the
#    writer's); two stretches split by "she said"; Q&A "Asked by a member of the audience whether ..., Crewe
#    replied: "..."" ; "She added that A"; UKRI "said A" (its guidance); campaign director "said the cut would
#    hit "..."" (partial only); scare so-called "leaky pipeline"; postdoc "said A", quote with "she said";
#    vice-provost with a common-word surname (Vane) "said A and that Crewe had made "..."" (indirect plus
#    partial); anonymous research council figure "said the decision had been taken with "..." with ..."
#    (partial only); DSIT spokesperson "said A". Not annotated: the budget and the delivery plan.
ARTICLES[f"{BATCH}/ukri-fellowships-cut-crewe.gold.json"] = {
    "article": f"{BATCH}/ukri-fellowships-cut-crewe.txt",
    "target": "Alison Crewe",
    "quotes": [
        (I, "Alison Crewe", "UK Research and Innovation will cut the number of early-career fellowships it funds by "
            "around a third from 2027-28", None),
        (I, "Alison Crewe", "the money saved, about £60 million a year, would be moved into responsive-mode grants",
            None),
        (D, "Alison Crewe", "I know this will be painful for some people, and I'm not going to pretend otherwise,", None),
        (D, "Alison Crewe", "But when seven out of eight good proposals are being turned down, the system is failing "
            "everybody, including the fellows we fund.", None),
        (D, "Alison Crewe", "That is exactly why we will publish a full impact assessment before anything changes.",
            None),
        (I, "Alison Crewe", "UKRI would consult the research councils on how the remaining fellowships were divided "
            "between disciplines", None),
        (I, "UK Research and Innovation", "existing fellowships and those awarded in the current round would not be "
            "affected", None),
        (P, "Daniel Okoro", "exactly the people the government says it wants to keep in the UK", None),
        (S, None, "leaky pipeline", None),
        (I, "Maya Sterling", "she had been planning to apply for a fellowship next year", None),
        (D, "Maya Sterling", "For a lot of us, a fellowship is the only route to an independent career in this country. "
            "The alternative is going abroad, and plenty of people already have,", None),
        (I, "Richard Vane", "responsive-mode funding had been starved for a decade", None),
        (P, "Richard Vane", "the right call", None),
        (P, "One senior figure at a research council", "almost no consultation", None),
        (I, "Department for Science, Innovation and Technology", "funding allocations were a matter for UKRI", None),
    ],
    "actors": [
        actor("Alison Crewe", "person", title="chief executive", affiliation="UK Research and Innovation",
              aliases=["Alison Crewe", "Crewe"], stance=1),
        actor("UK Research and Innovation", "organisation", title="research funder",
              aliases=["UK Research and Innovation", "UKRI"], stance=1),
        actor("Daniel Okoro", "person", title="executive director", affiliation="Campaign for Science and Engineering",
              aliases=["Daniel Okoro", "Okoro"], stance=-1),
        actor("Maya Sterling", "person", title="postdoctoral researcher", affiliation="University of Sheffield",
              aliases=["Maya Sterling", "Sterling", "Dr Maya Sterling"], stance=-1),
        actor("Richard Vane", "person", title="vice-provost for research", affiliation="a Russell Group university",
              aliases=["Richard Vane", "Vane"], stance=1),
        actor("One senior figure at a research council", "person", title="anonymous research council official",
              aliases=["One senior figure at a research council"], stance=-1),
        actor("Department for Science, Innovation and Technology", "government", title="government department "
              "(spokesperson)", affiliation="UK government",
              aliases=["Department for Science, Innovation and Technology"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. GhanaWeb crime (a mechanic dies in police custody), headline without speech, "Crime & Punishment of
#    Monday, 7 December 2026" and "Source: www.ghanaweb.com" lines, straight " and apostrophes, British
#    punctuation outside fragments, Ghanaian ranks (ASP, DCOP) and names ("Nana Akua Frimpong", a surname
#    that is a weekday: Kwabena Sunday). Lede "is demanding an independent investigation" (directive); "In a
#    statement signed by ... ASP ..., the police said A and was found B" (one span, the police speaking), quote
#    with "the statement said"; "The police said A and that the officers ... had been "..." pending ..."
#    (indirect plus partial); uncle "said A", quote with "Sunday said" (one stretch with a question inside);
#    lawyer "said A and would B" (one span), quote with "Frimpong said"; commander "told journalists on
#    Sunday that A and assured them that "..."" (indirect plus partial); anonymous trader "who said A" (a
#    relative-clause cue) and "told GhanaWeb A" (two indirects); scare much-publicised "zero tolerance";
#    Amnesty "said in a statement that deaths ... had become "..." and called on ..." (partial only; directive
#    not annotated); CHRAJ "confirmed A and said B" (two indirects). Not annotated: the vigil, the road
#    blockade.
ARTICLES[f"{BATCH}/suame-police-custody-death-family.gold.json"] = {
    "article": f"{BATCH}/suame-police-custody-death-family.txt",
    "target": "Ghana Police Service",
    "quotes": [
        (I, "Ghana Police Service", "Emmanuel Owusu Ansah was arrested on Thursday in connection with the theft of a "
            "motorbike and was found unresponsive in his cell on Friday morning", None),
        (D, "Ghana Police Service", "He was rushed to the Komfo Anokye Teaching Hospital, where he was pronounced dead on "
            "arrival,", None),
        (I, "Ghana Police Service", "a post-mortem examination would be conducted", None),
        (P, "Ghana Police Service", "interdicted", None),
        (I, "Kwabena Sunday", "the family had seen bruises on Ansah's face and arms when they were allowed to view the "
            "body at the hospital mortuary", None),
        (D, "Kwabena Sunday", "He was a healthy young man. He walked into that station on his own feet. Now they are "
            "telling us he just died? We don't accept it,", None),
        (I, "Nana Akua Frimpong", "the family had petitioned the Commission on Human Rights and Administrative Justice "
            "(CHRAJ) and would go to court if necessary", None),
        (D, "Nana Akua Frimpong", "The police cannot investigate themselves in a case like this. Somebody independent "
            "must look at what happened in that cell,", None),
        (I, "Joseph Adu-Gyamfi", "he had personally visited the family", None),
        (P, "Joseph Adu-Gyamfi", "nothing will be swept under the carpet", None),
        (I, "A trader at Suame Magazine", "he was at the station on Thursday evening to report a stolen phone", None),
        (I, "A trader at Suame Magazine", "he heard shouting coming from the cells for several minutes", None),
        (S, None, "zero tolerance", None),
        (P, "Amnesty International Ghana", "far too common", None),
        (I, "CHRAJ", "it had received the petition", None),
        (I, "CHRAJ", "it would begin its own inquiry this week", None),
    ],
    "actors": [
        actor("Ghana Police Service", "organisation", title="police (Ashanti Regional Police statement)",
              aliases=["Ghana Police Service", "police"], stance=1),
        actor("Kwabena Sunday", "person", title="uncle of the deceased", aliases=["Kwabena Sunday", "Sunday"],
              stance=-1),
        actor("Nana Akua Frimpong", "person", title="lawyer for the family", aliases=["Nana Akua Frimpong", "Frimpong"],
              stance=-1),
        actor("Joseph Adu-Gyamfi", "person", title="Ashanti Regional Police Commander, DCOP",
              affiliation="Ghana Police Service", aliases=["Joseph Adu-Gyamfi", "Adu-Gyamfi"], stance=1),
        actor("A trader at Suame Magazine", "person", title="anonymous trader", aliases=["A trader at Suame Magazine"],
              stance=-1),
        actor("Amnesty International Ghana", "organisation", title="human rights group",
              aliases=["Amnesty International Ghana"], stance=-1),
        actor("CHRAJ", "organisation", title="Commission on Human Rights and Administrative Justice",
              aliases=["CHRAJ", "Commission on Human Rights and Administrative Justice"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
