"""Build the dev100 gold files (data/eval/dev100/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev100/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev100.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev100"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kazinform (Kazakh national news agency, English service) transport/trade (Russia cuts the January quota for Kazakh
#    coal transit to Baltic ports), headline without speech, `10 December 2026, 15:42` line, `ASTANA. KAZINFORM –`
#    dateline running into the lede, straight `"` and apostrophes, American punctuation inside closing marks,
#    `percent`, `tons`; lede content before `, the Ministry of Transport of the Republic of Kazakhstan said on
#    Wednesday`; `According to the ministry, A`; vice minister with a title before the name `told journalists ... that
#    A`, then `Abenov said`, `He added that A`; `In a statement published on its website, Russian Railways said the
#    restrictions were caused by "..." on ... and that B` (partial plus indirect); scare so-called `"Eastern
#    Polygon,"`; embassy press service `told Kazinform that the decision was "..."` (partial only), then `the embassy
#    said`; present-tense group `Kazakh producers say A`; company director named after the first stretch, quote
#    resumed, `He said A`; `According to Kazakhstan Temir Zholy (KTZ), A`; economist `said A, and that B` (one span),
#    then `he told Kazinform`; MP `called the decision "..." and urged the Government to ...` (partial; directive not
#    annotated); `Earlier, Kazinform reported that ...` (the agency's own earlier report, not annotated).
ARTICLES[f"{BATCH}/russia-cuts-kazakh-coal-transit-quota.gold.json"] = {
    "article": f"{BATCH}/russia-cuts-kazakh-coal-transit-quota.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Transport of the Republic of Kazakhstan", "Russia has cut the quota for the transit of Kazakh "
            "coal to the ports of the Baltic Sea by almost 40 percent for January", None),
        (I, "Ministry of Transport of the Republic of Kazakhstan", "Russian Railways has approved the shipment of "
            "610,000 tons of Kazakh coal to the ports of Ust-Luga and Vysotsk next month, compared with about 1 million "
            "tons in December", None),
        (I, "Yerlan Abenov", "Kazakhstan had not been notified of the reduction in advance", None),
        (D, "Yerlan Abenov", "We have sent an official letter to the Russian side and expect the quota to be reviewed. "
            "Our exporters have contracts signed for the whole year, they cannot simply stop deliveries,", None),
        (I, "Yerlan Abenov", "the issue would be raised at the next meeting of the intergovernmental commission on "
            "economic cooperation, scheduled for February in Moscow", None),
        (P, "Russian Railways", "high congestion", None),
        (I, "Russian Railways", "priority was being given to cargoes under long-term agreements", None),
        (S, None, "Eastern Polygon,", None),
        (P, "Russian Embassy in Kazakhstan", "of a purely technical nature.", None),
        (D, "Russian Embassy in Kazakhstan", "The Russian side is interested in the growth of Kazakh transit, and the "
            "volumes will be restored as soon as the situation on the network allows,", None),
        (I, "Kazakh producers", "the cut will hit them in the middle of the winter season, when European demand for "
            "coal is at its highest", None),
        (D, "Daulet Sarsenbayev", "The quota is the problem, not the demand,", None),
        (D, "Daulet Sarsenbayev", "Our buyers in Poland and Germany are already asking whether we can guarantee "
            "deliveries. If the quota is not restored, we will lose these markets to Colombian and South African coal.",
            None),
        (I, "Daulet Sarsenbayev", "the company would have to store about 150,000 tons of coal at its warehouses in "
            "January", None),
        (I, "Kazakhstan Temir Zholy", "31.2 million tons of coal were transported in transit through Russia in "
            "January-November, 8 percent less than a year earlier", None),
        (I, "Arman Beisembayev", "Kazakhstan remained dependent on Russian routes for most of its coal exports, and that "
            "the Trans-Caspian route could not yet replace them", None),
        (D, "Arman Beisembayev", "Coal is a cheap cargo, and the Caspian is expensive. Nobody will send coal to Europe "
            "through Aktau and Baku at today's prices,", None),
        (P, "Gulmira Seitkali", "a serious blow to our exporters", None),
    ],
    "actors": [
        actor("Ministry of Transport of the Republic of Kazakhstan", "government", affiliation="Kazakhstan",
              aliases=["Ministry of Transport of the Republic of Kazakhstan", "the ministry"], stance=0),
        actor("Yerlan Abenov", "person", title="Vice Minister of Transport", affiliation="Kazakhstan",
              aliases=["Yerlan Abenov", "Abenov"], stance=-1),
        actor("Russian Railways", "organisation", affiliation="Russia", aliases=["Russian Railways"], stance=1),
        actor("Russian Embassy in Kazakhstan", "government", affiliation="Russia",
              aliases=["Russian Embassy in Kazakhstan", "the embassy"], stance=1),
        actor("Kazakh producers", "group", affiliation="Kazakhstan", aliases=["Kazakh producers"], stance=-1),
        actor("Daulet Sarsenbayev", "person", title="general director", affiliation="Maikuduk Komir (Ekibastuz)",
              aliases=["Daulet Sarsenbayev", "Sarsenbayev"], stance=-1),
        actor("Kazakhstan Temir Zholy", "organisation", title="national railway company", affiliation="Kazakhstan",
              aliases=["Kazakhstan Temir Zholy", "KTZ"], stance=None),
        actor("Arman Beisembayev", "person", title="economist", aliases=["Arman Beisembayev", "Beisembayev"],
              stance=0),
        actor("Gulmira Seitkali", "person", title="Member of the Mazhilis", affiliation="Kazakhstan",
              aliases=["Gulmira Seitkali", "Seitkali"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Globes (Israeli business daily, English website) consumer/food (a dairy company raises prices of uncontrolled
#    products for the third time this year), headline and standfirst without speech, `By NAME` and `Published on 10
#    Dec 2026 11:56` lines, straight `"` and apostrophes, `%`, `NIS 212 million`, American spelling (`organizations`);
#    lede content before `, the company told supermarket chains this week`; company response `Tzuf said in response:
#    "...` open at the end of its line, then a closed quote-only paragraph (one direct each); scare `"target price"`
#    of raw milk; ministry `said it was "..." by the decision and that B` (partial plus indirect); anonymous senior
#    official `said A`; competition authority `said it was monitoring ... and would not hesitate to act against "..."`
#    (indirect plus partial); consumer council CEO `told Globes, "..."` (comma), then `He said A`; anonymous retail
#    manager `who asked not to be named, said A`, then a quote with `he said`; analyst `said A`, then `Shaked said`;
#    CEO `rejected the criticism` (act), then a quote with `he said`.
ARTICLES[f"{BATCH}/tzuf-dairies-raises-prices.gold.json"] = {
    "article": f"{BATCH}/tzuf-dairies-raises-prices.txt",
    "target": "Tzuf Dairies",
    "quotes": [
        (I, "Tzuf Dairies", "Tzuf Dairies will raise the prices of dozens of products that are not under price control "
            "by 4-7% from January 1", None),
        (D, "Tzuf Dairies", "Over the past two years, the company's input costs have risen sharply, including the price "
            "of raw milk, packaging, energy, transport and wages. Tzuf has absorbed most of these increases for a long "
            "time, but it can no longer do so.", None),
        (D, "Tzuf Dairies", "Even after the update, the prices of Tzuf's products remain lower than those of comparable "
            "imported products on the shelf.", None),
        (S, None, "target price", None),
        (P, "Ministry of Economy", "disappointed", None),
        (I, "Ministry of Economy", "it would consider bringing more of the company's products under price control",
            None),
        (I, "senior official at the ministry", "Tzuf had not presented any data to justify the increase", None),
        (I, "Israel Competition Authority", "it was monitoring prices in the dairy sector closely", None),
        (P, "Israel Competition Authority", "excessive pricing", None),
        (D, "Ehud Peleg", "Tzuf's profit grew by 18% in the first nine months of the year. A company that increases its "
            "profits and its prices at the same time is not a company in distress.", None),
        (I, "Ehud Peleg", "the council would ask the Knesset Economic Affairs Committee to hold an urgent discussion on "
            "the matter", None),
        (I, "senior manager at one of the large food retail chains", "the chains would find it difficult to absorb the "
            "increase", None),
        (D, "senior manager at one of the large food retail chains", "We will try to push back, but Tzuf has products "
            "that customers look for by name. Without them, the shelf is empty,", None),
        (I, "Noa Shaked", "the increase would add about NIS 60 million to Tzuf's annual operating profit if demand held",
            None),
        (D, "Noa Shaked", "The market will accept part of it. The question is how the regulator responds,", None),
        (D, "Yaron Mizrahi", "We are the ones who pay the farmer, the driver and the electricity company. Nobody asks how "
            "we manage when our costs go up,", None),
    ],
    "actors": [
        actor("Tzuf Dairies", "organisation", title="dairy company", affiliation="Israel",
              aliases=["Tzuf Dairies", "Tzuf", "the company"], stance=1),
        actor("Ministry of Economy", "government", affiliation="Israel", aliases=["Ministry of Economy"], stance=-1),
        actor("senior official at the ministry", "person", title="senior official (anonymous)",
              affiliation="Ministry of Economy", aliases=["senior official at the ministry"], stance=-1),
        actor("Israel Competition Authority", "organisation", affiliation="Israel",
              aliases=["Israel Competition Authority"], stance=0),
        actor("Ehud Peleg", "person", title="CEO", affiliation="Israel Consumer Council", aliases=["Ehud Peleg", "Peleg"],
              stance=-1),
        actor("senior manager at one of the large food retail chains", "person", title="retail chain manager (anonymous)",
              aliases=["senior manager at one of the large food retail chains"], stance=-1),
        actor("Noa Shaked", "person", title="food sector analyst", affiliation="Ofek Securities",
              aliases=["Noa Shaked", "Shaked"], stance=0),
        actor("Yaron Mizrahi", "person", title="CEO", affiliation="Tzuf Dairies", aliases=["Yaron Mizrahi", "Mizrahi"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. EconomyNext (Sri Lankan business news site) energy/regulation (the power minister rejects the regulator's tariff
#    cut), headline without quote marks (`..., says CEB must repay banks`), `December 10, 2026 04:18 pm` line,
#    `ECONOMYNEXT –` opener, `(Colombo/Dec10/2026)` sign-off, straight `"` and apostrophes, `percent`, `rupees`,
#    acronyms (PUCSL, CEB); lede `has rejected ..., saying A` (participial indirect); attributed quote with
#    `Weerakoon told reporters in Colombo on Wednesday`, then a closed quote-only paragraph (continuity); `Weerakoon
#    said A, and that B` (one span); scare so-called `"cost-reflective"` pricing formula; regulator chairman `said A
#    and that B` (one span), then a quote with `Ekanayake said` and a closed quote-only paragraph; opposition MP
#    `accused the minister of "..." and said A` (partial plus indirect, the `which` clause kept); union `said A because
#    B` (one span); economist `said A, but that B` (one span), then `she said`; present-tense group `Industrialists
#    say A and have called on the government to ...` (indirect; the directive not annotated); `The PUCSL last week
#    proposed cutting tariffs` (a proposal, not annotated); `the central bank expects` (not a speech cue).
ARTICLES[f"{BATCH}/weerakoon-rejects-pucsl-tariff-cut.gold.json"] = {
    "article": f"{BATCH}/weerakoon-rejects-pucsl-tariff-cut.txt",
    "target": "Nishantha Weerakoon",
    "quotes": [
        (I, "Nishantha Weerakoon", "the state-run Ceylon Electricity Board needed the money to repay debts to state "
            "banks", None),
        (D, "Nishantha Weerakoon", "If we cut tariffs now, the CEB will be back in the red by the middle of next year, "
            "and then the same people will come and ask for a tariff hike,", None),
        (D, "Nishantha Weerakoon", "I am not going to do that to the public. We will cut tariffs when the debt is paid, "
            "not before.", None),
        (I, "Nishantha Weerakoon", "the CEB still owed about 180 billion rupees to Bank of Ceylon and People's Bank, "
            "mostly for fuel bought during the 2022 currency crisis, and that the ministry would send its own tariff "
            "proposal to the regulator this month", None),
        (S, None, "cost-reflective", None),
        (I, "Upul Ekanayake", "the commission had followed the law in working out the proposal and that the formula did "
            "not allow the CEB to keep profits to pay off old debts", None),
        (D, "Upul Ekanayake", "The minister has no power to reject a tariff decision. He can make a submission like "
            "anyone else, and we will consider it,", None),
        (D, "Upul Ekanayake", "But the law is very clear on who decides.", None),
        (P, "Harsha Ranawaka", "robbing households to cover up CEB inefficiency", None),
        (I, "Harsha Ranawaka", "the utility had not cut staff costs, which had gone up 22 percent in two years", None),
        (I, "CEB Engineers' Union", "it backed the minister's position because a tariff cut would delay maintenance at "
            "the Norochcholai coal power plant", None),
        (I, "Dilani Senanayake", "there was a case for using part of the profit to pay down debt, but that the decision "
            "should be taken by the regulator in public hearings, not announced by a minister", None),
        (D, "Dilani Senanayake", "Investors in renewable energy are watching this. When tariffs are set by politicians, "
            "every power purchase agreement becomes a political risk,", None),
        (I, "Industrialists", "electricity prices in Sri Lanka are among the highest in South Asia", None),
    ],
    "actors": [
        actor("Nishantha Weerakoon", "person", title="Power and Energy Minister", affiliation="Sri Lanka",
              aliases=["Nishantha Weerakoon", "Weerakoon"], stance=1),
        actor("Upul Ekanayake", "person", title="PUCSL Chairman", affiliation="Public Utilities Commission",
              aliases=["Upul Ekanayake", "Ekanayake"], stance=-1),
        actor("Harsha Ranawaka", "person", title="Opposition legislator", affiliation="Sri Lanka",
              aliases=["Harsha Ranawaka", "Ranawaka"], stance=-1),
        actor("CEB Engineers' Union", "organisation", affiliation="Ceylon Electricity Board",
              aliases=["CEB Engineers' Union"], stance=1),
        actor("Dilani Senanayake", "person", title="Energy economist", aliases=["Dilani Senanayake", "Senanayake"],
              stance=-1),
        actor("Industrialists", "group", affiliation="Sri Lanka", aliases=["Industrialists"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Inside Higher Ed (US higher education news site) academic programs (a regional public university cuts 14
#    majors), Title Case headline and a two-sentence standfirst with present-tense `says`/`say` but no quote marks
#    (not annotated), `By NAME` and `December 10, 2026` lines, curly `“ ”` and `’` apostrophes, American punctuation
#    inside closing marks, `2027–28` with an en dash; lede content before `, the university announced Tuesday`;
#    scare `“program prioritization”` review; content before `, the university said in a statement`; provost `wrote in
#    an email ... that the decision had been “...”` (partial only), then a quote split by `she wrote`, its second
#    stretch open at the end of its line, then a closed quote-only paragraph; `Lindqvist told Inside Higher Ed that A
#    and that B` (one span); `Faculty leaders were not persuaded` (no speech); senate chair in a long apposition `said
#    A`, then a quote split by `Garrity said`; AAUP chapter `called the cuts “...” and said A` (partial plus
#    indirect); group `Several students said A`; student in an apposition `said A`, then `Ruiz said`; anonymous
#    Regents spokesperson `said A and would B` (one span); content before `, according to a tally by the ... firm Gray
#    Pike Advisors`; consultant with a relative clause `said A`, then `he said`.
ARTICLES[f"{BATCH}/western-plains-cuts-majors.gold.json"] = {
    "article": f"{BATCH}/western-plains-cuts-majors.txt",
    "target": "Western Plains State University",
    "quotes": [
        (I, "Western Plains State University", "Western Plains State University in Kansas will phase out 14 "
            "undergraduate majors, including philosophy, music performance, German and physics, and eliminate about 30 "
            "faculty positions by 2028", None),
        (S, None, "program prioritization", None),
        (I, "Western Plains State University", "Students currently enrolled in the affected majors will be allowed to "
            "finish their degrees", None),
        (P, "Karen Lindqvist", "painful but unavoidable.", None),
        (D, "Karen Lindqvist", "Our enrollment is down 19 percent from its peak, and the state has made clear that it "
            "will not fill that gap,", None),
        (D, "Karen Lindqvist", "We can continue to spread our resources ever more thinly across programs that few "
            "students choose, or we can invest in the ones they do.", None),
        (D, "Karen Lindqvist", "I believe the second path is the only responsible one.", None),
        (I, "Karen Lindqvist", "no tenured faculty member would be laid off before the end of the 2027–28 academic year "
            "and that the university would try to move some of them into general education teaching", None),
        (I, "Thomas Garrity", "the review had relied on enrollment data that counted only declared majors and ignored "
            "thousands of students who take philosophy, music and language courses to meet general education "
            "requirements", None),
        (D, "Thomas Garrity", "These departments teach far more students than the spreadsheet shows,", None),
        (D, "Thomas Garrity", "The administration picked a method, and the method picked the programs.", None),
        (P, "chapter of the American Association of University Professors", "an attack on the liberal arts", None),
        (I, "chapter of the American Association of University Professors", "it would ask the national organization to "
            "investigate whether the university had followed its own policies on program closure", None),
        (I, "Several students", "they had learned about the decision from social media", None),
        (I, "Ana Ruiz", "she had chosen Western Plains because of its orchestra", None),
        (D, "Ana Ruiz", "Nobody told us anything. I found out on Instagram that my major was being cut,", None),
        (I, "spokesperson for the Kansas Board of Regents", "the board had been briefed on the review and would vote on "
            "the closures at its meeting in January", None),
        (I, "Gray Pike Advisors", "Regional public universities in at least a dozen states have cut humanities and "
            "language programs over the past two years", None),
        (I, "Robert Kessler", "cuts of this kind rarely save as much money as administrators expect", None),
        (D, "Robert Kessler", "The savings are real, but they are usually smaller than the headline number, because the "
            "courses don’t disappear. Someone still has to teach writing and ethics,", None),
    ],
    "actors": [
        actor("Western Plains State University", "organisation", title="regional public university", affiliation="Kansas",
              aliases=["Western Plains State University", "Western Plains", "the university"], stance=1),
        actor("Karen Lindqvist", "person", title="Provost", affiliation="Western Plains State University",
              aliases=["Karen Lindqvist", "Lindqvist"], stance=1),
        actor("Thomas Garrity", "person", title="professor of history, chair of the Faculty Senate",
              affiliation="Western Plains State University", aliases=["Thomas Garrity", "Garrity"], stance=-1),
        actor("chapter of the American Association of University Professors", "organisation",
              affiliation="Western Plains State University",
              aliases=["chapter of the American Association of University Professors"], stance=-1),
        actor("Several students", "group", affiliation="Western Plains State University", aliases=["Several students"],
              stance=-1),
        actor("Ana Ruiz", "person", title="junior music performance major", affiliation="Western Plains State University",
              aliases=["Ana Ruiz", "Ruiz"], stance=-1),
        actor("spokesperson for the Kansas Board of Regents", "person", title="spokesperson (unnamed)",
              affiliation="Kansas Board of Regents", aliases=["spokesperson for the Kansas Board of Regents"], stance=0),
        actor("Gray Pike Advisors", "organisation", title="higher education consulting firm",
              aliases=["Gray Pike Advisors"], stance=None),
        actor("Robert Kessler", "person", title="senior consultant", affiliation="Gray Pike Advisors",
              aliases=["Robert Kessler", "Kessler"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
