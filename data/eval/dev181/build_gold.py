"""Build the dev181 gold files (data/eval/dev181/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev181/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev181.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev181"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Warsaw Voice (courts: three men jailed for rail sabotage ordered by Russian intelligence), headline
#    without speech, straight " and apostrophes, American spelling ("meters", "neighbor", "defense"), Polish
#    names that are common words (Wierzba, Kos, Głowa, Sosna). "Prosecutors said A" (group); "The court found
#    that ..." (a finding, not annotated); judge "said the evidence ... left "..." about ..." (partial only),
#    quote with "Wierzba said in her oral justification"; prosecutor's office "said in a statement that A, and
#    that B" (one span); "The defense said A"; lawyer "told reporters outside the courtroom that A", quote with
#    "Kos said"; embassy "dismissed the ruling" (act), "it said the trial had been "..." and that Poland had
#    "..." linking ..." (two partials); minister "said A", quote with "Głowa told the private broadcaster
#    TVN24", "He said A"; "According to Jakub Sosna, an analyst at ..., A", quote with "Sosna said", "He added
#    that A". Not annotated: the line's role and the restored traffic.
ARTICLES[f"{BATCH}/lublin-rail-sabotage-verdict-gru.gold.json"] = {
    "article": f"{BATCH}/lublin-rail-sabotage-verdict-gru.txt",
    "target": "Russia",
    "quotes": [
        (I, "Prosecutors", "the attack had been commissioned by Russian military intelligence", None),
        (P, "Anna Wierzba", "no reasonable doubt", None),
        (D, "Anna Wierzba", "The defendants were not acting out of conviction. They were acting for money, on behalf of "
            "a foreign intelligence service that wanted to frighten Polish society and disrupt assistance to a neighbor "
            "at war,", None),
        (I, "National Prosecutor's Office", "the verdict confirmed the findings of its investigation, and that "
            "proceedings against two other suspects, both believed to be in Russia, would continue in absentia", None),
        (I, "defense", "it would appeal", None),
        (I, "Micha\u0142 Kos", "his client had not known who was behind the orders", None),
        (D, "Micha\u0142 Kos", "He was a young man in debt who answered an advertisement for what he thought was courier "
            "work. That does not excuse what happened, but the court has made him pay for decisions taken in Moscow,",
            None),
        (P, "Russian embassy in Warsaw", "a political spectacle", None),
        (P, "Russian embassy in Warsaw", "not presented a single piece of evidence", None),
        (I, "Tomasz G\u0142owa", "the sentences sent a clear message", None),
        (D, "Tomasz G\u0142owa", "Whoever takes money from the Russian services to commit acts of sabotage in Poland will "
            "be found and will be punished. The Russian state is waging a hybrid war against us and we will not "
            "pretend otherwise,", None),
        (I, "Tomasz G\u0142owa", "the Internal Security Agency (ABW) had detained more than 60 people on sabotage and "
            "espionage charges since 2023", None),
        (I, "Jakub Sosna", "Russia has increasingly relied on people recruited online to carry out attacks in Europe "
            "because it is cheap and allows Moscow to deny involvement", None),
        (D, "Jakub Sosna", "These are disposable agents. For the Russian services, the cost of failure is close to zero,",
            None),
        (I, "Jakub Sosna", "similar cases had been recorded in Lithuania, Germany and the UK in the past two years", None),
    ],
    "actors": [
        actor("Prosecutors", "group", title="prosecutors in the case", aliases=["Prosecutors"], stance=-1),
        actor("Anna Wierzba", "person", title="presiding judge", affiliation="Lublin district court",
              aliases=["Anna Wierzba", "Wierzba"], stance=-1),
        actor("National Prosecutor's Office", "government", title="prosecution service", affiliation="Poland",
              aliases=["National Prosecutor's Office"], stance=-1),
        actor("defense", "group", title="defense lawyers", aliases=["defense"], stance=None),
        actor("Micha\u0142 Kos", "person", title="attorney for the Polish defendant",
              aliases=["Micha\u0142 Kos", "Kos"], stance=-1),
        actor("Russian embassy in Warsaw", "government", title="embassy", affiliation="Russia",
              aliases=["Russian embassy in Warsaw"], stance=1),
        actor("Tomasz G\u0142owa", "person", title="Interior Minister", affiliation="Poland",
              aliases=["Tomasz G\u0142owa", "G\u0142owa"], stance=-1),
        actor("Jakub Sosna", "person", title="analyst", affiliation="Polish Institute of International Affairs",
              aliases=["Jakub Sosna", "Sosna"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Media Line (Amman; climate and economy: Jordan raises water tariffs), title-case headline and
#    standfirst without speech, "By NAME/The Media Line" line, bracketed dateline "[Amman]", straight " and
#    apostrophes, American spelling, "18%". Lede content before "the government said on Sunday"; spokesman
#    "told a press conference that A, and that B" (one span), quote with "Nusseibeh said", "He said A";
#    "According to the Ministry of Water and Irrigation, A, and B" (one span); "Not everyone is convinced ..."
#    (no speech); resident named after her quote by her kunya ("Umm Khaled, a mother of five ..., told The
#    Media Line"); economist "said A, but warned that tariffs alone would not fix what he called "..."" (an
#    indirect for A, the warned clause only its partial), quote with "he told The Media Line"; opposition bloc
#    "said in a statement that A and would B" (one span); anonymous Israeli official "told The Media Line that
#    A", quote with "the official said"; "did not confirm" (negated, not annotated); hydrologist "said the
#    crisis was "..."" (partial only), quote with "she said".
ARTICLES[f"{BATCH}/jordan-water-tariff-rise-amman.gold.json"] = {
    "article": f"{BATCH}/jordan-water-tariff-rise-amman.txt",
    "target": "Jordan",
    "quotes": [
        (I, "Jordanian government", "Jordan will raise household water tariffs by an average of 18% from January", None),
        (I, "Adel Nusseibeh", "the increase would apply only to households consuming more than 12 cubic meters per "
            "quarter, and that about 40% of subscribers would see no change in their bills", None),
        (D, "Adel Nusseibeh", "We are one of the most water-scarce countries in the world. The state cannot keep selling "
            "water at a fraction of what it costs to produce and deliver it,", None),
        (I, "Adel Nusseibeh", "the additional revenue would go toward the Aqaba-Amman Water Desalination and Conveyance "
            "Project, which is expected to supply 300 million cubic meters of water a year once completed in 2029",
            None),
        (I, "Ministry of Water and Irrigation", "rainfall so far this season stands at 23% of the long-term average, and "
            "the storage of the kingdom's main dams has fallen below 15% of capacity", None),
        (D, "Umm Khaled", "The families in east Amman already receive water once a week, sometimes less. Now they will "
            "pay more for the same trickle,", None),
        (I, "Yousef Mansour", "the government was right to address the losses of the water sector, which he estimated "
            "at more than 300 million dinars a year", None),
        (P, "Yousef Mansour", "a leaking system, in every sense of the word.", None),
        (D, "Yousef Mansour", "Nearly half of the water pumped in Jordan is lost to old pipes and illegal connections. "
            "Raising prices before fixing the network sends the wrong message,", None),
        (I, "Islamic Action Front", "it rejected the increase and would ask the house to debate it", None),
        (I, "Israeli official familiar with the arrangement", "Israel had agreed in principle to supply an additional 50 "
            "million cubic meters next summer", None),
        (D, "Israeli official familiar with the arrangement", "It is in our interest that Jordan is stable. Water is "
            "part of that,", None),
        (P, "Lina Sharaf", "no longer a future scenario", None),
        (D, "Lina Sharaf", "Climate models for the region all point in the same direction: less rain, hotter summers, "
            "more evaporation. Every policy decision from now on has to start from that,", None),
    ],
    "actors": [
        actor("Jordanian government", "government", title="government", affiliation="Jordan",
              aliases=["Jordanian government", "the government"], stance=1),
        actor("Adel Nusseibeh", "person", title="Government spokesman", affiliation="Jordan",
              aliases=["Adel Nusseibeh", "Nusseibeh"], stance=1),
        actor("Ministry of Water and Irrigation", "government", title="water ministry", affiliation="Jordan",
              aliases=["Ministry of Water and Irrigation"], stance=None),
        actor("Umm Khaled", "person", title="mother of five, Hashmi al-Shamali resident", aliases=["Umm Khaled"],
              stance=-1),
        actor("Yousef Mansour", "person", title="economist", aliases=["Yousef Mansour", "Mansour"], stance=0),
        actor("Islamic Action Front", "organisation", title="opposition bloc in parliament",
              aliases=["Islamic Action Front"], stance=-1),
        actor("Israeli official familiar with the arrangement", "person", title="anonymous Israeli official",
              affiliation="Israel", aliases=["Israeli official familiar with the arrangement"], stance=1),
        actor("Lina Sharaf", "person", title="hydrologist", affiliation="University of Jordan",
              aliases=["Lina Sharaf", "Sharaf"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Latrobe Valley Express (Gippsland, Victoria; labour: a sawmill closes with 160 jobs lost), headline
#    without speech, "By NAME" line in capitals, capitalised lede opening ("MORE than"), straight " and
#    apostrophes, "Mr"/"Cr". Lede content before "the company has confirmed"; "Workers were told of the
#    decision" (no proposition); organiser "described as "..."" (a relative clause: partial), quote with "Mr
#    Hill said"; company "In a statement, ... said A had made the mill "..."" (partial only); managing director
#    quoted "in the statement" (his own actor); "The company said A and that B" (one span); "did not respond to
#    questions" (not annotated); "Mr Hill said A and would B" (one span), quote with "he said"; anonymous "One
#    worker, a forklift operator who ..., said A", quote with "he said"; mayor "said the closure was "..." for
#    ..." (partial only), quote with "Cr Leckie said"; MP "said the government had been "..." and called on the
#    Premier to ..." (partial; the directive is not annotated); minister "said A", quote with "she said".
ARTICLES[f"{BATCH}/maryvale-sawmill-closure-jobs.gold.json"] = {
    "article": f"{BATCH}/maryvale-sawmill-closure-jobs.txt",
    "target": "Morwell Timber Industries",
    "quotes": [
        (I, "Morwell Timber Industries", "MORE than 160 workers will lose their jobs when Morwell Timber Industries "
            "closes its Maryvale sawmill in March", None),
        (P, "Shane Hill", "brutal", None),
        (D, "Shane Hill", "Blokes walked in there thinking they were getting a safety briefing and walked out without a "
            "job. Some of them have given this place 30 years,", None),
        (P, "Morwell Timber Industries", "no longer viable", None),
        (D, "Craig Forrest", "This was an extremely difficult decision and not one we took lightly. We have explored "
            "every option over the past 18 months, including a move to plantation timber, but the numbers simply do "
            "not add up,", None),
        (I, "Morwell Timber Industries", "all workers would receive their full redundancy entitlements and that it would "
            "fund a job placement service for six months", None),
        (I, "Shane Hill", "the union would be meeting the company later this week and would fight for every "
            "entitlement", None),
        (D, "Shane Hill", "We'll be holding them to every cent. And we want to know why the company didn't come to the "
            "workers or the government earlier, when there might have been time to save something,", None),
        (I, "One worker", "he and his wife had only just renegotiated their mortgage", None),
        (D, "One worker", "I'm 54. Who's going to hire me? There's no other mill to go to,", None),
        (P, "Fiona Leckie", "another kick in the guts", None),
        (D, "Fiona Leckie", "We keep being told about the jobs of the future. The jobs of today keep disappearing,",
            None),
        (P, "Greg Tolley", "asleep at the wheel", None),
        (I, "Anneliese Kirby", "the government would work with the company and the union to support affected workers "
            "through its Latrobe Valley Authority", None),
        (D, "Anneliese Kirby", "No worker will be left to go through this alone. The Latrobe Valley Authority has "
            "already been in touch with the company and will be on site this week,", None),
    ],
    "actors": [
        actor("Morwell Timber Industries", "organisation", title="timber company",
              aliases=["Morwell Timber Industries", "the company"], stance=1),
        actor("Shane Hill", "person", title="Gippsland organiser",
              affiliation="Australian Manufacturing Workers' Union", aliases=["Shane Hill", "Hill", "Mr Hill"],
              stance=-1),
        actor("Craig Forrest", "person", title="managing director", affiliation="Morwell Timber Industries",
              aliases=["Craig Forrest", "Forrest", "Mr Forrest"], stance=1),
        actor("One worker", "person", title="anonymous forklift operator", affiliation="Maryvale sawmill",
              aliases=["One worker"], stance=-1),
        actor("Fiona Leckie", "person", title="Latrobe City Mayor", affiliation="Latrobe City Council",
              aliases=["Fiona Leckie", "Leckie", "Cr Leckie"], stance=-1),
        actor("Greg Tolley", "person", title="State Member for Morwell", aliases=["Greg Tolley", "Tolley"],
              stance=None),
        actor("Anneliese Kirby", "person", title="Minister for Regional Development", affiliation="Victoria",
              aliases=["Anneliese Kirby", "Kirby"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Vatican News (culture: the Vatican Museums cap Sistine Chapel visitors), headline and standfirst without
#    speech ("announce a daily limit": no proposition), "By NAME" line, straight " and apostrophes, Italian and
#    Polish names, honorifics ("Professor", "Dr.", "Sister"), crosshead. Lede content before "the Governorate
#    of Vatican City State said in a note"; "which the note described as "..."" (partial, the Governorate's);
#    "Presenting the study to journalists, the director ..., Professor Edoardo Salvi, said the air ... was
#    "..."" (partial only), quote with "he said"; "Professor Salvi added that A, and that B" (one span); chief
#    conservator "said A", quote with "she said"; "Not all were pleased." (no speech); guides' association
#    "said in a statement that A and that B" (one span); its president "described the limit ... as "..."",
#    quote with "he asked"; hotel federation "said it understood A but feared B" (one span); "Others welcomed
#    the decision." (act); nun "said that visitors would finally be able to ... "..."" (partial only), quote
#    with "she said"; "The Museums said A".
ARTICLES[f"{BATCH}/vatican-museums-sistine-visitor-cap.gold.json"] = {
    "article": f"{BATCH}/vatican-museums-sistine-visitor-cap.txt",
    "target": "Vatican Museums",
    "quotes": [
        (I, "Governorate of Vatican City State", "The Vatican Museums will limit the number of daily visitors to 24,000 "
            "from 1 March 2027", None),
        (P, "Governorate of Vatican City State", "necessary and no longer postponable", None),
        (P, "Edoardo Salvi", "like that of a crowded underground train", None),
        (D, "Edoardo Salvi", "The frescoes have survived five centuries. Our task is to make sure they survive the next "
            "five. This means we must accept that not everyone who wishes to can enter on the same day,", None),
        (I, "Edoardo Salvi", "all tickets would have to be booked online with a specific time slot, and that groups "
            "would be limited to 25 people, including the guide", None),
        (I, "Maria Grazia Conti", "the concentration of carbon dioxide in the chapel had exceeded 2,000 parts per million "
            "on several summer afternoons, more than four times the level outdoors", None),
        (D, "Maria Grazia Conti", "Every visitor brings heat, moisture and dust. Multiply that by thirty thousand and "
            "you have a microclimate that the paintings were never designed to withstand,", None),
        (I, "association of licensed tour guides in Rome", "the new rules would hit small operators hardest and that the "
            "Museums had not consulted them", None),
        (P, "Giorgio Santangelo", "a decision taken without knowing how our work is done", None),
        (D, "Giorgio Santangelo", "A guide who has 30 people booked for an afternoon tour will have to send five of them "
            "home. Who will pay for that?", None),
        (I, "Federalberghi Roma", "it understood the need to protect the artworks but feared a rise in ticket touting",
            None),
        (P, "Benedetta Kowalczyk", "without being pushed along by the crowd", None),
        (D, "Benedetta Kowalczyk", "This is a space of prayer before it is a museum. A little silence will be good for "
            "the chapel and for the people in it,", None),
        (I, "Vatican Museums", "ticket prices would not change in 2027", None),
    ],
    "actors": [
        actor("Governorate of Vatican City State", "government", title="governorate", affiliation="Vatican City State",
              aliases=["Governorate of Vatican City State"], stance=1),
        actor("Edoardo Salvi", "person", title="director of the Vatican Museums", affiliation="Vatican Museums",
              aliases=["Edoardo Salvi", "Salvi", "Professor Salvi"], stance=1),
        actor("Maria Grazia Conti", "person", title="chief conservator", affiliation="Vatican Museums",
              aliases=["Maria Grazia Conti", "Conti"], stance=1),
        actor("association of licensed tour guides in Rome", "organisation", title="tour guides' association",
              aliases=["association of licensed tour guides in Rome"], stance=-1),
        actor("Giorgio Santangelo", "person", title="president",
              affiliation="association of licensed tour guides in Rome",
              aliases=["Giorgio Santangelo", "Santangelo"], stance=-1),
        actor("Federalberghi Roma", "organisation", title="hotel association", aliases=["Federalberghi Roma"], stance=0),
        actor("Benedetta Kowalczyk", "person", title="art historian, nun", affiliation="Pontifical Gregorian University",
              aliases=["Benedetta Kowalczyk", "Kowalczyk"], stance=1),
        actor("Vatican Museums", "organisation", title="museums", aliases=["Vatican Museums", "the Museums"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
