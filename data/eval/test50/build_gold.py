"""Build the test50 gold files (data/eval/test50/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when that
text occurs more than once, by an anchor (a string occurring exactly once in the article) from whose start
the text is searched. Run from anywhere:  python3 data/eval/test50/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test50.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test50"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Asbarez (Russia raises the gas price for Armenia), Title Case headline without speech, dateline
#    "YEREVAN (Combined Sources)—" with an em dash and no space, curly double quotes and apostrophes, American
#    punctuation inside. Lede content before "the Armenian government confirmed on Tuesday"; minister "told
#    reporters ... that the government had been notified ... "..."" (partial only), two stretches split by
#    "Avetisyan said"; "He said A and would B" (one span); subsidiary "said the new price reflected "..." and
#    remained "..."" (two partials); scare so-called "gas-for-property" agreement; deputy foreign minister "told
#    RIA Novosti ... that A", quote with "he said"; opposition MP "blamed ... for the increase" (act), quote with
#    "Hakobyan said during a session of parliament"; regulator "said A and that B" (one span); analyst "said the
#    increase was "..." as long as ..." (partial only), two stretches split by "Zakaryan said"; pensioner "told
#    Azatutyun that A"; "did not respond to a request for comment" (not annotated).
ARTICLES[f"{BATCH}/gazprom-armenia-gas-price-rise.gold.json"] = {
    "article": f"{BATCH}/gazprom-armenia-gas-price-rise.txt",
    "target": "Russia",
    "quotes": [
        (I, "Armenian government", "Russia\u2019s Gazprom will raise the price of the natural gas it supplies to Armenia "
            "from $165 to $198 per 1,000 cubic meters from January 1", None),
        (P, "Narek Avetisyan", "in writing and without prior negotiation.", None),
        (D, "Narek Avetisyan", "We were told, not asked,", None),
        (D, "Narek Avetisyan", "Armenia pays its bills on time. We expected to be treated as a partner.", None),
        (I, "Narek Avetisyan", "the government would not pass the full increase on to households in 2027 and would "
            "cover part of it from the state budget", None),
        (P, "Gazprom Armenia", "market conditions and the cost of transit through Georgia", None),
        (P, "Gazprom Armenia", "among the lowest in the region.", None),
        (S, None, "gas-for-property", None),
        (I, "Yuri Aksyonov", "the decision was a purely commercial matter between companies", None),
        (D, "Yuri Aksyonov", "Those who look for political motives everywhere should perhaps ask themselves why they "
            "see them,", None),
        (D, "Levon Hakobyan", "You cannot insult your main energy supplier every week and then act surprised when the "
            "bill arrives,", None),
        (I, "Public Services Regulatory Commission", "it would review household tariffs in December and that any "
            "change would take effect no earlier than February", None),
        (P, "Lilit Zakaryan", "a reminder of how little leverage Armenia has", None),
        (D, "Lilit Zakaryan", "Armenia imports more than 80 percent of its gas from Russia. There is an Iranian "
            "pipeline, but it is small and it is tied to an electricity swap,", None),
        (D, "Lilit Zakaryan", "Diversification is a ten-year project, not a ten-week one.", None),
        (I, "Hasmik Petrosyan", "her winter gas bill already took a quarter of her pension", None),
    ],
    "actors": [
        actor("Armenian government", "government", affiliation="Armenia", aliases=["Armenian government"], stance=0),
        actor("Narek Avetisyan", "person", title="Minister of Territorial Administration and Infrastructure",
              affiliation="Armenia", aliases=["Narek Avetisyan", "Avetisyan"], stance=-1),
        actor("Gazprom Armenia", "organisation", title="Gazprom's local subsidiary", affiliation="Gazprom",
              aliases=["Gazprom Armenia"], stance=1),
        actor("Yuri Aksyonov", "person", title="Deputy Foreign Minister", affiliation="Russia",
              aliases=["Yuri Aksyonov", "Aksyonov"], stance=1),
        actor("Levon Hakobyan", "person", title="opposition lawmaker", affiliation="Armenia Alliance",
              aliases=["Levon Hakobyan", "Hakobyan"], stance=1),
        actor("Public Services Regulatory Commission", "government", title="utilities regulator", affiliation="Armenia",
              aliases=["Public Services Regulatory Commission"], stance=None),
        actor("Lilit Zakaryan", "person", title="energy analyst", affiliation="Energy Policy Institute",
              aliases=["Lilit Zakaryan", "Zakaryan"], stance=0),
        actor("Hasmik Petrosyan", "person", title="pensioner, 71", affiliation="Shengavit, Yerevan",
              aliases=["Hasmik Petrosyan", "Petrosyan"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Hamilton Spectator (labour: a steelmaker idles a blast furnace), headline without speech, standfirst
#    "Company blames U.S. tariffs; union says workers are paying for "..."" (partial for the union, the entity
#    it names; "Company blames U.S. tariffs" is an act), byline on two lines, "Wed., Dec. 2, 2026", curly
#    quotes and apostrophes, Canadian "per cent", American punctuation inside. Lede content before "the company
#    said Tuesday"; CEO "said A" in a letter, quote with "Desrochers wrote" and a quote-only paragraph; scare
#    "banked"; union president with a common-word surname "said A", two stretches split by "Frost said" (the
#    second repeats the standfirst's words), "He said A"; worker "said A", quote with "he said"; federal
#    department spokesperson "said A and that B" (one span); MPP "said the provincial government had "..." on
#    steel" (partial only); city director "said A"; analyst with a common-word surname "called the idling "..."
#    and said the company's balance sheet was "..."" (two partials); "The company said A and that B" (one span).
ARTICLES[f"{BATCH}/harbourline-steel-blast-furnace-layoffs.gold.json"] = {
    "article": f"{BATCH}/harbourline-steel-blast-furnace-layoffs.txt",
    "target": "Harbourline Steel",
    "quotes": [
        (P, "United Steelworkers Local 4170", "a boardroom gamble", "union says workers"),
        (I, "Harbourline Steel", "Harbourline Steel will idle its No. 2 blast furnace on Hamilton\u2019s bayfront for at "
            "least six months starting in February, laying off about 640 workers", None),
        (I, "Martin Desrochers", "50 per cent U.S. tariffs on Canadian steel had cut the company\u2019s exports to the "
            "United States by almost two-thirds since March 2025", None),
        (D, "Martin Desrochers", "We have done everything we can to avoid this day. We have cut costs, we have found new "
            "customers in Canada and Europe, and it has not been enough,", None),
        (D, "Martin Desrochers", "I want to be clear: this is an idling, not a closure.", None),
        (S, None, "banked", None),
        (I, "Gary Frost", "the union learned of the layoffs from a news release 20 minutes before the public "
            "announcement", None),
        (D, "Gary Frost", "The tariffs are real, nobody\u2019s denying that,", None),
        (D, "Gary Frost", "But this company paid out $210 million in dividends last year. Our members are paying for a "
            "boardroom gamble, and the shareholders aren\u2019t.", None),
        (I, "Gary Frost", "the union had requested a meeting with Harbourline\u2019s board before the end of the week",
            None),
        (I, "Ryan Mathers", "he found out from a co-worker\u2019s phone during his shift", None),
        (D, "Ryan Mathers", "I\u2019ve got a mortgage and two kids. Six months is a long time when you don\u2019t know if "
            "it\u2019s really six months,", None),
        (I, "spokesperson for Innovation, Science and Economic Development Canada", "the department was in contact with "
            "the company and that affected workers were eligible for federal Work-Sharing and retraining support",
            None),
        (P, "Sarah Ahmadi", "been asleep at the wheel", None),
        (I, "Priyanka Rao", "each job at the mill supported roughly three more in the region\u2019s supply chain, from "
            "trucking firms to machine shops", None),
        (P, "Carmen Wood", "the rational move", None),
        (P, "Carmen Wood", "in much better shape than the union suggests.", None),
        (I, "Harbourline Steel", "the layoffs would take effect Feb. 15 and that laid-off workers would keep their health "
            "benefits until the end of June", None),
    ],
    "actors": [
        actor("United Steelworkers Local 4170", "organisation", title="steelworkers' union local",
              aliases=["United Steelworkers Local 4170", "union"], stance=-1),
        actor("Harbourline Steel", "organisation", title="steelmaker",
              aliases=["Harbourline Steel", "Harbourline", "the company", "The company", "Company"], stance=1),
        actor("Martin Desrochers", "person", title="president and CEO", affiliation="Harbourline Steel",
              aliases=["Martin Desrochers", "Desrochers"], stance=1),
        actor("Gary Frost", "person", title="president", affiliation="United Steelworkers Local 4170",
              aliases=["Gary Frost", "Frost"], stance=-1),
        actor("Ryan Mathers", "person", title="crane operator, 34", affiliation="Harbourline Steel",
              aliases=["Ryan Mathers", "Mathers"], stance=-1),
        actor("spokesperson for Innovation, Science and Economic Development Canada", "person", title="spokesperson",
              affiliation="Innovation, Science and Economic Development Canada",
              aliases=["spokesperson for Innovation, Science and Economic Development Canada"], stance=None),
        actor("Sarah Ahmadi", "person", title="Hamilton Centre MPP", affiliation="Ontario legislature",
              aliases=["Sarah Ahmadi", "Ahmadi"], stance=None),
        actor("Priyanka Rao", "person", title="director of economic development", affiliation="City of Hamilton",
              aliases=["Priyanka Rao", "Rao"], stance=None),
        actor("Carmen Wood", "person", title="steel analyst", affiliation="Lakeshore Capital",
              aliases=["Carmen Wood", "Wood"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Waikato Times (the regional council raises its flood levy), headline and standfirst without speech,
#    byline and "05:00, Dec 03 2026" lines, straight " and apostrophes, "per cent", punctuation outside
#    fragments, macrons (Tūhoe), "READ MORE:" block with "*" items. Lede "despite warnings from Federated Farmers
#    that ratepayers are "..."" (partial); "Council staff told the meeting that A"; chair "said the council had
#    "..."" (partial only), quote with "she said", "Tūhoe said A, and expected B" (one span); minister's
#    spokesperson "said the application would be assessed "..." alongside ..." (partial only); councillor with a
#    common-word surname "said A", quote with "Sharp said"; farmers' president "said A"; iwi manager "said A but
#    wanted B" (one span); scare "Project Awa" programme; resident "said she would pay "..."" (partial only), quote
#    with "Fale said"; "According to NIWA, A".
ARTICLES[f"{BATCH}/waikato-flood-levy-stopbanks.gold.json"] = {
    "article": f"{BATCH}/waikato-flood-levy-stopbanks.txt",
    "target": "Waikato Regional Council",
    "quotes": [
        (P, "Federated Farmers", "at breaking point", None),
        (I, "Council staff", "several sections of stopbank could fail in a flood the size of May's if the work was not "
            "finished before winter 2028", None),
        (P, "Aroha T\u016bhoe", "no responsible alternative", None),
        (D, "Aroha T\u016bhoe", "We've had two one-in-100-year floods in four years. I'm not prepared to stand up after "
            "the next one and tell people we saw it coming and chose not to pay for it,", None),
        (I, "Aroha T\u016bhoe", "the council had applied to the Government's Regional Infrastructure Fund for about a "
            "third of the $118 million cost, and expected a decision by March", None),
        (P, "spokesperson for the Minister for Regional Development", "on its merits", None),
        (I, "Rob Sharp", "it fell hardest on dairy farmers already struggling with higher interest costs", None),
        (D, "Rob Sharp", "Nobody around that table disputes that the stopbanks need fixing. The question is who pays, "
            "and the answer today was: the same people as always,", None),
        (I, "Graeme Tuck", "about 40 per cent of the flood rate was paid by fewer than 900 rural properties", None),
        (I, "Rangi Paki", "the iwi supported the upgrades but wanted the new stopbanks set back far enough to allow "
            "wetland restoration along the river's edge", None),
        (S, None, "Project Awa", None),
        (P, "Losa Fale", "whatever it takes", None),
        (D, "Losa Fale", "I lost everything downstairs. If four dollars a week means my kids don't get woken up and "
            "evacuated in the middle of the night again, take it,", None),
        (I, "NIWA", "peak flows on the Waikato River at Mercer in May were the highest since records began in 1958",
            None),
    ],
    "actors": [
        actor("Federated Farmers", "organisation", title="farmers' lobby", aliases=["Federated Farmers"], stance=-1),
        actor("Council staff", "group", affiliation="Waikato Regional Council", aliases=["Council staff"], stance=1),
        actor("Aroha T\u016bhoe", "person", title="council chair", affiliation="Waikato Regional Council",
              aliases=["Aroha T\u016bhoe", "T\u016bhoe"], stance=1),
        actor("spokesperson for the Minister for Regional Development", "person", title="ministerial spokesperson",
              affiliation="New Zealand Government",
              aliases=["spokesperson for the Minister for Regional Development"], stance=None),
        actor("Rob Sharp", "person", title="regional councillor (Cr)", affiliation="Waikato Regional Council",
              aliases=["Rob Sharp", "Sharp"], stance=-1),
        actor("Graeme Tuck", "person", title="Federated Farmers Waikato president", affiliation="Federated Farmers",
              aliases=["Graeme Tuck", "Tuck"], stance=-1),
        actor("Rangi Paki", "person", title="environment manager", affiliation="Waikato-Tainui",
              aliases=["Rangi Paki", "Paki"], stance=0),
        actor("Losa Fale", "person", title="Meremere resident", aliases=["Losa Fale", "Fale"], stance=1),
        actor("NIWA", "organisation", title="climate and water research institute", aliases=["NIWA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Dorset Echo (courts: a restaurant owner fined over cockroaches), headline without speech, byline,
#    "Reporter" and "3rd December 2026" lines, lede opening in capitals ("A WEYMOUTH"), straight " and
#    apostrophes, punctuation outside fragments, "Mr"/"Ms". "He pleaded guilty" (not speech); prosecutor
#    "told the court that A"; content with a fragment before "he said" ("One was seen "..." while ..., he said":
#    partial only); "Mr Price said A and had not B" (one span), quote with "he said"; scare so-called "deep
#    clean"; "According to the Food Standards Agency, A"; defence "said her client had been "..." by the
#    findings, and that B" (partial plus indirect), quote with "Ms Karim said"; magistrate "told Yildiz: "...""
#    (direct); anonymous customer "told the Echo she had seen ..."; the defendant "said he was "..." and that
#    the restaurant, ..., was "..."" (two partials); portfolio holder "said: "..."".
ARTICLES[f"{BATCH}/harbour-grill-cockroach-fine-weymouth.gold.json"] = {
    "article": f"{BATCH}/harbour-grill-cockroach-fine-weymouth.txt",
    "target": "Mehmet Yildiz",
    "quotes": [
        (I, "Owen Price", "inspectors who visited the restaurant on June 18 found live cockroaches behind a fridge and in "
            "a dry-goods store", None),
        (P, "Owen Price", "crawling across a preparation surface", None),
        (I, "Owen Price", "Yildiz had been given written advice after an earlier inspection in 2024 and had not followed "
            "it", None),
        (D, "Owen Price", "This was not a one-off lapse. The defendant was told what needed to be done and chose not to "
            "do it,", None),
        (S, None, "deep clean", None),
        (I, "Food Standards Agency", "The Harbour Grill was given a food hygiene rating of zero after the June "
            "inspection", None),
        (P, "Ayesha Karim", "devastated", None),
        (I, "Ayesha Karim", "he had since spent \u00a39,000 on pest control, new door seals and a new kitchen floor",
            None),
        (D, "Ayesha Karim", "He is not a man who cuts corners deliberately. He was overwhelmed, and he has put it right,",
            None),
        (D, "Susan Hart", "The photographs we have seen would turn anyone's stomach. The public are entitled to expect "
            "better.", None),
        (I, "customer", "she had seen a cockroach on the wall of the dining room in May", None),
        (P, "Mehmet Yildiz", "ashamed", None),
        (P, "Mehmet Yildiz", "clean and safe today", None),
        (D, "Fiona Tapper", "Most food businesses in Dorset do a brilliant job, and we are always happy to help them. "
            "When a business ignores our advice, we will take action.", None),
    ],
    "actors": [
        actor("Owen Price", "person", title="prosecutor", affiliation="Dorset Council",
              aliases=["Owen Price", "Mr Price", "Price"], stance=-1),
        actor("Food Standards Agency", "organisation", title="food regulator", aliases=["Food Standards Agency"],
              stance=0),
        actor("Ayesha Karim", "person", title="defence solicitor", affiliation="for Mehmet Yildiz",
              aliases=["Ayesha Karim", "Ms Karim", "Karim"], stance=1),
        actor("Susan Hart", "person", title="presiding magistrate", affiliation="Poole Magistrates' Court",
              aliases=["Susan Hart", "Hart"], stance=-1),
        actor("customer", "person", title="anonymous customer", aliases=["customer"], stance=-1),
        actor("Mehmet Yildiz", "person", title="restaurant owner, 47", affiliation="The Harbour Grill",
              aliases=["Mehmet Yildiz", "Yildiz"], stance=0),
        actor("Fiona Tapper", "person", title="portfolio holder for public health (Cllr)", affiliation="Dorset Council",
              aliases=["Fiona Tapper", "Cllr Fiona Tapper", "Tapper"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
