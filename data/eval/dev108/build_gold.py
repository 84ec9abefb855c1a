"""Build the dev108 gold files (data/eval/dev108/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev108/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev108.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev108"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Tehran Times transport/diplomacy (track-laying begins on the Russian-financed Rasht-Astara railway), headline
#    without speech, no byline, `TEHRAN –` dateline running into the lede, straight `"` and apostrophes,
#    `percent`, `€1.3 billion`; scare so-called "missing link" in the lede; minister with a title chain `said A`
#    (after `Speaking at a ceremony in Rasht ...,`), quote with `Nouri said`, `He said A and that B` (one span);
#    Russian deputy minister `told reporters that Moscow regarded the corridor as "..." and that B` (partial plus
#    indirect), `he said`; Russian Railways `said in a statement that A, cutting ...` (the participial clause kept);
#    `Not everyone in Tehran was in a celebratory mood.` (no speech); MP `said the Russian side had "..." in ...
#    and that B` (partial plus indirect), quote with `the lawmaker told ILNA`; official `rejected that view,
#    saying the loan terms were "..." for ...` (act not annotated; partial only); Azerbaijan Railways `said A`;
#    economist `said A, but warned that B` (two indirects), `she told the Tehran Times`; `According to IRNA, A`.
ARTICLES[f"{BATCH}/rasht-astara-railway-russia-loan.gold.json"] = {
    "article": f"{BATCH}/rasht-astara-railway-russia-loan.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "missing link", None),
        (I, "Ali Akbar Nouri", "the 162-kilometre line would be completed within 42 months", None),
        (D, "Ali Akbar Nouri", "Today the words have become rails. This railway will connect the Indian Ocean to "
            "northern Europe through Iran, and it is being built with the cooperation of a friendly country that has "
            "kept its promises,", None),
        (I, "Ali Akbar Nouri", "land acquisition along the route was 96 percent complete and that the remaining plots "
            "in Gilan province would be handed over by March", None),
        (P, "Dmitry Zverev", "a strategic priority", None),
        (I, "Dmitry Zverev", "Russian contractors would supply rails and signalling equipment", None),
        (D, "Dmitry Zverev", "Sanctions were meant to isolate our countries. Instead, they have pushed us to build the "
            "routes that the world will use for the next hundred years,", None),
        (I, "Russian Railways", "the first freight trains could run on the line in 2030, cutting the transit time for "
            "cargo between St Petersburg and Mumbai to about three weeks", None),
        (P, "Hossein Golzari", "wasted three years", None),
        (I, "Hossein Golzari", "Iran should have started construction with its own resources", None),
        (D, "Hossein Golzari", "We are grateful for every partner, but our national projects should not be held "
            "hostage to another country's bureaucracy,", None),
        (P, "Reza Akbari-Nasab", "among the best Iran has ever received", None),
        (I, "Azerbaijan Railways", "its new freight terminal at the Astara border station was ready to receive Iranian "
            "and Russian cargo", None),
        (I, "Leila Mousavi", "the railway made economic sense regardless of who financed it", None),
        (I, "Leila Mousavi", "Iran should avoid depending on a single partner for its transit ambitions", None),
        (D, "Leila Mousavi", "Russia is building this corridor because it needs a way south that nobody can block. "
            "That is a good reason for Russia, and Iran should make sure it also serves Iran's interests,", None),
        (I, "IRNA", "trade turnover between Iran and Russia reached $4.9 billion in the first ten months of 2026, an "
            "increase of 11 percent year on year", None),
    ],
    "actors": [
        actor("Ali Akbar Nouri", "person", title="Roads and Urban Development Minister", affiliation="Iran",
              aliases=["Ali Akbar Nouri", "Nouri"], stance=1),
        actor("Dmitry Zverev", "person", title="Deputy Transport Minister", affiliation="Russia",
              aliases=["Dmitry Zverev", "Zverev"], stance=1),
        actor("Russian Railways", "organisation", title="state railway company", affiliation="Russia",
              aliases=["Russian Railways", "RZD"], stance=1),
        actor("Hossein Golzari", "person", title="member of the Majlis Development Commission", affiliation="Majlis",
              aliases=["Hossein Golzari", "Golzari", "the lawmaker"], stance=-1),
        actor("Reza Akbari-Nasab", "person", title="deputy head",
              affiliation="Construction and Development of Transport Infrastructure Company",
              aliases=["Reza Akbari-Nasab", "Akbari-Nasab"], stance=1),
        actor("Azerbaijan Railways", "organisation", title="state railway company", affiliation="Azerbaijan",
              aliases=["Azerbaijan Railways"], stance=None),
        actor("Leila Mousavi", "person", title="economist", affiliation="Tehran University",
              aliases=["Leila Mousavi", "Mousavi"], stance=0),
        actor("IRNA", "organisation", title="news agency", affiliation="Iran", aliases=["IRNA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Sixth Tone (Shanghai) society/culture (a museum scraps phone-only entry after older visitors are turned
#    away), Title Case headline and a standfirst without speech, byline and `Dec 10, 2026` lines, American spelling,
#    curly quotes and apostrophes, Chinese names surname first; museum `said in a statement on its official WeChat
#    account ... that it had "..." and that B` (partial plus indirect), then `the statement said`; scare so-called
#    "smart museum" initiative; video `shows a security guard telling several people ...: "..."` (colon: direct);
#    resident `told Sixth Tone that A`, quote split by `she said`; anonymous Weibo user `wrote: "..."`; deputy
#    curator with the surname He (`He Yun, the museum's deputy curator, said A`), quote split by `He said` (the
#    surname), `She added that A and that B` (one span); city bureau `said it had asked all museums ... to check
#    ...` (a reported proposition: indirect), `It said A`; sociologist `said A and that B` (one span), `Li said`;
#    `According to the China Internet Network Information Center, A`.
ARTICLES[f"{BATCH}/suzhou-museum-smartphone-only-tickets.gold.json"] = {
    "article": f"{BATCH}/suzhou-museum-smartphone-only-tickets.txt",
    "target": "Pingjiang Folk Art Museum",
    "quotes": [
        (S, None, "smart museum", None),
        (P, "Pingjiang Folk Art Museum", "failed to consider the needs of all visitors", None),
        (I, "Pingjiang Folk Art Museum", "a ticket window for walk-in visitors would reopen immediately", None),
        (D, "Pingjiang Folk Art Museum", "We sincerely apologize to the elderly friends who were inconvenienced, and "
            "we thank the public for its criticism,", None),
        (D, "security guard", "Without a QR code, there is no entry.", None),
        (I, "Zhou Guiying", "she had taken two buses from her home in the Wuzhong district to see an exhibition of "
            "embroidery by women from her hometown", None),
        (D, "Zhou Guiying", "My daughter works in Shanghai. Who was going to book it for me?", None),
        (D, "Zhou Guiying", "I was not angry at the guard. He was only following orders. I was angry that nobody "
            "thought about people like us.", None),
        (D, "Weibo user", "A museum of folk art that doesn\u2019t let the folk in. You couldn\u2019t make it up.", None),
        (I, "He Yun", "the online system had been introduced to manage crowds during the autumn holidays, when daily "
            "visitors exceeded the building\u2019s capacity of 3,000", None),
        (D, "He Yun", "It was never our intention to exclude anyone,", None),
        (D, "He Yun", "We made a mistake in the implementation, and we have corrected it.", None),
        (I, "He Yun", "staff would now help visitors without smartphones book at the entrance and that the museum "
            "would keep at least 300 daily tickets for walk-ins", None),
        (I, "Suzhou Municipal Bureau of Culture, Radio, Television and Tourism", "it had asked all museums under its "
            "supervision to check their booking arrangements before the end of the year", None),
        (I, "Suzhou Municipal Bureau of Culture, Radio, Television and Tourism", "most museums in the city already "
            "kept offline channels", None),
        (I, "Li Xiaohong", "the episode was not unique to Suzhou and that public institutions often treated digital "
            "systems as neutral when they were not", None),
        (D, "Li Xiaohong", "The question isn\u2019t whether museums should go digital. It\u2019s whether they design for "
            "the 80-year-old as well as the 20-year-old,", None),
        (I, "China Internet Network Information Center", "about 1 in 4 people aged 60 and above in China did not use "
            "the internet as of June this year", None),
    ],
    "actors": [
        actor("Pingjiang Folk Art Museum", "organisation", title="museum",
              aliases=["Pingjiang Folk Art Museum", "the museum"], stance=1),
        actor("security guard", "person", title="museum security guard (in the video)",
              affiliation="Pingjiang Folk Art Museum", aliases=["security guard"], stance=None),
        actor("Zhou Guiying", "person", title="visitor, 72", aliases=["Zhou Guiying", "Zhou"], stance=-1),
        actor("Weibo user", "person", title="anonymous social media user", aliases=["Weibo user"], stance=-1),
        actor("He Yun", "person", title="deputy curator", affiliation="Pingjiang Folk Art Museum",
              aliases=["He Yun", "He"], stance=1),
        actor("Suzhou Municipal Bureau of Culture, Radio, Television and Tourism", "government",
              title="city culture and tourism bureau", affiliation="Suzhou",
              aliases=["Suzhou Municipal Bureau of Culture, Radio, Television and Tourism"], stance=0),
        actor("Li Xiaohong", "person", title="sociologist", affiliation="Nanjing University",
              aliases=["Li Xiaohong", "Li"], stance=0),
        actor("China Internet Network Information Center", "organisation", title="internet statistics body",
              aliases=["China Internet Network Information Center"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Business Standard (India) economy/trade (India presses Japan on drug approvals and farm barriers as trade-pact
#    review talks stall), headline and standfirst without speech, `Shreya Nandan  |  New Delhi` and `Last Updated :
#    Dec 11 2026 | 11:42 PM IST` lines, straight `"` and apostrophes, `crores`, `¥1 trillion`; lede `India has asked
#    Japan to fast-track ...` (a request, not annotated); commerce secretary `said A but that "..." remained on ...`
#    (indirect plus partial), `Bhandari said in a statement`; content before `, according to the commerce
#    department`; anonymous official `said, requesting anonymity, that A`, `the official said`; embassy `In a
#    response to Business Standard, the Embassy of Japan in New Delhi said ... were applied "..." and were based on
#    ...` (partial only: no second subject), `It added that A`; `Exporters were less diplomatic.` (no speech);
#    export council chairman with a title chain `said A`, `Suri said`; exporter `said A.` then his quote in the
#    same paragraph with `he said`; `Not all analysts put the blame on Tokyo.` (no speech); economist `said A, and
#    that B` (one span), `she said`; scare the "Special Strategic and Global Partnership" framework; content before
#    `, according to the Department for Promotion of Industry and Internal Trade (DPIIT)`.
ARTICLES[f"{BATCH}/india-japan-cepa-review-generics-access.gold.json"] = {
    "article": f"{BATCH}/india-japan-cepa-review-generics-access.txt",
    "target": "Japan",
    "quotes": [
        (I, "Rakesh Bhandari", "the two sides had made progress on services and investment", None),
        (P, "Rakesh Bhandari", "substantive differences", None),
        (D, "Rakesh Bhandari", "Our exports to Japan have hardly grown in a decade while imports have doubled. A "
            "partnership cannot be a one-way street,", None),
        (I, "commerce department", "India's trade deficit with Japan stood at $16.7 billion in 2025-26, up from $8 "
            "billion a decade earlier", None),
        (I, "senior official", "Japan's Pharmaceuticals and Medical Devices Agency (PMDA) took on average more than two "
            "years to approve an Indian generic drug, against about ten months for a domestic one", None),
        (D, "senior official", "Every time we raise it, we are told the process is science-based. Nobody disputes the "
            "science. We dispute the queue,", None),
        (P, "Embassy of Japan in New Delhi", "equally to all countries", None),
        (I, "Embassy of Japan in New Delhi", "Japanese companies had announced investments worth over \u00a51 trillion "
            "in India over the past two years", None),
        (I, "Venkat Rao Suri", "Indian firms had effectively given up on the Japanese market", None),
        (D, "Venkat Rao Suri", "You spend crores on dossiers and inspections and wait three years. Most of our members "
            "have stopped trying,", None),
        (I, "Abhijit Kale", "only two such plants in India were currently certified by Japanese authorities", None),
        (D, "Abhijit Kale", "Japan wants our mangoes, Japanese buyers tell us that every season. The rules are the "
            "problem,", None),
        (I, "Meera Subramaniam", "Indian exporters had also been slow to meet Japanese quality expectations, and that "
            "the deficit partly reflected India's appetite for Japanese machinery and electronics", None),
        (D, "Meera Subramaniam", "It's convenient to call it protectionism. Some of it is. But Japanese buyers are "
            "demanding, and we haven't always delivered,", None),
        (S, None, "Special Strategic and Global Partnership", None),
        (I, "Department for Promotion of Industry and Internal Trade", "Japan is India's fifth-largest source of "
            "foreign direct investment, with cumulative inflows of $43 billion since 2000", None),
    ],
    "actors": [
        actor("Rakesh Bhandari", "person", title="Commerce Secretary", affiliation="India",
              aliases=["Rakesh Bhandari", "Bhandari"], stance=-1),
        actor("commerce department", "government", title="commerce department", affiliation="India",
              aliases=["commerce department"], stance=None),
        actor("senior official", "person", title="anonymous official in the Indian delegation", affiliation="India",
              aliases=["senior official", "the official"], stance=-1),
        actor("Embassy of Japan in New Delhi", "government", title="embassy", affiliation="Japan",
              aliases=["Embassy of Japan in New Delhi"], stance=1),
        actor("Venkat Rao Suri", "person", title="chairman",
              affiliation="Pharmaceuticals Export Promotion Council of India (Pharmexcil)",
              aliases=["Venkat Rao Suri", "Suri"], stance=-1),
        actor("Abhijit Kale", "person", title="mango exporter", affiliation="Ratnagiri",
              aliases=["Abhijit Kale", "Kale"], stance=-1),
        actor("Meera Subramaniam", "person", title="trade economist",
              affiliation="Indian Council for Research on International Economic Relations (ICRIER)",
              aliases=["Meera Subramaniam", "Subramaniam"], stance=0),
        actor("Department for Promotion of Industry and Internal Trade", "government", title="industry department",
              affiliation="India", aliases=["Department for Promotion of Industry and Internal Trade", "DPIIT"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Solomon Star (Solomon Islands) health/politics (the health minister under fire over a hospital medicine
#    shortage), headline without speech, `By RUTH LIVAE` and `Honiara` lines, capitalised lede opening (`HEALTH
#    Minister Dr Jimson Hou has rejected calls for his resignation`: an act), straight `"` and apostrophes,
#    `Mr`/`Mrs`, capitalised `the Minister`, `the Government`, `the House`; `Speaking in Parliament yesterday, Dr Hou
#    said A`; quote with `the Minister told the House` and a quote-only paragraph; `He said A`; opposition
#    spokesperson with a title chain (`the Opposition's spokesperson for health, Member of Parliament for East Kwaio
#    Alfred Ghiro`) `said the shortage was "..." and that B` (partial plus indirect), `Mr Ghiro said`; nurses'
#    association `said in a press release that nurses ... were being "..."` (partial only); its president `said A`,
#    `Mrs Maeliau said`; `When contacted by the Solomon Star, the NRH chief executive officer, Dr Samuel Kwaiga, said
#    A`, `he said`; anonymous mother `said A`, `she said`; anonymous officer `said A`; ministry `said the Minister had
#    acted "..." once ... and that B` (partial plus indirect); scare much-publicised "medicine bank".
ARTICLES[f"{BATCH}/nrh-medicine-shortage-health-minister-hou.gold.json"] = {
    "article": f"{BATCH}/nrh-medicine-shortage-health-minister-hou.txt",
    "target": "Jimson Hou",
    "quotes": [
        (I, "Jimson Hou", "a delayed shipment of antibiotics, painkillers and intravenous fluids had arrived at the "
            "National Medical Stores on Monday and would be distributed to the hospital and provincial clinics by the "
            "end of this week", None),
        (D, "Jimson Hou", "I will not run away from this problem. I am the one who is fixing it,", None),
        (D, "Jimson Hou", "The shipment was held up in Brisbane because of a paperwork issue with the supplier. That "
            "issue is now resolved.", None),
        (I, "Jimson Hou", "the Government had also approved an extra $12 million for medical supplies in the "
            "supplementary budget", None),
        (P, "Alfred Ghiro", "the result of poor planning, not bad luck", None),
        (I, "Alfred Ghiro", "the Minister had been warned about low stock levels as early as September", None),
        (D, "Alfred Ghiro", "If this had happened once, we could forgive it. This is the second time this year. The "
            "people of this country deserve a Minister who plans ahead,", None),
        (P, "Solomon Islands Nursing Association", "forced to turn patients away with a prescription and an apology",
            None),
        (I, "Florence Maeliau", "some nurses had been paying for gloves and dressings out of their own pockets", None),
        (D, "Florence Maeliau", "We are not asking for anything special. We are asking for the basic tools to do our "
            "job,", None),
        (I, "Samuel Kwaiga", "the hospital had been managing with emergency stock borrowed from provincial clinics",
            None),
        (D, "Samuel Kwaiga", "It has been difficult, but no patient has been refused treatment. Where we could not "
            "provide a medicine, we gave a prescription,", None),
        (I, "mother from Burns Creek", "she had already spent $240 on medicines in two weeks", None),
        (D, "mother from Burns Creek", "Where do we find that kind of money? My husband sells betel nut at the "
            "market,", None),
        (I, "senior officer at the National Medical Stores", "the supplier had warned the ministry in August that the "
            "order would be delayed", None),
        (P, "Ministry of Health and Medical Services", "promptly and appropriately", None),
        (I, "Ministry of Health and Medical Services", "a review of procurement procedures was under way", None),
        (S, None, "medicine bank", None),
    ],
    "actors": [
        actor("Jimson Hou", "person", title="Health Minister", affiliation="Solomon Islands Government",
              aliases=["Jimson Hou", "Dr Jimson Hou", "Dr Hou", "Hou", "the Minister"], stance=1),
        actor("Alfred Ghiro", "person", title="Opposition spokesperson for health, MP for East Kwaio",
              affiliation="Opposition", aliases=["Alfred Ghiro", "Mr Ghiro", "Ghiro"], stance=-1),
        actor("Solomon Islands Nursing Association", "organisation", title="nurses' association",
              aliases=["Solomon Islands Nursing Association", "SINA"], stance=-1),
        actor("Florence Maeliau", "person", title="president", affiliation="Solomon Islands Nursing Association",
              aliases=["Florence Maeliau", "Mrs Maeliau", "Maeliau"], stance=-1),
        actor("Samuel Kwaiga", "person", title="chief executive officer", affiliation="National Referral Hospital",
              aliases=["Samuel Kwaiga", "Dr Samuel Kwaiga", "Kwaiga"], stance=0),
        actor("mother from Burns Creek", "person", title="anonymous patient's mother",
              aliases=["mother from Burns Creek"], stance=-1),
        actor("senior officer at the National Medical Stores", "person", title="anonymous officer",
              affiliation="National Medical Stores", aliases=["senior officer at the National Medical Stores"],
              stance=-1),
        actor("Ministry of Health and Medical Services", "government", title="health ministry",
              affiliation="Solomon Islands Government", aliases=["Ministry of Health and Medical Services", "MHMS"],
              stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
