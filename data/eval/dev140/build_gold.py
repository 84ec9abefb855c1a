"""Build the dev140 gold files (data/eval/dev140/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev138/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev140/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev140.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

BATCH = "data/eval/dev140"


ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Tasnim News Agency (Iran, English service) transport/diplomacy (track-laying starts on a Russian-financed
#    railway), Title Case headline without speech, `TEHRAN (Tasnim) –` dateline, straight quotes, `percent`,
#    `1.3-billion-euro`. Lede content before `, Iranian officials said` (group); deputy minister `said A`, quote
#    with `Sadeghpour said, adding that B` (direct plus indirect), `He described Russia as "..." ... and said B`
#    (partial plus indirect); Russian deputy minister `said A`, `Zverev told reporters`, `He said A`; `Some
#    Iranian lawmakers have been openly critical ...` (no reported clause); MP `told Tasnim that A had been "..."
#    and that B` (partial plus indirect), quote split by `Dehghani said`; railway company `said in a statement
#    that A`; scare so-called "sanctions-proof"; economist `said A, but noted that B` (two indirects), `he said`.
ARTICLES[f"{BATCH}/rasht-astara-railway-russia.gold.json"] = {
    "article": f"{BATCH}/rasht-astara-railway-russia.txt",
    "target": "Russia",
    "quotes": [
        (I, "Iranian officials", "Construction crews began laying track on the first section of the Rasht-Astara "
            "railway in northern Iran on Saturday, a milestone in a project financed largely by a Russian state loan",
            None),
        (I, "Hamidreza Sadeghpour", "the first 40 kilometers of track would be completed by the end of the Iranian "
            "year in March", None),
        (D, "Hamidreza Sadeghpour", "The Rasht-Astara railway is no longer a drawing on paper. Today the rails are on "
            "the ground,", None),
        (I, "Hamidreza Sadeghpour", "land acquisition along the route was now 94 percent complete", None),
        (P, "Hamidreza Sadeghpour", "a serious and committed partner", None),
        (I, "Hamidreza Sadeghpour", "Moscow had transferred the first tranche of the 1.3-billion-euro loan in "
            "September", None),
        (I, "Dmitry Zverev", "the corridor would cut the transit time for cargo between Saint Petersburg and Mumbai "
            "from around 40 days via the Suez Canal to less than 25", None),
        (D, "Dmitry Zverev", "Russia keeps its word. We are ready to supply rails, locomotives and engineering "
            "support, and we want to see the first trains running in 2029,", None),
        (I, "Dmitry Zverev", "Russian Railways specialists would be stationed permanently in Gilan Province during "
            "the construction", None),
        (P, "Ali Reza Dehghani", "painfully slow", None),
        (I, "Ali Reza Dehghani", "Iran had paid for most of the preparatory work from its own budget", None),
        (D, "Ali Reza Dehghani", "Friendship is measured in actions, not in ceremonies,", None),
        (D, "Ali Reza Dehghani", "We hope the Russian side will now move at the same speed as the Iranian "
            "contractors.", None),
        (I, "Iranian Railways", "eight Iranian contractors and two Russian firms were currently working on the route, "
            "employing around 3,000 people", None),
        (S, None, "sanctions-proof", None),
        (I, "Mehdi Nouri", "the line could carry up to 15 million tons of freight a year once fully operational",
            None),
        (I, "Mehdi Nouri", "the Azerbaijani section at Astara also needed upgrading", None),
        (D, "Mehdi Nouri", "The economics of this corridor depend on all three countries, not only on Iran and "
            "Russia,", None),
    ],
    "actors": [
        actor("Iranian officials", "group", title="officials", affiliation="Iran", aliases=["Iranian officials"],
              stance=None),
        actor("Hamidreza Sadeghpour", "person", title="Deputy Minister of Roads and Urban Development",
              affiliation="Iran", aliases=["Hamidreza Sadeghpour", "Sadeghpour"], stance=1),
        actor("Dmitry Zverev", "person", title="Deputy Transport Minister", affiliation="Russia",
              aliases=["Dmitry Zverev", "Zverev"], stance=1),
        actor("Ali Reza Dehghani", "person", title="member of the Majlis Civil Committee", affiliation="Majlis",
              aliases=["Ali Reza Dehghani", "Dehghani"], stance=-1),
        actor("Iranian Railways", "organisation", title="state railway company", aliases=["Iranian Railways"],
              stance=None),
        actor("Mehdi Nouri", "person", title="transport economist",
              affiliation="Allameh Tabataba'i University", aliases=["Mehdi Nouri", "Nouri"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Gold Coast Bulletin (News Corp, Queensland) local politics (a councillor faces an integrity complaint),
#    headline and standfirst without speech, byline, `December 2, 2026 - 5:30PM` and masthead lines,
#    capitalised lede opening `GOLD`, straight quotes, `Cr`/`Ms`. `over claims she failed to ...` (noun, not
#    annotated); watchdog `confirmed ... it had received ... and was "..."` (indirect plus partial); `The
#    complaint, lodged by ... Marcus Gee, alleges A` (Gee's written complaint: indirect); councillor `said A`,
#    quote with `she said` and a quote-only paragraph, `She said A and was B` (one span); rival `said he had
#    raised the matter "..." and that B` (partial plus indirect), `Cr Gee said`; residents `said locals felt
#    "..." by the vote` (partial only), `Ms Fogarty said`; developer `said A and that B`; `A council spokesman
#    said A and that B`; anonymous councillor `said the complaint would "...", but that B` (partial plus
#    indirect); mayor `said he would not "..." the OIA's findings` (partial only), `he said`. Not annotated:
#    `The Bulletin understands`.
ARTICLES[f"{BATCH}/vellar-councillor-oia-complaint.gold.json"] = {
    "article": f"{BATCH}/vellar-councillor-oia-complaint.txt",
    "target": "Nadia Vellar",
    "quotes": [
        (I, "Office of the Independent Assessor", "it had received a complaint about the Division 13 councillor",
            None),
        (P, "Office of the Independent Assessor", "assessing the information provided", None),
        (I, "Marcus Gee", "Cr Vellar did not tell the council's planning committee that she had attended a 2025 "
            "fundraiser organised by the developer, Coastline Living", None),
        (I, "Nadia Vellar", "she had done nothing wrong", None),
        (D, "Nadia Vellar", "I have never hidden anything. I went to a charity lunch with 300 other people, and I "
            "paid for my own ticket,", None),
        (D, "Nadia Vellar", "This is politics, plain and simple. Some people in that chamber would rather fight me "
            "than fight for Palm Beach.", None),
        (I, "Nadia Vellar", "she would co-operate fully with the OIA and was confident she would be cleared", None),
        (P, "Marcus Gee", "reluctantly", None),
        (I, "Marcus Gee", "residents were entitled to know", None),
        (D, "Marcus Gee", "This isn't personal. The rules exist for a reason, and they apply to all of us,", None),
        (P, "Lorraine Fogarty", "completely let down", None),
        (D, "Lorraine Fogarty", "We've been told the process was clean. Now we find out there are questions about "
            "who knew who,", None),
        (I, "Adam Kyriakou", "the fundraiser had raised money for a children's hospital and that dozens of people "
            "from across the city had attended", None),
        (I, "A council spokesman", "councillors were required to manage their own declarations under the Local "
            "Government Act and that the council would not comment on an active complaint", None),
        (P, "One long-serving councillor", "go nowhere", None),
        (I, "One long-serving councillor", "it had already damaged relations in the chamber", None),
        (P, "Glenn Pratt", "pre-empt", None),
        (D, "Glenn Pratt", "Every councillor is entitled to due process, and that includes Cr Vellar,", None),
    ],
    "actors": [
        actor("Office of the Independent Assessor", "government", title="integrity watchdog",
              aliases=["Office of the Independent Assessor", "OIA"], stance=0),
        actor("Marcus Gee", "person", title="councillor", affiliation="City of Gold Coast",
              aliases=["Marcus Gee", "Gee", "Cr Gee"], stance=-1),
        actor("Nadia Vellar", "person", title="Division 13 councillor", affiliation="City of Gold Coast",
              aliases=["Nadia Vellar", "Vellar", "Cr Vellar"], stance=1),
        actor("Lorraine Fogarty", "person", title="president", affiliation="Palm Beach Residents Association",
              aliases=["Lorraine Fogarty", "Fogarty", "Ms Fogarty"], stance=-1),
        actor("Adam Kyriakou", "person", title="director", affiliation="Coastline Living",
              aliases=["Adam Kyriakou", "Kyriakou"], stance=1),
        actor("A council spokesman", "person", title="unnamed spokesman", affiliation="City of Gold Coast",
              aliases=["A council spokesman"], stance=0),
        actor("One long-serving councillor", "person", title="anonymous councillor", affiliation="City of Gold Coast",
              aliases=["One long-serving councillor"], stance=0),
        actor("Glenn Pratt", "person", title="Mayor", affiliation="City of Gold Coast",
              aliases=["Glenn Pratt", "Pratt", "Mayor Glenn Pratt"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. interest.co.nz (New Zealand finance news) economy (the Reserve Bank holds the OCR), long headline-standfirst
#    with a fragment (`saying inflation remains "..."`: a partial for the Reserve Bank, the entity the headline
#    names), `By ... | 3rd Dec 26, 2:47pm` line, straight quotes, `%`, subscriber footnote. The Record of Meeting:
#    `the Monetary Policy Committee said A, and that B was "..."` (indirect plus partial), `The Committee also noted
#    that A, describing it as "..."` (indirect plus partial); Governor `said A`, `Whitcombe said`, Q&A `Asked
#    whether ..., she replied: "..."`, `Whitcombe said A but had B` (one span); the survey of economists (not
#    speech); economist `said the tone ... was "..."` (partial only), `Wong said`; second economist `He said A and
#    that B` (one span), `he said`; minister `said A`, `He said, however, that ... "..." ...` (partial only);
#    retail chief `said many retailers were "..."` (partial only), then content before `, she said`.
ARTICLES[f"{BATCH}/rbnz-ocr-hold-december.gold.json"] = {
    "article": f"{BATCH}/rbnz-ocr-hold-december.txt",
    "target": "Reserve Bank",
    "quotes": [
        (P, "Reserve Bank", "a little sticky", "saying inflation remains"),
        (I, "Reserve Bank", "annual CPI inflation was expected to return to the middle of its 1% to 3% target band by "
            "the second half of next year", None),
        (P, "Reserve Bank", "broadly on track", None),
        (I, "Reserve Bank", "non-tradables inflation had eased more slowly than expected", None),
        (P, "Reserve Bank", "a little sticky", "describing it as"),
        (I, "Rachel Whitcombe", "the bank was comfortable with where interest rates were", None),
        (D, "Rachel Whitcombe", "We've done a lot of work over the last 18 months. Monetary policy is now stimulatory "
            "and the effects are still coming through. We don't need to do more right now,", None),
        (D, "Rachel Whitcombe", "With the benefit of hindsight you can always argue about timing. I'm confident the "
            "path we took was the right one.", None),
        (I, "Rachel Whitcombe", "the Committee had discussed a further 25 basis point cut but had reached a consensus "
            "to hold", None),
        (P, "Fiona Wong", "a touch more hawkish", None),
        (D, "Fiona Wong", "The bank is clearly happy to sit on its hands. We still think there's a case for one more "
            "cut in the first half of 2027, but the bar has gone up,", None),
        (I, "Tom Eruera", "the housing market was picking up faster than the Reserve Bank assumed and that the next "
            "move in the OCR was more likely to be a hike than a cut", None),
        (D, "Tom Eruera", "Don't be surprised if we're talking about rate rises by this time next year,", None),
        (I, "Simon Coutts", "the decision was a matter for the independent Reserve Bank", None),
        (P, "Simon Coutts", "real relief", None),
        (P, "Carolyn Young", "still doing it tough", None),
        (I, "Carolyn Young", "Another cut before Christmas would have been welcome", None),
    ],
    "actors": [
        actor("Reserve Bank", "organisation", title="central bank",
              aliases=["Reserve Bank", "Monetary Policy Committee", "Committee", "bank"], stance=1),
        actor("Rachel Whitcombe", "person", title="Governor", affiliation="Reserve Bank",
              aliases=["Rachel Whitcombe", "Whitcombe"], stance=1),
        actor("Fiona Wong", "person", title="chief economist", affiliation="ASB", aliases=["Fiona Wong", "Wong"],
              stance=0),
        actor("Tom Eruera", "person", title="chief economist", affiliation="Kiwibank",
              aliases=["Tom Eruera", "Eruera"], stance=0),
        actor("Simon Coutts", "person", title="Finance Minister", affiliation="New Zealand Government",
              aliases=["Simon Coutts", "Coutts"], stance=0),
        actor("Carolyn Young", "person", title="chief executive", affiliation="Retail NZ",
              aliases=["Carolyn Young", "Young"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Mizzima (Myanmar, English) migration (Thailand deports Myanmar workers through Myawaddy), headline `...,
#    rights groups say` without marks (not annotated), `Mizzima | Friday, 4 December 2026` line, straight quotes,
#    Burmese honorifics (Daw, U, Ma) and a Thai police rank (Pol Col; Thai first name as the short name), en dash
#    in `Mae Sot–Myawaddy`. Lede content before `, migrant rights groups said` (group); network `said A`; quote
#    before `said Daw Nwe Ni Aung, the group's coordinator ...`, `She said A`; ministry `said in a statement that
#    the operation targeted "..." and that B` (partial plus indirect); police officer `told reporters that A`,
#    `he said`; `Migrants ... described a different picture` (no clause); worker `who gave her name only as Ma
#    Thin, said A`, `she said`; content before `according to a Myawaddy-based aid worker who asked not to be
#    identified`, `The aid worker said there was "..." and that B` (partial plus indirect); former attaché `said A,
#    but urged both governments ...` (indirect; the directive not annotated), `he said`; `The Thai government has
#    announced ...` (act).
ARTICLES[f"{BATCH}/thailand-deportations-myawaddy.gold.json"] = {
    "article": f"{BATCH}/thailand-deportations-myawaddy.txt",
    "target": "Thailand",
    "quotes": [
        (I, "migrant rights groups", "More than 1,200 Myanmar migrant workers have been sent back through the Mae "
            "Sot\u2013Myawaddy border crossing since last Friday, after Thai authorities stepped up raids on factories "
            "and farms in Tak Province", None),
        (I, "Migrant Workers Rights Network", "many of those deported had valid work permits that had expired only "
            "days earlier because employers had failed to renew them on time", None),
        (D, "Nwe Ni Aung", "These are not criminals. Most of them have worked in Thailand for years, paid into the "
            "social security fund, and were arrested for a paperwork problem that was not their fault,", None),
        (I, "Nwe Ni Aung", "at least 40 children had been separated from their parents during the raids", None),
        (P, "Ministry of Labour", "illegal employment", None),
        (I, "Ministry of Labour", "workers with valid documents had nothing to fear", None),
        (I, "Thanakorn Srisuk", "all those deported had been in the country without legal status", None),
        (D, "Thanakorn Srisuk", "We follow Thai law. Anyone who wants to work here legally is welcome, and the process "
            "is open to them,", None),
        (I, "Ma Thin", "police had torn up her pink card during the raid", None),
        (D, "Ma Thin", "They did not listen. My employer was standing right there and told them I was a worker at the "
            "factory,", None),
        (I, "a Myawaddy-based aid worker", "Some have been detained for questioning about possible links to "
            "resistance groups", None),
        (P, "a Myawaddy-based aid worker", "no proper reception", None),
        (I, "a Myawaddy-based aid worker", "many slept at the bus station", None),
        (I, "Kyaw Win", "Thailand had the right to enforce its immigration laws", None),
        (D, "Kyaw Win", "There is fault on both sides of the bridge. Thailand needs these workers and Myanmar needs "
            "the money they send home,", None),
    ],
    "actors": [
        actor("migrant rights groups", "group", title="rights groups", aliases=["migrant rights groups"], stance=-1),
        actor("Migrant Workers Rights Network", "organisation", title="migrant rights group",
              aliases=["Migrant Workers Rights Network", "MWRN"], stance=-1),
        actor("Nwe Ni Aung", "person", title="coordinator in Mae Sot", affiliation="Migrant Workers Rights Network",
              aliases=["Nwe Ni Aung", "Daw Nwe Ni Aung"], stance=-1),
        actor("Ministry of Labour", "government", title="Thai labour ministry", affiliation="Thailand",
              aliases=["Ministry of Labour"], stance=1),
        actor("Thanakorn Srisuk", "person", title="deputy commander, Tak provincial immigration police",
              affiliation="Thailand", aliases=["Thanakorn Srisuk", "Thanakorn"], stance=1),
        actor("Ma Thin", "person", title="garment worker (name given only in part)", aliases=["Ma Thin"], stance=-1),
        actor("a Myawaddy-based aid worker", "person", title="anonymous aid worker",
              aliases=["a Myawaddy-based aid worker", "aid worker"], stance=None),
        actor("Kyaw Win", "person", title="former labour attach\u00e9, legal aid clinic head",
              aliases=["Kyaw Win", "U Kyaw Win"], stance=0),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
