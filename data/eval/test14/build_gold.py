"""Build the test14 gold files (data/eval/test14/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test14/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test14.  Standard library only.

HELD OUT: do not read these articles or this file while tuning the extractor.
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
# 1. The Gleaner (Jamaica) utilities news (the water utility imposes restrictions), byline line
#    "NAME/Staff Reporter", no dateline, straight quotes and apostrophes (don't), punctuation inside
#    the closing marks of full quotes, fragments without punctuation, Jamaican Creole inside a quote.
#    Headline without speech. Lede "has announced ..., saying A" (participial indirect; the
#    announcement itself is a speech act without content). Schedule paragraph is the writer's.
#    President named after the first stretch ("NWC president X told The Gleaner"), resumed; "Lindo
#    said A"; "He said A and would B" (one span). Content before "according to the Meteorological
#    Service of Jamaica". Group "residents said A". Vendor named after a question-opening quote, with
#    "who said A" inside the attribution (indirect), then "she said". Scare "Jamaican insurance
#    policy" ("as they are sometimes called"). Shopkeeper named after the quote. Opposition spokesman
#    "described A as "..." and said B" (partial plus indirect), then "Hylton said". Minister "said the
#    restrictions were "..." and urged ..." (partial; directive not annotated), "He added that ...
#    "on schedule" ..." (partial only). Anonymous engineer "said A, and that B" (one span). Utility
#    statement "said A and that B" (one span).
ARTICLES["data/eval/test14/nwc-water-restrictions-corporate-area.gold.json"] = {
    "article": "data/eval/test14/nwc-water-restrictions-corporate-area.txt",
    "target": "National Water Commission",
    "quotes": [
        (I, "National Water Commission", "inflows to the Hermitage Dam and the Mona Reservoir have fallen to less "
            "than half of capacity after one of the driest rainy seasons in a decade", None),
        (D, "Marvin Lindo", "We are not in a crisis yet, but we are heading there if we do not get significant "
            "rainfall in the next six weeks,", None),
        (D, "Marvin Lindo", "Every gallon we save now is a gallon we will have in March.", None),
        (I, "Marvin Lindo", "the Hermitage Dam was at 43 per cent of capacity, compared with 71 per cent at the same "
            "time last year", None),
        (I, "Marvin Lindo", "the commission had trucked water to more than 60 communities since August and would add "
            "15 trucks to its fleet next week", None),
        (I, "Meteorological Service of Jamaica", "Rainfall across the island between June and October was 38 per cent "
            "below the 30-year average", None),
        (I, "residents", "the restrictions only put on paper what they had been living with for months", None),
        (D, "Claudette Brown", "Restriction? Restriction is what we have been having since Easter,", None),
        (I, "Claudette Brown", "she buys two drums of water a week at $1,500 each", None),
        (D, "Claudette Brown", "Them say alternate days, but when the water come back it come back with no pressure. "
            "By the time it reach up the hill, it done,", None),
        (S, None, "Jamaican insurance policy", None),
        (D, "Horace Walters", "We sold out of the 400-gallon tanks twice this month. People don't trust the pipe "
            "again,", None),
        (P, "Andre Hylton", "the predictable result of years of neglect", None),
        (I, "Andre Hylton", "almost two-thirds of the water the NWC produces is lost to leaking mains and illegal "
            "connections before it reaches a paying customer", None),
        (D, "Andre Hylton", "The NWC has been asking for patience for 20 years. Jamaicans have run out of patience "
            "before the dams run out of water,", None),
        (P, "Dwight Sinclair", "a responsible step", None),
        (P, "Dwight Sinclair", "on schedule", None),
        (I, "NWC engineer", "some pumping stations in St Catherine had been running at reduced capacity for weeks "
            "because of broken pumps awaiting parts, and that the restrictions were the only way to keep the "
            "reservoirs from running dry before January", None),
        (I, "National Water Commission", "customers could check the schedule for their community on its website and "
            "that trucked water would be free to households in the affected areas until the restrictions are lifted",
            None),
    ],
    "actors": [
        actor("National Water Commission", "organisation", title="state water utility", affiliation="Jamaica",
              aliases=["National Water Commission", "NWC", "the commission"], stance=1),
        actor("Marvin Lindo", "person", title="president", affiliation="National Water Commission",
              aliases=["Marvin Lindo", "Lindo"], stance=1),
        actor("Meteorological Service of Jamaica", "government", title="national weather service (figures)",
              aliases=["Meteorological Service of Jamaica"], stance=None),
        actor("residents", "group", title="residents of affected communities", aliases=["residents"], stance=-1),
        actor("Claudette Brown", "person", title="vendor (54), Grants Pen", aliases=["Claudette Brown", "Brown"],
              stance=-1),
        actor("Horace Walters", "person", title="hardware store manager, Hagley Park Road",
              aliases=["Horace Walters", "Walters"], stance=-1),
        actor("Andre Hylton", "person", title="opposition spokesman on water", affiliation="Opposition",
              aliases=["Andre Hylton", "Hylton"], stance=-1),
        actor("Dwight Sinclair", "person", title="minister with responsibility for water",
              affiliation="Government of Jamaica", aliases=["Dwight Sinclair", "Sinclair"], stance=1),
        actor("NWC engineer", "person", title="anonymous engineer", affiliation="National Water Commission",
              aliases=["NWC engineer"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Dawn (Pakistan) city news (anti-encroachment demolition of market stalls), dateline
#    "ISLAMABAD:", byline line, straight quotes and apostrophes (CDA's, man's, hawkers'), "Mr" on
#    second reference, "Rs150,000", fragment punctuation outside the marks. Headline without speech.
#    Lede is action (demolished), not speech. Content before "witnesses said" (group). Spokesman
#    "said A and that B" (one span), then "he told Dawn", a quote-only paragraph (continuity), "He
#    said A and that B". "disputed the civic agency's version" (no content). Vendor named after a
#    quote with questions, then "Mr Rasool said A". Traders' president "termed the operation "..."",
#    participial "saying that A" (partial plus indirect), then a question "he asked". Scare
#    "hawkers' zones" (a plan's wording, nobody said). "Not everyone ... was unhappy." (no speech).
#    Resident named after the quote. Lawyer "argued that A", then "she said, adding that B" (direct
#    plus indirect). Anonymous official "confirmed that A and that B" (one span).
ARTICLES["data/eval/test14/cda-f10-markaz-kiosks-demolished.gold.json"] = {
    "article": "data/eval/test14/cda-f10-markaz-kiosks-demolished.txt",
    "target": "Capital Development Authority",
    "quotes": [
        (I, "witnesses", "The operation, carried out by the CDA's enforcement directorate with the help of the "
            "Islamabad police, began at around 7am and continued till late afternoon", None),
        (I, "Asif Mehmood", "the stalls had been set up illegally on footpaths and in parking areas and that notices "
            "had been served on their owners three times since March", None),
        (D, "Asif Mehmood", "These are public spaces. Pedestrians, including women and elderly people, were forced "
            "to walk on the road because every inch of the footpath had been occupied,", None),
        (D, "Asif Mehmood", "We gave them time. Nobody can say this happened overnight.", None),
        (I, "Asif Mehmood", "the authority would not allow the stalls to return and that a similar operation would be "
            "carried out in the G-9 and I-8 markets later this month", None),
        (D, "Ghulam Rasool", "I have been selling fruit here for 14 years. Who did I take permission from? From the "
            "same CDA people who come every month and take money from us,", None),
        (I, "Ghulam Rasool", "he had spent around Rs150,000 on stock for the Eid season, most of which was crushed or "
            "carried away during the operation", None),
        (P, "Raja Tahir Nawaz", "selective", None),
        (I, "Raja Tahir Nawaz", "several permanent shops in the same market had extended their premises onto the "
            "pavement but had not been touched", None),
        (D, "Raja Tahir Nawaz", "If the law is the same for everyone, then why is the bulldozer only for the poor "
            "man's cart?", None),
        (S, None, "hawkers' zones", None),
        (D, "Samina Akhtar", "The footpaths were blocked, there was garbage everywhere and rickshaws were parked in "
            "the middle of the road. It is much better now,", None),
        (I, "Nadia Qureshi", "the CDA had demolished the stalls without giving their owners a hearing, as its own "
            "regulations require", None),
        (D, "Nadia Qureshi", "The civic body cannot be the complainant, the judge and the executioner at the same "
            "time,", None),
        (I, "Nadia Qureshi", "the petition also sought compensation for the goods destroyed", None),
        (I, "senior CDA official", "some enforcement staff had been accused of taking money from vendors and that an "
            "inquiry had been ordered by the authority's chairman", None),
    ],
    "actors": [
        actor("witnesses", "group", title="witnesses of the operation", aliases=["witnesses"], stance=None),
        actor("Asif Mehmood", "person", title="spokesman", affiliation="Capital Development Authority",
              aliases=["Asif Mehmood", "Mehmood"], stance=1),
        actor("Ghulam Rasool", "person", title="fruit vendor from Muzaffargarh",
              aliases=["Ghulam Rasool", "Rasool", "Mr Rasool"], stance=-1),
        actor("Raja Tahir Nawaz", "person", title="president", affiliation="F-10 Markaz Traders Association",
              aliases=["Raja Tahir Nawaz", "Nawaz"], stance=-1),
        actor("Samina Akhtar", "person", title="retired schoolteacher, F-10 resident",
              aliases=["Samina Akhtar", "Akhtar"], stance=1),
        actor("Nadia Qureshi", "person", title="advocate for 23 vendors (Islamabad High Court petition)",
              aliases=["Nadia Qureshi", "Qureshi"], stance=-1),
        actor("senior CDA official", "person", title="anonymous official", affiliation="Capital Development Authority",
              aliases=["senior CDA official"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. News24 (South Africa) education news (a provincial department closes small rural schools),
#    curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes (department’s, school’s, Teachers’,
#    DA’s), fragment punctuation outside the marks, byline and outlet lines. Headline a full clause
#    in quotes before a dash naming the speaker ("– parents vow to ..."): direct for the group
#    parents, who also speak in the body. Lede content before "MEC X has confirmed"; "Speaking to
#    News24 ..., X said A and that B" (one span), then "she said", resumed. Scare “rationalisation”
#    programme. Group "parents said A and that B" (one span). Parent named after the quote, then a
#    quote-only paragraph (continuity). Principal "said A, but that B" (one span), then "he said".
#    Union "said A but described B as “...”" (indirect plus partial); its provincial secretary named
#    after the quote. Opposition spokesman "said the party would ask ... to call the MEC to account
#    ..." (reported intention: indirect; "the MEC" inside), then "He called ... “...”" (partial).
#    Researcher named after the first stretch, resumed. Department spokesperson "said A and that B"
#    (one span). "Motaung was unconvinced." (no speech), then "She said A".
ARTICLES["data/eval/test14/free-state-rural-school-mergers.gold.json"] = {
    "article": "data/eval/test14/free-state-rural-school-mergers.txt",
    "target": "Free State education department",
    "quotes": [
        (D, "parents", "Our children will walk 12km to class", None),
        (I, "Palesa Tshabalala", "The Free State education department will close 14 small farm and rural schools in "
            "the Mangaung and Thabo Mofutsanyana districts at the end of the year and move about 900 pupils to "
            "larger schools", None),
        (I, "Palesa Tshabalala", "many of the schools had fewer than 40 learners and that teachers were often forced "
            "to teach three grades in one classroom", None),
        (D, "Palesa Tshabalala", "A child in a multigrade class with one teacher and no library is not getting the "
            "education the Constitution promises,", None),
        (D, "Palesa Tshabalala", "We are not closing schools. We are consolidating them so that every child has a "
            "proper school.", None),
        (S, None, "rationalisation", None),
        (I, "parents", "they had not been consulted and that the nearest receiving school was 12km away along a "
            "gravel road", None),
        (D, "Dineo Motaung", "They sent a letter in October. A letter. Nobody came to ask us anything,", None),
        (D, "Dineo Motaung", "When it rains, that road is finished. The bus will not come, and then what? My child "
            "must sit at home?", None),
        (I, "Thabo Lekhula", "enrolment had dropped from 112 to 38 over a decade as farmworkers moved to town, but "
            "that the school still served as a feeding point for children in the area", None),
        (D, "Thabo Lekhula", "I understand the numbers. But for some of these children, the meal at school is the "
            "only meal of the day,", None),
        (I, "South African Democratic Teachers\u2019 Union", "it supported the principle of fewer multigrade classes",
            None),
        (P, "South African Democratic Teachers\u2019 Union", "a tick-box exercise", None),
        (D, "Mxolisi Ntuli", "We have seen this movie before. Schools are closed, the buses come for six months, "
            "then the contract is not renewed and the children drop out,", None),
        (I, "Jan Pretorius", "the party would ask the legislature\u2019s education portfolio committee to call the MEC "
            "to account before any school was closed", None),
        (P, "Jan Pretorius", "a cheque that will bounce", None),
        (D, "Annelie Venter", "Small schools are expensive to run, and the evidence that they produce worse results "
            "is real,", None),
        (D, "Annelie Venter", "But closure only works if transport works, and in this province that is a big if.",
            None),
        (I, "Howard Ramokoena", "the department had signed three-year transport contracts with two bus operators and "
            "that no school would close before the buses were on the road", None),
        (I, "Dineo Motaung", "parents would keep their children at Morago in January whether or not the department "
            "sent teachers", None),
    ],
    "actors": [
        actor("parents", "group", title="parents of pupils at the schools to be closed (Thaba Nchu)",
              aliases=["parents"], stance=-1),
        actor("Palesa Tshabalala", "person", title="MEC for education", affiliation="Free State provincial government",
              aliases=["Palesa Tshabalala", "Tshabalala", "the MEC"], stance=1),
        actor("Dineo Motaung", "person", title="parent, Morago Primary School", aliases=["Dineo Motaung", "Motaung"],
              stance=-1),
        actor("Thabo Lekhula", "person", title="principal", affiliation="Morago Primary School",
              aliases=["Thabo Lekhula", "Lekhula"], stance=0),
        actor("South African Democratic Teachers\u2019 Union", "organisation", title="teachers' union",
              aliases=["South African Democratic Teachers\u2019 Union", "Sadtu"], stance=0),
        actor("Mxolisi Ntuli", "person", title="provincial secretary",
              affiliation="South African Democratic Teachers\u2019 Union", aliases=["Mxolisi Ntuli", "Ntuli"],
              stance=-1),
        actor("Jan Pretorius", "person", title="spokesperson on education, Free State legislature",
              affiliation="DA", aliases=["Jan Pretorius", "Pretorius"], stance=-1),
        actor("Annelie Venter", "person", title="education policy researcher (professor)",
              affiliation="University of the Free State", aliases=["Annelie Venter", "Venter"], stance=0),
        actor("Howard Ramokoena", "person", title="department spokesperson",
              affiliation="Free State education department", aliases=["Howard Ramokoena", "Ramokoena"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Star (Malaysia) transport news (a bus operator cuts feeder routes), byline "By NAME" in
#    capitals, dateline "PETALING JAYA:", straight quotes and apostrophes (Prasarana's, don't,
#    month's), fragment punctuation outside the marks, "RM1.8mil", "yesterday", Malaysian names
#    (Datuk title; Malay personal name as the short name "Rosli"; Chinese surname first "Tan Mei
#    Ling", "Goh Bee Lian"; Indian given name as the short name "Arvind"). Headline without speech.
#    Lede content before "the operator said in a statement yesterday"; "It said A". Parent company's
#    CEO "said A", then "he said at a press conference ...", a quote-only paragraph (continuity).
#    Scare "last-mile" services. Group "Commuters who rely on the routes said A". Commuter named after
#    the first quote, then "she added". Coordinator "described the cuts as "...", saying A" (partial
#    plus indirect), then "Arvind said". Assemblyman "said ... was "..." for ..., and that B"
#    (partial plus indirect). Ministry spokesman "when contacted, said A and was "..."" (indirect for A
#    plus partial). "Some transport planners were more sympathetic" (no speech). Academic named
#    after the first stretch ("said Prof Dr X, a transport planner at ..."), resumed.
ARTICLES["data/eval/test14/rapid-kl-feeder-bus-routes-cut.gold.json"] = {
    "article": "data/eval/test14/rapid-kl-feeder-bus-routes-cut.txt",
    "target": "Rapid KL",
    "quotes": [
        (I, "Rapid KL", "Rapid KL will stop running 22 feeder bus routes in the Klang Valley from Dec 1, with "
            "ridership on some of them averaging fewer than 50 passengers a day", None),
        (I, "Rapid KL", "the buses and drivers freed up would be redeployed to 14 busier routes, where waiting times "
            "during peak hours would be cut from 30 minutes to 15 minutes", None),
        (I, "Rosli Hamzah", "the company was losing about RM1.8mil a month on the 22 routes", None),
        (D, "Rosli Hamzah", "Every bus that runs empty on one route is a bus that is not there for the people waiting "
            "40 minutes on another route,", None),
        (D, "Rosli Hamzah", "This is not about saving money. It is about putting the buses where the passengers are.",
            None),
        (S, None, "last-mile", None),
        (I, "Commuters", "the decision would leave them stranded, especially after dark", None),
        (D, "Tan Mei Ling", "I don't drive and my husband works in Johor. Without the feeder bus, I have to walk 2km "
            "to the LRT station at night,", None),
        (D, "Tan Mei Ling", "Maybe for Rapid KL, 50 passengers is nothing. For us, it is 50 people,", None),
        (P, "Arvind Selvaraj", "a self-fulfilling prophecy", None),
        (I, "Arvind Selvaraj", "ridership had fallen because buses on the routes came too rarely for anyone to depend "
            "on them", None),
        (D, "Arvind Selvaraj", "Cut the frequency, people stop waiting, then you say nobody uses the bus. Then you cut "
            "the route,", None),
        (P, "Lee Kah Wern", "simply not enough", None),
        (I, "Lee Kah Wern", "he would raise the matter with the Transport Ministry", None),
        (I, "Transport Ministry spokesman", "the ministry had been briefed on the changes", None),
        (P, "Transport Ministry spokesman", "satisfied that the redeployment will benefit more commuters than it "
            "affects", None),
        (D, "Goh Bee Lian", "Running buses that nobody rides is not good for anyone, including the environment,", None),
        (D, "Goh Bee Lian", "But Rapid KL needs to offer something in return, maybe on-demand vans, before it pulls "
            "out of a neighbourhood.", None),
    ],
    "actors": [
        actor("Rapid KL", "organisation", title="public bus and rail operator (Klang Valley)",
              affiliation="Prasarana Malaysia Bhd", aliases=["Rapid KL", "the operator"], stance=1),
        actor("Rosli Hamzah", "person", title="group chief executive officer (Datuk)",
              affiliation="Prasarana Malaysia Bhd", aliases=["Rosli Hamzah", "Datuk Rosli Hamzah", "Rosli"], stance=1),
        actor("Commuters", "group", title="commuters who rely on the routes", aliases=["Commuters"], stance=-1),
        actor("Tan Mei Ling", "person", title="clerk (46), Taman Kinrara", aliases=["Tan Mei Ling", "Tan"],
              stance=-1),
        actor("Arvind Selvaraj", "person", title="coordinator", affiliation="Klang Valley Commuters Network",
              aliases=["Arvind Selvaraj", "Arvind"], stance=-1),
        actor("Lee Kah Wern", "person", title="state assemblyman (constituency covering Taman Kinrara)",
              aliases=["Lee Kah Wern", "Lee"], stance=-1),
        actor("Transport Ministry spokesman", "person", title="anonymous ministry spokesman",
              affiliation="Transport Ministry", aliases=["Transport Ministry spokesman"], stance=1),
        actor("Goh Bee Lian", "person", title="transport planner (Prof Dr)", affiliation="Universiti Malaya",
              aliases=["Goh Bee Lian", "Goh"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
