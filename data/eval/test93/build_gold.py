"""Build the test93 gold files (data/eval/test93/*.gold.json) from the annotation specs below.

Held out, like ../test/. Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor,
write_all) of data/eval/build_gold.py and data/eval/write_gold.py: each quote is given by its exact text
and, when that text occurs more than once, by an anchor (a string occurring exactly once in the article)
from whose start the text is searched. Run from anywhere:  python3 data/eval/test93/build_gold.py  then
python3 data/eval/check_batch.py data/eval/test93.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

BATCH = "data/eval/test93"

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The Tablet (Russia refuses to renew residence permits for five foreign Catholic priests in Siberia),
#    headline without speech, standfirst "Moscow cites ‘...’ as Holy See seeks clarification" (partial for
#    Russia), byline and date lines, British curly single quotes ‘...’ with ’ apostrophes, en dashes, "Fr",
#    "per cent". Lede content before "the Diocese of the Transfiguration in Novosibirsk has said"; content
#    with an aside between dashes before "the diocese said in a statement, adding that B" (two indirects);
#    migration department "cited ‘...’ without giving details" (partial); vicar general "said A", quote split
#    by "he said"; Q&A-style "Asked about the case ..., Foreign Ministry spokesman ... said foreign clergy
#    were ‘...’ and that B" (partial plus indirect), then "he said"; Holy See Press Office "said the
#    Secretariat of State was ‘...’ and had asked ..." (no second subject: partial only); archpriest "told
#    the RIA Novosti agency that the Church had ‘...’ in the decisions, but that Catholic ‘...’ among ...
#    had long been a concern" (two partials); scare so-called ‘missionary law’; charity "said the refusals
#    ‘...’ of pressure" (partial only), then content before "according to the charity"; anonymous
#    parishioner "told The Tablet by phone that A", then "she said". Not annotated: the population figure,
#    the last Masses.
ARTICLES[f"{BATCH}/siberia-catholic-priests-permits.gold.json"] = {
    "article": f"{BATCH}/siberia-catholic-priests-permits.txt",
    "target": "Russia",
    "quotes": [
        (P, "Russia", "violations of migration rules", "‘violations"),
        (I, "Diocese of the Transfiguration", "Five foreign Catholic priests serving parishes in Siberia have been told "
            "they must leave Russia by the end of the year after the authorities refused to renew their residence "
            "permits", None),
        (I, "Diocese of the Transfiguration", "The priests – three Poles, a Slovak and an Argentine – have served "
            "parishes in Novosibirsk, Omsk, Tomsk and Barnaul for a combined 60 years", None),
        (I, "Diocese of the Transfiguration", "it would appeal against each of the decisions", None),
        (P, "regional migration department of the Interior Ministry", "repeated violations of migration rules", None),
        (I, "Tomasz Wójcik", "none of the priests had ever been fined or warned by the authorities", None),
        (D, "Tomasz Wójcik", "I have lived in Omsk for 19 years. I have a Russian pension card. Nobody has ever told "
            "me I broke a rule,", None),
        (D, "Tomasz Wójcik", "If there is a violation, I would like to know what it is.", None),
        (P, "Konstantin Lavrentyev", "welcome in Russia as long as they respect its laws", None),
        (I, "Konstantin Lavrentyev", "decisions on residence permits were a matter for the migration authorities", None),
        (D, "Konstantin Lavrentyev", "There is no campaign against the Catholic Church in Russia. Catholic parishes "
            "operate freely, and anyone who says otherwise is repeating Western propaganda,", None),
        (P, "Holy See Press Office", "following the situation closely", None),
        (P, "Nikolai Sorokin", "no role", None),
        (P, "Nikolai Sorokin", "proselytism", None),
        (S, None, "missionary law", None),
        (P, "Aid to the Church in Need", "fit a pattern", None),
        (I, "Aid to the Church in Need", "At least 12 foreign priests and religious sisters have been refused permits or "
            "denied entry since 2023", None),
        (I, "parishioner in Barnaul", "the parish had collected more than 400 signatures asking the authorities to let "
            "its priest stay", None),
        (D, "parishioner in Barnaul", "He baptised my children. Now they want to take him from us before Christmas,",
            None),
    ],
    "actors": [
        actor("Russia", "country", aliases=["Russia", "Moscow"], stance=1),
        actor("Diocese of the Transfiguration", "organisation", title="Catholic diocese in Novosibirsk",
              aliases=["Diocese of the Transfiguration", "the diocese"], stance=-1),
        actor("regional migration department of the Interior Ministry", "government", affiliation="Russia",
              aliases=["regional migration department of the Interior Ministry"], stance=1),
        actor("Tomasz Wójcik", "person", title="vicar general", affiliation="Diocese of the Transfiguration",
              aliases=["Tomasz Wójcik", "Wójcik", "Fr Tomasz Wójcik"], stance=-1),
        actor("Konstantin Lavrentyev", "person", title="Foreign Ministry spokesman", affiliation="Russia",
              aliases=["Konstantin Lavrentyev", "Lavrentyev"], stance=1),
        actor("Holy See Press Office", "organisation", affiliation="Holy See", aliases=["Holy See Press Office"],
              stance=0),
        actor("Nikolai Sorokin", "person", title="deputy chairman, Department for External Church Relations",
              affiliation="Moscow Patriarchate", aliases=["Nikolai Sorokin", "Sorokin"], stance=1),
        actor("Aid to the Church in Need", "organisation", title="Catholic charity",
              aliases=["Aid to the Church in Need", "the charity"], stance=-1),
        actor("parishioner in Barnaul", "person", title="anonymous parishioner", affiliation="Barnaul parish",
              aliases=["parishioner in Barnaul"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Engineer (a tidal turbine blade detaches during a test at EMEC), headline without speech,
#    standfirst "Developer says root cause investigation will take "..."" (partial for the developer),
#    byline and "4th December 2026 12:30 pm" lines, straight " and apostrophes, British punctuation
#    outside the marks, units (2MW, 18m, 42m). Lede content before "the Edinburgh-based developer has
#    confirmed"; content before "the company said, adding that B" (two indirects); content with a quoted
#    fragment before "according to the company" (partial only), "which said A" (indirect); CTO "told The
#    Engineer that A", quote split by "she said"; Q&A "Asked whether ..., Brandvold said: "...""; company
#    spokesperson "said A and that B" (one span); EMEC "said in a statement that A and that B" (one span);
#    scare so-called "valley of death"; academic "said blade root failures were "..." in the sector but that
#    this one came at a "..." for ..." (two partials), "Reid said"; fishermen's representative "said A, a
#    delay he described as "..."" (indirect plus partial). Not annotated: the turbine's specification.
ARTICLES[f"{BATCH}/orcadia-tidal-blade-failure-emec.gold.json"] = {
    "article": f"{BATCH}/orcadia-tidal-blade-failure-emec.txt",
    "target": "Orcadia Tidal",
    "quotes": [
        (P, "Orcadia Tidal", "at least eight weeks", "Developer says"),
        (I, "Orcadia Tidal", "One of the three blades on Orcadia Tidal's 2MW OT-2 turbine detached during a routine test "
            "at the European Marine Energy Centre's Fall of Warness site off Eday last week", None),
        (I, "Orcadia Tidal", "No one was injured and the 18m composite blade has been recovered from the seabed", None),
        (I, "Orcadia Tidal", "the turbine's two remaining blades had been locked and the nacelle would be lifted out for "
            "inspection", None),
        (P, "Orcadia Tidal", "at least eight weeks", "The root cause"),
        (I, "Orcadia Tidal", "early evidence pointed to a fatigue crack at the blade root", None),
        (I, "Anneliese Brandvold", "the blade had completed more than 9,000 hours of operation, about a third of its "
            "design fatigue life", None),
        (D, "Anneliese Brandvold", "We designed this blade with a big margin. Clearly something in the laminate or the "
            "bolted joint has behaved differently from what our models and our test rig told us,", None),
        (D, "Anneliese Brandvold", "We will find out what, and we will publish what we find.", None),
        (D, "Anneliese Brandvold", "Almost certainly by a few months. We are not going to put another blade in the water "
            "until we understand this one.", None),
        (I, "spokesperson for Orcadia", "the company had informed the Maritime and Coastguard Agency within an hour and "
            "that a notice to mariners was issued the same day", None),
        (I, "EMEC", "it had been notified immediately and that the test berth would remain closed until the turbine "
            "was removed", None),
        (S, None, "valley of death", None),
        (P, "Callum Reid", "not unheard of", None),
        (P, "Callum Reid", "terrible moment", None),
        (D, "Callum Reid", "Tidal has always been told it's ten years away. A lost blade is exactly the kind of "
            "headline the sceptics will seize on,", None),
        (I, "Kenny Flett", "local skippers had not been told about the incident for four days", None),
        (P, "Kenny Flett", "not good enough", None),
    ],
    "actors": [
        actor("Orcadia Tidal", "organisation", title="tidal turbine developer",
              aliases=["Orcadia Tidal", "Orcadia", "the company"], stance=1),
        actor("Anneliese Brandvold", "person", title="chief technology officer", affiliation="Orcadia Tidal",
              aliases=["Anneliese Brandvold", "Brandvold"], stance=1),
        actor("spokesperson for Orcadia", "person", title="company spokesperson", affiliation="Orcadia Tidal",
              aliases=["spokesperson for Orcadia"], stance=1),
        actor("EMEC", "organisation", title="European Marine Energy Centre",
              aliases=["EMEC", "European Marine Energy Centre"], stance=0),
        actor("Callum Reid", "person", title="professor, tidal energy research", affiliation="University of Strathclyde",
              aliases=["Callum Reid", "Reid", "Prof Callum Reid"], stance=0),
        actor("Kenny Flett", "person", affiliation="Orkney Fisheries Association",
              aliases=["Kenny Flett", "Flett"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Duluth News Tribune courts (a former youth hockey treasurer charged with theft), headline and deck
#    without speech ("is accused of" in the deck: no speaker, not annotated), byline, "Duluth News Tribune"
#    and "Dec 4, 2026 at 5:47 PM" lines, "DULUTH —" dateline, straight " and apostrophes, AP style. Lede
#    content before "prosecutors said Thursday"; "According to the criminal complaint, A and B" (one span);
#    scare so-called "equipment fund," (comma inside); prosecutor "told Judge ... that Stone had "..." and
#    asked that bail be set ..." (partial; the request is not annotated), quote with "Maki said after the
#    hearing", "He said A"; defence attorney "said his client "..." and disputed the amount" (partial only;
#    the act is not annotated), "Lindahl said"; defendant's quote split by "Stone told reporters as he left
#    the courthouse"; association president "said A, when ..., and that B" (one span), "she said"; parent
#    "said A" (itself reporting what families were told), "she said". Not annotated: the bail decision,
#    "has not yet entered a plea", the next court date.
ARTICLES[f"{BATCH}/lakeview-hockey-treasurer-theft-charges.gold.json"] = {
    "article": f"{BATCH}/lakeview-hockey-treasurer-theft-charges.txt",
    "target": "Jerome Stone",
    "quotes": [
        (I, "prosecutors", "A former treasurer of a Duluth youth hockey association diverted more than $212,000 of the "
            "group's money to his own use over six years", None),
        (I, "criminal complaint", "Stone wrote 143 checks from the Lakeview Youth Hockey Association's accounts between "
            "2020 and 2026, most of them payable to a company he controlled, and used association debit cards to pay "
            "for groceries, fuel and a fishing boat", None),
        (S, None, "equipment fund,", None),
        (P, "Nathan Maki", "treated the association like a personal piggy bank", None),
        (D, "Nathan Maki", "These are volunteer parents who sold raffle tickets and worked concession stands so kids "
            "could skate. That money was taken from them, and from those kids,", None),
        (I, "Nathan Maki", "the county would seek restitution for the full amount", None),
        (P, "Aaron Lindahl", "looks forward to telling his side", None),
        (D, "Aaron Lindahl", "A lot of what the state calls theft is reimbursement for money Jerome spent on the "
            "association over many years. The records will show that,", None),
        (D, "Jerome Stone", "I gave 20 years to that association,", None),
        (D, "Jerome Stone", "I'm not going to say anything else today.", None),
        (I, "Heidi Niemi", "the board discovered irregularities in March, when a new treasurer could not reconcile the "
            "accounts, and that it reported them to Duluth police the following week", None),
        (D, "Heidi Niemi", "Jerome was part of this organization for a long time, and a lot of people trusted him. "
            "That's what makes this so hard,", None),
        (I, "Carrie Hanson", "families had been told for years that fee increases were needed to cover the rising cost "
            "of ice time", None),
        (D, "Carrie Hanson", "We paid it because that's what you do for your kids. Now you wonder where it went,", None),
    ],
    "actors": [
        actor("prosecutors", "group", affiliation="St. Louis County Attorney's Office", stance=-1),
        actor("criminal complaint", "organisation", title="court document", affiliation="State District Court",
              stance=-1),
        actor("Nathan Maki", "person", title="Assistant St. Louis County Attorney",
              affiliation="St. Louis County Attorney's Office", aliases=["Nathan Maki", "Maki"], stance=-1),
        actor("Aaron Lindahl", "person", title="defence attorney", affiliation="Jerome Stone",
              aliases=["Aaron Lindahl", "Lindahl"], stance=1),
        actor("Jerome Stone", "person", title="former treasurer", affiliation="Lakeview Youth Hockey Association",
              aliases=["Jerome Stone", "Stone", "Jerome"], stance=1),
        actor("Heidi Niemi", "person", title="president", affiliation="Lakeview Youth Hockey Association",
              aliases=["Heidi Niemi", "Niemi"], stance=0),
        actor("Carrie Hanson", "person", title="parent", affiliation="Lakeview Youth Hockey Association",
              aliases=["Carrie Hanson", "Hanson"], stance=-1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Whanganui Chronicle (NZME, Local Democracy Reporting: the regional museum cuts opening days and jobs
#    after a council grant cut), headline without speech, byline, "4 Dec, 2026 04:00 PM" and "3 mins to
#    read" lines, straight " and apostrophes, NZ style ("per cent", te reo Māori words: kaumātua, iwi,
#    taonga, whānau, awa), LDR funding line at the end. Lede content before "the museum's board has
#    confirmed"; board chairwoman "said the board had "..." after ..." (partial only), quote with "she said"
#    and a quote-only paragraph; "In a statement, the museum said A, ..., and that B" (one span); union
#    "said the cuts were "..." and that B" (partial plus indirect); organiser "said A and had been given B"
#    (one span), "Ruawai said"; councillor "said the council had faced "..." and had to keep ..." (no second
#    subject: partial only), "he said"; kaumātua "said A", "he said"; teacher "said her school's Monday
#    visits had been "..." for ..." (partial only); scare so-called "open storage" tours; "The board said
#    A". Not annotated: the LDR line.
ARTICLES[f"{BATCH}/whanganui-museum-opening-hours-cuts.gold.json"] = {
    "article": f"{BATCH}/whanganui-museum-opening-hours-cuts.txt",
    "target": "Whanganui Regional Museum",
    "quotes": [
        (I, "museum's board", "Whanganui Regional Museum will close on Mondays and Tuesdays from February and cut six of "
            "its 31 staff positions after a reduction in its council grant", None),
        (P, "Margaret Ngata", "run out of other options", None),
        (D, "Margaret Ngata", "We have spent the last six months looking at every line of our budget. Closing two days "
            "a week is not what anyone on this board wanted, but it allows us to protect the collection and keep our "
            "education programmes running,", None),
        (D, "Margaret Ngata", "The alternative was to cut so deeply that we would struggle to open at all.", None),
        (I, "Whanganui Regional Museum", "Monday and Tuesday were its quietest days, accounting for about 14 per cent "
            "of visitors, and that school bookings on those days would be moved to later in the week", None),
        (P, "Public Service Association", "short-sighted", None),
        (I, "Public Service Association", "it would seek meetings with the board", None),
        (I, "Tom Ruawai", "staff learned about the proposal at a meeting on Wednesday morning and had been given two "
            "weeks to respond", None),
        (D, "Tom Ruawai", "Our members are the people who know this collection best. You don't get that knowledge back "
            "once it walks out the door,", None),
        (P, "Peter Sandle", "impossible choices", None),
        (D, "Peter Sandle", "Nobody on council wants to see the museum close its doors for a single day. But ratepayers "
            "told us loud and clear they couldn't afford more,", None),
        (I, "Hemi Tūroa", "iwi had not been consulted about the closure days", None),
        (D, "Hemi Tūroa", "Our taonga are in that building. Our whānau should be able to visit them whenever they come "
            "home to the awa, not only on the days that suit a spreadsheet,", None),
        (P, "Anna Whitlock", "the highlight of the term", None),
        (S, None, "open storage", None),
        (I, "museum's board", "it would review the opening hours in 12 months", None),
    ],
    "actors": [
        actor("museum's board", "organisation", title="board", affiliation="Whanganui Regional Museum",
              aliases=["museum's board", "The board"], stance=1),
        actor("Margaret Ngata", "person", title="board chairwoman", affiliation="Whanganui Regional Museum",
              aliases=["Margaret Ngata", "Ngata"], stance=1),
        actor("Whanganui Regional Museum", "organisation", title="museum",
              aliases=["Whanganui Regional Museum", "the museum"], stance=1),
        actor("Public Service Association", "organisation", title="union",
              aliases=["Public Service Association", "PSA"], stance=-1),
        actor("Tom Ruawai", "person", title="organiser", affiliation="Public Service Association",
              aliases=["Tom Ruawai", "Ruawai"], stance=-1),
        actor("Peter Sandle", "person", title="district councillor", affiliation="Whanganui District Council",
              aliases=["Peter Sandle", "Sandle"], stance=0),
        actor("Hemi Tūroa", "person", title="kaumātua, Māori advisory committee", affiliation="Whanganui Regional Museum",
              aliases=["Hemi Tūroa", "Tūroa"], stance=-1),
        actor("Anna Whitlock", "person", title="teacher", aliases=["Anna Whitlock", "Whitlock"], stance=-1),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
