"""Build the test89 gold files (data/eval/test89/*.gold.json) from the annotation specs below.

Held out, like ../test/. Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor,
write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text
and, when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/test89/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test89.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test89"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Caucasus Watch diplomacy/crime (Armenia asks Russia to hand over a soldier from the Gyumri base after
#    a fatal crash), headline without speech, date line, curly double quotes, straight apostrophes, full
#    stops inside closing marks. Lede "has formally asked Moscow to hand over ..." (directive); "According
#    to the committee, A"; content before "the committee said"; spokesperson "called "..." of the
#    agreement" (partial) and quote with "Mkrtumyan told journalists"; embassy "said A, and that the
#    serviceman would face "..."" (indirect plus partial); ambassador quote with "Ambassador Dmitry
#    Seleznyov said in a separate comment"; Defence Ministry "said in a statement carried by TASS that A and
#    that B" (one indirect); banners reading "..." (scare); "Police said A"; victim's uncle (same surname as
#    the victim, who does not speak) "said A", quote with "he said"; PM's spokesperson "said the government
#    expected Russia to "..." and that B" (partial plus indirect), "declined to say whether" (not
#    annotated); opposition MP "argued that the government was using the tragedy to "..." with ..., saying
#    A" (partial plus indirect); analyst "said A", quote with "Ghukasyan told Caucasus Watch".
ARTICLES[f"{BATCH}/gyumri-base-soldier-handover-dispute.gold.json"] = {
    "article": f"{BATCH}/gyumri-base-soldier-handover-dispute.txt",
    "target": "Russia",
    "quotes": [
        (I, "Investigative Committee", "the soldier, a 24-year-old contract sergeant, was driving a private car at "
            "high speed on Rustaveli Street when it struck Narek Hovakimyan, a second-year student at Shirak State "
            "University, at a pedestrian crossing", None),
        (I, "Investigative Committee", "A blood test showed the driver had been drinking", None),
        (P, "Gohar Mkrtumyan", "a violation of the spirit, if not the letter", None),
        (D, "Gohar Mkrtumyan", "The crime was committed on Armenian soil, against an Armenian citizen, outside the "
            "base. It must be investigated and tried in Armenia,", None),
        (I, "Russian Embassy in Yerevan", "the case fell under the jurisdiction of Russian military justice under the "
            "bilateral agreement on the base", None),
        (P, "Russian Embassy in Yerevan", "the full severity of Russian law.", None),
        (D, "Dmitry Seleznyov", "We share the grief of the family and of all the people of Gyumri. Nobody is going to "
            "hide anyone,", None),
        (I, "Russia's Defence Ministry", "the sergeant had been suspended from duty and that a criminal case had been "
            "opened by the military investigators of the Southern Military District", None),
        (S, None, "Justice, not promises.", None),
        (I, "Police", "the protests were peaceful", None),
        (I, "Artur Hovakimyan", "the family had not been contacted by anyone from the Russian side", None),
        (D, "Artur Hovakimyan", "They sent flowers to the funeral. Flowers. My nephew is in the ground and the man who "
            "killed him is sleeping in a barracks,", None),
        (P, "Lusine Asatryan", "respect Armenia's sovereignty", None),
        (I, "Lusine Asatryan", "the issue had been raised with the Russian side at the highest level", None),
        (P, "Levon Galstyan", "poison relations", None),
        (I, "Levon Galstyan", "the agreement on the base was clear", None),
        (I, "Mher Ghukasyan", "the case had reopened an old wound", None),
        (D, "Mher Ghukasyan", "Moscow learned nothing in ten years. Every time, the first instinct is to protect its "
            "own man, and only then to talk about justice,", None),
    ],
    "actors": [
        actor("Investigative Committee", "government", title="Armenia's Investigative Committee", affiliation="Armenia",
              aliases=["Investigative Committee"], stance=-1),
        actor("Gohar Mkrtumyan", "person", title="spokesperson", affiliation="Investigative Committee",
              aliases=["Gohar Mkrtumyan", "Mkrtumyan"], stance=-1),
        actor("Russian Embassy in Yerevan", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Yerevan"], stance=1),
        actor("Dmitry Seleznyov", "person", title="Russian Ambassador to Armenia", affiliation="Russia",
              aliases=["Dmitry Seleznyov", "Seleznyov"], stance=1),
        actor("Russia's Defence Ministry", "government", title="defence ministry", affiliation="Russia",
              aliases=["Russia's Defence Ministry"], stance=1),
        actor("Police", "government", title="Armenian police", aliases=["Police"], stance=None),
        actor("Artur Hovakimyan", "person", title="the victim's uncle", aliases=["Artur Hovakimyan", "Hovakimyan"],
              stance=-1),
        actor("Lusine Asatryan", "person", title="Prime Minister's spokesperson", affiliation="Armenia",
              aliases=["Lusine Asatryan", "Asatryan"], stance=-1),
        actor("Levon Galstyan", "person", title="opposition lawmaker", affiliation="Hayastan faction",
              aliases=["Levon Galstyan", "Galstyan"], stance=1),
        actor("Mher Ghukasyan", "person", title="political analyst", aliases=["Mher Ghukasyan", "Ghukasyan"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Accountancy Age (the audit regulator fines a mid-tier firm over a collapsed housebuilder's audit),
#    headline and standfirst without speech ("admitted breaches" is an act), byline and date lines,
#    straight " and apostrophes, "£2.1m", "4p in the pound". Lede "after the FRC found ..." (not a cue);
#    "According to the FRC's final decision notice, A"; "The notice says the team accepted ... "...""
#    (partial only); executive counsel quote split by "said Eleanor Whitlock, the FRC's executive counsel";
#    "Whitlock said the sanctions reflected "...," but noted that B" (partial plus indirect); firm "said it
#    "..." the failings and that it accepted ..." (partial plus indirect), "The firm said A"; managing partner
#    "told Accountancy Age the Hexley audit "..."" (partial only), quote with "she said"; "did not respond"
#    (not annotated); administrators "said A"; their partner "said the outcome would do little for the
#    "..." left unpaid" (partial only), quote with "Mehta said"; campaigner "described the penalty as "..."
#    and argued that A" (partial plus indirect); anonymous rival partner "said A", quote with "the partner
#    said"; "The FRC said A".
ARTICLES[f"{BATCH}/bramwell-tate-frc-fine-hexley-audit.gold.json"] = {
    "article": f"{BATCH}/bramwell-tate-frc-fine-hexley-audit.txt",
    "target": "Bramwell Tate",
    "quotes": [
        (I, "Financial Reporting Council", "the audit team failed to challenge management's assumptions about the value "
            "of Hexley's land bank and did not properly consider whether the company was a going concern", None),
        (P, "Financial Reporting Council", "without adequate scrutiny", None),
        (D, "Eleanor Whitlock", "The auditors had the information in front of them. What was lacking was professional "
            "scepticism,", None),
        (D, "Eleanor Whitlock", "Investors, lenders and suppliers relied on a clean opinion that should never have "
            "been given.", None),
        (P, "Eleanor Whitlock", "the seriousness of the breaches and the harm that followed,", None),
        (I, "Eleanor Whitlock", "the firm had co-operated fully and had since overhauled its audit quality controls",
            None),
        (P, "Bramwell Tate", "deeply regrets", None),
        (I, "Bramwell Tate", "it accepted the FRC's findings in full", None),
        (I, "Bramwell Tate", "it had invested more than £6m in audit quality since 2023, doubling the size of its "
            "technical team and introducing mandatory second-partner reviews on all listed audits", None),
        (P, "Rebecca Oduya", "does not reflect the firm we are today", None),
        (D, "Rebecca Oduya", "We have learned hard lessons from this case. I'd ask people to judge us on what we do "
            "next,", None),
        (I, "Fenwick Rowe", "unsecured creditors were expected to recover less than 4p in the pound", None),
        (P, "Sanjay Mehta", "hundreds of small subcontractors", None),
        (D, "Sanjay Mehta", "For a bricklayer who is owed £30,000, a fine paid to the regulator changes nothing. The "
            "auditors signed off on a company that was already sinking,", None),
        (P, "Ruth Addo", "small change for the damage done", None),
        (I, "Ruth Addo", "mid-tier firms were being allowed to grow their listed-audit market share faster than their "
            "quality", None),
        (I, "A partner at a rival mid-tier firm", "the case would hurt the FRC's drive to open up the listed-audit "
            "market to challengers", None),
        (D, "A partner at a rival mid-tier firm", "Every time one of us gets fined, the Big Four's pitch gets easier. "
            "That's the real cost here,", None),
        (I, "Financial Reporting Council", "it had opened 23 enforcement investigations in the year to March, up from "
            "19 a year earlier", None),
    ],
    "actors": [
        actor("Financial Reporting Council", "organisation", title="audit regulator",
              aliases=["Financial Reporting Council", "FRC"], stance=-1),
        actor("Eleanor Whitlock", "person", title="executive counsel", affiliation="Financial Reporting Council",
              aliases=["Eleanor Whitlock", "Whitlock"], stance=-1),
        actor("Bramwell Tate", "organisation", title="mid-tier audit firm", aliases=["Bramwell Tate"], stance=1),
        actor("Rebecca Oduya", "person", title="managing partner", affiliation="Bramwell Tate",
              aliases=["Rebecca Oduya", "Oduya"], stance=1),
        actor("Fenwick Rowe", "organisation", title="Hexley's administrators", aliases=["Fenwick Rowe"], stance=None),
        actor("Sanjay Mehta", "person", title="partner", affiliation="Fenwick Rowe", aliases=["Sanjay Mehta", "Mehta"],
              stance=-1),
        actor("Ruth Addo", "person", title="audit reform campaigner", affiliation="Fair Audit Now",
              aliases=["Ruth Addo", "Addo"], stance=-1),
        actor("A partner at a rival mid-tier firm", "person", title="anonymous partner",
              aliases=["A partner at a rival mid-tier firm"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Tennis.com (a player provisionally suspended over whereabouts failures), headline without speech ("vows
#    to clear his name": no proposition), standfirst "says a "..." is to blame" (partial for Ferrand),
#    byline and "Published Dec 02, 2026" lines, curly double quotes and apostrophes, full stops and commas
#    inside closing marks, diacritics (Bensaïd). Lede content before "the ... (ITIA) said on Tuesday"; "The
#    ITIA said A and that B" (one indirect); content before "the agency noted"; "insisted A"; split quote
#    "said in a video posted to his Instagram account"; lawyer "said A and that he expected a hearing "..."
#    (indirect plus partial), quote with "Vasseur told Tennis.com"; federation "said in a statement that it
#    would "..." and offered Ferrand its support "...," while stopping short ..." (two partials); rival
#    player Felix Winter "said A", quote with "Winter said", Q&A "Asked whether ..., he replied: "...""; coach
#    "described his player as "..."" (partial only), quote with "Bensaïd said"; "According to the ITIA, A";
#    commentator "said Ferrand's "..." had worked ..., but warned that B" (partial plus indirect); "The ATP
#    declined to comment" (not annotated).
ARTICLES[f"{BATCH}/lucas-ferrand-whereabouts-suspension.gold.json"] = {
    "article": f"{BATCH}/lucas-ferrand-whereabouts-suspension.txt",
    "target": "Lucas Ferrand",
    "quotes": [
        (P, "Lucas Ferrand", "broken app", None),
        (I, "International Tennis Integrity Agency", "France’s Lucas Ferrand has been provisionally suspended under the "
            "Tennis Anti-Doping Programme after recording three whereabouts failures in 12 months", None),
        (I, "International Tennis Integrity Agency", "Ferrand, who reached the fourth round at Roland Garros in June, "
            "was charged under Article 2.4 of the programme and that the suspension took effect immediately", None),
        (I, "International Tennis Integrity Agency", "Whereabouts failures are not a positive test, but three within a "
            "year are treated as an anti-doping rule violation", None),
        (I, "Lucas Ferrand", "he had never taken a banned substance", None),
        (D, "Lucas Ferrand", "I have been tested 19 times this year, in competition and out of competition. Every one "
            "was clean,", None),
        (D, "Lucas Ferrand", "Two of these so-called missed tests happened because the app did not save my changes. I "
            "have the screenshots.", None),
        (I, "Claire Vasseur", "the player would challenge the charge before an independent tribunal", None),
        (P, "Claire Vasseur", "within weeks, not months.", None),
        (D, "Claire Vasseur", "This is an administrative case, not a doping case, and we will treat it as such,", None),
        (P, "French Tennis Federation", "respect the procedure", None),
        (P, "French Tennis Federation", "as a member of the French tennis family,", None),
        (I, "Felix Winter", "the rules were the same for everybody", None),
        (D, "Felix Winter", "Everyone has the same app. Everyone has phones that die. You find a way,", None),
        (D, "Felix Winter", "That’s for the tribunal. I just know I’ve never missed one.", None),
        (P, "Karim Bensaïd", "the most professional athlete I have ever worked with.", None),
        (D, "Karim Bensaïd", "He texts me his bedtime. He weighs his pasta. This is not someone who is hiding from "
            "testers,", None),
        (I, "International Tennis Integrity Agency", "11 players across the ATP and WTA tours have been charged with "
            "whereabouts violations since 2023, of whom eight received suspensions of between 12 and 20 months",
            None),
        (P, "Julien Morel", "screenshots defence", None),
        (I, "Julien Morel", "tribunals had grown tougher", None),
    ],
    "actors": [
        actor("Lucas Ferrand", "person", title="tennis player", affiliation="France",
              aliases=["Lucas Ferrand", "Ferrand"], stance=1),
        actor("International Tennis Integrity Agency", "organisation", title="anti-doping and integrity body",
              aliases=["International Tennis Integrity Agency", "ITIA"], stance=0),
        actor("Claire Vasseur", "person", title="lawyer (Maître)", affiliation="Lucas Ferrand",
              aliases=["Claire Vasseur", "Vasseur"], stance=1),
        actor("French Tennis Federation", "organisation", title="national federation",
              aliases=["French Tennis Federation", "FFT"], stance=0),
        actor("Felix Winter", "person", title="tennis player, world No. 58", aliases=["Felix Winter", "Winter"],
              stance=-1),
        actor("Karim Bensaïd", "person", title="coach", affiliation="Lucas Ferrand",
              aliases=["Karim Bensaïd", "Bensaïd"], stance=1),
        actor("Julien Morel", "person", title="commentator, former world No. 12", affiliation="Eurosport France",
              aliases=["Julien Morel", "Morel"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Ground Engineering (a landslip shelter on the A83 is delayed by ground investigation findings),
#    headline without speech, standfirst "Transport Scotland blames ..." (not a cue), byline and date
#    lines, straight " and apostrophes, "14m", "£3.8m". Lede content before "Transport Scotland has said";
#    "The agency said A, and that the foundation design would have to be "..."" (indirect plus partial);
#    project director quote split by "Transport Scotland's A83 project director, Alasdair Munro, told GE";
#    "Munro said A and that B" (one indirect); minister "said she understood the "..." in Argyll but
#    insisted A" (partial plus indirect), quote with "she said"; councillor "called the delay "..." for ...
#    and accused Transport Scotland of "..." on ..." (two partials), quote with "Kerr said"; "Geotechnical
#    specialists were less surprised" (not speech); engineering geologist "said the ... slopes were "..." and
#    that a deeper weak zone was "..."" (two partials), quote with "she said"; "According to the British
#    Geological Survey, A"; forum "said in a statement that A, and that businesses could not wait "..."
#    (indirect plus partial); contractor "said A and that B" (one indirect).
ARTICLES[f"{BATCH}/rest-and-be-thankful-shelter-delay.gold.json"] = {
    "article": f"{BATCH}/rest-and-be-thankful-shelter-delay.txt",
    "target": "Transport Scotland",
    "quotes": [
        (I, "Transport Scotland", "Construction of the permanent debris flow shelter on the A83 at the Rest and Be "
            "Thankful will not start until 2029 at the earliest, with completion now forecast for 2031", None),
        (I, "Transport Scotland", "ground investigation carried out over the summer had found weak, weathered schist "
            "extending up to 14m deeper than predicted beneath parts of the proposed 1.4km shelter alignment", None),
        (P, "Transport Scotland", "substantially revisited", None),
        (D, "Alasdair Munro", "We are not going to build a structure of this scale on assumptions,", None),
        (D, "Alasdair Munro", "The ground has told us something we did not expect, and we have to listen to it.", None),
        (I, "Alasdair Munro", "the extra investigation would cost about £3.8m and that the revised estimate for the "
            "scheme as a whole would be published in spring", None),
        (P, "Kirsty Lennox", "deep frustration", None),
        (I, "Kirsty Lennox", "the government remained committed to a permanent solution", None),
        (D, "Kirsty Lennox", "Nobody is more impatient for this road to be fixed than I am. But I will not ask "
            "engineers to cut corners on a hillside that has closed this road more than 60 times since 2007,", None),
        (P, "Donald Kerr", "a kick in the teeth", None),
        (P, "Donald Kerr", "running the clock down", None),
        (D, "Donald Kerr", "Every winter we are told the same thing. Another study, another year,", None),
        (P, "Heather Ogilvie", "notoriously variable", None),
        (P, "Heather Ogilvie", "exactly what you might find", None),
        (D, "Heather Ogilvie", "I would be far more worried if they had not found it now and found it halfway through "
            "piling,", None),
        (I, "British Geological Survey", "more than 2,000 mapped landslides have occurred in the Loch Long and Glen "
            "Croe area since the end of the last glaciation", None),
        (I, "Argyll and Bute Economic Forum", "the closures cost the region's economy an estimated £1m for every week "
            "the road is shut", None),
        (P, "Argyll and Bute Economic Forum", "another half decade", None),
        (I, "BEAR Scotland", "the existing catch pits and barriers would remain in place and that it would continue "
            "round-the-clock monitoring of the slope through the winter", None),
    ],
    "actors": [
        actor("Transport Scotland", "government", title="national transport agency", affiliation="Scottish Government",
              aliases=["Transport Scotland"], stance=1),
        actor("Alasdair Munro", "person", title="A83 project director", affiliation="Transport Scotland",
              aliases=["Alasdair Munro", "Munro"], stance=1),
        actor("Kirsty Lennox", "person", title="Transport minister", affiliation="Scottish Government",
              aliases=["Kirsty Lennox", "Lennox"], stance=1),
        actor("Donald Kerr", "person", title="Argyll and Bute councillor (Lib Dem, Oban South)",
              aliases=["Donald Kerr", "Kerr"], stance=-1),
        actor("Heather Ogilvie", "person", title="engineering geologist", aliases=["Heather Ogilvie", "Ogilvie"],
              stance=1),
        actor("British Geological Survey", "organisation", title="geological survey",
              aliases=["British Geological Survey"], stance=None),
        actor("Argyll and Bute Economic Forum", "organisation", title="business group",
              aliases=["Argyll and Bute Economic Forum"], stance=-1),
        actor("BEAR Scotland", "organisation", title="maintenance contractor", aliases=["BEAR Scotland"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
