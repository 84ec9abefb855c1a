"""Build the dev238 gold files (data/eval/dev238/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev238/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev238.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev238"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The New Times (Rwanda) local government (street vendors moved into new markets say sales have fallen), headline
#    with a straight fragment for the vendors, byline, "Published:" line, straight " and apostrophes, "Rwf3,000";
#    lede group "Street vendors relocated from ... say A" (present tense); "a programme the city says will end "..."
#    street trading" (partial only); scare so-called "clean streets" drive; vendor "said she now sells "..." of what
#    she used to" (partial only), quote with "she said", then a quote-only paragraph; vice mayor in an apposition
#    "told The New Times that A", quote with "Habimana said", "He added that A and would B" (one span), Q&A "Asked
#    about ..., he said: "...""; content before "according to the Institute of Policy Analysis and Research
#    (IPAR-Rwanda)"; lecturer "said the markets had been built "..."" (partial only), "he said"; group "Traders at the
#    market said A"; cooperative chair "said the cooperative had written ..." then "Uwase said"; "In a statement on
#    Wednesday, the City of Kigali said A and that B" (one span).
ARTICLES[f"{BATCH}/kigali-street-vendors-markets.gold.json"] = {
    "article": f"{BATCH}/kigali-street-vendors-markets.txt",
    "target": "City of Kigali",
    "quotes": [
        (P, "Street vendors relocated from the pavements of Nyarugenge", "too far from customers", None),
        (I, "Street vendors relocated from the pavements of Nyarugenge", "sales at the new markets built for them by the "
            "City of Kigali have fallen by more than half since they moved in last month", None),
        (P, "City of Kigali", "chaotic", None),
        (S, None, "clean streets", None),
        (P, "Vestine Mukamana", "maybe a third", None),
        (D, "Vestine Mukamana", "People buy from us when they are walking to the bus. Nobody walks to the market just for "
            "two avocados,", None),
        (D, "Vestine Mukamana", "I have three children in school. Last week I paid the stall fee with money I borrowed.",
            None),
        (I, "Jean Claude Habimana", "the relocation was meant to protect the vendors as much as pedestrians", None),
        (D, "Jean Claude Habimana", "When they were on the street, they were chased every day by city inspectors and their "
            "goods were confiscated. In the markets they have a roof, they have electricity and they are safe,", None),
        (I, "Jean Claude Habimana", "the city was talking to bus operators about adding stops near the new markets and "
            "would run a radio campaign to bring customers to them", None),
        (D, "Jean Claude Habimana", "Every change takes time. Give it three or four months.", None),
        (I, "Institute of Policy Analysis and Research", "Kigali had an estimated 6,000 street vendors in 2023", None),
        (P, "Alphonse Nkurunziza", "where land was available, not where customers are", None),
        (D, "Alphonse Nkurunziza", "The idea of getting vendors off the street is good. But a market needs foot traffic, "
            "and Kimisagara and Gikondo are not on anyone's way home,", None),
        (I, "Traders at the market", "some vendors had already gone back to selling on the street in Nyamirambo and Remera "
            "because they could not afford to wait for customers", None),
        (I, "Marie Claire Uwase", "the cooperative had written to the district asking for a market closer to the bus park",
            None),
        (D, "Marie Claire Uwase", "We were told the markets would be better for us. They are not. We only ask the city to "
            "put the market where the people are,", None),
        (I, "City of Kigali", "86 per cent of relocated vendors had taken up their stalls and that no vendor would be "
            "charged fees before June", None),
    ],
    "actors": [
        actor("Street vendors relocated from the pavements of Nyarugenge", "group", title="street vendors",
              affiliation="Nyarugenge, Kigali",
              aliases=["Street vendors relocated from the pavements of Nyarugenge", "Street vendors"], stance=-1),
        actor("City of Kigali", "government", title="city administration", affiliation="Kigali",
              aliases=["City of Kigali", "the city"], stance=1),
        actor("Vestine Mukamana", "person", title="vendor, 34", affiliation=None,
              aliases=["Vestine Mukamana", "Mukamana"], stance=-1),
        actor("Jean Claude Habimana", "person", title="Vice Mayor in charge of Economic Development",
              affiliation="City of Kigali", aliases=["Jean Claude Habimana", "Habimana"], stance=1),
        actor("Institute of Policy Analysis and Research", "organisation", title="think tank", affiliation="Rwanda",
              aliases=["Institute of Policy Analysis and Research", "IPAR-Rwanda"], stance=None),
        actor("Alphonse Nkurunziza", "person", title="lecturer in urban planning", affiliation="University of Rwanda",
              aliases=["Alphonse Nkurunziza", "Nkurunziza", "Dr Alphonse Nkurunziza"], stance=0),
        actor("Traders at the market", "group", title="traders at the Gikondo market", affiliation="Gikondo",
              aliases=["Traders at the market"], stance=-1),
        actor("Marie Claire Uwase", "person", title="cooperative chair", affiliation="women vendors' cooperative, Nyabugogo",
              aliases=["Marie Claire Uwase", "Uwase"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Jakarta Globe (Indonesia) business/labour (motorcycle taxi drivers rally against a ride-hailing app's commission
#    rise), headline without speech, "Jakarta Globe" and date lines, dateline "Jakarta.", curly “ ” and ’, "Rp";
#    scare so-called “digital strike.”; driver named after his quote ("said Agus Setiawan, 41, who ..."), then
#    "Setiawan said A and that B" (one span); association "said A"; chairman "told the Jakarta Globe that A", a quote
#    split by "he said." whose second stretch is a new sentence; company "defended the increase, saying in a statement
#    that A" (participial); COO's quote split by "... said at a press conference" (two directs), "She said the
#    commission remained “...” and that B" (partial plus indirect); anonymous executive "who asked not to be named ...,
#    said A"; regulation fact (no cue); director general "said A", quote with "Hendro said" (Indonesian single-name
#    usage); economist "said A", "he said"; driver introduced without speech ("was among those who kept working"), then
#    "she said"; closing "According to the company, A".
ARTICLES[f"{BATCH}/lintas-ojek-commission-protest.gold.json"] = {
    "article": f"{BATCH}/lintas-ojek-commission-protest.txt",
    "target": "Lintas",
    "quotes": [
        (S, None, "digital strike.", None),
        (D, "Agus Setiawan", "We are the ones on the road in the rain and the smoke. Lintas sits in an office and takes "
            "more every year,", None),
        (I, "Agus Setiawan", "he earned about Rp 180,000 on a good day before fuel and that the new rate would take away "
            "roughly Rp 25,000 of that", None),
        (I, "Garda Indonesia drivers’ association", "the increase amounted to a pay cut for more than 8,000 of its members "
            "in Greater Jakarta", None),
        (I, "Rizky Pratama", "the company had not consulted drivers before announcing the change in a notice on the app "
            "last week", None),
        (D, "Rizky Pratama", "They sent us a pop-up message. That is how a company of this size talks to half a million "
            "partners,", None),
        (D, "Rizky Pratama", "If they do not reverse it by the end of the month, we will come back, and we will come back "
            "bigger.", None),
        (I, "Lintas", "the extra revenue would pay for accident insurance for drivers and for a new safety feature that "
            "lets passengers share their location", None),
        (D, "Maya Wulandari", "The adjustment is not about profit,", None),
        (D, "Maya Wulandari", "Our drivers asked for insurance for years, and now they will have it.", None),
        (P, "Maya Wulandari", "among the lowest in Southeast Asia", None),
        (I, "Maya Wulandari", "drivers with high ratings would get part of it back as bonuses", None),
        (I, "senior Lintas executive", "the company was under pressure from investors to reach an operating profit before "
            "a planned listing on the Indonesia Stock Exchange next year", None),
        (I, "Hendro Sugiatno", "the ministry had summoned Lintas for a meeting on Friday", None),
        (D, "Hendro Sugiatno", "The rule is clear. Twenty percent is the maximum, and whatever name you give to the extra "
            "two percent, it is still coming out of the driver’s pocket,", None),
        (I, "Nailul Huda", "Lintas was testing how far it could go", None),
        (D, "Nailul Huda", "There are only two big players left in this market. When a driver has nowhere else to go, the "
            "company has the power to set the price,", None),
        (D, "Dewi Lestari", "The insurance is good, honestly. I had an accident last year and paid everything myself,",
            None),
        (I, "Lintas", "Lintas has about 520,000 registered drivers and operates in 48 cities across Indonesia", None),
    ],
    "actors": [
        actor("Agus Setiawan", "person", title="driver, 41", affiliation="Lintas",
              aliases=["Agus Setiawan", "Setiawan"], stance=-1),
        actor("Garda Indonesia drivers’ association", "organisation", title="drivers' association (rally organiser)",
              affiliation=None, aliases=["Garda Indonesia drivers’ association"], stance=-1),
        actor("Rizky Pratama", "person", title="chairman", affiliation="Garda Indonesia drivers’ association",
              aliases=["Rizky Pratama", "Pratama"], stance=-1),
        actor("Lintas", "organisation", title="ride-hailing app (company)", affiliation="Indonesia",
              aliases=["Lintas", "the company"], stance=1),
        actor("Maya Wulandari", "person", title="chief operating officer", affiliation="Lintas",
              aliases=["Maya Wulandari", "Wulandari"], stance=1),
        actor("senior Lintas executive", "person", title="executive (anonymous)", affiliation="Lintas",
              aliases=["senior Lintas executive"], stance=0),
        actor("Hendro Sugiatno", "person", title="director general of land transportation",
              affiliation="Transportation Ministry", aliases=["Hendro Sugiatno", "Hendro", "Sugiatno"], stance=-1),
        actor("Nailul Huda", "person", title="economist", affiliation="Center of Economic and Law Studies (Celios)",
              aliases=["Nailul Huda", "Huda"], stance=-1),
        actor("Dewi Lestari", "person", title="driver, 29, Depok", affiliation="Lintas",
              aliases=["Dewi Lestari", "Lestari"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. New Civil Engineer (UK trade press) infrastructure (a viaduct conversion is delayed and over budget), headline
#    "... as council blames contractor’s ‘poor planning’" (partial for the council), date-and-byline line, curly single
#    ‘ ’ for quotes and fragments with ’ apostrophes, "£23.6M"; council "told NCE A" (no "that"); "The council has
#    accused contractor ... of ‘...’ and said it would B" (partial plus indirect); cabinet member "said residents had
#    been ‘...’" (partial only), "she said", then a quote-only paragraph; "Harrowfield rejected the criticism" (act),
#    "In a statement, the firm said A, and that B" (one span); project director "said A", quote split by "Owusu said."
#    (two directs); "According to Historic England, which ..., A" (content after the cue); engineer "said A", quote split by "she said.", "Nair said she did not think B";
#    campaign group "said A"; chair named after the quote; scare so-called ‘gateway’ review.
ARTICLES[f"{BATCH}/dudley-viaduct-repair-delay.gold.json"] = {
    "article": f"{BATCH}/dudley-viaduct-repair-delay.txt",
    "target": "Harrowfield Civil Engineering",
    "quotes": [
        (P, "Dudley Council", "poor planning", "Dudley viaduct repair delayed"),
        (I, "Dudley Council", "the £23.6M project to convert the disused Castle Street Viaduct into a walking and cycling "
            "route was now expected to cost at least £29M", None),
        (P, "Dudley Council", "poor planning", "has accused contractor"),
        (I, "Dudley Council", "it would seek to recover part of the extra cost under the contract", None),
        (P, "Sandra Whitlock", "left looking at scaffolding for two years with nothing to show for it", None),
        (D, "Sandra Whitlock", "We were promised a structure that would open in 2027. We paid for detailed surveys at the "
            "tender stage, and the contractor told us it was confident in its programme,", None),
        (D, "Sandra Whitlock", "Now we are told that nobody looked properly inside three of the piers. That is not bad "
            "luck. That is poor planning.", None),
        (I, "Harrowfield Civil Engineering", "the condition of the piers could only be assessed once the old drainage and "
            "vegetation had been removed, and that it had raised the risk with the council in writing before work began",
            None),
        (I, "Gareth Owusu", "core samples taken in the summer found voids of up to 1.5m in the rubble infill of piers 4, 5 "
            "and 7", None),
        (D, "Gareth Owusu", "You cannot see that from a rope access survey. We found it, we stopped, we told the client the "
            "same week, and we put forward three options,", None),
        (D, "Gareth Owusu", "The client chose the most expensive one.", None),
        (I, "Historic England", "the revised method statement was submitted in October and is still under review", None),
        (I, "Priya Nair", "disputes of this kind were common on heritage structures, where clients often chose a fixed "
            "price over a full investigation", None),
        (D, "Priya Nair", "Masonry arches are very forgiving, but their piers are a black box until you drill them,", None),
        (D, "Priya Nair", "If you want certainty on a 160-year-old structure, you have to pay for it up front.", None),
        (I, "Priya Nair", "she did not think either party was entirely to blame", None),
        (I, "Friends of Castle Street Viaduct", "its members were frustrated but still supported the scheme", None),
        (D, "Keith Barlow", "This will be a wonderful route when it opens. We just want someone to tell us, honestly, when "
            "that will be,", None),
        (S, None, "gateway", None),
    ],
    "actors": [
        actor("Dudley Council", "government", title="council (client)", affiliation="Dudley",
              aliases=["Dudley Council", "council", "The council"], stance=-1),
        actor("Sandra Whitlock", "person", title="cabinet member for regeneration", affiliation="Dudley Council",
              aliases=["Sandra Whitlock", "Whitlock"], stance=-1),
        actor("Harrowfield Civil Engineering", "organisation", title="main contractor", affiliation=None,
              aliases=["Harrowfield Civil Engineering", "Harrowfield", "the firm"], stance=1),
        actor("Gareth Owusu", "person", title="project director", affiliation="Harrowfield Civil Engineering",
              aliases=["Gareth Owusu", "Owusu"], stance=1),
        actor("Historic England", "organisation", title="heritage body", affiliation=None, aliases=["Historic England"],
              stance=None),
        actor("Priya Nair", "person", title="independent structural engineer", affiliation=None,
              aliases=["Priya Nair", "Nair", "Dr Priya Nair"], stance=0),
        actor("Friends of Castle Street Viaduct", "group", title="local campaign group", affiliation="Dudley",
              aliases=["Friends of Castle Street Viaduct"], stance=None),
        actor("Keith Barlow", "person", title="chair", affiliation="Friends of Castle Street Viaduct",
              aliases=["Keith Barlow", "Barlow"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Peru Reports (Peru, English-language site) mining conflict (communities block a copper mine's access road), headline
#    without speech, "by ... | date | sections" line, straight " and apostrophes, "$1.2 million", "70%"; group "The
#    communities of ... say A, and that B" (one span, present tense); community president in an apposition "told Peru
#    Reports by telephone" after the quote, then an open paragraph and a closed quote-only paragraph (three directs);
#    company "said in a statement that A and that B" (one span), "The company called the blockade "..." and said B"
#    (partial plus indirect); vice president "said A", quote with "Salas said"; "A company source, who spoke on
#    condition of anonymity, said A"; scare so-called "mining corridor,"; content before "according to the Ombudsman's
#    Office"; ministry "said A and called on both sides to "..."" (indirect plus a partial inside a directive); vice
#    minister "said the government recognized that the communities' complaints were "..." but that B" (partial plus
#    indirect), "she said"; analyst "said A" (a colon inside the span), quote with "Benavides said".
ARTICLES[f"{BATCH}/apurimac-blockade-qullqi-mine.gold.json"] = {
    "article": f"{BATCH}/apurimac-blockade-qullqi-mine.txt",
    "target": "Minera Qullqi",
    "quotes": [
        (I, "communities of Huancané Alto, Pampahuasi, Chila and Totora", "the company has failed to deliver a water "
            "reservoir and a health post it promised in a 2023 agreement, and that dust from trucks on the unpaved road has "
            "damaged their crops and pasture", None),
        (D, "Teodoro Quispe", "We signed in good faith. Three years later there is no reservoir, there is no health post, "
            "and every day 200 trucks pass in front of our houses,", None),
        (D, "Teodoro Quispe", "We are not against the mine. We are against being lied to.", None),
        (D, "Teodoro Quispe", "If the company sends its general manager here, to the community, and not a lawyer from Lima, "
            "we will talk.", None),
        (I, "Minera Qullqi", "it had completed 70% of its commitments under the agreement and that work on the reservoir "
            "had been delayed by permits from the National Water Authority", None),
        (P, "Minera Qullqi", "illegal", None),
        (I, "Minera Qullqi", "it was losing about $1.2 million a day in sales", None),
        (I, "Rodrigo Salas", "the company had offered to pave a 12-kilometer section of the road next year", None),
        (D, "Rodrigo Salas", "We have been at the table every time the communities have asked. What we cannot accept is "
            "negotiating with a road closed,", None),
        (I, "company source", "managers were considering suspending operations entirely if trucks could not move by "
            "mid-December", None),
        (S, None, "mining corridor,", None),
        (I, "Ombudsman's Office", "There were 198 active social conflicts in Peru in November, 64% of them linked to "
            "mining", None),
        (I, "Ministry of Energy and Mines", "it had sent a team to the area to set up a dialogue table", None),
        (P, "Ministry of Energy and Mines", "lower the temperature.", None),
        (P, "Ana María Cárdenas", "legitimate", None),
        (I, "Ana María Cárdenas", "the road had to be reopened", None),
        (D, "Ana María Cárdenas", "The state will guarantee the right to protest and the right to work. Both,", None),
        (I, "Jorge Benavides", "Minera Qullqi had made a common mistake: signing commitments it could not deliver on time",
            None),
        (D, "Jorge Benavides", "Companies promise a reservoir in eighteen months without checking how long the water "
            "permits take, and the community sees it as a broken promise. Then the trust is gone,", None),
    ],
    "actors": [
        actor("communities of Huancané Alto, Pampahuasi, Chila and Totora", "group", title="rural communities",
              affiliation="Apurímac", aliases=["communities of Huancané Alto, Pampahuasi, Chila and Totora"], stance=-1),
        actor("Teodoro Quispe", "person", title="community president", affiliation="Huancané Alto",
              aliases=["Teodoro Quispe", "Quispe"], stance=-1),
        actor("Minera Qullqi", "organisation", title="copper mining company", affiliation="Andean Crest Resources",
              aliases=["Minera Qullqi", "The company", "the company"], stance=1),
        actor("Rodrigo Salas", "person", title="vice president of social affairs", affiliation="Minera Qullqi",
              aliases=["Rodrigo Salas", "Salas"], stance=1),
        actor("company source", "person", title="anonymous source", affiliation="Minera Qullqi",
              aliases=["company source"], stance=0),
        actor("Ombudsman's Office", "government", title="ombudsman", affiliation="Peru",
              aliases=["Ombudsman's Office"], stance=None),
        actor("Ministry of Energy and Mines", "government", title="ministry", affiliation="Peru",
              aliases=["Ministry of Energy and Mines"], stance=0),
        actor("Ana María Cárdenas", "person", title="Vice Minister of Mines", affiliation="Ministry of Energy and Mines",
              aliases=["Ana María Cárdenas", "Cárdenas"], stance=0),
        actor("Jorge Benavides", "person", title="mining analyst", affiliation="Apoyo",
              aliases=["Jorge Benavides", "Benavides"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
