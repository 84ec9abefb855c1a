"""Build the dev122 gold files (data/eval/dev122/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev122/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev122.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev122"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Irrawaddy (Myanmar's junta signs a small-reactor deal with Rosatom), Title Case headline without
#    speech, "By The Irrawaddy" byline and date line, straight " and apostrophes, "U"/"Daw" honorifics.
#    Lede content before "the junta-controlled newspaper The Global New Light of Myanmar reported";
#    "According to the newspaper, A and B" (one span); "It did not say" (negated); minister "told the newspaper
#    that the reactor would "..." and give ..." (partial only: no second subject), then "he said"; Rosatom
#    "said in a statement ... that A and that B"; executive "described Myanmar as "..." and said B"; NUG
#    ministry "said ... that any agreement ... was "..." and warned that B"; spokesman named after the quote,
#    then a quote-only paragraph; anonymous analyst "told The Irrawaddy the project was "..."", then "the
#    analyst said"; ambassador "said ... that the cooperation was "..."", then "he told reporters"; activist
#    group "said ... showed that the company "..."" (partial only), "called on ..." (directive); IAEA "said
#    A"; resident named after the quote, then a quote-only paragraph.
ARTICLES[f"{BATCH}/myanmar-rosatom-small-reactor.gold.json"] = {
    "article": f"{BATCH}/myanmar-rosatom-small-reactor.txt",
    "target": "Russia",
    "quotes": [
        (I, "The Global New Light of Myanmar", "Myanmar's military regime has signed an agreement with Russia's state "
            "nuclear corporation Rosatom to build a small modular reactor near Naypyitaw", None),
        (I, "The Global New Light of Myanmar", "the 110-megawatt plant will be built in two phases and Russian "
            "universities will train around 300 Myanmar engineers to run it", None),
        (P, "U Ko Ko Lwin", "end our dependence on the rains", None),
        (D, "U Ko Ko Lwin", "Russia is a true friend that has never turned its back on Myanmar. Other countries give "
            "us sanctions, Russia gives us technology,", None),
        (I, "Rosatom", "the agreement covered the design, construction and fuelling of the plant and that Russia "
            "would take back spent fuel for reprocessing", None),
        (P, "Andrei Lyubimov", "a promising partner in Southeast Asia", None),
        (I, "Andrei Lyubimov", "similar projects were under discussion with two other countries in the region", None),
        (P, "Ministry of Electricity and Energy", "illegitimate and void", None),
        (I, "Ministry of Electricity and Energy", "Rosatom would be held responsible for any damage to Myanmar's "
            "environment", None),
        (D, "U Kyaw Zaw Oo", "The regime cannot keep the lights on in Yangon, and now it wants to play with nuclear "
            "fuel in the middle of a civil war,", None),
        (D, "U Kyaw Zaw Oo", "Who will guarantee the safety of this reactor when the fighting reaches Naypyitaw?", None),
        (P, "Yangon-based energy analyst", "more about politics than electricity", None),
        (D, "Yangon-based energy analyst", "A small reactor will take at least eight years to build if everything "
            "goes well, and in Myanmar nothing goes well. The junta needs Moscow's support at the UN, and Moscow needs "
            "new customers for its reactors,", None),
        (P, "Yevgeny Dorokhin", "not directed against any third country", None),
        (D, "Yevgeny Dorokhin", "We do not interfere in the internal affairs of Myanmar. We work with the government "
            "that exists,", None),
        (P, "Justice For Myanmar", "has no red lines", None),
        (I, "International Atomic Energy Agency", "it had not been notified of the agreement", None),
        (D, "Daw Thandar", "We were told about the nuclear plant on Facebook. Nobody asked us,", None),
        (D, "Daw Thandar", "We only want electricity for our shop in the evening, not a bomb next door.", None),
    ],
    "actors": [
        actor("The Global New Light of Myanmar", "organisation", title="junta-controlled newspaper",
              affiliation="Myanmar military regime",
              aliases=["The Global New Light of Myanmar", "Global New Light of Myanmar", "the newspaper"], stance=0),
        actor("U Ko Ko Lwin", "person", title="Electric Power Minister", affiliation="Myanmar military regime",
              aliases=["U Ko Ko Lwin", "Ko Ko Lwin"], stance=1),
        actor("Rosatom", "organisation", title="Russia's state nuclear corporation", affiliation="Russia",
              aliases=["Rosatom"], stance=1),
        actor("Andrei Lyubimov", "person", title="deputy director general", affiliation="Rosatom",
              aliases=["Andrei Lyubimov", "Lyubimov"], stance=1),
        actor("Ministry of Electricity and Energy", "government", title="ministry",
              affiliation="National Unity Government (NUG)", aliases=["Ministry of Electricity and Energy"], stance=-1),
        actor("U Kyaw Zaw Oo", "person", title="spokesman", affiliation="National Unity Government (NUG)",
              aliases=["U Kyaw Zaw Oo", "Kyaw Zaw Oo"], stance=-1),
        actor("Yangon-based energy analyst", "person", title="energy analyst (anonymous)",
              aliases=["Yangon-based energy analyst", "the analyst"], stance=0),
        actor("Yevgeny Dorokhin", "person", title="Russian Ambassador to Myanmar", affiliation="Russia",
              aliases=["Yevgeny Dorokhin", "Dorokhin"], stance=1),
        actor("Justice For Myanmar", "organisation", title="activist group", aliases=["Justice For Myanmar"], stance=-1),
        actor("International Atomic Energy Agency", "organisation", aliases=["International Atomic Energy Agency"],
              stance=None),
        actor("Daw Thandar", "person", title="tea shop owner, 46", affiliation="Pyinmana",
              aliases=["Daw Thandar", "Thandar"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Jiji Press (a contractor admits falsifying concrete test data), Title Case headline without speech,
#    "Tokyo, Dec. 9 (Jiji Press)--" dateline, straight " and apostrophes, "pct", American punctuation inside
#    closing marks. Company "said Wednesday that A" and "said B" (the contractor, by description); president
#    named in the attribution after his quote (shares a surname with the company: "Hoshino" alone is always
#    the president, "Hoshino Construction" the company); "Hoshino ... said A", "He said A"; Q&A "Asked whether
#    ..., Hoshino said, "..."" (direct); "According to the company, A"; scare "known among site workers as
#    "sashikae,""; ministry "said it has instructed ..." (a reported fact, indirect); minister named after
#    his quote; city "said A"; association head "said residents had been given "..."" (partial only), then
#    "Tanabe said"; anonymous analyst "said A", then "the analyst said"; panel head "Ueno said A".
ARTICLES[f"{BATCH}/hoshino-construction-concrete-data.gold.json"] = {
    "article": f"{BATCH}/hoshino-construction-concrete-data.txt",
    "target": "Hoshino Construction",
    "quotes": [
        (I, "Hoshino Construction", "employees had falsified concrete strength test data for a 22-story condominium "
            "building in Yokohama completed in 2024", None),
        (I, "Hoshino Construction", "records for at least 41 of 180 test samples taken during construction had been "
            "rewritten to show values above the design standard", None),
        (D, "Ryo Hoshino", "We deeply apologize to the residents and to everyone concerned for causing such great "
            "anxiety,", None),
        (I, "Ryo Hoshino", "he learned of the problem in October after a whistle-blower contacted the company's "
            "compliance office", None),
        (I, "Ryo Hoshino", "the company will pay for an independent inspection of the building and cover residents' "
            "hotel costs if they choose to move out during the checks", None),
        (D, "Ryo Hoshino", "Based on our own calculations, we believe there is no immediate risk of collapse. But we "
            "cannot ask residents to rely on our word alone.", None),
        (I, "Hoshino Construction", "three employees of a subcontracted testing firm and one site supervisor were "
            "involved", None),
        (S, None, "sashikae,", None),
        (I, "land ministry", "it has instructed Hoshino Construction to report on all buildings it has constructed in "
            "the past 10 years, numbering about 140", None),
        (D, "Hiroshi Mori", "This is an act that betrays the trust of people who buy homes. We will respond strictly,",
         None),
        (I, "Yokohama city government", "it will send building inspectors to the site Friday", None),
        (P, "Keiko Tanabe", "almost no explanation", None),
        (D, "Keiko Tanabe", "My grandchildren stay with us on weekends. How am I supposed to tell my daughter the "
            "building is safe when the company itself does not know?", None),
        (I, "analyst at a major securities company", "the cost of inspections and possible rebuilding could exceed the "
            "company's annual net profit of about 3.1 billion yen", None),
        (D, "analyst at a major securities company", "The damage to the brand may turn out to be bigger than the cost "
            "itself,", None),
        (I, "Shigeru Ueno", "the panel will aim to release its findings by the end of March", None),
    ],
    "actors": [
        actor("Hoshino Construction", "organisation", title="general contractor",
              aliases=["Hoshino Construction", "Hoshino Construction Co.", "the company"], stance=0),
        actor("Ryo Hoshino", "person", title="President", affiliation="Hoshino Construction",
              aliases=["Ryo Hoshino", "Hoshino"], stance=1),
        actor("land ministry", "government", affiliation="Japan", aliases=["land ministry"], stance=-1),
        actor("Hiroshi Mori", "person", title="land minister", affiliation="Japan",
              aliases=["Hiroshi Mori", "Mori"], stance=-1),
        actor("Yokohama city government", "government", aliases=["Yokohama city government"], stance=0),
        actor("Keiko Tanabe", "person", title="head of the residents' association, 61",
              aliases=["Keiko Tanabe", "Tanabe"], stance=-1),
        actor("analyst at a major securities company", "person", title="analyst (anonymous)",
              aliases=["analyst at a major securities company", "the analyst"], stance=0),
        actor("Shigeru Ueno", "person", title="head of the outside investigative panel, former judge",
              aliases=["Shigeru Ueno", "Ueno"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. NT News (the Police Commissioner under fire over the Alice Springs youth curfew), headline opening with a
#    straight single quote before a colon ("'We will not be bullied': Top cop ..."), standfirst without speech,
#    byline/date/masthead lines after the standfirst, lede opening in capitals, straight " and apostrophes,
#    "Ms"/"Mr". Headline quote -> direct for Whitby (the "Top cop" the headline names); present-tense "says A,
#    insisting the policy is "..." despite ..." (indirect plus partial only); "said A." then "what she called
#    a "..."" (partial); "she said" and a quote-only paragraph; union president "said morale ... was "..." and
#    that B" (partial plus indirect), "Mr Rush said", content before "he said"; "backed her top cop" (act);
#    Chief Minister "told Mix 104.9"; opposition leader "said A "..." and that B"; mayor "said A", "Mr Lovell
#    said"; NAAJA "said A and called for ..." (directive not annotated); newsagent "said A", "he said";
#    "READ MORE:" lines not annotated.
ARTICLES[f"{BATCH}/alice-curfew-commissioner-whitby.gold.json"] = {
    "article": f"{BATCH}/alice-curfew-commissioner-whitby.txt",
    "target": "Karen Whitby",
    "quotes": [
        (D, "Karen Whitby", "We will not be bullied", None),
        (I, "Karen Whitby", "she will not step down over the chaotic first week of the Alice Springs youth curfew", None),
        (P, "Karen Whitby", "working", None),
        (I, "Karen Whitby", "officers had picked up 43 young people in the curfew zone since December 4", None),
        (P, "Karen Whitby", "safe adult", None),
        (D, "Karen Whitby", "I understand people are frustrated. I'm frustrated. But we will not be bullied out of "
            "doing our job by people who want a headline,", None),
        (D, "Karen Whitby", "This curfew was never going to fix 20 years of problems in a fortnight.", None),
        (P, "Dean Rush", "the lowest I've seen in 25 years", None),
        (I, "Dean Rush", "63 officers had lodged transfer requests since October", None),
        (D, "Dean Rush", "Our members are being sent into the curfew zone with no youth workers, no transport and no "
            "clear instructions. That's on the Commissioner,", None),
        (I, "Dean Rush", "The association will hold a vote of no confidence in Ms Whitby's leadership next week", None),
        (D, "Jess Coleman", "Karen has my full confidence. She's been handed one of the hardest jobs in the country and "
            "she's doing it,", None),
        (P, "Tamsin Ward", "rushed out for a press release", None),
        (I, "Tamsin Ward", "both the Chief Minister and the Commissioner had questions to answer", None),
        (I, "Greg Lovell", "businesses in the CBD had reported 14 break-ins over the weekend, up from six the weekend "
            "before", None),
        (D, "Greg Lovell", "I'm not interested in who's to blame. I'm interested in whether my town is safer, and right "
            "now it isn't,", None),
        (I, "North Australian Aboriginal Justice Agency", "the curfew was being enforced almost entirely against "
            "Aboriginal children", None),
        (I, "Con Petrakis", "he backed the curfew but not the way it had been run", None),
        (D, "Con Petrakis", "Give it a proper go, with proper numbers, then judge it,", None),
    ],
    "actors": [
        actor("Karen Whitby", "person", title="Police Commissioner", affiliation="NT Police",
              aliases=["Karen Whitby", "Whitby", "Ms Whitby", "Karen", "Commissioner", "Top cop"], stance=1),
        actor("Dean Rush", "person", title="president", affiliation="NT Police Association",
              aliases=["Dean Rush", "Rush", "Mr Rush"], stance=-1),
        actor("Jess Coleman", "person", title="Chief Minister", affiliation="Northern Territory Government",
              aliases=["Jess Coleman", "Coleman", "Ms Coleman", "Chief Minister"], stance=1),
        actor("Tamsin Ward", "person", title="Opposition Leader", aliases=["Tamsin Ward", "Ward"], stance=-1),
        actor("Greg Lovell", "person", title="Alice Springs Mayor", aliases=["Greg Lovell", "Lovell", "Mr Lovell"],
              stance=0),
        actor("North Australian Aboriginal Justice Agency", "organisation",
              aliases=["North Australian Aboriginal Justice Agency", "NAAJA"], stance=-1),
        actor("Con Petrakis", "person", title="Todd Mall newsagent", aliases=["Con Petrakis", "Petrakis"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Oman Observer (dengue cases rise in Seeb; the Ministry of Health's response), headline without speech,
#    byline and "MUSCAT, DEC 12" lines, straight " and apostrophes, British spelling, Omani names with
#    "bin"/"al" (the director is named Said: "Dr Al Lamki" on later references). Lede content before "the
#    ministry said"; "In a statement carried by ..., the ministry said A and that B"; director in a title chain
#    "said A", "Dr Al Lamki told the Observer", "He said A"; scare slogan "Together Against Dengue"; "has urged
#    residents to ..." (directive); municipality "said in a separate statement that A"; group "residents of ...
#    said A"; resident named after the quote; second resident "said her building's management had reported ...
#    "..." before ..." (partial only); Q&A "Asked whether ..., Dr Al Lamki replied: "..."" (direct); Shura member
#    "wrote on X that the ministry's "..." deserved ... but that prevention needed "..."" (two partials);
#    "According to the World Health Organization, A"; "said the ministry expected ... to fall "..." by January"
#    (partial only).
ARTICLES[f"{BATCH}/seeb-dengue-ministry-of-health.gold.json"] = {
    "article": f"{BATCH}/seeb-dengue-ministry-of-health.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Ministry of Health", "The Ministry of Health (MoH) has recorded 214 confirmed cases of dengue fever in the "
            "Wilayat of Seeb since the start of November", None),
        (I, "Ministry of Health", "no deaths had been recorded and that most patients had been treated as outpatients",
         None),
        (I, "Said bin Hamad al Lamki", "the rise was linked to heavy rains in October that left stagnant water in "
            "construction sites, farms and water tanks", None),
        (D, "Said bin Hamad al Lamki", "The situation is under control, but we need the community to do its part. Most "
            "of the breeding sites we are finding are inside homes and farms, not in public areas,", None),
        (I, "Said bin Hamad al Lamki", "more than 60 teams from the ministry and Muscat Municipality had inspected over "
            "9,000 houses since November 20", None),
        (S, None, "Together Against Dengue", None),
        (I, "Muscat Municipality", "it had issued 38 fines to construction companies for leaving stagnant water on their "
            "sites, with penalties of up to RO 500", None),
        (I, "residents of Al Mawaleh South and Al Hail North", "the fogging had come too late", None),
        (D, "Khalid al Hinai", "My son was in hospital for four days in November. The fogging vehicle came to our street "
            "for the first time only this week,", None),
        (P, "Fatma al Balushi", "more than once", None),
        (D, "Said bin Hamad al Lamki", "We activated the response plan on the day the first cluster was confirmed. Dengue "
            "does not follow a timetable, and we cannot either.", None),
        (P, "Mohammed bin Ali al Kindi", "swift response", None),
        (P, "Mohammed bin Ali al Kindi", "long-term planning, not seasonal campaigns", None),
        (I, "World Health Organization", "dengue cases have risen sharply across the Gulf region over the past five "
            "years, driven partly by higher temperatures and rapid urbanisation", None),
        (P, "Said bin Hamad al Lamki", "significantly", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", affiliation="Oman",
              aliases=["Ministry of Health", "MoH", "the ministry"], stance=1),
        actor("Said bin Hamad al Lamki", "person",
              title="Director of the Department of Communicable Disease Surveillance and Control",
              affiliation="Ministry of Health", aliases=["Said bin Hamad al Lamki", "Al Lamki", "al Lamki"], stance=1),
        actor("Muscat Municipality", "government", aliases=["Muscat Municipality"], stance=None),
        actor("residents of Al Mawaleh South and Al Hail North", "group",
              aliases=["residents of Al Mawaleh South and Al Hail North"], stance=-1),
        actor("Khalid al Hinai", "person", title="resident, father of three", affiliation="Al Mawaleh South",
              aliases=["Khalid al Hinai", "al Hinai"], stance=-1),
        actor("Fatma al Balushi", "person", title="resident", aliases=["Fatma al Balushi", "al Balushi"], stance=-1),
        actor("Mohammed bin Ali al Kindi", "person", title="Member of the Shura Council for Seeb",
              affiliation="Shura Council", aliases=["Mohammed bin Ali al Kindi", "al Kindi"], stance=0),
        actor("World Health Organization", "organisation", aliases=["World Health Organization"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
