"""Build the dev228 gold files (data/eval/dev228/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev227/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev228/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev228.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev228"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Voice (Botswana, weekly) local government/water (a village goes three weeks without water after boreholes
#    break down), headline without speech, byline in capitals, British straight single quotes '...' (apostrophes in
#    "village's", "WUC's", "boreholes'" outside), "P5", "P120 million"; group "Residents of Lentsweletau say A"
#    (present tense; the participle "leaving ..." is the writer's); chief "told WUC officials that the village had
#    been '...'" (partial only), "he said", then a quote-only paragraph; area manager in an apposition "apologised ...
#    and said A" (the apology is an act), quote split by "she told the meeting", "She said A"; resident named after
#    her quote; scare so-called 'emergency tank'; councillor "said the breakdowns were the result of '...' and that B"
#    (partial plus indirect); corporation statement "said A and that Lentsweletau was '...'" (indirect plus partial);
#    anonymous technician "who spoke to The Voice on condition of anonymity, said A"; MP in an apposition "said A",
#    "he said".
ARTICLES[f"{BATCH}/lentsweletau-boreholes-wuc.gold.json"] = {
    "article": f"{BATCH}/lentsweletau-boreholes-wuc.txt",
    "target": "Water Utilities Corporation",
    "quotes": [
        (I, "Residents of Lentsweletau", "they have gone three weeks without running water after two of the village's "
            "four boreholes broke down", None),
        (P, "Mothibi Sebele", "forgotten", None),
        (D, "Mothibi Sebele", "We reported the first borehole in October. We were told a pump was coming from Gaborone. "
            "It is now December and we are still waiting,", None),
        (D, "Mothibi Sebele", "Our elderly cannot push wheelbarrows to the standpipe in Gakuto every day.", None),
        (I, "Onalenna Dikgang", "the replacement pumps had arrived in the country last week", None),
        (D, "Onalenna Dikgang", "I will not stand here and make excuses. The delay was too long, and we own that,", None),
        (D, "Onalenna Dikgang", "The pumps will be installed by Friday.", None),
        (I, "Onalenna Dikgang", "the corporation was delivering water by bowser to four points in the village twice a "
            "day", None),
        (D, "Mpho Ramotswa", "The bowser comes at 2pm when people are at work, and by 4pm it is empty,", None),
        (S, None, "emergency tank", None),
        (P, "Thato Kgari", "years of neglect", None),
        (I, "Thato Kgari", "the council had written to WUC three times since 2024", None),
        (I, "Water Utilities Corporation", "ageing infrastructure in rural Kweneng was being replaced under a P120 million "
            "programme", None),
        (P, "Water Utilities Corporation", "a priority village", None),
        (I, "WUC technician", "spare parts for the boreholes' pumps had not been ordered until November", None),
        (I, "Keletso Pheto", "he would raise the matter in Parliament next week", None),
        (D, "Keletso Pheto", "This is not a village problem, it is a national problem. Every week I hear the same story "
            "from another village, and every week WUC has a new excuse,", None),
    ],
    "actors": [
        actor("Residents of Lentsweletau", "group", title="villagers", affiliation=None,
              aliases=["Residents of Lentsweletau"], stance=-1),
        actor("Mothibi Sebele", "person", title="Kgosi (village chief)", affiliation="Lentsweletau",
              aliases=["Mothibi Sebele", "Kgosi Mothibi Sebele", "Sebele"], stance=-1),
        actor("Onalenna Dikgang", "person", title="Kweneng area manager", affiliation="Water Utilities Corporation",
              aliases=["Onalenna Dikgang", "Dikgang"], stance=0),
        actor("Mpho Ramotswa", "person", title="resident, mother of three", affiliation=None,
              aliases=["Mpho Ramotswa", "Ramotswa"], stance=-1),
        actor("Thato Kgari", "person", title="area councillor", affiliation="Kweneng District Council",
              aliases=["Thato Kgari", "Kgari"], stance=-1),
        actor("Water Utilities Corporation", "organisation", title="state water utility", affiliation="Botswana",
              aliases=["Water Utilities Corporation", "WUC", "the corporation"], stance=1),
        actor("WUC technician", "person", title="technician (anonymous)", affiliation="Water Utilities Corporation",
              aliases=["WUC technician"], stance=-1),
        actor("Keletso Pheto", "person", title="Member of Parliament for the area", affiliation="Parliament of Botswana",
              aliases=["Keletso Pheto", "Pheto"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Global Coffee Report (coffee trade press) agriculture/trade (Honduras's coffee institute sets a minimum export
#    price), headline without quote marks, byline, curly “ ” and ’, "A$"; lede content before "the institute announced
#    last week", then "in a move it says will protect smallholders from “...”" (partial); content before "according to
#    the resolution published by the institute’s board"; scare known in the trade as “microlots,”; general manager's
#    quote with "told Global Coffee Report", "Paz said A", "he said"; "Exporters reacted with alarm" (no speech);
#    association "said in a statement that the rule would make ... “...” and that B" (partial plus indirect); anonymous
#    exporter "who asked not to be named ..., said A", quote split by "the exporter said"; "Smallholder cooperatives ...
#    welcomed the measure" (act); farmer named after her quote, then a quote-only paragraph; roaster in an apposition
#    "said A", "he said"; content before "according to the US Department of Agriculture (USDA)"; closing "IHCAFE has
#    said A".
ARTICLES[f"{BATCH}/honduras-coffee-minimum-export-price.gold.json"] = {
    "article": f"{BATCH}/honduras-coffee-minimum-export-price.txt",
    "target": "Honduran Coffee Institute",
    "quotes": [
        (I, "Honduran Coffee Institute", "The Honduran Coffee Institute (IHCAFE) will require all green coffee export "
            "contracts to be registered at or above a minimum price from 1 February", None),
        (P, "Honduran Coffee Institute", "abusive discounts.", None),
        (I, "Honduran Coffee Institute", "The floor will be set each month at the New York futures price minus a fixed "
            "differential", None),
        (S, None, "microlots,", None),
        (D, "Rigoberto Paz", "For years, buyers have used Honduran coffee to balance their blends at the cheapest possible "
            "price. That ends now,", None),
        (I, "Rigoberto Paz", "around 90 per cent of the country’s 120,000 coffee producers farmed fewer than five "
            "hectares and were the first to suffer when discounts widened", None),
        (D, "Rigoberto Paz", "When a container leaves Puerto Cortés at 40 cents under the market, it is the family in "
            "Santa Bárbara that pays for it,", None),
        (P, "Honduran Coffee Exporters Association", "uncompetitive against Brazil and Vietnam", None),
        (I, "Honduran Coffee Exporters Association", "buyers would simply shift to other origins", None),
        (I, "exporter in San Pedro Sula", "two European buyers had already asked to move shipments forward to January to "
            "avoid the floor", None),
        (D, "exporter in San Pedro Sula", "Nobody is against farmers getting paid more,", None),
        (D, "exporter in San Pedro Sula", "But you cannot set a price by decree and expect the world to follow.", None),
        (D, "Dilcia Maldonado", "We sell our coffee and then we find out how much we got,", None),
        (D, "Dilcia Maldonado", "With a floor, at least we know where the bottom is.", None),
        (I, "James Kettle", "the change would add about A$0.40 a kilo to the company’s Honduran purchases", None),
        (D, "James Kettle", "That’s manageable for us. For the big blenders buying on price, it may not be,", None),
        (I, "US Department of Agriculture", "Honduras is Central America’s largest coffee producer and exported about "
            "5.4 million 60-kilogram bags in the 2024/25 season", None),
        (I, "Honduran Coffee Institute", "it will review the floor after six months", None),
    ],
    "actors": [
        actor("Honduran Coffee Institute", "government", title="national coffee institute", affiliation="Honduras",
              aliases=["Honduran Coffee Institute", "IHCAFE", "the institute"], stance=1),
        actor("Rigoberto Paz", "person", title="general manager", affiliation="Honduran Coffee Institute",
              aliases=["Rigoberto Paz", "Paz"], stance=1),
        actor("Honduran Coffee Exporters Association", "organisation", title="exporters' association",
              affiliation="Honduras", aliases=["Honduran Coffee Exporters Association", "ADECAFEH"], stance=-1),
        actor("exporter in San Pedro Sula", "person", title="coffee exporter (anonymous)", affiliation=None,
              aliases=["exporter in San Pedro Sula", "the exporter"], stance=-1),
        actor("Dilcia Maldonado", "person", title="coffee grower, chairs a women's cooperative",
              affiliation="cooperative near Sinuapa, Ocotepeque", aliases=["Dilcia Maldonado", "Maldonado"], stance=1),
        actor("James Kettle", "person", title="head of green coffee", affiliation="Kettle & Crane Roasters",
              aliases=["James Kettle", "Kettle"], stance=0),
        actor("US Department of Agriculture", "government", title="agriculture department", affiliation="United States",
              aliases=["US Department of Agriculture", "USDA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Albanian Daily News (Tirana) courts/corruption (anti-corruption prosecutors charge a mayor over a waste contract),
#    headline without quote marks, dateline "TIRANA, Dec 4 -", straight " and apostrophes; lede content before "the
#    prosecutors said on Wednesday" (the prosecutors are SPAK); "SPAK said the contract had been awarded ... to a
#    company "..." and that B" (partial plus indirect); "Prosecutors said A"; scare so-called "Clean Fier" campaign;
#    "denied the charges" (no content: not annotated); mayor's quote with "Hoxha told reporters outside the Special
#    Court", then a quote-only paragraph; lawyer in an apposition "said the ... case was built on "..."" (partial
#    only); judge "suspended Hoxha ..., saying he could otherwise "..."" (partial only); party "called the case "...""
#    (partial); MP named after his quote; party statement "said that A and that B" (one span); resident named after
#    his quote; group "Shopkeepers in the village of Levan, one of those named in the indictment, said A"; shopkeeper
#    named by first name only after his quote ("said one shopkeeper, Dritan, who gave only his first name").
ARTICLES[f"{BATCH}/fier-mayor-spak-waste-contract.gold.json"] = {
    "article": f"{BATCH}/fier-mayor-spak-waste-contract.txt",
    "target": "Ardit Hoxha",
    "quotes": [
        (I, "Special Prosecution Office against Corruption and Organised Crime", "Albania's Special Prosecution Office "
            "against Corruption and Organised Crime (SPAK) has charged Fier Mayor Ardit Hoxha with abuse of office and "
            "passive corruption over a 14 million euro waste collection contract", None),
        (P, "Special Prosecution Office against Corruption and Organised Crime", "created three weeks before the tender",
            None),
        (I, "Special Prosecution Office against Corruption and Organised Crime", "the municipality had paid it for "
            "collecting waste in villages where no trucks had been seen for months", None),
        (I, "Special Prosecution Office against Corruption and Organised Crime", "they had also seized two apartments in "
            "Vlora registered to the mayor's brother-in-law", None),
        (S, None, "Clean Fier", None),
        (D, "Ardit Hoxha", "I have never taken a single lek from anyone. This contract was approved by the municipal "
            "council and audited twice,", None),
        (D, "Ardit Hoxha", "I will prove it in court, and I will not resign.", None),
        (P, "Blerina Muça", "the testimony of a dismissed employee with a grudge.", None),
        (P, "Elona Prifti", "influence witnesses who remain municipal employees.", None),
        (P, "Democratic Party", "the tip of the iceberg.", None),
        (D, "Gent Shehu", "Fier is not an exception. Every municipality run by the Socialists has its own waste "
            "contract,", None),
        (I, "Socialist Party", "it respected the independence of the judiciary and that Hoxha's party membership had "
            "been suspended until the end of the proceedings", None),
        (D, "Arben Koçi", "He fixed the roads in our neighbourhood. I will wait for the court,", None),
        (I, "Shopkeepers in the village of Levan", "rubbish had piled up on the roadside for months at a time last year",
            None),
        (D, "Dritan", "We paid the waste tax like everyone else. We burned our rubbish behind the shops,", None),
    ],
    "actors": [
        actor("Special Prosecution Office against Corruption and Organised Crime", "government",
              title="anti-corruption prosecutors", affiliation="Albania",
              aliases=["Special Prosecution Office against Corruption and Organised Crime", "SPAK", "the prosecutors",
                       "Prosecutors"], stance=-1),
        actor("Ardit Hoxha", "person", title="Mayor of Fier", affiliation="Socialist Party",
              aliases=["Ardit Hoxha", "Hoxha", "the mayor"], stance=1),
        actor("Blerina Muça", "person", title="lawyer for Hoxha", affiliation=None,
              aliases=["Blerina Muça", "Muça"], stance=1),
        actor("Elona Prifti", "person", title="judge",
              affiliation="Special Court of First Instance for Corruption and Organised Crime",
              aliases=["Elona Prifti", "Judge Elona Prifti", "Prifti"], stance=-1),
        actor("Democratic Party", "organisation", title="opposition party", affiliation="Albania",
              aliases=["Democratic Party"], stance=-1),
        actor("Gent Shehu", "person", title="MP", affiliation="Democratic Party",
              aliases=["Gent Shehu", "Shehu"], stance=-1),
        actor("Socialist Party", "organisation", title="governing party (Hoxha's party)", affiliation="Albania",
              aliases=["Socialist Party"], stance=0),
        actor("Arben Koçi", "person", title="retired teacher, 61, Fier resident", affiliation=None,
              aliases=["Arben Koçi", "Koçi"], stance=1),
        actor("Shopkeepers in the village of Levan", "group", title="shopkeepers", affiliation=None,
              aliases=["Shopkeepers in the village of Levan"], stance=-1),
        actor("Dritan", "person", title="shopkeeper in Levan (first name only)", affiliation=None,
              aliases=["Dritan"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. NewsMaker (Moldova, English edition) energy/regulation (the regulator raises the household gas tariff by 18%),
#    headline without speech, dateline "Chișinău, 4 December 2026 –", curly “ ” and ’, "%", "lei", British punctuation
#    outside the marks ("predictable”." , "ruled out”."); "ANRE said A", "It said consumers also had to cover “...” of
#    ..." (partial only); director general named after her quote, "She said A"; scare so-called “energy vulnerability”
#    scheme (glossed); minister "said A and that B" (one span); party "called the decision “...” and said B" (partial
#    plus indirect); MP named after his quote; economist in an apposition "said the increase was “...”" (partial only),
#    quote with "he told NewsMaker"; anonymous "A government source told NewsMaker that a further increase ... “...”"
#    (partial only); "pensioners queued" (no speech); pensioner named after her quote; association "said A and that B"
#    (one span).
ARTICLES[f"{BATCH}/moldova-gas-tariff-anre.gold.json"] = {
    "article": f"{BATCH}/moldova-gas-tariff-anre.txt",
    "target": "National Energy Regulatory Agency",
    "quotes": [
        (I, "National Energy Regulatory Agency", "the new tariff reflected higher purchase prices on European markets",
            None),
        (P, "National Energy Regulatory Agency", "accumulated deviations", None),
        (D, "Veronica Cebotari", "Nobody at ANRE takes pleasure in raising prices in winter. But the alternative is a "
            "supplier that cannot pay for the gas, and then there is no gas at any price,", None),
        (I, "Veronica Cebotari", "households using less than 50 cubic metres a month would receive compensation from the "
            "state", None),
        (S, None, "energy vulnerability", None),
        (I, "Andrei Rusu", "the government had set aside 900 million lei for compensation this winter and that "
            "applications would open on 10 December", None),
        (P, "Party of Socialists", "an economic crime against pensioners", None),
        (I, "Party of Socialists", "it would ask the Constitutional Court to review ANRE’s methodology", None),
        (D, "Vasile Grosu", "ANRE has become a notary for the government’s mistakes. It stamps whatever is put in front "
            "of it,", None),
        (P, "Mihai Railean", "painful but predictable", None),
        (D, "Mihai Railean", "The methodology is transparent. What is missing is long-term contracts, which would make "
            "prices less volatile,", None),
        (P, "government source", "could not be ruled out", None),
        (D, "Elena Bostan", "My pension is 4,300 lei. Last January the heating bill alone was 2,100. I do not know how I "
            "will manage this year,", None),
        (I, "Consumer Protection Association", "it had received more than 300 complaints about gas bills since October "
            "and that the new tariff would push more families into arrears", None),
    ],
    "actors": [
        actor("National Energy Regulatory Agency", "government", title="energy regulator", affiliation="Moldova",
              aliases=["National Energy Regulatory Agency", "ANRE"], stance=1),
        actor("Veronica Cebotari", "person", title="director general", affiliation="National Energy Regulatory Agency",
              aliases=["Veronica Cebotari", "Cebotari"], stance=1),
        actor("Andrei Rusu", "person", title="Energy Minister", affiliation="Government of Moldova",
              aliases=["Andrei Rusu", "Rusu"], stance=None),
        actor("Party of Socialists", "organisation", title="opposition party", affiliation="Moldova",
              aliases=["Party of Socialists"], stance=-1),
        actor("Vasile Grosu", "person", title="MP", affiliation="Party of Socialists",
              aliases=["Vasile Grosu", "Grosu"], stance=-1),
        actor("Mihai Railean", "person", title="economist", affiliation="Expert-Grup",
              aliases=["Mihai Railean", "Railean"], stance=0),
        actor("government source", "person", title="government source (anonymous)", affiliation="Government of Moldova",
              aliases=["government source"], stance=0),
        actor("Elena Bostan", "person", title="pensioner, 72, Bălți", affiliation=None,
              aliases=["Elena Bostan", "Bostan"], stance=-1),
        actor("Consumer Protection Association", "organisation", title="consumer association", affiliation="Moldova",
              aliases=["Consumer Protection Association"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
