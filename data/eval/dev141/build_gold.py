"""Build the dev141 gold files (data/eval/dev141/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev138/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev141/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev141.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev141"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Portugal Resident (Algarve English-language weekly) maritime/diplomacy (the Navy watches a "shadow fleet"
#    tanker off Portimão), headline without speech, standfirst `Russian embassy says vessel is "..."; fishermen fear
#    ...` (partial for the embassy; the rest not annotated), byline and date lines, straight quotes, British
#    spelling, `Mr`, Portuguese names. Scare so-called "shadow fleet" (`European officials believe` is not speech);
#    content before `, according to the maritime authority, which said the crew had reported "..."` (indirect plus
#    partial); Navy `confirmed ... that A was "..." the tanker and that B` (partial plus indirect); embassy `said the
#    vessel was "..." under ... and accused "..." of "..."` (three partials), quote with `the statement said`;
#    minister `told reporters ... that Portugal was acting "..."` (partial only), quote with `he said`, `Mr Cabral
#    said A`, content with a fragment before `, he added` (partial only); fisherman `said the tanker was anchored
#    "..." grounds` (partial only), `he said`; group `said ... would be "..."` (partial only); analyst `said A`,
#    quote split by `she said`. Not annotated: `could not be reached for comment`.
ARTICLES[f"{BATCH}/algarve-tanker-russian-shadow-fleet.gold.json"] = {
    "article": f"{BATCH}/algarve-tanker-russian-shadow-fleet.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian embassy", "fully within its rights", "Russian embassy says"),
        (S, None, "shadow fleet", None),
        (I, "maritime authority", "The 250-metre Ostrava Star, which sails under the flag of Gabon, dropped anchor on "
            "Saturday", None),
        (P, "maritime authority", "engine problems", None),
        (P, "Navy", "accompanying", None),
        (I, "Navy", "its master had been asked for documents on insurance and cargo", None),
        (P, "Russian embassy", "fully within its rights", "said the vessel was"),
        (P, "Russian embassy", "certain European capitals", None),
        (P, "Russian embassy", "inventing a threat where none exists", None),
        (D, "Russian embassy", "Freedom of navigation applies to all ships, whatever their cargo or destination. Russia "
            "expects Portugal to respect the law of the sea,", None),
        (P, "Rui Cabral", "calmly and within the law", None),
        (D, "Rui Cabral", "We are not going to board anyone without a legal basis. But we will not look the other way "
            "while a ship with no proper insurance sits off our coast with 100,000 tonnes of crude on board,", None),
        (I, "Rui Cabral", "Portugal had raised the matter with its EU partners", None),
        (P, "Rui Cabral", "help Moscow fund its war", None),
        (P, "Jos\u00e9 Manuel Guerreiro", "right on top of", None),
        (D, "Jos\u00e9 Manuel Guerreiro", "If that thing leaks, it's the end of the season and maybe the end of us,",
            None),
        (P, "Zero", "catastrophic", None),
        (I, "In\u00eas Valadares", "Russia had built up a fleet of several hundred such tankers since 2022 to keep its "
            "oil exports moving despite Western price caps", None),
        (D, "In\u00eas Valadares", "These are often old ships, with opaque owners and insurance you cannot verify. The "
            "risk is not hypothetical,", None),
        (D, "In\u00eas Valadares", "At the same time, coastal states have limited powers outside their territorial "
            "waters.", None),
    ],
    "actors": [
        actor("Russian embassy", "government", title="Russian embassy in Lisbon", affiliation="Russia",
              aliases=["Russian embassy"], stance=1),
        actor("maritime authority", "government", title="Portuguese maritime authority", affiliation="Portugal",
              aliases=["maritime authority"], stance=0),
        actor("Navy", "government", title="Portuguese Navy", affiliation="Portugal",
              aliases=["Navy", "Portuguese Navy"], stance=0),
        actor("Rui Cabral", "person", title="Defence minister", affiliation="Portugal",
              aliases=["Rui Cabral", "Cabral", "Mr Cabral"], stance=-1),
        actor("Jos\u00e9 Manuel Guerreiro", "person", title="fisherman", affiliation="Portim\u00e3o",
              aliases=["Jos\u00e9 Manuel Guerreiro", "Guerreiro"], stance=-1),
        actor("Zero", "organisation", title="environmental association", aliases=["Zero"], stance=-1),
        actor("In\u00eas Valadares", "person", title="maritime security analyst", affiliation="IPRI",
              aliases=["In\u00eas Valadares", "Valadares"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Israel Hayom (English edition) local politics/transport (Tel Aviv's mayor launches Shabbat shuttles), headline
#    and standfirst without speech, byline and `Published on 12-04-2026 09:40` lines, straight quotes and
#    apostrophes (`Ma'ayan`), `NIS`, `Related articles:` line. Content before `, the Tel Aviv-Yafo municipality
#    said`; scare `branded "Shabbat on Wheels"`; mayor quote split by `Ben-Ami said at the launch in Jaffa`, `He said A
#    and would B` (one span); ministry `said in a statement that A and that the ministry was "..."` (indirect plus
#    partial), quote with `the statement said`; MK `called the initiative "..." and said it "..."` (two partials);
#    `Residents ... were more enthusiastic` (no speech); nurse surnamed Or (`Or said`) `said A`; retiree `said A, but
#    that B` (one span); forum `said A`; `According to a survey published ... by the Israel Democracy Institute, A`;
#    anonymous senior official `said A`.
ARTICLES[f"{BATCH}/tel-aviv-shabbat-shuttles-mayor.gold.json"] = {
    "article": f"{BATCH}/tel-aviv-shabbat-shuttles-mayor.txt",
    "target": "Dror Ben-Ami",
    "quotes": [
        (I, "Tel Aviv-Yafo municipality", "The service will operate 24 electric minibuses between Bat Yam and Petah "
            "Tikva from 8 p.m. on Friday until the end of Shabbat", None),
        (S, None, "Shabbat on Wheels", None),
        (D, "Dror Ben-Ami", "Hundreds of thousands of people in this city don't own a car, and they are not "
            "second-class citizens on the weekend,", None),
        (D, "Dror Ben-Ami", "The light rail stands still for 25 hours. We will not.", None),
        (I, "Dror Ben-Ami", "the shuttles would cost the city around NIS 18 million a year and would be funded from the "
            "municipal budget without any government support", None),
        (I, "Transportation Ministry", "the municipality had not received a license to operate a regular public "
            "transport line", None),
        (P, "Transportation Ministry", "examining its legal options", None),
        (D, "Transportation Ministry", "Public transport in Israel is regulated for reasons of safety and fairness. No "
            "local authority is above the law,", None),
        (P, "Yitzhak Ganzweig", "a provocation", None),
        (P, "Yitzhak Ganzweig", "tramples on the character of the Jewish state", None),
        (I, "Ma'ayan Or", "she had been paying more than NIS 100 every weekend for taxis to get to her Saturday shifts",
            None),
        (D, "Ma'ayan Or", "For me this isn't politics. It's how I get to work,", None),
        (I, "Yossi Dahan", "he would use the service to visit his grandchildren, but that he understood why some "
            "religious residents were upset", None),
        (I, "Forum of Cities for Public Transport on Shabbat", "at least four more cities were preparing similar "
            "services for early 2027", None),
        (I, "Israel Democracy Institute", "61% of Jewish Israelis support some form of public transport on Shabbat",
            None),
        (I, "A senior official in the municipality", "the city had received legal advice that a free service did not "
            "require a ministry license", None),
    ],
    "actors": [
        actor("Tel Aviv-Yafo municipality", "government", title="municipality",
              aliases=["Tel Aviv-Yafo municipality", "municipality"], stance=1),
        actor("Dror Ben-Ami", "person", title="Mayor", affiliation="Tel Aviv-Yafo",
              aliases=["Dror Ben-Ami", "Ben-Ami"], stance=1),
        actor("Transportation Ministry", "government", title="ministry", affiliation="Israel",
              aliases=["Transportation Ministry", "ministry"], stance=-1),
        actor("Yitzhak Ganzweig", "person", title="MK", affiliation="United Torah Judaism",
              aliases=["Yitzhak Ganzweig", "Ganzweig"], stance=-1),
        actor("Ma'ayan Or", "person", title="nurse", affiliation="Wolfson Medical Center",
              aliases=["Ma'ayan Or", "Or"], stance=1),
        actor("Yossi Dahan", "person", title="retiree", aliases=["Yossi Dahan", "Dahan"], stance=0),
        actor("Forum of Cities for Public Transport on Shabbat", "organisation", title="forum of 11 municipalities",
              aliases=["Forum of Cities for Public Transport on Shabbat"], stance=1),
        actor("Israel Democracy Institute", "organisation", title="think tank", aliases=["Israel Democracy Institute"],
              stance=None),
        actor("A senior official in the municipality", "person", title="anonymous senior municipal official",
              affiliation="Tel Aviv-Yafo municipality", aliases=["A senior official in the municipality"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Coconuts Bali (English city site) local/property (the regency seals a developer's villas on rice fields),
#    headline without speech, standfirst `The Badung regency says A. The developer says B.` (no quote marks, not
#    annotated), masthead and `Published ...` lines, straight quotes, Balinese names (`I Wayan Sujana`: `I` is a
#    name prefix; `Made Sukarta`: `Made` is a birth-order name), `Read more:` line. Lede `villas ... that they say
#    were built illegally ...` (relative clause: the reported predicate, speaker the officials); scare
#    `markets "jungle-view" rentals`; regent `told reporters the developer had ...` (no complementiser), `Sujana
#    said`, `He said A`; company `said in a statement that A and that B`, quote split by `the statement said`;
#    director `told Coconuts Bali that A and that B` (one span); content before `, a Satpol PP officer at the scene
#    said`; subak head `welcomed the sealing` (act), `Made Sukarta said A and that B`, `he told Coconuts`; anonymous
#    housekeeper `said A`, question quote with `she said`; `Bali's governor has promised a moratorium` (act),
#    `Sujana says A`.
ARTICLES[f"{BATCH}/bali-villa-sealing-canggu.gold.json"] = {
    "article": f"{BATCH}/bali-villa-sealing-canggu.txt",
    "target": "PT Sawah Indah Living",
    "quotes": [
        (I, "Officials in Badung regency", "were built illegally on protected rice fields", None),
        (S, None, "jungle-view", None),
        (I, "I Wayan Sujana", "the developer had ignored two written warnings since March", None),
        (D, "I Wayan Sujana", "We have been patient. The rules on green zones are clear, and they apply to everyone, "
            "foreigners and Balinese alike,", None),
        (I, "I Wayan Sujana", "the regency had identified at least 60 other buildings in Canggu and Pererenan that may "
            "have been built on protected agricultural land", None),
        (I, "PT Sawah Indah Living", "it held valid building approvals (PBG) for all 14 villas and that it would "
            "challenge the sealing in the state administrative court", None),
        (D, "PT Sawah Indah Living", "We have invested in Bali in good faith and followed every procedure we were told "
            "to follow,", None),
        (D, "PT Sawah Indah Living", "We are confident the court will see that.", None),
        (I, "Ketut Ardana", "the land had been rezoned in 2021 and that officials had visited the site during "
            "construction without raising any objection", None),
        (I, "a Satpol PP officer at the scene", "Guests staying at the villas were allowed to finish their bookings",
            None),
        (I, "Made Sukarta", "water from the rice terraces had been diverted into the villas' swimming pools and that "
            "several farmers had lost part of their harvest", None),
        (D, "Made Sukarta", "For years we complained and nobody listened. Now finally someone is listening,", None),
        (I, "A Balinese woman who works as a housekeeper at the villas", "about 40 local people were employed at the "
            "properties", None),
        (D, "A Balinese woman who works as a housekeeper at the villas", "If they close it, where do we go?", None),
        (I, "I Wayan Sujana", "enforcement will continue into next year", None),
    ],
    "actors": [
        actor("Officials in Badung regency", "group", title="regency officials", affiliation="Badung regency",
              aliases=["Officials in Badung regency"], stance=-1),
        actor("I Wayan Sujana", "person", title="Badung Regent", affiliation="Badung regency",
              aliases=["I Wayan Sujana", "Sujana"], stance=-1),
        actor("PT Sawah Indah Living", "organisation", title="villa developer", aliases=["PT Sawah Indah Living"],
              stance=1),
        actor("Ketut Ardana", "person", title="company director", affiliation="PT Sawah Indah Living",
              aliases=["Ketut Ardana", "Ardana"], stance=1),
        actor("a Satpol PP officer at the scene", "person", title="civil service police officer",
              affiliation="Satpol PP", aliases=["a Satpol PP officer at the scene"], stance=None),
        actor("Made Sukarta", "person", title="head of the local subak", aliases=["Made Sukarta", "Sukarta"],
              stance=-1),
        actor("A Balinese woman who works as a housekeeper at the villas", "person", title="anonymous housekeeper",
              affiliation="PT Sawah Indah Living villas",
              aliases=["A Balinese woman who works as a housekeeper at the villas"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Sun (Bangladesh, English daily) labour (garment workers block a highway over unpaid wages), headline
#    without speech, `Staff Correspondent, Gazipur` and `Published: 04 Dec 2026, 07:15 PM` lines, straight quotes,
#    `Tk 38 crore`, `9:00am`, Bangladeshi names (`Md`, `Begum`). Management `announced a "..." citing ...` (partial
#    for the company); `Workers claimed that A`; quote before `said Rina Begum, a sewing operator ...`; worker
#    `alleged that A`, `he said`; `Contacted, ... Managing Director ... told the Daily Sun that A`, `he said`, `He
#    denied that A, saying B` (two indirects); police superintendent `said A`; deputy commissioner `said the
#    administration would "..." of their legal dues` (partial only); labour leader `said A`, quote split by
#    `Akhter said`; `According to the Department of Inspection ... (DIFE), A`; anonymous BGMEA official `said A and
#    was B` (one span); content before `, police said`.
ARTICLES[f"{BATCH}/rupsha-apparels-unpaid-wages-gazipur.gold.json"] = {
    "article": f"{BATCH}/rupsha-apparels-unpaid-wages-gazipur.txt",
    "target": "Rupsha Apparels Ltd",
    "quotes": [
        (P, "Rupsha Apparels Ltd", "temporary closure", None),
        (I, "Workers", "they have not been paid their salaries for October and November, nor the overtime for "
            "September", None),
        (D, "Rina Begum", "We have no money for rent, no money for food. The landlord has given us notice. How long can "
            "we survive like this?", None),
        (I, "Md Nur Hossain", "the owners had been moving machinery out of the factory at night", None),
        (D, "Md Nur Hossain", "If the machines leave, we will never see our money,", None),
        (I, "Shafiqul Islam Babu", "the company had faced a sudden drop in orders after two buyers cancelled shipments "
            "worth around Tk 38 crore", None),
        (D, "Shafiqul Islam Babu", "We are not running away. We will pay every taka we owe to the workers, but we need "
            "a little time,", None),
        (I, "Shafiqul Islam Babu", "any machinery had been removed", None),
        (I, "Shafiqul Islam Babu", "only damaged machines had been sent for repair", None),
        (I, "Mohammad Ali Akbar", "the workers left the highway after the Gazipur deputy commissioner's office promised "
            "a tripartite meeting on Sunday", None),
        (P, "Tahmina Sultana", "not allow any worker to be deprived", None),
        (I, "Babul Akhter", "at least 14 factories in Gazipur had closed since July leaving thousands of workers unpaid",
            None),
        (D, "Babul Akhter", "Owners close the gate, switch off their phones and wait for the workers to give up,", None),
        (D, "Babul Akhter", "Rupsha is following the same script.", None),
        (I, "Department of Inspection for Factories and Establishments", "the factory had received two notices this "
            "year for late payment of wages", None),
        (I, "An official of the Bangladesh Garment Manufacturers and Exporters Association", "the association was in "
            "contact with the owners and was trying to arrange a loan to clear the arrears", None),
        (I, "police", "Traffic on the highway returned to normal by 1:30pm", None),
    ],
    "actors": [
        actor("Rupsha Apparels Ltd", "organisation", title="garment factory",
              aliases=["Rupsha Apparels Ltd", "Rupsha Apparels", "Rupsha", "management"], stance=1),
        actor("Workers", "group", title="factory workers", affiliation="Rupsha Apparels Ltd", aliases=["Workers"],
              stance=-1),
        actor("Rina Begum", "person", title="sewing operator", affiliation="Rupsha Apparels Ltd",
              aliases=["Rina Begum", "Begum"], stance=-1),
        actor("Md Nur Hossain", "person", title="worker", affiliation="Rupsha Apparels Ltd",
              aliases=["Md Nur Hossain", "Hossain"], stance=-1),
        actor("Shafiqul Islam Babu", "person", title="Managing Director", affiliation="Rupsha Apparels Ltd",
              aliases=["Shafiqul Islam Babu", "Babu"], stance=1),
        actor("Mohammad Ali Akbar", "person", title="Superintendent, Industrial Police-2 (Gazipur)",
              aliases=["Mohammad Ali Akbar", "Akbar"], stance=None),
        actor("Tahmina Sultana", "person", title="Gazipur Deputy Commissioner",
              aliases=["Tahmina Sultana", "Sultana"], stance=0),
        actor("Babul Akhter", "person", title="president",
              affiliation="Bangladesh Garment and Industrial Workers Federation",
              aliases=["Babul Akhter", "Akhter"], stance=-1),
        actor("Department of Inspection for Factories and Establishments", "government", title="factory inspectorate",
              aliases=["Department of Inspection for Factories and Establishments", "DIFE"], stance=-1),
        actor("An official of the Bangladesh Garment Manufacturers and Exporters Association", "person",
              title="anonymous BGMEA official", affiliation="BGMEA",
              aliases=["An official of the Bangladesh Garment Manufacturers and Exporters Association"], stance=0),
        actor("police", "government", title="police", aliases=["police"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
