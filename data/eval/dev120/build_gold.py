"""Build the dev120 gold files (data/eval/dev120/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev120/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev120.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/dev120"
D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Brazilian Report trade/energy (Russian diesel makes up a third of Brazil's fuel imports), headline and
#    standfirst without speech, byline and "Dec 05, 2026" lines, straight " and apostrophes, American
#    punctuation inside the closing mark. Lede content before "according to foreign trade data compiled by the
#    Brazilian Association of Fuel Importers (Abicom)"; verbless "For Abicom's president, Sérgio Vasconcelos, the
#    shift is "..."" (partial), quote with "Vasconcelos told The Brazilian Report"; minister "said on Wednesday
#    that Brazil "..." and that its fuel policy answered "..."" (two partials); ambassador "told reporters ...
#    that Russian companies were ready to supply "..."" (partial only), "he said"; US embassy spokesperson "said
#    the United States had "..." to its partners that purchases ... "..."" (two partials); scare so-called
#    "shadow fleet"; analyst "said Brazilian importers were increasingly "..." to ..." (partial only), "According
#    to Okamoto, A"; Petrobras "said in a note that A and that its purchases followed "..."" (indirect plus
#    partial); truckers' leader "said A", quote with "Reis said".
ARTICLES[f"{BATCH}/brazil-russian-diesel-imports.gold.json"] = {
    "article": f"{BATCH}/brazil-russian-diesel-imports.txt",
    "target": "Russia",
    "quotes": [
        (I, "Brazilian Association of Fuel Importers", "Brazil bought more diesel from Russia in November than in any "
            "month since the start of the war in Ukraine, with Russian cargoes accounting for 34 percent of all the "
            "fuel the country imported", None),
        (P, "Sérgio Vasconcelos", "purely a matter of price.", None),
        (D, "Sérgio Vasconcelos", "Russian diesel arrives at a discount of 12 to 15 cents per liter compared with the "
            "American product. Any importer who ignores that goes out of business,", None),
        (P, "Renata Albuquerque", "does not choose its suppliers by their flag", None),
        (P, "Renata Albuquerque", "to Brazilian consumers and nobody else.", None),
        (P, "Oleg Lavrinenko", "as much as Brazil needs.", None),
        (D, "Oleg Lavrinenko", "We are reliable partners. We have never used energy as a weapon against our friends,",
            None),
        (P, "spokesperson for the U.S. Embassy in Brasília", "made clear", None),
        (P, "spokesperson for the U.S. Embassy in Brasília", "fund Moscow's war machine.", None),
        (S, None, "shadow fleet", None),
        (P, "Mariana Okamoto", "exposed", None),
        (I, "Mariana Okamoto", "at least 11 of the tankers that unloaded Russian diesel in Brazil this year have been "
            "sanctioned by the U.S. or the European Union", None),
        (I, "Petrobras", "it had not bought any Russian diesel directly this year", None),
        (P, "Petrobras", "strict compliance rules.", None),
        (I, "Nivaldo Reis", "drivers cared only about the price at the pump", None),
        (D, "Nivaldo Reis", "If Russian diesel is what keeps the price under control, so be it. Nobody on the BR-116 is "
            "thinking about Ukraine,", None),
    ],
    "actors": [
        actor("Brazilian Association of Fuel Importers", "organisation", title="fuel importers' association",
              aliases=["Brazilian Association of Fuel Importers", "Abicom"], stance=None),
        actor("Sérgio Vasconcelos", "person", title="president", affiliation="Abicom",
              aliases=["Sérgio Vasconcelos", "Vasconcelos"], stance=0),
        actor("Renata Albuquerque", "person", title="Mines and Energy Minister", affiliation="Government of Brazil",
              aliases=["Renata Albuquerque", "Albuquerque"], stance=0),
        actor("Oleg Lavrinenko", "person", title="ambassador in Brasília", affiliation="Russia",
              aliases=["Oleg Lavrinenko", "Lavrinenko"], stance=1),
        actor("spokesperson for the U.S. Embassy in Brasília", "person", title="spokesperson",
              affiliation="U.S. Embassy in Brasília", aliases=["spokesperson for the U.S. Embassy in Brasília"],
              stance=-1),
        actor("Mariana Okamoto", "person", title="energy analyst", affiliation="Arbor Energia",
              aliases=["Mariana Okamoto", "Okamoto"], stance=-1),
        actor("Petrobras", "organisation", title="state-controlled oil company", aliases=["Petrobras"], stance=0),
        actor("Nivaldo Reis", "person", title="head of an association of independent truckers in Paraná",
              aliases=["Nivaldo Reis", "Reis"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Derry Journal culture/local government (the Council cuts the Halloween festival budget), headline without
#    speech, standfirst with content before "the Council has said", byline and "Published 4th Dec 2026, 16:20
#    GMT" lines, straight " and apostrophes, British punctuation outside the marks, "Colr."/"Alderman" titles,
#    an Irish-language name (Aodhán Mac Giolla Bhríde) and group name (Spraoi na Cathrach). Council spokesperson
#    "said the reduction was "..." the Council had been forced ..." (partial only), then "the spokesperson
#    added", Q&A "Asked whether ..., the spokesperson said: "Yes.""; councillor "said it was "..."" (partial
#    only), "he said"; alderman "said A and that B" (one span), quote with "Alderman Kerr told the Journal";
#    "According to a report presented to the committee, A"; chamber "said A, and that it was "..." by ..."
#    (indirect plus partial); arts director "said A", "she said" and a quote-only paragraph; scare so-called
#    "Halloween-lite".
ARTICLES[f"{BATCH}/derry-halloween-festival-cut.gold.json"] = {
    "article": f"{BATCH}/derry-halloween-festival-cut.txt",
    "target": "Derry City and Strabane District Council",
    "quotes": [
        (I, "Derry City and Strabane District Council", "Derry's Halloween will go ahead next year but on a smaller "
            "scale", None),
        (P, "Council spokesperson", "one of a number of difficult decisions", None),
        (D, "Council spokesperson", "The Council remains fully committed to Halloween. The festival will go ahead, and it "
            "will still be the biggest Halloween celebration in Europe,", None),
        (D, "Council spokesperson", "Yes.", None),
        (P, "Aodhán Mac Giolla Bhríde", "a false economy", None),
        (D, "Aodhán Mac Giolla Bhríde", "Every pound we put into Halloween brings back ten. The hotels are full, the "
            "restaurants are full. Cutting this is like a farmer selling his seed corn,", None),
        (I, "Ryan Kerr", "the cut was necessary and that ratepayers could not be asked to pay more", None),
        (D, "Ryan Kerr", "We cannot keep putting up the rates to pay for a four-day party, however good a party it is,",
            None),
        (I, "report presented to the committee", "the 2026 festival generated an estimated £8.2m for the local economy "
            "and drew more than 100,000 visitors", None),
        (I, "Londonderry Chamber of Commerce", "hotels in the city had been fully booked for all four nights of this "
            "year's festival", None),
        (P, "Londonderry Chamber of Commerce", "deeply disappointed", None),
        (I, "Fiona Lafferty", "her group had been told its grant for the carnival parade would be halved", None),
        (D, "Fiona Lafferty", "We've been building the floats in a shed in the Waterside for 12 years. Some of these "
            "young people had never done anything like it before they came to us,", None),
        (D, "Fiona Lafferty", "To lose that now would be heartbreaking.", None),
        (S, None, "Halloween-lite", None),
    ],
    "actors": [
        actor("Derry City and Strabane District Council", "government", title="district council",
              aliases=["Derry City and Strabane District Council", "Council"], stance=1),
        actor("Council spokesperson", "person", title="spokesperson",
              affiliation="Derry City and Strabane District Council",
              aliases=["Council spokesperson", "the spokesperson"], stance=1),
        actor("Aodhán Mac Giolla Bhríde", "person", title="Sinn Féin councillor", affiliation="Sinn Féin",
              aliases=["Aodhán Mac Giolla Bhríde", "Mac Giolla Bhríde"], stance=-1),
        actor("Ryan Kerr", "person", title="DUP Alderman", affiliation="DUP",
              aliases=["Ryan Kerr", "Kerr", "Alderman Kerr"], stance=1),
        actor("report presented to the committee", "government", title="council committee report",
              affiliation="Derry City and Strabane District Council",
              aliases=["report presented to the committee"], stance=None),
        actor("Londonderry Chamber of Commerce", "organisation", title="chamber of commerce",
              aliases=["Londonderry Chamber of Commerce"], stance=-1),
        actor("Fiona Lafferty", "person", title="artistic director", affiliation="Spraoi na Cathrach",
              aliases=["Fiona Lafferty", "Lafferty"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Citi Newsroom (Ghana) courts (a witness testifies in the trial of a former NPA chief), headline with a
#    straight single fragment "Ex-NPA boss 'signed without reading', witness tells court", "By: ... |
#    citinewsroom.com | Ghana" and "Date:" lines, straight " and apostrophes, nested straight single quote inside
#    a quote, "Dr."/"Mr." titles, two people surnamed Owusu (the witness Kofi Owusu, "Mr. Owusu", and the judge
#    Justice Afia Owusu). Lede "has told the Accra High Court that A" (speaker named in the next paragraph);
#    witness "told the court, presided over by ..., that A", quote with "the witness said", "Under
#    cross-examination ..., Mr. Owusu said A"; defence counsel "described the witness's account as "..." and said
#    A" (partial plus indirect), quote with "Mr. Boateng said"; the accused "he said" after "spoke only briefly"
#    (an act); state attorney "told the court A"; judge "cautioned both sides against ..." (directive), "saying
#    the court would not allow "..."" (partial); scare "Operation Recover All Loot"; GII "said in a statement that
#    the trial was "..." of ..." (partial only); "Read also:" line.
ARTICLES[f"{BATCH}/ansah-mensah-npa-trial-witness.gold.json"] = {
    "article": f"{BATCH}/ansah-mensah-npa-trial-witness.txt",
    "target": "Ebenezer Ansah-Mensah",
    "quotes": [
        (P, "Kofi Owusu", "signed without reading", None),
        (I, "Kofi Owusu", "its then Chief Executive, Dr. Ebenezer Ansah-Mensah, approved a GH¢120 million contract for "
            "fuel-tracking devices without reading the evaluation report", None),
        (I, "Kofi Owusu", "he personally took the file to Dr. Ansah-Mensah's office on the afternoon of March 14, 2024",
            None),
        (D, "Kofi Owusu", "He signed it in front of me. I told him the technical committee had not finished its work, "
            "and he said, 'Just leave it, I will sign',", None),
        (I, "Kofi Owusu", "he had not raised his concerns in writing because he feared losing his job", None),
        (P, "Kwame Akuffo Boateng", "a fabrication from start to finish", None),
        (I, "Kwame Akuffo Boateng", "his client had acted on the advice of the NPA board at every stage", None),
        (D, "Kwame Akuffo Boateng", "My client has nothing to hide. He will tell his side of the story when the time "
            "comes, and Ghanaians will see that he did nothing wrong,", None),
        (D, "Ebenezer Ansah-Mensah", "I have served this country honestly. I trust the court,", None),
        (I, "Esi Dadzie", "the prosecution would call three more witnesses, including a forensic auditor from the Audit "
            "Service", None),
        (P, "Afia Owusu", "trial by media", None),
        (S, None, "Operation Recover All Loot", None),
        (P, "Ghana Integrity Initiative", "a test", None),
    ],
    "actors": [
        actor("Kofi Owusu", "person", title="former NPA procurement officer, prosecution witness",
              affiliation="National Petroleum Authority", aliases=["Kofi Owusu", "Mr. Owusu", "the witness"],
              stance=-1),
        actor("Kwame Akuffo Boateng", "person", title="defence counsel",
              aliases=["Kwame Akuffo Boateng", "Boateng", "Mr. Boateng"], stance=1),
        actor("Ebenezer Ansah-Mensah", "person", title="former Chief Executive", affiliation="National Petroleum Authority",
              aliases=["Ebenezer Ansah-Mensah", "Ansah-Mensah", "Dr. Ansah-Mensah"], stance=1),
        actor("Esi Dadzie", "person", title="Principal State Attorney", affiliation="Office of the Attorney-General",
              aliases=["Esi Dadzie", "Dadzie"], stance=None),
        actor("Afia Owusu", "person", title="High Court judge", affiliation="Accra High Court",
              aliases=["Afia Owusu", "Justice Owusu", "Justice Afia Owusu"], stance=None),
        actor("Ghana Integrity Initiative", "organisation", title="anti-corruption group",
              aliases=["Ghana Integrity Initiative", "GII"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. San Francisco Chronicle climate/utilities (PG&E's largest power shutoff since 2019), headline without speech,
#    "By ..., Staff Writer" and "Updated Dec 1, 2026 8:14 p.m." lines, straight " and apostrophes, American
#    punctuation. Utility "said in a statement that A." then "Crews would have to inspect ... "..." before ...,
#    it said." (partial only, the quote inside the content before the cue); executive's quote with "said Teresa
#    Vo, PG&E's vice president ..."; scare so-called "fast-trip" settings; senator "State Sen. Marisol Cardenas,
#    D-Napa, said the shutoff showed PG&E had "..." to ..." (partial only), quote with "Cardenas said"; CPUC "said
#    A"; resident "said A", "he said"; content before "according to a study published last month by researchers
#    at UC Berkeley"; lead author "said shutoffs were a "..." but, for now, a necessary one" (partial only);
#    anonymous lineman "said A", "he said".
ARTICLES[f"{BATCH}/pge-shutoff-diablo-winds.gold.json"] = {
    "article": f"{BATCH}/pge-shutoff-diablo-winds.txt",
    "target": "PG&E",
    "quotes": [
        (I, "PG&E", "it expected to restore power to most customers by Thursday evening", None),
        (P, "PG&E", "foot by foot", None),
        (D, "Teresa Vo", "We know how hard this is for families, and we don't take this decision lightly. But the single "
            "most important thing is that no PG&E equipment starts a fire,", None),
        (S, None, "fast-trip", None),
        (P, "Marisol Cardenas", "still not done the work", None),
        (D, "Marisol Cardenas", "Seven years and billions of ratepayer dollars later, we are right back where we "
            "started,", None),
        (I, "California Public Utilities Commission", "it would review whether the shutoff had been justified", None),
        (I, "Hector Ybarra", "he had spent the morning driving around town looking for gasoline for his generator",
            None),
        (D, "Hector Ybarra", "I've got oxygen at night. The generator's good for two days. PG&E gave us a day's notice, "
            "and that's something, I guess,", None),
        (I, "researchers at UC Berkeley", "The number of days with extreme fire weather in Northern California has "
            "roughly doubled since the 1970s", None),
        (P, "Leah Sorensen", "blunt tool", None),
        (I, "PG&E lineman", "crews were stretched thin", None),
        (D, "PG&E lineman", "We've got guys who've worked 16 hours straight, and the wind hasn't even peaked yet,", None),
    ],
    "actors": [
        actor("PG&E", "organisation", title="utility", aliases=["PG&E", "the utility"], stance=1),
        actor("Teresa Vo", "person", title="vice president of emergency preparedness", affiliation="PG&E",
              aliases=["Teresa Vo", "Vo"], stance=1),
        actor("Marisol Cardenas", "person", title="State Senator (D-Napa)", affiliation="California State Senate",
              aliases=["Marisol Cardenas", "Cardenas", "State Sen. Marisol Cardenas"], stance=-1),
        actor("California Public Utilities Commission", "government", title="state utilities regulator",
              aliases=["California Public Utilities Commission"], stance=0),
        actor("Hector Ybarra", "person", title="Calistoga resident, 71", aliases=["Hector Ybarra", "Ybarra"], stance=0),
        actor("researchers at UC Berkeley", "group", title="study authors", affiliation="UC Berkeley",
              aliases=["researchers at UC Berkeley", "study"], stance=None),
        actor("Leah Sorensen", "person", title="fire scientist, the study's lead author", affiliation="UC Berkeley",
              aliases=["Leah Sorensen", "Sorensen"], stance=0),
        actor("PG&E lineman", "person", title="anonymous lineman", affiliation="PG&E", aliases=["PG&E lineman"],
              stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
