"""Build the dev34 gold files (data/eval/dev34/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and,
when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/dev34/build_gold.py
then  python3 data/eval/check_batch.py data/eval/dev34.  Standard library only.
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
# 1. Reuters diplomatic/trade wire (EU-Iceland mackerel quota dispute), dateline "BRUSSELS, March 4
#    (Reuters) -", straight quotes and apostrophes (Iceland's, country's, Commission's), punctuation
#    inside closing marks. Headline without speech. Lede content before "the European Commission said
#    on Tuesday" (the span stops before the writer's ", reviving ..."). Spokesman named after the
#    first stretch ("Commission spokesman X told a regular news briefing"), quote resumed.
#    "Dahlqvist said A ... "non-sustainable fishing," and that B": the first clause contains the
#    fragment, so only the partial, then an indirect for B. Scare "zonal attachment," (a principle's
#    name, nobody said to say it). ICES figure before "according to ...". Minister "rejected the
#    threat" (not speech), then a quote attributed by "she told Reuters". "said A, which she called
#    "..."" (indirect stopping before ", which", plus the partial). Ambassador "said afterwards that
#    the meeting had been "frank" and that B" (partial plus indirect; "frank" also occurs inside
#    "frankly" in Roche's quote, so it is anchored). "welcomed the Commission's move" not annotated.
#    Industry chief named after his quote ("said X, chief executive of ..., which ..."). Federation
#    statement "said in a statement that A, and called X "..."" (indirect plus partial). Norway
#    "has so far held back" (not speech); its ministry "said in a statement that ... "..." of the stock
#    but that B" (partial plus indirect). Anonymous diplomat: "said A" then a quote-only paragraph
#    closed by "the diplomat said". "(Reporting by ...)" line not annotated.
ARTICLES["data/eval/dev34/iceland-mackerel-quota-eu-port-ban.gold.json"] = {
    "article": "data/eval/dev34/iceland-mackerel-quota-eu-port-ban.txt",
    "target": "Iceland",
    "quotes": [
        (I, "European Commission", "The European Union could bar Icelandic trawlers from landing mackerel in its ports "
            "within weeks unless Reykjavik reverses a 30% increase in its catch limit", None),
        (D, "Henrik Dahlqvist", "We have shown a great deal of patience, and that patience is not unlimited,", None),
        (D, "Henrik Dahlqvist", "If this quota stands, we will use the tools we have, and everybody knows what those "
            "tools are.", None),
        (P, "Henrik Dahlqvist", "non-sustainable fishing,", None),
        (I, "Henrik Dahlqvist", "member states would be consulted next week", None),
        (S, None, "zonal attachment,", None),
        (I, "International Council for the Exploration of the Sea", "Catches by all the coastal states together "
            "exceeded scientific advice by about 40% last year", None),
        (D, "Sigr\u00fan Hallsd\u00f3ttir", "Iceland sets its quotas on the basis of science and of where the fish "
            "actually are. Mackerel comes into our waters in greater numbers every summer, and we will not apologise "
            "for catching it,", None),
        (I, "Sigr\u00fan Hallsd\u00f3ttir", "a port ban would breach the European Economic Area agreement", None),
        (P, "Sigr\u00fan Hallsd\u00f3ttir", "the foundation of our relationship with Europe.", None),
        (P, "Gunnar \u00d3lafsson", "frank", '"frank"'),
        (I, "Gunnar \u00d3lafsson", "Reykjavik remained ready to return to talks on a fair sharing of the stock", None),
        (D, "Aidan Roche", "For years our boats have tied up early while Iceland and the Faroes helped themselves. "
            "A port ban is the very least that should happen, and frankly it should have happened five years ago,",
            None),
        (I, "Federation of Icelandic Seafood Producers", "a ban would hurt processing plants in Denmark, the "
            "Netherlands and Poland that depend on Icelandic fish", None),
        (P, "Federation of Icelandic Seafood Producers", "an overreaction to a dispute that belongs at the "
            "negotiating table.", None),
        (P, "Norway's fisheries ministry", "not compatible with responsible management", None),
        (I, "Norway's fisheries ministry", "Oslo would decide on its own response only after the next round of "
            "coastal states talks in April", None),
        (I, "EU diplomat", "at least three member states with large fish-processing industries had asked the "
            "Commission to consider a narrower measure", None),
        (D, "EU diplomat", "Nobody wants to be the one who closes the factory in their own town to punish "
            "Reykjavik,", None),
    ],
    "actors": [
        actor("European Commission", "organisation", title="EU executive", affiliation="European Union",
              aliases=["European Commission", "Commission"], stance=-1),
        actor("Henrik Dahlqvist", "person", title="spokesman", affiliation="European Commission",
              aliases=["Henrik Dahlqvist", "Dahlqvist"], stance=-1),
        actor("International Council for the Exploration of the Sea", "organisation",
              title="scientific body advising governments on catch limits",
              aliases=["International Council for the Exploration of the Sea", "ICES"], stance=0),
        actor("Sigr\u00fan Hallsd\u00f3ttir", "person", title="fisheries minister", affiliation="Iceland",
              aliases=["Sigr\u00fan Hallsd\u00f3ttir", "Hallsd\u00f3ttir"], stance=1),
        actor("Gunnar \u00d3lafsson", "person", title="ambassador to the EU", affiliation="Iceland",
              aliases=["Gunnar \u00d3lafsson", "\u00d3lafsson"], stance=1),
        actor("Aidan Roche", "person", title="chief executive",
              affiliation="Atlantic Pelagic Fleet Association (Irish and Scottish vessels)",
              aliases=["Aidan Roche", "Roche"], stance=-1),
        actor("Federation of Icelandic Seafood Producers", "organisation", title="Icelandic industry group",
              affiliation="Iceland", aliases=["Federation of Icelandic Seafood Producers"], stance=1),
        actor("Norway's fisheries ministry", "government", title="fisheries ministry", affiliation="Norway",
              aliases=["Norway's fisheries ministry"], stance=-1),
        actor("EU diplomat", "person", title="diplomat (anonymous)", affiliation="European Union",
              aliases=["EU diplomat", "the diplomat"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. British national politics (broadsheet), curly single quotes ‘ ’ throughout with ’ apostrophes
#    inside (didn’t, people’s, we’re, kids’) quotes, fragment punctuation outside the marks,
#    standfirst, byline and date lines. Headline fragment "Pelling ‘will not sign off half-built
#    walls’ as ..." -> partial for Pelling (the headline names her; her body quote containing the
#    words is a separate direct entry, so the headline span is anchored). Lede "accused her of a
#    ‘broken promise’" (partial, the MPs). The letter speaks for the MPs ("the MPs say A ... ‘...’":
#    the clause contains the fragment, so only the partial). Scare ‘reset’ (the writer's sentence).
#    Organiser's two-paragraph quote split by "Brannigan said" (three direct entries; the open
#    paragraph runs to the end of its line; "the secretary of state" inside it is Pelling).
#    Participial "telling MPs that ‘...’ and that B" (partial plus indirect), then "she said" with a
#    resumed quote. "Her critics were unmoved." and "The Conservatives will use ... to force a vote"
#    are the writer's (no cue). Shadow secretary's partial. Anonymous cabinet minister "said the
#    affair had been ‘badly handled’ but that B" (partial plus indirect), then "the cabinet minister
#    said". Department spokesperson "said A and that ... ‘...’" (indirect plus partial).
#    Campaigner "said A" (the span keeps the inner "that": it belongs to the reported content), then
#    "she said".
ARTICLES["data/eval/dev34/pelling-flood-defence-freeze.gold.json"] = {
    "article": "data/eval/dev34/pelling-flood-defence-freeze.txt",
    "target": "Joanne Pelling",
    "quotes": [
        (P, "Joanne Pelling", "will not sign off half-built walls", "Pelling \u2018will"),
        (P, "Labour MPs", "broken promise", None),
        (P, "Labour MPs", "exposed for another winter", None),
        (S, None, "reset", None),
        (D, "Kate Brannigan", "I stood in a kitchen on Sunday morning with a woman who had lost everything for the "
            "second time in four years,", None),
        (D, "Kate Brannigan", "She asked me what had happened to the wall we promised her, and I didn\u2019t have an "
            "answer.", None),
        (D, "Kate Brannigan", "I support this government and I want it to succeed. But pausing these schemes was a "
            "mistake, and the sooner the secretary of state admits that, the better.", None),
        (P, "Joanne Pelling", "on its merits", None),
        (I, "Joanne Pelling", "none of the 41 had been cancelled", None),
        (D, "Joanne Pelling", "I will not sign off half-built walls on the basis of costings drawn up before "
            "inflation took off,", None),
        (D, "Joanne Pelling", "What I inherited was a programme that promised far more than it could ever pay for.",
            None),
        (P, "Martin Oakes", "gambled with people\u2019s homes and lost", None),
        (P, "cabinet minister", "badly handled", None),
        (I, "cabinet minister", "Pelling would survive it", None),
        (D, "cabinet minister", "She is right on the numbers and wrong on the politics,", None),
        (I, "Department for Environment, Food and Rural Affairs spokesperson", "the government had committed "
            "\u00a32.4bn to flood defences over the next two years", None),
        (P, "Department for Environment, Food and Rural Affairs spokesperson", "early in the new year", None),
        (I, "Sue Ackroyd", "residents had been told in 2021 that a new wall would be finished by this autumn", None),
        (D, "Sue Ackroyd", "They had the drawings and they had the contractor. Then somebody in London pressed pause, "
            "and we\u2019re the ones paying for it with our carpets and our kids\u2019 schoolbooks,", None),
    ],
    "actors": [
        actor("Joanne Pelling", "person", title="environment secretary", affiliation="UK government (Labour)",
              aliases=["Joanne Pelling", "Pelling", "environment secretary", "the secretary of state"], stance=1),
        actor("Labour MPs", "group", title="more than 30 Labour MPs who signed the letter", affiliation="Labour",
              aliases=["Labour MPs", "the MPs"], stance=-1),
        actor("Kate Brannigan", "person", title="MP for Calder Valley South, organiser of the letter",
              affiliation="Labour", aliases=["Kate Brannigan", "Brannigan"], stance=-1),
        actor("Martin Oakes", "person", title="shadow environment secretary", affiliation="Conservative party",
              aliases=["Martin Oakes", "Oakes"], stance=-1),
        actor("cabinet minister", "person", title="cabinet minister (anonymous)", affiliation="UK government",
              aliases=["cabinet minister"], stance=0),
        actor("Department for Environment, Food and Rural Affairs spokesperson", "person", title="spokesperson",
              affiliation="Department for Environment, Food and Rural Affairs",
              aliases=["Department for Environment, Food and Rural Affairs spokesperson"], stance=1),
        actor("Sue Ackroyd", "person", title="chair", affiliation="Mytholm Flood Action Group",
              aliases=["Sue Ackroyd", "Ackroyd"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. AP business (quarterly loss during a strike), "By NAME AP Business Writer", dateline "WICHITA,
#    Kan. (AP) —", curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes (machinists’,
#    union’s, company’s, can’t), punctuation inside closing marks. Headline "... says ..., calls union
#    demands ‘unrealistic’" -> partial for the company (the headline names it; the CEO's body fragment
#    starting with the same word is a separate partial, so the headline span is anchored). Lede "said
#    Wednesday that A, pushing ..." (the span stops before the writer's participial clause). CEO
#    named after the first stretch ("Chief Executive X told analysts on a conference call"), quote
#    resumed; "Brenner called X “...”" (partial). CFO "said A and is withdrawing B" (one span). Union
#    president named after the first stretch ("said X, president of the local, speaking ..."), quote
#    resumed and continued into a second paragraph (three direct entries). "The union said A".
#    Regulator "In a complaint ..., the ... regional office ... said A"; "Tremont said it would
#    contest the complaint". Scare "long known as the “Air Capital of the World,”". "Boeing ...
#    declined to comment" not annotated. Analyst named after her quote, then "She said ... “...” and
#    that B" (partial plus indirect). Striker "said A" then "he said". Anonymous "person familiar
#    with the talks".
ARTICLES["data/eval/dev34/tremont-aerostructures-strike-loss.gold.json"] = {
    "article": "data/eval/dev34/tremont-aerostructures-strike-loss.txt",
    "target": "Tremont Aerostructures",
    "quotes": [
        (P, "Tremont Aerostructures", "unrealistic", "\u2018unrealistic"),
        (I, "Tremont Aerostructures", "a five-week strike by machinists at its two Wichita plants cost it $210 "
            "million in the third quarter", None),
        (D, "Laura Brenner", "We have put a fair offer on the table, and we are not going to bid against ourselves in "
            "public,", None),
        (D, "Laura Brenner", "The door is open. It has been open every day of this strike.", None),
        (P, "Laura Brenner", "unrealistic for a business that has lost money in four of the last six quarters.",
            None),
        (I, "Raj Menon", "the company now expects to deliver about 20% fewer fuselage sections this year than it had "
            "planned and is withdrawing its full-year forecast", None),
        (D, "Darnell Fisk", "They keep saying the door is open. The door is open to the same offer we voted down by "
            "91%,", None),
        (D, "Darnell Fisk", "Our members built this company\u2019s profits for 20 years. All we\u2019re asking is to "
            "keep up with the price of groceries.", None),
        (D, "Darnell Fisk", "Nobody here wants to be on a picket line in November. But we will be, for as long as it "
            "takes.", None),
        (I, "United Aerospace Workers Local 44", "it had not heard from the company since talks broke down Oct. 9",
            None),
        (I, "National Labor Relations Board", "supervisors at Tremont had unlawfully threatened striking workers "
            "with the loss of their health coverage", None),
        (I, "Tremont Aerostructures", "it would contest the complaint", None),
        (S, None, "Air Capital of the World,", None),
        (D, "Priya Natarajan", "Boeing can live with a short strike at a supplier. What it can\u2019t live with is a "
            "supplier that can\u2019t tell it when the strike will end,", None),
        (P, "Priya Natarajan", "very little leverage", None),
        (I, "Priya Natarajan", "Boeing could move some of the work to other suppliers within a year", None),
        (I, "Mike Olander", "he had taken weekend shifts at a hardware store to cover his mortgage", None),
        (D, "Mike Olander", "I\u2019m not going back for a raise that\u2019s gone before the ink is dry,", None),
        (I, "person familiar with the talks", "a federal mediator had asked both sides to meet in Kansas City next "
            "week", None),
    ],
    "actors": [
        actor("Tremont Aerostructures", "organisation", title="aerostructures maker (fuselage sections, wing parts)",
              affiliation="Wichita, Kan.",
              aliases=["Tremont Aerostructures", "Tremont", "the company", "The company"], stance=1),
        actor("Laura Brenner", "person", title="chief executive", affiliation="Tremont Aerostructures",
              aliases=["Laura Brenner", "Brenner"], stance=1),
        actor("Raj Menon", "person", title="chief financial officer", affiliation="Tremont Aerostructures",
              aliases=["Raj Menon", "Menon"], stance=0),
        actor("Darnell Fisk", "person", title="president", affiliation="United Aerospace Workers Local 44",
              aliases=["Darnell Fisk", "Fisk"], stance=-1),
        actor("United Aerospace Workers Local 44", "organisation", title="machinists' union local",
              aliases=["United Aerospace Workers Local 44", "the union", "The union", "the local"], stance=-1),
        actor("National Labor Relations Board", "government", title="federal labor regulator (regional office)",
              aliases=["National Labor Relations Board"], stance=-1),
        actor("Priya Natarajan", "person", title="aerospace analyst", affiliation="Harbor Point Securities",
              aliases=["Priya Natarajan", "Natarajan"], stance=0),
        actor("Mike Olander", "person", title="sheet-metal mechanic (52), striking worker",
              affiliation="Tremont Aerostructures", aliases=["Mike Olander", "Olander"], stance=-1),
        actor("person familiar with the talks", "person", title="anonymous source",
              aliases=["person familiar with the talks"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. British local paper (Local Democracy Reporting Service), straight single quotes '...' with
#    straight apostrophes inside (didn't, can't, won't, isn't, they're) and outside (Halbury's,
#    Council's, group's) quotes, fragment punctuation outside the marks, "Cllr"/"Mrs"/"Mr",
#    "19 per cent", "£6.4m". Headline "Halbury council says library closures are '...'" -> partial for
#    the council (the headline names it; the leader's identical body fragment is a separate partial,
#    so both are anchored). Standfirst and byline without speech. Scare 'pop-up' ("pop-ups" recurs
#    unquoted inside Bellamy's quote, so anchored). Leader "told the meeting the cuts were '...'
#    after ..." (partial only), then a split quote with "she said". Opposition leader "said ... '...'
#    and that B" (partial plus indirect), then "he said". "Responding, Cllr Mabbott said A and B" (one
#    span). Green councillor "said ... were '...' for ..." (partial only), then a question "she
#    asked". Resident introduced without speech ("Among them was X"), named after the first stretch
#    ("Mrs Bellamy said"), quote resumed. Campaign group "said it was '...' by the vote and that B"
#    (partial plus indirect). Council spokesperson "said A and that B" (one span). MP "who wrote to the
#    council ... asking it to delay" (directive, not annotated), "said he was '...'", then "Mr
#    Creswell said" after the quote. "badges reading Save Our Libraries" has no marks.
ARTICLES["data/eval/dev34/halbury-branch-library-closures.gold.json"] = {
    "article": "data/eval/dev34/halbury-branch-library-closures.txt",
    "target": "Halbury Borough Council",
    "quotes": [
        (P, "Halbury Borough Council", "painful but unavoidable", "says library closures are"),
        (S, None, "pop-up", "weekly 'pop-up'"),
        (P, "Susan Mabbott", "painful but unavoidable", "told the meeting"),
        (D, "Susan Mabbott", "Nobody becomes a councillor to close a library. I certainly didn't,", None),
        (D, "Susan Mabbott", "But every pound we spend on buildings is a pound we can't spend on the people who need "
            "us most, and I won't pretend otherwise.", None),
        (P, "Graham Tuck", "picked the easiest target it could find", None),
        (I, "Graham Tuck", "his group's alternative budget, which would have drawn \u00a32m from reserves, would have "
            "kept all three branches open", None),
        (D, "Graham Tuck", "Reserves are there for a rainy day. If closing three libraries isn't a rainy day, I don't "
            "know what is,", None),
        (I, "Susan Mabbott", "reserves could only be spent once and the gap in the budget would still be there next "
            "year", None),
        (P, "Hannah Oduya", "no substitute", None),
        (D, "Hannah Oduya", "Where do the kids go after school now? Where do people go to use a computer when they're "
            "applying for a job?", None),
        (D, "Moira Bellamy", "I taught both my boys to read in that building, and my granddaughter goes to rhyme time "
            "there every Tuesday,", None),
        (D, "Moira Bellamy", "They tell us the pop-ups will be just as good. They won't be, and everybody in this room "
            "knows it.", None),
        (P, "Friends of Ferncliffe Library", "devastated", None),
        (I, "Friends of Ferncliffe Library", "it would now look at running the Ferncliffe building with volunteers",
            None),
        (I, "council spokesperson", "staff at the three branches would be offered other roles in the library service "
            "and that no compulsory redundancies were expected", None),
        (P, "Daniel Creswell", "bitterly disappointed", None),
        (D, "Daniel Creswell", "Libraries are one of the few places left where you can spend a whole afternoon without "
            "anyone asking you to spend money. Once they're gone, they don't come back,", None),
    ],
    "actors": [
        actor("Halbury Borough Council", "government", title="borough council (local authority)",
              aliases=["Halbury Borough Council", "Halbury council", "the council"], stance=1),
        actor("Susan Mabbott", "person", title="council leader (Liberal Democrat)",
              affiliation="Halbury Borough Council", aliases=["Susan Mabbott", "Mabbott", "Cllr Mabbott"], stance=1),
        actor("Graham Tuck", "person", title="Conservative group leader", affiliation="Halbury Borough Council",
              aliases=["Graham Tuck", "Tuck"], stance=-1),
        actor("Hannah Oduya", "person", title="Green councillor for Eastgate", affiliation="Halbury Borough Council",
              aliases=["Hannah Oduya", "Oduya"], stance=-1),
        actor("Moira Bellamy", "person", title="resident (74), Ferncliffe library user",
              aliases=["Moira Bellamy", "Bellamy", "Mrs Bellamy"], stance=-1),
        actor("Friends of Ferncliffe Library", "group", title="campaign group that organised the petition",
              aliases=["Friends of Ferncliffe Library"], stance=-1),
        actor("council spokesperson", "person", title="spokesperson", affiliation="Halbury Borough Council",
              aliases=["council spokesperson"], stance=1),
        actor("Daniel Creswell", "person", title="MP for Halbury", affiliation="Labour",
              aliases=["Daniel Creswell", "Creswell", "Mr Creswell"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
