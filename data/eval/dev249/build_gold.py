"""Build the dev249 gold files (data/eval/dev249/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev241/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev249/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev249.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev249"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Barbados TODAY (Barbados) health/labour (nurses' sick-out at the Queen Elizabeth Hospital over unpaid
#    allowances), headline without speech, byline and date lines, curly “ ” and ’; lede content before "the Barbados
#    Nurses Association (BNA) said"; president "said A", quote with "she told Barbados TODAY"; QEH management "said in
#    a statement that A, but that B" (one span), "It said the outstanding payments would be made “...”" (partial only:
#    the fragment's clause); CEO "struck a conciliatory tone: “...”" (direct); patient "said A but the nurses on duty
#    were “...”" (indirect plus partial); minister "said of the nurses, “...”" (direct), "She said A"; opposition
#    spokesman "said the sick-out was “...”" (partial only); NUPW "said A, and warned that B" (two indirects);
#    anonymous nurse "said A", "she said"; scare so-called “sick-out”; closing "The BNA said it would meet ...".
ARTICLES[f"{BATCH}/qeh-nurses-sick-out-allowances.gold.json"] = {
    "article": f"{BATCH}/qeh-nurses-sick-out-allowances.txt",
    "target": "Queen Elizabeth Hospital",
    "quotes": [
        (I, "Barbados Nurses Association", "More than 80 nurses at the Queen Elizabeth Hospital (QEH) called in sick on "
            "Monday in a protest over unpaid allowances", None),
        (I, "Carmen Worrell", "some nurses had not received their shift and on-call allowances since October last year",
            None),
        (D, "Carmen Worrell", "Nurses have been patient. We wrote letters, we had meetings, we were promised. Fourteen "
            "months is not an administrative delay, it is disrespect,", None),
        (I, "QEH management", "emergency and critical care services were operating normally, but that some elective "
            "surgeries had been postponed", None),
        (P, "QEH management", "before Christmas", None),
        (D, "Neville Alleyne", "I understand the frustration. The delay was caused by a change to the payroll system, and "
            "I take responsibility for not communicating that better.", None),
        (I, "Hazel Gittens", "the wait was longer than usual", None),
        (P, "Hazel Gittens", "working like machines", None),
        (D, "Tricia Holder", "They are the backbone of the system, and they will be paid.", None),
        (I, "Tricia Holder", "the Ministry of Finance had released the funds on Friday", None),
        (P, "Mark Jordan", "entirely avoidable", None),
        (I, "National Union of Public Workers", "it stood in solidarity with the nurses", None),
        (I, "National Union of Public Workers", "ancillary staff could join the action if their own overtime arrears were "
            "not settled", None),
        (I, "nurse on the maternity ward", "she had borrowed money to pay her rent last month", None),
        (D, "nurse on the maternity ward", "I am a nurse with 20 years’ service and I am borrowing from my mother,", None),
        (S, None, "sick-out", "The so-called"),
        (I, "Barbados Nurses Association", "it would meet on Wednesday to decide whether the action would continue", None),
    ],
    "actors": [
        actor("Barbados Nurses Association", "organisation", title="nurses' union", affiliation="Barbados",
              aliases=["Barbados Nurses Association", "BNA"], stance=-1),
        actor("Carmen Worrell", "person", title="president", affiliation="Barbados Nurses Association",
              aliases=["Carmen Worrell", "Worrell", "Sister Carmen Worrell"], stance=-1),
        actor("QEH management", "organisation", title="hospital management", affiliation="Queen Elizabeth Hospital",
              aliases=["QEH management", "The QEH management"], stance=1),
        actor("Neville Alleyne", "person", title="chief executive officer", affiliation="Queen Elizabeth Hospital",
              aliases=["Neville Alleyne", "Alleyne", "Dr Neville Alleyne"], stance=1),
        actor("Hazel Gittens", "person", title="patient's wife, 67", affiliation=None, aliases=["Hazel Gittens", "Gittens"],
              stance=None),
        actor("Tricia Holder", "person", title="Minister of Health and Wellness", affiliation="Government of Barbados",
              aliases=["Tricia Holder", "Holder", "Dr Tricia Holder"], stance=0),
        actor("Mark Jordan", "person", title="spokesman on health", affiliation="Democratic Labour Party (DLP)",
              aliases=["Mark Jordan", "Jordan"], stance=-1),
        actor("National Union of Public Workers", "organisation", title="public sector union", affiliation="Barbados",
              aliases=["National Union of Public Workers", "NUPW"], stance=-1),
        actor("nurse on the maternity ward", "person", title="nurse (anonymous)", affiliation="Queen Elizabeth Hospital",
              aliases=["nurse on the maternity ward"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Georgia Today (Georgia) culture/local government (City Hall approves demolishing a 1934 cinema), headline
#    "Activists vow to block demolition ..." without quote marks, byline and date lines, straight " and apostrophes;
#    architecture service "said on Wednesday that the building was "..." and that B" (partial plus indirect); deputy
#    mayor "told reporters: "..."" (direct); "Asked why ..., he said A" (the answer is indirect); "According to the
#    National Agency for Cultural Heritage Preservation, A"; scare so-called "immovable monument" status; group
#    "Protesters outside the cinema said on Thursday that A and had never been published" (one span); organiser named
#    after her quote, then a quote-only paragraph; anonymous official "told Georgia Today that A"; ICOMOS "described
#    the decision as "..."" (partial only); developer "said in a statement that it would restore the facade "..." and
#    that B" (partial plus indirect); councillor "said City Hall had "..."" (partial only), "he said".
ARTICLES[f"{BATCH}/tbilisi-apollo-cinema-demolition.gold.json"] = {
    "article": f"{BATCH}/tbilisi-apollo-cinema-demolition.txt",
    "target": "Tbilisi City Hall",
    "quotes": [
        (P, "city's architecture service", "structurally unsafe", None),
        (I, "city's architecture service", "a developer, Caucasus Urban Group, would build a seven-storey hotel on the site "
            "that would keep the cinema's facade", None),
        (D, "Levan Kiknadze", "Nobody wants to lose our heritage. But we cannot let a building fall on people's heads while "
            "we argue about it.", None),
        (I, "Levan Kiknadze", "the owner had ignored three orders to carry out repairs since 2019", None),
        (I, "National Agency for Cultural Heritage Preservation", "the cinema was removed from the list of protected "
            "buildings in 2021 at the owner's request", None),
        (S, None, "immovable monument", None),
        (I, "Protesters outside the cinema", "the structural report had been commissioned by the developer and had never "
            "been published", None),
        (D, "Tamar Beridze", "We are not against development. We are against a report that nobody is allowed to read,", None),
        (D, "Tamar Beridze", "If the building is dangerous, show us the numbers.", None),
        (I, "City Hall official", "the mayor's office had received the report in June", None),
        (P, "Georgian national committee of ICOMOS", "a serious loss for Tbilisi's architectural memory", None),
        (P, "Caucasus Urban Group", "to its original 1934 appearance", None),
        (I, "Caucasus Urban Group", "the hotel would include a small cinema hall open to the public", None),
        (P, "Giorgi Abashidze", "handed Sololaki to developers piece by piece", None),
        (D, "Giorgi Abashidze", "This is the fourth historic building in Sololaki in two years. Next year they will come for "
            "the houses with the wooden balconies,", None),
    ],
    "actors": [
        actor("city's architecture service", "government", title="municipal architecture service",
              affiliation="Tbilisi City Hall", aliases=["city's architecture service"], stance=1),
        actor("Levan Kiknadze", "person", title="Deputy Mayor", affiliation="Tbilisi City Hall",
              aliases=["Levan Kiknadze", "Kiknadze"], stance=1),
        actor("National Agency for Cultural Heritage Preservation", "government", title="heritage agency",
              affiliation="Georgia", aliases=["National Agency for Cultural Heritage Preservation"], stance=None),
        actor("Protesters outside the cinema", "group", title="protesters", affiliation="Sololaki, Tbilisi",
              aliases=["Protesters outside the cinema"], stance=-1),
        actor("Tamar Beridze", "person", title="architect, protest organiser", affiliation=None,
              aliases=["Tamar Beridze", "Beridze"], stance=-1),
        actor("City Hall official", "person", title="official (anonymous)", affiliation="Tbilisi City Hall",
              aliases=["City Hall official"], stance=None),
        actor("Georgian national committee of ICOMOS", "organisation", title="heritage body", affiliation="ICOMOS",
              aliases=["Georgian national committee of ICOMOS", "ICOMOS"], stance=-1),
        actor("Caucasus Urban Group", "organisation", title="developer", affiliation="Tbilisi",
              aliases=["Caucasus Urban Group"], stance=1),
        actor("Giorgi Abashidze", "person", title="City Council member (opposition)", affiliation="Tbilisi City Council",
              aliases=["Giorgi Abashidze", "Abashidze"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Brisbane Times (Australia) disaster/insurance (hail victims wait months for an insurer to settle claims),
#    headline "Hail victims accuse insurer of ‘stonewalling’ ..." (partial for the lede's group), byline and
#    "December 5, 2026 — 5.00am" lines, curly “ ” and ’; lede "Hail victims in Brisbane’s western suburbs say A, with
#    many accusing their insurer of “...”" (present-tense indirect plus partial); content before "according to figures
#    from the Insurance Council of Australia"; resident "said A and she had heard nothing since" (one span), "she
#    said", then a quote-only paragraph; insurer "said it had finalised A and that “...”" (indirect plus partial); CEO
#    in an apposition "Its chief executive, Mark Devlin, said A", quote with "Mr Devlin said"; scare so-called “cash
#    settlement”; MP "said A", then "She said of Coral Coast: “...”" (direct); ICA "said A and that B" (one span); AFCA
#    "confirmed it had received A"; anonymous roofer "said A", "he said".
ARTICLES[f"{BATCH}/brisbane-hail-insurance-claims.gold.json"] = {
    "article": f"{BATCH}/brisbane-hail-insurance-claims.txt",
    "target": "Coral Coast Insurance",
    "quotes": [
        (P, "Hail victims in Brisbane’s western suburbs", "stonewalling", "accuse insurer of"),
        (I, "Hail victims in Brisbane’s western suburbs", "they are still living under tarpaulins nearly two months after "
            "the October 12 storm", None),
        (P, "Hail victims in Brisbane’s western suburbs", "stonewalling", "many accusing"),
        (I, "Insurance Council of Australia", "Coral Coast Insurance, which covers about a third of homes in the worst-hit "
            "suburbs of Kenmore, Chapel Hill and Fig Tree Pocket, has received more than 9000 claims from the storm", None),
        (I, "Priya Nair", "an assessor had visited her home in late October and she had heard nothing since", None),
        (D, "Priya Nair", "Every time I ring, I get a different person and they tell me it’s with the builder. Then the "
            "builder tells me it’s with the insurer,", None),
        (D, "Priya Nair", "My daughter has been sleeping in the lounge room since October because her ceiling came down.",
            None),
        (I, "Coral Coast Insurance", "it had finalised 61 per cent of claims from the storm", None),
        (P, "Coral Coast Insurance", "the scale of this event has stretched the entire building industry in south-east "
            "Queensland", None),
        (I, "Mark Devlin", "the company had brought in 140 extra assessors from interstate", None),
        (D, "Mark Devlin", "We know some customers have waited too long, and I apologise to them. But we cannot fix a roof "
            "without a roofer,", None),
        (S, None, "cash settlement", None),
        (I, "Emma Costigan", "she had received more than 300 complaints from constituents", None),
        (D, "Emma Costigan", "They took the premiums quickly enough. They should pay the claims the same way.", None),
        (I, "Insurance Council of Australia", "the storm had caused an estimated $1.4 billion in insured losses and that "
            "shortages of roofers and tilers were slowing repairs across the industry", None),
        (I, "Australian Financial Complaints Authority", "it had received 212 complaints about Coral Coast’s handling of "
            "hail claims since October", None),
        (I, "roofing contractor", "the insurer’s approval process was the main hold-up", None),
        (D, "roofing contractor", "I have crews sitting idle waiting for a scope of works to be signed off,", None),
    ],
    "actors": [
        actor("Hail victims in Brisbane’s western suburbs", "group", title="homeowners", affiliation="Brisbane",
              aliases=["Hail victims in Brisbane’s western suburbs", "Hail victims"], stance=-1),
        actor("Insurance Council of Australia", "organisation", title="industry body", affiliation="Australia",
              aliases=["Insurance Council of Australia"], stance=0),
        actor("Priya Nair", "person", title="Kenmore resident", affiliation="Kenmore", aliases=["Priya Nair", "Nair"],
              stance=-1),
        actor("Coral Coast Insurance", "organisation", title="insurer", affiliation="Queensland",
              aliases=["Coral Coast Insurance", "Coral Coast"], stance=1),
        actor("Mark Devlin", "person", title="chief executive", affiliation="Coral Coast Insurance",
              aliases=["Mark Devlin", "Devlin", "Mr Devlin"], stance=1),
        actor("Emma Costigan", "person", title="MP for Moggill", affiliation="Queensland parliament",
              aliases=["Emma Costigan", "Costigan"], stance=-1),
        actor("Australian Financial Complaints Authority", "organisation", title="financial complaints body",
              affiliation="Australia", aliases=["Australian Financial Complaints Authority", "AFCA"], stance=0),
        actor("roofing contractor", "person", title="roofing contractor (anonymous)", affiliation=None,
              aliases=["roofing contractor"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Qatar Tribune (Qatar) transport (the Doha Metro moves to distance-based fares), headline without speech,
#    "Tribune News Network" and "Doha" lines, straight " and apostrophes, "QR2", "percent"; lede content before "the
#    company said on Tuesday"; "Under the new system, ..." (no cue); statement "said the change would "..." and that B"
#    (partial plus indirect); CCO in an apposition "told Qatar Tribune that A", "he said", then a quote-only paragraph;
#    Q&A "Asked whether ..., Al Marri said: "..."" (direct); "Commuters ... were divided." (no speech); commuter named
#    after his quote; student "said A"; ICBF "said the new fares would "..." and urged ..." (partial only; directive);
#    expert "said A were "..." but warned that B" (partial plus indirect); scare so-called "first and last mile"
#    problem ("Planners have long worried" is no speech); ministry "said in a post on X that A".
ARTICLES[f"{BATCH}/doha-metro-distance-based-fares.gold.json"] = {
    "article": f"{BATCH}/doha-metro-distance-based-fares.txt",
    "target": "Qatar Rail",
    "quotes": [
        (I, "Qatar Rail", "Qatar Rail will replace the flat QR2 fare on the Doha Metro and Lusail Tram with distance-based "
            "fares from January 1", None),
        (P, "Qatar Rail", "bring Doha in line with international best practice", None),
        (I, "Qatar Rail", "fares had not changed since the network opened in 2019", None),
        (I, "Abdullah Al Marri", "about 70 percent of current journeys would cost QR3 or less", None),
        (D, "Abdullah Al Marri", "Most of our passengers travel short distances, and for them very little will change,",
            None),
        (D, "Abdullah Al Marri", "We have also kept the Gold Club and student discounts exactly as they are.", None),
        (D, "Abdullah Al Marri", "Not in 2027. We will review them every two years, like any transport operator.", None),
        (D, "Rajesh Pillai", "I live in Al Wakra and work in West Bay. My trip goes from QR4 a day to QR12. That is a lot "
            "at the end of the month,", None),
        (I, "Fatima Al Kuwari", "she would hardly notice the change because she travels three stops and has a student card",
            None),
        (P, "Indian Community Benevolent Forum", "hit low-income workers hardest", None),
        (P, "Khalid Al Naimi", "fair in principle", None),
        (I, "Khalid Al Naimi", "higher prices for long trips could push people back into their cars", None),
        (S, None, "first and last mile", None),
        (I, "Ministry of Transport", "the new fares had been approved as part of the national public transport strategy",
            None),
    ],
    "actors": [
        actor("Qatar Rail", "organisation", title="rail operator", affiliation="Qatar",
              aliases=["Qatar Rail", "the company"], stance=1),
        actor("Abdullah Al Marri", "person", title="chief commercial officer", affiliation="Qatar Rail",
              aliases=["Abdullah Al Marri", "Al Marri", "Eng Abdullah Al Marri"], stance=1),
        actor("Rajesh Pillai", "person", title="accountant (commuter)", affiliation="Al Wakra",
              aliases=["Rajesh Pillai", "Pillai"], stance=-1),
        actor("Fatima Al Kuwari", "person", title="student", affiliation="Qatar University",
              aliases=["Fatima Al Kuwari", "Al Kuwari"], stance=0),
        actor("Indian Community Benevolent Forum", "organisation", title="community welfare group", affiliation="Qatar",
              aliases=["Indian Community Benevolent Forum", "ICBF"], stance=-1),
        actor("Khalid Al Naimi", "person", title="transport planning expert", affiliation="Hamad Bin Khalifa University",
              aliases=["Khalid Al Naimi", "Al Naimi", "Dr Khalid Al Naimi"], stance=0),
        actor("Ministry of Transport", "government", title="ministry", affiliation="Qatar", aliases=["Ministry of Transport"],
              stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
