"""Build the dev239 gold files (data/eval/dev239/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev233/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev239/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev239.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev239"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Daily Sabah (Türkiye) sport (a club president attacks the football federation over a VAR penalty), headline
#    "... slams TFF ..." without quote marks, "DAILY SABAH ISTANBUL" and date lines, straight " and apostrophes; lede
#    "accused the Turkish Football Federation (TFF) of "...,"" (partial); quote with "Yıldırım told reporters", then an
#    open paragraph (no closing mark) and a closed quote-only paragraph; "Yıldırım said A and that B" (one span);
#    federation "said [in a statement] A and was "..."" (indirect plus partial: the unquoted clause has the subject,
#    the fragment's clause has none), "The statement also said criticism of referees "..." would be referred ..."
#    (a fragment inside the reported clause: partial only); board member "defended the federation's record" (act),
#    quote split by "he said."; coach "struck a calmer tone but said the decision had "..." his team's ..." (partial
#    only), quote split by "Bernardi said with a smile."; analyst "said A and the VAR should not have intervened because
#    the contact was not "..."" (indirect plus partial), "Çelik said"; opposing coach "declined to discuss the penalty"
#    (act), then "he said"; supporters' group "said on social media that A"; scare so-called "VAR room".
ARTICLES[f"{BATCH}/tff-var-marmaraspor-complaint.gold.json"] = {
    "article": f"{BATCH}/tff-var-marmaraspor-complaint.txt",
    "target": "Turkish Football Federation",
    "quotes": [
        (P, "Hakan Yıldırım", "protecting referees instead of protecting the game,", None),
        (D, "Hakan Yıldırım", "I have been in football for 30 years. I know what a penalty is and what a penalty is not,",
            None),
        (D, "Hakan Yıldırım", "The referee did not give it. Then the VAR called him to the screen and he changed his mind "
            "in 10 seconds. Who is in that room? Why can we not hear what they say?", None),
        (D, "Hakan Yıldırım", "We are asking the federation for one thing: publish the audio.", None),
        (I, "Hakan Yıldırım", "the club would file a formal complaint and that Marmaraspor's board was considering whether "
            "to boycott the federation's next meeting of club presidents", None),
        (I, "Turkish Football Federation", "the decision had been reviewed by its Central Referee Board", None),
        (P, "Turkish Football Federation", "in line with the Laws of the Game.", None),
        (P, "Turkish Football Federation", "which targets their honesty", None),
        (D, "Serkan Demirtaş", "We brought foreign VAR operators for the big matches, we opened the audio, we trained 60 "
            "new referees this year,", None),
        (D, "Serkan Demirtaş", "What more do they want? Every Monday a president who lost on Sunday says the federation is "
            "against him.", None),
        (P, "Luca Bernardi", "killed", None),
        (D, "Luca Bernardi", "In Italy we also complain, believe me,", None),
        (D, "Luca Bernardi", "But I have to say, I watched the action 20 times and I still do not see the penalty.", None),
        (I, "Mustafa Çelik", "the on-field referee had been right", None),
        (P, "Mustafa Çelik", "clear and obvious.", None),
        (D, "Mustafa Çelik", "The federation says VAR is only for clear errors. This was not a clear error. So either the "
            "rule is wrong or the people using it are,", None),
        (D, "Volkan Şahin", "We were the better team for 90 minutes,", None),
        (I, "Kuzey Cephe", "fans would hold up red cards in the 12th minute of Saturday's home match against Kayseri in "
            "protest", None),
        (S, None, "VAR room", None),
    ],
    "actors": [
        actor("Hakan Yıldırım", "person", title="president", affiliation="Marmaraspor",
              aliases=["Hakan Yıldırım", "Yıldırım"], stance=-1),
        actor("Turkish Football Federation", "organisation", title="football federation", affiliation="Türkiye",
              aliases=["Turkish Football Federation", "TFF", "the federation"], stance=1),
        actor("Serkan Demirtaş", "person", title="board member", affiliation="Turkish Football Federation",
              aliases=["Serkan Demirtaş", "Demirtaş"], stance=1),
        actor("Luca Bernardi", "person", title="head coach", affiliation="Marmaraspor",
              aliases=["Luca Bernardi", "Bernardi"], stance=-1),
        actor("Mustafa Çelik", "person", title="former FIFA referee, television analyst", affiliation=None,
              aliases=["Mustafa Çelik", "Çelik"], stance=-1),
        actor("Volkan Şahin", "person", title="coach", affiliation="Anadolu Gençlik",
              aliases=["Volkan Şahin", "Şahin"], stance=None),
        actor("Kuzey Cephe", "group", title="supporters' group", affiliation="Marmaraspor",
              aliases=["Kuzey Cephe"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Malay Mail (Malaysia) courts (a former deputy minister's defamation suit against a news portal is dismissed),
#    headline without speech, date line, byline in capitals, dateline "KUALA LUMPUR, Dec 3 —", curly “ ” and ’, "RM10
#    million", "Datuk Seri"; judicial commissioner "ruled that A", "In her grounds of judgment, she said the plaintiff
#    had “...”" (partial only), quote with "the judicial commissioner said"; "She ordered Azman to pay ..." (directive);
#    "The three articles ... reported that A" (the portal's reporting); plaintiff "said A and would B" (one span), quote
#    split by "he said."; counsel "said the judge had given too much weight to documents that were “...”" (partial
#    only); editor "described the ruling as a “...”" (partial only), quote with "Lim told Malay Mail.", "He said A";
#    NGO "said the ruling sent a strong signal against what it called “...”" (partial only); its director's quote with
#    the speaker after it; anonymous lawyer "who did not want to be named, said A", "the lawyer said"; party
#    secretary-general "when contacted, said A and B" (one span); closing "Azman had told the court ... that the
#    articles had “...” his political career" (partial only).
ARTICLES[f"{BATCH}/azman-harun-defamation-suit-dismissed.gold.json"] = {
    "article": f"{BATCH}/azman-harun-defamation-suit-dismissed.txt",
    "target": "Azman Harun",
    "quotes": [
        (I, "Nor Aishah Kamarudin", "the portal had proved that the articles were substantially true and had been "
            "published in the public interest", None),
        (P, "Nor Aishah Kamarudin", "failed to point to a single fact in the articles which was shown to be false.", None),
        (D, "Nor Aishah Kamarudin", "A public figure who holds office must expect a higher degree of scrutiny than a "
            "private citizen. The court will not be used to silence reporting on matters of legitimate public concern,",
            None),
        (I, "Suara Rakyat Daily", "a company owned by Azman’s brother-in-law had bought 40 acres of state land in Kuala "
            "Langat at below market value while Azman was deputy minister", None),
        (I, "Azman Harun", "he was disappointed with the decision and would file an appeal at the Court of Appeal", None),
        (D, "Azman Harun", "I respect the court. But I have never been involved in any land deal, and I will clear my name,",
            None),
        (D, "Azman Harun", "This is not over.", None),
        (P, "Ravi Shankar", "never properly tested", None),
        (P, "Lim Wei Sheng", "victory for every journalist in this country.", None),
        (D, "Lim Wei Sheng", "We were sued for RM10 million for doing our job. Small portals like ours cannot survive a case "
            "like this unless the courts protect us, and today the court did,", None),
        (I, "Lim Wei Sheng", "the portal had spent about RM250,000 on legal fees over two and a half years", None),
        (P, "Centre for Independent Journalism", "SLAPP suits,", None),
        (D, "Nalini Elumalai", "Politicians have increasingly turned to the courts to punish reporting they do not like. We "
            "hope today’s decision will make them think twice,", None),
        (I, "lawyer familiar with the case", "it was rare for a politician to lose a defamation case at trial in Malaysia",
            None),
        (D, "lawyer familiar with the case", "Most of these suits are settled or the defendant apologises. Fighting to the "
            "end is expensive,", None),
        (I, "Khairul Anuar Mohd Noor", "the matter was a personal one and the party would not interfere in Azman’s appeal",
            None),
        (P, "Azman Harun", "destroyed", None),
    ],
    "actors": [
        actor("Nor Aishah Kamarudin", "person", title="Judicial Commissioner", affiliation="High Court, Kuala Lumpur",
              aliases=["Nor Aishah Kamarudin", "Judicial Commissioner Nor Aishah Kamarudin", "the judicial commissioner",
                       "the judge"], stance=-1),
        actor("Suara Rakyat Daily", "organisation", title="online news portal (defendant)", affiliation=None,
              aliases=["Suara Rakyat Daily", "the portal"], stance=-1),
        actor("Azman Harun", "person", title="former deputy minister (plaintiff)", affiliation=None,
              aliases=["Azman Harun", "Azman", "Datuk Seri Azman Harun"], stance=1),
        actor("Ravi Shankar", "person", title="counsel for Azman", affiliation=None,
              aliases=["Ravi Shankar", "Shankar", "Datuk Ravi Shankar"], stance=1),
        actor("Lim Wei Sheng", "person", title="editor", affiliation="Suara Rakyat Daily",
              aliases=["Lim Wei Sheng", "Lim"], stance=-1),
        actor("Centre for Independent Journalism", "organisation", title="press freedom NGO", affiliation="Malaysia",
              aliases=["Centre for Independent Journalism", "CIJ"], stance=-1),
        actor("Nalini Elumalai", "person", title="executive director", affiliation="Centre for Independent Journalism",
              aliases=["Nalini Elumalai", "Elumalai"], stance=-1),
        actor("lawyer familiar with the case", "person", title="lawyer (anonymous)", affiliation=None,
              aliases=["lawyer familiar with the case", "the lawyer"], stance=None),
        actor("Khairul Anuar Mohd Noor", "person", title="party secretary-general", affiliation="Azman's party",
              aliases=["Khairul Anuar Mohd Noor", "Datuk Khairul Anuar Mohd Noor", "Khairul"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Baltic Times (Lithuania) politics/defence (the defence minister proposes 12-month conscription), headline
#    without speech, date-time line, dateline "VILNIUS -", straight " and apostrophes, "percent"; lede participial
#    "saying the country needed "..."" (partial only); content before "the ministry said"; quote with "Jankauskas told
#    a press conference"; "He said A, and that B" (one span); "the minister added."; group "Opposition lawmakers,
#    however, said A"; committee deputy chairman named in the middle of a split quote ("..., told BNS. "...""),
#    "Stankevičius said A"; Chief of Defence "said in a written comment that the armed forces supported "..." but would
#    need ..." (partial only: no second subject); union "criticised the plan, saying A" (participial indirect); its
#    president's quote with the speaker after it, "She added that A"; "According to a Vilmorus poll ..., A"; analyst
#    "said A but that the solution might be "..."" (indirect plus partial), "he said"; presidential spokeswoman "said
#    the president would "..." and discuss it ..." (partial only).
ARTICLES[f"{BATCH}/lithuania-conscription-extension-jankauskas.gold.json"] = {
    "article": f"{BATCH}/lithuania-conscription-extension-jankauskas.txt",
    "target": "Rimantas Jankauskas",
    "quotes": [
        (P, "Rimantas Jankauskas", "more trained soldiers, and faster", None),
        (I, "ministry", "The plan, which also lowers the call-up age from 18 to 17 for those who volunteer, would increase "
            "the number of conscripts trained each year from about 4,000 to 6,500", None),
        (D, "Rimantas Jankauskas", "Our neighbours are not reducing their armies. We cannot reduce the time we give to "
            "training ours,", None),
        (I, "Rimantas Jankauskas", "the longer service would allow conscripts to complete specialist training in air "
            "defence and drone operation, which they currently have no time for, and that the extra cost of about 60 "
            "million euros a year would come from the defence budget", None),
        (D, "Rimantas Jankauskas", "Nine months was enough to teach a young man to shoot. It is not enough to teach him to "
            "fight in a modern war,", None),
        (I, "Opposition lawmakers", "the ministry had not shown why the change was needed now, when the army was already "
            "struggling to house the conscripts it has", None),
        (D, "Laurynas Stankevičius", "The minister comes with a number, 12 months, but without a plan for barracks, "
            "instructors or equipment,", None),
        (D, "Laurynas Stankevičius", "We will not vote for a slogan.", None),
        (I, "Laurynas Stankevičius", "the committee would ask the Chief of Defence to appear before it in January", None),
        (P, "Andrius Petrauskas", "any measure that increases readiness", None),
        (I, "Lithuanian Students' Union", "it would delay university studies for thousands of young people", None),
        (D, "Gabija Žukauskaitė", "Twelve months means losing a full academic year, not a semester. Many will simply leave "
            "to study abroad before they are called up,", None),
        (I, "Gabija Žukauskaitė", "the union was not against conscription itself", None),
        (I, "Vilmorus poll", "58 percent of Lithuanians support compulsory service, but only 31 percent back extending it",
            None),
        (I, "Martin Kask", "the minister was right about the problem", None),
        (P, "Martin Kask", "too blunt.", None),
        (D, "Martin Kask", "Longer service is one tool. Better pay for reservists and more instructors may give you more for "
            "the same money,", None),
        (P, "spokeswoman for the President's Office", "study the proposal carefully", None),
    ],
    "actors": [
        actor("Rimantas Jankauskas", "person", title="Defence Minister", affiliation="Lithuania",
              aliases=["Rimantas Jankauskas", "Jankauskas", "the minister"], stance=1),
        actor("ministry", "government", title="Defence Ministry", affiliation="Lithuania", aliases=["ministry"], stance=1),
        actor("Opposition lawmakers", "group", title="opposition members of the Seimas", affiliation="Seimas",
              aliases=["Opposition lawmakers"], stance=-1),
        actor("Laurynas Stankevičius", "person", title="deputy chairman, National Security and Defence Committee",
              affiliation="Seimas", aliases=["Laurynas Stankevičius", "Stankevičius"], stance=-1),
        actor("Andrius Petrauskas", "person", title="Chief of Defence, Lieutenant General",
              affiliation="Lithuanian Armed Forces",
              aliases=["Andrius Petrauskas", "Petrauskas", "Lieutenant General Andrius Petrauskas"], stance=0),
        actor("Lithuanian Students' Union", "organisation", title="students' union", affiliation="Lithuania",
              aliases=["Lithuanian Students' Union", "the union"], stance=-1),
        actor("Gabija Žukauskaitė", "person", title="president", affiliation="Lithuanian Students' Union",
              aliases=["Gabija Žukauskaitė", "Žukauskaitė"], stance=-1),
        actor("Vilmorus poll", "organisation", title="opinion poll (commissioned by LRT)", affiliation="Vilmorus",
              aliases=["Vilmorus poll", "Vilmorus"], stance=0),
        actor("Martin Kask", "person", title="military analyst",
              affiliation="International Centre for Defence and Security, Tallinn", aliases=["Martin Kask", "Kask"],
              stance=0),
        actor("spokeswoman for the President's Office", "person", title="spokeswoman", affiliation="President's Office",
              aliases=["spokeswoman for the President's Office"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Gulf News (UAE) education (parents object to a school group's fee rise), headline with a full clause in curly single
#    marks after a colon ("Dubai parents question ...: ‘...’": direct, the parents the headline names), standfirst
#    without speech, "Published:" line, byline, dateline "Dubai:", curly “ ” and ’, "Dh9,000"; lede group "Parents at
#    two Dubai schools ... say they are “...” by ..." (partial only); mother named by first name only after the first
#    stretch ("said Rania, an Egyptian mother of three ..."), the second stretch a new sentence; "She asked that her
#    surname not be published" (not annotated); parent "told Gulf News he had moved his son ... because its fees were
#    “...”" (partial only), "he said"; group "In a statement to Gulf News, ... said A", quote with "the group said",
#    "The group added that A"; principal "said A and opened B" (one span), quote split by "Holloway said."; regulator's
#    spokesperson "confirmed A" (no "that"); consultant "said A", "she said", "She said parents should ..." (indirect:
#    a reported recommendation with its own subject); WhatsApp group "has drafted a letter asking ..." (act); anonymous
#    organiser named after the quote.
ARTICLES[f"{BATCH}/dubai-school-fees-crestview.gold.json"] = {
    "article": f"{BATCH}/dubai-school-fees-crestview.txt",
    "target": "Crestview Education Group",
    "quotes": [
        (D, "Parents at two Dubai schools run by Crestview Education Group", "We were told about it in a newsletter",
            "Dubai parents question"),
        (P, "Parents at two Dubai schools run by Crestview Education Group", "shocked", None),
        (D, "Rania", "We were told about it in a newsletter, between a story about the football team and the canteen menu,",
            None),
        (D, "Rania", "For my family that is almost Dh9,000 more next year.", None),
        (P, "Suresh Menon", "reasonable for the quality.", None),
        (D, "Suresh Menon", "Now we are paying premium prices, and the classes are still 28 children,", None),
        (I, "Crestview Education Group", "the increase had been approved by the Knowledge and Human Development Authority "
            "(KHDA) under the emirate’s school fee framework, which links fee rises to a school’s inspection rating", None),
        (D, "Crestview Education Group", "Both schools were rated Very Good in the last inspection cycle. The fee adjustment "
            "reflects that rating and allows us to keep investing in teachers and facilities,", None),
        (I, "Crestview Education Group", "it would offer a 10 per cent discount for third and subsequent children from "
            "September", None),
        (I, "Mark Holloway", "the school had hired 14 new teachers this year and opened a new science block", None),
        (D, "Mark Holloway", "I understand that no parent likes a fee increase. But we have not asked for anything the "
            "framework does not allow,", None),
        (D, "Mark Holloway", "We will hold an open meeting for parents in January to explain where the money goes.", None),
        (I, "KHDA spokesperson", "the schools had received approval after their rating improved from Good to Very Good",
            None),
        (I, "Lina Haddad", "fee rises of this size were becoming more common as demand for places in Dubai grew", None),
        (D, "Lina Haddad", "Dubai added more than 30,000 students this year. When a good school has a waiting list, it has "
            "pricing power, and parents feel it,", None),
        (I, "Lina Haddad", "parents should compare total costs, including uniforms, transport and activities, before moving "
            "a child mid-year", None),
        (D, "one of the organisers", "We are not asking them to cancel it. We are asking them to be fair,", None),
    ],
    "actors": [
        actor("Parents at two Dubai schools run by Crestview Education Group", "group", title="parents",
              affiliation="Crestview British School, Crestview Academy",
              aliases=["Parents at two Dubai schools run by Crestview Education Group", "Dubai parents"], stance=-1),
        actor("Rania", "person", title="Egyptian mother of three", affiliation="Al Barsha campus parent",
              aliases=["Rania"], stance=-1),
        actor("Suresh Menon", "person", title="parent, Indian national", affiliation="Crestview Academy parent",
              aliases=["Suresh Menon", "Menon"], stance=-1),
        actor("Crestview Education Group", "organisation", title="school operator", affiliation="Dubai",
              aliases=["Crestview Education Group", "the group", "The group"], stance=1),
        actor("Mark Holloway", "person", title="principal", affiliation="Crestview British School",
              aliases=["Mark Holloway", "Holloway"], stance=1),
        actor("KHDA spokesperson", "person", title="spokesperson",
              affiliation="Knowledge and Human Development Authority (KHDA)", aliases=["KHDA spokesperson"], stance=0),
        actor("Lina Haddad", "person", title="education consultant", affiliation=None,
              aliases=["Lina Haddad", "Haddad"], stance=0),
        actor("one of the organisers", "person", title="British father (anonymous), parents' WhatsApp group organiser",
              affiliation=None, aliases=["one of the organisers"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
