"""Build the dev42 gold files (data/eval/dev42/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev42/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev42.  Standard library only.
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
# 1. The Spokesman-Review local government (Spokane City Council passes the mayor's budget with
#    Monday library closures and an idled fire engine), byline "By NAME The Spokesman-Review", no
#    dateline, AP style: straight quotes and apostrophes (wasn't, mayor's, Sparks'), punctuation
#    inside closing marks, "Councilmembers", "Fire Chief". Headline fragment "mayor calls it 'honest'"
#    -> Bettencourt (the headline names her by role, so "mayor" is an alias). Lede without speech
#    (the vote is an act). Mayor "called it "..."" (partial), then a quote split by "Bettencourt said
#    in a statement after the vote", resumed. Council president "said A" (indirect), then a quote
#    with "Tillery said" ("The mayor" inside). Two councilmembers named together; "Lusk said A while
#    cutting "..."" (partial only), then "she said" (Lusk: Sparks is a man), resumed. "Sparks ...
#    said he would ..." (indirect). Union president named after the quote, then "He said ... "..."
#    on many calls" (partial only). Fire chief "told the council A and that B" (one span). Resident
#    introduced without speech ("was among them"), then "she said". Scare so-called "rainy day"
#    reserve. Budget director "said A", then "she said". Business group "said in a statement that
#    ... "..." at a time when ..." (partial only). "Asked ... whether ..." not annotated; the
#    mayor's answer "said she would "..."" (partial only).
ARTICLES["data/eval/dev42/spokane-council-budget-library-fire-cuts.gold.json"] = {
    "article": "data/eval/dev42/spokane-council-budget-library-fire-cuts.txt",
    "target": "Carla Bettencourt",
    "quotes": [
        (P, "Carla Bettencourt", "honest", "calls it 'honest'"),
        (P, "Carla Bettencourt", "an honest budget for a city that has been spending more than it takes in for three "
            "years running.", None),
        (D, "Carla Bettencourt", "Nobody in my office wanted to cut library hours. Nobody wanted to park a fire engine,",
            None),
        (D, "Carla Bettencourt", "But the alternative was to keep pretending, and I wasn't willing to hand that problem "
            "to the next council.", None),
        (I, "Marcus Tillery", "the council had trimmed about $3 million from the mayor's original proposal and used it "
            "to restore overnight shelter beds and the city's graffiti cleanup crew", None),
        (D, "Marcus Tillery", "The mayor brought us real numbers, and I give her credit for that. It's not the budget I "
            "would have written, but it's the budget we could pass,", None),
        (P, "Naomi Lusk", "the services people actually walk through the door for.", None),
        (D, "Naomi Lusk", "We've added 14 positions in the mayor's office since 2022, and tonight we're closing "
            "libraries on Mondays,", None),
        (D, "Naomi Lusk", "Explain that to a kid who does her homework at the Hillyard branch.", None),
        (I, "Devin Sparks", "he would bring an amendment to restore it when the council reopens the budget in the "
            "spring", None),
        (D, "Ryan Kessler", "When you take an engine out of service, the next one has to come from farther away. "
            "That's not a talking point, that's geography,", None),
        (P, "Ryan Kessler", "a minute or more", None),
        (I, "Alan Quist", "the department had studied five years of call data from Station 13 and that most of its "
            "calls were medical emergencies the rescue unit could handle on its own", None),
        (D, "Marjorie Tuttle", "I have never once seen that building closed on a weekday that wasn't a holiday. Now "
            "I'm supposed to believe it's a luxury?", None),
        (S, None, "rainy day", None),
        (I, "Tonya Greer", "the reserve would still hold about 9% of general fund spending after the withdrawal, above "
            "the 8% floor set by city policy", None),
        (D, "Tonya Greer", "This is what reserves are for,", None),
        (P, "Downtown Spokane Partnership", "send shoppers to Spokane Valley", None),
        (P, "Carla Bettencourt", "look at anything the council brings me that comes with a way to pay for it.", None),
    ],
    "actors": [
        actor("Carla Bettencourt", "person", title="mayor of Spokane", affiliation="City of Spokane",
              aliases=["Carla Bettencourt", "Bettencourt", "mayor"], stance=1),
        actor("Marcus Tillery", "person", title="City Council president", affiliation="Spokane City Council",
              aliases=["Marcus Tillery", "Tillery"], stance=1),
        actor("Naomi Lusk", "person", title="councilmember", affiliation="Spokane City Council",
              aliases=["Naomi Lusk", "Lusk"], stance=-1),
        actor("Devin Sparks", "person", title="councilmember (northeast district)", affiliation="Spokane City Council",
              aliases=["Devin Sparks", "Sparks"], stance=-1),
        actor("Ryan Kessler", "person", title="union president", affiliation="Spokane Firefighters Union Local 29",
              aliases=["Ryan Kessler", "Kessler"], stance=-1),
        actor("Alan Quist", "person", title="fire chief", affiliation="Spokane Fire Department",
              aliases=["Alan Quist", "Quist"], stance=1),
        actor("Marjorie Tuttle", "person", title="retired teacher (74), library patron",
              aliases=["Marjorie Tuttle", "Tuttle"], stance=-1),
        actor("Tonya Greer", "person", title="city budget director", affiliation="City of Spokane",
              aliases=["Tonya Greer", "Greer"], stance=1),
        actor("Downtown Spokane Partnership", "organisation", title="downtown business group",
              aliases=["Downtown Spokane Partnership"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. PA Media UK retail results (a high-street chain closes 24 stores as profits fall), byline
#    "By NAME, PA Retail Correspondent", no dateline, British spelling, straight double quotes in the
#    body and straight single in the headline, straight apostrophes (Shopworkers', Wrenfield's,
#    doesn't, I'm), punctuation inside closing marks for full quotes, "Ms Pryce", "£", "%", "112p".
#    Headline fragment "after 'tough' Christmas" -> Wrenfield (the headline names it); the lede's
#    "and it said trading ... had been "tough"" is a second partial for it (the clause holds the
#    fragment, so no indirect). "The retailer ... said A" and "It said A, and that B" (indirect,
#    one span each). Chief executive "said: "..." opening a two-paragraph quote. "Ms Pryce said ...
#    "not immune" ..., but that B" (partial plus indirect). "The group said A" (the company). Scare
#    so-called "shop-in-shop" concessions. Figure before "according to the British Retail
#    Consortium". Analyst named after the first paragraph, then a quote-only paragraph
#    (continuity). Share move: the writer's. Union "said it was "..." ... and that B" (partial plus
#    indirect); its national officer "said: "..."". Town-centre chair "said the closure was "..."
#    for a high street that ..." (partial only), then "she added". "Asked whether ..." not
#    annotated; "Ms Pryce told the PA news agency: "..."" (colon).
ARTICLES["data/eval/dev42/wrenfield-store-closures-profit-fall.gold.json"] = {
    "article": "data/eval/dev42/wrenfield-store-closures-profit-fall.txt",
    "target": "Wrenfield",
    "quotes": [
        (P, "Wrenfield", "tough", "after 'tough'"),
        (P, "Wrenfield", "tough", "had been \"tough\""),
        (I, "Wrenfield", "pre-tax profits dropped to £19.4 million in the year to February 1, down from £31.2 million "
            "the year before", None),
        (I, "Wrenfield", "the closures would take place over the next 12 months as leases expire, and that staff in "
            "affected stores would be offered roles at nearby branches where possible", None),
        (D, "Joanna Pryce", "This has been a year of difficult decisions, and closing shops that have served their "
            "towns for decades is the hardest of them.", None),
        (D, "Joanna Pryce", "But the stores we are closing have been losing money for several years, and keeping them "
            "open would put the rest of the business, and thousands of other jobs, at risk.", None),
        (P, "Joanna Pryce", "not immune", None),
        (I, "Joanna Pryce", "its larger stores and its website had continued to grow", None),
        (I, "Wrenfield", "higher employer national insurance contributions and the rise in the national living wage "
            "would add around £7 million to its costs this year", None),
        (S, None, "shop-in-shop", None),
        (I, "British Retail Consortium", "Non-food sales across the industry fell 2.4% in the three months to January",
            None),
        (D, "Tom Ashworth", "Wrenfield has the right idea, but it is running out of road,", None),
        (D, "Tom Ashworth", "Shutting 24 shops buys it time. It doesn't buy it growth, and the market knows that.",
            None),
        (P, "Usdaw", "deeply disappointed", None),
        (I, "Usdaw", "it would seek urgent talks with management", None),
        (D, "Paul Merriman", "Our members kept these shops open through a pandemic and a cost-of-living crisis. They "
            "deserved better than finding out from a stock market announcement.", None),
        (P, "Helen Ashdown", "another blow", None),
        (D, "Helen Ashdown", "People will tell you they do all their shopping online now, but they still want "
            "somewhere to go on a Saturday,", None),
        (D, "Joanna Pryce", "We review every lease as it comes up. I'm not going to stand here and tell you never.",
            None),
    ],
    "actors": [
        actor("Wrenfield", "organisation", title="high street retailer (212 shops)",
              aliases=["Wrenfield", "The retailer", "The group"], stance=0),
        actor("Joanna Pryce", "person", title="chief executive", affiliation="Wrenfield",
              aliases=["Joanna Pryce", "Pryce", "Ms Pryce"], stance=1),
        actor("British Retail Consortium", "organisation", title="retail trade body (sales figures)",
              aliases=["British Retail Consortium"], stance=None),
        actor("Tom Ashworth", "person", title="retail analyst", affiliation="Calder Street Securities",
              aliases=["Tom Ashworth", "Ashworth"], stance=0),
        actor("Usdaw", "organisation", title="shopworkers' union", aliases=["Usdaw"], stance=-1),
        actor("Paul Merriman", "person", title="national officer", affiliation="Usdaw",
              aliases=["Paul Merriman", "Merriman"], stance=-1),
        actor("Helen Ashdown", "person", title="chair of Kettering's business improvement district",
              aliases=["Helen Ashdown", "Ashdown"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Advertiser (Adelaide) state health (ambulance ramping hits a record), byline line "NAME,
#    Health Reporter", no dateline, Australian spelling and News Corp style (numbers without
#    thousands commas: 5112, 9240; "per cent"; "Mr Ferraro", "Dr"), straight double quotes in the
#    body and straight single in the headline, straight apostrophes (Adelaide's, That's, He's),
#    fragment punctuation outside the marks. Headline fragment "union warns paramedics 'at breaking
#    point'" -> the Ambulance Employees Association (named by description, so "union" is an alias);
#    the body's "said paramedics were "at breaking point" after ..." is a second partial for it.
#    Lede content before "according to SA Health data". Union secretary named after the first
#    paragraph, then a quote-only paragraph (continuity). Minister "said A and that B" (one span),
#    then "Mr Ferraro said" splitting a quote, resumed; "He said A, which he described as "..."" (an
#    indirect stopping before ", which" plus the partial). Opposition spokeswoman "said Labor had
#    promised to "..." ... and had instead "..."" (two partials, no indirect), then "she said". SA
#    Health chief executive "said hospitals were "..." to ..., including ..." (partial only). Scare
#    so-called "ambulance offload" area. Local health network spokeswoman "said A and that B" (one
#    span). Patient's wife "said A" (indirect), then a two-paragraph quote ("she said", then a
#    quote-only paragraph; "Mr Ferraro" inside). Anonymous doctor "was blunter: "..."" (colon).
ARTICLES["data/eval/dev42/adelaide-ambulance-ramping-record.gold.json"] = {
    "article": "data/eval/dev42/adelaide-ambulance-ramping-record.txt",
    "target": "Nick Ferraro",
    "quotes": [
        (P, "Ambulance Employees Association", "at breaking point", "paramedics 'at breaking point'"),
        (I, "SA Health", "Ambulances spent a record 5112 hours ramped outside Adelaide's public hospitals in July",
            None),
        (P, "Ambulance Employees Association", "at breaking point", "were \"at breaking point\""),
        (D, "Kirsty Halloran", "We had crews on Thursday night who sat outside the Lyell McEwin for a whole 10-hour "
            "shift without attending a single new job,", None),
        (D, "Kirsty Halloran", "Meanwhile there were people in Salisbury and Munno Para waiting two hours for an "
            "ambulance. That's not a health system, that's a car park.", None),
        (I, "Nick Ferraro", "the government had recruited 350 extra ambulance officers since coming to office and that "
            "winter flu admissions were running about 30 per cent higher than last year", None),
        (D, "Nick Ferraro", "Nobody is pretending these numbers are acceptable,", None),
        (D, "Nick Ferraro", "But we are opening 48 new beds at the Lyell McEwin by Christmas, and this flu season has "
            "hit us harder than any since the pandemic.", None),
        (I, "Nick Ferraro", "the government would not put a date on ending ramping", None),
        (P, "Nick Ferraro", "a symptom of a hospital system that has run out of beds", None),
        (P, "Ashleigh Brandt", "fix the ramping crisis", None),
        (P, "Ashleigh Brandt", "presided over the four worst months in the state's history", None),
        (D, "Ashleigh Brandt", "Every month there's a new excuse. Last winter it was COVID, in May it was the cold "
            "snap, this month it's flu,", None),
        (P, "Graeme Tolley", "working bed by bed", None),
        (S, None, "ambulance offload", None),
        (I, "Northern Adelaide Local Health Network spokeswoman", "the hospital's emergency department had treated a "
            "record 9240 patients in July and that average handover times had improved over the past fortnight",
            None),
        (I, "Deb Kowalski", "her husband Ron, 71, waited an hour and 40 minutes for an ambulance after collapsing in "
            "their kitchen on July 19", None),
        (D, "Deb Kowalski", "Then he lay on a stretcher in the ambulance bay for another three hours because there was "
            "no bed upstairs. He's a tough old bloke, but I honestly thought I was going to lose him,", None),
        (D, "Deb Kowalski", "Mr Ferraro should come and sit in that corridor for a night. Then he can tell me about "
            "the flu season.", None),
        (D, "senior emergency doctor", "We're full before the ambulances even arrive. The problem isn't the ED, it's "
            "the wards upstairs.", None),
    ],
    "actors": [
        actor("Ambulance Employees Association", "organisation", title="paramedics' union (SA)",
              aliases=["Ambulance Employees Association", "AEA", "union"], stance=-1),
        actor("SA Health", "government", title="state health department (ramping data)", affiliation="South Australia",
              aliases=["SA Health"], stance=0),
        actor("Kirsty Halloran", "person", title="secretary", affiliation="Ambulance Employees Association",
              aliases=["Kirsty Halloran", "Halloran"], stance=-1),
        actor("Nick Ferraro", "person", title="SA Health Minister", affiliation="South Australian Labor government",
              aliases=["Nick Ferraro", "Ferraro", "Mr Ferraro"], stance=1),
        actor("Ashleigh Brandt", "person", title="opposition health spokeswoman", affiliation="SA Liberal opposition",
              aliases=["Ashleigh Brandt", "Brandt"], stance=-1),
        actor("Graeme Tolley", "person", title="chief executive", affiliation="SA Health",
              aliases=["Graeme Tolley", "Tolley", "Dr Graeme Tolley"], stance=1),
        actor("Northern Adelaide Local Health Network spokeswoman", "person", title="anonymous hospital network "
              "spokeswoman", affiliation="Northern Adelaide Local Health Network",
              aliases=["Northern Adelaide Local Health Network spokeswoman"], stance=1),
        actor("Deb Kowalski", "person", title="Salisbury North grandmother, patient's wife",
              aliases=["Deb Kowalski", "Kowalski"], stance=-1),
        actor("senior emergency doctor", "person", title="anonymous emergency doctor at the Lyell McEwin",
              affiliation="Lyell McEwin Hospital", aliases=["senior emergency doctor"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AFP European politics (a pro-EU party wins Bulgaria's snap election short of a majority),
#    dateline "Sofia (AFP) -", British spelling ("cheque", "north-west"), AFP's
#    "percent", curly “ ” and ’ apostrophes (Bulgaria’s, party’s, capital’s), fragment punctuation
#    outside the marks. Headline without speech. Lede content before "according to near-complete
#    results released by the Central Election Commission"; the writer's ", but it will need ..."
#    after the cue is left out. Bulgarian Dignity's position ("which wants the European Union to
#    lift ...") is the writer's. Winner named after his quote ("New Course leader X told
#    supporters"); "said A and would not govern ... “...”" (indirect for A plus the partial).
#    Second party's leader "called the result “...”", then "he told reporters"; "He said A and that
#    ... “...” with Russia" (indirect plus partial). Third party "said A but would not B" (one
#    span); its leader named after the first stretch ("said its leader, X"), resumed ("Tsonev"
#    inside). Turnout: the writer's. OSCE observers "said ... “...” but that B" (partial plus
#    indirect). Scare so-called “controlled vote”. Russian embassy "said it respected “...” but
#    regretted that ... “...”" (two partials); "Tsonev brushed the comment aside." then "he said".
#    "Analysts expect ..." (no speech verb). Political scientist named after her quote, then "She
#    said ... “...”" (partial only). Voter named after her quote.
ARTICLES["data/eval/dev42/bulgaria-snap-election-new-course-wins.gold.json"] = {
    "article": "data/eval/dev42/bulgaria-snap-election-new-course-wins.txt",
    "target": "New Course",
    "quotes": [
        (I, "Central Election Commission", "Bulgaria\u2019s pro-European New Course party won Sunday\u2019s snap "
            "general election with 27.4 percent of the vote", None),
        (D, "Boyan Tsonev", "Bulgarians have told us very clearly what they are tired of: elections, caretaker "
            "governments and politicians who promise Brussels one thing and Moscow another,", None),
        (I, "Boyan Tsonev", "his party would open talks with other pro-European groups on Tuesday", None),
        (P, "Boyan Tsonev", "under any circumstances", None),
        (P, "Atanas Grudev", "a political earthquake", None),
        (D, "Atanas Grudev", "For thirty years they have told us that Bulgaria\u2019s only friends are in Brussels. Our "
            "farmers and our refinery workers have paid for that lie,", None),
        (I, "Atanas Grudev", "sanctions against Moscow had cost the Bulgarian economy billions of euros", None),
        (P, "Atanas Grudev", "normal relations", None),
        (I, "Democratic Path", "it was ready to talk to New Course but would not support any government that kept the "
            "current prosecutor general in office", None),
        (D, "Elena Vakareva", "We are not going to hand anyone a blank cheque,", None),
        (D, "Elena Vakareva", "If Tsonev wants our votes, judicial reform goes on the first page of the agreement, not "
            "the last.", None),
        (P, "Organization for Security and Co-operation in Europe", "competitive and generally well run", None),
        (I, "Organization for Security and Co-operation in Europe", "the authorities had failed to investigate dozens "
            "of complaints of vote-buying", None),
        (S, None, "controlled vote", None),
        (P, "Russian embassy in Sofia", "the choice of the Bulgarian people", None),
        (P, "Russian embassy in Sofia", "anti-Russian slogans", None),
        (D, "Boyan Tsonev", "The Russian embassy does not get a vote in Bulgaria, however hard it tries,", None),
        (D, "Tsvetelina Radeva", "New Course won the election. Whether it can win the parliament is a different "
            "question,", None),
        (P, "Tsvetelina Radeva", "a year, if everybody is lucky", None),
        (D, "Nadezhda Ilieva", "Maybe this time they will actually form a government. If not, I will be back at the "
            "polling station in the autumn, like always,", None),
    ],
    "actors": [
        actor("Central Election Commission", "government", title="Bulgaria's election authority (results)",
              affiliation="Bulgaria", aliases=["Central Election Commission"], stance=0),
        actor("Boyan Tsonev", "person", title="party leader, former finance minister", affiliation="New Course",
              aliases=["Boyan Tsonev", "Tsonev"], stance=1),
        actor("Atanas Grudev", "person", title="party leader", affiliation="Bulgarian Dignity",
              aliases=["Atanas Grudev", "Grudev"], stance=-1),
        actor("Democratic Path", "organisation", title="liberal anti-corruption alliance (third place)",
              aliases=["Democratic Path"], stance=0),
        actor("Elena Vakareva", "person", title="leader", affiliation="Democratic Path",
              aliases=["Elena Vakareva", "Vakareva"], stance=0),
        actor("Organization for Security and Co-operation in Europe", "organisation", title="election observers",
              aliases=["Organization for Security and Co-operation in Europe", "OSCE"], stance=None),
        actor("Russian embassy in Sofia", "government", title="Russia's embassy in Bulgaria", affiliation="Russia",
              aliases=["Russian embassy in Sofia", "Russian embassy"], stance=-1),
        actor("Tsvetelina Radeva", "person", title="political scientist", affiliation="Sofia University",
              aliases=["Tsvetelina Radeva", "Radeva"], stance=0),
        actor("Nadezhda Ilieva", "person", title="pharmacist (52), Sofia voter",
              aliases=["Nadezhda Ilieva", "Ilieva"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
