"""Build the test48 gold files (data/eval/test48/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, write_all) of
data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text and, when that
text occurs more than once, by an anchor (a string occurring exactly once in the article) from whose start
the text is searched. Run from anywhere:  python3 data/eval/test48/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test48.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/test48"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Asia-Plus (Tajikistan: Russia tightens its language test for labour migrants), headline without speech,
#    "03/12/2026 14:20" line, straight " and apostrophes, American "labor", punctuation inside a fragment at the
#    end of a sentence. Lede content before "Russia's Ministry of Internal Affairs (MVD) said on Tuesday"; "the
#    ministry said the changes were aimed at "..." and at B, where it said certificates had been sold "...""
#    (two partials, no indirect); Duma deputy "told RIA Novosti ... that Russia "..."" (partial only), quote
#    with "Rudakov said"; "According to Tajikistan's Ministry of Labor, ..., A"; spokesman "told Asia-Plus
#    that A", quote with "Nurov said", "He urged migrants to ..." (directive); group "several migrants ...
#    said A"; first-name migrant "Firuz ... said A", quote with "he said"; scare so-called "register of
#    controlled persons"; lawyer "described the amendments as "..." built around ..." (partial only), quote
#    with "she said"; embassy "said in a comment ... that A, so that ..., and that Russia remained "..."" (an
#    indirect plus a partial); "according to the World Bank" (content before); economist "warned that A",
#    quote with "he said".
ARTICLES[f"{BATCH}/tajik-migrants-russian-language-test.gold.json"] = {
    "article": f"{BATCH}/tajik-migrants-russian-language-test.txt",
    "target": "Russia",
    "quotes": [
        (I, "Russia's Ministry of Internal Affairs", "Labor migrants from Tajikistan and other Central Asian countries "
            "will have to pass a new, stricter Russian-language test from March 1, 2027, and those who fail it twice "
            "will be barred from re-entering Russia for a year", None),
        (P, "Russia's Ministry of Internal Affairs", "improving the integration of foreign citizens", None),
        (P, "Russia's Ministry of Internal Affairs", "by the thousands.", None),
        (P, "Yevgeny Rudakov", "is not closing its doors", None),
        (D, "Yevgeny Rudakov", "We need workers, nobody denies that. But we need workers who can read a safety "
            "instruction and who respect our laws,", None),
        (I, "Tajikistan's Ministry of Labor, Migration and Employment", "about 680,000 Tajik citizens worked in Russia "
            "in the first nine months of 2026, some 40,000 fewer than a year earlier", None),
        (I, "Jamshed Nurov", "Dushanbe had formally asked Moscow for a transition period of at least six months", None),
        (D, "Jamshed Nurov", "The new rules were adopted without consultation with us, and many of our citizens will "
            "learn about them only at the border,", None),
        (I, "several migrants", "they had not heard about the new rules", None),
        (I, "Firuz", "he had passed the current test in 2023 after paying a middleman 6,000 rubles", None),
        (D, "Firuz", "Now they say the test will be harder and the fee higher. For people like me, Russia is becoming a "
            "place where you pay and pay and are still treated as a criminal,", None),
        (S, None, "register of controlled persons,", None),
        (P, "Dilbar Sharipova", "another brick in the wall", None),
        (D, "Dilbar Sharipova", "Every year there is a new requirement, a new register, a new fee. Most of our people "
            "do not break the law; they simply cannot keep up with it,", None),
        (I, "Russian Embassy in Dushanbe", "the new test would be offered at 14 centers in Tajikistan, so that migrants "
            "could sit it before departure", None),
        (P, "Russian Embassy in Dushanbe", "interested in orderly labor migration", None),
        (I, "World Bank", "Remittances from Russia are equivalent to about a third of Tajikistan's gross domestic "
            "product", None),
        (I, "Parviz Davlatov", "a sharp fall in the number of migrants could hit remittances as early as next summer",
            None),
        (D, "Parviz Davlatov", "Russia is still the only market that can absorb this many of our workers. There is no "
            "Plan B,", None),
    ],
    "actors": [
        actor("Russia's Ministry of Internal Affairs", "government", title="interior ministry", affiliation="Russia",
              aliases=["Russia's Ministry of Internal Affairs", "Ministry of Internal Affairs", "MVD"], stance=1),
        actor("Yevgeny Rudakov", "person", title="State Duma deputy", affiliation="Russia",
              aliases=["Yevgeny Rudakov", "Rudakov"], stance=1),
        actor("Tajikistan's Ministry of Labor, Migration and Employment", "government", title="labour ministry",
              affiliation="Tajikistan", aliases=["Tajikistan's Ministry of Labor, Migration and Employment"],
              stance=None),
        actor("Jamshed Nurov", "person", title="ministry spokesman",
              affiliation="Tajikistan's Ministry of Labor, Migration and Employment",
              aliases=["Jamshed Nurov", "Nurov"], stance=-1),
        actor("several migrants", "group", title="migrants at Dushanbe airport", aliases=["several migrants"],
              stance=None),
        actor("Firuz", "person", title="29, construction worker from Kulob", aliases=["Firuz"], stance=-1),
        actor("Dilbar Sharipova", "person", title="lawyer who advises migrants", affiliation="Dushanbe",
              aliases=["Dilbar Sharipova", "Sharipova"], stance=-1),
        actor("Russian Embassy in Dushanbe", "government", title="embassy", affiliation="Russia",
              aliases=["Russian Embassy in Dushanbe"], stance=1),
        actor("World Bank", "organisation", aliases=["World Bank"], stance=None),
        actor("Parviz Davlatov", "person", title="economist", aliases=["Parviz Davlatov", "Davlatov"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Property Week (a developer scraps a Croydon tower), headline without speech, standfirst "Developer writes
#    down ... and blames "..."" (partial, the developer's), byline and date lines, curly double quotes and
#    apostrophes, punctuation outside fragments. Developer "said in a trading update ... that A and would B"
#    (one span); CEO "said the scheme, ..., had become "..." after ... a redesign that cost "..."" (two
#    partials, no indirect), quote with "Oyelaran said" and a quote-only paragraph; scare "second staircase"
#    requirement; council spokesperson "said A", then "The council had been "..." about ..., the spokesperson
#    added" (partial only); "Vantage said A"; analysts "called the writedown "..."" (partial) "and cut their
#    target price" (act); analyst "said A", quote with "she said"; anonymous agent "said the refusal had "..."
#    ..." (partial only); BPF "said A"; residents' association "welcomed the news" (act), its chair "said:
#    "..."". Not annotated: "Vantage has not said whether ..." (negated), the share price, the local plan.
ARTICLES[f"{BATCH}/vantage-land-croydon-tower-scrapped.gold.json"] = {
    "article": f"{BATCH}/vantage-land-croydon-tower-scrapped.txt",
    "target": "Vantage Land",
    "quotes": [
        (P, "Vantage Land", "a planning system that has stopped pricing in risk", "blames \u201c"),
        (I, "Vantage Land", "it would not appeal the decision and would seek to sell the 0.8-acre site, which it bought "
            "in 2021 for \u00a329m", None),
        (P, "Marcus Oyelaran", "impossible to fund", None),
        (P, "Marcus Oyelaran", "the best part of a year", None),
        (D, "Marcus Oyelaran", "We spent five years and a great deal of money working with officers in good faith. At "
            "the end of it we were asked for a different building,", None),
        (D, "Marcus Oyelaran", "I don\u2019t blame individuals. I blame a planning system that has stopped pricing in "
            "risk.", None),
        (S, None, "second staircase", None),
        (I, "Croydon Council spokesperson", "the application had been refused on grounds of affordability and its "
            "impact on the neighbouring conservation area", None),
        (P, "Croydon Council spokesperson", "clear from the outset", None),
        (I, "Vantage Land", "it would redeploy the proceeds of any sale into its industrial and logistics pipeline, "
            "where it has 2.1m sq ft under construction across the Midlands and the M25 corridor", None),
        (P, "Analysts at Stanmore Securities", "painful but overdue", None),
        (I, "Priya Castle", "the decision would free up about \u00a360m of capital for the logistics business", None),
        (D, "Priya Castle", "Walking away is the right call. The market was never going to reward them for a tower "
            "they couldn\u2019t fund,", None),
        (P, "One Croydon agent", "spooked", None),
        (I, "British Property Federation", "planning departments across London were losing experienced officers "
            "faster than they could replace them", None),
        (D, "Bernadette O\u2019Hara", "This was always the wrong building in the wrong place. We\u2019re not against new "
            "homes. We\u2019re against a 38-storey wall.", None),
    ],
    "actors": [
        actor("Vantage Land", "organisation", title="developer",
              aliases=["Vantage Land", "Vantage", "The developer", "Developer"], stance=1),
        actor("Marcus Oyelaran", "person", title="chief executive", affiliation="Vantage Land",
              aliases=["Marcus Oyelaran", "Oyelaran"], stance=1),
        actor("Croydon Council spokesperson", "person", title="council spokesperson", affiliation="Croydon Council",
              aliases=["Croydon Council spokesperson", "the spokesperson"], stance=-1),
        actor("Analysts at Stanmore Securities", "group", title="broker analysts", affiliation="Stanmore Securities",
              aliases=["Analysts at Stanmore Securities"], stance=0),
        actor("Priya Castle", "person", title="analyst", affiliation="Stanmore Securities",
              aliases=["Priya Castle", "Castle"], stance=1),
        actor("One Croydon agent", "person", title="anonymous property agent", affiliation="Croydon",
              aliases=["One Croydon agent"], stance=None),
        actor("British Property Federation", "organisation", title="industry body",
              aliases=["British Property Federation"], stance=None),
        actor("Bernadette O\u2019Hara", "person", title="chair", affiliation="Fairfield Residents\u2019 Association",
              aliases=["Bernadette O\u2019Hara", "O\u2019Hara"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Cape Times (courts: a former municipal manager's fraud trial opens), headline without speech, byline and
#    "Published Dec 3, 2026" lines, straight " with curly apostrophes, punctuation outside fragments, "R48
#    million". Lede content before "State advocate Sindiswa Bam told the Western Cape High Court yesterday";
#    "Opening the State's case, Bam said A"; quote with "Bam said"; "He has pleaded not guilty" (not speech);
#    defence "told the court that A and had "..."" (an indirect plus a partial), quote with "Wessels said"
#    (which names Mr Jantjies); scare "Day Zero"; judge "warned both sides that the trial ... would not be
#    allowed to "..."" (partial only); witness "testified that she had been told to "..."" (partial only),
#    quote with "Witbooi said", "Under cross-examination, Witbooi told the court A"; NPA spokesperson "said
#    A"; pensioner "said A", quote with "he said"; DA caucus leader "said A and would B" (one span). The
#    target, Lwazi Jantjies, does not speak; his cousin shares his surname and does not speak either.
ARTICLES[f"{BATCH}/jantjies-drought-contract-trial.gold.json"] = {
    "article": f"{BATCH}/jantjies-drought-contract-trial.txt",
    "target": "Lwazi Jantjies",
    "quotes": [
        (I, "Sindiswa Bam", "Former Swartberg Local Municipality manager Lwazi Jantjies steered a R48 million emergency "
            "water contract to a company owned by his cousin at the height of the 2024 drought", None),
        (I, "Sindiswa Bam", "Jantjies had bypassed the municipality\u2019s bid committee and signed the contract himself "
            "on a Sunday, two days after his cousin\u2019s company, Karoo Aqua Logistics, was registered", None),
        (D, "Sindiswa Bam", "This was not a man making hard choices in a crisis. This was a man who saw a crisis as an "
            "opportunity,", None),
        (I, "Johan Wessels", "his client had acted lawfully under emergency procurement rules", None),
        (P, "Johan Wessels", "nothing to hide", None),
        (D, "Johan Wessels", "Towns were running dry. Clinics had no water. Mr Jantjies did what any responsible "
            "manager would have done, and he will say so from that witness box,", None),
        (S, None, "Day Zero", None),
        (P, "Yasmin Daniels", "drift into next year", None),
        (P, "Charmaine Witbooi", "stand aside", None),
        (D, "Charmaine Witbooi", "I was told the municipal manager would handle it personally. I had never seen that "
            "before in 17 years,", None),
        (I, "Charmaine Witbooi", "the bid committee had not met for three weeks during the drought because two of its "
            "members were ill", None),
        (I, "Thandeka Mgudlwa", "the State intended to call 23 witnesses, including forensic investigators from the "
            "Special Investigating Unit", None),
        (I, "Dawid Abrahams", "residents had queued at water tankers for months while the contract was in force", None),
        (D, "Dawid Abrahams", "We stood in line with buckets while somebody was getting rich,", None),
        (I, "Elmarie Jacobs", "the party had laid the original complaint with the police in 2024 and would have a "
            "member in court every day of the trial", None),
    ],
    "actors": [
        actor("Sindiswa Bam", "person", title="State advocate", affiliation="National Prosecuting Authority",
              aliases=["Sindiswa Bam", "Bam"], stance=-1),
        actor("Johan Wessels", "person", title="defence advocate (SC)", affiliation="for Lwazi Jantjies",
              aliases=["Johan Wessels", "Wessels"], stance=1),
        actor("Yasmin Daniels", "person", title="Judge", affiliation="Western Cape High Court",
              aliases=["Yasmin Daniels", "Judge Yasmin Daniels", "Daniels"], stance=None),
        actor("Charmaine Witbooi", "person", title="former municipal supply chain officer, State witness",
              affiliation="Swartberg Local Municipality", aliases=["Charmaine Witbooi", "Witbooi"], stance=-1),
        actor("Thandeka Mgudlwa", "person", title="NPA regional spokesperson", affiliation="National Prosecuting Authority",
              aliases=["Thandeka Mgudlwa", "Mgudlwa"], stance=None),
        actor("Dawid Abrahams", "person", title="pensioner", affiliation="Ladismith",
              aliases=["Dawid Abrahams", "Abrahams"], stance=-1),
        actor("Elmarie Jacobs", "person", title="DA Swartberg caucus leader", affiliation="DA",
              aliases=["Elmarie Jacobs", "Jacobs"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Down To Earth (India: a dry winter forces Nepal to cut power exports), headline and standfirst without
#    speech, byline and "Published: Thursday 03 December 2026" lines, straight " and apostrophes, "per cent",
#    punctuation outside fragments. Lede content before "the Nepal Electricity Authority (NEA) said on
#    December 2"; content before "the utility said in a notice"; MD "told Down To Earth (DTE) that the decision
#    was "..."" (partial only), quote with "Adhikari said", then "He said A" in the same paragraph; scare
#    so-called "spilled energy"; "according to the country's Department of Hydrology and Meteorology" (content
#    before); scientist "said A", quote with "she said"; anonymous Indian official "said A and would B" (one
#    span); BPDB "said the 40 MW ... was "..." of its supply, but that it expected Kathmandu to honour its "...""
#    (two partials, no indirect); minister "said Nepal would "..." its neighbours and that B" (a partial plus
#    an indirect); analyst "said A", quote with "she said", Q&A "Asked whether ..., Parekh replied: "..."".
ARTICLES[f"{BATCH}/nepal-power-export-cut-dry-winter.gold.json"] = {
    "article": f"{BATCH}/nepal-power-export-cut-dry-winter.txt",
    "target": "Nepal",
    "quotes": [
        (I, "Nepal Electricity Authority", "Nepal will suspend most of its electricity exports to India and Bangladesh "
            "from December 5, as a winter rainfall deficit has cut the output of its run-of-river hydropower plants "
            "by nearly half", None),
        (I, "Nepal Electricity Authority", "Exports through the Dhalkebar-Muzaffarpur transmission line will be reduced "
            "from 1,000 megawatts (MW) to about 150 MW", None),
        (P, "Bishnu Prasad Adhikari", "painful but unavoidable", None),
        (D, "Bishnu Prasad Adhikari", "Our first responsibility is to Nepali households. We cannot export power in the "
            "evening and then ask our own people to sit in the dark,", None),
        (I, "Bishnu Prasad Adhikari", "exports would resume once the spring snowmelt raised river flows, probably by "
            "late March", None),
        (S, None, "spilled energy", None),
        (I, "Department of Hydrology and Meteorology", "Nepal received 71 per cent less rain than normal in October "
            "and November", None),
        (I, "Kabita Rai", "winters in the central Himalaya were becoming drier and less predictable", None),
        (D, "Kabita Rai", "Nepal has built its energy strategy on rivers that are fed by snow and glaciers. That "
            "strategy assumes the future will look like the past, and the data says it will not,", None),
        (I, "official at India's Ministry of Power", "the shortfall would be met from thermal plants in Bihar and "
            "Uttar Pradesh and would not lead to load-shedding in either state", None),
        (P, "Bangladesh Power Development Board", "a small share", None),
        (P, "Bangladesh Power Development Board", "contractual commitments", None),
        (P, "Ganesh Pokharel", "never let down", None),
        (I, "Ganesh Pokharel", "the cut was temporary", None),
        (I, "Swati Parekh", "the episode showed the value of regional grids rather than their weakness", None),
        (D, "Swati Parekh", "Nepal did exactly what a responsible utility should do. It warned its partners a week "
            "ahead and kept some supply flowing,", None),
        (D, "Swati Parekh", "The answer to a dry winter in Nepal is a wider grid, not a narrower one.", None),
    ],
    "actors": [
        actor("Nepal Electricity Authority", "government", title="state utility", affiliation="Nepal",
              aliases=["Nepal Electricity Authority", "NEA", "the utility"], stance=1),
        actor("Bishnu Prasad Adhikari", "person", title="managing director", affiliation="Nepal Electricity Authority",
              aliases=["Bishnu Prasad Adhikari", "Adhikari"], stance=1),
        actor("Department of Hydrology and Meteorology", "government", title="weather agency", affiliation="Nepal",
              aliases=["Department of Hydrology and Meteorology"], stance=None),
        actor("Kabita Rai", "person", title="water resources scientist", affiliation="ICIMOD",
              aliases=["Kabita Rai", "Rai"], stance=-1),
        actor("official at India's Ministry of Power", "person", title="anonymous official", affiliation="India",
              aliases=["official at India's Ministry of Power"], stance=None),
        actor("Bangladesh Power Development Board", "government", title="power board", affiliation="Bangladesh",
              aliases=["Bangladesh Power Development Board", "BPDB"], stance=-1),
        actor("Ganesh Pokharel", "person", title="Minister for Energy, Water Resources and Irrigation",
              affiliation="Nepal", aliases=["Ganesh Pokharel", "Pokharel"], stance=1),
        actor("Swati Parekh", "person", title="energy analyst", affiliation="Centre for Energy Transitions",
              aliases=["Swati Parekh", "Parekh"], stance=1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
