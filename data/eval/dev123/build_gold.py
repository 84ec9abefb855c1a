"""Build the dev123 gold files (data/eval/dev123/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev123/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev123.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev123"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. TASS (Russia and India sign a year-round Northern Sea Route agreement), headline without speech,
#    "MOSCOW, December 14. /TASS/." dateline, straight " and apostrophes, American punctuation inside closing
#    marks. Lede content before "Russian Deputy Prime Minister Alexander Voronin told reporters"; "he said";
#    "According to him, A"; Indian minister "noted that A", quote with "the minister said, adding that New
#    Delhi would "..."" (direct plus partial only); Rosatom "said in a statement that its fleet would guarantee
#    "..." for ... and that B" (partial plus indirect); directorate head in a title chain "stressed that A",
#    then "what he called "..."" (partial); Norwegian ministry "said A and that Oslo was "..."" (indirect plus
#    partial); ambassador named after his quote ("told TASS"), then a quote-only paragraph; group "Some Western
#    media outlets have said A"; economist "told TASS that A", then "she said". "which Moscow sees as ..." is
#    not speech.
ARTICLES[f"{BATCH}/russia-india-arctic-route-deal.gold.json"] = {
    "article": f"{BATCH}/russia-india-arctic-route-deal.txt",
    "target": "Russia",
    "quotes": [
        (I, "Alexander Voronin", "Russia and India have signed an agreement on year-round shipments of Indian cargo "
            "along the Northern Sea Route (NSR)", None),
        (D, "Alexander Voronin", "This is a landmark document. For the first time, a major Asian economy is committing "
            "to the Arctic route not for one season, but for the whole year,", None),
        (I, "Alexander Voronin", "the first convoy of three Indian-chartered bulk carriers escorted by nuclear-powered "
            "icebreakers is expected to leave Murmansk in February", None),
        (I, "Vikram Rao Chandel", "the Arctic route could shorten the delivery time of Russian coal and fertilizers to "
            "Indian ports by up to 12 days compared with the Suez Canal", None),
        (D, "Vikram Rao Chandel", "India values its time-tested partnership with Russia,", None),
        (P, "Vikram Rao Chandel", "look at the results of the first season before expanding volumes.", None),
        (P, "Rosatom", "safe and predictable navigation", None),
        (I, "Rosatom", "two new Project 22220 icebreakers would enter service in 2027", None),
        (I, "Maxim Kulikov", "cargo traffic on the route had reached a record 41 million tonnes this year", None),
        (P, "Maxim Kulikov", "unprecedented pressure", None),
        (I, "Norwegian Foreign Ministry", "increased traffic on the NSR posed environmental risks to the entire Arctic "
            "region", None),
        (P, "Norwegian Foreign Ministry", "following developments closely.", None),
        (D, "Pavel Shulgin", "Such statements are another attempt to politicize the Arctic. Russia has the longest "
            "Arctic coastline in the world and bears the main responsibility for its protection,", None),
        (D, "Pavel Shulgin", "Our Norwegian neighbors know very well that not a single serious accident has occurred "
            "on the Northern Sea Route in recent years.", None),
        (I, "Western media outlets", "the route remains commercially unviable without state support and Russian-backed "
            "insurance", None),
        (I, "Yelena Morozova", "Indian participation would help make up for the departure of European shippers after "
            "2022", None),
        (D, "Yelena Morozova", "But Indian companies will be watching insurance costs very carefully. If premiums stay "
            "high, the volumes will remain modest for the first two or three years,", None),
    ],
    "actors": [
        actor("Alexander Voronin", "person", title="Deputy Prime Minister", affiliation="Russia",
              aliases=["Alexander Voronin", "Voronin"], stance=1),
        actor("Vikram Rao Chandel", "person", title="Minister of Ports, Shipping and Waterways", affiliation="India",
              aliases=["Vikram Rao Chandel", "Chandel"], stance=1),
        actor("Rosatom", "organisation", title="infrastructure operator of the NSR", affiliation="Russia",
              aliases=["Rosatom"], stance=1),
        actor("Maxim Kulikov", "person", title="Head of Rosatom's Northern Sea Route Directorate",
              affiliation="Rosatom", aliases=["Maxim Kulikov", "Kulikov"], stance=1),
        actor("Norwegian Foreign Ministry", "government", affiliation="Norway",
              aliases=["Norwegian Foreign Ministry"], stance=-1),
        actor("Pavel Shulgin", "person", title="Russian Ambassador to Norway", affiliation="Russia",
              aliases=["Pavel Shulgin", "Shulgin"], stance=1),
        actor("Western media outlets", "group", aliases=["Western media outlets"], stance=-1),
        actor("Yelena Morozova", "person", title="director of the Center for Polar Economics",
              affiliation="Higher School of Economics", aliases=["Yelena Morozova", "Morozova"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Thai PBS World (street vendors vow to fight the BMA's Sukhumvit pavement ban), headline without speech,
#    "Thai PBS World's Political Desk" and "15th Dec 2026" lines, straight " and apostrophes, Thai names (later
#    references by the given name: "Wisanu said"). Present-tense lede "vendors ... say A, warning that B" (two
#    indirects, group); BMA "announced ... that vending would be banned ... to "..."" (partial only); deputy
#    governor "said A", "he told Thai PBS World", "Wisanu said A and that B"; network "said A"; vendor named
#    after her quote, then a quote-only paragraph; anonymous vendor "Nok" "said officials had measured the
#    pavements "..." without ..." (partial only); coordinator "said A", "He said the group ... wanted the BMA
#    to "..."" (partial only); association "welcomed the order, saying A" (indirect); lecturer "said A but warned
#    that B" (two indirects), "he said"; scare "charm"; governor "said A but that his administration was "...""
#    (indirect plus partial).
ARTICLES[f"{BATCH}/bangkok-sukhumvit-vendor-ban.gold.json"] = {
    "article": f"{BATCH}/bangkok-sukhumvit-vendor-ban.txt",
    "target": "Bangkok Metropolitan Administration",
    "quotes": [
        (I, "street vendors", "they will defy a Bangkok Metropolitan Administration (BMA) order clearing them from the "
            "pavements between Soi 3 and Soi 39 from January 1", None),
        (I, "street vendors", "thousands of livelihoods are at stake", None),
        (P, "Bangkok Metropolitan Administration", "return the footpaths to pedestrians", None),
        (I, "Wisanu Thongdee", "the decision followed more than 1,200 complaints from residents and tourists this year "
            "about blocked pavements, hygiene and noise", None),
        (D, "Wisanu Thongdee", "We are not chasing vendors away. We are organising them. Nobody should have to walk in "
            "the road because the footpath is full of tables,", None),
        (I, "Wisanu Thongdee", "the hawker zones would have running water, waste collection and electricity, and that "
            "rent would be waived for the first six months", None),
        (I, "Sukhumvit Vendors Network", "the new zones had space for fewer than 300 stalls", None),
        (D, "Boonsri Kaewmala", "They want to put us in a side street where no tourist will ever walk. My customers "
            "are office workers and tourists on the main road. In a soi, who will buy from me?", None),
        (D, "Boonsri Kaewmala", "I have a grandson at university. This cart is how I pay for it.", None),
        (P, "Nok", "twice in one month", None),
        (I, "Prasit Sangthong", "vendors would gather at Bangkok City Hall on Thursday to submit a petition", None),
        (P, "Prasit Sangthong", "sit down with us before deciding, not after.", None),
        (I, "Thai Hotels Association", "cleaner pavements would improve the image of one of Bangkok's main hotel "
            "districts", None),
        (I, "Somkiat Chaiyaporn", "the BMA had a legitimate interest in clearing pavements", None),
        (I, "Somkiat Chaiyaporn", "past relocations in Siam and Pratunam had left many vendors without income", None),
        (D, "Somkiat Chaiyaporn", "Hawker zones only work if they are where the people are. Otherwise, within a year "
            "the vendors come back to the main road and the whole cycle starts again,", None),
        (S, None, "charm", None),
        (I, "Chatri Lertsak", "the order would not be withdrawn", None),
        (P, "Chatri Lertsak", "ready to listen", None),
    ],
    "actors": [
        actor("street vendors", "group", title="street vendors along Sukhumvit Road", aliases=["street vendors"],
              stance=-1),
        actor("Bangkok Metropolitan Administration", "government",
              aliases=["Bangkok Metropolitan Administration", "BMA"], stance=1),
        actor("Wisanu Thongdee", "person", title="Deputy Bangkok Governor",
              affiliation="Bangkok Metropolitan Administration", aliases=["Wisanu Thongdee", "Wisanu"], stance=1),
        actor("Sukhumvit Vendors Network", "organisation",
              aliases=["Sukhumvit Vendors Network", "The network"], stance=-1),
        actor("Boonsri Kaewmala", "person", title="grilled-chicken vendor, 58", aliases=["Boonsri Kaewmala", "Boonsri"],
              stance=-1),
        actor("Nok", "person", title="vendor (first name only)", aliases=["Nok"], stance=-1),
        actor("Prasit Sangthong", "person", title="coordinator", affiliation="Sukhumvit Vendors Network",
              aliases=["Prasit Sangthong", "Prasit"], stance=-1),
        actor("Thai Hotels Association", "organisation", aliases=["Thai Hotels Association"], stance=1),
        actor("Somkiat Chaiyaporn", "person", title="urban planning lecturer", affiliation="Chulalongkorn University",
              aliases=["Somkiat Chaiyaporn", "Somkiat"], stance=0),
        actor("Chatri Lertsak", "person", title="Bangkok Governor", affiliation="Bangkok Metropolitan Administration",
              aliases=["Chatri Lertsak", "Chatri"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Vanuatu Daily Post (Parliament defers the vote on the Nakamal Agreement with Australia), headline without
#    speech, byline and "Port Vila, December 16, 2026" line, straight " and apostrophes, "PM Seule", British
#    spelling. Scare so-called "Pacific step-up"; PM "told Parliament the agreement would bring "...", pointing
#    to ..." (partial only; "pointing to" is not a cue), quote with "PM Seule said", then a quote-only
#    paragraph; opposition leader "said A" (no marks), quote with "Kaltongga told the Daily Post"; chiefs'
#    chairman "said the chiefs had not been consulted "..." and asked that ..." (partial only; request not
#    annotated); High Commissioner "said A", then "she said in a statement"; anonymous official "said A";
#    activist "said climate money should not come "..."" (partial only), "she said"; foreign minister "said the
#    deferral was "..." and that B" (partial plus indirect); "According to the Clerk of Parliament, A"; "did not
#    respond to a request for comment" (not annotated).
ARTICLES[f"{BATCH}/nakamal-agreement-vote-deferred.gold.json"] = {
    "article": f"{BATCH}/nakamal-agreement-vote-deferred.txt",
    "target": "Australia",
    "quotes": [
        (S, None, "Pacific step-up", None),
        (P, "Kalo Seule", "real money for real needs", None),
        (D, "Kalo Seule", "Australia is our closest neighbour and our biggest partner in every disaster. When Cyclone "
            "Lola hit, their planes were the first to land in Port Vila,", None),
        (D, "Kalo Seule", "Nobody is asking Vanuatu to give up its sovereignty. Every clause is there for anyone to "
            "read.", None),
        (I, "Ishmael Kaltongga", "the agreement's critical infrastructure clause would give Canberra an effective veto "
            "over who Vanuatu could accept as partners in telecommunications, ports and banking", None),
        (D, "Ishmael Kaltongga", "We are not against Australia. We are against signing something that ties the hands "
            "of future governments,", None),
        (P, "Willie Warsal", "in the custom way", None),
        (I, "Rachel Dunne", "Australia respected Vanuatu's parliamentary process", None),
        (D, "Rachel Dunne", "This is Vanuatu's decision to make, in Vanuatu's time. Australia will be here as a partner "
            "whatever Parliament decides,", None),
        (I, "senior government official", "Canberra had made clear it would not reopen the text", None),
        (P, "Lisa Tabi", "with a security bill attached", None),
        (D, "Lisa Tabi", "Australia still approves new coal and gas projects. You cannot flood our islands with one "
            "hand and offer us sea walls with the other,", None),
        (P, "Esmon Tari", "not a rejection", None),
        (I, "Esmon Tari", "the Government expected the agreement to be ratified in the first quarter of next year", None),
        (I, "Clerk of Parliament", "the first ordinary session of 2027 is scheduled to open on March 8", None),
    ],
    "actors": [
        actor("Kalo Seule", "person", title="Prime Minister", affiliation="Vanuatu",
              aliases=["Kalo Seule", "Seule", "PM Seule"], stance=1),
        actor("Ishmael Kaltongga", "person", title="Opposition Leader", affiliation="Vanuatu Parliament",
              aliases=["Ishmael Kaltongga", "Kaltongga"], stance=-1),
        actor("Willie Warsal", "person", title="Chairman of the Malvatumauri Council of Chiefs",
              affiliation="Malvatumauri Council of Chiefs", aliases=["Willie Warsal", "Chief Willie Warsal", "Warsal"],
              stance=None),
        actor("Rachel Dunne", "person", title="Australian High Commissioner", affiliation="Australia",
              aliases=["Rachel Dunne", "Dunne"], stance=1),
        actor("senior government official", "person", title="official (anonymous)", affiliation="Vanuatu Government",
              aliases=["senior government official"], stance=0),
        actor("Lisa Tabi", "person", affiliation="Pacific Islands Students Fighting Climate Change",
              aliases=["Lisa Tabi", "Tabi"], stance=-1),
        actor("Esmon Tari", "person", title="Foreign Minister", affiliation="Vanuatu",
              aliases=["Esmon Tari", "Tari"], stance=1),
        actor("Clerk of Parliament", "person", title="Clerk of Parliament", affiliation="Vanuatu Parliament",
              aliases=["Clerk of Parliament"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Arabian Business (a Ras Al Khaimah start-up airline delays its first flights), headline and standfirst
#    without speech, byline and "Wed 16 Dec 2026 06:42 PM" lines, straight " and apostrophes, "$12m", "per
#    cent". Participial "has pushed back ..., saying A" (indirect); "In a statement ..., the airline said A";
#    CEO named after his quote ("said in the statement"); chairman sharing the CEO's surname ("who is not
#    related"): "Al Mansoori" alone is never used, the CEO is "Tariq Al Mansoori"/"He"; chairman "said in the
#    same statement that A"; CEO "told Arabian Business that the delay would cost ... "..." but that B"
#    (partial plus indirect), "He said A and would B" (one span), Q&A "Asked whether ..., he said: "...""; scare
#    "ultra-low-cost"; GCAA "confirmed that ... was "..." and that B" (partial plus indirect); tourism authority
#    "said it remained "..." of the carrier" (partial only); group "Several travel agents ... said A";
#    consultant named after his quote, "Haddad said A, but warned that it would face "..." competition ..."
#    (indirect plus partial only); closing "Sahra Air said A".
ARTICLES[f"{BATCH}/sahra-air-launch-delay.gold.json"] = {
    "article": f"{BATCH}/sahra-air-launch-delay.txt",
    "target": "Sahra Air",
    "quotes": [
        (I, "Sahra Air", "its leased aircraft would not be delivered on time", None),
        (I, "Sahra Air", "the first two of its four Airbus A320neo aircraft, leased from a Dublin-based lessor, would "
            "now arrive in March rather than in November as planned", None),
        (D, "Tariq Al Mansoori", "We will not launch an airline with one aircraft and hope for the best. Safety and "
            "reliability come first, and that means waiting until the fleet is ready,", None),
        (I, "Hamad Al Mansoori", "the board had approved a revised business plan", None),
        (P, "Tariq Al Mansoori", "in the region of $12m", None),
        (I, "Tariq Al Mansoori", "its shareholders had already committed additional capital", None),
        (I, "Tariq Al Mansoori", "the airline had hired 240 staff, including 60 pilots, and would keep all of them on "
            "the payroll", None),
        (D, "Tariq Al Mansoori", "Our investors are in this for ten years, not ten months.", None),
        (S, None, "ultra-low-cost", None),
        (P, "General Civil Aviation Authority", "progressing", None),
        (I, "General Civil Aviation Authority", "a final inspection was scheduled for February", None),
        (P, "Ras Al Khaimah Tourism Development Authority", "fully supportive", None),
        (I, "Several travel agents in the emirate", "they had learned of the delay only on Wednesday morning, after "
            "weeks of enquiries from customers", None),
        (D, "Karim Haddad", "The narrowbody market is the tightest it has been in 30 years. A start-up with four "
            "aircraft on lease is at the back of every queue,", None),
        (I, "Karim Haddad", "Sahra Air's plan to serve cities such as Lucknow, Kozhikode and Sialkot made sense", None),
        (P, "Karim Haddad", "brutal", None),
        (I, "Sahra Air", "customers who had registered interest on its website would be offered a 25 per cent discount "
            "on their first booking", None),
    ],
    "actors": [
        actor("Sahra Air", "organisation", title="start-up low-cost carrier",
              aliases=["Sahra Air", "the airline"], stance=1),
        actor("Tariq Al Mansoori", "person", title="chief executive", affiliation="Sahra Air",
              aliases=["Tariq Al Mansoori", "Al Mansoori"], stance=1),
        actor("Hamad Al Mansoori", "person", title="chairman", affiliation="Sahra Air",
              aliases=["Hamad Al Mansoori"], stance=1),
        actor("General Civil Aviation Authority", "government", affiliation="UAE",
              aliases=["General Civil Aviation Authority", "GCAA"], stance=0),
        actor("Ras Al Khaimah Tourism Development Authority", "government",
              aliases=["Ras Al Khaimah Tourism Development Authority"], stance=1),
        actor("Several travel agents in the emirate", "group", aliases=["Several travel agents in the emirate"],
              stance=-1),
        actor("Karim Haddad", "person", title="consultant", affiliation="Meridian Aero Advisory",
              aliases=["Karim Haddad", "Haddad"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
