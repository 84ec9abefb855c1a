"""Build the dev106 gold files (data/eval/dev106/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev106/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev106.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev106"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Sofia Globe energy/diplomacy (Parliament extends the special manager's mandate at Lukoil's Burgas
#    refinery), headline with a curly single fragment `Russia slams Bulgaria's 'seizure' ...` (partial, Russia),
#    `Written by The Sofia Globe staff on December 9, 2026` line, curly quotes and apostrophes; lede `a move the
#    Russian embassy in Sofia described as "..."` (partial); minister `told MPs that A and that B` (one span),
#    quote with `Petrov said`; special manager `said A`; embassy `said [in a statement posted on its Telegram
#    channel] A and that Moscow "..." to ...` (indirect plus partial), then `the statement said`; Lukoil `said A`,
#    quote with `it said in a written response`; caption ending `Photo: Burgas Municipality`; MP `said the
#    government was "..." with ...` (partial only), `she asked from the rostrum`; Q&A `Asked by reporters ...,
#    Petrov replied: "..."`; union leader sharing the minister's surname (`Stoyan Petrov, ... no relation of the
#    minister`) `said A`, `he said`; anonymous official `told The Sofia Globe that ... were at "..."` (partial
#    only); analyst `said A`, `Koleva said`; scare so-called "Lukoil law".
ARTICLES[f"{BATCH}/burgas-refinery-special-manager-russia.gold.json"] = {
    "article": f"{BATCH}/burgas-refinery-special-manager-russia.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "seizure", "slams"),
        (P, "Russian embassy in Sofia", "an undisguised seizure of Russian property", None),
        (I, "Zhivko Petrov", "the special administration had kept the refinery working without a single day of "
            "interruption and that fuel supplies to the domestic market were secure", None),
        (D, "Zhivko Petrov", "We did not take this decision against anyone. We took it because Bulgaria cannot allow "
            "its only refinery to become hostage to sanctions imposed on its owner,", None),
        (I, "Rumen Spasov", "the plant had processed 6.1 million tonnes of crude oil in the first eleven months of the "
            "year, almost all of it from non-Russian sources", None),
        (I, "Russian embassy in Sofia", "the decision violated the bilateral agreement on the mutual protection of "
            "investments", None),
        (P, "Russian embassy in Sofia", "reserves the right to take all necessary measures", None),
        (D, "Russian embassy in Sofia", "Bulgaria is acting not as a sovereign state but as an executor of someone "
            "else\u2019s will,", None),
        (I, "Lukoil", "it had not been consulted on the amendments", None),
        (D, "Lukoil", "The company has repeatedly offered constructive solutions that would preserve jobs and "
            "guarantee the stable operation of the refinery. These proposals have been ignored,", None),
        (P, "Nadezhda Bozhilova", "playing with fire", None),
        (D, "Nadezhda Bozhilova", "Today it is Lukoil. Tomorrow, which foreign investor will trust Bulgaria?", None),
        (D, "Zhivko Petrov", "Russia turned gas into a weapon against Europe a long time ago. We are prepared for "
            "anything.", None),
        (I, "Stoyan Petrov", "workers cared more about their wages than about who owned the plant", None),
        (D, "Stoyan Petrov", "For people here the question is simple: will there be salaries in January? Nobody has "
            "told us what happens after the sale,", None),
        (P, "government official", "an advanced stage", None),
        (I, "Iliana Koleva", "Russia had used Neftochim for years as an instrument of political influence in "
            "Bulgaria", None),
        (D, "Iliana Koleva", "The refinery was never just a business. It financed networks, it shaped policy, and it "
            "kept Bulgaria dependent,", None),
        (S, None, "Lukoil law", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Russian embassy in Sofia", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Sofia", "the embassy"], stance=1),
        actor("Zhivko Petrov", "person", title="Energy Minister", affiliation="Bulgaria",
              aliases=["Zhivko Petrov", "Petrov"], stance=-1),
        actor("Rumen Spasov", "person", title="special manager", affiliation="Lukoil Neftochim Burgas",
              aliases=["Rumen Spasov", "Spasov"], stance=None),
        actor("Lukoil", "organisation", title="oil company (refinery owner)", affiliation="Russia",
              aliases=["Lukoil"], stance=1),
        actor("Nadezhda Bozhilova", "person", title="MP", affiliation="Vazrazhdane",
              aliases=["Nadezhda Bozhilova", "Bozhilova"], stance=1),
        actor("Stoyan Petrov", "person", title="head of the union branch at the refinery", affiliation="Podkrepa",
              aliases=["Stoyan Petrov"], stance=None),
        actor("government official", "person", title="anonymous official", affiliation="Bulgarian government",
              aliases=["government official"], stance=None),
        actor("Iliana Koleva", "person", title="energy analyst", affiliation="Center for the Study of Democracy",
              aliases=["Iliana Koleva", "Koleva"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. InDaily (Adelaide) local news (the council leases part of Rymill Park to a festival operator), headline
#    and standfirst without speech, byline and date lines after the standfirst, curly quotes and apostrophes,
#    spaced en dash inside a quote; council `said in a statement ... that A and that B` (one span); Lord Mayor's
#    quote with `she said` and a quote-only paragraph; association president `said the vote was "..." and that
#    B` (partial plus indirect), `Ellery said A`, quote with `she said`; `Read more:` line; councillor `told
#    InDaily A`, quote with `Dunn said`; Q&A-like `Asked about the advice, a council spokesperson said it was
#    "..." and that B` (partial plus indirect); festival director with a common-word surname (`Bright said`)
#    `said A`; anonymous resident `said the noise ... had been "..." and that B` (partial plus indirect); minister
#    `said A, but expected the park to be returned "..."` (indirect plus partial), `he said`; `InDaily revealed
#    in September that ...` (the outlet's own reporting, not annotated); scare so-called "festival corridor".
ARTICLES[f"{BATCH}/rymill-park-festival-fence-council.gold.json"] = {
    "article": f"{BATCH}/rymill-park-festival-fence-council.txt",
    "target": "Adelaide City Council",
    "quotes": [
        (I, "Adelaide City Council", "the lease would raise $420,000 for Park Lands maintenance and that the site "
            "would be fully restored by the end of April", None),
        (D, "Hannah Kotsopoulos", "The Park Lands are there to be used and enjoyed. A festival that brings 300,000 "
            "people into the east end is exactly the kind of use they were created for,", None),
        (D, "Hannah Kotsopoulos", "We\u2019ve listened, we\u2019ve shortened the lease and we\u2019ve put strict "
            "conditions on the operator. I\u2019m comfortable with where we\u2019ve landed.", None),
        (P, "Margaret Ellery", "another slice taken off the Park Lands", None),
        (I, "Margaret Ellery", "the council was ignoring its own management strategy", None),
        (I, "Margaret Ellery", "the association had collected more than 2,000 signatures against the lease in less "
            "than a fortnight", None),
        (D, "Margaret Ellery", "Every summer the fences go up a little earlier and come down a little later. Nobody "
            "ever decides to give the Park Lands away \u2013 it just happens, one lease at a time,", None),
        (I, "Phillip Dunn", "the council had received legal advice in October that raised questions about how long a "
            "section of the Park Lands could be closed without state approval", None),
        (D, "Phillip Dunn", "If the advice says what I think it says, ratepayers deserve to see it before we sign "
            "anything,", None),
        (P, "council spokesperson", "legally privileged", None),
        (I, "council spokesperson", "the lease complied with the Adelaide Park Lands Act", None),
        (I, "Sam Bright", "the hub would include three stages, a food market and a free family zone open during "
            "daylight hours", None),
        (D, "Sam Bright", "We\u2019re not building a fortress. Half the site will be free to walk into, and we\u2019ll "
            "be out of there before the autumn footy starts,", None),
        (P, "Kent Town woman", "relentless", None),
        (I, "Kent Town woman", "the council had never answered her complaints", None),
        (I, "Joel Ferraro", "the government would respect the council\u2019s decision", None),
        (P, "Joel Ferraro", "in better shape than it was found", None),
        (D, "Joel Ferraro", "The Park Lands belong to all South Australians, not just the people who live next to them "
            "or the people who run festivals on them,", None),
        (S, None, "festival corridor", None),
    ],
    "actors": [
        actor("Adelaide City Council", "government", title="city council",
              aliases=["Adelaide City Council", "The council", "the council"], stance=1),
        actor("Hannah Kotsopoulos", "person", title="Lord Mayor", affiliation="Adelaide City Council",
              aliases=["Hannah Kotsopoulos", "Kotsopoulos"], stance=1),
        actor("Margaret Ellery", "person", title="president", affiliation="Adelaide Park Lands Preservation Association",
              aliases=["Margaret Ellery", "Ellery"], stance=-1),
        actor("Phillip Dunn", "person", title="Area councillor", affiliation="Adelaide City Council",
              aliases=["Phillip Dunn", "Dunn"], stance=-1),
        actor("council spokesperson", "person", title="spokesperson", affiliation="Adelaide City Council",
              aliases=["council spokesperson"], stance=1),
        actor("Sam Bright", "person", title="director", affiliation="Sunline Events",
              aliases=["Sam Bright", "Bright"], stance=1),
        actor("Kent Town woman", "person", title="anonymous resident", aliases=["Kent Town woman"], stance=-1),
        actor("Joel Ferraro", "person", title="Planning Minister", affiliation="South Australian government",
              aliases=["Joel Ferraro", "Ferraro"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Business Recorder (Pakistan) business/health (the regulator serves a show-cause notice on a drugmaker that
#    halted insulin production), headline without speech, `Recorder Report` byline, `KARACHI:` dateline running
#    into the lede, straight `"` and apostrophes, `percent`, `Rs`; lede without a cue (the notice, an act);
#    `In the notice, ..., the regulator said A and that B` (one span); spokesperson `said the authority would "..."
#    in a dispute over prices` (partial only), `she said`; company `said in a notice to the bourse ... that A`;
#    `According to the company, A`; `Talking to Business Recorder, ... chief executive ... insisted A`, `he said`,
#    `He added that the company would resume production "..." if ...` (partial only); association chairman with a
#    title chain before the name `said A and that B` (one span), `he said`; `Patients' groups and doctors took a
#    different view.` (no speech); medical association `said in a statement that A and called on ...` (indirect;
#    directive not annotated); doctor `said A`, `she said`; patient `said A`, `he said` (his quote reports the
#    pharmacist without marks: his own); anonymous analyst `said A`; scare so-called "hardship cases".
ARTICLES[f"{BATCH}/zenora-insulin-production-halt-drap.gold.json"] = {
    "article": f"{BATCH}/zenora-insulin-production-halt-drap.txt",
    "target": "Zenora Pharmaceuticals Limited",
    "quotes": [
        (I, "Drug Regulatory Authority of Pakistan", "the company had stopped manufacturing a registered essential "
            "medicine without giving the mandatory six months' notice and that its licence for the product could be "
            "cancelled if supplies were not restored within 15 days", None),
        (P, "Saima Qureshi", "not allow any company to hold patients hostage", None),
        (D, "Saima Qureshi", "Insulin is a life-saving drug. Companies are free to approach us for a price review, and "
            "many have done so, but stopping supply is not the way,", None),
        (I, "Zenora Pharmaceuticals Limited", "it had suspended production because the maximum retail price fixed for "
            "the product no longer covered the cost of imported raw material", None),
        (I, "Zenora Pharmaceuticals Limited", "the cost of producing one vial had risen by 64 percent since the last "
            "price revision in 2024, mainly due to currency depreciation and higher freight charges", None),
        (I, "Faisal Naqvi", "the company had applied for a price increase in April and had received no response", None),
        (D, "Faisal Naqvi", "We have been selling at a loss for eighteen months. No business can survive that, and we "
            "told DRAP as much in writing, three times,", None),
        (P, "Faisal Naqvi", "within days", None),
        (I, "Mian Tariq Javed", "Zenora's case was not an isolated one and that at least 40 essential medicines were at "
            "risk of shortage for the same reason", None),
        (D, "Mian Tariq Javed", "The regulator treats every request for a price adjustment as if it were profiteering. "
            "Then, when the shelves are empty, it blames the manufacturers,", None),
        (I, "Pakistan Medical Association", "the company had put the lives of thousands of diabetics at risk", None),
        (I, "Nasreen Memon", "many of her patients had switched to imported brands that cost almost three times as "
            "much", None),
        (D, "Nasreen Memon", "A labourer earning Rs 37,000 a month cannot pay that. Some of my patients are simply "
            "skipping doses,", None),
        (I, "Ghulam Rasool", "he had visited seven pharmacies in Saddar on Monday before finding two vials", None),
        (D, "Ghulam Rasool", "The pharmacist told me to come back next week. What do I do until next week?", None),
        (I, "analyst at a Karachi-based brokerage", "the dispute was unlikely to dent Zenora's earnings significantly, "
            "as insulin accounted for less than 8 percent of its revenue", None),
        (S, None, "hardship cases", None),
    ],
    "actors": [
        actor("Drug Regulatory Authority of Pakistan", "government", title="drug regulator", affiliation="Pakistan",
              aliases=["Drug Regulatory Authority of Pakistan", "DRAP", "the regulator"], stance=-1),
        actor("Saima Qureshi", "person", title="DRAP spokesperson", affiliation="Drug Regulatory Authority of Pakistan",
              aliases=["Saima Qureshi", "Dr Saima Qureshi", "Qureshi"], stance=-1),
        actor("Zenora Pharmaceuticals Limited", "organisation", title="drugmaker",
              aliases=["Zenora Pharmaceuticals Limited", "Zenora", "the company"], stance=1),
        actor("Faisal Naqvi", "person", title="chief executive", affiliation="Zenora Pharmaceuticals Limited",
              aliases=["Faisal Naqvi", "Naqvi"], stance=1),
        actor("Mian Tariq Javed", "person", title="Chairman",
              affiliation="Pakistan Pharmaceutical Manufacturers' Association",
              aliases=["Mian Tariq Javed", "Javed"], stance=1),
        actor("Pakistan Medical Association", "organisation", title="doctors' association",
              aliases=["Pakistan Medical Association", "PMA"], stance=-1),
        actor("Nasreen Memon", "person", title="endocrinologist", affiliation="public hospital in Hyderabad",
              aliases=["Nasreen Memon", "Dr Nasreen Memon", "Memon"], stance=-1),
        actor("Ghulam Rasool", "person", title="retired schoolteacher, 61", aliases=["Ghulam Rasool", "Rasool"],
              stance=-1),
        actor("analyst at a Karachi-based brokerage", "person", title="anonymous analyst",
              aliases=["analyst at a Karachi-based brokerage"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Saudi Gazette sport (a Roshn Saudi League coach under pressure after a fifth straight defeat), headline
#    without speech, `Saudi Gazette report` byline, `DAMMAM —` dateline, straight `"` and apostrophes; lede `said on
#    Saturday he would not resign, a day after ...` (span stops before the writer's `a day after`); `the 51-year-old
#    Serbian said A`; quote with `Mirković said` and a quote-only paragraph; Q&A `Asked whether ..., he replied:
#    "..."`; club `said in a statement on X ... that the board would "..." after ...` (partial only); two speakers
#    sharing a surname (club president Ahmed Al-Ghamdi, midfielder Saleh Al-Ghamdi, `no relation to the
#    president`), each `said/told ... A and that B` (one span), then `he said`; supporters' association `said the
#    team had "..." and called on the board to act ...` (partial; directive not annotated); pundit `said A`,
#    `Al-Harbi said`; opposing coach `declined to comment ..., saying only that his own team had "..."` (partial);
#    `According to sources close to the club, A`; scare much-trumpeted "attacking football".
ARTICLES[f"{BATCH}/al-khaleej-coach-mirkovic-defeat.gold.json"] = {
    "article": f"{BATCH}/al-khaleej-coach-mirkovic-defeat.txt",
    "target": "Dragan Mirkovi\u0107",
    "quotes": [
        (I, "Dragan Mirkovi\u0107", "he would not resign", None),
        (I, "Dragan Mirkovi\u0107", "he still had the backing of the squad", None),
        (D, "Dragan Mirkovi\u0107", "I have been in football for thirty years. I know what a bad run looks like and I "
            "know how to come out of it. The players are fighting for me and I will fight for them,", None),
        (D, "Dragan Mirkovi\u0107", "What I will not do is walk away in the middle of the season. That is not who I "
            "am.", None),
        (D, "Dragan Mirkovi\u0107", "We speak every day. Nobody has told me anything else.", None),
        (P, "Al-Khaleej", "evaluate the technical situation", None),
        (I, "Ahmed Al-Ghamdi", "no decision had been taken and that the board would not act under pressure from social "
            "media", None),
        (D, "Ahmed Al-Ghamdi", "We brought him here for a project, not for five matches. But the results must change, "
            "and he knows it,", None),
        (I, "Saleh Al-Ghamdi", "the dressing room was united behind Mirkovi\u0107 and that the players had to take "
            "their share of the blame", None),
        (D, "Saleh Al-Ghamdi", "It is easy to blame the coach. We are the ones on the pitch, we are the ones who "
            "conceded four goals,", None),
        (P, "Al-Khaleej supporters' association", "no identity and no plan", None),
        (I, "Fahad Al-Harbi", "Mirkovi\u0107 had lost the trust of his players weeks ago", None),
        (D, "Fahad Al-Harbi", "You could see it in the second half. Nobody was running, nobody was talking to each "
            "other. When a team stops running for a coach, it is over,", None),
        (P, "Yousef Al-Anazi", "deserved the three points", None),
        (I, "sources close to the club", "the board has already contacted two potential replacements, one of them a "
            "former Al-Khaleej coach", None),
        (S, None, "attacking football", None),
    ],
    "actors": [
        actor("Dragan Mirkovi\u0107", "person", title="head coach", affiliation="Al-Khaleej",
              aliases=["Dragan Mirkovi\u0107", "Mirkovi\u0107", "the 51-year-old Serbian"], stance=1),
        actor("Al-Khaleej", "organisation", title="football club", aliases=["Al-Khaleej"], stance=0),
        actor("Ahmed Al-Ghamdi", "person", title="club president", affiliation="Al-Khaleej",
              aliases=["Ahmed Al-Ghamdi"], stance=0),
        actor("Saleh Al-Ghamdi", "person", title="midfielder", affiliation="Al-Khaleej",
              aliases=["Saleh Al-Ghamdi"], stance=1),
        actor("Al-Khaleej supporters' association", "group", title="supporters' association", affiliation="Al-Khaleej",
              aliases=["Al-Khaleej supporters' association"], stance=-1),
        actor("Fahad Al-Harbi", "person", title="former Saudi international, TV pundit", affiliation="SSC",
              aliases=["Fahad Al-Harbi", "Al-Harbi"], stance=-1),
        actor("Yousef Al-Anazi", "person", title="coach", affiliation="Al-Fateh",
              aliases=["Yousef Al-Anazi", "Al-Anazi"], stance=None),
        actor("sources close to the club", "group", title="anonymous sources", affiliation="Al-Khaleej",
              aliases=["sources close to the club"], stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
