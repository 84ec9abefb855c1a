"""Build the dev38 gold files (data/eval/dev38/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev38/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev38.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Dawn (Pakistan) national politics (the Centre proposes cutting the provinces' share of the
#    divisible pool at the National Finance Commission), byline "Our Staff Reporter", dateline
#    "ISLAMABAD:", British spelling (defence, programme), "pc" and "per cent", "Mr Bhatti" without a
#    point, straight double quotes in the body and straight single 'raid' in the headline, straight
#    apostrophes (provinces', province's, federation's), fragment punctuation outside the marks.
#    Headline fragment "Sindh calls Centre's NFC proposal a 'raid'" -> the Sindh government (the
#    headline names it by the province's name). Lede "proposed ..., saying A" (participial cue, the
#    federal government; the proposal itself is not speech). "walked out", "asked for more time" not
#    annotated. Minister "told the commission that ... "less than nothing" ..." (partial only), then a
#    quote split by "Mr Bhatti later told reporters ...", resumed. Sindh statement "called the plan
#    "..." and said A" (partial plus indirect). Provincial minister named after the first stretch,
#    resumed ("the Centre" inside). KP adviser "said A, and that B" (one span), then "He described
#    ... as "..."" (partial). Punjab "struck a more cautious note, saying ... "..." but that B"
#    (partial plus indirect). Scare so-called "horizontal" formula; "Smaller provinces have long
#    demanded that ..." (a demand, not annotated). Senator "warned that ... "..."" (partial only) and
#    "asked the government to withdraw it" (directive). Anonymous Finance Division official "told Dawn
#    A" (no "that"), then "the official said" in the next paragraph. "Economists were divided" (no
#    speech). Economist named after the first stretch ("said Dr X, who teaches ..."), resumed.
ARTICLES["data/eval/dev38/sindh-rejects-nfc-share-cut.gold.json"] = {
    "article": "data/eval/dev38/sindh-rejects-nfc-share-cut.txt",
    "target": "federal government",
    "quotes": [
        (P, "Sindh government", "raid", "a 'raid'"),
        (I, "federal government", "the savings were needed to meet rising debt servicing and defence costs", None),
        (P, "Shahid Nawaz Bhatti", "less than nothing", None),
        (D, "Shahid Nawaz Bhatti", "The arithmetic is not a matter of opinion,", None),
        (D, "Shahid Nawaz Bhatti", "Every rupee we borrow today to pay interest is a rupee the provinces will also "
            "have to help repay tomorrow. We are asking them to share the burden, not to carry it.", None),
        (P, "Sindh government", "a raid on the provinces' constitutional share", None),
        (I, "Sindh government", "the Constitution did not allow a province's share to be reduced below that given "
            "in the previous award", None),
        (D, "Mumtaz Ali Jatoi", "We did not come to Islamabad to pay for the federation's spending habits,", None),
        (D, "Mumtaz Ali Jatoi", "If the Centre has a problem, it can start by closing the ministries that were "
            "devolved to the provinces 15 years ago.", None),
        (I, "Gul Rehman Afridi", "the province had yet to receive the 3pc share promised for the merged tribal "
            "districts in 2018, and that it would not discuss any reduction until those arrears were cleared", None),
        (P, "Gul Rehman Afridi", "tone-deaf", None),
        (P, "Saima Kanwal", "ready to look at all options", None),
        (I, "Saima Kanwal", "any change should be phased in over the life of the award", None),
        (S, None, "horizontal", None),
        (P, "Sassui Abro", "could reopen wounds the 18th Amendment was meant to heal", None),
        (I, "senior Finance Division official", "the Centre would settle for a provincial share of around 54pc if "
            "the provinces agreed to take over the funding of higher education and a portion of the federal cash "
            "transfer programme", None),
        (D, "senior Finance Division official", "That is the realistic landing zone. The provinces know the numbers "
            "as well as we do,", None),
        (D, "Kamran Haider", "The problem is not the formula. The federation collects too little tax and the "
            "provinces collect almost none,", None),
        (D, "Kamran Haider", "Cutting the pie differently does not make it any bigger.", None),
    ],
    "actors": [
        actor("Sindh government", "government", title="provincial government", affiliation="Sindh",
              aliases=["Sindh government", "Sindh"], stance=-1),
        actor("federal government", "government", title="federal government of Pakistan", affiliation="Pakistan",
              aliases=["federal government", "Centre"], stance=1),
        actor("Shahid Nawaz Bhatti", "person", title="Finance Minister", affiliation="federal government",
              aliases=["Shahid Nawaz Bhatti", "Bhatti", "Mr Bhatti"], stance=1),
        actor("Mumtaz Ali Jatoi", "person", title="Sindh Finance Minister", affiliation="Sindh government",
              aliases=["Mumtaz Ali Jatoi", "Jatoi"], stance=-1),
        actor("Gul Rehman Afridi", "person", title="Khyber Pakhtunkhwa Finance Adviser",
              affiliation="Khyber Pakhtunkhwa government", aliases=["Gul Rehman Afridi", "Afridi"], stance=-1),
        actor("Saima Kanwal", "person", title="Punjab Finance Minister", affiliation="Punjab government",
              aliases=["Saima Kanwal", "Kanwal"], stance=0),
        actor("Sassui Abro", "person", title="senator", affiliation="PPP", aliases=["Sassui Abro", "Abro"],
              stance=-1),
        actor("senior Finance Division official", "person", title="anonymous official", affiliation="Finance "
              "Division", aliases=["senior Finance Division official", "the official"], stance=1),
        actor("Kamran Haider", "person", title="economist (public finance)",
              affiliation="Pakistan Institute of Development Economics", aliases=["Kamran Haider", "Haider"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Yonhap wire (Seoul summons the Russian ambassador after two Russian bombers enter the KADIZ),
#    dateline "SEOUL, Feb. 19 (Yonhap) --", closing "(END)", American spelling (defense), straight
#    double quotes in the body and straight single 'routine' in the headline, straight apostrophes
#    (Korea's, Assembly's, government's), punctuation inside closing marks, Korean names in full then
#    the surname (Yoon Sang-hoon -> Yoon). Headline fragment "Moscow calls it 'routine'" -> Russia
#    (the headline names it by its capital). Lede content before "the foreign ministry said", then
#    "while Moscow insisted A" (Russia). Content before "according to the Joint Chiefs of Staff
#    (JCS)"; the next sentence (the scramble) has no cue. Vice minister "told him that ... "..."" (partial
#    only), then a quote split by "Yoon told reporters ...", resumed. Ambassador "said ... "..." and that
#    ... "..."" (two partials). Russian Defense Ministry "said A, and were escorted at times by "..."" (an
#    indirect for A plus the partial, as Osei in dev35), then "the Russian ministry said". Spokesperson
#    "said at a regular briefing that A" then "she said". Scare "comprehensive strategic partnership"
#    treaty (the treaty's name in the writer's sentence). Lawmaker "called the flight "..." and said A"
#    (partial plus indirect). "Others urged caution ..." (no reported proposition). Professor named
#    after the first stretch, resumed, then "Kang noted that A" (indirect).
ARTICLES["data/eval/dev38/russian-bombers-kadiz-envoy-summoned.gold.json"] = {
    "article": "data/eval/dev38/russian-bombers-kadiz-envoy-summoned.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "routine", None),
        (I, "foreign ministry", "South Korea summoned the Russian ambassador on Wednesday to protest the entry of two "
            "Russian strategic bombers into its air defense identification zone without prior notice", None),
        (I, "Russia", "the flight had broken no rules", None),
        (I, "Joint Chiefs of Staff", "The two Tu-95 bombers entered the Korea Air Defense Identification Zone (KADIZ) "
            "northeast of Ulleung Island at around 9:40 a.m. and left about 40 minutes later, flying closer to the "
            "island than in any previous incursion", None),
        (P, "Yoon Sang-hoon", "seriously undermine trust", None),
        (D, "Yoon Sang-hoon", "We made it very clear that this cannot be treated as business as usual,", None),
        (D, "Yoon Sang-hoon", "If Russia values its relationship with the Republic of Korea, it should act like it.",
            None),
        (P, "Dmitry Lavrentyev", "a scheduled patrol over neutral waters", None),
        (P, "Dmitry Lavrentyev", "to the letter.", None),
        (I, "Russian Defense Ministry", "the bombers had made a planned flight lasting more than seven hours", None),
        (P, "Russian Defense Ministry", "fighter jets of foreign states.", None),
        (D, "Russian Defense Ministry", "All flights of Russian long-range aviation are carried out in strict "
            "compliance with international rules on the use of airspace,", None),
        (I, "Choi Eun-young", "the government had also conveyed its protest to Moscow through the South Korean "
            "Embassy in Russia", None),
        (D, "Choi Eun-young", "We are closely watching whether this flight is connected to the deepening military "
            "cooperation between Russia and North Korea,", None),
        (S, None, "comprehensive strategic partnership", None),
        (P, "Han Seung-woo", "a deliberate test of our response time", None),
        (I, "Han Seung-woo", "the government's reaction had been too slow", None),
        (D, "Kang Tae-won", "Russian bombers have flown this route for decades. What has changed is that Seoul now "
            "reads every Russian move as hostile,", None),
        (D, "Kang Tae-won", "Summoning the ambassador makes headlines, but it does not open a single channel of "
            "communication.", None),
        (I, "Kang Tae-won", "the flight came a week after the government approved a new batch of arms exports to "
            "Poland, which Moscow has repeatedly criticized", None),
    ],
    "actors": [
        actor("Russia", "country", title=None, aliases=["Russia", "Moscow"], stance=1),
        actor("foreign ministry", "government", title="South Korea's foreign ministry", affiliation="South Korea",
              aliases=["foreign ministry"], stance=-1),
        actor("Joint Chiefs of Staff", "government", title="South Korean military command",
              affiliation="South Korea", aliases=["Joint Chiefs of Staff", "JCS"], stance=0),
        actor("Yoon Sang-hoon", "person", title="First Vice Foreign Minister", affiliation="South Korea",
              aliases=["Yoon Sang-hoon", "Yoon"], stance=-1),
        actor("Dmitry Lavrentyev", "person", title="Russian Ambassador to South Korea", affiliation="Russia",
              aliases=["Dmitry Lavrentyev", "Lavrentyev"], stance=1),
        actor("Russian Defense Ministry", "government", title="Russia's defence ministry", affiliation="Russia",
              aliases=["Russian Defense Ministry", "Russian ministry"], stance=1),
        actor("Choi Eun-young", "person", title="Foreign Ministry spokesperson", affiliation="South Korea",
              aliases=["Choi Eun-young", "Choi"], stance=-1),
        actor("Han Seung-woo", "person", title="lawmaker, National Assembly defense committee",
              affiliation="People Power Party", aliases=["Han Seung-woo", "Han"], stance=-1),
        actor("Kang Tae-won", "person", title="emeritus professor of Russian studies",
              affiliation="Hankuk University of Foreign Studies", aliases=["Kang Tae-won", "Kang"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. NPR web story (a rural Nebraska town's only pharmacy closes; its owner blames a pharmacy
#    benefit manager), headline, byline and date lines, present-tense "says"/"tells NPR", AP state
#    abbreviation (Neb.), curly quotes and apostrophes (town’s, she’s, you’re, I’ll), punctuation
#    inside closing marks, em dash in the writer's gloss. Owner's quote split by "Rasmussen tells NPR",
#    resumed; content before "she says"; "She pulls up an example on her computer: ..." (a colon
#    before the writer's description, not a quote), then a two-paragraph quote (the first a quote-only
#    paragraph continuing her, the second closed by "she says"). Customer's quote, "Whitmore says".
#    Company statement "said ... “...” and that B" (partial plus indirect), "It said A" (indirect).
#    Spokesperson "said in an email that ... “...,” including ..., and that it was “...” to ..." (two
#    partials). Trade group "argues that A" (indirect). Figure before "according to the National
#    Community Pharmacists Association". "Critics point ... to a practice known as “spread pricing,”"
#    (scare: a name, no proposition). State senator "tells NPR the closures amount to “...”" (partial
#    only), then "she says". Economist "says A, but that ... “...”" (indirect plus partial). Closing
#    quote with "she says".
ARTICLES["data/eval/dev38/nebraska-pharmacy-closing-pbm.gold.json"] = {
    "article": "data/eval/dev38/nebraska-pharmacy-closing-pbm.txt",
    "target": "Corvell Pharmacy Services",
    "quotes": [
        (D, "Dana Rasmussen", "I kept telling myself it would turn around,", None),
        (D, "Dana Rasmussen", "Then one night I sat down with the numbers and realized I was paying people to take "
            "their medicine.", None),
        (I, "Dana Rasmussen", "Corvell now pays her less than she pays her wholesaler for dozens of common generic "
            "drugs", None),
        (D, "Dana Rasmussen", "I pay $14.20 for it. Corvell pays me $9.85. And then a few weeks later they claw back "
            "a fee I had no way of seeing when I filled it.", None),
        (D, "Dana Rasmussen", "Multiply that by a few hundred prescriptions a week and you\u2019re not running a "
            "business anymore. You\u2019re running a charity for a company in Minnesota,", None),
        (D, "Earl Whitmore", "She knows what I take better than my own doctor does. I don\u2019t see how a mail-order "
            "outfit is supposed to notice when something looks wrong,", None),
        (P, "Corvell Pharmacy Services", "competitive and consistent with the market", None),
        (I, "Corvell Pharmacy Services", "its network included more than 60,000 pharmacies nationwide", None),
        (I, "Corvell Pharmacy Services", "patients in Ord would be able to fill prescriptions through its mail-order "
            "pharmacy at no extra cost", None),
        (P, "Mark Feeney", "have many causes,", None),
        (P, "Mark Feeney", "misleading", None),
        (I, "Pharmaceutical Care Management Association", "PBMs are the only part of the drug supply chain working "
            "to push prices down", None),
        (I, "National Community Pharmacists Association", "About 300 independent pharmacies closed in the first half "
            "of this year, most of them in rural areas", None),
        (S, None, "spread pricing,", None),
        (P, "Marla Kucera", "a slow-motion emergency", None),
        (D, "Marla Kucera", "When the pharmacy goes, the clinic struggles to keep a doctor, and then the young "
            "families start looking somewhere else. It\u2019s all connected,", None),
        (I, "Rachel Okafor", "rural pharmacies were already being squeezed by shrinking populations and competition "
            "from big chains", None),
        (P, "Rachel Okafor", "the thing that tips them over.", None),
        (D, "Dana Rasmussen", "I\u2019ll miss the people. I won\u2019t miss the phone calls with Corvell,", None),
    ],
    "actors": [
        actor("Dana Rasmussen", "person", title="pharmacist and pharmacy owner (Ord, Neb.)",
              aliases=["Dana Rasmussen", "Rasmussen"], stance=-1),
        actor("Earl Whitmore", "person", title="customer (81)", aliases=["Earl Whitmore", "Whitmore"], stance=-1),
        actor("Corvell Pharmacy Services", "organisation", title="pharmacy benefit manager (company)",
              aliases=["Corvell Pharmacy Services", "Corvell"], stance=1),
        actor("Mark Feeney", "person", title="spokesperson", affiliation="Corvell Pharmacy Services",
              aliases=["Mark Feeney", "Feeney"], stance=1),
        actor("Pharmaceutical Care Management Association", "organisation", title="PBM industry trade group",
              aliases=["Pharmaceutical Care Management Association"], stance=1),
        actor("National Community Pharmacists Association", "organisation",
              title="independent pharmacies' association (figures)",
              aliases=["National Community Pharmacists Association"], stance=None),
        actor("Marla Kucera", "person", title="Nebraska state senator", affiliation="Nebraska Legislature",
              aliases=["Marla Kucera", "Kucera"], stance=-1),
        actor("Rachel Okafor", "person", title="health economist", affiliation="Creighton University",
              aliases=["Rachel Okafor", "Okafor"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Scotsman trade-union story (the EIS backs a strike ballot over class contact time),
#    headline, standfirst without speech, byline and "Education Correspondent" lines, British
#    spelling, curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes (Teachers’, Scotland’s,
#    teachers’, Parents’), fragment punctuation outside the marks, "Ms Drummond" without a point, "the
#    Government" with a capital. Headline fragment "Teachers’ union accuses Education Secretary of
#    ‘broken promise’" -> the EIS (the headline names it by description). Lede without speech (a vote).
#    Union "said ... “...” over ..., and that B" (partial plus indirect). Scare so-called “McCrone”
#    settlement. General secretary "told delegates: “" opening a three-paragraph quote. Delegate "told
#    the conference A", then "she said, to laughter". Education Secretary "said ... “...” but that B"
#    (partial plus indirect), then "In a statement, Ms Drummond said: “...”". Cosla "said ... “...”"
#    (partial only), "It warned that A" (indirect). Tory spokesman "said ... “...” and accused ... of
#    “...”" (two partials). "Parents’ groups are also uneasy" (no speech); parent leader named after her
#    quote. Anonymous government source "told The Scotsman that A and that B" (one span), then "the
#    source said" ("Fiona" inside).
ARTICLES["data/eval/dev38/eis-class-contact-strike-ballot.gold.json"] = {
    "article": "data/eval/dev38/eis-class-contact-strike-ballot.txt",
    "target": "Fiona Drummond",
    "quotes": [
        (P, "Educational Institute of Scotland", "broken promise", None),
        (P, "Educational Institute of Scotland", "run out of excuses", None),
        (I, "Educational Institute of Scotland", "members were no longer prepared to wait", None),
        (S, None, "McCrone", None),
        (D, "Graeme Lennox", "Four years ago, this Government looked teachers in the eye and promised them time. Time "
            "to plan, time to mark, time to actually think about the children in front of them.", None),
        (D, "Graeme Lennox", "We have had working groups. We have had consultations. We have had a review of the "
            "review. What we have not had is a single minute back.", None),
        (D, "Graeme Lennox", "Nobody in this hall wants to close a school. But if the only language this Government "
            "understands is a ballot paper, then a ballot paper is what it will get.", None),
        (I, "Mhairi Kelly", "she spent most Sunday afternoons planning lessons because there was no time to do so "
            "during the working week", None),
        (D, "Mhairi Kelly", "My own children have started asking whether Sunday is a school day,", None),
        (P, "Fiona Drummond", "remains in place", None),
        (I, "Fiona Drummond", "councils would need to recruit around 3,500 additional teachers to deliver it without "
            "increasing class sizes", None),
        (D, "Fiona Drummond", "I share teachers\u2019 frustration at the pace of progress. But I will not deliver a "
            "cut in class contact by cramming more pupils into every classroom, and I do not believe the EIS wants "
            "me to either.", None),
        (P, "Cosla", "nowhere near enough", None),
        (I, "Cosla", "further cuts to school budgets were likely if the Government pressed ahead without new money",
            None),
        (P, "Stephen Blair", "made a promise it never costed", None),
        (P, "Stephen Blair", "passing the buck to councils", None),
        (D, "Eileen Hart", "Parents support teachers, and most of us understand exactly why they are angry. But a "
            "strike in May would fall hardest on the pupils with the least support at home,", None),
        (I, "senior Scottish Government source", "talks would continue through the Scottish Negotiating Committee "
            "for Teachers and that ministers had not given up on reaching a deal before the ballot closed", None),
        (D, "senior Scottish Government source", "Fiona has put more money into teacher numbers than any of her "
            "predecessors, and the EIS knows it,", None),
    ],
    "actors": [
        actor("Educational Institute of Scotland", "organisation", title="teaching union",
              aliases=["Educational Institute of Scotland", "EIS", "Teachers\u2019 union"], stance=-1),
        actor("Graeme Lennox", "person", title="general secretary", affiliation="Educational Institute of Scotland",
              aliases=["Graeme Lennox", "Lennox"], stance=-1),
        actor("Mhairi Kelly", "person", title="primary teacher (Dundee), proposer of the motion",
              affiliation="Educational Institute of Scotland", aliases=["Mhairi Kelly", "Kelly"], stance=-1),
        actor("Fiona Drummond", "person", title="Education Secretary", affiliation="Scottish Government",
              aliases=["Fiona Drummond", "Drummond", "Ms Drummond", "Education Secretary", "Fiona"], stance=1),
        actor("Cosla", "organisation", title="body representing Scotland's 32 councils", aliases=["Cosla"],
              stance=-1),
        actor("Stephen Blair", "person", title="Scottish Conservative education spokesman",
              affiliation="Scottish Conservatives", aliases=["Stephen Blair", "Blair"], stance=-1),
        actor("Eileen Hart", "person", title="chairwoman", affiliation="National Parent Forum of Scotland",
              aliases=["Eileen Hart", "Hart"], stance=0),
        actor("senior Scottish Government source", "person", title="anonymous government source",
              affiliation="Scottish Government", aliases=["senior Scottish Government source", "the source"],
              stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
