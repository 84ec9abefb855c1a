"""Build the dev203 gold files (data/eval/dev203/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev203/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev203.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev203"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. HINA (Croatian news agency, English service) culture (the national theatre in Split cancels a premiere
#    after a ministry grant cut), headline without speech, dateline "SPLIT, Dec 3 (Hina) -", straight " and
#    apostrophes, British punctuation outside closing marks, "percent"; lede participial "saying A" (the
#    theatre); "According to the theatre, A"; intendant "told a press conference that A, "..."" (partial
#    only: the fragment is part of the reported clause); quote split by "Radić said"; ministry "said in a
#    written reply to Hina that A and that B "..." to ..." (indirect plus partial); scare so-called "regional
#    balance" model; minister "stressed that A and that B "..."" (indirect plus partial), quote before
#    "Perković told reporters in Zagreb"; mayor "said A but could not B" (one span), quote with "Bilić said";
#    artists' association "said in a statement the cut was "..."" (partial only); party "accused the ministry
#    of "..." and said B" (partial plus indirect); critic "noted that A, but that B was "..."" (indirect plus
#    partial); group "Ticket holders who gathered in front of the theatre ... said A".
ARTICLES[f"{BATCH}/hnk-split-premiere-cancelled-ministry-cut.gold.json"] = {
    "article": f"{BATCH}/hnk-split-premiere-cancelled-ministry-cut.txt",
    "target": "Ministry of Culture and Media",
    "quotes": [
        (I, "Croatian National Theatre", "it could not cover their costs after the Ministry of Culture and "
            "Media cut its programme grant for next year by 40 percent", None),
        (I, "Croatian National Theatre", "more than 90 percent of the tickets for the premiere had already "
            "been sold", None),
        (P, "Vesna Radić", "without any explanation or consultation", None),
        (D, "Vesna Radić", "We have 120 employees, an orchestra, a choir and a ballet ensemble. You cannot run that on "
            "promises,", None),
        (D, "Vesna Radić", "The audience is not to blame for anything, and neither are the artists.", None),
        (I, "Ministry of Culture and Media", "the overall budget for theatres had not been reduced", None),
        (P, "Ministry of Culture and Media", "according to clear criteria", None),
        (S, None, "regional balance", None),
        (I, "Dora Perković", "HNK Split received more money from the state than any other theatre outside Zagreb",
            None),
        (P, "Dora Perković", "learn to live within its means", None),
        (D, "Dora Perković", "Nobody is closing the theatre in Split. We are asking every institution to plan "
            "responsibly, and most of them do,", None),
        (I, "Ante Bilić", "the city, which co-funds the theatre, would cover part of the shortfall in its 2027 budget "
            "but could not replace the state's share", None),
        (D, "Ante Bilić", "Split is not asking for favours, only for what it has had for thirty years. This decision "
            "was made in an office in Zagreb by people who have never seen our stage,", None),
        (P, "Croatian Association of Dramatic Artists", "a blow to the cultural life of the whole of Dalmatia", None),
        (P, "Možemo!", "punishing Split for its politics", None),
        (I, "Možemo!", "they would raise the issue in parliament next week", None),
        (I, "Igor Šimić", "the theatre's spending on guest soloists had tripled since 2022", None),
        (P, "Igor Šimić", "hard to justify", None),
        (I, "Ticket holders who gathered in front of the theatre", "they had not been told whether they would get "
            "their money back", None),
    ],
    "actors": [
        actor("Croatian National Theatre", "organisation", title="national theatre", affiliation="Split",
              aliases=["Croatian National Theatre", "HNK", "HNK Split", "the theatre"], stance=-1),
        actor("Vesna Radić", "person", title="intendant", affiliation="Croatian National Theatre (HNK Split)",
              aliases=["Vesna Radić", "Radić"], stance=-1),
        actor("Ministry of Culture and Media", "government", title="ministry", affiliation="Croatia",
              aliases=["Ministry of Culture and Media", "the ministry"], stance=1),
        actor("Dora Perković", "person", title="Minister of Culture and Media", affiliation="Croatian government",
              aliases=["Dora Perković", "Perković"], stance=1),
        actor("Ante Bilić", "person", title="Mayor of Split", affiliation="City of Split",
              aliases=["Ante Bilić", "Bilić"], stance=-1),
        actor("Croatian Association of Dramatic Artists", "organisation", title="artists' association",
              affiliation="Croatia", aliases=["Croatian Association of Dramatic Artists", "HDDU"], stance=-1),
        actor("Možemo!", "organisation", title="green-left party (its deputies)", affiliation="Croatia",
              aliases=["Možemo!"], stance=-1),
        actor("Igor Šimić", "person", title="theatre critic", affiliation="Kritika.hr",
              aliases=["Igor Šimić", "Šimić"], stance=0),
        actor("Ticket holders who gathered in front of the theatre", "group", title="ticket holders",
              affiliation=None, aliases=["Ticket holders who gathered in front of the theatre"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Aruba Today local government/tourism (the tourism minister bans early palapa reservations on Eagle
#    Beach), headline with a curly single fragment "Tromp: Eagle Beach ‘belongs to everyone’ ..." (Tromp),
#    byline, dateline "ORANJESTAD —", curly “ ” and ’, US spelling, "a.m."; lede content before "Minister of
#    Tourism Edwin Tromp said on Tuesday, in a move ..." (the writer's "in a move ..." left out); scare towels
#    left to “hold” a sunbed; quote before "Tromp told reporters ..." then a quote-only paragraph; association
#    "said it supported “...” for beach use, but that B" (partial plus indirect); CEO "said A", quote with
#    "Lacle said"; group "Members of the citizens’ group Playa pa Nos welcomed the decision but said A" (the
#    welcome not annotated); quote before "said the group’s spokesperson, Jeanette Ras"; MP "said the
#    minister had “...” a proposal ... and let it sit ..." (partial only); visitor "said she supported the
#    change", "she said"; department "said it would A and would B" (one span); "According to the Aruba
#    Tourism Authority (ATA), A".
ARTICLES[f"{BATCH}/eagle-beach-palapa-reservations-tromp.gold.json"] = {
    "article": f"{BATCH}/eagle-beach-palapa-reservations-tromp.txt",
    "target": "Edwin Tromp",
    "quotes": [
        (P, "Edwin Tromp", "belongs to everyone", "Tromp: Eagle Beach"),
        (I, "Edwin Tromp", "Hotels and beach vendors on Eagle Beach will no longer be allowed to reserve palapas and "
            "sunbeds for guests before 9 a.m.", None),
        (S, None, "hold", None),
        (D, "Edwin Tromp", "The beach in Aruba belongs to everyone. A family from Santa Cruz should not arrive at "
            "eight in the morning and find every palapa covered with hotel towels,", None),
        (D, "Edwin Tromp", "We want our visitors to be happy, but not at the expense of our own people.", None),
        (P, "Aruba Hotel & Tourism Association", "clear and fair rules", None),
        (I, "Aruba Hotel & Tourism Association", "it had not been consulted on the final text of the ministerial "
            "decree", None),
        (I, "Marisol Lacle", "the 9 a.m. rule would be difficult to enforce at hotels whose guests arrive late at "
            "night on flights from the United States", None),
        (D, "Marisol Lacle", "Nobody is against local families. But you cannot change the rules for 8,000 rooms with "
            "six weeks’ notice and expect it to work on the first day,", None),
        (I, "Playa pa Nos", "inspectors would need the power to issue fines for the rules to mean anything", None),
        (D, "Jeanette Ras", "For ten years we have been asking for this. Now we want to see it on the sand, not only "
            "on paper,", None),
        (P, "Ricardo Figaroa", "copied", None),
        (I, "Linda Marchetti", "she supported the change", None),
        (D, "Linda Marchetti", "We come here for the island, not for a reserved chair. If I have to share a palapa "
            "with a local family, good,", None),
        (I, "Department of Nature and Environment", "it would hire eight additional beach inspectors before the high "
            "season and would put up signs in four languages explaining the rules", None),
        (I, "Aruba Tourism Authority", "the island welcomed more than 1.4 million stayover visitors in the first ten "
            "months of the year, a record, and hotel occupancy averaged 84 percent", None),
    ],
    "actors": [
        actor("Edwin Tromp", "person", title="Minister of Tourism", affiliation="Government of Aruba",
              aliases=["Edwin Tromp", "Tromp", "the minister"], stance=1),
        actor("Aruba Hotel & Tourism Association", "organisation", title="hotel association", affiliation="Aruba",
              aliases=["Aruba Hotel & Tourism Association", "AHATA"], stance=0),
        actor("Marisol Lacle", "person", title="chief executive", affiliation="Aruba Hotel & Tourism Association",
              aliases=["Marisol Lacle", "Lacle"], stance=-1),
        actor("Playa pa Nos", "group", title="citizens' group (its members)", affiliation="Aruba",
              aliases=["Playa pa Nos"], stance=1),
        actor("Jeanette Ras", "person", title="spokesperson", affiliation="Playa pa Nos",
              aliases=["Jeanette Ras", "Ras"], stance=1),
        actor("Ricardo Figaroa", "person", title="opposition member of Parliament", affiliation=None,
              aliases=["Ricardo Figaroa", "Figaroa"], stance=-1),
        actor("Linda Marchetti", "person", title="retired teacher, visitor from New Jersey", affiliation=None,
              aliases=["Linda Marchetti", "Marchetti"], stance=1),
        actor("Department of Nature and Environment", "government", title="government department",
              affiliation="Aruba", aliases=["Department of Nature and Environment", "DNM"], stance=None),
        actor("Aruba Tourism Authority", "organisation", title="tourism authority", affiliation="Aruba",
              aliases=["Aruba Tourism Authority", "ATA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cambodianess (Cambodia) labour (garment workers left unpaid after a factory shuts overnight), title-case
#    headline without speech, byline and date lines, dateline "KANDAL –", straight " and apostrophes, American
#    punctuation inside closing marks, "dollars"; lede "demanding ..." (directive); "A notice posted on the
#    factory gate ... said the company had suspended operations "..." and that wages would be paid "..."" (two
#    partials, the company's); group "Workers said A"; worker "said A", quote with "she said", then a quote
#    over two paragraphs (the first open); union president "said the union had documents showing A" (one
#    span), "he said"; anonymous "A Cambodian office employee at the factory, who asked not to be named ...,
#    said A"; ministry spokesman "told Cambodianess that A and had asked B" (one span), "he said"; brand "said
#    in an email that A, and that it was "..."" (indirect plus partial); association officer "said A, but that
#    such closures "..."" (indirect plus partial); "According to the Center for Alliance of Labor and Human
#    Rights (Central), A"; scare so-called "subcontract" factories.
ARTICLES[f"{BATCH}/golden-lotus-apparel-kandal-closure.gold.json"] = {
    "article": f"{BATCH}/golden-lotus-apparel-kandal-closure.txt",
    "target": "Golden Lotus Apparel",
    "quotes": [
        (P, "Golden Lotus Apparel", "due to a lack of orders", None),
        (P, "Golden Lotus Apparel", "as soon as possible.", None),
        (I, "Workers", "the factory's foreign managers had not been seen since Friday night, when trucks came to take "
            "away sewing machines and rolls of fabric", None),
        (I, "Heng Sreyneang", "she owed 1,600 dollars to a microfinance institution and could not pay this month's "
            "installment", None),
        (D, "Heng Sreyneang", "I sewed 1,200 pieces a day for them. I never missed work, even when my child was sick,",
            None),
        (D, "Heng Sreyneang", "Now they run away at night like thieves. Who will pay my loan? Who will pay for my "
            "children's school?", None),
        (D, "Heng Sreyneang", "We will stay here until the government finds them.", None),
        (I, "Vorn Sokha", "the union had documents showing the factory owed workers about 780,000 dollars in wages, "
            "seniority payments and severance", None),
        (D, "Vorn Sokha", "This is not the first time. The owners close the factory, they disappear, and the workers "
            "are left with nothing. The law must be applied to the owners, not only to the workers,", None),
        (I, "Cambodian office employee at the factory", "the managers had told administrative staff last Thursday to "
            "take a long weekend", None),
        (I, "Chhim Rithy", "the ministry had contacted the company's legal representative in Phnom Penh and had asked "
            "the buyers to help pay the workers", None),
        (D, "Chhim Rithy", "The ministry will not abandon the workers. If the owners do not come back, we will use all "
            "legal measures, including selling the factory's assets,", None),
        (I, "Nordvik", "it had ended its business with Golden Lotus in August after an audit found excessive "
            "overtime", None),
        (P, "Nordvik", "in contact with the union and the ministry.", None),
        (I, "Lim Chanthou", "Golden Lotus Apparel was not a member of the association", None),
        (P, "Lim Chanthou", "damage the reputation of the whole sector.", None),
        (I, "Center for Alliance of Labor and Human Rights", "at least 27 garment and footwear factories have closed "
            "since the start of 2025 without paying workers their full compensation", None),
        (S, None, "subcontract", None),
    ],
    "actors": [
        actor("Golden Lotus Apparel", "organisation", title="garment factory", affiliation="Kandal, Cambodia",
              aliases=["Golden Lotus Apparel", "Golden Lotus", "the company"], stance=1),
        actor("Workers", "group", title="factory workers", affiliation="Golden Lotus Apparel", aliases=["Workers"],
              stance=-1),
        actor("Heng Sreyneang", "person", title="garment worker, 34", affiliation="Golden Lotus Apparel",
              aliases=["Heng Sreyneang", "Sreyneang"], stance=-1),
        actor("Vorn Sokha", "person", title="president",
              affiliation="Collective Union of Movement of Workers", aliases=["Vorn Sokha", "Sokha"], stance=-1),
        actor("Cambodian office employee at the factory", "person", title="office employee (anonymous)",
              affiliation="Golden Lotus Apparel", aliases=["Cambodian office employee at the factory"], stance=-1),
        actor("Chhim Rithy", "person", title="spokesman", affiliation="Ministry of Labour and Vocational Training",
              aliases=["Chhim Rithy", "Rithy"], stance=-1),
        actor("Nordvik", "organisation", title="Swedish outdoor clothing brand", affiliation=None,
              aliases=["Nordvik"], stance=-1),
        actor("Lim Chanthou", "person", title="deputy secretary general",
              affiliation="Textile, Apparel, Footwear and Travel Goods Association in Cambodia",
              aliases=["Lim Chanthou", "Chanthou"], stance=-1),
        actor("Center for Alliance of Labor and Human Rights", "organisation", title="labour rights NGO",
              affiliation="Cambodia", aliases=["Center for Alliance of Labor and Human Rights", "Central"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Grocery Gazette (UK grocery trade press) retail (a regional grocer removes self-checkouts from 60
#    stores), headline with a straight single fragment "..., saying they 'frustrate' shoppers" (Pennings),
#    byline and date lines, British straight single quotes for quotes and fragments with apostrophes inside
#    (don't, It's, isn't, I'd, customers', Pennings') and a nested straight double "unexpected item in the
#    bagging area" inside a quote, "per cent", "£1.9bn"; lede content before "the regional grocer has
#    confirmed"; "The Yorkshire-based chain ... said A"; chief executive "said the machines had been introduced
#    ... but had '...'" (partial only), quote with "she said" then a quote-only paragraph; "Ashdown said A and
#    that B" (one span); scare so-called 'hybrid' tills; union officer "welcomed the move but said A" (the
#    welcome not annotated), "he said"; "According to the British Retail Consortium's latest crime survey, A";
#    analyst "said Pennings was '...', but B" (partial plus indirect), "she said"; supplier "said in a
#    statement that A and that B '...'" (indirect plus partial); anonymous "One X user wrote: '...'" (colon);
#    association "said A, with B" (one span).
ARTICLES[f"{BATCH}/pennings-self-checkouts-removed.gold.json"] = {
    "article": f"{BATCH}/pennings-self-checkouts-removed.txt",
    "target": "Pennings",
    "quotes": [
        (P, "Pennings", "frustrate", None),
        (I, "Pennings", "Pennings is to remove self-checkout machines from 60 of its smaller stores by the end of "
            "March and replace them with staffed tills", None),
        (I, "Pennings", "customer surveys showed self-checkouts were the single biggest cause of complaints in its "
            "convenience-format shops", None),
        (P, "Ruth Ashdown", "not delivered what we hoped", None),
        (D, "Ruth Ashdown", "Our customers in smaller stores want to be served by a person they know. When the "
            "machine says \"unexpected item in the bagging area\" for the third time, they don't blame the machine, "
            "they blame Pennings,", None),
        (D, "Ruth Ashdown", "It's also about theft. We have seen a 38 per cent rise in losses at self-checkout in two "
            "years, and we are not going to keep pretending that isn't happening.", None),
        (I, "Ruth Ashdown", "the change would create about 150 additional till roles and that no existing colleagues "
            "would lose hours", None),
        (S, None, "hybrid", None),
        (I, "Craig Haworth", "more staff on the shop floor had to come with proper protection from abuse", None),
        (D, "Craig Haworth", "Staff have been on the receiving end of customers' anger about these machines for five "
            "years. Pennings has listened, and other retailers should too,", None),
        (I, "British Retail Consortium", "incidents of violence and abuse against retail staff rose to more than "
            "2,000 a day last year", None),
        (P, "Natalie Ostrowska", "swimming against the tide", None),
        (I, "Natalie Ostrowska", "the move could make sense for a chain with an older customer base", None),
        (D, "Natalie Ostrowska", "The big four are adding self-checkouts, not removing them. But Pennings' shoppers "
            "are older and more loyal, and for them this could be a reason to stay,", None),
        (I, "ScanEase", "its systems were used by more than 3,000 UK stores", None),
        (P, "ScanEase", "store layout and staffing", None),
        (D, "One X user", "Finally. I'd rather queue for two minutes than argue with a robot about a bag of carrots.",
            None),
        (I, "Association of Convenience Stores", "its members were split on self-checkouts, with around a third "
            "planning to add more machines next year", None),
    ],
    "actors": [
        actor("Pennings", "organisation", title="regional grocer", affiliation="Yorkshire",
              aliases=["Pennings", "the regional grocer", "The Yorkshire-based chain"], stance=1),
        actor("Ruth Ashdown", "person", title="chief executive", affiliation="Pennings",
              aliases=["Ruth Ashdown", "Ashdown"], stance=1),
        actor("Craig Haworth", "person", title="national officer", affiliation="Usdaw",
              aliases=["Craig Haworth", "Haworth"], stance=1),
        actor("British Retail Consortium", "organisation", title="retail trade body", affiliation="UK",
              aliases=["British Retail Consortium"], stance=None),
        actor("Natalie Ostrowska", "person", title="partner", affiliation="Ridgeway Retail Partners",
              aliases=["Natalie Ostrowska", "Ostrowska"], stance=0),
        actor("ScanEase", "organisation", title="self-checkout supplier", affiliation=None, aliases=["ScanEase"],
              stance=-1),
        actor("One X user", "person", title="shopper on social media (anonymous)", affiliation=None,
              aliases=["One X user"], stance=1),
        actor("Association of Convenience Stores", "organisation", title="trade association", affiliation="UK",
              aliases=["Association of Convenience Stores"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
