"""Build the dev170 gold files (data/eval/dev170/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev170/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev170.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev170"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Iraqi News (Lukoil's amended West Qurna-2 contract), "Basra (IraqiNews.com) –" dateline, straight "
#    and apostrophes. Lede content before "the ministry said"; minister "described the agreement as "...""
#    (partial), two-part quote with "al-Shammari said"; Lukoil executive "told reporters A" (no "that"),
#    "he said", "He added that ... had "..." but that B" (partial plus indirect); embassy "said in a
#    statement that ... the "..." of ..." (partial only), "the statement said"; "According to the Basra Oil
#    Company, A"; anonymous BOC official; MP "said the ministry had signed ... "..." without ..." (partial
#    only), "she told Iraqi News", "Al-Rubaie said A"; economist "warned that A", "he said", "noted that
#    A"; content before "according to figures from the State Organisation for Marketing of Oil";
#    scare so-called "remuneration fee". "did not respond to a request for comment" not annotated.
ARTICLES[f"{BATCH}/west-qurna-lukoil-contract.gold.json"] = {
    "article": f"{BATCH}/west-qurna-lukoil-contract.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Oil", "Iraq's Ministry of Oil signed an amended contract with Russian oil company Lukoil on Sunday "
            "that will raise production at the West Qurna-2 field in Basra to 800,000 barrels per day by 2030", None),
        (P, "Hussein Kadhim al-Shammari", "a vote of confidence in the Iraqi oil sector", None),
        (D, "Hussein Kadhim al-Shammari", "Our partners in Lukoil stayed with us through the most difficult years, when "
            "other companies packed their bags and left,", None),
        (D, "Hussein Kadhim al-Shammari", "We do not mix politics with oil. Iraq will work with any company that "
            "delivers.", None),
        (S, None, "remuneration fee", None),
        (I, "Oleg Vasnetsov", "the company would invest about $6 billion over the next five years, most of it in new "
            "wells, water injection and a gas processing plant", None),
        (D, "Oleg Vasnetsov", "Iraq is our most important project outside Russia, and we intend to stay here for "
            "decades,", None),
        (P, "Oleg Vasnetsov", "created some complications with payments", None),
        (I, "Oleg Vasnetsov", "work at the field had not slowed for a single day", None),
        (P, "Russian Embassy in Baghdad", "strategic nature", None),
        (D, "Russian Embassy in Baghdad", "Russia has been and will remain a reliable partner of Iraq in the energy "
            "field, whatever pressure others try to apply,", None),
        (I, "Basra Oil Company", "West Qurna-2 currently produces around 460,000 barrels per day, making it one of the "
            "largest fields in southern Iraq", None),
        (I, "official at the BOC", "Lukoil's engineers were ahead of schedule on the first stage of the gas plant, which "
            "is due to be completed in mid-2027", None),
        (P, "Zainab al-Rubaie", "behind closed doors", None),
        (D, "Zainab al-Rubaie", "We are not against Lukoil and we are not against Russia. We are against contracts that "
            "nobody in parliament has read,", None),
        (I, "Zainab al-Rubaie", "the committee would summon the minister for questioning when parliament resumes its "
            "sessions after the winter recess", None),
        (I, "Kareem Hamza al-Tamimi", "deepening Iraq's reliance on a Russian company could expose the country to "
            "secondary US sanctions", None),
        (D, "Kareem Hamza al-Tamimi", "Washington has been very clear. If the dollars from our oil start paying the "
            "bills of Russian companies under sanctions, the Central Bank of Iraq could come under pressure,", None),
        (I, "Kareem Hamza al-Tamimi", "Iraq's oil revenues are still held in an account at the Federal Reserve Bank of "
            "New York", None),
        (I, "State Organisation for Marketing of Oil", "Iraq, OPEC's second-largest producer, exported an average of 3.4 "
            "million barrels per day in November", None),
    ],
    "actors": [
        actor("Ministry of Oil", "government", title="oil ministry", affiliation="Iraq",
              aliases=["Ministry of Oil", "the ministry"], stance=1),
        actor("Hussein Kadhim al-Shammari", "person", title="Oil Minister", affiliation="Iraq",
              aliases=["Hussein Kadhim al-Shammari", "al-Shammari"], stance=1),
        actor("Oleg Vasnetsov", "person", title="vice president for the Middle East", affiliation="Lukoil",
              aliases=["Oleg Vasnetsov", "Vasnetsov"], stance=1),
        actor("Russian Embassy in Baghdad", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Baghdad"], stance=1),
        actor("Basra Oil Company", "organisation", title="state-run oil company", affiliation="Iraq",
              aliases=["Basra Oil Company", "BOC"], stance=None),
        actor("official at the BOC", "person", title="anonymous official", affiliation="Basra Oil Company",
              aliases=["official at the BOC"], stance=1),
        actor("Zainab al-Rubaie", "person", title="member of parliament's Oil, Gas and Natural Resources Committee",
              affiliation="Iraqi parliament", aliases=["Zainab al-Rubaie", "Al-Rubaie", "al-Rubaie"], stance=0),
        actor("Kareem Hamza al-Tamimi", "person", title="professor of economics", affiliation="University of Basra",
              aliases=["Kareem Hamza al-Tamimi", "Al-Tamimi", "al-Tamimi"], stance=-1),
        actor("State Organisation for Marketing of Oil", "government", title="state oil marketer", affiliation="Iraq",
              aliases=["State Organisation for Marketing of Oil", "SOMO"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Muscat Daily health (compulsory online booking at health centres), headline and standfirst without
#    attributed quotes (the standfirst's "MoH says teething problems will be fixed" is a summary, not
#    annotated, as standfirsts in earlier batches), byline, "Muscat –" dateline, curly quotes and
#    apostrophes, punctuation outside the closing mark of a fragment; ministry statement "said A and that
#    ... had "..."" (indirect plus partial); director general "told Muscat Daily that A", "he said", Q&A
#    "Asked whether ..., Dr Habsi replied: "...""; scare so-called "same-day" slots, then "patients said A";
#    retired teacher "said A", "she asked"; expatriate "said A", "Menon said"; anonymous doctor "said A",
#    "the doctor said"; Shura member "said the ministry had introduced the system "..." and without ..."
#    (partial only), "He said A"; "According to MoH, A"; "has urged patients to book ..." (directive).
ARTICLES[f"{BATCH}/muscat-health-centre-booking.gold.json"] = {
    "article": f"{BATCH}/muscat-health-centre-booking.txt",
    "target": "Ministry of Health",
    "quotes": [
        (I, "Ministry of Health", "the new system had handled more than 210,000 bookings in its first three weeks", None),
        (P, "Ministry of Health", "fallen significantly", None),
        (I, "Salim bin Hamad al Habsi", "some problems were expected with any new system of this size", None),
        (D, "Salim bin Hamad al Habsi", "We are listening to every complaint. Within two weeks, patients who do not have "
            "a smartphone will be able to book through a call centre, and the centres will help those who come in "
            "person,", None),
        (D, "Salim bin Hamad al Habsi", "No. The system is working, and it will only get better.", None),
        (S, None, "same-day", None),
        (I, "patients", "these were usually gone by 8am", None),
        (I, "Fatma al Balushi", "she had travelled to the Mabela health centre twice before a receptionist told her she "
            "needed a booking code", None),
        (D, "Fatma al Balushi", "Nobody explained anything. My son had to do it for me on his phone, but what about the "
            "people who live alone?", None),
        (I, "Rajesh Menon", "the app had only displayed Arabic when he first opened it, although an English option was "
            "added last week", None),
        (D, "Rajesh Menon", "It’s a good idea, honestly. Once you understand it, it saves you hours of sitting in the "
            "waiting area,", None),
        (I, "doctor at a health centre in Amerat", "employees had received a single day of training before the launch", None),
        (D, "doctor at a health centre in Amerat", "Half of my morning now goes on helping patients with the app instead "
            "of examining them,", None),
        (P, "Khalid al Mamari", "too quickly", None),
        (I, "Khalid al Mamari", "he would raise the issue with the minister at the council’s next session", None),
        (I, "Ministry of Health", "around 38 per cent of bookings so far have been made through its website, 55 per cent "
            "through the mobile app and the rest at the centres with the help of staff", None),
    ],
    "actors": [
        actor("Ministry of Health", "government", title="health ministry", affiliation="Oman",
              aliases=["Ministry of Health", "MoH", "the ministry"], stance=1),
        actor("Salim bin Hamad al Habsi", "person", title="Director General of Primary Health Care",
              affiliation="Ministry of Health", aliases=["Salim bin Hamad al Habsi", "Dr Habsi", "Habsi"], stance=1),
        actor("patients", "group", title="patients at health centres", affiliation=None,
              aliases=["patients", "Patients"], stance=-1),
        actor("Fatma al Balushi", "person", title="retired teacher, 62", affiliation="Seeb",
              aliases=["Fatma al Balushi", "Balushi"], stance=-1),
        actor("Rajesh Menon", "person", title="accountant", affiliation="Ruwi",
              aliases=["Rajesh Menon", "Menon"], stance=1),
        actor("doctor at a health centre in Amerat", "person", title="anonymous doctor", affiliation="health centre in Amerat",
              aliases=["doctor at a health centre in Amerat", "the doctor"], stance=-1),
        actor("Khalid al Mamari", "person", title="Shura Council member for Bausher", affiliation="Shura Council",
              aliases=["Khalid al Mamari", "Eng Khalid al Mamari", "Mamari"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Warrnambool Standard racing (a local trainer suspended over raceday treatment), byline and
#    "Updated ... first published ..." line, straight " and apostrophes, spaced hyphens as dashes;
#    board chairman "said A" then "she said"; chief steward "had sought a six-month ban" (act), quote with
#    "Frost told the hearing" (common-word surname); trainer "told The Standard after the hearing A" (no
#    "that"), "he said" and a quote-only paragraph; partner with the same surname (Jodie Kinsella), "she
#    said"; club chief "described Kinsella as "..." and said A" (partial plus indirect); analyst named
#    Young "saying on radio that ... "..."" (partial only), "Young said"; lawyer named Stone "said A";
#    content before "Racing Victoria confirmed".
ARTICLES[f"{BATCH}/warrnambool-trainer-kinsella-suspension.gold.json"] = {
    "article": f"{BATCH}/warrnambool-trainer-kinsella-suspension.txt",
    "target": "Darren Kinsella",
    "quotes": [
        (I, "Helen Ward", "a licensed trainer was responsible for everything that happened in his stable", None),
        (D, "Helen Ward", "The rule exists to protect the integrity of racing and the welfare of the horse, and it does "
            "not make exceptions for a busy morning,", None),
        (D, "Neil Frost", "Raceday treatment goes to the heart of a level playing field. Punters and other participants "
            "are entitled to know that every horse goes into the gates on the same terms,", None),
        (I, "Darren Kinsella", "he accepted the board's decision", None),
        (D, "Darren Kinsella", "I'm gutted, but I'm not going to hide from it. It happened in my yard, so it's on me,", None),
        (D, "Darren Kinsella", "I've got 14 staff and 30-odd horses, and my first worry now is making sure nobody loses "
            "their job over this.", None),
        (D, "Jodie Kinsella", "Darren has given everything to this town's racing for 20 years. One mistake by someone "
            "else shouldn't define him,", None),
        (P, "Peter Lacey", "one of the most respected horsemen in the south-west", None),
        (I, "Peter Lacey", "the club would continue to support him", None),
        (P, "Rhys Young", "for a decade", None),
        (D, "Rhys Young", "Everyone's sorry after they get caught. Three months is a slap on the wrist for something "
            "this serious,", None),
        (I, "Damian Stone", "his client had already introduced a written register of every treatment given to horses in "
            "the stable and had installed cameras in the feed room", None),
        (I, "Racing Victoria", "Southern Swell, which finished second at Terang, was disqualified and the prizemoney "
            "redistributed", None),
    ],
    "actors": [
        actor("Helen Ward", "person", title="chairman, Racing Appeals and Disciplinary Board (judge)",
              affiliation="Racing Appeals and Disciplinary Board", aliases=["Helen Ward", "Judge Helen Ward", "Ward"],
              stance=-1),
        actor("Neil Frost", "person", title="chief steward", affiliation="Racing Victoria",
              aliases=["Neil Frost", "Frost"], stance=-1),
        actor("Darren Kinsella", "person", title="racehorse trainer", affiliation="Warrnambool",
              aliases=["Darren Kinsella", "Kinsella", "Darren"], stance=0),
        actor("Jodie Kinsella", "person", title="stable foreperson; the trainer's partner", affiliation="Kinsella stable",
              aliases=["Jodie Kinsella"], stance=1),
        actor("Peter Lacey", "person", title="chief executive", affiliation="Warrnambool Racing Club",
              aliases=["Peter Lacey", "Lacey"], stance=1),
        actor("Rhys Young", "person", title="former jockey and Racing.com analyst", affiliation="Racing.com",
              aliases=["Rhys Young", "Young"], stance=-1),
        actor("Damian Stone", "person", title="lawyer for Darren Kinsella", affiliation=None,
              aliases=["Damian Stone", "Stone"], stance=1),
        actor("Racing Victoria", "organisation", title="racing regulator", affiliation=None,
              aliases=["Racing Victoria"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Prishtina Insight courts (bribery trial over a road tender), headline and standfirst without speech,
#    "Prishtina Insight / Prishtina / December 2, 2026 14:20" lines, straight " and apostrophes, Albanian
#    names with diacritics, two unrelated Krasniqis (only the company director speaks); prosecutor "said the
#    money had been channelled through a ... firm ... which "..."" (partial only), quote with "Berisha told
#    the court"; defence lawyer "told the court that his client had "..." the rival offers and that B"
#    (partial plus indirect); director addressed the court (act), two-part quote with "he said"; company
#    statement "said the charges were "..." and that B" (partial plus indirect), "the statement said", "The
#    company also said A"; judge "rejected a request" (act); activists "said A"; researcher named after the
#    quote ("said Jeta Zymberi, a researcher ..."); ministry "said it had A and had B" (one span);
#    "According to the Public Procurement Regulatory Commission, A"; "A lawyer for Hoxha said A".
ARTICLES[f"{BATCH}/prishtina-highway-tender-trial.gold.json"] = {
    "article": f"{BATCH}/prishtina-highway-tender-trial.txt",
    "target": "Dardania Ndërtim",
    "quotes": [
        (P, "Drita Berisha", "existed only on paper", None),
        (D, "Drita Berisha", "This was not a favour between friends. It was a system, and the public paid for it with a "
            "road that cost millions more than it should have,", None),
        (P, "Mentor Shala", "never seen", None),
        (I, "Mentor Shala", "the prosecution's case rested on the testimony of a single witness", None),
        (D, "Arbër Krasniqi", "I have built roads and schools in this country for twenty years. I have never given a cent "
            "to anyone to win a contract,", None),
        (D, "Arbër Krasniqi", "I will prove that in this courtroom.", None),
        (P, "Dardania Ndërtim", "politically motivated", None),
        (I, "Dardania Ndërtim", "the company had won the tender because its offer was the cheapest", None),
        (D, "Dardania Ndërtim", "The bypass was finished on time and is used by thousands of drivers every day. That is "
            "the only evidence that matters,", None),
        (I, "Dardania Ndërtim", "it would continue to bid for public contracts while the case is ongoing", None),
        (I, "Anti-corruption activists", "the case was a test for the justice system", None),
        (D, "Jeta Zymberi", "Big procurement cases in Kosovo usually end in acquittal or expire under the statute of "
            "limitations. People will be watching to see if this one is different,", None),
        (I, "Ministry of Environment, Spatial Planning and Infrastructure", "it had reviewed all contracts signed by the "
            "procurement office between 2021 and 2024 and had referred two more to prosecutors", None),
        (I, "Public Procurement Regulatory Commission", "Dardania Ndërtim has won public contracts worth more than €110 "
            "million since 2015", None),
        (I, "lawyer for Hoxha", "he would present his defence at a later session", None),
    ],
    "actors": [
        actor("Drita Berisha", "person", title="special prosecutor",
              affiliation="Special Prosecution of the Republic of Kosovo", aliases=["Drita Berisha", "Berisha"],
              stance=-1),
        actor("Mentor Shala", "person", title="lawyer for Valon Krasniqi", affiliation=None,
              aliases=["Mentor Shala", "Shala"], stance=1),
        actor("Arbër Krasniqi", "person", title="director", affiliation="Dardania Ndërtim",
              aliases=["Arbër Krasniqi", "Krasniqi"], stance=1),
        actor("Dardania Ndërtim", "organisation", title="construction company", affiliation="Kosovo",
              aliases=["Dardania Ndërtim", "the company", "The company"], stance=1),
        actor("Anti-corruption activists", "group", title="activists", affiliation=None,
              aliases=["Anti-corruption activists"], stance=None),
        actor("Jeta Zymberi", "person", title="researcher", affiliation="Kosovo Law Institute",
              aliases=["Jeta Zymberi", "Zymberi"], stance=None),
        actor("Ministry of Environment, Spatial Planning and Infrastructure", "government", title="ministry",
              affiliation="Kosovo", aliases=["Ministry of Environment, Spatial Planning and Infrastructure"], stance=None),
        actor("Public Procurement Regulatory Commission", "government", title="procurement regulator",
              affiliation="Kosovo", aliases=["Public Procurement Regulatory Commission"], stance=None),
        actor("lawyer for Hoxha", "person", title="defence lawyer for Besnik Hoxha", affiliation=None,
              aliases=["lawyer for Hoxha"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
