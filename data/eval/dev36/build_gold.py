"""Build the dev36 gold files (data/eval/dev36/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev36/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev36.  Standard library only.
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
# 1. South China Morning Post Hong Kong housing (a bill setting minimum standards for subdivided
#    flats), standfirst, byline and "Published:" lines without speech; British spelling, curly “ ” in
#    the body and ‘ ’ in the headline, ’ apostrophes (Hong Kong’s, landlords’, don’t), fragment
#    punctuation outside the marks, Cantonese names with the given name after the surname (Agnes
#    Tsang Wai-ling -> Tsang). Headline fragment ‘bottom line’ -> the housing chief (the headline
#    names Tsang by role, so "housing chief" is an alias); lede partial “bottom line” (same speaker,
#    named in the next paragraph) and the landlords' association's indirect (named later: "The
#    Subdivided Flat Owners’ Association"). Secretary's indirect, then a quote split by "Tsang said",
#    resumed. Scare so-called “coffin homes”. Association "said A" (the relative "which has about 900
#    members" is the writer's); its chairman named after the first stretch, resumed. Figure before
#    "according to the Housing Authority". Group "Concern groups said A"; SoCO "called X “...”"
#    (partial), then "It said A" (indirect; "It" is SoCO). Tenant's indirect, then her quote split by
#    "she said". "broadly backed the bill, though several pressed for ..." is not speech. Lawmaker
#    named after the quote, then "He said the government should ..." (a reported opinion, indirect).
#    Bureau statement "said A and that B" (one span).
ARTICLES["data/eval/dev36/hong-kong-subdivided-flats-bill.gold.json"] = {
    "article": "data/eval/dev36/hong-kong-subdivided-flats-bill.txt",
    "target": "Housing Bureau",
    "quotes": [
        (P, "Agnes Tsang Wai-ling", "bottom line", "Hong Kong housing chief defends"),
        (P, "Agnes Tsang Wai-ling", "bottom line", "as a \u201cbottom line\u201d"),
        (I, "Subdivided Flat Owners\u2019 Association", "thousands of tenants could be pushed out of their homes "
            "when the rules take effect", None),
        (I, "Agnes Tsang Wai-ling", "the government had consulted the industry for more than a year and would not "
            "lower the standards to win over owners", None),
        (D, "Agnes Tsang Wai-ling", "Nobody should have to cook, sleep and use the toilet in the same four square "
            "metres. That is not a home, it is a cupboard,", None),
        (D, "Agnes Tsang Wai-ling", "We have given owners an 18-month transition period. By any measure, that is "
            "generous.", None),
        (S, None, "coffin homes", None),
        (I, "Subdivided Flat Owners\u2019 Association", "up to a third of existing units could not meet the size "
            "requirement without knocking down walls and losing a room", None),
        (D, "Raymond Tong Kin-fai", "If I lose one room out of three, the numbers don\u2019t work any more. Some "
            "owners will simply sell,", None),
        (D, "Raymond Tong Kin-fai", "And where do the tenants go then? Onto the waiting list.", None),
        (I, "Housing Authority", "The average waiting time for a public rental flat stood at 5.5 years at the end "
            "of December", None),
        (I, "Concern groups", "the bill did not go far enough", None),
        (P, "Society for Community Organization", "a floor that is still far too low", None),
        (I, "Society for Community Organization", "the bureau had ignored repeated calls to control rents in "
            "subdivided units, which rose by about 9 per cent last year even as rents in the wider private market "
            "were flat", None),
        (I, "Leung Mei-ling", "she welcomed the rules but feared her landlord would pass the cost of any renovation "
            "on to her", None),
        (D, "Leung Mei-ling", "He has already told us that if he has to put in a proper toilet, we will be the ones "
            "paying for it,", None),
        (D, "Leung Mei-ling", "Either way, it is the tenants who pay.", None),
        (D, "Tommy Ho Chun-pong", "We support the direction. But the retiree who rents out one flat to pay for his "
            "medicine is not a property tycoon, and this bill treats him like one,", None),
        (I, "Tommy Ho Chun-pong", "the government should offer low-interest loans to owners who had to renovate",
            None),
        (I, "Housing Bureau", "registration would open in the first quarter of next year and that owners would be "
            "able to apply for an extension if building works were already under way", None),
    ],
    "actors": [
        actor("Agnes Tsang Wai-ling", "person", title="Secretary for Housing", affiliation="Hong Kong government",
              aliases=["Agnes Tsang Wai-ling", "Tsang", "housing chief"], stance=1),
        actor("Subdivided Flat Owners\u2019 Association", "organisation", title="landlords' association (about 900 "
              "members)", aliases=["Subdivided Flat Owners\u2019 Association", "landlords\u2019 association",
                                   "the association"], stance=-1),
        actor("Raymond Tong Kin-fai", "person", title="chairman; owns 11 units in To Kwa Wan",
              affiliation="Subdivided Flat Owners\u2019 Association", aliases=["Raymond Tong Kin-fai", "Tong"],
              stance=-1),
        actor("Housing Authority", "government", title="Hong Kong public housing authority",
              aliases=["Housing Authority"], stance=None),
        actor("Concern groups", "group", title="housing concern groups", aliases=["Concern groups"], stance=0),
        actor("Society for Community Organization", "organisation", title="concern group",
              aliases=["Society for Community Organization"], stance=-1),
        actor("Leung Mei-ling", "person", title="tenant (47) of a 70 sq ft unit in Sham Shui Po",
              aliases=["Leung Mei-ling", "Leung"], stance=0),
        actor("Tommy Ho Chun-pong", "person", title="lawmaker",
              affiliation="Democratic Alliance for the Betterment and Progress of Hong Kong",
              aliases=["Tommy Ho Chun-pong", "Ho"], stance=0),
        actor("Housing Bureau", "government", title="Hong Kong government bureau", affiliation="Hong Kong government",
              aliases=["Housing Bureau", "the bureau"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Deutsche Welle English German politics (coalition row over the Deutschlandticket subsidy),
#    headline with straight single 'breaking his word', teaser with speech, author and date lines,
#    subheads without speech, closing "Edited by:" line; American spelling (center-left), straight
#    " and apostrophes (Germany's, doesn't, can't, it's), punctuation inside closing marks, euro
#    figures with dollar conversions. Headline fragment -> SPD (the headline names it; Wendt's body
#    "breaking his word" is inside her own direct quote). Teaser "The Social Democrats say A"
#    (indirect, SPD). Lede "after X said A" (indirect). Scare so-called "9-euro ticket,". Minister's
#    quote attributed after a long apposition; "He said the money was needed for "..."" (partial
#    only). "reacted angrily" is not speech; deputy leader "said the coalition agreement guaranteed
#    ... "..."" (partial only), then a quote split by "Wendt told DW", resumed. Greens "accused Vogler
#    of "..."" (partial). Conference statement "said that A, and that B" (one span). VDV "warned that
#    A" (indirect); its managing director named after the quote (separate actor). "found support from"
#    is not speech; taxpayers' president "said the ticket had become "..."" (partial). Spokeswoman
#    "said A and that B" (one span), then "she told ...". Commuters "were unimpressed" (not speech);
#    commuter named after the quote. "Asked about ..." not annotated; "said he had "..." ..., but that
#    the numbers were "..."" (two partials, no indirect).
ARTICLES["data/eval/dev36/deutschlandticket-coalition-row.gold.json"] = {
    "article": "data/eval/dev36/deutschlandticket-coalition-row.txt",
    "target": "Karsten Vogler",
    "quotes": [
        (P, "Social Democrats", "breaking his word", "SPD says minister is"),
        (I, "Social Democrats", "the plan would break the coalition agreement", None),
        (I, "Karsten Vogler", "the federal government could no longer afford its share of the subsidy after 2026",
            None),
        (S, None, "9-euro ticket,", None),
        (D, "Karsten Vogler", "The Deutschlandticket is a good product. But at some point a good product has to pay "
            "for itself, and this one doesn't,", None),
        (P, "Karsten Vogler", "the railways of tomorrow.", None),
        (P, "Sabine Wendt", "until the end of this legislative period.", None),
        (D, "Sabine Wendt", "The minister is breaking his word, and he knows it,", None),
        (D, "Sabine Wendt", "People sold their second car because of this ticket. You can't just take it away "
            "from them now.", None),
        (P, "Greens", "quietly killing the one climate policy that people actually like.", None),
        (I, "conference of state transport ministers", "without federal money the price would have to rise to at "
            "least \u20ac80 a month, and that several states would consider leaving the scheme altogether", None),
        (I, "Association of German Transport Companies", "such an increase could cost the ticket up to 4 million "
            "subscribers", None),
        (D, "Ulrike Behrens", "Every price rise so far has cost us customers. At \u20ac80, the Deutschlandticket "
            "stops being a ticket for everyone,", None),
        (P, "Reiner Holzapfel", "a subsidy for city dwellers paid for by people in the countryside who have no bus "
            "to catch.", None),
        (I, "Katrin Lohse", "the chancellery was aware of the concerns and that no decision had been taken", None),
        (D, "Katrin Lohse", "The coalition will discuss this calmly, and not through the newspapers,", None),
        (D, "Tobias Renner", "I pay \u20ac58 and I get to work. If it's \u20ac80, I'll do the math again, and "
            "maybe the car wins,", None),
        (P, "Karsten Vogler", "great respect", None),
        (P, "Karsten Vogler", "what they are.", None),
    ],
    "actors": [
        actor("Social Democrats", "organisation", title="center-left party, junior coalition partner",
              aliases=["Social Democrats", "SPD"], stance=-1),
        actor("Karsten Vogler", "person", title="Transport Minister", affiliation="Christian Democratic Union (CDU)",
              aliases=["Karsten Vogler", "Vogler", "transport minister", "the minister"], stance=1),
        actor("Sabine Wendt", "person", title="SPD parliamentary group deputy leader", affiliation="Social Democrats",
              aliases=["Sabine Wendt", "Wendt"], stance=-1),
        actor("Greens", "organisation", title="opposition party", aliases=["Greens"], stance=-1),
        actor("conference of state transport ministers", "government", title="the 16 states' transport ministers",
              aliases=["conference of state transport ministers"], stance=-1),
        actor("Association of German Transport Companies", "organisation", title="bus and rail operators' association",
              aliases=["Association of German Transport Companies", "VDV"], stance=-1),
        actor("Ulrike Behrens", "person", title="managing director", affiliation="Association of German Transport "
              "Companies", aliases=["Ulrike Behrens", "Behrens"], stance=-1),
        actor("Reiner Holzapfel", "person", title="president", affiliation="German Taxpayers Federation",
              aliases=["Reiner Holzapfel", "Holzapfel"], stance=1),
        actor("Katrin Lohse", "person", title="deputy government spokeswoman", affiliation="German government",
              aliases=["Katrin Lohse", "Lohse"], stance=0),
        actor("Tobias Renner", "person", title="nurse and commuter (34), Brandenburg an der Havel",
              aliases=["Tobias Renner", "Renner"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Times of India city story (Pune: alternate-day water supply), byline line "NAME / TNN /
#    Updated: ... IST", dateline "PUNE:", Indian English (Rs, TMC, corporator, civic body, till,
#    24x7), straight " in the body and straight single 'punishment for paying taxes' in the headline,
#    straight apostrophes (PMC's, city's, citizens'), fragment punctuation outside the marks.
#    Headline fragment -> "residents" (the headline names them; the body sentence inside
#    Deshpande's quote is her own). Lede content before "the Pune Municipal Corporation (PMC)
#    announced on Friday". Figure before "according to the state water resources department".
#    Commissioner "said the cut was "..." and that B" (partial plus indirect), then a quote split by
#    "he told TOI", resumed. Group "Residents of housing societies ... said A", then a society
#    secretary named after her quote. Former corporator "accused ... of "..."" (partial), "He said A"
#    (indirect). Engineer "said A and that B" (one span), then "he said". Anonymous official of the
#    same department (a separate actor from the department's figures): indirect, then "the official
#    said". Scare "tanker lobby" (the writer's, "an estimated" has no speaker). Activist "called the
#    timing "..."" (partial), then "she said". "The commissioner said A and that B" (one span).
ARTICLES["data/eval/dev36/pune-alternate-day-water-cut.gold.json"] = {
    "article": "data/eval/dev36/pune-alternate-day-water-cut.txt",
    "target": "Pune Municipal Corporation",
    "quotes": [
        (P, "residents", "punishment for paying taxes", "residents call it"),
        (I, "Pune Municipal Corporation", "Water will be supplied on alternate days to 14 areas in the eastern and "
            "southern parts of the city from Monday because of low storage in the Khadakwasla dam complex", None),
        (I, "state water resources department", "The four dams of the complex together held 4.1 TMC of water on "
            "Thursday, against 7.3 TMC on the same day last year", None),
        (P, "Vikram Khedkar", "unavoidable", None),
        (I, "Vikram Khedkar", "the available stock had to last till the end of July", None),
        (D, "Vikram Khedkar", "We have to plan for the worst case,", None),
        (D, "Vikram Khedkar", "If the monsoon arrives on time, regular supply will be restored within a week.", None),
        (I, "residents", "the decision had been taken without any consultation", None),
        (D, "Snehal Deshpande", "We pay Rs 28,000 property tax a year and still spend Rs 6,000 a month on tankers. "
            "Now they want to cut what little we get. This is punishment for paying taxes,", None),
        (P, "Prakash Gaikwad", "hiding its own failures behind the dam levels", None),
        (I, "Prakash Gaikwad", "nearly 35% of the water the PMC draws is lost to leaks and illegal connections",
            None),
        (I, "Nandkishor Jagtap", "the civic body had cut 1,200 illegal connections since January and that work on "
            "the 24x7 water supply scheme was 70% complete", None),
        (D, "Nandkishor Jagtap", "The leakage figure being quoted is exaggerated. Our own audit puts it at 22%,",
            None),
        (I, "senior official of the state water resources department", "the PMC had drawn more than its sanctioned "
            "quota from the dams for three years in a row", None),
        (D, "senior official of the state water resources department", "The city has been told again and again to "
            "cut its use. Nobody listened till the dams ran low,", None),
        (S, None, "tanker lobby", None),
        (P, "Meera Kulkarni-Joshi", "deliberate", None),
        (D, "Meera Kulkarni-Joshi", "The PMC has known since February that storage was low. It announced this on a "
            "Friday evening so that nobody could object before Monday,", None),
        (I, "Vikram Khedkar", "the PMC would send free tankers to slum pockets in the affected areas and that a "
            "helpline would be set up at each ward office from Saturday", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of housing societies in Kharadi and Wagholi",
              aliases=["residents", "Residents"], stance=-1),
        actor("Pune Municipal Corporation", "organisation", title="civic body",
              aliases=["Pune Municipal Corporation", "PMC", "civic body"], stance=0),
        actor("state water resources department", "government", title="Maharashtra water resources department",
              aliases=["state water resources department"], stance=None),
        actor("Vikram Khedkar", "person", title="municipal commissioner", affiliation="Pune Municipal Corporation",
              aliases=["Vikram Khedkar", "Khedkar", "The commissioner"], stance=1),
        actor("Snehal Deshpande", "person", title="secretary, Green Meadows Cooperative Housing Society (Kharadi)",
              aliases=["Snehal Deshpande", "Deshpande"], stance=-1),
        actor("Prakash Gaikwad", "person", title="former corporator", aliases=["Prakash Gaikwad", "Gaikwad"],
              stance=-1),
        actor("Nandkishor Jagtap", "person", title="superintending engineer, water supply department",
              affiliation="Pune Municipal Corporation", aliases=["Nandkishor Jagtap", "Jagtap"], stance=1),
        actor("senior official of the state water resources department", "person", title="anonymous official",
              affiliation="state water resources department",
              aliases=["senior official of the state water resources department", "the official"], stance=-1),
        actor("Meera Kulkarni-Joshi", "person", title="activist", affiliation="Pune Water Forum",
              aliases=["Meera Kulkarni-Joshi", "Kulkarni-Joshi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Wall Street Journal corporate governance (a board ousts its CEO after an activist fight), Title
#    Case headline, deck, byline and "Updated" lines without speech, closing "Write to ..." line;
#    curly “ ” and ’ apostrophes (didn’t, Harwick’s, we’re), punctuation inside closing marks,
#    honorifics Ms./Mr. on later references. Lede is action (ousted), not speech. Company "said A"
#    with a descriptive subject ("The Minneapolis-based maker of ..."). Chairman "said the board had
#    concluded that “...”" (partial only). "didn’t respond to requests for comment" not annotated;
#    CEO "said she was “...” and that Harwick was “...”" (two partials). Activist fund "has argued ...
#    that A" (indirect). Founder "said in an interview that A" (indirect), then a two-paragraph quote
#    (the first stretch follows the indirect in the same paragraph, open to the end of its line; the
#    second closes with "he said"). "according to people familiar with the matter" and "the people
#    said" (one group actor). Anonymous "person close to Ms. Marchetti": indirect, then "the person
#    said". Scare so-called “snackification”. Earlier earnings-call partial (past speech). Analyst
#    "said the ... deal “...” but that B" (partial plus indirect), then "she said" (the analyst, not
#    Ms. Marchetti). Interim CEO "said the company’s priorities “...” and that B" (partial plus
#    indirect).
ARTICLES["data/eval/dev36/harwick-brands-ceo-marchetti-ousted.gold.json"] = {
    "article": "data/eval/dev36/harwick-brands-ceo-marchetti-ousted.txt",
    "target": "Diane Marchetti",
    "quotes": [
        (I, "Harwick Brands", "Chief Financial Officer Luis Arriaga would serve as interim CEO while the board "
            "searches for a permanent successor", None),
        (P, "Gregory Tolman", "a change in leadership is necessary to deliver the growth our shareholders expect.",
            None),
        (P, "Diane Marchetti", "proud of what this team built", None),
        (P, "Diane Marchetti", "better positioned today than it was four years ago.", None),
        (I, "Stonebridge Capital Management", "Ms. Marchetti\u2019s $2.1 billion acquisition of the plant-based "
            "snack maker Greenleaf in 2023 destroyed shareholder value", None),
        (I, "Marcus Delaney", "the firm had no interest in running the company itself", None),
        (D, "Marcus Delaney", "Today\u2019s decision is overdue, but we\u2019re glad the board finally listened. We "
            "never wanted a seat at the head of the table.", None),
        (D, "Marcus Delaney", "The next CEO needs to come from outside the company, with no attachment to the "
            "mistakes of the past four years,", None),
        (I, "people familiar with the matter", "The board voted 8-2 on Sunday to remove Ms. Marchetti", None),
        (I, "people familiar with the matter", "Two directors who joined the board last year under a settlement "
            "with Stonebridge pushed for the change", None),
        (I, "person close to Ms. Marchetti", "she was given no warning before Sunday\u2019s meeting and learned of "
            "the vote from Mr. Tolman in a phone call that lasted less than five minutes", None),
        (D, "person close to Ms. Marchetti", "She was fired over a deal the board approved unanimously two years "
            "ago,", None),
        (S, None, "snackification", None),
        (P, "Diane Marchetti", "in the middle innings of a turnaround.", None),
        (P, "Priya Venkataraman", "was the wrong deal at the wrong price", None),
        (I, "Priya Venkataraman", "Ms. Marchetti had cut costs faster than most of Harwick\u2019s rivals", None),
        (D, "Priya Venkataraman", "Investors are now pricing in a sale of the snack business. Whoever comes in will "
            "probably do exactly that,", None),
        (P, "Luis Arriaga", "haven\u2019t changed", None),
        (I, "Luis Arriaga", "he would meet with its top 200 managers this week", None),
    ],
    "actors": [
        actor("Harwick Brands", "organisation", title="packaged-foods maker (Minneapolis)",
              aliases=["Harwick Brands", "Harwick",
                       "Minneapolis-based maker of Crestfield soups and Kettleworth crackers"], stance=0),
        actor("Gregory Tolman", "person", title="chairman", affiliation="Harwick Brands",
              aliases=["Gregory Tolman", "Tolman", "Mr. Tolman"], stance=-1),
        actor("Diane Marchetti", "person", title="ousted chief executive", affiliation="Harwick Brands",
              aliases=["Diane Marchetti", "Marchetti", "Ms. Marchetti"], stance=1),
        actor("Stonebridge Capital Management", "organisation", title="activist investor (about 7% of Harwick)",
              aliases=["Stonebridge Capital Management", "Stonebridge"], stance=-1),
        actor("Marcus Delaney", "person", title="founder", affiliation="Stonebridge Capital Management",
              aliases=["Marcus Delaney", "Delaney"], stance=-1),
        actor("people familiar with the matter", "group", title="anonymous sources",
              aliases=["people familiar with the matter", "the people"], stance=None),
        actor("person close to Ms. Marchetti", "person", title="anonymous source close to the ousted CEO",
              aliases=["person close to Ms. Marchetti", "the person"], stance=1),
        actor("Priya Venkataraman", "person", title="analyst", affiliation="Cobalt Ridge Research",
              aliases=["Priya Venkataraman", "Venkataraman"], stance=0),
        actor("Luis Arriaga", "person", title="chief financial officer, interim CEO", affiliation="Harwick Brands",
              aliases=["Luis Arriaga", "Arriaga", "Mr. Arriaga"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
