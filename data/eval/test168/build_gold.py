"""Build the test168 gold files (data/eval/test168/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test168/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test168.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test168"

ARTICLES: dict[str, dict] = {}


# ---------------------------------------------------------------------------------------------
# 1. The Guardian (Nigeria) health (the drug regulator recalls a children's cough syrup), headline without speech,
#    "From ..., Lagos" byline, straight double quotes; "According to NAFDAC, A"; director in an apposition "said A but
#    that B" (one span), quote with "Okafor told The Guardian", then a quote-only paragraph, "He added that A";
#    company statement "said it had "voluntarily" stopped ... and was cooperating ..." (partial only, no second
#    subject); managing director "Bankole said"; paediatrician in an apposition "said A", "she said"; society
#    "described the findings as "..." and said B"; group "Traders at the Idumota drug market said A"; mother in an
#    apposition "said A", "she said" (her quote reports the hospital and the label); scare so-called "sweet poison";
#    commissioner "said A but warned against "..."" (indirect plus partial); closing "NAFDAC said it would A".
ARTICLES[f"{BATCH}/medivance-cough-syrup-recall.gold.json"] = {
    "article": f"{BATCH}/medivance-cough-syrup-recall.txt",
    "target": "Medivance Pharmaceuticals Limited",
    "quotes": [
        (I, "National Agency for Food and Drug Administration and Control", "samples of Medikof Junior syrup collected "
            "in Kano and Ibadan contained the toxic solvent at levels up to 40 times the permitted limit", None),
        (I, "Chinedu Okafor", "no deaths had been linked to the syrup but that two children admitted in Kano last month "
            "were still being investigated", None),
        (D, "Chinedu Okafor", "We are not waiting for a tragedy before we act. Any parent who has this syrup at home "
            "should stop using it today and return it to the pharmacy,", None),
        (D, "Chinedu Okafor", "Our inspectors are at the factory in Ikeja and we have sealed the production line "
            "involved.", None),
        (I, "Chinedu Okafor", "the agency had traced the solvent to a consignment of propylene glycol imported through "
            "Apapa port in June", None),
        (P, "Medivance Pharmaceuticals Limited", "voluntarily", None),
        (D, "Adewale Bankole", "Medivance has produced safe medicines for Nigerian families for 26 years. We were "
            "supplied a contaminated raw material and we will hold our supplier to account,", None),
        (I, "Folake Adeyemi", "manufacturers could not blame suppliers for what their own quality control should have "
            "caught", None),
        (D, "Folake Adeyemi", "Every drum of glycol that enters a factory must be tested. That is the basic rule, not an "
            "extra,", None),
        (P, "Pharmaceutical Society of Nigeria", "deeply troubling", None),
        (I, "Pharmaceutical Society of Nigeria", "community pharmacists had been told to quarantine the syrup", None),
        (I, "Traders at the Idumota drug market", "many of them had not heard about the recall until journalists "
            "arrived on Tuesday", None),
        (I, "Fatima Lawal", "he had taken the syrup for a week before he stopped passing urine", None),
        (D, "Fatima Lawal", "They told us at the hospital that it was the medicine. I bought it because the label said "
            "it was for children,", None),
        (S, None, "sweet poison", None),
        (I, "Babatunde Ogunleye", "the state would support NAFDAC's inspection", None),
        (P, "Babatunde Ogunleye", "panic buying", None),
        (I, "National Agency for Food and Drug Administration and Control", "it would publish the results of its "
            "factory inspection within two weeks", None),
    ],
    "actors": [
        actor("National Agency for Food and Drug Administration and Control", "government", title="drug regulator",
              affiliation="Nigeria", aliases=["National Agency for Food and Drug Administration and Control", "NAFDAC",
              "The agency"], stance=-1),
        actor("Chinedu Okafor", "person", title="Director of Pharmacovigilance",
              affiliation="National Agency for Food and Drug Administration and Control",
              aliases=["Dr Chinedu Okafor", "Chinedu Okafor", "Okafor"], stance=-1),
        actor("Medivance Pharmaceuticals Limited", "organisation", title="drug manufacturer", affiliation="Lagos",
              aliases=["Medivance Pharmaceuticals Limited", "Medivance"], stance=1),
        actor("Adewale Bankole", "person", title="Managing Director", affiliation="Medivance Pharmaceuticals Limited",
              aliases=["Mr Adewale Bankole", "Adewale Bankole", "Bankole"], stance=1),
        actor("Folake Adeyemi", "person", title="consultant paediatrician",
              affiliation="Lagos University Teaching Hospital (LUTH)", aliases=["Dr Folake Adeyemi", "Folake Adeyemi",
              "Adeyemi"], stance=-1),
        actor("Pharmaceutical Society of Nigeria", "organisation", title="pharmacists' professional body",
              affiliation="Nigeria", aliases=["Pharmaceutical Society of Nigeria", "PSN"], stance=-1),
        actor("Traders at the Idumota drug market", "group", title="drug traders", affiliation="Lagos",
              aliases=["Traders at the Idumota drug market"], stance=None),
        actor("Fatima Lawal", "person", title="mother of three (Kano), her son was admitted", affiliation=None,
              aliases=["Fatima Lawal", "Lawal"], stance=-1),
        actor("Babatunde Ogunleye", "person", title="Commissioner for Health", affiliation="Lagos State",
              aliases=["Dr Babatunde Ogunleye", "Babatunde Ogunleye", "Ogunleye"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Muscat Daily (Oman) local government (paid parking starts on the Muttrah Corniche), headline with a curly single
#    fragment "Muttrah traders fear ‘empty souq’ ...", "Muscat –" line, curly “ ” and ’; director general named after
#    his quote (Omani naming, "Rawahi told Muscat Daily that A and that B"), "he added"; municipality "said in a
#    statement on X that A and that B" (one span); group "Muttrah traders said A"; shopkeeper named after his quote,
#    then a quote-only paragraph; anonymous "Another shopkeeper, who asked not to be named, said A"; Shura member
#    "said A and would B" (one span), "Harthy said"; scare so-called “smart parking” meters; group "Taxi drivers at the
#    Corniche said A", then a quote in the same paragraph with "one driver said"; "According to the National Centre
#    for Statistics and Information, A"; closing "The municipality said it would A".
ARTICLES[f"{BATCH}/muttrah-paid-parking.gold.json"] = {
    "article": f"{BATCH}/muttrah-paid-parking.txt",
    "target": "Muscat Municipality",
    "quotes": [
        (P, "Muttrah traders", "empty souq", None),
        (D, "Salim bin Hamad al Rawahi", "The Corniche was built for people to enjoy, not to sit in traffic looking for a "
            "space. Paid parking keeps the spaces moving, so more visitors can actually stop,", None),
        (I, "Salim bin Hamad al Rawahi", "the fees would be reviewed after six months and that residents with a Muttrah "
            "address could apply for a free permit", None),
        (D, "Salim bin Hamad al Rawahi", "We studied Old Muscat and Qurum before we decided. In both places, turnover "
            "went up after the fees,", None),
        (I, "Muscat Municipality", "more than 3,000 permits had already been issued to residents and that the revenue "
            "would fund shaded walkways along the Corniche", None),
        (I, "Muttrah traders", "footfall in the souq had fallen by half since the meters went up last week", None),
        (D, "Rajesh Menon", "On a normal Sunday evening this lane is full. Tonight I have sold two scarves,", None),
        (D, "Rajesh Menon", "The tourists from the cruise ships still come, but the Omani families who come on weekends, "
            "they go to the malls now. At the mall the parking is free.", None),
        (I, "Another shopkeeper", "the municipality had not consulted the souq’s traders before the decision", None),
        (I, "Hilal bin Saif al Harthy", "he had raised the issue with the municipality and would ask for the fees to be "
            "dropped on weekends", None),
        (D, "Hilal bin Saif al Harthy", "Nobody is against organising the parking. But the souq is not a shopping mall, "
            "and it cannot survive if its customers are punished for visiting,", None),
        (S, None, "smart parking", None),
        (I, "Taxi drivers at the Corniche", "they had seen more passengers since Sunday", None),
        (D, "one driver", "People leave the car at home and take a taxi. For us it is good,", None),
        (I, "National Centre for Statistics and Information", "Muttrah had 58,400 residents at the end of last year",
            None),
        (I, "Muscat Municipality", "it would add 150 spaces at a new car park behind the fish market by the end of the "
            "year", None),
    ],
    "actors": [
        actor("Muttrah traders", "group", title="shopkeepers in Muttrah Souq", affiliation=None,
              aliases=["Muttrah traders"], stance=-1),
        actor("Salim bin Hamad al Rawahi", "person", title="Director General of Roads",
              affiliation="Muscat Municipality", aliases=["Eng Salim bin Hamad al Rawahi", "Salim bin Hamad al Rawahi",
              "Rawahi"], stance=1),
        actor("Muscat Municipality", "government", title="municipality", affiliation="Oman",
              aliases=["Muscat Municipality", "the municipality", "The municipality"], stance=1),
        actor("Rajesh Menon", "person", title="textile shop owner in the souq", affiliation=None,
              aliases=["Rajesh Menon", "Menon"], stance=-1),
        actor("Another shopkeeper", "person", title="shopkeeper (anonymous)", affiliation=None,
              aliases=["Another shopkeeper"], stance=-1),
        actor("Hilal bin Saif al Harthy", "person", title="Shura Council member for Muttrah", affiliation="Shura Council",
              aliases=["Hilal bin Saif al Harthy", "Harthy"], stance=-1),
        actor("Taxi drivers at the Corniche", "group", title="taxi drivers", affiliation=None,
              aliases=["Taxi drivers at the Corniche"], stance=1),
        actor("one driver", "person", title="taxi driver (anonymous)", affiliation=None, aliases=["one driver"],
              stance=1),
        actor("National Centre for Statistics and Information", "government", title="statistics office",
              affiliation="Oman", aliases=["National Centre for Statistics and Information"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Post-Courier (Papua New Guinea) courts/environment (the National Court stops an oil palm company clearing
#    customary land), headline without speech, byline in capitals, lede opening "THE National Court", straight double
#    quotes, "Mr"/"Ms"/"Mrs", "K" (kina); judge quote with "Justice Kaupa said", "He said the landowners had raised
#    "..." about ..., and set the trial for August" (partial only; "set the trial" is an act); landowner leader "said
#    A", quote with "Mr Yakam told the Post-Courier", then a quote-only paragraph; company lawyer "told the court A and
#    had B" (one span), "He said outside court that A but would B" (one span), "Mr Tamean said"; scare so-called
#    "special agriculture and business lease" scheme ("which a Commission of Inquiry ... found ...": not a cue);
#    NGO lawyer in an apposition "said A", "she said"; villager "said A", "she said"; authority "said in a statement
#    that A and had B" (one span); "According to CEPA, A"; administrator "said A "but not at the expense of ..."" (indirect
#    plus partial).
ARTICLES[f"{BATCH}/markham-valley-oil-palm-injunction.gold.json"] = {
    "article": f"{BATCH}/markham-valley-oil-palm-injunction.txt",
    "target": "Waria Agro Plantations Ltd",
    "quotes": [
        (D, "Peter Kaupa", "The damage that is alleged cannot be undone by an award of money. Once the forest is gone, it "
            "is gone,", None),
        (P, "Peter Kaupa", "serious questions", None),
        (I, "Joseph Yakam", "his people had waited two years for someone to listen", None),
        (D, "Joseph Yakam", "They came with police and bulldozers and they told us the land was theirs now. Our mothers "
            "were crying in their gardens,", None),
        (D, "Joseph Yakam", "Today the court has listened. We will go home and tell our people the bulldozers must "
            "stop.", None),
        (I, "Kevin Tamean", "the company held a valid lease issued in 2019 and had paid K1.2 million in royalties to an "
            "incorporated land group", None),
        (I, "Kevin Tamean", "the company would comply with the order but would ask the Supreme Court to set it aside",
            None),
        (D, "Kevin Tamean", "Our client has 450 local employees who are now standing idle. That is also a cost to this "
            "province,", None),
        (S, None, "special agriculture and business lease", None),
        (I, "Priscilla Wenge", "the incorporated land group had been set up without the knowledge of most clan members",
            None),
        (D, "Priscilla Wenge", "The people who signed for that land group do not speak for the clans. Some of them do not "
            "even live in the valley,", None),
        (I, "Naomi Sakai", "the bulldozers had destroyed her family's betel nut and cocoa trees", None),
        (D, "Naomi Sakai", "That was my children's school fees,", None),
        (I, "Conservation and Environment Protection Authority", "it was reviewing the company's environment permit and "
            "had sent officers to the site", None),
        (I, "Conservation and Environment Protection Authority", "the permit allows clearing of no more than 150 hectares "
            "a year", None),
        (I, "Thomas Gawi", "the provincial government supported investment in agriculture", None),
        (P, "Thomas Gawi", "but not at the expense of our people's land", None),
    ],
    "actors": [
        actor("Peter Kaupa", "person", title="National Court judge", affiliation="National Court (Lae)",
              aliases=["Justice Peter Kaupa", "Peter Kaupa", "Justice Kaupa", "Kaupa"], stance=-1),
        actor("Joseph Yakam", "person", title="leader of the Oomsis-Gabsongkeg landowners", affiliation=None,
              aliases=["Mr Joseph Yakam", "Joseph Yakam", "Mr Yakam", "Yakam"], stance=-1),
        actor("Kevin Tamean", "person", title="company lawyer", affiliation="Waria Agro Plantations Ltd",
              aliases=["Mr Kevin Tamean", "Kevin Tamean", "Mr Tamean", "Tamean"], stance=1),
        actor("Priscilla Wenge", "person", title="lawyer representing the landowners",
              affiliation="Centre for Environmental Law and Community Rights (CELCOR)",
              aliases=["Ms Priscilla Wenge", "Priscilla Wenge", "Wenge"], stance=-1),
        actor("Naomi Sakai", "person", title="mother of five, Gabsongkeg village", affiliation=None,
              aliases=["Mrs Naomi Sakai", "Naomi Sakai", "Sakai"], stance=-1),
        actor("Conservation and Environment Protection Authority", "government", title="environment regulator",
              affiliation="Papua New Guinea", aliases=["Conservation and Environment Protection Authority", "CEPA"],
              stance=0),
        actor("Thomas Gawi", "person", title="Morobe provincial administrator", affiliation="Morobe Provincial Government",
              aliases=["Mr Thomas Gawi", "Thomas Gawi", "Gawi"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Farmers Weekly (UK) agricultural trade press (a dairy processor cuts its milk price), headline with a straight
#    single fragment "... 'a kick in the teeth', says NFU", standfirst without speech, byline after the standfirst,
#    British straight single quotes '...' with apostrophes inside (can't, won't, they're, We've, I'll) and outside
#    (last year's, competitors', days'), "p/litre", "%"; lede content before "the processor has confirmed"; letter
#    "said A and that it could '...'" (indirect plus partial); MD "said the company had '...' to delay the cut"
#    (partial only), "he said", then a quote-only paragraph; board chairman in an apposition "described the cut as
#    '...' for ..." (partial only), "he said" (quote ends in a question); "According to AHDB, A"; farmer "said A",
#    "she said"; anonymous supplier "said A but that B" (one span); analyst "said ... was '...' with ... and that B"
#    (partial plus indirect), "Mr Ashby said"; scare so-called 'milk price tracker'; "A Defra spokesperson said A";
#    closing "Westvale said A".
ARTICLES[f"{BATCH}/westvale-dairies-milk-price-cut.gold.json"] = {
    "article": f"{BATCH}/westvale-dairies-milk-price-cut.txt",
    "target": "Westvale Dairies",
    "quotes": [
        (P, "NFU", "a kick in the teeth", "Westvale milk price cut"),
        (I, "Westvale Dairies", "Westvale Dairies will cut its standard litre price to 36.5p from 1 March", None),
        (I, "Westvale Dairies", "wholesale butter prices had fallen by 18% since October", None),
        (P, "Westvale Dairies", "no longer hold the price at a level the market does not support", None),
        (P, "Graham Holt", "done everything possible", None),
        (D, "Graham Holt", "Nobody in this business wants to take money away from farmers. But we sell into the same "
            "markets as everyone else, and we can't pay a price the market won't pay us,", None),
        (D, "Graham Holt", "When the markets turn, and they will, our members will be the first to see it.", None),
        (P, "Rhodri Evans", "a kick in the teeth", "described the cut as"),
        (D, "Rhodri Evans", "Westvale told farmers in December that the worst was over. Two months later they're cutting "
            "again. How is anyone meant to plan a business like that?", None),
        (I, "AHDB", "the average cost of producing a litre of milk in Great Britain was 38.2p last year", None),
        (I, "Claire Wheddon", "the cut would take about £4,000 a month out of her business", None),
        (D, "Claire Wheddon", "We've already put the new parlour on hold. If it goes much lower, I'll be looking at the "
            "herd numbers,", None),
        (I, "Another Westvale supplier", "several neighbours had begun talks with other processors but that most were "
            "tied into 12-month notice periods", None),
        (P, "Tom Ashby", "broadly in line", None),
        (I, "Tom Ashby", "prices should recover by the autumn", None),
        (D, "Tom Ashby", "Westvale isn't an outlier here. The question is whether farmers can get through the next six "
            "months,", None),
        (S, None, "milk price tracker", None),
        (I, "Defra spokesperson", "the government's new dairy contract regulations, which came into force last year, "
            "required processors to give suppliers at least 30 days' notice of any price change", None),
        (I, "Westvale Dairies", "it had met that requirement", None),
    ],
    "actors": [
        actor("NFU", "organisation", title="farmers' union", affiliation="UK", aliases=["NFU"], stance=-1),
        actor("Westvale Dairies", "organisation", title="milk processor", affiliation=None,
              aliases=["Westvale Dairies", "Westvale", "the processor"], stance=1),
        actor("Graham Holt", "person", title="managing director", affiliation="Westvale Dairies",
              aliases=["Graham Holt", "Holt"], stance=1),
        actor("Rhodri Evans", "person", title="dairy board chairman", affiliation="NFU",
              aliases=["Rhodri Evans", "Evans"], stance=-1),
        actor("AHDB", "organisation", title="levy board (production costs)", affiliation="UK", aliases=["AHDB"],
              stance=None),
        actor("Claire Wheddon", "person", title="dairy farmer near Shepton Mallet, Somerset", affiliation=None,
              aliases=["Claire Wheddon", "Wheddon"], stance=-1),
        actor("Another Westvale supplier", "person", title="supplier (anonymous)", affiliation=None,
              aliases=["Another Westvale supplier"], stance=-1),
        actor("Tom Ashby", "person", title="dairy analyst", affiliation="Milkpath",
              aliases=["Tom Ashby", "Ashby", "Mr Ashby"], stance=1),
        actor("Defra spokesperson", "person", title="spokesperson", affiliation="Defra",
              aliases=["Defra spokesperson"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
