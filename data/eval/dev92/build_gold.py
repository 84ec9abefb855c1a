"""Build the dev92 gold files (data/eval/dev92/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev92/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev92.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev92"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. High North News (Arctic/security news, Bodø) Barents Sea (Russia's Northern Fleet closes a firing zone over
#    Norwegian cod grounds), headline without speech, standfirst `Norwegian fishers call it "a hostile act".`
#    (partial for the group it names), `By NAME` and `4 March 2027, 11:42` lines, caption with `(Photo: NAME)`, a
#    subhead without speech, straight `"` and apostrophes, Norwegian names and places; lede content before
#    `, according to a navigational warning relayed by the Norwegian Coastal Administration on Tuesday`; union
#    official named after the quote with a long relative clause (`said Svein Arne Hætta, who heads ...`), `Hætta
#    said A`; ministry `said it was aware of the notice and was "..."` (indirect plus partial); state secretary
#    `told High North News that A, but that ... were "..."` (indirect plus partial); embassy `described the
#    exercises as "..." of ... and said the warnings had been issued "..."` (two partials), then `the embassy wrote`;
#    Rosrybolovstvo `told Interfax that A and that the closure "..."` (indirect plus partial); scare so-called
#    `"bastion defence"`; researcher `said A and that B` (one span), then `he said`; anonymous coast guard officer;
#    skipper named after the quote.
ARTICLES[f"{BATCH}/russia-barents-firing-zone-norwegian-trawlers.gold.json"] = {
    "article": f"{BATCH}/russia-barents-firing-zone-norwegian-trawlers.txt",
    "target": "Russia",
    "quotes": [
        (P, "Norwegian fishers", "a hostile act", None),
        (I, "Norwegian Coastal Administration", "Russia's Northern Fleet has closed an area of roughly 42,000 square "
            "kilometres in the international waters of the Barents Sea for missile and artillery firing from 10 March "
            "to 28 April", None),
        (D, "Svein Arne Hætta", "This is the middle of the main season. For some of our boats, half of the winter's "
            "income comes from these grounds,", None),
        (I, "Svein Arne Hætta", "several vessels had already been told by Russian border guard ships to leave the "
            "area over the weekend, even though the closure formally begins next week", None),
        (I, "Norwegian Ministry of Foreign Affairs", "it was aware of the notice", None),
        (P, "Norwegian Ministry of Foreign Affairs", "following the situation closely", None),
        (I, "Mari Lyngstad", "Russia had the right to conduct exercises in international waters", None),
        (P, "Mari Lyngstad", "difficult to understand", None),
        (D, "Mari Lyngstad", "We expect Russia to respect the rights of Norwegian fishers and to keep any closures to "
            "what is strictly necessary,", None),
        (P, "Russian Embassy in Oslo", "planned routine activities", None),
        (P, "Russian Embassy in Oslo", "in full accordance with international practice", None),
        (D, "Russian Embassy in Oslo", "Nobody is forcing Norwegian vessels into danger. The coordinates have been "
            "public for a week,", None),
        (I, "Federal Agency for Fishery", "Russian trawlers would also have to avoid the area", None),
        (P, "Federal Agency for Fishery", "is not directed against anyone", None),
        (S, None, "bastion defence", None),
        (I, "Torbjørn Eide", "this year's zone was larger than in previous years and that its placement in the middle "
            "of the cod season was unlikely to be a coincidence", None),
        (D, "Torbjørn Eide", "Moscow is sending a signal to Oslo, about Svalbard and about NATO. The fishers are the "
            "ones who pay for it,", None),
        (I, "Norwegian Coast Guard officer", "two Russian frigates and a supply ship had been observed inside the zone "
            "since Sunday", None),
        (D, "Roy Jakobsen", "We fished here all through the Cold War. I have never seen the Russians close so much of "
            "the sea at once,", None),
    ],
    "actors": [
        actor("Norwegian fishers", "group", affiliation="Norway", aliases=["Norwegian fishers"], stance=-1),
        actor("Norwegian Coastal Administration", "government", affiliation="Norway",
              aliases=["Norwegian Coastal Administration"], stance=0),
        actor("Svein Arne Hætta", "person", title="head of the Finnmark branch",
              affiliation="Norwegian Fishermen's Association", aliases=["Svein Arne Hætta", "Hætta"], stance=-1),
        actor("Norwegian Ministry of Foreign Affairs", "government", affiliation="Norway",
              aliases=["Norwegian Ministry of Foreign Affairs"], stance=0),
        actor("Mari Lyngstad", "person", title="State Secretary", affiliation="Norwegian Ministry of Foreign Affairs",
              aliases=["Mari Lyngstad", "Lyngstad"], stance=-1),
        actor("Russian Embassy in Oslo", "government", affiliation="Russia",
              aliases=["Russian Embassy in Oslo", "the embassy"], stance=1),
        actor("Federal Agency for Fishery", "government", affiliation="Russia",
              aliases=["Federal Agency for Fishery", "Rosrybolovstvo"], stance=1),
        actor("Torbjørn Eide", "person", title="senior researcher", affiliation="Fridtjof Nansen Institute",
              aliases=["Torbjørn Eide", "Eide"], stance=-1),
        actor("Norwegian Coast Guard officer", "person", title="coast guard officer (anonymous)",
              affiliation="Norwegian Coast Guard", aliases=["Norwegian Coast Guard officer"], stance=0),
        actor("Roy Jakobsen", "person", title="skipper", affiliation="Havbris (Båtsfjord)",
              aliases=["Roy Jakobsen", "Jakobsen"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Fierce Pharma (pharma trade press) regulatory (an FDA complete response letter for a biotech's lupus drug over a
#    contract plant), headline without speech, `By NAME` and `Mar 4, 2027 8:40am` lines, a tag line, straight `"`
#    and apostrophes, trade jargon (`CRL`, `fill-finish`, `BLA`, `phase 3`); lede content before `, the company said
#    in a Monday release`; content before `, according to Calverin`; CEO with title before the name after the quote
#    (`CEO Dana Whitcomb said on a conference call ...`), quote split across two sentences; `Whitcomb said A`; scare
#    so-called `"Class 2"` resubmission; Q&A `Asked whether ..., Whitcomb replied: "..."`; shared surname: CFO Anil
#    Patel `told analysts the company had ... "..." even with the delay, and that B` (partial plus indirect) and
#    analyst Meera Patel `called the CRL "..." and said A` (partial plus indirect), then `Meera Patel wrote`;
#    anonymous former reviewer; content before `, a spokesperson for the agency said`; a patient group's statement;
#    content before `, according to its latest filing` (the filing speaks for the company).
ARTICLES[f"{BATCH}/calverin-lupus-drug-fda-rejection.gold.json"] = {
    "article": f"{BATCH}/calverin-lupus-drug-fda-rejection.txt",
    "target": "Calverin Therapeutics",
    "quotes": [
        (I, "Calverin Therapeutics", "The FDA has issued a complete response letter (CRL) for the Boston biotech's "
            "lupus candidate telavimab, citing observations from a pre-approval inspection at a contract fill-finish "
            "facility in Italy", None),
        (I, "Calverin Therapeutics", "The letter did not raise any concerns about the drug's clinical data or safety",
            None),
        (D, "Dana Whitcomb", "We are disappointed, but we are not discouraged,", None),
        (D, "Dana Whitcomb", "Nothing in this letter touches the science.", None),
        (I, "Dana Whitcomb", "the company plans to resubmit its biologics license application within six months, once "
            "the contract manufacturer, which Calverin did not name, has addressed the agency's findings", None),
        (S, None, "Class 2", None),
        (D, "Dana Whitcomb", "We have a second facility in North Carolina that we can qualify, but switching is not "
            "faster than fixing.", None),
        (P, "Anil Patel", "well into 2029", None),
        (I, "Anil Patel", "it had no plans to tap the markets in the near term", None),
        (P, "Meera Patel", "a frustrating but fixable setback", None),
        (I, "Meera Patel", "she still expects an approval in the first half of 2028", None),
        (D, "Meera Patel", "Manufacturing CRLs tend to get resolved. The problem is that the timing is out of "
            "Calverin's hands for as long as it depends on a third party,", None),
        (I, "former FDA reviewer", "inspection-related rejections had become more common since the agency returned to "
            "a full schedule of foreign pre-approval inspections", None),
        (I, "spokesperson for the agency", "The FDA does not comment on complete response letters", None),
        (D, "Lupus Foundation of America", "We know Calverin is working to fix this quickly, and we hope the FDA will "
            "move just as fast,", None),
        (I, "Calverin Therapeutics", "Calverin had about $780 million in cash and equivalents at the end of December",
            None),
    ],
    "actors": [
        actor("Calverin Therapeutics", "organisation", title="Boston biotech",
              aliases=["Calverin Therapeutics", "Calverin", "the company"], stance=1),
        actor("Dana Whitcomb", "person", title="CEO", affiliation="Calverin Therapeutics",
              aliases=["Dana Whitcomb", "Whitcomb"], stance=1),
        actor("Anil Patel", "person", title="Chief Financial Officer", affiliation="Calverin Therapeutics",
              aliases=["Anil Patel"], stance=1),
        actor("Meera Patel", "person", title="analyst", affiliation="RBC Capital Markets", aliases=["Meera Patel"],
              stance=0),
        actor("former FDA reviewer", "person", title="former FDA reviewer (anonymous)",
              aliases=["former FDA reviewer"], stance=None),
        actor("spokesperson for the agency", "person", title="spokesperson", affiliation="FDA",
              aliases=["spokesperson for the agency"], stance=None),
        actor("Lupus Foundation of America", "organisation", title="patient group",
              aliases=["Lupus Foundation of America"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. RTHK (Radio Television Hong Kong, public broadcaster) English news health (the Hospital Authority chairman's
#    remark about people who "abuse" A&E services), headline with a straight single fragment `HA chief under fire
#    over 'abuse' remark` (partial for the person it names), no byline, straight `"` and apostrophes, `Dr Chan` and
#    `Dr Leung` without a full stop, `A&E`, `HK$400`, `Legco`; lede `after saying that people who "abuse" ... should
#    ...` (partial only); `Speaking on a Commercial Radio programme on Saturday, Dr Chan said A`; `he said`; `He
#    added that the authority would "..."` (partial only); scare so-called `"fees and charges reform"`; panel
#    chairwoman with her title before the name `said Dr Chan's comments were "..." and had caused ...` (partial plus
#    indirect), a question with `she asked`; patient alliance `said A, and that B` (one span); association president
#    in an apposition before the name; government spokesman `said the Health Bureau had "..." to ..., but would
#    study ...` (partial plus indirect); the target defends himself (`said A`, then a quote with `he told reporters`,
#    `He said A`); `According to the authority, A`.
ARTICLES[f"{BATCH}/ha-chairman-emergency-fees-remark.gold.json"] = {
    "article": f"{BATCH}/ha-chairman-emergency-fees-remark.txt",
    "target": "Kenneth Chan",
    "quotes": [
        (P, "Kenneth Chan", "abuse", "HA chief"),
        (P, "Kenneth Chan", "abuse", "people who"),
        (I, "Kenneth Chan", "around a third of patients who attended accident and emergency departments last year had "
            "been classified as non-urgent or semi-urgent", None),
        (D, "Kenneth Chan", "Some people come to A&E because it is cheaper and faster than seeing a private doctor. "
            "That is not what emergency departments are for,", None),
        (P, "Kenneth Chan", "review all options", None),
        (S, None, "fees and charges reform", None),
        (P, "Winnie Kwok", "insensitive", None),
        (I, "Winnie Kwok", "had caused unnecessary anxiety among elderly patients", None),
        (D, "Winnie Kwok", "Many elderly people living alone have no family doctor. When they feel unwell at two in "
            "the morning, where else can they go?", None),
        (I, "Alliance for Patients' Mutual Help Organizations", "it would write to the authority to ask for a meeting, "
            "and that any further increase must come with a stronger fee waiver system for low-income patients and "
            "the chronically ill", None),
        (I, "Leung Ka-ho", "overcrowding at public hospitals was caused mainly by a shortage of staff, not by patients",
            None),
        (D, "Leung Ka-ho", "Frontline doctors see the pressure every night. Blaming patients will not fix the "
            "problem,", None),
        (P, "government spokesman", "no plan at this stage", None),
        (I, "government spokesman", "would study any proposals put forward by the authority", None),
        (I, "Kenneth Chan", "his remarks had been taken out of context", None),
        (D, "Kenneth Chan", "I never said that elderly people abuse the system. I was talking about how we make sure "
            "those who really need emergency care get it first,", None),
        (I, "Kenneth Chan", "the authority's priority remained cutting waiting times at emergency departments", None),
        (I, "Hospital Authority", "its 18 emergency departments handled more than 2.1 million attendances last year, "
            "and the median waiting time for non-urgent patients was about two and a half hours", None),
    ],
    "actors": [
        actor("Kenneth Chan", "person", title="chairman", affiliation="Hospital Authority",
              aliases=["Kenneth Chan", "Dr Chan", "Chan", "HA chief"], stance=1),
        actor("Winnie Kwok", "person", title="Legco health services panel chairwoman", affiliation="Legco",
              aliases=["Winnie Kwok", "Kwok"], stance=-1),
        actor("Alliance for Patients' Mutual Help Organizations", "organisation", title="patient group",
              aliases=["Alliance for Patients' Mutual Help Organizations"], stance=0),
        actor("Leung Ka-ho", "person", title="president", affiliation="Hong Kong Public Doctors' Association",
              aliases=["Leung Ka-ho", "Dr Leung", "Leung"], stance=-1),
        actor("government spokesman", "person", title="spokesman", affiliation="Hong Kong government",
              aliases=["government spokesman"], stance=0),
        actor("Hospital Authority", "organisation", aliases=["Hospital Authority", "the authority"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Jakarta Globe (Indonesian English-language daily) city/transport (the Jakarta administration approves an
#    electronic road pricing charge), headline without speech, author and `March 4, 2027 | 3:12 pm` lines, `Jakarta.`
#    dateline running into the lede, a subhead without speech, straight `"` and apostrophes, `Rp 25,000 ($1.55)`,
#    Indonesian terms in italics-free form (`ojek`, `DPRD`); lede content before `, the head of the city's
#    transportation agency said` (the head, named in the next paragraph); agency head `said A, and that B` (one
#    span), then the given name (`Rudi told reporters`), `He said A`; scare so-called `"odd-even"` policy; `According
#    to data from the transportation agency, A`; association chairman in an apposition `said A`, then `he said`;
#    single-name driver (`Sutrisno`) `said A`, then `he said`; council member `said the administration had pushed
#    the regulation through "..."` (partial only); second member `said ERP was "..." and would B` (partial plus
#    indirect); YLKI `said A, but urged ... to ...` (directive not annotated); `Experts warned that A` (group);
#    expert named after the quote, then the given name (`Dewi added that A`); content before `, according to a
#    TomTom Traffic Index report published in January`.
ARTICLES[f"{BATCH}/jakarta-erp-sudirman-thamrin.gold.json"] = {
    "article": f"{BATCH}/jakarta-erp-sudirman-thamrin.txt",
    "target": "Jakarta administration",
    "quotes": [
        (I, "Rudi Hartono Siregar", "Motorists will have to pay up to Rp 25,000 ($1.55) each time they enter the "
            "Sudirman-Thamrin business corridor during rush hours from July 1 under an electronic road pricing (ERP) "
            "system approved by the Jakarta administration on Tuesday", None),
        (I, "Rudi Hartono Siregar", "the charge would apply from 7 a.m. to 10 a.m. and from 4 p.m. to 8 p.m. on "
            "weekdays, and that only public buses, ambulances, fire engines and police vehicles would be exempt", None),
        (D, "Rudi Hartono Siregar", "We have talked about ERP for almost 20 years. Now the regulation is signed, the "
            "gantries are being installed, and we are ready,", None),
        (I, "Rudi Hartono Siregar", "revenue from the scheme, estimated at Rp 1.2 trillion a year, would be used to "
            "add new TransJakarta routes and buy electric buses", None),
        (S, None, "odd-even", None),
        (I, "Jakarta Transportation Agency", "around 420,000 vehicles enter the corridor on an average weekday, more "
            "than half of them motorcycles", None),
        (I, "Agus Priyanto", "the group would hold a rally in front of City Hall next week if motorcycles were not "
            "exempted", None),
        (D, "Agus Priyanto", "Our members earn maybe Rp 100,000 a day. If they pay Rp 25,000 just to pick up a "
            "passenger on Sudirman, what is left for their families?", None),
        (I, "Sutrisno", "he had not heard about the plan until Tuesday", None),
        (D, "Sutrisno", "I will just avoid Sudirman. Let the passengers walk to the side streets,", None),
        (P, "Hasbiallah Nur", "without enough public consultation", None),
        (P, "Ahmad Fauzi", "long overdue", None),
        (I, "Ahmad Fauzi", "would finally give the city a way to make drivers pay for the congestion they cause", None),
        (I, "Indonesian Consumers Foundation", "it supported the principle of road pricing", None),
        (I, "Experts", "the city's public transport network might not be able to absorb the motorists who leave their "
            "cars at home", None),
        (D, "Dewi Kartikasari", "Road pricing works in Singapore and London because people there have good "
            "alternatives. In Jakarta, the MRT and TransJakarta buses are already full at rush hour,", None),
        (I, "Dewi Kartikasari", "the administration would need at least 1,000 more buses and better feeder services "
            "from Bekasi, Depok and Tangerang before the charge could work as intended", None),
        (I, "TomTom Traffic Index", "Jakarta is one of the most congested cities in the world, with drivers losing an "
            "estimated 100 hours a year in traffic jams", None),
    ],
    "actors": [
        actor("Rudi Hartono Siregar", "person", title="head", affiliation="Jakarta Transportation Agency (Dishub)",
              aliases=["Rudi Hartono Siregar", "Rudi", "Siregar"], stance=1),
        actor("Jakarta Transportation Agency", "government", affiliation="Jakarta administration",
              aliases=["Jakarta Transportation Agency", "Dishub", "transportation agency"], stance=None),
        actor("Agus Priyanto", "person", title="chairman", affiliation="Garda Indonesia",
              aliases=["Agus Priyanto", "Agus", "Priyanto"], stance=-1),
        actor("Sutrisno", "person", title="ojek driver", aliases=["Sutrisno"], stance=-1),
        actor("Hasbiallah Nur", "person", title="council member", affiliation="Jakarta Legislative Council (PKB)",
              aliases=["Hasbiallah Nur", "Hasbiallah"], stance=-1),
        actor("Ahmad Fauzi", "person", title="council member", affiliation="Jakarta Legislative Council (Gerindra)",
              aliases=["Ahmad Fauzi", "Fauzi"], stance=1),
        actor("Indonesian Consumers Foundation", "organisation",
              aliases=["Indonesian Consumers Foundation", "YLKI"], stance=0),
        actor("Experts", "group", aliases=["Experts"], stance=-1),
        actor("Dewi Kartikasari", "person", title="urban planning expert", affiliation="Trisakti University",
              aliases=["Dewi Kartikasari", "Dewi", "Kartikasari"], stance=-1),
        actor("TomTom Traffic Index", "organisation", title="traffic report", aliases=["TomTom Traffic Index"],
              stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
