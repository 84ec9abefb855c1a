"""Build the dev180 gold files (data/eval/dev180/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev180/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev180.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev180"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Enab Baladi (English; diplomacy: a Russian delegation's talks in Damascus on the Hmeimim and Tartus
#    bases), headline without speech, "Enab Baladi – Damascus" line, straight " and apostrophes, American
#    punctuation inside closing marks (`territory."`, `region."`), crosshead. Lede content before "according
#    to the Syrian Ministry of Foreign Affairs"; ministry "said the talks had been "..." and that B" (partial
#    plus indirect); "The statement did not mention the bases directly" (negated), "referring only to "...""
#    (partial); deputy minister "told ... RIA Novosti that Moscow was ready to "..." of ..., but that the bases
#    served "..."" (two partials), quote with "Vasilenko said"; anonymous Syrian official ("who asked not to
#    be named because ...") "told Enab Baladi that A", quote with "the official said"; "residents ... were
#    divided" (no speech); fisherman "said A, and that B", quote with "he asked"; teacher "said she could not
#    accept ... "..."" (partial only), quote with "she said"; content before "according to the latest annual
#    report of the Syrian Network for Human Rights (SNHR)"; researcher "said A, and described the talks as
#    "..."" (indirect plus partial), "He added that A"; "did not respond" (not annotated).
ARTICLES[f"{BATCH}/hmeimim-base-talks-russian-delegation.gold.json"] = {
    "article": f"{BATCH}/hmeimim-base-talks-russian-delegation.txt",
    "target": "Russia",
    "quotes": [
        (I, "Syrian Ministry of Foreign Affairs", "A Russian government delegation concluded two days of talks in "
            "Damascus on Wednesday, 2 December, focused on the future of the Russian military presence at the Hmeimim "
            "air base and the port of Tartus", None),
        (P, "Syrian Ministry of Foreign Affairs", "frank and constructive", None),
        (I, "Syrian Ministry of Foreign Affairs", "both sides had agreed to continue discussions through a joint "
            "technical committee", None),
        (P, "Syrian Ministry of Foreign Affairs", "arrangements related to the Russian presence on Syrian territory.",
            None),
        (P, "Igor Vasilenko", "reconsider the format", None),
        (P, "Igor Vasilenko", "the stability of the entire region.", None),
        (D, "Igor Vasilenko", "Russia has been a friend of the Syrian people for decades, and we intend to remain one, "
            "whatever government sits in Damascus,", None),
        (I, "Syrian official familiar with the talks", "Damascus had raised the question of compensation for the damage "
            "caused by Russian airstrikes between 2015 and 2024", None),
        (D, "Syrian official familiar with the talks", "We told them clearly: there is no new relationship without "
            "accountability for the past. They listened, but they did not give an answer,", None),
        (I, "Mahmoud al-Ali", "the base brought jobs and goods to the area, and that its closure would hurt local "
            "traders", None),
        (D, "Mahmoud al-Ali", "The Russians buy fish, vegetables, everything. If they leave tomorrow, who will buy?",
            None),
        (P, "Hala Deeb", "as if nothing happened.", None),
        (D, "Hala Deeb", "They bombed our markets and hospitals, and now they come to negotiate like guests,", None),
        (I, "Syrian Network for Human Rights", "More than 6,900 civilians have been killed by Russian forces in Syria "
            "since September 2015", None),
        (I, "Nawar Sabbagh", "the new government was using the bases as a bargaining chip to obtain Russian wheat and "
            "oil", None),
        (P, "Nawar Sabbagh", "a negotiation between two sides who need each other but do not trust each other.", None),
        (I, "Nawar Sabbagh", "Western capitals were watching closely, since a continued Russian naval presence at Tartus "
            "would give Moscow its only warm-water port in the Mediterranean", None),
    ],
    "actors": [
        actor("Syrian Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Syria",
              aliases=["Syrian Ministry of Foreign Affairs", "the ministry"], stance=0),
        actor("Igor Vasilenko", "person", title="Russian Deputy Foreign Minister", affiliation="Russia",
              aliases=["Igor Vasilenko", "Vasilenko"], stance=1),
        actor("Syrian official familiar with the talks", "person", title="anonymous Syrian official",
              affiliation="Syria", aliases=["Syrian official familiar with the talks"], stance=-1),
        actor("Mahmoud al-Ali", "person", title="fisherman, Jableh resident", aliases=["Mahmoud al-Ali", "al-Ali"],
              stance=1),
        actor("Hala Deeb", "person", title="teacher, Jableh resident", aliases=["Hala Deeb", "Deeb"], stance=-1),
        actor("Syrian Network for Human Rights", "organisation", title="human rights group",
              aliases=["Syrian Network for Human Rights", "SNHR"], stance=-1),
        actor("Nawar Sabbagh", "person", title="researcher", affiliation="Jusoor Center for Studies",
              aliases=["Nawar Sabbagh", "Sabbagh"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AGBI (Arabian Gulf Business Insight; property: a Dubai developer delays handovers again), headline and
#    standfirst without quote marks ("Developer blames contractor ..."), author and "Dubai" lines, date line,
#    curly quotes and apostrophes, crossheads, "Dh850,000", "percent". Lede without a cue (not annotated);
#    "The company told buyers in an email ..., seen by AGBI, that A had fallen "..." on ..., and that B"
#    (partial plus indirect); "In a statement to AGBI, Azure Sands said A and that B" (one span); CEO quoted
#    in the statement ("chief executive ... said in the statement": his own actor), "He said A"; content
#    before "according to Sanjay Menon, an Indian engineer who ..."; quote with "Menon told AGBI"; anonymous
#    "Another buyer, a British investor who asked not to be named, said A and would B" (one span); law firm
#    "said A, and that B" (one span); "did not respond" (not annotated); "The Dubai Land Department has said
#    that A"; content before "according to property consultancy Cavendish Maxwell"; quote with "said Aditi
#    Rao, the consultancy's head of research" (verb before the name); "She said, however, that A, and that B";
#    "declined to comment" (not annotated).
ARTICLES[f"{BATCH}/azure-sands-dubai-handover-delays.gold.json"] = {
    "article": f"{BATCH}/azure-sands-dubai-handover-delays.txt",
    "target": "Azure Sands Properties",
    "quotes": [
        (P, "Azure Sands Properties", "significantly behind", None),
        (I, "Azure Sands Properties", "it had appointed a second contractor to accelerate completion", None),
        (I, "Azure Sands Properties", "construction was 71 percent complete and that all buyer payments were held in a "
            "regulated escrow account", None),
        (D, "Faisal Al Mazrouei", "We understand the frustration of our buyers and we share it. Our priority is to "
            "deliver a building that meets the standard we promised, not to rush and cut corners,", None),
        (I, "Faisal Al Mazrouei", "the company would waive service charges for the first two years after handover as "
            "compensation", None),
        (I, "Sanjay Menon", "A group of about 180 buyers has hired a law firm and is considering a complaint to the Real "
            "Estate Regulatory Agency (Rera)", None),
        (D, "Sanjay Menon", "We were told in March that the delay was a one-off. Now it is another year, and the "
            "compensation they offer is worth a few thousand dirhams. Many of us are paying rent and instalments at "
            "the same time,", None),
        (I, "Another buyer", "he had paid 60 percent of the purchase price and would seek a refund if the project "
            "slipped again", None),
        (I, "Hamdan & Partners", "the buyers\u2019 contracts allowed for a delay of up to 12 months before penalties "
            "applied, and that it was reviewing whether Azure Sands had given proper notice", None),
        (I, "Dubai Land Department", "98 percent of registered off-plan projects in the emirate are progressing on "
            "schedule", None),
        (I, "Cavendish Maxwell", "Delays have become more common as the emirate\u2019s building boom stretches "
            "contractor capacity", None),
        (D, "Aditi Rao", "Contractors are juggling far more projects than they were three years ago, and labour and "
            "materials costs have risen sharply. Developers who priced their projects in 2022 or 2023 are feeling the "
            "squeeze,", None),
        (I, "Aditi Rao", "most delayed projects in Dubai were eventually completed, and that the escrow system "
            "introduced in 2007 protected buyers from the worst outcomes seen in the 2009 crash", None),
    ],
    "actors": [
        actor("Azure Sands Properties", "organisation", title="property developer",
              aliases=["Azure Sands Properties", "Azure Sands"], stance=1),
        actor("Faisal Al Mazrouei", "person", title="chief executive", affiliation="Azure Sands Properties",
              aliases=["Faisal Al Mazrouei", "Al Mazrouei"], stance=1),
        actor("Sanjay Menon", "person", title="buyer, Indian engineer", aliases=["Sanjay Menon", "Menon"], stance=-1),
        actor("Another buyer", "person", title="anonymous British investor", aliases=["Another buyer"], stance=-1),
        actor("Hamdan & Partners", "organisation", title="law firm representing the buyers",
              aliases=["Hamdan & Partners"], stance=0),
        actor("Dubai Land Department", "government", title="land department", affiliation="Dubai",
              aliases=["Dubai Land Department"], stance=None),
        actor("Cavendish Maxwell", "organisation", title="property consultancy", aliases=["Cavendish Maxwell"],
              stance=None),
        actor("Aditi Rao", "person", title="head of research", affiliation="Cavendish Maxwell",
              aliases=["Aditi Rao", "Rao"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Greymouth Star (West Coast, NZ; local government and climate: a mayor defends a floodwall rate), headline
#    without quote marks, "By NAME" line, straight " and apostrophes, "Mr"/"Cr" honorifics, "1.2m", "$420".
#    Lede "has defended ... (act), telling a packed public meeting ... that "..."" (partial); "Mr Corbett said
#    A" (its content contains someone else's warning: one span); quote with "he said"; "He said A, but that B"
#    (one span); "Not everyone was convinced." (no speech); resident "told the meeting A", quote with "she said"
#    and a nested straight single 'there's no other way' (the outer quote only); shared surname: business
#    owner Dean Stone "said the mayor had "..." the project ..." (partial only), quote with "Mr Stone said";
#    "Councillor Jo Stone, no relation, said A", quote with "Cr Stone said"; regional council CEO "confirmed A,
#    and said the risk ... was "..."" (indirect plus partial); "Speaking after the meeting, Mr Corbett said A",
#    quote with "he said".
ARTICLES[f"{BATCH}/mayor-corbett-floodwall-rates-grey.gold.json"] = {
    "article": f"{BATCH}/mayor-corbett-floodwall-rates-grey.txt",
    "target": "Lindsay Corbett",
    "quotes": [
        (P, "Lindsay Corbett", "doing nothing is not an option", None),
        (I, "Lindsay Corbett", "the council had been warned by the West Coast Regional Council that the existing wall "
            "would not withstand a one-in-100-year flood under current climate projections", None),
        (D, "Lindsay Corbett", "I've lived in this town all my life. I was here in 1988 when the water came over Mawhera "
            "Quay. I'm not going to be the mayor who sat on his hands and let that happen again,", None),
        (I, "Lindsay Corbett", "the council had looked at spreading the cost across the whole district, but that rural "
            "ratepayers in the Grey Valley would then be paying for protection they did not receive", None),
        (I, "Mere Tainui", "many pensioners on her street were already struggling with rates of more than $3000 a year",
            None),
        (D, "Mere Tainui", "We all want the wall. Nobody's arguing about that. But $420 on top of everything else, for "
            "people on the pension? He keeps saying 'there's no other way' and I just don't believe that,", None),
        (P, "Dean Stone", "railroaded", None),
        (D, "Dean Stone", "We found out about this rate from the paper,", None),
        (I, "Jo Stone", "she supported the floodwall but would push for a lower rate for superannuitants and a longer "
            "repayment period", None),
        (D, "Jo Stone", "The mayor's heart is in the right place. I just think we can share the load more fairly,", None),
        (I, "Darryl Quinn", "the regional council had provided the flood modelling", None),
        (P, "Darryl Quinn", "real and increasing", None),
        (I, "Lindsay Corbett", "he would read every submission", None),
        (D, "Lindsay Corbett", "If people come up with a better way to pay for it, I'm all ears. What I won't do is "
            "pretend the river isn't there,", None),
    ],
    "actors": [
        actor("Lindsay Corbett", "person", title="Grey District Mayor", affiliation="Grey District Council",
              aliases=["Lindsay Corbett", "Corbett", "Mr Corbett"], stance=1),
        actor("Mere Tainui", "person", title="Cobden resident", aliases=["Mere Tainui", "Tainui"], stance=-1),
        actor("Dean Stone", "person", title="Blaketown business owner", aliases=["Dean Stone", "Mr Stone"], stance=-1),
        actor("Jo Stone", "person", title="Councillor", affiliation="Grey District Council",
              aliases=["Jo Stone", "Cr Stone"], stance=0),
        actor("Darryl Quinn", "person", title="chief executive", affiliation="West Coast Regional Council",
              aliases=["Darryl Quinn", "Quinn"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Radio Romania International (culture: the culture ministry cuts festival funding), headline without
#    speech, straight " and apostrophes, Romanian diacritics (Năstase, Crăciun, Gărâna), "lei", "(Translated
#    by NAME)" closing line. Lede without a cue; "According to a draft order published on the ministry's
#    website ..., A" (the ministry's); minister "said A and that B" (one span), quote with "the minister told a
#    news conference", "Năstase added that A"; festival director (title before the name) "described the
#    decision as "..."" (partial), quote with "she said in an interview with Radio Romania"; UNITER "said in a
#    statement that the cuts came "..." and called on the ministry to withdraw ..." (partial; the directive is
#    not annotated); shared surname: musician Mihai Stan "went further" (no speech), "He said that A", quote
#    with "Stan said"; chanting protesters (no speech); "Opposition MPs said A"; senator Radu Stan "said the
#    ministry had made "..." and that B" (partial plus indirect); spokeswoman "later said A and that B" (one
#    span); "According to Eurostat data, A".
ARTICLES[f"{BATCH}/romania-culture-ministry-festival-cuts.gold.json"] = {
    "article": f"{BATCH}/romania-culture-ministry-festival-cuts.txt",
    "target": "Ministry of Culture",
    "quotes": [
        (I, "Ministry of Culture", "the budget for the ministry's cultural programmes will fall from 212 million lei this "
            "year to 128 million lei in 2027", None),
        (I, "Sorin N\u0103stase", "the cuts were part of the government's fiscal consolidation plan and that no ministry "
            "had been spared", None),
        (D, "Sorin N\u0103stase", "I would have liked to come with good news. But when the budget deficit is where it "
            "is, culture cannot be an exception. We have protected the big institutions, the national theatres and the "
            "museums, and we have tried to share the effort fairly,", None),
        (I, "Sorin N\u0103stase", "festivals with strong private sponsors would be encouraged to rely less on public "
            "money", None),
        (P, "Ioana Cr\u0103ciun", "a blow below the belt", None),
        (D, "Ioana Cr\u0103ciun", "For every leu the state puts into the festival, the city gets back five from tourism. "
            "This is not a subsidy, it is an investment, and the ministry knows it very well,", None),
        (P, "UNITER", "without any consultation", None),
        (I, "Mihai Stan", "without public funding the festival, held in a small mountain village in the Banat region, "
            "would probably not take place next summer", None),
        (D, "Mihai Stan", "We are not a big city with big sponsors. We are a village with a stage in a forest,", None),
        (I, "Opposition MPs", "they would try to amend the budget in Parliament", None),
        (P, "Radu Stan", "a short-sighted choice", None),
        (I, "Radu Stan", "the cuts would hit small towns hardest", None),
        (I, "Alina Vlad", "the draft order was open to public consultation for 30 days and that proposals from the "
            "cultural sector would be analysed", None),
        (I, "Eurostat", "Romania spends about 0.4% of its GDP on culture, one of the lowest shares in the European "
            "Union", None),
    ],
    "actors": [
        actor("Ministry of Culture", "government", title="culture ministry", affiliation="Romania",
              aliases=["Ministry of Culture", "the ministry"], stance=0),
        actor("Sorin N\u0103stase", "person", title="Culture Minister", affiliation="Romania",
              aliases=["Sorin N\u0103stase", "N\u0103stase", "the minister"], stance=1),
        actor("Ioana Cr\u0103ciun", "person", title="festival director", affiliation="Sibiu International Theatre Festival",
              aliases=["Ioana Cr\u0103ciun", "Cr\u0103ciun"], stance=-1),
        actor("UNITER", "organisation", title="Theatre Union of Romania",
              aliases=["UNITER", "Theatre Union of Romania"], stance=-1),
        actor("Mihai Stan", "person", title="jazz musician, festival co-founder", affiliation="G\u0103r\u00e2na festival",
              aliases=["Mihai Stan", "Stan"], stance=-1),
        actor("Opposition MPs", "group", title="opposition members of parliament", aliases=["Opposition MPs"],
              stance=-1),
        actor("Radu Stan", "person", title="chair of the Senate's culture committee", affiliation="Romanian Senate",
              aliases=["Radu Stan"], stance=-1),
        actor("Alina Vlad", "person", title="ministry spokeswoman", affiliation="Ministry of Culture",
              aliases=["Alina Vlad", "Vlad"], stance=1),
        actor("Eurostat", "organisation", title="EU statistics office", aliases=["Eurostat"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
