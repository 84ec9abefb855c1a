"""Build the dev83 gold files (data/eval/dev83/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev83/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev83.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev83"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. NHK World-Japan (Russian border guards detain a Japanese fishing boat), headline without speech, date line
#    only, straight `"` and apostrophes, present tense `says`/`say`, Japanese names family name first (`Morimoto
#    Kenji`, short `Morimoto`), `Morimoto said, "..."` and `Hayashi said, "..."` (cue before the quote). Lede
#    `Japan's government says A and is demanding ...` (the demand not annotated); `The Fisheries Agency says A`,
#    `The agency says A`; scare so-called "safe operation" framework (writer's sentence); FSB directorate `said in a
#    statement carried by the Interfax news agency that the boat had been catching octopus "..." and that B`
#    (partial plus indirect), `It said A`; chief cabinet secretary `told reporters that A`, `He added that A`;
#    embassy spokesperson `told NHK that the case was "..." and that B`; cooperative head in an apposition, `says
#    A`, `He said A`; `Local fishers say A`; the wife `spoke to NHK on condition ...` (no speech), then `She said,
#    "..."` (her quote reports her husband); mayor `says A`; `Experts say A`; professor `says A, but that B`.
ARTICLES[f"{BATCH}/russia-fsb-detains-nemuro-fishing-boat.gold.json"] = {
    "article": f"{BATCH}/russia-fsb-detains-nemuro-fishing-boat.txt",
    "target": "Russia",
    "quotes": [
        (I, "Japan's government", "the boat was operating legally", None),
        (I, "Fisheries Agency", "the Daikichi Maru No. 8, based in the city of Nemuro, was stopped by a Russian patrol "
            "vessel early on Wednesday morning while fishing for octopus near Kaigara Island, part of the Russian-held "
            "islands that Japan calls its Northern Territories", None),
        (I, "Fisheries Agency", "the boat held a valid permit under a 1998 agreement on fishing near the islands", None),
        (S, None, "safe operation", None),
        (P, "Sakhalin border directorate of Russia's Federal Security Service", "in excess of the permitted volume",
            None),
        (I, "Sakhalin border directorate of Russia's Federal Security Service", "it had failed to report part of its "
            "catch", None),
        (I, "Sakhalin border directorate of Russia's Federal Security Service", "the vessel had been escorted to the "
            "port of Yuzhno-Kurilsk on Kunashiri Island for an investigation", None),
        (I, "Morimoto Kenji", "the government had lodged a strong protest with Russia through diplomatic channels",
            None),
        (D, "Morimoto Kenji", "The detention is unacceptable in light of Japan's position on the Northern Territories. "
            "We will do everything possible to secure the early release of the crew and the vessel.", None),
        (I, "Morimoto Kenji", "all seven crew members were reported to be in good health", None),
        (P, "spokesperson for the Russian Embassy in Tokyo", "a matter for the competent authorities", None),
        (I, "spokesperson for the Russian Embassy in Tokyo", "Russia expected foreign vessels to respect its laws in its "
            "territorial waters", None),
        (I, "Hayashi Tsutomu", "the boat's owner is an experienced skipper who has fished in the area for 30 years",
            None),
        (D, "Hayashi Tsutomu", "He knows the rules better than anyone. I cannot believe he would take more than "
            "allowed.", None),
        (I, "Hayashi Tsutomu", "other boats in the cooperative had stayed in port on Thursday because their crews were "
            "afraid of being stopped", None),
        (I, "Local fishers", "Russian inspections in the area have become stricter since 2022", None),
        (D, "wife of one of the crew members", "My husband called me the night before and said the sea was calm. That "
            "was the last I heard. I just want him to come home.", None),
        (I, "Ishida Noriko", "the city will set up a support desk for the crew's families", None),
        (I, "Experts", "the case could become a bargaining chip", None),
        (I, "Ueda Kaori", "Moscow has used detentions to send signals before, but that a quick release remains possible "
            "if the catch dispute is settled with a fine", None),
    ],
    "actors": [
        actor("Japan's government", "government", affiliation="Japan", aliases=["Japan's government"], stance=-1),
        actor("Fisheries Agency", "government", affiliation="Japan", aliases=["Fisheries Agency", "The agency"],
              stance=-1),
        actor("Sakhalin border directorate of Russia's Federal Security Service", "government", affiliation="Russia",
              aliases=["Sakhalin border directorate of Russia's Federal Security Service", "FSB"], stance=1),
        actor("Morimoto Kenji", "person", title="Chief Cabinet Secretary", affiliation="Japan",
              aliases=["Morimoto Kenji", "Morimoto"], stance=-1),
        actor("spokesperson for the Russian Embassy in Tokyo", "person", affiliation="Russia", stance=1),
        actor("Hayashi Tsutomu", "person", title="head of the Nemuro fishing cooperative",
              affiliation="Nemuro fishing cooperative", aliases=["Hayashi Tsutomu", "Hayashi"], stance=-1),
        actor("Local fishers", "group", affiliation="Nemuro", stance=-1),
        actor("wife of one of the crew members", "person", affiliation="crew of the Daikichi Maru No. 8", stance=None),
        actor("Ishida Noriko", "person", title="Nemuro Mayor", affiliation="Nemuro",
              aliases=["Ishida Noriko", "Ishida"], stance=None),
        actor("Experts", "group", stance=0),
        actor("Ueda Kaori", "person", title="professor", affiliation="Hokkaido University",
              aliases=["Ueda Kaori", "Ueda"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Copenhagen Post crime/local (police extend a stop-and-search zone in Nørrebro), headline without speech,
#    standfirst `Police say the zone is working. ...` (no quote marks, not annotated), byline and date lines,
#    straight `"` and apostrophes, Danish letters, British spelling; `have extended` (act); scare Danish term
#    `known in Danish as a "visitationszone"`; chief inspector `said A and had B`, quote with `he told reporters at
#    Station City`, `Thygesen said the police were aware that the searches were "..." and that officers had B`
#    (partial plus indirect); `Not everyone feels that is happening.`; baker `said A`, quote split by `he said`
#    (his quote reports what police say); institute `said in a statement that ... risked turning ... into "..."
#    ..., and called on the police to ...` (partial; directive); `The police said A`; deputy mayor with party in
#    brackets `wrote on LinkedIn that the shootings had to stop "...", but that the city would also need to "..."`
#    (two partials); criminologist `said A`, `Kragh said`; `According to DR, A`; `Thygesen denied that A`; Q&A
#    `Asked whether ..., he said: "..."`.
ARTICLES[f"{BATCH}/copenhagen-police-norrebro-stop-search-zone.gold.json"] = {
    "article": f"{BATCH}/copenhagen-police-norrebro-stop-search-zone.txt",
    "target": "Copenhagen Police",
    "quotes": [
        (S, None, "visitationszone", None),
        (I, "Lars Thygesen", "officers had carried out more than 1,400 searches since the zone was introduced and had "
            "seized 11 firearms and 26 knives", None),
        (D, "Lars Thygesen", "Those are 11 guns that are no longer on the street. I think most people in Nørrebro can "
            "see the value in that,", None),
        (P, "Lars Thygesen", "a burden for the many law-abiding people who live in the area", None),
        (I, "Lars Thygesen", "officers had been instructed to explain the reason for each stop", None),
        (I, "Ahmad Salah", "he had been searched four times in three weeks on his way home from work", None),
        (D, "Ahmad Salah", "I am 52 years old. I have lived here since I was nine. Every time they search me, my "
            "customers see it from the window,", None),
        (D, "Ahmad Salah", "They say it is not about how you look. Then why is it never the Danish guys with the "
            "bicycles?", None),
        (P, "Danish Institute for Human Rights", "a permanent state of exception", None),
        (I, "Copenhagen Police", "they did not register ethnicity", None),
        (P, "Kasper Holm", "whatever it takes", None),
        (P, "Kasper Holm", "win back trust", None),
        (I, "Maja Kragh", "international research gave little support to the idea that stop-and-search alone reduced "
            "gun crime in the long term", None),
        (D, "Maja Kragh", "It can move the problem or calm things down for a few weeks. The gangs know exactly where "
            "the zone ends,", None),
        (I, "DR", "at least two of the four shootings in Copenhagen since November took place just outside the zone's "
            "boundaries", None),
        (I, "Lars Thygesen", "the zone had simply pushed violence elsewhere", None),
        (D, "Lars Thygesen", "We will look at the situation day by day. I will not promise anything.", None),
    ],
    "actors": [
        actor("Lars Thygesen", "person", title="Chief police inspector", affiliation="Copenhagen Police",
              aliases=["Lars Thygesen", "Thygesen"], stance=1),
        actor("Ahmad Salah", "person", title="bakery owner", affiliation="Nørrebrogade",
              aliases=["Ahmad Salah", "Salah"], stance=-1),
        actor("Danish Institute for Human Rights", "organisation", aliases=["Danish Institute for Human Rights"],
              stance=-1),
        actor("Copenhagen Police", "government", affiliation="Denmark", aliases=["Copenhagen Police", "The police"],
              stance=0),
        actor("Kasper Holm", "person", title="Deputy mayor for employment and integration",
              affiliation="Copenhagen Municipality (SF)", aliases=["Kasper Holm", "Holm"], stance=0),
        actor("Maja Kragh", "person", title="criminologist", affiliation="University of Copenhagen",
              aliases=["Maja Kragh", "Kragh"], stance=-1),
        actor("DR", "organisation", title="Danish public broadcaster", aliases=["DR"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Rudaw (Kurdistan Region) water/diplomacy (Iraq demands more Tigris water as Turkey cuts dam releases), headline
#    without speech, `Rudaw` and `03-12-2026` lines, `ERBIL, Kurdistan Region -` dateline running into the lede,
#    straight `"` and apostrophes; `called on Turkey to double ...` (directive), `saying that A had fallen to "..."
#    in ...` (partial only); `The ministry said A, ..., and that B`; spokesperson named after the quote (`ministry
#    spokesperson Khalid Shamal told Rudaw English`); DSI `said in a statement that the country was releasing "..."
#    given that ..., and that B` (partial plus indirect); ambassador `told reporters in Baghdad that Ankara had
#    "..."` (partial only), `Aydın said`, `He said A`; KRG minister with a long title `said A`, `did not comment`
#    (negated); `Farmers on the Nineveh plains say A`; farmer named after the first stretch (`said Salim Hamo, a
#    farmer from ...`); expert `said A, and that B`, quote split by `Qadir told Rudaw English`; content before `,
#    according to Iraq's foreign ministry`.
ARTICLES[f"{BATCH}/turkey-ilisu-tigris-water-releases.gold.json"] = {
    "article": f"{BATCH}/turkey-ilisu-tigris-water-releases.txt",
    "target": "Turkey",
    "quotes": [
        (P, "Iraq's Ministry of Water Resources", "the lowest level ever recorded", None),
        (I, "Iraq's Ministry of Water Resources", "the river was entering Iraq at an average of 136 cubic meters per "
            "second, less than half of what the country needs to irrigate its winter wheat crop, and that reserves in "
            "Mosul Dam had dropped to about 18 percent of capacity", None),
        (D, "Khalid Shamal", "We understand that Turkey is also facing drought. But the river is shared, and so must be "
            "the burden,", None),
        (P, "State Hydraulic Works", "the maximum amount possible", None),
        (I, "State Hydraulic Works", "Turkish farmers were also facing restrictions", None),
        (P, "Kemal Aydın", "never used water as a weapon and never will.", None),
        (D, "Kemal Aydın", "Turkey gives water to its neighbours even in the driest years. At the same time, water that "
            "is wasted through old canals and open irrigation cannot be the responsibility of Turkey,", None),
        (I, "Kemal Aydın", "Turkey was ready to help Iraq modernize its irrigation system under a framework agreement "
            "signed by the two countries in 2024", None),
        (I, "Dilshad Mergasori", "yields in Duhok province were expected to fall by a third this year", None),
        (I, "Farmers on the Nineveh plains", "they have already given up on part of this season's crop", None),
        (D, "Salim Hamo", "I planted 200 dunams of wheat. Half of it I will plough back into the soil,", None),
        (D, "Salim Hamo", "Turkey has the tap. What can we do? We can pray for rain.", None),
        (I, "Azad Qadir", "Iraq lost as much as half of its irrigation water through evaporation and leaking channels, "
            "and that Baghdad's demands would be stronger if it fixed its own system first", None),
        (D, "Azad Qadir", "Both sides are partly right, and that is the problem,", None),
        (D, "Azad Qadir", "Turkey built the dams, so Turkey decides. But Iraq has had twenty years to stop wasting water "
            "and has done very little.", None),
        (I, "Iraq's foreign ministry", "The two countries are due to hold a new round of water talks in Ankara later "
            "this month", None),
    ],
    "actors": [
        actor("Iraq's Ministry of Water Resources", "government", affiliation="Iraq",
              aliases=["Iraq's Ministry of Water Resources", "The ministry"], stance=-1),
        actor("Khalid Shamal", "person", title="ministry spokesperson", affiliation="Iraq's Ministry of Water Resources",
              aliases=["Khalid Shamal", "Shamal"], stance=-1),
        actor("State Hydraulic Works", "government", affiliation="Turkey", aliases=["State Hydraulic Works", "DSI"],
              stance=1),
        actor("Kemal Aydın", "person", title="Turkish Ambassador to Iraq", affiliation="Turkey",
              aliases=["Kemal Aydın", "Aydın"], stance=1),
        actor("Dilshad Mergasori", "person", title="Kurdistan Region Minister of Agriculture and Water Resources",
              affiliation="Kurdistan Regional Government", aliases=["Dilshad Mergasori", "Mergasori"], stance=None),
        actor("Farmers on the Nineveh plains", "group", affiliation="Nineveh", stance=None),
        actor("Salim Hamo", "person", title="farmer", affiliation="Bashiqa", aliases=["Salim Hamo", "Hamo"], stance=-1),
        actor("Azad Qadir", "person", title="water expert", affiliation="University of Duhok",
              aliases=["Azad Qadir", "Qadir"], stance=0),
        actor("Iraq's foreign ministry", "government", affiliation="Iraq", aliases=["Iraq's foreign ministry"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Malay Mail sport (the badminton association drops a national shuttler), headline with a curly single fragment
#    `over ‘repeated breaches’` and an unquoted `shuttler says he will go independent` (not annotated), `KUALA
#    LUMPUR, Dec 3 —` dateline, curly quotes and apostrophes; Malay names by given name (`Muhammad Haziq Kamal`,
#    short `Haziq`; his father `Kamal Ibrahim`, short `Kamal`: `Kamal said` is the father); lede `citing "..."`
#    (partial); `In a statement today, BAM said A and had B`; `The association said the decision was taken ... after
#    Haziq had been given "..." to explain himself` (partial only); coach `said A`, quote with `he told reporters
#    ...` and a quote-only paragraph; player `hit back on Instagram ..., saying A`, `he wrote`, a quote-only
#    paragraph, `He said A and would B`; father in an apposition `told Malay Mail that A`, `Kamal said`; scare
#    so-called "pro route"; commentator `said A but had "..."` (indirect plus partial), quote split by `he said`;
#    ministry `said A`; `BAM said A`.
ARTICLES[f"{BATCH}/bam-drops-haziq-kamal-national-squad.gold.json"] = {
    "article": f"{BATCH}/bam-drops-haziq-kamal-national-squad.txt",
    "target": "Muhammad Haziq Kamal",
    "quotes": [
        (P, "Badminton Association of Malaysia", "repeated breaches", "over \u2018"),
        (P, "Badminton Association of Malaysia", "repeated breaches", "citing \u201c"),
        (I, "Badminton Association of Malaysia", "the 23-year-old had missed training sessions without permission on "
            "several occasions since August and had failed to attend a disciplinary hearing on November 26", None),
        (P, "Badminton Association of Malaysia", "every opportunity", None),
        (I, "Teo Kok Meng", "the decision was not taken lightly", None),
        (D, "Teo Kok Meng", "Haziq is one of the most talented players we have. Nobody is happy today,", None),
        (D, "Teo Kok Meng", "But talent does not give you a different set of rules. Forty other players follow the same "
            "rules every day.", None),
        (I, "Muhammad Haziq Kamal", "he had missed the sessions to look after his mother, who underwent heart surgery in "
            "September", None),
        (D, "Muhammad Haziq Kamal", "I informed my coaches every time. Maybe not on the correct form, but I informed "
            "them,", None),
        (D, "Muhammad Haziq Kamal", "I have given eight years to BAM. I am sad it ends like this, but I am not finished "
            "with badminton.", None),
        (I, "Muhammad Haziq Kamal", "he would now compete as an independent player and would seek sponsors to fund his "
            "travel to tournaments next season", None),
        (I, "Kamal Ibrahim", "the family had not been informed of the hearing in writing", None),
        (D, "Kamal Ibrahim", "We only found out from the newspapers. If they had called us, we would have explained "
            "everything,", None),
        (S, None, "pro route", None),
        (I, "Faizal Noor", "BAM was right to enforce discipline", None),
        (P, "Faizal Noor", "handled the communication badly.", None),
        (D, "Faizal Noor", "You cannot let one player skip training, otherwise the whole system falls apart,", None),
        (D, "Faizal Noor", "But a 23-year-old boy whose mother is in hospital needs someone to sit with him, not a "
            "letter.", None),
        (I, "Youth and Sports Ministry", "it would not interfere in the association’s internal disciplinary matters",
            None),
        (I, "Badminton Association of Malaysia", "Haziq remained eligible to represent Malaysia at the Asian Games if he "
            "met the selection criteria as an independent player", None),
    ],
    "actors": [
        actor("Badminton Association of Malaysia", "organisation",
              aliases=["Badminton Association of Malaysia", "BAM", "The association"], stance=-1),
        actor("Teo Kok Meng", "person", title="chief coach", affiliation="Badminton Association of Malaysia",
              aliases=["Teo Kok Meng", "Teo"], stance=-1),
        actor("Muhammad Haziq Kamal", "person", title="national men's singles player",
              aliases=["Muhammad Haziq Kamal", "Haziq"], stance=1),
        actor("Kamal Ibrahim", "person", title="retired teacher, the player's father", affiliation="Alor Setar",
              aliases=["Kamal Ibrahim", "Kamal"], stance=1),
        actor("Faizal Noor", "person", title="former national singles player, television commentator",
              aliases=["Faizal Noor", "Faizal"], stance=0),
        actor("Youth and Sports Ministry", "government", affiliation="Malaysia",
              aliases=["Youth and Sports Ministry"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
