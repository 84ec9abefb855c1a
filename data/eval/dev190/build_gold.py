"""Build the dev190 gold files (data/eval/dev190/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev190/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev190.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev190"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Vientiane Times (Laos) hydropower resettlement (families still waiting for compensation), headline
#    without speech, byline "/ Vientiane Times" and date lines, straight " and apostrophes, Lao first-name
#    convention ("Mr Bounthavy said", "Ms Vanh"); lede content before "according to the provincial
#    Department of Energy and Mines"; deputy director "told Vientiane Times on Friday that A" (one span
#    with "and had promised ..."), quote with "Mr Bounthavy said", "He added that A"; managing director
#    "said the firm had "..." under ... and that B" (partial plus indirect), quote with "he said"; scare
#    so-called "battery of Southeast Asia"; "villagers said A" (group); quote before "said Ms Vanh
#    Phetsavong, 52, ..."; neighbour "said A", quote with "he said"; anonymous ministry official "said
#    A"; assembly member "raised the issue" (act), "She said developers ... should be "..."" (partial
#    only), quote with "she told the session"; "According to the company, A".
ARTICLES[f"{BATCH}/nam-xeng-2-dam-compensation.gold.json"] = {
    "article": f"{BATCH}/nam-xeng-2-dam-compensation.txt",
    "target": "Nam Xeng 2 Power Company",
    "quotes": [
        (I, "provincial Department of Energy and Mines", "More than 300 families who were relocated to make way for "
            "the Nam Xeng 2 hydropower dam in Xieng Khouang province have yet to receive full compensation for their "
            "rice fields", None),
        (I, "Bounthavy Sisouk", "the developer, Nam Xeng 2 Power Company, had paid about 60 percent of the agreed "
            "amount and had promised to pay the rest by the end of March", None),
        (D, "Bounthavy Sisouk", "We have met with the company three times this year. They say the delay is because "
            "of the exchange rate, but the families cannot wait forever,", None),
        (I, "Bounthavy Sisouk", "the province would not approve the company's request to raise the height of the "
            "reservoir until all payments were made", None),
        (P, "Chen Weiguo", "fulfilled every obligation", None),
        (I, "Chen Weiguo", "the remaining payments had been held up by the depreciation of the kip", None),
        (D, "Chen Weiguo", "The money is ready. We are working with the Bank of the Lao PDR on the conversion, and we "
            "expect to complete all payments in the first quarter of next year,", None),
        (S, None, "battery of Southeast Asia", None),
        (I, "villagers", "the new houses were solid but the land they had been given for farming was too dry for "
            "rice", None),
        (D, "Vanh Phetsavong", "At home we had paddy fields next to the river. Here we have to buy rice at the market "
            "for the first time in our lives,", None),
        (I, "Khamla Inthavong", "some families had already spent their first payment on motorbikes and building "
            "materials", None),
        (D, "Khamla Inthavong", "Some people got a lot of money at once and did not know how to use it. Now the money "
            "is gone and the rice field is gone too,", None),
        (I, "official from the Ministry of Energy and Mines", "the ministry had set up a committee to review "
            "compensation at all hydropower projects where complaints had been received", None),
        (P, "Souphaphone Vongsa", "named and fined", None),
        (D, "Souphaphone Vongsa", "The people gave up their land for the development of the country. The least we "
            "can do is make sure they are paid,", None),
        (I, "Nam Xeng 2 Power Company", "the resettlement site now has electricity, clean water and a primary school "
            "for 240 pupils", None),
    ],
    "actors": [
        actor("provincial Department of Energy and Mines", "government", title="provincial department",
              affiliation="Xieng Khouang province", aliases=["provincial Department of Energy and Mines"], stance=0),
        actor("Bounthavy Sisouk", "person", title="Deputy Director", affiliation="provincial Department of Energy "
              "and Mines", aliases=["Bounthavy Sisouk", "Bounthavy", "Mr Bounthavy"], stance=-1),
        actor("Chen Weiguo", "person", title="Managing Director", affiliation="Nam Xeng 2 Power Company",
              aliases=["Chen Weiguo", "Chen", "Mr Chen Weiguo"], stance=1),
        actor("villagers", "group", title="resettled villagers", affiliation="Ban Phonsaat",
              aliases=["villagers"], stance=-1),
        actor("Vanh Phetsavong", "person", title="resettled villager, mother of four, 52", affiliation=None,
              aliases=["Vanh Phetsavong", "Vanh", "Ms Vanh Phetsavong"], stance=-1),
        actor("Khamla Inthavong", "person", title="resettled villager", affiliation=None,
              aliases=["Khamla Inthavong", "Khamla", "Mr Khamla Inthavong"], stance=0),
        actor("official from the Ministry of Energy and Mines", "person", title="official (anonymous)",
              affiliation="Ministry of Energy and Mines", aliases=["official from the Ministry of Energy and Mines"],
              stance=0),
        actor("Souphaphone Vongsa", "person", title="National Assembly member for Xieng Khouang",
              affiliation="National Assembly", aliases=["Souphaphone Vongsa", "Souphaphone",
                                                         "Ms Souphaphone Vongsa"], stance=-1),
        actor("Nam Xeng 2 Power Company", "organisation", title="hydropower developer", affiliation=None,
              aliases=["Nam Xeng 2 Power Company", "the company"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Shetland News local government/transport (the council raises inter-island ferry fares), headline with a
#    curly single fragment "... ‘a tax on island life’, says Whalsay community council" (speaker the
#    community council the headline names), standfirst without speech, byline and date lines, curly “ ”
#    and ’; relative-clause cue "the increase, which council officials said would raise ..." (indirect
#    without "which"); committee chair "said the council had “...” after ..." (partial only), quote with
#    "she said" and a quote-only paragraph; scare so-called “fair ferries” banner; community council chair
#    "told Shetland News the rise was “...” and would hit ..." (partial only: no second subject), quote
#    with "he said"; the community council's written submission "said A"; councillor "said the council was
#    “...”", then "Spence added: “...”"; nurse "said A", quote with "she said"; the council's statement
#    "said A and that B" (one span); Scottish Government spokesperson "said A and remained “...” on ..."
#    (indirect plus partial).
ARTICLES[f"{BATCH}/shetland-inter-island-ferry-fares.gold.json"] = {
    "article": f"{BATCH}/shetland-inter-island-ferry-fares.txt",
    "target": "Shetland Islands Council",
    "quotes": [
        (P, "Whalsay Community Council", "a tax on island life", "Ferry fare rise"),
        (I, "council officials", "would raise around £310,000 a year towards the £9.4 million cost of running the "
            "ferry fleet", None),
        (P, "Moraig Tulloch", "no realistic alternative", None),
        (D, "Moraig Tulloch", "Nobody on this committee wanted to put fares up. But every pound we don’t raise at the "
            "ferry terminal is a pound we have to find from schools or social care,", None),
        (D, "Moraig Tulloch", "We have been making the case to Edinburgh for ten years. We will keep making it.", None),
        (S, None, "fair ferries", None),
        (P, "Andrew Irvine", "a tax on island life", "Andrew Irvine told"),
        (D, "Andrew Irvine", "People here aren’t asking for favours. We’re asking for a road, and for us the ferry is "
            "the road,", None),
        (I, "Whalsay Community Council", "the number of children on the island had fallen by a third since 2010",
            None),
        (P, "Gary Spence", "balancing its books on the backs of the isles", None),
        (D, "Gary Spence", "The boat to Aberdeen gets its fares frozen by the government, and we get a rise. That’s "
            "not fairness, that’s geography.", None),
        (I, "Hayley Pottinger", "she would pay almost £90 more a year under the new fares", None),
        (D, "Hayley Pottinger", "I love living on Yell, but it’s getting harder to justify,", None),
        (I, "Shetland Islands Council", "concessions for under-22s and over-60s would continue to apply and that "
            "season tickets for regular commuters would rise by a smaller amount, around 8 per cent", None),
        (I, "Scottish Government spokesperson", "ministers had provided £7.8m to Shetland for ferry services this "
            "year", None),
        (P, "Scottish Government spokesperson", "committed to working with the council", None),
    ],
    "actors": [
        actor("Whalsay Community Council", "organisation", title="community council", affiliation="Whalsay",
              aliases=["Whalsay Community Council", "Whalsay community council", "the community council"],
              stance=-1),
        actor("council officials", "group", title="officials", affiliation="Shetland Islands Council",
              aliases=["council officials"], stance=0),
        actor("Moraig Tulloch", "person", title="chair of the environment and transport committee",
              affiliation="Shetland Islands Council", aliases=["Moraig Tulloch", "Tulloch"], stance=1),
        actor("Andrew Irvine", "person", title="chair", affiliation="Whalsay Community Council",
              aliases=["Andrew Irvine", "Irvine"], stance=-1),
        actor("Gary Spence", "person", title="North Isles councillor", affiliation="Shetland Islands Council",
              aliases=["Gary Spence", "Spence"], stance=-1),
        actor("Hayley Pottinger", "person", title="nurse, commuter from Yell", affiliation="Gilbert Bain Hospital",
              aliases=["Hayley Pottinger", "Pottinger"], stance=-1),
        actor("Shetland Islands Council", "government", title="local authority", affiliation="Shetland",
              aliases=["Shetland Islands Council", "the council"], stance=1),
        actor("Scottish Government spokesperson", "person", title="spokesperson", affiliation="Scottish Government",
              aliases=["Scottish Government spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. ICIS chemicals trade press (a German producer shuts a PVC plant), headline with a straight single
#    fragment "cites 'structural' ..." (speaker the company the headline names) over a body in straight ",
#    author and "2026/12/08" lines, "LONDON (ICIS)--" dateline, units (tonne/year, €/tonne FD); lede content
#    before "the company said"; "The German producer said in a statement that ... was a response to "..." in
#    Europe and to energy costs that ..." (partial only); content before "it said, adding that B" (two
#    indirects); quote before "said chief executive Ulrike Brandt"; scare so-called "rationalisation"
#    moves; "Market participants said A but B" (one span); anonymous buyer's quote with "a buyer in Germany
#    said"; anonymous distributor "said A, and that B" (one span); content before "according to ICIS data";
#    union "said A and described the decision as "..." for ..." (indirect plus partial); quote before "said
#    Jens Hoffmeister, the union's regional secretary ..."; analyst "said A", quote with "he said"; state
#    ministry spokesperson "said A and was in contact ..." (one span).
ARTICLES[f"{BATCH}/kessler-chemie-marl-pvc-closure.gold.json"] = {
    "article": f"{BATCH}/kessler-chemie-marl-pvc-closure.txt",
    "target": "Kessler Chemie",
    "quotes": [
        (P, "Kessler Chemie", "structural", "Kessler Chemie to shut"),
        (I, "Kessler Chemie", "Kessler Chemie will permanently close its 220,000 tonne/year suspension polyvinyl "
            "chloride (S-PVC) plant at Marl, Germany, by the end of the second quarter of 2027", None),
        (P, "Kessler Chemie", "structural overcapacity", None),
        (I, "Kessler Chemie", "Around 140 jobs will be affected", None),
        (I, "Kessler Chemie", "it would seek to redeploy staff to its chlor-alkali and vinyl chloride monomer (VCM) "
            "operations at the site", None),
        (D, "Ulrike Brandt", "This was not a decision we took lightly. Marl has made PVC for more than 50 years, but "
            "we cannot keep running an asset that has lost money for three years in a row,", None),
        (S, None, "rationalisation", None),
        (I, "Market participants", "the closure would tighten supply in northwest Europe but was unlikely to lift "
            "prices quickly, with demand from the construction sector still weak", None),
        (D, "buyer in Germany", "It's 220,000 tonnes out of a market that is still long. In the short term, nobody is "
            "going to pay more for PVC because of this,", None),
        (I, "distributor in the Benelux", "some customers had already started looking for alternative suppliers, and "
            "that imports from the US and Egypt would likely fill part of the gap", None),
        (I, "ICIS", "S-PVC prices in northwest Europe were assessed at €760-790/tonne FD (free delivered) last week, "
            "down by €20/tonne from the previous week", None),
        (I, "IG BCE", "it had not been consulted before the announcement", None),
        (P, "IG BCE", "a slap in the face", None),
        (D, "Jens Hoffmeister", "The workers in Marl kept this plant running through the energy crisis. They deserved "
            "better than a press release,", None),
        (I, "Christoph Weil", "the closure made sense for Kessler's balance sheet", None),
        (D, "Christoph Weil", "They have been carrying Marl for too long. Investors will welcome this,", None),
        (I, "spokesperson for the economy ministry of North Rhine-Westphalia", "the state government regretted the "
            "decision and was in contact with the company", None),
    ],
    "actors": [
        actor("Kessler Chemie", "organisation", title="PVC producer", affiliation="Germany",
              aliases=["Kessler Chemie", "Kessler", "the company", "The German producer"], stance=1),
        actor("Ulrike Brandt", "person", title="chief executive", affiliation="Kessler Chemie",
              aliases=["Ulrike Brandt", "Brandt"], stance=1),
        actor("Market participants", "group", title="market participants", affiliation=None,
              aliases=["Market participants"], stance=0),
        actor("buyer in Germany", "person", title="PVC buyer (anonymous)", affiliation=None,
              aliases=["buyer in Germany"], stance=0),
        actor("distributor in the Benelux", "person", title="distributor (anonymous)", affiliation=None,
              aliases=["distributor in the Benelux"], stance=0),
        actor("ICIS", "organisation", title="price reporting agency", affiliation=None,
              aliases=["ICIS"], stance=None),
        actor("IG BCE", "organisation", title="trade union", affiliation="Germany",
              aliases=["IG BCE"], stance=-1),
        actor("Jens Hoffmeister", "person", title="regional secretary for Marl", affiliation="IG BCE",
              aliases=["Jens Hoffmeister", "Hoffmeister"], stance=-1),
        actor("Christoph Weil", "person", title="analyst", affiliation="Helvion Capital",
              aliases=["Christoph Weil", "Weil"], stance=1),
        actor("spokesperson for the economy ministry of North Rhine-Westphalia", "person", title="spokesperson",
              affiliation="North Rhine-Westphalia state government",
              aliases=["spokesperson for the economy ministry of North Rhine-Westphalia"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Punch (Nigeria) health/labour (resident doctors strike over unpaid allowances), headline with a curly
#    single fragment "NARD ..., says FG ‘abandoned’ hospitals" (speaker NARD, which the headline names),
#    byline and "9th December 2026" lines, curly “ ” and ’, "N11.4bn", "kobo"; association "said A"
#    (indirect, the FG's failure); president "said the government had “...” the hospitals and ..." (partial
#    only), quote with "Adeyemi stated", "He added that A and that the strike would continue “...”"
#    (indirect plus partial only for the second clause); scare so-called “japa” wave; ministry "in a
#    statement signed by its Director of Information, Mr Emeka Obi, ..., said A and that the remaining
#    arrears would be paid “...”" (speaker the ministry; indirect plus partial), "The statement read in
#    part, “...”" (direct, the ministry); patient's relative "said A", quote with "she lamented"; CMD "told
#    PUNCH that A and that B" (one span); NMA "described the strike as “...” and said the government's habit
#    ... was “...”" (two partials); analyst "said A", quote with "she told PUNCH".
ARTICLES[f"{BATCH}/nard-resident-doctors-strike.gold.json"] = {
    "article": f"{BATCH}/nard-resident-doctors-strike.txt",
    "target": "Federal Government",
    "quotes": [
        (P, "Nigerian Association of Resident Doctors", "abandoned", "NARD begins"),
        (I, "Nigerian Association of Resident Doctors", "the Federal Government had failed to pay the 2026 Medical "
            "Residency Training Fund and arrears of the new hazard allowance, six weeks after the expiration of a "
            "21-day ultimatum", None),
        (P, "Tope Adeyemi", "abandoned", "Speaking to our correspondent"),
        (D, "Tope Adeyemi", "We have written letters, we have held meetings, we have given ultimatums. Nothing has "
            "changed. Our members cannot continue to work for free while the government makes promises it does not "
            "keep,", None),
        (I, "Tope Adeyemi", "more than 1,200 resident doctors had left the country in the past year", None),
        (P, "Tope Adeyemi", "until every kobo is paid", None),
        (S, None, "japa", None),
        (I, "Federal Ministry of Health", "N11.4bn had already been released for the training fund", None),
        (P, "Federal Ministry of Health", "in the coming weeks", None),
        (D, "Federal Ministry of Health", "The Federal Government remains committed to the welfare of resident doctors "
            "and has met most of the demands in the agreement of August 2026. We urge the association to return to "
            "the negotiating table in the interest of Nigerians.", None),
        (I, "Funmilayo Ajibade", "her husband, who was admitted for a kidney condition, had been asked to go home",
            None),
        (D, "Funmilayo Ajibade", "They said there is no doctor to see him. Where will we go? We cannot afford private "
            "hospital. Government and the doctors should settle this thing,", None),
        (I, "Kolawole Adesina", "consultants would run the emergency and labour wards and that all elective surgeries "
            "had been suspended until further notice", None),
        (P, "Nigerian Medical Association", "avoidable", None),
        (P, "Nigerian Medical Association", "costing lives", None),
        (I, "Ngozi Eze", "the Federal Government could not keep blaming the exchange rate for delays in paying "
            "doctors", None),
        (D, "Ngozi Eze", "The money for the residency fund is in the budget every year. The question is why it is "
            "always released late,", None),
    ],
    "actors": [
        actor("Nigerian Association of Resident Doctors", "organisation", title="doctors' association",
              affiliation="Nigeria", aliases=["Nigerian Association of Resident Doctors", "NARD"], stance=-1),
        actor("Tope Adeyemi", "person", title="President (Dr)", affiliation="Nigerian Association of Resident Doctors",
              aliases=["Tope Adeyemi", "Adeyemi", "Dr Tope Adeyemi"], stance=-1),
        actor("Federal Ministry of Health", "government", title="ministry", affiliation="Federal Government",
              aliases=["Federal Ministry of Health"], stance=1),
        actor("Funmilayo Ajibade", "person", title="patient's relative (Mrs)", affiliation=None,
              aliases=["Funmilayo Ajibade", "Ajibade", "Mrs Funmilayo Ajibade"], stance=0),
        actor("Kolawole Adesina", "person", title="Chief Medical Director (Prof.)",
              affiliation="Lagos University Teaching Hospital", aliases=["Kolawole Adesina", "Adesina"], stance=None),
        actor("Nigerian Medical Association", "organisation", title="doctors' association", affiliation="Nigeria",
              aliases=["Nigerian Medical Association"], stance=-1),
        actor("Ngozi Eze", "person", title="health policy analyst (Dr)", affiliation=None,
              aliases=["Ngozi Eze", "Eze", "Dr Ngozi Eze"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
