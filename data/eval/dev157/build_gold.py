"""Build the dev157 gold files (data/eval/dev157/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev157/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev157.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev157"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Prague Morning security/politics (the counter-intelligence report on Russian-recruited saboteurs),
#    title-case headline "Czech Counter-Intelligence: Russia Recruited ..." (a reported claim without quote
#    marks: not annotated), dateline "Prague, Dec 4 –", straight " and apostrophes, British punctuation
#    outside closing marks, "CZK 4,000", a "Read also:" line. Lede content before "the Security
#    Information Service (BIS) said in its annual report"; agency "described Russia as "..." to ... and
#    said A" (partial plus indirect); the report quoted with "the report says" (present tense); "According
#    to the BIS, A"; minister "told journalists ... that the findings were "..."" (partial only), quote with
#    "Král said, adding that the ministry would propose tougher penalties for "..."" (partial only), "Král
#    also said A"; embassy "dismissed the report as "..."" (partial), "the embassy wrote"; opposition MP
#    "said the government was using the report to "..." ahead of ..." (partial only); analyst "said A",
#    "Holub told Prague Morning", "He said, however, that A and that B" (one span); a second Holub, a
#    police spokesman, "confirmed that A", "the spokesman said". Not annotated: the SPD "has long called for
#    better relations" (an act), "The BIS report also covers ...".
ARTICLES[f"{BATCH}/bis-report-russian-sabotage-czechia.gold.json"] = {
    "article": f"{BATCH}/bis-report-russian-sabotage-czechia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Security Information Service", "Russian intelligence services recruited at least a dozen young people in "
            "the Czech Republic over the past year to carry out arson, vandalism and surveillance of military sites",
            None),
        (P, "Security Information Service", "the most serious threat", None),
        (I, "Security Information Service", "the recruitment was typically carried out through Telegram channels "
            "offering small cash payments, often in cryptocurrency", None),
        (D, "Security Information Service", "The Russian services no longer need trained agents. They need a teenager "
            "with a phone, a bottle of petrol and debts,", None),
        (I, "Security Information Service", "at least two of the recruits were under 18", None),
        (P, "Tomáš Král", "alarming but not surprising", None),
        (D, "Tomáš Král", "We have seen the same methods in Poland, in Lithuania, in Germany. This is not a theory, it "
            "is a campaign,", None),
        (P, "Tomáš Král", "sabotage for hire", None),
        (I, "Tomáš Král", "schools would receive new guidance on how to warn students about recruitment online", None),
        (P, "Russian Embassy in Prague", "Russophobic fantasy", None),
        (D, "Russian Embassy in Prague", "The Czech special services are once again trying to justify their budgets by "
            "inventing a Russian threat. No evidence has been presented,", None),
        (P, "Jana Novák", "scare people", None),
        (I, "Petr Holub", "the report confirmed a trend seen across Central Europe", None),
        (D, "Petr Holub", "Moscow has outsourced sabotage to the gig economy. It is cheap, it is deniable, and it costs "
            "them nothing when someone gets caught,", None),
        (I, "Petr Holub", "the number of successful attacks remained low and that most recruits were caught before "
            "they could act", None),
        (I, "Martin Holub", "the Ostrava teenager had been charged with espionage and was cooperating with "
            "investigators", None),
        (D, "Martin Holub", "He told us he did not understand who he was working for. He thought it was a game,", None),
    ],
    "actors": [
        actor("Security Information Service", "government", title="counter-intelligence agency",
              affiliation="Czech Republic", aliases=["Security Information Service", "BIS"], stance=-1),
        actor("Tomáš Král", "person", title="Interior Minister", affiliation="Czech government",
              aliases=["Tomáš Král", "Král"], stance=-1),
        actor("Russian Embassy in Prague", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Prague", "Russian Embassy"], stance=1),
        actor("Jana Novák", "person", title="Opposition MP", affiliation="SPD", aliases=["Jana Novák", "Novák"],
              stance=1),
        actor("Petr Holub", "person", title="security analyst", affiliation="Prague Security Studies Institute",
              aliases=["Petr Holub", "Holub"], stance=-1),
        actor("Martin Holub", "person", title="police spokesman, Moravian-Silesian Region", affiliation="Czech police",
              aliases=["Martin Holub", "Holub"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Turkish Minute media/politics (the broadcast watchdog fines an opposition channel), headline without
#    speech, "Turkish Minute" line, curly quotes and ’ apostrophes, American punctuation inside closing
#    marks, Turkish letters (RTÜK, Yıldız, Ayşe, ÇGD). "Critics say A" (present tense, a group); content
#    before "the state-run Anadolu news agency reported"; "According to the decision, the broadcast "..." and
#    violated B" (partial plus indirect); deputy chairman "defended the ruling in remarks to reporters" (act)
#    then the quote with "he said", "Yıldız said A"; dissenting member "wrote on X that RTÜK had become "..."
#    for ..." (partial only), "Tuna said"; editor-in-chief "said A", "Demirel told Turkish Minute"; the ÇGD
#    "said in a statement that the decision was "..." and called on RTÜK to withdraw it" (partial; the
#    directive is not annotated); anonymous producer "said staff had been told to avoid ... "..."" (partial
#    only); RSF "which describes it as one of ..." (describe ... as, indirect); commentator "said the fine
#    was "..." and accused Halk TV of acting like "..."" (two partials). Not annotated: "was not present at
#    the vote", "voted against the penalty".
ARTICLES[f"{BATCH}/rtuk-fine-halk-tv-broadcast.gold.json"] = {
    "article": f"{BATCH}/rtuk-fine-halk-tv-broadcast.txt",
    "target": "RTÜK",
    "quotes": [
        (I, "Critics", "the penalties are aimed at silencing independent media ahead of the 2028 elections", None),
        (I, "Anadolu", "The council voted six to three to penalize Gündem Özel, a weekly program that last month "
            "broadcast a telephone interview with a jailed former mayor from the main opposition Republican People’s "
            "Party (CHP)", None),
        (P, "RTÜK", "praised a suspect in an ongoing investigation", None),
        (I, "RTÜK", "violated the principle of impartiality", None),
        (D, "Kemal Yıldız", "Freedom of the press does not mean freedom to turn a news program into a platform for "
            "people under investigation for corruption,", None),
        (I, "Kemal Yıldız", "the council applied the same rules to all broadcasters regardless of their editorial line",
            None),
        (P, "Ayşe Tuna", "a punishment machine", None),
        (D, "Ayşe Tuna", "This council has fined critical channels more than 60 times in two years. In the same period, "
            "pro-government channels that insulted opposition politicians every night received warnings at most,",
            None),
        (I, "Mert Demirel", "the channel would appeal to the Ankara administrative court", None),
        (D, "Mert Demirel", "We will not stop interviewing people whom the courts have not convicted. That is called "
            "journalism,", None),
        (P, "Progressive Journalists Association", "a clear attempt at intimidation", None),
        (P, "A program producer at Halk TV", "for a while.", None),
        (I, "Reporters Without Borders", "it as one of the world’s biggest jailers of journalists", None),
        (P, "Selim Aslan", "proportionate", None),
        (P, "Selim Aslan", "a party broadcaster.", None),
    ],
    "actors": [
        actor("Critics", "group", title="critics of the penalties", aliases=["Critics"], stance=-1),
        actor("Anadolu", "organisation", title="state-run news agency", affiliation="Turkey",
              aliases=["Anadolu"], stance=0),
        actor("RTÜK", "government", title="Radio and Television Supreme Council (its decision)", affiliation="Turkey",
              aliases=["RTÜK", "Radio and Television Supreme Council"], stance=1),
        actor("Kemal Yıldız", "person", title="RTÜK Deputy Chairman", affiliation="RTÜK",
              aliases=["Kemal Yıldız", "Yıldız"], stance=1),
        actor("Ayşe Tuna", "person", title="RTÜK member nominated by the opposition", affiliation="RTÜK",
              aliases=["Ayşe Tuna", "Tuna"], stance=-1),
        actor("Mert Demirel", "person", title="editor-in-chief", affiliation="Halk TV",
              aliases=["Mert Demirel", "Demirel"], stance=-1),
        actor("Progressive Journalists Association", "organisation", title="journalists' association",
              aliases=["Progressive Journalists Association", "ÇGD"], stance=-1),
        actor("A program producer at Halk TV", "person", title="anonymous producer", affiliation="Halk TV",
              aliases=["A program producer at Halk TV"], stance=0),
        actor("Reporters Without Borders", "organisation", title="press freedom group",
              aliases=["Reporters Without Borders", "RSF"], stance=None),
        actor("Selim Aslan", "person", title="pro-government commentator", affiliation="Sabah",
              aliases=["Selim Aslan", "Aslan"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. VietNamNet Global business/labour (a footwear maker cuts 2,400 jobs), headline without speech,
#    "VietNamNet Global" line, straight " and apostrophes, American punctuation inside closing marks,
#    Vietnamese names (Nguyen Thi Hoa from Thanh Hoa Province: a name and a place). Lede "blaming a sharp
#    fall in orders" (an act); content before "according to the Dong Nai Department of Home Affairs"; the
#    company's notice "said A and that affected workers would receive severance pay "..."" (indirect plus
#    partial only for the second clause); deputy general director "told VietNamNet that A", quote with "Lin
#    said", "He said A"; worker's quote with "Hoa said"; labour federation "said it would monitor ..."; its
#    vice chairman "said the federation had asked the company to ..." (a reported request: indirect), quote
#    with "Thang said"; "According to ... (LEFASO), A"; general secretary "said many manufacturers were now
#    facing "..." as ..." (partial only); scare so-called "China plus one" in narrative; economist "said A",
#    "he said".
ARTICLES[f"{BATCH}/dong-nai-footwear-layoffs-hung-phat.gold.json"] = {
    "article": f"{BATCH}/dong-nai-footwear-layoffs-hung-phat.txt",
    "target": "Hung Phat Footwear",
    "quotes": [
        (I, "Dong Nai Department of Home Affairs", "The company informed the provincial labour authorities of the plan "
            "on December 2", None),
        (I, "Hung Phat Footwear", "orders for 2027 were down about 35 percent compared with this year", None),
        (P, "Hung Phat Footwear", "in full and on time, in accordance with the law.", None),
        (I, "Lin Chih-wei", "the company had tried for months to avoid job losses", None),
        (D, "Lin Chih-wei", "We reduced overtime, we moved workers between lines, we stopped hiring. But we cannot pay "
            "2,400 people to sit next to machines that have no orders,", None),
        (I, "Lin Chih-wei", "the company hoped to rehire some of the workers if orders recovered in the second half of "
            "next year", None),
        (D, "Nguyen Thi Hoa", "At my age, which factory will take me? My children are still in school in Thanh Hoa, and "
            "I send money home every month,", None),
        (I, "Dong Nai Provincial Labour Federation", "it would monitor the layoffs closely to ensure that workers "
            "received all their entitlements, including unemployment insurance", None),
        (I, "Nguyen Van Thang", "the federation had asked the company to give priority to keeping workers with young "
            "children and those close to retirement", None),
        (D, "Nguyen Van Thang", "Hung Phat has been a responsible employer for many years. We expect it to remain "
            "responsible until the last worker leaves,", None),
        (I, "Vietnam Leather, Footwear and Handbag Association", "footwear exports to the US fell by 11 percent in the "
            "first 11 months of the year, while exports to the EU and Japan rose slightly", None),
        (P, "Do Thi Thu", "the hardest year since the pandemic", None),
        (S, None, "China plus one", None),
        (I, "Tran Dinh Bao", "the shift that had brought thousands of factories to Vietnam over the past decade could "
            "also work in reverse", None),
        (D, "Tran Dinh Bao", "Factories that came here because Vietnam was cheaper can leave when another country "
            "becomes cheaper. The only protection is to move up the value chain,", None),
    ],
    "actors": [
        actor("Dong Nai Department of Home Affairs", "government", title="provincial department",
              affiliation="Dong Nai Province", aliases=["Dong Nai Department of Home Affairs"], stance=0),
        actor("Hung Phat Footwear", "organisation", title="Taiwanese-owned footwear maker",
              aliases=["Hung Phat Footwear", "Hung Phat"], stance=1),
        actor("Lin Chih-wei", "person", title="deputy general director", affiliation="Hung Phat Footwear",
              aliases=["Lin Chih-wei", "Lin"], stance=1),
        actor("Nguyen Thi Hoa", "person", title="worker", affiliation="Hung Phat Footwear",
              aliases=["Nguyen Thi Hoa", "Hoa"], stance=-1),
        actor("Dong Nai Provincial Labour Federation", "organisation", title="provincial trade union federation",
              aliases=["Dong Nai Provincial Labour Federation"], stance=0),
        actor("Nguyen Van Thang", "person", title="vice chairman", affiliation="Dong Nai Provincial Labour Federation",
              aliases=["Nguyen Van Thang", "Thang"], stance=1),
        actor("Vietnam Leather, Footwear and Handbag Association", "organisation", title="industry association",
              aliases=["Vietnam Leather, Footwear and Handbag Association", "LEFASO"], stance=None),
        actor("Do Thi Thu", "person", title="LEFASO general secretary",
              affiliation="Vietnam Leather, Footwear and Handbag Association", aliases=["Do Thi Thu", "Thu"],
              stance=None),
        actor("Tran Dinh Bao", "person", title="economist", aliases=["Tran Dinh Bao", "Bao"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. MindaNews (Davao) culture (a T'boli dreamweaver's national award nomination is deferred), headline
#    without speech, dateline "LAKE SEBU, South Cotabato (MindaNews / 5 December) —", curly quotes and ’
#    apostrophes (T’boli, t’nalak: not openings), American punctuation inside closing marks; lede "are asking
#    the NCCA to explain ..." (directive); scare "known in Lake Sebu as a "dreamweaver,""; NCCA letter
#    "informed the ... provincial government that the nomination had been "..." of ..." (partial only); two
#    Sulans: the weaver, speaking through her granddaughter ("she said she was not angry but was "...""
#    indirect plus partial; "she said, speaking in T'boli") and the granddaughter Maria ("Maria ... said A",
#    "she said"); tourism officer "said A", "he said"; anonymous NCCA official "said the commission had
#    "..." for the weaver" (partial only), "said the committee wanted to make sure that every award was "..."
#    after ..." (partial only), "the official said"; anthropologist "said A", "Caballero said"; tribal council
#    "described Sulan as "..." and urged the NCCA to act ..." (partial; directive not annotated). Not
#    annotated: "Sulan does not speak English or Filipino", "who translated for MindaNews".
ARTICLES[f"{BATCH}/tboli-weaver-national-artist-nomination.gold.json"] = {
    "article": f"{BATCH}/tboli-weaver-national-artist-nomination.txt",
    "target": "Yadal Sulan",
    "quotes": [
        (S, None, "dreamweaver,", None),
        (P, "National Commission for Culture and the Arts", "deferred pending further documentation", None),
        (I, "Yadal Sulan", "she was not angry", None),
        (P, "Yadal Sulan", "tired of waiting.", None),
        (D, "Yadal Sulan", "My hands are slower now. I have taught 23 girls. What more do they want to see?", None),
        (I, "Maria Sulan", "the family had submitted photographs, videos and sworn statements from the apprentices "
            "twice since 2024", None),
        (D, "Maria Sulan", "They asked for documents, we gave documents. They asked again, we gave again. Maybe next "
            "they will ask for a photo of her dreams,", None),
        (I, "Rey Tutin", "the province would send a delegation to the NCCA office in Intramuros to follow up on the "
            "nomination", None),
        (D, "Rey Tutin", "Lola Yadal is a treasure not just of Lake Sebu but of the whole country. We will not let her "
            "nomination die on a desk in Manila,", None),
        (P, "NCCA official", "the highest respect", None),
        (P, "NCCA official", "beyond question", None),
        (D, "NCCA official", "This is not a rejection. It is a deferment,", None),
        (I, "Lourdes Caballero", "the GAMABA process was designed with written records in mind and was poorly suited "
            "to communities whose knowledge is passed down orally", None),
        (D, "Lourdes Caballero", "You are asking a 74-year-old woman who never went to school to prove her art with "
            "paperwork. The system is the problem, not the weaver,", None),
        (P, "T’boli Tribal Council", "the living memory of the T’boli people", None),
    ],
    "actors": [
        actor("National Commission for Culture and the Arts", "government", title="culture commission (its letter)",
              affiliation="Philippines", aliases=["National Commission for Culture and the Arts", "NCCA"], stance=0),
        actor("Yadal Sulan", "person", title="T’boli master weaver", aliases=["Yadal Sulan", "Sulan", "Lola Yadal"],
              stance=1),
        actor("Maria Sulan", "person", title="granddaughter, teacher at the School of Living Traditions",
              aliases=["Maria Sulan", "Maria"], stance=1),
        actor("Rey Tutin", "person", title="provincial tourism officer", affiliation="South Cotabato",
              aliases=["Rey Tutin", "Tutin"], stance=1),
        actor("NCCA official", "person", title="anonymous NCCA official",
              affiliation="National Commission for Culture and the Arts", aliases=["NCCA official"], stance=0),
        actor("Lourdes Caballero", "person", title="anthropologist", affiliation="Mindanao State University-General Santos",
              aliases=["Lourdes Caballero", "Dr. Lourdes Caballero", "Caballero"], stance=1),
        actor("T’boli Tribal Council", "organisation", title="tribal council", aliases=["T’boli Tribal Council"],
              stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
