"""Build the dev166 gold files (data/eval/dev166/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev166/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev166.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev166"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Vancouver Sun (Postmedia) sanctions/shipping: a Russian-linked freighter held at anchor. Headline and
#    standfirst without speech, byline and "Published ... • Last updated ... • 4 minute read" line, straight
#    " and apostrophes, American punctuation inside closing marks, "Nov. 23". Lede content before "the Canada
#    Border Services Agency confirmed Tuesday"; agency "said it was "..." and declined to comment" (partial;
#    act); embassy "called the detention "..." and said A" (partial plus indirect); spokesperson's quote
#    split by "embassy spokesperson Kirill Lebedev told Postmedia in an email"; "Lebedev said A and that B";
#    scare so-called "shadow fleet"; minister "would not discuss ... but said Canada would "..." to stop ...
#    through "..."" (two partials), quote split by "Caron said in Ottawa"; ship's agent "said the owners had
#    supplied "..." and that they were considering ..." (partial plus indirect); "said Paul Grewal,
#    Westshore's managing director" after the quote; lawyer "said A", then "she said"; UCC "welcomed ... and
#    said seizing ... would be "..."" (partial only); port authority "said A and that B".
ARTICLES[f"{BATCH}/vancouver-freighter-held-sanctions-russia.gold.json"] = {
    "article": f"{BATCH}/vancouver-freighter-held-sanctions-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Canada Border Services Agency", "A bulk carrier that arrived in Vancouver to load potash last month has been "
            "barred from leaving port while federal officials investigate whether it is secretly owned by a Russian "
            "state company", None),
        (P, "Canada Border Services Agency", "working closely with Global Affairs Canada", None),
        (P, "Russia's embassy in Ottawa", "an act of economic piracy", None),
        (I, "Russia's embassy in Ottawa", "the ship had no connection to the Russian state", None),
        (D, "Kirill Lebedev", "Canada is once again punishing ordinary sailors and private businesses for political "
            "reasons,", None),
        (D, "Kirill Lebedev", "The crew has done nothing wrong. They want to go home to their families.", None),
        (I, "Kirill Lebedev", "19 of the 22 crew members were Russian citizens and that the embassy had sent a consular "
            "officer to visit them on Friday", None),
        (S, None, "shadow fleet", None),
        (P, "Denise Caron", "use every tool we have", None),
        (P, "Denise Caron", "shell companies and flags of convenience.", None),
        (D, "Denise Caron", "If a ship is owned by a sanctioned Russian entity, it doesn't matter what flag is painted on "
            "the stern,", None),
        (D, "Denise Caron", "It doesn't load in Canada.", None),
        (P, "Westshore Maritime Services", "every document the government has asked for", None),
        (I, "Westshore Maritime Services", "they were considering legal action against Ottawa", None),
        (D, "Paul Grewal", "Every day that ship sits at anchor costs our client about $30,000,", None),
        (I, "Naomi L\u00e9vesque", "the case could become a test of how far the government is prepared to go", None),
        (D, "Naomi L\u00e9vesque", "This is the first time I've seen a ship held on the basis of suspected beneficial "
            "ownership rather than a name on a list,", None),
        (P, "B.C. Provincial Council of the Ukrainian Canadian Congress", "the least Canada can do.", None),
        (I, "Vancouver Fraser Port Authority", "the matter was for federal agencies and that operations at the Neptune "
            "terminal, where the ship had been due to load, were not affected", None),
    ],
    "actors": [
        actor("Canada Border Services Agency", "government", title="border agency", affiliation="Canada",
              aliases=["Canada Border Services Agency", "agency"], stance=0),
        actor("Russia's embassy in Ottawa", "government", title="embassy", affiliation="Russia",
              aliases=["Russia's embassy in Ottawa", "embassy"], stance=1),
        actor("Kirill Lebedev", "person", title="embassy spokesperson", affiliation="Russia's embassy in Ottawa",
              aliases=["Kirill Lebedev", "Lebedev"], stance=1),
        actor("Denise Caron", "person", title="Foreign Affairs Minister", affiliation="Canada",
              aliases=["Denise Caron", "Caron"], stance=-1),
        actor("Westshore Maritime Services", "organisation", title="ship's agent in Vancouver",
              aliases=["Westshore Maritime Services", "Westshore"], stance=None),
        actor("Paul Grewal", "person", title="managing director", affiliation="Westshore Maritime Services",
              aliases=["Paul Grewal", "Grewal"], stance=None),
        actor("Naomi L\u00e9vesque", "person", title="trade lawyer",
              aliases=["Naomi L\u00e9vesque", "L\u00e9vesque"], stance=0),
        actor("B.C. Provincial Council of the Ukrainian Canadian Congress", "organisation", title="community group",
              aliases=["B.C. Provincial Council of the Ukrainian Canadian Congress", "Ukrainian Canadian Congress"],
              stance=-1),
        actor("Vancouver Fraser Port Authority", "organisation", title="port authority",
              aliases=["Vancouver Fraser Port Authority"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Insurance Post (UK insurance trade press) regulation: the FCA fines a motor insurer. Headline with a
#    straight single fragment "FCA fines Calder Mutual £8.4m over 'unfair' total-loss payouts" (speaker the
#    FCA, the entity the headline names as acting), standfirst without speech, "By" byline and date line,
#    British straight " with punctuation outside fragments, "£8.4m", "Read more" box with two headlines.
#    "The regulator said A"; FCA "said Calder had relied on a tool that was "..." and that managers ... but
#    "..."" (two partials only); enforcement director "said: "..."", "She added that the regulator expected
#    ... "..."" (partial only); content before "the FCA said"; insurer "said it "..." the findings and
#    apologised" (partial; act), "It noted that A"; CEO's quote split by "chief executive Andrew Ogunleye
#    said", "Ogunleye, who ..., said A and that B"; ombudsman "said A"; brokers' body official "said brokers
#    had raised the issue with Calder "..." from ..." (partial only), then "she said"; anonymous former claims
#    handler "told Insurance Post that A", then singular "they said"; Which? "said the fine was "..." ... and
#    called on the FCA to ..." (partial; directive).
ARTICLES[f"{BATCH}/calder-mutual-fca-fine-total-loss.gold.json"] = {
    "article": f"{BATCH}/calder-mutual-fca-fine-total-loss.txt",
    "target": "Calder Mutual",
    "quotes": [
        (P, "Financial Conduct Authority", "unfair", None),
        (I, "Financial Conduct Authority", "the Leeds-based mutual had paid around 41,000 customers less than the market "
            "value of their vehicles between 2022 and 2025, leaving them on average \u00a3612 short", None),
        (P, "Financial Conduct Authority", "not fit for purpose", None),
        (P, "Financial Conduct Authority", "took no meaningful action", None),
        (D, "Helen Marwick", "Customers whose cars are written off are often at their most stretched. They are entitled "
            "to expect a fair settlement, not one designed around the insurer's margins.", None),
        (P, "Helen Marwick", "as a matter of urgency", None),
        (I, "Financial Conduct Authority", "It has already paid \u00a323.1m in redress to affected customers", None),
        (P, "Calder Mutual", "fully accepted", None),
        (I, "Calder Mutual", "the problem had first been identified by its own internal audit team, which reported it to "
            "the regulator in 2024", None),
        (D, "Andrew Ogunleye", "We got this wrong, and we are sorry,", None),
        (D, "Andrew Ogunleye", "Every affected customer has now been contacted, and the vast majority have received their "
            "payment.", None),
        (I, "Andrew Ogunleye", "the valuation tool had been replaced and that claims staff could now override its figures "
            "without seeking a manager's sign-off", None),
        (I, "Financial Ombudsman Service", "total-loss valuations had been the single largest source of the motor "
            "complaints it received last year, accounting for nearly one in five", None),
        (P, "Nadia Fairweather", "repeatedly", None),
        (D, "Nadia Fairweather", "Brokers were often the ones sitting between an angry customer and an insurer that "
            "wouldn't budge,", None),
        (I, "One former claims handler", "staff had been discouraged from challenging the tool's valuations", None),
        (D, "One former claims handler", "If you went above the figure, you had to justify it to a team leader, and most "
            "people just didn't bother,", None),
        (P, "Which?", "a drop in the ocean", None),
    ],
    "actors": [
        actor("Financial Conduct Authority", "government", title="financial regulator", affiliation="UK",
              aliases=["Financial Conduct Authority", "FCA", "regulator"], stance=-1),
        actor("Helen Marwick", "person", title="executive director of enforcement and market oversight",
              affiliation="Financial Conduct Authority", aliases=["Helen Marwick", "Marwick"], stance=-1),
        actor("Calder Mutual", "organisation", title="motor insurer", aliases=["Calder Mutual", "Calder"], stance=1),
        actor("Andrew Ogunleye", "person", title="chief executive", affiliation="Calder Mutual",
              aliases=["Andrew Ogunleye", "Ogunleye"], stance=1),
        actor("Financial Ombudsman Service", "organisation", title="ombudsman",
              aliases=["Financial Ombudsman Service"], stance=None),
        actor("Nadia Fairweather", "person", title="head of technical services",
              affiliation="British Insurance Brokers' Association", aliases=["Nadia Fairweather", "Fairweather"],
              stance=-1),
        actor("One former claims handler", "person", title="anonymous former claims handler", affiliation="Calder Mutual",
              aliases=["One former claims handler"], stance=-1),
        actor("Which?", "organisation", title="consumer group", aliases=["Which?"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Grand Forks Herald college sport: a conference suspends UND's leading scorer. Headline and standfirst
#    without speech, curly “ ” and ’, byline with "Grand Forks Herald" and a timestamp line, dateline
#    "GRAND FORKS —", American punctuation inside closing marks, contact line at the end. Lede content
#    before "the National Collegiate Hockey Conference announced Monday"; conference "said Ness made "..."
#    with ..., and that B" (partial plus indirect); "Denver said Monday A" (the university); "apologized in a
#    statement" (act); player's quote split by "Ness said"; coach "said the program would not appeal, though
#    he was quick to defend his player" (indirect; act), quote split by "Hartwig said"; Q&A "Asked whether
#    ..., Hartwig paused. “...,” he said. “...”"; rival coach "said the hit was “...” and called the
#    suspension “...”" (two partials), then "he said"; brothers sharing the surname: "the younger Ness said"
#    is Brody Ness; "According to a person familiar with the review, A"; analyst "said on air ... that he had
#    watched the replay “...” and that it was “...”" (two partials).
ARTICLES[f"{BATCH}/und-hockey-ness-suspension.gold.json"] = {
    "article": f"{BATCH}/und-hockey-ness-suspension.txt",
    "target": "Jaxon Ness",
    "quotes": [
        (I, "National Collegiate Hockey Conference", "North Dakota senior forward Jaxon Ness has been suspended four "
            "games for a check to the head of Denver defenseman Luca Pellegrino", None),
        (P, "National Collegiate Hockey Conference", "forcible and avoidable contact", None),
        (I, "National Collegiate Hockey Conference", "the hit met the standard for supplemental discipline even though no "
            "penalty was called on the play", None),
        (I, "Denver", "he had been diagnosed with a concussion and would be out indefinitely", None),
        (D, "Jaxon Ness", "I went in to finish a clean check and he turned at the last second,", None),
        (D, "Jaxon Ness", "I never meant to hurt anybody. I\u2019ve reached out to Luca and I hope he\u2019s back on the "
            "ice soon.", None),
        (I, "Dale Hartwig", "the program would not appeal", None),
        (D, "Dale Hartwig", "Jaxon isn\u2019t that kind of player. Anyone who\u2019s watched him for four years knows "
            "that,", None),
        (D, "Dale Hartwig", "But the conference has a job to do, and we respect the process.", None),
        (D, "Dale Hartwig", "I think it\u2019s on the high end,", None),
        (D, "Dale Hartwig", "That\u2019s as far as I\u2019ll go.", None),
        (P, "Rick Sundby", "exactly the kind of hit the league says it wants out of the game", None),
        (P, "Rick Sundby", "about right.", None),
        (D, "Rick Sundby", "Our kid got hurt on a play that shouldn\u2019t happen,", None),
        (D, "Brody Ness", "It\u2019s tough, obviously. He\u2019s our best player and he\u2019s my brother,", None),
        (D, "Brody Ness", "But we\u2019ve got 25 other guys in that room.", None),
        (I, "a person familiar with the review", "the panel considered a five-game ban before settling on four because "
            "Ness had no previous disciplinary record", None),
        (P, "Tyler Moen", "probably 20 times", None),
        (P, "Tyler Moen", "a hockey play, nothing more.", None),
    ],
    "actors": [
        actor("National Collegiate Hockey Conference", "organisation", title="college hockey conference",
              aliases=["National Collegiate Hockey Conference"], stance=-1),
        actor("Denver", "organisation", title="University of Denver hockey program", aliases=["Denver"], stance=None),
        actor("Jaxon Ness", "person", title="senior forward", affiliation="University of North Dakota",
              aliases=["Jaxon Ness", "Ness", "Jaxon"], stance=1),
        actor("Dale Hartwig", "person", title="UND coach", affiliation="University of North Dakota",
              aliases=["Dale Hartwig", "Hartwig"], stance=1),
        actor("Rick Sundby", "person", title="Denver coach", affiliation="University of Denver",
              aliases=["Rick Sundby", "Sundby"], stance=-1),
        actor("Brody Ness", "person", title="freshman defenseman", affiliation="University of North Dakota",
              aliases=["Brody Ness", "Ness"], stance=1),
        actor("a person familiar with the review", "person", title="anonymous source",
              aliases=["a person familiar with the review"], stance=0),
        actor("Tyler Moen", "person", title="former UND captain, Midco Sports analyst",
              aliases=["Tyler Moen", "Moen"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Foroyaa (The Gambia) local news: market vendors reject a municipal relocation order. Title Case headline
#    without quotes, "By" byline, no dateline, straight " and apostrophes, Gambian usage ("Madam Sarr",
#    "Hon. Touray", "PRO Jobe", "told this reporter", "When contacted", "she lamented"). Lede participial
#    "have rejected an order ..., saying A" (the vendors); council "said the relocation was necessary to allow
#    the "..." of the market" (partial only), "It described A as B"; association president "said A but that
#    B" (one span), quote with "she said", "Madam Sarr said A and that B", question with "she asked"; vendor
#    "said A", quote with "she lamented"; PRO "said the Council had held "..." since June and that B"
#    (partial plus indirect), "According to him, A and B", quote with "PRO Jobe said"; NAM "urged the Council
#    to extend ... to "..."" (directive; partial), quote with "Hon. Touray said"; anonymous ministry official
#    "told this reporter that A"; police "said officers would be deployed "..." but that B" (partial plus
#    indirect); closing "The vendors said A".
ARTICLES[f"{BATCH}/kmc-serrekunda-market-relocation.gold.json"] = {
    "article": f"{BATCH}/kmc-serrekunda-market-relocation.txt",
    "target": "Kanifing Municipal Council",
    "quotes": [
        (I, "The vendors", "the new location has no water, no toilets and no customers", None),
        (P, "Kanifing Municipal Council", "complete reconstruction", None),
        (I, "Kanifing Municipal Council", "the old market as a fire hazard and a danger to public health", None),
        (I, "Fatou Sarr", "the women were not against development but that they were not consulted before the decision "
            "was taken", None),
        (D, "Fatou Sarr", "We have been selling here for thirty, forty years. Our mothers sold here. Nobody came to sit "
            "with us and ask us what we think,", None),
        (I, "Fatou Sarr", "the Bundung site was far from the main road and that many customers would not follow the "
            "vendors there", None),
        (D, "Fatou Sarr", "If we go to Bundung, we will be sitting there with our goods from morning to evening and nobody "
            "will come. How are we going to pay school fees?", None),
        (I, "Isatou Bah", "she had paid market dues to the Council for over twenty years without interruption", None),
        (D, "Isatou Bah", "They are collecting our money every day, but when they want to move us, they don't even give "
            "us one meeting,", None),
        (P, "Lamin Jobe", "several engagements", None),
        (I, "Lamin Jobe", "the new site would have water and toilets before the deadline", None),
        (I, "Lamin Jobe", "the reconstruction is funded by a loan from the Arab Bank for Economic Development in Africa "
            "and work must start in January or the Council risks losing the funds", None),
        (D, "Lamin Jobe", "The Council is not chasing anybody away. The vendors will be the first to return when the new "
            "market is completed, and they will have better stalls,", None),
        (P, "Omar Touray", "at least the end of March", None),
        (D, "Omar Touray", "I support the new market, but you cannot move two thousand people in six weeks,", None),
        (I, "A senior official at the Ministry of Lands", "the Ministry had not been formally informed of the dispute",
            None),
        (P, "Gambia Police Force", "to maintain peace", None),
        (I, "Gambia Police Force", "they would not be used to remove anybody", None),
        (I, "The vendors", "they would continue to sell at the old market until their concerns are addressed", None),
    ],
    "actors": [
        actor("The vendors", "group", title="Serrekunda Market vendors", aliases=["The vendors", "vendors"], stance=-1),
        actor("Kanifing Municipal Council", "government", title="municipal council",
              aliases=["Kanifing Municipal Council", "KMC", "Council"], stance=1),
        actor("Fatou Sarr", "person", title="President", affiliation="Serrekunda Market Vendors Association",
              aliases=["Fatou Sarr", "Sarr"], stance=-1),
        actor("Isatou Bah", "person", title="vendor (dried fish)", aliases=["Isatou Bah", "Bah"], stance=-1),
        actor("Lamin Jobe", "person", title="Public Relations Officer", affiliation="Kanifing Municipal Council",
              aliases=["Lamin Jobe", "Jobe"], stance=1),
        actor("Omar Touray", "person", title="National Assembly Member for Serrekunda",
              aliases=["Omar Touray", "Touray"], stance=0),
        actor("A senior official at the Ministry of Lands", "person", title="anonymous ministry official",
              affiliation="Ministry of Lands and Regional Government",
              aliases=["A senior official at the Ministry of Lands"], stance=None),
        actor("Gambia Police Force", "government", title="police", aliases=["Gambia Police Force"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
