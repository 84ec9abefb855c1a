"""Build the dev196 gold files (data/eval/dev196/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev196/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev196.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev196"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Artemis (insurance-linked securities trade press) cat bonds (a sponsor's hurricane loss estimate
#    rises and its cat bond is marked down), headline without speech, "3rd December 2026 - Author: NAME"
#    line, straight " and apostrophes, US punctuation inside closing marks; lede content before "according
#    to a filing with the Florida Office of Insurance Regulation" (the insurer's filing; the regulator is
#    only where it was filed); "our analysis suggests" (the writer's own, not annotated); CEO "said the
#    increase reflected "..." from ..., and that the company's reinsurance program was "..."" (two
#    partials only), quote with "Reinholt said", "He said A"; scare so-called "assignment of benefits";
#    anonymous fund manager "who asked not to be named, told Artemis that the speed ... had "..." and that
#    B" (partial plus indirect), then "the manager said"; portfolio manager "said A and that Harbor Mutual
#    had been "..." throughout" (indirect plus partial), "she said"; modeller "said last month that A";
#    regulator "said in an emailed statement that A"; the Deal Directory line (not speech).
ARTICLES[f"{BATCH}/lighthouse-re-delphine-loss-creep.gold.json"] = {
    "article": f"{BATCH}/lighthouse-re-delphine-loss-creep.txt",
    "target": "Harbor Mutual",
    "quotes": [
        (I, "Harbor Mutual", "Florida-focused property insurer Harbor Mutual has raised its estimate of gross losses "
            "from hurricane Delphine to $1.45 billion, up from the $900 million it reported in late October", None),
        (P, "Douglas Reinholt", "a late surge in claims", None),
        (P, "Douglas Reinholt", "performing exactly as designed.", None),
        (D, "Douglas Reinholt", "Our policyholders are being paid, our capital position remains strong, and this is "
            "what a reinsurance program is for,", None),
        (I, "Douglas Reinholt", "the insurer expected to have closed more than 90% of its Delphine claims by the end of "
            "January", None),
        (S, None, "assignment of benefits", None),
        (P, "cat bond fund manager", "surprised a lot of people", None),
        (I, "cat bond fund manager", "the sponsor's early estimates had been too optimistic", None),
        (D, "cat bond fund manager", "When a sponsor moves its number by 60% in six weeks, investors are going to ask "
            "questions about its claims reserving. That will show up in pricing at renewal,", None),
        (I, "Sarah Lindqvist", "the increase was in line with what other Florida carriers had reported", None),
        (P, "Sarah Lindqvist", "transparent", None),
        (D, "Sarah Lindqvist", "Florida is volatile, and anyone who buys a Florida indemnity deal knows that. We'd "
            "happily look at their next deal,", None),
        (I, "Tidewell Analytics", "insured industry losses from Delphine would fall between $18 billion and $24 billion, "
            "making it the costliest Florida hurricane since Ian", None),
        (I, "Florida Office of Insurance Regulation", "it was monitoring claims handling by all insurers affected by "
            "Delphine", None),
    ],
    "actors": [
        actor("Harbor Mutual", "organisation", title="Florida property insurer, cat bond sponsor", affiliation=None,
              aliases=["Harbor Mutual"], stance=0),
        actor("Douglas Reinholt", "person", title="chief executive", affiliation="Harbor Mutual",
              aliases=["Douglas Reinholt", "Reinholt"], stance=1),
        actor("cat bond fund manager", "person", title="fund manager (anonymous)", affiliation=None,
              aliases=["cat bond fund manager", "the manager"], stance=-1),
        actor("Sarah Lindqvist", "person", title="portfolio manager", affiliation="Alpstein ILS Partners",
              aliases=["Sarah Lindqvist", "Lindqvist"], stance=1),
        actor("Tidewell Analytics", "organisation", title="catastrophe risk modeller", affiliation=None,
              aliases=["Tidewell Analytics"], stance=None),
        actor("Florida Office of Insurance Regulation", "government", title="insurance regulator", affiliation="Florida",
              aliases=["Florida Office of Insurance Regulation"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Space.com (space and science news) launch failure (a small rocket fails on its second flight),
#    headline without speech, "By NAME published December 2, 2026" line, curly double marks with ’
#    apostrophes, "(Dec. 1)" date style, metric and US units; webcast commentator's quote before "launch
#    commentator Maya Oduya said on the webcast"; company "said the second stage had experienced “...”
#    and that B" (partial plus indirect) in a post on X; CEO's post split by "Aurora founder and CEO Rafael
#    Szymanski wrote in a separate post"; scare so-called “fly-fix-fly” (glossed); FAA "said in a
#    statement that A and that B" (one span), then "The agency said A"; professor's quote split by "said
#    Elaine Moyo, the physics professor who ..."; NASA spokesperson "said A"; customer CEO "told Space.com
#    that A" (with "that Aurora disclosed to investors" inside the span), quote with "she said"; "Aurora
#    did not respond to questions" (not annotated); analyst's quote split by "said Jonah Rittenberg, an
#    analyst at ..."; "According to Aurora’s most recent quarterly report, A".
ARTICLES[f"{BATCH}/aurora-starling-launch-failure.gold.json"] = {
    "article": f"{BATCH}/aurora-starling-launch-failure.txt",
    "target": "Aurora Launch Systems",
    "quotes": [
        (D, "Maya Oduya", "We’ve lost the vehicle,", None),
        (P, "Aurora Launch Systems", "an anomaly", None),
        (I, "Aurora Launch Systems", "it was working with the Federal Aviation Administration (FAA) to understand what "
            "went wrong", None),
        (D, "Rafael Szymanski", "Today hurt. We let down our customers, and we own that,", None),
        (D, "Rafael Szymanski", "But Starling reached orbit on its first flight in June, and it will fly again. This is "
            "how rockets get built.", None),
        (S, None, "fly-fix-fly", None),
        (I, "FAA", "no injuries or damage to public property had been reported and that Aurora would be required to lead "
            "a mishap investigation under agency oversight", None),
        (I, "FAA", "debris fell into the Atlantic Ocean within the designated hazard area", None),
        (D, "Elaine Moyo", "Four years of student work, gone in three minutes,", None),
        (D, "Elaine Moyo", "That’s the risk you accept on a new rocket. I’d fly with Aurora again tomorrow.", None),
        (I, "NASA spokesperson", "the two university cubesats had been selected under the agency’s CubeSat Launch "
            "Initiative, which pays for rides to orbit for educational missions", None),
        (I, "Priya Natarajan", "her company had not been told about an engine test failure that Aurora disclosed to "
            "investors in October", None),
        (D, "Priya Natarajan", "We found out from a filing, like everyone else. A customer should hear that from its "
            "launch provider,", None),
        (D, "Jonah Rittenberg", "Two flights and one success is not unusual for a new rocket,", None),
        (D, "Jonah Rittenberg", "But Aurora has cash for maybe one more failure. The next flight is the one that "
            "matters.", None),
        (I, "Aurora Launch Systems", "the company had $84 million in cash at the end of September and was spending about "
            "$14 million a quarter", None),
    ],
    "actors": [
        actor("Maya Oduya", "person", title="launch commentator", affiliation="Aurora Launch Systems",
              aliases=["Maya Oduya", "Oduya"], stance=0),
        actor("Aurora Launch Systems", "organisation", title="launch company", affiliation=None,
              aliases=["Aurora Launch Systems", "Aurora", "the company"], stance=0),
        actor("Rafael Szymanski", "person", title="founder and CEO", affiliation="Aurora Launch Systems",
              aliases=["Rafael Szymanski", "Szymanski"], stance=1),
        actor("FAA", "government", title="aviation regulator", affiliation="United States",
              aliases=["FAA", "Federal Aviation Administration", "The agency"], stance=0),
        actor("Elaine Moyo", "person", title="physics professor, project lead", affiliation="University of New Hampshire",
              aliases=["Elaine Moyo", "Moyo"], stance=1),
        actor("NASA spokesperson", "person", title="spokesperson", affiliation="NASA",
              aliases=["NASA spokesperson"], stance=None),
        actor("Priya Natarajan", "person", title="chief executive", affiliation="Orbitline",
              aliases=["Priya Natarajan", "Natarajan"], stance=-1),
        actor("Jonah Rittenberg", "person", title="analyst", affiliation="Orbital Ledger",
              aliases=["Jonah Rittenberg", "Rittenberg"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Guardian Post (Cameroon, English-language) labour / education (teachers strike over arrears in
#    the two Anglophone regions), headline "Teachers down chalk as MINESEC promises arrears 'by January'"
#    (straight single-quoted fragment, speaker the ministry the headline names), byline, straight " and
#    apostrophes, British punctuation outside closing marks for fragments, "FCFA", "Comrade", titles with
#    commas ("CATTU Secretary General, Comrade Peter Nfor Tamfu, said"); lede "launching what their union
#    described as an "..." strike" (partial for the union); union "said in a communiqué that A"; secretary
#    general "said teachers had "..."" (partial only), quote with "Tamfu said", then "He added: "...` open
#    at the end of its line and a closed paragraph; scare so-called "matricule" (glossed); ministry SG
#    "told reporters that payment ... would begin "..." and described the strike as "..."" (two partials),
#    quote with "Tanjong said"; regional delegate "said A", "She warned that teachers who stayed away
#    "..." would face sanctions" (partial only); student named after his quote ("who gave his name only as
#    Derick"); teacher "said A", "she said"; PTA president "said parents were "..."", then "he said".
ARTICLES[f"{BATCH}/fako-mezam-teachers-arrears-strike.gold.json"] = {
    "article": f"{BATCH}/fako-mezam-teachers-arrears-strike.txt",
    "target": "Ministry of Secondary Education",
    "quotes": [
        (P, "Ministry of Secondary Education", "by January", "Teachers down chalk"),
        (P, "Cameroon Teachers' Trade Union", "unlimited", None),
        (I, "Cameroon Teachers' Trade Union", "about 2,400 teachers recruited in the North West and South West Regions "
            "had worked for up to three years without receiving their integration arrears, estimated at over FCFA 4 "
            "billion", None),
        (P, "Peter Nfor Tamfu", "exhausted every channel of dialogue.", None),
        (D, "Peter Nfor Tamfu", "We have written to the Minister, we have met the Delegates, we have been promised and "
            "promised again. A teacher who cannot pay his rent cannot teach,", None),
        (D, "Peter Nfor Tamfu", "The strike will continue until every teacher receives at least half of what is owed.",
            None),
        (D, "Peter Nfor Tamfu", "We are not against the children. We are against a system that treats teachers like "
            "beggars.", None),
        (S, None, "matricule", None),
        (P, "Emmanuel Ngwa Tanjong", "by January", "payment of the arrears"),
        (P, "Emmanuel Ngwa Tanjong", "premature", None),
        (D, "Emmanuel Ngwa Tanjong", "The files of 1,700 teachers have already been processed and sent to the Ministry "
            "of Finance. Government has never refused to pay, but procedures take time,", None),
        (I, "Esther Mbong Ebai", "only 12 of the region's 186 public secondary schools had been affected", None),
        (P, "Esther Mbong Ebai", "without justification", None),
        (D, "Derick", "We came to school and there was nobody to teach us. Our exams are in May,", None),
        (I, "Linda Achu", "she had received only three months' salary in three years", None),
        (D, "Linda Achu", "I borrow money for transport to come to school. My landlord has given me until the end of "
            "December,", None),
        (P, "Divine Ayuk", "caught in the middle", None),
        (D, "Divine Ayuk", "Government should pay these teachers what it owes them. Our children should not suffer "
            "because of files sitting in an office,", None),
    ],
    "actors": [
        actor("Ministry of Secondary Education", "government", title="ministry", affiliation="Cameroon",
              aliases=["Ministry of Secondary Education", "MINESEC"], stance=1),
        actor("Cameroon Teachers' Trade Union", "organisation", title="teachers' union", affiliation=None,
              aliases=["Cameroon Teachers' Trade Union", "CATTU"], stance=-1),
        actor("Peter Nfor Tamfu", "person", title="Secretary General (Comrade)",
              affiliation="Cameroon Teachers' Trade Union", aliases=["Peter Nfor Tamfu", "Tamfu"], stance=-1),
        actor("Emmanuel Ngwa Tanjong", "person", title="Secretary General of MINESEC (Dr.)",
              affiliation="Ministry of Secondary Education", aliases=["Emmanuel Ngwa Tanjong", "Tanjong"], stance=1),
        actor("Esther Mbong Ebai", "person", title="Regional Delegate of Secondary Education for the South West (Mrs.)",
              affiliation="Ministry of Secondary Education", aliases=["Esther Mbong Ebai", "Ebai"], stance=1),
        actor("Derick", "person", title="Form Five student", affiliation="GBHS Molyko", aliases=["Derick"],
              stance=None),
        actor("Linda Achu", "person", title="chemistry teacher (Mrs.)", affiliation="GBHS Molyko",
              aliases=["Linda Achu", "Achu"], stance=-1),
        actor("Divine Ayuk", "person", title="PTA President (Mr.)", affiliation="GBHS Molyko",
              aliases=["Divine Ayuk", "Ayuk"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Tribune (Bahrain) parliament (MPs approve a fee on expatriate remittances), headline "MPs back
#    2pc fee on expat remittances, Cabinet warns of 'harm' to investment" (straight single-quoted fragment,
#    speaker the Cabinet), "TDT | Manama" line, straight " and apostrophes, "BD24 million", "2 per cent";
#    sponsor "said A, which would be used ..." (one span), quote with "Al Mahmood told the session", "He
#    dismissed the government's concerns (act) and said A"; Cabinet memorandum "said the fee would "..."
#    the Kingdom's attractiveness ... and could push ..." (partial only); undersecretary "told MPs that
#    similar fees ... had "..." the revenue expected" (partial only); MP "said she had opposed it because
#    B" (one span), "she said"; chamber of commerce "said in a statement that the fee "..." to ... and that
#    B" (partial plus indirect); NGO "said A"; driver named after his quote; scare so-called "remittance
#    tax" ("amid concerns that": no speaker); Shura member "told the Daily Tribune that she expected the
#    chamber to "..." before its vote" (partial only); "According to Central Bank of Bahrain figures, A".
ARTICLES[f"{BATCH}/bahrain-remittance-fee-vote.gold.json"] = {
    "article": f"{BATCH}/bahrain-remittance-fee-vote.txt",
    "target": "Council of Representatives",
    "quotes": [
        (P, "Cabinet", "harm", "MPs back"),
        (I, "Faisal Al Mahmood", "the fee would raise about BD24 million a year, which would be used to fund training "
            "and employment programmes for Bahraini jobseekers", None),
        (D, "Faisal Al Mahmood", "Bahrainis are asking why hundreds of millions of dinars leave the country every year "
            "while our own young people wait for jobs. This is a small contribution,", None),
        (I, "Faisal Al Mahmood", "the fee was lower than those charged by several exchange houses on small transfers",
            None),
        (P, "Cabinet", "harm", "In a memorandum"),
        (P, "Ali Al Mannai", "failed to deliver", None),
        (I, "Hanan Al Fardan", "she had opposed it because it targeted the lowest-paid workers in the country", None),
        (D, "Hanan Al Fardan", "We cannot ask people to build our country and then tax them for supporting their "
            "families,", None),
        (P, "Bahrain Chamber of Commerce and Industry", "sends the wrong message", None),
        (I, "Bahrain Chamber of Commerce and Industry", "it would lobby the Shura Council to reject the bill", None),
        (I, "Migrant Workers Protection Society", "low-paid domestic and construction workers, many of whom earn less "
            "than BD150 a month, would bear the brunt of the fee", None),
        (D, "Sajeev Nair", "I send 80 dinars every month to my mother in Kerala. Two per cent is nothing for a rich man, "
            "but for me it is a week of food,", None),
        (S, None, "remittance tax", None),
        (P, "Layla Al Bastaki", "study the bill carefully", None),
        (I, "Central Bank of Bahrain", "expatriates sent BD1.2 billion abroad in 2025, most of it to India, Pakistan, "
            "Bangladesh, the Philippines and Egypt", None),
    ],
    "actors": [
        actor("Cabinet", "government", title="government of Bahrain", affiliation="Bahrain",
              aliases=["Cabinet", "the government"], stance=-1),
        actor("Faisal Al Mahmood", "person", title="MP, the bill's sponsor", affiliation="Council of Representatives",
              aliases=["Faisal Al Mahmood", "Al Mahmood"], stance=1),
        actor("Ali Al Mannai", "person", title="Finance Ministry Assistant Undersecretary", affiliation="Finance Ministry",
              aliases=["Ali Al Mannai", "Al Mannai"], stance=-1),
        actor("Hanan Al Fardan", "person", title="MP (voted against)", affiliation="Council of Representatives",
              aliases=["Hanan Al Fardan", "Al Fardan"], stance=-1),
        actor("Bahrain Chamber of Commerce and Industry", "organisation", title="chamber of commerce", affiliation=None,
              aliases=["Bahrain Chamber of Commerce and Industry"], stance=-1),
        actor("Migrant Workers Protection Society", "organisation", title="NGO", affiliation=None,
              aliases=["Migrant Workers Protection Society"], stance=-1),
        actor("Sajeev Nair", "person", title="driver, 41", affiliation=None, aliases=["Sajeev Nair", "Nair"], stance=-1),
        actor("Layla Al Bastaki", "person", title="Shura member (Dr.)", affiliation="Shura Council",
              aliases=["Layla Al Bastaki", "Al Bastaki"], stance=0),
        actor("Central Bank of Bahrain", "government", title="central bank", affiliation="Bahrain",
              aliases=["Central Bank of Bahrain"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
