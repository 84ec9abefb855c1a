"""Build the test55 gold files (data/eval/test55/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test55/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test55.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test55"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Belsat (English) diplomacy/economy (Russia refuses to delay loan repayments for a nuclear plant),
#    headline without speech, "05.12.2026 13:47" line, straight " and apostrophes, "per cent", "Read also:"
#    lines, caption ending "Photo: belsat.eu", sign-off "ak/belsat.eu". Lede content before "the Belarusian
#    Ministry of Finance confirmed"; scare "brotherly" credit; minister "told state television ... that the
#    government had asked ... because of "..." on ..." (partial only), two stretches split by "Sidarenka
#    said"; "According to the ministry, A"; deputy minister "said A and that Russia saw "..." for ..."
#    (indirect plus partial), two stretches split by "Gurov told the Interfax news agency", "He added that
#    Moscow was ready to discuss "..." such as ..." (partial only); Q&A "Asked ..., ... replied: "...""; anonymous
#    government source "said the decision had come as "..." for ..." (partial only), then "Officials in Moscow
#    are tired of subsidising Minsk, the source said" (content before the cue); economist with a common-word
#    surname (Most) "said the refusal showed that the Kremlin was using the debt as "..."" (partial only), two
#    stretches split by "Most said"; energy concern "says A"; Lithuanian ministry "said in a statement that the
#    station remained a Russian project and "...", and that B" (partial plus indirect). Not annotated: the loan
#    history, "Rosatom did not respond", the Read also lines and the caption.
ARTICLES[f"{BATCH}/astravets-loan-moscow-refuses-delay.gold.json"] = {
    "article": f"{BATCH}/astravets-loan-moscow-refuses-delay.txt",
    "target": "Russia",
    "quotes": [
        (I, "Belarusian Ministry of Finance", "Russia has turned down a Belarusian request to postpone repayments on the "
            "state loan that paid for the Astravets nuclear power plant", None),
        (S, None, "brotherly", None),
        (P, "Yury Sidarenka", "extraordinary pressure", None),
        (D, "Yury Sidarenka", "We are not asking for forgiveness. We are asking for time, as partners do,", None),
        (D, "Yury Sidarenka", "The answer we received is not the answer we hoped for, but the conversation is not "
            "over.", None),
        (I, "Belarusian Ministry of Finance", "Belarus paid Russia $712 million under the loan agreement in the first ten "
            "months of 2026", None),
        (I, "Pavel Gurov", "the terms of the loan had already been revised twice", None),
        (P, "Pavel Gurov", "no grounds", None),
        (D, "Pavel Gurov", "Belarus is our closest ally, and Russia has shown that many times,", None),
        (D, "Pavel Gurov", "But a loan is a loan. Russian taxpayers financed this station, and they have a right to "
            "expect it to be repaid on schedule.", None),
        (P, "Pavel Gurov", "technical questions", None),
        (D, "Anna Lebedeva", "The two governments are in constant contact. I would not dramatise this.", None),
        (P, "A source in the Belarusian government", "a cold shower", None),
        (I, "A source in the Belarusian government", "Officials in Moscow are tired of subsidising Minsk", None),
        (P, "Ales Most", "a leash", None),
        (D, "Ales Most", "Every time Minsk needs something, the price goes up,", None),
        (D, "Ales Most", "This time the price may be a stake in the Mozyr refinery, or something else that Russian "
            "companies have wanted for years.", None),
        (I, "Belenergo", "the Astravets plant now produces around 40 per cent of the country's electricity", None),
        (P, "Lithuanian Energy Ministry", "a threat to the whole region", None),
        (I, "Lithuanian Energy Ministry", "Vilnius would continue to block any electricity from Astravets from entering "
            "the Lithuanian market", None),
    ],
    "actors": [
        actor("Belarusian Ministry of Finance", "government", title="finance ministry", affiliation="Belarus",
              aliases=["Belarusian Ministry of Finance", "ministry"], stance=0),
        actor("Yury Sidarenka", "person", title="Finance Minister", affiliation="Belarus",
              aliases=["Yury Sidarenka", "Sidarenka"], stance=0),
        actor("Pavel Gurov", "person", title="Deputy Finance Minister", affiliation="Russia",
              aliases=["Pavel Gurov", "Gurov"], stance=1),
        actor("Anna Lebedeva", "person", title="Kremlin deputy spokesperson", affiliation="Russia",
              aliases=["Anna Lebedeva", "Lebedeva"], stance=1),
        actor("A source in the Belarusian government", "person", title="anonymous government source",
              affiliation="Belarus", aliases=["A source in the Belarusian government"], stance=-1),
        actor("Ales Most", "person", title="economist", affiliation="Belarusian Economic Research Forum",
              aliases=["Ales Most", "Most"], stance=-1),
        actor("Belenergo", "organisation", title="state energy concern", affiliation="Belarus",
              aliases=["Belenergo"], stance=None),
        actor("Lithuanian Energy Ministry", "government", title="energy ministry", affiliation="Lithuania",
              aliases=["Lithuanian Energy Ministry"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fleet News (a charging network raises its fleet tariff), headline with a straight single fragment
#    "... as AFP warns of 'broken promise'", standfirst without speech, byline and "Published:" lines,
#    straight " and apostrophes, "p per kWh", "Related stories" block. Lede content before "the company told
#    customers in an email"; CEO "said A, and that fleet tariffs had been "..." for ..." (indirect plus
#    partial), two stretches split by "Brooks told Fleet News"; Q&A "Asked whether ..., he said: "...""; company
#    "said it remained "..." to ... and had invested ..." (no second subject: partial only); the AFP (an
#    acronym shared with a news agency) "said the rise was a "..." to ..." (partial only); its chair sharing
#    the CEO's surname ("no relation of the Voltway chief executive") "said A", two stretches split by "she
#    said"; scare so-called "depot gap"; "According to the British Vehicle Rental and Leasing Association
#    (BVRLA), A"; council transport manager with a common-word surname (Wise) "said A", quote with "Wise
#    said"; anonymous fleet manager "told Fleet News A". Not annotated: the network's size and ownership.
ARTICLES[f"{BATCH}/voltway-fleet-charging-tariff-rise.gold.json"] = {
    "article": f"{BATCH}/voltway-fleet-charging-tariff-rise.txt",
    "target": "Voltway",
    "quotes": [
        (P, "Association of Fleet Professionals", "broken promise", "'broken"),
        (I, "Voltway", "Voltway will increase its fleet card tariff from 61p per kWh to 72p per kWh on January 5", None),
        (I, "Paul Brooks", "the increase reflected higher wholesale electricity prices and grid connection charges",
            None),
        (P, "Paul Brooks", "held below cost", None),
        (D, "Paul Brooks", "We have absorbed these costs for as long as we responsibly could,", None),
        (D, "Paul Brooks", "Even at 72p, a fleet van charging on our network is cheaper to run per mile than a diesel "
            "equivalent.", None),
        (D, "Paul Brooks", "I'm not going to make promises I can't keep. What I can say is that we will give customers "
            "at least 30 days' notice of any change.", None),
        (P, "Voltway", "fully committed", None),
        (P, "Association of Fleet Professionals", "broken promise", "a \"broken"),
        (I, "Anna Brooks", "several members had signed three-year electrification plans based on the old tariff", None),
        (D, "Anna Brooks", "Fleets did exactly what the Government asked of them,", None),
        (D, "Anna Brooks", "They made the switch early, and now they are being penalised for having no alternative to "
            "public charging.", None),
        (S, None, "depot gap", None),
        (I, "British Vehicle Rental and Leasing Association", "38% of its members' van customers have no access to depot "
            "or home charging", None),
        (I, "Lucy Wise", "the authority would have to find an extra £40,000 a year from an already stretched budget",
            None),
        (D, "Lucy Wise", "We can't pass that on to residents halfway through the financial year, so it comes out of "
            "something else,", None),
        (I, "One fleet manager at a national parcel operator", "the business was already trialling two rival networks "
            "and would move its card spend if Voltway did not offer volume discounts", None),
    ],
    "actors": [
        actor("Voltway", "organisation", title="rapid charging network", aliases=["Voltway"], stance=1),
        actor("Paul Brooks", "person", title="chief executive", affiliation="Voltway",
              aliases=["Paul Brooks", "Brooks"], stance=1),
        actor("Association of Fleet Professionals", "organisation", title="fleet managers' association",
              aliases=["Association of Fleet Professionals", "AFP"], stance=-1),
        actor("Anna Brooks", "person", title="chair", affiliation="Association of Fleet Professionals",
              aliases=["Anna Brooks"], stance=-1),
        actor("British Vehicle Rental and Leasing Association", "organisation", title="leasing trade body",
              aliases=["British Vehicle Rental and Leasing Association", "BVRLA"], stance=None),
        actor("Lucy Wise", "person", title="transport manager", affiliation="Kenwick District Council",
              aliases=["Lucy Wise", "Wise"], stance=-1),
        actor("One fleet manager at a national parcel operator", "person", title="anonymous fleet manager",
              aliases=["One fleet manager at a national parcel operator"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Penguin News (Falkland Islands) local politics (an MLA's fuel levy for Camp roads), headline without
#    speech (curly apostrophe "Summers’"), date and byline lines, curly “ ” and ’, British punctuation
#    outside fragments, local terms (Camp, MPA, FIG), caption ending "(Photo: Penguin News)". Content before
#    "according to figures prepared by the Treasury"; MLA "said the ... road was “...” and that B" (partial
#    plus indirect); three-paragraph quote ("she told the meeting ...", then an open paragraph and a closed
#    quote-only paragraph); Q&A "Asked by one resident whether ..., she replied: “...”"; scare so-called
#    “Camp roads tax”; committee chair "said A", "He described the levy as “...” that ..." (partial only), two
#    stretches split by "Mr Hansen said"; farmer with a common-word surname (Bound) "said A", two stretches
#    split by "Bound said"; Chamber of Commerce "said in a statement that A but that businesses were ...
#    “...” ..." (indirect plus partial); anonymous taxi driver "said A"; Public Works spokesperson "said A
#    and that repairs ... had been “...”" (indirect plus partial). Not annotated: the debate date.
ARTICLES[f"{BATCH}/north-camp-road-fuel-levy-summers.gold.json"] = {
    "article": f"{BATCH}/north-camp-road-fuel-levy-summers.txt",
    "target": "Joanne Summers",
    "quotes": [
        (I, "Treasury", "The motion, which she formally tabled on Tuesday, would raise an estimated £380,000 a year",
            None),
        (P, "Joanne Summers", "a disgrace", None),
        (I, "Joanne Summers", "residents had waited long enough", None),
        (D, "Joanne Summers", "I have driven that road every week for twenty years. I have seen it get worse every "
            "single winter, and I have seen people in Camp simply give up asking,", None),
        (D, "Joanne Summers", "This is not a tax on Stanley to pay for Camp. It is all of us paying for roads that all "
            "of us use, whether it’s to get to the farm, to MPA or to the beach on a Sunday afternoon.", None),
        (D, "Joanne Summers", "If anyone has a better idea, I’m listening.", None),
        (D, "Joanne Summers", "It should be reviewed every three years. That’s written into the motion.", None),
        (S, None, "Camp roads tax", None),
        (I, "Peter Hansen", "he would vote against the motion", None),
        (P, "Peter Hansen", "a blunt instrument", None),
        (D, "Peter Hansen", "Joanne has her heart in the right place, and nobody disputes that the roads are bad,",
            None),
        (D, "Peter Hansen", "But we have reserves for exactly this kind of thing, and we should use them before we "
            "reach into people’s pockets at the pump.", None),
        (I, "Kenny Bound", "he would back anything that got the road fixed before next winter", None),
        (D, "Kenny Bound", "Last July I lost a week’s work because the road was shut and I couldn’t get the shearing "
            "gang out,", None),
        (D, "Kenny Bound", "Ten pence a litre is nothing against that.", None),
        (I, "Falkland Islands Chamber of Commerce", "it supported investment in roads", None),
        (P, "Falkland Islands Chamber of Commerce", "significant", None),
        (I, "One Stanley taxi driver", "the levy was the first sensible idea he had heard from the Assembly in years",
            None),
        (I, "Public Works Department", "the North Camp road is inspected monthly", None),
        (P, "Public Works Department", "prioritised on safety grounds", None),
    ],
    "actors": [
        actor("Treasury", "government", title="Falkland Islands Government Treasury", aliases=["Treasury"],
              stance=None),
        actor("Joanne Summers", "person", title="MLA", affiliation="Legislative Assembly of the Falkland Islands",
              aliases=["Joanne Summers", "Summers", "Mrs Summers"], stance=1),
        actor("Peter Hansen", "person", title="MLA, chair of the Budget Select Committee",
              affiliation="Legislative Assembly of the Falkland Islands",
              aliases=["Peter Hansen", "Hansen", "Mr Hansen"], stance=-1),
        actor("Kenny Bound", "person", title="farmer", aliases=["Kenny Bound", "Bound"], stance=1),
        actor("Falkland Islands Chamber of Commerce", "organisation", title="business association",
              aliases=["Falkland Islands Chamber of Commerce"], stance=0),
        actor("One Stanley taxi driver", "person", title="anonymous taxi driver", aliases=["One Stanley taxi driver"],
              stance=1),
        actor("Public Works Department", "government", title="FIG department (spokesperson)",
              affiliation="Falkland Islands Government", aliases=["Public Works Department"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Architects' Journal (a heritage objection stalls a library extension), headline and standfirst without
#    speech, date and byline lines, curly single ‘ ’ quotes with ’ apostrophes, British punctuation (comma
#    inside full quotes, outside fragments), "Project data" block. Lede "after Historic England said the
#    scheme would cause ‘...’ to ..." (partial only); "Historic England said the ... extension would ‘...’
#    ... and that B" (partial plus indirect); planning director "told the AJ: ‘...’"; "She added that the
#    organisation had offered to meet the architects ‘...’ to ..." (partial only); architect "said he was
#    ‘...’ by the objection" (partial only), two stretches split by "said Marsh", "Marsh said A"; scare the
#    ‘glass box’ approach; planning officers "arguing that A and that B" (one indirect); committee chair
#    "said: ‘...’"; the Victorian Society "said A, describing the extension as ‘...’ for ..." (indirect plus
#    partial); friends' group chair "said A", quote with "she said"; council spokesperson "said A". Not
#    annotated: the vote, the design description, the Project data block.
ARTICLES[f"{BATCH}/wycliffe-library-extension-historic-england.gold.json"] = {
    "article": f"{BATCH}/wycliffe-library-extension-historic-england.txt",
    "target": "Historic England",
    "quotes": [
        (P, "Historic England", "serious harm", None),
        (P, "Historic England", "overwhelm", None),
        (I, "Historic England", "it could not support the scheme in its current form", None),
        (D, "Ruth Adeyemi", "We want this library to have a future, and we accept that it needs more space. But the "
            "building’s east front is one of the finest pieces of civic Gothic in the country, and this design would "
            "hide almost half of it.", None),
        (P, "Ruth Adeyemi", "as soon as possible", None),
        (P, "Tom Marsh", "baffled", None),
        (D, "Tom Marsh", "We took Historic England’s pre-application advice at every stage,", None),
        (D, "Tom Marsh", "To be told at the eleventh hour that the whole approach is wrong is extraordinarily "
            "frustrating, for us and for a client that has waited fifteen years for this.", None),
        (I, "Tom Marsh", "the extension had already been reduced by one storey during pre-application talks and set "
            "back six metres from the Gothic front", None),
        (S, None, "glass box", None),
        (I, "Planning officers", "Historic England had overstated the harm and that the scheme would bring a largely "
            "closed building back into full public use", None),
        (D, "Imran Patel", "Nobody on this committee is against the library being extended. We simply want the "
            "applicant and Historic England in the same room before we decide.", None),
        (I, "Victorian Society", "it shared Historic England’s concerns", None),
        (P, "Victorian Society", "a missed opportunity", None),
        (I, "Margaret Hale", "the delay would cost the group momentum just as its fundraising campaign passed £1 "
            "million", None),
        (D, "Margaret Hale", "Every month this drags on, people lose faith that anything will actually happen,", None),
        (I, "A council spokesperson", "the application would return to committee in February", None),
    ],
    "actors": [
        actor("Historic England", "organisation", title="heritage body", aliases=["Historic England"], stance=1),
        actor("Ruth Adeyemi", "person", title="planning director for the Midlands", affiliation="Historic England",
              aliases=["Ruth Adeyemi", "Adeyemi"], stance=1),
        actor("Tom Marsh", "person", title="founding director", affiliation="Holloway Marsh Architects",
              aliases=["Tom Marsh", "Marsh"], stance=-1),
        actor("Planning officers", "group", title="council planning officers", affiliation="Leicester City Council",
              aliases=["Planning officers"], stance=-1),
        actor("Imran Patel", "person", title="planning committee chair", affiliation="Leicester City Council",
              aliases=["Imran Patel", "Patel"], stance=0),
        actor("Victorian Society", "organisation", title="heritage charity", aliases=["Victorian Society"], stance=1),
        actor("Margaret Hale", "person", title="chair", affiliation="Friends of Wycliffe Library",
              aliases=["Margaret Hale", "Hale"], stance=-1),
        actor("A council spokesperson", "person", title="spokesperson", affiliation="Leicester City Council",
              aliases=["A council spokesperson"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
