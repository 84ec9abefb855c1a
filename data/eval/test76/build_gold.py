"""Build the test76 gold files (data/eval/test76/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test76/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test76.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test76"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}
# ---------------------------------------------------------------------------------------------
# 1. Skift travel (Russia waives visas for tourists from 31 countries), Title Case headline without speech,
#    "Skift Take:" summary (the writer's own, no speech), byline and date lines without "By", straight " and
#    apostrophes, American punctuation inside closing marks, "40%". Lede content before "the Russian
#    government said Thursday"; deputy prime minister "said A and would be extended ..." (one span), split
#    quote around "she said at a press conference"; scare so-called "Golden Ring"; Rostourism head "told Skift
#    the 2 million target was "..."" (partial only); Q&A "Asked whether ..., Kondrashov said: "...""; Aeroflot
#    "said in a statement that A"; tour operator with a Chinese name (surname first: Zhou) "said demand ... was
#    "..." but that B" (partial plus indirect), "Zhou said"; content before "according to TrendPath Data";
#    analyst quote before "said Marta Kowalczyk"; association "said A and that B" (one span); Ukrainian
#    spokesman "called the waiver a "..." and warned that B" (partial plus indirect). Not annotated: "Tour
#    operators in China were cautiously positive", governments' advice against travel (directive), arrival
#    figures.
ARTICLES[f"{BATCH}/russia-visa-free-tourists-31-countries.gold.json"] = {
    "article": f"{BATCH}/russia-visa-free-tourists-31-countries.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian government", "Russia will let tourists from 31 countries, including China, India, Saudi Arabia "
            "and Brazil, enter without a visa for stays of up to 21 days from March 1", None),
        (I, "Yelena Savvateyeva", "the waiver would bring an additional 2 million foreign visitors in its first full "
            "year and would be extended to more countries if it worked", None),
        (D, "Yelena Savvateyeva", "We are open to everyone who comes with good intentions,", None),
        (D, "Yelena Savvateyeva", "Our museums, our theaters, our cities are waiting for them.", None),
        (S, None, "Golden Ring", None),
        (P, "Nikita Kondrashov", "ambitious but realistic.", None),
        (D, "Nikita Kondrashov", "Chinese tourists pay with UnionPay and Alipay, and both work here. For everyone else "
            "we are introducing a tourist card that can be topped up at the airport.", None),
        (I, "Aeroflot", "it would add flights to Guangzhou, Riyadh and Delhi next summer to meet demand from the new "
            "markets", None),
        (P, "Zhou Wei", "very strong", None),
        (I, "Zhou Wei", "hotel prices had risen too fast", None),
        (D, "Zhou Wei", "Moscow is not cheap anymore. A four-star hotel in June costs more than in Paris,", None),
        (I, "TrendPath Data", "Bookings from Gulf countries to Russia for the first quarter of 2027 were already up 40% "
            "on a year earlier", None),
        (D, "Marta Kowalczyk", "This is a market being rebuilt around Asia and the Middle East. Europe is not coming "
            "back any time soon, visa or no visa,", None),
        (I, "Association of Tour Operators of Russia", "the waiver was long overdue and that hotels in Moscow were "
            "already running at 78% occupancy for the winter holidays", None),
        (P, "Oleh Marchenko", "propaganda exercise", None),
        (I, "Oleh Marchenko", "foreigners who traveled on to occupied Crimea could be barred from entering Ukraine",
            None),
    ],
    "actors": [
        actor("Russian government", "government", affiliation="Russia", aliases=["Russian government"], stance=1),
        actor("Yelena Savvateyeva", "person", title="Deputy Prime Minister", affiliation="Russia",
              aliases=["Yelena Savvateyeva", "Savvateyeva"], stance=1),
        actor("Nikita Kondrashov", "person", title="head of the Federal Agency for Tourism (Rostourism)",
              affiliation="Russia", aliases=["Nikita Kondrashov", "Kondrashov"], stance=1),
        actor("Aeroflot", "organisation", title="Russian airline", affiliation="Russia", aliases=["Aeroflot"],
              stance=1),
        actor("Zhou Wei", "person", title="general manager", affiliation="Northern Star Travel",
              aliases=["Zhou Wei", "Zhou"], stance=0),
        actor("TrendPath Data", "organisation", title="travel analytics firm in Dubai",
              aliases=["TrendPath Data", "TrendPath"], stance=None),
        actor("Marta Kowalczyk", "person", title="head of research", affiliation="TrendPath Data",
              aliases=["Marta Kowalczyk", "Kowalczyk"], stance=0),
        actor("Association of Tour Operators of Russia", "organisation", title="tour operators' association",
              affiliation="Russia", aliases=["Association of Tour Operators of Russia"], stance=1),
        actor("Oleh Marchenko", "person", title="spokesman", affiliation="Ukraine's Ministry of Foreign Affairs",
              aliases=["Oleh Marchenko", "Marchenko"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Scottish Legal News (legal aid payment backlog; Edinburgh defence agents threaten to stop taking summary
#    cases), headline with a straight single fragment "Legal aid board blames 'teething problems' ..." (partial
#    for the board), date line, straight " and apostrophes, British punctuation outside fragments, "per cent",
#    Gaelic name (MacLeòid). Lede content before "the Edinburgh Bar Association (EBA) has said"; "The
#    association said A"; president "said: "...", an open paragraph, then a closed paragraph (one direct each);
#    "He said the association had written ... without "..."" (partial only); board "said the new system had
#    experienced "..." during ... and that B" (partial plus indirect); chief executive "said A and that the
#    board expected to clear the remainder "..."" (indirect plus partial), "she said"; Law Society convener
#    "described the backlog as "..." given ..." (partial only); government spokesperson "said A and that B"
#    (one span); anonymous Glasgow agent "said firms there were "..."" (partial only), "he said"; scare the
#    board's "digital first" strategy. Not annotated: the court figures, the 2023 boycott, the platform cost.
ARTICLES[f"{BATCH}/slab-accounts-backlog-edinburgh-bar.gold.json"] = {
    "article": f"{BATCH}/slab-accounts-backlog-edinburgh-bar.txt",
    "target": "Scottish Legal Aid Board",
    "quotes": [
        (P, "Scottish Legal Aid Board", "teething problems", "'teething"),
        (I, "Edinburgh Bar Association", "Defence solicitors in Edinburgh will stop accepting new summary criminal legal "
            "aid cases from 5 January unless a backlog of unpaid accounts is cleared", None),
        (I, "Edinburgh Bar Association", "its members were owed more than \u00a31.2 million in fees held up since the "
            "Scottish Legal Aid Board (SLAB) moved to a new online accounts platform, Atlas, in September", None),
        (D, "Iain MacLe\u00f2id", "Firms are borrowing to pay wages. Some of my members have not been paid for a single "
            "summary case since the end of August.", None),
        (D, "Iain MacLe\u00f2id", "We do not take this step lightly. But a profession that is not paid cannot keep "
            "turning up at the custody court every morning.", None),
        (P, "Iain MacLe\u00f2id", "a meaningful response", None),
        (P, "Scottish Legal Aid Board", "teething problems", "\"teething"),
        (I, "Scottish Legal Aid Board", "it had brought in additional staff to process accounts by hand where necessary",
            None),
        (I, "Morag Dunlop", "87 per cent of accounts submitted since September had now been paid", None),
        (P, "Morag Dunlop", "well before Christmas", None),
        (D, "Morag Dunlop", "I recognise the pressure that delays put on firms, particularly smaller practices, and I "
            "am sorry for that,", None),
        (P, "Rhona Kerr", "entirely avoidable", None),
        (I, "Scottish Government spokesperson", "ministers had increased legal aid fees by 10 per cent in 2024 and that "
            "the Justice Secretary, Ewan Macrae, had asked SLAB for weekly updates on the backlog", None),
        (P, "One Glasgow defence agent", "watching Edinburgh closely", None),
        (D, "One Glasgow defence agent", "If they go, we go. Half of the firms I know are in exactly the same position,",
            None),
        (S, None, "digital first", None),
    ],
    "actors": [
        actor("Scottish Legal Aid Board", "government", title="legal aid body",
              aliases=["Scottish Legal Aid Board", "SLAB", "Legal aid board"], stance=1),
        actor("Edinburgh Bar Association", "organisation", title="defence solicitors' association",
              aliases=["Edinburgh Bar Association", "EBA"], stance=-1),
        actor("Iain MacLe\u00f2id", "person", title="EBA president", affiliation="Edinburgh Bar Association",
              aliases=["Iain MacLe\u00f2id", "MacLe\u00f2id"], stance=-1),
        actor("Morag Dunlop", "person", title="Chief executive", affiliation="Scottish Legal Aid Board",
              aliases=["Morag Dunlop", "Dunlop"], stance=1),
        actor("Rhona Kerr", "person", title="convener of the criminal legal aid committee",
              affiliation="Law Society of Scotland", aliases=["Rhona Kerr", "Kerr"], stance=-1),
        actor("Scottish Government spokesperson", "person", title="unnamed spokesperson",
              affiliation="Scottish Government", aliases=["Scottish Government spokesperson"], stance=0),
        actor("One Glasgow defence agent", "person", title="anonymous defence solicitor in Glasgow",
              aliases=["One Glasgow defence agent"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Inside Time (the UK prisoners' newspaper) prisons (a governor defends a 22-hour lock-up regime after a
#    surge in drone deliveries), headline and standfirst without speech, "By NAME" and "Published:" lines, lede
#    opening in capitals ("THE governor"), straight " and apostrophes, British punctuation outside fragments.
#    Governor whose surname is a common word (Kettle) "told Inside Time the regime was "..." brought in after
#    ..." (partial only), quote with "Kettle said", "He said A and that B" (one span), "He added that A"; scare
#    so-called "drone corridor"; anonymous prisoner "In a letter to Inside Time, ... wrote: "..."", then "He
#    wrote that A and that B" (one span); IMB "said in its annual report ... that the regime was "..." and that
#    B" (partial plus indirect); charity deputy director "said long lockdowns "..."" (partial only); POA branch
#    chair (surname Lamb) "said A and that B" (one span), quote with "Lamb said"; unnamed Prison Service
#    spokesperson "said: "...""; mother "said A", "she said". Not annotated: "has defended a restricted regime"
#    (an act), the inspection's finding (no cue, no marks).
ARTICLES[f"{BATCH}/channings-wood-governor-restricted-regime.gold.json"] = {
    "article": f"{BATCH}/channings-wood-governor-restricted-regime.txt",
    "target": "Paul Kettle",
    "quotes": [
        (P, "Paul Kettle", "a temporary measure", None),
        (D, "Paul Kettle", "I know this is hard on the men and on their families. But I will not run a regime where "
            "drugs are coming over the wall every night and people are dying,", None),
        (I, "Paul Kettle", "two men had died from suspected overdoses at the prison in September and that a third had "
            "been taken to hospital in a critical condition", None),
        (I, "Paul Kettle", "evening association would return on two wings from next week", None),
        (S, None, "drone corridor", None),
        (D, "a prisoner on B wing", "We get out for 45 minutes for a shower and a phone call. Some days not even that. "
            "Men are going stir crazy in here.", None),
        (I, "a prisoner on B wing", "the education department had been closed since October and that his course had "
            "been cancelled without explanation", None),
        (P, "Independent Monitoring Board", "not sustainable", None),
        (I, "Independent Monitoring Board", "it had received 160 applications from prisoners about time out of cell "
            "since the summer", None),
        (P, "Tahira Osei-Bonsu", "do nothing to tackle the demand for drugs and everything to fuel it", None),
        (I, "Gary Lamb", "staff backed the decision and that assaults on officers had fallen by a third since the "
            "regime began", None),
        (D, "Gary Lamb", "We've got our jail back. Ask any officer on B or C wing whether they feel safer now,", None),
        (D, "Prison Service spokesperson", "Drones pose a serious threat to prison security. We are investing \u00a340 "
            "million in measures including netting and detection technology across the estate.", None),
        (I, "Maureen Tighe", "she had not seen him for six weeks because social visits had been cut to one session a "
            "week", None),
        (D, "Maureen Tighe", "He rings me for two minutes and he's crying. He's 23,", None),
    ],
    "actors": [
        actor("Paul Kettle", "person", title="governor", affiliation="HMP Channings Wood",
              aliases=["Paul Kettle", "Kettle"], stance=1),
        actor("a prisoner on B wing", "person", title="anonymous prisoner (letter to Inside Time)",
              affiliation="HMP Channings Wood", aliases=["a prisoner on B wing"], stance=-1),
        actor("Independent Monitoring Board", "organisation", title="the prison's monitoring board",
              affiliation="HMP Channings Wood", aliases=["Independent Monitoring Board", "IMB"], stance=-1),
        actor("Tahira Osei-Bonsu", "person", title="deputy director", affiliation="Prison Reform Trust",
              aliases=["Tahira Osei-Bonsu", "Osei-Bonsu"], stance=-1),
        actor("Gary Lamb", "person", title="branch chair", affiliation="Prison Officers' Association",
              aliases=["Gary Lamb", "Lamb"], stance=1),
        actor("Prison Service spokesperson", "person", title="unnamed spokesperson", affiliation="Prison Service",
              aliases=["Prison Service spokesperson"], stance=None),
        actor("Maureen Tighe", "person", title="mother of a prisoner", aliases=["Maureen Tighe", "Tighe"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Automotive News (dealers sue an automaker over its switch to agency sales), headline and deck without
#    speech, byline and "December 2, 2026 05:30 AM" lines without "By", dateline "DETROIT —", straight " and
#    apostrophes, American punctuation inside closing marks, newsletter line at the end. Scare so-called
#    "agency" model; dealer-council chairman quote before "said Jim Pettibone, president of ... and chairman of
#    ...", "Pettibone said A"; council "said in a separate statement that A but had been "..."" (indirect plus
#    partial); spokeswoman "said the company "..." but believed ... "..."" (two partials), quote with "Whitlock
#    said in an email to Automotive News"; CEO "wrote that ... were "..." and that "..."" (two partials; the
#    second a full clause built into the sentence), "Voss told analysts ... that A"; state dealers' association
#    "said A and that state law was "..." on ..." (indirect plus partial); anonymous Ohio dealer "said he
#    expected ... "..."" (partial only); "Industry observers say A" (a group); analyst quote before "said Priya
#    Raman". Not annotated: the suit's aims, the sales and loss figures, the hearing date.
ARTICLES[f"{BATCH}/halberd-dealers-sue-agency-model.gold.json"] = {
    "article": f"{BATCH}/halberd-dealers-sue-agency-model.txt",
    "target": "Halberd Motors",
    "quotes": [
        (S, None, "agency", "\"agency\""),
        (D, "Jim Pettibone", "Halberd wants our showrooms, our service bays and our customers, and it wants them for "
            "free,", None),
        (I, "Jim Pettibone", "dealers had invested more than $900 million in facilities at Halberd's request since "
            "2020, much of it on charging equipment and EV service bays", None),
        (I, "Halberd Dealer Council", "it had offered to negotiate a hybrid model", None),
        (P, "Halberd Dealer Council", "rebuffed at every turn.", None),
        (P, "Dana Whitlock", "respects its dealer partners", None),
        (P, "Dana Whitlock", "one price, everywhere.", None),
        (D, "Dana Whitlock", "We are confident our plan complies with the law in every state in which we operate,",
            None),
        (P, "Anneliese Voss", "unsustainable", None),
        (P, "Anneliese Voss", "the industry is changing whether we like it or not.", None),
        (I, "Anneliese Voss", "the transition would save about $1,800 per vehicle and allow Halberd to cut prices on "
            "its two best-selling crossovers", None),
        (I, "Michigan Automobile Dealers Association", "it supported the suit", None),
        (P, "Michigan Automobile Dealers Association", "very clear", None),
        (P, "A Halberd dealer in Ohio", "once the shock wears off.", None),
        (I, "Industry observers", "the outcome could shape similar plans at other automakers", None),
        (D, "Priya Raman", "It's a fight Halberd was always going to have. The question is whether it can win it state "
            "by state, because the franchise laws are different in every one of them,", None),
    ],
    "actors": [
        actor("Jim Pettibone", "person", title="president of Pettibone Halberd; chairman of the Halberd Dealer Council",
              affiliation="Halberd Dealer Council", aliases=["Jim Pettibone", "Pettibone"], stance=-1),
        actor("Halberd Dealer Council", "organisation", title="dealer council", aliases=["Halberd Dealer Council"],
              stance=-1),
        actor("Dana Whitlock", "person", title="spokeswoman", affiliation="Halberd Motors",
              aliases=["Dana Whitlock", "Whitlock"], stance=1),
        actor("Anneliese Voss", "person", title="CEO", affiliation="Halberd Motors",
              aliases=["Anneliese Voss", "Voss"], stance=1),
        actor("Michigan Automobile Dealers Association", "organisation", title="state dealers' association",
              aliases=["Michigan Automobile Dealers Association"], stance=-1),
        actor("A Halberd dealer in Ohio", "person", title="anonymous dealer (not a party to the suit)",
              aliases=["A Halberd dealer in Ohio"], stance=-1),
        actor("Industry observers", "group", title="industry observers", aliases=["Industry observers"], stance=0),
        actor("Priya Raman", "person", title="analyst", affiliation="Lakeshore Auto Research",
              aliases=["Priya Raman", "Raman"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
