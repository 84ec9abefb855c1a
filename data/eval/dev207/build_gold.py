"""Build the dev207 gold files (data/eval/dev207/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev207/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev207.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev207"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Observer (Uganda) courts (the High Court orders a sugar company to compensate evicted families),
#    headline without speech, "Written by ..." and "Created: ..." lines, curly “ ” and ’, British punctuation
#    outside closing marks for fragments, "Shs 4.2 billion"; lede "has ordered ... to pay" (an act), "ruling that
#    the eviction was “...”" (partial, the court); judge "said the company had relied on a land title that had
#    been “...” and that police officers ... had acted “...”" (two partials), quote with "the judge said" and a
#    quote-only paragraph; "had accused the company of destroying homes ..." (no cue); scare so-called
#    “investor evictions”; lawyer "said the judgment was “...”", "he said"; company's lawyer "said A", quote split
#    by "Akello told The Observer"; "In a statement, the company said A and had B" (one span); evictee "who said
#    A", "she said"; police spokesperson "said A, and that it would “...” before ..." (indirect plus partial);
#    "The court also ordered ..." (an act).
ARTICLES[f"{BATCH}/bugaya-sugar-eviction-judgment.gold.json"] = {
    "article": f"{BATCH}/bugaya-sugar-eviction-judgment.txt",
    "target": "Bugaya Sugar Works",
    "quotes": [
        (P, "High Court in Masindi", "unlawful, violent and carried out without a valid court order", None),
        (P, "Florence Nakachwa", "obtained through fraud", None),
        (P, "Florence Nakachwa", "as private guards of an investor", None),
        (D, "Florence Nakachwa", "The evidence shows that the plaintiffs were on this land long before the company’s "
            "title was created. Some of them were born there,", None),
        (D, "Florence Nakachwa", "The Constitution protects bona fide occupants. A title obtained behind their backs "
            "cannot be used to throw them on the road.", None),
        (S, None, "investor evictions", None),
        (P, "Isaac Ssemakula", "a victory for every peasant who has been chased off his land by people with money", None),
        (D, "Isaac Ssemakula", "We are going to make sure that every shilling is paid. If they do not pay within 60 "
            "days, we will go for attachment of their property,", None),
        (I, "Brenda Akello", "her client would appeal", None),
        (D, "Brenda Akello", "With respect, the court has ignored the evidence that the company bought this land from "
            "its registered owner in 2019 and paid for it in full,", None),
        (D, "Brenda Akello", "We are confident the Court of Appeal will see it differently.", None),
        (I, "Bugaya Sugar Works", "it employed more than 1,200 people from the area and had built a health centre and two "
            "boreholes for the community", None),
        (I, "Grace Atim", "she had been living in a church compound in Kigumba since the eviction", None),
        (D, "Grace Atim", "Today I have cried, but it is a good crying. My children will know that what happened to us "
            "was wrong,", None),
        (I, "Denis Okello-Ayo", "the force had not yet received a copy of the judgment", None),
        (P, "Denis Okello-Ayo", "study it carefully", None),
    ],
    "actors": [
        actor("High Court in Masindi", "government", title="court", affiliation="Uganda",
              aliases=["High Court in Masindi", "High Court", "The court"], stance=-1),
        actor("Florence Nakachwa", "person", title="High Court judge", affiliation="High Court in Masindi",
              aliases=["Florence Nakachwa", "Nakachwa", "the judge"], stance=-1),
        actor("Isaac Ssemakula", "person", title="lawyer for the families", affiliation="Legal Aid Project",
              aliases=["Isaac Ssemakula", "Ssemakula"], stance=-1),
        actor("Brenda Akello", "person", title="lawyer for Bugaya Sugar Works", affiliation=None,
              aliases=["Brenda Akello", "Akello"], stance=1),
        actor("Bugaya Sugar Works", "organisation", title="sugar company", affiliation=None,
              aliases=["Bugaya Sugar Works", "Bugaya Sugar Works Ltd", "the company"], stance=1),
        actor("Grace Atim", "person", title="evicted mother of six, 46", affiliation=None,
              aliases=["Grace Atim", "Atim"], stance=-1),
        actor("Denis Okello-Ayo", "person", title="police spokesperson for the Albertine region",
              affiliation="Uganda Police", aliases=["Denis Okello-Ayo", "Okello-Ayo"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Tribune (India) education (students protest a university fee hike in Himachal), headline with Indian
#    English abbreviations ("gherao admn block", "V-C") without speech, "Tribune News Service" and dateline
#    "Solan, December 3" lines, straight " and apostrophes, "per cent", "Rs 38 crore", "Rs 2.5 lakh", "Prof",
#    "Dr"; "demanding the withdrawal ..." (directive); V-C "ruled out a rollback" (act), participial "saying A and
#    was B" (one span); quote with "the V-C told The Tribune", quote with "Prof Sood said"; "He said A, and that
#    the university would set up a committee to consider "..."" (indirect plus partial); scare so-called
#    "self-financing" courses; convener "said A", quote split by "she said" (her quote reports the V-C); group
#    "Parents who had accompanied the students ... said A"; committee "said A and announced a boycott" (the
#    announcement an act); MLA "described the hike as "..." and said B" (partial plus indirect); secretary "said
#    A"; "backed the administration" (act), teachers' leader "said the hike was "..." given ..." (partial only).
ARTICLES[f"{BATCH}/shivalik-university-fee-hike-protest.gold.json"] = {
    "article": f"{BATCH}/shivalik-university-fee-hike-protest.txt",
    "target": "Anil Kumar Sood",
    "quotes": [
        (I, "Anil Kumar Sood", "the university had not revised its fees since 2017 and was facing a deficit of Rs 38 "
            "crore", None),
        (D, "Anil Kumar Sood", "I understand the concerns of the students and their parents. But the State Government's "
            "grant covers only our salaries. Who will pay for the laboratories, the library and the hostels?", None),
        (D, "Anil Kumar Sood", "We are not a private university. Even after the hike, our fee is one-third of what the "
            "private universities in Solan charge,", None),
        (I, "Anil Kumar Sood", "students from families with an annual income below Rs 2.5 lakh would be exempted from "
            "the increase", None),
        (P, "Anil Kumar Sood", "genuine hardship cases", None),
        (S, None, "self-financing", None),
        (I, "Ritika Thakur", "the hike would force many students from rural areas to drop out", None),
        (D, "Ritika Thakur", "My father is an apple grower in Kotkhai. This year the crop was poor. Where will he bring "
            "Rs 18,000 more from?", None),
        (D, "Ritika Thakur", "The V-C says the exemption will help, but a family earning Rs 3 lakh is not rich.", None),
        (I, "Parents who had accompanied the students from Shimla and Mandi", "they had learnt of the hike only through a "
            "notice on the university's website", None),
        (I, "joint action committee", "the protest would continue till the hike was withdrawn", None),
        (P, "Sanjay Rathore", "anti-student", None),
        (I, "Sanjay Rathore", "the State Government should release an additional grant to the university instead of "
            "burdening families", None),
        (I, "Meenakshi Negi", "the government had sought a report from the university on the fee revision", None),
        (P, "Harish Chauhan", "painful but unavoidable", None),
    ],
    "actors": [
        actor("Anil Kumar Sood", "person", title="Vice-Chancellor", affiliation="Shivalik State University",
              aliases=["Anil Kumar Sood", "Sood", "Prof Sood", "the V-C"], stance=1),
        actor("Ritika Thakur", "person", title="convener of the joint action committee, final-year law student",
              affiliation="joint action committee", aliases=["Ritika Thakur", "Thakur"], stance=-1),
        actor("Parents who had accompanied the students from Shimla and Mandi", "group", title="parents",
              affiliation=None, aliases=["Parents who had accompanied the students from Shimla and Mandi"], stance=-1),
        actor("joint action committee", "group", title="joint action committee of seven student organisations",
              affiliation=None, aliases=["joint action committee", "action committee"], stance=-1),
        actor("Sanjay Rathore", "person", title="Nalagarh MLA", affiliation=None,
              aliases=["Sanjay Rathore", "Rathore"], stance=-1),
        actor("Meenakshi Negi", "person", title="Education Secretary", affiliation="State Government",
              aliases=["Meenakshi Negi", "Negi"], stance=0),
        actor("Harish Chauhan", "person", title="president of the teachers' association",
              affiliation="Shivalik State University teachers' association", aliases=["Harish Chauhan", "Chauhan"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. WIRED (US tech) consumer tech (a smart-lock startup switches off its cloud), title-case headline and a
#    standfirst without quote marks, byline and date lines, curly “ ” and ’, em dash, present tense throughout
#    ("says Okafor", "she says" ...); customer's quote split by a descriptive sentence ("She got in through the
#    garage."); "after telling customers in an email that A" (indirect, the company); "The company says A";
#    spokesperson "wrote in an email to WIRED", quote split by the attribution; "Lee says A"; researcher named
#    after her quote, "She says A", then a bare quote in the same paragraph (continuity); "Lee disputes that."
#    (no content), "The key, he says, “...”" (partial); scare so-called “smart home”; activist "says A", then a
#    quote with "Ortiz says"; group "Locksmiths in several cities tell WIRED A"; "One of them, Rob Kessler ...,
#    says A", quote split by "he says"; "did not respond to questions" (not annotated).
ARTICLES[f"{BATCH}/latchwell-smart-lock-shutdown.gold.json"] = {
    "article": f"{BATCH}/latchwell-smart-lock-shutdown.txt",
    "target": "Latchwell",
    "quotes": [
        (D, "Dana Okafor", "I was standing on my porch with my groceries, and my door had basically become a wall,", None),
        (D, "Dana Okafor", "If I hadn’t left that unlocked, I’d have been calling a locksmith at seven in the morning.",
            None),
        (I, "Latchwell", "it was winding down operations", None),
        (I, "Latchwell", "the locks still work with a physical key and, for models sold after 2022, with a local "
            "Bluetooth mode", None),
        (D, "Marcus Lee", "We understand the frustration, and we are sorry,", None),
        (D, "Marcus Lee", "Unfortunately, we were not able to find a buyer for the business, and maintaining the cloud "
            "infrastructure was no longer financially possible.", None),
        (I, "Marcus Lee", "the company has published the firmware file on GitHub, along with instructions for installing "
            "it from a laptop", None),
        (D, "Hana Ibrahim", "Publishing a binary on GitHub for people who can’t get into their house is not a support "
            "plan,", None),
        (I, "Hana Ibrahim", "the firmware also contains a hard-coded encryption key, which means anyone who downloads it "
            "could in theory learn to open older Latchwell locks from the street", None),
        (D, "Hana Ibrahim", "They’ve basically published the master key.", None),
        (P, "Marcus Lee", "only works within Bluetooth range and only on locks that have not been updated.", None),
        (S, None, "smart home", None),
        (I, "Nathan Ortiz", "at least four other smart-home companies have shut down cloud services in the past two "
            "years", None),
        (D, "Nathan Ortiz", "This is exactly the scenario we warned about. You buy a lock, and what you really bought was "
            "a subscription that nobody told you could end,", None),
        (I, "Locksmiths in several cities", "they have been busy since Monday", None),
        (I, "Rob Kessler", "he has replaced 23 Latchwell locks this week alone", None),
        (D, "Rob Kessler", "Most people just want a normal deadbolt now,", None),
        (D, "Rob Kessler", "I don’t blame them.", None),
    ],
    "actors": [
        actor("Dana Okafor", "person", title="nurse, Latchwell customer", affiliation=None,
              aliases=["Dana Okafor", "Okafor"], stance=-1),
        actor("Latchwell", "organisation", title="smart-lock startup", affiliation=None,
              aliases=["Latchwell", "The company"], stance=1),
        actor("Marcus Lee", "person", title="spokesperson", affiliation="Latchwell", aliases=["Marcus Lee", "Lee"],
              stance=1),
        actor("Hana Ibrahim", "person", title="hardware security researcher", affiliation="University of Michigan",
              aliases=["Hana Ibrahim", "Ibrahim"], stance=-1),
        actor("Nathan Ortiz", "person", title="head of a right-to-repair group", affiliation="Fixed Forever",
              aliases=["Nathan Ortiz", "Ortiz"], stance=-1),
        actor("Locksmiths in several cities", "group", title="locksmiths", affiliation=None,
              aliases=["Locksmiths in several cities"], stance=None),
        actor("Rob Kessler", "person", title="locksmith in Phoenix", affiliation=None,
              aliases=["Rob Kessler", "Kessler"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. IOL (South Africa) local government/utilities (parts of Soweto go ten days without water), headline without
#    speech, byline and "Published Dec 3, 2026" lines, straight " and apostrophes, "R120 million", "MMC", "DA";
#    lede participial "with Johannesburg Water saying A" (indirect); scare so-called "Soweto trunk main"; "The
#    entity said in a statement ... that A and that a "..." was being built ..." (indirect plus partial);
#    spokesperson named after her quote, "She said A and that B" (one span); "accused the entity of abandoning
#    them" (no cue); pensioner named after her quote, then a quote-only paragraph; group "Residents in Protea Glen
#    said A and that B"; councillor "said A", quote with "he said" (his quote reports the utility's replies); MMC
#    "said A and would B" (one span), quote with "Radebe told IOL"; opposition councillor "said the crisis was
#    "..." at the entity" (partial only); bulk supplier "said A and that B"; "Johannesburg Water said A".
ARTICLES[f"{BATCH}/soweto-water-outage-johannesburg-water.gold.json"] = {
    "article": f"{BATCH}/soweto-water-outage-johannesburg-water.txt",
    "target": "Johannesburg Water",
    "quotes": [
        (I, "Johannesburg Water", "repairs to a burst bulk pipe and a failed pump station could take until the weekend",
            None),
        (S, None, "Soweto trunk main", None),
        (I, "Johannesburg Water", "42 water tankers had been deployed to Protea Glen, Naledi and Chiawelo", None),
        (P, "Johannesburg Water", "temporary bypass", None),
        (D, "Zanele Khumalo", "We know residents are frustrated and we apologise. Our teams are working around the clock, "
            "but the pipe that failed is 50 years old and the parts had to be made specially,", None),
        (I, "Zanele Khumalo", "the pump station at Meadowlands had been vandalised twice in November and that cable theft "
            "had delayed repairs", None),
        (D, "Maria Sithole", "The truck comes once a day, sometimes not at all. We fill buckets, we carry them home, and "
            "the old people cannot do that,", None),
        (D, "Maria Sithole", "We are paying for water that does not come. Who is going to refund us?", None),
        (I, "Residents in Protea Glen", "they had been spending up to R400 a week on bottled water and that schools had "
            "sent children home early because toilets could not be flushed", None),
        (I, "Kabelo Motaung", "he had written to the utility three times since July about low pressure in the area",
            None),
        (D, "Kabelo Motaung", "They always tell me it is under investigation. Now the whole system has collapsed and they "
            "are surprised,", None),
        (I, "Palesa Radebe", "the city had set aside R120 million for emergency pipe replacement in Soweto and would ask "
            "the Johannesburg Water board for a full report", None),
        (D, "Palesa Radebe", "I am not going to defend the indefensible. Ten days is too long for any community to be "
            "without water,", None),
        (P, "Liezel Botha", "the direct result of years of neglect and cadre deployment", None),
        (I, "Rand Water", "its own system was operating normally and that the problem lay within the city's reticulation "
            "network", None),
        (I, "Johannesburg Water", "residents could report leaks and tanker delays on its 24-hour call centre line", None),
    ],
    "actors": [
        actor("Johannesburg Water", "organisation", title="municipal water utility", affiliation="City of Johannesburg",
              aliases=["Johannesburg Water", "The entity", "the entity", "the utility"], stance=1),
        actor("Zanele Khumalo", "person", title="spokesperson", affiliation="Johannesburg Water",
              aliases=["Zanele Khumalo", "Khumalo"], stance=1),
        actor("Maria Sithole", "person", title="Naledi resident, 67", affiliation=None,
              aliases=["Maria Sithole", "Sithole"], stance=-1),
        actor("Residents in Protea Glen", "group", title="residents", affiliation=None,
              aliases=["Residents in Protea Glen"], stance=-1),
        actor("Kabelo Motaung", "person", title="Ward 40 councillor", affiliation=None,
              aliases=["Kabelo Motaung", "Motaung"], stance=-1),
        actor("Palesa Radebe", "person", title="MMC for Environment and Infrastructure Services",
              affiliation="City of Johannesburg", aliases=["Palesa Radebe", "Radebe"], stance=-1),
        actor("Liezel Botha", "person", title="DA councillor", affiliation="DA", aliases=["Liezel Botha", "Botha"],
              stance=-1),
        actor("Rand Water", "organisation", title="bulk water supplier", affiliation=None, aliases=["Rand Water"],
              stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
