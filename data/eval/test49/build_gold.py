"""Build the test49 gold files (data/eval/test49/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when that
text occurs more than once, by an anchor (a string occurring exactly once in the article) from whose start
the text is searched. Run from anywhere:  python3 data/eval/test49/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test49.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test49"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. NK News (Russia and North Korea open a road bridge), headline without speech, standfirst "Moscow hails
#    '...' for trade, but ..." (partial for Russia, the entity it names), byline and date lines, curly double
#    quotes with curly single in the standfirst, American punctuation inside, Korean names family name first.
#    Deputy minister "called the bridge "..." for trade and said A" (partial plus indirect), quote with
#    "Belyakov said at the ceremony, according to a transcript ..." (the transcript is the quote's source, not
#    a separate entry); scare "Friendship Bridge"; KCNA "said the new bridge had been built "..." signed by ..."
#    (partial only); ambassador "told reporters that A", quote with "Tsoi said"; ministry "said it was "...""
#    (partial only); ministry spokesperson "told a regular briefing ... that A", quote with "Kim said"; State
#    Department spokesperson "said A"; foreign ministry "dismissed the concerns, saying in a statement that its
#    cooperation ... was "..."" (partial only); analyst with a common-word surname ("Moon said"): "said A",
#    quote; anonymous trader "told NK News that A"; "Satellite imagery ... showed" (no speech); "according to
#    Russia's transport ministry" (content before).
ARTICLES[f"{BATCH}/tumen-road-bridge-russia-north-korea.gold.json"] = {
    "article": f"{BATCH}/tumen-road-bridge-russia-north-korea.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "new artery", "hails \u2018"),
        (P, "Igor Belyakov", "a new artery", None),
        (I, "Igor Belyakov", "it would carry up to 300 trucks a day once customs facilities on both banks were fully "
            "staffed", None),
        (D, "Igor Belyakov", "For decades this river divided our peoples. Today it joins them,", None),
        (S, None, "Friendship Bridge,", None),
        (P, "Korean Central News Agency", "in the spirit of the treaty on comprehensive strategic partnership", None),
        (I, "Andrei Tsoi", "Russian tourists would be able to cross the bridge by bus from next summer, with the first "
            "group tours to the Rason special economic zone planned for June", None),
        (D, "Andrei Tsoi", "There is a lot of interest. People want to see North Korea for themselves, not through the "
            "eyes of Western media,", None),
        (P, "South Korea\u2019s Ministry of Unification", "closely monitoring", None),
        (I, "Kim Jae-hoon", "Seoul had raised the matter with Moscow through diplomatic channels", None),
        (D, "Kim Jae-hoon", "Any transfer of military goods, whether by sea, rail or road, is a clear violation of "
            "Security Council resolutions,", None),
        (I, "State Department spokesperson", "Washington was concerned the bridge could be used to move munitions and "
            "laborers in violation of U.N. sanctions", None),
        (P, "Russian Foreign Ministry", "not directed against third countries.", None),
        (I, "Moon Seong-ho", "the bridge mattered less for its capacity than for what it signaled", None),
        (D, "Moon Seong-ho", "Three hundred trucks a day is not going to transform North Korea\u2019s economy. But it "
            "tells Pyongyang that Russia is in this for the long term, and it tells Beijing the same thing,", None),
        (I, "Chinese trader", "Russian flour and fuel were already undercutting Chinese suppliers at markets in Rason",
            None),
        (I, "Russia\u2019s transport ministry", "The bridge was built by a Russian contractor at a cost of about 9 "
            "billion rubles ($110 million)", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Igor Belyakov", "person", title="Deputy Minister of Transport", affiliation="Russia",
              aliases=["Igor Belyakov", "Belyakov"], stance=1),
        actor("Korean Central News Agency", "organisation", title="state news agency", affiliation="North Korea",
              aliases=["Korean Central News Agency", "KCNA"], stance=1),
        actor("Andrei Tsoi", "person", title="ambassador in Pyongyang", affiliation="Russia",
              aliases=["Andrei Tsoi", "Tsoi"], stance=1),
        actor("South Korea\u2019s Ministry of Unification", "government", title="unification ministry",
              affiliation="South Korea", aliases=["South Korea\u2019s Ministry of Unification", "Ministry of Unification"],
              stance=0),
        actor("Kim Jae-hoon", "person", title="ministry spokesperson", affiliation="South Korea\u2019s Ministry of Unification",
              aliases=["Kim Jae-hoon", "Kim"], stance=-1),
        actor("State Department spokesperson", "person", title="spokesperson", affiliation="U.S. State Department",
              aliases=["State Department spokesperson"], stance=-1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry"], stance=1),
        actor("Moon Seong-ho", "person", title="senior fellow", affiliation="Asan Institute for Policy Studies",
              aliases=["Moon Seong-ho", "Moon"], stance=0),
        actor("Chinese trader", "person", title="anonymous trader in Hunchun", aliases=["Chinese trader"], stance=None),
        actor("Russia\u2019s transport ministry", "government", title="transport ministry", affiliation="Russia",
              aliases=["Russia\u2019s transport ministry"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Stornoway Gazette (the island ferry breaks down before Christmas), headline without speech, byline and
#    "Published 3rd Dec 2026, 16:45 GMT" lines, straight " and apostrophes, punctuation outside fragments.
#    Lede content before "CalMac has confirmed"; "The ferry operator said A, with B" (one span); scare
#    "Keeping You Moving" campaign; director "said: "...' open at the end of its paragraph, then a closed
#    paragraph; "Mr Mackinnon said A"; shopkeeper with a common-word surname "said A", quote with "Mrs Bell
#    said"; councillor "described the situation as "..." and said islanders had "..." with ..." (two partials),
#    "She said A" (asking ... inside the reported clause); government spokesperson "said ministers had been
#    assured that "..." was being explored, and that B" (partial plus indirect); users' group chairman "said
#    the breakdown was "..." for a vessel ... "..." since ..." (two partials), quote with "he said"; "According
#    to the Outer Hebrides Chamber of Commerce, A"; "Hauliers have been told to ..." (no speaker, a directive).
ARTICLES[f"{BATCH}/loch-seaforth-gearbox-fault-calmac.gold.json"] = {
    "article": f"{BATCH}/loch-seaforth-gearbox-fault-calmac.txt",
    "target": "CalMac",
    "quotes": [
        (I, "CalMac", "The Stornoway to Ullapool ferry MV Loch Seaforth will be out of service until at least December "
            "21 after engineers found damage to one of her gearboxes", None),
        (I, "CalMac", "the smaller MV Isle of Lewis would run a reduced timetable on the route, with freight given "
            "priority on the overnight sailing", None),
        (S, None, "Keeping You Moving", None),
        (D, "Finlay Mackinnon", "We know how much the islands depend on this route, particularly in the run-up to "
            "Christmas, and we are sorry.", None),
        (D, "Finlay Mackinnon", "Our engineers and the manufacturer are working around the clock, and we will update "
            "customers as soon as we have a firmer return date.", None),
        (I, "Finlay Mackinnon", "the company had also chartered extra freight capacity from a private operator for "
            "sailings from Friday", None),
        (I, "Catriona Bell", "deliveries of fresh produce had been cut by half since Monday", None),
        (D, "Catriona Bell", "People are coming in for milk and there isn't any. I've had customers in tears because "
            "they can't get what their kids need for school lunches,", None),
        (P, "Seonag MacKenzie", "a crisis by any measure", None),
        (P, "Seonag MacKenzie", "run out of patience", None),
        (I, "Seonag MacKenzie", "the Comhairle had written to the Cabinet Secretary for Transport asking for a "
            "replacement vessel to be chartered from outside the CalMac fleet", None),
        (P, "Scottish Government spokesperson", "every option", None),
        (I, "Scottish Government spokesperson", "the two new vessels for the Stornoway route remained on schedule for "
            "delivery in 2029", None),
        (P, "Angus Maciver", "entirely predictable", None),
        (P, "Angus Maciver", "the work of two ships", None),
        (D, "Angus Maciver", "We have been saying for ten years that one ship on this route is not enough. Nobody "
            "listened,", None),
        (I, "Outer Hebrides Chamber of Commerce", "up to 60 freight units a day are being left behind at Ullapool",
            None),
    ],
    "actors": [
        actor("CalMac", "organisation", title="ferry operator", aliases=["CalMac", "The ferry operator"], stance=1),
        actor("Finlay Mackinnon", "person", title="director of operations", affiliation="CalMac",
              aliases=["Finlay Mackinnon", "Mr Mackinnon", "Mackinnon"], stance=1),
        actor("Catriona Bell", "person", title="grocery shop owner", affiliation="Stornoway",
              aliases=["Catriona Bell", "Mrs Bell", "Bell"], stance=-1),
        actor("Seonag MacKenzie", "person", title="transportation chair (Cllr)", affiliation="Comhairle nan Eilean Siar",
              aliases=["Seonag MacKenzie", "MacKenzie"], stance=-1),
        actor("Scottish Government spokesperson", "person", title="spokesperson", affiliation="Scottish Government",
              aliases=["Scottish Government spokesperson"], stance=0),
        actor("Angus Maciver", "person", title="chairman", affiliation="Stornoway Ferry Users Group",
              aliases=["Angus Maciver", "Maciver"], stance=-1),
        actor("Outer Hebrides Chamber of Commerce", "organisation", title="business group",
              aliases=["Outer Hebrides Chamber of Commerce"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. CalMatters (a California lawmaker's heat-pay bill for farmworkers), headline and "In summary" box without
#    speech, byline and date lines, curly double quotes and apostrophes, American punctuation inside. A
#    farmworker's quote in the lede ending in a question, "said Cruz, 44, ..." after it; scare "shade rule";
#    lawmaker quote with "Quintero said in an interview with CalMatters"; "Quintero called the current system
#    "..."" (partial), "She said A, and estimated it at ..." (indirect stops before "and estimated"); trade
#    group "called the bill "..." and said B" (partial plus indirect); VP named after the quote ("said Lauren
#    Whitlock, ..."); union "said in a statement that A"; Cal/OSHA spokesperson "said A ..., but declined to
#    comment" (indirect; the refusal is not annotated); Republican with a common-word first name "said X was
#    "..." but that the bill "..."" (two partials); professor "said A", "He said A", quote with "Ambriz said";
#    "did not respond to a request for comment" (not annotated).
ARTICLES[f"{BATCH}/farmworker-heat-pay-bill-quintero.gold.json"] = {
    "article": f"{BATCH}/farmworker-heat-pay-bill-quintero.txt",
    "target": "Rosa Elena Quintero",
    "quotes": [
        (D, "Esperanza Cruz", "We didn\u2019t choose to stop. The heat stopped us. Why should my children pay for "
            "that?", None),
        (S, None, "shade rule.", None),
        (D, "Rosa Elena Quintero", "Farmworkers are already the ones taking the risk. They shouldn\u2019t also be the "
            "ones taking the pay cut,", None),
        (P, "Rosa Elena Quintero", "a heat tax on the poorest workers in the state.", None),
        (I, "Rosa Elena Quintero", "the cost would be shared through a state fund, paid for partly by a fee on growers "
            "with more than 25 employees and partly by the general fund", None),
        (P, "Western Growers", "another cost that only California farmers will pay", None),
        (I, "Western Growers", "it would speed up a shift of production to Mexico", None),
        (D, "Lauren Whitlock", "Our members don\u2019t send crews home because they want to. They do it because the law "
            "tells them to,", None),
        (I, "United Farm Workers", "it would bring members to Sacramento to lobby for it when the Legislature returns in "
            "January", None),
        (I, "spokesperson for Cal/OSHA", "the agency had recorded 41 heat-related illness complaints from agricultural "
            "workplaces this year, up from 29 in 2025", None),
        (P, "Heath Fowler", "well-intentioned", None),
        (P, "Heath Fowler", "reads like it was written by someone who\u2019s never had to make payroll.", None),
        (I, "Teodoro Ambriz", "heat-related stoppages had roughly doubled since 2015 as summers in the Central Valley "
            "and the Salinas Valley grew hotter", None),
        (I, "Teodoro Ambriz", "the state\u2019s existing heat rules protected workers\u2019 health but not their income",
            None),
        (D, "Teodoro Ambriz", "That\u2019s the gap this bill is trying to close. Whether a fee on growers is the right "
            "way to close it is a fair question,", None),
    ],
    "actors": [
        actor("Esperanza Cruz", "person", title="farmworker, 44", affiliation="Salinas Valley",
              aliases=["Esperanza Cruz", "Cruz"], stance=1),
        actor("Rosa Elena Quintero", "person", title="Assemblymember (D-Salinas)", affiliation="California Assembly",
              aliases=["Rosa Elena Quintero", "Quintero"], stance=1),
        actor("Western Growers", "organisation", title="growers' trade group", aliases=["Western Growers"], stance=-1),
        actor("Lauren Whitlock", "person", title="vice president for government affairs", affiliation="Western Growers",
              aliases=["Lauren Whitlock", "Whitlock"], stance=-1),
        actor("United Farm Workers", "organisation", title="farmworkers' union", aliases=["United Farm Workers"],
              stance=1),
        actor("spokesperson for Cal/OSHA", "person", title="spokesperson", affiliation="Cal/OSHA",
              aliases=["spokesperson for Cal/OSHA"], stance=None),
        actor("Heath Fowler", "person", title="Assemblymember (R-Clovis)", affiliation="California Assembly",
              aliases=["Heath Fowler", "Fowler"], stance=-1),
        actor("Teodoro Ambriz", "person", title="farm labor researcher", affiliation="UC Merced",
              aliases=["Teodoro Ambriz", "Ambriz"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Pacific Daily News (Guam: the public hospital diverts ambulances after an oxygen plant failure),
#    headline without speech, byline on two lines, "Published 5:12 p.m. ChST Dec. 3, 2026", straight " and
#    apostrophes, American punctuation inside, Chamorro names. Lede content before "hospital officials said
#    Wednesday"; content before "according to a Guam Memorial Hospital Authority news release";
#    administrator "said A", two stretches split by "Aguon said"; scare "temporary" oxygen plant; Q&A "Asked
#    why ..., Aguon said A, but "..."" (indirect plus partial); private hospital spokesperson "said ... had seen
#    a "..." in patients ... and asked residents ... to ..." (partial only; directive not annotated); fire
#    spokesman "said A"; senator "said the failure showed the hospital's board had "..." and called for ..."
#    (partial only; directive not annotated), quote with nested 'next budget cycle' and "Aflague said";
#    governor's spokesperson "said A and that B" (one span), quote with "Quichocho said"; resident "said A",
#    quote ending in a question with "he said"; "according to hospital data" (content before); "The hospital
#    said A".
ARTICLES[f"{BATCH}/gmh-oxygen-failure-ambulance-divert.gold.json"] = {
    "article": f"{BATCH}/gmh-oxygen-failure-ambulance-divert.txt",
    "target": "Guam Memorial Hospital",
    "quotes": [
        (I, "hospital officials", "Guam Memorial Hospital has been diverting ambulances to other facilities since early "
            "Tuesday after a failure in the hospital's oxygen generation plant", None),
        (I, "Guam Memorial Hospital Authority", "Patients already admitted were not affected, and the hospital was "
            "running on its backup supply of liquid oxygen", None),
        (I, "Vicente Aguon", "the divert would remain in place until a replacement compressor arrived from California, "
            "expected by Friday", None),
        (D, "Vicente Aguon", "We made the call to divert because we didn't want to be in a position where we had to "
            "choose which patient got oxygen,", None),
        (D, "Vicente Aguon", "That's not a choice any hospital should have to make.", None),
        (S, None, "temporary", None),
        (I, "Vicente Aguon", "the part ordered then had been installed", None),
        (P, "Vicente Aguon", "the system is old, and when one piece is fixed, another one goes.", None),
        (P, "Guam Regional Medical City spokesperson", "significant increase", None),
        (I, "Antonio Flores", "ambulance transport times had increased by an average of 12 minutes because crews were "
            "driving patients to Dededo or to U.S. Naval Hospital Guam in Agana Heights", None),
        (P, "Mariana Aflague", "ignored warnings for years", None),
        (D, "Mariana Aflague", "I've been told 'next budget cycle' every year since I took office. Our patients can't "
            "wait for the next budget cycle,", None),
        (I, "Ann Marie Quichocho", "the governor had authorized emergency procurement for the compressor and that "
            "federal funds had been set aside for a new oxygen plant", None),
        (D, "Ann Marie Quichocho", "The hospital's staff have handled this professionally, and they have our full "
            "support,", None),
        (I, "Ben Castro", "his father, who has chronic obstructive pulmonary disease, was taken to GRMC by ambulance "
            "Tuesday night after GMH could not accept him", None),
        (D, "Ben Castro", "It's the one public hospital we have. When it can't take patients, where are people supposed "
            "to go?", None),
        (I, "Guam Memorial Hospital Authority", "Its emergency room sees an average of about 120 patients a day", None),
        (I, "Guam Memorial Hospital Authority", "residents should continue to call 911 in an emergency", None),
    ],
    "actors": [
        actor("hospital officials", "group", affiliation="Guam Memorial Hospital", aliases=["hospital officials"],
              stance=0),
        actor("Guam Memorial Hospital Authority", "organisation", title="public hospital",
              aliases=["Guam Memorial Hospital Authority", "Guam Memorial Hospital", "GMH", "The hospital"], stance=1),
        actor("Vicente Aguon", "person", title="Hospital Administrator", affiliation="Guam Memorial Hospital",
              aliases=["Vicente Aguon", "Aguon"], stance=1),
        actor("Guam Regional Medical City spokesperson", "person", title="spokesperson",
              affiliation="Guam Regional Medical City", aliases=["Guam Regional Medical City spokesperson"], stance=None),
        actor("Antonio Flores", "person", title="Guam Fire Department spokesman", affiliation="Guam Fire Department",
              aliases=["Antonio Flores", "Flores"], stance=None),
        actor("Mariana Aflague", "person", title="Sen., chair of the legislative committee on health",
              affiliation="Guam Legislature", aliases=["Mariana Aflague", "Sen. Mariana Aflague", "Aflague"], stance=-1),
        actor("Ann Marie Quichocho", "person", title="Office of the Governor spokesperson",
              affiliation="Office of the Governor", aliases=["Ann Marie Quichocho", "Quichocho"], stance=1),
        actor("Ben Castro", "person", title="Tamuning resident", aliases=["Ben Castro", "Castro"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
