"""Build the dev223 gold files (data/eval/dev223/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev223/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev223.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev223"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kigali Today (Rwanda) sport (a club asks for a referee's suspension after a derby penalty), headline without
#    quote marks, byline and "Published:" lines, curly “ ” and ’; "demanding that ... be suspended" (directive, not
#    annotated); the club's letter "said the penalty was “...” and that Mugabo had ignored “at least two” fouls"
#    (two partials); club president "told Kigali Today: “...", a paragraph left open, then a closed quote-only
#    paragraph; rival coach named after his quote, "He added that his team had “...” in the first half" (partial
#    only); federation spokesperson "said A and that B" (one span), "she said"; scare so-called “post-match review”
#    (glossed); former referee "described the decision as “...” and said B" (partial plus indirect), "Kabanda said";
#    group "Rayon supporters outside the club’s offices in Nyamirambo on Monday evening said the referee had “...”"
#    (partial only); trader named after her quote.
ARTICLES[f"{BATCH}/rayon-apr-derby-referee-complaint.gold.json"] = {
    "article": f"{BATCH}/rayon-apr-derby-referee-complaint.txt",
    "target": "Théogène Mugabo",
    "quotes": [
        (P, "Rayon Sports", "a clear error that changed the outcome of the match", None),
        (P, "Rayon Sports", "at least two", None),
        (D, "Aimable Twagirayezu", "We are not asking for the result to be changed. We are asking for honesty. Everybody "
            "who was in the stadium saw that it was not a penalty.", None),
        (D, "Aimable Twagirayezu", "If the federation protects referees who make these mistakes, our supporters will lose "
            "faith in the league.", None),
        (D, "Hakim Ntare", "The referee saw what everybody saw: a push in the box. Rayon lost the game, they should accept "
            "it,", None),
        (P, "Hakim Ntare", "deserved more than one goal", None),
        (I, "Delphine Uwera", "the federation had received the letter and that its referees’ committee would review the "
            "video footage this week", None),
        (D, "Delphine Uwera", "Our referees are human. If the committee finds that there was an error, there are sanctions "
            "in the regulations. But we will not make decisions under pressure from social media,", None),
        (S, None, "post-match review", None),
        (P, "Félicien Kabanda", "a 50-50 call", None),
        (I, "Félicien Kabanda", "Mugabo had been well positioned", None),
        (D, "Félicien Kabanda", "From his angle, he saw contact. From the camera angle, you see less. I would not call it "
            "a scandal,", None),
        (P, "Rayon supporters outside the club’s offices in Nyamirambo", "stolen", None),
        (D, "Claudine Mukamana", "We paid 5,000 francs to watch football, not to watch a referee decide the game,", None),
    ],
    "actors": [
        actor("Rayon Sports", "organisation", title="football club", affiliation="Rwanda Premier League",
              aliases=["Rayon Sports", "Rayon", "the club"], stance=-1),
        actor("Aimable Twagirayezu", "person", title="president", affiliation="Rayon Sports",
              aliases=["Aimable Twagirayezu", "Twagirayezu"], stance=-1),
        actor("Hakim Ntare", "person", title="head coach", affiliation="APR FC", aliases=["Hakim Ntare", "Ntare"],
              stance=1),
        actor("Delphine Uwera", "person", title="spokesperson", affiliation="Rwanda Football Federation (FERWAFA)",
              aliases=["Delphine Uwera", "Uwera"], stance=0),
        actor("Félicien Kabanda", "person", title="former FIFA referee", affiliation=None,
              aliases=["Félicien Kabanda", "Kabanda"], stance=1),
        actor("Rayon supporters outside the club’s offices in Nyamirambo", "group", title="supporters",
              affiliation="Rayon Sports", aliases=["Rayon supporters outside the club’s offices in Nyamirambo"],
              stance=-1),
        actor("Claudine Mukamana", "person", title="trader from Nyabugogo, Rayon supporter", affiliation=None,
              aliases=["Claudine Mukamana", "Mukamana"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Ceylon Today (Sri Lanka) courts (the Supreme Court grants leave to proceed in petitions against an electricity
#    tariff increase), headline without speech, byline, straight " for full quotes and scare quotes, straight single
#    '...' for fragments (apostrophes in "President's", "CEB's", "Court's" outside and inside), "yesterday (3)", "Rs",
#    "the DSG"; counsel "submitted that A" (a court cue, indirect), quote with "Perera told Court", "He further
#    submitted that the increase included losses caused by '...', including ..." (partial only); Deputy Solicitor
#    General "informed Court that A and that the consultation process had been '...'" (indirect plus partial), quote
#    with "the DSG said"; judge "observed that A" (indirect); scare so-called "cost-reflective" formula (glossed);
#    convener "said A" ("Speaking to Ceylon Today outside the Court complex"), "he said"; anonymous "A CEB spokesman
#    said A, but maintained that the revision was '...' given ..." (indirect plus partial); commission "in a statement
#    issued last evening, said it had A and had B" (one span).
ARTICLES[f"{BATCH}/sri-lanka-electricity-tariff-fr-petitions.gold.json"] = {
    "article": f"{BATCH}/sri-lanka-electricity-tariff-fr-petitions.txt",
    "target": "Ceylon Electricity Board",
    "quotes": [
        (I, "Lakshman Perera", "the CEB had implemented the increase without the public consultation required under the "
            "Public Utilities Commission Act", None),
        (D, "Lakshman Perera", "The law is very clear. The Commission must hear the public before it approves a tariff. In "
            "this instance, the public was heard after the tariff was already in force,", None),
        (P, "Lakshman Perera", "the CEB's own inefficiencies", None),
        (I, "Sanjeewa Ranasinghe", "the tariff revision had been approved by the Public Utilities Commission of Sri Lanka "
            "(PUCSL) on 28 September", None),
        (P, "Sanjeewa Ranasinghe", "fully complied with", None),
        (D, "Sanjeewa Ranasinghe", "The CEB is still servicing debts of over Rs 400 billion. Without this revision, the "
            "Board would not be able to pay for fuel for the coming dry season,", None),
        (I, "Chandrika Abeywardena", "the Court was not being asked to decide whether the tariff was fair, but whether the "
            "procedure had been followed", None),
        (S, None, "cost-reflective", None),
        (I, "Mohamed Rizwan", "more than 300 small factories in the Western Province had cut shifts since October", None),
        (D, "Mohamed Rizwan", "A bakery in Maharagama now pays more for electricity than for flour. We are not asking for "
            "free power. We are asking for a fair process,", None),
        (I, "CEB spokesman", "the Board would abide by the Court's decision", None),
        (P, "CEB spokesman", "unavoidable", None),
        (I, "Public Utilities Commission of Sri Lanka", "it had received over 1,200 written submissions on the tariff "
            "proposal and had held public hearings in all nine provinces before approving it", None),
    ],
    "actors": [
        actor("Lakshman Perera", "person", title="President's Counsel for the petitioners", affiliation=None,
              aliases=["Lakshman Perera", "Perera"], stance=-1),
        actor("Sanjeewa Ranasinghe", "person", title="Deputy Solicitor General, for the CEB and the Attorney General",
              affiliation="Attorney General's Department", aliases=["Sanjeewa Ranasinghe", "Ranasinghe", "the DSG"],
              stance=1),
        actor("Chandrika Abeywardena", "person", title="Supreme Court Justice", affiliation="Supreme Court of Sri Lanka",
              aliases=["Chandrika Abeywardena", "Abeywardena", "Justice Abeywardena"], stance=0),
        actor("Mohamed Rizwan", "person", title="Convener", affiliation="National Small Industries Collective",
              aliases=["Mohamed Rizwan", "Rizwan"], stance=-1),
        actor("CEB spokesman", "person", title="spokesman (unnamed)", affiliation="Ceylon Electricity Board",
              aliases=["CEB spokesman"], stance=1),
        actor("Public Utilities Commission of Sri Lanka", "government", title="utilities regulator",
              affiliation="Sri Lanka", aliases=["Public Utilities Commission of Sri Lanka", "PUCSL"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Breaking Belize News (Belize) environment/local (a packed public consultation on a cruise pier), headline without
#    speech, "Posted:" line, "By Breaking Belize News Staff:" run into the lede, straight " and apostrophes; chief
#    executive introduced in an apposition ("The project's chief executive, Marco Alvarado of Southern Reef Cruise
#    Port Ltd., told the meeting that A"), "Alvarado said", "He said A, and that B" (one span); scare so-called "tender
#    model" (glossed); guide named after his quote, "Young said the dredging ... would "..." south of the point"
#    (partial only); council chairperson "said A", "she said"; association "said in a statement ... that it was
#    "..." but that the south's overnight tourism product "..."" (two partials); officer "said A and that B" (one span),
#    "Mai said"; NGO "said A"; supporter's quote opened after a writer's sentence in the same paragraph, named after;
#    company "has said it will B" (indirect); closing "residents chanting and waving placards" (no speech).
ARTICLES[f"{BATCH}/placencia-cruise-pier-consultation.gold.json"] = {
    "article": f"{BATCH}/placencia-cruise-pier-consultation.txt",
    "target": "Southern Reef Cruise Port Ltd.",
    "quotes": [
        (I, "Marco Alvarado", "the pier would create 600 permanent jobs and bring up to 350,000 cruise passengers a year "
            "to southern Belize", None),
        (D, "Marco Alvarado", "This is not Belize City. We are not building a mall on the water. The passengers will come "
            "by tender to the pier, spend the day in the south, and leave,", None),
        (I, "Marco Alvarado", "the company had revised its plans after the Department of the Environment (DOE) raised "
            "concerns about seagrass, and that the pier would now be 1,200 feet shorter than originally proposed", None),
        (S, None, "tender model", None),
        (D, "Ernest Young", "They said the same thing in Belize City twenty years ago. Now you can't find a fisherman "
            "there who makes a living from the sea,", None),
        (P, "Ernest Young", "smother the flats", None),
        (I, "Delia Leslie", "the council had not been consulted before the project was announced in August", None),
        (D, "Delia Leslie", "We found out from Facebook, like everybody else,", None),
        (P, "Belize Tourism Industry Association", "not opposed to cruise tourism in principle", None),
        (P, "Belize Tourism Industry Association", "must not be sacrificed for day visitors.", None),
        (I, "Anthony Mai", "the Environmental Impact Assessment (EIA) for the project was still under review by the "
            "National Environmental Appraisal Committee (NEAC) and that no decision would be taken before the end of "
            "January", None),
        (D, "Anthony Mai", "Every comment made tonight will be recorded and considered by the committee,", None),
        (I, "Oceana", "the pier and the channel posed a risk to the Belize Barrier Reef Reserve System, a UNESCO World "
            "Heritage Site", None),
        (D, "Hilda Cus", "My two sons work on cruise ships because there is no work here. If the ships come to us, maybe "
            "my sons come home,", None),
        (I, "Southern Reef Cruise Port Ltd.", "it will hold a second consultation in Independence and Big Creek before "
            "the NEAC meets", None),
    ],
    "actors": [
        actor("Marco Alvarado", "person", title="chief executive", affiliation="Southern Reef Cruise Port Ltd.",
              aliases=["Marco Alvarado", "Alvarado"], stance=1),
        actor("Ernest Young", "person", title="fly-fishing guide, Placencia", affiliation=None,
              aliases=["Ernest Young", "Young"], stance=-1),
        actor("Delia Leslie", "person", title="chairperson", affiliation="Placencia Village Council",
              aliases=["Delia Leslie", "Leslie"], stance=-1),
        actor("Belize Tourism Industry Association", "organisation", title="tourism industry association",
              affiliation="Belize", aliases=["Belize Tourism Industry Association", "BTIA"], stance=0),
        actor("Anthony Mai", "person", title="Chief Environmental Officer", affiliation="Department of the Environment",
              aliases=["Anthony Mai", "Mai"], stance=0),
        actor("Oceana", "organisation", title="environmental group", affiliation=None, aliases=["Oceana"], stance=-1),
        actor("Hilda Cus", "person", title="resident of Independence village", affiliation=None,
              aliases=["Hilda Cus", "Cus"], stance=1),
        actor("Southern Reef Cruise Port Ltd.", "organisation", title="cruise port developer", affiliation="Belize",
              aliases=["Southern Reef Cruise Port Ltd.", "Southern Reef"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Stock Journal (South Australia) agriculture (the state ends its rebate on electronic sheep and goat tags),
#    headline without speech, byline and date lines, straight " and apostrophes, "50pc", "$4000", "Ms"/"Mr"; lede
#    "after Primary Industries and Regions SA (PIRSA) confirmed it would not extend ..." (indirect); "In a statement,
#    PIRSA said the rebate had "..." and that B" (partial plus indirect); executive director named after her quote
#    ("PIRSA's executive director of biosecurity, Nerida Kemp, said"), "Ms Kemp said A" twice; scare so-called
#    "whole-of-life" traceability system (glossed); content before "according to PIRSA figures"; president "said the
#    decision had been made "..." to industry" (partial only), quote with "Mr Treloar said", then a quote-only paragraph;
#    producer "said A" after an apposition, "she said"; agent "said he expected some smaller producers ... to "..."
#    after ..." (partial only); opposition spokeswoman "said the government had "..." from under farmers and called for
#    ..." (partial only; the directive not annotated).
ARTICLES[f"{BATCH}/sa-sheep-eid-tag-rebate.gold.json"] = {
    "article": f"{BATCH}/sa-sheep-eid-tag-rebate.txt",
    "target": "Primary Industries and Regions SA",
    "quotes": [
        (I, "Primary Industries and Regions SA", "it would not extend the 50pc rebate introduced when eID became mandatory "
            "in the state", None),
        (P, "Primary Industries and Regions SA", "done its job", None),
        (I, "Primary Industries and Regions SA", "more than 95pc of the state's flock was now tagged electronically", None),
        (D, "Nerida Kemp", "The rebate was always meant to support the transition. The transition is complete,", None),
        (I, "Nerida Kemp", "the department would continue to fund tag readers at saleyards until June 2028", None),
        (S, None, "whole-of-life", None),
        (P, "Angus Treloar", "without a word of warning", None),
        (D, "Angus Treloar", "We sat in a room with the department in October and nobody mentioned that the rebate was "
            "going. Producers found out from their tag supplier,", None),
        (D, "Angus Treloar", "For a bloke running 3000 ewes, that's an extra $4000 a year, in a season where a lot of "
            "people are already buying in feed.", None),
        (I, "Primary Industries and Regions SA", "About 3.4 million sheep and goats were tagged in South Australia in the "
            "2025-26 financial year", None),
        (I, "Jess Kilsby", "the cost of tagging her lambs was now higher than the cost of drenching them", None),
        (D, "Jess Kilsby", "It feels like we've been left holding the bill for a system that mostly benefits processors "
            "and exporters,", None),
        (P, "Tom Pfitzner", "walk away from sheep altogether", None),
        (P, "Rebecca Neindorf", "pulled the rug out", None),
        (I, "Nerida Kemp", "the department would meet tag suppliers in March to discuss prices", None),
    ],
    "actors": [
        actor("Primary Industries and Regions SA", "government", title="state primary industries department",
              affiliation="Government of South Australia", aliases=["Primary Industries and Regions SA", "PIRSA"],
              stance=1),
        actor("Nerida Kemp", "person", title="executive director of biosecurity",
              affiliation="Primary Industries and Regions SA", aliases=["Nerida Kemp", "Kemp", "Ms Kemp"], stance=1),
        actor("Angus Treloar", "person", title="president", affiliation="Livestock SA",
              aliases=["Angus Treloar", "Treloar", "Mr Treloar"], stance=-1),
        actor("Jess Kilsby", "person", title="Naracoorte sheep producer", affiliation=None,
              aliases=["Jess Kilsby", "Kilsby"], stance=-1),
        actor("Tom Pfitzner", "person", title="Mount Gambier livestock agent", affiliation=None,
              aliases=["Tom Pfitzner", "Pfitzner"], stance=-1),
        actor("Rebecca Neindorf", "person", title="Opposition primary industries spokeswoman",
              affiliation="Opposition (South Australia)", aliases=["Rebecca Neindorf", "Neindorf"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
