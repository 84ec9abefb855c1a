"""Build the test94 gold files (data/eval/test94/*.gold.json) from the annotation specs below.

Held out, like ../test/. Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor,
write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text
and, when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/test94/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test94.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test94"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Ars Technica (GPS jamming blamed on Russia disrupts flights over Estonia), headline without speech,
#    standfirst "Estonia blames Kaliningrad; Russia calls it “...”" (partial for Russia; "blames" names no
#    proposition), "Name – Dec 4, 2026 3:12 pm UTC" line, "Enlarge / ... Credit: Getty Images" caption,
#    curly “ ” and straight apostrophes, US spelling. Lede content before "Estonian Air Navigation Services
#    (EANS) said this week"; "In its monthly safety report, EANS said A, ..., and that B" (one span);
#    "Estonia's government says A" (present tense); minister's quote with "Foreign Minister ... said on
#    Wednesday after summoning ..."; embassy "dismissed the accusations as “...” ... and said Estonia had
#    presented “...”" (two partials); scare “Spoofing” in an explainer paragraph; engineer's quote with a
#    nested ‘...’ and "said Mirela Ionescu, ..."; "Ionescu told Ars that A, though she said B" (two
#    indirects); "According to EANS, A, because ..."; anonymous captain named after the first stretch
#    ("one Finnish airline captain, who asked not to be named ..., told Ars"), then a second stretch; EASA
#    "said A." then "The agency said it was “...” with ..." (indirect, then partial only). Not annotated:
#    "The workload still adds up.", "Ars contacted ... but had not received a reply".
ARTICLES[f"{BATCH}/estonia-gps-jamming-kaliningrad.gold.json"] = {
    "article": f"{BATCH}/estonia-gps-jamming-kaliningrad.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "fantasies", "Russia calls it"),
        (I, "Estonian Air Navigation Services", "Satellite navigation interference affected more than 1,400 flights in "
            "Estonian airspace in November, the highest monthly total since records began", None),
        (I, "Estonian Air Navigation Services", "pilots had reported losing their GPS position or receiving false "
            "positions on 1,432 flights, up from 890 in October, and that the interference was strongest over the "
            "islands of Saaremaa and Hiiumaa", None),
        (I, "Estonia's government", "the signals come from Russia's Kaliningrad exclave, about 400 km to the southwest, "
            "where Russian forces operate powerful electronic warfare systems", None),
        (D, "Kristjan Laas", "This is not an accident and it is not a technical glitch. It is a deliberate action that "
            "puts civilian aircraft and their passengers at risk,", None),
        (P, "Russian Embassy in Tallinn", "Russophobic fantasies", None),
        (P, "Russian Embassy in Tallinn", "not a single piece of evidence.", None),
        (S, None, "Spoofing", "“Spoofing"),
        (D, "Mirela Ionescu", "Jamming you can see. The receiver says ‘I've lost signal,’ and the crew switches to other "
            "systems. Spoofing is more insidious, because the airplane thinks it knows where it is,", None),
        (I, "Mirela Ionescu", "her group's analysis of aircraft position broadcasts (ADS-B) pointed to transmitters in "
            "the Kaliningrad region for most of the November events", None),
        (I, "Mirela Ionescu", "a smaller cluster appeared to originate near St. Petersburg", None),
        (I, "Estonian Air Navigation Services", "no aircraft has been endangered so far, because crews can fall back on "
            "ground-based navigation aids and radar", None),
        (D, "Finnish airline captain", "You're flying into Tallinn in the dark in sleet, and half your screens are "
            "telling you a different story,", None),
        (D, "Finnish airline captain", "We cope. But it's not nothing.", None),
        (I, "European Union Aviation Safety Agency", "it had updated its safety information bulletin on GNSS "
            "interference in November", None),
        (P, "European Union Aviation Safety Agency", "in close contact", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia"], stance=1),
        actor("Estonian Air Navigation Services", "organisation", title="air navigation service provider",
              affiliation="Estonia", aliases=["Estonian Air Navigation Services", "EANS"], stance=0),
        actor("Estonia's government", "government", affiliation="Estonia", stance=-1),
        actor("Kristjan Laas", "person", title="Foreign Minister", affiliation="Estonia",
              aliases=["Kristjan Laas", "Laas"], stance=-1),
        actor("Russian Embassy in Tallinn", "government", affiliation="Russia", stance=1),
        actor("Mirela Ionescu", "person", title="aerospace engineer", affiliation="Technical University of Munich",
              aliases=["Mirela Ionescu", "Ionescu"], stance=-1),
        actor("Finnish airline captain", "person", title="anonymous airline captain",
              aliases=["Finnish airline captain"], stance=-1),
        actor("European Union Aviation Safety Agency", "organisation", title="EU aviation safety regulator",
              aliases=["European Union Aviation Safety Agency", "EASA"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Cyclingnews (a rider and her team dispute a release clause), headline "Devriese: '...' as transfer row
#    heads to UCI" (partial for Devriese, the words repeated in the body's direct quote), standfirst without
#    speech, byline and "published ..." lines, straight " and apostrophes, British punctuation outside the
#    marks, Flemish and Dutch names (Van den Bossche, de Wolf/De Wolf), accents (Róisín, Flèche). Lede "has
#    insisted A, despite her current team ... claiming B" (two indirects); "told Het Nieuwsblad ... that A,
#    and that the team had "..."" (indirect plus partial); quote with "Devriese said", then a quote-only
#    paragraph; team manager "said in a statement that the clause ... "..." and that B" (partial plus
#    indirect), "he said" (first-name alias Lotte inside); new team "said it had acted "..." and had
#    received ..." (no second subject: partial only); scare so-called "buy-out" clauses; UCI "confirmed A and
#    said B" (two indirects); riders' union "said riders were too often pushed into ... "..."" (partial
#    only); agent "said A", "De Wolf said". Not annotated: the palmarès.
ARTICLES[f"{BATCH}/devriese-release-clause-dispute.gold.json"] = {
    "article": f"{BATCH}/devriese-release-clause-dispute.txt",
    "target": "Lotte Devriese",
    "quotes": [
        (P, "Lotte Devriese", "I am not running away from anything", "Devriese: '"),
        (I, "Lotte Devriese", "she is free to join Alba-Forte for the 2027 season", None),
        (I, "Duvelle-Reconia", "she is under contract until the end of 2028", None),
        (I, "Lotte Devriese", "her contract contained a release clause which she had triggered in writing on October 1",
            None),
        (P, "Lotte Devriese", "known about it for two months", None),
        (D, "Lotte Devriese", "I am not running away from anything. I gave this team four good years and I'm proud of "
            "what we did together,", None),
        (D, "Lotte Devriese", "But a contract is a contract, and it works in both directions. I followed every step my "
            "lawyers told me to follow.", None),
        (P, "Bart Van den Bossche", "does not apply in the circumstances", None),
        (I, "Bart Van den Bossche", "the team had asked the UCI's Arbitral Board to rule on the dispute", None),
        (D, "Bart Van den Bossche", "We have nothing against Lotte personally. We have supported her since she was a "
            "junior. But we will defend the contract and the interests of the team and our sponsors,", None),
        (P, "Alba-Forte", "in good faith", None),
        (S, None, "buy-out", None),
        (I, "UCI", "it had received a request from Duvelle-Reconia", None),
        (I, "UCI", "it would not comment on an ongoing procedure", None),
        (P, "The Cyclists' Alliance", "written to be ignored", None),
        (I, "Pim de Wolf", "the Arbitral Board was expected to rule before the first WorldTour race of the season, the "
            "Tour Down Under in January", None),
        (D, "Pim de Wolf", "Nobody wants this to drag on into the season, least of all Lotte. She wants to train and "
            "race, not sit in meetings with lawyers,", None),
    ],
    "actors": [
        actor("Lotte Devriese", "person", title="rider", affiliation="Duvelle-Reconia",
              aliases=["Lotte Devriese", "Devriese", "Lotte"], stance=1),
        actor("Duvelle-Reconia", "organisation", title="team", aliases=["Duvelle-Reconia"], stance=-1),
        actor("Bart Van den Bossche", "person", title="general manager", affiliation="Duvelle-Reconia",
              aliases=["Bart Van den Bossche", "Van den Bossche"], stance=-1),
        actor("Alba-Forte", "organisation", title="team", aliases=["Alba-Forte"], stance=1),
        actor("UCI", "organisation", title="cycling's governing body", aliases=["UCI"], stance=None),
        actor("The Cyclists' Alliance", "organisation", title="women riders' union",
              aliases=["The Cyclists' Alliance"], stance=1),
        actor("Pim de Wolf", "person", title="agent", affiliation="Lotte Devriese",
              aliases=["Pim de Wolf", "de Wolf", "De Wolf"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Falkirk Herald (council savings plan earmarks a library and halls for closure), headline and
#    standfirst without speech, byline and "Published 4th Dec 2026, 16:30 GMT" lines, curly “ ” and ’,
#    "£4.3m", "Mr"/"Cllr", "Read More" block with two link lines. "The council said in a report to
#    councillors that A"; scare so-called “community hubs”; spokesperson "said the authority had “...” but
#    to reduce ..., many of which were “...”" (two partials); leader "said: “...` open at the end of its line,
#    then a closed paragraph; "Mr Haldane said a replacement library ... would open “...”" (partial only);
#    opposition leader "said the proposals would “...” of communities ..." (partial only), quote split by
#    "Cllr Bell said"; campaign group "Its organisers said A"; resident from Poland "said A", "she said";
#    union branch secretary "said A, and warned that B" (two indirects). Not annotated: the consultation
#    dates, the Read More lines.
ARTICLES[f"{BATCH}/denny-library-closure-proposals.gold.json"] = {
    "article": f"{BATCH}/denny-library-closure-proposals.txt",
    "target": "Falkirk Council",
    "quotes": [
        (I, "Falkirk Council", "the buildings earmarked for closure needed £4.3m of repairs over the next five years",
            None),
        (S, None, "community hubs", None),
        (P, "council spokesperson", "no choice", None),
        (P, "council spokesperson", "expensive to heat and underused", None),
        (D, "Stuart Haldane", "Nobody became a councillor to close libraries. But we are being asked to do more every "
            "year with less money, and we have to be honest with people about what that means.", None),
        (D, "Stuart Haldane", "We will listen to every response to this consultation before any final decision is "
            "taken.", None),
        (P, "Stuart Haldane", "during the school day and on two evenings a week", None),
        (P, "Robert Bell", "rip the heart out", None),
        (D, "Robert Bell", "Denny has lost its bank, its police office and most of its shops. Now they want the "
            "library,", None),
        (D, "Robert Bell", "Where does it end?", None),
        (I, "Save Denny Library", "more than 2,000 people had joined by Thursday evening", None),
        (I, "Agnieszka Nowicka", "she had learned English at the library’s weekly conversation group", None),
        (D, "Agnieszka Nowicka", "For people like me it was the first place anyone talked to us. A library inside a "
            "school? My friends will not go there,", None),
        (I, "Gail Rennie", "staff had not been consulted before the proposals were published", None),
        (I, "Gail Rennie", "as many as 14 posts could go", None),
    ],
    "actors": [
        actor("Falkirk Council", "government", title="local council",
              aliases=["Falkirk Council", "The council"], stance=1),
        actor("council spokesperson", "person", title="council spokesperson", affiliation="Falkirk Council",
              aliases=["council spokesperson"], stance=1),
        actor("Stuart Haldane", "person", title="Council leader", affiliation="Falkirk Council",
              aliases=["Stuart Haldane", "Haldane", "Mr Haldane"], stance=1),
        actor("Robert Bell", "person", title="Opposition leader", affiliation="Falkirk Council",
              aliases=["Robert Bell", "Bell", "Cllr Bell"], stance=-1),
        actor("Save Denny Library", "group", title="campaign group (its organisers)",
              aliases=["Save Denny Library"], stance=-1),
        actor("Agnieszka Nowicka", "person", title="Denny resident, library user",
              aliases=["Agnieszka Nowicka", "Nowicka"], stance=-1),
        actor("Gail Rennie", "person", title="Falkirk branch secretary", affiliation="Unison",
              aliases=["Gail Rennie", "Rennie"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Nanaimo News Bulletin (BC Ferries cancels sailings on the Departure Bay route), headline and
#    standfirst without speech, byline and "Dec. 4, 2026 3:30 p.m." lines, straight " and apostrophes,
#    Canadian style. Lede content before "the corporation said Thursday"; "The corporation said A";
#    scare so-called "Coastal class"; spokesperson "said A and that B" (one span), "Wong said"; "BC Ferries
#    said A"; union president "said the crew shortage was "..." and that the union had been warning ...
#    "..."" (two partials), "Pollard said"; mayor "said A", "Dufresne said"; restaurant owner "said A", "he
#    said"; minister "said in a statement that the province expected BC Ferries to "..." with travellers and
#    that B" (partial plus indirect). Not annotated: the return date.
ARTICLES[f"{BATCH}/departure-bay-sailings-cancelled.gold.json"] = {
    "article": f"{BATCH}/departure-bay-sailings-cancelled.txt",
    "target": "BC Ferries",
    "quotes": [
        (I, "BC Ferries", "BC Ferries has cancelled 46 sailings between Departure Bay and Horseshoe Bay between now and "
            "Dec. 27", None),
        (I, "BC Ferries", "the cancellations were caused by a shortage of certified crew and a mechanical problem on the "
            "Coastal Renaissance, which was taken out of service Monday", None),
        (S, None, "Coastal class", None),
        (I, "Tessa Wong", "about 9,000 reservations were affected and that customers would be contacted directly and "
            "offered refunds or alternative sailings, including on the Duke Point-Tsawwassen route", None),
        (D, "Tessa Wong", "We know how hard this is on people, especially at this time of year. Our crews are working "
            "extra shifts to keep as many sailings running as we can, but we cannot sail without a full, certified "
            "crew,", None),
        (I, "BC Ferries", "customers with reservations would be given priority on the remaining sailings", None),
        (P, "Graeme Pollard", "entirely predictable", None),
        (P, "Graeme Pollard", "for at least five years", None),
        (D, "Graeme Pollard", "People are burned out. You can't run a ferry system on overtime forever,", None),
        (I, "Lena Dufresne", "the cancellations would hit downtown businesses during their busiest weeks of the year",
            None),
        (D, "Lena Dufresne", "Every cancelled sailing is a family that doesn't come over to shop, a patient who misses "
            "an appointment in Vancouver, a student who can't get home,", None),
        (I, "Gurpreet Dhaliwal", "his December bookings from Lower Mainland customers were already down by about a "
            "third", None),
        (D, "Gurpreet Dhaliwal", "I'm not blaming the people on the boats. I'm blaming whoever let it get this bad,",
            None),
        (P, "Moira Sutherland", "communicate clearly", None),
        (I, "Moira Sutherland", "it was reviewing the corporation's hiring plan", None),
    ],
    "actors": [
        actor("BC Ferries", "organisation", title="ferry corporation",
              aliases=["BC Ferries", "the corporation", "The corporation"], stance=1),
        actor("Tessa Wong", "person", title="spokesperson", affiliation="BC Ferries",
              aliases=["Tessa Wong", "Wong"], stance=1),
        actor("Graeme Pollard", "person", title="president", affiliation="B.C. Ferry and Marine Workers' Union",
              aliases=["Graeme Pollard", "Pollard"], stance=-1),
        actor("Lena Dufresne", "person", title="Nanaimo Mayor", affiliation="City of Nanaimo",
              aliases=["Lena Dufresne", "Dufresne"], stance=-1),
        actor("Gurpreet Dhaliwal", "person", title="restaurant owner", aliases=["Gurpreet Dhaliwal", "Dhaliwal"],
              stance=-1),
        actor("Moira Sutherland", "person", title="Transportation Minister", affiliation="Province of B.C.",
              aliases=["Moira Sutherland", "Sutherland"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
