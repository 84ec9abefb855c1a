"""Build the dev194 gold files (data/eval/dev194/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev194/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev194.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev194"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Marshall Islands Journal (weekly, Majuro) drought (the water utility rations piped water),
#    headline and standfirst without speech, byline / paper / date lines, straight " and apostrophes;
#    lede content before "Majuro Water and Sewer Company said this week"; general manager "told the
#    Journal ... that A, and that rainfall ... had been "..." the normal amount" (indirect plus partial
#    only for the second clause), quote with "Jibas said" and a quote-only paragraph; content before
#    "the company said in a notice"; scare so-called "water hours" in a sentence without a cue;
#    "Residents of Laura said A"; resident's quote split by "said Neilani Lometo, a mother of five ...";
#    "Jibas said A because B" (one span), "he said"; anonymous employee "who asked not to be named ...
#    said A"; Chief Secretary's office "said in a statement ... that A, and that B" (one span); senator
#    "said MWSC had "..." from ..." (partial only), quote with "Tibon told the Journal", "He said he would
#    ask ..." (reported, indirect); "According to the National Weather Service office in Majuro, A";
#    meteorologist named after his quote; "MWSC is asking customers to ..." (directive, not annotated).
ARTICLES[f"{BATCH}/majuro-water-rationing.gold.json"] = {
    "article": f"{BATCH}/majuro-water-rationing.txt",
    "target": "Majuro Water and Sewer Company",
    "quotes": [
        (I, "Majuro Water and Sewer Company", "Majuro households will get piped water only two mornings a week from "
            "Monday, as the airport reservoir falls to its lowest level since the 2016 drought", None),
        (I, "Tarlang Jibas", "the reservoir held about 11 million gallons, less than a third of its capacity", None),
        (P, "Tarlang Jibas", "barely half", None),
        (D, "Tarlang Jibas", "We are not doing this to punish anyone. If we keep pumping at the normal rate, the "
            "reservoir is empty by the middle of January,", None),
        (D, "Tarlang Jibas", "Nobody likes it. I don't like it. My own family is filling buckets like everyone else.",
            None),
        (I, "Majuro Water and Sewer Company", "Under the new schedule the taps will run from 6am to 10am on Mondays "
            "and Thursdays downtown, and on Tuesdays and Fridays from Delap to Rita", None),
        (S, None, "water hours,", None),
        (I, "Residents of Laura", "delivery trucks promised by the company in October had come only twice", None),
        (D, "Neilani Lometo", "They say the truck is coming, we wait all day, and it never comes,", None),
        (D, "Neilani Lometo", "Our catchment tank has been dry since November. We boil whatever we can get.", None),
        (I, "Tarlang Jibas", "the Laura deliveries had fallen behind because one of the utility's two tanker trucks had "
            "been out of service for three weeks, waiting for a part from Honolulu", None),
        (D, "Tarlang Jibas", "That is on us, and we are fixing it,", None),
        (I, "company employee", "the reverse-osmosis units at Majuro Hospital and in Uliga had not worked properly since "
            "early 2025", None),
        (I, "Office of the Chief Secretary", "Cabinet had approved $250,000 in emergency funds for MWSC to buy a third "
            "truck and rent portable reverse-osmosis units, and that a state of drought had not yet been declared for "
            "Majuro", None),
        (P, "Arno Tibon", "ignored every warning", None),
        (D, "Arno Tibon", "The forecasts were there in black and white. A third truck should have been bought in "
            "September, not in December,", None),
        (I, "Arno Tibon", "he would ask the Nitijela to call the company's board to answer questions when it sits in "
            "January", None),
        (I, "National Weather Service office in Majuro", "the atoll received 9.8 inches of rain between August and "
            "November, against an average of 41 inches for those months", None),
        (D, "Carlton Abner", "We are looking at a weak La Niña pattern that could keep things dry into March. People "
            "should plan for a long dry season, not a short one,", None),
    ],
    "actors": [
        actor("Majuro Water and Sewer Company", "organisation", title="water utility", affiliation="Majuro",
              aliases=["Majuro Water and Sewer Company", "MWSC", "the company"], stance=0),
        actor("Tarlang Jibas", "person", title="general manager", affiliation="MWSC",
              aliases=["Tarlang Jibas", "Jibas"], stance=1),
        actor("Residents of Laura", "group", title="residents", affiliation=None,
              aliases=["Residents of Laura"], stance=-1),
        actor("Neilani Lometo", "person", title="Laura resident, mother of five, roadside seller", affiliation=None,
              aliases=["Neilani Lometo", "Lometo"], stance=-1),
        actor("company employee", "person", title="MWSC employee (anonymous)", affiliation="MWSC",
              aliases=["company employee"], stance=-1),
        actor("Office of the Chief Secretary", "government", title="Chief Secretary's office",
              affiliation="Marshall Islands government", aliases=["Office of the Chief Secretary"], stance=0),
        actor("Arno Tibon", "person", title="Senator (district includes Laura)", affiliation="Nitijela",
              aliases=["Arno Tibon", "Tibon"], stance=-1),
        actor("National Weather Service office in Majuro", "government", title="weather office",
              affiliation="National Weather Service", aliases=["National Weather Service office in Majuro",
                                                                "the weather office"], stance=None),
        actor("Carlton Abner", "person", title="meteorologist", affiliation="National Weather Service office in Majuro",
              aliases=["Carlton Abner", "Abner"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fierce Pharma (US pharma trade press) regulatory (an FDA complete response letter), headline with a
#    curly single-quoted fragment (speaker the FDA, the entity the headline names), byline and
#    "Dec 3, 2026 9:42am" lines, curly double marks with ’ apostrophes (nested ‘usually’ inside a direct
#    quote), "%"; lede content before "the Boston biotech said Wednesday"; filing "said the letter cited
#    "..." observed ..., and that B" (partial plus indirect); CEO quote split by "CEO Martin Ashgrove said
#    on a conference call", "Ashgrove said A and was in talks ..." (one span); scare so-called "Class 2";
#    analyst quote before "Priya Venkataraman, an analyst at ..., wrote in a note to clients"; analyst
#    "saying the problems were "..." and that B" (partial plus indirect); activist fund "said in a letter
#    ... that management had "..." ... and that B" (partial plus indirect); "A Calloway spokesperson said
#    the board "..."" (partial only); content before "an agency spokesperson told Fierce Pharma"; content
#    before "Calloway reported in May"; patient group CMO "struck a frustrated note: "..."" (colon),
#    then "she added"; EMA "asked the company for ..." (a request, not annotated).
ARTICLES[f"{BATCH}/calloway-velanofib-crl.gold.json"] = {
    "article": f"{BATCH}/calloway-velanofib-crl.txt",
    "target": "Calloway Therapeutics",
    "quotes": [
        (P, "FDA", "deficiencies", "FDA rejects"),
        (I, "Calloway Therapeutics", "Calloway Therapeutics has received a complete response letter (CRL) from the FDA "
            "for its idiopathic pulmonary fibrosis (IPF) candidate velanofib, with the agency pointing to problems at "
            "a contract manufacturing site rather than the drug’s clinical data", None),
        (P, "Calloway Therapeutics", "deficiencies", "the letter cited"),
        (I, "Calloway Therapeutics", "the FDA had not asked for any new clinical trials", None),
        (D, "Martin Ashgrove", "We’re disappointed, but this letter is about a building, not about the molecule,", None),
        (D, "Martin Ashgrove", "Nothing in it questions the efficacy or safety data from VELA-2.", None),
        (I, "Martin Ashgrove", "the company expected to resubmit in the first half of 2027 and was in talks to add a "
            "second manufacturing site as a backup", None),
        (S, None, "Class 2", None),
        (D, "Priya Venkataraman", "Manufacturing CRLs are usually fixable, but ‘usually’ is doing a lot of work in that "
            "sentence,", None),
        (P, "Daniel Okafor", "well understood", None),
        (I, "Daniel Okafor", "the contractor, which he did not name, had cleared similar FDA findings at another plant "
            "within a year", None),
        (P, "Ravenscourt Partners", "repeatedly downplayed", None),
        (I, "Ravenscourt Partners", "the board should explore a sale of the company", None),
        (P, "Calloway spokesperson", "remains fully confident", None),
        (I, "agency spokesperson", "The FDA does not comment on pending applications", None),
        (I, "Calloway Therapeutics", "Velanofib slowed the decline in lung function by 42% compared with placebo over 52 "
            "weeks in the phase 3 VELA-2 trial", None),
        (D, "Helen Taft", "People with IPF don’t have time for paperwork delays. This drug worked in the trial, and our "
            "community was counting on it.", None),
        (D, "Helen Taft", "Every month without a new option is a month lost for somebody,", None),
    ],
    "actors": [
        actor("FDA", "government", title="drug regulator", affiliation="United States", aliases=["FDA"], stance=-1),
        actor("Calloway Therapeutics", "organisation", title="biotech company", affiliation="Boston",
              aliases=["Calloway Therapeutics", "Calloway", "the company"], stance=1),
        actor("Martin Ashgrove", "person", title="CEO", affiliation="Calloway Therapeutics",
              aliases=["Martin Ashgrove", "Ashgrove"], stance=1),
        actor("Priya Venkataraman", "person", title="analyst", affiliation="Halloran Capital",
              aliases=["Priya Venkataraman", "Venkataraman"], stance=0),
        actor("Daniel Okafor", "person", title="analyst", affiliation="Thornbury Securities",
              aliases=["Daniel Okafor", "Okafor"], stance=1),
        actor("Ravenscourt Partners", "organisation", title="activist fund (about 6% shareholder)", affiliation=None,
              aliases=["Ravenscourt Partners"], stance=-1),
        actor("Calloway spokesperson", "person", title="spokesperson", affiliation="Calloway Therapeutics",
              aliases=["Calloway spokesperson"], stance=1),
        actor("agency spokesperson", "person", title="spokesperson", affiliation="FDA",
              aliases=["agency spokesperson"], stance=None),
        actor("Helen Taft", "person", title="chief medical officer (Dr.)", affiliation="Lung Fibrosis Alliance",
              aliases=["Helen Taft", "Taft"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Punch (Nigeria) courts (a building collapse manslaughter trial), headline "Ikoyi collapse:
#    Developer 'ignored three warnings', official tells court" (straight single-quoted fragment, speaker
#    the witness the headline names as "official"), byline, straight " and apostrophes, Nigerian court
#    idiom (Mr/Mrs without full stops, SAN, "Led in evidence by", "adjourned the case till"); lede speaker
#    named only later ("A Lagos State Building Control Agency official ... told a Lagos State High Court
#    ... that A", then "the witness, Mr Babatunde Alli, a deputy director ..."); "said A", "He said, "...""
#    (comma before the quote), "he added"; "told the court that A, but that the company "..."" (indirect plus
#    partial only); defence counsel "argued that A", then his quote; "Responding, Alli said the agency had
#    "..." and could not ..." (partial only); scare so-called "add-on floors"; second witness "told the
#    court that A", quote "Okon said in Pidgin"; mother "told The PUNCH that A", "she said"; ministry
#    "said in a statement ... that the trial showed that the state would "..." developers ..." (partial
#    only); "They pleaded not guilty", "adjourned the case" (not speech).
ARTICLES[f"{BATCH}/ikoyi-collapse-trial-lasbca.gold.json"] = {
    "article": f"{BATCH}/ikoyi-collapse-trial-lasbca.txt",
    "target": "Olumide Bankole",
    "quotes": [
        (P, "Babatunde Alli", "ignored three warnings", None),
        (I, "Babatunde Alli", "the developer of a seven-storey building that collapsed in Ikoyi in August 2025 ignored "
            "three stop-work notices before the structure came down, killing 11 workers", None),
        (I, "Babatunde Alli", "the agency first sealed the site in March 2025 after its officials discovered that two "
            "floors had been added beyond the approved five", None),
        (D, "Babatunde Alli", "We pasted the notice on the gate and served a copy on the site manager. Two weeks later, "
            "our team went back and found work going on, and the seal had been removed.", None),
        (D, "Babatunde Alli", "We issued a second notice, then a third. Each time, the seal was broken,", None),
        (I, "Babatunde Alli", "the agency had written to the developer demanding a structural integrity test on the "
            "building", None),
        (P, "Babatunde Alli", "never complied.", None),
        (I, "Tunde Okonkwo", "LASBCA had the power to pull down the illegal floors and failed to use it", None),
        (D, "Tunde Okonkwo", "If the building was as dangerous as the witness says, why was it still standing for five "
            "months? The agency cannot shift its own failure to my client,", None),
        (P, "Babatunde Alli", "limited resources", None),
        (S, None, "add-on floors", None),
        (I, "Sunday Okon", "the site manager had instructed workers to leave through the back gate whenever LASBCA "
            "officials came to the site", None),
        (D, "Sunday Okon", "Oga said if we see government people, we should go through the back. We were there to "
            "work. We did not know anything about approval,", None),
        (I, "Rashidat Lawal", "the families had waited more than a year for justice", None),
        (D, "Rashidat Lawal", "We are not asking for money. We want the people who did this to answer for it in this "
            "court,", None),
        (P, "Lagos State Ministry of Physical Planning and Urban Development", "no longer tolerate", None),
    ],
    "actors": [
        actor("Babatunde Alli", "person", title="deputy director of enforcement, prosecution witness",
              affiliation="Lagos State Building Control Agency (LASBCA)",
              aliases=["Babatunde Alli", "Alli", "official", "the witness"], stance=-1),
        actor("Tunde Okonkwo", "person", title="defence counsel (SAN)", affiliation=None,
              aliases=["Tunde Okonkwo", "Okonkwo"], stance=1),
        actor("Sunday Okon", "person", title="bricklayer, survivor, second prosecution witness, 34", affiliation=None,
              aliases=["Sunday Okon", "Okon"], stance=-1),
        actor("Rashidat Lawal", "person", title="mother of a victim", affiliation=None,
              aliases=["Rashidat Lawal", "Lawal"], stance=-1),
        actor("Lagos State Ministry of Physical Planning and Urban Development", "government", title="state ministry",
              affiliation="Lagos State Government",
              aliases=["Lagos State Ministry of Physical Planning and Urban Development"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Monaco Life (English-language, Monaco) culture / housing (artists' studios to be demolished for state
#    flats), headline with a curly single-quoted fragment (speaker the Prince's Government, the entity
#    the headline names), "By NAME | 2 December 2026" line, British curly single marks ‘ ’ for quotes and
#    ’ for apostrophes (I’m inside a quote, principality’s outside), punctuation outside closing marks for
#    fragments, "€"; government "confirmed on Monday that A" (content after the cue; "after the Prince’s
#    Government confirmed"); minister's quote before "Government Councillor-Minister for Urban Development
#    Laurent Orecchia said", then a quote split by "he added"; scare so-called ‘ruche’ (glossed);
#    association "said in a statement that the temporary studios were ‘...’ and that B" (partial plus
#    indirect); president's quote split by "said Ms Lanteri", then "She said: ‘...` open at the end of its
#    line and a closed paragraph; committee chair "said the Government had been ‘...’ but should have
#    kept ..." (partial only); resident's quote before "said Gérard Rinaldi, a retired croupier ...";
#    "According to the Monaco Statistics institute, IMSEE, A"; spokesperson "told Monaco Life ... that the
#    demolition ‘...’ despite the petition, and that B" (partial plus indirect).
ARTICLES[f"{BATCH}/fontvieille-studios-demolition.gold.json"] = {
    "article": f"{BATCH}/fontvieille-studios-demolition.txt",
    "target": "Prince’s Government",
    "quotes": [
        (P, "Prince’s Government", "vital", None),
        (I, "Prince’s Government", "the 1950s building will be demolished to make way for 60 state-owned flats for "
            "Monegasque families", None),
        (D, "Laurent Orecchia", "We have more than 400 Monegasque households on the waiting list for a state flat. Every "
            "square metre of Fontvieille counts,", None),
        (D, "Laurent Orecchia", "The artists will not be left on the street,", None),
        (D, "Laurent Orecchia", "We are offering them temporary studios at the Stade Louis II while a permanent site is "
            "found.", None),
        (S, None, "ruche", None),
        (P, "Association des Artistes de Fontvieille", "windowless storage rooms", None),
        (I, "Association des Artistes de Fontvieille", "it had not been consulted before the decision was announced",
            None),
        (D, "Sophie Lanteri", "You cannot make art in a cupboard under a football stadium,", None),
        (D, "Sophie Lanteri", "This building is part of the cultural life of Monaco, and they are treating it like a "
            "car park.", None),
        (D, "Sophie Lanteri", "I understand that Monegasques need homes. Nobody is against that.", None),
        (D, "Sophie Lanteri", "But there were other sites. We proposed three of them in 2025 and never received an "
            "answer.", None),
        (P, "Jean-Luc Vatrican", "right to prioritise housing", None),
        (D, "Gérard Rinaldi", "My daughter is 31 and still lives with us because there is nothing for her. I’m sorry "
            "for the artists, but families come first,", None),
        (I, "IMSEE", "Monegasque nationals numbered about 9,700 of the principality’s 38,400 residents in 2025, and "
            "more than half of them live in state-owned housing", None),
        (P, "Government spokesperson", "will go ahead as planned", None),
        (I, "Government spokesperson", "a call for proposals for a new arts centre would be published in the spring",
            None),
    ],
    "actors": [
        actor("Prince’s Government", "government", title="government of Monaco", affiliation="Monaco",
              aliases=["Prince’s Government", "Government"], stance=1),
        actor("Laurent Orecchia", "person", title="Government Councillor-Minister for Urban Development",
              affiliation="Prince’s Government", aliases=["Laurent Orecchia", "Orecchia"], stance=1),
        actor("Association des Artistes de Fontvieille", "organisation", title="tenants' association",
              affiliation=None, aliases=["Association des Artistes de Fontvieille", "the association"], stance=-1),
        actor("Sophie Lanteri", "person", title="president of the association, ceramicist",
              affiliation="Association des Artistes de Fontvieille",
              aliases=["Sophie Lanteri", "Ms Lanteri", "Lanteri"], stance=-1),
        actor("Jean-Luc Vatrican", "person", title="chair of the culture committee", affiliation="National Council",
              aliases=["Jean-Luc Vatrican", "Vatrican"], stance=0),
        actor("Gérard Rinaldi", "person", title="retired croupier, on the housing waiting list", affiliation=None,
              aliases=["Gérard Rinaldi", "Rinaldi"], stance=1),
        actor("IMSEE", "government", title="statistics institute", affiliation="Monaco",
              aliases=["IMSEE", "Monaco Statistics institute"], stance=None),
        actor("Government spokesperson", "person", title="spokesperson", affiliation="Prince’s Government",
              aliases=["Government spokesperson"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
