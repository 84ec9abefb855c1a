"""Build the dev62 gold files (data/eval/dev62/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev61/build_gold.py, importing the helpers (actor, build) of
data/eval/build_gold.py: each quote is given by its exact text and, when that text occurs more
than once, by an anchor (a string occurring exactly once in the article) from whose start the text
is searched. Run from anywhere:  python3 data/eval/dev62/build_gold.py  then
python3 data/eval/check_batch.py data/eval/dev62.  Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. Anchorage Daily News (the Coast Guard seizes a Russian trawler on the U.S. side of the Bering Sea line),
#    headline without speech, byline, "Updated: 2 hours ago Published: November 30, 2026" line, American
#    spelling and punctuation inside closing marks, straight " and apostrophes, "Lt. Cmdr.". Lede content
#    before ", according to the Coast Guard"; content before ", Coast Guard spokesperson Lt. Cmdr. Erin Dalquist
#    said"; "Dalquist said A and that B" (one span); quote with "Dalquist said"; "..., she said" (content before
#    the cue); embassy "said in a statement on Telegram that the Polar Zarya had been fishing "..." with Russian
#    law and demanded ..." (partial only; the demand is a directive), quote with "the statement said" (the
#    embassy's; "so-called boundary line" inside it has no marks); deputy minister "told the RIA Novosti news
#    agency that Moscow would raise the detention "..."" (partial only); state representative "said fishermen
#    ... had for years reported Russian vessels "..." during ..." (partial only), quote with "Merculief said";
#    industry association "said in a statement that illegal fishing undermined "..."" (partial only); NOAA
#    office "said it would investigate ..."; professor "said A but would B" (one span), "she said"; scare
#    so-called "Donut Hole". Not annotated: the 1990 agreement, the vessel at the dock.
ARTICLES["data/eval/dev62/bering-sea-russian-trawler-seized.gold.json"] = {
    "article": "data/eval/dev62/bering-sea-russian-trawler-seized.txt",
    "target": "Russia",
    "quotes": [
        (I, "Coast Guard", "A Russian fishing trawler was escorted into Dutch Harbor on Sunday after a Coast Guard cutter "
            "caught it hauling pollock about 14 miles inside the U.S. side of the maritime boundary in the Bering Sea",
            None),
        (I, "Erin Dalquist", "The 64-meter Polar Zarya, based in Petropavlovsk-Kamchatsky, was spotted by a Coast Guard "
            "HC-130 aircraft on Friday and boarded the next morning by a team from the cutter Kimball", None),
        (I, "Erin Dalquist", "the crew of 42 was cooperating and that about 80 metric tons of pollock found in the "
            "vessel's hold had been seized", None),
        (D, "Erin Dalquist", "Our crews found fresh fish in the hold and nets still wet on deck. This was not a "
            "navigation error,", None),
        (I, "Erin Dalquist", "It is the first seizure of a foreign fishing vessel in U.S. Bering Sea waters since 2013",
            None),
        (P, "Russian Embassy in Washington", "in full accordance", None),
        (D, "Russian Embassy in Washington", "The so-called boundary line that the American side refers to has never "
            "been ratified by the Russian Federation,", None),
        (P, "Oleg Ryabtsev", "at the highest level.", None),
        (P, "Dolores Merculief", "sitting right on the line", None),
        (D, "Dolores Merculief", "Our people have been telling the Coast Guard about this for years. I'm glad somebody "
            "finally listened,", None),
        (P, "At-sea Processors Association", "one of the best-managed fisheries in the world.", None),
        (I, "NOAA Fisheries' Office of Law Enforcement", "it would investigate the case together with the Coast Guard "
            "and the U.S. Attorney's Office in Anchorage", None),
        (I, "Lena Kuptana", "Moscow was unlikely to escalate over a single trawler but would use the case to press its "
            "long-standing objections to the boundary", None),
        (D, "Lena Kuptana", "For Moscow, the fish are secondary. The line is the point,", None),
        (S, None, "Donut Hole", None),
    ],
    "actors": [
        actor("Coast Guard", "government", affiliation="United States", aliases=["Coast Guard"], stance=-1),
        actor("Erin Dalquist", "person", title="Coast Guard spokesperson, Lt. Cmdr.", affiliation="Coast Guard",
              aliases=["Erin Dalquist", "Dalquist"], stance=-1),
        actor("Russian Embassy in Washington", "government", affiliation="Russia",
              aliases=["Russian Embassy in Washington"], stance=1),
        actor("Oleg Ryabtsev", "person", title="Deputy Foreign Minister", affiliation="Russia",
              aliases=["Oleg Ryabtsev", "Ryabtsev"], stance=1),
        actor("Dolores Merculief", "person", title="State Rep.", affiliation="Democrat, St. Paul Island",
              aliases=["Dolores Merculief", "Merculief"], stance=-1),
        actor("At-sea Processors Association", "organisation", title="industry association",
              aliases=["At-sea Processors Association"], stance=-1),
        actor("NOAA Fisheries' Office of Law Enforcement", "government", affiliation="United States",
              aliases=["NOAA Fisheries' Office of Law Enforcement"], stance=None),
        actor("Lena Kuptana", "person", title="teaches Arctic security", affiliation="University of Alaska Fairbanks",
              aliases=["Lena Kuptana", "Kuptana"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Buenos Aires Times trade/diplomacy (Brazil imposes import licences on Argentine dairy), headline and
#    standfirst without quote marks (the standfirst's "Brasília says ...; Buenos Aires calls ..." is not
#    annotated), lower-case "by" byline, "US$900 million", "percent", straight " and apostrophes, Spanish and
#    Portuguese names. Lede content before ", its Foreign Trade Secretariat (Secex) said on Monday" (the
#    writer's "in a move that ..." is not included); "Secex said A"; "It said the surge had caused "..." to ..."
#    (partial only); the country by its capital ("Brasília has argued for months that A": Brazil); minister
#    "said A and that the licences broke "..." of ..." (indirect plus partial), quote with "Arrieta told
#    reporters at ...", "He said A and would B" (one span); ambassador "told Radio Mitre that the licences were
#    "..." with ..., and that B" (partial plus indirect), "she said"; content before ", according to the Dairy
#    Industry Centre (CIL)"; quote before "CIL president Pablo Garrido told the Noticias Argentinas agency";
#    "greeted with relief" (not speech); CNA committee head "said: "..."" ; economist "said A", "she said";
#    scare so-called "licence wars".
ARTICLES["data/eval/dev62/brazil-dairy-import-licences-argentina.gold.json"] = {
    "article": "data/eval/dev62/brazil-dairy-import-licences-argentina.txt",
    "target": "Brazil",
    "quotes": [
        (I, "Foreign Trade Secretariat", "Brazil will require non-automatic import licences for milk powder, cheese and "
            "butter from Argentina from December 15", None),
        (I, "Foreign Trade Secretariat", "imports of Argentine milk powder had risen by 61 percent in the first ten "
            "months of the year", None),
        (P, "Foreign Trade Secretariat", "serious damage", None),
        (I, "Brazil", "Argentine producers benefit from an exchange rate that makes their exports artificially cheap",
            None),
        (I, "Juli\u00e1n Arrieta", "Argentina had not been notified in advance", None),
        (P, "Juli\u00e1n Arrieta", "the letter and the spirit", None),
        (D, "Juli\u00e1n Arrieta", "Brazil cannot defend free trade with Europe on Monday and close its border to "
            "Argentine milk on Tuesday,", None),
        (I, "Juli\u00e1n Arrieta", "the government had instructed its ambassador in Bras\u00edlia to request an urgent "
            "meeting and would take the case to Mercosur's dispute settlement mechanism if necessary", None),
        (P, "Renata Coutinho", "fully compatible", None),
        (I, "Renata Coutinho", "most applications would be approved within ten working days", None),
        (D, "Renata Coutinho", "This is not a ban. Argentine milk will keep arriving in Brazil. We are simply asking to "
            "know how much, and when,", None),
        (I, "Dairy Industry Centre", "Brazil is the destination for about 40 percent of Argentina's dairy exports", None),
        (D, "Pablo Garrido", "If the licences take more than a month, plants in Santa Fe and C\u00f3rdoba will have to "
            "stop collecting milk from farmers,", None),
        (D, "Jorge Rodrigues", "Our farmers have been selling milk below cost since March. The government has finally "
            "done what it should have done at the start of the year.", None),
        (I, "Lorena Giorgio", "the dispute was likely to be settled within weeks because both governments needed a "
            "united front to push the Mercosur-EU trade agreement through its final stages", None),
        (D, "Lorena Giorgio", "Nobody in Bras\u00edlia or Buenos Aires wants a milk war in the same month they are "
            "trying to sell Mercosur to Brussels,", None),
        (S, None, "licence wars", None),
    ],
    "actors": [
        actor("Foreign Trade Secretariat", "government", affiliation="Brazil",
              aliases=["Foreign Trade Secretariat", "Secex"], stance=1),
        actor("Brazil", "country", aliases=["Brazil", "Bras\u00edlia"], stance=1),
        actor("Juli\u00e1n Arrieta", "person", title="Foreign Minister", affiliation="Argentina",
              aliases=["Juli\u00e1n Arrieta", "Arrieta"], stance=-1),
        actor("Renata Coutinho", "person", title="ambassador in Buenos Aires", affiliation="Brazil",
              aliases=["Renata Coutinho", "Coutinho"], stance=1),
        actor("Dairy Industry Centre", "organisation", title="Argentine dairy processors' chamber",
              aliases=["Dairy Industry Centre", "CIL"], stance=None),
        actor("Pablo Garrido", "person", title="CIL president", affiliation="Dairy Industry Centre",
              aliases=["Pablo Garrido", "Garrido"], stance=-1),
        actor("Jorge Rodrigues", "person", title="head of the dairy committee",
              affiliation="Brazilian Agriculture and Livestock Confederation (CNA)",
              aliases=["Jorge Rodrigues", "Rodrigues"], stance=1),
        actor("Lorena Giorgio", "person", title="economist", affiliation="Abeceb",
              aliases=["Lorena Giorgio", "Giorgio"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Liverpool Echo local news (a tower block's lifts broken for seven weeks), headline with a straight single
#    fragment "Tenants 'prisoners in their own flats' ...", standfirst without quote marks ("The landlord says
#    ..."), byline, "Community Reporter", "06:00, 1 DEC 2026", lede opening in capitals ("TENANTS ... say they
#    have become "..."", present tense), photo caption "(Image: Colin Lane/Liverpool Echo)", "READ MORE:" line,
#    straight " and apostrophes, "per cent", "Cllr"; two people named Doyle (a tenant and a councillor, "no
#    relation"). Tenant "said A", "he told the ECHO", then a quote-only paragraph; landlord "said it was "..." for
#    the disruption and that B" (partial plus indirect); "The company said it expected ... "...", and that B"
#    (partial plus indirect); COO "said: "..."", then a new quote paragraph with "Mr Shaw added"; councillor
#    "said she had written ... and received "..."" (partial only), quote with "Cllr Doyle said"; elderly tenant
#    "said A", "she said"; renters' union "said it would hold a protest ..."; fire service "said it had visited
#    ... and was satisfied that A, and that B" (one span); scare so-called "lift lottery".
ARTICLES["data/eval/dev62/marlowe-point-lifts-quayline.gold.json"] = {
    "article": "data/eval/dev62/marlowe-point-lifts-quayline.txt",
    "target": "Quayline Living",
    "quotes": [
        (P, "Tenants", "prisoners in their own flats", "Tenants 'prisoners"),
        (P, "Tenants", "prisoners in their own flats", "TENANTS in a"),
        (I, "Callum Doyle", "he had left his flat only twice since then, both times carried down by paramedics for "
            "hospital appointments", None),
        (D, "Callum Doyle", "I've missed my sister's wedding. I've missed my own GP appointments. I sit by the window "
            "and watch the city go by,", None),
        (D, "Callum Doyle", "Every week they tell us it'll be fixed next week. I don't believe a word of it any more.",
            None),
        (P, "Quayline Living", "deeply sorry", None),
        (I, "Quayline Living", "a specialist part for the newer of the two lifts had been ordered from a manufacturer in "
            "Italy", None),
        (P, "Quayline Living", "before Christmas", None),
        (I, "Quayline Living", "it had offered affected residents a 20 per cent rent reduction for November and "
            "December", None),
        (D, "Adrian Shaw", "We accept this has taken far too long, and we understand the anger.", None),
        (D, "Adrian Shaw", "But these are not parts you can buy off the shelf, and we will not put a lift back into "
            "service until it is safe,", None),
        (P, "Nuala Doyle", "nothing but holding replies", None),
        (D, "Nuala Doyle", "This is a company that puts up rents every single year. It can find the money to fix two "
            "lifts,", None),
        (I, "Jean Metcalfe", "neighbours had been carrying her shopping up the stairs since October", None),
        (D, "Jean Metcalfe", "Without them I'd have starved. The company hasn't so much as knocked on my door,", None),
        (I, "ACORN Liverpool", "it would hold a protest outside Quayline's offices in Spinningfields on Saturday", None),
        (I, "Merseyside Fire and Rescue Service", "it had visited the building and was satisfied that the evacuation "
            "plan remained adequate, and that residents with mobility needs had been offered personal emergency "
            "evacuation plans", None),
        (S, None, "lift lottery", None),
    ],
    "actors": [
        actor("Tenants", "group", title="Marlowe Point tenants", aliases=["Tenants", "TENANTS"], stance=-1),
        actor("Callum Doyle", "person", title="tenant, wheelchair user, 34", aliases=["Callum Doyle"], stance=-1),
        actor("Quayline Living", "organisation", title="build-to-rent landlord",
              aliases=["Quayline Living", "Quayline", "company"], stance=1),
        actor("Adrian Shaw", "person", title="chief operating officer", affiliation="Quayline Living",
              aliases=["Adrian Shaw", "Mr Shaw", "Shaw"], stance=1),
        actor("Nuala Doyle", "person", title="councillor", affiliation="Liverpool City Council",
              aliases=["Nuala Doyle", "Cllr Doyle"], stance=-1),
        actor("Jean Metcalfe", "person", title="tenant, 79", aliases=["Jean Metcalfe", "Metcalfe"], stance=-1),
        actor("ACORN Liverpool", "organisation", title="renters' union", aliases=["ACORN Liverpool"], stance=-1),
        actor("Merseyside Fire and Rescue Service", "organisation", title="fire service",
              aliases=["Merseyside Fire and Rescue Service"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. The Local (Sweden) immigration (record waits for work permit extensions), headline and standfirst without
#    speech, byline and "Published: 2 December 2026 11:14 CET" lines, curly double quotes and ’ apostrophes,
#    British punctuation outside closing marks for fragments, Swedish terms glossed in brackets. Lede content
#    before ", according to figures published by the Migration Agency (Migrationsverket)"; "The agency said A";
#    quote before "the agency's head of work permits, Jonas Ekwall, told The Local", then a quote-only
#    paragraph; "He said A and expected B" (one span); applicant "told The Local A" (no "that"), "he said";
#    employers' body "said the waits were costing companies "..." in ... and deterring ..." (partial only);
#    minister "said it was "..." that ..., but that A and he expected results "..."" (partial, indirect for the
#    unquoted clause, partial); party "put the blame elsewhere" (act), quote before "said the party's migration
#    spokesperson, Amir Hadžić"; lawyer "said A", "she said"; "Swedish news agency TT reported on Monday that
#    A"; "the agency was criticised over" (passive, not annotated); scare so-called "talent deportations".
ARTICLES["data/eval/dev62/work-permit-waits-migration-agency.gold.json"] = {
    "article": "data/eval/dev62/work-permit-waits-migration-agency.txt",
    "target": "Migration Agency",
    "quotes": [
        (I, "Migration Agency", "The average processing time for applications to extend a work permit rose to 287 days "
            "in November, up from 174 days a year earlier", None),
        (I, "Migration Agency", "the delays were largely caused by teething problems with a new digital case management "
            "system, introduced in May, and by a 40 percent rise in applications after the government tightened the "
            "rules for work permit holders last year", None),
        (D, "Jonas Ekwall", "We are not satisfied with these processing times, and we know what they mean for the "
            "people waiting,", None),
        (D, "Jonas Ekwall", "Many cases are now being decided faster in the new system, but we have a backlog that will "
            "take us into next year to clear.", None),
        (I, "Jonas Ekwall", "the agency had hired 150 additional case officers since the summer and expected average "
            "waits to fall below six months by June", None),
        (I, "Pranav Kulkarni", "he had turned down a promotion because his employer could not change his contract while "
            "the application was pending", None),
        (D, "Pranav Kulkarni", "I pay Swedish taxes, I pay into the Swedish pension, and I can\u2019t visit my parents in "
            "India because if I leave, I might not get back in,", None),
        (P, "Confederation of Swedish Enterprise", "billions of kronor", None),
        (P, "Henrik Sj\u00f6berg", "unacceptable", None),
        (I, "Henrik Sj\u00f6berg", "the government had given the agency extra funding", None),
        (P, "Henrik Sj\u00f6berg", "within months", None),
        (D, "Amir Had\u017ei\u0107", "The government created this mess with its own rule changes and is now hiding "
            "behind the civil servants who have to clean it up,", None),
        (I, "Sofia Bergkvist", "the agency\u2019s guidance was being applied inconsistently by different case officers",
            None),
        (D, "Sofia Bergkvist", "Two clients with identical files can get two different answers. That is not a backlog "
            "problem, that is a quality problem,", None),
        (I, "TT", "more than 3,000 applicants had this year used their right under the Administrative Procedure Act to "
            "demand a decision after six months", None),
        (S, None, "talent deportations", None),
    ],
    "actors": [
        actor("Migration Agency", "government", affiliation="Sweden",
              aliases=["Migration Agency", "Migrationsverket", "agency"], stance=1),
        actor("Jonas Ekwall", "person", title="head of work permits", affiliation="Migration Agency",
              aliases=["Jonas Ekwall", "Ekwall"], stance=1),
        actor("Pranav Kulkarni", "person", title="software engineer, 31", aliases=["Pranav Kulkarni", "Kulkarni"],
              stance=-1),
        actor("Confederation of Swedish Enterprise", "organisation", title="employers' organisation",
              aliases=["Confederation of Swedish Enterprise", "Svenskt N\u00e4ringsliv"], stance=-1),
        actor("Henrik Sj\u00f6berg", "person", title="Migration Minister", affiliation="Swedish government",
              aliases=["Henrik Sj\u00f6berg", "Sj\u00f6berg"], stance=0),
        actor("Amir Had\u017ei\u0107", "person", title="migration spokesperson", affiliation="Social Democrats",
              aliases=["Amir Had\u017ei\u0107", "Had\u017ei\u0107"], stance=1),
        actor("Sofia Bergkvist", "person", title="immigration lawyer", aliases=["Sofia Bergkvist", "Bergkvist"],
              stance=-1),
        actor("TT", "organisation", title="Swedish news agency", aliases=["TT"], stance=None),
    ],
}


if __name__ == "__main__":
    write_all(ARTICLES)
