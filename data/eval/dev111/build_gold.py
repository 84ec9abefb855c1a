"""Build the dev111 gold files (data/eval/dev111/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev111/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev111.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev111"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Channels Television (Nigeria) business/industry (the government signs a deal with a Russian firm to
#    complete the Ajaokuta steel plant), Title Case headline with a colon and no speech, `By Channels Staff` and
#    `Updated December 10, 2026` lines, straight " and apostrophes, Nigerian house style (`the Minister of
#    Steel Development, Ibrahim Danjuma, said`, `Comrade`, `Mr`). Lede content before the minister's cue;
#    `Danjuma, who spoke at ..., said A`; quote with `the minister said`; `According to him, A` (pronoun);
#    ambassador `described the agreement as "..." to a project that ...` (partial only), then `he said`; Russian
#    executive `said A, and that most of ... could be "..."` (indirect plus partial), `Korotkova said through an
#    interpreter`; senator `said A`, `she told Channels Television`; anonymous ministry official `said A`; union
#    `said it welcomed A, but warned that B` (two indirects); quote before a title chain (`the union's General
#    Secretary, Comrade Emmanuel Ogbeh, said`); economist `said A but that sanctions could make it "..." to ...`
#    (indirect plus partial), `Obi said`; scare so-called "Ajaokuta question".
ARTICLES[f"{BATCH}/ajaokuta-steel-russian-firm-deal.gold.json"] = {
    "article": f"{BATCH}/ajaokuta-steel-russian-firm-deal.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ibrahim Danjuma", "The Federal Government has signed a $1.2 billion agreement with Russian firm Uralmetprom to "
            "complete and run the Ajaokuta Steel Company in Kogi State for 15 years", None),
        (I, "Ibrahim Danjuma", "the first phase of the plant, including its light section mill and blast furnace, would be "
            "producing steel by the end of 2028", None),
        (D, "Ibrahim Danjuma", "For over four decades, Ajaokuta has been a monument to our unfulfilled dreams. This "
            "administration is determined to change that story,", None),
        (I, "Ibrahim Danjuma", "the agreement will create at least 8,000 direct jobs and save the country about $3 billion "
            "a year in steel imports", None),
        (P, "Andrei Voloshin", "the return of an old friend", None),
        (D, "Andrei Voloshin", "Russia does not abandon its partners. What our specialists started here, they will now "
            "complete,", None),
        (I, "Yelena Korotkova", "the company had already sent a team of 40 engineers to assess the condition of the plant",
            None),
        (P, "Yelena Korotkova", "restored rather than replaced.", None),
        (D, "Yelena Korotkova", "We know this plant. Our institutes still hold the original drawings,", None),
        (I, "Aisha Bello-Kaita", "Nigerians had heard such promises before", None),
        (D, "Aisha Bello-Kaita", "Between 2008 and today, we have signed at least four agreements to revive Ajaokuta, one "
            "of them with the Russians. We still import almost all our steel,", None),
        (I, "senior official of the ministry", "most of the funding would come from a Russian export credit facility to "
            "be repaid from steel sales", None),
        (I, "Steel and Engineering Workers Union of Nigeria", "it welcomed any plan that would bring the plant back to "
            "life", None),
        (I, "Steel and Engineering Workers Union of Nigeria", "it would resist any attempt to lay off the about 1,200 "
            "workers still on the company's payroll", None),
        (D, "Emmanuel Ogbeh", "Our members have kept this plant alive with their own hands. They must be the first to "
            "benefit,", None),
        (I, "Kelechi Obi", "Russia had the technical knowledge the project needed", None),
        (P, "Kelechi Obi", "very difficult", None),
        (D, "Kelechi Obi", "It is not a bad partner for this particular plant. The question is whether the money can "
            "flow,", None),
        (S, None, "Ajaokuta question", None),
    ],
    "actors": [
        actor("Ibrahim Danjuma", "person", title="Minister of Steel Development", affiliation="Nigeria",
              aliases=["Ibrahim Danjuma", "Danjuma", "the minister"], stance=1),
        actor("Andrei Voloshin", "person", title="Russian Ambassador to Nigeria", affiliation="Russia",
              aliases=["Andrei Voloshin", "Voloshin"], stance=1),
        actor("Yelena Korotkova", "person", title="deputy director general", affiliation="Uralmetprom",
              aliases=["Yelena Korotkova", "Korotkova"], stance=1),
        actor("Aisha Bello-Kaita", "person", title="Chairman of the Senate Committee on Steel Development",
              affiliation="Senate of Nigeria", aliases=["Aisha Bello-Kaita", "Bello-Kaita"], stance=-1),
        actor("senior official of the ministry", "person", title="anonymous ministry official",
              affiliation="Ministry of Steel Development", aliases=["senior official of the ministry"], stance=None),
        actor("Steel and Engineering Workers Union of Nigeria", "organisation", title="union",
              aliases=["Steel and Engineering Workers Union of Nigeria", "SEWUN"], stance=0),
        actor("Emmanuel Ogbeh", "person", title="General Secretary",
              affiliation="Steel and Engineering Workers Union of Nigeria", aliases=["Emmanuel Ogbeh", "Ogbeh"],
              stance=None),
        actor("Kelechi Obi", "person", title="economist, chief executive", affiliation="Crestline Advisory",
              aliases=["Kelechi Obi", "Obi", "Mr Kelechi Obi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Sportsnet (Canada) hockey (a defenceman suspended eight games for a hit to the head), headline without
#    speech, byline and `December 5, 2026, 3:41 PM` lines, dateline `VANCOUVER --`, straight " and apostrophes,
#    punctuation inside closing marks; surnames that are common nouns (Moss, Frost) and a nickname inside a
#    quote (`Mossy`). Lede content before `the NHL's Department of Player Safety announced Friday`; `In its video
#    explanation, the Department of Player Safety said Moss "..." and that ... on a hit that was "..."` (two
#    partials, no indirect); `The department noted that A` (indirect); statement through the team split by `the
#    statement read`; coach `defended his player's character while stopping short of ...` (acts), then
#    `Lavallée said`; Q&A `Asked if ..., Lavallée paused.` then `he said`; rival coach `Weir said Thursday`,
#    `Weir said Frost was "..." but remained in concussion protocol, and that B` (partial plus indirect); player
#    `posted a short message on Instagram ...: "..."` (direct); `A source familiar with the matter told Sportsnet
#    that A`; analyst `called the suspension "..."`, `Kerr said`. Not annotated: the forfeited salary, the
#    appeal route, the call-up.
ARTICLES[f"{BATCH}/canucks-moss-suspended-frost-hit.gold.json"] = {
    "article": f"{BATCH}/canucks-moss-suspended-frost-hit.txt",
    "target": "Dalton Moss",
    "quotes": [
        (I, "Department of Player Safety", "Vancouver Canucks defenceman Dalton Moss has been suspended eight games for an "
            "illegal check to the head of Edmonton Oilers forward Jesse Frost", None),
        (P, "Department of Player Safety", "made no attempt to minimize contact", None),
        (P, "Department of Player Safety", "both avoidable and violent.", None),
        (I, "Department of Player Safety", "Moss was suspended for two games in 2024 for boarding and is therefore "
            "considered a repeat offender under the collective bargaining agreement", None),
        (D, "Dalton Moss", "I respect the league's decision. I have never been a player who goes out to hurt someone, and "
            "I want Jesse and his family to know I'm sorry,", None),
        (D, "Dalton Moss", "I've reached out to him and I hope he's back on the ice soon.", None),
        (D, "Marty Lavall\u00e9e", "I've coached Mossy for three years. He's not a dirty player. He plays hard, he finishes "
            "his checks, and on this one he was late,", None),
        (D, "Marty Lavall\u00e9e", "I'll let the league make those calls. That's their job, not mine,", None),
        (D, "Dan Weir", "That hit has no place in our game. We're lucky Jesse got up at all,", None),
        (P, "Dan Weir", "feeling better", None),
        (I, "Dan Weir", "there was no timeline for his return", None),
        (D, "Jesse Frost", "Thanks for all the messages. Taking it one day at a time.", None),
        (I, "source familiar with the matter", "an appeal was unlikely", None),
        (P, "Jordan Kerr", "about right", None),
        (D, "Jordan Kerr", "If that's a first offence, you're probably looking at four or five games. He's been here "
            "before, and the league has been pretty clear that the second time costs you,", None),
    ],
    "actors": [
        actor("Department of Player Safety", "organisation", title="NHL disciplinary department", affiliation="NHL",
              aliases=["Department of Player Safety", "The department"], stance=-1),
        actor("Dalton Moss", "person", title="defenceman", affiliation="Vancouver Canucks",
              aliases=["Dalton Moss", "Moss", "Mossy"], stance=0),
        actor("Marty Lavall\u00e9e", "person", title="head coach", affiliation="Vancouver Canucks",
              aliases=["Marty Lavall\u00e9e", "Lavall\u00e9e"], stance=1),
        actor("Dan Weir", "person", title="coach", affiliation="Edmonton Oilers", aliases=["Dan Weir", "Weir"],
              stance=-1),
        actor("Jesse Frost", "person", title="forward", affiliation="Edmonton Oilers",
              aliases=["Jesse Frost", "Frost", "Jesse"], stance=None),
        actor("source familiar with the matter", "person", title="anonymous source",
              aliases=["source familiar with the matter"], stance=None),
        actor("Jordan Kerr", "person", title="former NHL defenceman, analyst", affiliation="Sportsnet (Hockey Central)",
              aliases=["Jordan Kerr", "Kerr"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Arizona Republic labor (airport concessions workers strike), headline and standfirst without speech,
#    byline with `Arizona Republic` and `Published 5:12 p.m. MT Dec. 11, 2026` lines, straight " and
#    apostrophes, AP style. Lede content before `their union said`; `UNITE HERE Local 11 said A and that B`;
#    `"...," said Alma Quintero, the union's lead organizer at the airport. "..."`; figure before `according to
#    the union`; spokesperson `said in an emailed statement that A and that its health plan was "..."` (indirect
#    plus partial), then `the statement said`; `Hadley said A`; worker `said in Spanish that A`, quote `said
#    through an interpreter`; a nonbinary worker (`they/them`) `said A`, quote split by `they said`; the city's
#    Aviation Department `said A but was B and had C` (one span); councilmember `said A`, `she said`; `Not every
#    traveler was sympathetic.` (not speech), traveler `said A`, `he said`.
ARTICLES[f"{BATCH}/sky-harbor-concessions-strike-saguaro.gold.json"] = {
    "article": f"{BATCH}/sky-harbor-concessions-strike-saguaro.txt",
    "target": "Saguaro Hospitality Group",
    "quotes": [
        (I, "UNITE HERE Local 11", "About 400 restaurant and retail workers at Phoenix Sky Harbor International Airport "
            "walked off the job Friday morning, beginning a three-day strike against concessions operator Saguaro "
            "Hospitality Group at the start of the holiday travel rush", None),
        (I, "UNITE HERE Local 11", "the strike covered 31 outlets in terminals 3 and 4 and that workers would picket "
            "outside both terminals from 4 a.m. each day through Sunday", None),
        (D, "Alma Quintero", "These are the people who make your coffee at five in the morning so you can catch your "
            "flight, and a lot of them are sleeping in their cars,", None),
        (D, "Alma Quintero", "Saguaro has the money. It just doesn't want to share it.", None),
        (I, "UNITE HERE Local 11", "The average wage among the striking workers is $17.80 an hour", None),
        (I, "Brent Hadley", "the company had offered raises totaling $2.60 an hour over three years", None),
        (P, "Brent Hadley", "among the most generous in airport concessions nationally.", None),
        (D, "Brent Hadley", "We value our team members and we have bargained in good faith for seven months. Our offer "
            "would make our employees the highest-paid concessions workers at any airport in Arizona,", None),
        (I, "Brent Hadley", "most outlets would stay open during the strike with managers and workers brought in from the "
            "company's locations in Las Vegas and Albuquerque", None),
        (I, "Rosa Elena Villarreal", "she had taken a second job cleaning offices at night to cover her rent", None),
        (D, "Rosa Elena Villarreal", "I love this work. I know the pilots, the flight attendants, they know me. But I'm "
            "tired,", None),
        (I, "Sam Whitehorse", "they had not been able to see a doctor for a shoulder injury because of the insurance "
            "cost", None),
        (D, "Sam Whitehorse", "The company keeps telling us how much it values us,", None),
        (D, "Sam Whitehorse", "Show us.", None),
        (I, "Aviation Department", "it was not a party to the dispute but was monitoring the situation and had asked "
            "Saguaro to keep enough outlets open to serve passengers", None),
        (I, "Ana Delgado-Ruiz", "the city should consider labor standards when it renews concession contracts in 2028",
            None),
        (D, "Ana Delgado-Ruiz", "When a company makes its money on city property, the city has every right to ask how it "
            "treats its workers,", None),
        (I, "Greg Lindahl", "he had been in line for a breakfast burrito for 25 minutes", None),
        (D, "Greg Lindahl", "I get it, everybody wants a raise. But do it in February, not the week before Christmas,",
            None),
    ],
    "actors": [
        actor("UNITE HERE Local 11", "organisation", title="union", aliases=["UNITE HERE Local 11"], stance=-1),
        actor("Alma Quintero", "person", title="lead organizer at the airport", affiliation="UNITE HERE Local 11",
              aliases=["Alma Quintero", "Quintero"], stance=-1),
        actor("Brent Hadley", "person", title="spokesperson", affiliation="Saguaro Hospitality Group",
              aliases=["Brent Hadley", "Hadley"], stance=1),
        actor("Rosa Elena Villarreal", "person", title="cashier, 54", affiliation="Saguaro Hospitality Group",
              aliases=["Rosa Elena Villarreal", "Villarreal"], stance=-1),
        actor("Sam Whitehorse", "person", title="barista", affiliation="Saguaro Hospitality Group",
              aliases=["Sam Whitehorse", "Whitehorse"], stance=-1),
        actor("Aviation Department", "government", title="city department that runs Sky Harbor",
              affiliation="City of Phoenix", aliases=["Aviation Department"], stance=0),
        actor("Ana Delgado-Ruiz", "person", title="Phoenix City Councilmember", affiliation="Phoenix City Council",
              aliases=["Ana Delgado-Ruiz", "Delgado-Ruiz"], stance=-1),
        actor("Greg Lindahl", "person", title="traveler", aliases=["Greg Lindahl", "Lindahl"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Shropshire Star local government (the cabinet backs closing five rural libraries unless town councils take
#    them over), headline and byline without speech, `Local Democracy Reporter` and `Published: 10:15, 3 December
#    2026` lines, straight " and apostrophes, British punctuation outside closing marks for fragments,
#    `Councillor`, `Mr`, `Ms`; a first name that is a common noun (Lark Evans). `Shropshire Council says A`
#    (present tense); content before `according to a report to cabinet` (the council's); cabinet member `said the
#    decision was "..." since ...` (partial only), `she told the meeting`, `She said officers had already held
#    "..." with ...` (partial only); `The council's report says A`; opposition leader `said the administration was
#    "..."` (partial only), `Mr Hartshorn said`; petition (an act); `Its chair, Lark Evans, said the group would
#    not let the library go "...", and that B` (partial plus indirect), `Ms Evans said`; town council `said in a
#    statement that it was "..." to taking over ... but could not commit ...` (partial only, no second
#    subject); union branch `said A and that B`; mother `said A`, `she said`; scare so-called "library hub"
#    model.
ARTICLES[f"{BATCH}/shropshire-rural-libraries-cabinet-vote.gold.json"] = {
    "article": f"{BATCH}/shropshire-rural-libraries-cabinet-vote.txt",
    "target": "Shropshire Council",
    "quotes": [
        (I, "Shropshire Council", "the move will save \u00a3640,000 a year", None),
        (I, "Shropshire Council", "A mobile library service would visit each town weekly if no other arrangement is "
            "found", None),
        (P, "Gwen Pritchard", "the hardest I have had to put my name to", None),
        (D, "Gwen Pritchard", "Nobody came into local government to close libraries. But we are spending more than half "
            "of our budget on adult and children's social care, and that money has to come from somewhere,", None),
        (P, "Gwen Pritchard", "positive conversations", None),
        (I, "Shropshire Council", "branches run by community groups elsewhere in England have generally kept their "
            "opening hours and in some cases extended them", None),
        (P, "Nigel Hartshorn", "balancing the books on the backs of the most isolated people in the county", None),
        (D, "Nigel Hartshorn", "These are not luxuries. For a lot of older people in the south of the county, the "
            "library is the only place they will speak to another person all week,", None),
        (P, "Lark Evans", "without a fight", None),
        (I, "Lark Evans", "volunteers were already drawing up a business plan in case the town council agreed to take "
            "it on", None),
        (D, "Lark Evans", "We'll run it if we have to. What we won't do is let the county walk away and call it "
            "localism,", None),
        (P, "Church Stretton Town Council", "open in principle", None),
        (I, "Shropshire branch of Unison", "about 14 full-time equivalent posts were at risk and that it had not been properly consulted",
            None),
        (I, "Beth Pugh", "she had only learned of the plan from a post in a local Facebook group", None),
        (D, "Beth Pugh", "It's the one thing in the week that's free and warm,", None),
        (S, None, "library hub", None),
    ],
    "actors": [
        actor("Shropshire Council", "government", title="county council", aliases=["Shropshire Council"], stance=1),
        actor("Gwen Pritchard", "person", title="cabinet member for communities and culture",
              affiliation="Shropshire Council (Liberal Democrats)", aliases=["Gwen Pritchard", "Pritchard"], stance=1),
        actor("Nigel Hartshorn", "person", title="Conservative group leader", affiliation="Shropshire Council",
              aliases=["Nigel Hartshorn", "Hartshorn", "Mr Hartshorn"], stance=-1),
        actor("Lark Evans", "person", title="chair", affiliation="Friends of Bishop's Castle Library",
              aliases=["Lark Evans", "Evans", "Ms Evans"], stance=-1),
        actor("Church Stretton Town Council", "government", title="town council",
              aliases=["Church Stretton Town Council"], stance=0),
        actor("Shropshire branch of Unison", "organisation", title="union branch",
              aliases=["Shropshire branch of Unison", "Unison"], stance=-1),
        actor("Beth Pugh", "person", title="mother, 31", aliases=["Beth Pugh", "Pugh"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
