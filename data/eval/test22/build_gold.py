"""Build the test22 gold files (data/eval/test22/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev59/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test22/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test22.
Standard library only.
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
# 1. CivilNet (Armenia: Russia suspends imports of Armenian mineral water and brandy), headline without
#    speech, byline and date lines, curly quotes and apostrophes, American punctuation inside closing
#    marks at the end of a sentence ("...necessary.”), "Dec. 10", "60%". Lede "has suspended imports ...,
#    citing "..." of ..." (partial only); "In a statement ..., the agency said A and that one brandy
#    producer had used "..." flavourings" (indirect plus partial); minister "said A and that it would send
#    ... "..."" (indirect plus partial), quote with "Mkrtchyan told journalists in Yerevan"; food safety body
#    "said A"; producer "said in a statement that A and that B" (one span); "According to the Statistical
#    Committee of Armenia, A"; scare the Soviet-era name "konyak." (full stop inside); embassy "said the
#    decision was "..." and had "..."" (two partials), then "the embassy said in a comment to CivilNet";
#    analyst "said the timing, ..., was "..."" (partial only), "Sahakyan said"; pro-Russian opposition MP
#    "said the government had "..." Moscow with ... and that B" (partial plus indirect), "he said".
ARTICLES["data/eval/test22/russia-suspends-armenian-water-brandy.gold.json"] = {
    "article": "data/eval/test22/russia-suspends-armenian-water-brandy.txt",
    "target": "Russia",
    "quotes": [
        (P, "Rospotrebnadzor", "repeated breaches", None),
        (I, "Rospotrebnadzor", "laboratory tests had found excessive levels of boron in two brands of mineral water",
            None),
        (P, "Rospotrebnadzor", "undeclared", None),
        (I, "Arsen Mkrtchyan", "the government had asked Moscow for the laboratory results", None),
        (P, "Arsen Mkrtchyan", "if necessary.", None),
        (D, "Arsen Mkrtchyan", "We have nothing to hide. Our producers export to the European Union, to the United "
            "States, to China, and nobody has ever found a problem like this,", None),
        (I, "Food Safety Inspection Body of Armenia", "its own tests of the same batches, carried out in September, had "
            "found no violations", None),
        (I, "Dilijan Springs", "Russia accounted for about 60% of its sales and that it would have to cut jobs if the "
            "ban lasted more than a few weeks", None),
        (I, "Statistical Committee of Armenia", "Russia bought 68% of Armenia\u2019s mineral water exports and 81% of "
            "its brandy exports in the first nine months of 2026", None),
        (S, None, "konyak.", None),
        (P, "Russian Embassy in Yerevan", "purely technical", None),
        (P, "Russian Embassy in Yerevan", "no political background whatsoever.", None),
        (D, "Russian Embassy in Yerevan", "Russia remains the main market for Armenian products, and we are interested "
            "in this trade continuing,", None),
        (P, "Narek Sahakyan", "hardly a coincidence.", None),
        (D, "Narek Sahakyan", "Moscow uses its market as a lever. It has done this with Georgia, with Moldova, and now "
            "it is Armenia\u2019s turn,", None),
        (P, "Levon Melikyan", "provoked", None),
        (I, "Levon Melikyan", "ordinary producers were now paying the price", None),
        (D, "Levon Melikyan", "You cannot insult your biggest customer every week and then be surprised when he stops "
            "buying,", None),
    ],
    "actors": [
        actor("Rospotrebnadzor", "government", title="consumer protection watchdog", affiliation="Russia",
              aliases=["Rospotrebnadzor"], stance=1),
        actor("Arsen Mkrtchyan", "person", title="Minister of Economy", affiliation="Armenia",
              aliases=["Arsen Mkrtchyan", "Mkrtchyan"], stance=-1),
        actor("Food Safety Inspection Body of Armenia", "government", title="food safety regulator",
              affiliation="Armenia", aliases=["Food Safety Inspection Body of Armenia"], stance=-1),
        actor("Dilijan Springs", "organisation", title="producer (one of the companies affected)",
              aliases=["Dilijan Springs"], stance=None),
        actor("Statistical Committee of Armenia", "government", title="statistics office", affiliation="Armenia",
              aliases=["Statistical Committee of Armenia"], stance=None),
        actor("Russian Embassy in Yerevan", "government", title="Russian embassy", affiliation="Russia",
              aliases=["Russian Embassy in Yerevan", "embassy"], stance=1),
        actor("Narek Sahakyan", "person", title="analyst", affiliation="Caucasus Institute",
              aliases=["Narek Sahakyan", "Sahakyan"], stance=-1),
        actor("Levon Melikyan", "person", title="Opposition lawmaker", affiliation="Armenia Alliance",
              aliases=["Levon Melikyan", "Melikyan"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Press Gazette (a regional publisher closes weekly newspapers), headline and standfirst without
#    speech, byline and date lines, straight " and apostrophes, "38%", "£4m". Lede content before "the
#    company told staff on Tuesday"; "The publisher ... said its remaining newspapers would be produced by
#    three regional "..." in ..." (partial only); chief executive "said in an email to staff: "...` open at
#    the end of its line, then a closed paragraph; "Carradine said A and that it expected to create "..."
#    new digital roles" (indirect plus partial); union "said the closures would leave ... as "..." and
#    called on ..." (partial only; directive); organiser named after her quote; anonymous editor "told
#    Press Gazette staff had found out ..." (no "that"; the object is Press Gazette), "they said"; Q&A
#    "Asked by Press Gazette whether ..., a Northmoor spokesperson said: "...""; MP "said A and described
#    the decision as "..."" (indirect plus partial); "According to ABC figures, A"; analyst "said Northmoor
#    was "..." and that B" (partial plus indirect); scare so-called "digital first" model.
ARTICLES["data/eval/test22/northmoor-media-weekly-closures.gold.json"] = {
    "article": "data/eval/test22/northmoor-media-weekly-closures.txt",
    "target": "Northmoor Media",
    "quotes": [
        (I, "Northmoor Media", "Northmoor Media is to close 14 of its weekly newspapers in Yorkshire and the North East "
            "and put 120 editorial jobs at risk", None),
        (P, "Northmoor Media", "content hubs", None),
        (D, "Simon Carradine", "The decisions we are announcing today are painful, and I do not underestimate what they "
            "mean for colleagues and for the communities these titles have served, in some cases for more than a "
            "century.", None),
        (D, "Simon Carradine", "But print advertising across our weekly titles has fallen by 38% in two years, and we "
            "cannot keep publishing newspapers that lose money every week.", None),
        (I, "Simon Carradine", "the company would invest \u00a34m in its websites over the next two years", None),
        (P, "Simon Carradine", "around 30", None),
        (P, "National Union of Journalists", "news deserts", None),
        (D, "Helen Sumner", "These are not loss-making newspapers in the way Northmoor wants people to believe. They are "
            "newspapers that have been starved of staff for a decade,", None),
        (I, "One editor of a closing title", "staff had found out about the closure of their paper from a slide in a "
            "Teams presentation", None),
        (D, "One editor of a closing title", "Nobody even said the name of the paper out loud. It was just on a list,",
            None),
        (D, "Northmoor spokesperson", "We have looked at every option, and we remain open to credible offers for "
            "individual titles.", None),
        (I, "Ruth Ackroyd", "she would raise the closures with the Culture Secretary", None),
        (P, "Ruth Ackroyd", "a blow to local democracy", None),
        (I, "ABC", "the combined weekly print sale of the 14 titles was 41,200 in the first half of 2026, down from "
            "68,900 in 2021", None),
        (P, "Priya Lal", "not an outlier", None),
        (I, "Priya Lal", "other regional publishers were likely to make similar cuts in 2027", None),
        (S, None, "digital first", None),
    ],
    "actors": [
        actor("Northmoor Media", "organisation", title="regional publisher", aliases=["Northmoor Media", "Northmoor"],
              stance=1),
        actor("Simon Carradine", "person", title="Chief executive", affiliation="Northmoor Media",
              aliases=["Simon Carradine", "Carradine"], stance=1),
        actor("National Union of Journalists", "organisation", title="journalists' union",
              aliases=["National Union of Journalists", "NUJ"], stance=-1),
        actor("Helen Sumner", "person", title="NUJ northern organiser", affiliation="National Union of Journalists",
              aliases=["Helen Sumner", "Sumner"], stance=-1),
        actor("One editor of a closing title", "person", title="anonymous editor", affiliation="Northmoor Media",
              aliases=["One editor of a closing title"], stance=-1),
        actor("Northmoor spokesperson", "person", title="spokesperson", affiliation="Northmoor Media",
              aliases=["Northmoor spokesperson"], stance=1),
        actor("Ruth Ackroyd", "person", title="Labour MP", affiliation="Labour", aliases=["Ruth Ackroyd", "Ackroyd"],
              stance=-1),
        actor("ABC", "organisation", title="Audit Bureau of Circulations (figures)", aliases=["ABC"], stance=0),
        actor("Priya Lal", "person", title="media analyst", affiliation="Enders Analysis", aliases=["Priya Lal", "Lal"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Ghana News Agency (a hospital suspends surgeries over power cuts), headline without speech, byline,
#    dateline "Tsito (V/R), Dec. 2, GNA –", straight " and apostrophes, "Dr"/"Mr"/"Madam", "GH¢1,200". Lede
#    content before "the hospital's management has announced" (the hospital); superintendent "told the Ghana
#    News Agency that A and that B" (one span), "he said"; "He said A, using ..., and that B" (one span); "Dr
#    Agbeko said the hospital had written ... "..." but had received no response" (partial only); scare
#    "dumsor" ("Residents fear" is not speech); mother "said A", quote ending in "?" with "she asked";
#    regional director "in a telephone interview, said A and that it would be delivered "..."" (indirect plus
#    partial), "He said management had taken "..." by ..." (partial only); ECG "in a statement, said A and
#    that B" (one span); nurses' chairman "said A", "he said"; assembly member "described the situation as
#    "..." and blamed ..." (partial; act); "He appealed to ... to intervene" (directive).
ARTICLES["data/eval/test22/tsito-hospital-surgeries-suspended.gold.json"] = {
    "article": "data/eval/test22/tsito-hospital-surgeries-suspended.txt",
    "target": "Tsito Government Hospital",
    "quotes": [
        (I, "Tsito Government Hospital", "The Tsito Government Hospital has suspended all non-emergency surgeries for two "
            "weeks because of persistent power outages and a faulty standby generator", None),
        (I, "Kwame Agbeko", "the hospital had experienced power cuts of up to nine hours a day since October and that "
            "the generator, installed in 2011, had broken down three times in November alone", None),
        (D, "Kwame Agbeko", "We cannot open a patient in theatre and then sit in the dark waiting for light. That is not "
            "a risk any surgeon should be asked to take,", None),
        (I, "Kwame Agbeko", "emergency caesarean sections would continue, using a smaller backup generator, and that "
            "patients needing other surgery would be referred to the Ho Teaching Hospital", None),
        (P, "Kwame Agbeko", "more than a year ago", None),
        (S, None, "dumsor", None),
        (I, "Abla Dzifa Ahiable", "the family had spent GH\u00a21,200 on transport and drugs", None),
        (D, "Abla Dzifa Ahiable", "The hospital is just here. Now we have to travel on that road with a sick child. Who "
            "will pay us back?", None),
        (I, "Senyo Amegashie", "a new 200 kVA generator had been approved for the hospital", None),
        (P, "Senyo Amegashie", "before the end of the month", None),
        (P, "Senyo Amegashie", "the right decision", None),
        (I, "Electricity Company of Ghana", "the outages were caused by overloaded transformers on the Tsito feeder and "
            "that an upgrade would be completed in January", None),
        (I, "Edem Kudjawu", "nurses had been using the torchlights on their mobile phones to attend to patients at night",
            None),
        (D, "Edem Kudjawu", "It is not only the theatre. The wards, the labour room, everything goes dark. Management has "
            "complained many times, but nobody is listening,", None),
        (P, "Prosper Ahadzi", "a disgrace", None),
    ],
    "actors": [
        actor("Tsito Government Hospital", "organisation", title="hospital (its management)",
              aliases=["Tsito Government Hospital", "hospital", "management"], stance=0),
        actor("Kwame Agbeko", "person", title="Medical Superintendent", affiliation="Tsito Government Hospital",
              aliases=["Kwame Agbeko", "Agbeko", "Dr Agbeko"], stance=1),
        actor("Abla Dzifa Ahiable", "person", title="mother of a referred patient",
              aliases=["Abla Dzifa Ahiable", "Ahiable"], stance=-1),
        actor("Senyo Amegashie", "person", title="Volta Regional Director of Health Services",
              affiliation="Ghana Health Service", aliases=["Senyo Amegashie", "Amegashie"], stance=1),
        actor("Electricity Company of Ghana", "organisation", title="power distributor (Volta Region)",
              aliases=["Electricity Company of Ghana", "ECG"], stance=None),
        actor("Edem Kudjawu", "person", title="Ho West Municipal Chairman",
              affiliation="Ghana Registered Nurses and Midwives Association", aliases=["Edem Kudjawu", "Kudjawu"],
              stance=1),
        actor("Prosper Ahadzi", "person", title="Assembly Member for the Tsito Electoral Area",
              aliases=["Prosper Ahadzi", "Ahadzi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Chemistry World (a university clears a chemist of misconduct over manipulated images), headline and
#    standfirst without speech ("Investigation blames a former postdoc ..." is an act), byline and date
#    lines without "By", British curly single quotes ‘...’ with ’
#    apostrophes, punctuation outside closing marks for fragments, en dashes. Lede content before "according
#    to the report of a university investigation" (the university's); present-tense "The report says A, and
#    that Benedetti ‘...’" (indirect plus partial); quote split by "Benedetti told Chemistry World"; "He said
#    A and that B" (one span); image analyst with a Dutch particle name (de Boer) "said the report let
#    Benedetti off ‘...’" (partial only), "de Boer said"; anonymous former postdoc "told Chemistry World
#    through a lawyer that they ‘...’ the findings and that B" (partial plus indirect); publisher's
#    spokesperson "said A and that the other two were ‘...’" (indirect plus partial); "According to the
#    Retraction Watch Database, A"; funder "said it would review the report and ‘...’ if required" (partial
#    only); co-author "said A", "she said" (her quote's "Aurelio" is Benedetti); scare the ‘last author’
#    convention.
ARTICLES["data/eval/test22/benedetti-catalysis-image-manipulation-report.gold.json"] = {
    "article": "data/eval/test22/benedetti-catalysis-image-manipulation-report.txt",
    "target": "Aurelio Benedetti",
    "quotes": [
        (I, "University of the South Downs", "Images in 11 papers from the catalysis group of Aurelio Benedetti at the "
            "University of the South Downs were manipulated, but Benedetti himself did not commit research misconduct",
            None),
        (I, "University of the South Downs", "the manipulations \u2013 duplicated NMR spectra and spliced electron "
            "microscopy images \u2013 were made by a former postdoctoral researcher who left the group in 2023", None),
        (P, "University of the South Downs", "could not reasonably have detected them", None),
        (D, "Aurelio Benedetti", "I have always said that I did nothing wrong, and the university has now confirmed "
            "that,", None),
        (D, "Aurelio Benedetti", "But I feel responsible to the community, and I am sorry that these papers were "
            "published with my name on them.", None),
        (I, "Aurelio Benedetti", "he had asked the journals to retract all 11 papers and that his group had introduced "
            "new rules requiring raw data to be stored centrally", None),
        (P, "Marit de Boer", "far too lightly", None),
        (D, "Marit de Boer", "Eleven papers over six years is not one bad apple. The person whose name is on the grant "
            "and on the paper has a responsibility to look at the data,", None),
        (P, "former postdoc", "strongly dispute", None),
        (I, "former postdoc", "they had acted on instructions from within the group", None),
        (I, "spokesperson for Wiley", "the journal had retracted two of them", None),
        (P, "spokesperson for Wiley", "under assessment", None),
        (I, "Retraction Watch Database", "five of the 11 papers have now been retracted", None),
        (P, "UK Research and Innovation", "take appropriate action", None),
        (I, "Nkechi Okafor", "she had been shocked by the report", None),
        (D, "Nkechi Okafor", "Aurelio is a brilliant chemist and a generous mentor. None of us in the lab saw anything "
            "that looked wrong,", None),
        (S, None, "last author", None),
    ],
    "actors": [
        actor("University of the South Downs", "organisation", title="university (its investigation report)",
              aliases=["University of the South Downs", "university"], stance=1),
        actor("Aurelio Benedetti", "person", title="catalysis group leader", affiliation="University of the South Downs",
              aliases=["Aurelio Benedetti", "Benedetti", "Aurelio"], stance=1),
        actor("Marit de Boer", "person", title="independent image-integrity analyst",
              aliases=["Marit de Boer", "de Boer"], stance=-1),
        actor("former postdoc", "person", title="anonymous former postdoctoral researcher (through a lawyer)",
              aliases=["former postdoc"], stance=-1),
        actor("spokesperson for Wiley", "person", title="spokesperson", affiliation="Wiley",
              aliases=["spokesperson for Wiley"], stance=None),
        actor("Retraction Watch Database", "organisation", title="retractions database",
              aliases=["Retraction Watch Database"], stance=0),
        actor("UK Research and Innovation", "government", title="research funder",
              aliases=["UK Research and Innovation"], stance=0),
        actor("Nkechi Okafor", "person", title="co-author, group leader", affiliation="University of Leeds",
              aliases=["Nkechi Okafor", "Okafor"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
