"""Build the test42 gold files (data/eval/test42/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test42/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test42.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test42"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Devex (global development trade press) global health/aid (Russia pledges $150 million to the WHO Health
#    Emergencies Programme), headline without speech, `By NAME // 02 December 2026` line, curly quotes and
#    apostrophes, American spelling (`program`) beside the programme's proper name, two `Read more:` lines of
#    headlines without quote marks. Lede without a cue (`Russia has pledged ...`); content before `, according to WHO
#    figures seen by Devex` (the WHO's); deputy minister `told the meeting that his country was "..." and that B`
#    (partial plus indirect), quote with `Salnikov said`; mission `said in a statement posted on Telegram that A, and
#    that B would be "..."` (indirect plus partial); WHO spokesperson `said the agency welcomed "..." and that B`
#    (partial plus indirect); health ministry `called the pledge "..." by a country whose ...` (partial); ambassador
#    named after the quote (`Ukraine's ambassador in Geneva, Oksana Tkachuk, told Devex`); scare so-called "Sputnik
#    diplomacy"; anonymous diplomat `said A but that B` (one span), quote with `the diplomat said`; researcher `said
#    A`, `she said`.
ARTICLES[f"{BATCH}/russia-pledge-who-emergencies-programme.gold.json"] = {
    "article": f"{BATCH}/russia-pledge-who-emergencies-programme.txt",
    "target": "Russia",
    "quotes": [
        (I, "World Health Organization", "The pledge, announced Tuesday at a donor meeting in Geneva, is more than 10 "
            "times what Moscow gave the program in the previous three years", None),
        (P, "Oleg Salnikov", "ready to take its share of responsibility for global health security", None),
        (I, "Oleg Salnikov", "the money would come without political conditions", None),
        (D, "Oleg Salnikov", "Health must remain outside of politics. Russia has always supported WHO as the central "
            "coordinating body in international health work, and we will continue to do so,", None),
        (I, "Russia\u2019s permanent mission in Geneva", "the pledge would include funding for WHO\u2019s work in Africa "
            "and the Middle East", None),
        (P, "Russia\u2019s permanent mission in Geneva", "made available", None),
        (P, "Lina Haddad-Meyer", "all contributions that respect WHO\u2019s independence", None),
        (I, "Lina Haddad-Meyer", "the emergencies program faced a funding gap of about $400 million for 2027", None),
        (P, "Ukraine\u2019s health ministry", "reputation laundering", None),
        (D, "Oksana Tkachuk", "You cannot bomb a maternity ward in Kharkiv on Monday and fund WHO emergencies on "
            "Tuesday and expect applause,", None),
        (S, None, "Sputnik diplomacy", None),
        (I, "European diplomat", "several EU member states were uneasy about the pledge but that WHO could not afford "
            "to turn the money away", None),
        (D, "European diplomat", "Everyone in the room understood what this is. But when you are cutting a fifth of "
            "your staff, you do not send a check back,", None),
        (I, "Vanessa Okonjo", "Russia\u2019s pledge was still a fraction of what the U.S. had provided to the agency "
            "before its withdrawal", None),
        (D, "Vanessa Okonjo", "The question is whether this is a one-off headline or a long-term commitment. "
            "Russia\u2019s record on multiyear pledges is mixed,", None),
    ],
    "actors": [
        actor("World Health Organization", "organisation", title="UN health agency",
              aliases=["World Health Organization", "WHO"], stance=0),
        actor("Oleg Salnikov", "person", title="Deputy Health Minister", affiliation="Russia",
              aliases=["Oleg Salnikov", "Salnikov"], stance=1),
        actor("Russia\u2019s permanent mission in Geneva", "government", affiliation="Russia",
              aliases=["Russia\u2019s permanent mission in Geneva"], stance=1),
        actor("Lina Haddad-Meyer", "person", title="spokesperson", affiliation="World Health Organization",
              aliases=["Lina Haddad-Meyer", "Haddad-Meyer"], stance=0),
        actor("Ukraine\u2019s health ministry", "government", affiliation="Ukraine",
              aliases=["Ukraine\u2019s health ministry"], stance=-1),
        actor("Oksana Tkachuk", "person", title="ambassador in Geneva", affiliation="Ukraine",
              aliases=["Oksana Tkachuk", "Tkachuk"], stance=-1),
        actor("European diplomat", "person", title="diplomat involved in the donor talks (anonymous)",
              affiliation="EU member state", aliases=["European diplomat", "diplomat"], stance=0),
        actor("Vanessa Okonjo", "person", title="global health financing researcher",
              affiliation="Center for Global Development", aliases=["Vanessa Okonjo", "Okonjo"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Endpoints News (biotech trade press) business/activism (an activist shareholder demands a biotech wind down
#    after a failed Phase III; the company refuses), headline without quote marks, name, `Senior Editor` and
#    `December 3, 2026 08:12 AM EST` lines, straight " and apostrophes (`shareholders'` inside a fragment), em dash,
#    trade shorthand (`201`, `310`, `Phase III`). Activist `sent a letter ... calling for Tessellate to "..." and
#    return ...` (partial; directive); `The letter, made public in an SEC filing ..., argues that A and that the
#    company has "..." to approval ...` (indirect plus partial, the activist's); managing partner named after the
#    first stretch (`Brightwater managing partner Marcus Oyelaran wrote`); `Tessellate hit back` (act); `In a
#    statement, the company said its board had "..." a range of options and believed that B offered "..." than ...`
#    (two partials); CEO `told Endpoints News A and had B` (one span), quote split by `Solheim said`; analyst `said
#    A was "..." on the numbers, but that B` (partial plus indirect); patient group `said in a statement that patients
#    "..."` (partial only); anonymous former scientist `said A`; content before `, according to Jefferies`; scare
#    so-called "zombie" companies; `Tessellate said it would A`.
ARTICLES[f"{BATCH}/tessellate-activist-wind-down-demand.gold.json"] = {
    "article": f"{BATCH}/tessellate-activist-wind-down-demand.txt",
    "target": "Tessellate Therapeutics",
    "quotes": [
        (P, "Brightwater Capital", "stop spending shareholders' money on science projects", None),
        (I, "Brightwater Capital", "Tessellate's stock trades well below the value of its cash", None),
        (P, "Brightwater Capital", "no credible path", None),
        (D, "Marcus Oyelaran", "Every month that this management team keeps the lights on, shareholders lose another "
            "$9 million,", None),
        (D, "Marcus Oyelaran", "The board's duty is to the people who own this company, not to a pipeline that no "
            "longer exists.", None),
        (P, "Tessellate Therapeutics", "carefully considered", None),
        (P, "Tessellate Therapeutics", "significantly greater long-term value", None),
        (I, "Ingrid Solheim", "the company had cut its workforce by 60% since September and had enough cash to reach a "
            "Phase II readout for TSL-310 in early 2028", None),
        (D, "Ingrid Solheim", "I understand the frustration. Nobody is more disappointed about 201 than we are,", None),
        (D, "Ingrid Solheim", "But 310 works through a completely different mechanism, and the early data are real. "
            "Walking away now would be the easy decision, not the right one.", None),
        (P, "Jacob Feldstein", "hard to argue with", None),
        (I, "Jacob Feldstein", "ALS-focused investors might be willing to give the company one more shot", None),
        (P, "Hope for ALS Foundation", "cannot afford to lose another program.", None),
        (I, "former Tessellate scientist", "staff had raised concerns about the design of the TSL-201 trial more than a "
            "year before the readout", None),
        (I, "Jefferies", "More than 40 US-listed biotechs were trading below the value of their cash at the end of "
            "November", None),
        (S, None, "zombie", None),
        (I, "Tessellate Therapeutics", "it would hold an investor call on Thursday morning", None),
    ],
    "actors": [
        actor("Brightwater Capital", "organisation", title="activist investor (8.9% shareholder)",
              aliases=["Brightwater Capital", "Brightwater"], stance=-1),
        actor("Marcus Oyelaran", "person", title="managing partner", affiliation="Brightwater Capital",
              aliases=["Marcus Oyelaran", "Oyelaran"], stance=-1),
        actor("Tessellate Therapeutics", "organisation", title="biotech",
              aliases=["Tessellate Therapeutics", "Tessellate", "the company"], stance=1),
        actor("Ingrid Solheim", "person", title="CEO", affiliation="Tessellate Therapeutics",
              aliases=["Ingrid Solheim", "Solheim"], stance=1),
        actor("Jacob Feldstein", "person", title="analyst", affiliation="Leerink Partners",
              aliases=["Jacob Feldstein", "Feldstein"], stance=0),
        actor("Hope for ALS Foundation", "organisation", title="patient group", aliases=["Hope for ALS Foundation"],
              stance=1),
        actor("former Tessellate scientist", "person", title="former scientist (anonymous)",
              affiliation="Tessellate Therapeutics", aliases=["former Tessellate scientist"], stance=-1),
        actor("Jefferies", "organisation", title="investment bank", aliases=["Jefferies"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Schools Week (England schools trade press) education/inspection (the first term of Ofsted's report card
#    inspections), headline without quote marks, name, `Senior reporter` and `December 2, 2026, 12:01 am` lines,
#    straight " and apostrophes, `per cent`, grade names in quote marks in the writer's sentences (scare quotes:
#    `from "exceptional" to "urgent improvement"`, `below "expected standard"`, `was graded "needs attention"`). Lede
#    content before `, according to the first official figures published by the watchdog` (Ofsted's); director
#    `said the figures showed the new system was giving parents "..." than ...` (partial only), then `she said`;
#    union `said its members were reporting "..." grading ..., and that B` (partial plus indirect); deputy general
#    secretary `said: "..."`; head `said inspectors had been "..." but that B` (partial plus indirect), `he said`;
#    ASCL `said it would A`; content before `, according to the institute` (the Education Policy Institute; `has
#    looked at` is not a cue); Ofsted spokesperson `said A and that B` (one span); DfE spokesperson `said the report
#    cards were "..." of ..., and that B` (partial plus indirect); trust chief executive `said her headteachers had
#    found the new inspections "..." than ...` (partial only).
ARTICLES[f"{BATCH}/ofsted-report-cards-first-term-results.gold.json"] = {
    "article": f"{BATCH}/ofsted-report-cards-first-term-results.txt",
    "target": "Ofsted",
    "quotes": [
        (I, "Ofsted", "One in five schools inspected under Ofsted's new report card system this term was told it "
            "needed to improve in at least one area", None),
        (S, None, "exceptional", "from \"exceptional"),
        (S, None, "urgent improvement", None),
        (S, None, "expected standard", None),
        (P, "Helen Marchant", "a much richer picture", None),
        (D, "Helen Marchant", "The vast majority of schools are doing well in most areas, and the report cards now show "
            "that. Where a school does need support, it is much clearer what that support should be,", None),
        (P, "NAHT", "wildly inconsistent", None),
        (I, "NAHT", "the workload pressure on heads had not eased", None),
        (D, "Rosalind Hepworth", "We were promised a kinder, fairer system. What heads are describing to us is the same "
            "high-stakes process with more boxes to fill in.", None),
        (S, None, "needs attention", None),
        (P, "Tom Greaves", "professional and thorough", None),
        (I, "Tom Greaves", "the grade took no account of the school's intake", None),
        (D, "Tom Greaves", "Half of our children come from one estate where families are in real difficulty. We are "
            "working incredibly hard on attendance, and now that is the first thing parents see,", None),
        (I, "Association of School and College Leaders", "it would ask Ofsted to publish data on how grades varied "
            "between regions and between inspection teams", None),
        (I, "Education Policy Institute", "Schools in the most deprived areas were twice as likely as those in the "
            "least deprived areas to receive an improvement grade", None),
        (I, "Ofsted spokesperson", "inspectors took each school's context into account and that all inspectors had "
            "received two days of additional training on consistency before the start of term", None),
        (P, "Department for Education spokesperson", "a vital part", None),
        (I, "Department for Education spokesperson", "Ofsted would review the framework after its first full year",
            None),
        (P, "Anita Lall", "far more of a professional conversation", None),
    ],
    "actors": [
        actor("Ofsted", "government", title="schools inspectorate", aliases=["Ofsted", "watchdog"], stance=0),
        actor("Helen Marchant", "person", title="national director for schools", affiliation="Ofsted",
              aliases=["Helen Marchant", "Marchant"], stance=1),
        actor("NAHT", "organisation", title="school leaders' union", aliases=["NAHT"], stance=-1),
        actor("Rosalind Hepworth", "person", title="deputy general secretary", affiliation="NAHT",
              aliases=["Rosalind Hepworth", "Hepworth"], stance=-1),
        actor("Tom Greaves", "person", title="headteacher", affiliation="Elmfield Primary School, Doncaster",
              aliases=["Tom Greaves", "Greaves"], stance=0),
        actor("Association of School and College Leaders", "organisation", title="school leaders' union",
              aliases=["Association of School and College Leaders", "ASCL"], stance=0),
        actor("Education Policy Institute", "organisation", title="independent research body",
              aliases=["Education Policy Institute", "institute"], stance=0),
        actor("Ofsted spokesperson", "person", title="spokesperson", affiliation="Ofsted",
              aliases=["Ofsted spokesperson"], stance=1),
        actor("Department for Education spokesperson", "person", title="spokesperson",
              affiliation="Department for Education", aliases=["Department for Education spokesperson"], stance=1),
        actor("Anita Lall", "person", title="chief executive", affiliation="Northern Lights Academy Trust",
              aliases=["Anita Lall", "Lall"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Stage (UK theatre trade press) culture (a regional theatre cancels a new play about a pit disaster),
#    headline without speech, standfirst with a curly single fragment `Artistic director Mariella Hartigan says the
#    decision was 'agonising', but ...`, `By NAME` and date lines, curly single quotes for quotes and fragments
#    with curly apostrophes, play title without quote marks (Black Seam). Artistic director `said in a statement the
#    decision had been '...' and had followed '...' with ...` (two partials), quote split by `she said`, `Hartigan
#    said A, and that she hoped B could be staged '...'` (indirect plus partial); playwright `accused the theatre of
#    '...' to ... and said A` (partial plus indirect), quote split by `Nattrass told The Stage`, first name `Mariella`
#    inside his quote; group `welcomed the decision` (act); secretary `said relatives had been '...' by ...`
#    (partial only), `she said`; chair `said the board had given Hartigan its '...'` (partial only); Equity `said A`;
#    anonymous staff member `said morale ... was '...' and that B` (partial plus indirect); `what the theatre calls
#    its '...' programming` (partial, the theatre's); former artistic director `said A`, `she said`.
ARTICLES[f"{BATCH}/quayside-playhouse-pulls-black-seam.gold.json"] = {
    "article": f"{BATCH}/quayside-playhouse-pulls-black-seam.txt",
    "target": "Mariella Hartigan",
    "quotes": [
        (P, "Mariella Hartigan", "agonising", "decision was \u2018"),
        (P, "Mariella Hartigan", "agonising", "decision had been \u2018"),
        (P, "Mariella Hartigan", "a number of difficult conversations", None),
        (D, "Mariella Hartigan", "We commissioned Black Seam because we believe theatre should tell the stories of this "
            "city, including the painful ones,", None),
        (D, "Mariella Hartigan", "But it became clear that some families felt they had not been properly consulted, "
            "and I could not in good conscience put the play on in this form.", None),
        (I, "Mariella Hartigan", "the Playhouse would pay the creative team and cast in full", None),
        (P, "Mariella Hartigan", "at a later date", None),
        (P, "Callum Nattrass", "caving in", "theatre of \u2018"),
        (I, "Callum Nattrass", "he had not been told of the decision until the morning it was announced", None),
        (D, "Callum Nattrass", "I spent two years interviewing survivors and their families. Most of them wanted this "
            "story told,", None),
        (D, "Callum Nattrass", "Mariella has let a handful of people with loud voices decide what the rest of the city "
            "is allowed to see.", None),
        (P, "Brenda Liddle", "deeply upset", None),
        (D, "Brenda Liddle", "These were our fathers and grandfathers. We\u2019re not against a play. We are against a "
            "play that gets them wrong,", None),
        (P, "Judith Armstrong", "full support", None),
        (I, "Equity", "it was seeking written assurances that the eight actors contracted for the production would be "
            "paid for the full run", None),
        (P, "member of the Playhouse\u2019s staff", "at rock bottom", None),
        (I, "member of the Playhouse\u2019s staff", "several colleagues had learned of the cancellation from social "
            "media", None),
        (P, "Quayside Playhouse", "community-first", None),
        (I, "Gillian Mowbray", "the episode showed how exposed regional theatres were when they staged work about real "
            "events", None),
        (D, "Gillian Mowbray", "Every artistic director has faced a decision like this at some point. There is no "
            "version of it that makes everyone happy,", None),
    ],
    "actors": [
        actor("Mariella Hartigan", "person", title="artistic director", affiliation="Quayside Playhouse",
              aliases=["Mariella Hartigan", "Hartigan", "Mariella"], stance=1),
        actor("Callum Nattrass", "person", title="playwright", aliases=["Callum Nattrass", "Nattrass"], stance=-1),
        actor("Brenda Liddle", "person", title="secretary", affiliation="Castletown Miners\u2019 Memorial Group",
              aliases=["Brenda Liddle", "Liddle"], stance=1),
        actor("Judith Armstrong", "person", title="chair", affiliation="Quayside Playhouse",
              aliases=["Judith Armstrong", "Armstrong"], stance=1),
        actor("Equity", "organisation", title="performers' union", aliases=["Equity"], stance=None),
        actor("member of the Playhouse\u2019s staff", "person", title="staff member (anonymous)",
              affiliation="Quayside Playhouse", aliases=["member of the Playhouse\u2019s staff"], stance=-1),
        actor("Quayside Playhouse", "organisation", title="regional theatre",
              aliases=["Quayside Playhouse", "Playhouse", "theatre"], stance=None),
        actor("Gillian Mowbray", "person", title="former artistic director", affiliation="Live Theatre, Newcastle",
              aliases=["Gillian Mowbray", "Mowbray"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
