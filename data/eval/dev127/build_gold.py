"""Build the dev127 gold files (data/eval/dev127/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev127/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev127.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev127"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Saskatoon StarPhoenix (Postmedia) business/labour (a potash mine idles a mill, blaming Russian exports),
#    headline and subhead without speech, "Author of the article:" and "Published Dec 10, 2026 • Last updated ...
#    • 4 minute read" lines, "Article content" lines, straight " and apostrophes, "Sask.", "Jan. 4". Company "said
#    Wednesday A" (the lede's "blaming" is the writer's summary); CEO quote split by "chief executive X said in a
#    statement"; "according to figures compiled by the commodities consultancy CRU" (content before the cue);
#    "rejected suggestions that it was dumping" (act); Uralkali "In a statement to the Interfax news agency, the
#    company said its prices were "..." and that Russian fertilizer was helping to "..."" (two partials); deputy
#    minister named first, "told reporters ... that Western sanctions ... had "..." and that B" (partial plus
#    indirect); provincial minister "said the province had asked Ottawa to raise ... and to press for ..." (a
#    reported fact, one indirect), quote "Olynyk told the StarPhoenix"; scare so-called "potash belt"; union
#    president "said members were "..." given ..., but that B" (partial plus indirect), quote "he said"; Q&A
#    "Asked whether ..., Kowalchuk said A"; analyst "said A", quote "Raman said in an interview".
ARTICLES[f"{BATCH}/russian-potash-esterhazy-mill-idled.gold.json"] = {
    "article": f"{BATCH}/russian-potash-esterhazy-mill-idled.txt",
    "target": "Russia",
    "quotes": [
        (I, "Aspen Plains Potash", "the shutdown, which begins Jan. 4, would affect about 180 of the mine's 640 workers, "
            "who will be offered retraining or temporary transfers to the company's other operations where possible",
         None),
        (D, "Lorne Beaudry", "This is not a decision we take lightly. We have a workforce that has stood by this company "
            "for 30 years,", None),
        (D, "Lorne Beaudry", "But when a competitor can sell below our cost of production because its government treats "
            "potash as a tool of foreign policy, we have to respond.", None),
        (I, "CRU", "Russian producers shipped a record 15.8 million tonnes of potash in the first 10 months of 2026",
         None),
        (P, "Uralkali", "set by the market, like everyone else's", None),
        (P, "Uralkali", "feed the world", None),
        (P, "Viktor Yevtushenko", "failed completely", None),
        (I, "Viktor Yevtushenko", "Russian potash was now sold in more than 90 countries", None),
        (I, "Travis Olynyk", "the province had asked Ottawa to raise the issue with G7 partners and to press for tariffs "
            "on Russian fertilizer in allied markets", None),
        (D, "Travis Olynyk", "Saskatchewan potash is produced to the highest environmental and labour standards in the "
            "world. We should not be losing market share to a country that is waging a war in Europe,", None),
        (S, None, "potash belt", None),
        (P, "Jarrett Kowalchuk", "not surprised", None),
        (I, "Jarrett Kowalchuk", "the union was disappointed it had learned of the layoffs only hours before the "
            "announcement", None),
        (D, "Jarrett Kowalchuk", "Our guys know exactly what Russia is doing to prices. What they want to know is whether "
            "they'll have a job in April,", None),
        (I, "Jarrett Kowalchuk", "it was reviewing the collective agreement", None),
        (I, "Priya Raman", "prices were likely to stay weak through the spring planting season", None),
        (D, "Priya Raman", "Russian volumes are a big part of the story, but Canadian producers also brought on a lot of "
            "new capacity in the past two years. Everyone expanded at once, and now everyone is paying for it,", None),
    ],
    "actors": [
        actor("Aspen Plains Potash", "organisation", title="potash producer",
              aliases=["Aspen Plains Potash", "Aspen Plains"], stance=-1),
        actor("Lorne Beaudry", "person", title="chief executive", affiliation="Aspen Plains Potash",
              aliases=["Lorne Beaudry", "Beaudry"], stance=-1),
        actor("CRU", "organisation", title="commodities consultancy (its figures)", aliases=["CRU"], stance=None),
        actor("Uralkali", "organisation", title="Russia's largest potash producer", affiliation="Russia",
              aliases=["Uralkali"], stance=1),
        actor("Viktor Yevtushenko", "person", title="deputy minister of industry and trade", affiliation="Russia",
              aliases=["Viktor Yevtushenko", "Yevtushenko"], stance=1),
        actor("Travis Olynyk", "person", title="Trade and Export Development Minister",
              affiliation="Government of Saskatchewan", aliases=["Travis Olynyk", "Olynyk"], stance=-1),
        actor("Jarrett Kowalchuk", "person", title="president", affiliation="United Steelworkers Local 7689",
              aliases=["Jarrett Kowalchuk", "Kowalchuk"], stance=-1),
        actor("Priya Raman", "person", title="analyst", affiliation="BMO Capital Markets",
              aliases=["Priya Raman", "Raman"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Louisville Courier Journal labor/business (workers strike at a Bardstown bourbon distillery), headline without
#    speech, byline and "Louisville Courier Journal" lines, "Published 5:12 p.m. ET Dec. 9, 2026 | Updated ..."
#    line, "BARDSTOWN, Ky. —" dateline, curly double marks and curly apostrophes, "3%". Union vote "the union said"
#    (content before the cue); company "had described the offer as its "..." proposal" (partial only); "according
#    to a summary the union shared with members" (the union's document); union president named after the first
#    stretch ("said Rhonda McKee, the local's president"), quote resumed; "McKee said A, and that B" (one span);
#    company "said in a statement it was "..." by the strike" (partial only), "The company said its offer was
#    "..." and that B" (partial plus indirect); spokesperson Trey Whitlock "said A and that no bourbon "..."" (indirect
#    plus partial), Q&A "Asked whether ..., Whitlock said: "...""; striker Dale Whitlock (shared surname, "no
#    relation") with an aside "— and who said he is no relation to the company spokesman —" (indirect) and "said
#    A" (indirect), then a quote split by "he said"; another striker "said A"; mayor "said the city hoped the two
#    sides would "...," adding that B" (partial plus indirect); closing content before "McKee said".
ARTICLES[f"{BATCH}/cedar-hollow-distillery-strike.gold.json"] = {
    "article": f"{BATCH}/cedar-hollow-distillery-strike.txt",
    "target": "Cedar Hollow Distilling Co.",
    "quotes": [
        (I, "United Food and Commercial Workers Local 227", "Members of United Food and Commercial Workers Local 227 voted "
            "181-37 on Sunday to reject the company\u2019s latest offer", None),
        (P, "Cedar Hollow Distilling Co.", "last, best and final", None),
        (I, "United Food and Commercial Workers Local 227", "The offer included a 3% raise in each of the next three years "
            "but would have allowed the company to schedule bottling-line workers on Saturdays and Sundays without "
            "overtime pay", None),
        (D, "Rhonda McKee", "They want us to work weekends for straight time and call it flexibility,", None),
        (D, "Rhonda McKee", "Our people already work 12-hour shifts in the summer. They have kids, they have parents to "
            "look after. We are not giving up our weekends.", None),
        (I, "Rhonda McKee", "the union had offered to accept a smaller raise in exchange for keeping weekend overtime, "
            "and that the company had turned it down", None),
        (P, "Cedar Hollow Distilling Co.", "disappointed", None),
        (P, "Cedar Hollow Distilling Co.", "among the most competitive in the industry", None),
        (I, "Cedar Hollow Distilling Co.", "the new schedules were needed to keep up with demand for its flagship Cedar "
            "Hollow Single Barrel", None),
        (I, "Trey Whitlock", "the distillery would keep operating with salaried staff", None),
        (P, "Trey Whitlock", "will be left unattended in our warehouses.", None),
        (D, "Trey Whitlock", "We are not going to speculate about that. Our door is open, and it has been open the whole "
            "time.", None),
        (I, "Dale Whitlock", "he is no relation to the company spokesman", None),
        (I, "Dale Whitlock", "the weekend proposal would mean missing his grandson\u2019s ballgames", None),
        (D, "Dale Whitlock", "I rolled barrels for this company when nobody had heard of it,", None),
        (D, "Dale Whitlock", "Now it\u2019s on TV commercials and they\u2019re telling us we\u2019re too expensive.", None),
        (I, "Marisol Quintanilla", "she had been working 50-hour weeks since August", None),
        (P, "Nancy Fogle", "get back to the table quickly,", None),
        (I, "Nancy Fogle", "the distillery\u2019s visitors center draws about 150,000 tourists a year", None),
        (I, "Rhonda McKee", "No new talks had been scheduled as of Wednesday evening", None),
    ],
    "actors": [
        actor("United Food and Commercial Workers Local 227", "organisation", title="union",
              aliases=["United Food and Commercial Workers Local 227", "union"], stance=-1),
        actor("Cedar Hollow Distilling Co.", "organisation", title="bourbon distillery", affiliation="Larkspur Brands",
              aliases=["Cedar Hollow Distilling Co.", "Cedar Hollow"], stance=1),
        actor("Rhonda McKee", "person", title="president", affiliation="United Food and Commercial Workers Local 227",
              aliases=["Rhonda McKee", "McKee"], stance=-1),
        actor("Trey Whitlock", "person", title="company spokesperson", affiliation="Cedar Hollow Distilling Co.",
              aliases=["Trey Whitlock", "Whitlock"], stance=1),
        actor("Dale Whitlock", "person", title="barrel roller, striker", affiliation="Cedar Hollow Distilling Co.",
              aliases=["Dale Whitlock"], stance=-1),
        actor("Marisol Quintanilla", "person", title="striker", aliases=["Marisol Quintanilla", "Quintanilla"],
              stance=-1),
        actor("Nancy Fogle", "person", title="Bardstown Mayor", aliases=["Nancy Fogle", "Fogle"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Estates Gazette (EG, UK property trade press) corporate (a REIT chairman survives an AGM revolt), headline and
#    standfirst without speech, "By ..." and "9 December 2026" lines, straight " and apostrophes, British
#    punctuation outside fragments, "£2.1bn", "38.4%", "Read more:" line. Vote share before "according to results
#    published by the company to the stock exchange"; chairman "Speaking to shareholders after the vote, Rendle
#    said he had "..." and would hand over to a successor "..."" (two partials), quote "he said"; activist "had
#    written ... urging them to vote against" (directive), "It described the board as "..."" (partial only);
#    partner "told EG the result showed that "..." among ..." (partial only), quote split by "Carvalho said"; proxy
#    adviser "had recommended a vote against" (directive), "noting in its report that A" (participial, indirect);
#    senior independent director "defended the chairman, saying he had steered ... "..."" (partial only), quote
#    "Adeyemi said"; anonymous "One top-20 shareholder, who declined to be named, said the vote was "..." rather
#    than ..." (partial only), quote "they said"; analyst "said A, but warned that B" (two indirects).
ARTICLES[f"{BATCH}/harcourt-reit-chair-agm-revolt.gold.json"] = {
    "article": f"{BATCH}/harcourt-reit-chair-agm-revolt.txt",
    "target": "Malcolm Rendle",
    "quotes": [
        (I, "Harcourt Urban REIT", "Some 38.4% of votes were cast against his re-election at the meeting in London on "
            "Tuesday", None),
        (P, "Malcolm Rendle", "heard the message", None),
        (P, "Malcolm Rendle", "no later than the 2028 AGM", None),
        (D, "Malcolm Rendle", "I have never regarded this chair as mine to keep. The board has already begun a search, "
            "and I intend to make sure the next chair inherits a stronger company than the one I took on,", None),
        (P, "Tamworth Capital", "tired, clubbable and far too comfortable with underperformance", None),
        (P, "In\u00eas Carvalho", "patience has run out", None),
        (D, "In\u00eas Carvalho", "Eighteen months is too long. The discount is not going to close while the same people "
            "are sitting around the same table making the same decisions,", None),
        (D, "In\u00eas Carvalho", "We want a new chair in place by the summer.", None),
        (I, "Institutional Shareholder Services", "his tenure now exceeded the nine-year limit set out in the UK "
            "Corporate Governance Code", None),
        (P, "Olufemi Adeyemi", "without a single breach of covenant", None),
        (D, "Olufemi Adeyemi", "Malcolm's experience has been invaluable in a very difficult market. The board is united "
            "behind an orderly succession,", None),
        (P, "One top-20 shareholder", "a shot across the bows", None),
        (D, "One top-20 shareholder", "Nobody wanted to topple him at the meeting. But he needed to hear it, and now he "
            "has,", None),
        (I, "Callum Greaves", "the market would welcome a clear timetable", None),
        (I, "Callum Greaves", "the bigger challenge for the next chair would be the company's \u00a3640m of debt, around a "
            "third of which falls due in 2028", None),
    ],
    "actors": [
        actor("Harcourt Urban REIT", "organisation", title="listed landlord (its published results)",
              aliases=["Harcourt Urban REIT", "Harcourt Urban"], stance=None),
        actor("Malcolm Rendle", "person", title="chairman", affiliation="Harcourt Urban REIT",
              aliases=["Malcolm Rendle", "Sir Malcolm Rendle", "Rendle", "Malcolm"], stance=1),
        actor("Tamworth Capital", "organisation", title="activist investor", aliases=["Tamworth Capital", "Tamworth"],
              stance=-1),
        actor("In\u00eas Carvalho", "person", title="partner", affiliation="Tamworth Capital",
              aliases=["In\u00eas Carvalho", "Carvalho"], stance=-1),
        actor("Institutional Shareholder Services", "organisation", title="proxy adviser",
              aliases=["Institutional Shareholder Services", "ISS"], stance=-1),
        actor("Olufemi Adeyemi", "person", title="senior independent director", affiliation="Harcourt Urban REIT",
              aliases=["Olufemi Adeyemi", "Adeyemi"], stance=1),
        actor("One top-20 shareholder", "person", title="anonymous shareholder", aliases=["One top-20 shareholder"],
              stance=-1),
        actor("Callum Greaves", "person", title="analyst", affiliation="Peel Hunt", aliases=["Callum Greaves", "Greaves"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Awoko (Sierra Leone) diplomacy (Freetown protests a Guinean army checkpoint near Yenga), all-caps headline
#    without speech, "By ..." and "Freetown, 8 December 2026" lines, straight " and apostrophes, West African
#    newspaper idiom ("disclosed ... that", "According to her,", "the Minister stated", "told this medium", "He
#    maintained that", "Paramount Chief", "Le 50"). Minister named with comma-apposition title, "disclosed ... that
#    A"; "According to her, A and traders ... have since been made to pay "..." by the soldiers" (indirect plus
#    partial); quote "the Minister stated"; "She said A, and that B" (one span); "declined to say whether" (not
#    speech); anonymous officer "who spoke to Awoko on condition of anonymity ..., said A and that RSLAF troops were
#    "..." from ..." (indirect plus partial); ambassador "when contacted, described the checkpoint as a "..."
#    against ..." (partial only), quote "the Ambassador told this medium", "He maintained that A, adding that B"
#    (two indirects); chief "told Awoko that A", quote split by "the Paramount Chief said", "He called on
#    Government to "..."" (directive; the fragment a partial); trader "said A, and that B" (one span); MRU
#    "in a statement said it was "..." and urged ..." (partial only; directive not annotated); scare so-called
#    "Yenga question".
ARTICLES[f"{BATCH}/yenga-border-guinea-checkpoint.gold.json"] = {
    "article": f"{BATCH}/yenga-border-guinea-checkpoint.txt",
    "target": "Guinea",
    "quotes": [
        (I, "Fatmata Kamara-Sesay", "a protest note was handed to the Guinean Embassy last Friday", None),
        (I, "Fatmata Kamara-Sesay", "the checkpoint was set up about two kilometres inside Sierra Leonean territory on 27 "
            "November", None),
        (P, "Fatmata Kamara-Sesay", "unofficial fees", None),
        (D, "Fatmata Kamara-Sesay", "Sierra Leone remains committed to good neighbourliness and to the 2004 agreement "
            "recognising Yenga as part of our territory. But we will not accept any action on the ground that "
            "undermines that agreement,", None),
        (I, "Fatmata Kamara-Sesay", "President Bio had spoken by telephone with his Guinean counterpart, and that both "
            "leaders agreed the matter should be handled through dialogue", None),
        (I, "A senior military officer in Kailahun", "about 15 Guinean soldiers were manning the checkpoint", None),
        (P, "A senior military officer in Kailahun", "watching the situation closely", None),
        (P, "Mamadou Lamarana Diallo", "temporary security measure", None),
        (D, "Mamadou Lamarana Diallo", "Guinea has no territorial ambition against our Sierra Leonean brothers and "
            "sisters. This is a question of security, not of borders,", None),
        (I, "Mamadou Lamarana Diallo", "the soldiers were positioned on the Guinean side of the line as shown on "
            "colonial-era maps", None),
        (I, "Mamadou Lamarana Diallo", "the joint border commission would clarify the matter when it meets in Conakry in "
            "January", None),
        (I, "Sahr Tamba Fayia II", "his subjects were living in fear", None),
        (D, "Sahr Tamba Fayia II", "Every few years it is the same thing. They come, they put a rope across the road, and "
            "our people must pay to go to their own farms,", None),
        (D, "Sahr Tamba Fayia II", "We are tired of it.", None),
        (P, "Sahr Tamba Fayia II", "act firmly", None),
        (I, "Mariama Bangura", "she now pays Le 50 every time she crosses with her goods, and that some women had stopped "
            "coming to the market altogether", None),
        (P, "Mano River Union Secretariat", "following developments with concern", None),
        (S, None, "Yenga question", None),
    ],
    "actors": [
        actor("Fatmata Kamara-Sesay", "person", title="Minister of Foreign Affairs and International Cooperation",
              affiliation="Government of Sierra Leone",
              aliases=["Fatmata Kamara-Sesay", "Kamara-Sesay", "Minister"], stance=-1),
        actor("A senior military officer in Kailahun", "person", title="anonymous RSLAF officer", affiliation="RSLAF",
              aliases=["A senior military officer in Kailahun"], stance=0),
        actor("Mamadou Lamarana Diallo", "person", title="Guinea's Ambassador to Sierra Leone", affiliation="Guinea",
              aliases=["Mamadou Lamarana Diallo", "Diallo", "Ambassador"], stance=1),
        actor("Sahr Tamba Fayia II", "person", title="Paramount Chief of Kissi Teng Chiefdom",
              aliases=["Sahr Tamba Fayia II", "Fayia", "Paramount Chief"], stance=-1),
        actor("Mariama Bangura", "person", title="trader, Koindu market", aliases=["Mariama Bangura", "Bangura"],
              stance=-1),
        actor("Mano River Union Secretariat", "organisation", title="regional body",
              aliases=["Mano River Union Secretariat"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
