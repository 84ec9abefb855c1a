"""Build the test187 gold files (data/eval/test187/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test187/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test187.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test187"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Statesman (Kolkata) local government (south Kolkata waterlogged after a record downpour), headline
#    "KMC blames ‘choked’ canals ..." (partial for the KMC), "Statesman News Service" and dateline lines, curly “ ”
#    in the body and ‘ ’ in the headline, ’ apostrophes, "mm", "crores"; lede participial "with residents of ...
#    saying A"; content before "according to the Regional Meteorological Centre at Alipore"; KMC "said in a
#    statement that A, and that B" (one span); drainage member: "The outfalls were “choked” with silt and plastic, he
#    said." (partial only), "He said A", quote with "Mr Basak told The Statesman", then a quote-only paragraph;
#    Irrigation and Waterways department "said A, and that B" (one span); "Residents were in no mood ..." (no
#    speech); teacher after her quote ("said Sumana Ghosh, a schoolteacher ..."); neighbour "said A and that B",
#    "he said"; councillor "said the corporation had spent crores on “...” while the drains were left “...”" (two
#    partials), "she asked"; RMC again "said A and that B"; content before "officials said"; scare so-called
#    “no-rain window”.
ARTICLES[f"{BATCH}/kolkata-waterlogging-kmc-outfalls.gold.json"] = {
    "article": f"{BATCH}/kolkata-waterlogging-kmc-outfalls.txt",
    "target": "Kolkata Municipal Corporation",
    "quotes": [
        (P, "Kolkata Municipal Corporation", "choked", "KMC blames"),
        (I, "residents of Behala, Thakurpukur and Jadavpur", "the civic body had left them to fend for themselves", None),
        (I, "Regional Meteorological Centre at Alipore", "The city recorded 247 mm of rain in the 24 hours to 8.30 am on "
            "Tuesday, the heaviest September downpour in more than three decades", None),
        (I, "Kolkata Municipal Corporation", "all 68 of its drainage pumping stations had been running without a break "
            "since Monday night, and that water had already cleared from most of north and central Kolkata", None),
        (P, "Arindam Basak", "choked", "The outfalls were"),
        (I, "Arindam Basak", "the state’s Irrigation and Waterways department, which maintains the canals, had not dredged "
            "them before the monsoon", None),
        (D, "Arindam Basak", "We can pump out as much water as we like, but if the canal is already full, where will it go? "
            "It comes straight back into Behala,", None),
        (D, "Arindam Basak", "This is not a KMC failure. Give us two dry days and you will not find standing water "
            "anywhere.", None),
        (I, "Irrigation and Waterways department", "the Tolly’s Nullah and the Churial canal had been desilted in May and "
            "June, and that the real problem was the civic body’s own underground drains, many of which date from the "
            "colonial era", None),
        (D, "Sumana Ghosh", "Every year it is the same story. They blame each other and we stand in dirty water up to our "
            "knees,", None),
        (I, "Prabir Dutta", "he had not been able to leave his flat for two days and that nobody from the borough office "
            "had visited", None),
        (D, "Prabir Dutta", "I called the helpline eleven times. Nobody picks up,", None),
        (P, "Moumita Sen", "beautification", None),
        (P, "Moumita Sen", "exactly as they were in 1990", None),
        (D, "Moumita Sen", "The mayor was busy cutting ribbons at new fountains this summer. Did anyone check the drains?",
            None),
        (I, "Regional Meteorological Centre at Alipore", "a low-pressure area over the north Bay of Bengal was weakening "
            "and that only light to moderate rain was expected over the next 48 hours", None),
        (I, "officials", "The KMC has opened 14 relief camps in schools in Behala and Jadavpur, and deployed 120 "
            "additional workers to clear garbage from gully pits", None),
        (S, None, "no-rain window", None),
    ],
    "actors": [
        actor("Kolkata Municipal Corporation", "government", title="civic body", affiliation="Kolkata",
              aliases=["Kolkata Municipal Corporation", "KMC", "the civic body", "the corporation"], stance=1),
        actor("residents of Behala, Thakurpukur and Jadavpur", "group", title="residents", affiliation="south Kolkata",
              aliases=["residents of Behala, Thakurpukur and Jadavpur", "Residents"], stance=-1),
        actor("Regional Meteorological Centre at Alipore", "government", title="weather office",
              affiliation="India Meteorological Department",
              aliases=["Regional Meteorological Centre at Alipore", "Regional Meteorological Centre"], stance=None),
        actor("Arindam Basak", "person", title="mayor-in-council member in charge of drainage",
              affiliation="Kolkata Municipal Corporation", aliases=["Arindam Basak", "Basak", "Mr Basak"], stance=1),
        actor("Irrigation and Waterways department", "government", title="state department", affiliation="West Bengal",
              aliases=["Irrigation and Waterways department"], stance=-1),
        actor("Sumana Ghosh", "person", title="schoolteacher", affiliation="Sakherbazar, Behala",
              aliases=["Sumana Ghosh", "Ghosh"], stance=-1),
        actor("Prabir Dutta", "person", title="resident, 71", affiliation="Sakherbazar, Behala",
              aliases=["Prabir Dutta", "Dutta"], stance=-1),
        actor("Moumita Sen", "person", title="opposition councillor", affiliation="Behala ward",
              aliases=["Moumita Sen", "Sen"], stance=-1),
        actor("officials", "group", title="civic officials (unnamed)", affiliation="Kolkata Municipal Corporation",
              aliases=["officials"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Local Denmark health (a region closes a town's night-time emergency clinic), headline without speech, "The
#    Local (news@thelocal.dk)" and "Published:" lines, straight " and apostrophes, "kroner", Danish letters; content
#    before "the region said in a press release"; "under the plan" (no cue); committee chair: quote split by "..., X,
#    who chairs ..., told The Local. "But ..."" (two directs); "Lauritsen said A, and that the region would send an
#    ambulance "..." whenever ..." (indirect plus partial); mayor "called the decision "..." to ..." (partial), quote
#    with "Møller Jensen said"; medical association branch "said A, and warned that B" (two indirects); pensioner "told
#    The Local that A", quote with "Schmidt said"; "According to the region's own figures, A"; council member "said the
#    savings were "..." and that B" (partial plus indirect); "In a written answer ..., the region said A and that B"
#    (one span); scare so-called "robust health" plan; GP "wrote on Facebook" with the quote split around the cue.
ARTICLES[f"{BATCH}/tonder-night-clinic-closure.gold.json"] = {
    "article": f"{BATCH}/tonder-night-clinic-closure.txt",
    "target": "Region of Southern Denmark",
    "quotes": [
        (I, "Region of Southern Denmark", "The regional council approved the closure by 24 votes to 17 on Monday evening "
            "as part of a package of savings worth 180 million kroner", None),
        (D, "Henrik Lauritsen", "We understand that people in Tønder are worried,", None),
        (D, "Henrik Lauritsen", "But at night we see on average fewer than three patients at the clinic, and we cannot "
            "justify keeping a doctor and two nurses there for that.", None),
        (I, "Henrik Lauritsen", "most of those patients could be treated just as safely by video", None),
        (P, "Henrik Lauritsen", "without hesitation", None),
        (P, "Birgitte Møller Jensen", "a slap in the face", None),
        (D, "Birgitte Møller Jensen", "People here pay the same taxes as people in Odense. They have the same right to see "
            "a doctor when their child has a fever at two in the morning,", None),
        (I, "regional branch of the Danish Medical Association", "it shared the concerns", None),
        (I, "regional branch of the Danish Medical Association", "doctors in Aabenraa were already working at full "
            "capacity at weekends", None),
        (I, "Karen Schmidt", "she had twice driven him to the Tønder clinic at night in the past year", None),
        (D, "Karen Schmidt", "If they close it, what do I do? I don't drive in the dark any more. I will have to call an "
            "ambulance and pray,", None),
        (I, "Region of Southern Denmark", "1,042 patients used the Tønder clinic between 11pm and 8am last year, compared "
            "with about 3,900 in the same hours in Aabenraa", None),
        (P, "Ole Kristensen", "being found in the wrong places", None),
        (I, "Ole Kristensen", "the region should have looked at its own administration first", None),
        (I, "Region of Southern Denmark", "its video consultation service had been tested in Sønderborg since 2025 and "
            "that 92 percent of patients who used it had said they were satisfied", None),
        (S, None, "robust health", None),
        (D, "Mads Hviid", "We will keep fighting this,", None),
        (D, "Mads Hviid", "Tønder is not a suburb of Aabenraa.", None),
    ],
    "actors": [
        actor("Region of Southern Denmark", "government", title="regional health authority", affiliation="Denmark",
              aliases=["Region of Southern Denmark", "the region"], stance=1),
        actor("Henrik Lauritsen", "person", title="chair of the region's health committee",
              affiliation="Region of Southern Denmark", aliases=["Henrik Lauritsen", "Lauritsen"], stance=1),
        actor("Birgitte Møller Jensen", "person", title="mayor", affiliation="Tønder Municipality",
              aliases=["Birgitte Møller Jensen", "Møller Jensen"], stance=-1),
        actor("regional branch of the Danish Medical Association", "organisation", title="doctors' association branch",
              affiliation="Danish Medical Association",
              aliases=["regional branch of the Danish Medical Association"], stance=-1),
        actor("Karen Schmidt", "person", title="resident, 68", affiliation="Tønder",
              aliases=["Karen Schmidt", "Schmidt"], stance=-1),
        actor("Ole Kristensen", "person", title="regional council member", affiliation="Region of Southern Denmark",
              aliases=["Ole Kristensen", "Kristensen"], stance=-1),
        actor("Mads Hviid", "person", title="GP, petition organiser", affiliation="Tønder",
              aliases=["Mads Hviid", "Hviid"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Northern Star (Lismore, NSW) disaster recovery (flood buyback delays), headline without speech, byline,
#    "Northern Rivers" and date lines, photo caption ending "(Cath Piltz/The Northern Star)" (not annotated), straight "
#    and apostrophes, "$"; content before "the NSW Reconstruction Authority has confirmed"; authority "said in a
#    statement that A, and that the remaining applications involved "..." titles ..." (indirect plus partial); CEO in
#    an apposition after the quote ("the authority's chief executive, Mark Ellery, said"); resident "said she had been
#    told ... that her offer was "..."" (partial only), quote "..., she said. "... open to the end of its line, then a
#    closed paragraph (one direct per stretch); "According to the authority, A"; deputy mayor "said A and had B" (one
#    span); anonymous former case officer "said staff had been told to prioritise "..." files ..." (partial only),
#    singular "they said"; "Mr Ellery rejected that account." (act), then "he said"; scare so-called "house raising"
#    grants; government spokesperson "said A".
ARTICLES[f"{BATCH}/lismore-buyback-delays.gold.json"] = {
    "article": f"{BATCH}/lismore-buyback-delays.txt",
    "target": "NSW Reconstruction Authority",
    "quotes": [
        (I, "NSW Reconstruction Authority", "More than 140 households in the Lismore area are still waiting for a buyback "
            "offer five years after the record 2022 flood", None),
        (I, "NSW Reconstruction Authority", "it had made 1,180 offers across the Northern Rivers since the program began",
            None),
        (P, "NSW Reconstruction Authority", "complex", "remaining applications involved"),
        (D, "Mark Ellery", "We know every one of those numbers is a family, and we are working through them as fast as we "
            "responsibly can,", None),
        (P, "Tracey Nguyen", "weeks away", None),
        (D, "Tracey Nguyen", "Two years later I'm still here, in a house with mould in the walls, paying a mortgage on "
            "something nobody will insure,", None),
        (D, "Tracey Nguyen", "My kids have asthma. I ring them every month and every month it's a different case officer "
            "who has never heard of us.", None),
        (D, "Tracey Nguyen", "The last one told me to be patient. I have been patient for five years.", None),
        (I, "NSW Reconstruction Authority", "312 homes in the region have been demolished or relocated under the program "
            "so far, and another 95 are scheduled for removal this year", None),
        (I, "Ruth Calloway", "the council had raised the delays with the authority at every quarterly meeting since 2024 "
            "and had still not been given a date for the last offers", None),
        (P, "former case officer", "easy", None),
        (D, "former case officer", "The hard ones just sat there. Nobody wanted to own them,", None),
        (D, "Mark Ellery", "There is no instruction to cherry-pick files. Complex cases take longer because they are "
            "complex, and we would rather get the valuation right than fast,", None),
        (S, None, "house raising", None),
        (I, "spokesperson for the NSW Government", "an extra $40 million had been set aside in the budget to finish the "
            "program by mid-2028", None),
    ],
    "actors": [
        actor("NSW Reconstruction Authority", "government", title="state disaster recovery agency",
              affiliation="New South Wales", aliases=["NSW Reconstruction Authority", "the authority"], stance=1),
        actor("Mark Ellery", "person", title="chief executive", affiliation="NSW Reconstruction Authority",
              aliases=["Mark Ellery", "Ellery", "Mr Ellery"], stance=1),
        actor("Tracey Nguyen", "person", title="resident", affiliation="North Lismore",
              aliases=["Tracey Nguyen", "Nguyen", "Ms Nguyen"], stance=-1),
        actor("Ruth Calloway", "person", title="deputy mayor", affiliation="Lismore City Council",
              aliases=["Ruth Calloway", "Calloway"], stance=-1),
        actor("former case officer", "person", title="former case officer (anonymous)",
              affiliation="NSW Reconstruction Authority", aliases=["former case officer"], stance=-1),
        actor("spokesperson for the NSW Government", "person", title="spokesperson", affiliation="NSW Government",
              aliases=["spokesperson for the NSW Government"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sun.mv (Maldives) labour/tourism (resort workers strike over unpaid service charge), headline "Resort staff strike
#    over ‘missing’ service charge ..." (partial for the employees, whom the headline names as "Resort staff"), byline
#    and date lines, curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes, "MVR"; lede participial "alleging
#    that A"; resort ("The resort, operated by ...,") "said in a statement ... that the payments had been delayed by “...” following ..., and that B"
#    (partial plus indirect); "Staff representatives ... told Sun that A"; anonymous supervisor after the quote ("said
#    one housekeeping supervisor, who asked not to be named ..."), then "He said A and that B" (one span); "Under the
#    Employment Act, ..." (no cue); TEAM "said the case was “...” and that B" (partial plus indirect); secretary
#    general after the quote; general manager "said A", then "he said. “...”" (two directs); authority "said A and
#    would B" (one span); ministry spokesperson "said A"; scare so-called “locals first” hiring rule; guests "said A but
#    that B" (one span).
ARTICLES[f"{BATCH}/fushivaru-service-charge-strike.gold.json"] = {
    "article": f"{BATCH}/fushivaru-service-charge-strike.txt",
    "target": "Fushivaru Island Resort",
    "quotes": [
        (P, "employees of Fushivaru Island Resort", "missing", None),
        (I, "employees of Fushivaru Island Resort", "the resort had not paid their share of the service charge for four "
            "months", None),
        (P, "Fushivaru Island Resort", "a temporary cash flow issue", None),
        (I, "Fushivaru Island Resort", "all arrears would be settled by the end of March", None),
        (I, "Staff representatives", "the management had made the same promise in December and again in January", None),
        (D, "housekeeping supervisor", "Every month they say next month. Our families in the islands are waiting for that "
            "money. For many of us the service charge is more than half of what we earn,", None),
        (I, "housekeeping supervisor", "workers had gathered outside the staff canteen at 7 am and that guest services, "
            "including the restaurants and the spa, were being run by managers and staff flown in from the company’s "
            "resort in Lhaviyani Atoll", None),
        (P, "Tourism Employees Association of Maldives", "not an isolated one", None),
        (I, "Tourism Employees Association of Maldives", "at least six resorts had delayed service charge payments since "
            "the start of the year", None),
        (D, "Ahmed Niyaz", "When a resort says it has no cash, but its villas are full at 2,000 dollars a night, workers "
            "have every right to ask where the money went,", None),
        (I, "Daniel Whitford", "he understood the staff’s frustration", None),
        (D, "Daniel Whitford", "Our team are the heart of Fushivaru. We made a mistake in how we communicated the delay, "
            "and I have apologised to them personally,", None),
        (D, "Daniel Whitford", "But the money is there, it is accounted for, and it will be paid.", None),
        (I, "Labour Relations Authority", "it had sent a team to the island on Sunday and would meet both sides on "
            "Monday", None),
        (I, "spokesperson for the Ministry of Tourism", "resorts that failed to pay the service charge on time could face "
            "fines of up to MVR 100,000 for each violation", None),
        (S, None, "locals first", None),
        (I, "Guests contacted by Sun", "they had noticed slower service at breakfast but that the resort had offered them a "
            "free dinner by way of apology", None),
    ],
    "actors": [
        actor("employees of Fushivaru Island Resort", "group", title="resort workers", affiliation="Fushivaru Island "
              "Resort, Baa Atoll", aliases=["employees of Fushivaru Island Resort", "Resort staff"], stance=-1),
        actor("Fushivaru Island Resort", "organisation", title="resort (operated by Coral Crescent Hospitality)",
              affiliation="Baa Atoll, Maldives",
              aliases=["Fushivaru Island Resort", "The resort"], stance=1),
        actor("Staff representatives", "group", title="workers' representatives", affiliation="Fushivaru Island Resort",
              aliases=["Staff representatives"], stance=-1),
        actor("housekeeping supervisor", "person", title="housekeeping supervisor (anonymous)",
              affiliation="Fushivaru Island Resort", aliases=["housekeeping supervisor"], stance=-1),
        actor("Tourism Employees Association of Maldives", "organisation", title="tourism workers' union",
              affiliation="Maldives", aliases=["Tourism Employees Association of Maldives", "TEAM"], stance=-1),
        actor("Ahmed Niyaz", "person", title="secretary general",
              affiliation="Tourism Employees Association of Maldives (TEAM)", aliases=["Ahmed Niyaz", "Niyaz"],
              stance=-1),
        actor("Daniel Whitford", "person", title="general manager", affiliation="Fushivaru Island Resort",
              aliases=["Daniel Whitford", "Whitford"], stance=1),
        actor("Labour Relations Authority", "government", title="labour regulator", affiliation="Maldives",
              aliases=["Labour Relations Authority"], stance=None),
        actor("spokesperson for the Ministry of Tourism", "person", title="spokesperson", affiliation="Ministry of Tourism",
              aliases=["spokesperson for the Ministry of Tourism"], stance=0),
        actor("Guests contacted by Sun", "group", title="resort guests", affiliation="Fushivaru Island Resort",
              aliases=["Guests contacted by Sun"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
