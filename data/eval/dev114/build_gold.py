"""Build the dev114 gold files (data/eval/dev114/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev114/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev114.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev114"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Novinite (Sofia) politics (Varna port turns away a Russian-owned cargo ship), Title Case headline
#    with a straight-quoted fragment for the Russian Embassy, "Politics | December 9, 2026, Wednesday //
#    13:47" line, straight " and apostrophes. Lede content before "Bulgaria's Maritime Administration said";
#    "The agency said A and that port authorities had "..." to let it dock" (indirect plus partial);
#    minister "told reporters in Sofia that Bulgaria was "..."" (partial only), quote with "Tsonev said",
#    "He added that A"; embassy "reacted sharply" (act), "it described the decision as "..." and said Moscow
#    reserved the right to take "..." in response" (two partials), quote with "the statement said";
#    "According to the ministry, the sanctions ... are "..." and Russia does not recognise them" (partial
#    plus indirect for the second clause with its own subject); operator "said A"; spokesman "told Novinite
#    by phone: "..."" ; party "called the decision "..." and demanded ... resignation, saying A" (partial,
#    directive not annotated, indirect); analyst "said A", "he said"; content before "according to data from
#    the Maritime Administration"; scare so-called "grey fleet".
ARTICLES[f"{BATCH}/varna-port-russian-cargo-ship.gold.json"] = {
    "article": f"{BATCH}/varna-port-russian-cargo-ship.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian Embassy in Sofia", "Hostile Act", None),
        (I, "Maritime Administration", "A Russian-owned cargo ship loaded with fertiliser was refused entry to the "
            "Port of Varna on Tuesday evening and remains anchored outside Bulgarian territorial waters", None),
        (I, "Maritime Administration", "the ship's owner had been added to the European Union's sanctions list in "
            "October", None),
        (P, "Maritime Administration", "no legal basis", None),
        (P, "Georgi Tsonev", "simply applying the rules that every member state has signed up to", None),
        (D, "Georgi Tsonev", "Nobody is targeting Russian ships out of spite. If a company is on the list, it is on "
            "the list, whether it is Russian, Iranian or anyone else,", None),
        (I, "Georgi Tsonev", "the crew of 19 were not in danger and would be allowed to receive food and water from a "
            "supply boat", None),
        (P, "Russian Embassy in Sofia", "a hostile act against a peaceful commercial vessel", None),
        (P, "Russian Embassy in Sofia", "adequate measures", None),
        (D, "Russian Embassy in Sofia", "Bulgaria is once again sacrificing its own economic interests, and the "
            "interests of its farmers who need this fertiliser, in order to please Brussels,", None),
        (P, "Russian Foreign Ministry", "illegitimate", None),
        (I, "Russian Foreign Ministry", "Russia does not recognise them", None),
        (I, "Sevmor Line", "the vessel was carrying 6,500 tonnes of ammonium nitrate bought by a Bulgarian "
            "distributor before the sanctions took effect", None),
        (D, "Oleg Rybak", "We have all the documents. The cargo was paid for in August. We are ready to show "
            "everything to the Bulgarian side.", None),
        (P, "Vazrazhdane", "absurd", None),
        (I, "Vazrazhdane", "the government had left farmers in Dobrudzha without fertiliser ahead of the spring "
            "sowing", None),
        (I, "Kalin Dimov", "the case showed that Moscow was testing how strictly Black Sea states enforce the "
            "sanctions", None),
        (D, "Kalin Dimov", "This is not about one ship. Russia is using vessels with complicated ownership to see "
            "where the weak points are, and Varna was chosen for a reason,", None),
        (I, "Maritime Administration", "Bulgarian ports handled around 1.2 million tonnes of imported fertiliser "
            "last year, most of it arriving from Russia and Egypt", None),
        (S, None, "grey fleet", None),
    ],
    "actors": [
        actor("Russian Embassy in Sofia", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Sofia", "Russian Embassy"], stance=1),
        actor("Maritime Administration", "government", title="Bulgarian maritime agency", affiliation="Bulgaria",
              aliases=["Maritime Administration", "agency"], stance=0),
        actor("Georgi Tsonev", "person", title="Transport Minister", affiliation="Bulgaria",
              aliases=["Georgi Tsonev", "Tsonev"], stance=-1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry", "ministry"], stance=1),
        actor("Sevmor Line", "organisation", title="ship operator (St Petersburg)",
              aliases=["Sevmor Line"], stance=1),
        actor("Oleg Rybak", "person", title="company spokesman", affiliation="Sevmor Line",
              aliases=["Oleg Rybak", "Rybak"], stance=1),
        actor("Vazrazhdane", "organisation", title="pro-Russian party", aliases=["Vazrazhdane"], stance=1),
        actor("Kalin Dimov", "person", title="security analyst", affiliation="Center for the Study of Democracy",
              aliases=["Kalin Dimov", "Dimov"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. CNA (Channel NewsAsia, Singapore) health (MOH suspends four aesthetics clinics), headline without
#    speech, byline, "08 Dec 2026 05:42PM (Updated: ...)" line, "SINGAPORE:" dateline, "(Dec 8)" dates,
#    "READ:" lines, straight " and apostrophes, honorifics (Dr, Mdm), inverted "said MOH"/"said Dr Ong".
#    Content before "MOH said in a media release"; "Investigations found that A, and that B, said the
#    ministry" (content before the cue, one span); quote with "said MOH"; director "said A, and that it would
#    not hesitate ... against "..."" (indirect plus partial); company "said in a statement that it was "..."
#    ... and was cooperating fully" (no second subject: partial only), "The company said A"; medical director
#    "told CNA that A, and that B" (one span), quote with "said Dr Ong", Q&A "Asked whether ..., he said:
#    "..."" ; scare so-called "lunchtime lift"; patient known only as Mdm Tan "said A", "she said" (the
#    official Tan Wei Ming shares her surname); dermatologist "said A ... sought "..." they had seen" (partial
#    only), "she said"; HSA "said in a separate statement that A, and that B" (one span); closing advice
#    before "MOH said" (indirect).
ARTICLES[f"{BATCH}/lumiere-aesthetics-clinics-suspended.gold.json"] = {
    "article": f"{BATCH}/lumiere-aesthetics-clinics-suspended.txt",
    "target": "Lumiere Aesthetics",
    "quotes": [
        (I, "Ministry of Health", "The suspensions took effect on Monday and will last for at least three months",
            None),
        (I, "Ministry of Health", "Investigations found that the fillers had been injected by staff who were not "
            "registered doctors, and that some of the products used were not registered with the Health Sciences "
            "Authority (HSA)", None),
        (D, "Ministry of Health", "Such procedures carry real risks, including blindness and tissue death, and must "
            "only be performed by trained and registered doctors,", None),
        (I, "Tan Wei Ming", "the ministry had referred the case to the police", None),
        (P, "Tan Wei Ming", "any individual found to have put patients at risk", None),
        (P, "Lumiere Aesthetics", "deeply sorry", None),
        (I, "Lumiere Aesthetics", "it had suspended two employees and engaged an external consultant to review its "
            "procedures", None),
        (I, "Kelvin Ong", "the injections in question were carried out while he was overseas, and that he had not "
            "been aware of them", None),
        (D, "Kelvin Ong", "I take responsibility for what happened in our clinics. But I want to be clear that this "
            "was not our practice, and it will never happen again,", None),
        (D, "Kelvin Ong", "That is for MOH to decide. We will do whatever they ask of us.", None),
        (S, None, "lunchtime lift", None),
        (I, "Mdm Tan", "she developed swelling and pain around her nose two days after a treatment at the chain's "
            "Tampines outlet in October", None),
        (D, "Mdm Tan", "They told me it was very safe, 20 minutes only. Now I must see a specialist every week,",
            None),
        (P, "Lynette Chua", "quick fixes", None),
        (D, "Lynette Chua", "A filler is a medical procedure, not a beauty treatment. Patients should always ask who "
            "is doing the injection and what exactly is being injected,", None),
        (I, "Health Sciences Authority", "it was investigating how the clinics had obtained the unregistered "
            "products, and that it had seized more than 300 syringes from the four outlets", None),
        (I, "Ministry of Health", "Patients who received treatment at the four clinics and experience pain, "
            "swelling or changes in vision should seek medical attention immediately", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", title="ministry", affiliation="Singapore",
              aliases=["Ministry of Health", "MOH", "ministry"], stance=-1),
        actor("Tan Wei Ming", "person", title="director of medical services", affiliation="Ministry of Health",
              aliases=["Tan Wei Ming"], stance=-1),
        actor("Lumiere Aesthetics", "organisation", title="aesthetics chain",
              aliases=["Lumiere Aesthetics", "The company", "chain"], stance=1),
        actor("Kelvin Ong", "person", title="medical director", affiliation="Lumiere Aesthetics",
              aliases=["Kelvin Ong", "Dr Ong", "Ong"], stance=1),
        actor("Mdm Tan", "person", title="58-year-old retiree, patient", aliases=["Mdm Tan"], stance=-1),
        actor("Lynette Chua", "person", title="consultant dermatologist", aliases=["Lynette Chua", "Dr Lynette Chua",
              "Chua"], stance=None),
        actor("Health Sciences Authority", "government", title="regulator", affiliation="Singapore",
              aliases=["Health Sciences Authority", "HSA"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Wanted in Rome local/culture (Rome cancels the Piazza Navona Christmas market), headline and standfirst
#    without speech, "News | 4 Dec 2026" line, straight " and apostrophes, Italian names and terms.
#    Councillor "who said the city "..." awarding ..." (partial only), quote with "Fiorentini told reporters at
#    the Campidoglio", "She said the city would instead hold a smaller "..." Christmas programme ..., and that
#    B" (partial plus indirect); the TAR's ruling is not speech ("after finding irregularities"); "Stallholders
#    reacted with anger" (act); association president "said the council had "..." through ..." (partial
#    only), quote with "Bevilacqua said" (surname that is an Italian word); party group "described the
#    cancellation as "..." and said Fiorentini should resign" (partial plus indirect); Codacons "said A, and
#    that B" (one span); "Il Messaggero reported ... that A"; "Fiorentini wrote that she had "..." of
#    resigning" (partial only); tourist named Baker "said A", "she said"; scare so-called "Natale diffuso".
ARTICLES[f"{BATCH}/piazza-navona-christmas-market-cancelled.gold.json"] = {
    "article": f"{BATCH}/piazza-navona-christmas-market-cancelled.txt",
    "target": "Valeria Fiorentini",
    "quotes": [
        (P, "Valeria Fiorentini", "could not risk", None),
        (D, "Valeria Fiorentini", "I know this is painful for many families and for the traders. But the rules are "
            "the rules, and I will not put the city in a position where it has to fight ten more court cases next "
            "spring,", None),
        (P, "Valeria Fiorentini", "cultural", None),
        (I, "Valeria Fiorentini", "a new tender would be published in January", None),
        (P, "Giorgio Bevilacqua", "killed a Roman tradition", None),
        (D, "Giorgio Bevilacqua", "My grandfather sold sweets in this square. Now they tell me, one week before "
            "opening, that there is nothing. Who pays for the stock we have already bought?", None),
        (P, "Fratelli d'Italia group", "a disgrace", None),
        (I, "Fratelli d'Italia group", "Fiorentini should resign", None),
        (I, "Codacons", "it had received dozens of messages from families who had planned trips to the market, and "
            "that it would ask the city to compensate the traders", None),
        (I, "Il Messaggero", "some of the stallholders were considering setting up a protest market in nearby Campo "
            "de' Fiori", None),
        (P, "Valeria Fiorentini", "no intention", None),
        (I, "Linda Baker", "they had booked the trip in the summer after seeing photographs of the market online",
            None),
        (D, "Linda Baker", "It's a shame, but if the rules weren't followed then I suppose they had to do something,",
            None),
        (S, None, "Natale diffuso", None),
    ],
    "actors": [
        actor("Valeria Fiorentini", "person", title="councillor for commerce", affiliation="Rome city council",
              aliases=["Valeria Fiorentini", "Fiorentini"], stance=1),
        actor("Giorgio Bevilacqua", "person", title="president of the Navona traders' association",
              aliases=["Giorgio Bevilacqua", "Bevilacqua"], stance=-1),
        actor("Fratelli d'Italia group", "organisation", title="opposition group in the city assembly",
              affiliation="Fratelli d'Italia", aliases=["Fratelli d'Italia group", "Fratelli d'Italia"], stance=-1),
        actor("Codacons", "organisation", title="consumer association", aliases=["Codacons"], stance=-1),
        actor("Il Messaggero", "organisation", title="newspaper", aliases=["Il Messaggero"], stance=None),
        actor("Linda Baker", "person", title="tourist from Leeds", aliases=["Linda Baker", "Baker"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. ScienceNordic science/climate (the Norwegian Polar Institute ends a Svalbard glacier series), headline
#    and standfirst without speech, "Written by ..., forskning.no" and "Translated by" lines, plain
#    subheads, present tense throughout ("says", "tells", "writes", "adds", "points out"), straight " and
#    apostrophes, Norwegian place names. Scare so-called "mass balance"; institute "confirms to forskning.no
#    that A"; research director (surname that is an English word, Strand) quote with "says Hilde Strand",
#    a quote-only paragraph, "Strand says A, and that B" (one span); content before "according to the World
#    Glacier Monitoring Service"; content before "says glaciologist Sigurd Moe", quote with "he says", "Moe
#    calls the decision "..." and "..."" (two partials), "He points out that A" (indirect, like "noted");
#    content before "according to Sarah Whitlock, ...", quote with "Whitlock tells ScienceNordic"; ministry
#    "writes that ... is "..."" (partial only), "The ministry adds that A".
ARTICLES[f"{BATCH}/svalbard-glacier-series-polar-institute.gold.json"] = {
    "article": f"{BATCH}/svalbard-glacier-series-polar-institute.txt",
    "target": "Norwegian Polar Institute",
    "quotes": [
        (S, None, "mass balance", None),
        (I, "Norwegian Polar Institute", "the measurements on Austre Br\u00f8ggerbreen and the neighbouring Midtre "
            "Lov\u00e9nbreen will stop after the 2027 season", None),
        (D, "Hilde Strand", "This is a very difficult decision, and not one we have taken lightly,", None),
        (D, "Hilde Strand", "We have had a real cut in our budget two years in a row. When we have to choose, we must "
            "prioritise the measurements that give us the most new knowledge.", None),
        (I, "Hilde Strand", "the institute will continue to follow the two glaciers using satellite data and drones, "
            "and that the decision may be reversed if new funding is found", None),
        (I, "World Glacier Monitoring Service", "The two Svalbard glaciers are among around 40 glaciers worldwide "
            "with continuous measurements going back more than 50 years", None),
        (I, "Sigurd Moe", "Such long series are particularly valuable because they show how glaciers respond to "
            "changes in climate over several decades", None),
        (D, "Sigurd Moe", "You cannot go back in time and measure a year you have missed. Once the series is broken, "
            "it is broken,", None),
        (P, "Sigurd Moe", "short-sighted", None),
        (P, "Sigurd Moe", "very strange", None),
        (I, "Sigurd Moe", "Austre Br\u00f8ggerbreen has lost more than 30 metres of ice thickness in places since "
            "1967", None),
        (I, "Sarah Whitlock", "Satellite measurements are useful, but they still have to be checked against "
            "measurements made on the ground", None),
        (D, "Sarah Whitlock", "If Norway stops, it sends a signal to other countries that this kind of work is not "
            "important. I really hope they will reconsider,", None),
        (P, "Ministry of Climate and Environment", "a matter for the institute", None),
        (I, "Ministry of Climate and Environment", "the institute's budget for 2027 will be presented in the spring",
            None),
    ],
    "actors": [
        actor("Norwegian Polar Institute", "organisation", title="research institute",
              aliases=["Norwegian Polar Institute", "institute"], stance=0),
        actor("Hilde Strand", "person", title="research director", affiliation="Norwegian Polar Institute",
              aliases=["Hilde Strand", "Strand"], stance=1),
        actor("World Glacier Monitoring Service", "organisation", title="glacier data centre (Zurich)",
              aliases=["World Glacier Monitoring Service"], stance=None),
        actor("Sigurd Moe", "person", title="glaciologist", affiliation="University of Oslo",
              aliases=["Sigurd Moe", "Moe"], stance=-1),
        actor("Sarah Whitlock", "person", title="glaciologist", affiliation="University of Bristol",
              aliases=["Sarah Whitlock", "Whitlock"], stance=-1),
        actor("Ministry of Climate and Environment", "government", title="ministry", affiliation="Norway",
              aliases=["Ministry of Climate and Environment", "ministry"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
