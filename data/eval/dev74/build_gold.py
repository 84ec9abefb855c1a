"""Build the dev74 gold files (data/eval/dev74/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev72/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev74/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev74.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Helsinki Times domestic/diplomacy (Finland extends its eastern border closure), headline without
#    speech, "DOMESTIC | 3.12.2026" line, closing "Source: STT, Yle" line, straight " and apostrophes,
#    British spelling, punctuation outside fragment quotes. Lede "extended the closure ..., saying
#    Moscow continued to pose a threat of "..." across ..." (participial clause with a fragment: partial
#    only); "According to the Finnish Border Guard, A"; minister "told a press conference in Helsinki that
#    the Border Guard had observed "..." on ..." (partial only), "Lahti said"; brigadier general "said A
#    and that B" (one span); embassy "called the decision "..." and said Finland bore "..." for ..." (two
#    partials); "In Moscow, the Foreign Ministry said in a statement: "..."" (direct); mayor "said A",
#    "Rautio said"; Russian-born shopkeeper "said A", "she said"; scare so-called "pushback law"
#    ("has been criticised by human rights organisations": no content); researcher "said Russia was
#    "..." Finland's resolve and that B" (partial plus indirect).
ARTICLES["data/eval/dev74/finland-border-closure-extended-russia.gold.json"] = {
    "article": "data/eval/dev74/finland-border-closure-extended-russia.txt",
    "target": "Russia",
    "quotes": [
        (P, "government", "instrumentalised migration", None),
        (I, "Finnish Border Guard", "many of them had been driven to the border by Russian intermediaries and some had "
            "been given bicycles by Russian border officials", None),
        (P, "Sanna Lahti", "organised activity", None),
        (D, "Sanna Lahti", "We have no indication that Russia has changed its behaviour. As long as that is the case, "
            "the border will stay closed,", None),
        (I, "Markku Salmi", "construction of the barrier fence was on schedule and that about 200 kilometres would be "
            "completed by the end of next year", None),
        (P, "Russian Embassy in Helsinki", "yet another unfriendly step", None),
        (P, "Russian Embassy in Helsinki", "full responsibility", None),
        (D, "Foreign Ministry", "Helsinki has chosen confrontation over good-neighbourliness. It is ordinary Finns who "
            "are paying the price for this policy.", None),
        (I, "Heikki Rautio", "the city's retailers had lost an estimated 150 million euros a year in sales to Russian "
            "shoppers", None),
        (D, "Heikki Rautio", "It is a difficult situation, but security comes first. We understand why the government "
            "has done this,", None),
        (I, "Nadezhda Koskinen", "she had not seen her mother in St Petersburg since the crossings were closed", None),
        (D, "Nadezhda Koskinen", "Politics is made in Moscow and in Helsinki, and it is ordinary families who suffer on "
            "both sides,", None),
        (S, None, "pushback law", None),
        (P, "Aino Kivi", "testing", None),
        (I, "Aino Kivi", "reopening the border now would be seen in Moscow as a sign of weakness", None),
    ],
    "actors": [
        actor("government", "government", title="Finnish Government", affiliation="Finland",
              aliases=["government"], stance=-1),
        actor("Finnish Border Guard", "government", title="border guard", affiliation="Finland",
              aliases=["Finnish Border Guard", "Border Guard"], stance=-1),
        actor("Sanna Lahti", "person", title="Interior Minister", affiliation="Finland",
              aliases=["Sanna Lahti", "Lahti"], stance=-1),
        actor("Markku Salmi", "person", title="Brigadier General", affiliation="Finnish Border Guard",
              aliases=["Markku Salmi", "Salmi"], stance=None),
        actor("Russian Embassy in Helsinki", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Helsinki", "Russian Embassy"], stance=1),
        actor("Foreign Ministry", "government", title="Russia's Foreign Ministry", affiliation="Russia",
              aliases=["Foreign Ministry"], stance=1),
        actor("Heikki Rautio", "person", title="Lappeenranta mayor", aliases=["Heikki Rautio", "Rautio"],
              stance=None),
        actor("Nadezhda Koskinen", "person", title="Russian-born shopkeeper in Imatra",
              aliases=["Nadezhda Koskinen", "Koskinen"], stance=0),
        actor("Aino Kivi", "person", title="Senior Research Fellow",
              affiliation="Finnish Institute of International Affairs", aliases=["Aino Kivi", "Kivi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Khmer Times culture/local (tuk-tuk drivers protest a ban at Angkor), headline without speech,
#    "Khmer Times" and "Siem Reap" lines, "yesterday", straight " and apostrophes, Khmer names family
#    name first with "Mr" + given name as the short form ("Mr Vuthy", "Mr Sokha"), a family name that is
#    an English word ("Mean Sokha said"). "gathered ... to protest against a plan" (act); scare so-called
#    "green Angkor" initiative; spokesman "said A", quote before "Mr Vuthy told Khmer Times", "He added
#    that B"; "According to the ANA, A"; association president "said the ban would "..." of ..." (partial
#    only), quote with "Mr Sokha said", "Mean Sokha said A"; driver "said A", quote with "he asked";
#    ministry "said in a statement that A, but that drivers must be given a "..." into ..." (indirect plus
#    partial); "Hotel owners ... have broadly welcomed the plan." (act), quote before "said Sok Pisey, who
#    chairs ..."; "Not all visitors agree." (no speech); tourist "said A", "he said".
ARTICLES["data/eval/dev74/angkor-tuk-tuk-ban-apsara.gold.json"] = {
    "article": "data/eval/dev74/angkor-tuk-tuk-ban-apsara.txt",
    "target": "APSARA National Authority",
    "quotes": [
        (S, None, "green Angkor", None),
        (I, "Heng Vuthy", "the measure was needed to reduce air pollution and the vibration from heavy traffic that was "
            "damaging the ancient stone structures", None),
        (D, "Heng Vuthy", "Angkor is not a car park. It is a World Heritage site, and we have a duty to protect it for "
            "the next thousand years,", None),
        (I, "Heng Vuthy", "tuk-tuk drivers would still be allowed to carry tourists to the park's ticket checkpoints "
            "and to outer temples such as Banteay Srei and Beng Mealea", None),
        (I, "APSARA National Authority", "air quality monitors near the western causeway of Angkor Wat recorded fine "
            "dust levels almost three times the World Health Organization guideline on busy days last season", None),
        (P, "Mean Sokha", "destroy the livelihoods", None),
        (D, "Mean Sokha", "We were never consulted. They tell us to go to the outer temples, but tourists do not want "
            "to go there. They want to see Angkor Wat,", None),
        (I, "Mean Sokha", "the association had written to the ANA twice since October without receiving a reply", None),
        (I, "Chhun Rithy", "he earned about $15 a day in the high season and still owed $1,800 on his vehicle", None),
        (D, "Chhun Rithy", "If they take Angkor from us, how will I pay the bank?", None),
        (I, "Ministry of Tourism", "it supported the ANA's plan in principle", None),
        (P, "Ministry of Tourism", "fair transition", None),
        (D, "Sok Pisey", "Our guests tell us the traffic and the fumes around Angkor Wat spoil the experience. This "
            "will make Angkor more attractive, not less,", None),
        (I, "Ben Hartley", "he had hired the same tuk-tuk driver for three days", None),
        (D, "Ben Hartley", "The tuk-tuk is half the fun. A bus between the temples sounds like a theme park,", None),
    ],
    "actors": [
        actor("Heng Vuthy", "person", title="ANA spokesman", affiliation="APSARA National Authority",
              aliases=["Heng Vuthy", "Vuthy", "Mr Vuthy"], stance=1),
        actor("APSARA National Authority", "government", title="Angkor park authority", affiliation="Cambodia",
              aliases=["APSARA National Authority", "ANA"], stance=1),
        actor("Mean Sokha", "person", title="president", affiliation="Angkor Tuk-Tuk Drivers Association",
              aliases=["Mean Sokha", "Sokha", "Mr Sokha"], stance=-1),
        actor("Chhun Rithy", "person", title="tuk-tuk driver, 41", aliases=["Chhun Rithy", "Rithy"], stance=-1),
        actor("Ministry of Tourism", "government", title="ministry", affiliation="Cambodia",
              aliases=["Ministry of Tourism"], stance=0),
        actor("Sok Pisey", "person", title="chair of the Siem Reap chapter", affiliation="Cambodia Hotel Association",
              aliases=["Sok Pisey", "Pisey"], stance=1),
        actor("Ben Hartley", "person", title="Australian tourist, 34", aliases=["Ben Hartley", "Hartley"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Samoa Observer health (the health minister defends a freeze on overseas treatment referrals),
#    headline without speech, byline and "03 December 2026, 6:00PM" lines, straight " and apostrophes
#    (Samoan glottal stops written as straight apostrophes inside words: Fa'alua), the matai title as the
#    short name ("Lemalu"), "tala", punctuation outside fragment quotes. Lede "has defended his decision
#    ..., saying A" (participial indirect); "Speaking to the Samoa Observer on Tuesday, Lemalu said A", a
#    quote with "he said" and a quote-only paragraph; CEO "said A, ... and that B" (one span); scare
#    so-called "priority panel"; mother "said A", "she said"; anonymous senior doctor "said A", "the doctor
#    said"; nurses' president "said nurses ... were already caring for "..." children who ..." (partial
#    only); opposition MP "said the freeze was "..." for some patients and called for the Minister to step
#    aside" (partial; directive not annotated); High Commission spokesperson "said A but "..." in ..."
#    (indirect plus partial).
ARTICLES["data/eval/dev74/samoa-overseas-treatment-freeze-lemalu.gold.json"] = {
    "article": "data/eval/dev74/samoa-overseas-treatment-freeze-lemalu.txt",
    "target": "Lemalu Sione Tafua",
    "quotes": [
        (I, "Lemalu Sione Tafua", "the scheme had already spent its entire budget for the financial year", None),
        (I, "Lemalu Sione Tafua", "the freeze would not apply to life-threatening cases, which would continue to be "
            "assessed by a panel of doctors at Tupua Tamasese Meaole Hospital (TTM)", None),
        (D, "Lemalu Sione Tafua", "I know this is hard for families. But I cannot spend money the Government does not "
            "have, and I will not borrow from other health services to do it,", None),
        (D, "Lemalu Sione Tafua", "We have asked Cabinet for a supplementary budget. If it is approved, the freeze will "
            "be lifted straight away.", None),
        (I, "Malia Penitani", "214 patients had been referred overseas in the 2025-26 financial year, up from 160 the "
            "year before, and that the average cost per patient had risen to more than $48,000 tala", None),
        (S, None, "priority panel", None),
        (I, "Sina Faleolo", "the family had been told to wait until at least April", None),
        (D, "Sina Faleolo", "The doctors told us he cannot wait that long. What are we supposed to do, just pray?",
            None),
        (I, "senior doctor at TTM", "the panel was meeting only once a fortnight because of staff shortages", None),
        (D, "senior doctor at TTM", "Some of these children will not be here in March. Everybody in this building "
            "knows it,", None),
        (P, "Fa'alua Tuilagi", "very sick", None),
        (P, "Afamasaga Peni Lauina", "a death sentence", None),
        (I, "spokesperson for the New Zealand High Commission in Apia", "New Zealand had not been asked for additional "
            "support", None),
        (P, "spokesperson for the New Zealand High Commission in Apia", "remains a committed partner", None),
    ],
    "actors": [
        actor("Lemalu Sione Tafua", "person", title="Minister of Health", affiliation="Government of Samoa",
              aliases=["Lemalu Sione Tafua", "Lemalu", "the Minister"], stance=1),
        actor("Malia Penitani", "person", title="chief executive officer", affiliation="Ministry of Health",
              aliases=["Malia Penitani", "Penitani"], stance=0),
        actor("Sina Faleolo", "person", title="mother of a patient", affiliation="Vaitele",
              aliases=["Sina Faleolo", "Faleolo"], stance=-1),
        actor("senior doctor at TTM", "person", title="anonymous senior doctor",
              affiliation="Tupua Tamasese Meaole Hospital", aliases=["senior doctor at TTM", "the doctor"], stance=-1),
        actor("Fa'alua Tuilagi", "person", title="president", affiliation="Samoa Nurses Association",
              aliases=["Fa'alua Tuilagi", "Tuilagi"], stance=-1),
        actor("Afamasaga Peni Lauina", "person", title="Opposition MP",
              aliases=["Afamasaga Peni Lauina", "Afamasaga"], stance=-1),
        actor("spokesperson for the New Zealand High Commission in Apia", "person", title="spokesperson",
              affiliation="New Zealand High Commission", aliases=["spokesperson for the New Zealand High Commission "
              "in Apia"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Mint (India) business/trade (Indonesia raises its palm oil export levy), headline without quote
#    marks ("..., importers warn"), standfirst with reported speech but no quote marks ("Indian refiners
#    say ..."; not annotated), "Riya Menon" and "3 min read . 03 Dec 2026, 07:12 PM IST" lines, "New
#    Delhi:" dateline, straight " and apostrophes, "%", "₹", punctuation outside fragment quotes. Lede
#    content before ", the Solvent Extractors' Association of India (SEA) said on Wednesday", content
#    before ", according to SEA data"; Indonesian ministry "said in a statement on Tuesday that A, and that
#    the money would also "..." of ..." (indirect plus partial), then "the statement said"; quote before
#    "said Ashok Deshpande, executive director of the SEA", "Deshpande said A and that B" (one span);
#    "Indonesian producers were unapologetic." (no speech); quote before "Suharyanto, deputy chairman of
#    ..., told Mint by phone" (a one-word Indonesian name); scare so-called "domestic market obligation";
#    anonymous dealer "said A"; anonymous official "said the government was "..." prices and could cut
#    ..." (partial only, no second subject); "According to Karan Malhotra, ..., A", "Malhotra said".
ARTICLES["data/eval/dev74/indonesia-palm-oil-levy-india.gold.json"] = {
    "article": "data/eval/dev74/indonesia-palm-oil-levy-india.txt",
    "target": "Indonesia",
    "quotes": [
        (I, "Solvent Extractors' Association of India", "Indonesia's decision to raise its export levy on crude palm "
            "oil (CPO) to 12.5% from January will add ₹4-5 per litre to retail edible oil prices in India", None),
        (I, "Solvent Extractors' Association of India", "India imported 9.2 million tonnes of palm oil in the 2025-26 "
            "oil year (November-October), nearly half of it from Indonesia", None),
        (I, "Ministry of Trade", "the higher levy would help fund the country's B50 biodiesel programme", None),
        (P, "Ministry of Trade", "ensure the sustainability", None),
        (D, "Ministry of Trade", "Our priority is to ensure that palm oil benefits Indonesian farmers and Indonesian "
            "energy security first,", None),
        (D, "Ashok Deshpande", "Indonesia is effectively taxing Indian consumers to pay for its biodiesel. That is its "
            "right, but we will have to look at other options,", None),
        (I, "Ashok Deshpande", "Indian refiners were already booking more soyoil from Argentina and Brazil for "
            "January-March shipments and that palm oil's share of India's edible oil imports could fall below 50% "
            "for the first time in a decade", None),
        (D, "Suharyanto", "Indonesia has to look after its own energy security first. India will still buy our oil, "
            "because there is no other oil that is as cheap,", None),
        (S, None, "domestic market obligation", None),
        (I, "Mumbai-based dealer", "Indonesian export offers had risen by about $35 a tonne since the announcement",
            None),
        (P, "official at the food ministry", "closely monitoring", None),
        (I, "Karan Malhotra", "prices are likely to stay firm until Indonesia reviews its biodiesel mandate in mid-2027",
            None),
        (D, "Karan Malhotra", "Jakarta has made its choice clear: diesel at home comes before exports. Buyers should "
            "plan for that,", None),
    ],
    "actors": [
        actor("Solvent Extractors' Association of India", "organisation", title="edible oil industry body",
              aliases=["Solvent Extractors' Association of India", "SEA"], stance=-1),
        actor("Ministry of Trade", "government", title="Indonesia's Ministry of Trade", affiliation="Indonesia",
              aliases=["Ministry of Trade"], stance=1),
        actor("Ashok Deshpande", "person", title="executive director",
              affiliation="Solvent Extractors' Association of India", aliases=["Ashok Deshpande", "Deshpande"],
              stance=-1),
        actor("Suharyanto", "person", title="deputy chairman", affiliation="Indonesian Palm Oil Association (GAPKI)",
              aliases=["Suharyanto"], stance=1),
        actor("Mumbai-based dealer", "person", title="anonymous dealer with a global trading house",
              aliases=["Mumbai-based dealer"], stance=0),
        actor("official at the food ministry", "person", title="anonymous official", affiliation="Government of India",
              aliases=["official at the food ministry"], stance=None),
        actor("Karan Malhotra", "person", title="head of agri-commodities research", affiliation="Sunvest Research",
              aliases=["Karan Malhotra", "Malhotra"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
