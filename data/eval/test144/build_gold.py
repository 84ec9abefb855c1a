"""Build the test144 gold files (data/eval/test144/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test144/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test144.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test144"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Riviera Maya News (Mexico) disaster/local government (colonias flooded after a tropical storm), headline
#    without speech, dateline "Playa del Carmen, Q.R. —", straight " and apostrophes, US punctuation inside
#    closing marks; content before "according to Quintana Roo Civil Protection"; photo caption ending
#    "(Photo: Riviera Maya News)" (not annotated); resident named after her quote, then a quote-only
#    paragraph; mayor "said A and that B" (one span), quote with "Balam Poot said", "She added that A";
#    councilor "accused the administration of spending on "..." projects ..." (partial only), "he said";
#    Civil Protection coordinator "told reporters that A and that the water would take "..." to drain ..."
#    (indirect plus partial), "According to Montejo, A"; group "Hotel operators said A"; anonymous hotel
#    general manager named by role after the quote; Conagua "said in a bulletin that A"; "Not everyone blames
#    the city." (no speech) then a quote with "said Mario Hernández"; scare so-called "Plan Lluvias,"
#    (comma inside); last line "Balam Poot said A".
ARTICLES[f"{BATCH}/playa-del-carmen-storm-flooding.gold.json"] = {
    "article": f"{BATCH}/playa-del-carmen-storm-flooding.txt",
    "target": "Solidaridad municipal government",
    "quotes": [
        (I, "Quintana Roo Civil Protection", "Streets in Colosio, Villas del Sol and Ejido remained under water and at "
            "least 1,400 homes had been affected", None),
        (D, "Guadalupe Canul", "The water came into the house at two in the morning. We put the children on the table "
            "and waited,", None),
        (D, "Guadalupe Canul", "It happens every year, and every year they promise new drains.", None),
        (I, "Rocío Balam Poot", "municipal crews had unblocked more than 200 storm drains since Monday and that six pump "
            "trucks were working around the clock in Colosio", None),
        (D, "Rocío Balam Poot", "No drainage system in the world can take 300 millimeters in two days. We are doing "
            "everything humanly possible,", None),
        (I, "Rocío Balam Poot", "the municipality would open a temporary shelter at the Unidad Deportiva for families "
            "who could not return home", None),
        (P, "Javier Ek Tun", "cosmetic", None),
        (D, "Javier Ek Tun", "They repaved Quinta Avenida twice in two years. In Colosio, the last drain was built in "
            "2009,", None),
        (I, "Adrián Montejo", "no deaths had been reported in the state", None),
        (P, "Adrián Montejo", "several more days", None),
        (I, "Adrián Montejo", "312 people were staying in shelters in Solidaridad on Tuesday night", None),
        (I, "Hotel operators", "the tourist zone was largely unaffected", None),
        (D, "general manager of a beachfront hotel", "Our guests barely noticed. The beach is open, the restaurants are "
            "open,", None),
        (I, "National Water Commission", "the rainfall in Playa del Carmen was the heaviest for any November since "
            "records began in 1998", None),
        (D, "Mario Hernández", "The rain was crazy, honestly. I don't think anybody could have stopped this,", None),
        (S, None, "Plan Lluvias,", None),
        (I, "Rocío Balam Poot", "28 of those wells had been completed", None),
    ],
    "actors": [
        actor("Quintana Roo Civil Protection", "government", title="state civil protection agency",
              affiliation="Quintana Roo", aliases=["Quintana Roo Civil Protection"], stance=None),
        actor("Guadalupe Canul", "person", title="resident of Colosio", affiliation=None,
              aliases=["Guadalupe Canul", "Canul"], stance=-1),
        actor("Rocío Balam Poot", "person", title="Solidaridad Mayor", affiliation="Solidaridad municipal government",
              aliases=["Rocío Balam Poot", "Balam Poot"], stance=1),
        actor("Javier Ek Tun", "person", title="opposition councilor", affiliation="Solidaridad council",
              aliases=["Javier Ek Tun", "Ek Tun"], stance=-1),
        actor("Adrián Montejo", "person", title="coordinator", affiliation="Quintana Roo Civil Protection",
              aliases=["Adrián Montejo", "Montejo"], stance=None),
        actor("Hotel operators", "group", title="hotel operators", affiliation=None, aliases=["Hotel operators"],
              stance=None),
        actor("general manager of a beachfront hotel", "person", title="hotel general manager (anonymous)",
              affiliation=None, aliases=["general manager of a beachfront hotel"], stance=None),
        actor("National Water Commission", "government", title="federal water agency", affiliation="Mexico",
              aliases=["National Water Commission", "Conagua"], stance=None),
        actor("Mario Hernández", "person", title="taxi driver from Villas del Sol", affiliation=None,
              aliases=["Mario Hernández", "Hernández"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Telegraph (India, Calcutta) heritage/local government (a listed mansion razed overnight), headline
#    without speech, "Our Special Correspondent" byline, dateline "Calcutta:", curly “ ” and ’, British
#    punctuation outside closing marks for fragments; group "Residents of the neighbourhood said A and that B"
#    (one span); resident named after her quote; mayoral council member "said the demolition had been carried
#    out “...” and that B" (partial plus indirect), quote with "Kundu told The Telegraph", Q&A "Asked how ...,
#    Kundu said: “...”"; architect "said the CMC’s heritage list had become “...”" (partial only), quote with
#    "she said" and a quote-only paragraph; owner "could not be reached"; lawyer "said his client had “...”
#    with the demolition and that B" (partial plus indirect); police officer "said A and that B"; anonymous CMC
#    official "said A", then "the official said"; Intach "said in a statement that it was “...” and that B";
#    scare so-called “heritage-lite” renovations; students "stood in silence" (no speech).
ARTICLES[f"{BATCH}/bowbazar-heritage-mansion-demolished.gold.json"] = {
    "article": f"{BATCH}/bowbazar-heritage-mansion-demolished.txt",
    "target": "Calcutta Municipal Corporation",
    "quotes": [
        (I, "Residents of the neighbourhood", "bulldozers arrived around 11pm and that by dawn only the facade’s "
            "cast-iron balcony was left standing in the rubble", None),
        (D, "Anindita Sen", "We heard the noise all night. When I came down in the morning, the whole house was gone. "
            "My grandfather used to tell me Vidyasagar had visited it,", None),
        (P, "Debasish Kundu", "without any permission whatsoever", None),
        (I, "Debasish Kundu", "the CMC had lodged a complaint with Bowbazar police station", None),
        (D, "Debasish Kundu", "The owner applied for permission to repair the roof, not to pull down the building. This "
            "is a criminal act and we will pursue it,", None),
        (D, "Debasish Kundu", "Our inspectors cannot stand guard outside every old house in the city.", None),
        (P, "Madhurima Basu", "a list of buildings waiting to fall", None),
        (D, "Madhurima Basu", "There are 1,300 buildings on that list, and the corporation has no idea how many are "
            "still standing. Nobody audits it,", None),
        (D, "Madhurima Basu", "If the CMC does not act now, Bowbazar will be a row of glass boxes in ten years.", None),
        (P, "Sanjay Poddar", "nothing to do", None),
        (I, "Sanjay Poddar", "the structure had been declared dangerous by a private engineer in August", None),
        (I, "officer at Bowbazar police station", "a case had been started under the Calcutta Municipal Corporation Act "
            "and that the contractor who operated the bulldozers had been questioned", None),
        (I, "senior CMC official", "the building department was short of inspectors", None),
        (D, "senior CMC official", "We have 16 posts sanctioned for this borough and seven filled. You do the maths,",
            None),
        (P, "Intach", "deeply shocked", None),
        (I, "Intach", "the corporation had ignored its warnings about the building since 2019", None),
        (S, None, "heritage-lite", None),
    ],
    "actors": [
        actor("Residents of the neighbourhood", "group", title="residents", affiliation=None,
              aliases=["Residents of the neighbourhood"], stance=None),
        actor("Anindita Sen", "person", title="neighbour, 62", affiliation=None, aliases=["Anindita Sen", "Sen"],
              stance=None),
        actor("Debasish Kundu", "person", title="mayoral council member (buildings)",
              affiliation="Calcutta Municipal Corporation", aliases=["Debasish Kundu", "Kundu"], stance=1),
        actor("Madhurima Basu", "person", title="conservation architect", affiliation=None,
              aliases=["Madhurima Basu", "Basu"], stance=-1),
        actor("Sanjay Poddar", "person", title="lawyer for the building's owner", affiliation=None,
              aliases=["Sanjay Poddar", "Poddar"], stance=None),
        actor("officer at Bowbazar police station", "person", title="police officer (unnamed)",
              affiliation="Bowbazar police station", aliases=["officer at Bowbazar police station"], stance=None),
        actor("senior CMC official", "person", title="CMC official (anonymous)",
              affiliation="Calcutta Municipal Corporation", aliases=["senior CMC official", "the official"],
              stance=0),
        actor("Intach", "organisation", title="heritage trust (Calcutta chapter)", affiliation=None,
              aliases=["Intach"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sheep Central (Australian livestock/wool trade press) business (a wool broker goes into administration),
#    headline without speech, byline with date, lede opening in capitals (WOOLGROWERS), straight " and
#    apostrophes (growers', can't), British punctuation outside closing marks, "Mr"; administrator "said the
#    company had been trading while "..." short of cash ..." (partial only), "He said A", quote with "Mr
#    Pendlebury told Sheep Central", "He said A"; director "said the business had been hit by "..." of ..."
#    (partial only), quote with "Mr Frew said", "He denied that A" (indirect without "that"); breeder "said
#    A", "she said" and a quote-only paragraph; industry body "said in a statement that the collapse had
#    exposed "..." in protections ..." (partial only), then "the statement said" (the body's direct); AWEX
#    "said A and that B"; anonymous exporter "said the firm had been slow to settle "..." and that B"
#    (partial plus indirect), then "the exporter said"; scare so-called "wool cheque" (glossed);
#    "Sheep Central has contacted ... for comment" (not speech).
ARTICLES[f"{BATCH}/tablelands-wool-administration.gold.json"] = {
    "article": f"{BATCH}/tablelands-wool-administration.txt",
    "target": "Tablelands Wool",
    "quotes": [
        (P, "Craig Pendlebury", "significantly", None),
        (I, "Craig Pendlebury", "about 340 growers had consigned wool that had been sold but not paid for", None),
        (D, "Craig Pendlebury", "Our first job is to find out exactly where the wool money went. At this stage I can't "
            "tell growers when, or whether, they will be paid in full,", None),
        (I, "Craig Pendlebury", "a first meeting of creditors would be held in Goulburn on December 15", None),
        (P, "Graham Frew", "a perfect storm", None),
        (D, "Graham Frew", "I'm gutted. These are my neighbours and my clients, some of them for 30 years. I never "
            "wanted anyone to be left out of pocket,", None),
        (I, "Graham Frew", "the company had used growers' wool proceeds to cover its own debts", None),
        (I, "Sally Dunstan", "she was owed $148,000 for 96 bales sold at the Sydney sale in October", None),
        (D, "Sally Dunstan", "That's our whole year's income from the clip. We've got shearers to pay and a bank manager "
            "who doesn't care whose fault it is,", None),
        (D, "Sally Dunstan", "We trusted them because everyone trusted them.", None),
        (P, "WoolProducers Australia", "a glaring gap", None),
        (D, "WoolProducers Australia", "Growers should not be the last people in the queue for money from their own "
            "wool,", None),
        (I, "Australian Wool Exchange", "Tablelands Wool's selling rights had been suspended and that its remaining "
            "lots would be withdrawn from this week's sales", None),
        (P, "exporter who bought wool through Tablelands", "for months", None),
        (I, "exporter who bought wool through Tablelands", "the trade had been talking about it since winter", None),
        (D, "exporter who bought wool through Tablelands", "Everyone in the trade knew they were stretched. Nobody "
            "wanted to say it out loud,", None),
        (S, None, "wool cheque", None),
    ],
    "actors": [
        actor("Craig Pendlebury", "person", title="administrator", affiliation="Pendlebury Advisory",
              aliases=["Craig Pendlebury", "Mr Pendlebury", "Pendlebury"], stance=0),
        actor("Graham Frew", "person", title="director", affiliation="Tablelands Wool",
              aliases=["Graham Frew", "Mr Frew", "Frew"], stance=1),
        actor("Sally Dunstan", "person", title="Crookwell Merino breeder", affiliation=None,
              aliases=["Sally Dunstan", "Dunstan"], stance=-1),
        actor("WoolProducers Australia", "organisation", title="growers' industry body", affiliation="Australia",
              aliases=["WoolProducers Australia"], stance=None),
        actor("Australian Wool Exchange", "organisation", title="wool market body", affiliation="Australia",
              aliases=["Australian Wool Exchange", "AWEX"], stance=0),
        actor("exporter who bought wool through Tablelands", "person", title="wool exporter (anonymous)",
              affiliation=None, aliases=["exporter who bought wool through Tablelands", "the exporter"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Oman Daily Observer labour (private schools must Omanise administrative jobs), headline without speech,
#    dateline line "MUSCAT, DEC 3", straight " and apostrophes, British punctuation outside closing marks,
#    "per cent"; lede content before "the Ministry of Labour said"; content before "according to the ministry"
#    (with its relative clause); undersecretary "said the decision was part of the ministry's plan to create
#    "..." for ..." (partial only), quote with "Dr al Rashdi said", "He added that A"; association "welcomed
#    the decision in principle (act) but said 18 months was "..." for ..." (partial only); deputy chairperson
#    named after her quote; anonymous school owner "told the Observer that A", "he said"; "Jobseekers welcomed
#    the move." (act); jobseeker named after his quote, then a quote-only paragraph; economist "said the
#    decision was "..." but warned that similar quotas ... had been met partly through "...", in which ..."
#    (two partials); ministry "said A and that schools could apply for a six-month extension only in "..."
#    (indirect plus partial).
ARTICLES[f"{BATCH}/oman-private-schools-omanisation.gold.json"] = {
    "article": f"{BATCH}/oman-private-schools-omanisation.txt",
    "target": "Ministry of Labour",
    "quotes": [
        (I, "Ministry of Labour", "Private schools in the Sultanate will have to fill all administrative and "
            "registration posts with Omani nationals by mid-2028 under a ministerial decision issued on Wednesday",
            None),
        (I, "Ministry of Labour", "The decision covers about 1,900 jobs in 780 private and international schools, which "
            "will have 18 months to comply", None),
        (P, "Salim bin Hamad al Rashdi", "sustainable jobs", None),
        (D, "Salim bin Hamad al Rashdi", "We have more than 4,000 registered jobseekers with diplomas in administration "
            "and secretarial work. There is no reason these posts should be held by expatriates,", None),
        (I, "Salim bin Hamad al Rashdi", "schools which failed to meet the deadline would face fines and a suspension "
            "of new work permits", None),
        (P, "Oman Private Schools Association", "too short", None),
        (D, "Aisha al Balushi", "Many of our parents are expatriates who need to be served in English, Hindi or "
            "Malayalam. We are not against Omanisation, we are asking for time to train,", None),
        (I, "owner of an Indian-curriculum school in Ruwi", "replacing his six registration clerks would raise his wage "
            "bill by about 40 per cent", None),
        (D, "owner of an Indian-curriculum school in Ruwi", "Either the fees go up or I close a branch. There is no "
            "third option,", None),
        (D, "Khalid al Maawali", "I have applied to 60 schools in two years. They always say they need someone who "
            "speaks Malayalam,", None),
        (D, "Khalid al Maawali", "Now maybe they will need someone who speaks Arabic.", None),
        (P, "Fatma al Hinai", "a sensible target", None),
        (P, "Fatma al Hinai", "ghost hiring", None),
        (I, "Ministry of Labour", "inspections would begin in January 2028", None),
        (P, "Ministry of Labour", "exceptional cases", None),
    ],
    "actors": [
        actor("Ministry of Labour", "government", title="ministry", affiliation="Oman",
              aliases=["Ministry of Labour", "the ministry", "The ministry"], stance=1),
        actor("Salim bin Hamad al Rashdi", "person", title="Undersecretary for Labour (Dr)",
              affiliation="Ministry of Labour",
              aliases=["Salim bin Hamad al Rashdi", "Dr Salim bin Hamad al Rashdi", "Dr al Rashdi", "al Rashdi"],
              stance=1),
        actor("Oman Private Schools Association", "organisation", title="schools' association", affiliation="Oman",
              aliases=["Oman Private Schools Association", "the association"], stance=0),
        actor("Aisha al Balushi", "person", title="deputy chairperson", affiliation="Oman Private Schools Association",
              aliases=["Aisha al Balushi", "al Balushi"], stance=0),
        actor("owner of an Indian-curriculum school in Ruwi", "person", title="school owner (anonymous)",
              affiliation=None, aliases=["owner of an Indian-curriculum school in Ruwi"], stance=-1),
        actor("Khalid al Maawali", "person", title="jobseeker, 26, diploma holder from Seeb", affiliation=None,
              aliases=["Khalid al Maawali", "al Maawali"], stance=1),
        actor("Fatma al Hinai", "person", title="economist (Dr)", affiliation=None,
              aliases=["Fatma al Hinai", "Dr Fatma al Hinai", "al Hinai"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
