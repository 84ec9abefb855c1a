"""Build the dev161 gold files (data/eval/dev161/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev161/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev161.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev161"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Sudans Post (South Sudan signs a refinery deal with a Russian firm), headline without speech ("critics
#    question ...": no marks), "JUBA – " dateline, straight " and apostrophes, "Hon." title. "Officials say
#    A" (group, present tense); minister "Hon. Gabriel Malek Akol said A" (one span), quote split by "Malek
#    said" (South Sudanese naming: the middle name is the short name); "Under the agreement, a copy of which
#    was seen by ..." (not a speech cue); ambassador "described the deal as "..."" (partial), quote with
#    "Ostrov told journalists"; company "said it had "..." in ... and that B" (partial plus indirect); "have
#    raised concerns" (act); activist "said A", quote with "Lodu said", "He called on ..." (directive);
#    economist "said A, but warned that B" (two indirects), quote split by "he said"; anonymous official "told
#    Sudans Post that A but that Volgaport's offered "..."" (indirect plus partial); residents "welcomed the
#    news" (act); tea seller named after her quote; "According to the World Bank, A".
ARTICLES[f"{BATCH}/volgaport-bentiu-refinery-russia.gold.json"] = {
    "article": f"{BATCH}/volgaport-bentiu-refinery-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Officials", "the refinery will end the country's dependence on imported fuel", None),
        (I, "Gabriel Malek Akol", "the refinery would be completed within 30 months and would supply diesel and petrol "
            "to all ten states", None),
        (D, "Gabriel Malek Akol", "For too long, we have exported crude and imported fuel at high prices. Today we are "
            "changing that,", None),
        (D, "Gabriel Malek Akol", "This is a partnership between two friendly nations who respect each other.", None),
        (P, "Vladislav Ostrov", "a new chapter", None),
        (D, "Vladislav Ostrov", "Russia has never come to Africa with conditions about how you should run your country. "
            "We come to build,", None),
        (P, "Volgaport Energy", "extensive experience", None),
        (I, "Volgaport Energy", "construction equipment would begin arriving through Port Sudan and Djibouti in the "
            "second quarter of 2027", None),
        (I, "Jacob Lodu Wani", "the oil-for-infrastructure model had already left the country heavily indebted", None),
        (D, "Jacob Lodu Wani", "We are mortgaging oil that has not even come out of the ground yet. Who negotiated these "
            "volumes? At what price? Parliament has not seen this contract,", None),
        (I, "Abraham Ajak", "a local refinery made sense in principle", None),
        (I, "Abraham Ajak", "Russian firms faced difficulty obtaining Western-made parts because of sanctions", None),
        (D, "Abraham Ajak", "The idea is good. The question is whether this particular partner can deliver, given the "
            "sanctions,", None),
        (D, "Abraham Ajak", "Bentiu already has a small refinery that has been idle for most of the last three years "
            "because of spare parts.", None),
        (I, "senior official in the ministry", "two other companies, one Chinese and one Emirati, had submitted "
            "proposals", None),
        (P, "senior official in the ministry", "the fastest timeline.", None),
        (D, "Nyabol Gatkuoth", "If the refinery comes, we will not queue for two days for fuel,", None),
        (I, "World Bank", "oil accounts for more than 90 percent of South Sudan's export earnings", None),
    ],
    "actors": [
        actor("Officials", "group", title="South Sudanese officials", affiliation="South Sudan",
              aliases=["Officials"], stance=1),
        actor("Gabriel Malek Akol", "person", title="Petroleum Minister", affiliation="South Sudan",
              aliases=["Gabriel Malek Akol", "Malek", "Hon. Gabriel Malek Akol"], stance=1),
        actor("Vladislav Ostrov", "person", title="Russian Ambassador to South Sudan", affiliation="Russia",
              aliases=["Vladislav Ostrov", "Ostrov"], stance=1),
        actor("Volgaport Energy", "organisation", title="Russian energy company", affiliation="Russia",
              aliases=["Volgaport Energy", "Volgaport"], stance=1),
        actor("Jacob Lodu Wani", "person", title="executive director", affiliation="Transparency and Accountability Forum",
              aliases=["Jacob Lodu Wani", "Lodu"], stance=-1),
        actor("Abraham Ajak", "person", title="economist", affiliation="University of Juba",
              aliases=["Abraham Ajak", "Ajak", "Dr. Abraham Ajak"], stance=0),
        actor("senior official in the ministry", "person", title="anonymous Ministry of Petroleum official",
              affiliation="South Sudan", aliases=["senior official in the ministry"], stance=1),
        actor("Nyabol Gatkuoth", "person", title="tea seller, Bentiu", aliases=["Nyabol Gatkuoth", "Gatkuoth"],
              stance=1),
        actor("World Bank", "organisation", title="international lender", aliases=["World Bank"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Charlotte Observer college football (a coach is fired), headline without speech, byline and "Updated
#    December 1, 2026 4:27 PM" lines, curly quotes and apostrophes, "RELATED:" line. Content before ",
#    according to a copy of the agreement obtained by ..."; AD "said A", quote split by "Brooks said at a
#    news conference ...", "Brooks said A and that B" (one span), Q&A "Asked what ..., Brooks replied:
#    "...""; coach "thanked players and staff in a statement" (act), quote split by "Tillery said in the
#    statement"; "Several players posted messages of support" (act); captain "wrote on X that Tillery had
#    "...," and that the losses were "..."" (two partials, comma inside the first); anonymous donor "said
#    Tillery's teams had looked "..."" (partial only), "the donor said"; ex-quarterback Devonte Sparrow (a
#    surname that is a word) "said A but B" (one span), quote split by "Sparrow said".
ARTICLES[f"{BATCH}/charlotte-49ers-tillery-fired.gold.json"] = {
    "article": f"{BATCH}/charlotte-49ers-tillery-fired.txt",
    "target": "Marcus Tillery",
    "quotes": [
        (I, "agreement", "He is owed about $2.4 million under the remaining two years of his contract", None),
        (I, "Kendall Brooks", "she made the decision after meeting with Tillery on Sunday night", None),
        (D, "Kendall Brooks", "Marcus is a good man and he cares deeply about these players. I want to be very clear "
            "about that,", None),
        (D, "Kendall Brooks", "But we made a significant investment in this program, and the results on the field have "
            "not matched it.", None),
        (I, "Kendall Brooks", "the search for a replacement would begin immediately and that she hoped to have a new "
            "coach in place before the early signing period", None),
        (D, "Kendall Brooks", "Somebody who can recruit Charlotte. This city is full of players. Too many of them are "
            "leaving.", None),
        (D, "Marcus Tillery", "I’m proud of the young men in that locker room and of the way they competed, even when "
            "the scoreboard didn’t reward them,", None),
        (D, "Marcus Tillery", "I will always be grateful to Charlotte for the opportunity.", None),
        (P, "DeShawn Mack", "changed my life off the field,", None),
        (P, "DeShawn Mack", "on all of us, not just him.", None),
        (P, "longtime donor to the athletic department", "unprepared", None),
        (D, "longtime donor to the athletic department", "You can’t lose to Tulane by 38 and Rice by 24 and tell people "
            "you’re building something,", None),
        (I, "Devonte Sparrow", "Tillery inherited a thin roster but struggled to adapt once the transfer portal "
            "reshaped the sport", None),
        (D, "Devonte Sparrow", "Coach Tillery was built for the old way, where you develop guys for four years,", None),
        (D, "Devonte Sparrow", "The old way is gone.", None),
    ],
    "actors": [
        actor("agreement", "organisation", title="Tillery's contract (document)", aliases=["agreement"], stance=None),
        actor("Kendall Brooks", "person", title="athletic director", affiliation="Charlotte 49ers",
              aliases=["Kendall Brooks", "Brooks"], stance=0),
        actor("Marcus Tillery", "person", title="former head football coach", affiliation="Charlotte 49ers",
              aliases=["Marcus Tillery", "Tillery", "Marcus", "Coach Tillery"], stance=1),
        actor("DeShawn Mack", "person", title="senior linebacker, team captain", affiliation="Charlotte 49ers",
              aliases=["DeShawn Mack", "Mack"], stance=1),
        actor("longtime donor to the athletic department", "person", title="anonymous donor",
              aliases=["longtime donor to the athletic department", "the donor"], stance=-1),
        actor("Devonte Sparrow", "person", title="former 49ers quarterback, radio analyst",
              aliases=["Devonte Sparrow", "Sparrow"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Narwhal environment (satellite data shows methane plumes at an LNG terminal), headline and dek without
#    speech, byline and "Dec. 2, 2026" lines, curly quotes and apostrophes, em dashes, "B.C.". Lede content
#    before ", according to an analysis shared with The Narwhal by researchers at ..."; scientist "said A, but
#    that their frequency was "..." for ..." (indirect plus partial), quote split by "Sandhu said in an
#    interview"; spokesperson "said all releases ... were "..." to ... and fell within ..." (partial only: no
#    second subject), quote with "Ashworth wrote"; "The company says A" (present tense, apposition inside the
#    span); regulator "confirmed it had received A and said B" (two indirects), "It did not say whether"
#    (negated); "Experts say A" (group); analyst "said A", "she said", "Nakamura said the province should
#    require ..." (a reported statement, indirect); ministry "said in a statement that B.C. had "..." and that
#    B" (partial plus indirect); fisherman's quote split by "he said" after a sentence without a cue.
ARTICLES[f"{BATCH}/northcoast-lng-methane-satellite.gold.json"] = {
    "article": f"{BATCH}/northcoast-lng-methane-satellite.txt",
    "target": "Northcoast LNG",
    "quotes": [
        (I, "researchers at the University of Northern British Columbia", "Satellites have detected at least six large "
            "methane plumes over the Northcoast LNG export terminal near Prince Rupert, B.C., since the plant began "
            "commissioning in March", None),
        (I, "Mira Sandhu", "the plumes were consistent with venting or incomplete flaring during start-up", None),
        (P, "Mira Sandhu", "well above what you would expect", None),
        (D, "Mira Sandhu", "Commissioning is messy. Everybody in the industry knows that,", None),
        (D, "Mira Sandhu", "But this is a plant that was sold to the public as the cleanest LNG facility in the world. "
            "Six events of this size in nine months is not what clean looks like.", None),
        (P, "Graham Ashworth", "planned, monitored and reported", None),
        (D, "Graham Ashworth", "Safety is our first priority. Controlled releases are a normal part of bringing a "
            "facility of this scale online safely,", None),
        (I, "Northcoast LNG", "the terminal, which will run on hydroelectric power once fully operational, will have "
            "among the lowest emissions per tonne of any LNG plant in the world", None),
        (I, "BC Energy Regulator", "it had received reports of 11 venting and flaring events at the plant this year",
            None),
        (I, "BC Energy Regulator", "it was reviewing them", None),
        (I, "Experts", "the regulator’s silence is part of the problem", None),
        (I, "Jessica Nakamura", "B.C.’s reporting rules relied almost entirely on operators’ own estimates", None),
        (D, "Jessica Nakamura", "We are taking the company’s word for it, and the satellites are telling us a different "
            "story,", None),
        (I, "Jessica Nakamura", "the province should require continuous monitoring at all large LNG facilities", None),
        (P, "Ministry of Energy and Climate Solutions", "the strongest methane regulations in North America", None),
        (I, "Ministry of Energy and Climate Solutions", "new rules on monitoring would be introduced in 2027", None),
        (D, "Gary Lund", "They told us it would be the cleanest plant on the planet,", None),
        (D, "Gary Lund", "I’d like them to explain what I’m looking at.", None),
    ],
    "actors": [
        actor("researchers at the University of Northern British Columbia", "group", title="researchers",
              affiliation="University of Northern British Columbia",
              aliases=["researchers at the University of Northern British Columbia"], stance=0),
        actor("Mira Sandhu", "person", title="atmospheric chemist who led the analysis",
              affiliation="University of Northern British Columbia",
              aliases=["Mira Sandhu", "Sandhu", "Dr. Mira Sandhu"], stance=-1),
        actor("Graham Ashworth", "person", title="spokesperson", affiliation="Northcoast LNG",
              aliases=["Graham Ashworth", "Ashworth"], stance=1),
        actor("Northcoast LNG", "organisation", title="LNG export terminal operator",
              aliases=["Northcoast LNG", "The company"], stance=1),
        actor("BC Energy Regulator", "government", title="provincial energy regulator", affiliation="British Columbia",
              aliases=["BC Energy Regulator"], stance=0),
        actor("Experts", "group", title="experts", aliases=["Experts"], stance=None),
        actor("Jessica Nakamura", "person", title="senior analyst", affiliation="Pembina Institute",
              aliases=["Jessica Nakamura", "Nakamura"], stance=-1),
        actor("Ministry of Energy and Climate Solutions", "government", title="provincial ministry",
              affiliation="British Columbia", aliases=["Ministry of Energy and Climate Solutions"], stance=None),
        actor("Gary Lund", "person", title="fisherman, Prince Rupert", aliases=["Gary Lund", "Lund"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Leicester Mercury local/culture (the council plans to close a museum), headline "Campaigners say plan ...
#    is 'heartbreaking'" (straight single marks: partial for the campaigners), standfirst "Leicester City
#    Council says the Tudor building will be 'mothballed' rather than sold" (partial for the council), byline,
#    "Local Democracy Reporter" and "14:32, 3 DEC 2026" lines, straight " in the body, British punctuation
#    outside closing marks for fragments, "Cllr", "Mrs". "Campaigners have vowed to fight" (act); council
#    "said A and that the building would be "..." and maintained ..." (indirect plus partial); deputy mayor
#    "said the authority had been left with "..."" (partial only), then "He said: "...", open at the end of its
#    paragraph, and a quote-only paragraph; "Campaigners from the Friends of Newarke Houses said A"; chair
#    "said A", "Mrs Oakley said", "She added that the group would ask for the decision to be "..."" (partial
#    only); opposition leader "said the council had "..." on ... and was now asking ..." (partial only: no
#    second subject), "he said"; spokesperson "said A, which runs until ..., and that B" (one span); historian
#    "said A. He said: "...""; union branch "said A"; visitor Susan Bright (a surname that is a word), "She
#    said: "..."".
ARTICLES[f"{BATCH}/newarke-houses-museum-closure-council.gold.json"] = {
    "article": f"{BATCH}/newarke-houses-museum-closure-council.txt",
    "target": "Leicester City Council",
    "quotes": [
        (P, "Friends of Newarke Houses", "heartbreaking", None),
        (P, "Leicester City Council", "mothballed", "'mothballed'"),
        (I, "Leicester City Council", "closing the museum would save around £410,000 a year", None),
        (P, "Leicester City Council", "mothballed", "\"mothballed\""),
        (P, "Vijay Mistry", "no good options", None),
        (D, "Vijay Mistry", "Nobody came into local politics to close museums. But we have a legal duty to balance the "
            "budget, and every pound we don't save here has to come from adult social care or children's services.",
            None),
        (D, "Vijay Mistry", "We will work with the regiment's association and the Friends group to find a long-term "
            "future for the collection.", None),
        (I, "Friends of Newarke Houses", "they had collected more than 4,000 signatures in 48 hours", None),
        (I, "Margaret Oakley", "generations of Leicester schoolchildren had learned the city's history in the building",
            None),
        (D, "Margaret Oakley", "My grandchildren went on school trips here, just like I did. You can't put that in a "
            "spreadsheet,", None),
        (P, "Margaret Oakley", "called in", None),
        (P, "Nigel Porter", "wasted millions", None),
        (D, "Nigel Porter", "The Labour administration should look at its own spending before it shuts the doors on "
            "Leicester's history,", None),
        (I, "council spokesperson", "the proposals were subject to public consultation, which runs until January 21, "
            "and that no final decision would be made until the full council budget meeting in February", None),
        (I, "Rajesh Parmar", "the collection was of national importance", None),
        (D, "Rajesh Parmar", "These are not just old objects. The regimental collection includes letters from soldiers "
            "at the Somme that have never been displayed anywhere else.", None),
        (I, "Unison's Leicester City branch", "eight jobs were at risk", None),
        (D, "Susan Bright", "We come every half-term. It's the only museum she asks to go back to.", None),
    ],
    "actors": [
        actor("Friends of Newarke Houses", "group", title="campaign group",
              aliases=["Friends of Newarke Houses", "Campaigners"], stance=-1),
        actor("Leicester City Council", "government", title="city council",
              aliases=["Leicester City Council", "The council"], stance=1),
        actor("Vijay Mistry", "person", title="Deputy City Mayor (culture)", affiliation="Leicester City Council",
              aliases=["Vijay Mistry", "Mistry"], stance=1),
        actor("Margaret Oakley", "person", title="chair, Friends of Newarke Houses", affiliation="Friends of Newarke Houses",
              aliases=["Margaret Oakley", "Oakley", "Mrs Oakley"], stance=-1),
        actor("Nigel Porter", "person", title="Conservative group leader", affiliation="Conservatives",
              aliases=["Nigel Porter", "Porter", "Cllr Nigel Porter"], stance=-1),
        actor("council spokesperson", "government", title="spokesperson", affiliation="Leicester City Council",
              aliases=["council spokesperson"], stance=0),
        actor("Rajesh Parmar", "person", title="museum historian", aliases=["Rajesh Parmar", "Parmar", "Dr Rajesh Parmar"],
              stance=None),
        actor("Unison's Leicester City branch", "organisation", title="trade union branch", affiliation="Unison",
              aliases=["Unison's Leicester City branch"], stance=0),
        actor("Susan Bright", "person", title="visitor from Oadby", aliases=["Susan Bright", "Bright"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
