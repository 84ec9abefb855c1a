"""Build the dev118 gold files (data/eval/dev118/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev118/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev118.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev118"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Sudan Tribune diplomacy/defence (Sudan and Russia sign a revised Red Sea naval facility deal), headline
#    without speech, "December 3, 2026 (PORT SUDAN) –" dateline, straight " and apostrophes, "(ST)" sign-off.
#    Lede content before "the Sudanese foreign ministry said"; minister's quote with "Babiker told reporters";
#    Russian deputy minister "said the facility would be used for the "..." of ... and that B" (partial plus
#    indirect), then "he added"; embassy "said in a statement that the agreement opened "..." in ..." (partial
#    only); opposition spokesman introduced by apposition, "said the agreement had been signed by "..."" (partial
#    only), quote with lower-case "al-Tayeb told Sudan Tribune"; anonymous official "said A", "the official
#    said"; State Department spokesperson with two fragments; researcher "said A", "Osman said"; scare
#    so-called "Look East" policy; content before "according to the Ministry of Trade and Supply".
ARTICLES[f"{BATCH}/port-sudan-russian-naval-deal.gold.json"] = {
    "article": f"{BATCH}/port-sudan-russian-naval-deal.txt",
    "target": "Russia",
    "quotes": [
        (I, "Sudanese foreign ministry", "Sudan and Russia on Wednesday signed a revised agreement allowing the Russian "
            "navy to operate a logistics facility on the Red Sea coast north of Port Sudan for 25 years", None),
        (D, "Omer Siddig Babiker", "This agreement serves the interests of the Sudanese people first. It does not "
            "target any third country, and it does not compromise our sovereignty over a single metre of our coast,",
            None),
        (P, "Alexei Bystrov", "repair, resupply and rest", None),
        (I, "Alexei Bystrov", "no more than 300 personnel would be stationed there at any time", None),
        (D, "Alexei Bystrov", "Russia has always stood with Sudan, in the Security Council and outside it. We do not "
            "forget our friends when times are hard,", None),
        (P, "Russian embassy", "a new page", None),
        (P, "Mahmoud al-Tayeb", "an unelected authority with no mandate to lease Sudan's coast to anyone", None),
        (D, "Mahmoud al-Tayeb", "Foreign bases are not built for the benefit of the host. In a few years, Sudanese will "
            "be asking who gave away Flamingo Bay and for what,", None),
        (I, "senior Sudanese military official", "Moscow had agreed to supply air defence systems and spare parts for "
            "the army's ageing fleet of Soviet-made helicopters as part of the package", None),
        (D, "senior Sudanese military official", "The Russians have delivered when others refused to sell us even a "
            "bullet,", None),
        (P, "State Department spokesperson", "deeply concerned", None),
        (P, "State Department spokesperson", "project military power", None),
        (I, "Amani Osman", "the authorities were using the deal to gain leverage with the Gulf states and with Western "
            "capitals", None),
        (D, "Amani Osman", "It is a card on the table. Whether Russian warships actually dock at Flamingo Bay next year "
            "is a different question,", None),
        (S, None, "Look East", None),
        (I, "Ministry of Trade and Supply", "Russia is also Sudan's second-largest supplier of wheat", None),
    ],
    "actors": [
        actor("Sudanese foreign ministry", "government", title="foreign ministry", affiliation="Sudan",
              aliases=["Sudanese foreign ministry", "foreign ministry"], stance=1),
        actor("Omer Siddig Babiker", "person", title="Foreign Minister", affiliation="Sudan",
              aliases=["Omer Siddig Babiker", "Babiker", "Foreign Minister"], stance=1),
        actor("Alexei Bystrov", "person", title="Deputy Defence Minister", affiliation="Russia",
              aliases=["Alexei Bystrov", "Bystrov"], stance=1),
        actor("Russian embassy", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy"], stance=1),
        actor("Mahmoud al-Tayeb", "person", title="spokesman", affiliation="Civilian Democratic Alliance",
              aliases=["Mahmoud al-Tayeb", "al-Tayeb"], stance=-1),
        actor("senior Sudanese military official", "person", title="anonymous military official", affiliation="Sudan",
              aliases=["senior Sudanese military official", "the official"], stance=1),
        actor("State Department spokesperson", "person", title="spokesperson", affiliation="U.S. State Department",
              aliases=["State Department spokesperson"], stance=-1),
        actor("Amani Osman", "person", title="researcher", affiliation="Sudan Centre for Strategic Studies",
              aliases=["Amani Osman", "Osman"], stance=0),
        actor("Ministry of Trade and Supply", "government", title="trade ministry", affiliation="Sudan",
              aliases=["Ministry of Trade and Supply"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Oxford Mail local transport (Oxford Bus Company axes evening services to villages), headline with a
#    British straight single fragment "Parish council says villagers 'cut adrift' ...", standfirst without
#    speech, byline and "Reporter" and "5th December 2026" lines, lede in capitals (EVENING), straight " in the
#    body, British punctuation outside the marks. Company "confirmed on Thursday that A, with B" (one span), "The
#    company said A and because B" (one span); director "said: "...""; "READ MORE:" lines; parish council
#    "said in a statement that residents had been left "..." by a decision taken "..."" (two partials); chairman
#    introduced by apposition "Its chairman, Terry Rose," (surname a common word) "said A", then "he said" and a
#    quote-only paragraph; nurse "said: "...""; scare "Bus Back Better" programme; cabinet member "Cllr Miles
#    Bird" (another common word) "said A but that B" (one span), quote with "Mr Bird said"; company spokeswoman
#    with two fragments (partials only).
ARTICLES[f"{BATCH}/horspath-bus-cuts-oxford.gold.json"] = {
    "article": f"{BATCH}/horspath-bus-cuts-oxford.txt",
    "target": "Oxford Bus Company",
    "quotes": [
        (P, "Horspath Parish Council", "cut adrift", "'cut adrift'"),
        (I, "Oxford Bus Company", "the last journeys on routes 7A and 46 would leave the city centre at 6.40pm from "
            "January 11, with Sunday services on the 46 withdrawn altogether", None),
        (I, "Oxford Bus Company", "the changes were needed because the evening buses were carrying an average of fewer "
            "than four passengers per trip and because its costs had risen by more than a fifth since 2023", None),
        (D, "Phil Sands", "Nobody at Oxford Bus Company wants to take services away from people. But we cannot keep "
            "running buses that are empty for most of their journey, and the funding that has supported these routes "
            "ends in December.", None),
        (P, "Horspath Parish Council", "cut adrift", "left \"cut adrift\""),
        (P, "Horspath Parish Council", "without a single conversation with the villages affected", None),
        (I, "Terry Rose", "about 40 people in the village relied on the evening buses to get home from work, many of "
            "them shift workers at the city's hospitals and the Cowley car plant", None),
        (D, "Terry Rose", "If you finish a late shift at the John Radcliffe, you're now looking at a £25 taxi or an "
            "hour's walk along an unlit road,", None),
        (D, "Terry Rose", "That's not a choice. That's being told to stay at home.", None),
        (D, "Kasia Wróbel", "I chose my flat because the bus went past the door. I don't drive. I honestly don't know "
            "what I'm going to do in January.", None),
        (S, None, "Bus Back Better", None),
        (I, "Miles Bird", "the authority had offered the company £60,000 to keep the evening services running until "
            "April but that the offer had been turned down", None),
        (D, "Miles Bird", "We put money on the table. I'm disappointed it wasn't enough, and I'd ask the company to "
            "think again,", None),
        (P, "spokeswoman for Oxford Bus Company", "less than half", None),
        (P, "spokeswoman for Oxford Bus Company", "open to talks", None),
    ],
    "actors": [
        actor("Horspath Parish Council", "organisation", title="parish council",
              aliases=["Horspath Parish Council", "Parish council"], stance=-1),
        actor("Oxford Bus Company", "organisation", title="bus operator",
              aliases=["Oxford Bus Company", "the company"], stance=1),
        actor("Phil Sands", "person", title="Operations director", affiliation="Oxford Bus Company",
              aliases=["Phil Sands", "Sands"], stance=1),
        actor("Terry Rose", "person", title="parish council chairman", affiliation="Horspath Parish Council",
              aliases=["Terry Rose", "Rose"], stance=-1),
        actor("Kasia Wróbel", "person", title="nurse, Wheatley resident", aliases=["Kasia Wróbel", "Wróbel"],
              stance=-1),
        actor("Miles Bird", "person", title="cabinet member for transport", affiliation="Oxfordshire County Council",
              aliases=["Miles Bird", "Bird", "Mr Bird"], stance=-1),
        actor("spokeswoman for Oxford Bus Company", "person", title="spokeswoman", affiliation="Oxford Bus Company",
              aliases=["spokeswoman for Oxford Bus Company"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Global News (Canada) health/politics (B.C.'s health minister defends his record as rural ER closures hit
#    a record), headline without speech, "By ...  Global News", "Posted"/"Updated" lines, "WATCH:" line, curly
#    “ ” and ’, North American punctuation inside the closing mark. Lede content before "according to figures
#    compiled by the BC Conservatives"; minister "said Thursday the closures were "..." but insisted A" (partial
#    plus indirect), "Sandhu said: "..."", Q&A "Asked whether ..., he replied: "...""; critic "said the minister
#    had "..."" (partial only), quote with "McAllister said"; doctors' president "said rural physicians were
#    "..." and that B" (partial plus indirect); resident introduced by "For Darlene Hutchings, ...", then "The
#    Clearwater resident, 61, said A", quote split by "Hutchings said"; health authority "said in a statement
#    that closures were a "..." and that B"; scare so-called "rural retention incentive,"; premier's office
#    fragment; "— with files from The Canadian Press".
ARTICLES[f"{BATCH}/bc-rural-er-closures-sandhu.gold.json"] = {
    "article": f"{BATCH}/bc-rural-er-closures-sandhu.txt",
    "target": "Raj Sandhu",
    "quotes": [
        (I, "BC Conservatives", "Emergency departments in rural British Columbia were closed for a combined 1,900 hours "
            "in November, the highest monthly total on record", None),
        (P, "Raj Sandhu", "unacceptable", None),
        (I, "Raj Sandhu", "the province had hired more than 300 internationally trained nurses since the spring", None),
        (D, "Raj Sandhu", "I’m not going to stand here and tell you that everything is fine. It isn’t. But we are not "
            "going to fix a staffing shortage that took 20 years to build in 20 months.", None),
        (D, "Raj Sandhu", "No. I’m going to do my job.", None),
        (P, "Lorne McAllister", "run out of excuses.", None),
        (D, "Lorne McAllister", "Every week there’s a new community learning that its ER will be dark on the weekend. "
            "People in Merritt and Clearwater are driving two hours with a sick child,", None),
        (P, "Anita Ghosh", "exhausted", None),
        (I, "Anita Ghosh", "many were considering leaving the province for Alberta", None),
        (I, "Darlene Hutchings", "the local ER was closed on the night in October when her husband woke up with chest "
            "pains", None),
        (D, "Darlene Hutchings", "We drove to Kamloops in the dark, him holding his chest the whole way,", None),
        (D, "Darlene Hutchings", "The minister keeps saying help is coming. When?", None),
        (P, "Interior Health", "last resort", None),
        (I, "Interior Health", "it gave communities as much notice as possible", None),
        (S, None, "rural retention incentive,", None),
        (P, "premier’s office", "full confidence.", None),
    ],
    "actors": [
        actor("BC Conservatives", "organisation", title="Official Opposition party",
              aliases=["BC Conservatives"], stance=-1),
        actor("Raj Sandhu", "person", title="Health Minister", affiliation="Government of British Columbia",
              aliases=["Raj Sandhu", "Sandhu", "Health Minister"], stance=1),
        actor("Lorne McAllister", "person", title="Conservative health critic", affiliation="BC Conservatives",
              aliases=["Lorne McAllister", "McAllister"], stance=-1),
        actor("Anita Ghosh", "person", title="president", affiliation="Doctors of BC",
              aliases=["Anita Ghosh", "Ghosh", "Dr. Anita Ghosh"], stance=-1),
        actor("Darlene Hutchings", "person", title="Clearwater resident, 61",
              aliases=["Darlene Hutchings", "Hutchings", "The Clearwater resident"], stance=-1),
        actor("Interior Health", "organisation", title="regional health authority", aliases=["Interior Health"],
              stance=0),
        actor("premier’s office", "government", title="Premier's office", affiliation="Government of British Columbia",
              aliases=["premier’s office"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Sacramento Bee courts (a federal jury awards $9.4 million over a death in the county jail), headline
#    without speech, byline and "Updated December 2, 2026 5:37 PM" lines, straight " and apostrophes, nested
#    straight single 'refused insulin' inside a juror's quote. Lede "finding that ..." (a verdict, not speech);
#    family "said in its lawsuit that A, and that nurses logged him as "..." ..." (indirect plus partial);
#    attorney's quote with "said Sanjay Kohli, an attorney for the family, outside the courthouse", then an open
#    paragraph and a closed one-line paragraph (three directs); the mother, Loretta Ashby (shares the surname
#    of the man who died), "told reporters afterward that she had sat through ... because she wanted the
#    deputies "..."" (partial only), then "she said"; Sheriff's Office "said in a statement that A and that it
#    had made "..." to ..." (indirect plus partial); spokesman "said A"; County Counsel spokeswoman "said A and
#    had not decided ..." (one span); content before "according to a 2025 report by the county's inspector
#    general"; county lawyer "told jurors A and that B "..."" (indirect plus partial), quote split by "she
#    said"; anonymous juror "said A", then "she said".
ARTICLES[f"{BATCH}/jail-death-verdict-sheriff.gold.json"] = {
    "article": f"{BATCH}/jail-death-verdict-sheriff.txt",
    "target": "Sacramento County Sheriff's Office",
    "quotes": [
        (I, "Ashby's family", "jail staff ignored his repeated requests for insulin", None),
        (P, "Ashby's family", "refusing", None),
        (D, "Sanjay Kohli", "This verdict says what the Sheriff's Office has refused to say for three years: that "
            "Terrell did not have to die,", None),
        (D, "Sanjay Kohli", "He asked for help. He asked his cellmate to ask for help. He asked a deputy, and a nurse, "
            "and another deputy. Every one of those requests is in the jail's own records.", None),
        (D, "Sanjay Kohli", "Nobody came.", None),
        (P, "Loretta Ashby", "to look at me.", None),
        (D, "Loretta Ashby", "My son was not a number. He was a father, and he was funny, and he was sick, and they knew "
            "he was sick,", None),
        (I, "Sacramento County Sheriff's Office", "it respected the jury's decision", None),
        (P, "Sacramento County Sheriff's Office", "significant changes", None),
        (I, "Rodney Poe", "the office would not comment further because the case could still be appealed", None),
        (I, "spokeswoman for the Sacramento County Counsel's Office", "county attorneys were reviewing the verdict and "
            "had not decided whether to seek a new trial", None),
        (I, "county's inspector general", "The county has paid more than $30 million since 2018 to settle claims over "
            "deaths and injuries in its two jails", None),
        (I, "Amy Lee-Harmon", "the deputies had followed jail policy", None),
        (P, "Amy Lee-Harmon", "suddenly and unpredictably.", None),
        (D, "Amy Lee-Harmon", "Hindsight is a powerful thing,", None),
        (D, "Amy Lee-Harmon", "These officers did not have it.", None),
        (I, "One juror", "the jail's own logs had decided the case for her", None),
        (D, "One juror", "When you see 'refused insulin' written down an hour after the man begged for it, you can't "
            "unsee that,", None),
    ],
    "actors": [
        actor("Ashby's family", "group", title="plaintiffs", aliases=["Ashby's family", "the family"], stance=-1),
        actor("Sanjay Kohli", "person", title="attorney for the family", aliases=["Sanjay Kohli", "Kohli"], stance=-1),
        actor("Loretta Ashby", "person", title="mother of Terrell Ashby", aliases=["Loretta Ashby"], stance=-1),
        actor("Sacramento County Sheriff's Office", "government", title="sheriff's department",
              aliases=["Sacramento County Sheriff's Office", "Sheriff's Office"], stance=1),
        actor("Rodney Poe", "person", title="department spokesman", affiliation="Sacramento County Sheriff's Office",
              aliases=["Rodney Poe", "Poe", "Sgt. Rodney Poe"], stance=None),
        actor("spokeswoman for the Sacramento County Counsel's Office", "person", title="spokeswoman",
              affiliation="Sacramento County Counsel's Office",
              aliases=["spokeswoman for the Sacramento County Counsel's Office"], stance=0),
        actor("county's inspector general", "government", title="inspector general", affiliation="Sacramento County",
              aliases=["county's inspector general", "inspector general"], stance=-1),
        actor("Amy Lee-Harmon", "person", title="Deputy County Counsel", affiliation="Sacramento County",
              aliases=["Amy Lee-Harmon", "Lee-Harmon"], stance=1),
        actor("One juror", "person", title="anonymous juror, retired state worker", aliases=["One juror"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
