"""Build the dev139 gold files (data/eval/dev139/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev138/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev139/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev139.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev139"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Budapest Times (Hungary, English weekly) energy/diplomacy (Russian crude through Druzhba halted for
#    five days), headline and standfirst without speech, `By ... | 4 December 2026` line, curly quotes, straight
#    apostrophes, fragments closed before the full stop, `per cent`, `Mr`. Lede content before `MOL Group said`;
#    Transneft `said ... caused by “...” ..., and that B` (partial plus indirect); minister `said Budapest had been
#    given “...”` (partial only), quote split by `Mr Halmos told state news agency MTI`; ambassador `said in a
#    written statement that Russia “...”` (partial only), then a quote with `the statement said` (the
#    ambassador's statement); MOL spokeswoman `said A`, `The company had not needed ..., she said`; opposition
#    spokesperson `called the episode “...” and said the government had spent four years “...”` (two partials),
#    quote with `she told The Budapest Times`; content before `according to the ... think tank Regional Energy
#    Monitor`; analyst `said A but that B` (one span), `Szabó said`; Commission `said it was in contact ... and
#    was “...”` (indirect plus partial); anonymous official `said A`.
ARTICLES[f"{BATCH}/druzhba-oil-halt-hungary-russia.gold.json"] = {
    "article": f"{BATCH}/druzhba-oil-halt-hungary-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "MOL Group", "Supplies of Russian crude oil through the southern branch of the Druzhba pipeline resumed on "
            "Tuesday morning after a five-day interruption that left Hungary's only large refinery running on its "
            "reserves", None),
        (P, "Transneft", "unscheduled repair work", None),
        (I, "Transneft", "deliveries to Hungary and Slovakia were now back at contracted volumes", None),
        (P, "Bence Halmos", "clear assurances", None),
        (D, "Bence Halmos", "Russia has been a reliable supplier for fifty years, through every kind of weather, and I "
            "have no reason to think that has changed,", None),
        (D, "Bence Halmos", "But we expect to be informed in advance. A phone call on the third day is not "
            "acceptable.", None),
        (P, "Yevgeny Stanchev", "fully honours its obligations to its Hungarian partners", None),
        (D, "Yevgeny Stanchev", "Maintenance is a normal part of operating any pipeline. Some people in Brussels would "
            "like to turn a technical matter into a political one,", None),
        (I, "R\u00e9ka Bor", "the Sz\u00e1zhalombatta refinery had continued to operate at about 80 per cent of "
            "capacity during the interruption, drawing on commercial stocks and on cargoes shipped via the Adriatic "
            "pipeline from Croatia", None),
        (I, "R\u00e9ka Bor", "The company had not needed to release strategic reserves", None),
        (P, "Zs\u00f3fia Kert\u00e9sz", "a warning shot", None),
        (P, "Zs\u00f3fia Kert\u00e9sz", "pretending that dependence is a strategy", None),
        (D, "Zs\u00f3fia Kert\u00e9sz", "Every winter we hear that Moscow is our most dependable partner. Every winter "
            "something happens,", None),
        (I, "Regional Energy Monitor", "Hungary still imports roughly 70 per cent of its crude from Russia", None),
        (I, "D\u00e1niel Szab\u00f3", "the Adriatic route could in principle cover most of Hungary's needs but that "
            "MOL's refineries would need further investment to process larger volumes of non-Russian crude", None),
        (D, "D\u00e1niel Szab\u00f3", "Technically, the alternative exists. Commercially and politically, nobody has "
            "wanted to pay for it,", None),
        (I, "European Commission", "it was in contact with the Hungarian and Slovak authorities", None),
        (P, "European Commission", "monitoring the situation closely", None),
        (I, "A government official", "Budapest had asked Moscow for a written timetable of all planned maintenance "
            "work for 2027", None),
    ],
    "actors": [
        actor("MOL Group", "organisation", title="Hungarian oil company", aliases=["MOL Group", "MOL"], stance=None),
        actor("Transneft", "organisation", title="Russian pipeline operator", aliases=["Transneft"], stance=1),
        actor("Bence Halmos", "person", title="Foreign Minister", affiliation="Hungary",
              aliases=["Bence Halmos", "Halmos", "Mr Halmos"], stance=0),
        actor("Yevgeny Stanchev", "person", title="Russian ambassador in Budapest", affiliation="Russia",
              aliases=["Yevgeny Stanchev", "Stanchev"], stance=1),
        actor("R\u00e9ka Bor", "person", title="spokeswoman", affiliation="MOL Group",
              aliases=["R\u00e9ka Bor", "Bor"], stance=None),
        actor("Zs\u00f3fia Kert\u00e9sz", "person", title="energy spokesperson", affiliation="Tisza party",
              aliases=["Zs\u00f3fia Kert\u00e9sz", "Kert\u00e9sz"], stance=-1),
        actor("Regional Energy Monitor", "organisation", title="think tank", aliases=["Regional Energy Monitor"],
              stance=None),
        actor("D\u00e1niel Szab\u00f3", "person", title="senior analyst", affiliation="Regional Energy Monitor",
              aliases=["D\u00e1niel Szab\u00f3", "Szab\u00f3"], stance=None),
        actor("European Commission", "organisation", title="EU executive", aliases=["European Commission"], stance=0),
        actor("A government official", "person", title="anonymous Hungarian government official",
              affiliation="Hungarian government", aliases=["A government official"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Philippine News Agency (PNA) health (the DOH starts school-based dengue vaccination), headline without
#    speech, `By ...  December 3, 2026, 6:12 pm` line, `MANILA –` dateline, straight quotes, `(PNA)` sign-off and
#    a `Related story:` line, `PHP1.2-billion`, `Dr.` and `Jr.`. The lede is the writer's own (no cue); Secretary
#    `said A`, quote with `Villaroza said`, `He added that A and that B` (one span); DOH `said in a statement that
#    A`; regional director `said A`, `Bernardo said`; `which critics blame for ...` (no reported clause, not
#    annotated); senator `said A`, quote split by `she said in a separate statement`; society `said it supported
#    ... and described the vaccine as "..." ..., but stressed that B` (indirect, partial, indirect); parent
#    `said A`, `Sison said`; anonymous `Another parent, who asked not to be named, said A`; `According to the DOH,
#    A`.
ARTICLES[f"{BATCH}/dengue-vaccine-rollout-doh.gold.json"] = {
    "article": f"{BATCH}/dengue-vaccine-rollout-doh.txt",
    "target": "Department of Health",
    "quotes": [
        (I, "Ramon Villaroza", "about 210,000 learners in Cebu, Bohol and Negros Oriental were expected to receive the "
            "first dose before the end of January", None),
        (D, "Ramon Villaroza", "This vaccine has been reviewed by our Food and Drug Administration and by experts from "
            "the World Health Organization. It is safe, and it works best when we give it before the rainy season,",
            None),
        (I, "Ramon Villaroza", "vaccination was voluntary and that no child would be vaccinated without the written "
            "consent of a parent or guardian", None),
        (I, "Department of Health", "Central Visayas was chosen because it recorded the highest dengue incidence in the "
            "country in 2025 and 2026, with more than 41,000 cases and 132 deaths so far this year", None),
        (I, "Jaime Bernardo Jr.", "health workers would stay in each school for at least 30 minutes after vaccination "
            "to monitor the children", None),
        (D, "Jaime Bernardo Jr.", "We have learned from the past. Every adverse event, even a fever, will be reported "
            "and investigated,", None),
        (I, "Clarissa Dimaguiba", "the DOH should have held more public consultations before the launch", None),
        (D, "Clarissa Dimaguiba", "I am not against the vaccine. I am against rushing it,", None),
        (D, "Clarissa Dimaguiba", "Parents deserve to hear the full data, including the side effects, from the "
            "department itself.", None),
        (I, "Philippine Pediatric Society", "it supported the program", None),
        (P, "Philippine Pediatric Society", "an important additional tool", None),
        (I, "Philippine Pediatric Society", "mosquito control and early consultation remained essential", None),
        (I, "Joy Sison", "she signed the consent form after a briefing by the school nurse", None),
        (D, "Joy Sison", "I was afraid at first because of what happened before. But my son had dengue last year, and "
            "I do not want it to happen again,", None),
        (I, "Another parent", "she would wait until other children had received the vaccine", None),
        (I, "Department of Health", "the pilot program will be expanded to Northern Mindanao and the National Capital "
            "Region in 2027 if no safety concerns are raised", None),
    ],
    "actors": [
        actor("Ramon Villaroza", "person", title="Health Secretary", affiliation="Department of Health",
              aliases=["Ramon Villaroza", "Villaroza", "Health Secretary"], stance=1),
        actor("Department of Health", "government", title="health department",
              aliases=["Department of Health", "DOH"], stance=1),
        actor("Jaime Bernardo Jr.", "person", title="Regional Director", affiliation="DOH-Central Visayas",
              aliases=["Jaime Bernardo Jr.", "Bernardo"], stance=1),
        actor("Clarissa Dimaguiba", "person", title="Senator, chair of the Senate committee on health",
              affiliation="Senate of the Philippines", aliases=["Clarissa Dimaguiba", "Dimaguiba"], stance=-1),
        actor("Philippine Pediatric Society", "organisation", title="pediatricians' society",
              aliases=["Philippine Pediatric Society", "PPS"], stance=1),
        actor("Joy Sison", "person", title="parent", aliases=["Joy Sison", "Sison"], stance=1),
        actor("Another parent", "person", title="anonymous parent", aliases=["Another parent"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Mumbrella (Australian media and marketing trade press) TV (a broadcaster axes five regional news
#    bulletins), headline and standfirst without speech, `By ... | December 4, 2026 11:05 am` line, straight
#    quotes, `%`, `Related content:` line. Scare so-called "hub" bulletin; company `told staff ... that A`; `In a
#    statement to Mumbrella, Harbourline said the change was a response to "..." in ..., which it said had fallen
#    by 31% since 2022` (partial plus an indirect for the relative clause's predicate); CEO quote with `chief
#    executive Martin Lowe said` and a quote-only paragraph, Q&A `Asked whether ..., Lowe said: "..."`; union
#    `described the decision as "..." and said it would B` (partial plus indirect); its director `said A`, `she
#    said`; anonymous journalist `told Mumbrella staff had learnt ...` (no complementiser), `the journalist said`;
#    regulator `said A, and that B` (one span); mayor `said the bulletin had been "..." in ...` (partial only),
#    `Lane said`; analyst `said A and that B` (one span), `Faulkner said`.
ARTICLES[f"{BATCH}/harbourline-regional-news-cuts.gold.json"] = {
    "article": f"{BATCH}/harbourline-regional-news-cuts.txt",
    "target": "Harbourline Media",
    "quotes": [
        (S, None, "hub", None),
        (I, "Harbourline Media", "86 roles across news, production and sales would be affected, with some staff "
            "offered redeployment", None),
        (P, "Harbourline Media", "structural decline", None),
        (I, "Harbourline Media", "had fallen by 31% since 2022", None),
        (D, "Martin Lowe", "We have fought hard to keep five separate newsrooms open for as long as we could. The "
            "economics no longer allow it,", None),
        (D, "Martin Lowe", "This is not the end of local news at Harbourline. Every market will still have dedicated "
            "reporters on the ground, and local stories will lead the bulletin in each area.", None),
        (D, "Martin Lowe", "I'm not going to speculate. Our focus right now is on looking after the people who are "
            "affected.", None),
        (P, "Media, Entertainment & Arts Alliance", "a body blow to regional communities", None),
        (I, "Media, Entertainment & Arts Alliance", "it would seek urgent talks with the company", None),
        (I, "Tess Gunning", "the network had received regulatory concessions from the federal government on the "
            "understanding that it would maintain local content", None),
        (D, "Tess Gunning", "Harbourline took the concessions and now it's taking the newsrooms,", None),
        (I, "One Harbourline journalist", "staff had learnt of the closures from a leaked email on Wednesday night",
            None),
        (D, "One Harbourline journalist", "People are angry about the way it was done more than anything,", None),
        (I, "Australian Communications and Media Authority", "Harbourline would still have to meet the minimum local "
            "content points required under its licence conditions, and that it would review the network's "
            "compliance in 2027", None),
        (P, "Pat Lane", "part of the furniture", None),
        (D, "Pat Lane", "When the floods came through in 2022, it was our local news crew that told people which "
            "roads were cut. You can't do that from Newcastle,", None),
        (I, "Renee Faulkner", "regional broadcasters were caught between falling revenue and fixed licence costs and "
            "that Harbourline was unlikely to be the last to consolidate", None),
        (D, "Renee Faulkner", "Nobody in this market is making money from regional news at the moment. This was "
            "always coming,", None),
    ],
    "actors": [
        actor("Harbourline Media", "organisation", title="regional broadcaster",
              aliases=["Harbourline Media", "Harbourline"], stance=1),
        actor("Martin Lowe", "person", title="chief executive", affiliation="Harbourline Media",
              aliases=["Martin Lowe", "Lowe"], stance=1),
        actor("Media, Entertainment & Arts Alliance", "organisation", title="media union",
              aliases=["Media, Entertainment & Arts Alliance", "MEAA"], stance=-1),
        actor("Tess Gunning", "person", title="media director", affiliation="Media, Entertainment & Arts Alliance",
              aliases=["Tess Gunning", "Gunning"], stance=-1),
        actor("One Harbourline journalist", "person", title="anonymous journalist", affiliation="Harbourline Media",
              aliases=["One Harbourline journalist"], stance=-1),
        actor("Australian Communications and Media Authority", "government", title="media regulator",
              aliases=["Australian Communications and Media Authority", "ACMA"], stance=0),
        actor("Pat Lane", "person", title="Dubbo mayor", aliases=["Pat Lane", "Lane"], stance=-1),
        actor("Renee Faulkner", "person", title="media analyst", affiliation="Fifth Estate Research",
              aliases=["Renee Faulkner", "Faulkner"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Cairns Post (News Corp regional) sport (a rugby league captain banned at the judiciary), headline and
#    standfirst without speech, byline, `Sport` and `December 3, 2026 - 7:40PM` lines, capitalised lede opening
#    `NORTHERN`, straight quotes. Chairman `said the tackle was "..." and that Mosby had made "..." to ...` (two
#    partials only), quote with `Coates said in handing down the penalty`; barrister `had argued that A and that B`
#    (one span), `Tully told the panel her client had ...` (no complementiser); club `said in a statement they were
#    "..." ... but that the club would not appeal` (partial plus indirect); coach `said A`, quote with `Reid said`
#    and a quote-only paragraph, `Reid said A`; victim `said A`, `Taufa told the Cairns Post`; opposing CEO `was less
#    forgiving, saying A`, `she said`; the player `said he was "..." to be ...` (partial only), `he said`.
ARTICLES[f"{BATCH}/mosby-judiciary-ban-northern-pride.gold.json"] = {
    "article": f"{BATCH}/mosby-judiciary-ban-northern-pride.txt",
    "target": "Jayden Mosby",
    "quotes": [
        (P, "Peter Coates", "reckless in the extreme", None),
        (P, "Peter Coates", "no genuine attempt", None),
        (D, "Peter Coates", "A player of his experience knows exactly where his arm is going,", None),
        (I, "Nadine Tully", "Taufa had dropped suddenly into the tackle and that the contact was accidental", None),
        (I, "Nadine Tully", "her client had an unblemished record across 11 seasons and 180 matches", None),
        (P, "Northern Pride", "disappointed", None),
        (I, "Northern Pride", "the club would not appeal", None),
        (I, "Ben Reid", "the club would stand by its captain", None),
        (D, "Ben Reid", "Jayden's made a mistake, and he's owned it. He rang Sione the next morning, before anyone told "
            "him to,", None),
        (D, "Ben Reid", "He's still our captain. That doesn't change.", None),
        (I, "Ben Reid", "Mosby would continue to train with the squad and take on a mentoring role with the club's "
            "under-19s while he served the ban", None),
        (I, "Sione Taufa", "he accepted Mosby's apology", None),
        (D, "Sione Taufa", "I've played against Jayden for years, he's not a dirty player. It was a bad moment, that's "
            "all,", None),
        (I, "Kerrie Dunne", "the club had asked the QRL to review how pre-season matches were refereed", None),
        (D, "Kerrie Dunne", "We sent a player off to a charity game and he came back with his jaw wired shut,", None),
        (P, "Jayden Mosby", "gutted", None),
        (D, "Jayden Mosby", "I take full responsibility. I'll be back,", None),
    ],
    "actors": [
        actor("Peter Coates", "person", title="judiciary chairman", affiliation="QRL judiciary",
              aliases=["Peter Coates", "Coates"], stance=-1),
        actor("Nadine Tully", "person", title="barrister, Mosby's counsel", aliases=["Nadine Tully", "Tully"],
              stance=1),
        actor("Northern Pride", "organisation", title="rugby league club", aliases=["Northern Pride", "Pride"],
              stance=1),
        actor("Ben Reid", "person", title="coach", affiliation="Northern Pride", aliases=["Ben Reid", "Reid"],
              stance=1),
        actor("Sione Taufa", "person", title="winger", affiliation="Townsville Blackhawks",
              aliases=["Sione Taufa", "Taufa"], stance=1),
        actor("Kerrie Dunne", "person", title="chief executive", affiliation="Townsville Blackhawks",
              aliases=["Kerrie Dunne", "Dunne"], stance=-1),
        actor("Jayden Mosby", "person", title="captain", affiliation="Northern Pride",
              aliases=["Jayden Mosby", "Mosby"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
