"""Build the dev57 gold files (data/eval/dev57/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev56/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev57/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev57.  Standard library only.
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
# 1. Honolulu Civil Beat health care (nurses set a hospital strike), headline in title case without
#    speech, standfirst without speech, "By NAME / December 4, 2026" line, curly “ ” and ’, ʻokina in
#    Hawaiʻi and Kaʻupu, punctuation inside closing marks. Lede content before "the Hawaiʻi Nurses
#    Association said Thursday"; "The union said A and that B" (one span); scare so-called “flex pool”
#    (glossed); nurse named after her quote ("said Lani Kaʻupu, a charge nurse ..."), then a quote-only
#    paragraph (continuity); hospital statement "said it was “...” by ... and that B" (partial plus
#    indirect), a quote split by "the statement said", "The hospital said A and that B" (one span);
#    president "told Civil Beat A"; Q&A "Asked whether ..., Okimoto said: “...”"; group "Union officials
#    call ... a “...” and say B" (partial plus indirect); senator "wrote on Instagram that she stood “...”"
#    (partial only; full stop inside), then "she said she planned ..."; association "has opposed ...,
#    arguing that A"; patient quote split by "she said". Not annotated: the 94% vote, Cabral "was worried",
#    the mediator, the funders' line.
ARTICLES["data/eval/dev57/leeward-pacific-nurses-strike.gold.json"] = {
    "article": "data/eval/dev57/leeward-pacific-nurses-strike.txt",
    "target": "Leeward Pacific Medical Center",
    "quotes": [
        (I, "Hawai\u02bbi Nurses Association", "More than 600 nurses at Leeward Pacific Medical Center in Waipahu will "
            "walk off the job for two days next week after contract talks broke down on Wednesday night", None),
        (I, "Hawai\u02bbi Nurses Association", "the strike would begin at 7 a.m. on Dec. 10 and that nurses would picket "
            "along Farrington Highway outside the hospital\u2019s main entrance", None),
        (S, None, "flex pool", None),
        (D, "Lani Ka\u02bbupu", "We are not striking over money. We are striking because there are nights when one nurse "
            "has seven patients on a medical-surgical floor, and that is not safe for anybody,", None),
        (D, "Lani Ka\u02bbupu", "Every nurse on that floor has a story about a patient they could not get to in time.",
            None),
        (P, "Leeward Pacific Medical Center", "deeply disappointed", None),
        (I, "Leeward Pacific Medical Center", "its latest offer included raises of 17% over three years", None),
        (D, "Leeward Pacific Medical Center", "Our offer is fair, and it is competitive with every hospital in the "
            "state,", None),
        (D, "Leeward Pacific Medical Center", "Rigid ratios would force us to close beds and turn patients away.", None),
        (I, "Leeward Pacific Medical Center", "it had hired about 250 replacement nurses through a national staffing "
            "agency and that the emergency department, the intensive care unit and the birthing center would remain "
            "open during the strike", None),
        (I, "Brian Okimoto", "the replacement nurses would be fully licensed in Hawai\u02bbi before they set foot on a "
            "ward", None),
        (D, "Brian Okimoto", "That is a decision we have not made yet. I hope we do not have to.", None),
        (P, "Union officials", "lockout clause", None),
        (I, "Union officials", "it turns a two-day strike into a week without pay", None),
        (P, "Mele Fonoti", "with our nurses 100%.", None),
        (I, "Mele Fonoti", "she planned to reintroduce a bill next session that would set minimum staffing ratios at all "
            "Hawai\u02bbi hospitals", None),
        (I, "Healthcare Association of Hawai\u02bbi", "there are not enough nurses in the state to meet fixed ratios",
            None),
        (D, "Hilda Cabral", "The nurses here saved my life when I had my heart attack,", None),
        (D, "Hilda Cabral", "I hope they get what they want, but I hope they are quick about it.", None),
    ],
    "actors": [
        actor("Hawai\u02bbi Nurses Association", "organisation", title="nurses' union",
              aliases=["Hawai\u02bbi Nurses Association", "union"], stance=-1),
        actor("Lani Ka\u02bbupu", "person", title="charge nurse, bargaining team member",
              affiliation="Hawai\u02bbi Nurses Association", aliases=["Lani Ka\u02bbupu", "Ka\u02bbupu"], stance=-1),
        actor("Leeward Pacific Medical Center", "organisation", title="hospital",
              aliases=["Leeward Pacific Medical Center", "Leeward Pacific", "hospital"], stance=1),
        actor("Brian Okimoto", "person", title="Hospital president", affiliation="Leeward Pacific Medical Center",
              aliases=["Brian Okimoto", "Okimoto"], stance=1),
        actor("Union officials", "group", title="union officials", affiliation="Hawai\u02bbi Nurses Association",
              aliases=["Union officials"], stance=-1),
        actor("Mele Fonoti", "person", title="State Sen.", affiliation="Hawai\u02bbi State Senate",
              aliases=["Mele Fonoti", "Fonoti"], stance=-1),
        actor("Healthcare Association of Hawai\u02bbi", "organisation", title="hospital association",
              aliases=["Healthcare Association of Hawai\u02bbi"], stance=1),
        actor("Hilda Cabral", "person", title="patient", aliases=["Hilda Cabral", "Cabral"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Cyprus Mail (Limassol firms on the EU sanctions list), headline with a curly single fragment "... as
#    Russia warns of ‘retaliation’", byline and date lines, curly “ ” and ’ in the body, British
#    punctuation outside closing marks for fragments. Lede without speech ("prompting an angry
#    response"); "According to the EU’s Official Journal, A"; minister "said Cyprus had “...” for ... and
#    that B" (partial plus indirect), quote split by "he told reporters ..."; embassy "said in a post on
#    Facebook that the listings were “...” and that B" (partial plus indirect), "the embassy wrote", "also
#    warned of “...”" (partial); spokesman "dismissed the warning" (act), then content before "he said";
#    Bar Association "said A"; its president "struck a defensive note. “...,” he said."; anonymous lawyer
#    "told the Cyprus Mail that ... had been “...” ever since" (partial only), then "the lawyer said"; party
#    "said A and that B" (one span); MP "called the listings “...”"; Commission "said in a statement that
#    A"; scare so-called “shadow fleet” (sentence without a cue). Not annotated: the Russian community in
#    Limassol, the court challenge, the sanctions unit.
ARTICLES["data/eval/dev57/limassol-russian-firms-sanctions.gold.json"] = {
    "article": "data/eval/dev57/limassol-russian-firms-sanctions.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "retaliation", "\u2018retaliation"),
        (I, "Official Journal", "the companies supplied microchips, navigation modules and machine tools to Russian "
            "defence manufacturers through a chain of intermediaries in the UAE and Central Asia", None),
        (P, "Stelios Charalambous", "zero tolerance", None),
        (I, "Stelios Charalambous", "the government had already frozen the companies\u2019 bank accounts", None),
        (D, "Stelios Charalambous", "Cyprus is not and will not become a back door for Russia\u2019s war machine,", None),
        (D, "Stelios Charalambous", "Anyone who thinks otherwise will find out very quickly that they were wrong.",
            None),
        (P, "Russian embassy", "illegal and politically motivated", None),
        (I, "Russian embassy", "Moscow reserved the right to respond", None),
        (D, "Russian embassy", "Cyprus should think carefully about whether it wants to sacrifice decades of friendship "
            "with the Russian people to please Brussels,", None),
        (P, "Russian embassy", "retaliation", "\u201cretaliation"),
        (I, "Michalis Ioannou", "Cyprus was a member of the EU and applied EU law", None),
        (I, "Cyprus Bar Association", "lawyers and accountants who had set up the companies could face disciplinary "
            "proceedings if they were found to have ignored warning signs", None),
        (D, "Giorgos Hadjikyriacou", "The vast majority of our members have done everything right. The few who have "
            "not are damaging the reputation of an entire profession,", None),
        (P, "One Limassol lawyer", "dormant on paper", None),
        (D, "One Limassol lawyer", "On paper they did nothing. In reality, we now learn, they were shipping "
            "containers,", None),
        (I, "Akel", "the government had been slow to act and that warnings about the companies had reached the finance "
            "ministry more than a year ago", None),
        (P, "Christina Demetriou", "an embarrassment that could have been avoided", None),
        (I, "European Commission", "the package also targeted companies in China, Turkey and India", None),
        (S, None, "shadow fleet", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia"], stance=1),
        actor("Official Journal", "government", title="EU Official Journal (listing)", affiliation="European Union",
              aliases=["Official Journal"], stance=None),
        actor("Stelios Charalambous", "person", title="Finance Minister", affiliation="Cyprus",
              aliases=["Stelios Charalambous", "Charalambous"], stance=-1),
        actor("Russian embassy", "government", title="Russian embassy in Nicosia", affiliation="Russia",
              aliases=["Russian embassy", "embassy"], stance=1),
        actor("Michalis Ioannou", "person", title="Government spokesman", affiliation="Cyprus",
              aliases=["Michalis Ioannou", "Ioannou"], stance=-1),
        actor("Cyprus Bar Association", "organisation", title="bar association", aliases=["Cyprus Bar Association"],
              stance=None),
        actor("Giorgos Hadjikyriacou", "person", title="president", affiliation="Cyprus Bar Association",
              aliases=["Giorgos Hadjikyriacou", "Hadjikyriacou"], stance=None),
        actor("One Limassol lawyer", "person", title="anonymous lawyer", aliases=["One Limassol lawyer"], stance=None),
        actor("Akel", "organisation", title="main opposition party", aliases=["Akel"], stance=None),
        actor("Christina Demetriou", "person", title="MP", affiliation="Akel",
              aliases=["Christina Demetriou", "Demetriou"], stance=None),
        actor("European Commission", "government", affiliation="European Union", aliases=["European Commission"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. BusinessDay (Nigeria) company results (a cement maker's profit falls), headline without speech,
#    byline and date lines, curly “ ” and ’, "N94.2 billion", "percent", British punctuation outside
#    closing marks for fragments. Lede "posted a ... drop" (not speech); figures before "according to
#    unaudited results filed with ..." (the company's); "The company said in its filing that A and that B"
#    (one span); MD "described the quarter as “...”" (partial), then a quote with "Olorunfemi said", "He
#    said A and that B" (one span); Q&A "Asked by one analyst whether ..., Olorunfemi replied: “...”";
#    CFO "told analysts A"; analyst "said the results were “...” but that B" (partial plus indirect), then
#    "Akinsola said in a note to clients"; anonymous analyst "told BusinessDay the company had been “...”
#    to ..." (partial only); scare so-called “float”; distributors' association "said in a statement ...
#    that A"; its chairman "said: “...”". Not annotated: share price, the price committee, plants, dividend.
ARTICLES["data/eval/dev57/halcrest-cement-nine-month-results.gold.json"] = {
    "article": "data/eval/dev57/halcrest-cement-nine-month-results.txt",
    "target": "Halcrest Cement",
    "quotes": [
        (I, "Halcrest Cement Plc", "Pre-tax profit fell to N94.2 billion from N151.9 billion a year earlier", None),
        (I, "Halcrest Cement Plc", "energy accounted for almost half of its production costs in the period and that it "
            "had begun converting two kilns at its Ewekoro plant to run on coal and biomass", None),
        (P, "Femi Olorunfemi", "the most difficult operating environment in the company\u2019s 40-year history", None),
        (D, "Femi Olorunfemi", "We have protected volumes, we have protected jobs, and we have not passed the full cost "
            "on to Nigerians who are building homes. That has come at a price, and you see it in the margin,", None),
        (I, "Femi Olorunfemi", "the company expected gas supply to stabilise in the first quarter of 2027 and that the "
            "kiln conversion would cut energy costs by around 15 percent once completed", None),
        (D, "Femi Olorunfemi", "Not this year. Our customers have already absorbed two increases.", None),
        (I, "Ngozi Eke", "the company had repaid N60 billion of dollar-denominated debt during the period to reduce its "
            "exposure to the currency", None),
        (P, "Tunde Akinsola", "weaker than we expected", None),
        (I, "Tunde Akinsola", "the company\u2019s balance sheet remained strong", None),
        (D, "Tunde Akinsola", "The kiln conversion is the right move, but the benefits will not show up until the second "
            "half of next year at the earliest,", None),
        (P, "Another analyst", "too slow", None),
        (S, None, "float", None),
        (I, "Cement Distributors Association of Nigeria", "retail prices had risen to between N9,500 and N10,500 per 50kg "
            "bag in most states", None),
        (D, "Emeka Obiora", "Halcrest talks about protecting Nigerians, but our members are the ones who see the "
            "discount disappear before the bag reaches the market. The poor man building one room cannot afford cement "
            "any more.", None),
    ],
    "actors": [
        actor("Halcrest Cement Plc", "organisation", title="cement maker",
              aliases=["Halcrest Cement Plc", "Halcrest Cement", "Halcrest"], stance=1),
        actor("Femi Olorunfemi", "person", title="Group Managing Director", affiliation="Halcrest Cement Plc",
              aliases=["Femi Olorunfemi", "Olorunfemi"], stance=1),
        actor("Ngozi Eke", "person", title="Chief Financial Officer", affiliation="Halcrest Cement Plc",
              aliases=["Ngozi Eke", "Eke"], stance=1),
        actor("Tunde Akinsola", "person", title="head of equity research", affiliation="Meristem Securities",
              aliases=["Tunde Akinsola", "Akinsola"], stance=0),
        actor("Another analyst", "person", title="anonymous analyst", aliases=["Another analyst"], stance=-1),
        actor("Cement Distributors Association of Nigeria", "organisation", title="distributors' association",
              aliases=["Cement Distributors Association of Nigeria"], stance=None),
        actor("Emeka Obiora", "person", title="national chairman",
              affiliation="Cement Distributors Association of Nigeria", aliases=["Emeka Obiora", "Obiora"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Canberra Times (a light rail stage is delayed), headline without quote marks ("minister blames
#    federal approvals": no quoted speech, not annotated), byline, "Updated ... first published ..." line,
#    straight " and apostrophes, "Ms", "Mr", British punctuation outside closing marks for fragments. Lede
#    content before "Transport Minister Eliza Harcourt has confirmed"; "told a press conference ... A";
#    quote over two paragraphs ("she said", then a quote-only paragraph); "said the cost estimate ...
#    remained "..." and would be released ..." (partial only); opposition leader "said the government had
#    "..." of ... and that B" (partial plus indirect), then a quote with "Mr Pettit said" and a quote-only
#    paragraph; authority "said in a statement it had "..." with ... and that B" (partial plus indirect);
#    Greens spokesperson "said light rail ... would "..." and that B"; association chair "said A", then a
#    quote with "Ms Bell said"; community council president "said residents had been promised light rail
#    "..."" (partial only), then "he said"; scare so-called "big lift"; "She said on Wednesday A".
ARTICLES["data/eval/dev57/light-rail-stage-2b-delay-harcourt.gold.json"] = {
    "article": "data/eval/dev57/light-rail-stage-2b-delay-harcourt.txt",
    "target": "Eliza Harcourt",
    "quotes": [
        (I, "Eliza Harcourt", "Light rail to Woden will not carry passengers until at least late 2034, two years later "
            "than the ACT government promised at the last election", None),
        (I, "Eliza Harcourt", "the delay was caused by the time taken to secure federal approvals for the route across "
            "the Parliamentary Triangle, which sits on National Capital Authority land", None),
        (D, "Eliza Harcourt", "I'm not going to pretend this is good news. Canberrans were told one date and they're now "
            "being told another, and they're entitled to be frustrated,", None),
        (D, "Eliza Harcourt", "But I'd rather give people an honest date today than a convenient date and another delay "
            "in two years' time.", None),
        (P, "Eliza Harcourt", "under review", None),
        (P, "Jonah Pettit", "lost control", None),
        (I, "Jonah Pettit", "Canberrans deserved to know how much it would cost before another shovel went into the "
            "ground", None),
        (D, "Jonah Pettit", "This minister has announced more delays than she has opened stations,", None),
        (D, "Jonah Pettit", "Every time she comes out to explain herself, the finish line moves further away.", None),
        (P, "National Capital Authority", "worked constructively", None),
        (I, "National Capital Authority", "its assessments of the design had been completed within the timeframes set "
            "out in the agreement between the two governments", None),
        (P, "Eamon Ruiz", "change the shape of the south side", None),
        (I, "Eamon Ruiz", "the party would not support any move to replace it with buses", None),
        (I, "Kirsty Bell", "the delay was disappointing but not surprising", None),
        (D, "Kirsty Bell", "The minister inherited a timetable that was always optimistic. She's at least been upfront "
            "about it,", None),
        (P, "Graham Thwaite", "for as long as I can remember", None),
        (D, "Graham Thwaite", "People in the valley have been very patient. Patience is starting to run out,", None),
        (S, None, "big lift", None),
        (I, "Eliza Harcourt", "she had no intention of stepping aside", None),
    ],
    "actors": [
        actor("Eliza Harcourt", "person", title="Transport Minister", affiliation="ACT government",
              aliases=["Eliza Harcourt", "Harcourt", "Ms Harcourt", "Transport Minister"], stance=1),
        actor("Jonah Pettit", "person", title="Canberra Liberals leader", aliases=["Jonah Pettit", "Pettit",
              "Mr Pettit"], stance=-1),
        actor("National Capital Authority", "government", title="federal planning authority",
              aliases=["National Capital Authority"], stance=-1),
        actor("Eamon Ruiz", "person", title="Greens transport spokesperson", affiliation="ACT Greens",
              aliases=["Eamon Ruiz", "Ruiz"], stance=None),
        actor("Kirsty Bell", "person", title="chair", affiliation="Public Transport Association of Canberra",
              aliases=["Kirsty Bell", "Bell", "Ms Bell"], stance=1),
        actor("Graham Thwaite", "person", title="president", affiliation="Woden Valley Community Council",
              aliases=["Graham Thwaite", "Thwaite"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
