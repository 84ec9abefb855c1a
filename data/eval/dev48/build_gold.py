"""Build the dev48 gold files (data/eval/dev48/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev46/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev48/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev48.  Standard library only.
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
# 1. Kyiv Post war news (Russian drones knock out power in Chernihiv Oblast), headline without
#    speech, byline and date-time lines, curly “ ” and ’ apostrophes, en dashes inside a quote and
#    around a gloss, American spelling. Lede content before "regional authorities said"; Air Force
#    "said A"; governor "said on Telegram that repair crews were working “...” but warned that B"
#    (partial plus indirect), then "Sahaidak wrote"; Ukrenergo "said in a statement that the damage
#    was “...” and that B" (partial plus indirect); minister "accused Moscow of “...”", then a quote
#    split by "she told journalists in Kyiv", resumed; Russia's Defense Ministry "said on Telegram that
#    ... “...” on “...” of Ukraine" (two partials); scare so-called “Invincibility Points” (glossed);
#    pharmacist named after the quote, then "she said"; "According to the State Emergency Service, A";
#    anonymous diplomat "described the strikes ... as “...” on civilians ..." (partial only); analyst
#    "said the regional grid was “...” than ..." (partial only), then "he said"; closing Ukrenergo
#    "said A and that B".
ARTICLES["data/eval/dev48/chernihiv-substations-russian-drone-strike.gold.json"] = {
    "article": "data/eval/dev48/chernihiv-substations-russian-drone-strike.txt",
    "target": "Russia",
    "quotes": [
        (I, "regional authorities", "Russian attack drones struck two electrical substations in Chernihiv Oblast "
            "overnight on Dec. 5, leaving about 200,000 households without power as temperatures fell below minus "
            "10 degrees Celsius", None),
        (I, "Ukraine\u2019s Air Force", "Russia had launched 74 Shahed-type drones and two Iskander-M ballistic "
            "missiles at Ukraine overnight, of which 61 drones were shot down or suppressed by electronic warfare",
            None),
        (P, "Viktor Sahaidak", "around the clock", None),
        (I, "Viktor Sahaidak", "some villages north of the city could remain without electricity for several days",
            None),
        (D, "Viktor Sahaidak", "The enemy is hitting precisely the things that keep people warm. This is not a war "
            "against the army \u2013 this is a war against grandmothers in unheated apartments,", None),
        (P, "Ukrenergo", "significant", None),
        (I, "Ukrenergo", "it had introduced emergency outage schedules in Chernihiv, Sumy and parts of Kyiv Oblast",
            None),
        (P, "Halyna Ostapchuk", "deliberately timing", None),
        (D, "Halyna Ostapchuk", "They wait for the cold. They check the forecast the way we check it, and then they "
            "send the drones,", None),
        (D, "Halyna Ostapchuk", "Every winter it is the same plan, and every winter they fail to break us.", None),
        (P, "Russia\u2019s Defense Ministry", "massive strike", None),
        (P, "Russia\u2019s Defense Ministry", "energy facilities supporting the military-industrial complex", None),
        (S, None, "Invincibility Points", None),
        (D, "Olena Kravets", "I have two children and a mother who cannot walk. We have candles, we have blankets, "
            "and we have anger,", None),
        (D, "Olena Kravets", "Russia wants us to leave. We will not leave,", None),
        (I, "State Emergency Service", "two people were injured by falling debris in the village of Kozelets, and "
            "the roof of a school building was damaged", None),
        (P, "Western diplomat in Kyiv", "a calculated campaign of pressure", None),
        (P, "Dmytro Lysenko", "far more resilient", None),
        (D, "Dmytro Lysenko", "But resilience is not immunity. Russia is betting that repetition will do what a "
            "single strike could not. If they hit the same nodes again next week, the repairs start from zero,", None),
        (I, "Ukrenergo", "power had been restored to around 60,000 consumers by Friday evening and that crews from "
            "Kyiv and Poltava oblasts had been sent to help", None),
    ],
    "actors": [
        actor("regional authorities", "government", title="regional authorities", affiliation="Chernihiv Oblast",
              aliases=["regional authorities"], stance=-1),
        actor("Ukraine\u2019s Air Force", "government", title="air force", affiliation="Ukraine",
              aliases=["Ukraine\u2019s Air Force", "Air Force"], stance=None),
        actor("Viktor Sahaidak", "person", title="Chernihiv Oblast Governor", affiliation="Ukraine",
              aliases=["Viktor Sahaidak", "Sahaidak"], stance=-1),
        actor("Ukrenergo", "organisation", title="national grid operator", affiliation="Ukraine",
              aliases=["Ukrenergo"], stance=-1),
        actor("Halyna Ostapchuk", "person", title="Energy Minister", affiliation="Ukraine",
              aliases=["Halyna Ostapchuk", "Ostapchuk"], stance=-1),
        actor("Russia\u2019s Defense Ministry", "government", title="defense ministry", affiliation="Russia",
              aliases=["Russia\u2019s Defense Ministry", "The ministry"], stance=1),
        actor("Olena Kravets", "person", title="pharmacist (Chernihiv)", aliases=["Olena Kravets", "Kravets"],
              stance=-1),
        actor("State Emergency Service", "government", title="emergency service", affiliation="Ukraine",
              aliases=["State Emergency Service"], stance=None),
        actor("Western diplomat in Kyiv", "person", title="anonymous Western diplomat",
              aliases=["Western diplomat in Kyiv"], stance=-1),
        actor("Dmytro Lysenko", "person", title="energy analyst", affiliation="Razumkov Centre",
              aliases=["Dmytro Lysenko", "Lysenko"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Chicago Tribune courts (a former alderman sentenced for bribery), headline with a straight single
#    fragment "judge calls bribery scheme 'a betrayal of the ward'", byline, "Chicago Tribune" and date
#    lines, straight " and apostrophes (Dugan's, that's), American punctuation inside closing marks,
#    "Ald.", "U.S. District Judge". Lede "a case that prosecutors called "..."" (partial); judge "said
#    Dugan's conduct was "..." that ..., and that ... "..."" (two partials), then "Moreno said from the
#    bench"; "had asked for probation" (a request) and the apology (an act); Dugan's quote split by
#    "Dugan said, his voice breaking", resumed; defense attorney "argued that A", then "called the term
#    "..." and said B"; trial testimony "testified that A"; Q&A "Asked by ... why ..., Kosar replied:
#    "..."" (direct); prosecutors' memo "wrote that Dugan "..." for ..." (partial only); "Liu told the
#    judge Friday: "..."" (direct); scare "aldermanic privilege," (glossed); "Reform groups have long
#    argued A"; FBI statement "said Dugan had "..." and thanked ..." (partial only); mayor's spokesperson
#    "said the city had "..." its ethics rules" (partial only); retired bus driver named after the first
#    stretch, resumed.
ARTICLES["data/eval/dev48/dugan-sentenced-bribery-archer-avenue.gold.json"] = {
    "article": "data/eval/dev48/dugan-sentenced-bribery-archer-avenue.txt",
    "target": "Raymond Dugan",
    "quotes": [
        (P, "Alicia Moreno", "a betrayal of the ward", "calls bribery scheme"),
        (P, "prosecutors", "a pay-to-play operation run out of a ward office.", None),
        (P, "Alicia Moreno", "a betrayal of the ward", "conduct was"),
        (P, "Alicia Moreno", "anyone at City Hall who still thinks this is how business gets done.", None),
        (D, "Alicia Moreno", "You were not a victim of the system, Mr. Dugan. You were the system,", None),
        (D, "Raymond Dugan", "I made mistakes, and I accept the jury's verdict. But I am not the man the government "
            "described in this courtroom,", None),
        (D, "Raymond Dugan", "For 16 years I answered my phone at 2 in the morning for anybody in that ward who "
            "needed help.", None),
        (I, "Thomas Brennan", "the government's case rested largely on the word of a developer who had cooperated to "
            "save himself", None),
        (P, "Thomas Brennan", "excessive", None),
        (I, "Thomas Brennan", "his client would appeal", None),
        (I, "Stephen Kosar", "he delivered cash to Dugan in envelopes tucked inside restaurant takeout bags at the "
            "alderman's ward office on South Pulaski Road", None),
        (D, "Stephen Kosar", "Because that's what the alderman told me to do. He said nobody looks twice at a guy "
            "carrying Italian beef.", None),
        (P, "prosecutors", "treated his zoning power as a personal ATM", None),
        (D, "Karen Liu", "The people of this city have heard apologies like this one many times, always after the "
            "verdict and never before it.", None),
        (S, None, "aldermanic privilege,", None),
        (I, "Reform groups", "the practice invites corruption", None),
        (P, "FBI's Chicago field office", "sold the trust of his constituents", None),
        (P, "spokesperson for the mayor's office", "significantly strengthened", None),
        (D, "Patricia Gonzalez", "I voted for him three times,", None),
        (D, "Patricia Gonzalez", "He got my alley fixed. I just didn't know what else he was fixing.", None),
    ],
    "actors": [
        actor("Alicia Moreno", "person", title="U.S. District Judge", affiliation="U.S. District Court",
              aliases=["Alicia Moreno", "Moreno", "judge"], stance=-1),
        actor("prosecutors", "group", title="federal prosecutors", aliases=["prosecutors", "Prosecutors"], stance=-1),
        actor("Raymond Dugan", "person", title="former alderman", affiliation="Chicago City Council",
              aliases=["Raymond Dugan", "Dugan"], stance=1),
        actor("Thomas Brennan", "person", title="defense attorney", aliases=["Thomas Brennan", "Brennan"], stance=1),
        actor("Stephen Kosar", "person", title="developer (cooperating witness)", aliases=["Stephen Kosar", "Kosar"],
              stance=-1),
        actor("Karen Liu", "person", title="Assistant U.S. Attorney", affiliation="U.S. Attorney's Office",
              aliases=["Karen Liu", "Liu"], stance=-1),
        actor("Reform groups", "group", title="reform groups", aliases=["Reform groups"], stance=None),
        actor("FBI's Chicago field office", "government", title="FBI field office", affiliation="FBI",
              aliases=["FBI's Chicago field office"], stance=-1),
        actor("spokesperson for the mayor's office", "person", title="unnamed spokesperson",
              affiliation="Chicago mayor's office", aliases=["spokesperson for the mayor's office"], stance=None),
        actor("Patricia Gonzalez", "person", title="retired CTA bus driver (former constituent)",
              aliases=["Patricia Gonzalez", "Gonzalez"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kyodo News business (an auto parts maker admits two decades of falsified brake data), headline
#    without speech, "KYODO NEWS - date - time | Business, All" line, no dateline, straight " and
#    apostrophes (company's, Japan's), American punctuation inside closing marks, "said Friday",
#    Japanese names by family name. Lede "said Friday it had A" (the writer's "the latest ..." left
#    out); "said an internal investigation had found that A, and that B" (one span); president named
#    after the quote ("President X said at a press conference ..."); "said A, and that there were no
#    plans ... "at this stage."" (indirect plus partial); "Asked whether he would resign, Kitamura said,
#    "..."" (comma before the quote); "Asked how ..., he said the division had been "..." to meet ..."
#    (partial only); ministry "said it would A" then "It also instructed ..." (a directive); minister
#    named after the quote; Toyota "said in a statement it was "..." with the supplier and that B"
#    (partial plus indirect); "declined to comment" (not speech); scare "monozukuri" (the writer's);
#    anonymous employee "said workers had been told ... to "..." whenever ..." (partial only), then "he
#    said"; analyst named after the first stretch, resumed; closing "The company said it would A".
ARTICLES["data/eval/dev48/kitamura-seiki-brake-data-falsified.gold.json"] = {
    "article": "data/eval/dev48/kitamura-seiki-brake-data-falsified.txt",
    "target": "Kitamura Seiki",
    "quotes": [
        (I, "Kitamura Seiki Co.", "it had falsified inspection data for brake components supplied to four Japanese "
            "automakers for about two decades", None),
        (I, "Kitamura Seiki Co.", "an internal investigation had found that workers at its plant in Kariya, Aichi "
            "Prefecture, entered test results for brake calipers that were never actually measured, and that the "
            "practice dated back to at least 2005", None),
        (D, "Hiroshi Kitamura", "We have betrayed the trust of our customers and of everyone who drives a car fitted "
            "with our parts. I offer my deepest apologies,", None),
        (I, "Hiroshi Kitamura", "retesting of stored samples had found no problems affecting safety", None),
        (P, "Hiroshi Kitamura", "at this stage.", None),
        (D, "Hiroshi Kitamura", "My first responsibility is to find out how this happened and to make sure it can "
            "never happen again. I will decide my own position after that.", None),
        (P, "Hiroshi Kitamura", "understaffed and under pressure", None),
        (I, "transport ministry", "it would conduct an on-site inspection of the Kariya plant next week", None),
        (D, "Kenji Arakawa", "It is extremely regrettable that this kind of misconduct continues to come to light. "
            "The safety of vehicles is the foundation of trust in Japanese manufacturing,", None),
        (P, "Toyota Motor Corp.", "verifying the facts", None),
        (I, "Toyota Motor Corp.", "production at its plants would not be affected for now", None),
        (S, None, "monozukuri", None),
        (P, "plant employee", "fill in the numbers", None),
        (D, "plant employee", "Everyone on the line knew. Nobody thought it was our place to say anything,", None),
        (D, "Yuko Sakamoto", "Suppliers at the bottom of the pyramid are squeezed on price every year by the "
            "automakers, and something has to give,", None),
        (D, "Yuko Sakamoto", "That does not excuse the company, but it explains why we keep seeing this.", None),
        (I, "Kitamura Seiki Co.", "it would set up a third-party committee of outside lawyers to investigate and "
            "publish its findings by the end of March", None),
    ],
    "actors": [
        actor("Kitamura Seiki Co.", "organisation", title="auto parts maker",
              aliases=["Kitamura Seiki Co.", "Kitamura Seiki", "The company"], stance=0),
        actor("Hiroshi Kitamura", "person", title="President", affiliation="Kitamura Seiki Co.",
              aliases=["Hiroshi Kitamura", "Kitamura"], stance=0),
        actor("transport ministry", "government", title="transport ministry", affiliation="Japan",
              aliases=["transport ministry"], stance=None),
        actor("Kenji Arakawa", "person", title="transport minister", affiliation="Japan",
              aliases=["Kenji Arakawa", "Arakawa"], stance=-1),
        actor("Toyota Motor Corp.", "organisation", title="automaker (customer)", aliases=["Toyota Motor Corp."],
              stance=0),
        actor("plant employee", "person", title="anonymous plant employee", affiliation="Kitamura Seiki Co.",
              aliases=["plant employee"], stance=-1),
        actor("Yuko Sakamoto", "person", title="senior analyst", affiliation="Tokai Tokyo Research Institute",
              aliases=["Yuko Sakamoto", "Sakamoto"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Citizen (Tanzania) transport (a bus shortage on Dar es Salaam's rapid transit), headline
#    without speech, "By Citizen Reporter", "Dar es Salaam." dateline, British spelling and fragment
#    punctuation outside the marks ("ago".), straight " and apostrophes (city's), "Mr"/"Ms"/"Dr",
#    "Sh4,000", a Swahili sentence with its translation in parentheses inside a quote. Agency "said A";
#    chief executive "told The Citizen that A and that B" (one span), then a quote split by "Dr Mushi
#    said", resumed; "He said A"; scare "mwendokasi" (the popular name, glossed); nurse "said A", then
#    "she said"; regulator "said it had summoned ... to explain what it called a "..." in ..." (partial
#    only); its spokesperson "said A", then "he said"; councillor "described the situation as "..." and
#    said B" (partial plus indirect); trader "said A", then a two-paragraph quote (the first open, the
#    second closed by "said Mr Mollel, who said B"); anonymous official "said ... "..."" (partial only).
ARTICLES["data/eval/dev48/dart-bus-shortage-kimara-route.gold.json"] = {
    "article": "data/eval/dev48/dart-bus-shortage-kimara-route.txt",
    "target": "Dar Rapid Transit Agency",
    "quotes": [
        (I, "Dar Rapid Transit Agency", "the shortage was caused by a delay in the arrival of spare parts ordered from "
            "abroad", None),
        (I, "Gabriel Mushi", "only 96 of the 210 buses in the fleet were operating and that a consignment of brake "
            "pads, tyres and gearbox parts ordered in August had been held up at the port", None),
        (D, "Gabriel Mushi", "We are not hiding anything from the public. The buses are there, but a bus without "
            "brake pads cannot carry passengers safely,", None),
        (D, "Gabriel Mushi", "We expect the first consignment to be cleared this week.", None),
        (I, "Gabriel Mushi", "the agency would deploy 40 buses leased from private operators from Monday as a "
            "stop-gap measure", None),
        (S, None, "mwendokasi", None),
        (I, "Rehema Juma", "she had waited for nearly two hours at the Ubungo station on Monday morning", None),
        (D, "Rehema Juma", "I left home at 5am and reached work at 9. My supervisor does not want to hear about "
            "Dart. Kila siku ni hadithi ile ile (Every day it is the same story),", None),
        (P, "Land Transport Regulatory Authority", "persistent decline", None),
        (I, "Nelson Mwakyusa", "the contract set a minimum number of buses that must be on the road during peak "
            "hours", None),
        (D, "Nelson Mwakyusa", "If that standard is not met, there will be consequences. Passengers pay for a "
            "service and they must receive it,", None),
        (P, "Hassan Mnyampala", "an embarrassment for a city that wants to be a regional hub", None),
        (I, "Hassan Mnyampala", "the government should consider bringing in a second operator to compete on the "
            "route", None),
        (I, "Baraka Mollel", "the shortage had made the stations dangerous", None),
        (D, "Baraka Mollel", "The problem is not only the buses. The stations are full of people pushing, "
            "pickpockets are working freely and there is nobody to ask for help.", None),
        (D, "Baraka Mollel", "When it rains, it is worse. Dart should tell us the truth about when this will end,",
            None),
        (I, "Baraka Mollel", "he now spends up to Sh4,000 a day on motorcycle taxis", None),
        (P, "Dart official", "more than six months ago", None),
    ],
    "actors": [
        actor("Dar Rapid Transit Agency", "government", title="rapid transit agency", affiliation="Tanzania",
              aliases=["Dar Rapid Transit Agency", "Dart", "the agency"], stance=1),
        actor("Gabriel Mushi", "person", title="chief executive", affiliation="Dar Rapid Transit Agency",
              aliases=["Gabriel Mushi", "Mushi", "Dr Mushi"], stance=1),
        actor("Rehema Juma", "person", title="nurse (Kimara)", aliases=["Rehema Juma", "Juma", "Ms Rehema Juma"],
              stance=-1),
        actor("Land Transport Regulatory Authority", "government", title="transport regulator", affiliation="Tanzania",
              aliases=["Land Transport Regulatory Authority", "Latra"], stance=-1),
        actor("Nelson Mwakyusa", "person", title="spokesperson", affiliation="Land Transport Regulatory Authority",
              aliases=["Nelson Mwakyusa", "Mwakyusa"], stance=-1),
        actor("Hassan Mnyampala", "person", title="Kimara ward councillor", aliases=["Hassan Mnyampala", "Mnyampala"],
              stance=-1),
        actor("Baraka Mollel", "person", title="trader (Mbezi-Kariakoo commuter)",
              aliases=["Baraka Mollel", "Mollel", "Mr Mollel"], stance=-1),
        actor("Dart official", "person", title="anonymous agency official", affiliation="Dar Rapid Transit Agency",
              aliases=["Dart official"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
