"""Build the dev200 gold files (data/eval/dev200/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev200/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev200.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev200"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Nation News (Barbados) culture (the National Cultural Foundation moves the Grand Kadooment route),
#    headline without speech, byline in capitals and an e-mail line, straight " and apostrophes, Bajan
#    speech in a quote ("Spring Garden got we"); lede content before "the National Cultural Foundation (NCF)
#    has announced"; "The NCF said A"; CEO "told the DAILY NATION that the change followed "..." of ..."
#    (partial only), quote with "she said" and a quote-only paragraph; content before "according to the
#    Crop Over Bandleaders Association, which said A" (two indirects); quote split by "said association
#    president Ryan Cumberbatch, who leads the band Zulu", "Cumberbatch said A"; vendor "said A", quote
#    with "she said"; calypsonian (stage name) "called the move "..."", quote with "she told the DAILY
#    NATION"; police officer "said A" (one span with "because ..."); scare so-called "Stadium to Spring"
#    (writer's sentence); "Boyce said A and that B", quote with "she added"; photo caption ending "(FILE)".
ARTICLES[f"{BATCH}/ncf-kadooment-route-change.gold.json"] = {
    "article": f"{BATCH}/ncf-kadooment-route-change.txt",
    "target": "National Cultural Foundation",
    "quotes": [
        (I, "National Cultural Foundation", "Grand Kadooment 2027 will not end on the Spring Garden Highway", None),
        (I, "National Cultural Foundation", "the new route would be shorter, safer and easier to police", None),
        (P, "Andrea Boyce", "a very honest review", None),
        (D, "Andrea Boyce", "We had revellers on the road for eleven hours. Children were still in costume at nine "
            "o'clock at night. That is not a festival, that is an endurance test,", None),
        (D, "Andrea Boyce", "We love Spring Garden, everybody loves Spring Garden. But we have to build a parade that "
            "works for the next twenty years, not the last twenty.", None),
        (I, "Crop Over Bandleaders Association", "The decision was taken without consulting bandleaders", None),
        (I, "Crop Over Bandleaders Association", "it learned of the new route from a press release on Tuesday", None),
        (D, "Ryan Cumberbatch", "Nobody picked up a phone. Not one call,", None),
        (D, "Ryan Cumberbatch", "Bands have already sold sections based on the old route. Some of our masqueraders "
            "book their flights from New York and Toronto around Spring Garden.", None),
        (I, "Ryan Cumberbatch", "the association would meet the NCF on Friday and would ask for the change to be "
            "postponed to 2028", None),
        (I, "Verona Thompson", "Kadooment Day brought in about a third of her income for the year", None),
        (D, "Verona Thompson", "Bridgetown already got the shops and the restaurants. Spring Garden got we,", None),
        (P, "Lady Jaycee", "long overdue", None),
        (D, "Lady Jaycee", "The road to Spring Garden is the longest, hottest stretch of the whole day. By the time "
            "the bands reach the judges, the people are too tired to jump,", None),
        (I, "Dwayne Griffith", "the Royal Barbados Police Force had been consulted and supported the new route because "
            "it would allow officers to close fewer roads", None),
        (S, None, "Stadium to Spring", None),
        (I, "Andrea Boyce", "the parade had ended on Spring Garden only since the 1990s and that its route had changed "
            "several times since Kadooment began in 1974", None),
        (D, "Andrea Boyce", "We are not taking anything away from Barbadians. We are giving them back their evening,",
            None),
    ],
    "actors": [
        actor("National Cultural Foundation", "organisation", title="state cultural agency (Crop Over organiser)",
              affiliation="Barbados", aliases=["National Cultural Foundation", "NCF", "The NCF"], stance=1),
        actor("Andrea Boyce", "person", title="chief executive officer", affiliation="National Cultural Foundation",
              aliases=["Andrea Boyce", "Boyce"], stance=1),
        actor("Crop Over Bandleaders Association", "organisation", title="bandleaders' association", affiliation=None,
              aliases=["Crop Over Bandleaders Association"], stance=-1),
        actor("Ryan Cumberbatch", "person", title="association president, leader of the band Zulu",
              affiliation="Crop Over Bandleaders Association", aliases=["Ryan Cumberbatch", "Cumberbatch"], stance=-1),
        actor("Verona Thompson", "person", title="food and drinks vendor", affiliation=None,
              aliases=["Verona Thompson", "Thompson"], stance=-1),
        actor("Lady Jaycee", "person", title="calypsonian (stage name), Party Monarch finalist", affiliation=None,
              aliases=["Lady Jaycee"], stance=1),
        actor("Dwayne Griffith", "person", title="police public relations officer (Inspector)",
              affiliation="Royal Barbados Police Force", aliases=["Dwayne Griffith", "Inspector Dwayne Griffith",
                                                                  "Griffith"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Manila Bulletin (Philippines) politics/agriculture (a Senate hearing on rice import clearances),
#    headline without speech, byline only, straight " with US spelling, "P45 per kilo", "Sen.", "Wednesday,
#    Dec. 2"; "questioned the DA over ..." (act); committee chair "said A"; a Filipino question with its
#    translation in parentheses, "Villaraza asked Agriculture Undersecretary Rodel Manansala", then a
#    second quote in the same paragraph; "Manansala denied that A, and said B" (two indirects); quote with
#    "he told the senators", "He added that A"; senator "said the DA had been "..." while ..." (partial
#    only), question quote with "Alcaraz said"; "According to the PSA, A"; group "Farmers' groups told the
#    panel that A, while B" (one span); quote before "said Ernesto Dimaculangan, chairman of ...", "He
#    said A"; association "in a position paper ..., said A and that B"; scare so-called "first come, first
#    served" (writer's sentence); anonymous "An official of the association ... told the Manila Bulletin
#    that A"; "Villaraza said A"; DA "said in a statement ... that it "..." and would submit ..." (partial
#    only).
ARTICLES[f"{BATCH}/senate-rice-import-permits-da.gold.json"] = {
    "article": f"{BATCH}/senate-rice-import-permits-da.txt",
    "target": "Department of Agriculture",
    "quotes": [
        (I, "Teresita Villaraza", "seven companies had received more than 60 percent of the sanitary and "
            "phytosanitary import clearances issued this year", None),
        (D, "Teresita Villaraza", "Nasaan ang bigas?", None),
        (D, "Teresita Villaraza", "The tariff went down, the world price went down, but the price in the market did "
            "not move. Somebody is keeping the difference.", None),
        (I, "Rodel Manansala", "the DA had favored any importer", None),
        (I, "Rodel Manansala", "clearances were issued to all applicants that met documentary requirements", None),
        (D, "Rodel Manansala", "The department does not choose winners. If seven companies applied for the biggest "
            "volumes, then seven companies received the biggest volumes,", None),
        (I, "Rodel Manansala", "the DA had asked the Philippine Competition Commission to look into possible price "
            "manipulation by large traders", None),
        (P, "Gregorio Alcaraz", "asleep at the wheel", None),
        (D, "Gregorio Alcaraz", "If the department cannot tell us who is holding the stocks, then what exactly is it "
            "monitoring?", None),
        (I, "Philippine Statistics Authority", "the average retail price of regular milled rice stood at P46.80 per "
            "kilo in the third week of November, down only slightly from P47.20 a year earlier", None),
        (I, "Farmers' groups", "the benefits of the tariff cut had gone to traders and not to consumers, while palay "
            "farm-gate prices had fallen to as low as P15 per kilo in parts of Nueva Ecija", None),
        (D, "Ernesto Dimaculangan", "Our farmers are selling at a loss and the consumers are still paying high prices. "
            "The only ones smiling are the big importers,", None),
        (I, "Ernesto Dimaculangan", "farmers in the province would hold a caravan to the DA central office in Quezon "
            "City next week", None),
        (I, "Philippine Rice Importers Association", "its members had no control over retail prices and that high "
            "freight and warehousing costs had kept prices up", None),
        (S, None, "first come, first served", None),
        (I, "official of the association", "the system actually favored large importers with in-house documentation "
            "teams", None),
        (I, "Teresita Villaraza", "the committee would subpoena the records of the seven companies and would invite "
            "officials of the Bureau of Customs to the next hearing on Dec. 9", None),
        (P, "Department of Agriculture", "welcomes the Senate's scrutiny", None),
    ],
    "actors": [
        actor("Teresita Villaraza", "person", title="Senator, chairperson of the Senate committee on agriculture",
              affiliation="Senate of the Philippines", aliases=["Teresita Villaraza", "Villaraza"], stance=-1),
        actor("Rodel Manansala", "person", title="Agriculture Undersecretary", affiliation="Department of Agriculture",
              aliases=["Rodel Manansala", "Manansala"], stance=1),
        actor("Gregorio Alcaraz", "person", title="Senator, committee member", affiliation="Senate of the Philippines",
              aliases=["Gregorio Alcaraz", "Alcaraz"], stance=-1),
        actor("Philippine Statistics Authority", "government", title="statistics agency", affiliation="Philippines",
              aliases=["Philippine Statistics Authority", "PSA"], stance=None),
        actor("Farmers' groups", "group", title="farmers' groups", affiliation=None,
              aliases=["Farmers' groups"], stance=-1),
        actor("Ernesto Dimaculangan", "person", title="chairman",
              affiliation="Kilusang Magbubukid ng Nueva Ecija (KMNE)",
              aliases=["Ernesto Dimaculangan", "Dimaculangan"], stance=-1),
        actor("Philippine Rice Importers Association", "organisation", title="importers' association", affiliation=None,
              aliases=["Philippine Rice Importers Association"], stance=None),
        actor("official of the association", "person", title="importers' association official (anonymous)",
              affiliation="Philippine Rice Importers Association", aliases=["official of the association"], stance=-1),
        actor("Department of Agriculture", "government", title="government department", affiliation="Philippines",
              aliases=["Department of Agriculture", "DA", "The DA", "the department"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. ThisDay (Nigeria) business (a bank's rights issue leaves it short of the new capital requirement),
#    title-case headline without speech, byline only, curly “ ” with US punctuation and ’ apostrophes,
#    "N180.4 billion", "per cent", honorifics "Mrs.", "Mr.", "Alhaji"; lede (writer's); bank "said in a
#    filing ... that A and that it would seek ... with “...” before ..." (indirect plus partial); CEO
#    "described the outcome as “...”" (partial), quote with "she said" and a quote-only paragraph; "declined
#    to name the investors, but said A" (indirect; the refusal not annotated); anonymous "a source close to
#    the bank's board told THISDAY that A"; CBN "in a circular ..., said banks that failed ... would have to
#    ... or face “...”" (partial only); group "Analysts said A"; quote before "said Mr. Tunde Bamidele, head
#    of research at ...", "Bamidele noted that A", "He added: “...”"; investors' forum president "said
#    minority shareholders had supported the bank through “...” and deserved ..." (partial only), quote
#    with "Garba said"; scare so-called “forbearance” (writer's sentence); "According to the CBN, A".
ARTICLES[f"{BATCH}/lagoonside-bank-rights-issue.gold.json"] = {
    "article": f"{BATCH}/lagoonside-bank-rights-issue.txt",
    "target": "Lagoonside Bank",
    "quotes": [
        (I, "Lagoonside Bank", "the offer had been 112 per cent subscribed", None),
        (P, "Lagoonside Bank", "strategic investors", "with “strategic"),
        (P, "Funmilayo Adeyemi-Cole", "a vote of confidence", None),
        (D, "Funmilayo Adeyemi-Cole", "Our shareholders have put their money where their mouth is. We are in advanced "
            "talks with two foreign investors, and we are confident the private placement will close in the first "
            "quarter,", None),
        (D, "Funmilayo Adeyemi-Cole", "Lagoonside has been in this market for thirty-two years. We are not going "
            "anywhere.", None),
        (I, "Funmilayo Adeyemi-Cole", "neither was a Nigerian bank", None),
        (I, "source close to the bank’s board", "one of the two investors had pulled out of talks last month over the "
            "valuation of the bank’s loan book", None),
        (P, "Central Bank of Nigeria", "appropriate regulatory action.", None),
        (I, "Analysts", "the bank’s shares, which closed at N7.85 on Thursday, had been weighed down by concerns about "
            "its exposure to the oil and gas sector", None),
        (D, "Tunde Bamidele", "The rights issue went well, but the hard part is still ahead. Foreign investors will "
            "look very closely at the non-performing loans before they sign anything,", None),
        (I, "Tunde Bamidele", "the bank’s non-performing loan ratio stood at 6.8 per cent at the end of September, above "
            "the CBN’s prudential limit of five per cent", None),
        (D, "Tunde Bamidele", "If they cannot close the placement, a merger becomes the most likely outcome, and the "
            "market knows it.", None),
        (P, "Musa Garba", "difficult years", None),
        (D, "Musa Garba", "We want to know who these strategic investors are and at what price they are coming in. "
            "Small shareholders should not be diluted in the dark,", None),
        (S, None, "forbearance", None),
        (I, "Central Bank of Nigeria", "14 banks have so far met the new capital requirement", None),
    ],
    "actors": [
        actor("Lagoonside Bank", "organisation", title="bank", affiliation=None,
              aliases=["Lagoonside Bank Plc", "Lagoonside Bank", "Lagoonside", "The lender"], stance=1),
        actor("Funmilayo Adeyemi-Cole", "person", title="Managing Director/Chief Executive Officer (Mrs.)",
              affiliation="Lagoonside Bank", aliases=["Funmilayo Adeyemi-Cole", "Mrs. Adeyemi-Cole", "Adeyemi-Cole"],
              stance=1),
        actor("source close to the bank’s board", "person", title="source (anonymous)", affiliation=None,
              aliases=["source close to the bank’s board"], stance=-1),
        actor("Central Bank of Nigeria", "government", title="central bank and bank regulator", affiliation="Nigeria",
              aliases=["Central Bank of Nigeria", "CBN", "The CBN"], stance=None),
        actor("Analysts", "group", title="analysts", affiliation=None, aliases=["Analysts"], stance=-1),
        actor("Tunde Bamidele", "person", title="head of research (Mr.)", affiliation="Ikoyi Research",
              aliases=["Tunde Bamidele", "Mr. Tunde Bamidele", "Bamidele"], stance=0),
        actor("Musa Garba", "person", title="President (Alhaji)", affiliation="Pan-Nigeria Investors Forum",
              aliases=["Musa Garba", "Alhaji Musa Garba", "Garba"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Screen Daily (film trade press) festivals (a documentary festival pulls a film about its own sponsor),
#    headline with a curly single fragment "... pulls documentary about its own sponsor, citing ‘safety’"
#    (speaker the festival, which the headline names), byline and date lines, curly “ ” and ’, British
#    punctuation, the film titles without marks; lede "has withdrawn" (not speech); festival "said it had
#    taken the decision “...” after ..., and that it could not guarantee “...”" (two partials); director
#    "told Screen the explanation was “...”" (partial only), quote split by "she said"; artistic director
#    "said A", quote split by "Carvalho said"; sponsor "said in a statement to Screen that it had “...” and
#    had “...”" (two partials); anonymous "One member of the selection committee ... said A", quote with
#    "the committee member said"; producer "said A"; directors' association "described the withdrawal as
#    “...” and called on the festival to ..." (partial; the directive not annotated); ICA "said it had asked
#    the festival for ..." (reported, an indirect); content before "according to its most recent annual
#    report" (the festival's); scare so-called “naming partner” deal.
ARTICLES[f"{BATCH}/atlantico-docs-pulls-ribeira-film.gold.json"] = {
    "article": f"{BATCH}/atlantico-docs-pulls-ribeira-film.txt",
    "target": "Atlântico Docs",
    "quotes": [
        (P, "Atlântico Docs", "safety", "citing ‘safety’"),
        (P, "Atlântico Docs", "with great regret", None),
        (P, "Atlântico Docs", "the safety of audiences and of the filmmakers", None),
        (P, "Marta Seixas", "simply not credible", None),
        (D, "Marta Seixas", "Nobody has shown us a single threat. We were told on Sunday night, by phone, that the film "
            "was out,", None),
        (D, "Marta Seixas", "If this is about safety, why were we not offered another date, another venue, anything at "
            "all?", None),
        (I, "Inês Carvalho", "the sponsor had played no part in the decision", None),
        (D, "Inês Carvalho", "I understand how this looks. I would think the same if I were outside,", None),
        (D, "Inês Carvalho", "But I have run this festival for nine years, and no sponsor has ever told me what to "
            "programme.", None),
        (P, "Grupo Ribeira", "not seen the film", None),
        (P, "Grupo Ribeira", "never asked for it to be removed", None),
        (I, "One member of the selection committee", "the committee had not been consulted before the film was "
            "withdrawn", None),
        (D, "One member of the selection committee", "We selected it unanimously in September. The first we heard "
            "about safety concerns was in the press release,", None),
        (I, "Rui Faria", "the company was in talks with two other Portuguese festivals and a cinema in Lisbon about a "
            "premiere before the end of the year", None),
        (P, "Association of Independent Directors", "an act of self-censorship", None),
        (I, "Instituto do Cinema e do Audiovisual", "it had asked the festival for a full account of the decision",
            None),
        (I, "Atlântico Docs", "Atlântico Docs receives around €350,000 a year in public funding and a further €200,000 "
            "from Grupo Ribeira", None),
        (S, None, "naming partner", None),
    ],
    "actors": [
        actor("Atlântico Docs", "organisation", title="documentary film festival", affiliation="Porto",
              aliases=["Atlântico Docs", "the festival"], stance=1),
        actor("Marta Seixas", "person", title="director of Sand and Concrete", affiliation=None,
              aliases=["Marta Seixas", "Seixas"], stance=-1),
        actor("Inês Carvalho", "person", title="artistic director", affiliation="Atlântico Docs",
              aliases=["Inês Carvalho", "Carvalho"], stance=1),
        actor("Grupo Ribeira", "organisation", title="property developer, the festival's principal sponsor",
              affiliation=None, aliases=["Grupo Ribeira", "Ribeira"], stance=1),
        actor("One member of the selection committee", "person", title="selection committee member (anonymous)",
              affiliation="Atlântico Docs", aliases=["One member of the selection committee", "the committee member"],
              stance=-1),
        actor("Rui Faria", "person", title="producer", affiliation="Lanterna Filmes",
              aliases=["Rui Faria", "Faria"], stance=None),
        actor("Association of Independent Directors", "organisation", title="filmmakers' association", affiliation=None,
              aliases=["Association of Independent Directors", "ARI"], stance=-1),
        actor("Instituto do Cinema e do Audiovisual", "government", title="national film institute (part-funder)",
              affiliation="Portugal", aliases=["Instituto do Cinema e do Audiovisual", "ICA"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
