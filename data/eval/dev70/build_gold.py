"""Build the dev70 gold files (data/eval/dev70/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev69/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev70/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev70.  Standard library only.
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
# 1. Africanews security/diplomacy (the Central African Republic signs a new defence pact with Russia),
#    headline without speech, "Africanews" and "Last updated: 03/12 - 11:26" lines, straight " and
#    apostrophes, British punctuation outside fragments. Lede content before "the Central African
#    government said on Tuesday"; spokesman "said the agreement covered ... and "..." , including ..."
#    (partial only), quote with "Ndakala told journalists in Bangui"; scare Russian military "instructors"
#    (the writer's sentence; the ambassador's own "Our instructors" is inside his direct); Russian foreign
#    ministry "said the deal would help "..." achieved ... and that Moscow respected "..." of ..." (two
#    partials); ambassador "said A, a figure that could not be independently verified" (the writer's
#    apposition is left out), quote with "he said"; UN mission spokesperson "said A", quote with "she
#    said"; "In a report published in June, Human Rights Watch said A"; researcher "said the new deal
#    "..."" (partial only); opposition spokesman "said the pact had been signed "..." and that the
#    country's gold was being "..." to ..." (two partials); trader named Said "said A but B" (one span),
#    quote with "Said said"; "According to the United Nations, A"; "Read more:" line.
ARTICLES["data/eval/dev70/car-russia-defence-deal-minusca.gold.json"] = {
    "article": "data/eval/dev70/car-russia-defence-deal-minusca.txt",
    "target": "Russia",
    "quotes": [
        (I, "Central African government", "The Central African Republic will keep Russian military personnel on its "
            "soil for at least five more years under a defence agreement signed in Moscow on Monday", None),
        (P, "Serge-Ghislain Ndakala", "the protection of strategic infrastructure", None),
        (D, "Serge-Ghislain Ndakala", "Russia came when nobody else would. Thanks to our Russian friends, the state has "
            "returned to towns where it had not been seen for ten years,", None),
        (S, None, "instructors", 'Russian military "instructors"'),
        (P, "Russian foreign ministry", "consolidate the successes", None),
        (P, "Russian foreign ministry", "the sovereign choice", None),
        (I, "Nikolai Zubarev", "about 1,500 Russian personnel were currently in the country", None),
        (D, "Nikolai Zubarev", "Our instructors are here at the invitation of a legitimate government. They are not "
            "mercenaries, and they will leave when the Central African army no longer needs them,", None),
        (I, "Florence Adjovi", "the mission had taken note of the agreement", None),
        (D, "Florence Adjovi", "We will continue to work with all partners who are committed to protecting civilians "
            "and to the peace process,", None),
        (I, "Human Rights Watch", "Russian fighters and allied Central African troops had killed at least 40 civilians "
            "in the Haute-Kotto region in 2025", None),
        (P, "\u00c9lodie Kassa", "sends a message that abuses carry no cost", None),
        (P, "Aristide Yangongo", "behind the backs of parliament", None),
        (P, "Aristide Yangongo", "handed over", None),
        (I, "Moussa Said", "security on the roads had improved since Russian forces arrived but prices had not come "
            "down", None),
        (D, "Moussa Said", "Before, you could not go to Bria by road. Now the trucks go. But we are still poor,", None),
        (I, "United Nations", "about 2.8 million people in the Central African Republic, nearly half of the "
            "population, need humanitarian assistance", None),
    ],
    "actors": [
        actor("Central African government", "government", affiliation="Central African Republic",
              aliases=["Central African government", "government"], stance=1),
        actor("Serge-Ghislain Ndakala", "person", title="Government spokesman", affiliation="Central African Republic",
              aliases=["Serge-Ghislain Ndakala", "Ndakala"], stance=1),
        actor("Russian foreign ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian foreign ministry"], stance=1),
        actor("Nikolai Zubarev", "person", title="Russian ambassador in Bangui", affiliation="Russia",
              aliases=["Nikolai Zubarev", "Zubarev"], stance=1),
        actor("Florence Adjovi", "person", title="MINUSCA spokesperson", affiliation="MINUSCA (United Nations)",
              aliases=["Florence Adjovi", "Adjovi"], stance=0),
        actor("Human Rights Watch", "organisation", title="rights group", aliases=["Human Rights Watch"], stance=-1),
        actor("\u00c9lodie Kassa", "person", title="Central Africa researcher", affiliation="Human Rights Watch",
              aliases=["\u00c9lodie Kassa", "Kassa"], stance=-1),
        actor("Aristide Yangongo", "person", title="spokesman for the opposition coalition", affiliation="BRDC",
              aliases=["Aristide Yangongo", "Yangongo"], stance=-1),
        actor("Moussa Said", "person", title="trader (PK5 market, Bangui)", aliases=["Moussa Said", "Said"], stance=1),
        actor("United Nations", "organisation", aliases=["United Nations", "UN"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Stabroek News (Guyana) diplomacy (a Venezuelan navy vessel enters Guyana's waters near an oil
#    production vessel), headline "... – Foreign Ministry" without quote marks, byline and date lines,
#    curly “ ” and ’, British punctuation outside fragments, "yesterday". Lede content before "the Ministry
#    of Foreign Affairs and International Cooperation said yesterday"; "In a statement, the ministry said A
#    and described the incursion as “...” of ..." (indirect plus partial); "According to the GDF, A"; scare
#    so-called “Guayana Esequiba” state; minister "told Stabroek News that A and would B" (one span), quote
#    with "Persaud said"; Q&A "Asked whether ..., she said: “...”"; Venezuela's foreign ministry "rejected
#    the Guyanese statement in a communiqué ..., saying its navy had been conducting “...” in waters “...”
#    and that Guyana was acting as a “...”" (three partials; "rejected" is an act), quote with "the
#    communiqué said"; "did not respond to a request for comment"; CARICOM "said the Community stood “...”
#    with Guyana and called on Venezuela to ..." (partial; directive); opposition MP "said the Government
#    needed to explain why ..." (indirect); fisherman "said A", quote with "he said"; lecturer "said the
#    timing, ..., suggested Caracas was “...”, but he cautioned against ..." (partial; act).
ARTICLES["data/eval/dev70/venezuela-navy-vessel-stabroek-block.gold.json"] = {
    "article": "data/eval/dev70/venezuela-navy-vessel-stabroek-block.txt",
    "target": "Venezuela",
    "quotes": [
        (I, "Ministry of Foreign Affairs and International Cooperation", "A Venezuelan navy patrol vessel sailed into "
            "Guyana\u2019s exclusive economic zone on Tuesday and came within eight nautical miles of a floating "
            "production vessel operating in the Stabroek Block", None),
        (I, "Ministry of Foreign Affairs and International Cooperation", "the vessel had ignored repeated radio calls "
            "from the Guyana Defence Force (GDF)", None),
        (P, "Ministry of Foreign Affairs and International Cooperation", "a flagrant violation", None),
        (I, "Guyana Defence Force", "the vessel left Guyana\u2019s waters at about 4.30 pm after being shadowed by two "
            "coast guard boats for nearly three hours", None),
        (S, None, "Guayana Esequiba", None),
        (I, "Nalini Persaud", "the Government had summoned Venezuela\u2019s charg\u00e9 d\u2019affaires in Georgetown "
            "and would brief the ICJ", None),
        (D, "Nalini Persaud", "This is not the first time and, sadly, it will probably not be the last. But every time "
            "it happens, the world is watching, and Venezuela\u2019s isolation grows,", None),
        (D, "Nalini Persaud", "We have partners, and our partners know what is happening. I will not go further than "
            "that.", None),
        (P, "Venezuela\u2019s Ministry of Foreign Affairs", "routine patrols", None),
        (P, "Venezuela\u2019s Ministry of Foreign Affairs", "pending delimitation", None),
        (P, "Venezuela\u2019s Ministry of Foreign Affairs", "spokesman for ExxonMobil", None),
        (D, "Venezuela\u2019s Ministry of Foreign Affairs", "The Bolivarian Republic of Venezuela will not accept faits "
            "accomplis imposed by transnational corporations in a territory that is the subject of a controversy,",
            None),
        (P, "CARICOM Secretariat", "firmly", None),
        (I, "Christopher Yarde", "the Government needed to explain why the vessel had been allowed to remain in "
            "Guyana\u2019s waters for so long", None),
        (I, "Lennox Moses", "Venezuelan coast guard boats regularly stopped Guyanese fishermen near the mouth of the "
            "Waini River", None),
        (D, "Lennox Moses", "They take your catch, sometimes your engine. We are Guyanese, in Guyana waters, and we "
            "have to hide,", None),
        (P, "Marcus Beharry", "playing to a home audience", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs and International Cooperation", "government", title="foreign ministry",
              affiliation="Guyana", aliases=["Ministry of Foreign Affairs and International Cooperation", "ministry",
                                             "Foreign Ministry"], stance=-1),
        actor("Guyana Defence Force", "government", title="armed forces", affiliation="Guyana",
              aliases=["Guyana Defence Force", "GDF"], stance=0),
        actor("Nalini Persaud", "person", title="Foreign Affairs Minister", affiliation="Guyana",
              aliases=["Nalini Persaud", "Persaud"], stance=-1),
        actor("Venezuela\u2019s Ministry of Foreign Affairs", "government", title="foreign ministry",
              affiliation="Venezuela", aliases=["Venezuela\u2019s Ministry of Foreign Affairs", "communiqu\u00e9"],
              stance=1),
        actor("CARICOM Secretariat", "organisation", title="regional secretariat", aliases=["CARICOM Secretariat"],
              stance=-1),
        actor("Christopher Yarde", "person", title="Opposition MP", aliases=["Christopher Yarde", "Yarde"],
              stance=None),
        actor("Lennox Moses", "person", title="fisherman (Mabaruma, Region One)", aliases=["Lennox Moses", "Moses"],
              stance=-1),
        actor("Marcus Beharry", "person", title="international relations lecturer", affiliation="University of Guyana",
              aliases=["Marcus Beharry", "Beharry", "Dr Marcus Beharry"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Texas Tribune education (the state takes over a school district), headline and deck without
#    speech, "by NAME" and "Dec. 3, 2026" lines, curly “ ” and ’, US punctuation inside closing marks.
#    Lede content before "the agency told district officials Wednesday" (with an apposition inside); "In a
#    letter to Superintendent ..., the agency said A"; "It also cited “...” failures in ..." (partial); the
#    writer's explanation of the 2015 law; scare so-called “A-F” system; spokesperson "said the takeover was
#    “...”" (partial only, full stop inside), quote with "Lindqvist said in a statement"; superintendent
#    "told The Texas Tribune A and that B" (one span), quote with "she said"; board president "said A",
#    quote with "he said"; union "called the takeover “...” and said A" (partial plus indirect); "But some
#    parents welcomed the decision" (act); parent "said A", quote with "Jefferson said"; state
#    representative "said he supported the agency's decision “...”" (partial only); "According to TEA data,
#    A".
ARTICLES["data/eval/dev70/cedar-prairie-isd-tea-takeover.gold.json"] = {
    "article": "data/eval/dev70/cedar-prairie-isd-tea-takeover.txt",
    "target": "Texas Education Agency",
    "quotes": [
        (I, "Texas Education Agency", "The Texas Education Agency will take control of the Cedar Prairie Independent "
            "School District, a 9,000-student district east of Waco, and replace its elected trustees with a "
            "state-appointed board of managers", None),
        (I, "Texas Education Agency", "Cedar Prairie High School\u2019s five consecutive failing ratings left it no "
            "choice under state law", None),
        (P, "Texas Education Agency", "persistent and systemic", None),
        (S, None, "A-F", None),
        (P, "Jake Lindqvist", "about students, not politics.", None),
        (D, "Jake Lindqvist", "Every child in Cedar Prairie deserves a school that teaches them to read and do math at "
            "grade level. For five years, that has not happened at the high school,", None),
        (I, "Marisol Fuentes", "the high school had improved its scores in each of the last two years and that the "
            "agency was ignoring that progress", None),
        (D, "Marisol Fuentes", "We did everything they asked. We brought in new teachers, a new principal, a new "
            "curriculum. And now they tell us it counts for nothing,", None),
        (I, "Walter Oyelaran", "trustees would meet Friday to vote on whether to sue the agency", None),
        (D, "Walter Oyelaran", "The people of this community elected us. Austin did not,", None),
        (P, "Texas American Federation of Teachers", "an attack on local democracy", None),
        (I, "Texas American Federation of Teachers", "similar interventions in Houston had driven experienced teachers "
            "out of the classroom", None),
        (I, "Kiara Jefferson", "she had considered moving to another district last year", None),
        (D, "Kiara Jefferson", "I don\u2019t care who runs it, Austin or the board. I just want my son to graduate "
            "ready for college,", None),
        (P, "Dale Pruett", "with a heavy heart.", None),
        (I, "Texas Education Agency", "38% of Cedar Prairie High students met grade-level standards in reading last "
            "spring, compared with 54% statewide", None),
    ],
    "actors": [
        actor("Texas Education Agency", "government", title="state education agency", affiliation="Texas",
              aliases=["Texas Education Agency", "TEA", "agency"], stance=1),
        actor("Jake Lindqvist", "person", title="TEA spokesperson", affiliation="Texas Education Agency",
              aliases=["Jake Lindqvist", "Lindqvist"], stance=1),
        actor("Marisol Fuentes", "person", title="Superintendent", affiliation="Cedar Prairie ISD",
              aliases=["Marisol Fuentes", "Fuentes"], stance=-1),
        actor("Walter Oyelaran", "person", title="School board President", affiliation="Cedar Prairie ISD",
              aliases=["Walter Oyelaran", "Oyelaran"], stance=-1),
        actor("Texas American Federation of Teachers", "organisation", title="teachers' union",
              aliases=["Texas American Federation of Teachers"], stance=-1),
        actor("Kiara Jefferson", "person", title="parent", aliases=["Kiara Jefferson", "Jefferson"], stance=1),
        actor("Dale Pruett", "person", title="State Rep. (Republican)", affiliation="Texas House of Representatives",
              aliases=["Dale Pruett", "Pruett"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Racing Post (a trainer fined and two winners disqualified after positive tests), headline and
#    standfirst without speech, byline and "3 December 2026 • 6:47pm" lines, curly “ ” and ’, British
#    punctuation outside fragments, horse names that look like phrases about speech (Quiet Word, Fair
#    Warning), "Read more:" lines. Trainer "had argued that A" (indirect); panel "in its written reasons
#    ..., said Ashby had “...” that the feed was the source and that B" (partial plus indirect), quote with
#    "the panel wrote"; scare so-called “strict liability” rule; trainer "said he was “...” by the decision"
#    (partial only), quote with "he told the Racing Post" and a quote-only paragraph; Q&A "Asked whether he
#    would appeal, he said: “...”" (Harriet inside the quote is his solicitor); solicitor "said the panel had
#    “...” for trainers who ..." (partial only); feed firm "denied its product was the source and said its
#    mill was “...”" (indirect plus partial); anonymous NTF spokesperson "said trainers were “...” of feed
#    suppliers, who ..." (partial only); owner "said A", quote with "Pennock said"; BHA "said in a statement
#    that the outcome showed its ... programme was “...”" (partial only).
ARTICLES["data/eval/dev70/ashby-fined-quiet-word-fair-warning.gold.json"] = {
    "article": "data/eval/dev70/ashby-fined-quiet-word-fair-warning.txt",
    "target": "Gideon Ashby",
    "quotes": [
        (I, "Gideon Ashby", "contaminated feed was to blame for the traces found in both horses", None),
        (P, "independent disciplinary panel", "failed to produce any reliable evidence", None),
        (I, "independent disciplinary panel", "a second batch from the same supplier, tested by the BHA, was found to "
            "be clean", None),
        (D, "independent disciplinary panel", "The trainer\u2019s responsibility for the condition of his horses is "
            "absolute, and the panel cannot treat a theory as if it were evidence,", None),
        (S, None, "strict liability", None),
        (P, "Gideon Ashby", "gutted", None),
        (D, "Gideon Ashby", "I have never knowingly given a horse anything it shouldn\u2019t have had, and everybody who "
            "knows this yard knows that,", None),
        (D, "Gideon Ashby", "We had the feed tested ourselves and the lab found flunixin in it. I don\u2019t know what "
            "more I could have done.", None),
        (D, "Gideon Ashby", "I\u2019ll sit down with Harriet and the owners first. Twelve grand is a lot of money, but "
            "it\u2019s my name I care about.", None),
        (P, "Harriet Quayle", "set the bar impossibly high", None),
        (I, "Heathfield Feeds", "its product was the source", None),
        (P, "Heathfield Feeds", "free of any veterinary medicines", None),
        (P, "National Trainers Federation spokesperson", "at the mercy", None),
        (I, "Terry Pennock", "he would keep all four of his horses with Ashby", None),
        (D, "Terry Pennock", "Gideon has been straight with me from day one. I\u2019m not going anywhere,", None),
        (P, "British Horseracing Authority", "working as it should", None),
    ],
    "actors": [
        actor("Gideon Ashby", "person", title="Lambourn racehorse trainer",
              aliases=["Gideon Ashby", "Ashby", "Gideon"], stance=1),
        actor("independent disciplinary panel", "organisation", title="BHA's independent disciplinary panel",
              affiliation="British Horseracing Authority", aliases=["independent disciplinary panel", "panel"],
              stance=-1),
        actor("Harriet Quayle", "person", title="solicitor", affiliation="Gideon Ashby",
              aliases=["Harriet Quayle", "Quayle", "Harriet"], stance=1),
        actor("Heathfield Feeds", "organisation", title="feed supplier", aliases=["Heathfield Feeds"], stance=-1),
        actor("National Trainers Federation spokesperson", "person", title="anonymous spokesperson",
              affiliation="National Trainers Federation", aliases=["National Trainers Federation spokesperson"],
              stance=1),
        actor("Terry Pennock", "person", title="owner of Quiet Word", aliases=["Terry Pennock", "Pennock"], stance=1),
        actor("British Horseracing Authority", "organisation", title="racing regulator",
              aliases=["British Horseracing Authority", "BHA"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
