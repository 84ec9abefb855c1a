"""Build the test69 gold files (data/eval/test69/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test69/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test69.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test69"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. BNN (Baltic News Network, Latvia; crime/security: a railway dispatcher charged with spying for Russia),
#    headline without speech, "BNN" and "December 3, 2026 14:20" lines, two "Read also:" lines, straight "
#    and apostrophes, Latvian diacritics (Kārlis, Zariņš, Bērziņa). Lede content before "Latvia's State
#    Security Service (VDD) reported on Thursday"; "According to the VDD, A"; "The service said ... had been
#    paid "..." in ... and that ... before ... could cause "..."" (two partials only); prosecutors "confirmed
#    that A"; minister "told BNN that A", quote with "Strods said" and a quote-only paragraph, "He said A";
#    lawyer "said his client denied ... and had shared only information "..."" (partial only), quote with
#    "Zariņš told the LETA news agency"; embassy "did not respond" (not annotated); Moscow ministry "dismissed the
#    accusations as "..." and said ... to justify its "..." towards ..." (two partials), quote with "the ministry
#    said in a comment ..."; analyst "said ... recruiting "..." agents ..." (partial only), "Bērziņa said",
#    "She said A"; "According to data from the Interior Ministry, A".
ARTICLES[f"{BATCH}/vdd-railway-spy-charges.gold.json"] = {
    "article": f"{BATCH}/vdd-railway-spy-charges.txt",
    "target": "Russia",
    "quotes": [
        (I, "State Security Service", "A 46-year-old dispatcher employed at a freight terminal in Daugavpils has been "
            "charged with espionage on behalf of Russia", None),
        (I, "State Security Service", "the man collected information on military cargo transported by rail through "
            "Latgale from at least February 2025 and passed it to a handler in Russia's Federal Security Service (FSB) "
            "through an encrypted messaging application", None),
        (P, "State Security Service", "several thousand euros", None),
        (P, "State Security Service", "irreversible damage", None),
        (I, "Prosecutor General's Office", "the case had been sent to court", None),
        (I, "K\u0101rlis Strods", "the case was not an isolated one", None),
        (D, "K\u0101rlis Strods", "Russia is not recruiting spies the way it did in the Cold War. It recruits people who "
            "need money, people who are angry, people who think nobody will notice,", None),
        (D, "K\u0101rlis Strods", "Anyone who receives an offer like this should know that we will notice.", None),
        (I, "K\u0101rlis Strods", "11 people had been charged with spying for Russia in Latvia since the start of 2024, "
            "four of them this year", None),
        (P, "Aleksandrs Zari\u0146\u0161", "that any person standing on the platform could see", None),
        (D, "Aleksandrs Zari\u0146\u0161", "My client is a railway worker, not an intelligence officer. He talked to "
            "people in chat groups, as thousands of people do,", None),
        (P, "Russian Foreign Ministry", "spy mania", None),
        (P, "Russian Foreign Ministry", "discriminatory policy", None),
        (D, "Russian Foreign Ministry", "These fairy tales about Russian agents behind every lamp post appear whenever "
            "the Latvian authorities need to distract attention from their own failures,", None),
        (P, "Ieva B\u0113rzi\u0146a", "disposable", None),
        (D, "Ieva B\u0113rzi\u0146a", "It's cheap, it's deniable, and even if most of these people get caught, a few of "
            "them will not,", None),
        (I, "Ieva B\u0113rzi\u0146a", "the railway was a natural target because NATO equipment for units stationed in "
            "Latvia arrives largely by rail", None),
        (I, "Interior Ministry", "the number of criminal proceedings for espionage and assistance to a foreign state in "
            "Latvia has tripled since 2022", None),
    ],
    "actors": [
        actor("State Security Service", "government", title="security service", affiliation="Latvia",
              aliases=["State Security Service", "VDD", "service"], stance=-1),
        actor("Prosecutor General's Office", "government", title="prosecution service", affiliation="Latvia",
              aliases=["Prosecutor General's Office"], stance=None),
        actor("K\u0101rlis Strods", "person", title="Interior Minister", affiliation="Latvia",
              aliases=["K\u0101rlis Strods", "Strods"], stance=-1),
        actor("Aleksandrs Zari\u0146\u0161", "person", title="defence lawyer",
              aliases=["Aleksandrs Zari\u0146\u0161", "Zari\u0146\u0161"], stance=None),
        actor("Russian Foreign Ministry", "government", title="foreign ministry", affiliation="Russia",
              aliases=["Russian Foreign Ministry", "ministry"], stance=1),
        actor("Ieva B\u0113rzi\u0146a", "person", title="security analyst", affiliation="National Defence Academy",
              aliases=["Ieva B\u0113rzi\u0146a", "B\u0113rzi\u0146a"], stance=-1),
        actor("Interior Ministry", "government", title="ministry", affiliation="Latvia",
              aliases=["Interior Ministry"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. DutchNews.nl (business/labour: a logistics firm fined over migrant workers' housing), headline without
#    speech, date line, curly single ‘ ’ for every quote and ’ apostrophes, "€480,000". "The inspectorate said
#    on Friday that A"; "Inspectors also found that ..." (no cue); director's quote "... said in a statement";
#    "Vosmeer ... said A"; CEO "told the Financieele Dagblad the company had ‘...’ once ... and that B" (partial
#    plus indirect), quote split by "Visser said"; "The firm said in a statement that A and that B"; union
#    "said A"; spokesman's quote split by "... told broadcaster NOS"; worker "told NOS that A", "he said";
#    alderman "said A but B"; minister "asked about ..., said A", "He described the fine as ‘...’" (partial
#    only); "According to the inspectorate, A"; content before "according to its most recent annual report".
ARTICLES[f"{BATCH}/vosmeer-venlo-inspectorate-fine.gold.json"] = {
    "article": f"{BATCH}/vosmeer-venlo-inspectorate-fine.txt",
    "target": "Vosmeer",
    "quotes": [
        (I, "labour inspectorate", "62 workers, most of them from Poland and Romania, were sharing 14 bungalows on a "
            "holiday park near Venlo, with up to eight people in a bungalow designed for four", None),
        (D, "Margriet Kooiman", "Employers who provide housing as part of a job take on a responsibility. If they cannot "
            "meet it, they should not offer it,", None),
        (I, "Vosmeer", "it would appeal against the fine", None),
        (P, "Rob Visser", "acted immediately", None),
        (I, "Rob Visser", "all the workers had since been moved to new accommodation", None),
        (D, "Rob Visser", "We made mistakes and we have put them right. But the picture being painted of Vosmeer as a "
            "rogue employer is simply not true,", None),
        (D, "Rob Visser", "Most of our people have worked for us for years.", None),
        (I, "Vosmeer", "the holiday park had been managed by a subcontractor and that it had ended the contract in "
            "October", None),
        (I, "FNV", "the case showed that the system of employers housing their own workers should be banned altogether",
            None),
        (D, "Dennis Kramer", "When your boss is also your landlord, you cannot complain about either one,", None),
        (D, "Dennis Kramer", "If you lose your job, you lose your bed the same day.", None),
        (I, "Piotr Wi\u015bniewski", "he and five colleagues had shared a single bathroom for almost a year", None),
        (D, "Piotr Wi\u015bniewski", "We asked many times for another house. They always said next month, next month,",
            None),
        (I, "Yvonne Hendriks", "the council had been aware of complaints about the holiday park since 2024 but had lacked "
            "the powers to act", None),
        (I, "Thijs van Dam", "he expected the new rules on agency work, which come into force on January 1, to put an end "
            "to such abuses", None),
        (P, "Thijs van Dam", "an important signal", None),
        (I, "labour inspectorate", "some 800,000 migrant workers are employed in the Netherlands, around a third of them "
            "in logistics and distribution", None),
        (I, "Vosmeer", "Vosmeer employs around 1,900 people, about 1,200 of them through its agency", None),
    ],
    "actors": [
        actor("labour inspectorate", "government", title="labour inspectorate", affiliation="Netherlands",
              aliases=["labour inspectorate", "inspectorate"], stance=-1),
        actor("Margriet Kooiman", "person", title="inspectorate director", affiliation="labour inspectorate",
              aliases=["Margriet Kooiman", "Kooiman"], stance=-1),
        actor("Vosmeer", "organisation", title="logistics company", aliases=["Vosmeer", "firm"], stance=1),
        actor("Rob Visser", "person", title="chief executive", affiliation="Vosmeer",
              aliases=["Rob Visser", "Visser"], stance=1),
        actor("FNV", "organisation", title="trade union", aliases=["FNV"], stance=-1),
        actor("Dennis Kramer", "person", title="FNV spokesman", affiliation="FNV",
              aliases=["Dennis Kramer", "Kramer"], stance=-1),
        actor("Piotr Wi\u015bniewski", "person", title="migrant worker", affiliation="Vosmeer",
              aliases=["Piotr Wi\u015bniewski", "Wi\u015bniewski"], stance=-1),
        actor("Yvonne Hendriks", "person", title="Venlo alderman", affiliation="Venlo council",
              aliases=["Yvonne Hendriks", "Hendriks"], stance=0),
        actor("Thijs van Dam", "person", title="Social affairs minister", affiliation="Netherlands",
              aliases=["Thijs van Dam", "van Dam"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Reykjavik Grapevine (culture: the city council votes to move a harbour sculpture), Title Case headline
#    with "... Says She Will Fight It" (a headline without a quote: not annotated), standfirst without speech,
#    "Words:" and "Published" lines, curly “ ” and ’, Icelanders referred to by first name (Dagný, Einar,
#    Guðrún), the work's title Brimið without marks. Artist "told The Reykjavík Grapevine that A", quote with
#    "Dagný said" and a quote-only paragraph; councillor "who said the sculpture had become “...” for ... and
#    had blocked ..." (partial only), quote split by "Einar said during the debate"; opposing councillor
#    "called the vote “...” and said A"; harbour company "said in a statement that A, and that ... “....”"
#    (indirect plus partial, full stop inside); museum director "said ... would set “....”" (partial only, full
#    stop inside), "Guðrún said"; anonymous restaurant owner "said A"; resident's quote before "said Hildur
#    Ösp Jónsdóttir"; content before "according to the city’s own figures"; scare so-called “Brimið question”;
#    "The city said A".
ARTICLES[f"{BATCH}/brimid-sculpture-dagny.gold.json"] = {
    "article": f"{BATCH}/brimid-sculpture-dagny.txt",
    "target": "Dagn\u00fd Eir\u00edksd\u00f3ttir",
    "quotes": [
        (I, "Dagn\u00fd Eir\u00edksd\u00f3ttir", "she would take the matter to court if necessary", None),
        (D, "Dagn\u00fd Eir\u00edksd\u00f3ttir", "The work was made for that place, for that light and that wind. If you "
            "move it to Gufunes, it is not the same work anymore. It is a piece of scrap metal,", None),
        (D, "Dagn\u00fd Eir\u00edksd\u00f3ttir", "I was not consulted once. Not once. I read about the proposal on "
            "Facebook.", None),
        (P, "Einar H\u00f3lm Sveinsson", "a safety hazard", None),
        (D, "Einar H\u00f3lm Sveinsson", "This is not a judgement on the art. Nobody on this council is an art critic,",
            None),
        (D, "Einar H\u00f3lm Sveinsson", "It is about a working harbour that has to stay a working harbour.", None),
        (P, "Katr\u00edn Embla Hauksd\u00f3ttir", "cultural vandalism", None),
        (I, "Katr\u00edn Embla Hauksd\u00f3ttir", "the city had approved the location itself in 2024 after a public "
            "competition", None),
        (I, "Faxafl\u00f3ahafnir", "two small fishing boats had been damaged while manoeuvring near the pier in October",
            None),
        (P, "Faxafl\u00f3ahafnir", "look at the situation.", None),
        (P, "Gu\u00f0r\u00fan \u00c1sa Bergsd\u00f3ttir", "a dangerous precedent.", None),
        (D, "Gu\u00f0r\u00fan \u00c1sa Bergsd\u00f3ttir", "We commissioned Dagn\u00fd because she is one of the most "
            "important artists of her generation. That has not changed because some people do not like the view,", None),
        (I, "restaurant owner on Geirsgata", "business had dropped since the sculpture went up because tourists could no "
            "longer see the boats from the terrace", None),
        (D, "Hildur \u00d6sp J\u00f3nsd\u00f3ttir", "My kids call it the big wave. We come here every weekend to look at "
            "it,", None),
        (I, "Reykjav\u00edk City Council", "Relocation will cost an estimated 38 million ISK", None),
        (S, None, "Brimi\u00f0 question", None),
        (I, "Reykjav\u00edk City Council", "the move would not take place before spring", None),
    ],
    "actors": [
        actor("Dagn\u00fd Eir\u00edksd\u00f3ttir", "person", title="artist",
              aliases=["Dagn\u00fd Eir\u00edksd\u00f3ttir", "Dagn\u00fd"], stance=1),
        actor("Einar H\u00f3lm Sveinsson", "person", title="councillor, chair of the culture and tourism committee",
              affiliation="Reykjav\u00edk City Council", aliases=["Einar H\u00f3lm Sveinsson", "Einar"], stance=-1),
        actor("Katr\u00edn Embla Hauksd\u00f3ttir", "person", title="councillor", affiliation="Reykjav\u00edk City Council",
              aliases=["Katr\u00edn Embla Hauksd\u00f3ttir", "Katr\u00edn"], stance=1),
        actor("Faxafl\u00f3ahafnir", "organisation", title="harbour company", aliases=["Faxafl\u00f3ahafnir"], stance=-1),
        actor("Gu\u00f0r\u00fan \u00c1sa Bergsd\u00f3ttir", "person", title="director", affiliation="Reykjav\u00edk Art Museum",
              aliases=["Gu\u00f0r\u00fan \u00c1sa Bergsd\u00f3ttir", "Gu\u00f0r\u00fan"], stance=1),
        actor("restaurant owner on Geirsgata", "person", title="anonymous restaurant owner",
              aliases=["restaurant owner on Geirsgata"], stance=-1),
        actor("Hildur \u00d6sp J\u00f3nsd\u00f3ttir", "person", title="resident of Vesturb\u00e6r",
              aliases=["Hildur \u00d6sp J\u00f3nsd\u00f3ttir", "Hildur"], stance=1),
        actor("Reykjav\u00edk City Council", "government", title="city council",
              aliases=["Reykjav\u00edk City Council", "city"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Gazeta.uz (English; local news: a mahalla's demolition and compensation), headline without speech,
#    "Tashkent, 3 December 2026" line, straight " and apostrophes, Uzbek terms (khokimiyat, khokim, mahalla,
#    sotkas, sums). Lede content before "the Tashkent city khokimiyat said in a statement on Wednesday"; "The
#    khokimiyat said A "..." and that B" (partial plus indirect); deputy khokim "told a briefing that A", quote
#    with "Rakhimov said", Q&A "Asked by a Gazeta.uz correspondent whether ..., he replied: "...""; group
#    "Residents who spoke to Gazeta.uz say A"; resident's quote before "said Dilnoza Karimova", then a quote-
#    only paragraph; resident "said officials had ... pressed them to sign what he called a "..."" (partial
#    only); "According to Yusupov, A"; developer "said in a written reply ... that A and that B"; lawyer "said
#    A", "Sultanova said"; Ombudsman's office "said A and had sent B"; "The khokimiyat said A"; content before
#    "according to the city's construction department"; scare so-called "red line" plans.
ARTICLES[f"{BATCH}/tashkent-bogishamol-demolition.gold.json"] = {
    "article": f"{BATCH}/tashkent-bogishamol-demolition.txt",
    "target": "Tashkent city khokimiyat",
    "quotes": [
        (I, "Tashkent city khokimiyat", "More than 140 households in the Bogishamol mahalla of Tashkent's Yunusabad "
            "district must vacate their homes by 1 February to make way for a residential and business complex", None),
        (P, "Tashkent city khokimiyat", "at market value", None),
        (I, "Tashkent city khokimiyat", "the valuation had been carried out by an independent appraisal company", None),
        (I, "Jasur Rakhimov", "more than 90 families had already signed agreements", None),
        (D, "Jasur Rakhimov", "Nobody will be left on the street. Every family will receive housing or compensation "
            "before demolition begins,", None),
        (D, "Jasur Rakhimov", "We are working with each family individually. The law will be observed.", None),
        (I, "Residents who spoke to Gazeta.uz", "the figures do not reflect the real value of their homes", None),
        (D, "Dilnoza Karimova", "They offered us 410 million sums for a house with a garden of six sotkas. For that money "
            "you cannot buy a two-room flat in Yunusabad,", None),
        (D, "Dilnoza Karimova", "My father built this house with his own hands. Now they give us two weeks to decide.",
            None),
        (P, "Bahodir Yusupov", "voluntary agreement", None),
        (I, "Bahodir Yusupov", "several neighbours signed only because they were told the compensation would be lower "
            "after January", None),
        (I, "Yunusobod Invest Group", "it had no role in the valuation and that its obligations were limited to building "
            "replacement housing", None),
        (I, "Nodira Sultanova", "the demolition decision had not been published as required by the law on the procedure "
            "for seizing land plots, which came into force in 2023", None),
        (D, "Nodira Sultanova", "Under the law, owners must be notified at least six months in advance and must agree to "
            "the amount of compensation. Neither condition has been met here,", None),
        (I, "office of the Ombudsman of the Oliy Majlis", "it had received 37 complaints from Bogishamol residents and had "
            "sent an inquiry to the khokimiyat", None),
        (I, "Tashkent city khokimiyat", "it had not received any inquiry from the Ombudsman as of Wednesday evening",
            None),
        (I, "city's construction department", "In 2022-2025, more than 6,000 homes were demolished in Tashkent for new "
            "construction projects", None),
        (S, None, "red line", None),
    ],
    "actors": [
        actor("Tashkent city khokimiyat", "government", title="city administration", affiliation="Tashkent",
              aliases=["Tashkent city khokimiyat", "khokimiyat"], stance=1),
        actor("Jasur Rakhimov", "person", title="Deputy khokim of Tashkent for construction",
              affiliation="Tashkent city khokimiyat", aliases=["Jasur Rakhimov", "Rakhimov"], stance=1),
        actor("Residents who spoke to Gazeta.uz", "group", title="Bogishamol residents",
              aliases=["Residents who spoke to Gazeta.uz"], stance=-1),
        actor("Dilnoza Karimova", "person", title="resident", aliases=["Dilnoza Karimova", "Karimova"], stance=-1),
        actor("Bahodir Yusupov", "person", title="resident", aliases=["Bahodir Yusupov", "Yusupov"], stance=-1),
        actor("Yunusobod Invest Group", "organisation", title="developer", aliases=["Yunusobod Invest Group"],
              stance=0),
        actor("Nodira Sultanova", "person", title="lawyer", aliases=["Nodira Sultanova", "Sultanova"], stance=-1),
        actor("office of the Ombudsman of the Oliy Majlis", "government", title="ombudsman's office",
              affiliation="Oliy Majlis", aliases=["office of the Ombudsman of the Oliy Majlis", "Ombudsman"], stance=0),
        actor("city's construction department", "government", title="construction department",
              affiliation="Tashkent", aliases=["city's construction department"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
