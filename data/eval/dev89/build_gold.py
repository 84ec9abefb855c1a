"""Build the dev89 gold files (data/eval/dev89/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev89/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev89.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev89"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. BTA (Bulgarian News Agency) English wire, religion/diplomacy (Bulgaria expels two Russian clerics; the Russian
#    church in Sofia closes), headline without speech, `Sofia, December 3 (BTA) -` dateline running into the lede,
#    `/PP/` sign-off, straight `"` and apostrophes, British spelling; lede content before `, the agency said on
#    Thursday`; `According to DANS, X and Y had carried out activities "..." in Bulgaria ...` (partial only); content
#    before `, the Russian Embassy said in a post on Telegram, calling the expulsions "..."` (indirect plus partial);
#    minister `told reporters in Parliament that the decision had been "..."` (partial only), quote with `Dimov said`;
#    Moscow Patriarchate department `said the two clergymen had "..." and accused the Bulgarian authorities of "..."`
#    (two partials); ambassador `was summoned` (act), `Gromov said Moscow would respond "..." and that B` (partial plus
#    indirect), `he said`; Holy Synod `said in a short statement that A and that it "..."` (indirect plus partial); MP
#    `called the expulsions "..."`; scare so-called `"Russian world"` concept (writer's background); parishioner named
#    after the first stretch, resumed; analyst `said A, and that the Russian Church had long served as "..." in ...`
#    (indirect plus partial).
ARTICLES[f"{BATCH}/bulgaria-expels-russian-clerics-sofia.gold.json"] = {
    "article": f"{BATCH}/bulgaria-expels-russian-clerics-sofia.txt",
    "target": "Russia",
    "quotes": [
        (I, "State Agency for National Security", "The State Agency for National Security (DANS) has declared two "
            "clerics serving at the Russian Church of St Nicholas the Miracle-Worker in central Sofia persona non "
            "grata", None),
        (P, "State Agency for National Security", "aimed at influencing social and political processes", None),
        (I, "Russian Embassy", "The church, a landmark on Tsar Osvoboditel Boulevard, will remain closed until further "
            "notice", None),
        (P, "Russian Embassy", "a shameful act of religious persecution", None),
        (P, "Petar Dimov", "based on facts, not on faith", None),
        (D, "Petar Dimov", "This is not about religion. Bulgarians are free to pray wherever they want. But a church "
            "cannot be used as a cover for an intelligence operation,", None),
        (P, "Department for External Church Relations of the Moscow Patriarchate", "served the Russian community in "
            "Sofia faithfully for years", None),
        (P, "Department for External Church Relations of the Moscow Patriarchate", "bowing to pressure from Brussels "
            "and Washington", None),
        (P, "Nikolai Gromov", "in a mirror manner", None),
        (I, "Nikolai Gromov", "Bulgarian clergy serving in Russia could face similar measures", None),
        (D, "Nikolai Gromov", "Relations between our countries are already at their lowest point. Today someone in "
            "Sofia decided to dig deeper,", None),
        (I, "Holy Synod of the Bulgarian Orthodox Church", "it had not been consulted about the decision", None),
        (P, "Holy Synod of the Bulgarian Orthodox Church", "prays for peace and understanding between the two fraternal "
            "Churches", None),
        (P, "Yordan Tsonev", "a provocation ordered from abroad", None),
        (S, None, "Russian world", None),
        (D, "Zlatka Ivanova", "I have come here every Sunday for forty years. My mother was married in this church,",
            None),
        (D, "Zlatka Ivanova", "Politics should stay outside.", None),
        (I, "Boyan Georgiev", "the expulsions followed similar steps in Estonia, North Macedonia and Moldova", None),
        (P, "Boyan Georgiev", "an instrument of Kremlin soft power", None),
    ],
    "actors": [
        actor("State Agency for National Security", "government", affiliation="Bulgaria",
              aliases=["State Agency for National Security", "DANS", "the agency"], stance=-1),
        actor("Russian Embassy", "government", affiliation="Russia", aliases=["Russian Embassy"], stance=1),
        actor("Petar Dimov", "person", title="Foreign Minister", affiliation="Bulgaria",
              aliases=["Petar Dimov", "Dimov"], stance=-1),
        actor("Department for External Church Relations of the Moscow Patriarchate", "organisation",
              affiliation="Russian Orthodox Church",
              aliases=["Department for External Church Relations of the Moscow Patriarchate"], stance=1),
        actor("Nikolai Gromov", "person", title="Russian Ambassador", affiliation="Russia",
              aliases=["Nikolai Gromov", "Gromov"], stance=1),
        actor("Holy Synod of the Bulgarian Orthodox Church", "organisation", affiliation="Bulgarian Orthodox Church",
              aliases=["Holy Synod of the Bulgarian Orthodox Church"], stance=0),
        actor("Yordan Tsonev", "person", title="MP", affiliation="Vazrazhdane", aliases=["Yordan Tsonev", "Tsonev"],
              stance=1),
        actor("Zlatka Ivanova", "person", title="parishioner", aliases=["Zlatka Ivanova", "Ivanova"], stance=None),
        actor("Boyan Georgiev", "person", title="political analyst", affiliation="Centre for the Study of Democracy",
              aliases=["Boyan Georgiev", "Georgiev"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Jerusalem Post health (Sheba suspends pediatric liver transplants after two surgeons leave), headline
#    without speech, subhead `Parents ... say they learned of ...` (no quote marks, not annotated), capitalised byline
#    and date lines, photo caption with `(credit: ...)`, straight `"` and apostrophes, American punctuation inside
#    closing marks (`"weeks."`), `Prof.`/`Dr.`/`MK` titles; lede content before `, the hospital confirmed on
#    Thursday`; `In a statement to The Jerusalem Post, Sheba said the suspension was "..." taken to ..., and that B`
#    (partial plus indirect); children's hospital director named after the quote; `But parents said A`; mother named
#    after the quote (a question in the quote); `She said the family had been told that ... could take "..."`
#    (partial only); spokesperson `said the message had been sent "..." before ..., and apologized` (partial only);
#    Schneider `said A but that B was "..."` (indirect plus partial); director-general `said she had ordered ... and
#    that the ministry would not allow "..."` (indirect plus partial), `Gal said` (a surname that is a word);
#    association chairman `said the departures reflected "..." in ..., and blamed ...` (partial only; the blame not
#    annotated), `Tal told the Post`; content before `, according to Health Ministry figures presented to the Knesset
#    in October`; scare so-called `"brain drain"` (writer's apposition after the cue); content before `, its
#    chairman, MK Yoni Peretz, said`.
ARTICLES[f"{BATCH}/sheba-pediatric-liver-transplants-suspended.gold.json"] = {
    "article": f"{BATCH}/sheba-pediatric-liver-transplants-suspended.txt",
    "target": "Sheba Medical Center",
    "quotes": [
        (I, "Sheba Medical Center", "Sheba Medical Center has temporarily suspended its pediatric liver transplant "
            "program after two of the three surgeons qualified to perform the operations left for positions in the "
            "United States", None),
        (P, "Sheba Medical Center", "a temporary and responsible step", None),
        (I, "Sheba Medical Center", "children on the waiting list would be referred to Schneider Children's Medical "
            "Center in Petah Tikva", None),
        (D, "Eitan Lavi", "No child will be left without a solution. We are already working to recruit replacements, "
            "in Israel and abroad,", None),
        (I, "parents", "they had learned of the decision from a WhatsApp message sent by a nurse on Tuesday night",
            None),
        (D, "Hila Ben-David", "Nobody called us. Nobody explained anything. My daughter has been waiting for a liver "
            "for seven months, and now we are supposed to start from zero with another hospital?", None),
        (P, "Hila Ben-David", "weeks.", None),
        (P, "Sheba spokesperson", "by mistake", None),
        (I, "Schneider Children's Medical Center", "it was prepared to take in the additional patients", None),
        (P, "Schneider Children's Medical Center", "stretched to the limit.", None),
        (I, "Ronit Gal", "she had ordered Sheba to present, within seven days, a plan to restore the program", None),
        (P, "Ronit Gal", "a national service to collapse because of two resignations.", None),
        (D, "Ronit Gal", "Sheba has an excellent team, and I believe they will rebuild it quickly. But parents cannot "
            "be informed by WhatsApp,", None),
        (P, "Amnon Tal", "a national emergency", None),
        (D, "Amnon Tal", "We have warned about this for three years. Today it is liver transplants. Tomorrow it will "
            "be pediatric cardiology,", None),
        (I, "Health Ministry", "Israel has lost more than 1,100 physicians to emigration since the start of 2024", None),
        (S, None, "brain drain", None),
        (I, "Yoni Peretz", "The Knesset Health Committee will hold an urgent session on the matter on Monday", None),
    ],
    "actors": [
        actor("Sheba Medical Center", "organisation", title="hospital", affiliation="Tel Hashomer, Ramat Gan",
              aliases=["Sheba Medical Center", "Sheba", "the hospital"], stance=1),
        actor("Eitan Lavi", "person", title="director of Sheba's Safra Children's Hospital",
              affiliation="Sheba Medical Center", aliases=["Eitan Lavi", "Lavi"], stance=1),
        actor("parents", "group", title="parents of children on the waiting list", aliases=["parents"], stance=-1),
        actor("Hila Ben-David", "person", title="mother", affiliation="Rishon Lezion",
              aliases=["Hila Ben-David", "Ben-David"], stance=-1),
        actor("Sheba spokesperson", "person", affiliation="Sheba Medical Center", aliases=["Sheba spokesperson"],
              stance=1),
        actor("Schneider Children's Medical Center", "organisation", title="hospital", affiliation="Petah Tikva",
              aliases=["Schneider Children's Medical Center"], stance=None),
        actor("Ronit Gal", "person", title="Health Ministry Director-General", affiliation="Health Ministry",
              aliases=["Ronit Gal", "Gal"], stance=0),
        actor("Amnon Tal", "person", title="chairman", affiliation="Israel Medical Association",
              aliases=["Amnon Tal", "Tal"], stance=None),
        actor("Health Ministry", "government", affiliation="Israel", aliases=["Health Ministry"], stance=None),
        actor("Yoni Peretz", "person", title="MK, chairman of the Knesset Health Committee", affiliation="Knesset",
              aliases=["Yoni Peretz", "Peretz"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Asahi Shimbun (Asia & Japan Watch) science/business (a startup's lunar lander is lost before touchdown),
#    headline without speech, `By NAME/ Staff Writer` and `December 3, 2026 at 19:05 JST` lines, `Photo/Illutration:`
#    caption with a `(Takeshi Noda)` credit, straight `"` and apostrophes, American punctuation inside closing marks,
#    ages after names (`Ryo Kanzaki, 44,`), Japanese names given name first; lede `lost contact ..., and the company
#    said A`; CEO named after the quote (`CEO Ryo Kanzaki, 44, said at a news conference ..., bowing ...`);
#    `Kanzaki said data ... showed that the lander's altitude sensor had "..." in ...` (partial only); `He said A and
#    that B` (one span); shared surname: CTO `Yuki Sato said ... "..." on Earth, but that B` (partial plus indirect),
#    `Yuki Sato said`, and JAXA director `Hiroshi Sato ... told The Asahi Shimbun that private companies were "..."`
#    (partial only), `Hiroshi Sato said`; JAXA `said in a statement that it would "..." with the investigation`
#    (partial only); anonymous shareholder official `said investors had been "..." to learn that ...` (partial only);
#    `In a statement issued later in the day, Sora Dynamics said A and that B`; minister `told reporters that A,
#    calling the mission "..."` (indirect plus partial); scare so-called `"cislunar economy."`; professor with a
#    word-like surname (`Tomoko Ban`, `Ban said`) `said A, and that B` (one span).
ARTICLES[f"{BATCH}/sora-dynamics-lunar-lander-lost.gold.json"] = {
    "article": f"{BATCH}/sora-dynamics-lunar-lander-lost.txt",
    "target": "Sora Dynamics",
    "quotes": [
        (I, "Sora Dynamics", "the spacecraft had most likely crashed", None),
        (D, "Ryo Kanzaki", "We reached the moon. We did not land on it. I am deeply sorry to everyone who supported us,",
            None),
        (P, "Ryo Kanzaki", "underestimated the distance to the surface", None),
        (I, "Ryo Kanzaki", "the company would publish a full analysis within a month and that it still planned to "
            "launch a second lander in 2028", None),
        (P, "Yuki Sato", "thousands of times", None),
        (I, "Yuki Sato", "the terrain at the landing site was rougher than orbital images had suggested", None),
        (D, "Yuki Sato", "The moon does not forgive small mistakes,", None),
        (P, "Japan Aerospace Exploration Agency", "cooperate fully", None),
        (P, "Hiroshi Sato", "taking on risks that a national agency would hesitate to take.", None),
        (D, "Hiroshi Sato", "Failure is part of the process. Sora Dynamics will come back stronger,", None),
        (P, "official at one of the company's major shareholders", "shocked", None),
        (I, "Sora Dynamics", "all test results had been reported to its board and that no problem affecting the "
            "landing had been identified before launch", None),
        (I, "Akiko Hirose", "the government would continue to support private lunar exploration", None),
        (P, "Akiko Hirose", "a valuable step", None),
        (S, None, "cislunar economy.", None),
        (I, "Tomoko Ban", "landing failures were common even for national space agencies, and that Sora Dynamics "
            "should not be judged on a single attempt", None),
        (D, "Tomoko Ban", "Most first landing attempts in history have failed. But the company needs to explain what "
            "it knew about the sensor, and when,", None),
    ],
    "actors": [
        actor("Sora Dynamics", "organisation", title="lunar lander startup", affiliation="Tokyo",
              aliases=["Sora Dynamics", "the company"], stance=1),
        actor("Ryo Kanzaki", "person", title="CEO", affiliation="Sora Dynamics", aliases=["Ryo Kanzaki", "Kanzaki"],
              stance=0),
        actor("Yuki Sato", "person", title="Chief technology officer", affiliation="Sora Dynamics",
              aliases=["Yuki Sato"], stance=1),
        actor("Japan Aerospace Exploration Agency", "government", affiliation="Japan",
              aliases=["Japan Aerospace Exploration Agency", "JAXA"], stance=None),
        actor("Hiroshi Sato", "person", title="director of JAXA's lunar exploration program",
              affiliation="Japan Aerospace Exploration Agency", aliases=["Hiroshi Sato"], stance=1),
        actor("official at one of the company's major shareholders", "person",
              affiliation="Tokyo-based venture capital fund",
              aliases=["official at one of the company's major shareholders"], stance=-1),
        actor("Akiko Hirose", "person", title="Science minister", affiliation="Japan",
              aliases=["Akiko Hirose", "Hirose"], stance=1),
        actor("Tomoko Ban", "person", title="professor of planetary science", affiliation="Kobe University",
              aliases=["Tomoko Ban", "Ban"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Press (Christchurch) courts/crime (a property manager jailed for stealing tenants' bonds), headline and
#    standfirst without speech, byline, `Court Reporter` and `04:30 PM Dec 3 2026` lines, curly `“ ”` and `’`, NZ
#    punctuation outside fragments (`”.`), no courtesy titles; scare `a “hands-off” service` (writer's sentence);
#    prosecutor `told the court A` (no `that`), `Kingi said`; student nurse in an apposition `said A`, `she said`;
#    defence lawyer `said Karaka had been “...” in debt ... and had moved money ... “...”` (two partials); `In a letter
#    read to the court by Fenton, Karaka wrote: “...”` (the defendant's own direct, not her lawyer's); judge `said A
#    but that the offending had been “...”` (indirect plus partial), `the judge said`; `She ordered reparation`
#    (act); ministry team `said A and that B` (one span); anonymous landlord `said A`, `he said`; detective `said
#    outside court that A`; `Karaka’s lawyer said A` (Fenton).
ARTICLES[f"{BATCH}/melissa-karaka-tenant-bonds-sentenced.gold.json"] = {
    "article": f"{BATCH}/melissa-karaka-tenant-bonds-sentenced.txt",
    "target": "Melissa Karaka",
    "quotes": [
        (S, None, "hands-off", None),
        (I, "Ruth Kingi", "Karaka had taken bond money from 212 tenants and never lodged it with Tenancy Services, as "
            "the law requires", None),
        (D, "Ruth Kingi", "This was not a momentary lapse. It was a business model,", None),
        (I, "Aroha Whaanga", "she had slept in her car for two weeks after the refund she was promised never arrived",
            None),
        (D, "Aroha Whaanga", "I trusted her because she smiled at me and called me darling,", None),
        (P, "Craig Fenton", "drowning", None),
        (P, "Craig Fenton", "in the genuine belief she could put it right", None),
        (D, "Melissa Karaka", "I never set out to steal from anyone. I always believed I would pay it back, and I "
            "still intend to.", None),
        (I, "Raewyn Hollis", "Karaka’s remorse appeared genuine", None),
        (P, "Raewyn Hollis", "calculated, prolonged and cruel", None),
        (D, "Raewyn Hollis", "You took advantage of young people, students and families new to this country. Many of "
            "them did not know their rights, and you knew that,", None),
        (I, "Ministry of Business, Innovation and Employment’s tenancy compliance team", "it had referred the case to "
            "police in March 2025 and that landlords remained legally responsible for repaying bonds their agents "
            "failed to lodge", None),
        (I, "landlord", "he had paid $14,000 out of his own pocket to tenants whose bonds had disappeared", None),
        (D, "landlord", "She was charming, organised, always on time with the paperwork. That’s what makes me so "
            "angry,", None),
        (I, "Mike Tane", "the case should serve as a warning to landlords to check that bonds had actually been lodged",
            None),
        (I, "Craig Fenton", "she was likely to be eligible for parole after serving a third of her sentence", None),
    ],
    "actors": [
        actor("Ruth Kingi", "person", title="Crown prosecutor", aliases=["Ruth Kingi", "Kingi"], stance=-1),
        actor("Aroha Whaanga", "person", title="student nurse, tenant", aliases=["Aroha Whaanga", "Whaanga"],
              stance=-1),
        actor("Craig Fenton", "person", title="Defence lawyer", affiliation="Melissa Karaka",
              aliases=["Craig Fenton", "Fenton", "Karaka’s lawyer"], stance=1),
        actor("Melissa Karaka", "person", title="property manager (Karaka Homes), defendant",
              aliases=["Melissa Karaka", "Karaka", "Melissa Anne Karaka"], stance=1),
        actor("Raewyn Hollis", "person", title="Judge", affiliation="Christchurch District Court",
              aliases=["Raewyn Hollis", "Hollis", "the judge"], stance=-1),
        actor("Ministry of Business, Innovation and Employment’s tenancy compliance team", "government",
              affiliation="New Zealand",
              aliases=["Ministry of Business, Innovation and Employment’s tenancy compliance team"], stance=0),
        actor("landlord", "person", title="landlord (anonymous)", aliases=["landlord"], stance=-1),
        actor("Mike Tane", "person", title="Detective Sergeant", affiliation="New Zealand Police",
              aliases=["Mike Tane", "Tane"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
