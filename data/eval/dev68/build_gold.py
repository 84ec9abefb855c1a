"""Build the dev68 gold files (data/eval/dev68/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev67/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev68/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev68.  Standard library only.
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
# 1. The Standard (Kenya) agriculture/diplomacy (a Russian fertiliser donation held at Mombasa port),
#    headline without speech, "By NAME | Dec. 3, 2026" byline, straight " and apostrophes, "CS". Lede
#    without a cue; content before "the Kenya Plant Health Inspectorate Service (Kephis) said yesterday";
#    "In a statement, Kephis said A "..." and that B" (partial plus indirect), quote with "the statement
#    said"; CS "told The Standard the delay was "..." but necessary" (partial only), quote with "said CS
#    Lentoimaga", "He said A and that B"; ambassador "described the hold-up as "..." and insisted A"
#    (partial plus indirect), quote split by "the envoy said", "He added that A"; Russian company's
#    representative "said A"; anonymous ministry official "who asked not to be named ..., said A", quote
#    with "the official said"; READ MORE lines; scare so-called "fake fertiliser" scandal; farmer named
#    Hope "said A", quote with "she posed"; farmers' federation chairman "said the delay showed that the
#    government "..." for ..." (partial only); "According to the Tegemeo Institute ..., A"; caption.
ARTICLES["data/eval/dev68/mombasa-russian-fertiliser-donation.gold.json"] = {
    "article": "data/eval/dev68/mombasa-russian-fertiliser-donation.txt",
    "target": "Russia",
    "quotes": [
        (I, "Kenya Plant Health Inspectorate Service", "The consignment, shipped by Russian fertiliser maker Volga "
            "Agrokhim, arrived on October 27 but cannot be released until laboratory tests are completed", None),
        (P, "Kenya Plant Health Inspectorate Service", "above the acceptable threshold", None),
        (I, "Kenya Plant Health Inspectorate Service", "a second round of tests had been ordered", None),
        (D, "Kenya Plant Health Inspectorate Service", "We will not release any product into the market until we are "
            "satisfied that it meets Kenyan standards. This is about protecting our soils and our farmers,", None),
        (P, "Jeremiah Lentoimaga", "regrettable", None),
        (D, "Jeremiah Lentoimaga", "Nobody is blocking anything. Russia has been a good friend to this country and we "
            "appreciate the donation, but the law must be followed,", None),
        (I, "Jeremiah Lentoimaga", "the ministry had asked Kephis to fast-track the tests and that the fertiliser would "
            "be distributed through National Cereals and Produce Board (NCPB) depots once cleared", None),
        (P, "Dmitry Volkonsky", "bureaucratic", None),
        (I, "Dmitry Volkonsky", "the fertiliser had passed inspection before it left the port of Ust-Luga", None),
        (D, "Dmitry Volkonsky", "This is a humanitarian gift from the Russian people to Kenyan farmers. We have "
            "delivered similar shipments to Malawi, Zimbabwe and Nigeria without any problems,", None),
        (D, "Dmitry Volkonsky", "It would be a pity if the rains ended before the farmers received it.", None),
        (I, "Dmitry Volkonsky", "Moscow was ready to send a second consignment of 20,000 tonnes next year", None),
        (I, "Alexei Mironov", "the company had supplied every certificate required by Kenyan authorities before the "
            "ship sailed", None),
        (I, "senior official at the ministry", "the ship had run into heavy rain during offloading and some of the "
            "bags had burst", None),
        (D, "senior official at the ministry", "Some of it has caked. You cannot put that in a planter,", None),
        (S, None, "fake fertiliser", None),
        (I, "Hope Chepkoech", "she had planted her four acres of maize without fertiliser after waiting for weeks at "
            "the NCPB depot in Eldoret", None),
        (D, "Hope Chepkoech", "They told us the Russian fertiliser was coming, so we waited. Now the crop is already "
            "knee-high. What will I do with fertiliser in January?", None),
        (P, "Daniel Chebet", "cannot plan", None),
        (I, "Tegemeo Institute of Agricultural Policy and Development", "Kenya uses about 700,000 tonnes of fertiliser "
            "a year, with Russia accounting for nearly a fifth of imports", None),
    ],
    "actors": [
        actor("Kenya Plant Health Inspectorate Service", "government", title="plant health regulator",
              affiliation="Kenya", aliases=["Kenya Plant Health Inspectorate Service", "Kephis"], stance=0),
        actor("Jeremiah Lentoimaga", "person", title="Agriculture Cabinet Secretary", affiliation="Kenya",
              aliases=["Jeremiah Lentoimaga", "Lentoimaga", "CS Lentoimaga"], stance=1),
        actor("Dmitry Volkonsky", "person", title="Russian ambassador to Kenya", affiliation="Russia",
              aliases=["Dmitry Volkonsky", "Volkonsky", "envoy"], stance=1),
        actor("Alexei Mironov", "person", title="representative in Nairobi", affiliation="Volga Agrokhim",
              aliases=["Alexei Mironov", "Mironov"], stance=1),
        actor("senior official at the ministry", "person", title="anonymous agriculture ministry official",
              affiliation="Ministry of Agriculture (Kenya)", aliases=["senior official at the ministry", "official"],
              stance=-1),
        actor("Hope Chepkoech", "person", title="maize farmer (Moiben, Uasin Gishu)",
              aliases=["Hope Chepkoech", "Chepkoech"], stance=0),
        actor("Daniel Chebet", "person", title="chairman", affiliation="Kenya National Farmers' Federation",
              aliases=["Daniel Chebet", "Chebet"], stance=None),
        actor("Tegemeo Institute of Agricultural Policy and Development", "organisation", title="policy institute",
              aliases=["Tegemeo Institute of Agricultural Policy and Development", "Tegemeo Institute"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Jamaica Observer business/labour (an alumina refinery shuts and lays off 420), headline without
#    speech, byline in capitals with title and email lines, "Friday, December 04, 2026" line, dateline
#    "MOCHO, Clarendon —" running into the lede, straight " and apostrophes, British punctuation outside
#    fragments, "US$". Lede content before "the company said yesterday"; "In a statement, the company said
#    A and that "..." to keep it open had been examined" (indirect plus partial); general manager's quote
#    with "general manager Andrea Campbell said"; "Campbell told the Jamaica Observer that workers would
#    receive ... "..." and that B" (partial plus indirect); "She said the company hoped to restart the plant
#    "..."" (partial only); scare so-called "hot standby"; "was met with anger" (no cue); union supervisor
#    "said the union learnt of the layoffs "..."" (partial only), quote split by "Tomlinson said"; minister
#    "said the Government was "..." by the decision but had been aware ..." (partial only, no second
#    subject), quote with "she said", "She said A"; opposition spokesman "accused the Government of "..."
#    ..., and called on the minister to ..." (partial; directive); worker Devon Campbell (shares the general
#    manager's surname; bare "Campbell" is always Andrea) "said A", quote in patois split by "he said";
#    "According to the Planning Institute of Jamaica (PIOJ), A".
ARTICLES["data/eval/dev68/mocho-alumina-refinery-layoffs.gold.json"] = {
    "article": "data/eval/dev68/mocho-alumina-refinery-layoffs.txt",
    "target": "Mocho Alumina Company",
    "quotes": [
        (I, "Mocho Alumina Company", "Mocho Alumina Company (MAC) will lay off 420 workers and place its refinery here "
            "on standby by the end of January, blaming low alumina prices and the high cost of electricity", None),
        (I, "Mocho Alumina Company", "the refinery had lost more than US$60 million over the past two years", None),
        (P, "Mocho Alumina Company", "every option", None),
        (D, "Andrea Campbell", "This is the most difficult decision we have had to take in our 17 years in Jamaica. We "
            "recognise the pain it will cause our workers, their families and the communities around the plant,",
            None),
        (P, "Andrea Campbell", "above the statutory minimum", None),
        (I, "Andrea Campbell", "a skeleton staff of about 60 would remain to maintain the equipment", None),
        (P, "Andrea Campbell", "when market conditions allow", None),
        (S, None, "hot standby", None),
        (P, "Orville Tomlinson", "the same way as everybody else \u2014 on the radio", None),
        (D, "Orville Tomlinson", "We had a meeting with management three weeks ago and nobody said a word about "
            "closing. These are people with mortgages, with children in school,", None),
        (D, "Orville Tomlinson", "The least they could have done is sit down with us.", None),
        (P, "Karen Whyte-Forbes", "deeply disappointed", None),
        (D, "Karen Whyte-Forbes", "We offered MAC a special electricity tariff for 18 months. They decided it was not "
            "enough, and that is their right as a private company,", None),
        (I, "Karen Whyte-Forbes", "a team from the ministry and the HEART/NSTA Trust would visit Mocho next week to "
            "help the affected workers find new jobs or retrain", None),
        (P, "Winston Greaves", "sleeping at the wheel", None),
        (I, "Devon Campbell", "he had no idea how he would pay his daughter's university fees next semester", None),
        (D, "Devon Campbell", "Mi give dem the best years of mi life,", None),
        (D, "Devon Campbell", "Fourteen years, and dem tell wi in a letter.", None),
        (I, "Planning Institute of Jamaica", "the bauxite and alumina industry earned US$1.1 billion in 2025, about a "
            "fifth of the country's goods exports", None),
    ],
    "actors": [
        actor("Mocho Alumina Company", "organisation", title="alumina refinery operator",
              aliases=["Mocho Alumina Company", "MAC", "company"], stance=1),
        actor("Andrea Campbell", "person", title="general manager", affiliation="Mocho Alumina Company",
              aliases=["Andrea Campbell", "Campbell"], stance=1),
        actor("Orville Tomlinson", "person", title="island supervisor",
              affiliation="Bustamante Industrial Trade Union", aliases=["Orville Tomlinson", "Tomlinson"], stance=-1),
        actor("Karen Whyte-Forbes", "person", title="Mining Minister", affiliation="Government of Jamaica",
              aliases=["Karen Whyte-Forbes", "Whyte-Forbes"], stance=0),
        actor("Winston Greaves", "person", title="Opposition spokesman on mining", affiliation="Opposition",
              aliases=["Winston Greaves", "Greaves"], stance=None),
        actor("Devon Campbell", "person", title="boilermaker", affiliation="Mocho Alumina Company",
              aliases=["Devon Campbell"], stance=-1),
        actor("Planning Institute of Jamaica", "government", title="planning agency",
              aliases=["Planning Institute of Jamaica", "PIOJ"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Mexico News Daily crime/local politics (a city police chief arrested over cartel ties), headline with
#    a curly single fragment "...; mayor says she ‘knew nothing’", standfirst without speech, byline and
#    "Published on Thursday, December 3, 2026" lines, curly “ ” and ’, US punctuation inside closing
#    marks, Spanish names. Lede "The mayor of Salamanca, Guanajuato, said on Wednesday A, a day after ..."
#    (the span stops before the writer's time clause); content before "the Guanajuato Attorney General’s
#    Office (FGE) said in a statement"; "The FGE said A" (background on the gang in its own sentence, not
#    annotated); mayor's quote with "Valdepeña told reporters at city hall"; "The mayor, who ..., said A and
#    that B"; Q&A "Asked why ..., she replied: “...”"; councilwoman "said the mayor had been warned “...” in
#    council sessions ..." (partial only), quote with "Mendoza said"; "have asked the state Congress to
#    begin proceedings" (act); state security secretary "said A", quote with "he said"; "He declined to
#    say whether ..." (negated); "According to the Executive Secretariat ... (SESNSP), A"; scare so-called
#    “derecho de piso”; anonymous shop owner "said A", quote with "she said"; the mayor's party "said in a
#    statement that the mayor had acted “...” and that B" (partial plus indirect).
ARTICLES["data/eval/dev68/salamanca-police-chief-mayor-valdepena.gold.json"] = {
    "article": "data/eval/dev68/salamanca-police-chief-mayor-valdepena.txt",
    "target": "Roc\u00edo Valdepe\u00f1a",
    "quotes": [
        (P, "Roc\u00edo Valdepe\u00f1a", "knew nothing", None),
        (I, "Roc\u00edo Valdepe\u00f1a", "she had no knowledge of any links between her municipal police chief and "
            "organized crime", None),
        (I, "Guanajuato Attorney General\u2019s Office", "Ernesto Guerra Ruelas, who took charge of the Salamanca "
            "Municipal Public Security Secretariat in January, was detained early on Tuesday at his home in the "
            "city\u2019s Bellavista neighborhood", None),
        (I, "Guanajuato Attorney General\u2019s Office", "Guerra is accused of taking part in the kidnapping of two "
            "businessmen in October and of passing information on police patrols to the Santa Rosa de Lima Cartel",
            None),
        (D, "Roc\u00edo Valdepe\u00f1a", "I did not know, and nobody told me. If I had had the slightest suspicion, he "
            "would never have been appointed,", None),
        (I, "Roc\u00edo Valdepe\u00f1a", "her administration would cooperate fully with the investigation and that an "
            "interim chief would be named within days", None),
        (D, "Roc\u00edo Valdepe\u00f1a", "That complaint was dismissed. I cannot punish a man for something he was "
            "cleared of.", None),
        (P, "Itzel Mendoza", "at least twice", None),
        (D, "Itzel Mendoza", "She chose to look the other way. Either she knew, or she did not want to know, and both "
            "are unacceptable in a person responsible for the safety of 270,000 people,", None),
        (I, "\u00c1lvaro Ibarra Trevi\u00f1o", "the arrest was the result of an eight-month investigation that began "
            "with a tip from one of the kidnapping victims", None),
        (D, "\u00c1lvaro Ibarra Trevi\u00f1o", "There is no political motive here. We go after whoever is involved, in "
            "uniform or not,", None),
        (I, "Executive Secretariat of the National Public Security System", "Salamanca recorded 212 homicides between "
            "January and October, the third-highest number in the state", None),
        (S, None, "derecho de piso", None),
        (I, "shop owner on Avenida Ju\u00e1rez", "she pays 1,500 pesos a week to a man who arrives on a motorbike",
            None),
        (D, "shop owner on Avenida Ju\u00e1rez", "Sometimes he came in a patrol car. So who am I supposed to call? The "
            "mayor?", None),
        (P, "National Action Party", "with complete transparency", None),
        (I, "National Action Party", "Morena was exploiting the case ahead of the 2027 elections", None),
    ],
    "actors": [
        actor("Roc\u00edo Valdepe\u00f1a", "person", title="Mayor of Salamanca, Guanajuato",
              affiliation="National Action Party", aliases=["Roc\u00edo Valdepe\u00f1a", "Valdepe\u00f1a", "mayor"],
              stance=1),
        actor("Guanajuato Attorney General\u2019s Office", "government", title="state prosecutors",
              affiliation="Guanajuato", aliases=["Guanajuato Attorney General\u2019s Office", "FGE"], stance=None),
        actor("Itzel Mendoza", "person", title="Councilwoman", affiliation="Morena",
              aliases=["Itzel Mendoza", "Mendoza"], stance=-1),
        actor("\u00c1lvaro Ibarra Trevi\u00f1o", "person", title="State Security Secretary", affiliation="Guanajuato",
              aliases=["\u00c1lvaro Ibarra Trevi\u00f1o", "Ibarra"], stance=None),
        actor("Executive Secretariat of the National Public Security System", "government",
              title="federal crime statistics body",
              aliases=["Executive Secretariat of the National Public Security System", "SESNSP"], stance=None),
        actor("shop owner on Avenida Ju\u00e1rez", "person", title="anonymous shop owner",
              aliases=["shop owner on Avenida Ju\u00e1rez"], stance=-1),
        actor("National Action Party", "organisation", title="political party",
              aliases=["National Action Party", "PAN"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Northern Echo health (births at a hospital moved to another site for three months), headline and
#    standfirst without speech, byline and "Health Reporter" lines, lede opening in capitals (WOMEN),
#    straight " for quotes with a nested straight single 'temporary', apostrophes, en dashes, "Ms",
#    "Cllr", "READ MORE:" lines. "announced a three-month suspension" (act with a noun object); trust "said
#    A and that B" (one span); content before "the trust confirmed"; director of midwifery "said the
#    decision had "..."" (partial only), quote with "she said" and a quote-only paragraph; "Ms Cavanagh said
#    A"; scare so-called "consolidation"; councillor "said A", quote with "she said" (nested 'temporary'
#    stays inside the direct); expectant mother "said A", quote with "she said"; union officer "said the
#    shortage was "..." but that the trust had been "..." to recruit" (two partials); anonymous midwife
#    "who asked not to be named, said A", quote with "she said"; Healthwatch "said A and urged anyone ..."
#    (indirect; the directive is not annotated).
ARTICLES["data/eval/dev68/darlington-births-moved-durham.gold.json"] = {
    "article": "data/eval/dev68/darlington-births-moved-durham.txt",
    "target": "County Durham and Darlington NHS Foundation Trust",
    "quotes": [
        (I, "County Durham and Darlington NHS Foundation Trust", "the move was needed because of a shortage of "
            "midwives and that it would affect around 480 women", None),
        (I, "County Durham and Darlington NHS Foundation Trust", "Antenatal appointments and scans will continue in "
            "Darlington, but all births \u2013 including those in the midwife-led unit \u2013 will take place at the "
            "University Hospital of North Durham from January 5", None),
        (P, "Sue Cavanagh", "not been taken lightly", None),
        (D, "Sue Cavanagh", "We currently have 23 vacancies across our two units, and we have been relying on midwives "
            "working extra shifts for months. That is not sustainable, and it is not safe,", None),
        (D, "Sue Cavanagh", "By bringing our teams together on one site for the winter, we can make sure every woman "
            "has a midwife with her throughout labour.", None),
        (I, "Sue Cavanagh", "the trust expected to reopen the Darlington unit in April, when 14 newly qualified "
            "midwives are due to start", None),
        (S, None, "consolidation", None),
        (I, "Ruth Lowe", "councillors had been given less than a week's notice", None),
        (D, "Ruth Lowe", "We have heard the word 'temporary' before. The trust needs to come to this committee and "
            "tell us what its long-term plan is,", None),
        (I, "Bethany Heslop", "she was worried about the journey", None),
        (D, "Bethany Heslop", "My first labour was quick, less than three hours. If it's like that again, I'm not sure "
            "I'll make it to Durham,", None),
        (P, "Jo Lister", "a national problem", None),
        (P, "Jo Lister", "too slow", None),
        (I, "midwife at the Darlington unit", "staff had been told about the plan only on Monday morning", None),
        (D, "midwife at the Darlington unit", "Most of us found out from a group chat. People are upset, but honestly "
            "a lot of us are relieved \u2013 we have been running on empty,", None),
        (I, "Healthwatch Darlington", "it would be contacting women affected by the change", None),
    ],
    "actors": [
        actor("County Durham and Darlington NHS Foundation Trust", "organisation", title="NHS trust",
              aliases=["County Durham and Darlington NHS Foundation Trust", "trust"], stance=1),
        actor("Sue Cavanagh", "person", title="Director of midwifery",
              affiliation="County Durham and Darlington NHS Foundation Trust",
              aliases=["Sue Cavanagh", "Cavanagh", "Ms Cavanagh"], stance=1),
        actor("Ruth Lowe", "person", title="chair of the health and partnership scrutiny committee",
              affiliation="Darlington Borough Council", aliases=["Ruth Lowe", "Lowe", "Cllr Ruth Lowe"], stance=-1),
        actor("Bethany Heslop", "person", title="expectant mother (Haughton), 27",
              aliases=["Bethany Heslop", "Heslop"], stance=-1),
        actor("Jo Lister", "person", title="regional officer", affiliation="Royal College of Midwives",
              aliases=["Jo Lister", "Lister"], stance=0),
        actor("midwife at the Darlington unit", "person", title="anonymous midwife",
              affiliation="County Durham and Darlington NHS Foundation Trust",
              aliases=["midwife at the Darlington unit"], stance=0),
        actor("Healthwatch Darlington", "organisation", title="patients' watchdog",
              aliases=["Healthwatch Darlington"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
