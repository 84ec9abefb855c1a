"""Build the test101 gold files (data/eval/test101/*.gold.json) from the annotation specs below.

Held out, like ../test/: do not read while tuning the extractor.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test101/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test101.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test101"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kallanish steel trade press (Russian billet exports to Turkey at a discount), headline without
#    speech, "Friday, 04 December 2026 11:42:35 (GMT+3) | Istanbul" line, straight " and apostrophes,
#    "$468-475/tonne cfr". Lede ends "Kallanish understands" (the outlet's own knowledge, not annotated);
#    ministry "said on Thursday that steel exports to "..." had grown ... and that B" (partial plus
#    indirect); content before "according to Kallanish assessments"; sales director introduced unnamed ("A
#    sales director at Volgometall ... said A"), then named in the quote's attribution ("Pavel Gorshenin told
#    Kallanish"), a quote-only paragraph, "Gorshenin said A"; "Turkish mills disagree." (not speech);
#    association secretary general "said the Russian material was being sold "...", and that B" (partial
#    plus indirect), quote with "Öztürk said", "He said A"; Iskenderun trader "said A", quote with "the
#    trader said"; a second trader in Istanbul "said A"; content before "according to data from the Russian
#    Steel association"; "did not respond to a request for comment" (not annotated).
ARTICLES[f"{BATCH}/russian-billet-exports-turkey-discounts.gold.json"] = {
    "article": f"{BATCH}/russian-billet-exports-turkey-discounts.txt",
    "target": "Russia",
    "quotes": [
        (P, "Ministry of Industry and Trade", "friendly countries", None),
        (I, "Ministry of Industry and Trade", "Turkey remained the largest single destination for semi-finished "
            "products", None),
        (I, "Kallanish", "Deals for Russian billet were heard at $468-475/tonne cfr Marmara this week, around $20/t "
            "below offers from Algerian and Omani mills", None),
        (I, "Pavel Gorshenin", "the company had no intention of cutting output despite weaker domestic demand", None),
        (D, "Pavel Gorshenin", "Our customers in Turkey have worked with us for 15 years. They know our quality, they "
            "know we deliver on time, and the price is the price the market sets,", None),
        (D, "Pavel Gorshenin", "Nobody is forcing anybody to buy.", None),
        (I, "Pavel Gorshenin", "Volgometall expected to ship a similar tonnage in December, with several cargoes "
            "already booked from Novorossiysk", None),
        (P, "Veysel Öztürk", "below any reasonable cost of production", None),
        (I, "Veysel Öztürk", "it was pushing Turkish electric-arc furnace mills to idle capacity", None),
        (D, "Veysel Öztürk", "We are not against trade. We are against a state-supported industry exporting its "
            "problems to us,", None),
        (I, "Veysel Öztürk", "the association would ask Ankara to open an anti-dumping investigation before the end of "
            "the year", None),
        (I, "Iskenderun-based trader", "buyers had few alternatives", None),
        (D, "Iskenderun-based trader", "Scrap is expensive, energy is expensive. If a rerolling mill can buy Russian "
            "billet for $470 and sell rebar at a margin, it will do it. That is business, not politics,", None),
        (I, "trader in Istanbul", "Russian sellers had become more flexible on payment terms, accepting settlement in "
            "Chinese yuan and Turkish lira as well as US dollars", None),
        (I, "Russian Steel", "Domestic rebar consumption fell by around 9% year on year in October", None),
    ],
    "actors": [
        actor("Ministry of Industry and Trade", "government", title="industry and trade ministry", affiliation="Russia",
              aliases=["Ministry of Industry and Trade"], stance=1),
        actor("Kallanish", "organisation", title="price reporting agency", affiliation=None, aliases=["Kallanish"],
              stance=None),
        actor("Pavel Gorshenin", "person", title="sales director", affiliation="Volgometall",
              aliases=["Pavel Gorshenin", "Gorshenin"], stance=1),
        actor("Veysel Öztürk", "person", title="secretary general",
              affiliation="Turkish Steel Producers Association (TÇÜD)", aliases=["Veysel Öztürk", "Öztürk"],
              stance=-1),
        actor("Iskenderun-based trader", "person", title="anonymous trader", affiliation=None,
              aliases=["Iskenderun-based trader", "the trader"], stance=1),
        actor("trader in Istanbul", "person", title="anonymous trader", affiliation=None,
              aliases=["trader in Istanbul"], stance=0),
        actor("Russian Steel", "organisation", title="Russian steel industry association", affiliation="Russia",
              aliases=["Russian Steel"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Autosport rally (the FIA's appeal court upholds a driver's exclusion), headline and standfirst without
#    speech, byline, "Dec 3, 2026, 5:42 PM", straight " and apostrophes, "Read Also:" line with a headline.
#    Court "said the stewards had been "..." in finding ..., and that the breach was "..."" (two partials);
#    team principal "said the team was "...", and that B" (partial plus indirect), quote with "Kärkkäinen
#    told Autosport", then a quote-only paragraph; driver named Lord: "Lord, 26, was more restrained. "..."
#    he said." (direct), "He added that A"; rally director "said the governing body had a duty to apply ...
#    "..."" (partial only), quote with "Montalbetti said"; FIA "said in a statement that A"; scare "bolt-on
#    rule" ("what has become known in the service park as"); rival team boss "said A", "she said";
#    anonymous engineer "speaking on condition of anonymity, said A".
ARTICLES[f"{BATCH}/fia-rally-japan-exclusion-appeal.gold.json"] = {
    "article": f"{BATCH}/fia-rally-japan-exclusion-appeal.txt",
    "target": "FIA",
    "quotes": [
        (P, "FIA International Court of Appeal", "entirely justified", None),
        (P, "FIA International Court of Appeal", "objective and not a matter of interpretation", None),
        (P, "Jussi Kärkkäinen", "bitterly disappointed", None),
        (I, "Jussi Kärkkäinen", "it would study the full judgment before deciding whether to take the case further",
            None),
        (D, "Jussi Kärkkäinen", "We have said from day one that these mounts gave us no performance advantage "
            "whatsoever. The car was inspected twice before the rally and nobody raised a single question,", None),
        (D, "Jussi Kärkkäinen", "To lose a win like this, on a piece of metal the size of your thumb, is very hard for "
            "everybody in the team.", None),
        (D, "Elliot Lord", "The decision is the decision. I know I won that rally on the stages, and nobody can take "
            "that feeling away from me,", None),
        (I, "Elliot Lord", "he would not let the ruling affect his preparations for next season", None),
        (P, "Andrea Montalbetti", "in the same way to every competitor, whatever the outcome", None),
        (D, "Andrea Montalbetti", "The rules on safety structures are there for a reason. If we start deciding which "
            "breaches matter and which ones don't, we stop being a regulator,", None),
        (I, "FIA", "it would clarify the wording of the relevant article for 2027", None),
        (S, None, "bolt-on rule", None),
        (I, "Hélène Marchetti", "the FIA had made the right call", None),
        (D, "Hélène Marchetti", "I feel for Elliot, he drove brilliantly. But if it had been one of our cars, we would "
            "have expected exactly the same treatment,", None),
        (I, "engineer from another top team", "Castellan's mounts had been discussed in the paddock since the "
            "Acropolis Rally in June", None),
    ],
    "actors": [
        actor("FIA International Court of Appeal", "organisation", title="FIA appeal court", affiliation="FIA",
              aliases=["FIA International Court of Appeal", "the court"], stance=1),
        actor("Jussi Kärkkäinen", "person", title="team principal", affiliation="Castellan Rally Team",
              aliases=["Jussi Kärkkäinen", "Kärkkäinen"], stance=-1),
        actor("Elliot Lord", "person", title="driver", affiliation="Castellan Rally Team",
              aliases=["Elliot Lord", "Lord", "Elliot"], stance=0),
        actor("Andrea Montalbetti", "person", title="FIA rally director", affiliation="FIA",
              aliases=["Andrea Montalbetti", "Montalbetti"], stance=1),
        actor("FIA", "organisation", title="motorsport governing body", affiliation=None, aliases=["FIA"], stance=1),
        actor("Hélène Marchetti", "person", title="team boss", affiliation="Équipe Mistral",
              aliases=["Hélène Marchetti", "Marchetti"], stance=1),
        actor("engineer from another top team", "person", title="anonymous engineer", affiliation=None,
              aliases=["engineer from another top team"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Berkshire Eagle local news (a developer's mill-to-apartments plan gets preliminary approval),
#    headline without speech, "By ..., The Berkshire Eagle" byline, "Dec 5, 2026", "DALTON —" dateline, curly
#    “ ” and ’, US punctuation inside closing marks, photo caption with credit (not annotated). Developer
#    (long apposition naming his company) "told the board he hoped A", quote with "Szczepanski said" and a
#    quote-only paragraph; scare so-called "workforce housing"; board chair "said A, and that B" (one span),
#    "she said"; "Many residents who spoke were skeptical." (not speech); neighbor named Wells "said A",
#    "Wells said"; "Others raised the risk of flooding." (act); content before "according to Federal
#    Emergency Management Agency maps"; developer "said A and that B, something he described as "..."" (one
#    indirect plus a partial); commission "said in a letter ... that the ... building was "..." and should be
#    preserved ..." (partial only); "Szczepanski has said he intends to keep it." (indirect); anonymous board
#    member "said A", quote with "the board member said".
ARTICLES[f"{BATCH}/dalton-mill-apartments-szczepanski.gold.json"] = {
    "article": f"{BATCH}/dalton-mill-apartments-szczepanski.txt",
    "target": "Rick Szczepanski",
    "quotes": [
        (I, "Rick Szczepanski", "he hoped to begin demolition of the mill’s newer additions next summer", None),
        (D, "Rick Szczepanski", "This building has been sitting here rotting for 14 years. Everybody in this room "
            "drives past it and wonders what’s going to happen to it. I’m the guy who’s actually willing to put money "
            "into it,", None),
        (D, "Rick Szczepanski", "I grew up three streets from here. My father worked in this mill. I’m not some "
            "out-of-state outfit looking for a quick flip.", None),
        (S, None, "workforce housing", None),
        (I, "Cheryl Fontaine", "the board had approved the concept plan only, and that traffic, parking and flood "
            "studies would still have to be submitted before a final vote, likely in the spring", None),
        (D, "Cheryl Fontaine", "Nobody should walk out of here tonight thinking this is a done deal,", None),
        (I, "Maureen Wells", "the narrow road could not handle traffic from 120 households", None),
        (D, "Maureen Wells", "I have nothing against Rick. I just think he’s trying to fit too much onto too little "
            "land, and we’re the ones who’ll be living with it,", None),
        (I, "Federal Emergency Management Agency", "The site sits partly in the floodplain of the East Branch of the "
            "Housatonic River", None),
        (I, "Rick Szczepanski", "the new buildings would be raised above the 500-year flood level and that the "
            "project would include a public riverwalk", None),
        (P, "Rick Szczepanski", "my gift back to the town.", None),
        (P, "Dalton Historical Commission", "of exceptional significance", None),
        (I, "Rick Szczepanski", "he intends to keep it", None),
        (I, "Planning Board member", "the project was the best offer the town was likely to get", None),
        (D, "Planning Board member", "We’ve had two other developers walk away from that site. If this one goes too, "
            "it sits there another 10 years,", None),
    ],
    "actors": [
        actor("Rick Szczepanski", "person", title="developer", affiliation="Ashuwillticook Partners",
              aliases=["Rick Szczepanski", "Szczepanski", "Rick"], stance=1),
        actor("Cheryl Fontaine", "person", title="Planning Board Chair", affiliation="Dalton Planning Board",
              aliases=["Cheryl Fontaine", "Fontaine"], stance=0),
        actor("Maureen Wells", "person", title="Depot Street resident", affiliation=None,
              aliases=["Maureen Wells", "Wells"], stance=-1),
        actor("Federal Emergency Management Agency", "government", title="federal agency", affiliation="United States",
              aliases=["Federal Emergency Management Agency"], stance=None),
        actor("Dalton Historical Commission", "government", title="town historical commission", affiliation="Dalton",
              aliases=["Dalton Historical Commission"], stance=0),
        actor("Planning Board member", "person", title="anonymous Planning Board member",
              affiliation="Dalton Planning Board", aliases=["Planning Board member", "the board member"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The BMJ news (a manufacturer's lamotrigine shortage), headline with a curly fragment after
#    "Charities and neurologists warn of" (partial for them), "BMJ 2026; 395 doi: ... (Published 03 December
#    2026)" line, byline, curly “ ” and ’ throughout. Lede content before "charities and neurologists have
#    warned"; "an inspection ... identified ..." (not a cue); company "said it was "..." to restore supply,
#    and that B" (partial plus indirect), "It said patient safety was its "..."" (partial only); medical
#    director "said that A and that the decision ... had been "..."" (indirect plus partial), "he said";
#    charity chief "said A and that B" (one span), "she told The BMJ"; MHRA guidance (no cue); neurologist
#    named Grange "said A", "Grange said"; anonymous pharmacist "said A", "she said"; DHSC spokesperson "said the
#    department was "..." and that B" (partial plus indirect); content before "according to a survey by
#    Community Pharmacy England"; "Halden did not say whether ..." (negated).
ARTICLES[f"{BATCH}/halden-pharma-lamotrigine-shortage.gold.json"] = {
    "article": f"{BATCH}/halden-pharma-lamotrigine-shortage.txt",
    "target": "Halden Pharma",
    "quotes": [
        (P, "charities and neurologists", "dangerous", "warn of"),
        (I, "charities and neurologists", "Patients with epilepsy are being switched between different brands of "
            "lamotrigine without proper monitoring because of a shortage of the drug made by Halden Pharma", None),
        (P, "Halden Pharma", "working around the clock", None),
        (I, "Halden Pharma", "it expected to resume full deliveries of all strengths by the end of January", None),
        (P, "Halden Pharma", "highest priority", None),
        (I, "Fergus Aitchison", "no contaminated product had reached patients", None),
        (P, "Fergus Aitchison", "precautionary", None),
        (D, "Fergus Aitchison", "We took a difficult decision early, because that is what a responsible manufacturer "
            "does. I understand the frustration this causes for patients and pharmacists, and I am sorry for it,",
            None),
        (I, "Ruth Okonjo-Mills", "the company had given pharmacies almost no warning and that people were paying the "
            "price", None),
        (D, "Ruth Okonjo-Mills", "We are hearing from people who have had their first seizure in years after being "
            "handed a different brand at the pharmacy counter with no explanation. For someone who drives or works "
            "at heights, that is not an inconvenience. It is dangerous,", None),
        (I, "Pippa Grange", "she had seen four patients in the past month whose seizures had returned after a switch",
            None),
        (D, "Pippa Grange", "Most people will switch brands without any problem. But for a minority the differences "
            "matter, and we cannot tell in advance who they will be,", None),
        (I, "community pharmacist in Leeds", "wholesalers had been rationing Halden stock since early November", None),
        (D, "community pharmacist in Leeds", "Some days I’ve had to choose which patient gets the last box. That’s not "
            "a decision a pharmacist should be making,", None),
        (P, "Department of Health and Social Care spokesperson", "working closely with the manufacturer and the MHRA",
            None),
        (I, "Department of Health and Social Care spokesperson", "alternative supplies of lamotrigine were available",
            None),
        (I, "Community Pharmacy England", "One in five community pharmacies in England reported being unable to fill "
            "at least one lamotrigine prescription in November", None),
    ],
    "actors": [
        actor("charities and neurologists", "group", title="epilepsy charities and neurologists", affiliation=None,
              aliases=["charities and neurologists", "Charities and neurologists"], stance=-1),
        actor("Halden Pharma", "organisation", title="drug manufacturer", affiliation=None,
              aliases=["Halden Pharma", "Halden", "the company"], stance=1),
        actor("Fergus Aitchison", "person", title="UK medical director", affiliation="Halden Pharma",
              aliases=["Fergus Aitchison", "Aitchison"], stance=1),
        actor("Ruth Okonjo-Mills", "person", title="chief executive", affiliation="Epilepsy Action",
              aliases=["Ruth Okonjo-Mills", "Okonjo-Mills"], stance=-1),
        actor("Pippa Grange", "person", title="consultant neurologist", affiliation=None,
              aliases=["Pippa Grange", "Grange"], stance=0),
        actor("community pharmacist in Leeds", "person", title="anonymous community pharmacist", affiliation=None,
              aliases=["community pharmacist in Leeds"], stance=-1),
        actor("Department of Health and Social Care spokesperson", "person", title="spokesperson",
              affiliation="Department of Health and Social Care",
              aliases=["Department of Health and Social Care spokesperson"], stance=0),
        actor("Community Pharmacy England", "organisation", title="pharmacy body", affiliation=None,
              aliases=["Community Pharmacy England"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
