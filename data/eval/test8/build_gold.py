"""Build the test8 gold files (data/eval/test8/*.gold.json) from the annotation specs below.

Held-out batch: the engineers score it, they do not read it while tuning. Same approach as
data/eval/dev25/build_gold.py, importing the helpers (actor, build) of data/eval/build_gold.py:
each quote is given by its exact text and, when that text occurs more than once, by an anchor (a
string occurring exactly once in the article) from whose start the text is searched. Run from
anywhere:  python3 data/eval/test8/build_gold.py  then  python3 data/eval/check_batch.py
data/eval/test8.  Standard library only.
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
# 1. Reuters diplomacy wire (EU-Norway fisheries row), dateline "OSLO/BRUSSELS, March 4 (Reuters) -",
#    straight quotes and apostrophes (bloc's, Norway's), punctuation inside closing marks.
#    Headline without speech. Lede content before "the European Commission said on Tuesday, after
#    ..." (span stops before the cue; the "after ..." clause is the writer's). "The Commission said it
#    was examining "...," including ..." (partial only). Scare so-called "fisheries protection zone".
#    Country speaking in the present tense ("Norway says A, a position ..."). Minister named after
#    the first stretch ("Fisheries Minister X told reporters in Tromsø"), quote resumed; "She said A
#    and that B" (one span). Commission spokesperson named after a two-sentence quote (own actor,
#    not the Commission); "Ferri said the EU had "..." ..., and added that countermeasures were
#    "..."" (two partials). Shipowners' association (indirect); its secretary general named after
#    the quote ("said X, the association's secretary general"). Anonymous diplomat "said A, but that
#    B" (one span), then "the diplomat said". Russia's foreign ministry (partial). Analyst named
#    after the first stretch with a long apposition, quote resumed. "Haugland said she would meet
#    ... "at any time," but that B" (partial plus indirect). "(Reporting by ...)" line.
ARTICLES["data/eval/test8/norway-svalbard-cod-quota-eu-row.gold.json"] = {
    "article": "data/eval/test8/norway-svalbard-cod-quota-eu-row.txt",
    "target": "Norway",
    "quotes": [
        (I, "European Commission", "Norway has no right to decide on its own how much cod European Union "
            "vessels may catch in the waters around the Arctic archipelago of Svalbard", None),
        (P, "European Commission", "all options available under the EEA agreement and WTO rules,", None),
        (S, None, "fisheries protection zone", None),
        (I, "Norway", "those rights do not extend beyond 12 nautical miles from the coast", None),
        (D, "Ingrid Haugland", "The quota is based on the best available science, and it applies to everyone "
            "who fishes in the zone, Norwegian vessels included,", None),
        (D, "Ingrid Haugland", "Our own fishermen are taking exactly the same cut.", None),
        (I, "Ingrid Haugland", "Norway had offered the EU the same share of the total catch as in previous "
            "years and that the lower tonnage simply reflected the smaller overall quota", None),
        (D, "Paolo Ferri", "This is not a question of science. It is a question of whether one party can "
            "rewrite the rules of a treaty that it signed together with others,", None),
        (P, "Paolo Ferri", "never recognised", None),
        (P, "Paolo Ferri", "not our preferred path, but they are on the table.", None),
        (I, "Association of Distant-Water Shipowners", "the cut would cost its members about 40 million euros "
            "($43 million) a year and put at least 600 jobs at sea and on shore at risk", None),
        (D, "Xosé Carballo", "Our boats have fished these waters since before Norway had a coast guard. Now we "
            "are supposed to accept whatever number arrives from Oslo,", None),
        (I, "EU diplomat", "several member states wanted the Commission to act quickly, but that Germany and "
            "the Netherlands were wary of a trade fight with a close ally", None),
        (D, "EU diplomat", "Nobody in Berlin wants a fish war with the country that keeps our lights on,", None),
        (P, "Russia's foreign ministry", "incompatible with the letter and spirit", None),
        (D, "Kristin Aasland", "Both sides have an interest in keeping this a dispute about fish,", None),
        (D, "Kristin Aasland", "Once it becomes a question of sovereignty, it gets much harder for anyone to "
            "back down.", None),
        (P, "Ingrid Haugland", "at any time,", None),
        (I, "Ingrid Haugland", "the quota itself was not up for negotiation", None),
    ],
    "actors": [
        actor("European Commission", "organisation", title="EU executive", affiliation="European Union",
              aliases=["European Commission", "Commission"], stance=-1),
        actor("Norway", "country", aliases=["Norway", "Oslo"], stance=1),
        actor("Ingrid Haugland", "person", title="fisheries minister", affiliation="Norway",
              aliases=["Ingrid Haugland", "Haugland"], stance=1),
        actor("Paolo Ferri", "person", title="European Commission spokesperson",
              affiliation="European Commission", aliases=["Paolo Ferri", "Ferri"], stance=-1),
        actor("Association of Distant-Water Shipowners", "organisation",
              title="Vigo-based shipowners' association", affiliation="Spain",
              aliases=["Association of Distant-Water Shipowners", "ABAL"], stance=-1),
        actor("Xosé Carballo", "person", title="secretary general",
              affiliation="Association of Distant-Water Shipowners (ABAL)",
              aliases=["Xosé Carballo", "Carballo"], stance=-1),
        actor("EU diplomat", "person", title="diplomat (anonymous)", affiliation="European Union",
              aliases=["EU diplomat", "the diplomat"], stance=0),
        actor("Russia's foreign ministry", "government", affiliation="Russia",
              aliases=["Russia's foreign ministry"], stance=-1),
        actor("Kristin Aasland", "person", title="senior researcher", affiliation="Fridtjof Nansen Institute",
              aliases=["Kristin Aasland", "Aasland"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. British national politics (backbench rebellion on a housing bill), curly single quotes with a
#    nested curly double quote, ’ apostrophes inside and outside quotes, fragment punctuation
#    outside the marks, "Ms" titles. Headline fragment "... ‘...’, says Labour rebel" (partial, the
#    rebel: Sarah Pennant, whose body quote repeats the words). Standfirst and byline without
#    speech. Split quote "Ms Pennant said"; "She said she had been approached by ‘dozens’ ..."
#    (partial only). "The housing secretary ... insisted the government would not ‘trade away’ ..."
#    (partial only); "Speaking on BBC Radio 4's Today programme, she said: ‘..." opening a
#    two-paragraph quote; "She added that A ‘...’ and that B" (partial plus indirect). Scare
#    ‘grey belt’ (no speaker). Shadow secretary named after the first stretch ("said X, the shadow
#    housing secretary"), quote resumed; his quote names the target in full. Whip "said the
#    rebellion was ‘...’" (partial) then a quote with a nested “...” ("the whip said"). LGA "warned
#    that". Charity head "said A" then "she said". "Asked whether ..." then a Downing Street
#    spokesman's answer. Anonymous cabinet colleague "was blunter about the rebels: ‘...’" (colon;
#    first name "Louise" inside).
ARTICLES["data/eval/test8/green-belt-amendment-labour-rebellion.gold.json"] = {
    "article": "data/eval/test8/green-belt-amendment-labour-rebellion.txt",
    "target": "Louise Carrow",
    "quotes": [
        (P, "Sarah Pennant", "a betrayal of rural voters", "Green belt plan \u2018"),
        (D, "Sarah Pennant", "I was elected on a promise to build the homes this country needs, and I stand "
            "by that,", None),
        (D, "Sarah Pennant", "But building them on fields that people were told would be protected for ever "
            "is a betrayal of rural voters, and they will not forgive us for it.", None),
        (P, "Sarah Pennant", "dozens", None),
        (P, "Louise Carrow", "trade away", None),
        (D, "Louise Carrow", "Every generation that has fixed this country\u2019s housing crisis has had to "
            "make hard choices about where homes go. I am not going to pretend otherwise.", None),
        (D, "Louise Carrow", "The green belt we have today includes car parks, scrapyards and disused petrol "
            "stations. Nobody moved to the countryside to look at a car wash.", None),
        (P, "Louise Carrow", "hand a veto to whoever shouts loudest", None),
        (I, "Louise Carrow", "councils already had strong protections for genuine countryside", None),
        (S, None, "grey belt", None),
        (D, "Tobias Wren", "Louise Carrow has achieved something I did not think was possible: she has "
            "united her own backbenchers and the Conservative Party against her,", None),
        (D, "Tobias Wren", "If she had any sense, she would pull the bill and start again.", None),
        (P, "government whip", "smaller than it looks", None),
        (D, "government whip", "Half of them signed it so they could put out a leaflet saying \u201cI stood "
            "up for the green belt\u201d. When it comes to the vote, most of them will be in the right "
            "lobby,", None),
        (I, "Local Government Association", "local authorities could not plan for new homes while the rules "
            "remained in doubt", None),
        (I, "Rosalind Tate", "the government\u2019s own figures showed there was enough previously developed "
            "land in England for more than a million homes", None),
        (D, "Rosalind Tate", "Build there first, and then come and talk to us about fields,", None),
        (D, "Downing Street spokesman", "Of course. She is doing an excellent job.", None),
        (D, "cabinet colleague", "Louise has got more homes started in a year than her predecessors managed "
            "in five. Some of these people need to decide whether they want to be in government or in a "
            "protest group.", None),
    ],
    "actors": [
        actor("Sarah Pennant", "person", title="MP for Wealdbridge and Ashby (backbench rebel)",
              affiliation="Labour", aliases=["Sarah Pennant", "Ms Pennant", "Pennant"], stance=-1),
        actor("Louise Carrow", "person", title="housing secretary", affiliation="UK government (Labour)",
              aliases=["Louise Carrow", "Ms Carrow", "Carrow", "Louise", "housing secretary"], stance=1),
        actor("Tobias Wren", "person", title="shadow housing secretary", affiliation="Conservative Party",
              aliases=["Tobias Wren", "Wren"], stance=-1),
        actor("government whip", "person", title="whip (anonymous)", affiliation="UK government (Labour)",
              aliases=["government whip", "the whip"], stance=1),
        actor("Local Government Association", "organisation", title="councils' association (England)",
              aliases=["Local Government Association"], stance=0),
        actor("Rosalind Tate", "person", title="chief executive", affiliation="CPRE (countryside charity)",
              aliases=["Rosalind Tate", "Tate"], stance=-1),
        actor("Downing Street spokesman", "person", title="spokesman", affiliation="Downing Street",
              aliases=["Downing Street spokesman"], stance=1),
        actor("cabinet colleague", "person", title="cabinet minister (anonymous)",
              affiliation="UK government (Labour)", aliases=["cabinet colleague"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AP business (hostile takeover bid rejected), "By NAME AP Business Writer", dateline
#    "CINCINNATI (AP) —", curly “ ” and ’ apostrophes (Halden’s, Brands’, I’m), punctuation inside
#    closing marks, em dash inside a quote. Headline fragment "... rejects ... as “opportunistic”"
#    (partial, Merriweather Foods: the headline names it; the body's letter repeats the word). Lede
#    participial "saying the bid “...” the company ..." (partial only). "In a letter ..., Merriweather
#    said ... was “...” and that B" (partial plus indirect); the bidder "said it was “...” ... and
#    that B" (partial plus indirect). CEO named after the first stretch ("Halden CEO X said in an
#    interview"), quote resumed; "Oyelaran said A". Scare so-called “poison pill,”. Target's rival's
#    CEO "Speaking to analysts ..., X said A and had B" (one span) then "she said". Content before
#    "according to people familiar with the matter, who asked not to be named ...". Analyst named
#    after the first stretch ("said X, an analyst at ... who ..."), quote resumed. State
#    representative "said she had written ... seeking assurances ..." (indirect) then "she said".
#    "Halden said in a statement that it had “...” ..." (partial only).
ARTICLES["data/eval/test8/merriweather-rejects-halden-bid.gold.json"] = {
    "article": "data/eval/test8/merriweather-rejects-halden-bid.txt",
    "target": "Halden Brands",
    "quotes": [
        (P, "Merriweather Foods", "opportunistic", "takeover bid as \u201c"),
        (P, "Merriweather Foods", "significantly undervalues", None),
        (P, "Merriweather Foods", "opportunistic", "offer was \u201c"),
        (I, "Merriweather Foods", "it had been timed to take advantage of a share price still depressed by a "
            "product recall last fall", None),
        (P, "Halden Brands", "disappointed", None),
        (I, "Halden Brands", "it would take its offer directly to Merriweather shareholders", None),
        (D, "Paul Oyelaran", "We made a full and fair offer \u2014 a 41% premium, all in cash,", None),
        (D, "Paul Oyelaran", "Merriweather\u2019s shareholders deserve the chance to decide for themselves, "
            "and we intend to give them that chance.", None),
        (I, "Paul Oyelaran", "Halden was prepared to nominate its own candidates for Merriweather\u2019s board "
            "at the company\u2019s annual meeting in May if the two sides could not agree on a deal", None),
        (S, None, "poison pill,", None),
        (I, "Janet Kluge", "the company\u2019s new frozen-meals line, launched in January, was running ahead "
            "of plan and had already won space in more than 9,000 stores", None),
        (D, "Janet Kluge", "We are not for sale at this price, and frankly, I\u2019m not sure we\u2019re for "
            "sale at any price Halden can afford,", None),
        (I, "people familiar with the matter", "Halden first approached Merriweather privately in November and "
            "raised its offer once before going public", None),
        (D, "Tom Brecker", "Halden needs this deal more than Merriweather does,", None),
        (D, "Tom Brecker", "Its own brands are losing shelf space to store labels. But $38 is a serious offer, "
            "and if Halden gets to $40, I think Merriweather\u2019s board will have a very hard time saying "
            "no.", None),
        (I, "Angela Moretti", "she had written to both companies seeking assurances about the jobs", None),
        (D, "Angela Moretti", "Every time one of these deals happens, somebody promises nothing will change, "
            "and two years later the plant is gone,", None),
        (P, "Halden Brands", "no plans", None),
    ],
    "actors": [
        actor("Merriweather Foods", "organisation", title="snack maker (takeover target)",
              aliases=["Merriweather Foods", "Merriweather"], stance=-1),
        actor("Halden Brands", "organisation", title="snack maker (bidder), Minneapolis",
              aliases=["Halden Brands", "Halden"], stance=1),
        actor("Paul Oyelaran", "person", title="CEO", affiliation="Halden Brands",
              aliases=["Paul Oyelaran", "Oyelaran"], stance=1),
        actor("Janet Kluge", "person", title="CEO", affiliation="Merriweather Foods",
              aliases=["Janet Kluge", "Kluge"], stance=-1),
        actor("people familiar with the matter", "group", title="sources (anonymous)",
              aliases=["people familiar with the matter"], stance=None),
        actor("Tom Brecker", "person", title="analyst (packaged food)", affiliation="Piper Sandler",
              aliases=["Tom Brecker", "Brecker"], stance=0),
        actor("Angela Moretti", "person", title="state representative (Democrat), Ohio",
              affiliation="Ohio House of Representatives", aliases=["Angela Moretti", "Moretti"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. New Zealand local news (Local Democracy Reporting: council seawall decision), straight double
#    quotes and apostrophes (ratepayers', years', aren't), straight single quotes in the headline,
#    NZ/British spelling, fragment punctuation outside the marks, macrons (Kōtare, Tōtara).
#    Headline fragment "... left 'abandoned' ..., residents say" (partial, the residents: the
#    headline names them). Scare "managed retreat". Mayor named after the first stretch ("Mayor X
#    said after the meeting"), quote resumed; "Asked whether ..." then "Walker said: "..."".
#    Council officer "told councillors A and would B" (one span) then "she said". Group "several
#    residents told councillors A". Association chairwoman (partial), then a quote running over two
#    paragraphs ("she said" after the first stretch; the second stretch's paragraph stays open).
#    Council statement "said A and that B" (one span). A man and a woman named together, then "he
#    said" (McAllister) and "Herewini said A, but would not accept an offer "..."" (indirect plus
#    partial) then "she said". Councillor (partial). Mayor "said the council would write to the
#    Government asking for ..." (indirect).
ARTICLES["data/eval/test8/kotare-bay-seawall-managed-retreat.gold.json"] = {
    "article": "data/eval/test8/kotare-bay-seawall-managed-retreat.txt",
    "target": "Tōtara Coast District Council",
    "quotes": [
        (P, "residents", "abandoned", None),
        (S, None, "managed retreat", None),
        (D, "Hemi Walker", "Nobody around that table enjoyed this vote,", None),
        (D, "Hemi Walker", "But we can't keep pouring ratepayers' money into a wall the sea is going to beat "
            "anyway. The honest thing is to tell people that now, not in 10 years' time.", None),
        (D, "Hemi Walker", "We looked at it. It would have meant about $9000 a year for every household at "
            "the bay. Nobody could pay that.", None),
        (I, "Priya Lal", "the wall had been patched 11 times since 2017 and would probably fail in a major "
            "storm within five years", None),
        (D, "Priya Lal", "We can hold the line for a while. What we can't do is hold it forever,", None),
        (I, "residents", "they had bought their homes without being warned the wall was at risk", None),
        (P, "Robyn Aitken", "in a hurry and behind closed doors", None),
        (D, "Robyn Aitken", "People here aren't asking the council to hold back the Pacific Ocean,", None),
        (D, "Robyn Aitken", "We're asking for a fair price and a bit of time.", None),
        (D, "Robyn Aitken", "Most of the people on this street are retired. Their house is all they've got. "
            "If the council wants to buy it, it should pay what it was worth before it decided to let the "
            "wall fall down.", None),
        (I, "Tōtara Coast District Council", "buyout offers would be based on independent valuations and "
            "that no-one would be forced to sell", None),
        (D, "Ross McAllister", "We've watched the council spend millions on cycleways in town while this wall "
            "fell apart,", None),
        (I, "Tania Herewini", "she was relieved a decision had finally been made", None),
        (P, "Tania Herewini", "at a fire-sale price", None),
        (D, "Tania Herewini", "I lie awake every time there's a big southerly. At least now we know where we "
            "stand,", None),
        (P, "Dave Simmonds", "giving up on a community to save a line in a spreadsheet", None),
        (I, "Hemi Walker", "the council would write to the Government asking for a national fund to help "
            "councils facing the same choice", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of Kōtare Bay", aliases=["residents"], stance=-1),
        actor("Hemi Walker", "person", title="mayor", affiliation="Tōtara Coast District Council",
              aliases=["Hemi Walker", "Walker"], stance=1),
        actor("Priya Lal", "person", title="infrastructure manager", affiliation="Tōtara Coast District Council",
              aliases=["Priya Lal", "Lal"], stance=1),
        actor("Robyn Aitken", "person", title="chairwoman", affiliation="Kōtare Bay Residents' Association",
              aliases=["Robyn Aitken", "Aitken"], stance=-1),
        actor("Tōtara Coast District Council", "government", title="district council (New Zealand)",
              aliases=["Tōtara Coast District Council", "the council"], stance=1),
        actor("Ross McAllister", "person", title="retired builder (74), Kōtare Bay resident",
              aliases=["Ross McAllister", "McAllister"], stance=-1),
        actor("Tania Herewini", "person", title="Kōtare Bay resident (McAllister's neighbour)",
              aliases=["Tania Herewini", "Herewini"], stance=0),
        actor("Dave Simmonds", "person", title="councillor (voted against)",
              affiliation="Tōtara Coast District Council", aliases=["Dave Simmonds", "Simmonds"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
