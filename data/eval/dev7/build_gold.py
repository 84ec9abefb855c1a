"""Build the dev7 gold files (data/eval/dev7/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev5/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev7/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev7.  Standard library only.
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
# 1. Al Jazeera foreign desk, curly double quotes in the body, curly single in the headline,
#    curly apostrophes. Headline fragment ‘broken promise’ -> Senegal (the entity the headline
#    names); "what it called “...”" -> Senegal. The standfirst has no speech. Foreign-ministry
#    statement "said the envoy had been told that ... “long enough” and that ...": partial plus
#    indirect for the unquoted clause; then "the ministry said". "was later quoted by ... as saying
#    that France would “keep its word”": partial (Lemarchand). Spokesperson "told reporters that ...
#    “fully committed” ... and that ... “purely technical” ...": two partials, no indirect.
#    "Asked whether ..." not annotated, "Marchetti replied: “...”" direct. "protesters ... chanted
#    “Give back what you took!”": direct, group speaker. Culture minister "told Al Jazeera that ...
#    “...”": partial; then two directs split by "Faye said". Scare "Dakar list". Historian
#    "argued that" (indirect) and "He noted that ... “...”" (partial only). Anonymous diplomat:
#    partial, then content before "the diplomat added" (indirect). Al Jazeera correspondent named
#    only after the quote ("said Al Jazeera’s Nicolas Mendy, reporting from Dakar").
#    "did not respond to a request for comment" not annotated.
ARTICLES["data/eval/dev7/senegal-france-artefacts-envoy.gold.json"] = {
    "article": "data/eval/dev7/senegal-france-artefacts-envoy.txt",
    "target": "France",
    "quotes": [
        (P, "Senegal", "broken promise", None),
        (P, "Senegal", "unilateral and unacceptable", None),
        (P, "Senegal\u2019s foreign ministry", "long enough", None),
        (I, "Senegal\u2019s foreign ministry", "a new timetable for the handover was expected within 30 days", None),
        (D, "Senegal\u2019s foreign ministry", "The patience of the Senegalese people is great, but it is not "
            "infinite,", None),
        (P, "Christophe Lemarchand", "keep its word", None),
        (P, "H\u00e9l\u00e8ne Marchetti", "fully committed", None),
        (P, "H\u00e9l\u00e8ne Marchetti", "purely technical", None),
        (D, "H\u00e9l\u00e8ne Marchetti", "We do not work with ultimatums. We work with conservators.", None),
        (D, "protesters", "Give back what you took!", None),
        (P, "Khadija Faye", "an insult to the families who have waited a century", None),
        (D, "Khadija Faye", "We were told November. Then we were told March. Now they tell us there is a review,",
            None),
        (D, "Khadija Faye", "At some point, a delay becomes a decision.", None),
        (S, None, "Dakar list", None),
        (I, "Mamadou Sarr", "the technical review was a pretext", None),
        (P, "Mamadou Sarr", "without any of these concerns being raised", None),
        (P, "French diplomat", "caught off guard", None),
        (I, "French diplomat", "Paris hoped to settle the matter before the end of the year and had offered to fly "
            "a team of Senegalese conservators to inspect the pieces", None),
        (D, "Nicolas Mendy", "For many people here, this is not about objects in glass cases. It is about who gets "
            "to tell Senegal\u2019s story. The French say they need more time, and people here say they have heard "
            "that before,", None),
    ],
    "actors": [
        actor("Senegal", "country", title="country",
              aliases=["Senegal", "Dakar"], stance=-1),
        actor("Senegal\u2019s foreign ministry", "government", title="ministry of foreign affairs",
              affiliation="Senegal",
              aliases=["Senegal\u2019s foreign ministry", "the ministry"], stance=-1),
        actor("Christophe Lemarchand", "person", title="French ambassador to Senegal", affiliation="France",
              aliases=["Christophe Lemarchand", "Lemarchand"], stance=1),
        actor("H\u00e9l\u00e8ne Marchetti", "person", title="foreign ministry spokesperson",
              affiliation="French foreign ministry",
              aliases=["H\u00e9l\u00e8ne Marchetti", "Marchetti"], stance=1),
        actor("protesters", "group", title="protesters outside the French embassy in Dakar",
              aliases=["protesters", "Protesters"], stance=-1),
        actor("Khadija Faye", "person", title="culture minister", affiliation="Senegal",
              aliases=["Khadija Faye", "Faye"], stance=-1),
        actor("Mamadou Sarr", "person", title="historian, member of the joint restitution committee",
              affiliation="Cheikh Anta Diop University",
              aliases=["Mamadou Sarr", "Sarr"], stance=-1),
        actor("French diplomat", "person", title="diplomat (anonymous)", affiliation="France",
              aliases=["French diplomat", "the diplomat"], stance=1),
        actor("Nicolas Mendy", "person", title="correspondent (Dakar)", affiliation="Al Jazeera",
              aliases=["Nicolas Mendy", "Mendy"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. New York Times-style US politics, long sentences, straight quotes and apostrophes, dateline
#    with an em dash, honorifics on later references (Mr. Whitcombe, Ms. Ellingson, Mr. Delaney).
#    "said the current map "no longer reflects ...," an argument that ..." partial. Congressman
#    named with a two-clause apposition, "said in an interview that ... "from the governor's
#    Instagram account," and that ...": partial plus indirect. "State Senator ... said she would not
#    vote for any map that carved up counties "for sport,"": partial only; "questioned whether"
#    (reported question) not annotated. "Ms. Ellingson, 71, said". "He said he respected her
#    "enormously" but that ...": partial plus indirect. "Asked whether ..." not annotated, answer
#    with "he said" (the governor). "Sen. ..., Republican of Indiana, who ..., wrote on X that ...
#    "...," adding: "Fair is fair."": partial plus direct. Coalition "said in a statement that A,
#    arguing that ... "..." of ...": indirect plus partial only. Political scientist named after the
#    quote, "said X, a ... who ... and who ..."; "acknowledged that" (indirect). "rejected" (speech
#    act without content) not annotated.
ARTICLES["data/eval/dev7/indiana-redistricting-special-session.gold.json"] = {
    "article": "data/eval/dev7/indiana-redistricting-special-session.txt",
    "target": "Douglas Whitcombe",
    "quotes": [
        (P, "Douglas Whitcombe", "no longer reflects where Hoosiers live or how they vote,", None),
        (D, "Douglas Whitcombe", "We have a map drawn in 2021 for a state that has changed a great deal since, and I "
            "am not going to apologize for asking the legislature to do its job,", None),
        (P, "Marcus Delaney", "from the governor's Instagram account,", None),
        (I, "Marcus Delaney", "he intended to run next year no matter where the lines fell", None),
        (D, "Marcus Delaney", "This was not the governor's idea, and everybody in that building knows it,", None),
        (D, "Marcus Delaney", "The phone call came from Washington, and he picked it up.", None),
        (P, "Ruth Ellingson", "for sport,", None),
        (D, "Ruth Ellingson", "I have been a Republican longer than the governor has been old enough to vote,", None),
        (D, "Ruth Ellingson", "That does not mean I check my judgment at the door.", None),
        (P, "Douglas Whitcombe", "enormously", None),
        (I, "Douglas Whitcombe", "the session would go ahead with or without the support of the Senate's leadership",
            None),
        (D, "Douglas Whitcombe", "I talk to a lot of people,", None),
        (D, "Douglas Whitcombe", "Nobody tells me what to do with Indiana.", None),
        (P, "Thomas Breckner", "doing exactly what Democrats in Illinois have done for decades,", None),
        (D, "Thomas Breckner", "Fair is fair.", None),
        (I, "Fair Maps Indiana", "it would challenge any new map in state court", None),
        (P, "Fair Maps Indiana", "violates the spirit, if not the letter,", None),
        (D, "Paul Wexler", "Mid-decade redistricting used to be something you read about in a footnote. Now it's "
            "the main text,", None),
        (I, "Paul Wexler", "the governor was within his legal authority in calling the session", None),
    ],
    "actors": [
        actor("Douglas Whitcombe", "person", title="governor (Republican)", affiliation="State of Indiana",
              aliases=["Douglas Whitcombe", "Whitcombe", "Mr. Whitcombe", "the governor"], stance=1),
        actor("Marcus Delaney", "person", title="U.S. representative (Democrat, Indiana)",
              affiliation="U.S. House of Representatives",
              aliases=["Marcus Delaney", "Delaney", "Mr. Delaney"], stance=-1),
        actor("Ruth Ellingson", "person", title="state senator (Republican, Columbus), elections committee chair",
              affiliation="Indiana Senate",
              aliases=["Ruth Ellingson", "Ellingson", "Ms. Ellingson"], stance=-1),
        actor("Thomas Breckner", "person", title="U.S. senator (Republican, Indiana)", affiliation="U.S. Senate",
              aliases=["Thomas Breckner", "Breckner"], stance=1),
        actor("Fair Maps Indiana", "organisation", title="coalition of voting-rights groups",
              aliases=["Fair Maps Indiana"], stance=-1),
        actor("Paul Wexler", "person", title="political scientist", affiliation="Indiana University",
              aliases=["Paul Wexler", "Wexler", "Mr. Wexler"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. UK tech trade press product recall, British straight single quotes '...' with straight
#    apostrophes (I'm, isn't, That's inside quotes; Kelvo's outside), punctuation outside the
#    closing mark for fragments. Headline fragment 'real risk of fire' -> the regulator the headline
#    names (OPSS). Lede content before "the company confirmed". Blog post "said ... '...', and that
#    ...": partial plus indirect. "X's chief executive, Y, went further in a post on LinkedIn: '...'"
#    direct. Regulator "said ... 'a real risk of fire' and told owners to switch them off ...":
#    partial only (the second verb is a directive); "The regulator said ..." indirect. Scare
#    so-called 'boost'. Customer's post on X named after the quote. Group "owners said" on Reddit
#    (indirect); "One, an electrician from Swindon, posted ... with the caption: '...'" direct.
#    "Kelvo insisted that ... '...' and that ...": partial plus indirect. "Asked why ..." not
#    annotated; spokeswoman's answer (partial) and "She conceded that" (indirect). Analyst named
#    after the quote; "argued that" and participial "pointing out that" give two indirects.
ARTICLES["data/eval/dev7/kelvo-thermostat-recall.gold.json"] = {
    "article": "data/eval/dev7/kelvo-thermostat-recall.txt",
    "target": "Kelvo",
    "quotes": [
        (P, "Office for Product Safety and Standards", "real risk of fire", "Kelvo recalls 340,000"),
        (I, "Kelvo", "Smart-heating outfit Kelvo is recalling around 340,000 of its Hearth 2 thermostats sold in "
            "Britain and Ireland since 2022 after units overheated at the wall plate", None),
        (P, "Kelvo", "can fail under sustained high load", None),
        (I, "Kelvo", "affected customers would be offered a free replacement fitted by an engineer", None),
        (D, "Priya Raman", "We got this wrong, and we were too slow to say so. I'm sorry. Every affected customer "
            "will hear from us directly this week.", None),
        (P, "Office for Product Safety and Standards", "a real risk of fire", "posed 'a real"),
        (I, "Office for Product Safety and Standards", "it had received reports of 61 incidents, four of which "
            "involved flames", None),
        (S, None, "boost", None),
        (D, "Fiona Baird", "Woke up to a burning smell and the thermostat too hot to touch. Kelvo support told me to "
            "turn it off and on again,", None),
        (I, "owners", "their units had flashed the same E7 error code for days before failing", None),
        (D, "electrician from Swindon", "This isn't a firmware bug. That's a relay cooking itself.", None),
        (P, "Kelvo", "as soon as the pattern was clear", None),
        (I, "Kelvo", "it had not been told of any fires until April", None),
        (P, "Kelvo spokeswoman", "a script written for a software fault, not a hardware one", None),
        (I, "Kelvo spokeswoman", "the company should have passed the reports to its engineers sooner", None),
        (D, "Tom Whitlock", "Smart home kit lives or dies on trust. A thermostat that can scorch your hallway wall is "
            "about the worst headline a company like this can get,", None),
        (I, "Tom Whitlock", "how quickly Kelvo replaced the faulty units would matter more to customers than the "
            "recall itself", None),
        (I, "Tom Whitlock", "the firm had nearly doubled its share of UK smart thermostat sales since 2021", None),
        (I, "Kelvo", "it expected to complete all replacements by the end of October", None),
        (P, "Fiona Baird", "glad, but about six months too late", None),
    ],
    "actors": [
        actor("Office for Product Safety and Standards", "organisation", title="UK product safety regulator",
              aliases=["Office for Product Safety and Standards", "OPSS", "The regulator", "regulator"], stance=-1),
        actor("Kelvo", "organisation", title="smart-heating company (London)",
              aliases=["Kelvo", "the company", "The company", "the London-based firm"], stance=1),
        actor("Priya Raman", "person", title="chief executive", affiliation="Kelvo",
              aliases=["Priya Raman", "Raman"], stance=0),
        actor("Fiona Baird", "person", title="teacher (Paisley), Hearth 2 owner",
              aliases=["Fiona Baird", "Baird"], stance=-1),
        actor("owners", "group", title="Hearth 2 owners posting on Reddit",
              aliases=["owners"], stance=-1),
        actor("electrician from Swindon", "person", title="electrician (anonymous Reddit poster)",
              aliases=["electrician from Swindon"], stance=-1),
        actor("Kelvo spokeswoman", "person", title="spokeswoman", affiliation="Kelvo",
              aliases=["Kelvo spokeswoman"], stance=0),
        actor("Tom Whitlock", "person", title="analyst (connected home)", affiliation="Lattice Research",
              aliases=["Tom Whitlock", "Whitlock"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Guardian health/science, curly double quotes in the body, curly single in the headline, curly
#    apostrophes, en dash, "Dr"/"Prof" without full stops and surnames alone afterwards. Headline
#    fragment ‘no better than usual care’ -> the study (actor "researchers", as in dev2); the
#    standfirst "Researchers call for a rethink" is a speech act without content. Lede content before
#    "according to the largest study". Scare "hospital at home" ("sometimes described as", nobody
#    in the article). "The researchers reported that A – a gap they described as “...”": indirect
#    plus partial. Lead author "said: “...”"; then "Varma said" (indirect); a quote over two
#    paragraphs ("she said. “..." open to the end of the line, next paragraph opens with “).
#    NHS England spokesperson (own actor) vs NHS England's guidance ("said virtual wards could
#    “safely and effectively” replace ...": partial only). Prof: partial, then "He argued that A and
#    that B" (one span). Dr "countered that ... “...”" (partial only), then "she said"; "Lloyd-Evans
#    was unpersuaded. “...,” he said." (man and woman alternating). "Carers have raised their own
#    concerns" (no content) not annotated; "recalled in an interview with the Guardian that" is
#    indirect. "declined to comment" not annotated.
ARTICLES["data/eval/dev7/virtual-wards-bmj-study.gold.json"] = {
    "article": "data/eval/dev7/virtual-wards-bmj-study.txt",
    "target": "NHS England",
    "quotes": [
        (P, "researchers", "no better than usual care", None),
        (I, "researchers", "Virtual wards, the NHS England programme that treats frail patients at home instead of in "
            "hospital, did not reduce emergency readmissions or deaths compared with conventional care", None),
        (S, None, "hospital at home", None),
        (I, "researchers", "23.1% of those treated on virtual wards were readmitted within 30 days, compared with "
            "22.4% of those treated on hospital wards", None),
        (P, "researchers", "neither statistically nor clinically significant", None),
        (D, "Sunita Varma", "Patients told us they liked being at home, and that matters. But the promise of this "
            "programme was that it would take pressure off hospitals, and we simply don\u2019t see that in the data.",
            None),
        (I, "Sunita Varma", "the findings should prompt a rethink before the scheme was expanded further", None),
        (D, "Sunita Varma", "NHS England has set a target of 50,000 beds without, as far as we can tell, any robust "
            "evidence that virtual wards reduce demand on hospitals,", None),
        (D, "Sunita Varma", "Before another pound is spent, somebody needs to ask what we are actually buying.", None),
        (D, "Sunita Varma", "It may be that virtual wards work very well for particular conditions, such as heart "
            "failure. That is the question the next study has to answer.", None),
        (D, "NHS England spokesperson", "Virtual wards have freed up thousands of hospital beds and allowed patients "
            "to recover in the comfort of their own homes. This study looks at one measure in one group of "
            "patients, and we will consider its findings carefully.", None),
        (P, "NHS England", "safely and effectively", None),
        (P, "Gareth Lloyd-Evans", "sobering but not surprising", None),
        (I, "Gareth Lloyd-Evans", "the scheme had been sold to ministers as a way to cut waiting lists and that the "
            "evidence had never matched the promise", None),
        (P, "Ifeoma Chukwu", "the wrong yardstick", None),
        (D, "Ifeoma Chukwu", "My patients are 88, 92, 95 years old. Some of them will come back into hospital "
            "whatever we do. What they don\u2019t get at home is delirium, bedsores and hospital infections,", None),
        (D, "Gareth Lloyd-Evans", "If the benefit is comfort, that is worth having, but then we should cost it as "
            "comfort and not as a bed-saving scheme,", None),
        (I, "Margaret Doyle", "her husband\u2019s monitor had lost its connection on three consecutive nights while "
            "he was on a virtual ward last winter", None),
        (D, "Margaret Doyle", "Every time it dropped out, I was the one who rang the number and waited. I felt like "
            "an unpaid night nurse,", None),
    ],
    "actors": [
        actor("researchers", "group", title="authors of the BMJ study of virtual wards",
              aliases=["researchers", "Researchers", "study"], stance=-1),
        actor("Sunita Varma", "person", title="geriatrician, lead author of the study",
              affiliation="University of Leeds",
              aliases=["Sunita Varma", "Varma"], stance=-1),
        actor("NHS England spokesperson", "person", title="spokesperson", affiliation="NHS England",
              aliases=["NHS England spokesperson"], stance=1),
        actor("NHS England", "organisation", title="body running the NHS in England",
              aliases=["NHS England"], stance=1),
        actor("Gareth Lloyd-Evans", "person", title="professor, health economist", affiliation="University of York",
              aliases=["Gareth Lloyd-Evans", "Lloyd-Evans"], stance=-1),
        actor("Ifeoma Chukwu", "person", title="consultant in acute medicine (runs a virtual ward in Nottingham)",
              aliases=["Ifeoma Chukwu", "Chukwu"], stance=1),
        actor("Margaret Doyle", "person", title="carer (67, Sunderland)",
              aliases=["Margaret Doyle", "Doyle"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
