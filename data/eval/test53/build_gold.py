"""Build the test53 gold files (data/eval/test53/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test53/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test53.  Standard library only.
HELD OUT, like ../test/: do not read while tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test53"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}


# ---------------------------------------------------------------------------------------------
# 1. Naval News (a Royal Navy patrol ship shadows a Russian frigate escorting sanctioned tankers), headline
#    without speech, "Tobias Hartmann  04 Dec 2026" line, straight " and apostrophes, US punctuation inside
#    closing marks; scare so-called "shadow fleet"; Royal Navy "said in a statement ... that A, and that the
#    operation had been conducted "..."" (indirect plus partial); content before "according to the Royal
#    Navy"; CO's quote with "HMS Tyne's commanding officer, Lieutenant Commander Rhys Morgan, said", then a
#    quote-only paragraph; caption ending "(Royal Navy photo)"; Russian MoD "said on its Telegram channel that
#    the frigate was performing "..." in ..." (partial only); embassy "defended the passage" (act), quote split
#    by "the embassy said"; minister "told MPs on Thursday that A", "She said the government would "...""
#    (partial only); anonymous officer "described the escorts as "..."" (partial only); analyst "said A", quote
#    with "Brennan said"; Dutch navy "said A".
ARTICLES[f"{BATCH}/russian-frigate-channel-shadow-fleet.gold.json"] = {
    "article": f"{BATCH}/russian-frigate-channel-shadow-fleet.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "shadow fleet", None),
        (I, "Royal Navy", "the River-class offshore patrol vessel HMS Tyne had monitored the frigate Admiral Lobov and "
            "the tankers as they transited the Dover Strait on December 1 and 2", None),
        (P, "Royal Navy", "safely and professionally on both sides.", None),
        (I, "Royal Navy", "It joined the two tankers off the Danish straits before heading south through the North Sea",
            None),
        (D, "Rhys Morgan", "Our job is to know exactly who is in our waters and what they are doing. We did that job,",
            None),
        (D, "Rhys Morgan", "The Russian ship kept its distance and followed the rules of the road. So did we.", None),
        (P, "Russia's Ministry of Defence", "planned tasks to ensure the safety of Russian merchant shipping", None),
        (D, "Russian Embassy in London", "Russian ships enjoy the same freedom of navigation under international law as "
            "any other vessels,", None),
        (D, "Russian Embassy in London", "Attempts to present a routine passage as a threat to Britain are pure "
            "propaganda.", None),
        (I, "Lucy Prentice", "the number of Russian warship transits through British waters had roughly doubled in 2026",
            None),
        (P, "Lucy Prentice", "not be intimidated.", None),
        (P, "A senior Royal Navy officer", "a deliberate test of NATO's patience and of our hull numbers.", None),
        (I, "Aoife Brennan", "Moscow was using warships to protect tankers that Western navies might otherwise inspect or "
            "detain", None),
        (D, "Aoife Brennan", "The escorts are as much a political signal as a military one. They say: these tankers are "
            "ours, and touching them means touching the Russian state. At the same time, Russia does not have enough "
            "frigates to do this for every ship,", None),
        (I, "Royal Netherlands Navy", "its patrol vessel HNLMS Groningen had taken over the monitoring of the group as it "
            "entered the Dutch exclusive economic zone on Tuesday night", None),
    ],
    "actors": [
        actor("Royal Navy", "organisation", title="navy", affiliation="United Kingdom", aliases=["Royal Navy"],
              stance=0),
        actor("Rhys Morgan", "person", title="commanding officer, HMS Tyne", affiliation="Royal Navy",
              aliases=["Rhys Morgan", "Morgan", "Lieutenant Commander Rhys Morgan"], stance=0),
        actor("Russia's Ministry of Defence", "government", title="defence ministry", affiliation="Russia",
              aliases=["Russia's Ministry of Defence", "Ministry of Defence"], stance=1),
        actor("Russian Embassy in London", "government", affiliation="Russia",
              aliases=["Russian Embassy in London", "embassy"], stance=1),
        actor("Lucy Prentice", "person", title="Minister for the Armed Forces", affiliation="UK government",
              aliases=["Lucy Prentice", "Prentice", "Minister for the Armed Forces"], stance=-1),
        actor("A senior Royal Navy officer", "person", title="anonymous senior officer", affiliation="Royal Navy",
              aliases=["A senior Royal Navy officer"], stance=-1),
        actor("Aoife Brennan", "person", title="naval analyst",
              affiliation="International Institute for Strategic Studies (IISS)", aliases=["Aoife Brennan", "Brennan"],
              stance=0),
        actor("Royal Netherlands Navy", "organisation", title="navy", affiliation="Netherlands",
              aliases=["Royal Netherlands Navy"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Modern Healthcare (a for-profit hospital operator closes a rural labor and delivery unit), headline
#    without speech, byline and "December 2, 2026 04:15 PM" lines, straight " and apostrophes, US punctuation
#    inside closing marks; lede without a cue; company "said in a statement that the unit had become "..."
#    because of ..." (partial only), then content before "the company said"; CEO "said A", quote with "Whitt
#    said in an interview"; Q&A "Asked whether ..., he said: "...""; state health department "said A and was
#    reviewing B" (one span); content before "according to Chartis"; scare so-called "maternity care
#    deserts"; OB-GYN "said A", quote with "Randolph said", "She said A but would have to B" (one span);
#    anonymous nurse "said nurses had been told the decision was "..."" (partial only), then "She said A";
#    county mayor "called the closure "..."" (partial); expectant mother (surname Lane) "said A", quote with
#    "Lane said"; company "said A, and would offer B" (one span).
ARTICLES[f"{BATCH}/cardinal-ridge-labor-delivery-closure.gold.json"] = {
    "article": f"{BATCH}/cardinal-ridge-labor-delivery-closure.txt",
    "target": "Cardinal Ridge Health",
    "quotes": [
        (P, "Cardinal Ridge Health", "unsustainable", None),
        (I, "Cardinal Ridge Health", "The hospital delivered 211 babies in fiscal 2026, down from 390 five years earlier",
            None),
        (I, "Bradley Whitt", "Cardinal Ridge had spent more than $4 million on travel nurses and locum obstetricians at "
            "Hartsville over the past two years without being able to fill the unit's schedule reliably", None),
        (D, "Bradley Whitt", "No one at Cardinal Ridge wanted to make this decision. But we will not run a unit where we "
            "cannot guarantee a qualified team on every shift. That would be the real risk to mothers,", None),
        (D, "Bradley Whitt", "We would look at it. I won't make promises I can't keep.", None),
        (I, "Tennessee Department of Health", "it had received the required notice of the service change and was "
            "reviewing the company's plan for emergency deliveries", None),
        (I, "Chartis", "More than 100 rural hospitals nationwide have stopped offering obstetric care since 2020", None),
        (S, None, "maternity care deserts", None),
        (I, "Keisha Randolph", "she learned of the closure at a staff meeting the day before it was announced", None),
        (D, "Keisha Randolph", "The company talks about safety, but the safest thing for a woman in labor is not a "
            "70-minute ambulance ride on a two-lane road in February,", None),
        (I, "Keisha Randolph", "she would continue to see patients at her clinic in Hartsville but would have to send "
            "them to Nashville or Cookeville to deliver", None),
        (P, "A labor and delivery nurse at the hospital", "final and financial.", None),
        (I, "A labor and delivery nurse at the hospital", "several nurses had offered to work extra shifts to keep the "
            "unit open", None),
        (P, "Hollis Reed", "a gut punch", None),
        (I, "Amber Lane", "she had planned to deliver at Hartsville, as she did with her daughter in 2023", None),
        (D, "Amber Lane", "Now my birth plan is basically to hope the baby waits until we get to the interstate,", None),
        (I, "Cardinal Ridge Health", "it would keep the hospital's emergency department and outpatient services open, and "
            "would offer free transport to prenatal appointments in Nashville for patients who need it", None),
    ],
    "actors": [
        actor("Cardinal Ridge Health", "organisation", title="for-profit hospital operator", affiliation="Nashville",
              aliases=["Cardinal Ridge Health", "Cardinal Ridge", "company"], stance=1),
        actor("Bradley Whitt", "person", title="CEO", affiliation="Cardinal Ridge Health",
              aliases=["Bradley Whitt", "Whitt"], stance=1),
        actor("Tennessee Department of Health", "government", affiliation="Tennessee",
              aliases=["Tennessee Department of Health"], stance=None),
        actor("Chartis", "organisation", title="healthcare consulting firm", aliases=["Chartis"], stance=None),
        actor("Keisha Randolph", "person", title="OB-GYN", affiliation="Hartsville Regional Medical Center",
              aliases=["Keisha Randolph", "Randolph", "Dr. Keisha Randolph"], stance=-1),
        actor("A labor and delivery nurse at the hospital", "person", title="anonymous nurse",
              affiliation="Hartsville Regional Medical Center", aliases=["A labor and delivery nurse at the hospital"],
              stance=-1),
        actor("Hollis Reed", "person", title="Trousdale County Mayor", aliases=["Hollis Reed", "Reed"], stance=-1),
        actor("Amber Lane", "person", title="expectant mother", aliases=["Amber Lane", "Lane"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Dezeen architecture (an architect defends his concert hall extension), headline without speech,
#    standfirst "has hit back at ..." (act), "Nadia Osei | 3 December 2026" line, straight " and apostrophes,
#    British punctuation, "złoty"; heritage institute "said in a statement ... that the design would "..." of
#    ..., and that B" (partial plus indirect); architect "told Dezeen that A", quote with "he said", then a
#    quote-only paragraph; Q&A "Asked whether ..., Zalewski said: "...""; content before "the studio said";
#    petition "calling for ..." (directive); critic "writing in ... called the extension "..." and said
#    Zalewski had "..."" (two partials); chief architect "said A, and that B" (one span), quote with "Kruk
#    said"; director "said A", quote with "she told Dezeen" (first name "Marek" inside); scare "Wrocław 2030"
#    programme; closing "Other recent ... projects on Dezeen" line.
ARTICLES[f"{BATCH}/marek-zalewski-wroclaw-concert-hall.gold.json"] = {
    "article": f"{BATCH}/marek-zalewski-wroclaw-concert-hall.txt",
    "target": "Marek Zalewski",
    "quotes": [
        (P, "National Institute of Cultural Heritage", "overwhelm the proportions", None),
        (I, "National Institute of Cultural Heritage", "the city should hold an international competition before "
            "approving any extension", None),
        (I, "Marek Zalewski", "the objections misunderstood both the original building and his proposal", None),
        (D, "Marek Zalewski", "The people who built this hall in 1934 were radicals. They were not copying the past, they "
            "were arguing with it,", None),
        (D, "Marek Zalewski", "If we put a polite glass box behind it, we would be betraying the spirit of the building "
            "while pretending to respect it.", None),
        (D, "Marek Zalewski", "We have already made it lower twice. At some point a building has to be allowed to be a "
            "building.", None),
        (I, "Pracownia Zalewski", "The copper cladding would weather to a dark brown within about ten years", None),
        (P, "Jakub Mróz", "an expensive shout", None),
        (P, "Jakub Mróz", "never designed a building that knew how to whisper.", None),
        (I, "Agata Kruk", "the project had been through every stage of the approval process required by law, and that the "
            "city had no plans to hold a new competition", None),
        (D, "Agata Kruk", "I understand the emotion. This is a building people love. But the decision will be made on the "
            "basis of planning law, not the number of signatures on a petition,", None),
        (I, "Ewa Lis", "the orchestra had been rehearsing in a converted gymnasium for six years", None),
        (D, "Ewa Lis", "Our musicians need a proper home. Marek listened to them more than any architect I have worked "
            "with,", None),
        (S, None, "Wrocław 2030", None),
    ],
    "actors": [
        actor("National Institute of Cultural Heritage", "government", title="heritage body", affiliation="Poland",
              aliases=["National Institute of Cultural Heritage"], stance=-1),
        actor("Marek Zalewski", "person", title="architect", affiliation="Pracownia Zalewski",
              aliases=["Marek Zalewski", "Zalewski", "Marek"], stance=1),
        actor("Pracownia Zalewski", "organisation", title="architecture studio",
              aliases=["Pracownia Zalewski", "studio"], stance=None),
        actor("Jakub Mróz", "person", title="Critic", affiliation="Architektura", aliases=["Jakub Mróz", "Mróz"],
              stance=-1),
        actor("Agata Kruk", "person", title="chief architect", affiliation="City of Wrocław",
              aliases=["Agata Kruk", "Kruk"], stance=0),
        actor("Ewa Lis", "person", title="director", affiliation="Hala Muzyczna", aliases=["Ewa Lis", "Lis"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Ahval diplomacy/climate (Iraq and Turkey clash over Tigris water releases), headline with a straight
#    single fragment "Iraq accuses Turkey of 'strangling' Tigris" (partial for Iraq), "Dec 05 2026 11:40
#    Gmt+3" line, straight " and apostrophes, British punctuation outside closing marks, Turkish diacritics;
#    "summoned Turkey's ambassador" (act); minister "said A", quote with "al-Saadi told a news conference",
#    "He said A"; Turkish ministry "rejected the accusations" (act), then "the ministry said Turkey had "..."
#    and that B" (partial plus indirect); minister with a common-word surname (Kaya) "said A", quote with "Kaya
#    said in remarks broadcast by ..."; "Pro-government daily Sabah reported that A"; content before
#    "according to the U.N. Food and Agriculture Organization (FAO)"; "farmers say A" (group); farmer "said
#    A", quote split by "Jabbar told Ahval by phone"; hydrologist "said A", quote with "Şen told Ahval";
#    "Critics of ... have long argued that A"; anonymous Turkish diplomat "said releases would increase "...""
#    (partial only); scare so-called "Development Road".
ARTICLES[f"{BATCH}/turkey-iraq-tigris-water-dispute.gold.json"] = {
    "article": f"{BATCH}/turkey-iraq-tigris-water-dispute.txt",
    "target": "Turkey",
    "quotes": [
        (P, "Iraq", "strangling", "Iraq accuses Turkey"),
        (I, "Haider al-Saadi", "Turkey had cut releases from the Ilısu Dam in southeastern Anatolia to less than a third "
            "of the level agreed between the two countries in 2023", None),
        (D, "Haider al-Saadi", "Turkey is strangling the Tigris. What reaches our border today is not a river, it is a "
            "stream,", None),
        (I, "Haider al-Saadi", "Iraq would raise the issue at the Arab League and, if necessary, at the United Nations "
            "Security Council", None),
        (P, "Foreign Ministry", "always acted as a responsible upstream country", None),
        (I, "Foreign Ministry", "the region as a whole was suffering from the lowest rainfall recorded in decades", None),
        (I, "Cevdet Kaya", "Turkish farmers in the provinces of Batman and Diyarbakır were also facing severe shortages",
            None),
        (D, "Cevdet Kaya", "We share the water, and we also share the drought. Turkey cannot send water that does not fall "
            "from the sky,", None),
        (I, "Sabah", "Ankara had offered Baghdad a permanent joint commission to manage releases from Turkish dams, in "
            "exchange for Iraqi cooperation against Kurdistan Workers' Party (PKK) militants in the north of the "
            "country", None),
        (I, "Food and Agriculture Organization", "Water flows into Iraq on the Tigris and Euphrates have fallen by around "
            "40 percent over the past two decades", None),
        (I, "farmers", "the crisis has already ended the winter wheat season before it started", None),
        (I, "Kadhim Jabbar", "he had not been able to plant at all this year", None),
        (D, "Kadhim Jabbar", "My father and my grandfather farmed this land. I am the first one who will leave it,", None),
        (D, "Kadhim Jabbar", "Ankara decides, and we pay.", None),
        (I, "Deniz Şen", "both countries bore responsibility for the crisis", None),
        (D, "Deniz Şen", "Turkey has built dams without any real agreement with its neighbours, that is true. But Iraq "
            "loses more than half of its water to evaporation and leaking canals. Blaming Ankara alone is politics, not "
            "science,", None),
        (I, "Critics of President Recep Tayyip Erdoğan's government", "Ankara uses its control of the two rivers as a "
            "lever over Baghdad and Damascus", None),
        (P, "A Turkish diplomat", "as soon as the reservoirs allow.", None),
        (S, None, "Development Road", None),
    ],
    "actors": [
        actor("Iraq", "country", aliases=["Iraq"], stance=-1),
        actor("Haider al-Saadi", "person", title="Water Resources Minister", affiliation="Iraq",
              aliases=["Haider al-Saadi", "al-Saadi"], stance=-1),
        actor("Foreign Ministry", "government", affiliation="Turkey",
              aliases=["Foreign Ministry", "Turkey's Foreign Ministry", "ministry"], stance=1),
        actor("Cevdet Kaya", "person", title="Agriculture and Forestry Minister", affiliation="Turkey",
              aliases=["Cevdet Kaya", "Kaya"], stance=1),
        actor("Sabah", "organisation", title="pro-government daily", affiliation="Turkey", aliases=["Sabah"],
              stance=None),
        actor("Food and Agriculture Organization", "organisation", title="U.N. agency", affiliation="United Nations",
              aliases=["Food and Agriculture Organization", "FAO"], stance=None),
        actor("farmers", "group", title="farmers in Maysan province", affiliation="Iraq", aliases=["farmers"],
              stance=None),
        actor("Kadhim Jabbar", "person", title="farmer", affiliation="Maysan province, Iraq",
              aliases=["Kadhim Jabbar", "Jabbar"], stance=-1),
        actor("Deniz Şen", "person", title="hydrologist", affiliation="Istanbul Technical University",
              aliases=["Deniz Şen", "Şen"], stance=0),
        actor("Critics of President Recep Tayyip Erdoğan's government", "group",
              aliases=["Critics of President Recep Tayyip Erdoğan's government"], stance=-1),
        actor("A Turkish diplomat", "person", title="anonymous diplomat", affiliation="Turkey",
              aliases=["A Turkish diplomat"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
