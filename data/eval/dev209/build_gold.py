"""Build the dev209 gold files (data/eval/dev209/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev209/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev209.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev209"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Agência Brasil (Brazil, English service) labour (inspectors rescue workers from slave-like conditions at a
#    meatpacking plant), headline without speech, one "Published on ... By ... - Reporter - Agência Brasil -
#    Brasília" line, curly “ ” and no apostrophes, US spelling, "R$12 million", "(Dec. 3)"; lede content before "the
#    Ministry of Labor and Employment (MTE) reported on Wednesday"; "According to the ministry, A"; inspector "said
#    A", quote with "Figueiredo said" (her quote reports the workers) and a quote-only paragraph; prosecution
#    service "said A"; prosecutor "told Agência Brasil that outsourcing “...” for ..." (partial only); company "said
#    it was “...” by the findings and that B" (partial plus indirect), then a quote with "the statement said";
#    "identified by the ministry as ..." and "could not be reached for comment" (not annotated); anonymous worker
#    "One of the rescued workers, ..., who asked not to be identified, said A", "he said" (his quote contains "they
#    said"); confederation "said A"; exporters' association "said in a note that A and that the sector “...” ..."
#    (indirect plus partial); scare so-called “dirty list” (glossed); content before "the MTE said".
ARTICLES[f"{BATCH}/serra-azul-meatpacker-workers-rescued.gold.json"] = {
    "article": f"{BATCH}/serra-azul-meatpacker-workers-rescued.txt",
    "target": "Frigorífico Serra Azul",
    "quotes": [
        (I, "Ministry of Labor and Employment", "Federal labor inspectors rescued 64 workers from conditions analogous to "
            "slavery at a cattle-processing plant run by Frigorífico Serra Azul in the municipality of Juara, in "
            "northern Mato Grosso", None),
        (I, "Ministry of Labor and Employment", "the workers, most of them from Maranhão and Piauí, had been hired "
            "through an outsourcing company and were housed in wooden barracks without drinking water, beds or "
            "bathrooms", None),
        (I, "Renata Figueiredo", "some of the workers had been on shifts of up to 16 hours a day in the cold rooms, "
            "without protective clothing", None),
        (D, "Renata Figueiredo", "We found men sleeping on pieces of cardboard next to the cattle pens. Several of them "
            "told us they had not been paid since September and owed money to the company canteen for their own food,",
            None),
        (D, "Renata Figueiredo", "This is what debt bondage looks like in 2026.", None),
        (I, "Labor Prosecution Service", "it would file a public civil action seeking R$12 million in collective moral "
            "damages from the company", None),
        (P, "Gustavo Teixeira", "does not exempt the meatpacker from responsibility", None),
        (P, "Frigorífico Serra Azul", "surprised", None),
        (I, "Frigorífico Serra Azul", "the workers had been hired by a third-party contractor, whose contract it had "
            "already terminated", None),
        (D, "Frigorífico Serra Azul", "The company has always complied with labor legislation and is collaborating fully "
            "with the authorities,", None),
        (I, "One of the rescued workers", "he had traveled more than 2,000 kilometers after being promised a monthly "
            "salary of R$3,000", None),
        (D, "One of the rescued workers", "In two months I received R$400. The rest, they said, was for the bus ticket, "
            "the boots and the food,", None),
        (I, "National Confederation of Food Industry Workers", "the case showed that outsourcing in slaughterhouses "
            "should be banned", None),
        (I, "Brazilian Beef Exporters Association", "Frigorífico Serra Azul was not among its members", None),
        (P, "Brazilian Beef Exporters Association", "does not tolerate", None),
        (S, None, "dirty list", None),
        (I, "Ministry of Labor and Employment", "The rescued workers will receive three installments of emergency "
            "unemployment insurance and will be taken back to their home states by bus this week", None),
    ],
    "actors": [
        actor("Ministry of Labor and Employment", "government", title="ministry", affiliation="Brazil",
              aliases=["Ministry of Labor and Employment", "MTE", "the ministry"], stance=-1),
        actor("Renata Figueiredo", "person", title="labor inspector, coordinator of the operation",
              affiliation="Ministry of Labor and Employment", aliases=["Renata Figueiredo", "Figueiredo"], stance=-1),
        actor("Labor Prosecution Service", "government", title="labor prosecution service", affiliation="Brazil",
              aliases=["Labor Prosecution Service", "MPT"], stance=-1),
        actor("Gustavo Teixeira", "person", title="labor prosecutor", affiliation="Labor Prosecution Service",
              aliases=["Gustavo Teixeira", "Teixeira"], stance=-1),
        actor("Frigorífico Serra Azul", "organisation", title="meatpacker", affiliation=None,
              aliases=["Frigorífico Serra Azul", "the company", "the meatpacker"], stance=1),
        actor("One of the rescued workers", "person", title="rescued worker from Caxias, 23 (anonymous)",
              affiliation=None, aliases=["One of the rescued workers"], stance=-1),
        actor("National Confederation of Food Industry Workers", "organisation", title="union confederation",
              affiliation="Brazil", aliases=["National Confederation of Food Industry Workers", "CONTAC"], stance=-1),
        actor("Brazilian Beef Exporters Association", "organisation", title="exporters' association",
              affiliation="Brazil", aliases=["Brazilian Beef Exporters Association", "ABIEC"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. TradeArabia (Bahrain/Gulf business) labour regulation (new rules for food delivery riders), headline
#    "...; platforms warn of higher fees" without quote marks, dateline line "MANAMA, December 3, 2026", straight "
#    and apostrophes, US punctuation inside closing marks, "4pm", "BD1,000"; lede content before "the Labour Market
#    Regulatory Authority (LMRA) said"; chief executive named after his quote, "He said A"; content before
#    "according to LMRA data"; platform "said it supported the objective ... but warned that ... would "..." be
#    reflected ..." (indirect plus partial); its general manager "told TradeArabia the company had been given "..."
#    to comply" (partial only), "she said"; chamber "said it would ask the LMRA to extend ..." (indirect); rider
#    named before "said A", quote with "he said"; NGO "welcomed the resolution but said A" (the welcome an act); MP
#    "said the rules were "..."" (partial only); scare so-called "gig" model; "The LMRA said A and that B".
ARTICLES[f"{BATCH}/bahrain-delivery-riders-lmra-rules.gold.json"] = {
    "article": f"{BATCH}/bahrain-delivery-riders-lmra-rules.txt",
    "target": "Labour Market Regulatory Authority",
    "quotes": [
        (I, "Labour Market Regulatory Authority", "Food delivery platforms operating in Bahrain will have to provide "
            "accident insurance, shaded rest areas and a maximum 10-hour working day for all motorcycle riders from "
            "March 1, 2027", None),
        (D, "Adel Al Mannai", "Delivery riders are on the roads in 45-degree heat and in heavy traffic, and until now "
            "there was no clear framework for who is responsible for them. This resolution closes that gap,", None),
        (I, "Adel Al Mannai", "the authority had recorded 23 serious accidents involving delivery riders in the first ten "
            "months of the year, two of them fatal", None),
        (I, "Labour Market Regulatory Authority", "There are about 9,000 registered delivery riders in the kingdom, most "
            "of them from India, Pakistan and Bangladesh", None),
        (I, "Wasil", "it supported the objective of the rules", None),
        (P, "Wasil", "inevitably", None),
        (P, "Rania Khoury", "only three months", None),
        (D, "Rania Khoury", "We employ riders through licensed agencies, and most of them already have insurance. What we "
            "need is clarity on who pays for the rest areas and where they can be built,", None),
        (I, "Bahrain Chamber of Commerce and Industry", "it would ask the LMRA to extend the deadline to the end of 2027 "
            "for smaller restaurants that operate their own delivery fleets", None),
        (I, "Anil Kumar", "riders often worked 12 to 14 hours a day to earn enough from per-order payments", None),
        (D, "Anil Kumar", "This rule is good for us. In summer some riders faint at the traffic lights. But who will "
            "check that the companies follow it?", None),
        (I, "Migrant Workers Protection Society", "riders paid per order should also be guaranteed a minimum monthly "
            "income", None),
        (P, "Ali Al Nuaimi", "long overdue.", None),
        (S, None, "gig", None),
        (I, "Labour Market Regulatory Authority", "inspections would begin in April and that companies found in breach "
            "would face fines of up to BD1,000 per rider", None),
    ],
    "actors": [
        actor("Labour Market Regulatory Authority", "government", title="labour market regulator", affiliation="Bahrain",
              aliases=["Labour Market Regulatory Authority", "LMRA"], stance=1),
        actor("Adel Al Mannai", "person", title="chief executive", affiliation="Labour Market Regulatory Authority",
              aliases=["Adel Al Mannai", "Al Mannai"], stance=1),
        actor("Wasil", "organisation", title="delivery app", affiliation=None, aliases=["Wasil"], stance=0),
        actor("Rania Khoury", "person", title="general manager for Bahrain", affiliation="Wasil",
              aliases=["Rania Khoury", "Khoury"], stance=-1),
        actor("Bahrain Chamber of Commerce and Industry", "organisation", title="chamber of commerce",
              affiliation="Bahrain", aliases=["Bahrain Chamber of Commerce and Industry", "BCCI"], stance=0),
        actor("Anil Kumar", "person", title="delivery rider from Kerala, 34", affiliation=None,
              aliases=["Anil Kumar", "Kumar"], stance=1),
        actor("Migrant Workers Protection Society", "organisation", title="migrant workers' NGO", affiliation="Bahrain",
              aliases=["Migrant Workers Protection Society", "MWPS"], stance=0),
        actor("Ali Al Nuaimi", "person", title="MP", affiliation="Bahrain parliament",
              aliases=["Ali Al Nuaimi", "Al Nuaimi"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. just-drinks (UK drinks trade press) business (a brewer closes a brewery), headline without speech, "By ... |
#    3 December 2026" line, British curly single quotes ‘ ’ with ’ apostrophes (`don’t` inside a quote, `group’s`,
#    `site’s`, `company’s` outside), "£9m", "50%"; lede "is to close" (the writer's); company "said the Burton site
#    was running at ‘...’ and that B" (partial plus indirect); chief executive "told analysts on a conference call
#    ... that the decision had been ‘...’" (partial only), quote split by "she said", "Armitage said A"; scare
#    so-called ‘one brewery’ plan (glossed); union "said it would ‘...’ and accused the company of putting
#    shareholders before a workforce that had ‘...’" (two partials); organiser "said: ‘...’"; MP "said A and would
#    B" (one span), "she said"; "Analysts were more relaxed." (no speech); analyst "said the closure was ‘...’ and
#    that B" (partial plus indirect); trade body "said brewers faced ‘...’ of ..., and warned that B" (partial plus
#    indirect); "Harrowgate, which owns ..., said A".
ARTICLES[f"{BATCH}/harrowgate-brewing-burton-closure.gold.json"] = {
    "article": f"{BATCH}/harrowgate-brewing-burton-closure.txt",
    "target": "Harrowgate Brewing Group",
    "quotes": [
        (P, "Harrowgate Brewing Group", "less than 50% of capacity", None),
        (I, "Harrowgate Brewing Group", "the move would save around £9m a year from 2028", None),
        (P, "Louise Armitage", "extremely difficult", None),
        (D, "Louise Armitage", "Burton is where this company started, and nobody here takes that lightly,", None),
        (D, "Louise Armitage", "But UK beer volumes have fallen in eight of the last ten years, and we cannot run two "
            "breweries for a market that is shrinking.", None),
        (I, "Louise Armitage", "staff would be offered roles in Tadcaster where possible, along with relocation support",
            None),
        (S, None, "one brewery", None),
        (P, "GMB", "fight for every job", None),
        (P, "GMB", "kept the beer flowing through the pandemic", None),
        (D, "Dean Whitcombe", "Some of these people have worked at Burton for 30 years. Their fathers worked there. You "
            "don’t replace that with a relocation package 90 miles away.", None),
        (I, "Hannah Pryce", "she had asked to meet the company’s board and would raise the closure in Parliament", None),
        (D, "Hannah Pryce", "This is a hammer blow for the town that gave the world pale ale,", None),
        (P, "Tom Redfern", "sensible housekeeping", None),
        (I, "Tom Redfern", "further consolidation among mid-sized UK brewers was likely in 2027", None),
        (P, "British Beer and Pub Association", "a perfect storm", None),
        (I, "British Beer and Pub Association", "more than 60 breweries had closed in the UK in the past year", None),
        (I, "Harrowgate Brewing Group", "the closure would not affect its estate or the availability of its beers", None),
    ],
    "actors": [
        actor("Harrowgate Brewing Group", "organisation", title="brewer", affiliation=None,
              aliases=["Harrowgate Brewing Group", "Harrowgate", "The company"], stance=1),
        actor("Louise Armitage", "person", title="chief executive", affiliation="Harrowgate Brewing Group",
              aliases=["Louise Armitage", "Armitage"], stance=1),
        actor("GMB", "organisation", title="union", affiliation=None, aliases=["GMB"], stance=-1),
        actor("Dean Whitcombe", "person", title="GMB regional organiser", affiliation="GMB",
              aliases=["Dean Whitcombe", "Whitcombe"], stance=-1),
        actor("Hannah Pryce", "person", title="Labour MP for Burton and Uttoxeter", affiliation="Labour",
              aliases=["Hannah Pryce", "Pryce"], stance=-1),
        actor("Tom Redfern", "person", title="analyst", affiliation="Kingsbridge Securities",
              aliases=["Tom Redfern", "Redfern"], stance=1),
        actor("British Beer and Pub Association", "organisation", title="trade body", affiliation=None,
              aliases=["British Beer and Pub Association"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. PACNEWS (Pacific regional news service, from Cook Islands News) science/environment (a seabed mining trial's
#    sediment plume), headline without speech, dateline "RAROTONGA, 03 DECEMBER 2026 (COOK ISLANDS NEWS/PACNEWS)
#    ---", sign-off "....PACNEWS", straight " and apostrophes, British spelling, macron in "Māori"; lede content
#    before "according to independent scientists who monitored the operation"; scare "sometimes called "potatoes
#    of the deep"" (by nobody named); ecologist "said A", quote with "Marsters said" (her quote reports the
#    company's impact statement) and a quote-only paragraph; company "said in a statement that A and that its own
#    sensors showed "..." outside ..." (indirect plus partial); chief executive "told PACNEWS the trial had met
#    "..." set by the regulator" (partial only), "he said"; regulator "said A and would B" (one span); minister
#    "said the government would "..." and that B" (partial plus indirect); NGO "said A"; director named after her
#    quote ("said the society's director, Mereana Tuara"); group "Fishermen on Aitutaki said A but wanted B" (one
#    span).
ARTICLES[f"{BATCH}/cook-islands-seabed-mining-plume.gold.json"] = {
    "article": f"{BATCH}/cook-islands-seabed-mining-plume.txt",
    "target": "Moana Deep Minerals",
    "quotes": [
        (I, "independent scientists", "A seabed mining trial in Cook Islands waters produced a sediment plume that spread "
            "more than 30 kilometres from the test site, far beyond what the company had predicted", None),
        (S, None, "potatoes of the deep", None),
        (I, "Teina Marsters", "the plume had remained in the water column for at least 11 days", None),
        (D, "Teina Marsters", "The company's environmental impact statement said the plume would settle within two "
            "kilometres and within 48 hours. What we measured is fifteen times that distance,", None),
        (D, "Teina Marsters", "We are not saying the ocean is destroyed. We are saying the models were wrong, and that "
            "matters before anyone talks about commercial mining.", None),
        (I, "Moana Deep Minerals", "the monitoring data had not been peer reviewed", None),
        (P, "Moana Deep Minerals", "no significant impact", None),
        (P, "Andrew Kelleher", "every condition", None),
        (D, "Andrew Kelleher", "This is exactly why you do a trial. We collect the data, we share it, and the regulator "
            "decides. That is responsible development,", None),
        (I, "Seabed Minerals Authority", "it had received both sets of data and would commission an independent review "
            "before considering any application for commercial mining", None),
        (P, "Tuaine Rima", "follow the science", None),
        (I, "Tuaine Rima", "no decision on commercial licences would be made before 2028", None),
        (I, "Te Ipukarea Society", "the findings vindicated its calls for a moratorium on seabed mining across the "
            "Pacific", None),
        (D, "Mereana Tuara", "The ocean is our food and our culture. We cannot trade it for a few years of royalties,",
            None),
        (I, "Fishermen on Aitutaki", "they had not noticed any change in their catches but wanted the results of the "
            "monitoring explained to the public in Cook Islands Māori", None),
    ],
    "actors": [
        actor("independent scientists", "group", title="independent monitoring scientists", affiliation=None,
              aliases=["independent scientists"], stance=-1),
        actor("Teina Marsters", "person", title="deep-sea ecologist, independent monitoring team", affiliation=None,
              aliases=["Teina Marsters", "Marsters"], stance=-1),
        actor("Moana Deep Minerals", "organisation", title="seabed mining company", affiliation=None,
              aliases=["Moana Deep Minerals"], stance=1),
        actor("Andrew Kelleher", "person", title="chief executive", affiliation="Moana Deep Minerals",
              aliases=["Andrew Kelleher", "Kelleher"], stance=1),
        actor("Seabed Minerals Authority", "government", title="seabed minerals regulator", affiliation="Cook Islands",
              aliases=["Seabed Minerals Authority", "SBMA"], stance=0),
        actor("Tuaine Rima", "person", title="Seabed Minerals Minister", affiliation="Cook Islands government",
              aliases=["Tuaine Rima", "Rima"], stance=0),
        actor("Te Ipukarea Society", "organisation", title="environmental group", affiliation="Cook Islands",
              aliases=["Te Ipukarea Society"], stance=-1),
        actor("Mereana Tuara", "person", title="director", affiliation="Te Ipukarea Society",
              aliases=["Mereana Tuara", "Tuara"], stance=-1),
        actor("Fishermen on Aitutaki", "group", title="fishermen", affiliation=None, aliases=["Fishermen on Aitutaki"],
              stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
