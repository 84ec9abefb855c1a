"""Build the test188 gold files (data/eval/test188/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test188/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test188.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test188"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Sun (Nigeria) state politics (an Assembly approves a governor's road loan), headline "... as PDP cries ‘debt
#    trap’" (partial for the PDP), "From NAME, Ado-Ekiti" byline, curly “ ” in the body and ‘ ’ in the headline, ’
#    apostrophes, "₦85bn"; content before "Assembly sources told Daily Sun"; Speaker "said after plenary that A and were
#    B" (one span), quote with "Fasina said"; governor "in a statement signed by his Chief Press Secretary, Mr ..., thanked
#    the lawmakers and said the roads would “...”" (speaker the governor; partial only); "The statement added that A and
#    that B" (the governor's statement: one span); "the governor said"; party "described the loan as “...”" (partial),
#    "In a statement by its publicity secretary, ..., the party said A and that B" (the party; one span), quote with
#    "Ogunmola said"; "According to the Debt Management Office, A"; commissioner "dismissed the opposition’s claims" (act),
#    "She told journalists ... that A and that B", "she said"; motorcyclist "said the Ikere road had become “...” and that
#    B" (partial plus indirect), "he said"; anonymous civil servant "said A", "she said"; scare so-called “Shared
#    Prosperity” agenda.
ARTICLES[f"{BATCH}/ekiti-assembly-road-loan.gold.json"] = {
    "article": f"{BATCH}/ekiti-assembly-road-loan.txt",
    "target": "Babatunde Oyelami",
    "quotes": [
        (P, "state chapter of the Peoples Democratic Party", "debt trap", "cries ‘debt"),
        (I, "Assembly sources", "The approval followed a closed-door session that lasted more than three hours", None),
        (I, "Olamide Fasina", "the lawmakers had scrutinised the repayment plan and were satisfied that the loan would not "
            "push the state beyond its borrowing limit", None),
        (D, "Olamide Fasina", "This House is not a rubber stamp. We asked hard questions, and the executive gave us "
            "answers,", None),
        (P, "Babatunde Oyelami", "open up our farms to the markets of Lagos and Abuja", None),
        (I, "Babatunde Oyelami", "work on the Ado-Ekiti–Ikere road would begin before the end of the rainy season and that "
            "contractors had been directed to employ local labour", None),
        (D, "Babatunde Oyelami", "I promised Ekiti people roads they can be proud of, and I will not leave office with a "
            "single abandoned project,", None),
        (P, "state chapter of the Peoples Democratic Party", "a debt trap that our children will still be paying in 2040",
            None),
        (I, "state chapter of the Peoples Democratic Party", "the state already owed more than ₦130 billion and that the "
            "governor had yet to account for a ₦20 billion bond raised in 2025", None),
        (D, "Kayode Ogunmola", "Where did the bond money go? Which roads did it build? Ekiti people deserve answers before "
            "another kobo is borrowed in their name,", None),
        (I, "Debt Management Office", "Ekiti’s total public debt stood at ₦148.6 billion at the end of June", None),
        (I, "Adebisi Olaniyan", "the bond had funded the state’s new specialist hospital in Ikole and that its accounts "
            "had been published on the ministry’s website", None),
        (D, "Adebisi Olaniyan", "The opposition should read before they talk. Everything is online,", None),
        (P, "Sunday Adewumi", "a death trap", None),
        (I, "Sunday Adewumi", "anything done to fix it was welcome", None),
        (D, "Sunday Adewumi", "Every week we carry somebody to hospital from that road. If loan is what will fix it, let "
            "them take the loan,", None),
        (I, "civil servant", "workers were still owed three months of salary arrears from 2024", None),
        (D, "civil servant", "They have money for roads but not for salaries? Let them pay us first,", None),
        (S, None, "Shared Prosperity", None),
    ],
    "actors": [
        actor("state chapter of the Peoples Democratic Party", "organisation", title="opposition party (state chapter)",
              affiliation="Ekiti State",
              aliases=["state chapter of the Peoples Democratic Party", "Peoples Democratic Party", "PDP", "the party"],
              stance=-1),
        actor("Assembly sources", "group", title="sources (anonymous)", affiliation="Ekiti State House of Assembly",
              aliases=["Assembly sources"], stance=None),
        actor("Olamide Fasina", "person", title="Speaker of the House", affiliation="Ekiti State House of Assembly",
              aliases=["Olamide Fasina", "Fasina"], stance=1),
        actor("Babatunde Oyelami", "person", title="Governor", affiliation="Ekiti State",
              aliases=["Babatunde Oyelami", "Oyelami", "Governor Oyelami", "the governor"], stance=1),
        actor("Kayode Ogunmola", "person", title="publicity secretary", affiliation="PDP (Ekiti State chapter)",
              aliases=["Kayode Ogunmola", "Ogunmola"], stance=-1),
        actor("Debt Management Office", "government", title="federal debt agency", affiliation="Nigeria",
              aliases=["Debt Management Office"], stance=None),
        actor("Adebisi Olaniyan", "person", title="Commissioner for Finance", affiliation="Ekiti State Government",
              aliases=["Adebisi Olaniyan", "Olaniyan", "Mrs Adebisi Olaniyan"], stance=1),
        actor("Sunday Adewumi", "person", title="commercial motorcyclist", affiliation="Ado-Ekiti",
              aliases=["Sunday Adewumi", "Adewumi"], stance=1),
        actor("civil servant", "person", title="civil servant (anonymous)", affiliation="Ekiti State",
              aliases=["civil servant"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Gulf Today (UAE) business/real estate (a tower's handover is two years late), headline with a straight double
#    fragment 'Buyers say Ajman tower "two years late" ...' (partial for the buyers), byline with title, dateline
#    "AJMAN:", straight " and apostrophes, "Dh", "per cent"; lede "More than 300 buyers of apartments in ... say A"
#    (present tense); developer "said on Monday that A and that B" (one span); "the company said in a statement sent to
#    Gulf Today" after the quote; "Buyers who gathered ... were not convinced." (no speech); engineer named after his
#    quote with an apposition, then "Menon said A and that B"; teacher "said she had asked A but was told B" (one span),
#    "she asked"; scare so-called "post-handover payment plans"; regulator "confirmed A and said B" (two indirects);
#    spokesperson "said A, and that extensions were granted only "..."" (indirect plus partial); Q&A "Asked whether ...,
#    the spokesperson said: "..."" (direct); analyst "said A but that ... remained "..." when ..." (indirect plus
#    partial), "he said".
ARTICLES[f"{BATCH}/skyline-residences-handover-delay.gold.json"] = {
    "article": f"{BATCH}/skyline-residences-handover-delay.txt",
    "target": "Noor Crest Properties",
    "quotes": [
        (P, "buyers of apartments in Skyline Residences", "two years late", None),
        (I, "buyers of apartments in Skyline Residences", "they have paid up to 80 per cent of the price of their homes but "
            "are still waiting for keys, two years after the handover date in their contracts", None),
        (I, "Noor Crest Properties", "the delay was caused by the collapse of its main contractor last year and that a new "
            "contractor had been on site since January", None),
        (D, "Noor Crest Properties", "We share the frustration of our buyers. The project is now 86 per cent complete and "
            "we expect to hand over the first units by the end of the third quarter,", None),
        (D, "Rajesh Menon", "They told us the same thing in 2025, and in 2026. Every time there is a new date,", None),
        (I, "Rajesh Menon", "he was paying both rent and the instalments on his mortgage and that his family had postponed "
            "plans to bring his parents to the UAE", None),
        (I, "Hala Mansour", "she had asked for a refund in March but was told the project's escrow account could not "
            "release funds until the tower was complete", None),
        (D, "Hala Mansour", "I am not asking for compensation. I am asking for my money back. Is that too much?", None),
        (S, None, "post-handover payment plans", None),
        (I, "Ajman Real Estate Regulatory Agency", "it had received complaints from buyers", None),
        (I, "Ajman Real Estate Regulatory Agency", "it was reviewing the project's escrow statements", None),
        (I, "spokesperson for the agency", "developers were required by law to complete projects within the timeframe "
            "approved by ARRA", None),
        (P, "spokesperson for the agency", "in exceptional circumstances", None),
        (D, "spokesperson for the agency", "The file is under review. We will not comment further at this stage.", None),
        (I, "Sameer Qureshi", "delays of this kind had become far less common since the 2008 crisis", None),
        (P, "Sameer Qureshi", "exposed", None),
        (D, "Sameer Qureshi", "This is not a scam. It is a developer that took on too much with one contractor and had no "
            "plan B,", None),
    ],
    "actors": [
        actor("buyers of apartments in Skyline Residences", "group", title="off-plan buyers",
              affiliation="Skyline Residences, Al Rashidiya, Ajman",
              aliases=["buyers of apartments in Skyline Residences", "Buyers"], stance=-1),
        actor("Noor Crest Properties", "organisation", title="developer", affiliation="Ajman",
              aliases=["Noor Crest Properties", "Noor Crest", "the company", "The developer"], stance=1),
        actor("Rajesh Menon", "person", title="engineer, buyer", affiliation="Skyline Residences",
              aliases=["Rajesh Menon", "Menon"], stance=-1),
        actor("Hala Mansour", "person", title="teacher, buyer", affiliation="Skyline Residences",
              aliases=["Hala Mansour", "Mansour"], stance=-1),
        actor("Ajman Real Estate Regulatory Agency", "government", title="property regulator", affiliation="Ajman",
              aliases=["Ajman Real Estate Regulatory Agency", "ARRA"], stance=0),
        actor("spokesperson for the agency", "person", title="spokesperson",
              affiliation="Ajman Real Estate Regulatory Agency (ARRA)",
              aliases=["spokesperson for the agency", "the spokesperson"], stance=0),
        actor("Sameer Qureshi", "person", title="property analyst", affiliation="Harbourline Advisory",
              aliases=["Sameer Qureshi", "Qureshi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Irish Mirror (Ireland) sport (a League of Ireland club is refused a licence), headline "... chairman brands FAI
#    licensing process a ‘shambles’ ..." (partial for the chairman, whom it names), byline and "Sport" lines, curly
#    single ‘ ’ for quotes and ’ for apostrophes (it’s, I’ve inside quotes; clubs’ before a closing mark); lede
#    "has branded ... a ‘shambles’" (partial); association "confirmed on Friday that A" (one span, with "found that"
#    inside); "In a statement, the association said the criteria were ‘...’ and that Tullamore had been given ‘...’ to
#    ..." (two partials); chairman "speaking to Irish Mirror Sport on Saturday, insisted A and that B" (one span),
#    "he said", then a paragraph open to the end of its line and a closed paragraph; manager "said A", "Keogh added";
#    captain "struck a calmer note, saying the squad would ‘...’ whatever ..." (partial only); "Furlong confirmed that
#    A"; anonymous source "told Irish Mirror Sport that A but were B" (one span); "When asked about that claim, an FAI
#    spokesperson said: ‘...’"; councillor "said losing the club would be ‘...’ for ..." (partial only); scare so-called
#    ‘solidarity payment’.
ARTICLES[f"{BATCH}/tullamore-athletic-licence-refused.gold.json"] = {
    "article": f"{BATCH}/tullamore-athletic-licence-refused.txt",
    "target": "Football Association of Ireland",
    "quotes": [
        (P, "Declan Furlong", "shambles", "brands FAI"),
        (P, "Declan Furlong", "shambles", "process a ‘shambles’ after the Offaly"),
        (I, "Football Association of Ireland", "the club’s application had failed on financial grounds, after an "
            "independent licensing committee found that Tullamore had not provided audited accounts for 2025 by the "
            "deadline", None),
        (P, "Football Association of Ireland", "applied equally to every club", None),
        (P, "Football Association of Ireland", "every opportunity", None),
        (I, "Declan Furlong", "the accounts had been sent to Abbotstown on the morning of the deadline and that the FAI’s "
            "online portal had crashed twice that day", None),
        (D, "Declan Furlong", "We have screenshots. We have the emails. We have the timestamps. Nobody in Abbotstown has "
            "even looked at them,", None),
        (D, "Declan Furlong", "This is a club that has been in this town for 93 years. We have 400 kids in our academy, and "
            "it’s all being thrown away because of a form.", None),
        (D, "Declan Furlong", "I’ve been in football a long time and I’ve never seen anything like it.", None),
        (I, "Niall Keogh", "his players had found out about the decision from a WhatsApp group before anyone from the "
            "association contacted the club", None),
        (D, "Niall Keogh", "Some of these lads turned down full-time clubs to stay here. What do I tell them now?", None),
        (P, "Shane Dempsey", "stick together", None),
        (I, "Declan Furlong", "the board would do so on Monday", None),
        (I, "source at another First Division club", "at least two clubs had also been late with documents last year but "
            "were granted licences with conditions", None),
        (D, "FAI spokesperson", "Each application is assessed on its own merits. We do not comment on other clubs’ "
            "applications.", None),
        (P, "Eamon Dunne", "a hammer blow", None),
        (S, None, "solidarity payment", None),
    ],
    "actors": [
        actor("Declan Furlong", "person", title="chairman", affiliation="Tullamore Athletic",
              aliases=["Declan Furlong", "Furlong"], stance=-1),
        actor("Football Association of Ireland", "organisation", title="football governing body", affiliation="Ireland",
              aliases=["Football Association of Ireland", "FAI", "the association"], stance=1),
        actor("Niall Keogh", "person", title="manager", affiliation="Tullamore Athletic",
              aliases=["Niall Keogh", "Keogh"], stance=-1),
        actor("Shane Dempsey", "person", title="club captain", affiliation="Tullamore Athletic",
              aliases=["Shane Dempsey", "Dempsey"], stance=None),
        actor("source at another First Division club", "person", title="source (anonymous)",
              affiliation="League of Ireland First Division club", aliases=["source at another First Division club"],
              stance=-1),
        actor("FAI spokesperson", "person", title="spokesperson", affiliation="Football Association of Ireland",
              aliases=["FAI spokesperson"], stance=1),
        actor("Eamon Dunne", "person", title="local councillor", affiliation="Tullamore",
              aliases=["Eamon Dunne", "Dunne"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Cosmos (Australia) science (selectively bred corals survive a marine heatwave), headline without speech, byline,
#    photo caption ending "(Credit: AIMS/Tom Hartley)" (not annotated), straight " and apostrophes, "per cent"; content
#    before "according to a study published today in ..."; scare so-called "SeaSim"; content before "the researchers
#    reported"; lead author's quote with "Whitcombe told Cosmos", then a quote-only paragraph; "Whitcombe said A, and
#    that B" (one span); "Not everyone is convinced ..." (no speech); ecologist with a "who was not involved" apposition
#    "said the survival gap was "..." and that B" (partial plus indirect), "he said"; biologist "went further, warning
#    that breeding programs risked becoming "..." from ..." (partial only), "she said"; "According to the paper, A, a
#    trade-off the authors describe as "..."" (indirect plus partial, both the researchers'); Q&A "Asked about ...,
#    Whitcombe said: "..."" (direct); program "said in a statement that it welcomed A and would B" (one span).
ARTICLES[f"{BATCH}/aims-bred-corals-heatwave.gold.json"] = {
    "article": f"{BATCH}/aims-bred-corals-heatwave.txt",
    "target": "Alana Whitcombe",
    "quotes": [
        (I, "researchers", "Corals bred in aquariums to withstand hotter water have survived their first summer on the Great "
            "Barrier Reef, including a marine heatwave that bleached much of the surrounding reef", None),
        (S, None, "SeaSim", None),
        (I, "researchers", "After the February heatwave, 71 per cent of the bred corals were still alive, compared with 38 "
            "per cent of wild corals of the same species growing alongside them", None),
        (D, "Alana Whitcombe", "This is the first time anyone has shown that assisted evolution works outside a tank, on a "
            "real reef, in a real heatwave,", None),
        (D, "Alana Whitcombe", "We're not saying we can breed our way out of climate change. But it buys the reef time, and "
            "right now time is what it needs.", None),
        (I, "Alana Whitcombe", "the next step was to scale up production to hundreds of thousands of corals a year, and "
            "that AIMS was in talks with reef tourism operators to host nurseries", None),
        (P, "Kieran Bose", "real but modest", None),
        (I, "Kieran Bose", "one summer was far too short to draw firm conclusions", None),
        (D, "Kieran Bose", "Corals live for decades. Show me these colonies after three or four bleaching events and then "
            "we can talk,", None),
        (P, "Priya Sandhu", "a distraction", None),
        (D, "Priya Sandhu", "Governments love a good-news coral story because it means they don't have to talk about "
            "coal,", None),
        (I, "researchers", "the bred corals also grew about 15 per cent more slowly than their wild neighbours", None),
        (P, "researchers", "the cost of tolerance", None),
        (D, "Alana Whitcombe", "Every trait has a price. The question is whether a slower-growing coral that survives is "
            "better than a fast-growing one that dies. I think the answer is obvious.", None),
        (I, "Reef Restoration and Adaptation Program", "it welcomed the findings and would consider them in its next "
            "funding round", None),
    ],
    "actors": [
        actor("researchers", "group", title="study authors (Nature Climate Change)",
              affiliation="Australian Institute of Marine Science (AIMS)",
              aliases=["researchers", "study", "paper", "authors"], stance=1),
        actor("Alana Whitcombe", "person", title="Professor, lead author",
              affiliation="Australian Institute of Marine Science (AIMS)",
              aliases=["Alana Whitcombe", "Whitcombe", "Professor Alana Whitcombe"], stance=1),
        actor("Kieran Bose", "person", title="coral ecologist", affiliation="James Cook University",
              aliases=["Kieran Bose", "Bose", "Dr Kieran Bose"], stance=0),
        actor("Priya Sandhu", "person", title="marine biologist", affiliation="Australian Marine Conservation Society",
              aliases=["Priya Sandhu", "Sandhu"], stance=-1),
        actor("Reef Restoration and Adaptation Program", "government", title="reef research funding program",
              affiliation="Australia", aliases=["Reef Restoration and Adaptation Program"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
