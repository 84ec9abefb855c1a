"""Build the test61 gold files (data/eval/test61/*.gold.json) from the annotation specs below.

Held out like ../test/: do not read while tuning. Same approach as data/eval/dev59/build_gold.py,
importing the helpers (actor from data/eval/build_gold.py, write_all from data/eval/write_gold.py):
each quote is given by its exact text and, when that text occurs more than once, by an anchor (a
string occurring exactly once in the article) from whose start the text is searched. Run from
anywhere:  python3 data/eval/test61/build_gold.py  then  python3 data/eval/check_batch.py
data/eval/test61.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test61"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. BelTA industry (Belarus and Russia sign a truck-components deal), headline without speech, dateline
#    "MINSK, 5 December (BelTA) –", straight " and apostrophes, officialese. Lede content before
#    "Belarusian Industry Minister Sergei Kovalchuk told reporters in Minsk on 5 December"; scare so-called
#    "import substitution" programme; quote with "Sergei Kovalchuk said" (full name repeated); "According
#    to him, A, with the plant supplying ..."; "The minister added that B"; Russian deputy minister "noted
#    that A", quote split by "he stressed"; "described the project as "..."" (partial); ambassador "said
#    A", quote with "the diplomat said"; KAMAZ deputy director "told BelTA that A", quote with "Oleg Bystrov
#    said"; economist "said A but warned that B" (two indirects), "she said".
ARTICLES[f"{BATCH}/minsk-russia-truck-components-agreement.gold.json"] = {
    "article": f"{BATCH}/minsk-russia-truck-components-agreement.txt",
    "target": "Russia",
    "quotes": [
        (I, "Sergei Kovalchuk", "Belarus and Russia have signed an agreement to set up joint production of engines, "
            "gearboxes and axles for heavy trucks, with total investment of about $400 million over five years", None),
        (S, None, "import substitution", None),
        (D, "Sergei Kovalchuk", "Today we took a very practical step. Our enterprises will no longer depend on "
            "components from unfriendly countries. Everything that a truck needs will be produced in the Union "
            "State,", None),
        (I, "Sergei Kovalchuk", "the first engines are expected to come off the line at the Borisov Components Plant in "
            "the second half of 2027, with the plant supplying both Belarusian and Russian truck makers", None),
        (I, "Sergei Kovalchuk", "more than 1,500 new jobs would be created in Borisov and Zhodino", None),
        (I, "Andrei Chernykh", "Belarus accounts for about a quarter of Russia's imports of truck components from the "
            "Commonwealth of Independent States", None),
        (D, "Andrei Chernykh", "Russia is interested in reliable partners, and Belarus has proven many times that it is "
            "such a partner,", None),
        (D, "Andrei Chernykh", "We are not talking about buying and selling. We are talking about building a common "
            "industrial base.", None),
        (P, "Andrei Chernykh", "a response to sanctions pressure", None),
        (I, "Mikhail Zorin", "the two countries' trade turnover was expected to exceed $55 billion this year, a new "
            "record", None),
        (D, "Mikhail Zorin", "The sanctions were meant to divide us. They have done the opposite,", None),
        (I, "Oleg Bystrov", "the Russian company planned to buy up to 20,000 gearboxes a year from the new production",
            None),
        (D, "Oleg Bystrov", "For us, this is a question of technological sovereignty. We want components that arrive on "
            "time and that nobody can switch off from abroad,", None),
        (I, "Irina Zhuk", "the project made sense for both sides", None),
        (I, "Irina Zhuk", "demand for heavy trucks in Russia had fallen by almost 20% this year", None),
        (D, "Irina Zhuk", "Localisation is the right strategy, but the market will decide whether these plants run at "
            "full capacity,", None),
    ],
    "actors": [
        actor("Sergei Kovalchuk", "person", title="Belarusian Industry Minister", affiliation="Belarus",
              aliases=["Sergei Kovalchuk", "Kovalchuk"], stance=1),
        actor("Andrei Chernykh", "person", title="Russian Deputy Minister of Industry and Trade", affiliation="Russia",
              aliases=["Andrei Chernykh", "Chernykh"], stance=1),
        actor("Mikhail Zorin", "person", title="Russian Ambassador to Belarus", affiliation="Russia",
              aliases=["Mikhail Zorin", "Zorin"], stance=1),
        actor("Oleg Bystrov", "person", title="Deputy Director General", affiliation="KAMAZ",
              aliases=["Oleg Bystrov", "Bystrov"], stance=1),
        actor("Irina Zhuk", "person", title="economist",
              affiliation="Institute of Economics of the National Academy of Sciences of Belarus",
              aliases=["Irina Zhuk", "Zhuk"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Nation News (Barbados) courts (a businessman is granted bail on money-laundering charges), headline
#    without speech, "BY" byline in capitals and "Published on" line, straight " and apostrophes, "$250
#    000". Prosecutor "objected to bail, telling the court that the accused had "..." and close
#    connections overseas" (act plus partial only), quote with "Gittens said", "She said A"; defence
#    counsel named Small "described his client as "..." who had built his business "..."" (two partials),
#    quote with "Small told the court", "He said A and had still not disclosed ..." (one span); magistrate
#    "said the offences were "..." but that B" (partial plus indirect); police "said the arrest followed
#    ... into what it called "..." involving ..." (partial only); accused "told reporters: "..."", "He
#    declined to answer further questions" (not speech); his mother (shared surname) "said A", "she said";
#    scare so-called "grey list".
ARTICLES[f"{BATCH}/holetown-money-laundering-bail-alleyne.gold.json"] = {
    "article": f"{BATCH}/holetown-money-laundering-bail-alleyne.txt",
    "target": "Damian Alleyne",
    "quotes": [
        (P, "Ramona Gittens", "substantial means", None),
        (D, "Ramona Gittens", "The sums involved are significant, and the investigation is continuing. There is a real "
            "risk that the accused will leave the jurisdiction,", None),
        (I, "Ramona Gittens", "the Crown was still awaiting bank records from two overseas jurisdictions", None),
        (P, "Neville Small", "a family man and a taxpayer", None),
        (P, "Neville Small", "from one car", None),
        (D, "Neville Small", "My client has lived in this island all his life. He has surrendered his passport "
            "voluntarily. He is going nowhere,", None),
        (I, "Neville Small", "the police had frozen Alleyne's accounts in March and had still not disclosed the evidence "
            "against him", None),
        (P, "Carla Bynoe", "serious", None),
        (I, "Carla Bynoe", "the accused had no previous convictions and had co-operated fully with the police", None),
        (P, "Royal Barbados Police Force", "a sophisticated scheme", None),
        (D, "Damian Alleyne", "I have nothing to hide. I will clear my name.", None),
        (I, "Elvira Alleyne", "she had never doubted her son", None),
        (D, "Elvira Alleyne", "He worked hard for everything he has. People can't stand to see somebody from the village "
            "do well,", None),
        (S, None, "grey list", None),
    ],
    "actors": [
        actor("Ramona Gittens", "person", title="Senior Crown Counsel", affiliation="the Crown",
              aliases=["Ramona Gittens", "Gittens"], stance=-1),
        actor("Neville Small", "person", title="Senior Counsel, defence attorney", aliases=["Neville Small", "Small"],
              stance=1),
        actor("Carla Bynoe", "person", title="Magistrate", affiliation="District E Magistrates' Court",
              aliases=["Carla Bynoe", "Bynoe"], stance=0),
        actor("Royal Barbados Police Force", "organisation", title="police",
              aliases=["Royal Barbados Police Force"], stance=-1),
        actor("Damian Alleyne", "person", title="businessman, the accused", aliases=["Damian Alleyne", "Alleyne"],
              stance=1),
        actor("Elvira Alleyne", "person", title="the accused's mother", aliases=["Elvira Alleyne", "Alleyne"],
              stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Sarajevo Times culture (the National Museum closes over unpaid salaries), headline and date line
#    without speech, straight " and apostrophes, "KM", diacritics (Hadžić, Čolaković, Begić). Content before
#    "according to the museum's management"; scare "state significance"; director "told N1 that A", quote
#    with "Hadžić said" and a quote-only paragraph, "He added that B", "According to Hadžić, C"; minister
#    "said A and that the money had been "..."" (indirect plus partial), quote with "Čolaković told
#    reporters in Mostar"; Council of Ministers "said in a statement that A"; EU Delegation "said the
#    closure ... was "..." and that B" (partial plus indirect); union president's quote before "said
#    Jasmina Begić, president of ...".
ARTICLES[f"{BATCH}/national-museum-bih-closes-again.gold.json"] = {
    "article": f"{BATCH}/national-museum-bih-closes-again.txt",
    "target": "National Museum of Bosnia and Herzegovina",
    "quotes": [
        (I, "museum's management", "The 62 employees have not received their salaries since August, and the institution "
            "owes more than 900,000 KM for electricity and heating", None),
        (S, None, "state significance", None),
        (I, "Mirsad Had\u017ei\u0107", "the closure was the only way to draw the attention of the authorities to the "
            "situation", None),
        (D, "Mirsad Had\u017ei\u0107", "We have been warning for two years that this would happen. Our people are coming "
            "to work hungry, and we cannot keep the depots at the right temperature to protect collections that are "
            "more than a hundred years old,", None),
        (D, "Mirsad Had\u017ei\u0107", "Nobody at any level of government wants to take responsibility for this house.",
            None),
        (I, "Mirsad Had\u017ei\u0107", "the Sarajevo Haggadah, the museum's most famous object, was safe in a protected "
            "vault", None),
        (I, "Mirsad Had\u017ei\u0107", "the museum earned about 300,000 KM from tickets last year, mostly from foreign "
            "visitors, which is not enough to cover even a third of its costs", None),
        (I, "Amra \u010colakovi\u0107", "the Federation government had transferred 1.5 million KM to the museum this "
            "year", None),
        (P, "Amra \u010colakovi\u0107", "spent without a clear plan", None),
        (D, "Amra \u010colakovi\u0107", "We will not keep paying the bills while nobody takes responsibility for how the "
            "museum is run,", None),
        (I, "Council of Ministers of BiH", "it would discuss the issue at its next session, scheduled for December 17",
            None),
        (P, "EU Delegation to BiH", "a loss for the whole of Europe", None),
        (I, "EU Delegation to BiH", "it was ready to help find a lasting solution together with the domestic "
            "authorities", None),
        (D, "Jasmina Begi\u0107", "The employees are not on strike. They simply cannot afford to come to work anymore. "
            "They have rent to pay like everyone else,", None),
    ],
    "actors": [
        actor("museum's management", "organisation", title="management of the National Museum",
              affiliation="National Museum of Bosnia and Herzegovina", aliases=["museum's management"], stance=1),
        actor("Mirsad Had\u017ei\u0107", "person", title="Director of the Museum",
              affiliation="National Museum of Bosnia and Herzegovina",
              aliases=["Mirsad Had\u017ei\u0107", "Had\u017ei\u0107"], stance=1),
        actor("Amra \u010colakovi\u0107", "person", title="Federation Minister of Culture and Sports",
              affiliation="Federation of Bosnia and Herzegovina",
              aliases=["Amra \u010colakovi\u0107", "\u010colakovi\u0107"], stance=-1),
        actor("Council of Ministers of BiH", "government", title="state government",
              aliases=["Council of Ministers of BiH"], stance=None),
        actor("EU Delegation to BiH", "organisation", title="EU delegation", affiliation="European Union",
              aliases=["EU Delegation to BiH"], stance=1),
        actor("Jasmina Begi\u0107", "person", title="trade union president",
              affiliation="trade union of culture workers in Sarajevo Canton",
              aliases=["Jasmina Begi\u0107", "Begi\u0107"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. MedPage Today cardiology (a phase III heart-failure drug trial misses its primary endpoint), headline
#    and dash subhead without speech, "by ..., Senior Staff Writer, MedPage Today December 4, 2026" line,
#    straight " and apostrophes, "MD" appositions, statistics in parentheses, crosshead, Disclosures
#    section. Lede without a cue; results content before "reported Priya Raghunathan, MD, of ..., and
#    colleagues in The Lancet" (one span); "Raghunathan noted that A"; quote with "Raghunathan told MedPage
#    Today" and a quote-only paragraph; scare so-called "obesity paradox"; discussant's quote before "said
#    Martin Okafor, MD, of ..., who was not involved", "Okafor said A"; company "said it would discuss ... and
#    that it remained "..." behind the drug" (indirect plus partial); CEO "said on an investor call that
#    A", "she said"; analyst "said in a note to clients that a path ... looked "..." without ..." (partial
#    only).
ARTICLES[f"{BATCH}/velantrib-hfpef-trial-misses-endpoint.gold.json"] = {
    "article": f"{BATCH}/velantrib-hfpef-trial-misses-endpoint.txt",
    "target": "Halvorsen Therapeutics",
    "quotes": [
        (I, "Priya Raghunathan", "Among 4,212 patients followed for a median of 26 months, the composite primary "
            "endpoint occurred in 21.4% of those randomized to velantrib versus 23.1% of those on placebo (HR 0.92, "
            "95% CI 0.82-1.03, P=0.14)", None),
        (I, "Priya Raghunathan", "velantrib did reduce first hospitalizations for heart failure, a key secondary "
            "endpoint, by 14%", None),
        (D, "Priya Raghunathan", "We're disappointed, of course. But when you see a consistent signal on hospitalization, "
            "you have to ask whether we simply didn't have enough events,", None),
        (D, "Priya Raghunathan", "The patients in this trial were older and sicker than we anticipated, and more of them "
            "died of non-cardiovascular causes.", None),
        (S, None, "obesity paradox", None),
        (D, "Martin Okafor", "This is a negative trial. We've seen this movie before, with secondary endpoints that look "
            "promising and then disappear in the next study,", None),
        (I, "Martin Okafor", "the hospitalization result should be treated as hypothesis-generating at best", None),
        (I, "Halvorsen Therapeutics", "it would discuss the results with the FDA", None),
        (P, "Halvorsen Therapeutics", "confident in the science", None),
        (I, "Lisbeth Aune", "the company had enough cash to fund its operations into 2029", None),
        (D, "Lisbeth Aune", "One trial does not define a molecule,", None),
        (P, "Ben Yuen", "unlikely", None),
    ],
    "actors": [
        actor("Priya Raghunathan", "person", title="lead investigator, MD", affiliation="Duke Clinical Research Institute",
              aliases=["Priya Raghunathan", "Raghunathan"], stance=1),
        actor("Martin Okafor", "person", title="cardiologist, MD (not involved in the trial)",
              affiliation="University of Michigan", aliases=["Martin Okafor", "Okafor"], stance=-1),
        actor("Halvorsen Therapeutics", "organisation", title="drug developer",
              aliases=["Halvorsen Therapeutics", "Halvorsen"], stance=1),
        actor("Lisbeth Aune", "person", title="CEO", affiliation="Halvorsen Therapeutics",
              aliases=["Lisbeth Aune", "Aune"], stance=1),
        actor("Ben Yuen", "person", title="analyst", affiliation="Harborview Securities", aliases=["Ben Yuen", "Yuen"],
              stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
