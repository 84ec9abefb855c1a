"""Build the test71 gold files (data/eval/test71/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test71/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test71.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test71"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. UNIAN (English) war/diplomacy (Russia postpones an agreed prisoner exchange), headline with an unmarked
#    dash attribution (not annotated), "UNIAN, 06 December 2026, 15:47" line, straight quotes. Lede content
#    before "the Coordination Headquarters ... has said"; "The Headquarters said on Telegram that A";
#    secretary named after the quote ("said on the air of the national telethon"); "According to Moroz,
#    Moscow demanded ... several people who "..."" (partial only); "he said"; "He added that A and B" (one
#    span); scare so-called "mirror" swaps; ministry "claimed that ... had "..." by ..." (partial only), then
#    "the statement said"; deputy minister "called the delay "..." and dismissed ... as "..."" (two
#    partials); ombudsman's office "said it had recorded A"; ICRC "declined to comment" (act), "said it
#    "..." whenever ..." (partial only); UAE ministry "said in a statement that A"; analyst "believes" (not
#    annotated), "According to Semenchuk, A", "he said"; mother "told UNIAN she had learned A", quote split
#    by "Koval said" with the second stretch open at the end of its paragraph, then a quote-only paragraph;
#    "As UNIAN reported earlier" (the agency's own reporting, not annotated).
ARTICLES[f"{BATCH}/russia-prisoner-exchange-postponed.gold.json"] = {
    "article": f"{BATCH}/russia-prisoner-exchange-postponed.txt",
    "target": "Russia",
    "quotes": [
        (I, "Coordination Headquarters for the Treatment of Prisoners of War",
            "The Russian side unilaterally postponed a prisoner exchange that had been agreed for Saturday, December 5",
            None),
        (I, "Coordination Headquarters for the Treatment of Prisoners of War",
            "buses carrying 150 Ukrainian defenders had already reached the border crossing when the convoy was "
            "turned back", None),
        (D, "Oleksandr Moroz", "Everything was agreed. The lists were checked twice by both sides and by the "
            "mediators. Our people were literally a few kilometres from home,", None),
        (P, "Oleksandr Moroz", "are not prisoners of war under any definition", None),
        (D, "Oleksandr Moroz", "This is a typical Russian tactic. They take our families' hopes hostage in order to "
            "get something extra at the table,", None),
        (I, "Oleksandr Moroz", "the Headquarters remained in contact with the mediators and expected a new date to be "
            "set soon", None),
        (S, None, "mirror", None),
        (P, "Russian Defence Ministry", "violated the agreed procedure", None),
        (D, "Russian Defence Ministry", "The Russian Federation remains committed to the humanitarian track, and the "
            "exchange will take place as soon as Kyiv fulfils its obligations,", None),
        (P, "Gennady Sorokin", "a purely technical matter", None),
        (P, "Gennady Sorokin", "information noise", None),
        (I, "Office of the Ukrainian Parliament Commissioner for Human Rights",
            "it had recorded at least 40 cases this year in which Russia broke agreements on the exchange of bodies "
            "or prisoners", None),
        (P, "International Committee of the Red Cross", "stands ready to act as a neutral intermediary", None),
        (I, "UAE Ministry of Foreign Affairs", "its mediation efforts were continuing", None),
        (I, "Taras Semenchuk", "the Kremlin uses prisoner exchanges as a bargaining chip ahead of any broader "
            "negotiations", None),
        (D, "Taras Semenchuk", "Moscow wants to show that every concession has a price, even a humanitarian one. The "
            "families are simply the instrument,", None),
        (I, "Nadiia Koval", "she had learned about the postponement from a volunteer chat rather than from officials",
            None),
        (D, "Nadiia Koval", "We were already ironing his shirts. I do not know what to tell his daughter now,", None),
        (D, "Nadiia Koval", "The Russians know exactly what they are doing to us.", None),
        (D, "Nadiia Koval", "They want us to break. We will not break.", None),
    ],
    "actors": [
        actor("Coordination Headquarters for the Treatment of Prisoners of War", "government",
              title="prisoner-of-war coordination body", affiliation="Ukraine",
              aliases=["Coordination Headquarters for the Treatment of Prisoners of War", "Headquarters",
                       "Coordination HQ"], stance=-1),
        actor("Oleksandr Moroz", "person", title="secretary",
              affiliation="Coordination Headquarters for the Treatment of Prisoners of War",
              aliases=["Oleksandr Moroz", "Moroz"], stance=-1),
        actor("Russian Defence Ministry", "government", title="defence ministry", affiliation="Russia",
              aliases=["Russian Defence Ministry", "ministry"], stance=1),
        actor("Gennady Sorokin", "person", title="Russian Deputy Foreign Minister", affiliation="Russia",
              aliases=["Gennady Sorokin", "Sorokin"], stance=1),
        actor("Office of the Ukrainian Parliament Commissioner for Human Rights", "government",
              title="ombudsman's office", affiliation="Ukraine",
              aliases=["Office of the Ukrainian Parliament Commissioner for Human Rights"], stance=-1),
        actor("International Committee of the Red Cross", "organisation", title="humanitarian organisation",
              aliases=["International Committee of the Red Cross", "ICRC"], stance=None),
        actor("UAE Ministry of Foreign Affairs", "government", title="foreign ministry (mediator)",
              affiliation="United Arab Emirates", aliases=["UAE Ministry of Foreign Affairs"], stance=None),
        actor("Taras Semenchuk", "person", title="analyst", affiliation="Center for Security Studies (Kyiv)",
              aliases=["Taras Semenchuk", "Semenchuk"], stance=-1),
        actor("Nadiia Koval", "person", title="mother of a prisoner of war", affiliation="Kropyvnytskyi",
              aliases=["Nadiia Koval", "Koval"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Aviation Week trade press (a hybrid-electric engine startup delays certification), Title Case headline
#    without speech, byline-and-date line, straight quotes, American punctuation inside closing marks,
#    "hr.", "Dec. 2", caption ending "Credit: Halcyon Propulsion" (not annotated); the CEO's first name is a
#    common word ("Will Chase"), the CFO's name too ("Joy Bishop"). Lede without a cue ("after redesigning
#    ..." is the writer's); content before "CEO Will Chase said during ... earnings call"; "Chase said";
#    "Chase said A" then a quote with "he said"; airline COO "told Aviation Week the airline was "..."" (partial
#    only), "She said A and B" (one span), "she said"; Q&A "Asked by an analyst whether ..., ... Joy Bishop
#    replied: "..."" ; FAA "said in a statement that it "..." and that B" (partial plus indirect); scare
#    so-called "hybrid winter,"; content before "said Lena Okafor, ..."; "Okafor said"; "She noted, however,
#    that A".
ARTICLES[f"{BATCH}/halcyon-hx1-certification-delay.gold.json"] = {
    "article": f"{BATCH}/halcyon-hx1-certification-delay.txt",
    "target": "Halcyon Propulsion",
    "quotes": [
        (I, "Will Chase", "The Seattle-based startup now expects FAA type certification in the second half of 2029",
            None),
        (D, "Will Chase", "We found a problem, we owned it and we fixed it. I would rather be late than be the "
            "company that cut a corner on batteries,", None),
        (I, "Will Chase", "the redesigned system, which adds a second coolant loop, had completed 400 hr. of ground "
            "runs without an anomaly", None),
        (D, "Will Chase", "Our supplier base is intact and our team is intact,", None),
        (P, "Priya Natarajan", "disappointed but not surprised.", None),
        (I, "Priya Natarajan", "Skyreach was reviewing its fleet plan and could lease additional ATR 42s as a bridge",
            None),
        (D, "Priya Natarajan", "We have been patient partners. But patience has a cost when you are running "
            "30-year-old airplanes through a Midwest winter,", None),
        (D, "Joy Bishop", "We have $310 million in cash, which takes us well into 2028. We are in active discussions "
            "on the next round, and we are comfortable with where those are.", None),
        (P, "FAA", "does not comment on the timing of individual certification projects", None),
        (I, "FAA", "it continued to work with Halcyon on the special conditions for the engine's battery system", None),
        (S, None, "hybrid winter,", None),
        (I, "Lena Okafor", "The delay fits a pattern across the sector", None),
        (D, "Lena Okafor", "Every hybrid-electric program I track has slipped at least once. Halcyon's is more "
            "credible than most, precisely because they are telling the market the truth now rather than in 2028,",
            None),
        (I, "Lena Okafor", "Halcyon's order book remained thin outside Skyreach, with fewer than 60 firm commitments "
            "in total", None),
    ],
    "actors": [
        actor("Will Chase", "person", title="CEO", affiliation="Halcyon Propulsion",
              aliases=["Will Chase", "Chase"], stance=1),
        actor("Priya Natarajan", "person", title="Chief Operating Officer", affiliation="Skyreach Regional",
              aliases=["Priya Natarajan", "Natarajan"], stance=-1),
        actor("Joy Bishop", "person", title="Chief Financial Officer", affiliation="Halcyon Propulsion",
              aliases=["Joy Bishop", "Bishop"], stance=1),
        actor("FAA", "government", title="US aviation regulator", aliases=["FAA"], stance=0),
        actor("Lena Okafor", "person", title="managing director", affiliation="Larkspur Aviation Analytics",
              aliases=["Lena Okafor", "Okafor"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cape Cod Times local news (a select board declines to renew the harbormaster's contract), headline
#    without speech, byline lines, dateline "CHATHAM —", straight quotes and apostrophes, American punctuation
#    inside closing marks, "Contact ... Follow her on X" tagline; word-like surnames (Lamb, Sears) and two
#    unrelated Eldredges, always given with first names when they speak. Harbormaster "called the decision
#    "..." and said he had been made "..." for ..." (two partials); quote split by "Lamb said after the
#    vote"; chair "said A", quote split by "Sears said"; board member "said the town was "..." and warned
#    that B" (partial plus indirect); "Several fishermen spoke in Lamb's defense" (act); shellfisherman "said
#    A", "he said"; "According to a letter signed by 14 mooring holders ..., A"; scare so-called "Stage Harbor
#    shuffle,"; anonymous mooring holder "said the problem was "..."" (partial only); town manager "said in a
#    statement Wednesday that A and that B"; "Lamb said A", then a quote-only line with "he said".
ARTICLES[f"{BATCH}/chatham-harbormaster-contract-vote.gold.json"] = {
    "article": f"{BATCH}/chatham-harbormaster-contract-vote.txt",
    "target": "Stuart Lamb",
    "quotes": [
        (P, "Stuart Lamb", "a political hit job", None),
        (P, "Stuart Lamb", "the fall guy", None),
        (D, "Stuart Lamb", "I didn't pick the dredge contractor. I didn't set the permit windows. The state did, and "
            "the board knows that,", None),
        (D, "Stuart Lamb", "But somebody had to take the blame, and I guess it's me.", None),
        (I, "Dean Sears", "the decision was not about any single project", None),
        (D, "Dean Sears", "This board has an obligation to look at the whole picture: communication, planning, "
            "relationships with the fleet,", None),
        (D, "Dean Sears", "We thanked Stuart for his service tonight, and I meant it.", None),
        (P, "Cory Eldredge", "losing the best harbormaster on the Cape", None),
        (I, "Cory Eldredge", "the decision would make it harder to fill the job", None),
        (I, "Nick Eldredge", "Lamb had been the one person at Town Hall who answered his phone at 5 in the morning",
            None),
        (D, "Nick Eldredge", "He's out on the water with us. He knows every boat and every kid on every boat,", None),
        (I, "14 mooring holders", "Lamb's office repeatedly failed to tell boat owners when the dredging schedule "
            "changed", None),
        (S, None, "Stage Harbor shuffle,", None),
        (P, "One mooring holder", "years of being kept in the dark.", None),
        (I, "Paul Whitcomb", "an interim harbormaster would be appointed by February and that dredging would resume "
            "in January", None),
        (I, "Stuart Lamb", "he had not decided whether to apply for harbormaster jobs elsewhere", None),
        (D, "Stuart Lamb", "Right now I just want to get through the winter,", None),
    ],
    "actors": [
        actor("Stuart Lamb", "person", title="Harbormaster", affiliation="Town of Chatham",
              aliases=["Stuart Lamb", "Lamb", "Harbormaster"], stance=1),
        actor("Dean Sears", "person", title="Select Board Chair", affiliation="Town of Chatham",
              aliases=["Dean Sears", "Sears"], stance=-1),
        actor("Cory Eldredge", "person", title="Select Board member", affiliation="Town of Chatham",
              aliases=["Cory Eldredge", "Eldredge"], stance=1),
        actor("Nick Eldredge", "person", title="shellfisherman", affiliation="Chatham",
              aliases=["Nick Eldredge", "Eldredge"], stance=1),
        actor("14 mooring holders", "group", title="signatories of a letter to the board",
              aliases=["14 mooring holders"], stance=-1),
        actor("One mooring holder", "person", title="anonymous mooring holder", affiliation="Chatham",
              aliases=["One mooring holder"], stance=-1),
        actor("Paul Whitcomb", "person", title="Town Manager", affiliation="Town of Chatham",
              aliases=["Paul Whitcomb", "Whitcomb", "Town Manager"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Hexham Courant local news/culture (Hexham Abbey introduces an entry charge), headline and standfirst
#    without speech, "By Sandy Hill" byline (a word-like name, not a speaker), capitalised lede opening
#    ("VISITORS"), straight double quotes, British punctuation outside closing marks for fragments, "£3.2m",
#    "Coun", "Mr", "READ MORE:" line (not annotated). Lede content before "the church has confirmed";
#    rector with a title chain "said the decision had been "..."" (partial only); "she said", then a
#    two-paragraph quote (open paragraph, closed paragraph); "According to the abbey, A"; "The abbey said A
#    and that B" (one span); scare "quiet space"; present-tense group "some traders, who say A"; chairman
#    "said: "..."", "Mr Cook said A"; councillor "said the council recognised the "..." on ... but hoped ...
#    "..."" (two partials); diocesan spokesperson "said the decision was "..." and that B" (partial plus
#    indirect); visitor "said A", "she said"; "Canon Atkinson added that A".
ARTICLES[f"{BATCH}/hexham-abbey-entry-charge.gold.json"] = {
    "article": f"{BATCH}/hexham-abbey-entry-charge.txt",
    "target": "Hexham Abbey",
    "quotes": [
        (I, "Hexham Abbey", "VISITORS to Hexham Abbey will be charged \u00a35 for entry from April", None),
        (P, "Miriam Atkinson", "the hardest we have ever had to make", None),
        (D, "Miriam Atkinson", "We have a building that was begun in 674 and a congregation that cannot, on its own, "
            "keep the roof over it,", None),
        (D, "Miriam Atkinson", "Last year we welcomed more than 180,000 visitors. If each of them gave what a cup of "
            "coffee costs, we would not be having this conversation.", None),
        (D, "Miriam Atkinson", "But most do not, and we cannot wait for the next storm to find out which part of the "
            "roof fails first.", None),
        (I, "Hexham Abbey", "repairs to the nave roof, the lead on the north transept and the heating system will cost "
            "at least \u00a33.2m over the next five years", None),
        (I, "Hexham Abbey", "Historic England had agreed to fund around a third of the roof work and that a public "
            "appeal launched last year had raised \u00a3640,000", None),
        (S, None, "quiet space", None),
        (I, "some traders", "day-trippers who come to see the abbey also fill the town's cafes and shops", None),
        (D, "Trevor Cook", "The abbey is the reason a lot of people stop here rather than driving on to the Wall. Put "
            "a turnstile on it and some of them will just keep going.", None),
        (I, "Trevor Cook", "the partnership would ask the PCC to reconsider", None),
        (P, "Hazel Marr", "enormous pressure", None),
        (P, "Hazel Marr", "open to everyone", None),
        (P, "Diocese of Newcastle", "a matter for the parish", None),
        (I, "Diocese of Newcastle", "the diocese would support the PCC", None),
        (I, "Katrin M\u00f6ller", "she would happily pay", None),
        (D, "Katrin M\u00f6ller", "In Germany we are used to this. Five pounds for something this beautiful is nothing,",
            None),
        (I, "Miriam Atkinson", "the charge would be reviewed after a year", None),
    ],
    "actors": [
        actor("Hexham Abbey", "organisation", title="parish church", affiliation="Church of England",
              aliases=["Hexham Abbey", "abbey", "church"], stance=1),
        actor("Miriam Atkinson", "person", title="Rector of Hexham", affiliation="Hexham Abbey",
              aliases=["Miriam Atkinson", "Atkinson", "Canon Atkinson", "Rector of Hexham"], stance=1),
        actor("some traders", "group", title="town-centre traders", affiliation="Hexham",
              aliases=["some traders"], stance=-1),
        actor("Trevor Cook", "person", title="chairman", affiliation="Hexham Traders' Partnership",
              aliases=["Trevor Cook", "Cook", "Mr Cook"], stance=-1),
        actor("Hazel Marr", "person", title="cabinet member for tourism", affiliation="Northumberland County Council",
              aliases=["Hazel Marr", "Marr", "Coun Hazel Marr"], stance=0),
        actor("Diocese of Newcastle", "organisation", title="Church of England diocese",
              aliases=["Diocese of Newcastle", "diocese"], stance=1),
        actor("Katrin M\u00f6ller", "person", title="visitor", affiliation="Hamburg",
              aliases=["Katrin M\u00f6ller", "M\u00f6ller"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
