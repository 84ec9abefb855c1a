"""Build the dev236 gold files (data/eval/dev236/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev236/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev236.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev236"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Gulf Times (Qatar) sport (a club docked six points for fielding a suspended player will appeal), headline
#    without speech, "By Sports Reporter" and "Doha" lines, straight " and apostrophes; content before "the club said
#    yesterday"; disciplinary committee "said in a statement that A, and that B" (one span); club president (a title
#    "Sheikh") "said A", split quote with "he said." (two closed stretches); coach "was more blunt.", Q&A "Asked at
#    training whether ..., the Spaniard replied: "..."", then a quote with "Salgado added."; "According to the QFA's
#    disciplinary code, A" (the association); anonymous QFA official "told Gulf Times that A and that B" (one span),
#    "the official said"; rival manager "welcomed the ruling but said he had "..." for ..." (partial only), "he said";
#    group "Supporters at Al Dafna's training ground on Tuesday evening said A"; fan named after his quote; scare
#    so-called "golden generation," ("has been tipped by pundits": no cue).
ARTICLES[f"{BATCH}/al-dafna-points-deduction-appeal.gold.json"] = {
    "article": f"{BATCH}/al-dafna-points-deduction-appeal.txt",
    "target": "Al Dafna SC",
    "quotes": [
        (I, "Al Dafna SC", "Al Dafna SC will appeal against a six-point deduction imposed by the Qatar Football "
            "Association (QFA) for fielding an ineligible player in two league matches", None),
        (I, "QFA Disciplinary Committee", "midfielder Youssef Amrani had played against Al Khor and Umm Salal last month "
            "while serving a suspension carried over from the Amir Cup, and that the results of both matches had been "
            "reversed", None),
        (I, "Nasser bin Ali al-Kuwari", "the suspension had never been communicated to the club in writing", None),
        (D, "Nasser bin Ali al-Kuwari", "We received no letter and no email. Our administration checked the system before "
            "both matches and the player was clear,", None),
        (D, "Nasser bin Ali al-Kuwari", "We respect the committee, but we believe we are right, and we will go to the "
            "appeals committee and, if necessary, to CAS.", None),
        (D, "Rubén Salgado", "No. Somebody made a mistake, but it was not us.", None),
        (D, "Rubén Salgado", "My players won those games on the pitch. Six points is a lot of sweat,", None),
        (I, "Qatar Football Association", "suspensions are published on the association's online system, and clubs are "
            "responsible for checking the eligibility of their own players", None),
        (I, "QFA official", "the suspension had been listed on the system since October 2 and that three other clubs had "
            "checked it correctly in the same period", None),
        (D, "QFA official", "The rule is very simple and it is the same for every club,", None),
        (P, "Tariq Saeed", "some sympathy", None),
        (D, "Tariq Saeed", "It is not the players' fault. But rules are rules, and we lost those three points on the day,",
            None),
        (I, "Supporters at Al Dafna's training ground", "they would travel in numbers to the club's next match to show "
            "their backing", None),
        (D, "Khalid Mubarak", "This is the best season we have had in ten years. We will not let a piece of paper take it "
            "away,", None),
        (S, None, "golden generation,", None),
    ],
    "actors": [
        actor("Al Dafna SC", "organisation", title="football club", affiliation="Qatar Stars League",
              aliases=["Al Dafna SC", "Al Dafna"], stance=1),
        actor("QFA Disciplinary Committee", "organisation", title="disciplinary committee",
              affiliation="Qatar Football Association", aliases=["QFA Disciplinary Committee"], stance=-1),
        actor("Nasser bin Ali al-Kuwari", "person", title="club president", affiliation="Al Dafna SC",
              aliases=["Nasser bin Ali al-Kuwari", "al-Kuwari", "Sheikh Nasser bin Ali al-Kuwari"], stance=1),
        actor("Rubén Salgado", "person", title="coach", affiliation="Al Dafna SC",
              aliases=["Rubén Salgado", "Salgado", "the Spaniard"], stance=1),
        actor("Qatar Football Association", "organisation", title="football association (its disciplinary code)",
              affiliation="Qatar", aliases=["Qatar Football Association", "QFA"], stance=-1),
        actor("QFA official", "person", title="anonymous official", affiliation="Qatar Football Association",
              aliases=["QFA official", "the official"], stance=-1),
        actor("Tariq Saeed", "person", title="manager", affiliation="Al Khor", aliases=["Tariq Saeed", "Saeed"],
              stance=-1),
        actor("Supporters at Al Dafna's training ground", "group", title="Al Dafna supporters", affiliation="Al Dafna SC",
              aliases=["Supporters at Al Dafna's training ground"], stance=1),
        actor("Khalid Mubarak", "person", title="supporter", affiliation="Al Dafna SC",
              aliases=["Khalid Mubarak", "Mubarak"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Hürriyet Daily News (Türkiye) disasters/housing (earthquake survivors in Hatay still waiting for new homes),
#    headline without speech, "ANTAKYA" line, curly “ ” and ’, Turkish letters (TOKİ, Kışlak, Yıldırım, Aydoğdu, Koç);
#    content before "according to figures released by the ... Ministry"; ministry "said in a written statement that
#    the remaining homes would be handed over “...” and that B" (partial plus indirect); group "residents said A and
#    B" (one span); resident named after her quote, "She said A but had B" (one span); anonymous TOKİ official "told
#    daily Hürriyet that the administration had “...”" (partial only), split quote with "the official said." (two
#    closed stretches); opposition lawmaker with a long title "said A", quote with "Aydoğdu said"; chamber "said A",
#    "The ministry did not respond to the claim." (negated); branch head named after his quote; "Not all residents are
#    critical." (no cue); resident "who moved into a new TOKİ flat in ... so-called “new city” ..., said A" (scare
#    inside the relative clause), "he said"; closing "The ministry says A" (present tense).
ARTICLES[f"{BATCH}/hatay-quake-housing-toki-delays.gold.json"] = {
    "article": f"{BATCH}/hatay-quake-housing-toki-delays.txt",
    "target": "TOKİ",
    "quotes": [
        (I, "Environment, Urbanization and Climate Change Ministry", "TOKİ had completed 61,000 of the 98,000 homes planned "
            "in the province by the end of November", None),
        (P, "Environment, Urbanization and Climate Change Ministry", "in stages by the end of 2026", None),
        (I, "Environment, Urbanization and Climate Change Ministry", "delays in some districts were caused by land "
            "disputes and a shortage of workers", None),
        (I, "residents", "summers in the metal units were unbearable and winters were not much better", None),
        (D, "Fatma Yıldırım", "My children have grown up in a container. My son was four when the earthquake hit, now he "
            "is seven and he asks me when we are going home,", None),
        (I, "Fatma Yıldırım", "her family had been allocated a flat in the Defne district in a lottery last year but had "
            "not been given a date to move in", None),
        (P, "TOKİ official", "never built so much, so fast, anywhere.", None),
        (D, "TOKİ official", "No country in the world has built this many homes in three years after a disaster of this "
            "size,", None),
        (D, "TOKİ official", "People see the delays. They don’t see the 61,000 keys already handed over.", None),
        (I, "Serkan Aydoğdu", "the government had promised during the 2023 election campaign that every family would have "
            "a new home within a year", None),
        (D, "Serkan Aydoğdu", "That promise was made in the rubble. Three years later, the people of Hatay are still "
            "counting the days,", None),
        (I, "Hatay branch of the Chamber of Civil Engineers", "some of the new blocks had been built on land that had not "
            "been properly surveyed for liquefaction risk", None),
        (D, "Mehmet Ali Koç", "Speed is important, but a home built on the wrong ground is not a home, it is the next "
            "disaster,", None),
        (S, None, "new city", None),
        (I, "Hüseyin Demir", "the building was warm and solid", None),
        (D, "Hüseyin Demir", "I was afraid of apartments after the earthquake. This one, I sleep in it without fear,",
            None),
        (I, "Environment, Urbanization and Climate Change Ministry", "around 4,500 workers are currently employed on TOKİ "
            "sites in Hatay", None),
    ],
    "actors": [
        actor("Environment, Urbanization and Climate Change Ministry", "government", title="ministry",
              affiliation="Türkiye", aliases=["Environment, Urbanization and Climate Change Ministry"], stance=1),
        actor("residents", "group", title="residents of the Kışlak container city", affiliation="Antakya",
              aliases=["residents"], stance=-1),
        actor("Fatma Yıldırım", "person", title="resident, 38", affiliation="Kışlak container city",
              aliases=["Fatma Yıldırım", "Yıldırım"], stance=-1),
        actor("TOKİ official", "person", title="anonymous official",
              affiliation="Housing Development Administration (TOKİ)", aliases=["TOKİ official"], stance=1),
        actor("Serkan Aydoğdu", "person", title="CHP Hatay lawmaker", affiliation="Republican People’s Party (CHP)",
              aliases=["Serkan Aydoğdu", "Aydoğdu"], stance=-1),
        actor("Hatay branch of the Chamber of Civil Engineers", "organisation", title="engineers' chamber (Hatay branch)",
              affiliation="Chamber of Civil Engineers", aliases=["Hatay branch of the Chamber of Civil Engineers"],
              stance=-1),
        actor("Mehmet Ali Koç", "person", title="branch head", affiliation="Chamber of Civil Engineers, Hatay branch",
              aliases=["Mehmet Ali Koç", "Koç"], stance=-1),
        actor("Hüseyin Demir", "person", title="resident, 62", affiliation="Antakya", aliases=["Hüseyin Demir", "Demir"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Radio Prague International (Czech Republic) local government/tourism (Prague bans night pub crawls), headline
#    without speech, no byline, straight " and apostrophes, "CZK 1 million"; lede "has approved a ban" (no cue) with a
#    scare so-called "stag tourism."; content before "according to the city's legal department"; deputy mayor "said
#    A", quote with "he told Radio Prague International", "Havlíček said A", quote with "he said", then a quote-only
#    paragraph; association "welcomed the decision" (act); chairwoman "said the ban was "..." but warned that B"
#    (partial plus indirect), quote with "she said"; "The operators see it differently." (no cue); operator "said A",
#    quote with "Beneš said", "He said A"; tourism agency in an apposition "said A"; party "said the ban was "..." and
#    that B" (partial plus indirect); "Municipal police said A".
ARTICLES[f"{BATCH}/prague-night-pub-crawl-ban.gold.json"] = {
    "article": f"{BATCH}/prague-night-pub-crawl-ban.txt",
    "target": "Prague City Hall",
    "quotes": [
        (S, None, "stag tourism.", None),
        (I, "city's legal department", "Operators who break it face fines of up to CZK 1 million", None),
        (I, "Jan Havlíček", "the council had run out of patience after years of complaints from people living in the Old "
            "Town", None),
        (D, "Jan Havlíček", "We are not against tourists, and we are not against beer. But the centre of Prague is not a "
            "theme park, and people who live here have a right to sleep,", None),
        (I, "Jan Havlíček", "the city had counted more than 60 pub crawl companies operating in Prague 1 last year, some "
            "of them leading groups of up to 80 people through residential streets after 2 am", None),
        (D, "Jan Havlíček", "When you have 80 people singing under your window at three in the morning, six nights a "
            "week, that is not culture,", None),
        (D, "Jan Havlíček", "We tried agreements with the operators. We tried signs and stewards. None of it worked.",
            None),
        (P, "Markéta Holubová", "long overdue", None),
        (I, "Markéta Holubová", "it would only work if the municipal police enforced it", None),
        (D, "Markéta Holubová", "Rules on paper we have had before,", None),
        (I, "Tomáš Beneš", "the ban would destroy around 300 jobs and push the same tourists into unregulated groups "
            "organised on social media", None),
        (D, "Tomáš Beneš", "The city is punishing the companies that have licences, pay taxes and train their guides. The "
            "drunk groups will still come. They will just come without anyone responsible for them,", None),
        (I, "Tomáš Beneš", "his company would challenge the decree in court", None),
        (I, "Prague City Tourism", "the number of overnight visitors to the capital had reached 7.9 million last year, "
            "close to the record set in 2019", None),
        (P, "Pirate Party", "a headline, not a solution", None),
        (I, "Pirate Party", "the city should instead hire more municipal police officers for night patrols", None),
        (I, "Municipal police", "they would focus on the streets around Old Town Square and Wenceslas Square in the first "
            "weeks of the ban", None),
    ],
    "actors": [
        actor("city's legal department", "government", title="legal department", affiliation="Prague City Hall",
              aliases=["city's legal department"], stance=0),
        actor("Jan Havlíček", "person", title="Deputy Mayor for Tourism", affiliation="Prague City Hall",
              aliases=["Jan Havlíček", "Havlíček"], stance=1),
        actor("Markéta Holubová", "person", title="chairwoman", affiliation="Old Town Residents' Association",
              aliases=["Markéta Holubová", "Holubová"], stance=1),
        actor("Tomáš Beneš", "person", title="pub crawl operator", affiliation=None, aliases=["Tomáš Beneš", "Beneš"],
              stance=-1),
        actor("Prague City Tourism", "organisation", title="city tourism agency", affiliation="Prague",
              aliases=["Prague City Tourism"], stance=None),
        actor("Pirate Party", "organisation", title="opposition party (city assembly)", affiliation="Prague",
              aliases=["Pirate Party"], stance=-1),
        actor("Municipal police", "government", title="municipal police", affiliation="Prague",
              aliases=["Municipal police"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. WalesOnline (Wales) education/local government (a council votes to close a village school), headline with a
#    curly single fragment "Parents ‘heartbroken’ as council votes ...", standfirst without speech, byline "Local
#    Democracy Reporter", curly single ‘ ’ for quotes and fragments with ’ apostrophes (council’s, can’t, school’s),
#    "80%", "Cllr", "Dr"; "The council said A and that B" (one span); cabinet member "said it had been ‘...’ she had
#    faced" (partial only), split quote with "she said." whose second stretch runs open to the end of its paragraph,
#    then a closed quote-only paragraph; "Parents said they were heartbroken and that B" (one span, no marks); parent
#    "said: ‘...’", "She said A"; head of education "said A and that B" (one span); councillor "described the vote as
#    ‘...’" (partial only), "he said"; headteacher "said staff would focus on giving pupils ‘...’ at Cwm Elan" (partial
#    only); scare so-called ‘Transforming Education’ programme.
ARTICLES[f"{BATCH}/powys-village-school-closure-vote.gold.json"] = {
    "article": f"{BATCH}/powys-village-school-closure-vote.txt",
    "target": "Powys County Council",
    "quotes": [
        (P, "Parents", "heartbroken", "Parents ‘heartbroken’"),
        (I, "Powys County Council", "the school had 44 empty places out of 67 and that the cost of educating each pupil "
            "there was more than twice the county average", None),
        (P, "Gwen Rowlands", "one of the hardest decisions", None),
        (D, "Gwen Rowlands", "Nobody comes into local government wanting to close a village school,", None),
        (D, "Gwen Rowlands", "But we have a responsibility to every child in Powys, not only the children in the schools "
            "with the loudest campaigns.", None),
        (D, "Gwen Rowlands", "The money we spend keeping half-empty buildings open is money we can’t spend on teachers.",
            None),
        (I, "Parents", "they were heartbroken and that the council had ignored the 612 responses to its consultation, "
            "more than 80% of which opposed the plan", None),
        (D, "Sioned Lloyd", "They asked for our views, and then they did exactly what they had already decided. The school "
            "is the last public building in the valley. When it goes, the valley goes with it.", None),
        (I, "Sioned Lloyd", "the campaign group would ask the Welsh Government’s education secretary to call in the "
            "decision", None),
        (I, "Owain Bevan", "a new school transport route would take no more than 25 minutes each way and that all pupils "
            "would keep their Welsh-medium education", None),
        (P, "Emyr Jenkins", "a betrayal of rural Wales", None),
        (D, "Emyr Jenkins", "This council talks about supporting Welsh-speaking communities, and then it takes the heart "
            "out of one,", None),
        (P, "Catrin Morgan", "the best possible final year", None),
        (S, None, "Transforming Education", None),
    ],
    "actors": [
        actor("Parents", "group", title="parents of Ysgol Cwm Elan pupils", affiliation="Ysgol Cwm Elan",
              aliases=["Parents"], stance=-1),
        actor("Powys County Council", "government", title="county council", affiliation="Powys",
              aliases=["Powys County Council", "The council"], stance=1),
        actor("Gwen Rowlands", "person", title="Cllr, cabinet member for education", affiliation="Powys County Council",
              aliases=["Gwen Rowlands", "Rowlands", "Cllr Gwen Rowlands"], stance=1),
        actor("Sioned Lloyd", "person", title="parent, campaigner", affiliation="Ysgol Cwm Elan",
              aliases=["Sioned Lloyd", "Lloyd"], stance=-1),
        actor("Owain Bevan", "person", title="head of education", affiliation="Powys County Council",
              aliases=["Owain Bevan", "Bevan", "Dr Owain Bevan"], stance=1),
        actor("Emyr Jenkins", "person", title="local councillor (the school's ward)", affiliation="Powys County Council",
              aliases=["Emyr Jenkins", "Jenkins"], stance=-1),
        actor("Catrin Morgan", "person", title="headteacher", affiliation="Ysgol Cwm Elan",
              aliases=["Catrin Morgan", "Morgan"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
