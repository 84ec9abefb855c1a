"""Build the test44 gold files (data/eval/test44/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test44/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test44.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test44"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. World Grain (Sosland grain trade press) commodities (Russia trims its 2027 grain export quota and leans on
#    exporters over prices), headline without speech, `By NAME` and `December 3, 2026` lines, dateline `MOSCOW,
#    RUSSIA —`, straight `"` and apostrophes (`farmers'` inside a fragment), `Dec. 2`, FOB. Lede content before `, the
#    country's Ministry of Agriculture said on Dec. 2` (the writer's `well below ...` after it is not included); `In a
#    statement, the ministry said the lower figure was needed to "..." after ...` (partial only); content before
#    `, according to preliminary data from the state statistics service Rosstat`; group `Two people who attended a
#    meeting at the ministry last week said A`; `said one of them, an executive at ...` (own actor); `The ministry
#    said A`; deputy minister's quote split by `told the Interfax news agency`; scare so-called "floating" duty;
#    union president `said the quota would leave "..." by the summer and that B` (partial plus indirect), `he said`;
#    `SovEcon ... cut its forecast ...` (not a speech cue); quote split by `said NAME, SovEcon's lead analyst`;
#    content before `, according to traders`; `a Geneva-based trader said of the Egyptian buyer`; USDA attaché
#    `said in a report ... that A and that the government's "..." was likely to ...` (indirect plus partial).
ARTICLES[f"{BATCH}/russia-wheat-quota-price-guidance.gold.json"] = {
    "article": f"{BATCH}/russia-wheat-quota-price-guidance.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Agriculture", "Russia will cap grain exports at 10.6 million tonnes between Feb. 15 and June "
            "30, 2027", None),
        (P, "Ministry of Agriculture", "ensure the country's food security and stable domestic prices", None),
        (I, "Rosstat", "Russia harvested 81.2 million tonnes of wheat in 2026, down from 88.4 million tonnes a year "
            "earlier", None),
        (I, "Two people who attended a meeting at the ministry last week", "officials had asked companies not to sell "
            "wheat abroad below $250 per tonne FOB", None),
        (D, "executive at a mid-sized exporter in Rostov-on-Don", "Nobody called it a rule. Nobody needed to,", None),
        (I, "Ministry of Agriculture", "it had not set any minimum price", None),
        (D, "Andrei Kolosov", "Exporters are free to conclude contracts on market terms,", None),
        (D, "Andrei Kolosov", "The state's task is to make sure that Russian grain is not sold cheaply at the expense "
            "of our farmers.", None),
        (S, None, "floating", None),
        (P, "Viktor Belyakov", "a lot of grain sitting in farmers' warehouses", None),
        (I, "Viktor Belyakov", "growers were already struggling with interest rates above 20%", None),
        (D, "Viktor Belyakov", "If the farmer cannot sell, he will not plant. Then next year we will be talking about "
            "a quota of zero,", None),
        (D, "Irina Zhuravleva", "The quota by itself is not the main story. The floor price is,", None),
        (D, "Irina Zhuravleva", "Buyers in Egypt, Algeria and Turkey are simply waiting. They know Russia cannot keep "
            "its grain at home forever.", None),
        (I, "traders", "Egypt's state grain buyer, Mostakbal Misr, has not bought Russian wheat since mid-November",
            None),
        (D, "Geneva-based trader", "They are testing who blinks first,", None),
        (I, "US Department of Agriculture's attaché in Moscow", "new export sales had slowed sharply since "
            "mid-November", None),
        (P, "US Department of Agriculture's attaché in Moscow", "informal price guidance", None),
    ],
    "actors": [
        actor("Ministry of Agriculture", "government", affiliation="Russia",
              aliases=["Ministry of Agriculture", "the ministry", "The ministry"], stance=1),
        actor("Rosstat", "government", title="state statistics service", affiliation="Russia", aliases=["Rosstat"],
              stance=None),
        actor("Two people who attended a meeting at the ministry last week", "group", title="exporters (anonymous)",
              aliases=["Two people who attended a meeting at the ministry last week"], stance=0),
        actor("executive at a mid-sized exporter in Rostov-on-Don", "person", title="exporter executive (anonymous)",
              aliases=["executive at a mid-sized exporter in Rostov-on-Don"], stance=-1),
        actor("Andrei Kolosov", "person", title="Deputy Agriculture Minister", affiliation="Russia",
              aliases=["Andrei Kolosov", "Kolosov"], stance=1),
        actor("Viktor Belyakov", "person", title="President", affiliation="Russian Grain Union",
              aliases=["Viktor Belyakov", "Belyakov"], stance=-1),
        actor("Irina Zhuravleva", "person", title="lead analyst", affiliation="SovEcon",
              aliases=["Irina Zhuravleva", "Zhuravleva"], stance=0),
        actor("traders", "group", aliases=["traders"], stance=None),
        actor("Geneva-based trader", "person", title="grain trader (anonymous)", aliases=["Geneva-based trader"],
              stance=0),
        actor("US Department of Agriculture's attaché in Moscow", "government", affiliation="United States",
              aliases=["US Department of Agriculture's attaché in Moscow"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Publishers Weekly (a publisher cancels a debut novel weeks before publication), Title Case headline without
#    speech, standfirst with two curly fragments for two speakers (`The publisher cited "..."; the author's agent
#    called the decision "..."`), `By NAME | Dec 04, 2026` line, curly quotes and apostrophes, American spelling,
#    book title without quote marks. Publisher `said it had made the decision "..." and that it had "..." in ...` (two
#    partials, no indirect); `the statement read`; agent `called the cancellation "..." and said B` (partial plus
#    indirect), quote split by `Brennan told PW`, first name `Maya` inside it; group `Critics on social media said
#    A, and several of the posts were shared ...` (the second clause is the writer's); author `said she was "..." of
#    the book`, then `she wrote`; PEN America `called the cancellation "..." and warned that ... were creating
#    "..." for ...` (two partials); anonymous editor `said A`, `the editor said`; bookseller `said A and would B`
#    (one span), `Ortiz said`; scare so-called "early reader" campaigns; content before `, Brennan said`.
ARTICLES[f"{BATCH}/harrow-finch-cancels-salt-orchard.gold.json"] = {
    "article": f"{BATCH}/harrow-finch-cancels-salt-orchard.txt",
    "target": "Harrow & Finch",
    "quotes": [
        (P, "Harrow & Finch", "concerns raised by readers", "cited \u201c"),
        (P, "Tom Brennan", "a collapse of nerve", "agent called the decision"),
        (P, "Harrow & Finch", "after careful consideration of concerns raised by readers", None),
        (P, "Harrow & Finch", "offered the author every support", None),
        (D, "Harrow & Finch", "We believe in this author\u2019s talent, and we are sorry that this book will not "
            "appear under our imprint,", None),
        (P, "Tom Brennan", "a collapse of nerve", "Brennan of the Kestrel"),
        (I, "Tom Brennan", "the publisher had never told his client what, specifically, readers had objected to",
            None),
        (D, "Tom Brennan", "Maya spent six years on this novel. She was given 48 hours\u2019 notice by email,", None),
        (D, "Tom Brennan", "Nobody at Harrow & Finch has been willing to get on the phone with her.", None),
        (I, "Critics on social media", "it trivialized the experiences of refugees", None),
        (P, "Maya Haddad", "heartbroken but not ashamed", None),
        (D, "Maya Haddad", "I wrote about people I love, in a place I love. I would ask anyone who has made up their "
            "mind about this novel to read it first,", None),
        (P, "PEN America", "deeply troubling", None),
        (P, "PEN America", "a chilling effect", None),
        (I, "editor at a rival house", "publishers had a responsibility to listen when readers flagged problems "
            "before a book went to print", None),
        (D, "editor at a rival house", "Canceling is the last resort, and I don\u2019t know what they saw that we "
            "didn\u2019t. But it\u2019s better than publishing something you can\u2019t stand behind,", None),
        (I, "Lena Ortiz", "her store had sold 63 copies in advance and would now refund every one", None),
        (D, "Lena Ortiz", "Our customers want to read it and decide for themselves. That decision has been taken "
            "away from them,", None),
        (S, None, "early reader", None),
        (I, "Tom Brennan", "The rights to The Salt Orchard have reverted to the author", None),
    ],
    "actors": [
        actor("Harrow & Finch", "organisation", title="publisher",
              aliases=["Harrow & Finch", "the publisher", "The publisher"], stance=1),
        actor("Tom Brennan", "person", title="literary agent", affiliation="Kestrel Literary Agency",
              aliases=["Tom Brennan", "Brennan"], stance=-1),
        actor("Critics on social media", "group", aliases=["Critics on social media"], stance=None),
        actor("Maya Haddad", "person", title="author", aliases=["Maya Haddad", "Haddad", "Maya"], stance=-1),
        actor("PEN America", "organisation", title="writers' organisation", aliases=["PEN America"], stance=-1),
        actor("editor at a rival house", "person", title="editor (anonymous)",
              aliases=["editor at a rival house", "the editor"], stance=1),
        actor("Lena Ortiz", "person", title="co-owner", affiliation="Two Rivers Books",
              aliases=["Lena Ortiz", "Ortiz"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Daily Mirror (Sri Lanka) courts (a former deputy minister indicted over a dredging bribe), headline without
#    speech, `By NAME` and `Thursday, 3 December 2026 00:10` lines, straight `"` and apostrophes, `Rs.45 mn`,
#    `Mr.` with a full stop, Sri Lankan court English (`told Court`, `moved that`, `President's Counsel`). Lede
#    (`served indictments ... on charges of ...`, no cue); prosecutor `told Court that A and that B` (one span),
#    `she said`; `According to the CIABOC, A`; shared surname: defence counsel Anura Perera `said A and described the
#    charges as "..."` (indirect plus partial), then `the senior counsel said`; `He also moved that ...` (a request);
#    judge `refused the application, observing that the defence had "..." to support it` (partial), `ordered that
#    ...` (an order); the accused (`Mr. Perera`) `said he had been "..." because ...` (partial only), `he said`;
#    TISL `said in a statement that A was "..." and that B` (partial plus indirect); former minister `said A`, `he
#    said`; scare so-called "commission culture".
ARTICLES[f"{BATCH}/chaminda-perera-dredging-bribe-indictment.gold.json"] = {
    "article": f"{BATCH}/chaminda-perera-dredging-bribe-indictment.txt",
    "target": "Chaminda Perera",
    "quotes": [
        (I, "Asha Weerasinghe", "the Commission had recorded statements from 34 witnesses and that the contractor had "
            "produced bank records showing three payments to a company controlled by the accused's brother-in-law",
            None),
        (D, "Asha Weerasinghe", "This is not a case built on hearsay. It is built on documents,", None),
        (I, "Commission to Investigate Allegations of Bribery or Corruption", "the payments were made within weeks of "
            "the contractor being awarded a Rs.1.2 billion maintenance dredging contract at the Galle Port", None),
        (I, "Anura Perera", "his client would plead not guilty", None),
        (P, "Anura Perera", "politically motivated, from the first page to the last.", None),
        (D, "Anura Perera", "My client has served the public for 22 years. He has nothing to hide and he will answer "
            "every one of these charges in this Court,", None),
        (P, "Dilhara Amarasekera", "not produced a single medical report", None),
        (P, "Chaminda Perera", "singled out", None),
        (D, "Chaminda Perera", "They can take me to court a hundred times. The people of Galle know who I am,", None),
        (P, "Transparency International Sri Lanka", "long overdue", None),
        (I, "Transparency International Sri Lanka", "the public would judge the Government's anti-corruption drive by "
            "convictions, not by arrests", None),
        (I, "Lakshman Senevirathne", "he had never seen any evidence of wrongdoing by his former deputy", None),
        (D, "Lakshman Senevirathne", "He was the one in the Ministry who asked questions about contracts, not the one "
            "who signed them,", None),
        (S, None, "commission culture", None),
    ],
    "actors": [
        actor("Asha Weerasinghe", "person", title="Deputy Director General (Legal)",
              affiliation="Commission to Investigate Allegations of Bribery or Corruption",
              aliases=["Asha Weerasinghe", "Weerasinghe"], stance=-1),
        actor("Commission to Investigate Allegations of Bribery or Corruption", "government",
              title="anti-corruption commission", affiliation="Sri Lanka",
              aliases=["Commission to Investigate Allegations of Bribery or Corruption", "CIABOC"], stance=-1),
        actor("Anura Perera", "person", title="President's Counsel (defence)",
              aliases=["Anura Perera", "the senior counsel"], stance=1),
        actor("Dilhara Amarasekera", "person", title="High Court Judge", affiliation="Colombo High Court",
              aliases=["Dilhara Amarasekera", "Amarasekera", "The Judge"], stance=-1),
        actor("Chaminda Perera", "person", title="former Deputy Minister of Ports and Shipping",
              aliases=["Chaminda Perera", "Perera", "Mr. Perera", "the accused"], stance=1),
        actor("Transparency International Sri Lanka", "organisation", title="anti-corruption NGO",
              aliases=["Transparency International Sri Lanka", "TISL"], stance=-1),
        actor("Lakshman Senevirathne", "person", title="former Ports Minister",
              aliases=["Lakshman Senevirathne", "Senevirathne"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Kurdistan24 (Erbil) energy/diplomacy (Turkey seeks a higher transit fee for Iraqi crude under a new pipeline
#    deal), headline with a straight single fragment `..., Erbil warns of 'heavy burden'` (partial for the KRG, the
#    entity the headline names as `Erbil`), dateline `ERBIL (Kurdistan24) –`, straight `"` and apostrophes,
#    diacritics (`Tuğba Erkılıç`). Lede content before `, officials in Erbil and Baghdad said on Thursday`; content
#    after `according to a senior KRG official who asked not to be named ...` (the content is before it), then `the
#    official told Kurdistan24`; spokesperson `said in a statement that the Kurdistan Region supported ... "..." and
#    that B` (partial plus indirect); ministry `said the current fee "..."` (partial only), `It said A`; consul
#    general named after the quote in an apposition (`Turkey's Consul General in Erbil, Tuğba Erkılıç, told
#    reporters`), `Erkılıç said Ankara was "..." from ...` (partial only); Iraqi oil ministry spokesperson `said A and
#    that B` (one span); association `said higher fees would "..." the return of ...` (partial only); quote before
#    `said NAME, an energy economist at ...`; `Jamal added that A was "..." given ..., but that B` (partial plus
#    indirect); scare so-called "Development Road" (in the writer's closing sentence).
ARTICLES[f"{BATCH}/turkey-pipeline-transit-fee-erbil.gold.json"] = {
    "article": f"{BATCH}/turkey-pipeline-transit-fee-erbil.txt",
    "target": "Turkey",
    "quotes": [
        (P, "Kurdistan Regional Government", "heavy burden", "'heavy"),
        (I, "officials in Erbil and Baghdad", "Turkey has asked Iraq to pay almost twice the current transit fee for "
            "crude oil shipped through the Iraq-Turkey pipeline under a new agreement to replace the 1973 treaty that "
            "expired in July", None),
        (I, "senior KRG official", "The proposal, presented to an Iraqi delegation in Ankara last week, would raise "
            "the fee from around $1.10 per barrel to $2", None),
        (D, "senior KRG official", "The Kurdistan Region already pays more to export a barrel than almost any producer "
            "in the region. A fee of two dollars would be a heavy burden on our budget and on the salaries of our "
            "public employees,", None),
        (P, "Sherzad Baban", "on fair commercial terms", None),
        (I, "Sherzad Baban", "any new fee must be negotiated jointly by Erbil and Baghdad", None),
        (P, "Turkey's Ministry of Energy and Natural Resources", "no longer reflects the cost of maintaining and "
            "securing the line.", None),
        (I, "Turkey's Ministry of Energy and Natural Resources", "Turkey had spent more than $600 million on repairs "
            "and security along the pipeline since exports were halted in 2023", None),
        (D, "Tuğba Erkılıç", "Turkey wants this pipeline to work for another fifty years. Nobody gains from an empty "
            "pipe, least of all our Kurdish friends,", None),
        (P, "Tuğba Erkılıç", "open to every proposal", None),
        (I, "Haider al-Saadi", "Baghdad would present a counter-proposal before the end of the year and that exports "
            "through the pipeline would continue under the current arrangement until a deal is signed", None),
        (P, "Association of the Petroleum Industry of Kurdistan", "further delay", None),
        (D, "Karwan Jamal", "Turkey knows that Iraq has no other route to the Mediterranean. This is a negotiation "
            "between a landlord and a tenant with no other home,", None),
        (P, "Karwan Jamal", "not unreasonable", None),
        (I, "Karwan Jamal", "Baghdad and Erbil would need to agree on who pays", None),
        (S, None, "Development Road", None),
    ],
    "actors": [
        actor("Kurdistan Regional Government", "government", affiliation="Kurdistan Region of Iraq",
              aliases=["Kurdistan Regional Government", "KRG", "Erbil"], stance=-1),
        actor("officials in Erbil and Baghdad", "group", aliases=["officials in Erbil and Baghdad"], stance=0),
        actor("senior KRG official", "person", title="official (anonymous)", affiliation="Kurdistan Regional Government",
              aliases=["senior KRG official", "the official"], stance=-1),
        actor("Sherzad Baban", "person", title="KRG spokesperson", affiliation="Kurdistan Regional Government",
              aliases=["Sherzad Baban", "Baban"], stance=0),
        actor("Turkey's Ministry of Energy and Natural Resources", "government", affiliation="Turkey",
              aliases=["Turkey's Ministry of Energy and Natural Resources", "Ministry of Energy and Natural Resources"],
              stance=1),
        actor("Tuğba Erkılıç", "person", title="Consul General in Erbil", affiliation="Turkey",
              aliases=["Tuğba Erkılıç", "Erkılıç"], stance=1),
        actor("Haider al-Saadi", "person", title="Ministry of Oil spokesperson", affiliation="Iraq",
              aliases=["Haider al-Saadi", "al-Saadi"], stance=0),
        actor("Association of the Petroleum Industry of Kurdistan", "organisation", title="oil industry association",
              aliases=["Association of the Petroleum Industry of Kurdistan", "APIKUR"], stance=-1),
        actor("Karwan Jamal", "person", title="energy economist", affiliation="Salahaddin University",
              aliases=["Karwan Jamal", "Jamal"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
