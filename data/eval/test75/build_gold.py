"""Build the test75 gold files (data/eval/test75/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test75/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test75.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test75"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Maritime Executive shipping/diplomacy (Russia more than doubles Northern Sea Route icebreaker escort
#    fees for foreign-flagged ships), Title Case headline without speech, "Published ... by The Maritime
#    Executive" line, straight " and apostrophes, American punctuation inside closing marks. Lede content
#    before "the state nuclear corporation Rosatom said"; content before "according to calculations by ...";
#    Rosatom's directorate "said in a statement that the increase reflected "..." and that B" (partial plus
#    indirect; the directorate is Rosatom speaking); directorate head "told reporters ... that A and that B"
#    (one span), split quote "..., Grach said. "...""; deputy minister named after an apposition,
#    "describing the route as "..."" (partial only), "He said Moscow would not accept "..."" (partial only);
#    the Kremlin "said A and B" (one span); owner's chief executive "said the new tariff made the passage
#    "..." for her fleet" (partial only), "she said", "Solheim said A" (her brother Erik Solheim only
#    mentioned); anonymous executive "said his company was "...,"" (partial); analyst "argued that A and that
#    B" (one span), two quotes around "Lebed said"; scare so-called "shadow fleet"; ministry "said A and would
#    raise it ... "..."" (indirect plus partial). Not annotated: "expects" (final paragraph).
ARTICLES[f"{BATCH}/northern-sea-route-escort-fees.gold.json"] = {
    "article": f"{BATCH}/northern-sea-route-escort-fees.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rosatom", "Russia will more than double the fees it charges foreign-flagged vessels for icebreaker escort "
            "on the Northern Sea Route from next season", None),
        (I, "Polar Freight Analytics", "Under the new tariff schedule, a 50,000 dwt bulker sailing from Murmansk to the "
            "Bering Strait in the summer-autumn window would pay about $1.4 million for escort, up from roughly "
            "$620,000 this year", None),
        (P, "Rosatom", "the real cost of maintaining a nuclear icebreaker fleet", None),
        (I, "Rosatom", "Russian-flagged ships would continue to pay the existing rates", None),
        (I, "Valentin Grach", "the route had handled a record 41 million tonnes of cargo this year and that demand for "
            "escorts far exceeded the fleet's capacity", None),
        (D, "Valentin Grach", "For years foreign shipowners have enjoyed a service that Russian taxpayers subsidized. "
            "That era is over,", None),
        (D, "Valentin Grach", "Anyone who wants to use the route is welcome, but they will pay what it costs.", None),
        (P, "Timur Aliyev", "a national transport corridor, not an international strait.", None),
        (P, "Timur Aliyev", "lectures from countries that have imposed sanctions on our shipping.", None),
        (I, "Kremlin", "the decision was a commercial matter for Rosatom and was not aimed at any country", None),
        (P, "Ingrid Solheim", "commercially meaningless", None),
        (D, "Ingrid Solheim", "We ran six voyages in 2026 and we were already at the margin. At these prices we will "
            "not book a single escort next year,", None),
        (I, "Ingrid Solheim", "the company would return to the Suez Canal routing for its Asia-bound iron ore cargoes",
            None),
        (P, "A senior executive at a Chinese shipping line", "reviewing all options,", None),
        (I, "Mikhail Lebed", "the old fees had been set artificially low to attract foreign traffic in the 2010s and "
            "that Rosatom was simply correcting the price", None),
        (D, "Mikhail Lebed", "Nobody complains when Panama raises its canal tolls,", None),
        (D, "Mikhail Lebed", "The Northern Sea Route saves two weeks of sailing. Two weeks has a price.", None),
        (S, None, "shadow fleet", None),
        (I, "Ministry of Trade, Industry and Fisheries", "it was studying the tariff", None),
        (P, "Ministry of Trade, Industry and Fisheries", "through the appropriate channels.", None),
    ],
    "actors": [
        actor("Rosatom", "organisation", title="state nuclear corporation (its Northern Sea Route directorate)",
              affiliation="Russia", aliases=["Rosatom", "Northern Sea Route directorate"], stance=1),
        actor("Polar Freight Analytics", "organisation", title="Oslo-based consultancy",
              aliases=["Polar Freight Analytics"], stance=None),
        actor("Valentin Grach", "person", title="head of Rosatom's Northern Sea Route directorate", affiliation="Rosatom",
              aliases=["Valentin Grach", "Grach"], stance=1),
        actor("Timur Aliyev", "person", title="Deputy Minister for the Development of the Far East",
              affiliation="Russia", aliases=["Timur Aliyev", "Aliyev"], stance=1),
        actor("Kremlin", "government", title="Russian presidency", affiliation="Russia", aliases=["Kremlin"],
              stance=1),
        actor("Ingrid Solheim", "person", title="chief executive", affiliation="Arctic Bulk Carriers",
              aliases=["Ingrid Solheim", "Solheim"], stance=-1),
        actor("A senior executive at a Chinese shipping line", "person",
              title="anonymous senior executive of a Chinese shipping line",
              aliases=["A senior executive at a Chinese shipping line"], stance=0),
        actor("Mikhail Lebed", "person", title="shipping analyst", affiliation="Arktika Capital",
              aliases=["Mikhail Lebed", "Lebed"], stance=1),
        actor("Ministry of Trade, Industry and Fisheries", "government", title="Norway's trade ministry",
              affiliation="Norway", aliases=["Ministry of Trade, Industry and Fisheries"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Vet Times (UK veterinary trade press) business (a corporate vet group closes 14 out-of-hours hubs),
#    headline and standfirst without speech, "By NAME" and "Published: 2 December 2026" lines, lede opening
#    in capitals ("PENNANT"), straight " and apostrophes, British punctuation outside fragments, "Read more:"
#    line. Company "said the closures were "..." to ..., and that B" (partial plus indirect); scare the
#    group's "hub and spoke" model; chief veterinary officer "told Vet Times the group had tried ..." (no
#    "that"), then "he said" and a two-paragraph quote (open paragraph, closed paragraph): one direct each;
#    Q&A "Asked whether ..., he replied: "...""; practice owner Gwenllian Price "said independents were being
#    left to "..." without ..." (partial only), "she said"; farmer Dafydd Price (same surname, "who is not
#    related to her") "said A", quote with "Dafydd Price added"; BVA president "said the association was
#    "..." by ... and that B" (partial plus indirect); unnamed RCVS spokesperson (own actor) "said A, ..., and
#    that the college would "..." at ..." (indirect plus partial). Not annotated: revenue and closing dates.
ARTICLES[f"{BATCH}/pennant-out-of-hours-hub-closures.gold.json"] = {
    "article": f"{BATCH}/pennant-out-of-hours-hub-closures.txt",
    "target": "Pennant Veterinary Group",
    "quotes": [
        (P, "Pennant Veterinary Group", "a difficult but necessary response", None),
        (I, "Pennant Veterinary Group", "affected clients would be directed to its remaining 31 hubs or to partner "
            "providers", None),
        (S, None, "hub and spoke", None),
        (I, "Rhys Morgan-Lloyd", "the group had tried for more than a year to recruit for the sites", None),
        (D, "Rhys Morgan-Lloyd", "We have advertised these roles continuously since summer 2025. We have offered "
            "relocation packages, a four-night week and salaries well above the market rate,", None),
        (D, "Rhys Morgan-Lloyd", "At some hubs we had one vet covering a 60-mile radius alone, night after night. "
            "That is not safe for the vet and it is not safe for the animals.", None),
        (D, "Rhys Morgan-Lloyd", "Consolidating into fewer, better-staffed centres is the responsible thing to do.",
            None),
        (D, "Rhys Morgan-Lloyd", "Staffing is the cost. You cannot run a hub without a vet in it.", None),
        (P, "Gwenllian Price", "pick up the pieces", None),
        (D, "Gwenllian Price", "We're a four-vet practice. If every Pennant client within 40 miles rings us at 2am, we "
            "simply cannot answer them all,", None),
        (I, "Dafydd Price", "he had lost a ewe during lambing last spring while waiting for a vet to arrive from the "
            "existing hub", None),
        (D, "Dafydd Price", "The nearest one after March will be in Carmarthen. That's an hour and a quarter in a Land "
            "Rover on a good night, and lambing nights are never good nights,", None),
        (P, "Anika Sethi", "deeply concerned", None),
        (I, "Anika Sethi", "it would seek an urgent meeting with Pennant before Christmas", None),
        (I, "RCVS spokesperson", "the code of professional conduct required practices to take steps to provide 24-hour "
            "emergency first aid and pain relief to animals, either directly or through another provider", None),
        (P, "RCVS spokesperson", "look closely", None),
    ],
    "actors": [
        actor("Pennant Veterinary Group", "organisation", title="corporate veterinary group",
              aliases=["Pennant Veterinary Group", "Pennant"], stance=1),
        actor("Rhys Morgan-Lloyd", "person", title="Chief veterinary officer", affiliation="Pennant Veterinary Group",
              aliases=["Rhys Morgan-Lloyd", "Morgan-Lloyd"], stance=1),
        actor("Gwenllian Price", "person", title="owner of an independent mixed practice near Llandovery",
              aliases=["Gwenllian Price", "Price"], stance=-1),
        actor("Dafydd Price", "person", title="Sheep farmer", aliases=["Dafydd Price", "Price"], stance=-1),
        actor("Anika Sethi", "person", title="president", affiliation="British Veterinary Association",
              aliases=["Anika Sethi", "Sethi"], stance=-1),
        actor("RCVS spokesperson", "person", title="unnamed spokesperson",
              affiliation="Royal College of Veterinary Surgeons", aliases=["RCVS spokesperson"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Police Oracle (UK policing news) labour/policing (a Police Federation branch passes a no-confidence vote
#    in its chief constable), headline and standfirst without speech, "By NAME" and "04 December 2026" lines,
#    curly double quotes and curly apostrophes, British punctuation outside fragments. Lede content before
#    "the county's Police Federation branch said"; content before "according to the branch"; the force
#    "which the force calls the "..."" (partial, the force as speaker); branch chair (surname Wise) "said A",
#    quote with "Wise said" and a quote-only paragraph; "He said the federation would "..." the force ... but
#    that B" (partial plus indirect); chief constable "said A but would not be stepping down" (one span),
#    quote with "she said in a statement" and a quote-only paragraph; PCC "said the vote was "..." but that
#    B" (partial plus indirect); Q&A-style "Asked by Police Oracle whether ..., a spokesman for the
#    commissioner's office said the PCC had asked for "..." of ..." (partial only; the spokesman his own
#    actor); anonymous sergeant "told Police Oracle that colleagues ... were "..." until ..." (partial only),
#    then "the sergeant said"; Superintendents' Association "said A"; national federation "said A were "..."
#    and that B" (partial plus indirect). Not annotated: the closing background.
ARTICLES[f"{BATCH}/cumbria-federation-no-confidence-hartigan.gold.json"] = {
    "article": f"{BATCH}/cumbria-federation-no-confidence-hartigan.txt",
    "target": "Fiona Hartigan",
    "quotes": [
        (I, "Police Federation branch", "Rank-and-file officers in Cumbria have passed a vote of no confidence in Chief "
            "Constable Fiona Hartigan", None),
        (I, "Police Federation branch", "Of the 612 members who took part in the ballot, 557 backed the motion", None),
        (P, "Cumbria Constabulary", "resilience rota", None),
        (I, "Andy Wise", "members had lost faith in the chief\u2019s willingness to listen", None),
        (D, "Andy Wise", "This is not a decision anyone took lightly. Our members have raised fatigue, childcare and "
            "safety concerns since the summer, and every time they have been told the rota is not up for discussion,",
            None),
        (D, "Andy Wise", "When officers are falling asleep at the wheel on the A66 at the end of a night shift, "
            "something has gone badly wrong.", None),
        (P, "Andy Wise", "continue to work with", None),
        (I, "Andy Wise", "members wanted a change of leadership", None),
        (I, "Fiona Hartigan", "she respected the federation\u2019s right to hold the ballot but would not be stepping "
            "down", None),
        (D, "Fiona Hartigan", "I understand that change is hard, and I have listened. We have already adjusted start "
            "times at two stations in response to feedback,", None),
        (D, "Fiona Hartigan", "But Cumbria is a big county with a small force. The old pattern left us with too few "
            "officers on the street on Friday and Saturday nights, and the public noticed.", None),
        (P, "Rebecca Ngata-Holmes", "a matter of concern", None),
        (I, "Rebecca Ngata-Holmes", "she continued to have confidence in the chief constable", None),
        (P, "spokesman for the commissioner\u2019s office", "an independent assessment", None),
        (P, "One response sergeant", "counting the days", None),
        (D, "One response sergeant", "People keep saying it\u2019s about overtime money. It isn\u2019t. It\u2019s about "
            "being able to see your kids before they go to bed,", None),
        (I, "Police Superintendents\u2019 Association", "it did not comment on individual forces", None),
        (P, "Police Federation of England and Wales", "a last resort", None),
        (I, "Police Federation of England and Wales", "it supported the Cumbria branch", None),
    ],
    "actors": [
        actor("Police Federation branch", "organisation", title="Cumbria branch of the Police Federation",
              aliases=["Police Federation branch", "branch"], stance=-1),
        actor("Cumbria Constabulary", "organisation", title="police force", aliases=["Cumbria Constabulary", "force"], stance=None),
        actor("Andy Wise", "person", title="Branch chair", affiliation="Cumbria Police Federation",
              aliases=["Andy Wise", "Wise"], stance=-1),
        actor("Fiona Hartigan", "person", title="Chief Constable", affiliation="Cumbria Constabulary",
              aliases=["Fiona Hartigan", "Hartigan", "chief constable"], stance=1),
        actor("Rebecca Ngata-Holmes", "person", title="Police and Crime Commissioner", affiliation="Cumbria",
              aliases=["Rebecca Ngata-Holmes", "Ngata-Holmes", "Police and Crime Commissioner", "PCC"], stance=1),
        actor("spokesman for the commissioner\u2019s office", "person", title="unnamed spokesman",
              affiliation="Office of the Police and Crime Commissioner",
              aliases=["spokesman for the commissioner\u2019s office"], stance=0),
        actor("One response sergeant", "person", title="anonymous response sergeant", affiliation="Cumbria Constabulary",
              aliases=["One response sergeant"], stance=-1),
        actor("Police Superintendents\u2019 Association", "organisation", title="staff association for senior officers",
              aliases=["Police Superintendents\u2019 Association"], stance=None),
        actor("Police Federation of England and Wales", "organisation", title="national police staff association",
              aliases=["Police Federation of England and Wales"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Inside Climate News energy/climate (a state utility commission approves a gas plant 3-2), Title Case
#    headline and deck without speech, "By NAME" and "December 5, 2026" lines, dateline "BATON ROUGE, La.—",
#    curly quotes and apostrophes, American punctuation inside closing marks, closing reader-funding line.
#    Commission "said in a written order that the plant was needed to meet "..." from ..." (partial only);
#    chairman whose surname is a common word (Parish; also "Calcasieu Parish", "a parish") "said A", split
#    quote around "Parish said"; dissenting commissioner "called the decision "..." and said A" (partial plus
#    indirect), "she said from the dais" (a nested report inside her quote not annotated); content before
#    "according to testimony filed by the commission's staff consultant, ..."; utility spokesperson named
#    before the apposition "said the company was "..." for the vote and that B" (partial plus indirect); Q&A
#    "Asked whether ..., Mouton said: "...""; organizer "said A", quote with singular "they said",
#    "Fontenot added that A"; consumer group "said A"; scare so-called "data center boom". Not annotated:
#    "had recommended" (not a cue), the signs, background.
ARTICLES[f"{BATCH}/louisiana-psc-gas-plant-approval.gold.json"] = {
    "article": f"{BATCH}/louisiana-psc-gas-plant-approval.txt",
    "target": "Louisiana Public Service Commission",
    "quotes": [
        (P, "Louisiana Public Service Commission", "unprecedented load growth", None),
        (I, "Davante Parish", "the state could not risk blackouts", None),
        (D, "Davante Parish", "We are being asked to keep the lights on for a population and an economy that are both "
            "growing,", None),
        (D, "Davante Parish", "I am not going to bet that on the weather.", None),
        (P, "Eleanor Thibodeaux", "a gift to a monopoly", None),
        (I, "Eleanor Thibodeaux", "ratepayers would still be paying for the plant long after it was needed", None),
        (D, "Eleanor Thibodeaux", "The commission\u2019s own consultant told us there was a cheaper way to do this. We "
            "chose not to listen,", None),
        (I, "Tidewater Energy Economics", "A portfolio of solar, batteries and a smaller gas unit would have saved "
            "customers about $410 million over 30 years", None),
        (P, "Kendra Mouton", "grateful", None),
        (I, "Kendra Mouton", "construction would begin in the spring, with the plant expected to come online in 2030",
            None),
        (D, "Kendra Mouton", "We evaluated more than a dozen portfolios. This one gives our customers reliable power at "
            "the lowest reasonable cost.", None),
        (I, "Logan Fontenot", "the plant would add to the pollution burden in a parish already home to two LNG export "
            "terminals and several refineries", None),
        (D, "Logan Fontenot", "Folks here already live next to the terminals and the flares. Now they get a gas plant, "
            "and they get the bill for it too,", None),
        (I, "Logan Fontenot", "Healthy Gulf was weighing an appeal in state court", None),
        (I, "Alliance for Affordable Energy", "the average residential bill would rise by about $9 a month once the "
            "plant entered service", None),
        (S, None, "data center boom.", None),
    ],
    "actors": [
        actor("Louisiana Public Service Commission", "government", title="state utility regulator",
              affiliation="Louisiana", aliases=["Louisiana Public Service Commission", "Public Service Commission",
                                                "commission"], stance=1),
        actor("Davante Parish", "person", title="Commission chairman", affiliation="Louisiana Public Service Commission",
              aliases=["Davante Parish", "Parish"], stance=1),
        actor("Eleanor Thibodeaux", "person", title="Commissioner", affiliation="Louisiana Public Service Commission",
              aliases=["Eleanor Thibodeaux", "Thibodeaux"], stance=-1),
        actor("Tidewater Energy Economics", "organisation", title="the commission's staff consultant",
              aliases=["Tidewater Energy Economics"], stance=-1),
        actor("Kendra Mouton", "person", title="spokesperson", affiliation="Bayou Gulf Power",
              aliases=["Kendra Mouton", "Mouton"], stance=1),
        actor("Logan Fontenot", "person", title="organizer", affiliation="Healthy Gulf",
              aliases=["Logan Fontenot", "Fontenot"], stance=-1),
        actor("Alliance for Affordable Energy", "organisation", title="New Orleans-based consumer group",
              aliases=["Alliance for Affordable Energy"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
