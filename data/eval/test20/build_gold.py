"""Build the test20 gold files (data/eval/test20/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev59/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test20/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test20.
Standard library only.
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
# 1. Lloyd's List shipping (Denmark detains a sanctioned tanker carrying Russian crude), headline
#    without speech, standfirst with a straight single fragment "Moscow says the move is '...' as
#    ..." (partial for Moscow, the entity it names), byline and "Dec 03, 2026" lines, straight " and
#    apostrophes in the body. Lede content before "the Danish Maritime Authority said on Wednesday";
#    "The authority said the vessel's certificate had been issued by a company "..." and that B"
#    (partial plus indirect); official named after his quote ("said X, head of ... at the
#    authority"); foreign ministry "said the detention was "..." and an "..." of ..." (two partials);
#    deputy spokesman named after his quote ("deputy spokesman X told a briefing"); "He did not say
#    ..." (negated); content before "according to Finnish and Estonian officials"; manager "said in an
#    emailed statement that the vessel was "..." and that it had "..."" (two partials); "Lloyd's List
#    was unable to reach ..." (not speech); "According to Lloyd's List Intelligence data, A"; scare
#    so-called "dark fleet"; minister "told parliament ... that the government would "..." while ..."
#    (partial only), "she said"; anonymous broker "said A", "the broker said"; P&I group "said in a
#    statement that A".
ARTICLES["data/eval/test20/volna-star-tanker-detained-skagen.gold.json"] = {
    "article": "data/eval/test20/volna-star-tanker-detained-skagen.txt",
    "target": "Russia",
    "quotes": [
        (P, "Moscow", "legalised piracy", "'legalised piracy'"),
        (I, "Danish Maritime Authority", "Danish authorities have detained a sanctioned crude tanker off Skagen after "
            "its crew failed to produce valid insurance documents", None),
        (P, "Danish Maritime Authority", "that does not appear in any register we can verify", None),
        (I, "Danish Maritime Authority", "the tanker would remain at anchor until the matter was resolved", None),
        (D, "Morten Kjeldsen", "These ships are old, their ownership is hidden and their insurance is often worthless. "
            "We will not let them treat Danish waters as a motorway,", None),
        (P, "Foreign Ministry", "legalised piracy", "\"legalised piracy\""),
        (P, "Foreign Ministry", "open violation", None),
        (D, "Kirill Safonov", "Those who take part in such actions should understand that the Russian side will take "
            "measures to protect its shipping,", None),
        (I, "Finnish and Estonian officials", "The Russian navy has escorted tankers through the Gulf of Finland on "
            "several occasions since 2025", None),
        (P, "Crestline Marine Services", "fully insured and fully compliant", None),
        (P, "Crestline Marine Services", "cooperated in every respect", None),
        (I, "Lloyd's List Intelligence", "Volna Star has changed its name three times and its flag four times since "
            "2022, most recently switching to the Gabon registry in March", None),
        (S, None, "dark fleet", None),
        (P, "Mette Skov N\u00f8rgaard", "not stand idly by", None),
        (D, "Mette Skov N\u00f8rgaard", "The Baltic is not a grey zone. Ships that sail through our straits follow the "
            "same rules as everyone else,", None),
        (I, "Copenhagen-based tanker broker", "owners of compliant tonnage had been complaining for months that they "
            "were being undercut on freight", None),
        (D, "Copenhagen-based tanker broker", "Everybody knows whose oil is on these ships. If Russia wants its crude "
            "moved, it should pay for proper insurance like everybody else,", None),
        (I, "International Group of P&I Clubs", "none of its 12 member clubs provided cover for the vessel", None),
    ],
    "actors": [
        actor("Moscow", "government", title="Russian government (standfirst)", affiliation="Russia",
              aliases=["Moscow"], stance=1),
        actor("Danish Maritime Authority", "government", title="maritime authority", affiliation="Denmark",
              aliases=["Danish Maritime Authority", "authority"], stance=-1),
        actor("Morten Kjeldsen", "person", title="head of port state control", affiliation="Danish Maritime Authority",
              aliases=["Morten Kjeldsen", "Kjeldsen"], stance=-1),
        actor("Foreign Ministry", "government", title="Russia's Foreign Ministry", affiliation="Russia",
              aliases=["Foreign Ministry"], stance=1),
        actor("Kirill Safonov", "person", title="deputy spokesman", affiliation="Russia's Foreign Ministry",
              aliases=["Kirill Safonov", "Safonov"], stance=1),
        actor("Finnish and Estonian officials", "group", title="officials", affiliation="Finland and Estonia",
              aliases=["Finnish and Estonian officials"], stance=0),
        actor("Crestline Marine Services", "organisation", title="tanker's registered manager (Dubai)",
              aliases=["Crestline Marine Services"], stance=1),
        actor("Lloyd's List Intelligence", "organisation", title="shipping data provider",
              aliases=["Lloyd's List Intelligence"], stance=None),
        actor("Mette Skov N\u00f8rgaard", "person", title="Business Minister", affiliation="Denmark",
              aliases=["Mette Skov N\u00f8rgaard", "N\u00f8rgaard"], stance=-1),
        actor("Copenhagen-based tanker broker", "person", title="anonymous tanker broker",
              aliases=["Copenhagen-based tanker broker", "broker"], stance=-1),
        actor("International Group of P&I Clubs", "organisation", title="marine insurers' group",
              aliases=["International Group of P&I Clubs"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Times Higher Education (a university plans job cuts and department closures), headline and
#    standfirst without speech, date and byline lines, curly quotes and apostrophes, British punctuation
#    outside closing marks for fragments, "per cent". Lede content before "according to proposals sent
#    to staff on Tuesday" (the university's); "The university ... said the measures were needed to put
#    it on a "..." after ..." (partial only); vice-chancellor "In a message to staff ..., said the
#    decision had been "..."" (partial only), then a quote with "she wrote"; "Professor Whitlock said
#    ... "..." and that B" (partial plus indirect); content before "according to Higher Education
#    Statistics Agency data"; scare so-called "funding cliff"; union "said the plans would "..." ... and
#    announced a ballot" (partial; act not annotated); branch president with a Polish name named after
#    his quote, then a quote-only paragraph; spokeswoman "said A"; lecturer "said A", quote with "Dr
#    Price said" (her quote's "She" is a student); students' union president "said students had been
#    "..."" (partial only); MP "said the closures would be "..." for the county and that B" (partial
#    plus indirect); OfS spokesperson "said the regulator was "..." and was in ..." (partial only).
ARTICLES["data/eval/test20/marches-university-job-cuts.gold.json"] = {
    "article": "data/eval/test20/marches-university-job-cuts.txt",
    "target": "University of the Marches",
    "quotes": [
        (I, "University of the Marches", "The University of the Marches plans to cut up to 240 jobs and close its modern "
            "languages and music departments to tackle a projected deficit of \u00a318 million", None),
        (P, "University of the Marches", "sustainable footing", None),
        (P, "Adaeze Whitlock", "the hardest of my career", None),
        (D, "Adaeze Whitlock", "But doing nothing is not an option. If we do not act now, the choices in two years\u2019 "
            "time will be far worse,", None),
        (P, "Adaeze Whitlock", "wherever possible", None),
        (I, "Adaeze Whitlock", "students already enrolled on affected courses would be able to complete their degrees",
            None),
        (I, "Higher Education Statistics Agency", "The Marches\u2019 international enrolments have fallen by 41 per cent "
            "since 2022-23", None),
        (S, None, "funding cliff", None),
        (P, "University and College Union", "rip the heart out", None),
        (D, "Tomasz Wr\u00f3bel", "Hereford fought for 20 years to get a university. Now management wants to turn it "
            "into a business school with a car park,", None),
        (D, "Tomasz Wr\u00f3bel", "Nobody on the staff side believes the finances are as bad as this. We have asked to "
            "see the full figures and we are still waiting.", None),
        (I, "university spokeswoman", "the full financial statements for 2025-26 would be published in January", None),
        (I, "Rhiannon Price", "she had learned of the closure from a student", None),
        (D, "Rhiannon Price", "She\u2019d seen it on Instagram before any of us had an email. That tells you everything "
            "about how this has been handled,", None),
        (P, "Kwame Asante-Boateng", "treated as an afterthought", None),
        (P, "Caroline Ashdown", "a hammer blow", None),
        (I, "Caroline Ashdown", "she had written to the Office for Students", None),
        (P, "OfS spokesperson", "aware of the proposals", None),
    ],
    "actors": [
        actor("University of the Marches", "organisation", title="university",
              aliases=["University of the Marches", "Marches"], stance=1),
        actor("Adaeze Whitlock", "person", title="vice-chancellor", affiliation="University of the Marches",
              aliases=["Adaeze Whitlock", "Whitlock", "Professor Whitlock"], stance=1),
        actor("Higher Education Statistics Agency", "organisation", title="statistics agency (enrolment data)",
              aliases=["Higher Education Statistics Agency"], stance=0),
        actor("University and College Union", "organisation", title="academics' union",
              aliases=["University and College Union", "UCU"], stance=-1),
        actor("Tomasz Wr\u00f3bel", "person", title="UCU branch president, lecturer in Polish and German",
              affiliation="University and College Union", aliases=["Tomasz Wr\u00f3bel", "Wr\u00f3bel"], stance=-1),
        actor("university spokeswoman", "person", title="spokeswoman", affiliation="University of the Marches",
              aliases=["university spokeswoman"], stance=0),
        actor("Rhiannon Price", "person", title="senior lecturer in music", affiliation="University of the Marches",
              aliases=["Rhiannon Price", "Price", "Dr Price"], stance=-1),
        actor("Kwame Asante-Boateng", "person", title="students' union president",
              aliases=["Kwame Asante-Boateng", "Asante-Boateng"], stance=-1),
        actor("Caroline Ashdown", "person", title="Liberal Democrat MP for Hereford and South Herefordshire",
              affiliation="Liberal Democrats", aliases=["Caroline Ashdown", "Ashdown"], stance=-1),
        actor("OfS spokesperson", "person", title="spokesperson", affiliation="Office for Students",
              aliases=["OfS spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Samoa Observer politics (an audit questions a minister's untendered bridge contract), headline
#    without speech, byline and "04 December 2026, 6:00PM" lines, straight " and apostrophes (Savai'i,
#    Ministry's), Samoan names led by matai titles (Lealaiauloto, Tafaoimalo, Afamasaga, Tauiliili).
#    Lede "has defended ..., saying A" (indirect); "A report by the Samoa Audit Office ... said A and had
#    B" (one span); "The report described ... as "..."" (partial); scare so-called "emergency clause";
#    minister's quote with "Lealaiauloto told the Samoa Observer", then a quote-only paragraph; "He said A
#    and that B" (one span); Auditor General "said the emergency clause allowed ... "..."" (partial only),
#    "she said"; opposition leader "said the report was "..." that ..., and called on ..." (partial only;
#    directive not annotated), quote with "Afamasaga said"; contractor "In a statement, ... said it had
#    completed the bridge "..." and rejected ..." (partial only; act); village mayor "said A and B" (one
#    span), "he said"; anonymous public servant "said A"; press secretary "said A and would B" (one span).
ARTICLES["data/eval/test20/vaisala-bridge-contract-audit.gold.json"] = {
    "article": "data/eval/test20/vaisala-bridge-contract-audit.txt",
    "target": "Lealaiauloto Mataio Fruean",
    "quotes": [
        (I, "Lealaiauloto Mataio Fruean", "the work was an emergency after Tropical Cyclone Vaiala washed away the old "
            "crossing at Vaisala in February", None),
        (I, "Samoa Audit Office", "the Ministry had not sought competing bids for the new Vaisala bridge and had paid 30 "
            "per cent of the contract value before any work began", None),
        (P, "Samoa Audit Office", "highly irregular", None),
        (S, None, "emergency clause", "\"emergency clause\""),
        (D, "Lealaiauloto Mataio Fruean", "I make no apology for putting a bridge back in the hands of the people of "
            "Vaisala in four months. If we had gone to tender, those families would still be wading across the river,",
            None),
        (D, "Lealaiauloto Mataio Fruean", "The Audit Office does its job, and I respect that. But the Audit Office does "
            "not have to answer to a mother who cannot get her child to school.", None),
        (I, "Lealaiauloto Mataio Fruean", "Cabinet had approved the direct appointment of the contractor, Apia Pacific "
            "Builders Ltd, in March and that all payments had been signed off by the Ministry of Finance", None),
        (P, "Tafaoimalo Sina Ah Chong", "for a limited period and with proper documentation", None),
        (D, "Tafaoimalo Sina Ah Chong", "Neither of those conditions was met in this case,", None),
        (P, "Afamasaga Tuala Peni", "the clearest evidence yet", None),
        (D, "Afamasaga Tuala Peni", "If this was a village council, the matai would have been fined a pig and a hundred "
            "dollars by now,", None),
        (P, "Apia Pacific Builders", "on time and within budget", None),
        (I, "Tauiliili Faamanu", "villagers were grateful for the bridge and did not mind how it had been paid for",
            None),
        (D, "Tauiliili Faamanu", "For four months our children crossed the river on a rope. Now they walk to school. "
            "That is what matters to us,", None),
        (I, "senior public servant", "the Ministry had been warned in writing about the advance payment in April", None),
        (I, "Lagi Ioane", "the Prime Minister had full confidence in the Minister and would respond to the report in "
            "Parliament next week", None),
    ],
    "actors": [
        actor("Lealaiauloto Mataio Fruean", "person", title="Minister of Works, Transport and Infrastructure",
              affiliation="Government of Samoa", aliases=["Lealaiauloto Mataio Fruean", "Lealaiauloto", "Fruean"],
              stance=1),
        actor("Samoa Audit Office", "government", title="audit office (its report)", affiliation="Samoa",
              aliases=["Samoa Audit Office", "Audit Office"], stance=-1),
        actor("Tafaoimalo Sina Ah Chong", "person", title="Controller and Auditor General",
              affiliation="Samoa Audit Office", aliases=["Tafaoimalo Sina Ah Chong", "Tafaoimalo", "Ah Chong"],
              stance=-1),
        actor("Afamasaga Tuala Peni", "person", title="Leader of the Opposition",
              aliases=["Afamasaga Tuala Peni", "Afamasaga", "Peni"], stance=-1),
        actor("Apia Pacific Builders", "organisation", title="contractor",
              aliases=["Apia Pacific Builders", "Apia Pacific Builders Ltd"], stance=1),
        actor("Tauiliili Faamanu", "person", title="village mayor of Vaisala",
              aliases=["Tauiliili Faamanu", "Tauiliili", "Faamanu"], stance=1),
        actor("senior public servant", "person", title="anonymous public servant", aliases=["senior public servant"],
              stance=-1),
        actor("Lagi Ioane", "person", title="Prime Minister's press secretary", affiliation="Government of Samoa",
              aliases=["Lagi Ioane", "Ioane"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Construction Enquirer (a contractor collapses into administration), headline without speech, date
#    line, no byline, British straight single quotes '...' for quotes and fragments (That's, Brackwell's
#    inside), punctuation outside closing marks for fragments, "£214m". Administrator "said: '...` open
#    at the end of its line, then a closed paragraph (one direct each); "She said A and that B" (one
#    span); scare so-called 'lump sum' contracts; company "In a statement ..., said it had been '...'
#    by ..." (partial only); chief executive "told staff in an email seen by Construction Enquirer:
#    '...'"; "Subcontractors are now counting the cost" (not speech); subcontractor "said A and that B"
#    (one span), "he said"; anonymous "One groundworks boss ... said: '...'"; union officer with a
#    common-word surname (Bishop) "said A, which he described as '...'" (indirect plus partial);
#    industry body "said A"; hospital trust "said A and that it was '...' with ..." (indirect plus
#    partial); content before "according to the Insolvency Service".
ARTICLES["data/eval/test20/brackwell-construction-administration.gold.json"] = {
    "article": "data/eval/test20/brackwell-construction-administration.txt",
    "target": "Brackwell Construction",
    "quotes": [
        (D, "Fiona McAdam", "Brackwell has faced severe cash flow pressures for more than a year, caused by losses on a "
            "small number of fixed-price contracts signed before the rise in material costs.", None),
        (D, "Fiona McAdam", "Despite the best efforts of the directors, it was not possible to secure new funding or a "
            "buyer for the business as a whole.", None),
        (I, "Fiona McAdam", "the administrators were in talks with clients about transferring some of the live projects "
            "to other contractors and that 85 staff had been kept on to help wind down the business", None),
        (S, None, "lump sum", None),
        (P, "Brackwell Construction", "badly let down", None),
        (D, "Martin Pugh", "I am truly sorry. Every one of you deserved better than this, and I will carry that for a "
            "long time.", None),
        (I, "Ravi Chandarana", "his firm was owed \u00a3640,000 and that Brackwell's commercial director had assured him "
            "as recently as last Friday that payment was on its way", None),
        (D, "Ravi Chandarana", "We kept working because they kept telling us the money was there. That's 40 years of "
            "goodwill gone in one phone call,", None),
        (D, "One groundworks boss", "Everybody in the supply chain knew Brackwell were paying later and later. They were "
            "using our money to fund their losses.", None),
        (I, "Gary Bishop", "site workers had been told of the closure by text message at 7am on Monday", None),
        (P, "Gary Bishop", "brutal", None),
        (I, "Build UK", "the collapse showed why cash retentions held back from subcontractors needed to be protected "
            "by law", None),
        (I, "Kettering General Hospital NHS Foundation Trust", "work on the diagnostic centre had stopped", None),
        (P, "Kettering General Hospital NHS Foundation Trust", "working urgently", None),
        (I, "Insolvency Service", "Some 4,012 construction firms went bust in the 12 months to October", None),
    ],
    "actors": [
        actor("Fiona McAdam", "person", title="joint administrator", affiliation="Moorgate Restructuring",
              aliases=["Fiona McAdam", "McAdam"], stance=0),
        actor("Brackwell Construction", "organisation", title="contractor (statement before the appointment)",
              aliases=["Brackwell Construction", "Brackwell"], stance=1),
        actor("Martin Pugh", "person", title="Chief executive", affiliation="Brackwell Construction",
              aliases=["Martin Pugh", "Pugh"], stance=0),
        actor("Ravi Chandarana", "person", title="managing director", affiliation="Chandarana Steel",
              aliases=["Ravi Chandarana", "Chandarana"], stance=-1),
        actor("One groundworks boss", "person", title="anonymous groundworks subcontractor",
              aliases=["One groundworks boss"], stance=-1),
        actor("Gary Bishop", "person", title="Unite regional officer", affiliation="Unite",
              aliases=["Gary Bishop", "Bishop"], stance=-1),
        actor("Build UK", "organisation", title="industry body", aliases=["Build UK"], stance=None),
        actor("Kettering General Hospital NHS Foundation Trust", "organisation", title="client (hospital trust)",
              aliases=["Kettering General Hospital NHS Foundation Trust"], stance=None),
        actor("Insolvency Service", "government", title="insolvency statistics", aliases=["Insolvency Service"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
