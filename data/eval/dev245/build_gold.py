"""Build the dev245 gold files (data/eval/dev245/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev245/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev245.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev245"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Physics World (UK physics trade press) science funding (a research council confirms it will close a muon
#    source), headline without speech, date-and-byline line, British curly single ‘ ’ with ’ apostrophes (UK’s,
#    STFC’s), "£85m"; lede "has confirmed that A"; "In a statement, the STFC said the decision had been ‘...’ but that
#    B" (partial plus indirect); executive chair in an apposition "said A", then two quotes in the same paragraph with
#    "she said"; content before ", according to the STFC, many of them ..." ; physicist "called the closure ‘...’."
#    (partial, full stop outside), quote with "she told Physics World", then a quote-only paragraph; institute "said it
#    was ‘...’ by the decision and would write ..." (partial only); anonymous scientist "said A, and that morale was
#    ‘...’" (indirect plus partial); UKRI spokesperson "said A"; MP "said she would A", then "‘...,’ Cole said";
#    scares so-called ‘frustrated’ magnets and so-called ‘facilities roadmap’.
ARTICLES[f"{BATCH}/chilbolton-muon-source-closure.gold.json"] = {
    "article": f"{BATCH}/chilbolton-muon-source-closure.txt",
    "target": "Science and Technology Facilities Council",
    "quotes": [
        (I, "Science and Technology Facilities Council", "it will close the Chilbolton Muon Source in Hampshire in 2028",
            None),
        (P, "Science and Technology Facilities Council", "extremely difficult", None),
        (I, "Science and Technology Facilities Council", "the facility’s ageing accelerator would need £85m of upgrades to "
            "keep running safely", None),
        (I, "Fiona Marwick", "the money would be better spent on the next generation of facilities", None),
        (D, "Fiona Marwick", "We cannot keep every light on,", None),
        (D, "Fiona Marwick", "If we spread our budget across every ageing machine, we will end up with a lot of facilities "
            "that are all slightly underfunded.", None),
        (I, "Science and Technology Facilities Council", "About 600 researchers use the source each year", None),
        (P, "Rachel Okonjo", "a self-inflicted wound", None),
        (D, "Rachel Okonjo", "There is no other muon source in Europe with this much beam time. Our students will have to "
            "queue for weeks at PSI in Switzerland, if they get in at all,", None),
        (D, "Rachel Okonjo", "The STFC talks about the next generation. But you train the next generation on the machines "
            "you have now.", None),
        (P, "Institute of Physics", "deeply concerned", None),
        (I, "senior STFC scientist", "staff had learned of the closure from an all-hands email sent shortly before the "
            "announcement", None),
        (P, "senior STFC scientist", "the lowest I have seen it", None),
        (I, "spokesperson for UK Research and Innovation", "the decision was a matter for the council", None),
        (I, "Harriet Cole", "she would raise the closure in Parliament next week", None),
        (D, "Harriet Cole", "This is a world-class facility and 140 skilled jobs in my constituency,", None),
        (S, None, "frustrated", None),
        (S, None, "facilities roadmap", None),
    ],
    "actors": [
        actor("Science and Technology Facilities Council", "government", title="research council", affiliation="UK "
              "Research and Innovation", aliases=["Science and Technology Facilities Council", "STFC"], stance=1),
        actor("Fiona Marwick", "person", title="executive chair", affiliation="STFC",
              aliases=["Fiona Marwick", "Marwick"], stance=1),
        actor("Rachel Okonjo", "person", title="condensed-matter physicist", affiliation="University of Bristol",
              aliases=["Rachel Okonjo", "Okonjo"], stance=-1),
        actor("Institute of Physics", "organisation", title="professional body", affiliation="UK",
              aliases=["Institute of Physics"], stance=-1),
        actor("senior STFC scientist", "person", title="scientist (anonymous)", affiliation="STFC",
              aliases=["senior STFC scientist"], stance=-1),
        actor("spokesperson for UK Research and Innovation", "person", title="spokesperson",
              affiliation="UK Research and Innovation", aliases=["spokesperson for UK Research and Innovation"],
              stance=None),
        actor("Harriet Cole", "person", title="local MP", affiliation="UK Parliament", aliases=["Harriet Cole", "Cole"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Kaselehlie Press (Federated States of Micronesia) politics/fisheries (Congress questions fishing licenses for a
#    company fined for misreporting), headline without speech, byline and outlet lines, dateline "Palikir,
#    Pohnpei—", straight " and apostrophes; lede "questioned the decision" (act); senator "said the authority had
#    "..." and asked NORMA to ..." (partial only; directive), quote with "Senator Ehsa said during a hearing";
#    executive director "said A", quote with "Edwin told the committee", "He added that A"; company manager "In a
#    written response ..., said the company had "..." from ..." (partial only), quote with "Chen wrote"; "According to
#    the Parties to the Nauru Agreement (PNA) Office in Majuro, A"; scare so-called "vessel day" scheme (glossed);
#    group "Small-scale fishermen at the Kolonia dock said A", "They said B"; trust "said in a statement that A";
#    president's office "said the President had "..." in ... and would not interfere ..." (partial only).
ARTICLES[f"{BATCH}/norma-pacific-blue-purse-seine-licences.gold.json"] = {
    "article": f"{BATCH}/norma-pacific-blue-purse-seine-licences.txt",
    "target": "Pacific Blue Fishing Company",
    "quotes": [
        (P, "Asterio Ehsa", "rewarded a company with a record of cheating", None),
        (D, "Asterio Ehsa", "We are a small nation that depends on tuna. If we let companies lie about their catch, we are "
            "stealing from our own children,", None),
        (I, "Lorenzo Edwin", "the authority had followed the law", None),
        (D, "Lorenzo Edwin", "Pacific Blue paid its fine, it has installed electronic monitoring on every vessel, and it "
            "met every requirement in our regulations. We cannot refuse a license because we do not like a company's "
            "history,", None),
        (I, "Lorenzo Edwin", "the four vessels would carry FSM observers on every trip", None),
        (P, "Chen Wei-lun", "learned hard lessons", None),
        (D, "Chen Wei-lun", "We have changed our captains, our reporting systems and our management. We ask only to be "
            "judged on what we do now,", None),
        (I, "Parties to the Nauru Agreement (PNA) Office", "the FSM earned about $70 million from fishing access fees last "
            "year", None),
        (S, None, "vessel day", None),
        (I, "Small-scale fishermen at the Kolonia dock", "catches of yellowfin close to shore had fallen since more purse "
            "seiners began working near the fish aggregating devices east of Pohnpei", None),
        (I, "Small-scale fishermen at the Kolonia dock", "the new licenses would only make it worse", None),
        (I, "Micronesia Conservation Trust", "it supported the senators' call for an independent review of the licenses",
            None),
        (P, "Office of the President", "full confidence", None),
    ],
    "actors": [
        actor("Asterio Ehsa", "person", title="Senator (Pohnpei)", affiliation="FSM Congress",
              aliases=["Asterio Ehsa", "Ehsa", "Senator Ehsa"], stance=-1),
        actor("Lorenzo Edwin", "person", title="Executive Director",
              affiliation="National Oceanic Resource Management Authority (NORMA)",
              aliases=["Lorenzo Edwin", "Edwin"], stance=1),
        actor("Chen Wei-lun", "person", title="operations manager in Pohnpei", affiliation="Pacific Blue Fishing Company",
              aliases=["Chen Wei-lun", "Chen"], stance=1),
        actor("Parties to the Nauru Agreement (PNA) Office", "organisation", title="regional fisheries office",
              affiliation="Majuro", aliases=["Parties to the Nauru Agreement (PNA) Office"], stance=None),
        actor("Small-scale fishermen at the Kolonia dock", "group", title="fishermen", affiliation="Kolonia, Pohnpei",
              aliases=["Small-scale fishermen at the Kolonia dock"], stance=-1),
        actor("Micronesia Conservation Trust", "organisation", title="conservation trust", affiliation="FSM",
              aliases=["Micronesia Conservation Trust"], stance=-1),
        actor("Office of the President", "government", title="President's office", affiliation="FSM national government",
              aliases=["Office of the President"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Malawi24 (Malawi) courts/agriculture (the High Court stops payment to a fertiliser supplier), headline without
#    speech, byline and date lines, straight " and apostrophes, "K18 billion"; lede an act (court order), no speech;
#    judge "In his ruling ..., said the applicants had raised "..." about ..." (partial only), "The judge said A and
#    that B" (one span), quote with "Justice Kanyenda said"; NGO director "told Malawi24 that the ruling was "..."
#    (partial only, full stop inside), "she said"; company lawyer "said A and that it would suffer "..." if ..."
#    (indirect plus partial), quote with "Nyirenda said"; ministry spokesperson "said the ministry would "..." and that
#    B" (partial plus indirect); ACB "confirmed it had A"; farmer "said A", "she said"; scare so-called "briefcase
#    companies" (glossed).
ARTICLES[f"{BATCH}/nyasa-agri-inputs-payment-stopped.gold.json"] = {
    "article": f"{BATCH}/nyasa-agri-inputs-payment-stopped.txt",
    "target": "Nyasa Agri-Inputs Limited",
    "quotes": [
        (P, "Mathews Kanyenda", "serious questions", None),
        (I, "Mathews Kanyenda", "the company had been awarded the contract three days after it was registered and that it "
            "had no record of supplying fertiliser", None),
        (D, "Mathews Kanyenda", "The court is not saying there was wrongdoing. The court is saying the public is entitled "
            "to know how this money is being spent,", None),
        (P, "Grace Mkandawire", "a victory for every farmer who queued for fertiliser that never came.", None),
        (D, "Grace Mkandawire", "Farmers in Kasungu and Mchinji were told to come back next week, then the week after. "
            "Meanwhile, a company nobody had heard of was about to be paid billions,", None),
        (I, "Khumbo Nyirenda", "the company had already delivered 40,000 tonnes of fertiliser to depots", None),
        (P, "Khumbo Nyirenda", "irreparable harm", None),
        (D, "Khumbo Nyirenda", "My client has done its part. The fertiliser is in the depots. Stopping payment does not "
            "help a single farmer,", None),
        (P, "Pilirani Chirwa", "respect the court's decision", None),
        (I, "Pilirani Chirwa", "fertiliser already in the depots would continue to be distributed", None),
        (I, "Anti-Corruption Bureau", "it had opened an investigation into the tender in October", None),
        (I, "Mercy Tembo", "she had still not received the two bags she was promised under the programme", None),
        (D, "Mercy Tembo", "The rains have started. If the fertiliser comes in January, it is useless to me,", None),
        (S, None, "briefcase companies", None),
    ],
    "actors": [
        actor("Mathews Kanyenda", "person", title="High Court judge", affiliation="High Court, Lilongwe",
              aliases=["Mathews Kanyenda", "Kanyenda", "Justice Kanyenda", "The judge"], stance=0),
        actor("Grace Mkandawire", "person", title="executive director", affiliation="Malawi Procurement Watch",
              aliases=["Grace Mkandawire", "Mkandawire"], stance=-1),
        actor("Khumbo Nyirenda", "person", title="lawyer", affiliation="Nyasa Agri-Inputs Limited",
              aliases=["Khumbo Nyirenda", "Nyirenda"], stance=1),
        actor("Pilirani Chirwa", "person", title="spokesperson", affiliation="Ministry of Agriculture",
              aliases=["Pilirani Chirwa", "Chirwa"], stance=None),
        actor("Anti-Corruption Bureau", "government", title="anti-corruption agency", affiliation="Malawi",
              aliases=["Anti-Corruption Bureau", "ACB"], stance=0),
        actor("Mercy Tembo", "person", title="smallholder farmer", affiliation="Mchinji",
              aliases=["Mercy Tembo", "Tembo"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AFP wire (Albania) disaster (floods around Shkoder, anger over dam releases), headline without quote marks,
#    dateline "TIRANA (AFP) -", straight " and apostrophes, no diacritics (Shkoder), closing "bur/ob" signature; lede
#    content before ", Albania's civil protection agency said Thursday"; minister "told reporters in Shkoder that A and
#    that B" (one span), split quote with "Kodra said"; group "Residents of Obot, one of the worst-hit villages, said
#    A"; farmer named after his first quote, then a quote-only paragraph; state power company "said the releases had
#    been "..." to protect the dams and that B" (partial plus indirect); prime minister's office "said in a statement
#    that A"; party "called the dam releases "..." and said B" (partial plus indirect); EU mechanism "said A";
#    anonymous Red Cross official named after the quote; scare so-called "Drin cascade".
ARTICLES[f"{BATCH}/albania-drin-floods-dam-releases.gold.json"] = {
    "article": f"{BATCH}/albania-drin-floods-dam-releases.txt",
    "target": "KESH",
    "quotes": [
        (I, "civil protection agency", "Nearly 4,000 people have been evacuated from villages around the northern city of "
            "Shkoder after days of heavy rain pushed the Drin river over its banks", None),
        (I, "Ermal Kodra", "soldiers and police had been deployed to help with the evacuations and that no deaths had been "
            "reported", None),
        (D, "Ermal Kodra", "The water is still rising in some areas. Nobody should go back to their homes until we say it "
            "is safe,", None),
        (D, "Ermal Kodra", "The releases from the dams were necessary to stop something much worse.", None),
        (I, "Residents of Obot", "the flooding had been made worse by the release of water from hydropower dams upstream",
            None),
        (D, "Gjergj Marku", "They opened the gates in the middle of the night. We had 20 minutes to get out,", None),
        (D, "Gjergj Marku", "I have lived here all my life. The river never came this fast by itself.", None),
        (P, "KESH", "unavoidable", None),
        (I, "KESH", "residents had been warned by text message", None),
        (I, "prime minister's office", "the government would compensate families for lost crops and livestock", None),
        (P, "Democratic Party", "reckless", None),
        (I, "Democratic Party", "the government had ignored warnings from meteorologists since the weekend", None),
        (I, "European Union's civil protection mechanism", "it had sent pumps and rescue boats from Italy and Greece at "
            "Tirana's request", None),
        (D, "official with the Albanian Red Cross", "We are most worried about the elderly people who refused to leave "
            "their homes,", None),
        (S, None, "Drin cascade", None),
    ],
    "actors": [
        actor("civil protection agency", "government", title="civil protection agency", affiliation="Albania",
              aliases=["civil protection agency"], stance=None),
        actor("Ermal Kodra", "person", title="Interior Minister", affiliation="Government of Albania",
              aliases=["Ermal Kodra", "Kodra"], stance=1),
        actor("Residents of Obot", "group", title="residents", affiliation="Obot, near Shkoder",
              aliases=["Residents of Obot"], stance=-1),
        actor("Gjergj Marku", "person", title="farmer, 61", affiliation="Obot", aliases=["Gjergj Marku", "Marku"],
              stance=-1),
        actor("KESH", "organisation", title="state power company", affiliation="Albania", aliases=["KESH"], stance=1),
        actor("prime minister's office", "government", title="prime minister's office", affiliation="Albania",
              aliases=["prime minister's office"], stance=None),
        actor("Democratic Party", "organisation", title="opposition party", affiliation="Albania",
              aliases=["Democratic Party"], stance=-1),
        actor("European Union's civil protection mechanism", "organisation", title="EU civil protection mechanism",
              affiliation="European Union", aliases=["European Union's civil protection mechanism"], stance=None),
        actor("official with the Albanian Red Cross", "person", title="official (anonymous)",
              affiliation="Albanian Red Cross", aliases=["official with the Albanian Red Cross"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
