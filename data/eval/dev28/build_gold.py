"""Build the dev28 gold files (data/eval/dev28/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev28/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev28.  Standard library only.

Focus of the batch: organisations and government bodies as speakers (companies, a regulator, an
ombudsman, ministries of two countries, a regional bloc, a federal agency, unions, trade bodies,
a charity, a hedge fund, a court), named by full name first and then by short names, acronyms and
descriptions ("the Swiss group", "The Nasdaq-listed firm", "the watchdog", "The lender", "The
ministry", "the bloc", "The agency", "the Sioux City-based processor"), with statements, filings,
letters, emails and spokespeople.
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
# 1. Reuters M&A (hostile tender offer), dateline "ZURICH/NEW YORK, March 4 (Reuters) -", straight
#    quotes and apostrophes (Northstar's, isn't), punctuation inside closing marks. Headline without
#    speech. Acquirer and target are both companies: Aldermatt is "the Swiss group", Northstar "the
#    U.S. company", "The Nasdaq-listed firm", "the company". Lede "said ... it would A, after the U.S.
#    company rejected the bid ..., calling it "..."" (indirect for the bidder stopping before ",
#    after"; participial partial for the target). Content before "it said in a statement" and before
#    "the Swiss group said". CEO's letter ("wrote in a letter to Northstar shareholders") named after
#    the first stretch, quote resumed. SEC filing "said in a filing ... that its board had "..."
#    concluded the offer "..." the company ..." (two partials, no indirect). "The Nasdaq-listed firm
#    said A, and that ... "..."" (indirect plus partial). Unnamed spokeswoman "said the board would
#    "..." once ..., but added that B" (partial plus indirect). Scare "poison pill,". CEO "told
#    analysts ... that the company was "..."" (partial). Anonymous sources: content before "people
#    familiar with the matter said", then "They said A, but B" (one span; "the Swiss group" inside).
#    "declined to comment" not annotated. Hedge fund letter (partial), then "The hedge fund said"
#    (indirect). Analyst named after the first stretch, quote resumed. "(Reporting by ...)" line.
ARTICLES["data/eval/dev28/aldermatt-northstar-hostile-tender-offer.gold.json"] = {
    "article": "data/eval/dev28/aldermatt-northstar-hostile-tender-offer.txt",
    "target": "Aldermatt Holding AG",
    "quotes": [
        (I, "Aldermatt Holding AG", "it would take its $4.2 billion offer for Northstar Biosystems directly to "
            "shareholders", None),
        (P, "Northstar Biosystems", "opportunistic.", None),
        (I, "Aldermatt Holding AG", "Aldermatt will launch a tender offer of $61 per share in cash, unchanged from the "
            "proposal Northstar turned down on Feb. 18", None),
        (I, "Aldermatt Holding AG", "The offer represents a premium of 38% to Northstar's share price before the "
            "approach became public in January", None),
        (D, "Reto Baumann", "We have spent two months trying to engage constructively with Northstar's board, and we "
            "have been met with silence and procedural delay,", None),
        (D, "Reto Baumann", "Shareholders deserve the chance to decide for themselves.", None),
        (P, "Northstar Biosystems", "unanimously", None),
        (P, "Northstar Biosystems", "significantly undervalues", None),
        (I, "Northstar Biosystems", "it had seen nothing in Aldermatt's latest approach that would change that view",
            None),
        (P, "Northstar Biosystems", "far greater value", None),
        (P, "Northstar spokeswoman", "review any tender offer documents carefully", None),
        (I, "Northstar spokeswoman", "its position had not changed", None),
        (S, None, "poison pill,", None),
        (P, "Lisa Carrow", "not for sale at a price that ignores our pipeline.", None),
        (I, "people familiar with the matter", "Aldermatt has lined up financing from UBS and JPMorgan Chase and has "
            "held informal talks with at least three of Northstar's 10 largest investors", None),
        (I, "people familiar with the matter", "the Swiss group was prepared to raise its offer modestly if enough "
            "investors signaled support, but was unlikely to go above $65 a share", None),
        (P, "Greyfield Capital Partners", "shut the door too quickly", None),
        (I, "Greyfield Capital Partners", "it had not yet decided whether to tender its shares", None),
        (D, "Priya Natarajan", "Aldermatt is betting that Northstar's investors are more tired of waiting than its "
            "board is,", None),
        (D, "Priya Natarajan", "The question is whether $61 is enough to make them stop waiting. I suspect it isn't, "
            "quite.", None),
    ],
    "actors": [
        actor("Aldermatt Holding AG", "organisation", title="Swiss diagnostics maker (bidder)",
              aliases=["Aldermatt Holding AG", "Aldermatt", "the Swiss group"], stance=1),
        actor("Northstar Biosystems", "organisation", title="Boston-based, Nasdaq-listed cancer-screening test maker "
              "(takeover target)",
              aliases=["Northstar Biosystems", "Northstar", "the U.S. company", "The Nasdaq-listed firm",
                       "the company"], stance=-1),
        actor("Reto Baumann", "person", title="chief executive", affiliation="Aldermatt Holding AG",
              aliases=["Reto Baumann", "Baumann"], stance=1),
        actor("Northstar spokeswoman", "person", title="spokeswoman (unnamed)", affiliation="Northstar Biosystems",
              aliases=["Northstar spokeswoman"], stance=-1),
        actor("Lisa Carrow", "person", title="chief executive", affiliation="Northstar Biosystems",
              aliases=["Lisa Carrow", "Carrow"], stance=-1),
        actor("people familiar with the matter", "group", title="anonymous sources",
              aliases=["people familiar with the matter"], stance=0),
        actor("Greyfield Capital Partners", "organisation", title="New York hedge fund (about 4% of Northstar)",
              aliases=["Greyfield Capital Partners", "The hedge fund"], stance=1),
        actor("Priya Natarajan", "person", title="medical technology analyst", affiliation="Halbrook Securities",
              aliases=["Priya Natarajan", "Natarajan"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Guardian money/consumer desk (regulator fines a bank), British spelling, curly ‘ ’ in the
#    headline and “ ” in the body, ’ apostrophes (FCA’s, government’s, bank’s), fragment
#    punctuation outside the marks ("welcome but overdue”."), £ amounts, blank lines between
#    paragraphs; byline and date lines. Headline fragment ‘indifference’ -> the FCA (the headline
#    names the "City watchdog"; Whitlam's body quote "a culture of indifference" is not a separate
#    fragment). Standfirst "Lender charged A, regulator says" (indirect before the cue, the FCA).
#    "The Financial Conduct Authority said A, and that B" (one span). Content before "the regulator
#    said"; scare so-called “breathing space” scheme. Enforcement director "said: “...”", then "she
#    added" (two directs). Content before "according to the watchdog". Bank statement "said it
#    “...” ... and apologised “...” ..." (two partials), then "The lender said A" (indirect). CEO
#    "Its chief executive, X, who ..., said: “...”". Unnamed "spokesperson for the bank". Customer
#    "said A", then "he said" (with "they told me" inside). Ombudsman "said A and had B" (one
#    span); the writer's "the service upheld about a third last year" is not speech. Charity
#    (partial) and its chief executive (partial only: "said many of its clients had been “...” by
#    Brackenridge while ..."). MP "said the penalty “...” at a bank ..., and called on the FCA to
#    ..." (partial only; directive). Trade body "said the “...” of lenders treated ..." (partial
#    only).
ARTICLES["data/eval/dev28/brackenridge-bank-fca-arrears-fine.gold.json"] = {
    "article": "data/eval/dev28/brackenridge-bank-fca-arrears-fine.txt",
    "target": "Brackenridge Bank",
    "quotes": [
        (P, "Financial Conduct Authority", "indifference", "\u2018indifference\u2019"),
        (I, "Financial Conduct Authority", "Lender charged thousands of customers in arrears repeated fees and pushed "
            "them into unaffordable repayment plans", None),
        (I, "Financial Conduct Authority", "the Leeds-based bank had failed at least 41,000 borrowers in financial "
            "difficulty between 2019 and 2023, and that some had been charged more than \u00a3600 in arrears fees in "
            "the space of a few months", None),
        (I, "Financial Conduct Authority", "Many were pushed into repayment plans they could not afford, and about one "
            "in five had been flagged by the bank itself as vulnerable", None),
        (S, None, "breathing space", None),
        (D, "Therese Whitlam", "Firms must treat customers in financial difficulty with care. Brackenridge treated "
            "them as a source of income.", None),
        (D, "Therese Whitlam", "What we found was not a systems glitch or a handful of bad calls. It was a culture of "
            "indifference, and it lasted four years,", None),
        (I, "Financial Conduct Authority", "The bank, which agreed to settle and so qualified for a 30% discount on its "
            "penalty, has already paid \u00a352m in redress to affected customers", None),
        (P, "Brackenridge Bank", "fully accepts", None),
        (P, "Brackenridge Bank", "unreservedly", None),
        (I, "Brackenridge Bank", "it had overhauled its collections team, scrapped arrears fees on mortgages and "
            "appointed an independent reviewer to check every case closed since 2019", None),
        (D, "Alasdair Finlay", "The way some of our customers were treated was wrong, and I am sorry. We have changed "
            "the people, the processes and the incentives that allowed it to happen.", None),
        (I, "spokesperson for the bank", "no member of staff had received a bonus linked to arrears collections since "
            "2022", None),
        (I, "Gary Pell", "Brackenridge had added a \u00a335 fee to his account every month he missed a loan repayment "
            "after he was signed off work with a back injury in 2021", None),
        (D, "Gary Pell", "I rang them six times. Every time they told me to pay what I owed, and every time there was "
            "another charge,", None),
        (I, "Financial Ombudsman Service", "it had received more than 2,300 complaints about the bank\u2019s handling "
            "of arrears since 2020 and had upheld 71% of them", None),
        (P, "Kindred Debt Advice", "welcome but overdue", None),
        (P, "Maya Oduya", "chased relentlessly", None),
        (P, "Imran Yusuf", "will barely register", None),
        (P, "UK Finance", "overwhelming majority", None),
    ],
    "actors": [
        actor("Financial Conduct Authority", "organisation", title="UK financial regulator",
              aliases=["Financial Conduct Authority", "FCA", "City watchdog", "the watchdog", "the regulator",
                       "regulator"], stance=-1),
        actor("Brackenridge Bank", "organisation", title="Leeds-based bank (former building society)",
              aliases=["Brackenridge Bank", "Brackenridge", "the Leeds-based bank", "the bank", "The bank",
                       "The lender", "Lender"], stance=0),
        actor("Therese Whitlam", "person", title="executive director of enforcement",
              affiliation="Financial Conduct Authority", aliases=["Therese Whitlam", "Whitlam"], stance=-1),
        actor("Alasdair Finlay", "person", title="chief executive (since 2023)", affiliation="Brackenridge Bank",
              aliases=["Alasdair Finlay", "Finlay"], stance=0),
        actor("spokesperson for the bank", "person", title="spokesperson (unnamed)", affiliation="Brackenridge Bank",
              aliases=["spokesperson for the bank"], stance=1),
        actor("Gary Pell", "person", title="delivery driver (52), Wakefield, Brackenridge customer",
              aliases=["Gary Pell", "Pell"], stance=-1),
        actor("Financial Ombudsman Service", "organisation", title="financial complaints ombudsman",
              aliases=["Financial Ombudsman Service", "the service"], stance=-1),
        actor("Kindred Debt Advice", "organisation", title="debt charity", aliases=["Kindred Debt Advice"],
              stance=-1),
        actor("Maya Oduya", "person", title="chief executive", affiliation="Kindred Debt Advice",
              aliases=["Maya Oduya", "Oduya"], stance=-1),
        actor("Imran Yusuf", "person", title="MP, member of the Treasury select committee", affiliation="Labour",
              aliases=["Imran Yusuf", "Yusuf"], stance=-1),
        actor("UK Finance", "organisation", title="banking trade body", aliases=["UK Finance"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AFP trade diplomacy (an import ban between two neighbours), dateline "Nairobi (AFP) –", curly
#    “ ” and ’ apostrophes (Tanzania’s, Drivers’), British spelling (subsidised, lorries, litres),
#    fragment punctuation outside the marks, blank lines between paragraphs. Two countries and two
#    ministries: Kenya (country; "Nairobi") and its trade ministry, Tanzania (country; "Dodoma") and
#    its livestock ministry ("The ministry" only for Tanzania's). Headline without speech. Lede
#    "Kenya ... warned it would take “...” unless Dodoma lifted ..." (partial only). Ministry
#    "announced the ban ..., saying it was needed to protect ... from “...” and to stop ..."
#    (partial only), then "The ministry said A". Kenyan ministry statement (partial plus indirect).
#    Minister "told reporters after meeting the envoy that Nairobi had given Tanzania “...” to ..."
#    (partial only), then "she said". Spokesman "said the ban was “...” and that B" (partial plus
#    indirect), then "Mollel told journalists in Dodoma". Capital as speaker: "Dodoma has denied
#    accusations that ..." (Tanzania), "Nairobi raised the duties after saying A" (Kenya). Scare
#    so-called “sensitive list”. The bloc: "The East African Community said A", its spokesman
#    named after the quote ("a spokesman for the bloc’s secretariat"). Union "said A, and called
#    the ban “...”" (indirect plus partial). "farmers have welcomed the measure" (no content).
#    Association chairman named after the quote, then "The association said A". Economist named
#    after a two-sentence quote.
ARTICLES["data/eval/dev28/kenya-tanzania-milk-poultry-ban.gold.json"] = {
    "article": "data/eval/dev28/kenya-tanzania-milk-poultry-ban.txt",
    "target": "Tanzania",
    "quotes": [
        (P, "Kenya", "reciprocal measures", None),
        (P, "Tanzania\u2019s livestock ministry", "a flood of subsidised products", None),
        (I, "Tanzania\u2019s livestock ministry", "the disease had been detected on two poultry farms in Kenya\u2019s "
            "Nakuru county in August", None),
        (P, "Kenya\u2019s trade ministry", "a clear breach", None),
        (I, "Kenya\u2019s trade ministry", "no case of bird flu had been confirmed in Nakuru by Kenyan or international "
            "veterinary authorities", None),
        (P, "Grace Wanjiru Mbugua", "seven days, not seven months", None),
        (D, "Grace Wanjiru Mbugua", "On paper we are one market. If a lorry of milk can be turned back at Namanga on "
            "the strength of a rumour, then we are one market only on paper,", None),
        (P, "Hamisi Mollel", "temporary and based on science", None),
        (I, "Hamisi Mollel", "it would be reviewed once Kenya shared its laboratory results", None),
        (D, "Hamisi Mollel", "This is not about politics. Our duty is to protect Tanzanian flocks and Tanzanian "
            "farmers, and we will not apologise for doing it,", None),
        (I, "Tanzania", "accusations that the ban is retaliation for Kenya\u2019s decision in July to raise duties on "
            "Tanzanian rice", None),
        (I, "Kenya", "cheap Asian rice was being smuggled into Kenya through Tanzanian ports and relabelled", None),
        (S, None, "sensitive list", None),
        (I, "East African Community", "its committee on non-tariff barriers would take up the dispute when it meets in "
            "Arusha next month", None),
        (D, "Daniel Ssempala", "Non-tariff barriers are the biggest single obstacle to trade inside the community, and "
            "this is a textbook case,", None),
        (I, "Kenya Long Haul Drivers\u2019 Union", "about 400 lorries were queued at the Namanga and Isebania "
            "crossings, some carrying fresh milk that had already spoiled", None),
        (P, "Kenya Long Haul Drivers\u2019 Union", "a death sentence for our members\u2019 livelihoods", None),
        (D, "Joseph Mrema", "For years we have competed with eggs that cost less in Nairobi than they cost to produce "
            "in Arusha,", None),
        (I, "Tanzania Poultry Keepers\u2019 Association", "prices paid to its members for eggs had risen by about 15 "
            "percent since Friday", None),
        (D, "Naliaka Wekesa", "Both capitals know these bans tend to end with a quiet phone call between the "
            "presidents. The question is how much milk gets poured away first,", None),
    ],
    "actors": [
        actor("Kenya", "country", aliases=["Kenya", "Nairobi"], stance=-1),
        actor("Tanzania", "country", aliases=["Tanzania", "Dodoma"], stance=1),
        actor("Tanzania\u2019s livestock ministry", "government", title="Ministry of Livestock and Fisheries",
              affiliation="Tanzania", aliases=["Tanzania\u2019s livestock ministry", "The ministry"], stance=1),
        actor("Kenya\u2019s trade ministry", "government", title="trade ministry", affiliation="Kenya",
              aliases=["Kenya\u2019s trade ministry"], stance=-1),
        actor("Grace Wanjiru Mbugua", "person", title="Trade Cabinet Secretary", affiliation="Kenya",
              aliases=["Grace Wanjiru Mbugua", "Mbugua"], stance=-1),
        actor("Hamisi Mollel", "person", title="chief government spokesman", affiliation="Tanzania",
              aliases=["Hamisi Mollel", "Mollel"], stance=1),
        actor("East African Community", "organisation", title="regional bloc (eight members, Arusha)",
              aliases=["East African Community", "the bloc"], stance=0),
        actor("Daniel Ssempala", "person", title="spokesman", affiliation="East African Community secretariat",
              aliases=["Daniel Ssempala", "Ssempala"], stance=-1),
        actor("Kenya Long Haul Drivers\u2019 Union", "organisation", title="lorry drivers' union (Kenya)",
              aliases=["Kenya Long Haul Drivers\u2019 Union"], stance=-1),
        actor("Joseph Mrema", "person", title="chairman", affiliation="Tanzania Poultry Keepers\u2019 Association",
              aliases=["Joseph Mrema", "Mrema"], stance=1),
        actor("Tanzania Poultry Keepers\u2019 Association", "organisation", title="poultry farmers' association",
              aliases=["Tanzania Poultry Keepers\u2019 Association", "The association"], stance=1),
        actor("Naliaka Wekesa", "person", title="trade economist", affiliation="Rift Trade Institute (Nairobi)",
              aliases=["Naliaka Wekesa", "Wekesa"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AP regulatory (OSHA penalties after an ammonia leak), "By NAME Associated Press", dateline
#    "ALDER GROVE, Iowa (AP) —", straight quotes and apostrophes (OSHA's, doesn't, wasn't),
#    punctuation inside closing marks. Headline without speech. Lede content before "the
#    Occupational Safety and Health Administration said Wednesday" (the agency speaking of itself as
#    "Federal safety regulators"); "OSHA said A, which ..." (indirect stopping before the writer's
#    ", which"); scare "willful," (a legal classification, "which it classified as", as dev25's
#    "high hazard,"). Area director named after her quote, then "Lindholm said inspectors found that
#    A" (one span, "inspectors found" inside). Company "said it would contest the citations before
#    the ... Commission, an independent federal panel ..." (indirect stopping before the
#    apposition); statement of "the Sioux City-based processor" (partial plus indirect).
#    Spokesman "said in an email that the alarms had been taken offline "..."" (partial only); "He
#    did not say" (negated). Union "said the penalties were "..." and that B" (partial plus
#    indirect); union president named after the first stretch, quote resumed. Worker "said A"
#    (a reported order inside), then "he said" with "They said" inside the quote. Chemical Safety
#    Board (indirect). Court "refused to dismiss ..., ruling that they had presented "..." to go to
#    trial on claims that ..." (partial only). Lawyers "have argued in court filings that A and that
#    B" (one span). Content before "according to the company".
ARTICLES["data/eval/dev28/sandhill-crest-poultry-osha-ammonia-fine.gold.json"] = {
    "article": "data/eval/dev28/sandhill-crest-poultry-osha-ammonia-fine.txt",
    "target": "Sandhill Crest Poultry",
    "quotes": [
        (I, "Occupational Safety and Health Administration", "Federal safety regulators have proposed $2.3 million in "
            "fines against an Iowa poultry processor after an ammonia leak at its plant in February sent 41 workers "
            "to hospitals", None),
        (I, "Occupational Safety and Health Administration", "Sandhill Crest Poultry had ignored repeated warnings "
            "from its own maintenance workers about corroded valves on the refrigeration system at the Alder Grove "
            "plant", None),
        (S, None, "willful,", None),
        (D, "Theresa Lindholm", "This leak was not bad luck. It was the predictable result of a company deciding that "
            "repairs could wait,", None),
        (I, "Theresa Lindholm", "inspectors found that alarms meant to warn workers of ammonia in the air had been "
            "switched off in two rooms because they went off too often", None),
        (I, "Sandhill Crest Poultry", "it would contest the citations before the Occupational Safety and Health Review "
            "Commission", None),
        (P, "Sandhill Crest Poultry", "mischaracterize what happened on Feb. 12", None),
        (I, "Sandhill Crest Poultry", "the valve that failed had passed an inspection by an outside contractor in "
            "December", None),
        (P, "Dale Whitford", "for scheduled recalibration, not to silence them.", None),
        (P, "Midwest Food Workers Union", "a start", None),
        (I, "Midwest Food Workers Union", "it had filed a separate complaint with Iowa's labor commissioner over "
            "staffing in the maintenance department", None),
        (D, "Rosa Delgado", "Our members were told to go back in while their eyes were still burning,", None),
        (D, "Rosa Delgado", "Two million dollars doesn't change that.", None),
        (I, "Luis Contreras", "supervisors on his line told workers to keep going after the smell reached them", None),
        (D, "Luis Contreras", "They said it was normal. It wasn't normal,", None),
        (I, "U.S. Chemical Safety Board", "it was still examining the leak and expected to release its findings next "
            "year", None),
        (P, "Woodbury County District Court", "sufficient evidence", None),
        (I, "Sandhill Crest's lawyers", "the workers' injuries are covered by Iowa's workers' compensation system and "
            "that the lawsuit should be thrown out", None),
        (I, "Sandhill Crest Poultry", "Plant operations returned to normal in early March", None),
    ],
    "actors": [
        actor("Occupational Safety and Health Administration", "government", title="federal workplace safety agency",
              affiliation="U.S. Labor Department",
              aliases=["Occupational Safety and Health Administration", "OSHA", "The agency"], stance=-1),
        actor("Sandhill Crest Poultry", "organisation", title="family-owned poultry processor (Sioux City, Iowa)",
              aliases=["Sandhill Crest Poultry", "Sandhill Crest", "the Sioux City-based processor", "the company",
                       "The company"], stance=1),
        actor("Theresa Lindholm", "person", title="area director (Des Moines)",
              affiliation="Occupational Safety and Health Administration",
              aliases=["Theresa Lindholm", "Lindholm"], stance=-1),
        actor("Dale Whitford", "person", title="company spokesman", affiliation="Sandhill Crest Poultry",
              aliases=["Dale Whitford", "Whitford"], stance=1),
        actor("Midwest Food Workers Union", "organisation", title="union (about 800 of the plant's employees)",
              aliases=["Midwest Food Workers Union", "the union"], stance=-1),
        actor("Rosa Delgado", "person", title="union president", affiliation="Midwest Food Workers Union",
              aliases=["Rosa Delgado", "Delgado"], stance=-1),
        actor("Luis Contreras", "person", title="plant worker (34), hospitalized two nights",
              aliases=["Luis Contreras", "Contreras"], stance=-1),
        actor("U.S. Chemical Safety Board", "government", title="independent federal accident investigation board",
              aliases=["U.S. Chemical Safety Board", "Chemical Safety Board"], stance=None),
        actor("Woodbury County District Court", "organisation", title="Iowa state district court",
              aliases=["Woodbury County District Court"], stance=0),
        actor("Sandhill Crest's lawyers", "group", title="the company's lawyers (court filings)",
              affiliation="Sandhill Crest Poultry", aliases=["Sandhill Crest's lawyers"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
