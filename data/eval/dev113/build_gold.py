"""Build the dev113 gold files (data/eval/dev113/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev113/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev113.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev113"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Buenos Aires Herald (Argentina, English) diplomacy/courts (Argentina expels a Russian diplomat over a passport
#    network), headline and standfirst without speech, byline and date lines, curly double quotes and `’`,
#    punctuation inside closing marks. Lede without a cue (the writer); ministry `said in a statement ... that it had
#    declared ... persona non grata for carrying out "..."` (partial only); `According to the ruling, seen by the
#    Herald, A` (the judge's ruling: the judge); `the judge wrote` after a quote; minister `told Radio Mitre that A`,
#    `Monteverde said`; embassy `called the accusations "..." in a post ... and said the expulsion was an "..." that
#    would damage relations` (two partials); Russian ministry `said it would respond ... "..."` (partial only),
#    figure before `according to the Russian ministry's website`; scare `what became known as "birth tourism."`;
#    lawyer `said A`, `he said`; a Russian mother named by first name only (`Daria, a 34-year-old designer ... said
#    A`), `she said`; professor `said A and that B` (one span), `But she said ... appeared to be "..."` (partial
#    only); opposition deputy `accused the government of turning ... into "..."` (partial). Not annotated: `He did
#    not respond to questions from reporters`.
ARTICLES[f"{BATCH}/argentina-expels-russian-diplomat-passports.gold.json"] = {
    "article": f"{BATCH}/argentina-expels-russian-diplomat-passports.txt",
    "target": "Russia",
    "quotes": [
        (P, "Foreign Ministry", "activities incompatible with his diplomatic status.", None),
        (I, "Mariano Echeverr\u00eda", "at least eleven Russian citizens obtained Argentine birth certificates, national "
            "identity cards and passports between 2022 and 2025 using invented Argentine parents or grandparents", None),
        (D, "Mariano Echeverr\u00eda", "The evidence shows that these were not people seeking a new life in Argentina, "
            "but people seeking an Argentine identity to use somewhere else,", None),
        (I, "Alejandra Monteverde", "at least three of the eleven had later been detected travelling on their Argentine "
            "passports in Europe and Asia", None),
        (D, "Alejandra Monteverde", "Argentina is not going to be a document factory for anyone\u2019s spies. Not "
            "Russia\u2019s, not anybody\u2019s,", None),
        (P, "Russian Embassy", "groundless", None),
        (P, "Russian Embassy", "unfriendly step", None),
        (P, "Russian Foreign Ministry", "in a mirror manner.", None),
        (I, "Russian Foreign Ministry", "Argentina has three diplomats accredited at its embassy in Moscow", None),
        (S, None, "birth tourism.", None),
        (I, "Tom\u00e1s Rinaldi", "his clients were worried that the case would be used to question documents that had "
            "been obtained legally", None),
        (D, "Tom\u00e1s Rinaldi", "My clients are teachers, programmers, musicians. They have nothing to do with this and "
            "they are afraid,", None),
        (I, "Daria", "she had not been back to Russia since", None),
        (D, "Daria", "I left because of what my country became. Now people here look at us as if we are the ones sending "
            "spies,", None),
        (I, "Luc\u00eda Ferrer", "the government of President Javier Milei had been moving closer to Washington and Kyiv "
            "for two years and that the expulsion fitted that pattern", None),
        (P, "Luc\u00eda Ferrer", "unusually solid", None),
        (P, "Germ\u00e1n Paredes", "a show for the United States.", None),
    ],
    "actors": [
        actor("Foreign Ministry", "government", title="foreign ministry", affiliation="Argentina",
              aliases=["Foreign Ministry"], stance=-1),
        actor("Mariano Echeverr\u00eda", "person", title="Federal Judge", affiliation="Argentine federal courts",
              aliases=["Mariano Echeverr\u00eda", "Echeverr\u00eda", "the judge"], stance=-1),
        actor("Alejandra Monteverde", "person", title="Security Minister", affiliation="Argentina",
              aliases=["Alejandra Monteverde", "Monteverde"], stance=-1),
        actor("Russian Embassy", "government", title="embassy in Buenos Aires", affiliation="Russia",
              aliases=["Russian Embassy"], stance=1),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry", "Russian ministry"], stance=1),
        actor("Tom\u00e1s Rinaldi", "person", title="lawyer for Russian families",
              aliases=["Tom\u00e1s Rinaldi", "Rinaldi"], stance=None),
        actor("Daria", "person", title="34-year-old designer from Yekaterinburg", aliases=["Daria"], stance=-1),
        actor("Luc\u00eda Ferrer", "person", title="international relations lecturer",
              affiliation="Torcuato Di Tella University", aliases=["Luc\u00eda Ferrer", "Ferrer"], stance=-1),
        actor("Germ\u00e1n Paredes", "person", title="Opposition deputy", affiliation="Uni\u00f3n por la Patria",
              aliases=["Germ\u00e1n Paredes", "Paredes"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. KickOff (South Africa) football (a coach under pressure after a sixth straight defeat), headline `Under-fire
#    Ngcobo: I won't walk away` (an unmarked quote in a headline, not annotated) and standfirst without speech,
#    byline and `Published: 08 December 2026` lines, straight " and apostrophes, `log`, `Bafana Bafana`; a first
#    name that is a common word (Lucky Mabena). Lede `is refusing to quit` (not speech), `banners calling for him to
#    be sacked` (not annotated); coach `told SuperSport TV` after a quote, then a quote-only paragraph; `Ngcobo said
#    injuries ... had "...," and insisted A` (partial plus indirect), `he said`; club `said in a statement ... that A
#    and that it continued to have "..." in ...` (indirect plus partial), `the statement read`; chairman `added that
#    A`; `a source close to the club told KickOff that A and that B` (one span); captain `said A`, `Mabena said`;
#    `Not everyone is convinced.` (not speech); pundit `speaking on his weekly podcast, said Ngcobo had "..." and
#    questioned ...` (partial only; `questioned his decision` is an act), quote with `said Ndaba`; fan named by first
#    name only (`who gave his name only as Sello, said A`), `he said`.
ARTICLES[f"{BATCH}/tshwane-united-ngcobo-sixth-defeat.gold.json"] = {
    "article": f"{BATCH}/tshwane-united-ngcobo-sixth-defeat.txt",
    "target": "Mandla Ngcobo",
    "quotes": [
        (D, "Mandla Ngcobo", "I understand the frustration of the supporters. They pay their money and they want to see "
            "their team win, and right now we are not giving them that,", None),
        (D, "Mandla Ngcobo", "But I am not a quitter. I didn't come here to walk away when it gets difficult.", None),
        (P, "Mandla Ngcobo", "hurt us badly,", None),
        (I, "Mandla Ngcobo", "the team's performances were better than the results suggested", None),
        (D, "Mandla Ngcobo", "If you look at the chances we created today, we should have scored two or three goals. "
            "Football is not always fair,", None),
        (I, "Tshwane United", "the club's board had met on Sunday", None),
        (P, "Tshwane United", "full confidence", None),
        (D, "Tshwane United", "The board recognises that results have not met expectations. However, we believe in "
            "stability and in the long-term project that the coach is building,", None),
        (I, "Tebogo Maluleke", "he would meet with supporters' branches later this week", None),
        (I, "source close to the club", "at least two board members had argued for a change at Sunday's meeting and that "
            "Ngcobo had been given until the end of the year to improve results", None),
        (I, "Lucky Mabena", "the players were fully behind their coach", None),
        (D, "Lucky Mabena", "The coach is not the one missing chances. We are the ones on the field, and we have to take "
            "responsibility,", None),
        (P, "Siyabonga Ndaba", "lost the dressing room", None),
        (D, "Siyabonga Ndaba", "When you lose six in a row, it's not bad luck anymore. It's a pattern,", None),
        (I, "Sello", "he had followed the club since it was promoted in 2019", None),
        (D, "Sello", "We are not asking for the league title. We are asking for a coach who knows what he is doing,",
            None),
    ],
    "actors": [
        actor("Mandla Ngcobo", "person", title="coach", affiliation="Tshwane United",
              aliases=["Mandla Ngcobo", "Ngcobo"], stance=1),
        actor("Tshwane United", "organisation", title="football club", aliases=["Tshwane United", "United"], stance=1),
        actor("Tebogo Maluleke", "person", title="Club chairman", affiliation="Tshwane United",
              aliases=["Tebogo Maluleke", "Maluleke"], stance=None),
        actor("source close to the club", "person", title="anonymous source", aliases=["source close to the club"],
              stance=-1),
        actor("Lucky Mabena", "person", title="Captain", affiliation="Tshwane United",
              aliases=["Lucky Mabena", "Mabena"], stance=1),
        actor("Siyabonga Ndaba", "person", title="former Bafana Bafana midfielder, podcaster",
              aliases=["Siyabonga Ndaba", "Ndaba"], stance=-1),
        actor("Sello", "person", title="supporter", aliases=["Sello"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Computer Weekly (UK IT trade press) public sector IT (a payroll supplier's outage leaves councils unable to
#    pay staff), headline and standfirst without speech, `By NAME, Senior reporter` and `Published: 10 Dec 2026
#    13:20` lines, curly double quotes and `’`, punctuation inside closing marks. Lede `leaving ... at risk` (not
#    speech); company (`The Reading-based company ... said A and was not B`: one span); `In a statement posted on
#    its customer portal, Paylinx said engineers had restored "..." ... but that B` (partial plus indirect), then
#    `the statement said`; CEO `told Computer Weekly A and was B` (one span), `he said`; Q&A `Asked whether ...,
#    Greaves said it was "..." to discuss that` (partial only); anonymous council IT director `said A`, `they said`
#    (singular they); LGA `said A, and that B` (one span); GMB `said it had written to ... asking them to ..., and to
#    ...` (one span); NCSC spokesperson `said the organisation was aware ... and was "..." that ...` (partial only,
#    no second subject); ICO `said A`; analyst `said A`, `she said`.
ARTICLES[f"{BATCH}/paylinx-payroll-outage-councils.gold.json"] = {
    "article": f"{BATCH}/paylinx-payroll-outage-councils.txt",
    "target": "Paylinx",
    "quotes": [
        (I, "Paylinx", "the outage was caused by a failed upgrade to its main database cluster on Friday night and was "
            "not the result of a cyber attack", None),
        (P, "Paylinx", "core functionality", None),
        (I, "Paylinx", "34 councils were still unable to process payments", None),
        (D, "Paylinx", "We understand the seriousness of this situation, especially at this time of year. Our teams are "
            "working around the clock, and we expect all customers to be able to complete their payroll runs by "
            "Friday,", None),
        (I, "Martin Greaves", "the company had brought in engineers from its database provider and was reviewing its "
            "change control procedures", None),
        (D, "Martin Greaves", "This was a change that should have been rolled back within an hour, and it wasn\u2019t. "
            "I\u2019m not going to dress that up,", None),
        (P, "Martin Greaves", "too early", None),
        (I, "One council IT director", "their authority had received no direct communication from Paylinx until Monday "
            "afternoon, more than 48 hours after the problem began", None),
        (D, "One council IT director", "We found out from our payroll team, who found out from a WhatsApp group with "
            "other councils. That\u2019s not how a critical supplier should behave,", None),
        (I, "Local Government Association", "councils were putting contingency plans in place, including making "
            "emergency payments based on November\u2019s figures, and that it was in contact with the company", None),
        (I, "GMB union", "it had written to affected councils asking them to guarantee that no worker would be left out "
            "of pocket, and to cover any bank charges or overdraft fees", None),
        (P, "spokesperson for the National Cyber Security Centre", "satisfied on the basis of the information provided so "
            "far", None),
        (I, "Information Commissioner\u2019s Office", "it had not received a breach report in connection with the outage",
            None),
        (I, "Priya Venkatesan", "the incident highlighted how concentrated the public sector payroll market had become",
            None),
        (D, "Priya Venkatesan", "Three or four suppliers now run payroll for most of local government. When one of them "
            "has a bad weekend, it\u2019s a national story,", None),
    ],
    "actors": [
        actor("Paylinx", "organisation", title="cloud payroll supplier",
              aliases=["Paylinx", "The Reading-based company"], stance=1),
        actor("Martin Greaves", "person", title="chief executive", affiliation="Paylinx",
              aliases=["Martin Greaves", "Greaves"], stance=0),
        actor("One council IT director", "person", title="anonymous council IT director",
              aliases=["One council IT director"], stance=-1),
        actor("Local Government Association", "organisation", title="councils' association",
              aliases=["Local Government Association"], stance=0),
        actor("GMB union", "organisation", title="union", aliases=["GMB union", "GMB"], stance=None),
        actor("spokesperson for the National Cyber Security Centre", "person", title="spokesperson",
              affiliation="National Cyber Security Centre",
              aliases=["spokesperson for the National Cyber Security Centre"], stance=0),
        actor("Information Commissioner\u2019s Office", "government", title="data protection regulator",
              aliases=["Information Commissioner\u2019s Office"], stance=None),
        actor("Priya Venkatesan", "person", title="senior director analyst", affiliation="Gartner",
              aliases=["Priya Venkatesan", "Venkatesan"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Amandala (Belize) health/labour (nurses give the health minister an ultimatum on unpaid allowances), headline
#    without speech, byline, Amandala dateline line `BELMOPAN, Tues. Dec. 8, 2026`, straight " and apostrophes,
#    `Hon. Dr.`, `$1,200`; a surname that is a common noun (Maureen Flowers). Lede content before `the president of
#    the Nurses Association of Belize (NAB), Maureen Flowers, warned today` (title chain before the name); `Speaking
#    at ..., Flowers said A`; quote split by `Flowers said`; `She said A` (its object names the minister with his
#    title chain); minister `acknowledged that A but said B` (two indirects), quote split by `Cawich said`; Q&A
#    `Asked why ..., the Minister blamed what he called "...," saying A` (partial plus participial indirect); `He
#    appealed to nurses not to ...` (directive); `The Opposition UDP was less forgiving.` (not speech); area
#    representative `said the Minister had "..." and should apologise ...` (partial only), `Tillett said`; hospital
#    authority `said in a statement that it was "..." the situation and that B` (partial plus indirect); union `said
#    A`; `Amandala understands that ...` (the paper, not annotated); relative `said the nurses there had been "..."`
#    (partial), `she said`.
ARTICLES[f"{BATCH}/nurses-sickout-minister-cawich.gold.json"] = {
    "article": f"{BATCH}/nurses-sickout-minister-cawich.txt",
    "target": "Ernesto Cawich",
    "quotes": [
        (I, "Maureen Flowers", "Nurses across the country could begin calling in sick from Monday if the Ministry of "
            "Health and Wellness does not pay allowances owed to some of them since March", None),
        (I, "Maureen Flowers", "more than 400 nurses were owed between $1,200 and $6,000 each in rural posting, night "
            "differential and uniform allowances", None),
        (D, "Maureen Flowers", "We have written to the Minister four times. We have met with the CEO twice. Every time we "
            "are told the money is coming,", None),
        (D, "Maureen Flowers", "Nurses cannot feed their children with promises.", None),
        (I, "Maureen Flowers", "the association had given Minister of Health and Wellness, Hon. Dr. Ernesto Cawich, until "
            "5:00 p.m. on Friday to provide a payment schedule in writing", None),
        (I, "Ernesto Cawich", "the payments were late", None),
        (I, "Ernesto Cawich", "he had personally taken the matter to the Ministry of Finance", None),
        (D, "Ernesto Cawich", "I am not going to stand here and say the nurses are wrong. They are right, the money is "
            "owed,", None),
        (D, "Ernesto Cawich", "What I can tell them is that I have secured a commitment from Finance that the first "
            "tranche will be paid before Christmas.", None),
        (P, "Ernesto Cawich", "a system that was broken long before I got here,", None),
        (I, "Ernesto Cawich", "the ministry's payroll unit had been understaffed since 2023", None),
        (P, "Moses Tillett", "run out of excuses", None),
        (D, "Moses Tillett", "This is the same Minister who cut the ribbon on two new polyclinics this year. He found "
            "money for the ceremony. He can find money for the nurses,", None),
        (P, "Karl Heusner Memorial Hospital Authority", "closely monitoring", None),
        (I, "Karl Heusner Memorial Hospital Authority", "it had contingency plans to keep its emergency room, maternity "
            "ward and intensive care unit staffed", None),
        (I, "Public Service Union", "it stood in full solidarity with the NAB", None),
        (P, "Yolanda Chun", "nothing but kind.", None),
        (D, "Yolanda Chun", "If they stop, who is going to look after these people? But I can't blame them,", None),
    ],
    "actors": [
        actor("Maureen Flowers", "person", title="president", affiliation="Nurses Association of Belize",
              aliases=["Maureen Flowers", "Flowers"], stance=-1),
        actor("Ernesto Cawich", "person", title="Minister of Health and Wellness", affiliation="Government of Belize",
              aliases=["Ernesto Cawich", "Cawich", "the Minister"], stance=1),
        actor("Moses Tillett", "person", title="UDP area representative for Albert", affiliation="United Democratic Party",
              aliases=["Moses Tillett", "Tillett"], stance=-1),
        actor("Karl Heusner Memorial Hospital Authority", "organisation", title="hospital authority",
              aliases=["Karl Heusner Memorial Hospital Authority"], stance=None),
        actor("Public Service Union", "organisation", title="union", aliases=["Public Service Union"], stance=-1),
        actor("Yolanda Chun", "person", title="patient's daughter", aliases=["Yolanda Chun", "Chun"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
