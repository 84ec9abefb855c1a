"""Build the dev154 gold files (data/eval/dev154/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev154/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev154.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev154"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Marianas Variety (Saipan) tourism (Russian tour operators want charters back), headline without
#    speech, byline and "Variety News Staff" line, lede opening in capitals ("RUSSIAN tour operators"),
#    straight " and apostrophes, American punctuation inside closing marks. Lede content before "Marianas
#    Visitors Authority officials said" (the MVA); managing director "told the MVA board of directors
#    that A" (indirect); "The companies,
#    he said, "..." in returning" (partial split by its attribution); quote with "Concepcion said" and
#    a second stretch; scare so-called "Russian season,"; CBP spokesperson "said the agency "..." and that
#    B" (partial plus indirect); tour operator "said Russian travelers "..."" (partial only), then "he told
#    Variety", second stretch; embassy "said Russian citizens were being "..." by ... and called on ... to
#    "..."" (two partials, the second inside a directive); lawmaker "said A, but warned that the CNMI ...
#    "..."" (indirect plus partial), "she said"; Q&A "Asked whether ..., press secretary ... said the
#    administration "..." and was focused on B" (partial plus indirect); anonymous hotel manager "who asked
#    not to be named ..., said A", "he said"; content before "according to MVA data". Not annotated:
#    "asked management to prepare a report" (a directive).
ARTICLES[f"{BATCH}/saipan-russian-charters-mva.gold.json"] = {
    "article": f"{BATCH}/saipan-russian-charters-mva.txt",
    "target": "Russia",
    "quotes": [
        (I, "Marianas Visitors Authority", "RUSSIAN tour operators want to resume charter flights to Saipan by the "
            "summer of 2027, but federal restrictions on Russian visitors remain the main obstacle", None),
        (I, "Christopher A. Concepcion", "representatives of three Moscow- and Vladivostok-based travel companies met "
            "with the agency during a tourism trade show in Vladivostok last month", None),
        (P, "Christopher A. Concepcion", "expressed strong interest", None),
        (D, "Christopher A. Concepcion", "The Russian market was our fastest-growing market before the pandemic. We "
            "had weekly charters from Vladivostok and Khabarovsk, and those visitors stayed longer and spent more than "
            "anybody else,", None),
        (D, "Christopher A. Concepcion", "If we can bring even part of that back, it will help our hotels and our "
            "workers.", None),
        (S, None, "Russian season,", None),
        (P, "A CBP spokesperson", "does not comment on pending policy reviews", None),
        (I, "A CBP spokesperson", "any change to the parole program would be decided in Washington", None),
        (P, "Alexei Morozov", "never stopped asking about Saipan.", None),
        (D, "Alexei Morozov", "People in the Far East remember the beaches, the diving, the friendliness. For a family "
            "in Khabarovsk, Saipan is closer than Moscow,", None),
        (D, "Alexei Morozov", "Politics is politics, but tourists are just tourists.", None),
        (P, "Russian Embassy", "discriminated against", None),
        (P, "Russian Embassy", "stop punishing ordinary people for political reasons.", None),
        (I, "Marissa Flores", "she understood the economic argument", None),
        (P, "Marissa Flores", "a back door", None),
        (D, "Marissa Flores", "We are part of the United States. We cannot have one policy in Washington and another "
            "policy in Garapan,", None),
        (P, "Frank Rabauliman", "welcomes all visitors who can legally travel here", None),
        (I, "Frank Rabauliman", "was focused on rebuilding the Korean and Japanese markets", None),
        (I, "A hotel general manager in Garapan", "Russian guests once filled nearly a third of his rooms in the winter "
            "months", None),
        (D, "A hotel general manager in Garapan", "Right now we are at 40 percent. If the Russians can come back "
            "legally, I will send a car to the airport for every one of them,", None),
    ],
    "actors": [
        actor("Marianas Visitors Authority", "government", title="CNMI tourism agency", affiliation="CNMI",
              aliases=["Marianas Visitors Authority", "MVA"], stance=0),
        actor("Christopher A. Concepcion", "person", title="MVA Managing Director",
              affiliation="Marianas Visitors Authority", aliases=["Christopher A. Concepcion", "Concepcion"], stance=1),
        actor("A CBP spokesperson", "person", title="spokesperson", affiliation="U.S. Customs and Border Protection",
              aliases=["A CBP spokesperson"], stance=None),
        actor("Alexei Morozov", "person", title="general director", affiliation="Vostok Pacific Tours",
              aliases=["Alexei Morozov", "Morozov"], stance=1),
        actor("Russian Embassy", "government", title="Russian Embassy in Washington", affiliation="Russia",
              aliases=["Russian Embassy"], stance=1),
        actor("Marissa Flores", "person", title="Rep., R-Saipan", affiliation="CNMI House of Representatives",
              aliases=["Marissa Flores", "Flores"], stance=-1),
        actor("Frank Rabauliman", "person", title="governor's press secretary", affiliation="CNMI governor's office",
              aliases=["Frank Rabauliman", "Rabauliman"], stance=0),
        actor("A hotel general manager in Garapan", "person", title="anonymous hotel general manager",
              aliases=["A hotel general manager in Garapan"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Philippine Star (Philstar) courts (the Sandiganbayan convicts an ex-governor), headline without
#    speech, "Elizabeth Marcelo - The Philippine Star" and "December 5, 2026 | 12:00am" lines, dateline
#    "MANILA, Philippines —", straight " and apostrophes, "P48.7 million". Scare nickname "Bong"; the
#    court "said the prosecution had proven "..." that Dimaculangan gave "..." to ..." (two partials); the
#    court's decision quoted with "the court said in the decision penned by Associate Justice ..." (the
#    Sandiganbayan speaks, not the justice); two Marasigans: the lawyer Joel ("His lawyer, Joel Marasigan,
#    said A"; quote with "Marasigan told The STAR"; "He said his client ... was "..." and would remain
#    free ..." (partial plus indirect)) and the co-accused Noel ("told reporters ... that A", "he said");
#    farmers' leader named after his quote, then "Dela Rosa said A"; the Ombudsman "welcomed the decision,
#    saying it showed that "..."" (partial). Not annotated: "did not speak to reporters", "Records
#    showed", the COA report "flagged the purchase".
ARTICLES[f"{BATCH}/sandiganbayan-sorsogon-fertilizer-dimaculangan.gold.json"] = {
    "article": f"{BATCH}/sandiganbayan-sorsogon-fertilizer-dimaculangan.txt",
    "target": "Eduardo Dimaculangan",
    "quotes": [
        (S, None, "Bong", None),
        (P, "Sandiganbayan", "beyond reasonable doubt", None),
        (P, "Sandiganbayan", "unwarranted benefits", None),
        (D, "Sandiganbayan", "The accused, as the approving authority, could not have failed to notice that the "
            "supplier had no warehouse, no delivery trucks and no track record,", None),
        (I, "Joel Marasigan", "they would file a motion for reconsideration within the 15-day period allowed by the "
            "rules", None),
        (D, "Joel Marasigan", "We respect the court, but we respectfully disagree. The governor signed documents that "
            "had passed through four offices before reaching his desk. He relied in good faith on his subordinates,",
            None),
        (P, "Joel Marasigan", "at peace", None),
        (I, "Joel Marasigan", "would remain free on bail while the motion was pending", None),
        (I, "Noel Marasigan", "he had only followed orders", None),
        (D, "Noel Marasigan", "I am a small employee. I signed because I was told to sign, and the governor's office was "
            "calling every day asking why the payment was not yet released,", None),
        (D, "Ernesto Dela Rosa", "We waited for that fertilizer for two planting seasons. Until now, nobody has given "
            "back what was stolen from us,", None),
        (I, "Ernesto Dela Rosa", "his group would ask the provincial government to file a civil case to recover the "
            "money", None),
        (P, "Office of the Ombudsman", "no position is high enough to shield anyone from accountability.", None),
    ],
    "actors": [
        actor("Sandiganbayan", "organisation", title="anti-graft court (Fifth Division)", affiliation="Philippines",
              aliases=["Sandiganbayan"], stance=-1),
        actor("Joel Marasigan", "person", title="defence lawyer", affiliation="Eduardo Dimaculangan",
              aliases=["Joel Marasigan", "Marasigan"], stance=1),
        actor("Noel Marasigan", "person", title="former provincial agriculturist, co-accused",
              affiliation="Sorsogon provincial government", aliases=["Noel Marasigan", "Marasigan"], stance=-1),
        actor("Ernesto Dela Rosa", "person", title="chairman", affiliation="Kilusang Magbubukid ng Sorsogon",
              aliases=["Ernesto Dela Rosa", "Dela Rosa"], stance=-1),
        actor("Office of the Ombudsman", "government", title="anti-graft office", affiliation="Philippines",
              aliases=["Office of the Ombudsman", "Ombudsman"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. MaltaToday planning (an 18-storey hotel approved in Sliema), headline and standfirst without speech,
#    byline and "Last updated on 3 December 2026, 6:12pm" line, British spelling with punctuation inside
#    the closing mark for full-sentence fragments, "€1.2 million", Maltese letters (Ġużeppi). The PA "said
#    the project "..." with ... and that B" (partial plus indirect); chairperson "told objectors that the
#    board could only judge the application "..."" (partial only); the ERA "had warned in its submissions
#    that A"; two Borgs: the NGO spokesperson named after her quote ("said Graffitti spokesperson Claire
#    Borg"), then "Borg said A, and would B" (one span), and the architect ("defended the design, saying
#    the tower would "..."" partial; "he said"); council "said it was "..." by the decision and would B"
#    (partial plus indirect); resident quote with "Vella told the board"; anonymous board member "said the
#    board had been under "..." from ..." (partial only); scare so-called "skyline of cranes". Not
#    annotated: "reacted angrily", "addressed the board in Maltese", "applauded".
ARTICLES[f"{BATCH}/tigne-hotel-tower-planning-authority.gold.json"] = {
    "article": f"{BATCH}/tigne-hotel-tower-planning-authority.txt",
    "target": "Planning Authority",
    "quotes": [
        (P, "Planning Authority", "fully complies", None),
        (I, "Planning Authority", "the developer would finance a €1.2 million public open space on the adjacent "
            "foreshore", None),
        (P, "Martin Saliba", "against the policies in force, not against the policies some people wish we had.", None),
        (I, "Environment and Resources Authority", "the tower would have a significant visual impact on the Sliema "
            "skyline and on views from Valletta", None),
        (D, "Claire Borg", "The PA has once again shown that it works for developers, not for residents. Thousands of "
            "people objected and the board simply did not care,", None),
        (I, "Claire Borg", "the NGO would appeal the decision before the Environment and Planning Review Tribunal, and "
            "would ask the tribunal to suspend the permit until the appeal is decided", None),
        (P, "Ġużeppi Borg", "give Sliema a landmark it can be proud of.", None),
        (D, "Ġużeppi Borg", "Nobody is losing their sea view. We spent two years redesigning this project to answer "
            "every concern that was raised, and we reduced the height by three floors,", None),
        (P, "Sliema local council", "deeply disappointed", None),
        (I, "Sliema local council", "would consider joining the appeal", None),
        (D, "Marija Vella", "I have lived on this street for 52 years. Now I will live in a shadow,", None),
        (P, "One board member", "enormous pressure", None),
        (S, None, "skyline of cranes", None),
    ],
    "actors": [
        actor("Planning Authority", "government", title="planning regulator", affiliation="Malta",
              aliases=["Planning Authority", "PA"], stance=1),
        actor("Martin Saliba", "person", title="board chairperson", affiliation="Planning Authority",
              aliases=["Martin Saliba", "Saliba"], stance=1),
        actor("Environment and Resources Authority", "government", title="environment regulator", affiliation="Malta",
              aliases=["Environment and Resources Authority", "ERA"], stance=-1),
        actor("Claire Borg", "person", title="spokesperson", affiliation="Moviment Graffitti",
              aliases=["Claire Borg", "Borg"], stance=-1),
        actor("Ġużeppi Borg", "person", title="project architect", affiliation="Harbourside Estates Ltd",
              aliases=["Ġużeppi Borg", "Borg"], stance=1),
        actor("Sliema local council", "government", title="local council", affiliation="Sliema",
              aliases=["Sliema local council"], stance=-1),
        actor("Marija Vella", "person", title="resident", aliases=["Marija Vella", "Vella"], stance=-1),
        actor("One board member", "person", title="anonymous board member who voted in favour",
              affiliation="Planning Authority", aliases=["One board member"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Shanghai Daily business/consumer (a milk tea chain fined over expired ingredients), headline without
#    speech, byline and "18:52 UTC+8, 2026-12-04" lines, straight " and apostrophes, American spelling
#    and punctuation inside closing marks, "820,000 yuan (US$113,000)". Lede content before "the city's
#    market regulator said"; "The ... Administration for Market Regulation said in a notice that A, and
#    that B" (one span); "The notice described the violations as "...," noting that C" (partial plus
#    indirect); company "apologized in a statement ..., saying it had "..." for ... and had closed ... for
#    "..."" (two partials), then "the statement said"; scare so-called "new-style tea"; founder quote with
#    "Tang said in the video"; two Wangs: a customer ("who said A, told Shanghai Daily she was "..."",
#    "she said") and the lawyer Wang Jun (content before "said Wang Jun, a lawyer ...", then "Wang said"
#    with a second stretch); consumer council "said A, and urged the company to "..."" (indirect plus a
#    partial inside a directive); analyst "said A", "Mo said". Not annotated: "bowed to the camera".
ARTICLES[f"{BATCH}/chayue-tea-fine-expired-ingredients.gold.json"] = {
    "article": f"{BATCH}/chayue-tea-fine-expired-ingredients.txt",
    "target": "Chayue Tea",
    "quotes": [
        (I, "Shanghai Administration for Market Regulation", "A popular Shanghai milk tea chain has been fined 820,000 "
            "yuan (US$113,000) after inspectors found expired ingredients at 11 of its outlets", None),
        (I, "Shanghai Administration for Market Regulation", "inspectors had found expired fruit purees, milk powder "
            "and tapioca pearls at Chayue Tea stores in Xuhui, Jing'an and Pudong, and that staff at several stores had "
            "relabeled products with new expiry dates", None),
        (P, "Shanghai Administration for Market Regulation", "serious and repeated,", None),
        (I, "Shanghai Administration for Market Regulation", "two of the stores had been warned over hygiene in 2025",
            None),
        (P, "Chayue Tea", "zero tolerance", None),
        (P, "Chayue Tea", "rectification.", None),
        (D, "Chayue Tea", "We sincerely apologize to our customers. We have dismissed the store managers involved and "
            "will invite third-party auditors into every one of our stores,", None),
        (S, None, "new-style tea", None),
        (D, "Tang Xiaolu", "This was a failure of management in 11 stores. It was not a failure of the 300 stores and "
            "the thousands of young people who serve our customers well every day,", None),
        (I, "A customer surnamed Wang", "she bought tea from the chain's Xujiahui outlet almost every day", None),
        (P, "A customer surnamed Wang", "shocked.", None),
        (D, "A customer surnamed Wang", "I trusted them because they are so expensive. Now I don't know what I was "
            "drinking all these months,", None),
        (I, "Wang Jun", "Customers who can prove they bought the affected products may be entitled to compensation of "
            "up to 10 times the price under China's Food Safety Law", None),
        (D, "Wang Jun", "The fine is large for a tea shop, but it is small compared with the damage to the brand,",
            None),
        (D, "Wang Jun", "For a company that sells freshness, this is the worst kind of scandal.", None),
        (I, "Shanghai Consumer Council", "it had received 214 complaints about the chain so far this year, most of "
            "them about hygiene and refunds", None),
        (P, "Shanghai Consumer Council", "take responsibility", None),
        (I, "Mo Fan", "the case could delay the chain's plan for a Hong Kong listing, which had been expected in the "
            "second half of 2027", None),
        (D, "Mo Fan", "Investors can forgive slow growth. They find it much harder to forgive a food safety case,",
            None),
    ],
    "actors": [
        actor("Shanghai Administration for Market Regulation", "government", title="city market regulator",
              affiliation="Shanghai", aliases=["Shanghai Administration for Market Regulation", "market regulator"],
              stance=-1),
        actor("Chayue Tea", "organisation", title="milk tea chain", aliases=["Chayue Tea", "Chayue"], stance=1),
        actor("Tang Xiaolu", "person", title="founder", affiliation="Chayue Tea", aliases=["Tang Xiaolu", "Tang"],
              stance=1),
        actor("A customer surnamed Wang", "person", title="customer", aliases=["A customer surnamed Wang"], stance=-1),
        actor("Wang Jun", "person", title="lawyer", affiliation="Shanghai Hengtai Law Firm",
              aliases=["Wang Jun", "Wang"], stance=0),
        actor("Shanghai Consumer Council", "organisation", title="consumer body", affiliation="Shanghai",
              aliases=["Shanghai Consumer Council"], stance=-1),
        actor("Mo Fan", "person", title="food and beverage analyst", affiliation="Dingyi Research",
              aliases=["Mo Fan", "Mo"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
