"""Build the test159 gold files (data/eval/test159/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test159/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test159.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test159"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. ESPNcricinfo sport (Bangladesh remove their Test captain), headline and standfirst without speech, byline and
#    "10-Dec-2026" line, straight " and apostrophes; lede "with the Bangladesh Cricket Board (BCB) saying the side
#    needed "..."" (partial only); content before "the board announced"; chairman split quote "...," X told
#    reporters in Mirpur. "..."", "Noor said A"; captain's Facebook post "he said he had learned of the decision
#    "...", and that B" (partial plus indirect), then "..., he wrote."; coach "he said: "..." open at the end of its
#    line and a closed paragraph; anonymous "A senior player ... told ESPNcricinfo that ... had been "..."" (partial
#    only); "Supporters outside the stadium said A"; former captain "..., said former Bangladesh captain X, now a
#    television commentator. "..."" ; new captain "said he was "..." by the appointment and that B" (partial plus
#    indirect); scare so-called "workload plan"; "Noor defended the policy, saying A" (the act not annotated, the
#    participle an indirect); "did not hide his disappointment", "was more measured" (no speech).
ARTICLES[f"{BATCH}/sajid-mahmud-test-captaincy-bcb.gold.json"] = {
    "article": f"{BATCH}/sajid-mahmud-test-captaincy-bcb.txt",
    "target": "Bangladesh Cricket Board",
    "quotes": [
        (P, "Bangladesh Cricket Board", "a fresh voice in the dressing room", None),
        (I, "Bangladesh Cricket Board", "Opener Litu Hossain will lead the team in the two-Test home series against "
            "Ireland starting in Sylhet on December 28", None),
        (D, "Khaled Noor", "Sajid has given everything to this team, and nobody is questioning his commitment,", None),
        (D, "Khaled Noor", "But we have lost seven of our last nine Tests, and at some point the board has to act. We "
            "felt the captaincy was weighing on his batting.", None),
        (I, "Khaled Noor", "Sajid remained part of the plans for the Ireland series and would continue to bat at No. 4",
            None),
        (P, "Sajid Mahmud", "from a journalist, not from the board", None),
        (I, "Sajid Mahmud", "nobody from the selection panel had asked him about his plans for the team", None),
        (D, "Sajid Mahmud", "I have captained this side in 14 Tests. I think I deserved a phone call,", None),
        (D, "Grant Elverson", "Sajid and I spoke this morning, and it was an honest conversation. He is hurt, which is "
            "natural. He will get over it because he loves playing for Bangladesh.", None),
        (D, "Grant Elverson", "What matters now is that the group is settled before Ireland arrive. Litu is calm, he "
            "reads the game well, and the younger players trust him.", None),
        (P, "senior player", "blindsided", None),
        (I, "Supporters outside the stadium", "the board was making Sajid a scapegoat for its own poor planning", None),
        (D, "Mahfuzur Rahman", "It is the right decision, but it is the wrong way to do it,", None),
        (D, "Mahfuzur Rahman", "You do not tell a captain through the media. The BCB has done this before and it always "
            "leaves a bad taste.", None),
        (P, "Litu Hossain", "honoured", None),
        (I, "Litu Hossain", "he would speak to Sajid before the squad assembled in Sylhet", None),
        (S, None, "workload plan", None),
        (I, "Khaled Noor", "the two quicks would have been at risk of injury on a flat pitch", None),
    ],
    "actors": [
        actor("Bangladesh Cricket Board", "organisation", title="national cricket board", affiliation="Bangladesh",
              aliases=["Bangladesh Cricket Board", "BCB", "the board"], stance=1),
        actor("Khaled Noor", "person", title="cricket operations chairman", affiliation="Bangladesh Cricket Board",
              aliases=["Khaled Noor", "Noor"], stance=1),
        actor("Sajid Mahmud", "person", title="former Test captain, 31", affiliation="Bangladesh cricket team",
              aliases=["Sajid Mahmud", "Sajid", "Mahmud"], stance=-1),
        actor("Grant Elverson", "person", title="head coach", affiliation="Bangladesh cricket team",
              aliases=["Grant Elverson", "Elverson"], stance=0),
        actor("senior player", "person", title="senior player (anonymous)", affiliation="Bangladesh cricket team",
              aliases=["senior player"], stance=-1),
        actor("Supporters outside the stadium", "group", title="supporters", affiliation=None,
              aliases=["Supporters outside the stadium"], stance=-1),
        actor("Mahfuzur Rahman", "person", title="former Bangladesh captain, television commentator", affiliation=None,
              aliases=["Mahfuzur Rahman", "Rahman"], stance=0),
        actor("Litu Hossain", "person", title="opener, interim Test captain, 27", affiliation="Bangladesh cricket team",
              aliases=["Litu Hossain", "Litu", "Hossain"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Tuko.co.ke (Kenya) health/labour (county nurses strike over delayed salaries), title-case headline with a
#    colon and no speech, "by Faith Atieno" byline, crossheads ("County blames Treasury", "Patients turned away",
#    "Did you know?"), straight " and apostrophes ("Months'", "patients' lives" inside a partial), "KSh"; union
#    secretary "..., X told Tuko.co.ke." (no date after the cue), "He said A, which the county had "..."" (indirect
#    plus partial), "..., Ouma said."; county health executive "In a statement, X said A", then "..., the statement
#    read." (hers); "According to the Controller of Budget, A"; scare so-called "cash crunch"; county secretary
#    "accused the union of "..."" (partial), "Onyango said A"; group "relatives of patients said A"; relative
#    "said: "..."" ; anonymous nurse "said some of her colleagues had taken loans "..."" (partial only), "she said";
#    doctors' union "said A but warned that B" (two indirects).
ARTICLES[f"{BATCH}/kisumu-nurses-strike-salaries.gold.json"] = {
    "article": f"{BATCH}/kisumu-nurses-strike-salaries.txt",
    "target": "Kisumu County Government",
    "quotes": [
        (D, "Maurice Ouma", "We have been patient for three months. Our members cannot pay rent, they cannot pay school "
            "fees, and the county keeps telling us the money is coming,", None),
        (I, "Maurice Ouma", "the union had issued a 14-day strike notice in November", None),
        (P, "Maurice Ouma", "simply ignored", None),
        (D, "Maurice Ouma", "No pay, no work. That is the position of every nurse in Kisumu,", None),
        (I, "Grace Achieng", "the delays had been caused by late disbursement of funds from the National Treasury", None),
        (D, "Grace Achieng", "The county government values its health workers. The moment the exchequer releases our "
            "share, nurses will be the first to be paid,", None),
        (I, "Controller of Budget", "Kisumu county received KSh 1.2 billion less than it expected from the exchequer in "
            "the first quarter of the 2026/27 financial year", None),
        (S, None, "cash crunch", None),
        (P, "Jacob Onyango", "playing politics with patients' lives", None),
        (I, "Jacob Onyango", "the county would pay September salaries by Friday, December 11", None),
        (I, "relatives of patients", "they had been told to move their sick family members to private hospitals", None),
        (D, "Pamela Akinyi", "Since morning there has been no nurse in the ward. We are feeding her ourselves and "
            "changing her ourselves. The county should pay these nurses so that they come back to work.", None),
        (P, "nurse at the Kisumu County Hospital", "just to come to work", None),
        (D, "nurse at the Kisumu County Hospital", "Some of us walk from Nyalenda because we don't have fare. And then "
            "they tell us to be patient,", None),
        (I, "Kenya Medical Practitioners, Pharmacists and Dentists Union", "its members would continue working", None),
        (I, "Kenya Medical Practitioners, Pharmacists and Dentists Union", "doctors could not run wards without nurses",
            None),
    ],
    "actors": [
        actor("Maurice Ouma", "person", title="branch secretary",
              affiliation="Kenya National Union of Nurses (Kisumu branch)", aliases=["Maurice Ouma", "Ouma"], stance=-1),
        actor("Grace Achieng", "person", title="County Executive Committee Member for Health",
              affiliation="Kisumu County Government", aliases=["Grace Achieng", "Achieng", "Dr Grace Achieng"], stance=1),
        actor("Controller of Budget", "government", title="budget oversight office", affiliation="Kenya",
              aliases=["Controller of Budget"], stance=0),
        actor("Jacob Onyango", "person", title="County Secretary", affiliation="Kisumu County Government",
              aliases=["Jacob Onyango", "Onyango"], stance=1),
        actor("relatives of patients", "group", title="patients' relatives at JOOTRH", affiliation=None,
              aliases=["relatives of patients"], stance=None),
        actor("Pamela Akinyi", "person", title="daughter of a stroke patient", affiliation=None,
              aliases=["Pamela Akinyi", "Akinyi"], stance=-1),
        actor("nurse at the Kisumu County Hospital", "person", title="nurse (anonymous)",
              affiliation="Kisumu County Hospital", aliases=["nurse at the Kisumu County Hospital"], stance=-1),
        actor("Kenya Medical Practitioners, Pharmacists and Dentists Union", "organisation", title="doctors' union",
              affiliation="Kenya", aliases=["Kenya Medical Practitioners, Pharmacists and Dentists Union", "KMPDU"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. PRWeek (UK trade press) business/ethics (the CIPR investigates an agency over fake-resident accounts),
#    headline with a curly single fragment "CIPR ‘deeply concerned’ by ..." (partial for the CIPR), standfirst
#    without speech, byline and date lines, curly “ ” and ’, "£7.4m"; institute "said it was “...” by ..., and that
#    B" (partial plus indirect); president "said: “...”"; scare so-called “community voice” service; agency "In a
#    statement, X said it “...” the suggestion ..." (partial only), "It said the accounts had been run by “...” ...,
#    and that B" (partial plus indirect); chief executive "told PRWeek: “...” open at the end of its line, then a
#    closed paragraph; anonymous ex-employee "told PRWeek that ... a spreadsheet of “...”" (partial only), then
#    "“...,” they said."; client "said on Friday A"; its spokesperson "said the company had been “...”" (partial
#    only); council "said A"; consultant "said A", "she said"; "was named ... agency of the year" (no speech).
ARTICLES[f"{BATCH}/marlowe-grey-cipr-investigation.gold.json"] = {
    "article": f"{BATCH}/marlowe-grey-cipr-investigation.txt",
    "target": "Marlowe Grey",
    "quotes": [
        (P, "Chartered Institute of Public Relations", "deeply concerned", "CIPR ‘deeply"),
        (P, "Chartered Institute of Public Relations", "deeply concerned", "The institute said"),
        (I, "Chartered Institute of Public Relations", "it had written to the agency’s chief executive, Sophie Varnham, "
            "asking for a full account of the campaign", None),
        (D, "Daniel Okafor", "Every member is entitled to answer the allegations before we reach any conclusion. But the "
            "public has to be able to trust that when it hears from a resident, it is hearing from a resident.", None),
        (S, None, "community voice", None),
        (P, "Marlowe Grey", "categorically rejects", None),
        (P, "Marlowe Grey", "real supporters of the scheme", None),
        (I, "Marlowe Grey", "all of its work had complied with the CIPR code of conduct", None),
        (D, "Sophie Varnham", "We have nothing to hide. We will co-operate fully with the institute, and I am confident "
            "that when the facts come out, people will see a team that did its job properly.", None),
        (D, "Sophie Varnham", "What we will not do is apologise for helping local people who support new homes to make "
            "their voices heard. That is what good public affairs looks like.", None),
        (P, "One former Marlowe Grey account executive", "personas", None),
        (D, "One former Marlowe Grey account executive", "Everyone knew what it was. Nobody said the word astroturfing out "
            "loud, but that’s what it was,", None),
        (I, "Holloway Reach Developments", "it had ended its contract with the agency", None),
        (P, "spokesperson for the developer", "unaware", None),
        (I, "Camden Council", "it would review whether the online comments had influenced the planning committee’s "
            "decision", None),
        (I, "Francesca Adeyemi", "the case would do lasting damage to the wider sector", None),
        (D, "Francesca Adeyemi", "What has been described so far looks like fraud, not public relations. Agencies have "
            "been told for years that this is a line you do not cross,", None),
    ],
    "actors": [
        actor("Chartered Institute of Public Relations", "organisation", title="professional body",
              affiliation="United Kingdom", aliases=["Chartered Institute of Public Relations", "CIPR", "The institute",
              "the institute"], stance=0),
        actor("Daniel Okafor", "person", title="CIPR president", affiliation="Chartered Institute of Public Relations",
              aliases=["Daniel Okafor", "Okafor"], stance=0),
        actor("Marlowe Grey", "organisation", title="London public affairs agency", affiliation=None,
              aliases=["Marlowe Grey", "the agency"], stance=1),
        actor("Sophie Varnham", "person", title="chief executive", affiliation="Marlowe Grey",
              aliases=["Sophie Varnham", "Varnham"], stance=1),
        actor("One former Marlowe Grey account executive", "person", title="former account executive (anonymous)",
              affiliation="Marlowe Grey", aliases=["One former Marlowe Grey account executive"], stance=-1),
        actor("Holloway Reach Developments", "organisation", title="housing developer (the client)", affiliation=None,
              aliases=["Holloway Reach Developments", "the developer"], stance=-1),
        actor("spokesperson for the developer", "person", title="spokesperson",
              affiliation="Holloway Reach Developments", aliases=["spokesperson for the developer"], stance=-1),
        actor("Camden Council", "government", title="local council", affiliation="London", aliases=["Camden Council"],
              stance=0),
        actor("Francesca Adeyemi", "person", title="founder", affiliation="Clearwater Counsel",
              aliases=["Francesca Adeyemi", "Adeyemi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. TTG Asia (Singapore travel trade press) tourism (Thailand sets a start date for its entry fee), headline
#    without speech, byline and date lines, curly “ ” and ’, "US$9", "baht"; lede content before "the Ministry of
#    Tourism and Sports confirmed on Tuesday" (the writer's "ending ..." left out); content before "the ministry said
#    in a statement"; minister (Thai name, first name as short name) "said A", "“...,” Chatchai told reporters";
#    "The Tourism Authority of Thailand (TAT) expects ..." (no speech verb); "According to TAT governor X, “the fee
#    ...”" (direct, lower-case start); "were more cautious" (no speech); association "said it supported the
#    principle but warned that B" (two indirects); its president "put it bluntly: “...”"; group "Operators in the
#    region’s source markets said A"; split "“...,” said X, managing director of ..., “but ...”" (two directs, the
#    second lower-case), "She said A"; airline board "said carriers had been given “...” ..., a timetable it described
#    as “...” ..." (two partials); scare so-called “digital arrival card” (glossed); anonymous "A spokesperson for ...
#    said A, ..., but that B" (one span); content before "according to the ministry"; "Chatchai said A and that B".
ARTICLES[f"{BATCH}/thailand-tourism-entry-fee.gold.json"] = {
    "article": f"{BATCH}/thailand-tourism-entry-fee.txt",
    "target": "Thailand",
    "quotes": [
        (I, "Ministry of Tourism and Sports", "Thailand will begin charging foreign visitors arriving by air a 300-baht "
            "(US$9) tourism fee from April 1, 2027", None),
        (I, "Ministry of Tourism and Sports", "Travellers arriving by land or sea will pay 150 baht, and the fee for air "
            "arrivals will be collected through airline tickets", None),
        (I, "Chatchai Wongsawat", "the money would pay for accident insurance for visitors and the upkeep of national "
            "parks, beaches and tourist police stations", None),
        (D, "Chatchai Wongsawat", "This is not a tax to keep people away. It is an investment in the places they come to "
            "see,", None),
        (D, "Siriporn Thanakul", "the fee will be invisible for most travellers, because it will simply appear as one "
            "more line on the ticket.", None),
        (I, "Association of Thai Travel Agents", "it supported the principle", None),
        (I, "Association of Thai Travel Agents", "the ministry had not yet explained how refunds would work for "
            "travellers who cancel their trips", None),
        (D, "Wichai Ruangsri", "Every new charge is a reason for a family in Kuala Lumpur or Singapore to think about Bali "
            "or Vietnam instead.", None),
        (I, "Operators in the region’s source markets", "their clients had heard about the fee many times before", None),
        (D, "Melissa Tan", "For our groups it is a small amount,", None),
        (D, "Melissa Tan", "but the last time Thailand announced a fee, our clients asked us about it for a year and it "
            "never happened.", None),
        (I, "Melissa Tan", "her company would wait for the final rules before changing any package prices for the April "
            "school holidays", None),
        (P, "Board of Airline Representatives in Thailand", "less than four months", None),
        (P, "Board of Airline Representatives in Thailand", "unrealistic", None),
        (S, None, "digital arrival card", None),
        (I, "spokesperson for the Malaysian Association of Tour and Travel Agents", "the fee was unlikely to deter "
            "Malaysian visitors, who make up the largest group of arrivals by land, but that coach operators at the Sadao "
            "and Padang Besar checkpoints would need clear instructions", None),
        (I, "Ministry of Tourism and Sports", "Thailand received 35.5 million foreign visitors in 2024", None),
        (I, "Chatchai Wongsawat", "the fee would be reviewed after one year and that children under two, diplomats and "
            "holders of Thai work permits would be exempt", None),
    ],
    "actors": [
        actor("Ministry of Tourism and Sports", "government", title="tourism ministry", affiliation="Thailand",
              aliases=["Ministry of Tourism and Sports", "the ministry"], stance=1),
        actor("Chatchai Wongsawat", "person", title="Tourism and sports minister", affiliation="Government of Thailand",
              aliases=["Chatchai Wongsawat", "Chatchai", "Wongsawat"], stance=1),
        actor("Siriporn Thanakul", "person", title="TAT governor", affiliation="Tourism Authority of Thailand",
              aliases=["Siriporn Thanakul", "Siriporn", "Thanakul"], stance=1),
        actor("Association of Thai Travel Agents", "organisation", title="travel agents' association",
              affiliation="Thailand", aliases=["Association of Thai Travel Agents", "ATTA"], stance=0),
        actor("Wichai Ruangsri", "person", title="ATTA president", affiliation="Association of Thai Travel Agents",
              aliases=["Wichai Ruangsri", "Wichai", "Ruangsri"], stance=-1),
        actor("Operators in the region’s source markets", "group", title="tour operators", affiliation=None,
              aliases=["Operators in the region’s source markets"], stance=0),
        actor("Melissa Tan", "person", title="managing director", affiliation="Lion City Holidays (Singapore)",
              aliases=["Melissa Tan", "Tan"], stance=0),
        actor("Board of Airline Representatives in Thailand", "organisation", title="airlines' association",
              affiliation="Thailand", aliases=["Board of Airline Representatives in Thailand"], stance=-1),
        actor("spokesperson for the Malaysian Association of Tour and Travel Agents", "person",
              title="spokesperson (anonymous)", affiliation="Malaysian Association of Tour and Travel Agents",
              aliases=["spokesperson for the Malaysian Association of Tour and Travel Agents"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
