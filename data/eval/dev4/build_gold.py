"""Build the dev4 gold files (data/eval/dev4/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev3/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev4/build_gold.py  then
python3 data/eval/dev4/check.py.  Standard library only.
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
# 1. Canadian Press politics, straight quotes, Canadian spelling. Lede content before "said
#    Tuesday" (title before the name: "Immigration Minister Renée Gauthier"); later "the minister".
#    "She said ... "clear evidence" ..., and that ...": partial plus indirect for the unquoted
#    clause. Reported question ("Asked whether ...") not annotated, its answer is. "She did not
#    say ..." (negated speech) and "The group urged Ottawa to ..." (directive) not annotated.
#    Man and woman named together, then "he said" (Dhillon; the quote's own "she" is Gauthier) and
#    "She replied that" (Gauthier). The alliance later "The group"/"the group", then "It said".
#    Speaker named only after a long apposition (Louise Arsenault). Colon after a full clause
#    (Andersen). Participial "adding that".
ARTICLES["data/eval/dev4/canada-foreign-worker-cap.gold.json"] = {
    "article": "data/eval/dev4/canada-foreign-worker-cap.txt",
    "target": "Renée Gauthier",
    "quotes": [
        (I, "Renée Gauthier", "The federal government will cut the number of new temporary foreign worker "
            "permits by a third next year", None),
        (S, None, "low-wage stream", None),
        (D, "Renée Gauthier", "We brought in these workers to fill a labour shortage. That shortage has eased, "
            "and the program has to reflect the country we live in now, not the one we lived in three years "
            "ago,", None),
        (P, "Renée Gauthier", "clear evidence", None),
        (I, "Renée Gauthier", "the number of workplace inspections would double next year", None),
        (I, "Renée Gauthier", "it would be reviewed every year", None),
        (P, "Ravi Dhillon", "lost control", None),
        (P, "Ravi Dhillon", "slamming on the brakes in a panic.", None),
        (D, "Ravi Dhillon", "The minister let this program triple in size, and now she wants applause for "
            "shrinking it,", None),
        (I, "Renée Gauthier", "the Conservatives had voted for every expansion of the program since 2015", None),
        (I, "Canadian Seasonal Employers Alliance", "the cut would fall hardest on rural Atlantic Canada and on "
            "producers who can't find local workers at any wage", None),
        (D, "Canadian Seasonal Employers Alliance", "Nobody in this industry is hiring foreign workers to save "
            "money. We're hiring them because nobody else applies,", None),
        (I, "Canadian Seasonal Employers Alliance", "its members had already signed contracts for next spring "
            "under the current rules", None),
        (D, "Louise Arsenault", "If the workers don't arrive in May, the plant doesn't open in May,", None),
        (I, "Louise Arsenault", "she had written to the minister twice since the summer and had never received "
            "a reply", None),
        (D, "Alain Comeau", "Ottawa can't set one rule for downtown Toronto and for Shediac and pretend that's "
            "fair,", None),
        (D, "Mikael Andersen", "The numbers involved are tiny next to a labour force of 21 million. What the cap "
            "changes is the incentive for employers to raise wages, and frankly, that's the point.", None),
        (D, "Renée Gauthier", "Employers will have time to plan,", None),
        (I, "Renée Gauthier", "regional quotas would be published by the end of November", None),
    ],
    "actors": [
        actor("Renée Gauthier", "person", title="immigration minister", affiliation="federal government (Liberal)",
              aliases=["Renée Gauthier", "Gauthier", "the minister"], stance=1),
        actor("Ravi Dhillon", "person", title="immigration critic", affiliation="Conservative",
              aliases=["Ravi Dhillon", "Dhillon"], stance=-1),
        actor("Canadian Seasonal Employers Alliance", "organisation", title="employers' group",
              aliases=["Canadian Seasonal Employers Alliance", "The group", "the group"], stance=-1),
        actor("Louise Arsenault", "person", title="chair; lobster plant owner",
              affiliation="Atlantic Seafood Processors Association", aliases=["Louise Arsenault", "Arsenault"],
              stance=-1),
        actor("Alain Comeau", "person", title="premier", affiliation="New Brunswick",
              aliases=["Alain Comeau", "Comeau", "the premier"], stance=-1),
        actor("Mikael Andersen", "person", title="labour economist", affiliation="University of Ottawa",
              aliases=["Mikael Andersen", "Andersen"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Long-form magazine feature, curly quotes and apostrophes, present tense ("she says",
#    "Van der Linden says", "Hendrik says", "says the man ..."). Particle name: Margriet van der
#    Linden; "Van der Linden" alone is always Margriet (her father is "Hendrik", "the Van der
#    Lindens" is the family, "Van der Linden & Zonen" is the firm). Three multi-paragraph quotes
#    (Margriet twice, Hendrik once): one entry per paragraph, the open paragraph's span runs to the
#    end of its line. The firm speaks once ("The firm says on its website that"). Speaker named
#    only after a long apposition (Daan Verhoeven). "describes as" with a quoted fragment: partial
#    only. "He argues that A and that B": one indirect span. Scare "maiden".
ARTICLES["data/eval/dev4/vessem-bell-foundry-feature.gold.json"] = {
    "article": "data/eval/dev4/vessem-bell-foundry-feature.txt",
    "target": "Van der Linden & Zonen",
    "quotes": [
        (D, "Margriet van der Linden", "You get one chance,", None),
        (D, "Margriet van der Linden", "If the metal is too cold, the bell is dead. If there is air trapped in the "
            "mould, the bell is dead. And you find out three weeks later, when you dig it up, which is far too "
            "late to be clever.", None),
        (D, "Margriet van der Linden", "My grandfather used to say that a bell is the only thing we make that has "
            "to be perfect in the dark.", None),
        (I, "Van der Linden & Zonen", "it has cast bells in the village since 1784", None),
        (P, "Margriet van der Linden", "mostly family pride and a little guesswork.", None),
        (D, "Daan Verhoeven", "Every single time I think I am going to be sick, and then it is over and I want to "
            "do it again tomorrow,", None),
        (D, "Margriet van der Linden", "I sat at the kitchen table with my father and the accountant, and we did "
            "the sums three times,", None),
        (D, "Margriet van der Linden", "Every way we did them, we were finished by March.", None),
        (D, "Margriet van der Linden", "What saved us was a church in Norway that paid for its bells in advance, "
            "the whole amount, a year early. I have never met the man who arranged it. I still send him a card "
            "every Christmas.", None),
        (D, "Hendrik van der Linden", "My brother said the men would not take orders from her,", None),
        (D, "Hendrik van der Linden", "They took orders from her within a week. She is better at this than I ever "
            "was. I was impatient. I always wanted to hear the bell before it had cooled.", None),
        (D, "Hendrik van der Linden", "Margriet waits. That is the whole secret, really. She waits.", None),
        (I, "Tomasz Wójcik", "the parish council had chosen the Dutch foundry over two larger competitors in "
            "Germany and Austria", None),
        (D, "Tomasz Wójcik", "The others sent us a price. She sent us a recording of our old bell from a 1938 "
            "radio broadcast, with notes on what was wrong with every tone,", None),
        (P, "Pieter Hoogland", "beautifully made and a little too polite.", None),
        (I, "Pieter Hoogland", "the old masters accepted a certain roughness in the sound and that modern tuning "
            "has sanded it away", None),
        (D, "Margriet van der Linden", "Pieter likes his bells the way he likes his cheese, old and slightly "
            "dangerous. I make bells that people will ring for 300 years,", None),
        (D, "Margriet van der Linden", "If they want the roughness back, they can have it in 2300.", None),
        (S, None, "maiden", "so-called"),
    ],
    "actors": [
        actor("Margriet van der Linden", "person", title="owner, seventh-generation bell founder",
              affiliation="Van der Linden & Zonen",
              aliases=["Margriet van der Linden", "Van der Linden", "Margriet"], stance=1),
        actor("Van der Linden & Zonen", "organisation", title="bell foundry (family firm)",
              aliases=["Van der Linden & Zonen", "The firm", "the firm", "the foundry"], stance=1),
        actor("Daan Verhoeven", "person", title="furnace operator (24)", affiliation="Van der Linden & Zonen",
              aliases=["Daan Verhoeven", "Verhoeven"], stance=None),
        actor("Hendrik van der Linden", "person", title="former owner, Margriet's father (81)",
              affiliation="Van der Linden & Zonen", aliases=["Hendrik van der Linden", "Hendrik"], stance=1),
        actor("Tomasz Wójcik", "person", title="parish priest", affiliation="church in Gdańsk",
              aliases=["Tomasz Wójcik", "Wójcik"], stance=1),
        actor("Pieter Hoogland", "person", title="carillonneur, former bell-museum curator",
              aliases=["Pieter Hoogland", "Hoogland", "Pieter"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Climate summit wire story, curly quotes. Target Australia (alias Canberra) speaks in a written
#    submission: partial for the quoted clause, indirect for "and that each country ...". "objected
#    to a draft text" is a speech act without content. Title before name (Climate Change Minister
#    Helen Carver); "The EU’s climate commissioner, Jens Kjærgaard," later "the commissioner".
#    Colon after a full clause (Brazil’s environment minister). "said Tuvalu’s climate envoy,
#    Seluka Tavita" (verb before the name). Content before "according to". Anonymous member of
#    China’s delegation, later "the delegate". NGO later "The group"/"the group". "Asked about
#    ..., Carver said ... “...” ... and denied that ...": partial plus indirect (deny is a cue).
ARTICLES["data/eval/dev4/bonn-climate-talks-australia-coal.gold.json"] = {
    "article": "data/eval/dev4/bonn-climate-talks-australia-coal.txt",
    "target": "Australia",
    "quotes": [
        (S, None, "phasing down", None),
        (P, "Australia", "ignores the circumstances of developing economies that still depend on Australian coal",
            None),
        (I, "Australia", "each country should set its own path", None),
        (D, "Helen Carver", "We have cut our emissions by almost 30 per cent since 2005. We will not be lectured by "
            "countries that are still opening gas fields of their own,", None),
        (P, "Jens Kjærgaard", "disappointed but not surprised", None),
        (I, "Jens Kjærgaard", "a deal was still possible before the talks close on Friday", None),
        (D, "Jens Kjærgaard", "Nobody is asking Australia to close its mines tomorrow. We are asking it to stop "
            "opening new ones,", None),
        (D, "Luiza Mendes", "Every country in this room is carrying its history on its back, including mine. "
            "Australia has moved a long way in three years, and I believe it can move a little further before "
            "Friday.", None),
        (D, "Seluka Tavita", "For Australia this is a question of export revenue. For us it is a question of "
            "whether our grandchildren grow up on the islands where they were born,", None),
        (I, "Seluka Tavita", "his delegation would not sign any text that dropped the 2030 date", None),
        (I, "Carbon Ledger", "Australia was the world\u2019s second-largest coal exporter last year", None),
        (I, "member of China\u2019s delegation", "Beijing would not support any text that singled out one fuel",
            None),
        (D, "member of China\u2019s delegation", "Coal, oil, gas \u2014 all of them are fossil fuels,", None),
        (P, "Pacific Islands Climate Action Network", "impossible to square", None),
        (D, "Pacific Islands Climate Action Network", "You cannot ask to be our partner and block us in the same "
            "breath,", None),
        (P, "Helen Carver", "absolutely committed", None),
        (I, "Helen Carver", "the bid was in trouble", None),
        (D, "Jens Kjærgaard", "We have been here before,", None),
        (D, "Jens Kjærgaard", "These deals always look impossible, right up until the moment they are done.",
            None),
    ],
    "actors": [
        actor("Australia", "country", aliases=["Australia", "Canberra"], stance=1),
        actor("Helen Carver", "person", title="climate change minister", affiliation="Australia",
              aliases=["Helen Carver", "Carver"], stance=1),
        actor("Jens Kjærgaard", "person", title="climate commissioner", affiliation="European Union",
              aliases=["Jens Kjærgaard", "Kjærgaard", "the commissioner"], stance=-1),
        actor("Luiza Mendes", "person", title="environment minister", affiliation="Brazil",
              aliases=["Luiza Mendes", "Mendes"], stance=0),
        actor("Seluka Tavita", "person", title="climate envoy", affiliation="Tuvalu",
              aliases=["Seluka Tavita", "Tavita"], stance=-1),
        actor("Carbon Ledger", "organisation", title="Berlin-based research group",
              aliases=["Carbon Ledger"], stance=0),
        actor("member of China\u2019s delegation", "person", title="delegate (anonymous)", affiliation="China",
              aliases=["member of China\u2019s delegation", "the delegate"], stance=1),
        actor("Pacific Islands Climate Action Network", "organisation", title="NGO network",
              aliases=["Pacific Islands Climate Action Network", "The group", "the group"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British local crime story, curly single quotes with curly apostrophes (She’s inside a quote,
#    jeweller’s, force’s outside), punctuation outside the closing mark. The police force speaks
#    ("Severn Vale Police said", "the force said" after lede content); its unnamed spokeswoman is
#    her own actor ("She described ... as ‘well within’": partial only; "she added"). Title before
#    name (Detective Inspector Claire Rowntree), later "the detective" and "said DI Rowntree". Man
#    and woman named together, then "she said" (Kerr) and "He said ... and that ..." (Bhatt, one
#    span). "Bhatt & Sons" is the shop, not a speaker. "were critical of", "have appealed for
#    ... to come forward" not annotated. Scare ‘estates rationalisation’.
ARTICLES["data/eval/dev4/ashcombe-jeweller-raid.gold.json"] = {
    "article": "data/eval/dev4/ashcombe-jeweller-raid.txt",
    "target": "Severn Vale Police",
    "quotes": [
        (I, "Severn Vale Police", "the men, aged 19, 22 and 27, were stopped on the A38 near Tewkesbury about 40 "
            "minutes after the raid and that a fourth man was still being sought", None),
        (I, "Severn Vale Police", "Nobody was seriously hurt, but a 68-year-old member of staff was treated for "
            "shock", None),
        (I, "Claire Rowntree", "the raiders had been inside Bhatt & Sons on the High Street for less than two "
            "minutes", None),
        (D, "Claire Rowntree", "This was a planned, targeted and frankly brazen attack in broad daylight,", None),
        (D, "Claire Rowntree", "We believe the same group may be responsible for two similar raids in "
            "Worcestershire last month.", None),
        (I, "Anil Bhatt", "the gang had taken watches and rings worth about \u00a3120,000", None),
        (D, "Anil Bhatt", "Four men with their faces covered came through the door swinging hammers. My colleague "
            "Pam was behind the counter. She\u2019s worked here for 30 years, and she thought she was going to "
            "die,", None),
        (D, "Joanne Kerr", "I heard the glass go and then the screaming, and all I could think was, get everyone "
            "away from the windows,", None),
        (D, "Joanne Kerr", "We rang 999 four times,", None),
        (D, "Joanne Kerr", "By the time the first car turned up, they were long gone.", None),
        (I, "Anil Bhatt", "the town\u2019s police station had closed in 2019 and that the nearest response "
            "officers were now based 15 miles away in Gloucester", None),
        (S, None, "estates rationalisation", None),
        (I, "Severn Vale Police spokeswoman", "the first 999 call was logged at 3.12pm and officers arrived at "
            "3.26pm", None),
        (P, "Severn Vale Police spokeswoman", "well within", None),
        (D, "Severn Vale Police spokeswoman", "We understand how frightening this was for people in Ashcombe, and "
            "we would like to thank the members of the public who helped officers at the scene,", None),
        (P, "Richard Hale", "left to fend for itself", None),
        (I, "Richard Hale", "he would raise the matter with the police and crime commissioner this week", None),
        (I, "Claire Rowntree", "all three men remained in custody and were being questioned", None),
        (D, "Claire Rowntree", "Somebody drove that fourth man away from Ashcombe, and somebody knows who he is,",
            None),
    ],
    "actors": [
        actor("Severn Vale Police", "organisation", title="police force",
              aliases=["Severn Vale Police", "the force"], stance=1),
        actor("Claire Rowntree", "person", title="detective inspector", affiliation="Severn Vale Police",
              aliases=["Claire Rowntree", "Rowntree", "DI Rowntree", "the detective"], stance=1),
        actor("Anil Bhatt", "person", title="shop owner", affiliation="Bhatt & Sons (jeweller)",
              aliases=["Anil Bhatt", "Bhatt", "Mr Bhatt"], stance=-1),
        actor("Joanne Kerr", "person", title="card shop manager", aliases=["Joanne Kerr", "Kerr", "Mrs Kerr"],
              stance=-1),
        actor("Severn Vale Police spokeswoman", "person", title="police spokeswoman (anonymous)",
              affiliation="Severn Vale Police", aliases=["Severn Vale Police spokeswoman"], stance=1),
        actor("Richard Hale", "person", title="MP", affiliation="Ashcombe",
              aliases=["Richard Hale", "Hale", "Mr Hale"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
