"""Build the test3 gold files (data/eval/test3/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev5/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test3/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test3.  Standard library only.

HELD OUT: like test/ and test2/, these articles are not to be read while building or tuning the
extractor.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import ROOT, actor, build  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Bloomberg central-bank decision, straight quotes. Content before "the central bank said in a
#    statement, which described ... as "..."" (indirect plus partial). Title before name
#    ("Governor Kittipong Srisuwan told reporters"); Thai people are referred to by first name
#    (Kittipong, Surachet, Ratchada, Tanawat). "has repeatedly described it as ..." (indirect,
#    A as B). "called the outcome "..."" (partial). "..., adding that ..." (indirect). "Asked
#    whether ..." not annotated; "he said there were "..."" partial only. "played down any rift"
#    not annotated. "In an interview with Bloomberg Television ..., X said ..." (indirect).
#    Economist named after a long quote ("said Priya Raman, ..., who ..."). Content before the cue
#    containing a fragment ("The two dissents suggest the committee is "..." X wrote in a note"):
#    partial only. "he wrote" (direct). "according to the National Economic and Social Development
#    Council" (content before the cue). Scare "digital wallet".
ARTICLES["data/eval/test3/bank-of-thailand-rate-hold.gold.json"] = {
    "article": "data/eval/test3/bank-of-thailand-rate-hold.txt",
    "target": "Bank of Thailand",
    "quotes": [
        (I, "Bank of Thailand", "Two members favored a quarter-point reduction", None),
        (P, "Bank of Thailand", "appropriate for sustaining growth and safeguarding financial stability.", None),
        (D, "Kittipong Srisuwan", "Monetary policy is not a cure-all for structural problems, and we should not "
            "pretend that it is,", None),
        (D, "Kittipong Srisuwan", "Cutting now would buy a few months of growth and leave households even deeper "
            "in debt.", None),
        (I, "Kittipong Srisuwan", "it as the biggest single risk to the country's financial stability", None),
        (S, None, "digital wallet", None),
        (P, "Surachet Wongsakul", "disappointing but not surprising.", None),
        (D, "Surachet Wongsakul", "We have done our part with fiscal stimulus. The Bank of Thailand is driving "
            "with one foot on the brake,", None),
        (I, "Surachet Wongsakul", "he would raise the matter with the governor at their regular meeting next week",
            None),
        (P, "Surachet Wongsakul", "no such plans at this time.", None),
        (D, "Kittipong Srisuwan", "We talk often, we don't always agree, and that is how it should be,", None),
        (D, "Kittipong Srisuwan", "Independence is not a favor to the central bank. It is a protection for the "
            "public.", None),
        (I, "Ratchada Phongsri", "the bank stood ready to act if the outlook deteriorated sharply", None),
        (D, "Ratchada Phongsri", "We have room. We are simply choosing not to use it yet,", None),
        (D, "Priya Raman", "The governor has made it very clear that he will not be rushed, and today's vote "
            "shows most of the committee is still with him,", None),
        (D, "Priya Raman", "We see the first cut in the second quarter at the earliest.", None),
        (P, "Tanawat Boonmee", "closer to easing than the governor's tone implied,", None),
        (D, "Tanawat Boonmee", "Waiting until the second quarter risks repeating an old mistake, when the bank "
            "moved too late and then had to cut in a hurry,", None),
        (I, "National Economic and Social Development Council", "Thailand's economy grew 2.1% last year", None),
    ],
    "actors": [
        actor("Bank of Thailand", "organisation", title="central bank",
              aliases=["Bank of Thailand", "the central bank"], stance=1),
        actor("Kittipong Srisuwan", "person", title="governor", affiliation="Bank of Thailand",
              aliases=["Kittipong Srisuwan", "Kittipong", "Srisuwan", "the governor"], stance=1),
        actor("Surachet Wongsakul", "person", title="finance minister", affiliation="Thai government",
              aliases=["Surachet Wongsakul", "Surachet", "Wongsakul"], stance=-1),
        actor("Ratchada Phongsri", "person", title="deputy governor", affiliation="Bank of Thailand",
              aliases=["Ratchada Phongsri", "Ratchada", "Phongsri"], stance=1),
        actor("Priya Raman", "person", title="economist (Singapore)", affiliation="Straits Harbour Securities",
              aliases=["Priya Raman", "Raman"], stance=0),
        actor("Tanawat Boonmee", "person", title="chief economist", affiliation="Krungthep Capital Securities",
              aliases=["Tanawat Boonmee", "Tanawat", "Boonmee"], stance=-1),
        actor("National Economic and Social Development Council", "organisation", title="state planning agency",
              aliases=["National Economic and Social Development Council"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AP typhoon story, straight quotes. Lede content before "the government's disaster response
#    agency said Monday" (the National Disaster Risk Reduction and Management Council, named in the
#    third paragraph) and a second cue in the same sentence ("as residents ... said help was slow
#    to arrive": group). "..., according to the state weather agency PAGASA" (content before the
#    cue). "The council said A, ..., and that B" (one span), then content before "the council
#    said". "Residents said ..." (same group as the lede). Residents named after their quotes with
#    ages ("said Marites Olaguer, 47, who ..."), "Her neighbor, Ramon Tablante, 62, pointed to ..."
#    (not speech) then "he said". Mayor "said A. She said B and that C" (two spans), then
#    "Vergara said in a phone interview". Spokesperson "defended the pace ..., saying ..."
#    (participial, indirect), then "Magbanua told reporters". Presidential office statement:
#    directive with a fragment (partial) plus "and that ..." (indirect). Governor's Facebook post,
#    speaker named after the quote ("... wrote on Facebook"). Photo caption not annotated.
ARTICLES["data/eval/test3/typhoon-dalisay-catanduanes.gold.json"] = {
    "article": "data/eval/test3/typhoon-dalisay-catanduanes.txt",
    "target": "Philippines",
    "quotes": [
        (I, "National Disaster Risk Reduction and Management Council",
            "Typhoon Dalisay tore across the eastern Philippines over the weekend, flattening fishing villages, "
            "setting off landslides and killing at least 31 people", "VIRAC"),
        (I, "residents", "help was slow to arrive", None),
        (I, "PAGASA", "Dalisay made landfall on Catanduanes island late Saturday with sustained winds of 195 "
            "kilometers (121 miles) per hour before weakening over the Bicol region and moving out into the South "
            "China Sea on Sunday night", None),
        (I, "National Disaster Risk Reduction and Management Council",
            "22 of the deaths were on Catanduanes, most of them caused by landslides and falling trees, and that at "
            "least 14 people were still missing", None),
        (I, "National Disaster Risk Reduction and Management Council",
            "More than 180,000 people had been moved to evacuation centers before the storm hit", None),
        (I, "residents", "they had not seen a government relief truck until Monday morning, nearly two days after "
            "the storm passed", None),
        (D, "Marites Olaguer", "We had nothing to eat yesterday except the coconuts that fell on the road,", None),
        (D, "Marites Olaguer", "My children keep asking me when the soldiers are coming with rice. I don't know "
            "what to tell them.", None),
        (D, "Ramon Tablante", "I have lived through many typhoons here. Reming, Rosing, all of them,", None),
        (D, "Ramon Tablante", "This one was the loudest. It sounded like a plane that would not land.", None),
        (I, "Lorna Vergara", "the town's own stocks of rice and bottled water had run out on Sunday", None),
        (I, "Lorna Vergara", "the road to the provincial capital, Virac, was blocked by at least a dozen landslides "
            "and that the town's only bridge had been damaged", None),
        (D, "Lorna Vergara", "We are doing everything we can, but we are a small town. We need the national "
            "government to move faster,", None),
        (I, "Diego Magbanua", "three navy ships loaded with food packs and drinking water had left Manila on Sunday "
            "night and were expected to reach Catanduanes by Tuesday", None),
        (D, "Diego Magbanua", "The problem is not the supplies. The problem is that the ports were closed, and you "
            "cannot fly a C-130 into 190 kph winds,", None),
        (D, "Diego Magbanua", "Once the weather cleared, we moved.", None),
        (P, "Presidential Communications Office", "work around the clock,", None),
        (I, "Presidential Communications Office", "he would visit the island once it was safe to do so", None),
        (D, "Arnel Sarmiento", "Please be patient with our linemen. The whole island is dark, and this will take "
            "weeks, not days,", None),
    ],
    "actors": [
        actor("National Disaster Risk Reduction and Management Council", "government",
              title="national disaster response agency",
              aliases=["National Disaster Risk Reduction and Management Council", "disaster response agency",
                       "the council"], stance=0),
        actor("residents", "group", title="residents of Catanduanes (Bato)",
              aliases=["residents", "Residents"], stance=-1),
        actor("PAGASA", "government", title="state weather agency", aliases=["PAGASA"], stance=None),
        actor("Marites Olaguer", "person", title="dried-fish vendor, Bato resident (47)",
              aliases=["Marites Olaguer", "Olaguer"], stance=-1),
        actor("Ramon Tablante", "person", title="Bato resident (62)",
              aliases=["Ramon Tablante", "Tablante"], stance=None),
        actor("Lorna Vergara", "person", title="mayor of Bato",
              aliases=["Lorna Vergara", "Vergara"], stance=-1),
        actor("Diego Magbanua", "person", title="spokesperson", affiliation="Office of Civil Defense",
              aliases=["Diego Magbanua", "Magbanua"], stance=1),
        actor("Presidential Communications Office", "government", title="presidential press office",
              aliases=["Presidential Communications Office"], stance=1),
        actor("Arnel Sarmiento", "person", title="governor of Catanduanes",
              aliases=["Arnel Sarmiento", "Sarmiento"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Guardian Australia political row, curly double quotes in the body, curly single quotes in the
#    headline and standfirst, ’ apostrophes, comma/full stop outside closing marks. Headline
#    fragment -> the person the headline names (McAlister); standfirst fragment -> Carrick
#    ("Helen Carrick says ..."). "with McAlister accusing Carrick of “...”" (partial). Apposition
#    between name and cue ("McAlister, the Coalition’s water spokesperson, said ..."). Group chant
#    ("The crowd chanted “...”": partial, group). Scare "so-called “up-water”". "said the
#    Coalition “...”, and that ..." (partial plus indirect). "Bruce" inside Carrick's quote is an
#    alias of McAlister. Alternating "he said"/"she said" after "The pair clashed again". "wrote on
#    X that the state had “...”" (partial only). "A spokesperson for Carrick said" (own actor).
#    Scientist named after the quote ("said Prof Hannah Whitlock, ..."), then "Whitlock said A, but
#    acknowledged the government had “...”" (indirect plus partial only). Present-tense group
#    "Rice growers ... say ..." (indirect). "have welcomed the tender" not annotated.
ARTICLES["data/eval/test3/murray-darling-buyback-row.gold.json"] = {
    "article": "data/eval/test3/murray-darling-buyback-row.txt",
    "target": "Helen Carrick",
    "quotes": [
        (P, "Bruce McAlister", "economic vandalism", "Bruce McAlister accuses"),
        (P, "Helen Carrick", "had a decade to fix the river and chose not to", "Helen Carrick says"),
        (P, "Bruce McAlister", "economic vandalism", "accusing Carrick of"),
        (I, "Bruce McAlister", "the buybacks would strip hundreds of millions of dollars a year out of regional "
            "economies", None),
        (D, "Bruce McAlister", "Every litre she buys is a litre that never grows another tonne of rice, never "
            "employs another person at the mill, never keeps another kid at the local school,", None),
        (D, "Bruce McAlister", "This is economic vandalism, dressed up as environmentalism.", None),
        (P, "The crowd", "no more buybacks", None),
        (S, None, "up-water", None),
        (P, "Helen Carrick", "had a decade to fix the river and chose not to", "Carrick hit back"),
        (I, "Helen Carrick", "the government would buy water only from willing sellers", None),
        (D, "Helen Carrick", "Nobody is being forced to sell a single drop. If Bruce wants to talk about vandalism, "
            "he can explain to the people of Menindee why they watched a million fish die on his government’s "
            "watch,", None),
        (D, "Bruce McAlister", "She has never set foot in Griffith without a camera crew,", None),
        (D, "Helen Carrick", "I have been to Griffith four times this year. I’m happy to go again, and I’ll bring "
            "the modelling with me,", None),
        (P, "Daniel Ferris", "not been consulted", None),
        (I, "spokesperson for Carrick", "the department had already received offers from more than 300 willing "
            "sellers, most of them in the southern basin", None),
        (D, "Hannah Whitlock", "The science has been clear for 15 years. The Lower Lakes and the Coorong cannot "
            "survive on what is left after everyone upstream has taken their share,", None),
        (I, "Hannah Whitlock", "buybacks remained the cheapest way to return water to the river", None),
        (P, "Hannah Whitlock", "underestimated what this does to a town like Deniliquin", None),
        (I, "Rice growers", "the price of temporary water has almost doubled since the tender opened", None),
    ],
    "actors": [
        actor("Bruce McAlister", "person", title="Nationals MP, Coalition water spokesperson",
              affiliation="Nationals", aliases=["Bruce McAlister", "McAlister", "Bruce"], stance=-1),
        actor("Helen Carrick", "person", title="federal water minister", affiliation="Australian government",
              aliases=["Helen Carrick", "Carrick"], stance=1),
        actor("The crowd", "group", title="irrigators at the Griffith rally",
              aliases=["The crowd"], stance=-1),
        actor("Daniel Ferris", "person", title="New South Wales water minister", affiliation="NSW government",
              aliases=["Daniel Ferris", "Ferris"], stance=-1),
        actor("spokesperson for Carrick", "person", title="spokesperson", affiliation="Helen Carrick",
              aliases=["spokesperson for Carrick"], stance=1),
        actor("Hannah Whitlock", "person", title="freshwater ecologist (Prof)", affiliation="University of Adelaide",
              aliases=["Hannah Whitlock", "Whitlock"], stance=0),
        actor("Rice growers", "group", title="rice growers in the Murrumbidgee irrigation area",
              aliases=["Rice growers"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. UK regional paper (local democracy reporter), straight single quotes with straight
#    apostrophes inside (isn't, it's, o'clock, ten years' time, officers' report). Headline
#    fragment -> the entity the headline names (Residents). Lede: "with residents warning of
#    lorries '...'" (partial) "and the firm insisting ..." (indirect). Scare: product name
#    'Nidd Blue'. Resident named after his first quote with age ("said Graham Lister, 58, whose
#    ..."). Campaign chair "said A and would B" (one span). Q&A at a public meeting: "Asked by one
#    mother whether ..." not annotated; "Ms Metcalfe replied: '...'" (direct). "Pressed on why ..."
#    not annotated; "she said the cost ... would be '...' and that B" (partial plus indirect).
#    Company statement: partial plus "and that ..." (indirect); "The firm added that ..."
#    (indirect). Councillor "said he would not take a view until ..." (indirect) then direct.
#    Council spokesperson (indirect).
ARTICLES["data/eval/test3/heathfield-creamery-expansion.gold.json"] = {
    "article": "data/eval/test3/heathfield-creamery-expansion.txt",
    "target": "Heathfield Creamery",
    "quotes": [
        (P, "residents", "monster", "Residents vow"),
        (P, "residents", "thundering past the school gates", None),
        (I, "Heathfield Creamery", "the expansion is the only way to keep 40 jobs in the dale", None),
        (S, None, "Nidd Blue", None),
        (D, "Graham Lister", "Nobody here is against the creamery. My dad delivered milk to them for 30 years,",
            None),
        (D, "Graham Lister", "But this isn't a creamery any more, it's a factory. It's a monster, and it's coming "
            "to a village with one road in and one road out.", None),
        (I, "Jenny Atkinson", "the group had collected more than 600 objections and would ask for the application "
            "to be decided by councillors rather than by planning officers", None),
        (D, "Jenny Atkinson", "They keep saying it's about jobs. It's about profit, and that's fine, but not at the "
            "expense of our children's safety,", None),
        (D, "Sarah Metcalfe", "Yes, because there will be a banksman on the lane at school times and no lorries at "
            "all between eight and nine or after three o'clock. That's written into the plans.", None),
        (P, "Sarah Metcalfe", "eye-watering", None),
        (I, "Sarah Metcalfe", "the business relied on milk from 23 farms within ten miles of the village", None),
        (D, "Sarah Metcalfe", "If we go to Harrogate, the milk goes with us, the jobs go with us, and in ten years' "
            "time the farms go too,", None),
        (D, "Sarah Metcalfe", "I'd rather have an argument in this hall than a closed sign on the gate.", None),
        (P, "Heathfield Creamery", "listened carefully", None),
        (I, "Heathfield Creamery", "it would look again at the design of the access road", None),
        (I, "Heathfield Creamery", "the expansion would create 28 new jobs on top of the existing 40", None),
        (I, "Andrew Pickersgill", "he would not take a view until the officers' report had been published", None),
        (D, "Andrew Pickersgill", "I've had more emails about this than about anything since the floods, and I'll "
            "read every one of them,", None),
        (I, "spokesperson for North Yorkshire Council", "the application was expected to go before the Skipton and "
            "Ripon area planning committee in the spring", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of Heathfield (Nidderdale)",
              aliases=["residents", "Residents"], stance=-1),
        actor("Heathfield Creamery", "organisation", title="family-run creamery (Nidderdale)",
              aliases=["Heathfield Creamery", "the creamery", "The creamery", "the firm", "The firm"], stance=1),
        actor("Graham Lister", "person", title="Low Lane resident (58)",
              aliases=["Graham Lister", "Lister"], stance=-1),
        actor("Jenny Atkinson", "person", title="chair", affiliation="Keep Heathfield Rural campaign group",
              aliases=["Jenny Atkinson", "Atkinson"], stance=-1),
        actor("Sarah Metcalfe", "person", title="managing director", affiliation="Heathfield Creamery",
              aliases=["Sarah Metcalfe", "Metcalfe", "Ms Metcalfe"], stance=1),
        actor("Andrew Pickersgill", "person", title="councillor (Cllr)", affiliation="North Yorkshire Council",
              aliases=["Andrew Pickersgill", "Pickersgill"], stance=None),
        actor("spokesperson for North Yorkshire Council", "person", title="spokesperson",
              affiliation="North Yorkshire Council", aliases=["spokesperson for North Yorkshire Council"],
              stance=None),
    ],
}


def main() -> None:
    for gold_path, spec in ARTICLES.items():
        gold = build(gold_path, spec)
        out = ROOT / gold_path
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {gold_path}: {len(gold['quotes'])} quotes")


if __name__ == "__main__":
    main()
