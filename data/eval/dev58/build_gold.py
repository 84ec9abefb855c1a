"""Build the dev58 gold files (data/eval/dev58/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev57/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev58/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev58.  Standard library only.
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
# 1. Manchester Evening News crime (an inspection of a police force's 999 response), headline with a
#    straight single fragment "Greater Manchester Police 'failing victims' ..., watchdog finds" (partial for
#    the inspectorate), standfirst without speech ("Inspectors found": not a cue), byline, "Crime
#    Reporter" and "06:00, 3 DEC 2026" lines, straight " in the body, apostrophes, British punctuation
#    outside closing marks for fragments. Lede fragment before "a damning inspection report has found"
#    (the inspectorate's); inspectorate "said the force's performance had "..." over ... and rated its
#    response ... as "..."" (two partials); "The report said that A"; inspector "said: "...` open at the
#    end of its line and a closed paragraph; "Mr Feltham said A and that he expected to see "..." before
#    ..." (indirect plus partial); chief constable "accepted the findings in full" (act), quote split by
#    "she told the M.E.N."; scare so-called "engage" phase; deputy mayor "described the report as "..." and
#    said B" (partial plus indirect); federation chair "said: "...""; victim "told the M.E.N. A", then a
#    quote with "she said" and a quote-only paragraph. Not annotated: "inspectors found" (2020), the
#    force's moves, the inspection's method.
ARTICLES["data/eval/dev58/gmp-999-call-handling-inspection.gold.json"] = {
    "article": "data/eval/dev58/gmp-999-call-handling-inspection.txt",
    "target": "Greater Manchester Police",
    "quotes": [
        (P, "HMICFRS", "failing victims", None),
        (P, "HMICFRS", "failing too many victims", None),
        (P, "HMICFRS", "deteriorated markedly", None),
        (P, "HMICFRS", "inadequate", None),
        (I, "HMICFRS", "in September only 71 per cent of 999 calls were answered within ten seconds, against a "
            "national target of 90 per cent", None),
        (D, "Andrew Feltham", "The people of Greater Manchester deserve better than this.", None),
        (D, "Andrew Feltham", "When someone dials 999, they are often having the worst day of their life. They should "
            "not be left waiting on the line or waiting at the door.", None),
        (I, "Andrew Feltham", "he had been encouraged by the force's new leadership", None),
        (P, "Andrew Feltham", "rapid improvement", None),
        (D, "Helen Ardagh", "I'm not going to make excuses. We have let people down, and I am sorry for that,", None),
        (D, "Helen Ardagh", "But I want the public to know we have already made changes, and those changes are "
            "starting to work.", None),
        (S, None, "engage", None),
        (P, "Caroline Whitby", "deeply disappointing", None),
        (I, "Caroline Whitby", "she would hold the chief constable to account for the improvements", None),
        (D, "Mike Denholm", "Officers are going from one job to the next without a break. They want to give victims a "
            "good service, and it breaks their hearts when they can't.", None),
        (I, "Rebecca Hartley", "she waited 78 minutes for police to arrive after her ex-partner broke into her home in "
            "August", None),
        (D, "Rebecca Hartley", "I was on the phone the whole time, hiding in the bathroom with my daughter. Every minute "
            "felt like an hour,", None),
        (D, "Rebecca Hartley", "I don't blame the officers who came. I blame whoever decided there were only two cars "
            "for half of Salford that night.", None),
    ],
    "actors": [
        actor("HMICFRS", "government", title="police inspectorate (watchdog)",
              affiliation="His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
              aliases=["HMICFRS", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "watchdog"],
              stance=-1),
        actor("Andrew Feltham", "person", title="His Majesty's Inspector of Constabulary", affiliation="HMICFRS",
              aliases=["Andrew Feltham", "Feltham", "Mr Feltham"], stance=-1),
        actor("Helen Ardagh", "person", title="Chief Constable", affiliation="Greater Manchester Police",
              aliases=["Helen Ardagh", "Ardagh"], stance=0),
        actor("Caroline Whitby", "person", title="deputy mayor for policing", affiliation="Greater Manchester",
              aliases=["Caroline Whitby", "Whitby"], stance=-1),
        actor("Mike Denholm", "person", title="chair", affiliation="Greater Manchester Police Federation",
              aliases=["Mike Denholm", "Denholm"], stance=0),
        actor("Rebecca Hartley", "person", title="Salford mum, caller", aliases=["Rebecca Hartley", "Hartley"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Georgia Today (a farmer detained at the occupation line with the Tskhinvali region), headline and
#    standfirst without speech ("Tbilisi demands release": a directive), byline and date lines, straight
#    " and apostrophes. Lede content before "the State Security Service of Georgia (SSG) said"; "The agency
#    identified the man as ... and said he had been taken to ..., where he faces charges of "..." under
#    ..." (partial only); "The SSG said A" (one span); daughter (first name only) "told Georgia Today A",
#    quote split by "she said"; group "Residents of Ditsi say A, a practice Georgian officials call "..."
#    (indirect for the residents, partial for the officials); mission "said A and that B" (one span), then
#    "the mission said in a statement posted on X"; minister "said the detention was "..." by Russia and
#    called on ..." (partial; directive not annotated), then a quote with "Kvaratskhelia said"; MP
#    "accused the government of "..." over ..." (partial); scare the de facto "state security committee",
#    which then speaks: "said on its Telegram channel that ... had been detained "..." and that B" (partial
#    plus indirect); "According to the Public Defender of Georgia, A"; "The Public Defender said in its
#    annual report that such detentions were "..." and caused ..." (partial only); villager named after his
#    quote. Not annotated: "did not respond", Moscow's recognition, the next round.
ARTICLES["data/eval/dev58/tskhinvali-line-farmer-detained.gold.json"] = {
    "article": "data/eval/dev58/tskhinvali-line-farmer-detained.txt",
    "target": "Russia",
    "quotes": [
        (I, "State Security Service of Georgia", "A 58-year-old farmer from the village of Ditsi in the Gori Municipality "
            "was detained by Russian occupying forces on Thursday morning while collecting firewood near the "
            "occupation line with the Tskhinvali region", None),
        (P, "State Security Service of Georgia", "illegally crossing the border", None),
        (I, "State Security Service of Georgia", "it had immediately informed the co-chairs of the Geneva International "
            "Discussions and activated the Incident Prevention and Response Mechanism (IPRM) hotline, which is "
            "facilitated by the EU Monitoring Mission", None),
        (I, "Eka", "her father had gone into the forest behind the family's orchard, as he had done every winter for 40 "
            "years", None),
        (D, "Eka", "He knows every tree there. He never goes near their fences,", None),
        (D, "Eka", "Now the fences come to him.", None),
        (I, "Residents of Ditsi", "Russian border guards have moved green-painted signs and barbed wire several hundred "
            "metres deeper into Georgian-controlled territory over the past month", None),
        (P, "Georgian officials", "borderisation", None),
        (I, "EU Monitoring Mission in Georgia", "its patrols had observed new fencing near Ditsi in November and that it "
            "was in contact with all sides to secure the man's release", None),
        (D, "EU Monitoring Mission in Georgia", "Detentions of this kind cause real hardship for local communities and "
            "undermine trust,", None),
        (P, "Davit Kvaratskhelia", "yet another grave violation of international law", None),
        (D, "Davit Kvaratskhelia", "Russia continues its policy of occupation in violation of the 2008 ceasefire "
            "agreement. The responsibility for the security of our citizens living near the occupation line lies with "
            "the Russian Federation as the occupying power,", None),
        (P, "Salome Tsiklauri", "looking the other way", None),
        (S, None, "state security committee", None),
        (P, "state security committee", "in the border zone of the Republic of South Ossetia", None),
        (I, "state security committee", "an investigation was under way", None),
        (I, "Public Defender of Georgia", "at least 23 Georgian citizens have been detained along the occupation line "
            "this year, most of them released after paying fines of around 2,000 Russian rubles", None),
        (P, "Public Defender of Georgia", "arbitrary", None),
        (D, "Avtandil Maisuradze", "We used to cut hay up there. Now my grandson asks me why we can't go to our own "
            "land,", None),
    ],
    "actors": [
        actor("State Security Service of Georgia", "government", title="security service", affiliation="Georgia",
              aliases=["State Security Service of Georgia", "SSG"], stance=-1),
        actor("Eka", "person", title="the detained farmer's daughter", aliases=["Eka"], stance=-1),
        actor("Residents of Ditsi", "group", title="villagers", aliases=["Residents of Ditsi"], stance=-1),
        actor("Georgian officials", "group", title="Georgian officials", affiliation="Georgia",
              aliases=["Georgian officials"], stance=-1),
        actor("EU Monitoring Mission in Georgia", "organisation", title="EU civilian monitoring mission",
              affiliation="European Union", aliases=["EU Monitoring Mission in Georgia", "EU Monitoring Mission",
              "mission"], stance=-1),
        actor("Davit Kvaratskhelia", "person", title="Foreign Minister", affiliation="Georgia",
              aliases=["Davit Kvaratskhelia", "Kvaratskhelia"], stance=-1),
        actor("Salome Tsiklauri", "person", title="Opposition MP", affiliation="Georgia",
              aliases=["Salome Tsiklauri", "Tsiklauri"], stance=None),
        actor("state security committee", "government", title="de facto security body in Tskhinvali",
              affiliation="Tskhinvali region (de facto authorities)", aliases=["state security committee"], stance=1),
        actor("Public Defender of Georgia", "government", title="ombudsman", affiliation="Georgia",
              aliases=["Public Defender of Georgia", "Public Defender"], stance=-1),
        actor("Avtandil Maisuradze", "person", title="villager, Ditsi", aliases=["Avtandil Maisuradze", "Maisuradze"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Hindu BusinessLine results (a tea producer's quarterly profit falls after a strike), headline
#    without speech, "Our Bureau" and "Coimbatore | Updated on December 2, 2026" lines, straight " and
#    apostrophes, "₹18.4 crore", "per cent", punctuation outside closing marks for fragments. Lede "posted
#    a ... fall" (not speech); scare so-called "summer flush" (glossed); content before "the company said in
#    a filing with the BSE"; content before "the company said, adding that B" (two indirects); MD "told
#    businessline the strike had been "..." but that the wage settlement ... would give the company "..."
#    (two partials), then a quote split by "Menon said"; federation "said the increase was "..." and still
#    left ..." (partial only); its general secretary "said: "..."", "He said A"; content before "according
#    to data from the Tea Board"; group "Analysts said A"; analyst "said she expected A", quote with
#    "Raghavan said", "She said, however, that B"; association "said A"; its president named after his quote.
#    Not annotated: the settlement terms, the share price, the appointment, "have been squeezed".
ARTICLES["data/eval/dev58/nilgiri-highlands-tea-wage-strike.gold.json"] = {
    "article": "data/eval/dev58/nilgiri-highlands-tea-wage-strike.txt",
    "target": "Nilgiri Highlands Tea",
    "quotes": [
        (S, None, "summer flush", None),
        (I, "Nilgiri Highlands Tea Ltd", "Net profit fell to \u20b918.4 crore from \u20b934.1 crore in the year-ago period",
            None),
        (I, "Nilgiri Highlands Tea Ltd", "Made tea production fell by around 2.9 million kg in the quarter compared with "
            "a year earlier", None),
        (I, "Nilgiri Highlands Tea Ltd", "it had to buy green leaf from small growers at higher prices to meet export "
            "commitments", None),
        (P, "Arvind Menon", "painful for everyone", None),
        (P, "Arvind Menon", "three years of stability", None),
        (D, "Arvind Menon", "We lost the best leaf of the year. You cannot get those weeks back,", None),
        (D, "Arvind Menon", "But our workers are the backbone of this business, and the new agreement is fair to them "
            "and sustainable for us.", None),
        (P, "Tamil Nadu Plantation Workers' Federation", "long overdue", None),
        (D, "S. Murugesan", "For ten years the companies told us the industry was in crisis. When prices went up, the "
            "crisis did not go away for the workers. It only went away for the shareholders.", None),
        (I, "S. Murugesan", "the union would press for better housing on the estates, where many families still live "
            "in line houses built more than 70 years ago", None),
        (I, "Tea Board", "Prices at the Coonoor auction have risen about 18 per cent this year, helped by strong demand "
            "from exporters to Russia, Iran and the UAE", None),
        (I, "Analysts", "the worst was over for the company", None),
        (I, "Priya Raghavan", "she expected earnings to recover sharply in the second half", None),
        (D, "Priya Raghavan", "The strike is a one-time hit. What matters is that labour costs are now predictable for "
            "three years, and that is what the market wants to see,", None),
        (I, "Priya Raghavan", "the company's move into orthodox teas would take time to show results", None),
        (I, "Nilgiris Small Tea Growers' Association", "its members were receiving \u20b924 a kg for green leaf, well "
            "below the \u20b930 a kg they needed to cover costs", None),
        (D, "K. Bellie", "The big estates and the bought-leaf factories are doing well. The small grower is still "
            "selling at a loss,", None),
    ],
    "actors": [
        actor("Nilgiri Highlands Tea Ltd", "organisation", title="tea producer",
              aliases=["Nilgiri Highlands Tea Ltd", "Nilgiri Highlands Tea", "Nilgiri Highlands"], stance=0),
        actor("Arvind Menon", "person", title="Managing Director", affiliation="Nilgiri Highlands Tea Ltd",
              aliases=["Arvind Menon", "Menon"], stance=1),
        actor("Tamil Nadu Plantation Workers' Federation", "organisation", title="plantation workers' union",
              aliases=["Tamil Nadu Plantation Workers' Federation"], stance=-1),
        actor("S. Murugesan", "person", title="general secretary",
              affiliation="Tamil Nadu Plantation Workers' Federation", aliases=["S. Murugesan", "Murugesan"],
              stance=-1),
        actor("Tea Board", "government", title="tea regulator", aliases=["Tea Board"], stance=None),
        actor("Analysts", "group", title="analysts", aliases=["Analysts"], stance=1),
        actor("Priya Raghavan", "person", title="research analyst", affiliation="Sundaram Equities",
              aliases=["Priya Raghavan", "Raghavan"], stance=1),
        actor("Nilgiris Small Tea Growers' Association", "organisation", title="small growers' association",
              aliases=["Nilgiris Small Tea Growers' Association"], stance=None),
        actor("K. Bellie", "person", title="president", affiliation="Nilgiris Small Tea Growers' Association",
              aliases=["K. Bellie", "Bellie"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Khaleej Times (flooding in Sharjah), headline "Sharjah rain: ..." and standfirst without speech,
#    byline and "Published: Fri 4 Dec 2026, 7:40 PM" lines, straight " and apostrophes, "Dh1.3 billion",
#    "118mm". Municipality "said A and that B" (one span), then "the municipality said in a post on
#    Instagram"; police "said A, but urged ..." (directive not annotated); NCM "said A"; anonymous "An NCM
#    official told Khaleej Times that A, and that B" (one span); resident named after her quote ("said
#    Filipino nurse Maricel Dizon, 38, who ..."), then a quote-only paragraph; resident "said A and that B"
#    (one span), then "he said"; "Others praised the emergency response" (act); resident "said A", then "he
#    said"; director-general "said in a statement that work ... would be "..." and that B" (partial plus
#    indirect); content before "the Sharjah Private Education Authority said"; scare so-called "cloud
#    seeding" debate, then "the NCM said in a statement that A". Not annotated: the relief package, the
#    hotlines.
ARTICLES["data/eval/dev58/sharjah-flooding-al-nahda.gold.json"] = {
    "article": "data/eval/dev58/sharjah-flooding-al-nahda.txt",
    "target": "Sharjah",
    "quotes": [
        (I, "Sharjah Municipality", "more than 420 tankers and 90 pumps had been deployed across the city and that water "
            "had been cleared from 85 per cent of affected streets by Friday afternoon", None),
        (D, "Sharjah Municipality", "Our teams have been working around the clock since Wednesday night, and we will not "
            "stop until every street is clear,", None),
        (I, "Sharjah Police", "all main roads had reopened", None),
        (I, "National Centre of Meteorology", "Al Nahda had recorded 118mm of rain in 24 hours between Wednesday and "
            "Thursday, more than the emirate usually receives in a whole year", None),
        (I, "NCM official", "the rain had been caused by a low-pressure system combined with an upper-air trough, and "
            "that more unstable weather was possible on Sunday", None),
        (D, "Maricel Dizon", "We have food for two more days. After that, I don't know,", None),
        (D, "Maricel Dizon", "The management of the building has done nothing. Nobody has even knocked on our doors.",
            None),
        (I, "Ramesh Kumar", "the same streets had flooded in April 2024 and that nothing had been done since to improve "
            "drainage", None),
        (D, "Ramesh Kumar", "Every time it rains, Al Nahda becomes a lake. People pay high rents here, and we expect "
            "better,", None),
        (I, "Ahmed Haddad", "volunteers had carried his elderly mother down six flights of stairs on Thursday when the "
            "building lost power", None),
        (D, "Ahmed Haddad", "The civil defence teams were heroes. They came in the middle of the night and took her to "
            "hospital,", None),
        (P, "Sharjah Municipality's director-general", "accelerated", None),
        (I, "Sharjah Municipality's director-general", "the first phase would be completed by 2028", None),
        (I, "Sharjah Private Education Authority", "Schools in Sharjah will continue with distance learning on Monday",
            None),
        (S, None, "cloud seeding", None),
        (I, "National Centre of Meteorology", "no seeding missions had been carried out in the days before the storm",
            None),
    ],
    "actors": [
        actor("Sharjah Municipality", "government", title="municipality", aliases=["Sharjah Municipality",
              "municipality"], stance=1),
        actor("Sharjah Police", "government", title="police", aliases=["Sharjah Police"], stance=None),
        actor("National Centre of Meteorology", "government", title="weather agency", affiliation="UAE",
              aliases=["National Centre of Meteorology", "NCM"], stance=None),
        actor("NCM official", "person", title="anonymous NCM official", affiliation="National Centre of Meteorology",
              aliases=["NCM official"], stance=None),
        actor("Maricel Dizon", "person", title="nurse, Al Nahda resident", aliases=["Maricel Dizon", "Dizon"],
              stance=None),
        actor("Ramesh Kumar", "person", title="Al Nahda resident", aliases=["Ramesh Kumar", "Kumar"], stance=-1),
        actor("Ahmed Haddad", "person", title="Al Nahda resident", aliases=["Ahmed Haddad", "Haddad"], stance=1),
        actor("Sharjah Municipality's director-general", "person", title="director-general",
              affiliation="Sharjah Municipality", aliases=["Sharjah Municipality's director-general",
              "director-general"], stance=1),
        actor("Sharjah Private Education Authority", "government", title="schools regulator",
              aliases=["Sharjah Private Education Authority"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
