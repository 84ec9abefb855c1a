"""Build the test15 gold files (data/eval/test15/*.gold.json) from the annotation specs below.

Held out, like data/eval/test/: not to be read while tuning. Same approach as
data/eval/dev44/build_gold.py, importing the helpers (actor, write_all) of data/eval: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test15/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test15.
Standard library only.
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
# 1. Reuters wire (Russia widens a ban on Moldovan wine and food imports), headline without speech,
#    "By NAME" byline, dateline "CHISINAU, Nov 4 (Reuters) -", straight " and apostrophes
#    (Moldova's, country's), punctuation inside closing marks for clauses, closing credit line. Lede
#    content before "its agricultural safety watchdog said on Tuesday" ("widening restrictions ..."
#    after the cue left out). Watchdog "said in a statement ... that A "..." of B" (partial only).
#    "rejected that explanation" (no content). Minister's quote split by "Rusnac told reporters",
#    resumed; "He said A, and that B" (one span). Figure before "according to the National Office of
#    Vine and Wine". Winemaker's quote split by "she said", resumed; "Gurschi said A". Anonymous
#    foreign ministry spokeswoman "said it was "..." for ... and had "..."" (two partials), then a
#    closed quote with "she said". Commission spokesperson "said A and described B as "..."" (indirect
#    plus partial). Scare so-called "green corridor". Economist "said A but that B" (one span), then
#    "he said". Anonymous person familiar "said A" (stops before the writer's ", a step ..."). Closing
#    "Rusnac said A".
ARTICLES["data/eval/test15/russia-moldova-wine-import-ban.gold.json"] = {
    "article": "data/eval/test15/russia-moldova-wine-import-ban.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rosselkhoznadzor", "Russia will bar imports of wine, fruit and canned vegetables from 14 more Moldovan "
            "companies from Monday", None),
        (P, "Rosselkhoznadzor", "systematic violations", None),
        (D, "Ion Rusnac", "There are no pesticides. There is a map, and on that map Moldova has chosen Europe,", None),
        (D, "Ion Rusnac", "Every time we take a step towards Brussels, a few more of our producers get a letter "
            "from Moscow.", None),
        (I, "Ion Rusnac", "the 14 companies together had exported about 9 million litres of wine to Russia last "
            "year, and that most had already begun looking for buyers in Poland, Romania and the Baltic states",
            None),
        (I, "National Office of Vine and Wine", "Russia now takes less than a tenth of Moldova's wine exports", None),
        (D, "Natalia Gurschi", "We had 40,000 bottles ready for the New Year market in Moscow and Krasnodar. Now they "
            "are sitting in my warehouse,", None),
        (D, "Natalia Gurschi", "Nobody in Europe knows our name. We have to start from zero.", None),
        (I, "Natalia Gurschi", "she had not been told which of her wines had failed the tests, or when they had been "
            "sampled", None),
        (P, "spokeswoman for the Russian Foreign Ministry", "a purely technical matter", None),
        (P, "spokeswoman for the Russian Foreign Ministry", "nothing to do with politics.", None),
        (D, "spokeswoman for the Russian Foreign Ministry", "Moldovan producers are welcome to correct the violations "
            "and return to our market,", None),
        (I, "European Commission spokesperson", "the EU would keep helping Moldovan exporters find new markets", None),
        (P, "European Commission spokesperson", "part of a familiar pattern of economic coercion.", None),
        (S, None, "green corridor", None),
        (I, "Andrei Lozan", "the direct cost of the ban to the Moldovan economy was modest but that its timing, a "
            "month before local elections in Gagauzia, was not an accident", None),
        (D, "Andrei Lozan", "The wine is a pretext. The audience is in Comrat, not in Chisinau,", None),
        (I, "person familiar with Moldova's trade talks with the EU", "Brussels was preparing to raise the country's "
            "duty-free quota for wine early next year", None),
        (I, "Ion Rusnac", "the government would offer the affected companies cheap loans to cover the cost of "
            "relabelling and certifying wine for EU buyers", None),
    ],
    "actors": [
        actor("Rosselkhoznadzor", "government", title="agricultural safety watchdog", affiliation="Russia",
              aliases=["Rosselkhoznadzor", "agricultural safety watchdog", "The watchdog"], stance=1),
        actor("Ion Rusnac", "person", title="Agriculture Minister", affiliation="Moldovan government",
              aliases=["Ion Rusnac", "Rusnac"], stance=-1),
        actor("National Office of Vine and Wine", "government", title="national wine office (export data)",
              affiliation="Moldova", aliases=["National Office of Vine and Wine"], stance=None),
        actor("Natalia Gurschi", "person", title="family winery owner (near Cahul)",
              aliases=["Natalia Gurschi", "Gurschi"], stance=-1),
        actor("spokeswoman for the Russian Foreign Ministry", "person", title="anonymous foreign ministry spokeswoman",
              affiliation="Russian Foreign Ministry", aliases=["spokeswoman for the Russian Foreign Ministry"],
              stance=1),
        actor("European Commission spokesperson", "person", title="anonymous Commission spokesperson",
              affiliation="European Commission", aliases=["European Commission spokesperson"], stance=-1),
        actor("Andrei Lozan", "person", title="economist", affiliation="Expert-Grup",
              aliases=["Andrei Lozan", "Lozan"], stance=-1),
        actor("person familiar with Moldova's trade talks with the EU", "person", title="anonymous source",
              aliases=["person familiar with Moldova's trade talks with the EU"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Guardian (UK) health policy (the health secretary's GP league tables), curly ‘ ’ in the
#    headline and “ ” in the body, ’ apostrophes (Pryce’s, BMA’s, don’t, Democrats’), British
#    punctuation outside the marks for fragments, standfirst, byline and date lines. Headline
#    fragment "... will ‘shame’ struggling surgeries, BMA warns" -> partial for the British Medical
#    Association (the headline names it by its abbreviation). Lede the writer's ("plans to be
#    announced"). Content before "the Department of Health and Social Care said". Scare so-called
#    “8am scramble” (the writer's gloss). "Pryce said: “...” + open paragraph, then a quote-only
#    paragraph (colon cue, multi-paragraph quote: two entries). BMA "said the rankings would “punish”
#    ..." (partial only). GP chair "called the plan “...”" (partial), then "she said", "She said A".
#    Lib Dem spokesperson "said ... delivered “a spreadsheet”" (partial only), then "he added".
#    Patients Association "said A and that B" (one span). "staff were unimpressed" (not speech); GP
#    named after the first stretch, resumed. Background paragraph the writer's. Anonymous former
#    minister "said ... “...” and that B" (partial plus indirect). "Pryce told BBC Radio 4’s Today
#    programme that A and that B" (one span). "He said A." then a quote with "he said".
ARTICLES["data/eval/test15/gp-league-tables-health-secretary.gold.json"] = {
    "article": "data/eval/test15/gp-league-tables-health-secretary.txt",
    "target": "Martin Pryce",
    "quotes": [
        (P, "British Medical Association", "shame", None),
        (I, "Department of Health and Social Care", "The league tables, which will be published online every quarter "
            "from next April, will show the share of patients at each practice who were seen within two weeks of "
            "asking, alongside satisfaction scores and the number of calls that went unanswered", None),
        (S, None, "8am scramble", None),
        (D, "Martin Pryce", "Patients have a right to know how their local surgery is doing. Most practices are doing "
            "a heroic job, and the tables will show that.", None),
        (D, "Martin Pryce", "But where a surgery is leaving people on the phone for an hour and then telling them to "
            "call back tomorrow, that should not be a secret.", None),
        (P, "British Medical Association", "punish", None),
        (P, "Aisha Rahman", "a distraction from the real problem, which is that there are not enough of us", None),
        (D, "Aisha Rahman", "You can rank us from one to 6,000 and it will not create a single extra appointment,",
            None),
        (I, "Aisha Rahman", "almost a fifth of practices in England had closed their lists to new patients at some "
            "point in the past year", None),
        (P, "Tom Erskine", "a spreadsheet", None),
        (D, "Tom Erskine", "Ministers are very good at measuring the problem and very bad at fixing it,", None),
        (I, "Patients Association", "it supported greater openness about waiting times and that many patients in "
            "rural areas had no other surgery to choose, whatever its ranking", None),
        (D, "Owen Baptiste", "We already know our waiting times. We put them on the wall in reception,", None),
        (D, "Owen Baptiste", "What we don\u2019t have is a second receptionist.", None),
        (P, "former health minister", "wanted a headline more than a policy", None),
        (I, "former health minister", "officials had warned him the appointment figures were unreliable", None),
        (I, "Martin Pryce", "the data would be checked by NHS England before publication and that practices would be "
            "able to add a short explanation alongside their scores", None),
        (I, "Martin Pryce", "the tables were not about blaming GPs", None),
        (D, "Martin Pryce", "If a practice is struggling, the first thing we will do is ask what help it needs,", None),
    ],
    "actors": [
        actor("British Medical Association", "organisation", title="doctors' union",
              aliases=["British Medical Association", "BMA"], stance=-1),
        actor("Department of Health and Social Care", "government", title="government department",
              aliases=["Department of Health and Social Care"], stance=0),
        actor("Martin Pryce", "person", title="health secretary", affiliation="UK government",
              aliases=["Martin Pryce", "Pryce"], stance=1),
        actor("Aisha Rahman", "person", title="chair of the BMA's committee of GPs in England",
              affiliation="British Medical Association", aliases=["Aisha Rahman", "Rahman"], stance=-1),
        actor("Tom Erskine", "person", title="health spokesperson", affiliation="Liberal Democrats",
              aliases=["Tom Erskine", "Erskine"], stance=-1),
        actor("Patients Association", "organisation", title="patients' charity", aliases=["Patients Association"],
              stance=0),
        actor("Owen Baptiste", "person", title="GP partner (Harehills, Leeds)", aliases=["Owen Baptiste", "Baptiste"],
              stance=-1),
        actor("former health minister", "person", title="anonymous former health minister",
              aliases=["former health minister"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Nikkei Asia business/health (an Osaka drugmaker halts a late-stage dementia trial), headline
#    and standfirst without speech, byline "NAME, Nikkei staff writer", dateline "OSAKA --", straight
#    " and apostrophes (Alzheimer's, drugmaker's, don't), American punctuation, "$1.9 billion", "U.S.".
#    Lede content before "the company said on Thursday" ("dealing a blow ..." after the cue left out).
#    Share drop the writer's. Enrolment figure before "according to a filing with the Tokyo Stock
#    Exchange" (the company's own filing: speaker Tomoe). CEO named after the quote ("Chief Executive
#    X told a news conference"). "Harada said A and that B" (one span). "He said the company had not
#    seen "..." in ..." (partial only). Scare "disease-modifying" (the writer's). Regulator "said A and
#    was B" (one span). Anonymous health ministry official "said the suspension was "..."" (partial
#    only). "Investors were less forgiving." (not speech). Analyst named after the first stretch,
#    resumed; "Kanzaki said A, but warned that B" (two indirects, two cues). Patient's wife named after
#    the quote; "She said A"; then "she said". Closing statement "said A and did not expect B" (one
#    span).
ARTICLES["data/eval/test15/tomoe-pharma-dementia-trial-halted.gold.json"] = {
    "article": "data/eval/test15/tomoe-pharma-dementia-trial-halted.txt",
    "target": "Tomoe Pharmaceutical",
    "quotes": [
        (I, "Tomoe Pharmaceutical", "Tomoe Pharmaceutical has suspended a late-stage trial of its experimental "
            "Alzheimer's drug after seven patients developed severe brain swelling", None),
        (I, "Tomoe Pharmaceutical", "About 1,800 patients were enrolled in the Phase 3 study at 210 sites", None),
        (D, "Kenji Harada", "We owe patients and their families an apology. They trusted us, and we will not resume "
            "until we understand exactly what happened,", None),
        (I, "Kenji Harada", "four of the seven patients had been hospitalized and that one, a man in his 70s in "
            "Germany, remained in intensive care", None),
        (P, "Kenji Harada", "any signal of this kind", None),
        (S, None, "disease-modifying", None),
        (I, "Pharmaceuticals and Medical Devices Agency", "it had been informed of the cases on Tuesday and was "
            "reviewing the data with the company", None),
        (P, "official at the health ministry", "the right decision, taken quickly.", None),
        (D, "Ryo Kanzaki", "Tomoe bet the house on this molecule,", None),
        (D, "Ryo Kanzaki", "Even if the trial restarts, they have lost at least a year, and the market will not give "
            "them the benefit of the doubt again.", None),
        (I, "Ryo Kanzaki", "the company had about 180 billion yen in cash, enough to fund its pipeline for three "
            "years", None),
        (I, "Ryo Kanzaki", "two of its best-selling drugs would lose patent protection in 2027", None),
        (D, "Michiko Sato", "My husband was in the trial. For the first time in years, we had something to hope "
            "for,", None),
        (I, "Michiko Sato", "a nurse from the hospital had called her on Wednesday night to tell her his infusions "
            "would stop", None),
        (D, "Michiko Sato", "I don't blame them. Safety has to come first,", None),
        (I, "Tomoe Pharmaceutical", "it would present a full analysis of the cases to regulators by the end of March "
            "and did not expect the suspension to change its full-year earnings forecast", None),
    ],
    "actors": [
        actor("Tomoe Pharmaceutical", "organisation", title="drugmaker (Osaka)",
              aliases=["Tomoe Pharmaceutical", "Tomoe"], stance=0),
        actor("Kenji Harada", "person", title="Chief Executive", affiliation="Tomoe Pharmaceutical",
              aliases=["Kenji Harada", "Harada"], stance=1),
        actor("Pharmaceuticals and Medical Devices Agency", "government", title="drug regulator", affiliation="Japan",
              aliases=["Pharmaceuticals and Medical Devices Agency"], stance=None),
        actor("official at the health ministry", "person", title="anonymous health ministry official",
              affiliation="Japanese health ministry", aliases=["official at the health ministry"], stance=1),
        actor("Ryo Kanzaki", "person", title="pharmaceutical analyst", affiliation="Kaede Securities",
              aliases=["Ryo Kanzaki", "Kanzaki"], stance=-1),
        actor("Michiko Sato", "person", title="wife of a trial patient (Kobe)", aliases=["Michiko Sato", "Sato"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Nation (Kenya) county news (Nairobi raises CBD parking fees), byline in capitals, no
#    dateline, straight " and apostrophes (Nairobi's, county's, o'clock), British punctuation outside
#    the marks for fragments, "Mr"/"Ms" on every reference, "Sh500", "CEC", "MCA". Headline and lede
#    without speech ("approved by the county assembly" is action). County statement "said ... that A
#    and were "..."" (indirect for A plus the partial, as Osei in dev35). CEC named after the quote
#    ("said Mobility and Works CEC X"); "Ms Wanjiru said A, and that B" (one span). Scare "smart
#    parking" system. Anonymous finance official "told the Nation that A". "reacted angrily" (not
#    speech). Association chairman named after the first stretch, resumed; "Mr Kamau said A and would
#    B" (one span). Motorist's quote split by "he said", resumed. Vote paragraph the writer's. MCA
#    "described the increase as "..." and said B" (partial plus indirect), then "she said". "According
#    to Dr X, "..."" (a full clause starting lower-case: direct), then "He noted that A". Closing "Ms
#    Wanjiru said A and that B" (one span).
ARTICLES["data/eval/test15/nairobi-cbd-parking-fee-increase.gold.json"] = {
    "article": "data/eval/test15/nairobi-cbd-parking-fee-increase.txt",
    "target": "Nairobi City County",
    "quotes": [
        (I, "Nairobi City County", "the parking rates had not been reviewed since 2014", None),
        (P, "Nairobi City County", "the lowest of any major city in East Africa", None),
        (D, "Grace Wanjiru", "We cannot keep fixing roads with 2014 money. Motorists use these roads every day and "
            "they must contribute to maintaining them,", None),
        (I, "Grace Wanjiru", "the extra revenue, estimated at Sh1.2 billion a year, would go to road repairs and "
            "drainage in the CBD, and that motorists would be able to pay through a new mobile app rather than at "
            "the county's kiosks", None),
        (S, None, "smart parking", None),
        (I, "senior official in the county's finance department", "parking collections had fallen short of targets "
            "in each of the last three years, largely because of attendants pocketing cash", None),
        (D, "Peter Kamau", "Customers will simply go to the malls in Westlands and Kilimani, where parking is free,",
            None),
        (D, "Peter Kamau", "The CBD is already dying. This will finish it.", None),
        (I, "Peter Kamau", "the association's members had not been consulted and would go to court if the county did "
            "not suspend the rates by the end of the month", None),
        (D, "Dennis Ouma", "I pay Sh300 now and still find no space after eight o'clock. Now they want Sh500 for the "
            "same nothing,", None),
        (D, "Dennis Ouma", "Give us buses that work and I will leave the car at home.", None),
        (P, "Joyce Akinyi", "daylight robbery", None),
        (I, "Joyce Akinyi", "the assembly had passed it without any meaningful public participation", None),
        (D, "Joyce Akinyi", "Ordinary workers who drive old cars to town are the ones who will pay this. The big "
            "people have reserved parking,", None),
        (D, "Wycliffe Ndegwa", "higher fees are the right tool to reduce congestion, but only if the county also "
            "fixes public transport and stops the leakages.", None),
        (I, "Wycliffe Ndegwa", "cities such as Kigali and Addis Ababa had raised parking charges while investing in "
            "bus services at the same time", None),
        (I, "Grace Wanjiru", "the new rates would be reviewed after six months and that motorists with disabilities "
            "would continue to park for free", None),
    ],
    "actors": [
        actor("Nairobi City County", "government", title="county government", aliases=["Nairobi City County"],
              stance=1),
        actor("Grace Wanjiru", "person", title="Mobility and Works CEC", affiliation="Nairobi City County",
              aliases=["Grace Wanjiru", "Wanjiru", "Ms Wanjiru"], stance=1),
        actor("senior official in the county's finance department", "person", title="anonymous county official",
              affiliation="Nairobi City County", aliases=["senior official in the county's finance department"],
              stance=None),
        actor("Peter Kamau", "person", title="chairman", affiliation="Nairobi Central Business District Association",
              aliases=["Peter Kamau", "Kamau", "Mr Kamau"], stance=-1),
        actor("Dennis Ouma", "person", title="pharmacist (Kitengela)", aliases=["Dennis Ouma", "Ouma"], stance=-1),
        actor("Joyce Akinyi", "person", title="Embakasi West MCA", aliases=["Joyce Akinyi", "Akinyi"], stance=-1),
        actor("Wycliffe Ndegwa", "person", title="urban planning lecturer", affiliation="University of Nairobi",
              aliases=["Wycliffe Ndegwa", "Ndegwa"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
