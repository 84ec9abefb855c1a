"""Build the dev163 gold files (data/eval/dev163/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev163/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev163.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev163"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. PAP (Polish Press Agency, English service) sport/diplomacy (Poland threatens a biathlon boycott if the
#    IBU readmits Russia), headline without speech, "Warsaw, 2 December 2026" line, straight " and
#    apostrophes, Polish diacritics, a "Read also:" line and a "(PAP)" sign-off. Lede content before
#    ", Sport Minister Tomasz Kwiatkowski told PAP"; quote with "Kwiatkowski said"; "The minister said A,
#    and that "..." were prepared to ..." (indirect plus partial); "proposed allowing ..." (act); "According
#    to the IBU, A"; spokesman "said A, and described the board's recommendation as "..."" (indirect plus
#    partial); Russian federation president in an inverted apposition "called the Polish threat "..." and
#    said Russian athletes had been "..."" (two partials), quote with "was quoted as saying by the TASS news
#    agency"; ministry "said in a statement that Warsaw was trying to "...", and that B" (partial plus
#    indirect); athlete "said A", quote with "Gąsior told reporters"; Ukrainian federation "said A";
#    anonymous Nordic official "told PAP that the outcome was "..."" (partial), "The official said A, while
#    B" (one span). Not annotated: the CAS ruling, the "Read also:" line.
ARTICLES[f"{BATCH}/poland-biathlon-boycott-russia-ibu.gold.json"] = {
    "article": f"{BATCH}/poland-biathlon-boycott-russia-ibu.txt",
    "target": "Russia",
    "quotes": [
        (I, "Tomasz Kwiatkowski", "Poland will withdraw its biathletes from all International Biathlon Union (IBU) "
            "competitions if the federation votes to readmit Russian athletes at its extraordinary congress in "
            "Salzburg next week", None),
        (D, "Tomasz Kwiatkowski", "We will not send our athletes to stand on the same start line as representatives "
            "of a state that is bombing Ukrainian cities every night. This is not about sport. It is about basic "
            "decency,", None),
        (I, "Tomasz Kwiatkowski", "he had discussed the matter with his counterparts from the Nordic and Baltic "
            "states", None),
        (P, "Tomasz Kwiatkowski", "at least six or seven countries", None),
        (I, "International Biathlon Union", "52 national federations are eligible to vote at the congress", None),
        (I, "Markus Leitgeb", "the congress would vote on the proposal by secret ballot", None),
        (P, "Markus Leitgeb", "not a decision, but a starting point for discussion", None),
        (P, "Andrei Tsvetkov", "blackmail", None),
        (P, "Andrei Tsvetkov", "punished for three years for things they have no control over", None),
        (D, "Andrei Tsvetkov", "Sport should unite people, not divide them. Our athletes are ready to compete under "
            "any conditions the IBU sets,", None),
        (P, "Russia's Foreign Ministry", "turn every arena into a front line", None),
        (I, "Russia's Foreign Ministry", "such behaviour would isolate Poland rather than Russia", None),
        (I, "Weronika G\u0105sior", "she supported the minister's position", None),
        (D, "Weronika G\u0105sior", "If they come back, I'm not sure I could shake their hands. But I also don't want "
            "my career to end because of somebody else's war,", None),
        (I, "Ukrainian Biathlon Federation", "it would not take part in the vote if Russian delegates were allowed into "
            "the congress hall", None),
        (P, "A senior official at one Nordic federation", "too close to call", None),
        (I, "A senior official at one Nordic federation", "several federations from Asia and South America were likely "
            "to back the board, while most European members were expected to vote against", None),
    ],
    "actors": [
        actor("Tomasz Kwiatkowski", "person", title="Sport Minister", affiliation="Poland",
              aliases=["Tomasz Kwiatkowski", "Kwiatkowski"], stance=-1),
        actor("International Biathlon Union", "organisation", title="international federation",
              aliases=["International Biathlon Union", "IBU"], stance=None),
        actor("Markus Leitgeb", "person", title="IBU spokesman", affiliation="International Biathlon Union",
              aliases=["Markus Leitgeb", "Leitgeb"], stance=0),
        actor("Andrei Tsvetkov", "person", title="president of the Russian Biathlon Union",
              affiliation="Russian Biathlon Union", aliases=["Andrei Tsvetkov", "Tsvetkov"], stance=1),
        actor("Russia's Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russia's Foreign Ministry", "Foreign Ministry"], stance=1),
        actor("Weronika G\u0105sior", "person", title="biathlete", affiliation="Poland",
              aliases=["Weronika G\u0105sior", "G\u0105sior"], stance=-1),
        actor("Ukrainian Biathlon Federation", "organisation", title="national federation", affiliation="Ukraine",
              aliases=["Ukrainian Biathlon Federation"], stance=-1),
        actor("A senior official at one Nordic federation", "person", title="anonymous federation official",
              aliases=["A senior official at one Nordic federation"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Asia Times analysis (Indonesia nearly doubles royalties on processed nickel), headline and deck without
#    speech, "by Rizal Harahap, Jakarta" byline, straight " and apostrophes, "%". Scare "downstreaming"
#    strategy; minister "defended the move ..., saying the state had given ... "..." and that B" (partial
#    plus indirect), quote with "Wicaksono said" and a quote-only paragraph; "The minister said A, and that
#    B" (one span); anonymous smelter manager "told Asia Times that A", quote with "he said"; embassy "said in
#    a brief statement that it hoped Indonesia would maintain "..." for ..." (partial only); association
#    "welcomed the regulation" (act), its secretary-general "said A"; one-name economist Suharso "said A but
#    had B" (one span), quote with "Suharso said"; "According to the Energy and Mineral Resources Ministry,
#    A"; "Analysts say A". Not annotated: the regulation's terms, the President who signed it.
ARTICLES[f"{BATCH}/indonesia-nickel-royalty-smelters.gold.json"] = {
    "article": f"{BATCH}/indonesia-nickel-royalty-smelters.txt",
    "target": "Indonesia",
    "quotes": [
        (S, None, "downstreaming", None),
        (P, "Arif Wicaksono", "ten years of very generous treatment", None),
        (I, "Arif Wicaksono", "it was time for Indonesians to share in the profits", None),
        (D, "Arif Wicaksono", "When the nickel price was low, we protected these companies. We gave them tax holidays, "
            "we gave them cheap land, we gave them ports,", None),
        (D, "Arif Wicaksono", "Now the price is recovering and the people of Sulawesi and Maluku are asking a simple "
            "question: where is our share? I think that is a fair question.", None),
        (I, "Arif Wicaksono", "the new revenue would be used to fund health clinics, schools and roads in "
            "nickel-producing regions, and that the regulation would be reviewed after two years", None),
        (I, "A senior manager at one Chinese-owned smelter in Central Sulawesi", "several companies had been given "
            "less than a month's notice", None),
        (D, "A senior manager at one Chinese-owned smelter in Central Sulawesi", "We made our investment decisions "
            "based on the rules at the time. Nobody is saying Indonesia cannot change its rules, but you cannot "
            "change them after the money is already in the ground,", None),
        (P, "China's embassy in Jakarta", "a stable, fair and predictable business environment", None),
        (I, "Rina Kusumawati", "miners had for years been forced to sell ore to smelters at prices below the "
            "international benchmark", None),
        (I, "Suharso", "the government was right to seek a bigger share of the profits but had chosen the wrong "
            "moment", None),
        (D, "Suharso", "Nickel prices have only just started to recover. If you raise the royalty now, the smelters "
            "with the thinnest margins will simply shut some lines, and the workers will pay first,", None),
        (I, "Energy and Mineral Resources Ministry", "Indonesia produced about 2.2 million tonnes of nickel last year, "
            "more than half of global supply", None),
        (I, "Analysts", "the bigger test will come in February, when Jakarta is expected to announce a quota system "
            "for nickel ore mining permits", None),
    ],
    "actors": [
        actor("Arif Wicaksono", "person", title="Investment and Downstreaming Minister", affiliation="Indonesia",
              aliases=["Arif Wicaksono", "Wicaksono"], stance=1),
        actor("A senior manager at one Chinese-owned smelter in Central Sulawesi", "person",
              title="anonymous smelter manager",
              aliases=["A senior manager at one Chinese-owned smelter in Central Sulawesi"], stance=-1),
        actor("China's embassy in Jakarta", "government", title="embassy", affiliation="China",
              aliases=["China's embassy in Jakarta"], stance=0),
        actor("Rina Kusumawati", "person", title="secretary-general",
              affiliation="Indonesian Nickel Miners Association", aliases=["Rina Kusumawati", "Kusumawati"],
              stance=1),
        actor("Suharso", "person", title="senior researcher", affiliation="Center of Reform on Economics",
              aliases=["Suharso"], stance=0),
        actor("Energy and Mineral Resources Ministry", "government", title="ministry", affiliation="Indonesia",
              aliases=["Energy and Mineral Resources Ministry"], stance=None),
        actor("Analysts", "group", title="analysts", aliases=["Analysts"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. WAtoday (Perth) mining/labour (a lithium miner mothballs its Pilbara mine), headline without speech,
#    "December 2, 2026 — 6.05pm" line, straight " and apostrophes, "per cent", Australian idiom (FIFO,
#    blokes, mate's). Company "told the market on Tuesday that A, and that B" (one span); managing director
#    "said the decision had been "..."" (partial only), quote with "Fenech said" and a quote-only paragraph,
#    "Fenech said A, and that B" (one span); union district president "said A", quote with "he said", "Koh
#    said A, and accused the company of "..."" (indirect plus partial); anonymous worker "said A"; minister
#    "said A", "She said A, which ..., and that there was "..." when ..." (indirect plus partial), quote with
#    "Brand said"; analyst "said A, and that B" (one span), quote with "she said"; "According to the
#    Department of ..., A". Not annotated: the lede (no cue), the share price, the mine's output.
ARTICLES[f"{BATCH}/kestrel-lithium-pilbara-shutdown.gold.json"] = {
    "article": f"{BATCH}/kestrel-lithium-pilbara-shutdown.txt",
    "target": "Kestrel Lithium",
    "quotes": [
        (I, "Kestrel Lithium", "spodumene prices had fallen below the mine's cost of production for the fifth "
            "consecutive quarter, and that it could no longer justify running the operation at a loss", None),
        (P, "Paul Fenech", "incredibly difficult", None),
        (D, "Paul Fenech", "We've got some of the best people in the industry at Yalgarra, and telling them this is "
            "the worst part of the job,", None),
        (D, "Paul Fenech", "But we have to protect the balance sheet so that when prices recover, and they will "
            "recover, we are in a position to restart quickly.", None),
        (I, "Paul Fenech", "about 60 staff would remain on site to maintain the plant and the tailings facility, and "
            "that affected workers would be paid out their full entitlements plus a retention bonus for those who "
            "stayed until February", None),
        (I, "Shane Koh", "workers had been told of the decision in a 10-minute video call on Tuesday morning, only "
            "hours before the announcement to the ASX", None),
        (D, "Shane Koh", "These blokes have given up years of their lives flying in and out of the Pilbara for this "
            "company. They deserved better than a video call and a press release,", None),
        (I, "Shane Koh", "the union would meet Kestrel management on Thursday to discuss redeployment options", None),
        (P, "Shane Koh", "hoarding cash for shareholders", None),
        (I, "One Yalgarra worker", "he had learnt of the closure from a mate's text message before the video call had "
            "even started", None),
        (I, "Alannah Brand", "the state government was disappointed but not surprised", None),
        (I, "Alannah Brand", "the government had offered Kestrel a temporary royalty deferral earlier this year, which "
            "the company had accepted", None),
        (P, "Alannah Brand", "only so much a state government can do", None),
        (D, "Alannah Brand", "Lithium is a long game. Western Australia will still be the world's biggest producer of "
            "hard-rock lithium in ten years' time, and Kestrel knows that,", None),
        (I, "Mei Ling Tan", "the move was sensible, and that at least two more mid-tier lithium producers were likely "
            "to follow before the middle of next year", None),
        (D, "Mei Ling Tan", "The companies that survive this downturn will be the ones that stop the bleeding early. "
            "Kestrel has done that,", None),
        (I, "Department of Energy, Mines, Industry Regulation and Safety", "more than 2500 jobs have been lost across "
            "WA's lithium sector since the start of 2024", None),
    ],
    "actors": [
        actor("Kestrel Lithium", "organisation", title="ASX-listed miner", aliases=["Kestrel Lithium", "Kestrel"],
              stance=1),
        actor("Paul Fenech", "person", title="Managing director", affiliation="Kestrel Lithium",
              aliases=["Paul Fenech", "Fenech"], stance=1),
        actor("Shane Koh", "person", title="WA district president", affiliation="Mining and Energy Union",
              aliases=["Shane Koh", "Koh"], stance=-1),
        actor("One Yalgarra worker", "person", title="anonymous heavy diesel fitter", affiliation="Kestrel Lithium",
              aliases=["One Yalgarra worker"], stance=-1),
        actor("Alannah Brand", "person", title="Mines and Petroleum Minister", affiliation="Western Australia",
              aliases=["Alannah Brand", "Brand"], stance=0),
        actor("Mei Ling Tan", "person", title="analyst", affiliation="Canaccord Genuity",
              aliases=["Mei Ling Tan", "Tan"], stance=1),
        actor("Department of Energy, Mines, Industry Regulation and Safety", "government", title="state department",
              affiliation="Western Australia",
              aliases=["Department of Energy, Mines, Industry Regulation and Safety"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Rotorua Daily Post (New Zealand, NZME) local government/culture (the Rotorua Museum's reopening is
#    delayed again), headline without speech, byline, "Local Democracy Reporting" tag and closing funding
#    line, straight " and apostrophes, te reo Māori words (taonga, iwi, kuia, koroheke), NZ Herald-style
#    present-tense "says" throughout. Council "told a meeting ... that A"; project director "says A", quote
#    with "Oosthuizen told the committee", Q&A "Asked whether ..., Oosthuizen said: "...""; mayor "says the
#    delay is "..." but B" (partial plus indirect), quote with "she says", "Rewiti says A, and that B" (one
#    span); councillor "says ratepayers have been treated as a "..."" (partial only), quote with "Kereopa
#    says", "Kereopa says she will ask ..."; trust chairman "says A", quote with "Ngatai says", "He says the
#    trust supports ..., but wants ..." (one span); Heritage New Zealand "says in a statement A, and B";
#    tourism operator "says A". Not annotated: the building's history and the original budget.
ARTICLES[f"{BATCH}/rotorua-museum-reopening-delay.gold.json"] = {
    "article": f"{BATCH}/rotorua-museum-reopening-delay.txt",
    "target": "Rotorua Lakes Council",
    "quotes": [
        (I, "Rotorua Lakes Council", "the project would now not be finished until late 2029", None),
        (I, "Craig Oosthuizen", "contractors found far more damage to the building's foundations than the original "
            "surveys had shown", None),
        (D, "Craig Oosthuizen", "Once we got under the floors, we discovered the building was sitting on much softer "
            "ground than anyone knew. That changes the engineering completely,", None),
        (D, "Craig Oosthuizen", "We have reported every change to this committee as soon as we've known about it. I "
            "don't accept that anything has been hidden.", None),
        (P, "Tania Rewiti", "deeply frustrating", None),
        (I, "Tania Rewiti", "the council has no intention of walking away from the building", None),
        (D, "Tania Rewiti", "This is the most photographed building in Rotorua. It is on the front of every tourism "
            "brochure we have. Our community has told us again and again that they want it back,", None),
        (I, "Tania Rewiti", "the council is talking to the Government about additional funding, and that about $31m "
            "of the cost is already covered by central government grants", None),
        (P, "Lani Kereopa", "blank cheque", None),
        (D, "Lani Kereopa", "Every year we are told it's nearly there, and every year the number goes up. At some "
            "point someone has to say enough,", None),
        (I, "Lani Kereopa", "she will ask for an independent review of the project at the full council meeting later "
            "this month", None),
        (I, "R\u0101wiri Ngatai", "the museum holds taonga of enormous importance to Te Arawa iwi, many of which have "
            "been in storage for ten years", None),
        (D, "R\u0101wiri Ngatai", "Our kuia and koroheke are getting older. Some of them have already passed without "
            "seeing those taonga on display again. That hurts,", None),
        (I, "R\u0101wiri Ngatai", "the trust supports the strengthening work, but wants the council to find a "
            "temporary space to display part of the collection before 2029", None),
        (I, "Heritage New Zealand", "it continues to work with the council on the project, and the building's "
            "Category 1 listing means any changes must protect its heritage values", None),
        (I, "Mereana Phillips", "international visitors still ask about the museum every day", None),
    ],
    "actors": [
        actor("Rotorua Lakes Council", "organisation", title="district council",
              aliases=["Rotorua Lakes Council"], stance=0),
        actor("Craig Oosthuizen", "person", title="project director for the museum",
              affiliation="Rotorua Lakes Council", aliases=["Craig Oosthuizen", "Oosthuizen"], stance=1),
        actor("Tania Rewiti", "person", title="Mayor", affiliation="Rotorua Lakes Council",
              aliases=["Tania Rewiti", "Rewiti"], stance=1),
        actor("Lani Kereopa", "person", title="Councillor", affiliation="Rotorua Lakes Council",
              aliases=["Lani Kereopa", "Kereopa"], stance=-1),
        actor("R\u0101wiri Ngatai", "person", title="chairman", affiliation="Te Arawa Lakes Trust",
              aliases=["R\u0101wiri Ngatai", "Ngatai"], stance=0),
        actor("Heritage New Zealand", "organisation", title="heritage agency", aliases=["Heritage New Zealand"],
              stance=None),
        actor("Mereana Phillips", "person", title="tourism operator", aliases=["Mereana Phillips", "Phillips"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
