"""Build the dev234 gold files (data/eval/dev234/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev234/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev234.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev234"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Stabroek News (Guyana) local government/floods (residents blame City Hall for clogged drains), headline with a
#    straight fragment "Albouystown residents say City Hall "asleep"", byline, straight " and apostrophes; lede without
#    speech; group "Residents of Albouystown said A and that B" (one span), then "Many accused the council of being
#    "..."" (partial only); resident named after her quote; neighbour "said A", then a quote with "he said" in the same
#    paragraph; mayor "told Stabroek News that A"; quote with "he said", split quote with "Mentore said." whose second
#    stretch runs open to the end of its paragraph, then a closed quote-only paragraph; scare so-called "green drains";
#    ministry "said in a statement A, and that "..." rested with City Hall" (indirect plus partial); anonymous ministry
#    official "said A", then "the official said"; councillor "said the contractor ... had "..."" (partial only);
#    content before "according to the Civil Defence Commission (CDC), which ..."; photo caption "(Photo by ...)".
ARTICLES[f"{BATCH}/georgetown-floods-city-hall-drains.gold.json"] = {
    "article": f"{BATCH}/georgetown-floods-city-hall-drains.txt",
    "target": "Mayor and City Council",
    "quotes": [
        (P, "Residents of Albouystown", "asleep", "Albouystown residents say"),
        (I, "Residents of Albouystown", "the drain along Hunter Street had been choked with garbage and silt for months "
            "and that they had reported it to City Hall at least three times", None),
        (P, "Residents of Albouystown", "asleep", "Many accused"),
        (D, "Desiree Fraser", "Every year is the same story. They come with the excavator after the water is in our "
            "house, not before,", None),
        (I, "Rohan Bissoon", "he had lost a refrigerator and two mattresses", None),
        (D, "Rohan Bissoon", "Who going to pay for that? Not the Mayor,", None),
        (I, "Alfred Mentore", "the council had cleared more than 40 kilometres of drains this year but lacked the money "
            "and the machines to do more", None),
        (D, "Alfred Mentore", "We have 11 excavators on paper and four that work. I have been writing to the Ministry of "
            "Local Government since March asking for help with equipment,", None),
        (D, "Alfred Mentore", "I am not going to stand here and let the council take all the blame for a storm that "
            "dropped a month of rain in one night,", None),
        (D, "Alfred Mentore", "The kokers worked. The pumps worked. What failed were the small drains, and those need "
            "money.", None),
        (D, "Alfred Mentore", "Georgetown's drainage was built for a city of 60,000 people. We are more than 200,000 now.",
            None),
        (S, None, "green drains", None),
        (I, "Ministry of Local Government and Regional Development", "it had allocated $120 million to the Mayor and City "
            "Council (M&CC) for drainage works this year", None),
        (P, "Ministry of Local Government and Regional Development", "accountability for how that money was spent", None),
        (I, "senior ministry official", "the council had not submitted a drainage maintenance plan for 2026", None),
        (D, "senior ministry official", "We cannot keep sending money into a black hole and then get blamed when it "
            "rains,", None),
        (P, "Nadira Khan", "not turned up once", None),
        (D, "Nadira Khan", "I have photographs of that drain from July. Nobody at City Hall can say they didn't know,",
            None),
        (I, "Civil Defence Commission", "About 3,000 households in Georgetown were affected by the flooding", None),
    ],
    "actors": [
        actor("Residents of Albouystown", "group", title="residents", affiliation="Albouystown, Georgetown",
              aliases=["Residents of Albouystown", "Albouystown residents"], stance=-1),
        actor("Desiree Fraser", "person", title="resident, 52", affiliation="Hunter Street, Albouystown",
              aliases=["Desiree Fraser", "Fraser"], stance=-1),
        actor("Rohan Bissoon", "person", title="resident (Fraser's neighbour)", affiliation="Albouystown",
              aliases=["Rohan Bissoon", "Bissoon"], stance=-1),
        actor("Alfred Mentore", "person", title="Mayor", affiliation="Mayor and City Council, Georgetown",
              aliases=["Alfred Mentore", "Mentore", "Mayor Alfred Mentore"], stance=1),
        actor("Ministry of Local Government and Regional Development", "government", title="ministry",
              affiliation="Guyana", aliases=["Ministry of Local Government and Regional Development"], stance=-1),
        actor("senior ministry official", "person", title="anonymous official",
              affiliation="Ministry of Local Government and Regional Development",
              aliases=["senior ministry official", "the official"], stance=-1),
        actor("Nadira Khan", "person", title="Councillor (Albouystown constituency)",
              affiliation="Mayor and City Council, Georgetown", aliases=["Nadira Khan", "Khan", "Councillor Nadira Khan"],
              stance=-1),
        actor("Civil Defence Commission", "government", title="disaster agency", affiliation="Guyana",
              aliases=["Civil Defence Commission", "CDC"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Focus Taiwan (CNA English, Taiwan) courts/labour (a court orders a fishing company to pay its Indonesian crew),
#    headline without speech, time stamp line, dateline "Kaohsiung, Dec. 3 (CNA)", curly “ ” with straight
#    apostrophes, Chinese characters after names; content before "according to the ruling"; "In its ruling, the
#    court said A "..." under ..., and that B" (partial plus indirect); one-name crew member (Suyanto) after his quote,
#    then "He told CNA outside the courthouse that A"; company lawyer "said A", split quote with "Lin said." (two
#    closed stretches); union "called the ruling “...”" (partial); secretary-general "said A", quote with "Chen said";
#    scare so-called “deposit system” (glossed); agency "said in a statement that A and that B" (one span); anonymous
#    agency official "told CNA that A"; fleet figures (no cue); "(By ...)" and "Enditem/ASG" lines.
ARTICLES[f"{BATCH}/kaohsiung-fishing-crew-wages-ruling.gold.json"] = {
    "article": f"{BATCH}/kaohsiung-fishing-crew-wages-ruling.txt",
    "target": "Hsin Yuan Fishery Co.",
    "quotes": [
        (I, "Kaohsiung District Court", "Hsin Yuan Fishery Co. withheld between 30 and 60 percent of the crew's monthly "
            "wages until the end of their contracts and never paid most of the money out", None),
        (P, "Kaohsiung District Court", "amounted to forced labor", None),
        (I, "Kaohsiung District Court", "contracts the crew signed in Indonesia could not override Taiwan's labor laws",
            None),
        (D, "Suyanto", "We worked 18 hours a day and sent home only half of what we earned. Today the judge said that "
            "was wrong,", None),
        (I, "Suyanto", "he planned to return to fishing, but not on a Taiwanese vessel", None),
        (I, "Lin Chih-hao", "the company would appeal", None),
        (D, "Lin Chih-hao", "The deposits were written into contracts the crew signed with their Indonesian manning "
            "agency, and the company paid every dollar it owed to that agency,", None),
        (D, "Lin Chih-hao", "If money went missing, it went missing in Jakarta, not in Kaohsiung.", None),
        (P, "Taiwan Fishers' Rights Association", "a warning to the whole industry.", None),
        (I, "Chen Hsiu-mei", "at least 60 other Taiwanese-owned vessels still used similar wage deposit schemes", None),
        (D, "Chen Hsiu-mei", "This is not one bad company. This is how part of the distant water fleet has been run for "
            "20 years,", None),
        (S, None, "deposit system,", None),
        (I, "Fisheries Agency", "it respected the court's decision and that since 2023 it had required all wages to be "
            "paid directly into crew members' own bank accounts", None),
        (I, "agency official", "inspectors had found unpaid wages on two Hsin Yuan vessels in 2023 and had fined the "
            "company NT$600,000 at the time", None),
    ],
    "actors": [
        actor("Kaohsiung District Court", "government", title="district court", affiliation="Taiwan",
              aliases=["Kaohsiung District Court", "the court"], stance=-1),
        actor("Suyanto", "person", title="crew member, 34", affiliation="Indonesian crew of Hsin Yuan's longliner",
              aliases=["Suyanto"], stance=-1),
        actor("Lin Chih-hao", "person", title="lawyer", affiliation="Hsin Yuan Fishery Co.",
              aliases=["Lin Chih-hao", "Lin"], stance=1),
        actor("Taiwan Fishers' Rights Association", "organisation", title="fishers' rights group", affiliation="Taiwan",
              aliases=["Taiwan Fishers' Rights Association"], stance=-1),
        actor("Chen Hsiu-mei", "person", title="secretary-general", affiliation="Taiwan Fishers' Rights Association",
              aliases=["Chen Hsiu-mei", "Chen"], stance=-1),
        actor("Fisheries Agency", "government", title="fisheries regulator", affiliation="Taiwan",
              aliases=["Fisheries Agency"], stance=None),
        actor("agency official", "person", title="anonymous official", affiliation="Fisheries Agency",
              aliases=["agency official"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Business Daily Africa (Kenya) business/regulation (the data regulator fines a digital lender), headline without
#    speech, byline in capitals, curly “ ” and ’, "Sh5 million", "Mr"; lede without a cue ("has fined"); content before
#    "the regulator said in its determination"; "In the determination, the ODPC said the practice was “...” to ...,
#    and ordered ..." (partial only; the order is a directive); quote with "the determination said" (the regulator);
#    complainant "who asked to be identified only as Wanjiru, said A" (a nested "describing her as ..." inside the
#    span), "she said"; company "said in a statement that A, and would study the determination “...”" (indirect plus
#    partial); CEO in an apposition "told the Business Daily that A", quote with "Mr Otieno said"; "The lender, which
#    launched in 2021, says A" (present tense); analyst named after his quote, then "He said A"; scare so-called
#    “shylock apps”; "The CBK said A"; consumer federation "described the fine as “...” for a company that had “...”"
#    (two partials).
ARTICLES[f"{BATCH}/mkopo-haraka-data-fine.gold.json"] = {
    "article": f"{BATCH}/mkopo-haraka-data-fine.txt",
    "target": "Mkopo Haraka",
    "quotes": [
        (I, "Office of the Data Protection Commissioner", "The lender harvested the phone contacts of more than 40,000 "
            "borrowers through its mobile app and used them to pressure defaulters", None),
        (P, "Office of the Data Protection Commissioner", "neither necessary nor proportionate", None),
        (D, "Office of the Data Protection Commissioner", "Consent buried on page nine of the terms and conditions is "
            "not consent,", None),
        (I, "Wanjiru", "her head teacher received four messages in one week describing her as a thief", None),
        (D, "Wanjiru", "I had borrowed Sh3,000 to pay my son’s school fees. By the end of the month the whole staffroom "
            "knew,", None),
        (I, "Mkopo Haraka", "it had stopped contacting third parties in August, before the ruling, and would study the "
            "determination", None),
        (P, "Mkopo Haraka", "with a view to an appeal.", None),
        (I, "Brian Otieno", "the company had been singled out", None),
        (D, "Brian Otieno", "Every digital lender in this market did exactly what we did. We are the ones who have "
            "changed first, and we are the ones being fined,", None),
        (I, "Mkopo Haraka", "it has disbursed more than Sh2.4 billion in loans of between Sh500 and Sh50,000, most of "
            "them repayable within 30 days", None),
        (D, "Kennedy Muriuki", "Mkopo Haraka is not the worst offender in this market, but the order to delete the "
            "contacts goes to the heart of its business model,", None),
        (I, "Kennedy Muriuki", "lenders that relied on social pressure instead of proper credit scoring would see "
            "defaults rise in the short term", None),
        (S, None, "shylock apps", None),
        (I, "Central Bank of Kenya", "it had received more than 1,200 complaints about debt-collection practices in the "
            "year to June, most of them about unlicensed apps", None),
        (P, "Consumers Federation of Kenya", "a slap on the wrist", None),
        (P, "Consumers Federation of Kenya", "humiliated thousands of Kenyans.", None),
    ],
    "actors": [
        actor("Office of the Data Protection Commissioner", "government", title="data protection regulator",
              affiliation="Kenya", aliases=["Office of the Data Protection Commissioner", "ODPC", "the regulator"],
              stance=-1),
        actor("Wanjiru", "person", title="teacher, complainant", affiliation="Nakuru", aliases=["Wanjiru"], stance=-1),
        actor("Mkopo Haraka", "organisation", title="digital lender", affiliation="Kenya",
              aliases=["Mkopo Haraka", "The lender"], stance=1),
        actor("Brian Otieno", "person", title="chief executive", affiliation="Mkopo Haraka",
              aliases=["Brian Otieno", "Otieno", "Mr Otieno"], stance=1),
        actor("Kennedy Muriuki", "person", title="fintech analyst", affiliation="Ridgeway Advisory",
              aliases=["Kennedy Muriuki", "Muriuki"], stance=0),
        actor("Central Bank of Kenya", "government", title="central bank (licenses digital lenders)",
              affiliation="Kenya", aliases=["Central Bank of Kenya", "CBK"], stance=None),
        actor("Consumers Federation of Kenya", "organisation", title="consumer group", affiliation="Kenya",
              aliases=["Consumers Federation of Kenya", "Cofek"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Press and Journal (Scotland, Highlands and Islands) transport (ferry cancellations to South Uist), headline
#    with a British straight single fragment "Islanders 'abandoned' as CalMac cancels ...", byline, straight single
#    quotes '...' for quotes and fragments (apostrophes in "I've", "can't", "aren't", "That's", "drivers'" not
#    openings), "£12,000"; lede "South Uist islanders say they have been '...'" (partial only); "The operator said A and
#    that B" (one span); haulier "said A", "he said"; community council chair "said A", split quote with "she said."
#    whose second stretch runs open to the end of its paragraph, then a closed quote-only paragraph; director of
#    operations "said the company understood the '...' the cancellations were causing" (partial only), split quote with
#    "she said." (two closed stretches); scare so-called 'lifeline' services; "A Transport Scotland spokesperson said A
#    and that B" (one span); councillor "said the ferry service had become '...' for ..." (partial only), quote with
#    "Ms Macinnes added."; "Hauliers said A, adding that B" (two indirects).
ARTICLES[f"{BATCH}/lochboisdale-ferry-cancellations-calmac.gold.json"] = {
    "article": f"{BATCH}/lochboisdale-ferry-cancellations-calmac.txt",
    "target": "CalMac",
    "quotes": [
        (P, "South Uist islanders", "abandoned", "Islanders 'abandoned'"),
        (P, "South Uist islanders", "abandoned", "say they have been"),
        (I, "CalMac", "the MV Lord of the Isles remained out of service with a gearbox fault and that no replacement "
            "vessel would be available until the new year", None),
        (I, "Ruairidh Steele", "he had lost more than £12,000 in cancelled contracts since the start of the month", None),
        (D, "Ruairidh Steele", "I've got two lorries sitting at Mallaig with fish feed on them. The fish farms can't wait "
            "three weeks, and neither can my drivers' wages,", None),
        (I, "Catriona Walker", "islanders had been told about the latest cancellation by text message at 10pm on Sunday",
            None),
        (D, "Catriona Walker", "People were meant to be travelling to Glasgow for hospital appointments on Monday "
            "morning,", None),
        (D, "Catriona Walker", "One family had a funeral in Oban. Nobody from CalMac picked up the phone.", None),
        (D, "Catriona Walker", "We have been patient for years. We aren't patient any more.", None),
        (P, "Fiona Baird", "real hardship", None),
        (D, "Fiona Baird", "Our engineers are working around the clock, and we have moved the MV Isle of Mull to give "
            "Barra extra capacity,", None),
        (D, "Fiona Baird", "But we have a fleet where the average vessel is over 25 years old, and when one breaks down, "
            "there is no spare.", None),
        (S, None, "lifeline", None),
        (I, "Transport Scotland spokesperson", "six new major vessels would enter service by 2029 and that more than "
            "£700 million had been committed to ferries and harbours since 2020", None),
        (P, "Morag Macinnes", "a lottery", None),
        (D, "Morag Macinnes", "You can't run a business, you can't keep a hospital appointment, and you can't bury your "
            "dead on time. That's where we are in 2026,", None),
        (I, "Hauliers", "they would begin moving freight through Lochmaddy from Wednesday", None),
        (I, "Hauliers", "the extra road miles would push up prices in island shops", None),
    ],
    "actors": [
        actor("South Uist islanders", "group", title="islanders", affiliation="South Uist",
              aliases=["South Uist islanders", "Islanders"], stance=-1),
        actor("CalMac", "organisation", title="ferry operator", affiliation="Scotland",
              aliases=["CalMac", "The operator"], stance=0),
        actor("Ruairidh Steele", "person", title="haulage firm owner", affiliation="Daliburgh",
              aliases=["Ruairidh Steele", "Steele"], stance=-1),
        actor("Catriona Walker", "person", title="chair", affiliation="South Uist Community Council",
              aliases=["Catriona Walker", "Walker"], stance=-1),
        actor("Fiona Baird", "person", title="director of operations", affiliation="CalMac",
              aliases=["Fiona Baird", "Baird"], stance=1),
        actor("Transport Scotland spokesperson", "person", title="spokesperson", affiliation="Transport Scotland",
              aliases=["Transport Scotland spokesperson"], stance=None),
        actor("Morag Macinnes", "person", title="councillor", affiliation="Comhairle nan Eilean Siar",
              aliases=["Morag Macinnes", "Macinnes", "Ms Macinnes"], stance=-1),
        actor("Hauliers", "group", title="island hauliers", affiliation="South Uist", aliases=["Hauliers"],
              stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
