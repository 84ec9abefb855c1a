"""Build the test134 gold files (data/eval/test134/*.gold.json) from the annotation specs below.

Held out: do not read these articles or this file while building or tuning the extractor.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test134/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test134.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test134"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Buenos Aires Times labour/culture (orchestra musicians strike on opening night at the Teatro Colón),
#    headline without speech, byline in capitals, no dateline, curly “ ” and ’, British punctuation outside
#    the marks for fragments, an opera title without quote marks; musicians' association `said A and that
#    B` (one span); delegate's split quote with `the association's delegate, violist Mariano Etcheverry,
#    told Radio Mitre on Saturday.`; general director `called the walkout “...” and said A` (partial plus
#    indirect); theatre statement `said the strike had been called “...” and that B` (partial plus
#    indirect); director's split quote with `Ferrando told Perfil`; scare so-called “Colón statute”; city
#    minister `said A and that the door to talks “...”` (indirect plus partial); conductor `wrote on
#    Instagram that she was “...” but that she stood “...”` (two partials); `ticket holders who ... said A`;
#    quote before `said Raquel Sosa, 63, a ...`; legislator `said she would ask ... to summon Ferrando ...`,
#    then a quote-only paragraph open at the end of its line and a closed one; closing `The association said
#    A`.
ARTICLES[f"{BATCH}/teatro-colon-musicians-strike.gold.json"] = {
    "article": f"{BATCH}/teatro-colon-musicians-strike.txt",
    "target": "Teatro Colón",
    "quotes": [
        (I, "Colón Orchestra Musicians’ Association", "members had not received the salary increase promised in June "
            "and that their real wages had fallen by about 30 percent in two years", None),
        (D, "Mariano Etcheverry", "We did not want to stop a performance. Nobody in that pit wanted to send 2,400 "
            "people home,", None),
        (D, "Mariano Etcheverry", "But we have been asking for a meeting since July, and the only answer we got was "
            "silence.", None),
        (P, "Gustavo Ferrando", "an act of sabotage against the public", None),
        (I, "Gustavo Ferrando", "the musicians had been offered a 12 percent rise in two instalments", None),
        (P, "Teatro Colón", "without the legally required notice", None),
        (I, "Teatro Colón", "it would deduct the day’s pay from those who took part", None),
        (D, "Gustavo Ferrando", "There are colleagues in the chorus, the ballet and the technical staff who were "
            "ready to work on Friday,", None),
        (D, "Gustavo Ferrando", "They are victims of this decision too.", None),
        (S, None, "Colón statute", None),
        (I, "Andrés Bellocq", "the city had increased the theatre’s budget by 40 percent this year", None),
        (P, "Andrés Bellocq", "has always been open", None),
        (P, "Chiara Benvenuti", "heartbroken", None),
        (P, "Chiara Benvenuti", "with the musicians", None),
        (I, "ticket holders", "they had not been told about the cancellation until they reached the foyer", None),
        (D, "Raquel Sosa", "I came from Córdoba for this. The musicians have to eat, I understand that, but someone "
            "in management should have seen this coming,", None),
        (I, "Valeria Ocampo", "she would ask the City Legislature to summon Ferrando to explain the handling of the "
            "dispute", None),
        (D, "Valeria Ocampo", "The Colón is not a private company. It belongs to the people of Buenos Aires, and they "
            "deserve to know why a conflict that has been building since July was allowed to explode on opening "
            "night.", None),
        (D, "Valeria Ocampo", "The director has to explain himself, and so does the minister.", None),
        (I, "Colón Orchestra Musicians’ Association", "it would decide on Monday whether to continue the strike", None),
    ],
    "actors": [
        actor("Colón Orchestra Musicians’ Association", "organisation", title="musicians' association",
              affiliation="Teatro Colón", aliases=["Colón Orchestra Musicians’ Association", "the association"],
              stance=-1),
        actor("Mariano Etcheverry", "person", title="violist, the association's delegate",
              affiliation="Colón Orchestra Musicians’ Association", aliases=["Mariano Etcheverry", "Etcheverry"],
              stance=-1),
        actor("Gustavo Ferrando", "person", title="general director", affiliation="Teatro Colón",
              aliases=["Gustavo Ferrando", "Ferrando"], stance=1),
        actor("Teatro Colón", "organisation", title="opera house", affiliation="Buenos Aires City",
              aliases=["Teatro Colón", "Colón"], stance=1),
        actor("Andrés Bellocq", "person", title="Buenos Aires City Culture Minister", affiliation="Buenos Aires City",
              aliases=["Andrés Bellocq", "Bellocq"], stance=1),
        actor("Chiara Benvenuti", "person", title="Italian conductor", affiliation=None,
              aliases=["Chiara Benvenuti", "Benvenuti"], stance=-1),
        actor("ticket holders", "group", title="ticket holders who had travelled from the provinces", affiliation=None,
              aliases=["ticket holders"], stance=-1),
        actor("Raquel Sosa", "person", title="retired music teacher, 63", affiliation=None,
              aliases=["Raquel Sosa", "Sosa"], stance=-1),
        actor("Valeria Ocampo", "person", title="opposition city legislator", affiliation="City Legislature",
              aliases=["Valeria Ocampo", "Ocampo"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Marshall Islands Journal utilities (generator breakdowns force weeks of power rationing on Majuro),
#    headline with a straight double fragment (`MEC power rationing "will last weeks"`: speaker MEC, the
#    company the headline names), byline, no dateline, straight " and apostrophes, US spelling; lede content
#    before `the utility said this week`; statement `MEC said the rationing "..." and asked customers to ...`
#    (partial; the request is a directive); manager `told the Journal on Tuesday that A`, quote with `Jetton
#    said`, `He said A`; scare so-called "load shedding"; minister `said A and that B`; health ministry `said
#    A, but that B` (one span); chamber president `said A`, quote with `he said`; `In Uliga, residents said
#    A`; quote before `said Lemyo Kabua, 29.`; anonymous engineer `said a third generator was "..." and could
#    fail ...` (partial only: the unquoted clause has no subject of its own); mayor `said A`; closing content
#    before `MEC said`.
ARTICLES[f"{BATCH}/majuro-mec-power-rationing.gold.json"] = {
    "article": f"{BATCH}/majuro-mec-power-rationing.txt",
    "target": "Marshalls Energy Company",
    "quotes": [
        (P, "Marshalls Energy Company", "will last weeks", "MEC power rationing"),
        (I, "Marshalls Energy Company", "Majuro residents face at least three more weeks of rolling blackouts after "
            "two of the Marshalls Energy Company's four main generators broke down within days of each other", None),
        (P, "Marshalls Energy Company", "will last weeks, not days", None),
        (I, "Tommy Jetton", "replacement parts had been ordered from Japan and were expected in Majuro by the end of "
            "the month", None),
        (D, "Tommy Jetton", "We are running the plant at half its capacity. Our crews are working around the clock, "
            "and we warned years ago that these engines needed replacing,", None),
        (I, "Tommy Jetton", "the rationing schedule, which cuts power to each part of the atoll for four hours a day, "
            "would be published every morning on MEC's Facebook page and read out on V7AB radio", None),
        (S, None, "load shedding", None),
        (I, "Rufina Lemari", "Cabinet had approved $1.2 million in emergency funding for the repairs and that the "
            "government was in talks with Taiwan and Japan about a new power plant", None),
        (I, "Ministry of Health and Human Services", "the hospital in Majuro had its own generators and was exempt "
            "from the cuts, but that the clinics in Laura and Rita would close early until power was restored", None),
        (I, "Kenneth Anjain", "businesses were losing thousands of dollars a day in spoiled stock and in diesel for "
            "private generators", None),
        (D, "Kenneth Anjain", "This did not start last week. Everyone knew those engines were old, MEC and the "
            "government both. Now small businesses are paying the bill,", None),
        (I, "residents", "the outages often ran longer than the published four hours", None),
        (D, "Lemyo Kabua", "Yesterday it was off from 10 in the morning until 5 in the afternoon. My mother is on "
            "oxygen at home, so we had to take her to my cousin's house in Delap,", None),
        (P, "MEC engineer", "running on prayers", None),
        (I, "Biram Zedkaia", "the local government hall in Delap would stay open until 10 pm as a cooling and "
            "phone-charging center for families with elderly members or young children", None),
        (I, "Marshalls Energy Company", "Fuel supplies are not affected", None),
    ],
    "actors": [
        actor("Marshalls Energy Company", "organisation", title="state-owned utility", affiliation="Marshall Islands",
              aliases=["Marshalls Energy Company", "MEC", "the utility"], stance=1),
        actor("Tommy Jetton", "person", title="General Manager", affiliation="Marshalls Energy Company",
              aliases=["Tommy Jetton", "Jetton"], stance=1),
        actor("Rufina Lemari", "person", title="Minister of Works, Infrastructure and Utilities",
              affiliation="government", aliases=["Rufina Lemari", "Lemari"], stance=1),
        actor("Ministry of Health and Human Services", "government", title="ministry", affiliation="Marshall Islands",
              aliases=["Ministry of Health and Human Services"], stance=None),
        actor("Kenneth Anjain", "person", title="Chamber of Commerce president", affiliation="Chamber of Commerce",
              aliases=["Kenneth Anjain", "Anjain"], stance=0),
        actor("residents", "group", title="residents of Uliga", affiliation=None, aliases=["residents"], stance=-1),
        actor("Lemyo Kabua", "person", title="resident, 29", affiliation=None,
              aliases=["Lemyo Kabua", "Kabua"], stance=-1),
        actor("MEC engineer", "person", title="engineer (anonymous)", affiliation="Marshalls Energy Company",
              aliases=["MEC engineer"], stance=-1),
        actor("Biram Zedkaia", "person", title="Majuro Mayor", affiliation="Majuro local government",
              aliases=["Biram Zedkaia", "Zedkaia"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. PA Media wire (UK) courts/health (an inquest finds neglect contributed to a care home resident's
#    death), headline without quote marks (`..., coroner rules`: not annotated), `By NAME, PA` byline, no
#    dateline, straight " with British punctuation outside the marks for fragments, `Mrs`/`Mr`/`Dr`, `1am`;
#    lede content before `a coroner has ruled`; coroner `said there had been "..." and that night staffing
#    ... had been "..." for ...` (two partials), `Recording a narrative conclusion ..., he said: "..."`;
#    care assistant `told the inquest A` (no `that`), quote with `she said`; former manager `said A`, Q&A
#    `Asked by the coroner why ..., Mr Dunmore replied: "..."`; scare so-called "wandering risk" register;
#    operator statement `said it accepted the coroner's findings and was "..." for ...` (indirect plus
#    partial), `The company said A` (a list under one cue); daughter `said her mother had been "..."`
#    (partial only), quote with `she said`, then a closed quote-only paragraph; CQC `which rated Oakfield
#    House "..."` (partial), `said A` (one span); expert `said A, and that a door alarm "..."` (indirect plus
#    partial).
ARTICLES[f"{BATCH}/kettering-care-home-inquest.gold.json"] = {
    "article": f"{BATCH}/kettering-care-home-inquest.txt",
    "target": "Rosewood Care Homes",
    "quotes": [
        (I, "Dominic Rayner", "Neglect contributed to the death of an 87-year-old woman with dementia who walked out "
            "of her care home through a fire door whose alarm had been switched off", None),
        (P, "Dominic Rayner", "a gross failure to provide basic care", None),
        (P, "Dominic Rayner", "wholly inadequate", None),
        (D, "Dominic Rayner", "Mrs Ellery's wish to walk was well known to staff. The door alarm that should have "
            "alerted them had been disabled for at least three weeks, and nobody had reported it.", None),
        (I, "Joanne Feeney", "she had checked on Mrs Ellery at 1am and found her asleep", None),
        (D, "Joanne Feeney", "We were running from one room to the next all night. There was no way two of us could "
            "watch everyone,", None),
        (I, "Craig Dunmore", "he had asked head office for an extra night carer twice in 2025", None),
        (D, "Craig Dunmore", "It was going off so often that it was waking the residents. I was told a repair had "
            "been booked.", None),
        (S, None, "wandering risk", None),
        (I, "Rosewood Care Homes", "it accepted the coroner's findings", None),
        (P, "Rosewood Care Homes", "deeply sorry", None),
        (I, "Rosewood Care Homes", "it had since replaced the management team at Oakfield House, increased night "
            "staffing and installed a new door alarm system across all 14 of its homes", None),
        (P, "Susan Crane", "failed at every level", None),
        (D, "Susan Crane", "Mum was a nurse for 40 years. She spent her whole life caring for other people, and when "
            "it was her turn, there was nobody there,", None),
        (D, "Susan Crane", "We were told she was safe. We were told the doors were alarmed. We trusted them.", None),
        (P, "Care Quality Commission", "inadequate", "which rated Oakfield"),
        (I, "Care Quality Commission", "it had placed the home in special measures and was monitoring it closely",
            None),
        (I, "Priya Anand", "people with advanced dementia who walk at night should be assessed individually", None),
        (P, "Priya Anand", "is not a care plan", None),
    ],
    "actors": [
        actor("Dominic Rayner", "person", title="Assistant coroner", affiliation="Northampton Coroner's Court",
              aliases=["Dominic Rayner", "Rayner", "the coroner"], stance=-1),
        actor("Joanne Feeney", "person", title="care assistant", affiliation="Oakfield House",
              aliases=["Joanne Feeney", "Feeney"], stance=-1),
        actor("Craig Dunmore", "person", title="former manager", affiliation="Oakfield House",
              aliases=["Craig Dunmore", "Mr Dunmore", "Dunmore"], stance=-1),
        actor("Rosewood Care Homes", "organisation", title="care home operator", affiliation=None,
              aliases=["Rosewood Care Homes", "The company"], stance=0),
        actor("Susan Crane", "person", title="Mrs Ellery's daughter", affiliation=None,
              aliases=["Susan Crane", "Crane"], stance=-1),
        actor("Care Quality Commission", "government", title="care regulator", affiliation="England",
              aliases=["Care Quality Commission", "CQC"], stance=-1),
        actor("Priya Anand", "person", title="consultant geriatrician (Dr), expert witness", affiliation=None,
              aliases=["Priya Anand", "Anand"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Gulf Daily News (Bahrain) politics (MPs grill the housing minister over the waiting list), headline
#    with a straight single fragment (`Housing wait 'a national shame', MPs tell minister`: speaker the MPs,
#    the group the headline names; the body gives the words to one MP inside a full quote), byline in
#    capitals, `MANAMA:` dateline, straight " and apostrophes, `BD`-free figures; lede `MPs yesterday
#    accused the ... Ministry of leaving thousands of families "..."` (partial); MP `said A`, quote with `he
#    said`; minister `told MPs that A`, quote with `he said`, `He said A. He added that B` (two spans);
#    scare so-called "old requests"; split quote with `said MP Maryam Al Sayegh.`; `According to a report by
#    Parliament's services committee, A`; ministry statement `said it "..." and that B` (partial plus
#    indirect); citizen `told the GDN that A`, quote with `he said`; analyst `said A, but that B` (one span);
#    `MPs voted to refer ...` (an act).
ARTICLES[f"{BATCH}/bahrain-housing-waiting-list-mps.gold.json"] = {
    "article": f"{BATCH}/bahrain-housing-waiting-list-mps.txt",
    "target": "Housing and Urban Planning Ministry",
    "quotes": [
        (P, "MPs", "a national shame", "Housing wait"),
        (P, "MPs", "stuck in limbo", None),
        (I, "Adel Al Ghanim", "some applicants in his constituency had been waiting since 2003", None),
        (D, "Adel Al Ghanim", "Some of these people applied when they were newly married. Now their children are "
            "applying for their own houses. This is a national shame,", None),
        (I, "Yousif Al Mannai", "5,200 housing units and financing services had been delivered so far this year, the "
            "highest number since 2019", None),
        (D, "Yousif Al Mannai", "Nobody in this ministry is sleeping. We are building in Salman Town, in East Sitra "
            "and in Khalifa Town, and every month we hand over keys to hundreds of families,", None),
        (I, "Yousif Al Mannai", "the ministry expected to clear all applications submitted before 2010 by the end of "
            "2027", None),
        (I, "Yousif Al Mannai", "a new financing scheme with local banks would allow 3,000 more families to buy homes "
            "on the open market next year", None),
        (S, None, "old requests", None),
        (D, "Maryam Al Sayegh", "The minister gives us numbers every year,", None),
        (D, "Maryam Al Sayegh", "What families want is a date. Give them a date and keep it.", None),
        (I, "Parliament's services committee", "the average wait for a housing unit is now 11 years", None),
        (P, "Housing and Urban Planning Ministry", "respects the role of Parliament", None),
        (I, "Housing and Urban Planning Ministry", "its plans were based on the land and budget available to it",
            None),
        (I, "Hassan Jaffar", "his family of six shared a two-bedroom flat with his parents", None),
        (D, "Hassan Jaffar", "Every year they tell us next year. My eldest son is 20 now. He grew up in one room,",
            None),
        (I, "Reem Al Shirawi", "the government could shorten the queue by expanding private-sector financing, but "
            "that a shortage of land would remain the main obstacle", None),
    ],
    "actors": [
        actor("MPs", "group", title="members of Parliament", affiliation="Bahrain Parliament", aliases=["MPs"],
              stance=-1),
        actor("Adel Al Ghanim", "person", title="MP", affiliation="Bahrain Parliament",
              aliases=["Adel Al Ghanim", "Al Ghanim"], stance=-1),
        actor("Yousif Al Mannai", "person", title="Housing and Urban Planning Minister",
              affiliation="Housing and Urban Planning Ministry", aliases=["Yousif Al Mannai", "Al Mannai"], stance=1),
        actor("Maryam Al Sayegh", "person", title="MP", affiliation="Bahrain Parliament",
              aliases=["Maryam Al Sayegh", "Al Sayegh"], stance=-1),
        actor("Parliament's services committee", "government", title="parliamentary committee",
              affiliation="Bahrain Parliament", aliases=["Parliament's services committee"], stance=0),
        actor("Housing and Urban Planning Ministry", "government", title="ministry", affiliation="Bahrain",
              aliases=["Housing and Urban Planning Ministry", "the ministry"], stance=1),
        actor("Hassan Jaffar", "person", title="applicant, father of four, 47", affiliation=None,
              aliases=["Hassan Jaffar", "Jaffar"], stance=-1),
        actor("Reem Al Shirawi", "person", title="real estate analyst", affiliation=None,
              aliases=["Reem Al Shirawi", "Al Shirawi"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
