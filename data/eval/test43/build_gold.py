"""Build the test43 gold files (data/eval/test43/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test43/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test43.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test43"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Science (AAAS) ScienceInsider news (Russia threatens to halt ITER deliveries), headline without speech,
#    standfirst with reported speech but no quote marks (not annotated), `4 DEC 2026 3:40 PM ET BY NAME` line,
#    curly quotes and apostrophes, unspaced em dashes, present-tense `says`. Lede content before `, the head of the
#    country's ITER agency said today` (Sheremetev, named in the next paragraph); quote split by `says NAME,
#    director of ...`; Rosatom `said the seized equipment--...--was "..." and that B` (partial plus indirect), `It
#    said future shipments ... would be "..."` (partial only); ITER Organization `said in a statement that it was
#    "..." and that B` (partial plus indirect); `Asked about ..., spokesperson NAME told Science: "..."` (direct);
#    `According to one delegate to the ITER Council, A`, then `says the delegate`; Fusion for Energy `said A`;
#    engineer with a common-word surname (Small), quote split by `says NAME, a fusion engineer at ...`; `called
#    Moscow's move "..."` (partial); colon after a full clause at the end of a paragraph, then a two-paragraph quote
#    (first paragraph open); `says he is ready to meet EU officials "..."` (partial only); scare so-called
#    "re-baseline". Not annotated: `Finnish customs did not respond ...`, `He did not say whether ...` (negated),
#    the members and cost share.
ARTICLES[f"{BATCH}/russia-iter-port-plug-deliveries.gold.json"] = {
    "article": f"{BATCH}/russia-iter-port-plug-deliveries.txt",
    "target": "Russia",
    "quotes": [
        (I, "Igor Sheremetev", "Russia will stop shipping components to ITER, the giant fusion experiment under "
            "construction in southern France, unless European customs authorities release testing equipment held at "
            "the Finnish border since August", None),
        (D, "Igor Sheremetev", "We have fulfilled every obligation, often ahead of schedule, under conditions that "
            "nobody could have imagined when the agreement was signed,", None),
        (D, "Igor Sheremetev", "We cannot go on building hardware that we are not allowed to test.", None),
        (P, "Rosatom", "purely scientific", None),
        (I, "Rosatom", "the detention violated the 2006 agreement that founded the project", None),
        (P, "Rosatom", "suspended until the situation is resolved.", None),
        (P, "ITER Organization", "in close contact with all the members concerned", None),
        (I, "ITER Organization", "it did not comment on customs matters", None),
        (D, "Sabine Marchetti", "Nothing arriving this winter determines the date of first plasma.", None),
        (I, "delegate to the ITER Council", "Moscow had told other members in October exactly how it would respond "
            "if the equipment was stopped", None),
        (D, "delegate to the ITER Council", "Everybody saw this coming and nobody wanted to own it,", None),
        (I, "Fusion for Energy", "the matter fell under EU sanctions law rather than the ITER agreement", None),
        (D, "Daniel Small", "Russia has been, frankly, one of the more reliable partners on hardware,", None),
        (D, "Daniel Small", "If those port plugs stop, somebody has to build replacements, and that is years, not "
            "months.", None),
        (P, "Katrin Vollmer", "blackmail dressed up as science diplomacy.", None),
        (D, "Katrin Vollmer", "We welcomed Russia into ITER as a scientific partner. A partner does not hold the rest "
            "of the world\u2019s experiment hostage to get around sanctions,", None),
        (D, "Vera Lazareva", "Our young people learned fusion engineering on these components. If we walk away now, "
            "we lose them to other fields, and we do not get them back.", None),
        (D, "Vera Lazareva", "I understand why the agency is angry. But anger is not a research program.", None),
        (P, "Igor Sheremetev", "tomorrow, in Brussels or anywhere else.", None),
        (S, None, "re-baseline", None),
    ],
    "actors": [
        actor("Igor Sheremetev", "person", title="director of the Project Center ITER",
              affiliation="Russia (Project Center ITER)", aliases=["Igor Sheremetev", "Sheremetev"], stance=1),
        actor("Rosatom", "organisation", title="state nuclear corporation", affiliation="Russia",
              aliases=["Rosatom"], stance=1),
        actor("ITER Organization", "organisation", title="fusion project", aliases=["ITER Organization"], stance=0),
        actor("Sabine Marchetti", "person", title="spokesperson", affiliation="ITER Organization",
              aliases=["Sabine Marchetti", "Marchetti"], stance=0),
        actor("delegate to the ITER Council", "person", title="council delegate (anonymous)", affiliation="ITER Council",
              aliases=["delegate to the ITER Council", "the delegate"], stance=0),
        actor("Fusion for Energy", "organisation", title="EU agency for the ITER contribution",
              affiliation="European Union", aliases=["Fusion for Energy"], stance=-1),
        actor("Daniel Small", "person", title="fusion engineer", affiliation="Massachusetts Institute of Technology",
              aliases=["Daniel Small", "Small"], stance=0),
        actor("Katrin Vollmer", "person", title="plasma physicist",
              affiliation="Max Planck Institute for Plasma Physics", aliases=["Katrin Vollmer", "Vollmer"], stance=-1),
        actor("Vera Lazareva", "person", title="plasma physicist", affiliation="Kurchatov Institute",
              aliases=["Vera Lazareva", "Lazareva"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Loadstar (logistics trade press) air cargo (a handler's new warehouse system fails at East Midlands
#    Airport), headline with a curly single fragment `Forwarders fume as 'meltdown' at ...` (partial for the
#    forwarders, the entity the headline names), `By NAME` and `03/12/2026` lines, curly quotes and apostrophes,
#    British punctuation outside closing marks, two `Read more:` lines. Present-tense lede `UK forwarders say A`;
#    `one Midlands-based forwarder told The Loadstar, "..."` (a full clause after a comma: direct), then a quote
#    with `said the forwarder, who asked not to be named ...`; Skyquay `said it "..." the disruption and that B`
#    (partial plus indirect), `It said A`; CEO `defended the decision ...` (act), quote with `he said`, `he
#    admitted the switch had been "..."` (partial only); BIFA `said A and was seeking B` (one span); quote split by
#    `said NAME, BIFA's director of policy`; `The Loadstar understands that A` (the outlet's own reporting, not
#    annotated); airport `said A and that B`, then `the airport added`; union officer `said staffing ... had been
#    cut ..., leaving "..." when ...` (partial only), `Mr Kerr said`; Skyquay `said A and that B`; scare
#    much-advertised "paperless shed".
ARTICLES[f"{BATCH}/skyquay-east-midlands-cargo-backlog.gold.json"] = {
    "article": f"{BATCH}/skyquay-east-midlands-cargo-backlog.txt",
    "target": "Skyquay Handling",
    "quotes": [
        (P, "UK forwarders", "meltdown", "\u2018meltdown"),
        (I, "UK forwarders", "export shipments have been sitting uncollected for up to nine days at East Midlands "
            "Airport after a new warehouse system at ground handler Skyquay Handling failed in the first week of peak "
            "season", None),
        (D, "Midlands-based forwarder", "the whole shed went dark", None),
        (D, "Midlands-based forwarder", "We had pallets booked on flights that left without them, and nobody in the "
            "building could tell us where they were. It\u2019s been a meltdown. We\u2019ve got customers with machine "
            "parts for production lines in Shenzhen on the phone every hour, and all we can tell them is that we "
            "don\u2019t know,", None),
        (P, "Skyquay Handling", "sincerely regretted", None),
        (I, "Skyquay Handling", "additional staff had been brought in from its Heathrow and Manchester operations to "
            "clear the backlog", None),
        (I, "Skyquay Handling", "80% of delayed shipments had now been processed", None),
        (D, "Oliver Brandt-Hughes", "The old system was 19 years old and held together with tape. There is never a "
            "quiet month in air cargo, and we judged that waiting until after peak carried a bigger risk,", None),
        (P, "Oliver Brandt-Hughes", "harder than we planned for", None),
        (I, "British International Freight Association", "it had received complaints from more than 40 members and "
            "was seeking an urgent meeting with the handler and the airport", None),
        (D, "Helen Ashdown", "Our members are absorbing storage charges, missed connections and penalty clauses that "
            "are not of their making,", None),
        (D, "Helen Ashdown", "Somebody will need to answer for that, and it shouldn\u2019t be the forwarder.", None),
        (I, "East Midlands Airport", "the problems were confined to a single handler and that its own operations "
            "were running normally", None),
        (D, "East Midlands Airport", "We are supporting Skyquay as it works through the backlog,", None),
        (P, "Dave Kerr", "no slack whatsoever", None),
        (D, "Dave Kerr", "Agency staff were doing three jobs at once. The system didn\u2019t fail on its own \u2013 "
            "people were set up to fail,", None),
        (I, "Skyquay Handling", "it did not recognise the union\u2019s figures and that headcount at East Midlands was "
            "higher than in 2024", None),
        (S, None, "paperless shed", None),
    ],
    "actors": [
        actor("UK forwarders", "group", title="freight forwarders", aliases=["UK forwarders", "Forwarders"], stance=-1),
        actor("Midlands-based forwarder", "person", title="forwarder (anonymous)",
              aliases=["Midlands-based forwarder", "the forwarder"], stance=-1),
        actor("Skyquay Handling", "organisation", title="ground handler",
              aliases=["Skyquay Handling", "Skyquay", "the handler"], stance=1),
        actor("Oliver Brandt-Hughes", "person", title="chief executive", affiliation="Skyquay Handling",
              aliases=["Oliver Brandt-Hughes", "Brandt-Hughes"], stance=1),
        actor("British International Freight Association", "organisation", title="forwarders' trade association",
              aliases=["British International Freight Association", "BIFA"], stance=-1),
        actor("Helen Ashdown", "person", title="director of policy",
              affiliation="British International Freight Association", aliases=["Helen Ashdown", "Ashdown"],
              stance=-1),
        actor("East Midlands Airport", "organisation", title="airport", affiliation="Manchester Airports Group",
              aliases=["East Midlands Airport", "the airport"], stance=0),
        actor("Dave Kerr", "person", title="regional officer", affiliation="Unite",
              aliases=["Dave Kerr", "Kerr", "Mr Kerr"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Yukon News (Whitehorse) resources/environment (the mines minister approves a placer expansion in the Indian
#    River wetlands), headline without speech, standfirst with a straight single fragment `Minister says decision
#    'balanced' as ...` (partial for the minister), byline and `Wednesday December 2, 2026` lines, straight `"` and
#    apostrophes (`Tr'ondëk Hwëch'in`, `Miners' Association`), Canadian spelling, a photo caption with a
#    `(Name/Yukon News)` credit. Scare so-called "wetland-first" approach; minister `said the decision followed
#    "..."` (partial only), a quote split by `he said`, `He said A, and that B` (one span); Hähkè (chief) `called
#    the decision "..." and said B` (partial plus indirect), quote with `Sidney said in an interview`, `She said A
#    and that B was "..."` (indirect plus partial); the miners' association `welcomed the decision` (act; the
#    association itself does not speak); quote before `said association president NAME, whose ...`; `Bush said A`;
#    conservation society `described the decision as "..." at a time when ...` (partial); opposition critic
#    `accusing the minister of "..."` (partial), quote with `Aucoin said`; `Asked by reporters whether ..., Laxton
#    replied: "..."` (direct). Not annotated: the company `did not respond ...`, the caption.
ARTICLES[f"{BATCH}/indian-river-placer-expansion-laxton.gold.json"] = {
    "article": f"{BATCH}/indian-river-placer-expansion-laxton.txt",
    "target": "Ted Laxton",
    "quotes": [
        (P, "Ted Laxton", "balanced", "'balanced"),
        (S, None, "wetland-first", None),
        (P, "Ted Laxton", "two years of the most thorough review any placer project in this territory has ever had.",
            None),
        (D, "Ted Laxton", "I've walked that valley. I understand what it means to people,", None),
        (D, "Ted Laxton", "But placer mining is also part of who we are in the Klondike, and a balanced decision means "
            "nobody gets everything they want.", None),
        (I, "Ted Laxton", "the licence requires the company to restore disturbed ground to functioning wetland within "
            "three years of mining each claim, and that an independent monitor will report to the department twice a "
            "year", None),
        (P, "Colleen Sidney", "a betrayal of the spirit of our agreement", None),
        (I, "Colleen Sidney", "the First Nation had not been properly consulted under its 1998 final agreement", None),
        (D, "Colleen Sidney", "Nobody has ever restored a peatland in the Klondike. Not once. They are asking us to "
            "trust a promise that has never been kept anywhere,", None),
        (I, "Colleen Sidney", "the First Nation's lawyers were reviewing the decision", None),
        (P, "Colleen Sidney", "very likely.", None),
        (D, "Jesse Bush", "This is a family operation that has been on the creek for three generations. These people "
            "aren't strangers to the land,", None),
        (I, "Jesse Bush", "placer mining employed about 900 people in the territory last season and produced most of "
            "the gold mined in Yukon", None),
        (P, "Yukon Conservation Society", "a green light to dig up a carbon sink", None),
        (P, "Justine Aucoin", "picking winners before the science was in.", None),
        (D, "Justine Aucoin", "The minister keeps telling this House he respects the final agreements. Then he signs a "
            "document the First Nation asked him not to sign,", None),
        (D, "Ted Laxton", "My door has been open the whole time, and it stays open.", None),
    ],
    "actors": [
        actor("Ted Laxton", "person", title="Energy, Mines and Resources Minister", affiliation="Yukon government",
              aliases=["Ted Laxton", "Laxton", "Minister", "the minister"], stance=1),
        actor("Colleen Sidney", "person", title="Hähkè (chief)", affiliation="Tr'ondëk Hwëch'in",
              aliases=["Colleen Sidney", "Sidney", "Hähkè Colleen Sidney"], stance=-1),
        actor("Jesse Bush", "person", title="president", affiliation="Klondike Placer Miners' Association",
              aliases=["Jesse Bush", "Bush"], stance=1),
        actor("Yukon Conservation Society", "organisation", title="conservation group",
              aliases=["Yukon Conservation Society"], stance=-1),
        actor("Justine Aucoin", "person", title="NDP mining critic", affiliation="Yukon NDP",
              aliases=["Justine Aucoin", "Aucoin"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Athletics Weekly (British Athletics cuts its World Class Programme), headline and standfirst without speech,
#    `By NAME` and `December 8, 2026` lines, straight `"` and apostrophes, British punctuation outside closing
#    marks for fragments, a caption with a bare `(Mark Shearman)` credit. Governing body `said A, and that it would
#    "..."` (indirect plus partial); scare so-called "podium potential" tier; performance director `said the
#    decisions had been "..."` (partial only), a quote split by `she said`; athlete `said A and had not been given a
#    reason` (one span), a quote split by `he said`; shared surname: his mother and coach Joanne Reid (`was blunter`,
#    then a quote with `she told AW`; `Reid` alone is always Callum); athletes' commission `said A and that ... had
#    given athletes "..." before ...` (indirect plus partial); anonymous agent `said the cuts had fallen hardest on
#    events with "..."` (partial only); `Kristensen rejected that.` (act), quote with `she said`, `She said A and
#    that B` (one span); retained athlete `said the programme had "..."` (partial only), quote with `she said`; UK
#    Sport `said A`.
ARTICLES[f"{BATCH}/uka-world-class-programme-cuts.gold.json"] = {
    "article": f"{BATCH}/uka-world-class-programme-cuts.txt",
    "target": "British Athletics",
    "quotes": [
        (I, "British Athletics", "the reduction reflected a 14% fall in its UK Sport performance award for 2027-28",
            None),
        (P, "British Athletics", "concentrate resources where medal potential is strongest", None),
        (S, None, "podium potential", None),
        (P, "Nadia Kristensen", "the hardest of my time in the job", None),
        (D, "Nadia Kristensen", "Every one of those athletes has given everything to this sport, and some of them "
            "will be on a podium without our support. I accept that,", None),
        (D, "Nadia Kristensen", "But we have to be honest about the money we have and where it can make the biggest "
            "difference.", None),
        (I, "Callum Reid", "he had learned of the decision in a six-minute video call and had not been given a reason",
            None),
        (D, "Callum Reid", "Six minutes. That's what seven years on the programme gets you,", None),
        (D, "Callum Reid", "I'm not finished. I'll find a way, but a lot of people in my position won't.", None),
        (D, "Joanne Reid", "They've decided who the medallists are going to be two years out. That's not high "
            "performance, that's guesswork,", None),
        (I, "British Athletes Commission", "it was supporting several of those affected through the appeals process",
            None),
        (P, "British Athletes Commission", "far too little notice", None),
        (P, "agent who represents three of the dropped athletes", "less glamour and fewer sponsors", None),
        (D, "Nadia Kristensen", "We don't fund events, we fund people with a realistic chance of a medal in Los "
            "Angeles,", None),
        (I, "Nadia Kristensen", "11 athletes had been added to the programme, including four juniors, and that appeals "
            "must be lodged within 21 days", None),
        (P, "Ellie Harkness", "never been more focused", None),
        (D, "Ellie Harkness", "You walk into the training centre at Loughborough now and everybody knows exactly why "
            "they're there,", None),
        (I, "UK Sport", "funding decisions within each sport were a matter for the governing body", None),
    ],
    "actors": [
        actor("British Athletics", "organisation", title="governing body (UK Athletics)",
              aliases=["British Athletics", "UKA", "The governing body", "the governing body"], stance=1),
        actor("Nadia Kristensen", "person", title="performance director", affiliation="British Athletics",
              aliases=["Nadia Kristensen", "Kristensen"], stance=1),
        actor("Callum Reid", "person", title="400m hurdler", aliases=["Callum Reid", "Reid"], stance=-1),
        actor("Joanne Reid", "person", title="coach (Callum Reid's mother)", aliases=["Joanne Reid"], stance=-1),
        actor("British Athletes Commission", "organisation", title="athletes' body",
              aliases=["British Athletes Commission"], stance=-1),
        actor("agent who represents three of the dropped athletes", "person", title="athletes' agent (anonymous)",
              aliases=["agent who represents three of the dropped athletes"], stance=-1),
        actor("Ellie Harkness", "person", title="1500m runner", aliases=["Ellie Harkness", "Harkness"], stance=1),
        actor("UK Sport", "organisation", title="funding agency", aliases=["UK Sport"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
