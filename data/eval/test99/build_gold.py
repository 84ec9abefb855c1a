"""Build the test99 gold files (data/eval/test99/*.gold.json) from the annotation specs below.

Held out, like ../test/: do not read while tuning the extractor.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test99/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test99.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test99"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Upstream energy trade press (Russia's winter target for Arctic crude on the Northern Sea Route),
#    headline and standfirst without speech, byline with place, GMT date/updated line, curly “ ” and ’,
#    British punctuation outside a closing mark for fragments, "READ MORE" line. Lede content before
#    "Deputy Energy Minister Pavel Ryabukhin said on Monday, despite ..." (the writer's "despite" clause
#    left out); "said the government had "..." ... and dismissed what he called "..."" (two partials);
#    quote with "Ryabukhin told delegates" then a quote-only paragraph; Q&A "Asked whether ..., he
#    replied: "..."" (direct); ministry "said in a written statement that A and that ... was "..."" (indirect
#    plus partial); content before "according to two London shipbrokers who asked not to be named";
#    quote before "said a Singapore-based trader ...", then "The trader said A"; operator "said in a
#    statement to Upstream that loadings were "..." and that B" (partial plus indirect); chief executive
#    "went further" (not speech) then quote with "he said"; scare so-called "grey fleet"; Norwegian
#    official "said A", quote with "he said"; analyst named Frost "said A", quote split by "Frost said".
ARTICLES[f"{BATCH}/russia-arctic-crude-northern-sea-route.gold.json"] = {
    "article": f"{BATCH}/russia-arctic-crude-northern-sea-route.txt",
    "target": "Russia",
    "quotes": [
        (I, "Pavel Ryabukhin", "Russia will ship at least 4 million tonnes of Arctic crude to Asian buyers via the "
            "Northern Sea Route this winter", None),
        (P, "Pavel Ryabukhin", "every instrument it needs", None),
        (P, "Pavel Ryabukhin", "wishful thinking", None),
        (D, "Pavel Ryabukhin", "The Northern Sea Route is not a seasonal experiment any more. It is a permanent artery "
            "of Russian trade, and it will be treated as one,", None),
        (D, "Pavel Ryabukhin", "Those who predicted in 2022 that Russian oil would stay in the ground have been wrong "
            "every single year.", None),
        (D, "Pavel Ryabukhin", "We are open to partners who respect our interests. China is such a partner.", None),
        (I, "Ministry of Energy", "11 new Arc7-class tankers would join the fleet by the end of 2027", None),
        (P, "Ministry of Energy", "fully on schedule", None),
        (I, "two London shipbrokers", "At least three December cargoes due to load at the Sever Bay terminal on the "
            "Taimyr peninsula have slipped by a week or more", None),
        (D, "Singapore-based trader", "Moscow can announce whatever number it likes. The ice does not read press "
            "releases,", None),
        (I, "Singapore-based trader", "freight rates for the few available Arc7 tankers had roughly doubled since "
            "October, with owners naming their price", None),
        (P, "Taimyrneftegaz", "proceeding normally", None),
        (I, "Taimyrneftegaz", "any delays were caused by weather rather than vessel availability", None),
        (D, "Arkady Lomtev", "We have never missed a contractual cargo in five years of operation, and we will not "
            "miss one this winter,", None),
        (S, None, "grey fleet", None),
        (I, "Eirik Fjellheim", "the agency had recorded a sharp rise this year in ageing, poorly insured tankers sailing "
            "along the coast of Finnmark to and from Russian Arctic ports", None),
        (D, "Eirik Fjellheim", "Many of these ships are 20 years old or more, with insurance we cannot verify. One "
            "serious accident in these waters would be a disaster for our coastline, and Moscow knows that,", None),
        (I, "Ingrid Frost", "the ministry’s figure was achievable on paper but left no room for error", None),
        (D, "Ingrid Frost", "If every Arc7 tanker works all winter without a breakdown, Russia gets there. If two go "
            "into the yard, it does not,", None),
        (D, "Ingrid Frost", "Nobody in this business would plan on the first scenario.", None),
    ],
    "actors": [
        actor("Pavel Ryabukhin", "person", title="Deputy Energy Minister", affiliation="Russia",
              aliases=["Pavel Ryabukhin", "Ryabukhin"], stance=1),
        actor("Ministry of Energy", "government", title="Russian energy ministry", affiliation="Russia",
              aliases=["Ministry of Energy"], stance=1),
        actor("two London shipbrokers", "group", title="anonymous shipbrokers", affiliation=None,
              aliases=["two London shipbrokers"], stance=0),
        actor("Singapore-based trader", "person", title="anonymous crude trader", affiliation=None,
              aliases=["Singapore-based trader", "The trader"], stance=-1),
        actor("Taimyrneftegaz", "organisation", title="operator of the Sever Bay terminal", affiliation="Russia",
              aliases=["Taimyrneftegaz"], stance=1),
        actor("Arkady Lomtev", "person", title="chief executive", affiliation="Taimyrneftegaz",
              aliases=["Arkady Lomtev", "Lomtev"], stance=1),
        actor("Eirik Fjellheim", "person", title="senior adviser", affiliation="Norwegian Coastal Administration",
              aliases=["Eirik Fjellheim", "Fjellheim"], stance=-1),
        actor("Ingrid Frost", "person", title="head of shipping research", affiliation="Nordkapp Analytics",
              aliases=["Ingrid Frost", "Frost"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Missoulian courts (a former school business manager is sentenced for embezzlement), headline without
#    speech, byline in capitals with e-mail, "Dec 4, 2026", straight " and apostrophes, US punctuation
#    inside closing marks. "Prosecutors said A" (group); scare so-called "vendor account" in the writer's
#    sentence; defendant's quote with "he said" then a quote-only paragraph; prosecutor "told the court
#    the thefts were ... "..."" (partial only, full stop inside); quote split by "Barragán said"; defence
#    attorney (surname Nightingale) "argued that A, had B and had C" (one span), quote with "Nightingale
#    said"; the defendant's wife Linda Wolf (shared surname; "Wolf" alone is always Gary) "told District
#    Judge ... that her husband had been "..." ..., and that B" (partial plus indirect), quote with "she
#    said"; judge "said A", "But she said B", quote with "the judge told him"; "Holt ordered ..." (act);
#    board chair "said after the hearing that A", quote with "Mastel said"; state office "said in a
#    statement that A".
ARTICLES[f"{BATCH}/frenchtown-school-clerk-theft-sentencing.gold.json"] = {
    "article": f"{BATCH}/frenchtown-school-clerk-theft-sentencing.txt",
    "target": "Gary Wolf",
    "quotes": [
        (I, "Prosecutors", "he moved district money into an account he controlled and used it to pay off credit "
            "cards, buy a fishing boat and cover his mortgage", None),
        (S, None, "vendor account", None),
        (D, "Gary Wolf", "I betrayed people who trusted me for almost 20 years. There is no excuse for what I did, "
            "and I am not going to stand here and offer you one,", None),
        (D, "Gary Wolf", "I only ask that the court let me start paying it back.", None),
        (P, "Ana Lucía Barragán", "year after year, invoice after invoice.", None),
        (D, "Ana Lucía Barragán", "This money was meant for reading specialists, for buses, for a roof that still "
            "leaks,", None),
        (D, "Ana Lucía Barragán", "The children of Frenchtown paid for that boat.", None),
        (I, "Robert Nightingale", "his client had no prior record, had cooperated with investigators from the start "
            "and had already repaid about $96,000 by selling his house", None),
        (D, "Robert Nightingale", "Gary has lost his career, his home and his good name in this community. Sending "
            "him to prison for a decade helps no one get a single dollar back,", None),
        (P, "Linda Wolf", "crushed by shame", None),
        (I, "Linda Wolf", "he had volunteered for decades as a youth hockey coach", None),
        (D, "Linda Wolf", "He is not the man in those bank statements. I know that sounds hard to believe, but I'm "
            "asking you to believe it anyway,", None),
        (I, "Maren Holt", "she had read more than 40 letters on Wolf's behalf and did not doubt that he was sorry",
            None),
        (I, "Maren Holt", "the size of the loss and the length of the scheme called for prison time", None),
        (D, "Maren Holt", "You were trusted with the district's checkbook, and you treated it as your own. Remorse "
            "after you are caught is not the same thing as honesty,", None),
        (I, "Dena Mastel", "the district had changed its accounting procedures and now required two signatures on "
            "every payment over $1,000", None),
        (D, "Dena Mastel", "We are relieved this chapter is closed, but we will be living with the consequences for "
            "years. Some of the cuts we made to cover that hole have not been reversed,", None),
        (I, "Office of Public Instruction", "it had reviewed the district's books and found no evidence that anyone "
            "else was involved", None),
    ],
    "actors": [
        actor("Prosecutors", "group", title="prosecutors", affiliation="Missoula County Attorney's Office",
              aliases=["Prosecutors"], stance=-1),
        actor("Gary Wolf", "person", title="former district business manager, defendant",
              affiliation="Frenchtown School District", aliases=["Gary Wolf", "Wolf"], stance=0),
        actor("Ana Lucía Barragán", "person", title="Deputy Missoula County Attorney",
              affiliation="Missoula County Attorney's Office", aliases=["Ana Lucía Barragán", "Barragán"],
              stance=-1),
        actor("Robert Nightingale", "person", title="defence attorney", affiliation=None,
              aliases=["Robert Nightingale", "Nightingale"], stance=1),
        actor("Linda Wolf", "person", title="the defendant's wife", affiliation=None, aliases=["Linda Wolf"],
              stance=1),
        actor("Maren Holt", "person", title="District Judge", affiliation="Missoula County District Court",
              aliases=["Maren Holt", "Holt", "the judge"], stance=-1),
        actor("Dena Mastel", "person", title="Frenchtown School Board Chair", affiliation="Frenchtown School District",
              aliases=["Dena Mastel", "Mastel"], stance=-1),
        actor("Office of Public Instruction", "government", title="state education office", affiliation="Montana",
              aliases=["Office of Public Instruction"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Windpower Monthly business (a turbine maker cuts guidance after blade cracks), headline and
#    standfirst without speech, byline and date lines, crossheads ("Developer frustrated", "Jobs at
#    Hull"), straight " and apostrophes, "%", "DKK". Lede without a cue (not annotated); "The Aarhus-based
#    manufacturer said on Wednesday that A, which it expected "..."" (indirect plus partial); "the company
#    said A and that B" (one span); CEO "told analysts ... that the problem was "..."" (partial only), quote
#    with "he said"; "Asked by one analyst whether ..., Kjeldgaard said A" (indirect; the question is not
#    annotated); developer "described the pause as a "..." for ..." (partial only); project director
#    "said the developer had been given "..." ... and that it was assessing ..." (partial plus indirect),
#    quote with "she said"; "Wray declined to say ..." (not annotated); analyst "said the provision looked
#    "..." and that he expected ..." (partial plus indirect), quote with "Hale said"; company "said there
#    were "..." for redundancies ... and that B" (partial plus indirect); union organiser named Proud "said
#    A", quote with a nested straight single 'no plans' (one direct, nested stretch not annotated);
#    "According to the Crown Estate, A".
ARTICLES[f"{BATCH}/brekke-turbines-blade-cracks-guidance.gold.json"] = {
    "article": f"{BATCH}/brekke-turbines-blade-cracks-guidance.txt",
    "target": "Brekke Turbines",
    "quotes": [
        (I, "Brekke Turbines", "deliveries of the model would be paused until the root cause had been identified",
            None),
        (P, "Brekke Turbines", "in the first quarter of 2027", None),
        (I, "Brekke Turbines", "the cracks had been found during routine drone inspections on seven of the 41 "
            "turbines installed so far and that none of the blades had failed in operation", None),
        (P, "Søren Kjeldgaard", "serious but contained", None),
        (D, "Søren Kjeldgaard", "We have found it early, we understand where it sits in the blade, and we have the "
            "engineering capacity to fix it. I would rather take the hit now than leave any doubt with our "
            "customers,", None),
        (I, "Søren Kjeldgaard", "the B236 used a new carbon-glass hybrid spar cap that was not found in the company's "
            "older turbines", None),
        (P, "Northmoor Renewables", "significant setback", None),
        (P, "Fiona Wray", "very little notice", None),
        (I, "Fiona Wray", "it was assessing its contractual options", None),
        (D, "Fiona Wray", "We chose Brekke because they promised us the most efficient turbine on the market. Right "
            "now we have a vessel on charter, a crew on standby and towers with no rotors on them,", None),
        (P, "Oliver Hale", "on the conservative side", None),
        (I, "Oliver Hale", "he expected further charges if the repairs required blades to be taken down", None),
        (D, "Oliver Hale", "The market is punishing them for the uncertainty more than for the number. Brekke has a "
            "good record with its older platforms, but this is exactly the scenario everyone feared when "
            "manufacturers raced to 15MW,", None),
        (P, "Brekke Turbines", "no plans", "The company said there were"),
        (I, "Brekke Turbines", "staff would be redeployed to inspection and repair work", None),
        (I, "Dave Proud", "members had been told nothing beyond what was in the press release", None),
        (D, "Dave Proud", "Our people have heard 'no plans' before, from other companies, a month before the letters "
            "went out,", None),
        (I, "Crown Estate", "Dogger Reach is one of 14 UK offshore projects due to install turbines larger than 14MW "
            "before 2030", None),
    ],
    "actors": [
        actor("Brekke Turbines", "organisation", title="turbine manufacturer", affiliation=None,
              aliases=["Brekke Turbines", "Brekke", "The Aarhus-based manufacturer", "the company", "The company"],
              stance=1),
        actor("Søren Kjeldgaard", "person", title="Chief executive", affiliation="Brekke Turbines",
              aliases=["Søren Kjeldgaard", "Kjeldgaard"], stance=1),
        actor("Northmoor Renewables", "organisation", title="developer of Dogger Reach", affiliation=None,
              aliases=["Northmoor Renewables", "Northmoor"], stance=-1),
        actor("Fiona Wray", "person", title="project director", affiliation="Northmoor Renewables",
              aliases=["Fiona Wray", "Wray"], stance=-1),
        actor("Oliver Hale", "person", title="analyst", affiliation="Kittiwake Energy Research",
              aliases=["Oliver Hale", "Hale"], stance=0),
        actor("Dave Proud", "person", title="regional organiser", affiliation="GMB",
              aliases=["Dave Proud", "Proud"], stance=-1),
        actor("Crown Estate", "organisation", title="seabed landlord", affiliation=None, aliases=["Crown Estate"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Bailiwick Express (Jersey) health (ambulance response times at a Scrutiny hearing), headline with a
#    straight "..." fragment before ", admits Health Minister" (partial for the minister), date line, straight
#    " and apostrophes, spaced hyphens as dashes, crosshead without marks. Lede "the Health Minister has
#    admitted that performance was "..."" (partial only); content before "according to data published by
#    Health and Care Jersey"; minister "said the figures were "..." and that B" (partial plus indirect),
#    quote with "he told the panel"; Chief Ambulance Officer "told members that A and that B" (one span),
#    quote with "he said" then a quote-only paragraph; scare so-called "escalation bay"; panel chair "said
#    the service had been "..." in a review ..." (partial only), quote with "she said after the hearing";
#    a patient's daughter who shares the minister's surname (Emma Le Cornu, "Ms Le Cornu") "said the call
#    handlers had been "..." throughout but that B" (partial plus indirect), quote with "Ms Le Cornu said";
#    anonymous paramedic "said A", quote with "they said"; union officer "said A and had B" (one span);
#    department "said in a statement" A and that ... "..." (indirect plus partial).
ARTICLES[f"{BATCH}/jersey-ambulance-response-times-scrutiny.gold.json"] = {
    "article": f"{BATCH}/jersey-ambulance-response-times-scrutiny.txt",
    "target": "Jersey Ambulance Service",
    "quotes": [
        (P, "Tom Le Cornu", "not good enough", "Ambulance response times"),
        (P, "Tom Le Cornu", "not good enough", "has admitted that"),
        (I, "Health and Care Jersey", "Crews reached 63% of Category 1 calls - cardiac arrests and other "
            "life-threatening emergencies - within the eight-minute target between September and November, down "
            "from 81% in the same period last year", None),
        (P, "Tom Le Cornu", "a concern to me personally", None),
        (I, "Tom Le Cornu", "he had asked for a recovery plan by the end of January", None),
        (D, "Tom Le Cornu", "I won't sit here and pretend the numbers are anything other than what they are. "
            "Islanders deserve an ambulance that arrives when they need it,", None),
        (I, "Mark Huelin", "the service had lost 11 paramedics to the UK in the past 18 months and that crews were "
            "regularly held outside the Emergency Department for more than an hour waiting to hand over patients",
            None),
        (D, "Mark Huelin", "My crews are not the problem. They are doing extraordinary work in very difficult "
            "conditions,", None),
        (D, "Mark Huelin", "When an ambulance is parked at the hospital door for 90 minutes, it is not out on the "
            "road, and that is where the minutes are lost.", None),
        (S, None, "escalation bay", None),
        (P, "Karen de Gruchy", "warned about exactly this", None),
        (D, "Karen de Gruchy", "What we heard today is a list of reasons. What islanders want to hear is when it will "
            "be fixed,", None),
        (P, "Emma Le Cornu", "kind and calm", None),
        (I, "Emma Le Cornu", "nobody could tell her when help would arrive", None),
        (D, "Emma Le Cornu", "Dad was on the kitchen floor for an hour. I kept ringing back and they kept saying a "
            "crew was on its way. He's recovering now, but I don't want another family to go through that,", None),
        (I, "paramedic with more than ten years' service", "morale was the lowest they had known", None),
        (D, "paramedic with more than ten years' service", "People are tired. We do the shift, we sit in the queue at "
            "the hospital, and then we go home and read that we're failing,", None),
        (I, "Nick Corbel", "staff had raised the problem of handover delays repeatedly with managers and had been "
            "ignored", None),
        (I, "Health and Care Jersey", "it had opened a new ambulance handover area at the General Hospital last week",
            None),
        (P, "Health and Care Jersey", "significantly", None),
    ],
    "actors": [
        actor("Tom Le Cornu", "person", title="Health Minister", affiliation="Government of Jersey",
              aliases=["Tom Le Cornu", "Deputy Tom Le Cornu", "Le Cornu", "Health Minister"], stance=-1),
        actor("Health and Care Jersey", "government", title="health department", affiliation="Government of Jersey",
              aliases=["Health and Care Jersey"], stance=1),
        actor("Mark Huelin", "person", title="Chief Ambulance Officer", affiliation="Jersey Ambulance Service",
              aliases=["Mark Huelin", "Huelin", "Chief Ambulance Officer"], stance=1),
        actor("Karen de Gruchy", "person", title="Scrutiny panel chair", affiliation="States Assembly",
              aliases=["Karen de Gruchy", "de Gruchy"], stance=-1),
        actor("Emma Le Cornu", "person", title="patient's daughter", affiliation=None,
              aliases=["Emma Le Cornu", "Ms Le Cornu"], stance=-1),
        actor("paramedic with more than ten years' service", "person", title="anonymous paramedic",
              affiliation="Jersey Ambulance Service", aliases=["paramedic with more than ten years' service"],
              stance=0),
        actor("Nick Corbel", "person", title="regional officer", affiliation="Unite",
              aliases=["Nick Corbel", "Corbel"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
