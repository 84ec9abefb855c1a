"""Build the test120 gold files (data/eval/test120/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test120/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test120.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test120"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Diplomat analysis (a Russian-Vietnamese joint venture drills in waters China claims),
#    headline and standfirst without speech, byline and "December 05, 2026" line, photo caption ending
#    "Credit: Depositphotos", curly “ ” and ’, American spelling. Scare "nine-dash line"; Chinese spokesperson
#    "told a regular press briefing ... that the operation “...” and that China would “...” to protect its
#    rights" (two partials, no indirect); "Asked whether ..., Wu said ... were “...” and that B" (partial plus
#    indirect); Vietnamese spokesperson "said A “as defined by ...”" (the clause holds
#    the fragment: partial only), quote with "Chau
#    said"; "According to the Asia Maritime Transparency Initiative (AMTI), A"; embassy "said in a statement
#    ... that ... was operating “...” and that B" (partial plus indirect); ambassador named after the quote
#    ("Ambassador Gennady Bezrukov told ... VTV"); analyst named mid-way ("said Alexandra Volkova, ..."), second
#    stretch after; "Volkova noted that A"; second analyst "argued that A", then "he said"; anonymous official
#    "said A and that B" (one span).
ARTICLES[f"{BATCH}/russia-vietsovpetro-rig-south-china-sea.gold.json"] = {
    "article": f"{BATCH}/russia-vietsovpetro-rig-south-china-sea.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "nine-dash line", None),
        (P, "Wu Haoran", "seriously infringes on China\u2019s sovereignty and jurisdiction", None),
        (P, "Wu Haoran", "take necessary measures", None),
        (P, "Wu Haoran", "at their best in history", None),
        (I, "Wu Haoran", "the matter was one between China and Vietnam", None),
        (P, "Nguyen Minh Chau", "as defined by the 1982 UN Convention on the Law of the Sea.", None),
        (D, "Nguyen Minh Chau", "Vietnam\u2019s cooperation with foreign partners in its own waters is normal commercial "
            "activity and is fully consistent with international law,", None),
        (I, "Asia Maritime Transparency Initiative", "a Chinese coast guard cutter has been loitering within 10 nautical "
            "miles of the rig since Monday, at times crossing the path of supply vessels", None),
        (P, "Russian Embassy in Hanoi", "in full accordance with Vietnamese law and international norms", None),
        (I, "Russian Embassy in Hanoi", "Russia did not take sides in territorial disputes in the region", None),
        (D, "Gennady Bezrukov", "We have worked with our Vietnamese friends on the shelf for 45 years. Nothing has "
            "changed, and nothing will change because someone issues a statement,", None),
        (D, "Alexandra Volkova", "For Moscow, Vietnam is one of the few places in Asia where it can show that it is not "
            "simply China\u2019s junior partner,", None),
        (D, "Alexandra Volkova", "But it will not push this very far. If Beijing turns up the pressure, I expect the "
            "rig to find a reason to move.", None),
        (I, "Alexandra Volkova", "a Russian company had quietly withdrawn from a neighboring block in 2018 after Chinese "
            "pressure on Hanoi", None),
        (I, "Tran Quoc Bao", "Hanoi values the Russian presence precisely because Beijing is reluctant to confront Moscow "
            "directly", None),
        (D, "Tran Quoc Bao", "A Russian flag on the rig is worth more than a coast guard cutter,", None),
        (I, "Vietnamese official familiar with the project", "drilling was expected to last about 90 days and that the "
            "first results would be known by March", None),
    ],
    "actors": [
        actor("Wu Haoran", "person", title="Foreign Ministry spokesperson", affiliation="China",
              aliases=["Wu Haoran", "Wu"], stance=0),
        actor("Nguyen Minh Chau", "person", title="Foreign Ministry spokesperson", affiliation="Vietnam",
              aliases=["Nguyen Minh Chau", "Chau"], stance=1),
        actor("Asia Maritime Transparency Initiative", "organisation", title="ship-tracking project",
              aliases=["Asia Maritime Transparency Initiative", "AMTI"], stance=None),
        actor("Russian Embassy in Hanoi", "government", affiliation="Russia",
              aliases=["Russian Embassy in Hanoi"], stance=1),
        actor("Gennady Bezrukov", "person", title="Ambassador", affiliation="Russia",
              aliases=["Gennady Bezrukov", "Bezrukov"], stance=1),
        actor("Alexandra Volkova", "person", title="fellow", affiliation="Carnegie Russia Eurasia Center",
              aliases=["Alexandra Volkova", "Volkova"], stance=0),
        actor("Tran Quoc Bao", "person", title="visiting fellow", affiliation="ISEAS\u2013Yusof Ishak Institute",
              aliases=["Tran Quoc Bao", "Tran"], stance=1),
        actor("Vietnamese official familiar with the project", "person", title="anonymous official",
              affiliation="Vietnam", aliases=["Vietnamese official familiar with the project"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Inter Press Service (Norway cuts its aid budget), headline with an "DEVELOPMENT AID:" kicker, byline,
#    dateline "UNITED NATIONS, Dec 3 2026 (IPS) -", curly “ ” and ’, en dash inside a quote, "IPS UN Bureau
#    Report" sign-off. Content before "according to an analysis by the Norwegian Agency for Development
#    Cooperation (Norad)"; minister "defended the decision in an interview with IPS" (act), quote with "she
#    said", then a quote-only paragraph; "She said A and that B" (one span); aid group "said A"; its secretary
#    general "told IPS the government was “...”" (partial only), then "he said"; Malawian official "said A",
#    quote split by "Banda said"; "According to the UN Population Fund (UNFPA), A"; opposition spokesperson
#    "accused the government of “...”" (partial), then "she said"; scare so-called “tied aid”; anonymous
#    diplomat "said A", quote with "he told IPS".
ARTICLES[f"{BATCH}/norway-aid-cut-ngos.gold.json"] = {
    "article": f"{BATCH}/norway-aid-cut-ngos.txt",
    "target": "Norway",
    "quotes": [
        (I, "Norwegian Agency for Development Cooperation", "Funding for global health programmes and for UN agencies\u2019 "
            "core budgets will fall furthest", None),
        (D, "Ingvild Tveten-Haug", "Norway will remain among the most generous donors in the world, measured per person "
            "or as a share of our economy. That will not change,", None),
        (D, "Ingvild Tveten-Haug", "But we have to be honest with our own citizens. Defence spending is rising, our oil "
            "income is falling, and we cannot promise every partner that every programme will continue at the same "
            "level.", None),
        (I, "Ingvild Tveten-Haug", "the government would protect humanitarian aid and climate finance from the cuts and "
            "that it would review the reductions again in 2028", None),
        (I, "Norwegian Church Aid", "the cuts would fall hardest on women and children in countries where Norway had "
            "been a reliable partner for decades", None),
        (P, "Dagfinn Lie", "balancing its books on the backs of the poorest", None),
        (D, "Dagfinn Lie", "This is a rich country with a sovereign wealth fund worth more than 20 trillion kroner. "
            "Nobody in Malawi or South Sudan will believe that Norway cannot afford this,", None),
        (I, "Chikondi Banda", "Norwegian funding paid for about a third of the contraceptives distributed in the "
            "country\u2019s public clinics", None),
        (D, "Chikondi Banda", "Norway has been a true friend to Malawi, and we are grateful for that,", None),
        (D, "Chikondi Banda", "But a friend who leaves in a hurry leaves a gap, and in our clinics that gap will be "
            "filled by unplanned pregnancies.", None),
        (I, "UN Population Fund", "every dollar spent on family planning in low-income countries saves more than two "
            "dollars in maternal and newborn health costs", None),
        (P, "Kari Fossum", "quietly abandoning", None),
        (D, "Kari Fossum", "For 50 years, every government has protected aid. This one treats it as the first thing to "
            "cut,", None),
        (S, None, "tied aid", None),
        (I, "One African diplomat at the UN", "the timing could not be worse", None),
        (D, "One African diplomat at the UN", "Everyone is cutting at once \u2013 the Americans, the British, the Dutch, "
            "and now the Norwegians. You expect it from some. You did not expect it from Norway,", None),
    ],
    "actors": [
        actor("Norwegian Agency for Development Cooperation", "government", affiliation="Norway",
              aliases=["Norwegian Agency for Development Cooperation", "Norad"], stance=0),
        actor("Ingvild Tveten-Haug", "person", title="Minister of International Development", affiliation="Norway",
              aliases=["Ingvild Tveten-Haug", "Tveten-Haug"], stance=1),
        actor("Norwegian Church Aid", "organisation", title="humanitarian organisation",
              aliases=["Norwegian Church Aid"], stance=-1),
        actor("Dagfinn Lie", "person", title="secretary general", affiliation="Norwegian Church Aid",
              aliases=["Dagfinn Lie", "Lie"], stance=-1),
        actor("Chikondi Banda", "person", title="director of reproductive health services",
              affiliation="Malawi's Ministry of Health", aliases=["Chikondi Banda", "Banda"], stance=-1),
        actor("UN Population Fund", "organisation", affiliation="United Nations",
              aliases=["UN Population Fund", "UNFPA"], stance=None),
        actor("Kari Fossum", "person", title="development spokesperson", affiliation="Socialist Left Party",
              aliases=["Kari Fossum", "Fossum"], stance=-1),
        actor("One African diplomat at the UN", "person", title="anonymous African diplomat",
              aliases=["One African diplomat at the UN"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Stanford Daily sports (the athletic director keeps the football coach after a 3-9 season),
#    headline without speech, byline and "Dec. 1, 2026, 10:18 p.m." line, straight " and apostrophes,
#    class years (’27 with a curly apostrophe), update note at the end. Lede content before "Athletic Director Renée Castellanos
#    said Monday"; statement quote split by "Castellanos wrote in a statement"; "Castellanos said A" (one
#    span, "though she did not give figures" left out); scare "air raid" attack; "Pryce thanked ..." (act);
#    coach quote split by "Pryce said"; "Asked whether ..., Pryce replied: "...""; captain "told The Daily that
#    the locker room had been "..." by the decision" (partial only), quote split by "Makani said"; anonymous
#    donor "said A" (one span containing "had urged ... and had been told that ..."), then "the donor said";
#    "Castellanos denied that A, saying the decision was "..."" (indirect plus partial); student "said A",
#    quote with "Raman said"; alumnus analyst "said A", quote with "Asante said".
ARTICLES[f"{BATCH}/stanford-football-pryce-retained.gold.json"] = {
    "article": f"{BATCH}/stanford-football-pryce-retained.txt",
    "target": "Darnell Pryce",
    "quotes": [
        (I, "Ren\u00e9e Castellanos", "Head football coach Darnell Pryce will return for a fourth season on the Farm", None),
        (D, "Ren\u00e9e Castellanos", "Darnell has built the right culture in our program, and our students are doing "
            "things the right way on and off the field,", None),
        (D, "Ren\u00e9e Castellanos", "I have full confidence that the results will follow.", None),
        (I, "Ren\u00e9e Castellanos", "the department would add two assistant coaching positions and increase its "
            "investment in player recruitment and name, image and likeness (NIL) support", None),
        (S, None, "air raid", None),
        (D, "Darnell Pryce", "Nobody in this building is satisfied with 3-9. Not me, not the players, not the people who "
            "pay for tickets,", None),
        (D, "Darnell Pryce", "But I have never been more sure that we are close.", None),
        (D, "Darnell Pryce", "Every coach in America fears for his job every Saturday. That's the business.", None),
        (P, "Kekoa Makani", "relieved", None),
        (D, "Kekoa Makani", "Coach Pryce recruited me when nobody else believed in me. Guys here would run through a "
            "wall for him,", None),
        (D, "Kekoa Makani", "We know the record isn't good enough. That's on us too.", None),
        (I, "longtime donor to the athletics program", "several major boosters had urged the department to make a change "
            "and had been told that buying out Pryce's contract was too expensive", None),
        (D, "longtime donor to the athletics program", "They kept him because firing him costs $11 million, not because "
            "anyone believes in him,", None),
        (I, "Ren\u00e9e Castellanos", "the contract had been a factor", None),
        (P, "Ren\u00e9e Castellanos", "about people, not money.", None),
        (I, "Priya Raman", "she had stopped going to games in October", None),
        (D, "Priya Raman", "We're a top-five school at basically everything except this. At some point three wins isn't "
            "a rebuilding year, it's just who you are,", None),
        (I, "Gideon Asante", "it was too early to judge Pryce", None),
        (D, "Gideon Asante", "The roster he inherited was thin, and the conference move made everything harder. I'd give "
            "him one more year, but he knows it's one more year,", None),
    ],
    "actors": [
        actor("Ren\u00e9e Castellanos", "person", title="Athletic Director", affiliation="Stanford University",
              aliases=["Ren\u00e9e Castellanos", "Castellanos"], stance=1),
        actor("Darnell Pryce", "person", title="Head football coach", affiliation="Stanford University",
              aliases=["Darnell Pryce", "Pryce", "Coach Pryce"], stance=1),
        actor("Kekoa Makani", "person", title="senior linebacker, team captain", affiliation="Stanford football",
              aliases=["Kekoa Makani", "Makani"], stance=1),
        actor("longtime donor to the athletics program", "person", title="anonymous donor",
              aliases=["longtime donor to the athletics program", "the donor"], stance=-1),
        actor("Priya Raman", "person", title="student, Stanford Band member", affiliation="Stanford University",
              aliases=["Priya Raman", "Raman"], stance=-1),
        actor("Gideon Asante", "person", title="former quarterback, ACC Network analyst",
              aliases=["Gideon Asante", "Asante"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Rail Technology Magazine (a manufacturer's software faults delay battery trains for a Welsh line),
#    headline without speech, "Posted 3 December 2026 | By ..." line, photo caption ending "Image credit:
#    Vantera Rail", straight " and apostrophes, "£210m", "Read more:" line, magazine footer. Lede content
#    after "after manufacturer Vantera Rail said"; "In a statement, Vantera said A and that "..." had been
#    identified" (indirect plus partial), quote split by "the statement said" (the company); chief executive
#    "told RTM A"; "Asked whether ..., he said: "...""; operator COO "described the latest delay as "..." but
#    said A" (partial plus indirect), "She said A", then "she said"; cabinet secretary "said the repeated
#    delays were "..." for ..." (partial only); scare so-called "Plan B"; union "said A" (one span);
#    campaign group "said it was "..." by the delay, noting that A" (partial plus indirect); lecturer "said
#    A", then "he said".
ARTICLES[f"{BATCH}/vantera-battery-trains-cambrian-delay.gold.json"] = {
    "article": f"{BATCH}/vantera-battery-trains-cambrian-delay.txt",
    "target": "Vantera Rail",
    "quotes": [
        (I, "Vantera Rail", "software faults found during testing would take several more months to fix", None),
        (I, "Vantera Rail", "the faults related to the battery management system", None),
        (P, "Vantera Rail", "no safety-critical issues", None),
        (D, "Vantera Rail", "We understand the frustration of Transport for Wales and its passengers, and we are sorry "
            "that the fleet is not yet in service,", None),
        (D, "Vantera Rail", "We would rather take the time to get this right than introduce a train that is not "
            "ready.", None),
        (I, "Henrik Dahlgaard", "the company had doubled the size of its software team in Derby and expected to "
            "complete type testing by the end of June", None),
        (D, "Henrik Dahlgaard", "That is a contractual matter, and we are discussing it with TfW in the normal way.", None),
        (P, "Gwenllian ap Rhys", "deeply disappointing", None),
        (I, "Gwenllian ap Rhys", "the operator's relationship with Vantera remained constructive", None),
        (I, "Gwenllian ap Rhys", "TfW had been forced to extend the leases on its ageing Class 158 diesel units for "
            "another 18 months, at a cost of about \u00a36m", None),
        (D, "Gwenllian ap Rhys", "Our customers on the Cambrian Line were promised modern, quieter, greener trains this "
            "year, and they have every right to be disappointed,", None),
        (P, "Rhodri Vaughan-Price", "simply not good enough", None),
        (S, None, "Plan B", None),
        (I, "RMT", "drivers and conductors on the line had been trained on the new units more than a year ago and would "
            "need refresher training before they entered service", None),
        (P, "Railfuture Wales", "not surprised", None),
        (I, "Railfuture Wales", "new fleets across Britain had routinely entered service late over the past decade", None),
        (I, "Iolo Wynne", "the battery technology itself was not the problem", None),
        (D, "Iolo Wynne", "The cells are proven. What is hard is the software that manages charging on a single-track "
            "line with long gaps between charging points, and nobody has done exactly this before,", None),
    ],
    "actors": [
        actor("Vantera Rail", "organisation", title="train manufacturer", aliases=["Vantera Rail", "Vantera"], stance=1),
        actor("Henrik Dahlgaard", "person", title="chief executive", affiliation="Vantera Rail",
              aliases=["Henrik Dahlgaard", "Dahlgaard"], stance=1),
        actor("Gwenllian ap Rhys", "person", title="chief operating officer", affiliation="Transport for Wales",
              aliases=["Gwenllian ap Rhys", "ap Rhys"], stance=-1),
        actor("Rhodri Vaughan-Price", "person", title="Cabinet Secretary for Transport", affiliation="Welsh Government",
              aliases=["Rhodri Vaughan-Price", "Vaughan-Price"], stance=-1),
        actor("RMT", "organisation", title="rail union", aliases=["RMT"], stance=-1),
        actor("Railfuture Wales", "organisation", title="passenger campaign group", aliases=["Railfuture Wales"],
              stance=0),
        actor("Iolo Wynne", "person", title="lecturer in railway engineering", affiliation="Cardiff University",
              aliases=["Iolo Wynne", "Wynne"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
