"""Build the test165 gold files (data/eval/test165/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test165/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test165.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test165"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Colombo Gazette (Sri Lanka) politics/energy (the electricity board seeks a tariff hike; the opposition walks
#    out), headline without speech, date line only, straight " and apostrophes, "Rs. 62 billion", "percent"; lede
#    content before "the board said on Tuesday"; "In its proposal, the CEB said A"; "the Speaker refused to allow
#    ..." (act); chief whip named after his quote ("..., Opposition Chief Whip Chaminda Weerakoon told reporters
#    ..."), "He said the CEB's losses were the result of "..." of ... and that B" (partial plus indirect); minister
#    "defended the proposal, saying A" (act, then a participial indirect), quote with "Jayasuriya said", then a
#    quote-only paragraph; commission "said it would A"; "According to the PUCSL, A"; scare so-called
#    "cost-reflective" formula; union "said A"; anonymous "A senior CEB official, speaking on condition of anonymity,
#    told the Colombo Gazette that A"; consumer forum "said the hike would be "..." to ..." (partial only); its
#    convenor after her quote ("the forum's convenor, Dilrukshi Perera, said").
ARTICLES[f"{BATCH}/ceb-tariff-hike-opposition-walkout.gold.json"] = {
    "article": f"{BATCH}/ceb-tariff-hike-opposition-walkout.txt",
    "target": "Ceylon Electricity Board",
    "quotes": [
        (I, "Ceylon Electricity Board", "The Ceylon Electricity Board (CEB) has asked the Public Utilities Commission of "
            "Sri Lanka (PUCSL) to approve an 18 percent increase in electricity tariffs from January", None),
        (I, "Ceylon Electricity Board", "higher fuel costs and a drop in hydropower generation had left it with losses of "
            "Rs. 62 billion in the first nine months of the year", None),
        (D, "Chaminda Weerakoon", "The people were promised relief. Instead they are getting a bill they cannot pay,",
            None),
        (P, "Chaminda Weerakoon", "years of mismanagement and politically driven purchases", None),
        (I, "Chaminda Weerakoon", "consumers should not be made to pay for them", None),
        (I, "Nalaka Jayasuriya", "the board could not continue to sell electricity below the cost of producing it", None),
        (D, "Nalaka Jayasuriya", "If we freeze tariffs today, we will have power cuts tomorrow. I am not willing to take "
            "the country back to 2022,", None),
        (D, "Nalaka Jayasuriya", "Nobody likes to pay more. But the alternative is worse.", None),
        (I, "Public Utilities Commission of Sri Lanka", "it would hold public consultations in all nine provinces before "
            "making a decision", None),
        (I, "Public Utilities Commission of Sri Lanka", "a household consuming 90 units a month would pay about Rs. 640 "
            "more a month under the proposal", None),
        (S, None, "cost-reflective", None),
        (I, "CEB Engineers' Union", "the board's finances had been damaged by years of delays in approving new renewable "
            "and storage projects, not by its employees", None),
        (I, "senior CEB official", "the board had initially sought a 24 percent increase before the Treasury asked it to "
            "submit a lower figure", None),
        (P, "Lanka Consumer Rights Forum", "a death blow", None),
        (D, "Dilrukshi Perera", "Small factories in Kurunegala and Gampaha are already closing. Electricity is their "
            "biggest cost after wages,", None),
    ],
    "actors": [
        actor("Ceylon Electricity Board", "organisation", title="state electricity utility", affiliation="Sri Lanka",
              aliases=["Ceylon Electricity Board", "CEB", "the board"], stance=1),
        actor("Chaminda Weerakoon", "person", title="Opposition Chief Whip", affiliation="Opposition",
              aliases=["Chaminda Weerakoon", "Weerakoon"], stance=-1),
        actor("Nalaka Jayasuriya", "person", title="Energy Minister", affiliation="Government of Sri Lanka",
              aliases=["Nalaka Jayasuriya", "Jayasuriya"], stance=1),
        actor("Public Utilities Commission of Sri Lanka", "government", title="utilities regulator",
              affiliation="Sri Lanka", aliases=["Public Utilities Commission of Sri Lanka", "PUCSL"], stance=0),
        actor("CEB Engineers' Union", "organisation", title="engineers' union", affiliation="Ceylon Electricity Board",
              aliases=["CEB Engineers' Union"], stance=1),
        actor("senior CEB official", "person", title="official (anonymous)", affiliation="Ceylon Electricity Board",
              aliases=["senior CEB official"], stance=0),
        actor("Lanka Consumer Rights Forum", "organisation", title="consumer group", affiliation="Sri Lanka",
              aliases=["Lanka Consumer Rights Forum", "the forum"], stance=-1),
        actor("Dilrukshi Perera", "person", title="convenor", affiliation="Lanka Consumer Rights Forum",
              aliases=["Dilrukshi Perera", "Perera"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Egyptian Streets (Egypt) culture (the Grand Egyptian Museum raises ticket prices for Egyptians), title-case
#    headline without speech, byline and date lines, curly “ ” and ’, a curly single ‘nobody will come.’ nested in a
#    direct quote, "EGP 300"; lede content before "the museum announced on Monday" (the writer's "in the first
#    increase ..." left out); content before "the museum said in a statement on its official Facebook page"; "The
#    statement described the new prices as “...” and said B" (partial plus indirect); CEO named after his quote
#    ("Dr. Hisham Fathy, the museum’s chief executive, told Egyptian Streets"), "he added" (his quote reports what
#    people said); "The decision sparked anger online" (no speech); group "Social media users said A"; teacher
#    named after her post ("wrote Mariam Fouad ..."); Egyptologist "said A", "he said"; syndicate head "said the
#    increase ... was “...” and that B" (partial plus indirect); scare so-called “dynamic pricing” system; ministry
#    "said in a separate statement that A".
ARTICLES[f"{BATCH}/grand-egyptian-museum-ticket-prices.gold.json"] = {
    "article": f"{BATCH}/grand-egyptian-museum-ticket-prices.txt",
    "target": "Grand Egyptian Museum",
    "quotes": [
        (I, "Grand Egyptian Museum", "The Grand Egyptian Museum (GEM) will raise the price of entry for Egyptian adults "
            "from EGP 200 to EGP 300 from 1 January", None),
        (I, "Grand Egyptian Museum", "Tickets for foreign visitors will rise from EGP 1,500 to EGP 1,700, while prices for "
            "Egyptian students and children will remain unchanged", None),
        (P, "Grand Egyptian Museum", "fair and in line with international museums", None),
        (I, "Grand Egyptian Museum", "the additional revenue would fund the conservation of artefacts in the museum’s "
            "laboratories", None),
        (D, "Hisham Fathy", "Running a museum of this size costs a great deal. Even after this increase, an Egyptian "
            "family visits the GEM for less than the price of a cinema ticket in New Cairo,", None),
        (D, "Hisham Fathy", "When we set the first prices, people said ‘nobody will come.’ We had more than 15,000 "
            "visitors a day in the first month,", None),
        (I, "Social media users", "the museum was pricing Egyptians out of their own heritage", None),
        (D, "Mariam Fouad", "I took my kids in the summer and it cost us more than EGP 1,000 with transport and food. Now "
            "they want more? This is our history, not a luxury product,", None),
        (I, "Tarek Mansour", "museums around the world struggled to balance access with the cost of running them", None),
        (D, "Tarek Mansour", "The Louvre and the Met face the same debate. The answer is not one price but many: free "
            "days, school programmes, discounts for families,", None),
        (P, "Omar Radwan", "modest", None),
        (I, "Omar Radwan", "tour operators had already included it in their prices for 2027", None),
        (S, None, "dynamic pricing", None),
        (I, "Ministry of Tourism and Antiquities", "museums and archaeological sites across Egypt had received 15.8 "
            "million visitors in the first ten months of the year, a record", None),
    ],
    "actors": [
        actor("Grand Egyptian Museum", "organisation", title="museum", affiliation="Egypt",
              aliases=["Grand Egyptian Museum", "GEM", "the museum", "The statement"], stance=1),
        actor("Hisham Fathy", "person", title="chief executive", affiliation="Grand Egyptian Museum",
              aliases=["Hisham Fathy", "Fathy", "Dr. Hisham Fathy"], stance=1),
        actor("Social media users", "group", title="social media users", affiliation=None,
              aliases=["Social media users"], stance=-1),
        actor("Mariam Fouad", "person", title="teacher from Giza", affiliation=None,
              aliases=["Mariam Fouad", "Fouad"], stance=-1),
        actor("Tarek Mansour", "person", title="professor of Egyptology", affiliation="Ain Shams University",
              aliases=["Tarek Mansour", "Mansour", "Dr. Tarek Mansour"], stance=0),
        actor("Omar Radwan", "person", title="head", affiliation="Tour Guides Syndicate",
              aliases=["Omar Radwan", "Radwan"], stance=1),
        actor("Ministry of Tourism and Antiquities", "government", title="ministry", affiliation="Egypt",
              aliases=["Ministry of Tourism and Antiquities"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Healthcare IT News (US health IT trade press) health/cybersecurity (a hospital system confirms a ransomware
#    breach), headline without speech, byline and "December 03, 2026 | 10:14 AM" lines, straight " and apostrophes;
#    lede "has confirmed that A" (indirect without that); content before "according to a notice posted on the health
#    system's website" (the system's notice); CEO named after his quote ("... President and CEO Dr. Alan Whitford
#    said in a statement"), "Whitford said A, B and C" (one span); nurse named after her quote, "She said staff had
#    warned managers ... that the system's "..." were out of date" (partial only); "Prairie Ridge said it would A";
#    scare so-called "double extortion" tactic (the writer's sentence); analyst "said: "..."" (colon), "She called
#    vendor access "..." in ... and said B" (partial plus indirect); attorney named after a long apposition, "said
#    A"; "An FBI spokesperson in Omaha said A but declined to comment further"; "According to HHS, A"; "It has not
#    said whether it paid a ransom" (negated).
ARTICLES[f"{BATCH}/prairie-ridge-health-ransomware-breach.gold.json"] = {
    "article": f"{BATCH}/prairie-ridge-health-ransomware-breach.txt",
    "target": "Prairie Ridge Health",
    "quotes": [
        (I, "Prairie Ridge Health", "a ransomware attack in October exposed the names, Social Security numbers and medical "
            "records of about 412,000 patients", None),
        (I, "Prairie Ridge Health", "Attackers accessed the network on Oct. 9 through a compromised account belonging to a "
            "third-party billing vendor", None),
        (D, "Alan Whitford", "We deeply regret the disruption this caused to our patients and our communities. Protecting "
            "patient information is a responsibility we take very seriously,", None),
        (I, "Alan Whitford", "the system had since reset every employee password, required multifactor authentication "
            "for all vendor accounts and hired an outside firm to monitor its network around the clock", None),
        (D, "Renee Castillo", "For eleven days we were hand-writing medication orders and running lab results down the "
            "hall on paper. Somebody was going to get hurt,", None),
        (P, "Renee Castillo", "downtime procedures", None),
        (I, "Prairie Ridge Health", "it would offer affected patients two years of free credit monitoring and identity "
            "protection", None),
        (S, None, "double extortion", None),
        (D, "Maya Okonkwo", "Third-party vendors remain the soft underbelly of hospital security. This attack followed a "
            "pattern we have seen at least a dozen times this year.", None),
        (P, "Maya Okonkwo", "the single biggest blind spot", None),
        (I, "Maya Okonkwo", "most hospitals did not know how many outside accounts could reach their networks", None),
        (I, "Daniel Reyes", "the health system had failed to encrypt patient data stored on its servers", None),
        (I, "FBI spokesperson in Omaha", "the bureau was investigating the attack", None),
        (I, "HHS", "the health records of more than 180 million people were exposed in large breaches reported to the "
            "department last year", None),
    ],
    "actors": [
        actor("Prairie Ridge Health", "organisation", title="hospital system", affiliation="Grand Island, Nebraska",
              aliases=["Prairie Ridge Health", "Prairie Ridge", "the health system"], stance=0),
        actor("Alan Whitford", "person", title="President and CEO", affiliation="Prairie Ridge Health",
              aliases=["Alan Whitford", "Whitford", "Dr. Alan Whitford"], stance=1),
        actor("Renee Castillo", "person", title="ICU nurse", affiliation="Grand Island Regional Medical Center",
              aliases=["Renee Castillo", "Castillo"], stance=-1),
        actor("Maya Okonkwo", "person", title="principal analyst", affiliation="Redline Threat Intelligence",
              aliases=["Maya Okonkwo", "Okonkwo"], stance=0),
        actor("Daniel Reyes", "person", title="plaintiffs' attorney", affiliation=None,
              aliases=["Daniel Reyes", "Reyes"], stance=-1),
        actor("FBI spokesperson in Omaha", "person", title="spokesperson", affiliation="FBI",
              aliases=["FBI spokesperson in Omaha"], stance=None),
        actor("HHS", "government", title="U.S. Department of Health and Human Services", affiliation="United States",
              aliases=["HHS"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. LatinFinance (Latin American finance trade press) capital markets (Ecuador returns to the international bond
#    market), headline without speech, byline and "03 Dec 2026" lines, curly “ ” and ’ ("let’s" inside a quote),
#    "US$1.5bn", "9.875%"; lede content before "the country’s finance ministry said" (the writer's apposition "its
#    first international issue ..." is inside the lede sentence, before the cue, and kept); content before
#    "according to two bankers on the deal"; minister named after his quote ("..., Finance Minister Sebastián
#    Paredes said in a video posted on ..."), "Paredes said A and B" (one span), later "Paredes told LatinFinance"
#    and "He added that A"; "Investors were less effusive." (no speech); fund manager named after her quote;
#    anonymous "A syndicate banker at one of the lead managers, who asked not to be named, said the order book was
#    of “...” and that B" (partial plus indirect); rating agency "said A, but that ... still reflected “...” ..."
#    (indirect plus partial); "An IMF spokesperson said A and that B" (one span); opposition lawmaker "called the
#    deal “...” and said B" (partial plus indirect); scare so-called “distressed” paper.
ARTICLES[f"{BATCH}/ecuador-bond-return-latinfinance.gold.json"] = {
    "article": f"{BATCH}/ecuador-bond-return-latinfinance.txt",
    "target": "Ecuador",
    "quotes": [
        (I, "finance ministry", "Ecuador priced a US$1.5 billion 10-year bond on Tuesday at a yield of 9.875%, its first "
            "international issue since its 2020 debt restructuring", None),
        (I, "two bankers on the deal", "Orders peaked at more than US$5.2 billion", None),
        (D, "Sebastián Paredes", "Today the market told us that Ecuador is back. Investors have seen three years of "
            "fiscal discipline, and they are rewarding it,", None),
        (I, "Sebastián Paredes", "proceeds would be used to buy back more expensive debt maturing in 2030 and to pay "
            "arrears to local suppliers", None),
        (D, "Valeria Montiel", "It is a good result for Ecuador, but let’s not pretend 9.875% is cheap. Investors are "
            "being paid for political risk, and the election calendar is not far away,", None),
        (P, "syndicate banker at one of the lead managers", "very high quality", None),
        (I, "syndicate banker at one of the lead managers", "hedge funds had accounted for less than 15% of demand",
            None),
        (I, "Fitch Ratings", "the deal would ease Ecuador’s refinancing needs for 2027", None),
        (P, "Fitch Ratings", "weak", None),
        (I, "IMF spokesperson", "the Fund welcomed Ecuador’s return to markets and that the country’s program remained on "
            "track", None),
        (P, "Andrea Villacís", "expensive debt dressed up as a victory", None),
        (I, "Andrea Villacís", "the government had accepted a high yield to secure a headline before the holidays", None),
        (S, None, "distressed", None),
        (D, "Sebastián Paredes", "We wanted to be in the market before the end of the year, and we did it on our terms,",
            None),
        (I, "Sebastián Paredes", "the government did not plan another international issue in 2027", None),
    ],
    "actors": [
        actor("finance ministry", "government", title="finance ministry", affiliation="Ecuador",
              aliases=["finance ministry"], stance=1),
        actor("two bankers on the deal", "group", title="bankers (anonymous)", affiliation=None,
              aliases=["two bankers on the deal"], stance=0),
        actor("Sebastián Paredes", "person", title="Finance Minister", affiliation="Government of Ecuador",
              aliases=["Sebastián Paredes", "Paredes"], stance=1),
        actor("Valeria Montiel", "person", title="portfolio manager", affiliation="Arcadia Capital",
              aliases=["Valeria Montiel", "Montiel"], stance=0),
        actor("syndicate banker at one of the lead managers", "person", title="syndicate banker (anonymous)",
              affiliation=None, aliases=["syndicate banker at one of the lead managers"], stance=1),
        actor("Fitch Ratings", "organisation", title="rating agency", affiliation=None, aliases=["Fitch Ratings"],
              stance=0),
        actor("IMF spokesperson", "person", title="spokesperson", affiliation="International Monetary Fund",
              aliases=["IMF spokesperson"], stance=1),
        actor("Andrea Villacís", "person", title="opposition lawmaker", affiliation="Revolución Ciudadana",
              aliases=["Andrea Villacís", "Villacís"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
