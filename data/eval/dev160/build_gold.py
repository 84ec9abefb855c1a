"""Build the dev160 gold files (data/eval/dev160/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev160/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev160.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev160"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Caribbean Journal travel trade (Aeroflot resumes flights to Punta Cana), title-case headline without
#    speech, byline and date lines, straight " and apostrophes, "Dec. 20", closing "For more ..." line.
#    Content before ", the airline said in a statement," (the appositive after it is the writer's);
#    minister "called the announcement "..." and said A" (partial plus indirect), quote split by "Ortega
#    Guzmán said" (two-part Spanish surname); ambassador "told Caribbean Journal the flights showed that
#    "..."" (partial: a clause inside the writer's sentence), quote with "Vedenin said"; "According to the
#    Association of Tour Operators of Russia (ATOR), A"; anonymous resort executive "said the hotel would
#    accept the bookings but was "..."" (indirect plus partial), "the executive said"; agent "said A", quote
#    split by "Carbuccia said" (two stretches); regional body "said in a statement that it "..." and that B";
#    "what Moscow calls a "..." strategy" (partial for Russia); content before ", the airline said".
ARTICLES[f"{BATCH}/aeroflot-punta-cana-russian-tourists.gold.json"] = {
    "article": f"{BATCH}/aeroflot-punta-cana-russian-tourists.txt",
    "target": "Russia",
    "quotes": [
        (I, "Aeroflot", "Aeroflot will launch twice-weekly nonstop flights between Moscow's Sheremetyevo Airport and "
            "Punta Cana International Airport on Dec. 20", None),
        (P, "Rafael Ortega Guzmán", "excellent news for the East", None),
        (I, "Rafael Ortega Guzmán", "the country expected as many as 60,000 Russian visitors in 2027", None),
        (D, "Rafael Ortega Guzmán", "Russian travelers stay longer, they spend more, and they come in our winter, when "
            "we need them,", None),
        (D, "Rafael Ortega Guzmán", "We are a destination open to the whole world. Tourism is not politics.", None),
        (P, "Nikolai Vedenin", "the attempts to isolate Russia have failed.", None),
        (D, "Nikolai Vedenin", "Russians love the Caribbean. For four years they had to fly through Istanbul or Dubai "
            "to get here. Now they will not have to,", None),
        (I, "Association of Tour Operators of Russia", "most travelers are expected to pay for packages in rubles "
            "before departure and carry U.S. dollars in cash for spending on the island", None),
        (I, "One Punta Cana resort executive", "the hotel would accept the bookings", None),
        (P, "One Punta Cana resort executive", "being very careful", None),
        (D, "One Punta Cana resort executive", "Nobody wants a problem with the Treasury Department over a few hundred "
            "rooms,", None),
        (I, "Luisa Carbuccia", "she had already taken deposits for 14 groups in January", None),
        (D, "Luisa Carbuccia", "The phone has not stopped,", None),
        (D, "Luisa Carbuccia", "The Russian clients are very loyal. If they like you, they come back every year, and "
            "they bring the cousins.", None),
        (P, "Caribbean Tourism Organization", "welcomes all markets", None),
        (I, "Caribbean Tourism Organization", "North America would remain the region's most important source of "
            "visitors by far", None),
        (P, "Russia", "friendly destinations", None),
        (I, "Aeroflot", "Fares for the first departures start at about 180,000 rubles round trip", None),
    ],
    "actors": [
        actor("Aeroflot", "organisation", title="Russia's flag carrier", affiliation="Russia",
              aliases=["Aeroflot", "the airline"], stance=1),
        actor("Rafael Ortega Guzmán", "person", title="Dominican Tourism Minister", affiliation="Dominican Republic",
              aliases=["Rafael Ortega Guzmán", "Ortega Guzmán"], stance=1),
        actor("Nikolai Vedenin", "person", title="Russian ambassador in Santo Domingo", affiliation="Russia",
              aliases=["Nikolai Vedenin", "Vedenin"], stance=1),
        actor("Association of Tour Operators of Russia", "organisation", title="tour operators' association",
              affiliation="Russia", aliases=["Association of Tour Operators of Russia", "ATOR"], stance=None),
        actor("One Punta Cana resort executive", "person", title="anonymous resort executive",
              aliases=["One Punta Cana resort executive", "the executive"], stance=0),
        actor("Luisa Carbuccia", "person", title="boutique tour agency owner, Bávaro",
              aliases=["Luisa Carbuccia", "Carbuccia"], stance=1),
        actor("Caribbean Tourism Organization", "organisation", title="regional tourism body",
              aliases=["Caribbean Tourism Organization"], stance=0),
        actor("Russia", "country", title=None, aliases=["Russia", "Moscow"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Garowe Online (Somalia protests an Ethiopian troop deployment in Gedo), headline without speech,
#    "MOGADISHU, Somalia - " dateline, straight " and apostrophes. Lede "accused Ethiopia of violating its
#    sovereignty" (no clause, no marks: not annotated); ministry "said the deployment had taken place "..."
#    of ... and demanded ..." (partial only; the demand is a directive), "The ministry said A and that B";
#    "Residents told Garowe Online that A and that B"; tea seller named after her quote; "Addis Ababa insisted
#    A" (the country, by its capital); spokesperson's quote split by his name and title chain ("Ethiopian
#    Foreign Ministry spokesperson Tesfaye Gebremedhin told reporters ..."), then the writer echoes his
#    "partners on the ground" (partial: he said it); Jubaland minister "told Garowe Online that the Ethiopian
#    forces were "..." and had been invited ..." (partial only: no second subject), quote with "Abdi said";
#    MP "described the incursion as "..." and warned that it could "..." to ..." (two partials); anonymous MP
#    "said A", "the MP said"; content before ", according to the Heritage Institute ..."; "a deal Somalia
#    described at the time as "..."" (partial for Somalia, full stop inside); AU mission "said it was "...""
#    (partial only) "and urged ..." (directive).
ARTICLES[f"{BATCH}/ethiopia-troops-dolow-gedo.gold.json"] = {
    "article": f"{BATCH}/ethiopia-troops-dolow-gedo.txt",
    "target": "Ethiopia",
    "quotes": [
        (P, "Somalia's Ministry of Foreign Affairs", "without the knowledge or consent", None),
        (I, "Somalia's Ministry of Foreign Affairs", "it had summoned Ethiopia's charge d'affaires in Mogadishu and "
            "that it would raise the matter with the African Union Peace and Security Council", None),
        (I, "Residents", "at least 40 military vehicles arrived in Dolow late on Tuesday and that soldiers had set up "
            "positions near the airstrip and the bridge over the Dawa river", None),
        (D, "Fadumo Hirsi", "We woke up and they were everywhere. Nobody told us anything, not the district "
            "commissioner, not anyone,", None),
        (I, "Ethiopia", "the operation was aimed solely at al-Shabaab fighters crossing into Ethiopia's Somali region "
            "to attack police posts", None),
        (D, "Tesfaye Gebremedhin", "This is a limited and temporary counter-terrorism operation, coordinated with our "
            "partners on the ground,", None),
        (D, "Tesfaye Gebremedhin", "Ethiopia fully respects the sovereignty and territorial integrity of Somalia.",
            None),
        (P, "Tesfaye Gebremedhin", "partners on the ground", "The \"partners"),
        (P, "Abdirashid Mohamed Abdi", "welcome", None),
        (D, "Abdirashid Mohamed Abdi", "Mogadishu did nothing for Gedo when al-Shabaab was attacking our villages. "
            "Ethiopia came when we asked,", None),
        (P, "Abdullahi Said Warsame", "a clear violation of the constitution", None),
        (P, "Abdullahi Said Warsame", "open the door", None),
        (I, "another Gedo MP", "many residents of Dolow would prefer Ethiopian troops to al-Shabaab's tax collectors",
            None),
        (D, "another Gedo MP", "People here are tired. They don't care whose flag is on the truck as long as the road "
            "is safe,", None),
        (I, "Heritage Institute for Policy Studies", "Ethiopian forces have operated in Gedo for years, both under the "
            "African Union mission and outside it", None),
        (P, "Somalia", "null and void.", None),
        (P, "African Union Support and Stabilization Mission in Somalia", "closely following", None),
    ],
    "actors": [
        actor("Somalia's Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Somalia",
              aliases=["Somalia's Ministry of Foreign Affairs", "The ministry"], stance=-1),
        actor("Residents", "group", title="residents of Dolow", aliases=["Residents"], stance=0),
        actor("Fadumo Hirsi", "person", title="tea seller, Dolow", aliases=["Fadumo Hirsi", "Hirsi"], stance=-1),
        actor("Ethiopia", "country", title=None, aliases=["Ethiopia", "Addis Ababa"], stance=1),
        actor("Tesfaye Gebremedhin", "person", title="Ethiopian Foreign Ministry spokesperson", affiliation="Ethiopia",
              aliases=["Tesfaye Gebremedhin", "Tesfaye"], stance=1),
        actor("Abdirashid Mohamed Abdi", "person", title="Jubaland security minister", affiliation="Jubaland",
              aliases=["Abdirashid Mohamed Abdi", "Abdi"], stance=1),
        actor("Abdullahi Said Warsame", "person", title="member of the lower house from Gedo",
              affiliation="Federal Parliament of Somalia", aliases=["Abdullahi Said Warsame", "Warsame"], stance=-1),
        actor("another Gedo MP", "person", title="anonymous MP from Gedo", affiliation="Federal Parliament of Somalia",
              aliases=["another Gedo MP", "the MP"], stance=1),
        actor("Heritage Institute for Policy Studies", "organisation", title="Mogadishu-based think tank",
              aliases=["Heritage Institute for Policy Studies"], stance=0),
        actor("Somalia", "country", title=None, aliases=["Somalia"], stance=-1),
        actor("African Union Support and Stabilization Mission in Somalia", "organisation", title="AU mission",
              aliases=["African Union Support and Stabilization Mission in Somalia", "AUSSOM"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Hartford Courant labour (machinists strike at a jet engine parts maker), headline and dek without
#    speech, byline, "Hartford Courant" and "Dec 4, 2026 at 6:12 pm" lines, "EAST HARTFORD - " dateline,
#    straight " and apostrophes. Content before ", union officials said"; union leader named after his quote
#    with a title chain ("said Ray Malloy, directing business representative for IAM District 26"), then a
#    second stretch; "Malloy said A"; company "said in a statement that A, which it called "..."" (indirect
#    plus partial), quote with "the statement said", "The company said A"; spokeswoman "declined to say whether
#    ..." (not annotated), Q&A "Asked whether ..., she said: "...""; worker "said A", "DeJesus said"; council
#    chair Linda Stanwick ("no relation to the company's founding family") "said A", quote split by "Stanwick
#    said"; content before ", according to the state Department of Labor".
ARTICLES[f"{BATCH}/stanwick-aerospace-machinists-strike.gold.json"] = {
    "article": f"{BATCH}/stanwick-aerospace-machinists-strike.txt",
    "target": "Stanwick Aerospace",
    "quotes": [
        (I, "union officials", "Members of the International Association of Machinists and Aerospace Workers voted 88% "
            "against the four-year proposal on Thursday night", None),
        (D, "Ray Malloy", "Our members have built this company's record profits with their hands, and this offer told "
            "them they were worth less than they were a year ago once you take inflation into account,", None),
        (D, "Ray Malloy", "That's not a contract. That's an insult.", None),
        (I, "Ray Malloy", "the main sticking points were retiree health care and the company's plan to move new hires "
            "into a 401(k)-only retirement plan", None),
        (I, "Stanwick Aerospace", "its offer included wage increases of 18% over four years and a $7,500 ratification "
            "bonus", None),
        (P, "Stanwick Aerospace", "the most generous package in the company's history.", None),
        (D, "Stanwick Aerospace", "We are disappointed that our employees will not have the opportunity to benefit "
            "from these significant wage increases while the strike continues,", None),
        (I, "Stanwick Aerospace", "it had contingency plans in place to keep meeting customer commitments", None),
        (D, "Allison Perkowski", "Our door is open. It always has been.", None),
        (I, "Marisol DeJesus", "she voted no because of the pension plan", None),
        (D, "Marisol DeJesus", "My daughter just started here. Under this contract, she'd never get what I have, and "
            "she'd be doing the same job next to me,", None),
        (I, "Linda Stanwick", "the strike would be felt well beyond the plant gates", None),
        (D, "Linda Stanwick", "Every diner, every gas station, every bar on Main Street depends on those paychecks,",
            None),
        (D, "Linda Stanwick", "I hope both sides get back in a room quickly.", None),
        (I, "state Department of Labor", "Strikers are eligible for unemployment benefits in Connecticut after two "
            "weeks under a law that took effect in 2024", None),
    ],
    "actors": [
        actor("union officials", "group", title="IAM officials", affiliation="International Association of Machinists "
              "and Aerospace Workers", aliases=["union officials"], stance=0),
        actor("Ray Malloy", "person", title="directing business representative, IAM District 26",
              affiliation="International Association of Machinists and Aerospace Workers",
              aliases=["Ray Malloy", "Malloy"], stance=-1),
        actor("Stanwick Aerospace", "organisation", title="jet engine parts maker",
              aliases=["Stanwick Aerospace", "Stanwick", "The company"], stance=1),
        actor("Allison Perkowski", "person", title="company spokeswoman", affiliation="Stanwick Aerospace",
              aliases=["Allison Perkowski", "Perkowski"], stance=1),
        actor("Marisol DeJesus", "person", title="grinder operator", affiliation="Stanwick Aerospace",
              aliases=["Marisol DeJesus", "DeJesus"], stance=-1),
        actor("Linda Stanwick", "person", title="East Hartford Town Council Chair", affiliation="East Hartford Town Council",
              aliases=["Linda Stanwick", "Stanwick"], stance=0),
        actor("state Department of Labor", "government", title="state labor department", affiliation="Connecticut",
              aliases=["state Department of Labor"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. GPonline (the regulator's reinspection backlog), headline "CQC admits ..." (a claim without marks: not
#    annotated) and standfirst (a call to pause: a directive), "By ... | 3 December 2026" line, curly single
#    quotes ‘...’ with ’ apostrophes, British punctuation outside closing marks for fragments. Lede "The Care
#    Quality Commission (CQC) has admitted that A" (indirect); "A report published by the regulator ... said A,
#    212 of them still carrying ..." (one span, the regulator's); chief inspector with a long title chain "said
#    the delays were ‘...’ and that B" (partial plus indirect), a quote split by "he said" (two stretches), "He
#    added that A"; "GPs have long said A" (group); "An independent review ... found ‘...’" (partial for the
#    review); GPC chair "said A", quote split by "she said"; college "said in a statement that it welcomed the
#    regulator's ‘...’ but that B" (partial plus indirect); GP partner "told GPonline A", quote split by "he
#    said"; "A DHSC spokesperson said: ‘...’"; charity "said the delays meant patients were being given ‘...’
#    information" (partial only).
ARTICLES[f"{BATCH}/cqc-gp-inspections-backlog.gold.json"] = {
    "article": f"{BATCH}/cqc-gp-inspections-backlog.txt",
    "target": "CQC",
    "quotes": [
        (I, "CQC", "some GP practices rated requires improvement waited up to four years to be reinspected", None),
        (I, "CQC", "1,140 practices in England had not been assessed within the timescales set out in its own "
            "guidance, 212 of them still carrying a rating given before the pandemic", None),
        (P, "Martin Aldous", "not acceptable", None),
        (I, "Martin Aldous", "the regulator had recruited 90 additional inspectors since the spring", None),
        (D, "Martin Aldous", "I want to be straightforward with practices: we have not been good enough at getting back "
            "to you,", None),
        (D, "Martin Aldous", "A rating that is four years old tells patients almost nothing about the practice they "
            "will walk into today.", None),
        (I, "Martin Aldous", "the regulator expected to clear the backlog by the end of 2027", None),
        (I, "GPs", "the CQC’s single assessment framework, introduced in 2023, is opaque and inconsistent", None),
        (P, "independent review", "significant failings", None),
        (I, "Anwen Price", "the report confirmed what practices had been saying for years", None),
        (D, "Anwen Price", "Practices have been left in limbo, with a label that affects recruitment, morale and their "
            "reputation with patients, through no fault of their own,", None),
        (D, "Anwen Price", "The framework should be paused until the CQC can show it is able to run it properly.",
            None),
        (P, "RCGP", "candour", None),
        (I, "RCGP", "an apology would mean little without a clear timetable", None),
        (I, "Farid Qureshi", "the rating had cost the practice at least two salaried GP applicants", None),
        (D, "Farid Qureshi", "One candidate told us straight out that she had looked us up and seen the rating,", None),
        (D, "Farid Qureshi", "We sorted the issues within six months. We invited them back. Nobody came.", None),
        (D, "DHSC spokesperson", "Patients must be able to trust that CQC ratings reflect the care they receive today. "
            "We are working closely with the CQC to ensure it has the resources and leadership to deliver timely, "
            "consistent inspections.", None),
        (P, "Patients Association", "out-of-date and potentially misleading", None),
    ],
    "actors": [
        actor("CQC", "organisation", title="health and care regulator",
              aliases=["CQC", "Care Quality Commission", "the regulator"], stance=0),
        actor("Martin Aldous", "person", title="chief inspector of primary and community services", affiliation="CQC",
              aliases=["Martin Aldous", "Aldous", "Professor Martin Aldous"], stance=0),
        actor("GPs", "group", title="GPs in England", aliases=["GPs"], stance=-1),
        actor("independent review", "organisation", title="government-commissioned review (2024)",
              aliases=["independent review"], stance=-1),
        actor("Anwen Price", "person", title="GPC England chair", affiliation="BMA",
              aliases=["Anwen Price", "Price", "Dr Anwen Price"], stance=-1),
        actor("RCGP", "organisation", title="Royal College of General Practitioners", aliases=["RCGP"], stance=0),
        actor("Farid Qureshi", "person", title="GP partner in Leeds", aliases=["Farid Qureshi", "Qureshi",
              "Dr Farid Qureshi"], stance=-1),
        actor("DHSC spokesperson", "government", title="spokesperson", affiliation="Department of Health and Social Care",
              aliases=["DHSC spokesperson"], stance=0),
        actor("Patients Association", "organisation", title="patients' charity", aliases=["Patients Association"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
