"""Build the dev90 gold files (data/eval/dev90/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev90/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev90.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev90"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. OC Media (Caucasus) transport/diplomacy (Russia bars Georgian lorries from the Upper Lars crossing), headline
#    with a curly single fragment `for ‘repairs’` (partial for Russia, the entity the headline names), `by NAME` and
#    `3 December 2026` lines, caption with `Photo: .../OC Media.`, curly `“ ”` and `’`, British spelling (`lorries`,
#    `tonnes`); content before `, according to Georgia’s Interior Ministry`; `In a statement late on Wednesday,
#    Russia’s Federal Agency ... (Rosgranitsa) said A, and that the restriction was needed for “...” on ...`
#    (indirect plus partial); `did not explain why` (negated); foreign ministry `called the decision “...” and said
#    A` (partial plus indirect); MP `told journalists in parliament that the closure was “...”` (partial only); scare
#    so-called `“strategic patience”`; `Opposition MP ... was scathing.`, then a quote with `Chkheidze said`; `Read
#    more:` line; driver named after the first stretch, then a quote-only paragraph left open and a closed one;
#    `Several drivers said A`, `they said`; regional minister `told the TASS news agency that the cargo terminal had
#    been “...” and that B` (partial plus indirect); Armenian ministry `said A and that B` (one span); analyst `said
#    A, and that B` (one span, with an apposition inside).
ARTICLES[f"{BATCH}/russia-upper-lars-georgian-trucks-barred.gold.json"] = {
    "article": f"{BATCH}/russia-upper-lars-georgian-trucks-barred.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "repairs", "for \u2018"),
        (I, "Georgia’s Interior Ministry", "More than 600 lorries were queuing on the Georgian Military Road on "
            "Thursday morning", None),
        (I, "Federal Agency for the Development of the State Border", "the Verkhny Lars checkpoint would accept only "
            "vehicles registered in Russia and other Eurasian Economic Union countries until 17 December", None),
        (P, "Federal Agency for the Development of the State Border", "urgent repair works", None),
        (P, "Georgia’s Foreign Ministry", "discriminatory and politically motivated", None),
        (I, "Georgia’s Foreign Ministry", "it had raised the matter through the Swiss Embassy, which represents "
            "Russia’s interests in Tbilisi", None),
        (P, "Mamuka Beridze", "a technical issue", None),
        (S, None, "strategic patience", None),
        (D, "Levan Chkheidze", "Moscow closes the road whenever it wants to remind us who holds the key. And our "
            "government says thank you,", None),
        (D, "Gocha Kapanadze", "I have been here since Tuesday. I have 20 tonnes of mandarins from Adjara in the back, "
            "and in three days they will be worth nothing,", None),
        (D, "Gocha Kapanadze", "Nobody tells us anything. The Russians say repairs, our side says wait. We sleep in the "
            "cabins and run the engines all night to stay warm.", None),
        (D, "Gocha Kapanadze", "If this goes on one more week, I will dump the load by the road and go home.", None),
        (I, "Several drivers", "they had been advised by Georgian police to return to Tbilisi but had refused", None),
        (D, "Several drivers", "If we leave the queue, we lose our place,", None),
        (P, "Alan Dzhioev", "operating beyond its capacity for years", None),
        (I, "Alan Dzhioev", "the repairs could not wait until spring", None),
        (I, "Armenia’s Ministry of Territorial Administration and Infrastructure", "Armenian lorries were not affected "
            "by the ban and that the queues on the Georgian side were delaying them by up to two days", None),
        (I, "Irakli Menabde", "Moscow had closed the crossing at politically sensitive moments before, and that the "
            "timing, a week after Tbilisi signed a transit agreement with Azerbaijan and Kazakhstan, was unlikely to be "
            "a coincidence", None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Georgia’s Interior Ministry", "government", affiliation="Georgia",
              aliases=["Georgia’s Interior Ministry"], stance=0),
        actor("Federal Agency for the Development of the State Border", "government", affiliation="Russia",
              aliases=["Federal Agency for the Development of the State Border", "Rosgranitsa", "The agency"],
              stance=1),
        actor("Georgia’s Foreign Ministry", "government", affiliation="Georgia", aliases=["Georgia’s Foreign Ministry"],
              stance=-1),
        actor("Mamuka Beridze", "person", title="MP", affiliation="Georgian Dream",
              aliases=["Mamuka Beridze", "Beridze"], stance=1),
        actor("Levan Chkheidze", "person", title="Opposition MP", affiliation="Georgian opposition",
              aliases=["Levan Chkheidze", "Chkheidze"], stance=-1),
        actor("Gocha Kapanadze", "person", title="lorry driver", affiliation="Batumi",
              aliases=["Gocha Kapanadze", "Kapanadze"], stance=-1),
        actor("Several drivers", "group", title="lorry drivers at the Kobi checkpoint", aliases=["Several drivers"],
              stance=None),
        actor("Alan Dzhioev", "person", title="North Ossetia’s Transport Minister", affiliation="Russia (North Ossetia)",
              aliases=["Alan Dzhioev", "Dzhioev"], stance=1),
        actor("Armenia’s Ministry of Territorial Administration and Infrastructure", "government", affiliation="Armenia",
              aliases=["Armenia’s Ministry of Territorial Administration and Infrastructure"], stance=0),
        actor("Irakli Menabde", "person", title="analyst",
              affiliation="Georgian Foundation for Strategic and International Studies",
              aliases=["Irakli Menabde", "Menabde"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. El País in English property/city politics (Madrid City Council orders 412 illegal tourist flats closed),
#    headline and standfirst without speech, capitalised byline, `Madrid - DEC 03, 2026 - 16:20 CET` line, straight
#    `"` and apostrophes, `€600,000`, Spanish names and accents; lede content before `, the councillor for Urban
#    Planning, Elena Sastre, said on Wednesday`; quote split by `Sastre said at a press conference at ...`;
#    `According to the council, A`; scare so-called `"lockboxes"`; residents' federation `welcomed the closures but
#    said they were "..." compared with ...` (partial only); federation representative with a word-like surname that
#    is also in a place name (`Marta Sol`, `Sol said`, `Puerta del Sol`) `said A`, quote with `Sol said`, then a
#    quote-only paragraph left open and a closed one; owners' association president `said the council was "..." an
#    entire sector ..., and that B` (partial plus indirect), `he said`; opposition councillor `accused it of acting
#    "..." and said B` (partial plus indirect); ministry `said in a statement that it "..." by local authorities ...`
#    (partial only); content before `, according to the property portal Idealista`; content before `, the council
#    said`; Q&A `Asked whether ..., Sastre replied: "..."`.
ARTICLES[f"{BATCH}/madrid-council-closes-illegal-tourist-flats.gold.json"] = {
    "article": f"{BATCH}/madrid-council-closes-illegal-tourist-flats.txt",
    "target": "Madrid City Council",
    "quotes": [
        (I, "Elena Sastre", "Madrid City Council has ordered the closure of 412 tourist apartments operating without a "
            "license in the Centro district and opened proceedings that could lead to fines of up to €600,000 for their "
            "owners", None),
        (D, "Elena Sastre", "We are not against tourism. We are against people breaking the law and emptying our "
            "neighborhoods,", None),
        (D, "Elena Sastre", "Those who thought nobody was watching now know that we are.", None),
        (I, "Madrid City Council", "inspectors visited more than 3,000 properties between June and October", None),
        (S, None, "lockboxes", None),
        (P, "Regional Federation of Neighborhood Associations of Madrid", "a drop in the ocean", None),
        (I, "Marta Sol", "the council had known about most of the illegal flats for years", None),
        (D, "Marta Sol", "In my building there are 14 apartments and only three of us still live there. The rest are "
            "suitcases,", None),
        (D, "Marta Sol", "Every Friday it's the same noise of wheels on the stairs. Every Monday, new faces. You stop "
            "saying good morning.", None),
        (D, "Marta Sol", "The council arrives late, and it arrives with a teaspoon.", None),
        (P, "Luis Cebrián", "criminalizing", None),
        (I, "Luis Cebrián", "most of his members held valid licenses", None),
        (D, "Luis Cebrián", "Many owners applied for a license years ago and never got an answer. Now the council "
            "treats them like criminals,", None),
        (P, "Javier Ocaña", "only when the cameras are on", None),
        (I, "Javier Ocaña", "the council should publish the full list of addresses", None),
        (P, "Spain's Housing Ministry", "supports any action", None),
        (I, "Idealista", "Average rents in Madrid reached a record €22.40 per square meter in November, up 14% on a "
            "year earlier", None),
        (I, "Madrid City Council", "Those who keep renting to tourists after that face daily fines", None),
        (D, "Elena Sastre", "Yes. Centro was only the beginning.", None),
    ],
    "actors": [
        actor("Elena Sastre", "person", title="councillor for Urban Planning", affiliation="Madrid City Council",
              aliases=["Elena Sastre", "Sastre"], stance=1),
        actor("Madrid City Council", "government", affiliation="Madrid",
              aliases=["Madrid City Council", "the council"], stance=0),
        actor("Regional Federation of Neighborhood Associations of Madrid", "organisation",
              aliases=["Regional Federation of Neighborhood Associations of Madrid", "FRAVM", "the federation"],
              stance=-1),
        actor("Marta Sol", "person", title="federation representative", affiliation="FRAVM (Centro)",
              aliases=["Marta Sol", "Sol"], stance=-1),
        actor("Luis Cebrián", "person", title="president",
              affiliation="Association of Tourist Apartment Owners of Madrid (APTM)",
              aliases=["Luis Cebrián", "Cebrián"], stance=-1),
        actor("Javier Ocaña", "person", title="councillor", affiliation="Más Madrid",
              aliases=["Javier Ocaña", "Ocaña"], stance=-1),
        actor("Spain's Housing Ministry", "government", affiliation="Spain", aliases=["Spain's Housing Ministry"],
              stance=1),
        actor("Idealista", "organisation", title="property portal", aliases=["Idealista"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. The Edge Malaysia business/markets (shares plunge after the auditor flags unverified related-party payments),
#    headline without speech, `By NAME / theedgemalaysia.com` and `03 Dec 2026, 05:12 pm` lines, `KUALA LUMPUR (Dec
#    3):` dateline running into the lede, straight `"` and apostrophes, `RM180 million`, `58 sen`, `Bhd`/`Sdn Bhd`,
#    `Datuk`; lede `after its external auditor said A` (speaker named in the next paragraphs); auditor `said it had
#    been "..." for the payments to ...` (partial only); `In a separate filing, Mega Jati said the payments were for
#    "..." at ... and that B` (partial plus indirect); managing director `said the group had "..."`, quote with `he
#    told The Edge in a phone interview`, then a quote-only paragraph; scare `the "Rawang story"`; director's
#    resignation letter `she cited "..." with the board ...` (partial); MSWG `said A`; CEO named after the quote,
#    Malaysian Indian name shortened to the given name (`Devanand added that ... should not be "..."`: partial only);
#    Bursa `said it was "..." and had sent a query to the company` (partial plus indirect); anonymous analyst `said
#    the qualified opinion was "..."` (partial only), `the analyst said`; content before `, according to the annual
#    report`.
ARTICLES[f"{BATCH}/mega-jati-auditor-related-party-payments.gold.json"] = {
    "article": f"{BATCH}/mega-jati-auditor-related-party-payments.txt",
    "target": "Mega Jati Holdings Bhd",
    "quotes": [
        (I, "Baker & Yeoh PLT", "it could not verify RM180 million in payments made to a related-party contractor over "
            "the past two financial years", None),
        (P, "Baker & Yeoh PLT", "unable to obtain sufficient appropriate audit evidence", None),
        (P, "Mega Jati Holdings Bhd", "legitimate construction works", None),
        (I, "Mega Jati Holdings Bhd", "it would provide all supporting documents to the auditor by the end of the month",
            None),
        (P, "Lim Hock Seng", "nothing to hide", None),
        (D, "Lim Hock Seng", "My brother's company has built for us for 15 years, long before we were listed. Every "
            "ringgit can be traced,", None),
        (D, "Lim Hock Seng", "We will appoint an independent firm to carry out a special review so that shareholders "
            "have full confidence.", None),
        (S, None, "Rawang story", None),
        (P, "Nurul Huda Ismail", "differences of opinion", None),
        (I, "Minority Shareholders Watch Group", "it would raise the matter at the company's annual general meeting on "
            "Dec 18", None),
        (D, "Devanand Subramaniam", "Related-party transactions of this size must be approved by shareholders. If they "
            "were not, the board has a lot of explaining to do,", None),
        (P, "Devanand Subramaniam", "the last to know", None),
        (P, "Bursa Malaysia", "monitoring the situation", None),
        (I, "Bursa Malaysia", "had sent a query to the company", None),
        (P, "analyst with a local research house", "a red flag that institutional funds cannot ignore", None),
        (D, "analyst with a local research house", "Some funds will sell first and ask questions later. Until the "
            "special review is out, nobody will want to catch this knife,", None),
        (I, "Mega Jati Holdings Bhd", "Mega Jati's net profit for the financial year ended Aug 31 rose 18% to RM96.5 "
            "million on revenue of RM1.12 billion", None),
    ],
    "actors": [
        actor("Baker & Yeoh PLT", "organisation", title="external auditor", aliases=["Baker & Yeoh PLT"], stance=-1),
        actor("Mega Jati Holdings Bhd", "organisation", title="listed company",
              aliases=["Mega Jati Holdings Bhd", "Mega Jati", "the group"], stance=1),
        actor("Lim Hock Seng", "person", title="Group managing director", affiliation="Mega Jati Holdings Bhd",
              aliases=["Lim Hock Seng", "Lim"], stance=1),
        actor("Nurul Huda Ismail", "person", title="Independent non-executive director (resigned)",
              affiliation="Mega Jati Holdings Bhd", aliases=["Nurul Huda Ismail", "Nurul Huda"], stance=-1),
        actor("Minority Shareholders Watch Group", "organisation",
              aliases=["Minority Shareholders Watch Group", "MSWG"], stance=0),
        actor("Devanand Subramaniam", "person", title="chief executive officer",
              affiliation="Minority Shareholders Watch Group", aliases=["Devanand Subramaniam", "Devanand"],
              stance=-1),
        actor("Bursa Malaysia", "organisation", title="stock exchange", aliases=["Bursa Malaysia", "the exchange"],
              stance=0),
        actor("analyst with a local research house", "person", aliases=["analyst with a local research house",
              "the analyst"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Islands Business (Pacific regional magazine, Suva) climate/diplomacy (Pacific anger as Australia approves two
#    coal mine extensions), headline without speech, byline and date lines, curly `“ ”` and `’`, British spelling,
#    `A$3 billion`; lede `Pacific governments and civil society groups have accused Canberra of “...” the region`
#    (partial for the group); content before `, according to an analysis by the Australia Institute, a Canberra think
#    tank`; minister named after the quote with a title chain (`Tuvalu’s Minister for Climate Change, Selu Tefuka, told
#    Islands Business`), `he said`; `In a statement, the Australian High Commission in Suva said the approvals had
#    been made “...” and that B` (partial plus indirect); minister in an apposition, `speaking to ABC’s Pacific Beat
#    programme, said A and would not “...” on its record` (indirect plus partial), `she said`, `She added that A`;
#    scare so-called `“just transition”`; envoy `said Australia could not “...”` (partial only); campaigner named
#    after the first stretch (a nested `‘leadership’` inside her quote), then a quote-only paragraph left open and a
#    closed one; Forum Secretariat `said A`.
ARTICLES[f"{BATCH}/australia-coal-extensions-pacific-anger.gold.json"] = {
    "article": f"{BATCH}/australia-coal-extensions-pacific-anger.txt",
    "target": "Australia",
    "quotes": [
        (P, "Pacific governments and civil society groups", "betraying", None),
        (I, "Australia Institute", "The extensions will add an estimated 310 million tonnes of coal to Australia’s "
            "export pipeline", None),
        (D, "Selu Tefuka", "We sat in the same negotiating rooms in Antalya. We heard the speeches. And then, three "
            "weeks later, this,", None),
        (D, "Selu Tefuka", "For us this is not about politics in Canberra. It is about whether our islands are still "
            "there when our grandchildren are old,", None),
        (P, "Australian High Commission in Suva", "in accordance with Australian law", None),
        (I, "Australian High Commission in Suva", "Australia remained committed to reaching net zero emissions by 2050",
            None),
        (I, "Sally Brennan", "Australia had committed more than A$3 billion in climate finance to the region since 2022",
            None),
        (P, "Sally Brennan", "take lectures", None),
        (D, "Sally Brennan", "Coal exports are falling, and they will keep falling. But decisions on individual projects "
            "are made under our laws, by our regulators,", None),
        (I, "Sally Brennan", "Australia would host a Pacific energy ministers’ meeting in Brisbane in March", None),
        (S, None, "just transition", None),
        (P, "Jimmy Toa", "sit at the Pacific table with one hand and sell coal with the other", None),
        (D, "Losana Vunibola", "Our young people are tired of being thanked for their ‘leadership’ and then ignored,",
            None),
        (D, "Losana Vunibola", "Every new mine is a decision about Kiribati, about Tuvalu, about the Marshall Islands. "
            "Canberra knows that.", None),
        (D, "Losana Vunibola", "We will be outside the Australian High Commission on Friday, and we will keep coming "
            "back.", None),
        (I, "Pacific Islands Forum Secretariat", "the approvals would be discussed when Forum foreign ministers meet in "
            "Apia in February", None),
    ],
    "actors": [
        actor("Pacific governments and civil society groups", "group",
              aliases=["Pacific governments and civil society groups"], stance=-1),
        actor("Australia Institute", "organisation", title="think tank", affiliation="Canberra",
              aliases=["Australia Institute"], stance=0),
        actor("Selu Tefuka", "person", title="Minister for Climate Change", affiliation="Tuvalu",
              aliases=["Selu Tefuka", "Tefuka"], stance=-1),
        actor("Australian High Commission in Suva", "government", affiliation="Australia",
              aliases=["Australian High Commission in Suva"], stance=1),
        actor("Sally Brennan", "person", title="Minister for the Pacific", affiliation="Australia",
              aliases=["Sally Brennan", "Brennan"], stance=1),
        actor("Jimmy Toa", "person", title="Special Envoy for Climate Change", affiliation="Vanuatu",
              aliases=["Jimmy Toa", "Toa"], stance=-1),
        actor("Losana Vunibola", "person", affiliation="Pacific Islands Climate Action Network (PICAN)",
              aliases=["Losana Vunibola", "Vunibola"], stance=-1),
        actor("Pacific Islands Forum Secretariat", "organisation", aliases=["Pacific Islands Forum Secretariat"],
              stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
