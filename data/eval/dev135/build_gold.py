"""Build the dev135 gold files (data/eval/dev135/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor) of data/eval/build_gold.py
and write_all of data/eval/write_gold.py: each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text is
searched. Run from anywhere:  python3 data/eval/dev135/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev135.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev135"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. UK Defence Journal (the Royal Navy shadows a Russian survey ship over North Sea cables), headline
#    without speech, byline and date lines, straight " and apostrophes, closing "You can read more ...
#    here." line. Lede content before "the Ministry of Defence has confirmed"; "According to the MoD, A";
#    "A Royal Navy spokesperson said: "..."" (one paragraph); embassy "said A", "In a post on X, it said the
#    ... was carrying out "..." in international waters (partial only) and described British concern as
#    "..."" (partial), quote with "the embassy added"; "Moscow has previously said A" (the country);
#    "Defence analysts have long warned that A"; RUSI fellow "told the UK Defence Journal that the pattern
#    ... was "..."" (partial only), "she said", then a quote-only paragraph; minister "In a written answer
#    to Parliament, ... said: "...""; shadow minister "said the episode showed a Navy "..."" (partial only),
#    "He said A"; anonymous skipper "said A", "he said".
ARTICLES[f"{BATCH}/akademik-pavlov-north-sea-russia.gold.json"] = {
    "article": f"{BATCH}/akademik-pavlov-north-sea-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Defence", "A Royal Navy frigate and a maritime patrol aircraft shadowed a Russian survey vessel "
            "for four days as it moved slowly over undersea cable and pipeline routes in the central North Sea", None),
        (I, "Ministry of Defence", "the ship loitered for several hours at a time above two telecommunications cables and "
            "a gas pipeline before heading north again on Wednesday evening", None),
        (D, "Royal Navy spokesperson", "HMS Kent and a P-8A Poseidon from RAF Lossiemouth maintained a continuous watch "
            "on the Akademik Pavlov throughout its time in waters of UK interest. We will not hesitate to act to "
            "protect our critical infrastructure.", None),
        (I, "Russia's embassy in London", "the ship posed no threat to anyone", None),
        (P, "Russia's embassy in London", "routine oceanographic research", None),
        (P, "Russia's embassy in London", "yet another episode of anti-Russian hysteria", None),
        (D, "Russia's embassy in London", "Freedom of navigation applies to everyone, including Russian scientists,",
            None),
        (I, "Russia", "its research fleet operates in full compliance with international law", None),
        (I, "Defence analysts", "Russia's Main Directorate of Deep-Sea Research, known by its Russian acronym GUGI, uses "
            "civilian-flagged vessels to map seabed infrastructure", None),
        (P, "Helen Ashcroft", "entirely consistent with survey work of military interest", None),
        (D, "Helen Ashcroft", "You do not need to spend four days going back and forth over a cable to measure water "
            "temperature. That is not what oceanography looks like,", None),
        (D, "Helen Ashcroft", "The question for the UK is whether we have enough ships to do this every time. At the "
            "moment, frankly, we do not.", None),
        (D, "Sarah Whitlock", "The Government takes the protection of undersea infrastructure extremely seriously. We are "
            "working closely with allies, including through the Joint Expeditionary Force, to monitor and deter "
            "activity of this kind.", None),
        (P, "Oliver Fane", "stretched to breaking point", None),
        (I, "Oliver Fane", "HMS Kent had been pulled off a NATO exercise in the Norwegian Sea to respond", None),
        (I, "One skipper", "the Akademik Pavlov had passed within a mile of his boat at night with most of its deck "
            "lights off", None),
        (D, "One skipper", "It wasn't behaving like any research ship I've seen in 30 years at sea,", None),
    ],
    "actors": [
        actor("Ministry of Defence", "government", affiliation="United Kingdom", aliases=["Ministry of Defence", "MoD"],
              stance=-1),
        actor("Royal Navy spokesperson", "person", title="spokesperson", affiliation="Royal Navy",
              aliases=["Royal Navy spokesperson"], stance=-1),
        actor("Russia's embassy in London", "government", affiliation="Russia",
              aliases=["Russia's embassy in London"], stance=1),
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Defence analysts", "group", aliases=["Defence analysts"], stance=-1),
        actor("Helen Ashcroft", "person", title="senior research fellow", affiliation="Royal United Services Institute",
              aliases=["Helen Ashcroft", "Ashcroft", "Dr Helen Ashcroft"], stance=-1),
        actor("Sarah Whitlock", "person", title="Armed Forces Minister", affiliation="UK Government",
              aliases=["Sarah Whitlock", "Whitlock", "Armed Forces Minister"], stance=-1),
        actor("Oliver Fane", "person", title="Shadow defence minister", affiliation="Conservatives",
              aliases=["Oliver Fane", "Fane"], stance=None),
        actor("One skipper", "person", title="anonymous Peterhead fishing skipper", aliases=["One skipper"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Citizen Digital (Kenya) health (private hospitals threaten to stop serving the Social Health Authority's
#    members over arrears), headline without speech, byline, "Published on: December 5, 2026 15:20 (EAT)"
#    line, straight " and apostrophes, "Ksh.34 billion", "Dr."; lede ultimatum (no cue); association "said on
#    Thursday that A"; chairman's quote before "RUPHA chairman Dr. Fredrick Kimani told journalists in
#    Nairobi", then "he added"; "Kimani said A"; authority "acknowledged "..." (partial) but said the ...
#    figure ... was "..."" (partial only); "The authority said A and that all verified claims would be settled
#    "..."" (indirect plus partial); CEO "Speaking on Citizen TV's Day Break ..., ... said A", "he said";
#    scare "pre-authorisation" rule ("He defended" is an act); anonymous official with singular "they" "said A
#    and that B" (one span); Cabinet Secretary "urged ..." (directive), quote with "she said in Kisii, where
#    ..."; patient "said A", question quote with "she asked"; senator "said A, describing the arrears as "...""
#    (indirect plus partial).
ARTICLES[f"{BATCH}/sha-arrears-private-hospitals.gold.json"] = {
    "article": f"{BATCH}/sha-arrears-private-hospitals.txt",
    "target": "Social Health Authority",
    "quotes": [
        (I, "Rural and Urban Private Hospitals Association of Kenya", "some of its members had not received a single "
            "payment since July, forcing them to lay off staff and ration drugs", None),
        (D, "Fredrick Kimani", "We have been patient for five months. You cannot run a hospital on promises,", None),
        (D, "Fredrick Kimani", "Some facilities in Nyeri and Kisumu have already closed their wards. If nothing changes, "
            "by Christmas Kenyans will be turned away at the gate,", None),
        (I, "Fredrick Kimani", "the association had written to the Ministry of Health three times since September "
            "without getting a response", None),
        (P, "Social Health Authority", "delays in processing", None),
        (P, "Social Health Authority", "grossly exaggerated", None),
        (I, "Social Health Authority", "it had paid out Ksh.18.6 billion to facilities since October", None),
        (P, "Social Health Authority", "within the coming weeks", None),
        (I, "Abdi Mohamed", "many of the disputed claims had been flagged for possible fraud", None),
        (D, "Abdi Mohamed", "We found patients who were admitted in two hospitals on the same day, and surgeries billed "
            "for people who never had them. We will not pay for ghosts,", None),
        (S, None, "pre-authorisation", None),
        (I, "A senior SHA official", "monthly contributions were falling short of payouts by about Ksh.3 billion and "
            "that the National Treasury had yet to release funds promised in June", None),
        (D, "Wanjiku Ndirangu", "No Kenyan should be turned away because of a dispute between institutions,", None),
        (I, "Grace Wanjiru", "she had been asked to pay Ksh.9,500 per session in cash", None),
        (D, "Grace Wanjiru", "SHA deducts from my husband's salary every month. Where is that money going?", None),
        (I, "Daniel Langat", "the committee would summon SHA officials next week", None),
        (P, "Daniel Langat", "a crisis that was entirely predictable", None),
    ],
    "actors": [
        actor("Rural and Urban Private Hospitals Association of Kenya", "organisation",
              title="private hospitals' association",
              aliases=["Rural and Urban Private Hospitals Association of Kenya", "RUPHA"], stance=-1),
        actor("Fredrick Kimani", "person", title="RUPHA chairman",
              affiliation="Rural and Urban Private Hospitals Association of Kenya",
              aliases=["Fredrick Kimani", "Kimani", "Dr. Fredrick Kimani"], stance=-1),
        actor("Social Health Authority", "government", title="national health insurer",
              aliases=["Social Health Authority", "SHA"], stance=1),
        actor("Abdi Mohamed", "person", title="chief executive officer", affiliation="Social Health Authority",
              aliases=["Abdi Mohamed", "Mohamed", "Dr. Abdi Mohamed"], stance=1),
        actor("A senior SHA official", "person", title="anonymous senior official", affiliation="Social Health Authority",
              aliases=["A senior SHA official"], stance=1),
        actor("Wanjiku Ndirangu", "person", title="Health Cabinet Secretary", affiliation="Government of Kenya",
              aliases=["Wanjiku Ndirangu", "Ndirangu", "Dr. Wanjiku Ndirangu"], stance=0),
        actor("Grace Wanjiru", "person", title="patient's wife", aliases=["Grace Wanjiru", "Wanjiru"], stance=-1),
        actor("Daniel Langat", "person", title="Senate Health Committee chairperson", affiliation="Senate of Kenya",
              aliases=["Daniel Langat", "Langat"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Santiago Times science/environment (a study links lithium brine pumping to a flamingo decline),
#    headline without speech, "Written by ..." and date lines, "SANTIAGO –" dateline, straight " and
#    apostrophes, Spanish double surnames (Soto Araya, Cruz Mamani). Lede content before "according to a
#    study published ... by researchers at ..."; ecologist's split quote with "Soto said in an interview",
#    "She said A"; company "rejected the findings" (act), "In a statement, the company said the study "..."
#    and failed to account for ..." (partial only: no second subject), then a quote with "the statement
#    said"; vice-president "told The Santiago Times that A", "he said"; scare "zero-impact" pumping plan;
#    community president "said A", "she said in Spanish"; minister "said the government would "..." and that
#    B" (partial plus indirect); regulator "confirmed it had opened a "..."" (partial only), "declined to
#    give further details" (not speech); "Analysts note that A and that B"; "The study's authors say A",
#    split quote with "Soto said".
ARTICLES[f"{BATCH}/atacama-flamingos-lithium-cma.gold.json"] = {
    "article": f"{BATCH}/atacama-flamingos-lithium-cma.txt",
    "target": "Compa\u00f1\u00eda Minera Altiplano",
    "quotes": [
        (I, "study", "Populations of Andean flamingos at two lagoons in the Salar de Atacama have fallen by almost half "
            "in a decade, and the pumping of lithium brine is the most likely cause", None),
        (D, "Javiera Soto Araya", "We looked at rainfall, at temperature, at tourism, at everything we could think of,",
            None),
        (D, "Javiera Soto Araya", "The only variable that tracks the decline year by year is the volume of brine being "
            "extracted.", None),
        (I, "Javiera Soto Araya", "the lagoons' water level had dropped by an average of 14 centimetres since 2015, "
            "reducing the brine shrimp on which the flamingos feed", None),
        (P, "Compa\u00f1\u00eda Minera Altiplano", "confuses correlation with causation", None),
        (D, "Compa\u00f1\u00eda Minera Altiplano", "CMA's own monitoring, shared with the authorities every month, shows no "
            "significant change in the lagoon system attributable to our operations,", None),
        (I, "Mat\u00edas Ferrer", "CMA would invite the researchers to review its data", None),
        (D, "Mat\u00edas Ferrer", "We have nothing to fear from science. If there is a problem, we want to know about it "
            "before anyone else,", None),
        (S, None, "zero-impact", None),
        (I, "Elena Cruz Mamani", "the study confirmed what residents had been saying for years", None),
        (D, "Elena Cruz Mamani", "The flamingo is not just a bird for us. When the flamingo goes, it is telling us that "
            "the water is going,", None),
        (P, "Catalina Undurraga", "study the findings carefully", None),
        (I, "Catalina Undurraga", "the Superintendency of the Environment (SMA) had already requested data from CMA", None),
        (P, "Superintendency of the Environment", "preliminary inquiry", None),
        (I, "Analysts", "Chile is the world's second-largest producer of lithium and that the national lithium strategy "
            "aims to roughly double output by the end of the decade, much of it from the Salar de Atacama", None),
        (I, "study's authors", "their findings should not be read as a case against lithium mining itself", None),
        (D, "Javiera Soto Araya", "Chile can produce lithium and keep its flamingos,", None),
        (D, "Javiera Soto Araya", "But not if we keep pretending the salt flat is a bottomless tank.", None),
    ],
    "actors": [
        actor("study", "organisation", title="study by researchers at the Universidad de Chile",
              affiliation="Universidad de Chile", aliases=["study"], stance=-1),
        actor("Javiera Soto Araya", "person", title="ecologist, study leader", affiliation="Universidad de Chile",
              aliases=["Javiera Soto Araya", "Soto"], stance=-1),
        actor("Compa\u00f1\u00eda Minera Altiplano", "organisation", title="lithium brine producer",
              aliases=["Compa\u00f1\u00eda Minera Altiplano", "CMA"], stance=1),
        actor("Mat\u00edas Ferrer", "person", title="vice-president for sustainability",
              affiliation="Compa\u00f1\u00eda Minera Altiplano", aliases=["Mat\u00edas Ferrer", "Ferrer"], stance=1),
        actor("Elena Cruz Mamani", "person", title="president of the indigenous community of Peine",
              aliases=["Elena Cruz Mamani", "Cruz"], stance=-1),
        actor("Catalina Undurraga", "person", title="Environment Minister", affiliation="Chile",
              aliases=["Catalina Undurraga", "Undurraga"], stance=0),
        actor("Superintendency of the Environment", "government", title="environmental regulator", affiliation="Chile",
              aliases=["Superintendency of the Environment", "SMA"], stance=0),
        actor("Analysts", "group", aliases=["Analysts"], stance=None),
        actor("study's authors", "group", affiliation="Universidad de Chile", aliases=["study's authors"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Harrogate Advertiser sport (a League Two head coach under pressure), headline with a straight single
#    fragment "Cartwright vows to 'fight for the badge'", byline, "Sports Reporter" and "Tuesday, 1st December
#    2026, 5:45 pm" lines, straight " and apostrophes. Lede "has insisted he is the right man to lead the club
#    out of trouble" (the "after ..." clause is the writer's); chants (not speech); "Speaking to the Harrogate
#    Advertiser on Monday, Cartwright said A but would B" (one span), "he said", then a quote-only paragraph;
#    club "said Cartwright retained the "..." of the board" (partial only); captain "took the blame" (act),
#    split quote with "said Armitage"; trust chair named Steel "said the trust had not called for ... but
#    wanted "..." from ..." (indirect plus partial: no second subject for the fragment), "she said";
#    anonymous fan "said many fans felt Cartwright had "..." and that B" (partial plus indirect); pundit "said
#    the side had looked "..." in attack" (partial only), quote with "Holroyd said"; scare "pathway", "with
#    critics arguing that A" (indirect).
ARTICLES[f"{BATCH}/harrogate-town-cartwright.gold.json"] = {
    "article": f"{BATCH}/harrogate-town-cartwright.txt",
    "target": "Neil Cartwright",
    "quotes": [
        (P, "Neil Cartwright", "fight for the badge", "Cartwright vows"),
        (I, "Neil Cartwright", "he is the right man to lead the club out of trouble", None),
        (I, "Neil Cartwright", "he understood the fans' frustration but would not walk away", None),
        (D, "Neil Cartwright", "I'm a fighter. I've been in worse spots than this as a player and as a coach, and I'll "
            "fight for the badge until someone tells me otherwise,", None),
        (D, "Neil Cartwright", "The lads are hurting. I'm hurting. But there's 26 games left, and I've seen enough on the "
            "training ground to know we'll be fine.", None),
        (P, "Harrogate Town", "full backing", None),
        (D, "Luke Armitage", "We've let him down, not the other way round,", None),
        (D, "Luke Armitage", "The players have to look at themselves first, me more than anyone.", None),
        (I, "Bev Steel", "the trust had not called for the head coach to go", None),
        (P, "Bev Steel", "a clear plan", None),
        (D, "Bev Steel", "There's a lot of goodwill towards Neil. He took us to Wembley. But goodwill runs out if you're "
            "bottom three at Christmas,", None),
        (P, "One season-ticket holder", "run out of ideas", None),
        (I, "One season-ticket holder", "the atmosphere at Wetherby Road had turned sour", None),
        (P, "Danny Holroyd", "short of ideas", None),
        (D, "Danny Holroyd", "He's a good coach with a tired squad. Give him two or three signings in January and this "
            "looks a very different team,", None),
        (S, None, "pathway", None),
        (I, "critics", "the squad lacks experience", None),
    ],
    "actors": [
        actor("Neil Cartwright", "person", title="head coach", affiliation="Harrogate Town",
              aliases=["Neil Cartwright", "Cartwright", "Neil"], stance=1),
        actor("Harrogate Town", "organisation", title="football club", aliases=["Harrogate Town", "Town"], stance=1),
        actor("Luke Armitage", "person", title="captain", affiliation="Harrogate Town",
              aliases=["Luke Armitage", "Armitage"], stance=1),
        actor("Bev Steel", "person", title="chair", affiliation="Harrogate Town Supporters' Trust",
              aliases=["Bev Steel", "Steel"], stance=0),
        actor("One season-ticket holder", "person", title="anonymous season-ticket holder",
              aliases=["One season-ticket holder"], stance=-1),
        actor("Danny Holroyd", "person", title="former Town striker, BBC Radio York summariser",
              aliases=["Danny Holroyd", "Holroyd"], stance=1),
        actor("critics", "group", aliases=["critics"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
