"""Build the test13 gold files (data/eval/test13/*.gold.json) from the annotation specs below.

test13 is a HELD-OUT batch: do not read these articles or specs while tuning the extractor.

Same approach as data/eval/dev35/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test13/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test13.  Standard library only.
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
# 1. Daily Nation (Kenya) county politics (a county assembly impeaches its governor over an
#    ambulance tender), "By NAME" byline, no dateline, straight quotes and apostrophes (motion's,
#    Ndung'u, county's, anyone's), punctuation inside closing marks, "Mr"/"Dr" without a point,
#    "Sh312 million". Headline and lede without speech (the impeachment is action). Majority leader
#    "told the House that A" (indirect), then a quote split by "said Mr Ndung'u, the MCA for ...",
#    resumed; "He said A, and that B" (one span). Scare so-called "ghost ambulances". Governor
#    "dismissed the impeachment as "..."" (partial only); his statement "the governor said in a
#    statement read to journalists ... by his communications director, X" (the governor speaks; the
#    reader is only mentioned); "He said A and that the rest had been held up by "..."" (indirect for
#    A plus the partial). Minority leader "said A" then "she said". Group "Health workers in the
#    county said A"; union branch secretary "said A", then "he said". Anti-corruption commission
#    spokesperson "said ... that A and that ... "..."" (indirect plus partial). Anonymous MCA
#    ("One MCA who voted for the motion, speaking on condition of anonymity ..., said A"). Speaker
#    "said A". "residents were divided" is not speech; trader named after her quote.
ARTICLES["data/eval/test13/nyandarua-governor-wambugu-impeached-ambulances.gold.json"] = {
    "article": "data/eval/test13/nyandarua-governor-wambugu-impeached-ambulances.txt",
    "target": "Peter Wambugu",
    "quotes": [
        (I, "Joseph Ndung'u", "the county had paid a Nairobi-based supplier Sh312 million in two instalments last year "
            "without a single vehicle reaching its hospitals", None),
        (D, "Joseph Ndung'u", "We have visited every sub-county hospital. We have asked the health department to show "
            "us one ambulance, just one,", None),
        (D, "Joseph Ndung'u", "They could not.", None),
        (I, "Joseph Ndung'u", "the governor had personally approved the second payment despite a written warning from "
            "the county's head of supply chain management, and that the assembly's health committee had been denied "
            "the tender documents for four months", None),
        (S, None, "ghost ambulances", None),
        (P, "Peter Wambugu", "a political lynching", None),
        (D, "Peter Wambugu", "I have nothing to hide. Every shilling in that contract was paid according to the law, "
            "and I will prove it before the senators,", None),
        (I, "Peter Wambugu", "the supplier had delivered six of the vehicles to a holding yard in Nairobi", None),
        (P, "Peter Wambugu", "customs delays beyond anyone's control.", None),
        (I, "Mary Kariuki", "the assembly had rushed the motion through in a single afternoon without giving the "
            "governor a chance to answer the charges", None),
        (D, "Mary Kariuki", "This was not about ambulances. This was about 2027,", None),
        (I, "Health workers", "the shortage of ambulances had cost lives", None),
        (I, "Samuel Kibet", "patients referred from remote wards were being taken to hospital in pick-ups and on "
            "motorcycles", None),
        (D, "Samuel Kibet", "Last month we lost a mother in labour at Ndaragwa because there was no vehicle to bring "
            "her to the referral hospital. The money was there. The ambulances were not,", None),
        (I, "spokesperson for the commission", "detectives had recorded statements from 23 county officials", None),
        (P, "spokesperson for the commission", "in due course.", None),
        (I, "MCA who voted for the motion", "several members had been offered money by people close to the governor "
            "to stay away from Tuesday's sitting", None),
        (I, "Daniel Kuria", "the resolution would be forwarded to the Speaker of the Senate by Thursday", None),
        (D, "Jane Muthoni", "Wambugu built the new market in Ol Kalou and tarmacked our roads. Now they want to punish "
            "him for working,", None),
    ],
    "actors": [
        actor("Joseph Ndung'u", "person", title="Majority Leader, MCA for Kiriita ward (mover of the motion)",
              affiliation="Nyandarua County Assembly", aliases=["Joseph Ndung'u", "Ndung'u", "Mr Ndung'u"], stance=-1),
        actor("Peter Wambugu", "person", title="Governor of Nyandarua", affiliation="Nyandarua County",
              aliases=["Peter Wambugu", "Wambugu", "Mr Wambugu", "the governor"], stance=1),
        actor("Mary Kariuki", "person", title="Minority Leader", affiliation="Nyandarua County Assembly",
              aliases=["Mary Kariuki", "Kariuki"], stance=1),
        actor("Health workers", "group", title="health workers in Nyandarua county", aliases=["Health workers"],
              stance=-1),
        actor("Samuel Kibet", "person", title="county branch secretary",
              affiliation="Kenya Medical Practitioners, Pharmacists and Dentists Union",
              aliases=["Samuel Kibet", "Kibet"], stance=-1),
        actor("spokesperson for the commission", "person", title="anonymous commission spokesperson",
              affiliation="Ethics and Anti-Corruption Commission", aliases=["spokesperson for the commission"],
              stance=0),
        actor("MCA who voted for the motion", "person", title="anonymous member of the county assembly",
              affiliation="Nyandarua County Assembly", aliases=["MCA who voted for the motion"], stance=-1),
        actor("Daniel Kuria", "person", title="County Assembly Speaker", affiliation="Nyandarua County Assembly",
              aliases=["Daniel Kuria", "Kuria"], stance=None),
        actor("Jane Muthoni", "person", title="vegetable trader, Ol Kalou", aliases=["Jane Muthoni", "Muthoni"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. CBC News (Canada) business (the Competition Bureau moves to block a veterinary chain's
#    takeover), headline and deck without speech, byline line "NAME · CBC News · Posted: ...",
#    straight quotes and apostrophes (Canada's, can't, that's, didn't, Labrador's), punctuation
#    inside closing marks, Canadian spelling (labour, neighbourhood), "per cent", "Dr.", em dashes.
#    Lede participial "arguing A" (the bureau). Market-share figures before "according to the
#    bureau". "the bureau said the merger was likely to "..." and that B" (partial plus indirect).
#    Deputy commissioner named after the first stretch ("X, the bureau's ..., told CBC News"), then a
#    quote-only paragraph (continuity). Company "said it would "vigorously" contest ..." (partial
#    only). CEO "said A, and that B" (one span), then a quote "Sauvé said in an interview from
#    Calgary". Founder of the target's seller "said she was "..."" (partial only), "She said A",
#    then "she said". "Not everyone in the profession sees it that way." is not speech. Independent
#    vet "said A", "he said". Scare so-called "roll-up" strategy. Pet owner "said A", "she said".
#    Lawyer named after the first stretch ("said X, a competition lawyer ..."), resumed.
ARTICLES["data/eval/test13/maplecrest-prairie-paws-vet-merger-challenge.gold.json"] = {
    "article": "data/eval/test13/maplecrest-prairie-paws-vet-merger-challenge.txt",
    "target": "Maplecrest Veterinary Partners",
    "quotes": [
        (I, "Competition Bureau", "the deal would leave pet owners in Regina and Saskatoon with fewer choices and "
            "higher bills", None),
        (I, "Competition Bureau", "Together, the two would own about 58 per cent of general-practice clinics in "
            "Regina and 61 per cent in Saskatoon", None),
        (P, "Competition Bureau", "substantially lessen or prevent competition", None),
        (I, "Competition Bureau", "Maplecrest had raised prices by as much as 25 per cent at clinics it bought in "
            "Alberta, within two years of taking them over", None),
        (D, "Anne-Marie Leblanc", "Pet owners can't shop around the way they might for a new phone. When your dog is "
            "sick at 10 p.m., you go to the clinic that's open and close by,", None),
        (D, "Anne-Marie Leblanc", "If one company owns most of those clinics, there's nobody left to keep prices "
            "honest.", None),
        (P, "Maplecrest Veterinary Partners", "vigorously", None),
        (I, "Derek Sauvé", "the company had invested more than $40 million in equipment and staff at the clinics it "
            "acquired, and that the bureau's price figures ignored rising drug and labour costs across the industry",
            None),
        (D, "Derek Sauvé", "We didn't buy these clinics to squeeze them. We bought them because the owners wanted to "
            "retire and nobody else was lining up,", None),
        (P, "Lorraine Beaudry", "disappointed and frankly surprised", None),
        (I, "Lorraine Beaudry", "she had spent two years looking for a buyer in Saskatchewan before agreeing to the "
            "sale", None),
        (D, "Lorraine Beaudry", "I'm 67. I have vets who have worked for me for 20 years, and I wanted to know they'd "
            "still have jobs,", None),
        (I, "Ravi Sandhu", "corporate owners had already changed how veterinary medicine was practised in the city, "
            "with monthly targets for diagnostic tests and a steady loss of experienced staff", None),
        (D, "Ravi Sandhu", "When a vet is told how many blood panels to run in a month, that's not medicine anymore,",
            None),
        (S, None, "roll-up", None),
        (I, "Colleen Fraser", "the cost of her Labrador's annual checkup and vaccines at a Maplecrest clinic had risen "
            "to $412 this year from $268 in 2022", None),
        (D, "Colleen Fraser", "Nobody explained it. The sign changed, and then the bill changed,", None),
        (D, "Jordan Pelletier", "The most likely outcome is that Maplecrest agrees to sell a handful of clinics in each "
            "city and the deal goes ahead,", None),
        (D, "Jordan Pelletier", "The bureau knows that, and so does the company.", None),
    ],
    "actors": [
        actor("Competition Bureau", "government", title="federal competition regulator", affiliation="Canada",
              aliases=["Competition Bureau", "the bureau"], stance=-1),
        actor("Anne-Marie Leblanc", "person", title="senior deputy commissioner of mergers",
              affiliation="Competition Bureau", aliases=["Anne-Marie Leblanc", "Leblanc"], stance=-1),
        actor("Maplecrest Veterinary Partners", "organisation", title="Calgary-based veterinary chain (the buyer)",
              aliases=["Maplecrest Veterinary Partners", "Maplecrest", "the company"], stance=1),
        actor("Derek Sauvé", "person", title="chief executive", affiliation="Maplecrest Veterinary Partners",
              aliases=["Derek Sauvé", "Sauvé"], stance=1),
        actor("Lorraine Beaudry", "person", title="veterinarian, founder of Prairie Paws Animal Hospitals (the seller)",
              affiliation="Prairie Paws Animal Hospitals", aliases=["Lorraine Beaudry", "Beaudry"], stance=1),
        actor("Ravi Sandhu", "person", title="veterinarian, independent clinic owner (Regina)",
              aliases=["Ravi Sandhu", "Sandhu"], stance=-1),
        actor("Colleen Fraser", "person", title="pet owner (Saskatoon)", aliases=["Colleen Fraser", "Fraser"],
              stance=-1),
        actor("Jordan Pelletier", "person", title="competition lawyer (Toronto), not involved in the case",
              aliases=["Jordan Pelletier", "Pelletier"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Straits Times (Singapore) court report (a money mule jailed), byline and "Court
#    Correspondent" lines, dateline "SINGAPORE –", curly “ ” and ’ apostrophes (months’, victims’,
#    grandson’s, don’t), fragment punctuation outside the marks, "DPP", "$" figures. Headline and
#    lede without speech (the sentence is the court's action). Figures before "Deputy Public
#    Prosecutor X told the court". Scare so-called “money mules”. Recruitment paragraph is the
#    writer's narrative (no cue). "In asking for ... jail, DPP Goh said Tan had “...” to ... and that
#    B" (partial plus indirect; the request itself is not annotated); quote "said the prosecutor";
#    "He added that A". Defence "said her client had been under “...” after ..., and that B" (partial
#    plus indirect), "she said", "She asked for ... (not annotated), noting that A". Victim "said in a
#    victim impact statement that A", then "she wrote". Judge "said he accepted that A, but that the
#    harm ... was “...”" (indirect plus partial), "the judge said". Police statement "said that A",
#    then "the police said". Criminologist "said A", "she said". Closing line without speech.
ARTICLES["data/eval/test13/money-mule-delivery-rider-jailed-singpass.gold.json"] = {
    "article": "data/eval/test13/money-mule-delivery-rider-jailed-singpass.txt",
    "target": "Ryan Tan Wei Jie",
    "quotes": [
        (I, "Nicholas Goh", "More than $186,000 belonging to 23 scam victims passed through the accounts of Ryan Tan "
            "Wei Jie, 24, over seven weeks in 2024", None),
        (S, None, "money mules", None),
        (P, "Nicholas Goh", "knowingly lent himself", None),
        (I, "Nicholas Goh", "he had carried on even after one of his accounts was frozen by the bank", None),
        (D, "Nicholas Goh", "The accused was not a naive victim of this syndicate. He was paid for every account he "
            "handed over, and when the bank froze one of them, he simply opened another,", None),
        (I, "Nicholas Goh", "without people willing to rent out their accounts, syndicates based overseas would have "
            "no way of moving their victims\u2019 money out of Singapore", None),
        (P, "Priya Nair", "enormous financial pressure", None),
        (I, "Priya Nair", "he had not understood the scale of the fraud", None),
        (D, "Priya Nair", "He believed he was lending his accounts to an online gaming business. By the time he "
            "realised what the money was, he was in too deep and too frightened to go to the police,", None),
        (I, "Priya Nair", "Tan had voluntarily handed over the $1,500 he was paid", None),
        (I, "71-year-old retiree", "she no longer answered calls from numbers she did not recognise", None),
        (D, "71-year-old retiree", "I was saving that money for my grandson\u2019s university fees. Whoever let them "
            "use his bank account helped them take it, and I hope he understands that,", None),
        (I, "Marcus Lee", "he accepted that Tan was not the mastermind of the scheme", None),
        (P, "Marcus Lee", "substantial and largely irrecoverable", None),
        (D, "Marcus Lee", "People who sell their accounts may tell themselves they are not hurting anyone. Every "
            "dollar that passed through these accounts belonged to someone who trusted the wrong message,", None),
        (I, "police", "6,420 people had been investigated for suspected money mule activities in the first nine "
            "months of 2025, up from about 4,900 in the same period in 2024", None),
        (D, "police", "Those who give up control of their bank accounts or Singpass credentials are not helping a "
            "friend or earning easy money. They are helping criminals,", None),
        (I, "Chen Mei Ling", "mules were increasingly being recruited among young people with debts, often through "
            "job advertisements on social media", None),
        (D, "Chen Mei Ling", "They are told it is a loan of their account, not a crime. Many of them don\u2019t read "
            "the fine print until the police knock on their door,", None),
    ],
    "actors": [
        actor("Nicholas Goh", "person", title="Deputy Public Prosecutor", affiliation="Attorney-General's Chambers",
              aliases=["Nicholas Goh", "Goh", "DPP Goh", "the prosecutor"], stance=-1),
        actor("Priya Nair", "person", title="defence lawyer", aliases=["Priya Nair", "Nair"], stance=1),
        actor("71-year-old retiree", "person", title="anonymous scam victim (victim impact statement)",
              aliases=["71-year-old retiree"], stance=-1),
        actor("Marcus Lee", "person", title="District Judge", affiliation="State Courts",
              aliases=["Marcus Lee", "Lee", "the judge"], stance=-1),
        actor("police", "government", title="Singapore Police Force", affiliation="Singapore",
              aliases=["police", "the police"], stance=-1),
        actor("Chen Mei Ling", "person", title="associate professor, criminologist",
              affiliation="National University of Singapore", aliases=["Chen Mei Ling", "Chen"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. RNZ (New Zealand) local health/community (a district council votes to fluoridate its water
#    under a government directive), headline with curly single ‘ ’, standfirst without speech,
#    byline "NAME, Reporter" and a time/date line, curly “ ” in the body, ’ apostrophes (town’s,
#    residents’, doesn’t, I’m, It’s), "percent", "Dr" without a point, "1 March". Headline fragment
#    "Safe water group says council ‘caved in’" -> the society (the headline names it by
#    description; the body's “caved in” is a separate partial). Scare “community water
#    fluoridation” (the Act's term in the writer's sentence). Mayor "said A", then "he told RNZ",
#    then "Petersen said A". Ministry statement "said A, and that B" (one span; "it welcomed ..." is
#    reported content under "said"). Society "said the council had “...” to Wellington, and that B"
#    (partial plus indirect); spokesperson named after the first stretch, resumed. Councillor "said
#    A", "he said". Medical officer named after a long apposition ("Health New Zealand’s medical
#    officer of health for the region, Dr X, said A"), "she said". Dentist "said A", "Dr Faleolo
#    said". Security paragraph is the writer's. Anonymous staff member "said A", then "they said".
ARTICLES["data/eval/test13/whenuarau-council-fluoridation-vote.gold.json"] = {
    "article": "data/eval/test13/whenuarau-council-fluoridation-vote.txt",
    "target": "Whenuarau District Council",
    "quotes": [
        (P, "Whenuarau Safe Water Society", "caved in", "Safe water group says"),
        (S, None, "community water fluoridation", None),
        (I, "Graham Petersen", "councillors had little choice once the court had ruled", None),
        (D, "Graham Petersen", "Whatever any of us think about fluoride, this is now the law, and a council "
            "doesn\u2019t get to pick which laws it follows,", None),
        (I, "Graham Petersen", "the $1.3 million cost of the plant would be largely covered by a government subsidy",
            None),
        (I, "Ministry of Health", "it welcomed the council\u2019s decision, and that councils which failed to comply "
            "with a directive could be fined up to $200,000", None),
        (P, "Whenuarau Safe Water Society", "caved in", "said the council had"),
        (I, "Whenuarau Safe Water Society", "it had ignored the 2019 referendum, in which 61 percent of voters "
            "rejected fluoridation", None),
        (D, "Raewyn Holloway", "People in this town voted, and nobody from the council or the ministry has ever "
            "explained why that vote doesn\u2019t count,", None),
        (D, "Raewyn Holloway", "We will be looking at every option, including an appeal.", None),
        (I, "Tama Ruawai", "he had received more than 300 emails from residents in the past fortnight, nearly all of "
            "them opposed", None),
        (D, "Tama Ruawai", "I\u2019m not a scientist and I don\u2019t pretend to be one. But I was elected to listen "
            "to the people of this ward, and they\u2019ve been very clear,", None),
        (I, "Anjali Mehta", "children in the Whenuarau district had about 40 percent more decayed, missing or filled "
            "teeth than children in fluoridated parts of the region", None),
        (D, "Anjali Mehta", "Fluoride at these levels is safe. It is one of the most effective things we can do for "
            "children\u2019s teeth, and it works whether or not a family can afford a dentist,", None),
        (I, "Michael Faleolo", "he regularly referred children as young as four to hospital to have teeth removed "
            "under general anaesthetic", None),
        (D, "Michael Faleolo", "Parents are doing their best. This helps them,", None),
        (I, "council staff member", "several staff had received abusive messages and phone calls since the vote was "
            "scheduled", None),
        (D, "council staff member", "It\u2019s been ugly. A couple of people have been followed to their cars,", None),
    ],
    "actors": [
        actor("Whenuarau Safe Water Society", "organisation", title="residents' group opposed to fluoridation",
              aliases=["Whenuarau Safe Water Society", "Safe water group"], stance=-1),
        actor("Graham Petersen", "person", title="Mayor", affiliation="Whenuarau District Council",
              aliases=["Graham Petersen", "Petersen"], stance=1),
        actor("Ministry of Health", "government", title="New Zealand Ministry of Health", affiliation="New Zealand",
              aliases=["Ministry of Health", "the ministry"], stance=1),
        actor("Raewyn Holloway", "person", title="society spokesperson", affiliation="Whenuarau Safe Water Society",
              aliases=["Raewyn Holloway", "Holloway"], stance=-1),
        actor("Tama Ruawai", "person", title="Councillor (voted against)", affiliation="Whenuarau District Council",
              aliases=["Tama Ruawai", "Ruawai"], stance=-1),
        actor("Anjali Mehta", "person", title="medical officer of health for the region",
              affiliation="Health New Zealand", aliases=["Anjali Mehta", "Mehta"], stance=1),
        actor("Michael Faleolo", "person", title="local dentist (22 years in the town)",
              aliases=["Michael Faleolo", "Faleolo", "Dr Faleolo"], stance=1),
        actor("council staff member", "person", title="anonymous council employee",
              affiliation="Whenuarau District Council", aliases=["council staff member"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
