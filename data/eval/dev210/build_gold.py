"""Build the dev210 gold files (data/eval/dev210/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev210/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev210.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev210"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Haitian Times (Haitian diaspora, New York) sport (the women's national team says the federation owes
#    it bonuses), headline with a curly single fragment "Grenadières say federation ‘abandoned’ them ..." (partial
#    for the team), standfirst without speech, byline and date lines, curly “ ” and ’ apostrophes, US punctuation
#    inside closing marks; lede "Members of ..., known as the Grenadières, say A and that B" (one span); "the squad
#    said A" then "The letter described ... as “...”" (partial only, the squad's letter); captain named after the
#    first stretch, quote split by "said team captain Widlène Augustin, who ..."; federation statement "said ... that
#    the bonuses would be paid “...” and that the camp had been cancelled because of “...” linked to ..." (two
#    partials); general secretary "the federation’s general secretary, Marie-Carmel Joseph, told The Haitian Times",
#    "She said A and that B"; "Players were not convinced." (no speech); midfielder split quote, the second stretch
#    open at the end of its line, then a quote-only paragraph; scare so-called “women’s football roadmap”; coach
#    "said A", quote with "Valcin said"; ministry "said on X that it was “...” and had asked ..." (partial only);
#    supporters' club "said A"; founder named after her quote; caption with "(Jean-Marc Hervé/The Haitian Times)".
ARTICLES[f"{BATCH}/grenadieres-fhf-unpaid-bonuses.gold.json"] = {
    "article": f"{BATCH}/grenadieres-fhf-unpaid-bonuses.txt",
    "target": "Fédération Haïtienne de Football",
    "quotes": [
        (P, "Grenadières", "abandoned", None),
        (I, "Grenadières", "they have not been paid match bonuses for more than a year and that a training camp planned "
            "for this month in the Dominican Republic was cancelled without explanation", None),
        (I, "Grenadières", "it had been owed about $4,000 per player since the 2025 qualifying window", None),
        (P, "Grenadières", "unsafe and unworthy of a national team.", None),
        (D, "Widlène Augustin", "We are not asking for a favour. We are asking for what was promised to us in writing,",
            None),
        (D, "Widlène Augustin", "Every time we put on the jersey, we play for the whole country, and we would like the "
            "federation to respect that.", None),
        (P, "Fédération Haïtienne de Football", "before the end of the year", None),
        (P, "Fédération Haïtienne de Football", "logistical and security constraints", None),
        (D, "Marie-Carmel Joseph", "The federation has never refused to pay these players. The delays come from sponsors "
            "and from the situation in the country, which everyone knows,", None),
        (I, "Marie-Carmel Joseph", "the team would instead hold a shortened camp in Miami from Dec. 10, paid for by a "
            "diaspora foundation, and that flights for all players had been booked", None),
        (D, "Sabine Dorvil", "They told us the same thing in March, and again in June,", None),
        (D, "Sabine Dorvil", "Some of the girls still living in Haiti cannot pay for transport to training. Some of them "
            "have stopped eating properly. This is not only about money.", None),
        (D, "Sabine Dorvil", "We love this team. But love does not pay rent.", None),
        (S, None, "women’s football roadmap", None),
        (I, "Patrice Valcin", "he had not been told about the cancellation until the players were", None),
        (D, "Patrice Valcin", "My job is to prepare the team, and we will be ready on Dec. 19. But these women deserve "
            "to think about football, not about whether their bonus will arrive,", None),
        (P, "Ministry of Youth, Sports and Civic Action", "following the situation closely", None),
        (I, "Lakay Supporters Club", "it would hold a fundraiser at a Little Haiti restaurant this weekend", None),
        (D, "Guerline Saint-Fort", "People in the diaspora are tired of seeing the women treated as an afterthought. The "
            "men fly to their games in comfort, and the women sleep on mattresses on the floor,", None),
    ],
    "actors": [
        actor("Grenadières", "group", title="Haiti women's national football team (players)", affiliation=None,
              aliases=["Grenadières", "the squad"], stance=-1),
        actor("Widlène Augustin", "person", title="team captain", affiliation="Grenadières",
              aliases=["Widlène Augustin", "Augustin"], stance=-1),
        actor("Fédération Haïtienne de Football", "organisation", title="national football federation",
              affiliation="Haiti", aliases=["Fédération Haïtienne de Football", "FHF", "the federation"], stance=1),
        actor("Marie-Carmel Joseph", "person", title="general secretary", affiliation="Fédération Haïtienne de Football",
              aliases=["Marie-Carmel Joseph", "Joseph"], stance=1),
        actor("Sabine Dorvil", "person", title="midfielder, 24", affiliation="Grenadières",
              aliases=["Sabine Dorvil", "Dorvil"], stance=-1),
        actor("Patrice Valcin", "person", title="head coach", affiliation="Grenadières",
              aliases=["Patrice Valcin", "Valcin"], stance=-1),
        actor("Ministry of Youth, Sports and Civic Action", "government", title="sports ministry", affiliation="Haiti",
              aliases=["Ministry of Youth, Sports and Civic Action"], stance=0),
        actor("Lakay Supporters Club", "organisation", title="supporters' club (Miami)", affiliation=None,
              aliases=["Lakay Supporters Club"], stance=None),
        actor("Guerline Saint-Fort", "person", title="founder", affiliation="Lakay Supporters Club",
              aliases=["Guerline Saint-Fort", "Saint-Fort"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Taranaki Daily News (Stuff, New Zealand) local government/environment (the regional council caps nitrogen
#    fertiliser on dairy farms), headline without speech, byline and "06:00, Dec 03 2026" lines, straight " and
#    apostrophes, British spelling, punctuation outside closing marks for fragments, macron in "Kaūpokonui", no
#    honorifics; scare so-called "good farming practice" regime (glossed); content before "according to council
#    monitoring data" (the council's); chairman "said the cap was "..." if ...", quote with "Harkness said", "He said
#    A and that the five-year phase-in gave farmers "..."" (indirect plus partial); Federated Farmers "said the rule
#    had been "..." without proper costings and that B" (partial plus indirect), quote with "she said" and a
#    quote-only paragraph; councillor "told the Taranaki Daily News A", split quote "..." he said. "...";
#    Fish & Game manager as an apposition, "said A", "she said"; catchment group "said A and B" (one span, second
#    clause without "that"); sharemilker "was philosophical about the change." (no speech) then "she said"; content
#    before "the council said" (two coordinated clauses, one span); caption "(Mere Taite/Stuff)".
ARTICLES[f"{BATCH}/taranaki-nitrogen-cap-dairy.gold.json"] = {
    "article": f"{BATCH}/taranaki-nitrogen-cap-dairy.txt",
    "target": "Taranaki Regional Council",
    "quotes": [
        (S, None, "good farming practice", None),
        (I, "Taranaki Regional Council", "Nitrate levels in some streams in those catchments are more than twice the "
            "national bottom line", None),
        (P, "Neil Harkness", "the least we can do", None),
        (D, "Neil Harkness", "Nobody around this table wants to make life harder for farmers. But the science has been "
            "clear for a decade, and we have run out of time to wait for voluntary change,", None),
        (I, "Neil Harkness", "the council would offer free nutrient budgeting to affected farms", None),
        (P, "Neil Harkness", "room to adjust", None),
        (P, "Andrea Bourke", "rushed through", None),
        (I, "Andrea Bourke", "it would hit the region's smaller farms hardest", None),
        (D, "Andrea Bourke", "Some of these families are milking 200 cows on land their grandparents broke in. A cap "
            "like this, on top of everything else, could be the thing that makes them sell,", None),
        (D, "Andrea Bourke", "The council talks about science, but it hasn't done the economics.", None),
        (I, "Tom Rawiri", "the council had not done enough to consult farmers in the affected catchments", None),
        (D, "Tom Rawiri", "We held three drop-in sessions in halls that were half empty because it was calving,", None),
        (D, "Tom Rawiri", "That's not consultation.", None),
        (I, "Lucy Pardoe", "the rule did not go far enough", None),
        (D, "Lucy Pardoe", "Anglers have watched these rivers turn green for 20 years. A 30% cut over five years is a "
            "start, not a solution,", None),
        (I, "Waingongoro Catchment Group", "most of its members had already cut fertiliser use and the new rule should "
            "give them credit for that", None),
        (D, "Jess Tuhiwai", "We dropped our nitrogen by a quarter two years ago and production barely moved. It's "
            "doable, but people need help with the numbers,", None),
        (I, "Taranaki Regional Council", "Submissions on the proposed plan close on March 20, and a hearing panel is "
            "expected to report back in the second half of 2027", None),
    ],
    "actors": [
        actor("Taranaki Regional Council", "government", title="regional council", affiliation="Taranaki",
              aliases=["Taranaki Regional Council", "the council"], stance=0),
        actor("Neil Harkness", "person", title="council chairman", affiliation="Taranaki Regional Council",
              aliases=["Neil Harkness", "Harkness"], stance=1),
        actor("Andrea Bourke", "person", title="Federated Farmers Taranaki president", affiliation="Federated Farmers",
              aliases=["Andrea Bourke", "Bourke"], stance=-1),
        actor("Tom Rawiri", "person", title="councillor (voted against)", affiliation="Taranaki Regional Council",
              aliases=["Tom Rawiri", "Rawiri"], stance=-1),
        actor("Lucy Pardoe", "person", title="Taranaki manager", affiliation="Fish & Game",
              aliases=["Lucy Pardoe", "Pardoe"], stance=0),
        actor("Waingongoro Catchment Group", "group", title="farmers' catchment group", affiliation=None,
              aliases=["Waingongoro Catchment Group"], stance=0),
        actor("Jess Tuhiwai", "person", title="Eltham sharemilker", affiliation=None,
              aliases=["Jess Tuhiwai", "Tuhiwai"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. S&P Global Commodity Insights (Platts) oil markets trade press (a refinery fire and force majeure in Johor),
#    headline without speech, "Author: ... | Editor: ..." and "Commodity: ..." lines, dateline "Singapore —",
#    straight " and apostrophes, "b/d", "$1.12/b", "Dec. 2"; lede content before "the company said Dec. 2";
#    company statement as a direct ("the company said in a statement"); content before "according to two traders
#    with knowledge of the matter"; spokesperson "said the company was "..." to ..., but declined to say ..."
#    (partial only); "Platts assessed ..." (the outlet's price assessment, not speech); anonymous trader named after
#    his quote ("a Singapore-based middle distillates trader said"), then "The trader said A"; "Another trader was
#    more cautious. "...," he said."; fire department "said A and that B", then content before "it said"; company
#    fragment "under what it calls a "max distillate" mode" (partial, not scare); consultancy "said in a note to
#    clients that A"; its researcher "said ... by "..."" (partial only); spokesperson "said A" then "she said";
#    state councillor "told reporters in Johor Bahru that A, adding that the plant was "..."" (indirect plus partial).
ARTICLES[f"{BATCH}/straits-energy-johor-refinery-fire.gold.json"] = {
    "article": f"{BATCH}/straits-energy-johor-refinery-fire.txt",
    "target": "Straits Energy Refining",
    "quotes": [
        (I, "Straits Energy Refining", "Straits Energy Refining has declared force majeure on gasoil and jet fuel exports "
            "from its 180,000 b/d refinery at Tanjung Langsat in Malaysia's Johor state after a fire on Dec. 1 shut its "
            "main crude distillation unit", None),
        (D, "Straits Energy Refining", "The fire was contained within two hours and there were no injuries. A full "
            "assessment of the damage is under way, and we expect the unit to remain offline for at least three weeks,",
            None),
        (I, "two traders with knowledge of the matter", "The force majeure covers at least four 10 ppm sulfur gasoil "
            "cargoes and two jet fuel cargoes scheduled to load in the second half of December", None),
        (P, "Farah Izzati", "working closely with customers", None),
        (D, "Singapore-based middle distillates trader", "Everyone was already short jet for the holiday season. Losing "
            "Tanjung Langsat even for three weeks takes a lot of prompt supply out of the region,", None),
        (I, "Singapore-based middle distillates trader", "buyers in Australia and the Philippines, which take most of the "
            "refinery's jet exports, had started asking for replacement cargoes from South Korea and India", None),
        (D, "Another trader", "Three weeks is their estimate. These things usually take longer, but the market is also "
            "well supplied from the Middle East, so I would not expect a spike,", None),
        (I, "Johor Fire and Rescue Department", "46 firefighters had been deployed and that the fire had started in a "
            "heat exchanger", None),
        (I, "Johor Fire and Rescue Department", "The cause was under investigation", None),
        (P, "Straits Energy Refining", "max distillate", None),
        (I, "Meridian Energy Insights", "the outage would cut Malaysia's middle distillate exports by about 2.5 million "
            "barrels in December, or roughly 40% of this year's monthly average", None),
        (P, "Kenji Matsuda", "an aging unit that has had three unplanned shutdowns since 2023", None),
        (I, "Farah Izzati", "the unit had passed its last statutory inspection in August", None),
        (D, "Farah Izzati", "Safety has always been our first priority, and we will share the findings of the "
            "investigation with the authorities and our customers,", None),
        (I, "Lim Wei Han", "the refinery would face no penalties if the investigation found no negligence", None),
        (P, "Lim Wei Han", "important to thousands of jobs in Pasir Gudang", None),
    ],
    "actors": [
        actor("Straits Energy Refining", "organisation", title="refiner", affiliation=None,
              aliases=["Straits Energy Refining", "Straits Energy", "the company"], stance=1),
        actor("two traders with knowledge of the matter", "group", title="traders (anonymous)", affiliation=None,
              aliases=["two traders with knowledge of the matter"], stance=None),
        actor("Farah Izzati", "person", title="spokesperson", affiliation="Straits Energy Refining",
              aliases=["Farah Izzati", "Izzati"], stance=1),
        actor("Singapore-based middle distillates trader", "person", title="trader (anonymous)", affiliation=None,
              aliases=["Singapore-based middle distillates trader", "The trader"], stance=None),
        actor("Another trader", "person", title="trader (anonymous)", affiliation=None, aliases=["Another trader"],
              stance=0),
        actor("Johor Fire and Rescue Department", "government", title="fire service", affiliation="Malaysia",
              aliases=["Johor Fire and Rescue Department"], stance=None),
        actor("Meridian Energy Insights", "organisation", title="consultancy", affiliation=None,
              aliases=["Meridian Energy Insights", "Meridian"], stance=None),
        actor("Kenji Matsuda", "person", title="head of Asian oil research", affiliation="Meridian Energy Insights",
              aliases=["Kenji Matsuda", "Matsuda"], stance=-1),
        actor("Lim Wei Han", "person", title="Johor state executive councillor for investment",
              affiliation="Johor state government", aliases=["Lim Wei Han", "Lim"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Graphic (Ghana) health (a teaching hospital raises dialysis fees), headline with a straight single
#    fragment "... kicks against KATH's 'unbearable' dialysis fees" (partial for the association), "By ..., Kumasi"
#    and date lines, straight " and apostrophes, "GH¢1,100", "per cent", "Mr"/"Mrs"/"Prof."/"Dr"/"Madam"; lede
#    "appealed to ... to reverse" (directive); content before "according to the association, which said A"
#    (two indirects); chairman "said the new fee was "..." and that B" (partial plus indirect), "he said", "He said
#    A, "in a country ..."" (indirect plus partial); hospital press release "signed by its Head of Public Affairs,
#    Mrs Janet Adu-Gyamfi," (the hospital speaks; the signatory is not an actor) "said the review was "..." because
#    of ...", "It said A and that B"; CEO "told the Daily Graphic that A", "he said"; NHIA director "said the
#    authority was "..." a proposal ... but could not give a timeline" (partial only); patient's wife "said A",
#    quote with a nested straight single quote and "she asked"; ranking member "described the increase as "..." and
#    urged ..." (partial only); anonymous "An official at the Ministry of Health, who asked not to be named, said A
#    and would B" (one span); scare so-called "cash and carry" system (glossed).
ARTICLES[f"{BATCH}/kath-dialysis-fees-kumasi.gold.json"] = {
    "article": f"{BATCH}/kath-dialysis-fees-kumasi.txt",
    "target": "Komfo Anokye Teaching Hospital",
    "quotes": [
        (P, "Renal Patients Association of Ghana", "unbearable", None),
        (I, "Renal Patients Association of Ghana", "A single dialysis session at the hospital now costs GH¢1,100, up from "
            "GH¢760", None),
        (I, "Renal Patients Association of Ghana", "most of its members needed two or three sessions a week", None),
        (P, "Emmanuel Owusu-Ansah", "beyond the reach of ordinary Ghanaians", None),
        (I, "Emmanuel Owusu-Ansah", "some patients had already started skipping sessions", None),
        (D, "Emmanuel Owusu-Ansah", "We are not against the hospital. We know the machines are expensive and the "
            "consumables are imported. But when you increase fees by almost half overnight, you are telling poor "
            "patients to go home and die,", None),
        (I, "Emmanuel Owusu-Ansah", "a patient who needed three sessions a week would now have to pay more than GH¢13,000 "
            "a month", None),
        (P, "Emmanuel Owusu-Ansah", "in a country where many of our members earn less than GH¢2,000", None),
        (P, "Komfo Anokye Teaching Hospital", "unavoidable", None),
        (I, "Komfo Anokye Teaching Hospital", "the hospital had absorbed the increases for two years and that the new fee "
            "was still below what private dialysis centres in Kumasi charged", None),
        (I, "Yaw Boateng-Darko", "the hospital was in talks with the National Health Insurance Authority (NHIA) to cover "
            "part of the cost", None),
        (D, "Yaw Boateng-Darko", "Dialysis is not on the benefit package for most adults, so the full cost falls on the "
            "patient. That is the real problem, and it is not one the hospital can solve alone,", None),
        (P, "Abena Sarfo", "reviewing", None),
        (I, "Comfort Agyeiwaa", "the family had sold a plot of land to pay for his treatment", None),
        (D, "Comfort Agyeiwaa", "Last week the nurse told us, 'From Monday the price changes.' We did not even get a "
            "letter. Where will we get the money from?", None),
        (P, "Kofi Nti-Boakye", "a death sentence for the poor", None),
        (I, "official at the Ministry of Health", "the ministry was aware of the concerns and would meet KATH's "
            "management next week", None),
        (S, None, "cash and carry", None),
    ],
    "actors": [
        actor("Renal Patients Association of Ghana", "organisation", title="patients' association", affiliation="Ghana",
              aliases=["Renal Patients Association of Ghana", "RPAG", "the association"], stance=-1),
        actor("Emmanuel Owusu-Ansah", "person", title="National Chairman", affiliation="Renal Patients Association of Ghana",
              aliases=["Emmanuel Owusu-Ansah", "Owusu-Ansah", "Mr Emmanuel Owusu-Ansah"], stance=-1),
        actor("Komfo Anokye Teaching Hospital", "organisation", title="teaching hospital (Kumasi)", affiliation=None,
              aliases=["Komfo Anokye Teaching Hospital", "KATH"], stance=1),
        actor("Yaw Boateng-Darko", "person", title="Chief Executive Officer", affiliation="Komfo Anokye Teaching Hospital",
              aliases=["Yaw Boateng-Darko", "Boateng-Darko", "Prof. Yaw Boateng-Darko"], stance=1),
        actor("Abena Sarfo", "person", title="Ashanti Regional Director", affiliation="National Health Insurance Authority",
              aliases=["Abena Sarfo", "Sarfo", "Dr Abena Sarfo"], stance=None),
        actor("Comfort Agyeiwaa", "person", title="wife of a dialysis patient", affiliation=None,
              aliases=["Comfort Agyeiwaa", "Agyeiwaa", "Madam Comfort Agyeiwaa"], stance=-1),
        actor("Kofi Nti-Boakye", "person", title="Ranking Member, Parliament's Health Committee", affiliation="Parliament",
              aliases=["Kofi Nti-Boakye", "Nti-Boakye", "Dr Kofi Nti-Boakye"], stance=-1),
        actor("official at the Ministry of Health", "person", title="ministry official (anonymous)",
              affiliation="Ministry of Health", aliases=["official at the Ministry of Health"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
