"""Build the dev71 gold files (data/eval/dev71/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev70/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev71/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev71.  Standard library only.
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
# 1. Lloyd's List (UK shipping trade press) tankers/sanctions (a Russian corvette escorts a sanctioned
#    tanker through the Dover Strait), headline and standfirst without speech, author and "Tankers |
#    Wednesday 02 December 2026" lines, lede opening in capitals ("A RUSSIAN"), straight " and apostrophes,
#    British punctuation outside fragments. Lede content before "according to Lloyd's List Intelligence
#    vessel-tracking data" (the "the first time ..." apposition is inside the span); MoD spokesperson "said
#    the Royal Navy had "..." the transit and that B" (partial plus indirect), quote with "the spokesperson
#    said"; "ministers said they were "..." using the powers ..." (partial only, group actor); anonymous
#    Whitehall source "told Lloyd's List that the Russian escort was "..." designed to ..." (partial only);
#    embassy "said the Volna was sailing "..." and that any attempt ... would be treated as "..."" (two
#    partials), quote with "the embassy said in a statement posted on Telegram"; "was unable to reach" (no
#    speech); anonymous Moscow executive "said A", quote with "the executive said"; consultant "said naval
#    escorts were likely to become "..." for ..." (partial only), "He said A but were unlikely to B" (one
#    span), quote with "Lindahl said"; content before "according to Lloyd's List Intelligence"; scare
#    so-called "price cap"; anonymous broker "said A, with ..." (the with-clause is his).
ARTICLES["data/eval/dev71/russian-corvette-escorts-volna-channel.gold.json"] = {
    "article": "data/eval/dev71/russian-corvette-escorts-volna-channel.txt",
    "target": "Russia",
    "quotes": [
        (I, "Lloyd's List Intelligence", "A RUSSIAN navy corvette escorted a UK-sanctioned Aframax tanker through the "
            "English Channel and the Dover Strait on Monday, the first time a Russian warship has accompanied a "
            "sanctioned vessel for the full length of the Channel", None),
        (P, "UK Ministry of Defence spokesperson", "closely monitored", None),
        (I, "UK Ministry of Defence spokesperson", "HMS Tyne had shadowed both vessels through UK waters", None),
        (D, "UK Ministry of Defence spokesperson", "We will not hesitate to act against vessels that threaten our "
            "national security or undermine our sanctions,", None),
        (P, "ministers", "actively considering", None),
        (P, "Whitehall source", "a deliberate provocation", None),
        (P, "Russian embassy in London", "in full accordance with international law", None),
        (P, "Russian embassy in London", "an act of piracy", None),
        (D, "Russian embassy in London", "Russia will ensure the safety of its merchant shipping by all available "
            "means. Nobody should have any illusions on that score,", None),
        (I, "Moscow-based shipping executive", "Russian owners had been asking for naval protection since Estonia "
            "tried to detain a tanker in the Gulf of Finland last year", None),
        (D, "Moscow-based shipping executive", "The navy is doing what any navy does. It protects the country's "
            "trade,", None),
        (P, "Gregor Lindahl", "the new normal", None),
        (I, "Gregor Lindahl", "the escorts raised the risk of a confrontation but were unlikely to stop western navies "
            "from tracking the tankers", None),
        (D, "Gregor Lindahl", "Nobody in London or Moscow wants a firefight in the Dover Strait. But every escort makes "
            "a miscalculation a little more likely,", None),
        (I, "Lloyd's List Intelligence", "At least 37 UK-sanctioned tankers have transited the Channel since the start "
            "of October", None),
        (S, None, "price cap", None),
        (I, "London-based tanker broker", "the escort would do little to change the economics of the trade, with "
            "Urals still selling at a discount of about $13 a barrel to Brent", None),
    ],
    "actors": [
        actor("Lloyd's List Intelligence", "organisation", title="vessel-tracking and data service",
              aliases=["Lloyd's List Intelligence"], stance=0),
        actor("UK Ministry of Defence spokesperson", "person", title="anonymous MoD spokesperson",
              affiliation="UK Ministry of Defence", aliases=["UK Ministry of Defence spokesperson", "spokesperson"],
              stance=-1),
        actor("ministers", "group", title="UK government ministers", affiliation="United Kingdom",
              aliases=["ministers"], stance=-1),
        actor("Whitehall source", "person", title="anonymous government source", affiliation="United Kingdom",
              aliases=["Whitehall source"], stance=-1),
        actor("Russian embassy in London", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in London", "embassy"], stance=1),
        actor("Moscow-based shipping executive", "person", title="anonymous shipping executive",
              aliases=["Moscow-based shipping executive", "executive"], stance=1),
        actor("Gregor Lindahl", "person", title="head of maritime risk", affiliation="Nordhavn Risk",
              aliases=["Gregor Lindahl", "Lindahl"], stance=0),
        actor("London-based tanker broker", "person", title="anonymous tanker broker",
              aliases=["London-based tanker broker"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Moneyweb (South Africa) technology/business (a payments switch outage on Black Friday), headline
#    without speech, standfirst "... The switch operator blames a faulty software update." (an act with a
#    noun object), byline and "3 Dec 2026" lines, straight " and apostrophes, space as thousands separator
#    ("40 000", "R60 000"), Moneyweb's present tense ("says", "tells Moneyweb"). Lede content before "the
#    company confirmed on Monday"; "Zinto Pay, which ..., says A but B" (one span); CEO "tells Moneyweb the
#    company "..." for the outage" (partial only), quote with "she says" and a quote-only paragraph;
#    "Mabaso says A, but would not say how ..." (indirect; the negated part is not annotated); Pasa "says it
#    is "..." with ..." (partial only); the Sarb "says A and will B" (one span); "the timing could hardly
#    have been worse" (no cue); shop owner "says A", quote with "she says"; analyst "says A, with ...", quote
#    with "she says"; anonymous rival executive "who declined to be named, says A"; "Mabaso says A." followed
#    in the same paragraph by a quote with "she says"; scare so-called "operational resilience"; content
#    before "according to its latest annual report" (the company's report speaks for it).
ARTICLES["data/eval/dev71/zinto-pay-black-friday-outage.gold.json"] = {
    "article": "data/eval/dev71/zinto-pay-black-friday-outage.txt",
    "target": "Zinto Pay",
    "quotes": [
        (I, "Zinto Pay", "Card payments at roughly 40 000 merchants across South Africa failed for almost five hours on "
            "Black Friday after an update to Zinto Pay's transaction switch went wrong", None),
        (I, "Zinto Pay", "the update was meant to improve fraud screening but caused its systems to reject valid "
            "transactions from about 9am", None),
        (P, "Lindiwe Mabaso", "takes full responsibility", None),
        (D, "Lindiwe Mabaso", "We let our merchants down on the busiest trading day of the year. There is no excuse for "
            "that, and I am not going to offer one,", None),
        (D, "Lindiwe Mabaso", "What I can say is that we have rolled back the update, we have changed our testing "
            "procedures, and we will compensate merchants who can show they lost sales.", None),
        (I, "Lindiwe Mabaso", "the company has set aside R45 million for compensation", None),
        (P, "Payments Association of South Africa", "engaging", None),
        (I, "South African Reserve Bank", "it has asked Zinto Pay for a full incident report within 14 days and will "
            "decide then whether further action is needed", None),
        (I, "Tebogo Nkwinika", "she lost about R60 000 in sales as customers walked out once they realised they could "
            "not pay by card", None),
        (D, "Tebogo Nkwinika", "People came with their bonuses ready to spend. By eleven o'clock I was telling them to "
            "go to the ATM, and most of them just went to the shop next door,", None),
        (I, "Thandeka Mthembu", "the outage will damage Zinto Pay's reputation at a critical time, with the company "
            "preparing a listing on the JSE next year", None),
        (D, "Thandeka Mthembu", "The technology failure is fixable. The bigger question for investors is governance: "
            "who signed off on pushing a major update on the biggest trading day of the year?", None),
        (I, "executive at a rival payments provider", "several of Zinto Pay's larger clients had contacted his company "
            "over the weekend", None),
        (I, "Lindiwe Mabaso", "the company has not lost any major clients", None),
        (D, "Lindiwe Mabaso", "Our merchants are angry, and they have every right to be. But they also know what we "
            "have built for them over eight years,", None),
        (S, None, "operational resilience", None),
        (I, "Zinto Pay", "Zinto Pay processed about R38 billion in card transactions in the year to June", None),
    ],
    "actors": [
        actor("Zinto Pay", "organisation", title="payments switch operator", aliases=["Zinto Pay", "company"],
              stance=0),
        actor("Lindiwe Mabaso", "person", title="Chief executive", affiliation="Zinto Pay",
              aliases=["Lindiwe Mabaso", "Mabaso"], stance=1),
        actor("Payments Association of South Africa", "organisation", title="payments industry body",
              aliases=["Payments Association of South Africa", "Pasa"], stance=0),
        actor("South African Reserve Bank", "government", title="central bank, payment system overseer",
              affiliation="South Africa", aliases=["South African Reserve Bank", "Sarb"], stance=0),
        actor("Tebogo Nkwinika", "person", title="clothing shop owner (Maponya Mall, Soweto)",
              aliases=["Tebogo Nkwinika", "Nkwinika"], stance=-1),
        actor("Thandeka Mthembu", "person", title="fintech analyst", affiliation="Bravura Research",
              aliases=["Thandeka Mthembu", "Mthembu"], stance=-1),
        actor("executive at a rival payments provider", "person", title="anonymous executive",
              aliases=["executive at a rival payments provider"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Barbados Today culture (the state broadcaster pulls a calypsonian's song from airplay), headline
#    without speech, "by NAME" and date lines, straight " and apostrophes, "180 000", "Barbados TODAY",
#    Bajan speech in quotes ("If anybody feel I defame them"), a song title without quote marks (Who Sell
#    De Beach). Lede "Veteran calypsonian Blackbird says A, after ..." (the writer's after-clause is left
#    out); the CBC "confirmed yesterday that A"; "In a brief statement, the CBC said the song contained
#    "..." to ... and that B" (partial plus indirect); calypsonian "told Barbados TODAY the decision was
#    "..."" (partial only), quote with "the 58-year-old said" and a quote-only paragraph; "He said A, and
#    that B" (one span); scare "picong" (the writer's sentence); NCF chief "said A, but she described
#    Blackbird as "..."" (indirect plus partial), quote with "Layne said"; senator "said Blackbird was "..."
#    and questioned whether ..." (partial; a reported question is not annotated); "Not everyone is on the
#    singer's side" (no cue); lawyer "said that while ..., some lines ... went "..."" (partial only), quote
#    with "Bourne said"; vendor "said the song was "..."" (partial only), quote with "she said, laughing";
#    "did not respond to further questions" (not annotated).
ARTICLES["data/eval/dev71/blackbird-calypso-cbc-airplay.gold.json"] = {
    "article": "data/eval/dev71/blackbird-calypso-cbc-airplay.txt",
    "target": "Blackbird",
    "quotes": [
        (I, "Blackbird", "he will not change a single line of his new song Who Sell De Beach", None),
        (I, "Caribbean Broadcasting Corporation", "the song had been pulled from Quality 100.7 FM and Voice of Barbados "
            "92.9 FM on Monday", None),
        (P, "Caribbean Broadcasting Corporation", "defamatory references", None),
        (I, "Caribbean Broadcasting Corporation", "it had acted on legal advice", None),
        (P, "Blackbird", "censorship, plain and simple", None),
        (D, "Blackbird", "Calypso has always been the voice of the people. Gabby sang about the beaches in the eighties "
            "and nobody pulled him off the radio,", None),
        (D, "Blackbird", "If anybody feel I defame them, let them take me to court. I will be there with my receipts.",
            None),
        (I, "Blackbird", "he had received messages of support from as far away as Toronto and Brooklyn, and that a "
            "second verse was already being written", None),
        (S, None, "picong", None),
        (I, "Marcia Layne", "the NCF had no role in the CBC's decision", None),
        (P, "Marcia Layne", "one of the great social commentators of his generation", None),
        (D, "Marcia Layne", "Our job is to protect the art form, and the art form has always been uncomfortable for "
            "people in power,", None),
        (P, "Ryan Maynard", "doing what calypsonians have done for 60 years", None),
        (P, "Neville Bourne", "well beyond fair comment", None),
        (D, "Neville Bourne", "A calypso is not a licence to accuse people of crimes without evidence. The courts are "
            "there for a reason,", None),
        (P, "Rosie Alleyne", "the truth", None),
        (D, "Rosie Alleyne", "Everybody know about the beaches. He only singing what we talking,", None),
    ],
    "actors": [
        actor("Blackbird", "person", title="calypsonian, three-time Pic-O-De-Crop monarch",
              aliases=["Blackbird", "Kareem Worrell", "Worrell", "58-year-old"], stance=1),
        actor("Caribbean Broadcasting Corporation", "organisation", title="state broadcaster",
              aliases=["Caribbean Broadcasting Corporation", "CBC"], stance=-1),
        actor("Marcia Layne", "person", title="Chief executive", affiliation="National Cultural Foundation",
              aliases=["Marcia Layne", "Layne"], stance=1),
        actor("Ryan Maynard", "person", title="Opposition Senator", aliases=["Ryan Maynard", "Maynard"], stance=1),
        actor("Neville Bourne", "person", title="Attorney-at-law", aliases=["Neville Bourne", "Bourne"], stance=-1),
        actor("Rosie Alleyne", "person", title="vendor (Cheapside Market, Bridgetown)",
              aliases=["Rosie Alleyne", "Alleyne"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Courthouse News Service courts/environment (conservation groups ask a judge to halt a state wolf kill
#    permit), headline without speech, subhead "A lawyer for the state said A." (indirect for the state's
#    lawyer, named in the body), "NAME / December 2, 2026" line, dateline "PORTLAND, Ore. (CN) —" into the
#    lede, curly “ ” and ’, US punctuation inside closing marks. Lede "Conservation groups urged ... to block
#    ... (directive), arguing that A" (participial cue: indirect for the groups); scare so-called “chronic
#    depredation” standard; groups' attorney "told Circuit Judge ... that the department had “...” without
#    ..." (partial only), quote split by "Navarro-Bright said"; state's lawyer "said A and that the rules did
#    not require “...” before lethal action" (indirect plus partial), quote with "Hale said"; "appeared
#    unconvinced" (no cue); the judge's question "..." the judge asked" (direct); "Hale replied that A and
#    that B" (one span); rancher "said A", quote with "Eckert said"; department spokesperson "said in an email
#    that A and that B" (one span); "Tuttle said A and ordered the department not to ..." (indirect;
#    directive); "According to the department's most recent annual count, A".
ARTICLES["data/eval/dev71/lookout-mountain-wolves-odfw-hearing.gold.json"] = {
    "article": "data/eval/dev71/lookout-mountain-wolves-odfw-hearing.txt",
    "target": "Oregon Department of Fish and Wildlife",
    "quotes": [
        (I, "Curtis Hale", "wildlife officials followed their own rules when they authorized the killing of up to four "
            "wolves", None),
        (I, "Conservation groups", "wildlife officials ignored their own rules requiring nonlethal deterrence first",
            None),
        (S, None, "chronic depredation", None),
        (P, "Sofia Navarro-Bright", "skipped straight to the rifle", None),
        (D, "Sofia Navarro-Bright", "The rule says nonlethal measures first. Not nonlethal measures if convenient,",
            None),
        (D, "Sofia Navarro-Bright", "The department wrote that rule. It should follow it.", None),
        (I, "Curtis Hale", "the ranchers had used range riders for most of the summer", None),
        (P, "Curtis Hale", "every conceivable tool", None),
        (D, "Curtis Hale", "These are not decisions the department makes lightly. Nobody at ODFW wants to kill wolves,",
            None),
        (D, "Benjamin Tuttle", "If the ranchers did everything right, why is the record so thin on it?", None),
        (I, "Curtis Hale", "the field reports were in the administrative record and that the court should defer to the "
            "agency\u2019s biologists", None),
        (I, "Lorna Eckert", "she had spent $14,000 of her own money on range riders since June", None),
        (D, "Lorna Eckert", "I\u2019m not anti-wolf. I\u2019m anti-losing-calves. We did every single thing they told "
            "us to do,", None),
        (I, "Aaron Whitlock", "the permit would remain valid until Dec. 31 and that no wolves had been killed so far",
            None),
        (I, "Benjamin Tuttle", "he would rule by Friday", None),
        (I, "Oregon Department of Fish and Wildlife", "Oregon had at least 204 wolves at the end of 2025, up from 178 "
            "the year before", None),
    ],
    "actors": [
        actor("Curtis Hale", "person", title="Assistant Attorney General",
              affiliation="Oregon Department of Justice (for the Oregon Department of Fish and Wildlife)",
              aliases=["Curtis Hale", "Hale", "lawyer for the state"], stance=1),
        actor("Conservation groups", "group", title="plaintiffs (Center for Biological Diversity, Oregon Wild)",
              aliases=["Conservation groups"], stance=-1),
        actor("Sofia Navarro-Bright", "person", title="attorney", affiliation="Center for Biological Diversity",
              aliases=["Sofia Navarro-Bright", "Navarro-Bright"], stance=-1),
        actor("Benjamin Tuttle", "person", title="Circuit Judge", affiliation="Multnomah County Circuit Court",
              aliases=["Benjamin Tuttle", "Tuttle", "judge"], stance=0),
        actor("Lorna Eckert", "person", title="rancher (Baker County)", aliases=["Lorna Eckert", "Eckert"], stance=1),
        actor("Aaron Whitlock", "person", title="Department spokesperson",
              affiliation="Oregon Department of Fish and Wildlife", aliases=["Aaron Whitlock", "Whitlock"], stance=0),
        actor("Oregon Department of Fish and Wildlife", "government", title="state wildlife agency",
              affiliation="Oregon", aliases=["Oregon Department of Fish and Wildlife", "ODFW", "department"],
              stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
