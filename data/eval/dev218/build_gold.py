"""Build the dev218 gold files (data/eval/dev218/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev217/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev218/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev218.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev218"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Nation Online (Malawi) courts/energy (the High Court suspends an electricity tariff increase), headline with a
#    straight single fragment "... as Cama hails 'victory for consumers'", byline, straight " and apostrophes,
#    "percent", "K10,000"; "which argues that A" (the relative pronoun is Cama); judge "said the applicant had raised
#    "..." about the process and that B" (partial plus indirect), then "the judge said"; executive director
#    "described the ruling as a "..." who ..." (partial only; the headline's fragment repeats it), quote with
#    "Nkhoma said", "He said A"; spokesperson "said A, but warned that B" (two indirects), quote with "Phiri told
#    Nation Online", "She added that A"; scare so-called "cost-reflective" tariff path; regulator "said it had
#    followed "..." and that it would B" (partial plus indirect); group "Residents of Area 25 in Lilongwe, where
#    ..., said A"; tailor named after her quote; minister "told Parliament on Tuesday that A and would B" (one
#    span), "he said".
ARTICLES[f"{BATCH}/escom-tariff-injunction-lilongwe.gold.json"] = {
    "article": f"{BATCH}/escom-tariff-injunction-lilongwe.txt",
    "target": "Escom",
    "quotes": [
        (P, "Consumers Association of Malawi", "victory for consumers", "Court halts"),
        (I, "Consumers Association of Malawi", "the Malawi Energy Regulatory Authority (Mera) approved the increase "
            "without holding the public hearings required by law", None),
        (P, "Madalitso Chirwa", "serious questions", None),
        (I, "Madalitso Chirwa", "the balance of convenience favoured keeping the old tariffs in place until the review "
            "is heard", None),
        (D, "Madalitso Chirwa", "This court is not saying the tariff is too high or too low. It is saying that the law "
            "on how a tariff is set must be followed,", None),
        (P, "Dalitso Nkhoma", "victory for consumers", "described the ruling"),
        (D, "Dalitso Nkhoma", "Escom cannot keep passing the cost of its own inefficiency to ordinary Malawians. We have "
            "been saying this for years,", None),
        (I, "Dalitso Nkhoma", "the corporation loses about 18 percent of the power it generates through theft and "
            "faulty lines", None),
        (I, "Chifundo Phiri", "the corporation would comply with the order", None),
        (I, "Chifundo Phiri", "the suspension would worsen load-shedding in the coming weeks", None),
        (D, "Chifundo Phiri", "We are buying fuel for the diesel generators at today's prices. The old tariff does not "
            "cover that. Something will have to give,", None),
        (I, "Chifundo Phiri", "Escom had not adjusted its tariffs since 2023, when the kwacha was devalued by 44 percent",
            None),
        (S, None, "cost-reflective", None),
        (P, "Malawi Energy Regulatory Authority", "every procedure set out in the Energy Regulation Act", None),
        (I, "Malawi Energy Regulatory Authority", "it would file its response within the 14 days given by the court",
            None),
        (I, "Residents of Area 25 in Lilongwe", "the increase had wiped out a week's worth of units in some homes", None),
        (D, "Tiwonge Banda", "Before December, K10,000 gave me electricity for two weeks. Now it finishes in nine days,",
            None),
        (I, "Charles Mhango", "government respects the independence of the courts and would not interfere in the case",
            None),
        (D, "Charles Mhango", "Escom needs money to keep the lights on, but it also needs the trust of its customers,",
            None),
    ],
    "actors": [
        actor("Consumers Association of Malawi", "organisation", title="consumer group", affiliation="Malawi",
              aliases=["Consumers Association of Malawi", "Cama"], stance=-1),
        actor("Madalitso Chirwa", "person", title="High Court judge", affiliation="High Court (Lilongwe)",
              aliases=["Madalitso Chirwa", "Chirwa", "Justice Madalitso Chirwa", "Justice Chirwa", "the judge"],
              stance=0),
        actor("Dalitso Nkhoma", "person", title="executive director", affiliation="Consumers Association of Malawi",
              aliases=["Dalitso Nkhoma", "Nkhoma"], stance=-1),
        actor("Chifundo Phiri", "person", title="spokesperson", affiliation="Escom",
              aliases=["Chifundo Phiri", "Phiri"], stance=1),
        actor("Malawi Energy Regulatory Authority", "government", title="energy regulator", affiliation="Malawi",
              aliases=["Malawi Energy Regulatory Authority", "Mera"], stance=1),
        actor("Residents of Area 25 in Lilongwe", "group", title="residents", affiliation=None,
              aliases=["Residents of Area 25 in Lilongwe"], stance=-1),
        actor("Tiwonge Banda", "person", title="tailor", affiliation=None, aliases=["Tiwonge Banda", "Banda"], stance=-1),
        actor("Charles Mhango", "person", title="Minister of Energy", affiliation="Government of Malawi",
              aliases=["Charles Mhango", "Mhango"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Korea JoongAng Daily labour (subcontract workers strike at a shipyard), headline without speech, curly " " and
#    ’, Korean names surname first, "percent", "won ($... billion)", byline in capitals at the end with an e-mail
#    address; lede content before "according to the Korean Metal Workers' Union (KMWU)"; content before "the company
#    said"; welder named after his quote, "Park said A"; branch head "told the Korea JoongAng Daily that A", then a
#    two-paragraph quote (open paragraph, then a paragraph closed by "she said"); company "said in a statement that
#    it "..." the disruption and that B" (partial plus indirect); head of public relations "said A", two quotes
#    split by "Choi said."; "He did not say how many ..." (negated, not annotated); scare so-called "yellow
#    envelope law,"; anonymous ministry official "said A", "the official said"; group "Analysts said A"; analyst
#    named after his quote.
ARTICLES[f"{BATCH}/daehan-shipyard-subcontractor-strike.gold.json"] = {
    "article": f"{BATCH}/daehan-shipyard-subcontractor-strike.txt",
    "target": "Daehan Ocean Shipbuilding",
    "quotes": [
        (I, "Korean Metal Workers’ Union", "About 1,200 subcontract workers at Daehan Ocean Shipbuilding’s yard on Geoje "
            "Island, South Gyeongsang, walked off the job Monday demanding the same year-end bonuses as the company’s "
            "directly hired staff", None),
        (I, "Daehan Ocean Shipbuilding", "The strike has halted welding work on two liquefied natural gas (LNG) carriers "
            "due for delivery to a Greek shipowner in March", None),
        (D, "Park Sung-ho", "We build the same ships, in the same docks, breathing the same fumes. The only difference "
            "is the name on our payslip,", None),
        (I, "Park Sung-ho", "his monthly take-home pay had fallen by about 15 percent since 2022 because subcontractors "
            "had cut overtime", None),
        (I, "Kim Eun-ji", "the union had asked for talks with Daehan Ocean eight times since August", None),
        (D, "Kim Eun-ji", "The company says it cannot negotiate with us because we are not its employees. But it "
            "decides how much the subcontractors are paid, and it decides how many of us are hired.", None),
        (D, "Kim Eun-ji", "If Daehan Ocean can set our wages, it can sit at the table with us,", None),
        (P, "Daehan Ocean Shipbuilding", "deeply regrets", None),
        (I, "Daehan Ocean Shipbuilding", "the wages of subcontract workers were a matter for their employers", None),
        (I, "Choi Dong-wook", "the yard had raised payments to its 86 subcontractors by 9.5 percent this year", None),
        (D, "Choi Dong-wook", "We have done more than any other shipbuilder to close the gap,", None),
        (D, "Choi Dong-wook", "An illegal strike will only make it harder to win new orders.", None),
        (S, None, "yellow envelope law,", None),
        (I, "Ministry of Employment and Labor official", "the ministry had sent two mediators to Geoje on Tuesday", None),
        (D, "Ministry of Employment and Labor official", "Both sides need to lower their voices first,", None),
        (I, "Analysts", "a long strike could damage the company’s reputation for on-time delivery", None),
        (D, "Lee Ha-neul", "Greek and Japanese owners are paying for speed. If the first LNG carrier is late, they will "
            "remember,", None),
    ],
    "actors": [
        actor("Korean Metal Workers’ Union", "organisation", title="trade union", affiliation="South Korea",
              aliases=["Korean Metal Workers’ Union", "KMWU"], stance=-1),
        actor("Daehan Ocean Shipbuilding", "organisation", title="shipbuilder", affiliation="South Korea",
              aliases=["Daehan Ocean Shipbuilding", "Daehan Ocean", "the company"], stance=1),
        actor("Park Sung-ho", "person", title="welder (subcontract worker), 47", affiliation=None,
              aliases=["Park Sung-ho", "Park"], stance=-1),
        actor("Kim Eun-ji", "person", title="head of the Geoje subcontract branch",
              affiliation="Korean Metal Workers’ Union", aliases=["Kim Eun-ji", "Kim"], stance=-1),
        actor("Choi Dong-wook", "person", title="head of public relations", affiliation="Daehan Ocean Shipbuilding",
              aliases=["Choi Dong-wook", "Choi"], stance=1),
        actor("Ministry of Employment and Labor official", "person", title="ministry official (anonymous)",
              affiliation="Ministry of Employment and Labor",
              aliases=["Ministry of Employment and Labor official", "the official"], stance=0),
        actor("Analysts", "group", title="analysts", affiliation=None, aliases=["Analysts"], stance=0),
        actor("Lee Ha-neul", "person", title="analyst", affiliation="Mirae Asset Securities",
              aliases=["Lee Ha-neul", "Lee"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. WalesOnline sport (the Welsh Rugby Union plans to cut a professional region), headline with a straight single
#    fragment "Ospreys say WRU plan 'will kill' ...", standfirst without speech, byline with "Rugby Correspondent",
#    British straight single quotes '...' with apostrophes inside (can't, doesn't, That's, they're, St Helen's) and
#    outside (union's, Supporters'), "£28.6m"; lede "have warned that ... would '...' rugby" (partial only); region's
#    statement "said the proposal ... had been drawn up '...' without ..." (partial only), then "the statement said";
#    chief executive "set out the plan ..., saying A" (participle), "he said" then a quote-only paragraph, "He said
#    A", "denied claims that A" (noun object kept); "declined to comment" (not annotated); scare so-called 'Project
#    Reset' review; former captain "said the plan was '...'." (partial), quote with "the 41-year-old told
#    WalesOnline", then a quote-only paragraph; supporters' trust "said A, and would B" (one span); government
#    spokesperson "said A was '...', but that B were '...'" (two partials); economist "said A", "she said", then a
#    quote-only paragraph.
ARTICLES[f"{BATCH}/ospreys-wru-merger-plan.gold.json"] = {
    "article": f"{BATCH}/ospreys-wru-merger-plan.txt",
    "target": "Welsh Rugby Union",
    "quotes": [
        (P, "Ospreys", "will kill", None),
        (P, "Ospreys", "rip the heart out of", None),
        (P, "Ospreys", "behind closed doors", None),
        (D, "Ospreys", "We will not sit quietly while 150 years of rugby history in Swansea and Neath is written off on "
            "a spreadsheet,", None),
        (I, "Huw Pritchard-Evans", "the union could no longer afford to fund four teams", None),
        (D, "Huw Pritchard-Evans", "I understand the anger. Nobody who loves Welsh rugby wants to lose a team,", None),
        (D, "Huw Pritchard-Evans", "But we have been spending money we do not have for too long, and the result is "
            "there on the pitch every weekend.", None),
        (I, "Huw Pritchard-Evans", "a final decision would be taken by the WRU board in February", None),
        (S, None, "Project Reset", None),
        (I, "Huw Pritchard-Evans", "claims that the Scarlets had been told about the plan before the other three "
            "regions", None),
        (P, "Rhodri Lewis", "a betrayal of the people who built the region", None),
        (D, "Rhodri Lewis", "You can't tell a kid in Bridgend or Port Talbot to support a team in Llanelli. It doesn't "
            "work like that,", None),
        (D, "Rhodri Lewis", "My dad stood on the terraces at St Helen's. My son has a season ticket at the Swansea.com "
            "Stadium. That's what they're throwing away.", None),
        (I, "Ospreys Supporters' Trust", "it had received more than 3,000 messages from angry fans since the news "
            "broke, and would hold a public meeting in Swansea on Saturday evening", None),
        (P, "Welsh Government spokesperson", "a matter for the WRU", None),
        (P, "Welsh Government spokesperson", "following developments closely", None),
        (I, "Siân Morgan", "the figures were stark", None),
        (D, "Siân Morgan", "Four teams splitting a shrinking pot means none of them can compete in Europe. The WRU is "
            "not wrong about that,", None),
        (D, "Siân Morgan", "Whether the fans will follow a merged team is a different question, and the union has not "
            "answered it yet.", None),
    ],
    "actors": [
        actor("Ospreys", "organisation", title="professional rugby region", affiliation="Swansea and Neath",
              aliases=["Ospreys", "the region"], stance=-1),
        actor("Huw Pritchard-Evans", "person", title="chief executive", affiliation="Welsh Rugby Union",
              aliases=["Huw Pritchard-Evans", "Pritchard-Evans"], stance=1),
        actor("Rhodri Lewis", "person", title="former Wales captain", affiliation="Ospreys (former player)",
              aliases=["Rhodri Lewis", "Lewis", "the 41-year-old"], stance=-1),
        actor("Ospreys Supporters' Trust", "organisation", title="supporters' trust", affiliation="Ospreys",
              aliases=["Ospreys Supporters' Trust"], stance=-1),
        actor("Welsh Government spokesperson", "person", title="spokesperson", affiliation="Welsh Government",
              aliases=["Welsh Government spokesperson"], stance=0),
        actor("Siân Morgan", "person", title="sports economist", affiliation="Cardiff University",
              aliases=["Siân Morgan", "Morgan", "Dr Siân Morgan"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. IANS (Indian wire) wildlife/science (two more cheetahs die at Kuno National Park), headline without speech,
#    dateline "Bhopal, Dec 5 (IANS)" run into the lede, straight " and apostrophes, "--IANS" and desk initials at the
#    end; lede content before "forest officials said on Friday"; "According to the park's veterinary team, A";
#    content before "Chief Wildlife Warden Rakesh Shrivastava said", quote with "Shrivastava told IANS over the
#    phone"; NTCA "said in a statement that the deaths were "..." for ... and that B" (partial plus indirect); scare
#    so-called "soft release" enclosures; biologist "said A", quote with "Kulkarni said" then a quote-only
#    paragraph; anonymous "A senior forest official, who did not wish to be named, told IANS that A", "the official
#    said"; group "Villagers in Agara, on the edge of the park, said A and B" (one span); Congress leader "said the
#    NTCA had turned the project into "..." and demanded that ..." (partial; the directive not annotated).
ARTICLES[f"{BATCH}/kuno-cheetah-deaths-ntca.gold.json"] = {
    "article": f"{BATCH}/kuno-cheetah-deaths-ntca.txt",
    "target": "National Tiger Conservation Authority",
    "quotes": [
        (I, "forest officials", "Two cheetahs brought from Namibia died at Kuno National Park in Madhya Pradesh this "
            "week, taking the number of adult cheetahs lost since the project began to nine", None),
        (I, "park's veterinary team", "one of the animals, a five-year-old male named Veer, died of septicaemia caused "
            "by an infected wound under its radio collar", None),
        (I, "Rakesh Shrivastava", "The cause of the second death, a female found in the Parond range on Thursday "
            "morning, is not yet known", None),
        (D, "Rakesh Shrivastava", "We are not hiding anything. Every death is being examined by experts from Namibia "
            "and South Africa, and the findings will be made public,", None),
        (P, "National Tiger Conservation Authority", "within the range expected", None),
        (I, "National Tiger Conservation Authority", "17 cubs had been born in India since 2023", None),
        (S, None, "soft release", None),
        (I, "Meera Kulkarni", "the deaths showed that Kuno was too small for the number of animals released there",
            None),
        (D, "Meera Kulkarni", "Kuno was never big enough. The cheetahs keep walking out of the park and into farmland, "
            "and then they are darted and brought back, again and again. That stress kills,", None),
        (D, "Meera Kulkarni", "The NTCA has treated this as a prestige project, not a scientific one.", None),
        (I, "senior forest official", "a proposal to shift four cheetahs to Gandhi Sagar Wildlife Sanctuary had been "
            "pending with the NTCA since July", None),
        (D, "senior forest official", "The files move slowly in Delhi. Meanwhile the animals are here and the problems "
            "are here,", None),
        (I, "Villagers in Agara", "a cheetah had killed three of their goats last month and compensation had still not "
            "been paid", None),
        (P, "Arvind Solanki", "a photo opportunity", None),
    ],
    "actors": [
        actor("forest officials", "group", title="forest officials", affiliation="Madhya Pradesh Forest Department",
              aliases=["forest officials"], stance=None),
        actor("park's veterinary team", "group", title="veterinarians", affiliation="Kuno National Park",
              aliases=["park's veterinary team"], stance=None),
        actor("Rakesh Shrivastava", "person", title="Chief Wildlife Warden", affiliation="Madhya Pradesh",
              aliases=["Rakesh Shrivastava", "Shrivastava"], stance=1),
        actor("National Tiger Conservation Authority", "government", title="national conservation authority",
              affiliation="India", aliases=["National Tiger Conservation Authority", "NTCA"], stance=1),
        actor("Meera Kulkarni", "person", title="wildlife biologist", affiliation=None,
              aliases=["Meera Kulkarni", "Kulkarni"], stance=-1),
        actor("senior forest official", "person", title="forest official (anonymous)", affiliation="Madhya Pradesh",
              aliases=["senior forest official", "the official"], stance=-1),
        actor("Villagers in Agara", "group", title="villagers", affiliation=None, aliases=["Villagers in Agara"],
              stance=None),
        actor("Arvind Solanki", "person", title="Congress leader", affiliation="Indian National Congress",
              aliases=["Arvind Solanki", "Solanki"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
