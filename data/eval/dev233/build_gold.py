"""Build the dev233 gold files (data/eval/dev233/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev233/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev233.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev233"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Westport News (New Zealand, West Coast local paper) local government (ratepayers oppose a 14 per cent rates rise for
#    a water plant), headline without speech, byline, lede opening "BULLER ratepayers", curly “ ” and ’, "Cr", "$480";
#    council "says the rise is needed ..." (present tense); mayor "told the meeting the council had “...”" (partial
#    only), "she said", then a quote-only paragraph; regulator's spokesperson "confirmed it had issued ..."; group
#    "Several speakers said A"; pensioner named after his quote with "asked"; association chair "said A", "she said";
#    councillor in a relative clause "said staff had “gold-plated” the design" (partial only), "he said"; chief executive
#    "said A and that B" (one span); Federated Farmers president "said A" (a relative clause inside the span); "Under
#    the council’s consultation document, ..." (no cue), "The council said A"; scare so-called “Local Water Done Well”
#    reforms; photo caption "PHOTO: MARK BELLAMY" (not annotated).
ARTICLES[f"{BATCH}/buller-rates-rise-water-plant.gold.json"] = {
    "article": f"{BATCH}/buller-rates-rise-water-plant.txt",
    "target": "Buller District Council",
    "quotes": [
        (I, "Buller District Council", "the rise is needed to fund a new water treatment plant for Westport", None),
        (P, "Dianne Rasmussen", "no good options", None),
        (D, "Dianne Rasmussen", "Nobody around this table wants to put rates up by 14 per cent. But the water plant is 60 "
            "years old, and Taumata Arowai has told us in writing that it has to be replaced,", None),
        (D, "Dianne Rasmussen", "If we delay, the fines start, and the ratepayer pays those too.", None),
        (I, "spokesperson for Taumata Arowai", "it had issued a compliance order to the council in August", None),
        (I, "Several speakers", "the council should have planned for the upgrade years ago instead of leaving it until the "
            "plant failed", None),
        (D, "Graham Tait", "I’m on the pension. Fourteen per cent is another $480 a year for me. Where do they think that "
            "comes from?", None),
        (I, "Jo Kettle", "the association would make a formal submission calling for the plant to be funded with a 30-year "
            "loan instead", None),
        (D, "Jo Kettle", "Spread the cost over the people who will use the plant. Don’t load it all on today’s "
            "ratepayers,", None),
        (P, "Phil Grogan", "gold-plated", None),
        (D, "Phil Grogan", "We could have a compliant plant for $18 million. Staff have brought us a $31 million one,",
            None),
        (I, "Andrew Ruddock", "the design had been peer-reviewed and that a cheaper plant would not cope with the town’s "
            "growth over the next 30 years", None),
        (I, "Rob Maitland", "rural ratepayers, most of whom are on their own tank or bore water, would be paying for a "
            "plant they would never use", None),
        (I, "Buller District Council", "rural properties would pay a smaller share of the increase", None),
        (S, None, "Local Water Done Well", None),
    ],
    "actors": [
        actor("Buller District Council", "government", title="district council", affiliation="Buller, West Coast",
              aliases=["Buller District Council", "The council"], stance=1),
        actor("Dianne Rasmussen", "person", title="Mayor", affiliation="Buller District Council",
              aliases=["Dianne Rasmussen", "Rasmussen", "Mayor Dianne Rasmussen"], stance=1),
        actor("spokesperson for Taumata Arowai", "person", title="spokesperson", affiliation="Taumata Arowai",
              aliases=["spokesperson for Taumata Arowai"], stance=0),
        actor("Several speakers", "group", title="ratepayers speaking at the meeting", affiliation=None,
              aliases=["Several speakers"], stance=-1),
        actor("Graham Tait", "person", title="Carters Beach pensioner, 78", affiliation=None,
              aliases=["Graham Tait", "Tait"], stance=-1),
        actor("Jo Kettle", "person", title="chair", affiliation="Buller Ratepayers’ Association",
              aliases=["Jo Kettle", "Kettle"], stance=-1),
        actor("Phil Grogan", "person", title="councillor", affiliation="Buller District Council",
              aliases=["Phil Grogan", "Grogan", "Cr Phil Grogan"], stance=-1),
        actor("Andrew Ruddock", "person", title="chief executive", affiliation="Buller District Council",
              aliases=["Andrew Ruddock", "Ruddock"], stance=1),
        actor("Rob Maitland", "person", title="president", affiliation="Federated Farmers West Coast",
              aliases=["Rob Maitland", "Maitland"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fiji Village (Fiji, radio news site) culture (the Hibiscus Festival moves from Albert Park), headline without
#    speech, "Publish date/time:" line, straight " and apostrophes, present-tense "says" throughout; council "says A";
#    chief executive "says A", "says the park was left as "..." and repairs ... cost ..." (partial plus indirect: a second
#    subject), quote with "Ravuvu says"; committee chair "says A", "Koroi says"; group "stallholders who have sold food
#    at the festival for many years say A and they will ..." (one span); vendor "says A", quote with "Tora says", then
#    a quote-only paragraph; former festival queen "says the festival "...", where ..." (partial only), "she says";
#    scare so-called "Suva Waterfront Precinct" (glossed); police spokesperson "says A"; retailers' president "says A
#    and the move could ..." (one span); "In a statement this afternoon, the SCC said it would A and would B" (one span);
#    closing content before "according to the festival committee".
ARTICLES[f"{BATCH}/hibiscus-festival-moves-foreshore.gold.json"] = {
    "article": f"{BATCH}/hibiscus-festival-moves-foreshore.txt",
    "target": "Suva City Council",
    "quotes": [
        (I, "Suva City Council", "the Hibiscus Festival will move from Albert Park to the Suva foreshore next year", None),
        (I, "Ateca Ravuvu", "the decision was made after rain forced the cancellation of two nights of last August's "
            "festival", None),
        (P, "Ateca Ravuvu", "a mud field", None),
        (I, "Ateca Ravuvu", "repairs to the turf cost the council $85,000", None),
        (D, "Ateca Ravuvu", "Albert Park is a sports ground first. Every year after the festival our rugby and cricket "
            "clubs cannot use it for two months,", None),
        (I, "Josefa Koroi", "the committee supports the move", None),
        (D, "Josefa Koroi", "The foreshore gives us more space for the carnival rides and the food stalls, and people can "
            "enjoy the sea breeze,", None),
        (I, "stallholders who have sold food at the festival for many years", "the foreshore is too far from the bus "
            "stand and they will lose customers", None),
        (I, "Mereani Tora", "she has run a lovo stall at Albert Park for 17 years", None),
        (D, "Mereani Tora", "Our customers are families who come on the bus. They will not walk all the way to the "
            "foreshore with small children,", None),
        (D, "Mereani Tora", "We pay the council for the stall, we pay for the power, we pay for everything. Nobody asked "
            "us.", None),
        (P, "Sera Vakaloloma", "belongs in Albert Park", None),
        (D, "Sera Vakaloloma", "My mother took me there. I took my daughter there. It is part of our history, part of "
            "Suva,", None),
        (S, None, "Suva Waterfront Precinct", None),
        (I, "Waisea Lutu", "a traffic plan for the new site will be released in July", None),
        (I, "Anand Kumar", "shops in the central business district benefit from the festival crowds every August and the "
            "move could cut their takings", None),
        (I, "Suva City Council", "it would consult stallholders on the layout of the new site and would keep stall fees at "
            "this year's level", None),
        (I, "Hibiscus Festival Committee", "This year's festival raised more than $200,000 for charities", None),
    ],
    "actors": [
        actor("Suva City Council", "government", title="city council", affiliation="Suva",
              aliases=["Suva City Council", "SCC"], stance=1),
        actor("Ateca Ravuvu", "person", title="Chief Executive Officer", affiliation="Suva City Council",
              aliases=["Ateca Ravuvu", "Ravuvu"], stance=1),
        actor("Josefa Koroi", "person", title="chair", affiliation="Hibiscus Festival Committee",
              aliases=["Josefa Koroi", "Koroi"], stance=1),
        actor("stallholders who have sold food at the festival for many years", "group", title="festival stallholders",
              affiliation=None, aliases=["stallholders who have sold food at the festival for many years"], stance=-1),
        actor("Mereani Tora", "person", title="lovo stallholder", affiliation=None, aliases=["Mereani Tora", "Tora"],
              stance=-1),
        actor("Sera Vakaloloma", "person", title="former Hibiscus Queen", affiliation=None,
              aliases=["Sera Vakaloloma", "Vakaloloma"], stance=-1),
        actor("Waisea Lutu", "person", title="Police spokesperson, Inspector", affiliation="Fiji Police Force",
              aliases=["Waisea Lutu", "Lutu", "Inspector Waisea Lutu"], stance=None),
        actor("Anand Kumar", "person", title="president", affiliation="Suva Retailers Association",
              aliases=["Anand Kumar", "Kumar"], stance=-1),
        actor("Hibiscus Festival Committee", "organisation", title="festival committee (organisers)", affiliation="Suva",
              aliases=["Hibiscus Festival Committee", "festival committee"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Saudi Gazette (Saudi Arabia) science/environment (a study finds turtle nests halved near a Red Sea resort),
#    headline without quote marks ("Study finds ..."), "Saudi Gazette report" line, dateline "JEDDAH —", curly “ ” and ’;
#    lede content before "researchers at King Abdullah University of Science and Technology (KAUST) have reported";
#    "counted 212 nests" (no cue); "The researchers wrote that ... was “...” of the decline" (partial only); lead author
#    in an apposition "told Saudi Gazette: “...”", then a quote with "she added."; developer "said in a statement that A
#    and that the study’s figures “...” natural variation ..." (indirect plus partial); sustainability director "said
#    A", "Al-Qahtani said"; wildlife centre "said it was reviewing the study and would “...” if ..." (indirect plus
#    partial); scare so-called “giga-projects” (glossed); fisherman "who gave his name as Abu Saad, said A", "he said";
#    biologist "said the findings were “...” ..., but cautioned that B" (partial plus indirect).
ARTICLES[f"{BATCH}/alwajh-turtle-nests-resort-study.gold.json"] = {
    "article": f"{BATCH}/alwajh-turtle-nests-resort-study.txt",
    "target": "Coral Coast Development Company",
    "quotes": [
        (I, "researchers at King Abdullah University of Science and Technology", "The number of green turtle nests on a "
            "stretch of beach north of Al-Wajh has fallen by more than half since construction began on a nearby resort",
            None),
        (P, "researchers at King Abdullah University of Science and Technology", "the most likely cause", None),
        (D, "Layla Al-Harbi", "Turtles return to the beach where they were born. If that beach is lit up at night, the "
            "females go somewhere else, and the hatchlings crawl towards the lights instead of the sea.", None),
        (D, "Layla Al-Harbi", "This is not a criticism of development. It is a question of how we develop,", None),
        (I, "Coral Coast Development Company", "it had complied with all environmental permits", None),
        (P, "Coral Coast Development Company", "do not account for", None),
        (I, "Faisal Al-Qahtani", "the company had already replaced all outdoor lighting on the beach side of the hotel "
            "with amber lights that turtles do not see", None),
        (D, "Faisal Al-Qahtani", "We want turtles on our beaches. They are part of what our guests will come here to see,",
            None),
        (I, "National Center for Wildlife", "it was reviewing the study", None),
        (P, "National Center for Wildlife", "take the necessary measures", None),
        (S, None, "giga-projects", None),
        (I, "Abu Saad", "he used to see dozens of turtles near the shore every summer", None),
        (D, "Abu Saad", "Now I see five, maybe six, since they started building,", None),
        (P, "Hassan Bukhari", "consistent with", None),
        (I, "Hassan Bukhari", "four years of data was a short period for a species that nests every two to four years",
            None),
    ],
    "actors": [
        actor("researchers at King Abdullah University of Science and Technology", "group",
              title="researchers (the study's authors)", affiliation="King Abdullah University of Science and Technology",
              aliases=["researchers at King Abdullah University of Science and Technology", "The researchers"],
              stance=-1),
        actor("Layla Al-Harbi", "person", title="marine ecologist, lead author",
              affiliation="King Abdullah University of Science and Technology",
              aliases=["Layla Al-Harbi", "Al-Harbi", "Dr. Layla Al-Harbi"], stance=-1),
        actor("Coral Coast Development Company", "organisation", title="resort developer", affiliation="Saudi Arabia",
              aliases=["Coral Coast Development Company", "CCDC"], stance=1),
        actor("Faisal Al-Qahtani", "person", title="director of sustainability",
              affiliation="Coral Coast Development Company", aliases=["Faisal Al-Qahtani", "Al-Qahtani"], stance=1),
        actor("National Center for Wildlife", "government", title="wildlife authority", affiliation="Saudi Arabia",
              aliases=["National Center for Wildlife"], stance=0),
        actor("Abu Saad", "person", title="fisherman in Al-Wajh", affiliation=None, aliases=["Abu Saad"], stance=-1),
        actor("Hassan Bukhari", "person", title="marine biologist", affiliation="King Abdulaziz University",
              aliases=["Hassan Bukhari", "Bukhari", "Dr. Hassan Bukhari"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Brussels Times (Belgium) labour (Brussels transport drivers strike against new rosters), headline with a
#    straight single fragment "unions say new rosters 'impossible to live with'", no byline, straight single quotes
#    '...' for quotes and fragments (apostrophes in "I've", "STIB's", "Wednesday's", "drivers'" not openings), "15%",
#    "€8 million"; content before "according to STIB"; "The unions said A, and were '...' for ..." (indirect plus
#    partial); tram driver and delegate named after his quote; union spokesperson in an apposition "said A", quote split
#    by "she said," (second stretch lower-case); "In a statement, STIB said the new schedules were '...' to cover ..."
#    (partial only), "It said A and that B" (one span); scare so-called 'flexible roster' model; spokesperson "said the
#    company '...' the strike but would not withdraw ..." (partial only), "Lemaire said"; minister "said A and called on
#    them to ..." (indirect; directive not annotated); commuter named after her quote; federation "said A, and urged
#    ..." (indirect; directive not annotated); "have not ruled out" (not annotated); third union "did not join ... but
#    said A".
ARTICLES[f"{BATCH}/stib-drivers-strike-rosters.gold.json"] = {
    "article": f"{BATCH}/stib-drivers-strike-rosters.txt",
    "target": "STIB",
    "quotes": [
        (P, "unions", "impossible to live with", "Brussels transport strike"),
        (I, "STIB", "Only two of the four metro lines ran, along with fewer than half of trams and buses", None),
        (I, "unions", "the new rosters, due to take effect in January, would force drivers to work split shifts of up to "
            "13 hours with unpaid breaks in the middle", None),
        (P, "unions", "impossible to live with", "The unions said"),
        (D, "Karim Bensalah", "You start at 6:00, you stop at 10:00, you wait four hours and you drive again until 19:00. "
            "That is not a job, that is a life in the depot,", None),
        (I, "Ilse Peeters", "drivers had already been working longer hours since the summer because of staff shortages",
            None),
        (D, "Ilse Peeters", "Our members are tired,", None),
        (D, "Ilse Peeters", "and the passengers feel it too.", None),
        (P, "STIB", "necessary", None),
        (I, "STIB", "split shifts would affect fewer than 15% of drivers and that no driver would work more than nine "
            "hours of driving time in a day", None),
        (S, None, "flexible roster", None),
        (P, "Cédric Lemaire", "regretted", None),
        (D, "Cédric Lemaire", "The door is open. We have proposed four meetings since October, and the unions have come to "
            "two,", None),
        (I, "Sophie Dewinter", "she would meet both sides on Friday", None),
        (D, "Anna Kowalczyk", "I've been here 40 minutes. I understand the drivers, but I have a job too,", None),
        (I, "BECI", "shops and restaurants in the city lost an estimated €8 million on each strike day", None),
        (I, "ACLVB-CGSLB", "it shared the drivers' concerns", None),
    ],
    "actors": [
        actor("unions", "group", title="drivers' unions (ABVV-FGTB and ACV-CSC)", affiliation=None, aliases=["unions"],
              stance=-1),
        actor("STIB", "organisation", title="Brussels public transport company", affiliation="Brussels-Capital Region",
              aliases=["STIB"], stance=1),
        actor("Karim Bensalah", "person", title="tram driver and union delegate", affiliation="ABVV-FGTB",
              aliases=["Karim Bensalah", "Bensalah"], stance=-1),
        actor("Ilse Peeters", "person", title="spokesperson", affiliation="ACV-CSC", aliases=["Ilse Peeters", "Peeters"],
              stance=-1),
        actor("Cédric Lemaire", "person", title="STIB spokesperson", affiliation="STIB",
              aliases=["Cédric Lemaire", "Lemaire"], stance=1),
        actor("Sophie Dewinter", "person", title="Brussels Mobility Minister", affiliation="Brussels-Capital Region",
              aliases=["Sophie Dewinter", "Dewinter"], stance=0),
        actor("Anna Kowalczyk", "person", title="nurse, commuter", affiliation="Saint-Pierre hospital",
              aliases=["Anna Kowalczyk", "Kowalczyk"], stance=0),
        actor("BECI", "organisation", title="Brussels business federation", affiliation="Brussels", aliases=["BECI"],
              stance=None),
        actor("ACLVB-CGSLB", "organisation", title="liberal union", affiliation="Belgium", aliases=["ACLVB-CGSLB"],
              stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
