"""Build the test162 gold files (data/eval/test162/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test162/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test162.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test162"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Daily Star (Bangladesh) labour (a garment factory closes with two months' wages unpaid), headline without
#    speech, "Staff Correspondent, Gazipur" byline, straight " and apostrophes, "yesterday", "Md"; lede "demanding
#    two months' unpaid wages" (a directive); the company's notice "said the factory would remain closed "..." due to
#    ..." (partial only, the company's); group "Protesting workers said A and that B" (one span); operator ""...,"
#    said X, a sewing operator ..." then a quote-only paragraph; federation president "said A", ""...," he told The
#    Daily Star."; director "Contacted, X said A and that wages would be paid "..."" (indirect plus partial), ""...,"
#    he said.", "He denied that B" (indirect without "that"); scare so-called "no work, no pay" clause (glossed);
#    present tense "Labour rights groups say A"; anonymous "A BGMEA official, requesting anonymity, said A";
#    industrial police "said A and that B"; "According to the Department of Inspection for Factories and
#    Establishments (DIFE), A"; ministry "said in a statement that A"; "The protesting workers said A".
ARTICLES[f"{BATCH}/rupsha-apparels-gazipur-closure.gold.json"] = {
    "article": f"{BATCH}/rupsha-apparels-gazipur-closure.txt",
    "target": "Rupsha Apparels",
    "quotes": [
        (P, "Rupsha Apparels", "until further notice", None),
        (I, "Protesting workers", "they had not been paid for October and November and that the management had stopped "
            "answering their phones", None),
        (D, "Shahnaz Akter", "We worked overtime until the last day. They told us the salary would come on the 10th, and "
            "then one morning the gate was locked,", None),
        (D, "Shahnaz Akter", "I have two children and my husband is sick. The landlord has given me until the end of the "
            "month.", None),
        (I, "Md Rafiqul Islam", "the owners had moved their orders to a sister factory in Narayanganj to avoid paying "
            "severance", None),
        (D, "Md Rafiqul Islam", "This is not a closure, it is a trick. They want the workers to get tired and leave on "
            "their own,", None),
        (I, "Mahbubur Rahman", "the company had lost two major European buyers this year", None),
        (P, "Mahbubur Rahman", "as soon as the bank releases our funds", None),
        (D, "Mahbubur Rahman", "We are not running away. This is a family business, and we have been in Gazipur for 22 "
            "years,", None),
        (I, "Mahbubur Rahman", "orders had been moved to another factory", None),
        (S, None, "no work, no pay", None),
        (I, "Labour rights groups", "the clause is being misused", None),
        (I, "BGMEA official", "the association had asked the owners to submit a payment plan by Sunday", None),
        (I, "Sarwar Alam", "the highway was cleared around 1:30pm and that no one was injured", None),
        (I, "Department of Inspection for Factories and Establishments", "at least 58 garment factories in Gazipur have "
            "closed since January, leaving more than 40,000 workers jobless", None),
        (I, "labour ministry", "it would hold a tripartite meeting with the owners and workers' representatives at the "
            "Shram Bhaban on Tuesday", None),
        (I, "Protesting workers", "they would continue to gather in front of the factory every morning until the meeting",
            None),
    ],
    "actors": [
        actor("Rupsha Apparels", "organisation", title="garment manufacturer", affiliation=None,
              aliases=["Rupsha Apparels", "Rupsha Apparels Ltd"], stance=0),
        actor("Protesting workers", "group", title="factory workers", affiliation="Rupsha Apparels",
              aliases=["Protesting workers", "protesting workers"], stance=-1),
        actor("Shahnaz Akter", "person", title="sewing operator", affiliation="Rupsha Apparels",
              aliases=["Shahnaz Akter", "Akter"], stance=-1),
        actor("Md Rafiqul Islam", "person", title="president", affiliation="Garment Workers' Rights Forum",
              aliases=["Md Rafiqul Islam", "Rafiqul Islam", "Islam"], stance=-1),
        actor("Mahbubur Rahman", "person", title="director (admin and finance)", affiliation="Rupsha Apparels",
              aliases=["Mahbubur Rahman", "Rahman"], stance=1),
        actor("Labour rights groups", "group", title="labour rights groups", affiliation=None,
              aliases=["Labour rights groups"], stance=None),
        actor("BGMEA official", "person", title="official (anonymous)",
              affiliation="Bangladesh Garment Manufacturers and Exporters Association", aliases=["BGMEA official"],
              stance=0),
        actor("Sarwar Alam", "person", title="Superintendent, Industrial Police-2", affiliation="Industrial Police",
              aliases=["Sarwar Alam", "Alam"], stance=None),
        actor("Department of Inspection for Factories and Establishments", "government", title="factory inspectorate",
              affiliation="Bangladesh", aliases=["Department of Inspection for Factories and Establishments", "DIFE"],
              stance=None),
        actor("labour ministry", "government", title="Ministry of Labour and Employment", affiliation="Bangladesh",
              aliases=["labour ministry"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ANTARA (Indonesian state wire, English service) health/education (students fall ill after free school meals),
#    headline without speech, dateline "Garut, West Java (ANTARA) -" run into the lede, straight " and apostrophes,
#    Antara cues: "“...,” X stated here on Tuesday", "He informed that A", "Setiadi noted that A, but said B" (two
#    indirects), "Setiadi remarked that A", ""...," he stressed."; scare "widely referred to by its Indonesian acronym
#    "MBG"" (glossed); health office head "said A, while B" (one span), ""...," she added."; group "Parents waiting
#    outside the hospital said A and would B" (one span); parent ""...?" said X, 41, whose ..."; principal "said A,
#    and that B" (one span); police chief (Indonesian police rank) "said A"; legislator "described the incident as
#    "..." and urged the BGN to ..." (partial; the directive not annotated); commission "said A"; "According to BGN
#    data, A".
ARTICLES[f"{BATCH}/garut-school-meals-poisoning-bgn.gold.json"] = {
    "article": f"{BATCH}/garut-school-meals-poisoning-bgn.txt",
    "target": "National Nutrition Agency",
    "quotes": [
        (D, "Irwan Setiadi", "We have stopped the kitchen's operations until the laboratory results come out. The safety "
            "of children is non-negotiable,", None),
        (I, "Irwan Setiadi", "samples of the chicken, rice and vegetables served at the five schools had been sent to the "
            "West Java Health Laboratory in Bandung", None),
        (I, "Irwan Setiadi", "the kitchen had passed an inspection in October", None),
        (I, "Irwan Setiadi", "the agency would review its supervision of all 1,300 community kitchens in the province",
            None),
        (S, None, "MBG", None),
        (I, "Leni Marlina", "37 students were still being treated at dr. Slamet Regional General Hospital, while the rest "
            "had been allowed to return home", None),
        (D, "Leni Marlina", "Most of them experienced nausea, vomiting and stomach cramps about two hours after eating. "
            "None of them are in critical condition,", None),
        (I, "Parents waiting outside the hospital", "they had lost confidence in the program and would send their "
            "children to school with packed lunches from home", None),
        (D, "Yayah Rohayah", "My son asked me this morning whether he has to eat the school lunch again. What should I "
            "tell him?", None),
        (I, "Asep Saepuloh", "the food arrived at his school about four hours after it was cooked, and that teachers had "
            "noticed a sour smell from some of the boxes", None),
        (I, "Hendra Gunawan", "his officers had questioned 14 kitchen workers and the kitchen's chicken supplier", None),
        (P, "Rahmat Hidayat", "a warning that cannot be ignored", None),
        (I, "Indonesian Child Protection Commission", "it had received reports of at least 11 similar incidents across "
            "the country since July", None),
        (I, "National Nutrition Agency", "the program currently serves more than 30 million students, pregnant women and "
            "toddlers through nearly 12,000 community kitchens nationwide", None),
        (I, "Irwan Setiadi", "the agency would cover all medical costs for the affected students", None),
        (D, "Irwan Setiadi", "The program will continue. But every kitchen that does not follow the standards will be "
            "closed, without exception,", None),
    ],
    "actors": [
        actor("Irwan Setiadi", "person", title="BGN Deputy Head for Monitoring and Supervision",
              affiliation="National Nutrition Agency", aliases=["Irwan Setiadi", "Setiadi"], stance=1),
        actor("Leni Marlina", "person", title="Head of the Garut District Health Office",
              affiliation="Garut District Health Office", aliases=["Leni Marlina", "Marlina"], stance=None),
        actor("Parents waiting outside the hospital", "group", title="parents", affiliation=None,
              aliases=["Parents waiting outside the hospital"], stance=-1),
        actor("Yayah Rohayah", "person", title="parent, 41", affiliation=None, aliases=["Yayah Rohayah", "Rohayah"],
              stance=-1),
        actor("Asep Saepuloh", "person", title="principal", affiliation="SDN 3 Tarogong Kidul",
              aliases=["Asep Saepuloh", "Saepuloh"], stance=-1),
        actor("Hendra Gunawan", "person", title="Garut Police Chief", affiliation="Indonesian National Police",
              aliases=["Hendra Gunawan", "Gunawan"], stance=None),
        actor("Rahmat Hidayat", "person", title="member of Commission IX", affiliation="House of Representatives (DPR)",
              aliases=["Rahmat Hidayat", "Hidayat"], stance=-1),
        actor("Indonesian Child Protection Commission", "government", title="child protection commission",
              affiliation="Indonesia", aliases=["Indonesian Child Protection Commission", "KPAI"], stance=-1),
        actor("National Nutrition Agency", "government", title="national nutrition agency", affiliation="Indonesia",
              aliases=["National Nutrition Agency", "BGN"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Penguin News (Falkland Islands) local government (the government plans to cut internal air service flights),
#    headline without speech, byline, lede opening in capitals ("FLIGHTS"), British straight single quotes '...' for
#    full quotes and fragments (apostrophes in "service's", "years'" avoided), "£4.1 million", "MLA"; lede "Camp
#    residents who say they are being '...' from Stanley" (partial only, the group's); "FIG said A"; content before
#    "the government said"; content before "according to FIG figures"; MLA "told Penguin News: '...'", "'...,' she
#    added."; manager "said A, a record, and that B" (one span); scare so-called 'milk run' (glossed); farmer "'...,'
#    said X, who farms near Hill Cove ...", "She said the plan treated Camp '...'" (partial only); group "Residents
#    at the meeting said A"; chamber "said A"; second MLA "said A", "'...,' he said."; "A final decision is
#    expected" (no speech).
ARTICLES[f"{BATCH}/figas-outer-islands-flight-cuts.gold.json"] = {
    "article": f"{BATCH}/figas-outer-islands-flight-cuts.txt",
    "target": "Falkland Islands Government",
    "quotes": [
        (P, "Camp residents", "cut adrift", None),
        (I, "Falkland Islands Government", "the changes were needed because the cost of running the Falkland Islands "
            "Government Air Service (FIGAS) had risen by nearly 40 per cent in three years, mostly because of fuel and "
            "aircraft maintenance", None),
        (I, "Falkland Islands Government", "One of the service's four Islander aircraft would be withdrawn from April "
            "under the proposals", None),
        (I, "Falkland Islands Government", "FIGAS cost the government £4.1 million last year against £0.9 million in "
            "ticket income", None),
        (D, "Rebecca Short", "Nobody wants to cut a service that Camp relies on. But we cannot keep spending money we do "
            "not have, and every pound spent on FIGAS is a pound not spent on the hospital or the schools.", None),
        (D, "Rebecca Short", "We will listen to everyone before anything is decided,", None),
        (I, "Tom Anderson", "the service had carried 9,800 passengers last year, a record, and that the pilots had not "
            "been consulted on the new timetable", None),
        (S, None, "milk run", None),
        (D, "Jess McKay", "My kids board in Stanley during the week. If there is one flight a week and the weather turns, "
            "they come home once a month, maybe,", None),
        (P, "Jess McKay", "like an afterthought", None),
        (I, "Residents at the meeting", "they would send a petition to the Legislative Assembly before Christmas", None),
        (I, "Falkland Islands Chamber of Commerce", "fewer flights would hurt tourism businesses on Sea Lion and Pebble "
            "islands, which depend on FIGAS to bring their visitors in", None),
        (I, "Graham Whitney", "he would vote against the cuts in their current form", None),
        (D, "Graham Whitney", "If we are serious about keeping people in Camp, the plane is not a luxury. It is the bus, "
            "the ambulance and the postman,", None),
    ],
    "actors": [
        actor("Camp residents", "group", title="residents of Camp (outside Stanley)", affiliation=None,
              aliases=["Camp residents"], stance=-1),
        actor("Falkland Islands Government", "government", title="government", affiliation="Falkland Islands",
              aliases=["Falkland Islands Government", "FIG", "the government"], stance=1),
        actor("Rebecca Short", "person", title="MLA, public works portfolio", affiliation="Legislative Assembly",
              aliases=["Rebecca Short", "Short", "MLA Rebecca Short"], stance=1),
        actor("Tom Anderson", "person", title="FIGAS general manager",
              affiliation="Falkland Islands Government Air Service", aliases=["Tom Anderson", "Anderson"], stance=-1),
        actor("Jess McKay", "person", title="farmer near Hill Cove", affiliation=None, aliases=["Jess McKay", "McKay"],
              stance=-1),
        actor("Residents at the meeting", "group", title="residents at a public meeting in Fox Bay", affiliation=None,
              aliases=["Residents at the meeting"], stance=-1),
        actor("Falkland Islands Chamber of Commerce", "organisation", title="chamber of commerce",
              affiliation="Falkland Islands", aliases=["Falkland Islands Chamber of Commerce"], stance=-1),
        actor("Graham Whitney", "person", title="MLA for Camp", affiliation="Legislative Assembly",
              aliases=["Graham Whitney", "Whitney", "MLA Graham Whitney"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Le Monde in English (France) courts (a mayor is convicted of favoritism and barred from office), headline and
#    standfirst without speech, byline and "Published on ... (Paris)" lines, curly “ ” and straight apostrophes,
#    American spelling, "€40,000"; the verdict ("found ... guilty", "It sentenced him") not annotated; "According to
#    the judgment, A"; judge "“...,” the presiding judge, X, said as she read out the ruling. She said the court had
#    chosen ... because of “...”" (direct, then partial only); scare so-called “provisional execution” (glossed);
#    mayor "left the courtroom without speaking" (no speech), "In a message posted on Facebook ..., he said he was the
#    victim of “...” and that he would appeal" (partial plus indirect), "“...,” he wrote."; lawyer "told Le Monde that
#    the court had “...”" (partial only), "“...,” she said."; prosecutor "had argued that Delorme “...” the contracts
#    so that ..., and had asked for ..." (partial only; the request not annotated); councillor "said the verdict had
#    “...” the residents ..." (partial only), "she said"; group "Residents gathered outside the town hall ... said A
#    and that B" (one span); party "said A"; prefecture "said A"; "His lawyer did not respond" (Roux's).
ARTICLES[f"{BATCH}/montclar-mayor-delorme-convicted.gold.json"] = {
    "article": f"{BATCH}/montclar-mayor-delorme-convicted.txt",
    "target": "Jean-Marc Delorme",
    "quotes": [
        (I, "criminal court in Valence", "Delorme steered €2.3 million in road and school renovation contracts between "
            "2017 and 2022 to a construction company run by a former deputy mayor, Patrick Roux, who was also convicted",
            None),
        (D, "Isabelle Ferrand", "The law on public procurement is not a formality that an elected official may set aside "
            "when it suits him,", None),
        (P, "Isabelle Ferrand", "the risk of repetition.", None),
        (S, None, "provisional execution", None),
        (P, "Jean-Marc Delorme", "a political trial", None),
        (I, "Jean-Marc Delorme", "he would appeal", None),
        (D, "Jean-Marc Delorme", "For eighteen years I have given everything to this town. Not one euro went into my "
            "pocket, and the court itself recognized that,", None),
        (P, "Claire Vasseur", "confused administrative clumsiness with a crime.", None),
        (D, "Claire Vasseur", "Small towns do not have legal departments. The mayor signed what his services put in front "
            "of him, as every mayor in France does,", None),
        (P, "prosecutor", "knowingly organized", None),
        (P, "Nadia Benali", "vindicated", None),
        (D, "Nadia Benali", "For five years we were called liars and troublemakers. Today a court has said we were right,",
            None),
        (I, "Residents gathered outside the town hall", "Delorme had done more for the town than any of his predecessors "
            "and that the contracts had at least produced new roads and a renovated school", None),
        (I, "Les Républicains", "it had suspended his party membership pending the outcome of the appeal", None),
        (I, "prefecture of the Drôme", "the municipal council would meet within 15 days to elect a new mayor", None),
    ],
    "actors": [
        actor("criminal court in Valence", "government", title="criminal court", affiliation="France",
              aliases=["criminal court in Valence", "the judgment", "the court"], stance=-1),
        actor("Isabelle Ferrand", "person", title="presiding judge", affiliation="criminal court in Valence",
              aliases=["Isabelle Ferrand", "Ferrand"], stance=-1),
        actor("Jean-Marc Delorme", "person", title="mayor of Montclar-sur-Drôme, 61", affiliation="Les Républicains",
              aliases=["Jean-Marc Delorme", "Delorme"], stance=1),
        actor("Claire Vasseur", "person", title="lawyer for Delorme", affiliation=None,
              aliases=["Claire Vasseur", "Vasseur"], stance=1),
        actor("prosecutor", "person", title="prosecutor", affiliation="French public prosecution", aliases=["prosecutor"],
              stance=-1),
        actor("Nadia Benali", "person", title="opposition councillor", affiliation="Montclar-sur-Drôme municipal council",
              aliases=["Nadia Benali", "Benali"], stance=-1),
        actor("Residents gathered outside the town hall", "group", title="residents", affiliation=None,
              aliases=["Residents gathered outside the town hall"], stance=1),
        actor("Les Républicains", "organisation", title="political party", affiliation="France",
              aliases=["Les Républicains"], stance=-1),
        actor("prefecture of the Drôme", "government", title="prefecture", affiliation="France",
              aliases=["prefecture of the Drôme"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
