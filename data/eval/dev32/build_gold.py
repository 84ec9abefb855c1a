"""Build the dev32 gold files (data/eval/dev32/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev32/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev32.  Standard library only.
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
# 1. Reuters conflict wire (ceasefire fraying in eastern Congo), dateline "GOMA, Congo, May 14
#    (Reuters) -", straight quotes and apostrophes (Rubaya's, world's, group's), American
#    punctuation inside closing marks. Headline "trade blame" without speech. Lede content before
#    "a local administrator said" (the speaker is Jean-Paul Kambale, named later as "the
#    administrator of Rubaya"). Scare "coltan road" (nobody is said to have said it). Army
#    spokesman named after the first stretch (title before name, "said in a voice message"), quote
#    resumed. Rebel spokesman "denied that A" (indirect without "that"), "He said in a post on X
#    that B, and accused Kinshasa of using the truce "..."" (indirect plus partial only), then "told
#    Reuters by telephone". Government spokesman "told a news conference ... that the rebels had
#    "..." to honor ... and that the army would "..." ..." (two partials, no indirect). Administrator
#    named after his quote with "who added that A" (indirect). Civilians by first name only
#    (Esperance, quote resumed; Jean-Claude "said A"). UN envoy "said both sides had a duty to "..."
#    until ..." (partial only), then "she told reporters" and a quote running over two paragraphs
#    (the first paragraph ends without a closing mark). Anonymous Western diplomat "said A, and that
#    B" (one span); "speaking on condition of anonymity" is not annotated. Background paragraph and
#    "(Reporting by ...)" line carry no speech.
ARTICLES["data/eval/dev32/congo-kivu-truce-rubaya-clashes.gold.json"] = {
    "article": "data/eval/dev32/congo-kivu-truce-rubaya-clashes.txt",
    "target": "Alliance for the Liberation of Kivu",
    "quotes": [
        (I, "Jean-Paul Kambale", "Heavy gunfire broke out around the mining town of Rubaya in eastern Congo on "
            "Wednesday, three days into a ceasefire between the army and the Alliance for the Liberation of Kivu "
            "(ALK) rebel group", None),
        (S, None, "coltan road", None),
        (D, "Patrick Mbuyi", "The ALK attacked our positions north of Rubaya at dawn and our forces responded, as "
            "any army would,", None),
        (D, "Patrick Mbuyi", "We have respected the ceasefire since Saturday. They have not respected it for a "
            "single day.", None),
        (I, "Lawrence Kanyamuhanga", "the group's fighters had fired first", None),
        (I, "Lawrence Kanyamuhanga", "government troops and allied Wazalendo militias had shelled rebel positions "
            "overnight", None),
        (P, "Lawrence Kanyamuhanga", "to buy time and bring in more drones.", None),
        (D, "Lawrence Kanyamuhanga", "We signed in Luanda in good faith and we are still committed to it. But we "
            "will not sit and watch while our positions are bombed,", None),
        (P, "Didier Lukusa", "never intended", None),
        (P, "Didier Lukusa", "defend every village", None),
        (D, "Jean-Paul Kambale", "The shooting started at around 5 a.m. and only stopped at midday,", None),
        (I, "Jean-Paul Kambale", "at least four civilians had been wounded and taken to the town's health center",
            None),
        (D, "Esperance", "Every time they sign something, we think we can go home, and every time the bombs come "
            "back,", None),
        (D, "Esperance", "My children ask me when we are going home. I no longer know what to tell them.", None),
        (I, "Jean-Claude", "he had not heard from his brother, who stayed behind to guard the family's fields, "
            "since Tuesday night", None),
        (P, "Amina Diallo-Kessy", "hold the line", None),
        (D, "Amina Diallo-Kessy", "A ceasefire is not a switch you flip on a Saturday. It is tested on the "
            "Wednesday, and again the week after,", None),
        (D, "Amina Diallo-Kessy", "Both parties gave me their word in Luanda, and I intend to hold them to it.",
            None),
        (D, "Amina Diallo-Kessy", "What matters now is that the monitors reach Rubaya, and that nobody shoots at "
            "them when they do.", None),
        (I, "Western diplomat", "the Angolan-led monitoring mission was not expected to reach the front line before "
            "next week, and that neither side had yet handed over maps of its positions", None),
    ],
    "actors": [
        actor("Jean-Paul Kambale", "person", title="administrator of Rubaya (the lede's local administrator)",
              affiliation="Congo (local administration)", aliases=["Jean-Paul Kambale", "Kambale"], stance=0),
        actor("Patrick Mbuyi", "person", title="army spokesman, lieutenant colonel", affiliation="Congolese army",
              aliases=["Patrick Mbuyi", "Mbuyi"], stance=-1),
        actor("Lawrence Kanyamuhanga", "person", title="spokesman",
              affiliation="Alliance for the Liberation of Kivu (ALK)",
              aliases=["Lawrence Kanyamuhanga", "Kanyamuhanga"], stance=1),
        actor("Didier Lukusa", "person", title="government spokesman", affiliation="Congo",
              aliases=["Didier Lukusa", "Lukusa"], stance=-1),
        actor("Esperance", "person", title="displaced resident (38), mother of four, from Rubaya",
              aliases=["Esperance"], stance=0),
        actor("Jean-Claude", "person", title="displaced resident (61)", aliases=["Jean-Claude"], stance=None),
        actor("Amina Diallo-Kessy", "person", title="U.N. special envoy for the Great Lakes region",
              affiliation="United Nations", aliases=["Amina Diallo-Kessy", "Diallo-Kessy"], stance=0),
        actor("Western diplomat", "person", title="Western diplomat involved in the Luanda talks (anonymous)",
              aliases=["Western diplomat"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ABC News (Australia) federal politics, "By political reporter NAME" line, blank lines between
#    paragraphs, straight single quotes in the headline and straight double quotes in the body,
#    straight apostrophes (haven't, don't, aren't, Greens'), "per cent", "Ms"/"Senator" with
#    surnames, fragment punctuation outside the closing mark ("...protection".). Headline "X says
#    plan 'not up for negotiation' as industry digs in" (partial for Corrigan; the body repeats the
#    words inside a longer direct quote). Lede content before "Resources Minister X has announced".
#    Scare "southern gas cliff" ("what has become known as"). "told ABC Radio National Breakfast"
#    then a quote-only paragraph (direct by continuity). "She said A, and that ... "..." ..."
#    (indirect plus partial only). Industry chief "said the policy was "..."" (partial only), then
#    "he said" and a quote-only paragraph. "welcomed the announcement" (no content). Manufacturer
#    "said A" then "she said". Opposition spokesman "accused the government of "..." and said B"
#    (partial plus indirect), then "Senator X said". Greens senator "said her party was "..." a
#    scheme that ..., but left the door open to amendments" (partial only; the rest is not speech
#    content). Economist "said A" then "he said". Anonymous "senior government source".
ARTICLES["data/eval/dev32/australia-gas-reservation-corrigan.gold.json"] = {
    "article": "data/eval/dev32/australia-gas-reservation-corrigan.txt",
    "target": "Madeleine Corrigan",
    "quotes": [
        (P, "Madeleine Corrigan", "not up for negotiation", "Corrigan says gas"),
        (I, "Madeleine Corrigan", "East coast gas exporters will be forced to set aside a fifth of their production "
            "for Australian customers from July 2027", None),
        (S, None, "southern gas cliff", None),
        (D, "Madeleine Corrigan", "Australians should not be paying more for their own gas than customers in Tokyo "
            "or Seoul,", None),
        (D, "Madeleine Corrigan", "This is not up for negotiation. The companies have had years to fix this "
            "themselves, and they haven't.", None),
        (I, "Madeleine Corrigan", "the reservation would apply to new and existing contracts", None),
        (P, "Madeleine Corrigan", "genuinely exceptional", None),
        (P, "Stuart Hennessy", "sovereign risk dressed up as consumer protection", None),
        (D, "Stuart Hennessy", "Every dollar of investment in new supply is now on hold until we see the detail,",
            None),
        (D, "Stuart Hennessy", "If you want more gas, you don't get it by telling the people who produce it that "
            "their contracts aren't worth the paper they're written on.", None),
        (I, "Fiona Ratcliffe", "her company's gas bill had tripled since 2021", None),
        (D, "Fiona Ratcliffe", "We've been told to hang on for four years now. This is the first time anyone in "
            "Canberra has actually done something about it,", None),
        (P, "Ben Kowalczyk", "making it up as they go", None),
        (I, "Ben Kowalczyk", "the Coalition would not support the legislation in its current form", None),
        (D, "Ben Kowalczyk", "Nobody in the industry was consulted on this. Nobody,", None),
        (P, "Talia Morrow", "not going to wave through", None),
        (I, "Hamish Doyle", "a reservation was likely to push east coast wholesale prices down by $2 to $4 a "
            "gigajoule in its first two years", None),
        (D, "Hamish Doyle", "The risk is that you win the argument on price and lose it on supply,", None),
        (I, "senior government source", "the Prime Minister had personally signed off on the 20 per cent figure "
            "after Treasury modelling landed last month", None),
    ],
    "actors": [
        actor("Madeleine Corrigan", "person", title="Resources Minister", affiliation="federal government (Australia)",
              aliases=["Madeleine Corrigan", "Corrigan", "Ms Corrigan"], stance=1),
        actor("Stuart Hennessy", "person", title="chief executive", affiliation="Australian Gas Producers Council",
              aliases=["Stuart Hennessy", "Hennessy"], stance=-1),
        actor("Fiona Ratcliffe", "person", title="runs a glassworks in Sydney's west (240 staff)",
              aliases=["Fiona Ratcliffe", "Ratcliffe"], stance=1),
        actor("Ben Kowalczyk", "person", title="Opposition energy spokesman, senator", affiliation="Coalition",
              aliases=["Ben Kowalczyk", "Kowalczyk", "Senator Kowalczyk"], stance=-1),
        actor("Talia Morrow", "person", title="energy spokeswoman, senator", affiliation="the Greens",
              aliases=["Talia Morrow", "Morrow"], stance=-1),
        actor("Hamish Doyle", "person", title="energy economist", affiliation="University of Melbourne",
              aliases=["Hamish Doyle", "Doyle"], stance=0),
        actor("senior government source", "person", title="anonymous government source",
              affiliation="federal government (Australia)", aliases=["senior government source"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Bloomberg markets (currency at a record low, central bank intervention), title-case headline
#    without speech, two-name byline, "(Bloomberg) --" opener, straight quotes and apostrophes
#    (Bank's, peso's, can't, isn't), American punctuation inside closing marks, "%" figures,
#    "--With assistance from" line. Lede "even as traders said A" (group). Scare "higher-for-longer".
#    Central bank statement "said ... that it would "..." to prevent ..., and that B" (partial plus
#    indirect). Deputy governor named after the first stretch (title before name, "told reporters"),
#    quote resumed. Content before "the Philippine Statistics Authority said last week" and before
#    "according to data compiled by Bloomberg". Economist named after the first stretch ("said in a
#    note to clients"), quote resumed. Bank economist "told Bloomberg TV that the central bank had
#    "...," with ..., and that B" (partial plus indirect). Anonymous trader named after the quote
#    ("who asked not to be identified because ..." not annotated), then "The trader said A". "Not
#    everyone thinks ..." and "Economists in a Bloomberg survey expect ..." are not speech. Finance
#    department "said the government was "..." of ... and that B" (partial plus indirect).
ARTICLES["data/eval/dev32/philippine-peso-record-low-bsp.gold.json"] = {
    "article": "data/eval/dev32/philippine-peso-record-low-bsp.txt",
    "target": "Bangko Sentral ng Pilipinas",
    "quotes": [
        (I, "traders", "the central bank was selling dollars to slow its decline", None),
        (S, None, "higher-for-longer", None),
        (P, "Bangko Sentral ng Pilipinas", "continue to participate in the foreign exchange market", None),
        (I, "Bangko Sentral ng Pilipinas", "the peso's moves reflected broad dollar strength rather than weakness in "
            "the Philippine economy", None),
        (D, "Eduardo Salcedo", "We are not defending any particular level,", None),
        (D, "Eduardo Salcedo", "What we will not tolerate is disorderly trading, and I think the market understands "
            "that very well.", None),
        (I, "Philippine Statistics Authority", "The country's trade deficit widened to a record $5.8 billion in May "
            "as imports of fuel and electronic components surged", None),
        (I, "Bloomberg", "Foreign investors have pulled a net $1.1 billion from Philippine stocks this year", None),
        (D, "Vanessa Tiongson", "The BSP has been right to smooth the move, but it can't change where the peso is "
            "going,", None),
        (D, "Vanessa Tiongson", "We see the pair at 60.50 by the end of the quarter.", None),
        (P, "Marco Villanueva", "plenty of ammunition,", None),
        (I, "Marco Villanueva", "a rate hike to support the peso was unlikely before the August policy meeting",
            None),
        (D, "Manila-based currency trader", "Every time it gets near 59.40, somebody big shows up and sells "
            "dollars, and everyone knows who that is,", None),
        (I, "Manila-based currency trader", "demand for dollars from oil importers had picked up over the past week",
            None),
        (D, "Rafael Domingo", "A weaker peso is good news for exporters and for the millions of families who live on "
            "remittances. The BSP should let it go and save its reserves for a real emergency,", None),
        (P, "Department of Finance", "fully supportive", None),
        (I, "Department of Finance", "it would not change its growth target of 6% to 7% for this year", None),
    ],
    "actors": [
        actor("traders", "group", title="currency traders (unspecified)", aliases=["traders"], stance=0),
        actor("Bangko Sentral ng Pilipinas", "organisation", title="central bank of the Philippines",
              affiliation="Philippines", aliases=["Bangko Sentral ng Pilipinas", "BSP", "the central bank"],
              stance=1),
        actor("Eduardo Salcedo", "person", title="deputy governor", affiliation="Bangko Sentral ng Pilipinas",
              aliases=["Eduardo Salcedo", "Salcedo"], stance=1),
        actor("Philippine Statistics Authority", "government", title="statistics agency", affiliation="Philippines",
              aliases=["Philippine Statistics Authority"], stance=None),
        actor("Bloomberg", "organisation", title="news and data provider (data compiled by Bloomberg)",
              aliases=["Bloomberg"], stance=None),
        actor("Vanessa Tiongson", "person", title="economist", affiliation="ING Groep NV (Singapore)",
              aliases=["Vanessa Tiongson", "Tiongson"], stance=0),
        actor("Marco Villanueva", "person", title="chief economist", affiliation="Bank of the Philippine Islands",
              aliases=["Marco Villanueva", "Villanueva"], stance=1),
        actor("Manila-based currency trader", "person", title="currency trader (anonymous)",
              aliases=["Manila-based currency trader", "The trader"], stance=0),
        actor("Rafael Domingo", "person", title="economist", affiliation="Maybank Securities (Manila)",
              aliases=["Rafael Domingo", "Domingo"], stance=-1),
        actor("Department of Finance", "government", title="finance ministry", affiliation="Philippines",
              aliases=["Department of Finance"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Local TV station website (Oklahoma crime story), "Author:" and "Published:" lines, dateline
#    "CIMARRON SPRINGS, Okla. —", curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes
#    (Sal’s, That’s, Brooks’ mother, Brooks’ honor), American punctuation inside closing marks.
#    Headline "...; mother says son was ‘doing his job’" (partial for Denise Brooks, whom the headline
#    names as "mother"; the body repeats the words inside her longer direct quote). Lede content
#    before "Cimarron Springs police said Monday" (the department). Scare "the Bricks," ("known
#    locally as"). Police chief named after the first stretch (title before name, "said at a news
#    conference"), quote resumed, then "Dunlap said A, and that B" (one span). Content before
#    "according to an arrest affidavit written by Detective X" (the affidavit speaks for its author),
#    then "Tolman told KCIM 8 that A" and "Tolman said". Department's Facebook post "said the arrest
#    was the result of “...” by ..." (partial only) "and thanked the community" (no content). Group
#    "Neighbors said A and that B" (one span). Neighbour named after the first stretch, quote
#    resumed. "Asked about ..." not annotated; "Dunlap said A and was “...”," (indirect plus partial).
#    Mother "wrote on Facebook ... that A", then "she wrote" in a split quote. Restaurant owner "told
#    KCIM 8 A and that B" (no first "that"; one span). "Online court records did not list ..." and the
#    Crime Stoppers appeal are not speech.
ARTICLES["data/eval/dev32/cimarron-springs-delivery-driver-shooting.gold.json"] = {
    "article": "data/eval/dev32/cimarron-springs-delivery-driver-shooting.txt",
    "target": "Cimarron Springs Police Department",
    "quotes": [
        (P, "Denise Brooks", "doing his job", "mother says son"),
        (I, "Cimarron Springs Police Department", "A 19-year-old man has been arrested in the shooting death of a "
            "pizza delivery driver outside a north side apartment complex Saturday night", None),
        (S, None, "the Bricks,", None),
        (D, "Marcy Dunlap", "Isaiah went to that door to drop off a pizza. That\u2019s all he was doing,", None),
        (D, "Marcy Dunlap", "He didn\u2019t know anybody there, and nobody there had any reason to hurt him.", None),
        (I, "Marcy Dunlap", "the order had been placed from a prepaid phone under a fake name, and that Reese had "
            "planned to rob Brooks of his cash and his car", None),
        (I, "Ray Tolman", "Brooks handed over about $40 but ran when the suspect demanded his keys", None),
        (I, "Ray Tolman", "surveillance video from a gas station across the street and a call to Crime Stoppers led "
            "investigators to Reese within 36 hours", None),
        (D, "Ray Tolman", "We had his face, we had his car, and then we had a phone call from somebody who knew him. "
            "That\u2019s how these cases get solved,", None),
        (P, "Cimarron Springs Police Department", "round-the-clock work", None),
        (I, "Neighbors", "gunshots are common around the complex and that they have complained to police about it "
            "for months", None),
        (D, "Brenda Cole", "You call, and maybe somebody comes out two hours later. Maybe nobody comes,", None),
        (D, "Brenda Cole", "Now a young man is dead, and all of a sudden there\u2019s three squad cars out here.",
            None),
        (I, "Marcy Dunlap", "the department had answered 61 calls at the complex so far this year", None),
        (P, "Marcy Dunlap", "stretched thin,", None),
        (I, "Denise Brooks", "her son had been saving money to go to nursing school", None),
        (D, "Denise Brooks", "My baby was doing his job. He was working two jobs so he could go back to school, and "
            "somebody took all of that from him for forty dollars,", None),
        (D, "Denise Brooks", "Thank you to the detectives who didn\u2019t stop until they found him. Now I want "
            "justice for Isaiah.", None),
        (I, "Sal Moretti", "the restaurant would close Tuesday in Brooks\u2019 honor and that tips from the rest of "
            "the week would go to his family", None),
    ],
    "actors": [
        actor("Denise Brooks", "person", title="mother of the victim, Isaiah Brooks",
              aliases=["Denise Brooks"], stance=1),
        actor("Cimarron Springs Police Department", "organisation", title="city police department",
              affiliation="Cimarron Springs, Okla.",
              aliases=["Cimarron Springs Police Department", "Cimarron Springs police", "the department"],
              stance=1),
        actor("Marcy Dunlap", "person", title="police chief", affiliation="Cimarron Springs Police Department",
              aliases=["Marcy Dunlap", "Dunlap"], stance=1),
        actor("Ray Tolman", "person", title="detective (author of the arrest affidavit)",
              affiliation="Cimarron Springs Police Department", aliases=["Ray Tolman", "Tolman"], stance=1),
        actor("Neighbors", "group", title="neighbors of the Prairie View Apartments", aliases=["Neighbors"],
              stance=-1),
        actor("Brenda Cole", "person", title="resident of Prairie View Apartments (six years)",
              aliases=["Brenda Cole", "Cole"], stance=-1),
        actor("Sal Moretti", "person", title="owner", affiliation="Sal\u2019s Pizzeria",
              aliases=["Sal Moretti", "Moretti"], stance=None),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
