"""Build the dev168 gold files (data/eval/dev168/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev167/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev168/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev168.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev168"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. KBC Digital (Kenya Broadcasting Corporation) tourism/business (the first direct Moscow flight lands in
#    Mombasa), headline without speech, "By" byline and date line, straight " and apostrophes, British
#    punctuation outside fragments, "per cent", "CS"/"Dr."; CS "said A", quote split by "the CS said";
#    ambassador "described the flight as "..." and said A" (partial plus indirect), then "he told journalists
#    at the airport"; "According to the Kenya Association of Hotelkeepers and Caterers (KAHC), A"; branch
#    chair "said A", "he said"; Ukrainian embassy "criticised the arrangement, saying in a statement that Kenya
#    should not "..." with ..." (act; partial only), then "the statement said"; Q&A "Asked about ..., CS
#    Nyamweya said Kenya's foreign policy was "..." and that B" (partial plus indirect); economist "said A but
#    warned that B" (two indirects), "she said"; beach operator "said business had "..."", quote with "he said
#    with a laugh".
ARTICLES[f"{BATCH}/aeroflot-mombasa-direct-flights-russia.gold.json"] = {
    "article": f"{BATCH}/aeroflot-mombasa-direct-flights-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Rebecca Nyamweya", "the twice-weekly service would bring an estimated 30,000 additional visitors to the Coast "
            "every year", None),
        (D, "Rebecca Nyamweya", "Russia is one of the fastest-growing source markets for Kenya. These are visitors who stay "
            "longer, travel further and spend more,", None),
        (D, "Rebecca Nyamweya", "We are open to tourists from every part of the world.", None),
        (P, "Dmitry Vasilchenko", "a bridge between our peoples", None),
        (I, "Dmitry Vasilchenko", "Russian tour operators had already sold out the first six weeks of flights", None),
        (D, "Dmitry Vasilchenko", "For many Russians, Europe is now closed. Africa is open, and Kenya is at the top of the "
            "list,", None),
        (I, "Kenya Association of Hotelkeepers and Caterers", "hotel occupancy along the South and North Coast averaged 48 "
            "per cent in the low season this year, well below pre-pandemic levels", None),
        (I, "Swaleh Mwinyi", "hotels in Diani, Watamu and Malindi had hired extra staff and introduced Russian-language "
            "menus ahead of the launch", None),
        (D, "Swaleh Mwinyi", "This is a lifeline for our members. We had hotels that were thinking of closing during the "
            "long rains,", None),
        (P, "Embassy of Ukraine in Nairobi", "normalise business as usual", None),
        (D, "Embassy of Ukraine in Nairobi", "Every dollar that flows to Aeroflot flows to a company under international "
            "sanctions,", None),
        (P, "Rebecca Nyamweya", "non-aligned", None),
        (I, "Rebecca Nyamweya", "tourism was not the place to settle geopolitical disputes", None),
        (I, "Wanjiru Gikonyo", "the flights would help the Coast in the short term", None),
        (I, "Wanjiru Gikonyo", "the sector should not rely on a single market", None),
        (D, "Wanjiru Gikonyo", "We saw what happened when European arrivals collapsed during the pandemic. Concentration "
            "is risk,", None),
        (P, "Kassim Omari", "never been better", None),
        (D, "Kassim Omari", "They pay in cash and they tip well. I don't ask them about politics,", None),
    ],
    "actors": [
        actor("Rebecca Nyamweya", "person", title="Tourism and Wildlife Cabinet Secretary", affiliation="Kenya",
              aliases=["Rebecca Nyamweya", "Nyamweya", "CS"], stance=1),
        actor("Dmitry Vasilchenko", "person", title="Russia's Ambassador to Kenya", affiliation="Russia",
              aliases=["Dmitry Vasilchenko", "Vasilchenko"], stance=1),
        actor("Kenya Association of Hotelkeepers and Caterers", "organisation", title="hotel industry association",
              aliases=["Kenya Association of Hotelkeepers and Caterers", "KAHC"], stance=None),
        actor("Swaleh Mwinyi", "person", title="Coast branch chairperson",
              affiliation="Kenya Association of Hotelkeepers and Caterers", aliases=["Swaleh Mwinyi", "Mwinyi"], stance=1),
        actor("Embassy of Ukraine in Nairobi", "government", title="embassy", affiliation="Ukraine",
              aliases=["Embassy of Ukraine in Nairobi"], stance=-1),
        actor("Wanjiru Gikonyo", "person", title="economist", aliases=["Wanjiru Gikonyo", "Gikonyo"], stance=0),
        actor("Kassim Omari", "person", title="beach operator", aliases=["Kassim Omari", "Omari"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. City A.M. markets/business (a buy now, pay later fintech's profit warning), headline without speech, byline
#    and "Wednesday 02 December 2026 4:05 pm" lines, straight " and apostrophes, British punctuation outside
#    fragments, "per cent", "210p", "£4m". Lede "after it warned that A"; trading update "said arrears ... had
#    risen "..." in ... and that B" (partial plus indirect); CEO "insisted the business remained "..."" (partial
#    only), quote split by "Lindqvist told City A.M.", "He said A and that B"; the chair shares his surname (no
#    speech: "a stock exchange filing showed" is not a cue); "Analysts were less forgiving" (no speech); analyst
#    "said the update raised "..." about ..." (partial only), "he said"; anonymous shareholder "told City A.M.
#    that investors had been "..." and that B" (partial plus indirect), then "the investor said"; FCA
#    spokesperson "said it did not comment on individual firms, but that the new regime was designed to "...""
#    (indirect plus partial); investment researcher "described the sell-off as "..."" (partial), "she said".
ARTICLES[f"{BATCH}/paylark-profit-warning-shares.gold.json"] = {
    "article": f"{BATCH}/paylark-profit-warning-shares.txt",
    "target": "Paylark",
    "quotes": [
        (I, "Paylark", "rising bad debts would wipe out most of this year's profit", None),
        (P, "Paylark", "materially faster than modelled", None),
        (I, "Paylark", "it had tightened lending criteria as a result", None),
        (P, "Tobias Lindqvist", "fundamentally sound", None),
        (D, "Tobias Lindqvist", "We grew quickly, and in one part of our book we grew too quickly. We've fixed that,", None),
        (D, "Tobias Lindqvist", "Our core customers are paying on time, and we have a strong balance sheet.", None),
        (I, "Tobias Lindqvist", "the company had no plans to raise fresh equity and that Paylark would still be profitable "
            "next year", None),
        (P, "Rhys Caddick", "serious questions", None),
        (D, "Rhys Caddick", "This is the second downgrade in four months. The market gave management the benefit of the "
            "doubt in August. It won't do so again,", None),
        (P, "One top-20 shareholder", "blindsided", None),
        (I, "One top-20 shareholder", "several were pushing for changes on the board", None),
        (D, "One top-20 shareholder", "There was no hint of this at the capital markets day in October. None,", None),
        (I, "A spokesperson for the FCA", "it did not comment on individual firms", None),
        (P, "A spokesperson for the FCA", "protect consumers from taking on debt they cannot afford", None),
        (P, "Kerry Summer", "brutal but not surprising", None),
        (D, "Kerry Summer", "Buy now, pay later has always been a bet that young borrowers will keep paying. When they "
            "stop, the numbers turn very quickly,", None),
    ],
    "actors": [
        actor("Paylark", "organisation", title="buy now, pay later fintech", aliases=["Paylark"], stance=1),
        actor("Tobias Lindqvist", "person", title="chief executive", affiliation="Paylark",
              aliases=["Tobias Lindqvist", "Lindqvist"], stance=1),
        actor("Rhys Caddick", "person", title="analyst", affiliation="Peel Hunt", aliases=["Rhys Caddick", "Caddick"],
              stance=-1),
        actor("One top-20 shareholder", "person", title="anonymous investor", affiliation="Paylark shareholder",
              aliases=["One top-20 shareholder"], stance=-1),
        actor("A spokesperson for the FCA", "person", title="regulator spokesperson",
              affiliation="Financial Conduct Authority", aliases=["A spokesperson for the FCA"], stance=None),
        actor("Kerry Summer", "person", title="head of investment research", affiliation="AJ Bell",
              aliases=["Kerry Summer", "Summer"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Botswana Guardian politics (a ruling-party MP faces a disciplinary hearing over a budget vote), short
#    headline without speech, two bullet points without speech, byline in capitals, straight " and
#    apostrophes, British punctuation outside fragments, "Mma"/"Ntate"/"Dr", "this publication". Secretary
#    General "confirmed to this publication that A", quote with "Molefhe said", "He would not be drawn on ...,
#    saying only that A" (act; participial indirect); MP "told Botswana Guardian that A and would B" (one
#    span), quote with "he said" and a quote-only paragraph, "described the disciplinary process as "..." and
#    said A" (partial plus indirect); content before "according to party insiders"; spokesperson "said the
#    committee would be "..." and that B" (partial plus indirect); analyst "said A", quote with "Sechele
#    said"; "Some residents ... were firmly behind their MP" (no speech); resident's quote split by "said
#    Onalenna Pule, a 27-year-old graduate ..."; anonymous resident "said Ramotswa had "..." the President and
#    that B" (partial plus indirect).
ARTICLES[f"{BATCH}/ramotswa-disciplinary-hearing-udc.gold.json"] = {
    "article": f"{BATCH}/ramotswa-disciplinary-hearing-udc.txt",
    "target": "Tumelo Ramotswa",
    "quotes": [
        (I, "Kagiso Molefhe", "the charge sheet had been served on Ramotswa on Monday", None),
        (D, "Kagiso Molefhe", "No member, no matter how popular, is bigger than the party. When the party takes a position "
            "in caucus, we expect every MP to respect it,", None),
        (I, "Kagiso Molefhe", "the party constitution provided for penalties ranging from a reprimand to expulsion", None),
        (I, "Tumelo Ramotswa", "he had no regrets and would do the same again", None),
        (D, "Tumelo Ramotswa", "I was elected by the people of Gaborone Central, not by the caucus. Young people in my "
            "constituency are unemployed and the budget was taking money away from them. I could not vote for that,",
            None),
        (D, "Tumelo Ramotswa", "If they want to expel me for standing with the youth, let them do it in public so that "
            "people can see.", None),
        (P, "Tumelo Ramotswa", "a witch-hunt by people who are afraid of debate", None),
        (I, "Tumelo Ramotswa", "he had received messages of support from MPs across the party", None),
        (I, "party insiders", "The other MP who voted against the Bill, Selebi-Phikwe East legislator Mpho Kebonang, "
            "apologised to the caucus last week and will not face charges", None),
        (P, "Goitsemang Ditshwanelo", "fair and independent", None),
        (I, "Goitsemang Ditshwanelo", "Ramotswa would be given every opportunity to state his case", None),
        (I, "Oarabile Sechele", "the case was a test of the UDC's ability to manage dissent now that it was in government",
            None),
        (D, "Oarabile Sechele", "In opposition, the UDC celebrated independent-minded MPs. In government, it finds them "
            "inconvenient. That is not unusual, but how it handles Ramotswa will say a lot about the party,", None),
        (D, "Onalenna Pule", "He is the only one who comes back here and tells us what is happening in Parliament,", None),
        (D, "Onalenna Pule", "If they remove him, we will remember at the next election.", None),
        (P, "Another resident", "embarrassed", None),
        (I, "Another resident", "he should have raised his concerns privately", None),
    ],
    "actors": [
        actor("Kagiso Molefhe", "person", title="Secretary General", affiliation="Umbrella for Democratic Change",
              aliases=["Kagiso Molefhe", "Molefhe"], stance=-1),
        actor("Tumelo Ramotswa", "person", title="MP for Gaborone Central", affiliation="Umbrella for Democratic Change",
              aliases=["Tumelo Ramotswa", "Ramotswa"], stance=1),
        actor("party insiders", "group", title="anonymous UDC insiders", affiliation="Umbrella for Democratic Change",
              aliases=["party insiders"], stance=None),
        actor("Goitsemang Ditshwanelo", "person", title="spokesperson", affiliation="Umbrella for Democratic Change",
              aliases=["Goitsemang Ditshwanelo", "Ditshwanelo"], stance=0),
        actor("Oarabile Sechele", "person", title="political analyst", affiliation="University of Botswana",
              aliases=["Oarabile Sechele", "Sechele"], stance=0),
        actor("Onalenna Pule", "person", title="resident, airtime seller", aliases=["Onalenna Pule", "Pule"], stance=1),
        actor("Another resident", "person", title="anonymous resident (government employee)",
              aliases=["Another resident"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Cornwall Live (Local Democracy Reporting) climate/local government (a council abandons a village's sea
#    wall), headline with a straight single fragment "... as council opts for 'managed realignment'" (partial,
#    Cornwall Council), standfirst without speech, byline with "Local Democracy Reporter" and "11:32, 3 DEC
#    2026" lines, straight " and apostrophes, British punctuation outside fragments, "Cllr"/"Mr", "Read more:"
#    line. "what it calls a policy of "..."" (partial, the council); officers "said in a report to cabinet that
#    A and that the case ... was "..." because ..." (indirect plus partial); cabinet member "said the decision
#    had been "..."" (partial only), quote split by "she told the meeting", "She said A and would B" (one span);
#    "Several heckled" (act); parish council chairman "said the village had been "..."" (partial only), quote
#    split by "Mr Rowe said" with a question; resident "said A", "she said"; Environment Agency "said A and that
#    national funding rules meant schemes ... were "..."" (indirect plus partial); MP "said he would be writing
#    ... to ask for ..." (indirect), "he said"; wildlife trust "welcomed the policy and said A" (act; indirect).
ARTICLES[f"{BATCH}/penhallow-sea-defences-council.gold.json"] = {
    "article": f"{BATCH}/penhallow-sea-defences-council.txt",
    "target": "Cornwall Council",
    "quotes": [
        (P, "Cornwall Council", "managed realignment", "'managed realignment'"),
        (P, "Cornwall Council", "managed realignment", "\"managed realignment\""),
        (I, "Council officers", "replacing the wall would cost an estimated \u00a311.2m", None),
        (P, "Council officers", "very weak", None),
        (P, "Lowenna Penrose", "one of the hardest I have had to take", None),
        (D, "Lowenna Penrose", "We cannot pretend to people that we can hold back the sea everywhere, forever. It would "
            "be dishonest,", None),
        (D, "Lowenna Penrose", "What we can do is give Penhallow time, and help the community plan for the future.", None),
        (I, "Lowenna Penrose", "the council would set up a working group with residents and would look at options "
            "including relocating the village's lifeboat station and car park inland", None),
        (P, "Derek Rowe", "written off by people who have never set foot here", None),
        (D, "Derek Rowe", "My family has lived in Penhallow for five generations,", None),
        (D, "Derek Rowe", "Nobody is offering to buy our houses. Who is going to get a mortgage on a property the council "
            "has already said it won't protect?", None),
        (I, "Morwenna Hill", "she had not been able to sleep since the report was published", None),
        (D, "Morwenna Hill", "I don't want compensation. I want to stay in my home,", None),
        (I, "Environment Agency", "it supported the council's approach", None),
        (P, "Environment Agency", "unlikely to score highly", None),
        (I, "Tom Carver", "he would be writing to the environment secretary to ask for a national compensation scheme for "
            "coastal communities facing similar decisions", None),
        (D, "Tom Carver", "Penhallow will not be the last. Government needs a plan for these places, not just a shrug,",
            None),
        (I, "Cornwall Wildlife Trust", "allowing the coastline to move naturally would create new salt marsh habitat", None),
    ],
    "actors": [
        actor("Cornwall Council", "government", title="unitary council", aliases=["Cornwall Council", "council"],
              stance=1),
        actor("Council officers", "group", title="council officers (report to cabinet)", affiliation="Cornwall Council",
              aliases=["Council officers"], stance=1),
        actor("Lowenna Penrose", "person", title="cabinet member for environment and climate change",
              affiliation="Cornwall Council", aliases=["Lowenna Penrose", "Penrose"], stance=1),
        actor("Derek Rowe", "person", title="chairman", affiliation="Penhallow Parish Council",
              aliases=["Derek Rowe", "Rowe"], stance=-1),
        actor("Morwenna Hill", "person", title="retired teacher, resident", aliases=["Morwenna Hill", "Hill"], stance=-1),
        actor("Environment Agency", "government", title="environment agency", aliases=["Environment Agency"], stance=1),
        actor("Tom Carver", "person", title="MP for North Cornwall", aliases=["Tom Carver", "Carver"], stance=0),
        actor("Cornwall Wildlife Trust", "organisation", title="wildlife charity", aliases=["Cornwall Wildlife Trust"],
              stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
