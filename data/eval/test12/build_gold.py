"""Build the test12 gold files (data/eval/test12/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test12/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test12.  Standard library only.

test12 is HELD OUT: do not read these specs or the articles while building or tuning the extractor.
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
# 1. ERR News (Estonia) security/foreign desk (a Russia-linked tanker suspected of cutting a
#    Baltic data cable), no dateline, straight quotes and apostrophes (Russia's, ship's, Koralla's),
#    British spelling (harbour, kilometres), full quotes with punctuation inside the closing mark,
#    fragments with it outside; footer lines ("Follow ERR News ...", "Editor: NAME") without speech.
#    Headline fragment 'piracy' (straight single quotes) -> Russia (the headline names it; the
#    spokeswoman's body "an act of piracy" is her own partial). Lede content before "the Police and
#    Border Guard Board (PPA) said". Scare so-called "shadow fleet" (the unmarked "shadow fleet"
#    inside Laur's quote and the NATO official's span is not a scare quote). Cable owner: content
#    before "the company said in a statement". Navy commander named after the first stretch ("the
#    commander of the Estonian Navy, Captain X, told ERR News"), resumed. Prosecutor "said A but
#    were B" (one span), then "she said". Spokeswoman "described the detention as "..." and said
#    Tallinn was trying to turn the Baltic into "..."" (two partials), then a quote split by "she
#    told her weekly briefing", resumed. Embassy "said A and that B" (one span). Foreign minister
#    "rejected the accusation" (no content), then a quote closed by "Laur said, adding that A"
#    (direct plus indirect). Ship manager "said in an emailed statement that A and that B" (one
#    span). Analyst "was cautious about ..." (not speech), then a quote split by "he said". Anonymous
#    NATO official "told ERR News that A and that B" (one span).
ARTICLES["data/eval/test12/estonia-tanker-cable-damage-russia-piracy.gold.json"] = {
    "article": "data/eval/test12/estonia-tanker-cable-damage-russia-piracy.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "piracy", "Russia calls tanker"),
        (I, "Police and Border Guard Board", "A tanker suspected of dragging its anchor across a data cable between "
            "Estonia and Finland was escorted into Muuga harbour on Wednesday morning", None),
        (S, None, "shadow fleet", "so-called \""),
        (I, "Baltic Fibre Link", "Data traffic has been rerouted through other links and customers in both countries "
            "should notice little or no disruption", None),
        (D, "Jüri Saks", "When our boarding team reached the ship, the port anchor was gone and the chain was "
            "damaged,", None),
        (D, "Jüri Saks", "On the seabed there is a drag mark more than 60 kilometres long, and it ends where the "
            "Koralla stopped.", None),
        (I, "Liis Tamm", "investigators had not ruled out an accident but were treating the incident as a possible "
            "deliberate act", None),
        (D, "Liis Tamm", "We are not going to guess. We will look at the anchor, the chain, the ship's data and what "
            "the crew tell us, and then we will draw conclusions,", None),
        (P, "Yelena Dorokhova", "an act of piracy", None),
        (P, "Yelena Dorokhova", "an internal NATO lake", None),
        (D, "Yelena Dorokhova", "Every time an anchor drops somewhere in the Baltic, Russia is blamed before anyone "
            "has even looked at the evidence,", None),
        (D, "Yelena Dorokhova", "We have seen this film many times before.", None),
        (I, "Russian embassy in Tallinn", "two of the 24 crew members were Russian citizens and that it had asked for "
            "consular access to them", None),
        (D, "Kristi Laur", "Russia's shadow fleet is not only a way of dodging sanctions. These are rusting ships with "
            "unknown insurers sailing past our coast every day, and they are a threat to our security and to our "
            "environment,", None),
        (I, "Kristi Laur", "Estonia would propose that the EU sanction the Koralla and its owners", None),
        (I, "Seastar Ship Management", "the anchor had come loose in heavy weather because of a mechanical fault and "
            "that the crew had been unaware of it until they were contacted by the Estonian Navy", None),
        (D, "Rein Saar", "If investigators cannot show intent, Moscow will use this case for years as proof that the "
            "West invents threats,", None),
        (D, "Rein Saar", "If they can, it changes the conversation in the whole region.", None),
        (I, "NATO official", "the alliance regarded Russia's shadow fleet as a growing risk to undersea infrastructure "
            "and that two more allied ships would join patrols in the Gulf of Finland by the weekend under its "
            "Baltic Sentry mission", None),
    ],
    "actors": [
        actor("Russia", "country", title="Russian state (its shadow fleet; the headline's speaker)",
              aliases=["Russia", "Moscow"], stance=1),
        actor("Police and Border Guard Board", "government", title="Estonian police and border agency",
              affiliation="Estonia", aliases=["Police and Border Guard Board", "PPA"], stance=None),
        actor("Baltic Fibre Link", "organisation", title="Estonian-Finnish cable owner",
              aliases=["Baltic Fibre Link", "the company"], stance=None),
        actor("Jüri Saks", "person", title="commander of the Estonian Navy", affiliation="Estonian Navy",
              aliases=["Jüri Saks", "Saks"], stance=None),
        actor("Liis Tamm", "person", title="state prosecutor", affiliation="Office of the Prosecutor General (Estonia)",
              aliases=["Liis Tamm", "Tamm"], stance=None),
        actor("Yelena Dorokhova", "person", title="Russian Foreign Ministry spokeswoman",
              affiliation="Russian Foreign Ministry", aliases=["Yelena Dorokhova", "Dorokhova"], stance=1),
        actor("Russian embassy in Tallinn", "government", title="Russia's embassy in Estonia", affiliation="Russia",
              aliases=["Russian embassy in Tallinn"], stance=None),
        actor("Kristi Laur", "person", title="Foreign Minister", affiliation="Estonia",
              aliases=["Kristi Laur", "Laur"], stance=-1),
        actor("Seastar Ship Management", "organisation", title="Dubai-based manager of the tanker Koralla",
              aliases=["Seastar Ship Management"], stance=None),
        actor("Rein Saar", "person", title="research fellow",
              affiliation="International Centre for Defence and Security (ICDS)", aliases=["Rein Saar", "Saar"],
              stance=0),
        actor("NATO official", "person", title="anonymous NATO official", affiliation="NATO",
              aliases=["NATO official"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Philippine Daily Inquirer (INQUIRER.net) national news (jeepney drivers strike against a
#    franchise consolidation deadline), "By: NAME - Reporter / @handle" and "INQUIRER.net / time date"
#    lines without speech, dateline "MANILA, Philippines —", curly “ ” and ’ apostrophes (hangga’t,
#    agency’s, It’s, and an elided ’yan after a space inside a quote), punctuation inside closing
#    marks, Philippine English (vs in the headline, P2.4 million, call center, colorum). Headline
#    without speech. Regulator "said A, but insisted that the strike had caused only “...”
#    disruption" (indirect plus partial only). Group leader named after a Filipino quote with its
#    English translation in parentheses inside the marks; "Dizon said A and that B" (one span); a
#    second Filipino-plus-translation quote closed by "he said" after an intervening writer's
#    paragraph (scare “e-jeepneys”, "often called" with no speaker). Chairperson named after the first
#    stretch ("LTFRB Chairperson X said in a briefing ..."), resumed; "He warned that ... would be
#    considered “colorum.”" (partial only); the next sentence glosses the word (writer's). Commuter
#    "said A", then a quote split by "she said". MMDA "said A" (indirect). DOTr statement "said the
#    program was “...” and that B" (partial plus indirect). Senator "called the deadline “...” and
#    filed a resolution urging ..." (partial; directive not annotated). Professor "said A", then "he
#    said". Transport group "said A and that B" (one span).
ARTICLES["data/eval/test12/jeepney-strike-ltfrb-consolidation-deadline.gold.json"] = {
    "article": "data/eval/test12/jeepney-strike-ltfrb-consolidation-deadline.txt",
    "target": "Land Transportation Franchising and Regulatory Board",
    "quotes": [
        (I, "Land Transportation Franchising and Regulatory Board", "about 35 percent of jeepneys in the capital "
            "stayed off the roads during the morning rush hour", None),
        (P, "Land Transportation Franchising and Regulatory Board", "minimal", None),
        (D, "Ramon Dizon", "Hindi kami titigil hangga\u2019t hindi binabawi ang deadline (We will not stop until the "
            "deadline is withdrawn),", None),
        (I, "Ramon Dizon", "most drivers could not afford the modern units and that joining a cooperative meant "
            "surrendering franchises that some families had held for decades", None),
        (S, None, "e-jeepneys", None),
        (D, "Ramon Dizon", "Ang tawag nila diyan, modernisasyon. Para sa amin, pagpatay \u2019yan sa kabuhayan (They "
            "call it modernization. For us, it is the killing of our livelihood),", None),
        (D, "Vicente Ocampo", "We have extended it three times. Nationwide, 78 percent of franchise holders have "
            "already consolidated,", None),
        (D, "Vicente Ocampo", "It is not fair to those who followed the rules if we keep moving the goalposts for "
            "those who did not.", None),
        (P, "Vicente Ocampo", "colorum.", None),
        (I, "Maricel Santos", "she had been waiting for almost two hours", None),
        (D, "Maricel Santos", "I understand the drivers, they will lose their livelihood. But the government also "
            "has a point, some of these jeepneys are falling apart,", None),
        (D, "Maricel Santos", "It\u2019s always us commuters who suffer.", None),
        (I, "Metropolitan Manila Development Authority", "it had deployed 120 vehicles, including police and military "
            "trucks, to offer free rides along major routes", None),
        (P, "Department of Transportation", "not a phaseout", None),
        (I, "Department of Transportation", "traditional jeepneys could stay on the road as long as they passed "
            "roadworthiness inspections and belonged to a cooperative", None),
        (P, "Grace Villaroman", "anti-poor", None),
        (I, "Jerome Sison", "both sides had a case", None),
        (D, "Jerome Sison", "The old jeepneys are unsafe and they pollute, so modernization is overdue. But the "
            "financing has always been the weak point, and the LTFRB set the deadline before it solved that,", None),
        (I, "Kapisanan ng mga Tsuper at Operator ng Pilipinas", "the strike would continue until Wednesday and that "
            "its members would hold a motorcade to the LTFRB\u2019s central office in Quezon City on the last day",
            None),
    ],
    "actors": [
        actor("Land Transportation Franchising and Regulatory Board", "government",
              title="transport franchising regulator (its consolidation deadline)", affiliation="Philippines",
              aliases=["Land Transportation Franchising and Regulatory Board", "LTFRB"], stance=1),
        actor("Ramon Dizon", "person", title="president",
              affiliation="Kapisanan ng mga Tsuper at Operator ng Pilipinas (Katop)",
              aliases=["Ramon Dizon", "Dizon"], stance=-1),
        actor("Vicente Ocampo", "person", title="LTFRB Chairperson",
              affiliation="Land Transportation Franchising and Regulatory Board",
              aliases=["Vicente Ocampo", "Ocampo"], stance=1),
        actor("Maricel Santos", "person", title="commuter (34), call center agent",
              aliases=["Maricel Santos", "Santos"], stance=0),
        actor("Metropolitan Manila Development Authority", "government", title="Metro Manila development authority",
              affiliation="Philippines", aliases=["Metropolitan Manila Development Authority", "MMDA"], stance=None),
        actor("Department of Transportation", "government", title="national transport department",
              affiliation="Philippines", aliases=["Department of Transportation", "DOTr"], stance=1),
        actor("Grace Villaroman", "person", title="senator", affiliation="Senate of the Philippines",
              aliases=["Grace Villaroman", "Villaroman"], stance=-1),
        actor("Jerome Sison", "person", title="transport planning professor",
              affiliation="University of the Philippines", aliases=["Jerome Sison", "Sison"], stance=0),
        actor("Kapisanan ng mga Tsuper at Operator ng Pilipinas", "organisation",
              title="jeepney drivers' and operators' group (strike organiser)",
              aliases=["Kapisanan ng mga Tsuper at Operator ng Pilipinas", "Katop"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sky News UK technology/consumer (a travel firm admits hackers stole customers' passport
#    details), headline "X: Y" without speech, standfirst without speech ("are being told to watch
#    out" is a directive), byline "NAME, technology reporter" and "Thursday 6 March 2025 14:32, UK"
#    lines, straight quotes and apostrophes (company's, kids', They've, customers', Commissioner's),
#    British spelling (apologise, enquiries, neighbour), fragment punctuation outside the marks, `Mr`
#    and `Dr` without full stops. Lede content before "the holiday company has admitted"; "said it
#    first spotted "..." on its booking system ..." (partial only); "It said A" (the firm). "claimed
#    responsibility" (no content). Scare so-called "double extortion". Chief executive named after
#    the first stretch ("chief executive X said in a video ..."), then a quote-only paragraph
#    (continuity); "Mr Ashworth said A" (one span). Customer "said A", then a quote split by "she told
#    Sky News" (a straight apostrophe closing "kids'" inside). ICO "confirmed A and said it was "..."
#    " (indirect plus partial). NCSC spokesperson "said A". Lecturer "said ... because they held
#    "..."" (partial only), then "He said: "..." opening a two-paragraph quote. Which? "said the
#    breach showed that ... "..." and called on the ICO to ..." (partial only; directive not
#    annotated). Company "said A and that B" (one span). Closing helpline paragraph is the writer's.
ARTICLES["data/eval/test12/sunfield-travel-passport-data-breach.gold.json"] = {
    "article": "data/eval/test12/sunfield-travel-passport-data-breach.txt",
    "target": "Sunfield Travel",
    "quotes": [
        (I, "Sunfield Travel", "Hackers stole the names, dates of birth and passport numbers of around 400,000 "
            "customers in a cyber attack on Sunfield Travel last month", None),
        (P, "Sunfield Travel", "unusual activity", None),
        (I, "Sunfield Travel", "it had shut down parts of its network as a precaution and brought in outside "
            "specialists to investigate", None),
        (S, None, "double extortion", None),
        (D, "Paul Ashworth", "I want to apologise unreservedly to every customer who has been affected,", None),
        (D, "Paul Ashworth", "We will not pay criminals. Paying them guarantees nothing, and it funds the next "
            "attack.", None),
        (I, "Paul Ashworth", "every affected customer had been contacted by email and would be offered two years of "
            "free credit monitoring", None),
        (I, "Rachel Onyango", "she only found out about the breach from a neighbour's post on Facebook", None),
        (D, "Rachel Onyango", "Five passports, three of them my kids'. And I had to hear it from someone else,", None),
        (D, "Rachel Onyango", "They've known for three weeks. What else haven't they told us?", None),
        (I, "Information Commissioner's Office", "it had been notified", None),
        (P, "Information Commissioner's Office", "making enquiries", None),
        (I, "spokesperson for the National Cyber Security Centre", "it was working with the company to understand the "
            "full impact of the incident", None),
        (P, "Imran Qadir", "exactly the documents criminals need to open a bank account in someone else's name",
            None),
        (D, "Imran Qadir", "Three weeks is not unusual for an investigation like this, and refusing to pay is the "
            "right call.", None),
        (D, "Imran Qadir", "But there is no excuse in 2025 for keeping scans of customers' passports on the same "
            "system as the booking engine.", None),
        (P, "Which?", "far more personal data than they need", None),
        (I, "Sunfield Travel", "its holidays were going ahead as normal and that no payment card details had been "
            "taken", None),
    ],
    "actors": [
        actor("Sunfield Travel", "organisation", title="Manchester-based package holiday company",
              aliases=["Sunfield Travel", "Sunfield", "the holiday company", "The firm"], stance=0),
        actor("Paul Ashworth", "person", title="chief executive", affiliation="Sunfield Travel",
              aliases=["Paul Ashworth", "Ashworth", "Mr Ashworth"], stance=1),
        actor("Rachel Onyango", "person", title="customer (41), Stockport", aliases=["Rachel Onyango", "Onyango"],
              stance=-1),
        actor("Information Commissioner's Office", "government", title="UK data protection regulator",
              affiliation="United Kingdom", aliases=["Information Commissioner's Office", "ICO"], stance=None),
        actor("spokesperson for the National Cyber Security Centre", "person", title="anonymous NCSC spokesperson",
              affiliation="National Cyber Security Centre (GCHQ)",
              aliases=["spokesperson for the National Cyber Security Centre"], stance=None),
        actor("Imran Qadir", "person", title="lecturer in cyber security", affiliation="University of Salford",
              aliases=["Imran Qadir", "Qadir"], stance=0),
        actor("Which?", "organisation", title="consumer group", aliases=["Which?"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Seattle Times local health (a county keeps unvaccinated students home during a measles
#    outbreak), "By NAME" and "Seattle Times staff reporter" lines, no dateline, curly “ ” and ’
#    apostrophes (county’s, isn’t, virus’s, hours’, They’re, didn’t), punctuation inside closing
#    marks (AP style: `Dr.`, `State Rep. X, R-Mount Vernon,`, `6 a.m.`, `88%`, ages). Headline
#    without speech. Lede "ordered ... to stay home" (directive, not annotated). Figures before
#    "according to Skagit County Public Health"; "The department said in a statement that ... was
#    “...” to ..." (partial only). Health officer named after the first stretch ("Dr. X, the
#    county’s health officer, said at a news conference"), resumed; "Ferris said A but that B" (one
#    span). Scare so-called “exemption pockets,”. Figure before "according to state Department of
#    Health data"; "Public health experts generally consider ..." (no speech verb). Group "Several
#    parents said A". Mother introduced with "saw it differently" (not speech), then a quote split
#    by "she said". "Others were angrier." then a father named after the first stretch ("said X, 38,
#    of ..., whose ..."), resumed. Private school "said in a letter to families that A, which it
#    called “...”" (indirect stopping before ", which" plus the partial); principal "did not respond"
#    (not annotated). Superintendent "said A and that B" (one span), then "he said". Legislator
#    "called the order “...”" (partial). "Asked whether ..." (not annotated), "Ferris did not
#    hesitate." then a quote split by "she said".
ARTICLES["data/eval/test12/skagit-measles-unvaccinated-students-excluded.gold.json"] = {
    "article": "data/eval/test12/skagit-measles-unvaccinated-students-excluded.txt",
    "target": "Skagit County Public Health",
    "quotes": [
        (I, "Skagit County Public Health", "Twelve of those infected are children, and three have been hospitalized",
            None),
        (P, "Skagit County Public Health", "the least disruptive way", None),
        (D, "Anita Ferris", "Measles is one of the most contagious diseases we know of. If one child in a classroom "
            "has it, about nine out of 10 unvaccinated kids around them will catch it,", None),
        (D, "Anita Ferris", "Keeping kids home isn\u2019t a punishment. This late in an outbreak, it\u2019s the best "
            "tool we have left.", None),
        (I, "Anita Ferris", "no new case had been linked to a school since Friday but that the virus\u2019s "
            "incubation period meant more cases were likely over the next two weeks", None),
        (S, None, "exemption pockets,", None),
        (I, "state Department of Health", "About 88% of Skagit County kindergartners had all their required vaccines "
            "last school year", None),
        (I, "parents", "the county had given them less than two hours\u2019 notice to find child care", None),
        (D, "Laurel Haugen", "He\u2019s exactly who this order is supposed to protect,", None),
        (D, "Laurel Haugen", "If other kids have to stay home for three weeks so mine doesn\u2019t end up in the ICU, "
            "I\u2019m fine with that.", None),
        (D, "Travis Kolb", "They\u2019re punishing healthy children for a choice their parents made legally,", None),
        (D, "Travis Kolb", "Nobody in my house is sick.", None),
        (I, "Cascade Hills Christian Academy", "it would comply with the order", None),
        (P, "Cascade Hills Christian Academy", "an overreach.", None),
        (I, "Marcus Ochoa", "excluded students would get take-home packets and online lessons and that their absences "
            "would be excused", None),
        (D, "Marcus Ochoa", "We\u2019re going to follow the health officer\u2019s lead on this,", None),
        (P, "Curtis Vold", "heavy-handed.", None),
        (D, "Anita Ferris", "If we see a case in a new school, yes,", None),
        (D, "Anita Ferris", "I would much rather apologize for being too cautious than for a child who didn\u2019t "
            "make it.", None),
    ],
    "actors": [
        actor("Skagit County Public Health", "government", title="county health department (its exclusion order)",
              affiliation="Skagit County, Washington", aliases=["Skagit County Public Health", "The department"],
              stance=1),
        actor("Anita Ferris", "person", title="county health officer", affiliation="Skagit County Public Health",
              aliases=["Anita Ferris", "Ferris"], stance=1),
        actor("state Department of Health", "government", title="Washington State Department of Health (data)",
              affiliation="Washington state", aliases=["state Department of Health"], stance=None),
        actor("parents", "group", title="parents of excluded students", aliases=["parents"], stance=-1),
        actor("Laurel Haugen", "person", title="parent (Burlington) of a child who cannot be vaccinated",
              aliases=["Laurel Haugen", "Haugen"], stance=1),
        actor("Travis Kolb", "person", title="parent (38, Sedro-Woolley) of three children with religious exemptions",
              aliases=["Travis Kolb", "Kolb"], stance=-1),
        actor("Cascade Hills Christian Academy", "organisation", title="private K-12 school near Sedro-Woolley",
              aliases=["Cascade Hills Christian Academy"], stance=-1),
        actor("Marcus Ochoa", "person", title="superintendent", affiliation="Mount Vernon School District",
              aliases=["Marcus Ochoa", "Ochoa"], stance=1),
        actor("Curtis Vold", "person", title="state representative (R-Mount Vernon)", affiliation="Republican Party",
              aliases=["Curtis Vold", "Vold"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
