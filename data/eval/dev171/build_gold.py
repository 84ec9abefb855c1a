"""Build the dev171 gold files (data/eval/dev171/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev171/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev171.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev171"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Romania Journal diplomacy (drone fragments found in Tulcea county), headline without speech, "by
#    Romania Journal" line, straight " and apostrophes, Romanian names without diacritics, acronyms MAE and
#    MApN; quote before "reads an MAE press release"; "According to the Ministry of National Defence
#    (MApN), A"; "MApN said A, but that B" (one span); minister "told a press conference ... that A", quote
#    with "Patrascu said", "He added that A"; embassy "rejected the accusations" (act), "said Romania had
#    presented "..." that ..." (partial only), "the embassy wrote"; group "residents said A"; fisherman
#    named after his quote ("Ion Stan, a 71-year-old fisherman, told Romania Journal"); mayor "said A",
#    "he said"; NATO spokesperson "said A and expressed solidarity ... (act), calling the incident "...""
#    (indirect plus partial); senator "argued that the government was "..." ... and said Romania should
#    avoid "..."" (two partials); analyst "said A", "Dumitru said"; content before "according to MApN data".
ARTICLES[f"{BATCH}/tulcea-drone-fragments-russia.gold.json"] = {
    "article": f"{BATCH}/tulcea-drone-fragments-russia.txt",
    "target": "Russia",
    "quotes": [
        (D, "Ministry of Foreign Affairs", "The Romanian side firmly condemned the new violation of national airspace and "
            "demanded that the Russian Federation immediately cease attacks on civilian infrastructure in the immediate "
            "vicinity of Romania's border,", None),
        (I, "Ministry of National Defence", "the fragments appear to come from a Geran-2 drone, the Russian version of the "
            "Iranian Shahed", None),
        (I, "Ministry of National Defence", "two F-16 aircraft had been scrambled from the Fetesti air base during the "
            "night attack, but that the drone had entered Romanian airspace for less than three minutes and could not be "
            "engaged safely", None),
        (I, "Radu Patrascu", "there were no victims and no damage to buildings", None),
        (D, "Radu Patrascu", "We are talking about a deliberate pattern, not an accident. Every time Russia strikes "
            "Izmail, the risk for our citizens on the other bank grows,", None),
        (I, "Radu Patrascu", "the ministry would install additional anti-drone systems in the area by the end of January",
            None),
        (P, "Russian Embassy in Bucharest", "no evidence whatsoever", None),
        (D, "Russian Embassy in Bucharest", "Romanian officials are once again using every incident to fuel anti-Russian "
            "hysteria and to justify the militarisation of the Black Sea region,", None),
        (I, "residents", "they had heard explosions from the Ukrainian side until almost 3am", None),
        (D, "Ion Stan", "We no longer sleep at night. The windows shake, the dogs bark, and then the army comes in the "
            "morning and tells us not to touch anything,", None),
        (I, "Vasile Munteanu", "the authorities had promised a shelter for the village more than two years ago", None),
        (D, "Vasile Munteanu", "We are still waiting. People here feel forgotten,", None),
        (I, "Allison Hart", "the Alliance was in close contact with the Romanian authorities", None),
        (P, "Allison Hart", "reckless and dangerous", None),
        (P, "Mihai Ciobanu", "exaggerating", None),
        (P, "Mihai Ciobanu", "being dragged into a war that is not ours.", None),
        (I, "Claudiu Dumitru", "Moscow was testing the reaction of NATO's eastern flank", None),
        (D, "Claudiu Dumitru", "The Russians know exactly where the border is. A drone that crosses the Danube for three "
            "minutes is a message, and the message is that they can do it,", None),
        (I, "Ministry of National Defence", "It is the eleventh time since the start of the war in Ukraine that drone "
            "fragments have been found on Romanian territory", None),
    ],
    "actors": [
        actor("Ministry of Foreign Affairs", "government", title="foreign ministry", affiliation="Romania",
              aliases=["Ministry of Foreign Affairs", "MAE"], stance=-1),
        actor("Ministry of National Defence", "government", title="defence ministry", affiliation="Romania",
              aliases=["Ministry of National Defence", "MApN"], stance=-1),
        actor("Radu Patrascu", "person", title="Defence Minister", affiliation="Romania",
              aliases=["Radu Patrascu", "Patrascu"], stance=-1),
        actor("Russian Embassy in Bucharest", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Bucharest", "the embassy"], stance=1),
        actor("residents", "group", title="residents of Plauru", affiliation="Plauru", aliases=["residents"], stance=None),
        actor("Ion Stan", "person", title="fisherman, 71", affiliation="Plauru", aliases=["Ion Stan", "Stan"], stance=None),
        actor("Vasile Munteanu", "person", title="mayor of Ceatalchioi", affiliation="Ceatalchioi",
              aliases=["Vasile Munteanu", "Munteanu"], stance=None),
        actor("Allison Hart", "person", title="NATO spokesperson", affiliation="NATO",
              aliases=["Allison Hart", "Hart"], stance=-1),
        actor("Mihai Ciobanu", "person", title="senator", affiliation="AUR",
              aliases=["Mihai Ciobanu", "Ciobanu"], stance=1),
        actor("Claudiu Dumitru", "person", title="security analyst, former Romanian Navy officer", affiliation=None,
              aliases=["Claudiu Dumitru", "Dumitru"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ABS-CBN News sport (a Filipino boxer loses his world title on a split decision in Osaka), headline
#    without speech, "ABS-CBN News" / "Posted at Dec 06 2026 08:35 PM" lines, "MANILA --" dateline,
#    straight " and apostrophes; lede content before "his promoter said" (the promoter named later);
#    scare nickname "Kidlat"; promoter named after his quote ("said promoter Carlo Villanueva of
#    ..., who spoke to ABS-CBN News by phone"), "Villanueva said A"; boxer's quote split by "Ancheta told
#    reporters in Filipino"; trainer "said A, which he described as "..."" (indirect plus partial),
#    "Sarmiento said"; opponent "said he had fought "..." and offered ... a rematch" (partial; the offer
#    is an act), "the 30-year-old said through an interpreter"; WBO "said in a short statement that A and
#    that ... "..."" (indirect plus partial); GAB chairman "said A", "Manalo said"; analyst "said A",
#    "Dela Cruz said on the ... podcast"; "According to CompuBox statistics, A"; "READ:" line.
ARTICLES[f"{BATCH}/ancheta-title-loss-scorecards.gold.json"] = {
    "article": f"{BATCH}/ancheta-title-loss-scorecards.txt",
    "target": "Jerwin Ancheta",
    "quotes": [
        (I, "Carlo Villanueva", "The camp of Filipino boxer Jerwin Ancheta will file a formal protest with the World "
            "Boxing Organization (WBO) over the split decision that cost him his super flyweight title in Osaka on "
            "Saturday night", None),
        (S, None, "Kidlat", "known to fans as"),
        (D, "Carlo Villanueva", "We respect Japan and we respect Nakamura, but the scorecards were a disgrace. Everybody "
            "in that arena saw who won,", None),
        (I, "Carlo Villanueva", "the protest would ask the WBO to order an immediate rematch and to review the "
            "performance of the judge who scored the bout 116-112", None),
        (D, "Jerwin Ancheta", "I gave everything tonight. I'm not the one who decides, but I know what I felt in there,",
            None),
        (D, "Jerwin Ancheta", "To everyone back home, I'm sorry. I will come back stronger.", None),
        (I, "Edito Sarmiento", "his fighter had suffered a cut over the right eye in the sixth round from an accidental "
            "clash of heads", None),
        (P, "Edito Sarmiento", "the turning point", None),
        (D, "Edito Sarmiento", "After the cut he was fighting with one eye, and he still won at least seven rounds,", None),
        (P, "Ryota Nakamura", "the hardest fight of my career", None),
        (D, "Ryota Nakamura", "Ancheta is a true champion. If he wants a second fight, I am ready, in Japan or in the "
            "Philippines,", None),
        (I, "World Boxing Organization", "it had not yet received a protest", None),
        (P, "World Boxing Organization", "in accordance with the championship rules.", None),
        (I, "Rodolfo Manalo", "the agency would support Ancheta's appeal and would write to the WBO on Monday", None),
        (D, "Rodolfo Manalo", "Kidlat has nothing to be ashamed of. He fought like a champion, and the Filipino people "
            "are proud of him,", None),
        (I, "Ronnie Dela Cruz", "the Filipino had started too slowly and let Nakamura take the early rounds", None),
        (D, "Ronnie Dela Cruz", "It was close, and close fights away from home go to the home fighter. Kidlat knows "
            "that. He needed to be more busy in the first half,", None),
        (I, "CompuBox", "Ancheta landed 168 punches to Nakamura's 151, including 102 power punches", None),
    ],
    "actors": [
        actor("Carlo Villanueva", "person", title="promoter", affiliation="Bicol Blaze Promotions",
              aliases=["Carlo Villanueva", "Villanueva"], stance=1),
        actor("Jerwin Ancheta", "person", title="boxer, former WBO super flyweight champion", affiliation="Philippines",
              aliases=["Jerwin Ancheta", "Ancheta", "Kidlat", "the Filipino"], stance=1),
        actor("Edito Sarmiento", "person", title="trainer", affiliation=None,
              aliases=["Edito Sarmiento", "Sarmiento"], stance=1),
        actor("Ryota Nakamura", "person", title="boxer, WBO super flyweight champion", affiliation="Japan",
              aliases=["Ryota Nakamura", "Nakamura", "the 30-year-old"], stance=1),
        actor("World Boxing Organization", "organisation", title="boxing sanctioning body",
              aliases=["World Boxing Organization", "WBO"], stance=None),
        actor("Rodolfo Manalo", "person", title="chairman, Games and Amusements Board",
              affiliation="Games and Amusements Board", aliases=["Rodolfo Manalo", "Manalo"], stance=1),
        actor("Ronnie Dela Cruz", "person", title="boxing analyst, former national team coach", affiliation=None,
              aliases=["Ronnie Dela Cruz", "Dela Cruz"], stance=-1),
        actor("CompuBox", "organisation", title="punch statistics service", aliases=["CompuBox"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Macau Business labour (a satellite casino operator lays off 430), headline without speech, standfirst
#    with "says"/"want" but no quote marks (not annotated), "Macau Business | December 3, 2026" line,
#    straight " and apostrophes, "percent"; lede content before "the company told the Labour Affairs Bureau
#    (DSAL)"; statement "said it had offered ... "..." and had arranged ..." (partial plus indirect for the
#    coordinated clause), "the statement read"; DSAL "said it had A and asked B" (one span), "The bureau
#    added that it would "..."" (partial only); lawmaker with a Cantonese name "said A", "Leong told Macau
#    Business", "She said A"; dealer identified only by her surname ("Chan") "said A", quote split into two
#    by "she said"; CEO with a Portuguese compound surname "said in an interview with TDM Radio that the
#    company had "..."" (partial only), "he said", "Sequeira da Costa said A, and that B" (one span);
#    analysts "wrote in a note ... that the closures would have a "..." effect ..." (partial only); DICJ
#    "did not reply" (not annotated); scare so-called "satellite" casinos; "According to DSAL figures, A".
ARTICLES[f"{BATCH}/macau-satellite-casino-layoffs.gold.json"] = {
    "article": f"{BATCH}/macau-satellite-casino-layoffs.txt",
    "target": "Imperial Harbour Entertainment",
    "quotes": [
        (I, "Imperial Harbour Entertainment", "Imperial Harbour Entertainment Ltd will dismiss 430 employees when its two "
            "remaining satellite casinos on the Macau peninsula close at the end of the year", None),
        (P, "Imperial Harbour Entertainment", "above the legal minimum", None),
        (I, "Imperial Harbour Entertainment", "had arranged job interviews with three concessionaires for dealers and cage "
            "staff", None),
        (D, "Imperial Harbour Entertainment", "This is a painful decision, and it is not one we take lightly. The business "
            "model of satellite casinos is no longer viable under the current legal framework,", None),
        (I, "Labour Affairs Bureau", "it had met company representatives and asked them to submit a full list of affected "
            "workers, including how many are Macau residents, by Friday", None),
        (P, "Labour Affairs Bureau", "closely follow", None),
        (I, "Leong Sok Ieng", "the company had known about the deadline for more than three years", None),
        (D, "Leong Sok Ieng", "Three years is enough time to plan. What we see instead is workers finding out from the "
            "newspapers that they will lose their jobs before Chinese New Year,", None),
        (I, "Leong Sok Ieng", "she would ask the government to require concessionaires to give priority to local workers "
            "from the closed venues", None),
        (I, "Chan", "staff had been told about the closure at a ten-minute meeting on Tuesday", None),
        (D, "Chan", "The managers read a paper and left. Nobody answered our questions,", None),
        (D, "Chan", "I am 46. Who will hire me as a dealer now?", None),
        (P, "Rui Sequeira da Costa", "done everything possible", None),
        (D, "Rui Sequeira da Costa", "We kept these casinos running for three years under very difficult conditions, and "
            "we paid salaries in full during the pandemic. I am not ashamed of how we treated our people,", None),
        (I, "Rui Sequeira da Costa", "the company would keep its hotel and restaurant businesses, which employ about 600 "
            "people, and that no further job cuts were planned there", None),
        (P, "Analysts at Harbourview Securities", "negligible", None),
        (S, None, "satellite", "so-called"),
        (I, "Labour Affairs Bureau", "more than 4,500 workers at satellite casinos have been affected by closures since "
            "2023", None),
    ],
    "actors": [
        actor("Imperial Harbour Entertainment", "organisation", title="satellite casino operator", affiliation="Macau",
              aliases=["Imperial Harbour Entertainment", "Imperial Harbour", "the company"], stance=1),
        actor("Labour Affairs Bureau", "government", title="labour bureau", affiliation="Macau",
              aliases=["Labour Affairs Bureau", "DSAL", "The bureau"], stance=0),
        actor("Leong Sok Ieng", "person", title="lawmaker", affiliation="Legislative Assembly",
              aliases=["Leong Sok Ieng", "Leong"], stance=-1),
        actor("Chan", "person", title="dealer (identified by surname only)", affiliation="Imperial Harbour Entertainment",
              aliases=["Chan"], stance=-1),
        actor("Rui Sequeira da Costa", "person", title="chief executive", affiliation="Imperial Harbour Entertainment",
              aliases=["Rui Sequeira da Costa", "Sequeira da Costa"], stance=1),
        actor("Analysts at Harbourview Securities", "group", title="analysts", affiliation="Harbourview Securities",
              aliases=["Analysts at Harbourview Securities", "Harbourview Securities"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Iceland Monitor (mbl.is English) science (the Met Office's eruption warning for Grindavík), headline
#    "Met Office defends ..." without quote marks (not annotated), present-tense lede "The Icelandic Met
#    Office says A"; group "Residents and business owners ... have said that A, and that B" (one span);
#    Icelandic names referred to by first name (Sigríður, Ásgeir) as Icelandic usage has it; specialist
#    "told mbl.is that A", quote split by "Sigríður said", "She added that ... "..."" (partial only); Met
#    Office statement "said ... that it would A, and that B" (one span); mayor "said A", "Ásgeir said";
#    business owner "said A", "he said"; "According to the Department of Civil Protection, A"; department
#    official "said the evacuation had gone "..." given ..." (partial only); professor sharing a surname with
#    the (silent) Met Office director, "said A", "he said", "He said A, and that B" (one span); content before
#    "the Met Office said"; scare so-called "defence walls".
ARTICLES[f"{BATCH}/met-office-eruption-warning-grindavik.gold.json"] = {
    "article": f"{BATCH}/met-office-eruption-warning-grindavik.txt",
    "target": "Icelandic Met Office",
    "quotes": [
        (I, "Icelandic Met Office", "it issued the warning for Grindavík as early as the data allowed before Sunday's "
            "eruption on the Reykjanes peninsula", None),
        (I, "Residents and business owners", "the official warning came less than forty minutes before lava broke through "
            "north of the town, and that many of them were still inside their homes when the sirens sounded", None),
        (I, "Sigríður Helga Ólafsdóttir", "the seismic activity that preceded the eruption had been unusually short", None),
        (D, "Sigríður Helga Ólafsdóttir", "In previous events we had two or three hours of intense earthquake swarms "
            "before magma reached the surface. This time we had less than an hour,", None),
        (D, "Sigríður Helga Ólafsdóttir", "We issued the warning as soon as the data allowed us to. Not a minute was "
            "lost.", None),
        (P, "Sigríður Helga Ólafsdóttir", "with very little notice", None),
        (I, "Icelandic Met Office", "it would review its procedures together with the Department of Civil Protection and "
            "Emergency Management, and that the results would be made public", None),
        (I, "Ásgeir Þór Gunnarsson", "the town's residents deserved clear answers", None),
        (D, "Ásgeir Þór Gunnarsson", "People here have lived with this for three years. They are not asking for miracles, "
            "they are asking to be told the truth about how much time they have,", None),
        (I, "Einar Már Kristjánsson", "he had received the text message warning after his employees had already seen the "
            "glow of the lava from the parking lot", None),
        (D, "Einar Már Kristjánsson", "If we had waited for the message, we would still be there,", None),
        (I, "Department of Civil Protection", "all 61 people who were in Grindavík on Sunday evening had left the town "
            "within an hour of the warning, and no one was injured", None),
        (P, "Víðir Baldursson", "as well as anyone could hope", None),
        (I, "Halldór Björnsson", "the criticism was understandable but not fair", None),
        (D, "Halldór Björnsson", "The Met Office has one of the best monitoring networks in the world. No one can "
            "promise a warning of several hours every time. Nature does not follow our schedules,", None),
        (I, "Halldór Björnsson", "the shortening warning times were, however, a sign that the magma system under "
            "Svartsengi was changing, and that it was time to discuss whether people should be allowed to stay "
            "overnight in the town at all", None),
        (I, "Icelandic Met Office", "The eruption, the eleventh on the Sundhnúkur crater row since December 2023, had "
            "largely subsided by Monday afternoon", None),
        (S, None, "defence walls", None),
    ],
    "actors": [
        actor("Icelandic Met Office", "organisation", title="national meteorological and hazards office",
              affiliation="Iceland", aliases=["Icelandic Met Office", "Met Office", "the Met Office"], stance=1),
        actor("Residents and business owners", "group", title="residents and business owners of Grindavík",
              affiliation="Grindavík", aliases=["Residents and business owners"], stance=-1),
        actor("Sigríður Helga Ólafsdóttir", "person", title="natural hazards specialist",
              affiliation="Icelandic Met Office", aliases=["Sigríður Helga Ólafsdóttir", "Sigríður", "Ólafsdóttir"],
              stance=1),
        actor("Ásgeir Þór Gunnarsson", "person", title="mayor of Grindavík", affiliation="Grindavík",
              aliases=["Ásgeir Þór Gunnarsson", "Ásgeir", "Gunnarsson"], stance=-1),
        actor("Einar Már Kristjánsson", "person", title="owner of a fish processing company", affiliation="Grindavík",
              aliases=["Einar Már Kristjánsson", "Einar", "Kristjánsson"], stance=-1),
        actor("Department of Civil Protection", "government", title="civil protection department",
              affiliation="Iceland",
              aliases=["Department of Civil Protection", "Department of Civil Protection and Emergency Management"],
              stance=None),
        actor("Víðir Baldursson", "person", title="head of operations at Svartsengi",
              affiliation="Department of Civil Protection", aliases=["Víðir Baldursson", "Víðir", "Baldursson"],
              stance=None),
        actor("Halldór Björnsson", "person", title="professor, volcanologist", affiliation="University of Iceland",
              aliases=["Halldór Björnsson", "Professor Halldór Björnsson", "Halldór"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
