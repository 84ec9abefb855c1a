"""Build the dev128 gold files (data/eval/dev128/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev128/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev128.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev128"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Northern Miner (Canadian mining trade press) (Russia's Polyus delays its Sukhoi Log gold project),
#    headline and standfirst without speech, "By ..." and "December 8, 2026" lines, straight " and apostrophes,
#    "oz.", "US$4.1 billion", punctuation inside the closing mark. Lede "has delayed ..., citing "..." in ..."
#    (partial for Polyus); "In a filing with the Moscow Exchange ..., the company said A and that B" (one span);
#    "according to Polyus" (content before the cue; the participial "making it ..." is the writer's); CEO "told
#    analysts on a conference call that A, and that lead times had "..."" (indirect plus partial), quote split by
#    "Vostrikov said"; ministry "said in a statement that the project remained a "..." and that B" (partial plus
#    indirect); content before "according to several Western analysts who follow the company" (a group); analyst
#    "said the cost overrun was "..."" (partial only), quote "she told The Northern Miner"; consultant "said
#    Russian miners had adapted to sanctions "..."" (partial only), quote "Rosen said in an interview"; "but the
#    company said A"; unnamed GAC spokesperson "said Ottawa continued to "..." the Russian gold trade and was
#    working ..." (partial plus indirect for the coordinated clause).
ARTICLES[f"{BATCH}/russia-sukhoi-log-delay-polyus.gold.json"] = {
    "article": f"{BATCH}/russia-sukhoi-log-delay-polyus.txt",
    "target": "Russia",
    "quotes": [
        (P, "Polyus", "logistical complications", None),
        (I, "Polyus", "construction of the processing plant in the Irkutsk region was about 55% complete and that total "
            "capital costs had risen to US$4.1 billion, from an earlier estimate of US$3.3 billion", None),
        (I, "Polyus", "Sukhoi Log holds about 40 million oz. of gold in reserves", None),
        (I, "Alexei Vostrikov", "most of the key equipment was now being sourced from Chinese suppliers", None),
        (P, "Alexei Vostrikov", "roughly doubled", None),
        (D, "Alexei Vostrikov", "We have replaced practically every Western supplier. It took time, it cost money, but "
            "the project is not in question,", None),
        (D, "Alexei Vostrikov", "Sukhoi Log will be built, and it will be built by Russian engineers.", None),
        (P, "Russia's Ministry of Natural Resources and Environment", "strategic priority", None),
        (I, "Russia's Ministry of Natural Resources and Environment", "the government would extend tax incentives granted "
            "to it in 2021", None),
        (I, "several Western analysts", "The delay is the latest sign of the strain that sanctions have placed on "
            "Russia's mining sector", None),
        (P, "Raisa Okonjo", "not a surprise to anyone who has tried to buy a SAG mill without access to Metso or "
            "FLSmidth.", None),
        (D, "Raisa Okonjo", "The Chinese equipment is good, and getting better, but it is not a like-for-like "
            "replacement at this scale. I would not be surprised if 2029 slips again,", None),
        (P, "Gennady Rosen", "faster than anyone in the West expected.", None),
        (D, "Gennady Rosen", "People in Toronto like to think the Russian industry is falling apart. It isn't. It is "
            "slower and more expensive, but it works,", None),
        (I, "Polyus", "its output is now sold mainly to buyers in China, India and the Middle East", None),
        (P, "A spokesperson for Global Affairs Canada", "monitor closely", None),
        (I, "A spokesperson for Global Affairs Canada", "was working with G7 partners to close loopholes that allow "
            "Russian bullion to reach Western markets through third countries", None),
    ],
    "actors": [
        actor("Polyus", "organisation", title="Russia's biggest gold producer", affiliation="Russia",
              aliases=["Polyus"], stance=1),
        actor("Alexei Vostrikov", "person", title="chief executive", affiliation="Polyus",
              aliases=["Alexei Vostrikov", "Vostrikov"], stance=1),
        actor("Russia's Ministry of Natural Resources and Environment", "government", affiliation="Russia",
              aliases=["Russia's Ministry of Natural Resources and Environment"], stance=1),
        actor("several Western analysts", "group", title="analysts who follow Polyus",
              aliases=["several Western analysts"], stance=-1),
        actor("Raisa Okonjo", "person", title="mining analyst", affiliation="Halyard Securities",
              aliases=["Raisa Okonjo", "Okonjo"], stance=-1),
        actor("Gennady Rosen", "person", title="consultant, former Moscow-based executive",
              aliases=["Gennady Rosen", "Rosen"], stance=1),
        actor("A spokesperson for Global Affairs Canada", "person", title="unnamed spokesperson",
              affiliation="Global Affairs Canada", aliases=["A spokesperson for Global Affairs Canada"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. New Era (Namibia) health (cancer patients sent home as a state hospital runs out of chemotherapy drugs),
#    headline without speech, byline, "WINDHOEK –" dateline, straight " and apostrophes, "(54)" ages, "N$",
#    New Era idiom ("narrated how", "he explained"), e-mail sign-off. Group "Patients who spoke to New Era yesterday
#    said A"; patient "narrated how A" (indirect without "how"), quote "she said" and a quote-only paragraph;
#    superintendent "confirmed the shortage, saying A" (the noun object is an act; the participial clause is
#    indirect), "Kavari said A, and that no patient had been refused "..." treatment" (indirect plus partial), quote
#    "he explained", "He added that A"; executive director "said A and blamed the shortage on a "..." at ..."
#    (indirect plus partial), "According to Shilongo, A"; procurement board "denied responsibility, saying A and
#    that delivery "..."" (indirect plus partial); union "said nurses ... were being "..." by ..." (partial only);
#    coordinator "said A", quote "Haimbodi said"; MP "described the situation as "..." and said B" (partial plus
#    indirect); scare so-called "drug desert".
ARTICLES[f"{BATCH}/katutura-hospital-oncology-drugs.gold.json"] = {
    "article": f"{BATCH}/katutura-hospital-oncology-drugs.txt",
    "target": "Katutura Intermediate Hospital",
    "quotes": [
        (I, "Patients who spoke to New Era", "they had been sent home and told to return next month, some after "
            "travelling from as far as Opuwo and Katima Mulilo", None),
        (I, "Ester Nghipondoka", "she spent N$900 on a taxi from Oshakati only to be turned away on Monday", None),
        (D, "Ester Nghipondoka", "They told me the medicine is finished. I asked them, what must I do? The cancer is not "
            "going to wait for the medicine,", None),
        (D, "Ester Nghipondoka", "I am not the only one. There were many of us sitting outside, some of them very sick.",
         None),
        (I, "Tjikundi Kavari", "orders had been placed with the Central Medical Stores but the suppliers had not yet "
            "delivered", None),
        (I, "Tjikundi Kavari", "patients in the most urgent condition were still being treated with the limited stock "
            "available", None),
        (P, "Tjikundi Kavari", "life-saving", None),
        (D, "Tjikundi Kavari", "We are prioritising. It is a painful decision, but it is a clinical one, and it is made "
            "by doctors, not administrators,", None),
        (I, "Tjikundi Kavari", "the hospital had arranged for some patients to be referred to the private Namibia "
            "Oncology Centre at government cost", None),
        (I, "Ndapewa Shilongo", "the ministry was aware of the situation", None),
        (P, "Ndapewa Shilongo", "delayed tender process", None),
        (I, "Ndapewa Shilongo", "an emergency procurement worth N$14 million was approved last Thursday, and the first "
            "consignment is expected to arrive in Windhoek before Christmas", None),
        (I, "Central Procurement Board of Namibia", "it had finalised the tender in October", None),
        (P, "Central Procurement Board of Namibia", "falls outside the board's mandate", None),
        (P, "Namibia Public Workers Union", "verbally abused", None),
        (I, "Paulus Haimbodi", "the union would write to the ministry this week", None),
        (D, "Paulus Haimbodi", "Our nurses are the ones facing the patients. They are crying with them. Management must "
            "come out and explain to the public,", None),
        (P, "Hilma Kapenda", "a disgrace in a country that spends billions on health", None),
        (I, "Hilma Kapenda", "she would table questions in the National Assembly", None),
        (S, None, "drug desert", None),
    ],
    "actors": [
        actor("Patients who spoke to New Era", "group", title="patients", aliases=["Patients who spoke to New Era"],
              stance=-1),
        actor("Ester Nghipondoka", "person", title="cancer patient", aliases=["Ester Nghipondoka", "Nghipondoka"],
              stance=-1),
        actor("Tjikundi Kavari", "person", title="medical superintendent", affiliation="Katutura Intermediate Hospital",
              aliases=["Tjikundi Kavari", "Kavari"], stance=1),
        actor("Ndapewa Shilongo", "person", title="Health executive director",
              affiliation="Ministry of Health and Social Services", aliases=["Ndapewa Shilongo", "Shilongo"], stance=1),
        actor("Central Procurement Board of Namibia", "government", title="procurement board",
              aliases=["Central Procurement Board of Namibia", "Central Procurement Board"], stance=None),
        actor("Namibia Public Workers Union", "organisation", title="union",
              aliases=["Namibia Public Workers Union", "Napwu"], stance=None),
        actor("Paulus Haimbodi", "person", title="Khomas regional coordinator", affiliation="Namibia Public Workers Union",
              aliases=["Paulus Haimbodi", "Haimbodi"], stance=-1),
        actor("Hilma Kapenda", "person", title="parliamentarian", affiliation="Popular Democratic Movement",
              aliases=["Hilma Kapenda", "Kapenda"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Lancashire Telegraph courts (a Darwen shopkeeper jailed for selling illegal vapes to children), headline
#    without speech, byline with "Court reporter", lede opening in capitals ("A DARWEN"), curly double marks and
#    curly apostrophes, British punctuation outside the fragment, "Ms"/"Mr", "Cllr", a judge named Lord. Lede
#    "with a judge telling him he had "..."" (partial for the judge, named later); "admitted 11 offences" (a plea,
#    not speech); "Prosecuting, X said A"; scare "known locally as "the sweet shop""; "Ms Kenyon said A"; "In a
#    police interview, Duckworth said A"; "Defending, X said his client was "..." of ..., and that B" (partial plus
#    indirect), quote "Mr Stone said"; "Sentencing, Judge X told Duckworth: "..." open at the end of its line and a
#    closed quote-only paragraph; "Judge Lord said A and that B" (one span); council member "said: "..."", "She
#    said A and that B" (one span); anonymous mother "who asked not to be named, told the Lancashire Telegraph:
#    "..."".
ARTICLES[f"{BATCH}/darwen-shopkeeper-illegal-vapes-jailed.gold.json"] = {
    "article": f"{BATCH}/darwen-shopkeeper-illegal-vapes-jailed.txt",
    "target": "Kieran Duckworth",
    "quotes": [
        (P, "Philippa Lord", "put profit before the health of children", None),
        (I, "Sarah Kenyon", "Trading Standards officers had seized 4,300 unlicensed vapes from the shop, on Bolton Road, "
            "and from a lock-up garage rented by Duckworth in Hoddlesden during raids in February", None),
        (S, None, "the sweet shop", None),
        (I, "Sarah Kenyon", "laboratory tests had shown some of the devices held up to ten times the legal limit of "
            "nicotine liquid", None),
        (I, "Kieran Duckworth", "he had bought the vapes from a man in a car park in Bolton and had not known they were "
            "illegal", None),
        (P, "Mark Stone", "deeply ashamed", None),
        (I, "Mark Stone", "he had since lost both the shop and his marriage", None),
        (D, "Mark Stone", "He is a man of previously good character who made a very stupid decision when the shop was "
            "struggling. He does not seek to excuse it,", None),
        (D, "Philippa Lord", "You knew exactly what you were doing. Children came into your shop in their school "
            "uniforms and you sold to them, again and again, because it was easy money.", None),
        (D, "Philippa Lord", "These devices are not sweets. They are unregulated products containing dangerous amounts "
            "of nicotine, and you sold them to children whose lungs are still developing.", None),
        (I, "Philippa Lord", "the targeting of children was a serious aggravating feature and that only an immediate "
            "custodial sentence could be justified", None),
        (D, "Jenny Pickup", "This sentence sends a very clear message. If you sell illegal vapes to our children, we "
            "will find you and we will take you to court.", None),
        (I, "Jenny Pickup", "the council had carried out 64 test purchases this year and that one in five shops visited "
            "had sold vapes to under-18s", None),
        (D, "A mother whose 12-year-old son bought vapes from the shop", "My son was coughing every night and I "
            "couldn\u2019t work out why. When I found out where he was getting them, I went straight to trading "
            "standards. I\u2019m glad he\u2019s gone to prison.", None),
    ],
    "actors": [
        actor("Philippa Lord", "person", title="Judge", affiliation="Preston Crown Court",
              aliases=["Philippa Lord", "Judge Lord", "Lord"], stance=-1),
        actor("Sarah Kenyon", "person", title="prosecutor", aliases=["Sarah Kenyon", "Kenyon"], stance=-1),
        actor("Kieran Duckworth", "person", title="shopkeeper, defendant", aliases=["Kieran Duckworth", "Duckworth"],
              stance=1),
        actor("Mark Stone", "person", title="defence counsel", aliases=["Mark Stone", "Stone"], stance=1),
        actor("Jenny Pickup", "person", title="executive member for public health",
              affiliation="Blackburn with Darwen Council", aliases=["Jenny Pickup", "Pickup"], stance=-1),
        actor("A mother whose 12-year-old son bought vapes from the shop", "person", title="anonymous parent",
              aliases=["A mother whose 12-year-old son bought vapes from the shop"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Kilkenny People culture/local (a theatre's owners will close it and seek permission for apartments),
#    headline without speech, "Kilkenny People Reporter" and "Wed, 9 Dec 2026" lines, straight " and
#    apostrophes, British punctuation outside fragments, "€600,000", "Cllr X (Lab)", Irish names with fadas
#    (Síle Ní Mhurchú, Bricín). Company "said in a statement that A and was "..." as ..." (indirect plus partial),
#    "The company said A, and that B" (one span); managing director named after the first stretch ("said managing
#    director Owen Brennan"), quote resumed; artistic director "said the company had been given "..." before ..."
#    (partial only), quote "she told the Kilkenny People", "She said A, and that B" (one span); "disputed that
#    account" (act); unnamed spokesperson "said A and had found their proposal "..."" (indirect plus partial);
#    councillor Martin Brennan ("not related", shared surname) "said A", quote "Cllr Brennan said at ..."; arts
#    officer "said A, but that it would "..." to ..." (indirect plus partial); scare so-called "Playhouse panto".
ARTICLES[f"{BATCH}/marble-city-playhouse-closure.gold.json"] = {
    "article": f"{BATCH}/marble-city-playhouse-closure.txt",
    "target": "Brennan Leisure Group",
    "quotes": [
        (I, "Brennan Leisure Group", "the 220-seat theatre had lost money in five of the last six years", None),
        (P, "Brennan Leisure Group", "no longer viable", None),
        (I, "Brennan Leisure Group", "it had spent more than \u20ac600,000 on repairs and fire safety works since taking "
            "over the building, and that it had tried without success to find a theatre operator willing to lease it",
         None),
        (D, "Owen Brennan", "We understand how much the Playhouse means to people in Kilkenny, and this was not an easy "
            "decision,", None),
        (D, "Owen Brennan", "But we cannot keep subsidising losses indefinitely. The building needs a future, and we "
            "believe this is the right one.", None),
        (P, "S\u00edle N\u00ed Mhurch\u00fa", "less than a week's notice", None),
        (D, "S\u00edle N\u00ed Mhurch\u00fa", "They talk about viability. Nobody asked us what it would take to make it "
            "viable. There are people in this city who learned to love theatre in that room,", None),
        (I, "S\u00edle N\u00ed Mhurch\u00fa", "local groups had offered to run the venue as a community co-operative, and "
            "that the offer was never answered", None),
        (I, "A spokesperson", "the group had met representatives of the campaign twice, in July and September", None),
        (P, "A spokesperson", "not financially credible", None),
        (I, "Martin Brennan", "the council should consider buying the building", None),
        (D, "Martin Brennan", "Kilkenny calls itself a cultural capital. If we let the only mid-sized theatre in the "
            "county become apartments, we should stop saying it,", None),
        (I, "Deirdre Kinsella", "the council had not received a formal approach from the owners", None),
        (P, "Deirdre Kinsella", "look at all options", None),
        (S, None, "Playhouse panto", None),
    ],
    "actors": [
        actor("Brennan Leisure Group", "organisation", title="owner of the Marble City Playhouse",
              aliases=["Brennan Leisure Group"], stance=1),
        actor("Owen Brennan", "person", title="managing director", affiliation="Brennan Leisure Group",
              aliases=["Owen Brennan"], stance=1),
        actor("S\u00edle N\u00ed Mhurch\u00fa", "person", title="artistic director", affiliation="Bric\u00edn Theatre Company",
              aliases=["S\u00edle N\u00ed Mhurch\u00fa", "N\u00ed Mhurch\u00fa"], stance=-1),
        actor("A spokesperson", "person", title="unnamed spokesperson", affiliation="Brennan Leisure Group",
              aliases=["A spokesperson"], stance=1),
        actor("Martin Brennan", "person", title="councillor (Lab)", affiliation="Labour Party",
              aliases=["Martin Brennan", "Cllr Brennan", "Brennan"], stance=-1),
        actor("Deirdre Kinsella", "person", title="arts officer", affiliation="Kilkenny County Council",
              aliases=["Deirdre Kinsella", "Kinsella"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
