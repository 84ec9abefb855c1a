"""Build the test174 gold files (data/eval/test174/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test174/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test174.
Standard library only. Held out: not to be read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test174"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Just Food (food industry trade press) business (a dairy group closes a yoghurt plant), headline without speech,
#    "By ... | date" line, British straight single quotes '...' for full quotes and straight " for fragments, apostrophes
#    inside (won't) and outside (group's, UK's), "35%", "GBP412m"; lede content before "the company said on Tuesday";
#    "In a statement, the business said A, and that B" (one span); chief executive "said: '...` open at the end of its
#    line, then a closed paragraph (two directs); "Pell said A, "..."" (indirect plus the trailing fragment); scare
#    so-called 'heritage' range; union officer "said the union was "..." at ... and would fight "..."" (two partials),
#    quote with "she told Just Food"; group "Workers leaving the site ... said A", then "'...,' they said"; MP "said she
#    had written to the company asking it to ..." (indirect); "Consolidation ... was "...", according to Oliver Brennan"
#    (partial only), quote with "Brennan said"; "A spokesperson for Tesco said A".
ARTICLES[f"{BATCH}/pennine-vale-wigton-plant-closure.gold.json"] = {
    "article": f"{BATCH}/pennine-vale-wigton-plant-closure.txt",
    "target": "Pennine Vale Foods",
    "quotes": [
        (I, "Pennine Vale Foods", "UK dairy group Pennine Vale Foods plans to close its yoghurt plant in Wigton, Cumbria, "
            "next summer, putting 240 jobs at risk", None),
        (I, "Pennine Vale Foods", "volumes at the site had fallen by 35% since 2022 as retailers moved more of their "
            "own-label yoghurt to larger plants, and that production would be transferred to its factory in Settle, "
            "North Yorkshire", None),
        (D, "Andrew Pell", "This is the hardest decision I have taken in eight years at Pennine Vale. Wigton has a loyal, "
            "skilled workforce and this is in no way a reflection on them.", None),
        (D, "Andrew Pell", "We simply cannot keep two sites running at half capacity when our customers are asking us to "
            "hold prices.", None),
        (I, "Andrew Pell", "the company would offer redeployment to Settle, about 90 miles away", None),
        (P, "Andrew Pell", "to as many colleagues as possible", None),
        (S, None, "heritage", None),
        (P, "Gemma Carr", "shocked and angry", None),
        (P, "Gemma Carr", "for every single job", None),
        (D, "Gemma Carr", "Pennine Vale made a profit last year. This is about squeezing more out of fewer people, and "
            "our members won't accept it,", None),
        (I, "Workers leaving the site", "they had heard the news in a text message before the staff meeting had even "
            "started", None),
        (D, "Workers leaving the site", "Nobody looked us in the eye,", None),
        (I, "Ruth Allonby", "she had written to the company asking it to keep the site open until a buyer could be "
            "found", None),
        (P, "Oliver Brennan", "inevitable", None),
        (D, "Oliver Brennan", "Own-label yoghurt is a volume game now. Sub-scale plants are going one by one, and Wigton "
            "will not be the last,", None),
        (I, "spokesperson for Tesco", "the retailer's supply of own-label yoghurt would not be affected by the closure",
            None),
    ],
    "actors": [
        actor("Pennine Vale Foods", "organisation", title="dairy group", affiliation="UK",
              aliases=["Pennine Vale Foods", "Pennine Vale", "the company", "the business"], stance=1),
        actor("Andrew Pell", "person", title="Chief executive", affiliation="Pennine Vale Foods",
              aliases=["Andrew Pell", "Pell"], stance=1),
        actor("Gemma Carr", "person", title="regional officer", affiliation="Unite",
              aliases=["Gemma Carr", "Carr"], stance=-1),
        actor("Workers leaving the site", "group", title="Wigton plant workers", affiliation="Pennine Vale Foods",
              aliases=["Workers leaving the site"], stance=-1),
        actor("Ruth Allonby", "person", title="Penrith and Solway MP", affiliation=None,
              aliases=["Ruth Allonby", "Allonby"], stance=-1),
        actor("Oliver Brennan", "person", title="director", affiliation="Ridgeway Insights",
              aliases=["Oliver Brennan", "Brennan"], stance=0),
        actor("spokesperson for Tesco", "person", title="spokesperson", affiliation="Tesco",
              aliases=["spokesperson for Tesco"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Express Tribune (Pakistan) courts (the Lahore High Court criticises the environment department over smog),
#    headline with a straight single fragment "LHC raps environment department over smog 'failure'", standfirst without
#    speech, byline and "Published:" lines, dateline "LAHORE:", straight " and apostrophes; lede "directed the ... EPD
#    to submit ... (directive), observing that the department's measures ... had been "..."" (partial, the court);
#    judge "remarked" after her quote, then a quote-only paragraph; law officer "told the court that A" (indirect),
#    quote with "he said, adding that B" (direct plus indirect); counsel "argued that A "..." and that B" (partial plus
#    indirect); scare so-called "green lockdown" (glossed); department secretary "told The Express Tribune after the
#    hearing that A and that B" (one span); group "Residents of Lahore's Township area told The Express Tribune that A";
#    paediatrician in an apposition "said: "..."" (one direct of two sentences); "In its written order, the court said
#    the EPD's report was "..." on ... and fixed November 27 ..." (partial only).
ARTICLES[f"{BATCH}/lhc-smog-environment-department.gold.json"] = {
    "article": f"{BATCH}/lhc-smog-environment-department.txt",
    "target": "Punjab Environment Protection Department",
    "quotes": [
        (P, "Lahore High Court", "failure", "LHC raps"),
        (P, "Lahore High Court", "a failure on every count", None),
        (D, "Ayesha Rasheed", "Children in this city are breathing poison, and the department comes to court with a list "
            "of meetings it has held,", None),
        (D, "Ayesha Rasheed", "Meetings do not clean the air.", None),
        (I, "Waqas Butt", "the department had sealed 1,100 brick kilns and 85 factories since October and impounded more "
            "than 3,000 smoke-emitting vehicles", None),
        (D, "Waqas Butt", "The department is doing everything within its resources,", None),
        (I, "Waqas Butt", "the EPD had only 240 field inspectors for the whole province", None),
        (P, "Hamza Tarar", "for the cameras", None),
        (I, "Hamza Tarar", "most of the kilns had reopened within days", None),
        (S, None, "green lockdown", None),
        (I, "Imran Sheikh", "the department would comply with the court's order and that much of the smog came from crop "
            "burning across the border, which was beyond Punjab's control", None),
        (I, "Residents of Lahore's Township area", "the air had barely improved since the lockdown began", None),
        (D, "Asma Javed", "We are admitting twice as many children with breathing problems as we did in the same weeks "
            "last year. Most of them are under five.", None),
        (P, "Lahore High Court", "silent", None),
    ],
    "actors": [
        actor("Lahore High Court", "government", title="provincial high court", affiliation="Pakistan",
              aliases=["Lahore High Court", "LHC", "the court"], stance=-1),
        actor("Ayesha Rasheed", "person", title="Justice", affiliation="Lahore High Court",
              aliases=["Ayesha Rasheed", "Justice Ayesha Rasheed", "Rasheed", "the judge"], stance=-1),
        actor("Waqas Butt", "person", title="Assistant Advocate General", affiliation="Government of Punjab",
              aliases=["Waqas Butt", "Butt"], stance=1),
        actor("Hamza Tarar", "person", title="petitioners' counsel", affiliation=None,
              aliases=["Hamza Tarar", "Advocate Hamza Tarar", "Tarar"], stance=-1),
        actor("Imran Sheikh", "person", title="EPD Secretary", affiliation="Punjab Environment Protection Department",
              aliases=["Imran Sheikh", "Sheikh"], stance=1),
        actor("Residents of Lahore's Township area", "group", title="residents", affiliation=None,
              aliases=["Residents of Lahore's Township area"], stance=-1),
        actor("Asma Javed", "person", title="paediatrician", affiliation="Children's Hospital Lahore",
              aliases=["Asma Javed", "Dr Asma Javed", "Javed"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Arab Times (Kuwait) labour (600 cleaners of a government contractor unpaid for four months), headline without
#    speech, byline and "Arab Times Staff" lines, dateline "KUWAIT CITY, Jan 15:", curly “ ” and ’, "KD 4 million";
#    content before "according to the Public Authority for Manpower (PAM)"; worker named only by first name after his
#    quote ("said a Nepali worker who gave his name only as Ram, 31"), then a quote-only paragraph (his quote reports
#    others: "he says ...", "they say ..."); company "said in a statement to the Arab Times that the delays were caused
#    by “...” and that salaries ... would be paid “...”" (two partials, no indirect); spokesperson "said A, preventing
#    ..., until ...", "He added that B"; anonymous "Sources told the Arab Times A"; embassy "said A and was B" (one
#    span); newspaper "Al-Qabas daily reported on Wednesday that A"; rights group "said the case showed “...” the
#    position ... remained, and called on the government to ..." (partial; directive); scare so-called “wage protection
#    system” (glossed); group "Several of the workers said A"; "did not respond" (negated).
ARTICLES[f"{BATCH}/kuwait-cleaners-unpaid-wages.gold.json"] = {
    "article": f"{BATCH}/kuwait-cleaners-unpaid-wages.txt",
    "target": "Gulf Shine General Cleaning Company",
    "quotes": [
        (I, "Public Authority for Manpower", "About 600 workers employed by a cleaning company contracted to several "
            "government ministries have not been paid for four months", None),
        (D, "Ram", "We clean the ministries every morning. We have not been paid since September. Some of us are eating "
            "one meal a day,", None),
        (D, "Ram", "When we ask the supervisor, he says the ministry did not pay the company. When we ask the ministry, "
            "they say they paid.", None),
        (P, "Gulf Shine General Cleaning Company", "late payments from government clients", None),
        (P, "Gulf Shine General Cleaning Company", "within days", None),
        (I, "Fahad Al-Otaibi", "the authority had suspended the company’s file, preventing it from hiring new workers or "
            "renewing residence permits, until all arrears were paid", None),
        (I, "Fahad Al-Otaibi", "workers could file complaints at the authority’s labour relations department in Jleeb "
            "without going through their employer", None),
        (I, "Sources", "the company holds contracts worth about KD 4 million with three ministries, including the Ministry "
            "of Health", None),
        (I, "Embassy of Nepal in Kuwait", "it had sent officials to the camp and was providing food parcels to its "
            "nationals", None),
        (I, "Al-Qabas", "the Ministry of Finance had released the contract payments owed to the company in November",
            None),
        (P, "Kuwait Society for Human Rights", "how fragile", None),
        (S, None, "wage protection system", None),
        (I, "Several of the workers", "they had been told they would lose their jobs if they spoke to journalists", None),
    ],
    "actors": [
        actor("Public Authority for Manpower", "government", title="labour authority", affiliation="Kuwait",
              aliases=["Public Authority for Manpower", "PAM"], stance=0),
        actor("Ram", "person", title="Nepali worker, 31", affiliation="Gulf Shine General Cleaning Company",
              aliases=["Ram"], stance=-1),
        actor("Gulf Shine General Cleaning Company", "organisation", title="cleaning contractor", affiliation="Kuwait",
              aliases=["Gulf Shine General Cleaning Company", "the company", "The company"], stance=1),
        actor("Fahad Al-Otaibi", "person", title="PAM spokesperson", affiliation="Public Authority for Manpower",
              aliases=["Fahad Al-Otaibi", "Al-Otaibi"], stance=-1),
        actor("Sources", "group", title="sources (anonymous)", affiliation=None, aliases=["Sources"], stance=None),
        actor("Embassy of Nepal in Kuwait", "government", title="embassy", affiliation="Nepal",
              aliases=["Embassy of Nepal in Kuwait"], stance=None),
        actor("Al-Qabas", "organisation", title="daily newspaper", affiliation="Kuwait",
              aliases=["Al-Qabas"], stance=-1),
        actor("Kuwait Society for Human Rights", "organisation", title="human rights group", affiliation="Kuwait",
              aliases=["Kuwait Society for Human Rights"], stance=-1),
        actor("Several of the workers", "group", title="unpaid cleaners", affiliation=None,
              aliases=["Several of the workers"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Post-Courier (Papua New Guinea) health (hospitals run short of basic medicines), headline without speech, byline
#    in capitals, lede opening in capitals (HOSPITALS), straight " and apostrophes, "K120 million", "Dr"/"Mr"; lede
#    content before "according to health workers contacted by the Post-Courier"; hospital CEO "said the hospital's
#    pharmacy had been "..."" (partial only), quote with "Dr Pomat said"; Health Secretary "said A and would be
#    distributed "..."" (indirect plus partial), quote with "he said", "He said A", closing "Dr Yambi said A";
#    opposition spokesman "said A and "..."" (indirect plus partial), quote with "Mr Wapi told Parliament yesterday";
#    anonymous nurse "who did not want to be named, said A", quote with "she said"; scare so-called "pull system"
#    (glossed); church health network "said A"; queues at pharmacies (no speech).
ARTICLES[f"{BATCH}/png-hospital-medicine-shortage.gold.json"] = {
    "article": f"{BATCH}/png-hospital-medicine-shortage.txt",
    "target": "National Department of Health",
    "quotes": [
        (I, "health workers contacted by the Post-Courier", "HOSPITALS and health centres in at least six provinces have "
            "run out of basic medicines including amoxicillin, paracetamol and anti-malaria drugs", None),
        (P, "Lucas Pomat", "rationing antibiotics for three weeks", None),
        (D, "Lucas Pomat", "We are asking patients to buy their own medicines from private pharmacies. Many of them cannot "
            "afford it, and they go home without treatment. The supply from the department has not come since August,",
            None),
        (I, "Nelson Yambi", "a shipment of 40 containers of medical supplies had arrived in Lae on Monday", None),
        (P, "Nelson Yambi", "as a matter of urgency", None),
        (D, "Nelson Yambi", "The delay was caused by a tender dispute that has now been resolved. I apologise to the people "
            "of Papua New Guinea for the hardship,", None),
        (I, "Nelson Yambi", "the National Department of Health would also allow provincial health authorities to buy "
            "emergency stocks directly from approved local suppliers until the end of March", None),
        (I, "Peter Wapi", "the department had known about the shortage since June", None),
        (P, "Peter Wapi", "did nothing", None),
        (D, "Peter Wapi", "This is a department that can find money for overseas workshops but not for paracetamol,",
            None),
        (I, "nurse at Mendi General Hospital in Southern Highlands", "the hospital had received no medical kits from the "
            "department since August", None),
        (D, "nurse at Mendi General Hospital in Southern Highlands", "We have gloves. We have nothing else,", None),
        (S, None, "pull system", None),
        (I, "Christian Health Services", "its members had received less than half of their normal allocation this year",
            None),
        (I, "Nelson Yambi", "the department would publish a list of the medicines in each shipment on its Facebook page "
            "so that communities could check what had arrived", None),
    ],
    "actors": [
        actor("health workers contacted by the Post-Courier", "group", title="health workers", affiliation=None,
              aliases=["health workers contacted by the Post-Courier"], stance=0),
        actor("Lucas Pomat", "person", title="chief executive officer", affiliation="Port Moresby General Hospital",
              aliases=["Lucas Pomat", "Dr Lucas Pomat", "Pomat", "Dr Pomat"], stance=-1),
        actor("Nelson Yambi", "person", title="Health Secretary", affiliation="National Department of Health",
              aliases=["Nelson Yambi", "Dr Nelson Yambi", "Yambi", "Dr Yambi"], stance=1),
        actor("Peter Wapi", "person", title="Opposition health spokesman", affiliation="Opposition",
              aliases=["Peter Wapi", "Wapi", "Mr Wapi"], stance=-1),
        actor("nurse at Mendi General Hospital in Southern Highlands", "person", title="nurse (anonymous)",
              affiliation="Mendi General Hospital", aliases=["nurse at Mendi General Hospital in Southern Highlands"],
              stance=-1),
        actor("Christian Health Services", "organisation", title="church health network", affiliation="Papua New Guinea",
              aliases=["Christian Health Services"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
