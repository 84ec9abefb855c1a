"""Build the dev185 gold files (data/eval/dev185/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev185/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev185.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev185"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. iPolitics (Ottawa; Canada sanctions Russia's shadow-fleet tankers), headline with curly single marks: scare
#    'shadow fleet' and a fragment 'consequences' (partial for Russia, the entity the headline names), byline and
#    "Published Dec 2, 2026 5:14pm" lines, curly double quotes and curly apostrophes, Canadian spelling ("per
#    cent", "ageing"). Lede content before "Foreign Affairs Minister Nathalie Bérubé said Tuesday"; scare
#    so-called "shadow fleet" in the body; quote with "Bérubé told reporters on Parliament Hill"; "Asked whether
#    ..., she said Ottawa was "..." with allies ..., but that B" (partial plus indirect); anonymous official
#    "said A, and that B" (one span); embassy "said in a post on X that the sanctions were "..." and warned of
#    unspecified "..." for ..." (two partials), then "the embassy said"; critic "said the government had been
#    "..." for two years and that B" (partial plus indirect), "Yakimchuk said"; professor (name first, then a
#    relative clause) "said A"; content before "according to the Kyiv School of Economics"; group "welcomed the
#    move" (act), "In a statement, the group said A".
ARTICLES[f"{BATCH}/canada-shadow-fleet-sanctions-russia.gold.json"] = {
    "article": f"{BATCH}/canada-shadow-fleet-sanctions-russia.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "shadow fleet", "Ottawa sanctions 40"),
        (P, "Russia", "consequences", "Ottawa sanctions 40"),
        (I, "Nathalie Bérubé", "Canada has added 40 oil tankers and two Moscow-based marine insurers to its Russia "
            "sanctions list", None),
        (S, None, "shadow fleet", "so-called \u201c"),
        (D, "Nathalie Bérubé", "These ships are uninsured, poorly maintained and operated through shell companies to "
            "hide who owns them. They are an environmental disaster waiting to happen, and every barrel they carry "
            "pays for missiles fired at Ukrainian cities,", None),
        (P, "Nathalie Bérubé", "working closely", None),
        (I, "Nathalie Bérubé", "none of the listed vessels had entered Canadian waters this year", None),
        (I, "senior government official", "the 40 ships had been chosen after tracking by the Canadian Armed Forces and "
            "allied navies, and that more listings were being prepared", None),
        (P, "Russian Embassy in Ottawa", "illegitimate", None),
        (P, "Russian Embassy in Ottawa", "consequences", "unspecified \u201c"),
        (D, "Russian Embassy in Ottawa", "Canada\u2019s blind subservience to the anti-Russian course of Washington and "
            "London only harms Canadian business and does nothing to change the situation on the ground,", None),
        (P, "Brent Yakimchuk", "asleep at the switch", None),
        (I, "Brent Yakimchuk", "the new listings still left out dozens of tankers already named by the U.K. and the "
            "European Union", None),
        (D, "Brent Yakimchuk", "Putin\u2019s tankers sail past our allies\u2019 coastlines every week. Sanctioning a ship "
            "on paper does nothing if it keeps sailing,", None),
        (I, "Anastasia Kovalenko", "the listings would matter most for insurers and port agents in third countries, who "
            "risk losing access to Canadian banks and markets", None),
        (I, "Kyiv School of Economics", "Roughly 600 tankers now form the core of the fleet, carrying about 70 per cent "
            "of Russia\u2019s seaborne crude exports", None),
        (I, "Ukrainian Canadian Congress", "Canada should now use its new seizure powers against Russian state assets "
            "held in the country", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Nathalie Bérubé", "person", title="Foreign Affairs Minister", affiliation="Canada",
              aliases=["Nathalie Bérubé", "Bérubé"], stance=-1),
        actor("senior government official", "person", title="anonymous official", affiliation="Government of Canada",
              aliases=["senior government official"], stance=0),
        actor("Russian Embassy in Ottawa", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Ottawa", "embassy"], stance=1),
        actor("Brent Yakimchuk", "person", title="Conservative foreign affairs critic",
              affiliation="Conservative Party of Canada", aliases=["Brent Yakimchuk", "Yakimchuk"], stance=-1),
        actor("Anastasia Kovalenko", "person", title="sanctions law lecturer", affiliation="University of Ottawa",
              aliases=["Anastasia Kovalenko", "Kovalenko"], stance=0),
        actor("Kyiv School of Economics", "organisation", aliases=["Kyiv School of Economics"], stance=0),
        actor("Ukrainian Canadian Congress", "organisation", title="community group",
              aliases=["Ukrainian Canadian Congress", "the group"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Tyee (B.C.; climate: an LNG company seeks an exemption from the emissions cap), Title Case headline and deck
#    without quote marks (their unquoted "Critics Say ..." and "The company says ..." are not annotated), "2 Dec
#    2026 | TheTyee.ca" line, straight " and apostrophes, American punctuation inside the closing mark once, author
#    note. Lede "has asked ..., arguing A" (participial cue, indirect); "The request, made in a ... letter ... and
#    obtained by The Tyee ..., says the company would need ... that "..." to run ..." (partial only), then "the
#    letter says"; CEO "told The Tyee the exemption would be "..." and that B" (partial plus indirect), "he said";
#    scare the familiar "bridge fuel" argument; minister "said the government would "..." at the request, but that
#    B" (partial plus indirect), "Kettleson said in an interview"; "According to the Environmental Assessment
#    Office, A"; analyst "said A", "Thistlewood said"; union head "said A and that delays were "..."" (indirect plus
#    partial); mayor "said A", "she said".
ARTICLES[f"{BATCH}/skeena-pacific-lng-emissions-cap.gold.json"] = {
    "article": f"{BATCH}/skeena-pacific-lng-emissions-cap.txt",
    "target": "Skeena Pacific LNG",
    "quotes": [
        (I, "Skeena Pacific LNG", "the project cannot meet the limits until at least 2034", None),
        (P, "Skeena Pacific LNG", "does not yet exist", None),
        (D, "Skeena Pacific LNG", "We support the cap's objectives. But a cap that cannot be met with the power available "
            "is not a climate policy; it is a prohibition,", None),
        (P, "Douglas Arnesen", "temporary and transparent", None),
        (I, "Douglas Arnesen", "the company would publish its emissions every quarter", None),
        (D, "Douglas Arnesen", "Asian buyers want Canadian LNG precisely because it's cleaner than the alternatives. If "
            "we don't build here, someone builds in Qatar or Texas,", None),
        (S, None, "bridge fuel", None),
        (P, "Dawn Kettleson", "look carefully", None),
        (I, "Dawn Kettleson", "it had no plans to change the cap", None),
        (D, "Dawn Kettleson", "The cap is the cap. It applies to every company, and I'm not going to negotiate it one "
            "project at a time,", None),
        (I, "Environmental Assessment Office", "the terminal would emit up to 2.4 megatonnes of greenhouse gases a year "
            "at full output", None),
        (I, "Maya Thistlewood", "granting the exemption would let a single project use up nearly a third of the sector's "
            "emissions allowance for 2030", None),
        (D, "Maya Thistlewood", "If Skeena Pacific gets a pass, every other proponent will be lined up at the minister's "
            "door the next morning,", None),
        (I, "Gord McAllister", "the project would employ about 3,500 workers at the peak of construction", None),
        (P, "Gord McAllister", "costing northern families real money.", None),
        (I, "Leona Hill", "council had not taken a position on the exemption", None),
        (D, "Leona Hill", "People here want the jobs and they want clean air. Those two things shouldn't be a trade-off,",
            None),
    ],
    "actors": [
        actor("Skeena Pacific LNG", "organisation", title="LNG export terminal proponent",
              aliases=["Skeena Pacific LNG", "Skeena Pacific"], stance=1),
        actor("Douglas Arnesen", "person", title="chief executive", affiliation="Skeena Pacific LNG",
              aliases=["Douglas Arnesen", "Arnesen"], stance=1),
        actor("Dawn Kettleson", "person", title="Energy Minister", affiliation="British Columbia",
              aliases=["Dawn Kettleson", "Kettleson"], stance=-1),
        actor("Environmental Assessment Office", "government", affiliation="British Columbia",
              aliases=["Environmental Assessment Office"], stance=0),
        actor("Maya Thistlewood", "person", title="senior analyst", affiliation="Pembina Institute",
              aliases=["Maya Thistlewood", "Thistlewood"], stance=-1),
        actor("Gord McAllister", "person", title="executive director", affiliation="BC Building Trades",
              aliases=["Gord McAllister", "McAllister"], stance=1),
        actor("Leona Hill", "person", title="Mayor", affiliation="Prince Rupert", aliases=["Leona Hill", "Hill"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Westmeath Independent (local: a council plans to lease Athlone Castle's visitor centre to a private
#    operator), headline without speech, byline, straight single quotes '...' with straight apostrophes, British
#    punctuation outside closing marks, "Cllr ... (SF)" party tags, "Cathaoirleach", euro amounts. Lede content
#    before "council officials told the November meeting of ..."; "According to the council's figures, A";
#    director "told councillors the council was '...' and that B" (partial plus indirect), "Mr Brennock said";
#    councillor "said the plan was '...' and accused the executive of running the castle down '...'" (two
#    partials), "she said"; councillor "said A" (one span with "but"); Cathaoirleach (title before the name)
#    "said the castle '...' and that B" (partial plus indirect); content before "SIPTU organiser Niamh Breheny
#    said", "she said"; chamber "said it would welcome '...'" (partial only); scare so-called 'Castle Quarter'.
ARTICLES[f"{BATCH}/athlone-castle-lease-private-operator.gold.json"] = {
    "article": f"{BATCH}/athlone-castle-lease-private-operator.txt",
    "target": "Westmeath County Council",
    "quotes": [
        (I, "council officials", "Westmeath County Council is to seek expressions of interest from private operators to "
            "run the visitor centre at Athlone Castle, after the attraction lost €412,000 over the past three years",
            None),
        (I, "Westmeath County Council", "visitor numbers fell from 61,000 in 2019 to 38,500 last year, while staffing "
            "and heating costs rose by almost a third", None),
        (P, "Fergal Brennock", "not selling the castle", None),
        (I, "Fergal Brennock", "ownership would remain in public hands", None),
        (D, "Fergal Brennock", "What we're looking for is a partner with the experience to run a modern visitor "
            "attraction seven days a week, twelve months a year. We simply don't have that model in-house,", None),
        (P, "Aisling Hope", "privatisation by the back door", None),
        (P, "Aisling Hope", "so that it could be handed over", None),
        (D, "Aisling Hope", "The people of Athlone paid for the restoration of that castle. They didn't pay for it so a "
            "company from Dublin could charge them €15 to walk in the gate,", None),
        (I, "Dónal Kilbride", "he had an open mind but wanted guarantees on admission prices for local schools and "
            "families", None),
        (P, "Tom Farrell", "needs investment the council cannot give it", None),
        (I, "Tom Farrell", "it should be judged on results rather than on who runs it", None),
        (I, "Niamh Breheny", "The castle's seven staff were not consulted before the proposal was published", None),
        (D, "Niamh Breheny", "They found out from the agenda like everybody else. Some of them have been working in that "
            "building for nineteen years,", None),
        (P, "Athlone Chamber of Commerce", "any proposal that keeps the castle open year-round", None),
        (S, None, "Castle Quarter", None),
    ],
    "actors": [
        actor("council officials", "group", affiliation="Westmeath County Council", aliases=["council officials"],
              stance=0),
        actor("Westmeath County Council", "government", title="local authority",
              aliases=["Westmeath County Council", "council"], stance=0),
        actor("Fergal Brennock", "person", title="Director of Services", affiliation="Westmeath County Council",
              aliases=["Fergal Brennock", "Brennock", "Mr Brennock"], stance=1),
        actor("Aisling Hope", "person", title="Cllr", affiliation="Sinn Féin", aliases=["Aisling Hope", "Hope"],
              stance=-1),
        actor("Dónal Kilbride", "person", title="Cllr", affiliation="Fianna Fáil", aliases=["Dónal Kilbride", "Kilbride"],
              stance=0),
        actor("Tom Farrell", "person", title="Cathaoirleach of the municipal district, Cllr", affiliation="Fine Gael",
              aliases=["Tom Farrell", "Farrell"], stance=1),
        actor("Niamh Breheny", "person", title="organiser", affiliation="SIPTU", aliases=["Niamh Breheny", "Breheny"],
              stance=-1),
        actor("Athlone Chamber of Commerce", "organisation", aliases=["Athlone Chamber of Commerce"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Dominica News Online (energy/science: the geothermal plant is delayed again), headline with a straight
#    fragment "Minister says power will flow "by mid-2027"" (partial for the minister), "Dominica News Online -
#    Wednesday, December 2nd, 2026 at 3:45 PM" line, straight " and apostrophes, British punctuation outside
#    closing marks for fragments, "percent". Lede present-tense "says A"; "Speaking at ..., Jno Baptiste blamed the
#    delay on ... and "..."" (partial only; "blamed" is no cue), "he said"; "He said A, and that bills would fall
#    "..."" (indirect plus partial); scare "climate-resilient nation"; opposition spokesman "said the government had
#    "..." and that B" (partial plus indirect), "Laville told DNO"; company "said in a statement that A and that
#    testing was "..."" (indirect plus partial), "The company added that A"; "declined to comment"; guesthouse owner
#    Marcella Jno Baptiste (shares the minister's surname, "who is not related to the minister") "said A", "she
#    said"; "According to the Eastern Caribbean Central Bank, A".
ARTICLES[f"{BATCH}/laudat-geothermal-plant-delay.gold.json"] = {
    "article": f"{BATCH}/laudat-geothermal-plant-delay.txt",
    "target": "Cassius Jno Baptiste",
    "quotes": [
        (P, "Cassius Jno Baptiste", "by mid-2027", None),
        (I, "Cassius Jno Baptiste", "the long-awaited geothermal power plant at Laudat will not be commissioned before "
            "mid-2027", None),
        (P, "Cassius Jno Baptiste", "unforeseen geological conditions", None),
        (D, "Cassius Jno Baptiste", "I know people are frustrated. I am frustrated. But we are not going to rush a project "
            "of this size and put lives at risk to meet a date on a calendar,", None),
        (I, "Cassius Jno Baptiste", "the 10-megawatt plant would cut DOMLEC's diesel use by about half once running",
            None),
        (P, "Cassius Jno Baptiste", "significantly", None),
        (S, None, "climate-resilient nation", None),
        (P, "Ezekiel Laville", "promised geothermal in every election since 2009", None),
        (I, "Ezekiel Laville", "Dominicans were still paying some of the highest electricity rates in the region", None),
        (D, "Ezekiel Laville", "This is not a plant any more, it's a campaign slogan,", None),
        (I, "Dominica Geothermal Development Company", "drilling of a replacement well had been completed in October",
            None),
        (P, "Dominica Geothermal Development Company", "progressing well", None),
        (I, "Dominica Geothermal Development Company", "a team of engineers from Iceland was expected in Dominica in "
            "January to supervise the final stage of construction", None),
        (I, "Marcella Jno Baptiste", "drilling noise had kept tourists away for much of 2025", None),
        (D, "Marcella Jno Baptiste", "Everybody wants cheaper electricity. Nobody came to ask the village what it would "
            "cost us,", None),
        (I, "Eastern Caribbean Central Bank", "fuel imports are equivalent to about 8 percent of Dominica's gross "
            "domestic product", None),
    ],
    "actors": [
        actor("Cassius Jno Baptiste", "person", title="Energy Minister", affiliation="Government of Dominica",
              aliases=["Cassius Jno Baptiste", "Jno Baptiste", "Minister"], stance=1),
        actor("Ezekiel Laville", "person", title="energy spokesman", affiliation="United Workers Party",
              aliases=["Ezekiel Laville", "Laville"], stance=-1),
        actor("Dominica Geothermal Development Company", "organisation", title="state geothermal company",
              aliases=["Dominica Geothermal Development Company", "DGDC", "The company"], stance=1),
        actor("Marcella Jno Baptiste", "person", title="guesthouse owner, Wotten Waven",
              aliases=["Marcella Jno Baptiste"], stance=-1),
        actor("Eastern Caribbean Central Bank", "organisation", title="central bank",
              aliases=["Eastern Caribbean Central Bank"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
