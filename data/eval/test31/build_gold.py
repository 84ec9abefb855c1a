"""Build the test31 gold files (data/eval/test31/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev91/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test31/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test31.  Standard library only.

Held out: do not read while tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test31"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Jiji Press (Japanese news agency, English service) national news: Russia detains a Japanese crab boat off
#    Hokkaido. Headline without quote marks (`Tokyo lodges protest`), `Nemuro, Hokkaido, Dec. 3 (Jiji Press)--`
#    dateline running into the lede, straight `"`, American punctuation inside closing marks, `Dec. 2`;
#    lede content before `, the Foreign Ministry said`, then the government `lodged a protest ..., calling the
#    detention "..."` (partial); `According to the ministry, A`; FSB `said in a statement carried by the Interfax news
#    agency that the vessel had been fishing "..." inside ..., and that B` (partial plus indirect); anonymous senior
#    official `told reporters in Tokyo that A and that B` (one span), then a quote with `the official said`; scare
#    so-called `"safe operations"`; cooperative head `said: "..."`; shared surname: the captain's wife Kazuko Ito
#    (captain Takeshi mentioned only) `told Jiji Press by phone that A`, then a quote-only paragraph closed
#    by `she said`; embassy `said on its Telegram channel that Japanese fishermen must "..." and that B` (partial plus
#    indirect); professor `said A`, `Nakano said`; `According to the Japan Coast Guard's 1st Regional Coast Guard
#    Headquarters, A`; municipal government `said A`; anonymous fisherman `who asked not to be named said A`, `he said`.
ARTICLES[f"{BATCH}/russia-detains-nemuro-crab-boat.gold.json"] = {
    "article": f"{BATCH}/russia-detains-nemuro-crab-boat.txt",
    "target": "Russia",
    "quotes": [
        (I, "Foreign Ministry", "Russian border guards detained a Japanese crab fishing boat and its five crew members "
            "in waters off the Nemuro Peninsula on Dec. 2", None),
        (P, "Japanese government", "unacceptable.", None),
        (I, "Foreign Ministry", "the 9.7-ton Dai-3 Hokuyo Maru, registered in Nemuro, was stopped by a Russian border "
            "patrol vessel at around 10:40 a.m. about 20 kilometers northeast of Cape Nosappu and was escorted to a port "
            "on Kunashiri Island", None),
        (P, "Federal Security Service", "in violation of the established procedure", None),
        (I, "Federal Security Service", "a criminal case against the captain was being considered", None),
        (I, "senior Foreign Ministry official", "the boat had been operating legally in an area covered by a bilateral "
            "fishing agreement and that Japan had demanded the immediate release of the crew and the vessel", None),
        (D, "senior Foreign Ministry official", "We have confirmed with GPS data that the boat never left the agreed "
            "zone. There is no basis whatsoever for this detention,", None),
        (S, None, "safe operations", None),
        (D, "Masaru Hayashi", "Our members go out every day knowing this can happen. But it is the families who "
            "suffer. We just want them home before the New Year.", None),
        (I, "Kazuko Ito", "she had last spoken to him on the morning of Dec. 2", None),
        (D, "Kazuko Ito", "He said the sea was calm and the catch was good. That was the last thing I heard,", None),
        (P, "Russian Embassy in Tokyo", "strictly observe Russian legislation", None),
        (I, "Russian Embassy in Tokyo", "the embassy was providing information on the case to the Japanese side",
            None),
        (I, "Hiroshi Nakano", "Moscow had been using detentions and inspections to put pressure on Tokyo since the "
            "sanctions were imposed", None),
        (D, "Hiroshi Nakano", "It is a message. Russia wants to show that it, not Japan, decides who fishes in these "
            "waters, and the fishermen of Nemuro are paying the price,", None),
        (I, "1st Regional Coast Guard Headquarters", "it is the third time this year that a Japanese fishing boat has "
            "been seized by Russian authorities", None),
        (I, "Nemuro Municipal Government", "it had set up a task force to support the families of the five crew "
            "members", None),
        (I, "fisherman in his 60s", "many boats in the port had decided not to go out for the rest of the week", None),
        (D, "fisherman in his 60s", "Everyone is scared now,", None),
    ],
    "actors": [
        actor("Foreign Ministry", "government", affiliation="Japan", aliases=["Foreign Ministry", "the ministry"],
              stance=0),
        actor("Japanese government", "government", affiliation="Japan", aliases=["Japanese government"], stance=-1),
        actor("Federal Security Service", "government", affiliation="Russia",
              aliases=["Federal Security Service", "FSB"], stance=1),
        actor("senior Foreign Ministry official", "person", title="official (anonymous)",
              affiliation="Foreign Ministry (Japan)", aliases=["senior Foreign Ministry official", "the official"],
              stance=-1),
        actor("Masaru Hayashi", "person", title="head of the local fisheries cooperative association",
              affiliation="Nemuro", aliases=["Masaru Hayashi", "Hayashi"], stance=-1),
        actor("Kazuko Ito", "person", title="wife of the boat's captain", aliases=["Kazuko Ito"], stance=-1),
        actor("Russian Embassy in Tokyo", "government", affiliation="Russia",
              aliases=["Russian Embassy in Tokyo", "the embassy"], stance=1),
        actor("Hiroshi Nakano", "person", title="professor of Russian politics", affiliation="Hokkaido University",
              aliases=["Hiroshi Nakano", "Nakano"], stance=-1),
        actor("1st Regional Coast Guard Headquarters", "government", affiliation="Japan Coast Guard",
              aliases=["1st Regional Coast Guard Headquarters", "Japan Coast Guard"], stance=0),
        actor("Nemuro Municipal Government", "government", affiliation="Nemuro",
              aliases=["Nemuro Municipal Government"], stance=None),
        actor("fisherman in his 60s", "person", title="fisherman (anonymous)", affiliation="Nemuro",
              aliases=["fisherman in his 60s"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Retail Gazette (UK retail trade press): a regional bookshop chain closes 12 shops. Headline without
#    speech, `By NAME` and `3 December 2026` lines, curly `“ ”` and `’`, British punctuation outside fragments; lede
#    content before `, the regional chain has confirmed`; `In a statement the company said trading ... had been
#    "..." and that B` (partial plus indirect); chief executive `told Retail Gazette the decision had been "..."`
#    (partial only), quote split by `she said`, `Marsh said A`; trade body `said the announcement was "..." and
#    repeated its call for ...` (partial only; the call is a directive); union `said members had been given "..."`
#    (partial only); shared surname: the union organiser Tom Ashby (`– no relation to the founder –`) `said: "..."`;
#    `The company disputed the union's account, saying A`; anonymous publisher `said Northgate had been "..."`, then
#    `she said`; `According to figures from Nielsen BookData, A`; analyst `said A`, then `Northgate, she said, had
#    been right to act "..."` (partial only); scare so-called `"closing down"` sale.
ARTICLES[f"{BATCH}/northgate-books-to-close-twelve-shops.gold.json"] = {
    "article": f"{BATCH}/northgate-books-to-close-twelve-shops.txt",
    "target": "Northgate Books",
    "quotes": [
        (I, "Northgate Books", "Northgate Books is to close 12 of its 47 shops by the end of February, putting around "
            "90 jobs at risk", None),
        (P, "Northgate Books", "materially below plan", None),
        (I, "Northgate Books", "it could no longer justify leases on shops where rents and business rates had risen "
            "faster than sales", None),
        (P, "Fiona Marsh", "the hardest of my career", None),
        (D, "Fiona Marsh", "These are good shops with brilliant booksellers in them. But when a branch has to sell an "
            "extra 300 books a week just to cover the rates rise, the numbers stop working,", None),
        (D, "Fiona Marsh", "We would rather have 35 strong shops than 47 struggling ones.", None),
        (I, "Fiona Marsh", "the chain would try to redeploy as many staff as possible to its remaining branches and to "
            "its Lancaster distribution centre", None),
        (P, "Booksellers Association", "a warning sign for the whole high street", None),
        (P, "Usdaw", "less than a day’s notice", None),
        (D, "Tom Ashby", "Staff found out in a ten-minute meeting before opening. Some of them have worked for "
            "Northgate for twenty years. They deserved better than that.", None),
        (I, "Northgate Books", "area managers had briefed shop managers on Monday evening", None),
        (P, "sales director of one independent publisher", "one of the few chains that still took a chance on debut "
            "fiction from small presses", None),
        (D, "sales director of one independent publisher", "If it goes the way of Ottakar’s, it will be a real loss "
            "for the north. But I understand why they are doing it. Everybody is cutting,", None),
        (I, "Nielsen BookData", "print book sales through high street retailers in the north of England fell 4% in the "
            "12 months to October, compared with a 1% fall nationally", None),
        (I, "Priya Natarajan", "mid-sized chains were being squeezed between Waterstones’ scale and the loyalty enjoyed "
            "by independents", None),
        (P, "Priya Natarajan", "before the bank did it for them", None),
        (S, None, "closing down", None),
    ],
    "actors": [
        actor("Northgate Books", "organisation", title="regional bookshop chain",
              aliases=["Northgate Books", "Northgate", "the company"], stance=1),
        actor("Fiona Marsh", "person", title="Chief executive", affiliation="Northgate Books",
              aliases=["Fiona Marsh", "Marsh"], stance=1),
        actor("Booksellers Association", "organisation", title="trade body", aliases=["Booksellers Association"],
              stance=0),
        actor("Usdaw", "organisation", title="union", aliases=["Usdaw"], stance=-1),
        actor("Tom Ashby", "person", title="Regional organiser", affiliation="Usdaw", aliases=["Tom Ashby"],
              stance=-1),
        actor("sales director of one independent publisher", "person", title="publisher's sales director (anonymous)",
              aliases=["sales director of one independent publisher"], stance=0),
        actor("Nielsen BookData", "organisation", title="sales data provider", aliases=["Nielsen BookData"],
              stance=None),
        actor("Priya Natarajan", "person", title="Retail analyst", affiliation="Marlowe Consulting",
              aliases=["Priya Natarajan", "Natarajan"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. International Railway Journal (IRJ, rail trade press) operations: an open access operator suspends its
#    Zürich - Milano services. Headline and standfirst without speech, `Written by NAME` and date lines, curly `“ ”` and `’`, British punctuation outside fragments, trade usage (`EMUs`, `4h`,
#    `400,000km`); `The company said ... that the decision had been taken "..." after ...` (partial only); chief
#    executive named after the first stretch of a split quote; `Brunner said A`; scare so-called `"boutique"`
#    offer; regulator `confirmed that A, and said it welcomed the "..."` (indirect plus partial); spokesman `said A
#    and that B` (one span); manufacturer `said it was "..."`; `In a statement, the ... company said A, and that a
#    corrected version could be installed "..."` (indirect plus partial); commercial director named after the first
#    stretch of a split quote (`told IRJ`); `Transalpina rejected that view.` (act), then
#    `Brunner said the operator had been given "..." by the supplier and would not ...` (partial only); `According to
#    SBB, A`; union `said A`; consultant `said Transalpina had "...", and that B` (partial plus indirect), `she said`.
ARTICLES[f"{BATCH}/transalpina-rail-suspends-gotthard-services.gold.json"] = {
    "article": f"{BATCH}/transalpina-rail-suspends-gotthard-services.txt",
    "target": "Transalpina Rail",
    "quotes": [
        (P, "Transalpina Rail", "in the interest of safety and reliability", None),
        (D, "Lukas Brunner", "We cannot keep putting trains into the Gotthard and hoping for the best. Our passengers "
            "and the other operators on the route deserve better,", None),
        (D, "Lukas Brunner", "Every Ardesia will stay in the depot at Chiasso until the manufacturer has identified the "
            "root cause and we have tested the fix.", None),
        (I, "Lukas Brunner", "passengers holding tickets would be offered full refunds or rebooked onto SBB and "
            "Trenitalia services under an interline agreement reached on November 30", None),
        (S, None, "boutique", None),
        (I, "Federal Office of Transport", "it had been in contact with the operator", None),
        (P, "Federal Office of Transport", "prudent step", None),
        (I, "spokesman for the office", "the suspension was the operator’s own decision and that no operating "
            "restriction had been imposed by the regulator", None),
        (P, "Varel Rolling Stock", "surprised by the timing", None),
        (I, "Varel Rolling Stock", "its engineers had traced the faults to a software parameter in the converter",
            None),
        (P, "Varel Rolling Stock", "within days", None),
        (D, "Paolo Ferrante", "Taking the whole fleet out of service for six weeks for a problem that can be fixed in "
            "a few days is disproportionate,", None),
        (D, "Paolo Ferrante", "The units have run more than 400,000km without a single incident in the tunnel until "
            "October.", None),
        (P, "Lukas Brunner", "three different explanations in three weeks", None),
        (I, "SBB", "27 of its passenger trains and 11 freight trains were delayed by the three breakdowns", None),
        (I, "SEV", "the episode showed the risks of allowing small open access operators onto a line as congested as "
            "the Gotthard axis, where a single failed train can block one of the two single-track tubes for hours",
            None),
        (P, "Ursula Kägi", "no margin for a long suspension", None),
        (I, "Ursula Kägi", "its investors would be watching the January restart closely", None),
        (D, "Ursula Kägi", "The operator has been losing money since launch. Six weeks without revenue in the middle "
            "of the winter holiday season is a serious blow, whoever is to blame,", None),
    ],
    "actors": [
        actor("Transalpina Rail", "organisation", title="open access operator",
              aliases=["Transalpina Rail", "Transalpina", "the operator"], stance=1),
        actor("Lukas Brunner", "person", title="Chief Executive", affiliation="Transalpina Rail",
              aliases=["Lukas Brunner", "Brunner"], stance=1),
        actor("Federal Office of Transport", "government", title="regulator", affiliation="Switzerland",
              aliases=["Federal Office of Transport", "FOT"], stance=1),
        actor("spokesman for the office", "person", affiliation="Federal Office of Transport",
              aliases=["spokesman for the office"], stance=0),
        actor("Varel Rolling Stock", "organisation", title="manufacturer", affiliation="Bergamo",
              aliases=["Varel Rolling Stock", "Varel"], stance=-1),
        actor("Paolo Ferrante", "person", title="Commercial Director", affiliation="Varel Rolling Stock",
              aliases=["Paolo Ferrante", "Ferrante"], stance=-1),
        actor("SBB", "organisation", title="Swiss Federal Railways", aliases=["SBB"], stance=0),
        actor("SEV", "organisation", title="transport union", aliases=["SEV"], stance=-1),
        actor("Ursula Kägi", "person", title="rail consultant", affiliation="Zürich",
              aliases=["Ursula Kägi", "Kägi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Malta Independent politics (a minister defends a beach concession to a hotel group). Headline `Lands
#    Minister defends ...: 'Nothing was hidden from anyone'` (a full clause after a colon: direct for the minister),
#    date and `Last update:` lines, byline line, straight `"` and apostrophes, straight single marks in the
#    headline, `€38,000`; lede `insisting that the process had been "..." and that B` (partial plus indirect);
#    `Speaking to journalists ..., Borg said A`; quote split by `the minister said`; shared surname: PN spokesperson
#    Stephen Borg (always in full) `said the fee was "..." for ... and that the minister had "..."` (two partials),
#    `Stephen Borg told The Malta Independent`; NGO `described the concession as "..." and said A` (partial plus
#    indirect); authority `said in a statement that A and that B` (one span); Q&A `Asked whether ..., the minister
#    replied: "..."`; company `said it had "..." and that B` (partial plus indirect); anonymous Labour MP `said the
#    timing was "..." and that B` (partial plus indirect), `the MP said`; resident `said A`; Ombudsman's office
#    `confirmed A`; `The Nationalist Party has called for ...` (directive).
ARTICLES[f"{BATCH}/minister-borg-defends-mellieha-beach-concession.gold.json"] = {
    "article": f"{BATCH}/minister-borg-defends-mellieha-beach-concession.txt",
    "target": "Jean Paul Borg",
    "quotes": [
        (D, "Jean Paul Borg", "Nothing was hidden from anyone", "Lands Minister defends"),
        (P, "Jean Paul Borg", "fully transparent", None),
        (I, "Jean Paul Borg", "the public would not lose access to the beach", None),
        (I, "Jean Paul Borg", "the concession covered only the area already used by the hotel for sunbeds and umbrellas "
            "during the summer months", None),
        (D, "Jean Paul Borg", "Nothing was hidden from anyone. The call was published, there was one bidder, and the "
            "contract was signed according to the law,", None),
        (D, "Jean Paul Borg", "Families will still be able to go to that beach with their own umbrella, like they "
            "always did.", None),
        (P, "Stephen Borg", "ridiculously low", None),
        (P, "Stephen Borg", "a lot of explaining to do", None),
        (D, "Stephen Borg", "The minister says there was one bidder. Of course there was one bidder. The call was open "
            "for eleven days in August and was written in a way that only the hotel next door could meet,", None),
        (P, "Moviment Graffitti", "another slice of the coast handed over to private interests", None),
        (I, "Moviment Graffitti", "it would organise a protest on the beach on Sunday", None),
        (I, "Lands Authority", "the fee had been set by an independent architect's valuation and that similar "
            "concessions had been granted in St Paul's Bay and Marsaskala in recent years", None),
        (D, "Jean Paul Borg", "If the authority can publish it without breaching anyone's commercial rights, I have no "
            "problem.", None),
        (P, "Seabreeze Holdings", "always respected the public's right to enjoy the beach", None),
        (I, "Seabreeze Holdings", "it would employ two additional lifeguards during the summer season under the terms "
            "of the agreement", None),
        (P, "Labour MP", "very bad", None),
        (I, "Labour MP", "the party had been receiving complaints from Mellieha residents since the story broke",
            None),
        (D, "Labour MP", "People in Mellieha don't care about the valuation. They care about whether they can find a "
            "place on the sand on a Sunday in August,", None),
        (I, "Carmen Zammit", "the hotel had kept the beach cleaner than the local council ever had", None),
        (I, "Ombudsman's office", "it had received two complaints about the concession", None),
    ],
    "actors": [
        actor("Jean Paul Borg", "person", title="Lands Minister", affiliation="Government of Malta",
              aliases=["Jean Paul Borg", "Borg", "Lands Minister", "the minister"], stance=1),
        actor("Stephen Borg", "person", title="PN spokesperson for lands", affiliation="Nationalist Party",
              aliases=["Stephen Borg"], stance=-1),
        actor("Moviment Graffitti", "organisation", title="environmental NGO", aliases=["Moviment Graffitti"],
              stance=-1),
        actor("Lands Authority", "government", affiliation="Malta", aliases=["Lands Authority"], stance=1),
        actor("Seabreeze Holdings", "organisation", title="hotel group", aliases=["Seabreeze Holdings"], stance=1),
        actor("Labour MP", "person", title="Labour MP (anonymous)", affiliation="Labour Party",
              aliases=["Labour MP", "the MP"], stance=-1),
        actor("Carmen Zammit", "person", title="Mellieha resident", aliases=["Carmen Zammit", "Zammit"], stance=1),
        actor("Ombudsman's office", "government", affiliation="Malta", aliases=["Ombudsman's office"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
