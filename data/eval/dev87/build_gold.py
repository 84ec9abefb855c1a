"""Build the dev87 gold files (data/eval/dev87/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev87/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev87.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev87"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Radio Dabanga (Sudan) diplomacy/security (the first Russian warships dock at Port Sudan under the naval
#    deal), headline without speech, `PORT SUDAN / AMSTERDAM – December 3, 2026` line, straight `"` and
#    apostrophes, punctuation outside fragments; lede content before `, the Russian Defence Ministry said` (the
#    writer's trailing `the first visit under the agreement ...` left out); `In a
#    statement carried by the TASS news agency, the ministry said A, and that the visit marked the "..." of ...`
#    (indirect plus partial); scare so-called "logistics point"; Sudan's foreign ministry `said the facility "..."
#    and that B` (partial plus indirect); Sovereignty Council member `defended the deal` (act), then `he told
#    reporters at the port`; ambassador in an apposition `said the centre would help "..."` (partial only); RSF
#    `described the agreement as "...", arguing that A` (partial plus indirect); Beja leader with `Sheikh` in an
#    apposition `said A`, `he told Radio Dabanga by phone`; anonymous fisherman `said that A`; State Department
#    `said it was "..." by ... and called on ... to ...` (partial; directive); researcher `said A, but warned that
#    B` (two indirects), `she said`; content before `, according to UN figures`.
ARTICLES[f"{BATCH}/russia-warships-port-sudan-naval-centre.gold.json"] = {
    "article": f"{BATCH}/russia-warships-port-sudan-naval-centre.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Defence Ministry", "A Russian Navy frigate and a supply vessel docked at Port Sudan on Tuesday",
            None),
        (I, "Russian Defence Ministry", "the ships would remain in port for five days to take on fuel and supplies",
            None),
        (P, "Russian Defence Ministry", "practical start", None),
        (S, None, "logistics point", None),
        (P, "Sudan's Ministry of Foreign Affairs", "does not constitute a foreign military base", None),
        (I, "Sudan's Ministry of Foreign Affairs", "Sudan retained full sovereignty over its territorial waters", None),
        (D, "Osman El-Tayeb", "Sudan has the right to choose its partners. Those who criticise us today did nothing "
            "to stop this war,", None),
        (P, "Vladimir Zhelikhov", "ensure stability and the security of navigation in the Red Sea", None),
        (P, "Rapid Support Forces", "illegitimate", None),
        (I, "Rapid Support Forces", "the army-led authorities in Port Sudan had no mandate to grant foreign powers "
            "access to Sudanese territory", None),
        (I, "Ali Mohamed Adarob", "the people of the region had not been consulted", None),
        (D, "Ali Mohamed Adarob", "The land and the sea are ours. Nobody asked the Beja,", None),
        (I, "fisherman at the Port Sudan fish market", "the navy had closed part of the coast north of the city to "
            "fishing boats since last week", None),
        (P, "US State Department", "deeply concerned", None),
        (I, "Amna Idris", "the deal gave the authorities in Port Sudan diplomatic cover and access to Russian weapons",
            None),
        (I, "Amna Idris", "it could draw the Red Sea into the rivalry between Moscow and the West", None),
        (D, "Amna Idris", "For Russia, this is a foothold it has wanted for a long time. For the army, it is a "
            "guarantee of support at the Security Council,", None),
        (I, "UN", "The war between the Sudanese Armed Forces and the RSF, which began in April 2023, has killed tens "
            "of thousands of people and displaced more than 12 million", None),
    ],
    "actors": [
        actor("Russian Defence Ministry", "government", affiliation="Russia",
              aliases=["Russian Defence Ministry", "the ministry"], stance=1),
        actor("Sudan's Ministry of Foreign Affairs", "government", affiliation="Sudan (Port Sudan authorities)",
              aliases=["Sudan's Ministry of Foreign Affairs"], stance=1),
        actor("Osman El-Tayeb", "person", title="Lt Gen, member of the Sovereignty Council",
              affiliation="Sovereignty Council (Sudan)", aliases=["Osman El-Tayeb", "Lt Gen Osman El-Tayeb",
                                                                   "El-Tayeb"], stance=1),
        actor("Vladimir Zhelikhov", "person", title="Russian Ambassador to Sudan", affiliation="Russia",
              aliases=["Vladimir Zhelikhov", "Zhelikhov"], stance=1),
        actor("Rapid Support Forces", "group", aliases=["Rapid Support Forces", "RSF"], stance=-1),
        actor("Ali Mohamed Adarob", "person", title="member of the High Council of Beja Nazirs",
              affiliation="High Council of Beja Nazirs",
              aliases=["Ali Mohamed Adarob", "Sheikh Ali Mohamed Adarob", "Adarob"], stance=-1),
        actor("fisherman at the Port Sudan fish market", "person", title="fisherman (anonymous)", stance=0),
        actor("US State Department", "government", affiliation="United States", aliases=["US State Department"],
              stance=-1),
        actor("Amna Idris", "person", title="researcher", affiliation="Rift Valley Institute",
              aliases=["Amna Idris", "Dr Amna Idris", "Idris"], stance=0),
        actor("UN", "organisation", aliases=["UN"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. GroundUp (Cape Town) local news/water (Mfuleni residents say the City's water management devices leave them
#    dry by lunchtime), headline with `residents say` but no quote marks, standfirst `City says ...` (no quote
#    marks), `By NAME` and `3 December 2026` lines, straight `"` and apostrophes, `the City` (capitalised),
#    isiXhosa names; lede `Residents of Mfuleni say A` (present tense); `gathered ... with empty buckets and
#    placards` (no speech); grandmother with an apposition `said A`, quote `she said in isiXhosa` (a translated
#    quote is still direct), then a quote-only paragraph; forum member `Lucky Mabandla` (a given name that is a
#    common word) `said the City was "..."` (partial); photo caption with `Photo: NAME`; `In a response to
#    GroundUp, the City said A, and that B` (one indirect); mayoral committee member with a long title `said A`,
#    `Botha said`; Q&A `Asked why ..., Botha said A` (indirect); scare the City's "indigent" list; ward
#    councillor `said A and had B`; coalition `said in a statement that the devices amounted to "..." and called
#    on the City to ...` (partial; directive); anonymous lawyer `said A, but that B` (one indirect).
ARTICLES[f"{BATCH}/cape-town-water-management-devices-mfuleni.gold.json"] = {
    "article": f"{BATCH}/cape-town-water-management-devices-mfuleni.txt",
    "target": "City of Cape Town",
    "quotes": [
        (I, "Residents of Mfuleni", "water management devices installed by the City of Cape Town on their properties "
            "cut off their supply before midday, leaving families without water for cooking, washing and flushing "
            "toilets", None),
        (I, "Nokuthula Gqirana", "the device at her house had been installed in September without any warning", None),
        (D, "Nokuthula Gqirana", "By 11 o'clock there is nothing. The children come home from school and there is no "
            "water to cook,", None),
        (D, "Nokuthula Gqirana", "I pay when I can. But you cannot tell a grandmother to choose between water and "
            "bread.", None),
        (P, "Lucky Mabandla", "punishing poor people for being poor", None),
        (I, "City of Cape Town", "WMDs were only installed on properties where owners had fallen into arrears or where "
            "leaks had been reported, and that households could apply to have their daily allocation increased", None),
        (I, "Riaan Botha", "the devices had reduced water losses in the metro by 18% since 2024", None),
        (D, "Riaan Botha", "This is not about punishing anyone. A device that stops a leak from running for weeks "
            "protects the household and it protects the city,", None),
        (I, "Riaan Botha", "notices had been delivered to every affected property", None),
        (S, None, "indigent", None),
        (I, "Mzukisi Ntsholo", "he had written to the City twice about the devices and had received no reply", None),
        (P, "Social Justice Coalition", "disconnection by stealth", None),
        (I, "lawyer at the Legal Resources Centre", "the Constitutional Court had upheld Johannesburg's use of prepaid "
            "water meters in the 2009 Mazibuko case, but that each municipality still had to show its policy was "
            "reasonable", None),
    ],
    "actors": [
        actor("Residents of Mfuleni", "group", affiliation="Mfuleni", stance=-1),
        actor("Nokuthula Gqirana", "person", title="resident, grandmother", affiliation="Mfuleni Extension 6",
              aliases=["Nokuthula Gqirana", "Gqirana"], stance=-1),
        actor("Lucky Mabandla", "person", title="member", affiliation="Mfuleni Residents Forum",
              aliases=["Lucky Mabandla", "Mabandla"], stance=-1),
        actor("City of Cape Town", "government", aliases=["City of Cape Town", "the City"], stance=1),
        actor("Riaan Botha", "person", title="Mayoral committee member for water and sanitation",
              affiliation="City of Cape Town", aliases=["Riaan Botha", "Botha"], stance=1),
        actor("Mzukisi Ntsholo", "person", title="ward councillor", affiliation="ANC",
              aliases=["Mzukisi Ntsholo", "Ntsholo"], stance=-1),
        actor("Social Justice Coalition", "organisation", aliases=["Social Justice Coalition"], stance=-1),
        actor("lawyer at the Legal Resources Centre", "person", title="lawyer (anonymous)",
              affiliation="Legal Resources Centre", stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Baltimore Sun college sport (Morgan State puts its football coach on leave after a players' boycott),
#    headline without speech, `By NAME | Baltimore Sun` and `UPDATED: ...` lines, curly `“ ”` and `’`, US
#    punctuation inside the marks; lede `what they described as a “...”` (partial for the players); university
#    `said in a statement that the decision followed “...” and that B` (partial plus indirect); athletic director's
#    statement split by `athletic director Renée Gaither said in the statement`; players' letter `the players
#    accused Wheatley of “...” and said A` (partial plus indirect); receiver with a title chain `said A`, quote
#    split by `Mack said`; the coach `said through his attorney that A and that he expected to be “...”` (indirect
#    plus partial; the coach speaks); attorney named after the quote (`said the attorney, Andrew Szymanski`); the
#    coach's son `Marcus Wheatley` (shared surname) `In a post on X, he wrote: “...”`; scare so-called “Bear
#    Standard”; `Not everyone ... recognizes the portrait` (no speech); former player named after his quote;
#    anonymous former assistant `said A`; content before `, the university said`.
ARTICLES[f"{BATCH}/damon-wheatley-morgan-state-leave.gold.json"] = {
    "article": f"{BATCH}/damon-wheatley-morgan-state-leave.txt",
    "target": "Damon Wheatley",
    "quotes": [
        (P, "players", "culture of fear", None),
        (P, "Morgan State", "serious concerns raised by student-athletes", None),
        (I, "Morgan State", "an outside law firm had been hired to review the program", None),
        (D, "Renée Gaither", "Our first responsibility is to the health and well-being of our students,", None),
        (D, "Renée Gaither", "We will let the review run its course, and we will not prejudge its outcome.", None),
        (P, "players", "humiliating players in front of their teammates", None),
        (I, "players", "several of them had been pressured to practice while injured", None),
        (I, "DeShawn Mack", "he signed the letter after a teammate was told to run sprints two days after a concussion",
            None),
        (D, "DeShawn Mack", "We love this school. We’re not trying to get anybody fired,", None),
        (D, "DeShawn Mack", "We just want to be treated like people.", None),
        (I, "Damon Wheatley", "he had never mistreated a player", None),
        (P, "Damon Wheatley", "fully cleared.", None),
        (D, "Andrew Szymanski", "Coach Wheatley has given his life to young men in this city. He is going to fight for "
            "his name,", None),
        (D, "Marcus Wheatley", "I know who my father is.", None),
        (S, None, "Bear Standard", None),
        (D, "Andre Fields", "He was hard on us, but he was never cruel. I wouldn’t be where I am without him,", None),
        (I, "One former assistant coach", "complaints about Wheatley’s temper had been raised with the athletic "
            "department as early as 2024", None),
        (I, "Morgan State", "Defensive coordinator Luis Ocasio will serve as interim head coach", None),
    ],
    "actors": [
        actor("players", "group", affiliation="Morgan State football team", aliases=["players"], stance=-1),
        actor("Morgan State", "organisation", title="university", aliases=["Morgan State", "The university",
                                                                           "the university"], stance=0),
        actor("Renée Gaither", "person", title="athletic director", affiliation="Morgan State",
              aliases=["Renée Gaither", "Gaither"], stance=0),
        actor("DeShawn Mack", "person", title="senior wide receiver", affiliation="Morgan State football",
              aliases=["DeShawn Mack", "Mack"], stance=-1),
        actor("Damon Wheatley", "person", title="head football coach", affiliation="Morgan State",
              aliases=["Damon Wheatley", "Wheatley", "Coach Wheatley"], stance=1),
        actor("Andrew Szymanski", "person", title="attorney for Damon Wheatley",
              aliases=["Andrew Szymanski", "Szymanski"], stance=1),
        actor("Marcus Wheatley", "person", title="junior linebacker, the coach's son",
              affiliation="Morgan State football", aliases=["Marcus Wheatley"], stance=1),
        actor("Andre Fields", "person", title="former player, Canadian Football League player",
              aliases=["Andre Fields", "Fields"], stance=1),
        actor("One former assistant coach", "person", title="former assistant coach (anonymous)",
              aliases=["One former assistant coach"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Journal of Commerce (JOC) trade/trucking (Mexico keeps enforcing its new carta porte rules as Laredo queues
#    reach 30 hours), headline without speech, deck with `say` but no quote marks, `NAME, Senior Editor | Dec 3,
#    2026, 4:18 PM EST` line, straight `"` and apostrophes, US punctuation inside the marks, Spanish terms (`carta
#    porte`, `CAAAREM`); lede content before `, the country's National Customs Agency (ANAM) said Tuesday` (the
#    writer's `despite ...` left out); scare so-called `"ghost carriers,"` (comma inside the marks); `In a
#    statement, ANAM said A and that it expected queues to "..."` (indirect plus partial); secretary named after
#    the quote (`..., Economy Secretary Rodrigo Salcedo told reporters in Mexico City`); `Brokers on the Texas side
#    see it differently.` (no speech); broker named after the quote; trucking association `said A`; brokers'
#    confederation `called the rollout "..." but said A` (partial plus indirect); CBP `said A and that ... remained
#    "..."` (indirect plus partial); anonymous logistics manager `said A`; analyst named after the first stretch.
ARTICLES[f"{BATCH}/mexico-carta-porte-laredo-truck-queues.gold.json"] = {
    "article": f"{BATCH}/mexico-carta-porte-laredo-truck-queues.txt",
    "target": "Mexico",
    "quotes": [
        (I, "National Customs Agency", "Mexico will not delay enforcement of its updated electronic waybill "
            "requirements for cross-border trucks", None),
        (S, None, "ghost carriers,", None),
        (I, "National Customs Agency", "the share of rejected filings had fallen from 22% in the first week to 9%", None),
        (P, "National Customs Agency", "normalize in the coming days.", None),
        (D, "Rodrigo Salcedo", "The rules exist to stop fuel smuggling and undervalued imports that cost Mexico billions "
            "of pesos every year. We are not going to apologize for enforcing our own laws,", None),
        (D, "Marisol Treviño", "We have trucks that left Monterrey on Sunday and still haven't crossed. Nobody trained "
            "the carriers, and now everyone is paying for it,", None),
        (I, "Texas Trucking Association", "its member carriers were losing an estimated $1.5 million a day in idle "
            "equipment and driver hours", None),
        (P, "CAAAREM", "disorderly", None),
        (I, "CAAAREM", "it supported the rule's objectives", None),
        (I, "US Customs and Border Protection", "the delays were occurring on the Mexican side of the border", None),
        (P, "US Customs and Border Protection", "within normal ranges.", None),
        (I, "logistics manager at a Tier 1 auto parts supplier in Saltillo", "two US assembly plants had come within "
            "hours of halting production lines last week", None),
        (D, "Daniel Kessler", "Mexico is in a strong position, and it knows it,", None),
        (D, "Daniel Kessler", "Nearshoring has made US manufacturers more dependent on that bridge, not less, and that "
            "gives Mexico City leverage on how it runs its side.", None),
    ],
    "actors": [
        actor("National Customs Agency", "government", affiliation="Mexico",
              aliases=["National Customs Agency", "ANAM"], stance=1),
        actor("Rodrigo Salcedo", "person", title="Economy Secretary", affiliation="Mexico",
              aliases=["Rodrigo Salcedo", "Salcedo"], stance=1),
        actor("Marisol Treviño", "person", title="customs broker", affiliation="Laredo",
              aliases=["Marisol Treviño", "Treviño"], stance=-1),
        actor("Texas Trucking Association", "organisation", aliases=["Texas Trucking Association"], stance=-1),
        actor("CAAAREM", "organisation", title="Mexico's confederation of customs brokers", aliases=["CAAAREM"],
              stance=0),
        actor("US Customs and Border Protection", "government", affiliation="United States",
              aliases=["US Customs and Border Protection"], stance=0),
        actor("logistics manager at a Tier 1 auto parts supplier in Saltillo", "person",
              title="logistics manager (anonymous)", stance=-1),
        actor("Daniel Kessler", "person", title="principal", affiliation="Borderlands Trade Advisory",
              aliases=["Daniel Kessler", "Kessler"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
