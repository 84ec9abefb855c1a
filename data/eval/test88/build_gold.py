"""Build the test88 gold files (data/eval/test88/*.gold.json) from the annotation specs below.

Held out, like ../test/. Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor,
write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text
and, when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/test88/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test88.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test88"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Radio Free Asia (RFA Korean, in English) labour/sanctions (North Korean construction workers reach
#    Russia's Far East on student visas), headline without speech, standfirst "Russia calls reports
#    '...'" (straight single fragment: partial for Russia), "By ... for RFA Korean" and "2026.12.02" lines,
#    "SEOUL —" dateline, straight " and apostrophes, "Edited by ..." line. Lede content before "two sources
#    in the region told RFA Korean"; anonymous worker "said he came ... on a "..." visa" (partial only),
#    split quote with "he said" (nested 'students' inside), "The worker said A"; businessman "said the
#    North Koreans were "..." than ..., and that B" (partial plus indirect), "he told RFA"; ministry
#    "rejected the reports" (act); spokeswoman "told a regular briefing ... that Russia "..." and that B"
#    (partial plus indirect), quote with "Nechayeva said"; regional official "told local outlet VL.ru ...
#    that ... had "..." but said he saw "..."" (two partials, the second with its full stop inside);
#    Seoul ministry "said ... it was aware of the reports and that it was "..." cooperation" (indirect plus
#    partial); two analysts sharing the surname Kim: Kim Tae-hoon "said the visa scheme was a "..." that
#    ..." (partial only), quote with "Kim said", "According to Kim, A" (still Kim Tae-hoon); Kim Min-jung
#    "put it more bluntly" (act), quote with "she said". Not annotated: the UN resolution's requirement,
#    "did not respond".
ARTICLES[f"{BATCH}/vladivostok-north-korean-workers-visas.gold.json"] = {
    "article": f"{BATCH}/vladivostok-north-korean-workers-visas.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "fabrications", "Russia calls reports"),
        (I, "two sources in the region", "Hundreds of North Korean construction workers have arrived in Russia's "
            "Primorye region since October on student and tourist visas, helping to build apartment blocks in and "
            "around Vladivostok", None),
        (P, "A North Korean worker in Vladivostok", "language course", None),
        (D, "A North Korean worker in Vladivostok", "Nobody studies anything. We go to the site at 6 in the morning "
            "and come back at 10 at night,", None),
        (D, "A North Korean worker in Vladivostok", "The Russian foreman calls us 'students' and laughs.", None),
        (I, "A North Korean worker in Vladivostok", "about 70 percent of his wages went to the North Korean state, "
            "paid through a trading company registered in Khabarovsk", None),
        (P, "A Russian businessman in Vladivostok", "cheaper and more disciplined", None),
        (I, "A Russian businessman in Vladivostok", "local officials knew exactly what was going on", None),
        (D, "A Russian businessman in Vladivostok", "Everyone sees them. The buses go past the governor's office,",
            None),
        (P, "Alexandra Nechayeva", "strictly fulfils its international obligations", None),
        (I, "Alexandra Nechayeva", "North Korean citizens in the country were there legally, as students and "
            "tourists", None),
        (D, "Alexandra Nechayeva", "We regard these stories as fabrications spread by those who want to damage "
            "Russian-Korean friendship,", None),
        (P, "Viktor Ryabtsev", "grown significantly", None),
        (P, "Viktor Ryabtsev", "no violations.", None),
        (I, "Unification Ministry", "it was aware of the reports", None),
        (P, "Unification Ministry", "closely monitoring", None),
        (P, "Kim Tae-hoon", "well-known loophole", None),
        (D, "Kim Tae-hoon", "Since the panel was shut down, there is nobody to count. Moscow knows that, and so does "
            "Pyongyang,", None),
        (I, "Kim Tae-hoon", "as many as 15,000 North Korean workers may now be in Russia, most of them in "
            "construction, logging and fisheries", None),
        (D, "Kim Min-jung", "It's not the money from artillery shells, but it's money that never stops,", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia"], stance=1),
        actor("two sources in the region", "group", title="anonymous sources in Primorye",
              aliases=["two sources in the region"], stance=-1),
        actor("A North Korean worker in Vladivostok", "person", title="anonymous construction worker",
              affiliation="North Korea", aliases=["A North Korean worker in Vladivostok"], stance=-1),
        actor("A Russian businessman in Vladivostok", "person", title="anonymous businessman who hires subcontractors",
              aliases=["A Russian businessman in Vladivostok"], stance=-1),
        actor("Alexandra Nechayeva", "person", title="spokeswoman, Ministry of Foreign Affairs", affiliation="Russia",
              aliases=["Alexandra Nechayeva", "Nechayeva"], stance=1),
        actor("Viktor Ryabtsev", "person", title="deputy head of the regional migration department",
              affiliation="Primorye regional government", aliases=["Viktor Ryabtsev", "Ryabtsev"], stance=1),
        actor("Unification Ministry", "government", title="ministry", affiliation="South Korea",
              aliases=["Unification Ministry"], stance=0),
        actor("Kim Tae-hoon", "person", title="former member of the U.N. panel of experts",
              aliases=["Kim Tae-hoon", "Kim"], stance=-1),
        actor("Kim Min-jung", "person", title="analyst", affiliation="Sejong Institute",
              aliases=["Kim Min-jung", "Kim"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Rigzone energy trade press (an operator terminates a driller's jackup contract early), headline
#    without speech, "by ... | Rigzone Staff | date" line, straight " and apostrophes. Lede content before
#    "the Oslo-listed driller said in a stock exchange filing"; content before "the company said";
#    "Halvard noted that the notice was given "..." and not because of ..." (partial only); CEO quote split
#    by "Halvard Chief Executive Officer Sindre Bakke stated in the filing" (two directs); content before
#    "according to the filing" (the company); operator "said in an emailed statement ... that it had "..."
#    its ... program after ..." (partial only), "denied claims that A" (indirect, noun object kept), "and
#    said it would pay "..." under ..." (partial only); "Bakke said A"; Q&A "Asked whether ..., he replied:
#    "...""; analysts at Pareto "said the termination was "..." but warned that ... had "..." since ..."
#    (two partials); Pareto analyst quote split by "Maren Fjeld told Rigzone"; anonymous bank analyst "was
#    more upbeat" (act), "The analyst said A", quote with "the analyst said"; "According to the
#    International Association of Drilling Contractors (IADC), A"; scare so-called "merger of equals". Not
#    annotated: "had not responded".
ARTICLES[f"{BATCH}/halvard-offshore-jackup-contract-termination.gold.json"] = {
    "article": f"{BATCH}/halvard-offshore-jackup-contract-termination.txt",
    "target": "Halvard Offshore",
    "quotes": [
        (I, "Halvard Offshore", "Halvard Offshore Ltd. has received a notice of early termination for its jackup rig "
            "Halvard Saga, which had been working for Siam Andaman Petroleum in the Gulf of Thailand since March",
            None),
        (I, "Halvard Offshore", "The contract, originally due to run until the end of 2027, will now end on January "
            "31", None),
        (P, "Halvard Offshore", "for convenience", None),
        (D, "Sindre Bakke", "Halvard Saga has operated with 98.7 percent uptime this year and a clean safety record,",
            None),
        (D, "Sindre Bakke", "We are disappointed by the client's decision and will enforce our rights under the "
            "contract in full.", None),
        (I, "Halvard Offshore", "The termination will cut Halvard's 2027 revenue backlog by around $61 million, partly "
            "offset by an early termination fee", None),
        (P, "Siam Andaman Petroleum", "reprioritized", None),
        (I, "Siam Andaman Petroleum", "claims that the termination breached the contract", None),
        (P, "Siam Andaman Petroleum", "all amounts due", None),
        (I, "Sindre Bakke", "the company was already marketing the rig for work in Malaysia and Indonesia", None),
        (D, "Sindre Bakke", "We don't plan for failure. The Southeast Asian jackup market is tight, and this is a "
            "premium rig.", None),
        (P, "Pareto Securities", "a setback rather than a disaster", None),
        (P, "Pareto Securities", "plateaued", None),
        (D, "Maren Fjeld", "We see a real risk of several months of idle time,", None),
        (D, "Maren Fjeld", "Halvard has been more aggressive on pricing than its peers, and the market has started "
            "to push back.", None),
        (I, "A second analyst", "Halvard's balance sheet was strong enough to absorb the loss of the contract", None),
        (D, "A second analyst", "They have the cash, they have no maturities until 2029. This is noise,", None),
        (I, "International Association of Drilling Contractors", "jackup utilization in Southeast Asia averaged 88 "
            "percent in the third quarter, down from 93 percent a year earlier", None),
        (S, None, "merger of equals", None),
    ],
    "actors": [
        actor("Halvard Offshore", "organisation", title="offshore driller", aliases=["Halvard Offshore", "Halvard"],
              stance=1),
        actor("Sindre Bakke", "person", title="Chief Executive Officer", affiliation="Halvard Offshore",
              aliases=["Sindre Bakke", "Bakke"], stance=1),
        actor("Siam Andaman Petroleum", "organisation", title="operator", aliases=["Siam Andaman Petroleum"],
              stance=0),
        actor("Pareto Securities", "organisation", title="analysts", aliases=["Pareto Securities", "Pareto"],
              stance=0),
        actor("Maren Fjeld", "person", title="analyst", affiliation="Pareto Securities",
              aliases=["Maren Fjeld", "Fjeld"], stance=-1),
        actor("A second analyst", "person", title="anonymous analyst at a U.S. bank", aliases=["A second analyst"],
              stance=1),
        actor("International Association of Drilling Contractors", "organisation", title="industry association",
              aliases=["International Association of Drilling Contractors", "IADC"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. RugbyPass sport (a Premiership coach banned for criticising a referee), headline with a straight
#    single fragment ("hits back at '...' ... ban": partial for the coach the headline names), byline,
#    straight " and apostrophes. Panel "found ... that ..." (not a cue), inside it the coach's "when he told
#    a post-match press conference that Sharma had "..." and was "..."" (two partials); panel "said ... had
#    been "..." and that B" (partial plus indirect); panel chair quote split by "panel chair Judge Angela
#    Marsh said in the decision"; coach "was unrepentant" (act), split quote with "he said"; Q&A "Asked
#    whether ..., Rosier said: "...""; club "said in a statement that they were "..." by ..." (partial
#    only); CEO Imogen Grant "said the club "..." Rosier and that B" (partial plus indirect); captain Jack
#    Hope "said A", quote with "Hope said"; referees' union "welcomed the decision" (act), "It said in a
#    statement that ... "..." and that B" (partial plus indirect); pundit "described the sanction as
#    proportionate" (indirect, "A as B"), split quote with "Okafor said on Rugby Tonight". Not annotated:
#    "has not commented publicly", "vowed to fight on" (no proposition), the fine and the table.
ARTICLES[f"{BATCH}/dean-rosier-six-week-ban.gold.json"] = {
    "article": f"{BATCH}/dean-rosier-six-week-ban.txt",
    "target": "Dean Rosier",
    "quotes": [
        (P, "Dean Rosier", "ridiculous", "hits back at"),
        (P, "Dean Rosier", "lost control of the game in the first ten minutes", None),
        (P, "Dean Rosier", "not fit to referee at this level", None),
        (P, "RFU disciplinary panel", "personal, public and repeated", None),
        (I, "RFU disciplinary panel", "his status as a senior coach was an aggravating factor", None),
        (D, "Angela Marsh", "Criticism of officials is part of the sport, but it must be made through the proper "
            "channels,", None),
        (D, "Angela Marsh", "Mr Rosier chose to make it in front of the cameras, and not once but three times.", None),
        (D, "Dean Rosier", "Six weeks is ridiculous. I said what 14,000 people in the stadium saw with their own "
            "eyes,", None),
        (D, "Dean Rosier", "I've apologised to Luke privately for the personal stuff. I won't apologise for the "
            "rest.", None),
        (D, "Dean Rosier", "That's a conversation for the lawyers. I'd rather be coaching.", None),
        (P, "Thames Valley Knights", "disappointed", None),
        (P, "Imogen Grant", "fully supports", None),
        (I, "Imogen Grant", "he would continue to run the team from the coaches' box upstairs", None),
        (I, "Jack Hope", "the squad had rallied around their coach", None),
        (D, "Jack Hope", "He's the one who gets us through the hard weeks. Now it's our turn,", None),
        (P, "Rugby Football Referees' Union", "sets the tone for every club in the country", None),
        (I, "Rugby Football Referees' Union", "Sharma had received abusive messages on social media after the game",
            None),
        (I, "Martin Okafor", "the sanction as proportionate", None),
        (D, "Martin Okafor", "Dean knows better than anyone that he crossed a line that coaches know is there,", None),
        (D, "Martin Okafor", "If he'd said it in the car park, fine. He said it into a microphone.", None),
    ],
    "actors": [
        actor("Dean Rosier", "person", title="director of rugby", affiliation="Thames Valley Knights",
              aliases=["Dean Rosier", "Rosier", "Dean"], stance=1),
        actor("RFU disciplinary panel", "organisation", title="independent disciplinary panel", affiliation="RFU",
              aliases=["RFU disciplinary panel"], stance=-1),
        actor("Angela Marsh", "person", title="panel chair (Judge)", affiliation="RFU disciplinary panel",
              aliases=["Angela Marsh", "Marsh"], stance=-1),
        actor("Thames Valley Knights", "organisation", title="Premiership club",
              aliases=["Thames Valley Knights", "Knights"], stance=1),
        actor("Imogen Grant", "person", title="chief executive", affiliation="Thames Valley Knights",
              aliases=["Imogen Grant", "Grant"], stance=1),
        actor("Jack Hope", "person", title="captain", affiliation="Thames Valley Knights",
              aliases=["Jack Hope", "Hope"], stance=1),
        actor("Rugby Football Referees' Union", "organisation", title="referees' union",
              aliases=["Rugby Football Referees' Union", "RFRU"], stance=-1),
        actor("Martin Okafor", "person", title="pundit, former England lock", affiliation="TNT Sports",
              aliases=["Martin Okafor", "Okafor"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Horticulture Week (a university botanic garden closes its tropical glasshouses over energy costs),
#    headline and standfirst without speech, byline and date lines, curly double quotes and apostrophes,
#    "£310,000", "£1.4m". Lede content before "the garden has confirmed" (content after the cue, "after its
#    gas bill ...", is the writer's); "The garden ... said A"; director "told Horticulture Week the decision
#    had been "..." but that the garden could not keep heating buildings that lost "..."" (two partials);
#    split quote with "she said" running into a second paragraph (open at the end of its line, then a
#    closed quote-only paragraph); university spokesperson "said the garden remained "..." and that B"
#    (partial plus indirect); Friends group "said the move amounted to "..."" (partial only); chair Peter
#    Moss "said A and had not been consulted" (one indirect), split quote with "Moss said"; Unite "said A";
#    "According to Plant Heritage, A"; its officer Helen Baum "said A", quote with "Baum said"; former
#    curator "was more critical" (act), "He said the university had known ... that the heating system was
#    "..."" (partial only), quote with "he said"; content before "the university said".
ARTICLES[f"{BATCH}/leverton-botanic-garden-glasshouses.gold.json"] = {
    "article": f"{BATCH}/leverton-botanic-garden-glasshouses.txt",
    "target": "Leverton Botanic Garden",
    "quotes": [
        (I, "Leverton Botanic Garden", "Leverton Botanic Garden will shut its two Victorian tropical glasshouses to "
            "the public from February and reduce them to frost-free conditions", None),
        (I, "Leverton Botanic Garden", "around 1,200 tropical and subtropical specimens would be rehomed with other "
            "collections or composted over the winter", None),
        (P, "Sunita Farrow", "the hardest of my career", None),
        (P, "Sunita Farrow", "most of what we put into them through the glass", None),
        (D, "Sunita Farrow", "We looked at every option. Heat pumps, secondary glazing, partial closure,", None),
        (D, "Sunita Farrow", "None of them could be paid for in time.", None),
        (D, "Sunita Farrow", "The outdoor collections, the arboretum and the schools programme are safe. That’s "
            "where we have to put our money.", None),
        (P, "University of Leverton spokesperson", "a valued part of the university", None),
        (I, "University of Leverton spokesperson", "it had set aside £1.4m for a feasibility study into a new "
            "low-energy glasshouse, to report in 2028", None),
        (P, "Friends of Leverton Botanic Garden", "managed decline", None),
        (I, "Peter Moss", "members had raised £85,000 towards new boilers in 2024 and had not been consulted on the "
            "closure", None),
        (D, "Peter Moss", "People left money to this garden in their wills because of those glasshouses,", None),
        (D, "Peter Moss", "You cannot fill them with bubble wrap and call it a plan.", None),
        (I, "Unite", "two specialist glasshouse posts would be lost", None),
        (I, "Plant Heritage", "the garden holds one of only three UK collections of the Madagascan genus Dypsis "
            "outside Kew", None),
        (I, "Helen Baum", "the charity was working with the garden to find homes for the most important plants",
            None),
        (D, "Helen Baum", "Nobody wants to see a collection broken up, but this one is being handled carefully. "
            "Sunita’s team have been in touch with us since September,", None),
        (P, "Alan Fairweather", "on borrowed time", None),
        (D, "Alan Fairweather", "I wrote the report myself. It went into a drawer,", None),
        (I, "University of Leverton", "The tropical houses, built in 1871 and Grade II listed, will remain standing "
            "and open for occasional events", None),
    ],
    "actors": [
        actor("Leverton Botanic Garden", "organisation", title="university botanic garden",
              affiliation="University of Leverton", aliases=["Leverton Botanic Garden"], stance=1),
        actor("Sunita Farrow", "person", title="Director", affiliation="Leverton Botanic Garden",
              aliases=["Sunita Farrow", "Farrow", "Sunita"], stance=1),
        actor("University of Leverton spokesperson", "person", title="spokesperson", affiliation="University of Leverton",
              aliases=["University of Leverton spokesperson"], stance=1),
        actor("Friends of Leverton Botanic Garden", "organisation", title="Friends group",
              aliases=["Friends of Leverton Botanic Garden"], stance=-1),
        actor("Peter Moss", "person", title="Chair", affiliation="Friends of Leverton Botanic Garden",
              aliases=["Peter Moss", "Moss"], stance=-1),
        actor("Unite", "organisation", title="trade union", aliases=["Unite"], stance=-1),
        actor("Plant Heritage", "organisation", title="plant conservation charity", aliases=["Plant Heritage"],
              stance=None),
        actor("Helen Baum", "person", title="conservation officer", affiliation="Plant Heritage",
              aliases=["Helen Baum", "Baum"], stance=1),
        actor("Alan Fairweather", "person", title="former curator", affiliation="Leverton Botanic Garden",
              aliases=["Alan Fairweather", "Fairweather"], stance=-1),
        actor("University of Leverton", "organisation", title="university (owner of the garden)",
              aliases=["University of Leverton"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
