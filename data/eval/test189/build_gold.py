"""Build the test189 gold files (data/eval/test189/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test189/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test189.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test189"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Business Recorder (Pakistan) energy/industry (a regulator raises the captive gas tariff), headline 'APTMA calls
#    ... a "death blow" for textile exports' (partial for APTMA), "Recorder Report" line, dateline "ISLAMABAD:",
#    straight " and apostrophes, "Rs4,350 per mmBtu", "percent"; content before "the Oil and Gas Regulatory Authority
#    (OGRA) said in a notification"; "The regulator said A and that B" (one span); anonymous official after the quote
#    ("an OGRA official told Business Recorder on condition of anonymity"); association "reacted sharply, saying the
#    hike would be a "..." for ..." (partial only); secretary general "said in a letter to the Prime Minister" after the
#    quote, then "He said A and that B" (one span); "According to the Pakistan Bureau of Statistics, A"; economist "said
#    A", quote split by "he said. "..."" (two directs); gas utility "said A, and that ... a "..." package" (indirect plus
#    partial); Petroleum Division spokesperson "said A and that B" (one span); scare so-called "gas-to-grid" shift;
#    "Industry sources said A".
ARTICLES[f"{BATCH}/ogra-captive-gas-tariff.gold.json"] = {
    "article": f"{BATCH}/ogra-captive-gas-tariff.txt",
    "target": "Oil and Gas Regulatory Authority",
    "quotes": [
        (P, "All Pakistan Textile Mills Association", "death blow", "APTMA calls"),
        (I, "Oil and Gas Regulatory Authority", "The price of gas for captive power plants will rise by 18 percent to "
            "Rs4,350 per mmBtu from January 1", None),
        (I, "Oil and Gas Regulatory Authority", "the increase was needed to bring captive tariffs in line with the cost of "
            "imported RLNG and that it would cut the circular debt in the gas sector by about Rs60 billion this fiscal "
            "year", None),
        (D, "OGRA official", "The subsidy on captive gas was never sustainable. Industry has been told for two years that "
            "this day was coming,", None),
        (P, "All Pakistan Textile Mills Association", "death blow", "reacted sharply"),
        (D, "Farrukh Sethi", "We are being asked to compete with Bangladesh and Vietnam while paying almost double for "
            "energy. Orders are already moving to Dhaka,", None),
        (I, "Farrukh Sethi", "at least 40 mills in Faisalabad and Lahore had already cut shifts and that more than 100,000 "
            "workers could lose their jobs by June", None),
        (I, "Pakistan Bureau of Statistics", "textile exports fell 4.2 percent to $8.1 billion in the first half of the "
            "fiscal year", None),
        (I, "Ammar Hashmi", "the hike was economically rational but badly timed", None),
        (D, "Ammar Hashmi", "OGRA is right on the numbers. Captive plants burn gas at 30 percent efficiency, and the grid "
            "can do much better,", None),
        (D, "Ammar Hashmi", "But you cannot pull the rug out in the middle of the export season.", None),
        (I, "Sui Northern Gas Pipelines Limited", "supplies to captive plants in Punjab would continue at the new rate",
            None),
        (P, "Sui Northern Gas Pipelines Limited", "smooth transition", None),
        (I, "spokesperson for the Petroleum Division", "the decision had been taken after consultations with all "
            "stakeholders and that the government would review its impact on exports after three months", None),
        (S, None, "gas-to-grid", None),
        (I, "Industry sources", "several large mills in Karachi had already begun installing solar panels to cut their "
            "dependence on gas", None),
    ],
    "actors": [
        actor("All Pakistan Textile Mills Association", "organisation", title="textile industry association",
              affiliation="Pakistan", aliases=["All Pakistan Textile Mills Association", "APTMA"], stance=-1),
        actor("Oil and Gas Regulatory Authority", "government", title="energy regulator", affiliation="Pakistan",
              aliases=["Oil and Gas Regulatory Authority", "OGRA", "The regulator"], stance=1),
        actor("OGRA official", "person", title="official (anonymous)", affiliation="Oil and Gas Regulatory Authority",
              aliases=["OGRA official"], stance=1),
        actor("Farrukh Sethi", "person", title="Secretary General", affiliation="APTMA",
              aliases=["Farrukh Sethi", "Sethi"], stance=-1),
        actor("Pakistan Bureau of Statistics", "government", title="statistics bureau", affiliation="Pakistan",
              aliases=["Pakistan Bureau of Statistics"], stance=None),
        actor("Ammar Hashmi", "person", title="independent energy economist", affiliation=None,
              aliases=["Ammar Hashmi", "Hashmi", "Dr Ammar Hashmi"], stance=0),
        actor("Sui Northern Gas Pipelines Limited", "organisation", title="gas utility", affiliation="Pakistan",
              aliases=["Sui Northern Gas Pipelines Limited", "SNGPL"], stance=0),
        actor("spokesperson for the Petroleum Division", "person", title="spokesperson", affiliation="Petroleum Division",
              aliases=["spokesperson for the Petroleum Division"], stance=1),
        actor("Industry sources", "group", title="sources (anonymous)", affiliation="textile industry",
              aliases=["Industry sources"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Ecuador Times courts (a former mayor sentenced for embezzlement), headline without speech, outlet line,
#    dateline "GUAYAQUIL –", curly “ ” and ’, "$"; content before "the Attorney General’s Office said in a statement"
#    (with "The three-judge panel found that A, and that B" inside: one span); judge "said the evidence showed “...”"
#    (partial only), "she said as she read the ruling"; prosecutor "told reporters ... that A", "he said"; "has
#    maintained his innocence" (no content); Q "In his final words to the court ..., he said: “...”"; lawyer "said A, and
#    called the verdict “...”" (indirect plus partial), quote with "Endara said"; supporters "gathered ... They said A"
#    (pronoun: the supporters); citizens' group "said the ruling was “...” but that B" (partial plus indirect); scare
#    so-called “Operation Mangrove”; "According to the municipality, A".
ARTICLES[f"{BATCH}/machala-mayor-salcedo-sentenced.gold.json"] = {
    "article": f"{BATCH}/machala-mayor-salcedo-sentenced.txt",
    "target": "Rodrigo Salcedo",
    "quotes": [
        (I, "Attorney General’s Office", "The three-judge panel found that the contract had been awarded without a public "
            "tender to a company controlled by Salcedo’s brother-in-law, and that at least $1.3 million had been paid for "
            "work that was never carried out", None),
        (P, "María Fernanda Cevallos", "a deliberate scheme, not an administrative error", None),
        (D, "María Fernanda Cevallos", "A mayor is not the owner of the city’s money. He is its guardian, and this court "
            "finds that Mr Salcedo betrayed that trust,", None),
        (I, "Andrés Villacís", "his office would also seek the return of the missing funds", None),
        (D, "Andrés Villacís", "Eight years is a strong signal. But for the people of Machala, what matters is that the "
            "money comes back,", None),
        (D, "Rodrigo Salcedo", "I built schools, roads and a hospital. I have never taken a single dollar that was not "
            "mine. History will judge who is telling the truth.", None),
        (I, "Patricio Endara", "the defence would appeal to the Provincial Court of Justice", None),
        (P, "Patricio Endara", "political", "called the verdict"),
        (D, "Patricio Endara", "This trial began the week my client announced he would run for prefect. That is not a "
            "coincidence,", None),
        (I, "Salcedo’s supporters", "the former mayor was being punished for standing up to the province’s political "
            "establishment", None),
        (P, "Southern Anti-Corruption Observatory", "an important precedent", None),
        (I, "Southern Anti-Corruption Observatory", "dozens of similar cases in the province had stalled for years", None),
        (S, None, "Operation Mangrove", None),
        (I, "municipality", "the hospital, originally due to open in 2022, is now 60 percent complete and will require "
            "another $2 million to finish", None),
    ],
    "actors": [
        actor("Attorney General’s Office", "government", title="prosecution service", affiliation="Ecuador",
              aliases=["Attorney General’s Office"], stance=-1),
        actor("María Fernanda Cevallos", "person", title="presiding judge", affiliation="El Oro provincial court",
              aliases=["María Fernanda Cevallos", "Cevallos"], stance=-1),
        actor("Andrés Villacís", "person", title="prosecutor", affiliation="Attorney General’s Office",
              aliases=["Andrés Villacís", "Villacís"], stance=-1),
        actor("Rodrigo Salcedo", "person", title="former mayor", affiliation="Machala",
              aliases=["Rodrigo Salcedo", "Salcedo", "Mr Salcedo"], stance=1),
        actor("Patricio Endara", "person", title="defence lawyer", affiliation="Rodrigo Salcedo's defence",
              aliases=["Patricio Endara", "Endara"], stance=1),
        actor("Salcedo’s supporters", "group", title="supporters", affiliation="Machala",
              aliases=["Salcedo’s supporters"], stance=1),
        actor("Southern Anti-Corruption Observatory", "organisation", title="citizens' anti-corruption group",
              affiliation="Cuenca", aliases=["Southern Anti-Corruption Observatory"], stance=-1),
        actor("municipality", "government", title="municipal government", affiliation="Machala",
              aliases=["municipality"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Belga (Belgian news agency, English service) transport/labour (a rail strike over ticket counter closures),
#    headline "..., SNCB warns" without quote marks (not annotated), dateline "BRUSSELS (Belga) -", straight " and
#    apostrophes, a hyphen as a dash inside a quote; content before "national railway company SNCB said on Friday";
#    content before "according to SNCB"; union spokesman after the quote ("said ACOD Spoor spokesman ..."), then a quote
#    split by "Vermeulen said, "but ..."" (two directs); union "said A and that B" (one span); railway spokesperson "said
#    A, and that B" (one span), "she said"; scare so-called "station of the future" plan; minister's office "said in a
#    written reaction that the minister "..." of passengers but would not interfere ..." (partial only: no second
#    subject); passenger association "said A and that B" (one span); anonymous clerk "told Belga that A", "the clerk
#    said"; "The unions said A".
ARTICLES[f"{BATCH}/sncb-ticket-counters-strike.gold.json"] = {
    "article": f"{BATCH}/sncb-ticket-counters-strike.txt",
    "target": "SNCB",
    "quotes": [
        (I, "SNCB", "Only one train in two will run on Tuesday as rail unions strike against plans to close ticket counters "
            "at 44 smaller stations", None),
        (I, "SNCB", "International trains will be largely unaffected", None),
        (D, "Koen Vermeulen", "Closing a counter means closing a station in all but name. Older passengers, people who "
            "cannot use an app, people with disabilities - they are the ones who lose,", None),
        (D, "Koen Vermeulen", "We are not against modernisation,", None),
        (D, "Koen Vermeulen", "but modernisation cannot mean abandoning people.", None),
        (I, "ACV-Transcom", "the plan had been drawn up without consulting staff and that some 180 jobs were at risk",
            None),
        (I, "Nathalie Lambert", "fewer than 30 tickets a day were sold at most of the counters concerned, and that no jobs "
            "would be lost because staff would be redeployed to larger stations and on-board service", None),
        (D, "Nathalie Lambert", "More than 90 percent of our tickets are now bought online or at machines. We have to put "
            "our people where the passengers are,", None),
        (S, None, "station of the future", None),
        (P, "office of the federal mobility minister", "understands the concerns", None),
        (I, "TreinTramBus", "the closures would hit rural commuters hardest and that passengers should not have to pay for "
            "the dispute twice, first with a strike and then with fewer services", None),
        (I, "counter clerk at Tienen station", "regular passengers had been asking for weeks whether the counter would stay "
            "open", None),
        (D, "counter clerk at Tienen station", "Some of them come in just to talk. For an elderly lady who lives alone, I "
            "am sometimes the only person she sees all day,", None),
        (I, "unions", "they would strike again in March if the plan was not withdrawn", None),
    ],
    "actors": [
        actor("SNCB", "organisation", title="national railway company", affiliation="Belgium", aliases=["SNCB"],
              stance=1),
        actor("Koen Vermeulen", "person", title="spokesman", affiliation="ACOD Spoor",
              aliases=["Koen Vermeulen", "Vermeulen"], stance=-1),
        actor("ACV-Transcom", "organisation", title="Christian rail union", affiliation="Belgium",
              aliases=["ACV-Transcom"], stance=-1),
        actor("Nathalie Lambert", "person", title="spokesperson", affiliation="SNCB",
              aliases=["Nathalie Lambert", "Lambert"], stance=1),
        actor("office of the federal mobility minister", "government", title="minister's office", affiliation="Belgium",
              aliases=["office of the federal mobility minister"], stance=0),
        actor("TreinTramBus", "organisation", title="passenger association", affiliation="Belgium",
              aliases=["TreinTramBus"], stance=-1),
        actor("counter clerk at Tienen station", "person", title="counter clerk (anonymous)", affiliation="SNCB",
              aliases=["counter clerk at Tienen station", "the clerk"], stance=-1),
        actor("unions", "group", title="rail unions (ACOD Spoor and ACV-Transcom)", affiliation="Belgium",
              aliases=["unions"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Guardian (Nigeria) culture (the censors board refuses to approve a film), headline without quote marks, byline,
#    curly “ ” and ’, film title without marks; board "In a letter ..., seen by The Guardian, the board said the film
#    contained scenes “...” and portrayed security agencies “...”" (two partials); director "described the decision as
#    “...”" (partial), "she told The Guardian on Sunday", then a quote-only paragraph; executive director "defended the
#    ruling ..., saying the board had a duty to “...”" (partial only), quote with "Sule said", "She added that A";
#    anonymous committee member "told The Guardian that A", "the member said"; bar association committee "said A and that
#    B" (one span); actor in an apposition "said A" (one span with two "where" clauses); police spokesperson in an
#    apposition "said the force had not asked A but that it “...”" (indirect plus partial); scare so-called “Detty
#    December” festive season.
ARTICLES[f"{BATCH}/ashes-of-oron-censors-ban.gold.json"] = {
    "article": f"{BATCH}/ashes-of-oron-censors-ban.txt",
    "target": "National Film and Video Censors Board",
    "quotes": [
        (P, "National Film and Video Censors Board", "capable of inciting public disorder", None),
        (P, "National Film and Video Censors Board", "in a manner likely to undermine public confidence", None),
        (P, "Tolu Ademola-Banjo", "censorship, plain and simple", None),
        (D, "Tolu Ademola-Banjo", "We did not invent anything. Every scene in that film is based on testimonies from "
            "people in Oron who lost their homes,", None),
        (D, "Tolu Ademola-Banjo", "If the truth can incite disorder, then the problem is not the film.", None),
        (P, "Halima Sule", "protect national security as well as creative freedom", None),
        (D, "Halima Sule", "This board has approved more than 2,000 films in the last year alone. We are not against any "
            "filmmaker. But some scenes in that film cross a line that the law clearly draws,", None),
        (I, "Halima Sule", "the producers were free to re-edit the film and resubmit it for classification", None),
        (I, "member of the board’s classification committee", "the vote to refuse the film had been split five to four",
            None),
        (D, "member of the board’s classification committee", "There were people in that room who thought it was a brave "
            "film,", None),
        (I, "Nigerian Bar Association’s human rights committee", "the ban was unconstitutional and that it would support "
            "any legal challenge by the producers", None),
        (I, "Emeka Obiakor", "the decision would only push filmmakers towards YouTube, where the board has no power and "
            "where the film would reach far more people than it would in cinemas", None),
        (I, "Adaeze Nwosu", "the force had not asked for the film to be banned", None),
        (P, "Adaeze Nwosu", "respects the board’s independence", None),
        (S, None, "Detty December", None),
    ],
    "actors": [
        actor("National Film and Video Censors Board", "government", title="film classification regulator",
              affiliation="Nigeria", aliases=["National Film and Video Censors Board", "NFVCB", "the board"], stance=1),
        actor("Tolu Ademola-Banjo", "person", title="film director", affiliation="Ashes of Oron",
              aliases=["Tolu Ademola-Banjo", "Ademola-Banjo"], stance=-1),
        actor("Halima Sule", "person", title="Executive Director",
              affiliation="National Film and Video Censors Board (NFVCB)",
              aliases=["Halima Sule", "Sule", "Dr. Halima Sule"], stance=1),
        actor("member of the board’s classification committee", "person", title="committee member (anonymous)",
              affiliation="NFVCB", aliases=["member of the board’s classification committee", "the member"], stance=0),
        actor("Nigerian Bar Association’s human rights committee", "organisation", title="bar association committee",
              affiliation="Nigerian Bar Association", aliases=["Nigerian Bar Association’s human rights committee"],
              stance=-1),
        actor("Emeka Obiakor", "person", title="veteran actor, Lagos chapter chair",
              affiliation="Actors Guild of Nigeria", aliases=["Emeka Obiakor", "Obiakor"], stance=-1),
        actor("Adaeze Nwosu", "person", title="police spokesperson (CSP)", affiliation="Nigeria Police Force",
              aliases=["Adaeze Nwosu", "Nwosu", "CSP Adaeze Nwosu"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
