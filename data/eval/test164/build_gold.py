"""Build the test164 gold files (data/eval/test164/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test164/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test164.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test164"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The News (The News International, Pakistan) courts (the Lahore High Court hears smog petitions), headline with
#    a straight single fragment "LHC slams EPD over smog, says anti-smog squads 'exist only on paper'", "By Our
#    Correspondent", dateline "LAHORE:" run into the lede, straight " and apostrophes, "Rs94 million"; lede
#    "directed the EPD to submit ..." (a directive, not annotated); judge "said the department's anti-smog squads
#    "..."" (partial only), quote with "the judge said" (a question inside); director general "told the court that
#    A and that B" (one span), "he said"; counsel "described the figures as "..."", quote with "she told the court",
#    "She said A"; anonymous "An official of the EPD, requesting anonymity, told The News that A", then "the
#    official said"; scare so-called "smog emergency cell"; minister "said at a press conference that the
#    government had imposed a "..." in ... and that B" (partial plus indirect), "she said"; "According to the
#    Pakistan Meteorological Department, A"; group "Residents of Johar Town said A and that B" (one span).
ARTICLES[f"{BATCH}/lahore-smog-lhc-environment-department.gold.json"] = {
    "article": f"{BATCH}/lahore-smog-lhc-environment-department.txt",
    "target": "Punjab Environment Protection Department",
    "quotes": [
        (P, "Lahore High Court", "exist only on paper", "LHC slams"),
        (P, "Farrukh Naveed", "exist only on paper", "Hearing a set"),
        (D, "Farrukh Naveed", "Every year we hear the same promises in October, and every year the children of Lahore "
            "breathe this poison in November. What has the department done differently this time?", None),
        (I, "Sajid Mehmood", "1,283 brick kilns had been sealed since September and that fines worth Rs94 million had been "
            "imposed on industrial units", None),
        (D, "Sajid Mehmood", "We have converted over 8,000 kilns to zig-zag technology. The results will show, but not "
            "overnight,", None),
        (P, "Hina Chaudhry", "an eyewash", None),
        (D, "Hina Chaudhry", "Sealed kilns are reopened within a week after a small payment. My clients have photographs "
            "of kilns operating at night in Kasur and Sheikhupura,", None),
        (I, "Hina Chaudhry", "the department had also failed to implement the court's earlier orders on crop-residue "
            "burning and on the closure of schools on high-pollution days", None),
        (I, "official of the EPD", "the department had only 160 field inspectors for the entire province", None),
        (D, "official of the EPD", "We are expected to police 36 districts with the staff of one. The squads are real, but "
            "they are spread very thin,", None),
        (S, None, "smog emergency cell", None),
        (P, "Rabia Iftikhar", "green lockdown", None),
        (I, "Rabia Iftikhar", "construction work in those areas would remain banned until November 30", None),
        (D, "Rabia Iftikhar", "Smog is not a Punjab problem alone. A large part of what we breathe in Lahore comes from "
            "across the border, and we need a regional solution,", None),
        (I, "Pakistan Meteorological Department", "no significant rainfall is expected in the province before the second "
            "week of December", None),
        (I, "Residents of Johar Town", "markets in the area had remained open past the government's deadline and that "
            "brick kilns on the outskirts of the city were still burning at night", None),
    ],
    "actors": [
        actor("Lahore High Court", "organisation", title="provincial high court", affiliation="Pakistan",
              aliases=["Lahore High Court", "LHC", "the court"], stance=-1),
        actor("Farrukh Naveed", "person", title="Justice", affiliation="Lahore High Court",
              aliases=["Farrukh Naveed", "Naveed", "Justice Farrukh Naveed", "the judge"], stance=-1),
        actor("Sajid Mehmood", "person", title="director general", affiliation="Punjab Environment Protection Department",
              aliases=["Sajid Mehmood", "Mehmood"], stance=1),
        actor("Hina Chaudhry", "person", title="petitioners' counsel", affiliation=None,
              aliases=["Hina Chaudhry", "Chaudhry", "Advocate Hina Chaudhry"], stance=-1),
        actor("official of the EPD", "person", title="official (anonymous)",
              affiliation="Punjab Environment Protection Department", aliases=["official of the EPD", "the official"],
              stance=0),
        actor("Rabia Iftikhar", "person", title="Provincial Environment Minister", affiliation="Government of Punjab",
              aliases=["Rabia Iftikhar", "Iftikhar"], stance=1),
        actor("Pakistan Meteorological Department", "government", title="weather service", affiliation="Pakistan",
              aliases=["Pakistan Meteorological Department"], stance=None),
        actor("Residents of Johar Town", "group", title="residents", affiliation="Lahore",
              aliases=["Residents of Johar Town"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Brno Daily (Czech Republic, English-language) culture/local government (the city council approves another
#    cost increase for its concert hall), headline without speech, "Written by NAME on DATE" line, dateline
#    "Brno, Dec 3 (BD) –", British straight single quotes '...' for full quotes and fragments (apostrophes in
#    "city's", "council's", "hall's" outside), Czech names with diacritics, "CZK 480 million"; deputy mayor "said A
#    and B" (one span), quote split by "Kratochvíl told councillors" (two sentences, two entries), "Kratochvíl said
#    A and that B"; content before "according to the city's investment department"; councillor "called the vote
#    '...' and said B" (partial plus indirect), quote split by "she said"; orchestra "welcomed the decision" (act);
#    its director "said the orchestra had spent decades playing in ..., a 19th-century hall with '...'" (partial
#    only), quote with "Šimková told Brno Daily"; scare so-called 'acoustic shell'; anonymous "A member of the
#    council's audit committee, who asked not to be identified, told Brno Daily that A"; residents' association
#    "said A and that B" (one span).
ARTICLES[f"{BATCH}/brno-janacek-cultural-centre-costs.gold.json"] = {
    "article": f"{BATCH}/brno-janacek-cultural-centre-costs.txt",
    "target": "Brno City Council",
    "quotes": [
        (I, "Ondřej Kratochvíl", "the increase reflected higher prices for steel and acoustic materials and the cost of "
            "redesigning the foyer after a structural survey in the spring", None),
        (D, "Ondřej Kratochvíl", "Brno has waited for a proper concert hall for more than a hundred years,", None),
        (D, "Ondřej Kratochvíl", "We are not going to leave a half-finished building in the city centre because the "
            "numbers have become uncomfortable.", None),
        (I, "city's investment department", "The new completion date is autumn 2028", None),
        (P, "Markéta Dušková", "a blank cheque", None),
        (I, "Markéta Dušková", "the council had never published a full breakdown of the contractor's claims", None),
        (D, "Markéta Dušková", "Every year we are told this is the last increase. Every year it is not,", None),
        (D, "Markéta Dušková", "The people of Brno deserve to see the invoices.", None),
        (P, "Lucie Šimková", "wonderful sound and no room for a modern audience", None),
        (D, "Lucie Šimková", "For the musicians, this hall is not a luxury. It is the difference between an orchestra "
            "that tours and one that stays at home,", None),
        (S, None, "acoustic shell", None),
        (I, "member of the council's audit committee", "the contractor had submitted claims for a further CZK 150 million "
            "that were still being assessed", None),
        (I, "Živé centrum", "construction lorries had damaged the pavements on Besední street and that the city had "
            "ignored its complaints for two years", None),
        (I, "Ondřej Kratochvíl", "the tender for the hall's organ would be launched in the new year and that the city was "
            "in talks with private donors to cover part of its cost", None),
    ],
    "actors": [
        actor("Ondřej Kratochvíl", "person", title="Deputy Mayor for Culture", affiliation="Brno City Council",
              aliases=["Ondřej Kratochvíl", "Kratochvíl"], stance=1),
        actor("city's investment department", "government", title="investment department", affiliation="City of Brno",
              aliases=["city's investment department"], stance=0),
        actor("Markéta Dušková", "person", title="opposition councillor", affiliation="Pirates",
              aliases=["Markéta Dušková", "Dušková"], stance=-1),
        actor("Lucie Šimková", "person", title="director", affiliation="Brno Philharmonic",
              aliases=["Lucie Šimková", "Šimková"], stance=1),
        actor("member of the council's audit committee", "person", title="councillor (anonymous)",
              affiliation="Brno City Council audit committee", aliases=["member of the council's audit committee"],
              stance=0),
        actor("Živé centrum", "group", title="residents' association", affiliation="Brno",
              aliases=["Živé centrum"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Loop Samoa sport (national rugby players threaten a boycott over unpaid match fees), headline without speech,
#    "By Loop Samoa Sports", curly “ ” and ’, "per cent"; group lede (no speech verb: "have threatened to
#    withdraw ... unless ..."), "In a letter to the SRU board, seen by Loop Samoa, the players said A and that B"
#    (one span), quote with "the letter said" (the players' letter); captain "confirmed the letter had been sent but
#    said the players wanted to settle the matter “...”" (indirect plus partial), quote with "Aumua told reporters",
#    then a quote-only paragraph; CEO "said the union had been hit by a “...” of ..., and that B" (partial plus
#    indirect), "he said", "He denied claims that ..." (noun object kept); "A World Rugby spokesperson said A";
#    scare so-called “high-performance grant”; minister "said the Government expected the SRU to “...” before ..."
#    (partial only); anonymous "One senior player, who asked not to be named ..., said A"; group "Fans outside the
#    SRU offices at Tuanaimato on Wednesday said A".
ARTICLES[f"{BATCH}/manu-samoa-unpaid-match-fees.gold.json"] = {
    "article": f"{BATCH}/manu-samoa-unpaid-match-fees.txt",
    "target": "Samoa Rugby Union",
    "quotes": [
        (I, "Members of the Manu Samoa squad", "they had not received fees for three test matches and that daily "
            "allowances promised for the tour had been cut by half without notice", None),
        (D, "Members of the Manu Samoa squad", "We love playing for Samoa. Nobody should doubt that. But we also have "
            "families to feed and clubs asking why we keep flying home with nothing,", None),
        (I, "Seilala Aumua", "the letter had been sent", None),
        (P, "Seilala Aumua", "within the rugby family", None),
        (D, "Seilala Aumua", "This is not about money for ourselves. Some of the boys are 20 years old and sent their whole "
            "allowance home to their parents,", None),
        (D, "Seilala Aumua", "We just want what was agreed. Nothing more.", None),
        (P, "Tuiloma Pesamino", "perfect storm", None),
        (I, "Tuiloma Pesamino", "all outstanding fees would be paid before Christmas", None),
        (D, "Tuiloma Pesamino", "The players have every right to be frustrated. We have let them down on communication, "
            "and I take responsibility for that,", None),
        (I, "Tuiloma Pesamino", "claims that the union had used player payments to cover its administration costs", None),
        (I, "World Rugby spokesperson", "the governing body was aware of the situation and was in regular contact with "
            "the SRU", None),
        (S, None, "high-performance grant", None),
        (P, "Aiono Masoe", "get its house in order", None),
        (I, "senior player", "several players had already told their overseas clubs they would not be available in July",
            None),
        (I, "Fans outside the SRU offices at Tuanaimato", "the board should resign if the players were not paid by the "
            "end of the month", None),
    ],
    "actors": [
        actor("Members of the Manu Samoa squad", "group", title="national rugby squad", affiliation="Manu Samoa",
              aliases=["Members of the Manu Samoa squad", "the players", "the letter"], stance=-1),
        actor("Seilala Aumua", "person", title="captain", affiliation="Manu Samoa",
              aliases=["Seilala Aumua", "Aumua", "Captain Seilala Aumua"], stance=-1),
        actor("Tuiloma Pesamino", "person", title="chief executive", affiliation="Samoa Rugby Union",
              aliases=["Tuiloma Pesamino", "Pesamino"], stance=1),
        actor("World Rugby spokesperson", "person", title="spokesperson", affiliation="World Rugby",
              aliases=["World Rugby spokesperson"], stance=0),
        actor("Aiono Masoe", "person", title="Minister of Sports", affiliation="Government of Samoa",
              aliases=["Aiono Masoe", "Masoe"], stance=-1),
        actor("senior player", "person", title="player (anonymous)", affiliation="Manu Samoa",
              aliases=["senior player"], stance=-1),
        actor("Fans outside the SRU offices at Tuanaimato", "group", title="fans", affiliation=None,
              aliases=["Fans outside the SRU offices at Tuanaimato"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Transport Topics (US trucking trade press) labour/business (a truckload carrier shuts down without final pay),
#    title-case headline without speech, "By NAME | Staff Reporter" and date lines, straight " and apostrophes,
#    "Joplin, Mo.", "Dec. 1"; lede content before "the company said in a notice posted on its website"; "The notice
#    blamed "..." for the closure and said final paychecks would be issued "..."" (two partials, full stop inside the
#    second); content before "according to Federal Motor Carrier Safety Administration data"; group "Several drivers
#    told Transport Topics A" (no "that"), then "They said A"; driver named after his quote, "Whitlock said A and had
#    B" (one span); CEO "said in a LinkedIn post Monday: "...` open at the end of its line, then a closed paragraph;
#    "did not respond", "declined to comment" (not annotated); union "said ... had been "..." and that B" (partial
#    plus indirect); anonymous agency spokeswoman "said A"; analyst named after her quote; scare so-called
#    "chameleon carriers" (no speaker).
ARTICLES[f"{BATCH}/harlan-freight-lines-shutdown.gold.json"] = {
    "article": f"{BATCH}/harlan-freight-lines-shutdown.txt",
    "target": "Harlan Freight Lines",
    "quotes": [
        (I, "Harlan Freight Lines", "Harlan Freight Lines, a truckload carrier based in Joplin, Mo., ceased operations "
            "Dec. 1 and laid off about 1,100 drivers and 240 office employees", None),
        (P, "Harlan Freight Lines", "a prolonged freight recession, rising insurance premiums and the loss of a major "
            "customer", None),
        (P, "Harlan Freight Lines", "as soon as funds allow.", None),
        (I, "Federal Motor Carrier Safety Administration", "Harlan operated about 950 tractors and 1,900 trailers", None),
        (I, "Several drivers", "they learned of the shutdown from a text message sent late Sunday night, some while they "
            "were under load hundreds of miles from home", None),
        (I, "Several drivers", "fuel cards issued by the company had stopped working Saturday, two days before the "
            "announcement", None),
        (D, "Travis Whitlock", "I was in Amarillo with a load of frozen chicken. They told me to drop the trailer at a "
            "truck stop and find my own way back to Missouri,", None),
        (I, "Travis Whitlock", "he was owed about $2,300 in mileage pay and had paid for a bus ticket home himself", None),
        (D, "Gregory Dunmore", "This is the hardest decision I have made in 31 years in this industry.", None),
        (D, "Gregory Dunmore", "We fought to the very end to save this company. I am deeply sorry to every driver and "
            "every employee, and to their families.", None),
        (P, "International Brotherhood of Teamsters", "treated like disposable equipment", None),
        (I, "International Brotherhood of Teamsters", "the union would help them file wage claims with the state", None),
        (I, "spokeswoman for the Missouri Department of Labor and Industrial Relations", "the agency had received 214 "
            "wage claims from former Harlan employees as of Tuesday afternoon", None),
        (D, "Carla Jennings", "Carriers that expanded in 2021 and 2022 on borrowed money are running out of road. Harlan "
            "won't be the last,", None),
        (S, None, "chameleon carriers,", None),
    ],
    "actors": [
        actor("Harlan Freight Lines", "organisation", title="truckload carrier", affiliation="Joplin, Mo.",
              aliases=["Harlan Freight Lines", "Harlan", "the company", "The notice"], stance=1),
        actor("Federal Motor Carrier Safety Administration", "government", title="federal regulator",
              affiliation="United States", aliases=["Federal Motor Carrier Safety Administration"], stance=None),
        actor("Several drivers", "group", title="Harlan drivers", affiliation="Harlan Freight Lines",
              aliases=["Several drivers"], stance=-1),
        actor("Travis Whitlock", "person", title="driver", affiliation="Harlan Freight Lines",
              aliases=["Travis Whitlock", "Whitlock"], stance=-1),
        actor("Gregory Dunmore", "person", title="president and CEO", affiliation="Harlan Freight Lines",
              aliases=["Gregory Dunmore", "Dunmore"], stance=1),
        actor("International Brotherhood of Teamsters", "organisation", title="union", affiliation="United States",
              aliases=["International Brotherhood of Teamsters", "the union"], stance=-1),
        actor("spokeswoman for the Missouri Department of Labor and Industrial Relations", "person",
              title="spokeswoman", affiliation="Missouri Department of Labor and Industrial Relations",
              aliases=["spokeswoman for the Missouri Department of Labor and Industrial Relations"], stance=0),
        actor("Carla Jennings", "person", title="vice president of trucking research", affiliation="Lanesight",
              aliases=["Carla Jennings", "Jennings"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
