"""Build the dev150 gold files (data/eval/dev150/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev150/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev150.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev150"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Seychelles Nation tourism/diplomacy (Aeroflot resumes Moscow-Mahe flights), headline and standfirst
#    without speech, byline and "Saturday December 5, 2026" lines, straight " and apostrophes, Mr/Ms/Hon.
#    titles. Lede content before "the Ministry of Foreign Affairs and Tourism said yesterday"; content
#    before "the ministry said in a communique"; minister introduced by a title chain "the Minister for
#    Foreign Affairs and Tourism, Mr Jean-Claude Pillay, described the direct link as "..."" (partial);
#    quote before "Mr Pillay said"; "He said the ministry had received assurances ... "..."" (partial
#    only); ambassador "said Russians had "..."" (partial only), then "he said"; Aeroflot's regional
#    director "told Seychelles NATION A"; content before "according to Ms Belova"; scare "no visa" policy;
#    "According to the National Bureau of Statistics, A"; opposition MNA "said the government should be
#    careful about "..." for ..., noting that B" (partial plus indirect), "he said"; SHTA "welcomed the
#    announcement (act) and said A"; anonymous hotelier "said Russian bookings had "..."" (partial only),
#    then "the hotelier said"; "The ministry said A".
ARTICLES[f"{BATCH}/aeroflot-moscow-mahe-flights.gold.json"] = {
    "article": f"{BATCH}/aeroflot-moscow-mahe-flights.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Foreign Affairs and Tourism", "Russian carrier Aeroflot will resume twice-weekly direct "
            "flights between Moscow and Mah\u00e9 from February 14", None),
        (I, "Ministry of Foreign Affairs and Tourism", "The route, suspended since 2022, will be operated with "
            "Airbus A330 aircraft and is expected to bring around 9,000 additional visitors a year", None),
        (P, "Jean-Claude Pillay", "a practical decision based on the numbers", None),
        (D, "Jean-Claude Pillay", "Russian visitors spend longer on the island than most of our guests, and they "
            "come in our low season. That matters to every small guesthouse on La Digue and Praslin,", None),
        (P, "Jean-Claude Pillay", "without any exposure to sanctions", None),
        (P, "Gennady Sotnikov", "never stopped loving Seychelles", None),
        (D, "Gennady Sotnikov", "Our two countries have enjoyed friendly relations since independence. Tourism is "
            "the most natural way to keep building them,", None),
        (I, "Oksana Belova", "the flights would depart Sheremetyevo on Tuesdays and Saturdays and return the "
            "following morning", None),
        (I, "Oksana Belova", "Return fares are expected to start at around 75,000 roubles", None),
        (S, None, "no visa", None),
        (I, "National Bureau of Statistics", "4,812 Russian visitors arrived in Seychelles in the first ten months "
            "of the year, up from 3,150 in the same period of 2025", None),
        (P, "Daniel Marengo", "putting our image at risk", None),
        (I, "Daniel Marengo", "several European tour operators had raised the issue with him", None),
        (D, "Daniel Marengo", "We are a small country. We depend on goodwill in Europe, which is still our biggest "
            "market by far,", None),
        (I, "Seychelles Hospitality and Tourism Association", "its members had already received enquiries for the "
            "Easter period", None),
        (P, "One hotelier", "basically disappeared", None),
        (D, "One hotelier", "Some of them were coming back through Dubai anyway. This just makes it cheaper for "
            "them to get here,", None),
        (I, "Ministry of Foreign Affairs and Tourism", "the first flight would be welcomed with a small ceremony at "
            "the Seychelles International Airport", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs and Tourism", "government", title="ministry", affiliation="Seychelles",
              aliases=["Ministry of Foreign Affairs and Tourism", "ministry"], stance=1),
        actor("Jean-Claude Pillay", "person", title="Minister for Foreign Affairs and Tourism",
              affiliation="Seychelles",
              aliases=["Jean-Claude Pillay", "Pillay", "Minister for Foreign Affairs and Tourism"], stance=1),
        actor("Gennady Sotnikov", "person", title="Russian Ambassador", affiliation="Russia",
              aliases=["Gennady Sotnikov", "Sotnikov"], stance=1),
        actor("Oksana Belova", "person", title="regional director for Africa and the Indian Ocean",
              affiliation="Aeroflot", aliases=["Oksana Belova", "Belova"], stance=None),
        actor("National Bureau of Statistics", "government", title="statistics office", affiliation="Seychelles",
              aliases=["National Bureau of Statistics"], stance=None),
        actor("Daniel Marengo", "person", title="member of the National Assembly", affiliation="opposition",
              aliases=["Daniel Marengo", "Marengo"], stance=-1),
        actor("Seychelles Hospitality and Tourism Association", "organisation", title="hotel trade body",
              aliases=["Seychelles Hospitality and Tourism Association", "SHTA"], stance=1),
        actor("One hotelier", "person", title="anonymous hotelier on Praslin",
              aliases=["One hotelier", "hotelier"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Tulsa World courts (a judge refuses to dismiss a well-contamination suit), headline and standfirst
#    without speech, "By Kelsey Vaughn Tulsa World" byline, "Dec 3, 2026", "OKMULGEE —" dateline, AP style
#    (surnames alone, ages), straight " and apostrophes, reporter's phone/email sign-off. Judge "said from
#    the bench that A", then a quote split by "Whitebird said" (two directs); company attorney "had argued
#    at a hearing last month that A"; "declined to comment" (not annotated); company "said it was "..." by
#    the decision and would "..."" (two partials); "The company has said since the leak that A"; scare a "good
#    neighbor" arrangement; quote before "said Wanda Harjo, 67, who ..."; her son Travis Harjo (shared
#    surname) "said A", quote before "Travis Harjo said"; regulator "reported in March that A", "The
#    commission said in an email Wednesday that A"; families' attorney "called the ruling "..."" (partial),
#    "She said A", Q&A "Asked whether ..., Brightfeather said: "..."".
ARTICLES[f"{BATCH}/redbud-midstream-well-lawsuit.gold.json"] = {
    "article": f"{BATCH}/redbud-midstream-well-lawsuit.txt",
    "target": "Redbud Midstream",
    "quotes": [
        (I, "Carla Whitebird", "the families could not reasonably have known the source of the contamination until "
            "state regulators traced it in March", None),
        (D, "Carla Whitebird", "The statute of limitations does not begin to run the moment the water turns bad,",
            None),
        (D, "Carla Whitebird", "It begins when a reasonable person could have known who was responsible.", None),
        (I, "Grant Ellison", "the families waited more than two years after the leak was first reported before "
            "filing suit", None),
        (P, "Redbud Midstream", "disappointed", None),
        (P, "Redbud Midstream", "continue to defend this case vigorously.", None),
        (I, "Redbud Midstream", "its own testing found no link between the line and the wells", None),
        (S, None, "good neighbor", None),
        (D, "Wanda Harjo", "We've hauled water in jugs for a year and a half. My grandkids don't drink from the tap "
            "at my house, not ever,", None),
        (I, "Travis Harjo", "the family had spent more than $6,000 on filtration systems that still leave the water "
            "smelling of diesel", None),
        (D, "Travis Harjo", "Nobody from that company has ever knocked on our door,", None),
        (I, "Oklahoma Corporation Commission", "hydrocarbons in three of the wells matched product carried in "
            "Redbud's 8-inch line", None),
        (I, "Oklahoma Corporation Commission", "its investigation remained open", None),
        (P, "Dana Brightfeather", "a big first step.", None),
        (I, "Dana Brightfeather", "she expected to begin taking depositions of Redbud employees in January", None),
        (D, "Dana Brightfeather", "We'll listen to anything that gets these people clean water. So far nobody has "
            "offered that.", None),
    ],
    "actors": [
        actor("Carla Whitebird", "person", title="District Judge", affiliation="Okmulgee County",
              aliases=["Carla Whitebird", "Whitebird"], stance=0),
        actor("Grant Ellison", "person", title="attorney", affiliation="Redbud Midstream",
              aliases=["Grant Ellison", "Ellison"], stance=1),
        actor("Redbud Midstream", "organisation", title="pipeline operator",
              aliases=["Redbud Midstream", "Redbud"], stance=1),
        actor("Wanda Harjo", "person", title="plaintiff", aliases=["Wanda Harjo", "Harjo"], stance=-1),
        actor("Travis Harjo", "person", title="plaintiff's son", aliases=["Travis Harjo", "Harjo"], stance=-1),
        actor("Oklahoma Corporation Commission", "government", title="state regulator", affiliation="Oklahoma",
              aliases=["Oklahoma Corporation Commission", "commission"], stance=-1),
        actor("Dana Brightfeather", "person", title="attorney for the families",
              aliases=["Dana Brightfeather", "Brightfeather"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Leinster Express local news (a county library closed for refurbishment), headline with a straight
#    single fragment "Laois council chief defends 'difficult' decision ..." (partial for the chief
#    executive), standfirst without speech, "5 Dec 2026 11:40 AM" line, straight " and
#    apostrophes, Irish names and fadas, "Cllr", "(FF)"/"(FG)", "Read more:" lines. Chief executive
#    "telling councillors there was "..." to ..." (partial only), quote before "Mr Kinsella said" then a
#    quote-only paragraph; "He said A"; Cllr Catherine Fitzpatrick "said the town had been given "..." and
#    that older people relied on ... for "..."" (two partials), "she said"; Cllr John Joe Fitzpatrick (same
#    surname, not related) "said A", "He said it had taken the council "..." to ..., noting that B"
#    (partial plus indirect); "Mr Kinsella said A, and the council had moved "..."" (indirect plus
#    partial); "The Department confirmed that A"; anonymous staff member "told the Leinster Express that
#    A", then "the staff member said"; Cathaoirleach "thanked ... (act) and said A"; scare so-called
#    "doughnut effect".
ARTICLES[f"{BATCH}/mountmellick-library-closure.gold.json"] = {
    "article": f"{BATCH}/mountmellick-library-closure.txt",
    "target": "Donal Kinsella",
    "quotes": [
        (P, "Donal Kinsella", "difficult", "'difficult'"),
        (P, "Donal Kinsella", "no safe way", None),
        (D, "Donal Kinsella", "I know this is a difficult decision for the people of Mountmellick. Nobody in this "
            "building wanted to close a library,", None),
        (D, "Donal Kinsella", "But the roof, the wiring and the heating all have to be replaced, and you cannot do "
            "that with children reading in the next room.", None),
        (I, "Donal Kinsella", "a temporary service would operate from the Mountmellick Development Association's "
            "premises on Irishtown from January 12, with opening hours on four days a week", None),
        (P, "Catherine Fitzpatrick", "two weeks' notice of an 18-month closure", None),
        (P, "Catherine Fitzpatrick", "everything from pensions to the NCT", None),
        (D, "Catherine Fitzpatrick", "This is the heart of the town. You don't take the heart out of a town and then "
            "tell people to be patient,", None),
        (I, "John Joe Fitzpatrick", "the building clearly needed the work", None),
        (P, "John Joe Fitzpatrick", "four years too long", None),
        (I, "John Joe Fitzpatrick", "the roof had first been flagged in a condition survey in 2022", None),
        (I, "Donal Kinsella", "funding from the Department of Rural and Community Development had only been "
            "confirmed in August", None),
        (P, "Donal Kinsella", "as fast as any local authority could", None),
        (I, "Department of Rural and Community Development", "funding of \u20ac1.2 million had been allocated to the "
            "project under the Town and Village Renewal Scheme, with the council providing the balance of the "
            "\u20ac1.6 million cost", None),
        (I, "One member of library staff", "staff had learned of the closure from a council press release", None),
        (D, "One member of library staff", "We heard it the same way the public did. That was hard, after "
            "everything we've done to keep the place going,", None),
        (I, "Aidan Mulhare", "the matter would come back before the municipal district in February", None),
        (S, None, "doughnut effect", None),
    ],
    "actors": [
        actor("Donal Kinsella", "person", title="chief executive", affiliation="Laois County Council",
              aliases=["Donal Kinsella", "Kinsella", "Laois council chief", "chief executive"], stance=1),
        actor("Catherine Fitzpatrick", "person", title="councillor", affiliation="Fianna F\u00e1il",
              aliases=["Catherine Fitzpatrick", "Fitzpatrick"], stance=-1),
        actor("John Joe Fitzpatrick", "person", title="councillor", affiliation="Fine Gael",
              aliases=["John Joe Fitzpatrick", "Fitzpatrick"], stance=-1),
        actor("Department of Rural and Community Development", "government", title="government department",
              affiliation="Government of Ireland",
              aliases=["Department of Rural and Community Development", "Department"], stance=None),
        actor("One member of library staff", "person", title="anonymous library staff member",
              affiliation="Mountmellick library", aliases=["One member of library staff", "staff member"],
              stance=-1),
        actor("Aidan Mulhare", "person", title="Cathaoirleach", affiliation="Laois County Council",
              aliases=["Aidan Mulhare", "Mulhare", "Cathaoirleach"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Engineering News-Record trade press (Canada's steel quota hurts U.S. fabricators), headline and
#    standfirst without speech, date and byline lines, present-tense "says" throughout (past "said" only for
#    the Canadian statement), straight " and apostrophes, "25%", "Mich.". Group lede "Two months after ...,
#    structural steel fabricators in ... say A"; scare so-called "diversion" problem; quote before "says
#    Dale Kowalczyk, president of ..."; "Kowalczyk says A"; AISC "calls the quota "..." and says A"
#    (partial plus indirect); "In an email, USTR says it is "..."" (partial only); Department of Finance
#    "said in a statement to ENR that the measure was "..."" (partial only), "It added that A"; Canadian
#    institute president (Marc-Andre Tremblay) "says A", then quote with "Tremblay says"; analyst "says A",
#    "she says"; anonymous "Two owners' representatives ... told ENR on condition of anonymity that A";
#    "Kowalczyk ... says A", "he says".
ARTICLES[f"{BATCH}/canada-steel-quota-fabricators.gold.json"] = {
    "article": f"{BATCH}/canada-steel-quota-fabricators.txt",
    "target": "Canada",
    "quotes": [
        (I, "structural steel fabricators", "a Canadian tariff-rate quota on imported wide-flange sections is already "
            "costing them work north of the border", None),
        (S, None, "diversion", None),
        (D, "Dale Kowalczyk", "We had three Ontario jobs in the pipeline in September. We've lost two of them on "
            "price alone,", None),
        (I, "Dale Kowalczyk", "the surtax adds roughly $180 per ton to his shop's bids once his supplier's share of "
            "the quota runs out, which happened in the first week of November", None),
        (P, "American Institute of Steel Construction", "a trade barrier dressed up as a safeguard", None),
        (I, "American Institute of Steel Construction", "it has asked the Office of the U.S. Trade Representative "
            "to raise the issue with Ottawa before the next review of the measure", None),
        (P, "USTR", "monitoring the situation closely.", None),
        (P, "Department of Finance", "consistent with Canada's international trade obligations.", None),
        (I, "Department of Finance", "the quota was needed to stop steel diverted from other markets from flooding "
            "the Canadian market", None),
        (I, "Marc-Andr\u00e9 Tremblay", "the quota protects domestic mills but leaves fabricators exposed when "
            "Canadian mills cannot supply certain sizes", None),
        (D, "Marc-Andr\u00e9 Tremblay", "The quota protects Canadian mills, not Canadian fabricators. Our members are "
            "caught in the middle too, and the exemption process needs to be a lot faster than it is,", None),
        (I, "Rosa Villanueva", "the quota is unlikely to be loosened before Canada's review next summer", None),
        (D, "Rosa Villanueva", "Ottawa has been very clear that it sees this as protecting its own market, not as a "
            "bargaining chip. I'd plan bids for 2027 assuming it stays,", None),
        (I, "Two owners' representatives", "general contractors had begun asking for price-adjustment clauses tied "
            "to the surtax", None),
        (I, "Dale Kowalczyk", "he has not laid anyone off but has cut overtime and is bidding more work in Indiana "
            "and Pennsylvania to make up the difference", None),
        (D, "Dale Kowalczyk", "Five years ago, a third of our work was in Canada. Next year I'd be surprised if it's "
            "a tenth,", None),
    ],
    "actors": [
        actor("structural steel fabricators", "group", title="U.S. fabricators near the border",
              aliases=["structural steel fabricators"], stance=-1),
        actor("Dale Kowalczyk", "person", title="president", affiliation="Kowalczyk Steel Erectors",
              aliases=["Dale Kowalczyk", "Kowalczyk"], stance=-1),
        actor("American Institute of Steel Construction", "organisation", title="U.S. steel construction trade body",
              aliases=["American Institute of Steel Construction", "AISC"], stance=-1),
        actor("USTR", "government", title="Office of the U.S. Trade Representative", affiliation="United States",
              aliases=["USTR", "Office of the U.S. Trade Representative"], stance=0),
        actor("Department of Finance", "government", title="finance ministry", affiliation="Canada",
              aliases=["Department of Finance"], stance=1),
        actor("Marc-Andr\u00e9 Tremblay", "person", title="president",
              affiliation="Canadian Institute of Steel Construction",
              aliases=["Marc-Andr\u00e9 Tremblay", "Tremblay"], stance=0),
        actor("Rosa Villanueva", "person", title="steel market analyst", affiliation="Meridian Metals Research",
              aliases=["Rosa Villanueva", "Villanueva"], stance=0),
        actor("Two owners' representatives", "group", title="anonymous owners' representatives on Ontario hospital "
              "projects", aliases=["Two owners' representatives"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
