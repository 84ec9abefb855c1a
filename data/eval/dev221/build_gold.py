"""Build the dev221 gold files (data/eval/dev221/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev221/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev221.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev221"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Daily Maverick (South Africa) local government/environment (sewage spills from a municipality into the Vaal
#    River), headline with a curly single fragment "Emfuleni insists Vaal sewage crisis is 'under control' ...",
#    standfirst without speech ("blames" is not a speech verb with a proposition), byline, curly " " and ’ in the
#    body, British punctuation outside the marks, "R5-billion", "DM" sign-off; lede content before "according to Save
#    the Vaal Environment (Save), a civic group that ..."; municipality "says the situation is "..."." (partial only;
#    the headline's fragment repeats it); spokesperson "In a written response to questions from Daily Maverick, ...
#    said A, and that the third would be back in operation "..."" (indirect plus partial), "Mofokeng said"; group
#    "Residents of Sebokeng Zone 12 said A"; resident's quote split by "said Thabo Radebe, 58, who ..."; photo
#    caption with "(Photo: .../Daily Maverick)"; "after the SA Human Rights Commission found that ..." (a finding,
#    not annotated); scare so-called "Section 63" intervention; department spokesperson "said A and would B" (one
#    span); councillor "said the municipality had "..." and that B" (partial plus indirect); scientist "said E. coli
#    counts ... were "..." above ..." (partial only), "she said"; "Rand Water declined to comment" (not annotated).
ARTICLES[f"{BATCH}/emfuleni-vaal-sewage-spills.gold.json"] = {
    "article": f"{BATCH}/emfuleni-vaal-sewage-spills.txt",
    "target": "Emfuleni Local Municipality",
    "quotes": [
        (P, "Emfuleni Local Municipality", "under control", "Emfuleni insists"),
        (I, "Save the Vaal Environment", "Raw sewage has been flowing into the Vaal River from at least three broken pump "
            "stations in Vanderbijlpark and Sebokeng since the end of September", None),
        (P, "Emfuleni Local Municipality", "under control", "says the situation is"),
        (I, "Lindiwe Mofokeng", "two of the three pump stations had been repaired in November", None),
        (P, "Lindiwe Mofokeng", "before Christmas", None),
        (D, "Lindiwe Mofokeng", "Vandalism and cable theft remain our biggest challenge. Every time we fix a station, "
            "criminals strip it again within weeks,", None),
        (I, "Residents of Sebokeng Zone 12", "the smell from the Rietspruit, a tributary that runs past their homes, had "
            "become so bad that children no longer played outside", None),
        (D, "Thabo Radebe", "We complain, they come, they take photos, they go. Then nothing,", None),
        (D, "Thabo Radebe", "My grandchildren have had diarrhoea three times this year.", None),
        (S, None, "Section 63", None),
        (I, "Kagiso Motaung", "the department had issued Emfuleni with three directives since January and would consider "
            "criminal charges against municipal officials if the spills continued", None),
        (P, "Mariska Pretorius", "lost all credibility", None),
        (I, "Mariska Pretorius", "the council should be placed under administration", None),
        (P, "Naledi Sithole", "hundreds of times", None),
        (D, "Naledi Sithole", "This is not only an Emfuleni problem. Farmers, holiday resorts and towns downstream, all "
            "the way into the Free State, live with whatever comes out of Emfuleni’s pipes,", None),
    ],
    "actors": [
        actor("Emfuleni Local Municipality", "government", title="local municipality", affiliation="Gauteng",
              aliases=["Emfuleni Local Municipality", "Emfuleni", "The municipality", "the municipality"], stance=1),
        actor("Save the Vaal Environment", "organisation", title="civic group", affiliation="Vaal",
              aliases=["Save the Vaal Environment", "Save"], stance=-1),
        actor("Lindiwe Mofokeng", "person", title="municipal spokesperson", affiliation="Emfuleni Local Municipality",
              aliases=["Lindiwe Mofokeng", "Mofokeng"], stance=1),
        actor("Residents of Sebokeng Zone 12", "group", title="residents", affiliation=None,
              aliases=["Residents of Sebokeng Zone 12"], stance=-1),
        actor("Thabo Radebe", "person", title="resident, 58", affiliation=None, aliases=["Thabo Radebe", "Radebe"],
              stance=-1),
        actor("Kagiso Motaung", "person", title="spokesperson", affiliation="Department of Water and Sanitation",
              aliases=["Kagiso Motaung", "Motaung"], stance=-1),
        actor("Mariska Pretorius", "person", title="councillor", affiliation="Democratic Alliance",
              aliases=["Mariska Pretorius", "Pretorius"], stance=-1),
        actor("Naledi Sithole", "person", title="water scientist", affiliation="North-West University (Vaal campus)",
              aliases=["Naledi Sithole", "Sithole", "Dr Naledi Sithole"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Cayman Compass courts/planning (the Grand Court quashes a hotel approval), headline without speech, byline,
#    curly " " and ’, British punctuation outside the marks in one partial, "$180-million"; lede without speech;
#    judge "In a 38-page judgment delivered on Thursday, Justice ... said A", quote with "the judge wrote", then two
#    quote-only paragraphs (the first left open); chairwoman introduced by apposition ("The alliance's chairwoman,
#    Claire Connolly, said the ruling was "..."") (partial only); developer "said in a statement that it was "..." by
#    the judgment and that B" (partial plus indirect); scare so-called "hotel/tourism" zone (a slash inside);
#    chairman "told the Cayman Compass that A", "Rivers said"; department "said in its submission ... that the
#    hotel's lighting and seawall would "..." nesting ..., and that B" (partial plus indirect); "The DoE recorded
#    412 nests" (no speech verb); anonymous resident "who asked not to be named ..., said the beach was already
#    "..."" (partial), "she said" (the resident, not Connolly); "did not respond to questions" (not annotated).
ARTICLES[f"{BATCH}/seven-mile-beach-hotel-ruling.gold.json"] = {
    "article": f"{BATCH}/seven-mile-beach-hotel-ruling.txt",
    "target": "Central Planning Authority",
    "quotes": [
        (I, "Marcus Whitley", "the CPA had failed to consider advice from the National Conservation Council on the "
            "impact of the development on sea turtle nesting", None),
        (D, "Marcus Whitley", "The authority was obliged to take that advice into account. It may disagree with it, but "
            "it cannot ignore it,", None),
        (D, "Marcus Whitley", "There is no evidence in the minutes of the meeting of 14 May that the advice was even "
            "read.", None),
        (D, "Marcus Whitley", "The decision must therefore be quashed and the application returned to the authority for "
            "fresh consideration.", None),
        (P, "Claire Connolly", "a win for the turtles and for every Caymanian who still wants to walk on a public beach",
            None),
        (P, "Seabreeze Resorts Ltd", "disappointed", None),
        (I, "Seabreeze Resorts Ltd", "it was considering an appeal", None),
        (S, None, "hotel/tourism", None),
        (I, "Winston Rivers", "the authority would study the judgment before deciding on its next step", None),
        (D, "Winston Rivers", "We follow the law as we understand it, and we will abide by the court’s decision,", None),
        (P, "Department of Environment", "significantly reduce", None),
        (I, "Department of Environment", "the CPA had approved the plans without a full environmental impact assessment",
            None),
        (P, "One resident of West Bay Road", "crowded with concrete", None),
        (D, "One resident of West Bay Road", "I am not against hotels. I am against a planning system that pretends the "
            "turtles are not there,", None),
    ],
    "actors": [
        actor("Marcus Whitley", "person", title="Grand Court judge", affiliation="Grand Court of the Cayman Islands",
              aliases=["Marcus Whitley", "Whitley", "Justice Marcus Whitley", "the judge"], stance=-1),
        actor("Claire Connolly", "person", title="chairwoman", affiliation="Cayman Coastal Alliance",
              aliases=["Claire Connolly", "Connolly"], stance=-1),
        actor("Seabreeze Resorts Ltd", "organisation", title="developer", affiliation="Cayman Islands",
              aliases=["Seabreeze Resorts Ltd", "Seabreeze Resorts"], stance=1),
        actor("Winston Rivers", "person", title="CPA chairman", affiliation="Central Planning Authority",
              aliases=["Winston Rivers", "Rivers"], stance=1),
        actor("Department of Environment", "government", title="environment department", affiliation="Cayman Islands",
              aliases=["Department of Environment", "DoE"], stance=-1),
        actor("One resident of West Bay Road", "person", title="resident (anonymous), works in tourism",
              affiliation=None, aliases=["One resident of West Bay Road"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Irish Examiner agriculture/EU politics (the European Commission cuts Ireland's nitrates derogation), headline
#    without speech, byline line "..., Agriculture Correspondent", straight " and apostrophes (O'Sullivan, Farmers'),
#    "Mr", "€25,000", "220kg"; lede "has confirmed that A, a decision farm leaders say will B" (an indirect for the
#    Commission and one for the group, whose clause is the relative clause's predicate); "In a letter to ..., seen
#    by the Irish Examiner, the Commission said A had "..." since ..." (partial only); spokesperson "said: "...""
#    (colon); minister "said he was "..." by the decision and that B" (partial plus indirect), "he said"; IFA
#    president "described the decision as "..." for ..." (partial only), "he said"; ICMSA "said A"; scare so-called
#    "grass-based advantage"; An Taisce "welcomed the decision, saying A" (the act not annotated, the participle an
#    indirect); farmer "told the Irish Examiner A" (no "that"), "he said"; "According to Teagasc, A"; "is due to
#    brief the Cabinet" (no speech).
ARTICLES[f"{BATCH}/nitrates-derogation-cut-commission.gold.json"] = {
    "article": f"{BATCH}/nitrates-derogation-cut-commission.txt",
    "target": "European Commission",
    "quotes": [
        (I, "European Commission", "Ireland's nitrates derogation will be cut from 220kg to 170kg of organic nitrogen "
            "per hectare from 2027", None),
        (I, "farm leaders", "will force thousands of dairy farmers to reduce herd numbers", None),
        (P, "European Commission", "not improved sufficiently", None),
        (D, "Commission spokesperson", "The derogation was always conditional on results. The results are not there.",
            None),
        (P, "Seán Kiely", "deeply disappointed", None),
        (I, "Seán Kiely", "he would seek an urgent meeting with the agriculture commissioner before Christmas", None),
        (D, "Seán Kiely", "We made the case as strongly as any country could have made it. I will keep making it,", None),
        (P, "Declan Fitzgerald", "a hammer blow", None),
        (D, "Declan Fitzgerald", "There are farmers in west Cork and north Kerry who borrowed to expand on the strength "
            "of the derogation. Brussels has pulled the rug from under them,", None),
        (I, "Irish Creamery Milk Suppliers Association", "the cut could cost an average dairy farm with the derogation "
            "about €25,000 a year", None),
        (S, None, "grass-based advantage", None),
        (I, "An Taisce", "nitrogen from intensive dairy farming was the main cause of algal blooms in estuaries such as "
            "the Argideen in west Cork", None),
        (I, "Tim O'Sullivan", "he would have to sell up to 30 cows or rent more land to stay within the new limit", None),
        (D, "Tim O'Sullivan", "Land around here is €400 an acre to rent, if you can find it. And every farmer in the "
            "parish is looking for the same acres,", None),
        (I, "Teagasc", "about 7,000 farmers currently operate under the derogation, most of them in Munster", None),
    ],
    "actors": [
        actor("European Commission", "government", title="EU executive", affiliation="European Union",
              aliases=["European Commission", "Commission", "Brussels"], stance=1),
        actor("farm leaders", "group", title="farm leaders", affiliation=None, aliases=["farm leaders"], stance=-1),
        actor("Commission spokesperson", "person", title="spokesperson", affiliation="European Commission",
              aliases=["Commission spokesperson"], stance=1),
        actor("Seán Kiely", "person", title="Minister for Agriculture", affiliation="Government of Ireland",
              aliases=["Seán Kiely", "Kiely", "Mr Kiely"], stance=-1),
        actor("Declan Fitzgerald", "person", title="IFA president", affiliation="Irish Farmers' Association",
              aliases=["Declan Fitzgerald", "Fitzgerald"], stance=-1),
        actor("Irish Creamery Milk Suppliers Association", "organisation", title="farm organisation",
              affiliation="Ireland", aliases=["Irish Creamery Milk Suppliers Association", "ICMSA"], stance=-1),
        actor("An Taisce", "organisation", title="environmental group", affiliation="Ireland", aliases=["An Taisce"],
              stance=1),
        actor("Tim O'Sullivan", "person", title="dairy farmer near Clonakilty", affiliation=None,
              aliases=["Tim O'Sullivan", "O'Sullivan"], stance=-1),
        actor("Teagasc", "government", title="agriculture and food development authority", affiliation="Ireland",
              aliases=["Teagasc"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Taipei Times energy (an investigation blames human error for a blackout), headline without speech, byline "By
#    ... / Staff reporter", straight " and apostrophes, Chinese characters in brackets after names ("Tsai Ming-hsien
#    (蔡明賢)"), "NT$1.8 billion (US$56 million)", "Additional reporting by CNA" line; lede content before "the
#    Ministry of Economic Affairs said yesterday, citing the findings of an independent investigation"; content
#    before "Deputy Minister ... told a news conference in Taipei", "Tsai said"; chairman "apologized to the public
#    and said A" (the apology not annotated), "Huang said"; content before "according to company data" (Taipower);
#    legislator "said the report was an attempt to "..."" (partial only), "Chiang said"; scare so-called "N-1"
#    standard; professor "said A, but that B needed to "..." its protection systems, ..." (indirect plus partial);
#    chamber "said A, losses its members suffered "..."" (indirect for the clause, partial for the fragment in the
#    apposition); "The ministry said A".
ARTICLES[f"{BATCH}/taipower-kaohsiung-blackout-report.gold.json"] = {
    "article": f"{BATCH}/taipower-kaohsiung-blackout-report.txt",
    "target": "Taipower",
    "quotes": [
        (I, "Ministry of Economic Affairs", "A worker's mistake during routine maintenance at the Hsinta Power Plant "
            "triggered the blackout that left 1.2 million households in southern Taiwan without electricity for up to "
            "five hours last month", None),
        (I, "Tsai Ming-hsien", "The worker disconnected the wrong protective relay on a 345-kilovolt line, causing three "
            "generating units to trip within seconds", None),
        (D, "Tsai Ming-hsien", "This was not a failure of equipment, and it was not caused by a shortage of power. It was "
            "a failure of procedure,", None),
        (I, "Huang Kuo-liang", "the company would introduce a two-person verification rule for all work on high-voltage "
            "protection systems by the end of the year", None),
        (D, "Huang Kuo-liang", "We let the people of the south down. There is no excuse, and we will not look for one,",
            None),
        (I, "Taipower", "Taipower's reserve margin on the day of the blackout was 11.2 percent, above the 10 percent it "
            "considers safe", None),
        (P, "Chiang Wei-ting", "blame one worker for a system that is stretched to the limit.", None),
        (D, "Chiang Wei-ting", "Taipower has too little margin in the south. Any small mistake becomes a big blackout,",
            None),
        (S, None, "N-1", None),
        (I, "Hsu Yun-ching", "the reserve margin had been adequate", None),
        (P, "Hsu Yun-ching", "modernize", None),
        (I, "Kaohsiung Chamber of Commerce", "about 300 factories in the Linhai Industrial Park had lost production worth "
            "an estimated NT$1.8 billion (US$56 million)", None),
        (P, "Kaohsiung Chamber of Commerce", "through no fault of their own.", None),
        (I, "Ministry of Economic Affairs", "Taipower would be fined NT$5 million, the maximum allowed under the "
            "Electricity Act", None),
    ],
    "actors": [
        actor("Ministry of Economic Affairs", "government", title="ministry", affiliation="Taiwan",
              aliases=["Ministry of Economic Affairs", "The ministry"], stance=-1),
        actor("Tsai Ming-hsien", "person", title="Deputy Minister of Economic Affairs",
              affiliation="Ministry of Economic Affairs", aliases=["Tsai Ming-hsien", "Tsai"], stance=-1),
        actor("Huang Kuo-liang", "person", title="chairman", affiliation="Taipower",
              aliases=["Huang Kuo-liang", "Huang"], stance=0),
        actor("Taipower", "organisation", title="state-run power utility", affiliation="Taiwan",
              aliases=["Taipower", "Taiwan Power Co"], stance=1),
        actor("Chiang Wei-ting", "person", title="Legislator", affiliation="Chinese Nationalist Party (KMT)",
              aliases=["Chiang Wei-ting", "Chiang"], stance=-1),
        actor("Hsu Yun-ching", "person", title="electrical engineering professor",
              affiliation="National Cheng Kung University", aliases=["Hsu Yun-ching", "Hsu"], stance=0),
        actor("Kaohsiung Chamber of Commerce", "organisation", title="chamber of commerce", affiliation="Kaohsiung",
              aliases=["Kaohsiung Chamber of Commerce"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
