"""Build the dev193 gold files (data/eval/dev193/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev193/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev193.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev193"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Hiiraan Online (Somalia) politics (the opposition rejects voter registration figures for Mogadishu),
#    headline without quote marks, date line, "Mogadishu (HOL) -" dateline, straight " with US punctuation;
#    opposition forum "rejected ... figures (act), calling them "..."" (partial only, full stop inside);
#    "The commission said on Saturday that A"; quote before "NIEBC chairman Faisal Hassan Jimale told reporters
#    in Mogadishu"; "Jimale said A and that B" (one span); forum spokesman "said the figure was "..." for a city
#    where ..." (partial only), quote with "he told Hiiraan Online by phone"; scare "4.5" formula (a number
#    inside the marks); "has championed", "refused to take part" (not speech); regional administration "said in
#    a statement that ... had been "..." and thanked ..." (partial only; the thanks an act); Puntland "said the
#    figures had "..." because B" (partial only: one reported clause); voter "Halima Osman, 45, a mother of six
#    who said A, said B" (two indirects, the relative one first), quote with "she said"; UN mission "said it was
#    "..." raised by ... and urged ..." (partial only; the directive not annotated); analyst "said A", quote
#    with "he said".
ARTICLES[f"{BATCH}/banadir-voter-registration-dispute.gold.json"] = {
    "article": f"{BATCH}/banadir-voter-registration-dispute.txt",
    "target": "National Independent Electoral and Boundaries Commission",
    "quotes": [
        (P, "National Unity Forum", "inflated and politically motivated.", None),
        (I, "National Independent Electoral and Boundaries Commission", "1.12 million residents of the Banadir region "
            "had registered to vote in next year's local council elections", None),
        (D, "Faisal Hassan Jimale", "These numbers are the result of months of hard work by our staff in all 17 "
            "districts of Banadir. Every registration is backed by biometric data,", None),
        (I, "Faisal Hassan Jimale", "the commission had invited international observers to audit the register and "
            "that any citizen could check their registration by text message", None),
        (P, "Abdullahi Mohamed Sheekh", "impossible", None),
        (D, "Abdullahi Mohamed Sheekh", "We have evidence of soldiers and government employees being registered "
            "several times, in different districts. This is not an election, it is a selection,", None),
        (S, None, "4.5", None),
        (P, "Banadir Regional Administration", "peaceful and orderly", None),
        (P, "Puntland", "no legal meaning", None),
        (I, "Halima Osman", "she had registered for the first time in her life", None),
        (I, "Halima Osman", "she hoped the vote would go ahead", None),
        (D, "Halima Osman", "My mother never voted. My grandmother never voted. I want my daughters to choose who "
            "runs this city,", None),
        (P, "United Nations Transitional Assistance Mission in Somalia", "aware of the concerns", None),
        (I, "Abdirizak Farah", "both sides had reasons to dig in", None),
        (D, "Abdirizak Farah", "The government needs these elections to show progress before 2028. The opposition "
            "fears that if the register is accepted, the result is already decided,", None),
    ],
    "actors": [
        actor("National Unity Forum", "group", title="opposition alliance", affiliation="Somalia",
              aliases=["National Unity Forum", "the forum"], stance=-1),
        actor("National Independent Electoral and Boundaries Commission", "government", title="electoral commission",
              affiliation="Somalia", aliases=["National Independent Electoral and Boundaries Commission", "NIEBC",
                                              "The commission", "the commission"], stance=1),
        actor("Faisal Hassan Jimale", "person", title="chairman",
              affiliation="National Independent Electoral and Boundaries Commission",
              aliases=["Faisal Hassan Jimale", "Jimale"], stance=1),
        actor("Abdullahi Mohamed Sheekh", "person", title="spokesman", affiliation="National Unity Forum",
              aliases=["Abdullahi Mohamed Sheekh", "Sheekh"], stance=-1),
        actor("Banadir Regional Administration", "government", title="regional administration",
              affiliation="Banadir", aliases=["Banadir Regional Administration"], stance=1),
        actor("Puntland", "government", title="federal member state", affiliation="Somalia", aliases=["Puntland"],
              stance=-1),
        actor("Halima Osman", "person", title="voter, mother of six, 45", affiliation=None,
              aliases=["Halima Osman", "Osman"], stance=None),
        actor("United Nations Transitional Assistance Mission in Somalia", "organisation", title="UN mission",
              affiliation="United Nations",
              aliases=["United Nations Transitional Assistance Mission in Somalia", "UNTMIS"], stance=0),
        actor("Abdirizak Farah", "person", title="political analyst", affiliation="Horn Policy Institute",
              aliases=["Abdirizak Farah", "Farah"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Radio Tamazuj (South Sudan) disaster/humanitarian (flood victims in Jonglei say the state has forgotten them),
#    headline "... say ..." without quote marks, dateline "BOR, 8 Dec 2026 -", straight " and apostrophes;
#    lede "Displaced families ... say A" (group, present tense); "According to the UN Office for the Coordination
#    of Humanitarian Affairs (OCHA), A"; commissioner "Speaking to Radio Tamazuj ..., said A and that B" (one
#    span), quote with "he said"; displaced mother "said A", then a two-paragraph quote (the first paragraph open
#    at the end of its line) continuing her; scare so-called "permanent flooding"; minister "denied that A"
#    (span without "that"), quote with "he said, adding that B" (direct plus indirect); WFP "said A, and that B"
#    (one span); youth leader "accused state officials of "..." and said A" (partial plus indirect), quote with
#    "he told Radio Tamazuj"; MSF "said A".
ARTICLES[f"{BATCH}/twic-east-floods-jonglei.gold.json"] = {
    "article": f"{BATCH}/twic-east-floods-jonglei.txt",
    "target": "Jonglei State government",
    "quotes": [
        (I, "Displaced families", "they have received no food assistance from the state government for more than a "
            "month", None),
        (I, "UN Office for the Coordination of Humanitarian Affairs", "more than 180,000 people have been affected by "
            "flooding in Jonglei since August, most of them in Twic East, Duk and Bor South counties", None),
        (I, "Deng Mabior Kuol", "14 of the county's 16 payams were under water and that people were living on the "
            "dykes and in school compounds", None),
        (D, "Deng Mabior Kuol", "We have reported the situation to the state government many times. We are still "
            "waiting,", None),
        (I, "Achol Garang", "her family had eaten only water lilies and fish for three weeks", None),
        (D, "Achol Garang", "When the water came, we carried the children and left everything. The cattle died, the "
            "sorghum was under water.", None),
        (D, "Achol Garang", "We hear that food has come to Bor, but nothing reaches us here. Maybe they think we are "
            "already dead.", None),
        (S, None, "permanent flooding", None),
        (I, "Gabriel Makuei Atem", "the state government had abandoned the flood victims", None),
        (D, "Gabriel Makuei Atem", "The state does not have a budget for emergencies. We depend on our partners, and "
            "we have asked them to prioritise Twic East,", None),
        (I, "Gabriel Makuei Atem", "40 tonnes of sorghum had been sent by barge from Bor last week", None),
        (I, "World Food Programme", "insecurity along the roads and high water levels had delayed deliveries, and that "
            "it planned airdrops to the worst-hit areas before the end of the year", None),
        (P, "Makur Ayuen Ding", "sitting in Bor while people die", None),
        (I, "Makur Ayuen Ding", "young men in the county were ready to build dykes if given tools", None),
        (D, "Makur Ayuen Ding", "We don't need speeches. Give us shovels and sandbags and we will protect our own "
            "villages,", None),
        (I, "Médecins Sans Frontières", "its mobile clinics in Twic East had treated more than 900 children for "
            "malaria and diarrhoea in November", None),
    ],
    "actors": [
        actor("Displaced families", "group", title="flood-displaced families", affiliation="Twic East County",
              aliases=["Displaced families"], stance=-1),
        actor("UN Office for the Coordination of Humanitarian Affairs", "organisation", title="UN agency",
              affiliation="United Nations",
              aliases=["UN Office for the Coordination of Humanitarian Affairs", "OCHA"], stance=None),
        actor("Deng Mabior Kuol", "person", title="Twic East County Commissioner", affiliation="Twic East County",
              aliases=["Deng Mabior Kuol", "Kuol"], stance=-1),
        actor("Achol Garang", "person", title="displaced mother of five", affiliation=None,
              aliases=["Achol Garang", "Garang"], stance=-1),
        actor("Gabriel Makuei Atem", "person", title="State Minister of Humanitarian Affairs",
              affiliation="Jonglei State government", aliases=["Gabriel Makuei Atem", "Atem"], stance=1),
        actor("World Food Programme", "organisation", title="UN agency", affiliation="United Nations",
              aliases=["World Food Programme", "WFP"], stance=None),
        actor("Makur Ayuen Ding", "person", title="chairman", affiliation="Twic East Youth Union",
              aliases=["Makur Ayuen Ding", "Ding"], stance=-1),
        actor("Médecins Sans Frontières", "organisation", title="medical charity", affiliation=None,
              aliases=["Médecins Sans Frontières", "MSF"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Roll Call (US Congress) science/oversight (lawmakers press NOAA on a weather satellite delay), headline and
#    standfirst without speech, byline and "Posted December 8, 2026 at 5:42pm" lines, curly “ ” and ’, US
#    punctuation, "R-Okla."; lede "Lawmakers from both parties ... criticized ... (act), warning that A"
#    (participial cue, indirect); content before "according to a Government Accountability Office report";
#    "The report said NOAA had “...” of ... and that the agency had not updated ..." (partial plus indirect);
#    quote before "said Rep. Mark Delaney, R-Okla., who chairs ..."; ranking member "said A", quotes split by "she
#    said." (two directs, the second a new sentence); assistant administrator "said the agency had “...” and that
#    B" (partial plus indirect), quote with "Vasquez told the subcommittee"; scare so-called “on-orbit spare”;
#    contractor "said in a statement that it was working closely with NOAA and NASA to “...”" (partial only, full
#    stop inside); union "said the delay was “...” that ..." (partial only); anonymous committee aide "said A".
ARTICLES[f"{BATCH}/noaa-geoxo-satellite-delay.gold.json"] = {
    "article": f"{BATCH}/noaa-geoxo-satellite-delay.txt",
    "target": "National Oceanic and Atmospheric Administration",
    "quotes": [
        (I, "Lawmakers from both parties", "a gap in coverage could leave forecasters blind during hurricane season",
            None),
        (I, "Government Accountability Office", "The first satellite in the program, known as GeoXO, is now expected "
            "to launch in 2034 rather than 2032", None),
        (P, "Government Accountability Office", "underestimated the technical complexity", None),
        (I, "Government Accountability Office", "the agency had not updated its schedule for more than a year after "
            "problems first emerged", None),
        (D, "Mark Delaney", "This is the agency that tells Americans when a hurricane is coming. It cannot tell us when "
            "its own satellite is coming,", None),
        (I, "Lisa Ferrante", "she was less concerned about the delay itself than about the gap it could create", None),
        (D, "Lisa Ferrante", "My constituents don’t care whose fault it is. They care whether the satellites are up "
            "there in September,", None),
        (D, "Lisa Ferrante", "Right now, nobody at this table can promise me that.", None),
        (P, "Ellen Vasquez", "learned hard lessons", None),
        (I, "Ellen Vasquez", "the satellites now in orbit could operate safely until at least 2035", None),
        (D, "Ellen Vasquez", "We will not leave this country without eyes in the sky. We have backup plans, and we have "
            "backups for the backups,", None),
        (S, None, "on-orbit spare", None),
        (P, "Orbion Aerospace", "retire the remaining technical risks.", None),
        (P, "National Weather Service Employees Organization", "one more sign", None),
        (I, "committee aide", "Delaney was considering legislation that would require NOAA to report cost overruns "
            "above 10 percent to Congress within 30 days", None),
    ],
    "actors": [
        actor("Lawmakers from both parties", "group", title="members of Congress", affiliation="House of Representatives",
              aliases=["Lawmakers from both parties"], stance=-1),
        actor("Government Accountability Office", "government", title="congressional watchdog", affiliation="U.S.",
              aliases=["Government Accountability Office", "GAO"], stance=-1),
        actor("Mark Delaney", "person", title="chair, House Science Subcommittee on Environment (Rep., R-Okla.)",
              affiliation="Republican Party", aliases=["Mark Delaney", "Delaney", "Rep. Mark Delaney"], stance=-1),
        actor("Lisa Ferrante", "person", title="ranking Democrat, subcommittee (Rep., Florida)",
              affiliation="Democratic Party", aliases=["Lisa Ferrante", "Ferrante", "Rep. Lisa Ferrante"], stance=-1),
        actor("Ellen Vasquez", "person", title="assistant administrator for satellites",
              affiliation="National Oceanic and Atmospheric Administration", aliases=["Ellen Vasquez", "Vasquez"],
              stance=1),
        actor("Orbion Aerospace", "organisation", title="contractor (imager)", affiliation=None,
              aliases=["Orbion Aerospace"], stance=0),
        actor("National Weather Service Employees Organization", "organisation", title="union", affiliation=None,
              aliases=["National Weather Service Employees Organization"], stance=1),
        actor("committee aide", "person", title="aide (anonymous)", affiliation="House Science Committee",
              aliases=["committee aide"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. SportBusiness (sport media-rights trade press) (a hockey league launches its own streaming service after a
#    weak tender), headline and no standfirst, byline and date lines, curly single ‘ ’ for every quote with ’
#    apostrophes (BHL’s, Supporters’), British punctuation, "€1.8m ($2.1m)"; lede content before "the league has
#    confirmed"; "The league said A" (one long span); chief executive "told SportBusiness that the league had
#    ‘...’" (partial only), quotes split by "he said." (two directs); "Ozols said A" (one span); "In a statement,
#    the league said: ‘...’"; scare so-called ‘OTT-first’ strategies; broadcaster "said its bid reflected ‘...’ in
#    the Baltics and that B" (partial plus indirect); consultant "said A", quote with "she said"; club owner "said
#    the clubs had been given ‘...’ to approve the plan and that B" (partial plus indirect), quote with "he said";
#    supporters' union "said in a post on Facebook that A and would stop watching ..." (one span).
ARTICLES[f"{BATCH}/baltic-hockey-league-ott.gold.json"] = {
    "article": f"{BATCH}/baltic-hockey-league-ott.txt",
    "target": "Baltic Hockey League",
    "quotes": [
        (I, "Baltic Hockey League", "The Baltic Hockey League (BHL) will launch its own streaming service next season "
            "after its tender for domestic media rights in Latvia, Lithuania and Estonia failed to attract an "
            "acceptable bid", None),
        (I, "Baltic Hockey League", "the highest offer it received, from Riga-based broadcaster Baltica TV, was worth "
            "around €1.8m ($2.1m) per season, less than half of the €4m a year it earns under its current deal, which "
            "expires in May", None),
        (P, "Kristaps Ozols", "no intention of giving our product away", None),
        (D, "Kristaps Ozols", "We looked at the offers and we looked at our numbers, and we decided we believe in our "
            "own fans more than the market does right now,", None),
        (D, "Kristaps Ozols", "It is a risk, but it is a calculated one.", None),
        (I, "Kristaps Ozols", "the service, to be called BHL.tv, would cost €7.99 a month and would carry every "
            "regular-season and play-off game, with 40 games a season also offered free-to-air in each country", None),
        (D, "Baltic Hockey League", "Our fans will be able to watch every game, on any device, for less than the price "
            "of a ticket.", None),
        (S, None, "OTT-first", None),
        (P, "Baltica TV", "the realities of the advertising market", None),
        (I, "Baltica TV", "it remained open to a sublicensing deal for free-to-air matches", None),
        (I, "Anna Kivi", "the BHL was following a path that had produced mixed results elsewhere", None),
        (D, "Anna Kivi", "Going direct works if you have a loyal fanbase and patience. What kills these projects is a "
            "sponsor or an owner losing their nerve after year one,", None),
        (P, "Linas Petrauskas", "less than a week", None),
        (I, "Linas Petrauskas", "the league had not shared its subscriber forecasts", None),
        (D, "Linas Petrauskas", "If this fails, it is the clubs who lose the money, not the league office,", None),
        (I, "Estonian Hockey Supporters’ Union", "many older fans did not have smart TVs and would stop watching "
            "altogether", None),
    ],
    "actors": [
        actor("Baltic Hockey League", "organisation", title="ice hockey league", affiliation="Latvia, Lithuania, Estonia",
              aliases=["Baltic Hockey League", "BHL", "the league", "The league"], stance=1),
        actor("Kristaps Ozols", "person", title="chief executive", affiliation="Baltic Hockey League",
              aliases=["Kristaps Ozols", "Ozols"], stance=1),
        actor("Baltica TV", "organisation", title="broadcaster", affiliation="Riga", aliases=["Baltica TV"], stance=0),
        actor("Anna Kivi", "person", title="media-rights consultant", affiliation=None, aliases=["Anna Kivi", "Kivi"],
              stance=0),
        actor("Linas Petrauskas", "person", title="club owner", affiliation="HC Nemunas",
              aliases=["Linas Petrauskas", "Petrauskas"], stance=-1),
        actor("Estonian Hockey Supporters’ Union", "group", title="supporters' group", affiliation="Estonia",
              aliases=["Estonian Hockey Supporters’ Union"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
