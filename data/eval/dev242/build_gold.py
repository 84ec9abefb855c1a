"""Build the dev242 gold files (data/eval/dev242/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev242/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev242.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev242"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Deadline (US entertainment trade press) labour/culture (a voice cast walks out over an AI replica clause),
#    headline "... Over ‘Digital Replica’ Clause, Union Says" (partial for SAG-AFTRA), byline and date lines, curly
#    “ ” in the body and ‘ ’ in the headline, ’ apostrophes; "EXCLUSIVE:" lede with content before ", SAG-AFTRA said";
#    "The union said in a statement that A “...” ..., and that B" (partial plus indirect for B); negotiator named
#    after the first stretch ("said Teresa Gallo, SAG-AFTRA’s chief negotiator ..."), then a quote-only paragraph;
#    studio "said it was “...”" (partial); spokesperson "said the clause applied only to “...” and that B" (partial
#    plus indirect); president in an apposition "struck a firmer tone in a memo ...: “...”" (direct); "Hale added
#    that A"; voice actor "told Deadline she learned A" (no "that"), split quote "“...,” Ruiz said. “...”"; lawyer
#    "said ... went “...” what ..." (partial only), "she said"; anonymous producer with singular "they" "was blunter:
#    “...”" (direct); guild "said its members would keep working, but that they were “...”" (indirect plus partial);
#    scare so-called “perpetual use”.
ARTICLES[f"{BATCH}/brightwater-voice-cast-ai-walkout.gold.json"] = {
    "article": f"{BATCH}/brightwater-voice-cast-ai-walkout.txt",
    "target": "Brightwater Animation",
    "quotes": [
        (P, "SAG-AFTRA", "Digital Replica", None),
        (I, "SAG-AFTRA", "Voice actors on Brightwater Animation’s three series in production walked off the job Thursday "
            "after talks over the use of artificial intelligence to replicate performers’ voices broke down", None),
        (P, "SAG-AFTRA", "digital replica", None),
        (I, "SAG-AFTRA", "members would not return until the clause was removed", None),
        (D, "Teresa Gallo", "We are not against technology. We are against a company taking a performer’s voice and "
            "keeping it forever for the price of one session,", None),
        (D, "Teresa Gallo", "Every actor in that building knows someone who has already lost work to a synthetic voice. "
            "They are not going to sign that away.", None),
        (P, "Brightwater Animation", "disappointed", None),
        (P, "Brightwater spokesperson", "limited pickups and corrections", None),
        (I, "Brightwater spokesperson", "no replica would be used without paying the actor", None),
        (D, "Marcus Hale", "We will not let one clause shut down three shows. We have offered more protections than any "
            "studio our size, and we have put them in writing.", None),
        (I, "Marcus Hale", "animation work on the third season of Puddle Patrol would continue while voice sessions were "
            "paused", None),
        (I, "Jenna Ruiz", "she learned of the clause when her agent flagged it in a renewal offer in October", None),
        (D, "Jenna Ruiz", "I read it three times. It basically said they could make me say anything, in any show, after "
            "I’m gone,", None),
        (D, "Jenna Ruiz", "That’s not a pickup. That’s a replacement.", None),
        (P, "Lena Park", "well beyond", None),
        (D, "Lena Park", "The big studios agreed to consent and payment for every use. This clause asks for consent once,",
            None),
        (D, "Brightwater producer", "Management thought this was a paperwork issue. It’s not, and anyone in the recording "
            "booths could have told them that.", None),
        (I, "Animation Guild", "its members would keep working", None),
        (P, "Animation Guild", "standing in solidarity", None),
        (S, None, "perpetual use", None),
    ],
    "actors": [
        actor("SAG-AFTRA", "organisation", title="performers' union", affiliation="US",
              aliases=["SAG-AFTRA", "Union"], stance=-1),
        actor("Teresa Gallo", "person", title="chief negotiator for animation", affiliation="SAG-AFTRA",
              aliases=["Teresa Gallo", "Gallo"], stance=-1),
        actor("Brightwater Animation", "organisation", title="animation studio", affiliation="Burbank",
              aliases=["Brightwater Animation", "Brightwater"], stance=1),
        actor("Brightwater spokesperson", "person", title="spokesperson", affiliation="Brightwater Animation",
              aliases=["Brightwater spokesperson"], stance=1),
        actor("Marcus Hale", "person", title="president", affiliation="Brightwater Animation",
              aliases=["Marcus Hale", "Hale"], stance=1),
        actor("Jenna Ruiz", "person", title="voice actor (lead, Puddle Patrol)", affiliation=None,
              aliases=["Jenna Ruiz", "Ruiz"], stance=-1),
        actor("Lena Park", "person", title="entertainment lawyer", affiliation="Ashby Cole LLP",
              aliases=["Lena Park", "Park"], stance=-1),
        actor("Brightwater producer", "person", title="producer (anonymous)", affiliation="Brightwater Animation",
              aliases=["Brightwater producer"], stance=-1),
        actor("Animation Guild", "organisation", title="union of artists and writers", affiliation="US",
              aliases=["Animation Guild"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Anguillian (Anguilla, Caribbean weekly) local government/infrastructure (storm-damaged ferry terminal repairs
#    delayed), headline `... repairs "months away", Ministry admits` (partial for the ministry), byline and dateline
#    lines, straight " and apostrophes, "per cent"; lede content before "the Ministry of Infrastructure has
#    confirmed"; "The ministry said in a statement ... that A, and that the work would now take "..." longer"
#    (indirect plus partial); minister "told The Anguillian that the Government had "..." on ..." (partial only),
#    split quote with "Mr Carty said", "He said A"; "Tourism operators were less patient." (no speech); association
#    "said A and called on ..." (indirect; directive not annotated); president named after her quote ("said the
#    association's president, Marcia Lake"), "She added that A"; ferry captain "said ... was "..."" (British
#    punctuation outside), "he said"; opposition leader "said the ministry had "..." that ..." (partial only), "she
#    said"; "According to the Anguilla Air and Sea Ports Authority, A"; group "Residents of Blowing Point said A";
#    vendor named after her quote; scare so-called "ferry road" upgrade.
ARTICLES[f"{BATCH}/blowing-point-ferry-terminal-repairs.gold.json"] = {
    "article": f"{BATCH}/blowing-point-ferry-terminal-repairs.txt",
    "target": "Ministry of Infrastructure",
    "quotes": [
        (P, "Ministry of Infrastructure", "months away", None),
        (I, "Ministry of Infrastructure", "Repairs to the storm-damaged Blowing Point ferry terminal will not be completed "
            "before the end of the tourist season", None),
        (I, "Ministry of Infrastructure", "structural engineers had found cracks in two of the three concrete piles "
            "supporting the passenger jetty", None),
        (P, "Ministry of Infrastructure", "several months", None),
        (P, "Delroy Carty", "no intention of cutting corners", None),
        (D, "Delroy Carty", "I would rather take the criticism now than explain to a family later why we rushed it,", None),
        (D, "Delroy Carty", "The engineers have told us what needs to be done, and we are going to do it properly.", None),
        (I, "Delroy Carty", "the contractor, a Barbados-based firm, would begin driving new piles in January", None),
        (I, "Anguilla Hotel and Tourism Association", "the delay would cost the island visitors at the busiest time of "
            "the year", None),
        (D, "Marcia Lake", "Our guests land in St Martin and then have to be driven around to the other side of the island "
            "to catch a boat. Some of them simply don't come back,", None),
        (I, "Marcia Lake", "several villas in the West End had already lost bookings for the Christmas period", None),
        (P, "Alwyn Hodge", "not built for this kind of traffic", None),
        (D, "Alwyn Hodge", "When the swell comes in from the north, you can't tie up safely. We have had to turn back "
            "twice this month,", None),
        (P, "Sharon Fleming", "known since September", None),
        (D, "Sharon Fleming", "This is a Government that announces first and checks later. People in Blowing Point "
            "deserved to hear the truth three months ago,", None),
        (I, "Anguilla Air and Sea Ports Authority", "passenger arrivals by sea fell by 18 per cent in October compared with "
            "the same month last year", None),
        (I, "Residents of Blowing Point", "nobody from the ministry had told them how long the terminal would stay "
            "closed", None),
        (D, "Beverly Connor", "It's dead here now. I used to sell 200 johnny cakes a morning, and nobody from the ministry "
            "has come to tell us anything,", None),
        (S, None, "ferry road", None),
    ],
    "actors": [
        actor("Ministry of Infrastructure", "government", title="government ministry", affiliation="Government of Anguilla",
              aliases=["Ministry of Infrastructure", "Ministry", "ministry"], stance=0),
        actor("Delroy Carty", "person", title="Minister of Infrastructure", affiliation="Government of Anguilla",
              aliases=["Delroy Carty", "Carty", "Mr Carty"], stance=1),
        actor("Anguilla Hotel and Tourism Association", "organisation", title="tourism industry body",
              affiliation="Anguilla", aliases=["Anguilla Hotel and Tourism Association"], stance=-1),
        actor("Marcia Lake", "person", title="president", affiliation="Anguilla Hotel and Tourism Association",
              aliases=["Marcia Lake", "Lake"], stance=-1),
        actor("Alwyn Hodge", "person", title="ferry captain", affiliation="Anguilla-Marigot ferry",
              aliases=["Alwyn Hodge", "Hodge", "Captain Alwyn Hodge"], stance=-1),
        actor("Sharon Fleming", "person", title="Leader of the Opposition", affiliation="Anguilla House of Assembly",
              aliases=["Sharon Fleming", "Fleming"], stance=-1),
        actor("Anguilla Air and Sea Ports Authority", "government", title="ports authority", affiliation="Anguilla",
              aliases=["Anguilla Air and Sea Ports Authority"], stance=None),
        actor("Residents of Blowing Point", "group", title="residents", affiliation="Blowing Point",
              aliases=["Residents of Blowing Point"], stance=-1),
        actor("Beverly Connor", "person", title="food stall owner", affiliation="Blowing Point",
              aliases=["Beverly Connor", "Connor"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Supply Chain Dive (US logistics trade press) business/labour (a 3PL closes five warehouses), headline and
#    standfirst without speech, "Published" and byline lines, straight " and apostrophes; lede content before
#    ", according to WARN notices the company filed ..." (Corrant's); client "which said in October it would A";
#    "Corrant said the decision was "..." to "..." after ..., and that B" (two partials plus indirect); CEO "told
#    analysts ... that Corrant had been "..." in apparel" (partial only), quote with "Ostrander said on the call",
#    then a quote-only paragraph; analyst named after her quote, "She said A"; union "said A, and called the timing
#    "..."" (indirect plus partial); "Corrant denied that A"; anonymous picker "said A", "she said"; "declined to
#    comment" (not annotated); scare so-called "multi-client" warehouses.
ARTICLES[f"{BATCH}/corrant-logistics-warehouse-closures.gold.json"] = {
    "article": f"{BATCH}/corrant-logistics-warehouse-closures.txt",
    "target": "Corrant Logistics",
    "quotes": [
        (I, "Corrant Logistics", "Corrant Logistics will close five fulfillment centers in Ohio, Kentucky and Tennessee "
            "by March, cutting about 1,100 jobs", None),
        (I, "Northway Outfitters", "it would move its e-commerce fulfillment in-house", None),
        (P, "Corrant Logistics", "difficult but necessary", None),
        (P, "Corrant Logistics", "right-size our network", None),
        (I, "Corrant Logistics", "affected employees would receive severance and help finding new jobs", None),
        (P, "Rachel Ostrander", "too concentrated", None),
        (D, "Rachel Ostrander", "We let one customer become a quarter of our revenue. That was a mistake, and it's one we "
            "are fixing,", None),
        (D, "Rachel Ostrander", "We are signing new clients in health care and auto parts, and we expect them to fill a "
            "good part of the gap by the second half of next year. But it won't happen overnight, and we are not going to "
            "keep buildings open and hope.", None),
        (D, "Priya Venkataraman", "Third-party logistics providers live on thin margins, and losing a client that size on "
            "90 days' notice is brutal,", None),
        (I, "Priya Venkataraman", "Corrant's buildings in the Columbus area would likely find new tenants quickly because "
            "of strong demand for modern space near Interstate 71", None),
        (I, "Teamsters", "the closures came weeks after workers at the Shepherdsville site filed for a union election",
            None),
        (P, "Teamsters", "no coincidence.", None),
        (I, "Corrant Logistics", "the closures were linked to the organizing effort", None),
        (I, "picker at the Shepherdsville facility", "managers told staff about the closure in a 10-minute meeting at the "
            "end of a shift", None),
        (D, "picker at the Shepherdsville facility", "Nobody asked a single question, because nobody could believe it. "
            "Some of us have been there since the building opened,", None),
        (S, None, "multi-client", None),
    ],
    "actors": [
        actor("Corrant Logistics", "organisation", title="third-party logistics provider", affiliation="US",
              aliases=["Corrant Logistics", "Corrant"], stance=1),
        actor("Northway Outfitters", "organisation", title="apparel retailer", affiliation="US",
              aliases=["Northway Outfitters", "Northway"], stance=None),
        actor("Rachel Ostrander", "person", title="CEO", affiliation="Corrant Logistics",
              aliases=["Rachel Ostrander", "Ostrander"], stance=1),
        actor("Priya Venkataraman", "person", title="senior analyst", affiliation="Armstrong & Associates",
              aliases=["Priya Venkataraman", "Venkataraman"], stance=0),
        actor("Teamsters", "organisation", title="union", affiliation="US", aliases=["Teamsters"], stance=-1),
        actor("picker at the Shepherdsville facility", "person", title="warehouse picker (anonymous)",
              affiliation="Corrant Logistics, Shepherdsville", aliases=["picker at the Shepherdsville facility"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Solomon Times (Solomon Islands) environment/land (landowners block a logging road), headline without speech,
#    byline and dateline lines, straight " and apostrophes, "SBD$"; lede group "Landowners in the Marovo Lagoon area
#    ... have blocked ..., saying A" (participial indirect); chief "said A", quote with "Chief Pitakaka told Solomon
#    Times by phone", then a quote-only paragraph; general manager "denied that A", split quote with "Mr Lim said",
#    "He said A and that B" (one span); ministry "said in a statement that it had sent ... to "..."" (partial only);
#    premier "said the provincial government had "..." Honiara about ..." (partial only), "he said"; "According to the
#    Seventh-day Adventist Church's Marovo mission, A"; group "Women in Chea village said A"; minister "told
#    Parliament in November that A"; "Police said A and that B" (one span); "environmental groups have long
#    criticised" (act); scare so-called "round log" trade (glossed).
ARTICLES[f"{BATCH}/vangunu-logging-roadblock.gold.json"] = {
    "article": f"{BATCH}/vangunu-logging-roadblock.txt",
    "target": "Marovo Forest Products",
    "quotes": [
        (I, "Landowners in the Marovo Lagoon area", "Marovo Forest Products Ltd had felled trees outside its licensed area",
            None),
        (I, "Jonah Pitakaka", "about 40 men had set up the roadblock on Monday near the Cheke River bridge", None),
        (D, "Jonah Pitakaka", "We gave them permission to log one block. They have gone into three. They have gone into our "
            "tabu sites,", None),
        (D, "Jonah Pitakaka", "We are not moving until the Ministry comes here and sees it for themselves.", None),
        (I, "Lim Kok Seng", "the company had logged outside its boundaries", None),
        (D, "Lim Kok Seng", "All our operations are inside the area in our licence. We have the maps and we have the GPS "
            "records,", None),
        (D, "Lim Kok Seng", "If there is a dispute between tribes about where the boundary is, that is not something the "
            "company created.", None),
        (I, "Lim Kok Seng", "the roadblock had stopped 120 workers from reaching the camp and that the company was losing "
            "about SBD$300,000 a week", None),
        (P, "Ministry of Forestry and Research", "verify the claims on the ground", None),
        (P, "Dickson Zoleveke", "repeatedly warned", None),
        (D, "Dickson Zoleveke", "Every year it is the same story. Honiara signs the licence and the people of Marovo live "
            "with the damage,", None),
        (I, "Seventh-day Adventist Church's Marovo mission", "at least two villages have reported muddy drinking water "
            "since logging began in August", None),
        (I, "Women in Chea village", "they could no longer collect shellfish near the log pond because of silt washing "
            "down from the hills", None),
        (I, "Ezekiel Talasasa", "the Government would review every logging licence in Western Province before the end of "
            "next year", None),
        (I, "Police", "officers had visited the roadblock on Tuesday and that the situation was calm", None),
        (S, None, "round log", None),
    ],
    "actors": [
        actor("Landowners in the Marovo Lagoon area", "group", title="landowners",
              affiliation="Marovo Lagoon, Western Province", aliases=["Landowners in the Marovo Lagoon area"], stance=-1),
        actor("Jonah Pitakaka", "person", title="chief, spokesman for the Kalikoqu tribe", affiliation="Kalikoqu tribe",
              aliases=["Jonah Pitakaka", "Pitakaka", "Chief Pitakaka"], stance=-1),
        actor("Lim Kok Seng", "person", title="general manager", affiliation="Marovo Forest Products Ltd",
              aliases=["Lim Kok Seng", "Lim", "Mr Lim"], stance=1),
        actor("Ministry of Forestry and Research", "government", title="government ministry",
              affiliation="Solomon Islands Government", aliases=["Ministry of Forestry and Research"], stance=0),
        actor("Dickson Zoleveke", "person", title="Premier of Western Province", affiliation="Western Province",
              aliases=["Dickson Zoleveke", "Zoleveke"], stance=-1),
        actor("Seventh-day Adventist Church's Marovo mission", "organisation", title="church mission",
              affiliation="Seventh-day Adventist Church", aliases=["Seventh-day Adventist Church's Marovo mission"],
              stance=-1),
        actor("Women in Chea village", "group", title="villagers", affiliation="Chea village",
              aliases=["Women in Chea village"], stance=-1),
        actor("Ezekiel Talasasa", "person", title="Forestry Minister", affiliation="Solomon Islands Government",
              aliases=["Ezekiel Talasasa", "Talasasa"], stance=None),
        actor("Police", "government", title="police", affiliation="Solomon Islands", aliases=["Police"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
