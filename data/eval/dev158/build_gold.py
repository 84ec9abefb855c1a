"""Build the dev158 gold files (data/eval/dev158/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev158/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev158.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev158"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Africa Report (a Russian-built gold refinery in Mali stalls), "Country: ..." headline and standfirst
#    without speech, "By ..., in Bamako" and "Posted on Thursday, 3 December 2026 09:30" lines, curly double
#    quotes, straight apostrophes, en-dash parentheses, "READ MORE" line. Lede content before "officials in
#    Mali's mines ministry told The Africa Report"; "what the transitional authorities called "..."" (partial);
#    scare so-called "code of sovereignty"; anonymous official's quote before "one senior ministry official
#    said, speaking on condition of anonymity"; ambassador "said ... that the project was "..." and that
#    Moscow remained Mali's "..."" (two partials), quote with "Zhdanov told journalists"; company "said it
#    had "..." under ... and that the company had already ordered B" (partial plus indirect); minister "said
#    in a statement read on ... ORTM that the government "..." and that B" (partial plus indirect); economist
#    "said Russian partners ... had been "..."" (partial only), then "he said"; "According to the World Gold
#    Council, A"; a second Traoré, Awa, "said small-scale producers had been promised ... at "..."" (partial
#    only), then "she said". Not annotated: "It did not respond to questions" (negated), the billboard.
ARTICLES[f"{BATCH}/mali-gold-refinery-yadran-russia.gold.json"] = {
    "article": f"{BATCH}/mali-gold-refinery-yadran-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "officials in Mali's mines ministry", "Work on a gold refinery that Russia's Yadran group agreed to build "
            "outside Bamako has been suspended while the two sides renegotiate who will own it", None),
        (P, "transitional authorities", "the end of raw exports", None),
        (S, None, "code of sovereignty", None),
        (D, "one senior ministry official", "We are not asking the Russians to leave. We are asking them to respect "
            "the law that applies to everybody,", None),
        (P, "Igor Zhdanov", "on track in its essentials", None),
        (P, "Igor Zhdanov", "most reliable partner", None),
        (D, "Igor Zhdanov", "Questions of percentages are normal between friends. They will be solved at the table, "
            "not in the newspapers,", None),
        (P, "Yadran", "fulfilled every obligation", None),
        (I, "Yadran", "the company had already ordered equipment worth $40m from suppliers in Russia and China", None),
        (P, "Amadou Keïta", "values its strategic partnership with the Russian Federation", None),
        (I, "Amadou Keïta", "the talks would be concluded before the end of the year", None),
        (P, "Modibo Traoré", "very quick to sign and very slow to pour concrete", None),
        (D, "Modibo Traoré", "From the refinery to the nuclear plant to the lithium, we have many memoranda and few "
            "machines. At some point, people ask: where is the money?", None),
        (I, "World Gold Council", "Mali exported about 70 tonnes of gold last year, almost all of it refined in "
            "Switzerland and the United Arab Emirates", None),
        (P, "Awa Traoré", "a fair price, in CFA francs, at home", None),
        (D, "Awa Traoré", "The Russians came, took photographs with the minister and left. Since then nobody has come "
            "back to explain anything to us,", None),
    ],
    "actors": [
        actor("officials in Mali's mines ministry", "government", title="mines ministry officials",
              affiliation="Mali", aliases=["officials in Mali's mines ministry"], stance=None),
        actor("transitional authorities", "government", title="Mali's transitional government", affiliation="Mali",
              aliases=["transitional authorities"], stance=None),
        actor("one senior ministry official", "person", title="anonymous senior mines ministry official",
              affiliation="Mali", aliases=["one senior ministry official"], stance=0),
        actor("Igor Zhdanov", "person", title="Russian ambassador to Mali", affiliation="Russia",
              aliases=["Igor Zhdanov", "Zhdanov"], stance=1),
        actor("Yadran", "organisation", title="Russian mining and refining group", affiliation="Russia",
              aliases=["Yadran", "the company"], stance=1),
        actor("Amadou Keïta", "person", title="Minister of Mines", affiliation="Mali",
              aliases=["Amadou Keïta", "Keïta"], stance=1),
        actor("Modibo Traoré", "person", title="economist",
              affiliation="Université des Sciences Sociales et de Gestion de Bamako",
              aliases=["Modibo Traoré", "Traoré"], stance=-1),
        actor("World Gold Council", "organisation", title="industry body", aliases=["World Gold Council"],
              stance=None),
        actor("Awa Traoré", "person", title="head of an artisanal miners' association in Kéniéba",
              aliases=["Awa Traoré"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Halifax Examiner (a council vote to close a homeless encampment), headline without speech, byline and
#    date lines, straight " and apostrophes, "Coun." titles. Councillor "argued the site had become A"
#    (indirect), a two-paragraph quote ("Matheson said", then a quote-only paragraph), Q&A "Asked whether
#    ..., Matheson replied: "...""; "According to a staff report ..., A"; councillor "called it "...""
#    (partial), quote split by "Wadden said"; Bishop (a surname that is a word) "backed the motion, but said
#    A" (indirect), "Bishop said the municipality should not set a date "..."" (partial only) "and said B"
#    (indirect); department "said in an email that A and that B" (one span); outreach worker Dorothy Hope
#    (surname a word) "said A", quote with "she said", "She said A, a claim he disputed" (indirect; the
#    dispute is an act), Matheson's reply with "he said"; resident "said he would take an indoor bed "...""
#    (partial only); "what the staff report calls "..."" (partial for the staff report).
ARTICLES[f"{BATCH}/halifax-encampment-motion-matheson.gold.json"] = {
    "article": f"{BATCH}/halifax-encampment-motion-matheson.txt",
    "target": "Brendan Matheson",
    "quotes": [
        (I, "Brendan Matheson", "the site had become unsafe both for the people living there and for the "
            "neighbourhood around it", None),
        (D, "Brendan Matheson", "This was never supposed to be permanent. We told residents it was a stopgap, and we "
            "are now in our third winter,", None),
        (D, "Brendan Matheson", "I'm not saying anybody should be pushed out into the cold. I'm saying we owe people "
            "something better than a tent on a slope in December.", None),
        (D, "Brendan Matheson", "Not today. That's exactly why the motion gives staff until March.", None),
        (I, "staff report", "the municipality has spent $1.3 million on the designated sites since 2023, including "
            "security, washrooms and garbage collection", None),
        (P, "Colleen Wadden", "an eviction notice with a nicer font.", None),
        (D, "Colleen Wadden", "We keep having this conversation as if the tents are the problem. The tents are a "
            "symptom,", None),
        (D, "Colleen Wadden", "Until the province builds housing people can actually afford, closing a park just moves "
            "people to the next park.", None),
        (I, "Trevor Bishop", "he shared some of Wadden's concerns", None),
        (P, "Trevor Bishop", "until we know where every single person is going,", None),
        (I, "Trevor Bishop", "he would vote against the final plan if it did not include that", None),
        (I, "Department of Opportunities and Social Development", "64 new supportive housing units would open in the "
            "city before spring and that outreach workers were visiting the park daily", None),
        (I, "Dorothy Hope", "people in the park were frightened by the vote", None),
        (D, "Dorothy Hope", "Some of the folks I see have been moved four, five times. Every time, they lose their ID, "
            "their medication, their phone. Then everybody wonders why they don't show up for the housing "
            "appointment,", None),
        (I, "Dorothy Hope", "Matheson had never visited the encampment to speak with residents", None),
        (D, "Brendan Matheson", "I've been there more times than I can count. I just don't bring a camera,", None),
        (P, "Rick", "tomorrow, if it had a lock on the door.", None),
        (P, "staff report", "transition supports", None),
    ],
    "actors": [
        actor("Brendan Matheson", "person", title="councillor for Halifax South Downtown",
              affiliation="Halifax regional council", aliases=["Brendan Matheson", "Matheson"], stance=1),
        actor("staff report", "organisation", title="municipal staff report", affiliation="Halifax Regional Municipality",
              aliases=["staff report"], stance=None),
        actor("Colleen Wadden", "person", title="councillor", affiliation="Halifax regional council",
              aliases=["Colleen Wadden", "Wadden"], stance=-1),
        actor("Trevor Bishop", "person", title="councillor", affiliation="Halifax regional council",
              aliases=["Trevor Bishop", "Bishop"], stance=0),
        actor("Department of Opportunities and Social Development", "government", title="provincial department",
              affiliation="Nova Scotia", aliases=["Department of Opportunities and Social Development"], stance=None),
        actor("Dorothy Hope", "person", title="outreach worker", affiliation="North End Community Health Centre",
              aliases=["Dorothy Hope", "Hope"], stance=-1),
        actor("Rick", "person", title="man staying in the park", aliases=["Rick"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. TechCabal (the central bank fines a Nigerian payments startup), headline without speech, byline and date
#    lines, curly quotes and apostrophes, "₦250 million", "Read also:" line. Regulator "over what the apex
#    bank described as "..."" (partial); "In a letter ... seen by TechCabal, the CBN said A" (indirect) with a
#    scare so-called "tiered KYC" framework after the span; company "said it "..." the findings and that B"
#    (partial plus indirect), content before ", it said"; CEO named after his quote with a title chain
#    ("Kudipay's co-founder and chief executive, Tobi Adeyemi-Bello, told TechCabal"), then "he added";
#    "Kudipay says A" (present tense); anonymous former employee "said ... had raised concerns ... "..."" in
#    2025 (partial only), then "they said"; analyst Favour Sunday (surname a weekday) "said A but B" (one span),
#    quote with "Sunday said", "She added that the CBN had become "..." with ..." (partial only); merchant
#    "said A", then "she said". Not annotated: "did not respond to questions", "The CBN has not said whether".
ARTICLES[f"{BATCH}/kudipay-cbn-fine-kyc.gold.json"] = {
    "article": f"{BATCH}/kudipay-cbn-fine-kyc.txt",
    "target": "Kudipay",
    "quotes": [
        (P, "Central Bank of Nigeria", "significant weaknesses", None),
        (I, "Central Bank of Nigeria", "Kudipay had allowed more than 11,000 merchant accounts to transact above their "
            "approved limits without completing the enhanced due diligence required for higher-tier accounts", None),
        (S, None, "tiered KYC", None),
        (P, "Kudipay", "fully accepts", None),
        (I, "Kudipay", "it had already closed the gaps identified by the regulator", None),
        (I, "Kudipay", "Existing customers would not be affected", None),
        (D, "Tobi Adeyemi-Bello", "We grew very fast, faster than our compliance team grew. That is on us, and we are "
            "fixing it,", None),
        (D, "Tobi Adeyemi-Bello", "But I want to be clear: no customer lost money, and no funds are missing,", None),
        (I, "Kudipay", "it processes about ₦400 billion in payments a month for some 180,000 merchants, most of them "
            "small retailers", None),
        (P, "former member of Kudipay’s risk team", "at least three times", None),
        (D, "former member of Kudipay’s risk team", "Every time, the answer was that growth came first and we would "
            "clean up later,", None),
        (I, "Favour Sunday", "the fine was modest next to Kudipay’s volumes but the onboarding freeze would hurt", None),
        (D, "Favour Sunday", "Merchants are the whole business. Ninety days without new ones, in December, is painful,",
            None),
        (P, "Favour Sunday", "far less patient", None),
        (I, "Chiamaka Obi", "she had used Kudipay’s terminals for two years without a single failed settlement", None),
        (D, "Chiamaka Obi", "I’m not moving. If they fix it, fine. Everybody has wahala with CBN at some point,", None),
    ],
    "actors": [
        actor("Central Bank of Nigeria", "government", title="central bank", affiliation="Nigeria",
              aliases=["Central Bank of Nigeria", "CBN", "the apex bank"], stance=-1),
        actor("Kudipay", "organisation", title="Lagos-based payments startup",
              aliases=["Kudipay", "the company"], stance=1),
        actor("Tobi Adeyemi-Bello", "person", title="co-founder and chief executive", affiliation="Kudipay",
              aliases=["Tobi Adeyemi-Bello", "Adeyemi-Bello"], stance=1),
        actor("former member of Kudipay’s risk team", "person", title="anonymous former employee",
              affiliation="Kudipay", aliases=["former member of Kudipay’s risk team"], stance=-1),
        actor("Favour Sunday", "person", title="fintech analyst", affiliation="Ardent Insights",
              aliases=["Favour Sunday", "Sunday"], stance=0),
        actor("Chiamaka Obi", "person", title="phone accessories seller, Computer Village",
              aliases=["Chiamaka Obi", "Obi"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Hull Daily Mail rugby league (a captain banned after a World Cup tackle), headline and standfirst without
#    speech, "By ..., Hull FC reporter" and "06:00, 4 DEC 2026" lines, straight " and apostrophes, "READ
#    MORE:" line. Content before ", the Rugby Football League said in a statement"; "According to the RFL's
#    guidelines, A"; player "had argued at the hearing that A" (indirect); scare "head contact" framework;
#    player "posted on Instagram ...: "..."" (direct); coach "described the ban as "..." and said A" (partial
#    plus indirect), a quote split across two paragraphs ("Whitcombe said. "...", the open paragraph, then a
#    quote-only paragraph); club "said it was "..." by the outcome and that B" (partial plus indirect);
#    pundit Gareth Long (surname a word) "said the tackle had been "..."" (partial only), quote split by "Long
#    said".
ARTICLES[f"{BATCH}/hull-fc-lewis-byrne-ban.gold.json"] = {
    "article": f"{BATCH}/hull-fc-lewis-byrne-ban.txt",
    "target": "Lewis Byrne",
    "quotes": [
        (I, "Rugby Football League", "An independent tribunal found the charge proven on Thursday night", None),
        (I, "Rugby Football League", "a Grade D offence carries a ban of three to five matches", None),
        (I, "Lewis Byrne", "the contact was caused by Leota dropping into the tackle late", None),
        (S, None, "head contact", None),
        (D, "Lewis Byrne", "Gutted. I've never gone out to hurt anyone in 12 years of playing this game and I hope "
            "Fa'amoana knows that. Back stronger.", None),
        (P, "Danny Whitcombe", "harsh", None),
        (I, "Danny Whitcombe", "the club would study the written reasons before deciding whether to appeal", None),
        (D, "Danny Whitcombe", "Lewis has been the heartbeat of this club for six years,", None),
        (D, "Danny Whitcombe", "He's a hard player, but he's a fair one, and anyone who's watched him week in, week "
            "out knows that.", None),
        (D, "Danny Whitcombe", "Four games is a big chunk of the early season. We've got to deal with it and other "
            "lads have got to step up.", None),
        (P, "Hull FC", "disappointed", None),
        (I, "Hull FC", "it would make no further comment until the written reasons were published", None),
        (P, "Gareth Long", "reckless, not malicious", None),
        (D, "Gareth Long", "I've known Lewis since he was 16 and there's not a dirty bone in his body,", None),
        (D, "Gareth Long", "But the game has changed. You drop your height or you get punished, and he didn't drop his "
            "height.", None),
    ],
    "actors": [
        actor("Rugby Football League", "organisation", title="governing body", aliases=["Rugby Football League", "RFL"],
              stance=-1),
        actor("Lewis Byrne", "person", title="Hull FC captain, prop", affiliation="Hull FC",
              aliases=["Lewis Byrne", "Byrne"], stance=1),
        actor("Danny Whitcombe", "person", title="head coach", affiliation="Hull FC",
              aliases=["Danny Whitcombe", "Whitcombe"], stance=1),
        actor("Hull FC", "organisation", title="rugby league club", aliases=["Hull FC", "the club"], stance=1),
        actor("Gareth Long", "person", title="former Hull and Great Britain forward, BBC Radio Humberside summariser",
              aliases=["Gareth Long", "Long"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
