"""Build the dev37 gold files (data/eval/dev37/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev37/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev37.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kyiv Independent war-time politics (Russia offers a pause on energy strikes after an overnight
#    attack), byline "by NAME" and date line, dates as "Nov. 12", American spelling, curly “ ” in the
#    body and ‘ ’ in the headline, ’ apostrophes (Ukraine’s, Russia’s, Hungary’s), punctuation
#    inside closing marks. Headline fragment ‘a trap’ -> Ukraine (the headline names it as "Kyiv";
#    the foreign minister's body “a trap dressed up as a gesture” is his own partial). Lede "put
#    forward a plan for ..." is action, not speech (no proposition reported). Deputy foreign
#    minister: content before "X told the state news agency TASS", then a quote split by
#    "Sabelnikov said", resumed ("Kyiv" inside). Foreign minister "called the offer “...” and said A"
#    (partial plus indirect), then "he wrote on X" ("Moscow" inside). Air Force figures before
#    "Ukraine’s Air Force reported". Governor named after the quote, then participial "adding that A"
#    (indirect). Grid operator "said A". "had little faith in the offer" is not speech; the retired
#    teacher's quote with "she said". Kremlin "said A, and that it showed Russia’s “...”" (indirect
#    for A plus the partial). Hungarian ministry "said the proposal was “...” and that Kyiv “...”" (two
#    partials, no indirect). Anonymous EU diplomat: indirect, then "the diplomat said". Closing
#    "Kyiv has repeatedly said A" (Ukraine).
ARTICLES["data/eval/dev37/russia-energy-strike-pause-offer.gold.json"] = {
    "article": "data/eval/dev37/russia-energy-strike-pause-offer.txt",
    "target": "Russia",
    "quotes": [
        (P, "Ukraine", "a trap", "Kyiv calls it"),
        (I, "Grigory Sabelnikov", "The moratorium would cover power plants, substations and gas facilities on both "
            "sides and could begin as early as next week", None),
        (D, "Grigory Sabelnikov", "We are offering a concrete step,", None),
        (D, "Grigory Sabelnikov", "If Kyiv refuses, the whole world will see who does not want peace.", None),
        (P, "Taras Melnychuk", "a trap dressed up as a gesture", None),
        (I, "Taras Melnychuk", "Russia had broken a similar pause earlier this year within days", None),
        (D, "Taras Melnychuk", "Moscow wants a pause on energy strikes only when winter is coming and only when "
            "its own refineries are burning,", None),
        (I, "Ukraine\u2019s Air Force", "Overnight, Russia launched 126 drones and nine missiles at Ukraine, of which "
            "104 drones and six missiles were shot down or jammed", None),
        (D, "Serhii Lytvynenko", "The enemy hit the same substation three times in one night. They knew exactly "
            "what they were doing,", None),
        (I, "Serhii Lytvynenko", "repair crews had restored power to about half of the affected households by "
            "midday", None),
        (I, "Ukrenergo", "scheduled power outages would be introduced in five oblasts on Nov. 13", None),
        (D, "Halyna Moroz", "If they wanted a truce, they would not have done this last night,", None),
        (I, "Kremlin", "the offer would lapse if Ukraine had not responded by Nov. 20", None),
        (P, "Kremlin", "goodwill.", None),
        (P, "Hungary\u2019s Foreign Ministry", "a serious opportunity", None),
        (P, "Hungary\u2019s Foreign Ministry", "should not reject it out of hand.", None),
        (I, "senior EU diplomat", "Brussels saw the offer as an attempt to split Ukraine from its partners before a "
            "meeting of EU foreign ministers next week", None),
        (D, "senior EU diplomat", "They bomb for three weeks, then offer to stop for four. That is not a peace plan, "
            "it is a timetable,", None),
        (I, "Ukraine", "it would agree only to a full and unconditional ceasefire on land, at sea and in the air, "
            "monitored by third parties", None),
    ],
    "actors": [
        actor("Ukraine", "country", title="Ukraine (its government)", aliases=["Ukraine", "Kyiv"], stance=-1),
        actor("Grigory Sabelnikov", "person", title="Russian Deputy Foreign Minister", affiliation="Russia",
              aliases=["Grigory Sabelnikov", "Sabelnikov"], stance=1),
        actor("Taras Melnychuk", "person", title="Ukrainian Foreign Minister", affiliation="Ukraine",
              aliases=["Taras Melnychuk", "Melnychuk"], stance=-1),
        actor("Ukraine\u2019s Air Force", "government", title="Ukrainian Air Force", affiliation="Ukraine",
              aliases=["Ukraine\u2019s Air Force", "Air Force"], stance=0),
        actor("Serhii Lytvynenko", "person", title="Poltava Oblast Governor", affiliation="Ukraine",
              aliases=["Serhii Lytvynenko", "Lytvynenko"], stance=-1),
        actor("Ukrenergo", "organisation", title="state grid operator", affiliation="Ukraine", aliases=["Ukrenergo"],
              stance=None),
        actor("Halyna Moroz", "person", title="retired teacher (63), Poltava", aliases=["Halyna Moroz", "Moroz"],
              stance=-1),
        actor("Kremlin", "government", title="Russian presidency", affiliation="Russia", aliases=["Kremlin"],
              stance=1),
        actor("Hungary\u2019s Foreign Ministry", "government", title="Hungarian foreign ministry",
              affiliation="Hungary", aliases=["Hungary\u2019s Foreign Ministry"], stance=1),
        actor("senior EU diplomat", "person", title="anonymous EU diplomat", affiliation="European Union",
              aliases=["senior EU diplomat", "the diplomat"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Japan Times business/regulation (the transport ministry halts an automaker's shipments over
#    falsified crash test data), capitals byline "BY NAME, STAFF WRITER" and date line, given name
#    first, straight " and apostrophes (users', nation's, I'm), a nested straight single 'culture,',
#    punctuation inside closing marks, "percent", yen figures, em dashes in the writer's text. Lede
#    "ordered ... to suspend" (a directive) "after finding that ..." (not speech). Scare "type
#    designation" (the system's name, the writer's). Ministry "said A, and that B" (one span). Minister
#    named after the first stretch, resumed; then "He said A". "bowed deeply and apologized to ..." is
#    a speech act without content; the president's two-paragraph quote (open paragraph right after,
#    continuity; the second closes with "Morimoto said"); "He said A and that B" (one span). "Asked
#    whether ..." not annotated; "said he would decide "..."" (partial only). Company statement "said
#    A and that B" (one span). Anonymous ministry official: indirect, then "the official said".
#    Industry association "said the case was "..." and that B" (partial plus indirect). Anonymous
#    salesman: indirect, then "he said". Analyst named after the first stretch (which ends in the
#    nested 'culture,'), resumed.
ARTICLES["data/eval/dev37/sakuragi-motors-crash-test-data.gold.json"] = {
    "article": "data/eval/dev37/sakuragi-motors-crash-test-data.txt",
    "target": "Sakuragi Motors",
    "quotes": [
        (S, None, "type designation", None),
        (I, "Ministry of Land, Infrastructure, Transport and Tourism", "Sakuragi had used data from tests on "
            "prototypes fitted with reinforced parts that were never used in production vehicles, and that airbag "
            "deployment times for two of the models had been taken from computer simulations rather than physical "
            "tests", None),
        (D, "Kenji Ohira", "This is a betrayal of users' trust, and it undermines the very foundation of the "
            "certification system,", None),
        (D, "Kenji Ohira", "We will take strict measures, including the revocation of certifications if necessary.",
            None),
        (I, "Kenji Ohira", "ministry officials would carry out an on-site inspection at the company's headquarters in "
            "Toyohashi, Aichi Prefecture, on Wednesday", None),
        (D, "Takeshi Morimoto", "We created a culture in which engineers felt they could not say a schedule was "
            "impossible. When the test results did not come in on time, they found other numbers.", None),
        (D, "Takeshi Morimoto", "That responsibility lies with management, and with me,", None),
        (I, "Takeshi Morimoto", "the company had found no evidence that the vehicles were unsafe and that its own "
            "retests of all three models since October had met national standards", None),
        (P, "Takeshi Morimoto", "after the investigation is complete and the causes are clear.", None),
        (I, "Sakuragi Motors", "it would halt production at its Toyohashi plant for two weeks from Thursday and that "
            "it remained confident in the safety of every Sakuragi vehicle on the road", None),
        (I, "ministry official", "investigators had found internal emails in which engineers discussed substituting "
            "the test data as early as 2016", None),
        (D, "ministry official", "It was not one person cutting corners. People knew, and it was written down,",
            None),
        (P, "Japan Automobile Manufacturers Association", "deeply regrettable", None),
        (I, "Japan Automobile Manufacturers Association", "its members would review their own certification "
            "procedures by the end of March", None),
        (I, "salesman", "several customers had canceled orders since the news broke on Monday night", None),
        (D, "salesman", "People ask me if their car is safe. I tell them what the company tells me, but honestly, "
            "I'm waiting for answers too,", None),
        (D, "Yuki Matsuzawa", "The direct cost is manageable. What worries investors is the word 'culture,'", None),
        (D, "Yuki Matsuzawa", "That takes years to fix, not two weeks.", None),
    ],
    "actors": [
        actor("Ministry of Land, Infrastructure, Transport and Tourism", "government", title="transport ministry",
              affiliation="Japan", aliases=["Ministry of Land, Infrastructure, Transport and Tourism",
                                            "transport ministry", "The ministry"], stance=-1),
        actor("Kenji Ohira", "person", title="transport minister", affiliation="Japan",
              aliases=["Kenji Ohira", "Ohira"], stance=-1),
        actor("Takeshi Morimoto", "person", title="president", affiliation="Sakuragi Motors",
              aliases=["Takeshi Morimoto", "Morimoto"], stance=0),
        actor("Sakuragi Motors", "organisation", title="automaker (Toyohashi, Aichi Prefecture)",
              aliases=["Sakuragi Motors", "Sakuragi", "the company", "the automaker"], stance=1),
        actor("ministry official", "person", title="anonymous transport ministry official",
              affiliation="Ministry of Land, Infrastructure, Transport and Tourism",
              aliases=["ministry official", "the official"], stance=-1),
        actor("Japan Automobile Manufacturers Association", "organisation", title="industry association",
              aliases=["Japan Automobile Manufacturers Association"], stance=-1),
        actor("salesman", "person", title="anonymous salesman at a Sakuragi dealership in Nagoya",
              affiliation="Sakuragi dealership (Nagoya)", aliases=["salesman"], stance=0),
        actor("Yuki Matsuzawa", "person", title="auto analyst", affiliation="Mizuho Securities",
              aliases=["Yuki Matsuzawa", "Matsuzawa"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Axios-style local news (Axios Denver: the state sues a rent-pricing software maker), byline
#    and date lines, Axios section labels ("Why it matters:", "Driving the news:", "Catch up quick:",
#    "What they’re saying:", "The other side:", "Zoom in:", "Between the lines:", "Reality check:",
#    "What’s next:") and "- " bullets, curly “ ” and ’ apostrophes (doesn’t, It’s, city’s),
#    punctuation inside closing marks. Headline without speech. Lede participial "alleging A"
#    (indirect). Scare so-called “revenue management” industry. Present-tense "Vance says in the
#    ... complaint, ..., that A" (indirect; the complaint speaks for its author). "The suit seeks ..."
#    is a demand (directive), not annotated. Company "It says A" (indirect; "It" is RentPilot). AG
#    quote split by "Vance said at a news conference", resumed. Company "called the lawsuit “...” and
#    said its software “...”" (two partials). Spokesperson named after the quote ("told Axios"). Trade
#    group "said in a statement that A, something “...”" (indirect stopping before ", something" plus
#    the partial). Group "Tenant organizers say A"; a tenant organiser named after her quote. State
#    senator "said the lawsuit showed existing antitrust law was “...”" (partial only). Economist
#    "said A, and that B" (one span), then "she told Axios". "Vance said A" (indirect).
ARTICLES["data/eval/dev37/colorado-rentpilot-lawsuit.gold.json"] = {
    "article": "data/eval/dev37/colorado-rentpilot-lawsuit.txt",
    "target": "RentPilot",
    "quotes": [
        (I, "Marisol Vance", "its software helped landlords coordinate rent increases across more than 80,000 "
            "apartments in the metro area", None),
        (S, None, "revenue management", None),
        (I, "Marisol Vance", "landlords using RentPilot accepted its recommended rents about 90% of the time", None),
        (I, "RentPilot", "its tools are used by about 240 property managers in Colorado", None),
        (D, "Marisol Vance", "Landlords used to compete for tenants,", None),
        (D, "Marisol Vance", "RentPilot turned competitors into a cartel with a login screen.", None),
        (P, "RentPilot", "meritless", None),
        (P, "RentPilot", "recommends, it doesn\u2019t dictate.", None),
        (D, "Amir Haddad", "Our clients reject our suggested price every day. This case misunderstands how the "
            "product works,", None),
        (I, "Apartment Association of Metro Denver", "rents in the metro have fallen for 18 straight months as new "
            "supply came online", None),
        (P, "Apartment Association of Metro Denver", "no cartel in history has ever managed.", None),
        (I, "Tenant organizers", "the increases hit hardest at renewal time, when moving is expensive", None),
        (D, "Denise Okwu", "People assume their rent went up because of the market. It went up because a computer "
            "told every landlord on the block to raise it at the same time,", None),
        (P, "Rafael Tafoya", "finally being used.", None),
        (I, "Claire Hutchins", "algorithmic pricing probably explains only a small share of the city\u2019s rent "
            "growth, and that zoning and interest rates mattered far more", None),
        (D, "Claire Hutchins", "It\u2019s one ingredient, not the recipe,", None),
        (I, "Marisol Vance", "her office was in talks with two other states about joining the case", None),
    ],
    "actors": [
        actor("Marisol Vance", "person", title="Colorado Attorney General", affiliation="State of Colorado",
              aliases=["Marisol Vance", "Vance"], stance=-1),
        actor("RentPilot", "organisation", title="rent-pricing software maker (Denver)", aliases=["RentPilot"],
              stance=1),
        actor("Amir Haddad", "person", title="company spokesperson", affiliation="RentPilot",
              aliases=["Amir Haddad", "Haddad"], stance=1),
        actor("Apartment Association of Metro Denver", "organisation", title="landlords' trade group",
              aliases=["Apartment Association of Metro Denver"], stance=1),
        actor("Tenant organizers", "group", title="tenant organizers", aliases=["Tenant organizers"], stance=-1),
        actor("Denise Okwu", "person", title="tenant organizer", affiliation="Front Range Tenants Union",
              aliases=["Denise Okwu", "Okwu"], stance=-1),
        actor("Rafael Tafoya", "person", title="state senator (D-Denver)", affiliation="Colorado Senate",
              aliases=["Rafael Tafoya", "Tafoya"], stance=-1),
        actor("Claire Hutchins", "person", title="economist", affiliation="University of Denver",
              aliases=["Claire Hutchins", "Hutchins"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sydney Morning Herald NSW state politics (the planning minister takes over a council's
#    station-precinct rezoning), standfirst without speech, "By NAME" and date lines, Australian
#    spelling (storeys, metres, neighbouring, harbour, per cent), numbers without a thousands comma
#    (1200, 6000), honorifics without a full stop (Ms Costa), curly “ ” in the body and ‘ ’ in the
#    headline, ’ apostrophes (government’s, I’m, She’s), fragment punctuation outside the marks.
#    Headline fragment -> the minister (the headline names her by role: "Planning minister" is an
#    alias); lede partial “running out the clock” (same speaker), and "will use her powers ..." is
#    the writer's. Minister's quote, then a quote-only paragraph (continuity). Mayor "said the council
#    had been “...” and that B" (partial plus indirect), then "he told the Herald" ("The minister"
#    inside). Opposition spokesman "said the government was “...” to cover for ..." (partial only).
#    "welcomed the decision" is not annotated; the Taskforce's chief executive named after the quote
#    ("said its chief executive, X"). Residents' group "said A"; its convenor named after the quote.
#    "have backed the minister" is not speech; advocate "said the objectors “...”, and that B" (partial
#    plus indirect). Greens spokeswoman "said the rezoning would deliver “...” unless ..." (partial
#    only). Anonymous Labor MP: indirect, then "the MP said" ("She" inside is the minister).
#    Premier's spokesman "said the government stood “...” behind the minister" (partial only). Scare
#    so-called “missing middle”. "Ms Costa said A, and that B" (one span).
ARTICLES["data/eval/dev37/edgecliff-station-rezoning-woollahra.gold.json"] = {
    "article": "data/eval/dev37/edgecliff-station-rezoning-woollahra.txt",
    "target": "Rhiannon Costa",
    "quotes": [
        (P, "Rhiannon Costa", "running out the clock", "Planning minister accuses"),
        (P, "Rhiannon Costa", "running out the clock", "Woollahra Council of \u201crunning"),
        (D, "Rhiannon Costa", "We gave Woollahra 18 months and an extension. What we got back was a plan for 140 "
            "homes and a heritage study,", None),
        (D, "Rhiannon Costa", "I\u2019m not prepared to wait another year while young people give up on living in "
            "this city.", None),
        (P, "Richard Ellison-Hart", "ambushed", None),
        (I, "Richard Ellison-Hart", "its draft plan reflected two years of community consultation", None),
        (D, "Richard Ellison-Hart", "The minister is treating Edgecliff like a greenfield site. It has heritage "
            "streets, it has flood-prone land and it has a community that was promised a say,", None),
        (P, "Mark Delahunty", "bulldozing local democracy", None),
        (D, "Lena Karagiannis", "Every council that stalls teaches the next one that stalling works. The minister "
            "has drawn a line, and not before time,", None),
        (I, "Save Edgecliff Village", "it was considering a challenge in the Land and Environment Court", None),
        (D, "Anthea Moller", "Nobody here is against housing. We are against six-storey blocks on streets that "
            "flood every February,", None),
        (P, "Maya Pillai", "already have their houses", None),
        (I, "Maya Pillai", "the new homes would go to nurses, teachers and young families who now face two-hour "
            "commutes", None),
        (P, "Amelia Tran", "luxury apartments with harbour glimpses, not homes for nurses", None),
        (I, "Labor MP", "colleagues feared the fight would be used against them at the next election", None),
        (D, "Labor MP", "She\u2019s right on the policy and wrong on the politics,", None),
        (P, "spokesman for the premier", "100 per cent", None),
        (S, None, "missing middle", None),
        (I, "Rhiannon Costa", "her department would put the draft rezoning on public exhibition in March, and that "
            "Woollahra Council would be consulted on heritage items", None),
    ],
    "actors": [
        actor("Rhiannon Costa", "person", title="NSW Planning Minister", affiliation="NSW Labor government",
              aliases=["Rhiannon Costa", "Costa", "Ms Costa", "Planning minister", "the minister", "The minister"],
              stance=1),
        actor("Richard Ellison-Hart", "person", title="mayor", affiliation="Woollahra Council",
              aliases=["Richard Ellison-Hart", "Ellison-Hart"], stance=-1),
        actor("Mark Delahunty", "person", title="opposition planning spokesman", affiliation="NSW opposition",
              aliases=["Mark Delahunty", "Delahunty"], stance=-1),
        actor("Lena Karagiannis", "person", title="chief executive", affiliation="Urban Taskforce",
              aliases=["Lena Karagiannis", "Karagiannis"], stance=1),
        actor("Save Edgecliff Village", "organisation", title="residents' group", aliases=["Save Edgecliff Village"],
              stance=-1),
        actor("Anthea Moller", "person", title="convenor; retired architect", affiliation="Save Edgecliff Village",
              aliases=["Anthea Moller", "Moller"], stance=-1),
        actor("Maya Pillai", "person", title="pro-housing advocate", affiliation="Homes for Sydney",
              aliases=["Maya Pillai", "Pillai"], stance=1),
        actor("Amelia Tran", "person", title="Greens planning spokeswoman", affiliation="Greens",
              aliases=["Amelia Tran", "Tran"], stance=0),
        actor("Labor MP", "person", title="anonymous Labor MP from a neighbouring seat", affiliation="Labor",
              aliases=["Labor MP", "the MP"], stance=0),
        actor("spokesman for the premier", "person", title="premier's spokesman", affiliation="NSW government",
              aliases=["spokesman for the premier"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
