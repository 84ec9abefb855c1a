"""Build the test25 gold files (data/eval/test25/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev59/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test25/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test25.
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
# 1. The Record by Recorded Future News (Denmark blames Russian military hackers for an attack on a
#    district heating plant), headline without speech, byline, "December 2nd, 2026" and section-tag
#    lines, curly quotes and apostrophes, American punctuation, "Nov. 14". Lede "said on Tuesday that
#    A"; "In a public assessment, the ... (FE) said A"; quote with "the agency said"; utility chief
#    "told Recorded Future News that A", quote split by "Bach said"; embassy "dismissed the accusation as
#    "..." and said Denmark had presented "..." to support it" (two partials); unnamed spokeswoman "At a
#    weekly briefing in Moscow, a Russian Foreign Ministry spokeswoman said Copenhagen was using "..."
#    to ..." (partial only); scare so-called "shadow war" ("that European governments blame on Moscow":
#    no speech verb); anonymous official "who was not authorized to speak publicly, said A"; researcher
#    "said A", "Thorsager said", "He said A"; EEAS "said in a statement that the EU stood "..." with
#    Denmark and that B" (partial plus indirect); defence ministry "said A"; the civil protection
#    agency's order (directive, not annotated).
ARTICLES["data/eval/test25/denmark-blames-gru-heating-hack.gold.json"] = {
    "article": "data/eval/test25/denmark-blames-gru-heating-hack.txt",
    "target": "Russia",
    "quotes": [
        (I, "Danish Defence Intelligence Service", "a cyberattack which cut heating to about 2,300 homes in northwest "
            "Jutland last month was carried out by a unit of Russia\u2019s GRU military intelligence agency", None),
        (I, "Danish Defence Intelligence Service", "the group, tracked by private researchers as Sandworm, had gained "
            "access to the utility\u2019s network at least four months before the attack through a remote-access account "
            "belonging to an outside maintenance contractor", None),
        (D, "Danish Defence Intelligence Service", "This was not an experiment. It was a deliberate attack on civilian "
            "infrastructure in the middle of winter,", None),
        (I, "Jens Kristian Bach", "engineers had restored heating by running the plant manually, with staff reading gauges "
            "and opening valves by hand", None),
        (D, "Jens Kristian Bach", "We are a company with 14 employees. We never imagined that we would be a target for a "
            "foreign army,", None),
        (D, "Jens Kristian Bach", "Now we know that nobody is too small.", None),
        (P, "Russian embassy in Copenhagen", "another anti-Russian fabrication", None),
        (P, "Russian embassy in Copenhagen", "no evidence whatsoever", None),
        (P, "Russian Foreign Ministry spokeswoman", "invented threats", None),
        (S, None, "shadow war", None),
        (I, "European official familiar with the investigation", "the same access method had been found at two other "
            "utilities in the Nordic region", None),
        (I, "Mikkel Thorsager", "the malware used at Thyholm closely resembled tools deployed against heating and power "
            "systems in Ukraine", None),
        (D, "Mikkel Thorsager", "The tooling is almost identical. What is new is that they were prepared to use it in a "
            "NATO country, against people\u2019s radiators, in November,", None),
        (I, "Mikkel Thorsager", "small utilities were especially exposed because many still relied on remote-access "
            "software installed by contractors years ago and never reviewed", None),
        (P, "European External Action Service", "in full solidarity", None),
        (I, "European External Action Service", "member states would consider further sanctions against those "
            "responsible", None),
        (I, "Denmark\u2019s Ministry of Defence", "the Russian ambassador would be summoned on Wednesday", None),
    ],
    "actors": [
        actor("Danish Defence Intelligence Service", "government", title="military intelligence service",
              affiliation="Denmark", aliases=["Danish Defence Intelligence Service", "FE", "military intelligence service", "agency"], stance=-1),
        actor("Jens Kristian Bach", "person", title="chief executive", affiliation="Thyholm Fjernvarme",
              aliases=["Jens Kristian Bach", "Bach"], stance=-1),
        actor("Russian embassy in Copenhagen", "government", affiliation="Russia",
              aliases=["Russian embassy in Copenhagen"], stance=1),
        actor("Russian Foreign Ministry spokeswoman", "person", title="spokeswoman (unnamed)",
              affiliation="Russian Foreign Ministry", aliases=["Russian Foreign Ministry spokeswoman"], stance=1),
        actor("European official familiar with the investigation", "person", title="European official (anonymous)",
              aliases=["European official familiar with the investigation"], stance=0),
        actor("Mikkel Thorsager", "person", title="head of threat intelligence", affiliation="Nordwatch Security",
              aliases=["Mikkel Thorsager", "Thorsager"], stance=-1),
        actor("European External Action Service", "organisation", affiliation="European Union",
              aliases=["European External Action Service"], stance=-1),
        actor("Denmark\u2019s Ministry of Defence", "government", affiliation="Denmark",
              aliases=["Denmark\u2019s Ministry of Defence"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Grocer (a regional supermarket chain moves suppliers to 90-day payment terms), headline
#    without speech, standfirst "Regional grocer says move will 'protect jobs and prices' but ..." (curly
#    single fragment: partial for the grocer the standfirst names; "small suppliers fear ...": no speech
#    verb), byline and date lines, curly quotes and apostrophes in the body, British punctuation outside
#    fragments, "£1m", "2.5%". Lede "The Grocer can reveal" (the writer's own scoop line); "In a letter to
#    suppliers seen by The Grocer, the ... chain said the change was needed to "..." at a time of ..., and
#    that it would offer ..." (partial plus indirect); commercial director "wrote in the letter: "...""; content
#    before "according to analysis by the Independent Food Suppliers Association (IFSA)"; anonymous supplier
#    "said the change would leave his business "..." in ..." (partial only), "he told The Grocer"; baker with
#    a Polish name "said he would qualify ... but that it came at a price" (one span), "he said"; scare
#    so-called "extended terms"; FDF "said it was "..." by the letter and that B" (partial plus indirect);
#    adjudicator's spokesperson "said the office was aware of the letter and that it was "..." at whether
#    ..." (indirect plus partial); analyst with a common-word surname "said A and had B" (one span), "Mole
#    said"; retailer's spokesman "said A and that "..." had been supportive" (indirect plus partial).
ARTICLES["data/eval/test25/farrants-90-day-supplier-terms.gold.json"] = {
    "article": "data/eval/test25/farrants-90-day-supplier-terms.txt",
    "target": "Farrant\u2019s",
    "quotes": [
        (P, "Farrant\u2019s", "protect jobs and prices", "\u2018protect"),
        (P, "Farrant\u2019s", "protect jobs and prices", "\u201cprotect"),
        (I, "Farrant\u2019s", "it would offer an early payment scheme to suppliers whose annual sales to the business are "
            "below \u00a31m", None),
        (D, "Nicola Dunmore-Price", "We value every one of our supplier partners. But the economics of regional grocery "
            "have changed, and we have to change with them.", None),
        (I, "Independent Food Suppliers Association", "The move would make Farrant\u2019s the slowest payer among the 14 "
            "retailers covered by the Groceries Supply Code of Practice (GSCOP)", None),
        (P, "supplier of chilled ready meals", "\u00a3400,000 short", None),
        (D, "supplier of chilled ready meals", "We\u2019re being asked to be Farrant\u2019s bank. And we can\u2019t say no, "
            "because they know we can\u2019t replace the volume,", None),
        (I, "Tomasz Wi\u015bniewski", "he would qualify for the early payment scheme but that it came at a price", None),
        (D, "Tomasz Wi\u015bniewski", "It\u2019s 2.5% off every invoice to get paid in 10 days. That\u2019s my margin "
            "gone,", None),
        (S, None, "extended terms", None),
        (P, "Food and Drink Federation", "deeply concerned", None),
        (I, "Food and Drink Federation", "it would raise the issue with the adjudicator", None),
        (I, "spokesperson for the Groceries Code Adjudicator", "the office was aware of the letter", None),
        (P, "spokesperson for the Groceries Code Adjudicator", "looking closely", None),
        (I, "Harriet Mole", "the chain had seen like-for-like sales fall in five of the last six quarters and had closed "
            "11 stores this year", None),
        (D, "Harriet Mole", "This is a retailer trying to fund a turnaround with other people\u2019s money,", None),
        (I, "Farrant\u2019s spokesman", "the retailer had consulted its largest suppliers before making the change", None),
        (P, "Farrant\u2019s spokesman", "the vast majority", None),
    ],
    "actors": [
        actor("Farrant\u2019s", "organisation", title="regional supermarket chain",
              aliases=["Farrant\u2019s", "Regional grocer"], stance=1),
        actor("Nicola Dunmore-Price", "person", title="commercial director", affiliation="Farrant\u2019s",
              aliases=["Nicola Dunmore-Price", "Dunmore-Price"], stance=1),
        actor("Independent Food Suppliers Association", "organisation", title="suppliers' trade body",
              aliases=["Independent Food Suppliers Association", "IFSA"], stance=0),
        actor("supplier of chilled ready meals", "person", title="supplier (anonymous)",
              aliases=["supplier of chilled ready meals"], stance=-1),
        actor("Tomasz Wi\u015bniewski", "person", title="bakery owner, Rotherham",
              aliases=["Tomasz Wi\u015bniewski", "Wi\u015bniewski"], stance=-1),
        actor("Food and Drink Federation", "organisation", title="trade body", aliases=["Food and Drink Federation"],
              stance=-1),
        actor("spokesperson for the Groceries Code Adjudicator", "person", title="spokesperson",
              affiliation="Groceries Code Adjudicator", aliases=["spokesperson for the Groceries Code Adjudicator"],
              stance=0),
        actor("Harriet Mole", "person", title="retail analyst", affiliation="Pelham Securities",
              aliases=["Harriet Mole", "Mole"], stance=-1),
        actor("Farrant\u2019s spokesman", "person", title="spokesman", affiliation="Farrant\u2019s",
              aliases=["Farrant\u2019s spokesman"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Edinburgh Evening News (a drone pilot who halted a Six Nations match is sentenced), headline with a
#    straight single fragment "... 'put thousands at risk', sheriff says" (partial for the sheriff), standfirst
#    without speech, byline with "Court Reporter" line, "Published 2nd Dec 2026, 16:45 GMT", straight " and
#    apostrophes, British punctuation outside fragments, Scottish court terms ("Fiscal depute", "Sheriff",
#    "pleaded guilty ... to flying ...": a plea, not annotated). Fiscal depute "told the court that A, and that B" (one
#    span), "She said A"; scare so-called "sub-250" model; defence solicitor "said his client ... had been
#    "..."" (partial only), quote with "Mr Gilhooly said"; sheriff "said Drysdale had "..." and caused "..." in
#    ..." (two partials), "He told Drysdale: "...` open at the end of its line, then a closed paragraph;
#    "The sheriff also ordered ..." (directive); inspector "said A", "he said"; governing body's spokesman
#    "said the governing body welcomed the sentence and would seek ..." (one span: the welcome is reported
#    content here); "Speaking outside court, Drysdale said: "...""
ARTICLES["data/eval/test25/murrayfield-drone-pilot-sentenced.gold.json"] = {
    "article": "data/eval/test25/murrayfield-drone-pilot-sentenced.txt",
    "target": "Callum Drysdale",
    "quotes": [
        (P, "Alastair Kinnaird", "put thousands at risk", None),
        (I, "Eilidh MacRae", "stewards had spotted the drone hovering about 40 metres above the pitch shortly after "
            "half-time, and that police traced Drysdale through the operator ID on the device", None),
        (I, "Eilidh MacRae", "Drysdale had filmed for around four minutes before a low battery warning forced him to land "
            "the drone in a car park on Roseburn Street, where officers were waiting for him", None),
        (S, None, "sub-250", None),
        (P, "Ross Gilhooly", "foolish, not malicious", None),
        (D, "Ross Gilhooly", "He wanted a photograph of the stadium from above for his son, who is a huge rugby fan. He did "
            "not appreciate for a moment the consequences of what he was doing,", None),
        (P, "Alastair Kinnaird", "put thousands of people at risk", None),
        (P, "Alastair Kinnaird", "real alarm", None),
        (D, "Alastair Kinnaird", "Stadiums are targets. When an unidentified device appears over a crowd of that size, the "
            "police and the stewards have to assume the worst.", None),
        (D, "Alastair Kinnaird", "You are fortunate that this court accepts you meant no harm. Had it been otherwise, you "
            "would be going to prison today.", None),
        (I, "Gordon Shields", "officers had dealt with 23 drone incidents at sporting events in Edinburgh so far this year",
         None),
        (D, "Gordon Shields", "Most people who do this are not criminals. But the law is there for a reason, and we will "
            "enforce it,", None),
        (I, "Scottish Rugby spokesman", "the governing body welcomed the sentence and would seek to ban Drysdale from its "
            "stadiums for five years", None),
        (D, "Callum Drysdale", "I just wanted a picture for the wee man. I never thought it would stop the game. I'm sorry "
            "to everybody who was there.", None),
    ],
    "actors": [
        actor("Alastair Kinnaird", "person", title="Sheriff", affiliation="Edinburgh Sheriff Court",
              aliases=["Alastair Kinnaird", "Sheriff Alastair Kinnaird", "Kinnaird", "sheriff"], stance=-1),
        actor("Eilidh MacRae", "person", title="Fiscal depute", affiliation="Crown Office and Procurator Fiscal Service",
              aliases=["Eilidh MacRae", "MacRae"], stance=-1),
        actor("Ross Gilhooly", "person", title="Defence solicitor", aliases=["Ross Gilhooly", "Mr Gilhooly", "Gilhooly"],
              stance=1),
        actor("Gordon Shields", "person", title="Inspector, major events unit", affiliation="Police Scotland",
              aliases=["Gordon Shields", "Inspector Gordon Shields", "Shields"], stance=0),
        actor("Scottish Rugby spokesman", "person", title="spokesman", affiliation="Scottish Rugby",
              aliases=["Scottish Rugby spokesman"], stance=-1),
        actor("Callum Drysdale", "person", title="roofer, 34, of Gilmerton", aliases=["Callum Drysdale", "Drysdale"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Mmegi (Botswana: the examinations council delays the BGCSE results), headline without speech (the
#    apostrophe in "markers'" is not a mark), byline in capitals with "Staff Writer" line, "Mmegi Online ::
#    Wednesday, 02 December 2026" line, dateline "GABORONE:", straight " and apostrophes, British
#    punctuation outside fragments, "P14 million", "40 percent". Lede "has postponed ..., citing delays in
#    marking" (act); council "said the results ... would now be released "..." and apologised to ... "..."" (two
#    partials: the first clause holds a fragment, "apologised" is an act with a fragment); spokesperson "told
#    Mmegi that A", "Mokgware said"; Q&A "Asked whether ..., she said BEC was "..." with ..." (partial only);
#    union "said the delay was "..." of BEC, which it said had failed to pay ..." (partial plus an indirect
#    inside the relative clause); secretary general "said: "...""; ministry "said in a separate statement that A
#    and that it expected marking to resume "..." by Friday" (indirect plus partial); scare "kgotla" (a Setswana
#    word in marks; "expressed frustration" is an act); parent with a common-word first name "said A", "he said";
#    candidate "said A", "she said".
ARTICLES["data/eval/test25/bec-bgcse-results-delayed.gold.json"] = {
    "article": "data/eval/test25/bec-bgcse-results-delayed.txt",
    "target": "Botswana Examinations Council",
    "quotes": [
        (P, "Botswana Examinations Council", "no earlier than January 29", None),
        (P, "Botswana Examinations Council", "for the inconvenience and anxiety caused", None),
        (I, "Kelebogile Mokgware", "about 40 percent of scripts had not yet been marked after hundreds of teachers withdrew "
            "from marking centres in Francistown and Gaborone in protest over unpaid allowances", None),
        (D, "Kelebogile Mokgware", "We will not compromise on the quality of marking to meet a date. Every candidate "
            "deserves a script that has been marked properly,", None),
        (P, "Kelebogile Mokgware", "working closely", None),
        (P, "Botswana Sectors of Educators Trade Union", "entirely the fault", None),
        (I, "Botswana Sectors of Educators Trade Union", "had failed to pay marking allowances owed since the 2025 "
            "examinations", None),
        (D, "Kefilwe Ntshole", "Teachers marked last year's papers in good faith and they are still waiting for their "
            "money. You cannot expect them to come back and do it again on a promise.", None),
        (I, "Ministry of Child Welfare and Basic Education", "P14 million had been released to BEC last week to settle the "
            "arrears", None),
        (P, "Ministry of Child Welfare and Basic Education", "in full", None),
        (S, None, "kgotla", None),
        (I, "Lucky Mothibi", "families had already paid registration deposits to private colleges", None),
        (D, "Lucky Mothibi", "We don't know if we will lose that money. Nobody from BEC has come to explain anything to "
            "us,", None),
        (I, "Onalenna Keabetswe", "she had been offered a conditional place to study nursing in South Africa that required "
            "her results by mid-January", None),
        (D, "Onalenna Keabetswe", "If the results come late, I lose the place. That is my whole year gone,", None),
    ],
    "actors": [
        actor("Botswana Examinations Council", "organisation", title="examinations body",
              aliases=["Botswana Examinations Council", "BEC"], stance=0),
        actor("Kelebogile Mokgware", "person", title="spokesperson", affiliation="Botswana Examinations Council",
              aliases=["Kelebogile Mokgware", "Mokgware"], stance=1),
        actor("Botswana Sectors of Educators Trade Union", "organisation", title="teachers' union",
              aliases=["Botswana Sectors of Educators Trade Union", "BOSETU"], stance=-1),
        actor("Kefilwe Ntshole", "person", title="secretary general",
              affiliation="Botswana Sectors of Educators Trade Union", aliases=["Kefilwe Ntshole", "Ntshole"], stance=-1),
        actor("Ministry of Child Welfare and Basic Education", "government", affiliation="Botswana",
              aliases=["Ministry of Child Welfare and Basic Education"], stance=0),
        actor("Lucky Mothibi", "person", title="parent", aliases=["Lucky Mothibi", "Mothibi"], stance=-1),
        actor("Onalenna Keabetswe", "person", title="candidate, 18", aliases=["Onalenna Keabetswe", "Keabetswe"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
