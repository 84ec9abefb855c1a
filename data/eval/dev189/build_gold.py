"""Build the dev189 gold files (data/eval/dev189/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev189/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev189.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev189"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. JAPAN Forward / The Sankei Shimbun fisheries diplomacy (Japan-Russia salmon quota talks stall),
#    headline with a straight single-quoted fragment (speaker the entity the headline names: Russia),
#    standfirst without speech, byline and date lines, straight " with US punctuation; lede content before
#    "the Fisheries Agency said"; Russia's fishery agency "said in a statement that ... was "..." given ...,
#    and that the fee ... should rise to reflect "..."" (two partials); "Japanese negotiators saw it
#    differently" (not speech); quote before "said Kenji Morikawa, the ... official who led ..."; "Morikawa
#    said A, but he declined to say ..." (indirect; the refusal not annotated); anonymous MOFA official
#    "said Tokyo believed A" (one span); embassy "rejected any link to politics" (act), quote with "the
#    embassy said in a post on X"; scare so-called "salmon diplomacy"; co-op head Tadashi Uno ("Uno")
#    "told JAPAN Forward that A", quote with "Uno said"; professor "said A, because B" (one span), quote
#    with "she said".
ARTICLES[f"{BATCH}/russia-salmon-quota-talks.gold.json"] = {
    "article": f"{BATCH}/russia-salmon-quota-talks.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "Unrealistic", None),
        (I, "Fisheries Agency", "Negotiations between Japan and Russia on the 2027 catch quota for salmon and trout "
            "spawned in Russian rivers broke off in Moscow on Thursday without agreement", None),
        (P, "Federal Agency for Fishery", "unrealistic", None),
        (P, "Federal Agency for Fishery", "market conditions.", None),
        (D, "Kenji Morikawa", "We came to Moscow with a reasonable proposal based on scientific data. Russia's demand "
            "would more than double the cost for our fishermen,", None),
        (I, "Kenji Morikawa", "the two sides would meet again in February", None),
        (I, "senior official at the Ministry of Foreign Affairs", "Tokyo believed Moscow was using the fisheries talks to "
            "pressure Japan over its sanctions", None),
        (D, "Russian Embassy in Tokyo", "Fisheries cooperation is a purely economic matter. Those who see politics "
            "everywhere should look at their own sanctions lists,", None),
        (S, None, "salmon diplomacy", None),
        (I, "Tadashi Uno", "30 boats had been tied up since the summer", None),
        (D, "Tadashi Uno", "Every year we wait for Moscow to decide whether we can work. Young people do not want to "
            "inherit that kind of uncertainty,", None),
        (I, "Mai Fujiwara", "Russia had few reasons to compromise, because Chinese and South Korean buyers were "
            "increasingly willing to pay high prices for Russian salmon", None),
        (D, "Mai Fujiwara", "Moscow holds the cards here, and it knows it,", None),
    ],
    "actors": [
        actor("Russia", "country", title=None, affiliation=None, aliases=["Russia", "Moscow"], stance=1),
        actor("Fisheries Agency", "government", title="fisheries agency", affiliation="Japan",
              aliases=["Fisheries Agency"], stance=0),
        actor("Federal Agency for Fishery", "government", title="fisheries agency", affiliation="Russia",
              aliases=["Federal Agency for Fishery"], stance=1),
        actor("Kenji Morikawa", "person", title="Fisheries Agency official, head of the Japanese delegation",
              affiliation="Fisheries Agency", aliases=["Kenji Morikawa", "Morikawa"], stance=-1),
        actor("senior official at the Ministry of Foreign Affairs", "person", title="official (anonymous)",
              affiliation="Japan", aliases=["senior official at the Ministry of Foreign Affairs"], stance=-1),
        actor("Russian Embassy in Tokyo", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Tokyo", "the embassy"], stance=1),
        actor("Tadashi Uno", "person", title="head of the Nemuro fishermen's cooperative", affiliation=None,
              aliases=["Tadashi Uno", "Uno"], stance=-1),
        actor("Mai Fujiwara", "person", title="Professor", affiliation="Hokkaido University",
              aliases=["Mai Fujiwara", "Fujiwara"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Flanders Today culture (a city museum returns a Nazi-era forced-sale painting), headline and
#    standfirst without speech, byline and "01/12/2026" lines, straight " with British punctuation, a
#    painting title without quote marks; lede content before "the museum confirmed"; director "said the
#    museum's own research had shown that the sale was made "..." and that the price paid was "..." of
#    ..." (two partials), quote with "she said" and a quote-only paragraph; scare so-called
#    "Aryanisation" sales; heirs' lawyer "told Flanders Today that the family was "..."" (partial only),
#    quote with "Rosenthal said"; advisory committee "said in its opinion that the museum had acted
#    "..."" (partial only); alderman Bart Dewolf "said A", "Dewolf called the decision "...""; minister's
#    spokesperson "said the government wanted other museums "..."" (partial only); art historian "said A,
#    and that Kortrijk was "..."" (indirect plus partial); Friends member "told local broadcaster ...
#    that he understood ... but would miss ..." (one span).
ARTICLES[f"{BATCH}/kortrijk-permeke-restitution.gold.json"] = {
    "article": f"{BATCH}/kortrijk-permeke-restitution.txt",
    "target": "Museum De Kolk",
    "quotes": [
        (I, "Museum De Kolk", "Museum De Kolk in Kortrijk will return a 1928 painting by Constant Permeke to the heirs of "
            "a Jewish art dealer who was forced to sell it in Brussels in 1941", None),
        (P, "Els Vandamme", "under duress", None),
        (P, "Els Vandamme", "a fraction", None),
        (D, "Els Vandamme", "This is not a loss for the museum. It is the end of an injustice that has hung on our wall "
            "for eighty years,", None),
        (D, "Els Vandamme", "We should have asked these questions much earlier. That is the honest truth.", None),
        (S, None, "Aryanisation", None),
        (P, "Hélène Rosenthal", "grateful, but also tired", None),
        (D, "Hélène Rosenthal", "For seven years the family was told to be patient. Madame Wolff's daughter is 91. She "
            "will see the painting come home, but only just,", None),
        (P, "advisory committee on looted art", "in good faith", None),
        (I, "Bart Dewolf", "the city council would formally approve the transfer on 14 December", None),
        (P, "Bart Dewolf", "painful but right", None),
        (P, "spokesperson for the Flemish culture minister", "to follow Kortrijk's example", None),
        (I, "Lotte Peeters", "Flemish museums had dragged their feet on restitution for decades", None),
        (P, "Lotte Peeters", "only acting because the family went to the press", None),
        (I, "Roger Vanhoutte", "he understood the decision but would miss the painting", None),
    ],
    "actors": [
        actor("Museum De Kolk", "organisation", title="city museum", affiliation="Kortrijk",
              aliases=["Museum De Kolk", "the museum"], stance=1),
        actor("Els Vandamme", "person", title="Director", affiliation="Museum De Kolk",
              aliases=["Els Vandamme", "Vandamme"], stance=1),
        actor("Hélène Rosenthal", "person", title="lawyer for the Wolff heirs", affiliation=None,
              aliases=["Hélène Rosenthal", "Rosenthal"], stance=0),
        actor("advisory committee on looted art", "government", title="Flemish government advisory committee",
              affiliation="Flemish government", aliases=["advisory committee on looted art"], stance=1),
        actor("Bart Dewolf", "person", title="culture alderman", affiliation="Kortrijk",
              aliases=["Bart Dewolf", "Dewolf"], stance=1),
        actor("spokesperson for the Flemish culture minister", "person", title="spokesperson",
              affiliation="Flemish government", aliases=["spokesperson for the Flemish culture minister"], stance=1),
        actor("Lotte Peeters", "person", title="art historian", affiliation="Ghent University",
              aliases=["Lotte Peeters", "Peeters"], stance=-1),
        actor("Roger Vanhoutte", "person", title="member of the Friends of De Kolk, 74", affiliation=None,
              aliases=["Roger Vanhoutte", "Vanhoutte"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sinar Daily (Malaysia) local news (flash floods in Kuala Lumpur; the mayor defends City Hall),
#    headline without speech, byline and "03 Dec 2026 08:41pm" lines, "KUALA LUMPUR –" dateline, straight
#    " and apostrophes, Malay first-name convention ("Kamarulzaman said"), "Datuk Seri", "Madam", "RM";
#    mayor "has defended ... saying the ... downpour was "..." of any drainage system" (partial only),
#    "he said A", quote with "Kamarulzaman said", "He added that A"; scare so-called "hotspots"; residents
#    "told Sinar Daily that A"; resident "said A", quote with "he said"; stallholder "said A", quote with
#    "she said"; MP "said the mayor should "..." and make public ..." (partial only), "He said A"; DBKL
#    "said A and that B" (one span); police chief "said A"; hydrologist "said A, and that B" (one span).
ARTICLES[f"{BATCH}/kl-flash-floods-mayor.gold.json"] = {
    "article": f"{BATCH}/kl-flash-floods-mayor.txt",
    "target": "Kamarulzaman Idris",
    "quotes": [
        (P, "Kamarulzaman Idris", "beyond the design capacity", None),
        (I, "Kamarulzaman Idris", "118mm of rain had fallen in Sentul in less than three hours, compared with a monthly "
            "average of about 260mm for December", None),
        (D, "Kamarulzaman Idris", "No drain in the world is built for that kind of rain in that kind of time. Our teams "
            "were on the ground within 30 minutes,", None),
        (I, "Kamarulzaman Idris", "DBKL had cleared 2,300 tonnes of rubbish from drains and rivers in the past month "
            "alone", None),
        (S, None, "hotspots", None),
        (I, "residents of Kampung Baru", "the drains in their area had not been cleaned for months", None),
        (I, "Mohd Faizal Abdullah", "water entered his house within 20 minutes of the rain starting", None),
        (D, "Mohd Faizal Abdullah", "Every year the same story. They come, they take photos, they go. Then the rain comes "
            "again,", None),
        (I, "Lim Siew Kim", "she had lost about RM3,000 worth of stock and equipment", None),
        (D, "Lim Siew Kim", "I don't blame the rain. I blame whoever forgot to clean the drain,", None),
        (P, "Farid Ismail", "stop blaming the rain", None),
        (I, "Farid Ismail", "he would raise the matter in the Dewan Rakyat next week", None),
        (I, "DBKL", "37 people had been evacuated to two relief centres and that no casualties had been reported", None),
        (I, "Rosli Mat Daud", "several roads, including Jalan Ipoh and parts of Jalan Tun Razak, were closed for up to "
            "four hours", None),
        (I, "Chan Wai Mun", "rainfall intensity in the Klang Valley had increased by about 15 per cent over two decades, "
            "and that older drains in the city centre were never designed for such storms", None),
    ],
    "actors": [
        actor("Kamarulzaman Idris", "person", title="Kuala Lumpur mayor (Datuk Seri)", affiliation="DBKL",
              aliases=["Kamarulzaman Idris", "Kamarulzaman", "the mayor"], stance=1),
        actor("residents of Kampung Baru", "group", title="residents", affiliation=None,
              aliases=["residents of Kampung Baru"], stance=-1),
        actor("Mohd Faizal Abdullah", "person", title="resident, 45", affiliation=None,
              aliases=["Mohd Faizal Abdullah", "Mohd Faizal"], stance=-1),
        actor("Lim Siew Kim", "person", title="noodle stall owner, 63 (Madam)", affiliation=None,
              aliases=["Lim Siew Kim", "Madam Lim Siew Kim", "Lim"], stance=-1),
        actor("Farid Ismail", "person", title="Setiawangsa MP", affiliation=None,
              aliases=["Farid Ismail", "Farid"], stance=-1),
        actor("DBKL", "government", title="City Hall", affiliation="Kuala Lumpur",
              aliases=["DBKL", "City Hall"], stance=None),
        actor("Rosli Mat Daud", "person", title="Sentul district police chief (ACP)", affiliation="police",
              aliases=["Rosli Mat Daud", "Rosli"], stance=None),
        actor("Chan Wai Mun", "person", title="hydrologist (Prof Dr)", affiliation="Universiti Malaya",
              aliases=["Chan Wai Mun", "Chan"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Arab Times (Kuwait) consumer/aviation (an airline cancels 40 flights), headline without speech,
#    "KUWAIT CITY, Dec 6:" dateline, straight " and apostrophes, "KD"; airline "said the cancellations were
#    caused by "..." in ... and that affected passengers would be ..." (partial plus indirect); CEO "told
#    the Arab Times that A", quote with "Al-Roumi said"; scare so-called "hybrid" airlines; DGCA "said it
#    had asked the airline to submit ..." (reported, one span); "Informed sources told the daily that A";
#    ministry "said A"; passengers "said A", quotes with "he said" / "she told the Arab Times"; society
#    head "described ... as "..." and said A" (partial plus indirect).
ARTICLES[f"{BATCH}/sahel-airways-cancellations.gold.json"] = {
    "article": f"{BATCH}/sahel-airways-cancellations.txt",
    "target": "Sahel Airways",
    "quotes": [
        (P, "Sahel Airways", "unexpected delays", None),
        (I, "Sahel Airways", "affected passengers would be rebooked or refunded in full", None),
        (I, "Khaled Al-Roumi", "the airline expected to restore its full schedule by Dec 12", None),
        (D, "Khaled Al-Roumi", "We apologize to every passenger. This is not the standard we set for ourselves, and we "
            "are working day and night to fix it,", None),
        (S, None, "hybrid", None),
        (I, "Directorate General of Civil Aviation", "it had asked the airline to submit a detailed report on the "
            "disruption within 48 hours", None),
        (I, "Informed sources", "the DGCA was considering fines of up to KD 50,000 if the airline was found to have sold "
            "tickets for flights it knew it could not operate", None),
        (I, "Ministry of Commerce and Industry", "its consumer protection department had received 212 complaints against "
            "the airline since Thursday", None),
        (I, "Mahmoud Abdel-Salam", "he had waited at the airport for nine hours without a meal voucher", None),
        (D, "Mahmoud Abdel-Salam", "Nobody from the airline came to speak to us. We found out from a WhatsApp message,",
            None),
        (I, "Sheeba Mathew", "she had paid KD 180 for a last-minute ticket to Kochi on another carrier", None),
        (D, "Sheeba Mathew", "I saved for this holiday for a year. I will not book with them again,", None),
        (P, "Mishari Al-Enezi", "chaotic", None),
        (I, "Mishari Al-Enezi", "passengers were entitled to compensation under the civil aviation law", None),
    ],
    "actors": [
        actor("Sahel Airways", "organisation", title="airline", affiliation="Kuwait",
              aliases=["Sahel Airways", "the airline"], stance=1),
        actor("Khaled Al-Roumi", "person", title="Chief Executive Officer", affiliation="Sahel Airways",
              aliases=["Khaled Al-Roumi", "Al-Roumi"], stance=1),
        actor("Directorate General of Civil Aviation", "government", title="aviation regulator", affiliation="Kuwait",
              aliases=["Directorate General of Civil Aviation", "DGCA"], stance=0),
        actor("Informed sources", "group", title="sources (anonymous)", affiliation=None,
              aliases=["Informed sources"], stance=-1),
        actor("Ministry of Commerce and Industry", "government", title="ministry", affiliation="Kuwait",
              aliases=["Ministry of Commerce and Industry"], stance=0),
        actor("Mahmoud Abdel-Salam", "person", title="Egyptian expatriate passenger", affiliation=None,
              aliases=["Mahmoud Abdel-Salam", "Abdel-Salam"], stance=-1),
        actor("Sheeba Mathew", "person", title="Indian nurse, passenger", affiliation="Al-Adan Hospital",
              aliases=["Sheeba Mathew", "Mathew"], stance=-1),
        actor("Mishari Al-Enezi", "person", title="head", affiliation="Kuwait Consumer Protection Society",
              aliases=["Mishari Al-Enezi", "Al-Enezi"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
