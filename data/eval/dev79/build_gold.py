"""Build the dev79 gold files (data/eval/dev79/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev78/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev79/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev79.  Standard library only.
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
# 1. Morocco World News fisheries/diplomacy (Morocco and Russia sign a new fisheries agreement), Title Case
#    headline without speech, "By NAME" and "Dec 3, 2026 10:15 AM" lines, "Rabat -" dateline running into the
#    lede, straight " and apostrophes, American punctuation inside a closing mark once ("pressure."), "Read
#    also:" line, "%", MWN's "southern provinces". Lede content before ", the Ministry of Agriculture, Maritime
#    Fisheries, ... said in a statement"; ministry "described the deal as a reflection of the "..." between ..."
#    (partial only) "and said A" (indirect); "a contribution that the ministry did not disclose" (negated, not
#    annotated); Russian agency deputy head, a long apposition, "said Russian ship owners had "..." under ..."
#    (partial only), quote with "Voronin told reporters"; ambassador "said the agreement showed that ... was
#    "..."" (partial only); scare so-called "pelagic belt"; "Not everyone in the sector welcomed the deal." (no
#    speech); federation "said it feared that A"; boat owner named after his quote ("..., Brahim Ould Abdellah,
#    a boat owner in Dakhla, told Morocco World News"), "He said A"; content before ", according to the National
#    Institute for Fisheries Research (INRH)"; Polisario "said in a statement ... that it would A, calling it
#    "..."" (indirect plus partial); analyst "said A", "she said".
ARTICLES["data/eval/dev79/morocco-russia-fisheries-agreement.gold.json"] = {
    "article": "data/eval/dev79/morocco-russia-fisheries-agreement.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests", "Morocco and Russia "
            "signed a new fisheries agreement in Rabat on Tuesday that will allow up to ten Russian industrial trawlers "
            "to operate in Moroccan Atlantic waters until the end of 2030", None),
        (P, "Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests", "strategic partnership",
            None),
        (I, "Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests", "it included new "
            "obligations on scientific monitoring and the landing of part of the catch in Moroccan ports", None),
        (P, "Gennady Voronin", "respected every rule", None),
        (D, "Gennady Voronin", "Morocco is one of our oldest partners in the fishing sector. We are here for the long "
            "term, and we are ready to invest in Moroccan ports and Moroccan training centers,", None),
        (P, "Oleg Zverev", "not affected by external pressure.", None),
        (S, None, "pelagic belt", None),
        (I, "National Federation of Coastal Fishing Boat Owners", "it feared that industrial trawlers would put further "
            "pressure on sardine stocks that had already fallen sharply in recent years", None),
        (D, "Brahim Ould Abdellah", "The small fishermen are the ones who see the empty nets first. When the big ships "
            "come, the sardine goes further out, and we cannot follow it,", None),
        (I, "Brahim Ould Abdellah", "the federation had asked for the Russian quota to be reviewed every year instead of "
            "every four years", None),
        (I, "National Institute for Fisheries Research", "Sardine catches in the central Atlantic zone fell by about 30% "
            "between 2022 and 2025", None),
        (I, "Polisario Front", "it would challenge the agreement", None),
        (P, "Polisario Front", "illegal exploitation", None),
        (I, "Samira Bennani", "the signature carried diplomatic weight beyond fishing", None),
        (D, "Samira Bennani", "For Rabat, every agreement that includes the southern provinces without reservation is a "
            "quiet recognition. Moscow knows this, and it has chosen not to make an issue of it,", None),
    ],
    "actors": [
        actor("Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests", "government",
              affiliation="Morocco",
              aliases=["Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests", "ministry"],
              stance=1),
        actor("Gennady Voronin", "person", title="deputy head of the Federal Agency for Fishery", affiliation="Russia",
              aliases=["Gennady Voronin", "Voronin"], stance=1),
        actor("Oleg Zverev", "person", title="Russian ambassador to Morocco", affiliation="Russia",
              aliases=["Oleg Zverev", "Zverev"], stance=1),
        actor("National Federation of Coastal Fishing Boat Owners", "organisation", title="fishing boat owners' federation",
              aliases=["National Federation of Coastal Fishing Boat Owners"], stance=-1),
        actor("Brahim Ould Abdellah", "person", title="boat owner in Dakhla",
              aliases=["Brahim Ould Abdellah", "Ould Abdellah"], stance=-1),
        actor("National Institute for Fisheries Research", "government", title="fisheries research institute",
              affiliation="Morocco", aliases=["National Institute for Fisheries Research", "INRH"], stance=None),
        actor("Polisario Front", "organisation", title="separatist group", aliases=["Polisario Front"], stance=-1),
        actor("Samira Bennani", "person", title="senior fellow", affiliation="Policy Center for the New South",
              aliases=["Samira Bennani", "Bennani"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Royal Gazette (Bermuda) business (a reinsurer moves 85 jobs to Dublin), headline without speech, "By
#    NAME" and "Created: Dec 03, 2026 08:00 AM" lines, straight " and apostrophes, American punctuation with
#    British spelling ("per cent"), "Mr" on later references, "the Government". Lede content before ", the
#    reinsurer told staff yesterday"; "The company said the move followed a "..." of ..." (partial only); CEO
#    "wrote that the decision had been "..."" (partial only) in a memo, then a quote with "Mr Sousa wrote";
#    spokeswoman "said A, and that B" (one span); minister "said he was "..." by the decision but that B"
#    (partial plus indirect), "Mr Outerbridge said"; Q&A "Asked whether ..., he replied: "...""; opposition
#    spokeswoman "said the Government had been "..." and accused it of treating ..." (partial only; "accused
#    it of" without quote marks is not annotated), "she said"; industry body "said member companies continued
#    to see Bermuda as "..." and that B" (partial plus indirect); content before ", according to the
#    Department of Statistics"; anonymous underwriter "said A", "the underwriter said"; scare so-called
#    "qualified refundable tax credits".
ARTICLES["data/eval/dev79/harbourline-re-dublin-jobs.gold.json"] = {
    "article": "data/eval/dev79/harbourline-re-dublin-jobs.txt",
    "target": "Harbourline Re",
    "quotes": [
        (I, "Harbourline Re", "Harbourline Re will move 85 of its 140 Bermuda-based jobs to Dublin over the next 18 "
            "months", None),
        (P, "Harbourline Re", "comprehensive review", None),
        (P, "Adrian Sousa", "the hardest of my career", None),
        (D, "Adrian Sousa", "Bermuda built this company and Bermuda will remain our legal home. But our clients are "
            "increasingly in Europe, and so are the regulators and the capital we depend on,", None),
        (I, "Harbourline spokeswoman", "the company would keep its head office, its board meetings and its underwriting "
            "team on the island, and that affected employees would be offered roles in Ireland or enhanced severance",
            None),
        (P, "Kevin Outerbridge", "disappointed", None),
        (I, "Kevin Outerbridge", "the Government had been told of the company's plans several weeks ago", None),
        (D, "Kevin Outerbridge", "We said from the start that the corporate income tax was the price of staying on the "
            "right side of the global rules. Most companies have understood that. Some have made other choices,",
            None),
        (D, "Kevin Outerbridge", "I won't speculate on individual firms. What I can tell you is that total employment "
            "in the sector is higher today than it was two years ago.", None),
        (P, "Marisa Lightbourne-Simons", "asleep at the wheel", None),
        (D, "Marisa Lightbourne-Simons", "Every one of those 85 jobs is a family that pays rent, pays school fees and "
            "shops on Front Street. You don't replace that with a press release,", None),
        (P, "Association of Bermuda Insurers and Reinsurers", "a world-class jurisdiction", None),
        (I, "Association of Bermuda Insurers and Reinsurers", "decisions about staffing were made company by company",
            None),
        (I, "Department of Statistics", "International business employed 4,310 people on the island last year", None),
        (I, "Bermudian underwriter at Harbourline", "staff had heard rumours of the move since the summer", None),
        (D, "Bermudian underwriter at Harbourline", "We saw the new Dublin office on LinkedIn before anyone told us "
            "about it. That tells you something,", None),
        (S, None, "qualified refundable tax credits", None),
    ],
    "actors": [
        actor("Harbourline Re", "organisation", title="reinsurer",
              aliases=["Harbourline Re", "Harbourline", "the reinsurer", "The company"], stance=1),
        actor("Adrian Sousa", "person", title="chief executive", affiliation="Harbourline Re",
              aliases=["Adrian Sousa", "Mr Sousa", "Sousa"], stance=1),
        actor("Harbourline spokeswoman", "person", title="spokeswoman", affiliation="Harbourline Re",
              aliases=["Harbourline spokeswoman"], stance=1),
        actor("Kevin Outerbridge", "person", title="Minister of Finance", affiliation="Government of Bermuda",
              aliases=["Kevin Outerbridge", "Mr Outerbridge", "Outerbridge"], stance=-1),
        actor("Marisa Lightbourne-Simons", "person", title="finance spokeswoman", affiliation="One Bermuda Alliance",
              aliases=["Marisa Lightbourne-Simons", "Lightbourne-Simons"], stance=None),
        actor("Association of Bermuda Insurers and Reinsurers", "organisation", title="industry association",
              aliases=["Association of Bermuda Insurers and Reinsurers"], stance=0),
        actor("Department of Statistics", "government", affiliation="Bermuda", aliases=["Department of Statistics"],
              stance=None),
        actor("Bermudian underwriter at Harbourline", "person", title="underwriter (anonymous)",
              affiliation="Harbourline Re", aliases=["Bermudian underwriter at Harbourline", "the underwriter"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Bristol Post / Bristol Live obituary and tributes (a St Pauls steel pan pioneer dies at 81), headline and
#    standfirst without speech, "By NAME, Community Reporter" and "07:00, 3 DEC 2026" lines, straight " and
#    apostrophes, British punctuation outside fragments, "READ MORE:" line, the dead man speaking from a 2019
#    interview, his son and the family sharing his surname ("The Campbell family", "Marcus Campbell"). "The
#    Campbell family said in a statement that A", then "the family said"; scare so-called "Windrush
#    generation"; "Speaking to the Post in 2019, Mr Campbell said A", "he said"; son "told Bristol Live A",
#    then a two-paragraph quote with no verb (continuity after the indirect); Lord Mayor "said Mr Campbell had
#    "..."" (partial only), "she said" (her quote calls him "Delroy"); carnival "said on social media that A
#    and described him as "..."" (indirect plus partial); former councillor "said A", "he said"; "The family
#    said A" (funeral details).
ARTICLES["data/eval/dev79/delroy-campbell-steel-pan-tributes.gold.json"] = {
    "article": "data/eval/dev79/delroy-campbell-steel-pan-tributes.txt",
    "target": "Delroy Campbell",
    "quotes": [
        (I, "Campbell family", "he died peacefully at the Bristol Royal Infirmary on Sunday, surrounded by his children "
            "and grandchildren", None),
        (D, "Campbell family", "He was a husband, a father, a grandfather and a teacher to hundreds of young people. He "
            "believed every child in St Pauls deserved an instrument and a stage,", None),
        (S, None, "Windrush generation", None),
        (I, "Delroy Campbell", "the first pans had been made from oil drums donated by a garage on the Gloucester Road",
            None),
        (D, "Delroy Campbell", "We had no money, no music teacher and no room to practise. What we had was a lot of "
            "young people with nothing to do on a Saturday, and that turned out to be enough,", None),
        (I, "Marcus Campbell", "his father had still been coming to rehearsals until a few weeks ago", None),
        (D, "Marcus Campbell", "He'd sit in the corner with his walking stick and tell the tenor pans they were rushing. "
            "He was always right.", None),
        (D, "Marcus Campbell", "He never wanted to be called a pioneer. He'd say he was just a mechanic who liked a bit "
            "of noise.", None),
        (P, "Fatima Jama-Okeke", "put St Pauls on the musical map of this country", None),
        (D, "Fatima Jama-Okeke", "Bristol has lost a giant today. Anyone who has stood on City Road on carnival day and "
            "felt the pans in their chest owes something to Delroy,", None),
        (I, "St Pauls Carnival", "the 2027 procession would be dedicated to his memory", None),
        (P, "St Pauls Carnival", "the heartbeat of our carnival from day one", None),
        (I, "Ray Pountney", "the two men had often clashed over funding", None),
        (D, "Ray Pountney", "We fought like cat and dog over grants for twenty years, and I have to admit he was right "
            "more often than I was,", None),
        (I, "Campbell family", "details of the funeral, which will be held at St Agnes Church, would be announced in the "
            "new year", None),
    ],
    "actors": [
        actor("Campbell family", "group", aliases=["Campbell family", "family"], stance=1),
        actor("Delroy Campbell", "person", title="founder of the Sugar Hill Steel Orchestra",
              aliases=["Delroy Campbell", "Mr Campbell", "Delroy"], stance=1),
        actor("Marcus Campbell", "person", title="leader of the Sugar Hill Steel Orchestra (son)",
              aliases=["Marcus Campbell"], stance=1),
        actor("Fatima Jama-Okeke", "person", title="Lord Mayor of Bristol", affiliation="Bristol City Council",
              aliases=["Fatima Jama-Okeke", "Councillor Fatima Jama-Okeke", "Lord Mayor of Bristol", "Jama-Okeke"],
              stance=1),
        actor("St Pauls Carnival", "organisation", title="carnival organisers", aliases=["St Pauls Carnival"], stance=1),
        actor("Ray Pountney", "person", title="former Labour councillor", affiliation="Labour",
              aliases=["Ray Pountney", "Pountney"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Trinidad and Tobago Newsday trade (Barbados imposes a 60% safeguard duty on TT juice drinks), headline
#    without speech, byline and "Wednesday 2 December 2026" lines, lede opening in capitals (BARBADOS), straight
#    " and apostrophes, "TT", "Government" without article, Indo-Trinidadian names. Lede content before ", the
#    Barbados Government Information Service (GIS) said on Tuesday"; "In a release, the GIS said the measure was
#    needed to protect ... from a "..." of cheaper imports" (partial only), "It said A"; Barbadian minister "told
#    that country's House of Assembly on Tuesday A and would B" (one span, no "that"), "Bannister said"; TT
#    minister "said A and would B" (one span), "she told Newsday", "She said A, but local manufacturers put the
#    figure at ..." (the clause after "but" is the writer's); manufacturers' association "described the duty as
#    "..." of ... and called on Government to ..." (partial; directive not annotated); its president "said A",
#    "Seepersad said"; exporter "said A", then a two-paragraph quote with no verb (continuity); CARICOM
#    Secretariat "said A and that B" (one span); economist "argued that A but had chosen a "..."" (indirect plus
#    partial), "he said"; opposition senator "said Government had been "..." by ..." (partial only); scare
#    so-called "flying fish war".
ARTICLES["data/eval/dev79/barbados-juice-safeguard-duty-tt.gold.json"] = {
    "article": "data/eval/dev79/barbados-juice-safeguard-duty-tt.txt",
    "target": "Barbados",
    "quotes": [
        (I, "Barbados Government Information Service", "BARBADOS will impose a temporary 60 per cent safeguard duty on "
            "fruit juice drinks and bottled water imported from Trinidad and Tobago from January 1", None),
        (P, "Barbados Government Information Service", "surge", None),
        (I, "Barbados Government Information Service", "the imports had cost more than 200 jobs in the Barbadian "
            "beverage sector since 2024", None),
        (I, "Ronald Bannister", "the duty would last for 18 months and would be reviewed after a year", None),
        (D, "Ronald Bannister", "Barbados believes in the single market. But the single market cannot mean that one "
            "member state's factories close so that another's can run a third shift,", None),
        (I, "Vidya Maharaj-Persad", "TT had not been consulted and would take the matter to the next meeting of the "
            "CARICOM Council for Trade and Economic Development (COTED) in February", None),
        (D, "Vidya Maharaj-Persad", "We were informed by a letter that arrived two hours before the announcement. That "
            "is not how partners in a single market treat each other,", None),
        (I, "Vidya Maharaj-Persad", "the ministry was still assessing the value of exports affected", None),
        (P, "Trinidad and Tobago Manufacturers' Association", "a direct violation", None),
        (I, "Kiran Seepersad", "the association would also write to the CARICOM Secretariat", None),
        (D, "Kiran Seepersad", "Barbados is our third-largest market in the region for beverages. If this stands, other "
            "member states will be tempted to do the same, and the single market will exist only on paper,", None),
        (I, "Ryan Sookdeo", "his company shipped about 40 containers a year to Bridgetown", None),
        (D, "Ryan Sookdeo", "We have Barbadian distributors, Barbadian merchandisers, Barbadian truck drivers. Those "
            "jobs are in Barbados too.", None),
        (D, "Ryan Sookdeo", "Nobody in Bridgetown seems to have thought about that.", None),
        (I, "CARICOM Secretariat", "it had received notification of the measure and that member states were entitled to "
            "apply safeguards under Article 150 of the treaty, subject to review by COTED", None),
        (I, "Jonathan Forde", "Barbados was within its rights", None),
        (P, "Jonathan Forde", "blunt instrument", None),
        (D, "Jonathan Forde", "Safeguards are legal. They are also a sign that the regional production strategy has "
            "failed both countries,", None),
        (P, "Nalini Rampersad", "caught napping", None),
        (S, None, "flying fish war", None),
    ],
    "actors": [
        actor("Barbados Government Information Service", "government", affiliation="Barbados",
              aliases=["Barbados Government Information Service", "GIS"], stance=1),
        actor("Ronald Bannister", "person", title="Minister of Industry", affiliation="Barbados",
              aliases=["Ronald Bannister", "Bannister"], stance=1),
        actor("Vidya Maharaj-Persad", "person", title="Trade and Industry Minister", affiliation="Trinidad and Tobago",
              aliases=["Vidya Maharaj-Persad", "Maharaj-Persad"], stance=-1),
        actor("Trinidad and Tobago Manufacturers' Association", "organisation", title="manufacturers' association",
              aliases=["Trinidad and Tobago Manufacturers' Association", "TTMA"], stance=-1),
        actor("Kiran Seepersad", "person", title="president",
              affiliation="Trinidad and Tobago Manufacturers' Association",
              aliases=["Kiran Seepersad", "Seepersad"], stance=-1),
        actor("Ryan Sookdeo", "person", title="managing director", affiliation="Caroni Valley Beverages",
              aliases=["Ryan Sookdeo", "Sookdeo"], stance=-1),
        actor("CARICOM Secretariat", "organisation", affiliation="CARICOM", aliases=["CARICOM Secretariat"], stance=0),
        actor("Jonathan Forde", "person", title="economist", affiliation="UWI Cave Hill",
              aliases=["Jonathan Forde", "Dr Jonathan Forde", "Forde"], stance=0),
        actor("Nalini Rampersad", "person", title="Opposition Senator", affiliation="Trinidad and Tobago",
              aliases=["Nalini Rampersad", "Rampersad"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
