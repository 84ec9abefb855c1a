"""Build the dev206 gold files (data/eval/dev206/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev206/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev206.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev206"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. AFP wire (Peru) disaster (a mine's tailings dam bursts in Ancash), headline without speech, dateline
#    "Lima (AFP) –", straight " and apostrophes, US punctuation inside closing marks, AFP sign-off
#    "bur/mlr/jm"; lede "suspended operations" (an act); content before "according to Peru's National Civil
#    Defence Institute (INDECI)"; agency "said in a statement that it had ordered ... while ..." (one span);
#    president "told reporters", then "she said"; company "said the breach was caused by "..." and that B"
#    (partial plus indirect); general manager "told local radio station RPP that A", quote split by "he said";
#    group "Residents of Pachapaqui ... said A"; farmer named after her quote, then a quote running over two
#    quote-only paragraphs (the first open at the end of its line); mayor "said A", quote with "Quispe told AFP
#    by telephone"; anonymous ministry official "said the dam's last expansion had been approved "on paper
#    only," without ..." (partial only); "The ministry said separately that A and would B" (one span); NGO
#    "called the collapse "..."" (partial); scare "known locally as "pasivos ambientales,"".
ARTICLES[f"{BATCH}/ancash-tailings-dam-santa-rosalia.gold.json"] = {
    "article": f"{BATCH}/ancash-tailings-dam-santa-rosalia.txt",
    "target": "Minera Santa Rosalía",
    "quotes": [
        (I, "National Civil Defence Institute", "No deaths were reported, but 14 families were evacuated and at least "
            "200 head of livestock were missing", None),
        (I, "Environmental Assessment and Enforcement Agency", "it had ordered Minera Santa Rosalía to halt all "
            "extraction and processing at its Huallanca site while inspectors determined the cause of the collapse",
            None),
        (D, "Carmen Villacorta", "The preliminary images show a breach in the northern wall of the dam. That wall had "
            "been raised twice in the last three years,", None),
        (D, "Carmen Villacorta", "We will establish whether those works had the permits they needed,", None),
        (P, "Minera Santa Rosalía", "exceptional rainfall", None),
        (I, "Minera Santa Rosalía", "its emergency plan had been activated within minutes", None),
        (I, "Álvaro Paredes", "the company would pay for the clean-up and compensate every affected family", None),
        (D, "Álvaro Paredes", "Nobody is going to be left without help. We have had engineers, machines and water trucks "
            "in the valley since 4 am,", None),
        (D, "Álvaro Paredes", "But I want to be clear: this dam was inspected in August and it passed.", None),
        (I, "Residents of Pachapaqui", "the sludge had reached the edge of their houses before dawn", None),
        (D, "Eulogia Ramírez", "We heard a noise like thunder, but there was no storm. Then the river turned grey,", None),
        (D, "Eulogia Ramírez", "My animals were in the lower field. I have found four. The rest, I don't know.", None),
        (D, "Eulogia Ramírez", "Who is going to pay for a field that will not grow anything for 10 years?", None),
        (I, "Teófilo Quispe", "the company had ignored repeated warnings from the community", None),
        (D, "Teófilo Quispe", "We sent two letters to the company and one to the ministry about cracks in that wall. "
            "Nobody answered us,", None),
        (P, "official at the Ministry of Energy and Mines", "on paper only,", None),
        (I, "Ministry of Energy and Mines", "it had sent a team of engineers to the site and would review the permits of "
            "every tailings dam in the region", None),
        (P, "CooperAcción", "the accident everyone saw coming.", None),
        (S, None, "pasivos ambientales,", None),
    ],
    "actors": [
        actor("National Civil Defence Institute", "government", title="civil defence agency", affiliation="Peru",
              aliases=["National Civil Defence Institute", "INDECI"], stance=0),
        actor("Environmental Assessment and Enforcement Agency", "government", title="environmental regulator",
              affiliation="Peru", aliases=["Environmental Assessment and Enforcement Agency", "OEFA"], stance=0),
        actor("Carmen Villacorta", "person", title="OEFA president",
              affiliation="Environmental Assessment and Enforcement Agency",
              aliases=["Carmen Villacorta", "Villacorta"], stance=-1),
        actor("Minera Santa Rosalía", "organisation", title="mining company (subsidiary of a Canadian-listed miner)",
              affiliation=None, aliases=["Minera Santa Rosalía", "The company"], stance=1),
        actor("Álvaro Paredes", "person", title="general manager", affiliation="Minera Santa Rosalía",
              aliases=["Álvaro Paredes", "Paredes"], stance=1),
        actor("Residents of Pachapaqui", "group", title="villagers downstream", affiliation=None,
              aliases=["Residents of Pachapaqui"], stance=-1),
        actor("Eulogia Ramírez", "person", title="farmer, 58", affiliation=None,
              aliases=["Eulogia Ramírez", "Ramírez"], stance=-1),
        actor("Teófilo Quispe", "person", title="mayor of Huallanca district", affiliation=None,
              aliases=["Teófilo Quispe", "Quispe"], stance=-1),
        actor("official at the Ministry of Energy and Mines", "person", title="ministry official (anonymous)",
              affiliation="Ministry of Energy and Mines", aliases=["official at the Ministry of Energy and Mines"],
              stance=-1),
        actor("Ministry of Energy and Mines", "government", title="ministry", affiliation="Peru",
              aliases=["Ministry of Energy and Mines", "The ministry"], stance=0),
        actor("CooperAcción", "organisation", title="environmental group", affiliation=None,
              aliases=["CooperAcción"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Myjoyonline (Ghana) sport (the football association sacks the national coach), headline without speech,
#    "Source: Joy Sports | Date: ... Time: ..." line, curly “ ” and ’, British punctuation outside closing
#    marks for fragments; lede "has terminated the contract" (an act); statement "said the decision was taken
#    “...” and that B" (partial plus indirect); scare so-called “Project 2030” (glossed); general secretary
#    "told Joy Sports the association could not “...”" (partial only), then "he said"; coach "said he was
#    “...” by the decision", quote with "the 52-year-old told Joy Sports" and a quote-only paragraph; former
#    captain "described the sacking as “...”", "He said A"; players' union "warned that ... was “...” in the
#    national team" (partial only); its general secretary named after the quote; "calling on the FA's leadership
#    to resign" (directive); authority "said A but would B" (one span); "According to sources at the GFA, A".
ARTICLES[f"{BATCH}/gfa-sacks-black-stars-coach-boateng.gold.json"] = {
    "article": f"{BATCH}/gfa-sacks-black-stars-coach-boateng.txt",
    "target": "Ghana Football Association",
    "quotes": [
        (P, "Ghana Football Association", "after a thorough review of the technical performance of the senior national "
            "team", None),
        (I, "Ghana Football Association", "the Executive Council had thanked the coach for his service", None),
        (S, None, "Project 2030", None),
        (P, "Prosper Adjei-Mensah", "keep waiting for results that are not coming", None),
        (D, "Prosper Adjei-Mensah", "We gave him the tools he asked for. We gave him the friendlies, the camps in Europe, "
            "the staff. At some point the association has to take responsibility, and that is what we have done,", None),
        (P, "Daniel Kwaku Boateng", "disappointed but not surprised", None),
        (D, "Daniel Kwaku Boateng", "I was given 14 months to rebuild a team that had lost its way. I accept that the "
            "results were not good enough, but I have no regrets about the young players we brought in,", None),
        (D, "Daniel Kwaku Boateng", "Time will show who was right about them.", None),
        (P, "Stephen Amankwah", "long overdue", None),
        (I, "Stephen Amankwah", "the GFA should also take its share of the blame for appointing a coach with no "
            "experience of African qualifiers", None),
        (P, "Professional Footballers’ Association of Ghana", "killing continuity", None),
        (D, "Abena Owusu-Ansah", "Since 2022 we have had four coaches. No team in the world can build anything like that,",
            None),
        (I, "National Sports Authority", "it had not been consulted on the decision but would work with the GFA on the "
            "appointment of a successor", None),
        (I, "sources at the GFA", "former Asante Kotoko coach Michael Osei and a European candidate are on a shortlist of "
            "three, and an appointment is expected before the end of January", None),
    ],
    "actors": [
        actor("Ghana Football Association", "organisation", title="football association", affiliation="Ghana",
              aliases=["Ghana Football Association", "GFA", "the FA"], stance=1),
        actor("Prosper Adjei-Mensah", "person", title="General Secretary", affiliation="Ghana Football Association",
              aliases=["Prosper Adjei-Mensah", "Adjei-Mensah"], stance=1),
        actor("Daniel Kwaku Boateng", "person", title="former Black Stars head coach", affiliation=None,
              aliases=["Daniel Kwaku Boateng", "Boateng", "the 52-year-old"], stance=-1),
        actor("Stephen Amankwah", "person", title="former Black Stars captain", affiliation=None,
              aliases=["Stephen Amankwah", "Amankwah"], stance=0),
        actor("Professional Footballers’ Association of Ghana", "organisation", title="players' union",
              affiliation="Ghana", aliases=["Professional Footballers’ Association of Ghana", "PFAG"], stance=-1),
        actor("Abena Owusu-Ansah", "person", title="general secretary",
              affiliation="Professional Footballers’ Association of Ghana",
              aliases=["Abena Owusu-Ansah", "Owusu-Ansah"], stance=-1),
        actor("National Sports Authority", "government", title="sports authority", affiliation="Ghana",
              aliases=["National Sports Authority", "NSA"], stance=0),
        actor("sources at the GFA", "group", title="sources (anonymous)", affiliation="Ghana Football Association",
              aliases=["sources at the GFA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. DutchNews.nl (Netherlands) local government (Amsterdam plans to ban party boats from the canals),
#    headline without speech, date line, British straight single quotes '...' for full quotes and fragments
#    (apostrophes in "city's", "Residents'"), "€15m", "8am"; lede content before "the city's tourism alderwoman
#    has said" (the speaker named in the next paragraph); "told a council committee ... that the canals had
#    become '...' ... and that residents ... had '...'" (two partials); quote split by "she said"; scare so-called
#    'overtourism'; "reacted angrily" (no speech); association chairman "said the city was '...'" (partial
#    only), quote split by "he told DutchNews.nl"; "The association said A"; "welcomed the proposal" (act);
#    resident named mid-quote, quote split; party "said the ban was '...' and argued that B" (partial plus
#    indirect); utility "said A"; "Veenstra said A".
ARTICLES[f"{BATCH}/amsterdam-party-boats-ban-veenstra.gold.json"] = {
    "article": f"{BATCH}/amsterdam-party-boats-ban-veenstra.txt",
    "target": "Marieke Veenstra",
    "quotes": [
        (I, "Marieke Veenstra", "Amsterdam is to stop issuing new licences for party boats and will remove most of the "
            "550 vessels now allowed in the city centre canals by 2029", None),
        (P, "Marieke Veenstra", "a floating nightclub", None),
        (P, "Marieke Veenstra", "reached the end of their patience", None),
        (D, "Marieke Veenstra", "We are not against boats. Amsterdam is a city of water and it should stay that way,",
            None),
        (D, "Marieke Veenstra", "But a boat with 12 people, a DJ and a crate of beer going past your bedroom window at one "
            "in the morning is not tourism, it is a nuisance.", None),
        (S, None, "overtourism", None),
        (P, "Jeroen Bakker", "punishing the whole sector for the behaviour of a few", None),
        (D, "Jeroen Bakker", "Most of our customers are families and colleagues on a company outing. We already have "
            "rules, so enforce them,", None),
        (D, "Jeroen Bakker", "If the city goes ahead, we will see them in court.", None),
        (I, "Amsterdam Sloep Association", "its members had invested more than €15m in electric engines since 2020 on the "
            "understanding that they would be allowed to keep operating", None),
        (D, "Ans de Groot", "For five months a year I cannot open my window on a Saturday night,", None),
        (D, "Ans de Groot", "This is the first time in ten years the city has chosen the people who live here.", None),
        (P, "VVD", "symbolic politics", None),
        (I, "VVD", "the city should first crack down on unlicensed boats, which by its own estimate make up about a fifth "
            "of the traffic on busy days", None),
        (I, "Waternet", "the number of boats in the centre on a summer Saturday had risen by around 40% since 2019", None),
        (I, "Marieke Veenstra", "she was willing to talk to operators about compensation for firms which cannot switch "
            "to the new rules in time", None),
    ],
    "actors": [
        actor("Marieke Veenstra", "person", title="tourism alderwoman (GroenLinks)", affiliation="City of Amsterdam",
              aliases=["Marieke Veenstra", "Veenstra", "tourism alderwoman"], stance=1),
        actor("Jeroen Bakker", "person", title="chairman", affiliation="Amsterdam Sloep Association",
              aliases=["Jeroen Bakker", "Bakker"], stance=-1),
        actor("Amsterdam Sloep Association", "organisation", title="boat rental firms' association", affiliation=None,
              aliases=["Amsterdam Sloep Association", "The association"], stance=-1),
        actor("Ans de Groot", "person", title="Prinsengracht resident", affiliation=None,
              aliases=["Ans de Groot", "de Groot"], stance=1),
        actor("VVD", "organisation", title="right-wing liberal party", affiliation=None, aliases=["VVD"], stance=-1),
        actor("Waternet", "organisation", title="waterways manager", affiliation="Amsterdam", aliases=["Waternet"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Guam Daily Post (Pacific) health (the public hospital's heart catheterization lab will close),
#    headline without speech, "By ... | The Guam Daily Post" and date lines, straight " with a nested straight
#    single 'time is muscle.' inside a quote, US punctuation, "Dr.", "Sen."; lede content before "hospital
#    officials confirmed Wednesday"; content before "according to the Guam Memorial Hospital Authority"; scare
#    so-called "cath lab,"; CEO named after her quote, "Perez-Cruz said A", "she said"; cardiologist "said the
#    news was "..." and that B" (partial plus indirect), quote with "Reyes said", "He said ... because of "...""
#    (partial only); senator "said A", quote split by "she said"; board chairman "said in a written response to
#    the Post that A"; relative "said A", "he said"; photo caption with "Hospital officials said ..." and a
#    credit "(Frank San Nicolas/The Guam Daily Post)" (not annotated).
ARTICLES[f"{BATCH}/gmh-cardiac-cath-lab-closure.gold.json"] = {
    "article": f"{BATCH}/gmh-cardiac-cath-lab-closure.txt",
    "target": "Guam Memorial Hospital",
    "quotes": [
        (I, "hospital officials", "Guam Memorial Hospital will stop performing emergency heart catheterizations at the "
            "end of the month after the departure of its only remaining interventional cardiologist", None),
        (I, "Guam Memorial Hospital Authority", "Patients suffering a major heart attack will instead be stabilized and "
            "flown to Honolulu or Manila", None),
        (S, None, "cath lab,", None),
        (D, "Lillian Perez-Cruz", "We have been recruiting for this position for over a year. We offered incentives, we "
            "went to conferences in the States and in Asia. We simply have not been able to get someone to come,", None),
        (I, "Lillian Perez-Cruz", "the hospital had signed a temporary agreement with a private air ambulance company and "
            "was negotiating with a locum cardiologist from the Philippines who could start in February", None),
        (D, "Lillian Perez-Cruz", "I want to assure our community that no one will be turned away. The standard of care "
            "will be maintained,", None),
        (P, "Vincent Reyes", "a disaster for this island", None),
        (I, "Vincent Reyes", "the hospital had been warned", None),
        (D, "Vincent Reyes", "Every minute counts with a heart attack. We call it 'time is muscle.' If you tell me the "
            "patient has to wait eight hours for a plane, I will tell you that some of those patients are going to die,",
            None),
        (P, "Vincent Reyes", "unpaid call pay and broken equipment.", None),
        (I, "Therese Camacho", "she would hold an oversight hearing next week", None),
        (D, "Therese Camacho", "This didn't happen overnight,", None),
        (D, "Therese Camacho", "The board knew in June that the doctor was leaving. Why are we hearing about it now, four "
            "weeks before the lab closes?", None),
        (I, "Antonio Leon Guerrero", "the board had approved a new pay scale for physicians in October", None),
        (I, "Joseph Santos", "families should have been told months ago", None),
        (D, "Joseph Santos", "My dad is alive because they could do it here. Now they tell us, if it happens again, good "
            "luck getting on a plane,", None),
    ],
    "actors": [
        actor("hospital officials", "group", title="hospital officials", affiliation="Guam Memorial Hospital",
              aliases=["hospital officials"], stance=0),
        actor("Guam Memorial Hospital Authority", "government", title="public hospital authority", affiliation="Guam",
              aliases=["Guam Memorial Hospital Authority", "GMHA"], stance=0),
        actor("Lillian Perez-Cruz", "person", title="chief executive officer", affiliation="Guam Memorial Hospital",
              aliases=["Lillian Perez-Cruz", "Perez-Cruz"], stance=1),
        actor("Vincent Reyes", "person", title="cardiologist in private practice", affiliation=None,
              aliases=["Vincent Reyes", "Reyes"], stance=-1),
        actor("Therese Camacho", "person", title="senator, chair of the Legislature's health committee",
              affiliation="Guam Legislature", aliases=["Therese Camacho", "Camacho"], stance=-1),
        actor("Antonio Leon Guerrero", "person", title="chairman of the board of trustees",
              affiliation="Guam Memorial Hospital Authority", aliases=["Antonio Leon Guerrero", "Leon Guerrero"],
              stance=1),
        actor("Joseph Santos", "person", title="Dededo resident", affiliation=None,
              aliases=["Joseph Santos", "Santos"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
