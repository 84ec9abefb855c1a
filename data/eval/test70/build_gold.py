"""Build the test70 gold files (data/eval/test70/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test70/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test70.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test70"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kloop (Kyrgyzstan, English; migration/diplomacy: Kyrgyz migrants refused entry at Moscow airports),
#    headline "..., Foreign Ministry says" (no quote: not annotated), "Kloop" and date lines, straight " and
#    apostrophes. Lede content before "Kyrgyzstan's Foreign Ministry said on Tuesday"; "The ministry said it had
#    handed a note ... requesting "..." of ... and that B" (partial plus indirect); content before "according to
#    the ministry"; deputy minister "told journalists that A", "Ormonov said"; embassy "said in a statement that
#    all entry decisions were taken "..." and that B" (partial plus indirect); Interior Ministry "said the
#    refusals were linked to ... a new register of "..."" (partial only), quote with "the ministry said in a
#    comment to the TASS news agency"; "All of them said A" (the six migrants); builder "said A", quote with "he
#    told Kloop" (containing an unmarked "an officer said: ..."), then a quote-only paragraph; lawyer "said the
#    register was being used "..." and that B", "Gritsenko said"; MP "called on the government to suspend ..."
#    (directive, not annotated); "According to the State Migration Service, A"; "did not respond" (not
#    annotated).
ARTICLES[f"{BATCH}/vnukovo-kyrgyz-migrants-refused.gold.json"] = {
    "article": f"{BATCH}/vnukovo-kyrgyz-migrants-refused.txt",
    "target": "Russia",
    "quotes": [
        (I, "Foreign Ministry", "Russian border officials refused entry to 287 citizens of Kyrgyzstan at Moscow's Vnukovo "
            "and Domodedovo airports between November 23 and November 30", None),
        (P, "Foreign Ministry", "a detailed explanation", None),
        (I, "Foreign Ministry", "consular staff in Moscow were assisting citizens held in airport transit zones", None),
        (I, "Foreign Ministry", "Most of those turned back were labour migrants returning to jobs in Russia after "
            "visiting their families", None),
        (I, "Azamat Ormonov", "Bishkek regarded the refusals as inconsistent with the rules of the Eurasian Economic "
            "Union, of which both countries are members", None),
        (D, "Azamat Ormonov", "Citizens of Kyrgyzstan have the right to work in Russia without a permit. We expect our "
            "partners to respect the agreements we have signed together,", None),
        (P, "Russian Embassy in Bishkek", "in strict accordance with Russian legislation", None),
        (I, "Russian Embassy in Bishkek", "many of those refused had violated migration rules during previous stays",
            None),
        (P, "Interior Ministry", "controlled persons", None),
        (D, "Interior Ministry", "Inclusion in the register is not a punishment. It is the consequence of a foreigner's "
            "own actions, and anyone can check their status online,", None),
        (I, "six of the migrants who were turned back", "they had not been told why they were refused entry", None),
        (I, "Nurbek Toktogulov", "he had spent two nights in the transit zone at Vnukovo before being put on a flight "
            "back to Bishkek", None),
        (D, "Nurbek Toktogulov", "They took my passport and my phone. Nobody told me anything. On the second day an "
            "officer said: you are banned for ten years, go home,", None),
        (D, "Nurbek Toktogulov", "I have worked in Moscow for eight years. I have never had a fine. Not one.", None),
        (P, "Valentina Gritsenko", "as a tool of mass expulsion", None),
        (I, "Valentina Gritsenko", "many people found out they were on it only at the border", None),
        (D, "Valentina Gritsenko", "The database is full of mistakes, and there is no working procedure to get your "
            "name removed,", None),
        (I, "State Migration Service", "around 350,000 citizens of Kyrgyzstan currently work in Russia, and their "
            "remittances account for almost a fifth of the country's GDP", None),
    ],
    "actors": [
        actor("Foreign Ministry", "government", title="foreign ministry", affiliation="Kyrgyzstan",
              aliases=["Foreign Ministry", "ministry"], stance=-1),
        actor("Azamat Ormonov", "person", title="Deputy Foreign Minister", affiliation="Kyrgyzstan",
              aliases=["Azamat Ormonov", "Ormonov"], stance=-1),
        actor("Russian Embassy in Bishkek", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Bishkek", "Russian Embassy"], stance=1),
        actor("Interior Ministry", "government", title="interior ministry", affiliation="Russia",
              aliases=["Interior Ministry", "ministry"], stance=1),
        actor("six of the migrants who were turned back", "group", title="migrants refused entry",
              aliases=["six of the migrants who were turned back"], stance=-1),
        actor("Nurbek Toktogulov", "person", title="builder from Osh", aliases=["Nurbek Toktogulov", "Toktogulov"],
              stance=-1),
        actor("Valentina Gritsenko", "person", title="human rights lawyer",
              aliases=["Valentina Gritsenko", "Gritsenko"], stance=-1),
        actor("State Migration Service", "government", title="migration service", affiliation="Kyrgyzstan",
              aliases=["State Migration Service"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Building Design (BD, UK architecture trade press: a practice closes a studio), headline and standfirst
#    without speech, byline and "4 December, 2026" lines, curly “ ” and ’. "..., BD can reveal" (no cue);
#    "The firm ... told staff ... that A"; "A spokesperson for the practice confirmed that A and that B" (one
#    span); founding partner "said A", quote with "Hale told BD" and a quote-only paragraph, "He said A";
#    anonymous architect "said employees had been assured ... that the office was “...” and had been encouraged
#    ..." (partial only), quote split by "the architect said"; union "said A"; organiser "described the
#    consultation process as “...” and said A" (partial plus indirect), "he said"; scare so-called “studio
#    realignment”; client "said A", then a quote with "a spokesperson for Irwell Homes said"; "According to the
#    latest RIBA Future Trends survey, A".
ARTICLES[f"{BATCH}/carrow-hale-manchester-studio.gold.json"] = {
    "article": f"{BATCH}/carrow-hale-manchester-studio.txt",
    "target": "Carrow Hale Architects",
    "quotes": [
        (I, "Carrow Hale Architects", "it would consolidate its work into its London and Bristol offices from the end of "
            "February", None),
        (I, "spokesperson for the practice", "41 of the roles were in Manchester and that the remaining 17 were in "
            "London, mostly in its interiors team", None),
        (I, "Simon Hale", "the decision had been forced by a sharp fall in commissions from universities and later-living "
            "developers, which together made up more than half of the studio\u2019s workload in 2024", None),
        (D, "Simon Hale", "We have tried everything to keep Manchester open. We held on for 18 months longer than the "
            "numbers said we should,", None),
        (D, "Simon Hale", "This is the hardest decision I have taken in 30 years of running this practice, and I take "
            "full responsibility for it.", None),
        (I, "Simon Hale", "affected staff would receive enhanced redundancy terms and help finding new roles", None),
        (P, "architect at the Manchester studio", "secure", None),
        (D, "architect at the Manchester studio", "Two of my colleagues turned down jobs in the summer because we were "
            "told there was nothing to worry about,", None),
        (D, "architect at the Manchester studio", "That is what people are angry about.", None),
        (I, "Section of Architectural Workers", "it had been contacted by more than 20 Carrow Hale employees since "
            "Tuesday\u2019s meeting", None),
        (P, "Jonah Pryce", "a box-ticking exercise", None),
        (I, "Jonah Pryce", "the union would demand that the practice publish the business case for the closure", None),
        (D, "Jonah Pryce", "Architects are told to be grateful for their jobs and to keep quiet. This is where that "
            "culture leads,", None),
        (S, None, "studio realignment", None),
        (I, "Irwell Homes", "it had been assured that the project would continue without interruption under the London "
            "team", None),
        (D, "spokesperson for Irwell Homes", "We have every confidence in Carrow Hale and in the team that will take the "
            "scheme forward,", None),
        (I, "RIBA", "workload expectations in the North West fell for the fifth consecutive month in November", None),
    ],
    "actors": [
        actor("Carrow Hale Architects", "organisation", title="architecture practice",
              aliases=["Carrow Hale Architects", "Carrow Hale", "firm", "practice"], stance=1),
        actor("spokesperson for the practice", "person", title="spokesperson", affiliation="Carrow Hale Architects",
              aliases=["spokesperson for the practice"], stance=1),
        actor("Simon Hale", "person", title="founding partner", affiliation="Carrow Hale Architects",
              aliases=["Simon Hale", "Hale"], stance=1),
        actor("architect at the Manchester studio", "person", title="anonymous architect",
              affiliation="Carrow Hale Architects", aliases=["architect at the Manchester studio"], stance=-1),
        actor("Section of Architectural Workers", "organisation", title="union branch",
              affiliation="United Voices of the World",
              aliases=["Section of Architectural Workers", "SAW"], stance=-1),
        actor("Jonah Pryce", "person", title="SAW organiser", affiliation="Section of Architectural Workers",
              aliases=["Jonah Pryce", "Pryce"], stance=-1),
        actor("Irwell Homes", "organisation", title="housing association", aliases=["Irwell Homes"], stance=1),
        actor("spokesperson for Irwell Homes", "person", title="spokesperson", affiliation="Irwell Homes",
              aliases=["spokesperson for Irwell Homes"], stance=1),
        actor("RIBA", "organisation", title="Royal Institute of British Architects", aliases=["RIBA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Local Norway (sport: a skier left off the World Cup team after a sponsor row), headline without
#    speech, "Published: 3 December 2026 11:52 CET" line, no byline, straight " and apostrophes, Norwegian
#    letters (Løvold, Rønning, Åse). Federation "confirmed ... that Løvold, 27, would not be selected "..."" (partial
#    only), "In a statement, the federation said A and that B"; content before "according to newspaper VG";
#    skier "She wrote: "..."" (colon: direct); coach "told public broadcaster NRK that he had "..." for ... and
#    hoped ..." (partial only), "Rønning said"; teammate named Storm "said on NRK's Sportsrevyen ... that A",
#    "Storm said"; athletes' association "said it had offered A and that ... raised "..." about ..." (indirect
#    plus partial); Q&A "Asked whether ..., federation secretary general Åse Brekke replied: "...""; "Brekke
#    said A"; sponsor "said it did not comment ... and that it was "..." to ..." (indirect plus partial);
#    commentator "said A", "he said"; "According to Skiforbundet, A".
ARTICLES[f"{BATCH}/lovold-ski-team-sponsor-row.gold.json"] = {
    "article": f"{BATCH}/lovold-ski-team-sponsor-row.txt",
    "target": "Marte L\u00f8vold",
    "quotes": [
        (P, "Norwegian Ski Federation", "until the matter is resolved", None),
        (I, "Norwegian Ski Federation", "all athletes on the national team were required to sign the same contract and "
            "that it could not make exceptions for individual skiers", None),
        (I, "VG", "L\u00f8vold has objected to its clauses requiring athletes to appear in the sponsor's advertising",
            None),
        (D, "Marte L\u00f8vold", "I love skiing for Norway. But I cannot stand in an advert for a company whose business "
            "makes the winters I grew up with disappear. I have asked for one exception, not for special treatment.",
            None),
        (P, "Stig R\u00f8nning", "enormous respect", None),
        (D, "Stig R\u00f8nning", "The door is not closed. But the rules are the same for everyone, and I cannot pick a "
            "team based on who has signed and who has not,", None),
        (I, "Kari Storm", "several skiers shared L\u00f8vold's concerns but were afraid to speak out", None),
        (D, "Kari Storm", "Marte is saying what a lot of us think. She is just braver than the rest of us,", None),
        (I, "Norsk Idrettsut\u00f8verforbund", "it had offered L\u00f8vold legal assistance", None),
        (P, "Norsk Idrettsut\u00f8verforbund", "serious questions", None),
        (D, "\u00c5se Brekke", "We are not there. We hope to find a solution.", None),
        (I, "\u00c5se Brekke", "the federation had already made changes to the contract after talks with athletes in "
            "the autumn", None),
        (I, "sponsor", "it did not comment on individual athletes", None),
        (P, "sponsor", "proud", None),
        (I, "Vegard Moen", "both sides had a point", None),
        (D, "Vegard Moen", "The federation needs money, and the money has to come from somewhere. But you cannot force a "
            "27-year-old to become a poster girl for something she does not believe in,", None),
        (I, "Norwegian Ski Federation", "sponsorship accounts for about 60 percent of the federation's income", None),
    ],
    "actors": [
        actor("Norwegian Ski Federation", "organisation", title="national ski federation",
              aliases=["Norwegian Ski Federation", "Skiforbundet", "federation"], stance=-1),
        actor("VG", "organisation", title="newspaper", aliases=["VG"], stance=None),
        actor("Marte L\u00f8vold", "person", title="cross-country skier", aliases=["Marte L\u00f8vold", "L\u00f8vold"],
              stance=1),
        actor("Stig R\u00f8nning", "person", title="women's head coach", affiliation="Norwegian Ski Federation",
              aliases=["Stig R\u00f8nning", "R\u00f8nning"], stance=0),
        actor("Kari Storm", "person", title="cross-country skier", affiliation="Norwegian national team",
              aliases=["Kari Storm", "Storm"], stance=1),
        actor("Norsk Idrettsut\u00f8verforbund", "organisation", title="athletes' association",
              aliases=["Norsk Idrettsut\u00f8verforbund"], stance=1),
        actor("\u00c5se Brekke", "person", title="secretary general", affiliation="Norwegian Ski Federation",
              aliases=["\u00c5se Brekke", "Brekke"], stance=0),
        actor("sponsor", "organisation", title="main sponsor of the national team", aliases=["sponsor"], stance=None),
        actor("Vegard Moen", "person", title="commentator, former Olympic champion", aliases=["Vegard Moen", "Moen"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Delfi EN (Lithuania; climate/local: a national park freezes new holiday rentals), headline without speech,
#    "Delfi EN" and "2026-12-03 16:40" lines, curly “ ” and ’, Lithuanian names (Jankauskienė, Žilinskienė).
#    Lede "..., citing ..." (no cue); "The directorate said on Thursday that A and B" (one span); director "told
#    Delfi that A", "Jankauskienė said" and a quote-only paragraph; "The decision angered many local businesses."
#    (no cue); mayor "said A and described the moratorium as “....”" (indirect plus partial, full stop inside),
#    "Vaitkus said", "He said A"; guesthouse owner "said A", "she said"; ministry "said in a written comment that
#    A and that B" (one span); geologist "said the data on erosion were “...” but that B" (partial plus
#    indirect), "he said"; "According to the directorate, A"; scare so-called “carrying capacity” study;
#    "Jankauskienė said A".
ARTICLES[f"{BATCH}/neringa-dune-rental-moratorium.gold.json"] = {
    "article": f"{BATCH}/neringa-dune-rental-moratorium.txt",
    "target": "Curonian Spit National Park Directorate",
    "quotes": [
        (I, "Curonian Spit National Park Directorate", "the moratorium would apply from January 1 and would not affect "
            "existing licences", None),
        (I, "Rasa Jankauskien\u0117", "visitor numbers had grown by almost 40 percent since 2019, while the dunes had "
            "lost an average of 1.2 metres in height over the same period", None),
        (D, "Rasa Jankauskien\u0117", "We are a national park, not a resort. If we do nothing now, in twenty years there "
            "will be nothing here for tourists to come and see,", None),
        (D, "Rasa Jankauskien\u0117", "Nobody is closing the Spit. We are asking people to stay within limits that the "
            "nature here can bear.", None),
        (I, "Tomas Vaitkus", "the municipality had not been consulted", None),
        (P, "Tomas Vaitkus", "a blow to families who have lived from tourism for generations.", None),
        (D, "Tomas Vaitkus", "The directorate makes decisions in Vilnius offices and we in Neringa pay for them,", None),
        (I, "Tomas Vaitkus", "the municipality would ask the Environment Ministry to review the decision", None),
        (I, "Ieva \u017dilinskien\u0117", "she had already paid an architect and a surveyor", None),
        (D, "Ieva \u017dilinskien\u0117", "Nobody told us anything. I found out from the news, like everyone else,", None),
        (I, "Environment Ministry", "it supported the directorate\u2019s aim of protecting the dunes and that it would "
            "meet representatives of the municipality before the end of the year", None),
        (P, "Jonas Petraitis", "unambiguous", None),
        (I, "Jonas Petraitis", "visitor numbers were only one of several factors", None),
        (D, "Jonas Petraitis", "Storms are stronger and more frequent, and the wind is doing most of the damage. Limiting "
            "rentals will help, but it will not save the dune on its own,", None),
        (I, "Curonian Spit National Park Directorate", "around 1.1 million people visited the Curonian Spit in 2025, most "
            "of them between June and August", None),
        (S, None, "carrying capacity", None),
        (I, "Rasa Jankauskien\u0117", "it would be published in January", None),
    ],
    "actors": [
        actor("Curonian Spit National Park Directorate", "government", title="national park authority",
              affiliation="Lithuania", aliases=["Curonian Spit National Park Directorate", "directorate"], stance=1),
        actor("Rasa Jankauskien\u0117", "person", title="Director", affiliation="Curonian Spit National Park Directorate",
              aliases=["Rasa Jankauskien\u0117", "Jankauskien\u0117"], stance=1),
        actor("Tomas Vaitkus", "person", title="Neringa mayor", affiliation="Neringa municipality",
              aliases=["Tomas Vaitkus", "Vaitkus"], stance=-1),
        actor("Ieva \u017dilinskien\u0117", "person", title="guesthouse owner",
              aliases=["Ieva \u017dilinskien\u0117", "\u017dilinskien\u0117"], stance=-1),
        actor("Environment Ministry", "government", title="ministry", affiliation="Lithuania",
              aliases=["Environment Ministry"], stance=1),
        actor("Jonas Petraitis", "person", title="coastal geologist", affiliation="Klaip\u0117da University",
              aliases=["Jonas Petraitis", "Petraitis"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
