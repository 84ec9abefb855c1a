"""Build the dev205 gold files (data/eval/dev205/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev205/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev205.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev205"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Belga (Belgian news agency, English service) politics/labour (the pensions minister defends a pension
#    "malus" as unions threaten a strike), headline "... defends pension malus as unions threaten new strike"
#    (no quote marks, no reported content), dateline line "BRUSSELS 03/12 (BELGA)", straight " and
#    apostrophes, "percent", "euros"; lede "defended her plan ..." and "threatened a new national strike"
#    (acts); scare so-called "malus" in the writer's sentence; quote before "Van Damme told the Chamber's
#    social affairs committee"; "She said A and that B" (one span); "she added" after a one-sentence quote;
#    group "The ABVV-FGTB, ACV-CSC and ACLVB-CGSLB unions, in a joint statement, called the measure "..." and
#    said B" (partial plus indirect); quote split by "ABVV-FGTB president Marc Deprez said"; employers
#    "welcomed the reform but said A" (the welcome not annotated); MP "accused the minister of "..." for ..."
#    (partial only); economist "told Belga A, but that B was "..."" (indirect plus partial); "According to the
#    Federal Planning Bureau, A"; spokesman "said A".
ARTICLES[f"{BATCH}/van-damme-pension-malus-unions.gold.json"] = {
    "article": f"{BATCH}/van-damme-pension-malus-unions.txt",
    "target": "Liesbeth Van Damme",
    "quotes": [
        (S, None, "malus", "so-called"),
        (D, "Liesbeth Van Damme", "Nobody is being punished. We are rewarding people who work longer, and that is the "
            "only way to keep pensions affordable for our children,", None),
        (I, "Liesbeth Van Damme", "people with long periods of sickness or care leave would be exempt and that about 80 "
            "percent of current retirees would not have been affected had the rule existed when they stopped working",
            None),
        (D, "Liesbeth Van Damme", "The malus is a signal, not a sanction,", None),
        (P, "ABVV-FGTB, ACV-CSC and ACLVB-CGSLB unions", "a tax on worn-out bodies", None),
        (I, "ABVV-FGTB, ACV-CSC and ACLVB-CGSLB unions", "it would hit women and workers in heavy jobs hardest", None),
        (D, "Marc Deprez", "We will not let a minister who has never stood on a building site decide when a bricklayer "
            "is tired,", None),
        (D, "Marc Deprez", "If the government does not move, January will be a hot month.", None),
        (I, "Federation of Belgian Enterprises", "it did not go far enough to raise the employment rate, which at 72 "
            "percent remains well below the government's target of 80 percent", None),
        (P, "Sophie Lambrecht", "changing the rules in the middle of the game", None),
        (I, "Griet Maes", "the measure would save about 600 million euros a year by 2035", None),
        (P, "Griet Maes", "very uncertain", None),
        (I, "Federal Planning Bureau", "the cost of pensions will rise from 10.9 percent of GDP in 2024 to 13.1 percent "
            "in 2050 without further reforms", None),
        (I, "Pieter Claes", "the minister would meet the three unions on Monday morning at her office in Brussels",
            None),
    ],
    "actors": [
        actor("Liesbeth Van Damme", "person", title="Federal Pensions Minister", affiliation="Belgian federal government",
              aliases=["Liesbeth Van Damme", "Van Damme", "the minister"], stance=1),
        actor("ABVV-FGTB, ACV-CSC and ACLVB-CGSLB unions", "group", title="the three main trade unions (joint statement)",
              affiliation="Belgium", aliases=["ABVV-FGTB, ACV-CSC and ACLVB-CGSLB unions"], stance=-1),
        actor("Marc Deprez", "person", title="president", affiliation="ABVV-FGTB",
              aliases=["Marc Deprez", "Deprez"], stance=-1),
        actor("Federation of Belgian Enterprises", "organisation", title="employers' federation",
              affiliation="Belgium", aliases=["Federation of Belgian Enterprises", "FEB-VBO"], stance=1),
        actor("Sophie Lambrecht", "person", title="PS MP", affiliation="PS", aliases=["Sophie Lambrecht", "Lambrecht"],
              stance=-1),
        actor("Griet Maes", "person", title="economist", affiliation="KU Leuven", aliases=["Griet Maes", "Maes"],
              stance=0),
        actor("Federal Planning Bureau", "government", title="federal forecasting agency", affiliation="Belgium",
              aliases=["Federal Planning Bureau"], stance=None),
        actor("Pieter Claes", "person", title="spokesman", affiliation="Liesbeth Van Damme's office",
              aliases=["Pieter Claes", "Claes"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Torres News (Thursday Island, Queensland) local/climate (king tides flood Saibai while its seawall is
#    delayed), headline without speech, byline, lede opening in capitals ("KING tides"), a photo caption
#    ending "(Lucy Ware/Torres News)", curly “ ” for quotes with straight apostrophes, Australian punctuation
#    outside closing marks for fragments, "Mayor", "$40 million"; lede "residents say A" (present tense);
#    mayor "said A", quote with "Mayor Nona said"; councillor "said A", "he said", then a quote-only
#    paragraph; "According to the Bureau of Meteorology, A"; "A spokesperson for the Queensland Minister for
#    Local Government said A and that B “...”" (indirect plus partial), then "The spokesperson said A";
#    authority chair "said A"; "A spokesperson for the federal Climate Change Minister said A and that B was
#    “...”" (indirect plus partial); scare so-called “managed retreat”.
ARTICLES[f"{BATCH}/saibai-king-tides-seawall-delay.gold.json"] = {
    "article": f"{BATCH}/saibai-king-tides-seawall-delay.txt",
    "target": "Queensland Government",
    "quotes": [
        (I, "residents", "they are tired of waiting for a seawall first promised three years ago", None),
        (I, "Dimple Nona", "the council had asked the Queensland Government for emergency funding to repair the road "
            "and the island's sewage pump station, which failed for the second time this year", None),
        (D, "Dimple Nona", "Every king tide we clean up, and every king tide it comes back. Our people are not asking "
            "for anything special, just for the government to keep its word,", None),
        (I, "Ezra Waia", "water had come through the floors of at least 14 homes and into the school grounds", None),
        (D, "Ezra Waia", "The old people say they have never seen the sea this high. My grandmother's grave is under "
            "water twice a month now,", None),
        (D, "Ezra Waia", "We were told the wall would start in 2024. Then 2025. Now they say 2027.", None),
        (I, "Bureau of Meteorology", "last Thursday's tide at Saibai peaked at 3.9 metres, about 20 centimetres above "
            "the highest predicted astronomical tide", None),
        (I, "spokesperson for the Queensland Minister for Local Government", "the government had committed $40 million "
            "to the Torres Strait seawalls program", None),
        (P, "spokesperson for the Queensland Minister for Local Government", "as soon as design and environmental "
            "approvals are complete", None),
        (I, "spokesperson for the Queensland Minister for Local Government", "delays had been caused by the difficulty "
            "of shipping rock and heavy machinery to the outer islands, where there are no wharves able to take large "
            "barges", None),
        (I, "Maria Lowatta", "the authority had been warning both governments for more than a decade that the "
            "low-lying islands needed permanent protection", None),
        (I, "spokesperson for the federal Climate Change Minister", "the Commonwealth had contributed $15 million to "
            "the program", None),
        (P, "spokesperson for the federal Climate Change Minister", "a matter for the Queensland Government", None),
        (S, None, "managed retreat", None),
    ],
    "actors": [
        actor("residents", "group", title="Saibai Island residents", affiliation=None, aliases=["residents"],
              stance=-1),
        actor("Dimple Nona", "person", title="Mayor", affiliation="Torres Strait Island Regional Council",
              aliases=["Dimple Nona", "Mayor Dimple Nona", "Mayor Nona", "Nona"], stance=-1),
        actor("Ezra Waia", "person", title="Saibai councillor", affiliation="Torres Strait Island Regional Council",
              aliases=["Ezra Waia", "Waia"], stance=-1),
        actor("Bureau of Meteorology", "government", title="weather bureau", affiliation="Australia",
              aliases=["Bureau of Meteorology"], stance=None),
        actor("spokesperson for the Queensland Minister for Local Government", "person", title="spokesperson",
              affiliation="Queensland Government",
              aliases=["spokesperson for the Queensland Minister for Local Government", "The spokesperson"], stance=1),
        actor("Maria Lowatta", "person", title="chairperson", affiliation="Torres Strait Regional Authority",
              aliases=["Maria Lowatta", "Lowatta"], stance=-1),
        actor("spokesperson for the federal Climate Change Minister", "person", title="spokesperson",
              affiliation="Australian Government",
              aliases=["spokesperson for the federal Climate Change Minister"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Lovin Malta sport (the FA orders a title decider behind closed doors), Title Case headline opening with a
#    curly single quote "‘We Were Robbed’: Ħamrun Spartans Fans Fume As MFA Orders ..." (the fans), "Written by"
#    byline, curly “ ” and ’, Maltese letters (Ħ, Ta’ Qali), chatty short paragraphs, closing "Lovin Malta has
#    reached out ..." and "Tag a Ħamrun fan ..." lines; "In a statement on Tuesday evening, the MFA said the
#    decision followed “...” involving ..., and that B" (partial plus indirect); quote before "MFA president
#    Joseph Camilleri said"; "He said A"; scare so-called “zero tolerance” policy; club "said A, insisting that
#    B" (two indirects); quote before "the club said in a post on Facebook"; anonymous "One fan wrote: “...”"
#    (colon); other club "said it “respected” the MFA’s decision, but that B" (partial plus indirect); police
#    "confirmed A and said B" (two indirects); coach "tried to keep the focus on the pitch" (not speech), quote
#    before "he told Lovin Malta".
ARTICLES[f"{BATCH}/mfa-title-decider-closed-doors.gold.json"] = {
    "article": f"{BATCH}/mfa-title-decider-closed-doors.txt",
    "target": "Malta Football Association",
    "quotes": [
        (P, "Ħamrun Spartans fans", "We Were Robbed", None),
        (P, "Malta Football Association", "serious incidents", None),
        (I, "Malta Football Association", "the Malta Police Force had advised against allowing spectators", None),
        (D, "Joseph Camilleri", "The safety of players, officials and the public comes before everything else. This "
            "was not an easy decision, but it was the right one,", None),
        (I, "Joseph Camilleri", "season ticket holders of both clubs would be refunded for the match", None),
        (S, None, "zero tolerance", None),
        (I, "Ħamrun Spartans", "they would appeal the decision", None),
        (I, "Ħamrun Spartans", "the club had already identified and banned the fans responsible for last month’s "
            "incidents", None),
        (D, "Ħamrun Spartans", "Thousands of families who have done nothing wrong are being punished for the actions of "
            "a handful of idiots,", None),
        (D, "One fan", "We were robbed of the biggest game in ten years. Shame on the MFA.", None),
        (P, "Birkirkara FC", "respected", None),
        (I, "Birkirkara FC", "its own supporters had done nothing wrong and would now miss one of the most important "
            "games in the club’s history", None),
        (I, "Malta Police Force", "it had recommended that no spectators be allowed", None),
        (I, "Malta Police Force", "rival groups had been planning to meet before the match", None),
        (D, "Luca Farrugia", "My players wanted to win this title in front of our people. Now we will win it for them, "
            "wherever they are watching,", None),
    ],
    "actors": [
        actor("Ħamrun Spartans fans", "group", title="supporters", affiliation="Ħamrun Spartans",
              aliases=["Ħamrun Spartans fans", "Ħamrun Spartans Fans"], stance=-1),
        actor("Malta Football Association", "organisation", title="football association", affiliation="Malta",
              aliases=["Malta Football Association", "MFA"], stance=1),
        actor("Joseph Camilleri", "person", title="MFA president", affiliation="Malta Football Association",
              aliases=["Joseph Camilleri", "Camilleri"], stance=1),
        actor("Ħamrun Spartans", "organisation", title="football club", affiliation="Malta",
              aliases=["Ħamrun Spartans", "the club"], stance=-1),
        actor("One fan", "person", title="supporter on Facebook (anonymous)", affiliation="Ħamrun Spartans",
              aliases=["One fan"], stance=-1),
        actor("Birkirkara FC", "organisation", title="football club", affiliation="Malta",
              aliases=["Birkirkara FC", "Birkirkara"], stance=0),
        actor("Malta Police Force", "government", title="police", affiliation="Malta",
              aliases=["Malta Police Force"], stance=1),
        actor("Luca Farrugia", "person", title="coach", affiliation="Ħamrun Spartans",
              aliases=["Luca Farrugia", "Farrugia"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. pv magazine (solar trade press) energy (Chile's solar curtailment hits a record), headline and standfirst
#    without speech, "DECEMBER 3, 2026 RODRIGO ALBORNOZ" line, straight " and apostrophes, American punctuation,
#    "TWh", "GW", "kV", "38%"; lede content before "according to data from the country's grid operator, the
#    Coordinador Eléctrico Nacional (CEN)"; scare so-called "duck curve"; association "said the figures showed
#    that "..." and that B" (partial plus indirect); quote before "ACERA executive director Camila Vergara told
#    pv magazine" then a quote-only paragraph; "The CEN said in a statement that curtailment was a "..." of
#    ..., and that B" (partial plus indirect); quote before "CEN executive director Juan Pablo Soto said";
#    "Soto said A"; minister "said A"; developer "said A and had filed ..." (one span); analyst "noted that A
#    and would B" (one span), quote with "Riquelme said"; closing content before "according to the CEN".
ARTICLES[f"{BATCH}/chile-solar-curtailment-record-cen.gold.json"] = {
    "article": f"{BATCH}/chile-solar-curtailment-record-cen.txt",
    "target": "Coordinador Eléctrico Nacional",
    "quotes": [
        (I, "Coordinador Eléctrico Nacional", "Curtailment of solar and wind generation in Chile reached 2.1 TWh in the "
            "first ten months of 2026, up 38% from the same period a year earlier", None),
        (S, None, "duck curve", None),
        (P, "Chilean Renewable Energy and Storage Association", "the grid has become the bottleneck of the energy "
            "transition", None),
        (I, "Chilean Renewable Energy and Storage Association", "delays to the planned 500 kV Norte Grande line were "
            "costing developers hundreds of millions of dollars a year", None),
        (D, "Camila Vergara", "We have 4 GW of solar plants that are ready to produce and are switched off at noon "
            "every day. That is not a market problem, it is a planning problem,", None),
        (D, "Camila Vergara", "Every hour we are curtailed, Chile burns more gas at night than it needs to.", None),
        (P, "Coordinador Eléctrico Nacional", "temporary consequence", None),
        (I, "Coordinador Eléctrico Nacional", "it had approved 14 new transmission projects since 2024", None),
        (D, "Juan Pablo Soto", "The operator does not build lines. We operate the system safely with the infrastructure "
            "that exists, and we have been warning about these constraints since 2021,", None),
        (I, "Juan Pablo Soto", "the operator expected curtailment to ease from 2028, when the first of the new lines "
            "come into service", None),
        (I, "Francisca Ortúzar", "the government would send a bill to Congress in January to shorten environmental "
            "permitting for transmission projects from an average of five years to two", None),
        (I, "Atacama Sol", "it had lost about 18% of its potential output this year and had filed a complaint against "
            "the CEN's dispatch criteria with the Superintendence of Electricity and Fuels (SEC)", None),
        (I, "Tomás Riquelme", "battery capacity in the north had tripled in 2026 and would absorb a growing share of the "
            "midday surplus", None),
        (D, "Tomás Riquelme", "Curtailment in Chile will get worse before it gets better. The lines that can really fix "
            "it are three or four years away,", None),
        (I, "Coordinador Eléctrico Nacional", "Chile had about 11.4 GW of utility-scale solar and 5.2 GW of wind "
            "capacity installed at the end of October, together accounting for 41% of generation so far this year",
            None),
    ],
    "actors": [
        actor("Coordinador Eléctrico Nacional", "organisation", title="grid operator", affiliation="Chile",
              aliases=["Coordinador Eléctrico Nacional", "CEN"], stance=1),
        actor("Chilean Renewable Energy and Storage Association", "organisation", title="industry association",
              affiliation="Chile", aliases=["Chilean Renewable Energy and Storage Association", "ACERA"], stance=-1),
        actor("Camila Vergara", "person", title="executive director",
              affiliation="Chilean Renewable Energy and Storage Association",
              aliases=["Camila Vergara", "Vergara"], stance=-1),
        actor("Juan Pablo Soto", "person", title="executive director", affiliation="Coordinador Eléctrico Nacional",
              aliases=["Juan Pablo Soto", "Soto"], stance=1),
        actor("Francisca Ortúzar", "person", title="Energy Minister", affiliation="Government of Chile",
              aliases=["Francisca Ortúzar", "Ortúzar"], stance=None),
        actor("Atacama Sol", "organisation", title="PV developer and operator", affiliation="Chile",
              aliases=["Atacama Sol"], stance=-1),
        actor("Tomás Riquelme", "person", title="analyst", affiliation="Andes Energy Partners",
              aliases=["Tomás Riquelme", "Riquelme"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
