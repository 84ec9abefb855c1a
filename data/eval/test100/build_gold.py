"""Build the test100 gold files (data/eval/test100/*.gold.json) from the annotation specs below.

Held out, like ../test/: do not read while tuning the extractor.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test100/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test100.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test100"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Janes Defence Weekly (Russia's Pacific Fleet fires coastal missiles in Sea of Japan drills), headline
#    without speech, two-author byline with places and "- Janes Defence Weekly", "04 December 2026", straight
#    " and apostrophes, British punctuation outside closing marks. Lede content before "the Russian Ministry
#    of Defence (MoD) said on 3 December"; "the MoD said A, and that they were "..."" (indirect plus
#    partial); scare so-called "anti-access" umbrella; flotilla commander "said A", quote with "Tsybin was
#    quoted as saying by the MoD's Zvezda television channel" (direct); Japan's Joint Staff "said in a press
#    release ... that A"; minister "told a press conference ... that A", quote split by "Kanemura said";
#    embassy "rejected the protest" (act), "saying ... that the exercise had been held "..." and that B"
#    (partial plus indirect); Foreign Ministry "describing Tokyo's reaction as "..."" (partial); US
#    spokesperson "told Janes that the command was "..."" (partial), "declined to comment further";
#    crosshead "Analysis"; researcher "said the firing was "..."" (partial), quote with "she told Janes";
#    content before "according to Janes data".
ARTICLES[f"{BATCH}/russia-pacific-fleet-bastion-firing-japan.gold.json"] = {
    "article": f"{BATCH}/russia-pacific-fleet-bastion-firing-japan.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russian Ministry of Defence", "The Russian Pacific Fleet's coastal troops conducted live firings of the "
            "K-300P Bastion-P coastal defence missile system against simulated surface targets in the Sea of Japan "
            "on 2 December", None),
        (I, "Russian Ministry of Defence", "the drills involved more than 1,200 personnel, 20 surface vessels and two "
            "Kilo-class submarines", None),
        (P, "Russian Ministry of Defence", "purely defensive in nature", None),
        (S, None, "anti-access", None),
        (I, "Grigory Tsybin", "the crews had struck all designated targets at ranges of up to 300 km", None),
        (D, "Grigory Tsybin", "Our coastal troops have shown that every sea approach to Primorye is covered. Nobody "
            "should have any doubt about that,", None),
        (I, "Joint Staff", "it had tracked 11 Russian warships passing east through the Soya Strait between 28 "
            "November and 2 December", None),
        (I, "Hiroshi Kanemura", "Japan had lodged a protest with Moscow through diplomatic channels", None),
        (D, "Hiroshi Kanemura", "Conducting live missile firings this close to our territory, at a time of heightened "
            "tension in the region, is not the behaviour of a responsible neighbour,", None),
        (D, "Hiroshi Kanemura", "We will respond calmly, but we will respond.", None),
        (P, "Russian embassy in Tokyo", "in strict accordance with international law", None),
        (I, "Russian embassy in Tokyo", "notices to mariners had been issued in advance", None),
        (P, "Russia's Foreign Ministry", "another attempt to militarise the region under a false pretext", None),
        (P, "spokesperson for US Indo-Pacific Command", "aware of and monitoring", None),
        (P, "Yuki Tanabe", "a message as much as a test", None),
        (D, "Yuki Tanabe", "Moscow wants to show that its Pacific posture has not been hollowed out by the war in "
            "Ukraine. A Bastion battery is the cheapest way to do that, because it does not require a single new "
            "ship,", None),
        (I, "Janes", "The Pacific Fleet has received at least two additional Bastion-P battalions since 2023", None),
    ],
    "actors": [
        actor("Russian Ministry of Defence", "government", title="defence ministry", affiliation="Russia",
              aliases=["Russian Ministry of Defence", "MoD"], stance=1),
        actor("Grigory Tsybin", "person", title="Vice Admiral, commander of the Primorye Flotilla",
              affiliation="Russian Pacific Fleet", aliases=["Grigory Tsybin", "Tsybin"], stance=1),
        actor("Joint Staff", "government", title="Japan's Joint Staff", affiliation="Japan",
              aliases=["Joint Staff"], stance=0),
        actor("Hiroshi Kanemura", "person", title="Defense Minister", affiliation="Japan",
              aliases=["Hiroshi Kanemura", "Kanemura"], stance=-1),
        actor("Russian embassy in Tokyo", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Tokyo"], stance=1),
        actor("Russia's Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russia's Foreign Ministry", "Foreign Ministry"], stance=1),
        actor("spokesperson for US Indo-Pacific Command", "person", title="spokesperson",
              affiliation="US Indo-Pacific Command", aliases=["spokesperson for US Indo-Pacific Command"], stance=0),
        actor("Yuki Tanabe", "person", title="senior fellow", affiliation="National Institute for Defense Studies",
              aliases=["Yuki Tanabe", "Tanabe"], stance=0),
        actor("Janes", "organisation", title="defence intelligence publisher", affiliation=None, aliases=["Janes"],
              stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. FreightWaves (a midsize truckload carrier shuts down overnight), headline without speech, byline and
#    "Friday, December 4, 2026" lines, straight " and apostrophes, US punctuation inside closing marks,
#    spaced hyphen as a dash, crosshead "Freight market context". Lede content before "according to drivers
#    and two freight brokers ..."; "Several drivers told FreightWaves they learned A"; quote before "said
#    Gurpreet Singh Dhaliwal, who ..."; "Dhaliwal said A and had not been told B" (one span); company
#    statement "said it had been "..." to wind down ..." (partial only), "The company said drivers would be
#    paid "..." but did not give a date" (partial only; negated second part); CEO "did not respond" (not
#    annotated), earlier video "he had said Redline was "..."" (partial, full stop inside); scare so-called
#    "lease-purchase program," (comma inside); driver named Banks "said A", quote with "Banks said";
#    anonymous former dispatcher "said A", quote with "she said"; OOIDA spokesperson "said the association had
#    heard ... and urged ..." (indirect; the directive left out), quote with "Pettit said"; content before
#    "according to SONAR data"; broker "said A", "he said"; FMCSA "said in a statement that A and was B".
ARTICLES[f"{BATCH}/redline-express-shutdown-drivers-stranded.gold.json"] = {
    "article": f"{BATCH}/redline-express-shutdown-drivers-stranded.txt",
    "target": "Redline Express",
    "quotes": [
        (I, "drivers and two freight brokers", "Redline Express, a Joplin, Missouri-based truckload carrier that ran "
            "about 640 tractors at its peak, abruptly ceased operations late Wednesday", None),
        (I, "Several drivers", "they learned of the shutdown through a text message sent shortly after 11 p.m. Central "
            "time, telling them to deliver any load already on board and return equipment to the nearest terminal",
            None),
        (D, "Gurpreet Singh Dhaliwal", "No phone call, no warning. I was in Amarillo with a reefer full of chicken and "
            "a fuel card that had already been shut off,", None),
        (I, "Gurpreet Singh Dhaliwal", "he paid for fuel out of his own pocket to complete the delivery and had not "
            "been told whether he would be reimbursed or receive his final paycheck", None),
        (P, "Redline Express", "forced to make the difficult decision", None),
        (P, "Redline Express", "for all work performed", None),
        (P, "Curtis Mabry", "in the best shape it has been in years.", None),
        (S, None, "lease-purchase program,", None),
        (I, "Jerome Banks", "he had paid more than $38,000 in weekly deductions", None),
        (D, "Jerome Banks", "They told us we were building equity. Now I've got nothing - no truck, no job, and I "
            "still don't know who owns the payments,", None),
        (I, "former dispatcher", "managers had been telling staff for months that a buyer was about to step in", None),
        (D, "former dispatcher", "Everybody in the office knew the money was tight. We just didn't know it was this "
            "tight,", None),
        (I, "Lauren Pettit", "the association had heard from dozens of Redline drivers since Thursday morning", None),
        (D, "Lauren Pettit", "This is exactly why we've warned for years about these programs. When the carrier goes "
            "under, the driver is the one left holding the bag,", None),
        (I, "SONAR", "Truckload carrier failures in the first 11 months of 2026 were running about 18% above the same "
            "period last year", None),
        (I, "Andre Kowalczyk", "his team had spent Thursday rebooking 23 loads that had been tendered to Redline", None),
        (D, "Andre Kowalczyk", "Customers are understanding, but it's a scramble. Capacity is still there, it's just "
            "not sitting where we need it today,", None),
        (I, "Federal Motor Carrier Safety Administration", "it was aware of the situation and was reviewing whether "
            "Redline's operating authority should be revoked", None),
    ],
    "actors": [
        actor("drivers and two freight brokers", "group", title="drivers and brokers", affiliation=None,
              aliases=["drivers and two freight brokers"], stance=0),
        actor("Several drivers", "group", title="Redline drivers", affiliation="Redline Express",
              aliases=["Several drivers"], stance=0),
        actor("Gurpreet Singh Dhaliwal", "person", title="driver", affiliation="Redline Express",
              aliases=["Gurpreet Singh Dhaliwal", "Dhaliwal"], stance=-1),
        actor("Redline Express", "organisation", title="truckload carrier", affiliation=None,
              aliases=["Redline Express", "Redline", "The company"], stance=1),
        actor("Curtis Mabry", "person", title="Chief executive", affiliation="Redline Express",
              aliases=["Curtis Mabry", "Mabry"], stance=1),
        actor("Jerome Banks", "person", title="lease-purchase driver", affiliation="Redline Express",
              aliases=["Jerome Banks", "Banks"], stance=-1),
        actor("former dispatcher", "person", title="anonymous former dispatcher", affiliation="Redline Express",
              aliases=["former dispatcher"], stance=-1),
        actor("Lauren Pettit", "person", title="spokesperson",
              affiliation="Owner-Operator Independent Drivers Association", aliases=["Lauren Pettit", "Pettit"],
              stance=-1),
        actor("SONAR", "organisation", title="freight market data", affiliation="FreightWaves", aliases=["SONAR"],
              stance=None),
        actor("Andre Kowalczyk", "person", title="vice president of carrier sales", affiliation="Tallgrass Logistics",
              aliases=["Andre Kowalczyk", "Kowalczyk"], stance=0),
        actor("Federal Motor Carrier Safety Administration", "government", title="federal regulator",
              affiliation="United States", aliases=["Federal Motor Carrier Safety Administration"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Palatinate (Durham student paper) news (a college principal's plan to close the bar on weeknights),
#    headline and standfirst without speech, byline with role, curly “ ” and ’ with a nested ‘...’, British
#    punctuation outside closing marks, spaced hyphens as dashes. "have signed a petition opposing plans"
#    (act); principal "said the decision had been "..." after ..." (partial only), quote split by "she
#    said", "She added that A"; JCR President named Bishop "told Palatinate that students had been "...""
#    (partial only), quote with "Bishop said", "He said A"; bar manager "said A", "she said"; anonymous
#    student "who asked not to be named because of what she described as the "..." tone" (partial), "said
#    A", quote with a nested ‘...’ split by "she said"; University spokesperson "said A were "..." and that
#    the University supported Principals in "..."" (two partials); Students' Union "said in a statement
#    that it "..." and called on ..." (partial; directive left out); scare so-called "Butler bubble".
ARTICLES[f"{BATCH}/butler-college-bar-closure-principal.gold.json"] = {
    "article": f"{BATCH}/butler-college-bar-closure-principal.txt",
    "target": "Margaret Tulloch",
    "quotes": [
        (P, "Margaret Tulloch", "taken in good faith", None),
        (D, "Margaret Tulloch", "I know how much the bar means to many students, and I have not made this decision "
            "lightly,", None),
        (D, "Margaret Tulloch", "But a college is more than a bar. We have a duty to make sure every student feels "
            "that this space belongs to them, whether or not they drink.", None),
        (I, "Margaret Tulloch", "the bar had made a loss in each of the past three years", None),
        (P, "Tom Bishop", "presented with a decision, not consulted on one", None),
        (D, "Tom Bishop", "The JCR found out about this at the same time as the freshers did. Nobody asked us what we "
            "thought, and nobody asked the bar staff, most of whom are students who rely on those shifts,", None),
        (I, "Tom Bishop", "the JCR would put a motion of no confidence in the proposal to an open meeting next week",
            None),
        (I, "Oluwaseun Adeyemi", "she and eleven other student staff would lose most of their paid hours", None),
        (D, "Oluwaseun Adeyemi", "For some of us that is the difference between eating properly and not. I don’t think "
            "the College has thought about that at all,", None),
        (P, "second-year student", "hostile", None),
        (I, "second-year student", "she had stopped going to the bar because she felt out of place as someone who "
            "does not drink", None),
        (D, "second-year student", "It’s become a bit of a ‘with us or against us’ thing, and it shouldn’t be,", None),
        (D, "second-year student", "A café is not the end of the world.", None),
        (P, "Durham University spokesperson", "a matter for each college", None),
        (P, "Durham University spokesperson", "making difficult choices about how spaces are used", None),
        (P, "Durham Students’ Union", "stands with Butler JCR", None),
        (S, None, "Butler bubble", None),
    ],
    "actors": [
        actor("Margaret Tulloch", "person", title="Principal", affiliation="Josephine Butler College",
              aliases=["Margaret Tulloch", "Tulloch", "Professor Tulloch", "Professor Margaret Tulloch"], stance=1),
        actor("Tom Bishop", "person", title="Junior Common Room (JCR) President", affiliation="Josephine Butler College",
              aliases=["Tom Bishop", "Bishop"], stance=-1),
        actor("Oluwaseun Adeyemi", "person", title="Bar manager, third-year Chemistry student",
              affiliation="Josephine Butler College", aliases=["Oluwaseun Adeyemi", "Adeyemi"], stance=-1),
        actor("second-year student", "person", title="anonymous second-year student",
              affiliation="Josephine Butler College", aliases=["second-year student"], stance=1),
        actor("Durham University spokesperson", "person", title="spokesperson", affiliation="Durham University",
              aliases=["Durham University spokesperson"], stance=1),
        actor("Durham Students’ Union", "organisation", title="students' union", affiliation="Durham University",
              aliases=["Durham Students’ Union"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Gleaner (Jamaica) labour/diplomacy (Canada's new housing deduction for seasonal farm workers),
#    headline without speech, "Shanique Walters/Senior Gleaner Writer" byline, "Published: Thursday |
#    December 3, 2026 | 12:09 AM" line, straight " and apostrophes, "C$". Lede "changes Ottawa announced"
#    (a noun, not annotated); minister "said yesterday that the Government had been "..." ..., and that it
#    had written ..." (partial plus indirect), quote with "Bailey-Grant told The Gleaner"; Q&A "Asked
#    whether ..., the minister replied: "..."" (direct); "inspections found ..." (not a speech cue); High
#    Commission "said the changes were designed to "..." and that B" (partial plus indirect); ESDC
#    spokesperson "said in an email that Canada "..." to the programme and to the ... workers who "..."" (two
#    partials); "Workers are less convinced." (not speech); worker named Small, quote with "Small said";
#    anonymous worker "said A", "he said"; opposition spokesman "described the Government's response as
#    "..." and said B" (partial plus indirect); researcher "said the deduction was ... but would add to the
#    "..." of ..." (partial only), "she said"; content before "according to the Ministry of Labour and Social
#    Security".
ARTICLES[f"{BATCH}/canada-farm-worker-housing-deduction-jamaica.gold.json"] = {
    "article": f"{BATCH}/canada-farm-worker-housing-deduction-jamaica.txt",
    "target": "Canada",
    "quotes": [
        (P, "Winston Bailey-Grant", "caught off guard", None),
        (I, "Winston Bailey-Grant", "it had written to Canadian officials seeking a meeting before the first group of "
            "workers leaves in January", None),
        (D, "Winston Bailey-Grant", "We value the partnership with Canada. It has lasted almost 60 years and it has fed "
            "many Jamaican families. But a partnership means you talk to your partner before you make changes that "
            "affect their people,", None),
        (D, "Winston Bailey-Grant", "That is not on the table. Our workers want to go, and our job is to make sure "
            "they are treated fairly when they get there.", None),
        (P, "Canadian High Commission in Kingston", "raise the standard of housing for every worker", None),
        (I, "Canadian High Commission in Kingston", "the maximum deduction remained below the average cost of rent in "
            "rural Ontario", None),
        (P, "Geneviève Tremblay-Ouellet", "remains firmly committed", None),
        (P, "Geneviève Tremblay-Ouellet", "make an enormous contribution to Canadian agriculture", None),
        (D, "Clive Small", "Every year something new comes off the cheque. Now they fix the bunkhouse, and we have to "
            "pay for it? The farmer owns the house, not me,", None),
        (I, "worker from Westmoreland", "some employers had already told workers they would pass on the full amount",
            None),
        (D, "worker from Westmoreland", "If you complain, you don't get called back. Everybody knows that. So nobody "
            "is going to complain,", None),
        (P, "Julian Chin-Sang", "weak and late", None),
        (I, "Julian Chin-Sang", "the ministry should have had liaison officers raising the issue in Ottawa months ago",
            None),
        (P, "Patricia Nembhard", "slow erosion", None),
        (D, "Patricia Nembhard", "Canada gets the benefit of a reliable, experienced workforce. It is fair to ask who "
            "should carry the cost of bringing that housing up to a decent standard,", None),
        (I, "Ministry of Labour and Social Security", "More than 9,000 Jamaicans worked in Canada under the SAWP this "
            "year", None),
    ],
    "actors": [
        actor("Winston Bailey-Grant", "person", title="Labour and Social Security Minister", affiliation="Jamaica",
              aliases=["Winston Bailey-Grant", "Bailey-Grant", "Dr Winston Bailey-Grant", "the minister"], stance=-1),
        actor("Canadian High Commission in Kingston", "government", title="High Commission", affiliation="Canada",
              aliases=["Canadian High Commission in Kingston"], stance=1),
        actor("Geneviève Tremblay-Ouellet", "person", title="spokesperson",
              affiliation="Employment and Social Development Canada",
              aliases=["Geneviève Tremblay-Ouellet", "Tremblay-Ouellet"], stance=1),
        actor("Clive Small", "person", title="farm worker", affiliation=None, aliases=["Clive Small", "Small"],
              stance=-1),
        actor("worker from Westmoreland", "person", title="anonymous farm worker", affiliation=None,
              aliases=["worker from Westmoreland"], stance=-1),
        actor("Julian Chin-Sang", "person", title="Opposition spokesman on labour", affiliation="Opposition",
              aliases=["Julian Chin-Sang", "Chin-Sang"], stance=None),
        actor("Patricia Nembhard", "person", title="labour researcher",
              affiliation="The University of the West Indies, Mona", aliases=["Patricia Nembhard", "Nembhard"],
              stance=-1),
        actor("Ministry of Labour and Social Security", "government", title="labour ministry", affiliation="Jamaica",
              aliases=["Ministry of Labour and Social Security"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
