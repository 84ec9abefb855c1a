"""Build the dev11 gold files (data/eval/dev11/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev5/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev11/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev11.  Standard library only.
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
# 1. Bloomberg tech antitrust, curly double quotes in the body, curly single in the headline,
#    curly apostrophes. Headline fragment 'Misguided' -> Halvard Systems (the entity the headline
#    names; the body's "misguided" is a separate partial). Lede participial "saying ..." from
#    "Britain's antitrust watchdog" (= the CMA). "said Tuesday it would examine whether A, which
#    ..., break ..." (one span with the relative clause). "The authority said it had received
#    "..." from ..." (partial only). Two-stretch quote with the name after the first stretch
#    ("said Hannah Okonjo, who leads ..."). "called the probe "..." and said ..." (partial plus
#    indirect). Emailed statement, "the company said". Content before "according to its annual
#    report" (the report speaks for Halvard). "Read more:" line without speech. "X's chief
#    executive, Y, said in an interview". Group "said A, a practice it described as "..."":
#    indirect stops before the comma, plus the partial. Lawmaker "wrote on X that A "..." and
#    that B": partial plus indirect. Analyst "said A and that B" (one span), then "she said"
#    (Mehra, not Threlkeld, the woman quoted just before). "declined to comment on whether ..."
#    not annotated.
ARTICLES["data/eval/dev11/halvard-cloud-licensing-probe.gold.json"] = {
    "article": "data/eval/dev11/halvard-cloud-licensing-probe.txt",
    "target": "Halvard Systems",
    "quotes": [
        (P, "Halvard Systems", "Misguided", None),
        (I, "Competition and Markets Authority", "the US company may be penalizing customers who run its database "
            "products on rival cloud platforms", None),
        (I, "Competition and Markets Authority", "it would examine whether Halvard\u2019s license terms, which can "
            "make it as much as four times more expensive to run the software on Amazon Web Services or Microsoft "
            "Azure than on Halvard\u2019s own cloud, break UK competition law", None),
        (P, "Competition and Markets Authority", "a substantial body of complaints", None),
        (D, "Hannah Okonjo", "Businesses have told us they feel trapped. When a company controls software that "
            "thousands of firms depend on, it can\u2019t use that position to herd them into its other services,",
            None),
        (D, "Hannah Okonjo", "If the evidence shows that\u2019s happening here, we will act.", None),
        (P, "Halvard Systems", "misguided", None),
        (I, "Halvard Systems", "its prices reflected the real cost of supporting its software on platforms it "
            "doesn\u2019t control", None),
        (D, "Halvard Systems", "Customers choose Halvard Cloud because our software runs faster and cheaper where we "
            "built it to run, not because anyone forces them to,", None),
        (D, "Halvard Systems", "We will engage constructively with the CMA and are confident the facts will bear that "
            "out.", None),
        (I, "Halvard Systems", "The UK accounted for about 9% of the company\u2019s $14.2 billion in revenue last year",
            None),
        (I, "Kelbridge Cloud", "it had lost at least 40 customers to Halvard Cloud since Halvard rewrote its terms in "
            "2023", None),
        (D, "Rory Castellan", "They don\u2019t leave because our service is worse. They leave because Halvard sends "
            "them a bill they can\u2019t explain to their finance director,", None),
        (I, "Coalition for Fair Software Licensing", "the CMA should also examine how Halvard audits its customers",
            None),
        (P, "Coalition for Fair Software Licensing", "a shakedown dressed up as compliance.", None),
        (P, "Joanna Threlkeld", "tens of millions of pounds", None),
        (I, "Joanna Threlkeld", "every such contract should be reviewed", None),
        (I, "Anjali Mehra", "CMA investigations of this kind typically took 18 months or longer and that any fine "
            "would be small relative to Halvard\u2019s sales", None),
        (D, "Anjali Mehra", "The money isn\u2019t the risk. The risk is that Brussels and Washington copy whatever "
            "remedy London comes up with,", None),
    ],
    "actors": [
        actor("Halvard Systems", "organisation", title="database software and cloud company (Austin, Texas)",
              aliases=["Halvard Systems", "Halvard Systems Inc.", "Halvard", "the company"], stance=1),
        actor("Competition and Markets Authority", "organisation", title="UK competition regulator",
              aliases=["Competition and Markets Authority", "CMA", "The authority", "the regulator", "watchdog",
                       "Watchdog"], stance=-1),
        actor("Hannah Okonjo", "person", title="head of the digital markets unit",
              affiliation="Competition and Markets Authority",
              aliases=["Hannah Okonjo", "Okonjo"], stance=-1),
        actor("Kelbridge Cloud", "organisation", title="cloud provider (London)",
              aliases=["Kelbridge Cloud", "Kelbridge"], stance=-1),
        actor("Rory Castellan", "person", title="chief executive", affiliation="Kelbridge Cloud",
              aliases=["Rory Castellan", "Castellan"], stance=-1),
        actor("Coalition for Fair Software Licensing", "organisation", title="industry group (Brussels)",
              aliases=["Coalition for Fair Software Licensing", "The group"], stance=-1),
        actor("Joanna Threlkeld", "person", title="Liberal Democrat lawmaker (MP)", affiliation="Liberal Democrats",
              aliases=["Joanna Threlkeld", "Threlkeld"], stance=-1),
        actor("Anjali Mehra", "person", title="analyst", affiliation="Kersey & Lowe",
              aliases=["Anjali Mehra", "Mehra"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AP court story (appeal hearing), straight quotes and apostrophes, dateline "ST. PAUL, Minn.
#    (AP) —". Lede "A lawyer for a man ... asked ... to throw out his conviction, arguing that ...":
#    the request is not annotated, the participial clause is indirect for Naomi Redcloud (named in
#    the third paragraph as "The lawyer, Assistant State Public Defender Naomi Redcloud"). "Kvale
#    has said ..." (indirect). "told a three-judge panel that ...". Judge and lawyer (two women):
#    "pressed Redcloud on that point" (not annotated), then "...?" she asked (the judge, subject of
#    the sentence) and "..." Redcloud replied. "..." (two entries). Prosecutor "countered that A
#    and that B "..."" (indirect plus partial), "noted that" (indirect), then a quote. Judge's
#    timetable (indirect). Mother named after the first stretch ("said his mother, Grace Okeke,
#    58.") and her quote runs over two paragraphs (the open paragraph runs to the end of its
#    line). Prosecutor's office statement (indirect, then "the office said"). "In a phone
#    interview with The Associated Press ..., he said he thought ... "every single day."": partial
#    only. "did not attend", "did not respond to a request for comment" not annotated.
ARTICLES["data/eval/dev11/kvale-murder-appeal-hearing.gold.json"] = {
    "article": "data/eval/dev11/kvale-murder-appeal-hearing.txt",
    "target": "Dustin Kvale",
    "quotes": [
        (I, "Naomi Redcloud", "jurors never heard evidence that the victim had threatened him in the weeks before",
            None),
        (I, "Dustin Kvale", "he fired in self-defense after Okeke and two friends followed him to his pickup truck",
            None),
        (I, "Naomi Redcloud", "the trial judge had wrongly barred three witnesses who would have testified that Okeke "
            "threatened Kvale by text message and in person weeks before the shooting", None),
        (D, "Naomi Redcloud", "The jury was asked to decide whether Dustin Kvale was afraid for his life, and then it "
            "was kept from hearing why he was afraid. That is not a fair trial. That is half of one,", None),
        (D, "Ren\u00e9e Halvorsen", "Your client testified for most of a day. What would the jury have learned from "
            "these witnesses that it didn't hear from him?", None),
        (D, "Naomi Redcloud", "That he wasn't making it up,", None),
        (D, "Naomi Redcloud", "A defendant saying he was scared is one thing. Three witnesses saying they heard the "
            "threats is another.", None),
        (I, "Greg Lindahl", "the trial judge had acted well within his discretion", None),
        (P, "Greg Lindahl", "rumor stacked on rumor.", None),
        (I, "Greg Lindahl", "Kvale had walked to his truck and taken a handgun from the glove box before the "
            "confrontation began", None),
        (D, "Greg Lindahl", "He had a way out. He had his keys in his hand. He chose to turn around,", None),
        (I, "Ren\u00e9e Halvorsen", "the panel would rule within 90 days", None),
        (D, "Grace Okeke", "Every time there's a hearing, we have to bury Jamal all over again,", None),
        (D, "Grace Okeke", "We sat through two weeks of trial. Twelve people listened to all of it, and they made "
            "their decision.", None),
        (D, "Grace Okeke", "He wants a jury to hear about a text message. My son isn't here to explain a text "
            "message.", None),
        (I, "Stearns County Attorney's Office", "it was confident the conviction would be upheld", None),
        (D, "Stearns County Attorney's Office", "The defendant received a fair trial before a careful judge and an "
            "attentive jury, and we will continue to stand with Jamal's family,", None),
        (P, "Dustin Kvale", "every single day.", None),
        (D, "Dustin Kvale", "I never wanted anybody to die. I wanted to go home,", None),
    ],
    "actors": [
        actor("Naomi Redcloud", "person", title="Assistant State Public Defender (appellate lawyer)",
              affiliation="Minnesota State Public Defender", aliases=["Naomi Redcloud", "Redcloud", "The lawyer"],
              stance=1),
        actor("Dustin Kvale", "person", title="appellant (31), convicted of second-degree murder",
              aliases=["Dustin Kvale", "Kvale"], stance=1),
        actor("Ren\u00e9e Halvorsen", "person", title="presiding judge", affiliation="Minnesota Court of Appeals",
              aliases=["Ren\u00e9e Halvorsen", "Halvorsen"], stance=None),
        actor("Greg Lindahl", "person", title="Assistant Stearns County Attorney",
              affiliation="Stearns County Attorney's Office", aliases=["Greg Lindahl", "Lindahl"], stance=-1),
        actor("Grace Okeke", "person", title="victim's mother (58)", aliases=["Grace Okeke"], stance=-1),
        actor("Stearns County Attorney's Office", "organisation", title="county prosecutor's office",
              aliases=["Stearns County Attorney's Office", "the office"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. ABC News (Australia) environment story, curly single quotes with curly apostrophes, British
#    punctuation outside the closing mark for fragments. Headline fragment 'reckless' -> Central
#    Land Council ("Land council" is listed as an alias); the body's 'reckless' is a separate
#    partial. ABC "In short:" box: "The Central Land Council says it is considering a legal
#    challenge." is reported speech (indirect), the other two lines are not. Minister "announced
#    ..., saying it carried '...'" (partial only), then "Mr Oakley told reporters" and a quote-only
#    paragraph (continuity). Scare "so-called 'adaptive management'". Department "said A and that
#    B" (one span). Land council "described the decision as '...' and said ..." (partial plus
#    indirect), statement then a quote-only paragraph. Elder "she told the ABC". Two women quoted
#    in a row (Woods, Holloway): "she said" after Holloway's indirect is Holloway. Group "More than
#    60 scientists ... signed an open letter ... warning that" (indirect, group "scientists").
#    "dismissed the letter, saying ..." (indirect for the participle only). Company "said its own
#    studies showed '...' ... and that B" (partial plus indirect); "the company's managing
#    director, Simone Varga, said" after the quote. "welcomed the decision" not annotated.
ARTICLES["data/eval/dev11/taylor-creek-water-licence.gold.json"] = {
    "article": "data/eval/dev11/taylor-creek-water-licence.txt",
    "target": "Northern Territory Government",
    "quotes": [
        (P, "Central Land Council", "reckless", "Land council condemns"),
        (I, "Central Land Council", "it is considering a legal challenge", None),
        (P, "Brett Oakley", "the toughest conditions ever attached to a water licence in the Territory", None),
        (D, "Brett Oakley", "This project will bring hundreds of jobs to Central Australia, and it will do that "
            "without putting a single community\u2019s water supply at risk,", None),
        (D, "Brett Oakley", "If the monitoring shows any impact on the springs, the licence can be cut back or "
            "suspended. That is not a promise, that is the law.", None),
        (S, None, "adaptive management", None),
        (I, "Department of Environment, Parks and Water Security", "the licence would be reviewed every two years and "
            "that it had considered more than 400 public submissions before the minister signed it", None),
        (P, "Central Land Council", "reckless", "described the decision as"),
        (I, "Central Land Council", "it was considering a legal challenge", None),
        (D, "Central Land Council", "The Government has handed a mining company the right to drain water that "
            "Anmatyerr people have relied on for tens of thousands of years,", None),
        (D, "Central Land Council", "Nobody asked the people who own that country. Nobody asked the women who look "
            "after those soakages.", None),
        (D, "Teresa Kemarre Woods", "My grandmother took us there and showed us how to dig for water with our hands. "
            "It has never been dry, not even in the big drought. Now the Government says a mine can have it,", None),
        (I, "Jane Holloway", "the aquifer was refilled only by rare, heavy rain", None),
        (D, "Jane Holloway", "Some of the water Halcyon wants to pump fell as rain thousands of years ago. Once you "
            "take it out, it isn\u2019t coming back in our lifetimes,", None),
        (I, "scientists", "the department\u2019s modelling had underestimated how far water levels would fall near the "
            "springs", None),
        (I, "Brett Oakley", "the modelling had been independently reviewed by CSIRO", None),
        (P, "Halcyon Rare Earths", "no measurable impact", None),
        (I, "Halcyon Rare Earths", "it would publish monitoring data online every three months", None),
        (D, "Simone Varga", "We have spent four years and $12 million on water studies. We are not going to risk a "
            "project worth billions of dollars by getting the water wrong,", None),
    ],
    "actors": [
        actor("Central Land Council", "organisation", title="Aboriginal land council (southern Northern Territory)",
              aliases=["Central Land Council", "Land council", "the land council", "The land council"], stance=-1),
        actor("Brett Oakley", "person", title="Environment Minister", affiliation="Northern Territory Government",
              aliases=["Brett Oakley", "Oakley", "Mr Oakley", "the minister"], stance=1),
        actor("Department of Environment, Parks and Water Security", "government",
              title="Northern Territory government department",
              aliases=["Department of Environment, Parks and Water Security", "the department"], stance=1),
        actor("Teresa Kemarre Woods", "person", title="Anmatyerr elder (67)",
              aliases=["Teresa Kemarre Woods", "Woods"], stance=-1),
        actor("Jane Holloway", "person", title="Professor, hydrogeologist", affiliation="Charles Darwin University",
              aliases=["Jane Holloway", "Holloway", "Professor Holloway"], stance=-1),
        actor("scientists", "group", title="signatories of an open letter to the minister",
              aliases=["scientists"], stance=-1),
        actor("Halcyon Rare Earths", "organisation", title="mining company (Taylor Creek project)",
              aliases=["Halcyon Rare Earths", "Halcyon", "the company"], stance=1),
        actor("Simone Varga", "person", title="managing director", affiliation="Halcyon Rare Earths",
              aliases=["Simone Varga", "Varga"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Local newspaper (Kingston, Ont.), straight quotes and apostrophes (residents' group,
#    Queen's, we'd), Canadian "Coun." titles. Lede "a residents' group says it will ..."
#    (indirect, the group named later). Department report "recommended approval, saying ... "..."
#    and that B" (partial plus indirect; the recommendation itself not annotated), "The department
#    noted that A, and that B" (one span). Scare "so-called "missing middle" housing". Chair
#    "X, 71, who chairs ..., told the committee ..." then "she said". "The group said in a written
#    submission that A and that B" (one span). Group "Several residents said ...". "The ... School
#    Board took no position ..." is the writer's sentence (no cue); "the board said" is indirect.
#    Developer's president "told the committee ..." then a quote split by "Desjardins said". Q&A
#    in prose: councillor's quoted question ("he asked") and the planner's answer ("replied Anika
#    Sharma, ...", two entries).
#    Two men in a row: Boateng "he said", then "Szabo was unmoved. "..." he said." Content before
#    the cue in the last sentence ("..., Loughlin said"). "questioned staff", "voted in favour"
#    not annotated.
ARTICLES["data/eval/dev11/princess-street-tower-rezoning.gold.json"] = {
    "article": "data/eval/dev11/princess-street-tower-rezoning.txt",
    "target": "planning services department",
    "quotes": [
        (I, "Williamsville Neighbours for Sensible Growth", "it will take its fight to the Ontario Land Tribunal if "
            "city council approves the project next month", None),
        (P, "planning services department", "exactly where the Official Plan says growth should go", None),
        (I, "planning services department", "the building would add badly needed rental housing near transit", None),
        (I, "planning services department", "the developer had agreed to rent 24 units at below-market rates for at "
            "least 25 years, and that shadows from the tower would fall mostly across Princess Street rather than on "
            "neighbouring back yards", None),
        (S, None, "missing middle", None),
        (I, "Margaret Loughlin", "the group was not against new housing", None),
        (D, "Margaret Loughlin", "We have said from the start that we'd welcome six storeys on that corner. Twelve "
            "storeys on a street of two-storey houses isn't gentle density. It's a wall,", None),
        (I, "Williamsville Neighbours for Sensible Growth", "the tower would add traffic to streets already used as a "
            "shortcut to Queen's University and that the city had not studied the effect on local schools", None),
        (I, "residents", "they feared losing sunlight in their gardens and parking on their streets", None),
        (I, "Limestone District School Board", "both elementary schools serving the area were already over "
            "capacity", None),
        (I, "Paul Desjardins", "the company had already cut two storeys and 40 units from its original proposal after "
            "meetings with neighbours", None),
        (D, "Paul Desjardins", "We listened. We came back with a smaller building, more family-sized units and a "
            "public courtyard, and we're still being told no,", None),
        (D, "Paul Desjardins", "At some point the city has to decide whether it wants housing or just wants to talk "
            "about it.", None),
        (D, "Peter Szabo", "How many of these units will actually be affordable to someone earning the median income "
            "in this city?", None),
        (D, "Anika Sharma", "Twenty-four, for a minimum of 25 years,", None),
        (D, "Anika Sharma", "That's a condition of approval, not a promise.", None),
        (D, "Ryan Boateng", "We have 1,400 households on the social housing wait list and a vacancy rate under one per "
            "cent. I can't look those people in the eye and vote against 214 homes,", None),
        (D, "Peter Szabo", "Nobody on this committee is against housing. We're against pretending that a 12-storey "
            "building on that corner is the only way to get it,", None),
        (I, "Margaret Loughlin", "The group has already raised $18,000 toward a tribunal appeal", None),
    ],
    "actors": [
        actor("Williamsville Neighbours for Sensible Growth", "organisation", title="residents' group",
              aliases=["Williamsville Neighbours for Sensible Growth", "residents' group", "The group",
                       "the group"], stance=-1),
        actor("planning services department", "government", title="City of Kingston planning department",
              aliases=["planning services department", "The department", "the department"], stance=1),
        actor("Margaret Loughlin", "person", title="chair (71)",
              affiliation="Williamsville Neighbours for Sensible Growth",
              aliases=["Margaret Loughlin", "Loughlin"], stance=-1),
        actor("residents", "group", title="neighbourhood residents at the committee meeting",
              aliases=["residents", "Several residents"], stance=-1),
        actor("Limestone District School Board", "organisation", title="school board",
              aliases=["Limestone District School Board", "the board"], stance=0),
        actor("Paul Desjardins", "person", title="president", affiliation="Harbourline Developments",
              aliases=["Paul Desjardins", "Desjardins"], stance=1),
        actor("Peter Szabo", "person", title="city councillor (ward representative)",
              affiliation="Kingston City Council",
              aliases=["Peter Szabo", "Szabo"], stance=-1),
        actor("Anika Sharma", "person", title="senior planner", affiliation="planning services department",
              aliases=["Anika Sharma", "Sharma"], stance=1),
        actor("Ryan Boateng", "person", title="city councillor, planning committee chair",
              affiliation="Kingston City Council", aliases=["Ryan Boateng", "Boateng"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
