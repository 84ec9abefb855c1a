"""Build the dev213 gold files (data/eval/dev213/*.gold.json) from the annotation specs below.

Same approach as data/eval/dev209/build_gold.py, importing the helpers (actor of
data/eval/build_gold.py, write_all of data/eval/write_gold.py): each quote is given by its exact
text and, when that text occurs more than once, by an anchor (a string occurring exactly once in
the article) from whose start the text is searched. Run from anywhere:
python3 data/eval/dev213/build_gold.py  then  python3 data/eval/check_batch.py data/eval/dev213.
Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # data/eval
from build_gold import actor  # noqa: E402
from write_gold import write_all  # noqa: E402

D, P, S, I = "direct", "partial", "scare", "indirect"
BATCH = "data/eval/dev213"

ARTICLES: dict[str, dict] = {}

# ---------------------------------------------------------------------------------------------
# 1. The St Kitts & Nevis Observer politics (a minister defends the citizenship by investment programme in the
#    National Assembly), headline with a curly single fragment "CBI programme ‘fully compliant’, minister tells
#    Parliament as Opposition demands audit" (partial for the minister; the same words recur in the body; "demands
#    audit" is a directive), byline and date lines, dateline "BASSETERRE, St Kitts —", curly “ ” and ’, British
#    spelling, punctuation outside closing marks for fragments, "Hon."/"Dr"; minister "told the National Assembly
#    ... that the programme was “...” with ... and that B" (partial plus indirect), quote with "Liburd said" and a
#    quote-only paragraph, "He said A"; opposition leader "said A", "he said"; Q&A "Asked whether ..., Liburd
#    replied: “...”"; scare so-called “economic citizenship” programme; unit "said in a statement ... that it had
#    introduced a “...” requirement ..., and that B" (partial plus indirect); chief executive "speaking to The
#    Observer, described the programme as “...” and said B" (partial plus indirect); Commission "in its latest report
#    ..., said it remained “...” about ... and that B" (partial plus indirect); economist "said A", "she said"; taxi
#    driver "said A but wanted B" (one span), "he said" (his quote contains "They say").
ARTICLES[f"{BATCH}/skn-cbi-minister-audit-debate.gold.json"] = {
    "article": f"{BATCH}/skn-cbi-minister-audit-debate.txt",
    "target": "Citizenship by Investment Unit",
    "quotes": [
        (P, "Marcus Liburd", "fully compliant", "CBI programme ‘fully"),
        (P, "Marcus Liburd", "fully compliant", "told the National Assembly"),
        (I, "Marcus Liburd", "due diligence checks had been strengthened this year", None),
        (D, "Marcus Liburd", "Every application is now checked by three independent due diligence firms, and every "
            "applicant over 16 is interviewed, either in person or by video. No one gets a passport from St Kitts and "
            "Nevis without being seen,", None),
        (D, "Marcus Liburd", "We have nothing to hide.", None),
        (I, "Marcus Liburd", "the Citizenship by Investment Unit (CIU) had rejected 212 applications in the first ten "
            "months of 2026, more than in the whole of the previous year", None),
        (I, "Clive Hamilton", "the minister’s statement did not answer the question of how much money the programme had "
            "raised and where it had been spent", None),
        (D, "Clive Hamilton", "The people of this Federation are being asked to take it on trust. We are asking for a "
            "forensic audit of the CBI accounts, tabled in this House, and we will keep asking until we get one,", None),
        (D, "Marcus Liburd", "The Auditor General has full access to the accounts. That is what an audit is.", None),
        (S, None, "economic citizenship", None),
        (P, "Citizenship by Investment Unit", "minimum residency", None),
        (I, "Citizenship by Investment Unit", "the names of new citizens would be published twice a year", None),
        (P, "Janelle Wilkin", "the most scrutinised in the world", None),
        (I, "Janelle Wilkin", "the unit would meet European Commission officials in Brussels in January", None),
        (P, "European Commission", "concerned", None),
        (I, "European Commission", "it could propose suspending visa-free travel for countries that did not tighten their "
            "rules", None),
        (I, "Andrea Claxton", "CBI revenue had accounted for about 30 per cent of government income in recent years",
            None),
        (D, "Andrea Claxton", "The programme built the budget surpluses of the last decade. If it dries up, so does the "
            "money for roads, hospitals and public salaries,", None),
        (I, "Ricardo Phipps", "he supported the programme but wanted to see where the money went", None),
        (D, "Ricardo Phipps", "They say billions came in. Show us the hospital it built,", None),
    ],
    "actors": [
        actor("Marcus Liburd", "person", title="Minister responsible for Citizenship by Investment",
              affiliation="St Kitts and Nevis government",
              aliases=["Marcus Liburd", "Liburd", "Hon. Marcus Liburd", "the minister"], stance=1),
        actor("Clive Hamilton", "person", title="Leader of the Opposition", affiliation="National Assembly",
              aliases=["Clive Hamilton", "Hamilton", "Dr Clive Hamilton"], stance=-1),
        actor("Citizenship by Investment Unit", "government", title="CBI agency", affiliation="St Kitts and Nevis",
              aliases=["Citizenship by Investment Unit", "CIU"], stance=1),
        actor("Janelle Wilkin", "person", title="chief executive", affiliation="Citizenship by Investment Unit",
              aliases=["Janelle Wilkin", "Wilkin"], stance=1),
        actor("European Commission", "organisation", title="EU executive", affiliation="European Union",
              aliases=["European Commission"], stance=-1),
        actor("Andrea Claxton", "person", title="economist", affiliation="University of the West Indies",
              aliases=["Andrea Claxton", "Claxton", "Dr Andrea Claxton"], stance=0),
        actor("Ricardo Phipps", "person", title="taxi driver (Basseterre)", affiliation=None,
              aliases=["Ricardo Phipps", "Phipps"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 2. Local.fo (Faroe Islands English-language news) labour (fish plant workers strike over night shift pay),
#    headline without speech, "Posted by Local.fo on ..." line, straight " and apostrophes, punctuation outside
#    closing marks for fragments, Faroese letters (Vágafisk, Sørvágur, Føroya Arbeiðarafelag, Jógvan, Rúni, Høgni),
#    "DKK 1.1 billion"; lede content before "the Faroese Workers' Union (Føroya Arbeiðarafelag) said"; "The union
#    said A, and that the strike would continue "..."" (indirect plus partial); chairman named after his quote
#    ("union chairman Jógvan Poulsen told Local.fo"); managing director in an apposition "said A", "he said",
#    "Hansen said A, and that the night shift was "..." to keep up" (indirect plus partial); scare so-called
#    "pre-rigor" process (glossed); group "Workers gathered outside the plant on Wednesday said A"; worker named after
#    her quote ("said Rowena Bautista, 41, who ..."), then a quote-only paragraph; employers' association "said in a
#    statement that the strike was "..." because ..., and that B" (partial plus indirect); "Poulsen rejected that."
#    (act) then "he said"; minister "said he hoped ... "...", adding that the salmon industry was "..." for ..." (two
#    partials).
ARTICLES[f"{BATCH}/vagafisk-night-shift-strike.gold.json"] = {
    "article": f"{BATCH}/vagafisk-night-shift-strike.txt",
    "target": "Vágafisk",
    "quotes": [
        (I, "Faroese Workers' Union", "Around 140 workers at the Vágafisk salmon processing plant in Sørvágur stopped "
            "work on Wednesday morning in a dispute over pay for a new night shift", None),
        (I, "Faroese Workers' Union", "the company had introduced the shift in November without negotiating a supplement",
            None),
        (P, "Faroese Workers' Union", "until Vágafisk sits down with us properly", None),
        (D, "Jógvan Poulsen", "People are standing at the filleting line from ten in the evening until six in the morning "
            "for the same hourly rate as the day shift. That is not how we do things in the Faroes,", None),
        (I, "Rúni Hansen", "the company had offered a night supplement of 15 percent, which the union had rejected", None),
        (D, "Rúni Hansen", "We want to find a solution quickly. Every day the plant is closed, fish are waiting in the pens "
            "and our customers in Europe and the US are waiting for their orders,", None),
        (I, "Rúni Hansen", "the plant had been running at full capacity since the summer because of record harvests",
            None),
        (P, "Rúni Hansen", "the only way", None),
        (S, None, "pre-rigor", None),
        (I, "Workers gathered outside the plant", "they had been told about the night shift with a week's notice", None),
        (D, "Rowena Bautista", "I have two children at home. When I work nights, my husband works days, and we see each "
            "other on Sundays,", None),
        (D, "Rowena Bautista", "We are not asking for a lot. Just to be paid like a night shift.", None),
        (P, "Faroese Employers' Association", "illegal", None),
        (I, "Faroese Employers' Association", "it would take the case to the labour court", None),
        (D, "Jógvan Poulsen", "The agreement covers the shifts that existed when it was signed. This shift did not exist,",
            None),
        (P, "Høgni Djurhuus", "within days", None),
        (P, "Høgni Djurhuus", "too important to the country", None),
    ],
    "actors": [
        actor("Faroese Workers' Union", "organisation", title="trade union", affiliation="Faroe Islands",
              aliases=["Faroese Workers' Union", "Føroya Arbeiðarafelag", "The union"], stance=-1),
        actor("Jógvan Poulsen", "person", title="union chairman", affiliation="Faroese Workers' Union",
              aliases=["Jógvan Poulsen", "Poulsen"], stance=-1),
        actor("Rúni Hansen", "person", title="managing director", affiliation="Vágafisk",
              aliases=["Rúni Hansen", "Hansen"], stance=1),
        actor("Workers gathered outside the plant", "group", title="plant workers", affiliation="Vágafisk",
              aliases=["Workers gathered outside the plant"], stance=-1),
        actor("Rowena Bautista", "person", title="plant worker, 41, from the Philippines", affiliation=None,
              aliases=["Rowena Bautista", "Bautista"], stance=-1),
        actor("Faroese Employers' Association", "organisation", title="employers' association", affiliation="Faroe Islands",
              aliases=["Faroese Employers' Association", "Vinnuhúsið"], stance=1),
        actor("Høgni Djurhuus", "person", title="Minister of Trade and Industry", affiliation="Faroese government",
              aliases=["Høgni Djurhuus", "Djurhuus"], stance=0),
    ],
}

# ---------------------------------------------------------------------------------------------
# 3. Katherine Times (Northern Territory, Australia) disaster (the Katherine River floods the town), headline without
#    speech, byline and "Updated ... first published ..." lines, straight " and apostrophes, a nested straight single
#    quote inside a quote, "Mr"/"Ms", "17.4m", "$60 million"; content before "authorities said" (group); bureau "said
#    A, but warned that B" (two indirects, two cues); controller "said A, and praised residents ..." (the act not
#    annotated), "he said"; minister "said the government had learned "..." from ..., and that B" (partial plus
#    indirect), quote with "Mr Lawler said"; scare so-called "1-in-100-year" flood; "Not everyone was happy with the
#    response." (no speech); group "Residents of Cossack Road, in the town's east, said A"; resident named after the
#    first stretch of a split quote ("said Jodie Murray, 38."), the second stretch quoting a text message ('prepare to
#    leave'); mayor "said A", quote with "Ms Tran said"; "A spokeswoman for the NT Government said alerts had been
#    sent "..." and that B" (partial plus indirect); community leader "said A", "she said"; Red Cross "said A".
ARTICLES[f"{BATCH}/katherine-river-flood-evacuation.gold.json"] = {
    "article": f"{BATCH}/katherine-river-flood-evacuation.txt",
    "target": "NT Government",
    "quotes": [
        (I, "authorities", "The Katherine River peaked at 17.4 metres on Wednesday morning, flooding low-lying parts of "
            "the town and forcing about 600 people into the evacuation centre at Katherine High School", None),
        (I, "Bureau of Meteorology", "the river was expected to fall slowly over the next 48 hours", None),
        (I, "Bureau of Meteorology", "more heavy rain was forecast for the catchment on the weekend", None),
        (I, "Mark Dwyer", "no deaths or serious injuries had been reported", None),
        (D, "Mark Dwyer", "We had people knocking on doors at two o'clock in the morning. The vast majority listened, and "
            "that's why we're not talking about rescues today,", None),
        (P, "Brent Lawler", "hard lessons", None),
        (I, "Brent Lawler", "the government had spent $60 million on levees and warning systems since", None),
        (D, "Brent Lawler", "The levee did its job. Without it, we would be looking at hundreds of homes under water "
            "instead of dozens,", None),
        (S, None, "1-in-100-year", None),
        (I, "Residents of Cossack Road", "they had received an evacuation text message more than three hours after water "
            "began entering their yards", None),
        (D, "Jodie Murray", "By the time the message came, I'd already moved the kids and the dog onto the roof of the "
            "shed,", None),
        (D, "Jodie Murray", "The message said 'prepare to leave'. We were well past preparing.", None),
        (I, "Lisa Tran", "the council would ask the NT Government for an independent review of the alert system", None),
        (D, "Lisa Tran", "I don't want to point fingers while people are still out of their homes, but three hours is "
            "too long,", None),
        (P, "spokeswoman for the NT Government", "as soon as the data supported it", None),
        (I, "spokeswoman for the NT Government", "the system would be reviewed once the emergency was over", None),
        (I, "Gloria Wavehill", "families had been cut off for two days without fresh food", None),
        (D, "Gloria Wavehill", "We've got elders here who need their medicine. Nobody came until this morning,", None),
        (I, "Australian Red Cross", "more than 120 volunteers were helping at the evacuation centre, where donations of "
            "bedding and children's clothes were most needed", None),
    ],
    "actors": [
        actor("authorities", "group", title="emergency authorities", affiliation=None, aliases=["authorities"],
              stance=None),
        actor("Bureau of Meteorology", "government", title="weather bureau", affiliation="Australia",
              aliases=["Bureau of Meteorology"], stance=None),
        actor("Mark Dwyer", "person", title="Regional Controller, Superintendent", affiliation="NT Police",
              aliases=["Mark Dwyer", "Dwyer"], stance=1),
        actor("Brent Lawler", "person", title="Emergency Services Minister", affiliation="NT Government",
              aliases=["Brent Lawler", "Lawler", "Mr Lawler"], stance=1),
        actor("Residents of Cossack Road", "group", title="residents", affiliation=None,
              aliases=["Residents of Cossack Road"], stance=-1),
        actor("Jodie Murray", "person", title="resident, 38", affiliation=None, aliases=["Jodie Murray", "Murray"],
              stance=-1),
        actor("Lisa Tran", "person", title="mayor", affiliation="Katherine Town Council",
              aliases=["Lisa Tran", "Tran", "Ms Tran"], stance=-1),
        actor("spokeswoman for the NT Government", "person", title="spokeswoman", affiliation="NT Government",
              aliases=["spokeswoman for the NT Government"], stance=1),
        actor("Gloria Wavehill", "person", title="community leader (Binjari)", affiliation=None,
              aliases=["Gloria Wavehill", "Wavehill"], stance=-1),
        actor("Australian Red Cross", "organisation", title="aid organisation", affiliation=None,
              aliases=["Australian Red Cross"], stance=None),
    ],
}

# ---------------------------------------------------------------------------------------------
# 4. Daily Express (Sabah, Malaysia) courts (a native customary rights ruling against a plantation company), headline
#    without speech, dateline "Kota Kinabalu:", curly “ ” and ’, British punctuation outside closing marks for
#    fragments, "RM2.4 million", "Datuk"; lede "High Court judge Datuk Richard Lingam on Tuesday ruled that A"; "He
#    ordered ... to stop ... and to pay ..." (directive); "In his judgment, the judge said the evidence ... was “...”
#    and that the company’s provisional lease had been issued “...” into existing claims" (two partials); quote with
#    "Lingam said"; villagers' counsel "told the Daily Express outside the court that the decision was “...”" (partial
#    only), "He said A"; "Village head Juanis Gumpil, 67, wept as the decision was read out." (no speech), quote split
#    by "he said"; company lawyer "said his client would study the judgment and was likely to appeal" (one span);
#    company statement "said it had obtained the land “...” from ..., and that B" (partial plus indirect); scare
#    so-called “community development” package; department director "said the department would “...” and review ..."
#    (partial only); NGO "which supported ..., said the ruling showed that provisional leases had been “...” to ..."
#    (partial only); coordinator named after her quote ("the group’s coordinator, Evelyn Sipaun, said").
ARTICLES[f"{BATCH}/lanas-baru-ncr-ruling-sapulut-agro.gold.json"] = {
    "article": f"{BATCH}/lanas-baru-ncr-ruling-sapulut-agro.txt",
    "target": "Sapulut Agro Plantations",
    "quotes": [
        (I, "Richard Lingam", "villagers from Kampung Lanas Baru in the Sook district hold native customary rights (NCR) "
            "over 1,200 acres of land cleared for oil palm by a plantation company", None),
        (P, "Richard Lingam", "overwhelming", None),
        (P, "Richard Lingam", "without any proper inquiry", None),
        (D, "Richard Lingam", "The law does not require natives to hold a piece of paper to prove that their grandfathers "
            "farmed this land. The land itself is the evidence,", None),
        (P, "Roland Majinbon", "a victory not only for Lanas Baru but for every native community in Sabah still waiting "
            "for its day in court", None),
        (I, "Roland Majinbon", "more than 300 NCR cases were pending in Sabah courts, some of them filed more than a "
            "decade ago", None),
        (D, "Juanis Gumpil", "We planted durian and langsat trees there before the company came. They cut them all down "
            "in one week,", None),
        (D, "Juanis Gumpil", "Today, we can go back.", None),
        (I, "Ng Kok Wai", "his client would study the judgment and was likely to appeal", None),
        (P, "Sapulut Agro Plantations", "lawfully and in good faith", None),
        (I, "Sapulut Agro Plantations", "it had invested more than RM30 million in the plantation and employed 240 "
            "workers there", None),
        (S, None, "community development", None),
        (P, "Abdul Rahman Yusof", "respect the court’s decision", None),
        (P, "PACOS Trust", "handed out like sweets", None),
        (D, "Evelyn Sipaun", "Today a judge said what villagers have been saying for years. The land was never empty,",
            None),
    ],
    "actors": [
        actor("Richard Lingam", "person", title="High Court judge", affiliation="High Court (Kota Kinabalu)",
              aliases=["Richard Lingam", "Lingam", "Datuk Richard Lingam", "the judge"], stance=-1),
        actor("Roland Majinbon", "person", title="counsel for the villagers", affiliation=None,
              aliases=["Roland Majinbon", "Majinbon"], stance=-1),
        actor("Juanis Gumpil", "person", title="village head, 67", affiliation="Kampung Lanas Baru",
              aliases=["Juanis Gumpil", "Gumpil"], stance=-1),
        actor("Ng Kok Wai", "person", title="lawyer for the company", affiliation="Sapulut Agro Plantations",
              aliases=["Ng Kok Wai", "Ng"], stance=1),
        actor("Sapulut Agro Plantations", "organisation", title="plantation company", affiliation=None,
              aliases=["Sapulut Agro Plantations", "Sapulut Agro", "the company"], stance=1),
        actor("Abdul Rahman Yusof", "person", title="director, Sabah Lands and Surveys Department",
              affiliation="Sabah state government",
              aliases=["Abdul Rahman Yusof", "Datuk Abdul Rahman Yusof"], stance=0),
        actor("PACOS Trust", "organisation", title="land rights group", affiliation="Sabah", aliases=["PACOS Trust"],
              stance=-1),
        actor("Evelyn Sipaun", "person", title="coordinator", affiliation="PACOS Trust",
              aliases=["Evelyn Sipaun", "Sipaun"], stance=-1),
    ],
}

if __name__ == "__main__":
    write_all(ARTICLES)
