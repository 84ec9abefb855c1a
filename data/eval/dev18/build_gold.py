"""Build the dev18 gold files (data/eval/dev18/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev18/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev18.  Standard library only.
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
# 1. AP breaking news (ice storm, regional jet off the runway), straight " and straight
#    apostrophes (can't, plane's, I'm). Lede content before "authorities said" (group actor).
#    Content before ", according to the Metropolitan Airports Commission, which runs the
#    airport". Passengers named by age and hometown: "said Derek Olson, 52, of Waukesha,
#    Wisconsin, who ..." inside a split quote (two direct entries); "Olson said people had to
#    "..." to reach the rear exit" (partial only); "Tamika Hollins, 34, of St. Paul, said" then
#    "she said". Hospital "said in a statement that A and that B" (one span). Airport spokeswoman:
#    indirect, then fragment before "she said" (partial). Airline statement "said in a statement
#    Tuesday night that ... "..." ... and that B" (partial plus indirect), "the statement said"
#    (direct), "In an update early Wednesday, the airline said A and that B" (one span). NTSB
#    "said it was sending A and expected B" (one span). Expert named after a three-sentence quote.
#    Congressman "wrote on X that A and "..."" (indirect plus partial). Closing quote by Olson
#    after a sentence without speech. Writer's background sentence and the "contributed" line
#    carry no speech.
ARTICLES["data/eval/dev18/cardinal-air-icy-runway.gold.json"] = {
    "article": "data/eval/dev18/cardinal-air-icy-runway.txt",
    "target": "Cardinal Air",
    "quotes": [
        (I, "authorities", "A regional jet carrying 71 people slid off an ice-covered runway at Minneapolis-St. Paul "
            "International Airport on Tuesday night and plowed into a snowbank, injuring nine people, two of them "
            "seriously", None),
        (I, "Metropolitan Airports Commission", "The plane's nose gear collapsed as it left the runway, and "
            "passengers escaped down emergency slides into freezing rain", None),
        (D, "Derek Olson", "It was like being on a sled you can't steer,", None),
        (D, "Derek Olson", "Nobody made a sound until we stopped. Then everybody was screaming at once.", None),
        (P, "Derek Olson", "climb over bags and each other", None),
        (I, "Tamika Hollins", "the plane had circled over southern Minnesota for almost an hour before it tried to "
            "land", None),
        (D, "Tamika Hollins", "Other flights were going to Duluth, to Chicago, anywhere but here. Why were we the "
            "ones coming down in this?", None),
        (I, "Hennepin Healthcare", "two passengers were in serious condition at Hennepin County Medical Center and "
            "that seven others had been treated for cuts, bruises and a broken wrist and released", None),
        (I, "Melissa Varga", "crews had last treated the runway with de-icing chemicals about 25 minutes before the "
            "landing", None),
        (P, "Melissa Varga", "medium,", None),
        (P, "Cardinal Air", "followed every procedure", None),
        (I, "Cardinal Air", "both pilots had been taken off flying duties while the accident was investigated", None),
        (D, "Cardinal Air", "Our first concern is for our passengers and crew members, and we are deeply grateful to "
            "the first responders who reached them so quickly,", None),
        (I, "Cardinal Air", "two of its flight attendants were among the injured and that it had flown a team from "
            "its headquarters to Minneapolis to help passengers and their families", None),
        (I, "National Transportation Safety Board", "it was sending five investigators and expected them to arrive "
            "Wednesday afternoon", None),
        (D, "Laura Pinkney", "The question investigators will ask is a simple one. When the braking reports started "
            "coming in and other crews were diverting, who decided this flight would keep coming, and on what "
            "information? That is where this investigation starts, not on the runway,", None),
        (I, "Tom Lindahl", "he had spoken with Cardinal Air's chief executive", None),
        (P, "Tom Lindahl", "made it clear that these families deserve answers, not a press release.", None),
        (D, "Derek Olson", "I'm not getting on another plane this week,", None),
    ],
    "actors": [
        actor("authorities", "group", title="authorities (unspecified)", aliases=["authorities"], stance=None),
        actor("Metropolitan Airports Commission", "organisation", title="operator of Minneapolis-St. Paul airport",
              aliases=["Metropolitan Airports Commission"], stance=None),
        actor("Derek Olson", "person", title="passenger (52), Waukesha, Wisconsin",
              aliases=["Derek Olson", "Olson"], stance=None),
        actor("Tamika Hollins", "person", title="passenger (34), St. Paul",
              aliases=["Tamika Hollins", "Hollins"], stance=-1),
        actor("Hennepin Healthcare", "organisation", title="hospital system (Hennepin County Medical Center)",
              aliases=["Hennepin Healthcare"], stance=None),
        actor("Melissa Varga", "person", title="airport spokeswoman",
              affiliation="Minneapolis-St. Paul International Airport", aliases=["Melissa Varga", "Varga"],
              stance=None),
        actor("Cardinal Air", "organisation", title="regional airline (Indianapolis)",
              aliases=["Cardinal Air", "the airline"], stance=1),
        actor("National Transportation Safety Board", "government", title="U.S. federal accident investigator",
              aliases=["National Transportation Safety Board", "NTSB"], stance=None),
        actor("Laura Pinkney", "person", title="former NTSB investigator, aviation safety lecturer",
              affiliation="Saint Louis University", aliases=["Laura Pinkney", "Pinkney"], stance=0),
        actor("Tom Lindahl", "person", title="U.S. Representative (Republican, Minnesota)",
              affiliation="U.S. House of Representatives", aliases=["Tom Lindahl", "Lindahl"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Observer/Guardian UK politics, curly ‘ ’ in the headline and “ ” in the body, ’ apostrophes
#    (men’s, didn’t, it’s, victims’, institute’s); British punctuation outside closing marks for
#    fragments. Headline "Name: ‘...’" is a full clause after a colon: direct, for Fairlie (the body
#    repeats the words inside his longer quote, one separate direct entry). Standfirst carries no
#    speech. Content before ", according to Ministry of Justice figures". Scare "Project Bridge"
#    (a plan name in the writer's sentence). "A source close to the justice secretary said A
#    “...” and that B" (partial plus indirect), then "the source said" (direct; "Dominic" inside is
#    Fairlie). "did not deny that ..." (negated, not annotated). "He insisted that A and that B"
#    (one span). "Asked whether ..., Fairlie said: “...”" (direct; the question is not annotated).
#    Shadow minister "accused Fairlie of “...” ... and said B" (partial plus indirect), then "he
#    said". Commissioner "said A. She warned that victims risked being “...” that ..." (indirect,
#    then partial only). Thinktank "described early release as “...”" (partial only); its director
#    named after the first stretch of a split quote. Anonymous MP "said colleagues had been
#    “bombarded” ..." (partial only). No 10 spokesperson (partial only).
ARTICLES["data/eval/dev18/fairlie-prison-early-release.gold.json"] = {
    "article": "data/eval/dev18/fairlie-prison-early-release.txt",
    "target": "Dominic Fairlie",
    "quotes": [
        (D, "Dominic Fairlie", "I will not let our prisons run out of room", "Dominic Fairlie: \u2018"),
        (I, "Ministry of Justice", "There were 88,214 men in prison on Friday, leaving fewer than 700 usable places",
            None),
        (S, None, "Project Bridge", None),
        (P, "source close to the justice secretary", "the least bad option on the table", None),
        (I, "source close to the justice secretary", "they would go to cabinet within a fortnight", None),
        (D, "source close to the justice secretary", "Dominic didn\u2019t come into politics to let people out of "
            "prison. But the alternative is holding prisoners in police cells, and that isn\u2019t a threat, "
            "it\u2019s arithmetic,", None),
        (D, "Dominic Fairlie", "I inherited a prison system held together with gaffer tape. I will not let our "
            "prisons run out of room, and I will not apologise for acting before they do,", None),
        (I, "Dominic Fairlie", "offenders convicted of violent or sexual crimes would be excluded and that every "
            "prisoner released under the scheme would be tagged and supervised by the probation service", None),
        (D, "Dominic Fairlie", "No minister can promise that. What I can promise is that the alternative is worse.",
            None),
        (P, "Alun Pritchard", "running a clearance sale", None),
        (I, "Alun Pritchard", "the government had wasted a year it could have spent building prison places", None),
        (D, "Alun Pritchard", "Every week this government tells victims their safety comes first, and then it opens "
            "the gates,", None),
        (I, "Claire Hendry", "she had not been consulted on the proposals", None),
        (P, "Claire Hendry", "left to find out on Facebook", None),
        (P, "Bridgewell Institute", "a sticking plaster, but a necessary one", None),
        (D, "Naomi Lisle", "The prison population has almost doubled since the early 1990s, and nobody can show that "
            "the country is safer for it,", None),
        (D, "Naomi Lisle", "Releasing people a few months early buys the government time. The real question is "
            "whether it uses that time to reform sentencing or just to pour more concrete.", None),
        (P, "One MP", "bombarded", None),
        (P, "No 10 spokesperson", "full confidence", None),
    ],
    "actors": [
        actor("Dominic Fairlie", "person", title="justice secretary", affiliation="UK government (Labour)",
              aliases=["Dominic Fairlie", "Fairlie", "Dominic", "justice secretary"], stance=1),
        actor("Ministry of Justice", "government", title="UK government department (prisons)",
              aliases=["Ministry of Justice"], stance=None),
        actor("source close to the justice secretary", "person", title="anonymous source",
              affiliation="Ministry of Justice", aliases=["source close to the justice secretary", "the source"],
              stance=1),
        actor("Alun Pritchard", "person", title="shadow justice secretary", affiliation="Conservative party",
              aliases=["Alun Pritchard", "Pritchard"], stance=-1),
        actor("Claire Hendry", "person", title="victims' commissioner for England and Wales",
              aliases=["Claire Hendry", "Hendry"], stance=-1),
        actor("Bridgewell Institute", "organisation", title="criminal justice thinktank",
              aliases=["Bridgewell Institute"], stance=0),
        actor("Naomi Lisle", "person", title="director", affiliation="Bridgewell Institute",
              aliases=["Naomi Lisle", "Lisle"], stance=0),
        actor("One MP", "person", title="anonymous Labour backbencher in a marginal seat", affiliation="Labour",
              aliases=["One MP"], stance=-1),
        actor("No 10 spokesperson", "person", title="Downing Street spokesperson", affiliation="No 10",
              aliases=["No 10 spokesperson"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Economist-style central-bank piece: section label, pun headline and rubric without speech;
#    curly “ ” and ’ apostrophes, full stops outside fragment quotes, ordinal dates (March 4th),
#    "Mr"/"Ms" after first mention, present-tense "says" for economists. Bank statement "said the
#    cut was “...” and that the council would continue to “...”" (two partials, no indirect).
#    Scare “energy shield” (a policy name in the writer's sentence). Governor "argued that ...
#    “almost entirely” ..." (partial only), "He noted that A and that B" (one span), "Asked
#    whether ..., he was brisk: “...”" (colon: direct), "He cautioned, however, that further cuts
#    were “not a given”" (partial only). Economist named after a three-sentence quote ("says X,
#    chief economist at ..."). Second economist "points out that A, and that B" (one span; the
#    gloss "which strips out food and energy" is inside his clause), then "he says". Finance
#    minister "called the decision “...” and said B" (partial plus indirect). Opposition leader
#    "told Polsat, a television channel, that the bank had become “...”" (partial only). Council
#    member "wrote that the cut “...”" (partial only), "She also cautioned that" (indirect).
#    "Her party wants to ...", "as he expects" and the writer's verdict paragraph carry no speech.
#    Closing split quote by Wrona ("says Ms Wrona").
ARTICLES["data/eval/dev18/poland-central-bank-election-cut.gold.json"] = {
    "article": "data/eval/dev18/poland-central-bank-election-cut.txt",
    "target": "National Bank of Poland",
    "quotes": [
        (P, "National Bank of Poland", "consistent with a return of inflation to the target in the medium term", None),
        (P, "National Bank of Poland", "respond to incoming data", None),
        (S, None, "energy shield", None),
        (P, "Krzysztof Malec", "almost entirely", None),
        (I, "Krzysztof Malec", "wage growth had slowed for five months in a row and that industrial output had "
            "fallen in January", None),
        (D, "Krzysztof Malec", "The council does not vote for candidates. It votes for Polish households.", None),
        (P, "Krzysztof Malec", "not a given", None),
        (D, "Joanna Wrona", "When a central bank cuts into rising inflation, and does so ten weeks before an "
            "election, it cannot be surprised when people connect the dots. I would like to believe this was about "
            "energy prices. The market plainly does not,", None),
        (I, "Marek D\u0105bek", "core inflation, which strips out food and energy, has fallen to 3.6%, and that real "
            "interest rates in Poland are among the highest in the European Union", None),
        (D, "Marek D\u0105bek", "On the numbers alone you can defend a cut. You just cannot defend this one very "
            "easily in March,", None),
        (P, "Pawe\u0142 Zawada", "courageous", None),
        (I, "Pawe\u0142 Zawada", "cheaper credit would help firms that had put off investment during two years of "
            "high rates", None),
        (P, "Anna K\u0119dzior", "an extension of the campaign", None),
        (P, "Ewa Sztark", "risks undermining the credibility that the council has spent years building", None),
        (I, "Ewa Sztark", "households\u2019 inflation expectations had risen for three months in a row", None),
        (D, "Joanna Wrona", "Independence is not something a law gives you. It is a habit,", None),
        (D, "Joanna Wrona", "And habits are much easier to break than to rebuild.", None),
    ],
    "actors": [
        actor("National Bank of Poland", "organisation", title="Poland's central bank",
              aliases=["National Bank of Poland", "NBP", "the bank"], stance=1),
        actor("Krzysztof Malec", "person", title="governor", affiliation="National Bank of Poland",
              aliases=["Krzysztof Malec", "Malec", "Mr Malec"], stance=1),
        actor("Joanna Wrona", "person", title="chief economist", affiliation="Vistula Research (Warsaw consultancy)",
              aliases=["Joanna Wrona", "Wrona", "Ms Wrona"], stance=-1),
        actor("Marek D\u0105bek", "person", title="economist", affiliation="Baltic Rim Advisers (Gda\u0144sk)",
              aliases=["Marek D\u0105bek", "D\u0105bek"], stance=0),
        actor("Pawe\u0142 Zawada", "person", title="finance minister", affiliation="Polish government",
              aliases=["Pawe\u0142 Zawada", "Zawada"], stance=1),
        actor("Anna K\u0119dzior", "person", title="leader of the largest opposition party in the Sejm",
              aliases=["Anna K\u0119dzior", "K\u0119dzior"], stance=-1),
        actor("Ewa Sztark", "person", title="Monetary Policy Council member; economist, University of \u0141\u00f3d\u017a",
              affiliation="National Bank of Poland (Monetary Policy Council)", aliases=["Ewa Sztark", "Sztark"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British regional court report (death by dangerous driving), straight single quotes '...'
#    with straight apostrophes inside (don't, husband's, Police's) and outside (Mottram's,
#    Whitby's); punctuation outside closing marks for fragments. Headline and lede carry no
#    speech ("pleaded guilty" is not speech). "Opening the case, X, prosecuting, told the court
#    that A and that B" (one span), then "Mr Brennand said". Scare 'streak' in the writer's
#    sentence. Widow's statement read to the court by a liaison officer: the words are hers
#    ("she said in the statement"); split quote whose second stretch has no closing mark and runs
#    into the next paragraph (three direct entries). Defence "said X was '...', and that B"
#    (partial plus indirect). Defendant's letter "wrote that ... '...' and that B" (partial plus
#    indirect). Judge "said he accepted that A, but that B" (one span; the inner "that" belongs to
#    the content), "the judge told him" (direct), then a quote-only paragraph (direct, continuity).
#    "kept his eyes on the floor", the driving ban and "must pass an extended test" carry no
#    speech. Daughter "said A" then "she said". Detective "said ... 'remarkable dignity' ..."
#    (partial only), then "he added".
ARTICLES["data/eval/dev18/driver-phone-cyclist-death-jailed.gold.json"] = {
    "article": "data/eval/dev18/driver-phone-cyclist-death-jailed.txt",
    "target": "Ryan Mottram",
    "quotes": [
        (I, "Nicholas Brennand", "Mottram's Audi had been travelling at 68mph in a 50mph zone and that data recovered "
            "from his phone showed he had been filming himself for 41 seconds before the collision", None),
        (S, None, "streak", None),
        (D, "Nicholas Brennand", "He was not looking at the road. He was looking at himself,", None),
        (D, "Maureen Whitby", "Graham went out on his bike every Sunday for 30 years and came home every Sunday for "
            "30 years,", None),
        (D, "Maureen Whitby", "Now I set out two cups in the morning and then I remember.", None),
        (D, "Maureen Whitby", "I don't hate the man who did this. I just cannot understand how a video mattered more "
            "than my husband's life.", None),
        (P, "Kate Ormerod", "genuinely and profoundly sorry", None),
        (I, "Kate Ormerod", "he had sold his car and had not driven since the crash", None),
        (P, "Ryan Mottram", "every single minute", None),
        (I, "Ryan Mottram", "he did not expect the family to forgive him", None),
        (I, "Simon Farrar", "he accepted that the remorse was genuine, but that nothing in Mottram's background could "
            "outweigh what he had chosen to do that evening", None),
        (D, "Simon Farrar", "You chose to entertain people you will never meet, and a man who was doing nothing more "
            "than riding home paid for it with his life,", None),
        (D, "Simon Farrar", "This was not a momentary lapse. Forty-one seconds is a very long time to look away from a "
            "road at almost 70 miles an hour.", None),
        (I, "Louise Dawson", "the family would now campaign for tougher penalties for drivers caught using a phone",
            None),
        (D, "Louise Dawson", "Seven years. Dad got 64 years, and he would have had another 20 if that man had put his "
            "phone in the glovebox,", None),
        (P, "Paul Hinchliffe", "remarkable dignity", None),
        (D, "Paul Hinchliffe", "If you are holding a phone, you are not driving. You are gambling with somebody else's "
            "life, and in this case you lost it for him,", None),
    ],
    "actors": [
        actor("Nicholas Brennand", "person", title="prosecuting barrister",
              aliases=["Nicholas Brennand", "Brennand", "Mr Brennand"], stance=-1),
        actor("Maureen Whitby", "person", title="victim's widow (62)",
              aliases=["Maureen Whitby", "Mrs Whitby"], stance=-1),
        actor("Kate Ormerod", "person", title="defence barrister (mitigating)",
              aliases=["Kate Ormerod", "Ormerod"], stance=1),
        actor("Ryan Mottram", "person", title="defendant (27), Cottingham",
              aliases=["Ryan Mottram", "Mottram"], stance=0),
        actor("Simon Farrar", "person", title="judge", affiliation="Hull Crown Court",
              aliases=["Simon Farrar", "Farrar", "the judge"], stance=-1),
        actor("Louise Dawson", "person", title="victim's daughter (38)",
              aliases=["Louise Dawson", "Dawson"], stance=-1),
        actor("Paul Hinchliffe", "person", title="detective sergeant, Roads Crime Unit",
              affiliation="Humberside Police", aliases=["Paul Hinchliffe", "Hinchliffe"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
