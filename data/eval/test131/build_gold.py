"""Build the test131 gold files (data/eval/test131/*.gold.json) from the annotation specs below.

Held out: do not read these articles or this file while building or tuning the extractor.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test131/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test131.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test131"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Newsroom Panama transport (the opening of Panama Metro Line 3 is delayed again), headline with a
#    straight single fragment (speaker the person the headline names: the Arraiján mayor), "Newsroom
#    Panama | date" line, "PANAMA CITY —" dateline, straight " with US punctuation, caption ending
#    "(File photo/Newsroom Panama)"; lede content before "Metro de Panamá confirmed"; statement "the
#    state company said that ... had revealed "..." that ..., and that safety "..."" (two partials);
#    manager "told reporters ... that the new date was "..." and that B" (partial plus indirect), split
#    quote with "Candanedo said", "He added that A"; mayor "called the delay "..." for families ..."
#    (partial), split quote with "she said"; scare so-called "turnkey" model; "According to the
#    Comptroller General's Office, A"; commuter quote before "said Batista"; planner "said A" then two
#    quote-only paragraphs (the first open at the end of its line); deputy "said he would ask ... to
#    summon Candanedo "..."" (partial only); users' committee quote with "they said in a statement".
ARTICLES[f"{BATCH}/metro-line3-delay-arraijan.gold.json"] = {
    "article": f"{BATCH}/metro-line3-delay-arraijan.txt",
    "target": "Metro de Panamá",
    "quotes": [
        (P, "Yasmina Quintero", "a slap in the face", "Arraiján mayor calls"),
        (I, "Metro de Panamá", "The opening of Line 3 of the Panama Metro, the monorail meant to link the capital "
            "with the fast-growing districts west of the canal, has been pushed back again, to the second half "
            "of 2028", None),
        (P, "Metro de Panamá", "vibration issues", None),
        (P, "Metro de Panamá", "will not be negotiated for a date on a calendar.", None),
        (P, "Rolando Candanedo", "realistic", None),
        (I, "Rolando Candanedo", "the consortium had already replaced parts on 12 of the line's 28 trains", None),
        (D, "Rolando Candanedo", "Nobody is more frustrated than we are. But I am not going to put 30,000 people a "
            "day on a train that has not passed every test,", None),
        (D, "Rolando Candanedo", "When Line 3 opens, it will open once, and it will stay open.", None),
        (I, "Rolando Candanedo", "the budget for the line, about $2.9 billion, had not changed", None),
        (P, "Yasmina Quintero", "a slap in the face", "called the delay"),
        (D, "Yasmina Quintero", "People here get up at four in the morning to be at their jobs in the city by "
            "eight. They have been patient for ten years,", None),
        (D, "Yasmina Quintero", "Patience is not infinite.", None),
        (S, None, "turnkey", None),
        (I, "Comptroller General's Office", "it has been amended four times, adding more than $400 million to the "
            "original price", None),
        (D, "Marisol Batista", "They told us 2024, then 2026, and now 2028. By the time it opens I will be "
            "retired,", None),
        (I, "Irene Sanjur", "the delays showed the cost of tying mega-projects to the electoral calendar", None),
        (D, "Irene Sanjur", "Every government wants to cut the ribbon before its five years are up. So the dates "
            "are set by politicians, not by engineers.", None),
        (D, "Irene Sanjur", "The monorail will be a good project when it is finished. The question is what the "
            "west pays in the meantime, in hours and in money.", None),
        (P, "Ricardo Vásquez", "to explain, line by line, where the time and the money have gone.", None),
        (D, "Arraiján Transport Users' Committee", "We are not asking for a miracle, only for the truth,", None),
    ],
    "actors": [
        actor("Yasmina Quintero", "person", title="mayor", affiliation="Arraiján",
              aliases=["Yasmina Quintero", "Quintero", "Arraiján mayor"], stance=-1),
        actor("Metro de Panamá", "organisation", title="state metro company", affiliation="Panama",
              aliases=["Metro de Panamá", "the state company"], stance=1),
        actor("Rolando Candanedo", "person", title="general manager", affiliation="Metro de Panamá",
              aliases=["Rolando Candanedo", "Candanedo"], stance=1),
        actor("Comptroller General's Office", "government", title="comptroller", affiliation="Panama",
              aliases=["Comptroller General's Office"], stance=0),
        actor("Marisol Batista", "person", title="cashier, commuter, 41", affiliation=None,
              aliases=["Marisol Batista", "Batista"], stance=-1),
        actor("Irene Sanjur", "person", title="urban planner", affiliation="University of Panama",
              aliases=["Irene Sanjur", "Sanjur"], stance=0),
        actor("Ricardo Vásquez", "person", title="independent deputy", affiliation="National Assembly",
              aliases=["Ricardo Vásquez", "Vásquez"], stance=-1),
        actor("Arraiján Transport Users' Committee", "group", title="users' committee", affiliation="Arraiján",
              aliases=["Arraiján Transport Users' Committee"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Eswatini Observer labour (civil servants strike after cost-of-living talks collapse), headline
#    without speech, "BY NAME" byline in capitals, "MBABANE –" dateline, curly “ ” and ’, "percent",
#    "Government" without an article; content before "according to the Swaziland Democratic Nurses Union
#    (SWADNU)"; minister "described as “...”" (partial), then "Shongwe said: “...”", "She said A and that
#    B" (one span); teachers' leader "said A", "“...,” he said, “it is ... .”" (the second stretch starts
#    lower-case), then a closed quote-only paragraph; "Teachers who joined a march ... said A" (group);
#    nurses' president "told the Eswatini Observer that A", quote with "she said"; scare so-called
#    “essential services”; spokesperson "warned that A and that B" (one span), quote with "Mkhatshwa
#    said, adding that the associations had been “...”" (partial only); "dismissed the warning, saying
#    A" (participial indirect; the dismissal is an act); anonymous finance official "said A and that B";
#    economist "said A", quote with "he said".
ARTICLES[f"{BATCH}/eswatini-civil-servants-cola-strike.gold.json"] = {
    "article": f"{BATCH}/eswatini-civil-servants-cola-strike.txt",
    "target": "Eswatini Government",
    "quotes": [
        (I, "Swaziland Democratic Nurses Union", "Schools in Mbabane, Manzini and Nhlangano were largely empty and "
            "Mbabane Government Hospital was running on skeleton staff", None),
        (P, "Phumzile Shongwe", "the best that the fiscus can carry at this time.", None),
        (D, "Phumzile Shongwe", "We are not blind to the cost of living. Every one of us buys bread and paraffin. "
            "But we cannot pay salaries today with money that we will have to borrow tomorrow.", None),
        (I, "Phumzile Shongwe", "Government remained open to dialogue and that it had invited the associations to "
            "meet on Wednesday", None),
        (I, "Sikelela Magagula", "the offer did not cover even half of the increase in food prices over the past "
            "year", None),
        (D, "Sikelela Magagula", "Three percent is not an offer,", None),
        (D, "Sikelela Magagula", "it is an insult dressed up as a negotiation. Our members have not had a real "
            "increase since 2019.", None),
        (D, "Sikelela Magagula", "We will go back to the classroom when Government comes back to the table with "
            "something serious.", None),
        (I, "Teachers", "many of them had taken loans from money lenders to pay school fees for their own "
            "children", None),
        (I, "Thembisile Mabuza", "nurses in casualty and maternity wards had been instructed to stay at their "
            "posts", None),
        (D, "Thembisile Mabuza", "We will not let a single mother deliver alone. Our fight is with Government, not "
            "with patients,", None),
        (S, None, "essential services", None),
        (I, "Lwazi Mkhatshwa", "the strike was not protected under the Industrial Relations Act and that workers "
            "who stayed away would not be paid for those days", None),
        (D, "Lwazi Mkhatshwa", "The law is very clear on this and Government will follow it,", None),
        (P, "Lwazi Mkhatshwa", "misled by a few individuals with political ambitions.", None),
        (I, "Sikelela Magagula", "the associations had followed every step required by the law before calling the "
            "strike", None),
        (I, "senior official at the Ministry of Finance", "the public wage bill already consumed about 40 percent "
            "of Government revenue and that anything above 4 percent would mean cutting capital projects", None),
        (I, "Vusi Mahlalela", "both sides had a point", None),
        (D, "Vusi Mahlalela", "Salaries have lost a lot of value, that is a fact. But Government is also borrowing "
            "to pay for things it used to pay for in cash,", None),
    ],
    "actors": [
        actor("Swaziland Democratic Nurses Union", "organisation", title="nurses' union", affiliation="Eswatini",
              aliases=["Swaziland Democratic Nurses Union", "SWADNU"], stance=None),
        actor("Phumzile Shongwe", "person", title="Minister of Public Service", affiliation="Eswatini Government",
              aliases=["Phumzile Shongwe", "Shongwe"], stance=1),
        actor("Sikelela Magagula", "person", title="Secretary General",
              affiliation="Swaziland National Association of Teachers (SNAT)",
              aliases=["Sikelela Magagula", "Magagula"], stance=-1),
        actor("Teachers", "group", title="teachers who joined a march through Manzini", affiliation=None,
              aliases=["Teachers"], stance=-1),
        actor("Thembisile Mabuza", "person", title="President", affiliation="SWADNU",
              aliases=["Thembisile Mabuza", "Mabuza"], stance=-1),
        actor("Lwazi Mkhatshwa", "person", title="Government Spokesperson", affiliation="Eswatini Government",
              aliases=["Lwazi Mkhatshwa", "Mkhatshwa"], stance=1),
        actor("senior official at the Ministry of Finance", "person", title="official (anonymous)",
              affiliation="Ministry of Finance", aliases=["senior official at the Ministry of Finance"], stance=1),
        actor("Vusi Mahlalela", "person", title="economist (Dr)", affiliation="University of Eswatini",
              aliases=["Vusi Mahlalela", "Mahlalela"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Tirana Times heritage/local government (a municipal hotel and car park plan in Gjirokastër's old
#    town draws a UNESCO warning), headline without speech, "Tirana Times" and "13/10/2026" lines,
#    "GJIROKASTËR –" dateline, British straight single quotes '...' for full quotes and fragments,
#    punctuation outside the marks for fragments, straight apostrophes (town's, UNESCO's); lede
#    "UNESCO, which says A" (indirect); letter "the World Heritage Centre said it had '...' about ...,
#    and asked Albania to halt ..." (partial; the request is a directive); scare so-called 'museum
#    city'; developer "said it would create ..."; municipality "said ... that the building had been
#    designed '...' and that B" (partial plus indirect); mayor "told Tirana Times that A", split quote
#    with "Dervishi said", "He added that A"; architect "said A. '...,' she said. '...` open at the end
#    of its line, then a closed paragraph; "According to the Ministry of Culture, A"; shopkeeper "said
#    A", quote with "he said"; guesthouse owner "said the municipality was '...'" (partial only).
ARTICLES[f"{BATCH}/gjirokaster-hotel-unesco-warning.gold.json"] = {
    "article": f"{BATCH}/gjirokaster-hotel-unesco-warning.txt",
    "target": "Municipality of Gjirokastër",
    "quotes": [
        (I, "UNESCO", "the project could put the town's place on the World Heritage List at risk", None),
        (P, "UNESCO", "serious concerns", None),
        (S, None, "museum city", None),
        (I, "Argjiro Invest", "it would create 80 permanent jobs", None),
        (P, "Municipality of Gjirokastër", "in harmony with the stone architecture of the old town", None),
        (I, "Municipality of Gjirokastër", "its height had been cut from seven floors to five after meetings with "
            "residents", None),
        (I, "Arben Dervishi", "the town could not live on day-trippers alone", None),
        (D, "Arben Dervishi", "Tourists come up from Saranda at ten in the morning and they are gone by four. They "
            "eat a sandwich, take a photo of the castle and leave nothing behind,", None),
        (D, "Arben Dervishi", "If we want young people to stay in Gjirokastër, they need jobs here.", None),
        (I, "Arben Dervishi", "the car park would take cars off the cobbled streets of the old town, which are "
            "closed to traffic for only three months a year", None),
        (I, "Klodiana Bregu", "the council had approved the plans without a single public hearing", None),
        (D, "Klodiana Bregu", "Gjirokastër is not a blank page,", None),
        (D, "Klodiana Bregu", "Every roof in this town is made of the same grey stone, and it has looked like this "
            "for three hundred years.", None),
        (D, "Klodiana Bregu", "A five-storey block of glass and concrete next to the bazaar will be seen from every "
            "window in the old town. Once it is built, nobody will ever take it down.", None),
        (I, "Ministry of Culture", "no building permit has yet been issued for the site", None),
        (I, "Petrit Zeko", "he would welcome anyone who stayed the night", None),
        (D, "Petrit Zeko", "The castle does not buy carpets. People who sleep here buy carpets,", None),
        (P, "Drita Kuqi", "building a competitor on public land", None),
    ],
    "actors": [
        actor("UNESCO", "organisation", title="UN cultural agency (World Heritage Centre)", affiliation="United Nations",
              aliases=["UNESCO", "World Heritage Centre"], stance=-1),
        actor("Argjiro Invest", "organisation", title="developer", affiliation=None,
              aliases=["Argjiro Invest"], stance=1),
        actor("Municipality of Gjirokastër", "government", title="municipality", affiliation="Gjirokastër",
              aliases=["Municipality of Gjirokastër", "the municipality"], stance=1),
        actor("Arben Dervishi", "person", title="Mayor", affiliation="Municipality of Gjirokastër",
              aliases=["Arben Dervishi", "Dervishi"], stance=1),
        actor("Klodiana Bregu", "person", title="architect, chair of the Gjirokastër Heritage Forum", affiliation=None,
              aliases=["Klodiana Bregu", "Bregu"], stance=-1),
        actor("Ministry of Culture", "government", title="ministry", affiliation="Albania",
              aliases=["Ministry of Culture"], stance=0),
        actor("Petrit Zeko", "person", title="carpet shop owner, 58", affiliation=None,
              aliases=["Petrit Zeko", "Zeko"], stance=1),
        actor("Drita Kuqi", "person", title="guesthouse owner", affiliation=None,
              aliases=["Drita Kuqi", "Kuqi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Doha News science/environment (a university study finds microplastics in hamour), headline without
#    speech, "By Doha News Team" and date lines, no dateline, curly “ ” and ’, a nested ‘...?’ inside a
#    direct quote, "Dr." titles, "QR45", caption ending "(Doha News/Staff)"; lede content before
#    "according to a new study by researchers at ..."; "The researchers wrote that A ... and that B" (one
#    span); "The study said A"; lead author "said the findings should be read as “...”" (partial), quote
#    with "she told Doha News", quote with the nested question and "she said", Q&A "Asked whether ...,
#    Al-Sulaiti replied: “...”"; "In a statement, HBKU said A"; ministry post on X "said fish ... were
#    “...” and that B" (partial plus indirect); toxicologist "said A, and that B" (one span), quote with
#    "Hamdan said"; "Fishermen at Al Wakrah harbour said A" (group); fisherman's split quote with "said
#    Jassim Al-Mohannadi, who ..."; scare so-called “ghost nets”; stall worker "said A and that B".
ARTICLES[f"{BATCH}/hamour-microplastics-hbku-study.gold.json"] = {
    "article": f"{BATCH}/hamour-microplastics-hbku-study.txt",
    "target": "Hamad Bin Khalifa University",
    "quotes": [
        (I, "researchers", "Microplastic particles were found in the guts of seven out of 10 hamour caught off "
            "Qatar’s coast", None),
        (I, "researchers", "most of the particles were fragments of polyethylene and polypropylene, plastics used "
            "in fishing nets, bags and bottles, and that the highest counts came from fish caught closest to the "
            "shore", None),
        (I, "researchers", "discarded fishing gear was a likely source", None),
        (P, "Noor Al-Sulaiti", "a baseline, not an alarm.", None),
        (D, "Noor Al-Sulaiti", "We did not find anything that tells us people should stop eating hamour. What we "
            "found is that plastic is now part of the food chain in the Gulf, as it is everywhere else,", None),
        (D, "Noor Al-Sulaiti", "People ask me, ‘Can I still eat fish?’ And I tell them yes, of course,", None),
        (D, "Noor Al-Sulaiti", "That is the next question, and honestly we do not have the answer yet.", None),
        (I, "Hamad Bin Khalifa University", "it would share the full data set with the Ministry of Municipality and "
            "the Ministry of Environment and Climate Change", None),
        (P, "Ministry of Municipality", "safe for consumption", None),
        (I, "Ministry of Municipality", "samples were tested every week for heavy metals and bacteria", None),
        (I, "Tariq Hamdan", "the sample was too small to draw conclusions for the whole Gulf, and that the "
            "researchers had not ruled out contamination in their own laboratory", None),
        (D, "Tariq Hamdan", "Microplastics are in the air of every laboratory. Unless you control for that very "
            "carefully, you will find what you are looking for,", None),
        (I, "Fishermen at Al Wakrah harbour", "the study only confirmed what they had been seeing in their nets for "
            "years", None),
        (D, "Jassim Al-Mohannadi", "What the university found, we see with our own eyes every morning,", None),
        (D, "Jassim Al-Mohannadi", "We pull out bags and bottles before we pull out fish.", None),
        (S, None, "ghost nets", None),
        (I, "Mohammed Rafiq", "customers had not asked about the study and that hamour was still selling at QR45 a "
            "kilo", None),
    ],
    "actors": [
        actor("researchers", "group", title="researchers (the study)", affiliation="Hamad Bin Khalifa University",
              aliases=["researchers", "study"], stance=1),
        actor("Noor Al-Sulaiti", "person", title="lead author (Dr.)", affiliation="Hamad Bin Khalifa University",
              aliases=["Noor Al-Sulaiti", "Al-Sulaiti"], stance=1),
        actor("Hamad Bin Khalifa University", "organisation", title="university", affiliation="Qatar",
              aliases=["Hamad Bin Khalifa University", "HBKU"], stance=1),
        actor("Ministry of Municipality", "government", title="ministry", affiliation="Qatar",
              aliases=["Ministry of Municipality"], stance=None),
        actor("Tariq Hamdan", "person", title="environmental toxicologist (Dr.)",
              affiliation="Sultan Qaboos University", aliases=["Tariq Hamdan", "Hamdan"], stance=-1),
        actor("Fishermen at Al Wakrah harbour", "group", title="fishermen", affiliation=None,
              aliases=["Fishermen at Al Wakrah harbour", "Fishermen"], stance=1),
        actor("Jassim Al-Mohannadi", "person", title="fisherman", affiliation=None,
              aliases=["Jassim Al-Mohannadi", "Al-Mohannadi"], stance=1),
        actor("Mohammed Rafiq", "person", title="fish stall worker", affiliation=None,
              aliases=["Mohammed Rafiq", "Rafiq"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
