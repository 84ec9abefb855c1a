"""Build the test16 gold files (data/eval/test16/*.gold.json) from the annotation specs below.

Held out, like data/eval/test/: not to be read while tuning. Same approach as
data/eval/dev44/build_gold.py, importing the helpers (actor, write_all) of data/eval: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test16/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test16.
Standard library only.
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
# 1. AFP wire science/environment (Russia stops sharing Arctic weather data with Norway), no byline,
#    dateline "Oslo (AFP) –" with an en dash, curly ‘ ’ in the headline and “ ” in the body, ’
#    apostrophes (Norway’s, Russia’s, Organization’s), British punctuation outside the marks for
#    fragments, American "Organization". Headline fragment "... over ‘unfriendly’ policy" -> partial
#    for Russia (the headline names it; the body's “unfriendly actions” is Roshydromet's own partial).
#    Lede content before "Norwegian officials said Monday" ("leaving forecasters ..." after the cue
#    left out). Weather service "said in a short notice ... that A “...” because of the “...” of B"
#    (two partials, no indirect). "The notice ... did not mention" (negated, not annotated). Director
#    named after the first stretch, resumed; "She said A but that B" (one span). Ministry "called
#    the decision “...” and said B" (partial plus indirect); its spokesman named after the quote
#    ("ministry spokesman X told AFP"). Background paragraph the writer's. Embassy "said ... “...” and
#    that ... “...”" (two partials). "According to a Russian researcher who ..., the order came “...”"
#    (partial only), then "the researcher said". WMO "said A and that B" (one span). Scare so-called
#    “polar lows” (glossed by the writer). Skipper named after the first stretch, resumed. Researcher
#    "said A", then "he said". "did not respond to a request for comment" (not annotated).
ARTICLES["data/eval/test16/russia-arctic-weather-data-norway.gold.json"] = {
    "article": "data/eval/test16/russia-arctic-weather-data-norway.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "unfriendly", "\u2018unfriendly"),
        (I, "Norwegian officials", "Russia has stopped sending sea-ice and weather observations from its Arctic "
            "stations to Norway\u2019s national meteorological institute", None),
        (P, "Roshydromet", "until further notice", None),
        (P, "Roshydromet", "unfriendly actions", None),
        (D, "Kari Solheim", "We have lost the daily observations from 11 Russian stations along the coast and on the "
            "islands,", None),
        (D, "Kari Solheim", "For the eastern Barents Sea, that is most of what we had on the ground.", None),
        (I, "Kari Solheim", "forecasters could partly fill the gap with satellite images but that these were less "
            "precise for wind and fog near the coast", None),
        (P, "Norway\u2019s foreign ministry", "regrettable and short-sighted", None),
        (I, "Norway\u2019s foreign ministry", "weather data had been exchanged between the two countries even during "
            "the Cold War", None),
        (D, "Eirik Dahl", "Weather does not respect borders. Cutting off data hurts fishermen on both sides,", None),
        (P, "Russian embassy in Oslo", "confrontation over cooperation", None),
        (P, "Russian embassy in Oslo", "on an equal footing", None),
        (P, "Russian researcher", "from above, not from the scientists", None),
        (D, "Russian researcher", "Many of us are unhappy. We have colleagues in Tromso we have worked with for "
            "twenty years,", None),
        (I, "World Meteorological Organization", "it had been informed of the suspension and that the free exchange "
            "of basic weather data was a principle all of its members had signed up to", None),
        (S, None, "polar lows", None),
        (D, "Arne Pedersen", "The forecast is our life insurance. When it is wrong, people die,", None),
        (D, "Arne Pedersen", "The Russians fish the same water. Their boats will suffer too.", None),
        (I, "Lars Vik", "the loss of the Russian data would also leave a hole in long-term records used to track how "
            "fast the region was warming", None),
        (D, "Lars Vik", "Some of those stations have measured the same way since the 1930s. A gap now cannot be "
            "filled later,", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia"], stance=1),
        actor("Norwegian officials", "group", title="officials", affiliation="Norway",
              aliases=["Norwegian officials"], stance=None),
        actor("Roshydromet", "government", title="federal weather service", affiliation="Russia",
              aliases=["Roshydromet"], stance=1),
        actor("Kari Solheim", "person", title="director", affiliation="Norwegian Meteorological Institute",
              aliases=["Kari Solheim", "Solheim"], stance=-1),
        actor("Norway\u2019s foreign ministry", "government", title="foreign ministry", affiliation="Norway",
              aliases=["Norway\u2019s foreign ministry"], stance=-1),
        actor("Eirik Dahl", "person", title="ministry spokesman", affiliation="Norway\u2019s foreign ministry",
              aliases=["Eirik Dahl", "Dahl"], stance=-1),
        actor("Russian embassy in Oslo", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Oslo"], stance=1),
        actor("Russian researcher", "person", title="anonymous Russian researcher working with Roshydromet data",
              aliases=["Russian researcher", "the researcher"], stance=-1),
        actor("World Meteorological Organization", "organisation", title="UN weather agency",
              aliases=["World Meteorological Organization"], stance=-1),
        actor("Arne Pedersen", "person", title="coastal trawler skipper (Honningsvag)",
              aliases=["Arne Pedersen", "Pedersen"], stance=-1),
        actor("Lars Vik", "person", title="climate researcher", affiliation="UiT The Arctic University of Norway",
              aliases=["Lars Vik", "Vik"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ABC News (Australia) court report (a construction company fined over an apprentice's death in a
#    trench collapse), headline without speech, "By court reporter NAME" and "Posted" lines,
#    straight " and apostrophes (company's, Melbourne's, WorkSafe's, Jayden's), Australian style (no
#    honorifics except "Ms" for the mother, "$1.4 million", "metres"), punctuation inside the closing
#    marks of full quotes. Lede, plea and trench paragraphs the writer's. Judge "said the risk had
#    been "..." and that B" (partial plus indirect); a closed quote with "Judge Maddox said"; then a
#    multi-paragraph quote: an open quote-only paragraph and a closed quote-only paragraph
#    (continuity: two entries); "The judge said A". Barrister "told the court A" (indirect), then "he
#    said". Mother: "wept as she read ..." (not speech), quote with "she said", then a closed
#    quote-only paragraph (continuity); "Outside court, Ms Morris said A, but that B" (one span).
#    WorkSafe "said A"; its executive director named after the first stretch ("..., Narelle Quinn,
#    said in a statement"), then a quote-only paragraph (continuity). Union "said the penalty was
#    "..." for ..." (partial only); its secretary named after the quote. Manslaughter-law paragraph
#    the writer's. Company statement "said it was "..." for ... and that B" (partial plus indirect).
ARTICLES["data/eval/test16/ironbark-civil-apprentice-death-fine.gold.json"] = {
    "article": "data/eval/test16/ironbark-civil-apprentice-death-fine.txt",
    "target": "Ironbark Civil",
    "quotes": [
        (P, "Fiona Maddox", "obvious to anyone who looked into that trench", None),
        (I, "Fiona Maddox", "the means of removing it were cheap and readily available", None),
        (D, "Fiona Maddox", "This was not a freak accident. It was the entirely foreseeable result of a decision to "
            "save time,", None),
        (D, "Fiona Maddox", "Jayden Morris was 18 years old and eight weeks into his apprenticeship. He was entitled "
            "to assume that the adults around him had made the site safe.", None),
        (D, "Fiona Maddox", "They had not.", None),
        (I, "Fiona Maddox", "the company's guilty plea, its lack of prior convictions and the changes it had made since "
            "the death had reduced the fine from $2 million", None),
        (I, "Michael Hartigan", "the company had since hired a full-time safety manager and bought trench shields for "
            "all of its crews", None),
        (D, "Michael Hartigan", "My client accepts without reservation that it failed Jayden,", None),
        (D, "Leanne Morris", "I sent my son to work with a packed lunch and he came home in a coffin,", None),
        (D, "Leanne Morris", "Every day I think about the ten minutes it would have taken to put a shield in that "
            "hole.", None),
        (I, "Leanne Morris", "no fine could bring her son back, but that she hoped the case would make other builders "
            "think twice", None),
        (I, "WorkSafe Victoria", "trench collapses had killed four workers in the state in the past five years", None),
        (D, "Narelle Quinn", "Excavation work is one of the most dangerous jobs on a construction site and the "
            "controls are well known,", None),
        (D, "Narelle Quinn", "Employers who ignore them can expect to be prosecuted.", None),
        (P, "Construction, Forestry and Maritime Employees Union", "a slap on the wrist", None),
        (D, "Dean Karas", "Until a director goes to jail, nothing changes,", None),
        (P, "Ironbark Civil", "deeply sorry", None),
        (I, "Ironbark Civil", "it was cooperating with WorkSafe on an industry program to train apprentices in "
            "excavation safety", None),
    ],
    "actors": [
        actor("Fiona Maddox", "person", title="County Court judge", affiliation="County Court of Victoria",
              aliases=["Fiona Maddox", "Maddox", "Judge Maddox", "The judge"], stance=-1),
        actor("Michael Hartigan", "person", title="defence barrister", affiliation="Ironbark Civil",
              aliases=["Michael Hartigan", "Hartigan"], stance=1),
        actor("Leanne Morris", "person", title="mother of the apprentice", aliases=["Leanne Morris", "Morris",
              "Ms Morris"], stance=-1),
        actor("WorkSafe Victoria", "government", title="workplace safety regulator",
              aliases=["WorkSafe Victoria", "WorkSafe"], stance=None),
        actor("Narelle Quinn", "person", title="executive director of health and safety",
              affiliation="WorkSafe Victoria", aliases=["Narelle Quinn", "Quinn"], stance=-1),
        actor("Construction, Forestry and Maritime Employees Union", "organisation", title="union",
              aliases=["Construction, Forestry and Maritime Employees Union", "the union"], stance=-1),
        actor("Dean Karas", "person", title="Victorian secretary",
              affiliation="Construction, Forestry and Maritime Employees Union", aliases=["Dean Karas", "Karas"],
              stance=-1),
        actor("Ironbark Civil", "organisation", title="construction company (Melbourne)",
              aliases=["Ironbark Civil", "Ironbark Civil Pty Ltd"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. DW (Deutsche Welle, English) Europe news (Germany and Italy press the Commission over Austria's
#    Brenner truck limits), headline and two-sentence standfirst without speech ("want", "is
#    defending ... as" carry no reported content), no byline, curly “ ” and ’ apostrophes (Austria’s,
#    Tyrol’s, Europe’s), American spelling (neighbors, kilometers), British punctuation outside the
#    marks for fragments, "€1.5 billion ($1.6 billion)". Lede content before "Germany and Italy said
#    in a joint letter" (one group speaker). "The letter ... asks the Commission to open ..." (a
#    request: not annotated). German minister's quote split by "Hallberg told reporters in Berlin",
#    resumed. "Ferrante said A and that B" (one span). Figures paragraph the writer's. Scare so-called
#    “block clearance”. Governor "rejected the criticism" (no content), "He said A", then a quote split
#    by "Hauser said", resumed. Federal government "said in a statement that the measures were “...”
#    and that B, an idea ..." (partial plus an indirect stopping before the writer's ", an idea").
#    "German hauliers have long complained" (no content). Anonymous association spokesman "said A",
#    then "he said". Commission "confirmed A and said it would “...”" (indirect plus partial); its
#    spokeswoman "added that ... had “...” ..." (partial only). "see it differently" (not speech);
#    resident "said A", then a quote split by "she told DW", resumed. Tunnel paragraph the writer's.
#    "According to Hallberg, “...”" (a full clause starting lower-case: direct).
ARTICLES["data/eval/test16/austria-brenner-truck-limits-germany-italy.gold.json"] = {
    "article": "data/eval/test16/austria-brenner-truck-limits-germany-italy.txt",
    "target": "Austria",
    "quotes": [
        (I, "Germany and Italy", "Austria\u2019s limits on trucks crossing the Brenner Pass are damaging the European "
            "single market and must be lifted before the summer", None),
        (D, "Jens Hallberg", "We have talked for ten years. Austria has had every chance to find a solution with its "
            "neighbors,", None),
        (D, "Jens Hallberg", "A single country cannot decide on its own who may use one of Europe\u2019s most "
            "important roads.", None),
        (I, "Paolo Ferrante", "Italian exporters were losing around \u20ac1.5 billion ($1.6 billion) a year because of "
            "the restrictions and that the queues on the Italian side regularly stretched for more than 60 "
            "kilometers", None),
        (S, None, "block clearance", None),
        (I, "Anton Hauser", "the limits were the only way to protect people in the Inn and Wipp valleys from noise and "
            "exhaust fumes", None),
        (D, "Anton Hauser", "Our valleys are narrow. The pollution has nowhere to go,", None),
        (D, "Anton Hauser", "Germany and Italy want cheap transport, and Tyrol is supposed to pay for it with its "
            "lungs.", None),
        (P, "Austria\u2019s federal government", "proportionate and in line with European law", None),
        (I, "Austria\u2019s federal government", "it was ready to discuss a digital booking system for truck slots",
            None),
        (I, "spokesman for the German freight transport association BGL", "drivers were being forced to wait for "
            "hours in lay-bys on the German side of the border with no toilets or food", None),
        (D, "spokesman for the German freight transport association BGL", "This is not environmental policy, it is "
            "a traffic jam with an Austrian flag on it,", None),
        (I, "European Commission", "it had received the letter", None),
        (P, "European Commission", "assess it carefully", None),
        (P, "Commission spokeswoman", "repeatedly encouraged", None),
        (I, "Maria Steiner", "the traffic had more than doubled in her lifetime", None),
        (D, "Maria Steiner", "At night the windows shake. My grandchildren have asthma,", None),
        (D, "Maria Steiner", "If Berlin wants more trucks, they can have them in Munich.", None),
        (D, "Jens Hallberg", "the tunnel is the answer in ten years, but trucks need to move today.", None),
    ],
    "actors": [
        actor("Germany and Italy", "group", title="German and Italian governments (joint letter)",
              aliases=["Germany and Italy"], stance=-1),
        actor("Jens Hallberg", "person", title="German Transport Minister", affiliation="German government",
              aliases=["Jens Hallberg", "Hallberg"], stance=-1),
        actor("Paolo Ferrante", "person", title="Italian Infrastructure Minister", affiliation="Italian government",
              aliases=["Paolo Ferrante", "Ferrante"], stance=-1),
        actor("Anton Hauser", "person", title="governor of Tyrol", affiliation="Tyrol",
              aliases=["Anton Hauser", "Hauser"], stance=1),
        actor("Austria\u2019s federal government", "government", title="federal government", affiliation="Austria",
              aliases=["Austria\u2019s federal government"], stance=1),
        actor("spokesman for the German freight transport association BGL", "person",
              title="anonymous haulage association spokesman", affiliation="BGL",
              aliases=["spokesman for the German freight transport association BGL"], stance=-1),
        actor("European Commission", "organisation", title="EU executive", aliases=["European Commission"], stance=0),
        actor("Commission spokeswoman", "person", title="anonymous Commission spokeswoman",
              affiliation="European Commission", aliases=["Commission spokeswoman"], stance=0),
        actor("Maria Steiner", "person", title="resident (Matrei am Brenner)", aliases=["Maria Steiner", "Steiner"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Milwaukee Journal Sentinel local government/sport (the council approves city money for a soccer
#    stadium), byline and outlet lines, AP style (straight " and apostrophes, "Ald.", "S. 5th St.",
#    punctuation inside closing marks, "9-6"). Headline and lede without speech (a vote is action).
#    Financing content before "according to a fiscal note prepared by the city's Legislative
#    Reference Bureau" (the note speaks for its author). Scare "ultras," (comma inside, AP style).
#    Mayor's quote split by "Ostrowski said after the vote", resumed; "He said A". Club paragraph the
#    writer's. Owner "called the vote "..." and said B" (partial plus indirect). "Opponents were
#    unmoved." (not speech). Alderwoman "described the deal as "..." and said B" (partial plus
#    indirect), then "she said". Comptroller "warned in a letter ... that A "..." and that B"
#    (partial plus indirect). Economists sentence the writer's ("have long been skeptical", no cue).
#    Economist named after the first stretch, resumed. Residents "worry" (no cue); tenant "said A",
#    then a question-ending quote with "Alvarez said". Anonymous alderman "said A". Closing "Ostrowski's
#    office said A and that B" (one span).
ARTICLES["data/eval/test16/milwaukee-soccer-stadium-city-funding.gold.json"] = {
    "article": "data/eval/test16/milwaukee-soccer-stadium-city-funding.txt",
    "target": "Milwaukee",
    "quotes": [
        (I, "Legislative Reference Bureau", "The city will borrow the money through a tax incremental financing "
            "district, to be repaid from property taxes on new apartments and offices around the stadium", None),
        (S, None, "ultras,", None),
        (D, "Daniel Ostrowski", "This is the kind of investment that brings people downtown on a Saturday night and "
            "keeps them there,", None),
        (D, "Daniel Ostrowski", "It pays for itself, and it tells the whole country that Milwaukee is a city that is "
            "building again.", None),
        (I, "Daniel Ostrowski", "the stadium would host at least 25 events a year besides soccer, including concerts "
            "and high school championships", None),
        (P, "Rebecca Thorne", "a great day for this city", None),
        (I, "Rebecca Thorne", "the team would cover any cost overruns and pay the city $1 million a year in rent for "
            "30 years", None),
        (P, "Marisol Vega", "a giveaway dressed up as economic development", None),
        (I, "Marisol Vega", "the money should have gone to replacing lead pipes", None),
        (D, "Marisol Vega", "We have kids in this city drinking water through lead service lines, and we just found "
            "$38 million for a soccer team,", None),
        (P, "Howard Banks", "optimistic", None),
        (I, "Howard Banks", "taxpayers could be left covering the debt if development lagged", None),
        (D, "Kevin Yuen", "The research is about as settled as anything in economics. Stadiums move spending around a "
            "region, they rarely create new spending,", None),
        (D, "Kevin Yuen", "Whether that's worth $38 million is a political question, but the economic case is weak.",
            None),
        (I, "Tony Alvarez", "his landlord had already asked whether he planned to renew his lease", None),
        (D, "Tony Alvarez", "They keep saying it'll lift the neighborhood. Lift it for who?", None),
        (I, "alderman who voted yes", "the mayor's office had agreed to fund a new library branch in his district in "
            "the days before the vote", None),
        (I, "Ostrowski's office", "construction could begin in April and that the stadium would open in time for the "
            "2028 season", None),
    ],
    "actors": [
        actor("Legislative Reference Bureau", "government", title="city research office (fiscal note)",
              affiliation="City of Milwaukee", aliases=["Legislative Reference Bureau"], stance=None),
        actor("Daniel Ostrowski", "person", title="Mayor", affiliation="City of Milwaukee",
              aliases=["Daniel Ostrowski", "Ostrowski"], stance=1),
        actor("Rebecca Thorne", "person", title="club owner", affiliation="Milwaukee Harbor FC",
              aliases=["Rebecca Thorne", "Thorne"], stance=1),
        actor("Marisol Vega", "person", title="alderwoman", affiliation="Milwaukee Common Council",
              aliases=["Marisol Vega", "Vega"], stance=-1),
        actor("Howard Banks", "person", title="City Comptroller", aliases=["Howard Banks", "Banks"], stance=-1),
        actor("Kevin Yuen", "person", title="economist", affiliation="Marquette University",
              aliases=["Kevin Yuen", "Yuen"], stance=-1),
        actor("Tony Alvarez", "person", title="tenant (Walker's Point)", aliases=["Tony Alvarez", "Alvarez"],
              stance=-1),
        actor("alderman who voted yes", "person", title="anonymous alderman", affiliation="Milwaukee Common Council",
              aliases=["alderman who voted yes"], stance=None),
        actor("Ostrowski's office", "government", title="mayor's office", affiliation="City of Milwaukee",
              aliases=["Ostrowski's office"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
