"""Build the test72 gold files (data/eval/test72/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor of data/eval/build_gold.py,
write_all of data/eval/write_gold.py): each quote is given by its exact text and, when that text occurs
more than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test72/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test72.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test72"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Montel News energy trade press (Gazprom cuts TurkStream flows to Hungary and Serbia for "maintenance"),
#    headline with a straight single fragment naming Gazprom (partial for Gazprom), "Author:"/"Published:"
#    lines, "Reporting:"/"Editing:" tail, straight quotes, British punctuation outside closing marks, "EUR/MWh",
#    "m cm/d", Hungarian and Serbian diacritics. Lede "after Gazprom said A"; content before "according to
#    data from Hungarian grid operator FGSZ"; "Montel data shows" (the outlet's own data, not annotated);
#    scare so-called "TurkStream premium"; Gazprom "said the works were "..." and would last "..."" (two
#    partials), "the company added"; deputy minister "told the Interfax news agency that Moscow remained a
#    "..." to countries that "..."" (two partials); "Traders were sceptical" (no speech); anonymous trader,
#    quote split by "told Montel"; ministry "said it had been informed ... "..." and that B" (partial plus
#    indirect); Srbijagas director "said A", "Ristić said"; Commission "said it was "..."", spokesperson
#    "added that the episode was "..." of why ..." (partial only); analyst "said A", "she said", "She added
#    that A".
ARTICLES[f"{BATCH}/turkstream-flows-cut-hungary.gold.json"] = {
    "article": f"{BATCH}/turkstream-flows-cut-hungary.txt",
    "target": "Russia",
    "quotes": [
        (P, "Gazprom", "maintenance", "'maintenance'"),
        (I, "Gazprom", "it would carry out unscheduled maintenance at the Russkaya compressor station on the Black Sea "
            "coast", None),
        (I, "FGSZ", "Nominations at the Kiskundorozsma entry point on the Serbian-Hungarian border dropped to 28m cm/d "
            "from 47m cm/d on Thursday", None),
        (S, None, "TurkStream premium", None),
        (P, "Gazprom", "necessary to ensure the reliable operation of the system during the heating season", None),
        (P, "Gazprom", "up to five days", None),
        (D, "Gazprom", "Gazprom fulfils all its contractual obligations to its partners in full,", None),
        (P, "Pavel Dronov", "reliable supplier", None),
        (P, "Pavel Dronov", "pursue a sovereign energy policy", None),
        (D, "one Budapest-based trader", "Nobody in the market believes this is about a compressor,", None),
        (D, "one Budapest-based trader", "It's a message, and the timing is not an accident.", None),
        (P, "Ministry of Energy", "at very short notice", None),
        (I, "Ministry of Energy", "storage sites, currently 78% full, would cover any shortfall", None),
        (I, "Neboj\u0161a Risti\u0107", "deliveries to Serbian customers had not been affected", None),
        (D, "Neboj\u0161a Risti\u0107", "Our Russian partners informed us in advance, as they always do. Russia has "
            "never let Serbia down,", None),
        (P, "European Commission", "closely monitoring", None),
        (P, "European Commission", "yet another reminder", None),
        (I, "Aleksandra Nowak", "the volumes at stake were small for the wider European market but significant for "
            "Hungary, which still imports around 80% of its gas from Russia", None),
        (D, "Aleksandra Nowak", "If the flows are back by Wednesday, this will be forgotten by Christmas. If not, "
            "Budapest has a real problem,", None),
        (I, "Aleksandra Nowak", "TTF had barely reacted, rising 1.5% to EUR 38.20/MWh", None),
    ],
    "actors": [
        actor("Gazprom", "organisation", title="Russian state gas company", affiliation="Russia",
              aliases=["Gazprom"], stance=1),
        actor("FGSZ", "organisation", title="Hungarian grid operator", affiliation="Hungary", aliases=["FGSZ"],
              stance=None),
        actor("Pavel Dronov", "person", title="Russian deputy energy minister", affiliation="Russia",
              aliases=["Pavel Dronov", "Dronov"], stance=1),
        actor("one Budapest-based trader", "person", title="anonymous gas trader", affiliation="Budapest",
              aliases=["one Budapest-based trader"], stance=-1),
        actor("Ministry of Energy", "government", title="energy ministry", affiliation="Hungary",
              aliases=["Ministry of Energy"], stance=0),
        actor("Neboj\u0161a Risti\u0107", "person", title="general director", affiliation="Srbijagas",
              aliases=["Neboj\u0161a Risti\u0107", "Risti\u0107"], stance=1),
        actor("European Commission", "organisation", title="EU executive",
              aliases=["European Commission", "Commission"], stance=-1),
        actor("Aleksandra Nowak", "person", title="head of gas analysis", affiliation="Kepler Energy Consulting",
              aliases=["Aleksandra Nowak", "Nowak"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Just Style apparel trade press (a UK retailer investigates Cambodian suppliers after a wage report),
#    headline and standfirst without speech, "By ... | 2 December 2026" line, subheads, straight quotes,
#    British punctuation outside closing marks for fragments, spaced en dashes, Khmer names family name first
#    (Lim Sophea, Chea Sreymom). Lede without a cue; report "said A and that B" (one span, the NGO); quote
#    before "said Lim Sophea, the GWRC researcher who ..."; "Lim Sophea said A"; "She said ... practices –
#    including ... – had left factories with "..."" (partial only); company "said it took the allegations
#    "..." and that it had appointed ..." (partial plus indirect), "the statement said"; "disputed ...,
#    saying A" (participial cue); director "told Just Style A", "she said"; scare "Fair Price" commitment;
#    union president "said A", "she said"; ministry "told Just Style A"; GMAC "said the report "..." factories
#    that ..." (partial only).
ARTICLES[f"{BATCH}/verano-cambodia-supplier-wages.gold.json"] = {
    "article": f"{BATCH}/verano-cambodia-supplier-wages.txt",
    "target": "Verano Apparel Group",
    "quotes": [
        (I, "Garment Workers Rights Centre", "workers at the four factories had routinely been made to work unpaid "
            "overtime during peak production periods and that at least 600 workers laid off in 2025 had received "
            "less than half the severance due under Cambodian law", None),
        (D, "Lim Sophea", "These are not isolated mistakes. This is a business model in which the cost of Verano's low "
            "prices is paid by the women on the sewing lines,", None),
        (I, "Lim Sophea", "researchers interviewed 212 workers and reviewed payslips provided by 58 of them", None),
        (P, "Lim Sophea", "nowhere to go but the wage bill", None),
        (P, "Verano Apparel Group", "extremely seriously", None),
        (I, "Verano Apparel Group", "it had appointed an independent auditor to visit all four factories before the end "
            "of the year", None),
        (D, "Verano Apparel Group", "Every worker in our supply chain is entitled to be paid in full and on time. Where "
            "we find that has not happened, we will make sure it is put right,", None),
        (I, "Verano Apparel Group", "its prices to Cambodian suppliers had risen in 2026", None),
        (I, "Hannah Brookes", "the company had stopped placing new orders with one of the four factories, Golden Ocean "
            "Garment, in October after earlier audit findings", None),
        (D, "Hannah Brookes", "Walking away is the easy option, and it is usually the worst one for workers. We would "
            "rather stay and fix it,", None),
        (S, None, "Fair Price", None),
        (I, "Chea Sreymom", "many of the laid-off workers had taken loans from microfinance lenders to cover the gap",
            None),
        (D, "Chea Sreymom", "Verano must pay what is owed, not just send auditors,", None),
        (I, "Ministry of Labour and Vocational Training", "it would send inspectors to all four factories", None),
        (P, "Garment Manufacturers Association in Cambodia", "unfairly singles out", None),
    ],
    "actors": [
        actor("Garment Workers Rights Centre", "organisation", title="labour rights group", affiliation="Phnom Penh",
              aliases=["Garment Workers Rights Centre", "GWRC"], stance=-1),
        actor("Lim Sophea", "person", title="researcher", affiliation="Garment Workers Rights Centre",
              aliases=["Lim Sophea", "Lim"], stance=-1),
        actor("Verano Apparel Group", "organisation", title="UK fashion retailer",
              aliases=["Verano Apparel Group", "Verano"], stance=1),
        actor("Hannah Brookes", "person", title="director of sustainability", affiliation="Verano Apparel Group",
              aliases=["Hannah Brookes", "Brookes"], stance=1),
        actor("Chea Sreymom", "person", title="president", affiliation="Cambodian Alliance of Garment Unions",
              aliases=["Chea Sreymom", "Chea"], stance=-1),
        actor("Ministry of Labour and Vocational Training", "government", title="labour ministry",
              affiliation="Cambodia", aliases=["Ministry of Labour and Vocational Training"], stance=None),
        actor("Garment Manufacturers Association in Cambodia", "organisation", title="manufacturers' association",
              aliases=["Garment Manufacturers Association in Cambodia", "GMAC"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sunshine Coast Daily sport (a Noosa Olympic swimmer retires after missing selection), headline with a
#    straight single fragment naming the swimmer (partial for her), standfirst without speech, byline and
#    "December 5, 2026 - 4:30PM" lines, capitalised lede opening ("NOOSA"), straight quotes, British
#    punctuation outside closing marks for fragments, caption ending "Picture: Tom Barrett" and "RELATED:"
#    line (not annotated), apostrophes "Sands'" and "parents'"; two Sandses (the swimmer and her mother,
#    Leanne Sands). Lede participial "saying she no longer had "..." needed to ..." (partial only); Instagram
#    quote "she wrote" then a quote-only paragraph; scare "discretionary" picks; "Speaking to the Daily ...,
#    Sands said A", "she said"; Swimming Australia "thanked Sands for her "..." and said selection had been
#    made "..."" (two partials); head coach "said the decision had been "..." of his tenure" (partial only),
#    "Prentice said"; anonymous source "said A"; club coach, quote split by "Hollis said", "Hollis said A";
#    club president "said A, and described her as "..."" (indirect plus partial); mother "said the family was
#    "..." Brooke could ..." (partial only); "Sands said A", "she said with a laugh".
ARTICLES[f"{BATCH}/brooke-sands-retires-swimming.gold.json"] = {
    "article": f"{BATCH}/brooke-sands-retires-swimming.txt",
    "target": "Brooke Sands",
    "quotes": [
        (P, "Brooke Sands", "moved the goalposts", None),
        (P, "Brooke Sands", "the fire or the trust", None),
        (D, "Brooke Sands", "I have given this sport 20 years of 5am alarms, and I don't regret a single one of them,",
            None),
        (D, "Brooke Sands", "But I can't keep chasing a standard when the goalposts keep moving. It's time.", None),
        (S, None, "discretionary", None),
        (I, "Brooke Sands", "she had been told by phone that she was not in the team, hours before it was announced",
            None),
        (D, "Brooke Sands", "Nobody sat down and explained the criteria to me. If they had, maybe I'd feel differently,",
            None),
        (P, "Swimming Australia", "outstanding contribution", None),
        (P, "Swimming Australia", "strictly in accordance with the published policy", None),
        (P, "Gavin Prentice", "one of the hardest", None),
        (D, "Gavin Prentice", "Brooke is a champion person and a champion teammate. I hope she's proud of what she's "
            "done, because she should be,", None),
        (I, "A Swimming Australia source", "Sands' times over the past two seasons had not justified a relay spot",
            None),
        (D, "Mick Hollis", "She's been shafted, plain and simple,", None),
        (D, "Mick Hollis", "She swam a PB at trials and got nothing for it.", None),
        (I, "Mick Hollis", "several other Queensland swimmers had been overlooked in favour of athletes from the NSW and "
            "Victorian high performance centres", None),
        (I, "Kerry Pike", "the club would hold a farewell event for Sands in January", None),
        (P, "Kerry Pike", "the best thing that ever happened to this pool", None),
        (P, "Leanne Sands", "just relieved", None),
        (I, "Brooke Sands", "she would start a physiotherapy degree at UniSC in February", None),
        (D, "Brooke Sands", "I'll still be in the water at 5am. Just for fun this time,", None),
    ],
    "actors": [
        actor("Brooke Sands", "person", title="Olympic swimmer", affiliation="Noosa Swimming Club",
              aliases=["Brooke Sands", "Sands", "Brooke"], stance=1),
        actor("Swimming Australia", "organisation", title="national swimming body",
              aliases=["Swimming Australia"], stance=0),
        actor("Gavin Prentice", "person", title="National head coach", affiliation="Swimming Australia",
              aliases=["Gavin Prentice", "Prentice"], stance=1),
        actor("A Swimming Australia source", "person", title="anonymous source", affiliation="Swimming Australia",
              aliases=["A Swimming Australia source"], stance=-1),
        actor("Mick Hollis", "person", title="coach", affiliation="Noosa Swimming Club",
              aliases=["Mick Hollis", "Hollis"], stance=1),
        actor("Kerry Pike", "person", title="president", affiliation="Noosa Swimming Club",
              aliases=["Kerry Pike", "Pike"], stance=1),
        actor("Leanne Sands", "person", title="mother of Brooke Sands",
              aliases=["Leanne Sands", "Sands"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Michigan Daily (student newspaper) campus politics (the University finalizes rules on campus
#    demonstrations), headline without speech, byline, "Daily Staff Reporter" and "Published ..." lines,
#    straight quotes, American punctuation inside closing marks, student descriptors ("a Public Policy
#    senior", "An LSA junior"), "Jan. 5", "Dec. 14", reach-out line and contact tagline (not annotated).
#    Lede content before "the University said in a statement"; spokesperson "said the policy was designed to
#    "..."" (partial only), "Ostrowski wrote"; scare "time, place and manner"; CSG president "called the
#    policy "..." and said A" (partial plus indirect), quote split by "Mehta said in an interview with The
#    Daily"; professor "said A", "Weiss said the ... provision was her "..."" (partial only), "she said"; regent
#    "said A", "Tull said"; ACLU "said in a letter ... that parts ... were "..." and that B" (partial plus
#    indirect); anonymous junior "said many students saw the policy as "..." at ..." (partial only); GEO
#    "said in an Instagram post that A".
ARTICLES[f"{BATCH}/umich-demonstration-policy.gold.json"] = {
    "article": f"{BATCH}/umich-demonstration-policy.txt",
    "target": "University of Michigan",
    "quotes": [
        (I, "University of Michigan", "The University of Michigan will require student organizations to register "
            "outdoor demonstrations at least 48 hours in advance and will ban overnight structures on the Diag under "
            "a revised Standard Practice Guide policy finalized Tuesday", None),
        (P, "Kay Ostrowski", "protect free expression while ensuring that the University can continue to function.",
            None),
        (D, "Kay Ostrowski", "Nothing in this policy restricts what anyone can say. It addresses when, where and how "
            "events take place,", None),
        (S, None, "time, place and manner", None),
        (P, "Arjun Mehta", "a solution in search of a problem", None),
        (I, "Arjun Mehta", "CSG had not been meaningfully consulted", None),
        (D, "Arjun Mehta", "We sat in two listening sessions in September, and then we saw the final text on Tuesday "
            "like everybody else,", None),
        (D, "Arjun Mehta", "That's not consultation. That's notification.", None),
        (I, "Hannah Weiss", "the faculty senate would consider a resolution opposing the policy at its meeting on "
            "Dec. 14", None),
        (P, "Hannah Weiss", "greatest concern.", None),
        (D, "Hannah Weiss", "Suspending a student before they've had a hearing turns due process upside down,", None),
        (I, "Marcus Tull", "he supported the policy", None),
        (D, "Marcus Tull", "Students have every right to protest. Other students have every right to get to class,",
            None),
        (P, "ACLU of Michigan", "likely unconstitutional", None),
        (I, "ACLU of Michigan", "it was reviewing its legal options", None),
        (P, "An LSA junior", "aimed squarely", None),
        (I, "Graduate Employees' Organization", "it would file a grievance arguing the policy violates its contract",
            None),
    ],
    "actors": [
        actor("University of Michigan", "organisation", title="university",
              aliases=["University of Michigan", "University"], stance=1),
        actor("Kay Ostrowski", "person", title="University spokesperson", affiliation="University of Michigan",
              aliases=["Kay Ostrowski", "Ostrowski"], stance=1),
        actor("Arjun Mehta", "person", title="Central Student Government President",
              affiliation="Central Student Government", aliases=["Arjun Mehta", "Mehta"], stance=-1),
        actor("Hannah Weiss", "person", title="chair of the Senate Advisory Committee on University Affairs",
              affiliation="University of Michigan", aliases=["Hannah Weiss", "Weiss"], stance=-1),
        actor("Marcus Tull", "person", title="Regent", affiliation="University of Michigan Board of Regents",
              aliases=["Marcus Tull", "Tull"], stance=1),
        actor("ACLU of Michigan", "organisation", title="civil liberties group", aliases=["ACLU of Michigan"],
              stance=-1),
        actor("An LSA junior", "person", title="anonymous student", affiliation="University of Michigan",
              aliases=["An LSA junior"], stance=-1),
        actor("Graduate Employees' Organization", "organisation", title="graduate student union",
              aliases=["Graduate Employees' Organization"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
