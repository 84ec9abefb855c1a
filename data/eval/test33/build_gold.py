"""Build the test33 gold files (data/eval/test33/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev91/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test33/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test33.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test33"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. TVP World (Poland's public broadcaster, English) security/diplomacy (Russian border guards detain a Polish
#    fishing boat on the Vistula Lagoon), headline and standfirst without speech, caption `Photo: NAME/PAP`, closing
#    `Source: PAP, TASS, TVP World` line, curly quotes and apostrophes; lede content before `, Poland's Foreign
#    Ministry said on Thursday`; `The ministry described the detention as "..." and said A` (partial plus indirect);
#    content before `, according to the Polish Border Guard`; spokesman `told TVP World that A and B` (one span);
#    quote with `he said`; quote split by `Kordecki added` (two directs); `In a statement carried by ... TASS, the
#    FSB border directorate ... said the vessel had "..." by about 300 metres, and that B` (partial plus indirect);
#    content before `, the statement added`; scare `"exercises"`; association head in an apposition `said A`, quote
#    with `Wilk said`; voivode `wrote on X: "..."`; `According to X, ... "..." at a time when ...` (partial only);
#    analyst quote split by `Sadowski said`; Commission spokesperson `said Brussels was "..."` (partial only);
#    `did not respond to a request for comment`.
ARTICLES[f"{BATCH}/russia-detains-polish-fishing-boat-vistula-lagoon.gold.json"] = {
    "article": f"{BATCH}/russia-detains-polish-fishing-boat-vistula-lagoon.txt",
    "target": "Russia",
    "quotes": [
        (I, "Foreign Ministry", "Russian border guards have detained a Polish fishing boat and its two-man crew on the "
            "Vistula Lagoon", None),
        (P, "Foreign Ministry", "a provocation", "described the detention as"),
        (I, "Foreign Ministry", "the boat had been fishing on the Polish side of the border, which is marked with buoys "
            "along its entire length", None),
        (I, "Polish Border Guard", "The Sokół II, registered in Tolkmicko, was stopped at around 6:40 am on Wednesday "
            "by a Russian patrol vessel and escorted to the port of Baltiysk", None),
        (I, "Tomasz Kordecki", "the Russian chargé d’affaires had been summoned to the ministry on Thursday morning and "
            "handed a protest note", None),
        (D, "Tomasz Kordecki", "We expect the immediate release of both fishermen and their boat. There is no doubt "
            "where they were. Their GPS data show it, and so do our own radar records,", None),
        (D, "Tomasz Kordecki", "This is not the first time Russia has tried to test us on the lagoon,", None),
        (D, "Tomasz Kordecki", "It will not be the last. But we will not be intimidated.", None),
        (P, "FSB border directorate for the Kaliningrad region", "violated the state border of the Russian Federation",
            None),
        (I, "FSB border directorate for the Kaliningrad region", "its crew had been handed over to investigators",
            None),
        (I, "FSB border directorate for the Kaliningrad region", "The fishermen face charges of illegally crossing the "
            "border, which carry a penalty of up to two years in prison", None),
        (S, None, "exercises", None),
        (I, "Andrzej Wilk", "the two detained men were a father and son who had fished the lagoon for more than 30 "
            "years", None),
        (D, "Andrzej Wilk", "They know every buoy on that water. If anyone says they crossed by accident, I don’t "
            "believe it. If anyone says they crossed on purpose, that is simply a lie,", None),
        (D, "Katarzyna Rymarz", "I have spoken to the families this morning. The state will not leave them alone.",
            None),
        (P, "Marek Sadowski", "as a pressure point", None),
        (D, "Marek Sadowski", "Russia wants to show that the canal through the spit was a provocation, so it answers "
            "with one of its own,", None),
        (D, "Marek Sadowski", "Detaining two fishermen costs the Kremlin nothing, and it tells every Polish boat owner "
            "on the lagoon to be afraid.", None),
        (P, "European Commission spokesperson", "following the situation very closely and is in contact with the "
            "Polish authorities.", None),
    ],
    "actors": [
        actor("Foreign Ministry", "government", affiliation="Poland", aliases=["Foreign Ministry", "the ministry"],
              stance=-1),
        actor("Polish Border Guard", "government", affiliation="Poland", aliases=["Polish Border Guard"], stance=0),
        actor("Tomasz Kordecki", "person", title="Foreign Ministry spokesman", affiliation="Poland",
              aliases=["Tomasz Kordecki", "Kordecki"], stance=-1),
        actor("FSB border directorate for the Kaliningrad region", "government", affiliation="Russia",
              aliases=["FSB border directorate for the Kaliningrad region", "FSB border directorate"], stance=1),
        actor("Andrzej Wilk", "person", title="head of the fishermen's association", affiliation="Tolkmicko",
              aliases=["Andrzej Wilk", "Wilk"], stance=-1),
        actor("Katarzyna Rymarz", "person", title="voivode of Warmia-Masuria", affiliation="Poland",
              aliases=["Katarzyna Rymarz", "Rymarz"], stance=-1),
        actor("Marek Sadowski", "person", title="Russia analyst",
              affiliation="Polish Institute of International Affairs (PISM)",
              aliases=["Marek Sadowski", "Sadowski"], stance=-1),
        actor("European Commission spokesperson", "person", affiliation="European Commission",
              aliases=["European Commission spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Construction News (UK construction trade press) contracts (an NHS trust terminates a contractor's hospital
#    contract), headline without speech, standfirst with a straight single fragment `Brayford calls termination
#    'unlawful'` (partial for the company it names), `By NAME` and date lines, straight `"` and apostrophes, British
#    spelling, trade jargon (`ProCure23`, `tier two`, `frame and envelope`, `AIM`); trust `said on Tuesday it had
#    ended the contract "..." and that B` (partial plus indirect); chief executive `said: "..."`; `In a statement,
#    Brayford said the termination was "..." and that B` (partial plus indirect); quote with `the statement said`;
#    scare so-called `"pain/gain"` mechanism; anonymous source `told CN the relationship had "..." by the summer, with
#    weekly progress meetings "..."` (two partials); `Several subcontractors told CN A`; subcontractor boss in an
#    apposition `said A`, quote with `he said`; `the firm said it had "..." after ...` (partial only); consultant
#    `said terminations ... were "..."` (partial only), quote split by `she said`; NHS England `said it was working
#    with the trust to "..."` (partial only).
ARTICLES[f"{BATCH}/brayford-hospital-contract-terminated.gold.json"] = {
    "article": f"{BATCH}/brayford-hospital-contract-terminated.txt",
    "target": "Brayford Construction",
    "quotes": [
        (P, "Brayford Construction", "unlawful", "calls termination '"),
        (P, "Shrewsbury and Telford Hospital NHS Trust", "with great reluctance", None),
        (I, "Shrewsbury and Telford Hospital NHS Trust", "it would appoint a new contractor to complete the 180-bed "
            "building at the Royal Shrewsbury Hospital by early 2027", None),
        (D, "Fiona Garside", "Patients in Shropshire have waited long enough for this building. We gave Brayford every "
            "opportunity to put things right, and we simply could not accept any further slippage.", None),
        (P, "Brayford Construction", "unlawful and without merit", None),
        (I, "Brayford Construction", "it had instructed solicitors to challenge it", None),
        (D, "Brayford Construction", "The delays on this project were caused by design changes requested by the "
            "client, not by any failing on our part. We have documented every one of them,", None),
        (S, None, "pain/gain", None),
        (P, "source close to the project", "completely broken down", None),
        (P, "source close to the project", "turning into shouting matches", None),
        (I, "Several subcontractors", "they were still owed money for work carried out since September", None),
        (I, "Gareth Pryce", "his company alone was owed £1.3m", None),
        (D, "Gareth Pryce", "We've kept our lads on site because we believed the job would get finished. Now we don't "
            "know who we're working for, or whether we'll ever see that money,", None),
        (P, "Brayford Construction", "turned a corner", None),
        (P, "Rachel Okafor", "extremely rare", None),
        (D, "Rachel Okafor", "Once you reach this point, nobody wins,", None),
        (D, "Rachel Okafor", "The trust will pay a premium to bring in a new contractor halfway through a build, and "
            "the lawyers will be busy for years.", None),
        (P, "NHS England", "minimise disruption", None),
    ],
    "actors": [
        actor("Brayford Construction", "organisation", title="Midlands-based tier two contractor",
              aliases=["Brayford Construction", "Brayford", "the firm"], stance=1),
        actor("Shrewsbury and Telford Hospital NHS Trust", "organisation", title="NHS trust",
              aliases=["Shrewsbury and Telford Hospital NHS Trust", "the trust"], stance=-1),
        actor("Fiona Garside", "person", title="Trust chief executive",
              affiliation="Shrewsbury and Telford Hospital NHS Trust", aliases=["Fiona Garside", "Garside"],
              stance=-1),
        actor("source close to the project", "person", title="anonymous source",
              aliases=["source close to the project"], stance=0),
        actor("Several subcontractors", "group", aliases=["Several subcontractors"], stance=-1),
        actor("Gareth Pryce", "person", title="managing director", affiliation="Pryce M&E",
              aliases=["Gareth Pryce", "Pryce"], stance=-1),
        actor("Rachel Okafor", "person", title="head of health", affiliation="Turner & Townsend",
              aliases=["Rachel Okafor", "Okafor"], stance=0),
        actor("NHS England", "organisation", aliases=["NHS England"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Fiji Sun local news (landowners block the road to a Nadi resort over lease money), headline without speech,
#    `By NAME` in capitals and `NADI` lines, closing `Feedback:` e-mail line, straight `"` and apostrophes, British
#    spelling, `Mr` without a full stop, iTaukei chiefly title (`Ratu Inoke`); lede `have blocked ..., saying A`;
#    mataqali head `said A`, quote with `Ratu Inoke said`; `He said the resort owed the mataqali "..." in ...`
#    (partial only); general manager `said A`, quote split by `Mr Prasad said`; `He said A`; anonymous worker `who
#    asked not to be named, said A`; `In a statement yesterday, the TLTB said it was investigating "..." in ..., and
#    that B` (partial plus indirect); `The board said A`; `Police said A and that B` (one span); police commander
#    named after the quote; scare `"customary closure"`; Q&A `Asked whether ..., Ratu Inoke replied: "..."`; `He said
#    A`; Tourism Fiji `said A and B` (one span).
ARTICLES[f"{BATCH}/landowners-block-wailoaloa-resort-road.gold.json"] = {
    "article": f"{BATCH}/landowners-block-wailoaloa-resort-road.txt",
    "target": "Ratu Inoke Nawaqa",
    "quotes": [
        (I, "Mataqali Nakavu", "they have not received any lease money for more than 18 months", None),
        (I, "Ratu Inoke Nawaqa", "the gate would stay locked until the money was paid in full", None),
        (D, "Ratu Inoke Nawaqa", "We are not against tourism. Our children work in this hotel, our women sell their "
            "handicrafts to the guests. But this is our land, and we have been patient for too long,", None),
        (P, "Ratu Inoke Nawaqa", "more than $400,000", None),
        (I, "Shalendra Prasad", "the resort had paid all its lease money to the iTaukei Land Trust Board (TLTB), as "
            "required by law", None),
        (D, "Shalendra Prasad", "We have receipts for every payment,", None),
        (D, "Shalendra Prasad", "The dispute is between the landowners and the TLTB, not with us, and our guests "
            "should not be caught in the middle.", None),
        (I, "Shalendra Prasad", "about 140 guests, most of them from Australia and New Zealand, had been ferried to and "
            "from the resort by boat from Port Denarau since Monday", None),
        (I, "worker from Navo village", "staff feared they would lose their shifts if the blockade continued into the "
            "Christmas season", None),
        (P, "iTaukei Land Trust Board", "discrepancies", None),
        (I, "iTaukei Land Trust Board", "a team from its Lautoka office would meet the landowners on Thursday", None),
        (I, "iTaukei Land Trust Board", "all lease payments from the resort had been received and were up to date",
            None),
        (I, "Police", "officers had been at the site since Monday and that no arrests had been made", None),
        (D, "Josaia Raikadroka", "Officers are there to keep the peace. We urge both sides to sit down and resolve this "
            "through dialogue,", None),
        (S, None, "customary closure", None),
        (D, "Ratu Inoke Nawaqa", "Part payment is what we have been getting for years. Not this time.", None),
        (I, "Ratu Inoke Nawaqa", "the mataqali had written to the TLTB three times this year without receiving a "
            "reply", None),
        (I, "Tourism Fiji", "it was aware of the situation and was in contact with the resort", None),
    ],
    "actors": [
        actor("Mataqali Nakavu", "group", title="landowning unit", affiliation="Navo village, Nadi",
              aliases=["Mataqali Nakavu"], stance=1),
        actor("Ratu Inoke Nawaqa", "person", title="Mataqali head", affiliation="Mataqali Nakavu",
              aliases=["Ratu Inoke Nawaqa", "Ratu Inoke", "Nawaqa"], stance=1),
        actor("Shalendra Prasad", "person", title="general manager", affiliation="Wailoaloa Bay Resort",
              aliases=["Shalendra Prasad", "Mr Prasad", "Prasad"], stance=-1),
        actor("worker from Navo village", "person", title="resort worker (anonymous)",
              aliases=["worker from Navo village"], stance=-1),
        actor("iTaukei Land Trust Board", "organisation", aliases=["iTaukei Land Trust Board", "TLTB", "The board"],
              stance=0),
        actor("Police", "organisation", affiliation="Fiji Police Force", aliases=["Police"], stance=0),
        actor("Josaia Raikadroka", "person", title="Western Division Police Commander", affiliation="Fiji Police",
              aliases=["Josaia Raikadroka", "Raikadroka"], stance=0),
        actor("Tourism Fiji", "organisation", aliases=["Tourism Fiji"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Bernama (Malaysia's national news agency) wire (the Road Transport Department apologises for a 30-hour outage
#    of its app), headline without quote marks, `PUTRAJAYA, Dec 3 (Bernama) --` dateline running into the lede,
#    `-- BERNAMA` sign-off, straight `"` and apostrophes, `here` for the dateline city, Malay names and honorifics
#    (`Datuk`, `Prof Dr`) shortened to the given name (`Mohd Faizal`); `has apologised` (no content); deputy
#    director-general `said A`, quote with `he told a press conference`; `He said A and would B` (one span); quote
#    with `he said`; `According to him, A, and B` (one span); Q&A `Asked whether ..., Mohd Faizal said A and B` (one
#    span); scare so-called `"digital-first"` drive; motorist `said A`, quote with a nested straight single
#    `'system maintenance'` and `said the administrative assistant from Setapak`; FOMCA `in a statement, described
#    the outage as "..." and urged JPJ to ...` (partial; directive not annotated); `NACSA, when contacted, confirmed
#    A and B` (one span); academic `said A`, quote with `she told Bernama`, `She added that A`.
ARTICLES[f"{BATCH}/jpj-myjpj-outage-apology.gold.json"] = {
    "article": f"{BATCH}/jpj-myjpj-outage-apology.txt",
    "target": "Road Transport Department",
    "quotes": [
        (I, "Mohd Faizal Ismail", "the disruption, which began at about 4 am on Monday, was caused by a failure during a "
            "scheduled upgrade of the department's data centre and not by a cyberattack", None),
        (D, "Mohd Faizal Ismail", "All services were fully restored at 9.45 am today. No personal data was compromised, "
            "and we have verified this with the National Cyber Security Agency (NACSA),", None),
        (I, "Mohd Faizal Ismail", "motorists whose driving licences or road tax expired between Dec 1 and Dec 3 would "
            "be given a grace period until Dec 31 and would not be issued summonses", None),
        (D, "Mohd Faizal Ismail", "We regret the inconvenience caused to the public. We take full responsibility,",
            None),
        (I, "Mohd Faizal Ismail", "the department handles about 180,000 transactions a day through MyJPJ and its online "
            "portal, and the backlog is expected to be cleared by the weekend", None),
        (I, "Mohd Faizal Ismail", "an internal investigation had been ordered and its findings would be made public",
            None),
        (S, None, "digital-first", None),
        (I, "Nur Aisyah Kamarudin", "she had taken a day's leave from work to renew her driving licence at the counter",
            None),
        (D, "Nur Aisyah Kamarudin", "I waited three hours. The app kept saying 'system maintenance', and nobody could "
            "tell us when it would be back,", None),
        (P, "Federation of Malaysian Consumers Associations", "unacceptable for a government agency that has asked the "
            "public to go digital", None),
        (I, "National Cyber Security Agency", "it had been informed of the incident on Monday and had found no evidence "
            "of any intrusion into JPJ's systems", None),
        (I, "Norhayati Ariffin", "government agencies often ran critical systems without a proper backup site", None),
        (D, "Norhayati Ariffin", "A 30-hour outage for a system that handles millions of transactions a month is far "
            "too long. There should be a standby site that can take over within minutes,", None),
        (I, "Norhayati Ariffin", "the outage should serve as a lesson for other agencies that were moving their "
            "services online", None),
    ],
    "actors": [
        actor("Mohd Faizal Ismail", "person", title="JPJ deputy director-general (operations)",
              affiliation="Road Transport Department (JPJ)",
              aliases=["Datuk Mohd Faizal Ismail", "Mohd Faizal Ismail", "Mohd Faizal"], stance=1),
        actor("Nur Aisyah Kamarudin", "person", title="administrative assistant, motorist", affiliation="Setapak",
              aliases=["Nur Aisyah Kamarudin", "Nur Aisyah"], stance=-1),
        actor("Federation of Malaysian Consumers Associations", "organisation",
              aliases=["Federation of Malaysian Consumers Associations", "FOMCA"], stance=-1),
        actor("National Cyber Security Agency", "government", affiliation="Malaysia",
              aliases=["National Cyber Security Agency", "NACSA"], stance=0),
        actor("Norhayati Ariffin", "person", title="cybersecurity expert", affiliation="Universiti Teknologi Malaysia",
              aliases=["Prof Dr Norhayati Ariffin", "Norhayati Ariffin", "Norhayati"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
