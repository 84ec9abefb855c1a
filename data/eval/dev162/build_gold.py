"""Build the dev162 gold files (data/eval/dev162/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev162/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev162.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev162"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Shafaq News (Iraq, English) energy/diplomacy (Iraq extends a Russian oil company's contract), headline
#    with a straight fragment "Russian Embassy hails "strategic" ties" (speaker the embassy the headline
#    names), "2026-11-29 18:42" line, "Shafaq News/ " lede prefix, straight " and apostrophes, British
#    punctuation outside closing marks. Lede content before ", the ministry said"; "In a statement, the
#    ministry said the extension had been granted "..." and that B" (partial plus indirect); deputy minister
#    "told Shafaq News Agency that the decision was "..."" (partial only), quote with "Hattab said", "He
#    added that A but B" (one span); scare so-called "service contract"; embassy "described the extension as
#    "..."" (partial only), "the post said"; Lukoil manager in an apposition after the name, "said A", a
#    quote split by "he said"; MP "said A, and warned that Iraq could be exposed to "..."" (indirect plus
#    partial), quote with "al-Mousawi said"; anonymous "A source in the Basra Oil Company" "said the
#    American side had "..." about ..., but that B" (partial plus indirect); economist "told ... the
#    extension was "..." for Iraq, since ..." (partial only), quote with "he said". Not annotated: "The US
#    Embassy ... did not respond" (negated), the sanctions history, the field's reserves.
ARTICLES[f"{BATCH}/west-qurna-lukoil-extension.gold.json"] = {
    "article": f"{BATCH}/west-qurna-lukoil-extension.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russian Embassy in Baghdad", "strategic", '"strategic"'),
        (I, "Ministry of Oil", "Iraq's Ministry of Oil approved on Sunday a five-year extension of the contract under "
            "which Russia's Lukoil operates the giant West Qurna-2 field in Basra", None),
        (P, "Ministry of Oil", "after a careful technical and legal review", None),
        (I, "Ministry of Oil", "output at the field, now about 480,000 barrels per day, was expected to reach 600,000 "
            "bpd by 2029", None),
        (P, "Karim Hattab", "purely commercial", None),
        (D, "Karim Hattab", "Lukoil has met its obligations at West Qurna-2. The field has never stopped producing, "
            "even in the most difficult years, and that is what matters to Iraq,", None),
        (I, "Karim Hattab", "Western companies had been invited to bid for the field's expansion phase but none had "
            "submitted an offer", None),
        (S, None, "service contract", None),
        (P, "Russian Embassy in Baghdad", "further proof of the strategic nature of Russian-Iraqi relations", None),
        (D, "Russian Embassy in Baghdad", "Russian companies came to Iraq when others were leaving, and they will "
            "stay,", None),
        (I, "Ilnur Gabdrakhmanov", "the company planned to drill 60 new wells over the next three years", None),
        (D, "Ilnur Gabdrakhmanov", "Sanctions are a political question. Our question is barrels,", None),
        (D, "Ilnur Gabdrakhmanov", "We have more than 4,000 Iraqi employees here, and they are not interested in "
            "politics either.", None),
        (I, "Zainab al-Mousawi", "the ministry had rushed the extension through without consulting lawmakers", None),
        (P, "Zainab al-Mousawi", "secondary sanctions that would hit our dollar revenues", None),
        (D, "Zainab al-Mousawi", "We are not against any company, but we cannot put Iraq's oil money at risk for the "
            "sake of one Russian firm,", None),
        (P, "A source in the Basra Oil Company", "raised questions", None),
        (I, "A source in the Basra Oil Company", "no formal objection had been lodged", None),
        (P, "Hazim al-Tamimi", "the least bad option", None),
        (D, "Hazim al-Tamimi", "Iraq needs Russian expertise and Western money at the same time. This is the balance "
            "every government in Baghdad has tried to keep, and it is getting harder,", None),
    ],
    "actors": [
        actor("Russian Embassy in Baghdad", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Baghdad", "Russian Embassy"], stance=1),
        actor("Ministry of Oil", "government", title="oil ministry", affiliation="Iraq",
              aliases=["Ministry of Oil"], stance=1),
        actor("Karim Hattab", "person", title="Deputy Oil Minister for Upstream Affairs", affiliation="Iraq",
              aliases=["Karim Hattab", "Hattab"], stance=1),
        actor("Ilnur Gabdrakhmanov", "person", title="general manager of Lukoil's Iraqi subsidiary",
              affiliation="Lukoil", aliases=["Ilnur Gabdrakhmanov", "Gabdrakhmanov"], stance=1),
        actor("Zainab al-Mousawi", "person", title="member of the parliamentary Oil and Gas Committee",
              affiliation="Iraqi parliament", aliases=["Zainab al-Mousawi", "al-Mousawi"], stance=-1),
        actor("A source in the Basra Oil Company", "person", title="anonymous source",
              affiliation="Basra Oil Company", aliases=["A source in the Basra Oil Company"], stance=None),
        actor("Hazim al-Tamimi", "person", title="economic expert",
              aliases=["Hazim al-Tamimi", "al-Tamimi"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Ctech by Calcalist (Israel) tech/labour (a cyber company's layoffs), headline and standfirst without
#    speech, byline line "Noa Lifshitz | 09:12, 01.12.26", curly quotes and apostrophes, American spelling
#    and punctuation inside closing marks. Lede content before ", the company told employees"; CEO "wrote
#    that the decision was "..." and that Vantor needed to "..."" (two partials), quote with "Ben-Ari
#    wrote"; "The letter added that A" (the CEO's letter: speaker Ben-Ari); "According to two people
#    familiar with the matter, A"; scare "agentic"; anonymous employee "told Ctech that A", then a quote
#    with "the employee said"; company "said in a statement that it "..." and that the company has "..."" (two
#    partials); union federation "said it would ..."; quote "said Ronit Shalom, who heads ..." (inverted, a
#    name that is a common word) and a second quote after it; analyst "said Vantor was "..." Israeli cyber
#    company ..." (partial only), "He said A, and that B" (one span), quote with "Haver said". Not
#    annotated: "Calcalist has learned", "It declined to comment" (negated), the funding figures.
ARTICLES[f"{BATCH}/vantor-cyber-layoffs.gold.json"] = {
    "article": f"{BATCH}/vantor-cyber-layoffs.txt",
    "target": "Vantor",
    "quotes": [
        (I, "Vantor", "Cybersecurity company Vantor will lay off about 220 employees, around 18% of its workforce",
            None),
        (P, "Yoav Ben-Ari", "the hardest I have made since we founded the company", None),
        (P, "Yoav Ben-Ari", "rebuild itself around AI, faster than we planned.", None),
        (D, "Yoav Ben-Ari", "This is not a reflection of the work any of you have done. It is a reflection of where "
            "the market is going, and where we have to be in two years,", None),
        (I, "Yoav Ben-Ari", "departing employees would receive an enhanced severance package, including three "
            "additional months of salary and the acceleration of some stock options", None),
        (I, "two people familiar with the matter", "most of the company\u2019s 2027 budget will go to a single product "
            "line launched in September", None),
        (S, None, "agentic", None),
        (I, "A senior Vantor employee", "the layoffs had come as a shock", None),
        (D, "A senior Vantor employee", "Two weeks ago we had an all-hands meeting where management told us the year "
            "had ended well. Today people found out they were fired from a calendar invite,", None),
        (P, "Vantor", "remains fully committed to its customers", None),
        (P, "Vantor", "more than three years of runway", None),
        (I, "Histadrut labor federation", "it would demand an urgent meeting with management before any dismissal "
            "letters are issued", None),
        (D, "Ronit Shalom", "Layoffs by calendar invite are not how a company that calls itself a family behaves,",
            None),
        (D, "Ronit Shalom", "We will not let them skip the hearing process that the law requires.", None),
        (P, "Dror Haver", "not the first and won\u2019t be the last", None),
        (I, "Dror Haver", "investors were now rewarding platforms rather than single products, and that mid-sized "
            "companies such as Vantor were caught in the middle", None),
        (D, "Dror Haver", "Their technology is good. The question is whether good is enough when Palo Alto gives "
            "something similar away in a bundle,", None),
    ],
    "actors": [
        actor("Vantor", "organisation", title="cybersecurity company", aliases=["Vantor"], stance=1),
        actor("Yoav Ben-Ari", "person", title="co-founder and CEO", affiliation="Vantor",
              aliases=["Yoav Ben-Ari", "Ben-Ari"], stance=1),
        actor("two people familiar with the matter", "group", title="anonymous sources",
              aliases=["two people familiar with the matter"], stance=None),
        actor("A senior Vantor employee", "person", title="anonymous employee", affiliation="Vantor",
              aliases=["A senior Vantor employee"], stance=-1),
        actor("Histadrut labor federation", "organisation", title="labor federation",
              aliases=["Histadrut labor federation", "Histadrut"], stance=-1),
        actor("Ronit Shalom", "person", title="head of the federation's technology division",
              affiliation="Histadrut", aliases=["Ronit Shalom", "Shalom"], stance=-1),
        actor("Dror Haver", "person", title="cyber analyst", affiliation="Leader Capital Markets",
              aliases=["Dror Haver", "Haver"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Wairarapa Times-Age (New Zealand) local government (a mayor's casting vote shelves a town-centre
#    upgrade), headline without speech, byline and date lines, straight " and apostrophes, "per cent",
#    "Queen St". Mayor's quote with "Sadler said after the vote", "She said the council could not justify
#    borrowing for "..." while ..." (partial only); scare "shovel-ready"; deputy mayor Ron Baker "said A",
#    quote with "Baker said" and a quote-only paragraph (continuity); councillor "said she supported ...
#    "..."" (partial only), "She said A", quote with "Hope said" (a name that is a common word); a second
#    Baker (Sue, a shop owner) "said she was relieved", then a quote with "Baker said" (Sue Baker, by
#    context); business group chair "described the decision as "..." for ..." (partial only); "The
#    collective said in a statement it would ..."; chief executive "confirmed A, and said B" (two
#    indirects); "Sadler said A", quote with "she said". Not annotated: the vote count, the rates rise.
ARTICLES[f"{BATCH}/masterton-queen-st-upgrade.gold.json"] = {
    "article": f"{BATCH}/masterton-queen-st-upgrade.txt",
    "target": "Bex Sadler",
    "quotes": [
        (D, "Bex Sadler", "I was elected on a promise to keep rates under control, and I'm not going to walk away "
            "from that promise on the first big test,", None),
        (P, "Bex Sadler", "paving and planter boxes", None),
        (S, None, "shovel-ready", None),
        (I, "Ron Baker", "the decision would cost the town years of momentum", None),
        (D, "Ron Baker", "We've spent three years consulting on this. People came to the drop-in sessions, they "
            "filled in the surveys, and now they're being told it was all for nothing,", None),
        (D, "Ron Baker", "I respect the mayor, but I think she's got this one badly wrong.", None),
        (P, "Marama Hope", "in principle", None),
        (I, "Marama Hope", "the council needed to finish its long-term plan before committing to any big project",
            None),
        (D, "Marama Hope", "This isn't a no forever. It's a not yet,", None),
        (I, "Sue Baker", "she was relieved", None),
        (D, "Sue Baker", "The last thing we needed was two years of road cones outside the door during the busiest "
            "months,", None),
        (P, "Hamish Rangi", "a kick in the guts", None),
        (I, "Masterton Business Collective", "it would ask the council to reconsider the matter at its February "
            "meeting", None),
        (I, "Andrea Whitlock", "about $420,000 had already been spent on design work", None),
        (I, "Andrea Whitlock", "the designs would be kept for future use", None),
        (I, "Bex Sadler", "the money had not been wasted", None),
        (D, "Bex Sadler", "The designs are good designs. When the time's right, they'll be sitting on the shelf ready "
            "to go,", None),
    ],
    "actors": [
        actor("Bex Sadler", "person", title="Mayor", affiliation="Masterton District Council",
              aliases=["Bex Sadler", "Sadler"], stance=1),
        actor("Ron Baker", "person", title="Deputy mayor", affiliation="Masterton District Council",
              aliases=["Ron Baker", "Baker"], stance=-1),
        actor("Marama Hope", "person", title="Councillor", affiliation="Masterton District Council",
              aliases=["Marama Hope", "Hope"], stance=1),
        actor("Sue Baker", "person", title="gift shop owner", aliases=["Sue Baker", "Baker"], stance=1),
        actor("Hamish Rangi", "person", title="chair", affiliation="Masterton Business Collective",
              aliases=["Hamish Rangi", "Rangi"], stance=-1),
        actor("Masterton Business Collective", "organisation", title="business group",
              aliases=["Masterton Business Collective"], stance=-1),
        actor("Andrea Whitlock", "person", title="Council chief executive", affiliation="Masterton District Council",
              aliases=["Andrea Whitlock", "Whitlock"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Nation Thailand health/environment (Bangkok's PM2.5 crisis and school closures), headline without
#    speech, "Published Dec 04, 2026 | 3:15 PM" line, straight " and apostrophes, "per cent", Thai people
#    called by their given names on second reference (Wisanu, Sirilak, Dr Anek). Lede content before
#    "according to the Bangkok Metropolitan Administration (BMA)"; "The BMA said A and had asked B" (one
#    span); deputy governor "said the city had done "..." but that B" (partial plus indirect), quote with
#    "Wisanu said", "He added that A"; "according to Swiss air-quality monitor IQAir"; scare so-called "dust
#    season"; MP "accused the BMA of "..."" (partial); quote with "Sirilak said"; anonymous "A BMA official"
#    "said A"; health director-general "said A", "He advised ..." (directive, not annotated), quote with "Dr
#    Anek said"; parent "said A", quote with "she said". Not annotated: the forecast, the Cabinet agenda.
ARTICLES[f"{BATCH}/bangkok-pm25-school-closures.gold.json"] = {
    "article": f"{BATCH}/bangkok-pm25-school-closures.txt",
    "target": "Bangkok Metropolitan Administration",
    "quotes": [
        (I, "Bangkok Metropolitan Administration", "Fine-dust levels exceeded safe limits in all 50 of Bangkok's "
            "districts on Friday morning, with 41 districts recording PM2.5 concentrations above 75.1 micrograms "
            "per cubic metre", None),
        (I, "Bangkok Metropolitan Administration", "it had ordered 437 schools under its supervision to close on "
            "Monday and Tuesday and had asked its 80,000 employees to work from home where possible", None),
        (P, "Wisanu Thongdee", "everything within its authority", None),
        (I, "Wisanu Thongdee", "most of the dust came from outside the capital", None),
        (D, "Wisanu Thongdee", "About 30 per cent of what we breathe in Bangkok on days like this comes from crop "
            "burning in neighbouring provinces and neighbouring countries. The BMA cannot send inspectors to "
            "Cambodia,", None),
        (I, "Wisanu Thongdee", "1,200 diesel trucks had been turned away at inspection points on the city's outskirts "
            "since November", None),
        (I, "IQAir", "Bangkok ranked as the world's fifth most polluted major city on Friday morning", None),
        (S, None, "dust season", None),
        (P, "Sirilak Pongsiri", "closing schools instead of fixing the problem", None),
        (D, "Sirilak Pongsiri", "Every year it is the same press conference. Close schools, spray water from tall "
            "buildings, blame the farmers. Children in Bangkok are breathing poison and the city still has no plan,",
            None),
        (I, "A BMA official", "the city's request for an emergency budget of 300 million baht had been pending at the "
            "Interior Ministry since October", None),
        (I, "Anek Srisawat", "hospitals in the capital had treated 18,400 patients for pollution-related respiratory "
            "illnesses in the past week, up 40 per cent from the week before", None),
        (D, "Anek Srisawat", "Small children, the elderly and pregnant women should stay indoors as much as possible,",
            None),
        (I, "Nattaya Boonmee", "the closures left families like hers with few options", None),
        (D, "Nattaya Boonmee", "I understand why they close the schools. But who is going to look after him? My office "
            "does not close for PM2.5,", None),
    ],
    "actors": [
        actor("Bangkok Metropolitan Administration", "government", title="city administration", affiliation="Bangkok",
              aliases=["Bangkok Metropolitan Administration", "BMA"], stance=1),
        actor("Wisanu Thongdee", "person", title="Deputy Bangkok Governor",
              affiliation="Bangkok Metropolitan Administration", aliases=["Wisanu Thongdee", "Wisanu", "Thongdee"],
              stance=1),
        actor("IQAir", "organisation", title="Swiss air-quality monitor", aliases=["IQAir"], stance=None),
        actor("Sirilak Pongsiri", "person", title="MP for Bangkok", affiliation="People's Party",
              aliases=["Sirilak Pongsiri", "Sirilak", "Pongsiri"], stance=-1),
        actor("A BMA official", "person", title="anonymous official", affiliation="Bangkok Metropolitan Administration",
              aliases=["A BMA official"], stance=1),
        actor("Anek Srisawat", "person", title="director-general of the Department of Health", affiliation="Thailand",
              aliases=["Anek Srisawat", "Dr Anek", "Anek", "Srisawat"], stance=None),
        actor("Nattaya Boonmee", "person", title="parent", aliases=["Nattaya Boonmee", "Nattaya", "Boonmee"],
              stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
