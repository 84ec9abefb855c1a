"""Build the dev159 gold files (data/eval/dev159/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev159/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev159.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev159"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. BNamericas mining (Bolivia's congress shelves a lithium contract with Russia's Uranium One Group),
#    "Bolivia lithium: ..." headline without speech, "Published: Tuesday, December 1, 2026" line, straight "
#    and apostrophes, "US$976mn", "14,000t/y", "23Mt". Company "said in a statement that it remained "..." to
#    the project and that engineering work ... was "..."" (two partials, full stop inside the second), then
#    "the company added"; embassy "In a post on X, it said the delay served "..."" (partial only); YLB
#    president "told BNamericas A" (no "that"), quote with "Quispe said", Q&A "Asked whether ..., he said:
#    "...""; deputy "said the Russian contract offered the region "..." and that B" (partial plus
#    indirect), then "she said"; anonymous ministry source "told BNamericas that A", then a quote in the same
#    paragraph with "the source said"; "According to the US Geological Survey, A"; consultant "said the
#    Russian technology was "..."" (partial only), quote with "Ibáñez said", "He added that A"; content
#    before ", a congressional aide said".
ARTICLES[f"{BATCH}/bolivia-lithium-uranium-one-russia.gold.json"] = {
    "article": f"{BATCH}/bolivia-lithium-uranium-one-russia.txt",
    "target": "Russia",
    "quotes": [
        (P, "Uranium One Group", "fully committed", None),
        (P, "Uranium One Group", "more than 70% complete.", None),
        (D, "Uranium One Group", "We have fulfilled our obligations under the contract. We are waiting for the "
            "Bolivian side to complete its procedures,", None),
        (P, "Russia's embassy in La Paz", "foreign interests who do not want Bolivia to control its own resources,",
            None),
        (I, "Marcelo Quispe", "the company would not cancel the deal but was reviewing its terms, including the "
            "royalty paid to Potosí department and the share of output reserved for the domestic battery plant in "
            "La Palca", None),
        (D, "Marcelo Quispe", "Nobody is throwing anything away. But we inherited contracts that were signed quickly, "
            "and it is our responsibility to make sure they are good for Bolivia,", None),
        (D, "Marcelo Quispe", "We listen to everyone. That does not mean we have decided anything.", None),
        (P, "Ana Mamani", "crumbs", None),
        (I, "Ana Mamani", "it had been negotiated without consulting communities around the salt flat", None),
        (D, "Ana Mamani", "Our people have been promised lithium wealth for 15 years. What we have is a fenced pilot "
            "plant and a lot of photographs,", None),
        (I, "source at the hydrocarbons and energy ministry", "the government wanted to renegotiate rather than "
            "cancel, to avoid an arbitration claim", None),
        (D, "source at the hydrocarbons and energy ministry", "Cancelling would be the most expensive option of all,",
            None),
        (I, "US Geological Survey", "Bolivia holds the world's largest identified lithium resources, estimated at "
            "23Mt, but produced less than 1% of global supply last year", None),
        (P, "Jorge Ibáñez", "unproven at commercial scale", None),
        (D, "Jorge Ibáñez", "The problem is not that the partner is Russian. The problem is that nobody has shown the "
            "process works here,", None),
        (I, "Jorge Ibáñez", "international sanctions on Russian banks could also complicate payments for equipment",
            None),
        (I, "congressional aide", "The lower house's economic development committee is expected to take up the "
            "contract again in February", None),
    ],
    "actors": [
        actor("Uranium One Group", "organisation", title="Rosatom subsidiary", affiliation="Russia",
              aliases=["Uranium One Group", "the company"], stance=1),
        actor("Russia's embassy in La Paz", "government", title="embassy", affiliation="Russia",
              aliases=["Russia's embassy in La Paz"], stance=1),
        actor("Marcelo Quispe", "person", title="YLB president", affiliation="YLB",
              aliases=["Marcelo Quispe", "Quispe"], stance=0),
        actor("Ana Mamani", "person", title="opposition deputy for Potosí", affiliation="Bolivia's lower house",
              aliases=["Ana Mamani", "Mamani"], stance=-1),
        actor("source at the hydrocarbons and energy ministry", "person", title="anonymous ministry source",
              affiliation="Bolivia", aliases=["source at the hydrocarbons and energy ministry", "the source"],
              stance=0),
        actor("US Geological Survey", "government", title="US agency", affiliation="United States",
              aliases=["US Geological Survey"], stance=None),
        actor("Jorge Ibáñez", "person", title="partner", affiliation="Andean Resource Advisory",
              aliases=["Jorge Ibáñez", "Ibáñez"], stance=-1),
        actor("congressional aide", "person", title="anonymous congressional aide", affiliation="Bolivia's congress",
              aliases=["congressional aide"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Nile Post health (HIV test kit stockout in Kasese), headline without speech ("as NMS blames delayed
#    funds": no marks), "By ..." and "Published on December 4, 2026" lines, straight " and apostrophes,
#    "Dr" without a point, "READ ALSO:" line. Lede content before "health workers have told Nile Post"
#    (group); anonymous lab technician named after her quote ("said a laboratory technician at one of the
#    facilities, who asked not to be named ..."); DHO "confirmed that A", quote with "Dr Baluku said"; agency
#    "says A" (present tense, long apposition before the verb); spokesperson "told Nile Post A but B, and
#    that C" (one span), quote with "Atuhaire said"; "She denied claims that A" (noun object kept) and a
#    quote in the same paragraph with no cue (hers); MP "said A", quote with "Akello said, adding that B";
#    network "described the stockout as "..."" (partial), "According to UNASO, A"; mother Night Kabugho
#    (first name a word) "said A", then a quote in the same paragraph with "she said". Not annotated: the
#    ministry "did not respond".
ARTICLES[f"{BATCH}/nms-hiv-test-kits-stockout-kasese.gold.json"] = {
    "article": f"{BATCH}/nms-hiv-test-kits-stockout-kasese.txt",
    "target": "National Medical Stores",
    "quotes": [
        (I, "health workers", "Health centres in Kasese District have gone nearly three weeks without HIV test kits, "
            "with mothers attending antenatal clinics being turned away untested", None),
        (D, "laboratory technician at one of the facilities", "We are telling pregnant mothers to come back next "
            "week, and the next week, and the next week. Some of them will deliver before we test them,", None),
        (I, "Yusuf Baluku", "31 of the district's 57 public health facilities had run out of kits", None),
        (D, "Yusuf Baluku", "We have written to National Medical Stores three times. The response is always that the "
            "consignment is on the way,", None),
        (I, "National Medical Stores", "the shortage is the result of a delay in the release of funds by the Ministry "
            "of Finance", None),
        (I, "Grace Atuhaire", "the agency had placed the order in August but the money was only released in late "
            "October, and that a consignment of 1.2 million test kits had since arrived at Entebbe", None),
        (D, "Grace Atuhaire", "Distribution to all districts, including Kasese, starts this week. We expect every "
            "facility to be stocked before Christmas,", None),
        (I, "Grace Atuhaire", "claims that the kits had been diverted to other districts", None),
        (D, "Grace Atuhaire", "That is simply not true. We deliver according to the orders and the schedule. There is "
            "no favouritism.", None),
        (I, "Agnes Akello", "the agency had a pattern of blaming other institutions whenever supplies run short", None),
        (D, "Agnes Akello", "Every time it is someone else's fault. Finance, the weather, the supplier. Meanwhile, it "
            "is our mothers who are paying for it,", None),
        (I, "Agnes Akello", "the committee would summon NMS officials when Parliament resumes in January", None),
        (P, "Uganda Network of AIDS Service Organisations", "a serious setback", None),
        (I, "Uganda Network of AIDS Service Organisations", "Uganda has reduced new infections among children by more "
            "than half since 2015", None),
        (I, "Night Kabugho", "she had come to Bwera twice in the past two weeks", None),
        (D, "Night Kabugho", "They told me there is no kit. I will come again on Monday,", None),
    ],
    "actors": [
        actor("health workers", "group", title="health workers in Kasese", aliases=["health workers"], stance=-1),
        actor("laboratory technician at one of the facilities", "person", title="anonymous laboratory technician",
              aliases=["laboratory technician at one of the facilities"], stance=-1),
        actor("Yusuf Baluku", "person", title="Kasese District Health Officer", affiliation="Kasese District",
              aliases=["Yusuf Baluku", "Baluku", "Dr Baluku"], stance=-1),
        actor("National Medical Stores", "government", title="government medical supplies agency",
              affiliation="Uganda", aliases=["National Medical Stores", "NMS"], stance=1),
        actor("Grace Atuhaire", "person", title="NMS spokesperson", affiliation="National Medical Stores",
              aliases=["Grace Atuhaire", "Atuhaire"], stance=1),
        actor("Agnes Akello", "person", title="MP, Committee on Health", affiliation="Parliament of Uganda",
              aliases=["Agnes Akello", "Akello", "Hon. Agnes Akello"], stance=-1),
        actor("Uganda Network of AIDS Service Organisations", "organisation", title="civil society network",
              aliases=["Uganda Network of AIDS Service Organisations", "UNASO"], stance=-1),
        actor("Night Kabugho", "person", title="mother of one", aliases=["Night Kabugho", "Kabugho"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Baltimore Banner courts (a landlord sentenced over a fatal rowhouse fire), headline and dek without
#    speech, byline and "12/3/2026 5:41 p.m. EST" lines, curly quotes and apostrophes. Judge with a title
#    chain "said Pruitt had been cited ... and had "..."" (indirect plus partial, full stop inside), quote
#    with "the judge told Pruitt, who ..."; prosecutor "had asked for" (a request: not annotated), "He told the
#    court that A, and that B" (one span), quote split by "Delacroix said"; defence "argued that A" (indirect),
#    "He asked for" (not annotated), quote with "Liebman said"; defendant "briefly addressed the court" (act)
#    then a quote split by "he said"; mother (shared surname Banks with her son) "said A", Q&A "Asked whether
#    ..., she said: "...""; department "said in a statement that A and that B"; organizer "called the city's
#    enforcement "..." and said many landlords treat fines as "..."" (two partials); scare "known as
#    "Amari and Zaria's Law,"" (comma inside); content before ", according to the plea agreement".
ARTICLES[f"{BATCH}/pruitt-landlord-sentencing-fire.gold.json"] = {
    "article": f"{BATCH}/pruitt-landlord-sentencing-fire.txt",
    "target": "Calvin Pruitt",
    "quotes": [
        (I, "Kendra Ashby-Carr", "Pruitt had been cited by the city at least four times for code violations at the "
            "property", None),
        (P, "Kendra Ashby-Carr", "chosen, again and again, to do nothing.", None),
        (D, "Kendra Ashby-Carr", "This was not an accident in any meaningful sense of the word. The danger was known. "
            "It was written down. It was sent to you,", None),
        (I, "Ryan Delacroix", "investigators found the home’s only smoke alarm in a kitchen drawer with its battery "
            "removed, and that a rear door had been screwed shut", None),
        (D, "Ryan Delacroix", "Mr. Pruitt made a business decision,", None),
        (D, "Ryan Delacroix", "He decided that those repairs were not worth the money.", None),
        (I, "Howard Liebman", "his client had been struggling financially and had hired contractors who failed to "
            "finish the work", None),
        (D, "Howard Liebman", "He is not a slumlord with a hundred properties. He is a man with three houses who got "
            "in over his head,", None),
        (D, "Calvin Pruitt", "I think about those babies every day,", None),
        (D, "Calvin Pruitt", "I’m sorry. I know sorry doesn’t do anything.", None),
        (I, "Shanice Banks", "no sentence would have been long enough", None),
        (D, "Shanice Banks", "I heard him. That’s all I can say right now.", None),
        (I, "Baltimore City Department of Housing & Community Development", "it had since tightened its follow-up on "
            "repeat violations and that inspectors now return to properties within 30 days of a citation", None),
        (P, "Zaineb Carter", "a paper tiger", None),
        (P, "Zaineb Carter", "a cost of doing business.", None),
        (S, None, "Amari and Zaria’s Law,", None),
        (I, "plea agreement", "Pruitt will also serve five years of probation after his release and is barred from "
            "owning rental property in Maryland", None),
    ],
    "actors": [
        actor("Kendra Ashby-Carr", "person", title="Baltimore City Circuit Judge", affiliation="Baltimore City Circuit Court",
              aliases=["Kendra Ashby-Carr", "Ashby-Carr", "the judge"], stance=-1),
        actor("Ryan Delacroix", "person", title="Assistant State’s Attorney", affiliation="Baltimore City State’s Attorney’s Office",
              aliases=["Ryan Delacroix", "Delacroix"], stance=-1),
        actor("Howard Liebman", "person", title="defense attorney", aliases=["Howard Liebman", "Liebman"], stance=1),
        actor("Calvin Pruitt", "person", title="landlord, defendant", aliases=["Calvin Pruitt", "Pruitt", "Mr. Pruitt"],
              stance=0),
        actor("Shanice Banks", "person", title="the children’s mother", aliases=["Shanice Banks"], stance=-1),
        actor("Baltimore City Department of Housing & Community Development", "government", title="city housing department",
              affiliation="Baltimore City", aliases=["Baltimore City Department of Housing & Community Development"],
              stance=None),
        actor("Zaineb Carter", "person", title="organizer", affiliation="Baltimore Renters United",
              aliases=["Zaineb Carter", "Carter"], stance=None),
        actor("plea agreement", "organisation", title="Pruitt's plea agreement (document)", aliases=["plea agreement"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Holyrood (a ferry operator's chief executive before a Scottish Parliament committee), headline and
#    standfirst without speech, "Written by ..." and date lines, curly quotes and apostrophes. Lede "has
#    apologised ... but told MSPs A" (indirect; speaker named in the next paragraph); "Euan Drummond said the
#    company had "..." and that B" (partial plus indirect); a quote split by "he said" (two stretches);
#    "According to figures released by CalMac ..., A"; MSP "(Scottish Labour) said islanders had been "..."
#    and described ... as "..."" (two partials); Q&A "Asked by Lindsay whether ..., Drummond replied: "..."";
#    community chair "said A", quote with "Mr Reid said", "He said the community had "..." ... but
#    acknowledged that crews ... had "..."" (two partials); the convener (Gaelic name) "pressed Drummond on
#    when ..." (a reported question: not annotated), answer with "Mr Drummond said"; government spokesperson
#    "said A and that B"; scare so-called "resilience vessel"; "Mr Reid said islanders would believe it "...""
#    (partial only).
ARTICLES[f"{BATCH}/calmac-mull-winter-cancellations-committee.gold.json"] = {
    "article": f"{BATCH}/calmac-mull-winter-cancellations-committee.txt",
    "target": "CalMac Ferries",
    "quotes": [
        (I, "Euan Drummond", "there was no prospect of extra capacity before the new vessels arrive", None),
        (P, "Euan Drummond", "let people down", None),
        (I, "Euan Drummond", "he understood the anger on the island", None),
        (D, "Euan Drummond", "I’m not going to sit here and pretend November was acceptable. It wasn’t,", None),
        (D, "Euan Drummond", "We had two vessels out of service at the same time, one for a gearbox failure and one "
            "for a scheduled overhaul that overran, and the fleet simply does not have the resilience to absorb "
            "that.", None),
        (I, "CalMac Ferries", "212 of the 970 scheduled sailings to Craignure did not run last month, against 61 in "
            "November 2025", None),
        (P, "Morag Lindsay", "treated as an afterthought", None),
        (P, "Morag Lindsay", "chaotic", None),
        (D, "Euan Drummond", "We have looked at every vessel on the market that could physically use the Craignure "
            "linkspan. There isn’t one available.", None),
        (I, "Joe Reid", "businesses on the island had lost bookings worth tens of thousands of pounds", None),
        (D, "Joe Reid", "The bakery in Tobermory threw out bread three days in a row because the lorry couldn’t get "
            "over. That’s not a hardship story from the 1950s, that’s last month,", None),
        (P, "Joe Reid", "no confidence", None),
        (P, "Joe Reid", "gone above and beyond", None),
        (D, "Euan Drummond", "The first is on schedule for the spring. I’m not going to give a date I can’t stand "
            "behind,", None),
        (I, "Scottish Government spokesperson", "ministers had invested more than £700m in new ferries and port "
            "infrastructure and that the Transport Minister would meet island representatives before Christmas",
            None),
        (S, None, "resilience vessel", None),
        (P, "Joe Reid", "when it sails into Oban", None),
    ],
    "actors": [
        actor("Euan Drummond", "person", title="chief executive", affiliation="CalMac Ferries",
              aliases=["Euan Drummond", "Drummond", "Mr Drummond"], stance=0),
        actor("CalMac Ferries", "organisation", title="ferry operator", aliases=["CalMac Ferries", "CalMac"], stance=0),
        actor("Morag Lindsay", "person", title="Highlands and Islands MSP", affiliation="Scottish Labour",
              aliases=["Morag Lindsay", "Lindsay"], stance=-1),
        actor("Joe Reid", "person", title="chair, Mull and Iona Ferry Committee", affiliation="Mull and Iona Ferry Committee",
              aliases=["Joe Reid", "Reid", "Mr Reid"], stance=-1),
        actor("Scottish Government spokesperson", "government", title="spokesperson", affiliation="Scottish Government",
              aliases=["Scottish Government spokesperson"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
