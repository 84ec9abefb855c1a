"""Build the dev53 gold files (data/eval/dev53/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev52/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev53/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev53.  Standard library only.
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
# 1. Notes from Poland courts (three men jailed for sabotage of a rail line used to supply Ukraine),
#    headline without speech, date line, straight " and apostrophes, British punctuation outside the
#    closing marks, en dashes. Lede "in what the presiding judge described as sabotage "..." by ..."
#    (partial); judge named after her quote ("said in reading out the verdict"); "She said the fact that
#    ... was "..."" (partial only); "According to prosecutors, A"; testimony "testified that he had been
#    recruited through a channel offering "..." for ..." (partial only), then "He told the court in
#    September: "..." open at the end of its line, continued by a quote-only paragraph (two directs);
#    prosecutor "told reporters ... that the verdict sent "..." to anyone ..." (partial only); lawyer
#    "said A and that the court had "..."" (indirect plus partial); scare "one-off" jobs; spokesman
#    "said A"; minister "welcomed the verdict in a post on X" (an act), then a quote with "he wrote";
#    "Moscow has previously dismissed Polish accusations of sabotage as "..."" (partial).
ARTICLES["data/eval/dev53/lublin-rail-sabotage-sentences.gold.json"] = {
    "article": "data/eval/dev53/lublin-rail-sabotage-sentences.txt",
    "target": "Russia",
    "quotes": [
        (P, "Katarzyna Wr\u00f3bel", "commissioned and paid for", None),
        (D, "Katarzyna Wr\u00f3bel", "The evidence leaves no doubt that the defendants acted on instructions from the "
            "Russian services and were paid for each task they carried out,", None),
        (P, "Katarzyna Wr\u00f3bel", "a matter of luck, not of the defendants' restraint", None),
        (I, "prosecutors", "the three were paid a total of about $9,000 in cryptocurrency by their handlers, who "
            "contacted them through Telegram", None),
        (P, "Oleh M.", "easy money", None),
        (D, "Oleh M.", "At first it was photographs of stations and of trains carrying tanks. They paid me 200 dollars "
            "for each one.", None),
        (D, "Oleh M.", "Then they asked me to leave a bag by the tracks near Pu\u0142awy. I knew it was not bread inside. "
            "I was afraid to say no.", None),
        (P, "Micha\u0142 Nowicki", "a clear signal", None),
        (I, "Anna G\u00f3rska", "her client would appeal", None),
        (P, "Anna G\u00f3rska", "ignored his mental health", None),
        (S, None, "one-off", None),
        (I, "Pawe\u0142 D\u0105browski", "the Internal Security Agency (ABW) had identified at least three other "
            "recruitment channels run by the same handlers", None),
        (D, "Marek Zieli\u0144ski", "Russia is waging a hybrid war against Poland. Anyone who helps it, whether for money "
            "or out of stupidity, will face the full consequences,", None),
        (P, "Russia", "Russophobic hysteria", None),
    ],
    "actors": [
        actor("Katarzyna Wr\u00f3bel", "person", title="Judge (presiding judge)", affiliation="Lublin court",
              aliases=["Katarzyna Wr\u00f3bel", "Wr\u00f3bel", "presiding judge"], stance=-1),
        actor("prosecutors", "government", title="prosecution", affiliation="Poland", aliases=["prosecutors"],
              stance=-1),
        actor("Oleh M.", "person", title="defendant", aliases=["Oleh M."], stance=-1),
        actor("Micha\u0142 Nowicki", "person", title="Prosecutor", affiliation="Poland",
              aliases=["Micha\u0142 Nowicki", "Nowicki"], stance=-1),
        actor("Anna G\u00f3rska", "person", title="lawyer for Andrei K.", aliases=["Anna G\u00f3rska", "G\u00f3rska"],
              stance=None),
        actor("Pawe\u0142 D\u0105browski", "person", title="spokesman for the minister-coordinator of special services",
              affiliation="Poland", aliases=["Pawe\u0142 D\u0105browski", "D\u0105browski"], stance=-1),
        actor("Marek Zieli\u0144ski", "person", title="Interior Minister", affiliation="Poland",
              aliases=["Marek Zieli\u0144ski", "Zieli\u0144ski", "Interior Minister"], stance=-1),
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Herald (Glasgow) local government (the council approves a workplace parking levy), headline with a
#    curly single fragment "Chamber brands Glasgow parking levy a ‘tax on going to work’", standfirst without
#    speech, byline and desk lines, British curly single quotes ‘...’ for all quotes with ’ apostrophes
#    (I’ll, city’s), punctuation outside closing marks except whole-sentence quotes, £ figures. Council
#    "said A"; convener "said the city could not meet ... ‘...’" (partial only), then a quote with "she
#    told councillors" and a quote-only paragraph (continuity); organiser "said it was ‘...’ that ..."
#    (partial only), then "he said"; anonymous nurse "said: ‘...’"; chamber chief executive "described
#    the levy as a ‘...’ at a time when ..." (partial), "She warned that A, while B" (one span);
#    opposition leader "said A but that the ... administration had ‘...’ a scheme ..." (indirect plus
#    partial); council spokesperson "said A, and that it would be for each employer ‘...’" (indirect plus
#    partial); scare ‘Avenues’ programme; Scottish Government spokesperson "said ... were ‘...’ and that
#    B" (partial plus indirect).
ARTICLES["data/eval/dev53/glasgow-workplace-parking-levy.gold.json"] = {
    "article": "data/eval/dev53/glasgow-workplace-parking-levy.txt",
    "target": "Glasgow City Council",
    "quotes": [
        (P, "Glasgow Chamber of Commerce", "tax on going to work", "Chamber brands"),
        (I, "Glasgow City Council", "the levy would raise an estimated \u00a328 million a year, all of which would be "
            "reinvested in public transport, active travel and the planned Clyde Metro", None),
        (P, "Fiona McCallum", "while a third of commuters drive into the centre alone", None),
        (D, "Fiona McCallum", "Glasgow has some of the lowest car ownership in Scotland, yet our streets are still built "
            "around the people who drive in from outside,", None),
        (D, "Fiona McCallum", "This is about giving the people who live here the buses and the trains they have been "
            "asking for. I make no apology for that.", None),
        (P, "Paul Docherty", "a disgrace", None),
        (D, "Paul Docherty", "Night shift staff cannot get a bus at three in the morning. They drive because they have "
            "to,", None),
        (D, "staff nurse", "I already pay for parking at work. Now I\u2019ll pay twice.", None),
        (P, "Gillian Rennie", "tax on going to work", "described the levy"),
        (I, "Gillian Rennie", "some firms would pass the cost on to their employees, while others might move to "
            "out-of-town business parks", None),
        (I, "Iain McAlpine", "his party supported investment in transport", None),
        (P, "Iain McAlpine", "rushed through", None),
        (I, "council spokesperson", "the levy would be paid by employers, not employees", None),
        (P, "council spokesperson", "to decide whether to pass it on", None),
        (S, None, "Avenues", None),
        (P, "Scottish Government spokesperson", "a matter for local authorities", None),
        (I, "Scottish Government spokesperson", "ministers had given councils the power to introduce them under the "
            "Transport (Scotland) Act 2019", None),
    ],
    "actors": [
        actor("Glasgow Chamber of Commerce", "organisation", title="business organisation",
              aliases=["Glasgow Chamber of Commerce", "Chamber"], stance=-1),
        actor("Glasgow City Council", "government", title="city council", affiliation="Glasgow",
              aliases=["Glasgow City Council", "council"], stance=1),
        actor("Fiona McCallum", "person", title="Council transport convener", affiliation="Glasgow City Council",
              aliases=["Fiona McCallum", "McCallum"], stance=1),
        actor("Paul Docherty", "person", title="organiser", affiliation="GMB Scotland",
              aliases=["Paul Docherty", "Docherty"], stance=-1),
        actor("staff nurse", "person", title="anonymous staff nurse (Queen Elizabeth University Hospital)",
              aliases=["staff nurse"], stance=-1),
        actor("Gillian Rennie", "person", title="chief executive", affiliation="Glasgow Chamber of Commerce",
              aliases=["Gillian Rennie", "Rennie"], stance=-1),
        actor("Iain McAlpine", "person", title="Labour group leader", affiliation="Labour",
              aliases=["Iain McAlpine", "McAlpine"], stance=-1),
        actor("council spokesperson", "person", title="spokesperson", affiliation="Glasgow City Council",
              aliases=["council spokesperson"], stance=1),
        actor("Scottish Government spokesperson", "person", title="spokesperson", affiliation="Scottish Government",
              aliases=["Scottish Government spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Rappler (the Ombudsman suspends a Batangas mayor over "ghost" flood control projects), headline with a
#    straight single fragment 'ghost' (the headline names the Ombudsman), subhead "The Office of the
#    Ombudsman says the evidence ... is 'strong'" (partial), byline and "Published" lines, dateline
#    "BATANGAS, Philippines –", straight " in the body and apostrophes (Castillo's, mayor's), punctuation
#    inside closing marks, "P186 million", "– Rappler.com" sign-off. Order "the Ombudsman said the
#    evidence ... was "..." and that ... could allow them to "..."" (two partials); investigators'
#    finding "found "..." at the site of ..., according to the order" (partial only, the Ombudsman's);
#    mayor "denied the accusations and said A" (denied with no content: only the indirect), then a
#    Tagalog quote with its English translation in parentheses inside the marks, "Castillo said", then
#    "he added"; DPWH "said in a statement that it had "..." of accepting ..., as ..." (partial only);
#    vice mayor "said A", then "she told Rappler by phone"; group "residents said A"; resident named after
#    her quote; DILG spokesperson "said the department would do so "..." of receiving it" (partial only);
#    lawyer "said they would file ... and argued that the Ombudsman had "..." the case" (indirect plus
#    partial; "they" = lawyer and client); scare so-called "insertions," (comma inside, glossed).
ARTICLES["data/eval/dev53/ombudsman-suspends-san-isidro-mayor.gold.json"] = {
    "article": "data/eval/dev53/ombudsman-suspends-san-isidro-mayor.txt",
    "target": "Leandro Castillo",
    "quotes": [
        (P, "Office of the Ombudsman", "ghost", None),
        (P, "Office of the Ombudsman", "strong", "is 'strong"),
        (P, "Office of the Ombudsman", "strong", "was \"strong"),
        (P, "Office of the Ombudsman", "influence witnesses and tamper with records.", None),
        (P, "Office of the Ombudsman", "nothing but grass and a signboard", None),
        (I, "Leandro Castillo", "he was the victim of political harassment ahead of the 2028 elections", None),
        (D, "Leandro Castillo", "Hindi ako magtatago. Haharapin ko ang lahat ng ito sa tamang forum (I will not hide. I "
            "will face all of this in the proper forum),", None),
        (D, "Leandro Castillo", "Those projects were inspected and accepted by the DPWH. Ask them,", None),
        (P, "Department of Public Works and Highways", "no record", None),
        (I, "Teresita Abrenica", "she would cooperate fully with investigators", None),
        (D, "Teresita Abrenica", "Our people deserve to know where their money went,", None),
        (I, "residents", "floodwaters from the river had reached their homes three times this year alone", None),
        (D, "Norma Dalisay", "Every time it rains, we carry our things to the second floor. We were told there would be "
            "a wall,", None),
        (P, "Aileen Ramirez", "within 24 hours", None),
        (I, "Rodel Manansala", "they would file a motion for reconsideration", None),
        (P, "Rodel Manansala", "prejudged", None),
        (S, None, "insertions,", None),
    ],
    "actors": [
        actor("Office of the Ombudsman", "government", title="anti-graft body", affiliation="Philippines",
              aliases=["Office of the Ombudsman", "Ombudsman"], stance=-1),
        actor("Leandro Castillo", "person", title="Mayor", affiliation="San Isidro, Batangas",
              aliases=["Leandro Castillo", "Castillo"], stance=1),
        actor("Department of Public Works and Highways", "government", title="district office",
              affiliation="Philippines", aliases=["Department of Public Works and Highways", "DPWH"], stance=-1),
        actor("Teresita Abrenica", "person", title="Vice Mayor (acting mayor)", affiliation="San Isidro, Batangas",
              aliases=["Teresita Abrenica", "Abrenica"], stance=-1),
        actor("residents", "group", title="residents of Barangay Malinis", aliases=["residents"], stance=-1),
        actor("Norma Dalisay", "person", title="sari-sari store owner", aliases=["Norma Dalisay", "Dalisay"],
              stance=-1),
        actor("Aileen Ramirez", "person", title="DILG spokesperson",
              affiliation="Department of the Interior and Local Government", aliases=["Aileen Ramirez", "Ramirez"],
              stance=0),
        actor("Rodel Manansala", "person", title="lawyer", affiliation="Leandro Castillo",
              aliases=["Rodel Manansala", "Manansala"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Daily Star (Bangladesh) labour (garment workers block a highway over unpaid wages), headline
#    without speech, "Staff Correspondent, Gazipur" and date lines, straight " and apostrophes
#    (months', factory's, don't), British spelling, punctuation outside closing marks for fragments.
#    Figure before "according to Industrial Police"; group "Workers said A, and that B" (one span);
#    worker named after the first quote, continued by a quote-only paragraph; company notice "said in a
#    notice ... that A"; manager "said the company was facing a "..." after ..." (partial only), then "he
#    told The Daily Star"; police superintendent "said A after officials ... assured them that B" (one
#    span: the nested assurance is part of his report); union president "said the owners had "..." of
#    ... and accused the labour ministry of "..."" (two partials); anonymous BGMEA director "said A, but
#    that B" (one span); buyer "said in an email that it was "..." and had asked its supplier to "..."" (two
#    partials); anonymous ministry official "said A"; scare "tripartite" meeting.
ARTICLES["data/eval/dev53/meghna-apparels-workers-block-highway.gold.json"] = {
    "article": "data/eval/dev53/meghna-apparels-workers-block-highway.txt",
    "target": "Meghna Apparels",
    "quotes": [
        (I, "Industrial Police", "The blockade created a tailback stretching about 12 kilometres on both sides of the "
            "highway", None),
        (I, "Workers", "the factory, which employs around 4,200 people and makes knitwear for European brands, had not "
            "paid them since August, and that management had twice broken promises to clear the dues", None),
        (D, "Shahana Akter", "My landlord has given me until the 10th. After that, I don't know where we will go,",
            None),
        (D, "Shahana Akter", "We work, but we do not get paid. Who will listen to us if we do not come to the road?",
            None),
        (I, "Meghna Apparels", "production would remain suspended until further notice", None),
        (P, "Mizanur Rahman", "severe cash crisis", None),
        (D, "Mizanur Rahman", "We are not running away. We have already sold one of our buildings, and we will pay every "
            "taka by December 20,", None),
        (I, "Sarwar Alam", "the workers left the highway around 3:00pm after officials from the Department of Inspection "
            "for Factories and Establishments (DIFE) assured them that owners, workers and the government would meet "
            "on Sunday", None),
        (P, "Nazma Begum", "a long record", None),
        (P, "Nazma Begum", "looking the other way", None),
        (I, "director of the Bangladesh Garment Manufacturers and Exporters Association",
            "the association had asked Meghna's owners to submit a payment plan, but that the factory had not been a "
            "member in good standing since last year", None),
        (P, "Nordvik Kl\u00e4der", "deeply concerned", None),
        (P, "Nordvik Kl\u00e4der", "pay all outstanding wages without further delay", None),
        (I, "labour ministry official", "the government would not allow any worker in the sector to go unpaid before the "
            "end of the year", None),
        (S, None, "tripartite", None),
    ],
    "actors": [
        actor("Industrial Police", "government", title="industrial police", affiliation="Bangladesh",
              aliases=["Industrial Police"], stance=None),
        actor("Workers", "group", title="Meghna Apparels workers", aliases=["Workers"], stance=-1),
        actor("Shahana Akter", "person", title="sewing operator", affiliation="Meghna Apparels",
              aliases=["Shahana Akter", "Akter"], stance=-1),
        actor("Meghna Apparels", "organisation", title="garment factory",
              aliases=["Meghna Apparels Ltd", "Meghna Apparels", "Meghna"], stance=0),
        actor("Mizanur Rahman", "person", title="general manager (HR and compliance)", affiliation="Meghna Apparels",
              aliases=["Mizanur Rahman", "Rahman"], stance=1),
        actor("Sarwar Alam", "person", title="superintendent of Industrial Police-2 Gazipur",
              affiliation="Industrial Police", aliases=["Sarwar Alam", "Alam"], stance=None),
        actor("Nazma Begum", "person", title="president", affiliation="Garment Workers Unity Forum",
              aliases=["Nazma Begum", "Begum"], stance=-1),
        actor("director of the Bangladesh Garment Manufacturers and Exporters Association", "person",
              title="anonymous director",
              affiliation="Bangladesh Garment Manufacturers and Exporters Association",
              aliases=["director of the Bangladesh Garment Manufacturers and Exporters Association"], stance=-1),
        actor("Nordvik Kl\u00e4der", "organisation", title="Swedish retailer (buyer)", aliases=["Nordvik Kl\u00e4der"],
              stance=-1),
        actor("labour ministry official", "person", title="anonymous official", affiliation="labour ministry",
              aliases=["labour ministry official"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
