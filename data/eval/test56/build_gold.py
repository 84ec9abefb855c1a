"""Build the test56 gold files (data/eval/test56/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test56/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test56.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test56"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Global Times (the first grain train through a new Russian border terminal), headline without speech,
#    "By Global Times" and "Published: Dec 04, 2026 10:18 PM" lines, straight " and apostrophes, American
#    punctuation inside ("expected."), "percent", Chinese place-name conventions. Lede content before "the
#    Manzhouli customs said"; "according to the Russian Ministry of Agriculture" (content before); deputy
#    minister "said the terminal would "..." the logistics ..." (partial only), quote with "Sorokin said", "He
#    added that A"; ambassador "described the shipment as "..." in ..., which he said had grown "..."" (two
#    partials); "customs data showed" (not a cue); researcher "told the Global Times on Friday that A", two
#    stretches split by "Li said", "Li said A"; scare so-called "grain alliance" (hyped by media, not said);
#    USDA "said Russian wheat had won market share through "..." backed by ..." (partial only); expert with a
#    common-word surname (Sun) "said A", quote with "Sun said"; mill manager "surnamed Zhang" "told the Global
#    Times that A", quote with "Zhang said". Not annotated: the import figures, the crossing's share.
ARTICLES[f"{BATCH}/zabaikalsk-grain-terminal-russia-china.gold.json"] = {
    "article": f"{BATCH}/zabaikalsk-grain-terminal-russia-china.txt",
    "target": "Russia",
    "quotes": [
        (I, "Manzhouli customs", "A train carrying 3,100 tons of Russian wheat crossed into China through the Manzhouli "
            "port in North China's Inner Mongolia Autonomous Region on Friday, the first shipment handled by a newly "
            "completed grain terminal on the Russian side of the border", None),
        (I, "Russian Ministry of Agriculture", "The terminal in Zabaikalsk can handle up to 8 million tons of grain a "
            "year", None),
        (P, "Oleg Sorokin", "fundamentally change", None),
        (D, "Oleg Sorokin", "China is a reliable, long-term partner for Russian farmers. We intend to be an equally "
            "reliable partner for Chinese consumers,", None),
        (I, "Oleg Sorokin", "Russia planned to raise its grain exports to China to 10 million tons a year by 2030", None),
        (P, "Igor Rodionov", "a new chapter", None),
        (P, "Igor Rodionov", "faster than anyone expected.", None),
        (I, "Li Haitao", "the terminal reflected the complementarity of the two economies", None),
        (D, "Li Haitao", "China needs stable and diversified sources of grain, and Russia needs markets that are not "
            "subject to political pressure,", None),
        (D, "Li Haitao", "This is a win-win arrangement, not a political gesture.", None),
        (S, None, "grain alliance", None),
        (P, "US Department of Agriculture", "aggressive pricing", None),
        (I, "Li Haitao", "such reports treated normal trade between neighbors as a geopolitical plot", None),
        (I, "Sun Lei", "Chinese buyers would remain cautious about quality standards and phytosanitary requirements",
            None),
        (D, "Sun Lei", "Price will decide everything. If Russian wheat is competitive, Chinese mills will buy it. If "
            "not, they will not,", None),
        (I, "Zhang", "the company had signed a contract for 50,000 tons of Russian wheat for delivery next year", None),
        (D, "Zhang", "The quality of the samples has been good, and rail delivery is much faster than waiting for "
            "ships,", None),
    ],
    "actors": [
        actor("Manzhouli customs", "government", title="customs office", affiliation="China",
              aliases=["Manzhouli customs"], stance=0),
        actor("Russian Ministry of Agriculture", "government", title="agriculture ministry", affiliation="Russia",
              aliases=["Russian Ministry of Agriculture"], stance=1),
        actor("Oleg Sorokin", "person", title="Deputy Agriculture Minister", affiliation="Russia",
              aliases=["Oleg Sorokin", "Sorokin"], stance=1),
        actor("Igor Rodionov", "person", title="Russian Ambassador to China", affiliation="Russia",
              aliases=["Igor Rodionov", "Rodionov"], stance=1),
        actor("Li Haitao", "person", title="research fellow", affiliation="Chinese Academy of Social Sciences",
              aliases=["Li Haitao", "Li"], stance=1),
        actor("US Department of Agriculture", "government", title="agriculture department", affiliation="United States",
              aliases=["US Department of Agriculture"], stance=-1),
        actor("Sun Lei", "person", title="agricultural trade expert", aliases=["Sun Lei", "Sun"], stance=0),
        actor("Zhang", "person", title="purchasing manager at a Harbin flour mill", aliases=["Zhang"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Rugby World (interview feature: the Wales head coach after four autumn defeats), headline "Gethin Price:
#    'I'm still the right man ...'" (a straight single quote: partial for Price), standfirst without speech,
#    byline and date lines, lede opening in capitals, present-tense "says", straight " and apostrophes, "per
#    cent", "Read more:" lines. Quote split by "Price says, sitting in ..."; union "said in a statement ...
#    that Price retained the "..." of the board and that B" (partial plus indirect); "Price says A and will
#    B" (one span), "He says A"; Q&A "Asked whether ..., he replies: "...""; pundit with a Welsh particle
#    surname (ap Dafydd) "says Price was "..." by the union but has made it worse ..." (partial only), two
#    stretches split by "ap Dafydd says"; scare so-called "60-cap rule"; anonymous senior player "told Rugby
#    World the squad was "..." behind the coach" (partial only); captain with a common-word surname (Bishop),
#    quote after "was just as firm ..." with "he said"; fans' group "said A"; closing quote split by "he
#    says". Not annotated: "refuses to look beyond the next match", the rankings.
ARTICLES[f"{BATCH}/wales-coach-gethin-price-autumn-review.gold.json"] = {
    "article": f"{BATCH}/wales-coach-gethin-price-autumn-review.txt",
    "target": "Gethin Price",
    "quotes": [
        (P, "Gethin Price", "I'm still the right man to take Wales forward", None),
        (D, "Gethin Price", "I'd be lying if I said it doesn't hurt,", None),
        (D, "Gethin Price", "But I've been in rugby for 30 years. You don't get to pick when the hard days come.", None),
        (P, "Welsh Rugby Union", "full support", None),
        (I, "Welsh Rugby Union", "a review of the autumn campaign would be completed before Christmas", None),
        (I, "Gethin Price", "he welcomes the review and will co-operate with it fully", None),
        (I, "Gethin Price", "the Georgia defeat was the lowest point of his coaching career", None),
        (D, "Gethin Price", "Yes. I've got a contract until the World Cup and I intend to honour it.", None),
        (P, "Ioan ap Dafydd", "dealt a poor hand", None),
        (D, "Ioan ap Dafydd", "Picking a 20-year-old at ten against Georgia was a gamble he didn't need to take,", None),
        (D, "Ioan ap Dafydd", "You can defend bad results. It's much harder to defend bad decisions.", None),
        (S, None, "60-cap rule", None),
        (P, "One senior player", "100 per cent", None),
        (D, "Rhodri Bishop", "Gethin has the whole group with him. Nobody in that room is looking for excuses or "
            "looking for someone to blame,", None),
        (I, "Wales Rugby Fans United", "more than 4,000 people had signed its online petition calling for a change of "
            "head coach", None),
        (D, "Gethin Price", "If the review says I'm the problem, I'll accept that,", None),
        (D, "Gethin Price", "I don't think it will. I think it will say we're a young team that lost some close games, "
            "and that we need time.", None),
    ],
    "actors": [
        actor("Gethin Price", "person", title="Wales head coach", affiliation="Welsh Rugby Union",
              aliases=["Gethin Price", "Price", "GETHIN PRICE"], stance=1),
        actor("Welsh Rugby Union", "organisation", title="governing body", aliases=["Welsh Rugby Union"], stance=1),
        actor("Ioan ap Dafydd", "person", title="former Wales captain, television pundit",
              aliases=["Ioan ap Dafydd", "ap Dafydd"], stance=-1),
        actor("One senior player", "person", title="anonymous Wales player", aliases=["One senior player"], stance=1),
        actor("Rhodri Bishop", "person", title="Wales captain", aliases=["Rhodri Bishop", "Bishop"], stance=1),
        actor("Wales Rugby Fans United", "group", title="supporters' group", aliases=["Wales Rugby Fans United"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. GPonline (the GMC raises its annual retention fee), headline and standfirst without speech, byline and
#    date lines, British straight single quotes '...' for full quotes and fragments with apostrophes inside
#    (can't-style: It's, they're, GPs), "Read more" block. Lede content before "it confirmed on Thursday";
#    "The regulator said A, and that B" (one span); chief executive "said: '...' open at the end of its line,
#    then a closed paragraph; Q&A "Asked whether ..., Ms Marlow said: '...'"; "According to GMC figures, A";
#    BMA chair "said the rise was '...' for ..." (partial only), quote with "he said"; the RCGP "said it was
#    '...' by the decision and that B" (partial plus indirect); GP partner with a common-word surname (Fox)
#    "said A", two stretches split by "Fox said"; scare so-called 'two-tier register'; anonymous forum GP
#    "wrote: '...'"; DHSC spokesperson "said A"; "The GMC has said that A".
ARTICLES[f"{BATCH}/gmc-annual-retention-fee-rise.gold.json"] = {
    "article": f"{BATCH}/gmc-annual-retention-fee-rise.txt",
    "target": "General Medical Council",
    "quotes": [
        (I, "General Medical Council", "The General Medical Council (GMC) will increase its annual retention fee from "
            "£437 to £489 from 1 April 2027", None),
        (I, "General Medical Council", "the rise was needed to cover the cost of regulating physician associates and "
            "anaesthesia associates, and that it had frozen fees in three of the last five years", None),
        (D, "Helen Marlow", "Nobody likes paying more, and we have not taken this decision lightly.", None),
        (D, "Helen Marlow", "But we have a statutory duty to protect patients, and we cannot do that properly on a "
            "budget set before the pandemic.", None),
        (D, "Helen Marlow", "Associates will pay their own fees. What we are asking doctors to share is the cost of a "
            "system that keeps everyone safe.", None),
        (I, "General Medical Council", "around 76,000 of the 390,000 doctors on its register are GPs", None),
        (P, "Kieran Doyle", "a slap in the face", None),
        (D, "Kieran Doyle", "GPs are already paying for their own indemnity, their own appraisals and, in many cases, "
            "their own locum cover. Now they're being told to subsidise the regulation of a workforce they never asked "
            "for,", None),
        (P, "RCGP", "disappointed", None),
        (I, "RCGP", "the GMC should have consulted the profession before confirming the fee", None),
        (I, "Amy Fox", "the increase would cost her six-partner practice more than £300 a year on top of rising staff "
            "costs", None),
        (D, "Amy Fox", "It's not the biggest bill we get, but it's the one we have least say over,", None),
        (D, "Amy Fox", "Nobody from the GMC has ever explained to me what I get for my money.", None),
        (S, None, "two-tier register", None),
        (D, "One GP on the GPonline forum", "Another year, another rise, and still no say in how the money is spent.",
            None),
        (I, "Department of Health and Social Care", "the setting of fees was a matter for the GMC as an independent "
            "regulator", None),
        (I, "General Medical Council", "doctors in their first year of full registration and those earning below "
            "£38,000 a year will continue to pay a reduced fee", None),
    ],
    "actors": [
        actor("General Medical Council", "organisation", title="medical regulator",
              aliases=["General Medical Council", "GMC", "regulator"], stance=1),
        actor("Helen Marlow", "person", title="chief executive", affiliation="General Medical Council",
              aliases=["Helen Marlow", "Marlow", "Ms Marlow"], stance=1),
        actor("Kieran Doyle", "person", title="BMA GP committee chair", affiliation="BMA",
              aliases=["Kieran Doyle", "Doyle", "Dr Kieran Doyle"], stance=-1),
        actor("RCGP", "organisation", title="Royal College of General Practitioners", aliases=["RCGP"], stance=-1),
        actor("Amy Fox", "person", title="GP partner", affiliation="Stockport practice",
              aliases=["Amy Fox", "Fox", "Dr Amy Fox"], stance=-1),
        actor("One GP on the GPonline forum", "person", title="anonymous GP", aliases=["One GP on the GPonline forum"],
              stance=-1),
        actor("Department of Health and Social Care", "government", title="government department (spokesperson)",
              affiliation="UK government", aliases=["Department of Health and Social Care"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Tribune (Bahamas) courts (residents seek an injunction against a marina developer), capitalised
#    headline without speech, byline in capitals with "Tribune Staff Reporter" and e-mail lines, lede
#    opening in capitals ("EXUMA residents"), straight " and apostrophes, punctuation outside a closing
#    fragment, "KC". Lawyer sharing a name with a settlement (Rolle / Rolleville) "told the court that A",
#    quote with "Mr Rolle said", "He argued that A"; company attorney with a common-word surname (Moss) "said
#    the company had complied "..." with ..." (partial only), "Ms Moss argued that A and that B" (one span),
#    quote with "Moss said"; judge "told both sides: "...""; scare so-called "blue economy"; company "said in a
#    statement ... it was "..." the court would ... and that B" (partial plus indirect); department "said A and
#    that its officers were "..." ..." (indirect plus partial); fisherman "said the flats ... had been "..."
#    since ..." (partial only), two stretches with "he said"; environmental group "said the case was a test of
#    whether ... "..."" (partial only). Not annotated: the directive lede ("asked the Supreme Court to halt"),
#    "reserved his decision", the project's size, "did not respond".
ARTICLES[f"{BATCH}/exuma-residents-marina-dredging-court.gold.json"] = {
    "article": f"{BATCH}/exuma-residents-marina-dredging-court.txt",
    "target": "Coral Cay Holdings",
    "quotes": [
        (I, "Adrian Rolle", "Coral Cay Holdings Ltd had begun dredging in August without an approved environmental "
            "management plan", None),
        (D, "Adrian Rolle", "My clients are not against development. They are against development that destroys the "
            "very thing that feeds their families,", None),
        (I, "Adrian Rolle", "the company's own monitoring reports showed sediment levels up to six times the permitted "
            "limit", None),
        (P, "Tamara Moss", "at every stage", None),
        (I, "Tamara Moss", "the residents had waited too long to bring their claim and that halting the work now would "
            "cost the company about $2m a month", None),
        (D, "Tamara Moss", "This project employs 230 Bahamians. An injunction would put every one of them out of work "
            "before Christmas,", None),
        (D, "Leonard Ferguson", "This court will not be rushed, but neither will it sit on its hands while a reef dies, "
            "if that is what is happening.", None),
        (S, None, "blue economy", None),
        (P, "Coral Cay Holdings", "confident", None),
        (I, "Coral Cay Holdings", "it had invested $1.5m in a coral relocation programme", None),
        (I, "Department of Environmental Planning and Protection", "it had inspected the site twice since September",
            None),
        (P, "Department of Environmental Planning and Protection", "reviewing", None),
        (P, "Elvis Curling", "dead water", None),
        (D, "Elvis Curling", "I've fished that reef since I was a boy. Now I go out in the morning and come back with "
            "nothing,", None),
        (D, "Elvis Curling", "Nobody from that company ever came to ask us anything.", None),
        (P, "Save The Bays", "mean anything at all", None),
    ],
    "actors": [
        actor("Adrian Rolle", "person", title="KC, counsel for the residents", aliases=["Adrian Rolle", "Rolle",
              "Mr Rolle"], stance=-1),
        actor("Tamara Moss", "person", title="attorney", affiliation="Coral Cay Holdings",
              aliases=["Tamara Moss", "Moss", "Ms Moss"], stance=1),
        actor("Leonard Ferguson", "person", title="Supreme Court Justice", aliases=["Leonard Ferguson", "Ferguson"],
              stance=0),
        actor("Coral Cay Holdings", "organisation", title="developer", aliases=["Coral Cay Holdings"], stance=1),
        actor("Department of Environmental Planning and Protection", "government", title="environment regulator",
              affiliation="The Bahamas", aliases=["Department of Environmental Planning and Protection", "DEPP"],
              stance=0),
        actor("Elvis Curling", "person", title="fisherman", aliases=["Elvis Curling", "Curling"], stance=-1),
        actor("Save The Bays", "organisation", title="environmental group", aliases=["Save The Bays"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
