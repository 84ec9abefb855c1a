"""Build the test62 gold files (data/eval/test62/*.gold.json) from the annotation specs below.

Held out like ../test/: do not read while tuning. Same approach as data/eval/dev59/build_gold.py,
importing the helpers (actor from data/eval/build_gold.py, write_all from data/eval/write_gold.py):
each quote is given by its exact text and, when that text occurs more than once, by an anchor (a
string occurring exactly once in the article) from whose start the text is searched. Run from
anywhere:  python3 data/eval/test62/build_gold.py  then  python3 data/eval/check_batch.py
data/eval/test62.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test62"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Natural Gas World (Russia-China pipeline price talks), headline and standfirst without speech,
#    "By" and date lines, curly quotes and apostrophes, US punctuation inside the marks ("on track.",
#    "pivot to the East,"), jargon (bcm/yr), crosshead. Lede content before "Russian deputy energy minister
#    Roman Yefimov said on December 2, though he insisted the project remained "..."" (indirect plus
#    partial); quote with "Yefimov told reporters in Moscow"; "He added that A"; scare so-called "pivot to
#    the East,"; Gazprom "said in a statement that design work ... was "..." and that B" (partial plus
#    indirect), content before "according to Gazprom"; China's foreign ministry "said Beijing supported
#    "..." energy cooperation ... but declined to comment ..." (partial only; the refusal is an act);
#    Mongolian minister "told NGW that A", "he said"; analyst "said A", quote split by "Grishina said";
#    European Commission spokesperson "said the EU's plan ... was "..."" (partial only).
ARTICLES[f"{BATCH}/power-of-siberia-2-price-talks.gold.json"] = {
    "article": f"{BATCH}/power-of-siberia-2-price-talks.txt",
    "target": "Russia",
    "quotes": [
        (I, "Roman Yefimov", "Russia and China have still not agreed on a price for gas to be shipped through the "
            "planned Power of Siberia 2 pipeline", None),
        (P, "Roman Yefimov", "on track.", None),
        (D, "Roman Yefimov", "The commercial terms are being discussed at the level of the companies. These are complex "
            "negotiations, and nobody should expect them to be concluded in a month,", None),
        (I, "Roman Yefimov", "Russia was ready to supply an additional 10 bcm/yr to China through the Far Eastern route "
            "from 2027", None),
        (S, None, "pivot to the East,", None),
        (P, "Gazprom", "fully completed", None),
        (I, "Gazprom", "survey work along the Mongolian route would resume in the spring", None),
        (I, "Gazprom", "Exports through the existing Power of Siberia pipeline reached 38.8 bcm in 2025", None),
        (P, "China\u2019s foreign ministry", "mutually beneficial", None),
        (I, "Tsogtbaatar Dorj", "Ulaanbaatar expected to earn transit fees of at least $1bn a year once the line was "
            "running", None),
        (D, "Tsogtbaatar Dorj", "For Mongolia this is not only a pipeline. It is a question of whether we become a real "
            "partner between our two neighbours. But we will not sign a transit agreement that leaves us with only "
            "the risks,", None),
        (I, "Anna Grishina", "Beijing was in no hurry because it had diversified its supplies over the past decade",
            None),
        (D, "Anna Grishina", "China holds all the cards. It has LNG, it has Central Asian pipeline gas, and it knows "
            "Gazprom has lost its European market,", None),
        (D, "Anna Grishina", "The price China will accept is probably close to Russia\u2019s domestic price plus "
            "transport, and Gazprom has been resisting that for years.", None),
        (P, "European Commission", "irreversible.", None),
    ],
    "actors": [
        actor("Roman Yefimov", "person", title="Russian deputy energy minister", affiliation="Russia",
              aliases=["Roman Yefimov", "Yefimov"], stance=1),
        actor("Gazprom", "organisation", title="Russian state gas company", affiliation="Russia",
              aliases=["Gazprom"], stance=1),
        actor("China\u2019s foreign ministry", "government", title="foreign ministry", affiliation="China",
              aliases=["China\u2019s foreign ministry"], stance=1),
        actor("Tsogtbaatar Dorj", "person", title="Mongolia's energy minister", affiliation="Mongolia",
              aliases=["Tsogtbaatar Dorj", "Dorj"], stance=0),
        actor("Anna Grishina", "person", title="research fellow", affiliation="Oxford Institute for Energy Studies",
              aliases=["Anna Grishina", "Grishina"], stance=0),
        actor("European Commission", "organisation", title="European Commission (its spokesperson)",
              affiliation="European Union", aliases=["European Commission"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Eos (AGU) science news (NOAA stops funding new Southern Ocean Argo floats), Title Case headline and
#    standfirst without speech, byline and "3 December 2026" lines, curly quotes and apostrophes, US
#    style ("La Jolla, Calif.", "Rep. ... (D-Wash.)", "5–6 years", "40°S"), crosshead, Citation line. Lede
#    content before "the agency confirmed to Eos"; NOAA spokesperson (unnamed: attributed to NOAA) "said
#    the decision reflected "..." under ... and that B" (partial plus indirect); oceanographer's quote
#    before "said Lena Hartmann-Oduya, a physical oceanographer at ...", "Hartmann-Oduya said that A"
#    (that inside the cue), Q&A "Asked whether ..., she replied: "...""; CSIRO "said it "..." the decision
#    and that B" (partial plus indirect); scare so-called "data desert"; congresswoman "called the cut
#    "..."" (partial, full stop inside), "She said A"; AGU "said in a statement that ... were "..."" (partial
#    only); "NOAA said A".
ARTICLES[f"{BATCH}/noaa-southern-ocean-argo-floats.gold.json"] = {
    "article": f"{BATCH}/noaa-southern-ocean-argo-floats.txt",
    "target": "NOAA",
    "quotes": [
        (I, "NOAA", "The U.S. National Oceanic and Atmospheric Administration (NOAA) will stop paying for new Argo floats "
            "in the Southern Ocean from the 2027 fiscal year", None),
        (P, "NOAA", "difficult choices", None),
        (I, "NOAA", "the agency remained fully committed to the global Argo program", None),
        (D, "Lena Hartmann-Oduya", "The Southern Ocean is where the planet\u2019s excess heat and carbon go. Losing these "
            "floats is like switching off the thermometer in the one room that matters most,", None),
        (I, "Lena Hartmann-Oduya", "without replacements, coverage south of 40\u00b0S would fall by about a third within "
            "4 years, because floats typically last only 5\u20136 years before their batteries fail", None),
        (D, "Lena Hartmann-Oduya", "Not quickly. Building, testing, and deploying a float takes at least a year, and "
            "ship time in the Southern Ocean is booked long in advance.", None),
        (P, "CSIRO", "regretted", None),
        (I, "CSIRO", "it could not make up the shortfall on its own", None),
        (S, None, "data desert", None),
        (P, "Dana Ellery", "shortsighted.", None),
        (I, "Dana Ellery", "she would seek to restore the funding in the next appropriations bill", None),
        (P, "American Geophysical Union", "a public good that no single agency should be allowed to switch off.", None),
        (I, "NOAA", "it would continue to fund Argo floats in the Atlantic, Pacific, and Indian Oceans at current levels",
            None),
    ],
    "actors": [
        actor("NOAA", "government", title="U.S. National Oceanic and Atmospheric Administration",
              affiliation="United States",
              aliases=["NOAA", "National Oceanic and Atmospheric Administration"], stance=1),
        actor("Lena Hartmann-Oduya", "person", title="physical oceanographer",
              affiliation="Scripps Institution of Oceanography", aliases=["Lena Hartmann-Oduya", "Hartmann-Oduya"],
              stance=-1),
        actor("CSIRO", "government", title="Australia's national science agency", affiliation="Australia",
              aliases=["CSIRO"], stance=-1),
        actor("Dana Ellery", "person", title="U.S. Representative (D-Wash.), House Science Committee member",
              affiliation="Democrats", aliases=["Dana Ellery", "Ellery"], stance=-1),
        actor("American Geophysical Union", "organisation", title="scientific society, publisher of Eos",
              aliases=["American Geophysical Union"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Rural News (NZ) agriculture/climate (the minister scraps farm-level methane pricing), headline
#    without speech, byline in capitals, straight " and apostrophes, macrons, present-tense "says".
#    Lede content before "Agriculture Minister Mereana Tautahi has confirmed"; "Tautahi said A"; quote
#    with "she told the crowd" and a quote-only paragraph; "Tautahi says B"; "She told Rural News C";
#    farmers' leader "welcomed the announcement" (act), quote with "he says", "Clegg says the focus should
#    now be on ..., rather than on "..." farmers" (partial only); opposition spokesperson "says the move is
#    "..." and that D" (partial plus indirect), quote with "Reti says"; campaigner "said the minister had
#    "..."" (partial only); "According to the Climate Change Commission, E"; scare so-called "split-gas"
#    approach; farmer "says she feels relieved but that F" (one span), "she says".
ARTICLES[f"{BATCH}/farm-methane-pricing-scrapped-tautahi.gold.json"] = {
    "article": f"{BATCH}/farm-methane-pricing-scrapped-tautahi.txt",
    "target": "Mereana Tautahi",
    "quotes": [
        (I, "Mereana Tautahi", "Farm-level pricing of agricultural emissions has been taken off the table permanently",
            None),
        (I, "Mereana Tautahi", "the Government would amend the Climate Change Response Act early next year to remove the "
            "option of a farm-level levy altogether", None),
        (D, "Mereana Tautahi", "Farmers have had this hanging over their heads for the best part of a decade. Today that "
            "ends,", None),
        (D, "Mereana Tautahi", "We will keep working with the sector on practical tools, like methane inhibitors and "
            "low-emissions genetics, but we are not going to tax the most efficient food producers in the world out "
            "of business.", None),
        (I, "Mereana Tautahi", "the decision gives farmers the certainty they need to invest", None),
        (I, "Mereana Tautahi", "the Government would put an extra $25 million over four years into the New Zealand "
            "Agricultural Greenhouse Gas Research Centre to speed up the development of new technologies", None),
        (D, "Hamish Clegg", "This is the outcome farmers have been asking for. The minister listened, and she "
            "delivered,", None),
        (P, "Hamish Clegg", "punishing", None),
        (P, "Damien Reti", "a gift to the biggest polluters", None),
        (I, "Damien Reti", "it will put New Zealand's export markets at risk", None),
        (D, "Damien Reti", "Our customers in Europe and Asia are asking for proof that our food is produced "
            "sustainably. The minister has just made that harder to give them,", None),
        (P, "Niamh O'Connell", "caved to the dairy lobby", None),
        (I, "Climate Change Commission", "agriculture accounts for about half of New Zealand's gross greenhouse gas "
            "emissions, most of it methane from cattle and sheep", None),
        (S, None, "split-gas", None),
        (I, "Lisa Fong", "she feels relieved but that uncertainty about what overseas processors will demand remains",
            None),
        (D, "Lisa Fong", "We're not off the hook. Nestl\u00e9 and the other big buyers still want numbers from us every "
            "season,", None),
    ],
    "actors": [
        actor("Mereana Tautahi", "person", title="Agriculture Minister", affiliation="Government of New Zealand",
              aliases=["Mereana Tautahi", "Tautahi"], stance=1),
        actor("Hamish Clegg", "person", title="Federated Farmers president", affiliation="Federated Farmers",
              aliases=["Hamish Clegg", "Clegg"], stance=1),
        actor("Damien Reti", "person", title="agriculture spokesperson", affiliation="Labour",
              aliases=["Damien Reti", "Reti"], stance=-1),
        actor("Niamh O'Connell", "person", title="agriculture campaigner", affiliation="Greenpeace Aotearoa",
              aliases=["Niamh O'Connell", "O'Connell"], stance=-1),
        actor("Climate Change Commission", "government", title="climate advisory body",
              aliases=["Climate Change Commission"], stance=None),
        actor("Lisa Fong", "person", title="Waikato dairy farmer", aliases=["Lisa Fong", "Fong"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Grain Central (Australian grain trade press) (a bulk handler raises storage and handling charges),
#    headline without speech, "Name, December 4, 2026" line, lede opening in capitals ("BULK handler"),
#    straight " and apostrophes, "9pc"/"9 per cent", "$1.40/t", "Mr"/"Ms", "RELATED ARTICLE:" line. Lede
#    content before "the company told growers on Thursday"; "In a notice ..., SBH said A, and that "..."
#    power, labour and insurance costs also had to be covered" (indirect plus partial); content before
#    "the notice said" (SBH); manager "said A", quote with "Mr Dunne said", "He said B and that C" (one
#    span); growers' body chief "said growers were "..." by the timing ..." (partial only), quote with "Ms
#    Hewitt said"; grower named Short "said A", "Mr Short said"; anonymous trader "said A", "the trader
#    said"; ACCC "said it would monitor ... but had received no complaints" (one span); content before
#    "according to its annual report" (SBH).
ARTICLES[f"{BATCH}/sbh-storage-fees-2027-harvest.gold.json"] = {
    "article": f"{BATCH}/sbh-storage-fees-2027-harvest.txt",
    "target": "Southern Bulk Handling",
    "quotes": [
        (I, "Southern Bulk Handling", "BULK handler Southern Bulk Handling (SBH) will raise its receival, storage and "
            "outturn charges by an average of 9 per cent for the 2027-28 season", None),
        (I, "Southern Bulk Handling", "the increase was needed to fund a $310 million upgrade of its up-country network",
            None),
        (P, "Southern Bulk Handling", "significantly higher", None),
        (I, "Southern Bulk Handling", "Charges at its Port Lincoln and Wallaroo terminals will rise by $1.40/t and $1.25/t "
            "respectively", None),
        (I, "Andrew Dunne", "the company had held charges flat for two seasons while costs climbed", None),
        (D, "Andrew Dunne", "No one likes a price rise, least of all at harvest. But the alternative is a network that "
            "can't keep up with the size of the crops growers are now producing,", None),
        (I, "Andrew Dunne", "SBH had added 1.2 million tonnes of open bunker capacity since 2024 and that average truck "
            "turnaround times this harvest were the fastest on record", None),
        (P, "Caroline Hewitt", "bitterly disappointed", None),
        (D, "Caroline Hewitt", "Growers are being asked to pay more for a service where they have very little choice. In "
            "a lot of districts SBH is the only game in town,", None),
        (I, "Wade Short", "the increase would add about $18,000 to his costs next season", None),
        (D, "Wade Short", "We're told it's for upgrades. I'll believe it when I see the new silos at Cummins,", None),
        (I, "One Adelaide-based trader", "the rise was in line with increases announced by other bulk handlers on the "
            "east coast this year", None),
        (D, "One Adelaide-based trader", "It's not out of step with the rest of the country. What growers really want to "
            "see is what they get for the money,", None),
        (I, "Australian Competition and Consumer Commission", "it would monitor the new charges but had received no "
            "complaints", None),
        (I, "Southern Bulk Handling", "SBH handled 9.6 million tonnes of grain in the 2025-26 season", None),
    ],
    "actors": [
        actor("Southern Bulk Handling", "organisation", title="bulk grain handler",
              aliases=["Southern Bulk Handling", "SBH"], stance=1),
        actor("Andrew Dunne", "person", title="general manager commercial", affiliation="Southern Bulk Handling",
              aliases=["Andrew Dunne", "Dunne", "Mr Dunne"], stance=1),
        actor("Caroline Hewitt", "person", title="chief executive", affiliation="Grain Producers SA",
              aliases=["Caroline Hewitt", "Hewitt", "Ms Hewitt"], stance=-1),
        actor("Wade Short", "person", title="Eyre Peninsula grower", aliases=["Wade Short", "Short", "Mr Short"],
              stance=-1),
        actor("One Adelaide-based trader", "person", title="anonymous grain trader",
              aliases=["One Adelaide-based trader"], stance=0),
        actor("Australian Competition and Consumer Commission", "government", title="competition regulator",
              aliases=["Australian Competition and Consumer Commission", "ACCC"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
