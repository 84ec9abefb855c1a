"""Build the test47 gold files (data/eval/test47/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when that
text occurs more than once, by an anchor (a string occurring exactly once in the article) from whose start
the text is searched. Run from anywhere:  python3 data/eval/test47/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test47.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test47"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Caspian News (Russia funds a ferry berth at the Caspian port of Olya), headline without speech,
#    byline and date lines, straight " and apostrophes, punctuation inside fragments. Lede content before
#    "Deputy Prime Minister Vitaly Sorokin said on Tuesday"; "Sorokin said A and would become "..."" (indirect
#    plus partial); quote with "Sorokin told the forum"; "according to Russian Railways" (content before);
#    "Sorokin said A, with ..." (one span); "He did not name" (negated, not annotated); scare "special
#    economic zone"; Iranian deputy minister "welcomed ... and said Tehran was ready ... "..."" (partial
#    only); ministry "said in a statement ... that A had "...," and that B" (partial plus indirect); analyst
#    named after the first stretch ("said Rustam Jafarov"), second stretch follows; "He added that A";
#    shipping CEO "told Caspian News that A", then "he said" between two stretches; "Western officials have
#    said A"; "Moscow has rejected the charge", "did not address it" (not annotated).
ARTICLES[f"{BATCH}/olya-port-caspian-ferry-russia.gold.json"] = {
    "article": f"{BATCH}/olya-port-caspian-ferry-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Vitaly Sorokin", "Russia will finance a second ferry berth and a grain transshipment hub at the port of Olya "
            "in the Astrakhan region", None),
        (I, "Vitaly Sorokin", "the 46-billion-ruble project would double the port's annual capacity to 12 million tons "
            "by 2029", None),
        (P, "Vitaly Sorokin", "the backbone of Russia's trade with Iran, India and the Gulf.", None),
        (D, "Vitaly Sorokin", "The western routes have not closed, but they have become unreliable and expensive for us. "
            "The Caspian is our sea, and we intend to use it,", None),
        (I, "Russian Railways", "Freight on the corridor's trans-Caspian branch rose 18 percent in the first ten months "
            "of the year to 7.4 million tons", None),
        (I, "Vitaly Sorokin", "the state development corporation VEB.RF would provide most of the financing, with the "
            "remainder coming from the Astrakhan regional budget and private shippers", None),
        (S, None, "special economic zone", None),
        (P, "Farzaneh Ghorbani", "in step with our Russian partners.", None),
        (P, "Kazakhstan's Ministry of Transport", "spare capacity today, not in 2029,", None),
        (I, "Kazakhstan's Ministry of Transport", "shippers should not wait for new Russian infrastructure to come on "
            "line", None),
        (D, "Rustam Jafarov", "Russia has the money and the political will, but Olya has had the same problems for "
            "years: shallow water, ice in the northern Caspian in winter, and very slow customs,", None),
        (D, "Rustam Jafarov", "Money alone does not dredge a channel.", None),
        (I, "Rustam Jafarov", "Azerbaijan's port at Alat stood to gain from any increase in trans-Caspian traffic, even "
            "if much of it began its journey in Russia", None),
        (I, "Dmitry Lapin", "his company had ordered four new rail ferries from a local shipyard, the first of which is "
            "due in 2028", None),
        (D, "Dmitry Lapin", "We are booked until March,", None),
        (D, "Dmitry Lapin", "Every week we turn cargo away.", None),
        (I, "Western officials", "the corridor is also used to bring in dual-use goods covered by sanctions, including "
            "electronic components for drones", None),
    ],
    "actors": [
        actor("Vitaly Sorokin", "person", title="Deputy Prime Minister", affiliation="Russia",
              aliases=["Vitaly Sorokin", "Sorokin"], stance=1),
        actor("Russian Railways", "organisation", title="state railway company", affiliation="Russia",
              aliases=["Russian Railways"], stance=0),
        actor("Farzaneh Ghorbani", "person", title="Deputy Minister of Roads and Urban Development", affiliation="Iran",
              aliases=["Farzaneh Ghorbani", "Ghorbani"], stance=1),
        actor("Kazakhstan's Ministry of Transport", "government", title="transport ministry", affiliation="Kazakhstan",
              aliases=["Kazakhstan's Ministry of Transport"], stance=-1),
        actor("Rustam Jafarov", "person", title="logistics analyst", affiliation="Baku",
              aliases=["Rustam Jafarov", "Jafarov"], stance=0),
        actor("Dmitry Lapin", "person", title="chief executive", affiliation="Volgo-Kaspiy",
              aliases=["Dmitry Lapin", "Lapin"], stance=1),
        actor("Western officials", "group", aliases=["Western officials"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. FlightGlobal (an electric-aircraft developer delays certification), headline and standfirst without
#    speech, byline and date lines, curly double quotes and apostrophes, British punctuation outside
#    fragments, present-tense "says". Company "disclosed the new timeline ..., saying the redesign "..."" (partial
#    only); scare "structural" battery packs; CEO "says A" then quote split by "she says"; "Solberg insists
#    that A"; "She adds that A"; "The company says A and has B" (one span); customer "says A"; COO named after
#    the quote ("says Nordfly chief operating officer Per-Arne Haugen"); EASA "says A, but that B "..."" (an
#    indirect for A, the partial only for B); analyst "says X is "...", but warns that B" (partial plus
#    indirect), then quote with "Wise says"; Avinor spokesperson "says A". Not annotated: "disclosed the new
#    timeline", "It intends to seek further capital" (no cue), the rival programmes' delays.
ARTICLES[f"{BATCH}/halden-ha19-certification-delay.gold.json"] = {
    "article": f"{BATCH}/halden-ha19-certification-delay.txt",
    "target": "Halden Aerospace",
    "quotes": [
        (P, "Halden Aerospace", "adds weight in the short term but removes a risk we were not willing to carry into "
            "service", None),
        (S, None, "structural", None),
        (I, "Ingrid Solberg", "the change followed thermal-runaway testing at the company\u2019s laboratory in Sandnes "
            "during the summer", None),
        (D, "Ingrid Solberg", "Nobody was hurt and nothing caught fire, but one of the module designs did not behave the "
            "way our models said it would,", None),
        (D, "Ingrid Solberg", "We could have argued with the data. We decided to listen to it.", None),
        (I, "Ingrid Solberg", "the aircraft\u2019s range target of 250km with reserves is unchanged", None),
        (I, "Ingrid Solberg", "the first production aircraft will carry 17 passengers rather than 19 until a lighter "
            "module is qualified", None),
        (I, "Halden Aerospace", "it has raised NKr1.4 billion ($128 million) since its founding in 2021 and has enough "
            "cash to fund operations into the first quarter of 2028", None),
        (I, "Nordfly", "it remains committed to the programme", None),
        (D, "Per-Arne Haugen", "Of course we would have preferred 2028, but we would rather have an aircraft that is "
            "right than an aircraft that is early,", None),
        (I, "European Union Aviation Safety Agency", "it does not comment on individual certification timelines", None),
        (P, "European Union Aviation Safety Agency", "applies equally to all applicants", None),
        (P, "Hugo Wise", "neither surprising nor fatal", None),
        (I, "Hugo Wise", "the developer\u2019s cash runway leaves little room for a second slip", None),
        (D, "Hugo Wise", "Every electric-aircraft programme has slipped, without exception. The question for Halden is "
            "whether its investors will still be there when the next bill arrives,", None),
        (I, "spokesperson for Avinor", "charging equipment at four regional airports in Nordland and Troms will be in "
            "place by the end of 2027 regardless of which aircraft types are flying", None),
    ],
    "actors": [
        actor("Halden Aerospace", "organisation", title="electric-aircraft developer",
              aliases=["Halden Aerospace", "Halden", "The company"], stance=1),
        actor("Ingrid Solberg", "person", title="chief executive", affiliation="Halden Aerospace",
              aliases=["Ingrid Solberg", "Solberg"], stance=1),
        actor("Nordfly", "organisation", title="launch customer airline", aliases=["Nordfly"], stance=1),
        actor("Per-Arne Haugen", "person", title="chief operating officer", affiliation="Nordfly",
              aliases=["Per-Arne Haugen", "Haugen"], stance=1),
        actor("European Union Aviation Safety Agency", "organisation", title="certification authority",
              affiliation="European Union", aliases=["European Union Aviation Safety Agency", "EASA"], stance=None),
        actor("Hugo Wise", "person", title="aviation analyst", affiliation="Contrail Analytics",
              aliases=["Hugo Wise", "Wise"], stance=0),
        actor("spokesperson for Avinor", "person", title="spokesperson", affiliation="Avinor",
              aliases=["spokesperson for Avinor"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Manx Radio (the island's health body pauses planned orthopaedic surgery), headline without speech,
#    "Thursday, 3 December 2026 06:52" line, short paragraphs, straight single quotes '...' for quotes and
#    fragments, nested straight "not yet", apostrophes inside and outside (aren't, island's); "Read more:" line.
#    "Manx Care says A"; content before "the organisation confirmed last night"; CEO "says it was '...' the
#    organisation wanted to do:" (partial) then a colon-introduced two-paragraph quote (open paragraph, then a
#    closed one); "Mr Quirk says A"; scare 'waiting well' programme; minister "told Tynwald's November sitting
#    that ... were her '...'" (partial only), "she said A and B" (one span), quote with "she said"; MHK "said
#    ... had '...' ..., and that patients were '...'" (two partials, no indirect), quote with nested "not yet"
#    and "Mr Christian said"; shared surname: patient Elaine Quirk ("Mrs Quirk") and CEO Neil Quirk ("Mr
#    Quirk"); "Mrs Quirk ... said A", then "she said" between two stretches; RCN branch "said in a statement
#    that A", "It described pressure ... as '...'" (partial only); "According to Manx Care's latest published
#    figures, A"; "The organisation says A, and that B" (one span).
ARTICLES[f"{BATCH}/nobles-orthopaedic-pause-manx-care.gold.json"] = {
    "article": f"{BATCH}/nobles-orthopaedic-pause-manx-care.txt",
    "target": "Manx Care",
    "quotes": [
        (I, "Manx Care", "the pause is needed after two of the island's four consultant orthopaedic surgeons went on "
            "long-term leave within a fortnight of each other", None),
        (I, "Manx Care", "Around 140 patients who had dates for surgery before February will have them cancelled", None),
        (P, "Neil Quirk", "the last thing", None),
        (D, "Neil Quirk", "We looked very hard at locum cover. There simply aren't enough orthopaedic locums available in "
            "the UK this winter, and the ones who are available are booked well into the spring.", None),
        (D, "Neil Quirk", "I'm sorry. I know for some people this will be the second or third time their operation has "
            "been moved.", None),
        (I, "Neil Quirk", "Manx Care has asked hospitals in Liverpool and Manchester to take some of the most urgent "
            "cases", None),
        (S, None, "waiting well", None),
        (P, "Andrea Corkill", "top priority", None),
        (I, "Andrea Corkill", "she had been briefed by Manx Care on Tuesday and supported its decision", None),
        (D, "Andrea Corkill", "Patient safety has to come first. I'd rather an operation is delayed than done by a team "
            "that's stretched beyond what's safe,", None),
        (P, "Mark Christian", "no plan B", None),
        (P, "Mark Christian", "paying the price for years of drift", None),
        (D, "Mark Christian", "People have waited two years in pain. They've done everything asked of them. And the week "
            "before Christmas they get a phone call saying \"not yet\",", None),
        (I, "Elaine Quirk", "she received the cancellation by phone on Wednesday afternoon", None),
        (D, "Elaine Quirk", "The woman who rang me was lovely, and she was clearly upset herself. It's not the staff I "
            "blame,", None),
        (D, "Elaine Quirk", "But someone should have seen this coming.", None),
        (I, "Royal College of Nursing", "nurses on the orthopaedic ward would be redeployed to medical wards during the "
            "pause", None),
        (P, "Royal College of Nursing", "intense", None),
        (I, "Manx Care", "1,180 people are waiting for a first orthopaedic outpatient appointment", None),
        (I, "Manx Care", "it will write to every patient affected by the end of next week, and that new surgery dates "
            "will be offered from February in order of clinical priority", None),
    ],
    "actors": [
        actor("Manx Care", "organisation", title="island health and care body",
              aliases=["Manx Care", "the organisation", "The organisation"], stance=1),
        actor("Neil Quirk", "person", title="chief executive", affiliation="Manx Care",
              aliases=["Neil Quirk", "Mr Quirk"], stance=1),
        actor("Andrea Corkill", "person", title="Health and Social Care Minister", affiliation="Isle of Man Government",
              aliases=["Andrea Corkill", "Corkill"], stance=1),
        actor("Mark Christian", "person", title="Ramsey MHK", affiliation="House of Keys",
              aliases=["Mark Christian", "Mr Christian", "Christian"], stance=-1),
        actor("Elaine Quirk", "person", title="patient, 68, retired teacher", affiliation="Castletown",
              aliases=["Elaine Quirk", "Mrs Quirk"], stance=-1),
        actor("Royal College of Nursing", "organisation", title="nurses' union (Isle of Man branch)",
              aliases=["Royal College of Nursing"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Varsity (Cambridge student newspaper: a college JCR passes no confidence in its Master), headline and
#    standfirst without speech, "Lucy Tran, Senior News Editor" and "Friday 4 December 2026, 9:30 pm" lines,
#    "Wednesday (2/12)", curly double quotes and apostrophes, punctuation outside fragments. The motion
#    "accuses Ashdown of having "..."" (partial, the JCR's); content before "the JCR said"; president "told
#    Varsity that the rise, ..., would leave some students "..."" (partial only), quote with "she said" and a
#    quote-only paragraph; scare "Ridley 2030" programme; college spokesperson "said the increase reflected
#    "..." rises ..., and that B" (partial plus indirect), "The spokesperson added that A"; the Master "said in
#    an email ... that she was "..." by the vote but respected it" (partial only), quote split by "she wrote";
#    anonymous fellow "told Varsity that A", quote with "they said"; SU spokesperson "said A"; student "said:
#    "..."". Not annotated: "who spoke against an earlier ... version", the statutes.
ARTICLES[f"{BATCH}/ridley-college-no-confidence-master.gold.json"] = {
    "article": f"{BATCH}/ridley-college-no-confidence-master.txt",
    "target": "Helen Ashdown",
    "quotes": [
        (P, "Junior Combination Room", "broken faith", None),
        (I, "Junior Combination Room", "It passed by 212 votes to 31, with 14 abstentions", None),
        (P, "Thandiwe Nkosi", "choosing between heating and eating", None),
        (D, "Thandiwe Nkosi", "We are not asking the college to lose money. We are asking it to talk to us before it "
            "decides what we can afford,", None),
        (D, "Thandiwe Nkosi", "The Master has told us again and again that her door is open. This time it was shut.",
            None),
        (S, None, "Ridley 2030", None),
        (P, "spokesperson for Ridley College", "significant and unavoidable", None),
        (I, "spokesperson for Ridley College", "the college\u2019s bursary fund would be doubled to \u00a3400,000 to "
            "support students in hardship", None),
        (I, "spokesperson for Ridley College", "the decision had been taken by the college\u2019s Governing Body as a "
            "whole, not by the Master alone", None),
        (P, "Helen Ashdown", "saddened", None),
        (D, "Helen Ashdown", "I understand the anger. Many of you are facing costs that my own generation never faced,",
            None),
        (D, "Helen Ashdown", "But the college has to balance its books, and I stand by the decision we took. I will be "
            "meeting the JCR committee next week, and I hope we can find a way forward together.", None),
        (I, "One fellow", "several fellows had privately raised concerns about the size of the increase at a Governing "
            "Body meeting in October", None),
        (D, "One fellow", "Helen is well liked, but she has backed the bursar on this from the start, and people have "
            "noticed,", None),
        (I, "Cambridge SU spokesperson", "rents at several colleges had risen faster than maintenance loans for three "
            "years running", None),
        (D, "Will Cook", "I voted for it in the end, but honestly I\u2019d vote for anything that gets the rent down.",
            None),
    ],
    "actors": [
        actor("Junior Combination Room", "organisation", title="student body (JCR committee)", affiliation="Ridley College",
              aliases=["Junior Combination Room", "JCR"], stance=-1),
        actor("Thandiwe Nkosi", "person", title="JCR president", affiliation="Ridley College",
              aliases=["Thandiwe Nkosi", "Nkosi"], stance=-1),
        actor("spokesperson for Ridley College", "person", title="college spokesperson", affiliation="Ridley College",
              aliases=["spokesperson for Ridley College", "The spokesperson"], stance=1),
        actor("Helen Ashdown", "person", title="Master", affiliation="Ridley College",
              aliases=["Helen Ashdown", "Ashdown", "Professor Ashdown", "the Master", "The Master", "Helen"], stance=1),
        actor("One fellow", "person", title="anonymous fellow", affiliation="Ridley College",
              aliases=["One fellow"], stance=-1),
        actor("Cambridge SU spokesperson", "person", title="spokesperson", affiliation="Cambridge SU",
              aliases=["Cambridge SU spokesperson"], stance=None),
        actor("Will Cook", "person", title="second-year engineering student", affiliation="Ridley College",
              aliases=["Will Cook", "Cook"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
