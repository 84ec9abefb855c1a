"""Build the dev86 gold files (data/eval/dev86/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev86/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev86.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev86"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Daily News Egypt aviation/tourism (Russia adds 60 weekly flights to the Red Sea resorts), headline without
#    speech, `Daily News Egypt`, date and `By NAME` lines, straight `"` and apostrophes, `%`; lede content before
#    `, Russia's Federal Air Transport Agency (Rosaviatsia) said on Wednesday`; `The agency said A, and that B`
#    (one indirect); minister in an apposition `welcomed the decision` (act), then `He said Russian tourists had
#    been "..." of ... and that B` (partial plus indirect); ambassador in an apposition with a participial
#    `speaking at a reception ..., said: "..."`, `He said A`; `According to the Association of Tour Operators of
#    Russia (ATOR), A`; scare seasonal "air bridge"; `Hotel operators in Hurghada say A`; board member in an
#    apposition `said hotels ... were "..." and that B`; content before `, according to the Egyptian Hotel
#    Association`; expert `said the growing reliance ... was "...", recalling the suspension ...` (partial;
#    `recalling` is an act), `he told Daily News Egypt`; anonymous ministry source `told Daily News Egypt that A`.
ARTICLES[f"{BATCH}/russia-red-sea-flights-winter-season.gold.json"] = {
    "article": f"{BATCH}/russia-red-sea-flights-winter-season.txt",
    "target": "Russia",
    "quotes": [
        (I, "Federal Air Transport Agency", "Russian carriers will operate an additional 60 weekly flights to "
            "Hurghada, Sharm El-Sheikh and Marsa Alam from mid-December", None),
        (I, "Federal Air Transport Agency", "the new permits had been granted to four airlines, including Aeroflot and "
            "S7, and that flights from Kazan, Yekaterinburg and Novosibirsk would be added to the schedule for the "
            "first time since 2015", None),
        (P, "Sherif Abdel Ghaffar", "the backbone", None),
        (I, "Sherif Abdel Ghaffar", "Egypt expected to receive more than 2 million visitors from Russia by the end of "
            "the year", None),
        (D, "Alexei Vorontsov", "Egypt is a reliable and friendly destination for Russians. Our citizens feel safe "
            "here, and they are welcome here.", None),
        (I, "Alexei Vorontsov", "the two countries were also discussing the resumption of charter flights to Luxor and "
            "Aswan", None),
        (I, "Association of Tour Operators of Russia", "bookings to Egypt for the New Year holidays are up 35% "
            "compared with last year, with Hurghada accounting for more than half of them", None),
        (S, None, "air bridge", None),
        (I, "Hotel operators in Hurghada", "the demand is already being felt", None),
        (P, "Karim Abdel-Salam", "close to full on some days", None),
        (I, "Karim Abdel-Salam", "several had postponed renovation works to keep rooms available", None),
        (I, "Egyptian Hotel Association", "Russian visitors still cannot use their Visa and Mastercard cards in Egypt, "
            "and cash in US dollars remains the main means of payment at most resorts", None),
        (P, "Magdy Saleh", "a risk Egypt knows very well", None),
        (D, "Magdy Saleh", "In 2015 we lost the Russian market overnight, and it took us six years to get it back. "
            "Europe and the Gulf must not be forgotten,", None),
        (I, "source at the Ministry of Civil Aviation", "Egyptian and Russian officials would meet in Moscow in January "
            "to discuss increasing the number of flights further", None),
    ],
    "actors": [
        actor("Federal Air Transport Agency", "government", affiliation="Russia",
              aliases=["Federal Air Transport Agency", "Rosaviatsia", "The agency"], stance=0),
        actor("Sherif Abdel Ghaffar", "person", title="Minister of Tourism and Antiquities", affiliation="Egypt",
              aliases=["Sherif Abdel Ghaffar", "Abdel Ghaffar"], stance=1),
        actor("Alexei Vorontsov", "person", title="Russian Ambassador to Egypt", affiliation="Russia",
              aliases=["Alexei Vorontsov", "Vorontsov"], stance=1),
        actor("Association of Tour Operators of Russia", "organisation",
              aliases=["Association of Tour Operators of Russia", "ATOR"], stance=None),
        actor("Hotel operators in Hurghada", "group", affiliation="Hurghada", stance=1),
        actor("Karim Abdel-Salam", "person", title="board member", affiliation="Red Sea Tourism Investors Association",
              aliases=["Karim Abdel-Salam", "Abdel-Salam"], stance=1),
        actor("Egyptian Hotel Association", "organisation", aliases=["Egyptian Hotel Association"], stance=0),
        actor("Magdy Saleh", "person", title="tourism expert", aliases=["Magdy Saleh", "Saleh"], stance=0),
        actor("source at the Ministry of Civil Aviation", "person", title="source (anonymous)",
              affiliation="Egypt's Ministry of Civil Aviation", stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Ottawa Citizen transit (the Line 1 LRT stays shut after bearing wear is found on two more trains), headline
#    with a curly single fragment `OC Transpo blames ‘bearing wear’`, deck without quote marks, `Author of the
#    article:` and `Published` lines, curly `“ ”` and `’`, Canadian punctuation inside the marks (`“... caution.”`,
#    `“soft launch,”`), French-Canadian names; lede content before `, OC Transpo said Wednesday` (the writer's
#    `after inspectors found ...` left out); general manager `In a memo to council, ... said A and that the entire
#    fleet ... was being checked “...”` (indirect plus partial), quote split by `Bérubé told reporters at city
#    hall`; photo caption with `Photo by NAME /Postmedia`; consortium in an apposition `said in a statement that it
#    was working “...” with ..., and that B` (partial plus indirect); mayor `said A`, `Lalonde said`; commission
#    chair `came to the agency’s defence` (act), `He said A and that riders should ... at a “...” contract ...`
#    (indirect plus partial); scare troubled 2019 `“soft launch,”`; union president with a long title chain `said
#    bus operators were being “...” covering ...` (partial only); rider `said A`, quote with a nested curly single
#    quote (`‘safety first,’`), `she said`; city source `told this newspaper that A`; `Asked about that claim,
#    Bérubé said A and had B`.
ARTICLES[f"{BATCH}/oc-transpo-line-1-bearing-shutdown.gold.json"] = {
    "article": f"{BATCH}/oc-transpo-line-1-bearing-shutdown.txt",
    "target": "OC Transpo",
    "quotes": [
        (P, "OC Transpo", "bearing wear", "blames \u2018"),
        (I, "OC Transpo", "Ottawa’s Line 1 LRT will remain closed until at least Monday", None),
        (I, "Marc-André Bérubé", "the problem had been detected during routine inspections on Sunday", None),
        (P, "Marc-André Bérubé", "out of an abundance of caution.", None),
        (D, "Marc-André Bérubé", "I know how frustrating this is for riders who have already been through too much "
            "with this system,", None),
        (D, "Marc-André Bérubé", "But I will not put a train back into service until I am confident it is safe.", None),
        (P, "Rideau Transit Group", "around the clock", None),
        (I, "Rideau Transit Group", "the first trains could return to service by the weekend", None),
        (I, "Catherine Lalonde", "the city would withhold this month’s maintenance payment to RTG until the line was "
            "running again", None),
        (D, "Catherine Lalonde", "Residents are paying for a train they can’t ride. That is not acceptable, and I have "
            "told RTG and OC Transpo that directly,", None),
        (I, "Denis Lachance", "OC Transpo staff had made the right call", None),
        (P, "Denis Lachance", "fundamentally flawed", None),
        (S, None, "soft launch,", None),
        (P, "Sarah Wojcik", "run ragged", None),
        (I, "Priya Raghunathan", "the replacement buses had added more than an hour to her day", None),
        (D, "Priya Raghunathan", "They keep saying ‘safety first,’ and fine, I get it. But it’s been seven years of "
            "this,", None),
        (I, "city source", "OC Transpo had been warned about bearing wear on at least one train as early as October",
            None),
        (I, "Marc-André Bérubé", "the October report concerned a different component and had been dealt with at the "
            "time", None),
    ],
    "actors": [
        actor("OC Transpo", "government", affiliation="City of Ottawa", aliases=["OC Transpo"], stance=1),
        actor("Marc-André Bérubé", "person", title="transit general manager", affiliation="OC Transpo",
              aliases=["Marc-André Bérubé", "Bérubé"], stance=1),
        actor("Rideau Transit Group", "organisation", title="maintenance consortium",
              aliases=["Rideau Transit Group", "RTG"], stance=0),
        actor("Catherine Lalonde", "person", title="Mayor", affiliation="City of Ottawa",
              aliases=["Catherine Lalonde", "Lalonde"], stance=-1),
        actor("Denis Lachance", "person", title="Transit commission chair", affiliation="Ottawa City Council",
              aliases=["Denis Lachance", "Lachance"], stance=1),
        actor("Sarah Wojcik", "person", title="president", affiliation="Amalgamated Transit Union Local 279",
              aliases=["Sarah Wojcik", "Wojcik"], stance=-1),
        actor("Priya Raghunathan", "person", title="commuter", aliases=["Priya Raghunathan", "Raghunathan"], stance=-1),
        actor("city source", "person", title="source (anonymous)", affiliation="City of Ottawa",
              aliases=["city source"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. KentOnline courts (a rogue roofer is jailed for defrauding pensioners), headline and standfirst without speech,
#    `by NAME, crime reporter` and `03 December 2026` lines, straight `"` and apostrophes, `£`, punctuation outside
#    fragments, `Castle` (a surname that is a common word) shared by the defendant and his brother; lede content
#    before `, Canterbury Crown Court heard` (the prosecutor's opening, as in dev59's British court report);
#    `Prosecuting, Alasdair Munro said Castle had "...", knocking on doors ...` (partial only), `Mr Munro told the
#    court`; the defendant's text message `read to the court, Castle wrote: "..."`; scare so-called `"no cold
#    calling zones"`; victim impact statement `the ... widow's daughter said A`, then `the statement said`; `Read
#    more:` line; `spoke only to confirm his name`, `pleaded guilty` (acts); the brother `Speaking outside court,
#    he said his brother had made "..." but was "..."` (two partials); `Mitigating, Sunil Varma said A, and had
#    shown "..."` (indirect plus partial); judge `told Castle: "...` (open paragraph), then a closed quote-only
#    paragraph; `She said his guilty pleas ... earned him "..."` (partial only); detective `said: "..."`; Trading
#    Standards `said A and that B`.
ARTICLES[f"{BATCH}/darren-castle-rogue-roofer-jailed.gold.json"] = {
    "article": f"{BATCH}/darren-castle-rogue-roofer-jailed.txt",
    "target": "Darren Castle",
    "quotes": [
        (I, "Alasdair Munro", "Darren Castle, 44, of Herne Bay, targeted 14 victims aged between 71 and 93 in Whitstable, "
            "Canterbury and Thanet between 2022 and 2025", None),
        (P, "Alasdair Munro", "deliberately sought out the old and the lonely", None),
        (D, "Alasdair Munro", "In one case, he charged a 91-year-old widow in Birchington £23,500 for work on a roof "
            "that an independent surveyor later found had not been touched,", None),
        (D, "Darren Castle", "Don't worry love, I'll sort it all out for you, you won't have to lift a finger.", None),
        (S, None, "no cold calling zones", None),
        (I, "Birchington widow's daughter", "her mother no longer answered the door to anyone", None),
        (D, "Birchington widow's daughter", "She was proud and independent. He took that away from her, not just the "
            "money,", None),
        (P, "Wayne Castle", "terrible mistakes", None),
        (P, "Wayne Castle", "not the monster people are making him out to be", None),
        (I, "Sunil Varma", "Castle had become addicted to online gambling after his building business collapsed "
            "during the pandemic", None),
        (P, "Sunil Varma", "genuine remorse", None),
        (D, "Catherine Pellow", "You looked at these people and saw not grandparents but cash machines.", None),
        (D, "Catherine Pellow", "You exploited their trust, their politeness and their fear of their own homes falling "
            "down around them.", None),
        (P, "Catherine Pellow", "very limited credit", None),
        (D, "Lauren Pike", "Castle's victims were too embarrassed to tell their own families what had happened. I want "
            "to thank every one of them for having the courage to come forward.", None),
        (I, "Kent County Council Trading Standards", "it had recovered £41,000 for the victims so far and that a "
            "Proceeds of Crime Act hearing would take place next year", None),
    ],
    "actors": [
        actor("Alasdair Munro", "person", title="prosecutor", aliases=["Alasdair Munro", "Mr Munro", "Munro"],
              stance=-1),
        actor("Darren Castle", "person", title="roofer, defendant", affiliation="Herne Bay",
              aliases=["Darren Castle", "Castle"], stance=None),
        actor("Birchington widow's daughter", "person", title="victim's daughter (victim impact statement)",
              aliases=["Birchington widow's daughter", "statement"], stance=-1),
        actor("Wayne Castle", "person", title="the defendant's brother", aliases=["Wayne Castle"], stance=1),
        actor("Sunil Varma", "person", title="defence barrister", aliases=["Sunil Varma", "Varma"], stance=1),
        actor("Catherine Pellow", "person", title="Judge", affiliation="Canterbury Crown Court",
              aliases=["Catherine Pellow", "Judge Catherine Pellow", "Pellow"], stance=-1),
        actor("Lauren Pike", "person", title="Det Con", affiliation="Kent Police Serious Economic Crime Unit",
              aliases=["Lauren Pike", "Det Con Lauren Pike", "Pike"], stance=-1),
        actor("Kent County Council Trading Standards", "government", affiliation="Kent County Council",
              aliases=["Kent County Council Trading Standards"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Business Daily (Kenya) technology/regulation (the data protection regulator fines a digital lender for
#    debt-shaming messages), headline without speech, capitalised byline with `More by this Author` and a date
#    line, straight `"` and apostrophes (`Achieng' Oduor`, an apostrophe inside a Kenyan name), `Sh`; `has fined`
#    (act); `In a determination seen by the Business Daily, the regulator said A`; the lender's messages
#    `described borrowers as "..." who would be "..." unless ...` (two partials for the lender); Data Commissioner
#    `said the penalty should serve as "..." to the sector` (partial only), `she said in a statement`; lender
#    `said A and that B`; chief executive `said the company had "..." for ...` (partial only), `Mr Otieno said`;
#    `The lender, which says A, is ...` (indirect in a relative clause); anonymous borrower with an apposition
#    `said A`, `she told the Business Daily`; CBK `said A and would "..." if ...` (indirect plus partial); DLAK
#    `said A and that B`; scare so-called "shylock apps"; lawyer `said A`, `she said`.
ARTICLES[f"{BATCH}/pesaflow-credit-odpc-debt-shaming-fine.gold.json"] = {
    "article": f"{BATCH}/pesaflow-credit-odpc-debt-shaming-fine.txt",
    "target": "Pesaflow Credit",
    "quotes": [
        (I, "Office of the Data Protection Commissioner", "the lender had accessed the contact lists of at least 12,000 "
            "borrowers without valid consent and used them to send repayment demands to relatives, colleagues and "
            "employers", None),
        (P, "Pesaflow Credit", "fraudsters", None),
        (P, "Pesaflow Credit", "listed with the police", None),
        (P, "Winfred Chepkoech", "a clear warning", None),
        (D, "Winfred Chepkoech", "A borrower's phone book is not a debt collection tool. Consent to a loan is not "
            "consent to be humiliated in front of your family,", None),
        (I, "Pesaflow Credit", "it would challenge the decision at the High Court and that it had stopped accessing "
            "customers' contacts in March", None),
        (P, "Brian Otieno", "zero tolerance", None),
        (D, "Brian Otieno", "We have cooperated fully with the Commissioner and we have changed our collection "
            "practices. We believe the penalty is disproportionate,", None),
        (I, "Pesaflow Credit", "it has disbursed more than Sh14 billion in mobile loans since 2021", None),
        (I, "One borrower", "her headteacher had received a message calling her a thief after she fell behind on a "
            "Sh3,000 loan", None),
        (D, "One borrower", "I was late by four days. Four days, and my whole staffroom knew,", None),
        (I, "Central Bank of Kenya", "it was reviewing the findings", None),
        (P, "Central Bank of Kenya", "take appropriate action", None),
        (I, "Digital Lenders Association of Kenya", "Pesaflow was not one of its members and that its code of conduct "
            "bars lenders from contacting anyone other than the borrower", None),
        (S, None, "shylock apps", None),
        (I, "Achieng' Oduor", "the fine was less than one percent of what the lender disburses in a single month",
            None),
        (D, "Achieng' Oduor", "Until the fines actually hurt, the business model will not change,", None),
    ],
    "actors": [
        actor("Office of the Data Protection Commissioner", "government", affiliation="Kenya",
              aliases=["Office of the Data Protection Commissioner", "ODPC", "the regulator"], stance=-1),
        actor("Pesaflow Credit", "organisation", title="digital lender",
              aliases=["Pesaflow Credit", "Pesaflow", "the lender", "The lender"], stance=1),
        actor("Winfred Chepkoech", "person", title="Data Commissioner",
              affiliation="Office of the Data Protection Commissioner", aliases=["Winfred Chepkoech", "Chepkoech"],
              stance=-1),
        actor("Brian Otieno", "person", title="Chief executive", affiliation="Pesaflow Credit",
              aliases=["Brian Otieno", "Mr Otieno", "Otieno"], stance=1),
        actor("One borrower", "person", title="teacher in Nakuru (anonymous borrower)", aliases=["One borrower"],
              stance=-1),
        actor("Central Bank of Kenya", "government", affiliation="Kenya", aliases=["Central Bank of Kenya", "CBK"],
              stance=0),
        actor("Digital Lenders Association of Kenya", "organisation",
              aliases=["Digital Lenders Association of Kenya", "DLAK"], stance=-1),
        actor("Achieng' Oduor", "person", title="Technology lawyer", aliases=["Achieng' Oduor", "Oduor"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
