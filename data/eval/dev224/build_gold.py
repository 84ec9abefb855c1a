"""Build the dev224 gold files (data/eval/dev224/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev224/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev224.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev224"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. NewZimbabwe (Zimbabwe) courts (a property developer on trial for selling the same council stands twice), headline
#    without speech, "By Court Reporter", dateline "HARARE:" run into the lede, straight " with a nested straight
#    single '...' inside a direct quote, age in brackets "(44)"; lede content before "prosecutor Tafadzwa Chikosi
#    told the Harare Magistrates Court on Wednesday"; "has pleaded not guilty" (not annotated); "Chikosi alleged that
#    A" (indirect), quote with "Chikosi told magistrate Vongai Muchuchu"; witness "told the court she paid ..."
#    (indirect, no "that"), "she said", then a quote-only paragraph quoting the accused ('Don't worry, madam, ...');
#    "Under cross-examination by defence lawyer Tinashe Mlambo, Mapfumo conceded that A" (indirect); lawyer "told the
#    court that A and that the City of Harare had "..." after the sales" (indirect plus partial), "Mlambo said";
#    scare so-called "land barons"; council spokesperson "said the land ... had been set aside ... and had "..." been
#    sold" (indirect plus partial); a slogan on T-shirts without quote marks; group "They said A" (pronoun for "About 40
#    home seekers"); "remanded" (no speech); the accused "said: "..."" at the end.
ARTICLES[f"{BATCH}/harare-south-stands-fraud-trial.gold.json"] = {
    "article": f"{BATCH}/harare-south-stands-fraud-trial.txt",
    "target": "Tendai Marufu",
    "quotes": [
        (I, "Tafadzwa Chikosi", "A Harare property developer sold the same residential stands to more than one family and "
            "pocketed over US$1.2 million from at least 140 home seekers", None),
        (I, "Tafadzwa Chikosi", "between 2021 and 2024 Marufu sold stands on land in Southlea Park which belonged to the "
            "City of Harare and had never been allocated to his company", None),
        (D, "Tafadzwa Chikosi", "The accused was not a developer. He was a seller of paper. He issued agreements of sale, "
            "collected deposits in cash and, when the land was occupied by other buyers, he simply sold it again,", None),
        (I, "Rutendo Mapfumo", "she paid US$8,500 for a 300-square-metre stand in 2022", None),
        (D, "Rutendo Mapfumo", "I went to the site with my husband and we saw the pegs. He showed us the number, 4417. Last "
            "year I found another family building a house on it,", None),
        (D, "Rutendo Mapfumo", "When I phoned him, he said, 'Don't worry, madam, you will get another stand.' I never got "
            "anything.", None),
        (I, "Rutendo Mapfumo", "she had never seen a council document for the stand", None),
        (I, "Tinashe Mlambo", "his client had bought the land in good faith from a housing cooperative", None),
        (P, "Tinashe Mlambo", "changed its records", None),
        (D, "Tinashe Mlambo", "My client is a victim of the same chaos as the complainants. He has the papers he was "
            "given, and he will produce them,", None),
        (S, None, "land barons", None),
        (I, "Kudakwashe Nyika", "the land in question had been set aside for a school and a clinic", None),
        (P, "Kudakwashe Nyika", "never, at any point", None),
        (I, "About 40 home seekers", "they had formed an association to try to recover their money through a civil "
            "claim", None),
        (D, "Tendai Marufu", "I will be vindicated. I have never stolen from anyone.", None),
    ],
    "actors": [
        actor("Tafadzwa Chikosi", "person", title="prosecutor", affiliation="the State (National Prosecuting Authority)",
              aliases=["Tafadzwa Chikosi", "Chikosi"], stance=-1),
        actor("Rutendo Mapfumo", "person", title="State witness, nurse at Parirenyatwa Hospital, 36", affiliation=None,
              aliases=["Rutendo Mapfumo", "Mapfumo"], stance=-1),
        actor("Tinashe Mlambo", "person", title="defence lawyer", affiliation=None,
              aliases=["Tinashe Mlambo", "Mlambo"], stance=1),
        actor("Kudakwashe Nyika", "person", title="council spokesperson", affiliation="City of Harare",
              aliases=["Kudakwashe Nyika", "Nyika"], stance=-1),
        actor("About 40 home seekers", "group", title="home seekers at the hearing (complainants)", affiliation=None,
              aliases=["About 40 home seekers"], stance=-1),
        actor("Tendai Marufu", "person", title="director, Marufu Homes (Pvt) Ltd (accused)", affiliation="Marufu Homes",
              aliases=["Tendai Marufu", "Marufu"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Nursing in Practice (UK primary care trade press) health/labour (practice nurses miss the NHS pay rise as the
#    DHSC refuses to ring-fence the money), headline without speech, byline and date lines, curly single quotes ‘...’
#    with ’ apostrophes (`RCN’s`, `Queen’s`, `I’m` inside a quote), `3.6%`; lede "after the Department of Health and
#    Social Care (DHSC) confirmed it would not ..." (indirect); anonymous "A DHSC spokesperson said the uplift had
#    been ‘...’ ... and that B" (partial plus indirect); college "said the decision would ‘...’ between ..." (partial
#    only); professional lead "said: ‘..." open at the end of its paragraph, then a closed paragraph; content before
#    "according to a survey of 1,100 nurses published by the Queen’s Nursing Institute (QNI)"; scare so-called ‘global
#    sum’; BMA GP committee deputy chair "said A and that practices faced a choice between paying staff and ‘...’"
#    (indirect plus partial), quote split by "he said" into two directs; nurse introduced in an apposition, "said A",
#    "she said"; "The DHSC spokesperson added that the government was ‘...’ and would set out plans ..." (partial
#    only); closing "The RCN said it would B".
ARTICLES[f"{BATCH}/practice-nurses-pay-uplift-dhsc.gold.json"] = {
    "article": f"{BATCH}/practice-nurses-pay-uplift-dhsc.txt",
    "target": "Department of Health and Social Care",
    "quotes": [
        (I, "Department of Health and Social Care", "it would not ring-fence funding for the uplift in GP practices", None),
        (P, "DHSC spokesperson", "fully funded", None),
        (I, "DHSC spokesperson", "it was for practices, as independent employers, to set the pay of their staff", None),
        (P, "Royal College of Nursing", "widen the gap", None),
        (D, "Heather Crossley", "Practice nurses run the immunisation clinics, the diabetes reviews and the smear tests that "
            "keep people out of hospital. They are not an optional extra.", None),
        (D, "Heather Crossley", "Every year we are told the money is in the contract. Every year a large number of them get "
            "nothing, or get it six months late.", None),
        (I, "Queen’s Nursing Institute", "Some 41% of GPNs did not receive last year’s uplift in full", None),
        (S, None, "global sum", None),
        (I, "Samir Qureshi", "the 3.4% contract uplift did not cover the cost of matching the Agenda for Change award", None),
        (P, "Samir Qureshi", "keeping the lights on", None),
        (D, "Samir Qureshi", "No GP partner wants to tell a nurse who has worked with them for 15 years that they cannot "
            "give her the same rise as the hospital down the road,", None),
        (D, "Samir Qureshi", "But the DHSC has given us a sum that does not add up.", None),
        (I, "Kerry-Ann Walsh", "she had received a 2% rise in September", None),
        (D, "Kerry-Ann Walsh", "I love my job, but I’m looking at the hospital vacancies every week,", None),
        (P, "DHSC spokesperson", "committed to valuing the whole nursing workforce", None),
        (I, "Royal College of Nursing", "it would survey its members in general practice in January on whether to "
            "campaign for a national pay framework for GPNs", None),
    ],
    "actors": [
        actor("Department of Health and Social Care", "government", title="health department",
              affiliation="UK Government", aliases=["Department of Health and Social Care", "DHSC"], stance=1),
        actor("DHSC spokesperson", "person", title="spokesperson (unnamed)",
              affiliation="Department of Health and Social Care", aliases=["DHSC spokesperson"], stance=1),
        actor("Royal College of Nursing", "organisation", title="nursing union and professional body", affiliation="UK",
              aliases=["Royal College of Nursing", "RCN"], stance=-1),
        actor("Heather Crossley", "person", title="professional lead for primary care",
              affiliation="Royal College of Nursing", aliases=["Heather Crossley", "Crossley"], stance=-1),
        actor("Queen’s Nursing Institute", "organisation", title="community nursing charity (its survey)",
              affiliation="UK", aliases=["Queen’s Nursing Institute", "QNI"], stance=None),
        actor("Samir Qureshi", "person", title="deputy chair, England GP committee", affiliation="BMA",
              aliases=["Samir Qureshi", "Qureshi", "Dr Samir Qureshi"], stance=-1),
        actor("Kerry-Ann Walsh", "person", title="practice nurse in Leeds", affiliation=None,
              aliases=["Kerry-Ann Walsh", "Walsh"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Inverness Courier (Scotland, Highlands) local government (the council ends late-night sailings on the Corran
#    ferry), headline without speech, byline, straight " and apostrophes, `£310,000`, `9.30pm`; council "said A, and
#    that B" (one span); committee chairwoman "said: "..." open at the end of its paragraph, then a closed paragraph;
#    ward councillor "said the decision was "..." and that B" (partial plus indirect), "he said"; scare so-called
#    "lifeline" funding; "In a letter to councillors last week, Ardgour Community Council said A"; carer introduced
#    in an apposition, "said A", quote with "she told the Courier"; agency spokesperson "said the operation ... was
#    "..." but that B" (partial plus indirect); partnership "said it would B"; "The council said it would B".
ARTICLES[f"{BATCH}/corran-ferry-late-sailings-cut.gold.json"] = {
    "article": f"{BATCH}/corran-ferry-late-sailings-cut.txt",
    "target": "Highland Council",
    "quotes": [
        (I, "Highland Council", "removing the four sailings after 9.30pm would save around £310,000 a year, and that fewer "
            "than 20 vehicles a night had used them over the past year", None),
        (D, "Morag Sinclair", "Nobody on this committee wanted to make this decision. But we have a budget gap of £38 "
            "million next year and every service has had to find savings.", None),
        (D, "Morag Sinclair", "We have listened to the community and we have kept the first sailing at 6.30am, which is the "
            "one that shift workers rely on most.", None),
        (P, "Ewan MacPhee", "a false economy", None),
        (I, "Ewan MacPhee", "the council had ignored its own consultation, in which 87 per cent of respondents opposed the "
            "cut", None),
        (D, "Ewan MacPhee", "If you are an auxiliary nurse finishing a late shift at the Belford, you now face a 40-mile "
            "drive round the head of Loch Eil to get home. This is how you empty a peninsula,", None),
        (S, None, "lifeline", None),
        (I, "Ardgour Community Council", "the overnight gap would leave the peninsula relying on a single ambulance based "
            "in Strontian", None),
        (I, "Catriona Rennie", "she would have to give up her job", None),
        (D, "Catriona Rennie", "I can't drive round Loch Eil at midnight in January. The ferry is our road. Without it, "
            "the job goes,", None),
        (P, "Transport Scotland spokesperson", "a matter for Highland Council", None),
        (I, "Transport Scotland spokesperson", "ministers had agreed to contribute towards the cost of two new vessels for "
            "the route", None),
        (I, "HITRANS", "it would commission a study of evening travel demand on the route early in the new year", None),
        (I, "Highland Council", "it would review the timetable after 12 months of operation", None),
    ],
    "actors": [
        actor("Highland Council", "government", title="local authority (runs the Corran ferry)", affiliation="Highland",
              aliases=["Highland Council", "The council"], stance=1),
        actor("Morag Sinclair", "person", title="chairwoman, economy and infrastructure committee",
              affiliation="Highland Council", aliases=["Morag Sinclair", "Sinclair", "Councillor Morag Sinclair"],
              stance=1),
        actor("Ewan MacPhee", "person", title="Fort William and Ardnamurchan councillor", affiliation="Highland Council",
              aliases=["Ewan MacPhee", "MacPhee"], stance=-1),
        actor("Ardgour Community Council", "organisation", title="community council", affiliation="Ardgour",
              aliases=["Ardgour Community Council"], stance=-1),
        actor("Catriona Rennie", "person", title="carer living in Ardgour", affiliation=None,
              aliases=["Catriona Rennie", "Rennie"], stance=-1),
        actor("Transport Scotland spokesperson", "person", title="spokesperson (unnamed)", affiliation="Transport Scotland",
              aliases=["Transport Scotland spokesperson"], stance=0),
        actor("HITRANS", "government", title="regional transport partnership", affiliation="Highlands and Islands",
              aliases=["HITRANS"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Bahrain News Agency (Bahrain, state wire) culture/heritage (parliament discusses delays to the Pearling Path
#    restoration), headline without speech, dateline "Manama, Dec. 4 (BNA) --" run into the lede, straight " and
#    apostrophes, "Eng.", "BD 12.4 million"; lede content before "BACA said in a written reply to the Council of
#    Representatives"; MP "said families ... had been waiting "..." for works ..." (partial only), "she said"; director
#    "told the session that the restoration ... required "..." that were not always available locally" (partial only),
#    "Al-Sayegh said", "She added that A, and that B" (one span); UNESCO inscription (no speech); MP "described the
#    project as "..." and commended BACA's efforts, but said B" (partial plus indirect; "commended" not annotated);
#    scare so-called "buffer zone" rules (glossed); resident "said he welcomed the works but hoped to "..."" (indirect
#    plus partial), "he said"; municipal chairman "said A"; "According to BACA's reply, A"; "referred the matter ..."
#    (no speech).
ARTICLES[f"{BATCH}/muharraq-pearling-path-restoration.gold.json"] = {
    "article": f"{BATCH}/muharraq-pearling-path-restoration.txt",
    "target": "Bahrain Authority for Culture and Antiquities",
    "quotes": [
        (I, "Bahrain Authority for Culture and Antiquities", "The Bahrain Authority for Culture and Antiquities (BACA) has "
            "completed the restoration of 14 historic buildings along the Pearling Path in Muharraq, with a further 11 to "
            "be finished by the end of 2027", None),
        (P, "Fatima Al-Kooheji", "more than six years", None),
        (D, "Fatima Al-Kooheji", "Families moved out on the understanding that they would return within two years. Some of "
            "them are still paying rent in Hidd and Busaiteen,", None),
        (P, "Noora Al-Sayegh", "specialist materials and craftsmen", None),
        (D, "Noora Al-Sayegh", "Each house is unique. We cannot use modern cement on a building made of coral stone and "
            "lime. If we rush, we destroy what we are trying to save,", None),
        (I, "Noora Al-Sayegh", "BACA had trained 38 young Bahraini craftsmen in traditional building techniques since 2022, "
            "and that a further group would begin training in January", None),
        (P, "Mohammed Janahi", "a source of national pride", None),
        (I, "Mohammed Janahi", "compensation for displaced families should be reviewed to reflect current rents", None),
        (S, None, "buffer zone", None),
        (I, "Abdulla Bucheeri", "he welcomed the works", None),
        (P, "Abdulla Bucheeri", "see the house finished while I am still alive.", None),
        (D, "Abdulla Bucheeri", "My father was a pearl diver. This house is his house. I want my grandchildren to see it as "
            "he saw it,", None),
        (I, "Jassim Al-Ansari", "the council would coordinate with BACA on parking and traffic arrangements in the old town "
            "while works were under way", None),
        (I, "Bahrain Authority for Culture and Antiquities", "the total cost of the project to date stands at BD 12.4 "
            "million, funded by the government and by private donors", None),
    ],
    "actors": [
        actor("Bahrain Authority for Culture and Antiquities", "government", title="culture and heritage authority",
              affiliation="Bahrain", aliases=["Bahrain Authority for Culture and Antiquities", "BACA"], stance=1),
        actor("Fatima Al-Kooheji", "person", title="MP for a Muharraq constituency",
              affiliation="Council of Representatives", aliases=["Fatima Al-Kooheji", "Al-Kooheji"], stance=-1),
        actor("Noora Al-Sayegh", "person", title="Director of Architectural Heritage",
              affiliation="Bahrain Authority for Culture and Antiquities", aliases=["Noora Al-Sayegh", "Al-Sayegh"],
              stance=1),
        actor("Mohammed Janahi", "person", title="MP", affiliation="Council of Representatives",
              aliases=["Mohammed Janahi", "Janahi"], stance=0),
        actor("Abdulla Bucheeri", "person", title="Muharraq resident, 67", affiliation=None,
              aliases=["Abdulla Bucheeri", "Bucheeri"], stance=0),
        actor("Jassim Al-Ansari", "person", title="chairman", affiliation="Muharraq Municipal Council",
              aliases=["Jassim Al-Ansari", "Al-Ansari"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
