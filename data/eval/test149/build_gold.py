"""Build the test149 gold files (data/eval/test149/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev201/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test149/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test149.
Standard library only. Held out: do not read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test149"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Kenya News Agency (KNA) agriculture (farmers queue for days for subsidised fertiliser at a cereals
#    board depot), headline "Farmers ... decry delays" (no quote marks: not annotated), byline, dateline
#    "KITALE, Kenya, Dec 3 (KNA) -", straight " and apostrophes, "Sh500", "Mr."/"Ms."/"Dr."; group "Farmers who
#    spoke to KNA at the Kitale depot said A"; quote before "said Mary Nasimiyu, a maize farmer from ...", then
#    a quote-only paragraph; "She said A"; depot manager "attributed the delays to ... (act), noting that A"
#    (indirect), quote with "Chebii stated"; scare so-called "ghost farmers"; county official "described the
#    distribution ... as "..." and said A" (partial plus indirect); association chairman (name first,
#    apposition after) "said A", "he said"; "He urged the government to ..." (directive); "According to the
#    Ministry of Agriculture, A"; principal secretary "told KNA in a phone interview that A", quote with
#    "Koech said".
ARTICLES[f"{BATCH}/trans-nzoia-fertiliser-queues-ncpb.gold.json"] = {
    "article": f"{BATCH}/trans-nzoia-fertiliser-queues-ncpb.txt",
    "target": "National Cereals and Produce Board",
    "quotes": [
        (I, "Farmers who spoke to KNA at the Kitale depot", "the depot had been receiving fewer than 3,000 bags a day "
            "against a demand of more than 10,000", None),
        (D, "Mary Nasimiyu", "I came here on Monday morning and I am still here. We sleep on the sacks outside because "
            "if you leave the line you lose your place,", None),
        (D, "Mary Nasimiyu", "My neighbour paid a man Sh500 to keep her place in the line. Those of us who have no "
            "money just wait.", None),
        (I, "Mary Nasimiyu", "the delay meant she would plant at least two weeks late, which would reduce her harvest",
            None),
        (I, "Wilson Chebii", "eight trucks carrying 40,000 bags had arrived at the depot on Tuesday evening", None),
        (D, "Wilson Chebii", "We are serving farmers day and night. By the end of this week every farmer who has "
            "registered on the e-voucher system will have received their allocation,", None),
        (S, None, "ghost farmers", None),
        (P, "Phanice Wekesa", "chaotic", None),
        (I, "Phanice Wekesa", "the county government had written to the Ministry of Agriculture asking for an "
            "additional 100,000 bags for the county", None),
        (I, "Daniel Wanyonyi", "farmers had been promised the fertiliser by the end of September", None),
        (D, "Daniel Wanyonyi", "Every year it is the same story. The fertiliser comes when the rain has already "
            "started, and the officials at NCPB behave as if they are doing us a favour,", None),
        (I, "Ministry of Agriculture", "1.2 million bags of subsidised fertiliser have been distributed across the "
            "country since September at Sh2,500 per 50-kilogramme bag", None),
        (I, "Amos Koech", "the ministry was investigating reports that some depot staff in the North Rift were selling "
            "subsidised fertiliser to traders at night", None),
        (D, "Amos Koech", "Any officer found selling government fertiliser to middlemen will be dealt with firmly, and "
            "that includes the managers who look the other way,", None),
    ],
    "actors": [
        actor("Farmers who spoke to KNA at the Kitale depot", "group", title="farmers", affiliation=None,
              aliases=["Farmers who spoke to KNA at the Kitale depot"], stance=-1),
        actor("Mary Nasimiyu", "person", title="maize farmer", affiliation=None,
              aliases=["Mary Nasimiyu", "Nasimiyu"], stance=-1),
        actor("Wilson Chebii", "person", title="NCPB Depot Manager, Kitale (Mr.)",
              affiliation="National Cereals and Produce Board",
              aliases=["Wilson Chebii", "Mr. Wilson Chebii", "Chebii"], stance=1),
        actor("Phanice Wekesa", "person", title="County Executive Committee Member for Agriculture (Ms.)",
              affiliation="Trans Nzoia County", aliases=["Phanice Wekesa", "Ms. Phanice Wekesa", "Wekesa"],
              stance=-1),
        actor("Daniel Wanyonyi", "person", title="chairman", affiliation="North Rift Cereal Growers Association",
              aliases=["Daniel Wanyonyi", "Wanyonyi"], stance=-1),
        actor("Ministry of Agriculture", "government", title="ministry", affiliation="Kenya",
              aliases=["Ministry of Agriculture"], stance=0),
        actor("Amos Koech", "person", title="Agriculture Principal Secretary (Dr.)",
              affiliation="Ministry of Agriculture", aliases=["Amos Koech", "Dr. Amos Koech", "Koech"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. PACNEWS (Pacific Islands News Association) regional wire, fisheries/diplomacy (Pacific states press
#    China's longline fleet at the tuna commission), headline "Pacific nations press China ..." (no speech),
#    dateline "NUKU'ALOFA, 03 DECEMBER 2026 (PACNEWS) ---" (apostrophe inside the place name), straight " and
#    apostrophes, "percent", "SOURCE: PACNEWS/PACNEWS" line; lede without speech; "According to the
#    Commission's draft compliance monitoring report, A"; scare so-called "flag-hopping" ("The draft report
#    also lists ...": no proposition); director-general "told delegates the figures were "..."" (partial
#    only), quote with "Manu said", "He said A"; delegation head (apposition "The head of China's delegation,
#    Wang Lihua,", surname first) "said most of the cases ... had been "..." that ..." (partial only), quote
#    with "Wang told PACNEWS ..."; minister "said small island states could not afford to "..." with ..."
#    (partial only), then a quote with "he said", a paragraph ending without a closing mark and a closed
#    quote-only paragraph; campaigner "said the Commission had "..." and that B" (partial plus indirect);
#    PNA "said in a statement that A".
ARTICLES[f"{BATCH}/wcpfc-tonga-china-longline-compliance.gold.json"] = {
    "article": f"{BATCH}/wcpfc-tonga-china-longline-compliance.txt",
    "target": "China",
    "quotes": [
        (I, "Western and Central Pacific Fisheries Commission", "Chinese-flagged longliners accounted for 41 of the 96 "
            "potential infringements recorded in 2025, most of them involving late or missing catch reports", None),
        (S, None, "flag-hopping", None),
        (P, "Lisiate Manu", "not acceptable for any flag state, large or small", None),
        (D, "Lisiate Manu", "Our members have built one of the most transparent fisheries in the world. We expect every "
            "fleet that profits from these waters to meet the same standard,", None),
        (I, "Lisiate Manu", "FFA members would push for 100 percent observer coverage on longliners operating on the "
            "high seas by 2028", None),
        (P, "Wang Lihua", "administrative errors", None),
        (D, "Wang Lihua", "China takes its obligations under the Convention very seriously. Our vessels carry "
            "electronic monitoring, and we have suspended the licences of three companies this year,", None),
        (P, "Talafou Ielemia", "subsidise the mistakes of big fleets", None),
        (D, "Talafou Ielemia", "For Tuvalu, tuna is not a business. It is our hospital, our school, our roads,", None),
        (D, "Talafou Ielemia", "When a vessel does not report its catch, it is taking money out of the pockets of our "
            "children.", None),
        (D, "Talafou Ielemia", "We are not against China. We are against anyone who does not play by the rules.",
            None),
        (P, "Losaline Taufa", "run out of excuses", None),
        (I, "Losaline Taufa", "observer coverage on longliners in the region had been below five percent for more than "
            "a decade", None),
        (I, "Parties to the Nauru Agreement", "its members had earned a record US$612 million from the sale of fishing "
            "days to purse seine vessels in 2025", None),
    ],
    "actors": [
        actor("Western and Central Pacific Fisheries Commission", "organisation", title="regional fisheries commission",
              affiliation=None, aliases=["Western and Central Pacific Fisheries Commission", "WCPFC", "Commission"],
              stance=0),
        actor("Lisiate Manu", "person", title="Director-General", affiliation="Forum Fisheries Agency",
              aliases=["Lisiate Manu", "Manu"], stance=-1),
        actor("Wang Lihua", "person", title="head of delegation", affiliation="China",
              aliases=["Wang Lihua", "Wang"], stance=1),
        actor("Talafou Ielemia", "person", title="Minister for Fisheries and Trade", affiliation="Tuvalu",
              aliases=["Talafou Ielemia", "Ielemia"], stance=-1),
        actor("Losaline Taufa", "person", title="oceans campaigner", affiliation="Greenpeace Australia Pacific",
              aliases=["Losaline Taufa", "Taufa"], stance=None),
        actor("Parties to the Nauru Agreement", "organisation", title="fisheries bloc", affiliation=None,
              aliases=["Parties to the Nauru Agreement", "PNA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Drum (marketing trade press) advertising (a bank drops its creative agency after a campaign
#    backlash), headline with a curly single fragment "Mallory & Finch ‘deeply sorry’ as ...", standfirst
#    without speech, "By NAME | date" line, curly “ ” and ’ in the body, "£14m", British punctuation outside
#    closing marks for fragments; lede "drew hundreds of complaints" (not speech); bank "confirmed the move in
#    a statement to The Drum ..., saying it had “...” to ... and that the campaign “...”" (two partials);
#    group "Sources close to the account told The Drum that A"; scare so-called “money mindset”; agency "said
#    it was “...” for ... and that B" (partial plus indirect, a second "deeply sorry"); founder "went further"
#    (act), "he wrote"; quote before "said Rachel Ndlovu, strategy director at ..."; anonymous "A former
#    Mallory & Finch employee, who asked not to be named, said A"; regulator "said A and was assessing ..."
#    (one span); charity chief (name first, apposition after) "said: “...”"; "Not everyone thinks ..." (not
#    speech), quote split by present-tense "says new business consultant Tim Ashworth".
ARTICLES[f"{BATCH}/harlow-bank-drops-mallory-finch.gold.json"] = {
    "article": f"{BATCH}/harlow-bank-drops-mallory-finch.txt",
    "target": "Mallory & Finch",
    "quotes": [
        (P, "Mallory & Finch", "deeply sorry", "Mallory & Finch ‘"),
        (P, "Harlow Bank", "listened carefully", None),
        (P, "Harlow Bank", "did not reflect who we are", None),
        (I, "Sources close to the account", "the bank’s own marketing team had signed off the ads, including the "
            "television spot, before they went live", None),
        (S, None, "money mindset", None),
        (P, "Mallory & Finch", "deeply sorry", "In a statement posted on LinkedIn"),
        (I, "Mallory & Finch", "it would review how its campaigns were tested with audiences before launch", None),
        (D, "Oliver Finch", "We made something clever when we should have made something kind. That’s on me, not on my "
            "team,", None),
        (D, "Rachel Ndlovu", "Every agency in London has had a near miss like this. The difference is that most of "
            "them had a planner in the room asking who might get hurt,", None),
        (I, "former Mallory & Finch employee", "the agency had cut its research and planning team from nine people to "
            "two during 2025", None),
        (I, "Advertising Standards Authority", "it had received 312 complaints about the ads and was assessing whether "
            "to launch a formal investigation", None),
        (D, "Sandra Kowalczyk", "People in debt are not bad at choosing. They are out of choices. It’s good that the "
            "bank listened, but this should never have got past the first meeting.", None),
        (D, "Tim Ashworth", "Losing Harlow is painful but survivable,", None),
        (D, "Tim Ashworth", "Mallory & Finch still has one of the strongest creative reputations in the country, and "
            "clients have short memories.", None),
    ],
    "actors": [
        actor("Mallory & Finch", "organisation", title="creative agency", affiliation=None,
              aliases=["Mallory & Finch"], stance=0),
        actor("Harlow Bank", "organisation", title="bank (former client)", affiliation=None,
              aliases=["Harlow Bank", "The bank"], stance=-1),
        actor("Sources close to the account", "group", title="sources (anonymous)", affiliation=None,
              aliases=["Sources close to the account"], stance=1),
        actor("Oliver Finch", "person", title="founder and chief creative officer", affiliation="Mallory & Finch",
              aliases=["Oliver Finch", "Finch"], stance=0),
        actor("Rachel Ndlovu", "person", title="strategy director", affiliation="Northlight",
              aliases=["Rachel Ndlovu", "Ndlovu"], stance=-1),
        actor("former Mallory & Finch employee", "person", title="former employee (anonymous)",
              affiliation="Mallory & Finch", aliases=["former Mallory & Finch employee"], stance=-1),
        actor("Advertising Standards Authority", "government", title="advertising regulator", affiliation="UK",
              aliases=["Advertising Standards Authority"], stance=None),
        actor("Sandra Kowalczyk", "person", title="chief executive", affiliation="Money Lifeline",
              aliases=["Sandra Kowalczyk", "Kowalczyk"], stance=-1),
        actor("Tim Ashworth", "person", title="new business consultant", affiliation=None,
              aliases=["Tim Ashworth", "Ashworth"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. AFP (Agence France-Presse) culture (a Belgian museum delays the return of a royal mask claimed by DR
#    Congo), headline "..., angering Kinshasa" (no speech), dateline "Brussels (AFP) -", straight " and
#    apostrophes, US punctuation inside closing marks for full quotes; lede "said Wednesday it would not
#    return ... until ..., a decision Kinshasa called "..."" (indirect for the museum, partial for the
#    country); quote before "the museum's director, Lieve Vandamme, told AFP"; "She said A"; minister "said in
#    a statement that Belgium had already recognised ... "..." and that further study was "..."" (two partials),
#    quote before "Mbuyi Kalala told reporters in Kinshasa" (two-word surname); secretary of state "said A,
#    and that she wanted the process to move "..."" (indirect plus partial); scare so-called "provenance
#    backlog"; "held a silent protest" (act), group "Protesters said A and that B" (one span); quote before
#    "said Grace Mavinga, 34, a nurse who ...", then a paragraph ending without a closing mark and a closed
#    quote-only paragraph; historian "said the records showed the mask had been "..." during ..." (partial
#    only), "he said"; "According to the museum, A".
ARTICLES[f"{BATCH}/africamuseum-pende-mask-restitution.gold.json"] = {
    "article": f"{BATCH}/africamuseum-pende-mask-restitution.txt",
    "target": "AfricaMuseum",
    "quotes": [
        (I, "AfricaMuseum", "it would not return a 19th-century royal mask claimed by the Democratic Republic of Congo "
            "until a study of how it was acquired is completed", None),
        (P, "Democratic Republic of Congo", "a humiliation", None),
        (D, "Lieve Vandamme", "We are not saying no. We are saying that a decision of this importance must rest on solid "
            "research, not on emotion,", None),
        (I, "Lieve Vandamme", "a team of Belgian and Congolese researchers would present its findings by June 2027",
            None),
        (P, "Jean-Pierre Mbuyi Kalala", "in a context of colonial violence", None),
        (P, "Jean-Pierre Mbuyi Kalala", "a way of buying time", None),
        (D, "Jean-Pierre Mbuyi Kalala", "This mask was not bought. It was taken from a village that had just been "
            "punished by colonial troops. Everybody knows it, including in Tervuren,", None),
        (I, "Hanne Peeters", "the government respected the museum's scientific independence", None),
        (P, "Hanne Peeters", "as fast as possible", None),
        (S, None, "provenance backlog", None),
        (I, "Protesters", "the mask belonged to living communities in Kwilu province and that it should be returned "
            "before Christmas", None),
        (D, "Grace Mavinga", "My grandmother told me stories about this mask when I was a child in Gungu. I have only "
            "ever seen it behind glass in Belgium,", None),
        (D, "Grace Mavinga", "That is the whole story of colonialism, in one sentence.", None),
        (D, "Grace Mavinga", "We do not want another study. We want it home.", None),
        (P, "Pieter Claes", "requisitioned", None),
        (D, "Pieter Claes", "The museum has had those documents for ninety years,", None),
        (I, "AfricaMuseum", "84 objects have been formally transferred to Congolese ownership since 2023, although most "
            "remain in Tervuren at Kinshasa's request while a storage facility is built", None),
    ],
    "actors": [
        actor("AfricaMuseum", "organisation", title="museum (Tervuren)", affiliation="Belgium",
              aliases=["AfricaMuseum", "the museum"], stance=1),
        actor("Democratic Republic of Congo", "country", title="country", affiliation=None,
              aliases=["Democratic Republic of Congo", "Kinshasa", "Congo"], stance=-1),
        actor("Lieve Vandamme", "person", title="director", affiliation="AfricaMuseum",
              aliases=["Lieve Vandamme", "Vandamme"], stance=1),
        actor("Jean-Pierre Mbuyi Kalala", "person", title="Culture Minister", affiliation="Democratic Republic of Congo",
              aliases=["Jean-Pierre Mbuyi Kalala", "Mbuyi Kalala"], stance=-1),
        actor("Hanne Peeters", "person", title="Secretary of State for Science Policy", affiliation="Belgium",
              aliases=["Hanne Peeters", "Peeters"], stance=0),
        actor("Protesters", "group", title="members of the Congolese community in Belgium", affiliation=None,
              aliases=["Protesters"], stance=-1),
        actor("Grace Mavinga", "person", title="nurse, protest organiser, 34", affiliation=None,
              aliases=["Grace Mavinga", "Mavinga"], stance=-1),
        actor("Pieter Claes", "person", title="historian", affiliation="Ghent University",
              aliases=["Pieter Claes", "Claes"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
