"""Build the test183 gold files (data/eval/test183/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test183/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test183.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test183"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Tribune (Bahamas) utilities (three nights of outages after two generators fail), headline
#    'BPL blames "ageing engines" ...' (partial for BPL), byline in capitals, straight " and apostrophes;
#    lede content before ", Bahamas Power and Light said"; "In a statement, BPL said A and that crews had been
#    working "..."" (indirect plus partial); "The company said the failures were caused by "..."" (partial only);
#    CEO in an apposition "told The Tribune the utility expected ..." (no "that"), quote with "she said", then
#    a quote-only paragraph left open and a closed one (multi-paragraph); group "Residents of Carmichael Road
#    said A"; "..." said a resident; "Another resident, X, said A", "he said"; "described A as "..." and said
#    the government had "..."" (two partials); minister "said A and would B" (one span), quote split by
#    "Mrs Whylly said"; "According to the Bahamas Chamber ..., A"; scare so-called "load-shedding schedule".
ARTICLES[f"{BATCH}/bpl-clifton-pier-outages.gold.json"] = {
    "article": f"{BATCH}/bpl-clifton-pier-outages.txt",
    "target": "Bahamas Power and Light",
    "quotes": [
        (P, "Bahamas Power and Light", "ageing engines", "BPL blames"),
        (I, "Bahamas Power and Light", "THOUSANDS of New Providence residents spent a third night without power on "
            "Wednesday after two generators at the Clifton Pier power station tripped offline", None),
        (I, "Bahamas Power and Light", "the two units had failed within hours of each other on Monday afternoon", None),
        (P, "Bahamas Power and Light", "around the clock", None),
        (P, "Bahamas Power and Light", "ageing engines", "caused by"),
        (I, "Tanya Rolle-Knowles", "the utility expected to restore full supply by the weekend", None),
        (D, "Tanya Rolle-Knowles", "We know people are frustrated, and they have every right to be. Nobody at BPL is "
            "pretending this is acceptable,", None),
        (D, "Tanya Rolle-Knowles", "But these engines were due to be retired years ago. We are running equipment that "
            "belongs in a museum, and when it breaks, it breaks at the worst possible time.", None),
        (D, "Tanya Rolle-Knowles", "The new plant will change that, but it is not online until 2027.", None),
        (I, "Residents of Carmichael Road", "they had lost food, medicine and sleep during outages that in some areas "
            "lasted up to 14 hours at a stretch", None),
        (D, "Lavern Ferguson", "I had to throw out a whole freezer of fish. Who is going to pay me for that?", None),
        (I, "Dwayne Moss", "his elderly mother, who relies on an oxygen concentrator, had to be driven to a relative's "
            "house in Yamacraw in the middle of the night", None),
        (D, "Dwayne Moss", "BPL says sorry every summer and every winter. Sorry don't run an oxygen machine,", None),
        (P, "Renard Sweeting", "a national embarrassment", None),
        (P, "Renard Sweeting", "run out of excuses", None),
        (I, "Carla Whylly", "she had met BPL's board on Tuesday night and would receive a written report on the "
            "failures by Friday", None),
        (D, "Carla Whylly", "I have made it clear that the public deserves a timeline, and the public will get one,", None),
        (D, "Carla Whylly", "Blame can wait. Right now my only concern is getting the lights back on.", None),
        (I, "Bahamas Chamber of Commerce and Employers' Confederation", "businesses in New Providence lost an estimated "
            "$4m in sales during the first two nights of outages, with restaurants and food stores hardest hit", None),
        (S, None, "load-shedding schedule", None),
    ],
    "actors": [
        actor("Bahamas Power and Light", "organisation", title="state-owned electricity utility", affiliation="The Bahamas",
              aliases=["Bahamas Power and Light", "BPL", "The company", "the utility"], stance=1),
        actor("Tanya Rolle-Knowles", "person", title="chief executive", affiliation="Bahamas Power and Light (BPL)",
              aliases=["Tanya Rolle-Knowles", "Rolle-Knowles"], stance=1),
        actor("Residents of Carmichael Road", "group", title="residents", affiliation="Carmichael Road, New Providence",
              aliases=["Residents of Carmichael Road"], stance=-1),
        actor("Lavern Ferguson", "person", title="conch salad seller", affiliation="Faith Avenue, New Providence",
              aliases=["Lavern Ferguson", "Ferguson"], stance=-1),
        actor("Dwayne Moss", "person", title="resident", affiliation="Carmichael Road, New Providence",
              aliases=["Dwayne Moss", "Moss"], stance=-1),
        actor("Renard Sweeting", "person", title="opposition energy spokesman", affiliation="opposition",
              aliases=["Renard Sweeting", "Sweeting"], stance=-1),
        actor("Carla Whylly", "person", title="Energy Minister", affiliation="Government of The Bahamas",
              aliases=["Carla Whylly", "Whylly", "Mrs Whylly"], stance=0),
        actor("Bahamas Chamber of Commerce and Employers' Confederation", "organisation", title="business body",
              affiliation="The Bahamas", aliases=["Bahamas Chamber of Commerce and Employers' Confederation"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Water Briefing (UK water trade press) regulation (Ofwat fines a water company over its treatment works),
#    headline "Ofwat fines ... over ‘serious failures’ ..." (partial for Ofwat), byline and date lines, curly
#    single ‘ ’ for quotes and ’ apostrophes (company’s, won’t inside; Ofwat’s, hoteliers’ outside), "£";
#    "The regulator said A, and that B" (one span); director named after the first stretch ("said Ofwat’s
#    senior director for enforcement, X"), then a quote-only paragraph; "Ofwat confirmed A, and that B" (one
#    span); scare so-called ‘wastewater enforcement’ programme; company "said it accepted A and had already
#    begun B" (one span); CEO "said the company had ‘...’ but insisted B" (partial plus indirect), "he said";
#    trust chair "said the fine was ‘...’ compared with ..." (partial only), "she said"; CCW "said A and should
#    not B" (one span); anonymous analyst "said the penalty was ‘...’ for the sector" (partial only), "the
#    analyst said"; Defra spokesperson "said A"; "its owners have not commented" (negated, not annotated).
ARTICLES[f"{BATCH}/wyvern-valley-water-ofwat-fine.gold.json"] = {
    "article": f"{BATCH}/wyvern-valley-water-ofwat-fine.txt",
    "target": "Wyvern Valley Water",
    "quotes": [
        (P, "Ofwat", "serious failures", None),
        (I, "Ofwat", "the company had allowed untreated sewage to spill into rivers in Herefordshire and Worcestershire "
            "more often than its permits allowed, and that it had not spent money it was given for upgrades at the "
            "last price review", None),
        (D, "Simon Threlfall", "Customers paid for these works to be upgraded and they did not get what they paid for. "
            "That is not a technical lapse, it is a serious failure of the company’s duty,", None),
        (D, "Simon Threlfall", "We will be watching every penny of the money the company now has to spend.", None),
        (I, "Ofwat", "the fine would be paid by shareholders, not customers, and that the company must also return £12m "
            "to bill payers through lower charges next year", None),
        (S, None, "wastewater enforcement", None),
        (I, "Wyvern Valley Water", "it accepted the findings and had already begun a £410m programme to upgrade the "
            "worst-performing sites", None),
        (P, "Paul Danvers", "fallen short", None),
        (I, "Paul Danvers", "the performance of its treatment works had improved in each of the last two years", None),
        (D, "Paul Danvers", "I am not going to stand here and defend 2019. But the Wyvern Valley of 2026 is not the "
            "company Ofwat investigated,", None),
        (P, "Catherine Ellery", "a drop in the ocean", None),
        (D, "Catherine Ellery", "Thirty-eight million pounds sounds like a lot until you remember where the dividends "
            "went,", None),
        (I, "Consumer Council for Water", "customers in the region had been let down for years and should not be asked to "
            "pay for the company’s mistakes through their bills", None),
        (P, "City analyst", "at the top end of expectations", None),
        (D, "City analyst", "It hurts, but it won’t break them. The bigger cost is the upgrade programme, and that was "
            "coming anyway,", None),
        (I, "Defra spokesperson", "the fine showed that companies which harmed rivers would now be held to account", None),
    ],
    "actors": [
        actor("Ofwat", "government", title="water regulator", affiliation="England and Wales",
              aliases=["Ofwat", "The regulator", "the regulator"], stance=-1),
        actor("Simon Threlfall", "person", title="senior director for enforcement", affiliation="Ofwat",
              aliases=["Simon Threlfall", "Threlfall"], stance=-1),
        actor("Wyvern Valley Water", "organisation", title="water and sewerage company", affiliation="West Midlands",
              aliases=["Wyvern Valley Water"], stance=1),
        actor("Paul Danvers", "person", title="chief executive", affiliation="Wyvern Valley Water",
              aliases=["Paul Danvers", "Danvers"], stance=1),
        actor("Catherine Ellery", "person", title="chair", affiliation="Lugg and Arrow Rivers Trust",
              aliases=["Catherine Ellery", "Ellery"], stance=-1),
        actor("Consumer Council for Water", "organisation", title="consumer body", affiliation="England and Wales",
              aliases=["Consumer Council for Water", "CCW"], stance=-1),
        actor("City analyst", "person", title="analyst (anonymous)", affiliation=None,
              aliases=["City analyst", "the analyst"], stance=0),
        actor("Defra spokesperson", "person", title="spokesperson", affiliation="Department for Environment, Food and "
              "Rural Affairs (Defra)", aliases=["Defra spokesperson"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Kathimerini English Edition (Greece) tourism/local government (a €30 cruise levy on Santorini), headline
#    without speech, "Newsroom" byline, curly “ ” and ’; group lede "Hoteliers and shop owners on Santorini
#    warned on Tuesday that A"; "is expected to decide" (no speech); ministry "said in a statement that A and that
#    B" (one span); deputy minister with a colon ("struck a firm tone: “...”"), then a quote split by "he said";
#    scare so-called “cruise cap”; mayor in an apposition "said A but wanted “...” spent ..." (indirect plus
#    partial), quote with "Nomikos told Kathimerini"; association head "said the timing ... was “...”" (partial
#    only), "Pelekanos said"; CLIA "said in a statement that A and that B" (one span); shop owner "..." said X;
#    "According to the Hellenic Ports Association, A"; opposition spokeswoman "accused the government of “...”
#    and said B" (partial plus indirect).
ARTICLES[f"{BATCH}/santorini-cruise-levy.gold.json"] = {
    "article": f"{BATCH}/santorini-cruise-levy.txt",
    "target": "Tourism Ministry",
    "quotes": [
        (I, "Hoteliers and shop owners on Santorini", "a new €30 levy on cruise passengers visiting the island in April "
            "and October could push cruise lines toward ports on the Turkish coast", None),
        (I, "Tourism Ministry", "the levy, which came into force on November 1, was intended to spread visitors more "
            "evenly across the year and that its revenue would go to the island’s water and waste infrastructure", None),
        (D, "Andreas Kotsakis", "Santorini cannot keep receiving 17,000 cruise passengers on a single day and still be "
            "the island people come to see. Something has to give.", None),
        (D, "Andreas Kotsakis", "The levy is not a punishment,", None),
        (D, "Andreas Kotsakis", "It is the price of keeping the island alive.", None),
        (S, None, "cruise cap", None),
        (I, "Giorgos Nomikos", "the municipality welcomed any measure that reduced crowding", None),
        (P, "Giorgos Nomikos", "every euro", None),
        (D, "Giorgos Nomikos", "We have said for years that the island is full. But if the money goes to Athens and "
            "stays there, the residents will see only the bill,", None),
        (P, "Markos Pelekanos", "the worst possible.", None),
        (D, "Markos Pelekanos", "The shoulder months are exactly when we want the ships. In August nobody needs them. In "
            "October they pay the salaries,", None),
        (I, "Cruise Lines International Association", "its members had already begun reviewing their 2027 itineraries "
            "and that several had moved October calls from Santorini to Kusadasi and Bodrum", None),
        (D, "Eleni Roussou", "Last year I had a queue outside at ten in the morning. This October, on a cruise day, I sold "
            "four magnets,", None),
        (I, "Hellenic Ports Association", "cruise calls at Santorini fell by 18 percent in October compared with the same "
            "month last year", None),
        (P, "Despina Mavraki", "governing by press release", None),
        (I, "Despina Mavraki", "the levy had been introduced without any study of its effect on the local economy", None),
    ],
    "actors": [
        actor("Hoteliers and shop owners on Santorini", "group", title="hoteliers and shop owners",
              affiliation="Santorini", aliases=["Hoteliers and shop owners on Santorini"], stance=-1),
        actor("Tourism Ministry", "government", title="ministry", affiliation="Greece",
              aliases=["Tourism Ministry", "The ministry"], stance=1),
        actor("Andreas Kotsakis", "person", title="Deputy Tourism Minister", affiliation="Greece",
              aliases=["Andreas Kotsakis", "Kotsakis"], stance=1),
        actor("Giorgos Nomikos", "person", title="mayor of Thira", affiliation="Municipality of Thira",
              aliases=["Giorgos Nomikos", "Nomikos"], stance=0),
        actor("Markos Pelekanos", "person", title="head of the island's hoteliers' association", affiliation="Santorini",
              aliases=["Markos Pelekanos", "Pelekanos"], stance=-1),
        actor("Cruise Lines International Association", "organisation", title="cruise industry body",
              affiliation=None, aliases=["Cruise Lines International Association", "CLIA"], stance=-1),
        actor("Eleni Roussou", "person", title="souvenir shop owner", affiliation="Fira, Santorini",
              aliases=["Eleni Roussou", "Roussou"], stance=-1),
        actor("Hellenic Ports Association", "organisation", title="ports body", affiliation="Greece",
              aliases=["Hellenic Ports Association"], stance=0),
        actor("Despina Mavraki", "person", title="tourism spokeswoman", affiliation="PASOK",
              aliases=["Despina Mavraki", "Mavraki"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Deadline (US entertainment trade press) film business (a studio shuts its animation unit), headline
#    "... In 'Strategic Reset'; ..." (straight single marks; partial for Halloway Pictures), byline and time lines,
#    straight " and apostrophes; "EXCLUSIVE:" lede content before ", two people familiar with the plans told
#    Deadline"; CEO "said in a memo A as part of what he called a "..."" (indirect plus partial); memo quote split by
#    "Anselm wrote", its second stretch left open at the end of the paragraph and continued by a quote-only
#    paragraph; spokesperson "said A"; scare so-called "franchise-first" strategy; guild "said in a statement that
#    it was "..." by the news and that B" (partial plus indirect); guild rep with a colon ("put it more bluntly:
#    "...""); director "posted on Instagram that he was "..." ..., adding that the studio "..."" (two partials);
#    anonymous artist "said A", singular "they said"; "Not everyone sees the move as a mistake." (no speech);
#    analyst "said A", "she said".
ARTICLES[f"{BATCH}/brightwater-animation-closure.gold.json"] = {
    "article": f"{BATCH}/brightwater-animation-closure.txt",
    "target": "Halloway Pictures",
    "quotes": [
        (P, "Halloway Pictures", "Strategic Reset", None),
        (I, "two people familiar with the plans", "Halloway Pictures is closing Brightwater Animation, the Burbank studio "
            "behind the Moss & Tumble films, with about 280 staff to be laid off by the end of March", None),
        (I, "Rick Anselm", "the company would move its animation slate to outside partners", None),
        (P, "Rick Anselm", "strategic reset", None),
        (D, "Rick Anselm", "This was not a decision about talent. Brightwater made some of the best-looking films of the "
            "last decade,", None),
        (D, "Rick Anselm", "It was a decision about how many films a studio our size can afford to make in-house.", None),
        (D, "Rick Anselm", "We will support every person affected with severance, healthcare through June and help "
            "finding their next job.", None),
        (I, "Halloway spokesperson", "the studio's two films in production would be completed by outside vendors and "
            "released as planned in 2027 and 2028", None),
        (S, None, "franchise-first", None),
        (P, "Animation Guild", "devastated", None),
        (I, "Animation Guild", "it would meet with the company to negotiate severance terms for its members", None),
        (D, "Teresa Okafor", "Brightwater artists delivered every film on time and under budget. They were told on a Zoom "
            "call that lasted eleven minutes.", None),
        (P, "Sam Whitcombe", "heartbroken", None),
        (P, "Sam Whitcombe", "deserved better than this.", None),
        (I, "Brightwater lighting artist", "staff had heard rumors of a sale for months but never of a shutdown", None),
        (D, "Brightwater lighting artist", "Nobody expected them to just turn the lights off,", None),
        (I, "Marion Geller", "the closure made financial sense for a mid-sized studio", None),
        (D, "Marion Geller", "Original animation is the riskiest bet in town right now. Halloway has had two misses in a "
            "row, and Wall Street noticed,", None),
    ],
    "actors": [
        actor("Halloway Pictures", "organisation", title="film studio", affiliation=None,
              aliases=["Halloway Pictures", "Halloway"], stance=1),
        actor("two people familiar with the plans", "group", title="sources (anonymous)", affiliation=None,
              aliases=["two people familiar with the plans"], stance=0),
        actor("Rick Anselm", "person", title="chairman and CEO", affiliation="Halloway Pictures",
              aliases=["Rick Anselm", "Anselm"], stance=1),
        actor("Halloway spokesperson", "person", title="spokesperson", affiliation="Halloway Pictures",
              aliases=["Halloway spokesperson"], stance=0),
        actor("Animation Guild", "organisation", title="union (IATSE Local 839)", affiliation=None,
              aliases=["Animation Guild"], stance=-1),
        actor("Teresa Okafor", "person", title="business representative", affiliation="The Animation Guild",
              aliases=["Teresa Okafor", "Okafor"], stance=-1),
        actor("Sam Whitcombe", "person", title="director of Moss & Tumble", affiliation=None,
              aliases=["Sam Whitcombe", "Whitcombe"], stance=-1),
        actor("Brightwater lighting artist", "person", title="lighting artist (anonymous)",
              affiliation="Brightwater Animation", aliases=["Brightwater lighting artist"], stance=-1),
        actor("Marion Geller", "person", title="box office analyst", affiliation="Exhibitor Intelligence",
              aliases=["Marion Geller", "Geller"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
