"""Build the dev30 gold files (data/eval/dev30/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev30/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev30.  Standard library only.
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
# 1. Nikkei Asia regional business/diplomacy (Vietnam's competition regulator stalls a Japanese
#    takeover), headline, deck, capitals byline and JST date line, dateline "HANOI/TOKYO --",
#    curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes (Kisaragi’s, Holdings’, farmers’),
#    American spelling and punctuation inside closing marks. Headline fragment ‘food security’ ->
#    Vietnam (the headline names it; "cites" is the cue). Lede content before "the country’s
#    competition regulator said"; the regulator named in the next paragraph (statement with two
#    partials, no indirect); "The commission added that A". Company president "told reporters ...
#    that A, but he said he was “...”" (indirect plus partial), then a quote split by "Morioka said".
#    Scare “China plus one” strategy. Vietnamese names: the given name (last word) is the short
#    name (Nhung, Mai, Khanh), not the family name. Deputy minister: "said the review was “...”"
#    (partial), a direct stretch, then "She added that ... “well before” ..." (partial only).
#    Anonymous "person familiar with the review" (indirect stopping before the writer's ", a plan
#    the company has not disclosed"). Cooperative head: content before "said X, who heads ...",
#    then "she said by phone". Chairman named after a three-sentence quote. METI official: partial,
#    then content before ", the official said, but declined to give details" (indirect; the
#    refusal is not annotated). Analyst "expects" (no speech verb, not annotated), then "she said".
ARTICLES["data/eval/dev30/vietnam-kisaragi-lam-vien-dairy-review.gold.json"] = {
    "article": "data/eval/dev30/vietnam-kisaragi-lam-vien-dairy-review.txt",
    "target": "Vietnam",
    "quotes": [
        (P, "Vietnam", "food security", "cites \u2018food"),
        (I, "National Competition Commission", "Vietnam has put Japanese food group Kisaragi Holdings\u2019 $1.2 "
            "billion bid for Lam Vien Dairy on hold for at least three months", None),
        (P, "National Competition Commission", "in-depth review", None),
        (P, "National Competition Commission", "national food security and the livelihoods of dairy farmers.",
            None),
        (I, "National Competition Commission", "Kisaragi would be asked to submit commitments on raw milk prices "
            "and on keeping the Lam Vien brand and its 4,000 employees", None),
        (I, "Kenji Morioka", "the company respected the review process", None),
        (P, "Kenji Morioka", "surprised and disappointed", None),
        (D, "Kenji Morioka", "We have been buying milk in Vietnam for 11 years. We are not strangers here,", None),
        (D, "Kenji Morioka", "We will give the commission whatever it needs, but a deal cannot sit in a drawer "
            "forever.", None),
        (S, None, "China plus one", None),
        (P, "Tran Thi Hong Nhung", "not a signal to Japanese investors or to anyone else.", None),
        (D, "Tran Thi Hong Nhung", "Vietnam welcomes Japanese capital, and we will continue to welcome it. But "
            "milk is not an ordinary product. Millions of children drink it every day,", None),
        (P, "Tran Thi Hong Nhung", "well before", None),
        (I, "person familiar with the review", "the commission was concerned that Kisaragi planned to cut the "
            "number of farms supplying Lam Vien from about 2,600 to fewer than 1,000 over five years", None),
        (I, "Ho Thi Mai", "Such a cut would hit smallholders in the Central Highlands province of Lam Dong "
            "hardest", None),
        (D, "Ho Thi Mai", "If Lam Vien stops buying from us, who buys? There is no other factory within 100 "
            "kilometers. The commission is right to be careful,", None),
        (D, "Do Van Khanh", "Our farmers\u2019 real problem is not Kisaragi. It is that they cannot afford the "
            "cooling tanks and the veterinarians they need to produce better milk. A partner like Kisaragi brings "
            "exactly that,", None),
        (P, "official at Japan\u2019s Ministry of Economy, Trade and Industry", "closely following", None),
        (I, "official at Japan\u2019s Ministry of Economy, Trade and Industry", "Japanese officials raised the "
            "matter with their Vietnamese counterparts at a meeting in Hanoi last week", None),
        (D, "Yuki Saeki", "Hanoi wants to be seen as tough on a foreign buyer in a sector that voters care about. "
            "That does not mean it wants the deal to fail,", None),
    ],
    "actors": [
        actor("Vietnam", "country", aliases=["Vietnam", "Hanoi"], stance=1),
        actor("National Competition Commission", "government", title="competition regulator",
              affiliation="Vietnam (Ministry of Industry and Trade)",
              aliases=["National Competition Commission", "competition regulator", "The commission",
                       "the commission"], stance=1),
        actor("Kenji Morioka", "person", title="president", affiliation="Kisaragi Holdings",
              aliases=["Kenji Morioka", "Morioka"], stance=-1),
        actor("Tran Thi Hong Nhung", "person", title="Deputy Minister of Industry and Trade",
              affiliation="Vietnam", aliases=["Tran Thi Hong Nhung", "Nhung"], stance=1),
        actor("person familiar with the review", "person", title="source (anonymous)",
              aliases=["person familiar with the review"], stance=0),
        actor("Ho Thi Mai", "person", title="head of a cooperative of 300 dairy households near Duc Trong",
              affiliation="Lam Dong province", aliases=["Ho Thi Mai", "Mai"], stance=1),
        actor("Do Van Khanh", "person", title="chairman and largest individual shareholder",
              affiliation="Lam Vien Dairy", aliases=["Do Van Khanh", "Khanh"], stance=-1),
        actor("official at Japan\u2019s Ministry of Economy, Trade and Industry", "person",
              title="official (anonymous)", affiliation="Japan (METI)",
              aliases=["official at Japan\u2019s Ministry of Economy, Trade and Industry", "the official"],
              stance=-1),
        actor("Yuki Saeki", "person", title="analyst", affiliation="Hoshino Securities (Tokyo)",
              aliases=["Yuki Saeki", "Saeki"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The National (Abu Dhabi) government initiative (an Emirati nursing programme), headline,
#    standfirst, byline and date lines without speech, blank lines between paragraphs, British
#    spelling (programme, enrol, maths), "per cent", "Dh1.5 billion", curly “ ” with ’ apostrophes
#    (emirate’s, nurse’s), full sentences with the comma inside and fragments with the full stop
#    outside (“mixed results”.), "Dr" without a full stop, Arabic names with the particle "Al"
#    (Al Suwaidi, Al Dhaheri). Lede content before "the Department of Health – Abu Dhabi said on
#    Monday" (en dash in the name). Scare: the translation gloss or “pulse” in Arabic. Undersecretary
#    named after her quote; "Dr Al Suwaidi said A, and that ... “gap” ..." (indirect plus partial);
#    content before "she said". Hospital group "In a statement to The National ... said it “fully
#    supports” the programme and expects to ..." (partial plus indirect). Anonymous chief executive
#    ("was more cautious", then "he said A") and a quote-only-by-pronoun paragraph. Student
#    introduced without speech ("chose nursing ...": the writer's), then a split quote with a nested
#    ‘Are you sure?’. "Some expatriate nurses fear" (no speech verb). Anonymous Filipino nurse (said
#    A, then "she said, asking not to be named"). Department spokesman "said A and that B" (one span).
#    Researcher "said A, with “mixed results”" (partial only), then a quote with an en dash inside.
#    Undersecretary again "said A and that B", then "she said".
ARTICLES["data/eval/dev30/abu-dhabi-nabd-emirati-nurses-programme.gold.json"] = {
    "article": "data/eval/dev30/abu-dhabi-nabd-emirati-nurses-programme.txt",
    "target": "Department of Health \u2013 Abu Dhabi",
    "quotes": [
        (I, "Department of Health \u2013 Abu Dhabi", "Abu Dhabi will spend Dh1.5 billion over five years to train, "
            "recruit and keep Emirati nurses, aiming to have 4,000 UAE nationals working on the emirate\u2019s "
            "hospital wards by 2030", None),
        (S, None, "pulse", None),
        (D, "Maryam Al Suwaidi", "For too long, nursing has been seen as a job for others. We want a young Emirati "
            "to look at a nurse\u2019s uniform and see a national career, with a salary and a future to match,",
            None),
        (I, "Maryam Al Suwaidi", "the department had studied similar schemes in Saudi Arabia and Oman", None),
        (P, "Maryam Al Suwaidi", "gap", None),
        (I, "Maryam Al Suwaidi", "Fewer than 400 of the more than 21,000 nurses working in the emirate\u2019s "
            "private hospitals are Emirati", None),
        (P, "Zahra Healthcare", "fully supports", None),
        (I, "Zahra Healthcare", "expects to hire 150 Emirati nurses in the first year", None),
        (I, "chief executive of another private hospital group", "the support would end just as nurses became "
            "experienced", None),
        (D, "chief executive of another private hospital group", "After three years the hospital carries the full "
            "cost, and an experienced nurse from India or the Philippines still costs less than half as much. "
            "Some boards will do the maths,", None),
        (D, "Shamma Al Dhaheri", "My family asked me, \u2018Are you sure?\u2019 Some of my friends still ask,",
            None),
        (D, "Shamma Al Dhaheri", "Nobody asks a doctor if they are sure. With this programme, maybe they will stop "
            "asking me.", None),
        (I, "Filipino nurse", "colleagues had talked about little else since the announcement", None),
        (D, "Filipino nurse", "We trained half the Emiratis who will replace us. Nobody has told us what happens "
            "next,", None),
        (I, "spokesman for the department", "the targets applied only to new hires and that no existing staff "
            "would be asked to leave to meet them", None),
        (P, "Omar Haddad", "mixed results", None),
        (D, "Omar Haddad", "Salary is only half the story. Night shifts, lifting patients, how families see the "
            "profession \u2013 that is where earlier schemes in the region lost people. If Abu Dhabi fixes "
            "retention, the numbers will follow,", None),
        (I, "Maryam Al Suwaidi", "the first intake of 600 students would begin in September and that the "
            "department would publish its progress every year", None),
        (D, "Maryam Al Suwaidi", "If the numbers are not good enough, you will hear it from us first,", None),
    ],
    "actors": [
        actor("Department of Health \u2013 Abu Dhabi", "government", title="emirate health regulator",
              affiliation="Abu Dhabi government",
              aliases=["Department of Health \u2013 Abu Dhabi", "the department"], stance=1),
        actor("Maryam Al Suwaidi", "person", title="Undersecretary",
              affiliation="Department of Health \u2013 Abu Dhabi",
              aliases=["Maryam Al Suwaidi", "Dr Al Suwaidi", "Al Suwaidi"], stance=1),
        actor("Zahra Healthcare", "organisation", title="private hospital group (six hospitals)",
              aliases=["Zahra Healthcare"], stance=1),
        actor("chief executive of another private hospital group", "person", title="chief executive (anonymous)",
              affiliation="private hospital group, Abu Dhabi",
              aliases=["chief executive of another private hospital group"], stance=-1),
        actor("Shamma Al Dhaheri", "person", title="nursing applicant (19), Al Ain",
              aliases=["Shamma Al Dhaheri", "Al Dhaheri"], stance=1),
        actor("Filipino nurse", "person", title="nurse at a private hospital (12 years, anonymous)",
              aliases=["Filipino nurse"], stance=-1),
        actor("spokesman for the department", "person", title="spokesman",
              affiliation="Department of Health \u2013 Abu Dhabi", aliases=["spokesman for the department"],
              stance=1),
        actor("Omar Haddad", "person", title="health workforce researcher",
              affiliation="United Arab Emirates University", aliases=["Omar Haddad", "Haddad"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. CNN web story (a valedictorian's microphone cut off at graduation), headline, "By X, CNN" and
#    "Updated ..." lines without speech, one- and two-sentence paragraphs with blank lines between,
#    straight " and apostrophes (valedictorian's, didn't, it's, aren't), punctuation inside closing
#    marks. Lede "A Texas valedictorian says A" (present tense; named in the next paragraph).
#    "Vega told CNN on Wednesday" then a quote-only paragraph (continuity). District "said in a
#    statement to CNN that A and that ... "..."" (indirect plus partial), then "the statement said"
#    with two stretches. TikTok caption ("she wrote in the caption"). State representative named after
#    her post ("wrote on X"). State senator "called the decision "..." in a post of his own, but said
#    the district had "..."" (two partials). Superintendent at a board meeting: "said A", then a split
#    quote opening with a question. Anonymous employee ("told CNN a different story" is not
#    annotated; "said a district administrator had told the principal ... to "pull the plug" if ..."
#    gives the partial only; singular "they"). "CNN has asked the district ..." not annotated.
#    Classmate introduced without speech, then "he told CNN". Law professor named after the first
#    stretch, quote resumed. Closing "said A" and "she said".
ARTICLES["data/eval/dev30/pecan-hollow-valedictorian-microphone-cut.gold.json"] = {
    "article": "data/eval/dev30/pecan-hollow-valedictorian-microphone-cut.txt",
    "target": "Pecan Hollow Independent School District",
    "quotes": [
        (I, "Marisol Vega", "school officials cut her microphone during her graduation speech last week after she "
            "began criticizing the school board's decision to eliminate the district's orchestra and art programs",
            None),
        (D, "Marisol Vega", "I had my speech approved three weeks ago. Then I changed one paragraph,", None),
        (D, "Marisol Vega", "I didn't curse. I didn't attack anybody by name. I talked about the orchestra.", None),
        (I, "Pecan Hollow Independent School District", "all graduation speeches are reviewed in advance", None),
        (P, "Pecan Hollow Independent School District", "departed significantly", None),
        (D, "Pecan Hollow Independent School District", "Graduation is a celebration for every family in "
            "attendance, not a forum for policy disputes,", None),
        (D, "Pecan Hollow Independent School District", "Campus administrators acted in line with long-standing "
            "district guidelines.", None),
        (D, "Marisol Vega", "They gave me a microphone and then took it back,", None),
        (D, "Lorena Garza", "A school that turns off a student's microphone is teaching a lesson. Just not the one "
            "it thinks it's teaching,", None),
        (P, "Travis Hale", "a bad look", None),
        (P, "Travis Hale", "every right to set the rules for its own ceremonies.", None),
        (I, "Dale Whitcomb", "the high school's principal had made the call alone, in the moment", None),
        (D, "Dale Whitcomb", "Was it the right call? I've asked myself that every day since,", None),
        (D, "Dale Whitcomb", "But I am not going to throw a principal under the bus for following the rules we "
            "gave him.", None),
        (P, "district employee", "pull the plug", None),
        (D, "Devon Park", "Everybody knew what she was going to say. Half of us had been saying it all year,", None),
        (D, "Jennifer Laird", "Courts have tended to side with schools on graduation speeches, because the school "
            "is the one holding the microphone,", None),
        (D, "Jennifer Laird", "Legal and wise aren't always the same thing, though.", None),
        (I, "Marisol Vega", "she has been invited to read the full speech at a Pecan Hollow City Council meeting "
            "next month", None),
        (D, "Marisol Vega", "I'm going to read the whole thing, including the paragraph,", None),
    ],
    "actors": [
        actor("Marisol Vega", "person", title="valedictorian (18)", affiliation="Cedar Ridge High School",
              aliases=["Marisol Vega", "Vega"], stance=-1),
        actor("Pecan Hollow Independent School District", "organisation", title="school district",
              affiliation="Pecan Hollow, Texas",
              aliases=["Pecan Hollow Independent School District", "the district"], stance=1),
        actor("Lorena Garza", "person", title="state representative (Democrat)", affiliation="Texas House",
              aliases=["Lorena Garza", "Garza"], stance=-1),
        actor("Travis Hale", "person", title="state senator (Republican)", affiliation="Texas Senate",
              aliases=["Travis Hale", "Hale"], stance=0),
        actor("Dale Whitcomb", "person", title="superintendent",
              affiliation="Pecan Hollow Independent School District", aliases=["Dale Whitcomb", "Whitcomb"],
              stance=1),
        actor("district employee", "person", title="district employee (anonymous)",
              affiliation="Pecan Hollow Independent School District",
              aliases=["district employee", "The employee"], stance=-1),
        actor("Devon Park", "person", title="classmate, cellist in the orchestra",
              affiliation="Cedar Ridge High School", aliases=["Devon Park", "Park"], stance=-1),
        actor("Jennifer Laird", "person", title="First Amendment law lecturer", affiliation="University of Houston",
              aliases=["Jennifer Laird", "Laird"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Reuters sport (rugby: a player banned after a citing), "Rugby-" headline prefix, dateline
#    "TBILISI, Nov 19 (Reuters) -", straight " in the body and straight single 'lottery' in the
#    headline, straight apostrophes (rugby's, It's, Fa'alogo with an apostrophe in the name), British
#    spelling (centre, apologised, offence), punctuation inside closing marks. Headline fragment
#    'lottery' -> the coach (the headline names him as "Samoa coach"); the lede's "described ... as
#    a "lottery"" is a separate partial. Governing body "said in a statement that ... "..." and
#    that there had been "..." ..." (two partials), then content before "the statement added".
#    Coach named after a long quote ("told reporters at the team hotel"), then "he said" with two
#    stretches ("Iosefa" inside), "Asked whether ..., X said: "..."" (the question is not annotated).
#    Scare so-called "tier two" nations. Player's Instagram post ("he wrote"). Union "said A but
#    would raise ... "..."" (indirect plus partial). Opposing coach "said A", then "he said".
#    Captain "said the squad would "..."" (partial), then a direct. Spokesperson "responding to ...,
#    said A". "(Reporting by ...; Editing by ...)" line not annotated.
ARTICLES["data/eval/dev30/samoa-leavasa-ban-citing-lottery.gold.json"] = {
    "article": "data/eval/dev30/samoa-leavasa-ban-citing-lottery.txt",
    "target": "World Rugby",
    "quotes": [
        (P, "Tavita Fa'alogo", "lottery", "a 'lottery'"),
        (P, "Tavita Fa'alogo", "lottery", "as a \"lottery\""),
        (P, "World Rugby", "reckless", None),
        (P, "World Rugby", "clear and direct contact to the head", None),
        (I, "World Rugby", "The committee reduced the entry-level sanction of six weeks by two because of "
            "Leavasa's clean disciplinary record and his early admission of the offence", None),
        (D, "Tavita Fa'alogo", "It's a lottery. Every weekend there are tackles like that all over the world, and "
            "whether you get cited depends on which camera angle the commissioner happens to be watching,", None),
        (D, "Tavita Fa'alogo", "I'm not defending the tackle. Iosefa got it wrong and he knows it,", None),
        (D, "Tavita Fa'alogo", "But show me some consistency.", None),
        (D, "Tavita Fa'alogo", "No. What would be the point?", None),
        (S, None, "tier two", None),
        (D, "Iosefa Leavasa", "I would never try to hurt another player. Luka, I hope you're back on the field "
            "soon, brother,", None),
        (I, "Samoa Rugby Union", "it would not appeal the ban", None),
        (P, "Samoa Rugby Union", "at the appropriate time.", None),
        (I, "Davit Kherkheulidze", "Jgenti was recovering well and would follow the return-to-play protocols "
            "before a decision on his selection for next week's match against Uruguay", None),
        (D, "Davit Kherkheulidze", "I don't enjoy seeing any player banned. But the rules are there to protect "
            "players like Luka, and this time they did their job,", None),
        (P, "Kalolo Matagi", "move on quickly.", None),
        (D, "Kalolo Matagi", "We've got Romania in three days. We can't spend the week feeling sorry for "
            "ourselves,", None),
        (I, "World Rugby spokesperson", "every test in the November window was reviewed by a citing commissioner "
            "with access to all broadcast angles", None),
    ],
    "actors": [
        actor("Tavita Fa'alogo", "person", title="head coach", affiliation="Samoa",
              aliases=["Tavita Fa'alogo", "Fa'alogo", "Samoa coach"], stance=-1),
        actor("World Rugby", "organisation", title="governing body", aliases=["World Rugby"], stance=1),
        actor("Iosefa Leavasa", "person", title="flanker (23)", affiliation="Samoa",
              aliases=["Iosefa Leavasa", "Leavasa", "Iosefa"], stance=None),
        actor("Samoa Rugby Union", "organisation", title="national union", affiliation="Samoa",
              aliases=["Samoa Rugby Union"], stance=0),
        actor("Davit Kherkheulidze", "person", title="head coach", affiliation="Georgia",
              aliases=["Davit Kherkheulidze", "Kherkheulidze"], stance=1),
        actor("Kalolo Matagi", "person", title="captain", affiliation="Samoa", aliases=["Kalolo Matagi", "Matagi"],
              stance=None),
        actor("World Rugby spokesperson", "person", title="spokesperson", affiliation="World Rugby",
              aliases=["World Rugby spokesperson"], stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
