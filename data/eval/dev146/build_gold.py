"""Build the dev146 gold files (data/eval/dev146/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev146/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev146.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev146"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Telex English (Hungary) energy/diplomacy (Hungary signs a ten-year gas contract with Gazprom), headline
#    without speech, "Telex English" and "2026. December 3. – 14:27" lines, curly quotes and apostrophes,
#    American punctuation inside some closing marks. Lede content before "the Ministry of Foreign Affairs
#    and Trade said"; minister "said ... was "..."" (partial only), quote with "he said", "The minister added
#    that ... had been "..." compared with ..." (partial only; "declined to give figures" is an act); Gazprom
#    Export's deputy head "told ... Interfax that A" (no marks); ambassador "wrote that the contract showed
#    "..."" (partial only); Commission spokesperson named inside a split quote ("..., a Commission
#    spokesperson, Lotte Vermeulen, told journalists ... "...""), "She said the Commission would "..." once
#    ..." (partial; "did not rule out" is negated speech); MEP named after her quote ("wrote ... on X");
#    anonymous Fidesz MP "told Telex ... that ... was "..." and that B" (partial plus indirect); analyst
#    "According to Anna Nagy, ..., A", then a quote with "Nagy said" whose second stretch is open at the end
#    of its line and continued by a quote-only paragraph; government spokesman with the same surname
#    ("Zoltán Nagy (no relation)") "said A, and that the opposition "..."" (indirect plus partial); content
#    before "according to the Hungarian Energy and Public Utility Regulatory Authority (MEKH)"; scare
#    so-called "Balkan Stream".
ARTICLES[f"{BATCH}/hungary-gazprom-gas-contract.gold.json"] = {
    "article": f"{BATCH}/hungary-gazprom-gas-contract.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Foreign Affairs and Trade", "Hungary will buy up to 4.5 billion cubic metres of Russian gas a "
            "year until 2036 under a new contract signed in St Petersburg on Wednesday", None),
        (P, "Tamás Vikár", "not a question of ideology but of physics.", None),
        (D, "Tamás Vikár", "We have no sea, we have no LNG terminal, and the pipelines run where they run. Anyone who "
            "tells Hungarian families to pay three times as much for heating so that Brussels can feel good about "
            "itself should come and explain that in Szolnok or Miskolc,", None),
        (P, "Tamás Vikár", "significantly improved", None),
        (I, "Andrei Selivanov", "supplies through the TurkStream pipeline would continue regardless of political "
            "pressure from third countries", None),
        (S, None, "Balkan Stream", None),
        (P, "Yevgeny Stanko", "what honest cooperation between sovereign nations looks like", None),
        (D, "Lotte Vermeulen", "We take note of the announcement and we are disappointed,", None),
        (D, "Lotte Vermeulen", "The regulation adopted by the member states is legally binding, and that includes "
            "Hungary.", None),
        (P, "Lotte Vermeulen", "analyse the contract carefully", None),
        (D, "Zsófia Barta", "Every cubic metre we buy from Gazprom finances the war in Ukraine. There is no such thing "
            "as apolitical gas,", None),
        (P, "A Fidesz MP", "longer than anybody expected", None),
        (I, "A Fidesz MP", "the party leadership had not consulted the committee before the signing", None),
        (I, "Anna Nagy", "Hungary could still be forced to stop taking Russian gas in 2028 whatever the contract says, "
            "because the EU rules ban the imports at the border", None),
        (D, "Anna Nagy", "The contract is a political signal more than a commercial document,", None),
        (D, "Anna Nagy", "Gazprom gets a showcase customer inside the EU, and the government gets a campaign message "
            "before the spring election.", None),
        (D, "Anna Nagy", "What Hungarian households get out of it is much less clear.", None),
        (I, "Zoltán Nagy", "the contract would allow the government to keep its utility price caps for households in "
            "place", None),
        (P, "Zoltán Nagy", "would rather see Hungarians freeze than admit that the sanctions have failed", None),
        (I, "Hungarian Energy and Public Utility Regulatory Authority", "Hungary currently covers about 80 per cent of "
            "its gas consumption with Russian supplies", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs and Trade", "government", title="foreign ministry", affiliation="Hungary",
              aliases=["Ministry of Foreign Affairs and Trade"], stance=1),
        actor("Tamás Vikár", "person", title="Foreign Minister", affiliation="Hungary",
              aliases=["Tamás Vikár", "Vikár"], stance=1),
        actor("Andrei Selivanov", "person", title="deputy director general", affiliation="Gazprom Export",
              aliases=["Andrei Selivanov", "Selivanov"], stance=1),
        actor("Yevgeny Stanko", "person", title="Russian ambassador in Budapest", affiliation="Russia",
              aliases=["Yevgeny Stanko", "Stanko"], stance=1),
        actor("Lotte Vermeulen", "person", title="Commission spokesperson", affiliation="European Commission",
              aliases=["Lotte Vermeulen", "Vermeulen"], stance=-1),
        actor("Zsófia Barta", "person", title="MEP", affiliation="Tisza party",
              aliases=["Zsófia Barta", "Barta"], stance=-1),
        actor("A Fidesz MP", "person", title="anonymous member of parliament's economic committee",
              affiliation="Fidesz", aliases=["A Fidesz MP"], stance=0),
        actor("Anna Nagy", "person", title="senior energy analyst", affiliation="Political Capital",
              aliases=["Anna Nagy", "Nagy"], stance=0),
        actor("Zoltán Nagy", "person", title="Government spokesman", affiliation="Hungary",
              aliases=["Zoltán Nagy"], stance=1),
        actor("Hungarian Energy and Public Utility Regulatory Authority", "government", title="energy regulator",
              affiliation="Hungary", aliases=["Hungarian Energy and Public Utility Regulatory Authority", "MEKH"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Hawke's Bay Today (NZME, New Zealand) local government (the mayor's casting vote sells the council's
#    pensioner flats), headline without speech, standfirst "Tenants ... say nobody asked them." (no marks, not
#    annotated), "By NAME" / "Local Democracy Reporting" / "4 Dec, 2026 05:00 AM" / "3 mins to read" lines,
#    straight " and apostrophes, macrons (Pōhatu), "$14m", en dash inside a quote. Content before "council
#    staff said" (twice) and before "according to council staff"; mayor "said the decision was "..." but
#    the council could not afford ..." (partial plus indirect for the coordinated clause without marks),
#    quote with "she said" and a quote-only paragraph; councillor with a word-like surname (Sam Young)
#    "said the mayor had "..." on ..." (partial only), "Young said A and B" (one span), a quote split by "he
#    said"; trust chief executive "said A and would not B" (one span), quote with "Walker said"; tenant
#    introduced with age and apposition, "She said A", quote with "Dunn said"; Grey Power president "said
#    the organisation was "..." and that B" (partial plus indirect); scare so-called "non-core".
ARTICLES[f"{BATCH}/napier-pensioner-flats-casting-vote.gold.json"] = {
    "article": f"{BATCH}/napier-pensioner-flats-casting-vote.txt",
    "target": "Kirsty Pōhatu",
    "quotes": [
        (I, "council staff", "The 56 units, spread across four sites in Onekawa, Marewa and Taradale, will be sold to "
            "the Ahuriri Community Housing Trust for $9.8 million", None),
        (P, "Kirsty Pōhatu", "the hardest vote I have cast in this job", None),
        (I, "Kirsty Pōhatu", "the council could not afford the $14m needed to bring the units up to Healthy Homes "
            "standards", None),
        (D, "Kirsty Pōhatu", "I know there are people in those flats who are frightened tonight, and I'm sorry for "
            "that. But the trust can do what we can't – borrow, build and get government funding for it,", None),
        (D, "Kirsty Pōhatu", "Doing nothing was not an option.", None),
        (P, "Sam Young", "turned her back", None),
        (I, "Sam Young", "ratepayers had paid for the flats over five decades and they should stay in public hands",
            None),
        (D, "Sam Young", "These are not assets on a spreadsheet. They are people's homes,", None),
        (D, "Sam Young", "We had other options and we didn't look at them properly.", None),
        (S, None, "non-core", None),
        (I, "Hemi Walker", "it would honour all existing tenancies and would not raise rents for current tenants for "
            "at least three years", None),
        (D, "Hemi Walker", "We're not in this to make money. Most of our own board grew up in state houses,", None),
        (I, "Margaret Dunn", "she had learned about the sale from a neighbour, not from the council", None),
        (D, "Margaret Dunn", "Nobody knocked on my door. Not once. You'd think after 19 years they'd come and tell you "
            "to your face,", None),
        (I, "council staff", "The council's public consultation drew 412 submissions, 71 per cent of them opposed to "
            "the sale", None),
        (P, "Lyn Faulkner", "deeply disappointed", None),
        (I, "Lyn Faulkner", "it would ask the trust for a written guarantee on rents beyond 2029", None),
        (I, "council staff", "The sale is expected to settle in March", None),
    ],
    "actors": [
        actor("council staff", "group", title="Napier City Council officers", affiliation="Napier City Council",
              aliases=["council staff"], stance=None),
        actor("Kirsty Pōhatu", "person", title="Napier Mayor", affiliation="Napier City Council",
              aliases=["Kirsty Pōhatu", "Pōhatu"], stance=1),
        actor("Sam Young", "person", title="Councillor", affiliation="Napier City Council",
              aliases=["Sam Young", "Young"], stance=-1),
        actor("Hemi Walker", "person", title="chief executive", affiliation="Ahuriri Community Housing Trust",
              aliases=["Hemi Walker", "Walker"], stance=1),
        actor("Margaret Dunn", "person", title="tenant", aliases=["Margaret Dunn", "Dunn"], stance=-1),
        actor("Lyn Faulkner", "person", title="president", affiliation="Grey Power Hawke's Bay",
              aliases=["Lyn Faulkner", "Faulkner"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Japan Today sport (the Japan Sumo Association suspends a stablemaster over a beating), headline
#    without speech, "SPORTS DEC. 03, 2026 - 06:45 PM JST" and "TOKYO" lines, straight " and apostrophes,
#    American punctuation inside closing marks, "©2026 GPlusMedia Inc." line. Content before "the JSA said in
#    a statement" (the committee's finding, reported by the JSA); chairman known by his elder name
#    (Kiyokaze) named after his quote, "He said A", Q&A "Asked why ..., Kiyokaze replied: "...""; the
#    stablemaster "said he "..." his actions and that B" (partial plus indirect); two scares ("kawaigari",
#    its gloss "loving care"); father "said the punishment was "..." and that B", quote with "he told
#    reporters"; lawyer sharing the surname Ito (always in full) "said ... had taken "..."", "According to
#    Mariko Ito, A"; "The Japan Sports Agency said A"; group "Critics say A"; sociologist named after her
#    quote, "She said ... had "..." over ..." (partial only).
ARTICLES[f"{BATCH}/sumo-stablemaster-suspended-asahiyama.gold.json"] = {
    "article": f"{BATCH}/sumo-stablemaster-suspended-asahiyama.txt",
    "target": "Japan Sumo Association",
    "quotes": [
        (I, "Japan Sumo Association", "The association's compliance committee concluded that the stablemaster, a "
            "former sekiwake whose real name is Takeshi Ono, hit the wrestler at least five times during a morning "
            "training session in October", None),
        (D, "Kiyokaze", "We apologize deeply to the wrestler, his family and to all sumo fans. Violence has no place "
            "in sumo, and we will not tolerate it,", None),
        (I, "Kiyokaze", "the association would require all 44 stables to install security cameras in their training "
            "areas by next spring", None),
        (D, "Kiyokaze", "The committee weighed all the circumstances, including his remorse. A suspension is a heavy "
            "penalty in our world.", None),
        (P, "Asahiyama", "sincerely regrets", None),
        (I, "Asahiyama", "he accepted the punishment", None),
        (S, None, "kawaigari,", None),
        (S, None, "loving care", None),
        (P, "Kenji Ito", "far too light", None),
        (I, "Kenji Ito", "the family was considering filing a criminal complaint with police", None),
        (D, "Kenji Ito", "My son went to that stable at 15 because he loved sumo. They sent him home with a broken "
            "ear and told him to keep quiet,", None),
        (P, "Mariko Ito", "almost two months longer than necessary.", None),
        (I, "Mariko Ito", "at least two senior wrestlers witnessed the beating but were told by the stable not to "
            "speak to the committee", None),
        (I, "Japan Sports Agency", "it had asked the association to submit a report on its prevention measures by the "
            "end of January", None),
        (I, "Critics", "little has changed since a series of scandals involving violence and hazing in the 2010s led "
            "the association to adopt a formal code of conduct", None),
        (D, "Noriko Hayashi", "This is the fourth major case in less than ten years. Each time the association promises "
            "reform, and each time the stables go back to the old ways,", None),
        (P, "Noriko Hayashi", "very little real power", None),
    ],
    "actors": [
        actor("Japan Sumo Association", "organisation", title="sumo governing body",
              aliases=["Japan Sumo Association", "JSA"], stance=1),
        actor("Kiyokaze", "person", title="JSA chairman", affiliation="Japan Sumo Association",
              aliases=["Kiyokaze"], stance=1),
        actor("Asahiyama", "person", title="stablemaster", affiliation="Japan Sumo Association",
              aliases=["Asahiyama", "Takeshi Ono"], stance=1),
        actor("Kenji Ito", "person", title="the wrestler's father", aliases=["Kenji Ito"], stance=-1),
        actor("Mariko Ito", "person", title="the family's lawyer", aliases=["Mariko Ito"], stance=-1),
        actor("Japan Sports Agency", "government", title="sports agency", affiliation="Japan",
              aliases=["Japan Sports Agency"], stance=0),
        actor("Critics", "group", title="critics of the sport", aliases=["Critics"], stance=-1),
        actor("Noriko Hayashi", "person", title="sports sociologist", affiliation="Chukyo University",
              aliases=["Noriko Hayashi", "Hayashi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Malaysiakini courts (the High Court orders a developer to pay late-delivery damages to condo buyers),
#    headline without speech, "Published:  Dec 4, 2026 3:12 PM" and "⋅ Updated: 5:40 PM" lines, straight " and
#    apostrophes, "RM12.4 million", Malaysian name conventions (S Kavitha -> Kavitha; Faizal Hakim Abdullah
#    and Mohd Rizal Yusof by their given names; Wong Kai Min and Lim Siew Hong family name first).
#    Judicial commissioner "ruled that A" (indirect), "Wong said the company's explanation that ... was
#    "..."" (partial only), quote with "she said"; lawyer "told reporters ... that her clients were "..."",
#    quote with "Kavitha said", "She said A"; counsel "said A", "He said the company had "..." of ... and
#    that B" (partial plus indirect); the company "in a statement to Malaysiakini, said A", then "the statement
#    said"; scare so-called "sick projects"; buyer "said A", quote with "said Lim, who ..."; HBA
#    secretary-general "said the ruling sent "..." to ..." (partial only); "According to the Housing and
#    Local Government Ministry, A". "ordered ... to pay" is not annotated.
ARTICLES[f"{BATCH}/seri-bayu-cheras-condo-buyers-ruling.gold.json"] = {
    "article": f"{BATCH}/seri-bayu-cheras-condo-buyers-ruling.txt",
    "target": "Seri Bayu Development Sdn Bhd",
    "quotes": [
        (I, "Wong Kai Min", "the developer had breached its sale and purchase agreements by failing to deliver vacant "
            "possession of the Residensi Bayu Suria units within 36 months", None),
        (P, "Wong Kai Min", "not supported by the evidence", None),
        (D, "Wong Kai Min", "The plaintiffs have waited almost seven years for homes they paid deposits on in 2019. "
            "Some of them have been paying a housing loan and rent at the same time,", None),
        (P, "S Kavitha", "relieved but not celebrating", None),
        (D, "S Kavitha", "A judgment is only paper if the company has no money. Our next step is to make sure the "
            "assets are still there,", None),
        (I, "S Kavitha", "the buyers would apply to freeze the developer's bank accounts if it did not pay within 30 "
            "days", None),
        (I, "Faizal Hakim Abdullah", "his client would file an appeal at the Court of Appeal", None),
        (P, "Faizal Hakim Abdullah", "every intention", None),
        (I, "Faizal Hakim Abdullah", "construction would restart in the first quarter of next year once a new main "
            "contractor was appointed", None),
        (I, "Seri Bayu Development Sdn Bhd", "it would study the written judgment with its lawyers", None),
        (D, "Seri Bayu Development Sdn Bhd", "We remain committed to delivering every unit to our purchasers, and we "
            "thank them for their patience,", None),
        (S, None, "sick projects", None),
        (I, "Lim Siew Hong", "she had used most of her EPF savings for the 10 percent deposit", None),
        (D, "Lim Siew Hong", "Every year they told us, next year, next year. I don't believe them any more,", None),
        (P, "Mohd Rizal Yusof", "a clear message", None),
        (I, "Housing and Local Government Ministry", "112 private housing projects nationwide were classified as "
            "delayed or abandoned as of October", None),
    ],
    "actors": [
        actor("Wong Kai Min", "person", title="Judicial commissioner", affiliation="Kuala Lumpur High Court",
              aliases=["Wong Kai Min", "Wong"], stance=-1),
        actor("S Kavitha", "person", title="the buyers' lawyer", aliases=["S Kavitha", "Kavitha"], stance=-1),
        actor("Faizal Hakim Abdullah", "person", title="counsel for Seri Bayu",
              affiliation="Seri Bayu Development Sdn Bhd", aliases=["Faizal Hakim Abdullah", "Faizal"], stance=1),
        actor("Seri Bayu Development Sdn Bhd", "organisation", title="property developer",
              aliases=["Seri Bayu Development Sdn Bhd", "Seri Bayu"], stance=1),
        actor("Lim Siew Hong", "person", title="retired teacher, buyer", aliases=["Lim Siew Hong", "Lim"], stance=-1),
        actor("Mohd Rizal Yusof", "person", title="secretary-general",
              affiliation="National House Buyers Association", aliases=["Mohd Rizal Yusof", "Rizal"], stance=-1),
        actor("Housing and Local Government Ministry", "government", title="ministry", affiliation="Malaysia",
              aliases=["Housing and Local Government Ministry"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
