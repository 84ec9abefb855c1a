"""Build the dev29 gold files (data/eval/dev29/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev25/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev29/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev29.  Standard library only.
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
# 1. Guardian UK politics (backbench letter on a delayed ground rent cap), curly “ ” in the body
#    and ‘ ’ in the headline, ’ apostrophes (September’s, hasn’t), British punctuation outside the
#    closing marks; standfirst (a directive, "demanding a date") and byline without speech.
#    Headline fragment ‘betrayal’ -> the group the headline names (Labour MPs; the body's longer
#    "a betrayal of ..." is a separate partial, the headline entry is located with the anchor
#    ‘betrayal’). Lede "he told the Commons the measure would come forward “...”" (partial only).
#    The letter speaks for the MPs who signed it ("accuses ministers of “...”", "calls the delay
#    “...”": two partials, Labour MPs). "Campaigners say A" (group), later "leaseholder campaigners
#    ... They said A" (same group). Minister "insisted ... that the government remained “...” ...,
#    but said A and that B" (partial plus one indirect). Title as speaker: "the housing minister told
#    reporters" (Corran). Two men back to back: Fenwick "said the minister was “...”" then "“He has
#    had ...,” he said" (Fenwick; the quote's "He" is Corran); "Corran hit back ... “...,” he told
#    Sky News" (Corran). Abell "said it should be ..." (indirect), "Keary has not backed that
#    demand" (not annotated), "Abell said the two of them were “...”" (partial), then "he said"
#    with "Siobhan" inside (alias of Keary). Party spokesperson "accused both main parties of
#    treating leaseholders as “...”" (partial). Closing "she said" after "Keary is due to meet
#    Corran", nested ‘soon’ inside the direct quote (not annotated).
ARTICLES["data/eval/dev29/corran-ground-rent-cap-backbench-letter.gold.json"] = {
    "article": "data/eval/dev29/corran-ground-rent-cap-backbench-letter.txt",
    "target": "Matthew Corran",
    "quotes": [
        (P, "Labour MPs", "betrayal", "\u2018betrayal\u2019"),
        (P, "Matthew Corran", "when it is ready", None),
        (P, "Labour MPs", "quietly shelving", None),
        (P, "Labour MPs", "a betrayal of the people we promised to help", None),
        (I, "Campaigners", "hundreds of thousands of people who bought new-build flats in the last 20 years pay "
            "ground rents that double every 10 or 15 years, making the flats almost impossible to sell", None),
        (I, "Siobhan Keary", "she had collected the signatures in less than two days, many of them from MPs "
            "elected for the first time last year", None),
        (P, "Matthew Corran", "absolutely committed", None),
        (I, "Matthew Corran", "the legislation was complex and that mistakes in earlier leasehold laws had cost "
            "leaseholders millions of pounds in legal fees", None),
        (D, "Matthew Corran", "I would rather get this right than get it fast. If we rush it and it spends five "
            "years in the courts, who does that help?", None),
        (P, "Daniel Fenwick", "hiding behind the lawyers", None),
        (D, "Daniel Fenwick", "He has had 14 months, a department full of officials and a majority of 170,", None),
        (D, "Daniel Fenwick", "What he hasn\u2019t got is the nerve.", None),
        (D, "Matthew Corran", "I will take lectures on nerve from a lot of people. Not from a party that sat on "
            "this for 14 years,", None),
        (I, "Tony Abell", "it should be backdated to cover leases signed since the 2024 election", None),
        (P, "Tony Abell", "on the same side, just not on the same page yet", None),
        (D, "Tony Abell", "Siobhan has done the hard bit. But if the cap only applies from next year, we are "
            "telling everyone who bought before that they were unlucky,", None),
        (I, "Campaigners", "every month of delay left more owners stuck in flats they could not sell or "
            "remortgage", None),
        (P, "Liberal Democrat spokesperson", "an afterthought", None),
        (D, "Siobhan Keary", "We have heard \u2018soon\u2019 before,", None),
        (D, "Siobhan Keary", "He has until Christmas.", None),
    ],
    "actors": [
        actor("Labour MPs", "group", title="more than 40 backbench MPs who signed the letter",
              affiliation="Labour", aliases=["Labour MPs"], stance=-1),
        actor("Matthew Corran", "person", title="housing minister", affiliation="UK government (Labour)",
              aliases=["Matthew Corran", "Corran", "the housing minister", "the minister"], stance=1),
        actor("Campaigners", "group", title="leaseholder campaigners",
              aliases=["Campaigners", "leaseholder campaigners"], stance=-1),
        actor("Siobhan Keary", "person", title="MP for Wrexley and Hurst, organiser of the letter",
              affiliation="Labour", aliases=["Siobhan Keary", "Keary", "Siobhan"], stance=-1),
        actor("Daniel Fenwick", "person", title="Conservative housing spokesman (Corran's opposite number)",
              affiliation="Conservative party", aliases=["Daniel Fenwick", "Fenwick"], stance=-1),
        actor("Tony Abell", "person", title="backbench MP, former council leader, housing select committee member",
              affiliation="Labour", aliases=["Tony Abell", "Abell"], stance=-1),
        actor("Liberal Democrat spokesperson", "person", title="spokesperson", affiliation="Liberal Democrats",
              aliases=["Liberal Democrat spokesperson"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. AP court story (sentencing hearing for a fatal drunken-driving crash), "By NAME Associated
#    Press", dateline "DAYTON, Ohio (AP) —", straight quotes and apostrophes (woman's, can't,
#    Kersh's), punctuation inside closing marks. Headline without speech. Lede "the woman's mother
#    told him she would "..."" (partial; the mother is named four paragraphs on). Prosecutor "told
#    the court that A and had climbed into his pickup that night "..."" (indirect plus partial),
#    then "she said" (Pike). Defence attorney "asked for six years" (a request, not annotated), "He
#    said A and had B" (one span), quote-only paragraph closed by "Ebert told the judge". "The
#    judge, who ..., did not sound persuaded. "Mr. Ebert, ...," he said." (the judge, not Ebert;
#    "did not sound persuaded" is not speech). Mother "she said", "she told him" (him = Kersh);
#    "Her son, Evan Ruhl" then "he said" (the quote's "She" is the victim). Character witness
#    "testified that A" (indirect), "Under questioning from Pike, she said: "..."" (Dietz, not
#    Pike). Defendant "he said, turning toward the Ruhl family" with the quote resumed. Judge "said
#    Kersh's remorse was "real," but that B" (partial plus indirect), "the judge told Kersh".
#    Group "members of a Dayton cycling club ... They said A, and that B" (one span).
ARTICLES["data/eval/dev29/kersh-cyclist-death-sentencing.gold.json"] = {
    "article": "data/eval/dev29/kersh-cyclist-death-sentencing.txt",
    "target": "Bradley Kersh",
    "quotes": [
        (P, "Deborah Ruhl", "never again hear my daughter laugh.", None),
        (I, "Joanne Pike", "Kersh had two previous drunken-driving convictions", None),
        (P, "Joanne Pike", "knowing exactly what he was risking.", None),
        (D, "Joanne Pike", "This was not an accident. An accident is something you can't see coming,", None),
        (D, "Joanne Pike", "He saw it coming twice before.", None),
        (I, "Marcus Ebert", "his client had been sober for 14 months and had attended treatment three times a week "
            "while awaiting trial", None),
        (D, "Marcus Ebert", "He is not asking you to forget what he did. He is asking you to believe he can walk "
            "out of prison a different man,", None),
        (D, "Raymond Tully", "Mr. Ebert, I believe he's sober today. I believed the last man who stood in that spot "
            "and told me the same thing,", None),
        (D, "Deborah Ruhl", "I set a place for her at Thanksgiving. I don't know why. I knew she wasn't coming,",
            None),
        (D, "Deborah Ruhl", "You took the best person I know,", None),
        (D, "Evan Ruhl", "She did everything right. She wore the vest, she had the lights, she rode that road for "
            "six years,", None),
        (I, "Lorraine Dietz", "he was always the first to volunteer for extra shifts and had trained most of the "
            "younger workers on the loading dock", None),
        (D, "Lorraine Dietz", "I didn't know about the other convictions. If I had known, I would have driven him "
            "to a meeting myself.", None),
        (D, "Bradley Kersh", "I'm not going to ask you to forgive me. I don't have the right,", None),
        (D, "Bradley Kersh", "But I am not the man who got in that truck, and I'm going to spend every day proving "
            "it.", None),
        (P, "Raymond Tully", "real,", None),
        (I, "Raymond Tully", "the two earlier convictions left him no choice but to go well above the minimum",
            None),
        (D, "Raymond Tully", "You were given two chances that Caitlin Ruhl never got,", None),
        (I, "members of a Dayton cycling club", "Bellbrook Pike had no shoulder and no street lights along the "
            "stretch where Caitlin Ruhl died, and that they would ask county commissioners to add a bike lane",
            None),
    ],
    "actors": [
        actor("Deborah Ruhl", "person", title="mother of the victim, Caitlin Ruhl",
              aliases=["Deborah Ruhl"], stance=-1),
        actor("Joanne Pike", "person", title="assistant prosecutor", affiliation="Montgomery County, Ohio",
              aliases=["Joanne Pike", "Pike"], stance=-1),
        actor("Marcus Ebert", "person", title="defense attorney for Bradley Kersh",
              aliases=["Marcus Ebert", "Ebert", "Mr. Ebert"], stance=1),
        actor("Raymond Tully", "person", title="Common Pleas judge (runs the county drug court)",
              affiliation="Montgomery County Common Pleas Court",
              aliases=["Raymond Tully", "Tully", "the judge", "The judge"], stance=-1),
        actor("Evan Ruhl", "person", title="brother of the victim (30)", aliases=["Evan Ruhl"], stance=-1),
        actor("Lorraine Dietz", "person", title="Kersh's former warehouse supervisor (character witness)",
              affiliation="Huber Heights warehouse", aliases=["Lorraine Dietz", "Dietz"], stance=1),
        actor("Bradley Kersh", "person", title="defendant (41), of Kettering, Ohio",
              aliases=["Bradley Kersh", "Kersh"], stance=1),
        actor("members of a Dayton cycling club", "group", title="cyclists at the hearing",
              aliases=["members of a Dayton cycling club"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. British local paper (Local Democracy Reporting Service), straight single quotes '...' with
#    straight apostrophes (Council's, can't, it's, didn't), punctuation outside the closing marks;
#    headline, byline and date line without speech. Lede "residents in a packed public gallery
#    shouted 'shame'" (partial, the group residents). Scare 'safeguarded land' (a planning
#    designation glossed by the writer). "The developer says ... will '...'" (partial, Brackenfield
#    Homes). "Residents say A and that B" (one span), "They say A" (residents). Resident "said: '...'"
#    (colon), "Her neighbour X ... said he had watched ... turn into 'a lake'" (partial only), then
#    "he said" (Pilling; "They" in his quote is the developer). Woman councillor "said the committee
#    had '...'" (partial) and "She said A" (indirect). Man councillor "voted in favour" (no speech),
#    then "he said"; "He said A, and that Cllr Hesketh '...'" (indirect plus partial). "Mrs Hesketh
#    called that '...'" (partial) and "she said" with "Paul" inside (alias of Dunmore). Developer's
#    managing director "said the firm had A" then "he said". Group "Members of the Friends of Cowley
#    Fields ... said they were A. '...,' they said."
ARTICLES["data/eval/dev29/cowley-fields-homes-approved.gold.json"] = {
    "article": "data/eval/dev29/cowley-fields-homes-approved.txt",
    "target": "Brackenfield Homes",
    "quotes": [
        (P, "residents", "shame", None),
        (S, None, "safeguarded land", None),
        (P, "Brackenfield Homes", "give young families a reason to stay in Ashworth", None),
        (I, "residents", "the field floods every winter and that building on it will push water into streets "
            "that already flood", None),
        (I, "residents", "a petition against the scheme has been signed by more than 3,000 people", None),
        (D, "Janice Ord", "My grandchildren learned to ride their bikes on that field. Where are they supposed to "
            "go now, the Tesco car park?", None),
        (P, "Derek Pilling", "a lake", None),
        (D, "Derek Pilling", "They can put in all the drains they like. Water goes where it wants,", None),
        (P, "Margaret Hesketh", "ignored the people who actually live here", None),
        (I, "Margaret Hesketh", "the council's own drainage engineer had raised concerns about the site in 2022 "
            "that were never properly answered", None),
        (D, "Paul Dunmore", "Ashworth has 1,900 families on its waiting list. I can't look those families in the "
            "eye and tell them we turned down 42 affordable homes because of a field,", None),
        (I, "Paul Dunmore", "the Environment Agency had withdrawn its objection in August after Brackenfield "
            "agreed to build an underground storage tank", None),
        (P, "Paul Dunmore", "knows that perfectly well", None),
        (P, "Margaret Hesketh", "a half-truth", None),
        (D, "Margaret Hesketh", "The Environment Agency has stopped objecting. That is not the same as saying "
            "it's safe, and Paul knows it,", None),
        (I, "Simon Leckie", "the firm had cut the scheme from 180 homes after hearing from residents", None),
        (D, "Simon Leckie", "We didn't have to do that. We did it because people told us the first plan was too "
            "big, and they were right,", None),
        (I, "Friends of Cowley Fields", "they were taking legal advice on a judicial review", None),
        (D, "Friends of Cowley Fields", "We are not going away,", None),
    ],
    "actors": [
        actor("residents", "group", title="residents of east Ashworth (public gallery)",
              aliases=["residents", "Residents"], stance=-1),
        actor("Brackenfield Homes", "organisation", title="developer of the Cowley Fields scheme",
              aliases=["Brackenfield Homes", "Brackenfield", "The developer", "the firm"], stance=1),
        actor("Janice Ord", "person", title="resident (67), Cowley Lane", aliases=["Janice Ord", "Ord"],
              stance=-1),
        actor("Derek Pilling", "person", title="resident (71), Janice Ord's neighbour",
              aliases=["Derek Pilling", "Pilling"], stance=-1),
        actor("Margaret Hesketh", "person", title="ward councillor for Cowley (voted against)",
              affiliation="Ashworth Borough Council",
              aliases=["Margaret Hesketh", "Hesketh", "Cllr Hesketh", "Mrs Hesketh"], stance=-1),
        actor("Paul Dunmore", "person", title="cabinet member for housing (voted in favour)",
              affiliation="Ashworth Borough Council", aliases=["Paul Dunmore", "Dunmore", "Paul"], stance=1),
        actor("Simon Leckie", "person", title="managing director", affiliation="Brackenfield Homes",
              aliases=["Simon Leckie", "Leckie"], stance=1),
        actor("Friends of Cowley Fields", "group", title="residents' campaign group behind the petition",
              aliases=["Friends of Cowley Fields"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. US magazine feature interview (present tense), curly “ ” with ’ apostrophes (It’s, didn’t,
#    each other’s), punctuation inside closing marks; headline, standfirst and byline without
#    speech. Two sisters sharing a surname, called by first names. "The second thing she does ...
#    is tell me that A" (indirect, Nell). Alternating turns "Nell says" / "Bridget says", then a
#    quote-only paragraph "“It was my van.”" that answers Bridget's "“I left you the van,”": Nell by
#    turn-taking, not the previous speaker. "For years Bridget gave no public explanation ..., and
#    Nell did not ask for one. Now she says A" (Bridget: the explanation is hers, "not even her
#    sister"), then "she says" (Bridget). "Nell says A" (indirect). Two men back to back: the former
#    manager ("is less forgiving"; "he says over the phone") and the producer ("sees it differently",
#    "he says"). Scare: the album title “Travelodge Hymns,”. "When I ask whether ..." (the writer's
#    reported question) not annotated; the answers are.
ARTICLES["data/eval/dev29/calloway-sisters-reunion-interview.gold.json"] = {
    "article": "data/eval/dev29/calloway-sisters-reunion-interview.txt",
    "target": "Bridget Calloway",
    "quotes": [
        (I, "Nell Calloway", "the coffee is not a peace offering", None),
        (D, "Nell Calloway", "It\u2019s just coffee. Don\u2019t write that it\u2019s symbolic,", None),
        (D, "Bridget Calloway", "She\u2019s made it exactly like that since 1998,", None),
        (D, "Bridget Calloway", "That\u2019s not symbolic either. That\u2019s stubbornness.", None),
        (D, "Nell Calloway", "She left me in a Travelodge with a van and a drummer who didn\u2019t know the songs,",
            None),
        (D, "Bridget Calloway", "I left you the van,", None),
        (D, "Nell Calloway", "It was my van.", None),
        (I, "Bridget Calloway", "she had been having panic attacks on stage for most of a year and had told no "
            "one, not even her sister", None),
        (D, "Bridget Calloway", "I thought if I said it out loud it would become real,", None),
        (D, "Bridget Calloway", "So I didn\u2019t say it. I just got on a plane.", None),
        (I, "Nell Calloway", "she found out from their mother, three weeks later", None),
        (D, "Len Hatherley", "Bridget was the most talented person I ever managed, and the hardest to manage,",
            None),
        (D, "Len Hatherley", "I don\u2019t think she has ever understood what it did to Nell.", None),
        (D, "Owen Pryce", "People want a villain in this story, and they\u2019ve picked Bridget,", None),
        (D, "Owen Pryce", "What I heard in this room was two people who still finish each other\u2019s lines.",
            None),
        (S, None, "Travelodge Hymns,", None),
        (D, "Nell Calloway", "Six dates. Small rooms,", None),
        (D, "Nell Calloway", "And if anybody gets on a plane, we both get on it.", None),
        (D, "Bridget Calloway", "That\u2019s fair,", None),
    ],
    "actors": [
        actor("Nell Calloway", "person", title="singer, one half of the Calloway Sisters",
              affiliation="the Calloway Sisters (folk duo)", aliases=["Nell Calloway", "Nell"], stance=0),
        actor("Bridget Calloway", "person", title="singer, one half of the Calloway Sisters",
              affiliation="the Calloway Sisters (folk duo)", aliases=["Bridget Calloway", "Bridget"], stance=1),
        actor("Len Hatherley", "person", title="former manager of the duo, booking agent in Nashville",
              aliases=["Len Hatherley", "Hatherley"], stance=-1),
        actor("Owen Pryce", "person", title="producer of the new album", aliases=["Owen Pryce", "Pryce"],
              stance=1),
    ],
}


def main() -> None:
    write_all(ARTICLES)


if __name__ == "__main__":
    main()
