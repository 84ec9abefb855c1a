"""Build the test138 gold files (data/eval/test138/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test138/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test138.
Standard library only. Held out: scored, not tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test138"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Plymouth Herald / PlymouthLive (England) local politics (the council leader keeps a listed lido shut
#    for another summer), headline with a straight single fragment (speaker the group the headline names:
#    Tories = the council's Conservative group), standfirst without speech, byline, "Local Democracy
#    Reporter" and "15:30, 10 DEC 2026" lines, British straight single quotes '...' for all quotes with
#    straight apostrophes inside (I'd, that's, can't) and outside (Council's, site's), fragment punctuation
#    outside the closing marks, "Cllr", "£"; lede content before "Plymouth City Council's leader has
#    confirmed" (the writer's "after engineers found ..." left out); leader "told a meeting ... that A, and
#    that the council could not '...' while ..." (indirect plus partial); "He said: '..." open at the end of
#    its line, then a closed paragraph; group "said the administration had '...' ..., and that B" (partial
#    plus indirect); group leader named after his quote ("said Cllr Richard Penhaligon, the group's
#    leader"); friends' group "said they were '...'" (partial); its chairwoman "said A", "she said"; scare
#    so-called 'invest to save' programme; business partnership "said A"; Historic England "said it would
#    work ... to make sure the ... pool was '...'" (partial only); "Not every swimmer was angry." (not
#    speech); swimmer "said A and would B" (one span), "he said"; Q&A "Asked whether ..., Cllr Trewin
#    replied: '...'".
ARTICLES[f"{BATCH}/tinside-lido-closure-council-leader.gold.json"] = {
    "article": f"{BATCH}/tinside-lido-closure-council-leader.txt",
    "target": "Mark Trewin",
    "quotes": [
        (P, "Conservative group", "betraying", None),
        (I, "Mark Trewin", "Tinside Lido will not open next summer", None),
        (I, "Mark Trewin", "the bill for the sea wall, pumps and pool tank had risen from £3.1 million to £6.8 "
            "million", None),
        (P, "Mark Trewin", "write a blank cheque", None),
        (D, "Mark Trewin", "Nobody in this chamber loves Tinside more than I do. I learned to swim there as a boy.",
            None),
        (D, "Mark Trewin", "But I will not open a pool that we cannot guarantee is safe, and I will not hide the true "
            "cost of it from the people of this city.", None),
        (P, "Conservative group", "betrayed", None),
        (I, "Conservative group", "officers had warned the leader about the rising cost as early as April", None),
        (D, "Richard Penhaligon", "This is a leader who found money for a new office block but not for the most "
            "famous pool in the South West,", None),
        (P, "Friends of Tinside Lido", "heartbroken but not surprised", None),
        (I, "Jean Hocking", "volunteers had raised £40,000 towards the repairs over the past two years", None),
        (D, "Jean Hocking", "We will keep that money safe until the day the gates open again. We are not going "
            "anywhere, and neither is Tinside,", None),
        (S, None, "invest to save", None),
        (I, "Plymouth Waterfront Partnership", "the closure would cost its members an estimated £1.5 million in lost "
            "summer trade", None),
        (P, "Historic England", "protected for future generations", None),
        (I, "Dan Rowe", "he understood the decision and would swim in the sea off the Hoe instead", None),
        (D, "Dan Rowe", "I'd rather wait a year than swim in a pool that's falling into the sea,", None),
        (D, "Mark Trewin", "That is my intention. I can't promise it today.", None),
    ],
    "actors": [
        actor("Conservative group", "group", title="the council's Conservative group", affiliation="Conservatives",
              aliases=["Conservative group", "Tories"], stance=-1),
        actor("Mark Trewin", "person", title="council leader (Cllr)", affiliation="Plymouth City Council",
              aliases=["Mark Trewin", "Trewin", "Cllr Mark Trewin", "Cllr Trewin", "council leader"], stance=1),
        actor("Richard Penhaligon", "person", title="Conservative group leader (Cllr)", affiliation="Conservatives",
              aliases=["Richard Penhaligon", "Penhaligon", "Cllr Richard Penhaligon"], stance=-1),
        actor("Friends of Tinside Lido", "organisation", title="friends' group", affiliation=None,
              aliases=["Friends of Tinside Lido"], stance=0),
        actor("Jean Hocking", "person", title="chairwoman, 74", affiliation="Friends of Tinside Lido",
              aliases=["Jean Hocking", "Hocking"], stance=None),
        actor("Plymouth Waterfront Partnership", "organisation", title="business partnership", affiliation=None,
              aliases=["Plymouth Waterfront Partnership"], stance=0),
        actor("Historic England", "government", title="heritage body", affiliation="England",
              aliases=["Historic England"], stance=None),
        actor("Dan Rowe", "person", title="open-water swimmer, 38", affiliation=None, aliases=["Dan Rowe", "Rowe"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fish Farming Expert (aquaculture trade press) (a Norwegian salmon farmer is reported to the police
#    after an escape), headline and standfirst without speech, byline and date lines, straight " and
#    apostrophes, British punctuation outside the closing marks for fragments, "3.2kg", "NOK", Norwegian
#    names (Norske Lakseelver in brackets); lede "has reported X to the police" (an act, not annotated);
#    "In a statement, the directorate said its inspectors had found "..." of the rules ..., and that B"
#    (partial plus indirect); content before "Nordvik Havbruk said in its notification to the directorate"
#    (the company's own account); CEO "said the company accepted that A but rejected the claim that B" (one
#    span), quote with "Rasmussen told Fish Farming Expert", then a quote-only paragraph; NGO "called the
#    escape "..."" (partial), its secretary general "said the organisation would demand that ..." (a
#    reported intention: indirect); scare so-called "traffic light" system; rights holder (long relative
#    clause after the name) "said A", "he said"; analyst "said A, "..." for ..., but warned that B" (the
#    first clause holds the fragment: partial only; the warning a second cue: indirect); ministry "said it
#    would present ..." (indirect); "Police ... have not yet said whether ..." (negated, not annotated).
ARTICLES[f"{BATCH}/nordvik-havbruk-salmon-escape.gold.json"] = {
    "article": f"{BATCH}/nordvik-havbruk-salmon-escape.txt",
    "target": "Nordvik Havbruk",
    "quotes": [
        (P, "Directorate of Fisheries", "serious breaches", None),
        (I, "Directorate of Fisheries", "the company had taken more than 48 hours to notify the authorities", None),
        (I, "Nordvik Havbruk", "The fish, which averaged 3.2kg, escaped on 14 November when a storm tore a 20-metre "
            "gash in the net of one of the site's eight pens", None),
        (I, "Kjetil Rasmussen", "the company accepted that it should have raised the alarm sooner but rejected the "
            "claim that its moorings had been neglected", None),
        (D, "Kjetil Rasmussen", "The storm was the worst we have seen at that site in 20 years. We made mistakes in "
            "the hours afterwards, and we will learn from them,", None),
        (D, "Kjetil Rasmussen", "But the equipment was inspected in September and it met every standard.", None),
        (P, "Norwegian Wild Salmon Rivers", "a disaster for rivers that were just starting to recover", None),
        (I, "Ingrid Solheim", "the organisation would demand that the company pay for removing escapees from at least "
            "six rivers", None),
        (S, None, "traffic light", None),
        (I, "Arne Tveit", "divers had already removed 212 farmed salmon from the river's pools", None),
        (D, "Arne Tveit", "They are everywhere. Some of my neighbours have caught more farmed fish this month than "
            "wild fish all year,", None),
        (P, "Marius Holm", "small change", None),
        (I, "Marius Holm", "repeated escapes could cost it future growth licences", None),
        (I, "Ministry of Trade, Industry and Fisheries", "it would present new rules on reporting escapes and on "
            "mooring inspections in the spring", None),
    ],
    "actors": [
        actor("Directorate of Fisheries", "government", title="fisheries regulator", affiliation="Norway",
              aliases=["Directorate of Fisheries", "the directorate"], stance=-1),
        actor("Nordvik Havbruk", "organisation", title="salmon farmer (listed on Euronext Growth Oslo)",
              affiliation="Norway", aliases=["Nordvik Havbruk"], stance=0),
        actor("Kjetil Rasmussen", "person", title="Chief executive", affiliation="Nordvik Havbruk",
              aliases=["Kjetil Rasmussen", "Rasmussen"], stance=1),
        actor("Norwegian Wild Salmon Rivers", "organisation", title="wild salmon organisation", affiliation="Norway",
              aliases=["Norwegian Wild Salmon Rivers", "Norske Lakseelver"], stance=-1),
        actor("Ingrid Solheim", "person", title="secretary general", affiliation="Norwegian Wild Salmon Rivers",
              aliases=["Ingrid Solheim", "Solheim"], stance=-1),
        actor("Arne Tveit", "person", title="holder of fishing rights on the Opo river", affiliation=None,
              aliases=["Arne Tveit", "Tveit"], stance=-1),
        actor("Marius Holm", "person", title="analyst", affiliation="Sparebank 1 Markets",
              aliases=["Marius Holm", "Holm"], stance=0),
        actor("Ministry of Trade, Industry and Fisheries", "government", title="ministry", affiliation="Norway",
              aliases=["Ministry of Trade, Industry and Fisheries"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Daily Tribune (Bahrain, newsofbahrain.com) consumer/telecoms (a nationwide network outage), headline
#    without speech, "TDT | Manama" and date lines, straight " and apostrophes, "BD300", "11pm"; lede content
#    before "the Telecommunications Regulatory Authority (TRA) said"; "The authority said it had asked ...
#    and would consider "..." once ..." (indirect plus partial); "In a statement, Awal Telecom said the
#    disruption was caused by "..." and that B" (partial plus indirect); "apologised to customers" (act),
#    then a quote split by "Al Mannai said." into two sentences; group "Customers told The Daily Tribune
#    they had ... and that B" (one span, no "that" after the cue); home-business owner (relative clause
#    after the name) "said A", "he said"; MP "described the outage as "..." and said he would ask ..."
#    (partial plus indirect: a reported intention); scare so-called "cloud-first" policy; directorate "said
#    A"; anonymous engineer "said A", quote with "the engineer said".
ARTICLES[f"{BATCH}/awal-telecom-outage.gold.json"] = {
    "article": f"{BATCH}/awal-telecom-outage.txt",
    "target": "Awal Telecom",
    "quotes": [
        (I, "Telecommunications Regulatory Authority", "A nationwide outage on Awal Telecom's network left thousands of "
            "home and mobile customers without internet for up to 14 hours on Sunday", None),
        (I, "Telecommunications Regulatory Authority", "it had asked the operator to submit a full technical report "
            "within five working days", None),
        (P, "Telecommunications Regulatory Authority", "appropriate measures", None),
        (P, "Awal Telecom", "a failure in equipment supplied by a third-party vendor", None),
        (I, "Awal Telecom", "all services had been fully restored by 11pm", None),
        (D, "Faisal Al Mannai", "We know how much our customers depend on us, and yesterday we let them down,", None),
        (D, "Faisal Al Mannai", "Every affected customer will receive three days of free service on their next bill.",
            None),
        (I, "Customers", "they had received no text messages or updates from the company during the outage, and that "
            "calls to its hotline went unanswered for hours", None),
        (I, "Sayed Ali Hashem", "he had lost at least BD300 in orders", None),
        (D, "Sayed Ali Hashem", "Nobody answered the hotline. I called eleven times, and every time the line just cut "
            "off,", None),
        (P, "Hassan Ibrahim", "unacceptable in a country that calls itself a digital hub", None),
        (I, "Hassan Ibrahim", "he would ask the Minister of Transportation and Telecommunications to explain how "
            "customers would be compensated", None),
        (S, None, "cloud-first", None),
        (I, "Consumer Protection Directorate", "customers who had suffered financial losses could file complaints "
            "through the Tawasul system", None),
        (I, "engineer at another operator", "a single equipment failure should never have been able to take down an "
            "entire network", None),
        (D, "engineer at another operator", "That is exactly what backup sites are for. Either the backup did not "
            "work, or there was no backup,", None),
    ],
    "actors": [
        actor("Telecommunications Regulatory Authority", "government", title="telecoms regulator", affiliation="Bahrain",
              aliases=["Telecommunications Regulatory Authority", "TRA", "The authority"], stance=0),
        actor("Awal Telecom", "organisation", title="telecoms operator", affiliation="Bahrain",
              aliases=["Awal Telecom"], stance=1),
        actor("Faisal Al Mannai", "person", title="chief executive", affiliation="Awal Telecom",
              aliases=["Faisal Al Mannai", "Al Mannai"], stance=0),
        actor("Customers", "group", title="Awal Telecom customers", affiliation=None, aliases=["Customers"], stance=-1),
        actor("Sayed Ali Hashem", "person", title="online perfume business owner (Sanad)", affiliation=None,
              aliases=["Sayed Ali Hashem", "Hashem"], stance=-1),
        actor("Hassan Ibrahim", "person", title="MP", affiliation="Council of Representatives",
              aliases=["Hassan Ibrahim", "Ibrahim"], stance=-1),
        actor("Consumer Protection Directorate", "government", title="consumer protection directorate",
              affiliation="Ministry of Industry and Commerce", aliases=["Consumer Protection Directorate"], stance=None),
        actor("engineer at another operator", "person", title="engineer (anonymous)", affiliation=None,
              aliases=["engineer at another operator"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. NOW Grenada education (the ministry will merge a rural secondary school), headline without speech, photo
#    caption ending "(Kimron Charles/NOW Grenada)", byline and date lines, curly “ ” and ’, US punctuation
#    inside closing marks, "EC$", "%"; lede content before "the Ministry of Education said on Monday"; "In a
#    statement, the ministry said A and that B" (one span); minister "said the merger would give ... that
#    Westerhall could “...”" (partial only), quote with "Noel told reporters"; union "said it had not been
#    consulted ..., and warned that B" (two indirects: two cues); president "said: “..." open at the end of
#    its line (her quote names the minister as "The Minister"), then a closed paragraph; group "Parents who
#    gathered ... said A"; parent named after her question-ending quote ("said Marlene Frederick, whose
#    ..."); principal "said he had learned of the decision “...”" (partial only); scare so-called “school
#    rationalisation” plan; opposition spokesperson "said the government had “...”" (partial only), then
#    "He said A"; head girl (apposition after the name) "said A", "she said"; anonymous teacher "told NOW
#    Grenada that morale ... was “...”" (partial only); "The ministry said A".
ARTICLES[f"{BATCH}/westerhall-secondary-merger.gold.json"] = {
    "article": f"{BATCH}/westerhall-secondary-merger.txt",
    "target": "Ministry of Education",
    "quotes": [
        (I, "Ministry of Education", "Westerhall Secondary School will close at the end of the 2026–2027 school year "
            "and its 340 students will transfer to Corinth Secondary School, about four miles away", None),
        (I, "Ministry of Education", "enrolment at Westerhall had fallen by 40% in ten years and that the building "
            "needed repairs estimated at EC$2.6 million", None),
        (P, "Delia Noel", "simply not offer.", None),
        (D, "Delia Noel", "This is not about saving money. It is about giving every child in St David the same "
            "chances as a child in St George’s,", None),
        (I, "Grenada Union of Teachers", "it had not been consulted on the decision", None),
        (I, "Grenada Union of Teachers", "at least 15 teaching positions could be lost in the merger", None),
        (D, "Tessa Baptiste", "The Minister keeps saying that no teacher will lose a job. If that is true, then let "
            "her put it in writing.", None),
        (D, "Tessa Baptiste", "Until we see it in writing, we will treat this as what it looks like: a cut dressed up "
            "as a reform.", None),
        (I, "Parents who gathered outside the school", "they feared for their children’s safety on the road to "
            "Corinth, which has no sidewalk along much of its length", None),
        (D, "Marlene Frederick", "My son will have to leave home at six to get there on time. Who is going to pay for "
            "that bus?", None),
        (P, "Anthony Joseph", "the same day as everybody else.", None),
        (S, None, "school rationalisation", None),
        (P, "Kenroy Alexis", "promised to build schools, not close them.", None),
        (I, "Kenroy Alexis", "the New National Party would raise the matter at the next sitting of the House of "
            "Representatives", None),
        (I, "Keisha Andall", "she was most worried about the future of Westerhall’s netball team, which won the "
            "parish championship in October", None),
        (D, "Keisha Andall", "We are a small school, but we are a family,", None),
        (P, "teacher at the school", "at rock bottom.", None),
        (I, "Ministry of Education", "public consultations on transport arrangements for Westerhall students would be "
            "held in January", None),
    ],
    "actors": [
        actor("Ministry of Education", "government", title="ministry", affiliation="Grenada",
              aliases=["Ministry of Education", "the ministry"], stance=1),
        actor("Delia Noel", "person", title="Education Minister", affiliation="Ministry of Education",
              aliases=["Delia Noel", "Noel"], stance=1),
        actor("Grenada Union of Teachers", "organisation", title="teachers' union", affiliation="Grenada",
              aliases=["Grenada Union of Teachers", "GUT"], stance=-1),
        actor("Tessa Baptiste", "person", title="GUT President", affiliation="Grenada Union of Teachers",
              aliases=["Tessa Baptiste", "Baptiste"], stance=-1),
        actor("Parents who gathered outside the school", "group", title="parents", affiliation=None,
              aliases=["Parents who gathered outside the school"], stance=-1),
        actor("Marlene Frederick", "person", title="parent of two Westerhall students", affiliation=None,
              aliases=["Marlene Frederick", "Frederick"], stance=-1),
        actor("Anthony Joseph", "person", title="principal", affiliation="Westerhall Secondary School",
              aliases=["Anthony Joseph", "Joseph"], stance=-1),
        actor("Kenroy Alexis", "person", title="Opposition education spokesperson", affiliation="New National Party",
              aliases=["Kenroy Alexis", "Alexis"], stance=-1),
        actor("Keisha Andall", "person", title="head girl, 16", affiliation="Westerhall Secondary School",
              aliases=["Keisha Andall", "Andall"], stance=-1),
        actor("teacher at the school", "person", title="teacher (anonymous)", affiliation="Westerhall Secondary School",
              aliases=["teacher at the school"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
