"""Build the dev219 gold files (data/eval/dev219/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev219/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev219.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev219"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Fiji Times disaster/utilities (a town without piped water after floods), headline without speech, byline,
#    lede opening in capitals ("MORE than 8000"), straight " and apostrophes, "Mr"/"Mrs", "yesterday"; lede content
#    before "the Water Authority of Fiji (WAF) confirmed yesterday"; chief executive "said A", quote with "Mr Chand
#    said", "He said supply would be restored "..."" (partial only); group "But residents said A"; resident named
#    after her quote, split by "said Shalini Devi, 42, ...", "Mrs Devi said A"; photo caption with "Residents say
#    ..." and a credit "(Rajnesh Lingam/The Fiji Times)" (not annotated); special administrator "said A", "he told
#    The Fiji Times"; "According to the National Disaster Management Office (NDMO), A"; scare so-called "temporary
#    fix"; anonymous engineer "said A", "the engineer said"; minister "told Parliament yesterday that the pipeline
#    was "..." and that B" (partial plus indirect); opposition MP "said WAF had "..." and that B" (partial plus
#    indirect), then a question with "she asked".
ARTICLES[f"{BATCH}/ba-floods-water-authority.gold.json"] = {
    "article": f"{BATCH}/ba-floods-water-authority.txt",
    "target": "Water Authority of Fiji",
    "quotes": [
        (I, "Water Authority of Fiji", "MORE than 8000 residents of Ba Town and nearby settlements have been without "
            "piped water since Sunday after floodwaters damaged the main pipeline from the Rarawai treatment plant",
            None),
        (I, "Amit Chand", "repair crews had been unable to reach the damaged section of the pipe until Wednesday because "
            "the Ba River was still running high", None),
        (D, "Amit Chand", "Our teams have been working day and night. We understand the frustration, and we ask for a "
            "little more patience,", None),
        (P, "Amit Chand", "by the weekend at the latest", None),
        (I, "residents", "they had heard the same promise before", None),
        (D, "Shalini Devi", "Every time it floods, the pipe breaks, and every time they tell us it will be fixed in two "
            "days,", None),
        (D, "Shalini Devi", "We are buying bottled water we cannot afford.", None),
        (I, "Shalini Devi", "her children had missed two days of school because their school had no water for its "
            "toilets", None),
        (I, "Peni Vuniwaqa", "the council had asked WAF for more water carting trucks", None),
        (D, "Peni Vuniwaqa", "Two trucks for the whole of Ba is not enough. People are queuing for hours in the sun,",
            None),
        (I, "National Disaster Management Office", "612 people remained in 14 evacuation centres in the Western Division "
            "last night", None),
        (S, None, "temporary fix", None),
        (I, "WAF engineer", "the pipe had been patched at least six times since 2021", None),
        (D, "WAF engineer", "It needs replacing, not patching. Everybody inside WAF knows that,", None),
        (P, "Jone Vakacegu", "more than 40 years old", None),
        (I, "Jone Vakacegu", "Government had set aside $12 million in the 2025-2026 Budget to replace it", None),
        (P, "Litia Koroi", "failed the people of Ba", None),
        (I, "Litia Koroi", "its own engineers had warned about the pipe in 2021", None),
        (D, "Litia Koroi", "How many more floods before someone takes responsibility?", None),
    ],
    "actors": [
        actor("Water Authority of Fiji", "government", title="water utility", affiliation="Fiji",
              aliases=["Water Authority of Fiji", "WAF"], stance=0),
        actor("Amit Chand", "person", title="chief executive", affiliation="Water Authority of Fiji",
              aliases=["Amit Chand", "Chand", "Mr Chand"], stance=1),
        actor("residents", "group", title="residents of Ba", affiliation=None, aliases=["residents"], stance=-1),
        actor("Shalini Devi", "person", title="mother of three from Namosau, 42", affiliation=None,
              aliases=["Shalini Devi", "Devi", "Mrs Devi"], stance=-1),
        actor("Peni Vuniwaqa", "person", title="special administrator", affiliation="Ba Town Council",
              aliases=["Peni Vuniwaqa", "Vuniwaqa"], stance=-1),
        actor("National Disaster Management Office", "government", title="disaster management office",
              affiliation="Fiji", aliases=["National Disaster Management Office", "NDMO"], stance=None),
        actor("WAF engineer", "person", title="engineer (anonymous)", affiliation="Water Authority of Fiji",
              aliases=["WAF engineer", "the engineer"], stance=-1),
        actor("Jone Vakacegu", "person", title="Minister for Public Works", affiliation="Government of Fiji",
              aliases=["Jone Vakacegu", "Vakacegu"], stance=0),
        actor("Litia Koroi", "person", title="Opposition MP", affiliation="Opposition",
              aliases=["Litia Koroi", "Koroi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Khaleej Times transport (Dubai brings in peak-time parking tariffs), headline without speech, standfirst with
#    content before "the Roads and Transport Authority says", byline, curly " " and ’, "Dh6", "per cent", expats by
#    nationality and job; lede content before "the Roads and Transport Authority (RTA) announced on Tuesday";
#    content before "according to a statement from the authority"; agency chief named after his quote, "He said A";
#    Q&A "Asked whether ..., Al Ketbi said: "..."" (direct); "what the authority calls its "..." pricing model"
#    (partial for the RTA, not a scare quote); "Residents who spoke to Khaleej Times were divided." (no
#    proposition); expat named after his quote, "He said A"; "welcomed the change." then a quote with "she said";
#    group "Residents on social media said A"; listed company "said in a filing ... that the new tariffs would have
#    a "..." on its revenue" (partial only); researcher's quote split by "said Dr Rania Haddad, ...," and continued
#    lower-case into a paragraph left open, then a closed quote-only paragraph; content before "according to
#    Parkin's latest annual report".
ARTICLES[f"{BATCH}/dubai-peak-parking-tariff-rta.gold.json"] = {
    "article": f"{BATCH}/dubai-peak-parking-tariff-rta.txt",
    "target": "Roads and Transport Authority",
    "quotes": [
        (I, "Roads and Transport Authority", "Premium zones near metro stations and malls will be covered first", None),
        (I, "Roads and Transport Authority", "Motorists in Dubai will pay Dh6 an hour to park in premium public zones "
            "during the morning and evening rush from April 1", None),
        (I, "Roads and Transport Authority", "Parking in those zones will cost Dh6 an hour between 8am and 10am and "
            "between 4pm and 8pm, and Dh4 an hour at other times", None),
        (D, "Mohammed Al Ketbi", "The aim is not to raise revenue. The aim is to make sure that a driver who needs a "
            "space can find one, and to encourage more people to take the metro,", None),
        (I, "Mohammed Al Ketbi", "occupancy in some zones near the Al Rigga and Business Bay metro stations reached 98 "
            "per cent at peak times, leaving drivers circling for up to 20 minutes", None),
        (D, "Mohammed Al Ketbi", "No. Residential permits are not part of this change.", None),
        (P, "Roads and Transport Authority", "demand-based", None),
        (D, "Imran Qureshi", "I drive to Business Bay every day because there is no metro anywhere near my building in "
            "Al Barsha South. Now I will pay Dh36 more a week for the same space,", None),
        (I, "Imran Qureshi", "his employer did not provide parking for staff", None),
        (D, "Joy Santos", "If it gets even a few cars off Sheikh Zayed Road, I’m happy,", None),
        (I, "Residents on social media", "the evening window, which runs until 8pm, was too long for people who finish "
            "work late", None),
        (P, "Parkin", "positive impact", None),
        (D, "Rania Haddad", "Peak pricing works in London and Singapore,", None),
        (D, "Rania Haddad", "but only because the buses and trains there take you almost everywhere.", None),
        (D, "Rania Haddad", "Dubai’s metro is excellent. The problem is the last kilometre, from the station to the "
            "office or the home.", None),
        (I, "Parkin", "Dubai has about 200,000 paid public parking spaces", None),
    ],
    "actors": [
        actor("Roads and Transport Authority", "government", title="transport authority", affiliation="Dubai",
              aliases=["Roads and Transport Authority", "RTA", "the authority"], stance=1),
        actor("Mohammed Al Ketbi", "person", title="chief executive, Traffic and Roads Agency",
              affiliation="Roads and Transport Authority", aliases=["Mohammed Al Ketbi", "Al Ketbi"], stance=1),
        actor("Imran Qureshi", "person", title="accountant, Pakistani expat", affiliation=None,
              aliases=["Imran Qureshi", "Qureshi"], stance=-1),
        actor("Joy Santos", "person", title="nurse, Filipina", affiliation=None, aliases=["Joy Santos", "Santos"],
              stance=1),
        actor("Residents on social media", "group", title="residents", affiliation=None,
              aliases=["Residents on social media"], stance=-1),
        actor("Parkin", "organisation", title="listed parking operator", affiliation="Dubai", aliases=["Parkin"],
              stance=None),
        actor("Rania Haddad", "person", title="urban mobility researcher", affiliation="American University in Dubai",
              aliases=["Rania Haddad", "Haddad", "Dr Rania Haddad"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Notes from Poland sport (the football association sacks the national coach), headline without speech, no byline,
#    straight " and apostrophes, Polish diacritics (Łódź, Gdańsk, Przegląd), "Main image credit: ... (under CC
#    BY-SA 4.0)" line; president's quote with "PZPN president Andrzej Malec told a press conference" (name after the
#    quote), "Malec said the federation would name a new coach "..." and that B" (partial plus indirect), "He did not
#    say ..." (negated); scare so-called "new generation" policy; coach "In a statement posted on Instagram, the
#    54-year-old said he was "..." by the decision" (partial only), quote with "he wrote", "He added that A";
#    "According to the sports daily Przegląd Sportowy, A"; "Several players defended their former coach." (act)
#    then captain's quote with "captain Kamil Nowicki told Polsat Sport"; pundit "said Wrona had lost the dressing
#    room "..."" (partial), question-ending quote with "Kruk said"; minister "wrote on X that the decision was "..."
#    and that B" (partial plus indirect); group "Some fans said A"; fan by first name after his quote.
ARTICLES[f"{BATCH}/poland-coach-wrona-sacked.gold.json"] = {
    "article": f"{BATCH}/poland-coach-wrona-sacked.txt",
    "target": "Tomasz Wrona",
    "quotes": [
        (D, "Andrzej Malec", "The results speak for themselves. We needed a new impulse, and we could not wait until the "
            "spring,", None),
        (P, "Andrzej Malec", "within two weeks", None),
        (I, "Andrzej Malec", "two candidates, both Polish, had already been contacted", None),
        (S, None, "new generation", None),
        (P, "Tomasz Wrona", "disappointed but not surprised", None),
        (D, "Tomasz Wrona", "I gave this team everything I had. Maybe it was not enough, but nobody can say that I did "
            "not try,", None),
        (I, "Tomasz Wrona", "he would not comment further until the termination of his contract had been settled", None),
        (I, "Przegląd Sportowy", "Wrona will receive around 1.5 million zloty in compensation, the remainder of his "
            "salary until the end of the qualifying campaign", None),
        (D, "Kamil Nowicki", "It hurts. We let the coach down on the pitch, not the other way round,", None),
        (P, "Paweł Kruk", "months ago", None),
        (D, "Paweł Kruk", "There was no plan. Every match a new system, new players, a new captain. How can a team grow "
            "like that?", None),
        (P, "Anna Lis", "a matter for the PZPN alone", None),
        (I, "Anna Lis", "the government would not interfere in the choice of a successor", None),
        (I, "Some fans", "the players, not the coach, should take the blame", None),
        (D, "Michał", "Wrona gave the young ones a chance. These experienced players did not run for him,", None),
    ],
    "actors": [
        actor("Andrzej Malec", "person", title="PZPN president", affiliation="Polish Football Association (PZPN)",
              aliases=["Andrzej Malec", "Malec"], stance=-1),
        actor("Tomasz Wrona", "person", title="former national team coach", affiliation="Poland national team",
              aliases=["Tomasz Wrona", "Wrona", "the 54-year-old"], stance=1),
        actor("Przegląd Sportowy", "organisation", title="sports daily", affiliation="Poland",
              aliases=["Przegląd Sportowy"], stance=None),
        actor("Kamil Nowicki", "person", title="captain", affiliation="Poland national team",
              aliases=["Kamil Nowicki", "Nowicki"], stance=1),
        actor("Paweł Kruk", "person", title="former international, pundit", affiliation="Canal+ Sport",
              aliases=["Paweł Kruk", "Kruk"], stance=-1),
        actor("Anna Lis", "person", title="sport minister", affiliation="Government of Poland",
              aliases=["Anna Lis", "Lis"], stance=None),
        actor("Some fans", "group", title="fans at Warsaw Chopin Airport", affiliation=None, aliases=["Some fans"],
              stance=1),
        actor("Michał", "person", title="fan from Łódź, 31", affiliation=None, aliases=["Michał"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Drapers (UK fashion retail trade press) business (a fashion and homewares chain falls into administration),
#    headline with a curly single fragment "... as suppliers warn of 'domino effect'", byline, British curly single
#    quotes ‘...’ with ’ apostrophes inside (don’t, can’t) and outside (chain’s), "£11.2m", en dash inside a quote;
#    content before "the retailer said"; administrator "said A", "he said"; chief executive "said the board had
#    '...' before ..." (partial only), two quotes split by "she said."; content before "according to its most recent
#    accounts" (the retailer's); scare so-called 'store of the future' format; group "Several suppliers told Drapers
#    A"; anonymous "One womenswear supplier, who asked not to be named, said A", "the supplier said" (the quote
#    repeats the headline's words); union officer "said many staff had learned of ... '...'." (partial only), "He
#    said A"; analyst named after her quote, "She said A", "Cole said".
ARTICLES[f"{BATCH}/harbury-lyle-administration.gold.json"] = {
    "article": f"{BATCH}/harbury-lyle-administration.txt",
    "target": "Harbury & Lyle",
    "quotes": [
        (P, "Several suppliers", "domino effect", "Harbury & Lyle falls"),
        (I, "Harbury & Lyle", "Interpath Advisory was appointed as administrator on Monday", None),
        (I, "Martin Okafor", "all stores would continue to trade while a buyer was sought for all or part of the "
            "business", None),
        (D, "Martin Okafor", "Harbury & Lyle has a loyal customer base and a strong brand in its heartlands. We are "
            "confident there will be interest,", None),
        (P, "Fiona Dale", "explored every option", None),
        (D, "Fiona Dale", "The combination of higher employer national insurance contributions, the rise in the minimum "
            "wage and a very weak autumn left us with no road ahead,", None),
        (D, "Fiona Dale", "I am deeply sorry for our colleagues.", None),
        (I, "Harbury & Lyle", "The retailer made a pre-tax loss of £11.2m in the year to 1 March", None),
        (S, None, "store of the future", None),
        (I, "Several suppliers", "they were owed significant sums", None),
        (I, "One womenswear supplier", "it was owed more than £300,000 for autumn stock that had already been delivered",
            None),
        (D, "One womenswear supplier", "If we don’t get paid, we can’t pay our factories in Leicester, and then they "
            "can’t pay their staff. That is the domino effect nobody talks about,", None),
        (P, "Kevin Marsh", "on social media, not from their managers", None),
        (I, "Kevin Marsh", "the union would seek urgent meetings with the administrators to protect jobs and redundancy "
            "pay", None),
        (D, "Jenna Cole", "Harbury & Lyle has been squeezed from both ends – by Primark and Shein on price, and by Next "
            "and M&S on quality,", None),
        (I, "Jenna Cole", "the chain’s large stores in smaller market towns had suffered as shoppers moved to retail "
            "parks and online", None),
        (D, "Jenna Cole", "A buyer will want the brand and maybe 15 or 20 of the best stores. I would be surprised if "
            "many more survive,", None),
    ],
    "actors": [
        actor("Several suppliers", "group", title="suppliers", affiliation=None,
              aliases=["Several suppliers", "suppliers"], stance=-1),
        actor("Harbury & Lyle", "organisation", title="fashion and homewares chain", affiliation="Midlands",
              aliases=["Harbury & Lyle", "the retailer"], stance=0),
        actor("Martin Okafor", "person", title="joint administrator", affiliation="Interpath Advisory",
              aliases=["Martin Okafor", "Okafor"], stance=1),
        actor("Fiona Dale", "person", title="chief executive", affiliation="Harbury & Lyle",
              aliases=["Fiona Dale", "Dale"], stance=1),
        actor("One womenswear supplier", "organisation", title="womenswear supplier (anonymous)", affiliation=None,
              aliases=["One womenswear supplier", "the supplier"], stance=-1),
        actor("Kevin Marsh", "person", title="national officer", affiliation="Usdaw",
              aliases=["Kevin Marsh", "Marsh"], stance=-1),
        actor("Jenna Cole", "person", title="retail analyst", affiliation="GlobalData",
              aliases=["Jenna Cole", "Cole"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
