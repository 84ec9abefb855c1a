"""Build the dev99 gold files (data/eval/dev99/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev99/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev99.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev99"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. 24.kg (Kyrgyzstan news agency, English) migration/diplomacy (Russia deports over 300 Kyrgyz citizens after
#    raids), headline without quote marks (`Bishkek sends note`: an act), `10/12/2026 14:05` and byline lines,
#    straight `"` and apostrophes, American punctuation inside closing marks (`"...exception."`), `Kyrgyzstanis`;
#    lede content before `, the Ministry of Foreign Affairs of Kyrgyzstan reported`; `The ministry said it had sent a
#    note ... requesting information ...` (indirect); quote with `the ministry said in a statement` (organisation);
#    Russian migration directorate `said A and that B` (one span); scare so-called `"registry of controlled
#    persons"`; ombudsman with a title before the name `said A, and that B` (one span); migrant `told 24.kg by phone
#    from Manas airport that A`, then `he said`; embassy `told 24.kg that the checks were "..." and were carried out
#    "..."` (two partials); political scientist `said A and that ... had become "..."` (indirect plus partial), then
#    `he said`; MP `called on the Cabinet of Ministers to raise the issue "..."` (directive; partial); `According to
#    the Ministry of Labor, Social Security and Migration, A` (the next sentence is the writer's).
ARTICLES[f"{BATCH}/russia-deports-kyrgyz-migrants-raids.gold.json"] = {
    "article": f"{BATCH}/russia-deports-kyrgyz-migrants-raids.txt",
    "target": "Russia",
    "quotes": [
        (I, "Ministry of Foreign Affairs of Kyrgyzstan", "At least 312 citizens of Kyrgyzstan have been deported from "
            "Russia over the past week following raids on markets and construction sites in Moscow, Moscow region and "
            "Yekaterinburg", None),
        (I, "Ministry of Foreign Affairs of Kyrgyzstan", "it had sent a note to the Russian Embassy in Bishkek requesting "
            "information on the grounds for the expulsions", None),
        (D, "Ministry of Foreign Affairs of Kyrgyzstan", "We expect the Russian side to ensure strict observance of the "
            "rights and legitimate interests of our citizens,", None),
        (I, "Main Directorate for Migration of the Russian Interior Ministry", "the foreigners had been expelled for "
            "violating migration law and that such checks would continue throughout December", None),
        (S, None, "registry of controlled persons", None),
        (I, "Gulnara Abdyldaeva", "her office had received more than 40 complaints from relatives of those detained, and "
            "that many of them had valid registration and employment contracts and had not been allowed to contact "
            "lawyers", None),
        (I, "Nurlan Asanov", "he had lived in Russia for six years", None),
        (D, "Nurlan Asanov", "They came at six in the morning, put everyone on the floor and took our phones. I showed my "
            "documents, they just laughed. Three days later I was on a plane,", None),
        (P, "Russian Embassy in Kyrgyzstan", "not directed against citizens of Kyrgyzstan", None),
        (P, "Russian Embassy in Kyrgyzstan", "in relation to all foreign citizens without exception.", None),
        (I, "Emil Dzhumabaev", "Moscow had tightened migration policy sharply since the Crocus City Hall attack in March "
            "2024", None),
        (P, "Emil Dzhumabaev", "a convenient target.", None),
        (D, "Emil Dzhumabaev", "Russia needs our workers, its construction sites would stop without them. But it also "
            "needs to show its own society that it is tough on migrants. Our citizens pay the price for this,", None),
        (P, "Ainura Osmonova", "at the highest level", None),
        (I, "Ministry of Labor, Social Security and Migration", "about 350,000 citizens of Kyrgyzstan are currently "
            "working in Russia", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs of Kyrgyzstan", "government", affiliation="Kyrgyzstan",
              aliases=["Ministry of Foreign Affairs of Kyrgyzstan", "the ministry", "The ministry"], stance=-1),
        actor("Main Directorate for Migration of the Russian Interior Ministry", "government", affiliation="Russia",
              aliases=["Main Directorate for Migration of the Russian Interior Ministry"], stance=1),
        actor("Gulnara Abdyldaeva", "person", title="Ombudsman of Kyrgyzstan", affiliation="Kyrgyzstan",
              aliases=["Gulnara Abdyldaeva", "Abdyldaeva"], stance=-1),
        actor("Nurlan Asanov", "person", title="deported migrant worker (29)", affiliation="Yekaterinburg construction site",
              aliases=["Nurlan Asanov", "Asanov"], stance=-1),
        actor("Russian Embassy in Kyrgyzstan", "government", affiliation="Russia",
              aliases=["Russian Embassy in Kyrgyzstan"], stance=1),
        actor("Emil Dzhumabaev", "person", title="political scientist", aliases=["Emil Dzhumabaev", "Dzhumabaev"],
              stance=-1),
        actor("Ainura Osmonova", "person", title="Member of the Jogorku Kenesh", affiliation="Kyrgyzstan",
              aliases=["Ainura Osmonova", "Osmonova"], stance=-1),
        actor("Ministry of Labor, Social Security and Migration", "government", affiliation="Kyrgyzstan",
              aliases=["Ministry of Labor, Social Security and Migration"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Splash247 (maritime news site) crew welfare (the ITF accuses a Dubai owner of abandoning a tanker crew),
#    headline without quote marks (`accuses`), byline and date lines, straight `"` and apostrophes, `$310,000`, `dwt`,
#    `P&I`, `2004-built`; lede `has accused X of abandoning ...` (no quote marks: an act, not annotated); inspector
#    `told Splash the crew, ..., were drinking water ... and had been without ... for "..."` (indirect for the
#    conjunct without marks plus partial), then a quote with `Mansour said`; `He said A and that B` (one span);
#    content before `, according to the ITF`; company `said in an emailed statement to Splash that it had "..." and was
#    facing "..." after ...` (two partials), a quote with `the statement said`; flag registry `said it had been in
#    contact with the owner and would "..." under ...` (indirect plus partial); anonymous engineer `said A`, then
#    `he said in a voice message shared with Splash`; India's DG Shipping `said A, and that B` (one span); scare
#    so-called `"shadow fleet"`; lawyer in a long apposition `said A, but that B` (one span), then `she said`; `did
#    not respond` (negated).
ARTICLES[f"{BATCH}/blue-meridian-crew-abandoned-sharjah.gold.json"] = {
    "article": f"{BATCH}/blue-meridian-crew-abandoned-sharjah.txt",
    "target": "Blue Meridian Shipping",
    "quotes": [
        (I, "Tariq Mansour", "the crew, all Indian and Myanmar nationals, were drinking water from the ship's tanks",
            None),
        (P, "Tariq Mansour", "more than three weeks", None),
        (D, "Tariq Mansour", "This is a textbook abandonment case. The owner has stopped answering the phone, the manning "
            "agent says it has no money, and the seafarers are left to sit on a rusting tanker and wait,", None),
        (I, "Tariq Mansour", "the crew were owed a combined $310,000 in wages and that several of the men had contracts "
            "that expired in the summer", None),
        (I, "International Transport Workers' Federation", "The case has been reported to the joint ILO-IMO abandonment "
            "database", None),
        (P, "Blue Meridian Shipping", "not abandoned anyone", None),
        (P, "Blue Meridian Shipping", "temporary financial difficulties", None),
        (D, "Blue Meridian Shipping", "The company is working with its financiers to pay all outstanding wages before the "
            "end of the year and to repatriate crew members who wish to go home,", None),
        (I, "Palau International Ship Registry", "it had been in contact with the owner", None),
        (P, "Palau International Ship Registry", "take all necessary steps", None),
        (I, "second engineer from Kerala", "the men had stopped believing the company's promises", None),
        (D, "second engineer from Kerala", "Every month they tell us the money is coming next week. My daughter's school "
            "fees are unpaid. We are not asking for anything extra, only what we worked for,", None),
        (I, "Directorate General of Shipping", "it had issued a show-cause notice to the Mumbai-based recruitment agency "
            "that placed the Indian crew, and that it was in touch with the Indian consulate in Dubai", None),
        (S, None, "shadow fleet", None),
        (I, "Rachel Dempsey", "owners of single-ship companies often had few assets to seize, but that the crew had a "
            "strong claim against the vessel itself", None),
        (D, "Rachel Dempsey", "Under UAE law a crew wage claim ranks ahead of the mortgage. If the ship is arrested and "
            "sold, the seafarers get paid first,", None),
    ],
    "actors": [
        actor("Tariq Mansour", "person", title="ITF inspector", affiliation="International Transport Workers' Federation",
              aliases=["Tariq Mansour", "Mansour"], stance=-1),
        actor("International Transport Workers' Federation", "organisation", title="global transport union federation",
              aliases=["International Transport Workers' Federation", "ITF"], stance=-1),
        actor("Blue Meridian Shipping", "organisation", title="Dubai-based shipowner",
              aliases=["Blue Meridian Shipping", "Blue Meridian"], stance=1),
        actor("Palau International Ship Registry", "organisation", title="flag registry",
              aliases=["Palau International Ship Registry"], stance=0),
        actor("second engineer from Kerala", "person", title="crew member (anonymous)", affiliation="Meridian Star",
              aliases=["second engineer from Kerala"], stance=-1),
        actor("Directorate General of Shipping", "government", affiliation="India",
              aliases=["Directorate General of Shipping"], stance=None),
        actor("Rachel Dempsey", "person", title="ship finance lawyer, partner", affiliation="Al Noor & Partners",
              aliases=["Rachel Dempsey", "Dempsey"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cook Islands News (Rarotonga) local politics/infrastructure (the infrastructure minister defends halting the
#    Avarua seawall), headline without quote marks (`defends`), standfirst without quote marks, `By NAME` and date
#    lines, straight `"` and apostrophes, `per cent`, `$8 million`, `Dr` without a full stop; lede `has defended her
#    decision ..., saying A` (participial, indirect); `Marsters told Cook Islands News yesterday that A`; attributed
#    closed quote with `she said`, then a closed quote-only paragraph (continuity); ICI head of projects `said A and
#    that B` (one span), `He said A`; MP `said the minister had known ... and should have acted "..."` (indirect plus
#    partial), then `Akava said`; present-tense group `Business owners on the waterfront say A`; cafe owner `said A,
#    as ...` (one span), then `she said`; chamber president `said A but wanted B` (one span); scientist in an
#    apposition `told Cook Islands News A` (no `that`), then `she said`; `Marsters said she would meet ... to discuss
#    what she called "..."` (partial only); ADB `said in a statement that A and that B` (one span).
ARTICLES[f"{BATCH}/marsters-halts-avarua-seawall.gold.json"] = {
    "article": f"{BATCH}/marsters-halts-avarua-seawall.txt",
    "target": "Vaine Marsters",
    "quotes": [
        (I, "Vaine Marsters", "the original design would not have protected the town centre from the storm surges now "
            "expected during cyclone season", None),
        (I, "Vaine Marsters", "new modelling by engineers from New Zealand showed the wall needed to be at least half a "
            "metre higher along the stretch between the harbour and the Punanga Nui market", None),
        (D, "Vaine Marsters", "I am not going to spend $8 million of public money on a wall that the sea will climb over "
            "in ten years. If that means a delay, I will take the criticism,", None),
        (D, "Vaine Marsters", "We have one chance to get this right for Avarua.", None),
        (I, "Tuaine Nicholas", "a revised design would be ready by March and that construction could resume before the "
            "middle of next year", None),
        (I, "Tuaine Nicholas", "the contractor had agreed to keep its equipment on Rarotonga during the pause", None),
        (I, "Teina Akava", "the minister had known about the modelling since May", None),
        (P, "Teina Akava", "before the first rock went in", None),
        (D, "Teina Akava", "This is poor planning, plain and simple. The minister has had the report for six months, and "
            "now the people of Avarua have to live with a half-built wall and a construction site in the middle of "
            "town,", None),
        (I, "Business owners on the waterfront", "the work has already cost them customers", None),
        (I, "Mere Tangaroa", "her takings had dropped by about a third since the work began, as tourists avoided the dust "
            "and noise", None),
        (D, "Mere Tangaroa", "Nobody is against the wall. We just want it finished,", None),
        (I, "Daniel Brown", "the chamber supported a stronger wall but wanted the Government to consider compensation for "
            "businesses affected by the delay", None),
        (I, "Ana Tutai", "the original design was based on sea level data from the early 2000s", None),
        (D, "Ana Tutai", "The minister's decision is the right one from a safety point of view. A wall built to "
            "yesterday's sea does not protect tomorrow's town,", None),
        (P, "Vaine Marsters", "practical support", None),
        (I, "Asian Development Bank", "it had been informed of the redesign and that the funding remained in place", None),
    ],
    "actors": [
        actor("Vaine Marsters", "person", title="Infrastructure Minister", affiliation="Cook Islands Government",
              aliases=["Vaine Marsters", "Marsters"], stance=1),
        actor("Tuaine Nicholas", "person", title="head of projects", affiliation="Infrastructure Cook Islands (ICI)",
              aliases=["Tuaine Nicholas", "Nicholas"], stance=0),
        actor("Teina Akava", "person", title="MP", affiliation="Democratic Party", aliases=["Teina Akava", "Akava"],
              stance=-1),
        actor("Business owners on the waterfront", "group", aliases=["Business owners on the waterfront"], stance=-1),
        actor("Mere Tangaroa", "person", title="cafe owner", affiliation="Avarua waterfront",
              aliases=["Mere Tangaroa", "Tangaroa"], stance=-1),
        actor("Daniel Brown", "person", title="president", affiliation="Chamber of Commerce",
              aliases=["Daniel Brown", "Brown"], stance=0),
        actor("Ana Tutai", "person", title="climate scientist", aliases=["Ana Tutai", "Tutai"], stance=1),
        actor("Asian Development Bank", "organisation", aliases=["Asian Development Bank"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Malta Independent planning/environment (the Planning Authority approves a 24-storey hotel tower in Sliema),
#    headline without speech, byline, `Thursday, 10 December 2026, 17:42` and `Last update: about 2 hours ago` lines,
#    straight `"` and apostrophes, Maltese letters (`Ħaber`, `Ħelwa`, `Tigné`), `€1.2 million`; lede without a cue;
#    `In a statement issued after the hearing, the Planning Authority said A and that B` (one span); board chairman
#    `said during the hearing that the board could only assess ..., "..."` (partial only), then `he said`; director
#    `said the project would create ... and "..." a stretch ...` (indirect plus partial); councillor in an apposition
#    `said residents ... were "..." of towers ...` (partial only), then `Camilleri told The Malta Independent after the
#    vote`; NGO `said it would appeal ...`; quote with `the NGO's spokesperson, Michela Borg, said` (spokesperson
#    named after the quote); `Din l-Art Ħelwa described the decision as "..." of ...` (partial); `According to the
#    Environment and Resources Authority (ERA), the tower would have a "..." visual impact ..., although ...` (partial
#    only); shared surname with the byline: PN spokesperson `said A, which she described as "..."` (indirect plus
#    partial); scare so-called `"Tigné cluster"`.
ARTICLES[f"{BATCH}/planning-authority-approves-sliema-tower.gold.json"] = {
    "article": f"{BATCH}/planning-authority-approves-sliema-tower.txt",
    "target": "Planning Authority",
    "quotes": [
        (I, "Planning Authority", "the project was in line with the Floor Area Ratio policy and that the developer had "
            "been asked to pay €1.2 million into a fund for urban improvements in Sliema", None),
        (P, "Mark Vella Ħaber", "not against how people feel about tall buildings", None),
        (D, "Mark Vella Ħaber", "The policy allows buildings of this height in this area. If Parliament wants to change "
            "the policy, it can, but this board cannot invent a new one in the middle of a hearing,", None),
        (I, "Joseph Farrugia", "the project would create more than 200 jobs", None),
        (P, "Joseph Farrugia", "give back to Sliema", None),
        (P, "Roberta Camilleri", "living in the shadow", None),
        (D, "Roberta Camilleri", "Nobody in this room lives next to this project. The people who do were not listened to "
            "today,", None),
        (I, "Moviment Graffitti", "it would appeal the decision before the Environment and Planning Review Tribunal",
            None),
        (D, "Michela Borg", "The PA has once again shown that it works for developers. Three thousand objections, and it "
            "took the board less than two hours to ignore them,", None),
        (P, "Din l-Art Ħelwa", "another nail in the coffin", None),
        (P, "Environment and Resources Authority", "significant", None),
        (I, "Alessia Grech Zammit", "a Nationalist government would review the Floor Area Ratio policy", None),
        (P, "Alessia Grech Zammit", "a licence to build towers wherever there is money to be made", None),
        (S, None, "Tigné cluster", None),
    ],
    "actors": [
        actor("Planning Authority", "government", affiliation="Malta", aliases=["Planning Authority", "PA"], stance=1),
        actor("Mark Vella Ħaber", "person", title="Planning Board chairman", affiliation="Planning Authority",
              aliases=["Mark Vella Ħaber", "Vella Ħaber"], stance=1),
        actor("Joseph Farrugia", "person", title="director", affiliation="Seafront Heights Ltd",
              aliases=["Joseph Farrugia", "Farrugia"], stance=1),
        actor("Roberta Camilleri", "person", title="Sliema councillor", affiliation="Sliema local council",
              aliases=["Roberta Camilleri", "Camilleri"], stance=-1),
        actor("Moviment Graffitti", "organisation", title="NGO", aliases=["Moviment Graffitti"], stance=-1),
        actor("Michela Borg", "person", title="spokesperson", affiliation="Moviment Graffitti",
              aliases=["Michela Borg", "Borg"], stance=-1),
        actor("Din l-Art Ħelwa", "organisation", title="heritage NGO", aliases=["Din l-Art Ħelwa"], stance=-1),
        actor("Environment and Resources Authority", "government", affiliation="Malta",
              aliases=["Environment and Resources Authority", "ERA"], stance=0),
        actor("Alessia Grech Zammit", "person", title="PN spokesperson for planning",
              affiliation="Partit Nazzjonalista (Opposition)", aliases=["Alessia Grech Zammit", "Grech Zammit"],
              stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
