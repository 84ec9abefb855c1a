"""Build the dev153 gold files (data/eval/dev153/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev153/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev153.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev153"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Peru Reports defence/diplomacy (Russian-made military helicopters grounded for lack of parts),
#    headline without speech, "By ... | December 3, 2026" line, curly double quotes and ’ apostrophes,
#    Spanish names and a Spanish fragment glossed with dashes ("chatarra voladora" – flying scrap –). Lede
#    content before "the Defense Ministry said on Tuesday"; ministry "said in a statement that A but that
#    ... had been held up by "..."" (indirect plus partial); minister with a double surname "told RPP radio
#    that A", quote with "Quiroga said", Q&A "Asked whether ..., the minister replied: "...""; embassy
#    "said in a statement posted on social media that Russia "..." to Peru" (partial only), "It blamed ...
#    (act) ..., which it called "..."" (partial); Rosoboronexport representative "told Peru Reports that A",
#    then content with a fragment before "he said" (partial only); congressman "called the fleet "..." and
#    said A", quote with "Carhuamaca told daily El Comercio"; analyst "said A", "Ugarte said"; "According to
#    the National Civil Defense Institute (Indeci), A"; scare so-called "multi-vendor" policy; "The Defense
#    Ministry said A".
ARTICLES[f"{BATCH}/peru-mi171-helicopters-grounded.gold.json"] = {
    "article": f"{BATCH}/peru-mi171-helicopters-grounded.txt",
    "target": "Russia",
    "quotes": [
        (I, "Defense Ministry", "Nine of the 16 Mi-171 transport helicopters operated by Peru\u2019s armed forces are "
            "grounded because spare parts ordered from Russia more than a year ago have not arrived", None),
        (I, "Defense Ministry", "the parts had been paid for in full in 2025", None),
        (P, "Defense Ministry", "difficulties in international banking channels.", None),
        (I, "Gustavo Quiroga Salas", "the government was considering all options, including buying parts from third "
            "countries", None),
        (D, "Gustavo Quiroga Salas", "Russia has been a reliable partner for the Peruvian armed forces for forty "
            "years. But a helicopter that cannot fly does not help anyone in Puno or in Loreto,", None),
        (D, "Gustavo Quiroga Salas", "Not today. We want the parts.", None),
        (P, "Russian Embassy", "has always fulfilled its contractual obligations", None),
        (P, "Russian Embassy", "illegal and unilateral.", None),
        (I, "Dmitry Orlov", "most of the parts were already in a warehouse in Moscow", None),
        (P, "Dmitry Orlov", "within weeks", None),
        (P, "Luis \u00c1ngel Carhuamaca", "chatarra voladora", None),
        (I, "Luis \u00c1ngel Carhuamaca", "Peru should replace the Mi-171s with U.S. or European helicopters over the "
            "next decade", None),
        (D, "Luis \u00c1ngel Carhuamaca", "We keep sending money to Moscow and getting nothing back. It is time to "
            "stop,", None),
        (I, "Carolina Ugarte", "switching suppliers would take years and cost far more than fixing the current "
            "fleet", None),
        (D, "Carolina Ugarte", "These helicopters are tough, cheap to run and our pilots know them. The problem is "
            "not the machine, it is the geopolitics around it,", None),
        (I, "National Civil Defense Institute", "military helicopters flew more than 300 relief missions during last "
            "year\u2019s rainy season, most of them in the regions of Cusco, Puno and Hu\u00e1nuco", None),
        (S, None, "multi-vendor", None),
        (I, "Defense Ministry", "four helicopters leased from a private operator would be on standby in Cusco and "
            "Iquitos from next week", None),
    ],
    "actors": [
        actor("Defense Ministry", "government", title="defence ministry", affiliation="Peru",
              aliases=["Defense Ministry", "ministry"], stance=0),
        actor("Gustavo Quiroga Salas", "person", title="Defense Minister", affiliation="Peru",
              aliases=["Gustavo Quiroga Salas", "Quiroga", "Defense Minister"], stance=0),
        actor("Russian Embassy", "government", title="embassy in Lima", affiliation="Russia",
              aliases=["Russian Embassy"], stance=1),
        actor("Dmitry Orlov", "person", title="Latin America representative", affiliation="Rosoboronexport",
              aliases=["Dmitry Orlov", "Orlov"], stance=1),
        actor("Luis \u00c1ngel Carhuamaca", "person", title="congressman, defense committee member",
              affiliation="Congress of Peru", aliases=["Luis \u00c1ngel Carhuamaca", "Carhuamaca"], stance=-1),
        actor("Carolina Ugarte", "person", title="defense analyst", affiliation="Pontifical Catholic University of Peru",
              aliases=["Carolina Ugarte", "Ugarte"], stance=1),
        actor("National Civil Defense Institute", "government", title="civil defence agency", affiliation="Peru",
              aliases=["National Civil Defense Institute", "Indeci"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Billboard music business (independent venues sue a ticketing company), headline and dek without
#    speech, "By ..." and "12/3/2026" lines, straight " and apostrophes. Content before "according to the
#    lawsuit" (the coalition's complaint); quote split by "..., the coalition's president and owner of
#    ..., told Billboard" (two directs, speaker named after the first stretch with an apposition chain);
#    "Ruiz-Coleman said ... had been told ... that artists would "..." if ..." (partial only); company "In a
#    statement, Stubline said the lawsuit was "..." and that A" (partial plus indirect), then "the company
#    said"; CEO "told investors on a November earnings call that A", "He described independent venues as
#    "..."" (partial); scare so-called "all-in" pricing; anonymous manager "said pressure ... had become
#    "..."" (partial only), "the manager said"; law professor "said A, but that B" (one span), "Park said";
#    "declined to comment" (act); content before "according to its annual report".
ARTICLES[f"{BATCH}/stubline-venues-antitrust-suit.gold.json"] = {
    "article": f"{BATCH}/stubline-venues-antitrust-suit.txt",
    "target": "Stubline",
    "quotes": [
        (I, "Independent Venue Coalition", "Stubline forced venues to sign exclusive deals of up to 10 years by "
            "threatening to steer touring acts elsewhere", None),
        (D, "Felicia Ruiz-Coleman", "We're not asking for special treatment. We're asking for the right to choose who "
            "sells our tickets,", None),
        (D, "Felicia Ruiz-Coleman", "Right now, for a lot of rooms, that choice doesn't exist.", None),
        (P, "Felicia Ruiz-Coleman", "route around them", None),
        (P, "Stubline", "without merit", None),
        (I, "Stubline", "venues of every size choose the company because its technology sells more tickets", None),
        (D, "Stubline", "Stubline competes for every client, every day. We look forward to showing the court how "
            "much value we create for independent venues and the fans who visit them,", None),
        (I, "Jared Kolb", "the company had signed or renewed a record 212 venue contracts in the third quarter",
            None),
        (P, "Jared Kolb", "the heart of our business.", None),
        (S, None, "all-in", None),
        (P, "manager for several mid-level touring acts", "part of every routing conversation.", None),
        (D, "manager for several mid-level touring acts", "Nobody puts it in writing. They don't have to,", None),
        (I, "Eleanor Park", "exclusive contracts were not illegal on their own, but that the length of the deals "
            "and the alleged threats could matter to a court", None),
        (D, "Eleanor Park", "The case will turn on market power. If the coalition can show Stubline controls enough "
            "of the market that venues have no real alternative, this becomes a serious case,", None),
        (I, "Stubline", "Stubline handled about 140 million tickets last year", None),
    ],
    "actors": [
        actor("Independent Venue Coalition", "organisation", title="coalition of independent venues",
              aliases=["Independent Venue Coalition", "coalition"], stance=-1),
        actor("Felicia Ruiz-Coleman", "person", title="president", affiliation="Independent Venue Coalition",
              aliases=["Felicia Ruiz-Coleman", "Ruiz-Coleman"], stance=-1),
        actor("Stubline", "organisation", title="ticketing company", aliases=["Stubline"], stance=1),
        actor("Jared Kolb", "person", title="CEO", affiliation="Stubline", aliases=["Jared Kolb", "Kolb"], stance=1),
        actor("manager for several mid-level touring acts", "person", title="anonymous artist manager",
              aliases=["manager for several mid-level touring acts", "manager"], stance=-1),
        actor("Eleanor Park", "person", title="antitrust professor", affiliation="Northwestern University",
              aliases=["Eleanor Park", "Park"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sunday Standard (Botswana) courts (a former parastatal chief fights corruption charges), headline
#    without speech, byline in capitals, straight " and apostrophes, "P24 million", "Sunday Standard is
#    informed that ..." (no speaker: not annotated). Lede "has asked the ... Court to dismiss ... (a
#    directive), arguing that A"; attorney "told the court that the delay had "..." his client, as ..."
#    (partial only), quote with "Mogapi said", "argued that ... was "..."" (partial), then content before
#    "he said"; prosecutor "denied that A, telling the court that B" (two indirects), quote with "Keakitse
#    said", "She said A"; "reserved judgment" (act); the accused "said he had "..." and was confident ..."
#    (partial only); "Sources close to the investigation told this publication that A"; DCEC spokesperson
#    (surname shared with the reporter) "confirmed that A but declined ..., saying B" (two indirects), "said
#    A"; BMC "said in a brief statement that it was "..."" (partial only); farmers "have long complained
#    about late payments" (no proposition); farmers' chairperson "said the case showed why the commission
#    needed "..."" (partial only), quote with "Kgari said".
ARTICLES[f"{BATCH}/bmc-ramotswa-corruption-case.gold.json"] = {
    "article": f"{BATCH}/bmc-ramotswa-corruption-case.txt",
    "target": "Kabelo Ramotswa",
    "quotes": [
        (I, "Kabelo Ramotswa", "the Directorate on Corruption and Economic Crime (DCEC) took more than four years to "
            "bring the case", None),
        (P, "Thato Mogapi", "irreparably prejudiced", None),
        (D, "Thato Mogapi", "My client has lived under this cloud for four years. He has lost his reputation, his "
            "income and his health, and the State still has not told him what exactly he is supposed to have done "
            "wrong,", None),
        (P, "Thato Mogapi", "vague and embarrassing", None),
        (I, "Thato Mogapi", "It did not specify which payments were alleged to be corrupt", None),
        (I, "Lorato Keakitse", "the DCEC had been dragging its feet", None),
        (I, "Lorato Keakitse", "investigators had to trace payments through three banks in South Africa and "
            "Mauritius", None),
        (D, "Lorato Keakitse", "This is not a simple matter. The money moved through several jurisdictions, and the "
            "State has been diligent at every stage,", None),
        (I, "Lorato Keakitse", "the State would oppose the application and was ready to proceed to trial early next "
            "year", None),
        (P, "Kabelo Ramotswa", "nothing to hide", None),
        (I, "Sources close to the investigation", "the DCEC had also frozen two properties in Phakalane and "
            "Francistown belonging to the former CEO", None),
        (I, "Lentswe Motshwari", "assets had been frozen", None),
        (I, "Lentswe Motshwari", "the matter was before the courts", None),
        (I, "Lentswe Motshwari", "the Directorate did not comment on the details of ongoing cases", None),
        (P, "Botswana Meat Commission", "cooperating fully", None),
        (P, "Boitumelo Kgari", "a clean-up from top to bottom", None),
        (D, "Boitumelo Kgari", "Farmers were waiting three months for their money while these tenders were going "
            "out. People want answers,", None),
    ],
    "actors": [
        actor("Kabelo Ramotswa", "person", title="former Chief Executive Officer",
              affiliation="Botswana Meat Commission", aliases=["Kabelo Ramotswa", "Ramotswa"], stance=1),
        actor("Thato Mogapi", "person", title="Advocate, attorney for Ramotswa", aliases=["Thato Mogapi", "Mogapi"],
              stance=1),
        actor("Lorato Keakitse", "person", title="State prosecutor", affiliation="Botswana",
              aliases=["Lorato Keakitse", "Keakitse"], stance=-1),
        actor("Sources close to the investigation", "group", title="anonymous sources",
              aliases=["Sources close to the investigation"], stance=-1),
        actor("Lentswe Motshwari", "person", title="DCEC spokesperson",
              affiliation="Directorate on Corruption and Economic Crime",
              aliases=["Lentswe Motshwari", "Motshwari"], stance=0),
        actor("Botswana Meat Commission", "organisation", title="parastatal meat exporter",
              aliases=["Botswana Meat Commission", "BMC"], stance=None),
        actor("Boitumelo Kgari", "person", title="chairperson", affiliation="Ghanzi Farmers Association",
              aliases=["Boitumelo Kgari", "Kgari"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Swindon Advertiser health (the CQC downgrades a hospital maternity unit), headline with a straight
#    single fragment "Watchdog says ... 'requires improvement' ..." (partial for the CQC), "By ..." /
#    "Health reporter" lines, lede opening in capitals ("SWINDON'S"), straight " and apostrophes, "per cent",
#    Newsquest colon quotes ("said: "..."", "She said: "...""), "the Adver", "Read more:" line. Content
#    before "the report said"; "The CQC also said A and described morale ... as "..."" (indirect plus
#    partial); deputy director with a title apposition "said: "..." open at the end of its line, then a
#    closed paragraph (two directs); chief nurse "said A", "She said: "..."", "She added that A"; trust
#    "said A"; college "said the report reflected what its members had been saying "..."" (partial only);
#    anonymous midwife "told the Adver: "...""; Healthwatch "said A"; mother "said A", "she said", "She said
#    she hoped ... rather than "..."" (partial only).
ARTICLES[f"{BATCH}/gwh-maternity-cqc-rating.gold.json"] = {
    "article": f"{BATCH}/gwh-maternity-cqc-rating.txt",
    "target": "Great Western Hospital",
    "quotes": [
        (P, "Care Quality Commission", "requires improvement", "'requires improvement'"),
        (I, "Care Quality Commission", "The unit had fallen below its planned number of midwives on 38 per cent of "
            "shifts between April and August", None),
        (I, "Care Quality Commission", "some staff had not been able to take breaks during 12-hour shifts", None),
        (P, "Care Quality Commission", "fragile", None),
        (D, "Carolyn Mbeki", "Staff at Great Western Hospital were caring and committed, and women we spoke to were "
            "largely positive about the kindness they were shown.", None),
        (D, "Carolyn Mbeki", "However, leaders need to get a grip on staffing so that every woman has safe care, "
            "whatever time of day or night she gives birth.", None),
        (I, "Jo Ashcroft-Bell", "the trust accepted the findings in full", None),
        (D, "Jo Ashcroft-Bell", "We are sorry that we have not met the standard our families deserve. Since the "
            "inspection we have recruited 22 new midwives, and we will have filled every vacant post by March.", None),
        (I, "Jo Ashcroft-Bell", "a new triage phone line for women in labour had opened in November", None),
        (I, "Great Western Hospitals NHS Foundation Trust", "a full action plan would go to its board meeting later "
            "this month", None),
        (P, "Royal College of Midwives", "for at least two years", None),
        (D, "midwife at the unit", "We love the job, but most nights we're running on goodwill. Everyone is tired.",
            None),
        (I, "Healthwatch Swindon", "it had received 41 pieces of feedback about maternity care at the hospital this "
            "year, around two-thirds of them positive", None),
        (I, "Gemma Roper", "her experience had been mixed", None),
        (D, "Gemma Roper", "The midwife who delivered my son was amazing. It was the eight hours waiting for a bed "
            "beforehand that was the problem,", None),
        (P, "Gemma Roper", "another set of posters on the wall", None),
    ],
    "actors": [
        actor("Care Quality Commission", "organisation", title="health watchdog",
              aliases=["Care Quality Commission", "CQC", "Watchdog", "watchdog"], stance=-1),
        actor("Carolyn Mbeki", "person", title="deputy director of operations in the South West",
              affiliation="Care Quality Commission", aliases=["Carolyn Mbeki", "Mbeki"], stance=-1),
        actor("Jo Ashcroft-Bell", "person", title="chief nurse",
              affiliation="Great Western Hospitals NHS Foundation Trust",
              aliases=["Jo Ashcroft-Bell", "Ashcroft-Bell"], stance=1),
        actor("Great Western Hospitals NHS Foundation Trust", "organisation", title="hospital trust",
              aliases=["Great Western Hospitals NHS Foundation Trust", "trust"], stance=1),
        actor("Royal College of Midwives", "organisation", title="midwives' union",
              aliases=["Royal College of Midwives"], stance=-1),
        actor("midwife at the unit", "person", title="anonymous midwife", affiliation="Great Western Hospital",
              aliases=["midwife at the unit"], stance=-1),
        actor("Healthwatch Swindon", "organisation", title="patients' watchdog", aliases=["Healthwatch Swindon"],
              stance=0),
        actor("Gemma Roper", "person", title="mother from Penhill", aliases=["Gemma Roper", "Roper"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
