"""Build the dev15 gold files (data/eval/dev15/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev12/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev15/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev15.  Standard library only.
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
# 1. Guardian health/NHS, curly “ ” in the body and ‘ ’ in the headline, ’ apostrophes (RCN’s,
#    trust’s, anybody’s), punctuation outside closing marks for fragments. Headline fragment
#    ‘routine’ (says union) -> Royal College of Nursing (the body repeats the word as a separate
#    partial). Standfirst carries no speech. Lede: "have been told that ... “as part of normal
#    operations” ..., according to a leaked memo" (partial only; the memo speaks for the trust).
#    "what it calls “...”" (the document: trust, partial). Scare: "known in the NHS as “boarding”".
#    Union "whose members ..., said it showed that ... “routine” ..." (partial only), "It said"
#    (indirect). Regional director named after her quote, quote resumed. Trust "said the memo was
#    “...” and that ..." (partial plus indirect), "It denied that" (indirect), then "In a
#    statement, the trust said: “..." running over two paragraphs (two direct entries). Chief
#    executive "told a board meeting on Thursday that" then "he said". Minister "said he had asked
#    NHS England to look at the memo “...”" (partial only), then a quote with a nested ‘corridor
#    care’ (one direct entry) and "he told BBC Radio 4’s Today programme". Relative "whose husband
#    ..., said A and had B" (one span), then "she said". Closing CQC line is the writer's.
ARTICLES["data/eval/dev15/pennine-valleys-corridor-care-memo.gold.json"] = {
    "article": "data/eval/dev15/pennine-valleys-corridor-care-memo.txt",
    "target": "Pennine Valleys Hospitals NHS Trust",
    "quotes": [
        (P, "Royal College of Nursing", "routine", "Corridor care now"),
        (P, "Pennine Valleys Hospitals NHS Trust", "as part of normal operations", None),
        (P, "Pennine Valleys Hospitals NHS Trust", "temporary escalation spaces", None),
        (S, None, "boarding", None),
        (P, "Royal College of Nursing", "routine", "had become \u201c"),
        (I, "Royal College of Nursing", "it would raise the matter with the Care Quality Commission", None),
        (D, "Helen Garside", "I have nurses telling me they are giving intravenous antibiotics to a woman in her 80s "
            "next to a fire door, with porters wheeling beds past every two minutes,", None),
        (D, "Helen Garside", "That is not an escalation plan. That is a ward with no walls.", None),
        (I, "Helen Garside", "staff had been told not to report corridor stays as safety incidents unless a patient "
            "came to harm", None),
        (P, "Pennine Valleys Hospitals NHS Trust", "guidance, not a policy", None),
        (I, "Pennine Valleys Hospitals NHS Trust", "it had been written to keep patients as safe as possible on days "
            "when there was no alternative", None),
        (I, "Pennine Valleys Hospitals NHS Trust", "staff had been discouraged from reporting incidents", None),
        (D, "Pennine Valleys Hospitals NHS Trust", "Nobody wants to see patients cared for in a corridor, and we are "
            "sorry to every patient who has had that experience.", None),
        (D, "Pennine Valleys Hospitals NHS Trust", "On our busiest days the alternative is leaving people in ambulances "
            "outside, where we cannot see them at all. Our staff are doing an extraordinary job in very difficult "
            "circumstances.", None),
        (I, "Martin Leckie", "the infirmary had 74 patients who were fit to be discharged but were waiting for a care "
            "home place or support at home", None),
        (D, "Martin Leckie", "We are a hospital with a social care problem at the back door,", None),
        (P, "Stephen Ashdown", "as a matter of urgency", None),
        (D, "Stephen Ashdown", "Corridor care is not normal and it must never be written into anybody\u2019s rulebook. "
            "I don\u2019t want to hear the words \u2018corridor care\u2019 in two years\u2019 time, and neither do "
            "nurses,", None),
        (I, "Maureen Tolland", "he had been given a commode behind a portable screen and had waited four hours for pain "
            "relief", None),
        (D, "Maureen Tolland", "He drove lorries for 40 years and never asked anybody for anything. He lay there "
            "apologising to the nurses for being in the way,", None),
    ],
    "actors": [
        actor("Royal College of Nursing", "organisation", title="nursing union",
              aliases=["Royal College of Nursing", "RCN", "union"], stance=-1),
        actor("Pennine Valleys Hospitals NHS Trust", "organisation",
              title="NHS hospital trust (runs Pennine Royal Infirmary, Dewsbury)",
              aliases=["Pennine Valleys Hospitals NHS Trust", "Pennine Valleys", "the trust", "memo", "document"],
              stance=1),
        actor("Helen Garside", "person", title="regional director for Yorkshire and the Humber",
              affiliation="Royal College of Nursing", aliases=["Helen Garside", "Garside"], stance=-1),
        actor("Martin Leckie", "person", title="chief executive", affiliation="Pennine Valleys Hospitals NHS Trust",
              aliases=["Martin Leckie", "Leckie"], stance=1),
        actor("Stephen Ashdown", "person", title="minister for secondary care", affiliation="UK government",
              aliases=["Stephen Ashdown", "Ashdown"], stance=-1),
        actor("Maureen Tolland", "person", title="wife of a patient (71)",
              aliases=["Maureen Tolland", "Tolland"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Australian metro daily (Brisbane Times-style) state politics/environment, straight " and
#    straight apostrophes (K'gari's, animal's, Minister's, I've inside a quote), punctuation
#    outside closing marks for fragments ("a sledgehammer".), honorifics Mr, Cr, Dr, Aunty.
#    Headline without speech. Lede content before "the Queensland government said on Wednesday"
#    (the "after ..." clause is the writer's). "Environment Minister X said" (title before name),
#    then "Mr Talbot told reporters in Hervey Bay" and a quote-only paragraph (continuity).
#    "Mr Talbot insisted A and said ... "..."" (indirect plus partial only). Anonymous QPWS
#    spokeswoman "said A and that B" (one span). Group "Tour operators, who were told ..., said".
#    Operator named after his quote ("said X, whose company ..."), question marks inside the
#    quote. Mayor "said A but described B as "..."" (indirect plus partial), then "Cr Haddow told
#    ABC Wide Bay" (no that). Opposition spokesman "accused the government of "..." and said ..."
#    (partial plus indirect). "Aunty Carol Benning ... welcomed the decision." (no content) then
#    quote with "she said". Researcher "said the closure was "..."" (partial) then "she said".
#    Content before "according to the Department of ...". Last paragraph has no speaker.
ARTICLES["data/eval/dev15/kgari-beach-dingo-closure.gold.json"] = {
    "article": "data/eval/dev15/kgari-beach-dingo-closure.txt",
    "target": "Queensland government",
    "quotes": [
        (I, "Queensland government", "A 40-kilometre stretch of K'gari's eastern beach will be closed to four-wheel "
            "drives and campers for six weeks from September 1", None),
        (I, "Rhys Talbot", "rangers had recorded 31 serious dingo interactions on the island since January, compared "
            "with 14 in the same period last year", None),
        (D, "Rhys Talbot", "We are not closing the island. We are giving the dingoes, and frankly the visitors, some "
            "breathing space,", None),
        (D, "Rhys Talbot", "Every time someone feeds a dingo for a photo, they are signing that animal's death "
            "warrant.", None),
        (I, "Rhys Talbot", "the beach would reopen on October 13 as planned", None),
        (P, "Rhys Talbot", "unless the evidence tells us to", None),
        (I, "Queensland Parks and Wildlife Service spokeswoman", "rangers would patrol the closed section daily and "
            "that fines of up to $2580 would apply to anyone caught driving on it", None),
        (I, "Tour operators", "they had not been consulted", None),
        (D, "Shane Pitman", "I've got 140 bookings in September. What do I tell those families? Sorry, the Minister's "
            "decided you can drive on sand, just not that sand?", None),
        (I, "Glenn Haddow", "he supported protecting the island's dingoes", None),
        (P, "Glenn Haddow", "a sledgehammer", None),
        (I, "Glenn Haddow", "the council had asked for a shorter closure limited to the camping zones around Eurong",
            None),
        (P, "Dean Mattock", "punishing thousands of responsible campers for the actions of a few", None),
        (I, "Dean Mattock", "the closure should have been announced months ago", None),
        (D, "Carol Benning", "Wongari were here long before the four-wheel drives. People treat them like a tourist "
            "attraction, and then they want them shot when they behave like wild dogs,", None),
        (P, "Helen Burke", "the right call", None),
        (D, "Helen Burke", "Closures work. When rangers shut the beach at Waddy Point for a month in 2021, serious "
            "interactions there fell by almost two-thirds,", None),
        (I, "Department of Environment, Tourism, Science and Innovation", "The dingo population on K'gari is "
            "estimated at between 70 and 200 animals", None),
    ],
    "actors": [
        actor("Queensland government", "government", title="state government",
              aliases=["Queensland government", "the government"], stance=1),
        actor("Rhys Talbot", "person", title="Environment Minister", affiliation="Queensland government",
              aliases=["Rhys Talbot", "Talbot", "Mr Talbot", "the Minister"], stance=1),
        actor("Queensland Parks and Wildlife Service spokeswoman", "person", title="spokeswoman",
              affiliation="Queensland Parks and Wildlife Service",
              aliases=["Queensland Parks and Wildlife Service spokeswoman"], stance=1),
        actor("Tour operators", "group", title="K'gari tour operators", aliases=["Tour operators"], stance=-1),
        actor("Shane Pitman", "person", title="four-wheel-drive tour operator",
              aliases=["Shane Pitman", "Pitman"], stance=-1),
        actor("Glenn Haddow", "person", title="Mayor", affiliation="Fraser Coast Regional Council",
              aliases=["Glenn Haddow", "Haddow", "Cr Haddow"], stance=0),
        actor("Dean Mattock", "person", title="Opposition environment spokesman", affiliation="Queensland Opposition",
              aliases=["Dean Mattock", "Mattock"], stance=-1),
        actor("Carol Benning", "person", title="Butchulla elder (Aunty)",
              aliases=["Carol Benning", "Benning"], stance=1),
        actor("Helen Burke", "person", title="wildlife ecologist", affiliation="University of the Sunshine Coast",
              aliases=["Helen Burke", "Burke"], stance=1),
        actor("Department of Environment, Tourism, Science and Innovation", "government",
              title="Queensland state department",
              aliases=["Department of Environment, Tourism, Science and Innovation"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. British sports desk match report with a red card, curly single ‘ ’ for quotes and ’ for
#    apostrophes (I’ve, there’s, That’s, Callum’s inside quotes; referee’s, Redmarsh’s outside).
#    Headline fragment ‘let the club down’ -> Sean Dowling (the headline names him; his body quote
#    repeats the words inside a direct entry). Score line carries no speech. Lede "admitted A
#    after ..." (indirect; the "after" clause is the writer's). Scare ‘fortress’ tag. Manager
#    named after the first stretch ("said Dowling, whose side ..."), quote resumed. "Dowling said
#    A and that B" (one span). Opposing manager "was less forgiving. ‘...,’ he said. ‘...’" (two
#    direct), then "praised the ‘character’ of ..." (partial). Injured defender "‘...,’ he told
#    Redmarsh’s website, adding that ..." (direct plus indirect). Player's Instagram post in its
#    own paragraph, "he wrote". FA spokesperson "said A and that ... ‘...’ ..." (indirect plus
#    partial). Captain "insisted ... ‘...’ and said B" (partial plus indirect).
ARTICLES["data/eval/dev15/ashby-ibe-red-card-draw.gold.json"] = {
    "article": "data/eval/dev15/ashby-ibe-red-card-draw.txt",
    "target": "Marcus Ibe",
    "quotes": [
        (P, "Sean Dowling", "let the club down", "Dowling says Ibe"),
        (I, "Sean Dowling", "Marcus Ibe had no defence", None),
        (S, None, "fortress", None),
        (D, "Sean Dowling", "I\u2019ve seen it back and there\u2019s no defence for it,", None),
        (D, "Sean Dowling", "He let the club down, he let his team-mates down and he let himself down. We were "
            "cruising, and we\u2019ve thrown two points away because of one moment of stupidity.", None),
        (I, "Sean Dowling", "the club would deal with the matter internally and that Ibe would apologise to the squad "
            "on Monday", None),
        (D, "Gary Kinsella", "That\u2019s not an accident. You don\u2019t swing an arm like that at somebody\u2019s "
            "face by accident,", None),
        (D, "Gary Kinsella", "Callum\u2019s got five stitches and he could have lost an eye. I hope the FA look at it "
            "properly, because three games isn\u2019t enough for that.", None),
        (P, "Gary Kinsella", "character", None),
        (D, "Callum Reddish", "It\u2019s part of the game and I\u2019ve had worse,", None),
        (I, "Callum Reddish", "Ibe had sent him a message after the match to apologise", None),
        (D, "Marcus Ibe", "Never my intention to hurt anyone. I went up for the header and caught him, and I\u2019m "
            "gutted for the lads and the fans. Apologies to Callum, speedy recovery bro. I\u2019ll come back "
            "stronger,", None),
        (I, "Football Association spokesperson", "the governing body was aware of the incident", None),
        (P, "Football Association spokesperson", "clearly insufficient", None),
        (P, "Ryan Whitlow", "not that type of player", None),
        (I, "Ryan Whitlow", "the dressing room would stand by him", None),
    ],
    "actors": [
        actor("Sean Dowling", "person", title="manager", affiliation="Ashby Town",
              aliases=["Sean Dowling", "Dowling"], stance=-1),
        actor("Gary Kinsella", "person", title="manager", affiliation="Redmarsh Athletic",
              aliases=["Gary Kinsella", "Kinsella"], stance=-1),
        actor("Callum Reddish", "person", title="defender", affiliation="Redmarsh Athletic",
              aliases=["Callum Reddish", "Reddish", "Callum"], stance=1),
        actor("Marcus Ibe", "person", title="striker (26)", affiliation="Ashby Town",
              aliases=["Marcus Ibe", "Ibe", "the striker", "the 26-year-old"], stance=1),
        actor("Football Association spokesperson", "person", title="spokesperson",
              affiliation="Football Association", aliases=["Football Association spokesperson"], stance=0),
        actor("Ryan Whitlow", "person", title="captain", affiliation="Ashby Town",
              aliases=["Ryan Whitlow", "Whitlow"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. UK regional court report (health and safety prosecution), British straight single quotes
#    '...' with straight apostrophes outside (firm's, company's, Kowalczyk's) and inside (son's)
#    quotes, £ amounts, Mr/Ms honorifics. Lede participial "with a judge saying the firm had
#    '...' of its staff ..." (partial only; the judge is named later: Catherine Elwyn). "pleaded
#    guilty" not annotated. "Opening the case, X, prosecuting for ..., said A" (indirect), then
#    "The court heard that A, and that B" (one span, the prosecutor's opening). Scare so-called
#    'lock-off' in the writer's sentence. "Mr Hale told the court" (direct), "He said A and B" (one
#    span). Victim impact statement read to the court: "Mr Kowalczyk ... said A" (indirect), then
#    "he said in the statement" (direct). "Mitigating, X said A" (indirect), "Ms Fenwick said"
#    (direct), "She argued that" (indirect). Judge "said she accepted ... '...' but that ... '...'"
#    (two partials), then "the judge said" (direct). "She fined the company ..." not speech.
#    Company statement "said it had '...' ... and that B" (partial plus indirect). Inspector
#    "said: '...'" (direct).
ARTICLES["data/eval/dev15/pennard-foods-conveyor-fine.gold.json"] = {
    "article": "data/eval/dev15/pennard-foods-conveyor-fine.txt",
    "target": "Pennard Foods Ltd",
    "quotes": [
        (P, "Catherine Elwyn", "gambled with the safety", None),
        (I, "Robert Hale", "Tomasz Kowalczyk, then 31, had been clearing a blockage on a dough conveyor at the firm's "
            "factory on the Wrexham Industrial Estate in March 2023 when his left hand was drawn into the rollers",
            None),
        (I, "Robert Hale", "a fixed guard on the conveyor had been taken off during maintenance six weeks earlier and "
            "never refitted, and that supervisors routinely told night-shift staff to clear blockages by hand rather "
            "than stop the line", None),
        (S, None, "lock-off", None),
        (D, "Robert Hale", "Stopping the line cost money. Putting a hand in it cost nothing, until it did,", None),
        (I, "Robert Hale", "two near misses on the same conveyor had been reported by staff in the previous year and "
            "neither had been investigated", None),
        (I, "Tomasz Kowalczyk", "he had been unable to return to work and could no longer play the guitar, which he "
            "had done since he was a boy", None),
        (D, "Tomasz Kowalczyk", "I think about it every time I do up my son's coat,", None),
        (I, "Nadia Fenwick", "the company accepted it had fallen short and had since spent more than \u00a3120,000 on "
            "new guarding, light curtains and training", None),
        (D, "Nadia Fenwick", "This is a family business that has employed people in this town for 60 years. It is not "
            "a business that does not care,", None),
        (I, "Nadia Fenwick", "a fine at the top of the sentencing guidelines would put the jobs of its 140 staff at "
            "risk", None),
        (P, "Catherine Elwyn", "genuinely remorseful", None),
        (P, "Catherine Elwyn", "obvious to anyone who walked past that machine", None),
        (D, "Catherine Elwyn", "Somebody decided that keeping that line running mattered more than the guard on that "
            "machine. This company made that decision on every shift for six weeks,", None),
        (P, "Pennard Foods Ltd", "co-operated fully", None),
        (I, "Pennard Foods Ltd", "every machine at the site had since been independently inspected", None),
        (D, "Owain Davies", "Mr Kowalczyk's injuries were entirely preventable. Guards are not optional extras, and "
            "they are not something you take off to save time.", None),
    ],
    "actors": [
        actor("Catherine Elwyn", "person", title="Judge", affiliation="Mold Crown Court",
              aliases=["Catherine Elwyn", "Elwyn", "the judge"], stance=-1),
        actor("Robert Hale", "person", title="prosecuting barrister", affiliation="Health and Safety Executive",
              aliases=["Robert Hale", "Hale", "Mr Hale"], stance=-1),
        actor("Tomasz Kowalczyk", "person", title="injured agency worker (33)",
              aliases=["Tomasz Kowalczyk", "Kowalczyk", "Mr Kowalczyk"], stance=-1),
        actor("Nadia Fenwick", "person", title="defence barrister (mitigating)", affiliation="Pennard Foods Ltd",
              aliases=["Nadia Fenwick", "Fenwick", "Ms Fenwick"], stance=1),
        actor("Pennard Foods Ltd", "organisation", title="bakery company (defendant), Wrexham",
              aliases=["Pennard Foods Ltd", "Pennard Foods", "the company", "the firm"], stance=1),
        actor("Owain Davies", "person", title="HSE inspector", affiliation="Health and Safety Executive",
              aliases=["Owain Davies", "Davies"], stance=-1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
