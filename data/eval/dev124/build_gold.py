"""Build the dev124 gold files (data/eval/dev124/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev124/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev124.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev124"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kurdistan24 (Gazprom Neft resumes drilling in Garmian despite Baghdad's objections), headline without
#    speech, "Kurdistan24 | 17 December 2026" line, "ERBIL, Kurdistan Region (Kurdistan24) –" dateline,
#    straight " and apostrophes. Lede content before "the Kurdistan Region's Ministry of Natural Resources
#    (MNR) said"; "In a statement, the ministry said A and that B"; "the statement read" (direct, the MNR);
#    scare so-called "oil file"; consul general in a title chain "told Kurdistan24 that Moscow regarded ... as
#    "..." and that Russian companies intended to expand ... "..."" (two partials only), "he said"; federal
#    ministry "said any contract ... was "...", citing ..." (partial only); spokesperson "said the ministry
#    would "..." against ..." (partial only), "he told reporters"; MP "said A", "she said"; group "Residents of
#    Kalar ... said A"; teacher named after his quote; analyst (male, named Dana) "said the decision showed that
#    Moscow "..." in Iraq" (partial only), "Rashid said"; "did not respond to a request for comment".
ARTICLES[f"{BATCH}/gazprom-neft-garmian-drilling.gold.json"] = {
    "article": f"{BATCH}/gazprom-neft-garmian-drilling.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Natural Resources", "Russia's Gazprom Neft has resumed drilling at the Sarqala field in the "
            "Garmian administration after a two-year suspension", None),
        (I, "Ministry of Natural Resources", "the Russian company had committed to drilling four new wells in 2027 and "
            "that output from the field was expected to reach 35,000 barrels per day by the end of that year", None),
        (D, "Ministry of Natural Resources", "The return of Gazprom Neft is a vote of confidence in the Kurdistan "
            "Region's energy sector and in the stability of our investment environment,", None),
        (S, None, "oil file", None),
        (P, "Dmitry Kalinin", "a reliable partner", None),
        (P, "Dmitry Kalinin", "in full respect of Iraqi law", None),
        (D, "Dmitry Kalinin", "Russia has never mixed politics with business here. Our companies came to Kurdistan when "
            "others were leaving, and they stayed,", None),
        (P, "Oil Ministry", "illegal", None),
        (P, "Hussein al-Tamimi", "take all legal measures", None),
        (D, "Hussein al-Tamimi", "We have no problem with Russian companies, or any other companies, working in Iraq. "
            "But they must work through Baghdad,", None),
        (I, "Sozan Mahmoud", "the terms of the deal had not been shared with lawmakers", None),
        (D, "Sozan Mahmoud", "Russian companies are welcome, but not in secret. Parliament has the right to see what "
            "the people of Garmian are getting in return,", None),
        (I, "Residents of Kalar", "gas flaring from the field had already worsened air quality before the suspension",
         None),
        (D, "Karwan Aziz", "At night the sky is orange. My children cough all winter,", None),
        (P, "Dana Rashid", "is playing a long game", None),
        (D, "Dana Rashid", "Moscow has Lukoil in Basra and Gazprom Neft in Garmian. It does not have to choose between "
            "Baghdad and Erbil, and that is exactly the point,", None),
    ],
    "actors": [
        actor("Ministry of Natural Resources", "government", affiliation="Kurdistan Regional Government",
              aliases=["Ministry of Natural Resources", "MNR", "the ministry"], stance=1),
        actor("Dmitry Kalinin", "person", title="Russian Consul General in Erbil", affiliation="Russia",
              aliases=["Dmitry Kalinin", "Kalinin"], stance=1),
        actor("Oil Ministry", "government", affiliation="Iraq (federal government)", aliases=["Oil Ministry"],
              stance=-1),
        actor("Hussein al-Tamimi", "person", title="Oil Ministry spokesperson", affiliation="Iraq (federal government)",
              aliases=["Hussein al-Tamimi", "al-Tamimi"], stance=-1),
        actor("Sozan Mahmoud", "person", title="member of the Kurdistan Parliament", affiliation="New Generation",
              aliases=["Sozan Mahmoud", "Mahmoud"], stance=0),
        actor("Residents of Kalar", "group", aliases=["Residents of Kalar"], stance=-1),
        actor("Karwan Aziz", "person", title="secondary school teacher", affiliation="Kalar",
              aliases=["Karwan Aziz", "Aziz"], stance=-1),
        actor("Dana Rashid", "person", title="energy analyst", affiliation="Middle East Research Institute (MERI)",
              aliases=["Dana Rashid", "Rashid"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Te Ao Māori News (Hamilton's mayor uses her casting vote to block the Kirikiriroa dual name), headline
#    without speech, "By ..., Te Ao Māori News" and date lines, straight " and apostrophes, macrons, te reo
#    words unglossed (iwi, waiata, kuia, mokopuna). Lede "a decision Waikato-Tainui says has "..."" (partial
#    only, the iwi); mayor "told the meeting she supported te reo Māori "...", but that B" (partial plus
#    indirect), "she said after the vote"; iwi executive chair "said A", quote with "Rāwiri told Te Ao Māori
#    News", "He said A"; Māori ward councillor "said the mayor had "..."", "he said"; councillor named Hope
#    "said A, "..." opposed to the change" (indirect plus partial), "Hope said the result was "..."" (partial);
#    scare banner "One City, One Name"; commission "said in a statement it was "..." and that dual names had
#    been adopted ... "..."" (two partials); kuia "said A", "she said"; association "welcomed the decision,
#    saying A"; closing "Whitlock said A".
ARTICLES[f"{BATCH}/kirikiriroa-dual-name-casting-vote.gold.json"] = {
    "article": f"{BATCH}/kirikiriroa-dual-name-casting-vote.txt",
    "target": "Donna Whitlock",
    "quotes": [
        (P, "Waikato-Tainui", "set the relationship back a decade", None),
        (P, "Donna Whitlock", "in our schools, our streets and our hearts", None),
        (I, "Donna Whitlock", "the council did not have a mandate to change the city's name without a referendum",
         None),
        (D, "Donna Whitlock", "This is not about whether I love this city's Māori history. I do. It's about whether "
            "fourteen people around a table get to rename a city of 190,000 without asking them,", None),
        (I, "Hemi Rāwiri", "the iwi had spent three years working with council staff on the proposal", None),
        (D, "Hemi Rāwiri", "Kirikiriroa was here long before Hamilton. We were not asking the council to erase "
            "anything. We were asking them to acknowledge what is already true,", None),
        (I, "Hemi Rāwiri", "Waikato-Tainui would now consider whether to keep its seats on several council committees",
         None),
        (P, "Kahu Pene", "chosen the comfortable option over the right one", None),
        (D, "Kahu Pene", "I'm gutted, but I'm not surprised. We'll bring it back after the election,", None),
        (I, "Angela Hope", "she had received more than 400 emails on the issue", None),
        (P, "Angela Hope", "the vast majority", None),
        (P, "Angela Hope", "democracy working, not failing", None),
        (S, None, "One City, One Name", None),
        (P, "Te Taura Whiri i te Reo Māori", "disappointed", None),
        (P, "Te Taura Whiri i te Reo Māori", "without the sky falling in", None),
        (I, "Mihi Kereopa", "she had cried when the result was read out", None),
        (D, "Mihi Kereopa", "My mokopuna will call it Kirikiriroa whatever the council says,", None),
        (I, "Hamilton Ratepayers' Association", "any change to the city's name should be put to voters", None),
        (I, "Donna Whitlock", "she would ask council staff to report back in February on the cost of holding a binding "
            "referendum alongside the 2028 local elections", None),
    ],
    "actors": [
        actor("Waikato-Tainui", "organisation", title="iwi", aliases=["Waikato-Tainui"], stance=-1),
        actor("Donna Whitlock", "person", title="Hamilton Mayor", affiliation="Hamilton City Council",
              aliases=["Donna Whitlock", "Whitlock", "the mayor"], stance=1),
        actor("Hemi Rāwiri", "person", title="Te Arataura chair", affiliation="Waikato-Tainui",
              aliases=["Hemi Rāwiri", "Rāwiri"], stance=-1),
        actor("Kahu Pene", "person", title="Māori ward councillor", affiliation="Hamilton City Council",
              aliases=["Kahu Pene", "Pene"], stance=-1),
        actor("Angela Hope", "person", title="Councillor", affiliation="Hamilton City Council",
              aliases=["Angela Hope", "Hope"], stance=1),
        actor("Te Taura Whiri i te Reo Māori", "organisation", title="Māori Language Commission",
              aliases=["Te Taura Whiri i te Reo Māori", "Māori Language Commission"], stance=-1),
        actor("Mihi Kereopa", "person", title="kuia, 78", aliases=["Mihi Kereopa", "Kereopa"], stance=-1),
        actor("Hamilton Ratepayers' Association", "organisation", aliases=["Hamilton Ratepayers' Association"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Himalayan Times (the Department of Tourism makes tracking devices mandatory on Everest), headline
#    without speech, "Himalayan News Service" and "KATHMANDU, DECEMBER 18" lines, straight " and apostrophes,
#    "Mt Everest", "$4,000". Lede without a cue (the writer's); director general "said A", "she told THT", "She
#    said A", "Koirala said the devices would also put an end to "..." claims" (partial only); EOAN "said the
#    decision had been taken "..." with the industry and that B" (partial plus indirect); association president
#    named after his quote; guide "said A but that B" (one span), "he said"; two Sherpas share the surname
#    (never used alone); foreign climber after "Foreign climbers, too, were unhappy." (not speech), named after
#    her quote; minister "defended the decision in Parliament, saying Nepal could not continue to be "...""
#    (partial only); "According to the DoT, A"; scare so-called "conga line".
ARTICLES[f"{BATCH}/everest-tracking-devices-dot.gold.json"] = {
    "article": f"{BATCH}/everest-tracking-devices-dot.txt",
    "target": "Department of Tourism",
    "quotes": [
        (I, "Bimala Koirala", "the new rule was aimed at speeding up rescue operations on the mountain", None),
        (D, "Bimala Koirala", "When a climber goes missing above Camp IV, every hour counts. Until now we have been "
            "searching blind,", None),
        (I, "Bimala Koirala", "the deposit would be returned once the devices were handed back at the end of an "
            "expedition", None),
        (P, "Bimala Koirala", "fake summit", None),
        (P, "Expedition Operators' Association of Nepal", "without any consultation", None),
        (I, "Expedition Operators' Association of Nepal", "the deposit would push more climbers towards the Tibetan "
            "side of the mountain", None),
        (D, "Dawa Gyalje Sherpa", "We are not against safety. We are against rules made in an office in Kathmandu by "
            "people who have never been to Base Camp,", None),
        (I, "Pasang Nuru Sherpa", "the devices were welcome but that most rescues failed because helicopters could not "
            "fly in bad weather, not because climbers could not be found", None),
        (D, "Pasang Nuru Sherpa", "A chip in your jacket will not bring a helicopter through a storm,", None),
        (D, "Marta Wilk", "For a small team like ours, another $4,000 per person that we have to find months before "
            "the trip is a real problem,", None),
        (P, "Prakash Bahadur Thapa", "the cheapest rescue service in the world", None),
        (I, "Department of Tourism", "478 climbers were issued Everest permits in the spring 2026 season and 11 died on "
            "the mountain, most of them above 8,000 metres", None),
        (S, None, "conga line", None),
    ],
    "actors": [
        actor("Bimala Koirala", "person", title="Director General", affiliation="Department of Tourism",
              aliases=["Bimala Koirala", "Koirala"], stance=1),
        actor("Expedition Operators' Association of Nepal", "organisation",
              aliases=["Expedition Operators' Association of Nepal", "EOAN"], stance=-1),
        actor("Dawa Gyalje Sherpa", "person", title="president",
              affiliation="Expedition Operators' Association of Nepal", aliases=["Dawa Gyalje Sherpa"], stance=-1),
        actor("Pasang Nuru Sherpa", "person", title="mountain guide (19 Everest summits)",
              aliases=["Pasang Nuru Sherpa"], stance=0),
        actor("Marta Wilk", "person", title="Polish climber", aliases=["Marta Wilk", "Wilk"], stance=-1),
        actor("Prakash Bahadur Thapa", "person", title="Minister for Culture, Tourism and Civil Aviation",
              affiliation="Nepal", aliases=["Prakash Bahadur Thapa", "Thapa"], stance=1),
        actor("Department of Tourism", "government", affiliation="Nepal",
              aliases=["Department of Tourism", "DoT", "The department"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Romania Insider (postal workers strike at Poșta Română), headline without speech, "by ..." and date lines,
#    straight " and apostrophes, diacritics (ș, ț, ă), "RON 3,400 (EUR 680)", "15%". Lede content before
#    "according to the Federation of Postal Trade Unions (FSP)"; "The union said ... was "..." and had not been
#    adjusted ..." (partial only: no second subject); scare so-called "loyalty bonus"; union president named
#    after his quote ("told Romania Insider"), "Ionescu said A and that B"; company "In a statement, ... said it
#    had offered ..., "...", and accused the union of "..."" (indirect plus two partials); "The company, which
#    ..., said A"; director general named after his quote ("told Digi24"); ministry "said A"; anonymous courier
#    spokesperson "said A and was ready ..." (one span); "According to Ziarul Financiar, A"; pensioner "said A",
#    "she said".
ARTICLES[f"{BATCH}/posta-romana-strike-pay.gold.json"] = {
    "article": f"{BATCH}/posta-romana-strike-pay.txt",
    "target": "Poșta Română",
    "quotes": [
        (I, "Federation of Postal Trade Unions", "Around 6,000 employees of state-owned postal operator Poșta Română "
            "began a strike on Friday, December 18, demanding a 15% pay rise", None),
        (P, "Federation of Postal Trade Unions", "among the lowest in the public sector", None),
        (S, None, "loyalty bonus", None),
        (D, "Cătălin Ionescu", "Postmen walk 20 kilometres a day, in rain and snow, for the minimum wage plus a few "
            "hundred lei. At Christmas they carry twice as much, for the same money,", None),
        (I, "Cătălin Ionescu", "post offices in Bucharest, Iași, Cluj-Napoca and Timișoara would remain closed on "
            "Friday and Saturday and that parcel deliveries would be suspended nationwide until at least Monday", None),
        (I, "Poșta Română", "it had offered an 8% increase from January", None),
        (P, "Poșta Română", "the maximum that the company's financial situation allows", None),
        (P, "Poșta Română", "taking the holidays hostage", None),
        (I, "Poșta Română", "pensions and social benefits would still be delivered on time", None),
        (D, "Valentin Ștefănescu", "We understand our colleagues' frustration. But we cannot pay salaries with money we "
            "do not have,", None),
        (I, "Ministry of Economy", "talks between the two sides would resume on Monday", None),
        (I, "spokesperson for one of Romania's largest private courier companies", "the firm had hired 300 temporary "
            "drivers for December and was ready to take on extra volumes", None),
        (I, "Ziarul Financiar", "Poșta Română has lost about a third of its share of the parcel market to private "
            "couriers since 2020", None),
        (I, "Elena Popa", "she had come to send a parcel to her grandson in Germany", None),
        (D, "Elena Popa", "The postman on our street has been coming for 25 years. If they are striking, they must "
            "have a reason,", None),
    ],
    "actors": [
        actor("Federation of Postal Trade Unions", "organisation",
              aliases=["Federation of Postal Trade Unions", "FSP", "The union", "the union"], stance=-1),
        actor("Cătălin Ionescu", "person", title="president", affiliation="Federation of Postal Trade Unions",
              aliases=["Cătălin Ionescu", "Ionescu"], stance=-1),
        actor("Poșta Română", "organisation", title="state-owned postal operator",
              aliases=["Poșta Română", "The company"], stance=1),
        actor("Valentin Ștefănescu", "person", title="general director", affiliation="Poșta Română",
              aliases=["Valentin Ștefănescu", "Ștefănescu"], stance=1),
        actor("Ministry of Economy", "government", affiliation="Romania", aliases=["Ministry of Economy"], stance=0),
        actor("spokesperson for one of Romania's largest private courier companies", "person",
              title="spokesperson (anonymous)", aliases=["spokesperson for one of Romania's largest private courier "
                                                         "companies"], stance=None),
        actor("Ziarul Financiar", "organisation", title="newspaper", aliases=["Ziarul Financiar"], stance=None),
        actor("Elena Popa", "person", title="pensioner, 71", aliases=["Elena Popa", "Popa"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
