"""Build the dev129 gold files (data/eval/dev129/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev129/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev129.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev129"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. FrontPage Africa (Liberia) diplomacy/energy (Russia donates wheat and signs an MoU on a floating nuclear
#    power plant), title-case headline "Liberia: ..." without speech, "By ..." line, "Monrovia –" dateline,
#    straight " and apostrophes, Liberian titles ("Hon.", "Mr.", "Rep.", "Cllr." for a lawyer, "Alhaji"),
#    press idiom ("averred that", "He maintained that", "For his part", "from some quarters"). Ambassador "Speaking
#    at the ceremony, Ambassador X said A", quote "the Ambassador said", "He maintained that A, "..."" (indirect
#    plus an appositive partial); deputy minister "thanked ... and averred that ... remained "..."" (thanks an act;
#    partial only), quote "he stated"; representative "told FrontPage Africa that A and that B" (one span), quote
#    "she said", "According to her, the people ... "...", but they deserve ..." (partial plus indirect); CENTAL head
#    "said A, adding that ... agreements "..." that ..." (indirect plus partial); unnamed US Embassy spokesperson
#    "when contacted, said A, but urged the Government to "..."" (indirect plus partial; directive); bakers'
#    president "welcomed the donation, saying A" (indirect), quote "Kromah said"; content before "a source at the
#    Ministry said"; scare so-called "grain diplomacy".
ARTICLES[f"{BATCH}/liberia-russia-wheat-power-barge.gold.json"] = {
    "article": f"{BATCH}/liberia-russia-wheat-power-barge.txt",
    "target": "Russia",
    "quotes": [
        (I, "Dmitry Sokolov", "the donation was part of a commitment made by Moscow at the Russia-Africa Summit to supply "
            "grain free of charge to friendly African nations", None),
        (D, "Dmitry Sokolov", "Russia does not come to Africa with conditions and lectures. We come as partners, and we "
            "keep our word,", None),
        (I, "Dmitry Sokolov", "the floating power plant, if approved, could supply up to 70 megawatts of electricity",
         None),
        (P, "Dmitry Sokolov", "enough to power the whole of Buchanan and its industries", None),
        (P, "Augustine K. Flomo", "open to all partners who respect our sovereignty", None),
        (D, "Augustine K. Flomo", "Liberia has friends in the East and in the West. Our people need bread and our people "
            "need light. We will not apologise for seeking both,", None),
        (I, "Josephine Tarpeh-Gbollie", "the Legislature had not been consulted on the nuclear component of the deal and "
            "that she would write the Speaker to demand a hearing", None),
        (D, "Josephine Tarpeh-Gbollie", "We are talking about a nuclear reactor sitting on a barge off Buchanan. Our "
            "people fish in that water. Nobody has come to explain anything to them,", None),
        (P, "Josephine Tarpeh-Gbollie", "welcome the rice and the wheat", None),
        (I, "Josephine Tarpeh-Gbollie", "they deserve to be consulted on anything that affects their lives and "
            "livelihoods", None),
        (I, "Mulbah S. Kollie", "the terms of the MoU should be made public", None),
        (P, "Mulbah S. Kollie", "in the dark", None),
        (I, "A spokesperson for the U.S. Embassy in Monrovia", "the United States respected Liberia's right to choose its "
            "partners", None),
        (P, "A spokesperson for the U.S. Embassy in Monrovia", "carefully study", None),
        (I, "Sekou Kromah", "bakers in Monrovia had been struggling with the high price of imported flour since "
            "September", None),
        (D, "Sekou Kromah", "A bag of flour is now selling for almost US$40. If this wheat reaches the millers and the "
            "price comes down, the ordinary man will feel it,", None),
        (I, "a source at the Ministry", "The wheat, which arrived aboard the Russian-flagged vessel MV Sibirskiy Put, is "
            "expected to be milled by the Liberia Milling Company and distributed through the Ministry of Commerce and "
            "Industry", None),
        (S, None, "grain diplomacy", None),
    ],
    "actors": [
        actor("Dmitry Sokolov", "person", title="Russian Ambassador to Liberia", affiliation="Russia",
              aliases=["Dmitry Sokolov", "Ambassador Sokolov", "Sokolov", "Ambassador"], stance=1),
        actor("Augustine K. Flomo", "person", title="Deputy Foreign Minister for International Cooperation",
              affiliation="Government of Liberia", aliases=["Augustine K. Flomo", "Deputy Minister Flomo", "Flomo"],
              stance=1),
        actor("Josephine Tarpeh-Gbollie", "person", title="Representative, Grand Bassa County District #3",
              affiliation="House of Representatives", aliases=["Josephine Tarpeh-Gbollie", "Tarpeh-Gbollie"], stance=0),
        actor("Mulbah S. Kollie", "person", title="Executive Director",
              affiliation="Centre for Transparency and Accountability in Liberia (CENTAL)",
              aliases=["Mulbah S. Kollie", "Kollie"], stance=0),
        actor("A spokesperson for the U.S. Embassy in Monrovia", "person", title="unnamed spokesperson",
              affiliation="U.S. Embassy in Monrovia", aliases=["A spokesperson for the U.S. Embassy in Monrovia"],
              stance=-1),
        actor("Sekou Kromah", "person", title="President", affiliation="Liberia Bakers Association",
              aliases=["Sekou Kromah", "Kromah"], stance=1),
        actor("a source at the Ministry", "person", title="anonymous source", affiliation="Ministry of Commerce and Industry",
              aliases=["a source at the Ministry"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Portland Press Herald climate/fisheries (Maine regulators propose a 20% cut to the elver quota), headline
#    "..., citing warming rivers" and standfirst without speech (the lede's "state scientists link" is not a
#    speech cue), byline with "Staff Writer", "Posted December 9, 2026" and "Updated 6:52 AM" lines, straight " and
#    apostrophes, "$2,012", "Jan. 22", "D-Ellsworth"; "Under the proposal released Tuesday, ..." (a document's
#    content without a cue, not annotated); commissioner quote split by "Marine Resources Commissioner X said in
#    a written statement", "Thibodeau said A"; "according to the department" (content before the cue; the
#    participial "making them ..." is the writer's); association president named after the first stretch ("said
#    Darrell Kinney of Bucksport, president of ...") with a nested single-quoted 'the science.', quote resumed;
#    "Kinney said A, and that B" (one span); tribal fisheries director "said the tribe supported "..." but had not
#    been consulted ..." (partial plus indirect for the coordinated clause), quote "she said"; scientist "said A",
#    quote split by "Ibarra said"; legislator "called the proposal "..." and said B" (partial plus indirect).
ARTICLES[f"{BATCH}/elver-quota-cut-marine-resources.gold.json"] = {
    "article": f"{BATCH}/elver-quota-cut-marine-resources.txt",
    "target": "Maine Department of Marine Resources",
    "quotes": [
        (D, "Colleen Thibodeau", "The science is telling us that fewer glass eels are making it to our rivers, and they "
            "are getting there later in the spring,", None),
        (D, "Colleen Thibodeau", "We have a responsibility to act before this fishery is in trouble, not after.", None),
        (I, "Colleen Thibodeau", "the department would hold public hearings in Ellsworth and Augusta in January before "
            "making a final decision", None),
        (I, "Maine Department of Marine Resources", "They sold for an average of $2,012 a pound last season", None),
        (D, "Darrell Kinney", "They keep saying 'the science.' Whose science? I fished the Penobscot 31 years and I saw "
            "more eels this year than last,", None),
        (D, "Darrell Kinney", "A 20% cut is 20% of my income, gone.", None),
        (I, "Darrell Kinney", "the association would ask the department to delay any cut by a year while it commissions "
            "its own survey, and that it was considering legal action if the proposal went ahead unchanged", None),
        (P, "Lorraine Soctomah", "conservation done in partnership", None),
        (I, "Lorraine Soctomah", "had not been consulted before the proposal was announced", None),
        (D, "Lorraine Soctomah", "We have fished these rivers for thousands of years. We are not against protecting the "
            "eel. We are against being told after the fact,", None),
        (I, "Tom\u00e1s Ibarra", "monitoring at the West Harbor Pond fishway in Boothbay had recorded the latest average "
            "arrival date for glass eels since counts began in 2001", None),
        (D, "Tom\u00e1s Ibarra", "Warmer water changes the timing of the whole migration,", None),
        (D, "Tom\u00e1s Ibarra", "Whether a 20% cut is the right number is a policy question. But the trend is not in "
            "doubt.", None),
        (P, "Aubrey Gallant", "reasonable, if painful", None),
        (I, "Aubrey Gallant", "she would push for a relief fund for harvesters who lose income", None),
    ],
    "actors": [
        actor("Colleen Thibodeau", "person", title="Marine Resources Commissioner",
              affiliation="Maine Department of Marine Resources", aliases=["Colleen Thibodeau", "Thibodeau"], stance=1),
        actor("Maine Department of Marine Resources", "government", title="state fisheries regulator",
              aliases=["Maine Department of Marine Resources", "department"], stance=None),
        actor("Darrell Kinney", "person", title="president", affiliation="Maine Elver Fishermen Association",
              aliases=["Darrell Kinney", "Kinney"], stance=-1),
        actor("Lorraine Soctomah", "person", title="fisheries director", affiliation="Passamaquoddy Tribe",
              aliases=["Lorraine Soctomah", "Soctomah"], stance=-1),
        actor("Tom\u00e1s Ibarra", "person", title="fisheries ecologist", affiliation="Gulf of Maine Research Institute",
              aliases=["Tom\u00e1s Ibarra", "Ibarra"], stance=0),
        actor("Aubrey Gallant", "person", title="State Rep., D-Ellsworth", affiliation="Maine Legislature",
              aliases=["Aubrey Gallant", "Gallant"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Marketing Week (UK marketing trade press) regulation (the ASA bans an oat drink brand's green-claim ads),
#    headline and standfirst without speech, "Author:" and "9 Dec 2026" lines, curly single marks for quotes with a
#    nested curly double “positive”, curly apostrophes, present-tense "says", "adds", "explains". Unquoted
#    planet-positive and Drink Better (not annotated); "In its ruling, ..., the ASA says A, and that B" (one span);
#    trade body "which argued that the claim "..."" (partial only); CMO "says the brand is "..." with the decision
#    but that it stands behind ..." (partial plus indirect), quote split by "she says", "Lindholm adds that A"; "The
#    ASA says A, and that Oatlands must ensure future environmental claims are "..."" (indirect plus partial);
#    guidance "warns advertisers against using ..." (directive); scare so-called "greenhushing"; lawyer "says A",
#    quote "she explains"; "According to Kantar, A"; strategist "says A", quote "he says"; closing content before
#    "according to figures from the regulator".
ARTICLES[f"{BATCH}/oatlands-asa-ad-ban.gold.json"] = {
    "article": f"{BATCH}/oatlands-asa-ad-ban.txt",
    "target": "Oatlands",
    "quotes": [
        (I, "Advertising Standards Authority", "Oatlands had not provided evidence that the full life cycle of its "
            "product had a net positive effect on the environment, and that consumers were likely to understand the "
            "claim as an absolute one", None),
        (P, "Dairy UK", "could not be substantiated by any honest reading of the data", None),
        (P, "Freya Lindholm", "disappointed", None),
        (I, "Freya Lindholm", "it stands behind its environmental credentials", None),
        (D, "Freya Lindholm", "We have invested more in regenerative farming than any brand in our category, and we "
            "measure our impact more carefully than most,", None),
        (D, "Freya Lindholm", "But we accept that the word \u201cpositive\u201d set a bar that is very hard to prove, and "
            "we will learn from that.", None),
        (I, "Freya Lindholm", "the Drink Better platform will continue, with new creative due in the spring", None),
        (I, "Advertising Standards Authority", "the ads must not appear again in their current form", None),
        (P, "Advertising Standards Authority", "clear, specific and backed by robust evidence", None),
        (S, None, "greenhushing", None),
        (I, "Harriet Osei", "brands have been slow to adjust", None),
        (D, "Harriet Osei", "There is still a belief in some marketing departments that a bold environmental line is "
            "worth the risk of a ruling. That calculation has changed. A ban now gets more coverage than the ad ever "
            "did,", None),
        (I, "Kantar", "Oatlands holds an 11.4% share of the UK plant-based milk market by value, second only to Oatly",
         None),
        (I, "Dev Malhotra", "the damage to Oatlands is likely to be limited", None),
        (D, "Dev Malhotra", "Its customers are loyal and fairly forgiving. They\u2019ll see this as a brand that "
            "overreached, not one that lied,", None),
        (I, "Advertising Standards Authority", "The ASA has banned 19 ads for environmental claims so far in 2026, "
            "compared with 11 in the whole of 2025", None),
    ],
    "actors": [
        actor("Advertising Standards Authority", "organisation", title="advertising regulator",
              aliases=["Advertising Standards Authority", "ASA"], stance=-1),
        actor("Dairy UK", "organisation", title="trade body", aliases=["Dairy UK"], stance=-1),
        actor("Freya Lindholm", "person", title="chief marketing officer", affiliation="Oatlands",
              aliases=["Freya Lindholm", "Lindholm"], stance=1),
        actor("Harriet Osei", "person", title="partner", affiliation="Fielding Marr", aliases=["Harriet Osei", "Osei"],
              stance=None),
        actor("Kantar", "organisation", title="market research firm (its data)", aliases=["Kantar"], stance=None),
        actor("Dev Malhotra", "person", title="brand strategist, founder", affiliation="Northlight",
              aliases=["Dev Malhotra", "Malhotra"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. TheCable (Nigeria) politics (a state assembly serves an impeachment notice on the deputy governor),
#    headline with a straight single fragment "... over 'gross misconduct'" (partial for the assembly, which the
#    headline names), lower-case "by ..." and "December 9, 2026 4:18 pm" lines, straight " and apostrophes,
#    "N1.2 billion", "SAN". Lede "over allegations of "..." and "..."" (two partials for the assembly); "was read at
#    plenary" (not speech); "The notice alleged that A, and that she had shown "..." to the governor" (indirect plus
#    partial; the notice speaks for the assembly); speaker "Speaking with journalists ..., Aluko said the house was
#    acting "..." and that B" (partial plus indirect), quote "he said"; deputy governor "in a statement signed by
#    ..., her media aide, described the move as "..." sponsored by ..." (partial only; the statement is hers), "The
#    statement reads in part: "..." open at the end of its line and a closed quote-only paragraph; governor's press
#    secretary "said A"; party "said the impeachment move was "..." and urged ..." (partial only; directive); SAN
#    "told TheCable that A", quote "he said"; coalition chair "said the allegations were "..." and called on the
#    EFCC ..." (partial only; directive).
ARTICLES[f"{BATCH}/ekiti-deputy-governor-impeachment.gold.json"] = {
    "article": f"{BATCH}/ekiti-deputy-governor-impeachment.txt",
    "target": "Folasade Ogunleye-Bello",
    "quotes": [
        (P, "Ekiti state house of assembly", "gross misconduct", "'gross"),
        (P, "Ekiti state house of assembly", "gross misconduct", "\"gross"),
        (P, "Ekiti state house of assembly", "abuse of office", None),
        (I, "Ekiti state house of assembly", "the deputy governor diverted N1.2 billion meant for the state's rural "
            "electrification agency, which she supervises", None),
        (P, "Ekiti state house of assembly", "persistent insubordination", None),
        (P, "Gbenga Aluko", "in line with section 188 of the constitution", None),
        (I, "Gbenga Aluko", "the deputy governor would be given every opportunity to defend herself", None),
        (D, "Gbenga Aluko", "This is not a witch-hunt. The house received petitions, we looked at the documents, and we "
            "have a duty to act. Nobody is above the law in Ekiti,", None),
        (P, "Folasade Ogunleye-Bello", "a political hatchet job", None),
        (D, "Folasade Ogunleye-Bello", "The deputy governor has never, at any time, received or disbursed a single kobo "
            "on behalf of the Rural Electrification Agency. The agency has its own accounting officer, and its books "
            "are open to anyone who cares to look.", None),
        (D, "Folasade Ogunleye-Bello", "We are confident that when the facts are laid bare, this plot will collapse "
            "under its own weight.", None),
        (I, "Yinka Oladeji", "the governor would not interfere with the constitutional duties of the legislature", None),
        (P, "Peoples Democratic Party", "a family quarrel within the ruling party", None),
        (I, "Femi Oladipo", "the assembly must follow the procedure in the constitution strictly, including the "
            "seven-member panel to be appointed by the state's chief judge", None),
        (D, "Femi Oladipo", "If they skip any step, the courts will set the whole thing aside. We have seen it happen in "
            "other states before,", None),
        (P, "Bisi Akintola", "too serious to be left to politicians", None),
    ],
    "actors": [
        actor("Ekiti state house of assembly", "government", title="state legislature",
              aliases=["Ekiti state house of assembly", "Ekiti assembly", "assembly"], stance=-1),
        actor("Gbenga Aluko", "person", title="speaker", affiliation="Ekiti state house of assembly",
              aliases=["Gbenga Aluko", "Aluko"], stance=-1),
        actor("Folasade Ogunleye-Bello", "person", title="deputy governor", affiliation="Ekiti State",
              aliases=["Folasade Ogunleye-Bello", "Ogunleye-Bello"], stance=1),
        actor("Yinka Oladeji", "person", title="chief press secretary to the governor", affiliation="Ekiti State",
              aliases=["Yinka Oladeji", "Oladeji"], stance=None),
        actor("Peoples Democratic Party", "organisation", title="Ekiti chapter",
              aliases=["Peoples Democratic Party", "PDP"], stance=None),
        actor("Femi Oladipo", "person", title="senior advocate of Nigeria (SAN)", aliases=["Femi Oladipo", "Oladipo"],
              stance=None),
        actor("Bisi Akintola", "person", title="chairperson", affiliation="Ekiti Civil Society Coalition",
              aliases=["Bisi Akintola", "Akintola"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
