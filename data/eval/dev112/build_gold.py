"""Build the dev112 gold files (data/eval/dev112/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev112/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev112.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev112"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Southern Star (West Cork weekly, Ireland) maritime security (a Russian naval research ship lingers above
#    subsea cables), headline `Fishermen 'rattled' as ...` (curly single fragment: partial for the fishermen the
#    headline names), standfirst without speech, byline and `Friday, 11 December 2026` lines, curly single quotes
#    for all quotes with `’` apostrophes (`She’d`, `O’Driscoll`, `Fishermen’s`), British punctuation outside
#    closing marks, fadas. Lede `Fishermen in West Cork have said they were '...'` (partial); Defence Forces
#    spokesperson `confirmed that A` (indirect), then content with a fragment before `the spokesperson said`
#    (partial only); skipper `said A`, `he said`, then a quote-only paragraph; embassy `said in a post on social
#    media that the Almaz had been carrying out '...' in international waters` (partial only), `It added that ...
#    were engaged in '...'` (partial); lecturer `said A`, `she said`, `According to Dr Kearney, A`; department
#    `said in a statement that ... '...' and that B` (partial plus indirect); a councillor sharing the skipper's
#    surname (`(no relation)`) `said people ... were tired of being told that '...'` (partial only), `Cllr
#    O’Driscoll said`; producers' organisation `said A`; anonymous fisherman `said he believed the ship had been
#    '...'` (partial only), `he said`.
ARTICLES[f"{BATCH}/russian-survey-ship-west-cork-cables.gold.json"] = {
    "article": f"{BATCH}/russian-survey-ship-west-cork-cables.txt",
    "target": "Russia",
    "quotes": [
        (P, "Fishermen in West Cork", "rattled", "\u2018rattled\u2019 as"),
        (P, "Fishermen in West Cork", "rattled", "they were \u2018rattled"),
        (I, "Defence Forces spokesperson", "the L\u00c9 William Butler Yeats had been sent from Haulbowline on Friday "
            "evening", None),
        (P, "Defence Forces spokesperson", "monitored the vessel\u2019s activity throughout", None),
        (I, "P\u00e1draig O\u2019Driscoll", "the ship had shown no interest in the trawlers around it", None),
        (D, "P\u00e1draig O\u2019Driscoll", "She\u2019d go a few miles one way, stop, turn, and come back over the same "
            "ground. We\u2019ve all seen the maps, we know what\u2019s down there,", None),
        (D, "P\u00e1draig O\u2019Driscoll", "You\u2019d be out there at night with her lights a couple of miles off and "
            "you\u2019d be wondering what in God\u2019s name she was at.", None),
        (S, None, "grey zone", None),
        (P, "Russian Embassy in Dublin", "routine oceanographic research", None),
        (P, "Russian Embassy in Dublin", "Russophobic speculation", None),
        (I, "Niamh Kearney", "ships of the same class had been seen near cable routes off Norway, Scotland and Portugal "
            "in recent years", None),
        (D, "Niamh Kearney", "I would be slow to say what the ship was doing, because we simply don\u2019t know. What we "
            "do know is that Ireland has very little ability to see what is happening on its own seabed, and Russia "
            "knows that too,", None),
        (I, "Niamh Kearney", "Ireland does not have a single vessel equipped to survey the seabed at the depths where "
            "most of the cables lie", None),
        (P, "Department of Defence", "extremely seriously", None),
        (I, "Department of Defence", "a new maritime security strategy would be published early next year", None),
        (P, "M\u00e1ire O\u2019Driscoll", "lessons had been learned", None),
        (D, "M\u00e1ire O\u2019Driscoll", "Every year we get a statement. What we haven\u2019t got is a navy that can "
            "actually do the job,", None),
        (I, "Irish South and West Fish Producers\u2019 Organisation", "its members had been asked by the Naval Service to "
            "report any sightings of the vessel and had done so", None),
        (P, "One Union Hall fisherman", "testing the response", None),
        (D, "One Union Hall fisherman", "They wanted to see how long it took us to turn up. Now they know,", None),
    ],
    "actors": [
        actor("Fishermen in West Cork", "group", title="fishermen", aliases=["Fishermen in West Cork", "Fishermen"],
              stance=-1),
        actor("Defence Forces spokesperson", "person", title="spokesperson", affiliation="Defence Forces (Ireland)",
              aliases=["Defence Forces spokesperson", "the spokesperson"], stance=None),
        actor("P\u00e1draig O\u2019Driscoll", "person", title="Castletownbere skipper",
              aliases=["P\u00e1draig O\u2019Driscoll"], stance=-1),
        actor("Russian Embassy in Dublin", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Dublin"], stance=1),
        actor("Niamh Kearney", "person", title="lecturer in maritime security", affiliation="University College Cork",
              aliases=["Niamh Kearney", "Kearney", "Dr Kearney"], stance=0),
        actor("Department of Defence", "government", title="government department", affiliation="Ireland",
              aliases=["Department of Defence"], stance=None),
        actor("M\u00e1ire O\u2019Driscoll", "person", title="Independent councillor",
              aliases=["M\u00e1ire O\u2019Driscoll", "Cllr O\u2019Driscoll"], stance=None),
        actor("Irish South and West Fish Producers\u2019 Organisation", "organisation", title="fish producers' body",
              aliases=["Irish South and West Fish Producers\u2019 Organisation"], stance=None),
        actor("One Union Hall fisherman", "person", title="anonymous fisherman", aliases=["One Union Hall fisherman"],
              stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. ZimLive (Zimbabwe) courts/crime (a businessman denied bail over a gold haul at Harare airport), headline
#    without speech, `By ZimLive Reporter` and `Published: December 8, 2026` lines, dateline `HARARE –`, curly
#    double quotes and `’` apostrophes, British punctuation outside closing marks, `US$1.1 million`,
#    `Assistant Commissioner`, `Your Worship`; a first name that is a common noun (Blessing). Figures before
#    `police said` (the police, separate from their spokesperson); spokesperson `said A and that B` (one span),
#    `Moyo said`; prosecutor `opposed bail, telling magistrate ... that A and that he had "..." to flee` (indirect
#    plus partial); `Chikomo said A, and that investigators suspected ... was "..."` (indirect plus partial);
#    lawyer `argued that A` (indirect), `Gumbo said`, `He told the court that A and that B` (one span); `Chikomo
#    disputed this, saying A` (participial indirect); the magistrate `asked whether ...` (a reported question, not
#    annotated), the accused `he said`; `Marufu ruled that the accused was a flight risk given "..."` (partial
#    only), `she said`; ZIMRA `said in a statement that A`; `A source at the airport told ZimLive A`; `According to
#    the Centre for Natural Resource Governance (CNRG), A`; its director `said A`, `she said`.
ARTICLES[f"{BATCH}/blessing-mutasa-gold-smuggling-bail.gold.json"] = {
    "article": f"{BATCH}/blessing-mutasa-gold-smuggling-bail.txt",
    "target": "Blessing Mutasa",
    "quotes": [
        (I, "police", "The gold, worth about US$1.1 million, was found in two false-bottomed suitcases as he prepared to "
            "board an Emirates flight to Dubai last Thursday", None),
        (I, "Tendai Moyo", "Mutasa was intercepted after a tip-off and that investigations were continuing to establish "
            "where the gold had come from", None),
        (D, "Tendai Moyo", "We want to warn those who think they can smuggle our minerals out of the country that we are "
            "waiting for them at every port of entry,", None),
        (I, "Farai Chikomo", "Mutasa held a Mozambican residence permit", None),
        (P, "Farai Chikomo", "every reason and every means", None),
        (I, "Farai Chikomo", "the State had evidence that Mutasa had made at least six trips to Dubai this year", None),
        (P, "Farai Chikomo", "not a first consignment", None),
        (I, "Tinashe Gumbo", "his client was a respected businessman with a family and property in Zimbabwe who had "
            "handed over his passport voluntarily", None),
        (D, "Tinashe Gumbo", "My client is presumed innocent. The State is asking this court to punish him before he has "
            "been tried,", None),
        (I, "Tinashe Gumbo", "the gold had been bought legally from registered small-scale miners and that Mutasa had "
            "intended to declare it", None),
        (I, "Farai Chikomo", "no export documents had been found", None),
        (D, "Blessing Mutasa", "Your Worship, I have never been convicted of anything in my life. I am not going "
            "anywhere,", None),
        (P, "Rutendo Marufu", "the value of the mineral and the ease with which it can be concealed", None),
        (D, "Rutendo Marufu", "The court is not persuaded that any conditions would secure the attendance of the accused "
            "at trial,", None),
        (I, "Zimbabwe Revenue Authority", "it had tightened baggage screening at all three of the country\u2019s "
            "international airports since September", None),
        (I, "source at the airport", "the suitcases had been checked in by a second man, who has not been arrested",
            None),
        (I, "Centre for Natural Resource Governance", "Zimbabwe loses more than US$100 million worth of gold to smuggling "
            "every month", None),
        (I, "Rumbidzai Ndlovu", "arrests of individual couriers did little to stop the trade", None),
        (D, "Rumbidzai Ndlovu", "They arrest the man with the suitcase. The people who organise these things are never "
            "in the dock,", None),
    ],
    "actors": [
        actor("police", "government", title="Zimbabwe Republic Police", aliases=["police"], stance=-1),
        actor("Tendai Moyo", "person", title="Police spokesperson, Assistant Commissioner",
              affiliation="Zimbabwe Republic Police", aliases=["Tendai Moyo", "Moyo"], stance=-1),
        actor("Farai Chikomo", "person", title="prosecutor", affiliation="the State",
              aliases=["Farai Chikomo", "Chikomo"], stance=-1),
        actor("Tinashe Gumbo", "person", title="defence lawyer", aliases=["Tinashe Gumbo", "Gumbo"], stance=1),
        actor("Blessing Mutasa", "person", title="businessman, accused", aliases=["Blessing Mutasa", "Mutasa"],
              stance=1),
        actor("Rutendo Marufu", "person", title="magistrate", aliases=["Rutendo Marufu", "Marufu"], stance=-1),
        actor("Zimbabwe Revenue Authority", "government", title="revenue authority",
              aliases=["Zimbabwe Revenue Authority", "ZIMRA"], stance=None),
        actor("source at the airport", "person", title="anonymous airport source", aliases=["source at the airport"],
              stance=None),
        actor("Centre for Natural Resource Governance", "organisation", title="mining watchdog",
              aliases=["Centre for Natural Resource Governance", "CNRG"], stance=None),
        actor("Rumbidzai Ndlovu", "person", title="CNRG director", affiliation="Centre for Natural Resource Governance",
              aliases=["Rumbidzai Ndlovu", "Ndlovu"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Chicago Sun-Times arts/theater (a midsize theater cancels a premiere's run after unpaid actors refuse to go on),
#    headline without speech (the play's title without quote marks), standfirst `The Lakeview company blamed "..."`
#    (partial for the theater), byline and `Dec 9, 2026, 4:30pm CST` lines, curly double quotes and `’`, punctuation
#    inside closing marks; names that look like common words (Summer Reyes, Will Bishop). Theater `said it was
#    facing "..." brought on by ...` (partial only), `the statement said`; content before `the theater said`;
#    artistic director `told the Sun-Times A`, quote split by `Brandt said`; Q&A `Asked whether ..., he said: "..."`;
#    actor `said A`, quote split by `Reyes said`; second actor `said A, and that B` (one span); union `said A and that
#    it was "..."` (indirect plus partial); playwright `wrote on Instagram that she was "..." and that she stood
#    "..." with the actors` (two partials); figure before `according to its most recent tax filing` (the theater's);
#    subscriber `said A`, `she said`.
ARTICLES[f"{BATCH}/halsted-street-theatre-cancels-run.gold.json"] = {
    "article": f"{BATCH}/halsted-street-theatre-cancels-run.txt",
    "target": "Halsted Street Theatre",
    "quotes": [
        (P, "Halsted Street Theatre", "a cash flow crisis.", None),
        (P, "Halsted Street Theatre", "a serious cash flow crisis", None),
        (D, "Halsted Street Theatre", "We deeply regret the disappointment this will cause our audiences, our artists and "
            "the playwright. Every member of the company will be paid in full,", None),
        (I, "Halsted Street Theatre", "Ticket holders will receive refunds automatically", None),
        (I, "Owen Brandt", "the theater had not yet decided whether it would go ahead with its spring season", None),
        (D, "Owen Brandt", "I\u2019m not going to pretend this was handled well. We should have told the actors much "
            "earlier how bad things were,", None),
        (D, "Owen Brandt", "That\u2019s on me.", None),
        (D, "Owen Brandt", "I hope not. But I can\u2019t stand here and promise you anything.", None),
        (I, "Summer Reyes", "the cast had been paid late twice in October before payments stopped altogether in "
            "mid-November", None),
        (D, "Summer Reyes", "Nobody wanted to cancel a show. We love this play,", None),
        (D, "Summer Reyes", "But there\u2019s a point where you\u2019re being asked to subsidize a theater with your rent "
            "money, and we reached it.", None),
        (I, "Will Bishop", "the actors had informed management in writing on Friday that they would not perform without "
            "payment, and that no one from the theater replied until after the house had opened Saturday", None),
        (I, "Actors\u2019 Equity Association", "it had filed a grievance on behalf of the four union members in the cast",
            None),
        (P, "Actors\u2019 Equity Association", "exploring all options", None),
        (P, "Dolores Qui\u00f1ones", "heartbroken for everyone who worked on this show", None),
        (P, "Dolores Qui\u00f1ones", "one hundred percent", None),
        (I, "Halsted Street Theatre", "Its annual budget is about $2.3 million", None),
        (I, "Linda Kowalczyk", "she had seen nearly every Halsted Street production since 1996", None),
        (D, "Linda Kowalczyk", "It would be a real loss for this neighborhood. I just wish they\u2019d been honest with "
            "people sooner,", None),
    ],
    "actors": [
        actor("Halsted Street Theatre", "organisation", title="theater company",
              aliases=["Halsted Street Theatre", "Halsted Street", "The Lakeview company", "the theater"], stance=1),
        actor("Owen Brandt", "person", title="Artistic director", affiliation="Halsted Street Theatre",
              aliases=["Owen Brandt", "Brandt"], stance=0),
        actor("Summer Reyes", "person", title="actor (lead role)", aliases=["Summer Reyes", "Reyes"], stance=-1),
        actor("Will Bishop", "person", title="actor, cast member", aliases=["Will Bishop", "Bishop"], stance=-1),
        actor("Actors\u2019 Equity Association", "organisation", title="actors' union",
              aliases=["Actors\u2019 Equity Association"], stance=-1),
        actor("Dolores Qui\u00f1ones", "person", title="playwright", aliases=["Dolores Qui\u00f1ones", "Qui\u00f1ones"],
              stance=-1),
        actor("Linda Kowalczyk", "person", title="subscriber, 68", aliases=["Linda Kowalczyk", "Kowalczyk"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Dominican Today (Dominican Republic, English) diplomacy/migration (Santo Domingo rejects Haiti's OAS complaint
#    over deportations), headline without speech, dateline `Santo Domingo.-`, straight " and apostrophes,
#    translated-from-Spanish cues (`assured that`, `stressed`, `indicated that`, `denounced that`, `pointed out
#    that`, `explained that`, `For her part, ...`). Lede `the complaint presented by Haiti ..., in which the
#    neighboring country accuses ... of carrying out "..." deportations` (partial, Haiti); minister `said the
#    Dominican Republic "..." from a State that ..., and assured that B` (partial plus indirect), `Almonte Guzmán
#    stressed in statements to the press`; `The minister indicated that A`; Haiti's ministry `denounced that A`;
#    ambassador `pointed out that A`, `Estimé said`; `According to the General Directorate of Migration (DGM), A`;
#    migration chief `explained that the operations will continue "..." in ...` (partial only); OAS `called on both
#    governments to ...` (directive, not annotated); `The International Organization for Migration (IOM) reported
#    that A`; nun `said A`, `she said`; trader `said A`, `Batista said`.
ARTICLES[f"{BATCH}/haiti-oas-complaint-deportations-dr.gold.json"] = {
    "article": f"{BATCH}/haiti-oas-complaint-deportations-dr.txt",
    "target": "Haiti",
    "quotes": [
        (P, "Haiti", "mass and indiscriminate", None),
        (P, "Rafael Almonte Guzm\u00e1n", "will not accept lessons", None),
        (I, "Rafael Almonte Guzm\u00e1n", "all repatriations are carried out in accordance with national law and with "
            "respect for human rights", None),
        (D, "Rafael Almonte Guzm\u00e1n", "The Dominican Republic has the sovereign right to decide who enters and who "
            "remains in its territory. No country in the world gives up that right, and we will not be the first,",
            None),
        (I, "Rafael Almonte Guzm\u00e1n", "the Government would present a formal response before the Permanent Council "
            "next week", None),
        (I, "Ministry of Foreign Affairs and Worship", "pregnant women, minors and persons with valid documents had been "
            "detained in raids in Santo Domingo and Santiago and taken to the border within hours", None),
        (I, "Jean-Robert Estim\u00e9", "his country did not question the right of the Dominican Republic to control its "
            "borders", None),
        (D, "Jean-Robert Estim\u00e9", "What we ask is simple: that the deportations respect the agreements signed by both "
            "countries and the dignity of human beings. That is not too much to ask,", None),
        (I, "General Directorate of Migration", "284,116 foreigners in an irregular migratory situation were repatriated "
            "between January and November, the great majority of them Haitian nationals", None),
        (P, "Luis Rodr\u00edguez Baret", "with the same intensity", None),
        (I, "International Organization for Migration", "some 1,900 people, among them 160 unaccompanied minors, were "
            "received at the four official border crossings in the first week of December alone", None),
        (I, "Mercedes Ure\u00f1a", "the organization has documented cases of Dominican-born persons of Haitian descent "
            "who were deported despite showing their identity documents", None),
        (D, "Mercedes Ure\u00f1a", "Haiti is not wrong on this point. These are real cases, with names and surnames,",
            None),
        (I, "Wilson Batista", "business had been affected by the tension between the two governments", None),
        (D, "Wilson Batista", "Here we live from Haiti and Haiti lives from us. When the politicians fight, the one who "
            "loses is the one selling rice,", None),
    ],
    "actors": [
        actor("Haiti", "country", title="complainant before the OAS", aliases=["Haiti"], stance=1),
        actor("Rafael Almonte Guzm\u00e1n", "person", title="Foreign Minister", affiliation="Dominican Republic",
              aliases=["Rafael Almonte Guzm\u00e1n", "Almonte Guzm\u00e1n", "The minister"], stance=-1),
        actor("Ministry of Foreign Affairs and Worship", "government", title="Haiti's foreign ministry",
              affiliation="Haiti", aliases=["Ministry of Foreign Affairs and Worship"], stance=1),
        actor("Jean-Robert Estim\u00e9", "person", title="Haitian ambassador in Santo Domingo", affiliation="Haiti",
              aliases=["Jean-Robert Estim\u00e9", "Estim\u00e9"], stance=1),
        actor("General Directorate of Migration", "government", title="migration authority",
              affiliation="Dominican Republic", aliases=["General Directorate of Migration", "DGM"], stance=None),
        actor("Luis Rodr\u00edguez Baret", "person", title="director general of Migration, Vice Admiral",
              affiliation="General Directorate of Migration",
              aliases=["Luis Rodr\u00edguez Baret", "Rodr\u00edguez Baret"], stance=-1),
        actor("International Organization for Migration", "organisation", title="UN migration agency",
              aliases=["International Organization for Migration", "IOM"], stance=None),
        actor("Mercedes Ure\u00f1a", "person", title="Sister", affiliation="Centro Bon\u00f3",
              aliases=["Mercedes Ure\u00f1a", "Ure\u00f1a"], stance=1),
        actor("Wilson Batista", "person", title="trader in Dajab\u00f3n", aliases=["Wilson Batista", "Batista"],
              stance=0),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
