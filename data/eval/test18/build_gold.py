"""Build the test18 gold files (data/eval/test18/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev46/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test18/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test18.
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
# 1. Kyodo wire foreign affairs (Russia seizes a Hokkaido fishing boat near the disputed islands),
#    headline without speech ("protests" is an act), dateline "TOKYO, Dec. 5 Kyodo -", straight "
#    and apostrophes (Japan's, inspectors'), American punctuation inside the closing marks,
#    "==Kyodo" sign-off. Lede "lodged a protest" (an act); figure before "according to the Japan Coast
#    Guard"; a quote split by "Chief Cabinet Secretary X said at a press conference", resumed; "Morioka
#    said A and that B" (one span); "He added that A and that B" (one span); "He declined to say
#    whether ..." (negated, not annotated); anonymous Foreign Ministry official "said A"; the FSB
#    directorate "said in a statement that the boat had been detained for "..." of fishing rules,
#    including ..., and that B" (partial plus indirect); embassy "said the Japanese side should "..."
#    in waters that "..."" (two partials); scare "Northern Territories," (glossed; comma inside);
#    "reacted with anger and fear" (not speech); association head named after the first stretch,
#    ", adding that the crew "..."" (partial only), then a quote-only paragraph (continuity);
#    professor named after the quote, then "Arakawa said A"; closing "The Japan Coast Guard said it
#    had asked boats ... to take extra care and to stay ..." (a reported request is content).
ARTICLES["data/eval/test18/japan-hokkaido-fishing-boat-seized-russia.gold.json"] = {
    "article": "data/eval/test18/japan-hokkaido-fishing-boat-seized-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Japan Coast Guard", "The 9.7-ton crab boat Hokuyo Maru No. 8 was stopped by the Russian vessel at around "
            "6 a.m. about 5 kilometers northeast of Kaigara Island and escorted to a port on Kunashiri Island", None),
        (D, "Takeshi Morioka", "It is extremely regrettable that a Japanese vessel operating legitimately under an "
            "agreement between our two countries has been seized,", None),
        (D, "Takeshi Morioka", "We have demanded the immediate release of the crew and the boat.", None),
        (I, "Takeshi Morioka", "the boat had been operating within the zone covered by a bilateral fishing framework "
            "agreement and that Tokyo had not received any explanation from Moscow", None),
        (I, "Takeshi Morioka", "the government was in contact with the crew members' families and that all seven were "
            "believed to be in good health", None),
        (I, "Foreign Ministry official", "Japan's ambassador in Moscow had conveyed the protest to the Russian Foreign "
            "Ministry by telephone on Saturday morning", None),
        (P, "Sakhalin border directorate of Russia's Federal Security Service", "gross violations", None),
        (I, "Sakhalin border directorate of Russia's Federal Security Service", "a criminal case could be opened "
            "against the captain", None),
        (P, "Russian Embassy in Tokyo", "respect Russian legislation", None),
        (P, "Russian Embassy in Tokyo", "belong to the Russian Federation.", None),
        (S, None, "Northern Territories,", None),
        (D, "Kenji Sasamori", "Our boats have paid Russia for the right to fish there for decades, and we follow their "
            "inspectors' rules to the letter,", None),
        (P, "Kenji Sasamori", "would never knowingly break the quota.", None),
        (D, "Kenji Sasamori", "We are afraid every time a boat goes out now. Nobody knows what the rules are anymore.",
            None),
        (D, "Yuko Arakawa", "Moscow is using the fishing agreements as leverage. Each seizure is a reminder to Tokyo "
            "that access to these waters depends on the political climate,", None),
        (I, "Yuko Arakawa", "the timing of the seizure, days after Japan announced a new package of sanctions on "
            "Russian shipping companies, was unlikely to be a coincidence", None),
        (I, "Japan Coast Guard", "it had asked boats operating in the area to take extra care and to stay in close "
            "contact with their cooperatives", None),
    ],
    "actors": [
        actor("Japan Coast Guard", "government", title="coast guard", affiliation="Japan",
              aliases=["Japan Coast Guard"], stance=None),
        actor("Takeshi Morioka", "person", title="Chief Cabinet Secretary", affiliation="Japanese government",
              aliases=["Takeshi Morioka", "Morioka"], stance=-1),
        actor("Foreign Ministry official", "person", title="anonymous Foreign Ministry official",
              affiliation="Japan's Foreign Ministry", aliases=["Foreign Ministry official"], stance=None),
        actor("Sakhalin border directorate of Russia's Federal Security Service", "government",
              title="FSB border directorate (Sakhalin)", affiliation="Russia",
              aliases=["Sakhalin border directorate of Russia's Federal Security Service"], stance=1),
        actor("Russian Embassy in Tokyo", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Tokyo"], stance=1),
        actor("Kenji Sasamori", "person", title="head of a local fishermen's association (Nemuro)",
              aliases=["Kenji Sasamori", "Sasamori"], stance=-1),
        actor("Yuko Arakawa", "person", title="professor of Russian studies", affiliation="Hokkaido University",
              aliases=["Yuko Arakawa", "Arakawa"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Courthouse News Service courts (a federal jury finds a solar installer liable for misleading
#    homeowners), headline ("finds ... liable", the jury's verdict, not speech) and subhead without
#    speech, capitals byline with date, dateline "SAN JOSE, Calif. (CN) —", straight " and
#    apostrophes (California's, people's, didn't). The homeowners "said in their 2024 complaint that
#    ... was built on "..." and that B" (partial plus indirect; the class is the group "homeowners");
#    scare so-called "no money down" loans; plaintiffs' attorney "told jurors the company had trained
#    its representatives to sell "..."" (partial only), then a quote split by "Lindqvist said",
#    resumed and running into a second paragraph (the first open: one entry per paragraph);
#    defence attorney "argued that A", then "she told jurors"; named plaintiff "told the jury last
#    week that A", then "she said:" (colon); company "said it "..." with the verdict" (partial only),
#    then "The company said A, including an appeal, and that B" (one span); the judge's hearing and
#    "has not yet ruled" (not speech); industry association "said the verdict reflected the conduct of
#    "..." and not the industry as a whole" (partial only); closing "Lindqvist said after the verdict
#    that A".
ARTICLES["data/eval/test18/corvane-solar-jury-verdict-homeowners.gold.json"] = {
    "article": "data/eval/test18/corvane-solar-jury-verdict-homeowners.txt",
    "target": "Corvane Solar",
    "quotes": [
        (P, "homeowners", "a promise of zero bills", None),
        (I, "homeowners", "many buyers were never told they might not owe enough federal tax to claim the 30% credit "
            "the company's representatives had counted on in their estimates", None),
        (S, None, "no money down", None),
        (P, "Gregory Lindqvist", "a feeling, not a contract.", None),
        (D, "Gregory Lindqvist", "They went to people's kitchen tables with an iPad and a smile, and they left with a "
            "signature on a 25-year loan,", None),
        (D, "Gregory Lindqvist", "Some of these folks are in their 80s.", None),
        (D, "Gregory Lindqvist", "Corvane knew exactly who it was selling to, and it knew exactly what those people "
            "would believe.", None),
        (I, "Rachel Osterberg", "every customer had signed a disclosure stating that savings estimates were not "
            "guaranteed and depended on weather, utility rates and household use", None),
        (D, "Rachel Osterberg", "These are adults who read and signed documents. You cannot rewrite a contract because "
            "the sun didn't shine as much as you hoped it would,", None),
        (I, "Dolores Whitaker", "her monthly electric bill had gone up after the panels were installed because the "
            "system was never properly connected to the grid", None),
        (D, "Dolores Whitaker", "I just wanted somebody to say out loud that what they did was wrong. Today they said "
            "it.", None),
        (P, "Corvane Solar", "respectfully disagrees", None),
        (I, "Corvane Solar", "it was reviewing its options, including an appeal, and that its more than 11,000 "
            "California customers would not be affected by the ruling", None),
        (P, "California Solar & Storage Association", "a small number of bad actors", None),
        (I, "Gregory Lindqvist", "he expected more homeowners to come forward", None),
    ],
    "actors": [
        actor("homeowners", "group", title="class of California homeowners (plaintiffs)", aliases=["homeowners"],
              stance=-1),
        actor("Gregory Lindqvist", "person", title="plaintiffs' attorney", aliases=["Gregory Lindqvist", "Lindqvist"],
              stance=-1),
        actor("Rachel Osterberg", "person", title="attorney", affiliation="Corvane Solar",
              aliases=["Rachel Osterberg", "Osterberg"], stance=1),
        actor("Dolores Whitaker", "person", title="named plaintiff (Merced, 81)",
              aliases=["Dolores Whitaker", "Whitaker"], stance=-1),
        actor("Corvane Solar", "organisation", title="rooftop solar installer (Fresno)",
              aliases=["Corvane Solar", "Corvane", "the company"], stance=1),
        actor("California Solar & Storage Association", "organisation", title="industry association",
              aliases=["California Solar & Storage Association"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Jamaica Observer sport (an Olympic sprinter is provisionally suspended), headline with a curly
#    single fragment "Patterson-Reid ‘shocked and heartbroken’ ..." (partial for her), capitals
#    byline with "Observer staff reporter", e-mail and date lines, curly “ ” and ’ apostrophes,
#    British spelling ("per cent", "programme"), fragment punctuation outside the marks. Lede content
#    before "the Athletics Integrity Unit (AIU) announced yesterday"; "the 27-year-old said she was
#    “...” and insisted she had “...”" (two partials), then "she wrote"; scare “masking agents”
#    (the writer's); attorney "told the Jamaica Observer that A and believed B" (one span), then
#    "Gayle said"; JAAA president "said A but described the news as “...”" (indirect plus partial),
#    then "he said"; coach "said he was “...” behind his athlete" (partial only), then a two-paragraph
#    quote (the first open, after his partial: continuity; the second closed by "Deans said");
#    JADCO "said A, as B" (one span); anonymous executive member "said athletes “...” and that B"
#    (partial plus indirect); the closing Instagram paragraph (not speech).
ARTICLES["data/eval/test18/jamaica-sprinter-provisional-suspension.gold.json"] = {
    "article": "data/eval/test18/jamaica-sprinter-provisional-suspension.txt",
    "target": "Kimone Patterson-Reid",
    "quotes": [
        (P, "Kimone Patterson-Reid", "shocked and heartbroken", "Patterson-Reid \u2018shocked"),
        (I, "Athletics Integrity Unit", "Olympic 200m finalist Kimone Patterson-Reid has been provisionally suspended "
            "after a sample she gave at a Diamond League meeting in Monaco in July returned an adverse finding for a "
            "banned diuretic", None),
        (P, "Kimone Patterson-Reid", "shocked and heartbroken", "she was \u201cshocked"),
        (P, "Kimone Patterson-Reid", "never knowingly taken a prohibited substance in my life", None),
        (D, "Kimone Patterson-Reid", "I have been tested more than 30 times in the last two years and every single "
            "test has come back clean. I will fight this with everything I have, and I will clear my name,", None),
        (S, None, "masking agents", None),
        (I, "Marlon Gayle", "the athlete had asked for her B-sample to be tested and believed the substance came from a "
            "contaminated supplement", None),
        (D, "Marlon Gayle", "We have already sent the supplement to an independent laboratory in Canada. When the "
            "results come back, I expect this matter to be resolved quickly,", None),
        (I, "Garth Mullings", "the association would respect the process", None),
        (P, "Garth Mullings", "a painful day for Jamaican athletics", None),
        (D, "Garth Mullings", "Kimone is entitled to due process, and she will get our full support in that process, "
            "but we will not interfere with the AIU. That is not our role,", None),
        (P, "Orville Deans", "100 per cent", None),
        (D, "Orville Deans", "I know this young lady. She eats, sleeps and trains right in front of me every day.", None),
        (D, "Orville Deans", "This doesn\u2019t make any sense to me, and I think when the facts come out, people will "
            "see that,", None),
        (I, "Jamaica Anti-Doping Commission", "it had not been involved in the case, as the sample was collected under "
            "the AIU\u2019s international testing programme", None),
        (P, "member of the JAAA\u2019s executive", "have to take responsibility for everything that goes into their "
            "bodies", None),
        (I, "member of the JAAA\u2019s executive", "the pool of athletes for next year\u2019s relay squads would be "
            "reviewed in January", None),
    ],
    "actors": [
        actor("Kimone Patterson-Reid", "person", title="sprinter, Olympic 200m finalist",
              aliases=["Kimone Patterson-Reid", "Patterson-Reid", "Kimone"], stance=1),
        actor("Athletics Integrity Unit", "organisation", title="anti-doping body of World Athletics",
              aliases=["Athletics Integrity Unit", "AIU"], stance=0),
        actor("Marlon Gayle", "person", title="attorney", affiliation="Kimone Patterson-Reid",
              aliases=["Marlon Gayle", "Gayle"], stance=1),
        actor("Garth Mullings", "person", title="JAAA president",
              affiliation="Jamaica Athletics Administrative Association", aliases=["Garth Mullings", "Mullings"],
              stance=0),
        actor("Orville Deans", "person", title="coach", affiliation="Elite Velocity Track Club",
              aliases=["Orville Deans", "Deans"], stance=1),
        actor("Jamaica Anti-Doping Commission", "government", title="national anti-doping agency",
              affiliation="Jamaica", aliases=["Jamaica Anti-Doping Commission", "JADCO"], stance=None),
        actor("member of the JAAA\u2019s executive", "person", title="anonymous JAAA executive member",
              affiliation="Jamaica Athletics Administrative Association",
              aliases=["member of the JAAA\u2019s executive"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. SWI swissinfo.ch science/environment (scientists protest a cut to glacier monitoring), headline
#    with a curly single fragment "Glaciologists warn cuts will leave Switzerland ‘blind’ ..."
#    (partial for the glaciologists; "Glaciologists" is an alias), standfirst without speech
#    ("plans"), byline and date-time lines, curly “ ” and ’ apostrophes (country’s, letter’s), CHF
#    amounts, British fragment punctuation outside the marks. Lede "have urged ... to reverse"
#    (directive), "warning in an open letter that Switzerland would be left “blind” to ..." (partial
#    only); scare so-called “relief package” (glossed by the writer); "According to GLAMOS, A";
#    glaciologist named after the first stretch, resumed; "Fankhauser said that A" (starts "of the
#    20 glaciers"); FOEN "said in a written reply ... that “...” had to contribute ... and that
#    satellite data would “...” measurements" (two partials); "The Federal Council has said A"
#    (present perfect); MP "said A", then "she said"; SVP member "said A and accused scientists of
#    “...”" (indirect plus partial); academy "said it “...” of the signatories" (partial only);
#    mountain guide "said A", then "he said"; "They have asked to meet the environment minister"
#    (a request without a proposition, not annotated).
ARTICLES["data/eval/test18/switzerland-glacier-monitoring-funding-cut.gold.json"] = {
    "article": "data/eval/test18/switzerland-glacier-monitoring-funding-cut.txt",
    "target": "Switzerland",
    "quotes": [
        (P, "glaciologists", "blind", "Switzerland \u2018blind"),
        (P, "glaciologists", "blind", "left \u201cblind"),
        (S, None, "relief package", None),
        (I, "Glacier Monitoring Switzerland", "Swiss glaciers lost 3% of their remaining ice volume this year, the "
            "fourth-largest annual loss since systematic measurements began", None),
        (D, "Andrea Fankhauser", "We are talking about less than the cost of one kilometre of motorway,", None),
        (D, "Andrea Fankhauser", "For that, the country that practically invented glacier science would stop measuring "
            "its own glaciers properly.", None),
        (I, "Andrea Fankhauser", "of the 20 glaciers where teams measure snow and ice by hand each autumn, as many as 12 "
            "would have to be dropped from the programme", None),
        (P, "Federal Office for the Environment", "all areas of federal spending", None),
        (P, "Federal Office for the Environment", "increasingly complement", None),
        (I, "Federal Council", "the package is needed to keep the federal budget within the limits set by the debt brake "
            "enshrined in the constitution", None),
        (I, "Nadia R\u00fcegg", "she would table an amendment to restore the funding in full", None),
        (D, "Nadia R\u00fcegg", "Our glaciers are disappearing in front of our eyes, and the government wants to stop "
            "counting,", None),
        (I, "Reto Gisler", "the cantons and the universities should share more of the cost", None),
        (P, "Reto Gisler", "crying wolf", None),
        (P, "Swiss Academy of Sciences", "shared the concerns", None),
        (I, "Beat Imboden", "the routes he has led for 30 years had changed beyond recognition, with crevasses opening "
            "where there were none and rockfall on slopes that used to be covered in ice", None),
        (D, "Beat Imboden", "The glacier does not care about the budget. It melts anyway. But at least we should know "
            "how fast,", None),
    ],
    "actors": [
        actor("glaciologists", "group", title="signatories of an open letter (glaciologists, climatologists and "
              "hydrologists)", aliases=["glaciologists", "Glaciologists"], stance=-1),
        actor("Glacier Monitoring Switzerland", "organisation", title="glacier monitoring network",
              aliases=["Glacier Monitoring Switzerland", "GLAMOS"], stance=None),
        actor("Andrea Fankhauser", "person", title="glaciologist", affiliation="ETH Zurich",
              aliases=["Andrea Fankhauser", "Fankhauser"], stance=-1),
        actor("Federal Office for the Environment", "government", title="federal environment office",
              affiliation="Switzerland", aliases=["Federal Office for the Environment", "FOEN"], stance=1),
        actor("Federal Council", "government", title="Swiss federal government", affiliation="Switzerland",
              aliases=["Federal Council"], stance=1),
        actor("Nadia R\u00fcegg", "person", title="Green parliamentarian", affiliation="Green Party",
              aliases=["Nadia R\u00fcegg", "R\u00fcegg"], stance=-1),
        actor("Reto Gisler", "person", title="member of the finance committee", affiliation="Swiss People\u2019s Party",
              aliases=["Reto Gisler", "Gisler"], stance=1),
        actor("Swiss Academy of Sciences", "organisation", title="academy of sciences",
              aliases=["Swiss Academy of Sciences"], stance=-1),
        actor("Beat Imboden", "person", title="mountain guide (Zermatt)", aliases=["Beat Imboden", "Imboden"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
