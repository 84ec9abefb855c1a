"""Build the test26 gold files (data/eval/test26/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev59/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test26/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test26.
Standard library only.
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
# 1. Health Policy Watch (WHO records its 2,400th attack on Ukraine's health system; Russia's mission
#    rejects the count), Title Case headline with a curly single fragment "... as Russia Rejects 'Biased'
#    Count" (partial for Russia, the entity the headline names), byline and "02/12/2026" lines, dateline
#    "GENEVA –", curly quotes and apostrophes, British punctuation outside fragments, closing "Image: ...
#    Photo: WHO Ukraine" line without speech. Lede content before "the agency said on Tuesday"; WHO's
#    representative "said A but that B" (one span), quote with "Varga said at a press briefing in Geneva";
#    Q&A "Asked by Health Policy Watch who was responsible ..., Varga said the surveillance system "..."
#    incidents to any party and recorded only ..." (partial only); scare so-called "double-tap" strikes;
#    Russia's mission "said in a statement that the figures were "..." and relied on information "..."" (two
#    partials), then a quote with "the statement said" (the statement speaks for the mission); Ukraine's
#    health ministry "said A, and that B" (one span); surgeon "told Health Policy Watch by phone that A",
#    "he said"; MSF "said in a statement that attacks ... had become "..." and called on all parties to ..."
#    (partial only; directive); professor "said A", "Baumann said".
ARTICLES["data/eval/test26/who-ukraine-health-attacks-russia-rejects.gold.json"] = {
    "article": "data/eval/test26/who-ukraine-health-attacks-russia-rejects.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "Biased", None),
        (I, "World Health Organization", "The World Health Organization has verified 2,400 attacks on health care in "
            "Ukraine since February 2022, including 190 this year that damaged hospitals, ambulances, clinics or "
            "pharmacies", None),
        (I, "Elina Varga", "the pace of attacks had slowed compared with the first year of the war but that each one had a "
            "lasting effect on people\u2019s access to care", None),
        (D, "Elina Varga", "When a maternity hospital is hit, it is not only the building. It is the midwives who leave, "
            "the women who stop coming for check-ups, the vaccinations that do not happen,", None),
        (P, "Elina Varga", "does not attribute", None),
        (S, None, "double-tap", None),
        (P, "Permanent Mission of the Russian Federation to the UN Office in Geneva", "biased", None),
        (P, "Permanent Mission of the Russian Federation to the UN Office in Geneva", "supplied by the Kyiv regime", None),
        (D, "Permanent Mission of the Russian Federation to the UN Office in Geneva", "The Russian armed forces do not "
            "strike civilian medical facilities. Where such facilities are used by Ukrainian units for military "
            "purposes, they lose their protection under international humanitarian law,", None),
        (I, "Ukraine\u2019s Ministry of Health", "37 hospitals had been damaged in Russian strikes on the Kharkiv and "
            "Zaporizhzhia regions since September alone, and that a children\u2019s hospital in Kharkiv had been hit twice "
            "in October", None),
        (I, "Oleksandr Hrytsenko", "his team had moved its operating theatres to the basement in 2023 and had never moved "
            "them back", None),
        (D, "Oleksandr Hrytsenko", "We operate underground because we have to. My residents have never worked in a "
            "hospital with windows,", None),
        (P, "M\u00e9decins Sans Fronti\u00e8res", "routine", None),
        (I, "Thierry Baumann", "the argument that hospitals lose their protection applied only in narrow circumstances",
         None),
        (D, "Thierry Baumann", "The rules are clear: a hospital does not lose its protection because a wounded soldier is "
            "treated there. And even where protection is lost, a warning must be given and time allowed for patients to "
            "be moved,", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia"], stance=1),
        actor("World Health Organization", "organisation", affiliation="United Nations",
              aliases=["World Health Organization", "WHO", "agency"], stance=0),
        actor("Elina Varga", "person", title="WHO representative in Ukraine", affiliation="World Health Organization",
              aliases=["Elina Varga", "Dr Elina Varga", "Varga"], stance=0),
        actor("Permanent Mission of the Russian Federation to the UN Office in Geneva", "government", affiliation="Russia",
              aliases=["Permanent Mission of the Russian Federation to the UN Office in Geneva", "statement"], stance=1),
        actor("Ukraine\u2019s Ministry of Health", "government", affiliation="Ukraine",
              aliases=["Ukraine\u2019s Ministry of Health"], stance=-1),
        actor("Oleksandr Hrytsenko", "person", title="trauma surgeon", affiliation="Kharkiv regional hospital",
              aliases=["Oleksandr Hrytsenko", "Dr Oleksandr Hrytsenko", "Hrytsenko"], stance=-1),
        actor("M\u00e9decins Sans Fronti\u00e8res", "organisation", title="medical humanitarian organisation",
              aliases=["M\u00e9decins Sans Fronti\u00e8res", "MSF"], stance=-1),
        actor("Thierry Baumann", "person", title="professor",
              affiliation="Geneva Academy of International Humanitarian Law and Human Rights",
              aliases=["Thierry Baumann", "Baumann"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. VTDigger (a rural transit authority cuts three bus routes), headline without speech, "by NAME" and
#    "Dec 2 2026, 5:08 pm" lines, photo caption "... Photo by NAME/VTDigger" without speech, curly quotes and
#    apostrophes, American punctuation inside closing marks, "Feb. 1", "Rep. ..., D-Hyde Park", closing
#    "Related:" line without marks. General manager "said A", quote with "Thibault said after the vote"; Q&A
#    "Asked whether ..., Thibault said A and that a fare increase "..."" (indirect plus partial); scare
#    so-called "fiscal cliff"; authority "said in a statement posted on its website Wednesday ... A"; rider
#    "said A" (present tense), her husband sharing her surname (mentioned only), quote split by "Gagnon said";
#    state agency spokesperson with a common-word surname "said A", quote with "Frost said in an email";
#    "Thibault disputed that account, saying A and B" (an act plus a participial cue: one indirect span);
#    board chair "said A, but that B" (one span); legislator "called the cuts "..."" (partial); employer with
#    a common-word surname "said A", "Rich said".
ARTICLES["data/eval/test26/lamoille-transit-cuts-rural-routes.gold.json"] = {
    "article": "data/eval/test26/lamoille-transit-cuts-rural-routes.txt",
    "target": "Lamoille Valley Transit Authority",
    "quotes": [
        (I, "Marisa Thibault", "the cuts were needed to close a $1.1 million shortfall left by the end of federal pandemic "
            "relief funding, which had covered almost a third of the authority\u2019s operating costs since 2021", None),
        (D, "Marisa Thibault", "Nobody on this board wanted to do this. But we cannot run a bus system on money we don\u2019t "
            "have,", None),
        (I, "Marisa Thibault", "fares cover less than 8% of operating costs", None),
        (P, "Marisa Thibault", "would barely move the needle.", None),
        (S, None, "fiscal cliff", None),
        (I, "Lamoille Valley Transit Authority", "riders on the affected routes could book trips through its on-demand van "
            "service, which requires 24 hours\u2019 notice", None),
        (I, "Linda Gagnon", "she rides the Route 100C bus twice a week to dialysis appointments in Morrisville", None),
        (D, "Linda Gagnon", "Twenty-four hours\u2019 notice is fine if you know when you\u2019re going to be sick,", None),
        (D, "Linda Gagnon", "Without the bus, I honestly don\u2019t know how I get there.", None),
        (I, "Erin Frost", "the agency had offered the authority $250,000 in bridge funding in October to keep the routes "
            "running through next year", None),
        (D, "Erin Frost", "The state can\u2019t run local bus routes, but we were ready to help keep these ones going while "
            "everyone looked for a longer-term fix,", None),
        (I, "Marisa Thibault", "the money would have covered only four months of service and came with conditions the "
            "board could not accept", None),
        (I, "Wendell Coombs", "the vote was the hardest the board had taken in his nine years on it, but that it had no "
            "other responsible choice", None),
        (P, "Dana Beaupre", "a step backward for a region where a car is not a luxury, it\u2019s a lifeline.", None),
        (I, "Tom Rich", "about 20 of the inn\u2019s 90 seasonal workers rely on the bus to get to work", None),
        (D, "Tom Rich", "If the bus goes, some of those people go with it,", None),
    ],
    "actors": [
        actor("Marisa Thibault", "person", title="general manager", affiliation="Lamoille Valley Transit Authority",
              aliases=["Marisa Thibault", "Thibault"], stance=1),
        actor("Lamoille Valley Transit Authority", "organisation", title="regional transit authority",
              aliases=["Lamoille Valley Transit Authority", "authority"], stance=1),
        actor("Linda Gagnon", "person", title="rider, 67, of Hyde Park", aliases=["Linda Gagnon", "Gagnon"], stance=-1),
        actor("Erin Frost", "person", title="spokesperson", affiliation="Vermont Agency of Transportation",
              aliases=["Erin Frost", "Frost"], stance=-1),
        actor("Wendell Coombs", "person", title="board chair (Hardwick)", affiliation="Lamoille Valley Transit Authority",
              aliases=["Wendell Coombs", "Coombs"], stance=1),
        actor("Dana Beaupre", "person", title="state representative (D-Hyde Park)",
              aliases=["Dana Beaupre", "Rep. Dana Beaupre", "Beaupre"], stance=-1),
        actor("Tom Rich", "person", title="human resources director", affiliation="Sterling Ridge Inn",
              aliases=["Tom Rich", "Rich"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. SwimSwam (a university puts its swimming coach on leave after a team letter), Title Case headline
#    without speech, "by NAME | December 02nd, 2026 | College, News" line, "Current photo via ..." line,
#    curly quotes and apostrophes, American punctuation inside closing marks, times in brackets. Lede
#    content before "the university said Tuesday"; quote with "the statement said" (the statement speaks for
#    the university; the next sentence about the interim coach has no cue); "According to the letter, which
#    was signed by ... and obtained by SwimSwam, A" (the letter speaks for its authors, the members of the
#    women's team); "The letter describes "..." around ..." (present tense, partial); content before
#    "according to two swimmers"; attorney "said in a statement that his client "..." the allegations and
#    looked forward to "..."" (two partials); coach "posted on Instagram on Tuesday night: "..."" (direct);
#    scare so-called "old school" training; Lithuanian swimmer "said A because B" (one span),
#    "Vaitkutė said"; anonymous swimmer "who spoke to SwimSwam on condition of anonymity ..., said A", "she
#    said"; former swimmer with a common-word surname "wrote on X that Halloway was "..."" (partial only);
#    athletic director "said in an interview that A and was B" (one span).
ARTICLES["data/eval/test26/halloway-placed-on-leave-team-letter.gold.json"] = {
    "article": "data/eval/test26/halloway-placed-on-leave-team-letter.txt",
    "target": "Brent Halloway",
    "quotes": [
        (I, "Cascade State University", "Cascade State University has placed head swimming and diving coach Brent Halloway "
            "on paid administrative leave while it investigates complaints from members of the women\u2019s team", None),
        (D, "Cascade State University", "The university takes the well-being of our student-athletes extremely seriously, "
            "and an independent review is under way,", None),
        (I, "members of the women\u2019s team", "Halloway routinely commented on swimmers\u2019 weight in front of teammates "
            "and posted body-fat percentages on a whiteboard in the team\u2019s weight room", None),
        (P, "members of the women\u2019s team", "a culture of fear", None),
        (I, "two swimmers", "The whiteboard was taken down in October", None),
        (P, "Stephen Lockwood", "categorically denies", None),
        (P, "Stephen Lockwood", "a fair process.", None),
        (D, "Brent Halloway", "I have given 22 years of my life to this sport and to these athletes. I have always pushed "
            "them because I believe in them. I will cooperate fully, and I am confident the truth will come out.", None),
        (S, None, "old school", None),
        (I, "Gabriel\u0117 Vaitkut\u0117", "she had not signed the letter because she had not experienced the behavior it "
            "described", None),
        (D, "Gabriel\u0117 Vaitkut\u0117", "Brent made me a better swimmer. I\u2019m not going to say things I didn\u2019t see, "
            "but I also believe my teammates,", None),
        (I, "One swimmer who signed the letter", "she had stopped eating before weigh-ins during her sophomore season",
         None),
        (D, "One swimmer who signed the letter", "You learned to stand at the back of the room on Mondays,", None),
        (P, "Jordan Pike", "the reason I ever made an Olympic team.", None),
        (I, "Dwayne Maddox", "the review would be carried out by an outside law firm and was expected to take about six "
            "weeks", None),
    ],
    "actors": [
        actor("Cascade State University", "organisation", title="university",
              aliases=["Cascade State University", "Cascade State", "university", "statement"], stance=0),
        actor("members of the women\u2019s team", "group", title="swimmers who signed the letter (19 of 24)",
              affiliation="Cascade State University", aliases=["members of the women\u2019s team", "letter"], stance=-1),
        actor("two swimmers", "group", affiliation="Cascade State University", aliases=["two swimmers"], stance=-1),
        actor("Stephen Lockwood", "person", title="attorney for Halloway", aliases=["Stephen Lockwood", "Lockwood"],
              stance=1),
        actor("Brent Halloway", "person", title="head swimming and diving coach", affiliation="Cascade State University",
              aliases=["Brent Halloway", "Halloway", "Brent"], stance=1),
        actor("Gabriel\u0117 Vaitkut\u0117", "person", title="senior swimmer, Lithuanian Olympian",
              affiliation="Cascade State University", aliases=["Gabriel\u0117 Vaitkut\u0117", "Vaitkut\u0117"], stance=0),
        actor("One swimmer who signed the letter", "person", title="swimmer (anonymous)",
              affiliation="Cascade State University", aliases=["One swimmer who signed the letter"], stance=-1),
        actor("Jordan Pike", "person", title="former swimmer, Olympian", aliases=["Jordan Pike", "Pike"], stance=1),
        actor("Dwayne Maddox", "person", title="athletic director", affiliation="Cascade State University",
              aliases=["Dwayne Maddox", "Maddox"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Canary Media (a utility asks to run its last coal plant for another decade), headline ending "Critics say
#    the math doesn't work." and dek "The Kentucky utility says ..." (no quote marks: not annotated, like
#    headlines), byline and date lines, curly quotes and apostrophes, American punctuation. Lede "asked the
#    Kentucky Public Service Commission to approve ..." (a request, not annotated); "In its filing, the utility
#    said A, and that retiring the plant ... would risk "..." during winter peaks" (indirect plus partial); CEO's
#    quote before and after "Blue Ridge CEO Patricia Vance said on a call with investors on Tuesday"; scare
#    so-called "zombie" coal plants; Sierra Club attorney "said the utility had "..." to protect ..." (partial
#    only), "he said"; content before "according to an analysis released Monday by the Ohio River Energy
#    Institute"; research director "told Canary Media that A", "she said"; the attorney general's rate office
#    "said in a filing that it had not yet taken a position ... but would scrutinize ..." (one span);
#    manufacturers' group "said A"; grid operator "has warned that A, and that B" (one span); county
#    judge-executive "said A".
ARTICLES["data/eval/test26/blue-ridge-power-harlan-ridge-coal-delay.gold.json"] = {
    "article": "data/eval/test26/blue-ridge-power-harlan-ridge-coal-delay.txt",
    "target": "Blue Ridge Power & Light",
    "quotes": [
        (I, "Blue Ridge Power & Light", "electricity demand in its territory is expected to grow 40% by 2032, driven largely "
            "by new data centers", None),
        (P, "Blue Ridge Power & Light", "unacceptable reliability shortfalls", None),
        (D, "Patricia Vance", "We made a commitment to retire Harlan Ridge, and we meant it. But the world changed,", None),
        (D, "Patricia Vance", "Nobody is going to build a hyperscale data center in a state where the lights might go out "
            "in January.", None),
        (S, None, "zombie", None),
        (P, "Miguel Ortega-Baines", "manufactured a crisis", None),
        (D, "Miguel Ortega-Baines", "Every study Blue Ridge commissioned itself shows this plant is the most expensive power "
            "on its system. Now they want customers to keep paying for it for another ten years,", None),
        (I, "Ohio River Energy Institute", "Replacing the plant with a mix of solar, battery storage and gas turbines would "
            "save Blue Ridge customers about $610 million over 10 years", None),
        (I, "Hannah Oyelaran", "the utility\u2019s demand forecast counted at least three proposed data centers twice, once "
            "under their developers\u2019 names and once under the names of their local subsidiaries", None),
        (D, "Hannah Oyelaran", "If you forecast every data center that has ever called you, you will always need more "
            "coal,", None),
        (I, "Office of Rate Intervention", "it had not yet taken a position on the request but would scrutinize the cost "
            "of keeping the plant open", None),
        (I, "Kentucky Industrial Utility Customers", "it supported keeping Harlan Ridge online until replacement capacity "
            "is built", None),
        (I, "PJM Interconnection", "coal plants are retiring faster than new resources are coming online, and that the "
            "region could face capacity shortfalls as early as 2027", None),
        (I, "Darrell Sizemore", "keeping the plant open would give the county time to attract other employers", None),
    ],
    "actors": [
        actor("Blue Ridge Power & Light", "organisation", title="utility",
              aliases=["Blue Ridge Power & Light", "Blue Ridge Power", "Blue Ridge", "utility"], stance=1),
        actor("Patricia Vance", "person", title="CEO", affiliation="Blue Ridge Power & Light",
              aliases=["Patricia Vance", "Vance"], stance=1),
        actor("Miguel Ortega-Baines", "person", title="senior attorney", affiliation="Sierra Club",
              aliases=["Miguel Ortega-Baines", "Ortega-Baines"], stance=-1),
        actor("Ohio River Energy Institute", "organisation", title="nonprofit research group",
              aliases=["Ohio River Energy Institute", "institute"], stance=-1),
        actor("Hannah Oyelaran", "person", title="research director", affiliation="Ohio River Energy Institute",
              aliases=["Hannah Oyelaran", "Oyelaran"], stance=-1),
        actor("Office of Rate Intervention", "government", title="ratepayer advocate",
              affiliation="Kentucky attorney general\u2019s office", aliases=["Office of Rate Intervention"], stance=0),
        actor("Kentucky Industrial Utility Customers", "organisation", title="large manufacturers' group",
              aliases=["Kentucky Industrial Utility Customers"], stance=1),
        actor("PJM Interconnection", "organisation", title="grid operator", aliases=["PJM Interconnection", "PJM"],
              stance=None),
        actor("Darrell Sizemore", "person", title="Harlan County Judge-Executive", aliases=["Darrell Sizemore", "Sizemore"],
              stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
