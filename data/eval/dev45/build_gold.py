"""Build the dev45 gold files (data/eval/dev45/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev45/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev45.  Standard library only.
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
# 1. Yle News (Finland) security/aviation (GPS jamming near the Russian border hits a record),
#    headline and standfirst without speech, "Yle News" line, straight " and apostrophes (Traficom's,
#    Pilots', university's), fragment punctuation outside the marks ("very likely deliberate".), full
#    clauses with the comma inside. Lede content before "according to the Finnish Transport and
#    Communications Agency Traficom". "The agency said ... that A and that it was "..."" (indirect plus
#    partial). Official named after the first stretch ("said X, Traficom's head of ..."), resumed; then
#    "Harmaala said A and that B" (one span). Minister "called the jamming "..." and said B" (partial
#    plus indirect), then "X told Yle". Embassy "rejected the accusations ..., saying Finland was
#    spreading "..." to ..." (partial only; "rejected" has no content). Airline "said A" vs its
#    unnamed spokesperson ("a Finnair spokesperson said" between two stretches). Union "was less
#    reassured" (not speech); its chairman "said A and that B", then a quote split by "Virta said".
#    Scare so-called "spoofing" (the writer's gloss); researchers "say A" (group, present tense);
#    researcher named after her quote. "Similar spikes have been seen ..." is the writer's; anonymous
#    diplomatic source "told Yle that A".
ARTICLES["data/eval/dev45/finland-gps-jamming-eastern-border.gold.json"] = {
    "article": "data/eval/dev45/finland-gps-jamming-eastern-border.txt",
    "target": "Russia",
    "quotes": [
        (I, "Finnish Transport and Communications Agency Traficom", "Interference with satellite navigation signals "
            "over eastern Finland reached a record high in October, affecting more than 1,400 flights", None),
        (I, "Finnish Transport and Communications Agency Traficom", "most of the interference originated from the "
            "Russian side of the border", None),
        (P, "Finnish Transport and Communications Agency Traficom", "very likely deliberate", None),
        (D, "Jussi Harmaala", "The pattern we see is consistent with military jamming equipment operating in the "
            "Leningrad and Karelia regions,", None),
        (D, "Jussi Harmaala", "It is not something that happens by accident for weeks on end.", None),
        (I, "Jussi Harmaala", "aircraft have backup navigation systems and that flights in Finnish airspace remain "
            "safe", None),
        (P, "Anna-Kaisa Lehtinen", "a reckless violation of international rules", None),
        (I, "Anna-Kaisa Lehtinen", "Finland would raise the matter at the International Civil Aviation Organization "
            "(ICAO) next month", None),
        (D, "Anna-Kaisa Lehtinen", "Russia is putting civilian aircraft at risk. We will not treat this as normal, and "
            "neither should anyone else in Europe,", None),
        (P, "Russian embassy in Helsinki", "unfounded claims", None),
        (I, "Finnair", "it had briefed its pilots and adjusted approach procedures at both airports", None),
        (D, "Finnair spokesperson", "Our crews are trained for this, and passengers should not notice anything,", None),
        (D, "Finnair spokesperson", "But it adds workload in the cockpit at exactly the moment you want less of it.",
            None),
        (I, "Mikko Virta", "the union had asked Traficom for more frequent updates and that some members had "
            "experienced false terrain warnings during landing", None),
        (D, "Mikko Virta", "When the system tells you that there is a mountain in front of you in North Karelia, you "
            "know something is wrong,", None),
        (D, "Mikko Virta", "Nobody panics. But nobody should have to get used to it either.", None),
        (S, None, "spoofing", "\"spoofing\""),
        (I, "Researchers at the University of Helsinki", "spoofing has also increased", None),
        (D, "Elina Saarikoski", "Jamming is noise. Spoofing is a lie, and it is harder to spot,", None),
        (I, "diplomatic source in Helsinki", "the Nordic and Baltic states were preparing a joint letter to the "
            "organisation", None),
    ],
    "actors": [
        actor("Finnish Transport and Communications Agency Traficom", "government",
              title="transport and communications regulator", affiliation="Finland",
              aliases=["Finnish Transport and Communications Agency Traficom", "Traficom", "The agency"], stance=-1),
        actor("Jussi Harmaala", "person", title="head of aviation safety", affiliation="Traficom",
              aliases=["Jussi Harmaala", "Harmaala"], stance=-1),
        actor("Anna-Kaisa Lehtinen", "person", title="Foreign Minister", affiliation="Finnish government",
              aliases=["Anna-Kaisa Lehtinen", "Lehtinen"], stance=-1),
        actor("Russian embassy in Helsinki", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Helsinki"], stance=1),
        actor("Finnair", "organisation", title="airline", aliases=["Finnair"], stance=None),
        actor("Finnair spokesperson", "person", title="anonymous airline spokesperson", affiliation="Finnair",
              aliases=["Finnair spokesperson"], stance=None),
        actor("Mikko Virta", "person", title="chairman", affiliation="Finnish Airline Pilots' Association",
              aliases=["Mikko Virta", "Virta"], stance=-1),
        actor("Researchers at the University of Helsinki", "group", title="signal-tracking researchers",
              affiliation="University of Helsinki", aliases=["Researchers at the University of Helsinki"],
              stance=None),
        actor("Elina Saarikoski", "person", title="researcher, space physics group",
              affiliation="University of Helsinki", aliases=["Elina Saarikoski", "Saarikoski"], stance=None),
        actor("diplomatic source in Helsinki", "person", title="anonymous diplomatic source",
              aliases=["diplomatic source in Helsinki"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Korea Herald industry (a battery maker recalls energy storage units after fires), byline
#    "By NAME", Korean names family-name first (Kim Dong-hyun -> Kim; Lee Sang-min -> Lee; Choi
#    Eun-seo -> Choi), straight " and apostrophes (industry's), AP-style "percent", "Oct. 29", won and
#    dollar figures, punctuation inside closing marks. Lede content before "the company said Monday"
#    ("after a fourth fire ..." is the writer's). "The company said A" (indirect). CEO quote split by
#    "Hanul CEO X said at a press briefing", resumed; "Kim said A, and that B" (one span). Fire figure
#    before "according to the Korea Fire Agency". Ministry "said it had ordered ... and that it would
#    ..." (one span: a reported order is content). Anonymous ministry official "said the investigation
#    was looking at "..."" (partial only). "Operators were not pleased." is not speech; operator "said
#    A", then a quote split by "Lee said", resumed. "Hanul denied that A" (indirect), "It said the
#    earlier reports "..." and that B" (partial plus indirect). Group "Analysts said A but warned that
#    B" (two indirects, two cues). Analyst named after her quote; "She kept a hold rating" is not
#    speech. Scare so-called "safety premium" (glossed by the writer).
ARTICLES["data/eval/dev45/hanul-ess-battery-recall.gold.json"] = {
    "article": "data/eval/dev45/hanul-ess-battery-recall.txt",
    "target": "Hanul Energy Solutions",
    "quotes": [
        (I, "Hanul Energy Solutions", "Hanul Energy Solutions will recall about 12,000 energy storage system units "
            "installed at solar farms and factories across the country", None),
        (I, "Hanul Energy Solutions", "those modules may contain a faulty separator that can cause short circuits "
            "when cells are charged to full capacity", None),
        (D, "Kim Dong-hyun", "We deeply apologize to our customers and to the residents who were worried by these "
            "incidents,", None),
        (D, "Kim Dong-hyun", "We will replace every affected module at our own cost, whatever the final cause turns "
            "out to be.", None),
        (I, "Kim Dong-hyun", "the recall would cost the company an estimated 380 billion won ($275 million), and "
            "that the company had set aside provisions in its third-quarter results", None),
        (I, "Korea Fire Agency", "No one was injured, but firefighters took nearly six hours to bring the blaze under "
            "control", None),
        (I, "Ministry of Trade, Industry and Energy", "it had ordered all operators of Hanul systems to cap charging "
            "at 80 percent until the replacement work is completed, and that it would release the findings of a "
            "joint investigation in December", None),
        (P, "official from the ministry", "both the cells and the way the systems were installed.", None),
        (I, "Lee Sang-min", "the charging cap had cut his revenue by about a fifth", None),
        (D, "Lee Sang-min", "Hanul knew about complaints from the field last year and said nothing,", None),
        (D, "Lee Sang-min", "Now we are the ones paying for their silence.", None),
        (I, "Hanul Energy Solutions", "it had received formal complaints before this year", None),
        (P, "Hanul Energy Solutions", "concerned minor error messages", None),
        (I, "Hanul Energy Solutions", "they had no link to the fires", None),
        (I, "Analysts", "the recall was manageable", None),
        (I, "Analysts", "the reputational damage could be harder to repair", None),
        (D, "Choi Eun-seo", "The provision is large but it is a one-off. What investors will watch is whether "
            "utilities keep putting Hanul on their shortlists,", None),
        (S, None, "safety premium", None),
    ],
    "actors": [
        actor("Hanul Energy Solutions", "organisation", title="battery maker",
              aliases=["Hanul Energy Solutions", "Hanul", "the company"], stance=0),
        actor("Kim Dong-hyun", "person", title="CEO", affiliation="Hanul Energy Solutions",
              aliases=["Kim Dong-hyun", "Kim"], stance=1),
        actor("Korea Fire Agency", "government", title="national fire agency", aliases=["Korea Fire Agency"],
              stance=None),
        actor("Ministry of Trade, Industry and Energy", "government", title="trade and energy ministry",
              affiliation="South Korea", aliases=["Ministry of Trade, Industry and Energy"], stance=None),
        actor("official from the ministry", "person", title="anonymous ministry official",
              affiliation="Ministry of Trade, Industry and Energy", aliases=["official from the ministry"], stance=0),
        actor("Lee Sang-min", "person", title="solar farm operator (Haenam)", aliases=["Lee Sang-min", "Lee"],
              stance=-1),
        actor("Analysts", "group", title="market analysts", aliases=["Analysts"], stance=0),
        actor("Choi Eun-seo", "person", title="analyst", affiliation="Shinhan Investment",
              aliases=["Choi Eun-seo", "Choi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Daily Maverick (South Africa) metro politics (Tshwane removes informal traders from the CBD),
#    "By NAME" byline, British spelling, curly “ ” and ’ apostrophes (months’, Traders’, don’t, ANC’s),
#    fragment punctuation outside the marks, "R2-million", "R500". Headline without a quote ("defends"
#    and "vow" have no reported content). Lede "has defended X, insisting that A" (indirect for A; the
#    speech act "defended" is not annotated). Operation paragraph is the writer's. Mayor "said A and
#    that B", then "she said" and a closed quote-only paragraph (continuity); "The mayor said A" (title
#    as alias). Forum "said A and described ... as “...”" (indirect plus partial); its chairperson "said
#    A", a quote split by "he told Daily Maverick", resumed, then "Maluleke said A". Metro police
#    spokesperson "said A and could B" (one span). SERI "said the fee was “...”" (partial only). ANC
#    caucus leader "called the operation a “...”" (partial). "Not all voices ... were critical." is not
#    speech; trader "said A", then a quote split by "she said", resumed ("The mayor" inside). Property
#    group "said it “...” the operation and that B" (partial plus indirect). "Asked whether ..., Mabaso
#    said that was “...”" (partial only).
ARTICLES["data/eval/dev45/tshwane-cbd-informal-traders-removal.gold.json"] = {
    "article": "data/eval/dev45/tshwane-cbd-informal-traders-removal.txt",
    "target": "Lerato Mabaso",
    "quotes": [
        (I, "Lerato Mabaso", "the operation is about restoring order to the inner city and not about punishing the "
            "poor", None),
        (I, "Lerato Mabaso", "the city had given traders three months\u2019 notice and that only those without valid "
            "permits had been removed", None),
        (D, "Lerato Mabaso", "We cannot have a capital city where pedestrians walk in the road because the pavements "
            "are blocked, where fire engines cannot get through and where rubbish is piled up every evening,", None),
        (D, "Lerato Mabaso", "Nobody is being chased away for good. Every trader who registers will get a demarcated "
            "bay.", None),
        (I, "Lerato Mabaso", "1,200 trading bays would be marked out in the CBD by the end of February", None),
        (I, "Tshwane Informal Traders\u2019 Forum", "the city had issued only a handful of new permits in the past "
            "two years", None),
        (P, "Tshwane Informal Traders\u2019 Forum", "a door that is permanently locked", None),
        (I, "Joseph Maluleke", "members had lost stock worth more than R2-million in a single morning", None),
        (D, "Joseph Maluleke", "These are mothers who feed four, five children from one stall. The city took their "
            "stock and gave them a piece of paper,", None),
        (D, "Joseph Maluleke", "If this is order, then I don\u2019t know what chaos is.", None),
        (I, "Joseph Maluleke", "the forum had instructed lawyers to seek an urgent interdict in the Gauteng High "
            "Court", None),
        (I, "Isaac Mahamba", "confiscated goods were being kept at a depot in Pretoria West and could be reclaimed on "
            "payment of a R500 release fee", None),
        (P, "Socio-Economic Rights Institute", "unaffordable for people who earn that much in a good week", None),
        (P, "Sipho Ndlovu", "war on the poor dressed up as urban renewal", None),
        (I, "Nomvula Dlamini", "the clean-up was long overdue", None),
        (D, "Nomvula Dlamini", "I pay my permit every year. The people next to me pay nothing and block my "
            "customers,", None),
        (D, "Nomvula Dlamini", "The mayor is doing what the mayor should do.", None),
        (P, "Capital City Forum", "fully supported", None),
        (I, "Capital City Forum", "businesses had complained for years about crime and congestion on the pavements",
            None),
        (P, "Lerato Mabaso", "on the table", None),
    ],
    "actors": [
        actor("Lerato Mabaso", "person", title="executive mayor of Tshwane", affiliation="City of Tshwane",
              aliases=["Lerato Mabaso", "Mabaso", "The mayor"], stance=1),
        actor("Tshwane Informal Traders\u2019 Forum", "organisation", title="informal traders' body",
              aliases=["Tshwane Informal Traders\u2019 Forum", "the forum"], stance=-1),
        actor("Joseph Maluleke", "person", title="chairperson", affiliation="Tshwane Informal Traders\u2019 Forum",
              aliases=["Joseph Maluleke", "Maluleke"], stance=-1),
        actor("Isaac Mahamba", "person", title="Tshwane Metro Police spokesperson",
              affiliation="Tshwane Metro Police", aliases=["Isaac Mahamba", "Mahamba"], stance=None),
        actor("Socio-Economic Rights Institute", "organisation", title="legal rights group",
              aliases=["Socio-Economic Rights Institute", "SERI"], stance=-1),
        actor("Sipho Ndlovu", "person", title="caucus leader in the Tshwane council", affiliation="ANC",
              aliases=["Sipho Ndlovu", "Ndlovu"], stance=-1),
        actor("Nomvula Dlamini", "person", title="registered food-stall trader (Church Square)",
              aliases=["Nomvula Dlamini", "Dlamini"], stance=1),
        actor("Capital City Forum", "organisation", title="property owners' group", aliases=["Capital City Forum"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Evening Standard (London) transport/local government (Westminster to impound dockless
#    e-bikes), byline line "NAME, Transport Editor", British straight single quotes '...' throughout
#    with straight apostrophes inside (can't, isn't, it's, We've, aren't, I've) and outside
#    (council's, Zipp's), punctuation outside the marks for fragments, "Cllr", "£85". Headline
#    fragment "Westminster to impound ... left 'like litter'" -> Westminster City Council (the
#    headline names it); the cabinet member's body "left 'like litter'" is her own partial (inside her
#    reported clause: partial only). Lede content before "Westminster City Council has announced".
#    Council "said A and that B" (one span). Cabinet member's quote with "she told the Standard", then
#    a closed quote-only paragraph (continuity). Scare so-called 'mandatory bays'. Operator "said A but
#    called the £85 charge '...'" (indirect plus partial); its manager named after the first stretch
#    ("said Zipp's UK general manager, X"), resumed. Anonymous second operator "said the scheme had
#    been drawn up '...'" (partial only). Campaign "warned that A" (indirect); its chief executive
#    named after the first stretch ("said its chief executive, X"), resumed. Resident "welcomed the
#    crackdown" (no content), then a quote split by "she said". Council source "said A, which it
#    described as '...'" (indirect stopping before ", which" plus the partial). Closing paragraph is
#    the writer's.
ARTICLES["data/eval/dev45/westminster-dockless-ebike-impound.gold.json"] = {
    "article": "data/eval/dev45/westminster-dockless-ebike-impound.txt",
    "target": "Westminster City Council",
    "quotes": [
        (P, "Westminster City Council", "like litter", "'like litter' on"),
        (I, "Westminster City Council", "Dockless e-bikes left blocking pavements in the West End will be seized and "
            "taken to a pound in Pimlico from next month", None),
        (I, "Westminster City Council", "operators would be charged \u00a385 for every bike removed and that repeat "
            "offenders could lose their permits to operate in the borough altogether", None),
        (P, "Hannah Okafor", "like litter", "'like litter' across"),
        (D, "Hannah Okafor", "We have people in wheelchairs who can't get past their own front doors and blind "
            "residents tripping over handlebars. That isn't a minor nuisance, it's a safety problem,", None),
        (D, "Hannah Okafor", "We've tried asking nicely. Now the operators will pay.", None),
        (S, None, "mandatory bays", None),
        (I, "Zipp", "it shared the council's aims", None),
        (P, "Zipp", "disproportionate", None),
        (D, "Tom Ashcroft", "We already fine riders who park badly and we move more than 2,000 bikes a night,", None),
        (D, "Tom Ashcroft", "What we need is more parking, not more penalties. There simply aren't enough bays.",
            None),
        (P, "second operator", "without any real consultation", None),
        (I, "London Cycling Campaign", "heavy-handed enforcement risked pushing people back into cars and taxis",
            None),
        (D, "Priya Menon", "E-bike hire has been one of the real success stories of the past five years,", None),
        (D, "Priya Menon", "Westminster should be building bays on every corner, not towing bikes away.", None),
        (D, "Margaret Holloway", "Twice this winter I've had to step into the road because there were bikes piled "
            "across the pavement,", None),
        (D, "Margaret Holloway", "If this is what it takes, good.", None),
        (I, "council source", "the borough had considered banning the bikes outright before settling on the impound "
            "scheme", None),
        (P, "council source", "the last chance", None),
    ],
    "actors": [
        actor("Westminster City Council", "government", title="borough council",
              aliases=["Westminster City Council", "Westminster", "The council"], stance=1),
        actor("Hannah Okafor", "person", title="cabinet member for city management",
              affiliation="Westminster City Council", aliases=["Hannah Okafor", "Okafor", "Cllr Hannah Okafor"],
              stance=1),
        actor("Zipp", "organisation", title="dockless e-bike operator", aliases=["Zipp"], stance=0),
        actor("Tom Ashcroft", "person", title="UK general manager", affiliation="Zipp",
              aliases=["Tom Ashcroft", "Ashcroft"], stance=-1),
        actor("second operator", "organisation", title="anonymous e-bike operator", aliases=["second operator"],
              stance=-1),
        actor("London Cycling Campaign", "organisation", title="cycling charity",
              aliases=["London Cycling Campaign"], stance=-1),
        actor("Priya Menon", "person", title="chief executive", affiliation="London Cycling Campaign",
              aliases=["Priya Menon", "Menon"], stance=-1),
        actor("Margaret Holloway", "person", title="Soho resident (74)", aliases=["Margaret Holloway", "Holloway"],
              stance=1),
        actor("council source", "person", title="anonymous council source", affiliation="Westminster City Council",
              aliases=["council source"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
