"""Build the dev40 gold files (data/eval/dev40/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev40/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev40.  Standard library only.
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
# 1. The Telegraph UK defence (two frigates retired three years early to pay for submarines),
#    headline, standfirst, "By NAME, Defence Editor" and date lines, British spelling (programme,
#    centred, defence), curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes (Navy’s,
#    breaker’s, week’s, Government’s), fragment punctuation outside the marks, "Mr Latham", "Dr",
#    "Sir Philip" and "Dame Harriet" without points. Headline fragment "Former First Sea Lord says
#    ... ‘dangerously thin’" -> Haverstock (the headline names him by role); the body's
#    “dangerously thin” is his second partial. Standfirst without speech. Lede content before "the
#    Defence Secretary has announced" (named only in the fourth paragraph). The retirement figures
#    paragraph is the writer's. Scare the “Duke” class. "told the Commons that ... “...” and that B"
#    (partial plus indirect). Quote split by "Mr Latham said", resumed. Admiral "who said the cuts
#    left the Navy “...” at a time when ..." (partial only), then "he said: “" opening a
#    two-paragraph quote. Shadow secretary "accused the Government of presiding over the “...”"
#    (partial), then a quote-only paragraph closed by "she said" ("Defence Secretary" inside).
#    Labour MP "said she had “...” about ... but that B" (partial plus indirect). MoD spokesman
#    "said: “...”". Anonymous officer "told The Telegraph that A" (indirect), then "the officer
#    said". Analyst named after the first paragraph ("said Dr X, a senior research fellow at ..."),
#    then a quote-only paragraph (continuity).
ARTICLES["data/eval/dev40/royal-navy-frigates-early-retirement.gold.json"] = {
    "article": "data/eval/dev40/royal-navy-frigates-early-retirement.txt",
    "target": "Owen Latham",
    "quotes": [
        (P, "Philip Haverstock", "dangerously thin", "Former First Sea Lord says"),
        (I, "Owen Latham", "Two of the Royal Navy\u2019s frigates will be withdrawn from service three years ahead of "
            "schedule to free up money for the nuclear submarine programme", None),
        (S, None, "Duke", None),
        (P, "Owen Latham", "at the end of their useful lives", None),
        (I, "Owen Latham", "keeping them running until 2029 would cost \u00a3180 million", None),
        (D, "Owen Latham", "I will not ask sailors to go to sea in ships that spend more time in dry dock than on "
            "patrol,", None),
        (D, "Owen Latham", "Every pound we spend propping up a 30-year-old hull is a pound we are not spending on the "
            "Dreadnought and Astute boats that will keep this country safe for the next 40 years.", None),
        (P, "Philip Haverstock", "dangerously thin", "who said the cuts"),
        (D, "Philip Haverstock", "We are being asked to do more with less every year, and at some point the arithmetic "
            "stops working. Nine escorts cannot cover the North Atlantic, the Gulf and a carrier group at the same "
            "time.", None),
        (D, "Philip Haverstock", "The Russians can count. They will have noticed before the ink is dry.", None),
        (P, "Harriet Colley", "managed decline", None),
        (D, "Harriet Colley", "This is a Defence Secretary who talks about generational threats and then sends two "
            "warships to the breaker\u2019s yard. Nobody in Moscow will be losing sleep tonight,", None),
        (P, "Sarah Penhallow", "serious concerns", None),
        (I, "Sarah Penhallow", "she accepted the savings had to come from somewhere", None),
        (D, "Ministry of Defence spokesman", "The Type 23 fleet is being replaced by eight Type 26 and five Type 31 "
            "frigates, the first of which will enter service next year. This decision brings forward that transition "
            "and moves sailors on to the most capable ships in the fleet.", None),
        (I, "senior naval officer", "the Admiralty Board had been given less than a week\u2019s notice of the decision",
            None),
        (D, "senior naval officer", "We found out about it the same day the Treasury did,", None),
        (D, "Emma Keswick", "Retiring two old ships is defensible on paper. Both needed refits that would have kept "
            "them alongside for most of the next two years,", None),
        (D, "Emma Keswick", "The problem is not these two frigates. It is that nothing arrives to replace them until "
            "2028, and the Navy will be running on fumes until it does.", None),
    ],
    "actors": [
        actor("Philip Haverstock", "person", title="admiral, former First Sea Lord", affiliation="Royal Navy",
              aliases=["Philip Haverstock", "Haverstock", "Sir Philip Haverstock", "Former First Sea Lord"],
              stance=-1),
        actor("Owen Latham", "person", title="Defence Secretary", affiliation="UK government",
              aliases=["Owen Latham", "Latham", "Mr Latham", "Defence Secretary"], stance=1),
        actor("Harriet Colley", "person", title="shadow defence secretary", affiliation="Conservative party",
              aliases=["Harriet Colley", "Colley", "Dame Harriet Colley"], stance=-1),
        actor("Sarah Penhallow", "person", title="Labour MP for Plymouth Moor View", affiliation="Labour party",
              aliases=["Sarah Penhallow", "Penhallow"], stance=0),
        actor("Ministry of Defence spokesman", "person", title="anonymous MoD spokesman",
              affiliation="Ministry of Defence", aliases=["Ministry of Defence spokesman"], stance=1),
        actor("senior naval officer", "person", title="anonymous serving officer", affiliation="Royal Navy",
              aliases=["senior naval officer", "the officer"], stance=-1),
        actor("Emma Keswick", "person", title="senior research fellow", affiliation="Royal United Services Institute",
              aliases=["Emma Keswick", "Keswick", "Dr Emma Keswick"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Jakarta Post national news (the Agriculture Ministry expands the Merauke food estate over
#    indigenous land claims), headline, byline "NAME (The Jakarta Post)" and "Jakarta ● date" lines,
#    American spelling (program, authorized), straight double quotes and apostrophes (anyone's,
#    government's, clan's, Merauke's), punctuation inside closing marks, Indonesian names referred to
#    by the first name on second reference (Andi, Yosef), "ha" and "Rp". Headline without speech.
#    Lede content before "Agriculture Minister X said on Tuesday" ("brushing aside protests" is not
#    speech). Minister "said the project was "..." and that B" (partial plus indirect), then "he told
#    reporters". Import figure before "according to Statistics Indonesia (BPS)". Scare so-called
#    "food estates," (comma inside). NGO "said satellite images showed that A" (one indirect, the
#    inner "showed that" kept). Its campaign director "called the compensation promise "..."" (partial
#    only), then "she said". Elder: indirect, then "Yosef said". Regent "backed the project, saying A"
#    (participial cue), then "he said". Lawmaker "said A" (the commission's plan), then "she said".
#    Researcher named after the first stretch, resumed. Anonymous ministry official (indirect).
#    Closing "dismissed the criticism as "..."" (partial, as "described A as B").
ARTICLES["data/eval/dev40/merauke-food-estate-land-dispute.gold.json"] = {
    "article": "data/eval/dev40/merauke-food-estate-land-dispute.txt",
    "target": "Agriculture Ministry",
    "quotes": [
        (I, "Andi Wiratama", "The Agriculture Ministry will clear a further 400,000 hectares of forest and savanna in "
            "Merauke, South Papua, for rice and sugarcane plantations by 2027", None),
        (P, "Andi Wiratama", "a matter of national survival", None),
        (I, "Andi Wiratama", "Indonesia could not keep relying on rice imports from Thailand and Vietnam", None),
        (D, "Andi Wiratama", "We are not taking anyone's land. The state will compensate every community that can "
            "prove its customary rights, and the people of Merauke will be the first to get the jobs,", None),
        (I, "Statistics Indonesia", "Indonesia imported 4.5 million tons of rice last year, the most in more than two "
            "decades", None),
        (S, None, "food estates,", None),
        (I, "Forest Justice Indonesia", "satellite images showed that more than 52,000 ha of forest had been cleared "
            "since the project began last year, much of it on land claimed by Marind clans", None),
        (P, "Rina Maharani", "an empty formality.", None),
        (D, "Rina Maharani", "The clans were never asked. They were told. When the excavators arrived, the officials "
            "came with soldiers, not with maps,", None),
        (I, "Yosef Gebze", "his clan's sago groves and hunting grounds had been bulldozed in August without any "
            "warning", None),
        (D, "Yosef Gebze", "Sago is not just our food. It is where our ancestors are buried. Now I walk for two hours "
            "to find a tree,", None),
        (I, "Hendrikus Mahuze", "it would bring roads, schools and electricity to districts that had been cut off for "
            "decades", None),
        (D, "Hendrikus Mahuze", "For 80 years Merauke has been left behind. Now Jakarta is finally looking at us, and "
            "some people want to send Jakarta away again,", None),
        (I, "Dewi Kartikasari", "the commission would summon the minister next week to explain how the land had been "
            "acquired", None),
        (D, "Dewi Kartikasari", "We support food self-sufficiency, but not at any price. If the ministry cannot show "
            "us the consent documents, the House has to ask why,", None),
        (D, "Bayu Setiawan", "Every food estate since the 1990s has failed for the same reason: nobody studied the "
            "soil and the water properly,", None),
        (D, "Bayu Setiawan", "Merauke's swamps are not Java's rice paddies.", None),
        (I, "ministry official", "the ministry had set aside Rp 2.1 trillion (US$128 million) this year to compensate "
            "landholders", None),
        (P, "Andi Wiratama", "noise from people who have never been hungry.", None),
    ],
    "actors": [
        actor("Andi Wiratama", "person", title="Agriculture Minister", affiliation="Agriculture Ministry",
              aliases=["Andi Wiratama", "Andi", "the minister"], stance=1),
        actor("Statistics Indonesia", "government", title="national statistics agency",
              aliases=["Statistics Indonesia", "BPS"], stance=None),
        actor("Forest Justice Indonesia", "organisation", title="Jakarta-based environmental group",
              aliases=["Forest Justice Indonesia", "The group"], stance=-1),
        actor("Rina Maharani", "person", title="campaign director", affiliation="Forest Justice Indonesia",
              aliases=["Rina Maharani", "Rina"], stance=-1),
        actor("Yosef Gebze", "person", title="Marind elder (61), Zanegi village", aliases=["Yosef Gebze", "Yosef"],
              stance=-1),
        actor("Hendrikus Mahuze", "person", title="Merauke Regent", affiliation="Merauke regency",
              aliases=["Hendrikus Mahuze", "Hendrikus"], stance=1),
        actor("Dewi Kartikasari", "person", title="lawmaker, House of Representatives Commission IV",
              affiliation="Indonesian Democratic Party of Struggle (PDI-P)",
              aliases=["Dewi Kartikasari", "Dewi"], stance=0),
        actor("Bayu Setiawan", "person", title="researcher", affiliation="Center for Agrarian Reform Studies",
              aliases=["Bayu Setiawan", "Bayu"], stance=-1),
        actor("ministry official", "person", title="anonymous Agriculture Ministry official",
              affiliation="Agriculture Ministry", aliases=["ministry official"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. MarketWatch markets story (a telehealth stock falls after an FDA warning letter), headline,
#    byline and "Last Updated:" lines, curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes
#    (Health’s, company’s, We’ll, I’m), punctuation inside closing marks, inline tickers (VTRA,
#    SPX), % and $ figures. Headline fragment "CEO calls it ‘a paperwork problem’" -> Ferrante (the
#    headline names him by role, so "CEO" is an alias); the body's “a paperwork problem” is his
#    second partial. Lede "after it disclosed that A" (indirect, the company). The FDA letter "said
#    the company had made “...” claims that its ... was “...” as ..." (two partials, the letter
#    speaks for the FDA). Company statement "said it was “...” and that B" (partial plus indirect).
#    CEO "told analysts ... that the letter concerned “...” with ..., not ..." (partial only), then a
#    quote split by "Ferrante said", resumed. Scare so-called “cash-pay” market; the subscriber
#    figures are the writer's. "Wall Street was split ..." is not speech. Bearish analyst named after
#    the first stretch ("said X, an analyst at ... who rates ..."), resumed. Bullish analyst "kept his
#    buy rating, arguing in a note to clients that A “...” and that B" (partial plus indirect), then
#    "He called the drop “...”" (partial). Ratings count before "according to FactSet". Short seller
#    "said in a post on X that ... “...”" (partial only), then "It said A" (indirect; "It" is the
#    short seller). "did not immediately respond" (negated), "Asked whether ..." not annotated; the
#    CEO "said that was “...”" (partial; "that" is the subject, not a complementiser).
ARTICLES["data/eval/dev40/vantera-health-stock-fda-warning-letter.gold.json"] = {
    "article": "data/eval/dev40/vantera-health-stock-fda-warning-letter.txt",
    "target": "Vantera Health",
    "quotes": [
        (P, "Nate Ferrante", "a paperwork problem", "CEO calls it"),
        (I, "Vantera Health", "the Food and Drug Administration had sent it a warning letter over the compounded "
            "weight-loss drugs it sells to subscribers", None),
        (P, "Food and Drug Administration", "false or misleading", None),
        (P, "Food and Drug Administration", "the same medicine", None),
        (P, "Vantera Health", "reviewing the letter carefully", None),
        (I, "Vantera Health", "it had 15 business days to respond", None),
        (P, "Nate Ferrante", "a paperwork problem", "the letter concerned"),
        (D, "Nate Ferrante", "Nobody has told us to stop selling anything, and nobody has raised a single question "
            "about patient safety,", None),
        (D, "Nate Ferrante", "We\u2019ll have new wording on the site by the end of the week.", None),
        (S, None, "cash-pay", None),
        (D, "Priya Natarajan", "This is the first shoe, not the last,", None),
        (D, "Priya Natarajan", "Compounding was always a loophole, and the FDA has just told everyone the loophole is "
            "closing.", None),
        (P, "Sam Okonjo", "overdone", None),
        (I, "Sam Okonjo", "subscribers were unlikely to cancel over a labeling dispute", None),
        (P, "Sam Okonjo", "a buying opportunity for investors with a strong stomach.", None),
        (I, "FactSet", "Eight of the 14 analysts who cover Vantera rate the stock a buy", None),
        (P, "Ridgeback Research", "depends on a regulatory gap that is about to disappear.", None),
        (I, "Ridgeback Research", "it had added to its short position on Thursday", None),
        (P, "Nate Ferrante", "a hypothetical I\u2019m not going to entertain today.", None),
    ],
    "actors": [
        actor("Nate Ferrante", "person", title="chief executive", affiliation="Vantera Health",
              aliases=["Nate Ferrante", "Ferrante", "CEO"], stance=1),
        actor("Vantera Health", "organisation", title="telehealth company (compounded weight-loss drugs)",
              aliases=["Vantera Health", "Vantera", "the company"], stance=0),
        actor("Food and Drug Administration", "government", title="US drug regulator (warning letter)",
              affiliation="United States", aliases=["Food and Drug Administration", "FDA"], stance=-1),
        actor("Priya Natarajan", "person", title="analyst", affiliation="Halvorsen & Pike",
              aliases=["Priya Natarajan", "Natarajan"], stance=-1),
        actor("Sam Okonjo", "person", title="analyst", affiliation="Northgate Capital",
              aliases=["Sam Okonjo", "Okonjo"], stance=1),
        actor("FactSet", "organisation", title="market data provider (analyst ratings)", aliases=["FactSet"],
              stance=0),
        actor("Ridgeback Research", "organisation", title="short seller", aliases=["Ridgeback Research"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Deccan Herald (Bengaluru) court report (the Karnataka High Court raps the city corporation
#    over encroachments on stormwater drains), "DH News Service" line, dateline "Bengaluru, DHNS:",
#    British spelling (remodelling), Indian usage (Rs 1,480 crore, "submitted that", "orally
#    observed", Palike, JCB), straight double quotes in the body and straight single 'eyewash' in
#    the headline, straight apostrophes (city's, October's, Residents', D'Souza), fragment
#    punctuation outside the marks. Headline fragment "HC ... calls affidavit an 'eyewash'" -> the
#    Karnataka High Court (alias HC); the lede's "saying the ... affidavit was "an eyewash" that did
#    not name ..." is its second partial (partial only). Bench paragraph without speech. Scare
#    "rajakaluves" (the local name, glossed by the writer). "The bench said A, and that ... "..."" (an
#    indirect for A plus the partial). "the bench orally observed" after a quote of questions
#    (direct). BBMP counsel "submitted that A and that B" (one span), then "he said". Affidavit
#    "the BBMP stated that A" (indirect; the civic body speaks). Petitioners' counsel "argued that
#    ... "..." but that B" (partial plus indirect), then "she told the court". Additional Advocate
#    General "told the bench that A, and that B" (one span). "directed the BBMP chief commissioner to
#    ..." (directive, not annotated) "and warned that it would "..." if ..." (partial only). Chief
#    commissioner "told DH that A" (indirect), then "he said". Resident named after the first
#    stretch, resumed.
ARTICLES["data/eval/dev40/karnataka-hc-bbmp-drain-encroachments.gold.json"] = {
    "article": "data/eval/dev40/karnataka-hc-bbmp-drain-encroachments.txt",
    "target": "Bruhat Bengaluru Mahanagara Palike",
    "quotes": [
        (P, "Karnataka High Court", "eyewash", "calls affidavit an"),
        (P, "Karnataka High Court", "an eyewash", None),
        (S, None, "rajakaluves", None),
        (I, "Karnataka High Court", "the BBMP had identified 2,126 encroachments in its own survey but had removed only "
            "390 of them in two years", None),
        (P, "Karnataka High Court", "small houses and compound walls of the poor", None),
        (D, "Karnataka High Court", "Where are the tech parks? Where are the apartment complexes? Your own list names "
            "them, but your bulldozers never seem to reach them,", None),
        (I, "K.N. Prakash", "several of the larger encroachments were tied up in civil suits and that trial courts had "
            "granted stay orders in at least 140 cases", None),
        (D, "K.N. Prakash", "The Palike is not shielding anyone. We cannot send a JCB where a court has told us not to,",
            None),
        (I, "Bruhat Bengaluru Mahanagara Palike", "it had spent Rs 1,480 crore on remodelling and desilting drains "
            "since 2022", None),
        (P, "Nayana Shetty", "all the maps and all the powers", None),
        (I, "Nayana Shetty", "it lacked the will to use them against builders", None),
        (D, "Nayana Shetty", "Every monsoon the same families lose everything, and every monsoon the Palike files a "
            "fresh affidavit,", None),
        (I, "Arun Shenoy", "the state government had set up a task force under the revenue department to resurvey lake "
            "and drain boundaries, and that its report was due in March", None),
        (P, "Karnataka High Court", "not hesitate to summon officers in person", None),
        (I, "S. Raghavendra", "the civic body would comply with the order in full", None),
        (D, "S. Raghavendra", "We will place every name before the court, big or small. Nobody will be left out,",
            None),
        (D, "Mary D'Souza", "We heard the same promises in 2017 and in 2022,", None),
        (D, "Mary D'Souza", "The water does not read affidavits.", None),
    ],
    "actors": [
        actor("Karnataka High Court", "organisation", title="high court (division bench)", affiliation="Karnataka",
              aliases=["Karnataka High Court", "HC", "the bench"], stance=-1),
        actor("K.N. Prakash", "person", title="senior advocate, counsel for the BBMP",
              affiliation="Bruhat Bengaluru Mahanagara Palike", aliases=["K.N. Prakash", "Prakash"], stance=1),
        actor("Bruhat Bengaluru Mahanagara Palike", "organisation", title="Bengaluru's civic body",
              aliases=["Bruhat Bengaluru Mahanagara Palike", "BBMP", "civic body", "Palike"], stance=1),
        actor("Nayana Shetty", "person", title="advocate for the petitioners",
              affiliation="Varthur Residents' Collective (petitioners)", aliases=["Nayana Shetty", "Shetty"],
              stance=-1),
        actor("Arun Shenoy", "person", title="Additional Advocate General", affiliation="Karnataka government",
              aliases=["Arun Shenoy", "Shenoy"], stance=None),
        actor("S. Raghavendra", "person", title="BBMP Chief Commissioner",
              affiliation="Bruhat Bengaluru Mahanagara Palike", aliases=["S. Raghavendra", "Raghavendra"], stance=1),
        actor("Mary D'Souza", "person", title="schoolteacher (54), Sai Layout, Horamavu",
              aliases=["Mary D'Souza", "D'Souza"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
