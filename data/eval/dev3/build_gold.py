"""Build the dev3 gold files (data/eval/dev3/*.gold.json) from the annotation specs below.

Same approach as data/eval/build_gold.py and data/eval/dev2/build_gold.py, whose helpers (actor,
build) are imported: each quote is given by its exact text and, when that text occurs more than
once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev3/build_gold.py  then  python3 data/eval/dev3/check.py.
Standard library only.
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
# 1. Reuters wire, straight quotes, dateline "JAKARTA, Oct 6 (Reuters) -". Lede content before
#    "said on Monday"; a one-word answer after a reported question (the question is not
#    annotated); "according to the statistics bureau"; anonymous source, ministry official, trader
#    and ministry spokespeople are their own actors; "declined to comment", "did not respond to a
#    request for comment" and "asked not to be named" are not annotated; the reporting/editing
#    credit line is not a quote.
ARTICLES["data/eval/dev3/indonesia-copper-export-ban.gold.json"] = {
    "article": "data/eval/dev3/indonesia-copper-export-ban.txt",
    "target": "Indonesia",
    "quotes": [
        (I, "Arif Santoso", "Indonesia will stop issuing export permits for copper concentrate from January "
            "and will not extend any existing licences", None),
        (S, None, "hilirisasi", None),
        (D, "Arif Santoso", "We have given the companies five years. That is enough,", None),
        (D, "Arif Santoso", "No.", None),
        (I, "statistics bureau", "Indonesia exported about 3.1 million tonnes of copper concentrate last year, "
            "worth roughly $8 billion", None),
        (I, "spokesperson for the energy ministry", "the ban would cover every producer, including PT Sumbawa "
            "Tembaga and the local unit of U.S.-based Halvorsen Mining", None),
        (I, "source familiar with the matter", "Halvorsen has asked the government for a six-month reprieve "
            "while its new smelter in East Java ramps up", None),
        (I, "source familiar with the matter", "The smelter was running at less than half its capacity in "
            "September", None),
        (I, "PT Sumbawa Tembaga", "its own smelter was ready and that it expected no disruption to production",
            None),
        (P, "Ministry of Economy, Trade and Industry", "deeply concerned", None),
        (I, "Ministry of Economy, Trade and Industry", "it would seek talks with Jakarta", None),
        (D, "ministry official", "We will raise this at every level,", None),
        # participial "adding that": indirect, without "that"
        (I, "ministry official", "Tokyo had not ruled out a complaint to the WTO", None),
        (D, "Tokyo-based trader", "Very worrying,", None),
        (I, "Tokyo-based trader", "Japanese smelters have been building stockpiles since the summer, but most "
            "hold only two to three months of supply", None),
        (I, "Fitri Wulandari", "the ban would tighten the global concentrate market just as the processing fees "
            "paid to smelters hit record lows", None),
        (D, "Fitri Wulandari", "Smelters outside Indonesia are going to be fighting over scraps,", None),
        (D, "Fitri Wulandari", "Some of them will have to cut output.", None),
        (I, "spokesperson for Indonesia's foreign ministry", "the country was acting within its rights under WTO "
            "rules", None),
        (P, "spokesperson for Indonesia's foreign ministry", "a sovereign decision", None),
    ],
    "actors": [
        actor("Arif Santoso", "person", title="energy minister", affiliation="Indonesia",
              aliases=["Arif Santoso", "Santoso"], stance=1),
        actor("statistics bureau", "government", affiliation="Indonesia",
              aliases=["statistics bureau"], stance=None),
        actor("spokesperson for the energy ministry", "person", title="ministry spokesperson (anonymous)",
              affiliation="Indonesia's energy ministry", aliases=["spokesperson for the energy ministry"],
              stance=0),
        actor("source familiar with the matter", "person", title="anonymous source",
              aliases=["source familiar with the matter", "the source"], stance=None),
        actor("PT Sumbawa Tembaga", "organisation", title="copper miner", affiliation="Indonesia",
              aliases=["PT Sumbawa Tembaga", "Sumbawa Tembaga"], stance=0),
        actor("Ministry of Economy, Trade and Industry", "government", title="trade ministry", affiliation="Japan",
              aliases=["Ministry of Economy, Trade and Industry"], stance=-1),
        actor("ministry official", "person", title="official (anonymous)",
              affiliation="Japan's Ministry of Economy, Trade and Industry", aliases=["ministry official"],
              stance=-1),
        actor("Tokyo-based trader", "person", title="trader (anonymous)", affiliation="Japanese trading house",
              aliases=["Tokyo-based trader", "the trader"], stance=-1),
        actor("Fitri Wulandari", "person", title="metals analyst", affiliation="Straits Commodities Research",
              aliases=["Fitri Wulandari", "Wulandari"], stance=0),
        actor("spokesperson for Indonesia's foreign ministry", "person", title="ministry spokesperson (anonymous)",
              affiliation="Indonesia's foreign ministry",
              aliases=["spokesperson for Indonesia's foreign ministry"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Guardian-style UK politics, curly single quotes, curly apostrophes everywhere (don’t inside a
#    partial). Headline fragment -> the IFS (the entity the headline names). "the thinktank" is the
#    IFS. "Labour’s shadow chancellor" is Wadhwa, not the chancellor; Wadhwa's own quote mentions
#    "the chancellor". One paragraph holds two quotes by two people (Okoro, then Thorley). The prime
#    minister's official spokesperson is not the prime minister.
ARTICLES["data/eval/dev3/chancellor-defence-pledge-ifs.gold.json"] = {
    "article": "data/eval/dev3/chancellor-defence-pledge-ifs.txt",
    "target": "Nadia Forsyth",
    "quotes": [
        (P, "Institute for Fiscal Studies", "heroic", "IFS says"),
        (I, "Institute for Fiscal Studies", "Nadia Forsyth\u2019s plan to find an extra \u00a36bn a year for the "
            "armed forces without raising taxes depends on Whitehall savings that no government has managed in "
            "two decades", None),
        (I, "Nadia Forsyth", "defence spending would rise to 2.8% of GDP by 2028, paid for by a cut to the "
            "overseas aid budget and by efficiency savings across government departments", None),
        (S, None, "productivity dividend", None),
        (P, "Institute for Fiscal Studies", "heroic at best", None),
        (D, "Nadia Forsyth", "The first duty of any government is to keep its citizens safe,", None),
        (D, "Nadia Forsyth", "In a more dangerous world, we will not ask working people to pay more in tax for "
            "that security, and we will not borrow to pay for it either.", None),
        (P, "Priya Wadhwa", "simply don\u2019t add up", None),
        (P, "Priya Wadhwa", "raiding the aid budget to fill a hole she dug herself", None),
        (D, "Priya Wadhwa", "If the chancellor really believed this money was there, she would have put it in "
            "the forecast,", None),
        (I, "Institute for Fiscal Studies", "departments outside health and defence would face real-terms cuts "
            "of 1.7% a year", None),
        (D, "Institute for Fiscal Studies", "The government is asking us to believe that Whitehall will become "
            "more productive, faster, than at any point this century,", None),
        (D, "Institute for Fiscal Studies", "That may happen. It would be unwise to bank on it.", None),
        (D, "Oliver Pennick", "Every department has already identified its savings. These aren\u2019t numbers "
            "we\u2019ve plucked from the air,", None),
        (I, "Oliver Pennick", "the Treasury would publish a department-by-department breakdown in the spring",
            None),
        (D, "Sarah Okoro", "This is the biggest cut to aid in a generation, dressed up as patriotism,", None),
        (D, "James Thorley", "Our armed forces have been hollowed out for 30 years. If the choice is aid or "
            "readiness, I choose readiness.", None),
        (I, "Martin Crewe", "the aid cut was temporary", None),
        (D, "prime minister\u2019s official spokesperson", "Absolutely.", None),
    ],
    "actors": [
        actor("Institute for Fiscal Studies", "organisation", title="thinktank",
              aliases=["Institute for Fiscal Studies", "IFS", "the thinktank"], stance=-1),
        actor("Nadia Forsyth", "person", title="chancellor", affiliation="UK government (Conservative)",
              aliases=["Nadia Forsyth", "Forsyth", "the chancellor"], stance=1),
        actor("Priya Wadhwa", "person", title="shadow chancellor", affiliation="Labour",
              aliases=["Priya Wadhwa", "Wadhwa"], stance=-1),
        actor("Oliver Pennick", "person", title="chief secretary to the Treasury",
              affiliation="UK government (Conservative)", aliases=["Oliver Pennick", "Pennick"], stance=1),
        actor("Sarah Okoro", "person", title="chief executive", affiliation="One Horizon (charity coalition)",
              aliases=["Sarah Okoro", "Okoro"], stance=-1),
        actor("James Thorley", "person", title="chair of the defence committee", affiliation="Conservative",
              aliases=["James Thorley", "Thorley"], stance=1),
        actor("Martin Crewe", "person", title="prime minister", affiliation="UK government (Conservative)",
              aliases=["Martin Crewe", "Crewe", "the prime minister"], stance=1),
        actor("prime minister\u2019s official spokesperson", "person", title="official spokesperson (anonymous)",
              affiliation="Downing Street", aliases=["prime minister\u2019s official spokesperson"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Disaster, AP style, straight quotes with a straight apostrophe in a name (O'Neill) and nested
#    straight single quotes. Residents are named by first name only. "officials said" is one group
#    actor (lede content before the cue, "Officials said ..." with coordinated "and that", "The
#    cause ... officials said"). Luis's quote reports what a neighbour's boy yelled: one direct
#    entry, Luis's; Maya's quotes the damage map. The governor's quote spans two paragraphs.
#    "Forecasters expected" is not a speech cue.
ARTICLES["data/eval/dev3/pine-hollow-wildfire.gold.json"] = {
    "article": "data/eval/dev3/pine-hollow-wildfire.txt",
    "target": "Alder Creek Power",
    "quotes": [
        (I, "officials", "A wildfire pushed by gusts of up to 80 mph tore through this foothills town overnight, "
            "destroying at least 340 homes and forcing nearly 9,000 people to flee", None),
        (D, "Kayla", "It went from a glow on the hill to embers on my porch in maybe 20 minutes,", None),
        (D, "Kayla", "I grabbed the kids and the dog. That's it. That's everything we own now.", None),
        (D, "Dan O'Neill", "We had firefighters driving through smoke so thick they couldn't see the hood of "
            "the engine,", None),
        (D, "Dan O'Neill", "Nobody should ever have to make the calls my crews made last night.", None),
        (I, "Dan O'Neill", "two residents were still unaccounted for and that search teams would go house to "
            "house once the fire line held", None),
        (I, "Luis", "the fire reached his street before any emergency alert came to his phone", None),
        (D, "Luis", "The neighbor's boy was pounding on my door yelling, 'Mr. Luis, you have to go, the trees "
            "are on fire,'", None),
        (D, "Luis", "If he hadn't come, I would still be asleep in that house.", None),
        (I, "officials", "emergency alerts went out at 9:42 p.m., about 25 minutes after the first 911 call, "
            "and that some phones on the east side may not have received them because a cell tower had lost "
            "power", None),
        (D, "Lisa Marquez", "I have seen a lot of fires in this state. I have never seen one take this much, "
            "this fast.", None),
        (D, "Lisa Marquez", "To every family that lost a home last night: You will not be doing this alone. The "
            "state will still be here long after the cameras leave.", None),
        (I, "Lisa Marquez", "she had asked the White House for a federal disaster declaration", None),
        (I, "officials", "The cause of the fire is under investigation", None),
        (I, "Alder Creek Power", "it had not cut power ahead of the windstorm because forecast "
            "gusts fell below its threshold for a safety shutoff", None),
        (I, "Devin", "he and his father had twice complained to the utility this summer about branches "
            "rubbing against the power lines behind their house on Ridge Road", None),
        (D, "Devin", "They told us it was on the list. Well, now there's no list and no house,", None),
        (I, "Amy Tran", "crews had trimmed trees along more than 1,200 miles of line this year", None),
        (D, "Maya", "It says 'destroyed' next to my address, and I keep refreshing it like it's going to "
            "change,", None),
    ],
    "actors": [
        actor("officials", "group", title="fire and county officials", aliases=["officials", "Officials"],
              stance=None),
        actor("Kayla", "person", title="resident, evacuee (34)", aliases=["Kayla"], stance=None),
        actor("Dan O'Neill", "person", title="fire chief", affiliation="Pine Hollow Fire Protection District",
              aliases=["Dan O'Neill", "O'Neill"], stance=None),
        actor("Luis", "person", title="resident, retired schoolteacher (67)", aliases=["Luis"], stance=None),
        actor("Lisa Marquez", "person", title="governor", affiliation="Colorado",
              aliases=["Lisa Marquez", "Marquez"], stance=None),
        actor("Alder Creek Power", "organisation", title="investor-owned electric utility",
              aliases=["Alder Creek Power", "the utility"], stance=1),
        actor("Devin", "person", title="resident (19)", aliases=["Devin"], stance=-1),
        actor("Amy Tran", "person", title="spokeswoman", affiliation="Alder Creek Power",
              aliases=["Amy Tran", "Tran"], stance=1),
        actor("Maya", "person", title="resident, nurse (27)", aliases=["Maya"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Sports transfer, BBC-Sport style, curly double quotes and curly apostrophes. The player is
#    Rafael Duarte = Rafinha (nickname) = "the Brazilian" = "the 23-year-old midfielder"; the
#    Westbury manager is "the Portuguese"; the captain speaks as "Pritch". The first quote is split by
#    its attribution mid-sentence (two direct entries, the second lower-case). Esteves's quote names
#    Rafinha but is Esteves's. Bianca Lopes's quote comes from Instagram. "was more philosophical" is
#    no speech; "sell-on" is a scare quote.
ARTICLES["data/eval/dev3/westbury-rafinha-transfer.gold.json"] = {
    "article": "data/eval/dev3/westbury-rafinha-transfer.txt",
    "target": "Westbury City",
    "quotes": [
        (D, "Rafael Duarte", "When a club like Kingsmead comes for you,", None),
        (D, "Rafael Duarte", "you don\u2019t think twice. I want to win trophies, and this is the place to do it.",
            None),
        (I, "Westbury City", "the player had submitted a written transfer request on 12 August", None),
        (P, "Westbury City", "reinvested in the squad in full", None),
        (S, None, "sell-on", None),
        (P, "Westbury City Supporters\u2019 Trust", "selling the club\u2019s soul to the highest bidder", None),
        (D, "Westbury City Supporters\u2019 Trust", "Of all the clubs in the country, they sold him to the one our "
            "fans cannot stand, and they did it on deadline day so nobody could stop it,", None),
        (I, "Paulo Esteves", "he had spoken to the player on Wednesday and held no grudge", None),
        (D, "Paulo Esteves", "I didn\u2019t want to lose him. No manager wants to lose a player like Rafinha,",
            None),
        (D, "Paulo Esteves", "But when a player tells you his head is somewhere else, you cannot keep him chained "
            "to the training ground.", None),
        (D, "Bianca Lopes", "We have read every message. Some were kind, some were disgusting. He gave everything "
            "to that club and we will always love Westbury.", None),
        (I, "Rafael Duarte", "he understood the supporters\u2019 anger and would never celebrate a goal against "
            "Westbury", None),
        (I, "Ross Whitaker", "the club had first watched Duarte as a 17-year-old in Rio de Janeiro", None),
        (D, "Ross Whitaker", "He makes everyone around him better, and he is only going to improve,", None),
        (D, "Jamie Pritchard", "He\u2019s a top lad and he\u2019s earned his move,", None),
        (D, "Jamie Pritchard", "I\u2019ll tell him that to his face when we play them in November, probably just "
            "after I\u2019ve kicked him.", None),
        (P, "Lee Fairbrother", "taken the money and run", None),
    ],
    "actors": [
        actor("Rafael Duarte", "person", title="midfielder", affiliation="Kingsmead United (from Westbury City)",
              aliases=["Rafael Duarte", "Duarte", "Rafinha", "the Brazilian", "the 23-year-old midfielder"],
              stance=1),
        actor("Westbury City", "organisation", title="football club", aliases=["Westbury City", "Westbury"],
              stance=1),
        actor("Westbury City Supporters\u2019 Trust", "organisation", title="supporters' trust",
              aliases=["Westbury City Supporters\u2019 Trust", "the trust"], stance=-1),
        actor("Paulo Esteves", "person", title="manager", affiliation="Westbury City",
              aliases=["Paulo Esteves", "Esteves", "the Portuguese"], stance=1),
        actor("Bianca Lopes", "person", title="partner of Rafael Duarte",
              aliases=["Bianca Lopes", "Lopes"], stance=1),
        actor("Ross Whitaker", "person", title="sporting director", affiliation="Kingsmead United",
              aliases=["Ross Whitaker", "Whitaker"], stance=None),
        actor("Jamie Pritchard", "person", title="captain", affiliation="Westbury City",
              aliases=["Jamie Pritchard", "Pritchard", "Pritch"], stance=None),
        actor("Lee Fairbrother", "person", title="pundit, former Westbury striker", affiliation="Sky Sports",
              aliases=["Lee Fairbrother", "Fairbrother"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 5. US courts/politics, AP style, straight quotes; "Sen. Elizabeth Marlow, D-Mass.," and "Rep. Tom
#    Gruber (R-Texas)"; Gruber's quote names Marlow; the White House (institution) and its press
#    secretary are separate actors, and so is the anonymous senior administration official. The
#    photo caption (with "Unions said ...") and the "Related: Postal Service says ..." line are not
#    annotated. "wrote that" and "noted" are cues (Judge Whitfield's opinion).
ARTICLES["data/eval/dev3/postal-service-closures-blocked.gold.json"] = {
    "article": "data/eval/dev3/postal-service-closures-blocked.txt",
    "target": "U.S. Postal Service",
    "quotes": [
        (P, "Karen Whitfield", "treated a legal requirement as a suggestion", None),
        (I, "Karen Whitfield", "the agency's own projections showed first-class mail in the affected areas would "
            "take up to two days longer to arrive", None),
        (I, "U.S. Postal Service", "it would appeal", None),
        (P, "U.S. Postal Service", "putting the agency on a sustainable footing for the next generation.", None),
        (D, "Ronald Pryor", "Without these changes, we will keep losing billions of dollars a year, and rural "
            "customers will end up paying the price for that, too,", None),
        (D, "Elizabeth Marlow", "This ruling is a win for every veteran who gets a prescription by mail and every "
            "small-town business that can't afford a courier.", None),
        (I, "Elizabeth Marlow", "she would introduce legislation this month requiring congressional approval for "
            "any future closures", None),
        (D, "Tom Gruber", "I don't agree with Sen. Marlow on much. But a rancher outside Pecos shouldn't have to "
            "wait nine days for a check because somebody in Washington drew up a spreadsheet,", None),
        (I, "Tom Gruber", "two of the centers on the list are in his district", None),
        (I, "White House", "the president supported the Postal Service's efforts to return to financial health",
            None),
        (P, "Marcus Bell", "respects the court's role.", None),
        (I, "Marcus Bell", "the Justice Department would decide within days whether to join the Postal Service's "
            "appeal", None),
        (I, "senior administration official", "the White House had privately raised concerns about the rural "
            "closures with Pryor in the spring", None),
        (D, "senior administration official", "We told them this would end up in court,", None),
        (P, "Rural Postal Workers Union", "saved thousands of jobs, at least for now.", None),
    ],
    "actors": [
        actor("Karen Whitfield", "person", title="U.S. District Judge", affiliation="Boston",
              aliases=["Karen Whitfield", "Whitfield"], stance=-1),
        actor("U.S. Postal Service", "organisation",
              aliases=["U.S. Postal Service", "Postal Service", "the agency"], stance=1),
        actor("Ronald Pryor", "person", title="Postmaster General", affiliation="U.S. Postal Service",
              aliases=["Ronald Pryor", "Pryor"], stance=1),
        actor("Elizabeth Marlow", "person", title="senator", affiliation="Democrat, Massachusetts",
              aliases=["Elizabeth Marlow", "Marlow", "Sen. Marlow"], stance=-1),
        actor("Tom Gruber", "person", title="representative", affiliation="Republican, Texas",
              aliases=["Tom Gruber", "Gruber"], stance=-1),
        actor("White House", "government", affiliation="U.S. administration", aliases=["White House"], stance=1),
        actor("Marcus Bell", "person", title="press secretary", affiliation="White House",
              aliases=["Marcus Bell", "Bell"], stance=0),
        actor("senior administration official", "person", title="official (anonymous)",
              affiliation="U.S. administration", aliases=["senior administration official", "the official"],
              stance=-1),
        actor("Rural Postal Workers Union", "organisation", title="union, plaintiff",
              aliases=["Rural Postal Workers Union"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 6. Interview profile, AP features, curly double quotes, present tense ("she says", "says
#    Abernathy-Reyes", "she laughs"); two multi-paragraph quotes (open paragraph runs to the end of
#    its line); nested ‘I mean’ and ‘Mom, what is this?’ stay inside their entries; partials inside
#    description ("as she puts it", "She describes ... as"); the daughter's surname contains
#    "Abernathy". Book titles carry no quote marks.
ARTICLES["data/eval/dev3/ruth-abernathy-profile.gold.json"] = {
    "article": "data/eval/dev3/ruth-abernathy-profile.txt",
    "target": "Ruth Abernathy",
    "quotes": [
        (D, "Ruth Abernathy", "I was a professional listener,", None),
        (D, "Ruth Abernathy", "People forget the stenographer is even in the room. They say the worst things "
            "about each other three feet away from you.", None),
        (D, "Ruth Abernathy", "And you learn how people really talk. Nobody speaks in full sentences when "
            "they\u2019re frightened. They repeat themselves, they start over, they say \u2018I mean\u2019 a "
            "hundred times. I wrote all of that down for three decades. It turns out that was my "
            "apprenticeship.", None),
        (P, "Ruth Abernathy", "mostly so the house wasn\u2019t so quiet,", None),
        (P, "Ruth Abernathy", "four hundred pages of people arguing in kitchens.", None),
        (D, "Ruth Abernathy", "I didn\u2019t tell anyone. Not my daughter, not my sister, nobody,", None),
        (D, "Ruth Abernathy", "If it was bad, I wanted to be the only one who knew.", None),
        (D, "Claire Abernathy-Reyes", "I read the first chapter standing up in the kitchen, and then I sat down "
            "on the floor and read the rest,", None),
        (D, "Claire Abernathy-Reyes", "At 2 a.m. I called her and said, \u2018Mom, what is this?\u2019", None),
        (P, "Tom\u00e1s Ibarra", "a coffee ring on every third page and not a single wasted line.", None),
        (I, "Tom\u00e1s Ibarra", "the first printing of her debut was 4,000 copies", None),
        (D, "Ruth Abernathy", "I\u2019m 72 years old and I hid from a fan,", None),
        (P, "Simon Vale", "mistake stenography for style.", None),
        (D, "Ruth Abernathy", "He isn\u2019t wrong that I write the way people talk,", None),
        (D, "Ruth Abernathy", "I just don\u2019t happen to think that\u2019s an insult.", None),
        (I, "Ruth Abernathy", "it is the hardest thing she has attempted", None),
        (D, "Ruth Abernathy", "I sat through something like 400 trials, and maybe a dozen hung juries,", None),
        (D, "Ruth Abernathy", "Those were the ones I couldn\u2019t stop thinking about on the drive home. Twelve "
            "people hear exactly the same words and walk out with completely different stories.", None),
        (D, "Ruth Abernathy", "That\u2019s not a courtroom problem. That\u2019s every family I\u2019ve ever "
            "known.", None),
    ],
    "actors": [
        actor("Ruth Abernathy", "person", title="novelist, former court stenographer",
              aliases=["Ruth Abernathy", "Abernathy"], stance=1),
        actor("Claire Abernathy-Reyes", "person", title="daughter of Ruth Abernathy, pharmacist",
              aliases=["Claire Abernathy-Reyes", "Abernathy-Reyes"], stance=1),
        actor("Tom\u00e1s Ibarra", "person", title="editor", affiliation="Larkspur Press",
              aliases=["Tom\u00e1s Ibarra", "Ibarra"], stance=1),
        actor("Simon Vale", "person", title="critic", affiliation="Lantern (literary quarterly)",
              aliases=["Simon Vale", "Vale"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
