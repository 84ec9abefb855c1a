"""Build the test32 gold files (data/eval/test32/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev91/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/test32/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test32.  Standard library only.

Held out: do not read while tuning the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/test32"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. EUobserver (Brussels EU affairs) foreign policy: Russia puts two EU dairy groups' subsidiaries under state
#    management. Headline and standfirst without quote marks (`that Brussels says amounts to expropriation`: a
#    standfirst `says` without marks, not annotated), `By NAME, Brussels` and `Today, 17:20` lines, straight `"` and
#    apostrophes, British punctuation outside fragments; lede content before `, according to a decree published by
#    the Kremlin on Tuesday`; commission `said it was "..." the case and that B` (partial plus indirect); anonymous
#    spokesperson named after the quote (`told EUobserver, adding that A`); `Moscow sees things differently.`, then
#    the foreign ministry `said in a statement that the measure was a "..." to what it called the "..." of ..., and
#    that B` (two partials plus indirect); company `said it had not been informed ... and was "..."` (partial only);
#    chief executive in an apposition `told Dutch broadcaster NOS ... that A`; scare so-called `"exit commission"`
#    (a writer's sentence between the chief executive's indirect and his quote closed by `he said`); MEP `said the
#    seizures showed that "..."` (partial only), `she said`; anonymous diplomat `said A`, then a quote with `the
#    diplomat said`; `According to the Kyiv School of Economics, A`; lawyer `said A`, then `A, he said, "..."`
#    (indirect before the cue plus a partial after it).
ARTICLES[f"{BATCH}/russia-seizes-european-dairy-subsidiaries.gold.json"] = {
    "article": f"{BATCH}/russia-seizes-european-dairy-subsidiaries.txt",
    "target": "Russia",
    "quotes": [
        (I, "Kremlin", "Russia has put the Russian operations of Dutch dairy group Vermeer Zuivel and Danish "
            "cheesemaker Hjortlund under the control of a state property agency", None),
        (P, "European Commission", "closely following", None),
        (I, "European Commission", "it would discuss possible countermeasures with member states next week", None),
        (D, "commission spokesperson", "This is expropriation in all but name, and it will not go unanswered,", None),
        (I, "commission spokesperson", "the commission had repeatedly warned EU companies about the risks of remaining "
            "in Russia", None),
        (P, "Russia's foreign ministry", "mirror response", None),
        (P, "Russia's foreign ministry", "illegal freezing", None),
        (I, "Russia's foreign ministry", "the companies' property rights were not affected", None),
        (P, "Vermeer Zuivel", "assessing all legal options", None),
        (I, "Maarten de Graaf", "the company had found a buyer in October and had been waiting for months for the "
            "approval of a Russian government commission", None),
        (S, None, "exit commission", None),
        (D, "Maarten de Graaf", "We did everything by the book. We asked for permission to leave, we waited, we "
            "accepted a discount of more than half. And now they simply take it,", None),
        (P, "Rasa Vaitkevičienė", "any euro left in Russia is a hostage", None),
        (D, "Rasa Vaitkevičienė", "Companies that stayed hoping to wait out the war should draw their own "
            "conclusions,", None),
        (I, "EU diplomat", "the room for retaliation was limited", None),
        (D, "EU diplomat", "We can talk about countermeasures, but what exactly do we take? Most Russian state money in "
            "Europe is already frozen,", None),
        (I, "Kyiv School of Economics", "Russia has taken control of at least 14 foreign-owned companies since 2023, "
            "most of them from EU and G7 countries", None),
        (I, "Sander Visser", "the decree followed a familiar pattern", None),
        (I, "Sander Visser", "Investors were usually left with a choice between a long legal fight they were unlikely "
            "to win in Russia and a claim under a bilateral investment treaty", None),
        (P, "Sander Visser", "which can take ten years", None),
    ],
    "actors": [
        actor("Kremlin", "government", affiliation="Russia", aliases=["Kremlin"], stance=1),
        actor("European Commission", "organisation", affiliation="European Union", aliases=["European Commission"],
              stance=-1),
        actor("commission spokesperson", "person", title="spokesperson (unnamed)", affiliation="European Commission",
              aliases=["commission spokesperson"], stance=-1),
        actor("Russia's foreign ministry", "government", affiliation="Russia", aliases=["Russia's foreign ministry"],
              stance=1),
        actor("Vermeer Zuivel", "organisation", title="Dutch dairy group", aliases=["Vermeer Zuivel"], stance=-1),
        actor("Maarten de Graaf", "person", title="chief executive", affiliation="Vermeer Zuivel",
              aliases=["Maarten de Graaf", "de Graaf"], stance=-1),
        actor("Rasa Vaitkevičienė", "person", title="MEP (Lithuania)", affiliation="European Parliament",
              aliases=["Rasa Vaitkevičienė", "Vaitkevičienė"], stance=-1),
        actor("EU diplomat", "person", title="diplomat (anonymous)", aliases=["EU diplomat", "the diplomat"],
              stance=0),
        actor("Kyiv School of Economics", "organisation", aliases=["Kyiv School of Economics"], stance=0),
        actor("Sander Visser", "person", title="sanctions lawyer", affiliation="Amsterdam",
              aliases=["Sander Visser", "Visser"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Screen Daily (Screen International, film trade press) business: a UK independent distributor enters
#    administration. Headline and standfirst without speech, `By NAME` and `2 December 2026` lines, straight `"` and
#    apostrophes (`Distributors'`, `d'Or`), British punctuation outside fragments, `Monday (November 30)`, `£1.9m`;
#    content before `, the firm confirmed to Screen`; joint administrator `said the company had been hit by "...",
#    and that B` (partial plus indirect), then `Foley said`; scare so-called `"elevated"` horror films; content before
#    `, according to Comscore`; founder `In a statement, Hale said he was "..."` (partial only), then a quote split by
#    `he said`; group `Several producers whose films ... said A`; anonymous producer `told Screen A`, `she said`;
#    director in an apposition `said he was "..."` (partial), then a quote with `he told Screen` in the same
#    paragraph; trade body `said the collapse was "..." of how ..., and called on the government to ...` (partial
#    only; the call is a directive); `Not everyone in the sector was surprised.`, then an anonymous rival `said Kestrel
#    had "..." at markets ..., chasing ...` (partial only); research manager `said A, while B` (one span), `she
#    said`; `The administrators said A` (the administrators' firm).
ARTICLES[f"{BATCH}/kestrel-films-administration.gold.json"] = {
    "article": f"{BATCH}/kestrel-films-administration.txt",
    "target": "Kestrel Films",
    "quotes": [
        (I, "Harcourt Restructuring", "Administrators from Harcourt Restructuring were appointed on Monday (November "
            "30)", None),
        (P, "Claire Foley", "a combination of weaker than expected box office, rising marketing costs and the "
            "withdrawal of a key lender", None),
        (I, "Claire Foley", "Harcourt was seeking a buyer for the business and its library of around 140 titles",
            None),
        (D, "Claire Foley", "There has been strong early interest in the library, and our priority now is to secure "
            "the best outcome for creditors, including the producers and sales agents who are owed money,", None),
        (S, None, "elevated", None),
        (I, "Comscore", "The Long Field, a Cannes competition title, grossed £1.9m in the UK and Ireland", None),
        (P, "Simon Hale", "heartbroken", None),
        (D, "Simon Hale", "We took risks on films nobody else would touch, and most of the time audiences rewarded us. "
            "This year they did not, at least not enough,", None),
        (D, "Simon Hale", "I am sorry to every filmmaker who trusted us with their work.", None),
        (I, "Several producers", "they had not been told about the administration before it was announced", None),
        (I, "producer, who asked not to be named", "the company owed her a minimum guarantee instalment of £60,000",
            None),
        (D, "producer, who asked not to be named", "We found out from a trade story. Nobody called,", None),
        (P, "Aled Pryce", "in limbo", None),
        (D, "Aled Pryce", "The rights are tied up with the administrators, and nobody can tell me when or whether the "
            "film will come out,", None),
        (P, "Film Distributors' Association", "a painful reminder", None),
        (P, "rival distributor", "paid too much, too often", None),
        (I, "Louise Marchetti", "admissions for non-English-language films in UK cinemas had fallen by roughly a fifth "
            "since 2019, while digital rental revenue had failed to make up the difference", None),
        (D, "Louise Marchetti", "The middle of the market is being squeezed from both ends. Distributors like Kestrel "
            "were doing a lot of the cultural heavy lifting with very little financial cushion,", None),
        (I, "Harcourt Restructuring", "Kestrel's back catalogue, including several Palme d'Or winners, would continue "
            "to be available on streaming platforms while a sale was explored", None),
    ],
    "actors": [
        actor("Harcourt Restructuring", "organisation", title="administrators",
              aliases=["Harcourt Restructuring", "Harcourt", "administrators"], stance=0),
        actor("Claire Foley", "person", title="Joint administrator", affiliation="Harcourt Restructuring",
              aliases=["Claire Foley", "Foley"], stance=0),
        actor("Comscore", "organisation", title="box office data provider", aliases=["Comscore"], stance=None),
        actor("Simon Hale", "person", title="founder", affiliation="Kestrel Films", aliases=["Simon Hale", "Hale"],
              stance=1),
        actor("Several producers", "group", aliases=["Several producers"], stance=-1),
        actor("producer, who asked not to be named", "person", title="producer (anonymous)",
              aliases=["producer, who asked not to be named"], stance=-1),
        actor("Aled Pryce", "person", title="Director", aliases=["Aled Pryce", "Pryce"], stance=-1),
        actor("Film Distributors' Association", "organisation", title="trade body",
              aliases=["Film Distributors' Association", "FDA"], stance=0),
        actor("rival distributor", "person", title="distributor (anonymous)", aliases=["rival distributor"],
              stance=-1),
        actor("Louise Marchetti", "person", title="research manager", affiliation="Ampere Analysis",
              aliases=["Louise Marchetti", "Marchetti"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Agriland (Irish farming news) tillage/policy: tillage farmers still waiting on scheme payments from the
#    Department of Agriculture. Headline `..., IFA says` without quote marks (not annotated), `By NAME` and
#    `2 December 2026 - 12:45 pm` lines, curly `“ ”` and `’`, Irish usage (`Co. Wexford`, `€300/ha`, `TD`,
#    `Tuesday (December 1)`); a reported clause inside the writer's lede (`after the Department ... (DAFM) said
#    they would be paid`); `The department confirmed to Agriland ... that A, which pays ...` (the writer's relative
#    clause not included); spokesperson `said the delay had been caused by "..." ... and that the "..." of ...`
#    (two partials); IFA grain chair `said it was "..." that ...` (partial only), `he said`, then a quote-only
#    paragraph (continuity); ICMSA `said the department's handling ... was part of a wider pattern ... that was
#    "..."` (partial only); minister `Replying to a parliamentary question ..., the Minister ..., Martin Fitzgerald,
#    said his officials were "..."` (partial only), then `The minister said A, and that this had "..."` (indirect
#    plus partial); TD `described the answer as "..."`, then a quote with `Cahill told Agriland`; farmer `said A`,
#    `he said`; `According to Teagasc figures, A, a rise ...` (the writer's apposition not included); economist
#    `said margins ... were "..." without the payment, and that B` (partial plus indirect); scare so-called
#    `"protein gap"`.
ARTICLES[f"{BATCH}/tillage-scheme-payment-delays-department.gold.json"] = {
    "article": f"{BATCH}/tillage-scheme-payment-delays-department.txt",
    "target": "Department of Agriculture, Food and the Marine",
    "quotes": [
        (I, "Department of Agriculture, Food and the Marine", "they would be paid", None),
        (I, "Department of Agriculture, Food and the Marine", "a total of €9.2 million remained outstanding under the scheme",
            None),
        (P, "department spokesperson", "additional cross-checks", None),
        (P, "department spokesperson", "vast majority", "“vast majority” of outstanding"),
        (P, "Kieran Dunne", "completely unacceptable", None),
        (D, "Kieran Dunne", "Farmers were told in September that this money was coming in October. Then it was "
            "November. Now it’s Christmas,", None),
        (D, "Kieran Dunne", "Meanwhile, the merchant is looking for his money for seed and fertiliser and the bank is "
            "looking for its money for the overdraft. There’s no cross-check on that.", None),
        (P, "Irish Creamery Milk Suppliers’ Association", "damaging trust", None),
        (P, "Martin Fitzgerald", "working intensively", None),
        (I, "Martin Fitzgerald", "the scheme had been oversubscribed in its first year, with 4,800 applications "
            "received against an expected 3,000", None),
        (P, "Martin Fitzgerald", "put pressure on processing", None),
        (P, "Seán Cahill", "the same old story", None),
        (D, "Seán Cahill", "The department can find the resources to inspect farmers at the drop of a hat, but it can’t "
            "find them to pay farmers on time,", None),
        (I, "Seamus Doyle", "he was owed €12,000 under the scheme", None),
        (D, "Seamus Doyle", "I planted beans because the department asked us to. That was the whole point of it. I’d "
            "think twice about doing it again,", None),
        (I, "Teagasc", "the area of beans and peas in Ireland rose by about 35% this year", None),
        (P, "Orla Kinsella", "wafer thin", None),
        (I, "Orla Kinsella", "any loss of confidence in the scheme could reverse the gains made in 2026", None),
        (S, None, "protein gap", None),
    ],
    "actors": [
        actor("Department of Agriculture, Food and the Marine", "government", affiliation="Ireland",
              aliases=["Department of Agriculture, Food and the Marine", "DAFM", "the department"], stance=0),
        actor("department spokesperson", "person", affiliation="Department of Agriculture, Food and the Marine",
              aliases=["department spokesperson"], stance=1),
        actor("Kieran Dunne", "person", title="grain chair", affiliation="Irish Farmers’ Association (IFA)",
              aliases=["Kieran Dunne", "Dunne"], stance=-1),
        actor("Irish Creamery Milk Suppliers’ Association", "organisation", title="farm organisation",
              aliases=["Irish Creamery Milk Suppliers’ Association", "ICMSA"], stance=-1),
        actor("Martin Fitzgerald", "person", title="Minister for Agriculture, Food and the Marine",
              affiliation="Government of Ireland",
              aliases=["Martin Fitzgerald", "Fitzgerald", "Minister for Agriculture, Food and the Marine"],
              stance=1),
        actor("Seán Cahill", "person", title="Independent TD", aliases=["Seán Cahill", "Cahill"], stance=-1),
        actor("Seamus Doyle", "person", title="tillage farmer", affiliation="Gorey, Co. Wexford",
              aliases=["Seamus Doyle", "Doyle"], stance=-1),
        actor("Teagasc", "government", title="agriculture and food development authority", affiliation="Ireland",
              aliases=["Teagasc"], stance=None),
        actor("Orla Kinsella", "person", title="tillage economist", affiliation="Teagasc",
              aliases=["Orla Kinsella", "Dr Orla Kinsella", "Kinsella"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Himalayan Times (Nepal) business/energy: the Nepal Electricity Authority cuts power to 38 industries over
#    unpaid dues. Headline without speech, `Himalayan News Service` and `KATHMANDU, DECEMBER 2` lines, straight `"`
#    and apostrophes, Nepali English usage (`As per the NEA, A`, `informed that`, `opined that`, `have termed the
#    move "..."`, `Rs 8.4 billion`, `per cent`, `told THT`); lede without a cue (not annotated); spokesperson named
#    after the quote (`NEA Spokesperson Suresh Bhattarai told THT`); `Bhattarai informed that A and that B` (one
#    span); group `Industrialists ... have termed the move "..."`; CNI `said in a press statement that the NEA had
#    "..." at a time when ..., and urged the government to intervene` (partial only; the urging is a directive);
#    scare so-called `"peak-hour"` premium tariff; `Industrialists argue that A, while the NEA maintains B` (two
#    indirects); mill owner `said A`, quote split by `he said`; shared surname: FNCCI vice-president Binod Shrestha
#    `said A but warned that "..." by ...` (indirect plus partial) and energy expert Prabin Shrestha `opined that A,
#    and that B` (one span), each always named in full; ministry secretary with the title before the name (`Secretary
#    at the Ministry ..., Kamal Prasad Joshi, said A`), then a quote with `Joshi said`; `According to the NEA's annual
#    report, A` (the NEA).
ARTICLES[f"{BATCH}/nea-cuts-power-to-industries-over-dues.gold.json"] = {
    "article": f"{BATCH}/nea-cuts-power-to-industries-over-dues.txt",
    "target": "Nepal Electricity Authority",
    "quotes": [
        (I, "Nepal Electricity Authority", "the industries owe a combined Rs 8.4 billion in outstanding bills and late "
            "fees accumulated over several years", None),
        (D, "Suresh Bhattarai", "We have given them notice after notice. Some of them have not paid a single rupee even "
            "after the Supreme Court gave its verdict. We cannot keep supplying electricity to those who refuse to "
            "pay,", None),
        (I, "Suresh Bhattarai", "the authority had sent a final 15-day notice to the industries on November 12 and "
            "that supply would be restored as soon as the dues were cleared or a payment schedule was agreed", None),
        (P, "Industrialists", "vindictive", None),
        (P, "Confederation of Nepalese Industries", "chosen confrontation over dialogue", None),
        (S, None, "peak-hour", None),
        (I, "Industrialists", "they were never informed of the premium rate", None),
        (I, "Nepal Electricity Authority", "the tariff had been approved by its board", None),
        (I, "Rajendra Agrawal", "around 600 workers at his factory had been sent home since the supply was cut on "
            "Monday evening", None),
        (D, "Rajendra Agrawal", "If they want to cut our line, they should first tell us which bill is correct. We have "
            "received three different figures from NEA in two years,", None),
        (D, "Rajendra Agrawal", "This is not the way to treat the people who pay the highest tariff in the country.",
            None),
        (I, "Binod Shrestha", "the federation was ready to hold talks", None),
        (P, "Binod Shrestha", "industries cannot be held hostage", None),
        (I, "Kamal Prasad Joshi", "the ministry had formed a three-member committee to study the dispute and recommend a "
            "solution within a month", None),
        (D, "Kamal Prasad Joshi", "The law is clear that dues must be paid. But we also do not want industries to shut "
            "down,", None),
        (I, "Prabin Shrestha", "the NEA was within its rights, and that successive governments had allowed the issue to "
            "drag on for political reasons", None),
        (I, "Nepal Electricity Authority", "industrial consumers accounted for nearly 40 per cent of its revenue in the "
            "last fiscal year", None),
    ],
    "actors": [
        actor("Nepal Electricity Authority", "organisation", title="state-owned power utility", affiliation="Nepal",
              aliases=["Nepal Electricity Authority", "NEA"], stance=1),
        actor("Suresh Bhattarai", "person", title="NEA Spokesperson", affiliation="Nepal Electricity Authority",
              aliases=["Suresh Bhattarai", "Bhattarai"], stance=1),
        actor("Industrialists", "group", aliases=["Industrialists"], stance=-1),
        actor("Confederation of Nepalese Industries", "organisation",
              aliases=["Confederation of Nepalese Industries", "CNI"], stance=-1),
        actor("Rajendra Agrawal", "person", title="steel rolling mill owner", affiliation="Parsa",
              aliases=["Rajendra Agrawal", "Agrawal"], stance=-1),
        actor("Binod Shrestha", "person", title="Vice-president",
              affiliation="Federation of Nepalese Chambers of Commerce and Industry (FNCCI)",
              aliases=["Binod Shrestha"], stance=-1),
        actor("Kamal Prasad Joshi", "person", title="Secretary",
              affiliation="Ministry of Energy, Water Resources and Irrigation",
              aliases=["Kamal Prasad Joshi", "Joshi"], stance=0),
        actor("Prabin Shrestha", "person", title="Energy expert", aliases=["Prabin Shrestha"], stance=1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
