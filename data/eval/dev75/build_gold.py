"""Build the dev75 gold files (data/eval/dev75/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev72/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev75/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev75.  Standard library only.
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
# 1. AKIpress (Kyrgyzstan) migration/diplomacy (Russia requires biometric pre-registration of migrants),
#    headline without speech, "BISHKEK (AKIpress) -" dateline running into the lede, straight " and
#    apostrophes, American punctuation inside closing marks except one comma outside ("register of
#    controlled persons",). Lede content before ", the Russian Interior Ministry said on December 2";
#    "According to the ministry, the measure is intended to "..."" (partial), "The ministry said A"; scare
#    so-called "register of controlled persons"; Kyrgyz ministry "said A and that B" (one span); deputy
#    minister "told reporters that A", "Toktogulov said"; ambassador "said the new rules were "..." and that
#    Kyrgyz migrants remained "..." in Russia" (two partials), quote with "Yermakov told journalists in
#    Bishkek"; Duma deputy "wrote on Telegram that migrants ... would be "..."" (partial only); "Not
#    everyone is reassured." (no speech); migrant known by his first name only, "Mars" (a common word),
#    "said by phone that A", quote with "Mars said", then a quote-only paragraph; MP "said at a
#    parliamentary session on Wednesday that A"; content before ", according to the National Bank of the
#    Kyrgyz Republic".
ARTICLES["data/eval/dev75/russia-migrant-biometric-registration-kyrgyz.gold.json"] = {
    "article": "data/eval/dev75/russia-migrant-biometric-registration-kyrgyz.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Interior Ministry", "Foreign citizens, including those from Kyrgyzstan and other Eurasian Economic "
            "Union (EAEU) countries, will have to register their fingerprints and photographs through a mobile "
            "application before entering Russia from January 1, 2027", None),
        (P, "Russian Interior Ministry", "strengthen migration control and reduce illegal employment.", None),
        (I, "Russian Interior Ministry", "the visa-free regime for EAEU citizens would not be affected", None),
        (S, None, "register of controlled persons", None),
        (I, "Ministry of Labor, Social Security and Migration", "it had requested clarification from the Russian side "
            "and that Kyrgyz citizens already working in Russia would have until April to complete the procedure",
            None),
        (I, "Talant Toktogulov", "the ministry had opened a hotline for migrants and their families", None),
        (D, "Talant Toktogulov", "We do not want our citizens to panic. Most of them will be able to register in 15 "
            "minutes from their phone,", None),
        (P, "Pavel Yermakov", "not directed against Kyrgyzstan", None),
        (P, "Pavel Yermakov", "welcome guests", None),
        (D, "Pavel Yermakov", "Kyrgyz workers build our cities and our roads. Nobody in Moscow wants to make their "
            "lives harder,", None),
        (P, "Mikhail Sidorenko", "deported without exceptions.", None),
        (I, "Mars", "police checks on Kyrgyz drivers had become more frequent since the summer", None),
        (D, "Mars", "Every month there is a new rule. We pay, we register, and still they stop us in the metro,", None),
        (D, "Mars", "My wife asks me to come home. But what will I do in Osh? There is no work.", None),
        (I, "Aijan Sadykova", "the new requirements went against the spirit of the EAEU, which guarantees the free "
            "movement of labor between member states", None),
        (I, "National Bank of the Kyrgyz Republic", "Remittances from Russia, equal to almost a fifth of the country's "
            "GDP, amounted to $2.1 billion in the first nine months of 2026", None),
    ],
    "actors": [
        actor("Russian Interior Ministry", "government", title="interior ministry", affiliation="Russia",
              aliases=["Russian Interior Ministry", "ministry"], stance=1),
        actor("Ministry of Labor, Social Security and Migration", "government", title="Kyrgyz labour ministry",
              affiliation="Kyrgyzstan", aliases=["Ministry of Labor, Social Security and Migration"], stance=0),
        actor("Talant Toktogulov", "person", title="Deputy Minister",
              affiliation="Ministry of Labor, Social Security and Migration",
              aliases=["Talant Toktogulov", "Toktogulov"], stance=0),
        actor("Pavel Yermakov", "person", title="Russian Ambassador to Kyrgyzstan", affiliation="Russia",
              aliases=["Pavel Yermakov", "Yermakov"], stance=1),
        actor("Mikhail Sidorenko", "person", title="State Duma deputy", affiliation="Russia",
              aliases=["Mikhail Sidorenko", "Sidorenko"], stance=1),
        actor("Mars", "person", title="29-year-old taxi driver from Osh working in Moscow", aliases=["Mars"],
              stance=-1),
        actor("Aijan Sadykova", "person", title="Jogorku Kenesh deputy", affiliation="Kyrgyzstan",
              aliases=["Aijan Sadykova", "Sadykova"], stance=-1),
        actor("National Bank of the Kyrgyz Republic", "government", title="central bank", affiliation="Kyrgyzstan",
              aliases=["National Bank of the Kyrgyz Republic"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Radio Prague International culture (the National Gallery Prague closes the Trade Fair Palace for
#    renovation), headline without speech, standfirst with reported speech but no quote marks ("Artists
#    and local politicians say ..."; not annotated), byline and "03-12-2026" lines, curly “ ” and ’, Czech
#    diacritics. Director general "announced the closure ..., saying the building's heating ... were
#    “...”" (act; participial clause with a fragment: partial only), "he said", "Vrba said A ..., and that
#    B" (one span); Q&A "Asked whether ..., Vrba replied: “...”"; content before ", according to the
#    Ministry of Culture"; minister "told Czech Radio he supported ..." (indirect), "the minister said";
#    scare so-called “nomadic” programme; "Not everyone is convinced." (no speech); district mayor "said A
#    and that B" (one span); painter "said A", quote with "he asked"; anonymous curator "said A and that
#    B"; heritage institute "said A, calling the 1928 structure “...”" (indirect plus partial).
ARTICLES["data/eval/dev75/trade-fair-palace-closure-national-gallery.gold.json"] = {
    "article": "data/eval/dev75/trade-fair-palace-closure-national-gallery.txt",
    "target": "National Gallery Prague",
    "quotes": [
        (P, "Martin Vrba", "at the end of their lives.", None),
        (D, "Martin Vrba", "We have patched this building for thirty years. If we do not close it now, we risk closing "
            "it later in an emergency, with the collections still inside,", None),
        (I, "Martin Vrba", "parts of the modern and contemporary collection would be shown at the gallery\u2019s other "
            "venues, including the Kinsky Palace and the Salm Palace, and that a selection of works would travel to "
            "regional galleries in Brno, Ostrava and Olomouc", None),
        (D, "Martin Vrba", "We looked at that option very carefully. The builders told us it would add at least a year "
            "and 300 million crowns.", None),
        (I, "Ministry of Culture", "The renovation is expected to cost 2.4 billion crowns, most of it from the European "
            "Union\u2019s recovery fund", None),
        (I, "Ji\u0159\u00ed Hrub\u00fd", "he supported the gallery\u2019s decision", None),
        (D, "Ji\u0159\u00ed Hrub\u00fd", "Nobody likes to close a museum. But I would rather explain a closure than a "
            "fire,", None),
        (S, None, "nomadic", None),
        (I, "Petra Novotn\u00e1", "the district had not been consulted and that the closure would hurt the caf\u00e9s, "
            "bookshops and small galleries that had grown up around the building", None),
        (I, "Tom\u00e1\u0161 Posp\u00ed\u0161il", "the show would now have to close two months early", None),
        (D, "Tom\u00e1\u0161 Posp\u00ed\u0161il", "Three years is a generation for young artists. Where are they "
            "supposed to show their work in Prague?", None),
        (I, "curator at the gallery", "staff had learned of the decision only the day before the press conference and "
            "that many feared for their jobs", None),
        (I, "National Heritage Institute", "the building\u2019s original windows and fa\u00e7ade were protected and "
            "could not be replaced", None),
        (P, "National Heritage Institute", "unique in Europe.", None),
    ],
    "actors": [
        actor("Martin Vrba", "person", title="director general", affiliation="National Gallery Prague",
              aliases=["Martin Vrba", "Vrba"], stance=1),
        actor("Ministry of Culture", "government", title="ministry", affiliation="Czech Republic",
              aliases=["Ministry of Culture"], stance=0),
        actor("Ji\u0159\u00ed Hrub\u00fd", "person", title="Culture Minister", affiliation="Czech Republic",
              aliases=["Ji\u0159\u00ed Hrub\u00fd", "Hrub\u00fd", "the minister"], stance=1),
        actor("Petra Novotn\u00e1", "person", title="mayor of Prague 7",
              aliases=["Petra Novotn\u00e1", "Novotn\u00e1"], stance=-1),
        actor("Tom\u00e1\u0161 Posp\u00ed\u0161il", "person", title="Painter",
              aliases=["Tom\u00e1\u0161 Posp\u00ed\u0161il", "Posp\u00ed\u0161il"], stance=-1),
        actor("curator at the gallery", "person", title="anonymous curator", affiliation="National Gallery Prague",
              aliases=["curator at the gallery"], stance=-1),
        actor("National Heritage Institute", "government", title="heritage body", affiliation="Czech Republic",
              aliases=["National Heritage Institute"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kuwait Times courts/crime (the Court of Cassation upholds a bribery sentence), headline without
#    speech, byline, "KUWAIT:" dateline running into the lede, straight " and apostrophes, "KD", American
#    punctuation inside closing marks, "His Highness the Amir", a speaker known by a kunya ("Umm Fahad").
#    "upheld ..." and "ordered him to return ..." (acts); "In its ruling, the court said A" (indirect; the
#    ruling speaks for the court); anonymous contractor "told the Criminal Court that A"; the defendant
#    "told the Court of Appeal last year that he was "..."" (partial only); defence lawyer "said his client
#    had been "..." for failures ... and that B" (partial plus indirect), quote before "Al-Ajmi told Kuwait
#    Times after the hearing"; prosecution "said in a statement that the ruling sent "..." that public
#    funds were "..."" (two partials); Nazaha "said the verdict proved that "..."" (partial); PAHW "said A
#    and that B" (one span), content before ", according to PAHW figures"; scare so-called "wasta"
#    culture; "Umm Fahad, a mother of four ..., said A", "she said".
ARTICLES["data/eval/dev75/housing-official-bribery-cassation.gold.json"] = {
    "article": "data/eval/dev75/housing-official-bribery-cassation.txt",
    "target": "Adel Al-Rashidi",
    "quotes": [
        (I, "Court of Cassation", "the evidence, including bank transfers and recorded phone calls, showed that "
            "Al-Rashidi had received more than KD 640,000 from three contracting companies between 2019 and 2022 in "
            "return for approving inflated invoices", None),
        (I, "contractor", "Al-Rashidi had demanded 5 percent of the value of every invoice he signed", None),
        (P, "Adel Al-Rashidi", "innocent before God and before the law.", None),
        (P, "Nasser Al-Ajmi", "made a scapegoat", None),
        (I, "Nasser Al-Ajmi", "the family would now appeal to His Highness the Amir for a pardon", None),
        (D, "Nasser Al-Ajmi", "My client signed what his superiors put in front of him. The people who designed this "
            "system are still sitting in their offices,", None),
        (P, "Public Prosecution", "a clear message", None),
        (P, "Public Prosecution", "a red line.", None),
        (P, "Kuwait Anti-Corruption Authority", "no one is above accountability.", None),
        (I, "Public Authority for Housing Welfare", "it had since introduced electronic approval of invoices and that "
            "all contracts linked to the case had been reviewed by an independent committee", None),
        (S, None, "wasta", None),
        (I, "Public Authority for Housing Welfare", "More than 95,000 housing applications are pending", None),
        (I, "Umm Fahad", "the verdict confirmed what many applicants had long suspected", None),
        (D, "Umm Fahad", "We wait and wait, and some people get rich from our houses. Seven years is not enough,",
            None),
    ],
    "actors": [
        actor("Court of Cassation", "government", title="court", affiliation="Kuwait",
              aliases=["Court of Cassation", "court"], stance=-1),
        actor("contractor", "person", title="unnamed contractor, witness at the original trial",
              aliases=["contractor"], stance=-1),
        actor("Adel Al-Rashidi", "person", title="former assistant director general for projects",
              affiliation="Public Authority for Housing Welfare", aliases=["Adel Al-Rashidi", "Al-Rashidi"],
              stance=1),
        actor("Nasser Al-Ajmi", "person", title="Defense lawyer", aliases=["Nasser Al-Ajmi", "Al-Ajmi"], stance=1),
        actor("Public Prosecution", "government", title="prosecution service", affiliation="Kuwait",
              aliases=["Public Prosecution"], stance=-1),
        actor("Kuwait Anti-Corruption Authority", "government", title="anti-corruption authority",
              affiliation="Kuwait", aliases=["Kuwait Anti-Corruption Authority", "Nazaha"], stance=-1),
        actor("Public Authority for Housing Welfare", "government", title="housing authority", affiliation="Kuwait",
              aliases=["Public Authority for Housing Welfare", "PAHW"], stance=None),
        actor("Umm Fahad", "person", title="mother of four, housing applicant", aliases=["Umm Fahad"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Mercury (Hobart) environment/business (a salmon die-off on Bruny Island), headline without
#    speech, standfirst "Bruny Island residents say the stench is "unbearable" ..." (partial for the
#    group it names), byline and "December 3, 2026 - 6:40PM" lines, straight " and apostrophes,
#    Australian punctuation outside fragment quotes, "Mr Hunt" (a surname that is an English word),
#    "3C". Lede content before ", the Environment Protection Authority has confirmed"; "In a statement,
#    Storm Bay Salmon said A and that B" (one span); chief executive "said the company was "..." for ..."
#    (partial only), quote with "Mr Hunt said" and a quote-only paragraph; Q&A "Asked whether ..., Mr Hunt
#    said: "...""; EPA director "said the authority had ordered ... and was investigating ..." (one span);
#    Greens MP "called the die-off "..." and said the government had "..." for too long" (two partials);
#    resident "said A", "she said" (her quote has "unbearable" again); scare so-called "offshore expansion"
#    plan; industry body "said A and that B"; scientist "said the outbreak was "..." given that ..."
#    (partial only), "she said".
ARTICLES["data/eval/dev75/storm-bay-salmon-die-off-bruny.gold.json"] = {
    "article": "data/eval/dev75/storm-bay-salmon-die-off-bruny.txt",
    "target": "Storm Bay Salmon",
    "quotes": [
        (P, "Bruny Island residents", "unbearable", "\"unbearable\""),
        (I, "Environment Protection Authority", "Thousands of dead salmon have washed up on beaches on Bruny Island's "
            "western coast after a mass die-off at one of Storm Bay Salmon's offshore pens", None),
        (I, "Storm Bay Salmon", "the deaths were caused by a bacterial outbreak linked to unusually warm water "
            "temperatures and that the company had removed more than 600 tonnes of fish from the affected lease since "
            "mid-November", None),
        (P, "Rowan Hunt", "deeply sorry", None),
        (D, "Rowan Hunt", "We have had crews on the beaches every day since the weekend, and we will stay there until "
            "every last fish is collected,", None),
        (D, "Rowan Hunt", "But I won't pretend this is anything other than a very tough season for us and for the "
            "whole industry.", None),
        (D, "Rowan Hunt", "No. We reported the mortality event to the EPA within the required 24 hours.", None),
        (I, "Claire Brookes", "the authority had ordered the company to submit a full report within 14 days and was "
            "investigating whether it had breached its licence conditions", None),
        (P, "Tamsin Oakley", "an environmental disaster", None),
        (P, "Tamsin Oakley", "let the industry mark its own homework", None),
        (I, "Margaret Lowe", "she had found more than 200 dead fish on the beach below her house on Monday morning",
            None),
        (D, "Margaret Lowe", "The smell is unbearable. My grandkids can't go in the water, and nobody from the company "
            "has knocked on a single door,", None),
        (S, None, "offshore expansion", None),
        (I, "Salmon Tasmania", "warmer waters were a challenge for all growers and that its members were investing "
            "millions of dollars in research into more heat-tolerant fish", None),
        (P, "Jane Ng", "not a surprise", None),
        (D, "Jane Ng", "Warm water stresses the fish, and the bacteria love it. The company could not control the "
            "temperature, but it does control how many fish it puts in a pen,", None),
    ],
    "actors": [
        actor("Bruny Island residents", "group", title="residents", aliases=["Bruny Island residents"], stance=-1),
        actor("Environment Protection Authority", "government", title="environment regulator", affiliation="Tasmania",
              aliases=["Environment Protection Authority", "EPA"], stance=0),
        actor("Storm Bay Salmon", "organisation", title="salmon farming company",
              aliases=["Storm Bay Salmon", "the company"], stance=1),
        actor("Rowan Hunt", "person", title="Chief executive", affiliation="Storm Bay Salmon",
              aliases=["Rowan Hunt", "Hunt", "Mr Hunt"], stance=1),
        actor("Claire Brookes", "person", title="EPA director", affiliation="Environment Protection Authority",
              aliases=["Claire Brookes", "Brookes"], stance=0),
        actor("Tamsin Oakley", "person", title="Greens MP", affiliation="Tasmanian Greens",
              aliases=["Tamsin Oakley", "Oakley"], stance=-1),
        actor("Margaret Lowe", "person", title="Alonnah resident", aliases=["Margaret Lowe", "Lowe"], stance=-1),
        actor("Salmon Tasmania", "organisation", title="Industry body", aliases=["Salmon Tasmania"], stance=1),
        actor("Jane Ng", "person", title="Associate Professor",
              affiliation="Institute for Marine and Antarctic Studies, University of Tasmania",
              aliases=["Jane Ng", "Ng"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
