"""Build the test139 gold files (data/eval/test139/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev189/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/test139/build_gold.py  then  python3 data/eval/check_batch.py data/eval/test139.
Standard library only. Held out: do not read while building or tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test139"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Searchlight (St Vincent and the Grenadines) health (dialysis machines out of service at the
#    main public hospital), headline without speech, photo caption with a credit, byline and date
#    lines, lede in capitals, straight " with British punctuation; the paper's own "has learnt" /
#    "understands" (not annotated); ministry "said in a statement ... that A, and that the machines
#    were expected ... "..."" (indirect plus partial), quote with "the statement said"; patient
#    "said A", quote with "he said"; scare so-called "two-session rule"; anonymous teacher
#    "said: "..."" (colon); minister "said the machines were "...", and that B" (partial plus
#    indirect), quote with "Ollivierre said", "He added that A"; senator "described ... as "..." and
#    said A" (partial plus indirect), quote with "she asked"; anonymous senior nurse "said A", quote
#    with "she said", then a quote-only paragraph; "According to the Kidney Support Group, A"; its
#    president's quote before "said Yvette Browne, the group's president"; "has called on" (directive).
ARTICLES[f"{BATCH}/mcmh-dialysis-machines.gold.json"] = {
    "article": f"{BATCH}/mcmh-dialysis-machines.txt",
    "target": "Ministry of Health, Wellness and the Environment",
    "quotes": [
        (I, "Ministry of Health, Wellness and the Environment",
            "replacement parts had been ordered from a supplier in Miami", None),
        (P, "Ministry of Health, Wellness and the Environment", "within the next ten days", None),
        (D, "Ministry of Health, Wellness and the Environment",
            "We understand the anxiety of patients and their families. Every patient who needs dialysis is "
            "receiving it, and no one has been turned away,", None),
        (I, "Leon Samuel", "he had been cut from three sessions a week to two", None),
        (S, None, "two-session rule", None),
        (D, "Leon Samuel", "By Sunday my feet swell up and I can't catch my breath. The doctors are doing their "
            "best, but they can't work with machines that are not there,", None),
        (D, "44-year-old teacher from Calliaqua", "Some of us are flying to Barbados for private sessions now. Who "
            "can afford EC$1,500 a session plus a plane ticket? Not me.", None),
        (P, "Marcus Ollivierre", "nine years old, not ninety", None),
        (I, "Marcus Ollivierre", "the delay was caused by a backlog at the supplier's warehouse in Florida", None),
        (D, "Marcus Ollivierre", "I will not stand here and pretend this is acceptable. But I will also not accept "
            "the claim that we have neglected the unit. We spent more on renal care this year than in any year "
            "before,", None),
        (I, "Marcus Ollivierre", "the Government had set aside EC$2.4 million in the 2027 Estimates for a new renal "
            "unit at the Arnos Vale campus", None),
        (P, "Lavern John-Charles", "a slow-motion emergency", None),
        (I, "Lavern John-Charles", "the ministry had been warned a year ago that the machines were failing", None),
        (D, "Lavern John-Charles", "In November last year, the renal nurses wrote to the Permanent Secretary and "
            "said, in plain words, that the machines were breaking down. That letter exists. What happened between "
            "then and now?", None),
        (I, "senior nurse at the unit", "staff were working double shifts to keep the three remaining machines "
            "running around the clock", None),
        (D, "senior nurse at the unit", "We are tired, but we are not going to let anybody die on our watch,", None),
        (D, "senior nurse at the unit", "What we need is not speeches. What we need is parts.", None),
        (I, "Kidney Support Group", "there are 63 people on dialysis in St Vincent and the Grenadines, up from 41 in "
            "2020", None),
        (D, "Yvette Browne", "We raised EC$40,000 this year to help patients with travel and medication, but that "
            "is a plaster. The cure is in the ministry's hands,", None),
    ],
    "actors": [
        actor("Ministry of Health, Wellness and the Environment", "government", title="ministry",
              affiliation="St Vincent and the Grenadines",
              aliases=["Ministry of Health, Wellness and the Environment", "the ministry", "Ministry"], stance=1),
        actor("Leon Samuel", "person", title="dialysis patient, 58, of Georgetown", affiliation=None,
              aliases=["Leon Samuel", "Samuel"], stance=-1),
        actor("44-year-old teacher from Calliaqua", "person", title="dialysis patient (anonymous)", affiliation=None,
              aliases=["44-year-old teacher from Calliaqua"], stance=-1),
        actor("Marcus Ollivierre", "person", title="Minister of Health (Dr)",
              affiliation="Ministry of Health, Wellness and the Environment",
              aliases=["Marcus Ollivierre", "Dr Marcus Ollivierre", "Ollivierre"], stance=1),
        actor("Lavern John-Charles", "person", title="Opposition Senator", affiliation="Opposition",
              aliases=["Lavern John-Charles", "John-Charles"], stance=-1),
        actor("senior nurse at the unit", "person", title="senior nurse (anonymous)",
              affiliation="Milton Cato Memorial Hospital", aliases=["senior nurse at the unit"], stance=-1),
        actor("Kidney Support Group", "organisation", title="patients' charity", affiliation=None,
              aliases=["Kidney Support Group", "the group"], stance=None),
        actor("Yvette Browne", "person", title="president", affiliation="Kidney Support Group",
              aliases=["Yvette Browne", "Browne"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. MINING.COM mining trade press (a Chilean environmental court annuls a copper project's permit),
#    headline with a curly single-quoted fragment (speaker the entity the headline names: the court),
#    byline/date line, curly “ ” and ’ with US punctuation; lede "ruling that ... was “...”" (partial
#    only); content before "according to the 84-page decision" (the court's); quote with "the court
#    wrote"; scare so-called “blended” water supply; company "said it would appeal"; CEO quote split by
#    its attribution ("“...,” chief executive Martin Kessler told analysts ..., “but ...”": two
#    directs), "Kessler said A"; analyst "wrote in a note that A and that B" (one span), quote with
#    "Okafor wrote"; community president "told MINING.COM the judges had shown that ... “...”" (partial
#    only), quote split by "she said" into two sentences; industry council "said the ruling sent “...”
#    to investors and that B" (partial plus indirect); ministry spokesperson "said A and would not
#    comment ..." (one span); the SEA "said it would comply ... and begin ..." (one span).
ARTICLES[f"{BATCH}/pampa-verde-permit-annulled.gold.json"] = {
    "article": f"{BATCH}/pampa-verde-permit-annulled.txt",
    "target": "Quebrada Honda Copper",
    "quotes": [
        (P, "First Environmental Court", "insufficient", "Chile court strikes down"),
        (P, "First Environmental Court", "insufficient to rule out irreversible harm.", None),
        (I, "First Environmental Court", "The three-judge panel sent the project back to the Environmental "
            "Evaluation Service (SEA) and ordered a new hydrogeological study", None),
        (D, "First Environmental Court", "The company did not demonstrate, with the required certainty, that "
            "pumping 450 litres per second from the aquifer would not affect the water levels that sustain the "
            "lagoons,", None),
        (S, None, "blended", None),
        (I, "Quebrada Honda Copper", "it would appeal to the Supreme Court", None),
        (D, "Martin Kessler", "We respect the court,", None),
        (D, "Martin Kessler", "but we believe the ruling misreads four years of monitoring data. Our water model "
            "has been reviewed by three independent firms.", None),
        (I, "Martin Kessler", "the company still expected to take a construction decision in 2028, a year later "
            "than planned", None),
        (I, "Daniel Okafor", "the appeal could take up to 18 months and that the project’s net present value had "
            "fallen by about a third as a result", None),
        (D, "Daniel Okafor", "Even if they win, they lose time, and in this market time is the one thing a "
            "developer cannot buy,", None),
        (P, "Ruth Choque", "from the first day.", None),
        (D, "Ruth Choque", "They came with maps and promises. We came with our grandmothers, who remember when "
            "the lagoon reached the road,", None),
        (D, "Ruth Choque", "Now the judges have listened.", None),
        (P, "Consejo Minero", "a worrying signal", None),
        (I, "Consejo Minero", "permitting delays were putting some $65 billion of planned investment at risk", None),
        (I, "spokesperson for Chile’s Ministry of Mining", "the government respected the independence of the "
            "courts and would not comment on a case that remained open", None),
        (I, "Environmental Evaluation Service", "it would comply with the ruling and begin a new review once the "
            "company submitted the additional study", None),
    ],
    "actors": [
        actor("First Environmental Court", "government", title="environmental court (three-judge panel)",
              affiliation="Chile",
              aliases=["First Environmental Court", "Chile court", "the court", "three-judge panel"], stance=-1),
        actor("Quebrada Honda Copper", "organisation", title="copper developer (Vancouver-based)", affiliation=None,
              aliases=["Quebrada Honda Copper", "Quebrada Honda", "the company"], stance=1),
        actor("Martin Kessler", "person", title="chief executive", affiliation="Quebrada Honda Copper",
              aliases=["Martin Kessler", "Kessler"], stance=1),
        actor("Daniel Okafor", "person", title="analyst", affiliation="Canaccord Genuity",
              aliases=["Daniel Okafor", "Okafor"], stance=0),
        actor("Ruth Choque", "person", title="president of the Lickanantay community of Quepiaco",
              affiliation="Lickanantay community of Quepiaco", aliases=["Ruth Choque", "Choque"], stance=-1),
        actor("Consejo Minero", "organisation", title="mining industry council", affiliation="Chile",
              aliases=["Consejo Minero"], stance=1),
        actor("spokesperson for Chile’s Ministry of Mining", "person", title="spokesperson",
              affiliation="Chile's Ministry of Mining", aliases=["spokesperson for Chile’s Ministry of Mining"],
              stance=None),
        actor("Environmental Evaluation Service", "government", title="environmental regulator", affiliation="Chile",
              aliases=["Environmental Evaluation Service", "SEA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. SaharaReporters (Nigeria) courts (a former state works commissioner's fraud trial), headline with
#    reported speech but no quote marks (not annotated), "SaharaReporters, New York" and date lines,
#    straight " and apostrophes, "N3.2bn", "Mrs"/"Mr"/"Chief ... (SAN)"/"Comrade"; lede speaker "A former
#    director ... has told a Federal High Court ... that A" named only later (Mrs Bola Akinwande, "the
#    witness"); "According to the EFCC, A"; witness "told the court A", quote with "she said";
#    cross-examination: "questioned why ..." (reported question, not annotated), lawyer's question with
#    "Ajibade asked", the witness's answer with "she replied"; lawyer "told the court that A, and that he
#    had "..."" (indirect plus partial); prosecutor "said A", quote with "he said"; family statement
#    "said in a statement that he was the victim of "..."" (partial only), quote with "the statement
#    added"; scare so-called "abandoned-but-paid" contracts; activist "told SaharaReporters that the trial
#    was "..."" (partial only), quote with "Nwosu said"; state commissioner "said in a statement that A
#    and would recover ..." (one span).
ARTICLES[f"{BATCH}/ogun-works-commissioner-trial.gold.json"] = {
    "article": f"{BATCH}/ogun-works-commissioner-trial.txt",
    "target": "Olufemi Adebayo-Cole",
    "quotes": [
        (I, "Bola Akinwande", "ex-Commissioner for Works, Olufemi Adebayo-Cole, approved payments of N3.2 billion "
            "for road projects that were never started", None),
        (I, "Economic and Financial Crimes Commission", "the funds were paid between 2019 and 2022 to four "
            "companies linked to the defendant's brother-in-law", None),
        (I, "Bola Akinwande", "she had raised concerns in writing on at least three occasions", None),
        (D, "Bola Akinwande", "I wrote memos. I said the contractors had not mobilised to site. The commissioner's "
            "reply was that I should mind my business and process the files,", None),
        (D, "Adewale Ajibade", "Madam, you say you were worried about billions of naira, yet you kept quiet for "
            "three years. Why?", None),
        (D, "Bola Akinwande", "I did not keep quiet. I wrote to my commissioner, which is what the civil service "
            "rules say I should do,", None),
        (I, "Adewale Ajibade", "his client had acted on the advice of the state's Tenders Board", None),
        (P, "Adewale Ajibade", "never touched one kobo", None),
        (I, "Chinedu Okeke", "the prosecution would call six more witnesses, including two bank officials", None),
        (D, "Chinedu Okeke", "We are not in a hurry. We want every naira accounted for,", None),
        (P, "Adebayo-Cole family", "a political vendetta", None),
        (D, "Adebayo-Cole family", "Our son served Ogun State with honesty. The same people who praised his roads "
            "in 2021 are now calling them ghost roads. Nigerians will see the truth at the end of this trial,",
            None),
        (S, None, "abandoned-but-paid", None),
        (P, "Ikenna Nwosu", "a test case for every state in the South-West", None),
        (D, "Ikenna Nwosu", "If a commissioner can approve billions without one kilometre of road being built, then "
            "the whole system is rotten. We will be in court for every sitting,", None),
        (I, "Tunde Oyelaran", "the state government was cooperating fully with the EFCC and would recover any funds "
            "found to have been stolen", None),
    ],
    "actors": [
        actor("Bola Akinwande", "person", title="former director, Ogun State Ministry of Works; fourth prosecution "
              "witness", affiliation="Ogun State Ministry of Works",
              aliases=["Bola Akinwande", "Mrs Bola Akinwande", "Akinwande", "the witness"], stance=-1),
        actor("Economic and Financial Crimes Commission", "government", title="anti-graft agency (prosecution)",
              affiliation="Nigeria", aliases=["Economic and Financial Crimes Commission", "EFCC"], stance=-1),
        actor("Adewale Ajibade", "person", title="defence counsel (Chief, SAN)", affiliation=None,
              aliases=["Adewale Ajibade", "Chief Adewale Ajibade", "Ajibade"], stance=1),
        actor("Chinedu Okeke", "person", title="EFCC counsel", affiliation="EFCC",
              aliases=["Chinedu Okeke", "Mr Chinedu Okeke", "Okeke"], stance=-1),
        actor("Adebayo-Cole family", "group", title="the defendant's family (statement)", affiliation=None,
              aliases=["Adebayo-Cole family"], stance=1),
        actor("Ikenna Nwosu", "person", title="Executive Director (Comrade)",
              affiliation="Centre for Accountability and Open Budgets (CAOB)",
              aliases=["Ikenna Nwosu", "Comrade Ikenna Nwosu", "Nwosu"], stance=-1),
        actor("Tunde Oyelaran", "person", title="Ogun State Commissioner for Information",
              affiliation="Ogun State Government", aliases=["Tunde Oyelaran", "Mr Tunde Oyelaran", "Oyelaran"],
              stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. bianet English culture/press freedom (a documentary pulled from a festival a day before its
#    premiere), headline with a curly single-quoted fragment (speaker the entity the headline names: the
#    festival, "İzmir festival"), standfirst without speech, "BIA News Desk" and date lines, curly “ ”
#    and ’, film title without marks, "(AS/VK)" sign-off; lede "citing “...”" (partial); festival "said
#    the decision had been taken “...” after ... “...”" (two partials only), quote with "the statement
#    said"; director "told bianet that A", quote with a nested ‘We can’t share that.’ and "Aksoy said",
#    "She said A, and that B" (one span), and at the end "Aksoy said A"; juror "wrote on social media:
#    “...”" (colon); filmmakers' initiative "called the cancellation “...”" (partial) and "urged ..."
#    (directive); scare so-called “provocation risk” warnings; festival director "said in a phone
#    interview that A", quotes with "she said" and "Karaca added"; anonymous ministry official "told
#    bianet the ministry had “...”" (partial only); mine company "did not respond" (not annotated), its
#    earlier statement "said the expansion was “...” and that B" (partial plus indirect).
ARTICLES[f"{BATCH}/izmir-festival-documentary-pulled.gold.json"] = {
    "article": f"{BATCH}/izmir-festival-documentary-pulled.txt",
    "target": "Ege Documentary Days",
    "quotes": [
        (P, "Ege Documentary Days", "security concerns", "Documentary on olive groves"),
        (P, "Ege Documentary Days", "security concerns", "citing"),
        (P, "Ege Documentary Days", "with great regret", None),
        (P, "Ege Documentary Days", "could not be held safely.", None),
        (D, "Ege Documentary Days", "Our festival has shown difficult films for eleven years. We did not take this "
            "step lightly, and we will not turn into a festival that avoids difficult subjects,", None),
        (I, "Deniz Aksoy", "no one at the festival had explained to her what the security concerns were", None),
        (D, "Deniz Aksoy", "I asked three times: who threatened whom? I was told, ‘We can’t share that.’ A festival "
            "that cannot tell its own filmmaker why her film was cancelled is not making a security decision. It "
            "is making a political one,", None),
        (I, "Deniz Aksoy", "the film had already been screened at two festivals abroad without incident, and that "
            "she had offered to hold the question-and-answer session with police present", None),
        (D, "Mert Yalçın", "I cannot judge a competition from which a film has been removed without an "
            "explanation.", None),
        (P, "Documentary Filmmakers’ Initiative", "a new link in the chain of censorship", None),
        (S, None, "provocation risk", None),
        (I, "Selin Karaca", "the board had acted on a written warning from the venue’s management", None),
        (D, "Selin Karaca", "It was not a phone call from Ankara. Nobody from the ministry called us,", None),
        (D, "Selin Karaca", "We are a small festival with a small budget. When a venue tells us in writing that it "
            "cannot guarantee the safety of the audience, we cannot pretend we did not read it,", None),
        (P, "Culture and Tourism Ministry official", "no role whatsoever", None),
        (P, "Ege Linyit Enerji", "in line with all legal permits", None),
        (I, "Ege Linyit Enerji", "it had planted 12,000 saplings in the area", None),
        (I, "Deniz Aksoy", "she was now looking for an independent cinema in İzmir that would screen the film "
            "before the end of the year", None),
    ],
    "actors": [
        actor("Ege Documentary Days", "organisation", title="documentary film festival", affiliation="İzmir",
              aliases=["Ege Documentary Days", "İzmir festival", "the festival"], stance=1),
        actor("Deniz Aksoy", "person", title="director of Roots Under Coal", affiliation=None,
              aliases=["Deniz Aksoy", "Aksoy"], stance=-1),
        actor("Mert Yalçın", "person", title="cinematographer, jury member (resigned)", affiliation=None,
              aliases=["Mert Yalçın", "Yalçın"], stance=-1),
        actor("Documentary Filmmakers’ Initiative", "group", title="filmmakers' initiative (joint statement)",
              affiliation=None, aliases=["Documentary Filmmakers’ Initiative"], stance=-1),
        actor("Selin Karaca", "person", title="festival director", affiliation="Ege Documentary Days",
              aliases=["Selin Karaca", "Karaca"], stance=1),
        actor("Culture and Tourism Ministry official", "person", title="official (anonymous)",
              affiliation="Culture and Tourism Ministry", aliases=["Culture and Tourism Ministry official"],
              stance=None),
        actor("Ege Linyit Enerji", "organisation", title="mining company", affiliation=None,
              aliases=["Ege Linyit Enerji", "the company"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
