"""Build the test148 gold files (data/eval/test148/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test148/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test148.
Standard library only. Held out: do not read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test148"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. KUNA (Kuwait News Agency) wire, industry/disaster (a fire at a refinery unit), headline "..., no
#    casualties - KNPC" (speech without quote marks: not annotated), dateline "KUWAIT, Dec 3 (KUNA) --",
#    straight " and apostrophes, "(end) gh.ms" tag; lede content before "Kuwait National Petroleum Company
#    (KNPC) said"; spokesman "said in a press statement that A and that B" (one span), quote with
#    "Al-Otaibi said", "He added that A"; fire force "said in a statement that A"; its officer (apposition
#    "KFF's Director of ..., Brigadier Fahad Al-Hajri,") "told KUNA that A, and that B" (one span), quote with
#    "Al-Hajri said"; ministry "said in a statement that A, and that B" (one span); authority "said its
#    stations had recorded a "..." in ... that remained "..."" (two partials only); society "said A, and
#    called for ..." (indirect; the call not annotated); scare so-called "zero flaring" policy ("promoted":
#    not speech); group "Residents of Fahaheel told KUNA A"; "One resident, Abdullah Al-Enezi, said: "...""; quote
#    before "energy analyst Nasser Al-Fadhli told KUNA", then a quote-only paragraph; "According to KNPC data,
#    A".
ARTICLES[f"{BATCH}/mina-al-ahmadi-refinery-fire.gold.json"] = {
    "article": f"{BATCH}/mina-al-ahmadi-refinery-fire.txt",
    "target": "Kuwait National Petroleum Company",
    "quotes": [
        (I, "Kuwait National Petroleum Company", "A fire that broke out early Wednesday in a crude distillation unit at "
            "Mina Al-Ahmadi refinery was brought under control within three hours, with no injuries among workers",
            None),
        (I, "Ghanim Al-Otaibi", "the unit had been shut down as a precaution and that the refinery's other units were "
            "operating normally", None),
        (D, "Ghanim Al-Otaibi", "The emergency teams at the refinery responded immediately according to the approved "
            "safety procedures, and the fire was isolated before it could reach the neighbouring units,", None),
        (I, "Ghanim Al-Otaibi", "exports and supplies to the local market had not been affected", None),
        (I, "Kuwait Fire Force", "eight fire-fighting teams from the Al-Ahmadi, Fahaheel and Mina Abdullah centres had "
            "taken part in putting out the blaze", None),
        (I, "Fahad Al-Hajri", "the cause of the fire was still under investigation, and that initial signs pointed to "
            "a leak in a heat exchanger line", None),
        (D, "Fahad Al-Hajri", "Our teams worked in very high temperatures alongside the refinery's own fire-fighters, "
            "who were very well prepared and knew every valve in that unit,", None),
        (I, "Ministry of Health", "Al-Adan Hospital had received four workers for observation after they inhaled smoke, "
            "and that all of them had been discharged in good health by noon", None),
        (P, "Environment Public Authority", "temporary rise", None),
        (P, "Environment Public Authority", "within permitted limits", None),
        (I, "Kuwait Environment Protection Society", "the fire was the third at a Kuwaiti refinery this year", None),
        (S, None, "zero flaring", None),
        (I, "Residents of Fahaheel", "they had heard a loud explosion at around 4:30 am and saw thick black smoke over "
            "the coastal area as the sun rose", None),
        (D, "Abdullah Al-Enezi", "My children woke up crying. We closed the windows and waited for news, but nobody "
            "from the company told us anything until the morning.", None),
        (D, "Nasser Al-Fadhli", "Kuwait has enough refining capacity at Al-Zour and Mina Abdullah to cover the local "
            "market for weeks, so the impact on supplies will be limited,", None),
        (D, "Nasser Al-Fadhli", "The real question is how quickly KNPC can restart the unit. If it takes more than a "
            "month, some export cargoes will have to be rescheduled.", None),
        (I, "Kuwait National Petroleum Company", "Mina Al-Ahmadi refinery has a refining capacity of 346,000 barrels "
            "per day and supplies most of the country's jet fuel and liquefied petroleum gas", None),
    ],
    "actors": [
        actor("Kuwait National Petroleum Company", "organisation", title="state refining company",
              affiliation="Kuwait Petroleum Corporation", aliases=["Kuwait National Petroleum Company", "KNPC"],
              stance=1),
        actor("Ghanim Al-Otaibi", "person", title="official spokesman", affiliation="Kuwait National Petroleum Company",
              aliases=["Ghanim Al-Otaibi", "Al-Otaibi"], stance=1),
        actor("Kuwait Fire Force", "government", title="fire service", affiliation="Kuwait",
              aliases=["Kuwait Fire Force", "KFF"], stance=None),
        actor("Fahad Al-Hajri", "person", title="Director of Industrial Fire Stations (Brigadier)",
              affiliation="Kuwait Fire Force", aliases=["Fahad Al-Hajri", "Brigadier Fahad Al-Hajri", "Al-Hajri"],
              stance=1),
        actor("Ministry of Health", "government", title="ministry", affiliation="Kuwait",
              aliases=["Ministry of Health"], stance=None),
        actor("Environment Public Authority", "government", title="environmental regulator", affiliation="Kuwait",
              aliases=["Environment Public Authority", "EPA"], stance=0),
        actor("Kuwait Environment Protection Society", "organisation", title="environmental NGO", affiliation="Kuwait",
              aliases=["Kuwait Environment Protection Society"], stance=-1),
        actor("Residents of Fahaheel", "group", title="residents", affiliation=None, aliases=["Residents of Fahaheel"],
              stance=None),
        actor("Abdullah Al-Enezi", "person", title="Fahaheel resident", affiliation=None,
              aliases=["Abdullah Al-Enezi", "Al-Enezi"], stance=-1),
        actor("Nasser Al-Fadhli", "person", title="energy analyst", affiliation=None,
              aliases=["Nasser Al-Fadhli", "Al-Fadhli"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. STAT (health/biotech news) science (the FDA puts a gene-editing trial on hold after a patient is
#    hospitalized), headline without speech, byline and date lines, curly “ ” and ’, US punctuation inside
#    closing marks; lede content before "the company disclosed Tuesday evening"; content before "Lumora said
#    in a securities filing"; quote split by "Lumora's chief executive, Dr. Ethan Vasquez, said on a call with
#    investors"; "Vasquez said A, and that he remained “...” in the program" (indirect plus partial); "The
#    FDA declined to comment, citing ..." (not annotated); scare so-called “one-and-done” promise; group
#    "Independent experts said A"; quote before "said Dr. Miriam Kohler, a hepatologist at ... who has no ties
#    to the company"; "Kohler said A"; advocate "said the news was “...” for ..." (partial only), quote split
#    by "he said" whose second stretch ends its paragraph without a closing mark, then a closed quote-only
#    paragraph; "Wall Street was less forgiving." then quote before "Priya Raman, an analyst at ..., wrote in
#    a note to clients"; "Raman noted that A"; "The company said on the call that A".
ARTICLES[f"{BATCH}/lumora-lum201-clinical-hold.gold.json"] = {
    "article": f"{BATCH}/lumora-lum201-clinical-hold.txt",
    "target": "Lumora Therapeutics",
    "quotes": [
        (I, "Lumora Therapeutics", "The Food and Drug Administration has placed a clinical hold on Lumora "
            "Therapeutics’ gene-editing trial in alpha-1 antitrypsin deficiency after a participant developed severe "
            "liver injury", None),
        (I, "Lumora Therapeutics", "The patient, a man in his 50s who received the highest dose of the therapy, "
            "LUM-201, was hospitalized three weeks after the infusion and is now recovering", None),
        (D, "Ethan Vasquez", "Patient safety comes first, and we are working closely with the agency to understand "
            "exactly what happened,", None),
        (D, "Ethan Vasquez", "We have seen nothing like this in the 14 patients dosed at the lower levels.", None),
        (I, "Ethan Vasquez", "the company expected to submit a full safety analysis to the FDA before the end of "
            "January", None),
        (P, "Ethan Vasquez", "confident", None),
        (S, None, "one-and-done", None),
        (I, "Independent experts", "the case raised questions about whether the nanoparticles themselves could be "
            "damaging liver cells at higher doses", None),
        (D, "Miriam Kohler", "Liver enzyme spikes are a known risk with these delivery systems, but a hospitalization "
            "at three weeks is not something you can dismiss as a blip,", None),
        (I, "Miriam Kohler", "she would want to see whether the injury was dose-dependent before drawing wider "
            "conclusions about the field", None),
        (P, "Tom Brandauer", "gut-wrenching", None),
        (D, "Tom Brandauer", "Our community has waited decades for something that fixes the gene instead of just "
            "managing the lungs,", None),
        (D, "Tom Brandauer", "Nobody wants to rush a therapy that hurts people.", None),
        (D, "Tom Brandauer", "But I hope the FDA and the company can find a way to keep this going, with the right "
            "safeguards, because there is nothing else in the pipeline that comes close.", None),
        (D, "Priya Raman", "We think the program is likely to be delayed by at least a year, and the market is now "
            "pricing in something close to a total loss,", None),
        (I, "Priya Raman", "Lumora had about $410 million in cash at the end of September, enough to fund operations "
            "into 2028 even if the trial does not resume next year", None),
        (I, "Lumora Therapeutics", "it would no longer do so", None),
    ],
    "actors": [
        actor("Lumora Therapeutics", "organisation", title="gene-editing biotech", affiliation=None,
              aliases=["Lumora Therapeutics", "Lumora", "the company", "The company"], stance=0),
        actor("Ethan Vasquez", "person", title="chief executive (Dr.)", affiliation="Lumora Therapeutics",
              aliases=["Ethan Vasquez", "Dr. Ethan Vasquez", "Vasquez"], stance=1),
        actor("Independent experts", "group", title="experts", affiliation=None, aliases=["Independent experts"],
              stance=-1),
        actor("Miriam Kohler", "person", title="hepatologist (Dr.)", affiliation="University of Pittsburgh",
              aliases=["Miriam Kohler", "Dr. Miriam Kohler", "Kohler"], stance=-1),
        actor("Tom Brandauer", "person", title="president", affiliation="Alpha-1 Advocates",
              aliases=["Tom Brandauer", "Brandauer"], stance=1),
        actor("Priya Raman", "person", title="analyst", affiliation="Corbin Hale Securities",
              aliases=["Priya Raman", "Raman"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Block Club Chicago education/local (parents fight a plan to close an elementary school), title-case
#    headline without speech, dek without speech, byline and "7:15 AM CST on Dec 3, 2026" lines, dateline
#    "SOUTH CHICAGO -", straight " and apostrophes, "percent"; group "CPS officials said at the meeting that A
#    and that B" (one span); quote split by "said Andrea Whitlock, the district's chief of ..."; "Parents
#    weren't having it." (not speech); quote before "said Tasha Monroe, whose two sons ..." (her quote reports
#    CPS: "told us it would ..."); "Monroe said A"; LSC chair "said A, and called the district's ... process
#    "..."" (indirect plus partial, full stop inside), "he said"; scare so-called "space utilization" formula;
#    "According to CPS data, A"; alderman "said he would ask the Board of Education to delay ..." (his own
#    intention, reported: indirect); union "said in a statement that the closing would "..." and that B"
#    (partial plus indirect); eighth-grader's question "he asked the officials"; "A CPS spokesperson said in an
#    email to Block Club ... that A and that B" (one span).
ARTICLES[f"{BATCH}/dunbar-park-elementary-closing.gold.json"] = {
    "article": f"{BATCH}/dunbar-park-elementary-closing.txt",
    "target": "Chicago Public Schools",
    "quotes": [
        (I, "CPS officials", "the building needed $23 million in repairs and that the district could not justify that "
            "cost for a school at 31 percent of its capacity", None),
        (D, "Andrea Whitlock", "We know how much this school means to this community, and nobody takes that lightly,",
            None),
        (D, "Andrea Whitlock", "But we have to be honest with families about what we can afford to fix.", None),
        (D, "Tasha Monroe", "You closed 50 schools in 2013 and told us it would make things better. Show me one of "
            "those blocks that got better,", None),
        (I, "Tasha Monroe", "the walk to Gale Street would take her children across two gang boundaries and under the "
            "Skyway viaduct", None),
        (I, "Robert Lujan", "the council had not been told about the proposal until the day it was announced", None),
        (P, "Robert Lujan", "a box-checking exercise.", None),
        (D, "Robert Lujan", "They had a slideshow ready before they had a single conversation with us,", None),
        (S, None, "space utilization", None),
        (I, "Chicago Public Schools", "14 of the district's elementary schools are now below 35 percent of their "
            "capacity, most of them on the South and West sides", None),
        (I, "Marcus Reed", "he would ask the Board of Education to delay any vote until an independent assessment of "
            "the building had been carried out", None),
        (P, "Chicago Teachers Union", "destabilize an entire neighborhood", None),
        (I, "Chicago Teachers Union", "CPS had ignored its own moratorium on school actions", None),
        (D, "Jaylen Hughes", "If you close it, where do the little kids go when it's cold and their parents are still "
            "at work?", None),
        (I, "CPS spokesperson", "no final decision had been made and that the Board of Education would vote on the "
            "proposal in February", None),
    ],
    "actors": [
        actor("CPS officials", "group", title="district officials", affiliation="Chicago Public Schools",
              aliases=["CPS officials"], stance=1),
        actor("Andrea Whitlock", "person", title="chief of portfolio planning", affiliation="Chicago Public Schools",
              aliases=["Andrea Whitlock", "Whitlock"], stance=1),
        actor("Tasha Monroe", "person", title="parent", affiliation=None, aliases=["Tasha Monroe", "Monroe"],
              stance=-1),
        actor("Robert Lujan", "person", title="Local School Council chair", affiliation="Dunbar Park Elementary",
              aliases=["Robert Lujan", "Lujan"], stance=-1),
        actor("Chicago Public Schools", "government", title="school district", affiliation="Chicago",
              aliases=["Chicago Public Schools", "CPS"], stance=0),
        actor("Marcus Reed", "person", title="alderperson (Ald.)", affiliation="Chicago City Council",
              aliases=["Marcus Reed", "Ald. Marcus Reed", "Reed"], stance=-1),
        actor("Chicago Teachers Union", "organisation", title="teachers' union", affiliation=None,
              aliases=["Chicago Teachers Union"], stance=-1),
        actor("Jaylen Hughes", "person", title="eighth-grader, 13", affiliation="Dunbar Park Elementary",
              aliases=["Jaylen Hughes", "Hughes"], stance=-1),
        actor("CPS spokesperson", "person", title="spokesperson (anonymous)", affiliation="Chicago Public Schools",
              aliases=["CPS spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Kent Online sport (a non-league club's chairman plans to sell its ground), headline with a curly single
#    fragment "Supporters’ trust brands ... a ‘betrayal’", standfirst without speech, byline and "Published:"
#    lines, British curly single quotes ‘...’ with ’ apostrophes inside (I’ve, can’t, grandad’s), "£",
#    "per cent"; lede "has defended plans ..., insisting the club ‘...’ where it is" (partial only); club
#    "announced on Monday that A" (indirect); quote with "Pennington said" and a quote-only paragraph; "The
#    61-year-old, who ..., said A"; trust "said the plan had been ‘...’ and that B" (partial plus indirect);
#    chairwoman "said: ‘...’", "She added that A" (the writer's next sentence left out); scare so-called
#    ‘legacy fund’; manager "struck a more cautious note" (act), quote split by "he said"; council "said the
#    application would be considered ‘...’ and that B" (partial plus indirect); club "what it calls a ‘...’"
#    (partial); quote split by "said season-ticket holder Derek Mabey, 74".
ARTICLES[f"{BATCH}/medway-athletic-ground-move.gold.json"] = {
    "article": f"{BATCH}/medway-athletic-ground-move.txt",
    "target": "Gary Pennington",
    "quotes": [
        (P, "Medway Athletic Supporters’ Trust", "betrayal", None),
        (P, "Gary Pennington", "simply cannot survive", None),
        (I, "Medway Athletic", "it had agreed a deal with developer Hallborough Homes to sell its Castle Road ground for "
            "housing, with the proceeds paying for a 3,000-capacity stadium at Temple Marsh", None),
        (D, "Gary Pennington", "I’ve been coming to Castle Road since I was six years old, so nobody needs to tell me "
            "what it means,", None),
        (D, "Gary Pennington", "But the main stand is condemned, the pitch floods every winter and we lose money every "
            "time we open the gates. I’m not going to be the chairman who lets this club die out of sentiment.",
            None),
        (I, "Gary Pennington", "he had personally lent it more than £400,000 over the past three seasons", None),
        (P, "Medway Athletic Supporters’ Trust", "cooked up behind closed doors", None),
        (I, "Medway Athletic Supporters’ Trust", "members had learned about it from a planning notice tied to a lamp "
            "post", None),
        (D, "Lorraine Dyer", "Temple Marsh is a car park next to a dual carriageway. You can’t walk there from the town, "
            "there’s no bus on a Saturday, and once the ground is gone it is gone for ever.", None),
        (I, "Lorraine Dyer", "the trust had asked the council to list Castle Road as an asset of community value",
            None),
        (S, None, "legacy fund", None),
        (D, "Kieran Walsh", "My job is to win football matches, wherever we play them,", None),
        (D, "Kieran Walsh", "The players just want a pitch they can train on in January.", None),
        (P, "Medway Council", "on its merits", None),
        (I, "Medway Council", "no decision was expected before the spring", None),
        (P, "Medway Athletic", "new era", None),
        (D, "Derek Mabey", "My grandad’s ashes are scattered behind that goal,", None),
        (D, "Derek Mabey", "Where do I go to talk to him when there’s forty houses on top of him?", None),
    ],
    "actors": [
        actor("Medway Athletic Supporters’ Trust", "organisation", title="supporters' trust", affiliation="Medway Athletic",
              aliases=["Medway Athletic Supporters’ Trust", "Supporters’ trust", "the trust"], stance=-1),
        actor("Gary Pennington", "person", title="chairman", affiliation="Medway Athletic",
              aliases=["Gary Pennington", "Pennington", "The 61-year-old"], stance=1),
        actor("Medway Athletic", "organisation", title="football club", affiliation="Isthmian League Premier Division",
              aliases=["Medway Athletic", "The Isthmian League Premier Division side", "The club"], stance=1),
        actor("Lorraine Dyer", "person", title="trust chairwoman", affiliation="Medway Athletic Supporters’ Trust",
              aliases=["Lorraine Dyer", "Dyer"], stance=-1),
        actor("Kieran Walsh", "person", title="first-team manager", affiliation="Medway Athletic",
              aliases=["Kieran Walsh", "Walsh"], stance=0),
        actor("Medway Council", "government", title="local council", affiliation=None, aliases=["Medway Council"],
              stance=None),
        actor("Derek Mabey", "person", title="season-ticket holder, 74", affiliation=None,
              aliases=["Derek Mabey", "Mabey"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
