"""Build the test24 gold files (data/eval/test24/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev59/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test24/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test24.
Standard library only.
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
# 1. The Art Newspaper (Russia demands the return of paintings held in Bergen since 2022), headline
#    without speech, standfirst "Moscow calls the museum's custody "theft" as Ukraine says ..." (the
#    fragment is a partial for the entity the standfirst names, Moscow = Russia; "Ukraine says A" has no
#    quote marks and, like a headline, is not annotated), byline and date lines, curly quotes and
#    apostrophes, British punctuation outside fragments. Lede "has demanded that a ... museum return ..."
#    (directive), "describing their continued detention ... as "..."" (partial only); scare so-called
#    "immunity from seizure" guarantee; ministry "said the Norwegian side had "..." to keep the works and
#    that Russia would consider "..." to recover them" (two partials); deputy minister "told the state news
#    agency TASS that A", then "she said"; embassy "said on Telegram that it had raised the matter ...
#    "..." without ..." (partial only); Norway's ministry "said A, and that B" (one span); spokesperson
#    named after the quote ("the ministry's spokesperson, Trond Helle, told The Art Newspaper"); Ukraine's
#    ministry "said last week that A and were B" (one span), "It has asked Norway to hand ..." (directive);
#    former curator "said A", "Kovalchuk said"; museum director "said A", "she said"; Q&A "Asked whether
#    ..., Aasen said: "...""; lawyer "said A", "Holm said".
ARTICLES["data/eval/test24/russia-demands-bergen-paintings.gold.json"] = {
    "article": "data/eval/test24/russia-demands-bergen-paintings.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "theft", "custody \u201ctheft"),
        (P, "Russia\u2019s Ministry of Culture", "theft under the cover of sanctions", None),
        (S, None, "immunity from seizure", None),
        (P, "Russia\u2019s Ministry of Culture", "no legal or moral grounds", None),
        (P, "Russia\u2019s Ministry of Culture", "all available measures", None),
        (I, "Alla Gorodetskaya", "the lending museums had been promised the works would come back within three months",
         None),
        (D, "Alla Gorodetskaya", "These paintings belong to the people of Russia, not to politicians in Oslo or Brussels. "
            "Every month they spend in a Norwegian basement is an insult to the museums that trusted their colleagues,",
         None),
        (P, "Russian embassy in Oslo", "many times", None),
        (I, "Norway\u2019s Ministry of Foreign Affairs", "the paintings were covered by the sanctions Norway has adopted in "
            "line with the EU, and that no decision on their future had been taken", None),
        (D, "Trond Helle", "Norway follows the rule of law. Any decision will be taken according to the regulations, not "
            "according to statements from Moscow,", None),
        (I, "Ukraine\u2019s Ministry of Culture", "six of the 31 works had come from the Aivazovsky National Art Gallery in "
            "Feodosia and were listed in Ukraine\u2019s state museum inventory before Russia annexed Crimea in 2014", None),
        (I, "Olena Kovalchuk", "she recognised the paintings from the exhibition catalogue", None),
        (D, "Olena Kovalchuk", "I catalogued some of them myself. There are inventory numbers on the back of those canvases "
            "that the Russian side has never explained,", None),
        (I, "Sigrid Aasen", "the works were kept in a climate-controlled store and were checked by conservators every "
            "month", None),
        (D, "Sigrid Aasen", "We are the custodians here, not the owners. Our job is to look after the paintings until the "
            "authorities tell us what to do with them,", None),
        (D, "Sigrid Aasen", "Not since 2022. We send condition reports to the ministry, and that is all.", None),
        (I, "Erik Holm", "the six Crimean works could follow the same path", None),
        (D, "Erik Holm", "The other 25 are a different matter. The Russian museums have a strong claim to them, and "
            "sanctions are meant to freeze property, not to confiscate it for ever,", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Russia\u2019s Ministry of Culture", "government", affiliation="Russia",
              aliases=["Russia\u2019s Ministry of Culture", "ministry"], stance=1),
        actor("Alla Gorodetskaya", "person", title="deputy culture minister", affiliation="Russia",
              aliases=["Alla Gorodetskaya", "Gorodetskaya"], stance=1),
        actor("Russian embassy in Oslo", "government", affiliation="Russia", aliases=["Russian embassy in Oslo"],
              stance=1),
        actor("Norway\u2019s Ministry of Foreign Affairs", "government", affiliation="Norway",
              aliases=["Norway\u2019s Ministry of Foreign Affairs"], stance=0),
        actor("Trond Helle", "person", title="spokesperson", affiliation="Norway\u2019s Ministry of Foreign Affairs",
              aliases=["Trond Helle", "Helle"], stance=-1),
        actor("Ukraine\u2019s Ministry of Culture", "government", affiliation="Ukraine",
              aliases=["Ukraine\u2019s Ministry of Culture"], stance=-1),
        actor("Olena Kovalchuk", "person", title="former curator at the Feodosia gallery",
              aliases=["Olena Kovalchuk", "Kovalchuk"], stance=-1),
        actor("Sigrid Aasen", "person", title="director", affiliation="Vestland Art Museum",
              aliases=["Sigrid Aasen", "Aasen"], stance=0),
        actor("Erik Holm", "person", title="lawyer specialising in cultural property", aliases=["Erik Holm", "Holm"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Nursing Times (a trust withdraws job offers to newly qualified nurses), headline without speech,
#    standfirst "RCN says decision is 'a betrayal' of ..." (partial for the RCN), byline and
#    "2 December, 2026" lines, straight " in the body and apostrophes, British punctuation outside
#    fragments, "£23m", "9.8%", "Ms"/"Mr". Lede "citing a £23m deficit" (no proposition); trust "told the
#    graduates by email on Friday that A"; "In a statement to Nursing Times, the trust said it had been
#    forced to pause ... "..." and that it "..." the impact ..." (two partials); chief nurse "said: "...`
#    open at the end of its line, then a closed paragraph; Q&A "Asked whether ..., a trust spokesperson
#    said: "...""; scare so-called "graduate guarantee"; RCN "described the decision as "..." of ..."
#    (partial only); regional director "said A", "Ms Patel said"; "According to NHS England figures, A";
#    graduate sharing the regional director's surname "said A", "Mr Patel said"; anonymous ward sister
#    "said the decision had left staff "..."" (partial only), "she said"; professor "said A and had B"
#    (one span).
ARTICLES["data/eval/test24/calderbrook-trust-withdraws-nurse-offers.gold.json"] = {
    "article": "data/eval/test24/calderbrook-trust-withdraws-nurse-offers.txt",
    "target": "Calderbrook Teaching Hospitals NHS Foundation Trust",
    "quotes": [
        (P, "Royal College of Nursing", "a betrayal", "'a betrayal'"),
        (I, "Calderbrook Teaching Hospitals NHS Foundation Trust", "their conditional offers for band 5 posts, due to begin "
            "in January, would not go ahead", None),
        (P, "Calderbrook Teaching Hospitals NHS Foundation Trust", "while we agree a recovery plan with NHS England", None),
        (P, "Calderbrook Teaching Hospitals NHS Foundation Trust", "deeply regretted", None),
        (D, "Bernadette Nwachukwu", "This is the hardest decision I have taken in my career, and I want to apologise "
            "personally to every one of these nurses.", None),
        (D, "Bernadette Nwachukwu", "We will prioritise them the moment recruitment reopens, and we are speaking to "
            "neighbouring trusts about whether they can offer posts in the meantime.", None),
        (D, "trust spokesperson", "We will review our position in the spring.", None),
        (S, None, "graduate guarantee", None),
        (P, "Royal College of Nursing", "a betrayal", "as \"a betrayal\""),
        (I, "Anita Patel", "the trust had 212 nursing vacancies and was spending about \u00a31.4m a month on agency staff",
         None),
        (D, "Anita Patel", "You cannot tell me there is no money for nurses when there is money for agency nurses at three "
            "times the cost. These graduates were trained on these wards. The patients know them,", None),
        (I, "NHS England", "the trust's nursing vacancy rate was 9.8% in September, against a national average of 7.6%",
         None),
        (I, "Ravi Patel", "he had turned down an offer from a hospital in Manchester to stay in Calderbrook", None),
        (D, "Ravi Patel", "I signed the contract paperwork in October. I've told my landlord I'm staying. Now I'm applying "
            "for jobs on my phone in the staff canteen,", None),
        (P, "ward sister", "angry and embarrassed", None),
        (D, "ward sister", "We mentored these students for three years. We told them there would be a job at the end of "
            "it,", None),
        (I, "Siobh\u00e1n N\u00ed Chonaill", "the university was contacting other trusts in the region and had set up "
            "drop-in sessions to help students with applications", None),
    ],
    "actors": [
        actor("Royal College of Nursing", "organisation", title="nursing union", aliases=["Royal College of Nursing", "RCN"],
              stance=-1),
        actor("Calderbrook Teaching Hospitals NHS Foundation Trust", "organisation", title="NHS trust",
              aliases=["Calderbrook Teaching Hospitals NHS Foundation Trust", "trust", "Calderbrook"], stance=1),
        actor("Bernadette Nwachukwu", "person", title="chief nurse",
              affiliation="Calderbrook Teaching Hospitals NHS Foundation Trust",
              aliases=["Bernadette Nwachukwu", "Nwachukwu"], stance=1),
        actor("trust spokesperson", "person", title="spokesperson",
              affiliation="Calderbrook Teaching Hospitals NHS Foundation Trust", aliases=["trust spokesperson"], stance=0),
        actor("Anita Patel", "person", title="RCN regional director for Yorkshire and the Humber",
              affiliation="Royal College of Nursing", aliases=["Anita Patel", "Ms Patel"], stance=-1),
        actor("NHS England", "government", aliases=["NHS England"], stance=0),
        actor("Ravi Patel", "person", title="newly qualified nurse, 23", aliases=["Ravi Patel", "Mr Patel"], stance=-1),
        actor("ward sister", "person", title="ward sister (anonymous)",
              affiliation="Calderbrook Teaching Hospitals NHS Foundation Trust", aliases=["ward sister"], stance=-1),
        actor("Siobh\u00e1n N\u00ed Chonaill", "person", title="head of nursing", affiliation="Pennine University",
              aliases=["Siobh\u00e1n N\u00ed Chonaill", "N\u00ed Chonaill"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cycling Weekly (a British Continental team folds owing riders' wages), headline and standfirst
#    without speech, byline and "published 1 December 2026" lines, curly quotes and apostrophes, British
#    punctuation outside fragments. Lede content before "the team said on Monday"; "In a statement, the
#    team said it had "..." and thanked riders and staff for their "..."" (two partials; "thanked" is an
#    act but its fragment is a partial); group "Several riders told Cycling Weekly A" (no "that"); rider's
#    quote before and after "said NAME, 21, who won ..."; scare so-called "development ladder"; team
#    principal sharing his surname with the team "said the outstanding wages would be paid "..." by ...,
#    once ..." (partial only), quote split by "he said"; sponsor "said in a statement that A, and that B"
#    (one span); "Hexley denied that A" (indirect without "that"); "He would not say which ..., citing
#    legal advice" (negated); British Cycling "said it was "..." by the news and that B" (partial plus
#    indirect); "According to the UCI, A"; former rider "wrote on Instagram that the team had "..."" (partial
#    only), then "he wrote".
ARTICLES["data/eval/test24/hexley-racing-folds-unpaid-riders.gold.json"] = {
    "article": "data/eval/test24/hexley-racing-folds-unpaid-riders.txt",
    "target": "Hexley Racing",
    "quotes": [
        (I, "Hexley Racing", "Hexley Racing, one of Britain\u2019s longest-running Continental teams, will not race in 2027 "
            "after its title sponsor withdrew and its owners failed to find a replacement", None),
        (P, "Hexley Racing", "exhausted every option", None),
        (P, "Hexley Racing", "loyalty and professionalism", None),
        (I, "Several riders", "they had not been paid since September", None),
        (D, "Lewis Young", "I found out from a group chat,", None),
        (D, "Lewis Young", "Nobody from management has phoned me. I\u2019ve got rent to pay and no idea if anybody is going "
            "to pick me up this late in the year.", None),
        (S, None, "development ladder", None),
        (P, "Gareth Hexley", "in full", None),
        (D, "Gareth Hexley", "I\u2019ve put my own money into this team for 14 years. I\u2019m not walking away from "
            "anybody,", None),
        (D, "Gareth Hexley", "But when a sponsor who signed for three years leaves after one, there isn\u2019t a team in the "
            "world that survives that.", None),
        (I, "Vantage Solar", "it had ended the agreement because the team had breached its terms, and that it had paid "
            "every instalment it owed", None),
        (I, "Gareth Hexley", "the team had breached the agreement", None),
        (P, "British Cycling", "disappointed", None),
        (I, "British Cycling", "it was in contact with the Professional Cyclists\u2019 Association to support the riders and "
            "staff affected", None),
        (I, "UCI", "14 Continental teams registered in Europe have folded since the start of 2025", None),
        (P, "Dani Etxeberria", "made my career", None),
        (D, "Dani Etxeberria", "Everything I have in this sport started in a Hexley van on a wet Tuesday in Ilkley. This is "
            "a sad day,", None),
    ],
    "actors": [
        actor("Hexley Racing", "organisation", title="British Continental cycling team",
              aliases=["Hexley Racing", "team"], stance=1),
        actor("Several riders", "group", affiliation="Hexley Racing", aliases=["Several riders"], stance=-1),
        actor("Lewis Young", "person", title="rider, 21", affiliation="Hexley Racing", aliases=["Lewis Young", "Young"],
              stance=-1),
        actor("Gareth Hexley", "person", title="team principal and co-owner", affiliation="Hexley Racing",
              aliases=["Gareth Hexley", "Hexley"], stance=1),
        actor("Vantage Solar", "organisation", title="title sponsor (solar installer)", aliases=["Vantage Solar"],
              stance=-1),
        actor("British Cycling", "organisation", title="national governing body", aliases=["British Cycling"], stance=0),
        actor("UCI", "organisation", title="world cycling governing body", aliases=["UCI"], stance=None),
        actor("Dani Etxeberria", "person", title="former rider (Basque climber)",
              aliases=["Dani Etxeberria", "Etxeberria"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Mongabay (Ecuador opens an Amazon oil block on Sápara land to bidding), headline without speech,
#    "by NAME on 2 December 2026" line, three summary lines without speech, curly quotes and
#    apostrophes, "Nov. 27", "$1.2 billion", closing "Banner image: ..." line without speech. Lede
#    "invited international companies to bid" (directive); ministry "said A and that any company ...
#    would be required to carry out "..." with ..." (indirect plus partial); content before "according to
#    the ministry"; vice minister "told reporters in Quito that A", "Villacrés said"; Indigenous
#    organisation "said in a letter to the ministry that A and would B" (one span); leader's quote before
#    and after "said NAME, NASE's president, speaking by phone from ..."; scare so-called "zero-footprint"
#    model; ecologist "said A", "She said A", "she said"; industry association "said in a statement that
#    modern drilling ... "..." to ..." (partial only); confederation "said A and called on ..." (indirect;
#    the directive not annotated); "According to the Central Bank of Ecuador, A".
ARTICLES["data/eval/test24/ecuador-oil-block-sapara-bidding.gold.json"] = {
    "article": "data/eval/test24/ecuador-oil-block-sapara-bidding.txt",
    "target": "Ecuador",
    "quotes": [
        (I, "Ministry of Energy and Mines", "the block would generate at least $1.2 billion in state revenue over 20 years",
         None),
        (P, "Ministry of Energy and Mines", "free, prior and informed consultation", None),
        (I, "Ministry of Energy and Mines", "Companies from China, Canada and Argentina have already registered interest",
         None),
        (I, "Andr\u00e9s Villacr\u00e9s", "the country needed new reserves to replace falling output from older fields in the "
            "north", None),
        (D, "Andr\u00e9s Villacr\u00e9s", "Ecuador cannot pay for schools and hospitals with good intentions. We are going to "
            "develop this block responsibly, with the best technology and with respect for the communities,", None),
        (I, "S\u00e1para Nation of Ecuador", "it had never been consulted about the block and would not allow drilling on "
            "its land", None),
        (D, "Yanda Ushi\u00f1ahua", "Our territory is not empty. It is full of our grandparents, our rivers and our food,",
         None),
        (D, "Yanda Ushi\u00f1ahua", "The government talks about consultation after it has already sold the land.", None),
        (S, None, "zero-footprint", None),
        (I, "Paula Cevallos", "the area was home to at least 11 primate species and to jaguars, giant otters and harpy "
            "eagles", None),
        (I, "Paula Cevallos", "the greatest risk came not from the wells themselves but from what would follow them", None),
        (D, "Paula Cevallos", "Once you open the forest for the rigs, you open it for loggers, for settlers, for "
            "everything. The oil is the least of it,", None),
        (P, "AIHE", "bears no resemblance", None),
        (I, "Confederation of Indigenous Nationalities of Ecuador", "it would challenge the tender in court", None),
        (I, "Central Bank of Ecuador", "crude accounted for 26% of the country\u2019s exports in the first nine months of "
            "2026", None),
    ],
    "actors": [
        actor("Ministry of Energy and Mines", "government", affiliation="Ecuador",
              aliases=["Ministry of Energy and Mines", "ministry"], stance=1),
        actor("Andr\u00e9s Villacr\u00e9s", "person", title="vice minister of hydrocarbons", affiliation="Ecuador",
              aliases=["Andr\u00e9s Villacr\u00e9s", "Villacr\u00e9s"], stance=1),
        actor("S\u00e1para Nation of Ecuador", "organisation", title="Indigenous organisation",
              aliases=["S\u00e1para Nation of Ecuador", "NASE"], stance=-1),
        actor("Yanda Ushi\u00f1ahua", "person", title="president", affiliation="S\u00e1para Nation of Ecuador",
              aliases=["Yanda Ushi\u00f1ahua", "Ushi\u00f1ahua"], stance=-1),
        actor("Paula Cevallos", "person", title="ecologist", affiliation="Universidad San Francisco de Quito",
              aliases=["Paula Cevallos", "Cevallos"], stance=-1),
        actor("AIHE", "organisation", title="oil industry association", aliases=["AIHE"], stance=1),
        actor("Confederation of Indigenous Nationalities of Ecuador", "organisation", title="Indigenous confederation",
              aliases=["Confederation of Indigenous Nationalities of Ecuador", "CONAIE"], stance=-1),
        actor("Central Bank of Ecuador", "government", aliases=["Central Bank of Ecuador"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
