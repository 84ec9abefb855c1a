"""Build the dev60 gold files (data/eval/dev60/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev60/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev60.  Standard library only.
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
# 1. ERR News (Estonia) security/diplomacy (Russia shuts the Ivangorod side of the last pedestrian
#    crossing), headline with a straight single fragment "Russia says ... for 'reconstruction'", standfirst
#    without speech, "ERR News" and "12.11.2026 16:42" lines, straight " and apostrophes. Lede content
#    before ", the Russian Embassy in Tallinn said in a diplomatic note"; "the embassy said the reconstruction
#    ... would take "..." and that B" (partial plus indirect); minister "said A and described the decision
#    as "..."" (indirect plus partial); a quote split by "Saar told ERR News."; "He said A"; Russian MFA
#    spokeswoman "told reporters the checkpoint was "..." after ... and that Estonia was "..."" (two
#    partials); quote with "Volkova said"; "According to the Police and Border Guard Board (PPA), A"; mayor
#    "said A", "he said"; first-name-only resident "told ERR's Russian-language portal that A", "she said";
#    researcher "said the closure fit a pattern of "..." along the border" (partial only), quote with
#    "Vahter said"; scare so-called "buoy war". Not annotated: the car closure of 2024, the bridge.
ARTICLES["data/eval/dev60/narva-ivangorod-crossing-closure.gold.json"] = {
    "article": "data/eval/dev60/narva-ivangorod-crossing-closure.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "reconstruction", "'reconstruction'"),
        (I, "Russian Embassy in Tallinn", "Russia will close its side of the Narva-Ivangorod border crossing to all "
            "traffic, including pedestrians, from January 1", None),
        (P, "Russian Embassy in Tallinn", "at least two years", None),
        (I, "Russian Embassy in Tallinn", "no alternative arrangements for pedestrians were planned", None),
        (I, "Kaido Saar", "Estonia had not been consulted", None),
        (P, "Kaido Saar", "a political step dressed up as a building project.", None),
        (D, "Kaido Saar", "Russia has used this border before to create queues, uncertainty and pressure,", None),
        (D, "Kaido Saar", "Nothing about the timing of this announcement is accidental.", None),
        (I, "Kaido Saar", "the ministry would summon a representative of the Russian Embassy on Friday", None),
        (P, "Darya Volkova", "in an emergency condition", None),
        (P, "Darya Volkova", "looking for a conspiracy where there is only concrete and rebar.", None),
        (D, "Darya Volkova", "Tallinn closed its own crossings to cars and now complains when others carry out "
            "repairs. This is hypocrisy,", None),
        (I, "Police and Border Guard Board", "pedestrian traffic at the Narva-1 checkpoint fell by about a third in "
            "October compared with the same month last year, to just over 58,000 crossings", None),
        (I, "Vadim Ostrovski", "the city had received no information from either side on how people would now reach "
            "relatives in Ivangorod", None),
        (D, "Vadim Ostrovski", "People here are not thinking about geopolitics. They are thinking about how they will "
            "visit their mother's grave,", None),
        (I, "Galina", "the nearest crossing still open to her, at Koidula, was a journey of more than 200 kilometres "
            "on two buses", None),
        (D, "Galina", "I don't have the health for that, and my sister doesn't have anyone else,", None),
        (P, "T\u00f5nis Vahter", "hybrid pressure", None),
        (D, "T\u00f5nis Vahter", "Moscow wants Narva to feel that Tallinn cannot protect its interests. That is the "
            "message, and the bridge is the tool,", None),
        (S, None, "buoy war", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Russian Embassy in Tallinn", "government", affiliation="Russia",
              aliases=["Russian Embassy in Tallinn", "Russian Embassy", "embassy"], stance=1),
        actor("Kaido Saar", "person", title="Foreign Minister", affiliation="Estonia",
              aliases=["Kaido Saar", "Saar"], stance=-1),
        actor("Darya Volkova", "person", title="Foreign Ministry spokeswoman", affiliation="Russia",
              aliases=["Darya Volkova", "Volkova"], stance=1),
        actor("Police and Border Guard Board", "government", affiliation="Estonia",
              aliases=["Police and Border Guard Board", "PPA"], stance=None),
        actor("Vadim Ostrovski", "person", title="Narva Mayor", aliases=["Vadim Ostrovski", "Ostrovski"], stance=0),
        actor("Galina", "person", title="71, Narva resident (surname withheld)", aliases=["Galina"], stance=-1),
        actor("T\u00f5nis Vahter", "person", title="researcher",
              affiliation="International Centre for Defence and Security",
              aliases=["T\u00f5nis Vahter", "Vahter"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Winnipeg Free Press business/labour (a bus maker lays off 240), headline and deck without speech
#    (the deck's "Union says ..." has no quote marks), byline, "Business reporter", "Posted: 4:15 PM CST
#    Tuesday, Nov. 17, 2026" line, Canadian spelling (labour, cheques, cancelled), straight " and
#    apostrophes, reporter's e-mail at the end. Lede content before ", the company confirmed Tuesday";
#    "the company said A had left "..." in ..., and that B" (partial plus indirect); CEO quote split by
#    "said in the statement." (the CEO's, not the company's); "did not make Beaulieu available" (not
#    annotated); union president "said A", "she said"; "Nepinak said A, and that B" (one span); welder
#    "said A", split quote with "Flett said outside the plant gates."; minister "said A"; Q&A "Asked
#    whether ..., Tkachuk said: "..."" (direct); "She said A" (a pressing-Ottawa clause is a reported
#    proposition, not a directive); economist "said A", "she said"; scare so-called "Buy America"; last
#    paragraph "it said none of those jobs were affected" (indirect, the company).
ARTICLES["data/eval/dev60/red-river-coach-works-layoffs.gold.json"] = {
    "article": "data/eval/dev60/red-river-coach-works-layoffs.txt",
    "target": "Red River Coach Works",
    "quotes": [
        (I, "Red River Coach Works", "Red River Coach Works will lay off 240 production workers at its Inkster "
            "Boulevard plant in the new year after a U.S. transit agency cancelled an order for 180 electric buses",
            None),
        (P, "Red River Coach Works", "a significant gap", None),
        (I, "Red River Coach Works", "it expected to recall some of the affected employees once new orders were "
            "secured", None),
        (D, "Martin Beaulieu", "These decisions are never easy, and they are not a reflection on the skill or "
            "dedication of our people,", None),
        (D, "Martin Beaulieu", "We are actively bidding on contracts in Canada and the United States, and we remain "
            "confident in the long-term demand for zero-emission buses.", None),
        (I, "Tracy Nepinak", "workers found out about the cuts from a memo taped to the lunchroom door at the start of "
            "the morning shift", None),
        (D, "Tracy Nepinak", "Two hundred and forty families found out on a piece of paper next to the microwave. That "
            "tells you what this company thinks of the people who built it,", None),
        (I, "Tracy Nepinak", "the union had warned management for more than a year that the plant was too dependent on "
            "a handful of American customers, and that it would push for enhanced severance for workers with more "
            "than 15 years' service", None),
        (I, "Curtis Flett", "he was not surprised", None),
        (D, "Curtis Flett", "You could see it coming. The line slowed down in the summer, the overtime dried up, and "
            "nobody upstairs would tell us anything,", None),
        (D, "Curtis Flett", "I'm 51. Where am I supposed to go now?", None),
        (I, "Rhonda Tkachuk", "the province had been in contact with the company since last week and had offered help "
            "through its workforce transition program", None),
        (D, "Rhonda Tkachuk", "Nothing is off the table, but I'm not going to negotiate with a company in the "
            "newspaper.", None),
        (I, "Rhonda Tkachuk", "the government was also pressing Ottawa to speed up federal transit funding so that "
            "Canadian cities could place orders sooner", None),
        (I, "Priya Dhaliwal", "the cuts reflected a slowdown across the North American bus market as cities waited for "
            "federal and state money to flow", None),
        (D, "Priya Dhaliwal", "This is not a Red River problem so much as a funding-cycle problem. When the cheques "
            "stop, the orders stop,", None),
        (S, None, "Buy America", None),
        (I, "Red River Coach Works", "none of those jobs were affected", None),
    ],
    "actors": [
        actor("Red River Coach Works", "organisation", title="bus manufacturer",
              aliases=["Red River Coach Works", "Red River", "the company", "The company"], stance=1),
        actor("Martin Beaulieu", "person", title="chief executive", affiliation="Red River Coach Works",
              aliases=["Martin Beaulieu", "Beaulieu"], stance=1),
        actor("Tracy Nepinak", "person", title="president", affiliation="Unifor Local 3007",
              aliases=["Tracy Nepinak", "Nepinak"], stance=-1),
        actor("Curtis Flett", "person", title="welder", affiliation="Red River Coach Works",
              aliases=["Curtis Flett", "Flett"], stance=-1),
        actor("Rhonda Tkachuk", "person", title="Economic Development Minister", affiliation="Manitoba government",
              aliases=["Rhonda Tkachuk", "Tkachuk"], stance=0),
        actor("Priya Dhaliwal", "person", title="economist", affiliation="University of Manitoba",
              aliases=["Priya Dhaliwal", "Dhaliwal"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Irish Independent courts (a solicitor jailed for stealing from client accounts), headline without
#    speech, standfirst with a straight single fragment "Judge says Fergal Hanratty 'betrayed ...'", byline
#    and "Today at 18:02" lines, "(54)" ages, euro amounts, straight " and apostrophes, "SC", "Co Galway",
#    fadas. Garda "told X SC, prosecuting, that A"; "She said A and that B" (one span); victim "said in a
#    victim impact statement that the family had trusted Hanratty "..."" (partial only), then a two-paragraph
#    quote (open paragraph, then one closed with "she said"); defence counsel "said his client had been
#    gambling online "..." at ... and had lost ..." (partial only: no second subject), quote with "Mr Mac
#    Giolla said", "He said A"; judge "said the offences involved "..." by ..." (partial only), quote with
#    "the judge said", "He said he accepted that A and that B, but that C" (one span); Law Society "said A
#    and that B"; charity spokesman "said the case showed how ... "..."" (partial only), "he said"; scare
#    so-called "annual sign-off". Not annotated: the plea, the sentence arithmetic.
ARTICLES["data/eval/dev60/solicitor-hanratty-client-theft-sentence.gold.json"] = {
    "article": "data/eval/dev60/solicitor-hanratty-client-theft-sentence.txt",
    "target": "Fergal Hanratty",
    "quotes": [
        (P, "Dermot Kilbride", "betrayed the very people who trusted him most", "Judge says Fergal"),
        (I, "Niamh Brophy", "the thefts came to light in 2023 when a client's daughter complained to the Law Society "
            "that the proceeds of her late mother's house had never been paid out", None),
        (I, "Niamh Brophy", "Hanratty had moved money between client accounts to hide the shortfall and that about "
            "\u20ac410,000 had since been repaid through the Law Society's Compensation Fund and the sale of his "
            "holiday home in Wexford", None),
        (P, "Deirdre Costigan", "the way you trust a priest", None),
        (D, "Deirdre Costigan", "He sat in my brother's kitchen and drank his tea. He came to the funeral. And the "
            "whole time he was robbing him.", None),
        (D, "Deirdre Costigan", "I don't care about his addiction. I care that my nieces will never see what their "
            "father left them,", None),
        (P, "Conor Mac Giolla", "for up to 14 hours a day", None),
        (D, "Conor Mac Giolla", "Mr Hanratty does not ask for sympathy. He knows he has destroyed his career and his "
            "good name, and he wishes to say, through me, that he is profoundly sorry,", None),
        (I, "Conor Mac Giolla", "his client had attended Gamblers Anonymous every week since his arrest and had not "
            "placed a bet in three years", None),
        (P, "Dermot Kilbride", "a gross breach of trust", None),
        (D, "Dermot Kilbride", "He betrayed the very people who trusted him most, many of them at the lowest point of "
            "their lives,", None),
        (I, "Dermot Kilbride", "he accepted that the accused's remorse was genuine and that his addiction was real, but "
            "that neither could excuse the scale of the thefts", None),
        (I, "Law Society", "Hanratty had been struck off the roll of solicitors in 2024 and that all eligible claims "
            "against the Compensation Fund had been paid", None),
        (P, "Tom\u00e1s \u00d3 Riain", "anyone, in any profession", None),
        (D, "Tom\u00e1s \u00d3 Riain", "Nobody excuses what he did. But there is still nothing to stop an app offering a "
            "man unlimited bets at four in the morning,", None),
        (S, None, "annual sign-off", None),
    ],
    "actors": [
        actor("Dermot Kilbride", "person", title="Judge", affiliation="Dublin Circuit Criminal Court",
              aliases=["Dermot Kilbride", "Judge Kilbride", "Kilbride", "the judge"], stance=-1),
        actor("Niamh Brophy", "person", title="Detective Garda", affiliation="An Garda S\u00edoch\u00e1na",
              aliases=["Niamh Brophy", "Brophy"], stance=0),
        actor("Deirdre Costigan", "person", title="victim (sister of a client)",
              aliases=["Deirdre Costigan", "Costigan"], stance=-1),
        actor("Conor Mac Giolla", "person", title="defence counsel (SC)",
              aliases=["Conor Mac Giolla", "Mr Mac Giolla", "Mac Giolla"], stance=1),
        actor("Law Society", "organisation", title="solicitors' regulator", aliases=["Law Society"], stance=0),
        actor("Tom\u00e1s \u00d3 Riain", "person", affiliation="Gambling Harm Ireland",
              aliases=["Tom\u00e1s \u00d3 Riain", "\u00d3 Riain"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. ANSA English culture (the Uffizi raises its high-season ticket), headline and deck without speech
#    (the deck's "Museum says ..." has no quote marks), dateline "FLORENCE, November 19 - ", straight " and
#    apostrophes, short paragraphs, ANSA copyright line. Lede content before ", the museum said on
#    Thursday"; "..., it said" (content before the cue); director's quote before "said gallery director
#    Paola Marchetti"; "Marchetti told ANSA A and that ... held "..."" (indirect plus partial); "She denied
#    A" (indirect); "she said"; association "said the rise would "..." and called for ..." (partial;
#    directive not annotated); president's quote before "association president Lorenzo Bacci said";
#    Codacons "said A, arguing that ... "..."" (indirect plus partial); minister "backed the decision" (act),
#    quote with "the minister said in a note"; opposition MP "said the government was turning ... into
#    "..."" (partial only), "she said"; tourist "said she would have paid 35 euros "..."" (partial only),
#    "she said"; scare so-called "hit-and-run" tourism. Not annotated: the city's rental ban and coach fee.
ARTICLES["data/eval/dev60/uffizi-high-season-ticket-price.gold.json"] = {
    "article": "data/eval/dev60/uffizi-high-season-ticket-price.txt",
    "target": "Uffizi Galleries",
    "quotes": [
        (I, "Uffizi Galleries", "The Uffizi Galleries will charge 35 euros for a standard ticket between March and "
            "October from next year, up from 25 euros", None),
        (I, "Uffizi Galleries", "Visitors paying the new price will be able to book a guaranteed entry slot, and the "
            "extra revenue will help pay for the opening of 14 new rooms on the gallery's second floor", None),
        (D, "Paola Marchetti", "The Uffizi is not a railway station. We want people to come, but we want them to be "
            "able to see the works, not the back of someone's head,", None),
        (I, "Paola Marchetti", "the museum had welcomed 5.1 million visitors in 2025", None),
        (P, "Paola Marchetti", "three times the people they were designed for", None),
        (I, "Paola Marchetti", "the increase was a way of keeping out less wealthy visitors", None),
        (D, "Paola Marchetti", "Anyone who wants to see the Uffizi cheaply can come in November, or on the first "
            "Sunday of the month, when it is free,", None),
        (P, "Florence Licensed Guides Association", "punish families and students", None),
        (D, "Lorenzo Bacci", "A couple with two children at university will now pay 140 euros to see a museum that "
            "belongs to all Italians,", None),
        (I, "Codacons", "it would file a complaint with the antitrust authority", None),
        (P, "Codacons", "like a luxury hotel", None),
        (D, "Giorgio Ferlini", "State museums are free to manage their own pricing, and the Uffizi has shown that it "
            "reinvests every euro in the collection,", None),
        (P, "Chiara Lanza", "attractions for the few", None),
        (D, "Chiara Lanza", "Culture should not have a VIP lane,", None),
        (P, "Mette Holm", "without blinking", None),
        (D, "Mette Holm", "It is cheaper than a concert ticket in Copenhagen, and it is Botticelli,", None),
        (S, None, "hit-and-run", None),
    ],
    "actors": [
        actor("Uffizi Galleries", "organisation", title="state museum",
              aliases=["Uffizi Galleries", "Uffizi", "museum"], stance=1),
        actor("Paola Marchetti", "person", title="gallery director", affiliation="Uffizi Galleries",
              aliases=["Paola Marchetti", "Marchetti"], stance=1),
        actor("Florence Licensed Guides Association", "organisation", title="tour guides' association",
              aliases=["Florence Licensed Guides Association"], stance=-1),
        actor("Lorenzo Bacci", "person", title="association president",
              affiliation="Florence Licensed Guides Association", aliases=["Lorenzo Bacci", "Bacci"], stance=-1),
        actor("Codacons", "organisation", title="consumer group", aliases=["Codacons"], stance=-1),
        actor("Giorgio Ferlini", "person", title="Culture Minister", affiliation="Italian government",
              aliases=["Giorgio Ferlini", "Ferlini", "minister"], stance=1),
        actor("Chiara Lanza", "person", title="opposition MP", affiliation="Democratic Party (PD)",
              aliases=["Chiara Lanza", "Lanza"], stance=-1),
        actor("Mette Holm", "person", title="Danish tourist, 34", aliases=["Mette Holm", "Holm"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
