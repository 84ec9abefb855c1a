"""Build the dev199 gold files (data/eval/dev199/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev199/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev199.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev199"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. FlightGlobal (aviation trade press) engines (an engine maker's turbine blade fix slips to 2027),
#    headline with a curly single fragment "Halden admits ... will take ‘longer than we hoped’" (speaker
#    Halden, the entity the headline names), byline and date lines, curly “ ” and ’, British punctuation,
#    past and present tense ("she says", "the executive says", "Whitlock says"); lede content before "the
#    Montreal-based manufacturer has disclosed"; CEO "said A but that certification would take “...”"
#    (indirect plus partial); quote split by "he said", its second part running over two paragraphs;
#    photo caption ending "Source: Halden Aero Engines" (not annotated); "The manufacturer said A";
#    "According to Cirium fleet data, A"; EASA "said in an airworthiness directive ... that ... could lead
#    to an “uncontained” engine failure ..., and cut the interval ..." (partial only; the cut is an act);
#    airline CEO "told FlightGlobal that the compensation ... “...” covering ...", quote with "she says",
#    "Zielińska added that A"; anonymous "One lessor executive ... said A", quote with "the executive
#    says"; airframer "said in a statement that it remained “...” in the aircraft and was working ..."
#    (partial only); "Analysts were more cautious" (not speech); consultant "said A", quote with
#    "Whitlock says".
ARTICLES[f"{BATCH}/halden-hx2000-durability-fix.gold.json"] = {
    "article": f"{BATCH}/halden-hx2000-durability-fix.txt",
    "target": "Halden Aero Engines",
    "quotes": [
        (P, "Halden Aero Engines", "longer than we hoped", "Halden admits"),
        (I, "Halden Aero Engines", "Halden Aero Engines will not have a certificated fix for the high-pressure turbine "
            "blades of its HX2000 turbofan until the second half of 2027", None),
        (I, "Luc Bergeron", "the redesigned blade had performed well in endurance testing", None),
        (P, "Luc Bergeron", "longer than we hoped", "Speaking during"),
        (D, "Luc Bergeron", "We are not going to rush a part into service and find ourselves back here in two years,",
            None),
        (D, "Luc Bergeron", "Our customers have been patient, and I know that patience is wearing thin.", None),
        (D, "Luc Bergeron", "What I can promise them is that every engine that comes off the wing will come back with "
            "the new blade, and that we will support them financially until it does.", None),
        (I, "Halden Aero Engines", "it had set aside C$410 million to compensate operators, up from C$260 million in "
            "its previous quarter", None),
        (I, "Cirium", "37 of the 198 M90s in service were on the ground at the end of November, most of them awaiting "
            "engine shop visits", None),
        (P, "EASA", "uncontained", None),
        (P, "Marta Zielińska", "does not come close", None),
        (D, "Marta Zielińska", "We bought this aircraft because of the fuel burn. Right now the most fuel-efficient M90 "
            "is the one sitting in our hangar,", None),
        (I, "Marta Zielińska", "the airline was considering legal action against the manufacturer but preferred a "
            "negotiated settlement", None),
        (I, "One lessor executive", "lease rates for M90s had fallen by about 15% since the summer as airlines "
            "hesitated to take on the type", None),
        (D, "One lessor executive", "Nobody wants to be the airline holding an aircraft it cannot fly,", None),
        (P, "Meridian", "fully confident", None),
        (I, "Sarah Whitlock", "the delay would likely push some operators towards rival aircraft for their next orders",
            None),
        (D, "Sarah Whitlock", "The engine itself burns well and the airlines like it. The problem is that Halden has "
            "missed two deadlines already, and trust is harder to repair than a turbine blade,", None),
    ],
    "actors": [
        actor("Halden Aero Engines", "organisation", title="engine manufacturer", affiliation=None,
              aliases=["Halden Aero Engines", "Halden", "The manufacturer"], stance=0),
        actor("Luc Bergeron", "person", title="chief executive", affiliation="Halden Aero Engines",
              aliases=["Luc Bergeron", "Bergeron"], stance=1),
        actor("Cirium", "organisation", title="aviation data provider", affiliation=None,
              aliases=["Cirium"], stance=0),
        actor("EASA", "government", title="aviation safety regulator", affiliation="European Union",
              aliases=["EASA"], stance=-1),
        actor("Marta Zielińska", "person", title="chief executive", affiliation="Vistula Air",
              aliases=["Marta Zielińska", "Zielińska"], stance=-1),
        actor("One lessor executive", "person", title="aircraft lessor executive (anonymous)", affiliation=None,
              aliases=["One lessor executive", "the executive"], stance=-1),
        actor("Meridian", "organisation", title="airframer (builds the M90)", affiliation=None,
              aliases=["Meridian"], stance=None),
        actor("Sarah Whitlock", "person", title="partner", affiliation="Strand Aviation Consulting",
              aliases=["Sarah Whitlock", "Whitlock"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Island (Sri Lanka) labour (estate workers strike as wage talks with the planters collapse),
#    headline without speech, byline only, straight " and apostrophes (Planters' Association, employers'),
#    "Rs. 1,350", "percent"; quote before "said S. Rajendran, General Secretary of ..., addressing a
#    gathering ...", then a quote-only paragraph; "Rajendran said A ... with a "..." proposal" (partial only);
#    spokesman "pointed out that A and that B" (one span), quote with "Dias said"; scare so-called "revenue
#    share" model (in the writer's sentence); group "The unions have rejected the model, saying A";
#    "According to Central Bank figures, A"; minister "said A and that the government would not allow the
#    dispute to "..." into the new year" (indirect plus partial); Q&A "When asked whether ..., the minister
#    said: "..."" (alias the minister); tea plucker "said A", quote with "she said"; anonymous superintendent
#    "told The Island that A", quote with "he said"; content before "estate sources said".
ARTICLES[f"{BATCH}/estate-workers-wage-strike-hatton.gold.json"] = {
    "article": f"{BATCH}/estate-workers-wage-strike-hatton.txt",
    "target": "Planters' Association of Ceylon",
    "quotes": [
        (D, "S. Rajendran", "The companies made record profits last year on the backs of these workers. Rs. 1,500 is "
            "not an offer, it is an insult,", None),
        (D, "S. Rajendran", "A family of four cannot live on this wage for even two weeks of the month. The rest of the "
            "month they borrow from the estate shop.", None),
        (P, "S. Rajendran", "realistic", None),
        (I, "Roshan Dias", "the cost of production had risen by more than 40 percent in three years and that many "
            "estates were still running at a loss", None),
        (D, "Roshan Dias", "We are not against a wage increase. But a wage that is not linked to productivity will "
            "finish off the smaller companies, and then there will be no jobs at all,", None),
        (S, None, "revenue share", None),
        (I, "The unions", "it would leave workers carrying the risk of falling tea prices", None),
        (I, "Central Bank", "tea export earnings rose to US$ 1.43 billion in 2025, the highest in over a decade", None),
        (I, "Chaminda Herath", "he would convene the Wage Board next week", None),
        (P, "Chaminda Herath", "drag on", None),
        (D, "Chaminda Herath", "All options are on the table. But an agreement between the parties is always better "
            "than an order from Colombo.", None),
        (I, "Pushpam Letchumi", "she earned about Rs. 28,000 a month in the best season", None),
        (D, "Pushpam Letchumi", "My daughter passed her A/Ls with good results. I do not know how I will pay for her to "
            "go to university,", None),
        (I, "superintendent of an estate in the Hatton area", "many estates could not pay even the current wage on "
            "time", None),
        (D, "superintendent of an estate in the Hatton area", "The unions and the companies are both playing to the "
            "gallery. The workers and the estates are the ones who pay the price,", None),
        (I, "estate sources", "Attendance at factories in the Dickoya and Bogawantalawa areas was below 20 percent "
            "yesterday", None),
    ],
    "actors": [
        actor("S. Rajendran", "person", title="General Secretary", affiliation="Up-Country Estate Workers' Union",
              aliases=["S. Rajendran", "Rajendran"], stance=-1),
        actor("Roshan Dias", "person", title="spokesman", affiliation="Planters' Association of Ceylon",
              aliases=["Roshan Dias", "Dias"], stance=1),
        actor("The unions", "group", title="trade unions", affiliation=None,
              aliases=["The unions"], stance=-1),
        actor("Central Bank", "government", title="central bank", affiliation="Sri Lanka",
              aliases=["Central Bank"], stance=None),
        actor("Chaminda Herath", "person", title="Labour Minister", affiliation="Government of Sri Lanka",
              aliases=["Chaminda Herath", "Herath", "the minister"], stance=0),
        actor("Pushpam Letchumi", "person", title="tea plucker, 46", affiliation=None,
              aliases=["Pushpam Letchumi", "Letchumi"], stance=None),
        actor("superintendent of an estate in the Hatton area", "person", title="estate superintendent (anonymous)",
              affiliation=None, aliases=["superintendent of an estate in the Hatton area"], stance=0),
        actor("estate sources", "group", title="sources (anonymous)", affiliation=None,
              aliases=["estate sources"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Fiji Sun sport (the Fiji Rugby Union sacks the national coach; the captain demands an explanation),
#    headline with a curly single fragment "Vuniwai: Players deserve ‘the truth’ ..." (speaker the captain,
#    whom the headline names), byline and date lines, curly “ ” and ’, British punctuation, Fijian chiefly
#    title (second reference "Ratu Inoke"); "has called on the FRU to explain why ..." (directive); "The FRU
#    announced ... that ... had been terminated “...”" (partial only); "In its statement, the union said A,
#    in which ..., and that B" (one span); "said on Facebook yesterday that A", quote split by "he wrote";
#    "the Toulon lock was more measured" (not speech), quote split by "Vuniwai said"; CEO "defended the
#    timing, saying A", quote with "he said", "Ratu Inoke said A and that B" (one span), Q&A "Asked whether
#    ..., he said: “...”"; "Board sources told SUNsports A"; scare so-called “bench problem” (writer's
#    sentence); sacked coach "said A", quote split by "he said"; minister "said in a statement that the
#    ministry respected ... but expected it to “...” with ..." (partial only); supporter "said A", quote
#    with "he said".
ARTICLES[f"{BATCH}/fru-raikadroka-sacking-vuniwai.gold.json"] = {
    "article": f"{BATCH}/fru-raikadroka-sacking-vuniwai.txt",
    "target": "Fiji Rugby Union",
    "quotes": [
        (P, "Apenisa Vuniwai", "the truth", "Vuniwai: Players"),
        (P, "Fiji Rugby Union", "with immediate effect", None),
        (I, "Fiji Rugby Union", "the decision followed a review of the tour, in which Fiji lost to Ireland and Scotland "
            "and beat Georgia, and that a new coaching structure would be announced before Christmas", None),
        (I, "Apenisa Vuniwai", "the players had been told nothing", None),
        (D, "Apenisa Vuniwai", "We found out like everyone else, on social media,", None),
        (D, "Apenisa Vuniwai", "Coach Joeli gave everything for this jersey. The least he deserves, and the least we "
            "deserve, is the truth.", None),
        (D, "Apenisa Vuniwai", "I am a Fijian first. Whoever the coach is, I will be there in the white jersey,", None),
        (D, "Apenisa Vuniwai", "But this is not how you treat people who give their lives to the game.", None),
        (I, "Inoke Seru", "the board could not afford to wait until after the Pacific Nations Cup", None),
        (D, "Inoke Seru", "The World Cup is eight months away. If we believed a change was needed, the worst thing we "
            "could do was to sit on it,", None),
        (I, "Inoke Seru", "the review had been carried out by a three-member panel that included a former Test coach "
            "from New Zealand and that its findings would not be made public", None),
        (D, "Inoke Seru", "The captain will be the first person I speak to this week.", None),
        (I, "Board sources", "the panel had raised concerns about the team’s fitness levels in the final quarter of "
            "matches", None),
        (S, None, "bench problem", None),
        (I, "Joeli Raikadroka", "he had learned of his dismissal through a three-minute phone call", None),
        (D, "Joeli Raikadroka", "I have no bitterness towards the boys. They played their hearts out,", None),
        (D, "Joeli Raikadroka", "I only ask the union to be honest with the public about why.", None),
        (P, "Salote Waqa", "communicate better", None),
        (I, "Ilisoni Tuilau", "the union had got it right", None),
        (D, "Ilisoni Tuilau", "We are good for sixty minutes and then we die. Somebody had to answer for that,", None),
    ],
    "actors": [
        actor("Apenisa Vuniwai", "person", title="Flying Fijians captain, Toulon lock", affiliation="Fiji",
              aliases=["Apenisa Vuniwai", "Vuniwai", "the Toulon lock", "The captain"], stance=-1),
        actor("Fiji Rugby Union", "organisation", title="national rugby union", affiliation="Fiji",
              aliases=["Fiji Rugby Union", "FRU", "the union"], stance=1),
        actor("Inoke Seru", "person", title="FRU chief executive (Ratu)", affiliation="Fiji Rugby Union",
              aliases=["Ratu Inoke Seru", "Ratu Inoke", "Inoke Seru", "Seru"], stance=1),
        actor("Board sources", "group", title="FRU board sources (anonymous)", affiliation="Fiji Rugby Union",
              aliases=["Board sources"], stance=1),
        actor("Joeli Raikadroka", "person", title="sacked Flying Fijians head coach", affiliation=None,
              aliases=["Joeli Raikadroka", "Raikadroka", "Coach Joeli", "Joeli"], stance=-1),
        actor("Salote Waqa", "person", title="Minister for Youth and Sports", affiliation="Government of Fiji",
              aliases=["Salote Waqa", "Waqa"], stance=0),
        actor("Ilisoni Tuilau", "person", title="supporter, former Suva club player, 61", affiliation=None,
              aliases=["Ilisoni Tuilau", "Tuilau"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Chemistry World (science news) research integrity (a journal retracts a catalysis paper over duplicated
#    spectra), headline with a curly single fragment "Journal retracts ... over ‘duplicated’ spectra"
#    (speaker the journal, which the headline names), standfirst without quote marks, byline and date lines,
#    British curly single quotes ‘...’ throughout with ’ apostrophes, present tense ("says", "she says",
#    "Renner says"); lede "an investigation found that ..." (not speech); journal "says in its retraction
#    notice that the editors ‘...’ in ..." (partial only), "The notice states that A" (the journal's);
#    author "says he accepts that ‘...’ ... but rejects ..." (partial only), quote with "he told Chemistry
#    World by email" and a second quote in the same paragraph; "The institute confirmed that A and that B"
#    (one span); "the institute said it ‘...’ and that B" (partial plus indirect); consultant introduced
#    without speech, quote with "says Mendes", then a two-paragraph continuation (open paragraph, then a
#    closed one); editor "says A", quote split by "she says"; second author "says A"; scare so-called
#    ‘beautification’ (writer's sentence); "According to Tobias Renner, ..., A", quote split by "Renner says".
ARTICLES[f"{BATCH}/ostrander-ammonia-catalyst-retraction.gold.json"] = {
    "article": f"{BATCH}/ostrander-ammonia-catalyst-retraction.txt",
    "target": "Henrik Ostrander",
    "quotes": [
        (P, "ChemCatalysis Letters", "duplicated", "Journal retracts"),
        (P, "ChemCatalysis Letters", "no longer have confidence", None),
        (I, "ChemCatalysis Letters", "at least four x-ray photoelectron spectra appear in more than one figure, "
            "relabelled as different samples", None),
        (P, "Henrik Ostrander", "mistakes were made", None),
        (D, "Henrik Ostrander", "The catalyst works. We have samples in the lab and anybody who wants to test them is "
            "welcome to,", None),
        (D, "Henrik Ostrander", "I regret that the figures were not prepared with more care.", None),
        (I, "Nordvik Institute of Technology", "its research misconduct board had opened a formal investigation in "
            "September and that it expected to report by the end of March", None),
        (P, "Nordvik Institute of Technology", "takes every allegation seriously", None),
        (I, "Nordvik Institute of Technology", "Ostrander had stepped back from supervising doctoral students while the "
            "investigation continues", None),
        (D, "Clara Mendes", "You do not get the same random noise twice. Once you see it, you cannot unsee it,", None),
        (D, "Clara Mendes", "What worries me more is that it took the journal 18 months to act. During that time other "
            "groups were building on this work and spending grant money trying to reproduce it.", None),
        (D, "Clara Mendes", "At least three labs told me privately that they could not.", None),
        (I, "Amelia Chu", "the editors had to wait for raw data from the authors before reaching a decision", None),
        (D, "Amelia Chu", "We understand the frustration,", None),
        (D, "Amelia Chu", "but retracting a paper is a serious step and we have to get it right.", None),
        (I, "Yusuf Karaca", "he was not involved in preparing the figures and only learned of the problems from the "
            "PubPeer thread", None),
        (S, None, "beautification", None),
        (I, "Tobias Renner", "such processing may have made the problem harder to spot", None),
        (D, "Tobias Renner", "People smooth and crop spectra all the time, and journals rarely ask for the raw files,",
            None),
        (D, "Tobias Renner", "That has to change, because otherwise the next case will look exactly like this one.",
            None),
    ],
    "actors": [
        actor("ChemCatalysis Letters", "organisation", title="journal", affiliation=None,
              aliases=["ChemCatalysis Letters", "Journal", "the journal", "The notice"], stance=-1),
        actor("Henrik Ostrander", "person", title="lead author", affiliation="Nordvik Institute of Technology",
              aliases=["Henrik Ostrander", "Ostrander"], stance=1),
        actor("Nordvik Institute of Technology", "organisation", title="research institute", affiliation=None,
              aliases=["Nordvik Institute of Technology", "The institute", "the institute"], stance=0),
        actor("Clara Mendes", "person", title="research-integrity consultant", affiliation=None,
              aliases=["Clara Mendes", "Mendes"], stance=-1),
        actor("Amelia Chu", "person", title="editor-in-chief", affiliation="ChemCatalysis Letters",
              aliases=["Amelia Chu", "Chu"], stance=None),
        actor("Yusuf Karaca", "person", title="former postdoc, second author", affiliation=None,
              aliases=["Yusuf Karaca", "Karaca"], stance=0),
        actor("Tobias Renner", "person", title="catalysis researcher", affiliation="ETH Zurich",
              aliases=["Tobias Renner", "Renner"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
