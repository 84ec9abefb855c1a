"""Build the test180 gold files (data/eval/test180/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test180/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test180.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test180"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Fish Farmer (UK aquaculture trade press) business (a salmon farmer's jellyfish losses in Shetland), headline with
#    a straight single fragment "Loch Aird losses 'worst in company history'", byline and date lines, British straight
#    single quotes '...' for quotes and fragments (apostrophes in "company's", "Loch Aird's" not openings), "£6 million";
#    lede content before "the company has confirmed"; trading update "said A", "It said A and that B"; chief executive
#    "said the event was '...' but insisted the business was '...'" (two partials), quote with "she said.", "Mackay added
#    that A"; scare so-called 'microjelly' blooms; biologist "said A", quote split by "she said." (second stretch an open
#    paragraph), then a quote-only paragraph; campaign group "said the figures showed that ... was '...' and called on
#    ..." (partial only; directive not annotated); director named after his quote ("said the group's director, Rory
#    Galbraith."); government spokesperson "said A, and that inspectors were '...' with ..." (indirect plus partial);
#    analyst "told Fish Farmer the hit ... would be '...', adding that B" (partial plus indirect).
ARTICLES[f"{BATCH}/loch-aird-jellyfish-mortality.gold.json"] = {
    "article": f"{BATCH}/loch-aird-jellyfish-mortality.txt",
    "target": "Loch Aird Seafarms",
    "quotes": [
        (P, "Loch Aird Seafarms", "worst in company history", None),
        (I, "Loch Aird Seafarms", "Scottish salmon producer Loch Aird Seafarms lost around 1.2 million fish at four "
            "Shetland sites in October and November after a swarm of small jellyfish swept through the pens", None),
        (I, "Loch Aird Seafarms", "the losses amounted to roughly 4,800 tonnes of biomass and would cut its 2026 harvest by "
            "about 12 per cent", None),
        (I, "Loch Aird Seafarms", "the fish had been insured and that no sites would be closed", None),
        (P, "Fiona Mackay", "the worst in our company's history", None),
        (P, "Fiona Mackay", "fundamentally sound", None),
        (D, "Fiona Mackay", "We have farmed in Shetland for 30 years and we have never seen anything like this. The swarm "
            "arrived overnight, and by the time the crews reached the pens the gill damage was done,", None),
        (I, "Fiona Mackay", "the company would invest £6 million in bubble curtains and early-warning plankton monitoring "
            "at its most exposed sites over the next two years", None),
        (S, None, "microjelly", None),
        (I, "Eilidh Sutherland", "the species involved was almost invisible to the naked eye", None),
        (D, "Eilidh Sutherland", "You cannot see them in the water, you cannot net them out, and they are carried by "
            "currents the farm has no control over,", None),
        (D, "Eilidh Sutherland", "It would be wrong to say this was a failure of husbandry.", None),
        (D, "Eilidh Sutherland", "But the industry has known for a decade that these events were becoming more frequent, "
            "and some companies have been slower than others to prepare.", None),
        (P, "Coastal Waters Watch", "not fit for a warming sea", None),
        (D, "Rory Galbraith", "Every year there is a new excuse: lice, gill disease, now jellyfish. The fish pay the price,",
            None),
        (I, "Scottish Government spokesperson", "the Fish Health Inspectorate had been notified of the losses as required",
            None),
        (P, "Scottish Government spokesperson", "satisfied", None),
        (P, "Kristian Berg", "painful but manageable", None),
        (I, "Kristian Berg", "Loch Aird's shares had already fallen 9 per cent since the first reports of mortalities in "
            "October", None),
    ],
    "actors": [
        actor("Loch Aird Seafarms", "organisation", title="salmon producer", affiliation="Scotland",
              aliases=["Loch Aird Seafarms", "Loch Aird", "the company"], stance=0),
        actor("Fiona Mackay", "person", title="Chief executive", affiliation="Loch Aird Seafarms",
              aliases=["Fiona Mackay", "Mackay"], stance=1),
        actor("Eilidh Sutherland", "person", title="marine biologist", affiliation="University of the Highlands and Islands",
              aliases=["Eilidh Sutherland", "Sutherland", "Dr Eilidh Sutherland"], stance=0),
        actor("Coastal Waters Watch", "organisation", title="campaign group", affiliation="Scotland",
              aliases=["Coastal Waters Watch"], stance=-1),
        actor("Rory Galbraith", "person", title="director", affiliation="Coastal Waters Watch",
              aliases=["Rory Galbraith", "Galbraith"], stance=-1),
        actor("Scottish Government spokesperson", "person", title="spokesperson", affiliation="Scottish Government",
              aliases=["Scottish Government spokesperson"], stance=1),
        actor("Kristian Berg", "person", title="analyst", affiliation="Nordvik Markets",
              aliases=["Kristian Berg", "Berg"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Centralian Advocate (Alice Springs, Australia) sport/government (the NT Government axes the Masters Games grant),
#    headline without speech, standfirst "Organisers say event ‘can’t survive’ without ..." (curly single fragment with
#    an apostrophe inside), byline in capitals, lede opening "THE Northern Territory Government", curly “ ” and ’;
#    minister "confirmed ... A, saying B" (two indirects), quote with "Mr Tennant said." then a quote-only paragraph;
#    chair "said A", quote with "she said" then a quote-only paragraph, "Ms Castellano said A"; mayor "called the
#    decision “...” and said B" (partial plus indirect); "According to the Red Centre Business Association, A"; scare
#    so-called “friendly games”; opposition spokesman "accused the government of “...”" (partial), quote with "he
#    said"; cyclist "told the Advocate A", quote split by "he said."; spokeswoman "said A but that B" (one span).
ARTICLES[f"{BATCH}/alice-springs-masters-games-funding.gold.json"] = {
    "article": f"{BATCH}/alice-springs-masters-games-funding.txt",
    "target": "Northern Territory Government",
    "quotes": [
        (P, "Organisers", "can’t survive", None),
        (I, "Craig Tennant", "the government’s $850,000 grant would not be renewed for the 2028 Games", None),
        (I, "Craig Tennant", "the money would be redirected to junior sport programs across the Territory", None),
        (D, "Craig Tennant", "We had to make a choice, and I will always choose kids over a week of veterans’ netball,",
            None),
        (D, "Craig Tennant", "The Masters Games is a great event. It has had forty years of support from Territory "
            "taxpayers. It is time for it to stand on its own feet.", None),
        (I, "Rhonda Castellano", "the committee had learned of the decision from a media release", None),
        (D, "Rhonda Castellano", "We were told at a meeting in August that the funding was safe,", None),
        (D, "Rhonda Castellano", "More than 4000 athletes come to Alice Springs every second October. They fill every "
            "motel bed in town, they eat in our restaurants, they hire our cars. That money doesn’t come back if the Games "
            "go.", None),
        (I, "Rhonda Castellano", "the committee would meet next week to decide whether the 2028 event could go ahead at all",
            None),
        (P, "Deb Holloway", "short-sighted", None),
        (I, "Deb Holloway", "council had not been consulted", None),
        (I, "Red Centre Business Association", "the Games bring about $6 million into the local economy in a fortnight "
            "that is otherwise one of the quietest of the year", None),
        (S, None, "friendly games", None),
        (P, "Luke Hargraves", "abandoning", None),
        (D, "Luke Hargraves", "They cut the Games on a Monday and they’ll fly down for a photo at the Finke on a Saturday,",
            None),
        (I, "Peter Nguyen", "he would come back regardless", None),
        (D, "Peter Nguyen", "The government has got this one wrong,", None),
        (D, "Peter Nguyen", "But we’ll pay our own way if we have to. Alice is worth it.", None),
        (I, "government spokeswoman", "the decision was final but that the Department of Tourism, Sport and Culture would "
            "help organisers look for private sponsors", None),
    ],
    "actors": [
        actor("Organisers", "group", title="Masters Games organisers", affiliation="Alice Springs Masters Games",
              aliases=["Organisers", "organisers"], stance=-1),
        actor("Craig Tennant", "person", title="Sport Minister", affiliation="Northern Territory Government",
              aliases=["Craig Tennant", "Tennant", "Mr Tennant"], stance=1),
        actor("Rhonda Castellano", "person", title="Masters Games chair", affiliation="Alice Springs Masters Games",
              aliases=["Rhonda Castellano", "Castellano", "Ms Castellano"], stance=-1),
        actor("Deb Holloway", "person", title="Mayor", affiliation="Alice Springs Town Council",
              aliases=["Deb Holloway", "Holloway"], stance=-1),
        actor("Red Centre Business Association", "organisation", title="business association", affiliation="Alice Springs",
              aliases=["Red Centre Business Association"], stance=None),
        actor("Luke Hargraves", "person", title="Opposition sport spokesman", affiliation=None,
              aliases=["Luke Hargraves", "Hargraves"], stance=-1),
        actor("Peter Nguyen", "person", title="cyclist, 68", affiliation="Darwin",
              aliases=["Peter Nguyen", "Nguyen"], stance=-1),
        actor("government spokeswoman", "person", title="spokeswoman", affiliation="Northern Territory Government",
              aliases=["government spokeswoman"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. EL PAÍS English Edition (Spain) labour (a decree bans outdoor work during red heat alerts), headline without
#    speech, standfirst "Employers say the rule is “impossible to apply” in the fields", byline in capitals, "Madrid -
#    Dec 08, 2026 - 17:40 CET" line, curly “ ” and ’, an em dash inside a quote, "€225,000"; lede without a cue; minister's
#    quote first, then "Labor Minister Irene Calvo said at the press conference ..."; "According to the ministry, A";
#    "Calvo added that A"; employers "said the rule was “...” in agriculture, where ..." (partial only); farmers' leader
#    named after the first stretch of a split quote ("said Julián Morcillo, who heads ..."); unions "welcomed the decree
#    but said A" (indirect; the act not annotated); scare so-called “heat clause”; bricklayer "told EL PAÍS that A and
#    that B", quote split by "he said."; content before "according to the State Meteorological Agency (AEMET)";
#    epidemiologist "called the decree “...”, but warned that B" (partial plus indirect); PP spokesperson "said the
#    minister had “...” and that B" (partial plus indirect).
ARTICLES[f"{BATCH}/spain-outdoor-work-heat-decree.gold.json"] = {
    "article": f"{BATCH}/spain-outdoor-work-heat-decree.txt",
    "target": "Irene Calvo",
    "quotes": [
        (P, "Employers’ organizations", "impossible to apply", "Employers say"),
        (D, "Irene Calvo", "No job is worth a life. Last summer we buried workers who died doing their jobs at 44 degrees, "
            "and that will not happen again with this government’s signature on it,", None),
        (I, "Ministry of Labor", "the measure applies to construction, agriculture, street cleaning and delivery work, and "
            "companies that break it face fines of up to €225,000", None),
        (I, "Irene Calvo", "workers would keep their full wages during the stoppages", None),
        (P, "Employers’ organizations", "impossible to apply", "led by the CEOE"),
        (D, "Julián Morcillo", "A melon does not wait for the alert to end,", None),
        (D, "Julián Morcillo", "If we stop picking for three days in July, we lose the crop — and then there are no wages "
            "to keep for anyone.", None),
        (I, "CCOO and UGT unions", "it came two summers too late", None),
        (S, None, "heat clause", None),
        (I, "Mohamed El Amrani", "he had twice stopped work last August with dizziness and that his foreman had sent him "
            "back to the scaffold within the hour", None),
        (D, "Mohamed El Amrani", "This law should have come years ago,", None),
        (D, "Mohamed El Amrani", "On the roof the thermometer does not say 44. It says 50.", None),
        (I, "State Meteorological Agency", "Spain recorded 41 days with at least one province under a red heat warning in "
            "2026, the highest number since records began", None),
        (P, "Marta Sanz Oliva", "a necessary first step", None),
        (I, "Marta Sanz Oliva", "most heat deaths among workers happened on orange-alert days, which the new rule does not "
            "cover", None),
        (P, "Álvaro Nieto", "legislated by press release", None),
        (I, "Álvaro Nieto", "the ministry still had not published the technical guide companies will need to comply",
            None),
    ],
    "actors": [
        actor("Employers’ organizations", "group", title="employers' organizations, led by the CEOE", affiliation="Spain",
              aliases=["Employers’ organizations", "Employers"], stance=-1),
        actor("Irene Calvo", "person", title="Labor Minister", affiliation="Spain",
              aliases=["Irene Calvo", "Calvo", "the minister"], stance=1),
        actor("Ministry of Labor", "government", title="labor ministry", affiliation="Spain",
              aliases=["Ministry of Labor"], stance=1),
        actor("Julián Morcillo", "person", title="head of ASAJA in Murcia", affiliation="ASAJA",
              aliases=["Julián Morcillo", "Morcillo"], stance=-1),
        actor("CCOO and UGT unions", "group", title="unions", affiliation="Spain", aliases=["CCOO and UGT unions"],
              stance=0),
        actor("Mohamed El Amrani", "person", title="bricklayer, 34", affiliation="Córdoba",
              aliases=["Mohamed El Amrani", "El Amrani"], stance=1),
        actor("State Meteorological Agency", "government", title="weather agency", affiliation="Spain",
              aliases=["State Meteorological Agency", "AEMET"], stance=None),
        actor("Marta Sanz Oliva", "person", title="epidemiologist", affiliation="Carlos III Health Institute",
              aliases=["Marta Sanz Oliva", "Sanz Oliva"], stance=0),
        actor("Álvaro Nieto", "person", title="labor spokesperson", affiliation="Popular Party (PP)",
              aliases=["Álvaro Nieto", "Nieto"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Times Kuwait (Kuwait) business/consumer (the commerce ministry fines a delivery app over hidden fees), headline
#    without speech, "Times Kuwait Report" line, straight " and apostrophes, "KD 50,000"; lede content before "the
#    ministry said in a statement on Sunday"; "In its statement, the ministry said A"; scare so-called "small order
#    fee"; undersecretary "stressed that A", quote with "Al-Mutairi said.", "He affirmed that A"; company "said in a
#    statement to Times Kuwait that A and that B"; chief executive "said A", then a quote with "he said." and a
#    quote-only paragraph; group "Several restaurant owners told Times Kuwait that A"; society "welcomed the fine but
#    described it as "..."" (partial only); resident known by first name "said A", quote with "she said"; economist
#    "pointed out that A", quote with "he told Times Kuwait"; ministry "urged consumers to ..." (directive).
ARTICLES[f"{BATCH}/kuwait-wasla-delivery-fees-fine.gold.json"] = {
    "article": f"{BATCH}/kuwait-wasla-delivery-fees-fine.txt",
    "target": "Wasla",
    "quotes": [
        (I, "Ministry of Commerce and Industry", "The Ministry of Commerce and Industry (MoCI) has imposed a fine of KD "
            "50,000 on delivery application Wasla for charging customers service fees that were not shown before "
            "checkout", None),
        (I, "Ministry of Commerce and Industry", "its inspectors had reviewed more than 3,000 orders placed through the app "
            "between July and October and found that two extra charges were added only at the final payment stage", None),
        (S, None, "small order fee", None),
        (I, "Khaled Al-Mutairi", "the ministry would not tolerate any practice that misleads consumers about the real price "
            "of a product or service", None),
        (D, "Khaled Al-Mutairi", "Transparency in prices is a right of the consumer, not a favor from the company,", None),
        (I, "Khaled Al-Mutairi", "the inspection campaign would extend to other delivery and ride-hailing applications in "
            "the coming weeks", None),
        (I, "Wasla", "it respected the ministry's decision and that all fees had been updated to appear on the first "
            "screen of the app", None),
        (I, "Yousef Behbehani", "the fees had always been shown before payment", None),
        (D, "Yousef Behbehani", "But we accept that they should be clearer and earlier,", None),
        (D, "Yousef Behbehani", "We are a Kuwaiti startup with 600 employees, and we have always worked with the ministry, "
            "not against it.", None),
        (I, "Several restaurant owners", "delivery apps also charge them commissions of up to 30 percent on each order",
            None),
        (P, "Kuwait Consumer Protection Society", "too small to change behavior", None),
        (I, "Mariam", "she had noticed her bills creeping up over the summer", None),
        (D, "Mariam", "I thought I was ordering a KD 3 sandwich. At the end I paid almost KD 5,", None),
        (I, "Abdullah Al-Shatti", "the local delivery market had grown to an estimated KD 400 million a year since the "
            "pandemic, with three apps controlling most of it", None),
        (D, "Abdullah Al-Shatti", "When three companies control the market, the consumer cannot simply go elsewhere. That "
            "is exactly when the regulator must be strict,", None),
    ],
    "actors": [
        actor("Ministry of Commerce and Industry", "government", title="commerce ministry", affiliation="Kuwait",
              aliases=["Ministry of Commerce and Industry", "MoCI", "the ministry"], stance=-1),
        actor("Khaled Al-Mutairi", "person", title="Undersecretary", affiliation="Ministry of Commerce and Industry",
              aliases=["Khaled Al-Mutairi", "Al-Mutairi", "Dr. Khaled Al-Mutairi"], stance=-1),
        actor("Wasla", "organisation", title="delivery application", affiliation="Kuwait",
              aliases=["Wasla", "The company"], stance=1),
        actor("Yousef Behbehani", "person", title="chief executive", affiliation="Wasla",
              aliases=["Yousef Behbehani", "Behbehani"], stance=1),
        actor("Several restaurant owners", "group", title="restaurant owners", affiliation="Kuwait",
              aliases=["Several restaurant owners"], stance=-1),
        actor("Kuwait Consumer Protection Society", "organisation", title="consumer society", affiliation="Kuwait",
              aliases=["Kuwait Consumer Protection Society"], stance=-1),
        actor("Mariam", "person", title="teacher in Salmiya", affiliation=None, aliases=["Mariam"], stance=-1),
        actor("Abdullah Al-Shatti", "person", title="economist", affiliation=None,
              aliases=["Abdullah Al-Shatti", "Al-Shatti", "Dr. Abdullah Al-Shatti"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
