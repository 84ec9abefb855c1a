"""Build the dev101 gold files (data/eval/dev101/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev101/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev101.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev101"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Trend News Agency (Azerbaijan, English service) trade/border (more than 700 Azerbaijani trucks held at the
#    Russian border after Russia tightens checks), headline without speech, `Economy | 11 December 2026 14:20 (UTC
#    +04:00)` and byline lines, `BAKU, Azerbaijan, December 11.` dateline running into the lede, straight `"` and
#    apostrophes, American punctuation inside closing marks, `percent`, `manats`, `$386 million`; lede content before
#    `, Trend reports with reference to the State Customs Committee of Azerbaijan` (the cue `with reference to`, as
#    `according to`); `The committee said A, and that B` (one span); Russian customs `said in a statement that the
#    enhanced control had been introduced "..."` (partial only), then `It said A`; `According to the Russian Federal
#    Service ... (Rosselkhoznadzor), A`; food safety agency `said A`, then a quote with `the agency said`; present-tense
#    group `Drivers at the border say A`; truck driver named after the first stretch (`truck driver Rauf Aliyev told
#    Trend by phone from the checkpoint`), quote resumed; association chairman with a title before the name `said A,
#    and that B`, then `he said`; embassy press service `told Trend that the Russian authorities were taking "..." to
#    ..., including ...` (partial only); MP `said the checks were "..." rather than ...` (partial only), `She noted
#    that A`; economist `said A`, then `Guliyev said`; content before `, according to the State Customs Committee`;
#    `Earlier, Trend reported that the so-called "green corridor" ... had been suspended` (the agency's own earlier
#    report, not annotated; the scare quote is).
ARTICLES[f"{BATCH}/russia-holds-azerbaijani-trucks-yarag-kazmalyar.gold.json"] = {
    "article": f"{BATCH}/russia-holds-azerbaijani-trucks-yarag-kazmalyar.txt",
    "target": "Russia",
    "quotes": [
        (I, "State Customs Committee of Azerbaijan", "More than 700 trucks carrying Azerbaijani fruit and vegetables are "
            "waiting to cross into Russia at the Yarag-Kazmalyar checkpoint, some of them for over a week", None),
        (I, "State Customs Committee of Azerbaijan", "the queue had formed after the Russian side began inspecting every "
            "truck with agricultural products on December 2, and that the number of vehicles cleared per day had fallen "
            "from about 400 to fewer than 90", None),
        (P, "Federal Customs Service", "to prevent the import of sanctioned goods under the guise of Azerbaijani "
            "products.", None),
        (I, "Federal Customs Service", "the checks would remain in place until the end of the year", None),
        (I, "Rosselkhoznadzor", "quarantine pests were found in 14 consignments of tomatoes and persimmons from "
            "Azerbaijan in November", None),
        (I, "Azerbaijan Food Safety Agency", "it had not received any official notification from the Russian side about "
            "the findings", None),
        (D, "Azerbaijan Food Safety Agency", "All products exported to Russia undergo laboratory checks in Azerbaijan and "
            "are accompanied by phytosanitary certificates. We are ready to examine every case, but we need the "
            "documents,", None),
        (I, "Drivers at the border", "conditions are worsening as the temperature drops at night", None),
        (D, "Rauf Aliyev", "We have been standing here for nine days. The tomatoes are going bad, nobody tells us "
            "anything,", None),
        (D, "Rauf Aliyev", "There is no water, no toilets. We sleep in the cabins.", None),
        (I, "Elchin Rustamov", "exporters were losing about 2 million manats a day, and that some companies had started "
            "to send their cargo through Georgia", None),
        (D, "Elchin Rustamov", "This is not a customs issue anymore. This is a humanitarian issue for hundreds of "
            "drivers,", None),
        (P, "Russian Embassy in Baku", "all necessary measures", None),
        (P, "Sevinj Karimova", "a political signal", None),
        (I, "Sevinj Karimova", "the tightening had begun days after Baku and Moscow failed to agree on a new deal on "
            "agricultural trade quotas", None),
        (I, "Tural Guliyev", "Azerbaijani exporters had to reduce their dependence on the Russian market", None),
        (D, "Tural Guliyev", "Russia takes more than 60 percent of our tomatoes. As long as this is the case, every "
            "problem at Yarag-Kazmalyar becomes a crisis for the whole sector,", None),
        (I, "State Customs Committee of Azerbaijan", "Azerbaijan exported 214,000 tons of fruit and vegetables to Russia "
            "worth $386 million in January-October 2026", None),
        (S, None, "green corridor", None),
    ],
    "actors": [
        actor("State Customs Committee of Azerbaijan", "government", affiliation="Azerbaijan",
              aliases=["State Customs Committee of Azerbaijan", "State Customs Committee", "The committee"], stance=0),
        actor("Federal Customs Service", "government", affiliation="Russia", aliases=["Federal Customs Service"],
              stance=1),
        actor("Rosselkhoznadzor", "government", affiliation="Russia",
              aliases=["Russian Federal Service for Veterinary and Phytosanitary Surveillance", "Rosselkhoznadzor"],
              stance=1),
        actor("Azerbaijan Food Safety Agency", "government", affiliation="Azerbaijan",
              aliases=["Azerbaijan Food Safety Agency", "AFSA", "the agency"], stance=-1),
        actor("Drivers at the border", "group", aliases=["Drivers at the border"], stance=-1),
        actor("Rauf Aliyev", "person", title="truck driver", aliases=["Rauf Aliyev", "Aliyev"], stance=-1),
        actor("Elchin Rustamov", "person", title="Chairman",
              affiliation="Azerbaijan International Road Carriers Association (ABADA)",
              aliases=["Elchin Rustamov", "Rustamov"], stance=-1),
        actor("Russian Embassy in Baku", "government", affiliation="Russia", aliases=["Russian Embassy in Baku"],
              stance=1),
        actor("Sevinj Karimova", "person", title="Milli Majlis member", affiliation="Azerbaijan",
              aliases=["Sevinj Karimova", "Karimova"], stance=-1),
        actor("Tural Guliyev", "person", title="Economist", aliases=["Tural Guliyev", "Guliyev"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Bernama (Malaysian national news agency, English) state government/transport (Johor to charge foreign-registered
#    cars RM20 to enter the state), headline without speech, `11/12/2026 05:32 PM` line, `JOHOR BAHRU, Dec 11
#    (Bernama) --` dateline running into the lede, `-- BERNAMA` sign-off, straight `"` and apostrophes, British
#    spelling, `RM20`, `S$35`, honorific `Datuk`, Malay name shortened to the given name (`Mohd Fazli`), Chinese name
#    with the surname first (`Tan Kok Wah`); lede without a cue; state exco chairman in a long title `said A`, then a
#    quote with `he told reporters after the state executive council meeting here today`; `He said A`; `Mohd Fazli
#    said A and that B` (one span); quote with `he said, adding that A` (direct plus indirect); LTA `In a statement,
#    ... said A and would B` (one span); business association `said A`; its president `said A`, then a quote with a
#    question inside, `he said`; assemblywoman `described the charge as "..." and questioned why ...` (partial; the
#    reported question not annotated), then `she said in a statement`; consumer federation `said A, but urged the
#    state to ...` (indirect; the directive not annotated); motorist known only as `Mr Lim` `said A`, then a quote
#    with `said the 52-year-old engineer` (speaker after the quote by description); scare so-called `"fair share"`.
ARTICLES[f"{BATCH}/johor-entry-levy-foreign-vehicles.gold.json"] = {
    "article": f"{BATCH}/johor-entry-levy-foreign-vehicles.txt",
    "target": "Johor state government",
    "quotes": [
        (I, "Mohd Fazli Hamzah", "the charge, to be known as the Johor Entry Permit (JEP), would be collected "
            "electronically through the existing electronic toll system", None),
        (D, "Mohd Fazli Hamzah", "The money collected will be channelled back into traffic management, road maintenance "
            "and the upgrading of public transport in Johor Bahru. It will not go into a general fund,", None),
        (I, "Mohd Fazli Hamzah", "the state expected to collect about RM180 million a year from the charge, based on an "
            "average of 25,000 foreign cars entering daily", None),
        (I, "Mohd Fazli Hamzah", "the state government had consulted the Ministry of Transport and that the charge did "
            "not require federal approval, as it fell under the state's powers over local roads", None),
        (D, "Mohd Fazli Hamzah", "We are not chasing away visitors. Singaporeans are our friends and our best customers,",
            None),
        (I, "Mohd Fazli Hamzah", "motorcycles and goods vehicles would be exempted", None),
        (I, "Land Transport Authority", "it had taken note of the announcement and would study the details once they "
            "were made available", None),
        (I, "Johor Bahru Tionghua Business Association", "the charge could drive away weekend visitors at a time when "
            "many businesses in the city centre were still recovering", None),
        (I, "Tan Kok Wah", "eateries and shops around Jalan Wong Ah Fook depended on Singaporean customers, especially "
            "on Saturdays and Sundays", None),
        (D, "Tan Kok Wah", "For a family coming for lunch, RM20 is not the issue. The issue is the message. People will "
            "ask, why must I pay just to enter?", None),
        (P, "Marina Ibrahim", "another tax dressed up as traffic management", None),
        (D, "Marina Ibrahim", "The government should first show us the traffic study. If there is no study, then this is "
            "just about money,", None),
        (I, "Federation of Malaysian Consumers Associations", "the charge was reasonable if it was used to reduce "
            "congestion at the checkpoints", None),
        (I, "Mr Lim", "he drove into Johor Bahru almost every weekend to buy groceries and fill up his tank", None),
        (D, "Mr Lim", "RM20 is still cheaper than what I save on petrol and groceries. I will still come, maybe less "
            "often,", None),
        (S, None, "fair share", None),
    ],
    "actors": [
        actor("Mohd Fazli Hamzah", "person", title="State Works, Transport and Infrastructure Committee chairman",
              affiliation="Johor state government",
              aliases=["Datuk Mohd Fazli Hamzah", "Mohd Fazli Hamzah", "Mohd Fazli"], stance=1),
        actor("Land Transport Authority", "government", affiliation="Singapore",
              aliases=["Land Transport Authority", "LTA"], stance=0),
        actor("Johor Bahru Tionghua Business Association", "organisation", affiliation="Johor Bahru",
              aliases=["Johor Bahru Tionghua Business Association"], stance=-1),
        actor("Tan Kok Wah", "person", title="president", affiliation="Johor Bahru Tionghua Business Association",
              aliases=["Tan Kok Wah", "Tan"], stance=-1),
        actor("Marina Ibrahim", "person", title="Skudai assemblywoman (opposition)", affiliation="Johor state assembly",
              aliases=["Marina Ibrahim", "Marina"], stance=-1),
        actor("Federation of Malaysian Consumers Associations", "organisation", affiliation="Malaysia",
              aliases=["Federation of Malaysian Consumers Associations", "Fomca"], stance=0),
        actor("Mr Lim", "person", title="Singaporean motorist, 52-year-old engineer", aliases=["Mr Lim", "Lim"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Athletic (sports news site) football (a League One manager's future in doubt after a seventh straight
#    defeat), headline with a curly single quote after a colon (`...: ‘I’m not a quitter’`: a full clause, direct for
#    the man the headline names), byline and `Dec 11, 2026` lines, curly `“ ”` and `’` apostrophes, American
#    punctuation inside closing marks, scene-setting lede; fans `had chanted “Halloran out”` (a chant, direct for the
#    group); manager's quote split by `Halloran said`, its second stretch open at the end of its line, then a closed
#    quote-only paragraph; `The Athletic has been told that A` (the outlet's own reporting, not annotated); club
#    spokesperson `said A and that the club would not comment on “...”` (indirect plus partial); present-tense group
#    `Sources close to the board say A, however`; anonymous person `who spoke anonymously to protect relationships,
#    said A`; anonymous senior player `told The Athletic that training had become “...” since the summer and that B`
#    (partial plus indirect), then a quote split by `the player said`; chief executive `called him at the time “...”`
#    (partial); Q&A `Asked on Wednesday about ..., Halloran replied: “...”`; captain `defended his manager` (act), then
#    a quote with `he said`; supporters' trust `said in a statement that it had “...” in ... and called on the owners
#    to ...` (partial; directive not annotated); pundit `said sacking Halloran would be “...” and argued that B`
#    (partial plus indirect), then `Pryce said`; photo caption line `(Top photo: ...; NAME/PA Images via Getty Images)`.
ARTICLES[f"{BATCH}/halloran-wigan-under-pressure.gold.json"] = {
    "article": f"{BATCH}/halloran-wigan-under-pressure.txt",
    "target": "Graeme Halloran",
    "quotes": [
        (D, "Graeme Halloran", "I’m not a quitter", "‘I’m not a quitter’"),
        (D, "fans in the home end", "Halloran out", None),
        (D, "Graeme Halloran", "I understand the frustration. I feel it more than anybody,", None),
        (D, "Graeme Halloran", "But I’m not a quitter, and I’m not going to walk away from this group when it’s hard.",
            None),
        (D, "Graeme Halloran", "We have had nine senior players injured for two months. Give me a fit squad and judge me "
            "then.", None),
        (I, "club spokesperson", "Halloran retained the board’s support", None),
        (P, "club spokesperson", "speculation.", None),
        (I, "Sources close to the board", "patience is running out", None),
        (I, "person with knowledge of the discussions", "the owners were concerned less about the results than about the "
            "atmosphere in the dressing room", None),
        (P, "senior member of the squad", "joyless", None),
        (I, "senior member of the squad", "several players had stopped speaking up in meetings", None),
        (D, "senior member of the squad", "He is a good coach on the grass, nobody disputes that,", None),
        (D, "senior member of the squad", "But he has fallen out with too many people. Lads are looking over their "
            "shoulders all the time.", None),
        (P, "Mark Devlin", "the best young manager outside the Championship.", None),
        (D, "Graeme Halloran", "I have heard it. If somebody has a problem with me, my door is open. It has always been "
            "open.", None),
        (D, "Josh Kerrigan", "The lads are behind the gaffer. We are the ones who have to do better on the pitch,", None),
        (P, "Latics Supporters’ Trust", "no confidence", None),
        (P, "Simon Pryce", "the easy option", None),
        (I, "Simon Pryce", "the injury list would have broken most managers in the division", None),
        (D, "Simon Pryce", "The owners gave him a plan and three years to carry it out. If they change course after 18 "
            "months, they will be back here again in a year with somebody else,", None),
    ],
    "actors": [
        actor("Graeme Halloran", "person", title="manager", affiliation="Wigan Athletic",
              aliases=["Graeme Halloran", "Halloran"], stance=1),
        actor("fans in the home end", "group", affiliation="Wigan Athletic supporters",
              aliases=["fans in the home end"], stance=-1),
        actor("club spokesperson", "person", title="spokesperson (unnamed)", affiliation="Wigan Athletic",
              aliases=["club spokesperson"], stance=1),
        actor("Sources close to the board", "group", affiliation="Wigan Athletic", aliases=["Sources close to the board"],
              stance=-1),
        actor("person with knowledge of the discussions", "person", title="anonymous source",
              aliases=["person with knowledge of the discussions"], stance=-1),
        actor("senior member of the squad", "person", title="player (anonymous)", affiliation="Wigan Athletic",
              aliases=["senior member of the squad", "the player"], stance=-1),
        actor("Mark Devlin", "person", title="chief executive", affiliation="Wigan Athletic",
              aliases=["Mark Devlin", "Devlin"], stance=1),
        actor("Josh Kerrigan", "person", title="Club captain", affiliation="Wigan Athletic",
              aliases=["Josh Kerrigan", "Kerrigan"], stance=1),
        actor("Latics Supporters’ Trust", "organisation", affiliation="Wigan Athletic supporters",
              aliases=["Latics Supporters’ Trust"], stance=-1),
        actor("Simon Pryce", "person", title="former Wigan defender, pundit", affiliation="BBC Radio Manchester",
              aliases=["Simon Pryce", "Pryce"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Agência Brasil (Brazilian public news agency, English edition) environment/ports (Ibama suspends the licence for
#    dredging the Port of Itajaí's access channel), headline and standfirst without quote marks (the standfirst's
#    `Fishermen had reported ...` not annotated), `Published on 11/12/2026 - 18:40 By NAME - Agência Brasil reporter -
#    Brasília` line, `Translation:` and `Edition:` lines at the end, straight `"` and apostrophes, British spelling
#    (`licence`), `Thursday (11)`, `R$ 4.2 million`, Portuguese place names; lede without a cue (Ibama's act); `In a
#    note, Ibama said A and that B` (one span); scare `known in the sector as "bota-fora"`; `According to the
#    institute, A` (the next sentence is the writer's); director in an apposition `said A`, then `she said`; group
#    `fishermen ... have said that A` (after `Since November,`); colony president in an apposition `said A`, then
#    `Schmitt told Agência Brasil`; company `In a statement, ... said it had "..." with ... and that B` (partial plus
#    indirect), `The company said that A`; chief executive named after the quote (`said the company's chief
#    executive, X`); state government `said A and defended what it called a "..." that ...` (indirect plus partial);
#    prosecutors `said A and would B` (one span); `For the oceanographer X, a professor at ..., A` (the Portuguese
#    `Para X` attribution, as `according to`), then `she said`; ministry `said in a note that A and that B` (one span).
ARTICLES[f"{BATCH}/ibama-suspends-itajai-port-dredging.gold.json"] = {
    "article": f"{BATCH}/ibama-suspends-itajai-port-dredging.txt",
    "target": "Ibama",
    "quotes": [
        (I, "Ibama", "inspectors had found that sediment was being dumped outside the area authorised in the licence and "
            "that the company had not presented the water quality monitoring reports required every fifteen days", None),
        (S, None, "bota-fora", None),
        (I, "Ibama", "the suspension will remain in force until the company submits a new dumping plan and the missing "
            "reports", None),
        (I, "Fernanda Lacerda", "the decision was technical", None),
        (D, "Fernanda Lacerda", "Licensing is not a formality. The conditions exist to protect the environment and the "
            "people who depend on it, and they apply to everyone,", None),
        (I, "fishermen from Itajaí and Navegantes", "dead fish and cloudy water were appearing near the mouth of the "
            "river", None),
        (I, "Valdir Schmitt", "the catch of shrimp had fallen by half in the area", None),
        (D, "Valdir Schmitt", "We warned the authorities in November. Only now, with the dead fish on television, did "
            "someone listen,", None),
        (P, "Porto Sul Catarinense", "always complied", None),
        (I, "Porto Sul Catarinense", "it would appeal against the decision", None),
        (I, "Porto Sul Catarinense", "the interruption of the dredging could reduce the depth of the channel and restrict "
            "access for larger ships within weeks", None),
        (D, "Ricardo Bortolini", "We respect Ibama's role, but the suspension puts at risk the competitiveness of the "
            "port and thousands of jobs,", None),
        (I, "government of Santa Catarina", "it was following the case", None),
        (P, "government of Santa Catarina", "quick solution", None),
        (I, "Federal Public Prosecutor's Office", "it had opened a civil inquiry in November to investigate the "
            "complaints of fishermen and would analyse the documents gathered by Ibama", None),
        (I, "Juliana Moretti", "the suspension was necessary, but the problem is older than the current dredging", None),
        (D, "Juliana Moretti", "Itajaí has been dredged almost every year for two decades. Without a long-term study of "
            "where the sediment goes, we will keep having this conflict,", None),
        (I, "Ministry of Ports and Airports", "the port remained in operation and that ships with a draught of up to 13 "
            "metres could still enter the channel safely", None),
    ],
    "actors": [
        actor("Ibama", "organisation", title="Brazilian Institute of Environment and Renewable Natural Resources",
              affiliation="Brazil",
              aliases=["Brazilian Institute of Environment and Renewable Natural Resources", "Ibama", "the institute"],
              stance=1),
        actor("Fernanda Lacerda", "person", title="director of environmental licensing", affiliation="Ibama",
              aliases=["Fernanda Lacerda", "Lacerda"], stance=1),
        actor("fishermen from Itajaí and Navegantes", "group", aliases=["fishermen from Itajaí and Navegantes"],
              stance=None),
        actor("Valdir Schmitt", "person", title="president", affiliation="Itajaí Artisanal Fishermen's Colony",
              aliases=["Valdir Schmitt", "Schmitt"], stance=0),
        actor("Porto Sul Catarinense", "organisation", title="port concessionaire", affiliation="Port of Itajaí",
              aliases=["Porto Sul Catarinense", "The company"], stance=-1),
        actor("Ricardo Bortolini", "person", title="chief executive", affiliation="Porto Sul Catarinense",
              aliases=["Ricardo Bortolini", "Bortolini"], stance=-1),
        actor("government of Santa Catarina", "government", affiliation="Santa Catarina",
              aliases=["government of Santa Catarina"], stance=0),
        actor("Federal Public Prosecutor's Office", "government", affiliation="Santa Catarina",
              aliases=["Federal Public Prosecutor's Office", "MPF"], stance=0),
        actor("Juliana Moretti", "person", title="oceanographer, professor",
              affiliation="Federal University of Santa Catarina (UFSC)", aliases=["Juliana Moretti", "Moretti"],
              stance=1),
        actor("Ministry of Ports and Airports", "government", affiliation="Brazil",
              aliases=["Ministry of Ports and Airports"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
