"""Build the test19 gold files (data/eval/test19/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev59/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test19/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test19.
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
# 1. High North News (Svalbard's Governor rejects a Russian helicopter base at Pyramiden), title-case
#    headline and standfirst without speech, photo caption "(Photo: NAME/High North News)", byline and
#    date lines, curly quotes and apostrophes, a "Read also:" line without speech. Lede content before
#    "the Governor's office (Sysselmesteren) said on Wednesday"; "In its decision, the office said ... "..."
#    in ... and that B" (partial plus indirect); Governor "told High North News the decision was based on
#    environmental law "..."" (partial only), quote with "Hatlevik said"; "Moscow reacted sharply" (not
#    speech); Foreign Ministry "said in a statement that Oslo was "..." the Russian presence ..." (partial
#    only), then "the statement said"; company director "said A", "Shchukin said"; consul general "told
#    RIA Novosti that A"; Norwegian ministry "said A, but that the treaty "..."" (indirect plus partial);
#    council leader "said she understood ... but worried ..." (one span), "she said"; researcher with a
#    common-word surname (Brun) "said Russia was "..." of the treaty regime" (partial only), "Brun said";
#    scare so-called "BRICS science centre"; anonymous resident "told High North News that A".
ARTICLES["data/eval/test19/pyramiden-helicopter-base-rejected.gold.json"] = {
    "article": "data/eval/test19/pyramiden-helicopter-base-rejected.txt",
    "target": "Russia",
    "quotes": [
        (I, "Governor\u2019s office", "The Governor of Svalbard has rejected an application from the Russian state coal "
            "company Trust Arktikugol to build a helicopter base at the abandoned mining settlement of Pyramiden",
            None),
        (P, "Governor\u2019s office", "extensive new infrastructure", None),
        (I, "Governor\u2019s office", "the application did not document a civilian need for two Mi-8 helicopters", None),
        (P, "Sigrun Hatlevik", "and nothing else", None),
        (D, "Sigrun Hatlevik", "We treat every application the same way, whether it comes from a Norwegian, a Russian or "
            "a Chinese company. This one did not meet the requirements,", None),
        (P, "Foreign Ministry", "systematically squeezing", None),
        (D, "Foreign Ministry", "We reserve the right to take measures to protect the legitimate interests of Russian "
            "economic entities on Spitsbergen,", None),
        (I, "Denis Shchukin", "the helicopters were needed for search and rescue and to bring tourists to Pyramiden, "
            "which the company has been turning into a destination since 2013", None),
        (D, "Denis Shchukin", "Nobody would say a word if this was a hotel company from Troms\u00f8. Because it is a "
            "Russian company, suddenly it is a security question,", None),
        (I, "Maxim Ryabov", "Moscow would raise the issue at the next round of consultations with Norway", None),
        (I, "Ministry of Justice and Public Security", "the decision could be appealed to the ministry", None),
        (P, "Ministry of Justice and Public Security", "does not give anyone the right to set aside Norwegian "
            "environmental law", None),
        (I, "Hanne Solheim", "she understood the decision but worried about the tone between the two communities",
            None),
        (D, "Hanne Solheim", "Up here we depend on each other when something goes wrong. When there is a rescue, nobody "
            "asks which passport you have,", None),
        (P, "Kjetil Brun", "testing the limits", None),
        (D, "Kjetil Brun", "Moscow knew this application would be rejected. The point is to have a grievance it can "
            "take to other treaty states, and perhaps to China,", None),
        (S, None, "BRICS science centre", None),
        (I, "Barentsburg resident", "most people in the town simply wanted to be left out of politics", None),
    ],
    "actors": [
        actor("Governor\u2019s office", "government", title="Governor of Svalbard's office (Sysselmesteren)",
              affiliation="Norway", aliases=["Governor\u2019s office", "Sysselmesteren"], stance=-1),
        actor("Sigrun Hatlevik", "person", title="Governor of Svalbard", affiliation="Norway",
              aliases=["Sigrun Hatlevik", "Hatlevik"], stance=0),
        actor("Foreign Ministry", "government", title="Russia's Foreign Ministry", affiliation="Russia",
              aliases=["Foreign Ministry"], stance=1),
        actor("Denis Shchukin", "person", title="director on the archipelago", affiliation="Trust Arktikugol",
              aliases=["Denis Shchukin", "Shchukin"], stance=1),
        actor("Maxim Ryabov", "person", title="Consul General in Barentsburg", affiliation="Russia",
              aliases=["Maxim Ryabov", "Ryabov"], stance=1),
        actor("Ministry of Justice and Public Security", "government", title="ministry responsible for Svalbard policy",
              affiliation="Norway", aliases=["Ministry of Justice and Public Security"], stance=-1),
        actor("Hanne Solheim", "person", title="leader of the Longyearbyen Community Council",
              aliases=["Hanne Solheim", "Solheim"], stance=0),
        actor("Kjetil Brun", "person", title="senior research fellow", affiliation="NUPI",
              aliases=["Kjetil Brun", "Brun"], stance=-1),
        actor("Barentsburg resident", "person", title="anonymous resident of Barentsburg",
              aliases=["Barentsburg resident"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fish Farmer (a salmon farmer's losses to gill disease), headline and standfirst without speech,
#    byline and date lines, curly quotes and apostrophes, British punctuation outside closing marks for
#    fragments, "£6 million". Lede content before "according to figures the company submitted to ... the
#    Fish Health Inspectorate" (the company's); "The company said the losses were caused by a "..." of
#    ..." (partial only); managing director "said: "...` open at the end of its line, then a closed
#    paragraph; "MacAulay said A and that B" (one span); Q&A "Asked whether ..., he replied: "...""; scare
#    "known in the industry as "fallowing""; SEPA "said it was "..." and that B" (partial plus indirect);
#    campaign group "described the losses as "..." and called for ..." (partial; directive), its campaigns
#    manager (Munro) named after his quote; trade body "said A and that gill health was "..."" (indirect
#    plus partial); councillor "said A and that islanders would want "..." about ..." (indirect plus
#    partial); anonymous worker "said A", "he said"; "According to the Fish Health Inspectorate, A".
ARTICLES["data/eval/test19/hebridean-sea-farms-gill-disease-losses.gold.json"] = {
    "article": "data/eval/test19/hebridean-sea-farms-gill-disease-losses.txt",
    "target": "Hebridean Sea Farms",
    "quotes": [
        (I, "Hebridean Sea Farms", "Hebridean Sea Farms lost around 1.1 million salmon at two farms in Loch Seaforth in "
            "November after an outbreak of complex gill disease", None),
        (P, "Hebridean Sea Farms", "perfect storm", None),
        (D, "Calum MacAulay", "This has been a devastating few weeks for everyone who works on these farms. Our staff "
            "have worked around the clock, and I want to thank them.", None),
        (D, "Calum MacAulay", "We are investing \u00a36 million in new treatment and monitoring equipment, and we will "
            "be reviewing stocking densities at both sites.", None),
        (I, "Calum MacAulay", "the dead fish had been taken to a licensed rendering plant on the mainland and that none "
            "had entered the food chain", None),
        (D, "Calum MacAulay", "We monitor temperatures every day. Nobody predicted a bloom on this scale.", None),
        (S, None, "fallowing", None),
        (P, "SEPA", "aware of the mortality event", None),
        (I, "SEPA", "its officers would be reviewing the company\u2019s records", None),
        (P, "Coastal Waters Alliance", "an animal welfare scandal", None),
        (D, "Fergus Munro", "Every year we are told that lessons have been learned. Every year the numbers get worse,",
            None),
        (I, "Salmon Scotland", "survival rates across Scottish farms had improved in 2026", None),
        (P, "Salmon Scotland", "the industry\u2019s number one research priority", None),
        (I, "Kenny MacLeod", "the company was one of the largest private employers on Lewis and Harris", None),
        (P, "Kenny MacLeod", "straight answers", None),
        (I, "One worker at the Seaforth sites", "staff had raised concerns about water temperatures with managers in "
            "October", None),
        (D, "One worker at the Seaforth sites", "We were pulling out dead fish by the tonne every morning. Some of the "
            "younger lads couldn\u2019t face it,", None),
        (I, "Fish Health Inspectorate", "the company reported mortality above the mandatory reporting threshold at both "
            "sites in the week beginning 9 November", None),
    ],
    "actors": [
        actor("Hebridean Sea Farms", "organisation", title="salmon farmer", aliases=["Hebridean Sea Farms"], stance=1),
        actor("Calum MacAulay", "person", title="Managing director", affiliation="Hebridean Sea Farms",
              aliases=["Calum MacAulay", "MacAulay"], stance=1),
        actor("SEPA", "government", title="Scottish Environment Protection Agency",
              aliases=["SEPA", "Scottish Environment Protection Agency"], stance=0),
        actor("Coastal Waters Alliance", "organisation", title="campaign group", aliases=["Coastal Waters Alliance"],
              stance=-1),
        actor("Fergus Munro", "person", title="campaigns manager", affiliation="Coastal Waters Alliance",
              aliases=["Fergus Munro", "Munro"], stance=-1),
        actor("Salmon Scotland", "organisation", title="industry body", aliases=["Salmon Scotland"], stance=None),
        actor("Kenny MacLeod", "person", title="councillor", affiliation="Comhairle nan Eilean Siar",
              aliases=["Kenny MacLeod", "MacLeod"], stance=0),
        actor("One worker at the Seaforth sites", "person", title="anonymous fish farm worker",
              affiliation="Hebridean Sea Farms", aliases=["One worker at the Seaforth sites"], stance=-1),
        actor("Fish Health Inspectorate", "government", title="Scottish Government fish health inspectors",
              aliases=["Fish Health Inspectorate"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Racing Post (a trainer banned after positive tests), headline and standfirst without speech
#    ("rejects contamination defence" is an act), byline with "Reporter" line, straight " and
#    apostrophes (I've, horses', yard's), British punctuation outside closing marks for fragments.
#    Lede "with the ... panel ruling that ... had failed to keep "..." medication records" (partial
#    only); trainer "said he would appeal, insisting B" (two indirects); quote ending in "?" with "Hope
#    said outside ...", then a quote-only paragraph; scare "strict liability" rules; "In its written
#    reasons, the panel said it accepted that ... "..."" (partial only); "But it said ... "..." ... and
#    that ... "..."" (two partials); solicitor with a common-word surname (Kettle) "said the penalty
#    was "..." for ... and that B" (partial plus indirect), quote split by "Kettle said"; BHA director
#    "said the rules ... existed "..." and applied to ..." (partial only: no second subject), "she
#    said", Q&A "Asked whether ..., Farrant replied: "...""; content before "the BHA confirmed";
#    owner with an Irish name "said A", "she said"; the trainer's father (shared surname) "told the
#    Racing Post he was "..." for his son and had never known ..." (partial only).
ARTICLES["data/eval/test19/joe-hope-flunixin-ban.gold.json"] = {
    "article": "data/eval/test19/joe-hope-flunixin-ban.txt",
    "target": "Joe Hope",
    "quotes": [
        (P, "independent disciplinary panel", "adequate", None),
        (I, "Joe Hope", "he would appeal", None),
        (I, "Joe Hope", "the positives were caused by contaminated bedding at a yard where the horses had been stabled "
            "before joining him", None),
        (D, "Joe Hope", "I've been training for 15 years and I've never had a positive. Not one. Now I'm supposed to "
            "believe I suddenly started cutting corners?", None),
        (D, "Joe Hope", "The panel has made up its mind that I'm guilty of something, and nothing we put in front of "
            "them was going to change that.", None),
        (S, None, "strict liability", None),
        (P, "independent disciplinary panel", "deliberately or with the intention of affecting performance", None),
        (P, "independent disciplinary panel", "significant gaps", None),
        (P, "independent disciplinary panel", "speculative and unsupported by evidence", None),
        (P, "Rory Kettle", "wildly disproportionate", None),
        (I, "Rory Kettle", "grounds for an appeal had already been lodged", None),
        (D, "Rory Kettle", "Joe has co-operated fully from day one. He volunteered his yard for testing, he handed over "
            "every record he had,", None),
        (D, "Rory Kettle", "A six-month ban for a trainer is not a slap on the wrist. It's the end of a season and "
            "potentially the end of a business.", None),
        (P, "Lucinda Farrant", "for the protection of horses and the integrity of the sport", None),
        (D, "Lucinda Farrant", "Trainers are responsible for what is in their horses' systems on raceday. That's a "
            "principle the sport simply cannot compromise on,", None),
        (D, "Lucinda Farrant", "The panel's findings speak for themselves.", None),
        (I, "BHA", "Hope's assistant Ellie Barton is expected to take out a temporary licence so that the yard's 58 "
            "horses can continue to run", None),
        (I, "Siobh\u00e1n N\u00ed Chonaill", "she would be keeping them there", None),
        (D, "Siobh\u00e1n N\u00ed Chonaill", "I've known Joe since he was riding out for his father. I'd trust him with "
            "anything,", None),
        (P, "Billy Hope", "heartbroken", None),
    ],
    "actors": [
        actor("independent disciplinary panel", "organisation", title="BHA independent disciplinary panel",
              affiliation="British Horseracing Authority", aliases=["independent disciplinary panel", "panel"],
              stance=-1),
        actor("Joe Hope", "person", title="Lambourn trainer", aliases=["Joe Hope", "Hope", "Joe"], stance=1),
        actor("Rory Kettle", "person", title="solicitor", affiliation="Joe Hope", aliases=["Rory Kettle", "Kettle"],
              stance=1),
        actor("Lucinda Farrant", "person", title="director of equine health and welfare",
              affiliation="British Horseracing Authority", aliases=["Lucinda Farrant", "Farrant", "Dr Lucinda Farrant"],
              stance=-1),
        actor("BHA", "organisation", title="racing regulator", aliases=["BHA", "British Horseracing Authority"],
              stance=None),
        actor("Siobh\u00e1n N\u00ed Chonaill", "person", title="owner (Moss Harbour)",
              aliases=["Siobh\u00e1n N\u00ed Chonaill", "N\u00ed Chonaill"], stance=1),
        actor("Billy Hope", "person", title="former trainer, Joe Hope's father", aliases=["Billy Hope", "Billy"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Gibraltar Chronicle (frontier queues as Spain steps up checks), headline and standfirst without
#    speech, "By NAME" and "3rd December 2026" lines, British curly single quotes ‘...’ throughout with
#    ’ apostrophes, British punctuation outside closing marks for fragments, "Mr"/"Ms". Lede "in what
#    the Gibraltar Government described as a ‘...’ escalation" (partial); ministry "said in a statement
#    that the checks were ‘...’ and were required under ..." (partial only: no second subject);
#    spokesman "told the Chronicle" (separate from the ministry); Chief Minister "said the timing ...
#    was ‘...’" (partial only), quote split by "he said", "Mr Olivero said A and that B"; Foreign
#    Office "said it was in ‘...’ with ..." (partial only); two speakers sharing a surname (Lorraine
#    Garcia and Keith Garcia, told apart by Ms/Mr), each "said A"/"said ... ‘...’ and called for ..."
#    then a quote with "Ms Garcia said"/"Mr Garcia said"; mayor "said A", "she said"; chamber "said A
#    and warned that B" (two indirects); scare so-called ‘go-slow’.
ARTICLES["data/eval/test19/gibraltar-frontier-queues-spain-checks.gold.json"] = {
    "article": "data/eval/test19/gibraltar-frontier-queues-spain-checks.txt",
    "target": "Spain",
    "quotes": [
        (P, "Gibraltar Government", "disproportionate and unnecessary", None),
        (P, "Interior Ministry", "routine", "\u2018routine\u2019"),
        (D, "spokesman for the ministry", "Spain is not targeting anybody. These are the same controls that are carried "
            "out at every external border of the European Union,", None),
        (P, "Nicholas Olivero", "no coincidence", None),
        (D, "Nicholas Olivero", "We have been patient and we have been constructive,", None),
        (D, "Nicholas Olivero", "But you do not build trust by making nurses and carers stand in a queue for three hours "
            "after a twelve-hour shift.", None),
        (I, "Nicholas Olivero", "he had raised the matter with the Foreign Office and that Gibraltar\u2019s "
            "representative in Brussels would take it up with the European Commission", None),
        (P, "Foreign Office", "close contact", None),
        (I, "Lorraine Garcia", "she had waited two hours and forty minutes to get home on Wednesday night", None),
        (D, "Lorraine Garcia", "I left the hospital at eight and got in at a quarter to eleven. My children were asleep,",
            None),
        (I, "Roc\u00edo Ben\u00edtez", "the queues were hurting her town more than anyone", None),
        (D, "Roc\u00edo Ben\u00edtez", "Ten thousand people from La L\u00ednea and the Campo de Gibraltar cross that "
            "frontier to work every day. When Madrid makes a decision like this, it is our people who pay for it,",
            None),
        (P, "Keith Garcia", "caught off guard", None),
        (D, "Keith Garcia", "Spain has done this before and it will do it again. The question is why we were not ready,",
            None),
        (I, "Gibraltar Chamber of Commerce", "delivery lorries had been held at the frontier for up to five hours", None),
        (I, "Gibraltar Chamber of Commerce", "fresh produce for shops and restaurants was at risk", None),
        (S, None, "go-slow", None),
    ],
    "actors": [
        actor("Gibraltar Government", "government", affiliation="Gibraltar", aliases=["Gibraltar Government"],
              stance=-1),
        actor("Interior Ministry", "government", title="Spain's Interior Ministry", affiliation="Spain",
              aliases=["Interior Ministry"], stance=1),
        actor("spokesman for the ministry", "person", title="spokesman", affiliation="Spain's Interior Ministry",
              aliases=["spokesman for the ministry"], stance=1),
        actor("Nicholas Olivero", "person", title="Chief Minister", affiliation="Gibraltar",
              aliases=["Nicholas Olivero", "Olivero", "Mr Olivero"], stance=-1),
        actor("Foreign Office", "government", title="UK Foreign Office", affiliation="United Kingdom",
              aliases=["Foreign Office"], stance=0),
        actor("Lorraine Garcia", "person", title="nurse at St Bernard's Hospital, lives in San Roque",
              aliases=["Lorraine Garcia", "Ms Garcia"], stance=-1),
        actor("Roc\u00edo Ben\u00edtez", "person", title="mayor of La L\u00ednea",
              aliases=["Roc\u00edo Ben\u00edtez", "Ben\u00edtez"], stance=-1),
        actor("Keith Garcia", "person", title="Leader of the Opposition (GSD)", affiliation="GSD",
              aliases=["Keith Garcia", "Mr Garcia", "GSD leader"], stance=-1),
        actor("Gibraltar Chamber of Commerce", "organisation", title="business chamber",
              aliases=["Gibraltar Chamber of Commerce"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
