"""Build the dev95 gold files (data/eval/dev95/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev95/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev95.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev95"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Armenpress (Armenian state news agency, English service) trade (Russia suspends the sale of brandy from three
#    Armenian producers), headline without speech, `YEREVAN, MARCH 4, ARMENPRESS.` dateline running into the lede,
#    straight `"` and apostrophes, American spelling (`recognizable`), British punctuation outside closing marks for
#    fragments; lede content before `, the Food Safety Inspection Body of Armenia said on Wednesday`; `In a statement on
#    its website, Rospotrebnadzor said laboratory tests had revealed "..." for ...` (partial only); `The Inspection Body
#    said A and that B` (one span); deputy minister with title before the name after the quote, `Harutyunyan said A`;
#    embassy `told ARMENPRESS that the decision was "..." and had "..."` (two partials); scare `still widely known in
#    Russia as "cognac"`; `According to the Statistical Committee of Armenia, A`; union president in an apposition
#    `said A`, `Hakobyan said`; company `said in a statement that A`; analyst `said A`, `Grigoryan said`.
ARTICLES[f"{BATCH}/russia-suspends-armenian-brandy-sales.gold.json"] = {
    "article": f"{BATCH}/russia-suspends-armenian-brandy-sales.txt",
    "target": "Russia",
    "quotes": [
        (I, "Food Safety Inspection Body of Armenia", "Russia's consumer protection watchdog Rospotrebnadzor has "
            "suspended the sale of brandy produced by three Armenian companies, citing violations of labelling and "
            "quality requirements", None),
        (P, "Rospotrebnadzor", "non-compliance with mandatory requirements", None),
        (I, "Food Safety Inspection Body of Armenia", "it had requested the laboratory protocols from the Russian side "
            "and that the companies concerned had not received any advance notice of the decision", None),
        (D, "Arsen Harutyunyan", "This is not the first time that our products have faced such restrictions, and each "
            "time the restrictions coincide with a political conversation,", None),
        (I, "Arsen Harutyunyan", "Armenia would raise the issue at the next meeting of the Eurasian Economic Commission "
            "in Moscow later this month", None),
        (P, "Russian Embassy in Armenia", "of a purely technical nature", None),
        (P, "Russian Embassy in Armenia", "nothing to do with politics", None),
        (S, None, "cognac", None),
        (I, "Statistical Committee of Armenia", "the country exported brandy worth $210 million in 2026, with Russia "
            "accounting for about 85% of the total", None),
        (I, "Tigran Hakobyan", "the three companies sent around 40% of their production to Russia and employed more "
            "than 600 people in Ararat and Armavir provinces", None),
        (D, "Tigran Hakobyan", "For a small company, losing Russia overnight means stopping the production line,", None),
        (I, "Ararat Valley Distillery", "its products had been certified by an accredited Russian laboratory as "
            "recently as January", None),
        (I, "Hovhannes Grigoryan", "Moscow had repeatedly restricted imports of Armenian brandy, mineral water and "
            "flowers since Yerevan froze its participation in the Collective Security Treaty Organization (CSTO)", None),
        (D, "Hovhannes Grigoryan", "The message is clear: the further Armenia moves towards the West, the more "
            "expensive it becomes,", None),
    ],
    "actors": [
        actor("Food Safety Inspection Body of Armenia", "government", affiliation="Armenia",
              aliases=["Food Safety Inspection Body of Armenia", "Inspection Body"], stance=0),
        actor("Rospotrebnadzor", "government", title="consumer protection watchdog", affiliation="Russia",
              aliases=["Rospotrebnadzor"], stance=1),
        actor("Arsen Harutyunyan", "person", title="Deputy Minister of Economy", affiliation="Armenia",
              aliases=["Arsen Harutyunyan", "Harutyunyan"], stance=-1),
        actor("Russian Embassy in Armenia", "government", affiliation="Russia", aliases=["Russian Embassy in Armenia"],
              stance=1),
        actor("Statistical Committee of Armenia", "government", affiliation="Armenia",
              aliases=["Statistical Committee of Armenia"], stance=None),
        actor("Tigran Hakobyan", "person", title="president", affiliation="Union of Brandy Producers of Armenia",
              aliases=["Tigran Hakobyan", "Hakobyan"], stance=-1),
        actor("Ararat Valley Distillery", "organisation", title="brandy producer", aliases=["Ararat Valley Distillery"],
              stance=-1),
        actor("Hovhannes Grigoryan", "person", title="director", affiliation="Caucasus Policy Institute",
              aliases=["Hovhannes Grigoryan", "Grigoryan"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Decanter (British wine magazine, decanter.com news) Champagne (a house cuts its grape purchases from growers),
#    headline without speech, standfirst `Growers say they learned 'by letter' that ...` (partial for the group it
#    names), `By NAME` and date lines, straight single quotes `'...'` throughout with straight apostrophes
#    (`Vautrin's`, `house's`), British punctuation, French names and terms (`chef de cave`, `Épernay`, `€8.50`); lede
#    content before `, the company has confirmed to Decanter`; president named after the quote in an apposition with a
#    relative clause (`said Vautrin's president, NAME, who took over ...`), `Dufresne said A but would B` (one span);
#    `In a statement, Vautrin said it remained '...' to ...` (partial only); growers' union with a relative clause `said
#    the decision was '...' for small producers, many of whom ...` (partial only), then `the union said in a
#    statement`; grower named after the quote, `Morel added that A`; content before `, according to the Comité
#    Champagne`; scare so-called `'réserve interprofessionnelle'`; analyst named after the quote, `Hewson said that A`;
#    chef de cave in an apposition `told Decanter A, and that B` (one span).
ARTICLES[f"{BATCH}/vautrin-champagne-cuts-grape-purchases.gold.json"] = {
    "article": f"{BATCH}/vautrin-champagne-cuts-grape-purchases.txt",
    "target": "Vautrin",
    "quotes": [
        (P, "Growers", "by letter", "say they learned"),
        (I, "Vautrin", "Champagne house Vautrin will buy around 20% fewer grapes from growers at this year's harvest "
            "after its shipments fell for a second year in a row", None),
        (D, "Pierre-Alain Dufresne", "We have to be responsible. There is no point in producing bottles that will sit "
            "in our cellars for years,", None),
        (I, "Pierre-Alain Dufresne", "the house would honour all existing contracts but would not renew agreements with "
            "around 60 growers that expire this year", None),
        (P, "Vautrin", "deeply attached", None),
        (P, "Syndicat Général des Vignerons de la Champagne", "a brutal signal", None),
        (D, "Syndicat Général des Vignerons de la Champagne", "Growers are being asked to carry the cost of mistakes made "
            "in marketing departments,", None),
        (D, "Hélène Morel", "My family has sold grapes to Vautrin since 1971. We learned by letter that it was over,",
            None),
        (I, "Hélène Morel", "she hoped to sell her grapes to a local cooperative instead, though at a lower price", None),
        (I, "Comité Champagne", "Shipments of champagne fell to 271 million bottles in 2026, the lowest level in more "
            "than two decades outside the pandemic year of 2020", None),
        (S, None, "réserve interprofessionnelle", None),
        (D, "Tom Hewson", "Houses bought too many grapes at record prices when everybody thought the boom would last. "
            "Now the bill is arriving,", None),
        (I, "Tom Hewson", "grape prices, which reached around €8.50 per kilo at the peak, were likely to fall this year "
            "for the first time in a decade", None),
        (I, "Élodie Garnier", "the style of the house's non-vintage Brut would not change, and that the reduced volumes "
            "would allow the team to be more selective with the parcels it buys", None),
    ],
    "actors": [
        actor("Growers", "group", title="Champagne growers", aliases=["Growers"], stance=-1),
        actor("Vautrin", "organisation", title="Champagne house", aliases=["Vautrin", "the company"], stance=1),
        actor("Pierre-Alain Dufresne", "person", title="president", affiliation="Vautrin",
              aliases=["Pierre-Alain Dufresne", "Dufresne"], stance=1),
        actor("Syndicat Général des Vignerons de la Champagne", "organisation", title="growers' union",
              aliases=["Syndicat Général des Vignerons de la Champagne", "SGV", "the union"], stance=-1),
        actor("Hélène Morel", "person", title="grower", affiliation="Vallée de la Marne",
              aliases=["Hélène Morel", "Morel"], stance=-1),
        actor("Comité Champagne", "organisation", title="Champagne trade body", aliases=["Comité Champagne"],
              stance=None),
        actor("Tom Hewson", "person", title="market analyst", affiliation="Liv-ex", aliases=["Tom Hewson", "Hewson"],
              stance=0),
        actor("Élodie Garnier", "person", title="chef de cave", affiliation="Vautrin",
              aliases=["Élodie Garnier", "Garnier"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. FRANCE 24 (French international public broadcaster, English website) French city politics (Bordeaux's mayor
#    bans private cars from the centre at weekends), headline without speech, standfirst `The ecologist mayor says
#    the ban will make the city centre "breathable" again.` (partial for the person it describes), `Issued on:
#    04/03/2027 - 15:40` line, `(FRANCE 24 with AFP)` sign-off, straight `"` and apostrophes, British spelling
#    (`pedestrianised`), French names; lede `defended his plan ..., saying the city had to "..."` (partial only); quote
#    with `Mercier told FRANCE 24`, then a closed quote-only paragraph (continuity); content before `, according to the
#    town hall`; scare so-called `"ZTL"` limited traffic zones; federation president in an apposition `said A and that
#    the mayor had "..." to shopkeepers` (indirect plus partial), `she said`; opposition councillor `called the plan
#    "..." and accused Mercier of "..."` (two partials); `According to Atmo Nouvelle-Aquitaine, the regional air quality
#    monitor, A`; resident with age and occupation `said she would A but worried about B` (one span); ministry `said in
#    a statement that A, and that the government would follow ... "..."` (indirect plus partial).
ARTICLES[f"{BATCH}/bordeaux-mayor-weekend-car-ban.gold.json"] = {
    "article": f"{BATCH}/bordeaux-mayor-weekend-car-ban.txt",
    "target": "Thomas Mercier",
    "quotes": [
        (P, "Thomas Mercier", "breathable", None),
        (P, "Thomas Mercier", "choose between cars and people", None),
        (D, "Thomas Mercier", "Every weekend, tens of thousands of people walk in the city centre breathing exhaust "
            "fumes. We are giving the street back to them,", None),
        (D, "Thomas Mercier", "People said the same thing when the Rue Sainte-Catherine was pedestrianised. Today nobody "
            "would go back.", None),
        (I, "town hall", "The ban, approved by the city council on Monday by 38 votes to 23, will cover an area of about "
            "two square kilometres between the Garonne river and the Place Gambetta", None),
        (S, None, "ZTL", None),
        (I, "Christine Lafargue", "sales in the centre could fall by as much as 30% on weekends", None),
        (P, "Christine Lafargue", "never listened", None),
        (D, "Christine Lafargue", "We are not against ecology. We are against a decision that will kill small shops and "
            "send families to the shopping centres in Mérignac,", None),
        (P, "Nicolas Brunet", "ideological", None),
        (P, "Nicolas Brunet", "waging war on motorists", None),
        (I, "Atmo Nouvelle-Aquitaine", "nitrogen dioxide levels in the city centre exceeded the World Health "
            "Organization's recommended daily limit on 94 days last year", None),
        (I, "Amélie Roux", "she would welcome quieter weekends but worried about how her elderly parents, who live in "
            "the suburbs, would visit her", None),
        (I, "Transport Ministry", "local authorities were free to regulate traffic in their own centres", None),
        (P, "Transport Ministry", "with interest", None),
    ],
    "actors": [
        actor("Thomas Mercier", "person", title="Mayor", affiliation="Bordeaux (Greens)",
              aliases=["Thomas Mercier", "Mercier"], stance=1),
        actor("town hall", "government", affiliation="Bordeaux", aliases=["town hall"], stance=0),
        actor("Christine Lafargue", "person", title="president", affiliation="Bordeaux Traders' Federation",
              aliases=["Christine Lafargue", "Lafargue"], stance=-1),
        actor("Nicolas Brunet", "person", title="opposition councillor", affiliation="Les Républicains",
              aliases=["Nicolas Brunet", "Brunet"], stance=-1),
        actor("Atmo Nouvelle-Aquitaine", "organisation", title="regional air quality monitor",
              aliases=["Atmo Nouvelle-Aquitaine"], stance=None),
        actor("Amélie Roux", "person", title="nurse", affiliation="Saint-Pierre district",
              aliases=["Amélie Roux", "Roux"], stance=0),
        actor("Transport Ministry", "government", affiliation="France", aliases=["Transport Ministry"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Phnom Penh Post (Cambodian English-language daily) tourism (the APSARA National Authority raises Angkor pass
#    prices), headline without speech, author and `Publication date 04 March 2027 | 16:05 ICT` lines, straight `"` and
#    apostrophes, `$37`, Khmer names (family name first) shortened to the given name (`Sovann said`); lede content
#    before `, the authority said in a statement on March 3`; content before `, according to the statement`; spokesman
#    with title before the name `told The Post that A`, `Sovann said`; ministry spokesman `said A, but that B` (one
#    span); `The tourism industry was less enthusiastic.`, then association president in an apposition `said the
#    timing was "..." for an industry that ...` (partial only), a question with `he asked`; `According to Angkor
#    Enterprise, the state company that manages ticket sales, A`; scare so-called `"zero-dollar tours"`; guide with a
#    relative clause `said A`; economist `said A, and that B` (one span), `he said`; tourist named after the quote.
ARTICLES[f"{BATCH}/apsara-angkor-pass-price-rise.gold.json"] = {
    "article": f"{BATCH}/apsara-angkor-pass-price-rise.txt",
    "target": "APSARA National Authority",
    "quotes": [
        (I, "APSARA National Authority", "The APSARA National Authority (ANA) will raise the price of a one-day Angkor "
            "pass for foreign visitors from $37 to $50 from July 1, in the first increase since 2017", None),
        (I, "APSARA National Authority", "Three-day and seven-day passes will rise to $80 and $100 respectively", None),
        (I, "Phin Sovann", "the additional revenue would be used for conservation and to improve facilities such as "
            "toilets, parking and electric shuttle services inside the park", None),
        (D, "Phin Sovann", "The temples are our heritage, and we must protect them for the next generation. $50 is still "
            "a reasonable price compared with other World Heritage sites in the region,", None),
        (I, "Kong Vichet", "the ministry had been consulted and supported the increase, but that it would closely "
            "monitor the impact on arrivals in Siem Reap", None),
        (P, "Keo Sothea", "very bad", None),
        (D, "Keo Sothea", "We sell packages one year in advance. Our partners in Europe and Korea have already sold July "
            "tours at the old price. Who pays the difference?", None),
        (I, "Angkor Enterprise", "the park sold passes to 812,000 foreign visitors last year, generating about $38 "
            "million, compared with more than two million visitors in 2019", None),
        (S, None, "zero-dollar tours", None),
        (I, "Chan Dara", "the number of foreign visitors had fallen so much that many guides now worked only two or "
            "three days a week", None),
        (I, "Seng Bunthoeun", "the increase alone was unlikely to deter visitors, and that the bigger problem was the "
            "high cost of flights to Siem Reap", None),
        (D, "Seng Bunthoeun", "People don't cancel Angkor because of $13. They cancel because there are no direct "
            "flights from their city,", None),
        (D, "Lena Fischer", "It's still worth it. But $50 for one day is getting expensive for backpackers,", None),
    ],
    "actors": [
        actor("APSARA National Authority", "government", title="Angkor site authority", affiliation="Cambodia",
              aliases=["APSARA National Authority", "ANA", "the authority"], stance=1),
        actor("Phin Sovann", "person", title="spokesman", affiliation="APSARA National Authority",
              aliases=["Phin Sovann", "Sovann"], stance=1),
        actor("Kong Vichet", "person", title="spokesman", affiliation="Ministry of Tourism",
              aliases=["Kong Vichet", "Vichet"], stance=1),
        actor("Keo Sothea", "person", title="president", affiliation="Cambodia Association of Travel Agents (CATA)",
              aliases=["Keo Sothea", "Sothea"], stance=-1),
        actor("Angkor Enterprise", "organisation", title="state ticketing company", aliases=["Angkor Enterprise"],
              stance=None),
        actor("Chan Dara", "person", title="licensed tour guide", aliases=["Chan Dara", "Dara"], stance=None),
        actor("Seng Bunthoeun", "person", title="economist", affiliation="Royal University of Phnom Penh",
              aliases=["Seng Bunthoeun", "Bunthoeun"], stance=0),
        actor("Lena Fischer", "person", title="student from Munich", aliases=["Lena Fischer", "Fischer"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
