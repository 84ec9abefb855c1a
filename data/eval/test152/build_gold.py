"""Build the test152 gold files (data/eval/test152/*.gold.json) from the annotation specs below.

Held out: do not read these articles or specs while building or tuning the extractor.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test152/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test152.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test152"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Morning Advertiser (UK pub trade press) business (pub tenants protest rent rises), headline with a curly
#    single fragment "Redwell tenants ‘at breaking point’", byline and "03-Dec-2026 at 09:12 GMT" lines, British
#    curly single quotes ‘ ’ with ’ apostrophes (`we’d` inside a quote, `company’s`, `tenants’` outside), "£41.2m",
#    "18%"; lede "have signed an open letter ..., warning that A" (participial cue); "The Redwell tenants’ letter
#    ... said licensees were ‘...’ after ..." (partial only); scare so-called ‘wet-led’ (glossed); company "said the
#    reviews reflected ‘...’ at most of the sites and that B" (partial plus indirect); chief executive "said: ‘...`
#    open at the end of its line, then a closed paragraph; tenant "said A", quote split by "she said"; trade body
#    "said it had received ‘...’ in calls ..." (partial only); adjudicator "confirmed A, but declined to comment"
#    (the refusal not annotated); agent "said rents ... had been ‘...’ since ... and that many pubcos were now
#    ‘...’" (two partials), "he added"; CAMRA "said it feared A, and urged the company to ‘...’" (indirect plus the
#    directive's partial); "Tolley said A and would B" (one span).
ARTICLES[f"{BATCH}/redwell-inns-rent-rises.gold.json"] = {
    "article": f"{BATCH}/redwell-inns-rent-rises.txt",
    "target": "Redwell Inns",
    "quotes": [
        (P, "Redwell tenants", "at breaking point", "Redwell tenants ‘at breaking point’ over"),
        (I, "Redwell tenants", "rent increases of up to 18% will force some of them out of the trade by the spring",
            None),
        (P, "Redwell tenants", "already at breaking point", None),
        (S, None, "wet-led", None),
        (P, "Redwell Inns", "improved trading", None),
        (I, "Redwell Inns", "the average increase across its estate was 6.4%", None),
        (D, "Graham Tolley", "We understand that any increase is difficult, and nobody wants to see a good operator "
            "leave. But rents have been frozen or reduced at most of these pubs since 2020, and they have to reflect "
            "how the businesses are trading today.", None),
        (D, "Graham Tolley", "Every tenant has the right to an independent assessment, and we would encourage anyone "
            "who is unhappy with their review to use it.", None),
        (I, "Lisa Marwood", "her rent was rising from £31,000 to £36,500 a year", None),
        (D, "Lisa Marwood", "We did everything they asked. We put in a new kitchen, we started quiz nights, we got the "
            "food trade going, and now we are being punished for it,", None),
        (D, "Lisa Marwood", "If we’d done nothing, we’d be paying less.", None),
        (P, "British Institute of Innkeeping", "a marked increase", None),
        (I, "Pubs Code Adjudicator", "it had received referrals from several Redwell tenants", None),
        (P, "Anthony Pryor", "artificially low", None),
        (P, "Anthony Pryor", "catching up", None),
        (D, "Anthony Pryor", "Redwell isn’t an outlier. What’s different is that its tenants have organised,", None),
        (I, "Campaign for Real Ale", "it feared some of the pubs affected could close permanently", None),
        (P, "Campaign for Real Ale", "think again", None),
        (I, "Graham Tolley", "the company would meet a delegation of tenants before Christmas and would look again at "
            "any case where a tenant could show the new rent was unaffordable", None),
    ],
    "actors": [
        actor("Redwell tenants", "group", title="tenants (signatories of an open letter)", affiliation="Redwell Inns",
              aliases=["Redwell tenants"], stance=-1),
        actor("Redwell Inns", "organisation", title="pub company", affiliation=None, aliases=["Redwell Inns", "Redwell"],
              stance=1),
        actor("Graham Tolley", "person", title="chief executive", affiliation="Redwell Inns",
              aliases=["Graham Tolley", "Tolley"], stance=1),
        actor("Lisa Marwood", "person", title="tenant, Kings Arms (Wigan)", affiliation=None,
              aliases=["Lisa Marwood", "Marwood"], stance=-1),
        actor("British Institute of Innkeeping", "organisation", title="trade body", affiliation=None,
              aliases=["British Institute of Innkeeping", "BII"], stance=0),
        actor("Pubs Code Adjudicator", "government", title="pubs code regulator", affiliation=None,
              aliases=["Pubs Code Adjudicator"], stance=0),
        actor("Anthony Pryor", "person", title="director of licensed property", affiliation="Hartwell Carey",
              aliases=["Anthony Pryor", "Pryor"], stance=1),
        actor("Campaign for Real Ale", "organisation", title="consumer group", affiliation=None,
              aliases=["Campaign for Real Ale", "CAMRA"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Myanmar Times (Myanmar) local government (rubbish uncollected as trucks lack diesel), headline without
#    speech, byline and "Wednesday, 02 December 2026" lines, curly “ ” and ’, honorifics U and Daw; lede content
#    before "residents say"; YCDC "said on Monday that A"; deputy department head named after the first stretch of
#    a split quote; "He said A and that normal collection would resume “...”" (indirect plus partial); scare
#    so-called “zero waste” campaign; "Residents of South Okkalapa Township said A" (a second group); tea-shop owner
#    named after the first stretch of a split quote; lecturer "warned that A", "he said"; private company "told The
#    Myanmar Times A but had not yet B" (one span); anonymous ward administrator "said A", then "the administrator
#    said"; "Some shop owners ... have started burning waste" (not speech); "According to YCDC figures, A".
ARTICLES[f"{BATCH}/yangon-rubbish-collection-diesel.gold.json"] = {
    "article": f"{BATCH}/yangon-rubbish-collection-diesel.txt",
    "target": "Yangon City Development Committee",
    "quotes": [
        (I, "residents", "Household waste has gone uncollected for more than two weeks in at least six Yangon "
            "townships", None),
        (I, "Yangon City Development Committee", "112 of its 340 rubbish trucks were out of service because its fuel "
            "allocation had been cut by half since October", None),
        (D, "U Tin Maung Oo", "We are collecting rubbish on the main roads and at the markets first, because those are "
            "the places where the health risk is greatest,", None),
        (D, "U Tin Maung Oo", "The smaller streets will have to wait until the fuel situation improves.", None),
        (I, "U Tin Maung Oo", "the department was renting 30 private trucks to clear the worst-affected wards", None),
        (P, "U Tin Maung Oo", "within ten days", None),
        (S, None, "zero waste", None),
        (I, "Residents of South Okkalapa Township", "rats had become a common sight around the piles, which in some "
            "streets have spilled into drains", None),
        (D, "Daw Khin Myat Noe", "The smell comes into the house at night. My children cannot sleep,", None),
        (D, "Daw Khin Myat Noe", "We pay the YCDC tax every year. Where is the service?", None),
        (I, "Aung Zaw Lin", "standing water trapped in uncollected rubbish could lead to more cases of dengue and "
            "diarrhoea, especially among children", None),
        (D, "Aung Zaw Lin", "This is not only a question of cleanliness. It is a question of disease. The city must find "
            "a way to collect it, fuel or no fuel,", None),
        (I, "Green Lotus Services", "it had been approached by YCDC last week but had not yet agreed on terms", None),
        (I, "ward administrator in Thaketa Township", "volunteers had begun carrying rubbish to a collection point by "
            "trishaw every evening", None),
        (D, "ward administrator in Thaketa Township", "We cannot wait for the YCDC. If we wait, the whole street will be "
            "full,", None),
        (I, "Yangon City Development Committee", "Yangon produces about 2,700 tonnes of household waste a day, most of "
            "which goes to the Htein Bin and Shwe Pyi Thar dumping sites", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of the affected townships", affiliation=None,
              aliases=["residents"], stance=-1),
        actor("Yangon City Development Committee", "government", title="city authority", affiliation="Yangon",
              aliases=["Yangon City Development Committee", "YCDC", "the committee"], stance=1),
        actor("U Tin Maung Oo", "person", title="deputy head, Pollution Control and Cleansing Department",
              affiliation="Yangon City Development Committee", aliases=["U Tin Maung Oo", "Tin Maung Oo"], stance=1),
        actor("Residents of South Okkalapa Township", "group", title="residents", affiliation=None,
              aliases=["Residents of South Okkalapa Township"], stance=-1),
        actor("Daw Khin Myat Noe", "person", title="tea shop owner, 42", affiliation=None,
              aliases=["Daw Khin Myat Noe", "Khin Myat Noe"], stance=-1),
        actor("Aung Zaw Lin", "person", title="lecturer", affiliation="University of Public Health, Yangon",
              aliases=["Aung Zaw Lin", "Dr Aung Zaw Lin"], stance=-1),
        actor("Green Lotus Services", "organisation", title="private collection company", affiliation=None,
              aliases=["Green Lotus Services"], stance=0),
        actor("ward administrator in Thaketa Township", "person", title="ward administrator (anonymous)",
              affiliation=None, aliases=["ward administrator in Thaketa Township", "the administrator"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Emirates 24|7 (UAE) real estate (a delayed off-plan tower), headline with a straight single fragment "Azure Crest
#    says delayed JVC tower 'on track' ...", standfirst without speech, byline and "Published: December 03, 2026,
#    14:20" lines, straight " and apostrophes, British punctuation outside closing marks, "Dh780,000", "per cent";
#    developer "has said its delayed ... tower ... is "..." to be handed over ..." (partial only); "In a statement to
#    Emirates 24|7, the developer said A and that B" (one span); chief executive "said the delays were caused by
#    "..." , including ..." (partial only), two quotes with "he said" between; group "Buyers, however, said A";
#    buyer named after the first stretch of a split quote (her quote contains "they said"); anonymous "Another
#    buyer, ..., who asked not to be named, said A", "she said"; regulator "said the ... account was "..." and that
#    B" (partial plus indirect); scare so-called "secondary off-plan" market; anonymous broker "speaking on
#    condition of anonymity, said A", then "the broker said"; content before "according to Dunecrest Analytics".
ARTICLES[f"{BATCH}/azure-crest-jvc-tower-delay.gold.json"] = {
    "article": f"{BATCH}/azure-crest-jvc-tower-delay.txt",
    "target": "Azure Crest Properties",
    "quotes": [
        (P, "Azure Crest Properties", "on track", "JVC tower 'on track'"),
        (P, "Azure Crest Properties", "on track", "is \"on track\""),
        (I, "Azure Crest Properties", "construction was now 71 per cent complete and that the tower's facade would be "
            "finished by March", None),
        (P, "Faisal Al Marzooqi", "factors outside our control", None),
        (D, "Faisal Al Marzooqi", "We have never stopped building, and we have never asked buyers for a single dirham "
            "more than their contracts,", None),
        (D, "Faisal Al Marzooqi", "Every buyer who wants to exit can do so with a full refund through the escrow "
            "account.", None),
        (I, "Buyers", "they had heard similar promises before", None),
        (D, "Priya Nair", "In 2024 they said 2025. In 2025 they said 2026. Now it is 2027,", None),
        (D, "Priya Nair", "I am paying rent and a mortgage at the same time.", None),
        (I, "Another buyer", "she had applied for a refund in June but had still not received it", None),
        (D, "Another buyer", "They keep asking for more documents. Every month it is a new form,", None),
        (P, "Dubai Land Department", "fully compliant", None),
        (I, "Dubai Land Department", "it was monitoring progress on site", None),
        (S, None, "secondary off-plan", None),
        (I, "Dubai-based broker", "units in Crest Residences were changing hands at 10 to 15 per cent below their launch "
            "prices", None),
        (D, "Dubai-based broker", "Buyers don't trust the date any more. Until they see the building finished, the "
            "discount will stay,", None),
        (I, "Dunecrest Analytics", "Off-plan sales accounted for 58 per cent of all residential transactions in Dubai "
            "in the first ten months of 2026", None),
    ],
    "actors": [
        actor("Azure Crest Properties", "organisation", title="developer", affiliation=None,
              aliases=["Azure Crest Properties", "Azure Crest", "the developer"], stance=1),
        actor("Faisal Al Marzooqi", "person", title="chief executive", affiliation="Azure Crest Properties",
              aliases=["Faisal Al Marzooqi", "Al Marzooqi"], stance=1),
        actor("Buyers", "group", title="buyers in Crest Residences", affiliation=None, aliases=["Buyers"], stance=-1),
        actor("Priya Nair", "person", title="engineer, buyer", affiliation=None, aliases=["Priya Nair", "Nair"],
              stance=-1),
        actor("Another buyer", "person", title="British teacher, buyer (anonymous)", affiliation=None,
              aliases=["Another buyer"], stance=-1),
        actor("Dubai Land Department", "government", title="land and property regulator", affiliation="Dubai",
              aliases=["Dubai Land Department", "DLD"], stance=0),
        actor("Dubai-based broker", "person", title="off-plan resale broker (anonymous)", affiliation=None,
              aliases=["Dubai-based broker", "the broker"], stance=-1),
        actor("Dunecrest Analytics", "organisation", title="property data firm", affiliation=None,
              aliases=["Dunecrest Analytics"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Haitian Times (Haitian diaspora, US) culture (a city crew paints over a mural), headline without speech,
#    byline and date lines, dateline "MIAMI —", curly “ ” and ’, accented names (Mérisier, Sanité Bélair), US
#    punctuation inside closing marks; city "said in a statement Monday that the wall had been “...” in ... and that
#    it was “...” to ..." (two partials); artist "said A"; quote split by "Bastien told The Haitian Times", its second
#    stretch open at the end of its line, then a closed quote-only paragraph; director "said A and that a signed copy
#    hangs “...”" (indirect plus partial), then a question "she asked"; commissioner "called the removal “...” and
#    said B" (partial plus indirect), quote split by "Augustin said"; scare so-called “climate gentrification”;
#    "Residents at the vigil said A"; resident named after her quote; city spokesperson "said A", "He did not say
#    whether ..." (negated); "Bastien said A".
ARTICLES[f"{BATCH}/little-haiti-mural-painted-over.gold.json"] = {
    "article": f"{BATCH}/little-haiti-mural-painted-over.txt",
    "target": "City of Miami",
    "quotes": [
        (P, "City of Miami", "mistakenly included", None),
        (P, "City of Miami", "exploring options", None),
        (I, "Marjorie Bastien", "she learned what had happened from a neighbor’s video on Instagram", None),
        (D, "Marjorie Bastien", "I drove over there and just stood on the sidewalk. Two summers of work, gone in an "
            "afternoon,", None),
        (D, "Marjorie Bastien", "Nobody called me. Nobody knocked on the door of the center.", None),
        (D, "Marjorie Bastien", "These are the people who made Haiti free. Dessalines, Toussaint, Sanité Bélair. For the "
            "kids in this neighborhood, that wall was a history book.", None),
        (I, "Yolette Mérisier", "the organization had obtained a city permit for the mural in 2023", None),
        (P, "Yolette Mérisier", "framed in my office.", None),
        (D, "Yolette Mérisier", "If this had been a mural in Coconut Grove or Brickell, do you think this would have "
            "happened?", None),
        (P, "Renel Augustin", "a painful mistake", None),
        (I, "Renel Augustin", "he had asked the city manager for a full account of how the work order was issued", None),
        (D, "Renel Augustin", "The city owes this community more than an apology,", None),
        (D, "Renel Augustin", "It owes them a wall.", None),
        (S, None, "climate gentrification", None),
        (I, "Residents at the vigil", "the city had never shown the same care for Little Haiti as for wealthier "
            "neighborhoods", None),
        (D, "Marie-Claude Joseph", "My grandson learned who Sanité Bélair was from that wall,", None),
        (I, "Daniel Ocampo", "the Department of Resilience and Public Works had suspended the contractor crew involved "
            "pending a review", None),
        (I, "Marjorie Bastien", "she was willing to repaint the mural if the city covered the cost of paint and "
            "scaffolding, which she estimated at about $18,000", None),
    ],
    "actors": [
        actor("City of Miami", "government", title="city government", affiliation=None,
              aliases=["City of Miami", "the city"], stance=0),
        actor("Marjorie Bastien", "person", title="artist, 36", affiliation=None,
              aliases=["Marjorie Bastien", "Bastien"], stance=-1),
        actor("Yolette Mérisier", "person", title="executive director", affiliation="Little Haiti Cultural Alliance",
              aliases=["Yolette Mérisier", "Mérisier"], stance=-1),
        actor("Renel Augustin", "person", title="City Commissioner", affiliation="City of Miami",
              aliases=["Renel Augustin", "Augustin"], stance=-1),
        actor("Residents at the vigil", "group", title="residents", affiliation=None,
              aliases=["Residents at the vigil"], stance=-1),
        actor("Marie-Claude Joseph", "person", title="resident, 71", affiliation=None,
              aliases=["Marie-Claude Joseph", "Joseph"], stance=-1),
        actor("Daniel Ocampo", "person", title="city spokesperson", affiliation="City of Miami",
              aliases=["Daniel Ocampo", "Ocampo"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
