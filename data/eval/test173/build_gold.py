"""Build the test173 gold files (data/eval/test173/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test173/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test173.
Standard library only. Held out: not to be read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test173"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Yonhap (South Korea) wire, science (a private rocket explodes after liftoff), "(LEAD)" headline without speech,
#    byline, dateline "SEOUL, Nov. 20 (Yonhap) --", straight " and apostrophes, Korean names (surname first: "Choi
#    said", "Park said"), closing "(END)" line; lede content before "the country's space agency said"; second content
#    before "the Korea AeroSpace Administration (KASA) said in a press release"; CEO named after his quote ("Haneul
#    Launch Systems CEO Choi Seung-woo told reporters at the launch site"), "Choi said A"; administrator "said A", "Park
#    said failures were "..." every ... nation had walked and that B" (partial plus indirect); professor named after a
#    relative clause ("A KAIST professor whose students built one of the satellites, Lee Hyun-soo, said his team was
#    "..." but would ...", partial only); scare so-called "New Space" strategy; researcher "“A,” said X, ... “B.”" (two
#    directs); anonymous official "who requested anonymity, said A"; company "said in a statement that the October
#    issue had been "..." and had no link ..." (partial only).
ARTICLES[f"{BATCH}/haneul-rocket-launch-failure.gold.json"] = {
    "article": f"{BATCH}/haneul-rocket-launch-failure.txt",
    "target": "Haneul Launch Systems",
    "quotes": [
        (I, "Korea AeroSpace Administration", "A small satellite launch vehicle built by private startup Haneul Launch "
            "Systems exploded about 40 seconds after liftoff from the Naro Space Center in the southern coastal county "
            "of Goheung on Friday", None),
        (I, "Korea AeroSpace Administration", "No injuries were reported, and the debris fell into the sea within the "
            "designated safety zone", None),
        (D, "Choi Seung-woo", "We are deeply sorry to the public and to our customers. We will find the cause, and we "
            "will fly again,", None),
        (I, "Choi Seung-woo", "preliminary telemetry pointed to a sudden pressure drop in the first-stage engine about 35 "
            "seconds into the flight", None),
        (I, "Park Jae-hoon", "the agency would form a joint investigation committee with the company and outside experts",
            None),
        (P, "Park Jae-hoon", "part of the path", None),
        (I, "Park Jae-hoon", "the government's support for private launchers would not change", None),
        (P, "Lee Hyun-soo", "devastated", None),
        (S, None, "New Space", None),
        (D, "Yang Min-seok", "Failure on a maiden flight is the norm, not the exception,", None),
        (D, "Yang Min-seok", "Investors will look at how quickly Haneul can explain what happened.", None),
        (I, "KASA official", "the agency had asked the company to postpone the launch once in October over concerns about "
            "engine test data", None),
        (P, "Haneul Launch Systems", "fully resolved", None),
    ],
    "actors": [
        actor("Korea AeroSpace Administration", "government", title="space agency", affiliation="South Korea",
              aliases=["Korea AeroSpace Administration", "KASA", "space agency"], stance=0),
        actor("Choi Seung-woo", "person", title="CEO", affiliation="Haneul Launch Systems",
              aliases=["Choi Seung-woo", "Choi"], stance=1),
        actor("Park Jae-hoon", "person", title="KASA Administrator", affiliation="Korea AeroSpace Administration",
              aliases=["Park Jae-hoon", "Park"], stance=1),
        actor("Lee Hyun-soo", "person", title="professor", affiliation="KAIST",
              aliases=["Lee Hyun-soo", "Lee"], stance=None),
        actor("Yang Min-seok", "person", title="space policy researcher",
              affiliation="Science and Technology Policy Institute", aliases=["Yang Min-seok", "Yang"], stance=0),
        actor("KASA official", "person", title="official (anonymous)", affiliation="Korea AeroSpace Administration",
              aliases=["KASA official"], stance=-1),
        actor("Haneul Launch Systems", "organisation", title="private launch company", affiliation="South Korea",
              aliases=["Haneul Launch Systems", "Haneul", "The company"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Herald (Scotland) transport (a ferry operator cancels an island's car ferry for a fortnight), headline and
#    standfirst without speech, byline and "Transport Correspondent" lines, lede opening in capitals (CALMAC), curly
#    single ‘ ’ for quotes and ’ for apostrophes; "The ferry operator said A, and that B" (one span); committee "said
#    the cancellation would cost ... ‘...’ and accused CalMac of ‘...’" (two partials); chairman in an apposition
#    "said: ‘...` open at the end of its line, then a closed paragraph (two directs); spokeswoman "said: ‘...’", "She
#    added that A and that B" (one span); scare so-called ‘resilience plan’; Transport Secretary "told MSPs at
#    Holyrood that A", split "‘A,’ she said. ‘B.’"; opposition spokesman "said ... had ‘...’" (partial only); anonymous
#    crew member "told The Herald the gearbox had been ‘...’ since ..." (partial only).
ARTICLES[f"{BATCH}/calmac-mull-ferry-gearbox.gold.json"] = {
    "article": f"{BATCH}/calmac-mull-ferry-gearbox.txt",
    "target": "CalMac",
    "quotes": [
        (I, "CalMac", "the MV Isle of Mull would be out of service until at least 14 March while engineers fitted a "
            "replacement gearbox, and that no relief vessel was available", None),
        (P, "Mull and Iona Ferry Committee", "hundreds of thousands of pounds", None),
        (P, "Mull and Iona Ferry Committee", "treating islanders as an afterthought", None),
        (D, "Angus MacPhail", "We have a hotel booked out for a wedding this weekend, a haulier who cannot get feed to the "
            "farms, and a woman who has to go to Glasgow for chemotherapy on Monday.", None),
        (D, "Angus MacPhail", "This is not a transport problem any more. It is a health problem and an economic "
            "problem.", None),
        (D, "CalMac spokeswoman", "We apologise to everyone affected. Our engineering team is working around the clock "
            "and we are looking at every option to restore a vehicle service as soon as possible.", None),
        (I, "CalMac spokeswoman", "customers with vehicle bookings would be refunded in full and that priority would be "
            "given to medical and livestock traffic on any chartered vessel", None),
        (S, None, "resilience plan", None),
        (I, "Kirsty Laing", "six new vessels would enter service by 2029", None),
        (D, "Kirsty Laing", "I know that is no comfort to someone trying to get to hospital today,", None),
        (D, "Kirsty Laing", "But the investment is real, and the ships are being built.", None),
        (P, "Euan Baird", "failed island communities for a decade", None),
        (P, "crew member", "nursed along", None),
    ],
    "actors": [
        actor("CalMac", "organisation", title="ferry operator", affiliation="Scotland",
              aliases=["CalMac", "The ferry operator"], stance=0),
        actor("Mull and Iona Ferry Committee", "organisation", title="islanders' ferry committee",
              affiliation="Mull and Iona", aliases=["Mull and Iona Ferry Committee"], stance=-1),
        actor("Angus MacPhail", "person", title="chairman", affiliation="Mull and Iona Ferry Committee",
              aliases=["Angus MacPhail", "MacPhail"], stance=-1),
        actor("CalMac spokeswoman", "person", title="spokeswoman", affiliation="CalMac",
              aliases=["CalMac spokeswoman"], stance=1),
        actor("Kirsty Laing", "person", title="Transport Secretary", affiliation="Scottish Government",
              aliases=["Kirsty Laing", "Laing"], stance=None),
        actor("Euan Baird", "person", title="Scottish Conservative transport spokesman",
              affiliation="Scottish Conservatives", aliases=["Euan Baird", "Baird"], stance=-1),
        actor("crew member", "person", title="crew member (anonymous)", affiliation="CalMac",
              aliases=["crew member"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. FlightGlobal (aviation trade press) (an engine maker cuts its delivery outlook), headline without speech, byline,
#    city and date lines, straight " and apostrophes, en dashes around an aside, present-tense "says" (trade-press
#    style) beside "said"; lede content before "the manufacturer said on 4 March"; content before "according to its
#    full-year results" (the company's); chief executive "said A, but that ... would run "..."" (indirect plus
#    partial); quote with "Marwick said on an earnings call"; Q&A "Asked whether ..., she replied: "...""; "She said A,
#    although ... would now be "..."" (indirect plus partial); scare so-called "gliders" (glossed); airline chief
#    executive "told FlightGlobal that A", quote with "he says"; lessor "said in a statement that it was "..." with
#    ..." (partial only); regulator "EASA said A, and that B" (one span); analyst "“A,” says X, .... “B.”" (two
#    directs).
ARTICLES[f"{BATCH}/arden-gx9-delivery-forecast-cut.gold.json"] = {
    "article": f"{BATCH}/arden-gx9-delivery-forecast-cut.txt",
    "target": "Arden Aero Engines",
    "quotes": [
        (I, "Arden Aero Engines", "Arden Aero Engines will deliver roughly a quarter fewer GX9 turbofans next year than "
            "it had planned, as a redesigned high-pressure turbine blade takes longer than expected to certificate",
            None),
        (I, "Arden Aero Engines", "The company now expects to ship 310-340 engines in 2028, down from the 420-450 it had "
            "guided in November", None),
        (I, "Helen Marwick", "the new blade had completed 3,000 endurance cycles", None),
        (P, "Helen Marwick", "into the third quarter", None),
        (D, "Helen Marwick", "We are not going to rush a part that sits in the hottest section of the engine. Our "
            "customers would not thank us for that,", None),
        (D, "Helen Marwick", "Those discussions are commercial and confidential, and they are happening.", None),
        (I, "Helen Marwick", "Arden remained on track to reach a production rate of 500 engines a year by 2030", None),
        (P, "Helen Marwick", "steeper than we would like", None),
        (S, None, "gliders", None),
        (I, "Lars Holmgaard", "the groundings cost the Danish carrier about €2 million a month in lost revenue and "
            "wet-leased capacity", None),
        (D, "Lars Holmgaard", "We have been patient for 18 months. Patience is not a business plan,", None),
        (P, "Avanza Aircraft Leasing", "in active discussions", None),
        (I, "EASA", "it had issued an airworthiness directive in January requiring borescope inspections of the original "
            "blade every 400 cycles, and that it had no plans to tighten the interval", None),
        (D, "Ines Carvalho", "It's a painful reset, but it's the right one,", None),
        (D, "Ines Carvalho", "The bigger risk would have been promising 450 engines and delivering 300.", None),
    ],
    "actors": [
        actor("Arden Aero Engines", "organisation", title="engine manufacturer", affiliation=None,
              aliases=["Arden Aero Engines", "Arden", "the manufacturer", "The company"], stance=0),
        actor("Helen Marwick", "person", title="chief executive", affiliation="Arden Aero Engines",
              aliases=["Helen Marwick", "Marwick"], stance=1),
        actor("Lars Holmgaard", "person", title="chief executive", affiliation="Skagen Air",
              aliases=["Lars Holmgaard", "Holmgaard"], stance=-1),
        actor("Avanza Aircraft Leasing", "organisation", title="lessor", affiliation=None,
              aliases=["Avanza Aircraft Leasing"], stance=0),
        actor("EASA", "government", title="European aviation safety regulator", affiliation="European Union",
              aliases=["EASA"], stance=0),
        actor("Ines Carvalho", "person", title="analyst", affiliation="AeroDynamic Advisory",
              aliases=["Ines Carvalho", "Carvalho"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Rio Times (Brazil, English-language) culture (City Hall cuts samba school subsidies), title-case headline
#    without speech, byline with "Senior Contributing Reporter", dateline "RIO DE JANEIRO, BRAZIL –", curly “ ” and ’,
#    "R$1.4 million"; lede content before "the municipal government said on Tuesday"; "In a note, City Hall said A, and
#    that B" (one span); league "called the decision “...” and said B" (partial plus indirect); school president named
#    after her quote, then a quote-only paragraph; scare so-called “austerity parades”; culture secretary "defended the
#    cut" (act), quote with "Lessa told reporters at ...", "He said A and would B" (one span); "According to a 2024
#    study by the Getulio Vargas Foundation (FGV), A"; hotel association "said A"; "residents were divided" (no
#    speech); retiree named after his two-word quote.
ARTICLES[f"{BATCH}/rio-samba-school-subsidy-cut.gold.json"] = {
    "article": f"{BATCH}/rio-samba-school-subsidy-cut.txt",
    "target": "Rio de Janeiro City Hall",
    "quotes": [
        (I, "Rio de Janeiro City Hall", "Rio de Janeiro City Hall will cut its subsidy to the city’s top samba schools by "
            "30 percent for the 2027 Carnival", None),
        (I, "Rio de Janeiro City Hall", "each of the 12 schools in the Special Group would receive R$1.4 million instead "
            "of R$2 million, and that the money saved would go to basic health clinics in the North and West Zones",
            None),
        (P, "Independent League of Samba Schools", "a blow to the heart of Carnival", None),
        (I, "Independent League of Samba Schools", "it would ask for an urgent meeting with the mayor", None),
        (D, "Sandra Coutinho", "Carnival is not a party for tourists. It is the work of thousands of seamstresses, "
            "sculptors and welders in the communities, from March to February,", None),
        (D, "Sandra Coutinho", "If the money is cut, the first people to lose their work are in the favela, not in the "
            "Sambadrome.", None),
        (S, None, "austerity parades", None),
        (D, "Rodrigo Lessa", "No one loves Carnival more than this administration. But I cannot look a mother in Santa "
            "Cruz in the eye and tell her the clinic has no doctor because we paid for a float,", None),
        (I, "Rodrigo Lessa", "the city would help the schools find private sponsors and would keep paying for security, "
            "lighting and cleaning at the Sambadrome", None),
        (I, "Getulio Vargas Foundation", "Carnival injects about R$5 billion into Rio’s economy each year, much of it "
            "through hotels, bars and street vendors", None),
        (I, "Brazilian Association of the Hotel Industry in Rio", "hotel occupancy in the city reached 95 percent during "
            "this year’s Carnival", None),
        (D, "Josué Almeida", "Clinic first, then Carnival,", None),
    ],
    "actors": [
        actor("Rio de Janeiro City Hall", "government", title="municipal government", affiliation="Rio de Janeiro",
              aliases=["Rio de Janeiro City Hall", "City Hall", "the municipal government"], stance=1),
        actor("Independent League of Samba Schools", "organisation", title="samba schools' league",
              affiliation="Rio de Janeiro", aliases=["Independent League of Samba Schools", "LIESA"], stance=-1),
        actor("Sandra Coutinho", "person", title="president", affiliation="Unidos do Morro Azul samba school",
              aliases=["Sandra Coutinho", "Coutinho"], stance=-1),
        actor("Rodrigo Lessa", "person", title="Municipal Culture Secretary", affiliation="Rio de Janeiro City Hall",
              aliases=["Rodrigo Lessa", "Lessa"], stance=1),
        actor("Getulio Vargas Foundation", "organisation", title="research foundation", affiliation="Brazil",
              aliases=["Getulio Vargas Foundation", "FGV"], stance=None),
        actor("Brazilian Association of the Hotel Industry in Rio", "organisation", title="hotel association",
              affiliation="Rio de Janeiro", aliases=["Brazilian Association of the Hotel Industry in Rio", "ABIH-RJ"],
              stance=None),
        actor("Josué Almeida", "person", title="retired bus driver, 67", affiliation=None,
              aliases=["Josué Almeida", "Almeida"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
