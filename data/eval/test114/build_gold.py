"""Build the test114 gold files (data/eval/test114/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test114/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test114.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test114"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Physics Today (physics news): Dubna starts an element 120 search without Western partners.
ARTICLES[f"{BATCH}/dubna-element-120-search.gold.json"] = {
    "article": f"{BATCH}/dubna-element-120-search.txt",
    "target": "Russia",
    "quotes": [
        (I, "Joint Institute for Nuclear Research", "The Joint Institute for Nuclear Research (JINR) in Dubna, Russia, "
            "has begun a campaign to synthesize element 120 using a titanium-50 beam and a californium target at its "
            "Superheavy Element Factory", None),
        (S, None, "island of stability", None),
        (D, "Valentin Gromov", "We have the most intense heavy-ion beams in the world for this work, and we are using "
            "them,", None),
        (D, "Valentin Gromov", "Nobody else is in a position to try this now.", None),
        (I, "Valentin Gromov", "the institute had secured enough target material for at least two years of beam time, "
            "and that physicists from China, India, Egypt and Kazakhstan were taking part", None),
        (P, "Valentin Gromov", "cannot be isolated.", None),
        (P, "Russian Academy of Sciences", "national priority", None),
        (I, "Russian Academy of Sciences", "its funding had been increased for 2027", None),
        (I, "Hannelore Weiss", "the production cross sections for element 120 were expected to be extremely small, "
            "perhaps a few events per year at best", None),
        (D, "Hannelore Weiss", "With numbers that low, independent confirmation is everything,", None),
        (D, "Hannelore Weiss", "Right now, the labs that could confirm a Dubna result are not allowed to work with "
            "Dubna. That is a problem for the science, not just for politics.", None),
        (I, "Hannelore Weiss", "GSI had no plans to resume its collaboration with JINR", None),
        (I, "Aigerim Seitkali", "her country valued its membership of JINR and would send six more young researchers "
            "to Dubna next year", None),
        (D, "Aigerim Seitkali", "For our scientists this is a chance to work at the frontier. We see no reason to give "
            "that up,", None),
        (I, "US physicists", "the Department of Energy had not been asked to supply target material and would not do "
            "so under current rules", None),
        (P, "Berkeley Lab spokesperson", "in preparation", None),
        (I, "Joint Institute for Nuclear Research", "the first results could be reported in 2028", None),
    ],
    "actors": [
        actor("Joint Institute for Nuclear Research", "organisation", title="nuclear research institute",
              affiliation="Russia (Dubna)", aliases=["Joint Institute for Nuclear Research", "JINR", "the institute"],
              stance=0),
        actor("Valentin Gromov", "person", title="JINR director", affiliation="Joint Institute for Nuclear Research",
              aliases=["Valentin Gromov", "Gromov"], stance=1),
        actor("Russian Academy of Sciences", "organisation", title="academy of sciences", affiliation="Russia",
              aliases=["Russian Academy of Sciences"], stance=1),
        actor("Hannelore Weiss", "person", title="nuclear chemist",
              affiliation="GSI Helmholtz Centre for Heavy Ion Research", aliases=["Hannelore Weiss", "Weiss"],
              stance=-1),
        actor("Aigerim Seitkali", "person", title="deputy minister of science", affiliation="Kazakhstan",
              aliases=["Aigerim Seitkali", "Seitkali"], stance=1),
        actor("US physicists", "group", title="US physicists speaking privately", aliases=["US physicists"], stance=0),
        actor("Berkeley Lab spokesperson", "person", title="spokesperson",
              affiliation="Lawrence Berkeley National Laboratory", aliases=["Berkeley Lab spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Lloyd's Loading List (logistics trade press): a UK freight forwarder enters administration.
ARTICLES[f"{BATCH}/meridian-freight-administration.gold.json"] = {
    "article": f"{BATCH}/meridian-freight-administration.txt",
    "target": "Meridian Freight",
    "quotes": [
        (I, "joint administrators", "Meridian Freight, the Coventry-based freight forwarder with around 180 staff, has "
            "entered administration, with more than 1,400 consignments still held in warehouses and at airport "
            "handlers across the UK", None),
        (P, "joint administrators", "a sustained fall in volumes", None),
        (I, "joint administrators", "it had been unable to secure new funding after a planned sale to a European buyer "
            "fell through last month", None),
        (D, "Rachel Ojo", "Our priority is to get goods moving to their rightful owners as quickly as possible,", None),
        (D, "Rachel Ojo", "We would ask customers to be patient. Every shipment has to be checked against the "
            "paperwork, and some of that paperwork is incomplete.", None),
        (I, "joint administrators", "112 employees had been made redundant with immediate effect, and that the "
            "remaining staff were being retained to help process the release of cargo", None),
        (P, "Gary Stead", "heartbroken", None),
        (D, "Gary Stead", "We fought for this company right to the end. I genuinely believed the sale would go through, "
            "and so did our bank,", None),
        (D, "Gary Stead", "When it didn't, there was simply no road left.", None),
        (I, "Gary Stead", "Meridian had been hit by the collapse of airfreight rates from the Far East, a string of "
            "unpaid invoices from two large retail customers and rising costs for its warehouse at Coventry Airport",
            None),
        (I, "shipper of medical devices", "Meridian had continued to take bookings and payments until Tuesday "
            "afternoon", None),
        (D, "shipper of medical devices", "They took our money on Monday for a shipment to Chicago. On Wednesday "
            "morning we found out from the handler that the goods had never left the warehouse,", None),
        (I, "Gary Stead", "the company had knowingly taken payments it could not honour", None),
        (D, "Gary Stead", "Every booking we accepted, we accepted in good faith,", None),
        (I, "British International Freight Association", "it was in contact with the administrators and was advising "
            "members and shippers on how to recover goods", None),
        (I, "Andrea Marsh", "the failure was a reminder that shippers should check the financial health of their "
            "forwarders", None),
        (D, "Andrea Marsh", "This is a very difficult market for mid-sized forwarders, squeezed between the global "
            "giants and the digital newcomers. But the overwhelming majority of BIFA members are in good shape,",
            None),
        (I, "Airport handlers at Heathrow and East Midlands", "they would continue to store Meridian cargo free of "
            "charge for 14 days", None),
        (S, None, "lien", None),
    ],
    "actors": [
        actor("joint administrators", "group", title="joint administrators (Carrow Partners)",
              affiliation="Carrow Partners", aliases=["joint administrators", "The administrators"], stance=0),
        actor("Rachel Ojo", "person", title="joint administrator", affiliation="Carrow Partners",
              aliases=["Rachel Ojo", "Ojo"], stance=0),
        actor("Gary Stead", "person", title="founder and chief executive", affiliation="Meridian Freight",
              aliases=["Gary Stead", "Stead"], stance=1),
        actor("shipper of medical devices", "person", title="anonymous customer",
              aliases=["shipper of medical devices"], stance=-1),
        actor("British International Freight Association", "organisation", title="freight forwarders' association",
              aliases=["British International Freight Association", "BIFA"], stance=None),
        actor("Andrea Marsh", "person", title="director general", affiliation="British International Freight Association",
              aliases=["Andrea Marsh", "Marsh"], stance=0),
        actor("Airport handlers at Heathrow and East Midlands", "group", title="airport cargo handlers",
              aliases=["Airport handlers at Heathrow and East Midlands"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Daily Advertiser (Wagga Wagga) court report: a former council manager's fuel card fraud.
ARTICLES[f"{BATCH}/hoare-council-fuel-cards-court.gold.json"] = {
    "article": f"{BATCH}/hoare-council-fuel-cards-court.txt",
    "target": "Lachlan Hoare",
    "quotes": [
        (I, "Tim Rook", "Hoare had made 212 fuel purchases on three council cards between March 2023 and January 2025, "
            "many of them on weekends and public holidays when no council work was being done", None),
        (I, "Tim Rook", "much of the fuel had gone into Hoare's own ute and into storage tanks on his brother's property "
            "near Tarcutta, and that Hoare had altered vehicle logbooks to cover the purchases", None),
        (D, "Tim Rook", "This was not a moment of weakness. This was a planned, repeated course of conduct over nearly "
            "two years,", None),
        (P, "Ahmed Karimi", "enormous financial pressure", None),
        (I, "Ahmed Karimi", "Hoare had repaid $11,000 before he was charged", None),
        (D, "Ahmed Karimi", "He is deeply ashamed. He has lost his job, his standing in the community and very nearly "
            "his marriage,", None),
        (I, "Ahmed Karimi", "Hoare had been diagnosed with depression in 2024 and was receiving treatment", None),
        (I, "Rebecca Wells", "she accepted that Hoare was genuinely remorseful", None),
        (P, "Rebecca Wells", "a serious breach of trust", None),
        (D, "Rebecca Wells", "Ratepayers are entitled to expect that the money they hand over to their council is spent "
            "on their roads and parks, not on someone's private fuel bill,", None),
        (I, "Rebecca Wells", "Hoare's early guilty plea, his lack of any criminal history and the prospect of full "
            "repayment had kept him out of custody", None),
        (D, "Lachlan Hoare", "I'm sorry to the council, to my old workmates and to the people of Wagga. I'll pay back "
            "every cent,", None),
        (P, "Wagga Wagga City Council", "zero tolerance", None),
        (I, "Wagga Wagga City Council", "it had referred the matter to police as soon as an internal audit identified "
            "irregularities", None),
        (I, "Fiona Leckie", "the audit had led to changes in how fuel cards were issued and monitored", None),
        (D, "Fiona Leckie", "Every card is now linked to a single vehicle and every transaction is checked every month,",
            None),
        (P, "Len Hutchins", "a slap on the wrist", None),
        (D, "Len Hutchins", "If an ordinary worker took $38,000 from a shop till they would be in jail,", None),
    ],
    "actors": [
        actor("Tim Rook", "person", title="Police prosecutor, Sergeant", affiliation="NSW Police",
              aliases=["Tim Rook", "Rook", "Sergeant Rook"], stance=-1),
        actor("Ahmed Karimi", "person", title="Solicitor (defence)", aliases=["Ahmed Karimi", "Karimi", "Mr Karimi"],
              stance=1),
        actor("Rebecca Wells", "person", title="Magistrate", affiliation="Wagga Local Court",
              aliases=["Rebecca Wells", "Wells", "Ms Wells"], stance=0),
        actor("Lachlan Hoare", "person", title="former council depot manager", aliases=["Lachlan Hoare", "Hoare"],
              stance=0),
        actor("Wagga Wagga City Council", "government", title="city council",
              aliases=["Wagga Wagga City Council", "Wagga City Council"], stance=-1),
        actor("Fiona Leckie", "person", title="general manager", affiliation="Wagga Wagga City Council",
              aliases=["Fiona Leckie", "Leckie"], stance=None),
        actor("Len Hutchins", "person", title="spokesman", affiliation="Riverina Ratepayers Association",
              aliases=["Len Hutchins", "Hutchins", "Mr Hutchins"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Hampshire Gazette (Northampton, Mass.) local/culture: the public library drops Sunday hours.
ARTICLES[f"{BATCH}/forbes-library-sunday-hours.gold.json"] = {
    "article": f"{BATCH}/forbes-library-sunday-hours.txt",
    "target": "Forbes Library",
    "quotes": [
        (I, "patrons", "Sunday afternoons were the only time they or their children could use the library", None),
        (I, "Miriam Kowalski", "the cut would save about $52,000 a year in staffing and utility costs, and that no "
            "full-time positions would be eliminated", None),
        (D, "Miriam Kowalski", "I hate this. I want to say that plainly,", None),
        (D, "Miriam Kowalski", "But we have been covering the gap with one-time money for three years, and that money "
            "is gone.", None),
        (P, "Philip Ashby", "every other option,", None),
        (I, "Philip Ashby", "it had concluded closing on Sundays would affect the fewest people", None),
        (D, "Philip Ashby", "Sunday is our most expensive day to open and one of our quietest,", None),
        (D, "Philip Ashby", "That's not a judgment about the people who come. It's arithmetic.", None),
        (P, "Grace Pham", "balancing the budget on the backs of working families.", None),
        (D, "Grace Pham", "If you work two jobs, Sunday is your library day. We are taking that away from exactly the "
            "people who need it most,", None),
        (I, "Daniel Frost", "he would ask the council to consider a one-time appropriation to keep Sunday hours through "
            "June", None),
        (D, "Daniel Frost", "We found money for a parking study. I think we can find money for a library.", None),
        (I, "Alan Pruitt", "the city had increased its contribution to Forbes by 3% this year, in line with other "
            "departments, and that any additional money would have to come from reserves", None),
        (I, "Keisha Boateng", "she brings her two sons to the library every Sunday", None),
        (D, "Keisha Boateng", "My boys learned to read in that children's room,", None),
        (D, "Keisha Boateng", "Where are we supposed to go now? Starbucks?", None),
        (I, "Forbes Library Staff Association", "it understood the board's position", None),
        (P, "Forbes Library Staff Association", "deeply concerned", None),
        (I, "Miriam Kowalski", "the library recorded about 21,000 Sunday visits in the last fiscal year, compared with "
            "roughly 34,000 on Saturdays", None),
    ],
    "actors": [
        actor("patrons", "group", title="library patrons", aliases=["patrons"], stance=-1),
        actor("Miriam Kowalski", "person", title="Library Director", affiliation="Forbes Library",
              aliases=["Miriam Kowalski", "Kowalski"], stance=1),
        actor("Philip Ashby", "person", title="Trustees chair", affiliation="Forbes Library board of trustees",
              aliases=["Philip Ashby", "Ashby"], stance=1),
        actor("Grace Pham", "person", title="trustee", affiliation="Forbes Library board of trustees",
              aliases=["Grace Pham", "Pham"], stance=-1),
        actor("Daniel Frost", "person", title="Ward 3 City Councilor", affiliation="Northampton City Council",
              aliases=["Daniel Frost", "Frost"], stance=-1),
        actor("Alan Pruitt", "person", title="City budget director", affiliation="City of Northampton",
              aliases=["Alan Pruitt", "Pruitt"], stance=0),
        actor("Keisha Boateng", "person", title="nurse, patron", aliases=["Keisha Boateng", "Boateng"], stance=-1),
        actor("Forbes Library Staff Association", "organisation", title="library staff union",
              aliases=["Forbes Library Staff Association"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
