"""Build the dev231 gold files (data/eval/dev231/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev225/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev231/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev231.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev231"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. MINING.COM (mining trade press) environment (a tailings pipe bursts at a Peruvian copper-zinc mine), headline without
#    speech, "Staff Writer | December 3, 2026 | 9:41 am" line, curly “ ” and ’, "(TSX: CCU)", "%"; company "said in a
#    statement on Tuesday that A and that B" (one span), "It said the spill had been “...”" (partial only); regulator
#    "said A"; anonymous official after the quote ("said an OEFA official who was not authorized ..."); chief
#    executive in an apposition "told analysts on a conference call that the company would “...” with the regulator"
#    (partial only), "He said A", quote split by "Galloway said." and continued; community president in an apposition
#    "said A", quote split by "he told MINING.COM by phone, speaking in Spanish."; group "Community members said A";
#    NGO "called the spill “...”" (partial) and "urged ..." (directive); scare so-called “mining corridor” (glossed);
#    analyst "wrote in a note to clients that A", then a quote with "Latham wrote."; ministry "said A"; "According to
#    OEFA, A".
ARTICLES[f"{BATCH}/cordillera-copper-llacsa-tailings-spill.gold.json"] = {
    "article": f"{BATCH}/cordillera-copper-llacsa-tailings-spill.txt",
    "target": "Cordillera Copper",
    "quotes": [
        (I, "Cordillera Copper", "about 400 cubic metres of tailings had escaped before the line was shut and that there "
            "were no injuries", None),
        (P, "Cordillera Copper", "contained within the mine’s footprint", None),
        (I, "OEFA", "its inspectors had found tailings in the Quebrada Llacsa about two kilometres downstream of the "
            "property boundary", None),
        (D, "OEFA official who was not authorized to speak to the press", "What we saw on the ground does not match what "
            "the company has said,", None),
        (P, "Andrew Galloway", "cooperate fully", None),
        (I, "Andrew Galloway", "the mill was expected to restart within two weeks", None),
        (D, "Andrew Galloway", "We take this extremely seriously. A pipe failed, and that should not happen at a modern "
            "operation,", None),
        (D, "Andrew Galloway", "But I want to be clear: the tailings dam itself was never at risk.", None),
        (I, "Hilario Quispe Huamán", "families downstream had stopped using the stream to water their livestock", None),
        (D, "Hilario Quispe Huamán", "The water turned grey. Our animals drink from that water, our children wash in it,",
            None),
        (D, "Hilario Quispe Huamán", "The company only came to talk to us yesterday afternoon, almost a day later.", None),
        (I, "Community members", "they would block the mine’s access road on Thursday unless the company paid for "
            "independent water tests", None),
        (P, "CooperAcción", "a warning for the whole valley", None),
        (S, None, "mining corridor", None),
        (I, "Rhys Latham", "the suspension would cut about 3,000 tonnes from the company’s fourth-quarter copper output",
            None),
        (D, "Rhys Latham", "The bigger risk is the social licence, not the lost tonnes,", None),
        (I, "Ministry of Energy and Mines", "it had sent a team of engineers to the site to review the integrity of the "
            "pipeline", None),
        (I, "OEFA", "it was the third environmental incident reported at Llacsa since 2022", None),
    ],
    "actors": [
        actor("Cordillera Copper", "organisation", title="Toronto-based miner", affiliation="Canada",
              aliases=["Cordillera Copper", "Cordillera", "the company"], stance=1),
        actor("OEFA", "government", title="environmental enforcement agency", affiliation="Peru", aliases=["OEFA"],
              stance=-1),
        actor("OEFA official who was not authorized to speak to the press", "person", title="official (anonymous)",
              affiliation="OEFA", aliases=["OEFA official who was not authorized to speak to the press"], stance=-1),
        actor("Andrew Galloway", "person", title="chief executive", affiliation="Cordillera Copper",
              aliases=["Andrew Galloway", "Galloway"], stance=1),
        actor("Hilario Quispe Huamán", "person", title="president of the Llacsa peasant community",
              affiliation="Llacsa peasant community", aliases=["Hilario Quispe Huamán", "Quispe"], stance=-1),
        actor("Community members", "group", title="members of the Llacsa peasant community",
              affiliation="Llacsa peasant community", aliases=["Community members"], stance=-1),
        actor("CooperAcción", "organisation", title="Lima-based non-profit monitoring mining conflicts", affiliation="Peru",
              aliases=["CooperAcción"], stance=-1),
        actor("Rhys Latham", "person", title="analyst", affiliation="BMO Capital Markets",
              aliases=["Rhys Latham", "Latham"], stance=0),
        actor("Ministry of Energy and Mines", "government", title="ministry", affiliation="Peru",
              aliases=["Ministry of Energy and Mines"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The National (Papua New Guinea) local government (the city commission demolishes settlement houses), headline
#    without speech, byline in capitals, lede opening "MORE than", straight " and apostrophes, "K2,000"; commission
#    "said A and that B" (one span); city manager "told The National the demolition was "..."" (partial only), quote
#    with "Kila said", then a quote-only paragraph; group "Residents of the settlement said A and that B"; quote before
#    "said Mary Aiwa, 34, a mother of four, standing beside ..."; resident "Another resident, Peter Sare, said A and
#    had paid ..." (one span), "Mr Sare said" (his quote reports the commission: "Now the commission says ..."); police
#    "said police had been at the site "..."" (partial only), "He said A"; pastor "said A", "he said"; landowners'
#    chairman "said A, and described ... as "..."" (indirect plus partial); MP "called the demolition "..." and said
#    B" (partial plus indirect); scare so-called "clean city" campaign; "According to the NCDC, A"; "did not say where
#    ..." (negated).
ARTICLES[f"{BATCH}/hohola-ridge-settlement-demolition.gold.json"] = {
    "article": f"{BATCH}/hohola-ridge-settlement-demolition.txt",
    "target": "National Capital District Commission",
    "quotes": [
        (I, "National Capital District Commission", "the houses had been built illegally on land zoned for a water "
            "reservoir and that the settlers had been given three months' notice to leave", None),
        (P, "Raymond Kila", "lawful and long overdue", None),
        (D, "Raymond Kila", "These families were told in August, they were told again in October, and they were told last "
            "week. We cannot build a reservoir for 50,000 people while houses are sitting on the site,", None),
        (D, "Raymond Kila", "We are not against settlers. But the law applies to everybody in this city.", None),
        (I, "Residents of the settlement", "they had not received any written notice and that the bulldozers arrived at "
            "6am while children were still asleep", None),
        (D, "Mary Aiwa", "We lost everything. Our clothes, our pots, my children's school books. Where will we sleep "
            "tonight?", None),
        (I, "Peter Sare", "he had lived at Hohola Ridge since 1998 and had paid K2,000 to a man claiming to be the "
            "customary landowner", None),
        (D, "Peter Sare", "He gave us a paper with a stamp. Now the commission says the paper is nothing,", None),
        (P, "Anton Rumbu", "only to keep the peace", None),
        (I, "Anton Rumbu", "no arrests had been made", None),
        (I, "Lemeki Tau", "the church had opened its hall to 40 families", None),
        (D, "Lemeki Tau", "The commission should have found land for these people before they sent the machines,", None),
        (I, "Dairi Vele", "the land belonged to Motu-Koita clans and had been leased to the State", None),
        (P, "Dairi Vele", "money given to conmen", None),
        (P, "Tony Kavo", "heartless", None),
        (I, "Tony Kavo", "he would raise it in Parliament next week", None),
        (S, None, "clean city", None),
        (I, "National Capital District Commission", "about 45 per cent of Port Moresby's residents now live in "
            "settlements, many of them on customary land with no formal title", None),
    ],
    "actors": [
        actor("National Capital District Commission", "government", title="city commission", affiliation="Port Moresby",
              aliases=["National Capital District Commission", "NCDC", "The commission"], stance=1),
        actor("Raymond Kila", "person", title="NCDC city manager", affiliation="National Capital District Commission",
              aliases=["Raymond Kila", "Kila"], stance=1),
        actor("Residents of the settlement", "group", title="residents of Hohola Ridge", affiliation=None,
              aliases=["Residents of the settlement"], stance=-1),
        actor("Mary Aiwa", "person", title="resident, 34, mother of four", affiliation=None,
              aliases=["Mary Aiwa", "Aiwa"], stance=-1),
        actor("Peter Sare", "person", title="resident", affiliation=None, aliases=["Peter Sare", "Sare", "Mr Sare"],
              stance=-1),
        actor("Anton Rumbu", "person", title="Metropolitan Superintendent, Chief Inspector",
              affiliation="Royal Papua New Guinea Constabulary", aliases=["Anton Rumbu", "Rumbu"], stance=0),
        actor("Lemeki Tau", "person", title="Pastor", affiliation="Hohola Seventh-day Adventist church",
              aliases=["Lemeki Tau", "Tau", "Pastor Lemeki Tau"], stance=-1),
        actor("Dairi Vele", "person", title="chairman", affiliation="Motu-Koita Assembly", aliases=["Dairi Vele", "Vele"],
              stance=1),
        actor("Tony Kavo", "person", title="Moresby North-West MP", affiliation="Parliament of Papua New Guinea",
              aliases=["Tony Kavo", "Kavo"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. WWD (Women's Wear Daily, fashion trade press) business (a Florentine leather house closes a workshop), headline in
#    title case without speech, byline and "December 3, 2026, 11:02am" line, dateline "MILAN —", curly “ ” and ’,
#    American punctuation inside closing marks; company "said Wednesday that A, and that B" (one span); chief executive
#    "said the decision was “...”" (partial only), quote split by "Castaing said." and continued, "She said A"; union
#    "said the offer ... was “...” for workers ..." (partial only); union representative named after her quote, then a
#    two-paragraph quote (open, then closed); group "Several workers outside the gates said A"; mayor "said the town had
#    learned of the decision “...”" (partial only), "He said A"; regional councilor named first, "said A"; scare
#    so-called “Made in Scandicci” label; "Analysts were less surprised." (no speech); analyst named after his quote;
#    "According to Confartigianato, the artisans’ association, A".
ARTICLES[f"{BATCH}/casa-verrini-scandicci-workshop-closure.gold.json"] = {
    "article": f"{BATCH}/casa-verrini-scandicci-workshop-closure.txt",
    "target": "Casa Verrini",
    "quotes": [
        (I, "Casa Verrini", "production of its bags and small leather goods would move to a larger Maréval site near "
            "Arezzo, and that all Scandicci employees would be offered jobs there", None),
        (P, "Hélène Castaing", "painful but necessary.", None),
        (D, "Hélène Castaing", "Scandicci is where Verrini was born, and nobody here takes that lightly,", None),
        (D, "Hélène Castaing", "But the building is 60 years old, we cannot expand it, and demand for our bags has doubled "
            "since 2021. We need one modern workshop, not three small ones.", None),
        (I, "Hélène Castaing", "the company would invest 40 million euros in the Arezzo site over three years", None),
        (P, "FILCTEM CGIL", "an offer in name only", None),
        (D, "Marta Giannelli", "They talk about craftsmanship in every advertisement. Then they close the workshop where "
            "the craftsmen are,", None),
        (D, "Marta Giannelli", "Some of us have been stitching Verrini bags since we were 19. We are not going to Arezzo.",
            None),
        (D, "Marta Giannelli", "We are going to fight for this workshop.", None),
        (I, "Several workers outside the gates", "they had first heard about the closure in a WhatsApp message, an hour "
            "before the company’s announcement", None),
        (P, "Leonardo Bacci", "from the newspapers.", None),
        (I, "Leonardo Bacci", "he had asked for a meeting with Maréval’s management in Paris", None),
        (I, "Serena Monti", "the region would convene a crisis table with the company and the unions next week", None),
        (S, None, "Made in Scandicci", None),
        (D, "Paolo Ferrante", "Luxury houses are consolidating production to control quality and cost. Verrini is doing "
            "what everyone else will do in the next five years,", None),
        (I, "Confartigianato", "Tuscany’s leather district employs about 30,000 people, most of them in small workshops "
            "that supply the big houses", None),
    ],
    "actors": [
        actor("Casa Verrini", "organisation", title="Florentine leather goods house", affiliation="Groupe Maréval",
              aliases=["Casa Verrini", "Verrini", "The company"], stance=1),
        actor("Hélène Castaing", "person", title="chief executive officer", affiliation="Casa Verrini",
              aliases=["Hélène Castaing", "Castaing"], stance=1),
        actor("FILCTEM CGIL", "organisation", title="union", affiliation="Italy", aliases=["FILCTEM CGIL"], stance=-1),
        actor("Marta Giannelli", "person", title="union representative", affiliation="FILCTEM CGIL",
              aliases=["Marta Giannelli", "Giannelli"], stance=-1),
        actor("Several workers outside the gates", "group", title="workshop workers", affiliation="Casa Verrini",
              aliases=["Several workers outside the gates"], stance=-1),
        actor("Leonardo Bacci", "person", title="Scandicci mayor", affiliation="Scandicci",
              aliases=["Leonardo Bacci", "Bacci"], stance=-1),
        actor("Serena Monti", "person", title="regional councilor for economic development", affiliation="Tuscany",
              aliases=["Serena Monti", "Monti"], stance=0),
        actor("Paolo Ferrante", "person", title="analyst", affiliation="Ottavi & Co.",
              aliases=["Paolo Ferrante", "Ferrante"], stance=1),
        actor("Confartigianato", "organisation", title="artisans’ association", affiliation="Italy",
              aliases=["Confartigianato"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Orcadian (Orkney, Scotland; local weekly) transport (ferry cancellations to the North Isles), headline with a
#    fragment "Westray ferry cuts ‘a disaster’, says community council", byline, British curly single ‘ ’ with ’
#    apostrophes inside quotes (doesn’t, can’t, it’s) and outside (islands’, council’s), "£1,800", "Mrs"; lede "...
#    have been ‘a disaster’ for ..., the islands’ community council has said" (partial only); operator "confirmed that
#    A"; "In a letter to ..., the Westray and Papa Westray Community Council said A and that B" (one span); quote split by "said Mrs Isobel
#    Drever, who chairs the community council." and continued; baker "said A", "he said"; spokesperson "said the
#    company ‘...’ of islanders and that B" (partial plus indirect); scare so-called ‘lifeline’ services; councillor in
#    a relative clause "said the age of the fleet was ‘...’" (partial only), "he said", "He added that A"; Transport
#    Scotland spokesperson "said A", then a quote with "the spokesperson added."; anonymous resident "said A".
ARTICLES[f"{BATCH}/north-isles-ferry-cancellations.gold.json"] = {
    "article": f"{BATCH}/north-isles-ferry-cancellations.txt",
    "target": "Orkney Ferries",
    "quotes": [
        (P, "Westray and Papa Westray Community Council", "a disaster", "Westray ferry cuts"),
        (P, "Westray and Papa Westray Community Council", "a disaster", "Repeated cancellations"),
        (I, "Orkney Ferries", "31 sailings to the North Isles had been cancelled in November after the MV Noup Head was "
            "taken out of service with a gearbox fault", None),
        (I, "Westray and Papa Westray Community Council", "the cancellations had left shops without fresh food for up to "
            "four days and that one fish farm had been unable to move its harvest", None),
        (D, "Isobel Drever", "We have been patient for years, but patience doesn’t fill the shelves,", None),
        (D, "Isobel Drever", "When the boat doesn’t come, the island stops.", None),
        (I, "Fraser Tulloch", "he had thrown away £1,800 worth of stock in a fortnight", None),
        (D, "Fraser Tulloch", "I can bake all the bread I like. If it can’t get to Kirkwall, it’s no use to anybody,",
            None),
        (P, "spokesperson for Orkney Ferries", "fully understands the frustration", None),
        (I, "spokesperson for Orkney Ferries", "a replacement gearbox was due to arrive from Norway next week", None),
        (S, None, "lifeline", None),
        (P, "Magnus Sinclair", "the elephant in the room", None),
        (D, "Magnus Sinclair", "Some of these boats are older than the people sailing them. We have been asking the "
            "Scottish Government for replacement funding for over a decade,", None),
        (I, "Magnus Sinclair", "the council could not afford to replace its nine vessels on its own", None),
        (I, "Transport Scotland spokesperson", "ministers had provided £14 million to the council for inter-island ferry "
            "services this year", None),
        (D, "Transport Scotland spokesperson", "We remain committed to working with the council on a long-term "
            "replacement programme,", None),
        (I, "Papa Westray resident", "she had missed two hospital appointments in Kirkwall because of cancelled sailings",
            None),
    ],
    "actors": [
        actor("Westray and Papa Westray Community Council", "organisation", title="community council",
              affiliation="Westray and Papa Westray", aliases=["Westray and Papa Westray Community Council", "community council"],
              stance=-1),
        actor("Orkney Ferries", "organisation", title="council-owned ferry operator", affiliation="Orkney Islands Council",
              aliases=["Orkney Ferries"], stance=0),
        actor("Isobel Drever", "person", title="chair of the community council",
              affiliation="Westray and Papa Westray Community Council", aliases=["Isobel Drever", "Drever",
              "Mrs Isobel Drever"], stance=-1),
        actor("Fraser Tulloch", "person", title="baker, Pierowall", affiliation=None,
              aliases=["Fraser Tulloch", "Tulloch"], stance=-1),
        actor("spokesperson for Orkney Ferries", "person", title="spokesperson", affiliation="Orkney Ferries",
              aliases=["spokesperson for Orkney Ferries"], stance=1),
        actor("Magnus Sinclair", "person", title="Councillor, chair of the development and infrastructure committee",
              affiliation="Orkney Islands Council", aliases=["Magnus Sinclair", "Sinclair", "Councillor Magnus Sinclair"],
              stance=1),
        actor("Transport Scotland spokesperson", "person", title="spokesperson", affiliation="Transport Scotland",
              aliases=["Transport Scotland spokesperson", "the spokesperson"], stance=None),
        actor("Papa Westray resident", "person", title="resident (anonymous)", affiliation=None,
              aliases=["Papa Westray resident"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
