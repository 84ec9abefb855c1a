"""Build the dev12 gold files (data/eval/dev12/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev5/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev12/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev12.  Standard library only.
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
# 1. Reuters European autos strike, straight quotes and apostrophes (Valmera's, union's).
#    Lede content before "the FTMI union said" (whole reported clause, from "Workers" to
#    "Morocco"). Union official named after his quote ("said X, head of ..., who ...").
#    "Quesada said A and that B" (one span); "He conceded that A, but argued that B" (two spans).
#    "The union, which ..., said" (alias). Company statement "said ... "..." and that ..."
#    (partial plus indirect); "The carmaker said ... "unavoidable" ..." (partial only). Scare
#    "Horizon 2030" in the writer's sentence. "Valmera's chief executive, Ignacio Berrocal, told
#    analysts ... that" (indirect), then a quote split by "he said on the call" whose second part
#    runs on into the next paragraph (three direct entries). Minister "told Cadena SER radio that
#    ... "..." ... and that ..." (partial plus indirect), then "Ferrer said". Ministry statement
#    ("The industry ministry said later in a statement that"). Analyst named after a long quote.
#    "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/dev12/valmera-linares-strike.gold.json"] = {
    "article": "data/eval/dev12/valmera-linares-strike.txt",
    "target": "Valmera",
    "quotes": [
        (I, "FTMI", "Workers at Spanish carmaker Valmera walked out on Monday at its plant in Linares, in the "
            "southern province of Jaén, in protest at plans to cut 1,400 jobs and move production of its "
            "best-selling compact SUV to Morocco", None),
        (D, "Rafael Quesada", "We were told in June that Linares had a future. Four months later they want to send "
            "our car to Tangier and half of us home,", None),
        (I, "Rafael Quesada", "the strike would continue until the company withdrew the plan and that pickets "
            "would be posted at all four gates from Tuesday", None),
        (I, "Rafael Quesada", "some younger workers might accept transfers to Valmera's engine plant in Burgos",
            None),
        (I, "Rafael Quesada", "most had families in Jaén and nowhere else to go", None),
        (I, "FTMI", "turnout on the morning shift had been close to 95%", None),
        (P, "Valmera", "completely stopped", None),
        (I, "Valmera", "it regretted the union's decision to strike while talks were still under way", None),
        (P, "Valmera", "unavoidable", None),
        (S, None, "Horizon 2030", None),
        (I, "Ignacio Berrocal", "Linares was running at barely 55% of its capacity", None),
        (D, "Ignacio Berrocal", "We cannot build cars in a factory that is half empty and sell them at a loss,",
            None),
        (D, "Ignacio Berrocal", "Every month we wait, the hole gets deeper.", None),
        (D, "Ignacio Berrocal", "I understand the anger in Linares. But the alternative to this plan is not the "
            "status quo. The alternative is a much smaller company.", None),
        (P, "Lucía Ferrer", "a single forced dismissal", None),
        (I, "Lucía Ferrer", "she had asked Valmera's management to meet union leaders at the ministry in Madrid "
            "on Thursday", None),
        (D, "Lucía Ferrer", "This company received 38 million euros of public money to electrify Linares. We "
            "expect that money to become jobs in Jaén, not jobs in Tangier,", None),
        (I, "industry ministry", "it would examine whether Valmera had met the job-retention conditions attached "
            "to the grant", None),
        (D, "Marta Oyarzun", "Linares was always the obvious candidate. It is the oldest plant and it builds the "
            "lowest-margin car. But a long strike hurts Valmera more than it hurts the union, because dealers "
            "only have about six weeks of stock,", None),
    ],
    "actors": [
        actor("FTMI", "organisation", title="trade union (largest at the Linares plant)",
              aliases=["FTMI", "The union"], stance=-1),
        actor("Rafael Quesada", "person", title="head of the FTMI at the Linares plant", affiliation="FTMI",
              aliases=["Rafael Quesada", "Quesada"], stance=-1),
        actor("Valmera", "organisation", title="Spanish carmaker",
              aliases=["Valmera", "the company", "The carmaker"], stance=1),
        actor("Ignacio Berrocal", "person", title="chief executive", affiliation="Valmera",
              aliases=["Ignacio Berrocal", "Berrocal"], stance=1),
        actor("Lucía Ferrer", "person", title="industry minister", affiliation="Spanish government",
              aliases=["Lucía Ferrer", "Ferrer"], stance=-1),
        actor("industry ministry", "government", title="Spanish industry ministry",
              aliases=["industry ministry", "the ministry"], stance=-1),
        actor("Marta Oyarzun", "person", title="autos analyst", affiliation="Renta Norte (Madrid brokerage)",
              aliases=["Marta Oyarzun", "Oyarzun"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Guardian education (GCSE results day), curly “ ” in the body, curly ‘ ’ in the headline,
#    ’ apostrophes (heads’, isn’t, Scotland’s); punctuation outside closing marks for fragments.
#    Headline fragment ‘soul-destroying’ (says heads’ union) -> Secondary Heads’ Association (the
#    body repeats the word as a separate partial). Standfirst carries no speech. "Head teachers
#    have urged the education secretary to scrap ..." is a directive, not annotated. Lede figure
#    before "according to Ofqual, the exams regulator". "The regulator said ... “...” ... and
#    that ..." (partial plus indirect). Scare so-called “condition of funding”. Principal named
#    after her quote ("said Dr X, the principal of ..., where ..."), the quote resumes after the
#    attribution and runs on into the next paragraph (three direct entries). Union statement
#    (partial) and "The union said" (indirect), general secretary "said: “...”". Education
#    secretary "insisted A, noting that B" (two spans), then "she said". Department "said A"
#    (indirect), "The department described X as “...”" (partial only). Student introduced first,
#    quoted next paragraph ("he said"); second student named after her quote, then "She said
#    ... “...”" (partial only).
ARTICLES["data/eval/dev12/gcse-maths-resit-rule.gold.json"] = {
    "article": "data/eval/dev12/gcse-maths-resit-rule.txt",
    "target": "Joanna Pryce",
    "quotes": [
        (P, "Secondary Heads\u2019 Association", "soul-destroying", "Resit rule"),
        (I, "Ofqual", "Overall results were broadly stable, with 67.8% of GCSE entries in England graded 4 or "
            "above, compared with 67.6% last year", None),
        (P, "Ofqual", "carefully maintained", None),
        (I, "Ofqual", "it had found no evidence that the move to on-screen marking at two exam boards had "
            "affected results", None),
        (S, None, "condition of funding", None),
        (D, "Ifeoma Nwosu", "Every August I watch the same young people open the same envelope and see the same "
            "number. Some of them are on their fourth attempt. By then it isn\u2019t teaching any more,", None),
        (D, "Ifeoma Nwosu", "It is a ritual.", None),
        (D, "Ifeoma Nwosu", "We have students who are brilliant with their hands and sensible with money, and "
            "every August we tell them they have failed. Then we wonder why they stop turning up.", None),
        (P, "Secondary Heads\u2019 Association", "soul-destroying", "had become \u201c"),
        (I, "Secondary Heads\u2019 Association", "it would write to Pryce next week proposing that students over 17 "
            "be allowed to switch to a functional skills qualification instead", None),
        (D, "Mark Tennant", "Nobody is asking for lower standards. We are asking the government to stop making "
            "17-year-olds sit an exam designed for 15-year-olds, over and over again, as if repetition were the "
            "same thing as teaching.", None),
        (I, "Joanna Pryce", "the policy was working", None),
        (I, "Joanna Pryce", "the proportion of young people with a grade 4 in both subjects by the age of 19 had "
            "risen for three years in a row", None),
        (D, "Joanna Pryce", "I will not be the education secretary who tells a 16-year-old that maths is not for "
            "people like them. A good pass in maths opens doors for the rest of your life,", None),
        (I, "Department for Education", "it was investing \u00a345m in extra maths teaching for students over 16",
            None),
        (P, "Department for Education", "one of the most important levers we have for social mobility", None),
        (D, "Kai Robinson", "I can do the maths I need for wiring a house. I just can\u2019t do it in a sports hall "
            "in May with a clock on the wall,", None),
        (D, "Amira Haddad", "I cried when I opened it, in a good way,", None),
        (P, "Amira Haddad", "horrible but worth it", None),
    ],
    "actors": [
        actor("Secondary Heads\u2019 Association", "organisation", title="school and college leaders' union",
              aliases=["Secondary Heads\u2019 Association", "heads\u2019 union", "The union"], stance=-1),
        actor("Ofqual", "organisation", title="exams regulator (England)",
              aliases=["Ofqual", "The regulator"], stance=None),
        actor("Ifeoma Nwosu", "person", title="principal", affiliation="Harlow Vale College, Essex",
              aliases=["Ifeoma Nwosu", "Nwosu"], stance=-1),
        actor("Mark Tennant", "person", title="general secretary", affiliation="Secondary Heads\u2019 Association",
              aliases=["Mark Tennant", "Tennant"], stance=-1),
        actor("Joanna Pryce", "person", title="education secretary", affiliation="UK government",
              aliases=["Joanna Pryce", "Pryce", "education secretary"], stance=1),
        actor("Department for Education", "government", title="government department (England)",
              aliases=["Department for Education", "The department"], stance=1),
        actor("Kai Robinson", "person", title="student (18), trainee electrician, Stoke-on-Trent",
              aliases=["Kai Robinson", "Robinson"], stance=-1),
        actor("Amira Haddad", "person", title="student (17), Bradford",
              aliases=["Amira Haddad", "Haddad"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AFP humanitarian story, straight quotes with punctuation inside closing marks (scare
#    "road maintenance contribution," and partials ending in "."). Lede content before "the UN's
#    World Food Programme warned on Wednesday". "The agency said A and that B" (one span). Country
#    director introduced as "the WFP's country director, X, told AFP by telephone" inside a split
#    quote whose second part runs into the next paragraph (three direct entries). Finance ministry
#    statement "said ... that the levy applied to "..."" (partial only), then "The ministry said"
#    (indirect). Government spokesman named after his quote ("government spokesman X told
#    reporters"), then "He denied that A and said the government was "..." ..." (indirect plus
#    partial; "without giving details" is the writer's). OCHA "said A and that B" (one span).
#    Humanitarian coordinator "acknowledged that A, but said ... "..."" (indirect plus partial).
#    NGO network statement (indirect), then ""...," the network said". Displaced people quoted by
#    first name: Nyakuoth ("Nyakuoth, 34, said", then "she said"), Gatluak named after his quote.
ARTICLES["data/eval/dev12/south-sudan-aid-cargo-levy.gold.json"] = {
    "article": "data/eval/dev12/south-sudan-aid-cargo-levy.txt",
    "target": "South Sudan",
    "quotes": [
        (I, "World Food Programme", "Food aid for more than 400,000 people driven from their homes by floods in "
            "South Sudan could run out within weeks because of a new government levy on relief convoys", None),
        (S, None, "road maintenance contribution,", None),
        (I, "World Food Programme", "it had been forced to halve rations at three sites around Bentiu and that its "
            "stocks of sorghum and pulses in Unity state would run out by mid-December if convoys did not resume",
            None),
        (D, "Mathilde Kessler", "We have food sitting in warehouses in Juba and people eating water lilies 300 "
            "kilometres away,", None),
        (D, "Mathilde Kessler", "The trucks are ready. The drivers are ready.", None),
        (D, "Mathilde Kessler", "What we cannot do is pay a fee on every truck, when the money for that fee is money "
            "we would otherwise spend on food.", None),
        (P, "finance ministry", "all commercial and non-commercial cargo without exception.", None),
        (I, "finance ministry", "the money would go into a fund for repairing roads damaged by the same floods",
            None),
        (D, "Daniel Awuol Deng", "The roads do not repair themselves. Humanitarian organisations use them more than "
            "anyone, and they should contribute like everyone else,", None),
        (I, "Daniel Awuol Deng", "the levy was designed to raise money from aid groups", None),
        (P, "Daniel Awuol Deng", "open to discussing exemptions", None),
        (I, "OCHA", "more than 60 aid convoys had been held at checkpoints since the levy came into force and that "
            "at least 14 children had died of malnutrition-related illness in Rubkona county in the past month",
            None),
        (I, "Elena Moreau", "the government faced a severe revenue crisis after the collapse of oil exports through "
            "Sudan", None),
        (P, "Elena Moreau", "a source of income for anyone.", None),
        (I, "Nile Aid Network", "its members had suspended mobile clinics in two counties of Jonglei because they "
            "could no longer afford to move medicines by road", None),
        (D, "Nile Aid Network", "Every dollar paid at a checkpoint is a dollar that does not reach a clinic,", None),
        (I, "Nyakuoth", "her family's monthly ration had been cut to half a sack of sorghum", None),
        (D, "Nyakuoth", "I have five children. Half a sack lasts us ten days. After that we go into the water to "
            "look for lilies. If the government needs money, it should not take it from our food,", None),
        (D, "Gatluak", "Before, the water came and went. Now it stays. There is nothing to go back to,", None),
    ],
    "actors": [
        actor("World Food Programme", "organisation", title="UN food agency",
              aliases=["World Food Programme", "WFP", "The agency"], stance=-1),
        actor("Mathilde Kessler", "person", title="country director (South Sudan)",
              affiliation="World Food Programme", aliases=["Mathilde Kessler", "Kessler"], stance=-1),
        actor("finance ministry", "government", title="South Sudan's finance ministry",
              aliases=["finance ministry", "The ministry"], stance=1),
        actor("Daniel Awuol Deng", "person", title="government spokesman", affiliation="South Sudan government",
              aliases=["Daniel Awuol Deng", "Deng"], stance=1),
        actor("OCHA", "organisation", title="UN humanitarian coordination office", aliases=["OCHA"], stance=-1),
        actor("Elena Moreau", "person", title="UN humanitarian coordinator for South Sudan",
              affiliation="United Nations", aliases=["Elena Moreau", "Moreau"], stance=0),
        actor("Nile Aid Network", "organisation", title="coalition of about 40 charities",
              aliases=["Nile Aid Network", "the network"], stance=-1),
        actor("Nyakuoth", "person", title="displaced mother of five (34), Bentiu", aliases=["Nyakuoth"], stance=-1),
        actor("Gatluak", "person", title="displaced cattle herder (60), Bentiu", aliases=["Gatluak"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British sports desk, governance row, straight single quotes '...' with straight apostrophes
#    inside (members' club, toddlers' swimming) and outside (sport's, women's, review's);
#    punctuation outside closing marks for fragments. Headline fragment 'witch-hunt' -> Graham
#    Lacey (the headline names him; the body's "witch-hunt" sits inside his direct quote).
#    "insisted ... that" (indirect). "told its annual general meeting ... that ... 'no
#    wrongdoing' ... and that he had '...'" (two partials, no indirect). Split quote "he said"
#    running on into the next paragraph (three direct entries). Federation statement (partial plus
#    indirect). Players' open letter ("the players said ... 'lost all confidence' ..., and accused
#    the federation of putting '...'": two partials; the letter speaks for the group). Captain
#    named after her quote ("said X, the ..., who ..."). "wrote on X that ... '...'" (partial
#    only). Sponsor "said it was '...' ... and that ..." (partial plus indirect), then "the insurer
#    said" (direct). "UK Sport ... has also become involved" is not speech; "The agency said"
#    (indirect). Q&A in prose: "asked Lacey directly: '...?'" (direct, the club chair), "'...,' he
#    replied" (Lacey).
ARTICLES["data/eval/dev12/volleyball-federation-lacey-review.gold.json"] = {
    "article": "data/eval/dev12/volleyball-federation-lacey-review.txt",
    "target": "British Volleyball Federation",
    "quotes": [
        (P, "Graham Lacey", "witch-hunt", "Lacey rejects"),
        (I, "Graham Lacey", "he would not resign as president of the British Volleyball Federation", None),
        (P, "Graham Lacey", "no wrongdoing", None),
        (P, "Graham Lacey", "a mandate from the clubs, not from social media", None),
        (D, "Graham Lacey", "I have been called a lot of things this week. I have read that I treat this federation "
            "like a private members' club. I am not going to dignify that,", None),
        (D, "Graham Lacey", "What I will say is that this is a witch-hunt, and I will not be hounded out by people "
            "who have never run anything.", None),
        (D, "Graham Lacey", "The clubs elected me. If the clubs want me gone, they know how to do it.", None),
        (P, "British Volleyball Federation", "weaknesses in process, not in integrity", None),
        (I, "British Volleyball Federation", "a new expenses policy would be in place by January", None),
        (P, "players", "lost all confidence", None),
        (P, "players", "blazers before players", None),
        (D, "Jess Okoye", "We train in a leisure centre in Kettering that we share with a toddlers' swimming class, "
            "and then we read in the paper that the board flew business class to Rio. That is the whole story, "
            "really,", None),
        (P, "Tom Varley", "for the people in charge to be honest with us", None),
        (P, "Halden Insurance", "deeply concerned", None),
        (I, "Halden Insurance", "the partnership, which is due for renewal in March, was being reconsidered", None),
        (D, "Halden Insurance", "Our partnership is with the players. We expect the federation to show them, and us, "
            "that it is listening,", None),
        (I, "UK Sport", "it would hold back its next quarterly payment until the federation could show that it met "
            "the Code for Sports Governance", None),
        (D, "Priya Sandhu", "Will you stand again in 2026?", None),
        (D, "Graham Lacey", "That is a question for 2026,", None),
    ],
    "actors": [
        actor("Graham Lacey", "person", title="president (61)", affiliation="British Volleyball Federation",
              aliases=["Graham Lacey", "Lacey", "the president"], stance=1),
        actor("British Volleyball Federation", "organisation", title="national governing body for volleyball",
              aliases=["British Volleyball Federation", "The federation", "the federation"], stance=1),
        actor("players", "group", title="31 international players (open letter)", aliases=["players"], stance=-1),
        actor("Jess Okoye", "person", title="women's team captain", affiliation="Great Britain women's team",
              aliases=["Jess Okoye", "Okoye"], stance=-1),
        actor("Tom Varley", "person", title="beach volleyball player", aliases=["Tom Varley", "Varley"], stance=-1),
        actor("Halden Insurance", "organisation", title="main sponsor of the national teams",
              aliases=["Halden Insurance", "the insurer"], stance=-1),
        actor("UK Sport", "organisation", title="government sports funding agency",
              aliases=["UK Sport", "The agency"], stance=-1),
        actor("Priya Sandhu", "person", title="chair", affiliation="Leeds Volleyball Club",
              aliases=["Priya Sandhu", "Sandhu"], stance=None),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
