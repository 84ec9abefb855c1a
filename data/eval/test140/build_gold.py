"""Build the test140 gold files (data/eval/test140/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test140/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test140.
Standard library only. Held out: do not read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test140"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Fiji Village sport (a sevens star is dropped for "team culture" reasons), headline with a straight
#    double-quoted fragment (speaker the entity the headline names: the FRU), "Article by:" and date
#    lines, straight " and apostrophes, present-tense "says" throughout; lede "with the Fiji Rugby Union
#    saying the decision is about "..." and not about his form" (partial only); CEO "says A", quote with
#    "Matadigo says", "He says A"; "would not say" (negated); scare so-called "player welfare protocol";
#    coach "says A and that B" (one span), quote split by "Vunisa says." into two sentences (two
#    directs); player "posted on Facebook last night: "..."" (colon); agent "told Fiji Village A",
#    quote with "Cakau says", "Cakau says they are ..."; "Fans ... were divided" (not speech); fan "says
#    A", quote with "Bola says"; vendor "says the FRU is "..." and slow to ..." (partial only); ministry
#    "says A".
ARTICLES[f"{BATCH}/tuidraki-dropped-cape-town-sevens.gold.json"] = {
    "article": f"{BATCH}/tuidraki-dropped-cape-town-sevens.txt",
    "target": "Fiji Rugby Union",
    "quotes": [
        (P, "Fiji Rugby Union", "team culture", "Tuidraki left out"),
        (P, "Fiji Rugby Union", "team culture", "with the Fiji Rugby Union saying"),
        (I, "Peni Matadigo", "the union stands by the selectors", None),
        (D, "Peni Matadigo", "Nobody is bigger than the jersey. We have standards in this camp and those standards "
            "apply to a 19-year-old debutant and to our most capped player in the same way,", None),
        (I, "Peni Matadigo", "Tuidraki has been told what he needs to do to return to the squad", None),
        (S, None, "player welfare protocol", None),
        (I, "Ilaitia Vunisa", "the decision was made by the selection panel and that he fully supports it", None),
        (D, "Ilaitia Vunisa", "Semi is a special talent, and he knows the door is not closed,", None),
        (D, "Ilaitia Vunisa", "But we have 13 players going to Cape Town who want to be there, and my job is to "
            "look after them.", None),
        (D, "Semi Tuidraki", "Vinaka to all the fans for your messages. I will keep working hard and I will be back "
            "in the white jersey.", None),
        (I, "Sitiveni Cakau", "the player was not given a chance to explain himself before the decision was "
            "announced", None),
        (D, "Sitiveni Cakau", "He found out on social media like everybody else. That is not how you treat a player "
            "who has given seven seasons to this country,", None),
        (I, "Sitiveni Cakau", "they are seeking a meeting with the FRU board next week", None),
        (I, "Sakiusa Bola", "the union is right to be strict with the players, no matter who they are", None),
        (D, "Sakiusa Bola", "If they let one player do what he wants, then everyone will do what they want. "
            "Discipline is what won us the gold medals,", None),
        (P, "Merewalesi Tora", "always quick to punish the boys", None),
        (I, "Ministry of Youth and Sports", "it will not interfere in selection matters, which are the "
            "responsibility of the union", None),
    ],
    "actors": [
        actor("Fiji Rugby Union", "organisation", title="national rugby union", affiliation="Fiji",
              aliases=["Fiji Rugby Union", "FRU", "the union"], stance=1),
        actor("Peni Matadigo", "person", title="FRU Chief Executive", affiliation="Fiji Rugby Union",
              aliases=["Peni Matadigo", "Matadigo"], stance=1),
        actor("Ilaitia Vunisa", "person", title="Fiji 7s head coach", affiliation="Fiji Rugby Union",
              aliases=["Ilaitia Vunisa", "Vunisa"], stance=1),
        actor("Semi Tuidraki", "person", title="Fiji 7s player, 27", affiliation=None,
              aliases=["Semi Tuidraki", "Tuidraki", "Semi"], stance=None),
        actor("Sitiveni Cakau", "person", title="agent of Semi Tuidraki", affiliation=None,
              aliases=["Sitiveni Cakau", "Cakau"], stance=-1),
        actor("Sakiusa Bola", "person", title="fan, of Nausori", affiliation=None,
              aliases=["Sakiusa Bola", "Bola"], stance=1),
        actor("Merewalesi Tora", "person", title="market vendor", affiliation=None,
              aliases=["Merewalesi Tora", "Tora"], stance=-1),
        actor("Ministry of Youth and Sports", "government", title="ministry", affiliation="Fiji",
              aliases=["Ministry of Youth and Sports"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Macauhub (Macau-based news service on the Portuguese-speaking countries) business/trade (Cabo Verde
#    awards a port concession), headline without speech, date line, curly “ ” and ’ with US punctuation,
#    "(macauhub/CN/CV/PT)" sign-off; lede content before "the Ministry of Maritime Economy announced";
#    "The ministry said A, and that B" (one span); minister "said at the signing ceremony ... that the
#    concession would turn Mindelo into “...”" (partial only), quote with "he said"; consortium "said in
#    a statement that A"; quote before "said the consortium’s chief executive, Ricardo Valente"; scare
#    so-called “port-park-city” model; party "criticised the process" (act), "saying the tender had
#    been “...” for ..." (partial only); MP "told Lusa news agency that A", quote with "she said"; union
#    "said A, according to the newspaper ..." (the union's); "Its secretary-general, Manuel Fortes, told
#    the newspaper: “...”"; economist "said the ... fee ... was “...,” but that B" (partial plus
#    indirect); content before "according to figures from the port authority ENAPOR".
ARTICLES[f"{BATCH}/mindelo-port-concession.gold.json"] = {
    "article": f"{BATCH}/mindelo-port-concession.txt",
    "target": "Atlântico Port Partners",
    "quotes": [
        (I, "Ministry of Maritime Economy", "The government of Cabo Verde has awarded a 30-year concession to operate "
            "the Porto Grande port in Mindelo, on the island of São Vicente, to Atlântico Port Partners, a "
            "consortium of China’s Shenhai Harbour Group and Portugal’s Lusomar Logística", None),
        (I, "Ministry of Maritime Economy", "the consortium had committed to investing 180 million euros in a new "
            "container terminal and in dredging the port’s access channel, and that the first works would start "
            "in the second half of 2027", None),
        (P, "Abraão Lopes", "the logistics hub of the mid-Atlantic.", None),
        (D, "Abraão Lopes", "For decades we talked about the potential of our geography. Today we are turning that "
            "potential into cranes, jobs and ships,", None),
        (I, "Atlântico Port Partners", "it planned to hire at least 350 local workers and to train them at a new "
            "maritime academy in Mindelo", None),
        (D, "Ricardo Valente", "We are not coming to Mindelo to take. We are coming to build, with Cape Verdean "
            "partners, a port that can compete with the Canary Islands and with Dakar,", None),
        (S, None, "port-park-city", None),
        (P, "African Party for the Independence of Cabo Verde", "tailored", None),
        (I, "Filomena Delgado", "the contract should have been debated in the National Assembly before it was "
            "signed", None),
        (D, "Filomena Delgado", "Thirty years is a generation. The people of São Vicente deserve to know what was "
            "promised, at what price and to whom,", None),
        (I, "Union of Port and Maritime Workers of São Vicente", "it had not been consulted on the terms of the "
            "concession", None),
        (D, "Manuel Fortes", "We are not against investment. We are against waking up one morning with a new boss "
            "and a new contract that we never saw.", None),
        (P, "Carlos Barbosa", "reasonable for a port of this size,", None),
        (I, "Carlos Barbosa", "the real test would be whether the consortium brought new shipping lines to Mindelo",
            None),
        (I, "ENAPOR", "Porto Grande handled about 1.1 million tonnes of cargo in 2025", None),
    ],
    "actors": [
        actor("Ministry of Maritime Economy", "government", title="ministry", affiliation="Cabo Verde",
              aliases=["Ministry of Maritime Economy", "The ministry"], stance=1),
        actor("Abraão Lopes", "person", title="Minister of Maritime Economy", affiliation="Cabo Verde government",
              aliases=["Abraão Lopes", "Lopes"], stance=1),
        actor("Atlântico Port Partners", "organisation", title="port consortium", affiliation=None,
              aliases=["Atlântico Port Partners", "the consortium"], stance=1),
        actor("Ricardo Valente", "person", title="chief executive", affiliation="Atlântico Port Partners",
              aliases=["Ricardo Valente", "Valente"], stance=1),
        actor("African Party for the Independence of Cabo Verde", "organisation", title="opposition party",
              affiliation="Cabo Verde", aliases=["African Party for the Independence of Cabo Verde", "PAICV"],
              stance=-1),
        actor("Filomena Delgado", "person", title="member of parliament", affiliation="PAICV",
              aliases=["Filomena Delgado", "Delgado"], stance=-1),
        actor("Union of Port and Maritime Workers of São Vicente", "organisation", title="trade union",
              affiliation=None, aliases=["Union of Port and Maritime Workers of São Vicente"], stance=-1),
        actor("Manuel Fortes", "person", title="secretary-general",
              affiliation="Union of Port and Maritime Workers of São Vicente", aliases=["Manuel Fortes", "Fortes"],
              stance=-1),
        actor("Carlos Barbosa", "person", title="economist", affiliation="University of Cabo Verde",
              aliases=["Carlos Barbosa", "Barbosa"], stance=0),
        actor("ENAPOR", "government", title="port authority", affiliation="Cabo Verde", aliases=["ENAPOR"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Caracas Chronicles (Venezuela, English) utilities/politics (a third week of power rationing in
#    Maracaibo), headline and standfirst without speech, byline and date lines, straight " with US
#    punctuation, the writer's asides ("Officially, none of this is rationing.", "Maracuchos have heard
#    that one before."); content before "according to Luz Zulia, a volunteer network ..."; "Corpoelec
#    calls it "...,"" (partial), utility "said the cuts were needed because of "..." at ..." (partial
#    only), quote with "the statement said"; scare "emergency plans"; regional manager "told state
#    broadcaster VTV ... that ... "..." and that B" (partial plus indirect); vendor's quote before
#    "said Yoselin Parra, 41, who ...", continued after it, "Parra said A"; anonymous surgeon "said A",
#    quote with "the surgeon said"; coordinator "said the group's data showed that A", quote with
#    "Chourio said"; state government spokesperson "said A"; business chamber "said in a statement that A,
#    and called for a "..." rationing schedule" (indirect plus partial).
ARTICLES[f"{BATCH}/maracaibo-blackouts-corpoelec.gold.json"] = {
    "article": f"{BATCH}/maracaibo-blackouts-corpoelec.txt",
    "target": "Corpoelec",
    "quotes": [
        (I, "Luz Zulia", "In some parishes, outages under Corpoelec's rationing schedule lasted up to 14 hours a "
            "day", None),
        (P, "Corpoelec", "load administration,", None),
        (P, "Corpoelec", "unforeseen failures", None),
        (D, "Corpoelec", "The schedules are published so that families and businesses can plan. We ask Zulia for "
            "patience while our workers repair the damage caused by years of sabotage,", None),
        (S, None, "emergency plans", None),
        (P, "Ramón Urdaneta", "before Christmas", "would be back online"),
        (I, "Ramón Urdaneta", "the schedule would then be cut to four hours a day", None),
        (D, "Yoselin Parra", "They said it before the elections, they said it before carnival, now they say it "
            "before Christmas,", None),
        (D, "Yoselin Parra", "My freezer is a cupboard now. I cook what I can sell that day, and that's it.", None),
        (I, "Yoselin Parra", "she had lost two refrigerators to power surges this year, when the electricity came "
            "back after long cuts", None),
        (I, "surgeon", "elective operations had been suspended twice in November because the backup generator ran "
            "out of diesel", None),
        (D, "surgeon", "We operate with headlamps when we have to. That's not a metaphor,", None),
        (I, "Alejandro Chourio", "the group's data showed that the average daily outage in Maracaibo had risen "
            "from 3.5 hours in September to 9.2 hours in November", None),
        (D, "Alejandro Chourio", "Corpoelec knows exactly where the problems are. The problem is that there is no "
            "money for maintenance, and nobody inside is allowed to say so out loud,", None),
        (I, "spokesperson for the Zulia state government", "the governor had asked Caracas for an emergency "
            "allocation of diesel for hospitals and water pumping stations", None),
        (I, "Fedecámaras Zulia", "at least 300 small businesses in the state had closed since October", None),
        (P, "Fedecámaras Zulia", "transparent", None),
    ],
    "actors": [
        actor("Luz Zulia", "organisation", title="volunteer network tracking blackouts", affiliation=None,
              aliases=["Luz Zulia"], stance=0),
        actor("Corpoelec", "organisation", title="state electricity utility", affiliation="Venezuela",
              aliases=["Corpoelec", "the state utility"], stance=1),
        actor("Ramón Urdaneta", "person", title="regional manager for Zulia", affiliation="Corpoelec",
              aliases=["Ramón Urdaneta", "Urdaneta"], stance=1),
        actor("Yoselin Parra", "person", title="arepa seller, 41, Los Haticos", affiliation=None,
              aliases=["Yoselin Parra", "Parra"], stance=-1),
        actor("surgeon", "person", title="surgeon (anonymous)", affiliation="Hospital Universitario de Maracaibo",
              aliases=["surgeon"], stance=-1),
        actor("Alejandro Chourio", "person", title="coordinator, electrical engineer", affiliation="Luz Zulia",
              aliases=["Alejandro Chourio", "Chourio"], stance=-1),
        actor("spokesperson for the Zulia state government", "person", title="spokesperson",
              affiliation="Zulia state government", aliases=["spokesperson for the Zulia state government"],
              stance=None),
        actor("Fedecámaras Zulia", "organisation", title="business chamber", affiliation="Zulia",
              aliases=["Fedecámaras Zulia"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Oman Tribune local government/transport (paid parking extended in Muttrah and Ruwi), headline with a
#    straight single-quoted fragment (speaker the group the headline names: Muttrah residents), "Oman
#    Tribune" and date lines, "Muscat:" dateline, straight " and apostrophes, "RO20", "RO3.1mn", "per
#    cent"; content before "the Muscat Municipality said on Saturday"; "In a statement, the municipality
#    said A, and that B" (one span); anonymous official's quote before "told Oman Tribune", "The official,
#    who declined to be named, said A"; scare so-called "smart parking" app; "residents of Muttrah said
#    A"; trader's quote before "said Salim al Balushi, who ...", "He said A"; expatriate "said the ...
#    permit was "..." but that B" (partial plus indirect), quote with "he asked"; Shura member "said A
#    and had asked ..." (one span), quote with "al Wahaibi said"; "According to the municipality, A, and
#    B" (one span); "The municipality said A, and that B" (one span).
ARTICLES[f"{BATCH}/muttrah-paid-parking.gold.json"] = {
    "article": f"{BATCH}/muttrah-paid-parking.txt",
    "target": "Muscat Municipality",
    "quotes": [
        (P, "residents of Muttrah", "unfair", None),
        (I, "Muscat Municipality", "Paid parking will be extended to 1,400 more spaces in Muttrah and Ruwi from "
            "January 1", None),
        (I, "Muscat Municipality", "the fee would be 200 baisas an hour between 8am and 10pm, Saturday to Thursday, "
            "and that residents of the two areas could apply for an annual permit costing RO20", None),
        (D, "official at the municipality's Parking Department", "The aim is not to collect money. The aim is to "
            "free spaces for visitors and shoppers, which today are occupied all day by the same vehicles,", None),
        (I, "official at the municipality's Parking Department", "the number of vehicles entering Muttrah every day "
            "had risen by 35 per cent since 2022", None),
        (S, None, "smart parking", None),
        (I, "residents of Muttrah", "the fees would hurt business in the old souq area at a time when many shops "
            "were already struggling with competition from the malls", None),
        (D, "Salim al Balushi", "My customers come for ten minutes to buy frankincense or a dishdasha. Now they "
            "will drive to the mall, where parking is free,", None),
        (I, "Salim al Balushi", "he had signed a petition with 60 other traders asking the municipality to exempt "
            "the souq area", None),
        (P, "Joseph Mathew", "fair", "permit was"),
        (I, "Joseph Mathew", "many families had two cars and only one permit would be allowed per household", None),
        (D, "Joseph Mathew", "Where do I park the second car? On the roof?", None),
        (I, "Khalid bin Nasser al Wahaibi", "he would raise the matter with the municipality and had asked for the "
            "start date to be delayed by six months", None),
        (D, "Khalid bin Nasser al Wahaibi", "We support organising parking, but the municipality must also build "
            "car parks. You cannot charge people for spaces that do not exist,", None),
        (I, "Muscat Municipality", "revenue from paid parking in the capital reached RO3.1mn last year, and most of "
            "it was spent on road maintenance and street lighting", None),
        (I, "Muscat Municipality", "inspectors would issue warnings rather than fines during the first two weeks of "
            "January, and that the new permits could be requested through its website from December 15", None),
    ],
    "actors": [
        actor("residents of Muttrah", "group", title="residents", affiliation=None,
              aliases=["residents of Muttrah", "Muttrah residents"], stance=-1),
        actor("Muscat Municipality", "government", title="municipality", affiliation="Muscat",
              aliases=["Muscat Municipality", "the municipality", "The municipality"], stance=1),
        actor("official at the municipality's Parking Department", "person", title="official (anonymous)",
              affiliation="Muscat Municipality",
              aliases=["official at the municipality's Parking Department", "The official"], stance=1),
        actor("Salim al Balushi", "person", title="perfume shop owner near the Corniche", affiliation=None,
              aliases=["Salim al Balushi", "al Balushi", "Balushi"], stance=-1),
        actor("Joseph Mathew", "person", title="Indian expatriate, Ruwi resident of 19 years", affiliation=None,
              aliases=["Joseph Mathew", "Mathew"], stance=0),
        actor("Khalid bin Nasser al Wahaibi", "person", title="Shura Council member for Muttrah",
              affiliation="Shura Council", aliases=["Khalid bin Nasser al Wahaibi", "al Wahaibi", "Wahaibi"],
              stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
