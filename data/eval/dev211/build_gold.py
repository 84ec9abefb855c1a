"""Build the dev211 gold files (data/eval/dev211/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev211/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev211.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev211"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. SAnews.gov.za (South African government news agency) science (a locally built satellite is handed over),
#    headline "SA-built satellite ready for launch, says Minister" (speech without quote marks: not annotated),
#    section, place and date lines, straight " and apostrophes, "R320 million", "150kg", sign-off
#    "– SAnews.gov.za"; lede content before "Minister of ... Dr Nomvula Mathebula has confirmed"; "Speaking at ...,
#    the Minister said A"; three-paragraph quote ("she said", then a paragraph open at the end of its line, then a
#    closed quote-only paragraph); CEO "said A", "According to Molefe, A", "he said"; engineer in an apposition
#    ("The satellite's lead systems engineer, Lindiwe Khoza, who ..., said A"), quote with "Khoza said"; scare
#    so-called "NewSpace" economy (glossed); committee chair "welcomed the milestone but said A" (the act not
#    annotated), "he said"; "Molefe said the delay had been caused by "..." and by ..." (partial only); Agri SA
#    "said in a statement that A and that it looked forward to working with SANSA on "..." for producers" (indirect
#    plus partial); content before "the Department of Science, Technology and Innovation said".
ARTICLES[f"{BATCH}/sansa-phakisa-satellite-handover.gold.json"] = {
    "article": f"{BATCH}/sansa-phakisa-satellite-handover.txt",
    "target": "South African National Space Agency",
    "quotes": [
        (I, "Nomvula Mathebula", "South Africa's first Earth-observation satellite designed and built entirely in the "
            "country has passed its final tests and will be shipped to the United States for launch in February", None),
        (I, "Nomvula Mathebula", "the project showed that the country could compete in the global space industry", None),
        (D, "Nomvula Mathebula", "For many years, we bought our images of South Africa from other countries. Phakisa-1 "
            "means that our farmers, our disaster management teams and our municipalities will be working with data "
            "that we collect ourselves,", None),
        (D, "Nomvula Mathebula", "This satellite was built by young South Africans, many of them the first in their "
            "families to go to university. That is the real return on this investment.", None),
        (D, "Nomvula Mathebula", "We want Phakisa-1 to be the first of many.", None),
        (I, "Thabo Molefe", "the 150kg satellite would image the entire country every five days at a resolution of 2.5 "
            "metres", None),
        (I, "Thabo Molefe", "the satellite cost R320 million to develop, about a third of what a comparable imported "
            "satellite would cost", None),
        (D, "Thabo Molefe", "Every subsystem, from the camera to the solar panels, was either designed here or built here "
            "with local suppliers. We had 43 South African companies in the supply chain,", None),
        (I, "Lindiwe Khoza", "the team had kept working through the COVID-19 lockdowns, assembling parts in shifts of four "
            "people", None),
        (D, "Lindiwe Khoza", "There were nights when we thought the camera would never pass its vibration test. Seeing it "
            "in the container today, I don't have words,", None),
        (S, None, "NewSpace", None),
        (I, "Sipho Dlamini", "the committee would ask SANSA to explain why the launch had slipped by almost two years",
            None),
        (D, "Sipho Dlamini", "We support the programme fully. But Parliament has a duty to ask why a satellite that was "
            "meant to launch in 2025 is only going up now,", None),
        (P, "Thabo Molefe", "global shortages of space-qualified components", None),
        (I, "Agri SA", "regular satellite images would help farmers plan for drought", None),
        (P, "Agri SA", "practical tools", None),
        (I, "Department of Science, Technology and Innovation", "The satellite will be launched on a commercial rideshare "
            "mission from California", None),
    ],
    "actors": [
        actor("Nomvula Mathebula", "person", title="Minister of Science, Technology and Innovation",
              affiliation="South African government",
              aliases=["Nomvula Mathebula", "Mathebula", "Dr Nomvula Mathebula", "the Minister"], stance=1),
        actor("Thabo Molefe", "person", title="chief executive officer", affiliation="South African National Space Agency",
              aliases=["Thabo Molefe", "Molefe"], stance=1),
        actor("Lindiwe Khoza", "person", title="lead systems engineer", affiliation="South African National Space Agency",
              aliases=["Lindiwe Khoza", "Khoza"], stance=1),
        actor("Sipho Dlamini", "person", title="chairperson, Portfolio Committee on Science, Technology and Innovation",
              affiliation="Parliament", aliases=["Sipho Dlamini", "Dlamini", "Mr Sipho Dlamini"], stance=0),
        actor("Agri SA", "organisation", title="agricultural organisation", affiliation="South Africa",
              aliases=["Agri SA"], stance=1),
        actor("Department of Science, Technology and Innovation", "government", title="science department",
              affiliation="South Africa", aliases=["Department of Science, Technology and Innovation"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Lawyer (UK legal trade press) legal business (a law firm's partners vote for a US merger), headline with a
#    curly single fragment "... as chief hails ‘defining moment’" (partial for the managing partner, the "chief"
#    the headline names), "By ... | 3 December 2026" line, British curly single quotes ‘ ’ with ’ apostrophes
#    (`we’re`, `isn’t`, `it’s` inside quotes, `Hollins Marsh’s`, `Carrow Pike’s` outside), punctuation outside
#    closing marks for fragments, "$780m", "£110,000", "81%"; firm "said A"; managing partner "called the result a
#    ‘...’ for the firm" (partial), quote split by "she told The Lawyer"; "Osei, who ..., said A and that B" (one
#    span); scare so-called ‘Swiss verein’ (glossed); merger partner's chair "said in a statement that the two firms
#    shared ‘...’" (partial only); "Not everyone is convinced." (no speech); anonymous "One Hollins Marsh partner,
#    who voted against the merger, said the vote had been ‘...’ and that B" (partial plus indirect), then "the
#    partner said"; consultant "said she expected a ‘...’ of ..." (partial only), quote with "Chandran said"; content
#    before "according to two people who attended ..."; spokesperson "declined to comment on salaries but said the
#    firm would ‘...’" (partial only).
ARTICLES[f"{BATCH}/hollins-marsh-carrow-pike-merger-vote.gold.json"] = {
    "article": f"{BATCH}/hollins-marsh-carrow-pike-merger-vote.txt",
    "target": "Hollins Marsh",
    "quotes": [
        (P, "Rachel Osei", "defining moment", "Hollins Marsh partners back US"),
        (I, "Hollins Marsh", "81% of its equity partners had backed the deal in a vote that closed on Tuesday, comfortably "
            "clearing the 75% threshold required under its partnership agreement", None),
        (P, "Rachel Osei", "defining moment", "called the result"),
        (D, "Rachel Osei", "Our clients have been asking us for years to do more for them in the US,", None),
        (D, "Rachel Osei", "This gives us that, without losing what makes Hollins Marsh different.", None),
        (I, "Rachel Osei", "there were no plans to close any of Hollins Marsh’s five UK offices and that partners would "
            "not move to a single global profit pool until 2029", None),
        (S, None, "Swiss verein", None),
        (P, "Daniel Reyes", "a common culture of client service and pragmatism", None),
        (P, "One Hollins Marsh partner", "rushed", None),
        (I, "One Hollins Marsh partner", "many partners had not seen detailed financial projections until a fortnight "
            "before it opened", None),
        (D, "One Hollins Marsh partner", "Nobody is against growth. But some of us joined a Yorkshire firm, and we’re "
            "about to become the London office of an American one,", None),
        (P, "Priya Chandran", "handful", None),
        (D, "Priya Chandran", "Mergers like this usually lose five to ten per cent of partners in the first year. That "
            "isn’t a failure; it’s how these deals work,", None),
        (I, "two people who attended", "NQ salaries in London will rise to £110,000 to match Carrow Pike’s US rates",
            None),
        (P, "spokesperson for Hollins Marsh", "set out the full details to our people first", None),
    ],
    "actors": [
        actor("Hollins Marsh", "organisation", title="law firm (UK top 50)", affiliation=None,
              aliases=["Hollins Marsh", "The firm"], stance=1),
        actor("Rachel Osei", "person", title="managing partner", affiliation="Hollins Marsh",
              aliases=["Rachel Osei", "Osei"], stance=1),
        actor("Daniel Reyes", "person", title="chair", affiliation="Carrow Pike", aliases=["Daniel Reyes", "Reyes"],
              stance=1),
        actor("One Hollins Marsh partner", "person", title="partner who voted against (anonymous)",
              affiliation="Hollins Marsh", aliases=["One Hollins Marsh partner", "the partner"], stance=-1),
        actor("Priya Chandran", "person", title="legal consultant", affiliation="Lexbridge Advisory",
              aliases=["Priya Chandran", "Chandran"], stance=0),
        actor("two people who attended", "group", title="people at the associates' town hall (anonymous)",
              affiliation=None, aliases=["two people who attended"], stance=None),
        actor("spokesperson for Hollins Marsh", "person", title="spokesperson", affiliation="Hollins Marsh",
              aliases=["spokesperson for Hollins Marsh"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Tanjug (Serbian news agency, English service) energy/diplomacy (Serbia and Hungary start building an oil
#    pipeline), headline "...; minister says it ends reliance on single route" (speech without quote marks: not
#    annotated), dateline "BELGRADE, Dec 3 (Tanjug) -", straight " and apostrophes, British spelling, punctuation
#    outside closing marks for fragments, "Algyő", "Pančevo"; lede content before "Serbian Minister of Mining and
#    Energy Jelena Marković said" (two coordinated clauses, one span); "Marković told reporters ...", "She said A and
#    that B"; Hungarian minister "said Hungary was "..." for Serbia at a time when "..."" (two partials), "he said";
#    Hungary's ministry "said in a statement that A and that the link would make both countries "..."" (indirect plus
#    partial); scare so-called "northern corridor"; "Croatia's JANAF, which said in a statement that the new pipeline
#    was "..." and that B" (partial plus indirect); analyst "told Tanjug that A but that B" (one span), quote with
#    "Ilić said"; EU delegation "said it "..." of the project and expected ..." (partial only); opposition MP "said
#    A", "she told Tanjug"; "Marković said A and that B"; content before "according to Serbia's Ministry of Mining and
#    Energy".
ARTICLES[f"{BATCH}/serbia-hungary-oil-pipeline-start.gold.json"] = {
    "article": f"{BATCH}/serbia-hungary-oil-pipeline-start.txt",
    "target": "Hungary",
    "quotes": [
        (I, "Jelena Marković", "Construction of an oil pipeline linking Serbia's Novi Sad refinery with the Hungarian hub "
            "at Algyő began on Wednesday, and the 128-kilometre link should be operational by the end of 2028", None),
        (D, "Jelena Marković", "Today we are building energy security for the next 50 years. For the first time, Serbia "
            "will have two independent routes for crude oil,", None),
        (I, "Jelena Marković", "Serbia would finance its 70-kilometre section through a loan from a consortium of domestic "
            "banks and that the pipeline would have a capacity of 5.5 million tonnes a year", None),
        (P, "Gábor Halmi", "a reliable partner", None),
        (P, "Gábor Halmi", "others in the region use energy as a political weapon", None),
        (D, "Gábor Halmi", "Hungary and Serbia have shown that good neighbours do not need permission from Brussels to "
            "cooperate,", None),
        (I, "Ministry of Energy", "its 58-kilometre section would be completed by mid-2028", None),
        (P, "Ministry of Energy", "more resilient to supply shocks", None),
        (S, None, "northern corridor", None),
        (P, "JANAF", "a political project, not an economic one", None),
        (I, "JANAF", "its own route remained the cheapest option for the region", None),
        (I, "Nenad Ilić", "the pipeline made sense for Serbia but that most of the crude it would carry was likely to be "
            "Russian oil arriving through the Druzhba system", None),
        (D, "Nenad Ilić", "The question is not the pipe, it is what flows through it. If sanctions on Russian oil tighten "
            "further, Serbia could end up with a pipeline and nothing to put in it,", None),
        (P, "EU Delegation to Serbia", "took note", None),
        (I, "Ana Petrović", "the government had not published an environmental impact assessment for the route, which "
            "crosses farmland and two protected wetlands in Vojvodina", None),
        (D, "Ana Petrović", "Citizens of Vojvodina learned about this pipeline from a television ceremony. Nobody asked the "
            "farmers whose land it will cross,", None),
        (I, "Jelena Marković", "land for the route would be expropriated under a special law adopted in 2025 and that "
            "landowners would be compensated at market prices", None),
        (I, "Ministry of Mining and Energy", "The Novi Sad refinery, which has not processed crude since 2013, will be used "
            "as a storage and transit terminal", None),
    ],
    "actors": [
        actor("Jelena Marković", "person", title="Minister of Mining and Energy", affiliation="Serbian government",
              aliases=["Jelena Marković", "Marković"], stance=1),
        actor("Gábor Halmi", "person", title="Foreign Minister", affiliation="Hungarian government",
              aliases=["Gábor Halmi", "Halmi"], stance=1),
        actor("Ministry of Energy", "government", title="energy ministry", affiliation="Hungary",
              aliases=["Ministry of Energy"], stance=1),
        actor("JANAF", "organisation", title="Croatian pipeline operator", affiliation="Croatia", aliases=["JANAF"],
              stance=-1),
        actor("Nenad Ilić", "person", title="energy analyst (Belgrade)", affiliation=None,
              aliases=["Nenad Ilić", "Ilić"], stance=0),
        actor("EU Delegation to Serbia", "organisation", title="EU delegation", affiliation="European Union",
              aliases=["EU Delegation to Serbia"], stance=0),
        actor("Ana Petrović", "person", title="opposition MP", affiliation="Serbian parliament",
              aliases=["Ana Petrović", "Petrović"], stance=None),
        actor("Ministry of Mining and Energy", "government", title="energy ministry", affiliation="Serbia",
              aliases=["Ministry of Mining and Energy"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Duvar English (Turkey) culture/local government (a district council approves turning a historic cinema into a
#    hotel), headline with a curly single fragment "Chamber of Architects says ... ‘erases the city’s memory’"
#    (partial for the chamber; the same words recur in the body), outlet and "ISTANBUL" lines, curly “ ” and ’, US
#    punctuation inside closing marks, Turkish letters (İstiklal, Yıldız, Demirtaş, Koç); municipality "said A, that B
#    and that the facade ... would be “...”" (indirect plus partial); mayor named after his quote ("Beyoğlu Mayor
#    Kerem Aydoğan told reporters"), "He said the hotel would include ... open to the public “...”" (partial only);
#    chamber "said the plan “...” and that ... was “...”" (two partials); its president named after her quote;
#    director "joined around 200 people ..." (no speech), quote split by "he said"; projectionist "said A", then an
#    unattributed quote open at the end of its line and a closed quote-only paragraph (continuity); council member
#    "said the municipality had “...” the vote and that B" (partial plus indirect); ministry board "said A"; scare
#    so-called “urban transformation” projects.
ARTICLES[f"{BATCH}/beyoglu-yildiz-cinema-hotel.gold.json"] = {
    "article": f"{BATCH}/beyoglu-yildiz-cinema-hotel.txt",
    "target": "Beyoğlu Municipality",
    "quotes": [
        (P, "Chamber of Architects", "erases the city’s memory", "Chamber of Architects says"),
        (I, "Beyoğlu Municipality", "the cinema had been closed since 2019, that its owner had applied to restore the "
            "building", None),
        (P, "Beyoğlu Municipality", "fully preserved.", None),
        (D, "Kerem Aydoğan", "Nobody is demolishing Yıldız. We are saving a building that was falling apart and giving it "
            "a new life,", None),
        (P, "Kerem Aydoğan", "on certain evenings.", None),
        (P, "Chamber of Architects", "erases the city’s memory", "The Istanbul branch"),
        (P, "Chamber of Architects", "not a cinema, but a souvenir.", None),
        (D, "Elif Kaya", "Yıldız was where generations of Istanbulites saw their first film. Once the seats are gone, "
            "they are gone,", None),
        (D, "Murat Demirtaş", "I stood at the back of that hall and watched 800 people laugh at my jokes,", None),
        (D, "Murat Demirtaş", "Where else in this city can you put 800 people in one room who are not at a football "
            "match?", None),
        (I, "Hüseyin Koç", "he still had a key to the projection booth", None),
        (D, "Hüseyin Koç", "I walk past every week. The posters from the last season are still in the windows.", None),
        (D, "Hüseyin Koç", "If they turn it into a hotel, I will give the key back. There will be nothing left to open.",
            None),
        (P, "Deniz Yalçın", "rushed", None),
        (I, "Deniz Yalçın", "no heritage assessment had been shared with councillors", None),
        (I, "regional board for the protection of cultural assets", "it had not yet received an application", None),
        (S, None, "urban transformation", None),
    ],
    "actors": [
        actor("Chamber of Architects", "organisation", title="professional chamber (Istanbul branch)", affiliation=None,
              aliases=["Chamber of Architects", "the chamber"], stance=-1),
        actor("Beyoğlu Municipality", "government", title="district municipality", affiliation="Istanbul",
              aliases=["Beyoğlu Municipality", "the municipality"], stance=1),
        actor("Kerem Aydoğan", "person", title="Beyoğlu Mayor", affiliation="Beyoğlu Municipality",
              aliases=["Kerem Aydoğan", "Aydoğan"], stance=1),
        actor("Elif Kaya", "person", title="president (Istanbul branch)", affiliation="Chamber of Architects",
              aliases=["Elif Kaya", "Kaya"], stance=-1),
        actor("Murat Demirtaş", "person", title="film director", affiliation=None,
              aliases=["Murat Demirtaş", "Demirtaş"], stance=-1),
        actor("Hüseyin Koç", "person", title="former projectionist, 71", affiliation=None,
              aliases=["Hüseyin Koç", "Koç"], stance=-1),
        actor("Deniz Yalçın", "person", title="council member (voted against)", affiliation="Beyoğlu municipal council",
              aliases=["Deniz Yalçın", "Yalçın"], stance=-1),
        actor("regional board for the protection of cultural assets", "government",
              title="Culture and Tourism Ministry regional heritage board", affiliation="Turkey",
              aliases=["regional board for the protection of cultural assets"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
