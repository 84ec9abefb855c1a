"""Build the dev109 gold files (data/eval/dev109/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev59/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev109/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev109.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev109"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Al-Monitor diplomacy (Russia and Syria's new authorities edge toward a deal on Tartus and Hmeimim), headline
#    and standfirst without speech, byline and `December 12, 2026` lines, no dateline, straight `"` and
#    apostrophes, American punctuation inside closing marks; deputy foreign minister `told reporters after the
#    meeting that Damascus was prepared to allow a "..." Russian presence, but that B` (partial plus indirect),
#    `Qassab said`; Russian deputy minister `who told the state news agency TASS that the talks had been "..."`
#    (partial only, full stop inside), `he said`; `According to two Syrian officials familiar with the talks, A`;
#    `One of the officials, who spoke to Al-Monitor on condition of anonymity ..., said A`, `the official said`;
#    Kremlin `said in a brief statement that A and that Russia "..." of Syria` (indirect plus partial); shopkeeper
#    `said A`, `Hamdan said`; `A State Department spokesperson told Al-Monitor that A`; analyst with a long apposition
#    `said A`, `Saveliev said`, `He added that A`; content before `, according to Syria's state news agency SANA`;
#    scare so-called "Tartus question".
ARTICLES[f"{BATCH}/russia-syria-tartus-hmeimim-talks.gold.json"] = {
    "article": f"{BATCH}/russia-syria-tartus-hmeimim-talks.txt",
    "target": "Russia",
    "quotes": [
        (P, "Nabil Qassab", "limited and time-bound", None),
        (I, "Nabil Qassab", "any agreement would have to be approved by the People's Assembly", None),
        (D, "Nabil Qassab", "Syria is not the Syria of 2015. Any foreign presence on our soil will be on our terms, "
            "under our law and for our benefit,", None),
        (P, "Alexei Voronin", "constructive and businesslike.", None),
        (D, "Alexei Voronin", "Russia has been a friend of the Syrian people for seventy years, through every "
            "government. We are ready to help with energy, grain and reconstruction,", None),
        (I, "two Syrian officials familiar with the talks", "Moscow has offered to write off part of Syria's Soviet-era "
            "debt and to deliver 1 million tons of wheat over three years in exchange for a 25-year lease on both "
            "facilities", None),
        (I, "One of the officials", "Damascus had asked for the lease to be limited to ten years and for Syrian "
            "officers to be informed in advance of all flights from Hmeimim", None),
        (D, "One of the officials", "They want the old arrangement with a new signature. That is not going to happen,",
            None),
        (I, "Kremlin", "President Vladimir Putin had been briefed on the talks", None),
        (P, "Kremlin", "respects the sovereignty and territorial integrity", None),
        (I, "Yasser Hamdan", "he could hear the Russian jets from his shop for nine years", None),
        (D, "Yasser Hamdan", "They bombed Idlib, they bombed Aleppo, and now they want to be our partners? Let them pay "
            "first,", None),
        (I, "State Department spokesperson", "Washington had made clear to Syrian authorities its concerns about a "
            "continued Russian military presence in the eastern Mediterranean", None),
        (I, "Nikita Saveliev", "Moscow had accepted that it could no longer dictate terms", None),
        (D, "Nikita Saveliev", "For Russia, Tartus is the only warm-water naval facility it has outside its own "
            "territory. It will pay a lot to keep it, and Damascus knows that,", None),
        (I, "Nikita Saveliev", "the wheat deliveries could begin as early as February if a framework deal was signed",
            None),
        (I, "SANA", "The two sides agreed to meet again in Moscow in January", None),
        (S, None, "Tartus question", None),
    ],
    "actors": [
        actor("Nabil Qassab", "person", title="Deputy Foreign Minister", affiliation="Syria",
              aliases=["Nabil Qassab", "Qassab"], stance=0),
        actor("Alexei Voronin", "person", title="Deputy Foreign Minister", affiliation="Russia",
              aliases=["Alexei Voronin", "Voronin"], stance=1),
        actor("two Syrian officials familiar with the talks", "group", title="anonymous officials", affiliation="Syria",
              aliases=["two Syrian officials familiar with the talks"], stance=None),
        actor("One of the officials", "person", title="anonymous Syrian official", affiliation="Syria",
              aliases=["One of the officials", "the official"], stance=-1),
        actor("Kremlin", "government", affiliation="Russia", aliases=["Kremlin"], stance=1),
        actor("Yasser Hamdan", "person", title="shopkeeper, 52, Latakia", aliases=["Yasser Hamdan", "Hamdan"],
              stance=-1),
        actor("State Department spokesperson", "person", title="spokesperson", affiliation="US State Department",
              aliases=["State Department spokesperson"], stance=-1),
        actor("Nikita Saveliev", "person", title="Middle East analyst", affiliation="Russian International Affairs Council",
              aliases=["Nikita Saveliev", "Saveliev"], stance=0),
        actor("SANA", "organisation", title="state news agency", affiliation="Syria", aliases=["SANA"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. The Connexion (France, English-language) local news/heritage (a Dordogne mayor sells the village presbytery to
#    a British couple), headline and standfirst without speech, byline and `Published: 9 December 2026 at 10:30`
#    lines, straight `"` and apostrophes, spaced en dash inside a quote, `€`, `Mr`/`Mrs`, surnames that look like
#    words (Bonnet, Lapierre) and a job title that looks like a surname (`Baker Didier Roussel`); lede `has defended
#    his decision ..., saying A` (the mayor, named in the next paragraphs); `Mayor Jean-Claude Bonnet told The
#    Connexion that A and that B` (one span), quote with `he said` and a quote-only paragraph; `Mr Bonnet ... said
#    A`; association president `said A and that B`, `she said`; content before `, according to Mrs Lapierre`;
#    councillor `described the process as "..." and said B` (partial plus indirect); a couple speaking together
#    (`The Holloways ... said A`, quote split by `they said`); prefecture `said A. It said it would respond "..."`
#    (partial only); foundation spokesperson `said the presbytery would "..." have been eligible ..., but that B`
#    (partial plus indirect); baker `said A`, `he said`; scare so-called "patrimoine en péril" debate.
ARTICLES[f"{BATCH}/dordogne-presbytery-sale-mayor-bonnet.gold.json"] = {
    "article": f"{BATCH}/dordogne-presbytery-sale-mayor-bonnet.txt",
    "target": "Jean-Claude Bonnet",
    "quotes": [
        (I, "Jean-Claude Bonnet", "the commune cannot afford to maintain it", None),
        (I, "Jean-Claude Bonnet", "the roof alone needed \u20ac180,000 of work and that the commune's annual investment "
            "budget was less than \u20ac90,000", None),
        (D, "Jean-Claude Bonnet", "I love this building as much as anyone. But a building that nobody can pay for is not "
            "heritage, it is a ruin waiting to happen,", None),
        (D, "Jean-Claude Bonnet", "The Holloways will restore it, they will employ local craftsmen, and the village will "
            "have a beautiful house instead of a dangerous one.", None),
        (I, "Jean-Claude Bonnet", "the sale contract included a clause requiring the buyers to keep the fa\u00e7ade and "
            "the garden wall unchanged", None),
        (I, "Marie-H\u00e9l\u00e8ne Lapierre", "residents had not been consulted and that the council had not applied "
            "for any restoration grants", None),
        (D, "Marie-H\u00e9l\u00e8ne Lapierre", "Nobody asked the Fondation du patrimoine, nobody asked the region. The "
            "mayor simply decided it was easier to sell,", None),
        (I, "Marie-H\u00e9l\u00e8ne Lapierre", "The association has collected 340 signatures, more than three-quarters of "
            "the village's adult population", None),
        (P, "Thierry Vidal", "rushed", None),
        (I, "Thierry Vidal", "he would ask the administrative court in Bordeaux to examine whether the price reflected "
            "the building's true value", None),
        (I, "Sarah and Mark Holloway", "they had been surprised by the strength of feeling", None),
        (D, "Sarah and Mark Holloway", "We completely understand why people are attached to it. We are too \u2013 that's "
            "why we want to save it,", None),
        (D, "Sarah and Mark Holloway", "We'd love the association to help us with the history of the house.", None),
        (I, "Dordogne prefecture", "it had received a request from the association to review the council's decision",
            None),
        (P, "Dordogne prefecture", "within the legal time limit", None),
        (P, "spokesperson for the Fondation du patrimoine", "very likely", None),
        (I, "spokesperson for the Fondation du patrimoine", "the foundation had not been contacted by the commune", None),
        (I, "Didier Roussel", "a few extra tourists in summer would do the village no harm", None),
        (D, "Didier Roussel", "We lost the school, we lost the post office. If some English people want to spend their "
            "money here, I'm not going to complain,", None),
        (S, None, "patrimoine en p\u00e9ril", None),
    ],
    "actors": [
        actor("Jean-Claude Bonnet", "person", title="Mayor", affiliation="Saint-Amand-de-V\u00e8re",
              aliases=["Jean-Claude Bonnet", "Mr Bonnet", "Bonnet", "The mayor"], stance=1),
        actor("Marie-H\u00e9l\u00e8ne Lapierre", "person", title="president",
              affiliation="Amis du Vieux Saint-Amand heritage association",
              aliases=["Marie-H\u00e9l\u00e8ne Lapierre", "Mrs Lapierre", "Lapierre"], stance=-1),
        actor("Thierry Vidal", "person", title="Opposition councillor", affiliation="Saint-Amand-de-V\u00e8re council",
              aliases=["Thierry Vidal", "Vidal"], stance=-1),
        actor("Sarah and Mark Holloway", "group", title="British buyers, from Shropshire",
              aliases=["Sarah and Mark Holloway", "The Holloways"], stance=1),
        actor("Dordogne prefecture", "government", title="prefecture", affiliation="French state",
              aliases=["Dordogne prefecture"], stance=0),
        actor("spokesperson for the Fondation du patrimoine", "person", title="spokesperson",
              affiliation="Fondation du patrimoine", aliases=["spokesperson for the Fondation du patrimoine"],
              stance=-1),
        actor("Didier Roussel", "person", title="baker", affiliation="Saint-Amand-de-V\u00e8re",
              aliases=["Didier Roussel", "Roussel"], stance=1),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Taiwan News science/disaster (the weather agency admits its earthquake alert reached Hualien after the shaking
#    began), headline (`CWA admits ...`, reported speech without marks: not annotated) and standfirst without
#    speech, `By Lin Yi-hsuan, Taiwan News, Staff Writer` and `2026/12/08 16:24` lines, `TAIPEI (Taiwan News) —`
#    dateline, `on Tuesday (Dec. 8)`, straight `"` and apostrophes, American spelling; lede `acknowledged that A`
#    (indirect); content before `, the CWA said`; content before `, per CNA` (taken as `according to CNA`); center
#    director with a title chain `said A` (after `At a press conference,`), quote split by `Chen said`, `Chen said
#    A`, `He added that A`; resident `told Taiwan News A`, `she said`; legislator `said the CWA had put an untested
#    system into service "..." and called for ...` (partial; directive not annotated), `Hsu said`; seismologist
#    `said A, and that B` (one span), `Tsai said`; fire agency `said A`; county government `said A`; scare so-called
#    "golden seconds" system; `According to the CWA, A`.
ARTICLES[f"{BATCH}/hualien-quake-alert-delay-cwa.gold.json"] = {
    "article": f"{BATCH}/hualien-quake-alert-delay-cwa.txt",
    "target": "Central Weather Administration",
    "quotes": [
        (I, "Central Weather Administration", "its earthquake early warning system sent alerts to phones in Hualien "
            "County several seconds after strong shaking had already begun during Monday night's magnitude 6.4 "
            "earthquake", None),
        (I, "Central Weather Administration", "The quake struck at 10:52 p.m. at a depth of 18 kilometers off the coast "
            "of Hualien", None),
        (I, "CNA", "No deaths were reported, but 23 people were injured, mostly by falling objects", None),
        (I, "Chen Kuo-chang", "a new algorithm introduced in September had initially estimated the quake's magnitude at "
            "5.3, below the threshold for sending a national-level alert to Hualien", None),
        (D, "Chen Kuo-chang", "The system corrected itself within 11 seconds, but for people close to the epicenter, 11 "
            "seconds is a long time,", None),
        (D, "Chen Kuo-chang", "We take full responsibility, and we apologize to the people of Hualien.", None),
        (I, "Chen Kuo-chang", "the agency had switched back to the previous algorithm on Tuesday morning while engineers "
            "reviewed the data", None),
        (I, "Chen Kuo-chang", "alerts to Taipei, Taichung and other cities farther away had arrived before the shaking "
            "as designed", None),
        (I, "Kao Shu-fen", "her phone buzzed when the bookshelves in her living room were already falling", None),
        (D, "Kao Shu-fen", "After 2024, we trust these alerts. Last night, the alert arrived when I was already under "
            "the table,", None),
        (P, "Hsu Ming-che", "without telling anyone", None),
        (D, "Hsu Ming-che", "Hualien people live with earthquakes every day. We should not be the ones testing new "
            "software,", None),
        (I, "Tsai Pei-ling", "it was common for early warning systems to underestimate large quakes in the first "
            "seconds, and that Taiwan's system was still among the fastest in the world", None),
        (D, "Tsai Pei-ling", "No algorithm is perfect for every earthquake. What matters is that the CWA is open about "
            "what happened, and so far it has been,", None),
        (I, "National Fire Agency", "14 buildings in Hualien City had been inspected overnight and none had been found "
            "to be structurally unsafe", None),
        (I, "Hualien County Government", "schools would open as normal on Wednesday", None),
        (S, None, "golden seconds", None),
        (I, "Central Weather Administration", "more than 150 aftershocks had been recorded by Tuesday afternoon, the "
            "largest of them measuring 5.1", None),
    ],
    "actors": [
        actor("Central Weather Administration", "government", title="weather agency", affiliation="Taiwan",
              aliases=["Central Weather Administration", "CWA"], stance=0),
        actor("CNA", "organisation", title="news agency", affiliation="Taiwan", aliases=["CNA"], stance=None),
        actor("Chen Kuo-chang", "person", title="Seismological Center Director",
              affiliation="Central Weather Administration", aliases=["Chen Kuo-chang", "Chen"], stance=0),
        actor("Kao Shu-fen", "person", title="Hualien resident, 58", aliases=["Kao Shu-fen", "Kao"], stance=-1),
        actor("Hsu Ming-che", "person", title="Legislator for Hualien", affiliation="Kuomintang (KMT)",
              aliases=["Hsu Ming-che", "Hsu"], stance=-1),
        actor("Tsai Pei-ling", "person", title="seismologist",
              affiliation="Academia Sinica's Institute of Earth Sciences", aliases=["Tsai Pei-ling", "Tsai"], stance=1),
        actor("National Fire Agency", "government", title="fire agency", affiliation="Taiwan",
              aliases=["National Fire Agency"], stance=None),
        actor("Hualien County Government", "government", title="county government",
              aliases=["Hualien County Government"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Courier-Mail (Brisbane) courts (a collapsed Ipswich builder fined over unfinished homes), headline and
#    standfirst without speech, byline and `December 10, 2026 - 4:12PM` lines, straight `"` and apostrophes, `Mr`/
#    `Mrs` for court figures; lede and plea (`pleaded guilty`, not annotated); prosecutor with a title chain `told
#    the court the company had collected ... while it was "..."` (partial only), `Mr Trethowan said`; `Barrister
#    Natasha Oyelaran, for the company, said A, and that B` (one span), `she said`; magistrate `said the offending was
#    "..." and had caused real hardship ...` (partial only: no second subject), `Mr Kiely said`, `He said A`; a couple
#    (`Redbank Plains couple Josh and Tayla Nguyen-Barker, who ..., said A`) and then one of them (`Mrs
#    Nguyen-Barker said`); administrators `said in a report to creditors that A`; `A QBCC spokeswoman said A`, `she
#    said`; industry body `said A, though it stressed that ... was "..."` (indirect plus partial); `did not appear in
#    court and could not be reached for comment` (not annotated); scare so-called "phoenix" activity; content before
#    `, according to ASIC`.
ARTICLES[f"{BATCH}/bremer-homes-qbcc-fine-ipswich.gold.json"] = {
    "article": f"{BATCH}/bremer-homes-qbcc-fine-ipswich.txt",
    "target": "Bremer Homes",
    "quotes": [
        (P, "Liam Trethowan", "effectively insolvent", None),
        (D, "Liam Trethowan", "These homeowners were paying for frames that were never delivered and slabs that were "
            "never poured,", None),
        (I, "Natasha Oyelaran", "Bremer Homes had been caught by the same surge in material costs that pushed dozens of "
            "Queensland builders into collapse, and that its directors had lost their own homes", None),
        (D, "Natasha Oyelaran", "This is not a company that set out to deceive anyone. It is a company that made "
            "promises it could not keep when the market turned,", None),
        (P, "Robert Kiely", "at the serious end", None),
        (D, "Robert Kiely", "Deposits are capped for a reason. The law exists precisely to stop homeowners from carrying "
            "a builder's risk,", None),
        (I, "Robert Kiely", "he had taken into account the company's early guilty pleas and its cooperation with the "
            "commission", None),
        (I, "Josh and Tayla Nguyen-Barker", "the fine would not return a cent to affected families", None),
        (D, "Tayla Nguyen-Barker", "We're living in my mum's spare room with a toddler. A fine doesn't finish our "
            "house,", None),
        (I, "Calder Pope Advisory", "unsecured creditors were unlikely to receive more than two cents in the dollar",
            None),
        (I, "QBCC spokeswoman", "the commission had paid out $4.7 million to Bremer Homes customers under the Queensland "
            "Home Warranty Scheme", None),
        (D, "QBCC spokeswoman", "We'd encourage anyone who hasn't lodged a claim to do it now,", None),
        (I, "Master Builders Queensland", "the case showed the pressure still facing the industry", None),
        (P, "Master Builders Queensland", "never acceptable", None),
        (S, None, "phoenix", None),
        (I, "ASIC", "At least 214 Queensland building companies entered administration or liquidation in the 2025-26 "
            "financial year", None),
    ],
    "actors": [
        actor("Liam Trethowan", "person", title="prosecutor",
              affiliation="Queensland Building and Construction Commission",
              aliases=["Liam Trethowan", "Mr Trethowan", "Trethowan"], stance=-1),
        actor("Natasha Oyelaran", "person", title="barrister for the company", affiliation="Bremer Homes",
              aliases=["Natasha Oyelaran", "Oyelaran"], stance=1),
        actor("Robert Kiely", "person", title="Magistrate", affiliation="Brisbane Magistrates Court",
              aliases=["Robert Kiely", "Mr Kiely", "Kiely"], stance=-1),
        actor("Josh and Tayla Nguyen-Barker", "group", title="Redbank Plains couple, customers",
              aliases=["Josh and Tayla Nguyen-Barker"], stance=-1),
        actor("Tayla Nguyen-Barker", "person", title="customer", aliases=["Tayla Nguyen-Barker", "Mrs Nguyen-Barker",
              "Nguyen-Barker"], stance=-1),
        actor("Calder Pope Advisory", "organisation", title="administrators", aliases=["Calder Pope Advisory"],
              stance=None),
        actor("QBCC spokeswoman", "person", title="spokeswoman",
              affiliation="Queensland Building and Construction Commission", aliases=["QBCC spokeswoman"],
              stance=None),
        actor("Master Builders Queensland", "organisation", title="industry association",
              aliases=["Master Builders Queensland"], stance=0),
        actor("ASIC", "government", title="corporate regulator", aliases=["ASIC"], stance=None),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
