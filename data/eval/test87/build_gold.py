"""Build the test87 gold files (data/eval/test87/*.gold.json) from the annotation specs below.

Held out, like ../test/. Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor,
write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text
and, when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/test87/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test87.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test87"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Report.az (Azerbaijani news agency) diplomacy/transport: Russian Railways asks to raise freight
#    tariffs on the North-South corridor. Headline and lede without a cue ("in a letter seen by Report");
#    "In the letter, RZD says ... "..." on ..." (partial only); RZD deputy head "said the proposal was
#    "..."", split quote "..., he said. "..."" (two directs); ADY statement "said it had received A and
#    that B" (one indirect); ADY freight head quote with "Guliyev told Report", quote-only continuation in
#    the same paragraph, "According to Guliyev, A"; Russian Embassy "said the corridor remained "..." for
#    Moscow and that the tariff question should not be "..." by the media" (two partials); ambassador
#    "said A and that it deserved "..."" (indirect plus partial), quote with "he said"; economist "said the
#    increase showed that Moscow was trying to "..." onto ..." (partial only), quote with "Mammadli said";
#    anonymous forwarder "said A", quote with "the representative said"; Iranian embassy official "said
#    Tehran would "..."" (partial only); content before "the Ministry of ... said"; scare so-called
#    "Middle Corridor". Not annotated: Iran's ministry "has not commented" (negated), the corridor facts.
ARTICLES[f"{BATCH}/north-south-corridor-freight-tariffs.gold.json"] = {
    "article": f"{BATCH}/north-south-corridor-freight-tariffs.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian Railways", "the rising cost of rolling stock and maintenance", None),
        (P, "Oleg Shmelyov", "a technical adjustment, not a political one", None),
        (D, "Oleg Shmelyov", "We have frozen our rates for three years while our own costs grew every month. No "
            "railway in the world can work like that forever,", None),
        (D, "Oleg Shmelyov", "Our Azerbaijani colleagues know the numbers as well as we do.", None),
        (I, "Azerbaijan Railways", "it had received the letter and that the proposal would be examined by a joint "
            "working group before the end of the year", None),
        (D, "Rovshan Guliyev", "An 18% jump in one step would send cargo straight back to the sea route through the "
            "Suez Canal. We will not agree to that,", None),
        (D, "Rovshan Guliyev", "We are ready to discuss indexation, but not at this level.", None),
        (I, "Rovshan Guliyev", "freight volumes on the Azerbaijani section grew by 31% in the first ten months of "
            "2026 and reached 5.6 million tons", None),
        (P, "Russian Embassy in Baku", "a strategic priority", None),
        (P, "Russian Embassy in Baku", "dramatised", None),
        (I, "Mikhail Yevdokimov", "Russia had invested more than any other partner in the line", None),
        (P, "Mikhail Yevdokimov", "a fair return", None),
        (D, "Mikhail Yevdokimov", "Russia built, Russia paid, and Russia will keep paying for the upgrade of the Samur "
            "bridge,", None),
        (P, "Elnur Mammadli", "shift the cost of sanctions", None),
        (D, "Elnur Mammadli", "RZD lost its European markets, and now it wants the southern route to pay for that. "
            "The timing speaks for itself,", None),
        (I, "A representative of a Baku-based forwarding company", "clients had already begun asking for quotes on "
            "the trans-Caspian route instead", None),
        (D, "A representative of a Baku-based forwarding company", "They call us every day now,", None),
        (P, "An official at the Iranian Embassy in Baku", "study the proposal carefully", None),
        (I, "Ministry of Digital Development and Transport", "Deputy Transport Minister Elchin Rzazade is expected to "
            "discuss the issue with his Russian counterpart in Moscow on December 15", None),
        (S, None, "Middle Corridor", None),
    ],
    "actors": [
        actor("Russian Railways", "organisation", title="state railway company", affiliation="Russia",
              aliases=["Russian Railways", "RZD"], stance=1),
        actor("Oleg Shmelyov", "person", title="deputy director general", affiliation="Russian Railways",
              aliases=["Oleg Shmelyov", "Shmelyov"], stance=1),
        actor("Azerbaijan Railways", "organisation", title="state railway company", affiliation="Azerbaijan",
              aliases=["Azerbaijan Railways", "ADY"], stance=0),
        actor("Rovshan Guliyev", "person", title="head of international freight", affiliation="Azerbaijan Railways",
              aliases=["Rovshan Guliyev", "Guliyev"], stance=-1),
        actor("Russian Embassy in Baku", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Baku"], stance=1),
        actor("Mikhail Yevdokimov", "person", title="Russian Ambassador to Azerbaijan", affiliation="Russia",
              aliases=["Mikhail Yevdokimov", "Yevdokimov"], stance=1),
        actor("Elnur Mammadli", "person", title="economist, head of think tank", affiliation="Caspian Logistics Center",
              aliases=["Elnur Mammadli", "Mammadli"], stance=-1),
        actor("A representative of a Baku-based forwarding company", "person", title="anonymous freight forwarder",
              aliases=["A representative of a Baku-based forwarding company"], stance=-1),
        actor("An official at the Iranian Embassy in Baku", "person", title="anonymous diplomat", affiliation="Iran",
              aliases=["An official at the Iranian Embassy in Baku"], stance=0),
        actor("Ministry of Digital Development and Transport", "government", title="transport ministry",
              affiliation="Azerbaijan", aliases=["Ministry of Digital Development and Transport"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Pharmaphorum biotech (a phase 3 kidney trial paused after a liver signal), headline and standfirst
#    without speech, byline and date lines after the standfirst, curly double quotes and apostrophes,
#    "Read more:" line. Company "said on Tuesday that A"; content before "according to the company"; CEO
#    quote split by "said chief executive Dr Marcus Oyelaran on a call ...", "Oyelaran said A "..." and that
#    B" (partial plus indirect); CMO "told the call that A, and that B" (one indirect), quote with
#    "Solbakken said", "She described the DMC's recommendation as "..."" (partial only); "Veltrona had said
#    A"; analyst "said in a note to clients that the pause "..."" (partial only), "She said A", quote with
#    "Ramaswamy said"; anonymous short-seller "said the company had "..." ..." (partial only), quote with
#    "the fund manager said"; patient group "said in a statement that it was "..." for ..., but that B"
#    (partial plus indirect); its director quote with "said the foundation's executive director, Carla
#    Ruiz"; Q&A "Asked whether ..., an FDA spokesperson said A"; "Oyelaran said on the call that A".
ARTICLES[f"{BATCH}/veltrona-iga-nephropathy-trial-pause.gold.json"] = {
    "article": f"{BATCH}/veltrona-iga-nephropathy-trial-pause.txt",
    "target": "Veltrona Therapeutics",
    "quotes": [
        (I, "Veltrona Therapeutics", "it had voluntarily halted enrolment and dosing in the 640-patient VERITAS-3 "
            "study after an independent data monitoring committee (DMC) flagged five cases of elevated ALT levels, "
            "two of them classed as serious", None),
        (I, "Veltrona Therapeutics", "None of the patients developed jaundice and all five have recovered after "
            "stopping treatment", None),
        (D, "Marcus Oyelaran", "Patient safety comes first, and we acted within hours of hearing from the "
            "committee,", None),
        (D, "Marcus Oyelaran", "We don’t yet know whether this is a drug effect, a background effect or chance, and "
            "I’m not going to speculate.", None),
        (P, "Marcus Oyelaran", "in the first quarter", None),
        (I, "Marcus Oyelaran", "it would then decide with the FDA whether the study could restart", None),
        (I, "Ingrid Solbakken", "the liver findings had appeared at the 200 mg dose only, and that no signal had been "
            "seen in the company’s earlier phase 2 study", None),
        (D, "Ingrid Solbakken", "The phase 2 data were clean. That’s what makes this so frustrating,", None),
        (P, "Ingrid Solbakken", "conservative but entirely appropriate", None),
        (I, "Veltrona Therapeutics", "it planned to file for accelerated approval in the second half of 2027", None),
        (P, "Priya Ramaswamy", "does not kill the programme", None),
        (I, "Priya Ramaswamy", "any filing would likely slip into 2028", None),
        (D, "Priya Ramaswamy", "The question is whether the 100 mg arm holds up on efficacy. If it does, this is a "
            "dosing story, not a safety story,", None),
        (P, "One London-based healthcare fund manager", "oversold", None),
        (D, "One London-based healthcare fund manager", "They told everyone the liver was a non-issue. Now it is the "
            "issue,", None),
        (P, "IgA Nephropathy Foundation", "deeply disappointed", None),
        (I, "IgA Nephropathy Foundation", "it supported the decision to pause", None),
        (D, "Carla Ruiz", "Patients with IgAN have waited a long time for options they can take at home. We want "
            "those options to be safe, and Veltrona has done the right thing here,", None),
        (I, "FDA spokesperson", "the agency does not comment on investigational products", None),
        (I, "Marcus Oyelaran", "the company had no plans to cut jobs", None),
    ],
    "actors": [
        actor("Veltrona Therapeutics", "organisation", title="biotech company", aliases=["Veltrona Therapeutics",
              "Veltrona"], stance=1),
        actor("Marcus Oyelaran", "person", title="chief executive", affiliation="Veltrona Therapeutics",
              aliases=["Marcus Oyelaran", "Oyelaran"], stance=1),
        actor("Ingrid Solbakken", "person", title="chief medical officer", affiliation="Veltrona Therapeutics",
              aliases=["Ingrid Solbakken", "Solbakken"], stance=1),
        actor("Priya Ramaswamy", "person", title="analyst", affiliation="Jefferies",
              aliases=["Priya Ramaswamy", "Ramaswamy"], stance=0),
        actor("One London-based healthcare fund manager", "person", title="anonymous fund manager (short position)",
              aliases=["One London-based healthcare fund manager"], stance=-1),
        actor("IgA Nephropathy Foundation", "organisation", title="US patient group",
              aliases=["IgA Nephropathy Foundation"], stance=1),
        actor("Carla Ruiz", "person", title="executive director", affiliation="IgA Nephropathy Foundation",
              aliases=["Carla Ruiz", "Ruiz"], stance=1),
        actor("FDA spokesperson", "person", title="spokesperson", affiliation="FDA", aliases=["FDA spokesperson"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Gramophone culture (a conductor leaves a regional orchestra early), headline without speech,
#    standfirst with a curly single fragment ("citing '...'": partial for the conductor), byline and date
#    lines, British curly single quotes and apostrophes, "per cent". Conductor "said he had reached the
#    decision '...' after ..." (partial only), split quote "'...,' he said. '...'"; chair Richard Hale "said
#    the board had taken '...' decision ..., and that ... would '...'" (two partials), quote with "Hale
#    told Gramophone"; principal cellist Miriam Hale (same surname, "no relation") "said A, and described
#    ... as '...'" (indirect plus partial), split quote with "she said"; players' letter "thanking Wierzbicki
#    for '...'" (partial) and "calling on the board ..." (directive); label head "said the label had '...'
#    of ..." (partial only), quote with "Brook added"; critic Gillian Rich "said the conductor had '...'"
#    (partial only) "and argued that A" (indirect); "Arts Council England said A"; content before "the
#    orchestra said".
ARTICLES[f"{BATCH}/wierzbicki-severn-philharmonic-exit.gold.json"] = {
    "article": f"{BATCH}/wierzbicki-severn-philharmonic-exit.txt",
    "target": "Tomasz Wierzbicki",
    "quotes": [
        (P, "Tomasz Wierzbicki", "a fundamental disagreement", None),
        (P, "Tomasz Wierzbicki", "with a heavy heart", None),
        (D, "Tomasz Wierzbicki", "For me, recording is not a luxury. It is how an orchestra of this size tells the "
            "world that it exists,", None),
        (D, "Tomasz Wierzbicki", "I cannot in good conscience lead a plan that I believe will make us smaller.", None),
        (P, "Richard Hale", "a painful but necessary", None),
        (P, "Richard Hale", "stand for a long time", None),
        (D, "Richard Hale", "Tomasz has given this orchestra a sound and a confidence it did not have before,", None),
        (D, "Richard Hale", "We are sorry he will not see the next chapter with us, but we respect his choice.", None),
        (I, "Miriam Hale", "musicians had learned of the departure from social media", None),
        (P, "Miriam Hale", "careless, on both sides", None),
        (D, "Miriam Hale", "Some of us feel he could have stayed and fought from inside,", None),
        (D, "Miriam Hale", "Others think he was right to make a stand. I honestly don’t know which I am.", None),
        (P, "Forty-one of the orchestra’s 58 players", "ten extraordinary seasons", None),
        (P, "Laurence Brook", "every intention", None),
        (D, "Laurence Brook", "What Tomasz built in Worcester is rare,", None),
        (D, "Laurence Brook", "You can hear it in the first eight bars.", None),
        (P, "Gillian Rich", "always been better at the big gesture than at the long grind of fundraising", None),
        (I, "Gillian Rich", "regional orchestras could no longer afford music directors who saw recording as their "
            "main job", None),
        (I, "Arts Council England", "it did not comment on individual organisations’ budget decisions", None),
        (I, "Severn Philharmonic", "The search for a successor will begin in the new year", None),
    ],
    "actors": [
        actor("Tomasz Wierzbicki", "person", title="music director", affiliation="Severn Philharmonic",
              aliases=["Tomasz Wierzbicki", "Wierzbicki", "Tomasz"], stance=1),
        actor("Richard Hale", "person", title="chair", affiliation="Severn Philharmonic",
              aliases=["Richard Hale", "Hale"], stance=1),
        actor("Miriam Hale", "person", title="principal cellist", affiliation="Severn Philharmonic",
              aliases=["Miriam Hale", "Hale"], stance=0),
        actor("Forty-one of the orchestra’s 58 players", "group", title="players' letter",
              affiliation="Severn Philharmonic", aliases=["Forty-one of the orchestra’s 58 players"], stance=1),
        actor("Laurence Brook", "person", title="managing director", affiliation="Chandos",
              aliases=["Laurence Brook", "Brook"], stance=1),
        actor("Gillian Rich", "person", title="critic and broadcaster", aliases=["Gillian Rich", "Rich"], stance=-1),
        actor("Arts Council England", "organisation", title="arts funding body", aliases=["Arts Council England"],
              stance=None),
        actor("Severn Philharmonic", "organisation", title="orchestra", aliases=["Severn Philharmonic"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Keep Talking Greece local/labour (an Athens metro strike against a 24-hour Saturday service plan),
#    headline without speech, blog tone, straight " and apostrophes, "Update 3 pm:" and "PS" lines. Union
#    "said in an announcement that the plan would be implemented "..." staff ..., and that B" (partial plus
#    indirect); union president quote with "told ERTnews" and a second stretch in the same paragraph;
#    operator "says A and that B" (one indirect); CEO quote with "said in a radio interview", "She added A"
#    (no "that"); "Papadaki said Athens was "..." without ..., and that B" (partial plus indirect); deputy
#    minister "called the strike "..."" and "accused the union of holding the city "..."" (two partials),
#    quote with "he said"; PASOK "said the government was rushing a "..." before ..." (partial only);
#    SYRIZA "called on the ministry to withdraw" (directive); vox pops: "said Vasiliki, a nurse ...";
#    student "Giorgos, said A", quote with "he said" in the same paragraph; traders "said in a statement
#    that A"; "According to STASY, A"; scare the "night metro" pilot; content before "ERTnews reported".
ARTICLES[f"{BATCH}/athens-metro-saturday-night-strike.gold.json"] = {
    "article": f"{BATCH}/athens-metro-saturday-night-strike.txt",
    "target": "STASY",
    "quotes": [
        (P, "Union of Workers in Athens Metro", "on the backs of", None),
        (I, "Union of Workers in Athens Metro", "STASY had not hired a single new driver since 2024", None),
        (D, "Antonis Stathopoulos", "They want a European metro with a Balkan number of employees,", None),
        (D, "Antonis Stathopoulos", "We are 300 drivers short. Who will drive the trains at 4 o'clock in the "
            "morning? Ghosts?", None),
        (I, "STASY", "the pilot will be funded from the Recovery Fund and that 120 new employees will be hired "
            "before the summer", None),
        (D, "Eleni Papadaki", "Nobody will be forced to work a night shift. The pilot will run with volunteers and "
            "with the new staff,", None),
        (I, "Eleni Papadaki", "the company had offered the unions a night allowance of 35 percent", None),
        (P, "Eleni Papadaki", "the only European capital of its size", None),
        (I, "Eleni Papadaki", "tourism businesses had been asking for it for years", None),
        (P, "Nikos Tsoukalas", "unjustified", None),
        (P, "Nikos Tsoukalas", "hostage", None),
        (D, "Nikos Tsoukalas", "The door of the ministry is open. But you don't negotiate by shutting down the "
            "city,", None),
        (P, "PASOK", "showcase project", None),
        (D, "Vasiliki", "I support the workers, but honestly I'm tired. This is the third strike since "
            "September,", None),
        (I, "Giorgos", "he would welcome trains on Saturday nights", None),
        (D, "Giorgos", "Taxis cost me 25 euros to get home from Gazi. Night metro would change my life,", None),
        (I, "Athens Traders Association", "shop owners in the city centre lost an estimated 4 million euros on every "
            "strike day", None),
        (I, "STASY", "around 1.1 million passengers use the metro, ISAP and tram network on a typical weekday", None),
        (S, None, "night metro", '"night metro" pilot'),
        (I, "ERTnews", "A meeting between the union and STASY management has been set for Monday", None),
    ],
    "actors": [
        actor("Union of Workers in Athens Metro", "organisation", title="metro workers' union",
              aliases=["Union of Workers in Athens Metro", "SELMA"], stance=-1),
        actor("Antonis Stathopoulos", "person", title="union president", affiliation="Union of Workers in Athens Metro",
              aliases=["Antonis Stathopoulos", "Stathopoulos"], stance=-1),
        actor("STASY", "organisation", title="Athens urban rail operator", aliases=["STASY"], stance=1),
        actor("Eleni Papadaki", "person", title="chief executive", affiliation="STASY",
              aliases=["Eleni Papadaki", "Papadaki"], stance=1),
        actor("Nikos Tsoukalas", "person", title="Deputy Transport Minister", affiliation="Greece",
              aliases=["Nikos Tsoukalas", "Tsoukalas"], stance=1),
        actor("PASOK", "organisation", title="opposition party", aliases=["PASOK"], stance=-1),
        actor("Vasiliki", "person", title="nurse, commuter", aliases=["Vasiliki"], stance=0),
        actor("Giorgos", "person", title="student, commuter", aliases=["Giorgos"], stance=1),
        actor("Athens Traders Association", "organisation", title="traders' association",
              aliases=["Athens Traders Association"], stance=None),
        actor("ERTnews", "organisation", title="public broadcaster's news site", aliases=["ERTnews"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
