"""Build the test23 gold files (data/eval/test23/*.gold.json) from the annotation specs below.

Held out: do not read while tuning. Same approach as data/eval/dev59/build_gold.py, importing the
helpers (actor, write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is
given by its exact text and, when that text occurs more than once, by an anchor (a string occurring
exactly once in the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test23/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test23.
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
# 1. SpaceNews (Russia ends the ISS seat swaps with NASA), headline without speech, "by NAME — date"
#    line, caption with "Credit: NASA" (no speech), dateline "WASHINGTON —", curly quotes and
#    apostrophes, American punctuation inside closing marks at the end of a sentence. Lede content
#    before "Roscosmos said Dec. 2" (the writer's "a move that ..." left out); "the Russian space agency
#    said its agreement ... had "..." and would not be renewed ..." (partial only, no second subject);
#    head of Roscosmos "told reporters in Moscow that A", quote split by "Lapshin said"; "He said A, and
#    that its segment would keep operating "..."" (indirect plus partial); content before "according to
#    two agency officials who spoke on condition of anonymity"; NASA "said it was "..." of the decision
#    and remained committed to "..." crewed operations" (two partials); "struck a calmer tone" (act);
#    quote with "she said" and a quote-only paragraph; Q&A "Asked whether ..., Halvorsen said: "...""; scare
#    so-called "lifeboat gap"; "something Lapshin did not rule out" (negated, not annotated); ESA director
#    "said ESA had been informed ... "..." before ..." (partial only), quote with "Solberg said in an
#    interview"; analyst's quote before and after "said NAME, a ... analyst at ... who previously worked at
#    Russia's Space Research Institute"; "Kerimova said A"; congressman "called the decision "..."".
ARTICLES["data/eval/test23/russia-ends-iss-seat-swaps.gold.json"] = {
    "article": "data/eval/test23/russia-ends-iss-seat-swaps.txt",
    "target": "Russia",
    "quotes": [
        (I, "Roscosmos", "Russia will stop flying cosmonauts on American commercial crew vehicles after 2027 and will no "
            "longer reserve Soyuz seats for NASA astronauts", None),
        (P, "Roscosmos", "fulfilled its purpose", None),
        (I, "Yevgeny Lapshin", "the agency needed every seat on its Soyuz spacecraft for its own cosmonauts as it prepares "
            "to launch the first module of the Russian Orbital Station (ROS) in 2028", None),
        (D, "Yevgeny Lapshin", "Our priority now is our own station. We will not build it with borrowed crews and borrowed "
            "time,", None),
        (D, "Yevgeny Lapshin", "The Americans have their own ships. We have ours.", None),
        (I, "Yevgeny Lapshin", "Russia would honor its obligations to its partners until the station is retired", None),
        (P, "Yevgeny Lapshin", "for as long as it is safe and useful.", None),
        (I, "two agency officials", "The announcement caught NASA by surprise", None),
        (P, "NASA", "reviewing the implications", None),
        (P, "NASA", "safe and continuous", None),
        (D, "Lorna Halvorsen", "We\u2019ve flown with our Russian colleagues for more than a quarter of a century, through "
            "some very difficult times on the ground. I don\u2019t expect that to change overnight,", None),
        (D, "Lorna Halvorsen", "What this does mean is that we have to plan for a station with one crew transportation "
            "system for the last two or three years of its life, and we will.", None),
        (D, "Lorna Halvorsen", "That\u2019s not on the table today.", None),
        (S, None, "lifeboat gap", None),
        (P, "Henrik Solberg", "only a few hours", None),
        (D, "Henrik Solberg", "We understand that every partner has national priorities. But the ISS has worked because no "
            "partner acted alone, and I hope we can keep it that way until the end,", None),
        (D, "Nadia Kerimova", "Every Soyuz is now precious to them. They built fewer of them this year than at any time "
            "since the 1990s,", None),
        (D, "Nadia Kerimova", "A cosmonaut on a Dragon costs Roscosmos nothing, but the seat on a Soyuz they give to NASA "
            "is a seat they can\u2019t sell.", None),
        (I, "Nadia Kerimova", "she expected Russia to offer the freed Soyuz seats to paying customers, including astronauts "
            "from countries such as Belarus and the United Arab Emirates", None),
        (P, "Daniel Okonjo", "another reminder that we should never have let our access to orbit depend on Moscow.", None),
    ],
    "actors": [
        actor("Roscosmos", "government", title="Russian space agency", affiliation="Russia",
              aliases=["Roscosmos", "Russian space agency"], stance=1),
        actor("Yevgeny Lapshin", "person", title="head of Roscosmos", affiliation="Roscosmos",
              aliases=["Yevgeny Lapshin", "Lapshin"], stance=1),
        actor("two agency officials", "group", title="NASA officials (anonymous)", affiliation="NASA",
              aliases=["two agency officials"], stance=0),
        actor("NASA", "government", title="US space agency", affiliation="United States", aliases=["NASA"], stance=0),
        actor("Lorna Halvorsen", "person", title="NASA associate administrator for space operations", affiliation="NASA",
              aliases=["Lorna Halvorsen", "Halvorsen"], stance=0),
        actor("Henrik Solberg", "person", title="director of human and robotic exploration",
              affiliation="European Space Agency", aliases=["Henrik Solberg", "Solberg"], stance=-1),
        actor("Nadia Kerimova", "person", title="space policy analyst", affiliation="Orbital Policy Institute",
              aliases=["Nadia Kerimova", "Kerimova"], stance=0),
        actor("Daniel Okonjo", "person", title="Rep. (D-Md.), ranking member of the House space subcommittee",
              affiliation="Democrat", aliases=["Daniel Okonjo", "Okonjo"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Legal Futures (UK legal trade press: a tribunal fines a conveyancing firm over money laundering
#    failures), headline with a straight single fragment "Tribunal fines ... over 'wholesale' ...", date
#    and byline lines, straight " in the body with British punctuation outside fragments, "£14.2m",
#    "Ms". Lede "after the ... Tribunal (SDT) identified "..." failures" (partial); "According to the
#    tribunal's judgment, ..., A" (the judgment speaks for the tribunal); scare so-called "fast-track"
#    service; regulator "said the firm had "..." and that B" (partial plus indirect); counsel "told the
#    tribunal: "..."", then "he said"; "In its judgment, the tribunal said the partners had shown "..."
#    about ..." (partial only), "It said A"; managing partner (shared surname with her father, the
#    founder, who does not speak; the firm's name also holds it) "said in a statement that the firm
#    accepted the tribunal's decision "..."" (partial only), quote with "Ms Prior said", "she added";
#    anonymous former compliance officer "told Legal Futures she had raised ... and had been told it was
#    "..."" (partial only: the reported clause runs on without a second subject into the quoted fragment,
#    as Grants's in dev63; the fragment is the officer's); "In a further statement, Hallam Prior said A";
#    consultant with a common-word surname "said A", "Chase said"; content before "according to figures
#    published by the regulator".
ARTICLES["data/eval/test23/hallam-prior-aml-fine.gold.json"] = {
    "article": "data/eval/test23/hallam-prior-aml-fine.txt",
    "target": "Hallam Prior LLP",
    "quotes": [
        (P, "Solicitors Disciplinary Tribunal", "wholesale", "'wholesale'"),
        (P, "Solicitors Disciplinary Tribunal", "wholesale and prolonged", None),
        (I, "Solicitors Disciplinary Tribunal", "Hallam Prior LLP failed to carry out a firm-wide risk assessment for more "
            "than four years and did not check the source of funds in 31 residential purchases worth a total of "
            "\u00a314.2m", None),
        (S, None, "fast-track", "so-called"),
        (P, "Solicitors Regulation Authority", "put fees before its legal duties", None),
        (I, "Solicitors Regulation Authority", "two of the purchases were later linked by police to a fraud investigation",
         None),
        (D, "Jonathan Wise", "This was not a single missed check. It was a firm that had, in effect, switched off its "
            "controls.", None),
        (D, "Jonathan Wise", "Compliance was treated as paperwork to be completed after the money had moved,", None),
        (P, "Solicitors Disciplinary Tribunal", "a striking lack of curiosity", None),
        (I, "Solicitors Disciplinary Tribunal", "there was no evidence that any partner had acted dishonestly", None),
        (P, "Rebecca Prior", "in full", None),
        (D, "Rebecca Prior", "We got this wrong, and we are sorry. Since these matters came to light we have replaced our "
            "compliance team, brought in external auditors and retrained every member of staff who handles client "
            "money,", None),
        (D, "Rebecca Prior", "Nobody at Hallam Prior has been accused of dishonesty, and no client lost money,", None),
        (P, "former compliance officer", "too profitable to slow down", None),
        (I, "Hallam Prior LLP", "it did not recognise that account", None),
        (I, "Helen Chase", "the fine was at the upper end of what the tribunal had imposed on firms of Hallam Prior's size",
         None),
        (D, "Helen Chase", "Firms look at a case like this and think it couldn't happen to them. It can, and the tribunal "
            "is losing patience,", None),
        (I, "Solicitors Regulation Authority", "The SRA opened 142 investigations into anti-money laundering breaches in "
            "the year to October, up from 97 the year before", None),
    ],
    "actors": [
        actor("Solicitors Disciplinary Tribunal", "organisation", title="disciplinary tribunal for solicitors",
              aliases=["Solicitors Disciplinary Tribunal", "SDT", "tribunal", "Tribunal", "judgment"], stance=-1),
        actor("Solicitors Regulation Authority", "organisation", title="regulator",
              aliases=["Solicitors Regulation Authority", "SRA", "regulator"], stance=-1),
        actor("Jonathan Wise", "person", title="counsel for the SRA", affiliation="Solicitors Regulation Authority",
              aliases=["Jonathan Wise", "Wise"], stance=-1),
        actor("Rebecca Prior", "person", title="managing partner", affiliation="Hallam Prior LLP",
              aliases=["Rebecca Prior", "Ms Prior", "Prior"], stance=1),
        actor("former compliance officer", "person", title="former compliance officer (anonymous)",
              affiliation="Hallam Prior LLP", aliases=["former compliance officer"], stance=-1),
        actor("Hallam Prior LLP", "organisation", title="conveyancing firm",
              aliases=["Hallam Prior LLP", "Hallam Prior"], stance=1),
        actor("Helen Chase", "person", title="anti-money laundering consultant", aliases=["Helen Chase", "Chase"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Harvard Crimson (the dean of undergraduate education defends a cap on A grades), Title Case
#    headline without speech, two-name byline "Crimson Staff Writers", date line, curly quotes and
#    apostrophes, class years with a curly apostrophe ("’27"), American punctuation inside closing
#    marks, sign-off line with an e-mail address. Lede "on Tuesday defended her proposal ..., telling a
#    ... meeting that grades ... had "..."" (participial cue; partial only); quote split by "Sorensen said
#    at the meeting"; "According to data Sorensen presented to the Faculty, A" (the data are hers);
#    professor "said the cap would restore "..." to transcripts, though he urged ..." (partial only; the
#    directive not annotated); professor "said A", quote with "Raman said in an interview"; scare
#    so-called "grade deflation" rule; student government "calling it "..."" (partial); co-president
#    "said A", quote split by "Osei said"; student with a common-word surname "said A", quote split by
#    "Hope said"; Q&A "Asked at the meeting whether ..., Sorensen said A and that "..."" (indirect plus
#    partial); spokesperson "wrote that the proposal was "..." under discussion and that B" (partial plus
#    indirect); anonymous faculty member "who requested anonymity ..., said A".
ARTICLES["data/eval/test23/sorensen-a-grade-cap-faculty-meeting.gold.json"] = {
    "article": "data/eval/test23/sorensen-a-grade-cap-faculty-meeting.txt",
    "target": "Lydia M. Sorensen",
    "quotes": [
        (P, "Lydia M. Sorensen", "stopped telling anyone anything.", None),
        (D, "Lydia M. Sorensen", "When nearly four in five grades are an A or an A-minus, an A no longer distinguishes "
            "excellent work from good work,", None),
        (D, "Lydia M. Sorensen", "That is unfair to our students, and above all to the ones who work hardest.", None),
        (I, "Lydia M. Sorensen", "79 percent of grades awarded in the College last spring were in the A range, up from 60 "
            "percent a decade ago", None),
        (P, "Daniel J. Whitcombe", "some honesty", None),
        (I, "Anjali S. Raman", "a fixed percentage would punish students in strong cohorts and push undergraduates away "
            "from difficult courses", None),
        (D, "Anjali S. Raman", "We would be teaching students to avoid the hardest course they can find, which is the "
            "opposite of what a liberal arts education is for,", None),
        (S, None, "grade deflation", None),
        (P, "Harvard Undergraduate Association", "a solution in search of a problem.", None),
        (I, "Samuel K. Osei", "the dean had not consulted students before circulating the proposal to department chairs "
            "in October", None),
        (D, "Samuel K. Osei", "We found out from a newspaper,", None),
        (D, "Samuel K. Osei", "For a plan that changes every transcript in the College, that\u2019s not good enough.", None),
        (I, "Clara B. Hope", "she supported the cap in principle", None),
        (D, "Clara B. Hope", "I spent three weeks on a problem set and got the same grade as people who copied the "
            "answers the night before,", None),
        (D, "Clara B. Hope", "If an A meant something, I\u2019d actually want one.", None),
        (I, "Lydia M. Sorensen", "admissions offices would be told about the change", None),
        (P, "Lydia M. Sorensen", "every school that matters will understand what a Harvard A means.", None),
        (P, "Jonah T. Kessler", "one of several options", None),
        (I, "Jonah T. Kessler", "no decision would be made before the February vote", None),
        (I, "One senior faculty member", "Sorensen had lost the support of several department chairs in recent weeks",
         None),
    ],
    "actors": [
        actor("Lydia M. Sorensen", "person", title="Dean of Undergraduate Education", affiliation="Harvard",
              aliases=["Lydia M. Sorensen", "Sorensen"], stance=1),
        actor("Daniel J. Whitcombe", "person", title="Government professor", affiliation="Harvard",
              aliases=["Daniel J. Whitcombe", "Whitcombe"], stance=1),
        actor("Anjali S. Raman", "person", title="History of Science professor", affiliation="Harvard",
              aliases=["Anjali S. Raman", "Raman"], stance=-1),
        actor("Harvard Undergraduate Association", "organisation", title="student government",
              aliases=["Harvard Undergraduate Association", "HUA"], stance=-1),
        actor("Samuel K. Osei", "person", title="HUA co-president, class of 2027",
              affiliation="Harvard Undergraduate Association", aliases=["Samuel K. Osei", "Osei"], stance=-1),
        actor("Clara B. Hope", "person", title="Physics concentrator, class of 2028", affiliation="Harvard",
              aliases=["Clara B. Hope", "Hope"], stance=1),
        actor("Jonah T. Kessler", "person", title="University spokesperson", affiliation="Harvard",
              aliases=["Jonah T. Kessler", "Kessler"], stance=0),
        actor("One senior faculty member", "person", title="senior faculty member (anonymous)", affiliation="Harvard",
              aliases=["One senior faculty member"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Vanuatu Daily Post (Australia pauses recruitment of ni-Vanuatu workers into its PALM labour scheme),
#    headline without speech, standfirst "Government says it was not consulted ..." (no quote marks: not
#    annotated, like a headline), byline and "Wednesday, 2 December 2026" lines, straight " and apostrophes,
#    British punctuation outside fragments, "Hon."/"Mr"/"Mrs"/"Dr". Lede content before "the Australian High
#    Commission in Port Vila confirmed yesterday"; "In a statement, the High Commission said the pause was
#    "..." and would allow both governments to "..."" (two partials); "It said A"; minister "said the decision
#    would punish "..." for the actions of a few" (partial only), quote with "Mr Nalpini said"; scare so-called
#    "brain drain"; labour commissioner "told Daily Post that A, but that B" (one span); Q&A "Asked what would
#    happen ..., Mrs Taravaki said: "...""; anonymous worker "who asked that his name not be used, said A", "he
#    said" (his quote's "absconders" is his own word, inside his direct); department spokesperson "said most
#    PALM workers had "..." and that B" (partial plus indirect); economist "said A", "he said"; "The High
#    Commission said A".
ARTICLES["data/eval/test23/australia-pauses-palm-recruitment-vanuatu.gold.json"] = {
    "article": "data/eval/test23/australia-pauses-palm-recruitment-vanuatu.txt",
    "target": "Australia",
    "quotes": [
        (I, "Australian High Commission in Port Vila", "Australia has paused new recruitment of ni-Vanuatu workers into the "
            "short-term stream of the Pacific Australia Labour Mobility (PALM) scheme for three months", None),
        (P, "Australian High Commission in Port Vila", "temporary", None),
        (P, "Australian High Commission in Port Vila", "strengthen worker welfare and scheme integrity", None),
        (I, "Australian High Commission in Port Vila", "146 workers from Vanuatu had left their approved employers without "
            "notice in the past 12 months, the highest number from any participating country", None),
        (P, "Jotham Nalpini", "thousands of honest workers", None),
        (D, "Jotham Nalpini", "We understand Australia's concerns. But Vanuatu was not consulted before this announcement, "
            "and that is not how partners should treat each other,", None),
        (S, None, "brain drain", None),
        (I, "Rosina Taravaki", "about 1,200 workers who had already been selected by employers would still travel, but that "
            "new selections were on hold", None),
        (D, "Rosina Taravaki", "Those who have visas will travel. For the others, we are waiting for advice from Canberra.",
         None),
        (I, "worker from Tanna", "he had been paid for fewer hours than he worked and housed with eight other men in a "
            "three-bedroom house", None),
        (D, "worker from Tanna", "They call us absconders. Nobody asks why we run,", None),
        (P, "spokesperson for Australia's Department of Employment and Workplace Relations", "a positive experience", None),
        (I, "spokesperson for Australia's Department of Employment and Workplace Relations", "any worker with concerns "
            "could call a 24-hour support line", None),
        (I, "Sione Havili", "money sent home by seasonal workers was now worth more than 10 percent of Vanuatu's gross "
            "domestic product", None),
        (D, "Sione Havili", "A three-month pause does not sound like much in Canberra. In Vanuatu it means fewer school "
            "fees paid and fewer houses finished,", None),
        (I, "Australian High Commission in Port Vila", "officials from both governments would meet in Port Vila later this "
            "month to discuss the future of the scheme", None),
    ],
    "actors": [
        actor("Australian High Commission in Port Vila", "government", affiliation="Australia",
              aliases=["Australian High Commission in Port Vila", "High Commission"], stance=1),
        actor("Jotham Nalpini", "person", title="Minister of Internal Affairs", affiliation="Vanuatu",
              aliases=["Jotham Nalpini", "Hon. Jotham Nalpini", "Mr Nalpini", "Nalpini"], stance=-1),
        actor("Rosina Taravaki", "person", title="Labour Commissioner", affiliation="Vanuatu",
              aliases=["Rosina Taravaki", "Mrs Taravaki", "Taravaki"], stance=0),
        actor("worker from Tanna", "person", title="returned PALM worker (anonymous)", aliases=["worker from Tanna"],
              stance=-1),
        actor("spokesperson for Australia's Department of Employment and Workplace Relations", "person",
              title="spokesperson", affiliation="Department of Employment and Workplace Relations (Australia)",
              aliases=["spokesperson for Australia's Department of Employment and Workplace Relations"], stance=1),
        actor("Sione Havili", "person", title="economist", affiliation="University of the South Pacific (Emalus Campus)",
              aliases=["Sione Havili", "Dr Sione Havili", "Havili"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
