"""Build the dev230 gold files (data/eval/dev230/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev230/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev230.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev230"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kaieteur News (Guyana) labour (sugar workers strike over a harvest bonus), headline without speech, "By
#    Kaieteur News Staff" byline, straight " and apostrophes, "$18,000"; union "said the strike would continue
#    "until ..."" (indirect plus partial: the clause is whole without the fragment); general secretary in an
#    apposition "told Kaieteur News that A"; quote split by "Narine said." and continued; corporation's statement
#    "said the bonus was "..." while ..." (partial only), "The corporation said A and that B" (one span); chief
#    executive introduced without speech ("defended the offer", an act), then "he said" split quote, "Tiwari said A";
#    cane cutter introduced without a cue, then split quote with "he said"; anonymous worker "said A"; group
#    "Residents of Albion said A and that B"; minister "said the government was "..."" (partial only) and "urged both
#    sides ..." (directive); opposition MP "accused ... of "..." and said B" (partial plus indirect); scare so-called
#    "turnaround plan"; closing "According to GAWU, A".
ARTICLES[f"{BATCH}/albion-sugar-workers-bonus-strike.gold.json"] = {
    "article": f"{BATCH}/albion-sugar-workers-bonus-strike.txt",
    "target": "Guyana Sugar Corporation",
    "quotes": [
        (I, "Guyana Agricultural and General Workers Union", "the strike would continue", None),
        (P, "Guyana Agricultural and General Workers Union", "until the corporation comes back to the table with a "
            "serious offer.", None),
        (I, "Seepaul Narine", "the union had asked for a bonus of $45,000, in line with the increased production at the "
            "estate this year", None),
        (D, "Seepaul Narine", "The workers produced more sugar this crop than in any crop since 2015. They worked through "
            "the rain, they worked on Sundays. And GuySuCo comes and offers them eighteen thousand dollars,", None),
        (D, "Seepaul Narine", "That is not a bonus. That is an insult.", None),
        (P, "Guyana Sugar Corporation", "the most the corporation can responsibly afford", None),
        (I, "Guyana Sugar Corporation", "it had lost $2.1 billion in the first half of the year and that the bonus was "
            "calculated on the same formula used in 2024", None),
        (D, "Rampersaud Tiwari", "We hear the workers, and we respect what they did this crop,", None),
        (D, "Rampersaud Tiwari", "But I cannot pay out money the corporation does not have, not while the taxpayer is "
            "still carrying us.", None),
        (I, "Rampersaud Tiwari", "the corporation remained willing to meet the union at any time this week", None),
        (D, "Deonarine Persaud", "Eighteen thousand can't buy a bundle of zinc sheets today,", None),
        (D, "Deonarine Persaud", "My children asking me when we going to fix the roof. What I must tell them?", None),
        (I, "Another worker", "supervisors had told some workers they would lose a day's pay if they joined the strike",
            None),
        (I, "Residents of Albion", "the estate was the only major employer in the area and that a long strike would hurt "
            "shops and minibus operators as well", None),
        (P, "Vishnu Doobay", "monitoring the situation closely", None),
        (P, "Lorraine Sandiford", "treating the sugar workers like beggars", None),
        (I, "Lorraine Sandiford", "the workers had been promised better pay before the last elections", None),
        (S, None, "turnaround plan", None),
        (I, "Guyana Agricultural and General Workers Union", "workers at the Rose Hall and Blairmont estates could join "
            "the action on Monday if no new offer is made", None),
    ],
    "actors": [
        actor("Guyana Agricultural and General Workers Union", "organisation", title="sugar workers' union",
              affiliation="Guyana", aliases=["Guyana Agricultural and General Workers Union", "GAWU"], stance=-1),
        actor("Seepaul Narine", "person", title="general secretary",
              affiliation="Guyana Agricultural and General Workers Union", aliases=["Seepaul Narine", "Narine"],
              stance=-1),
        actor("Guyana Sugar Corporation", "organisation", title="state sugar company", affiliation="Guyana",
              aliases=["Guyana Sugar Corporation", "GuySuCo", "The corporation"], stance=1),
        actor("Rampersaud Tiwari", "person", title="chief executive officer", affiliation="Guyana Sugar Corporation",
              aliases=["Rampersaud Tiwari", "Tiwari", "Dr. Rampersaud Tiwari"], stance=1),
        actor("Deonarine Persaud", "person", title="cane cutter, 47", affiliation="Albion Estate",
              aliases=["Deonarine Persaud", "Persaud"], stance=-1),
        actor("Another worker", "person", title="worker (anonymous)", affiliation="Albion Estate",
              aliases=["Another worker"], stance=-1),
        actor("Residents of Albion", "group", title="residents", affiliation=None, aliases=["Residents of Albion"],
              stance=None),
        actor("Vishnu Doobay", "person", title="Agriculture Minister", affiliation="Government of Guyana",
              aliases=["Vishnu Doobay", "Doobay"], stance=0),
        actor("Lorraine Sandiford", "person", title="opposition parliamentarian", affiliation="Opposition",
              aliases=["Lorraine Sandiford", "Sandiford"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Telegraph (Kolkata, India) courts (the high court stays the demolition of a heritage mansion), headline with a
#    curly single fragment "HC halts ..., calls civic notice ‘arbitrary’", "Our Legal Reporter" byline, dateline
#    "Calcutta:", curly “ ” and ’; order "described the notice as “...” and directed ..." (partial only; directive not
#    annotated); judge introduced without speech, then quote split by "the judge said." and continued; counsel "told
#    the court that A, and that B" (one span), "he said"; lawyer "argued that A, and that B" (one span), quote with
#    "Mitra told The Telegraph"; owner "said A", then a three-paragraph quote ("he said" after the first, the second
#    open, the third closed); scare so-called “metro subsidence”; anonymous official "said the civic body would
#    “...” before ..." (partial only); mayor-in-council member's quote after "defended the drive." (act) with
#    "he said"; content before "according to the Calcutta chapter of ... (Intach)"; architect in an apposition "said
#    ... had become “...” in ..." (partial only).
ARTICLES[f"{BATCH}/bowbazar-mansion-demolition-stay.gold.json"] = {
    "article": f"{BATCH}/bowbazar-mansion-demolition-stay.txt",
    "target": "Calcutta Municipal Corporation",
    "quotes": [
        (P, "Calcutta High Court", "arbitrary", "HC halts"),
        (P, "Calcutta High Court", "arbitrary and issued without any application of mind", None),
        (D, "Anindita Sen", "A building that has stood since 1884 cannot be declared dangerous on the strength of one "
            "site visit and a two-line report,", None),
        (D, "Anindita Sen", "Where is the structural survey? Show me the survey.", None),
        (I, "Ashok Bhowmick", "part of a balcony had collapsed during the monsoon, injuring a passer-by, and that the civic "
            "body had a duty to act before someone was killed", None),
        (D, "Ashok Bhowmick", "If the balcony falls again and kills someone, the same petitioners will come to this court "
            "and ask why the corporation did nothing,", None),
        (I, "Sreyashi Mitra", "the corporation had served similar notices on at least six old houses in the area in the "
            "past year, and that in two cases the plots had been sold to developers within months", None),
        (D, "Sreyashi Mitra", "This is not about safety. The balcony can be repaired for a few lakh rupees. This is about "
            "land,", None),
        (I, "Subrata Dey", "he had offered to repair the balcony at his own cost", None),
        (D, "Subrata Dey", "My grandfather’s grandfather built this house. I was born in the room above the gate,", None),
        (D, "Subrata Dey", "The corporation never asked us once what we wanted to do. They just pasted a notice on the door "
            "and gave us fifteen days.", None),
        (D, "Subrata Dey", "Fifteen days, after 140 years.", None),
        (S, None, "metro subsidence", None),
        (P, "senior CMC official", "study the order", None),
        (D, "Debasish Kundu", "We have 3,000 dangerous buildings in this city. We cannot wait for every owner to hire an "
            "engineer,", None),
        (I, "Indian National Trust for Art and Cultural Heritage", "The house, with its cast-iron balconies and a central "
            "courtyard, is among the 1,100 buildings on the civic body’s own heritage list", None),
        (P, "Ruchira Basu", "the quickest way to clear a heritage plot", None),
    ],
    "actors": [
        actor("Calcutta High Court", "organisation", title="high court (its order)", affiliation="India",
              aliases=["Calcutta High Court", "HC", "the court"], stance=-1),
        actor("Anindita Sen", "person", title="Justice", affiliation="Calcutta High Court",
              aliases=["Anindita Sen", "Sen", "Justice Anindita Sen", "the judge"], stance=-1),
        actor("Ashok Bhowmick", "person", title="counsel for the CMC", affiliation="Calcutta Municipal Corporation",
              aliases=["Ashok Bhowmick", "Bhowmick"], stance=1),
        actor("Sreyashi Mitra", "person", title="the families’ lawyer", affiliation=None,
              aliases=["Sreyashi Mitra", "Mitra"], stance=-1),
        actor("Subrata Dey", "person", title="owner, 71", affiliation=None, aliases=["Subrata Dey", "Dey"], stance=-1),
        actor("senior CMC official", "person", title="official (anonymous)", affiliation="Calcutta Municipal Corporation",
              aliases=["senior CMC official"], stance=0),
        actor("Debasish Kundu", "person", title="member, mayor-in-council (buildings)",
              affiliation="Calcutta Municipal Corporation", aliases=["Debasish Kundu", "Kundu"], stance=1),
        actor("Indian National Trust for Art and Cultural Heritage", "organisation", title="heritage trust (Calcutta "
              "chapter)", affiliation="India", aliases=["Indian National Trust for Art and Cultural Heritage", "Intach"],
              stance=0),
        actor("Ruchira Basu", "person", title="architect, convener of the city heritage committee",
              affiliation="Indian National Trust for Art and Cultural Heritage", aliases=["Ruchira Basu", "Basu"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Weekly Times (Victoria, Australia; rural weekly) agriculture (a dairy processor cuts its opening milk price),
#    headline without speech, byline in capitals, lede opening in capitals ("DAIRY processor"), straight " and
#    apostrophes, "Mr"/"Mrs", "per cent"; group "Farmer groups say A" (present tense); company "said in a statement A"
#    (no "that"); chief executive "said the processor had "..." given ..." (partial only), quote with "Mr Trewin told
#    The Weekly Times", then a quote-only paragraph; scare so-called "step-ups" (glossed); UDV president "said A", split
#    quote with "he said"; farmer "described the price as "..."" (partial only), "she said", then a quote split by
#    "Mrs Mulvey said," mid-sentence (the second stretch lower-case); analyst "said ... was "..." of ..." (partial
#    only), "She said A"; "According to Dairy Australia, A"; minister "said the government would "..." to ... but that
#    B" (partial plus indirect); photo caption with "says" and "Picture: Rob Leeson" (not annotated).
ARTICLES[f"{BATCH}/goulburn-plains-milk-price-cut.gold.json"] = {
    "article": f"{BATCH}/goulburn-plains-milk-price-cut.txt",
    "target": "Goulburn Plains Dairy",
    "quotes": [
        (I, "Farmer groups", "the cut could push dozens of northern Victorian families out of the industry before "
            "Christmas", None),
        (I, "Goulburn Plains Dairy", "the cut reflected weaker global prices for butter and whole milk powder and a "
            "stronger Australian dollar", None),
        (P, "Mark Trewin", "no choice", None),
        (D, "Mark Trewin", "We would love to pay more. Every processor would. But we sell most of what we make overseas, "
            "and we can't pay farmers money the market isn't paying us,", None),
        (D, "Mark Trewin", "If prices recover during the season, we will step up the price, as we did last year.", None),
        (S, None, "step-ups", None),
        (I, "Josh Albrecht", "the cut came as farmers were paying record prices for hay and water", None),
        (D, "Josh Albrecht", "You've got people in the Goulburn Valley paying $900 a megalitre for temporary water and "
            "$400 a tonne for hay,", None),
        (D, "Josh Albrecht", "At $8.40, a lot of those farms are running at a loss. Simple as that.", None),
        (P, "Sandra Mulvey", "a kick in the guts", None),
        (D, "Sandra Mulvey", "We signed up with Goulburn Plains because they promised us stability. This isn't "
            "stability,", None),
        (D, "Sandra Mulvey", "The thing that hurts,", None),
        (D, "Sandra Mulvey", "is that we found out from the radio, not from the company.", None),
        (P, "Emma Kirwan", "at the lower end", None),
        (I, "Emma Kirwan", "the cut was nonetheless defensible given the 12 per cent fall in global dairy auction prices "
            "since July", None),
        (I, "Dairy Australia", "Victoria's milk production fell 4 per cent last season, and the number of dairy farms in "
            "the state has more than halved since 2000", None),
        (P, "Dean Halloran", "keep talking", None),
        (I, "Dean Halloran", "milk prices were set by the market, not by Spring Street", None),
    ],
    "actors": [
        actor("Farmer groups", "group", title="farmer groups", affiliation=None, aliases=["Farmer groups"], stance=-1),
        actor("Goulburn Plains Dairy", "organisation", title="dairy processor", affiliation="Victoria, Australia",
              aliases=["Goulburn Plains Dairy", "Goulburn Plains", "The company"], stance=1),
        actor("Mark Trewin", "person", title="chief executive", affiliation="Goulburn Plains Dairy",
              aliases=["Mark Trewin", "Trewin", "Mr Trewin"], stance=1),
        actor("Josh Albrecht", "person", title="president", affiliation="United Dairyfarmers of Victoria",
              aliases=["Josh Albrecht", "Albrecht"], stance=-1),
        actor("Sandra Mulvey", "person", title="dairy farmer, Kyabram", affiliation=None,
              aliases=["Sandra Mulvey", "Mulvey", "Mrs Mulvey"], stance=-1),
        actor("Emma Kirwan", "person", title="dairy analyst", affiliation="Rabobank",
              aliases=["Emma Kirwan", "Kirwan"], stance=0),
        actor("Dairy Australia", "organisation", title="industry body", affiliation="Australia",
              aliases=["Dairy Australia"], stance=None),
        actor("Dean Halloran", "person", title="State Agriculture Minister", affiliation="Victorian Government",
              aliases=["Dean Halloran", "Halloran"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Tribune (Bahamas) health (emergency-room waits at Princess Margaret Hospital), headline without speech, byline
#    with "Tribune Staff Reporter", lede opening in capitals, curly “ ” and ’; lede content before "according to nurses
#    who say the unit has been “...”" (indirect for the group, and the relative clause's fragment a partial); union
#    president "said yesterday that A", quote with "she said", then a quote-only paragraph; authority "said in a
#    statement that A and that B" (one span), "It described ... as “...”" (partial only); Q&A "Asked by The Tribune
#    whether ..., ... replied: “...”"; "He said the main problem was “...”" (partial only, glossed by the writer);
#    quote split by "Dr Thurston said," (second stretch lower-case); scare so-called “surge protocol”; resident "said
#    A", "Ms Sands said"; anonymous nurse "told The Tribune that A"; minister "told Parliament ... that A"; opposition
#    spokesman "said the PHA and the government had “...”" (partial only), "he said".
ARTICLES[f"{BATCH}/pmh-emergency-room-waits.gold.json"] = {
    "article": f"{BATCH}/pmh-emergency-room-waits.txt",
    "target": "Public Hospitals Authority",
    "quotes": [
        (I, "nurses", "PATIENTS at Princess Margaret Hospital’s Accident and Emergency Department are waiting as long as "
            "30 hours for a bed", None),
        (P, "nurses", "in crisis", None),
        (I, "Cheryl Ferguson-Knowles", "as many as 40 patients were being held on stretchers in corridors on some nights "
            "because there were no beds on the wards", None),
        (D, "Cheryl Ferguson-Knowles", "We have nurses looking after twelve, fourteen patients at a time in that "
            "department. That is not safe for the patient and it is not safe for the nurse,", None),
        (D, "Cheryl Ferguson-Knowles", "The PHA knows this. We wrote to them in September, we wrote to them again in "
            "November. We are still waiting for an answer.", None),
        (I, "Public Hospitals Authority", "it had opened 18 additional beds in the hospital’s former maternity annex this "
            "week and that it was recruiting 60 nurses from overseas", None),
        (P, "Public Hospitals Authority", "unprecedented", None),
        (D, "Kendal Thurston", "Yes. Our staff are stretched, but they are doing extraordinary work, and every patient is "
            "being seen and treated.", None),
        (P, "Kendal Thurston", "bed block", None),
        (D, "Kendal Thurston", "We have more than 70 patients who are medically fit to go home,", None),
        (D, "Kendal Thurston", "and we cannot put them on the street.", None),
        (S, None, "surge protocol", None),
        (I, "Michelle Sands", "her 79-year-old mother waited 26 hours on a stretcher after a fall at home", None),
        (D, "Michelle Sands", "She was in a hallway next to the bathroom for a whole day. Nobody brought her food until I "
            "complained,", None),
        (I, "nurse who has worked in the department for 11 years", "staff had started buying water and snacks for "
            "patients with their own money", None),
        (I, "Glenys Munroe", "the new critical care block, due to open in March, would add 100 beds and end the "
            "overcrowding in the emergency department", None),
        (P, "Dwight Saunders", "run out of excuses", None),
        (D, "Dwight Saunders", "Every year it is the same story, and every year the minister tells us a new building is "
            "coming,", None),
    ],
    "actors": [
        actor("nurses", "group", title="nurses at the hospital", affiliation="Princess Margaret Hospital",
              aliases=["nurses"], stance=-1),
        actor("Cheryl Ferguson-Knowles", "person", title="president", affiliation="Bahamas Nurses Union",
              aliases=["Cheryl Ferguson-Knowles", "Ferguson-Knowles"], stance=-1),
        actor("Public Hospitals Authority", "government", title="public hospitals authority", affiliation="The Bahamas",
              aliases=["Public Hospitals Authority", "PHA", "The authority"], stance=1),
        actor("Kendal Thurston", "person", title="managing director", affiliation="Public Hospitals Authority",
              aliases=["Kendal Thurston", "Thurston", "Dr Kendal Thurston", "Dr Thurston"], stance=1),
        actor("Michelle Sands", "person", title="Nassau resident (a patient's daughter)", affiliation=None,
              aliases=["Michelle Sands", "Sands", "Ms Sands"], stance=-1),
        actor("nurse who has worked in the department for 11 years", "person", title="nurse (anonymous)",
              affiliation="Princess Margaret Hospital",
              aliases=["nurse who has worked in the department for 11 years"], stance=-1),
        actor("Glenys Munroe", "person", title="Health Minister", affiliation="Government of The Bahamas",
              aliases=["Glenys Munroe", "Munroe", "Dr Glenys Munroe"], stance=1),
        actor("Dwight Saunders", "person", title="Opposition health spokesman", affiliation="Opposition",
              aliases=["Dwight Saunders", "Saunders"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
