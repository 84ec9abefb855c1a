"""Build the dev156 gold files (data/eval/dev156/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev156/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev156.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev156"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The UB Post (Ulaanbaatar) economy (fuel shortages as Russian deliveries fall), headline without
#    speech, byline "By B.Khulan", Mongolian names written initial-dot-name (J.Ganbaatar, Ts.Bold) and two
#    people called Enkhbat told apart by their initials (D.Enkhbat, B.Enkhbat), straight " and apostrophes.
#    Lede content before "the Ministry of Mining and Heavy Industry reported"; "According to the ministry,
#    A"; minister "told reporters ... that the Russian side had cited ..." (a nested report kept whole),
#    quote with "the minister said", "He said A"; Russian trade representation "said in a statement that
#    Russia "..." of ... and that B" (partial plus indirect), then "the statement said"; economist "said
#    the shortage showed how "..." the country remains ..." (partial only), "Bold said", "He said A"; taxi
#    driver "said A", "he said"; association "said A and that B" (one span); its head "told The UB Post
#    that A", quote with "B.Enkhbat said"; scare so-called "fuel diplomacy".
ARTICLES[f"{BATCH}/ulaanbaatar-fuel-shortage-rosneft.gold.json"] = {
    "article": f"{BATCH}/ulaanbaatar-fuel-shortage-rosneft.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Mining and Heavy Industry", "Long queues formed at petrol stations across Ulaanbaatar this "
            "week after deliveries of A-92 gasoline from Russia fell by nearly half in November", None),
        (I, "Ministry of Mining and Heavy Industry", "only 38,000 tons of gasoline arrived by rail last month, compared "
            "with a planned 71,000 tons", None),
        (I, "J.Ganbaatar", "the Russian side had cited repair works at the Angarsk refinery and high domestic demand in "
            "Russia", None),
        (D, "J.Ganbaatar", "We have been informed by our Russian partners that the situation is temporary and that "
            "supplies will be restored by the end of December. We have no reason to doubt them,", None),
        (I, "J.Ganbaatar", "the government would release 15,000 tons of gasoline from the state reserve to stabilize "
            "the market", None),
        (P, "Trade Representation of the Russian Federation in Mongolia", "remains a reliable supplier", None),
        (I, "Trade Representation of the Russian Federation in Mongolia", "all obligations under the intergovernmental "
            "agreement would be fulfilled", None),
        (D, "Trade Representation of the Russian Federation in Mongolia", "Temporary fluctuations in deliveries are "
            "related to technical factors and are not connected to any political considerations,", None),
        (P, "Ts.Bold", "dangerously dependent", None),
        (D, "Ts.Bold", "Every winter we have the same problem, and every winter we are told it is temporary. Russia "
            "decides how much fuel we get and at what price. That is not a partnership, that is dependence,", None),
        (I, "Ts.Bold", "Mongolia should speed up construction of its own oil refinery in Dornogovi Province, which has "
            "been delayed several times", None),
        (I, "D.Enkhbat", "he had spent four hours in line on Wednesday and left with only 20 liters", None),
        (D, "D.Enkhbat", "If I don't drive, my family doesn't eat. I lost two days of work this week,", None),
        (I, "Mongolian Association of Petroleum Importers", "its members had been forced to ration sales and that prices "
            "at some private stations had risen to 3,200 tugrugs per liter", None),
        (I, "B.Enkhbat", "importers had asked the government to allow purchases from China and Kazakhstan", None),
        (D, "B.Enkhbat", "We cannot depend only on one door. When that door closes, the whole country stops,", None),
        (S, None, "fuel diplomacy", None),
    ],
    "actors": [
        actor("Ministry of Mining and Heavy Industry", "government", title="ministry", affiliation="Mongolia",
              aliases=["Ministry of Mining and Heavy Industry"], stance=0),
        actor("J.Ganbaatar", "person", title="Minister of Mining and Heavy Industry", affiliation="Mongolia",
              aliases=["J.Ganbaatar", "Ganbaatar"], stance=1),
        actor("Trade Representation of the Russian Federation in Mongolia", "government", title="trade mission",
              affiliation="Russia", aliases=["Trade Representation of the Russian Federation in Mongolia"], stance=1),
        actor("Ts.Bold", "person", title="economist, former adviser to the Bank of Mongolia",
              aliases=["Ts.Bold", "Bold"], stance=-1),
        actor("D.Enkhbat", "person", title="taxi driver", aliases=["D.Enkhbat"], stance=None),
        actor("Mongolian Association of Petroleum Importers", "organisation", title="importers' association",
              aliases=["Mongolian Association of Petroleum Importers"], stance=None),
        actor("B.Enkhbat", "person", title="association head",
              affiliation="Mongolian Association of Petroleum Importers", aliases=["B.Enkhbat"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Sunday Times (Sri Lanka) politics (a no-confidence motion against the Ports Minister), headline
#    without speech, "By Our Political Correspondent", straight " and apostrophes, "Mr." with a full
#    stop, "Rs. 2.4 billion". MP "told the Sunday Times that A and would B" (one span), quote with "Mr.
#    Wijeratne said"; "The motion accuses the Minister of "..."" (partial for the SJB, whose motion it
#    is); minister "dismissed the motion as "..."" (partial), "he said", "He said A", then "A ... had also
#    had "...", he said" (partial); anonymous Government source "told the Sunday Times A, but admitted that
#    B" (two indirects), "the source said"; Customs "said in a statement that A, and that the ... system was
#    operating "..."" (indirect plus partial); association chairman (title chain before the name) "said A",
#    "he said", Q&A "Asked whether ..., Mr. Perera replied: "...""; a second Perera (SLPA) "declined to
#    comment ... but said A". Not annotated: the lede's "blaming him for ..." (an act), "declined to comment".
ARTICLES[f"{BATCH}/colombo-port-no-confidence-gamage.gold.json"] = {
    "article": f"{BATCH}/colombo-port-no-confidence-gamage.txt",
    "target": "Upul Gamage",
    "quotes": [
        (I, "Lakshman Wijeratne", "the motion had already been signed by 42 Opposition MPs and would be handed to the "
            "Speaker on Tuesday", None),
        (D, "Lakshman Wijeratne", "For three months the Minister has been telling the country that the problem will be "
            "solved next week. Next week never comes. Meanwhile, small importers are going bankrupt,", None),
        (P, "Samagi Jana Balawegaya", "gross mismanagement", None),
        (P, "Upul Gamage", "a political drama", None),
        (D, "Upul Gamage", "The backlog has come down from 9,000 containers to under 3,000 in one month. The Opposition "
            "knows this, but they do not want the public to know it,", None),
        (I, "Upul Gamage", "the delays had been caused by a surge in vehicle imports after restrictions were lifted",
            None),
        (P, "Upul Gamage", "teething problems", None),
        (I, "A senior Government source", "the ruling party's MPs would vote against the motion", None),
        (I, "A senior Government source", "some of them were unhappy with the Minister's handling of the issue", None),
        (D, "A senior Government source", "There is frustration inside the group. Nobody will vote with the SJB, but "
            "the Minister will be asked to explain himself at the next group meeting,", None),
        (I, "Sri Lanka Customs Department", "94 percent of containers were now being cleared within 72 hours", None),
        (P, "Sri Lanka Customs Department", "at full capacity", None),
        (I, "Rohan Perera", "members had paid more than Rs. 2.4 billion in demurrage and storage charges since "
            "September", None),
        (D, "Rohan Perera", "We are not interested in politics. We want our goods released and we want someone to take "
            "responsibility for the losses,", None),
        (D, "Rohan Perera", "That is for Parliament to decide. But if this happened in a private company, the manager "
            "would not still be in his chair.", None),
        (I, "Nimal Perera", "additional yard space at the Bloemendhal terminal would be opened by the end of December",
            None),
    ],
    "actors": [
        actor("Lakshman Wijeratne", "person", title="SJB Kandy District MP", affiliation="Samagi Jana Balawegaya",
              aliases=["Lakshman Wijeratne", "Wijeratne", "Mr. Wijeratne"], stance=-1),
        actor("Samagi Jana Balawegaya", "organisation", title="main Opposition party (its motion)",
              aliases=["Samagi Jana Balawegaya", "SJB"], stance=-1),
        actor("Upul Gamage", "person", title="Ports and Shipping Minister", affiliation="Government",
              aliases=["Upul Gamage", "Gamage", "Minister Gamage"], stance=1),
        actor("A senior Government source", "person", title="anonymous Government source", affiliation="Government",
              aliases=["A senior Government source"], stance=0),
        actor("Sri Lanka Customs Department", "government", title="customs", affiliation="Sri Lanka",
              aliases=["Sri Lanka Customs Department"], stance=0),
        actor("Rohan Perera", "person", title="Chairman", affiliation="Importers' Association of Sri Lanka",
              aliases=["Rohan Perera", "Perera", "Mr. Perera"], stance=-1),
        actor("Nimal Perera", "person", title="SLPA Deputy Chairman", affiliation="Sri Lanka Ports Authority",
              aliases=["Nimal Perera", "Perera"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Murcia Today crime/environment (scrapyard directors charged after a toxic fire), headline without
#    speech, standfirst "The Guardia Civil says A" (reported speech without marks in a standfirst: not
#    annotated, as in dev100), byline, lede in capitals ("THE Guardia Civil"), straight " and
#    apostrophes, British spelling. SEPRONA officers "said on Friday that A"; "According to the Guardia
#    Civil, samples ... showed "..." levels ..." (partial only); lawyer "said his clients "..." the fire but
#    insisted A" (partial plus indirect), quote split by "Gil told Murcia Today"; two Garcías: the
#    councillor Mar García ("said A and had B", one span; "she said") and the residents' president Antonio
#    García ("said A"; quote with "García said, adding that B"); ecologists "described the yard as "..."
#    and called for ..." (partial; the directive is not annotated); regional government "said A but that
#    B" (one span). Not annotated: residents "were told to keep their windows closed", "have not been
#    named", "READ MORE:" lines.
ARTICLES[f"{BATCH}/cartagena-scrapyard-fire-charges.gold.json"] = {
    "article": f"{BATCH}/cartagena-scrapyard-fire-charges.txt",
    "target": "Reciclajes del Sureste",
    "quotes": [
        (I, "Nature Protection Service", "the company, Reciclajes del Sureste SL, had been storing around 400 tonnes of "
            "used car batteries, tyres and plastic waste without the required environmental licence", None),
        (P, "Guardia Civil", "very high", None),
        (P, "Javier Gil", "deeply regret", None),
        (I, "Javier Gil", "the yard had all its paperwork in order", None),
        (D, "Javier Gil", "My clients have been in this business for thirty years. The licence was being renewed, and "
            "the Town Hall was fully aware of that,", None),
        (D, "Javier Gil", "We will prove in court that there was no crime.", None),
        (I, "Mar García", "the Town Hall had inspected the site twice in 2025 and had ordered the company to reduce the "
            "amount of waste stored there", None),
        (D, "Mar García", "The order was not followed. That is now a matter for the courts,", None),
        (I, "Antonio García", "families had been complaining about the smell from the yard for years", None),
        (D, "Antonio García", "We called, we wrote letters, we went to the Town Hall. Nobody listened until the sky went "
            "black,", None),
        (I, "Antonio García", "several older residents had been treated for breathing problems on the night of the "
            "fire", None),
        (P, "Ecologistas en Acción", "a time bomb", None),
        (I, "regional government", "soil tests in Santa Ana and Miranda had found no risk to public health but that "
            "monitoring would continue until the spring", None),
    ],
    "actors": [
        actor("Nature Protection Service", "government", title="Guardia Civil environmental unit",
              affiliation="Guardia Civil", aliases=["Nature Protection Service", "SEPRONA"], stance=-1),
        actor("Guardia Civil", "government", title="police force", affiliation="Spain", aliases=["Guardia Civil"],
              stance=-1),
        actor("Javier Gil", "person", title="company lawyer", affiliation="Reciclajes del Sureste",
              aliases=["Javier Gil", "Gil"], stance=1),
        actor("Mar García", "person", title="Cartagena councillor for the environment",
              affiliation="Cartagena Town Hall", aliases=["Mar García", "García"], stance=-1),
        actor("Antonio García", "person", title="president of the Santa Ana residents' association",
              aliases=["Antonio García", "García"], stance=-1),
        actor("Ecologistas en Acción", "organisation", title="environmental group",
              aliases=["Ecologistas en Acción"], stance=-1),
        actor("regional government", "government", title="Murcia regional government", affiliation="Region of Murcia",
              aliases=["regional government"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Pacific Island Times (Guam) diplomacy/science (the FSM protests a Chinese survey ship), headline
#    without speech, "By Pacific Island Times News Staff", dateline "Kolonia, Pohnpei —", straight " and
#    apostrophes, American punctuation inside closing marks, "Nov. 21". Lede content before "the FSM
#    Department of Foreign Affairs announced Thursday"; department "said the ship's activities were "..." of
#    ..." (partial only); secretary named between the two stretches ("..., Secretary of Foreign Affairs
#    Joakim Sohl said in a press release. "...""); the embassy "rejected the accusation" (an act); embassy
#    spokesperson "said the vessel had been conducting "..." in ... and had entered ... only "..."" (two
#    partials), then "the spokesperson said in a written reply"; Coast Guard district "confirmed that A";
#    spokeswoman "said the agency was "..." but declined to comment ..." (partial only); geologist "said
#    A", "she said"; anonymous council member "said fishermen ... had seen "..." during the period"
#    (partial only); delegate "called the incident "..." that the region's security was "..."" (two
#    partials), "she said in a statement". Not annotated: "traditional leaders have voiced unease".
ARTICLES[f"{BATCH}/fsm-chinese-survey-ship-yap.gold.json"] = {
    "article": f"{BATCH}/fsm-chinese-survey-ship-yap.txt",
    "target": "China",
    "quotes": [
        (I, "FSM Department of Foreign Affairs", "The Federated States of Micronesia has lodged a formal protest with "
            "Beijing after a Chinese research vessel spent nine days inside the FSM's exclusive economic zone east of "
            "Yap without permission", None),
        (P, "FSM Department of Foreign Affairs", "a clear violation", None),
        (D, "Joakim Sohl", "Marine scientific research in our waters requires our consent. No consent was requested and "
            "none was given,", None),
        (D, "Joakim Sohl", "We expect all our partners, big or small, to respect that.", None),
        (P, "An embassy spokesperson", "routine scientific research", None),
        (P, "An embassy spokesperson", "in transit", None),
        (D, "An embassy spokesperson", "China has always respected the sovereignty of the FSM and the other Pacific "
            "island countries. We hope the relevant side will not be misled by certain countries that seek to hype up "
            "the so-called China threat,", None),
        (I, "U.S. Coast Guard District 14", "one of its aircraft had photographed the vessel on Nov. 25 about 140 "
            "nautical miles east of Yap", None),
        (P, "Dana Hu", "sharing information with our FSM partners", None),
        (I, "Miriam Tellei", "detailed maps of the seabed near the Yap Trench could have both scientific and military "
            "uses", None),
        (D, "Miriam Tellei", "Bathymetric data is the same whether you are studying earthquakes or hiding a submarine. "
            "That is exactly why countries ask permission first,", None),
        (P, "A member of the Council of Pilung", "a big white ship with lights all night", None),
        (P, "Francine Mendiola", "another reminder", None),
        (P, "Francine Mendiola", "not a distant concern.", None),
        (D, "Francine Mendiola", "What happens in Yap's waters today can happen in Guam's tomorrow,", None),
    ],
    "actors": [
        actor("FSM Department of Foreign Affairs", "government", title="foreign ministry",
              affiliation="Federated States of Micronesia", aliases=["FSM Department of Foreign Affairs"], stance=-1),
        actor("Joakim Sohl", "person", title="Secretary of Foreign Affairs", affiliation="Federated States of Micronesia",
              aliases=["Joakim Sohl", "Sohl"], stance=-1),
        actor("An embassy spokesperson", "person", title="spokesperson, Chinese embassy in Kolonia", affiliation="China",
              aliases=["An embassy spokesperson"], stance=1),
        actor("U.S. Coast Guard District 14", "government", title="U.S. Coast Guard district",
              affiliation="United States", aliases=["U.S. Coast Guard District 14"], stance=0),
        actor("Dana Hu", "person", title="spokeswoman, Coast Guard Forces Micronesia/Sector Guam",
              affiliation="U.S. Coast Guard", aliases=["Dana Hu", "Hu"], stance=None),
        actor("Miriam Tellei", "person", title="marine geologist", affiliation="University of Guam",
              aliases=["Miriam Tellei", "Dr. Miriam Tellei", "Tellei"], stance=-1),
        actor("A member of the Council of Pilung", "person", title="anonymous traditional leader",
              affiliation="Council of Pilung", aliases=["A member of the Council of Pilung"], stance=0),
        actor("Francine Mendiola", "person", title="Guam Delegate", affiliation="Guam",
              aliases=["Francine Mendiola", "Mendiola"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
