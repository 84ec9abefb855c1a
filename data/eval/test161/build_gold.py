"""Build the test161 gold files (data/eval/test161/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test161/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test161.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test161"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Oman Observer (Oman) culture/heritage (the municipality plans to restore part of Muttrah Souq), headline
#    without speech, byline, dateline "MUSCAT, DEC 9 –" run into the lede, curly “ ” and ’, "RO 12 million",
#    honorific "HE Eng"; lede content before "the municipality announced on Tuesday"; content before "the
#    municipality said"; chairman "said the restoration was “...” and would preserve “...” for ..." (two partials
#    only), then "“...,” he told the Observer."; group "Shopkeepers in the eastern wing said A and feared B" (one
#    span); trader "“...,” said X, whose family ...", "He said he would ask ..." (an indirect: a stated intention);
#    "Not all traders were worried." (no speech); second trader "said A", "he said"; scare so-called “silver lane”
#    (glossed); ministry "said in a statement that the restoration would follow the “...” of the souq and that B"
#    (partial plus indirect); "According to the National Centre for Statistics and Information (NCSI), A";
#    historian "said A. But she warned that the temporary market risked becoming “...” if ..." (indirect, then
#    partial only); "Al Habsi said A and that B" (surname with capital "Al" at the start of a sentence).
ARTICLES[f"{BATCH}/muttrah-souq-restoration-plan.gold.json"] = {
    "article": f"{BATCH}/muttrah-souq-restoration-plan.txt",
    "target": "Muscat Municipality",
    "quotes": [
        (I, "Muscat Municipality", "Muscat Municipality will close the eastern wing of Muttrah Souq for up to 18 months "
            "from next spring as part of a RO 12 million plan to restore the market’s wooden roofs and replace its "
            "electrical wiring", None),
        (I, "Muscat Municipality", "About 140 shops, most of them selling frankincense, textiles, silverware and "
            "antiques, will be moved to a temporary market on the Corniche during the works", None),
        (P, "Ahmed bin Saif al Habsi", "long overdue", None),
        (P, "Ahmed bin Saif al Habsi", "the soul of Muttrah", None),
        (D, "Ahmed bin Saif al Habsi", "The souq has survived two centuries, but its wiring has not survived the last "
            "twenty years. We had two fires in 2024, and we cannot wait for a third,", None),
        (I, "Shopkeepers in the eastern wing", "they had been told about the plan only last week and feared losing "
            "customers during the busy winter cruise season", None),
        (D, "Salim al Balushi", "Tourists come to the souq because it is the souq. Nobody will walk to a tent on the "
            "Corniche to buy frankincense,", None),
        (I, "Salim al Balushi", "he would ask the municipality for a reduction in rent on the temporary stalls", None),
        (I, "Ramesh Pillai", "the roof had leaked every winter since he arrived", None),
        (D, "Ramesh Pillai", "If they fix the roof, the summer will also be bearable inside. Right now in August we are "
            "cooking,", None),
        (S, None, "silver lane", None),
        (P, "Ministry of Heritage and Tourism", "original Omani architectural character", None),
        (I, "Ministry of Heritage and Tourism", "all materials would be approved by its heritage experts", None),
        (I, "National Centre for Statistics and Information", "Muttrah received about 410,000 cruise passengers in the "
            "2025-26 season, most of whom visited the souq", None),
        (I, "Maryam al Zadjali", "the municipality had chosen the right approach by restoring the old structure rather "
            "than rebuilding it", None),
        (P, "Maryam al Zadjali", "permanent by accident", None),
        (I, "Ahmed bin Saif al Habsi", "the municipality would waive rent on the temporary stalls for the first six "
            "months and that every shop would return to its original place once the works were finished", None),
    ],
    "actors": [
        actor("Muscat Municipality", "government", title="municipality", affiliation="Muscat",
              aliases=["Muscat Municipality", "the municipality"], stance=1),
        actor("Ahmed bin Saif al Habsi", "person", title="Chairman of Muscat Municipality",
              affiliation="Muscat Municipality", aliases=["Ahmed bin Saif al Habsi", "al Habsi", "Al Habsi",
              "HE Eng Ahmed bin Saif al Habsi"], stance=1),
        actor("Shopkeepers in the eastern wing", "group", title="shopkeepers", affiliation="Muttrah Souq",
              aliases=["Shopkeepers in the eastern wing"], stance=-1),
        actor("Salim al Balushi", "person", title="incense and perfume oil seller", affiliation="Muttrah Souq",
              aliases=["Salim al Balushi", "al Balushi"], stance=-1),
        actor("Ramesh Pillai", "person", title="textile shop manager", affiliation="Muttrah Souq",
              aliases=["Ramesh Pillai", "Pillai"], stance=1),
        actor("Ministry of Heritage and Tourism", "government", title="heritage ministry", affiliation="Oman",
              aliases=["Ministry of Heritage and Tourism"], stance=1),
        actor("National Centre for Statistics and Information", "government", title="statistics centre",
              affiliation="Oman", aliases=["National Centre for Statistics and Information", "NCSI"], stance=None),
        actor("Maryam al Zadjali", "person", title="architectural historian", affiliation="Sultan Qaboos University",
              aliases=["Maryam al Zadjali", "al Zadjali", "Dr Maryam al Zadjali"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Marianas Variety (Saipan, CNMI) business/courts (the casino commission revokes a casino's licence), headline with
#    a straight single fragment "Golden Reef calls license revocation 'unlawful,' vows appeal" (partial for Golden
#    Reef, comma inside), byline with "Variety News Staff", lede opening "THE", straight " and apostrophes
#    ("didn't"), American spelling, Chamorro-style middle initials ("Edward DLG. Cabrera"); chairman "“...,” X said
#    after the vote.", "He said A"; dissenting commissioner "said A"; company "In a statement, X said the decision
#    was "..." and that B" (partial plus indirect); attorney "told Variety that the commission had "..." a payment
#    plan" (partial only), then ""...," Nakamura said."; scare so-called "VIP junket" model (glossed); anonymous
#    "A source familiar with the company's finances, who asked not to be identified, said A"; group "Employees
#    outside the casino in Garapan said on Friday that A"; dealer ""...?" said X, a table games dealer."; governor's
#    office "said in a statement that A and that B" (one span); content before "according to the Department of
#    Finance"; committee chairman "said the government could no longer build its budget "..."" (partial only), "he
#    said".
ARTICLES[f"{BATCH}/golden-reef-casino-license-revoked.gold.json"] = {
    "article": f"{BATCH}/golden-reef-casino-license-revoked.txt",
    "target": "Golden Reef Resorts",
    "quotes": [
        (P, "Golden Reef Resorts", "unlawful,", None),
        (D, "Edward DLG. Cabrera", "We gave Golden Reef every opportunity over three years. The law does not allow us to "
            "give it a fourth,", None),
        (I, "Edward DLG. Cabrera", "the commission would refer the matter to the Office of the Attorney General to recover "
            "the unpaid fees", None),
        (I, "Rosa M. Sablan", "the commission should have waited for the outcome of the company's pending lawsuit in the "
            "U.S. District Court for the NMI", None),
        (P, "Golden Reef Resorts", "unlawful", "In a statement, Golden Reef"),
        (I, "Golden Reef Resorts", "it would appeal to the Commonwealth Superior Court within 30 days", None),
        (P, "Stephen Nakamura", "ignored", None),
        (D, "Stephen Nakamura", "They had a written offer on the table for $6 million up front and the balance over four "
            "years. They chose to shut down one of the largest private employers on the island instead,", None),
        (S, None, "VIP junket", None),
        (I, "source familiar with the company's finances", "Golden Reef's parent company in Hong Kong had stopped sending "
            "money to Saipan in the summer", None),
        (I, "Employees outside the casino in Garapan", "the company had not told them whether they would be paid for "
            "December", None),
        (D, "Jun Mercado", "I have worked there for seven years. My kids are in school here. Where do we go now?", None),
        (I, "Office of the Governor", "it supported the commission's decision and that the administration was working "
            "with the CNMI Department of Labor to help affected workers find new jobs", None),
        (I, "Department of Finance", "Casino license fees once made up about a quarter of the government's general fund "
            "revenue", None),
        (P, "Vincent S. Taitano", "on promises from a casino.", None),
        (D, "Vincent S. Taitano", "Every year we were told the money was coming. Every year we had to cut hours at the "
            "hospital and the schools when it didn't,", None),
    ],
    "actors": [
        actor("Golden Reef Resorts", "organisation", title="casino operator", affiliation=None,
              aliases=["Golden Reef Resorts", "Golden Reef Resorts LLC", "Golden Reef"], stance=1),
        actor("Edward DLG. Cabrera", "person", title="Commission Chairman", affiliation="Commonwealth Casino Commission",
              aliases=["Edward DLG. Cabrera", "Cabrera"], stance=-1),
        actor("Rosa M. Sablan", "person", title="Commissioner (dissenting)", affiliation="Commonwealth Casino Commission",
              aliases=["Rosa M. Sablan", "Sablan"], stance=0),
        actor("Stephen Nakamura", "person", title="attorney", affiliation="Golden Reef Resorts",
              aliases=["Stephen Nakamura", "Nakamura"], stance=1),
        actor("source familiar with the company's finances", "person", title="source (anonymous)", affiliation=None,
              aliases=["source familiar with the company's finances"], stance=0),
        actor("Employees outside the casino in Garapan", "group", title="casino employees",
              affiliation="Golden Reef Resorts", aliases=["Employees outside the casino in Garapan"], stance=-1),
        actor("Jun Mercado", "person", title="table games dealer", affiliation="Golden Reef Resorts",
              aliases=["Jun Mercado", "Mercado"], stance=None),
        actor("Office of the Governor", "government", title="governor's office", affiliation="CNMI",
              aliases=["Office of the Governor"], stance=-1),
        actor("Department of Finance", "government", title="finance department", affiliation="CNMI",
              aliases=["Department of Finance"], stance=None),
        actor("Vincent S. Taitano", "person", title="House Ways and Means Committee Chairman",
              affiliation="CNMI House of Representatives", aliases=["Vincent S. Taitano", "Taitano"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Nyasa Times (Malawi) disaster (flood victims say the disaster agency has not reached them), headline with a
#    straight single fragment "Nsanje flood victims accuse DoDMA of 'forgetting' them" (partial for the victims, the
#    group the headline names), "by Nyasa Times Reporter", straight " and apostrophes; lede present tense "Flood
#    victims in Nsanje say A, and accuse the department of "..." the Lower Shire" (indirect plus partial); camp
#    description (no speech); mother ""...," said X, a mother of four from Makhanga."; village headman "said A and
#    that B" (one span), "he said"; scare "known locally as "ganyu""; agency spokesperson "told Nyasa Times that A
#    and that B" (one span), "Phiri said", then a quote-only paragraph; "According to DoDMA's preliminary assessment,
#    A" (the agency's); district commissioner "said A"; met department "has warned that A"; Red Cross "said A but that
#    its stocks were "..."" (indirect plus partial); opposition spokesperson "described the government's response as
#    "..."" (partial only), "Gama said"; "many families have refused to relocate" (no speech).
ARTICLES[f"{BATCH}/nsanje-floods-dodma-relief.gold.json"] = {
    "article": f"{BATCH}/nsanje-floods-dodma-relief.txt",
    "target": "Department of Disaster Management Affairs",
    "quotes": [
        (P, "Flood victims in Nsanje", "forgetting", "Nsanje flood victims accuse"),
        (I, "Flood victims in Nsanje", "they have received no food or tents from the Department of Disaster Management "
            "Affairs (DoDMA) more than two weeks after the Shire River burst its banks", None),
        (P, "Flood victims in Nsanje", "forgetting", "accuse the department of"),
        (D, "Enifa Banda", "We are eating one meal a day, and it is porridge that the church gives us. DoDMA came here "
            "once, took our names and never came back,", None),
        (I, "Mwalija", "more than 40 houses in his area had collapsed and that people were sleeping in the open", None),
        (D, "Mwalija", "The people are angry. They see the government vehicles passing on the road to Bangula, but "
            "nothing stops here,", None),
        (S, None, "ganyu", None),
        (I, "Madalitso Phiri", "relief items had been dispatched to Nsanje on Monday and that the delays had been caused "
            "by impassable roads", None),
        (D, "Madalitso Phiri", "We are not ignoring anybody. The road between Bangula and Makhanga has been cut off in "
            "three places, and our trucks cannot cross,", None),
        (D, "Madalitso Phiri", "We have asked the Malawi Defence Force for boats and a helicopter so that we can reach "
            "the people who are cut off.", None),
        (I, "Department of Disaster Management Affairs", "18 people have died and more than 46,000 people have been "
            "affected in Nsanje and Chikwawa districts", None),
        (I, "Rose Tembo", "the council had opened four more evacuation centres at Marka and Nyachilenda", None),
        (I, "Department of Climate Change and Meteorological Services", "more heavy rains are expected over the Lower "
            "Shire this week", None),
        (I, "Malawi Red Cross Society", "it had distributed tarpaulins and kitchen sets to 1,200 households", None),
        (P, "Malawi Red Cross Society", "running dangerously low", None),
        (P, "Chifundo Gama", "slow, disorganised and shameful", None),
        (D, "Chifundo Gama", "Every rainy season we see the same pictures from Nsanje. Every rainy season government says "
            "the roads are the problem. Then fix the roads,", None),
    ],
    "actors": [
        actor("Flood victims in Nsanje", "group", title="displaced flood victims", affiliation=None,
              aliases=["Flood victims in Nsanje", "Nsanje flood victims"], stance=-1),
        actor("Enifa Banda", "person", title="mother of four from Makhanga", affiliation=None,
              aliases=["Enifa Banda", "Banda"], stance=-1),
        actor("Mwalija", "person", title="Group Village Headman", affiliation=None,
              aliases=["Mwalija", "Group Village Headman Mwalija"], stance=-1),
        actor("Madalitso Phiri", "person", title="spokesperson", affiliation="Department of Disaster Management Affairs",
              aliases=["Madalitso Phiri", "Phiri"], stance=1),
        actor("Department of Disaster Management Affairs", "government", title="disaster management agency",
              affiliation="Malawi", aliases=["Department of Disaster Management Affairs", "DoDMA"], stance=0),
        actor("Rose Tembo", "person", title="Nsanje District Commissioner", affiliation="Nsanje District Council",
              aliases=["Rose Tembo", "Tembo"], stance=None),
        actor("Department of Climate Change and Meteorological Services", "government", title="weather service",
              affiliation="Malawi", aliases=["Department of Climate Change and Meteorological Services", "DCCMS"],
              stance=None),
        actor("Malawi Red Cross Society", "organisation", title="humanitarian organisation", affiliation="Malawi",
              aliases=["Malawi Red Cross Society"], stance=None),
        actor("Chifundo Gama", "person", title="spokesperson", affiliation="Malawi Congress Party (opposition)",
              aliases=["Chifundo Gama", "Gama"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Research Professional News (UK research policy trade press) science funding (the national funder cuts doctoral
#    studentships), headline and standfirst without speech, byline and date lines, British curly single quotes ‘...’
#    with ’ apostrophes (inside a quote: "I’m", "there’s"; outside: "funder’s", "Democrats’"), "per cent"; lede
#    content before "the funder has confirmed" (the writer's "as it tries to absorb ..." left out); "In a statement,
#    UKRI said A and that B" (one span); scare so-called ‘flat cash’ settlement (glossed); chief executive "said the
#    decision had been ‘...’ the organisation had faced" (partial only), "‘...,’ she told Research Professional
#    News."; association "warned that the cut would ‘...’ research capacity ..." (partial only); union "said A and that
#    the cut would ‘...’" (indirect plus partial); student "‘...,’ said X, a doctoral student ..."; "According to data
#    from the Higher Education Statistics Agency, A"; split "‘...,’ said X, the Liberal Democrats’ science
#    spokesperson. ‘...’"; university group "said it understood A but urged the funder to protect studentships in
#    ‘...’ subjects" (indirect, and a partial inside the directive); ministry spokesperson "said: ‘...’"; "UKRI said A,
#    with B" (one span); "Maddox said A".
ARTICLES[f"{BATCH}/ukri-doctoral-studentships-cut.gold.json"] = {
    "article": f"{BATCH}/ukri-doctoral-studentships-cut.txt",
    "target": "UK Research and Innovation",
    "quotes": [
        (I, "UK Research and Innovation", "UK Research and Innovation will fund about 20 per cent fewer doctoral "
            "studentships from the 2027-28 academic year", None),
        (I, "UK Research and Innovation", "the number of new studentships would fall from around 5,000 to 4,000 a year "
            "and that the minimum stipend would continue to rise in line with inflation", None),
        (S, None, "flat cash", None),
        (P, "Helen Maddox", "one of the hardest", None),
        (D, "Helen Maddox", "We could have kept the numbers and frozen stipends, but that would have meant asking "
            "students to live on less every year. We chose fewer, better-supported places,", None),
        (P, "Universities UK", "hollow out", None),
        (I, "University and College Union", "early-career researchers were already leaving the UK for better-paid posts "
            "in Europe and North America", None),
        (P, "University and College Union", "accelerate the exodus", None),
        (D, "Priya Nair", "I’m in my second year, so I’m safe, but half the people in my lab were hoping to stay on for a "
            "PhD. Now there’s nowhere for them to go,", None),
        (I, "Higher Education Statistics Agency", "about 22,000 UK-domiciled students started doctorates in 2024-25, "
            "roughly a quarter of them funded by UKRI", None),
        (D, "Tom Ellery", "This is a false economy,", None),
        (D, "Tom Ellery", "The PhD students we do not train in 2027 are the lab leaders we will not have in 2040.", None),
        (I, "Russell Group", "it understood the pressure on UKRI’s budget", None),
        (P, "Russell Group", "strategically important", None),
        (D, "spokesperson for the Department for Science, Innovation and Technology", "This government is investing "
            "record levels in research and development. How that money is allocated between programmes is a matter for "
            "UKRI, which is independent of ministers.", None),
        (I, "UK Research and Innovation", "the reduction would be spread across all seven research councils, with the "
            "final allocations for each doctoral training partnership to be published in March", None),
        (I, "Helen Maddox", "the funder would review the numbers again in 2028 if its budget improved", None),
    ],
    "actors": [
        actor("UK Research and Innovation", "government", title="national research funder", affiliation="United Kingdom",
              aliases=["UK Research and Innovation", "UKRI", "the funder"], stance=1),
        actor("Helen Maddox", "person", title="chief executive", affiliation="UK Research and Innovation",
              aliases=["Helen Maddox", "Maddox"], stance=1),
        actor("Universities UK", "organisation", title="universities' association", affiliation="United Kingdom",
              aliases=["Universities UK"], stance=-1),
        actor("University and College Union", "organisation", title="academic union", affiliation="United Kingdom",
              aliases=["University and College Union"], stance=-1),
        actor("Priya Nair", "person", title="doctoral student in materials science", affiliation="University of Sheffield",
              aliases=["Priya Nair", "Nair"], stance=-1),
        actor("Higher Education Statistics Agency", "government", title="higher education statistics agency",
              affiliation="United Kingdom", aliases=["Higher Education Statistics Agency"], stance=None),
        actor("Tom Ellery", "person", title="science spokesperson", affiliation="Liberal Democrats",
              aliases=["Tom Ellery", "Ellery"], stance=-1),
        actor("Russell Group", "organisation", title="research universities' group", affiliation="United Kingdom",
              aliases=["Russell Group"], stance=0),
        actor("spokesperson for the Department for Science, Innovation and Technology", "person",
              title="spokesperson (anonymous)", affiliation="Department for Science, Innovation and Technology",
              aliases=["spokesperson for the Department for Science, Innovation and Technology"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
