"""Build the dev98 gold files (data/eval/dev98/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev98/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev98.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev98"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Interfax-Ukraine (news agency, English service) war news (Russian drones hit the Danube port of Izmail), headline without speech, `10.12.2026 09:17`
#    line, straight `"` and apostrophes, a spaced hyphen as a dash, `Photo:` credit line at the end; lede content
#    before `, the head of the Izmail District Military Administration, Serhii Honcharenko, reported on Telegram`;
#    quote with `Honcharenko wrote`; `According to him, A`; Navy spokesperson with rank `speaking on the air of the
#    national telethon, said A`; colon-attributed quote left open at the paragraph end, then a closed quote-only
#    paragraph (continuity); scare so-called `"Danube cluster"`; Russian ministry `as usual, claimed in its daily report
#    that its forces had struck "..." in ...` (partial only); Romanian defence ministry `said in a statement that A, but
#    that B` (one span); Romanian foreign ministry `condemned the attack, calling it "..."` (act plus partial); Foreign
#    Ministry spokesperson `said Russia was trying to "..." and called on partners to ...` (partial; directive);
#    `According to the Ukrainian Sea Ports Authority, A`; terminal director `said A, and that B`, quote with `Melnyk
#    told Interfax-Ukraine`; `As Interfax-Ukraine reported, ...` (the agency's own earlier report).
ARTICLES[f"{BATCH}/russia-drones-hit-izmail-port.gold.json"] = {
    "article": f"{BATCH}/russia-drones-hit-izmail-port.txt",
    "target": "Russia",
    "quotes": [
        (I, "Serhii Honcharenko", "During the night of December 10, Russian troops attacked the port infrastructure of "
            "Izmail in Odesa region with attack drones, damaging a grain terminal and a vessel under the flag of Romania",
            None),
        (D, "Serhii Honcharenko", "The enemy once again struck at civilian port infrastructure on the Danube. Two port "
            "workers were injured, they are receiving medical care. There was no cargo of military purpose in the port,",
            None),
        (I, "Serhii Honcharenko", "a fire broke out at the terminal and was extinguished by the morning", None),
        (I, "Andrii Lysenko", "the Russians had launched 27 Shahed-type drones at Odesa region overnight, of which 19 "
            "were shot down", None),
        (D, "Andrii Lysenko", "The Russians are deliberately hitting the Danube ports, because this is the route through "
            "which Ukrainian grain goes to the world when the sea is under threat.", None),
        (D, "Andrii Lysenko", "This is an attack on food security, not only on Ukraine. Every week we see more drones in "
            "this direction, and air defense in the south needs to be strengthened.", None),
        (S, None, "Danube cluster", None),
        (P, "Russian Defense Ministry", "infrastructure used in the interests of the Armed Forces of Ukraine", None),
        (I, "Romania's Ministry of National Defense", "no drones had entered Romanian airspace during the attack, but "
            "that the damaged vessel, a tanker barge operated by a company from Galați, had three Romanian crew members "
            "on board, none of whom were injured", None),
        (P, "Romania's Foreign Ministry", "a new and dangerous escalation in the immediate vicinity of NATO territory.",
            None),
        (P, "Oleksii Bondar", "make the Danube route too risky for shipowners", None),
        (I, "Ukrainian Sea Ports Authority", "the Izmail port continued to operate, and loading at undamaged berths "
            "resumed at 10:00", None),
        (I, "Ihor Melnyk", "the strike had destroyed a conveyor line and damaged two warehouses, and that the terminal "
            "would lose about a third of its capacity for at least a week", None),
        (D, "Ihor Melnyk", "We will restore the conveyor within a week. Our people are not afraid, they are angry,", None),
    ],
    "actors": [
        actor("Serhii Honcharenko", "person", title="head of the Izmail District Military Administration",
              affiliation="Ukraine", aliases=["Serhii Honcharenko", "Honcharenko"], stance=-1),
        actor("Andrii Lysenko", "person", title="Navy spokesperson, Captain Third Rank", affiliation="Ukrainian Navy",
              aliases=["Andrii Lysenko", "Lysenko"], stance=-1),
        actor("Russian Defense Ministry", "government", affiliation="Russia", aliases=["Russian Defense Ministry"],
              stance=1),
        actor("Romania's Ministry of National Defense", "government", affiliation="Romania",
              aliases=["Romania's Ministry of National Defense"], stance=0),
        actor("Romania's Foreign Ministry", "government", affiliation="Romania", aliases=["Romania's Foreign Ministry"],
              stance=-1),
        actor("Oleksii Bondar", "person", title="Foreign Ministry spokesperson", affiliation="Ukraine",
              aliases=["Oleksii Bondar", "Bondar"], stance=-1),
        actor("Ukrainian Sea Ports Authority", "government", affiliation="Ukraine",
              aliases=["Ukrainian Sea Ports Authority"], stance=None),
        actor("Ihor Melnyk", "person", title="director", affiliation="Dunai Agro terminal",
              aliases=["Ihor Melnyk", "Melnyk"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. International Railway Journal (IRJ, rail trade press) rolling stock (a manufacturer's bi-mode trains for the
#    Nordland Line are delayed 14 months), headline and standfirst without speech, `International Railway Journal |
#    10 December 2026` line, British curly single quotes `‘ ’` throughout with
#    `’` apostrophes (`trains’`, `Vy’s`), punctuation outside the closing mark (`...–40°C’, she said`), trade terms
#    (`multiple-units`, `type approval`, `pre-series train`, `Class Di4`), `30 000 km`, `NOK60m`, `–40°C`; lede
#    content before `, the manufacturer has confirmed`; `Kestrel Rail said on December 8 that the ‘...’ had been
#    underestimated, and that B` (partial plus indirect); chief executive `told IRJ that the
#    company took ‘...’ for the delay` (partial only), then `she said`; `Solheim said A, and that B` (one span); Vy
#    `said it was ‘...’ with the manufacturer` (partial only); director named after the quote (`said Vy’s Director of
#    Regional Trains, Anders Berg`); relative clause `which Berg said would require ...` (indirect); `He said Vy
#    expected Kestrel Rail to cover ‘...’ of that cost` (partial only); directorate `said it had been informed ... and
#    would B` (one span); union leader `said A, and that members were ‘...’` (indirect plus partial); scare so-called
#    `‘Arctic battery’` train; `Industry observers said A` (group); analyst `said Kestrel Rail had been ‘...’ in taking
#    on the project` (partial only), quote split by `he said`; `for which it said the timetable was unaffected`.
ARTICLES[f"{BATCH}/kestrel-rail-nordland-bimode-delay.gold.json"] = {
    "article": f"{BATCH}/kestrel-rail-nordland-bimode-delay.txt",
    "target": "Kestrel Rail",
    "quotes": [
        (I, "Kestrel Rail", "Entry into service of the 14 battery-diesel bi-mode multiple-units which Kestrel Rail is "
            "building for the Nordland Line has been postponed by at least 14 months because of difficulties in "
            "obtaining type approval for the trains’ battery system", None),
        (P, "Kestrel Rail", "complexity of certifying a new traction battery for operation at temperatures down to "
            "–40°C", None),
        (I, "Kestrel Rail", "it now expected the Norwegian Railway Authority to grant approval in the second quarter of "
            "2028", None),
        (P, "Maren Solheim", "full responsibility", None),
        (D, "Maren Solheim", "We promised a train that could run the full length of the Nordland Line on battery power "
            "between the electrified sections, in Arctic conditions, and we will deliver it. But we were too optimistic "
            "about how long it would take to prove that the battery is safe in a fire at –40°C", None),
        (I, "Maren Solheim", "the pre-series train had completed more than 30 000 km of testing on the Swedish network, "
            "and that no faults had been found with the traction equipment itself", None),
        (P, "Vy", "very disappointed", None),
        (D, "Anders Berg", "Our passengers were promised new, quieter and more comfortable trains next year. Now they "
            "will have to travel for at least one more winter on trains that are more than 40 years old", None),
        (I, "Anders Berg", "would require an additional NOK60m in maintenance", None),
        (P, "Anders Berg", "a substantial part", None),
        (I, "Norwegian Railway Directorate", "it had been informed of the delay in November and would review the "
            "timetable for the planned hourly service between Trondheim and Steinkjer", None),
        (I, "Rolf Haugen", "training for drivers on the new trains had already started", None),
        (P, "Rolf Haugen", "tired of hearing new dates", None),
        (S, None, "Arctic battery", None),
        (I, "Industry observers", "the problems at Kestrel Rail reflected the lack of a common European standard for "
            "large traction batteries", None),
        (P, "Jonas Lindqvist", "brave rather than reckless", None),
        (D, "Jonas Lindqvist", "Every manufacturer building battery trains for cold climates is learning the same "
            "lessons, and Kestrel is simply learning them first", None),
        (D, "Jonas Lindqvist", "The real test is whether the trains work reliably once they are in service.", None),
        (I, "Kestrel Rail", "the timetable was unaffected", None),
    ],
    "actors": [
        actor("Kestrel Rail", "organisation", title="rolling stock manufacturer",
              aliases=["Kestrel Rail", "Kestrel", "the manufacturer"], stance=1),
        actor("Maren Solheim", "person", title="Chief Executive", affiliation="Kestrel Rail",
              aliases=["Maren Solheim", "Solheim"], stance=1),
        actor("Vy", "organisation", title="train operator", affiliation="Norway", aliases=["Vy"], stance=-1),
        actor("Anders Berg", "person", title="Director of Regional Trains", affiliation="Vy",
              aliases=["Anders Berg", "Berg"], stance=-1),
        actor("Norwegian Railway Directorate", "government", affiliation="Norway",
              aliases=["Norwegian Railway Directorate"], stance=0),
        actor("Rolf Haugen", "person", title="leader", affiliation="Norwegian Locomotive Drivers’ Union (NLF)",
              aliases=["Rolf Haugen", "Haugen"], stance=-1),
        actor("Industry observers", "group", aliases=["Industry observers"], stance=1),
        actor("Jonas Lindqvist", "person", title="rolling stock analyst", affiliation="SCI Verkehr",
              aliases=["Jonas Lindqvist", "Lindqvist"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Newsroom (New Zealand) politics/environment (the fisheries minister raised the hoki catch against officials'
#    advice), headline and standfirst without speech, byline and `Political Reporter` lines, curly `“ ”` and `’`
#    apostrophes, te reo Māori names with macrons (`Hēnare`), `2,000`, `110,000 tonnes`; lede `documents released to
#    Newsroom under the Official Information Act show` (not a speech cue); `Fisheries New Zealand had recommended that
#    ... stay ..., warning that A` (directive; participial `warning that` is indirect); `According to the briefing,
#    that option carried a “...” of ...` (partial for Fisheries New Zealand, whose briefing it is); scare so-called
#    `“soft limit”`; `In an interview with Newsroom, Rutherford said A` (with a relative clause), then `he said`; `He
#    said A, and that B` (one span); `The decision has angered environmental groups.`; advocate `said the minister had
#    “...” to ...` (partial only); quote with a nested `‘moderate risks’` (not annotated); `The industry sees it
#    differently.`; chief executive `said A and that B` (one span), `Carver said`; Green spokesperson `said she would
#    ask ...` (indirect); scientist `told Newsroom A` (no `that`), then `she said`, then a closed quote-only paragraph
#    (continuity); `In a statement, Fisheries New Zealand said A, and that B` (one span).
ARTICLES[f"{BATCH}/rutherford-hoki-catch-limit-advice.gold.json"] = {
    "article": f"{BATCH}/rutherford-hoki-catch-limit-advice.txt",
    "target": "Tane Rutherford",
    "quotes": [
        (I, "Fisheries New Zealand", "the western stock, fished off the West Coast of the South Island, had fallen below "
            "the level scientists consider a target for a healthy fishery", None),
        (P, "Fisheries New Zealand", "moderate risk", "According to the briefing"),
        (S, None, "soft limit", None),
        (I, "Tane Rutherford", "he had weighed the advice against the economic importance of the fishery, which employs "
            "about 2,000 people, many of them in Nelson", None),
        (D, "Tane Rutherford", "Officials gave me their best advice, and I respect it. But my job is to weigh "
            "everything, including jobs in the regions, and I am comfortable with the decision I made,", None),
        (I, "Tane Rutherford", "the increase would be reviewed after a new acoustic survey of the western stock next "
            "winter, and that he would not hesitate to cut the limit if the survey showed a decline", None),
        (P, "Hera Walker", "ignored the science", None),
        (D, "Hera Walker", "This is exactly how fisheries collapse. Not with one bad decision but with a series of "
            "‘moderate risks’ that ministers decide are worth taking,", None),
        (I, "Rob Carver", "the hoki fishery was one of the best-managed in the world and that the eastern stock, which "
            "makes up most of the catch, was in good health", None),
        (D, "Rob Carver", "The minister has made a balanced call. The western stock has gone up and down before, and the "
            "management strategy is designed to deal with exactly that,", None),
        (I, "Mereana Hēnare", "she would ask the Environment Select Committee to call Fisheries New Zealand officials to "
            "explain the advice", None),
        (I, "Aroha Whaanga", "the officials’ advice had been cautious but reasonable", None),
        (D, "Aroha Whaanga", "Hoki lives a long time and the signals come slowly. By the time a survey shows a decline "
            "clearly, you have usually been overfishing for several years,", None),
        (D, "Aroha Whaanga", "I would not call this reckless. I would call it a gamble with someone else’s money.", None),
        (I, "Fisheries New Zealand", "it was the minister’s role to make decisions on catch limits, and that it would "
            "carry out the acoustic survey as planned", None),
    ],
    "actors": [
        actor("Fisheries New Zealand", "government", affiliation="New Zealand", aliases=["Fisheries New Zealand"],
              stance=0),
        actor("Tane Rutherford", "person", title="Oceans and Fisheries Minister", affiliation="New Zealand Government",
              aliases=["Tane Rutherford", "Rutherford"], stance=1),
        actor("Hera Walker", "person", title="oceans advocate", affiliation="Forest & Bird",
              aliases=["Hera Walker", "Walker"], stance=-1),
        actor("Rob Carver", "person", title="chief executive", affiliation="Deepwater Group",
              aliases=["Rob Carver", "Carver"], stance=1),
        actor("Mereana Hēnare", "person", title="oceans spokesperson", affiliation="Green Party",
              aliases=["Mereana Hēnare", "Hēnare"], stance=-1),
        actor("Aroha Whaanga", "person", title="fisheries scientist", affiliation="University of Auckland",
              aliases=["Aroha Whaanga", "Whaanga"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. New Vision (Uganda) education (UNEB withholds the results of 2,140 PLE candidates over malpractice), headline
#    without speech, `By NAME` line, `KAMPALA -` dateline, straight `"` and apostrophes, `Dr` without a full stop,
#    `%`, fragment punctuation outside the marks; lede without a cue (the board's act); `Releasing the results ...,
#    UNEB executive director Dr Joseph Ocheng revealed that most of the cases involved "...", in which ...` (partial
#    only); quote with `Ocheng said`; `He said A, and that B` (one span); `Ocheng noted that A, and said B` (two
#    indirects); content before `, according to UNEB` (the next sentence is the writer's); minister in an apposition
#    `warned head teachers that A` (indirect), quote split by `Atim said`; `some head teachers said A` (group); head
#    teacher in a long apposition `said A`, then a quote; union general secretary `said the board had the right to ...
#    but should complete its investigations "..."` (indirect plus partial); `Kasule told New Vision that A`; parent
#    `described the decision as "...", but said A` (partial plus indirect); lawyer `said A`; `In a statement ..., UNEB
#    said A, and urged parents not to pay anyone who promised to "..." withheld results` (indirect; partial inside a
#    directive).
ARTICLES[f"{BATCH}/uneb-withholds-ple-results-malpractice.gold.json"] = {
    "article": f"{BATCH}/uneb-withholds-ple-results-malpractice.txt",
    "target": "Uganda National Examinations Board",
    "quotes": [
        (P, "Joseph Ocheng", "external assistance", None),
        (D, "Joseph Ocheng", "Some of these schools organised the cheating themselves. They collected money from parents "
            "and promised them first grades. That is not education, that is business,", None),
        (I, "Joseph Ocheng", "the affected candidates would be invited to appear before the board's security committee "
            "in January, and that those found innocent would receive their results", None),
        (I, "Joseph Ocheng", "the number of withheld results had fallen from 3,012 last year", None),
        (I, "Joseph Ocheng", "the drop was due to the deployment of more scouts and the use of tamper-proof envelopes",
            None),
        (I, "Uganda National Examinations Board", "A total of 812,340 candidates sat the examinations", None),
        (I, "Grace Atim", "the ministry would deregister any school found to have organised malpractice", None),
        (D, "Grace Atim", "We are not going to tolerate schools that teach children to cheat at the age of 12,", None),
        (D, "Grace Atim", "Those centres will be closed.", None),
        (I, "head teachers", "innocent pupils were being punished for the actions of a few adults", None),
        (I, "Peter Ssemwanga", "the school had not been given a chance to respond", None),
        (D, "Peter Ssemwanga", "We only learnt about it from the newspaper this morning. Our children are crying. If a "
            "teacher did wrong, punish the teacher, not 46 children,", None),
        (I, "Robert Kasule", "the board had the right to protect the integrity of examinations", None),
        (P, "Robert Kasule", "in weeks, not months", None),
        (I, "Robert Kasule", "many of the affected pupils risked missing the start of the secondary school term in "
            "February", None),
        (P, "Sarah Nansubuga", "very painful", None),
        (I, "Sarah Nansubuga", "she would wait for the investigation", None),
        (I, "Isaac Kiwanuka", "affected families had the right to challenge the board's decision in the High Court",
            None),
        (I, "Uganda National Examinations Board", "candidates could check their results by SMS", None),
        (P, "Uganda National Examinations Board", "fix", None),
    ],
    "actors": [
        actor("Joseph Ocheng", "person", title="executive director", affiliation="UNEB",
              aliases=["Joseph Ocheng", "Ocheng"], stance=1),
        actor("Uganda National Examinations Board", "organisation", affiliation="Uganda",
              aliases=["Uganda National Examinations Board", "UNEB", "the board"], stance=1),
        actor("Grace Atim", "person", title="Minister of State for Primary Education", affiliation="Uganda",
              aliases=["Grace Atim", "Atim"], stance=1),
        actor("head teachers", "group", aliases=["head teachers"], stance=-1),
        actor("Peter Ssemwanga", "person", title="head teacher", affiliation="a primary school in Mukono district",
              aliases=["Peter Ssemwanga", "Ssemwanga"], stance=-1),
        actor("Robert Kasule", "person", title="general secretary",
              affiliation="Uganda National Teachers' Union (UNATU)", aliases=["Robert Kasule", "Kasule"], stance=0),
        actor("Sarah Nansubuga", "person", title="parent", affiliation="Wakiso",
              aliases=["Sarah Nansubuga", "Nansubuga"], stance=0),
        actor("Isaac Kiwanuka", "person", title="lawyer", aliases=["Isaac Kiwanuka", "Kiwanuka"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
