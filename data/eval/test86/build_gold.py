"""Build the test86 gold files (data/eval/test86/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test86/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test86.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test86"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Serbian Monitor energy/diplomacy (Serbia extends its gas contract with Gazprom), headline without
#    speech, "Belgrade, 2 December 2026 –" dateline inside the lede, straight " and apostrophes, Serbian
#    diacritics (Petrović, Pančevo, Đurić). Lede content before ", Srbijagas said"; "the state-owned gas
#    company said A and that the price formula remained "..."" (indirect plus partial); minister quote before
#    "told reporters after the signing ceremony", "She said A and that B" (one span); ambassador "said the deal
#    showed that "..." the ties ..." (partial only), quote with "Vorontsov told the Tanjug news agency"; scare
#    "military neutrality"; NIS "said in a statement that A and that B" (one span); EU Delegation spokesperson
#    "said the bloc "..." of candidate countries and that it expected ..." (partial plus indirect); opposition
#    MP "said the government had ... tied ... to "..."" (partial only) and "demanded ..." (directive);
#    economist "said A but warned that the deal left the country "..." to ..." (indirect plus partial),
#    quote with "Đurić said". "It did not disclose the price" (negated) and "has promised" are not annotated.
ARTICLES[f"{BATCH}/serbia-gazprom-contract-russia.gold.json"] = {
    "article": f"{BATCH}/serbia-gazprom-contract-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Srbijagas", "Serbia will keep receiving Russian natural gas at an oil-linked price for another three years "
            "under an extension of its supply contract with Gazprom signed in Belgrade on Tuesday", None),
        (I, "Srbijagas", "the agreement covered deliveries of up to 2.5 billion cubic metres a year", None),
        (P, "Srbijagas", "among the most favourable in Europe", None),
        (D, "Jelena Petrovi\u0107", "Serbia has secured gas for its citizens and its industry for the next three winters. "
            "That is what a responsible energy policy looks like,", None),
        (I, "Jelena Petrovi\u0107", "Serbia would continue to diversify its supply through the interconnector with "
            "Bulgaria and that talks on additional volumes of Azerbaijani gas were at an advanced stage", None),
        (P, "Nikolai Vorontsov", "no one can break", None),
        (D, "Nikolai Vorontsov", "Russia has always been a reliable supplier for Serbia, in any weather and under any "
            "pressure,", None),
        (S, None, "military neutrality", None),
        (I, "NIS", "the Pan\u010devo refinery was operating normally and that fuel supplies to petrol stations were "
            "stable", None),
        (P, "spokesperson for the EU Delegation to Serbia", "respects the sovereign decisions", None),
        (I, "spokesperson for the EU Delegation to Serbia", "it expected Belgrade to align progressively with EU policy "
            "on reducing dependence on Russian energy", None),
        (P, "Marija Stankovi\u0107", "a country at war", None),
        (I, "Vojislav \u0110uri\u0107", "the price was competitive", None),
        (P, "Vojislav \u0110uri\u0107", "exposed", None),
        (D, "Vojislav \u0110uri\u0107", "In the short term, this is a good price. In the long term, one pipeline and one "
            "supplier is not a strategy,", None),
    ],
    "actors": [
        actor("Srbijagas", "organisation", title="state-owned gas company", affiliation="Serbia",
              aliases=["Srbijagas"], stance=1),
        actor("Jelena Petrovi\u0107", "person", title="Minister of Mining and Energy", affiliation="Serbia",
              aliases=["Jelena Petrovi\u0107", "Petrovi\u0107"], stance=1),
        actor("Nikolai Vorontsov", "person", title="Russian Ambassador", affiliation="Russia",
              aliases=["Nikolai Vorontsov", "Vorontsov"], stance=1),
        actor("NIS", "organisation", title="oil company", affiliation="Gazprom Neft", aliases=["NIS"], stance=None),
        actor("spokesperson for the EU Delegation to Serbia", "person", title="spokesperson",
              affiliation="EU Delegation to Serbia", aliases=["spokesperson for the EU Delegation to Serbia"],
              stance=-1),
        actor("Marija Stankovi\u0107", "person", title="opposition MP", affiliation="Green-Left Front",
              aliases=["Marija Stankovi\u0107", "Stankovi\u0107"], stance=-1),
        actor("Vojislav \u0110uri\u0107", "person", title="energy economist",
              affiliation="University of Belgrade Faculty of Economics",
              aliases=["Vojislav \u0110uri\u0107", "\u0110uri\u0107"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ARTnews (a museum will sell a painting to pay for building repairs), long title-case headline without
#    speech, byline and "December 3, 2026 4:15pm", curly quotes and apostrophes, American punctuation inside
#    the marks. Lede content before ", the museum confirmed on Wednesday"; content before "according to two
#    people familiar with the consignment"; museum statement "said proceeds would go toward "...,"
#    including ..., and that B" (partial plus indirect); director "told ARTnews that the decision had been
#    "..." and that B" (partial plus indirect), quote split by "Quintero said"; AAMD "said in a statement that
#    it was "..." and that B" (partial plus indirect), then a quote with "the association said"; board chair
#    "said in an email to ARTnews that the AAMD's guidelines were written for "..." and that B" (partial plus
#    indirect); art historian "called the sale "..."" (partial), quote with "she said"; donor's
#    granddaughter "said A", "She described the museum's leadership as "..."" (partial only); workers' union
#    "said that while ..., its members worried ..." (one span); "declined to comment" (not annotated); scare
#    so-called "pandemic exemption".
ARTICLES[f"{BATCH}/harlan-museum-deaccession-mitchell.gold.json"] = {
    "article": f"{BATCH}/harlan-museum-deaccession-mitchell.txt",
    "target": "Harlan Museum of Art",
    "quotes": [
        (I, "Harlan Museum of Art", "The Harlan Museum of Art in Toledo, Ohio, will sell a 1959 abstraction by Joan "
            "Mitchell at Christie\u2019s in New York next spring", None),
        (I, "two people familiar with the consignment", "The painting is expected to fetch between $18 million and $25 "
            "million", None),
        (P, "Harlan Museum of Art", "the direct care of the collection,", None),
        (I, "Harlan Museum of Art", "no other works were being considered for sale", None),
        (P, "Marisol Quintero", "agonizing", None),
        (I, "Marisol Quintero", "the board had considered every alternative, including a capital campaign", None),
        (D, "Marisol Quintero", "We have a building that is literally leaking onto the art,", None),
        (D, "Marisol Quintero", "I would rather lose one great painting than put four hundred at risk.", None),
        (P, "Association of Art Museum Directors", "deeply concerned", None),
        (I, "Association of Art Museum Directors", "it had opened a review that could lead to sanctions, including a "
            "request that other members stop lending to the Harlan", None),
        (D, "Association of Art Museum Directors", "Collections are held in trust for the public. They are not a line of "
            "credit,", None),
        (P, "Gregory Haines", "wealthy coastal institutions", None),
        (I, "Gregory Haines", "they did not reflect the reality of mid-size museums in the Midwest", None),
        (P, "Leah Brandt", "a betrayal of a gift that was made to the people of Toledo.", None),
        (D, "Leah Brandt", "Ruth Abernathy gave that painting so it would hang here forever. That was the whole point,",
            None),
        (I, "Caroline Abernathy Pryce", "the family had not been consulted", None),
        (P, "Caroline Abernathy Pryce", "well-meaning but desperate.", None),
        (I, "Harlan Museum Workers United", "while it supported the roof repairs, its members worried that selling art "
            "to pay for buildings would become a habit", None),
        (S, None, "pandemic exemption,", None),
    ],
    "actors": [
        actor("Harlan Museum of Art", "organisation", title="museum",
              aliases=["Harlan Museum of Art", "Harlan", "museum"], stance=1),
        actor("two people familiar with the consignment", "group", title="anonymous sources",
              aliases=["two people familiar with the consignment"], stance=None),
        actor("Marisol Quintero", "person", title="Director", affiliation="Harlan Museum of Art",
              aliases=["Marisol Quintero", "Quintero"], stance=1),
        actor("Association of Art Museum Directors", "organisation", title="museum directors' association",
              aliases=["Association of Art Museum Directors", "AAMD"], stance=-1),
        actor("Gregory Haines", "person", title="board chair", affiliation="Harlan Museum of Art",
              aliases=["Gregory Haines", "Haines"], stance=1),
        actor("Leah Brandt", "person", title="art historian", aliases=["Leah Brandt", "Brandt"], stance=-1),
        actor("Caroline Abernathy Pryce", "person", title="granddaughter of the donor",
              aliases=["Caroline Abernathy Pryce", "Pryce"], stance=-1),
        actor("Harlan Museum Workers United", "organisation", title="museum workers' union",
              aliases=["Harlan Museum Workers United"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sunraysia Daily (Mildura) local/agriculture (a company's solar farm plan on former horticultural land),
#    headline without speech, byline and date lines, straight " and apostrophes, "Mr"/"Cr". Lede "with
#    growers warning it will take ..." (indirect for the growers); project director "said A and because B"
#    (one span), a quote with "Mr Treloar said" and a quote-only paragraph (continuity), "He said A and that
#    B" (one span); grower "said the company had "..." struggling neighbours ..." (partial only), quote with
#    "Mr Pappalardo said"; VFF president "said the state was losing good irrigated land "..."" (partial only)
#    and "called on ..." (directive); mayor "said A but would B" (one span), quote with "Cr Kerr said";
#    resident "said A"; "Others welcomed the project" (act); landholder "said A", quote with "he said";
#    department spokesperson "said the application would be assessed "..." and that B" (partial plus
#    indirect).
ARTICLES[f"{BATCH}/red-cliffs-solar-farm-sunfield.gold.json"] = {
    "article": f"{BATCH}/red-cliffs-solar-farm-sunfield.txt",
    "target": "Sunfield Renewables",
    "quotes": [
        (I, "growers", "it will take productive soil out of horticulture for a generation", None),
        (I, "Hamish Treloar", "the site had been chosen because most of it had been without irrigation water since the "
            "drought and because it was close to existing transmission lines", None),
        (D, "Hamish Treloar", "We're not bulldozing productive vineyards. Much of this land has been sitting dry for years, "
            "and the owners approached us,", None),
        (D, "Hamish Treloar", "There'll be sheep grazing under the panels, and at the end of the project's life the land "
            "goes back to farming.", None),
        (I, "Hamish Treloar", "the project would create about 250 construction jobs and that Sunfield would pay $400,000 "
            "a year into a community benefit fund", None),
        (P, "Tony Pappalardo", "picked off", None),
        (D, "Tony Pappalardo", "They knock on the door of the bloke who's just had a bad year and offer him a lease. Then "
            "they tell the rest of us it's a done deal,", None),
        (P, "Rachel Dunn", "block by block", None),
        (I, "Liam Kerr", "the council had no power to decide the application but would make a submission", None),
        (D, "Liam Kerr", "Council supports renewable energy. We also support the industry that built this region. Those "
            "two things shouldn't have to be at war,", None),
        (I, "Joan Beasley", "she was worried about glare and the noise of construction trucks on Karadoc Road", None),
        (I, "Graham Lowe", "the lease payment was worth more than he had earned from grapes in any of the past five "
            "years", None),
        (D, "Graham Lowe", "I'm 68. My kids don't want the farm. This lets me keep it in the family without going broke,",
            None),
        (P, "spokesperson for the Department of Transport and Planning", "on its merits", None),
        (I, "spokesperson for the Department of Transport and Planning", "the public would have an opportunity to comment "
            "before any decision", None),
    ],
    "actors": [
        actor("growers", "group", title="horticulture growers", aliases=["growers"], stance=-1),
        actor("Hamish Treloar", "person", title="project director", affiliation="Sunfield Renewables",
              aliases=["Hamish Treloar", "Treloar", "Mr Treloar"], stance=1),
        actor("Tony Pappalardo", "person", title="citrus grower", affiliation="Red Cliffs",
              aliases=["Tony Pappalardo", "Pappalardo", "Mr Pappalardo"], stance=-1),
        actor("Rachel Dunn", "person", title="horticulture group president", affiliation="Victorian Farmers Federation",
              aliases=["Rachel Dunn", "Dunn"], stance=-1),
        actor("Liam Kerr", "person", title="Mayor", affiliation="Mildura Rural City Council",
              aliases=["Liam Kerr", "Kerr", "Cr Kerr"], stance=0),
        actor("Joan Beasley", "person", title="resident", affiliation="Red Cliffs",
              aliases=["Joan Beasley", "Beasley"], stance=-1),
        actor("Graham Lowe", "person", title="landholder leasing to Sunfield", aliases=["Graham Lowe", "Lowe"], stance=1),
        actor("spokesperson for the Department of Transport and Planning", "person", title="department spokesperson",
              affiliation="Department of Transport and Planning",
              aliases=["spokesperson for the Department of Transport and Planning"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Courier (Ballarat) local politics (the mayor's casting vote scraps festival fireworks), headline
#    without speech, standfirst "Ballarat mayor Tess Quill says the decision was about ..., not "...", but
#    ..." (partial for the mayor; the clause holding it is not indirect), byline and "December 4 2026 -
#    5:30pm" lines, lede opening in capitals ("BALLARAT mayor"), straight " and apostrophes, "Cr". Lede
#    "has defended her casting vote ..., saying A" (indirect); quote with "Cr Quill told The Courier on
#    Thursday" and a quote-only paragraph (continuity); "She said A"; councillor "said the mayor had "..."
#    and that B" (partial plus indirect), quote with "he said"; "Cr Ben Quill, who is no relation to the
#    mayor" "said the safety advice ... had been "..."" (partial only); "Victoria Police told the council ...
#    that A"; cafe owner "said A", quote with "she said"; committee chair "said the committee was "..." and
#    that it would B" (partial plus indirect); Commerce Ballarat "said in a statement that A"; Q&A "Asked
#    whether she would reconsider ..., Cr Quill said: "..."" (the mayor).
ARTICLES[f"{BATCH}/ballarat-mayor-begonia-fireworks.gold.json"] = {
    "article": f"{BATCH}/ballarat-mayor-begonia-fireworks.txt",
    "target": "Tess Quill",
    "quotes": [
        (P, "Tess Quill", "killing the fun", None),
        (I, "Tess Quill", "the city could not justify a $140,000 show while it was cutting services elsewhere", None),
        (D, "Tess Quill", "I didn't become mayor to be popular. I became mayor to make decisions, and some of them are "
            "going to be unpopular,", None),
        (D, "Tess Quill", "We had a near miss with crowd crush on the lake foreshore in 2025, the insurance has doubled "
            "and our budget is under real pressure. Something had to give.", None),
        (I, "Tess Quill", "the festival would go ahead over the Labour Day long weekend as usual, with an expanded lantern "
            "parade and extra children's activities", None),
        (P, "Daniel Mason", "gone against the community", None),
        (I, "Daniel Mason", "the decision would cost the city far more in lost visitors than it saved", None),
        (D, "Daniel Mason", "People come from Melbourne and Geelong for the fireworks. They stay the night, they eat here, "
            "they shop here. Tess knows that,", None),
        (P, "Ben Quill", "very clear", None),
        (I, "Victoria Police", "the lakeside fireworks had attracted more than 40,000 people in 2025", None),
        (I, "Jodie Marsh", "the fireworks night was the busiest of her year", None),
        (D, "Jodie Marsh", "It's the one night you can count on. Take that away and you might as well close early,", None),
        (P, "Ron Fitzpatrick", "disappointed but not surprised", None),
        (I, "Ron Fitzpatrick", "it would look for a private sponsor to bring the fireworks back in 2028", None),
        (I, "Commerce Ballarat", "it would survey its members on the economic impact of the decision", None),
        (D, "Tess Quill", "Absolutely. If someone wants to pay for it and the police are happy, I'll be the first one "
            "there with a sparkler.", None),
    ],
    "actors": [
        actor("Tess Quill", "person", title="Mayor", affiliation="City of Ballarat",
              aliases=["Tess Quill", "Quill", "Cr Quill", "Tess"], stance=1),
        actor("Daniel Mason", "person", title="councillor", affiliation="City of Ballarat",
              aliases=["Daniel Mason", "Mason", "Cr Daniel Mason"], stance=-1),
        actor("Ben Quill", "person", title="councillor", affiliation="City of Ballarat",
              aliases=["Ben Quill", "Quill", "Cr Ben Quill"], stance=1),
        actor("Victoria Police", "organisation", title="police", aliases=["Victoria Police"], stance=None),
        actor("Jodie Marsh", "person", title="cafe owner", affiliation="Sturt Street",
              aliases=["Jodie Marsh", "Marsh"], stance=-1),
        actor("Ron Fitzpatrick", "person", title="committee chair", affiliation="Begonia Festival",
              aliases=["Ron Fitzpatrick", "Fitzpatrick"], stance=-1),
        actor("Commerce Ballarat", "organisation", title="business association", aliases=["Commerce Ballarat"],
              stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
