"""Build the test124 gold files (data/eval/test124/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test124/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test124.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test124"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Nation (Malawi) diplomacy/education (government freezes Russian study offers over recruitment
#    claims), headline without speech, byline in capitals, "05 December 2026" line, straight " and
#    apostrophes, "K4.5 million", "200 000 roubles", "Government has ..." without article. Lede with a scare
#    "study-and-work" and "claims that ..." (no speaker); spokesperson named Gift ("said yesterday that A"),
#    quote with "Mwale said", "He said A and was B" (one span); embassy "dismissed the reports as "..." and
#    said B" (partial plus indirect); ambassador "told The Nation in a telephone interview that A", quote with
#    "he said" and a quote-only paragraph; student named Blessings "tells a different story" (no content),
#    "Chirwa says A" (present tense), quote with "he said" holding reported speech, "He said A, and that B";
#    anonymous mother "said A", quote with a nested straight single quote; "According to police spokesperson
#    ..., A"; committee chair "described government's response as "..." and said B"; political scientist
#    "said A", quote with "Zulu said". Not annotated: the 2024 memorandum.
ARTICLES[f"{BATCH}/malawi-russia-scholarships-suspended.gold.json"] = {
    "article": f"{BATCH}/malawi-russia-scholarships-suspended.txt",
    "target": "Russia",
    "quotes": [
        (S, None, "study-and-work", None),
        (I, "Gift Mwale", "at least four Malawians who left the country this year on privately arranged programmes had "
            "been approached by army recruiters within weeks of landing in Moscow", None),
        (D, "Gift Mwale", "We cannot send our young people into a situation we do not fully understand. Until we have "
            "clear answers from the Russian side, no new offers will be processed,", None),
        (I, "Gift Mwale", "the ministry had written to the Russian Embassy in Lusaka, which is also accredited to "
            "Malawi, and was waiting for a response", None),
        (P, "Russian Embassy in Lusaka", "fabrications spread by those who wish to damage our friendship", None),
        (I, "Russian Embassy in Lusaka", "all Malawian students on Russian government scholarships were studying at "
            "civilian universities", None),
        (I, "Dmitry Sorokin", "Russia had offered 85 government scholarships to Malawi this year, in fields ranging "
            "from medicine to agriculture", None),
        (D, "Dmitry Sorokin", "Russia does not recruit foreign students into its armed forces. If some private agent "
            "has promised young people jobs and taken their money, that is a criminal matter, and we are ready to "
            "cooperate with Malawian police,", None),
        (D, "Dmitry Sorokin", "Our universities have trained Malawian doctors and engineers for more than 50 years. "
            "That is the real story.", None),
        (I, "Blessings Chirwa", "he paid an agent in Lilongwe K4.5 million for a place at a technical college in Tver "
            "and a part-time warehouse job", None),
        (D, "Blessings Chirwa", "On the third day, they took our passports for registration. Then a man in uniform "
            "came with papers in Russian and said if we signed, we would get our passports back and 200 000 roubles "
            "a month,", None),
        (I, "Blessings Chirwa", "he refused, and that a relative in South Africa paid for his ticket home", None),
        (I, "mother of another student", "she had not heard from him since September", None),
        (D, "mother of another student", "His last message said, 'Mum, pray for me.' That is all I have,", None),
        (I, "Peter Kalaya", "two suspected agents were arrested in Lilongwe last week and are expected to appear in "
            "court on charges of trafficking in persons", None),
        (P, "Chrissie Nkhoma", "too little, too late", None),
        (I, "Chrissie Nkhoma", "the committee would summon Foreign Affairs officials when Parliament resumes", None),
        (I, "Madalitso Zulu", "Russian scholarships had long been attractive to families who could not afford fees "
            "at home", None),
        (D, "Madalitso Zulu", "Russia is not the only country whose name is being used by fraudsters, and its "
            "scholarships have helped many families. But Moscow also needs soldiers, and government is right to ask "
            "questions,", None),
    ],
    "actors": [
        actor("Gift Mwale", "person", title="Ministry of Foreign Affairs spokesperson", affiliation="Malawi",
              aliases=["Gift Mwale", "Mwale"], stance=-1),
        actor("Russian Embassy in Lusaka", "government", title="embassy (also accredited to Malawi)",
              affiliation="Russia", aliases=["Russian Embassy in Lusaka"], stance=1),
        actor("Dmitry Sorokin", "person", title="Russian Ambassador", affiliation="Russia",
              aliases=["Dmitry Sorokin", "Sorokin"], stance=1),
        actor("Blessings Chirwa", "person", title="returned student, 24, from Mzuzu",
              aliases=["Blessings Chirwa", "Chirwa"], stance=-1),
        actor("mother of another student", "person", title="anonymous mother of a student in Russia",
              aliases=["mother of another student"], stance=-1),
        actor("Peter Kalaya", "person", title="police spokesperson", affiliation="Malawi Police",
              aliases=["Peter Kalaya", "Kalaya"], stance=None),
        actor("Chrissie Nkhoma", "person", title="chairperson, Parliamentary Committee on Defence and Security",
              aliases=["Chrissie Nkhoma", "Nkhoma"], stance=None),
        actor("Madalitso Zulu", "person", title="political scientist", affiliation="University of Malawi",
              aliases=["Madalitso Zulu", "Zulu"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Tobacco Reporter (Thailand's cabinet approves legal heated tobacco), headline without speech, date and
#    "By Tobacco Reporter Staff" lines, straight " and apostrophes, US punctuation inside closing marks,
#    "THB6 billion ($170 million)". Lede content before "according to the Bangkok Post"; scare "buri fai
#    fa," (a gloss); spokesperson "said the change would allow the state to "...," adding that B" (partial
#    plus indirect), Thai first-name reference ("Anucha told reporters"); Excise Department "said A";
#    "Not everyone in government is on board" (no content); director-general "said A and warned that
#    legalization would "..." to young users" (indirect plus partial only), then "he said" after a
#    question; foundation "called the decision "..."" then "The foundation said A, and that B"; WHO country
#    office "said A and that B"; "Retailers welcomed the move" (act); association president "said A", quote
#    with "Somchai said"; "According to Euromonitor International, A"; "declined to comment", "did not
#    respond" (not annotated); state tobacco authority "which has said it is studying ..." (relative clause).
ARTICLES[f"{BATCH}/thailand-heated-tobacco-legalization.gold.json"] = {
    "article": f"{BATCH}/thailand-heated-tobacco-legalization.txt",
    "target": "Thailand",
    "quotes": [
        (I, "Bangkok Post", "Thailand's cabinet has approved a draft law that would allow the sale of heated-tobacco "
            "products from July 2027, ending a ban that has been in place since 2014", None),
        (S, None, "buri fai fa,", None),
        (P, "Anucha Srisuk", "regulate what is already on every street corner,", None),
        (I, "Anucha Srisuk", "smuggled products currently cost the treasury about THB6 billion ($170 million) a year",
            None),
        (D, "Anucha Srisuk", "Banning something does not make it disappear. It only makes sure the government has no "
            "control over it and earns nothing from it,", None),
        (I, "Excise Department", "it expected to collect about THB4 billion from heated-tobacco sales in the first "
            "full year", None),
        (I, "Wiroj Thammasak", "his department had not been consulted on the final text", None),
        (P, "Wiroj Thammasak", "open the door", None),
        (D, "Wiroj Thammasak", "For 10 years, we have told parents these products are dangerous. Now we will sell them "
            "next to the chewing gum?", None),
        (P, "Action on Smoking and Health Foundation", "a gift to the tobacco industry.", None),
        (I, "Action on Smoking and Health Foundation", "vaping among Thai secondary school students had tripled since "
            "2020 despite the ban, and that legal heated tobacco would make enforcement even harder", None),
        (I, "World Health Organization", "heated-tobacco products were harmful to health and that there was no "
            "independent evidence they helped smokers quit", None),
        (I, "Somchai Prasertwong", "his members had been losing customers to street vendors selling smuggled sticks "
            "for years", None),
        (D, "Somchai Prasertwong", "Our members pay taxes, check ID cards and follow the law. The people selling these "
            "products today do none of those things,", None),
        (I, "Euromonitor International", "Thailand's illicit heated-tobacco market was worth an estimated $310 million "
            "in 2025", None),
        (I, "Tobacco Authority of Thailand", "it is studying whether to develop its own heated-tobacco product", None),
    ],
    "actors": [
        actor("Bangkok Post", "organisation", title="newspaper", aliases=["Bangkok Post"], stance=None),
        actor("Anucha Srisuk", "person", title="Government spokesperson", affiliation="Thailand",
              aliases=["Anucha Srisuk", "Anucha", "Srisuk"], stance=1),
        actor("Excise Department", "government", title="Thai tax agency", affiliation="Thailand",
              aliases=["Excise Department"], stance=0),
        actor("Wiroj Thammasak", "person", title="director-general, Department of Disease Control",
              affiliation="Ministry of Public Health", aliases=["Wiroj Thammasak", "Wiroj", "Thammasak"], stance=-1),
        actor("Action on Smoking and Health Foundation", "organisation", title="anti-smoking foundation",
              aliases=["Action on Smoking and Health Foundation", "ASH Thailand"], stance=-1),
        actor("World Health Organization", "organisation", title="WHO country office in Thailand",
              aliases=["World Health Organization"], stance=-1),
        actor("Somchai Prasertwong", "person", title="president, Thai Tobacco Retailers Association",
              affiliation="Thai Tobacco Retailers Association",
              aliases=["Somchai Prasertwong", "Somchai", "Prasertwong"], stance=1),
        actor("Euromonitor International", "organisation", title="market research firm",
              aliases=["Euromonitor International"], stance=None),
        actor("Tobacco Authority of Thailand", "organisation", title="state-owned tobacco monopoly",
              aliases=["Tobacco Authority of Thailand"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Thoroughbred Daily News (a buyer sues a consignor over a yearling's throat condition), headline in title
#    case without speech, byline and date lines, straight " and apostrophes, "$1.2-Million". "According to the
#    complaint, A" and "The lawsuit says A" (the plaintiff's filing speaks for the plaintiff), "It says Tolliver
#    "..." of the problem" (partial only); attorney named after the quote ("said Meredith Love, the Lexington
#    attorney ..."), then a quote-only paragraph; consignor "called the suit "..."", quote with "he said",
#    "Tolliver, whose ..., said A"; sales company "said in a statement that A and that B"; scare "roarers,"
#    (commonly known as); surgeon "who is not involved in the case, said A but B" (one span), quote with
#    "Restrepo said"; anonymous consignor "described Tolliver as "..." and said B" (partial plus indirect);
#    buyer "who did not return a call ..., said after signing the ticket ... that the colt was "..."" (partial
#    only). Not annotated: "filed the suit", the judge and hearing.
ARTICLES[f"{BATCH}/tolliver-yearling-lawsuit-keeneland.gold.json"] = {
    "article": f"{BATCH}/tolliver-yearling-lawsuit-keeneland.txt",
    "target": "Wes Tolliver",
    "quotes": [
        (I, "Rangeline Racing", "the colt, a son of Gun Runner now named Cinder Road, was diagnosed with grade IV left "
            "laryngeal hemiplegia eight days after the sale, when he was first galloped at a training center in Ocala",
            None),
        (I, "Rangeline Racing", "the endoscopic video Tolliver placed in the sale's repository had been recorded at "
            "least four months before the sale and did not reflect the colt's condition when he went through the "
            "ring", None),
        (P, "Rangeline Racing", "knew or should have known", None),
        (D, "Meredith Love", "My client did everything right. He read the vet reports, he hired an agent, he trusted "
            "the repository. That trust was misplaced,", None),
        (D, "Meredith Love", "This isn't about one horse. Buyers need to know that what they see in that repository is "
            "current.", None),
        (P, "Wes Tolliver", "without merit.", None),
        (D, "Wes Tolliver", "We put every scope and every X-ray we had in the repository, and the colt scoped clean for "
            "us. I'd stand behind that video in front of anybody,", None),
        (I, "Wes Tolliver", "he had never before been sued by a client", None),
        (I, "Keeneland", "it was not a party to the suit and that the accuracy of repository materials is the "
            "responsibility of consignors under its conditions of sale", None),
        (S, None, "roarers,", None),
        (I, "Ana Luc\u00eda Restrepo", "a grade IV diagnosis can develop quickly in a young horse in training but is "
            "rarely missed on a recent scope", None),
        (D, "Ana Luc\u00eda Restrepo", "Four months is a long time in a yearling's life. It's possible for both sides "
            "to be telling the truth here,", None),
        (P, "One prominent consignor", "as straight as they come", None),
        (I, "One prominent consignor", "he expected the case to settle", None),
        (P, "Harlan Pryce", "the best-looking horse on the grounds.", None),
    ],
    "actors": [
        actor("Rangeline Racing", "organisation", title="buyer, Florida-based partnership (plaintiff)",
              aliases=["Rangeline Racing", "Rangeline"], stance=-1),
        actor("Meredith Love", "person", title="Lexington attorney", affiliation="Rangeline Racing",
              aliases=["Meredith Love", "Love"], stance=-1),
        actor("Wes Tolliver", "person", title="consignor", affiliation="Tolliver Sales",
              aliases=["Wes Tolliver", "Tolliver"], stance=1),
        actor("Keeneland", "organisation", title="sales company", aliases=["Keeneland"], stance=None),
        actor("Ana Luc\u00eda Restrepo", "person", title="equine surgeon in Lexington",
              aliases=["Ana Luc\u00eda Restrepo", "Restrepo"], stance=0),
        actor("One prominent consignor", "person", title="anonymous consignor",
              aliases=["One prominent consignor"], stance=1),
        actor("Harlan Pryce", "person", title="head of Rangeline Racing", affiliation="Rangeline Racing",
              aliases=["Harlan Pryce", "Pryce"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Fort McMurray Today (a college pauses intake for two trades programs), headline and standfirst without
#    speech, byline, paper and "Published Dec 02, 2026" lines (Postmedia), straight " and apostrophes,
#    "oilsands", "enrolment". Lede content before "the college said Tuesday"; "In a statement, the college
#    said A", content before "it said"; president "called it "..." in a letter to staff" (partial), quote
#    split by "told reporters at the Clearwater campus", "She said A and could B" (one span); faculty
#    association president "said A", quote with "said Koroluk, who ...", "He said A" (with "what it
#    considers" inside); anonymous instructor "said students ... were "..." when they heard" (partial only);
#    ministry spokesperson "In an email, ... said A and that B"; councillor "said A", quote with "Oduya said";
#    "Employers are less forgiving" (no content); association director "said A and warned that B" (two cues:
#    two indirects); student "said A but B" (one span), "she said"; scare so-called "program realignment".
ARTICLES[f"{BATCH}/keyano-college-trades-intake-suspended.gold.json"] = {
    "article": f"{BATCH}/keyano-college-trades-intake-suspended.txt",
    "target": "Keyano College",
    "quotes": [
        (I, "Keyano College", "Keyano College will not accept new students into its heavy equipment technician and "
            "power engineering programs next fall", None),
        (I, "Keyano College", "the decision followed a $6.8-million reduction in its provincial operating grant for "
            "2027-28 and a drop in applications to both programs since 2023", None),
        (I, "Keyano College", "Students already enrolled will be able to finish their studies", None),
        (P, "Colleen Ratzlaff", "one of the hardest decisions this institution has made", None),
        (D, "Colleen Ratzlaff", "We looked at every alternative. In the end, we had to protect the programs that the "
            "most students are choosing today,", None),
        (D, "Colleen Ratzlaff", "This is a pause. It is not the end of trades at Keyano.", None),
        (I, "Colleen Ratzlaff", "the college would review both programs in a year and could reopen them if funding "
            "improved", None),
        (I, "Dale Koroluk", "the union learned of the layoffs less than a day before the announcement", None),
        (D, "Dale Koroluk", "You cannot call yourself the trades college of the oilsands and then stop training heavy "
            "equipment techs. It makes no sense,", None),
        (I, "Dale Koroluk", "the association would file a grievance over what it considers a breach of the notice "
            "provisions in its collective agreement", None),
        (P, "One instructor", "in tears", None),
        (I, "spokesperson for Alberta's Ministry of Advanced Education", "operating grants are set according to "
            "enrolment and that decisions about individual programs rest with each institution's board", None),
        (I, "Terri Oduya", "the college had done what it could with the money it was given", None),
        (D, "Terri Oduya", "I don't blame Keyano. I blame a funding model that treats a college in Fort McMurray like "
            "it's in downtown Calgary,", None),
        (I, "Brent Halvorsen", "local contractors were already short of about 300 heavy-duty mechanics", None),
        (I, "Brent Halvorsen", "companies would have to recruit from outside the province", None),
        (I, "Kiran Bhullar", "she was relieved to be able to finish but worried about the college's future", None),
        (D, "Kiran Bhullar", "My younger brother wanted to come here in September. Now he's looking at SAIT,", None),
        (S, None, "program realignment", None),
    ],
    "actors": [
        actor("Keyano College", "organisation", title="college", aliases=["Keyano College", "Keyano", "the college"],
              stance=1),
        actor("Colleen Ratzlaff", "person", title="College president", affiliation="Keyano College",
              aliases=["Colleen Ratzlaff", "Ratzlaff"], stance=1),
        actor("Dale Koroluk", "person", title="president, Keyano College Faculty Association",
              affiliation="Keyano College Faculty Association", aliases=["Dale Koroluk", "Koroluk"], stance=-1),
        actor("One instructor", "person", title="anonymous laid-off instructor", affiliation="Keyano College",
              aliases=["One instructor"], stance=-1),
        actor("spokesperson for Alberta's Ministry of Advanced Education", "government",
              title="ministry spokesperson", affiliation="Alberta",
              aliases=["spokesperson for Alberta's Ministry of Advanced Education"], stance=0),
        actor("Terri Oduya", "person", title="Wood Buffalo councillor", aliases=["Terri Oduya", "Oduya"], stance=1),
        actor("Brent Halvorsen", "person", title="executive director, Wood Buffalo Construction Association",
              affiliation="Wood Buffalo Construction Association", aliases=["Brent Halvorsen", "Halvorsen"],
              stance=-1),
        actor("Kiran Bhullar", "person", title="second-year power engineering student", affiliation="Keyano College",
              aliases=["Kiran Bhullar", "Bhullar"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
