"""Build the dev66 gold files (data/eval/dev66/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev65/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev66/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev66.  Standard library only.
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
# 1. The Express Tribune (Pakistan) business/energy (Russia offers a three-year crude deal), headline and
#    standfirst without speech, byline and date lines, dateline "ISLAMABAD:", straight " and apostrophes,
#    closing "Published in The Express Tribune, December 3rd, 2026." line. Lede content before "the
#    Petroleum Division said on Tuesday"; minister "said Pakistan was ready to "..." for ..., but that any
#    agreement would have to make "..." for ..." (two partials), quote with "Gondal told reporters", Q&A
#    "When asked whether ..., he replied: "...""; Russian deputy minister's quote before "Voronin said in
#    remarks released by the Russian embassy"; embassy "said A, which it described as a "..." for Moscow"
#    (indirect plus partial); anonymous refinery official "told The Express Tribune that A, and that B",
#    quote with "the official said"; PRL "said in a filing ... that it was "..." the Russian offer" (partial
#    only); analyst "said A", quote with "he said"; former secretary "was more sceptical" (no cue), quote
#    with "he said", "Niazi said A and that B"; content before "according to the Pakistan Bureau of
#    Statistics" (the writer's "making oil ..." left out); scare so-called "discount barrels".
ARTICLES["data/eval/dev66/russia-crude-offer-pakistan.gold.json"] = {
    "article": "data/eval/dev66/russia-crude-offer-pakistan.txt",
    "target": "Russia",
    "quotes": [
        (I, "Petroleum Division", "Russia has offered to supply Pakistan with up to 100,000 barrels of crude oil a day "
            "under a three-year agreement", None),
        (P, "Ali Raza Gondal", "explore all options", None),
        (P, "Ali Raza Gondal", "commercial sense", None),
        (D, "Ali Raza Gondal", "We are not buying Russian oil for political reasons, and we are not avoiding it for "
            "political reasons. It is about price,", None),
        (D, "Ali Raza Gondal", "Pakistan's energy decisions are made in Islamabad.", None),
        (D, "Alexei Voronin", "Russia regards Pakistan as a reliable partner in South Asia, and we are prepared to offer "
            "competitive terms, including payment in national currencies,", None),
        (I, "Russian embassy", "the two sides had also discussed the long-delayed Pakistan Stream Gas Pipeline", None),
        (P, "Russian embassy", "priority", None),
        (I, "senior official of the refinery", "Urals crude produced more furnace oil and less petrol than the Arab "
            "Light grade the refinery normally processed, and that the company would need a discount of at least $8 a "
            "barrel to break even", None),
        (D, "senior official of the refinery", "Furnace oil has no buyers in Pakistan any more. Every extra tonne we "
            "make is a tonne we have to store or export at a loss,", None),
        (P, "Pakistan Refinery Limited", "evaluating", None),
        (I, "Ammar Khan", "a long-term deal could save the country up to $300 million a year if the discount held",
            None),
        (D, "Ammar Khan", "But the risk is on the payment side. Banks here are nervous about anything that touches "
            "Russia, and US secondary sanctions are a real concern,", None),
        (D, "Shaukat Niazi", "We signed the gas pipeline agreement with Russia in 2015, and in eleven years not a single "
            "kilometre has been laid. Announcements are easy,", None),
        (I, "Shaukat Niazi", "Moscow had repeatedly changed the financing terms for the pipeline and that Pakistan "
            "should not expect a different outcome with crude", None),
        (I, "Pakistan Bureau of Statistics", "Pakistan spent $16.2 billion on petroleum imports in the fiscal year "
            "ended June 2026", None),
        (S, None, "discount barrels", None),
    ],
    "actors": [
        actor("Petroleum Division", "government", title="petroleum ministry division", affiliation="Pakistan",
              aliases=["Petroleum Division"], stance=0),
        actor("Ali Raza Gondal", "person", title="Minister of State for Petroleum", affiliation="Pakistan",
              aliases=["Ali Raza Gondal", "Gondal"], stance=0),
        actor("Alexei Voronin", "person", title="Deputy Energy Minister", affiliation="Russia",
              aliases=["Alexei Voronin", "Voronin"], stance=1),
        actor("Russian embassy", "government", title="embassy in Islamabad", affiliation="Russia",
              aliases=["Russian embassy", "embassy"], stance=1),
        actor("senior official of the refinery", "person", title="anonymous refinery official",
              affiliation="Indus Coastal Refinery", aliases=["senior official of the refinery", "official"],
              stance=-1),
        actor("Pakistan Refinery Limited", "organisation", title="refinery", aliases=["Pakistan Refinery Limited", "PRL"],
              stance=0),
        actor("Ammar Khan", "person", title="head of research", affiliation="Seaview Securities",
              aliases=["Ammar Khan", "Khan"], stance=0),
        actor("Shaukat Niazi", "person", title="former petroleum secretary", aliases=["Shaukat Niazi", "Niazi"],
              stance=-1),
        actor("Pakistan Bureau of Statistics", "government", title="statistics bureau", affiliation="Pakistan",
              aliases=["Pakistan Bureau of Statistics"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Herald (Zimbabwe) arts/media (musicians threaten an airplay boycott over royalties), headline
#    without speech, byline with "Arts Reporter" line, lede opening in capitals ("MORE than 300 ..."),
#    curly quotes with straight apostrophes, "US$1,2 million" (decimal comma) and "US$30 000", "Mr"/"Mrs"
#    and the "Cde" title. Lede "have threatened to withdraw ..." (commissive, no cue); association "said
#    yesterday that A and that B"; executive director "said the association had written ... without
#    receiving a "..."" (partial only), quote with "she said"; broadcaster "In a statement, ZBC said A"; its
#    acting CEO named Lovemore "said A", quote with "Mr Nyathi said", "He said A"; association "rejected the
#    proposal ..., describing the three-year plan as "..."" (partial only); mbira artist named Memory "said
#    A, although B", quote before "said Kachere, whose ..."; union president "said A", "he said"; deputy
#    minister "Cde Tinashe Chirisa said A", "he said"; lawyer "said A"; anonymous source "said A"; scare
#    so-called "100 percent local content" campaign.
ARTICLES["data/eval/dev66/zbc-royalties-boycott-zimura.gold.json"] = {
    "article": "data/eval/dev66/zbc-royalties-boycott-zimura.txt",
    "target": "Zimbabwe Broadcasting Corporation",
    "quotes": [
        (I, "Zimbabwe Music Rights Association", "ZBC had not made a full payment since 2023 and that the arrears were "
            "growing by about US$30 000 a month", None),
        (P, "Tsitsi Marufu", "meaningful response", None),
        (D, "Tsitsi Marufu", "Our members are not asking for charity. These are people whose songs fill ZBC's airtime "
            "every single day. Many of them are struggling to pay rent while their music is making money for someone "
            "else,", None),
        (I, "Zimbabwe Broadcasting Corporation", "it had paid US$210 000 to Zimura since January and remained committed to clearing the balance",
            None),
        (I, "Lovemore Nyathi", "the broadcaster's finances had been hit hard by falling licence collections and "
            "advertising revenue", None),
        (D, "Lovemore Nyathi", "We value our artistes. Without them there is no ZBC. But we also have to pay salaries and "
            "keep transmitters on the air, and we cannot pay what we do not have,", None),
        (I, "Lovemore Nyathi", "ZBC had proposed a payment plan under which the arrears would be cleared over three "
            "years", None),
        (P, "Zimbabwe Music Rights Association", "an insult to the creative sector", None),
        (I, "Memory Kachere", "she had received less than US$40 in royalties from ZBC in the past two years, although "
            "her songs were among the most played on Radio Zimbabwe", None),
        (D, "Memory Kachere", "It breaks my heart to say it, because ZBC is where my career started. But love does not "
            "pay school fees,", None),
        (I, "Clemence Chari", "some of his members were opposed to a boycott and preferred further negotiations", None),
        (D, "Clemence Chari", "If we go off the air, it is the musicians who will disappear from people's ears, not ZBC,",
            None),
        (I, "Tinashe Chirisa", "Government was aware of the dispute and would convene a meeting between the two parties "
            "before the end of the month", None),
        (D, "Tinashe Chirisa", "Both sides have a legitimate case. Our artistes must be paid, and our national "
            "broadcaster must be sustainable,", None),
        (I, "Tawanda Mukwena", "musicians were within their rights to withdraw their works if the licence terms were not "
            "being honoured", None),
        (I, "source at ZBC", "the broadcaster's board had discussed the matter at its last meeting but had not approved "
            "any additional payment", None),
        (S, None, "100 percent local content", None),
    ],
    "actors": [
        actor("Zimbabwe Music Rights Association", "organisation", title="royalty collecting society",
              aliases=["Zimbabwe Music Rights Association", "Zimura"], stance=-1),
        actor("Tsitsi Marufu", "person", title="executive director", affiliation="Zimbabwe Music Rights Association",
              aliases=["Tsitsi Marufu", "Marufu"], stance=-1),
        actor("Zimbabwe Broadcasting Corporation", "organisation", title="national broadcaster",
              aliases=["Zimbabwe Broadcasting Corporation", "ZBC", "broadcaster"], stance=1),
        actor("Lovemore Nyathi", "person", title="acting chief executive officer", affiliation="Zimbabwe Broadcasting Corporation",
              aliases=["Lovemore Nyathi", "Mr Nyathi", "Nyathi"], stance=1),
        actor("Memory Kachere", "person", title="mbira artist", aliases=["Memory Kachere", "Kachere"], stance=-1),
        actor("Clemence Chari", "person", title="president", affiliation="Zimbabwe Union of Musicians",
              aliases=["Clemence Chari", "Chari"], stance=0),
        actor("Tinashe Chirisa", "person", title="Deputy Minister of Information, Publicity and Broadcasting Services",
              affiliation="Government of Zimbabwe", aliases=["Tinashe Chirisa", "Chirisa"], stance=0),
        actor("Tawanda Mukwena", "person", title="copyright lawyer (Harare)", aliases=["Tawanda Mukwena", "Mukwena"],
              stance=-1),
        actor("source at ZBC", "person", title="anonymous source", affiliation="Zimbabwe Broadcasting Corporation", aliases=["source at ZBC"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Post-Courier (Papua New Guinea) crime/courts (a businessman charged over health centre funds),
#    headline without speech, byline in capitals, lede opening in capitals ("A PORT Moresby businessman"),
#    straight " and apostrophes, "K5.2 million", "Mr"/"Ms". Two speakers surnamed Kaupa (the accused "Mr
#    Kaupa", the unrelated administrator "Ms Kaupa"); lawyer named Leonard Mark ("Mr Mark said"). Court
#    facts (bail, adjournment: no cue); "Police said A, but that B" (one span); directorate director "said
#    A", quote with "Mr Kasa said", "He said A"; administrator "said A", quote with "Ms Kaupa said", "She
#    said A and that B"; accused "Speaking briefly outside the court, Mr Kaupa said A and that he would "..."
#    at trial" (indirect plus partial); lawyer "said A", quote with "Mr Mark said"; anonymous treasury
#    source "said A"; community leader "said A", quote with "Mr Ua said"; TIPNG "said the case showed the
#    need for "..." of ..." (partial only); its chairman "In a statement, ... said: "...""; "According to
#    the National Department of Health, A"; scare so-called "Clean Hands" campaign.
ARTICLES["data/eval/dev66/kaupa-health-funds-fraud-charge.gold.json"] = {
    "article": "data/eval/dev66/kaupa-health-funds-fraud-charge.txt",
    "target": "Wesley Kaupa",
    "quotes": [
        (I, "Police", "Mr Kaupa's company received the money from the Gulf Provincial Government in three payments "
            "between 2023 and 2025, but that work on the site stopped after the foundations were laid", None),
        (I, "Eric Kasa", "investigators had traced part of the money to the purchase of two vehicles and a property in "
            "Port Moresby", None),
        (D, "Eric Kasa", "These funds were meant for mothers and babies in Kikori, who still have to travel by boat for "
            "hours to give birth safely. We will follow every kina,", None),
        (I, "Eric Kasa", "a second person, a former provincial officer, was assisting police with their inquiries",
            None),
        (I, "Regina Kaupa", "the provincial government had referred the matter to police in March after an internal "
            "audit", None),
        (D, "Regina Kaupa", "We paid in good faith, based on progress reports that we now know were false,", None),
        (I, "Regina Kaupa", "the province would seek to recover the money through the courts and that a new contractor "
            "would be engaged next year", None),
        (I, "Wesley Kaupa", "he was innocent", None),
        (P, "Wesley Kaupa", "clear my name", None),
        (I, "Leonard Mark", "the delays at the site had been caused by the late release of funds and by landowner "
            "disputes, not by his client", None),
        (D, "Leonard Mark", "My client has done nothing wrong. The province knows very well why the work stopped, and we "
            "will show the court the full picture,", None),
        (I, "source in the provincial treasury", "at least two of the progress reports had been signed off without "
            "anyone visiting the site", None),
        (I, "Francis Ua", "the people of the district had been waiting for the health centre for more than ten years",
            None),
        (D, "Francis Ua", "They came with bulldozers, they took photos with the MP, and then they disappeared. Our mothers "
            "are still dying,", None),
        (P, "Transparency International PNG", "independent oversight", None),
        (D, "Peter Aku", "Every time public money disappears, it is ordinary people in rural areas who pay the price. We "
            "commend the police, but prosecutions must be followed by recovery of the funds.", None),
        (I, "National Department of Health", "only 38 percent of births in Gulf Province take place in a health "
            "facility", None),
        (S, None, "Clean Hands", None),
    ],
    "actors": [
        actor("Police", "government", title="police", affiliation="Royal Papua New Guinea Constabulary",
              aliases=["Police"], stance=-1),
        actor("Eric Kasa", "person", title="director, National Fraud and Anti-Corruption Directorate",
              affiliation="Royal Papua New Guinea Constabulary", aliases=["Eric Kasa", "Mr Kasa", "Kasa"], stance=-1),
        actor("Regina Kaupa", "person", title="Gulf provincial administrator", affiliation="Gulf Provincial Government",
              aliases=["Regina Kaupa", "Ms Kaupa"], stance=-1),
        actor("Wesley Kaupa", "person", title="businessman, managing director of a construction company",
              aliases=["Wesley Kaupa", "Mr Kaupa"], stance=1),
        actor("Leonard Mark", "person", title="lawyer for Wesley Kaupa", aliases=["Leonard Mark", "Mr Mark", "Mark"],
              stance=1),
        actor("source in the provincial treasury", "person", title="anonymous source",
              affiliation="Gulf Provincial Government", aliases=["source in the provincial treasury"], stance=-1),
        actor("Francis Ua", "person", title="Kikori community leader", aliases=["Francis Ua", "Mr Ua", "Ua"],
              stance=-1),
        actor("Transparency International PNG", "organisation", title="anti-corruption group",
              aliases=["Transparency International PNG", "TIPNG"], stance=None),
        actor("Peter Aku", "person", title="chairman", affiliation="Transparency International PNG",
              aliases=["Peter Aku", "Aku"], stance=-1),
        actor("National Department of Health", "government", title="health department", affiliation="Papua New Guinea",
              aliases=["National Department of Health"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. CNA (Singapore) health/environment (haze from Sumatra fires), headline and standfirst without quote
#    marks ("Doctors advise ...": standfirst, not annotated), "14 Oct 2026 07:12PM" line, dateline
#    "SINGAPORE:" with "(Oct 14)", straight " and apostrophes, "READ:" line. NEA "said A"; content before
#    "the agency added in its 6pm advisory"; "According to the ASEAN Specialised Meteorological Centre
#    (ASMC), A"; Indonesian ministry "In a statement ..., said A and that B"; mononym spokesman "Sutrisno, a
#    spokesman for ..., said A", quote with "he told reporters in Jakarta"; senior minister of state "said
#    A", quote with "she said in a Facebook post"; physician with a surname-first Chinese name "Dr Tan Wei
#    Ming ... said A", quote with "Dr Tan said", "He advised them to ..." (directive); MOH "said A";
#    retiree with a Malay name "Rosnah Ismail, 67, said A", quote before "said Mdm Rosnah, who has
#    asthma" (her quote's "They say ..." stays inside it); fellow "said Jakarta had made "..." since ..., but
#    that B" (partial plus indirect), quote
#    with "he said"; scare so-called "haze season"; content before "the Meteorological Service Singapore
#    said". Not annotated: the READ line, the Act.
ARTICLES["data/eval/dev66/haze-singapore-sumatra-fires.gold.json"] = {
    "article": "data/eval/dev66/haze-singapore-sumatra-fires.txt",
    "target": "Indonesia",
    "quotes": [
        (I, "National Environment Agency", "the haze was caused by smoke from fires in South Sumatra and Jambi, carried "
            "by prevailing south-southeasterly winds", None),
        (I, "National Environment Agency", "The 24-hour PSI could enter the unhealthy range of 101 to 200 on Thursday if "
            "the winds do not change direction", None),
        (I, "ASEAN Specialised Meteorological Centre", "312 hotspots were detected in Sumatra on Tuesday, more than "
            "double the number a week earlier", None),
        (I, "Ministry of Environment", "more than 2,000 personnel had been deployed to fight the fires and that the "
            "number of hotspots in South Sumatra had started to fall", None),
        (I, "Sutrisno", "14 helicopters were carrying out water-bombing and cloud-seeding operations in the two "
            "provinces", None),
        (D, "Sutrisno", "The fires are mostly on peatland, which is very difficult to put out because it burns "
            "underground. But our teams are on the ground day and night,", None),
        (I, "Lim Wen Hui", "Singapore had offered to send a team of firefighters and a C-130 aircraft to assist, as it "
            "had done in previous years", None),
        (D, "Lim Wen Hui", "We recognise the efforts of the Indonesian authorities, and we stand ready to help. At the "
            "same time, companies responsible for these fires must be held accountable, wherever they are,", None),
        (I, "Tan Wei Ming", "patients with asthma and chronic lung disease were most at risk when PSI levels rose",
            None),
        (D, "Tan Wei Ming", "Most healthy people will feel some irritation of the eyes and throat, but for the elderly "
            "and people with lung conditions, a few days of haze can mean a hospital admission,", None),
        (I, "Ministry of Health", "N95 masks would be distributed to vulnerable households through community centres "
            "from Thursday", None),
        (I, "Rosnah Ismail", "she could smell the smoke as soon as she left her flat", None),
        (D, "Rosnah Ismail", "Every year it is the same story. They say they will stop the burning, and then it comes "
            "back,", None),
        (P, "Arif Wibisono", "real progress", None),
        (I, "Arif Wibisono", "prosecutions of plantation companies remained rare", None),
        (D, "Arif Wibisono", "The fines look large on paper, but very few of them have actually been paid,", None),
        (S, None, "haze season", None),
        (I, "Meteorological Service Singapore", "The haze is expected to ease from the weekend, when rain is forecast "
            "to return", None),
    ],
    "actors": [
        actor("National Environment Agency", "government", title="environment agency", affiliation="Singapore",
              aliases=["National Environment Agency", "NEA", "agency"], stance=0),
        actor("ASEAN Specialised Meteorological Centre", "organisation", title="regional weather centre",
              aliases=["ASEAN Specialised Meteorological Centre", "ASMC"], stance=0),
        actor("Ministry of Environment", "government", title="Indonesia's environment ministry", affiliation="Indonesia",
              aliases=["Ministry of Environment"], stance=1),
        actor("Sutrisno", "person", title="spokesman", affiliation="National Disaster Management Agency (BNPB)",
              aliases=["Sutrisno"], stance=1),
        actor("Lim Wen Hui", "person", title="Senior Minister of State for Sustainability and the Environment",
              affiliation="Singapore", aliases=["Lim Wen Hui", "Lim"], stance=0),
        actor("Tan Wei Ming", "person", title="respiratory physician", affiliation="Tan Tock Seng Hospital",
              aliases=["Tan Wei Ming", "Dr Tan", "Tan"], stance=None),
        actor("Ministry of Health", "government", title="health ministry", affiliation="Singapore",
              aliases=["Ministry of Health", "MOH"], stance=None),
        actor("Rosnah Ismail", "person", title="retiree, 67", aliases=["Rosnah Ismail", "Mdm Rosnah"], stance=-1),
        actor("Arif Wibisono", "person", title="fellow", affiliation="ISEAS-Yusof Ishak Institute",
              aliases=["Arif Wibisono", "Wibisono"], stance=0),
        actor("Meteorological Service Singapore", "government", title="weather service", affiliation="Singapore",
              aliases=["Meteorological Service Singapore"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
