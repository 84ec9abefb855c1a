"""Build the dev39 gold files (data/eval/dev39/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev39/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev39.  Standard library only.
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
# 1. Euronews EU summit (leaders fail to sign the Mercosur trade deal as France holds out), byline
#    and "Published on dd/mm/yyyy - hh:mm GMT+1" lines, British spelling (favour), curly “ ” and ‘ ’
#    with ’ apostrophes (France’s, deal’s, EU’s), a nested ‘trust the process’ inside a direct quote,
#    a full stop outside the nested closing mark, "65%". Headline fragment "France says ... ‘cannot be
#    signed as it stands’" -> France (the minister's body sentence containing the same words is her own
#    direct entry). Lede without speech. Minister named after the first stretch ("France’s Minister for
#    European Affairs, X, told Euronews"), resumed. "Paris argues that A" (France, by its capital).
#    "French officials are also pressing for so-called “mirror clauses”" (a demand without a
#    proposition; the term is scare). "made little secret of its frustration" (no speech). German
#    minister "said A ... “...” while ..." (partial only), then "he said". Spanish spokesperson "said
#    ... “...” ..., and that B" (partial plus indirect). "Poland ... said A" (country). Polish minister
#    named after the quote. Commission "said it remained “...” to ..." (partial only); its spokesperson
#    named after the quote. Farm lobby "welcomed the delay, saying ... “...” ..." (partial only).
#    Council arithmetic is the writer's. Anonymous diplomat "said ... “...” and that B" (partial plus
#    indirect), then "the diplomat said". Brazil's foreign ministry "said ... “...” and that B".
ARTICLES["data/eval/dev39/eu-summit-mercosur-france-objection.gold.json"] = {
    "article": "data/eval/dev39/eu-summit-mercosur-france-objection.txt",
    "target": "France",
    "quotes": [
        (P, "France", "cannot be signed as it stands", "France says Mercosur"),
        (D, "H\u00e9l\u00e8ne Garnier", "France\u2019s position has not changed. This agreement cannot be signed as "
            "it stands,", None),
        (D, "H\u00e9l\u00e8ne Garnier", "In 2019 we were told to \u2018trust the process\u2019. Our farmers have "
            "trusted it for five years, and they are still waiting for answers.", None),
        (I, "France", "the safeguard mechanism offered by the European Commission, which would allow tariffs to be "
            "reimposed if imports of beef, poultry or sugar suddenly surge, is too slow to protect producers", None),
        (S, None, "mirror clauses", None),
        (P, "Tobias Reinhardt", "lose another decade", None),
        (D, "Tobias Reinhardt", "Every month we wait, China signs another agreement in South America. That is the "
            "reality,", None),
        (P, "Marta Olmedo", "a terrible signal", None),
        (I, "Marta Olmedo", "Spain would keep working to build a majority in favour", None),
        (I, "Poland", "it would vote against the deal in its current form", None),
        (D, "Piotr Zawadzki", "We will not sign something that our farmers see as a threat to their existence,", None),
        (P, "European Commission", "fully committed", None),
        (D, "Olivier Mertens", "We have listened to the concerns and we have answered them. The safeguards are real, "
            "they are fast and they are enforceable,", None),
        (P, "Copa-Cogeca", "unfair competition", None),
        (P, "EU diplomat", "isolated but not alone", None),
        (I, "EU diplomat", "a qualified majority could in theory be reached without Paris", None),
        (D, "EU diplomat", "The real question is whether anyone wants to sign a trade deal over the head of France. "
            "Nobody has answered that yet,", None),
        (P, "Brazil\u2019s foreign ministry", "in good faith", None),
        (I, "Brazil\u2019s foreign ministry", "they would not reopen the text", None),
    ],
    "actors": [
        actor("France", "country", title=None, aliases=["France", "Paris"], stance=1),
        actor("H\u00e9l\u00e8ne Garnier", "person", title="Minister for European Affairs", affiliation="France",
              aliases=["H\u00e9l\u00e8ne Garnier", "Garnier"], stance=1),
        actor("Tobias Reinhardt", "person", title="Economy Minister", affiliation="Germany",
              aliases=["Tobias Reinhardt", "Reinhardt"], stance=-1),
        actor("Marta Olmedo", "person", title="government spokesperson", affiliation="Spain",
              aliases=["Marta Olmedo", "Olmedo"], stance=-1),
        actor("Poland", "country", title=None, aliases=["Poland"], stance=1),
        actor("Piotr Zawadzki", "person", title="Agriculture Minister", affiliation="Poland",
              aliases=["Piotr Zawadzki", "Zawadzki"], stance=1),
        actor("European Commission", "organisation", title="EU executive (negotiated the deal)",
              aliases=["European Commission"], stance=-1),
        actor("Olivier Mertens", "person", title="Commission spokesperson", affiliation="European Commission",
              aliases=["Olivier Mertens", "Mertens"], stance=-1),
        actor("Copa-Cogeca", "organisation", title="EU farm lobby", aliases=["Copa-Cogeca"], stance=1),
        actor("EU diplomat", "person", title="anonymous EU diplomat", aliases=["EU diplomat", "the diplomat"],
              stance=0),
        actor("Brazil\u2019s foreign ministry", "government", title="foreign ministry of Brazil",
              affiliation="Brazil", aliases=["Brazil\u2019s foreign ministry"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Globe and Mail business (a Canadian bank cuts jobs and branches as mortgage losses rise),
#    capitals byline, "BANKING REPORTER" and "PUBLISHED ..." lines, Canadian spelling (kilometres,
#    capitalized), "per cent", hyphenated dollar figures ($310-million), "Mr."/"Ms." on later
#    references, curly “ ” and ’ apostrophes (they’re, Stoneridge’s, bank’s), punctuation inside
#    closing marks. Headline without speech. Lede content before "the Toronto-based lender said
#    Tuesday" (a descriptive subject, an alias); the restructuring charge is the writer's. CEO quote
#    split by "chief executive officer X told analysts on a conference call", resumed; "Mr. Anand said
#    A, and that B" (one span). Scare so-called “payment shock”. CFO "said ... “...” but that B"
#    (partial plus indirect). Analyst "wrote in a note to clients that ... “...” and that ... “...”" (two
#    partials), then "Ms. Doyle said in an interview". Mayor "said A" then "Ms. Lalonde said". Anonymous
#    employee "said A", then "she said". Company "In its news release, Stoneridge said ... “...” ..."
#    (partial only). Regulator "declined to comment on ... but said A and that B" (one span; the
#    refusal is not annotated). "Asked whether ..., Mr. Anand was blunt: “...”" (colon cue, direct).
ARTICLES["data/eval/dev39/stoneridge-bank-job-cuts-branches.gold.json"] = {
    "article": "data/eval/dev39/stoneridge-bank-job-cuts-branches.txt",
    "target": "Stoneridge Bank of Canada",
    "quotes": [
        (I, "Stoneridge Bank of Canada", "Stoneridge Bank of Canada will eliminate about 1,800 jobs and close roughly "
            "one in six of its branches over the next year", None),
        (D, "Victor Anand", "We are not in trouble. We are getting ahead of trouble,", None),
        (D, "Victor Anand", "The banks that come out of the next two years in good shape will be the ones that made "
            "the hard decisions early.", None),
        (I, "Victor Anand", "most of the branch closings would be in cities where Stoneridge has several locations "
            "within a few blocks of one another, and that the bank would keep its rural network largely intact",
            None),
        (S, None, "payment shock", None),
        (P, "Lisa Marchand", "performing better than we feared", None),
        (I, "Lisa Marchand", "the bank expected arrears to keep rising through the middle of next year", None),
        (P, "Meghan Doyle", "overdue", None),
        (P, "Meghan Doyle", "spent five years building a cost base for a bank twice its size.", None),
        (D, "Meghan Doyle", "Investors will take the efficiency story, but they\u2019re going to want to see it in "
            "the numbers by the spring,", None),
        (I, "Denise Lalonde", "she learned it was on the closing list from a customer who had been handed a letter by "
            "a teller", None),
        (D, "Denise Lalonde", "Seniors here do their banking in person. Telling them to download an app is not a "
            "plan,", None),
        (I, "Stoneridge employee", "staff learned of the cuts on a 15-minute video call on Tuesday morning", None),
        (D, "Stoneridge employee", "Nobody asked a single question. I think everybody was just trying to work out "
            "whether it was them,", None),
        (P, "Stoneridge Bank of Canada", "enhanced", None),
        (I, "Office of the Superintendent of Financial Institutions", "Canadian banks remained well capitalized and "
            "that it was watching mortgage renewals closely", None),
        (D, "Victor Anand", "I don\u2019t expect to be back here next year with another number like this.", None),
    ],
    "actors": [
        actor("Stoneridge Bank of Canada", "organisation", title="bank (Toronto)",
              aliases=["Stoneridge Bank of Canada", "Stoneridge", "Stoneridge Bank", "the Toronto-based lender"],
              stance=0),
        actor("Victor Anand", "person", title="chief executive officer", affiliation="Stoneridge Bank of Canada",
              aliases=["Victor Anand", "Anand", "Mr. Anand"], stance=1),
        actor("Lisa Marchand", "person", title="chief financial officer", affiliation="Stoneridge Bank of Canada",
              aliases=["Lisa Marchand", "Marchand"], stance=1),
        actor("Meghan Doyle", "person", title="analyst", affiliation="Desjardins Securities",
              aliases=["Meghan Doyle", "Doyle", "Ms. Doyle"], stance=-1),
        actor("Denise Lalonde", "person", title="mayor of Cedar Narrows, Ont.",
              aliases=["Denise Lalonde", "Lalonde", "Ms. Lalonde"], stance=-1),
        actor("Stoneridge employee", "person", title="anonymous employee (Winnipeg)",
              affiliation="Stoneridge Bank of Canada", aliases=["Stoneridge employee"], stance=-1),
        actor("Office of the Superintendent of Financial Institutions", "government",
              title="federal bank regulator", affiliation="Canada",
              aliases=["Office of the Superintendent of Financial Institutions"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Straits Times (Singapore: the Ministry of Manpower makes heat-stress rest breaks
#    mandatory), headline and standfirst without speech, byline and "Manpower Correspondent" lines,
#    dateline "SINGAPORE –" (en dash), "per cent", "Feb 10" without a point, "Mr Teo" without a point, straight double quotes and apostrophes (Singapore's, Workers' Party),
#    comma outside a closing mark after a term. Lede content before "the Ministry of Manpower (MOM)
#    said on Feb 10"; second MOM sentence with content before "MOM said". Scare so-called "wet bulb
#    globe temperature". Figure before "according to the Meteorological Service Singapore". Minister
#    "said the change reflected "..."" (partial only), then a quote split by "he said", resumed; "Mr Teo
#    added that A". Association "said A but warned that B" (two indirect spans, two cues). Its
#    president "told The Straits Times that ... "..."" (partial only), then "he said" in the next
#    paragraph. Company director "said A", then "Mr Tan said". Worker "said A", then "he said". NGO
#    "said ... "..." but that B" (partial plus indirect). Opposition MP "said A" (reported opinion).
ARTICLES["data/eval/dev39/singapore-heat-stress-rest-breaks.gold.json"] = {
    "article": "data/eval/dev39/singapore-heat-stress-rest-breaks.txt",
    "target": "Ministry of Manpower",
    "quotes": [
        (I, "Ministry of Manpower", "Employers will be required by law to give outdoor workers at least 15 minutes of "
            "rest in shaded areas every hour when heat stress reaches high levels, under new rules that take effect "
            "on April 1", None),
        (I, "Ministry of Manpower", "Employers will also have to provide cool drinking water and lighter workloads "
            "for new workers in their first week on site", None),
        (S, None, "wet bulb globe temperature", None),
        (I, "Meteorological Service Singapore", "The number of days on which heat stress reached high levels at one "
            "or more monitoring stations rose to 68 in 2024, from 41 in 2019", None),
        (P, "Ryan Teo", "a new reality", None),
        (D, "Ryan Teo", "Singapore is getting hotter, and the people who feel it first are the ones building our "
            "homes and cleaning our streets,", None),
        (D, "Ryan Teo", "We cannot leave their safety to whether a supervisor remembers to call a break.", None),
        (I, "Ryan Teo", "MOM would step up inspections from April to August, when heat stress is typically at its "
            "highest", None),
        (I, "Singapore Contractors Association Ltd", "it supported the intent of the rules", None),
        (I, "Singapore Contractors Association Ltd", "they could add weeks to projects already running behind "
            "schedule", None),
        (P, "Ong Boon Keat", "told, not consulted", None),
        (D, "Ong Boon Keat", "If the work stops for 15 minutes every hour, someone has to pay for that time. It should "
            "not only be the contractor,", None),
        (I, "Melvin Tan", "the firm had introduced hourly breaks two years ago after a worker collapsed at a site in "
            "Punggol", None),
        (D, "Melvin Tan", "We lost maybe 5 per cent in productivity. We lost zero workers to the heat,", None),
        (I, "Shohel Rana", "rest breaks at his site depended on the supervisor", None),
        (D, "Shohel Rana", "Some days we rest, some days no. If it is the law, then every day,", None),
        (P, "Transient Workers Count Too", "a good first step", None),
        (I, "Transient Workers Count Too", "they did nothing about conditions in dormitories, many of which have no "
            "air-conditioning", None),
        (I, "Lee Jun Hao", "the rules should be extended to delivery riders, who are not employees and so fall "
            "outside the law", None),
    ],
    "actors": [
        actor("Ministry of Manpower", "government", title="Singapore ministry", affiliation="Singapore",
              aliases=["Ministry of Manpower", "MOM"], stance=1),
        actor("Meteorological Service Singapore", "government", title="weather service (figures)",
              affiliation="Singapore", aliases=["Meteorological Service Singapore"], stance=None),
        actor("Ryan Teo", "person", title="Minister of State for Manpower", affiliation="Ministry of Manpower",
              aliases=["Ryan Teo", "Teo", "Mr Teo"], stance=1),
        actor("Singapore Contractors Association Ltd", "organisation", title="contractors' trade association",
              aliases=["Singapore Contractors Association Ltd", "SCAL"], stance=0),
        actor("Ong Boon Keat", "person", title="president", affiliation="Singapore Contractors Association Ltd",
              aliases=["Ong Boon Keat", "Ong"], stance=-1),
        actor("Melvin Tan", "person", title="director", affiliation="Huat Leong Construction",
              aliases=["Melvin Tan", "Tan", "Mr Tan"], stance=1),
        actor("Shohel Rana", "person", title="scaffolder from Bangladesh (34)", aliases=["Shohel Rana", "Rana"],
              stance=1),
        actor("Transient Workers Count Too", "organisation", title="migrant worker advocacy group",
              aliases=["Transient Workers Count Too", "TWC2"], stance=0),
        actor("Lee Jun Hao", "person", title="MP", affiliation="Workers' Party", aliases=["Lee Jun Hao", "Lee"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. ESPN college basketball (a conference suspends a coach for confronting officials), byline
#    "NAME, ESPN Staff Writer" and date line, American spelling, straight double quotes and
#    apostrophes (State's, I've, He's, nobody's), punctuation inside closing marks, numerals (2 games,
#    71-69, 17-8). Headline without speech. Lede content before "the Heartland Athletic Conference
#    announced Monday". Conference statement "said ... "..." and that B" (partial plus indirect);
#    commissioner named after the quote ("Heartland commissioner X said in the statement"). Coach's
#    postgame "said ... "..." and called ... "..."" (two partials). "apologized in a statement" (no
#    content), then a two-paragraph quote (a quote-only paragraph continuing him, the second closed by
#    "Pruitt said"). Scare so-called "junkyard" defense. Player "said the team would "..." this week"
#    (partial only), then a quote split by "Brooks said", resumed. Athletic director "said ... "..." and
#    that B" (partial plus indirect). Content before "sources told ESPN". Opposing coach "said he had
#    "..." for Pruitt but that "..."" (two partials). Analyst "said on SportsCenter that ... "..." and
#    that, if anything, B" (partial plus indirect).
ARTICLES["data/eval/dev39/northern-ridge-pruitt-suspension.gold.json"] = {
    "article": "data/eval/dev39/northern-ridge-pruitt-suspension.txt",
    "target": "Dale Pruitt",
    "quotes": [
        (I, "Heartland Athletic Conference", "Northern Ridge State men's basketball coach Dale Pruitt has been "
            "suspended for two games and fined $25,000 for confronting officials on the court after Saturday's 71-69 "
            "loss to Cedar Falls Tech", None),
        (P, "Heartland Athletic Conference", "crossed a clear line", None),
        (I, "Heartland Athletic Conference", "he had directed profane language at the crew chief in front of fans",
            None),
        (D, "Karen Whitlock", "We have to protect the people who officiate our games. Without them, there are no "
            "games,", None),
        (P, "Dale Pruitt", "decided it for us", None),
        (P, "Dale Pruitt", "the worst call I've seen in 30 years of coaching.", None),
        (D, "Dale Pruitt", "I let my emotions get the better of me, and I said things about the officials that I "
            "regret. They have a hard job, and I made it harder.", None),
        (D, "Dale Pruitt", "These kids deserve better from me. I'll be behind them for the next two games, even if "
            "it's from my living room,", None),
        (S, None, "junkyard", None),
        (P, "Jalen Brooks", "play for him", None),
        (D, "Jalen Brooks", "He's the reason half of us came here,", None),
        (D, "Jalen Brooks", "You don't get that kind of fire without a little smoke sometimes.", None),
        (P, "Renee Calloway", "respects the conference's process", None),
        (I, "Renee Calloway", "it would not appeal the suspension", None),
        (I, "sources", "Pruitt had wanted to appeal but changed his mind after meeting with Calloway on Sunday night",
            None),
        (P, "Marcus Lyle", "a lot of respect", None),
        (P, "Marcus Lyle", "nobody's bigger than the game.", None),
        (P, "Rick Santangelo", "a bad look for a good coach", None),
        (I, "Rick Santangelo", "if anything, the conference had gone easy on him", None),
    ],
    "actors": [
        actor("Heartland Athletic Conference", "organisation", title="college athletic conference",
              aliases=["Heartland Athletic Conference", "the conference"], stance=-1),
        actor("Karen Whitlock", "person", title="commissioner", affiliation="Heartland Athletic Conference",
              aliases=["Karen Whitlock", "Whitlock"], stance=-1),
        actor("Dale Pruitt", "person", title="men's basketball coach", affiliation="Northern Ridge State",
              aliases=["Dale Pruitt", "Pruitt"], stance=0),
        actor("Jalen Brooks", "person", title="senior guard", affiliation="Northern Ridge State",
              aliases=["Jalen Brooks", "Brooks"], stance=1),
        actor("Renee Calloway", "person", title="athletic director", affiliation="Northern Ridge State",
              aliases=["Renee Calloway", "Calloway"], stance=0),
        actor("sources", "group", title="unnamed sources", aliases=["sources"], stance=None),
        actor("Marcus Lyle", "person", title="coach", affiliation="Cedar Falls Tech",
              aliases=["Marcus Lyle", "Lyle"], stance=0),
        actor("Rick Santangelo", "person", title="analyst", affiliation="ESPN",
              aliases=["Rick Santangelo", "Santangelo"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
