"""Build the dev165 gold files (data/eval/dev165/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev165/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev165.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev165"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The New Arab diplomacy (Syria and Russia sign a deal keeping the Russian navy at Tartus), headline and
#    standfirst without speech, "The New Arab Staff & Agencies" byline, "03 December, 2026" line, straight "
#    and apostrophes. Lede content before ", the Syrian foreign ministry said"; "In a statement, the
#    ministry said the deal "..." and that B" (partial plus indirect); "The ministry added that Moscow had
#    agreed to pay compensation to "..."" (partial only); deputy minister "told the state news agency SANA
#    that the agreement was "..."" (partial only), quote with "he said"; Russian deputy minister "welcomed the
#    deal" (act), "telling ... that it "..." in relations ..." (partial only), quote with "Selivanov said";
#    group "Two diplomats in Damascus, speaking to Reuters ..., said A"; scare so-called "reconciliation
#    centre"; "According to the Syrian Network for Human Rights, A"; survivor "said the government had "...""
#    (partial), quote with "she told The New Arab's Arabic-language sister site"; analyst "said A, and that B"
#    (one span), quote with "she said"; spokesperson "said Washington was "..." of ..." (partial only).
ARTICLES[f"{BATCH}/syria-russia-tartus-agreement.gold.json"] = {
    "article": f"{BATCH}/syria-russia-tartus-agreement.txt",
    "target": "Russia",
    "quotes": [
        (I, "Syrian foreign ministry", "Syria has signed an agreement allowing Russia to keep its naval facility at "
            "the Mediterranean port of Tartus for at least ten years, in return for Russian wheat, fuel and investment "
            "in the country's battered infrastructure", None),
        (P, "Syrian foreign ministry", "fully respects Syrian sovereignty", None),
        (I, "Syrian foreign ministry", "Russian forces at the port would have no role in internal security", None),
        (P, "Syrian foreign ministry", "Syrian families harmed during the previous period", None),
        (P, "Bassam Khaddour", "a sovereign decision serving Syria's interests, not a favour to anyone", None),
        (D, "Bassam Khaddour", "The new Syria is building relations with every country on the basis of mutual "
            "respect. Russia is a permanent member of the Security Council, and we need it at the table,", None),
        (P, "Vadim Selivanov", "opens a new page", None),
        (D, "Vadim Selivanov", "Moscow remains committed to Syria's unity and territorial integrity, and our presence "
            "in Tartus serves stability in the whole Eastern Mediterranean,", None),
        (I, "Two diplomats in Damascus", "the agreement also allowed Russia to keep a reduced presence at the Hmeimim "
            "air base near Latakia", None),
        (S, None, "reconciliation centre", None),
        (I, "Syrian Network for Human Rights", "Russian forces killed at least 6,900 civilians in Syria between 2015 "
            "and 2024, including more than 2,000 children", None),
        (P, "Hanan al-Omar", "sold the blood of our martyrs for wheat", None),
        (D, "Hanan al-Omar", "They bombed our hospitals and our bakeries for years. Now they will sit in our port as if "
            "nothing happened,", None),
        (I, "Lina Haddad", "Damascus was trying to balance its new relations with the West against its immediate "
            "economic needs, and that the deal was unlikely to please Washington", None),
        (D, "Lina Haddad", "Russia has lost most of its leverage in Syria. This agreement is less about Russian power "
            "than about Syrian need: the country needs wheat, and it needs a veto on its side,", None),
        (P, "A State Department spokesperson", "studying the details", None),
    ],
    "actors": [
        actor("Syrian foreign ministry", "government", title="foreign ministry", affiliation="Syria",
              aliases=["Syrian foreign ministry"], stance=1),
        actor("Bassam Khaddour", "person", title="Deputy Foreign Minister", affiliation="Syria",
              aliases=["Bassam Khaddour", "Khaddour"], stance=1),
        actor("Vadim Selivanov", "person", title="Russian Deputy Foreign Minister", affiliation="Russia",
              aliases=["Vadim Selivanov", "Selivanov"], stance=1),
        actor("Two diplomats in Damascus", "group", title="anonymous diplomats",
              aliases=["Two diplomats in Damascus"], stance=None),
        actor("Syrian Network for Human Rights", "organisation", title="rights group",
              aliases=["Syrian Network for Human Rights"], stance=-1),
        actor("Hanan al-Omar", "person", title="survivor of a Russian airstrike",
              aliases=["Hanan al-Omar", "al-Omar"], stance=-1),
        actor("Lina Haddad", "person", title="researcher", affiliation="Arab Reform Initiative",
              aliases=["Lina Haddad", "Haddad"], stance=0),
        actor("A State Department spokesperson", "person", title="spokesperson", affiliation="US State Department",
              aliases=["A State Department spokesperson"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Tribune (Chandigarh, India) sport (a cricket association denies bias after an in-form batter is
#    dropped), headline with a reported denial (not annotated), "Tribune News Service" and "Mohali, December
#    2" lines, straight " and apostrophes, Indian English. Lede "denied allegations of favouritism in ..."
#    (deny with a noun object: indirect); secretary "said the selectors had "..." Brar on ..." (partial
#    only), quote with "Sandhu told The Tribune"; the player "wrote: "..."" (Instagram story); his father,
#    sharing the surname, "said A", quote with "the elder Brar said", "Kulwant alleged that A"; "Sandhu
#    described the allegation as "..."" (partial); coach "said A and that it was "..."" (indirect plus
#    partial); former player "said A", quote with "Kahlon said"; "Sources in the PCA said A"; PCA's "what it
#    called a "..."" (partial); "A PCA official said A". Not annotated: the statistics, the fixtures.
ARTICLES[f"{BATCH}/pca-ranji-squad-brar-dropped.gold.json"] = {
    "article": f"{BATCH}/pca-ranji-squad-brar-dropped.txt",
    "target": "Punjab Cricket Association",
    "quotes": [
        (I, "Punjab Cricket Association", "allegations of favouritism in the selection of the state's Ranji Trophy "
            "squad", None),
        (P, "Harjinder Singh Sandhu", "rested", None),
        (D, "Harjinder Singh Sandhu", "There is no question of bias. Ekam is one of the brightest talents in Punjab "
            "cricket and he will be back as soon as the physios clear him,", None),
        (D, "Ekam Brar", "Fit and ready. Always.", None),
        (I, "Kulwant Brar", "his son had not been told about any injury and had played a full practice match at the PCA "
            "Stadium on Sunday", None),
        (D, "Kulwant Brar", "If my son is injured, let them show the medical report. They can't, because there is no "
            "report,", None),
        (I, "Kulwant Brar", "the batter picked in Ekam's place, 23-year-old Arjun Mehta, was the nephew of a PCA "
            "office-bearer", None),
        (P, "Harjinder Singh Sandhu", "baseless and hurtful to a young player who has done nothing wrong", None),
        (I, "Deepak Khurana", "he had been part of the decision", None),
        (P, "Deepak Khurana", "purely about fitness", None),
        (I, "Ravinder Kahlon", "the PCA needed to be more transparent about its selection process", None),
        (D, "Ravinder Kahlon", "When a boy with 600 runs is dropped and nobody explains it properly, every parent in "
            "Punjab starts wondering. The association has to clear the air,", None),
        (I, "Sources in the PCA", "the five-member selection committee had been split 3-2 on the decision, with the "
            "chairman casting the deciding vote", None),
        (P, "Punjab Cricket Association", "transparent selection policy", None),
        (I, "A PCA official", "those records would be made available to the BCCI if the board asked for them", None),
    ],
    "actors": [
        actor("Punjab Cricket Association", "organisation", title="state cricket association",
              aliases=["Punjab Cricket Association", "PCA"], stance=1),
        actor("Harjinder Singh Sandhu", "person", title="PCA secretary", affiliation="Punjab Cricket Association",
              aliases=["Harjinder Singh Sandhu", "Sandhu"], stance=1),
        actor("Ekam Brar", "person", title="batter", affiliation="Punjab", aliases=["Ekam Brar", "Ekam", "Brar"],
              stance=-1),
        actor("Kulwant Brar", "person", title="former district-level cricketer; Ekam Brar's father",
              aliases=["Kulwant Brar", "Kulwant", "Brar"], stance=-1),
        actor("Deepak Khurana", "person", title="Punjab head coach", affiliation="Punjab Cricket Association",
              aliases=["Deepak Khurana", "Khurana"], stance=1),
        actor("Ravinder Kahlon", "person", title="Former India opener", aliases=["Ravinder Kahlon", "Kahlon"],
              stance=-1),
        actor("Sources in the PCA", "group", title="anonymous sources", affiliation="Punjab Cricket Association",
              aliases=["Sources in the PCA"], stance=None),
        actor("A PCA official", "person", title="anonymous official", affiliation="Punjab Cricket Association",
              aliases=["A PCA official"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Zawya (LSEG) business/markets (a Dubai logistics company cuts its profit guidance), headline without
#    speech, "DUBAI:" dateline, straight " and apostrophes, "%", dirham/dollar conversions, a currency line and
#    a "(Reporting by ...; Editing by ...)" line. Lede "blaming higher fuel costs, ..." (an act: not
#    annotated); content before ", it said in a bourse filing"; "Safwa said the opening ... had been pushed
#    back ... because of "..."" (partial only); CEO "told analysts on a conference call that the company's
#    underlying business remained "..."" (partial only), a quote split by "Al Mansoori said", "He added that
#    A"; CFO "said on the same call that A", Q&A "Asked whether ..., she replied: "...""; analyst "said the
#    guidance cut was "..." and questioned ..." (partial; the act not annotated), quote with "Fakhoury told
#    Zawya"; "Two bankers familiar with the company said A"; "Safwa declined to comment" (negated); rating
#    agency "said in a note that A, but that B" (one span). Not annotated: share prices, the currency line.
ARTICLES[f"{BATCH}/safwa-logistics-profit-warning.gold.json"] = {
    "article": f"{BATCH}/safwa-logistics-profit-warning.txt",
    "target": "Safwa Logistics",
    "quotes": [
        (I, "Safwa Logistics", "The company now expects net profit for 2026 of between 310 million and 340 million "
            "dirhams ($84.4 million-$92.6 million), down from earlier guidance of 420 million to 450 million dirhams",
            None),
        (P, "Safwa Logistics", "delays in obtaining final operating permits", None),
        (P, "Tariq Al Mansoori", "fundamentally sound", None),
        (D, "Tariq Al Mansoori", "We are not losing customers. We are losing time, and time costs money in logistics,",
            None),
        (D, "Tariq Al Mansoori", "Once Dammam is open, we expect the Saudi business to be profitable within 18 "
            "months.", None),
        (I, "Tariq Al Mansoori", "the company had no plans to cut its dividend for 2026", None),
        (I, "Priya Raghavan", "fuel had accounted for about 60% of the increase in operating costs in the third "
            "quarter", None),
        (D, "Priya Raghavan", "We have built this guidance on conservative assumptions. I would be surprised if we had "
            "to revise it again.", None),
        (P, "Omar Fakhoury", "bigger than the market expected", None),
        (D, "Omar Fakhoury", "Safwa has been very aggressive on capex, and now the bill is arriving before the revenue. "
            "The balance sheet can handle it, but the equity story has changed,", None),
        (I, "Two bankers familiar with the company", "it had held preliminary talks with lenders about refinancing "
            "about 1.5 billion dirhams of debt due in 2028", None),
        (I, "Fitch Ratings", "the downgrade did not immediately affect the rating, but that it would watch closely "
            "whether the company's net leverage rose above 3.5 times", None),
    ],
    "actors": [
        actor("Safwa Logistics", "organisation", title="Dubai-listed logistics company",
              aliases=["Safwa Logistics", "Safwa"], stance=1),
        actor("Tariq Al Mansoori", "person", title="Chief Executive", affiliation="Safwa Logistics",
              aliases=["Tariq Al Mansoori", "Al Mansoori"], stance=1),
        actor("Priya Raghavan", "person", title="Chief Financial Officer", affiliation="Safwa Logistics",
              aliases=["Priya Raghavan", "Raghavan"], stance=1),
        actor("Omar Fakhoury", "person", title="head of research", affiliation="Ithmar Capital",
              aliases=["Omar Fakhoury", "Fakhoury"], stance=-1),
        actor("Two bankers familiar with the company", "group", title="anonymous bankers",
              aliases=["Two bankers familiar with the company"], stance=None),
        actor("Fitch Ratings", "organisation", title="rating agency", aliases=["Fitch Ratings"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Laotian Times crime (a raid on a scam compound in the Golden Triangle SEZ), title-case headline with a
#    reported denial (not annotated), no byline, straight " and apostrophes, Lao officials with rank titles
#    (Police Colonel, Col.) called by given name on second reference, two speakers surnamed Huang. Lede
#    content before ", the Ministry of Public Security said"; content before ", the ministry said in a
#    statement published by ..."; colonel "told reporters ... that A", quote with "Col. Somphone said", "He
#    said A, and that B" (one span); SEZ chairman "said the buildings had been sublet to "..." in 2024 and that
#    Kings Mekong had "..." what ..." (two partials), quote with "the statement said" (his statement);
#    embassy "said A and would B" (one span); embassy spokesperson Huang Rui "told reporters that China "..."
#    online fraud, and urged ..." (partial; the directive not annotated); "Rights groups have questioned how
#    ..." (an indirect question: not annotated); inverted "said Bunthoeun Mey, a researcher ..."; anonymous
#    released man "told The Laotian Times A", quote with "he said"; "According to the United Nations Office on
#    Drugs and Crime, A".
ARTICLES[f"{BATCH}/bokeo-sez-scam-raid-huang.gold.json"] = {
    "article": f"{BATCH}/bokeo-sez-scam-raid-huang.txt",
    "target": "Huang Zhiqiang",
    "quotes": [
        (I, "Ministry of Public Security", "Lao authorities detained more than 700 people in a raid on a suspected "
            "online scam compound inside the Golden Triangle Special Economic Zone in Bokeo Province over the "
            "weekend", None),
        (I, "Ministry of Public Security", "Of those detained, 512 are Chinese nationals, 96 are from Myanmar and the "
            "remainder from Vietnam, Indonesia, the Philippines and several African countries", None),
        (I, "Somphone Keomany", "officers had seized more than 3,000 mobile phones, 400 computers and equipment used "
            "to run fake investment and cryptocurrency platforms", None),
        (D, "Somphone Keomany", "Laos will not allow any part of its territory to be used as a base for crimes against "
            "people in other countries. This operation is not the last,", None),
        (I, "Somphone Keomany", "the detained foreigners would be handed over to their own countries once "
            "investigations were completed, and that those found to have been trafficked into the compound would be "
            "treated as victims", None),
        (P, "Huang Zhiqiang", "third-party tenants", None),
        (P, "Huang Zhiqiang", "no knowledge of, and no involvement in", None),
        (D, "Huang Zhiqiang", "Kings Mekong has invested more than one billion US dollars in Bokeo and created thousands "
            "of jobs for Lao people. We support the government's efforts one hundred percent,", None),
        (I, "Chinese Embassy in Vientiane", "it had sent a working team to Bokeo and would cooperate closely with the "
            "Lao side", None),
        (P, "Huang Rui", "firmly opposes", None),
        (D, "Bunthoeun Mey", "Huang has been sanctioned, investigated and named in report after report, and yet every "
            "time there is a raid, the company says it knew nothing. At some point, that answer stops being "
            "credible,", None),
        (I, "A Myanmar national released after questioning on Sunday", "he had been recruited through a job "
            "advertisement in Yangon offering work as a translator and had his passport taken on arrival", None),
        (D, "A Myanmar national released after questioning on Sunday", "We worked 16 hours a day. If you did not reach "
            "your target, they hit you,", None),
        (I, "United Nations Office on Drugs and Crime", "scam centres in Southeast Asia generate tens of billions of "
            "dollars a year", None),
    ],
    "actors": [
        actor("Ministry of Public Security", "government", title="ministry", affiliation="Laos",
              aliases=["Ministry of Public Security"], stance=None),
        actor("Somphone Keomany", "person", title="Police Colonel, deputy director of the General Department of Police",
              affiliation="Ministry of Public Security", aliases=["Somphone Keomany", "Col. Somphone", "Somphone",
                                                                  "Keomany"], stance=None),
        actor("Huang Zhiqiang", "person", title="chairman", affiliation="Kings Mekong Holdings",
              aliases=["Huang Zhiqiang", "Huang"], stance=1),
        actor("Chinese Embassy in Vientiane", "government", title="embassy", affiliation="China",
              aliases=["Chinese Embassy in Vientiane"], stance=None),
        actor("Huang Rui", "person", title="Embassy spokesperson", affiliation="Chinese Embassy in Vientiane",
              aliases=["Huang Rui", "Huang"], stance=None),
        actor("Bunthoeun Mey", "person", title="researcher", affiliation="Mekong Migration Network",
              aliases=["Bunthoeun Mey", "Mey"], stance=-1),
        actor("A Myanmar national released after questioning on Sunday", "person", title="anonymous released worker",
              aliases=["A Myanmar national released after questioning on Sunday"], stance=None),
        actor("United Nations Office on Drugs and Crime", "organisation", title="UN agency",
              aliases=["United Nations Office on Drugs and Crime"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
