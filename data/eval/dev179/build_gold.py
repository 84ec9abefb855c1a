"""Build the dev179 gold files (data/eval/dev179/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev179/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev179.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev179"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Clean Energy Wire (Berlin, energy/climate: a utility asks to keep two lignite units running), headline
#    and standfirst without speech, "Clean Energy Wire / NAME" and "4 Dec 2026, 13:05" lines, curly quotes
#    and apostrophes, crosshead, German names (Rainer Wolf, Petra Kohl, Jonas Brückner, Miriam Yilmaz).
#    Lede content before "the company said on Thursday"; "The company said A"; CEO quote split by "Elbtal
#    Energie CEO Rainer Wolf told a press conference in Cottbus" (two directs); "Wolf said A and would B" (one
#    span); agency "confirmed that A and said it would examine it "..."" (indirect plus partial); content
#    before "a BNetzA spokesperson told Clean Energy Wire"; "The economy ministry ... was more cautious" (no
#    speech), quote with "a ministry spokesperson said"; state minister "backed the utility" (act), "told
#    newspaper Sächsische Zeitung that A had been "..." , and that B" (partial plus indirect); MP "called the
#    application a "..."" (partial), quote with "he said"; NGO "said in a statement that the application was
#    "...", and said B" (partial plus indirect); think tank "said A"; analyst "said she saw ...", quote with
#    "Yilmaz said"; content before "according to the Federal Statistical Office"; scare so-called "coal
#    commission".
ARTICLES[f"{BATCH}/elbtal-energie-lignite-closure-delay.gold.json"] = {
    "article": f"{BATCH}/elbtal-energie-lignite-closure-delay.txt",
    "target": "Elbtal Energie",
    "quotes": [
        (I, "Elbtal Energie", "Elbtal Energie has formally applied to the Federal Network Agency (BNetzA) to keep two "
            "500-megawatt lignite units at Boxberg-S\u00fcd in Saxony in operation until the end of 2031", None),
        (I, "Elbtal Energie", "the delays in building new gas-fired plants and the slow expansion of transmission lines "
            "to the south meant that the units would still be needed to keep the grid stable", None),
        (D, "Rainer Wolf", "We are not asking for a subsidy and we are not questioning the coal exit,", None),
        (D, "Rainer Wolf", "We are asking for realism. Without these units, the east of Germany will be importing power "
            "on cold, windless evenings, and the bill will be paid by consumers.", None),
        (I, "Rainer Wolf", "the company would pay for the units\u2019 continued operation itself and would keep the mining "
            "workforce at current levels until 2031, securing around 900 jobs", None),
        (I, "Federal Network Agency", "it had received the application", None),
        (P, "Federal Network Agency", "with the usual care", None),
        (I, "BNetzA spokesperson", "A decision was expected by the summer", None),
        (D, "ministry spokesperson", "The phase-out dates in the law are binding. Any exception would have to be "
            "justified by a proven risk to security of supply, not by a company\u2019s business plan,", None),
        (P, "Petra Kohl", "promised a structural change, not a structural break", None),
        (I, "Petra Kohl", "the region needed the jobs until new industries were in place", None),
        (P, "Jonas Br\u00fcckner", "test balloon", None),
        (D, "Jonas Br\u00fcckner", "Today it is two units at Boxberg, tomorrow it is the whole Lusatian district. The "
            "company knew about the 2028 date for six years,", None),
        (P, "BUND", "a slap in the face for everyone who relies on planning certainty", None),
        (I, "BUND", "it would take legal action if the agency approved it", None),
        (I, "Agora Energiewende", "the reserve capacity already contracted by the grid operators was sufficient to cover "
            "the eastern grid region after 2028", None),
        (I, "Miriam Yilmaz", "she saw no technical case for the extension", None),
        (D, "Miriam Yilmaz", "The models show the system can cope. What is missing is not power plants but the political "
            "will to build the lines that have already been approved,", None),
        (I, "Federal Statistical Office", "The company generated about 9 percent of Germany\u2019s lignite-fired power "
            "last year", None),
        (S, None, "coal commission", None),
    ],
    "actors": [
        actor("Elbtal Energie", "organisation", title="utility", aliases=["Elbtal Energie", "the company"], stance=1),
        actor("Rainer Wolf", "person", title="CEO", affiliation="Elbtal Energie", aliases=["Rainer Wolf", "Wolf"],
              stance=1),
        actor("Federal Network Agency", "government", title="grid regulator", affiliation="Germany",
              aliases=["Federal Network Agency", "BNetzA"], stance=0),
        actor("BNetzA spokesperson", "person", title="spokesperson", affiliation="Federal Network Agency",
              aliases=["BNetzA spokesperson"], stance=None),
        actor("ministry spokesperson", "person", title="economy ministry spokesperson", affiliation="Germany",
              aliases=["ministry spokesperson"], stance=0),
        actor("Petra Kohl", "person", title="Saxony's state economy minister", affiliation="Saxony",
              aliases=["Petra Kohl", "Kohl"], stance=1),
        actor("Jonas Br\u00fcckner", "person", title="parliamentarian", affiliation="Green Party",
              aliases=["Jonas Br\u00fcckner", "Br\u00fcckner"], stance=-1),
        actor("BUND", "organisation", title="environmental NGO", aliases=["BUND"], stance=-1),
        actor("Agora Energiewende", "organisation", title="energy think tank", aliases=["Agora Energiewende"], stance=-1),
        actor("Miriam Yilmaz", "person", title="analyst", affiliation="Agora Energiewende",
              aliases=["Miriam Yilmaz", "Yilmaz"], stance=-1),
        actor("Federal Statistical Office", "government", title="statistics office", affiliation="Germany",
              aliases=["Federal Statistical Office"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. bdnews24.com (Bangladesh, energy/diplomacy: Rooppur's first unit and the Russian loan), headline without
#    quote marks, "Staff Correspondent / bdnews24.com" and "Published : ... / Updated : ..." lines, straight "
#    and apostrophes. Lede content before "the science and technology ministry has said"; content before
#    "officials said on Thursday"; secretary "told reporters at the Secretariat that A and that B were "...""
#    (indirect plus partial), quote with "he said"; Rosatom "said in a statement that the project was "..." and
#    that B" (partial plus indirect); ambassador "described Rooppur as a "..." between ..." (partial), quote
#    with "the ambassador said" then a quote-only paragraph; anonymous "Finance ministry officials, speaking on
#    condition of anonymity, said A, and that B" (one span); economist "warned that A", quote with "she told
#    bdnews24.com", "She said ... would be "..." ..." (partial only); professor "said A", quote with
#    "Chowdhury said"; "According to the Power Grid Company of Bangladesh (PGCB), A".
ARTICLES[f"{BATCH}/rooppur-unit-one-grid-russia-loan.gold.json"] = {
    "article": f"{BATCH}/rooppur-unit-one-grid-russia-loan.txt",
    "target": "Russia",
    "quotes": [
        (I, "science and technology ministry", "The first unit of the Rooppur Nuclear Power Plant will start supplying "
            "electricity to the national grid by March next year, more than two years behind the original schedule",
            None),
        (I, "officials", "Russia has also agreed to receive repayments on the $11.38 billion state credit for the project "
            "in Chinese yuan, resolving a dispute that had left Bangladesh unable to pay nearly $900 million in "
            "instalments since 2022", None),
        (I, "Mosharraf Hossain Bhuiyan", "the fuel had already been loaded into the first reactor", None),
        (P, "Mosharraf Hossain Bhuiyan", "going smoothly", None),
        (D, "Mosharraf Hossain Bhuiyan", "We will not rush. Safety comes first, and the regulator will give the final "
            "clearance only when every test has been completed,", None),
        (P, "Rosatom", "in its final stretch", None),
        (I, "Rosatom", "more than 1,500 Bangladeshi engineers had been trained in Russia", None),
        (P, "Yuri Balashov", "symbol of friendship", None),
        (D, "Yuri Balashov", "Some people in the West predicted that this plant would never be finished because of the "
            "sanctions. They were wrong. Russia keeps its promises to its partners,", None),
        (D, "Yuri Balashov", "When the lights come on in Rajshahi and Khulna, people will know where that electricity "
            "came from.", None),
        (I, "Finance ministry officials", "the yuan arrangement would be routed through a Chinese bank, and that the "
            "first payment of about $300 million was due in January", None),
        (I, "Fahmida Sultana", "the loan would become a heavy burden once the grace period ended", None),
        (D, "Fahmida Sultana", "From 2027, Bangladesh will be paying more than $500 million a year to Russia for this "
            "plant alone. With our reserves where they are, that is a serious risk,", None),
        (P, "Fahmida Sultana", "among the highest", None),
        (I, "Anisur Rahman Chowdhury", "the transmission lines needed to carry power from the plant were still not "
            "complete", None),
        (D, "Anisur Rahman Chowdhury", "A power plant without transmission lines is like a car without roads. The Power "
            "Grid Company has to finish its part, or the plant will sit idle for months,", None),
        (I, "Power Grid Company of Bangladesh", "the Rooppur-Gopalganj line has been completed, while work on the river "
            "crossing of the Rooppur-Dhaka line will end in February", None),
    ],
    "actors": [
        actor("science and technology ministry", "government", title="ministry", affiliation="Bangladesh",
              aliases=["science and technology ministry"], stance=0),
        actor("officials", "group", title="Bangladeshi officials", aliases=["officials"], stance=0),
        actor("Mosharraf Hossain Bhuiyan", "person", title="Science and Technology Secretary", affiliation="Bangladesh",
              aliases=["Mosharraf Hossain Bhuiyan", "Bhuiyan"], stance=1),
        actor("Rosatom", "organisation", title="Russian state nuclear corporation", affiliation="Russia",
              aliases=["Rosatom"], stance=1),
        actor("Yuri Balashov", "person", title="Russian Ambassador", affiliation="Russia",
              aliases=["Yuri Balashov", "Balashov", "the ambassador"], stance=1),
        actor("Finance ministry officials", "group", title="anonymous finance ministry officials",
              affiliation="Bangladesh", aliases=["Finance ministry officials"], stance=None),
        actor("Fahmida Sultana", "person", title="economist", affiliation="Centre for Policy Dialogue",
              aliases=["Fahmida Sultana", "Sultana"], stance=-1),
        actor("Anisur Rahman Chowdhury", "person", title="nuclear engineering teacher", affiliation="Dhaka University",
              aliases=["Anisur Rahman Chowdhury", "Chowdhury"], stance=None),
        actor("Power Grid Company of Bangladesh", "organisation", title="grid company",
              aliases=["Power Grid Company of Bangladesh", "PGCB", "Power Grid Company"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Kaselehlie Press (Pohnpei, FSM; politics/accountability: an audit of a senator's road funds),
#    headline without speech, "By Kaselehlie Press staff" and date lines, dateline "Pohnpei—" run into the
#    lede, straight " and apostrophes. Lede content before "according to an audit report released ... by the
#    Office of the National Public Auditor (ONPA)"; "In the report, the auditors said A. They said B." (two
#    indirects); quote with "the report said"; auditor "told the Kaselehlie Press that A", quote with "Luther
#    said"; senator "rejected the findings in a written response" (act), "He said that A and that B" (one
#    span), quote with "Senator Mida wrote", "He described the audit as "...", noting that A" (partial plus
#    indirect); "could not be reached for comment" (not annotated); mayor "confirmed that A", "Mayor Saimon
#    said A", quote with "she said"; anonymous member of Congress ("who asked not to be named because ...")
#    "said A", quote with "the member said"; "declined to comment" (not annotated); scare so-called "pork".
ARTICLES[f"{BATCH}/senator-mida-audit-road-funds.gold.json"] = {
    "article": f"{BATCH}/senator-mida-audit-road-funds.txt",
    "target": "Kasio Mida",
    "quotes": [
        (I, "Office of the National Public Auditor", "More than $410,000 in public project funds allocated by the FSM "
            "Congress to Senator Kasio Mida for road improvements in his election district were spent without proper "
            "documentation", None),
        (I, "Office of the National Public Auditor", "they had been unable to locate bids, contracts or completion "
            "reports for eleven of the nineteen road projects they examined", None),
        (I, "Office of the National Public Auditor", "several payments had been made to a single contractor whose "
            "business license had expired in 2022", None),
        (D, "Office of the National Public Auditor", "The lack of documentation means that ONPA cannot confirm that the "
            "roads were built to the standard paid for, or that they were built at all,", None),
        (I, "Ellis Luther", "the audit had been referred to the Department of Justice, as required by law when possible "
            "irregularities are found", None),
        (D, "Ellis Luther", "Our job is to follow the money. It is not our job to decide if anybody broke the law. That "
            "is for the Attorney General's office and, if it comes to it, the courts,", None),
        (I, "Kasio Mida", "all the roads had been completed and that the missing documents were kept by the municipal "
            "governments that managed the projects on his behalf", None),
        (D, "Kasio Mida", "I invite the auditors, and anyone else who doubts it, to drive on those roads with me. The "
            "people of Sokehs and Kolonia know the difference these projects have made,", None),
        (P, "Kasio Mida", "politically timed", None),
        (I, "Kasio Mida", "it was released less than four months before the March election", None),
        (I, "Anita Saimon", "the town government had managed four of the projects", None),
        (I, "Anita Saimon", "the town had handed its files to the auditors in August", None),
        (D, "Anita Saimon", "We gave them everything we had. If something is missing, it is not from our side,", None),
        (I, "member of Congress from another state", "the problem went beyond one senator", None),
        (D, "member of Congress from another state", "Every senator gets these public project funds, and the rules for "
            "accounting for them are weak. Senator Mida is not the only one who will be nervous this week,", None),
        (S, None, "pork", None),
    ],
    "actors": [
        actor("Office of the National Public Auditor", "government", title="public auditor's office",
              affiliation="Federated States of Micronesia",
              aliases=["Office of the National Public Auditor", "ONPA", "the auditors"], stance=-1),
        actor("Ellis Luther", "person", title="National Public Auditor", affiliation="Federated States of Micronesia",
              aliases=["Ellis Luther", "Luther"], stance=0),
        actor("Kasio Mida", "person", title="Senator, Pohnpei Election District 1", affiliation="FSM Congress",
              aliases=["Kasio Mida", "Mida", "Senator Mida"], stance=1),
        actor("Anita Saimon", "person", title="Kolonia Town Mayor", affiliation="Kolonia Town",
              aliases=["Anita Saimon", "Saimon", "Mayor Saimon"], stance=-1),
        actor("member of Congress from another state", "person", title="anonymous member of Congress",
              affiliation="FSM Congress", aliases=["member of Congress from another state"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily NK (Seoul; North Korea's markets: a ban on private grain sales), headline and subhead without
#    speech, "By NAME - 2026.12.04 5:20pm" line, straight " and apostrophes, Korean names (Kang Mi-jin, Park
#    Hyun-woo), "won". Lede "Daily NK has learned" (not a cue) with scare state-term "grain sales stations";
#    two anonymous sources: "A source in Ryanggang Province told Daily NK on Wednesday that A and that B" (one
#    span), quote with "the source said", "The source added that A"; "A separate source in North Pyongan
#    Province reported that A", quote with "the source said, adding that B" (direct plus indirect); "The
#    crackdown appears to be ..." (writer's analysis, not annotated); KCNA "reported ... that A, and that it
#    would "..."" (indirect plus partial); ministry "said A", anonymous "a ministry official told reporters";
#    researcher "said A", quote with "Park said", "Park noted that A, and described ... as "..."" (indirect
#    plus partial); "was unable to independently confirm" (not annotated).
ARTICLES[f"{BATCH}/north-korea-grain-market-crackdown.gold.json"] = {
    "article": f"{BATCH}/north-korea-grain-market-crackdown.txt",
    "target": "North Korea",
    "quotes": [
        (S, None, "grain sales stations", "state-run \"grain"),
        (I, "source in Ryanggang Province", "the order was handed down to market managers in Hyesan in late November and "
            "that inspectors from the Ministry of Social Security began enforcing it this week", None),
        (D, "source in Ryanggang Province", "They came through the market on Monday with a truck and took every sack of "
            "rice they could find. One woman who argued with them was taken away, and nobody has seen her since,", None),
        (I, "source in Ryanggang Province", "the price of rice in Hyesan had risen to around 9,800 won per kilogram, up "
            "from about 7,000 won in September", None),
        (I, "source in North Pyongan Province", "a similar ban had been announced in Sinuiju, where grain sales stations "
            "were selling rice at 6,500 won but ran out within hours", None),
        (D, "source in North Pyongan Province", "People queue from four in the morning. By nine the station is empty and "
            "the staff tell you to come back next week,", None),
        (I, "source in North Pyongan Province", "many residents were now buying grain secretly from farmers at night",
            None),
        (I, "Korean Central News Agency", "the Cabinet had adopted measures to guarantee a stable food supply to the "
            "people", None),
        (P, "Korean Central News Agency", "eliminate the anti-socialist practice of grain speculation.", None),
        (I, "Ministry of Unification", "it was monitoring the situation closely", None),
        (D, "ministry official", "Restricting markets may give the state more control in the short term, but it tends to "
            "make food harder to get for ordinary people, especially in winter,", None),
        (I, "Park Hyun-woo", "similar bans in 2009 and 2023 had been quietly abandoned within months", None),
        (D, "Park Hyun-woo", "The state simply does not have enough grain to replace the markets. Once the shortages "
            "become too obvious, local officials start looking the other way again,", None),
        (I, "Park Hyun-woo", "the harvest this autumn had been better than in recent years", None),
        (P, "Park Hyun-woo", "a policy-made shortage, not a natural one.", None),
    ],
    "actors": [
        actor("source in Ryanggang Province", "person", title="anonymous source", aliases=["source in Ryanggang Province"],
              stance=-1),
        actor("source in North Pyongan Province", "person", title="anonymous source",
              aliases=["source in North Pyongan Province"], stance=-1),
        actor("Korean Central News Agency", "organisation", title="state news agency", affiliation="North Korea",
              aliases=["Korean Central News Agency", "KCNA"], stance=1),
        actor("Ministry of Unification", "government", title="unification ministry", affiliation="South Korea",
              aliases=["Ministry of Unification"], stance=0),
        actor("ministry official", "person", title="anonymous unification ministry official",
              affiliation="Ministry of Unification", aliases=["ministry official"], stance=-1),
        actor("Park Hyun-woo", "person", title="researcher", affiliation="Korea Institute for National Unification",
              aliases=["Park Hyun-woo", "Park"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
