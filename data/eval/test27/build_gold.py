"""Build the test27 gold files (data/eval/test27/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev91/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test27/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test27.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test27"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Suspilne News (Ukraine's public broadcaster, English) war news (Russian drones hit a grain terminal in a Danube
#    port), headline without speech, `08.12.2026 10:42` line, straight `"` and apostrophes, American spelling; lede
#    content before `, Suspilne reports with reference to the Odesa Regional Military Administration`; quote before
#    `Head of the ... Oleh Kiper said on Telegram` (title before the name); `According to Kiper, A`; Air Force `said
#    Russia had launched ..., of which ...`; scare `"Geran-2"` (a product name nobody is said to say); district head
#    `told Suspilne that the attacks were "..." and aimed at "..."` (two partials), then `he said`; Romania's MFA
#    `said in a statement that it "..." the attack, which ..., and that B` (partial plus indirect); spokesperson named
#    after the quote with `told reporters in Bucharest`; Russian Defense Ministry `claimed that its forces had carried
#    out "..." on "..."` (two partials); Ukraine's MFA spokesperson `dismissed the claim as "...," noting that A`
#    (partial plus indirect); anonymous representative `said A, but that B` (one span); `According to the Ukrainian
#    Grain Association, A`; `As Suspilne reported earlier, ...` and `Photo:` line not annotated.
ARTICLES[f"{BATCH}/russia-drones-hit-izmail-grain-terminal.gold.json"] = {
    "article": f"{BATCH}/russia-drones-hit-izmail-grain-terminal.txt",
    "target": "Russia",
    "quotes": [
        (I, "Odesa Regional Military Administration", "Russian forces attacked port infrastructure in the Izmail "
            "district of Odesa region overnight with attack drones, damaging a grain terminal and two private houses",
            None),
        (D, "Oleh Kiper", "The enemy once again targeted the civilian infrastructure of the Danube ports. A fire broke "
            "out at the terminal and was extinguished by rescuers. Two men, aged 47 and 62, were injured and received "
            "medical assistance,", None),
        (I, "Oleh Kiper", "about 3,000 tonnes of sunflower seed stored at the terminal were damaged, along with conveyor "
            "equipment and a weighbridge", None),
        (I, "Air Force of the Armed Forces of Ukraine", "Russia had launched 86 Shahed-type attack drones and decoys "
            "against Ukraine overnight, of which 61 were shot down or suppressed by electronic warfare", None),
        (S, None, "Geran-2", None),
        (P, "Yurii Dmytrenko", "systematic", None),
        (P, "Yurii Dmytrenko", "choking Ukraine's alternative export route.", None),
        (D, "Yurii Dmytrenko", "They hit at night, when the terminals are full and the barges are waiting at the berths. "
            "This is not chaos, this is a plan,", None),
        (P, "Romania's Ministry of Foreign Affairs", "firmly condemns", None),
        (I, "Romania's Ministry of Foreign Affairs", "the Romanian Armed Forces had scrambled two F-16 fighter jets as a "
            "precaution", None),
        (D, "Ioana Marinescu", "We will not accept that the war is brought to the border of NATO. Every such incident is "
            "documented and shared with our allies,", None),
        (P, "Russian Defense Ministry", "a group strike with high-precision weapons", None),
        (P, "Russian Defense Ministry", "port infrastructure used to supply the armed forces of Ukraine.", None),
        (P, "Andrii Levchenko", "another lie from Moscow,", None),
        (I, "Andrii Levchenko", "the terminal belonged to a private agricultural company and handled only grain and "
            "oilseeds", None),
        (D, "Andrii Levchenko", "Russia is trying to turn the Danube into a front line. The world must respond with more "
            "air defense for our ports, not with new words of concern,", None),
        (I, "representative of the terminal's operator", "the company expected to resume loadings within a week, but "
            "that insurers had already raised premiums for vessels calling at Izmail", None),
        (I, "Ukrainian Grain Association", "the Danube ports handled about 2.1 million tonnes of agricultural exports in "
            "October, roughly a quarter of the country's seaborne grain shipments that month", None),
    ],
    "actors": [
        actor("Odesa Regional Military Administration", "government", affiliation="Ukraine",
              aliases=["Odesa Regional Military Administration"], stance=-1),
        actor("Oleh Kiper", "person", title="Head of the Odesa Regional Military Administration", affiliation="Ukraine",
              aliases=["Oleh Kiper", "Kiper"], stance=-1),
        actor("Air Force of the Armed Forces of Ukraine", "government", affiliation="Ukraine",
              aliases=["Air Force of the Armed Forces of Ukraine"], stance=0),
        actor("Yurii Dmytrenko", "person", title="Acting head of the Izmail District State Administration",
              affiliation="Ukraine", aliases=["Yurii Dmytrenko", "Dmytrenko"], stance=-1),
        actor("Romania's Ministry of Foreign Affairs", "government", affiliation="Romania",
              aliases=["Romania's Ministry of Foreign Affairs"], stance=-1),
        actor("Ioana Marinescu", "person", title="Romanian Defense Ministry spokesperson", affiliation="Romania",
              aliases=["Ioana Marinescu", "Marinescu"], stance=-1),
        actor("Russian Defense Ministry", "government", affiliation="Russia", aliases=["Russian Defense Ministry"],
              stance=1),
        actor("Andrii Levchenko", "person", title="Spokesperson for the Ministry of Foreign Affairs of Ukraine",
              affiliation="Ukraine", aliases=["Andrii Levchenko", "Levchenko"], stance=-1),
        actor("representative of the terminal's operator", "person",
              aliases=["representative of the terminal's operator"], stance=0),
        actor("Ukrainian Grain Association", "organisation", aliases=["Ukrainian Grain Association"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Miningmx (South African mining news site) (a JSE-listed miner puts a manganese mine on care and
#    maintenance), headline and standfirst without speech, `NAME | 8 December 2026` line, no dateline, straight `"` and apostrophes, South African/British
#    spelling, `R50-billion`, `$4/dmtu`, `%`, British punctuation outside a closing mark; lede content before `, the
#    company announced on the Stock Exchange News Service on Monday`; `The miner said A, and blamed "..." on ...`
#    (indirect plus partial; `blamed` is an act whose fragment is still a partial); CEO `told Miningmx that the
#    company had "..." before ...` (partial only), then a quote with `he explained`, `He pointed out that A, while B`
#    (one span); Q&A `Asked whether ..., Swanepoel said: "..."`; scare `"section 189"` process; rail spokesperson
#    `said A and was B` (one span); union `described the announcement as "..."` (partial only); regional secretary
#    named after the quote; `Mothibi said A, and that it would "..."` (indirect plus partial); business body `has
#    repeatedly warned that A`; analyst `said ... were "..." of the rail crisis, and that B` (partial plus
#    indirect); department `said A`.
ARTICLES[f"{BATCH}/gamagara-manganese-kgalagadi-care-and-maintenance.gold.json"] = {
    "article": f"{BATCH}/gamagara-manganese-kgalagadi-care-and-maintenance.txt",
    "target": "Gamagara Manganese",
    "quotes": [
        (I, "Gamagara Manganese", "JSE-listed Gamagara Manganese will place its Kgalagadi open-pit mine, in the Northern "
            "Cape, on care and maintenance from February, putting about 640 permanent and contract jobs at risk", None),
        (I, "Gamagara Manganese", "the decision followed two years of losses at the operation", None),
        (P, "Gamagara Manganese", "persistent underperformance", None),
        (P, "Pieter Swanepoel", "exhausted every option", None),
        (D, "Pieter Swanepoel", "We have trucked ore by road at a loss for eighteen months to keep people employed. At "
            "current prices, every tonne we move by truck costs us more than we are paid for it,", None),
        (I, "Pieter Swanepoel", "rail allocations to the company on the line had fallen to about 60% of contracted "
            "volumes this year, while the manganese ore price had slipped below $4/dmtu for most of the second half",
            None),
        (D, "Pieter Swanepoel", "If the rail works and the price recovers, the orebody is still there. We are not walking "
            "away from Kgalagadi.", None),
        (S, None, "section 189", None),
        (I, "Nomvula Dlamini", "the company had increased volumes on the manganese corridor by 8% in the year to October "
            "and was in talks with private train operators about running additional services under its third-party "
            "access programme", None),
        (P, "National Union of Mineworkers", "a disaster for the John Taolo Gaetsewe district", None),
        (D, "Kagiso Mothibi", "Our members learned about this from the radio. The company has not consulted the union "
            "properly, as the Labour Relations Act requires,", None),
        (I, "Kagiso Mothibi", "the union would meet management in Kathu on Wednesday", None),
        (P, "Kagiso Mothibi", "oppose every single retrenchment", None),
        (I, "Minerals Council South Africa", "rail and port constraints cost the mining industry an estimated "
            "R50-billion in lost export revenue in 2025", None),
        (P, "Lerato Nkosi", "the first casualties", None),
        (I, "Lerato Nkosi", "further closures were likely if prices stayed at current levels into the new year", None),
        (I, "Department of Mineral and Petroleum Resources", "it had not yet received a formal notice from the company",
            None),
    ],
    "actors": [
        actor("Gamagara Manganese", "organisation", title="JSE-listed manganese miner",
              aliases=["Gamagara Manganese", "Gamagara", "the company", "The miner"], stance=1),
        actor("Pieter Swanepoel", "person", title="CEO", affiliation="Gamagara Manganese",
              aliases=["Pieter Swanepoel", "Swanepoel"], stance=1),
        actor("Nomvula Dlamini", "person", title="spokesperson", affiliation="Transnet Freight Rail",
              aliases=["Nomvula Dlamini", "Dlamini"], stance=-1),
        actor("National Union of Mineworkers", "organisation",
              aliases=["National Union of Mineworkers", "NUM"], stance=-1),
        actor("Kagiso Mothibi", "person", title="Northern Cape regional secretary", affiliation="NUM",
              aliases=["Kagiso Mothibi", "Mothibi"], stance=-1),
        actor("Minerals Council South Africa", "organisation", aliases=["Minerals Council South Africa"],
              stance=None),
        actor("Lerato Nkosi", "person", title="mining analyst", affiliation="Rand Capital Partners",
              aliases=["Lerato Nkosi", "Nkosi"], stance=1),
        actor("Department of Mineral and Petroleum Resources", "government", affiliation="South Africa",
              aliases=["Department of Mineral and Petroleum Resources"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. China Daily (Hong Kong edition) city news (the MTR announces a 3.4 percent fare rise), headline without
#    quote marks (`drawing fire`), `By NAME in Hong Kong | China Daily | Updated: ...` line, straight `"` and apostrophes, American
#    punctuation inside closing marks, `percent`, `HK$`, Cantonese names with given names after the surname
#    (`Tony Lee Kin-fai`, `Kenny Chau Ka-lok`, `Cheng Wai-yee`), `Dr` title; lede content before `, the rail operator
#    announced on Monday` (the writer's `in what would be ...` after it not included); `The MTR Corporation said A,
#    and that B` (one span); `In a statement, the company said the increase was "..." and reflected "..."` (two
#    partials); scare `"productivity factor"`; operations director in an apposition `said A`, then `he told
#    reporters`; group `legislators across the political spectrum said A` (the writer's `with many families ...` not
#    included); lawmaker `said A, and that it should "..." instead of ...` (indirect plus partial), `Chau said`;
#    `Speaking on a radio programme on Monday morning, ... said A, because B` (one span); bureau `said the government had
#    "...", and that it would ask the MTR to consider ...` (partial plus indirect reported clause); concern-group
#    convenor `told China Daily that A`, `she said`; anonymous commuter `said a woman surnamed Chan` after the quote.
ARTICLES[f"{BATCH}/mtr-fares-rise-june.gold.json"] = {
    "article": f"{BATCH}/mtr-fares-rise-june.txt",
    "target": "MTR Corporation",
    "quotes": [
        (I, "MTR Corporation", "MTR fares will go up by an average of 3.4 percent from June next year under the fare "
            "adjustment mechanism", None),
        (I, "MTR Corporation", "about 70 percent of journeys would cost 30 cents or less extra per trip, and that its "
            "same-day second-trip discount would be extended for another year", None),
        (P, "MTR Corporation", "in line with the formula", None),
        (P, "MTR Corporation", "rising staff and maintenance costs.", None),
        (S, None, "productivity factor", None),
        (I, "Tony Lee Kin-fai", "the railway had spent more than HK$12 billion on maintaining and renewing its assets in "
            "the past year", None),
        (D, "Tony Lee Kin-fai", "We understand that every increase is felt by passengers. But a safe and reliable railway "
            "needs money to keep it that way,", None),
        (I, "legislators across the political spectrum", "the timing was wrong", None),
        (I, "Kenny Chau Ka-lok", "the MTR had made a profit of more than HK$15 billion last year", None),
        (P, "Kenny Chau Ka-lok", "share the fruits with the public", None),
        (D, "Kenny Chau Ka-lok", "Families in the New Territories already spend a big share of their income on getting to "
            "work. Another rise is the last thing they need,", None),
        (I, "Dominic Leung Wai-ming", "the fare adjustment mechanism itself needed to be reviewed, because it allowed the "
            "company to raise fares even in years when it made large profits from its property business", None),
        (P, "Transport and Logistics Bureau", "taken note", None),
        (I, "Transport and Logistics Bureau", "it would ask the MTR to consider more concessions for low-income commuters "
            "before the new fares take effect", None),
        (I, "Cheng Wai-yee", "many elderly passengers were already skipping trips to save money", None),
        (D, "Cheng Wai-yee", "Some of them walk two stations to save a few dollars. Now they will walk three,", None),
        (D, "woman surnamed Chan", "What can we do? We still have to go to work,", None),
    ],
    "actors": [
        actor("MTR Corporation", "organisation", title="rail operator",
              aliases=["MTR Corporation", "MTR", "the rail operator", "the company"], stance=1),
        actor("Tony Lee Kin-fai", "person", title="operations director", affiliation="MTR Corporation",
              aliases=["Dr Tony Lee Kin-fai", "Tony Lee Kin-fai", "Lee"], stance=1),
        actor("legislators across the political spectrum", "group", affiliation="Legislative Council",
              aliases=["legislators across the political spectrum"], stance=-1),
        actor("Kenny Chau Ka-lok", "person", title="lawmaker", affiliation="DAB",
              aliases=["Kenny Chau Ka-lok", "Chau"], stance=-1),
        actor("Dominic Leung Wai-ming", "person", title="lawmaker", affiliation="Liberal Party",
              aliases=["Dominic Leung Wai-ming", "Leung"], stance=-1),
        actor("Transport and Logistics Bureau", "government", affiliation="Hong Kong",
              aliases=["Transport and Logistics Bureau"], stance=0),
        actor("Cheng Wai-yee", "person", title="convenor", affiliation="Passenger Voice",
              aliases=["Cheng Wai-yee", "Cheng"], stance=-1),
        actor("woman surnamed Chan", "person", title="commuter", aliases=["woman surnamed Chan"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Bookseller (UK book trade press) (a publisher withdraws a crime novelist's thriller over plagiarism),
#    headline with a curly single fragment `... over 'significant similarities' ...` (partial for Halden, the entity
#    the headline names), `By NAME | 8 December 2026` line, curly `“ ”` and `’`, British punctuation outside a closing
#    mark, book titles without quote marks; lede without a cue; publisher `said it had found "..." between ..., and
#    that B` (partial plus indirect), then a quote with `the statement said`; content `It has sold ...` before `,
#    according to Nielsen BookScan`; author `said in a post on Instagram that she was "..." and had "..."` (two
#    partials), then `she wrote`; agent in an apposition `told The Bookseller the author was "..." with ...`
#    (partial only); shared surname: the dead author Morag Buchan (mentioned only) and her daughter Isla Buchan,
#    `Buchan said` is the daughter; `She added that A, but that the family hoped ... "..."` (indirect plus partial);
#    scare `"copycat"` rows; society `said A but that B` (one span); anonymous senior editor `said Halden had "..."`
#    (partial only), then `the editor said`; bookseller `said A and had B` (one span), `she said`.
ARTICLES[f"{BATCH}/halden-withdraws-carrick-thriller.gold.json"] = {
    "article": f"{BATCH}/halden-withdraws-carrick-thriller.txt",
    "target": "Fiona Carrick",
    "quotes": [
        (P, "Halden Press", "significant similarities", "Halden withdraws"),
        (P, "Halden Press", "significant similarities", "In a statement issued"),
        (I, "Halden Press", "it would offer refunds to anyone who had bought a copy", None),
        (D, "Halden Press", "We hold ourselves and our authors to the highest standards. Having reviewed the material "
            "carefully, we do not believe the book can remain on sale in its current form,", None),
        (I, "Nielsen BookScan", "It has sold around 22,000 copies through UK tills", None),
        (P, "Fiona Carrick", "devastated", None),
        (P, "Fiona Carrick", "never knowingly copied another writer\u2019s work", None),
        (D, "Fiona Carrick", "I read widely and I read constantly, and I take notes. Somewhere in that process I made a "
            "terrible mistake, and I am deeply sorry to Morag Buchan\u2019s family and to my readers,", None),
        (P, "Rupert Holm", "co-operating fully", None),
        (I, "Isla Buchan", "the family had first been contacted by a reader in Inverness in October, who had noticed that "
            "a storm scene in The Salt Road was almost word for word the same as one in Buchan\u2019s The Drowned Shore",
            None),
        (D, "Isla Buchan", "My mother wrote that book in a caravan in Ullapool with three children under ten. Seeing her "
            "sentences under someone else\u2019s name was a strange kind of grief,", None),
        (I, "Isla Buchan", "the estate was taking legal advice", None),
        (P, "Isla Buchan", "without lawyers doing all the talking", None),
        (S, None, "copycat", None),
        (I, "Society of Authors", "such cases were rare but that publishers needed clearer processes for checking "
            "manuscripts before publication, particularly when authors are under pressure to deliver a book a year",
            None),
        (P, "senior editor at a rival publisher", "had no choice", None),
        (D, "senior editor at a rival publisher", "Once the side-by-side comparisons were online, the book was finished. "
            "The only question was how fast they would move,", None),
        (I, "Amira Haddad", "she had already sent back 40 copies and had customers coming in to ask for refunds", None),
        (D, "Amira Haddad", "People are disappointed more than angry. Carrick has a loyal readership here,", None),
    ],
    "actors": [
        actor("Halden Press", "organisation", title="publisher",
              aliases=["Halden Press", "Halden", "the publisher", "statement"], stance=-1),
        actor("Nielsen BookScan", "organisation", aliases=["Nielsen BookScan"], stance=None),
        actor("Fiona Carrick", "person", title="crime novelist", aliases=["Fiona Carrick", "Carrick"], stance=1),
        actor("Rupert Holm", "person", title="literary agent", affiliation="Holm & Whitlow",
              aliases=["Rupert Holm", "Holm"], stance=1),
        actor("Isla Buchan", "person", title="manager of her mother's literary estate",
              affiliation="estate of Morag Buchan", aliases=["Isla Buchan", "Buchan"], stance=-1),
        actor("Society of Authors", "organisation", aliases=["Society of Authors"], stance=None),
        actor("senior editor at a rival publisher", "person", aliases=["senior editor at a rival publisher",
                                                                      "the editor"], stance=-1),
        actor("Amira Haddad", "person", title="independent bookseller", affiliation="Haddad & Daughters, Stroud",
              aliases=["Amira Haddad", "Haddad"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
