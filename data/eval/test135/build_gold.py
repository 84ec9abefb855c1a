"""Build the test135 gold files (data/eval/test135/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test135/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test135.
Standard library only. Held out: scored, not tuned on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test135"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Punch (Nigeria) courts/finance (the EFCC opens its case against a failed microfinance bank),
#    headline with a straight single-quoted fragment (speaker the entity the headline names:
#    Depositors), byline and date lines, straight " and apostrophes, "N4.2bn", "Mr"/"Mrs", "(SAN)";
#    lede "The EFCC on Tuesday told a Federal High Court ... that A"; counsel "told Justice ... that
#    A", quote with "Adegoke said"; defence counsel "described the charge as "..." and said A"
#    (partial plus indirect), a quote split by "he said" and resumed; "adjourned ... and ordered
#    that ..." (a ruling: not annotated); placards "demanding ..." (not annotated); group "The
#    depositors said A, and accused its management of "..."" (indirect plus partial); trader "told
#    The PUNCH that A", "she said, fighting back tears"; forum president "said: "..." open at the
#    end of its line, then a closed paragraph; NDIC "said it was "..." ... and that B" (partial plus
#    indirect); anonymous CBN official "said the apex bank was "...", adding that B" (partial plus
#    indirect); scare so-called "double-up"; "According to X, A"; "Efforts to reach ... were
#    unsuccessful" (not annotated).
ARTICLES[f"{BATCH}/kobowise-mfb-efcc-trial.gold.json"] = {
    "article": f"{BATCH}/kobowise-mfb-efcc-trial.txt",
    "target": "Kobowise Microfinance Bank",
    "quotes": [
        (P, "depositors", "hiding behind court order", None),
        (I, "Economic and Financial Crimes Commission", "Kobowise Microfinance Bank Limited diverted about N4.2bn of "
            "customers' deposits into real estate and foreign exchange trading between 2023 and 2025", None),
        (I, "Rotimi Adegoke", "the commission would call 11 witnesses, including three officials of the Central Bank "
            "of Nigeria", None),
        (D, "Rotimi Adegoke", "This is not a case of a bank that ran into bad luck. The evidence will show that "
            "depositors' money was moved out deliberately, month after month, to companies owned by the directors "
            "and their relatives,", None),
        (P, "Babatunde Akinola", "a trial by press release", None),
        (I, "Babatunde Akinola", "the bank had never refused a single valid withdrawal request before its accounts "
            "were frozen", None),
        (D, "Babatunde Akinola", "My clients have been in this court every single time,", None),
        (D, "Babatunde Akinola", "They are not running away from anybody, and they want this trial to start more "
            "than the prosecution does.", None),
        (I, "depositors", "they had been unable to withdraw their money since the bank shut its 12 branches in "
            "August 2025", None),
        (P, "depositors", "hiding behind the court order", None),
        (I, "Nkechi Eze", "she had N3.8m in a fixed deposit with the bank when it closed", None),
        (D, "Nkechi Eze", "I was paying school fees from that account. Now my two children are at home. Every time "
            "we come here, they tell us the court has tied their hands,", None),
        (D, "Ibrahim Lawal", "We are not against the EFCC prosecuting anybody. The people who ran this bank must "
            "answer for what they did with our money.", None),
        (D, "Ibrahim Lawal", "But the prosecution should not become a reason for us to wait another five years. The "
            "CBN has the power to appoint an interim manager and start paying small depositors first. That is all "
            "we are asking for.", None),
        (P, "Nigeria Deposit Insurance Corporation", "working closely with the CBN", None),
        (I, "Nigeria Deposit Insurance Corporation", "insured depositors would be paid up to the statutory limit "
            "once the bank's licence was revoked", None),
        (P, "CBN official", "reviewing its options", None),
        (I, "CBN official", "the revocation of the licence could not be concluded while the criminal case was "
            "pending", None),
        (S, None, "double-up", None),
        (I, "National Association of Microfinance Banks", "fewer than one in five of its members offer deposit "
            "rates above 15 per cent", None),
    ],
    "actors": [
        actor("depositors", "group", title="depositors of the bank (traders)", affiliation=None,
              aliases=["depositors", "Depositors"], stance=-1),
        actor("Economic and Financial Crimes Commission", "government", title="anti-graft agency",
              affiliation="Nigeria",
              aliases=["Economic and Financial Crimes Commission", "EFCC", "the commission"], stance=-1),
        actor("Rotimi Adegoke", "person", title="counsel to the EFCC (prosecutor)",
              affiliation="Economic and Financial Crimes Commission",
              aliases=["Rotimi Adegoke", "Adegoke", "Mr Rotimi Adegoke"], stance=-1),
        actor("Babatunde Akinola", "person", title="counsel to the defendants (Chief, SAN)", affiliation=None,
              aliases=["Babatunde Akinola", "Akinola", "Chief Babatunde Akinola"], stance=1),
        actor("Nkechi Eze", "person", title="fabric trader, depositor, 52", affiliation=None,
              aliases=["Nkechi Eze", "Eze", "Mrs Nkechi Eze"], stance=-1),
        actor("Ibrahim Lawal", "person", title="President", affiliation="Kobowise Depositors Forum",
              aliases=["Ibrahim Lawal", "Lawal", "Mr Ibrahim Lawal"], stance=-1),
        actor("Nigeria Deposit Insurance Corporation", "government", title="deposit insurer", affiliation="Nigeria",
              aliases=["Nigeria Deposit Insurance Corporation"], stance=0),
        actor("CBN official", "person", title="official (anonymous)", affiliation="Central Bank of Nigeria",
              aliases=["CBN official"], stance=0),
        actor("National Association of Microfinance Banks", "organisation", title="industry association",
              affiliation="Nigeria", aliases=["National Association of Microfinance Banks"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Tempo English (Indonesia) disaster (a nickel tailings embankment collapses onto a village), Title
#    Case headline without speech, photo caption ending "(TEMPO/Rahmat Hidayat)", "TEMPO.CO, Palu -"
#    dateline, curly “ ” and ’, US punctuation inside the closing marks; lede content before "the
#    National Disaster Management Agency (BNPB) said"; spokesperson "said A and that B" (one span),
#    quote with "she said"; group "Residents said A and had B" (one span); resident named by one name
#    (Ningsih) "told Tempo that A", "she said"; company "said it was “...” by ... and that B" (partial
#    plus indirect); its spokesman "said A and that B “...”" (indirect plus partial); a quote split by
#    "Sitorus said," and resumed lower-case; NGO director "called the collapse “...” and said A"
#    (partial plus indirect), a first-name second reference ("Sunarti said"); scare so-called “wet
#    tailings”; director general "told reporters that A and that B" (one span), "Bambang said";
#    anonymous worker "told Tempo that A had been broken “for weeks.”" (partial only), "he said";
#    translator/editor lines.
ARTICLES[f"{BATCH}/morowali-tailings-collapse.gold.json"] = {
    "article": f"{BATCH}/morowali-tailings-collapse.txt",
    "target": "PT Bumi Tadulako Nikel",
    "quotes": [
        (I, "National Disaster Management Agency", "Nine people were killed and four others remain missing after a "
            "tailings embankment at a nickel processing complex in Morowali Regency, Central Sulawesi, gave way on "
            "Saturday night and buried part of a nearby village", None),
        (I, "Dwi Handayani", "27 houses in Lele Village had been buried under mud up to four metres deep and that 312 "
            "residents had been moved to a school and a mosque", None),
        (D, "Dwi Handayani", "The mud is still moving in some places, so we have to stop the search every time it "
            "rains. Our priority now is the four people who have not been found,", None),
        (I, "Residents", "they had heard a loud cracking sound about an hour before the collapse and had complained "
            "for months about water seeping from the base of the embankment", None),
        (I, "Ningsih", "she had reported the seepage to the village head in September", None),
        (D, "Ningsih", "We sent photos. We sent videos. They told us the wall was strong enough to last a hundred "
            "years,", None),
        (P, "PT Bumi Tadulako Nikel", "deeply saddened", None),
        (I, "PT Bumi Tadulako Nikel", "it had suspended operations at the affected processing line pending an "
            "investigation", None),
        (I, "Yohanes Sitorus", "the embankment had passed an inspection by an independent consultant in June", None),
        (P, "Yohanes Sitorus", "far above normal.", None),
        (D, "Yohanes Sitorus", "We will not hide anything,", None),
        (D, "Yohanes Sitorus", "and if the investigation finds that we made mistakes, we will take responsibility "
            "for them.", None),
        (P, "Sunarti Lamasi", "a disaster that was announced months in advance", None),
        (I, "Sunarti Lamasi", "the company had raised the embankment three times in two years to make room for waste "
            "from new production lines", None),
        (S, None, "wet tailings", None),
        (D, "Sunarti Lamasi", "Every new furnace means more slurry, and the slurry has to go somewhere. Here it went "
            "into people’s bedrooms,", None),
        (I, "Bambang Wicaksono", "inspectors had been sent to the site and that the ministry would not hesitate to "
            "revoke the company’s mining business permit if violations were found", None),
        (D, "Bambang Wicaksono", "No company is too big. If the investigation shows negligence, there will be "
            "consequences,", None),
        (P, "worker at the smelter complex", "for weeks.", None),
        (D, "worker at the smelter complex", "Everybody knew. Nobody wanted to stop the line,", None),
    ],
    "actors": [
        actor("National Disaster Management Agency", "government", title="disaster agency", affiliation="Indonesia",
              aliases=["National Disaster Management Agency", "BNPB"], stance=0),
        actor("Dwi Handayani", "person", title="spokesperson", affiliation="BNPB",
              aliases=["Dwi Handayani", "Handayani"], stance=None),
        actor("Residents", "group", title="residents of Lele Village", affiliation=None, aliases=["Residents"],
              stance=-1),
        actor("Ningsih", "person", title="resident, 41", affiliation=None, aliases=["Ningsih"], stance=-1),
        actor("PT Bumi Tadulako Nikel", "organisation", title="nickel smelter operator (joint venture)",
              affiliation=None, aliases=["PT Bumi Tadulako Nikel", "BTN"], stance=1),
        actor("Yohanes Sitorus", "person", title="head of corporate communications",
              affiliation="PT Bumi Tadulako Nikel", aliases=["Yohanes Sitorus", "Sitorus"], stance=1),
        actor("Sunarti Lamasi", "person", title="executive director, Central Sulawesi chapter",
              affiliation="Indonesian Forum for the Environment (Walhi)",
              aliases=["Sunarti Lamasi", "Sunarti", "Lamasi"], stance=-1),
        actor("Bambang Wicaksono", "person", title="Director General of Mineral and Coal",
              affiliation="Energy and Mineral Resources Ministry",
              aliases=["Bambang Wicaksono", "Bambang", "Wicaksono"], stance=0),
        actor("worker at the smelter complex", "person", title="worker (anonymous)", affiliation=None,
              aliases=["worker at the smelter complex"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Oban Times (Scotland) sport (shinty's governing body moves its cup final to Glasgow), headline
#    with a curly single fragment (speaker the entity the headline names: the clubs), standfirst
#    without speech, byline and date lines, curly single ‘ ’ for all quotes and ’ for apostrophes
#    (including inside quotes), fragment punctuation outside the closing marks; lede content before
#    "the Camanachd Association has confirmed"; president "said the move would put shinty ‘...’ and
#    that B" (partial plus indirect), then "She said: ‘..." open at the end of its line and a closed
#    paragraph; "The decision has gone down badly" (not speech); group "Clubs in Badenoch and Lochaber
#    said A and accused the board of ‘...’" (indirect plus partial), then "they said in a joint
#    letter"; "did not hold back" (not speech), quote with "said the 52-year-old" and a quote-only
#    paragraph; secretary "said A", "he said"; councillor "told the Oban Times A and that B" (one
#    span); scare so-called ‘heartland’; anonymous board member "said the decision had been ‘...’
#    before ..." (partial only); "Fraser insisted A." then a quote with "she said" in the same
#    paragraph.
ARTICLES[f"{BATCH}/camanachd-cup-final-glasgow.gold.json"] = {
    "article": f"{BATCH}/camanachd-cup-final-glasgow.txt",
    "target": "Camanachd Association",
    "quotes": [
        (P, "Clubs in Badenoch and Lochaber", "selling out the Highlands", None),
        (I, "Camanachd Association", "The Camanachd Cup final will be played in Glasgow next September for the "
            "first time in more than 20 years", None),
        (P, "Morag Fraser", "in front of a whole new audience", None),
        (I, "Morag Fraser", "a broadcaster had agreed to show the match live for the first time in three years",
            None),
        (D, "Morag Fraser", "We are not turning our backs on the Highlands. Shinty was born there and it will always "
            "belong there.", None),
        (D, "Morag Fraser", "But if we want young people in Glasgow and Edinburgh to pick up a caman, they need to "
            "see the game at its very best, and the Camanachd Cup final is the game at its very best.", None),
        (I, "Clubs in Badenoch and Lochaber", "the association had not consulted them before the vote", None),
        (P, "Clubs in Badenoch and Lochaber", "putting television before supporters", None),
        (D, "Clubs in Badenoch and Lochaber", "Nobody asked us. We read about it on social media like everybody "
            "else,", None),
        (D, "Ewan MacPherson", "It’s a shambles. Our supporters have filled buses to every final for 30 years and "
            "now they’ll need a hotel room and a day off work,", None),
        (D, "Ewan MacPherson", "The people who made this decision have never stood on a wet terracing in February "
            "in their lives.", None),
        (I, "Iain Lamont", "the city’s clubs had spent decades travelling north at dawn for the big games", None),
        (D, "Iain Lamont", "I understand the anger up north, I really do. But a full stand at Scotstoun with the "
            "cameras there is good for every club in the country,", None),
        (I, "Alasdair Mackay", "the final was worth an estimated £400,000 to the host town each year and that he "
            "would write to the association asking it to think again", None),
        (S, None, "heartland", None),
        (P, "One board member", "rushed through", None),
        (I, "Morag Fraser", "the choice of venue would be reviewed after the final", None),
        (D, "Morag Fraser", "If it does not work, we will say so, and we will come home,", None),
    ],
    "actors": [
        actor("Clubs in Badenoch and Lochaber", "group", title="shinty clubs", affiliation=None,
              aliases=["Clubs in Badenoch and Lochaber", "Clubs"], stance=-1),
        actor("Camanachd Association", "organisation", title="shinty's governing body", affiliation=None,
              aliases=["Camanachd Association", "the association"], stance=1),
        actor("Morag Fraser", "person", title="Association president", affiliation="Camanachd Association",
              aliases=["Morag Fraser", "Fraser"], stance=1),
        actor("Ewan MacPherson", "person", title="Kinlochmore manager, 52", affiliation="Kinlochmore",
              aliases=["Ewan MacPherson", "MacPherson", "the 52-year-old"], stance=-1),
        actor("Iain Lamont", "person", title="secretary", affiliation="Clydeside Camanachd",
              aliases=["Iain Lamont", "Lamont"], stance=1),
        actor("Alasdair Mackay", "person", title="Highland Council economy committee chairman (Councillor)",
              affiliation="Highland Council", aliases=["Alasdair Mackay", "Mackay", "Councillor Alasdair Mackay"],
              stance=-1),
        actor("One board member", "person", title="board member (anonymous)", affiliation="Camanachd Association",
              aliases=["One board member"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Newsroom Panama health (record dengue deaths; doctors question the health ministry), headline
#    without quote marks, outlet and date lines, "PANAMA CITY -" dateline, straight " and apostrophes,
#    US punctuation inside the closing marks, "%"; lede content before "the Ministry of Health (Minsa)
#    said in its weekly epidemiological bulletin"; minister "said A and would B" (one span), quote with
#    "Arosemena said at a press conference"; Q&A "Asked whether ..., he replied: "..."" (direct; the
#    question not annotated); "Doctors are not convinced." (not speech); society president "said the
#    ministry had "..." by ..., and that B" (partial plus indirect), "she said", then a quote-only
#    paragraph; hospital "said in a statement that A"; "According to X, A"; group "residents said A";
#    resident named after her quote ("said Yariela Sánchez, 34, whose ..."); cleaning authority "said in
#    a post on X that ... had been "..." since Monday" (partial only); scare so-called "Patio Limpio";
#    anonymous CSS official "told Newsroom Panama that A", quote with "the official said".
ARTICLES[f"{BATCH}/panama-dengue-deaths-minsa.gold.json"] = {
    "article": f"{BATCH}/panama-dengue-deaths-minsa.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Ministry of Health", "Panama has recorded 41 dengue deaths so far this year, the highest annual toll "
            "since the country began keeping records", None),
        (I, "Gilberto Arosemena", "the ministry had deployed 1,200 vector control workers across the country and "
            "would hire 300 more in January", None),
        (D, "Gilberto Arosemena", "We are not going to win this with the fumigation trucks alone. We need every "
            "family to check their patio, their tires and their flower pots every Sunday,", None),
        (D, "Gilberto Arosemena", "No. We started in March, before anybody in this country was talking about "
            "dengue.", None),
        (P, "Itzel Castrellón", "lost months", None),
        (I, "Itzel Castrellón", "pediatric wards at the Hospital del Niño were running at 130% of capacity", None),
        (D, "Itzel Castrellón", "Fumigation looks good on television. It kills the adult mosquitoes that are flying "
            "that night, and the next week you have the same numbers again,", None),
        (D, "Itzel Castrellón", "The larvae are in the backyards, in the tires, in the gutters. That is where this "
            "fight is won or lost.", None),
        (I, "Hospital del Niño", "it had opened a second dengue ward with 24 beds and postponed non-urgent surgeries "
            "until the end of January", None),
        (I, "Gorgas Memorial Institute", "the DENV-3 serotype, which had not circulated widely in Panama for more "
            "than a decade, accounts for about 60% of the samples analyzed this year", None),
        (I, "residents", "the fumigation trucks had not passed through their streets in almost a month", None),
        (D, "Yariela Sánchez", "They come to the main road, they take photos, and they leave. The garbage here has "
            "not been collected in two weeks,", None),
        (P, "Urban and Household Cleaning Authority", "normalized", None),
        (S, None, "Patio Limpio", None),
        (I, "official at the Social Security Fund", "Minsa had not shared its neighborhood case maps with CSS "
            "hospitals until October", None),
        (D, "official at the Social Security Fund", "We were treating the patients, but we did not know where they "
            "were coming from. That is not how you fight an epidemic,", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", title="health ministry", affiliation="Panama",
              aliases=["Ministry of Health", "Minsa"], stance=0),
        actor("Gilberto Arosemena", "person", title="Health Minister", affiliation="Ministry of Health",
              aliases=["Gilberto Arosemena", "Arosemena"], stance=1),
        actor("Itzel Castrellón", "person", title="president (Dr.)", affiliation="Panamanian Society of Pediatrics",
              aliases=["Itzel Castrellón", "Castrellón", "Dr. Itzel Castrellón"], stance=-1),
        actor("Hospital del Niño", "organisation", title="children's hospital", affiliation="Panama",
              aliases=["Hospital del Niño"], stance=None),
        actor("Gorgas Memorial Institute", "organisation", title="health research institute", affiliation="Panama",
              aliases=["Gorgas Memorial Institute"], stance=None),
        actor("residents", "group", title="residents of Samaria, San Miguelito", affiliation=None,
              aliases=["residents"], stance=-1),
        actor("Yariela Sánchez", "person", title="resident, 34, mother of a dengue patient", affiliation=None,
              aliases=["Yariela Sánchez", "Sánchez"], stance=-1),
        actor("Urban and Household Cleaning Authority", "government", title="waste collection authority",
              affiliation="Panama", aliases=["Urban and Household Cleaning Authority", "AAUD"], stance=None),
        actor("official at the Social Security Fund", "person", title="official (anonymous)",
              affiliation="Social Security Fund (CSS)", aliases=["official at the Social Security Fund"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
