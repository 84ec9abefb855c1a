"""Build the test5 gold files (data/eval/test5/*.gold.json) from the annotation specs below.

Held-out batch: do not read these articles or specs while building or tuning the extractor.
Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when
that text occurs more than once, by an anchor (a string occurring exactly once in the article) from
whose start the text is searched. Run from anywhere:  python3 data/eval/test5/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test5.  Standard library only.
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
# 1. Al Jazeera economy wire, curly “ ” and ’ apostrophes, punctuation outside closing marks for
#    fragments (British style). Standfirst without speech. Lede content before "the finance
#    ministry said on Tuesday" (the writer's "reviving a tax ..." is left out). "In a statement, the
#    ministry said A and B" (one span). Scare: official name "electronic transfer contribution".
#    Minister "told parliament that ... “...” ..." (partial only), then a full quote with "he said".
#    "was later quoted by the state-owned Daily Graphic as saying A “...” and that B" (partial plus
#    indirect). Traders' coalition "said it would ..." (indirect); general secretary named after his
#    quote ("said X, the coalition's general secretary, who ..."); quote-only paragraph continues
#    him. Group "several traders said". Stallholder "said X, 47, who ...". Opposition MP "wrote on X
#    that ... “...”" (partial only). "A spokeswoman for the IMF said in an email that ... “...” but
#    that B" (partial plus indirect). Economist "told Al Jazeera that" then a quote split by "she
#    said" whose second part runs into the next paragraph (three direct entries). Closing figure
#    paragraph has no cue.
ARTICLES["data/eval/test5/ghana-mobile-money-levy.gold.json"] = {
    "article": "data/eval/test5/ghana-mobile-money-levy.txt",
    "target": "Ghana",
    "quotes": [
        (I, "finance ministry", "Ghana will reintroduce a 1 percent charge on mobile money transfers from January",
            None),
        (I, "finance ministry", "the charge would apply only to transfers above 100 cedis ($6.40) and was expected "
            "to raise about 6.2 billion cedis ($400m) a year", None),
        (S, None, "electronic transfer contribution", None),
        (P, "Kwabena Asante-Darko", "no painless options", None),
        (D, "Kwabena Asante-Darko", "We can either tax the people who move money on their phones, or we can cut the "
            "salaries of the nurses and teachers who receive it. I know which one I would rather explain to the "
            "country,", None),
        (P, "Kwabena Asante-Darko", "deliberately low", None),
        (I, "Kwabena Asante-Darko", "small traders would be protected by the threshold", None),
        (I, "Coalition of Market Traders\u2019 Associations", "it would meet on Thursday to decide whether to call a "
            "strike", None),
        (D, "Joseph Kumah", "Every time the government runs short of money, it comes looking for the market woman "
            "and her phone,", None),
        (D, "Joseph Kumah", "We are not against paying tax. We are against paying tax twice on the same money.",
            None),
        (I, "traders", "they would start asking customers to bring cash", None),
        (D, "Akosua Mensah", "When they took it last time, my customers stopped sending. They brought notes, or they "
            "did not come at all,", None),
        (P, "Dominic Ayeh", "a tax on the poor dressed up as a tax on technology", None),
        (P, "spokeswoman for the IMF", "does not prescribe individual tax measures", None),
        (I, "spokeswoman for the IMF", "Ghana\u2019s programme included a commitment to raise tax revenue by 0.8 "
            "percent of gross domestic product next year", None),
        (I, "Efua Quartey", "the new charge was better designed than the old levy", None),
        (D, "Efua Quartey", "The threshold matters. Most transfers in this country are small, a few cedis for "
            "transport or food, so most of them will never be touched,", None),
        (D, "Efua Quartey", "But the government has not learned the main lesson.", None),
        (D, "Efua Quartey", "People did not go back to cash last time because of the rate. They went back because "
            "they did not trust what the money was for. Nothing in this statement changes that.", None),
    ],
    "actors": [
        actor("finance ministry", "government", title="Ghana's finance ministry",
              aliases=["finance ministry", "the ministry"], stance=1),
        actor("Kwabena Asante-Darko", "person", title="finance minister", affiliation="Ghana government",
              aliases=["Kwabena Asante-Darko", "Asante-Darko"], stance=1),
        actor("Coalition of Market Traders\u2019 Associations", "organisation", title="traders' associations coalition",
              aliases=["Coalition of Market Traders\u2019 Associations", "the coalition"], stance=-1),
        actor("Joseph Kumah", "person", title="general secretary (electrical goods trader, Kumasi)",
              affiliation="Coalition of Market Traders\u2019 Associations",
              aliases=["Joseph Kumah", "Kumah"], stance=-1),
        actor("traders", "group", title="stallholders at Makola market, Accra",
              aliases=["traders", "several traders"], stance=-1),
        actor("Akosua Mensah", "person", title="cloth seller (47), Makola market",
              aliases=["Akosua Mensah", "Mensah"], stance=-1),
        actor("Dominic Ayeh", "person", title="opposition ranking member, parliament's finance committee",
              affiliation="opposition", aliases=["Dominic Ayeh", "Ayeh"], stance=-1),
        actor("spokeswoman for the IMF", "person", title="spokeswoman", affiliation="International Monetary Fund",
              aliases=["spokeswoman for the IMF"], stance=0),
        actor("Efua Quartey", "person", title="economist", affiliation="University of Ghana",
              aliases=["Efua Quartey", "Quartey"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Bloomberg business, "(Bloomberg) --" opener, title-case headline with straight single quotes,
#    straight " and apostrophes in the body (weren't, I'd, company's). Headline fragment 'Right
#    Call' (Ashgrove Says ...) -> Ashgrove Interactive. Lede "warned it would ..." (indirect).
#    Content before "Ashgrove said in a statement" (with its apposition). CEO introduced inside a
#    split quote ("Ashgrove's chief executive, Helen Varga, told analysts on a conference call").
#    "said ... "..." and that B" (partial plus indirect); "She insisted A" (no that). Scare "crunch,"
#    (an industry term nobody is said to say). Ex-employee "wrote in a post on LinkedIn: "..."".
#    Analyst named after his quote ("said X, an analyst at ..., who ..."), then "wrote that ...
#    "..."" (partial only). CFO "said A"; "Asked by one analyst whether ..." not annotated, the
#    answer "replied: "..."" is. Fund manager named after his quote; "conceded that A, but argued
#    that B" (two spans). Forecast cut and closing industry paragraph carry no speech cue.
ARTICLES["data/eval/test5/ashgrove-saltmarsh-delay.gold.json"] = {
    "article": "data/eval/test5/ashgrove-saltmarsh-delay.txt",
    "target": "Ashgrove Interactive",
    "quotes": [
        (P, "Ashgrove Interactive", "Right Call", None),
        (I, "Ashgrove Interactive", "it would swing to a loss", None),
        (I, "Ashgrove Interactive", "Saltmarsh, an open-world survival game that has been in development for six "
            "years, will now come out in the autumn of 2026 rather than next March", None),
        (D, "Helen Varga", "We had a choice between shipping a game we weren't proud of and taking a hard year,",
            None),
        (D, "Helen Varga", "It was the right call, and I'd make it again tomorrow.", None),
        (P, "Helen Varga", "weren't where they need to be", None),
        (I, "Helen Varga", "the team needed more time to fix performance on older consoles", None),
        (I, "Helen Varga", "the extra year would not mean longer hours for the roughly 600 developers working on "
            "the game", None),
        (S, None, "crunch,", None),
        (D, "Marta Kowalczyk", "Nobody who worked on this game is surprised by today. The problem was never the "
            "engine. It was the number of times the plan changed.", None),
        (D, "Oliver Stanwick", "It's the third delay in two years, and at some point the market stops giving you the "
            "benefit of the doubt,", None),
        (P, "Oliver Stanwick", "survive the wait, but not another slip.", None),
        (I, "Tom Reyes", "the company had \u00a3118 million of net cash and an undrawn \u00a375 million credit "
            "facility", None),
        (D, "Tom Reyes", "No. We've planned for this.", None),
        (D, "Neil Hargreaves", "We're holders and we'll stay holders, but the board has now missed three dates in "
            "two years,", None),
        (I, "Neil Hargreaves", "Ember Coast had also been late and had ended up the company's most profitable game",
            None),
        (I, "Neil Hargreaves", "investors had far less patience for delays than they did five years ago", None),
    ],
    "actors": [
        actor("Ashgrove Interactive", "organisation", title="British video game publisher (London-listed)",
              aliases=["Ashgrove Interactive", "Ashgrove", "the company", "The company"], stance=1),
        actor("Helen Varga", "person", title="chief executive and co-founder", affiliation="Ashgrove Interactive",
              aliases=["Helen Varga", "Varga"], stance=1),
        actor("Marta Kowalczyk", "person", title="former lead designer", affiliation="Ashgrove Interactive (left last year)",
              aliases=["Marta Kowalczyk", "Kowalczyk"], stance=-1),
        actor("Oliver Stanwick", "person", title="analyst", affiliation="Calder Securities",
              aliases=["Oliver Stanwick", "Stanwick"], stance=-1),
        actor("Tom Reyes", "person", title="chief financial officer", affiliation="Ashgrove Interactive",
              aliases=["Tom Reyes", "Reyes"], stance=1),
        actor("Neil Hargreaves", "person", title="fund manager",
              affiliation="Thornbury Asset Management (about 4% holder)",
              aliases=["Neil Hargreaves", "Hargreaves"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. British local court report, curly single quotes ‘ ’ with ’ apostrophes (wasn’t, Renters’,
#    council’s); punctuation outside closing marks for fragments. Headline without quote marks.
#    "Simon Gale, prosecuting, told the court that" (indirect), then a quote split by "Mr Gale
#    said". Victim statement "In a statement read to the court, the tenant, X, said A" (the
#    statement speaks for her), then "she said" split quote. "Mitigating, X said A and had ‘...’"
#    (indirect for the first clause, partial for the second), then "Ms Penrose said", "She added
#    that A and that B" (one span). Judge "told Ashworth: ‘...’" (colon), then "She said A".
#    Group "members of the ... Union ... chanted ‘...!’" (direct). Defendant "told reporters he had
#    ‘...’ and that B" (partial plus indirect). Council "said A", councillor named after his quote.
#    Tenant "said after the hearing that ... ‘...’" (partial only).
ARTICLES["data/eval/test5/nottingham-cellar-flat-landlord.gold.json"] = {
    "article": "data/eval/test5/nottingham-cellar-flat-landlord.txt",
    "target": "Kevin Ashworth",
    "quotes": [
        (I, "Simon Gale", "council officers who inspected the flat in February last year had found black mould on "
            "every wall and a single electric heater for four rooms", None),
        (D, "Simon Gale", "The only window big enough to climb out of had been bricked up from the outside,", None),
        (D, "Simon Gale", "If a fire had started on the stairs, there was no way out. None.", None),
        (I, "Shannon Doyle", "her youngest son, who has asthma, had been admitted to hospital twice while the family "
            "lived there", None),
        (D, "Shannon Doyle", "I used to lie awake listening for the smoke alarm, and then I would remember there "
            "wasn\u2019t one,", None),
        (D, "Shannon Doyle", "I told him about the mould in the first week. He told me to open a window.", None),
        (I, "Laura Penrose", "her client had owned the property for 30 years", None),
        (P, "Laura Penrose", "buried his head in the sand", None),
        (D, "Laura Penrose", "He is not a rogue landlord with 40 properties. He has one flat, and he let it get into "
            "a state he is now deeply ashamed of,", None),
        (I, "Laura Penrose", "the work required by the notice had since been completed and that the flat was now "
            "empty", None),
        (D, "Rebecca Lowther", "You were told, in writing, what needed to be done, and you did nothing for the best "
            "part of a year. That flat was a death trap, and there were children sleeping in it.", None),
        (I, "Rebecca Lowther", "she had decided against an immediate prison term only because of his guilty pleas "
            "and his previous good character", None),
        (D, "members of the Nottingham Renters\u2019 Union", "Fix it or lose it!", None),
        (P, "Kevin Ashworth", "never had a complaint in 30 years", None),
        (I, "Kevin Ashworth", "he would be selling the flat", None),
        (I, "Nottingham City Council", "the case should serve as a warning to other landlords in the city", None),
        (D, "Jay Hartigan", "Most landlords in Nottingham do a decent job. But where people are living in conditions "
            "like these, we will take them to court, and we will win,", None),
        (P, "Shannon Doyle", "better than nothing", None),
    ],
    "actors": [
        actor("Simon Gale", "person", title="prosecuting counsel", affiliation="Nottingham City Council (prosecution)",
              aliases=["Simon Gale", "Gale", "Mr Gale"], stance=-1),
        actor("Shannon Doyle", "person", title="former tenant of the flat (victim statement)",
              aliases=["Shannon Doyle", "Doyle", "Ms Doyle"], stance=-1),
        actor("Laura Penrose", "person", title="defence counsel (mitigating)", affiliation="for Kevin Ashworth",
              aliases=["Laura Penrose", "Penrose", "Ms Penrose"], stance=1),
        actor("Rebecca Lowther", "person", title="judge", affiliation="Nottingham Crown Court",
              aliases=["Rebecca Lowther", "Lowther", "Judge Lowther"], stance=-1),
        actor("members of the Nottingham Renters\u2019 Union", "group", title="tenants' union members outside court",
              aliases=["members of the Nottingham Renters\u2019 Union"], stance=-1),
        actor("Kevin Ashworth", "person", title="landlord (58), Wollaton; defendant",
              aliases=["Kevin Ashworth", "Ashworth"], stance=1),
        actor("Nottingham City Council", "government", title="local council (brought the prosecution)",
              aliases=["Nottingham City Council", "the council"], stance=-1),
        actor("Jay Hartigan", "person", title="councillor, portfolio holder for housing",
              affiliation="Nottingham City Council", aliases=["Jay Hartigan", "Hartigan"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. NYT-style metro/science story, straight " and apostrophes (zoo's, animals', aren't), honorifics
#    Dr./Ms. on second reference, dateline "HARTFORD, Conn. —". Headline without quote marks.
#    "pressed the zoo to send ..." (directive, not annotated); "the zoo said they were staying"
#    (indirect); "In a statement, the zoo said A, ..., and would B" (one span). Scare: campaign name
#    "Elephants Forever". CEO named inside a split quote ("Dr. X, the zoo's president and chief
#    executive, said in an interview"). Activist named after her quote ("said X, who leads ..."),
#    then "noted that A, ..., and argued that B" (two spans). "A spokeswoman for the refuge said A
#    and that the offer "..."" (indirect plus partial only). Vet "said A" then "he said". Councilwoman
#    "said A", then a quote split by "she said". Visitor "recalled that A", then "Ms. Roth said"
#    split quote with a question. Closing "according to the Association of Zoos and Aquariums"
#    (content before the cue).
ARTICLES["data/eval/test5/millbrook-zoo-elephants-stay.gold.json"] = {
    "article": "data/eval/test5/millbrook-zoo-elephants-stay.txt",
    "target": "Millbrook Zoo",
    "quotes": [
        (I, "Millbrook Zoo", "they were staying", None),
        (I, "Millbrook Zoo", "it would spend $31 million on a new elephant habitat, about five times the size of the "
            "current yard, and would bring in at least two more female elephants from other accredited zoos over the "
            "next decade", None),
        (S, None, "Elephants Forever", None),
        (D, "Naomi Castellanos", "Elephants are social animals, and the worst thing we could do for Kasi and Tembo is "
            "put them on a truck for 900 miles and ask them to start over,", None),
        (D, "Naomi Castellanos", "Kasi is 47. The journey alone would be a risk.", None),
        (D, "Marcy Delgado", "This is a decision made for the gift shop, not for the elephants,", None),
        (I, "Marcy Delgado", "three elephants had died at the zoo since 2009, two of them before the age of 40", None),
        (I, "Marcy Delgado", "no habitat in New England could give elephants the space and the climate they need",
            None),
        (I, "spokeswoman for the refuge", "it was disappointed by the decision", None),
        (P, "spokeswoman for the refuge", "still stands.", None),
        (I, "Alan Whitcombe", "the evidence was mixed", None),
        (D, "Alan Whitcombe", "Some do beautifully. Some go downhill fast. Anybody who tells you they know which one "
            "Kasi would be is guessing,", None),
        (I, "Tamara Whitlock", "she would ask the City Council to hold a public hearing before any bonds were issued",
            None),
        (D, "Tamara Whitlock", "I love that zoo. I took my kids there every summer,", None),
        (D, "Tamara Whitlock", "But I'm not convinced this is about the elephants, and before the city puts a dollar "
            "in, I want to hear from people who aren't on the zoo's payroll.", None),
        (I, "Eileen Roth", "Kasi had arrived as a calf the year her daughter was born", None),
        (D, "Eileen Roth", "She knows this place. She knows us,", None),
        (D, "Eileen Roth", "Why would you move her now?", None),
        (I, "Association of Zoos and Aquariums", "About 30 zoos in the United States keep African elephants", None),
    ],
    "actors": [
        actor("Millbrook Zoo", "organisation", title="zoo, Hartford, Connecticut",
              aliases=["Millbrook Zoo", "the zoo", "Millbrook"], stance=1),
        actor("Naomi Castellanos", "person", title="president and chief executive", affiliation="Millbrook Zoo",
              aliases=["Naomi Castellanos", "Castellanos"], stance=1),
        actor("Marcy Delgado", "person", title="leader of Free the Millbrook Two (local campaign group)",
              affiliation="Free the Millbrook Two", aliases=["Marcy Delgado", "Delgado", "Ms. Delgado"], stance=-1),
        actor("spokeswoman for the refuge", "person", title="spokeswoman",
              affiliation="Harmony Ridge Elephant Refuge (Tennessee)",
              aliases=["spokeswoman for the refuge"], stance=-1),
        actor("Alan Whitcombe", "person", title="veterinarian (advises on elephant transfers)",
              affiliation="University of Pennsylvania", aliases=["Alan Whitcombe", "Whitcombe"], stance=0),
        actor("Tamara Whitlock", "person", title="councilwoman (district includes the zoo)",
              affiliation="Hartford City Council", aliases=["Tamara Whitlock", "Whitlock"], stance=-1),
        actor("Eileen Roth", "person", title="zoo member since 1986 (71)",
              aliases=["Eileen Roth", "Roth", "Ms. Roth"], stance=1),
        actor("Association of Zoos and Aquariums", "organisation", title="accrediting body for zoos",
              aliases=["Association of Zoos and Aquariums"], stance=None),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
